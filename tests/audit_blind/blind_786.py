"""BLIND_786 (46 products; Myntra men's formal/casual shirts with trousers or chinos, base BLIP-2 zero-shot): written
blind in the fifty-fifth session. Measured blind at d919c62 (the session's ninth rules): 105/120 failures found (87.5%)
and 4/173 correct texts flagged (2.3%). The writer's notes, verbatim:

Scenario: a Myntra-like men's feed of shirts (formal solids, stripes and checks; casual prints, denim, linen,
corduroy) and of trousers and chinos. Rows carry gender, category (the seller's article type: Shirts or Trousers),
color (the seller's base colour) and the seller's title; a few rows lack a column. Photos are catalog shots on white
or light grey studio backdrops, mostly a male model wearing the product with the other half of the outfit (a shirt
tucked into trousers, chinos with a tee or a polo), some lower-half crops for trousers, one back view, two packshots
with no person, one lifestyle shot against a red brick wall. Props: belts, ties, a watch, sunglasses, a blazer held
over the shoulder.

Who wrote what: every text comes from the untuned base Salesforce/blip2-opt-2.7b, no adapter. Captions are free
generation with no prompt (short "a man in a X shirt and Y pants" sentences, "t - shirt" spacing as BLIP writes it);
open answers are free generation after "Question: ... Answer:", greedy, 30 new tokens. Closed answers (garment type,
color, pattern, sleeve length, the color-of questions stored closed, the yes/no garment questions) come from enrich's
reference engine, which ranks candidate values with the same base model, so they are always one clean candidate,
but may be the wrong candidate (the trousers' color for the shirt, "blazer" for a shirt under a jacket). The base
model's habits: terse answers, one color reused for two garments, invented pockets, collars and fabrics, "she" for
cropped photos with no face, an occasional continuation into a new "Question: ... Answer:" pair, and, rarely,
a loop or a run to the token limit on describe/details questions.

Labeling conventions and judgement calls:
- A color the seller names differently but that fits the photo is correct (maroon for a "Brown" shirt that looks
  maroon, purple for Lavender, red for Burgundy, white for Cream or Off White, tan for Khaki).
- For a two-color striped or checked shirt either dominant color is a correct color answer, even if the seller
  column names the other one ("blue" for a "White" white-and-blue checked shirt).
- A color that is plainly another visible garment's (the trousers', the tee under an open shirt, the tie), given
  for the product, is other_garment_color whether the text is open or closed; a wrong color that belongs to no
  garment (the brick wall behind) or a wrong closed garment/pattern/sleeve/material candidate is contradiction.
- A garment that is not there ("a suit" for a man holding a jacket), a pattern against the title or photo, or a
  material against the title's named material is contradiction; a material, pocket, lining, button style or
  collar color that the photo does not show and the title does not state is unsupported.
- A plain common fabric guess ("cotton" for a cotton-looking shirt) with no catalog material is correct.
- A terse but informative answer ("french cuffs", "stripes", "buttons and a collar") is correct; "yes", the
  garment's bare name, or "nothing" to an open question is non_answer; an answer that only echoes the question's
  words ("the shirt details are the shirt details", "the pants are made of") is restated, except "the pants" alone
  to "Describe the pants.", which I called non_answer.
- An answer that echoes the question first and then answers ("What are the shirt details? the shirt has a collar")
  is restated; a continuation into a new "Question:" or a bare "Answer:" prefix is leak.
- "she", "her" or "a woman" for a men's product is pronoun, even on cropped photos where no face shows.
- cut and loop texts ran to the token limit and carry hit_limit=True; a text that is both invented and cut is
  labeled cut.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    wearing,
)

Q = BLIND_QUESTIONS

BLIND_786 = [
    # photo: white solid formal shirt, no pocket, tucked into charcoal grey trousers, black belt, white backdrop;
    # all texts by base blip2-opt-2.7b zero-shot (closed ones via the reference engine)
    case(
        "X786-001",
        caption("a man in a white shirt and grey pants standing in front of a white background"),
        wearing("a white shirt and gray pants"),
        color_of("shirt", "white"),
        describe("shirt", "it is a white shirt with a collar and buttons"),
        Q.pattern("solid"),
        details(
            "shirt", "the shirt has a breast pocket with a button flap and a logo embroidered on it", "unsupported"
        ),
        Q.material("cotton"),
        title="Peter England Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: navy-and-white pinstriped formal shirt, no pocket, striped collar, beige chinos, white backdrop;
    # base model zero-shot
    case(
        "X786-002",
        caption("a man wearing a blue striped shirt and khaki pants"),
        color_of("shirt", "navy blue"),
        describe(
            "shirt",
            "the shirt is a blue and white striped shirt with a pocket on the chest and a white collar",
            "unsupported",
        ),
        Q.pattern("solid", "contradiction"),
        details("shirt", "the shirt details are the shirt details", "restated"),
        Q.sleeve_length("long sleeve"),
        title="Arrow Men Navy Blue & White Slim Fit Striped Formal Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: olive casual shirt worn open over a white crew-neck t-shirt, sleeves rolled, black jeans, white
    # backdrop; base model zero-shot
    case(
        "X786-003",
        caption("a man in an olive green shirt and black jeans"),
        wearing("a white t - shirt and an olive shirt", who="the man"),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        Q.garment_type("shirt"),
        describe("shirt", "it is a green shirt with rolled up sleeves and a white shirt under it"),
        Q.material("denim", "unsupported"),
        title="Highlander Men Olive Slim Fit Casual Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: lower-half crop, grey formal trousers with a light blue shirt tucked in, black belt, black shoes,
    # no face visible, white backdrop; base model zero-shot
    case(
        "X786-004",
        caption("a man in a blue shirt and grey pants"),
        color_of("pants", "grey"),
        describe("pants", "the pants are blue and have a belt", "other_garment_color"),
        is_a("trousers", "yes", article="a pair of"),
        details("pants", "Question: What are the pants details? Answer: pleated", "leak"),
        wearing("she is wearing a blue shirt and grey pants", "pronoun"),
        title="Louis Philippe Men Grey Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: red-and-black buffalo check casual shirt with two flap chest pockets, untucked over blue jeans,
    # white backdrop; base model zero-shot
    case(
        "X786-005",
        caption("a man wearing a red and black plaid shirt and jeans"),
        color_of("shirt", "red"),
        Q.pattern("checked"),
        describe("shirt", "red and black plaid shirt with a pocket on the front"),
        details(
            "shirt",
            "plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid "
            "plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeve"),
        wearing("she is wearing a plaid shirt and jeans", "pronoun"),
        title="Roadster Men Red & Black Regular Fit Checked Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: light pink formal shirt (pink collar) with a navy tie under a navy suit jacket, navy trousers, light
    # grey backdrop; base model zero-shot
    case(
        "X786-006",
        caption("a man in a suit and tie"),
        wearing("a navy blue suit, a pink shirt and a tie"),
        color_of("shirt", "navy blue", "other_garment_color", kind="open"),
        Q.color("pink"),
        describe("shirt", "the shirt is pink with a white collar and white cuffs", "unsupported"),
        Q.garment_type("blazer", "contradiction"),
        title="Van Heusen Men Pink Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: beige chinos with turned-up hems, white t-shirt, brown loafers, white backdrop; base model zero-shot
    case(
        "X786-007",
        caption("a man in a white t - shirt and khaki pants"),
        color_of("pants", "beige"),
        describe("pants", "the pants are khaki chinos with a slim fit and rolled up cuffs"),
        wearing(
            "he is wearing khaki pants and a white t - shirt Question: What is the color of the pants? Answer: khaki",
            "leak",
        ),
        Q.material("cotton"),
        details("pants", "they are pants", "non_answer"),
        is_a("shirt", "yes", "contradiction"),
        title="Allen Solly Men Beige Slim Fit Chinos",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: sky blue solid formal shirt with one chest pocket, tucked into black trousers, black belt with a
    # silver buckle, hands in pockets, white backdrop; base model zero-shot
    case(
        "X786-008",
        caption("a man in a blue shirt and black pants"),
        color_of("shirt", "light blue"),
        color_of("pants", "black"),
        describe("shirt", "a blue shirt"),
        details(
            "shirt",
            "the shirt has a collar, buttons down the front, a chest pocket, and a curved hem that is "
            "tucked into the pants and a black belt with a silver buckle and a",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        wearing("a blue shirt and blue pants", "contradiction"),
        title="Park Avenue Men Blue Regular Fit Solid Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: white linen casual shirt with a mandarin collar, untucked, light blue jeans, sunglasses in hand, light
    # grey backdrop; base model zero-shot
    case(
        "X786-009",
        caption("a man in a white shirt and jeans holding sunglasses"),
        Q.material("linen"),
        describe("shirt", "it is a white shirt with a mandarin collar"),
        color_of("shirt", "blue", "other_garment_color", kind="open"),
        wearing("a white shirt and blue jeans Question: What is the color of the shirt? Answer: white", "leak"),
        Q.garment_type("t-shirt", "contradiction"),
        title="Mast & Harbour Men White Linen Mandarin Collar Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: charcoal flat-front formal trousers, front view, white shirt tucked in, black shoes, white backdrop;
    # base model zero-shot
    case(
        "X786-010",
        caption("a man in a white shirt and white pants", "other_garment_color"),
        color_of("pants", "white", "contradiction"),
        describe("pants", "pants", "non_answer"),
        details(
            "pants", "the pants have a flat front and two side pockets and a back pocket with a button", "unsupported"
        ),
        wearing("a white shirt, gray pants and black shoes"),
        color_of("shirt", "grey", "contradiction"),
        title="Blackberrys Men Charcoal Slim Fit Formal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: black short-sleeve casual shirt with a small white floral print, beige chinos, white sneakers, brown
    # belt, white backdrop; base model zero-shot
    case(
        "X786-011",
        caption("a man in a black shirt with white flowers and khaki pants"),
        Q.pattern("printed"),
        Q.sleeve_length("long sleeve", "contradiction"),
        color_of("shirt", "black"),
        describe("shirt", "the shirt is black with white flowers and has short sleeves and a collar"),
        wearing(
            "black shirt, black pants, black shoes, black belt, black socks, black shirt, black pants, black "
            "shoes, black belt, black",
            "loop",
            hit_limit=True,
        ),
        title="WROGN Men Black Slim Fit Printed Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: olive chinos with a navy polo t-shirt, white sneakers, white backdrop; base model zero-shot
    case(
        "X786-012",
        caption("a man in a blue polo shirt and green pants"),
        color_of("pants", "olive"),
        wearing("he is wearing a blue shirt and blue pants", "other_garment_color"),
        describe("pants", "they are green chino pants with pockets"),
        is_a("jeans", "no", article="a pair of"),
        Q.garment_type("trousers"),
        details("pants", "the pants are made of 98% cotton and 2% elastane with a comfort waistband", "unsupported"),
        title="Indian Terrain Men Olive Green Slim Fit Chinos",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: lavender solid formal shirt tucked into grey trousers, grey backdrop; base model zero-shot
    case(
        "X786-013",
        caption("a man in a purple shirt and gray pants"),
        Q.color("purple"),
        describe("shirt", "the shirt is a light purple color"),
        details("shirt", "it has a collar"),
        wearing("she is wearing a purple shirt and gray pants", "pronoun", who="he"),
        Q.material("silk", "unsupported"),
        title="Raymond Men Lavender Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: mustard, navy and white checked casual shirt with a small embroidered logo on the chest and no pocket,
    # navy chinos, white backdrop; base model zero-shot
    case(
        "X786-014",
        caption("a woman in a yellow plaid shirt and blue pants", "pronoun"),
        color_of("shirt", "navy blue", "other_garment_color"),
        Q.pattern("checked"),
        describe("shirt", "yes", "non_answer"),
        details(
            "shirt",
            "the shirt has a button down collar and a pocket with a polo logo embroidered on the chest",
            "unsupported",
        ),
        title="U.S. Polo Assn. Men Mustard Checked Casual Shirt",
        category="Shirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: solid shirt that looks maroon (seller says Brown), tucked into black trousers, white backdrop;
    # base model zero-shot
    case(
        "X786-015",
        caption("a man in a maroon shirt and black pants"),
        Q.color("maroon"),
        color_of("pants", "black"),
        describe("shirt", "the shirt is a dark red color with a collar and buttons"),
        Q.garment_type("shirt"),
        title="Basics Men Brown Slim Fit Shirt",
        category="Shirts",
        color="Brown",
        gender="Men",
    ),
    # photo: blue denim casual shirt with two flap chest pockets, worn open over a white t-shirt, khaki chinos,
    # brown leather shoes, white backdrop; base model zero-shot
    case(
        "X786-016",
        caption("a man wearing a denim shirt and khaki pants"),
        Q.material("cotton"),
        color_of("shirt", "blue denim", kind="open"),
        wearing("a denim shirt and khaki pants and a white t - shirt"),
        describe(
            "shirt",
            "denim shirt with buttons and a white t - shirt underneath and a pair of white sneakers",
            "unsupported",
        ),
        Q.garment_type("jacket", "contradiction"),
        details(
            "shirt",
            "the shirt has a classic collar, a button placket, two flap pockets with buttons, and a "
            "curved hem with a small logo tag on the side seam near the",
            "cut",
            hit_limit=True,
        ),
        title="Dennis Lingo Men Blue Slim Fit Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: cream flat-front formal trousers with plain hems, navy shirt tucked in, tan belt, white backdrop;
    # base model zero-shot
    case(
        "X786-017",
        caption("a man in a navy blue shirt and white pants"),
        color_of("pants", "cream"),
        describe("pants", "white pants with a navy blue shirt tucked in"),
        details("pants", "the pants are pleated and have a cuff at the bottom", "unsupported"),
        wearing(
            "navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy "
            "navy navy navy navy navy navy navy navy navy navy",
            "loop",
            hit_limit=True,
        ),
        title="Invictus Men Cream Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Cream",
        gender="Men",
    ),
    # photo: white solid formal shirt with french cuffs and silver cufflinks, black trousers, hands in pockets,
    # white backdrop; base model zero-shot
    case(
        "X786-018",
        caption("a man in a white shirt and black pants with his hands in his pockets"),
        Q.color("white"),
        describe("shirt", "white shirt with french cuffs and silver cufflinks"),
        details("shirt", "french cuffs"),
        color_of("pants", "black"),
        Q.sleeve_length("short sleeve", "contradiction"),
        wearing("a white shirt and black pants Question: What is the color", "leak"),
        title="Louis Philippe Men White Solid French Cuff Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: green-and-white vertical striped short-sleeve casual shirt, white chinos, white backdrop;
    # base model zero-shot
    case(
        "X786-019",
        caption("a man in a green and white striped shirt and white pants"),
        color_of("shirt", "green and white", kind="open"),
        Q.pattern("striped"),
        describe("shirt", "it is a green shirt with white stripes"),
        details("shirt", "green stripes"),
        Q.material("polyester", "contradiction"),
        wearing("a striped shirt"),
        is_a("shirt", "no", "contradiction"),
        title="HERE&NOW Men Green & White Striped Pure Cotton Casual Shirt",
        category="Shirts",
        color="Green",
        gender="Men",
    ),
    # photo: dark navy formal trousers with a light pink shirt tucked in, brown belt, tan shoes, white backdrop;
    # base model zero-shot
    case(
        "X786-020",
        caption("a man in a pink shirt and blue pants"),
        color_of("pants", "navy blue"),
        describe("pants", "the pants are pink", "other_garment_color"),
        details(
            "pants", "the pants details are Question: What are the pants details? Answer: the pants details are", "leak"
        ),
        is_a("trousers", "yes", article="a pair of"),
        wearing("a pink shirt and pink pants", "other_garment_color"),
        title="Parx Men Navy Blue Tapered Fit Formal Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: dark charcoal solid casual shirt, untucked, black jeans, white backdrop; base model zero-shot
    case(
        "X786-021",
        caption("a man wearing a grey shirt and black jeans"),
        Q.color("black", "contradiction"),
        wearing("a gray shirt and black jeans"),
        describe("shirt", "this is a gray shirt"),
        details("shirt", "buttons and a collar"),
        Q.material("cotton"),
        Q.pattern("checked", "contradiction"),
        title="United Colors of Benetton Men Charcoal Solid Casual Shirt",
        category="Shirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: side view, khaki chinos with a light blue chambray shirt, sleeves rolled, white backdrop;
    # base model zero-shot
    case(
        "X786-022",
        caption("a man in a blue shirt and tan pants"),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        Q.garment_type("trousers"),
        describe("pants", "the pants are khaki chinos with a slim fit and a drawstring waist", "unsupported"),
        wearing("a man wearing a blue shirt and khaki pants", who="the man"),
        details("pants", "the details of the pants", "restated"),
        title="John Players Men Khaki Slim Fit Chinos",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: white-and-blue micro check formal shirt with one left chest pocket, navy trousers, white backdrop;
    # base model zero-shot
    case(
        "X786-023",
        caption("a man in a blue and white checkered shirt"),
        color_of("shirt", "blue"),
        Q.pattern("checked"),
        describe("shirt", "a white shirt with a blue check pattern and a single pocket on the left chest"),
        details(
            "shirt",
            "white, blue, white, blue, white, blue, white, blue, white, blue, white, blue, white, blue, white",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeve"),
        wearing("a checkered shirt and blue jeans", "contradiction"),
        title="Arrow Men White & Blue Regular Fit Checked Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: back view, beige formal trousers with belt loops and two welt back pockets, white shirt tucked in,
    # black belt, white backdrop; base model zero-shot
    case(
        "X786-024",
        caption("the back of a man in a white shirt and beige pants"),
        color_of("pants", "beige"),
        describe("pants", "beige pants with two back pockets"),
        details("pants", "belt loops and two welt pockets on the back"),
        wearing("a white shirt and white pants", "other_garment_color"),
        Q.material("wool", "unsupported"),
        title="Wills Lifestyle Men Beige Slim Fit Formal Trousers",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: yellow solid slim-fit shirt, white trousers, white backdrop; base model zero-shot
    case(
        "X786-025",
        caption("a man in a yellow shirt and white pants"),
        color_of("shirt", "yellow", kind="open"),
        Q.color("yellow"),
        describe("shirt", "this is a yellow shirt"),
        details("shirt", "yes", "non_answer"),
        wearing("her yellow shirt and white pants", "pronoun", who="he"),
        Q.pattern("striped", "contradiction"),
        title="Basics Men Yellow Slim Fit Shirt",
        category="Shirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: navy short-sleeve casual shirt with a small white-and-blue floral print, navy collar, light grey
    # chinos, white backdrop; base model zero-shot
    case(
        "X786-026",
        caption("a man in a blue floral shirt and grey pants"),
        Q.pattern("solid", "contradiction"),
        color_of("shirt", "grey", "other_garment_color"),
        describe("shirt", "it is a blue shirt with a floral print on it and a white collar", "unsupported"),
        Q.sleeve_length("short sleeve"),
        Q.material("silk", "unsupported"),
        title="Highlander Men Navy Blue Floral Printed Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: packshot, black formal trousers laid flat on white, no person, fly zip visible; base model zero-shot
    case(
        "X786-027",
        caption("a pair of black pants on a white background"),
        color_of("pants", "black"),
        describe("pants", "black dress pants"),
        details("pants", "the pants are black and have a zipper"),
        Q.garment_type("jeans", "contradiction"),
        Q.material("the pants are made of", "restated"),
        wearing("nothing", "non_answer"),
        title="Peter England Men Black Solid Flat-Front Formal Trousers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: burgundy solid casual shirt, dark blue jeans, brown belt, brown shoes, watch on the left wrist, grey
    # backdrop; base model zero-shot
    case(
        "X786-028",
        caption("a man in a red shirt and jeans"),
        Q.color("maroon"),
        wearing(
            "he is wearing a red shirt and blue jeans and a watch on his left wrist and a belt and brown shoes and a",
            "cut",
            hit_limit=True,
        ),
        describe("shirt", "shirt", "non_answer"),
        is_a("shirt", "yes"),
        Q.material("wool", "unsupported"),
        title="Turtle Men Burgundy Solid Slim Fit Casual Shirt",
        category="Shirts",
        color="Burgundy",
        gender="Men",
    ),
    # photo: lifestyle shot, grey chinos with a white oxford shirt, sleeves rolled, standing in front of a red brick
    # wall; base model zero-shot
    case(
        "X786-029",
        caption("a man standing in front of a brick wall"),
        color_of("pants", "grey"),
        color_of("shirt", "red", "contradiction"),
        describe("pants", "the pants are grey and fit well"),
        wearing("a white shirt and grey pants"),
        details(
            "pants", "a slim fit with a button closure and side pockets made from a stretch cotton blend", "unsupported"
        ),
        title="Marks & Spencer Men Grey Slim Fit Chinos",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: orange-and-white striped formal shirt tucked into dark grey trousers, white backdrop;
    # base model zero-shot
    case(
        "X786-030",
        caption("a man in an orange striped shirt and grey pants"),
        color_of("shirt", "orange"),
        Q.pattern("striped"),
        describe(
            "shirt",
            "the shirt is orange and white striped Question: Describe the pants. Answer: the pants are grey",
            "leak",
        ),
        details("shirt", "stripes"),
        wearing("a woman in an orange shirt", "pronoun", who="the man"),
        Q.sleeve_length("short sleeve", "contradiction"),
        title="Reid & Taylor Men Orange & White Striped Formal Shirt",
        category="Shirts",
        color="Orange",
        gender="Men",
    ),
    # photo: navy formal trousers with a light blue shirt tucked in, black belt, white backdrop (feed row lacks the
    # category); base model zero-shot
    case(
        "X786-031",
        caption("a man in a light blue shirt and dark blue pants"),
        color_of("pants", "navy blue"),
        color_of("shirt", "navy blue", "other_garment_color"),
        describe("pants", "the pants", "non_answer"),
        Q.garment_type("trousers"),
        wearing("she is wearing a blue shirt and blue pants", "pronoun"),
        title="Raymond Men Navy Blue Contemporary Fit Formal Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: olive short-sleeve shirt with a mandarin collar and plain plastic buttons, black chinos, white
    # backdrop; base model zero-shot
    case(
        "X786-032",
        caption("a man in a green shirt and black pants"),
        Q.color("olive"),
        Q.sleeve_length("short sleeve"),
        describe("shirt", "a dark green shirt with a mandarin collar"),
        details(
            "shirt",
            "the shirt is made of 100% organic cotton and has a mandarin collar and coconut buttons",
            "unsupported",
        ),
        wearing("a green shirt and green pants", "contradiction"),
        title="Mother Earth Men Olive Solid Casual Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: light grey formal shirt with a subtle tonal check, navy trousers, brown belt, white backdrop;
    # base model zero-shot
    case(
        "X786-033",
        caption("a man in a gray shirt and blue pants"),
        Q.color("grey"),
        Q.pattern("solid", "contradiction"),
        describe("shirt", "the shirt is a gray checkered shirt with a collar"),
        details("shirt", "the shirt details are on the collar", "restated"),
        wearing("a grey shirt and grey pants and a brown belt", "contradiction"),
        Q.material("the shirt material is", "restated"),
        title="Blackberrys Men Grey Slim Fit Checked Formal Shirt",
        category="Shirts",
        color="Grey",
        gender="Men",
    ),
    # photo: khaki tapered chinos with a black crew-neck t-shirt, white sneakers, white backdrop;
    # base model zero-shot
    case(
        "X786-034",
        caption("a man in a black t - shirt and tan pants"),
        color_of("pants", "khaki"),
        describe("pants", "black", "other_garment_color"),
        wearing("a black shirt and khaki pants"),
        is_a("trousers", "no", "contradiction", article="a pair of"),
        details("pants", "Answer: slim fit, button closure", "leak"),
        title="Basics Men Khaki Tapered Fit Chinos",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: pink-and-white fine striped formal shirt tucked into grey trousers, grey backdrop; base model zero-shot
    case(
        "X786-035",
        caption("a man in a pink and white striped shirt"),
        color_of("shirt", "pink", kind="open"),
        Q.pattern("striped"),
        describe("shirt", "the shirt is pink and white striped with a collar and buttons down the front"),
        details("shirt", "the stripes are thin"),
        wearing("a pink shirt and gray pants"),
        title="Peter England Men Pink & White Slim Fit Striped Formal Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: dark brown corduroy casual shirt with two chest pockets and regular buttons, worn open over a white
    # t-shirt, blue jeans, white backdrop; base model zero-shot
    case(
        "X786-036",
        caption("a man in a brown shirt and jeans"),
        Q.material("denim", "contradiction"),
        color_of("shirt", "brown"),
        describe("shirt", "a brown corduroy shirt with two chest pockets and snap buttons", "unsupported"),
        wearing("a brown shirt, a white t - shirt, and jeans", who="he"),
        Q.garment_type("jacket", "contradiction"),
        details(
            "shirt",
            "the shirt is brown and has a pocket and a pocket and a pocket and a pocket and a pocket "
            "and a pocket and a pocket and a",
            "loop",
            hit_limit=True,
        ),
        title="Wrangler Men Brown Corduroy Casual Shirt",
        category="Shirts",
        color="Brown",
        gender="Men",
    ),
    # photo: black formal trousers, white shirt tucked in, black blazer held over the shoulder, white backdrop;
    # base model zero-shot
    case(
        "X786-037",
        caption("a man in a white shirt and black pants holding a jacket over his shoulder"),
        color_of("pants", "black"),
        describe("pants", "the pants are black and white", "other_garment_color"),
        details("pants", "the pants details are the pants", "restated"),
        wearing("a suit", "contradiction"),
        Q.garment_type("blazer", "contradiction"),
        title="Van Heusen Men Black Slim Fit Formal Trousers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: packshot, sky blue solid formal shirt folded with the collar up, white brand label inside the collar,
    # no person, white backdrop; base model zero-shot
    case(
        "X786-038",
        caption("a blue shirt folded on a white background"),
        color_of("shirt", "light blue"),
        describe("shirt", "a folded blue dress shirt with a white tag"),
        details(
            "shirt",
            "the collar and the buttons and the collar and the buttons and the collar and the buttons "
            "and the collar and the",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        is_a("shirt", "yes"),
        title="Arrow Men Blue Solid Slim Fit Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: navy chinos with a white linen shirt and white sneakers, white backdrop (feed row lacks gender);
    # base model zero-shot
    case(
        "X786-039",
        caption("a man in a white shirt and navy pants"),
        color_of("pants", "navy blue"),
        describe("pants", "navy blue chinos"),
        wearing("a white shirt and blue pants and white shoes"),
        details("pants", "white", "other_garment_color"),
        Q.material("linen", "unsupported"),
        is_a("shirt", "yes", "contradiction"),
        title="Indian Terrain Men Navy Blue Slim Fit Chinos",
        category="Trousers",
        color="Navy Blue",
    ),
    # photo: purple, white and black checked casual shirt with a button-down collar and a left chest pocket, tucked
    # into black jeans, hand in pocket, white backdrop; base model zero-shot
    case(
        "X786-040",
        caption("a man in a purple plaid shirt and black pants"),
        Q.color("purple"),
        Q.pattern("checked"),
        describe(
            "shirt",
            "it is a purple plaid shirt with a button down collar and a pocket on the left side of the "
            "chest and it is tucked into black",
            "cut",
            hit_limit=True,
        ),
        details("shirt", "button down collar"),
        color_of("pants", "black"),
        is_a("t-shirt", "yes", "contradiction"),
        title="United Colors of Benetton Men Purple Check Casual Shirt",
        category="Shirts",
        color="Purple",
        gender="Men",
    ),
    # photo: brown formal trousers with a cream shirt tucked in, black belt, white backdrop; base model zero-shot
    case(
        "X786-041",
        caption("a man wearing a white shirt and brown pants"),
        color_of("pants", "brown"),
        wearing("white shirt and white pants", "other_garment_color", who="he"),
        describe("pants", "brown pants with a belt"),
        details("pants", "Question: What are the pants details? Answer:", "leak"),
        Q.garment_type("jeans", "contradiction"),
        title="Belmonte Men Brown Solid Trousers",
        category="Trousers",
        color="Brown",
        gender="Men",
    ),
    # photo: white formal shirt with thin black stripes, black tie, black trousers, white backdrop;
    # base model zero-shot
    case(
        "X786-042",
        caption("a man in a white shirt and black tie"),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        Q.pattern("striped"),
        describe("shirt", "white shirt with black stripes and a black tie"),
        wearing("a shirt and tie"),
        Q.material("the shirt is made of cotton"),
        details("shirt", "the shirt details", "restated"),
        title="Park Avenue Men White & Black Striped Slim Fit Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: teal washed casual shirt with a chest pocket and roll-up sleeve tabs, stone grey chinos, white
    # backdrop; base model zero-shot
    case(
        "X786-043",
        caption("a man in a blue shirt and gray pants"),
        Q.color("grey", "other_garment_color"),
        describe("shirt", "a teal shirt with a chest pocket"),
        details(
            "shirt",
            "the shirt has a chest pocket and roll up sleeves with tabs and a curved hem and a button "
            "down collar and a",
            "cut",
            hit_limit=True,
        ),
        wearing("she is wearing a blue shirt and grey pants", "pronoun", who="the man"),
        title="Roadster Men Teal Washed Casual Shirt",
        category="Shirts",
        color="Teal",
        gender="Men",
    ),
    # photo: light grey solid formal trousers with a navy shirt tucked in, black shoes, light grey backdrop;
    # base model zero-shot
    case(
        "X786-044",
        caption("a man in a navy shirt and gray pants"),
        color_of("pants", "grey"),
        describe("pants", "the pants are navy", "other_garment_color"),
        Q.pattern("checked", "contradiction"),
        details("pants", "the pants have a satin lined waistband and a hook and bar closure", "unsupported"),
        wearing(
            "a navy shirt and navy pants and black shoes and navy socks and navy shirt and navy pants and black "
            "shoes and navy socks and navy",
            "loop",
            hit_limit=True,
        ),
        title="Louis Philippe Men Grey Solid Slim Fit Formal Trousers",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: beige solid slim-fit shirt tucked into dark brown trousers, white backdrop; base model zero-shot
    case(
        "X786-045",
        caption("a man in a beige shirt and brown pants"),
        Q.color("brown", "other_garment_color"),
        color_of("shirt", "beige", kind="open"),
        describe("shirt", "a beige shirt with a collar"),
        details("shirt", "What are the shirt details? the shirt has a collar", "restated"),
        wearing("he is wearing a beige shirt and brown pants"),
        Q.pattern("checked", "contradiction"),
        title="Basics Men Beige Slim Fit Shirt",
        category="Shirts",
        color="Beige",
        gender="Men",
    ),
    # photo: lower-half crop, off-white formal trousers with a light blue shirt tucked in, no face visible, white
    # backdrop (feed row lacks the color); base model zero-shot
    case(
        "X786-046",
        caption("a man in a light blue shirt and white pants"),
        color_of("pants", "white"),
        describe("pants", "a pair of white pants with a blue shirt"),
        details("pants", "pants", "non_answer"),
        wearing("she is wearing white pants", "pronoun"),
        Q.garment_type("trousers"),
        Q.material("linen", "unsupported"),
        title="Wills Lifestyle Men Off-White Slim Fit Formal Trousers",
        category="Trousers",
        gender="Men",
    ),
]
