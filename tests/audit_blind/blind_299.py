"""BLIND_299 (46 products; men's and women's fashion catalog, the experiments' caption and VQA adapters): written blind
in the forty-third session. Measured blind at 1fe18ff (the session's rules as they stood): 124/130 failures found
(95.4%) and 4/167 correct texts flagged (2.4%). The writer's notes, verbatim:

Scenario: the original experiments re-run on a men's and women's fashion catalog (tees, shirts, polos, henleys,
hoodies, sweaters, cardigans, jackets, blazers, coats, jeans, chinos, trousers, joggers, shorts, leggings, dresses,
skirts, tops and a jumpsuit), studio photos on grey, white or beige backdrops with a few colored walls (pale blue,
brick, wood panels), most of them showing a whole outfit (a tee under the jacket, a blouse tucked into the jeans).
Each row has the seller's title, category, color and gender; one row misses the gender and one the color.

Who wrote what: captions come from the caption-only LoRA adapter (DeepFashion template: "The lady wears a
short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric ...") except on the items the
comment gives to the base model `Salesforce/blip2-opt-2.7b`. On adapter items the open questions (the experiments'
"What is he/she wearing?", "What is the color of the shirt?" asked open, "What is the shirt color?", "Describe the
shirt.", "What are the jeans details?", and the default questionnaire's wearing, description, details, material) are
answered by the VQA adapter, which was trained after the caption epochs and lost most of its question answering: it
mostly returns the caption template, or repeats one word ("white white white", "blue-blue-blue"), or answers and
runs on into "Question: ... Answer: ..." again. Neither adapter learned an end token, so all their texts run to the
limit (50 new tokens for captions, 30 for answers) and carry hit_limit=True. On base-model items every open text is
the base model's: short, lowercase, stops on its own, never hit_limit. Closed questions (garment_type, color,
pattern, sleeve_length, per-piece colors asked closed, "Is this a ...?") are enrich's `--engine reference` answers,
chosen from candidate sets: never a loop or a cut, but sometimes the wrong candidate.

Labeling conventions and judgement calls:
- Every adapter text is a failure: it repeats a sentence or a word (loop) or stops mid-sentence at the limit (cut).
  Where the template ends on a full stop at the limit but does not repeat, it is still cut (it would have gone on).
- An adapter template returned for the material question or for a color question is restated (the question is not
  answered, even where the template names a fabric), unless it visibly repeats itself (loop).
- Adapter text that answers and runs on into "Question: ... Answer: ..." is leak; base text doing the same is leak.
- The adapter's "The lady wears" on a men's product, or "The gentleman wears" on a women's one, is pronoun (the first
  thing the auditor reads), even though the text is also cut; a base answer "she is wearing ..." for a man likewise.
- The adapter calling a jumpsuit "a tank top and a long pants" is contradiction (one garment in the photo).
- Invented accessories in an adapter template ("an accessory on her wrist") before the cut: labelled cut.
- Synonyms counted correct: sweater for a cardigan or pullover, sweatshirt for a hoodie, shirt for a tee under a
  jacket, jacket for a bomber, a shacket or a blazer, t-shirt for a henley or a polo (adapter), pants for chinos,
  joggers or trousers, sweatpants for joggers, plaid for checked, button down for a casual shirt, tank top for a vest.
- Shade words counted correct: blue for navy, teal blue, chambray; green for olive, emerald and for teal; red for
  maroon; yellow for mustard; orange for rust; purple for lavender; beige for khaki or camel; grey for charcoal or
  melange. "navy" repeated by the VQA adapter for a navy product is a loop, not a color error.
- The reference engine's color of the print (pink flowers on a white dress, pink letters on a grey sweatshirt, a
  black tiger on a white tee) is contradiction; the color of another piece worn in the photo (tee under a jacket,
  tucked-in blouse, jeans, chinos) given to the product or to a piece that does not have it is other_garment_color.
  Pleats, a rib knit or a melange answered "striped", sleeves answered with the wrong length, a denim jacket answered
  "shirt", "yes" to "Is this a skirt?" for shorts and to "Is this a pair of jeans?" for formal trousers are
  contradiction. The base model's "white" for a light grey melange tee is contradiction, not a shade word.
- Base answers: a color repeated onto another piece ("grey" shirt with grey joggers) is other_garment_color; a hood
  on a flannel shirt, a pocket on a plain tee, a collar and pocket on a henley, a pocket square, a turtleneck on a
  round-neck sweater, a slit the photo does not show are unsupported; a material neither in the title nor visible
  (leather on a nylon bomber, wool on an acrylic or cotton-twill piece, silk for satin, cotton for polyester board
  shorts) is unsupported; a material the title names (cotton, linen, wool blend, denim) is correct.
- "they are shorts", "the details of the top" and an empty answer are non_answer; a details or material question
  answered with the garment's color and name ("a white tank top", "an orange tank top") is restated; "it is made of"
  (an early stop) is cut without hit_limit.
- Correct but hard: a blue wall in the caption of a white shirt, a brick wall behind a red check shirt, a blue and
  white striped top called blue, a layered shirt collar named in the wearing answer, a pocket that is really there.
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

BLIND_299 = [
    # photo: man in a plain white crew-neck tee worn with mid-blue jeans, grey studio backdrop, front view, knees up.
    # caption: caption adapter; wearing, color of the shirt: VQA adapter
    case(
        "X299-001",
        caption(
            "The gentleman is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has a round neckline. The gentleman wears a long trousers. The trousers are with denim fabric "
            "and pure color",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "The gentleman is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has a round",
            "cut",
            who="he",
            hit_limit=True,
        ),
        color_of(
            "shirt",
            "white white white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.garment_type("t-shirt"),
        D.color("white"),
        D.sleeve_length("short"),
        title="Men White Solid Round Neck Pure Cotton T-shirt",
        category="T-Shirts",
        color="White",
        gender="Men",
    ),
    # photo: woman in a navy and white horizontal striped long-sleeve Breton top, white jeans, white wall, front view.
    # all texts: base model (closed: reference engine)
    case(
        "X299-002",
        caption("a woman wearing a striped shirt and white pants"),
        wearing("a blue and white striped shirt", who="she"),
        color_of("shirt", "blue"),
        color_of("pants", "blue", "other_garment_color"),
        D.pattern("striped"),
        describe("shirt", "a striped shirt with long sleeves"),
        D.material("cotton"),
        D.sleeve_length("short", "contradiction"),
        title="Women Navy Blue & White Striped Pure Cotton Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: lower-half shot of a man in dark blue slim jeans, white sneakers, hem of a black tee at the top, white
    # backdrop.
    # caption: caption adapter; color of the jeans, jeans details: VQA adapter
    case(
        "X299-003",
        caption(
            "The pants this gentleman wears is of long length. The pants are with denim fabric and pure color "
            "patterns. The pants this gentleman wears is of long length. The pants are with denim fabric",
            "loop",
            hit_limit=True,
        ),
        color_of(
            "jeans",
            "blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details(
            "jeans",
            "The pants this gentleman wears is of long length. The pants are with denim fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("jeans"),
        D.color("blue"),
        is_a("pair of jeans", "yes"),
        title="Men Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a black sleeveless round-neck A-line midi dress with small white polka dots, beige backdrop,
    # full length, no jewellery.
    # caption: caption adapter; wearing, material: VQA adapter
    case(
        "X299-004",
        caption(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of long length. There is an accessory on her wrist. There is",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with chiffon fabric. The lady "
            "wears a sleeveless dress with",
            "loop",
            who="she",
            hit_limit=True,
        ),
        D.color("white", "contradiction"),
        D.pattern("polka dot"),
        D.sleeve_length("sleeveless"),
        D.material(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "v-shape neck",
            "restated",
            hit_limit=True,
        ),
        title="Women Black Polka Dot Print A-Line Midi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: man in an olive green nylon bomber jacket, open over a white tee, black chinos, grey backdrop.
    # all texts: base model (closed: reference engine)
    case(
        "X299-005",
        caption("a man in a green jacket and black pants"),
        wearing("a green jacket and a white shirt", who="he"),
        D.garment_type("jacket"),
        D.color("green"),
        color_of("jacket", "white", "other_garment_color"),
        D.details("it has a zipper and pockets"),
        D.material("leather", "unsupported"),
        title="Men Olive Green Solid Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in light-wash blue denim shorts and a white short-sleeve crop tee, white backdrop, thighs up.
    # caption: caption adapter; color of the shorts, shorts details: VQA adapter
    case(
        "X299-006",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The T-shirt is "
            "with cotton fabric. It has a round neckline. The shorts are with denim fabric and pure color patterns",
            "cut",
            hit_limit=True,
        ),
        color_of(
            "shorts",
            "The lady wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The shorts are "
            "with denim",
            "restated",
            kind="open",
            hit_limit=True,
        ),
        details(
            "shorts",
            "The shorts are with denim fabric and pure color patterns. The shorts are with denim fabric and pure color "
            "patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("shorts"),
        D.color("blue"),
        is_a("skirt", "yes", "contradiction"),
        title="Women Blue Washed High-Rise Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a white and light blue checked long-sleeve casual shirt, untucked, beige chinos, grey backdrop.
    # all texts: base model (closed: reference engine)
    case(
        "X299-007",
        caption("a man wearing a blue and white checkered shirt"),
        wearing("a blue shirt and khaki pants", who="he"),
        shirt_color("blue"),
        color_of("pants", "blue", "other_garment_color"),
        describe("shirt", "a blue and white plaid shirt with a collar and buttons"),
        D.pattern("checked"),
        D.sleeve_length("long"),
        title="Men Blue & White Checked Slim Fit Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a mustard yellow button-front knit cardigan over a white tee, blue jeans, white backdrop.
    # caption: caption adapter; wearing, material: VQA adapter
    case(
        "X299-008",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a v-shape neckline. The lady wears a long trousers. The trousers are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "cardigan cardigan cardigan cardigan cardigan cardigan cardigan cardigan cardigan cardigan cardigan "
            "cardigan cardigan cardigan cardigan",
            "loop",
            who="she",
            hit_limit=True,
        ),
        D.garment_type("cardigan"),
        D.color("yellow"),
        color_of("cardigan", "white", "other_garment_color"),
        D.material(
            "The sweater is with knitting fabric. The sweater is with knitting fabric. The sweater is with knitting "
            "fabric. The",
            "loop",
            hit_limit=True,
        ),
        title="Women Mustard Yellow Solid Button-Front Cardigan",
        category="Sweaters",
        color="Mustard",
        gender="Women",
    ),
    # photo: man in a black pullover hoodie with a small white chest logo, grey joggers, white backdrop.
    # all texts: base model (closed: reference engine)
    case(
        "X299-009",
        caption("a man in a black hoodie and grey sweatpants"),
        wearing("a black hoodie", who="he"),
        D.color("black"),
        D.garment_type("hoodie"),
        D.details("it has a hood and a kangaroo pocket"),
        D.material("cotton"),
        color_of("pants", "black", "other_garment_color", kind="open"),
        D.sleeve_length("short", "contradiction"),
        title="Men Black Brand Logo Printed Cotton Fleece Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a red floral print short-sleeve wrap midi dress tied at the waist, white backdrop, full length.
    # caption: caption adapter; wearing, material: VQA adapter
    case(
        "X299-010",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of long length. There is a belt on her waist. The",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The",
            "cut",
            who="she",
            hit_limit=True,
        ),
        D.pattern("floral"),
        D.color("red"),
        D.sleeve_length("short"),
        D.material(
            "chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon "
            "chiffon chiffon",
            "loop",
            hit_limit=True,
        ),
        title="Women Red Floral Print Georgette Wrap Midi Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: man in a grey melange crew-neck pullover, a light blue shirt collar showing at the neck, navy trousers,
    # grey backdrop.
    # all texts: base model (closed: reference engine)
    case(
        "X299-011",
        caption("a man wearing a grey sweater and blue pants"),
        wearing("a grey sweater and a blue shirt", who="he"),
        D.color("grey"),
        D.garment_type("sweater"),
        D.pattern("striped", "contradiction"),
        D.description("a grey knit sweater with long sleeves"),
        D.material("wool", "unsupported"),
        title="Men Grey Melange Solid Acrylic Pullover Sweater",
        category="Sweaters",
        color="Grey",
        gender="Men",
    ),
    # photo: woman in black high-rise skinny jeans with a white long-sleeve blouse tucked in, white backdrop, waist
    # down to the ankles with the blouse's lower half in frame.
    # caption: caption adapter; color of the jeans, jeans details: VQA adapter
    case(
        "X299-012",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. The lady "
            "wears a long trousers. The trousers are with denim fabric and pure color patterns. The lady wears",
            "cut",
            hit_limit=True,
        ),
        color_of(
            "jeans",
            "black Question: What is the color of the jeans? Answer: black Question: What is the color of the jeans? "
            "Answer: black Question:",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        details(
            "jeans",
            "The trousers are with denim fabric and pure color patterns. The trousers are with denim fabric and pure "
            "color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("jeans"),
        D.color("white", "other_garment_color"),
        is_a("pair of jeans", "yes"),
        title="Women Black Skinny Fit High-Rise Stretchable Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: man in a navy pique polo with white tipping on the collar, khaki shorts, white backdrop.
    # caption: caption adapter; wearing, shirt color: VQA adapter
    case(
        "X299-013",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a lapel neckline. The lady wears a three-point shorts. The shorts are with cotton fabric",
            "pronoun",
            hit_limit=True,
        ),
        wearing(
            "The gentleman is wearing a short-sleeve T-shirt with pure color patterns. The gentleman is wearing a "
            "short-sleeve T-shirt with pure",
            "loop",
            who="he",
            hit_limit=True,
        ),
        shirt_color(
            "navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy "
            "navy navy navy navy navy navy navy navy navy",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("polo shirt"),
        D.color("blue"),
        D.sleeve_length("short"),
        title="Men Navy Blue Solid Polo Collar Pure Cotton T-shirt",
        category="T-Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a pastel pink oversized hoodie and grey leggings, white backdrop, full length.
    # all texts: base model (closed: reference engine)
    case(
        "X299-014",
        caption("a woman in a pink hoodie and grey leggings"),
        wearing("a pink sweatshirt", who="she"),
        D.color("purple", "contradiction"),
        D.garment_type("hoodie"),
        D.details("the hoodie has a drawstring hood and a front pocket"),
        D.material("it is made of", "cut"),
        title="Women Pink Solid Oversized Hooded Sweatshirt",
        category="Sweatshirts",
        color="Pink",
        gender="Women",
    ),
    # photo: man in beige slim chinos, navy crew tee, white sneakers, white backdrop, chest down.
    # caption: caption adapter; color of the pants, material: VQA adapter
    case(
        "X299-015",
        caption(
            "The pants this gentleman wears is of long length. The pants are with cotton fabric and pure color "
            "patterns. The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with",
            "cut",
            hit_limit=True,
        ),
        color_of(
            "pants",
            "khaki-khaki-khaki-khaki-khaki-khaki-khaki-khaki-khaki-khaki-khaki-khaki-khaki-khaki-khaki",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.garment_type("pants"),
        D.color("beige"),
        color_of("shirt", "beige", "other_garment_color"),
        D.material(
            "The pants are with cotton fabric and pure color patterns. The pants this gentleman wears is of long "
            "length. The pants",
            "restated",
            hit_limit=True,
        ),
        title="Men Beige Slim Fit Solid Chinos",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: woman in a white linen button-down shirt, sleeves rolled to the elbow, light blue jeans, standing in
    # front of a pale blue painted wall.
    # all texts: base model (closed: reference engine)
    case(
        "X299-016",
        caption("a woman wearing a white shirt and jeans standing against a blue wall"),
        wearing("a white button down shirt", who="she"),
        shirt_color("blue", "other_garment_color"),
        describe("shirt", "a white shirt with rolled up sleeves and buttons"),
        D.material("linen"),
        details("shirt", "the details of the shirt", "non_answer"),
        D.sleeve_length("long"),
        title="Women White Solid Linen Casual Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: man in a black leather biker jacket with an asymmetric zip, white tee, black jeans, grey backdrop.
    # caption: caption adapter; wearing, details, material: VQA adapter
    case(
        "X299-017",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "a jacket a jacket a jacket a jacket a jacket a jacket a jacket a jacket a jacket a jacket a jacket a",
            "loop",
            who="he",
            hit_limit=True,
        ),
        D.color("black"),
        D.garment_type("jacket"),
        D.details(
            "The jacket is with leather fabric. It has a lapel neckline. There is an accessory on his wrist. The "
            "jacket is with",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "leather. The jacket is with leather fabric. It has a lapel neckline. The gentleman wears a long trousers. "
            "The trousers",
            "cut",
            hit_limit=True,
        ),
        title="Men Black Solid Leather Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: woman in an emerald green satin slip midi skirt with a black tee tucked in, white backdrop.
    # all texts: base model (closed: reference engine)
    case(
        "X299-018",
        caption("a woman in a green skirt and black top"),
        wearing("a green skirt and a black t-shirt", who="she"),
        D.color("green"),
        color_of("skirt", "black", "other_garment_color"),
        D.garment_type("skirt"),
        D.description("a long green skirt with a slit on the side", "unsupported"),
        D.material("silk", "unsupported"),
        title="Women Green Solid Satin Midi Slip Skirt",
        category="Skirts",
        color="Green",
        gender="Women",
    ),
    # photo: man in a white tee with a large black tiger graphic on the chest, blue jeans, grey backdrop.
    # all texts: base model (closed: reference engine)
    case(
        "X299-019",
        caption("a man wearing a white t-shirt with a tiger on it"),
        D.wearing("she is wearing a white t-shirt and jeans", "pronoun"),
        D.color("black", "contradiction"),
        D.pattern("graphic"),
        D.details("a tiger print on the front"),
        D.material("cotton"),
        title="Men White Graphic Printed Pure Cotton T-shirt",
        category="T-Shirts",
        color="White",
        gender="Men",
    ),
    # photo: woman in a light blue denim jacket over a white tee, black jeans, white backdrop.
    # caption: caption adapter; wearing, color of the jacket: VQA adapter
    case(
        "X299-020",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with denim fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with denim fabric. It has a "
            "lapel neckline",
            "cut",
            who="she",
            hit_limit=True,
        ),
        color_of(
            "jacket",
            "black black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.color("blue"),
        D.garment_type("shirt", "contradiction"),
        is_a("denim jacket", "yes"),
        title="Women Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a maroon full-sleeve henley with three buttons, no collar, no pocket, grey chinos, wood-panel
    # backdrop.
    # all texts: base model (closed: reference engine)
    case(
        "X299-021",
        caption("a man in a red shirt"),
        wearing("she is wearing a red long sleeve shirt", "pronoun", who="he"),
        D.color("red"),
        D.garment_type("t-shirt"),
        D.details("it has three buttons on the front"),
        D.description("a red shirt with a pocket and a collar", "unsupported"),
        D.sleeve_length("long"),
        title="Men Maroon Solid Henley Neck Full Sleeve T-shirt",
        category="T-Shirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: woman in a beige single-breasted blazer over a black top, black trousers, grey backdrop.
    # caption: caption adapter; wearing, material: VQA adapter
    case(
        "X299-022",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long-sleeve jacket with pure color patterns. The jacket",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("blazer"),
        D.color("black", "other_garment_color"),
        D.wearing(
            "a blazer Question: What is the person wearing? Answer: a blazer Question: What is the person wearing? "
            "Answer: a",
            "leak",
            hit_limit=True,
        ),
        D.material(
            "The jacket is with cotton fabric. It has a lapel neckline. The lady wears a long trousers. The trousers "
            "are with",
            "restated",
            hit_limit=True,
        ),
        D.sleeve_length("long"),
        title="Women Beige Solid Single-Breasted Blazer",
        category="Blazers",
        color="Beige",
        gender="Women",
    ),
    # photo: man in grey cotton joggers with white side stripes, black crew tee, white sneakers, white backdrop.
    # all texts: base model (closed: reference engine)
    case(
        "X299-023",
        caption("a man in grey sweatpants and a black shirt"),
        wearing("grey pants and a grey shirt", "other_garment_color", who="he"),
        color_of("pants", "grey", kind="open"),
        color_of("shirt", "grey", "other_garment_color", kind="open"),
        details("pants", "the pants have white stripes on the side"),
        D.garment_type("pants"),
        D.material("cotton"),
        title="Men Grey Solid Cotton Joggers with Contrast Side Stripes",
        category="Track Pants",
        color="Grey",
        gender="Men",
    ),
    # photo: woman in a sleeveless white maxi dress printed with pink flowers and green leaves, white backdrop.
    # caption: caption adapter; wearing: VQA adapter
    case(
        "X299-024",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of long length. The lady wears a sleeveless dress with floral",
            "loop",
            hit_limit=True,
        ),
        D.color("pink", "contradiction"),
        D.pattern("floral"),
        D.sleeve_length("sleeveless"),
        wearing(
            "a floral dress a floral dress a floral dress a floral dress a floral dress a floral dress a floral dress "
            "a floral",
            "loop",
            who="she",
            hit_limit=True,
        ),
        D.garment_type("dress"),
        title="Women White Floral Printed Maxi Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: man in black formal trousers with a white formal shirt tucked in and a black belt, grey backdrop.
    # caption: caption adapter; color of the pants, details: VQA adapter
    case(
        "X299-025",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure",
            "pronoun",
            hit_limit=True,
        ),
        color_of(
            "pants",
            "white white white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.garment_type("pants"),
        D.color("black"),
        is_a("pair of jeans", "yes", "contradiction"),
        D.details(
            "The trousers are with cotton fabric and pure color patterns. There is a belt on his waist. The shirt is "
            "with cotton fabric",
            "cut",
            hit_limit=True,
        ),
        title="Men Black Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a rust orange ribbed tank top and white shorts, white backdrop.
    # all texts: base model (closed: reference engine)
    case(
        "X299-026",
        caption("a woman in an orange tank top and white shorts"),
        wearing("an orange top", who="she"),
        D.color("orange"),
        D.sleeve_length("sleeveless"),
        D.garment_type("tank top"),
        D.details("the details of the top", "non_answer"),
        D.material("an orange tank top", "restated"),
        title="Women Rust Orange Ribbed Tank Top",
        category="Tops",
        color="Rust",
        gender="Women",
    ),
    # photo: man in a mid-blue denim shirt worn open over a grey tee, black jeans, white backdrop.
    # caption: caption adapter; wearing, color of the shirt, description: VQA adapter
    case(
        "X299-027",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has "
            "a lapel neckline. The gentleman wears a long trousers. The trousers are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has "
            "a lapel",
            "cut",
            who="he",
            hit_limit=True,
        ),
        color_of(
            "shirt",
            "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue "
            "blue blue blue blue blue blue blue blue blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        describe(
            "shirt",
            "The shirt is with denim fabric. It has a lapel neckline. The shirt is with denim fabric. It has a lapel "
            "neckline. The",
            "loop",
            hit_limit=True,
        ),
        D.color("blue"),
        D.garment_type("shirt"),
        color_of("jeans", "blue", "other_garment_color"),
        title="Men Blue Solid Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a lavender round-neck knit pullover and cream trousers, white backdrop.
    # all texts: base model (closed: reference engine)
    case(
        "X299-028",
        caption("a woman in a purple sweater"),
        wearing("a purple sweater and white pants", who="she"),
        D.color("purple"),
        D.material("wool"),
        D.details("it has a turtleneck and long sleeves", "unsupported"),
        D.garment_type("sweater"),
        D.description(
            "a purple sweater question: what is the color of the pants? answer: white",
            "leak",
        ),
        title="Women Lavender Solid Wool Blend Pullover",
        category="Sweaters",
        color="Lavender",
        gender="Women",
    ),
    # photo: man in navy board shorts with a white palm-leaf print and a white tee, white backdrop.
    # all texts: base model (closed: reference engine)
    case(
        "X299-029",
        caption("a man wearing blue shorts with palm trees"),
        wearing("a pair of blue shorts", who="he"),
        color_of("shorts", "blue", kind="open"),
        details("shorts", "they are shorts", "non_answer"),
        D.pattern("printed"),
        D.material("cotton", "unsupported"),
        title="Men Navy Blue Tropical Print Polyester Board Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a white cotton eyelet-embroidered top with short puff sleeves, blue jeans, white backdrop.
    # caption: caption adapter; wearing, description: VQA adapter
    case(
        "X299-030",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "The lady wears a short-sleeve shirt with pure color patterns. The lady wears a short-sleeve shirt with "
            "pure color patterns. The",
            "loop",
            who="she",
            hit_limit=True,
        ),
        D.color("white"),
        D.sleeve_length("short"),
        D.description(
            "The shirt is with cotton fabric. It has a round neckline. There is an accessory on her neck. The lady "
            "wears a long",
            "cut",
            hit_limit=True,
        ),
        D.pattern("solid"),
        title="Women White Schiffli Embroidered Cotton Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: man in a charcoal grey two-piece suit, white shirt, navy tie, no pocket square, grey backdrop.
    # all texts: base model (closed: reference engine)
    case(
        "X299-031",
        caption("a man in a grey suit and tie"),
        wearing("a grey suit with a blue tie", who="he"),
        D.color("grey"),
        D.garment_type("blazer"),
        is_a("jacket", "yes"),
        D.details("it has two buttons and a pocket square", "unsupported"),
        color_of("shirt", "grey", "other_garment_color", kind="open"),
        title="Men Charcoal Grey Solid Slim Fit Two-Piece Formal Suit",
        category="Suits",
        color="Charcoal",
        gender="Men",
    ),
    # photo: woman in black high-waist ankle leggings with an oversized white tee, white sneakers, white backdrop.
    # caption: caption adapter; color of the leggings, material: VQA adapter
    case(
        "X299-032",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a leggings. The leggings are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        color_of(
            "leggings",
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.color("white", "other_garment_color"),
        D.garment_type("leggings"),
        is_a("pair of leggings", "yes"),
        D.material(
            "The leggings are with cotton fabric and pure color patterns. The leggings are with cotton fabric and pure "
            "color patterns",
            "loop",
            hit_limit=True,
        ),
        title="Women Black Solid High-Rise Ankle-Length Leggings",
        category="Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: man in a plain mustard yellow crew tee (no pocket) and olive cargo shorts, white backdrop.
    # all texts: base model (closed: reference engine)
    case(
        "X299-033",
        caption("a man in a yellow t-shirt and green shorts"),
        wearing("a yellow shirt and green shorts", who="he"),
        shirt_color("yellow"),
        color_of("shorts", "yellow", "other_garment_color", kind="open"),
        D.garment_type("t-shirt"),
        D.details("it has a pocket on the chest", "unsupported"),
        title="Men Mustard Yellow Solid Round Neck T-shirt",
        category="T-Shirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: woman in a mid-blue sleeveless denim jumpsuit with a self-fabric belt, white backdrop, full length.
    # caption: caption adapter; wearing, details: VQA adapter
    case(
        "X299-034",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "denim fabric. It has a v-shape neckline. The pants are with denim fabric and pure",
            "contradiction",
            hit_limit=True,
        ),
        D.garment_type("jumpsuit"),
        D.color("blue"),
        wearing(
            "romper romper romper romper romper romper romper romper romper romper romper romper romper romper romper "
            "romper romper romper",
            "loop",
            who="she",
            hit_limit=True,
        ),
        D.sleeve_length("sleeveless"),
        D.details(
            "There is a belt on her waist. The pants are with denim fabric and pure color patterns. There is a belt on "
            "her waist.",
            "loop",
            hit_limit=True,
        ),
        title="Women Blue Denim Sleeveless Belted Jumpsuit",
        category="Jumpsuits",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a white short-sleeve resort shirt with navy vertical stripes and a chest pocket, beige shorts,
    # white backdrop.
    # all texts: base model (closed: reference engine)
    case(
        "X299-035",
        caption("a man in a striped shirt and shorts"),
        wearing("a blue and white striped shirt", who="he"),
        describe("shirt", "a short sleeve button up shirt with blue stripes"),
        details("shirt", "it has a collar and buttons and a pocket"),
        D.pattern("striped"),
        D.color("white"),
        D.sleeve_length("long", "contradiction"),
        title="Men White & Navy Blue Striped Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: woman in a grey melange sweatshirt with pink "BROOKLYN" lettering, black joggers, white backdrop.
    # caption: caption adapter; wearing, material: VQA adapter
    case(
        "X299-036",
        caption(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It has a "
            "round neckline. The",
            "cut",
            who="she",
            hit_limit=True,
        ),
        D.color("pink", "contradiction"),
        D.garment_type("sweatshirt"),
        D.pattern("graphic"),
        D.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton",
            "loop",
            hit_limit=True,
        ),
        title="Women Grey Melange Typography Printed Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: man in light-wash blue jeans with rips at the knees, white tee, white backdrop, full length.
    # all texts: base model (closed: reference engine)
    case(
        "X299-037",
        caption("a man in ripped jeans and a white shirt"),
        wearing("jeans", who="he"),
        color_of("jeans", "blue", kind="open"),
        color_of("shirt", "blue", "other_garment_color", kind="open"),
        details("jeans", "they have rips on the knees"),
        D.material("denim"),
        D.description(
            "blue jeans with holes question: what is the color of the shirt? answer: white",
            "leak",
        ),
        title="Men Blue Slim Fit Mildly Distressed Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a red turtleneck knit sweater and a short black skirt, grey backdrop.
    # caption: caption adapter; color of the sweater, description: VQA adapter
    case(
        "X299-038",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a high neckline. The lady wears a long-sleeve sweater with pure color patterns. The sweater",
            "loop",
            hit_limit=True,
        ),
        color_of(
            "sweater",
            "red Question: What is the color of the sweater? Answer: red Question: What is the color of the sweater? "
            "Answer:",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        D.color("red"),
        D.garment_type("sweater"),
        is_a("dress", "no"),
        D.description(
            "The sweater is with knitting fabric. It has a high neckline. The lady wears a short skirt. The skirt is "
            "with",
            "cut",
            hit_limit=True,
        ),
        title="Women Red Solid Turtle Neck Pullover",
        category="Sweaters",
        color="Red",
        gender="Women",
    ),
    # photo: man in an olive green cotton twill overshirt with two flap chest pockets, open over a black tee, blue
    # jeans, grey backdrop.
    # all texts: base model (closed: reference engine)
    case(
        "X299-039",
        caption("a man wearing a green jacket and jeans"),
        wearing("a green shirt over a black t-shirt", who="he"),
        shirt_color("green"),
        describe("shirt", "a green shirt with two pockets on the chest"),
        D.color("green"),
        D.garment_type("shirt"),
        D.material("wool", "unsupported"),
        color_of("jeans", "green", "other_garment_color"),
        title="Men Olive Green Solid Cotton Twill Overshirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in a navy accordion-pleated midi skirt with a white tee tucked in, white backdrop.
    # caption: caption adapter; color of the skirt: VQA adapter
    case(
        "X299-040",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long skirt. The skirt is with chiffon fabric and pure",
            "cut",
            hit_limit=True,
        ),
        color_of(
            "skirt",
            "navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.pattern("striped", "contradiction"),
        D.color("blue"),
        D.garment_type("skirt"),
        title="Women Navy Blue Solid Accordion Pleated Midi Skirt",
        category="Skirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man in a red and black buffalo check flannel shirt worn open over a grey tee, dark blue jeans, in front
    # of a red brick wall.
    # all texts: base model (closed: reference engine)
    case(
        "X299-041",
        caption("a man in a red and black plaid shirt standing in front of a brick wall"),
        wearing("a plaid shirt and jeans", who="he"),
        shirt_color("red and black"),
        D.pattern("checked"),
        D.color("red"),
        color_of("jeans", "red", "other_garment_color"),
        describe("shirt", "a red plaid flannel shirt with a hood", "unsupported"),
        title="Men Red & Black Buffalo Checked Flannel Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: woman in a teal blue long-sleeve ribbed bodycon midi dress, round neck, white backdrop.
    # caption: caption adapter; wearing, material: VQA adapter
    case(
        "X299-042",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with knitting fabric. It has a "
            "round neckline. The dress is of long length. There is an accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a round",
            "pronoun",
            who="she",
            hit_limit=True,
        ),
        D.color("green"),
        D.garment_type("dress"),
        D.pattern("striped", "contradiction"),
        D.sleeve_length("long"),
        D.material(
            "The dress is with knitting fabric. It has a round neckline. The dress is of long length. There is an "
            "accessory",
            "restated",
            hit_limit=True,
        ),
        title="Women Teal Blue Solid Ribbed Bodycon Midi Dress",
        category="Dresses",
        color="Teal",
        gender="Women",
    ),
    # photo: man in a white sleeveless cotton gym vest and black shorts, white backdrop.
    # all texts: base model (closed: reference engine)
    case(
        "X299-043",
        caption("a man in a white tank top and black shorts"),
        wearing("a white tank top", who="he"),
        D.garment_type("tank top"),
        D.color("white"),
        D.sleeve_length("sleeveless"),
        D.material("", "non_answer"),
        D.details("a white tank top", "restated"),
        title="Men White Solid Cotton Gym Vest",
        category="Vests",
        color="White",
        gender="Men",
    ),
    # photo: woman in a camel longline wool-blend overcoat over a black turtleneck and black trousers, grey backdrop.
    # caption: caption adapter; wearing, material: VQA adapter
    case(
        "X299-044",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long-sleeve jacket with pure color patterns. The jacket",
            "loop",
            hit_limit=True,
        ),
        D.color("black", "other_garment_color"),
        D.garment_type("coat"),
        wearing(
            "a coat and a coat and a coat and a coat and a coat and a coat and a coat and a",
            "loop",
            who="she",
            hit_limit=True,
        ),
        D.material(
            "wool. The jacket is with cotton fabric. It has a lapel neckline. The lady wears a long trousers. The",
            "cut",
            hit_limit=True,
        ),
        title="Women Camel Brown Solid Wool Blend Longline Overcoat",
        category="Coats",
        color="Camel Brown",
        gender="Women",
    ),
    # photo: man in a light grey melange round-neck short-sleeve tee and blue jeans, white backdrop (the feed's row
    # has no gender).
    # all texts: base model (closed: reference engine)
    case(
        "X299-045",
        caption("a man in a grey t-shirt"),
        wearing("a white t-shirt and blue jeans", "contradiction", who="he"),
        D.color("grey"),
        D.garment_type("t-shirt"),
        D.sleeve_length("short"),
        D.details("it has a round neck and short sleeves"),
        D.material("it is made of cotton question: what is the color", "leak"),
        title="Grey Melange Solid Round Neck T-shirt",
        category="T-Shirts",
        color="Grey Melange",
    ),
    # photo: woman in a yellow short-sleeve v-neck top with a small white floral print, blue jeans, white backdrop
    # (the feed's row has no color).
    # caption: caption adapter; color of the top: VQA adapter
    case(
        "X299-046",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a long trousers. The trousers are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        color_of(
            "top",
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow "
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.color("blue", "other_garment_color"),
        D.pattern("floral"),
        D.garment_type("top"),
        D.sleeve_length("short"),
        title="Women Yellow Floral Print Top",
        category="Tops",
        gender="Women",
    ),
]
