"""BLIND_702 (46 products; Myntra men's trousers with tops, VQA adapter): written blind in the fifty-fourth session.
Measured blind at 240db6d (the session's eighth rules): 111/127 failures found (87.4%) and 3/179 correct texts flagged
(1.7%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's bottoms (article types Trousers and Track Pants: formal trousers, chinos,
cargos, joggers, track pants). Catalog photos, mostly full length on a white or light grey studio backdrop, the model
wearing the product with a shirt or a t-shirt (tucked or untucked, sometimes a denim shirt open over a tee), with
belts, shoes, a watch, sunglasses or a backpack as props; a few back and profile views. The seller's columns are
title, category (article_type), color (base_colour) and gender; a few rows lack one of them, as real feeds do.

Who wrote what: the captions are the untuned base Salesforce/blip2-opt-2.7b (the job keeps the base for captions):
short, fluent, stop cleanly on the newline, never loop; their faults are one color for both garments, "jeans" or
"shorts" for the trousers, "a woman" for a man, and a prop or a setting that is not in the photo. Every answer is
the VQA adapter leoreigoto/Data3_V3_BLIP2_VQA (one epoch, trained without an end-of-answer token, labels unmasked).
The per-piece color questions are "What is the color of the pants?" (closed: enrich's reference engine picks one
candidate color, so it never loops or stops short, but it can pick the shirt's color or a wrong shade) and "What is
the color of the shirt?" (open, free generation: usually one or two words, sometimes a loop of the color or a run-on
into the next "Question: ... Answer:" pair). The other open answers (what the person is wearing, describe the pants,
the pants details, the material) run on to the 30-token limit when they do not happen to emit a newline: loops of a
phrase or a list, sentences cut mid-phrase, invented pockets, zips, logos and fabrics, "she" for a man. The closed
questions garment type, pattern and "Is this a pair of pants?" are reference-engine picks.

Labeling conventions and judgement calls:
- "The garment" in the type, pattern and material questions is the product (the bottoms), never the top.
- A color, pattern or garment type that belongs to another garment visible in the photo, given to the pants (or the
  pants' color given to the shirt), is other_garment_color when it is a color; a pattern or type taken from the
  top ("striped", "checked" or "printed" for solid trousers) is contradiction.
- A color, type or pattern seen on no garment in the photo (brown for maroon pants, "jeans" for chinos, "shorts" for
  full-length trousers, "no" to "Is this a pair of pants?") is contradiction; so is the caption's "blue jeans".
- Shades within the same family are correct: khaki, beige and tan for light brown-beige chinos; cream called white;
  maroon called red or burgundy; olive called green; charcoal called dark grey or grey; teal called blue. A shade in
  another family (rust called red) is contradiction.
- One seller color is wrong for its photo (X702-043, "Brown" trousers that look maroon): the model's "maroon" is
  counted correct, since the texts must be right for the photo, not for the feed.
- For a layered top (denim shirt open over a white tee) "blue" for the shirt is correct: the shirt is the denim one.
- Material: correct only when the title names the fabric or the photo shows it (linen slub); a fabric neither the
  title nor the photo supports ("denim", "wool", "cotton" for a linen title) is unsupported. Details that cannot be
  seen in the view (front zip fly in a back view, a belt under an untucked t-shirt, a swoosh on the hidden thigh)
  or props and settings not in the photo are unsupported.
- A loop that runs to the token limit is labeled loop (hit_limit=True), not cut; a run-on into "Question: ...
  Answer:" is leak whatever the leaked answers say (hit_limit=True when it reached the limit); cut is a text that
  is otherwise right but stops mid-phrase at the limit.
- non_answer: a yes/no, a one-word color, "pants", "it is" or nothing at all for an open question that asks for a
  description or details. restated: the question's words turned back into a sentence ("the details of the pants are
  the details of the pants", "the color of the shirt is the shirt color", "the person is wearing clothes").
- pronoun: "she"/"a woman" for a Men's row. X702-042 has no gender column; its texts say "a man" and are correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

gtype = BLIND_QUESTIONS.garment_type
pattern = BLIND_QUESTIONS.pattern
material = BLIND_QUESTIONS.material


def pants(text, failure=None):
    """The product's per-piece color question, closed (the reference engine picks one candidate color)."""
    return color_of("pants", text, failure)


def shirt(text, failure=None, hit_limit=False):
    """The per-piece color question for the top worn with the product, open (free generation)."""
    return color_of("shirt", text, failure, kind="open", hit_limit=hit_limit)


def is_pants(text, failure=None):
    return is_a("pants", text, failure, article="a pair of")


BLIND_702 = [
    # photo: khaki slim chinos, white solid full-sleeve shirt tucked in, brown leather belt, tan loafers; white
    # backdrop, front, full length, face cropped at the chin. Caption: base model; answers: VQA adapter.
    case(
        "X702-001",
        caption("a man in a white shirt and khaki pants standing in front of a white background"),
        wearing("a white shirt and khaki pants with a brown belt"),
        pants("khaki"),
        shirt(
            "white white white white white white white white white white white white white white white white white"
            " white white white white white white white white white white white white white",
            "loop",
            hit_limit=True,
        ),
        describe(
            "pants", "slim fit khaki chinos with a brown belt and a leather patch on the back pocket", "unsupported"
        ),
        gtype("chinos"),
        title="Wrangler Men Khaki Slim Fit Chinos",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: olive cargo trousers with flap pockets on both thighs, straight hems over black sneakers, black crew-neck
    # t-shirt worn untucked; white backdrop, front. Caption: base model; answers: VQA adapter.
    case(
        "X702-002",
        caption("a man in a black t-shirt and olive green cargo pants leaning against a wall", "unsupported"),
        wearing("he is wearing a black t-shirt and olive cargo pants"),
        pants("black", "other_garment_color"),
        shirt("black"),
        details("pants", "flap pockets on the sides, a zip fly and a drawstring at the ankles", "unsupported"),
        is_pants("yes"),
        title="Locomotive Men Olive Cargo Trousers",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: black track pants, one white stripe down each side, small white Puma cat logo on the left thigh; grey
    # melange crew t-shirt with a black Puma logo; white sneakers; white backdrop, front. Caption: base; answers: VQA.
    case(
        "X702-003",
        caption("a man wearing a grey t-shirt and black track pants"),
        wearing("a grey t-shirt and black pants with white stripes"),
        pants("black"),
        shirt("black", "other_garment_color"),
        describe("pants", "black track pants with a white stripe down the side and a puma logo"),
        details(
            "pants",
            "the stripe, the logo, the stripe, the logo, the stripe, the logo, the stripe, the logo, the stripe, the",
            "loop",
            hit_limit=True,
        ),
        gtype("shorts", "contradiction"),
        title="Puma Men Black Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: beige flat-front trousers with a pressed crease, navy-and-white checked full-sleeve shirt tucked in, dark
    # brown belt, brown shoes, hands in pockets; white backdrop, front. Caption: base; answers: VQA adapter.
    case(
        "X702-004",
        caption("a man in a plaid shirt and beige pants with his hands in his pockets"),
        wearing("a blue checkered shirt and beige pants"),
        pants("beige"),
        shirt(
            "blue and white Question: What is the color of the pants? Answer: beige Question: What is the color of"
            " the belt? Answer:",
            "leak",
            hit_limit=True,
        ),
        pattern("checked", "contradiction"),
        gtype("trousers"),
        details(
            "pants",
            "belt loops, side pockets and a crease down the front of each leg and the hem falls straight onto the brown"
            " shoes with a",
            "cut",
            hit_limit=True,
        ),
        title="Basics Men Beige Comfort Fit Trousers",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: back view: grey melange fleece joggers, ribbed cuffs, elastic waistband, one back patch pocket; black
    # t-shirt; model facing away; white backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X702-005",
        caption("the back of a man in a black t-shirt and grey sweatpants"),
        wearing("a black shirt and grey sweatpants"),
        pants("grey"),
        shirt("grey", "other_garment_color"),
        describe("pants", "grey jogger pants with cuffed ankles and a pocket on the back"),
        details(
            "pants", "a drawstring waist, a zipper pocket on the side and a nike swoosh on the left leg", "unsupported"
        ),
        is_pants("yes"),
        title="Nike Men Grey Melange Joggers",
        category="Track Pants",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: navy formal trousers with a pressed crease, light blue solid formal shirt tucked in, black belt, black
    # oxford shoes; white backdrop, front. Caption: base model; answers: VQA adapter.
    case(
        "X702-006",
        caption("a man in a light blue shirt and dark blue pants"),
        wearing("she is wearing a blue shirt and navy pants", "pronoun"),
        pants("black", "contradiction"),
        shirt("light blue"),
        describe("pants", "navy blue formal trousers with a black belt and a crease"),
        gtype("trousers"),
        material("wool", "unsupported"),
        title="Peter England Men Navy Blue Formal Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: charcoal slim trousers, white shirt with thin blue vertical stripes tucked in, black belt, black shoes;
    # white backdrop, front. Caption: base model; answers: VQA adapter.
    case(
        "X702-007",
        caption("a man in a striped shirt and grey pants"),
        wearing("a white striped shirt and dark grey pants"),
        pants("white", "other_garment_color"),
        shirt("white with blue stripes"),
        pattern("striped", "contradiction"),
        describe(
            "pants",
            "the pants are grey and the pants are grey and the pants are grey and the pants are grey and the pants are",
            "loop",
            hit_limit=True,
        ),
        title="Allen Solly Men Charcoal Grey Slim Fit Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: brown six-pocket cargo trousers, olive green t-shirt with a white tropical-leaf print, brown boots; white
    # backdrop, front. Caption: base model; answers: VQA adapter.
    case(
        "X702-008",
        caption("a man in a green shirt and brown cargo pants"),
        wearing("a green t-shirt with a leaf print and brown cargo pants"),
        pants("green", "other_garment_color"),
        shirt("green"),
        details("pants", "the pants have details on the pants", "restated"),
        pattern("printed", "contradiction"),
        gtype("cargo pants"),
        title="Roadster Men Brown Cargo Trousers",
        category="Trousers",
        color="Brown",
        gender="Men",
    ),
    # photo: red slim chinos with the hems turned up once, light blue denim shirt worn open with rolled sleeves over a
    # white crew t-shirt, white sneakers; white backdrop, front. Caption: base model; answers: VQA adapter.
    case(
        "X702-009",
        caption("a man wearing a denim shirt and blue pants", "other_garment_color"),
        wearing("a denim shirt over a white t-shirt and red pants"),
        pants("red"),
        shirt("blue"),
        describe(
            "pants",
            "the pants are red and they are slim fit with the bottoms rolled up and the shirt is a denim shirt with"
            " the sleeves rolled up and a white t",
            "cut",
            hit_limit=True,
        ),
        is_pants("yes"),
        material("denim", "unsupported"),
        title="United Colors of Benetton Men Red Slim Fit Chinos",
        category="Trousers",
        color="Red",
        gender="Men",
    ),
    # photo: navy track pants with three white stripes down each side and zips at the ankles, red crew t-shirt with a
    # white adidas logo, white sneakers; white backdrop, front. Caption: base model; answers: VQA adapter.
    case(
        "X702-010",
        caption("a man in a red shirt and red pants", "other_garment_color"),
        wearing("a red t-shirt and navy track pants with white stripes"),
        pants("navy blue"),
        shirt(
            "red Question: What is the color of the pants? Answer: blue Question: What is the color of the shoes?"
            " Answer: white Question:",
            "leak",
            hit_limit=True,
        ),
        details("pants", "three white stripes on the sides and zippers at the ankles"),
        gtype("track pants"),
        is_pants("no", "contradiction"),
        title="Adidas Men Navy Blue Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: cream trousers, maroon polo t-shirt tucked in, tan belt, brown loafers; white backdrop, front. Caption:
    # base model; answers: VQA adapter.
    case(
        "X702-011",
        caption("a man in a maroon polo shirt and white pants standing on a beach", "unsupported"),
        wearing("a maroon polo shirt and cream pants"),
        pants("maroon", "other_garment_color"),
        shirt("maroon"),
        describe("pants", "yes", "non_answer"),
        is_pants("yes"),
        title="Van Heusen Men Cream Trousers",
        category="Trousers",
        color="Cream",
        gender="Men",
    ),
    # photo: olive cotton joggers, drawstring waist showing under a short white crew t-shirt, ribbed cuffs, white
    # sneakers; white backdrop, three-quarter view. Caption: base model; answers: VQA adapter.
    case(
        "X702-012",
        caption("a young man in a white t-shirt and green jogger pants"),
        wearing("white t-shirt, green joggers, white shoes and a black cap", "unsupported"),
        pants("brown", "contradiction"),
        shirt("white"),
        describe("pants", "olive jogger pants with a drawstring waist and cuffed ankles"),
        details(
            "pants",
            "a drawstring, a drawstring, a drawstring, a drawstring, a drawstring, a drawstring, a drawstring, a"
            " drawstring, a drawstring, a",
            "loop",
            hit_limit=True,
        ),
        gtype("joggers"),
        title="Jack & Jones Men Olive Joggers",
        category="Track Pants",
        color="Olive",
        gender="Men",
    ),
    # photo: mustard chinos, navy crew-neck t-shirt untucked, white sneakers; white backdrop, front. Caption: base
    # model; answers: VQA adapter.
    case(
        "X702-013",
        caption("a man in a blue shirt and yellow pants"),
        wearing("a navy t-shirt and mustard yellow pants"),
        pants("yellow"),
        shirt("yellow", "other_garment_color"),
        describe(
            "pants",
            "the pants are a mustard yellow color with a slim fit and a straight leg. the pants have two pockets on"
            " the front and two pockets",
            "cut",
            hit_limit=True,
        ),
        material("cotton twill with a satin finish and a leather brand patch", "unsupported"),
        gtype("jeans", "contradiction"),
        title="Celio Men Mustard Chinos",
        category="Trousers",
        color="Mustard",
        gender="Men",
    ),
    # photo: mid-grey formal trousers, pink solid formal shirt tucked in, black belt, black shoes; white backdrop,
    # front. Caption: base model; answers: VQA adapter.
    case(
        "X702-014",
        caption("a woman in a pink shirt and grey pants", "pronoun"),
        wearing("a pink shirt and grey pants"),
        pants("pink", "other_garment_color"),
        shirt("pink"),
        details(
            "pants",
            "the pants have a crease down the front of each leg, belt loops around the waist and slanted pockets on"
            " both sides of the",
            "cut",
            hit_limit=True,
        ),
        gtype("trousers"),
        title="Arrow Men Grey Formal Trousers",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: black joggers, neon green t-shirt with a black Reebok print on the chest, black sneakers; white backdrop,
    # front. Caption: base model; answers: VQA adapter.
    case(
        "X702-015",
        caption("a man in a neon green shirt and black pants"),
        wearing("a green shirt and black pants"),
        pants("black"),
        shirt("neon green"),
        describe("pants", "black jogger pants with a green reebok logo on the thigh and green zippers", "unsupported"),
        is_pants("no", "contradiction"),
        title="Reebok Men Black Joggers",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: maroon chinos, grey melange t-shirt with black printed text "MUFTI", brown boots; white backdrop, front.
    # Caption: base model; answers: VQA adapter.
    case(
        "X702-016",
        caption("a man wearing a grey t-shirt and maroon pants"),
        wearing(
            "a grey shirt and red pants a grey shirt and red pants a grey shirt and red pants a grey shirt and red"
            " pants a grey shirt and",
            "loop",
            hit_limit=True,
        ),
        pants("brown", "contradiction"),
        shirt("grey"),
        describe("pants", "maroon chinos"),
        details(
            "pants",
            "Question: What are the pants details? Answer: the pants are maroon Question: What are the shirt details?"
            " Answer: the shirt is",
            "leak",
            hit_limit=True,
        ),
        title="Mufti Men Maroon Chinos",
        category="Trousers",
        color="Maroon",
        gender="Men",
    ),
    # photo: back view: khaki cargo trousers, two flap back pockets and side cargo pockets; white t-shirt with a large
    # black graphic print on the back; white backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X702-017",
        caption("the back of a man wearing a white t-shirt and khaki pants"),
        wearing("a white t-shirt with a black design and tan pants"),
        pants("brown", "contradiction"),
        shirt("white and black"),
        describe(
            "pants",
            "the pants are khaki cargo pants with two flap pockets on the back and a large cargo pocket on each side of"
            " the leg and the",
            "cut",
            hit_limit=True,
        ),
        details("pants", "a zip fly, a button closure and a brand label on the front pocket", "unsupported"),
        gtype("cargo pants"),
        is_pants("yes"),
        title="Spykar Men Khaki Cargo Trousers",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: navy track pants with white piping down the sides, white crew t-shirt, white sneakers; white backdrop,
    # front. Caption: base model; answers: VQA adapter.
    case(
        "X702-018",
        caption("a man in a white t-shirt and black pants", "contradiction"),
        wearing("white t-shirt and blue track pants"),
        pants("white", "other_garment_color"),
        shirt("white"),
        describe("pants", "pants", "non_answer"),
        title="Proline Men Navy Blue Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black slim trousers, white solid formal shirt tucked in, black belt, black sunglasses held in the right
    # hand; white backdrop, front. Caption: base model; answers: VQA adapter.
    case(
        "X702-019",
        caption("a man in a white shirt and black pants holding a pair of sunglasses"),
        wearing(
            "Answer: a white shirt and black pants Answer: a white shirt and black pants Answer: a white shirt and",
            "leak",
            hit_limit=True,
        ),
        pants("black"),
        shirt("white"),
        describe("pants", "she is wearing black slim fit trousers with a black belt", "pronoun"),
        gtype("jeans", "contradiction"),
        material("cotton", "unsupported"),
        title="Blackberrys Men Black Slim Fit Trousers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: beige trousers, white shirt with light blue checks tucked in, brown belt, brown shoes; light grey studio
    # backdrop, side angle. Caption: base model; answers: VQA adapter.
    case(
        "X702-020",
        caption("a man in a checkered shirt and tan pants standing in front of a grey wall"),
        wearing("a checkered shirt and beige pants"),
        pants("beige"),
        shirt("blue"),
        describe(
            "pants",
            "beige pants with a brown belt beige pants with a brown belt beige pants with a brown belt beige pants"
            " with a brown belt",
            "loop",
            hit_limit=True,
        ),
        details("pants", "yes", "non_answer"),
        is_pants("yes"),
        title="Louis Philippe Men Beige Trousers",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: dark coffee brown trousers, cream shirt tucked in, tan belt, brown shoes; white backdrop, front. Caption:
    # base model; answers: VQA adapter.
    case(
        "X702-021",
        caption("a man in a white shirt and brown pants"),
        wearing("a cream shirt and brown pants with a gold watch", "unsupported"),
        pants("brown"),
        shirt("brown", "other_garment_color"),
        details("pants", "the details are the details of the pants", "restated"),
        gtype("trousers"),
        title="Indigo Nation Men Coffee Brown Trousers",
        category="Trousers",
        color="Coffee Brown",
        gender="Men",
    ),
    # photo: light grey track pants with black side panels, orange crew t-shirt, black sneakers; white backdrop,
    # front. The feed row has no color. Caption: base model; answers: VQA adapter.
    case(
        "X702-022",
        caption("a man in an orange shirt and grey pants"),
        wearing("orange t-shirt and grey pants"),
        pants("orange", "other_garment_color"),
        shirt("orange"),
        describe(
            "pants",
            "the pants are light grey with black panels running down the sides from the waist to the ankles and the"
            " waistband is",
            "cut",
            hit_limit=True,
        ),
        pattern("color block"),
        gtype("shorts", "contradiction"),
        title="Urban Yoga Men Grey Track Pants",
        category="Track Pants",
        gender="Men",
    ),
    # photo: black track pants with red piping down the sides, white crew t-shirt with a small red FILA logo; white
    # backdrop, front. Caption: base model; answers: VQA adapter.
    case(
        "X702-023",
        caption("a man in a white shirt and black pants with red stripes"),
        wearing("he is wearing a white t-shirt and black pants with a red stripe on the side"),
        pants("navy blue", "contradiction"),
        shirt("white"),
        details("pants", "red piping along the sides of the legs"),
        describe("pants", "she is wearing black track pants with red stripes", "pronoun"),
        title="Fila Men Black Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: olive chinos (the seller says Green) with turned-up hems, white shirt untucked with rolled sleeves, tan
    # loafers; white backdrop, front. Caption: base model; answers: VQA adapter.
    case(
        "X702-024",
        caption("a man in a white shirt and olive pants"),
        wearing("a white shirt and white pants", "other_garment_color"),
        pants("olive"),
        shirt("white"),
        describe("pants", "olive green chinos with a slim fit and turned up hems"),
        gtype("shirt", "contradiction"),
        material("linen", "unsupported"),
        details(
            "pants",
            "turned up hems Question: What are the shirt details? Answer: rolled up sleeves Question: What are the",
            "leak",
            hit_limit=True,
        ),
        title="Scullers Men Green Chinos",
        category="Trousers",
        color="Green",
        gender="Men",
    ),
    # photo: steel grey flat-front trousers, plain hems, blue-and-white gingham shirt tucked in, black belt; white
    # backdrop, front. Caption: base model; answers: VQA adapter.
    case(
        "X702-025",
        caption("a man in a blue and white checkered shirt and grey pants"),
        wearing("a blue plaid shirt and grey pants"),
        pants("blue", "other_garment_color"),
        shirt(
            "blue and white blue and white blue and white blue and white blue and white blue and white blue and white"
            " blue and white blue and white blue and white",
            "loop",
            hit_limit=True,
        ),
        describe("pants", "grey wool formal pants with double pleats and cuffed hems", "unsupported"),
        gtype("trousers"),
        title="Parx Men Steel Grey Trousers",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: navy joggers, ribbed cuffs, tapered leg, mustard yellow crew t-shirt, white sneakers; white backdrop,
    # front. Caption: base model; answers: VQA adapter.
    case(
        "X702-026",
        caption("a man in a yellow shirt and blue jogger pants"),
        wearing("a yellow t-shirt and navy blue joggers"),
        pants("yellow", "other_garment_color"),
        shirt("mustard"),
        details(
            "pants",
            "the pants have ribbed cuffs at the ankles and two side pockets and they are tapered from the knee down"
            " to the ankle with a slight",
            "cut",
            hit_limit=True,
        ),
        gtype("jeans", "contradiction"),
        is_pants("yes"),
        title="Roadster Men Navy Blue Joggers",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: slate blue cargo trousers, white t-shirt with a small chest pocket, brown boots; white backdrop, front.
    # Caption: base model; answers: VQA adapter.
    case(
        "X702-027",
        caption("a man in a white t-shirt and blue jeans", "contradiction"),
        wearing("a white t-shirt and blue cargo pants"),
        pants("blue"),
        shirt("white"),
        details("pants", "", "non_answer"),
        gtype("cargo pants"),
        material("denim", "unsupported"),
        title="Wrangler Men Blue Cargo Trousers",
        category="Trousers",
        color="Blue",
        gender="Men",
    ),
    # photo: tan chinos, light blue chambray shirt tucked in with sleeves rolled to the elbows, brown belt, brown
    # leather watch; white backdrop, front. Caption: base model; answers: VQA adapter.
    case(
        "X702-028",
        caption("a man in a blue shirt and tan pants wearing a watch"),
        wearing("a blue shirt and khaki pants"),
        pants("tan"),
        shirt("light blue"),
        describe(
            "pants",
            "Question: Describe the pants. Answer: the pants are tan Question: Describe the shirt. Answer: the shirt"
            " is blue",
            "leak",
            hit_limit=True,
        ),
        details("pants", "two front pockets and a coin pocket, belt loops, a button and a zip fly"),
        gtype("jeans", "contradiction"),
        title="Lee Men Tan Chinos",
        category="Trousers",
        color="Tan",
        gender="Men",
    ),
    # photo: black cargo joggers with thigh cargo pockets and elastic cuffs, white t-shirt with black horizontal
    # stripes, black sneakers; white backdrop, front. Caption: base model; answers: VQA adapter.
    case(
        "X702-029",
        caption("a man in a striped shirt and black cargo pants"),
        wearing(
            "a striped t-shirt and black pants and a striped t-shirt and black pants and a striped t-shirt and black"
            " pants and a",
            "loop",
            hit_limit=True,
        ),
        pants("black"),
        shirt("white and black striped"),
        pattern("solid"),
        describe("pants", "black cargo joggers with elastic cuffs and pockets on the thighs"),
        gtype("joggers"),
        is_pants("yes"),
        title="Jack & Jones Men Black Cargo Joggers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: white chinos with rolled hems, navy-and-white striped Breton t-shirt untucked, white canvas sneakers;
    # light grey backdrop, front. The feed row has no category. Caption: base model; answers: VQA adapter.
    case(
        "X702-030",
        caption("a man in a blue and white striped shirt and white pants"),
        wearing("a striped shirt and white pants with a brown leather belt", "unsupported"),
        pants("white"),
        shirt("the shirt is the color of the shirt", "restated"),
        pattern("striped", "contradiction"),
        describe(
            "pants",
            "white chinos with a straight fit and the hems rolled up above the ankle, worn with white sneakers and a"
            " navy and white",
            "cut",
            hit_limit=True,
        ),
        title="French Connection Men White Chinos",
        color="White",
        gender="Men",
    ),
    # photo: rust-orange chinos, white shirt untucked with rolled sleeves, tan suede loafers; white backdrop, front.
    # Caption: base model; answers: VQA adapter.
    case(
        "X702-031",
        caption("a man in a white shirt and orange pants"),
        wearing("he is wearing a white shirt and rust colored pants"),
        pants("red", "contradiction"),
        shirt("orange", "other_garment_color"),
        details(
            "pants",
            "the pants are made of cotton and have a button closure and a zip fly and two side pockets and two back"
            " pockets",
            "unsupported",
        ),
        is_pants("yes"),
        title="s.Oliver Men Rust Chinos",
        category="Trousers",
        color="Rust",
        gender="Men",
    ),
    # photo: red track pants with a black side stripe and a black Puma logo on the thigh, black crew t-shirt, black
    # sneakers; white backdrop, front. Caption: base model; answers: VQA adapter.
    case(
        "X702-032",
        caption("a man in a black shirt and red pants"),
        wearing("a black shirt and red pants with a black stripe"),
        pants("red"),
        shirt(
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black-",
            "loop",
            hit_limit=True,
        ),
        describe("pants", "red", "non_answer"),
        gtype("track pants"),
        title="Puma Men Red Track Pants",
        category="Track Pants",
        color="Red",
        gender="Men",
    ),
    # photo: grey trousers with a subtle darker grey windowpane check, black solid shirt tucked in, black belt; white
    # backdrop, front. Caption: base model; answers: VQA adapter.
    case(
        "X702-033",
        caption("a man in a black shirt and grey plaid pants"),
        wearing("a black shirt and grey checked trousers"),
        pants("black", "other_garment_color"),
        shirt("black"),
        pattern("checked"),
        details("pants", "a checked pattern, belt loops and a pressed crease"),
        describe(
            "pants",
            "the pants are grey with a subtle check pattern and a slim fit and the pants are grey with a subtle check"
            " pattern and a slim",
            "loop",
            hit_limit=True,
        ),
        gtype("shorts", "contradiction"),
        title="Basics Men Grey Checked Trousers",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: navy chinos with a small white dot micro print, white crew t-shirt, white sneakers; white backdrop, front.
    # Caption: base model; answers: VQA adapter.
    case(
        "X702-034",
        caption("a man in a white t-shirt and blue polka dot pants"),
        wearing("a white t-shirt and navy pants with white dots"),
        pants("navy blue"),
        shirt("white"),
        pattern("solid", "contradiction"),
        describe("pants", "navy chinos with a white dot print"),
        is_pants("yes"),
        title="Allen Solly Men Navy Blue Printed Chinos",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: camouflage cargo trousers (olive, brown, black and khaki), flap cargo pockets, black t-shirt untucked,
    # black boots; white backdrop, front. Caption: base model; answers: VQA adapter.
    case(
        "X702-035",
        caption("a man in a black shirt and camouflage pants"),
        wearing("a black t-shirt and camo cargo pants"),
        pants("green"),
        shirt("the color of the shirt is the color of the shirt", "restated"),
        pattern("printed"),
        details(
            "pants", "camouflage print, side cargo pockets with flaps and a belt with a metal buckle", "unsupported"
        ),
        describe("pants", "the pants are camouflage. Question: What is the color of the pants? Answer: green", "leak"),
        title="Highlander Men Olive Camouflage Cargo Trousers",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: profile view: mid-grey joggers with three white stripes, white t-shirt with a black adidas logo, white
    # sneakers; white backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X702-036",
        caption("a man standing in profile wearing a white shirt and grey shorts", "contradiction"),
        wearing("a white t-shirt and grey sweatpants"),
        pants("grey"),
        shirt("white"),
        describe("pants", "grey joggers with three white stripes down the side"),
        details("pants", "the pants have details", "non_answer"),
        is_pants("yes"),
        title="Adidas Men Grey Joggers",
        category="Track Pants",
        color="Grey",
        gender="Men",
    ),
    # photo: beige linen trousers with a visible slub texture, drawstring waist showing where a white mandarin-collar
    # shirt is half tucked at the front, brown sandals; white backdrop, front. Caption: base; answers: VQA adapter.
    case(
        "X702-037",
        caption("a man in a white shirt and beige pants"),
        wearing("a white shirt and beige linen pants"),
        pants("white", "other_garment_color"),
        shirt("white"),
        material("linen"),
        describe("pants", "the pants are beige with a drawstring at the waist"),
        details(
            "pants",
            "the waist, the pockets, the hem, the waist, the pockets, the hem, the waist, the pockets, the hem, the"
            " waist, the",
            "loop",
            hit_limit=True,
        ),
        title="Mr.Button Men Beige Linen Trousers",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: black chinos, red-and-black buffalo check flannel shirt untucked, black boots; white backdrop, front.
    # Caption: base model; answers: VQA adapter.
    case(
        "X702-038",
        caption("a man in a red and black plaid shirt and black pants"),
        wearing("a red plaid shirt and black jeans", "contradiction"),
        pants("black"),
        shirt("red"),
        gtype("chinos"),
        describe("pants", "plain black chinos with a zip pocket on the back", "unsupported"),
        details("pants", "the pants are black", "non_answer"),
        title="Numero Uno Men Black Chinos",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: navy cargo trousers with flap cargo pockets, heather grey t-shirt untucked, grey sneakers; white backdrop,
    # front. Caption: base model; answers: VQA adapter.
    case(
        "X702-039",
        caption("a man in a grey t-shirt and navy blue cargo pants"),
        wearing("a grey t-shirt and blue pants"),
        pants("grey", "other_garment_color"),
        shirt("blue", "other_garment_color"),
        details("pants", "cargo pockets on the sides with flaps and buttons"),
        describe(
            "pants",
            "the pants are navy blue cargo pants with pockets on the sides and the pants are navy blue cargo pants"
            " with pockets on",
            "loop",
            hit_limit=True,
        ),
        title="Celio Men Navy Blue Cargo Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: cream linen trousers, light pink solid shirt tucked in, brown belt, brown shoes; white backdrop, front.
    # Caption: base model; answers: VQA adapter.
    case(
        "X702-040",
        caption("a man in a pink shirt and white pants"),
        wearing("the person is wearing clothes", "restated"),
        pants("pink", "other_garment_color"),
        shirt("pink"),
        material("cotton", "unsupported"),
        describe("pants", "cream formal trousers with a brown belt"),
        title="Peter England Men Cream Linen Trousers",
        category="Trousers",
        color="Cream",
        gender="Men",
    ),
    # photo: royal blue track pants with a white swoosh on the left thigh, white crew t-shirt, white sneakers; white
    # backdrop, front. Caption: base model; answers: VQA adapter.
    case(
        "X702-041",
        caption("a woman in a white shirt and blue pants", "pronoun"),
        wearing("a white t-shirt and blue track pants"),
        pants("blue"),
        shirt("blue", "other_garment_color"),
        describe("pants", "blue track pants with a white nike logo"),
        details(
            "pants",
            "the pants have a white logo on the left leg. Question: What are the shirt details? Answer: the shirt"
            " has a",
            "leak",
            hit_limit=True,
        ),
        gtype("shorts", "contradiction"),
        title="Nike Men Blue Track Pants",
        category="Track Pants",
        color="Blue",
        gender="Men",
    ),
    # photo: charcoal joggers with a drawstring and ribbed cuffs, white t-shirt with a blue graphic print on the chest,
    # white sneakers; white backdrop, front. The feed row has no gender. Caption: base model; answers: VQA adapter.
    case(
        "X702-042",
        caption("a man in a white t-shirt and dark grey sweatpants"),
        wearing("a white t-shirt with a print and grey jogger pants"),
        pants("black", "contradiction"),
        shirt("white"),
        describe("pants", "pants", "non_answer"),
        details(
            "pants",
            "the pants have a drawstring at the waist and ribbed cuffs at the ankles and two side pockets with a"
            " slight taper from the",
            "cut",
            hit_limit=True,
        ),
        pattern("printed", "contradiction"),
        title="Campus Sutra Men Charcoal Joggers",
        category="Track Pants",
        color="Charcoal",
    ),
    # photo: trousers that look maroon (burgundy) though the seller says Brown, white shirt tucked in, black belt,
    # black shoes; white backdrop, front. Caption: base model; answers: VQA adapter.
    case(
        "X702-043",
        caption("a man in a white shirt and maroon pants"),
        wearing("a white shirt and burgundy pants"),
        pants("maroon"),
        shirt("white"),
        details("pants", "belt loops, a crease and side pockets"),
        gtype("trousers"),
        title="Turtle Men Brown Trousers",
        category="Trousers",
        color="Brown",
        gender="Men",
    ),
    # photo: khaki trousers, sky blue polo t-shirt untucked, white sneakers, a black backpack on one shoulder; white
    # backdrop, front. Caption: base model; answers: VQA adapter.
    case(
        "X702-044",
        caption("a man in a blue shirt and khaki pants carrying a black backpack"),
        wearing(
            "he is wearing a blue polo shirt with a collar and short sleeves and khaki pants and white sneakers and"
            " he has a black backpack on his",
            "cut",
            hit_limit=True,
        ),
        pants("khaki"),
        shirt("blue"),
        describe("pants", "khaki pants with a black leather belt and brown shoes", "unsupported"),
        details("pants", "the pants details are the details on the pants", "restated"),
        is_pants("yes"),
        title="John Players Men Khaki Trousers",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: maroon track pants with a white side stripe, black crew t-shirt, black sneakers; white backdrop, front.
    # Caption: base model; answers: VQA adapter.
    case(
        "X702-045",
        caption("a man in a black t-shirt and red track pants"),
        wearing("she is wearing a black shirt and maroon pants", "pronoun"),
        pants("maroon"),
        shirt("maroon", "other_garment_color"),
        details(
            "pants",
            "a white stripe runs down the outer side of each leg from the waistband all the way to the hem and the legs"
            " are straight with a",
            "cut",
            hit_limit=True,
        ),
        gtype("track pants"),
        title="Urban Yoga Men Maroon Track Pants",
        category="Track Pants",
        color="Maroon",
        gender="Men",
    ),
    # photo: teal slim chinos, white shirt with a small navy micro print tucked in, brown belt; white backdrop, front.
    # Caption: base model; answers: VQA adapter.
    case(
        "X702-046",
        caption("a man in a white shirt and teal pants"),
        wearing(
            "a white shirt and blue pants Question: What is the color of the shirt? Answer: white Question: What is"
            " the color",
            "leak",
            hit_limit=True,
        ),
        pants("blue"),
        shirt("white with a small blue print"),
        describe("pants", "teal slim fit chinos with a brown belt"),
        material(
            "the pants are made of cotton and the shirt is made of cotton and the pants are made of cotton and the"
            " shirt is made of",
            "loop",
            hit_limit=True,
        ),
        title="Flying Machine Men Teal Blue Slim Fit Chinos",
        category="Trousers",
        color="Teal",
        gender="Men",
    ),
]
