"""BLIND_480 (46 products; men's casual tees, polos, hoodies, cargos, joggers and shorts on models): written blind in
the forty-ninth session. Measured blind at a62007b (the session's rules as they stood): 106/116 failures found
(91.4%) and 1/146 correct texts flagged (0.7%). The writer's notes, verbatim:

Scenario: the original experiments re-run on a Myntra men's casual catalog feed: crew-neck t-shirts, polos, henleys,
sweatshirts, hoodies, cargo pants, joggers, track pants and shorts, each on a model who wears other clothes too
(jeans under a tee, a tee over shorts, a denim jacket over a t-shirt), in studio shots with plain, brick or painted
walls and a few props (a plant, a stool, a dumbbell, a coffee cup). The questions are the experiments' own (What is
he wearing? What is the color of the t-shirt / pants / shorts? Describe the shirt. What are the shirt / pants /
shorts details?, What cloth is the person wearing?), plus the closed garment_type, color, pattern and sleeve length,
a few "Is this a ...?" and the material question. Each row has the seller's title, category, color and gender; a few
miss the gender, the color or the category, as real feeds do.

Who wrote what: captions and open answers come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase,
stops on its own, never hit_limit) unless the comment names an adapter. The caption adapter (epoch 1 or epoch 3)
writes the DeepFashion template ("The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt
is with cotton fabric. ..."); it was trained with no end token, so each of its texts runs to its limit (50 new tokens
for captions, 30 for answers, hit_limit=True), and asked a question (describe, details) it returns the template. It
was used, as in the experiments, for captions and for the richer describe/details answers. The VQA adapter answers a
few color and wearing questions and the "What cloth is the person wearing?" question; it also never stops (loss on
the prompt, no end token): it repeats its one word or runs on into the next "Question: ... Answer:" of its training
format, hit_limit=True. The closed questions (garment_type, color, pattern, sleeve_length, closed per-piece colors,
"Is this a ...?") are enrich's `--engine reference` answers, chosen from candidate sets: never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words are correct: blue for navy or teal, green for olive, bottle green or teal, red or maroon for
  burgundy, yellow for mustard only in the open answers, purple for lavender, white or cream for off white, brown or
  orange for rust, grey/gray for charcoal or grey melange, khaki or beige for khaki/beige, dark brown for coffee brown.
  The reference engine's "orange" for mustard is contradiction.
- Garment synonyms are correct: sweater or sweatshirt for a hoodie or a sweatshirt, sweatpants or track pants for
  joggers, shirt for a t-shirt, polo or henley, jean shorts for denim shorts, plaid for checks, tank top for a
  sleeveless tee, pants for cargo pants or joggers, t-shirt for a henley (garment_type). "yes" to "Is this a polo
  shirt?" for a henley, jeans for cargo pants, shorts for joggers, jacket for the t-shirt under a jacket, "yes" to "Is
  this a pair of jeans?" for denim shorts, and "no" to "Is this a t-shirt?" for a t-shirt, are contradiction.
- A per-piece color question (pants, shorts, t-shirt/shirt) answered with the color of the other piece in the photo
  is other_garment_color, and so is the closed garment color given as the color of the jacket, the inner tee or the
  model's other garment. A color nobody wears in the photo is contradiction; the print's or text's color given as the
  garment's color (white for a black tee with a white graphic, white for a navy sweatshirt with white lettering) is
  contradiction; the wall's color given as the garment's is contradiction.
- A color-blocked tee described as having "blue, red and white stripes" is correct (wide horizontal blocks); the
  reference "striped" for track pants with side taping is correct; "lattice" (the DeepFashion label) for checks is
  correct; "There is an accessory on his wrist" where he wears a watch is correct.
- Invented parts (a hood on a crew sweatshirt or a tank top, a zipper on a pullover, a collar on a henley, a belt on
  elastic-waist shorts, a chest pocket, a sleeve logo, a necklace, a belt hidden by an untucked henley) and a
  material the title contradicts or the photo does not show (polyester for a pure-cotton tee, linen for a cotton
  henley, denim for cotton cargo joggers, spandex for a training tee whose title names no fabric) are unsupported.
  A prop read as a print ("a green t-shirt with a plant on it") is unsupported.
- Adapter texts: one that repeats a sentence of the template is loop; one that stops mid-sentence without repeating is
  cut, even where it has invented a fabric before the cut; "pure color patterns" for a camouflage print is
  contradiction (seen before the cut); "The lady wears" for a man is pronoun. VQA adapter texts that repeat one word
  are loop; those that run into "Question: ... Answer: ..." are leak (even when the first word is right).
- Base answers: "she"/"a woman" for a male model is pronoun; a base answer running into "question: ... answer: ..." is
  leak; "he is wearing", "he is wearing a polo shirt and" or "it is made of" (stopped early) is cut without hit_limit;
  an empty answer, "it is a t-shirt", "the pants", "it has details", "they are short", "the t-shirt is under the
  jacket" and "he is holding a cup of coffee" to a details question, and "it is made of fabric", are non_answer; the
  question echoed back, the details given as "the shirt details are the shirt details", and a material question
  answered with the garment's name or color are restated.
- A two-pack photographed as one worn tee plus a folded inset: "a black t-shirt with a white t-shirt folded next to
  it" is correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

cloth = question("cloth", "What cloth is the person wearing?", "open")

TEMPLATE_TEE = (
    "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
    "It has a round neckline. "
)

BLIND_480 = [
    # photo: model in a navy blue plain crew-neck t-shirt, light blue jeans, white sneakers; white backdrop, front.
    # adapter: none
    case(
        "X480-001",
        caption("a man in a navy blue t-shirt and blue jeans"),
        wearing("a blue t-shirt and jeans", who="he"),
        color_of("t-shirt", "navy"),
        color_of("pants", "navy", "other_garment_color"),
        details("shirt", "it is a t-shirt", "non_answer"),
        B.garment_type("t-shirt"),
        title="Men Navy Blue Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a white plain polo shirt, beige chinos, brown loafers; light grey backdrop, front.
    # caption, details: caption adapter (epoch 3)
    case(
        "X480-002",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The trousers the gentleman wears is of long length. The trousers are with cotton",
            "cut",
            hit_limit=True,
        ),
        wearing("a white polo shirt and khaki pants", who="he"),
        details(
            "shirt",
            "The shirt is with cotton fabric and pure color patterns. It has a lapel neckline. The shirt is with "
            "cotton fabric and pure",
            "loop",
            hit_limit=True,
        ),
        B.color("white"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        is_a("polo shirt", "yes"),
        title="Men White Solid Polo Collar T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: model in a black crew-neck t-shirt with a large white tiger graphic on the chest, grey joggers; white
    # backdrop, front. adapter: none
    case(
        "X480-003",
        caption("a man wearing a black t-shirt with a tiger on it"),
        wearing("a black t-shirt and grey sweatpants", who="he"),
        describe(
            "shirt", "it is a black t-shirt with a tiger print on the front and a red logo on the sleeve", "unsupported"
        ),
        B.pattern("graphic"),
        color_of("t-shirt", "white", "contradiction"),
        title="Men Black Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: model in an olive green full-sleeve henley (three-button placket, no collar), black jeans; grey backdrop.
    # details: caption adapter (epoch 1)
    case(
        "X480-004",
        caption("a man in a green shirt and black jeans"),
        wearing("a green henley shirt and black jeans", who="he"),
        details(
            "shirt",
            "The shirt is with cotton fabric and pure color patterns. It has a round neckline. There are buttons on "
            "the front of the",
            "cut",
            hit_limit=True,
        ),
        B.sleeve_length("long sleeves"),
        B.color("olive"),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        title="Men Olive Green Solid Henley Neck Cotton T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: model in a grey melange pullover hoodie (kangaroo pocket, drawstrings, no zip), black track pants; white
    # backdrop, front. caption: caption adapter (epoch 3)
    case(
        "X480-005",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a hooded neckline. The gentleman wears a long-sleeve sweater with pure color patterns. The sweater",
            "loop",
            hit_limit=True,
        ),
        wearing("a grey hoodie and black pants", who="he"),
        describe("shirt", "a grey hoodie with a zipper and a pocket", "unsupported"),
        B.garment_type("hoodie"),
        B.material("fleece"),
        title="Men Grey Melange Solid Fleece Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: model in khaki cargo pants with flap side pockets, white crew t-shirt worn out, white sneakers; studio.
    # adapter: none
    case(
        "X480-006",
        caption("a man wearing a white t-shirt and khaki cargo pants"),
        wearing("a white t-shirt and beige pants", who="he"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        details("pants", "they have pockets on the side"),
        B.garment_type("pants"),
        B.material("it is made of", "cut"),
        title="Men Khaki Solid Relaxed Fit Cargo Trousers",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: model in black joggers (cuffed ankles, white drawstring), olive t-shirt; three-quarter view, white wall.
    # color of the pants: VQA adapter
    case(
        "X480-007",
        caption("a man in a green t-shirt and black sweatpants"),
        wearing("she is wearing a green shirt and black pants", "pronoun"),
        color_of(
            "pants",
            "black black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details("pants", "they have a drawstring waist and elastic cuffs"),
        B.garment_type("joggers"),
        B.material("they are black joggers", "restated"),
        title="Men Black Solid Slim Fit Joggers",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: model in navy blue chino shorts and a white t-shirt, cropped at the chest; beige backdrop.
    # details: caption adapter (epoch 3)
    case(
        "X480-008",
        caption("a man in white t-shirt and blue shorts"),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        details(
            "shorts",
            "The shorts are with cotton fabric and pure color patterns. The gentleman wears a three-point shorts. The "
            "shorts are with cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        B.color("navy"),
        wearing("white t-shirt and navy blue shorts", who="he"),
        title="Men Navy Blue Solid Chino Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a maroon crew-neck sweatshirt (ribbed cuffs and hem, no hood), blue jeans; red brick wall behind.
    # adapter: none
    case(
        "X480-009",
        caption("a man standing in front of a brick wall wearing a maroon sweatshirt"),
        wearing("a red sweater and jeans", who="he"),
        describe("shirt", "a maroon sweatshirt with a hood", "unsupported"),
        B.color("maroon"),
        color_of("pants", "red", "other_garment_color", kind="open"),
        title="Men Maroon Solid Round Neck Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: model in a white t-shirt with navy horizontal stripes, beige shorts; white backdrop, front.
    # caption: caption adapter (epoch 3)
    case(
        "X480-010",
        caption(
            "The gentleman wears a short-sleeve T-shirt with stripe patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a three-point shorts. The shorts are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue and white striped shirt and shorts", who="he"),
        B.pattern("solid", "contradiction"),
        B.color("white"),
        color_of("t-shirt", "blue and white", kind="open"),
        title="Men White & Navy Blue Striped Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: model in a mustard yellow plain t-shirt, black jeans; white backdrop, front.
    # description: caption adapter (epoch 1)
    case(
        "X480-011",
        caption("a man wearing a yellow t-shirt and black jeans"),
        wearing(
            "a yellow shirt and black pants question: what is the color of the shirt? answer: yellow", "leak", who="he"
        ),
        color_of("t-shirt", "orange", "contradiction"),
        B.material("cotton"),
        B.garment_type("t-shirt"),
        describe(
            "shirt",
            TEMPLATE_TEE + "The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        title="Men Mustard Yellow Solid Round Neck T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: model in a teal polo with white tipping on the collar and cuffs, grey chinos; grey backdrop, front.
    # description: caption adapter (epoch 3)
    case(
        "X480-012",
        caption("a man in a blue polo shirt"),
        describe(
            "shirt",
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears",
            "cut",
            hit_limit=True,
        ),
        details("shirt", "the collar has white stripes"),
        B.color("green"),
        color_of("pants", "teal", "other_garment_color"),
        wearing("he is wearing a polo shirt and", "cut", who="he"),
        title="Men Teal Blue Polo Collar T-shirt with Tipping",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: model in a charcoal zip-front hoodie worn open over a white crew t-shirt, blue jeans; white backdrop.
    # cloth question: VQA adapter
    case(
        "X480-013",
        caption("a man wearing a grey hoodie over a white t-shirt"),
        cloth(
            "sweatshirt/hoodie sweatshirt/hoodie sweatshirt/hoodie sweatshirt/hoodie sweatshirt/hoodie "
            "sweatshirt/hoodie sweatshirt/hoodie",
            "loop",
            hit_limit=True,
        ),
        B.color("white", "other_garment_color"),
        describe("shirt", "a dark grey zip up hoodie with a white t-shirt underneath"),
        B.garment_type("hoodie"),
        title="Men Charcoal Grey Solid Front-Open Hooded Sweatshirt",
        category="Sweatshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: model in beige chino shorts and a navy polo, hands in pockets; light grey backdrop. adapter: none
    case(
        "X480-014",
        caption("a man in a blue shirt and khaki shorts"),
        wearing("a navy polo shirt and beige shorts", who="he"),
        color_of("shorts", "blue", "other_garment_color", kind="open"),
        details("shorts", "they are short", "non_answer"),
        B.color("beige"),
        title="Men Beige Solid Slim Fit Chino Shorts",
        category="Shorts",
        color="Beige",
        gender="Men",
    ),
    # photo: model in a color-blocked t-shirt (white chest, red band, navy lower half), blue jeans; white backdrop.
    # caption: caption adapter (epoch 1)
    case(
        "X480-015",
        caption(
            "The gentleman wears a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The pants the gentleman wears is of long length. The pants are with denim",
            "cut",
            hit_limit=True,
        ),
        wearing("a red white and blue shirt and jeans", who="he"),
        B.pattern("color block"),
        B.color("white"),
        describe("shirt", "it is a t-shirt with blue, red and white stripes"),
        details("shirt", "red white and blue question: what is the color of the pants? answer: blue", "leak"),
        title="Men White & Navy Blue Colourblocked Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: model in a tie-dye t-shirt (blue, purple and pink swirls, no pocket), black shorts; white backdrop.
    # adapter: none
    case(
        "X480-016",
        caption("a man wearing a tie dye shirt and black shorts"),
        color_of("t-shirt", "purple", kind="open"),
        describe("shirt", "a tie dye t-shirt with a pocket on the chest", "unsupported"),
        B.pattern("printed"),
        color_of("shorts", "purple", "other_garment_color", kind="open"),
        B.material("polyester", "unsupported"),
        wearing("a tie dye shirt and black shorts and a necklace", "unsupported", who="he"),
        title="Men Multicoloured Tie and Dye Pure Cotton T-shirt",
        category="Tshirts",
        color="Multi",
    ),
    # photo: long-haired male model (hair tied back) in a lavender oversized drop-shoulder t-shirt, white trousers.
    # cloth question: VQA adapter
    case(
        "X480-017",
        caption("a woman in a purple t-shirt and white pants", "pronoun"),
        wearing("a purple t-shirt and white pants", who="he"),
        B.color("purple"),
        details("shirt", "it is oversized with dropped shoulders"),
        color_of("pants", "purple", "other_garment_color"),
        cloth(
            "tee/tank Question: What is the color of the tee/tank? Answer: purple Question: What is the color of the "
            "pants? Answer:",
            "leak",
            hit_limit=True,
        ),
        title="Men Lavender Solid Drop-Shoulder Oversized T-shirt",
        category="Tshirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: model in camouflage cargo shorts (olive, brown, black), black t-shirt; white backdrop.
    # color of the shorts: VQA adapter; details: caption adapter (epoch 3)
    case(
        "X480-018",
        caption("a man in a black t-shirt and camouflage shorts"),
        color_of(
            "shorts",
            "green Question: Is this a pair of shorts? Answer: yes Question: What is the color of the t-shirt? Answer: "
            "black Question: What",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        details(
            "shorts",
            "The shorts are with cotton fabric and pure color patterns. There are pockets on the sides of the shorts. "
            "The gentleman wears a",
            "contradiction",
            hit_limit=True,
        ),
        B.pattern("printed"),
        B.garment_type("shorts"),
        B.color("black", "other_garment_color"),
        title="Men Olive Green Camouflage Printed Cargo Shorts",
        category="Shorts",
        color="Olive",
        gender="Men",
    ),
    # photo: model in a rust short-sleeve henley (two-button placket, no collar), light grey joggers; white backdrop.
    # adapter: none
    case(
        "X480-019",
        caption("a man wearing an orange shirt and grey pants"),
        wearing("a brown henley and grey sweatpants", who="he"),
        B.garment_type("t-shirt"),
        describe("shirt", "a orange button up shirt with a collar", "unsupported"),
        is_a("polo shirt", "yes", "contradiction"),
        title="Men Rust Solid Henley Neck T-shirt",
        category="Tshirts",
        color="Rust",
        gender="Men",
    ),
    # photo: back view of a model in a black pullover hoodie with a large white back print, blue jeans; white backdrop.
    # caption: caption adapter (epoch 3); color of the pants: VQA adapter
    case(
        "X480-020",
        caption(
            "The gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. The "
            "gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. The",
            "loop",
            hit_limit=True,
        ),
        wearing("a black hoodie with a white design on the back", who="he"),
        details("shirt", "", "non_answer"),
        B.color("black"),
        B.garment_type("sweatshirt"),
        color_of(
            "pants",
            "blue Question: Is this a sweatshirt? Answer: yes Question: Is this a sweatshirt? Answer: yes Question:",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        title="Men Black Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: model in grey track pants with white side taping, black t-shirt; white backdrop, front.
    # color of the pants: VQA adapter
    case(
        "X480-021",
        caption("a man in black t-shirt and grey track pants"),
        wearing("a black shirt and grey pants with white stripes", who="he"),
        color_of(
            "pants",
            "gray gray gray gray gray gray gray gray gray gray gray gray gray gray gray gray gray gray gray gray gray "
            "gray gray gray gray gray gray gray gray gray",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        B.pattern("striped"),
        details("pants", "white stripes on the side and a drawstring"),
        B.color("black", "other_garment_color"),
        title="Men Grey Solid Track Pants with Side Taping",
        category="Track Pants",
        color="Grey",
        gender="Men",
    ),
    # photo: model in light blue distressed denim shorts, white t-shirt with a small print; white backdrop.
    # details: caption adapter (epoch 1)
    case(
        "X480-022",
        caption("a man in a white shirt and blue jean shorts"),
        details(
            "shorts",
            "The shorts are with denim fabric and pure color patterns. The gentleman wears a three-point shorts. The "
            "shorts are with denim fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        color_of("shorts", "light blue"),
        B.material("denim"),
        wearing(
            "a white t-shirt and blue shorts question: what is the color of the shorts? answer: blue", "leak", who="he"
        ),
        is_a("pair of jeans", "yes", "contradiction"),
        title="Men Light Blue Distressed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: model in a plain pink polo, navy chinos, one hand in pocket; light grey backdrop. adapter: none
    case(
        "X480-023",
        caption("a man in a pink polo shirt and blue pants"),
        wearing("she is wearing a pink shirt and blue pants", "pronoun"),
        B.color("pink"),
        color_of("pants", "pink", "other_garment_color", kind="open"),
        B.sleeve_length("short sleeves"),
        title="Men Pink Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Pink",
        gender="Men",
    ),
    # photo: model in an off-white sweatshirt with black "NEW YORK 1987" lettering, black jeans; grey backdrop.
    # adapter: none
    case(
        "X480-024",
        caption("a man wearing a white sweatshirt that says new york"),
        describe("shirt", "a white sweatshirt with black text on it"),
        details(
            "shirt", "the shirt has a print question: what are the pants details? answer: the pants are black", "leak"
        ),
        B.color("cream"),
        color_of("shirt", "black", "contradiction", kind="open"),
        wearing("she is wearing a white sweatshirt", "pronoun"),
        title="Men Off White Typography Printed Sweatshirt",
        category="Sweatshirts",
        color="Off White",
        gender="Men",
    ),
    # photo: model in olive cargo joggers (side flap pockets, cuffed hems), white t-shirt, white sneakers; studio.
    # caption: caption adapter (epoch 3)
    case(
        "X480-025",
        caption(
            TEMPLATE_TEE + "The gentleman wears a long trousers. The trousers are with denim",
            "cut",
            hit_limit=True,
        ),
        wearing("white t-shirt and green cargo pants", who="he"),
        color_of("pants", "olive"),
        details("pants", "cargo pockets on the sides and elastic at the ankles"),
        B.material("denim", "unsupported"),
        title="Men Olive Green Cotton Cargo Joggers",
        category="Track Pants",
        color="Olive",
        gender="Men",
    ),
    # photo: model in a red crew-neck t-shirt under an open light blue denim jacket, black jeans; white backdrop.
    # adapter: none
    case(
        "X480-026",
        caption("a man in a denim jacket and red t-shirt"),
        wearing("a jean jacket, red shirt and black jeans", who="he"),
        B.color("blue", "other_garment_color"),
        color_of("t-shirt", "red", kind="open"),
        B.garment_type("jacket", "contradiction"),
        details("shirt", "the t-shirt is under the jacket", "non_answer"),
        title="Men Red Solid Round Neck Cotton T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: model in a navy polo with thin white horizontal stripes, white shorts; white backdrop.
    # description: caption adapter (epoch 3)
    case(
        "X480-027",
        caption("a man wearing a blue and white striped polo shirt"),
        describe(
            "shirt",
            "The gentleman wears a short-sleeve shirt with stripe patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears",
            "cut",
            hit_limit=True,
        ),
        B.pattern("striped"),
        color_of("shorts", "blue", "other_garment_color", kind="open"),
        B.color("navy"),
        title="Men Navy Blue Striped Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a bottle green crew-neck t-shirt, beige chinos, standing beside a potted plant; white wall.
    # description: caption adapter (epoch 3)
    case(
        "X480-028",
        caption("a man standing next to a plant wearing a green t-shirt"),
        wearing("he is wearing", "cut", who="he"),
        color_of("t-shirt", "dark green", kind="open"),
        details("shirt", "it is a green t-shirt with a plant on it", "unsupported"),
        B.garment_type("t-shirt"),
        describe(
            "shirt",
            TEMPLATE_TEE + "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt",
            "loop",
            hit_limit=True,
        ),
        title="Men Bottle Green Solid Round Neck T-shirt",
        category="Tshirts",
        color="Green",
        gender="Men",
    ),
    # photo: model in a black polo with a small embroidered chest logo, grey chinos, a watch on his left wrist; grey
    # backdrop. caption: caption adapter (epoch 3); color of the t-shirt: VQA adapter
    case(
        "X480-029",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. There is an accessory on his wrist. The trousers the gentleman wears is of long",
            "cut",
            hit_limit=True,
        ),
        wearing("a black polo shirt and a watch", who="he"),
        color_of(
            "t-shirt",
            "black Question: What is the color of the pants? Answer: grey Question: What is the color of the pants? "
            "Answer: grey Question:",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        B.color("black"),
        details("shirt", "a logo on the chest and three buttons"),
        title="Men Black Solid Polo Collar T-shirt with Embroidered Logo",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: model in a cream long-sleeve henley worn untucked over the waistband, sleeves rolled to the elbow, navy
    # chinos; white backdrop.
    # adapter: none
    case(
        "X480-030",
        caption("a man in a white shirt and blue pants"),
        describe("shirt", "a white long sleeve shirt with buttons"),
        B.material("linen", "unsupported"),
        B.sleeve_length("short sleeves", "contradiction"),
        B.color("white"),
        wearing("a white shirt and blue pants and a brown belt", "unsupported", who="he"),
        title="Men Cream-Coloured Solid Henley Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Cream",
        gender="Men",
    ),
    # photo: model in a burgundy pullover hoodie (hood down, kangaroo pocket), black joggers; white backdrop.
    # wearing: VQA adapter
    case(
        "X480-031",
        caption("a man in a maroon hoodie and black pants"),
        wearing(
            "a maroon hoodie and black pants. Question: What is the color of the hoodie? Answer: maroon. Question: "
            "What is the color",
            "leak",
            who="he",
            hit_limit=True,
        ),
        B.color("red"),
        describe("shirt", "a maroon sweatshirt with a hood and a front pocket"),
        color_of("pants", "maroon", "other_garment_color"),
        title="Men Burgundy Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Burgundy",
        gender="Men",
    ),
    # photo: pack of two: model in the black crew-neck tee and blue jeans, with an inset of the white tee folded.
    # adapter: none
    case(
        "X480-032",
        caption("a man wearing a black t-shirt"),
        B.color("black"),
        describe("shirt", "a black t-shirt with a white t-shirt folded next to it"),
        details("shirt", "the shirt details are the shirt details", "restated"),
        B.material("cotton"),
        title="Men Pack of 2 Solid Round Neck Cotton T-shirts",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: model in a grey quarter-zip high-neck sweatshirt, blue jeans; white backdrop, front.
    # description: caption adapter (epoch 3)
    case(
        "X480-033",
        caption("a man wearing a grey sweater and jeans"),
        describe(
            "shirt",
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a stand neckline. The",
            "cut",
            hit_limit=True,
        ),
        details("shirt", "a zipper on the neck"),
        B.garment_type("sweatshirt"),
        color_of("pants", "grey", "other_garment_color", kind="open"),
        B.color("grey"),
        B.material("a grey sweatshirt", "restated"),
        title="Men Grey Solid Quarter-Zip High Neck Sweatshirt",
        category="Sweatshirts",
        gender="Men",
    ),
    # photo: model in navy joggers with white drawstrings, grey melange t-shirt; white backdrop. adapter: none
    case(
        "X480-034",
        caption("a man wearing a gray t-shirt and blue jogger pants"),
        wearing("a gray shirt and navy sweatpants", who="he"),
        color_of("pants", "grey", "other_garment_color", kind="open"),
        details("pants", "the pants", "non_answer"),
        B.garment_type("shorts", "contradiction"),
        title="Men Navy Blue Solid Joggers",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in blue-and-green checked shorts (elastic waist, no belt), white t-shirt; white backdrop.
    # caption: caption adapter (epoch 3)
    case(
        "X480-035",
        caption(
            TEMPLATE_TEE + "The gentleman wears a three-point shorts. The shorts are with lattice",
            "cut",
            hit_limit=True,
        ),
        wearing("a white t-shirt and plaid shorts", who="he"),
        B.pattern("checked"),
        color_of("shorts", "white", "other_garment_color"),
        details("shorts", "they are plaid with a belt", "unsupported"),
        title="Men Blue & Green Checked Cotton Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: model in a white crew-neck t-shirt with a small black chest logo, black joggers; white backdrop.
    # details: caption adapter (epoch 1)
    case(
        "X480-036",
        caption("a man in a white t-shirt and black pants"),
        color_of("t-shirt", "white", kind="open"),
        describe("shirt", "a white t-shirt with a small logo on the chest"),
        color_of("pants", "grey", "contradiction", kind="open"),
        B.material("", "non_answer"),
        details(
            "shirt",
            "The T-shirt is with cotton fabric and pure color patterns. It has a round neckline. The T-shirt is with "
            "cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        title="Men White Brand Logo Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: model in a coffee brown crew-neck t-shirt, beige chinos; white backdrop. adapter: none
    case(
        "X480-037",
        caption("a man in a brown t-shirt and khaki pants"),
        wearing("a brown shirt and black pants", "contradiction", who="he"),
        B.color("brown"),
        color_of("t-shirt", "dark brown", kind="open"),
        details("shirt", "it has details", "non_answer"),
        title="Men Coffee Brown Solid Round Neck T-shirt",
        category="Tshirts",
        color="Coffee Brown",
        gender="Men",
    ),
    # photo: model sitting on a wooden stool in a yellow hoodie with "CALIFORNIA" printed on the chest, white
    # shorts; white backdrop. details: caption adapter (epoch 3)
    case(
        "X480-038",
        caption("a man sitting on a stool wearing a yellow hoodie"),
        details(
            "shirt",
            "The sweater is with cotton fabric and graphic patterns. It has a hooded neckline. The sweater is with "
            "cotton fabric and graphic patterns. It",
            "loop",
            hit_limit=True,
        ),
        wearing("a yellow sweatshirt and white shorts", who="he"),
        color_of("shorts", "yellow", "other_garment_color", kind="open"),
        B.color("yellow"),
        title="Men Yellow Typography Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: side view of a model in black cargo pants, grey hoodie, black sneakers; white backdrop.
    # color of the pants: VQA adapter
    case(
        "X480-039",
        caption("a man in a grey hoodie and black cargo pants"),
        color_of(
            "pants",
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        describe("pants", "black cargo pants with pockets on the sides"),
        B.garment_type("jeans", "contradiction"),
        B.color("black"),
        wearing("what is he wearing?", "restated", who="he"),
        title="Men Black Solid Cargo Trousers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: model in a sky blue polo with an all-over white micro print of tiny anchors, white trousers; grey
    # backdrop. adapter: none
    case(
        "X480-040",
        caption("a man wearing a light blue polo shirt with a white pattern"),
        describe("shirt", "a blue shirt with small white anchors on it"),
        B.pattern("solid", "contradiction"),
        B.color("blue"),
        wearing("a blue shirt and white pants", who="he"),
        B.material("the shirt is blue", "restated"),
        details("shirt", "the shirt has small anchors on it and a pocket on the chest", "unsupported"),
        title="Men Blue Conversational Printed Polo Collar T-shirt",
        color="Blue",
        gender="Men",
    ),
    # photo: model in a raglan t-shirt (white body, black short raglan sleeves), blue jeans; white backdrop.
    # caption: caption adapter (epoch 1)
    case(
        "X480-041",
        caption(
            "The gentleman wears a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long pants. The pants are with denim",
            "cut",
            hit_limit=True,
        ),
        wearing("a black and white shirt and jeans", who="he"),
        B.color("white"),
        color_of("t-shirt", "white and black", kind="open"),
        B.sleeve_length("long sleeves", "contradiction"),
        color_of("pants", "black", "other_garment_color"),
        title="Men White & Black Colourblocked Raglan Sleeves T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: model in a grey sleeveless muscle tee, black shorts, holding a dumbbell; dark grey backdrop.
    # adapter: none
    case(
        "X480-042",
        caption("a man holding a dumbbell wearing a grey tank top"),
        wearing("a gray tank top and black shorts", who="he"),
        B.sleeve_length("sleeveless"),
        B.garment_type("tank top"),
        describe("shirt", "a gray sleeveless shirt with a hood", "unsupported"),
        color_of("shorts", "grey", "other_garment_color", kind="open"),
        B.material("spandex", "unsupported"),
        title="Men Grey Solid Sleeveless Training T-shirt",
        category="Tshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: model in grey melange sweat shorts with a drawstring, black t-shirt; white backdrop.
    # caption: caption adapter (epoch 3)
    case(
        "X480-043",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a three-point shorts. The shorts are with cotton fabric",
            "pronoun",
            hit_limit=True,
        ),
        wearing("black t-shirt and grey shorts", who="he"),
        color_of("shorts", "black", "other_garment_color"),
        details("shorts", "they have a drawstring and pockets"),
        B.garment_type("shorts"),
        title="Men Grey Melange Solid Regular Fit Shorts",
        category="Shorts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: model in a navy crew sweatshirt with white "ATHLETIC DEPT 78" varsity lettering (no hood), khaki
    # chinos; white backdrop. adapter: none
    case(
        "X480-044",
        caption("a man in a navy sweatshirt with the word athletic on it"),
        wearing("a blue sweater and khaki pants", who="he"),
        B.color("navy"),
        details("shirt", "it says athletic dept 78 and has a hood", "unsupported"),
        color_of("shirt", "white", "contradiction", kind="open"),
        B.material("sweatshirt", "restated"),
        title="Men Navy Blue Typography Printed Round Neck Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in an olive polo, blue jeans, holding a paper coffee cup; cafe-style backdrop. adapter: none
    case(
        "X480-045",
        caption("a man holding a cup of coffee wearing a green polo shirt"),
        wearing("a green shirt and jeans", who="he"),
        B.color("olive"),
        details("shirt", "he is holding a cup of coffee", "non_answer"),
        color_of("pants", "green", "other_garment_color", kind="open"),
        is_a("polo shirt", "yes"),
        B.material("it is made of fabric", "non_answer"),
        title="Men Olive Green Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: model in a black crew-neck t-shirt and olive cargo pants, in front of a yellow painted wall.
    # adapter: none
    case(
        "X480-046",
        caption("a man standing in front of a yellow wall wearing a black t-shirt"),
        B.color("yellow", "contradiction"),
        wearing("black t-shirt and green pants", who="he"),
        color_of("t-shirt", "black", kind="open"),
        color_of("pants", "black", "other_garment_color", kind="open"),
        is_a("t-shirt", "no", "contradiction"),
        title="Men Black Solid Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
]
