"""BLIND_288 (46 products; men's and women's casual topwear and bottomwear, model shots, a month of nightly runs):
written blind in the forty-third session. Measured blind at d70ba60 (the session's rules as they stood): 122/136
failures found (89.7%) and 4/174 correct texts flagged (2.3%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog feed of casual wear for men and women, a month of nightly enrich runs:
t-shirts (crew neck, polo, henley, graphic and striped), shirts (solid, checked, striped, denim, printed, utility),
tops (puff sleeve, floral, ruffled, ribbed), sweatshirts (crew neck, hooded, colourblocked, printed), jeans (skinny,
mom, slim, distressed, straight), trousers (chinos, wide leg, joggers, cargo), shorts (cargo, linen, denim, sweat)
and skirts (mini, denim, midi floral, checked). Every photo is a model shot, so the product is always worn with
another garment (the jeans under a tee, the tee tucked into a skirt, an open jacket over a tee), against plain
studio backdrops or coloured walls, brick, a plant. Each row has the seller's title, category, color and gender;
one row misses the gender and two miss the color, as real feeds do. Seller colors are free-form (Navy Blue, Olive,
Mustard, Grey Melange, White-charcoal, Rust, Off White, Peach, Lavender, Teal, Khaki, Charcoal).

Who wrote what: the runs mixed three models, each on part of the items, as the original experiments did. The
untuned base `Salesforce/blip2-opt-2.7b` writes short lowercase texts ("a man in a grey t-shirt and black jeans")
and stops on its own: never hit_limit, though it sometimes stops early on a half phrase and sometimes runs on into
the `Question: ... Answer:` format. The caption-only LoRA adapter writes the DeepFashion template ("The gentleman
wears a long-sleeve shirt with pure color patterns ...", no hue names, fabrics from cotton/denim/chiffon/knitting)
with no end token, so each of its texts runs to its limit (50 tokens for captions, 30 for answers) and carries
hit_limit=True; asked any question it returns its template. The VQA-only adapter also has no end token: its answers
(one caption too) run to the limit, repeating a word or a phrase, or running on into a new "Question: ...". The
comment before each case says which texts came from an adapter; every other open text and caption is the base
model's. The closed questions (garment_type, color, pattern, sleeve_length, per-piece colors asked closed and the
yes/no "Is this a ...?") are enrich's `--engine reference` answers, chosen from candidate sets: never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: blue or dark blue for navy, green for olive, teal or bottle
  green, red for maroon, yellow for mustard, purple for lavender, orange for rust, pink for peach, cream or white
  for off white, tan or khaki for beige, grey for charcoal or grey melange, "white and grey" for White-charcoal.
- Garment synonyms are correct in free text: shirt or tee for a t-shirt, sweater or hoodie for a sweatshirt, pants
  or sweatpants for trousers and joggers, denim for jeans, plaid for checked, flannel shirt for a flannel shirt,
  jacket only where a jacket is really worn over the product. The reference engine's garment_type choosing another
  candidate (jacket for a utility shirt, shirt for a henley t-shirt, jacket for jeans worn under a jacket) is
  contradiction, because the candidate set offers the right one.
- A color in the photo that belongs to another worn garment (the tee over the jeans, the skirt under the tee, the
  hoodie over joggers), given as the product's color by an open or a closed answer, is other_garment_color; where
  both the other garment and the print share that color, other_garment_color too. The print or stripe color given
  as the garment's color (orange for a navy tee with an orange tiger print, red for a white top with red flowers,
  blue for a white shirt with blue stripes) is contradiction. The color of a wall given as the product's color is
  contradiction (a wall is not a garment). A color given to a worn piece that no piece has is contradiction.
- A caption or answer naming the product's layered pieces each in its own color is correct ("a black jacket, a white
  t-shirt and blue jeans" for the jeans). Walls, plants and bricks named in a caption are correct.
- Invented details not in the photo (a zipper on a pullover hoodie, a hood on a crew-neck sweatshirt or a flannel
  shirt, a logo on a plain polo, a collar and buttons on a puff-sleeve top, a necklace, a belt on a skirt) are
  unsupported. Materials: a fabric the title names is correct; a plausible guess on a cotton-look fabric ("cotton"
  for a tee, a ribbed top or a printed top) is correct; linen, silk, wool or fleece neither named nor visible is
  unsupported.
- The reference engine's closed answers: a shade in the candidate set is correct (orange for rust, pink for peach,
  cream for off white), a wrong hue is contradiction (orange for mustard), and so are "no" to "Is this a pair of
  jeans/shorts?" for the product, "yes" to "Is this a pair of jeans?" for chinos or cargo trousers, striped for a
  ribbed knit or a slogan tee called solid, long sleeves for three-quarter sleeves and short sleeves for a
  sleeveless top with ruffles at the shoulders, dress for a skirt worn with a tucked-in tee.
- An open answer giving another worn piece the product's color ("pink jeans" under a pink sweatshirt, "purple jeans"
  under a lavender one, "grey pants" under a grey-and-white sweatshirt) is contradiction: the auditor sees a piece
  in a color no piece of that kind has. Giving the product the other piece's color ("black shorts" under a black
  tee, "blue pants" with a navy polo, "a pink skirt" under a pink tee) is other_garment_color.
- Adapter texts: repeating a sentence or phrase of the template is loop; stopping mid-sentence without repeating is
  cut (hit_limit kept). The template to a color question gives no color: non_answer. The template to the material
  question is restated (it does not answer it, even where the template names a fabric). The template to wearing,
  describe or details does answer, so it is cut or loop. Where the template itself contradicts the photo (short
  sleeves for a long-sleeve top) that is what the auditor sees first: contradiction; "The lady" for a man: pronoun.
  Where it invents an accessory before it is cut, the cut is labelled. The VQA adapter running on into a new
  "Question: ..." is leak, even where its first word is right; repeating a word or a phrase is loop.
- Base answers: "it is made of" (stopped early) is cut without hit_limit; "they are short", "it is a skirt", "they
  are white" for details are non_answer; the material question answered with the garment's name ("it is a yellow
  top"), or its color alone ("grey"), "pants" for the pants' details and "they are jeans" for the jeans' fit, are
  restated; an empty answer is non_answer; "it is made of cotton and" (stopped mid-phrase) is cut; a base answer
  running on into "Question: ..." is leak.
  "he" or "a man" for a woman and "she" for a man is pronoun, even where the rest of the text is right.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import (
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    question,
    wearing,
)

shirt_color = question("shirt_color", "What is the shirt color?", "open")
fit = question("fit", "What is the fit of the jeans?", "open")

BLIND_288 = [
    # photo: man in a plain white crew-neck t-shirt (no pocket), blue jeans, plain grey studio backdrop, full length.
    # no adapter texts
    case(
        "X288-001",
        caption("a man in a white t-shirt and blue jeans"),
        wearing("a white t-shirt and jeans", who="he"),
        D.garment_type("tshirt"),
        D.color("white"),
        D.sleeve_length("short sleeves"),
        D.details("it has a pocket on the chest", "unsupported"),
        D.material("cotton"),
        title="Men White Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: woman in a sleeveless navy top with a small white floral print, round neck, white jeans, white wall.
    # caption, details: caption adapter
    case(
        "X288-002",
        caption(
            "The lady wears a sleeveless tank top with floral patterns. The tank top is with chiffon fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue top and white jeans", who="she"),
        D.color("navy"),
        D.pattern("floral"),
        D.details(
            "The tank top is with chiffon fabric and floral patterns. It has a round neckline. The tank top is with "
            "chiffon fabric and floral",
            "loop",
            hit_limit=True,
        ),
        D.material("silk", "unsupported"),
        title="Women Navy Blue Floral Print Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man in olive green cargo shorts with side flap pockets, black crew-neck t-shirt, white backdrop.
    # no adapter texts
    case(
        "X288-003",
        caption("a man in a black shirt and green shorts"),
        wearing("a black t-shirt and black shorts", "other_garment_color", who="he"),
        color_of("shorts", "green"),
        D.color("black", "other_garment_color"),
        D.garment_type("shorts"),
        details("shorts", "they are short", "non_answer"),
        is_a("pair of shorts", "yes"),
        D.material("cotton"),
        title="Men Olive Green Solid Cargo Shorts",
        category="Shorts",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in blue high-rise skinny jeans, white short-sleeve crop top, light grey backdrop, full length.
    # caption: caption adapter
    case(
        "X288-004",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with denim fabric and pure color patterns. The "
            "lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a white top and blue jeans", who="she"),
        color_of("jeans", "blue", kind="open"),
        details("jeans", "they are skinny jeans with a high waist"),
        D.material("denim"),
        D.color("white", "other_garment_color"),
        D.garment_type("jeans"),
        is_a("pair of jeans", "no", "contradiction"),
        title="Women Blue Skinny Fit High-Rise Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a red and navy checked long-sleeve shirt worn open over a white t-shirt, blue jeans, red brick
    # wall behind. no adapter texts
    case(
        "X288-005",
        caption("a man wearing a plaid shirt standing in front of a brick wall"),
        wearing("a red plaid shirt over a white t-shirt", who="he"),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        D.pattern("checked"),
        D.sleeve_length("long sleeves"),
        D.material("it is a plaid shirt", "restated"),
        describe("shirt", "it is a red and blue plaid shirt with buttons"),
        title="Men Red & Navy Blue Regular Fit Checked Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: woman in a black long-sleeve sweatshirt with a white "BROOKLYN" text print, grey joggers, white backdrop.
    # caption, wearing, material: caption adapter
    case(
        "X288-006",
        caption(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It has a "
            "round neckline. The lady",
            "cut",
            who="she",
            hit_limit=True,
        ),
        D.color("black"),
        D.pattern("printed"),
        D.garment_type("sweatshirt"),
        D.material(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It has a "
            "round",
            "restated",
            hit_limit=True,
        ),
        title="Women Black Printed Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Women",
    ),
    # photo: man in a grey melange crew-neck sweatshirt with ribbed cuffs and hem, black trousers, white wall,
    # wooden floor. wearing, color of the sweatshirt: VQA adapter
    case(
        "X288-007",
        caption("a man in a grey sweatshirt and black pants"),
        wearing(
            "a grey sweatshirt and black pants and a grey sweatshirt and black pants and a grey sweatshirt and black "
            "pants and a",
            "loop",
            who="he",
            hit_limit=True,
        ),
        color_of(
            "sweatshirt",
            "grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.color("grey"),
        is_a("sweatshirt", "yes"),
        D.material("grey", "restated"),
        D.details("", "non_answer"),
        title="Men Grey Melange Solid Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman in a mustard yellow puff-sleeve top, round neck, no buttons, tucked into blue jeans; beige wall
    # with a potted plant beside her. no adapter texts
    case(
        "X288-008",
        caption("a woman in a yellow top and jeans standing next to a plant"),
        wearing("a yellow shirt and blue jeans", who="she"),
        D.color("orange", "contradiction"),
        D.sleeve_length("short sleeves"),
        D.material("it is a yellow top", "restated"),
        describe("top", "it is a yellow top with puffy sleeves"),
        D.details("it has a button front and a collar", "unsupported"),
        title="Women Mustard Yellow Puff Sleeve Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: man in black slim trousers, white long-sleeve shirt tucked in, grey backdrop, full length.
    # caption, details: caption adapter
    case(
        "X288-009",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric and its neckline is lapel. The trousers are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("he is wearing a white shirt and black pants", who="he"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        D.color("black"),
        D.garment_type("trousers"),
        D.material("cotton Question: what is the color of the shirt? Answer: white", "leak"),
        details(
            "pants",
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        title="Men Black Slim Fit Solid Regular Trousers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a white long-sleeve button-down shirt (no pocket), sleeves rolled to the elbow, beige
    # trousers, white backdrop. no adapter texts
    case(
        "X288-010",
        caption("a man in a white shirt and beige pants", "pronoun"),
        wearing("a white shirt and khaki pants", who="she"),
        color_of("shirt", "white"),
        D.color("beige", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        describe(
            "shirt",
            "it is a white button down shirt with a pocket on the chest",
            "unsupported",
        ),
        D.material("linen", "unsupported"),
        title="Women White Regular Fit Solid Casual Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: man in a navy crew-neck t-shirt with a large orange and white tiger-face print on the chest, grey
    # shorts, yellow wall behind. no adapter texts
    case(
        "X288-011",
        caption("a man in a blue t-shirt standing in front of a yellow wall"),
        D.color("navy"),
        D.pattern("graphic"),
        D.material("it is a blue t-shirt", "restated"),
        color_of("t-shirt", "orange", "contradiction", kind="open"),
        wearing("a blue shirt and grey shorts", who="he"),
        D.details("it has a picture of a tiger on the front"),
        title="Men Navy Blue Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in light blue mom-fit jeans, white t-shirt tucked in, pink wall behind, full length.
    # wearing, color of the jeans: VQA adapter
    case(
        "X288-012",
        caption("a woman in a white shirt and jeans standing in front of a pink wall"),
        color_of(
            "jeans",
            "blue jeans blue jeans blue jeans blue jeans blue jeans blue jeans blue jeans blue jeans blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        wearing(
            "a white t-shirt and blue jeans. The jeans are blue and the t-shirt is white. The jeans are blue and the "
            "t-shirt is",
            "loop",
            who="she",
            hit_limit=True,
        ),
        D.color("pink", "contradiction"),
        D.garment_type("jeans"),
        D.details(
            "they have a high waist Question: What is the color of the jeans? Answer: blue",
            "leak",
        ),
        title="Women Light Blue Mom Fit High-Rise Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a maroon pullover hoodie (no zip) with kangaroo pocket and drawstrings, black jeans, grey
    # backdrop. caption: caption adapter
    case(
        "X288-013",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It "
            "has a hooded neckline. The gentleman wears a long pants. The pants are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("a red hoodie and black jeans", who="he"),
        D.color("maroon"),
        D.garment_type("sweatshirt"),
        D.details("it has a hood and a front pocket"),
        D.material("cotton"),
        describe("hoodie", "it is a red hoodie with a zipper", "unsupported"),
        title="Men Maroon Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: woman in a black A-line mini skirt, white t-shirt with thin black horizontal stripes tucked in, white
    # backdrop. no adapter texts
    case(
        "X288-014",
        caption("a woman in a striped shirt and black skirt"),
        color_of("skirt", "black"),
        D.color("white", "other_garment_color"),
        D.pattern("striped", "contradiction"),
        wearing("she is wearing a black skirt and a striped shirt", who="she"),
        details("skirt", "it is a skirt", "non_answer"),
        D.garment_type("skirt"),
        title="Women Black Solid A-Line Mini Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: man in a light blue denim shirt, long sleeves, two chest pockets, buttoned, beige chinos, white wall.
    # caption, wearing, describe: caption adapter
    case(
        "X288-015",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "denim fabric. It has a lapel neckline. The trousers are with cotton fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "denim fabric. It has a lapel",
            "cut",
            who="he",
            hit_limit=True,
        ),
        describe(
            "shirt",
            "The shirt is with denim fabric and pure color patterns. It has a lapel neckline. The shirt is with denim "
            "fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        color_of("shirt", "blue"),
        shirt_color("light blue"),
        D.material("denim"),
        title="Men Blue Solid Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a pink oversized sweatshirt with small white embroidered lettering on the chest, blue jeans,
    # white backdrop. no adapter texts
    case(
        "X288-016",
        caption("a woman wearing a pink sweatshirt and pink jeans", "contradiction"),
        wearing("a pink sweater and blue jeans", who="she"),
        D.color("pink"),
        D.sleeve_length("long sleeves"),
        D.details("it has a logo on the front"),
        D.material("wool", "unsupported"),
        title="Women Pink Oversized Sweatshirt",
        category="Sweatshirts",
        color="Pink",
        gender="Women",
    ),
    # photo: man in khaki slim chinos, navy polo t-shirt, brown shoes, grey backdrop, full length.
    # color of the pants, details: VQA adapter
    case(
        "X288-017",
        caption("a man in a blue polo shirt and khaki pants"),
        wearing("he is wearing a blue shirt and blue pants", "other_garment_color", who="he"),
        color_of(
            "pants",
            "khaki-khaki-khaki-khaki-khaki-khaki-khaki-khaki-khaki-khaki-khaki-khaki-khaki",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.color("navy", "other_garment_color"),
        D.garment_type("trousers"),
        details(
            "pants",
            "the pants are khaki and the shirt is blue and the pants are khaki and the shirt is blue and the pants are",
            "loop",
            hit_limit=True,
        ),
        title="Men Khaki Slim Fit Chinos",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: woman in a white V-neck top with a small red floral print and short flutter sleeves, plain hem, no
    # bow, light denim shorts, white backdrop. caption: caption adapter
    case(
        "X288-018",
        caption(
            "The lady wears a short-sleeve blouse with floral patterns and a short pants. The blouse is with chiffon "
            "fabric. It has a v-shape neckline. The pants are with denim fabric and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a white and red floral top and denim shorts", who="she"),
        D.color("white"),
        D.pattern("floral"),
        D.details("it has a ruffled hem and a bow at the waist", "unsupported"),
        color_of("top", "red", "contradiction", kind="open"),
        D.material("cotton"),
        title="Women White & Red Floral Print Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: man in black slim jeans, grey crew-neck t-shirt, grey concrete wall behind. no adapter texts
    case(
        "X288-019",
        caption("a man in a grey t-shirt and black jeans"),
        wearing("a grey shirt and black jeans", who="he"),
        color_of("jeans", "grey", "other_garment_color", kind="open"),
        details("jeans", "they have a zipper and pockets"),
        fit("slim"),
        is_a("pair of jeans", "yes"),
        D.color("grey", "other_garment_color"),
        title="Men Black Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: woman in an olive green long-sleeve utility shirt with two flap chest pockets, black jeans, white
    # backdrop. no adapter texts
    case(
        "X288-020",
        caption("a woman in a green shirt and black pants"),
        wearing("he is wearing a green shirt and black pants", "pronoun", who="she"),
        D.color("olive"),
        D.garment_type("jacket", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.material("it is made of cotton and", "cut"),
        D.details("it has two pockets on the front"),
        title="Women Olive Green Solid Casual Shirt",
        category="Shirts",
        color="Olive",
        gender="Women",
    ),
    # photo: man in beige linen shorts with side pockets, white short-sleeve shirt, white backdrop.
    # caption: caption adapter
    case(
        "X288-021",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns and a short pants. The shirt is with "
            "cotton fabric. It has a lapel neckline. The pants are with cotton fabric and pure color patterns. There "
            "is an accessory",
            "cut",
            hit_limit=True,
        ),
        wearing("a white shirt and tan shorts", who="he"),
        color_of("shorts", "beige"),
        D.material("linen"),
        is_a("pair of shorts", "no", "contradiction"),
        details("shorts", "they have pockets on the side"),
        D.color("white", "other_garment_color"),
        title="Men Beige Solid Linen Shorts",
        category="Shorts",
        color="Beige",
        gender="Men",
    ),
    # photo: woman in a grey melange t-shirt with "LOVE YOURSELF" in black letters, denim shorts, white wall.
    # caption: VQA adapter
    case(
        "X288-022",
        caption(
            "Question: What cloth is the person wearing? Answer: tee Question: What cloth is the person wearing? "
            "Answer: tee Question:",
            "leak",
            hit_limit=True,
        ),
        wearing("a grey t-shirt with writing on it", who="she"),
        D.color("grey"),
        D.pattern("solid", "contradiction"),
        D.garment_type("tshirt"),
        D.details("it says love on it"),
        D.material("it is a t-shirt", "restated"),
        title="Women Grey Printed Round Neck T-shirt",
        category="Tshirts",
        color="Grey",
        gender="Women",
    ),
    # photo: man in a plain teal polo t-shirt (collar, two-button placket, no logo), white trousers, white sneakers,
    # white backdrop, full length. no adapter texts
    case(
        "X288-023",
        caption("a man in a green polo shirt and white pants"),
        D.color("green"),
        D.garment_type("tshirt"),
        is_a("polo shirt", "yes"),
        describe("shirt", "it is a blue polo shirt with a collar and buttons"),
        D.material("cotton"),
        wearing("a blue shirt and white pants and white shoes", who="he"),
        D.details("it has a small logo on the chest", "unsupported"),
        title="Men Teal Blue Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: woman in rust orange wide-leg trousers, cream sleeveless knit tank tucked in, beige backdrop.
    # caption, wearing, color of the pants: caption adapter
    case(
        "X288-024",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "knitting fabric. It has a round neckline. The pants are with cotton fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "knitting fabric. It has",
            "cut",
            who="she",
            hit_limit=True,
        ),
        color_of(
            "pants",
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "knitting fabric. It",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        D.color("orange"),
        D.garment_type("trousers"),
        title="Women Rust Orange Wide Leg Trousers",
        category="Trousers",
        color="Rust",
        gender="Women",
    ),
    # photo: man in a colourblocked sweatshirt, white body with charcoal grey sleeves, black joggers, grey backdrop.
    # no adapter texts
    case(
        "X288-025",
        caption("a man in a white and grey sweatshirt"),
        wearing("a grey sweatshirt and grey pants", "contradiction", who="he"),
        D.pattern("colorblocked"),
        D.color("white"),
        D.sleeve_length("long sleeves"),
        D.material("fleece", "unsupported"),
        describe("sweatshirt", "it is white with grey sleeves"),
        title="Men White & Charcoal Grey Colourblocked Sweatshirt",
        category="Sweatshirts",
        color="White-charcoal",
        gender="Men",
    ),
    # photo: woman in a blue denim knee-length A-line skirt with a button front, black t-shirt tucked in, red brick
    # wall behind. no adapter texts
    case(
        "X288-026",
        caption("a woman in a black shirt and a denim skirt standing in front of a brick wall"),
        color_of("skirt", "black", "other_garment_color", kind="open"),
        details("skirt", "it has buttons down the front"),
        D.material("denim"),
        wearing(
            "she is wearing a black shirt and a blue skirt Question: what is the color of the skirt? Answer: blue",
            "leak",
            who="she",
        ),
        is_a("skirt", "yes"),
        D.garment_type("dress", "contradiction"),
        title="Women Blue Denim A-Line Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: man in navy blue trousers with a brown leather belt, light pink long-sleeve shirt tucked in, white
    # backdrop. no adapter texts
    case(
        "X288-027",
        caption("a man in a pink shirt and blue pants"),
        color_of("pants", "navy"),
        D.color("pink", "other_garment_color"),
        D.garment_type("trousers"),
        is_a("pair of jeans", "yes", "contradiction"),
        details("pants", "pants", "restated"),
        wearing("a pink shirt and navy pants and a brown belt", who="he"),
        title="Men Navy Blue Regular Fit Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a red crew-neck crop t-shirt, black cycling shorts, grey backdrop.
    # caption: caption adapter; wearing, color of the t-shirt: VQA adapter
    case(
        "X288-028",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a short-sleeve T-shirt with pure color patterns. The T",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee",
            "loop",
            who="she",
            hit_limit=True,
        ),
        color_of(
            "t-shirt",
            "red Question: What is the color of the shorts? Answer: black Question: What is the color of",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        D.color("red"),
        D.sleeve_length("short sleeves"),
        title="Women Red Solid Crop T-shirt",
        category="Tshirts",
        color="Red",
        gender="Women",
    ),
    # photo: man in a white short-sleeve shirt with thin blue vertical stripes, beige shorts, white backdrop.
    # no adapter texts
    case(
        "X288-029",
        caption("a man in a striped shirt and shorts"),
        D.pattern("striped"),
        D.material("it is a striped shirt", "restated"),
        D.color("blue", "contradiction"),
        D.sleeve_length("long sleeves", "contradiction"),
        describe("shirt", "it is a white shirt with blue stripes"),
        wearing("a blue and white striped shirt and beige shorts", who="he"),
        title="Men White & Blue Striped Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: woman in a lavender crew-neck sweatshirt (no hood) with ribbed cuffs, white jeans, white backdrop.
    # no adapter texts
    case(
        "X288-030",
        caption("a woman in a purple sweatshirt and white jeans"),
        D.color("purple"),
        wearing("a purple sweater and purple jeans", "contradiction", who="she"),
        D.material("it is made of", "cut"),
        describe("sweatshirt", "it is a purple sweatshirt with a hood", "unsupported"),
        D.garment_type("sweatshirt"),
        title="Women Lavender Solid Sweatshirt",
        category="Sweatshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: man in dark navy slim jeans with rips at the knees, white t-shirt under an open black bomber jacket,
    # grey backdrop. no adapter texts
    case(
        "X288-031",
        caption("a man in a black jacket and ripped jeans"),
        wearing("a black jacket, a white t-shirt and blue jeans", who="he"),
        color_of("jeans", "blue"),
        D.garment_type("jacket", "contradiction"),
        details("jeans", "they have holes in the knees"),
        fit("slim fit Question: what is the color of the jeans? Answer: blue", "leak"),
        D.color("black", "other_garment_color"),
        title="Men Navy Blue Slim Fit Mildly Distressed Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in an off-white flared midi skirt with a pink floral print, pink short-sleeve t-shirt tucked in,
    # grey backdrop. caption, details: caption adapter
    case(
        "X288-032",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long skirt. The T-shirt is with "
            "cotton fabric. It has a round neckline. The skirt is with chiffon fabric and floral patterns. There",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "cream"),
        D.color("pink", "other_garment_color"),
        D.pattern("floral"),
        details(
            "skirt",
            "The skirt is with chiffon fabric and floral patterns. The skirt is with chiffon fabric and floral "
            "patterns. The skirt is with",
            "loop",
            hit_limit=True,
        ),
        wearing("a pink shirt and a pink skirt", "other_garment_color", who="she"),
        title="Women Off-White & Pink Floral Print Flared Midi Skirt",
        category="Skirts",
        color="Off White",
        gender="Women",
    ),
    # photo: man in a bottle green long-sleeve henley t-shirt with a three-button placket, blue jeans, white wall
    # with a hanging plant. wearing: VQA adapter
    case(
        "X288-033",
        caption("a man in a green shirt and jeans"),
        D.sleeve_length("long sleeves"),
        D.garment_type("shirt", "contradiction"),
        describe("shirt", "it is a dark green shirt with buttons on the collar"),
        D.material("cotton"),
        D.color("blue", "other_garment_color"),
        wearing(
            "a green shirt and blue jeans and a green shirt and blue jeans and a green shirt and blue jeans and",
            "loop",
            who="he",
            hit_limit=True,
        ),
        title="Men Green Solid Henley Neck T-shirt",
        category="Tshirts",
        color="Green",
        gender="Men",
    ),
    # photo: woman in light-wash blue denim shorts with frayed hems, white tank top, light grey backdrop.
    # caption: VQA adapter
    case(
        "X288-034",
        caption(
            "shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts "
            "shorts shorts shorts shorts shorts shorts shorts shorts shorts",
            "loop",
            hit_limit=True,
        ),
        wearing("a white tank top and denim shorts", who="she"),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        details("shorts", "they have frayed edges"),
        is_a("pair of shorts", "yes"),
        D.color("white", "other_garment_color"),
        D.material("denim"),
        title="Women Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Women",
    ),
    # photo: man in charcoal grey joggers with elastic ankle cuffs, black pullover hoodie, white backdrop.
    # no adapter texts; the feed row has no gender
    case(
        "X288-035",
        caption("a man in a black hoodie and grey sweatpants"),
        wearing("a black hoodie and black pants", "other_garment_color", who="he"),
        color_of("pants", "black", "other_garment_color", kind="open"),
        D.color("grey"),
        D.garment_type("trousers"),
        details("pants", "they have elastic cuffs at the ankles"),
        title="Men Charcoal Grey Solid Joggers",
        category="Trousers",
        color="Charcoal",
    ),
    # photo: woman in a sleeveless peach top with ruffles at the shoulders, white jeans, no jewellery, white backdrop.
    # material: caption adapter
    case(
        "X288-036",
        caption("a woman in a pink top and white pants"),
        D.color("pink"),
        D.sleeve_length("short sleeves", "contradiction"),
        describe("top", "it is a pink top with ruffles"),
        D.garment_type("tshirt", "contradiction"),
        wearing(
            "she is wearing a pink top and white jeans and a necklace",
            "unsupported",
            who="she",
        ),
        D.material(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "chiffon fabric. It has a",
            "restated",
            hit_limit=True,
        ),
        title="Women Peach-Coloured Ruffled Top",
        category="Tops",
        color="Peach",
        gender="Women",
    ),
    # photo: man in a maroon short-sleeve shirt with a small white polka-dot print, black jeans, grey wall.
    # caption, color of the shirt, describe: caption adapter
    case(
        "X288-037",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns and a long pants. The shirt is with cotton "
            "fabric. It has a lapel neckline. The pants are with denim fabric and pure color patterns. The",
            "pronoun",
            hit_limit=True,
        ),
        color_of(
            "shirt",
            "The gentleman wears a short-sleeve shirt with graphic patterns and a long pants. The shirt is with cotton "
            "fabric. It",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        D.color("maroon"),
        D.pattern("printed"),
        describe(
            "shirt",
            "The shirt is with cotton fabric and graphic patterns. It has a lapel neckline. The shirt is with cotton "
            "fabric and graphic patterns. It",
            "loop",
            hit_limit=True,
        ),
        D.sleeve_length("short sleeves"),
        title="Men Maroon Printed Casual Shirt",
        category="Shirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: woman in white straight-fit jeans, light blue long-sleeve shirt half tucked, white backdrop.
    # no adapter texts
    case(
        "X288-038",
        caption("a woman in a blue shirt and white jeans"),
        color_of("jeans", "white"),
        D.color("blue", "other_garment_color"),
        wearing("a blue shirt and white pants", who="she"),
        details("jeans", "they are white", "non_answer"),
        D.material("denim"),
        fit("they are jeans", "restated"),
        title="Women White Straight Fit Jeans",
        category="Jeans",
        color="White",
        gender="Women",
    ),
    # photo: man in a red and black buffalo-check flannel shirt, buttoned, long sleeves, no hood, blue jeans, grey
    # backdrop. no adapter texts; the feed row has no color
    case(
        "X288-039",
        caption("a man wearing a red and black plaid shirt and a black hat", "unsupported"),
        wearing("a red and black flannel shirt and jeans", who="he"),
        D.pattern("checked"),
        D.color("red"),
        D.material("flannel"),
        D.details("it has a hood", "unsupported"),
        title="Men Red & Black Checked Flannel Casual Shirt",
        category="Shirts",
        gender="Men",
    ),
    # photo: woman in a navy and white horizontally striped boat-neck t-shirt with three-quarter sleeves, blue
    # jeans, white backdrop. wearing, color of the t-shirt: VQA adapter
    case(
        "X288-040",
        caption("a woman in a striped shirt and jeans"),
        D.color("navy"),
        D.pattern("striped"),
        describe(
            "t-shirt",
            "it is a blue and white striped shirt with a v neck",
            "unsupported",
        ),
        D.sleeve_length("long sleeves", "contradiction"),
        color_of(
            "t-shirt",
            "blue and white stripes blue and white stripes blue and white stripes blue and white stripes blue and",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        wearing(
            "a striped shirt and blue jeans and a white shirt and blue jeans and a white shirt and blue jeans and a",
            "loop",
            who="she",
            hit_limit=True,
        ),
        title="Women Navy Blue & White Striped Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man in light grey melange sweat shorts with a drawstring waist, white crew-neck t-shirt, white
    # backdrop. no adapter texts
    case(
        "X288-041",
        caption("a man in a white t-shirt and grey shorts"),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        D.garment_type("shorts"),
        D.color("grey"),
        details("shorts", "they have a drawstring waist"),
        D.material("shorts", "restated"),
        wearing(
            "a white shirt and grey shorts Question: what is the color of the shorts? Answer:",
            "leak",
            who="he",
        ),
        title="Men Grey Melange Solid Regular Shorts",
        category="Shorts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman in a green and white gingham checked A-line mini skirt (no belt), white t-shirt tucked in, white
    # backdrop. caption: caption adapter
    case(
        "X288-042",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a short skirt. The T-shirt is with "
            "cotton fabric. It has a round neckline. The skirt is with cotton fabric and lattice patterns. The",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "green"),
        D.pattern("checked"),
        wearing("he is wearing a white shirt and a green plaid skirt", "pronoun", who="she"),
        details("skirt", "it has a zipper on the side and a belt", "unsupported"),
        D.color("white", "other_garment_color"),
        title="Women Green & White Checked A-Line Mini Skirt",
        category="Skirts",
        color="Green",
        gender="Women",
    ),
    # photo: man in a beige crew-neck sweatshirt with a brown mountain print on the chest, brown trousers, wooden
    # panelled wall behind. no adapter texts
    case(
        "X288-043",
        caption("a man in a tan sweater and brown pants"),
        D.color("beige"),
        D.pattern("graphic"),
        D.material("wool", "unsupported"),
        wearing("she is wearing a beige sweatshirt", "pronoun", who="he"),
        color_of("sweatshirt", "brown", "other_garment_color", kind="open"),
        D.details("it has a print of a mountain on the front"),
        title="Men Beige Printed Sweatshirt",
        category="Sweatshirts",
        color="Beige",
        gender="Men",
    ),
    # photo: woman in a black ribbed fitted top, long sleeves, square neck, blue jeans, white backdrop.
    # caption, wearing: caption adapter
    case(
        "X288-044",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long pants. The shirt is with knitting "
            "fabric. It has a square neckline. The pants are with denim fabric and pure color patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        wearing(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The lady wears a "
            "long-sleeve shirt with pure color patterns",
            "loop",
            who="she",
            hit_limit=True,
        ),
        D.color("black"),
        D.sleeve_length("long sleeves"),
        D.pattern("striped", "contradiction"),
        D.material("cotton"),
        describe("top", "it is a black top with a square neck"),
        title="Women Black Ribbed Fitted Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: man in olive relaxed cargo trousers with side pockets, black t-shirt, grey backdrop.
    # color of the pants, details: VQA adapter; the feed row has no color
    case(
        "X288-045",
        caption("a man in a black shirt and green cargo pants"),
        color_of(
            "pants",
            "green green green green green green green green green green green green green green green green green",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.garment_type("trousers"),
        is_a("pair of jeans", "yes", "contradiction"),
        details(
            "pants",
            "the pants have pockets on the side and the pants have pockets on the side and the pants have pockets on "
            "the",
            "loop",
            hit_limit=True,
        ),
        D.color("black", "other_garment_color"),
        wearing("a black t-shirt and green pants with a lot of pockets", who="he"),
        title="Men Olive Green Relaxed Fit Cargo Trousers",
        category="Trousers",
        gender="Men",
    ),
    # photo: woman in a white t-shirt with a blue and pink cartoon cat print, pink pleated skirt, cropped at the
    # knees, pink wall.
    # no adapter texts
    case(
        "X288-046",
        caption("a woman in a white t-shirt with a cat on it standing in front of a pink wall"),
        D.color("white"),
        D.garment_type("tshirt"),
        color_of("t-shirt", "pink", "other_garment_color", kind="open"),
        D.details("a cat"),
        D.material("white t-shirt", "restated"),
        D.sleeve_length("short sleeves"),
        wearing(
            "she is wearing a white t-shirt and a pink skirt and pink shoes",
            "unsupported",
            who="she",
        ),
        title="Women White Graphic Printed T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
]
