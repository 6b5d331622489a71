"""BLIND_1015 (46 products; Myntra women's tops and tees, caption epoch 1): written blind in the fifty-eighth session.
Measured blind at f4651f6 (the session's sixth rules): 115/126 failures found (91.3%) and 9/176 correct texts flagged
(5.1%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's tops, shirts and t-shirts (crop tops, peplum tops, wrap tops, off-shoulder and
bardot tops, a few casual shirts and crop tees). Catalog photos on a white backdrop, the model wearing the product with
jeans, trousers, shorts or a skirt; one holds a straw hat, one wears a belt. Seller columns as a feed has them: title,
category (Tops, Shirts, Tshirts), color (Myntra base colours: Mustard, Rust, Coral, Mauve, Off White, Multi...) and
gender; one row lacks the color, one the category, one the gender.

Who wrote what: every caption and every open answer (wearing, describe, details, material, open color questions) is
free generation by the caption adapter at epoch 1 (leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch on
blip2-opt-2.7b, greedy, 50 new tokens for captions, 30 for answers). After one epoch it still half answers like the
base model ("a woman wearing a red off the shoulder top and denim shorts"), and half writes the DeepFashion template
("The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric."): no hue in the
template, "pure color", "lattice", "knitting fabric", "There is an accessory on her wrist", "The gentleman" for
short-haired models. It was trained without an end token, so when it does not fall back on the base model's newline it
loops or runs to the limit. The closed answers (garment_type, color, pattern, sleeve_length, neckline, the yes/no
"Is this a ...?" questions) come from enrich's --engine reference, one candidate value each; they never loop or stop
short, but they pick the jeans' or skirt's color and "dress" for peplum tops as often as the base model does.

Labeling conventions and judgement calls:
- Truth is the photo as the "# photo:" comment describes it, not the seller's column (none of the sellers here is
  wrong, but a hue word of the same family counts as right: peach/coral as pink, teal as blue, maroon or burgundy as
  red, lavender or mauve as purple, off white as white, olive or sage as green, rust as orange).
- A color that belongs to another garment in the photo (jeans, skirt, trousers, shorts, belt), given for the product,
  open or closed, is other_garment_color. A wrong color that belongs to nothing else in the photo, or the color of the
  product's own print or embroidery given as the product's color, is contradiction. Giving the product's color to the
  other garment ("a green top and green pants" when the pants are white) is contradiction.
- A wrong garment type, pattern, sleeve length or neckline, or a wrong yes to "Is this a dress?", is contradiction.
- An invented detail not in the photo (zip, pocket, belt, bracelet "accessory", lace trim, a bow, a different slogan)
  is unsupported; so is a material the photo rules out (denim for gingham cotton, leather or straw for a top, wool for
  a jersey top, silk for cotton). Template fabric claims that fit what the photo shows (cotton for a jersey tee,
  chiffon for a sheer ruffled top, knitting fabric for a ribbed knit) are accepted as correct.
- hit_limit=True only where the text ran to its token limit; every such text is either a loop or cut mid-phrase, and
  is labeled loop when it repeats, leak when it carries a "Question: ... Answer:" echo, cut otherwise. A text that
  ends on a whole sentence and did not hit the limit is not cut even when it rambles on to the other garment.
- The caption template returned for an open color question ("The top is with floral patterns.") names no hue: it is
  non_answer, as are "yes", "none", "clothes", "fabric" for the material, or a bare garment or color word for
  wearing/describe/details.
- restated: the question's own words back with nothing added ("the t-shirt details are the t-shirt details",
  "describe the top", "the person is wearing").
- pronoun: "he", "his", "the gentleman", "a man" for these women models, labeled only where the row has a gender.
- One label per text, the failure a reader would name first.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    question,
    wearing,
)

gt = BLIND_QUESTIONS.garment_type
col = BLIND_QUESTIONS.color
pat = BLIND_QUESTIONS.pattern
sl = BLIND_QUESTIONS.sleeve_length
mat = BLIND_QUESTIONS.material
neck = question("neckline", "What is the neckline of the garment?", "closed")

BLIND_1015 = [
    # photo: white cotton jersey crop top, short sleeves, round neck, with high-waist mid-blue jeans; white backdrop,
    # front view. Caption adapter epoch 1: caption, wearing, open color, describe, details; reference: closed answers.
    case(
        "X1015-001",
        caption("a woman wearing a white crop top with pure color patterns and blue denim jeans"),
        wearing("a white crop top and blue jeans"),
        color_of("top", "blue", "other_garment_color", kind="open"),
        describe(
            "top", "The top is a long-sleeve crop top with a round neckline and pure color patterns", "contradiction"
        ),
        details("top", "The crop top has a small pocket on the chest and a zip at the back", "unsupported"),
        gt("crop top"),
        pat("solid"),
        sl("short"),
        title="Roadster Women White Solid Crop Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: black sleeveless peplum top, square neck, worn with white straight trousers; white backdrop, front view.
    # Caption adapter epoch 1: caption, wearing, open color, details; reference: is_a, sleeve length.
    case(
        "X1015-002",
        caption(
            "The lady wears a sleeveless peplum top with pure color patterns. The top is with cotton fabric. It has a "
            "square neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a black peplum top and white pants"),
        color_of("top", "black", kind="open"),
        is_a("dress", "yes", "contradiction"),
        sl("sleeveless"),
        details("top", "The top has a peplum hem, a square neckline and a zipper at the back", "unsupported"),
        title="Tokyo Talkies Women Black Solid Peplum Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: mustard yellow wrap top, three-quarter sleeves, V-neck, tie at the left waist, with black skinny jeans;
    # white backdrop, front view. Caption adapter epoch 1: caption, wearing, open color, describe, material;
    # reference: color, neckline, sleeve length.
    case(
        "X1015-003",
        caption("a woman in a yellow wrap top and black jeans posing for a photo"),
        wearing("She is wearing a yellow wrap top with a tie at the waist and blue jeans", "contradiction"),
        color_of("top", "black", "other_garment_color", kind="open"),
        col("yellow"),
        neck("v-neck"),
        sl("three-quarter"),
        describe(
            "top",
            "The top is a wrap top with three-quarter sleeves. The top is a wrap top with three-quarter sleeves. "
            "The top is a wrap top with",
            "loop",
            hit_limit=True,
        ),
        mat("silk", "unsupported"),
        title="SASSAFRAS Women Mustard Yellow Solid Wrap Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: red bardot (off-shoulder) top, elasticated neckline, short flared sleeves, smocked waist, with blue denim
    # shorts; white backdrop, front view. Caption adapter epoch 1: caption, wearing, details, material; reference:
    # color, neckline, pattern.
    case(
        "X1015-004",
        caption("a woman in a red off the shoulder top and denim shorts"),
        wearing("He is wearing a red off shoulder top and blue shorts", "pronoun"),
        col("red"),
        neck("off-shoulder"),
        pat("solid"),
        details("top", "the top has an elasticated off-shoulder neckline and short flared sleeves"),
        mat("denim", "unsupported"),
        title="Berrylush Women Red Solid Bardot Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: navy blue and white horizontal striped cropped t-shirt, short sleeves, round neck, with white cotton
    # shorts; white backdrop, front view. Caption adapter epoch 1: caption, open color, details; reference: pattern,
    # type, sleeves, is_a shirt.
    case(
        "X1015-005",
        caption(
            "The lady wears a short-sleeve T-shirt with stripe patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a shorts. The shorts are with cotton fabric and pure color patterns. The "
            "lady wears a pair of",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "navy blue and white", kind="open"),
        pat("striped"),
        gt("t-shirt"),
        sl("short"),
        is_a("shirt", "yes", "contradiction"),
        details("t-shirt", "the t-shirt details are the t-shirt details", "restated"),
        title="H&M Women Navy Blue Striped Cropped T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: lavender peplum top with a ruffled peplum and short flutter sleeves, round neck, with light blue jeans;
    # white backdrop, front view. Caption adapter epoch 1: caption, wearing, describe; reference: color of the top
    # (closed), garment type.
    case(
        "X1015-006",
        caption("a woman wearing a purple peplum top and blue jeans"),
        wearing(
            "Question: What is the person wearing? Answer: a purple top and jeans Question: What is the color of the "
            "top? Answer:",
            "leak",
            hit_limit=True,
        ),
        color_of("top", "blue", "other_garment_color"),
        gt("top"),
        describe("top", "the top has a ruffled peplum hem and short flutter sleeves"),
        title="DressBerry Women Lavender Solid Peplum Top",
        category="Tops",
        color="Lavender",
        gender="Women",
    ),
    # photo: white cotton poplin off-shoulder top with long balloon sleeves gathered at the wrist, plain neckline, with
    # black trousers; white backdrop, front view. Caption adapter epoch 1: caption, wearing, open color, details;
    # reference: sleeves, neckline, is_a crop top.
    case(
        "X1015-007",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. Its "
            "neckline is off-shoulder. The lady wears a long pants. The pants are with cotton fabric and solid color "
            "patterns. There is a",
            "cut",
            hit_limit=True,
        ),
        wearing("a white off the shoulder top and black pants"),
        color_of("top", "white", kind="open"),
        sl("short", "contradiction"),
        neck("off-shoulder"),
        is_a("crop top", "no"),
        details("top", "the top has balloon sleeves with button cuffs and a lace trim at the neckline", "unsupported"),
        title="Trendyol Women White Off-Shoulder Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: olive green satin wrap top, long sleeves, V-neck, with beige wide trousers; white backdrop, front view.
    # Caption adapter epoch 1: caption, wearing, describe, material; reference: color, sleeves.
    case(
        "X1015-008",
        caption("a woman wearing a green satin wrap top and beige pants"),
        col("green"),
        mat("satin"),
        describe(
            "top",
            "The top is green. The top is green. The top is green. The top is green. The top is green. The top is "
            "green. The",
            "loop",
            hit_limit=True,
        ),
        wearing("a green wrap top and green pants", "contradiction"),
        sl("long"),
        title="AND Women Olive Satin Wrap Top",
        category="Tops",
        color="Olive",
        gender="Women",
    ),
    # photo: peach smocked off-shoulder crop top, short puff sleeves, with white wide-leg trousers; white backdrop,
    # front view. Caption adapter epoch 1: caption, open color, details, material; reference: neckline, type.
    case(
        "X1015-009",
        caption("a woman in a pink off shoulder crop top and white pants"),
        color_of("top", "white", "other_garment_color", kind="open"),
        neck("off-shoulder"),
        gt("crop top"),
        details("top", "yes", "non_answer"),
        mat(
            "The crop top is with cotton fabric. The pants are with cotton fabric and pure color patterns. The pants "
            "are with cotton fabric and pure color patterns",
            "loop",
            hit_limit=True,
        ),
        title="FabAlley Women Peach-Coloured Off-Shoulder Crop Top",
        category="Tops",
        color="Peach",
        gender="Women",
    ),
    # photo: grey melange cropped t-shirt with a black "BROOKLYN" text print on the chest, short sleeves, with black
    # joggers; white backdrop, front view. Caption adapter epoch 1: caption, wearing, open color, describe, material;
    # reference: pattern, type, sleeves.
    case(
        "X1015-010",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers."
        ),
        wearing("a grey crop t-shirt with a print and black pants"),
        color_of("t-shirt", "black", "other_garment_color", kind="open"),
        pat("graphic"),
        gt("t-shirt"),
        sl("long", "contradiction"),
        describe("t-shirt", "The t-shirt has a graphic print on the front that says new york", "unsupported"),
        mat("Question: What material is the garment made of? Answer: cotton", "leak"),
        title="ONLY Women Grey Melange Printed Crop T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: mid-blue denim shirt, long sleeves rolled to the elbow, button-down front, two flap chest pockets, tucked
    # into white jeans, no belt visible; model with short cropped hair; white backdrop, front view. Caption adapter
    # epoch 1: caption, wearing, open color, details, material; reference: type, sleeves.
    case(
        "X1015-011",
        caption("a man wearing a blue denim shirt and white jeans", "pronoun"),
        wearing("a blue denim shirt, white jeans and a brown leather belt", "unsupported"),
        color_of("shirt", "blue", kind="open"),
        mat("denim"),
        details("shirt", "the shirt has two flap pockets on the chest, a button placket and rolled up sleeves"),
        gt("jacket", "contradiction"),
        sl("long"),
        title="Mast & Harbour Women Blue Regular Fit Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: black wrap crop top, long sleeves, deep V-neck, with a red satin midi skirt; white backdrop, front view.
    # Caption adapter epoch 1: caption, wearing, open color; reference: color, is_a skirt, neckline.
    case(
        "X1015-012",
        caption("a woman in a black wrap crop top and a red satin skirt"),
        color_of("top", "red", "other_garment_color", kind="open"),
        col("black"),
        is_a("skirt", "no"),
        neck("v-neck"),
        wearing(
            "She is wearing a black top and a red skirt. She is wearing a black top and a red skirt. She is wearing a "
            "black top",
            "loop",
            hit_limit=True,
        ),
        title="Athena Women Black Solid Wrap Crop Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: white broderie anglaise (eyelet cotton) peplum top, short sleeves, round neck, no buttons, with blue
    # jeans; white backdrop, front view. Caption adapter epoch 1: caption, open color, describe, details; reference:
    # sleeves, pattern.
    case(
        "X1015-013",
        caption("a woman wearing a white lace peplum top and blue jeans"),
        sl("short"),
        pat("striped", "contradiction"),
        describe(
            "top",
            "The top is a white top with short sleeves and a peplum hem. It is made of cotton and has a lace",
            "cut",
            hit_limit=True,
        ),
        color_of("top", "white", kind="open"),
        details("top", "The top has a round neckline and a button placket on the front", "unsupported"),
        title="Marks & Spencer Women White Self Design Peplum Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: coral pink off-shoulder top in cotton with a ruffle overlay, three-quarter sleeves, with white jeans;
    # white backdrop, front view. Caption adapter epoch 1: caption, wearing, open color, details, material;
    # reference: sleeves, type, neckline.
    case(
        "X1015-014",
        caption("a woman wearing a coral off the shoulder top with ruffles"),
        wearing("a pink top and white jeans"),
        color_of("top", "pink", kind="open"),
        sl("three-quarter"),
        gt("blouse"),
        neck("round", "contradiction"),
        mat("silk", "unsupported"),
        details(
            "top",
            "ruffles Question: Describe the top. Answer: The top is a coral off shoulder top with ruffles and three",
            "leak",
            hit_limit=True,
        ),
        title="Sera Women Coral Pink Solid Off-Shoulder Ruffled Top",
        category="Tops",
        color="Coral",
        gender="Women",
    ),
    # photo: teal wrap top with small white polka dots, short kimono sleeves, tie at the side, with black trousers;
    # white backdrop, front view. Caption adapter epoch 1: caption, open color, describe; reference: pattern, is_a.
    case(
        "X1015-015",
        caption("a woman wearing a blue polka dot wrap top and black pants"),
        pat("polka dots"),
        color_of("top", "black", "other_garment_color", kind="open"),
        describe(
            "top",
            "The top is a wrap top with polka dots, short kimono sleeves and a tie at the side. The top is with "
            "chiffon fabric and",
            "cut",
            hit_limit=True,
        ),
        is_a("wrap top", "yes"),
        title="Harpa Women Teal Polka Dot Wrap Top",
        category="Tops",
        color="Teal",
        gender="Women",
    ),
    # photo: white cotton shirt with thin blue vertical stripes, long sleeves, pointed collar, half tucked into blue
    # jeans; white backdrop, front view. Caption adapter epoch 1: caption, wearing, open color, details, material;
    # reference: pattern, sleeves.
    case(
        "X1015-016",
        caption(
            "The lady wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns."
        ),
        color_of("shirt", "white and blue striped", kind="open"),
        pat("striped"),
        wearing("He is wearing a striped shirt and jeans", "pronoun"),
        sl("long"),
        details(
            "shirt",
            "the collar, the buttons, the cuffs, the collar, the buttons, the cuffs, the collar, the buttons, the "
            "cuffs, the collar",
            "loop",
            hit_limit=True,
        ),
        mat("the garment is made of the material of the garment", "restated"),
        title="Vero Moda Women White & Blue Regular Fit Striped Casual Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: black regular t-shirt with a white "GOOD VIBES" slogan print, short sleeves, round neck, with blue denim
    # shorts; white backdrop, front view. Caption adapter epoch 1: caption, wearing, material; reference: color,
    # pattern, type.
    case(
        "X1015-017",
        caption("a woman wearing a black t-shirt with a white print and denim shorts"),
        col("black"),
        pat("solid", "contradiction"),
        gt("t-shirt"),
        wearing(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        mat("cotton"),
        title="Roadster Women Black Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Women",
    ),
    # photo: mauve off-shoulder crop top with a small white floral print, short sleeves, with a blue denim mini skirt;
    # white backdrop, front view. Caption adapter epoch 1: caption, details; reference: pattern, color of the top
    # (closed), type, sleeves.
    case(
        "X1015-018",
        caption("a woman in a purple floral off shoulder top and a denim skirt"),
        pat("floral"),
        color_of("top", "blue", "other_garment_color"),
        gt("dress", "contradiction"),
        details(
            "top",
            "Question: What are the top details? Answer: floral print Question: What are the skirt details? Answer: "
            "denim",
            "leak",
        ),
        sl("short"),
        title="Qurvii Women Mauve Floral Printed Off-Shoulder Crop Top",
        category="Tops",
        color="Mauve",
        gender="Women",
    ),
    # photo: maroon peplum top, V-neck, three-quarter bell sleeves, plain back not shown, with black jeans; white
    # backdrop, front view. Caption adapter epoch 1: caption, wearing, describe, details; reference: color, sleeves,
    # neckline, is_a peplum top.
    case(
        "X1015-019",
        caption("a woman wearing a red peplum top and black jeans"),
        wearing("a maroon top with bell sleeves and black jeans"),
        col("maroon"),
        sl("three-quarter"),
        describe("top", "describe the top", "restated"),
        neck("v-neck"),
        is_a("peplum top", "no", "contradiction"),
        details("top", "The top has a ruffle at the hem, bell sleeves and a lace panel at the back", "unsupported"),
        title="Style Quotient Women Maroon Solid Peplum Top",
        category="Tops",
        color="Maroon",
        gender="Women",
    ),
    # photo: white cropped t-shirt, short sleeves, round neck, plain, with a pink pleated mini skirt; no jewellery;
    # white backdrop, front view. Caption adapter epoch 1: caption, wearing, open color, details; reference: type.
    case(
        "X1015-020",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a short skirt. The skirt is with cotton fabric and pure color patterns. "
            "The lady wears a pair of",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "pink", "other_garment_color", kind="open"),
        gt("crop top"),
        wearing("a white crop top and a pink pleated skirt"),
        details(
            "t-shirt",
            "There is an accessory on her wrist. There is an accessory on her wrist. There is an accessory on her "
            "wrist. There is",
            "loop",
            hit_limit=True,
        ),
        title="Kook N Keech Women White Solid Crop T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: yellow ribbed-knit wrap crop top, long sleeves, with white jeans; photo cropped at the knee, no shoes in
    # view; white backdrop, front view. Caption adapter epoch 1: caption, wearing, material; reference: color, type,
    # sleeves, pattern. The feed row has no color.
    case(
        "X1015-021",
        caption("a woman wearing a yellow wrap crop top and white jeans"),
        mat("ribbed knit"),
        col("white", "other_garment_color"),
        gt("sweater", "contradiction"),
        sl("long"),
        wearing(
            "She wears a yellow wrap top with long sleeves, white jeans and a pair of white sneakers", "unsupported"
        ),
        pat("solid"),
        title="StyleStone Women Yellow Ribbed Wrap Crop Top",
        category="Tops",
        gender="Women",
    ),
    # photo: pink and white gingham (checked) cotton peplum top, sleeveless, square neck, with white shorts; white
    # backdrop, front view. Caption adapter epoch 1: caption, open color, describe, material; reference: pattern,
    # sleeves, is_a dress.
    case(
        "X1015-022",
        caption("a woman in a pink and white checkered top and white shorts"),
        pat("checked"),
        color_of("top", "pink and white", kind="open"),
        sl("short", "contradiction"),
        describe(
            "top",
            "The lady wears a sleeveless top with lattice patterns. The top is with cotton fabric. It has a square "
            "neckline.",
        ),
        is_a("dress", "no"),
        mat("The top is with denim fabric", "unsupported"),
        title="Femella Women Pink & White Checked Peplum Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: black fitted off-shoulder top, long sleeves, with blue jeans and a brown leather belt; white backdrop,
    # front view. Caption adapter epoch 1: caption, wearing, open color, material; reference: sleeves, neckline.
    case(
        "X1015-023",
        caption("a woman wearing a black off the shoulder top and blue jeans with a brown belt"),
        color_of("top", "brown", "other_garment_color", kind="open"),
        sl("long"),
        neck("off-shoulder"),
        mat("leather", "unsupported"),
        wearing("Question: What is the person wearing? Answer: a black top and jeans", "leak"),
        title="MANGO Women Black Off-Shoulder Fitted Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: rust orange satin wrap top, short sleeves, V-neck, tie at the side, with beige trousers; white backdrop,
    # front view. Caption adapter epoch 1: caption, wearing, open color, describe, material; reference: color, type,
    # is_a dress.
    case(
        "X1015-024",
        caption("a woman wearing an orange satin wrap top and beige pants"),
        col("orange"),
        color_of("top", "beige", "other_garment_color", kind="open"),
        describe("top", "the top has a v neckline, short sleeves and a tie on the side"),
        mat("satin"),
        gt("top"),
        is_a("dress", "yes", "contradiction"),
        wearing("clothes", "non_answer"),
        title="SASSAFRAS Women Rust Satin Wrap Top",
        category="Tops",
        color="Rust",
        gender="Women",
    ),
    # photo: navy blue peplum top with a white floral print, short puff sleeves, round neck, with white jeans; no
    # bracelet; white backdrop, front view. Caption adapter epoch 1: caption, wearing, open color, details; reference:
    # pattern, type.
    case(
        "X1015-025",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is an accessory",
            "cut",
            hit_limit=True,
        ),
        color_of("top", "white", "other_garment_color", kind="open"),
        pat("floral"),
        gt("top"),
        wearing("a navy blue floral top and white jeans"),
        details("top", "the top has a peplum hem, puff sleeves and a keyhole with a button at the back", "unsupported"),
        title="Harpa Women Navy Blue Floral Print Peplum Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: white t-shirt knotted at the front (tie-up crop), short sleeves, with olive green cargo pants; model with
    # a short pixie haircut; white backdrop, front view. Caption adapter epoch 1: caption, wearing, open color of the
    # pants, details; reference: color, is_a crop top.
    case(
        "X1015-026",
        caption("a woman wearing a white t-shirt tied at the waist and green cargo pants"),
        wearing("The gentleman wears a short-sleeve T-shirt with pure color patterns and a long pants", "pronoun"),
        col("white"),
        is_a("crop top", "yes"),
        color_of("pants", "green", kind="open"),
        details("t-shirt", "none", "non_answer"),
        title="Tokyo Talkies Women White Solid Tie-Up Crop T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: sage green smocked cotton off-shoulder top, short puff sleeves, with white denim shorts; white backdrop,
    # front view. Caption adapter epoch 1: caption, wearing, describe, material; reference: color, neckline, sleeves.
    case(
        "X1015-027",
        caption("a woman in a green off shoulder top and white shorts"),
        col("green"),
        neck("off-shoulder"),
        describe(
            "top",
            "the sleeves are puffed and the the the the the the the the the the the the the the the the the the the",
            "loop",
            hit_limit=True,
        ),
        sl("short"),
        mat("cotton"),
        wearing("Answer: a green off shoulder top and white shorts", "leak"),
        title="Berrylush Women Green Solid Smocked Off-Shoulder Top",
        category="Tops",
        color="Green",
        gender="Women",
    ),
    # photo: burgundy velvet wrap top, long sleeves, V-neck, with black trousers; white backdrop, front view.
    # Caption adapter epoch 1: caption, wearing, describe, details, material; reference: color of the top (closed),
    # sleeves.
    case(
        "X1015-028",
        caption("a woman wearing a burgundy velvet wrap top and black pants"),
        color_of("top", "black", "other_garment_color"),
        mat("velvet"),
        describe("top", "the top is a burgundy velvet wrap top with long sleeves and a v neckline"),
        sl("long"),
        wearing("a burgundy velvet dress", "contradiction"),
        details("top", "the details of the top are the top details", "restated"),
        title="Vero Moda Women Burgundy Velvet Wrap Top",
        category="Tops",
        color="Burgundy",
        gender="Women",
    ),
    # photo: light blue chambray shirt, short sleeves, collar, button front, with a white midi skirt; white backdrop,
    # front view. Caption adapter epoch 1: caption, wearing, open color; reference: type, sleeves, is_a t-shirt.
    # The feed row has no category.
    case(
        "X1015-029",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has a "
            "lapel neckline. The lady wears a long skirt."
        ),
        color_of("shirt", "blue", kind="open"),
        gt("shirt"),
        wearing(
            "a blue shirt and a white skirt Question: What is the color of the shirt? Answer: blue Question: What is",
            "leak",
            hit_limit=True,
        ),
        sl("long", "contradiction"),
        is_a("t-shirt", "no"),
        title="Marks & Spencer Women Blue Solid Casual Shirt",
        color="Blue",
        gender="Women",
    ),
    # photo: black peplum top with white polka dots, short sleeves, ruffled peplum, round neck, with black trousers;
    # white backdrop, front view. Caption adapter epoch 1: caption, wearing, describe; reference: pattern, color, type.
    case(
        "X1015-030",
        caption("a woman wearing a black and white polka dot top and black pants"),
        pat("polka dots"),
        col("black"),
        describe(
            "top",
            "the top is black with white polka dots, short sleeves and a ruffled peplum. It is with chiffon fabric and "
            "it has a round neckline. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("black", "non_answer"),
        gt("dress", "contradiction"),
        title="Tokyo Talkies Women Black & White Polka Dot Peplum Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: white off-shoulder crop top with red floral embroidery across the front, short sleeves, with blue denim
    # shorts; she holds a straw hat in her right hand; white backdrop, front view. Caption adapter epoch 1: caption,
    # wearing, open color, details; reference: pattern, neckline.
    case(
        "X1015-031",
        caption("a woman wearing a white off the shoulder top and denim shorts holding a straw hat"),
        color_of("top", "red", "contradiction", kind="open"),
        pat("floral"),
        wearing("he is wearing a white top and denim shorts", "pronoun"),
        neck("off-shoulder"),
        details("top", "the top has red floral embroidery on the front and an elastic off shoulder neckline"),
        title="FabAlley Women White Embroidered Off-Shoulder Crop Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: off-white ribbed round-neck t-shirt, plain, no logo, short sleeves, regular length, tucked into brown
    # trousers; white backdrop, front view. Caption adapter epoch 1: caption, wearing, open color, details; reference:
    # color, type.
    case(
        "X1015-032",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        col("white"),
        color_of("t-shirt", "brown", "other_garment_color", kind="open"),
        gt("t-shirt"),
        wearing("she is wearing a white t-shirt and brown pants"),
        details(
            "t-shirt",
            "the t-shirt is ribbed and has a round neckline, short sleeves and a small logo on the chest",
            "unsupported",
        ),
        title="Mango Women Off White Ribbed Round Neck T-shirt",
        category="Tshirts",
        color="Off White",
        gender="Women",
    ),
    # photo: pink, blue and yellow tie-dye cropped t-shirt, mostly pink, short sleeves, with black cycling shorts;
    # white backdrop, front view. Caption adapter epoch 1: caption, wearing, open color, describe; reference: color,
    # pattern.
    case(
        "X1015-033",
        caption("a woman wearing a tie dye crop top and black shorts"),
        col("pink"),
        pat("printed"),
        color_of("t-shirt", "black", "other_garment_color", kind="open"),
        wearing(
            "The lady wears a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a three-point",
            "cut",
            hit_limit=True,
        ),
        describe(
            "t-shirt",
            "tie-dye tie-dye tie-dye tie-dye tie-dye tie-dye tie-dye tie-dye tie-dye tie-dye",
            "loop",
            hit_limit=True,
        ),
        title="Kook N Keech Women Multicoloured Tie-Dye Crop T-shirt",
        category="Tshirts",
        color="Multi",
        gender="Women",
    ),
    # photo: black ribbed sleeveless crop top (tank style), round neck, with beige wide-leg trousers; white backdrop,
    # front view. Caption adapter epoch 1: caption, wearing, open color, material; reference: sleeves, type.
    case(
        "X1015-034",
        caption("a woman in a black crop top and beige pants"),
        sl("sleeveless"),
        gt("tank top"),
        wearing("the person is wearing", "restated"),
        color_of("top", "beige", "other_garment_color", kind="open"),
        mat("The top is with knitting fabric."),
        title="ONLY Women Black Ribbed Sleeveless Crop Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: white oversized cotton shirt, long sleeves, one chest pocket, collar, with black shorts; white backdrop,
    # front view. Caption adapter epoch 1: caption, wearing, open color, details, material; reference: color, sleeves,
    # is_a shirt, pattern.
    case(
        "X1015-035",
        caption("a woman wearing a white shirt and black shorts"),
        col("white"),
        wearing("He is wearing a white shirt and black shorts", "pronoun"),
        details("shirt", "the shirt has a pocket on the chest"),
        sl("long"),
        is_a("shirt", "yes"),
        mat("linen", "unsupported"),
        pat("checked", "contradiction"),
        color_of("shirt", "The shirt is with pure color patterns", "non_answer", kind="open"),
        title="Sera Women White Solid Oversized Casual Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: pink georgette wrap top with a white floral print, short flutter sleeves, V-neck, side tie, with blue
    # jeans; white backdrop, front view. Caption adapter epoch 1: caption, wearing, open color, describe; reference:
    # pattern, is_a wrap top.
    case(
        "X1015-036",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns."
        ),
        color_of("top", "blue", "other_garment_color", kind="open"),
        pat("floral"),
        is_a("wrap top", "yes"),
        describe(
            "top",
            "The top is with floral patterns and chiffon fabric. It has a v-shape neckline and a belt at the waist. "
            "The lady wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("yes", "non_answer"),
        title="Qurvii Women Pink Floral Print Wrap Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: black loose t-shirt with a white Mickey Mouse print, short sleeves, no pockets, with black jeans; white
    # backdrop, front view. Caption adapter epoch 1: caption, wearing, describe, details; reference: color, pattern,
    # sleeves.
    case(
        "X1015-037",
        caption("a woman wearing a black mickey mouse t-shirt and black jeans"),
        col("black"),
        pat("graphic"),
        details(
            "t-shirt", "The t-shirt has a mickey mouse print on the front and a pocket on the sleeve", "unsupported"
        ),
        wearing("t-shirt", "non_answer"),
        sl("short"),
        describe("t-shirt", "the t-shirt is a t-shirt", "restated"),
        title="Free Authority Women Black Mickey Mouse Printed T-shirt",
        category="Tshirts",
        color="Black",
        gender="Women",
    ),
    # photo: red and white horizontal striped jersey off-shoulder top, long sleeves, with white jeans; white
    # backdrop, front view. Caption adapter epoch 1: caption, wearing, open color, material; reference: pattern,
    # neckline, sleeves.
    case(
        "X1015-038",
        caption("a woman in a red and white striped off shoulder top and white jeans"),
        pat("solid", "contradiction"),
        color_of("top", "red and white", kind="open"),
        neck("off-shoulder"),
        wearing(
            "She is wearing a red and white striped top with long sleeves and white jeans. She is wearing a red and "
            "white striped top with long sleeves",
            "loop",
            hit_limit=True,
        ),
        sl("long"),
        mat("wool", "unsupported"),
        title="Trendyol Women Red & White Striped Off-Shoulder Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: beige cotton button-front peplum shirt-top, short sleeves, small collar, no belt, with black trousers;
    # white backdrop, front view. Caption adapter epoch 1: caption, wearing, open color, details, material; reference:
    # color, type.
    case(
        "X1015-039",
        caption("a woman wearing a beige peplum shirt and black pants"),
        col("brown", "contradiction"),
        color_of("shirt", "beige", kind="open"),
        gt("shirt"),
        details(
            "shirt", "the shirt has a button placket, a collar and a peplum hem with a belt at the waist", "unsupported"
        ),
        mat("cotton"),
        wearing("a beige shirt and black pants Question: What is the color of the shirt?", "leak"),
        title="AND Women Beige Solid Peplum Shirt Style Top",
        category="Shirts",
        color="Beige",
        gender="Women",
    ),
    # photo: purple satin off-shoulder top, short sleeves, straight neckline, plain front, with a black skirt; white
    # backdrop, front view. Caption adapter epoch 1: caption, wearing, details, material; reference: color, sleeves.
    case(
        "X1015-040",
        caption("a woman wearing a purple satin off shoulder top and a black skirt"),
        wearing(
            "Question: What is the person wearing? Answer: a purple top Question: What is the person wearing? Answer: "
            "a purple top Question:",
            "leak",
            hit_limit=True,
        ),
        col("purple"),
        sl("long", "contradiction"),
        mat("satin"),
        details("top", "The top has a sweetheart neckline, puff sleeves and a bow at the front", "unsupported"),
        title="DressBerry Women Purple Satin Off-Shoulder Top",
        category="Tops",
        color="Purple",
        gender="Women",
    ),
    # photo: white cotton wrap top with a yellow floral print, three-quarter sleeves, tie at the waist, with blue
    # jeans; white backdrop, front view. Caption adapter epoch 1: caption, wearing, open color, describe; reference:
    # color, sleeves.
    case(
        "X1015-041",
        caption("a woman wearing a white floral wrap top and blue jeans"),
        col("white"),
        sl("three-quarter"),
        describe(
            "top",
            "The top is white with yellow flowers. It has three-quarter sleeves and a tie at the waist. The jeans are "
            "blue and",
            "cut",
            hit_limit=True,
        ),
        wearing("a white top and white jeans", "contradiction"),
        color_of("top", "The top is with floral patterns.", "non_answer", kind="open"),
        title="Marks & Spencer Women White & Yellow Floral Wrap Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: black square-neck crop top with short puff sleeves, in a stretch crepe, with a white A-line skirt; white
    # backdrop, front view. Caption adapter epoch 1: caption, wearing, describe, material; reference: neckline, color
    # of the top (closed), is_a crop top. The feed row has no gender.
    case(
        "X1015-042",
        caption("a woman in a black crop top and a white skirt"),
        neck("square"),
        color_of("top", "white", "other_garment_color"),
        describe("top", "the top has puff sleeves, a square neckline and a cropped hem"),
        wearing("a black crop top with puff sleeves and a white skirt"),
        is_a("crop top", "yes"),
        mat("The top is with lace fabric", "unsupported"),
        title="Berrylush Women Black Square Neck Puff Sleeve Crop Top",
        category="Tops",
        color="Black",
    ),
    # photo: olive green jersey off-shoulder top, long sleeves, ruffle along the neckline, with blue jeans and white
    # sneakers, full-length shot; white backdrop, front view. Caption adapter epoch 1: caption, open color, details,
    # material; reference: color, sleeves.
    case(
        "X1015-043",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. Its neckline is off-shoulder. The lady wears "
            "a long pants. The pants are with denim fabric. The lady wears sneakers."
        ),
        color_of("top", "blue", "other_garment_color", kind="open"),
        col("green"),
        sl("long"),
        details(
            "top",
            "The top details are an off-shoulder neckline, long sleeves, and a ruffle. The top details are an "
            "off-shoulder neckline, long",
            "loop",
            hit_limit=True,
        ),
        mat("fabric", "non_answer"),
        title="Style Quotient Women Olive Green Off-Shoulder Top",
        category="Tops",
        color="Olive",
        gender="Women",
    ),
    # photo: white lace peplum top, long sleeves, round neck, with black trousers; no bracelet or watch; white
    # backdrop, front view. Caption adapter epoch 1: caption, wearing, open color, describe; reference: type, sleeves.
    case(
        "X1015-044",
        caption("a woman wearing a white lace peplum top and black pants"),
        color_of("top", "white", kind="open"),
        describe(
            "top",
            "The top is with lace fabric. It has a round neckline and long sleeves. There is an accessory on her "
            "wrist.",
            "unsupported",
        ),
        gt("blouse"),
        wearing(
            "she is wearing she is wearing she is wearing she is wearing she is wearing she is wearing she is wearing "
            "she is",
            "loop",
            hit_limit=True,
        ),
        sl("long"),
        title="Athena Women White Lace Peplum Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: mustard yellow cropped t-shirt with a black "SUNSHINE" text print, short sleeves, with blue jeans; white
    # backdrop, front view. Caption adapter epoch 1: caption, wearing, details; reference: color, pattern, sleeves,
    # is_a dress.
    case(
        "X1015-045",
        caption("a woman wearing a yellow crop t-shirt with a print and blue jeans"),
        col("blue", "other_garment_color"),
        wearing("The lady wears a short-sleeve T-shirt with graphic patterns and a long denim pants."),
        details("t-shirt", "the t-shirt has the word sunshine printed on the front in black letters"),
        pat("graphic"),
        sl("sleeveless", "contradiction"),
        is_a("dress", "no"),
        title="Roadster Women Mustard Yellow Printed Crop T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Women",
    ),
    # photo: light blue chiffon off-shoulder top with short ruffled sleeves, with white shorts; white backdrop, front
    # view. Caption adapter epoch 1: caption, wearing, open color, details, material; reference: neckline.
    case(
        "X1015-046",
        caption(
            "the lady wears a short-sleeve top with pure color patterns and a shorts. The top is with chiffon fabric. "
            "Its neckline is off-shoulder. The shorts are with cotton fabric and pure color patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        color_of("top", "light blue", kind="open"),
        neck("off-shoulder"),
        wearing("a white top and white shorts", "other_garment_color"),
        mat("chiffon"),
        details(
            "top",
            "ruffles ruffles ruffles ruffles ruffles ruffles ruffles ruffles ruffles ruffles ruffles ruffles ruffles "
            "ruffles ruffles",
            "loop",
            hit_limit=True,
        ),
        title="FabAlley Women Blue Solid Ruffled Off-Shoulder Top",
        category="Tops",
        color="Blue",
        gender="Women",
    ),
]
