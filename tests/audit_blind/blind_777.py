"""BLIND_777 (46 products; older Myntra feed, short titles, men's and women's catalog, caption adapter epoch 3): written
blind in the fifty-fifth session. Measured blind at d6ee66b (the session's seventh rules): 113/126 failures found
(89.7%) and 11/183 correct texts flagged (6.0%). The writer's notes, verbatim:

Scenario: the older Myntra catalog feed of the shared photos' kind: short seller titles ("Puma Men Black Shorts"),
seller article_type as the category, base_colour as the color, Men and Women rows mixed. Photos are 224x224 product
shots on a white backdrop, mostly worn by a model who also wears other clothes (jeans under a shirt, a tee under a
jacket, leggings under a kurta); bottoms are often shot waist-down with a shirt hem showing. Two rows lack a column
(X777-043 has no base_colour, X777-046 no article_type), as real feeds do.

Who wrote what: every text comes from the caption adapter at epoch 3 (Data2_V2_Blip2_Finetune_Caption on
blip2-opt-2.7b). Captions and open answers are its free generation (50 and 30 new tokens); closed answers are
enrich's --engine reference ranking the candidates with the same model, so they are one clean value each. The
adapter writes the DeepFashion template ("This man wears a short-sleeve T-shirt with pure color patterns. The
T-shirt is with cotton fabric. It has a crew neckline."), names no hues in template sentences, calls kurtas a
"shirt" or "dress", invents accessories (wrist accessory, ring, hat, glasses), and, having no end token, runs on
into loops or a cut at the limit on long outputs. Short answers still stop at a newline now and then (the base
model's habit survives the LoRA), so some short open answers are clean. It returns the template to open color
questions, echoes the `Question: ... Answer:` format it was trained on, and sometimes says he/she wrongly.

Labeling conventions and judgement calls:
- One failure label per text. Precedence: leak > loop > cut > the content kinds; a looping or leaking text that also
  hit the limit keeps the loop/leak label with hit_limit=True. A text that ran to the limit always has hit_limit=True.
- A kurta called "dress" or "shirt" (or a denim jacket called "shirt", a cardigan called "jacket") is a
  contradiction: the seller's category says otherwise. Inside a cut caption the cut label wins.
- A color answer that names a different garment's color (jeans, the tee under a jacket, leggings, a tucked shirt)
  is other_garment_color. A wrong color of a part of the product itself (print, stripe, panel, dot, hood lining) or of
  nothing in the photo is a contradiction.
- Shades within the seller's color family are correct: "white" for Cream, "purple" for Lavender, "pink" for Peach,
  "beige" for Khaki, "mustard" for Mustard/Yellow. X777-033's seller says Brown but the kurta is plainly rust: "rust"
  and "orange" are labelled correct because they are right for the photo.
- For a Multi or missing-color printed item, naming a dominant print color is correct.
- A small chest logo leaves the pattern "solid" (closed) and the template's "graphic patterns" both correct.
- Material: the usual fabric of the garment (cotton shirt, denim jeans, knit sweater, fleece sweatshirt, chiffon
  for a flowing dress/top) counts as correct; a fabric nothing in the photo supports (wool summer top, leather shirt,
  denim polo, leather quilted jacket) is unsupported. Invented pockets, hoods, rips, pleats, accessories,
  back details not in view are unsupported.
- Sleeves rolled to the elbow are still long sleeves; "short sleeves" for them is a contradiction.
- non_answer: empty of content for an open question: a yes/no, a single color word for "Describe", "they are
  shorts", or the template's "pure color patterns" sentence returned to a color question. restated: the answer is
  the question's own phrasing handed back ("he is wearing", "what are the trousers details").
- pronoun: he/she (man/lady/gentleman) contrary to the row's gender; prompts use he/she matching the gender or
  "the person".
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_777 = [
    # photo: man, navy crew-neck short-sleeve tee with small white logo on chest, light blue jeans, white backdrop,
    # front view cropped at the thighs. All texts: caption adapter epoch 3 (closed via reference engine).
    case(
        "X777-001",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric. It has a crew neckline. The pants are with denim fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("navy blue"),
        wearing("a navy blue t-shirt and blue jeans", who="he"),
        color_of("shirt", "dark blue", kind="open"),
        details("shirt", "The T-shirt has a V-shape neckline.", "contradiction"),
        title="Puma Men Solid Navy Blue Tshirts",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman, coral-pink sleeveless top with ruffled round neckline, white skinny jeans, silver bracelet on the
    # right wrist, hand on hip, white backdrop, front view. Caption adapter epoch 3.
    case(
        "X777-002",
        caption(
            "The lady wears a sleeveless top with pure color patterns. The top is with chiffon fabric. It has a "
            "round neckline. There is an accessory on her wrist."
        ),
        Q.garment_type("top"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        wearing(
            "She wears a sleeveless tank top with pure color patterns and a long trousers. The tank top is with "
            "chiffon fabric. It has a",
            "cut",
            who="she",
            hit_limit=True,
        ),
        describe("top", "a pink sleeveless top with ruffles at the neckline"),
        Q.material("wool", "unsupported"),
        title="Vero Moda Women Pink Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: man, blue-and-white checked long-sleeve shirt, sleeves rolled to the elbows, dark grey chinos, white
    # backdrop, front view. Caption adapter epoch 3.
    case(
        "X777-003",
        caption(
            "This gentleman wears a long-sleeve shirt with plaid patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears long pants. The pants are with cotton fabric and solid color patterns."
        ),
        Q.garment_type("shirt"),
        Q.pattern("checked"),
        Q.sleeve_length("short sleeves", "contradiction"),
        color_of("shirt", "grey", "other_garment_color", kind="open"),
        details("shirt", "The shirt has plaid patterns and a lapel neckline. The sleeves are rolled up."),
        Q.material("Answer: cotton", "leak"),
        title="Wrangler Men Checks Blue Shirts",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: woman, knee-length maroon kurta with small gold block-printed motifs, full sleeves, round neck, white
    # churidar leggings, white backdrop, front view. Caption adapter epoch 3.
    case(
        "X777-004",
        caption(
            "Her upper clothing has long sleeves, cotton fabric and graphic patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an "
            "accessory on",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("kurta"),
        Q.color("maroon"),
        is_a("dress", "yes", "contradiction"),
        wearing("a maroon kurta with white leggings", who="she"),
        color_of("leggings", "white"),
        details(
            "kurta",
            "Her upper clothing has long sleeves, cotton fabric and graphic patterns. Her upper clothing has long "
            "sleeves, cotton fabric and graphic",
            "loop",
            hit_limit=True,
        ),
        title="Fabindia Women Printed Maroon Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: waist-down shot, mid-blue faded slim jeans, hem of a white tee at the top, black shoes, white backdrop.
    # Caption adapter epoch 3.
    case(
        "X777-005",
        caption(
            "The lower clothing is of long length. The fabric is denim and it has pure color patterns. The lower "
            "clothing is of long length. The fabric is denim and it has pure color patterns. The lower clothing",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("jeans"),
        Q.color("blue"),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        describe("jeans", "The pants are with denim fabric and pure color patterns. The pants are of long length."),
        details("jeans", "they are jeans", "non_answer"),
        title="Lee Men Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: woman, sleeveless knee-length navy dress with a white-and-pink floral print, thin brown belt at the
    # waist, nude heels, white backdrop, full length front view. Caption adapter epoch 3.
    case(
        "X777-006",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a round "
            "neckline. The dress is of knee length. The lady wears a belt."
        ),
        Q.garment_type("dress"),
        Q.pattern("floral"),
        Q.color("white", "contradiction"),
        Q.material("chiffon"),
        wearing("a floral dress with a brown belt", who="she"),
        details(
            "dress",
            "The dress has a zipper at the back and two pockets on the sides. There is a bow at the waist.",
            "unsupported",
        ),
        title="Mango Women Floral Print Blue Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: man, grey melange crew-neck sweatshirt with a small black swoosh on the chest, ribbed cuffs, black
    # track pants, white backdrop, front view. Caption adapter epoch 3.
    case(
        "X777-007",
        caption(
            "This man wears a long-sleeve sweater with graphic patterns and a long pants. The sweater is with cotton "
            "fabric. It has a round neckline. The pants are with cotton fabric and pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("sweatshirt"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        color_of("sweatshirt", "grey", kind="open"),
        wearing("a grey sweatshirt and black pants", who="he"),
        details(
            "sweatshirt",
            "The sweater has a round neckline and ribbed cuffs. There is a logo on the chest. The sweater is with "
            "cotton fabric. The sweater",
            "cut",
            hit_limit=True,
        ),
        title="Nike Men Grey Melange Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman, black skinny jeans, loose white sleeveless top, black ankle boots, white backdrop, full length.
    # Caption adapter epoch 3.
    case(
        "X777-008",
        caption(
            "This man wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The man wears long pants. The pants are with denim fabric and pure color patterns.",
            "pronoun",
        ),
        Q.garment_type("jeans"),
        Q.color("black"),
        is_a("jeans", "yes", article="a pair of"),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        wearing("a white tank top and black jeans", who="she"),
        details(
            "jeans",
            "The jeans are with denim fabric. Question: What are the jeans details? Answer: The jeans are with denim "
            "fabric. Question:",
            "leak",
            hit_limit=True,
        ),
        title="Jealous 21 Women Black Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: man, long cream cotton kurta with a mandarin collar and a wooden-button placket, full sleeves, white
    # pyjama, white backdrop, front view. Caption adapter epoch 3.
    case(
        "X777-009",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand neckline. The gentleman wears long pants. The pants are with cotton fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("shirt", "contradiction"),
        Q.color("white"),
        Q.sleeve_length("long sleeves"),
        wearing("she is wearing a white kurta and white pajamas", "pronoun", who="the person"),
        describe("kurta", "a long white kurta with a mandarin collar and buttons down the front"),
        title="Fabindia Men Cream Kurta",
        category="Kurtas",
        color="Cream",
        gender="Men",
    ),
    # photo: woman, lavender short-sleeve fitted tee with a small white swoosh on the chest, black capri leggings,
    # hand on hip, white backdrop. Caption adapter epoch 3.
    case(
        "X777-010",
        caption(
            "The female wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The female wears a three-point pants. The pants are with cotton fabric and pure color "
            "patterns."
        ),
        Q.garment_type("t-shirt"),
        Q.color("purple"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves", "contradiction"),
        color_of("t-shirt", "black", "other_garment_color", kind="open"),
        wearing(
            "The female wears a short-sleeve T-shirt with graphic patterns. The female wears a short-sleeve T-shirt "
            "with graphic patterns. The",
            "loop",
            who="she",
            hit_limit=True,
        ),
        title="Nike Women Lavender T-shirt",
        category="Tshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: waist-down, khaki flat-front trousers, brown leather belt, light blue shirt tucked in, brown shoes,
    # white backdrop; no hands in view. Caption adapter epoch 3.
    case(
        "X777-011",
        caption(
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an "
            "accessory on his wrist. He wears a ring.",
            "unsupported",
        ),
        Q.garment_type("trousers"),
        Q.color("blue", "other_garment_color"),
        color_of("trousers", "beige", kind="open"),
        details(
            "trousers",
            "The trousers have pleats in the front and cuffs at the bottom. There are two back pockets with buttons.",
            "unsupported",
        ),
        wearing("a blue shirt and khaki pants with a brown belt", who="he"),
        title="Arrow Men Khaki Trousers",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: woman, black pleated mini skirt, grey melange short-sleeve tee tucked in, black ballet flats, bare
    # wrists, no glasses, white backdrop. Caption adapter epoch 3.
    case(
        "X777-012",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a short skirt. The T-shirt is with "
            "cotton fabric. There is an accessory on her wrist. The lady wears glasses.",
            "unsupported",
        ),
        Q.garment_type("skirt"),
        Q.color("grey", "other_garment_color"),
        Q.pattern("solid"),
        describe("skirt", "a black pleated mini skirt"),
        color_of("skirt", "black", kind="open"),
        title="ONLY Women Black Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: man, brown leather-look biker jacket worn open over a white crew tee, blue jeans, no hood, no glasses,
    # no watch, white backdrop. Caption adapter epoch 3.
    case(
        "X777-013",
        caption(
            "This man wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. It has "
            "a lapel neckline. The man wears glasses. There is an accessory on his wrist.",
            "unsupported",
        ),
        Q.garment_type("jacket"),
        Q.color("white", "other_garment_color"),
        color_of("jacket", "brown", kind="open"),
        wearing("He is wearing a brown leather jacket over a white t-shirt and blue jeans", who="he"),
        details(
            "jacket",
            "The jacket has a zipper on the front and two pockets on the chest. There is a hood on the back of the "
            "jacket.",
            "unsupported",
        ),
        title="Wrangler Men Brown Jacket",
        category="Jackets",
        color="Brown",
        gender="Men",
    ),
    # photo: woman, olive long-sleeve shirt with roll-up tabs and two flap chest pockets, dark blue jeans, hair tied
    # back, white backdrop. Caption adapter epoch 3.
    case(
        "X777-014",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears long pants. The pants are with denim fabric and pure color "
            "patterns.",
            "pronoun",
        ),
        Q.garment_type("shirt"),
        Q.color("green"),
        color_of("shirt", "blue", "other_garment_color", kind="open"),
        wearing("an olive green shirt and jeans", who="she"),
        details("shirt", "The shirt has two pockets on the chest and buttons on the front."),
        Q.material("The shirt is with leather fabric.", "unsupported"),
        title="Arrow Woman Hallie Olive Shirt",
        category="Shirts",
        color="Olive",
        gender="Women",
    ),
    # photo: waist-down, black knit athletic shorts above the knee with a white side stripe and small white logo,
    # hem of a grey tee, white sneakers, white backdrop. Caption adapter epoch 3.
    case(
        "X777-015",
        caption("The lower clothing is of medium short length. The fabric is cotton and it has pure color patterns."),
        Q.garment_type("shorts"),
        Q.color("black"),
        is_a("shorts", "no", "contradiction", article="a pair of"),
        details("shorts", "they are short", "non_answer"),
        color_of("shorts", "grey", "other_garment_color", kind="open"),
        Q.material("polyester"),
        title="Puma Men Black Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: woman, green A-line calf-length kurta with a white and yellow floral print, three-quarter sleeves,
    # white leggings, white backdrop, full length. Caption adapter epoch 3.
    case(
        "X777-016",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of long length. The lady wears long leggings. The leggings",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("kurta"),
        Q.color("green"),
        Q.pattern("floral"),
        wearing("She is wearing a green dress with white flowers on it and white pants", "contradiction", who="she"),
        describe(
            "kurta",
            "The kurta is with cotton fabric and it has floral patterns. The kurta is with cotton fabric and it has "
            "floral patterns. The kurta",
            "loop",
            hit_limit=True,
        ),
        title="Biba Women Green Printed Kurta",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: man, white short-sleeve tee with a large black-and-red motorcycle print across the chest, dark indigo
    # jeans, white backdrop. Caption adapter epoch 3.
    case(
        "X777-017",
        caption(
            "This man wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with cotton "
            "fabric. It has a round neckline. The pants are with denim fabric and pure color patterns."
        ),
        Q.garment_type("t-shirt"),
        Q.color("white"),
        Q.pattern("solid", "contradiction"),
        describe("shirt", "a white t-shirt with a picture of a motorcycle on it"),
        color_of("shirt", "black", "contradiction", kind="open"),
        wearing("he is wearing", "restated", who="he"),
        title="Flying Machine Men Printed White Tshirts",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: woman, red cable-knit crew-neck long-sleeve sweater with ribbed cuffs, blue jeans, white backdrop.
    # Caption adapter epoch 3.
    case(
        "X777-018",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The lady wears long pants."
        ),
        Q.garment_type("sweater"),
        Q.color("red"),
        Q.sleeve_length("long sleeves"),
        Q.material("The sweater is with knitting fabric."),
        color_of("sweater", "blue", "other_garment_color", kind="open"),
        details(
            "sweater",
            "The sweater has a cable knit pattern on the front and ribbed cuffs. The sweater is with knitting "
            "fabric. It has a round neckline. The sweater",
            "cut",
            hit_limit=True,
        ),
        title="United Colors of Benetton Women Red Sweater",
        category="Sweaters",
        color="Red",
        gender="Women",
    ),
    # photo: waist-down, navy track pants with three white stripes down the sides and elastic cuffs, hem of a grey
    # tee, black sneakers, white backdrop. Caption adapter epoch 3.
    case(
        "X777-019",
        caption(
            "The lower clothing is of long length. The fabric is cotton and it has stripe patterns. The lower "
            "clothing is of long length. The fabric is cotton and it has stripe patterns. The lower clothing is of "
            "long",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("track pants"),
        Q.color("navy blue"),
        Q.pattern("striped"),
        is_a("jeans", "yes", "contradiction", article="a pair of"),
        color_of("pants", "white", "contradiction", kind="open"),
        describe(
            "pants",
            "The pants are with cotton fabric and stripe patterns. There are three stripes on the sides. Question: "
            "Describe the pants. Answer: The",
            "leak",
            hit_limit=True,
        ),
        title="Adidas Men Navy Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman, mustard-yellow short-sleeve peplum top with a round neck, black trousers, white backdrop.
    # Caption adapter epoch 3.
    case(
        "X777-020",
        caption(
            "The lady wears a short-sleeve blouse with pure color patterns. The blouse is with chiffon fabric. It has "
            "a round neckline. The lady wears long trousers. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        Q.garment_type("top"),
        Q.color("mustard"),
        wearing("a yellow top and black pants", who="she"),
        describe("top", "yellow", "non_answer"),
        details("top", "The top has a peplum waist and a round neckline."),
        title="Tokyo Talkies Women Yellow Top",
        category="Tops",
        color="Yellow",
        gender="Women",
    ),
    # photo: man, white long-sleeve formal shirt with thin blue vertical stripes, tucked into charcoal trousers,
    # black belt, white backdrop. Caption adapter epoch 3.
    case(
        "X777-021",
        caption(
            "This man wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The man wears long trousers. The trousers are with cotton fabric and pure color patterns. He "
            "wears a",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("shirt"),
        Q.color("white"),
        Q.pattern("striped"),
        color_of("shirt", "grey", "other_garment_color", kind="open"),
        details("shirt", "The shirt has thin blue stripes, a pointed collar and a chest pocket."),
        wearing("He is wearing a white shirt with blue stripes and grey pants with a black belt", who="he"),
        title="Peter England Men Stripes White Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: woman, black quilted padded jacket zipped up, hood lined with grey-white faux fur (hood down), blue
    # jeans, white backdrop. Caption adapter epoch 3.
    case(
        "X777-022",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. The lady "
            "wears a hat. The lady wears long pants. The pants are with denim fabric and pure color patterns.",
            "unsupported",
        ),
        Q.garment_type("jacket"),
        Q.color("black"),
        Q.material("leather", "unsupported"),
        wearing("a black jacket with a fur hood and blue jeans", who="she"),
        color_of("jacket", "grey", "contradiction", kind="open"),
        details("jacket", "the jacket details", "restated"),
        title="Fort Collins Women Black Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: waist-down, dark indigo slim jeans, brown belt, hem of a black tee, left hand at the pocket with a
    # steel watch, brown boots, white backdrop. Caption adapter epoch 3.
    case(
        "X777-023",
        caption(
            "The lower clothing is of long length. The fabric is denim and it has pure color patterns. The man wears "
            "a belt. There is an accessory on his wrist."
        ),
        Q.garment_type("jeans"),
        Q.color("black", "other_garment_color"),
        details(
            "jeans",
            "The jeans are with denim fabric. There are two pockets in the front and a small rip on the left knee.",
            "unsupported",
        ),
        color_of("jeans", "dark blue", kind="open"),
        Q.material("denim"),
        title="Levis Men Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: woman, peach V-neck short-sleeve plain tee, light grey track pants, white backdrop, front view.
    # Caption adapter epoch 3.
    case(
        "X777-024",
        caption(
            "The female wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a V-shape neckline. The female wears long pants."
        ),
        Q.garment_type("t-shirt"),
        Q.color("pink"),
        Q.pattern("striped", "contradiction"),
        color_of("t-shirt", "light pink", kind="open"),
        wearing("he is wearing a pink t-shirt and grey pants", "pronoun", who="the person"),
        details(
            "t-shirt",
            "The T-shirt is with cotton fabric. It has a V-shape neckline. Question: What are the t-shirt details? "
            "Answer: The T-shirt is with",
            "leak",
            hit_limit=True,
        ),
        title="Proline Women Peach T-shirt",
        category="Tshirts",
        color="Peach",
        gender="Women",
    ),
    # photo: man, charcoal grey V-neck sweater over a white collared shirt (collar showing), black trousers, white
    # backdrop. Caption adapter epoch 3.
    case(
        "X777-025",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a round neckline. The gentleman wears long trousers. The trousers are with cotton fabric and "
            "pure color patterns.",
            "contradiction",
        ),
        Q.garment_type("sweater"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("long sleeves"),
        wearing("a grey sweater over a white shirt and black pants", who="he"),
        color_of("sweater", "grey", kind="open"),
        details(
            "sweater",
            "The sweater has a v-neck and a collar. The sweater has a v-neck and a collar. The sweater has a v-neck "
            "and a collar.",
            "loop",
            hit_limit=True,
        ),
        title="Scullers Men Charcoal Sweater",
        category="Sweaters",
        color="Charcoal",
        gender="Men",
    ),
    # photo: woman, beige wide-leg trousers with front pleats, black sleeveless top tucked in, thin black belt,
    # white backdrop, full length. Caption adapter epoch 3.
    case(
        "X777-026",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long trousers. The tank top is with "
            "cotton fabric. The trousers are with cotton fabric and pure color patterns. The lady wears a belt. There "
            "is",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("trousers"),
        Q.color("black", "other_garment_color"),
        color_of("trousers", "beige", kind="open"),
        describe(
            "trousers", "The trousers are with cotton fabric and pure color patterns. The trousers are of long length."
        ),
        wearing("she is wearing a black top and a pair of beige pants", who="she"),
        details("trousers", "what are the trousers details", "restated"),
        title="Vero Moda Women Beige Trousers",
        category="Trousers",
        color="Beige",
        gender="Women",
    ),
    # photo: man, red pique polo with white collar tipping and two white buttons, short sleeves, grey chinos, white
    # backdrop. Caption adapter epoch 3.
    case(
        "X777-027",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a lapel neckline. The man wears long pants."
        ),
        Q.garment_type("t-shirt"),
        Q.color("red"),
        is_a("polo shirt", "yes"),
        wearing("a red polo shirt and grey pants", who="he"),
        color_of("shirt", "red Question: Is this a polo shirt? Answer: yes", "leak", kind="open"),
        describe(
            "shirt",
            "The shirt is red. The shirt is red. The shirt is red. The shirt is red. The shirt is red. The shirt is",
            "loop",
            hit_limit=True,
        ),
        Q.material("The shirt is with denim fabric.", "unsupported"),
        title="Lotto Men Red Polo Tshirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: woman, black short-sleeve knee-length bodycon dress with small white polka dots, black heels, white
    # backdrop. Caption adapter epoch 3.
    case(
        "X777-028",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of knee length. The lady wears a short-sleeve dress with graphic patterns. "
            "The dress",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        Q.color("black"),
        color_of("dress", "white", "contradiction", kind="open"),
        wearing("a black and white polka dot dress", who="she"),
        details("dress", "The dress has white polka dots, short sleeves and a round neckline."),
        title="Jealous 21 Women Black Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: man, navy zip-up track jacket half zipped, stand collar, red-and-white stripe panels on the sleeves, grey
    # tee beneath, black track pants, white backdrop. Caption adapter epoch 3.
    case(
        "X777-029",
        caption(
            "This man wears a long-sleeve jacket with color block patterns. The jacket is with cotton fabric. It has "
            "a stand neckline. The man wears long pants. The pants are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("jacket"),
        Q.color("red", "contradiction"),
        color_of("jacket", "black", "other_garment_color", kind="open"),
        wearing(
            "This man wears a long-sleeve jacket with color block patterns. The jacket is with cotton fabric. It has "
            "a stand neckline. The man",
            "cut",
            who="he",
            hit_limit=True,
        ),
        details("jacket", "There is a zipper on the front. There are red and white stripes on the sleeves."),
        title="Fila Men Navy Blue Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman, knee-length flared skirt with an orange and white paisley print on a blue ground, white
    # sleeveless top tucked in, tan sandals, bare hands (no rings), white backdrop. Caption adapter epoch 3.
    case(
        "X777-030",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a skirt. The tank top is with cotton "
            "fabric. The skirt is with chiffon fabric and graphic patterns."
        ),
        Q.garment_type("skirt"),
        Q.color("blue"),
        Q.pattern("printed"),
        describe(
            "skirt",
            "The skirt is with chiffon fabric and graphic patterns. The skirt is of knee length. The lady wears a "
            "ring on her finger.",
            "unsupported",
        ),
        color_of("skirt", "The skirt is with chiffon fabric and graphic patterns.", "non_answer", kind="open"),
        wearing("a white tank top and a blue skirt with a print", who="she"),
        title="Mango Women Printed Multi Skirt",
        category="Skirts",
        color="Multi",
        gender="Women",
    ),
    # photo: man, mustard-yellow slim long-sleeve shirt buttoned up, dark blue jeans, white backdrop.
    # Caption adapter epoch 3.
    case(
        "X777-031",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric. It has a lapel neckline. The pants are with denim fabric and pure color patterns."
        ),
        Q.garment_type("shirt"),
        Q.color("orange", "contradiction"),
        Q.sleeve_length("long sleeves"),
        color_of("shirt", "yellow", kind="open"),
        wearing("she is wearing a yellow shirt and blue jeans", "pronoun", who="the person"),
        details(
            "shirt",
            "The shirt is with cotton fabric. It has a lapel neckline. The shirt is with cotton fabric. It has a "
            "lapel neckline. The shirt",
            "loop",
            hit_limit=True,
        ),
        title="Basics Men Mustard Slim Fit Shirt",
        category="Shirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: woman, light blue denim shorts with a frayed hem, navy-and-white striped tank top tucked in, white
    # backdrop, thigh-up view. Caption adapter epoch 3.
    case(
        "X777-032",
        caption(
            "The lady wears a sleeveless tank top with stripe patterns and a medium short shorts. The tank top is "
            "with cotton fabric. The shorts are with denim fabric and pure color patterns."
        ),
        Q.garment_type("shorts"),
        Q.color("blue"),
        is_a("shorts", "yes", article="a pair of"),
        details("shorts", "The shorts have a frayed hem and are of medium short length."),
        color_of("shorts", "navy blue", "other_garment_color", kind="open"),
        wearing("a striped tank top and denim shorts", who="she"),
        Q.material("denim"),
        title="Levis Women Blue Shorts",
        category="Shorts",
        color="Blue",
        gender="Women",
    ),
    # photo: man, rust-brown knee-length kurta with self-woven stripes, mandarin collar, full sleeves, no pocket,
    # white churidar, bare wrists, white backdrop (seller calls it Brown). Caption adapter epoch 3.
    case(
        "X777-033",
        caption(
            "This man wears a long-sleeve shirt with stripe patterns and a long pants. The shirt is with cotton "
            "fabric. It has a stand neckline. The pants are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        Q.garment_type("kurta"),
        Q.color("rust"),
        is_a("kurta", "yes"),
        wearing("a brown kurta and white pants", who="he"),
        color_of("kurta", "orange", kind="open"),
        details(
            "kurta",
            "The kurta has stripes and a mandarin collar. There is a pocket on the chest and an accessory on his "
            "wrist.",
            "unsupported",
        ),
        title="Fabindia Men Brown Kurta",
        category="Kurtas",
        color="Brown",
        gender="Men",
    ),
    # photo: woman, navy-and-white horizontal striped long-sleeve boat-neck top, red skinny trousers, white backdrop.
    # Caption adapter epoch 3.
    case(
        "X777-034",
        caption(
            "The female wears a long-sleeve T-shirt with stripe patterns and a long pants. The T-shirt is with cotton "
            "fabric. It has a round neckline. The pants are with cotton fabric and pure color patterns. The female",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("top"),
        Q.color("red", "other_garment_color"),
        Q.pattern("striped"),
        color_of("top", "navy blue and white", kind="open"),
        describe("top", "a navy and white striped top with long sleeves"),
        wearing("Question: What is she wearing? Answer: a striped shirt and red pants", "leak", who="she"),
        title="Mango Women Navy Blue Striped Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man, black pullover hoodie (hood down) with kangaroo pocket, white drawstrings and a large white PUMA
    # text print on the chest, blue jeans, no cap or hat, white backdrop. Caption adapter epoch 3.
    case(
        "X777-035",
        caption(
            "This man wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. The man "
            "wears a hat. The man wears long pants. The pants are with denim fabric and pure color patterns.",
            "unsupported",
        ),
        Q.garment_type("sweatshirt"),
        Q.color("black"),
        Q.pattern("printed"),
        color_of("sweatshirt", "white", "contradiction", kind="open"),
        details(
            "sweatshirt",
            "The sweatshirt has a hood, a kangaroo pocket and white drawstrings. There is a print on the chest.",
        ),
        wearing("a black hoodie and blue jeans", who="he"),
        title="Puma Men Black Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: woman, fuchsia-pink zip-up hooded sweatshirt worn open over a white tank, black track pants, white
    # backdrop. Caption adapter epoch 3.
    case(
        "X777-036",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. The "
            "lady wears a sleeveless tank top. The lady wears long pants."
        ),
        Q.garment_type("sweatshirt"),
        Q.color("pink"),
        wearing("a pink hoodie over a white tank top and black pants", who="she"),
        color_of("sweatshirt", "white", "other_garment_color", kind="open"),
        Q.material("fleece"),
        title="Reebok Women Pink Sweatshirt",
        category="Sweatshirts",
        color="Pink",
        gender="Women",
    ),
    # photo: waist-down, light grey flat-front formal trousers with belt loops and side pockets, black belt, white
    # shirt tucked in, black shoes, no hands in view, white backdrop. Caption adapter epoch 3.
    case(
        "X777-037",
        caption(
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The person "
            "wears a belt. There is an accessory on his wrist.",
            "unsupported",
        ),
        Q.garment_type("trousers"),
        Q.color("white", "other_garment_color"),
        color_of("trousers", "grey", kind="open"),
        details("trousers", "The trousers have a flat front, belt loops and side pockets."),
        describe("trousers", "these are the trousers", "restated"),
        title="Park Avenue Men Grey Trousers",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: woman, white short-sleeve polo tee with navy collar tipping and a small navy logo, blue jeans, white
    # backdrop. Caption adapter epoch 3.
    case(
        "X777-038",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a lapel neckline. The lady wears long pants. The pants are with denim fabric and pure color patterns."
        ),
        Q.garment_type("t-shirt"),
        Q.color("blue", "other_garment_color"),
        is_a("polo shirt", "yes"),
        color_of("shirt", "white", kind="open"),
        wearing(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The lady wears a short-sleeve T-shirt "
            "with pure color patterns",
            "loop",
            who="she",
            hit_limit=True,
        ),
        details("shirt", "yes", "non_answer"),
        title="Flying Machine Women White Polo Tshirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: waist-down, grey melange jogger track pants with a drawstring waist and cuffed ankles, hem of a black
    # tee, black shoes, white backdrop. Caption adapter epoch 3.
    case(
        "X777-039",
        caption("The lower clothing is of long length. The fabric is cotton and it has pure color patterns."),
        Q.garment_type("track pants"),
        Q.color("black", "other_garment_color"),
        is_a("track pants", "yes", article="a pair of"),
        color_of("pants", "grey", kind="open"),
        describe(
            "pants",
            "The pants are with cotton fabric and pure color patterns. Question: Describe the pants. Answer: The "
            "pants are with cotton fabric",
            "leak",
            hit_limit=True,
        ),
        details(
            "pants",
            "The pants have a zipper fly and a button at the waist and cargo pockets on the sides.",
            "unsupported",
        ),
        title="Reebok Men Grey Track Pants",
        category="Track Pants",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman, purple sleeveless V-neck top with a white-and-pink tribal print, black leggings, hands at her
    # sides, no rings, no hat, white backdrop. Caption adapter epoch 3.
    case(
        "X777-040",
        caption(
            "The lady wears a sleeveless tank top with graphic patterns. The tank top is with chiffon fabric. It has "
            "a V-shape neckline. There is a ring on her finger. The lady wears a hat.",
            "unsupported",
        ),
        Q.garment_type("top"),
        Q.color("black", "other_garment_color"),
        Q.pattern("printed"),
        Q.sleeve_length("sleeveless"),
        wearing("a purple printed top and black leggings", who="she"),
        describe("top", "The top is with chiffon fabric and graphic patterns. It has a V-shape neckline."),
        color_of("top", "The top has graphic patterns.", "non_answer", kind="open"),
        title="Sepia Women Printed Purple Top",
        category="Tops",
        color="Purple",
        gender="Women",
    ),
    # photo: man, purple-and-white small-check long-sleeve shirt with a button-down collar and a left chest pocket,
    # navy chinos, white backdrop. Caption adapter epoch 3.
    case(
        "X777-041",
        caption(
            "This man wears a long-sleeve shirt with lattice patterns and a long pants. The shirt is with cotton "
            "fabric. It has a lapel neckline. The pants are with cotton fabric and pure color patterns. He wears a",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("shirt"),
        Q.color("purple"),
        Q.pattern("striped", "contradiction"),
        color_of("shirt", "blue", "other_garment_color", kind="open"),
        wearing("a purple checkered shirt and blue pants", who="he"),
        details("shirt", "The shirt has checks all over, a button-down collar and a pocket on the left chest."),
        title="Indigo Nation Men Purple Check Shirt",
        category="Shirts",
        color="Purple",
        gender="Men",
    ),
    # photo: woman, light-wash blue denim jacket worn open over a white tee, black mini skirt, white backdrop.
    # Caption adapter epoch 3.
    case(
        "X777-042",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with denim fabric. It "
            "has a lapel neckline. The gentleman wears a T-shirt with pure color patterns.",
            "pronoun",
        ),
        Q.garment_type("shirt", "contradiction"),
        Q.color("white", "other_garment_color"),
        Q.material("denim"),
        wearing("a denim jacket, a white shirt and a black skirt", who="she"),
        color_of("jacket", "light blue", kind="open"),
        details("jacket", "no", "non_answer"),
        title="Vero Moda Women Blue Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: waist-down, knee-length board shorts with a blue and green tropical leaf print, drawstring waist (no
    # belt), hem of a grey tee, white backdrop. The feed row has no base_colour. Caption adapter epoch 3.
    case(
        "X777-043",
        caption("The lower clothing is of three-point length. The fabric is cotton and it has floral patterns."),
        Q.garment_type("shorts"),
        Q.color("green"),
        color_of("shorts", "grey", "other_garment_color", kind="open"),
        describe(
            "shorts",
            "The shorts are with cotton fabric and floral patterns. There is a belt on his waist.",
            "unsupported",
        ),
        details("shorts", "they are shorts", "non_answer"),
        title="Quiksilver Men Printed Shorts",
        category="Shorts",
        gender="Men",
    ),
    # photo: woman, red sleeveless halter-neck maxi dress in a flowing fabric, thin gold necklace, white backdrop,
    # full length. Caption adapter epoch 3.
    case(
        "X777-044",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The dress is of long length. There is an accessory on her neck. The lady",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        Q.color("red"),
        wearing("a long red dress", who="she"),
        describe(
            "dress",
            "The dress is of long length. The dress is of long length. The dress is of long length. The dress is of "
            "long length. The",
            "loop",
            hit_limit=True,
        ),
        color_of(
            "dress",
            "red Question: What is the color of the dress? Answer: red Question: What is the color of the dress? "
            "Answer: red",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        Q.material("chiffon"),
        title="Avirate Women Red Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: man, black short-sleeve tee with a large colorful tiger-and-roses print and gold script on the front,
    # washed blue jeans, bare wrists, front view only, white backdrop. Caption adapter epoch 3.
    case(
        "X777-045",
        caption(
            "This man wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with cotton "
            "fabric. It has a round neckline. The pants are with denim fabric and pure color patterns. There is an "
            "accessory on his wrist.",
            "unsupported",
        ),
        Q.garment_type("t-shirt"),
        Q.color("black"),
        color_of("t-shirt", "blue", "other_garment_color", kind="open"),
        wearing("He is wearing a black t-shirt with a tiger on it and blue jeans", who="he"),
        details(
            "t-shirt",
            "The T-shirt has a tiger and roses printed on the front with gold writing and a big skull printed on the "
            "back",
            "unsupported",
        ),
        title="Ed Hardy Men Printed Black Tshirts",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: woman, off-white open-knit long cardigan with no buttons worn open over a black tank top, blue jeans,
    # white backdrop. The feed row has no article_type. Caption adapter epoch 3.
    case(
        "X777-046",
        caption(
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitting fabric. "
            "The lady wears a sleeveless tank top. The lady wears long pants. The pants are with denim fabric and "
            "pure",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("jacket", "contradiction"),
        Q.color("black", "other_garment_color"),
        color_of("sweater", "white", kind="open"),
        wearing("she is wearing", "restated", who="she"),
        details(
            "sweater", "The sweater has an open front with no buttons. The sleeves are long and the knit is loose."
        ),
        title="Vero Moda Women Off White Sweater",
        color="Off White",
        gender="Women",
    ),
]
