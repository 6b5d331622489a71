"""BLIND_403 (46 products; men's and women's streetwear: tees, hoodies, bombers, cargos, joggers, baggy jeans): written
blind in the forty-sixth session. Measured blind at 5963d24 (the session's rules as they stood): 126/139 failures
found (90.6%) and 4/173 correct texts flagged (2.3%). The writer's notes, verbatim:

Scenario: a European online shop's English catalog feed of streetwear for men and women: oversized graphic tees,
oversized hoodies, bomber jackets, cargo pants, joggers and baggy jeans. Every product is a model shot on a colored
studio backdrop (orange, yellow, pink, lilac, blue, green, red walls), usually a full outfit: the sold piece plus
other garments (a tee under a bomber, a hoodie over cargo pants), sneakers, and sometimes a bucket hat, which the
shop does not sell. Each row has the seller's title, category, color and gender; the colors are the shop's own
(Ecru, Stone, Sage, Washed Black, Light Wash, Khaki, Grey Marl...). One row misses the color, one the gender.

Who wrote what: captions come from either the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a man in
a black hoodie ...") or the caption-only LoRA adapter of the original experiments (the DeepFashion template, "The
gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric ..."). The
adapter has no end-of-answer token, so every adapter text runs to its limit (50 new tokens for captions, 30 for
answers) and carries hit_limit=True; asked a question, it returns its template. The comment above each case says
which texts the adapter wrote; every other open text (wearing, description, details, material, per-piece details,
the print question) is the base model's, short and lowercase, and stops on its own (never hit_limit). The closed
questions (garment_type, color, pattern, sleeve_length, per-piece colors, "Is this a ...?") are enrich's
`--engine reference` answers chosen from candidate sets: never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words are correct: white for ecru, cream or off white; beige for khaki (beige), stone or tan; green for
  olive, sage, forest green and a green "Khaki" bomber; purple for lilac, lavender and grape; blue for navy, sky
  blue, light wash and mid blue; grey for charcoal, grey marl and grey melange; grey for "Washed Black" denim
  (the faded black reads as dark grey); red for burgundy; yellow for mustard; orange for burnt orange.
- The color of the print, lining or backdrop given as the garment's color (orange tiger on a white tee, the orange
  lining of a black bomber, the purple wall behind a white hoodie) is contradiction; the color of another garment
  worn in the photo (the tee under the bomber, the hoodie over the cargos, the hat) is other_garment_color.
- Garment synonyms are correct: sweatshirt for hoodie, pants or sweatpants for joggers, pants for cargo pants,
  jacket for bomber, shirt for tee, sweatsuit for a matching hoodie and joggers. The reference engine naming the
  other garment of the outfit (hoodie for a bomber worn over a hoodie, t-shirt for jeans) is contradiction, and so
  is "hat" for the product or "yes" to "Is this a bucket hat?" when the product is the jeans under the hat.
- A correct text may describe the backdrop ("standing in front of an orange wall") or the other garments worn.
  Two garments truly the same color (a grey sweatsuit, a black-on-black outfit) both given that color is correct;
  a color given to a piece that has another one (white pants for grey joggers, a pink tee under a pink bomber when
  the tee is white, yellow jeans under a yellow tee) is contradiction, except where that piece is the product and
  the color is the one of another garment worn (black pants for olive joggers under a black hoodie), which is
  other_garment_color. A slogan or graphic tee answered "solid" for the pattern is contradiction.
- Invented details (a belt, a chest pocket, a zipper on a pullover hoodie, a hood on a bomber, a fur collar,
  ripped knees on clean jeans, side zips on joggers, palm trees in a sunset print) are unsupported; so is a material
  that neither the title nor the photo supports (leather, suede or wool for a nylon or cotton piece, silk for a
  cotton tee, denim for twill cargos or a hoodie, polyester when the title says cotton).
  Materials the title names (nylon, satin, fleece, denim) and cotton for a plain tee or hoodie are correct.
- A small embroidered patch on an otherwise plain bomber answered "solid" for the pattern is correct.
- Adapter texts: one that repeats a sentence of the template is loop; one that stops mid-sentence without repeating
  is cut, even where its content fits the photo (the fabric guesses it makes before the cut do not change the
  label); the template returned for the material question is restated.
- Base texts: an answer that stops early ("it is made of", "a pair of black") is cut without hit_limit; an empty
  answer, "the details of the pants", "the jeans have details", "it is made of fabric" or "the back of the shirt"
  (for what is printed) is non_answer, and so are "the jeans are blue" and "they are purple" for the piece's
  details (only the garment and its color back); the material question answered with the garment's name and
  color, or with the question itself, is restated; an answer running on into "Question: ... Answer: ..." is leak,
  even when its first words are right.
- "he", "a man" for a woman and "a woman" for a man are pronoun (rows with a gender column only; the row with no
  gender has none of these).
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, details, is_a, question, wearing

printed = question("print", "What is printed on the garment?", "open")

T_TEE = (
    "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. "
    "It has a round neckline."
)
T_HOODIE_M = (
    "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
    "It has a hooded neckline."
)

BLIND_403 = [
    # photo: man in a black oversized hoodie with a small white chest logo, grey joggers, orange backdrop, front view.
    # adapter: none
    case(
        "X403-001",
        caption("a man in a black hoodie standing in front of an orange wall"),
        D.wearing("a black hoodie and grey sweatpants"),
        D.garment_type("hoodie"),
        D.color("black"),
        D.details("it has a hood and a logo on the chest"),
        D.material("cotton"),
        title="Oversized Logo Hoodie",
        category="Hoodies & Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: woman in an oversized lilac hoodie and white baggy jeans, yellow backdrop, front view.
    # adapter: none
    case(
        "X403-002",
        caption("a woman in a purple hoodie and white jeans"),
        D.wearing("he is wearing a purple sweatshirt", "pronoun"),
        D.color("purple"),
        color_of("jeans", "white"),
        D.sleeve_length("long sleeves"),
        D.material("it is made of fabric", "non_answer"),
        D.details("it has a hood and a zipper", "unsupported"),
        title="Women Oversized Hoodie Lilac",
        category="Hoodies & Sweatshirts",
        color="Lilac",
        gender="Women",
    ),
    # photo: man in khaki cargo pants with side pockets and a black graphic tee, blue backdrop, full length.
    # adapter: caption
    case(
        "X403-003",
        caption(
            T_TEE
            + " The gentleman wears a long pants. The pants are with cotton fabric and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black t-shirt and khaki cargo pants"),
        color_of("pants", "beige"),
        D.color("black", "other_garment_color"),
        details("pants", "they have pockets on the sides"),
        D.garment_type("pants"),
        D.material("khaki pants", "restated"),
        title="Relaxed Cargo Pants Khaki",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: woman in an olive green MA-1 bomber jacket, open over a white tee, black joggers, pink backdrop.
    # adapter: none
    case(
        "X403-004",
        caption("a woman in a green jacket standing in front of a pink wall"),
        D.wearing("a green jacket and a white shirt"),
        D.color("white", "other_garment_color"),
        color_of("jacket", "green"),
        details("jacket", "it has a zipper and a pocket on the sleeve"),
        D.material("leather", "unsupported"),
        is_a("jacket", "yes"),
        D.sleeve_length("short sleeves", "contradiction"),
        title="Women Nylon Bomber Jacket Olive",
        category="Jackets",
        color="Olive",
        gender="Women",
    ),
    # photo: man in a white oversized tee with a large orange tiger print on the front, baggy blue jeans, green
    # backdrop. adapter: none
    case(
        "X403-005",
        caption("a man wearing a white t-shirt with a tiger on it"),
        D.color("orange", "contradiction"),
        D.pattern("graphic"),
        printed("a tiger"),
        D.sleeve_length("short sleeves"),
        D.material("cotton"),
        D.wearing("a white t-shirt and blue jeans Question: What is the color of the jeans? Answer: blue", "leak"),
        title="Tiger Graphic Print Oversized Tee",
        category="T-Shirts",
        color="White",
        gender="Men",
    ),
    # photo: woman in black parachute cargo pants, a white cropped tank top and a black bucket hat, blue backdrop.
    # adapter: none
    case(
        "X403-006",
        caption("a woman in a bucket hat and black cargo pants"),
        D.wearing("a white tank top and black pants"),
        D.garment_type("hat", "contradiction"),
        D.color("black"),
        details("pants", "they have pockets and a drawstring"),
        D.material("nylon"),
        D.description("he is wearing black cargo pants", "pronoun"),
        title="Women Black Parachute Cargo Pants",
        category="Trousers",
        color="Black",
        gender="Women",
    ),
    # photo: man in a grey marl oversized pullover hoodie, black joggers, red backdrop, front view.
    # adapter: details, material
    case(
        "X403-007",
        caption("a man in a grey hoodie and grey pants", "contradiction"),
        D.wearing("a gray sweatshirt"),
        D.details(
            T_HOODIE_M + " The gentleman wears a long-sleeve sweater with",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a hooded",
            "restated",
            hit_limit=True,
        ),
        D.color("grey"),
        D.sleeve_length("long sleeves"),
        title="Heavyweight Oversized Hoodie Grey Melange",
        category="Hoodies & Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman in light blue baggy jeans (no rips) and a black cropped hoodie, yellow backdrop, full length.
    # adapter: none
    case(
        "X403-008",
        caption("a woman in baggy jeans and a black hoodie standing in front of a yellow wall"),
        D.wearing("she is wearing jeans and a black hoodie"),
        color_of("jeans", "black", "other_garment_color"),
        D.color("blue"),
        details("jeans", "they have ripped knees", "unsupported"),
        D.material("denim"),
        D.garment_type("hoodie", "contradiction"),
        title="Women Baggy Jeans Light Blue",
        category="Jeans",
        color="Light Blue",
        gender="Women",
    ),
    # photo: man in a black MA-1 bomber, open, its orange lining showing, white tee, black jeans, teal backdrop.
    # adapter: caption
    case(
        "X403-009",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a stand neckline. The gentleman wears a long pants. The pants are with denim fabric and pure color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black jacket and blue jeans", "contradiction"),
        D.color("orange", "contradiction"),
        D.garment_type("jacket"),
        details("jacket", "it has an orange lining and a zipper"),
        D.material("nylon"),
        D.description("a black bomber jacket with a hood", "unsupported"),
        title="Nylon MA-1 Bomber Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: woman in an oversized pink tee with black "PARIS" lettering, grey cargo pants, blue backdrop.
    # adapter: none
    case(
        "X403-010",
        caption("a woman wearing a pink t-shirt with the word paris on it"),
        D.wearing("a pink shirt and pink pants", "contradiction"),
        D.color("pink"),
        D.pattern("solid", "contradiction"),
        printed("paris"),
        D.material("the shirt is pink", "restated"),
        D.sleeve_length("short sleeves"),
        title="Women Oversized Slogan Tee",
        category="T-Shirts",
        color="Pink",
        gender="Women",
    ),
    # photo: man in olive joggers with cuffed ankles and a black hoodie, lime green backdrop, full length.
    # adapter: none
    case(
        "X403-011",
        caption("a man in a black hoodie and green pants"),
        D.wearing("a black hoodie and black pants", "other_garment_color"),
        color_of("joggers", "green"),
        D.color("black", "other_garment_color"),
        details("joggers", "they have cuffs at the ankles and a drawstring waist"),
        D.garment_type("pants"),
        D.material("a pair of green joggers", "restated"),
        title="Essential Joggers Olive",
        category="Joggers",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in a cream oversized hoodie with a kangaroo pocket, beige cargo pants, orange backdrop.
    # adapter: caption
    case(
        "X403-012",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has "
            "a hooded neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white hoodie and tan pants"),
        D.color("white"),
        D.details("it has a hood and a pocket and a zipper", "unsupported"),
        D.description("a white hoodie Question: What is the color of the pants? Answer: tan", "leak"),
        D.material("cotton"),
        D.pattern("striped", "contradiction"),
        title="Women Oversized Hoodie Ecru",
        category="Hoodies & Sweatshirts",
        color="Ecru",
        gender="Women",
    ),
    # photo: man in a burgundy bomber jacket with ribbed cuffs, black tee, black cargo pants, light blue backdrop.
    # adapter: none
    case(
        "X403-013",
        caption("a man in a red jacket and black pants"),
        D.color("red"),
        color_of("jacket", "brown", "contradiction"),
        D.details("it has a zipper and a hood", "unsupported"),
        wearing("he is wearing a red jacket and black pants", who="he"),
        D.material("suede", "unsupported"),
        title="Men Burgundy Bomber Jacket",
        category="Jackets",
        color="Burgundy",
        gender="Men",
    ),
    # photo: woman in washed black baggy jeans and a white graphic tee tucked in, green backdrop, full length.
    # adapter: none
    case(
        "X403-014",
        caption("a woman in a white shirt and black jeans"),
        D.color("grey"),
        color_of("jeans", "white", "other_garment_color"),
        details("jeans", "the jeans have details", "non_answer"),
        D.wearing("a white t-shirt tucked into black jeans"),
        D.garment_type("jeans"),
        D.description("he is wearing baggy black jeans", "pronoun"),
        title="Women Baggy Jeans Washed Black",
        category="Jeans",
        color="Washed Black",
        gender="Women",
    ),
    # photo: man in a navy oversized pullover hoodie and black joggers, yellow backdrop, front view.
    # adapter: wearing, description
    case(
        "X403-015",
        caption("a man in a blue hoodie standing in front of a yellow background"),
        D.wearing(
            T_HOODIE_M + " The gentleman wears a long pants. The pants",
            "cut",
            hit_limit=True,
        ),
        D.description(
            T_HOODIE_M + " The gentleman wears a long-sleeve sweater",
            "loop",
            hit_limit=True,
        ),
        D.color("black", "contradiction"),
        D.garment_type("hoodie"),
        D.sleeve_length("long sleeves"),
        title="Oversized Hoodie Navy",
        category="Hoodies & Sweatshirts",
        color="Navy",
        gender="Men",
    ),
    # photo: woman in a mustard tee with a black smiley print (no pocket), blue jeans, white bucket hat, pink
    # backdrop. adapter: none
    case(
        "X403-016",
        caption("a woman in a yellow shirt and a white hat"),
        D.wearing("she is wearing a yellow t-shirt and yellow jeans", "contradiction"),
        D.color("yellow"),
        D.pattern("graphic"),
        printed("a smiley face"),
        D.details("it has a pocket on the chest", "unsupported"),
        D.material("cotton"),
        D.sleeve_length("sleeveless", "contradiction"),
        title="Women Mustard Smiley Graphic Tee",
        category="T-Shirts",
        color="Mustard",
        gender="Women",
    ),
    # photo: man in charcoal cargo pants (no belt) and a white tee, orange backdrop, side view.
    # adapter: none
    case(
        "X403-017",
        caption("a man in a white t-shirt and grey pants"),
        color_of("pants", "grey"),
        D.color("white", "other_garment_color"),
        details("pants", "the pants have pockets on the sides and a belt", "unsupported"),
        D.garment_type("pants"),
        D.material("it is made of", "cut"),
        title="Tapered Cargo Pants Charcoal",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: woman in an oversized black bomber over a grey hoodie with the hood out, black cargo pants, red
    # backdrop. adapter: caption
    case(
        "X403-018",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "hooded neckline. The lady wears a long pants. The pants are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black jacket over a grey hoodie"),
        D.color("black"),
        color_of("jacket", "grey", "other_garment_color"),
        D.garment_type("hoodie", "contradiction"),
        is_a("bomber jacket", "yes"),
        title="Women Oversized Bomber Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: back view of a man in a forest green tee with a large white logo print on the back, black joggers,
    # lilac backdrop. adapter: none
    case(
        "X403-019",
        caption("the back of a man's green t-shirt with a white design"),
        D.wearing("a green t-shirt and green pants", "contradiction"),
        D.color("white", "contradiction"),
        D.pattern("graphic"),
        D.sleeve_length("short sleeves"),
        printed("the back of the shirt", "non_answer"),
        D.material("cotton"),
        title="Back Print Logo Tee",
        category="T-Shirts",
        color="Forest Green",
        gender="Men",
    ),
    # photo: woman in mid blue baggy jeans and a tan cropped knit sweater, white sneakers, blue backdrop.
    # adapter: none
    case(
        "X403-020",
        caption("a woman in a brown sweater and blue jeans standing against a blue wall"),
        wearing("he is wearing a brown sweater and blue jeans", "pronoun", who="she"),
        color_of("jeans", "blue"),
        D.color("brown", "other_garment_color"),
        details("jeans", "the jeans are blue", "non_answer"),
        D.material("denim"),
        title="Women High Rise Baggy Jeans",
        category="Jeans",
        color="Mid Blue",
        gender="Women",
    ),
    # photo: man in a burnt orange oversized hoodie and khaki cargo pants, blue backdrop, front view.
    # adapter: details. The feed row has no category.
    case(
        "X403-021",
        caption("a man in an orange hoodie"),
        D.color("orange"),
        D.garment_type("sweatshirt"),
        D.details(
            "The sweater is with cotton fabric and pure color patterns. It has a hooded neckline. The sweater is "
            "with cotton fabric and pure color patterns. It has",
            "loop",
            hit_limit=True,
        ),
        D.wearing("an orange hoodie and khaki pants"),
        D.material("it is an orange hoodie", "restated"),
        D.sleeve_length("short sleeves", "contradiction"),
        title="Oversized Hoodie Burnt Orange",
        color="Burnt Orange",
        gender="Men",
    ),
    # photo: woman in grey marl fleece joggers and a white cropped tee, green backdrop, full length.
    # adapter: none
    case(
        "X403-022",
        caption("a woman in a white crop top and grey sweatpants"),
        color_of("joggers", "white", "other_garment_color"),
        D.color("grey"),
        details("joggers", "", "non_answer"),
        D.wearing("sweatpants"),
        D.material("fleece"),
        D.description("grey sweatpants Question: Describe the garment. Answer:", "leak"),
        title="Women Grey Marl Fleece Joggers",
        category="Joggers",
        color="Grey Marl",
        gender="Women",
    ),
    # photo: man in light wash baggy jeans with ripped knees and a black graphic tee, yellow backdrop.
    # adapter: caption
    case(
        "X403-023",
        caption(
            T_TEE + " The gentleman wears a long trousers. The trousers are with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black t-shirt and ripped jeans"),
        color_of("jeans", "blue"),
        details("jeans", "they have holes in the knees"),
        D.garment_type("t-shirt", "contradiction"),
        D.color("black", "other_garment_color"),
        title="Distressed Baggy Jeans",
        category="Jeans",
        color="Light Wash",
        gender="Men",
    ),
    # photo: woman in a sage oversized pullover hoodie with a small white embroidered chest logo, sage joggers,
    # pink backdrop. adapter: none
    case(
        "X403-024",
        caption("a woman in a green hoodie"),
        D.wearing("a green hoodie and green sweatpants"),
        D.color("blue", "contradiction"),
        D.details("there is a white logo embroidered on the chest"),
        D.material("", "non_answer"),
        D.garment_type("jacket", "contradiction"),
        D.description("a green hoodie with a white logo on the front and a zipper", "unsupported"),
        title="Women Embroidered Logo Hoodie Sage",
        category="Hoodies & Sweatshirts",
        color="Sage",
        gender="Women",
    ),
    # photo: man in black tech cargo joggers and a white hoodie, lilac backdrop, full length.
    # adapter: none
    case(
        "X403-025",
        caption("a man in a white hoodie and black pants standing in front of a purple wall"),
        D.wearing("a white sweatshirt and black joggers"),
        color_of("joggers", "white", "other_garment_color"),
        D.color("black"),
        details(
            "joggers",
            "cargo pockets and elastic cuffs Question: What is the color of the joggers? Answer: black",
            "leak",
        ),
        D.garment_type("pants"),
        D.description("she is wearing black joggers", "pronoun"),
        title="Tech Cargo Joggers",
        category="Joggers",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a white oversized tee with a pink rose graphic, black baggy cargo pants, orange backdrop.
    # adapter: caption
    case(
        "X403-026",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        D.color("pink", "contradiction"),
        D.pattern("graphic"),
        printed("a rose"),
        D.wearing("a white t-shirt with a rose on it and black pants"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.material("silk", "unsupported"),
        title="Women Rose Graphic Oversized Tee",
        category="T-Shirts",
        color="White",
        gender="Women",
    ),
    # photo: man in a chocolate brown oversized hoodie, cream cargo pants and a beige bucket hat, green backdrop.
    # adapter: none
    case(
        "X403-027",
        caption("a man in a brown hoodie and a bucket hat"),
        D.wearing("a brown hoodie, white pants and a hat"),
        D.garment_type("hoodie"),
        D.color("beige", "other_garment_color"),
        is_a("hoodie", "yes"),
        D.material("wool", "unsupported"),
        D.details("it has a zipper and a pocket", "unsupported"),
        title="Oversized Cotton Hoodie Chocolate",
        category="Hoodies & Sweatshirts",
        color="Chocolate",
        gender="Men",
    ),
    # photo: woman in a black satin souvenir bomber with a small embroidered flower patch on the chest, white tee,
    # blue baggy jeans, yellow backdrop. adapter: jacket details
    case(
        "X403-028",
        caption("a woman wearing a black jacket with a flower patch"),
        wearing("she is wearing a black jacket, white shirt and jeans", who="she"),
        color_of("jacket", "black"),
        details(
            "jacket",
            "The jacket is with cotton fabric and pure color patterns. It has a stand collar. The jacket is with "
            "cotton fabric and pure color patterns. It",
            "loop",
            hit_limit=True,
        ),
        D.pattern("solid"),
        D.color("white", "other_garment_color"),
        D.material("satin"),
        title="Women Black Satin Souvenir Bomber",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: man in stone cotton twill cargo pants, a navy bomber over a white tee, orange backdrop, full length.
    # adapter: none
    case(
        "X403-029",
        caption("a man in a blue jacket and beige pants"),
        D.wearing("a navy jacket, a white shirt and khaki pants"),
        color_of("pants", "blue", "other_garment_color"),
        D.color("beige"),
        D.description("a pair of beige cargo pants with pockets"),
        D.details("the details of the pants", "non_answer"),
        D.material("denim", "unsupported"),
        title="Cotton Twill Cargo Pants Stone",
        category="Trousers",
        color="Stone",
        gender="Men",
    ),
    # photo: woman in a black tee with white "STREET" lettering and black joggers, blue backdrop, front view.
    # adapter: material
    case(
        "X403-030",
        caption("a woman in a black t-shirt and black pants"),
        D.color("black"),
        color_of("pants", "black"),
        printed("the word street Question: What is the color of the shirt? Answer: black", "leak"),
        D.wearing("a man in a black t-shirt", "pronoun"),
        D.sleeve_length("short sleeves"),
        D.material(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady",
            "restated",
            hit_limit=True,
        ),
        title="Women Street Slogan Tee",
        category="T-Shirts",
        color="Black",
        gender="Women",
    ),
    # photo: man in a sky blue oversized hoodie with a kangaroo pocket and drawstrings, grey joggers, yellow
    # backdrop. adapter: caption
    case(
        "X403-031",
        caption(
            T_HOODIE_M + " The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue hoodie"),
        D.color("blue"),
        D.garment_type("hoodie"),
        D.details("it has a hood a kangaroo pocket and a drawstring"),
        D.material("a blue hoodie", "restated"),
        D.description("a blue hoodie with a hood and a white logo", "unsupported"),
        title="Oversized Hoodie Sky Blue",
        category="Hoodies & Sweatshirts",
        color="Sky Blue",
        gender="Men",
    ),
    # photo: woman in khaki green cargo pants with strap details and a black tank top, orange backdrop.
    # adapter: none
    case(
        "X403-032",
        caption("a woman in green cargo pants and a black top"),
        color_of("pants", "black", "other_garment_color"),
        D.color("green"),
        details("pants", "pockets on the sides and straps"),
        wearing(
            "she is wearing a black tank top and green cargo pants Question: what is she wearing? Answer:",
            "leak",
            who="she",
        ),
        D.garment_type("pants"),
        D.material("denim", "unsupported"),
        title="Women Strap Cargo Pants",
        category="Trousers",
        color="Khaki Green",
        gender="Women",
    ),
    # photo: man in an olive green bomber (no fur) over a black hoodie with the hood up, black jeans, pink backdrop.
    # adapter: none
    case(
        "X403-033",
        caption("a man in a green jacket and a black hoodie"),
        D.color("green"),
        color_of("jacket", "black", "other_garment_color"),
        D.wearing("a green bomber jacket over a black hoodie"),
        D.garment_type("jacket"),
        D.details("it has a fur collar and a zipper", "unsupported"),
        D.material("leather", "unsupported"),
        title="Classic Bomber Jacket",
        category="Jackets",
        color="Khaki",
        gender="Men",
    ),
    # photo: woman in a plain white oversized hoodie (front view; the print is on the back) and grey joggers,
    # purple backdrop. adapter: none
    case(
        "X403-034",
        caption("a woman in a white hoodie standing in front of a purple wall"),
        D.wearing("a white hoodie and white pants", "contradiction"),
        D.color("purple", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.material("cotton"),
        D.description("a white hoodie with a purple print on the front", "unsupported"),
        title="Women Back Print Hoodie",
        category="Hoodies & Sweatshirts",
        color="White",
        gender="Women",
    ),
    # photo: man in black baggy jeans and a red graphic tee, blue backdrop, full length.
    # adapter: jeans details
    case(
        "X403-035",
        caption("a man in a red t-shirt and black jeans"),
        D.wearing("he is wearing a red shirt and black jeans"),
        color_of("jeans", "black"),
        details(
            "jeans",
            "The trousers are with denim fabric and pure color patterns. The gentleman wears a long trousers. The "
            "trousers are with denim fabric and pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.color("red", "other_garment_color"),
        D.material("denim"),
        D.garment_type("t-shirt", "contradiction"),
        D.description("a pair of black", "cut"),
        title="Baggy Fit Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: woman in lavender cargo joggers and a white tee, green backdrop, full length.
    # adapter: none
    case(
        "X403-036",
        caption("a woman in purple pants and a white shirt"),
        color_of("joggers", "green", "contradiction"),
        D.color("purple"),
        details("joggers", "they are purple", "non_answer"),
        D.wearing("a white shirt and purple pants"),
        D.garment_type("pants"),
        D.description("purple sweatpants and a purple shirt", "contradiction"),
        title="Women Cargo Joggers Lavender",
        category="Joggers",
        color="Lavender",
        gender="Women",
    ),
    # photo: man in a black oversized tee with a multicolored sunset print, blue jeans, yellow backdrop.
    # adapter: caption, description
    case(
        "X403-037",
        caption(
            T_TEE + " The pants the gentleman wears is of long length. The pants are with denim fabric and solid",
            "cut",
            hit_limit=True,
        ),
        D.description(
            T_TEE + " The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        D.color("black"),
        printed("a sunset and palm trees and a car", "unsupported"),
        D.wearing("a black t-shirt with a picture of the sunset on it and jeans"),
        D.pattern("striped", "contradiction"),
        title="Sunset Graphic Oversized Tee",
        category="T-Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a dusty pink nylon bomber over a white tee, light blue jeans, blue backdrop.
    # adapter: none. The feed row has no color.
    case(
        "X403-038",
        caption("a woman in a pink jacket and jeans"),
        D.color("pink"),
        D.garment_type("jacket"),
        details("jacket", "it has a zipper and a pocket on the sleeve"),
        wearing("a pink jacket and a pink shirt", "contradiction", who="she"),
        D.material("nylon Question: Is this a jacket? Answer: yes", "leak"),
        D.pattern("floral", "contradiction"),
        title="Women Cropped Nylon Bomber Dusty Pink",
        category="Jackets",
        gender="Women",
    ),
    # photo: man in black cargo pants with white contrast stitching and a red hoodie, lime backdrop.
    # adapter: none. The feed row has no gender.
    case(
        "X403-039",
        caption("a person in a red hoodie and black pants"),
        color_of("pants", "red", "other_garment_color"),
        D.color("black"),
        details("pants", "they have white stitching and pockets"),
        D.wearing("a red hoodie and red pants", "other_garment_color"),
        D.material("cotton"),
        D.garment_type("hoodie", "contradiction"),
        title="Contrast Stitch Cargo Pants",
        category="Trousers",
        color="Black",
    ),
    # photo: woman in a light grey oversized hoodie with green "NYC" lettering, black joggers, orange backdrop.
    # adapter: wearing
    case(
        "X403-040",
        caption("a woman wearing a grey hoodie with nyc on it"),
        D.wearing(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It has a "
            "hooded neckline. The lady wears a long pants. The pants are with",
            "cut",
            hit_limit=True,
        ),
        D.color("green", "contradiction"),
        printed("nyc"),
        D.pattern("graphic"),
        D.details("a hood and a front pocket and the word nyc"),
        D.material("denim", "unsupported"),
        title="Women NYC Graphic Hoodie",
        category="Hoodies & Sweatshirts",
        color="Light Grey",
        gender="Women",
    ),
    # photo: man in a navy bomber jacket over a grey hoodie, black joggers, red backdrop, side view.
    # adapter: none
    case(
        "X403-041",
        caption("a man in a blue jacket"),
        D.color("blue"),
        color_of("jacket", "grey", "other_garment_color"),
        D.wearing("a woman in a blue jacket and grey hoodie", "pronoun"),
        D.details("the details of the jacket", "non_answer"),
        D.material("what is the jacket made of", "restated"),
        title="Padded Bomber Jacket Navy",
        category="Jackets",
        color="Navy",
        gender="Men",
    ),
    # photo: woman in ecru wide-leg high-waist baggy jeans, a black tee and a black bucket hat, blue backdrop.
    # adapter: none
    case(
        "X403-042",
        caption("a woman in a black t-shirt and white jeans wearing a bucket hat"),
        color_of("jeans", "white"),
        D.color("black", "other_garment_color"),
        D.garment_type("jeans"),
        is_a("bucket hat", "yes", "contradiction"),
        D.details("they are wide leg jeans with a high waist and a belt", "unsupported"),
        D.material("denim"),
        title="Women Wide Leg Baggy Jeans Ecru",
        category="Jeans",
        color="Ecru",
        gender="Women",
    ),
    # photo: man in an off white tee with a black skull print, grey cargo pants, green backdrop.
    # adapter: details
    case(
        "X403-043",
        caption("a man in a white t-shirt with a skull on it"),
        D.color("black", "contradiction"),
        D.wearing("a white shirt and grey pants"),
        printed("a skull"),
        D.details(
            "The T-shirt is with cotton fabric and graphic patterns. It has a round neckline. The T-shirt is with "
            "cotton fabric and graphic patterns. It has a",
            "loop",
            hit_limit=True,
        ),
        D.sleeve_length("short sleeves"),
        D.pattern("solid", "contradiction"),
        title="Skull Print Oversized Tee",
        category="T-Shirts",
        color="Off White",
        gender="Men",
    ),
    # photo: woman in a black heavyweight cotton hoodie and black joggers, yellow backdrop, front view.
    # adapter: none
    case(
        "X403-044",
        caption("a man in a black hoodie and black pants", "pronoun"),
        D.wearing("black hoodie"),
        D.color("black"),
        D.description(
            "a black hoodie with a hood Question: What is the color of the hoodie? Answer: black",
            "leak",
        ),
        D.details("it has a hood"),
        D.material("polyester", "unsupported"),
        title="Women Black Heavyweight Cotton Hoodie",
        category="Hoodies & Sweatshirts",
        color="Black",
        gender="Women",
    ),
    # photo: man in grey melange joggers with a matching grey hoodie (a sweatsuit), blue backdrop, full length.
    # adapter: none
    case(
        "X403-045",
        caption("a man in a grey sweatsuit"),
        color_of("joggers", "grey"),
        D.color("grey"),
        D.wearing("a grey hoodie and grey sweatpants"),
        details("joggers", "they have a drawstring and pockets and a zipper on the side", "unsupported"),
        D.garment_type("hoodie", "contradiction"),
        D.material("cotton"),
        title="Regular Fit Joggers Grey Melange",
        category="Joggers",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman in a grape purple oversized tee with a white cartoon print, black baggy jeans, pink backdrop.
    # adapter: caption, material
    case(
        "X403-046",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "Her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("he is wearing a purple shirt and black jeans", "pronoun"),
        D.color("pink", "contradiction"),
        printed("a cartoon"),
        D.material(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears",
            "restated",
            hit_limit=True,
        ),
        D.sleeve_length("short sleeves"),
        title="Women Cartoon Graphic Tee Grape",
        category="T-Shirts",
        color="Grape",
        gender="Women",
    ),
]
