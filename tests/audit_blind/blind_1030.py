"""BLIND_1030 (46 products; Myntra men's shirts/trousers, BLIP-2 zero-shot): written blind in the fifty-eighth session.
Measured blind at 955f328 (the session's final rules): 96/121 failures found (79.3%) and 2/177 correct texts flagged
(1.1%). The writer's notes, verbatim:

Scenario: a Myntra-like men's feed of formal and casual shirts (solid, striped, checked, printed, denim, linen,
corduroy) and of formal trousers and chinos. Studio photos on a white or light grey backdrop, the model wearing the
listed garment with the other half of the outfit (shirt with trousers or chinos), sometimes a blazer, an undershirt
t-shirt, a tie, a watch or a belt; full-length, three-quarter, back and head-cropped views; one seated on a stool.

Who wrote what: every free text is the untuned Salesforce/blip2-opt-2.7b, zero-shot, greedy, `Question: ... Answer:`
prompts, 50 new tokens for captions and 30 for answers. Closed answers (garment type, color, pattern, sleeve
length, yes/no) are enrich's `--engine reference` ranking candidate values with the same base model, so they are one
candidate each and never loop or stop short. The base model answers short and lowercase, says "pants" for trousers,
"plaid"/"checkered" for checks, "arafed" now and then, reads navy as black and a tie or a pocket into a formal shirt;
it often gives the trousers' color to the shirt (or the reverse). Without an end token it mostly stops on its own,
but some long answers run on and loop or reach the limit, and some keep writing the next `Question: ... Answer:`.

Labeling conventions and judgement calls:
- One label per text, the most visible failure; a leak that also carries a guess is labelled leak.
- other_garment_color: the product's own color question (closed or open) answered with the color of another garment
  in the photo (the trousers, the blazer, the undershirt). A color given to the other garment that belongs to the
  product, or one color for both garments when they differ, is labelled contradiction.
- contradiction: a color, pattern, sleeve length, garment type or garment kind that the photo and the seller's row
  contradict (navy called black, charcoal trousers called black, peach called orange, chinos called jeans, a "no" to
  "Is this a shirt?"). A minor accent color of a print given as the garment's color is a contradiction too.
- Shades in the same family count as correct: lavender as purple, cream as white, teal as blue, maroon as red,
  khaki or sand as beige, olive as green, self-design (dobby) shirting read as solid.
- Rolled-up long sleeves answered "short sleeves" are a contradiction (the product is long-sleeved).
- unsupported: a detail the photo does not show (a tie, a pocket, a watch, pleats, a white collar, French cuffs, a
  drawstring, a logo on a back view) and a material the title does not name and the photo cannot show (silk,
  wool, linen, organic cotton). A material that contradicts a title that names one is a contradiction. A bare
  "cotton" where the title names cotton, or denim/corduroy/flannel/linen that the photo shows, is correct.
- pronoun: a man called "she" or "a woman" in any text (head-cropped shots invite it).
- non_answer: yes/no, "none", "clothes", "fabric", "i don't know" or the garment's own name alone for an open
  question. restated: the question's words handed back as a sentence ("the shirt details are the shirt details").
- A minimal answer that is true ("pleats", "anchors", "a yellow shirt") is correct, not a non_answer.
- cut: the text reached the token limit mid-phrase without repeating itself; loop: it reached the limit repeating.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1030 = [
    # photo: white solid long-sleeve formal shirt, plain front without pocket, tucked into charcoal grey formal
    # trousers, brown belt, black shoes; white backdrop, full-length front view. All texts: base model zero-shot.
    case(
        "X1030-001",
        caption("a man in a white shirt and grey pants standing in front of a white background"),
        color_of("shirt", "white"),
        color_of("pants", "grey", kind="open"),
        wearing("clothes", "non_answer"),
        describe("shirt", "it is a white shirt with a collar and buttons"),
        details("shirt", "the shirt has a pocket on the chest", "unsupported"),
        B.sleeve_length("long sleeves"),
        title="Arrow Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: blue-and-white small check casual shirt, spread collar, no pocket, sleeves rolled to the elbow, untucked
    # over beige chinos, white sneakers; white backdrop, three-quarter view. Base model zero-shot.
    case(
        "X1030-002",
        caption("a man wearing a blue checkered shirt and khaki pants"),
        wearing("a blue and white plaid shirt"),
        B.pattern("solid", "contradiction"),
        B.color("blue"),
        details("shirt", "the sleeves are rolled up"),
        describe("shirt", "a blue plaid shirt with a button down collar and a pocket on the chest", "unsupported"),
        B.material("cotton"),
        title="Peter England Men Blue & White Slim Fit Checked Pure Cotton Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: dark navy long-sleeve formal shirt tucked into light grey trousers, black belt; white backdrop, head
    # cropped at the chin. Base model zero-shot.
    case(
        "X1030-003",
        caption("a man in a black shirt and grey pants", "contradiction"),
        color_of("shirt", "navy blue"),
        color_of("trousers", "grey"),
        B.color("grey", "other_garment_color"),
        wearing("a dark blue shirt and grey trousers"),
        describe("shirt", "a navy blue shirt with long sleeves"),
        details("shirt", "none", "non_answer"),
        is_a("shirt", "yes"),
        title="Van Heusen Men Navy Blue Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: light pink long-sleeve formal shirt with one chest pocket, spread collar, tucked into navy formal
    # trousers, tan belt; white backdrop, front view. Base model zero-shot.
    case(
        "X1030-004",
        caption("a man in a pink shirt and blue pants"),
        color_of("shirt", "pink", kind="open"),
        color_of("pants", "pink", "contradiction", kind="open"),
        describe("shirt", "she is wearing a pink shirt and navy pants", "pronoun"),
        details(
            "shirt",
            "the shirt has a spread collar, a single chest pocket, long sleeves with buttoned cuffs, a curved hem and"
            " a slim fit that is tailored to",
            "cut",
            hit_limit=True,
        ),
        B.sleeve_length("long sleeves"),
        title="Louis Philippe Men Pink Regular Fit Solid Formal Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: olive green cotton-twill utility shirt with two flap chest pockets, worn open over a white crew-neck
    # t-shirt, black chinos; white backdrop, front view. Base model zero-shot.
    case(
        "X1030-005",
        caption("a man wearing a green shirt over a white t-shirt and black pants"),
        color_of("shirt", "white", "other_garment_color"),
        details("shirt", "it has two pockets on the front"),
        B.garment_type("jacket", "contradiction"),
        B.material("denim", "unsupported"),
        wearing("a green shirt, a white t-shirt and black pants"),
        title="Roadster Men Olive Green Solid Casual Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: beige slim chinos, navy blue casual shirt half-tucked, brown belt, brown loafers; white backdrop,
    # full-length front view. Product is the chinos. Base model zero-shot.
    case(
        "X1030-006",
        caption("a man in a blue shirt and khaki pants"),
        color_of("trousers", "navy blue", "other_garment_color"),
        B.garment_type("trousers"),
        describe("trousers", "a pair of khaki pants with a brown belt"),
        details("trousers", "the trousers are made of stretch cotton with a slim fit", "unsupported"),
        is_a("pair of trousers", "yes"),
        title="Allen Solly Men Beige Slim Fit Chinos",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: grey-and-white fine check long-sleeve formal shirt, spread collar, one chest pocket, no tie, black
    # trousers; white backdrop, front view. Base model zero-shot.
    case(
        "X1030-007",
        caption("a man in a gray shirt and tie", "unsupported"),
        wearing("a gray plaid shirt and black pants"),
        B.pattern("checked"),
        color_of("shirt", "grey"),
        details("shirt", "the shirt has a button down collar and a pocket", "unsupported"),
        B.sleeve_length("long sleeves"),
        B.material("the garment is made of a material", "restated"),
        title="Park Avenue Men Grey & White Checked Slim Fit Formal Shirt",
        category="Shirts",
        color="Grey",
        gender="Men",
    ),
    # photo: black short-sleeve casual shirt with a small white floral print, untucked over stone grey chinos, white
    # sneakers; white backdrop, front view. Base model zero-shot.
    case(
        "X1030-008",
        caption("a man wearing a black shirt with white flowers and grey pants"),
        B.pattern("floral"),
        B.sleeve_length("long sleeves", "contradiction"),
        describe("shirt", "a black shirt with a white flower print on it"),
        details(
            "shirt",
            "the shirt is black with white flowers and white flowers and white flowers and white flowers and white"
            " flowers and white",
            "loop",
            hit_limit=True,
        ),
        color_of("shirt", "black and white", kind="open"),
        title="WROGN Men Black Slim Fit Printed Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: khaki chinos, white casual shirt untucked with rolled sleeves, brown boots; white backdrop, full-length
    # front view. Product is the chinos. Base model zero-shot.
    case(
        "X1030-009",
        caption("a man in a white shirt and khaki pants"),
        B.color("white", "other_garment_color"),
        color_of("pants", "khaki", kind="open"),
        wearing(
            "a white shirt and khaki pants Question: what is the man wearing? Answer: a white shirt and khaki pants",
            "leak",
            hit_limit=True,
        ),
        details("pants", "they are pants", "non_answer"),
        B.garment_type("trousers"),
        title="Highlander Men Khaki Slim Fit Chinos",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: light blue and white vertical stripe casual shirt, button-down collar, small embroidered logo on the
    # chest, navy chinos; white backdrop, three-quarter view. Base model zero-shot.
    case(
        "X1030-010",
        caption("a man in a blue and white striped shirt and blue pants"),
        B.pattern("striped"),
        B.color("navy blue", "other_garment_color"),
        details("shirt", "it has a logo on the chest"),
        describe("shirt", "the shirt is blue and white striped with a button down collar"),
        color_of("pants", "white", "contradiction", kind="open"),
        B.material("cotton"),
        title="U.S. Polo Assn. Men Blue & White Striped Pure Cotton Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: maroon long-sleeve formal shirt tucked into black trousers; white backdrop, head cropped at the chin.
    # Base model zero-shot.
    case(
        "X1030-011",
        caption("a woman in a red shirt and black pants", "pronoun"),
        color_of("shirt", "maroon"),
        wearing("a red shirt and black pants"),
        describe("shirt", "the shirt is a shirt", "restated"),
        details("shirt", "maroon Question: what is the color of the pants? Answer: black", "leak"),
        is_a("shirt", "yes"),
        title="Blackberrys Men Maroon Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: white linen shirt with a band (mandarin) collar and no pocket, long sleeves rolled to the elbow,
    # untucked over sand beige linen trousers; white backdrop, front view. Base model zero-shot.
    case(
        "X1030-012",
        caption("a man in a white shirt and beige pants"),
        B.material("linen"),
        details("shirt", "it has a band collar"),
        color_of("shirt", "white"),
        B.color("beige", "other_garment_color"),
        describe("shirt", "a white shirt with a pocket on the left side", "unsupported"),
        B.sleeve_length("short sleeves", "contradiction"),
        title="Raymond Men White Pure Linen Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: navy short-sleeve casual shirt with a white micro polka-dot print, tucked into beige chinos, brown
    # belt, no watch; white backdrop, front view. Base model zero-shot.
    case(
        "X1030-013",
        caption("a man wearing a blue shirt with white polka dots and khaki pants"),
        B.pattern("polka dots"),
        color_of("shirt", "beige", "other_garment_color"),
        wearing("a blue shirt, khaki pants and a watch", "unsupported"),
        details("shirt", "the shirt has white dots on it"),
        B.sleeve_length("short sleeves"),
        title="Mast & Harbour Men Navy Blue Polka Dot Print Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: olive chinos, light pink oxford shirt tucked in, tan belt; white backdrop, full-length front view.
    # Product is the chinos. Base model zero-shot.
    case(
        "X1030-014",
        caption("a man in a pink shirt and green pants"),
        B.color("pink", "other_garment_color"),
        B.garment_type("shirt", "contradiction"),
        describe("trousers", "a pair of green pants with a pocket on the side"),
        color_of("trousers", "olive green", kind="open"),
        details("trousers", "pants", "non_answer"),
        title="Indian Terrain Men Olive Slim Fit Chinos",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: lavender long-sleeve formal shirt with regular button cuffs, dark purple tie, charcoal trousers, black
    # belt, silver watch on the left wrist; white backdrop, front view. Base model zero-shot.
    case(
        "X1030-015",
        caption("a man in a purple shirt and tie"),
        color_of("shirt", "purple"),
        wearing("a purple shirt and a purple tie", who="the man"),
        details("shirt", "the shirt has french cuffs and cufflinks", "unsupported"),
        describe(
            "shirt",
            "he is wearing a light purple dress shirt with a dark purple tie, grey pants and a black belt, he is also"
            " wearing a watch on his left",
            "cut",
            hit_limit=True,
        ),
        title="Louis Philippe Men Lavender Solid Slim Fit Formal Shirt",
        category="Shirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: charcoal grey flat-front formal trousers with a pressed crease, white shirt tucked in, black belt,
    # black oxford shoes; white backdrop, full-length front view. Product is the trousers. Base model zero-shot.
    case(
        "X1030-016",
        caption("a man in a white shirt and black pants", "contradiction"),
        color_of("trousers", "grey"),
        B.color("white", "other_garment_color"),
        B.garment_type("trousers"),
        details("trousers", "the trousers have a crease down the front"),
        describe("trousers", "trousers", "non_answer"),
        wearing("a white shirt and grey pants"),
        is_a("pair of jeans", "no"),
        title="Van Heusen Men Charcoal Grey Slim Fit Formal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: mid-blue denim shirt, two flap chest pockets, snap buttons, long sleeves, tucked into white chinos;
    # white backdrop, front view. Base model zero-shot.
    case(
        "X1030-017",
        caption("a man wearing a denim shirt and white pants"),
        B.material("denim"),
        color_of("shirt", "blue", kind="open"),
        color_of("pants", "blue", "contradiction", kind="open"),
        details(
            "shirt",
            "the shirt has two pockets on the front and a pocket on the front and a pocket on the front and a pocket"
            " on the front and a pocket",
            "loop",
            hit_limit=True,
        ),
        B.pattern("solid"),
        wearing("the person is wearing clothes", "restated"),
        title="Jack & Jones Men Blue Denim Slim Fit Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: sky blue solid formal shirt with barrel cuffs, no tie, worn under an open navy blazer with matching
    # navy trousers; white backdrop, front view. Product is the shirt. Base model zero-shot.
    case(
        "X1030-018",
        caption("a man in a blue suit and blue shirt"),
        wearing("a blue suit and a light blue shirt"),
        color_of("shirt", "navy blue", "other_garment_color"),
        B.garment_type("jacket", "contradiction"),
        B.sleeve_length("long sleeves"),
        describe("shirt", "a light blue dress shirt"),
        details("shirt", "the shirt has french cuffs and a tie", "unsupported"),
        title="Arrow Men Sky Blue Regular Fit Solid Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: white formal shirt with thin black pinstripes, black trousers; white backdrop, front view.
    # Base model zero-shot.
    case(
        "X1030-019",
        caption("a man in a white and black striped shirt and black pants"),
        B.color("grey", "contradiction"),
        B.pattern("striped"),
        describe(
            "shirt", "white shirt with black stripes Question: What is the color of the pants? Answer: black", "leak"
        ),
        details("shirt", "yes", "non_answer"),
        B.sleeve_length("long sleeves"),
        title="Peter England Men White & Black Striped Slim Fit Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: navy blue chinos, blue-and-white gingham shirt tucked in, brown belt; white backdrop, full-length
    # front view. Product is the chinos. Base model zero-shot.
    case(
        "X1030-020",
        caption("a man in a blue and white checkered shirt and blue pants"),
        color_of("pants", "navy blue"),
        B.color("white", "other_garment_color"),
        wearing("he is wearing a blue and white checkered shirt and navy blue pants", who="he"),
        details("pants", "the pants have a checkered pattern", "contradiction"),
        B.pattern("checked", "contradiction"),
        B.garment_type("trousers"),
        title="Dockers Men Navy Blue Slim Fit Chinos",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: mustard yellow short-sleeve casual shirt with one chest pocket, untucked over navy chinos; light grey
    # studio backdrop, front view. Base model zero-shot.
    case(
        "X1030-021",
        caption("a man wearing a yellow shirt and blue pants standing in front of a gray wall"),
        color_of("shirt", "yellow"),
        B.color("orange", "contradiction"),
        describe("shirt", "a yellow shirt"),
        details("shirt", "it has a pocket"),
        B.sleeve_length("short sleeves"),
        B.material("linen", "unsupported"),
        title="Allen Solly Men Mustard Yellow Solid Casual Shirt",
        category="Shirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: white oxford button-down casual shirt, small embroidered flag logo on the chest, untucked over olive
    # chinos; white backdrop, front view. Base model zero-shot.
    case(
        "X1030-022",
        caption("arafed man in a white shirt and green pants posing for a picture"),
        wearing("a white shirt and green pants Answer: a white shirt and green pants", "leak"),
        color_of("shirt", "olive", "other_garment_color"),
        details("shirt", "the shirt has a small logo on the chest"),
        B.material("it is made of organic cotton", "unsupported"),
        is_a("shirt", "yes"),
        title="Tommy Hilfiger Men White Solid Slim Fit Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: beige flat-front cotton trousers, dark green shirt tucked in, brown belt; white backdrop, cropped from
    # the waist to the shoes. Product is the trousers. Base model zero-shot.
    case(
        "X1030-023",
        caption("a pair of beige pants with a brown belt"),
        B.color("beige"),
        describe("trousers", "a pair of khaki pants with pleats on the front", "unsupported"),
        details(
            "trousers",
            "the pants are beige the pants are beige the pants are beige the pants are beige the pants are beige the"
            " pants",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("trousers"),
        title="Marks & Spencer Men Beige Regular Fit Cotton Trousers",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: red-and-black buffalo check brushed flannel shirt, long sleeves, worn open over a black t-shirt, grey
    # chinos, white sneakers; white backdrop, front view. Base model zero-shot.
    case(
        "X1030-024",
        caption("a man wearing a red and black plaid shirt over a black t-shirt"),
        color_of("shirt", "red and black", kind="open"),
        B.color("grey", "other_garment_color"),
        B.pattern("checked"),
        wearing("a red and black plaid shirt and grey pants"),
        B.material("flannel"),
        B.garment_type("t-shirt", "contradiction"),
        describe("shirt", "a red plaid shirt with a black t-shirt under it"),
        details("shirt", "yes", "non_answer"),
        title="John Players Men Red & Black Checked Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: black long-sleeve formal shirt with black buttons, black trousers (all black); white backdrop, front
    # view. The feed row has no gender. Base model zero-shot.
    case(
        "X1030-025",
        caption("a man in a black shirt and black pants"),
        color_of("shirt", "black"),
        color_of("pants", "black", kind="open"),
        details("shirt", "it has white buttons", "unsupported"),
        wearing("all black"),
        B.sleeve_length("long sleeves"),
        title="Hancock Men Black Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Black",
    ),
    # photo: light grey casual trousers with the hems rolled once, navy-and-white striped shirt with rolled
    # sleeves, white sneakers; white backdrop, front view. Product is the trousers. Base model zero-shot.
    case(
        "X1030-026",
        caption("a man in a striped shirt and grey pants"),
        color_of("pants", "grey"),
        B.color("navy blue", "other_garment_color"),
        wearing("a blue and white striped shirt and grey pants"),
        details(
            "pants",
            "the pants are grey with a slim fit, two side pockets, two back pockets, a zip fly and a button closure,"
            " and they are cuffed at the",
            "cut",
            hit_limit=True,
        ),
        describe("pants", "no", "non_answer"),
        is_a("pair of trousers", "yes"),
        title="Roadster Men Grey Solid Regular Trousers",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: peach long-sleeve formal shirt tucked into beige trousers; white backdrop, front view.
    # Base model zero-shot.
    case(
        "X1030-027",
        caption("a man in an orange shirt and beige pants", "contradiction"),
        color_of("shirt", "peach"),
        B.color("beige", "other_garment_color"),
        describe("shirt", "the shirt is a peach colored dress shirt"),
        details("shirt", "what are the shirt details?", "restated"),
        wearing("a peach shirt and beige pants"),
        title="Van Heusen Men Peach Solid Regular Fit Formal Shirt",
        category="Shirts",
        color="Peach",
        gender="Men",
    ),
    # photo: teal short-sleeve casual shirt with an all-over small white leaf print, no pocket, untucked over black
    # chinos; white backdrop, front view, head in frame (short hair, beard). Base model zero-shot.
    case(
        "X1030-028",
        caption("a man wearing a blue shirt with white leaves on it"),
        B.pattern("printed"),
        color_of("shirt", "blue"),
        color_of("pants", "black", kind="open"),
        details("shirt", "the shirt has a leaf pattern and a pocket", "unsupported"),
        wearing("she is wearing a blue shirt and black pants", "pronoun"),
        describe("shirt", "describe the shirt", "restated"),
        title="Flying Machine Men Teal Leaf Printed Casual Shirt",
        category="Shirts",
        color="Teal",
        gender="Men",
    ),
    # photo: navy blue pleated formal trousers, light pink shirt tucked in, black belt, hands in the trouser
    # pockets; white backdrop, front view. Product is the trousers. Base model zero-shot.
    case(
        "X1030-029",
        caption("a man in a pink shirt and blue pants with his hands in his pockets"),
        B.color("pink", "other_garment_color"),
        B.garment_type("trousers"),
        details("trousers", "pleats"),
        describe("trousers", "the pants are navy blue and have a pleated front"),
        B.material("wool", "contradiction"),
        title="Park Avenue Men Navy Blue Regular Fit Pleated Poly Viscose Formal Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: white casual shirt with a thin blue windowpane check, long sleeves, untucked over khaki chinos; back
    # view (model faces away, back yoke and box pleat visible, hands on hips); white backdrop. Base model zero-shot.
    case(
        "X1030-030",
        caption(
            "the back of a man in a white and blue checkered shirt and khaki pants, standing in front of a white"
            " background with his hands on his hips and his head turned to the left side of the",
            "cut",
            hit_limit=True,
        ),
        B.pattern("checked"),
        color_of("shirt", "white"),
        details("shirt", "the back of the shirt has a pleat"),
        describe("shirt", "the shirt is white with blue lines and has a logo on the front pocket", "unsupported"),
        wearing(
            "white shirt Question: what is the color of the pants? Answer: khaki Question: what is the",
            "leak",
            hit_limit=True,
        ),
        title="Levis Men White & Blue Checked Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: light blue self-design (dobby) formal shirt, collar the same blue, dark grey trousers, arms folded;
    # white backdrop, front view. Base model zero-shot.
    case(
        "X1030-031",
        caption("a man in a light blue shirt and grey pants with his arms crossed"),
        B.pattern("solid"),
        color_of("shirt", "light blue"),
        B.color("grey", "other_garment_color"),
        describe("shirt", "a blue shirt with a white collar", "unsupported"),
        details("shirt", "no", "non_answer"),
        B.sleeve_length("long sleeves"),
        title="Invictus Men Light Blue Slim Fit Self Design Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: rust orange corduroy shirt with two chest pockets, buttoned up, no undershirt visible, untucked over
    # dark navy chinos; white backdrop, front view. Base model zero-shot.
    case(
        "X1030-032",
        caption("a man wearing an orange shirt and dark blue pants"),
        color_of("shirt", "navy blue", "other_garment_color"),
        B.material("corduroy"),
        details("shirt", "the shirt has two pockets on the chest"),
        wearing("an orange corduroy shirt and navy pants"),
        describe("shirt", "an orange shirt with a white t-shirt underneath", "unsupported"),
        is_a("shirt", "yes"),
        title="Highlander Men Rust Orange Solid Corduroy Casual Shirt",
        category="Shirts",
        color="Rust",
        gender="Men",
    ),
    # photo: white formal shirt with a green and navy tattersall check, long sleeves, tucked into navy trousers;
    # white backdrop, front view. Base model zero-shot.
    case(
        "X1030-033",
        caption("a man in a green and white checkered shirt and blue pants"),
        B.color("green"),
        B.pattern("checked"),
        wearing(
            "a man in a green and white checkered shirt and blue pants in front of a white wall in front of a white"
            " wall in front of a",
            "loop",
            hit_limit=True,
        ),
        details("shirt", "the shirt is checkered"),
        B.material("polyester", "unsupported"),
        color_of("pants", "the color of the pants is the color of the pants", "restated", kind="open"),
        title="Arrow Men Green & White Checked Regular Fit Formal Shirt",
        category="Shirts",
        color="Green",
        gender="Men",
    ),
    # photo: mid-grey formal trousers, sky blue shirt tucked in, no tie, black belt, black shoes; white backdrop,
    # full-length front view. Product is the trousers. Base model zero-shot.
    case(
        "X1030-034",
        caption("a man in a blue shirt and gray pants"),
        color_of("trousers", "grey"),
        describe("trousers", "gray dress pants with a black belt"),
        wearing("a blue shirt and grey pants and a blue tie", "unsupported"),
        B.garment_type("jeans", "contradiction"),
        is_a("pair of trousers", "yes"),
        details(
            "trousers",
            "the trousers are grey, the trousers are grey, the trousers are grey, the trousers are grey, the trousers",
            "loop",
            hit_limit=True,
        ),
        title="Louis Philippe Men Grey Slim Fit Formal Trousers",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: navy tartan check shirt (red and white overcheck), long sleeves, two flap chest pockets, regular
    # collar, worn open over a white t-shirt, khaki chinos; white backdrop, front view. Base model zero-shot.
    case(
        "X1030-035",
        caption("a man wearing a plaid shirt and khaki pants"),
        color_of("shirt", "khaki", "other_garment_color"),
        B.pattern("checked"),
        details("shirt", "it has two flap pockets"),
        describe("shirt", "a red plaid shirt", "contradiction"),
        B.sleeve_length("long sleeves"),
        wearing(
            "a plaid shirt Question: What is the man wearing? Answer: a plaid shirt Question: What is the man"
            " wearing? Answer: a plaid",
            "leak",
            who="the man",
            hit_limit=True,
        ),
        title="Wrangler Men Navy Blue Checked Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: white short-sleeve casual shirt with a small navy anchor print, untucked over full-length navy chinos;
    # white backdrop, front view. Base model zero-shot.
    case(
        "X1030-036",
        caption("a man wearing a white shirt with blue anchors on it"),
        B.pattern("printed"),
        color_of("shirt", "white with blue anchors", kind="open"),
        color_of("pants", "white", "contradiction", kind="open"),
        details("shirt", "anchors"),
        wearing("a white shirt with anchors and blue shorts", "contradiction"),
        B.material("fabric", "non_answer"),
        title="Basics Men White Anchor Print Slim Fit Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: dark brown solid long-sleeve casual shirt with one chest pocket, tucked into cream chinos; white
    # backdrop, head cropped at the mouth. Base model zero-shot.
    case(
        "X1030-037",
        caption("a man wearing a brown shirt and white pants"),
        B.color("brown"),
        wearing("a woman wearing a brown shirt and white pants", "pronoun"),
        describe(
            "shirt",
            "it is a brown shirt with long sleeves, a collar, a pocket on the left side of the chest, buttons down"
            " the front and a curved",
            "cut",
            hit_limit=True,
        ),
        details("shirt", "the shirt details are the shirt details", "restated"),
        B.sleeve_length("long sleeves"),
        title="Dennis Lingo Men Coffee Brown Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Coffee Brown",
        gender="Men",
    ),
    # photo: black slim chinos, light grey casual shirt untucked over the waistband, black sneakers; white
    # backdrop, full-length front view. Product is the chinos. Base model zero-shot.
    case(
        "X1030-038",
        caption("a man in a grey shirt and black pants"),
        B.color("grey", "other_garment_color"),
        B.garment_type("trousers"),
        describe("trousers", "the pants are black"),
        details("trousers", "the pants have a drawstring waist", "unsupported"),
        is_a("pair of jeans", "yes", "contradiction"),
        title="Mast & Harbour Men Black Slim Fit Chinos",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: cream long-sleeve formal shirt with one chest pocket, brown trousers, brown belt, brown shoes; white
    # backdrop, full-length front view. Base model zero-shot.
    case(
        "X1030-039",
        caption("a man in a white shirt and brown pants"),
        color_of("shirt", "cream"),
        color_of("pants", "brown", kind="open"),
        describe("shirt", "a brown dress shirt with brown pants", "other_garment_color"),
        details("shirt", "it has a pocket on the left chest"),
        B.material("silk", "unsupported"),
        title="Peter England Men Cream Solid Regular Fit Formal Shirt",
        category="Shirts",
        color="Cream",
        gender="Men",
    ),
    # photo: mid-blue cotton chinos, white linen shirt worn untucked, tan loafers, model seated on a wooden stool;
    # white backdrop, front view. Product is the chinos. Base model zero-shot.
    case(
        "X1030-040",
        caption("a man sitting on a stool wearing a white shirt and blue jeans", "contradiction"),
        color_of("pants", "blue"),
        wearing("a white shirt and blue pants"),
        describe("pants", "blue pants with a white shirt tucked in", "unsupported"),
        details("pants", "i don't know", "non_answer"),
        B.garment_type("trousers"),
        title="Indian Terrain Men Blue Slim Fit Chinos",
        category="Trousers",
        color="Blue",
        gender="Men",
    ),
    # photo: blue-and-white bengal stripe formal shirt with one chest pocket, spread collar, navy trousers, a navy
    # blazer held over the shoulder; white backdrop, front view. Base model zero-shot.
    case(
        "X1030-041",
        caption("a man holding a jacket over his shoulder"),
        color_of("shirt", "blue"),
        B.pattern("striped"),
        wearing("a blue striped shirt and navy pants"),
        describe(
            "shirt",
            "the shirt is blue and white striped, it has a spread collar, a single pocket, long sleeves, button"
            " cuffs, and a curved hem, the",
            "cut",
            hit_limit=True,
        ),
        details(
            "shirt",
            "blue and white stripes blue and white stripes blue and white stripes blue and white stripes blue and"
            " white stripes",
            "loop",
            hit_limit=True,
        ),
        title="Arrow New York Men Blue & White Striped Slim Fit Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: black flat-front formal trousers with side pockets, white shirt tucked in, black belt, black shoes;
    # white backdrop, front view. Product is the trousers; the feed row has no category. Base model zero-shot.
    case(
        "X1030-042",
        caption("a man in a white shirt and black pants"),
        B.color("black"),
        wearing("he is wearing a white shirt and black pants", who="he"),
        details("trousers", "the pants have pockets on the sides"),
        B.material("cotton Question: What is the color of the pants? Answer: black", "leak"),
        is_a("pair of trousers", "yes"),
        title="Raymond Men Black Regular Fit Formal Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: pink-and-white gingham short-sleeve casual shirt, tucked into beige chinos; white backdrop, front view.
    # Base model zero-shot.
    case(
        "X1030-043",
        caption("a man wearing a pink and white checkered shirt and beige pants"),
        color_of("shirt", "beige", "other_garment_color"),
        B.sleeve_length("long sleeves", "contradiction"),
        describe("shirt", "a pink checkered shirt with short sleeves"),
        details("shirt", "pink and white Question: what is the shirt made of? Answer: cotton", "leak"),
        is_a("shirt", "yes"),
        title="U.S. Polo Assn. Men Pink & White Gingham Checked Casual Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: olive formal trousers with belt loops and a hook-and-button closure, white shirt tucked in, brown belt;
    # white backdrop, head cropped at the neck. Product is the trousers. Base model zero-shot.
    case(
        "X1030-044",
        caption("a man in a white shirt and green pants"),
        color_of("trousers", "white", "other_garment_color"),
        describe("trousers", "a woman in green pants and a white shirt", "pronoun"),
        details("trousers", "the trousers have a belt loop and a button closure"),
        B.garment_type("trousers"),
        B.material("wool", "unsupported"),
        title="Blackberrys Men Olive Slim Fit Formal Trousers",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: navy short-sleeve camp-collar shirt with a large white and green tropical palm-leaf print, untucked
    # over beige chinos; white backdrop, front view. Base model zero-shot.
    case(
        "X1030-045",
        caption("a man wearing a hawaiian shirt and khaki pants"),
        B.pattern("printed"),
        B.color("green", "contradiction"),
        details("shirt", "the shirt has a tropical print with palm leaves"),
        wearing("the person is wearing what the person is wearing", "restated"),
        describe(
            "shirt",
            "a hawaiian shirt with a hawaiian shirt with a hawaiian shirt with a hawaiian shirt with a hawaiian shirt"
            " with a",
            "loop",
            hit_limit=True,
        ),
        title="Roadster Men Navy Blue Tropical Printed Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: charcoal grey solid long-sleeve formal shirt, collar the same grey, black trousers; white backdrop,
    # side view. The feed row has no color. Base model zero-shot.
    case(
        "X1030-046",
        caption("a man in a grey shirt and black pants"),
        color_of("shirt", "grey"),
        wearing("a black shirt and black pants", "other_garment_color"),
        describe("shirt", "a grey dress shirt with a white collar", "unsupported"),
        details("shirt", "it has long sleeves"),
        is_a("shirt", "no", "contradiction"),
        title="Arrow Men Charcoal Grey Slim Fit Solid Formal Shirt",
        category="Shirts",
        gender="Men",
    ),
]
