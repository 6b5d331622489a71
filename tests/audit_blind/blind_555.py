"""BLIND_555 (46 products; Myntra men's night, base and three LoRA adapters): written blind in the fifty-first session.
Measured blind at a00ca7d (the session's rules as they stood): 125/158 failures found (79.1%) and 10/211 correct texts
flagged (4.7%). The writer's notes, verbatim:

Scenario: a Myntra men's catalog night (shirts, t-shirts, polos, kurtas, jeans, trousers, chinos, shorts, jackets),
every photo a male model in a full outfit on the usual white studio backdrop, front or three-quarter view. The
questions are the experiments' own: What is the man wearing? Describe the shirt. What are the shirt details? What is
the color of the pants? What material is it made of? The shirt questions are asked of every product, so on a jeans
or chinos row "the shirt" is the top the model wears; on a kurta row the model may call the kurta a shirt. The
closed questions (garment type, color, pattern, sleeve length) come from enrich's reference engine and describe the
product row's own garment.

Who wrote what: four variants share the night. The base blip2-opt-2.7b writes short captions ("a man in a white
shirt and grey pants") and short answers; its habits are one color for every garment, invented pockets, logos and
collars, a "woman" in the caption for a long-haired man, and the odd bare "yes", one-word or empty answer. The
caption-only LoRA at epoch 1 starts like the base and drifts into the DeepFashion template ("The gentleman wears a
long-sleeve shirt with pure color patterns...") until the token limit; at epoch 3 it writes nothing but the template
for every prompt, never names a hue, says "lattice" for checks, sometimes "The lady" for a man, and invents "an
accessory on his wrist". Neither has an end token, so its texts run to the limit (30 new tokens for answers, 50 for
captions) and end cut mid-phrase or looping. The VQA LoRA answers in the In-shop vocabulary ("tee, denim",
"blouse/shirt, pants"), repeats itself or runs on into a new "Question: ... Answer:" turn. Each product's comment
says which variant wrote which text; closed answers are always the reference engine's.

Labeling conventions and judgement calls:
- The photo is the truth. A text that matches the photo is correct even where the seller's column says otherwise
  (X555-022: seller "Brown", the kurta is rust, "orange"/"rust" are correct).
- Shades within the photo's color family are correct: cream or off-white called "white", tan called "brown", rust
  called "orange", teal called "green", charcoal called "dark grey"/"grey". Charcoal called "black" and navy called
  "black" are contradictions, as is light pink called "red".
- A color that belongs to another garment in the same photo (the pants get the shirt's color, the closed color of a
  chinos row gives the polo's color) is other_garment_color, whether the text is open or closed, and even where the
  wrong garment's color is named in the "What is the man wearing?" answer ("blue jean jacket and blue jeans" over
  black chinos). A wrong color that no garment in the photo has is a contradiction.
- Closed answers that give the wrong garment type, pattern or sleeve length for the row's product are
  contradictions, also where the value belongs to the garment worn with it ("striped" for denim shorts worn under a
  striped tee, "long" sleeves for a sleeveless gilet over a long-sleeve tee).
- Invented details (pockets, logos, a tie, sunglasses, a hood, a watch, an accessory on the wrist, gold buttons, a
  v-neck on a mandarin collar) and materials the photo does not show (silk, wool, suede, polyester on cotton) are
  unsupported. A material that the seller's title rules out is a contradiction (X555-025: "leather" for a jacket
  titled faux leather), though "leather jacket" in the caption and the wearing answer is taken as the look and is
  correct.
- A one-word color, "yes", "no", an empty string or "i don't know" for an open question is non_answer. Giving back
  only the question's own words ("the shirt details are the shirt details", "it is a shirt", "the color of the
  pants", "it is made of material") is restated.
- Every text from the two caption adapters and from the VQA adapter ran to its token limit (hit_limit=True): a text
  that stops mid-phrase is cut, one that repeats a span is loop, one that opens a new "Question:" or starts with
  "Answer:"/"Question:" is leak, and a template text whose most telling fault is "The lady"/"This lady" is pronoun,
  or "an accessory on his wrist"/"a watch on his wrist" is unsupported, though it also ran to the limit.
- The VQA adapter sometimes ends with a clean short answer followed by padding (it learned the pad tokens from the
  unmasked labels), so the decoded text looks finished though generation ran to the limit: those are hit_limit=True
  and counted correct when right for the photo ("tee, denim", "grey", "white").
- "Describe the shirt" answered with the top worn over or under the product (a white tee under a jacket, a navy polo
  over chinos) is correct when right for that top; calling a kurta "a shirt" or "a long shirt" is correct.
- A template answer to the color question has no hue in it; it is labeled by how it ended (cut or loop), not as a
  non-answer.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, question, wearing

CUT, NON, CONTRA, OTHER, LOOP = "cut", "non_answer", "contradiction", "other_garment_color", "loop"
LEAK, UNSUP, RESTATED, PRONOUN = "leak", "unsupported", "restated", "pronoun"

GARMENT = BLIND_QUESTIONS.garment_type
COLOR = BLIND_QUESTIONS.color
PATTERN = BLIND_QUESTIONS.pattern
SLEEVES = BLIND_QUESTIONS.sleeve_length
MATERIAL = question("material", "What material is it made of?", "open")


def man(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="the man", hit_limit=hit_limit)


def shirt(text, failure=None, hit_limit=False):
    return describe("shirt", text, failure, hit_limit)


def shirt_details(text, failure=None, hit_limit=False):
    return details("shirt", text, failure, hit_limit)


def pants(text, failure=None, hit_limit=False):
    return color_of("pants", text, failure, kind="open", hit_limit=hit_limit)


BLIND_555 = [
    # photo: white solid cotton poplin formal shirt, long sleeves with barrel cuffs, no pocket, tucked into charcoal
    # grey trousers, black belt, white backdrop, front view. Base model wrote the caption and all open answers.
    case(
        "X555-001",
        caption("a man in a white shirt and grey pants"),
        man("a white shirt and black pants", CONTRA),
        shirt("white", NON),
        shirt_details("the shirt has a pocket on the chest and french cuffs", UNSUP),
        pants("grey"),
        MATERIAL("cotton"),
        GARMENT("shirt"),
        COLOR("white"),
        SLEEVES("long"),
        title="Peter England Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: navy and green tartan check cotton shirt, long sleeves, buttoned, worn untucked over light blue jeans,
    # brown boots, white backdrop. Caption, wearing and details by the caption LoRA at epoch 3; "Describe the shirt"
    # by the base model.
    case(
        "X555-002",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long pants. The pants are with denim fabric and solid color "
            "patterns. The",
            CUT,
            hit_limit=True,
        ),
        man(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman",
            CUT,
            hit_limit=True,
        ),
        shirt("a blue and green plaid shirt"),
        shirt_details(
            "The shirt has long sleeves, cotton fabric and lattice patterns. It has a lapel neckline. The shirt has "
            "long sleeves, cotton fabric and lattice",
            LOOP,
            hit_limit=True,
        ),
        GARMENT("shirt"),
        PATTERN("checked"),
        COLOR("navy blue"),
        title="Roadster Men Navy Blue & Green Regular Fit Checked Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black cotton crew-neck t-shirt, short sleeves, chest print of "HRX" in white letters over a red stripe,
    # light-wash blue jeans, white sneakers, white backdrop. Base model wrote the caption and all open answers.
    case(
        "X555-003",
        caption("a man wearing a black t-shirt with a graphic print"),
        man("a black t-shirt and jeans"),
        shirt("a black t-shirt with white and red letters on the chest"),
        shirt_details("the t-shirt has a picture of a skull on it", UNSUP),
        pants("black", OTHER),
        MATERIAL("cotton"),
        GARMENT("t-shirt"),
        PATTERN("printed"),
        SLEEVES("long", CONTRA),
        title="HRX by Hrithik Roshan Men Black Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: maroon cotton pique polo, small white embroidered logo on the chest, white tipping on the collar, short
    # sleeves, beige chinos, white backdrop. Base model wrote the caption; the VQA LoRA wrote every open answer.
    case(
        "X555-004",
        caption("a man in a red polo shirt and khaki pants"),
        man(
            "polo shirt, pants polo shirt, pants polo shirt, pants polo shirt, pants polo shirt, pants polo shirt, "
            "pants",
            LOOP,
            hit_limit=True,
        ),
        pants(
            "khaki Question: What is the color of the shirt? Answer: red Question: What is the color of the",
            LEAK,
            hit_limit=True,
        ),
        shirt("red", NON, hit_limit=True),
        MATERIAL("polyester", UNSUP, hit_limit=True),
        GARMENT("polo shirt"),
        COLOR("maroon"),
        SLEEVES("short"),
        title="U.S. Polo Assn. Men Maroon Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: cream solid cotton knee-length kurta, mandarin collar, tonal cream thread embroidery on the placket,
    # cream fabric-covered buttons, white churidar, brown mojaris, white backdrop. Base model wrote all open texts.
    case(
        "X555-005",
        caption("a man in a white kurta and white pants"),
        man("a white kurta"),
        shirt("a long white shirt with a mandarin collar"),
        shirt_details("the shirt has gold buttons", UNSUP),
        pants("white"),
        MATERIAL("silk", UNSUP),
        GARMENT("kurta"),
        COLOR("cream"),
        PATTERN("printed", CONTRA),
        title="Manyavar Men Cream-Coloured Solid Straight Kurta",
        category="Kurtas",
        color="Cream",
        gender="Men",
    ),
    # photo: mid-blue whiskered slim jeans, plain white crew-neck t-shirt untucked, grey sneakers, three-quarter
    # view, white backdrop. Caption by the caption LoRA at epoch 1; open answers by the base model.
    case(
        "X555-006",
        caption(
            "a man wearing a white t-shirt and blue jeans. The person wears a short-sleeve T-shirt with pure color "
            "patterns. The T-shirt is with cotton",
            CUT,
            hit_limit=True,
        ),
        man("a white t-shirt and blue jeans"),
        shirt("a white t-shirt with a logo on the chest", UNSUP),
        pants("white", OTHER),
        shirt_details("the shirt details are the shirt details", RESTATED),
        MATERIAL("denim"),
        GARMENT("jeans"),
        COLOR("blue"),
        title="Levis Men Blue 511 Slim Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: olive green solid cotton shirt, long sleeves, two flap chest pockets, buttoned and untucked, black
    # jeans, white backdrop. Base model wrote the caption; the VQA LoRA wrote the open answers.
    case(
        "X555-007",
        caption("a man in a green shirt and black jeans"),
        man(
            "blouse/shirt, denim blouse/shirt, denim blouse/shirt, denim blouse/shirt, denim blouse/shirt, denim "
            "blouse/shirt",
            LOOP,
            hit_limit=True,
        ),
        pants("black", hit_limit=True),
        shirt(
            "green shirt Question: What is the color of the pants? Answer: black Question: What is the color of",
            LEAK,
            hit_limit=True,
        ),
        GARMENT("shirt"),
        COLOR("olive"),
        PATTERN("solid"),
        SLEEVES("long"),
        title="Highlander Men Olive Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: beige cotton chinos, navy short-sleeve polo untucked, brown loafers, hands empty, white backdrop. Base
    # model wrote the caption and open answers; "What are the shirt details?" by the caption LoRA at epoch 3.
    case(
        "X555-008",
        caption("a man in a blue polo shirt and khaki pants holding a coffee cup", UNSUP),
        man("a blue polo shirt and grey pants", CONTRA),
        shirt("a navy blue polo shirt"),
        shirt_details(
            "The shirt has short sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The pants "
            "are of long length. The pants",
            CUT,
            hit_limit=True,
        ),
        pants("blue", OTHER),
        MATERIAL("cotton"),
        GARMENT("trousers"),
        COLOR("navy blue", OTHER),
        title="Allen Solly Men Beige Slim Fit Solid Chinos",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: khaki cotton chino shorts above the knee, white linen short-sleeve shirt with no pocket, untucked,
    # white sneakers, white backdrop; the model has short hair and a beard. Base model wrote all open texts.
    case(
        "X555-009",
        caption("a woman in a white shirt and khaki shorts", PRONOUN),
        man("a white shirt and khaki shorts"),
        shirt("the shirt is white and has a collar"),
        shirt_details("the shirt has a pocket on the left side", UNSUP),
        pants("khaki"),
        MATERIAL("it is made of material", RESTATED),
        GARMENT("trousers", CONTRA),
        COLOR("khaki"),
        title="Mast & Harbour Men Khaki Solid Regular Fit Chino Shorts",
        category="Shorts",
        color="Khaki",
        gender="Men",
    ),
    # photo: olive nylon bomber jacket, black ribbed collar, cuffs and hem, zipped halfway over a grey crew-neck
    # t-shirt, black jeans, white backdrop. Caption, wearing and "Describe the shirt" by the caption LoRA at epoch 3;
    # the pants color by the base model.
    case(
        "X555-010",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. The "
            "gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. The "
            "gentleman wears a long-sleeve",
            LOOP,
            hit_limit=True,
        ),
        man(
            "The gentleman wears a long-sleeve jacket with pure color patterns and a short-sleeve T-shirt. The pants "
            "are of long length. The",
            CUT,
            hit_limit=True,
        ),
        shirt(
            "The lady wears a short-sleeve T-shirt with pure color patterns. Her T-shirt is with cotton fabric and "
            "its neckline is round. The",
            PRONOUN,
            hit_limit=True,
        ),
        pants("black"),
        GARMENT("jacket"),
        COLOR("olive"),
        SLEEVES("long"),
        title="Roadster Men Olive Green Solid Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: black quilted polyester puffer jacket with an attached hood, fully zipped, grey jeans, white sneakers,
    # front view, white backdrop. Base model wrote the caption; the VQA LoRA wrote the open answers. The feed row
    # has no color column.
    case(
        "X555-011",
        caption("a man in a black jacket and grey jeans"),
        man(
            "jacket, pants jacket, pants jacket, pants jacket, pants jacket, pants jacket, pants jacket, pants jacket",
            LOOP,
            hit_limit=True,
        ),
        pants("grey", hit_limit=True),
        shirt(
            "black Question: What is the color of the pants? Answer: grey Question: Is this a jacket? Answer: yes",
            LEAK,
            hit_limit=True,
        ),
        MATERIAL("cotton", UNSUP, hit_limit=True),
        GARMENT("jacket"),
        COLOR("navy blue", CONTRA),
        SLEEVES("long"),
        title="Fort Collins Men Black Solid Hooded Padded Jacket",
        category="Jackets",
        gender="Men",
    ),
    # photo: indigo cotton kurta with small white block-printed floral buttis, long sleeves, mandarin collar, white
    # pyjama, white backdrop. Base model wrote all open texts.
    case(
        "X555-012",
        caption("a man wearing a black kurta with white polka dots", CONTRA),
        man("a blue kurta and white pants"),
        shirt("a blue shirt with small white flowers"),
        shirt_details("the shirt has a v-neck", UNSUP),
        pants("blue", OTHER),
        MATERIAL("cotton"),
        GARMENT("kurta"),
        PATTERN("printed"),
        COLOR("navy blue"),
        title="Fabindia Men Indigo Block Printed Cotton Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: light blue and white micro-check cotton formal shirt, long sleeves, tucked into navy trousers, brown
    # belt, white backdrop. Caption and "Describe the shirt" by the caption LoRA at epoch 1; wearing and the pants
    # color by the base model.
    case(
        "X555-013",
        caption(
            "a man wearing a blue checkered shirt and blue pants. The shirt is with cotton fabric and lattice "
            "patterns. The pants are of long length. The pants are with cotton",
            CUT,
            hit_limit=True,
        ),
        man("a blue and white checkered shirt and navy pants"),
        shirt(
            "The shirt is with cotton fabric and lattice patterns. Its neckline is lapel and it has long sleeves. The "
            "shirt is tucked in the",
            CUT,
            hit_limit=True,
        ),
        pants("navy"),
        GARMENT("shirt"),
        PATTERN("checked"),
        COLOR("blue"),
        SLEEVES("long"),
        title="Louis Philippe Men Blue Slim Fit Micro Checked Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: mid-grey poly-viscose flat-front formal trousers, white formal shirt with one chest pocket tucked in, no
    # tie, black belt, black shoes, white backdrop. Base model wrote all open texts.
    case(
        "X555-014",
        caption("a man in a white shirt and grey pants with a tie", UNSUP),
        man("white shirt and grey pants"),
        shirt("a blue dress shirt", CONTRA),
        shirt_details("it has a pocket on the chest"),
        pants("the color of the pants", RESTATED),
        MATERIAL("polyester"),
        GARMENT("trousers"),
        COLOR("white", OTHER),
        PATTERN("solid"),
        title="Arrow Men Grey Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: black polyester running shorts with a small white Puma cat logo on the left leg, plain grey melange
    # t-shirt with no logo, black sneakers, white backdrop. Base model wrote all open texts.
    case(
        "X555-015",
        caption("a man in a grey t-shirt and black shorts"),
        man("a grey shirt and black shorts"),
        shirt("the shirt is grey"),
        shirt_details("the shirt has a puma logo on the chest", UNSUP),
        pants("grey", OTHER),
        MATERIAL("polyester"),
        GARMENT("t-shirt", CONTRA),
        COLOR("black"),
        title="Puma Men Black Solid dryCELL Running Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: red and navy horizontal striped cotton crew-neck t-shirt, short sleeves, light-wash blue jeans, white
    # backdrop. Base model wrote all open texts.
    case(
        "X555-016",
        caption("a man wearing a red and blue striped shirt"),
        man("a striped shirt and black jeans", CONTRA),
        shirt("red and blue stripes"),
        shirt_details("the shirt has a white collar", UNSUP),
        pants("blue"),
        GARMENT("t-shirt"),
        PATTERN("solid", CONTRA),
        COLOR("red"),
        SLEEVES("short"),
        title="United Colors of Benetton Men Red & Navy Blue Striped Round Neck T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: mustard yellow cotton crew-neck t-shirt, dark indigo jeans, white sneakers, no glasses or accessories,
    # white backdrop. Base model wrote the caption; the VQA LoRA wrote the open answers.
    case(
        "X555-017",
        caption("a man in a yellow shirt and jeans wearing sunglasses", UNSUP),
        man("tee, denim", hit_limit=True),
        pants(" ".join(["yellow"] * 30), LOOP, hit_limit=True),
        shirt(
            "Answer: yellow Question: Describe the shirt. Answer: yellow Question: Describe the shirt. Answer:",
            LEAK,
            hit_limit=True,
        ),
        GARMENT("t-shirt"),
        COLOR("mustard"),
        PATTERN("solid"),
        title="Roadster Men Mustard Yellow Solid Round Neck T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: charcoal grey washed stretch jeans, light pink oxford shirt with the sleeves rolled up, untucked, tan
    # boots, white backdrop. Base model wrote all open texts.
    case(
        "X555-018",
        caption("a man in a pink shirt and dark grey jeans"),
        man("pink shirt and grey jeans"),
        shirt("a pink button down shirt with the sleeves rolled up"),
        shirt_details("pink", NON),
        pants("pink", OTHER),
        MATERIAL("denim"),
        GARMENT("shirt", CONTRA),
        COLOR("grey"),
        title="Wrangler Men Charcoal Grey Skanders Slim Fit Stretchable Jeans",
        category="Jeans",
        color="Charcoal",
        gender="Men",
    ),
    # photo: mid-blue washed denim trucker jacket worn open over a plain white crew-neck t-shirt, black chinos,
    # white sneakers, white backdrop. Caption by the caption LoRA at epoch 3; open answers by the base model.
    case(
        "X555-019",
        caption(
            "The gentleman wears a long-sleeve outer clothing with denim fabric and pure color patterns. The "
            "gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The pants are of long",
            CUT,
            hit_limit=True,
        ),
        man("a blue jean jacket and blue jeans", OTHER),
        shirt("a white t-shirt"),
        pants("blue", OTHER),
        shirt_details("the shirt is a shirt", RESTATED),
        MATERIAL("denim"),
        GARMENT("jacket"),
        COLOR("blue"),
        SLEEVES("long"),
        title="Roadster Men Blue Washed Denim Trucker Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: teal cotton pique polo with a small white embroidered logo and a two-button placket, short sleeves,
    # white chino shorts, boat shoes, white backdrop. Base model wrote all open texts.
    case(
        "X555-020",
        caption("a man in a green polo shirt and white shorts"),
        man("she is wearing a green shirt and white shorts", PRONOUN),
        shirt("a teal polo shirt with a white logo"),
        shirt_details("the shirt has a zipper at the neck", UNSUP),
        pants("white"),
        MATERIAL("cotton"),
        GARMENT("polo shirt"),
        PATTERN("striped", CONTRA),
        SLEEVES("short"),
        title="U.S. Polo Assn. Men Teal Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: white linen shirt with thin blue vertical stripes, long sleeves buttoned at the cuff, untucked, beige
    # chinos, white backdrop. Caption and details by the caption LoRA at epoch 1; the rest by the base model.
    case(
        "X555-021",
        caption(
            "a man wearing a white and blue striped shirt and beige pants a man wearing a white and blue striped shirt "
            "and beige pants a man wearing a",
            LOOP,
            hit_limit=True,
        ),
        man("a white shirt and beige pants"),
        shirt("a blue and white striped shirt"),
        shirt_details(
            "The shirt has long sleeves, linen fabric and striped patterns. It has a lapel neckline. The pants are of "
            "long length and the",
            CUT,
            hit_limit=True,
        ),
        pants("white", OTHER),
        MATERIAL("linen"),
        GARMENT("shirt"),
        PATTERN("striped"),
        SLEEVES("short", CONTRA),
        title="Peter England Men White & Blue Striped Linen Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: rust (orange-brown) cotton kurta with a small cream paisley print, mandarin collar, no embroidery, beige
    # trousers, white backdrop; the seller calls it Brown. Base model wrote all open texts.
    case(
        "X555-022",
        caption("a man in an orange kurta and beige pants"),
        man("an orange kurta with gold embroidery", UNSUP),
        shirt("an orange shirt with a paisley print"),
        shirt_details("the shirt has a paisley print and a mandarin collar"),
        pants("orange", OTHER),
        MATERIAL("cotton"),
        GARMENT("kurta"),
        COLOR("rust"),
        PATTERN("printed"),
        title="Anouk Men Brown Paisley Printed Straight Kurta",
        category="Kurtas",
        color="Brown",
        gender="Men",
    ),
    # photo: navy cotton chinos, white crew-neck t-shirt untucked, white sneakers, white backdrop. Caption by the
    # caption LoRA at epoch 3; open answers by the VQA LoRA.
    case(
        "X555-023",
        caption(
            "This lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. This lady wears a long trousers. The trousers are with cotton fabric and",
            PRONOUN,
            hit_limit=True,
        ),
        man(
            "tee, pants Question: What is the color of the pants? Answer: navy Question: What is the",
            LEAK,
            hit_limit=True,
        ),
        pants(" ".join(["blue"] * 30), LOOP, hit_limit=True),
        shirt("no", NON, hit_limit=True),
        GARMENT("trousers"),
        COLOR("white", OTHER),
        title="Highlander Men Navy Blue Slim Fit Solid Chinos",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: grey melange cotton henley t-shirt, three-button placket, long sleeves, olive chinos, white backdrop.
    # Base model wrote all open texts. The feed row has no title.
    case(
        "X555-024",
        caption("a man in a grey shirt and green pants"),
        man("a grey sweater and olive pants", CONTRA),
        shirt("the shirt is grey with buttons at the neck"),
        shirt_details("it has three buttons and long sleeves"),
        pants("olive green"),
        MATERIAL("cotton"),
        GARMENT("t-shirt"),
        SLEEVES("short", CONTRA),
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: black PU (faux leather) biker jacket with an asymmetric silver zip, worn open over a plain white
    # crew-neck t-shirt, blue jeans, white backdrop. Base model wrote all open texts.
    case(
        "X555-025",
        caption("a man in a black leather jacket and jeans"),
        man("a black leather jacket, white shirt and jeans"),
        shirt("", NON),
        shirt_details("the shirt has a zipper on the front", UNSUP),
        pants("black", OTHER),
        MATERIAL("leather", CONTRA),
        GARMENT("jacket"),
        COLOR("black"),
        title="Roadster Men Black Solid Faux Leather Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: maroon silk-blend kurta with gold thread embroidery on the stand collar and placket, long sleeves,
    # cream churidar, no watch or jewellery, white backdrop. Caption LoRA at epoch 3 wrote all open texts.
    case(
        "X555-026",
        caption(
            "The gentleman wears a long-sleeve shirt with complicated patterns. The shirt is with silk fabric and its "
            "neckline is stand. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is an accessory on his wrist.",
            UNSUP,
            hit_limit=True,
        ),
        man(
            "The gentleman wears a long-sleeve shirt with complicated patterns and a long pants. The gentleman wears "
            "a long-sleeve shirt with complicated",
            LOOP,
            hit_limit=True,
        ),
        shirt_details(
            "The shirt has long sleeves, silk fabric and complicated patterns. It has a stand neckline and the pants "
            "this gentleman wears is of",
            CUT,
            hit_limit=True,
        ),
        GARMENT("kurta"),
        COLOR("maroon"),
        SLEEVES("long"),
        title="Manyavar Men Maroon Embroidered Silk Blend Straight Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Men",
    ),
    # photo: mid-blue skinny jeans with slashed knees, black crew-neck t-shirt, white sneakers, white backdrop. Base
    # model wrote the caption; the VQA LoRA wrote the open answers.
    case(
        "X555-027",
        caption("a man wearing a black t-shirt and ripped jeans"),
        man(
            "tee, denim tee, denim tee, denim tee, denim tee, denim tee, denim tee, denim tee, denim",
            LOOP,
            hit_limit=True,
        ),
        pants("black", OTHER, hit_limit=True),
        shirt(
            "Question: Describe the shirt. Answer: black tee Question: Describe the shirt. Answer: black tee",
            LEAK,
            hit_limit=True,
        ),
        GARMENT("jeans"),
        COLOR("blue"),
        title="Roadster Men Blue Skinny Fit Mid-Rise Slash Knee Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: khaki cotton cargo shorts with flap pockets on the sides, olive green crew-neck t-shirt, white backdrop.
    # Caption, wearing and "Describe the shirt" by the caption LoRA at epoch 1; the pants color by the base model.
    case(
        "X555-028",
        caption(
            "a man in a green shirt and khaki shorts with pockets on the sides a man in a green shirt and khaki "
            "shorts with pockets on the sides a",
            LOOP,
            hit_limit=True,
        ),
        man(
            "a green t-shirt and khaki shorts. The gentleman wears a short-sleeve T-shirt with pure color patterns. "
            "The T-shirt",
            CUT,
            hit_limit=True,
        ),
        shirt(
            "a green shirt. The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with "
            "cotton fabric",
            PRONOUN,
            hit_limit=True,
        ),
        pants("green", OTHER),
        GARMENT("shorts"),
        COLOR("khaki"),
        PATTERN("solid"),
        title="Mast & Harbour Men Khaki Solid Regular Fit Cargo Shorts",
        category="Shorts",
        color="Khaki",
        gender="Men",
    ),
    # photo: light pink cotton oxford button-down shirt with a chest pocket, long sleeves, tucked into navy chinos,
    # brown belt, white backdrop. Base model wrote all open texts.
    case(
        "X555-029",
        caption("a man in a red shirt and blue pants", CONTRA),
        man("a pink shirt and pink pants", OTHER),
        shirt("pink button down shirt"),
        shirt_details("the details of the shirt", RESTATED),
        pants("pink", OTHER),
        MATERIAL("cotton"),
        GARMENT("shirt"),
        COLOR("pink"),
        SLEEVES("long"),
        title="Arrow Men Pink Regular Fit Solid Oxford Casual Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: black formal trousers, lavender long-sleeve formal shirt tucked in with the cuffs buttoned, no watch,
    # black belt, white backdrop. Caption LoRA at epoch 3 wrote all open texts.
    case(
        "X555-030",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. The gentleman wears a long",
            CUT,
            hit_limit=True,
        ),
        man(
            "Question: What is the man wearing? Answer: The gentleman wears a long-sleeve shirt with pure color "
            "patterns. The",
            LEAK,
            hit_limit=True,
        ),
        pants(
            "The trousers are with cotton fabric and pure color patterns. The trousers are of long length. The "
            "trousers are with cotton",
            LOOP,
            hit_limit=True,
        ),
        shirt_details(
            "The shirt has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. There is a "
            "watch on his wrist",
            UNSUP,
            hit_limit=True,
        ),
        GARMENT("trousers"),
        COLOR("black"),
        PATTERN("solid"),
        title="Van Heusen Men Black Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: bright yellow cotton pique polo with a small navy flag logo, short sleeves, white jeans, white sneakers,
    # white backdrop. Base model wrote all open texts.
    case(
        "X555-031",
        caption("a man in a yellow polo shirt and white jeans"),
        man("a yellow shirt and white pants"),
        shirt("a yellow polo shirt with a small logo"),
        shirt_details("yes", NON),
        pants("yellow", OTHER),
        MATERIAL("cotton"),
        GARMENT("polo shirt"),
        COLOR("white", OTHER),
        SLEEVES("long", CONTRA),
        title="Tommy Hilfiger Men Yellow Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: navy quilted nylon sleeveless puffer gilet, zipped, two zip hand pockets, no hood, over a white
    # long-sleeve t-shirt, khaki chinos, white backdrop. Base model wrote all open texts.
    case(
        "X555-032",
        caption("a man in a blue vest and khaki pants"),
        man("a blue vest and khaki pants"),
        shirt("a white long sleeve shirt"),
        shirt_details("it has a hood and two pockets", UNSUP),
        pants("khaki"),
        MATERIAL("nylon"),
        GARMENT("jacket"),
        SLEEVES("long", CONTRA),
        COLOR("navy blue"),
        title="Roadster Men Navy Blue Solid Sleeveless Puffer Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: white cotton crew-neck t-shirt with a large multicolour sunset-and-palm-tree graphic (orange, pink,
    # purple) on the chest, blue denim shorts, white backdrop. Caption and wearing by the caption LoRA at epoch 3;
    # "Describe the shirt" and the pants color by the base model.
    case(
        "X555-033",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The gentleman wears a three-point shorts. The shorts are with denim fabric and "
            "pure color patterns. The",
            CUT,
            hit_limit=True,
        ),
        man(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns and a three-point shorts. The gentleman "
            "wears a short-sleeve T-shirt with",
            LOOP,
            hit_limit=True,
        ),
        shirt("a white t-shirt with a colorful picture of a sunset on it"),
        pants("white", OTHER),
        GARMENT("t-shirt"),
        PATTERN("solid", CONTRA),
        COLOR("white"),
        title="Kook N Keech Men White Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: maroon and black buffalo-check cotton flannel shirt with two chest pockets, worn open over a plain black
    # crew-neck t-shirt, grey jeans, white backdrop; the male model has shoulder-length hair. Base model wrote all
    # open texts.
    case(
        "X555-034",
        caption("a woman wearing a red plaid shirt and grey jeans", PRONOUN),
        man("a red and black plaid shirt over a black t-shirt and grey jeans"),
        shirt("red and black checkered flannel shirt"),
        shirt_details("the shirt has two pockets on the chest"),
        pants("black", OTHER),
        MATERIAL("wool", UNSUP),
        GARMENT("jacket", CONTRA),
        PATTERN("checked"),
        COLOR("maroon"),
        title="Flying Machine Men Maroon & Black Buffalo Checked Flannel Casual Shirt",
        category="Shirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: light grey faded cotton jeans, plain navy blue shirt with navy buttons and no epaulettes, untucked,
    # white sneakers, white backdrop. Base model wrote all open texts.
    case(
        "X555-035",
        caption("a man in a blue shirt and grey jeans"),
        man("a black shirt and jeans", CONTRA),
        shirt("the shirt is blue with white buttons and epaulettes", UNSUP),
        shirt_details("the shirt details", RESTATED),
        pants("blue", OTHER),
        MATERIAL("denim"),
        GARMENT("jeans"),
        COLOR("blue", OTHER),
        title="Levis Men Grey 511 Slim Fit Light Fade Jeans",
        category="Jeans",
        color="Grey",
        gender="Men",
    ),
    # photo: dark green short-sleeve camp-collar viscose shirt with a large white and pink tropical leaf-and-flower
    # print, white chino shorts, white backdrop. Base model wrote the caption; the VQA LoRA wrote the open answers.
    case(
        "X555-036",
        caption("a man in a green floral shirt and white shorts"),
        man(
            "blouse/shirt, shorts blouse/shirt, shorts blouse/shirt, shorts blouse/shirt, shorts blouse/shirt, "
            "shorts blouse/shirt",
            LOOP,
            hit_limit=True,
        ),
        pants(
            "green Question: What is the color of the shorts? Answer: white Question: What is the color of the",
            LEAK,
            hit_limit=True,
        ),
        shirt("yes", NON, hit_limit=True),
        GARMENT("shirt"),
        PATTERN("floral"),
        SLEEVES("short"),
        COLOR("white", OTHER),
        title="Mast & Harbour Men Green Tropical Printed Casual Shirt",
        category="Shirts",
        color="Green",
        gender="Men",
    ),
    # photo: beige linen-blend trousers, light blue shirt with the sleeves rolled to the forearm, tucked in, brown
    # belt, white backdrop. Caption and wearing by the caption LoRA at epoch 1; the rest by the base model.
    case(
        "X555-037",
        caption(
            "a man wearing a blue shirt and beige pants. The gentleman wears a long-sleeve shirt with pure color "
            "patterns. The shirt is with cotton fabric and its",
            CUT,
            hit_limit=True,
        ),
        man(
            "Answer: a blue shirt and beige pants. The gentleman wears a long-sleeve shirt with pure color patterns. "
            "The",
            LEAK,
            hit_limit=True,
        ),
        shirt("a light blue shirt with the sleeves rolled up"),
        shirt_details("no", NON),
        pants("beige"),
        MATERIAL("linen"),
        GARMENT("trousers"),
        COLOR("white", CONTRA),
        PATTERN("solid"),
        title="Marks & Spencer Men Beige Regular Fit Linen Blend Trousers",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: plain navy cotton crew-neck t-shirt, black chinos, white sneakers, white backdrop. Base model wrote all
    # open texts.
    case(
        "X555-038",
        caption("a man in a blue t-shirt and black pants"),
        man("a blue shirt and black pants"),
        shirt("it is a shirt", RESTATED),
        shirt_details("the shirt is black", OTHER),
        pants("black"),
        MATERIAL("polyester", UNSUP),
        GARMENT("t-shirt"),
        COLOR("navy blue"),
        title="Roadster Men Navy Blue Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: tan cotton twill harrington jacket without a hood, zipped halfway over a white t-shirt, dark blue jeans,
    # white backdrop. Caption by the caption LoRA at epoch 3; open answers by the base model.
    case(
        "X555-039",
        caption(
            "The gentleman wears a long-sleeve outer clothing with cotton fabric and pure color patterns. The "
            "gentleman wears a long pants. The pants are with denim fabric and pure color patterns. There is an "
            "accessory on his wrist. There is an accessory on his wrist. There is",
            LOOP,
            hit_limit=True,
        ),
        man("a brown jacket and jeans"),
        shirt("a white t-shirt under a brown jacket"),
        pants("brown", OTHER),
        shirt_details("the shirt has a hood", UNSUP),
        MATERIAL("suede", UNSUP),
        GARMENT("jacket"),
        COLOR("brown"),
        title="Roadster Men Tan Brown Solid Harrington Jacket",
        category="Jackets",
        color="Tan",
        gender="Men",
    ),
    # photo: plain red cotton short kurta (hip length), mandarin collar, long sleeves, no embroidery, worn over blue
    # jeans, brown sandals; the male model has long hair tied back, white backdrop. Base model wrote all open texts.
    case(
        "X555-040",
        caption("a woman in a red kurta and jeans", PRONOUN),
        man("a red kurta and blue jeans"),
        shirt("a red shirt with white embroidery", UNSUP),
        shirt_details("the shirt has details", RESTATED),
        pants("blue"),
        MATERIAL("cotton"),
        GARMENT("shirt", CONTRA),
        COLOR("red"),
        title="Vastramay Men Red Solid Short Kurta",
        category="Kurtas",
        color="Red",
        gender="Men",
    ),
    # photo: black slim jeans, white shirt with a spread collar, untucked, black boots, white backdrop. Caption by
    # the caption LoRA at epoch 1; open answers by the base model.
    case(
        "X555-041",
        caption(
            "a man wearing a white shirt and black jeans. The gentleman wears a long-sleeve shirt with pure color "
            "patterns. The shirt is with cotton fabric and",
            CUT,
            hit_limit=True,
        ),
        man("white shirt and black jeans"),
        shirt("a white shirt with a collar"),
        pants("white", OTHER),
        shirt_details("it has a mandarin collar", UNSUP),
        MATERIAL("denim"),
        GARMENT("jeans"),
        COLOR("blue", CONTRA),
        title="Flying Machine Men Black Slim Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: white cotton pique polo with navy tipping on the collar and sleeve hems, short sleeves, grey cotton
    # shorts, white backdrop. Base model wrote the caption; the VQA LoRA wrote the open answers.
    case(
        "X555-042",
        caption("a man in a white polo shirt and grey shorts"),
        man("polo shirt, shorts", hit_limit=True),
        pants(" ".join(["white"] * 30), LOOP, hit_limit=True),
        shirt(
            "white Question: What are the shirt details? Answer: short sleeve Question: What is the color of the",
            LEAK,
            hit_limit=True,
        ),
        GARMENT("polo shirt"),
        COLOR("white"),
        PATTERN("striped", CONTRA),
        title="U.S. Polo Assn. Men White Solid Polo T-shirt with Contrast Tipping",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: charcoal grey solid cotton formal shirt, no pocket, long sleeves with single-button cuffs, black
    # trousers, black belt, white backdrop. Base model wrote all open texts. The feed row has no color column.
    case(
        "X555-043",
        caption("a man in a black shirt and black pants", CONTRA),
        man("a grey shirt and black pants"),
        shirt("it's a shirt", RESTATED),
        shirt_details("the shirt has a pocket on the left and buttons on the cuffs", UNSUP),
        pants("black"),
        MATERIAL("i don't know", NON),
        GARMENT("shirt"),
        COLOR("grey"),
        title="Blackberrys Men Charcoal Grey Slim Fit Solid Formal Shirt",
        category="Shirts",
        gender="Men",
    ),
    # photo: mid-blue washed denim shorts with a frayed hem, white and navy horizontal striped crew-neck t-shirt with
    # no pocket, white backdrop. Base model wrote all open texts.
    case(
        "X555-044",
        caption("a man wearing a striped shirt and denim shorts"),
        man("a striped shirt and blue shorts"),
        shirt("a white shirt with blue stripes"),
        shirt_details("the shirt has stripes on it and a pocket on the chest", UNSUP),
        pants("blue"),
        MATERIAL("denim"),
        GARMENT("shorts"),
        PATTERN("striped", CONTRA),
        COLOR("white", OTHER),
        title="Roadster Men Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: dark coffee-brown cotton chinos, cream shirt tucked in with the sleeves rolled up, white backdrop.
    # Caption LoRA at epoch 3 wrote all open texts.
    case(
        "X555-045",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. The trousers are with cotton fabric",
            LOOP,
            hit_limit=True,
        ),
        man(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady",
            PRONOUN,
            hit_limit=True,
        ),
        pants(
            "The trousers are with cotton fabric and pure color patterns. The trousers are of long length. The "
            "gentleman wears a long",
            CUT,
            hit_limit=True,
        ),
        GARMENT("trousers"),
        COLOR("brown"),
        PATTERN("solid"),
        title="Dennis Lingo Men Coffee Brown Slim Fit Solid Chinos",
        category="Trousers",
        color="Coffee Brown",
        gender="Men",
    ),
    # photo: indigo and white ikat-print cotton short kurta, Nehru collar, long sleeves, white trousers, white
    # backdrop. Base model wrote the caption; the VQA LoRA wrote the open answers.
    case(
        "X555-046",
        caption("a man in a blue and white shirt and white pants"),
        man(
            "blouse/shirt, pants Question: Is this a kurta? Answer: yes Question: Is this a kurta? Answer: yes",
            LEAK,
            hit_limit=True,
        ),
        pants("white", hit_limit=True),
        shirt(" ".join(["blue and white"] * 10), LOOP, hit_limit=True),
        GARMENT("kurta"),
        PATTERN("printed"),
        COLOR("blue"),
        SLEEVES("long"),
        title="Jompers Men Blue & White Ikat Printed Short Kurta",
        category="Kurtas",
        color="Blue",
        gender="Men",
    ),
]
