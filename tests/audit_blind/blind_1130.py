"""BLIND_1130 (46 products; Myntra men's shirts and trousers, base zero-shot): written blind in the sixtieth session.
Measured blind at d18a88b (the session's sixth rules): 110/132 failures found (83.3%) and 1/192 correct texts flagged
(0.5%). The writer's notes, verbatim:

Scenario: a Myntra men's feed of formal and casual shirts (34 rows, category Shirts, one row without a category)
and of the trousers or chinos they are styled with (12 rows, category Trousers). Studio catalog photos, 3:4, most
on a white or light grey backdrop, a few on beige; the model is always a man, seen front or three-quarter, wearing
both a shirt and trousers or chinos, sometimes a tie, a waistcoat, an open shirt over a tee, a blazer in hand; a
stool, a plant, a straw hat or sunglasses as props. Shirts are solid, striped, checked, polka dot or printed;
formal ones tucked in with a belt, casual ones untucked, sleeves sometimes rolled up.

Who wrote what: every text comes from the untuned Salesforce/blip2-opt-2.7b, zero-shot, 8-bit, greedy. Captions
and open answers are free generation (50 and 30 new tokens); closed answers (garment_type, color, pattern,
sleeve_length, is_a) come from enrich's --engine reference ranking the candidate values, so they are one value,
never cut or looping. The base model writes short lowercase phrases ("a man in a blue shirt and khaki pants"),
says "pants" and sometimes "jeans" for any trousers, repeats one color for both garments, answers the product's
color question with the color of the garment that fills more of the frame, invents pockets, logos, watches, cuffs
and backdrops, answers an open question with one word or "yes", now and then continues into a new
"Question: ... Answer:" turn or starts with "Answer:", says "she" for men, and on "describe"/"details" prompts
sometimes falls into a repetition that runs to the 30-token limit or rambles until it is cut mid-phrase.

Labeling conventions and judgement calls:
- other_garment_color: the product (or the question about the product) is given the color of another garment
  visible in the photo, open or closed. A wrong color given to a garment that is not the product (pants given the
  shirt's color), or a color that is nowhere in the photo, is a contradiction.
- contradiction also covers a wrong garment type (closed garment_type "blazer" for a shirt, chinos called
  "jeans"), a wrong pattern (closed "checked" for solid chinos, taken from the shirt) and a wrong sleeve length.
- Full sleeves rolled up to the elbow are long sleeves: "long sleeve" is correct, "short sleeve" a contradiction.
- Shades and near synonyms count as correct: maroon/burgundy as red, peach as light pink, rust as orange, teal as
  blue, cream as white or beige, khaki as tan, navy as blue or dark blue, charcoal trousers as dark grey.
- Where the seller's color is wrong for the photo (X1130-008, sold as Brown, clearly maroon), a text naming the
  photo's color is correct.
- unsupported: a detail that is not in the photo (a pocket, epaulettes, a logo, a watch, french cuffs, a drawstring,
  a brick wall backdrop) or a material that the title contradicts (silk, wool, polyester, denim against a title
  that names cotton, linen or poly viscose). A pocket or collar that the photo line says is there is correct.
- non_answer: an empty answer, "yes"/"no"/"none", or one word (even a right color) to an open describe/details
  question, or only the question's noun back ("the shirt", "pants").
- restated: the answer turns the question back into a sentence ("the shirt details are the shirt details", "the
  man is wearing the shirt").
- loop: a repetition that runs to the token limit (hit_limit=True); cut: a text stopped mid-phrase at the limit
  without repeating (hit_limit=True). A loop that is also cut is labeled loop only.
- leak: any text that carries "Question:" or "Answer:", even where the leaked answer is right.
- pronoun: "she" for a man. X1130-029 has no gender column; the photo is a man and "she" is still labeled pronoun.
- One label per text, the most salient failure; texts with none are correct for the photo.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, material, wearing

BLIND_1130 = [
    # photo: white full-sleeve formal shirt, spread collar, one chest pocket, tucked into charcoal grey formal
    # trousers, black belt, white backdrop, front view; base model wrote all texts
    case(
        "X1130-001",
        caption("a man in a white shirt and grey pants"),
        wearing("a white shirt and grey pants", who="the man"),
        color_of("shirt", "white", kind="open"),
        color_of("pants", "white", "contradiction", kind="open"),
        Q.garment_type("shirt"),
        Q.sleeve_length("long sleeve"),
        describe("shirt", "a white shirt with a collar and buttons"),
        details(
            "shirt",
            "the shirt has a pocket on the chest and the sleeves have cuffs with two buttons and the collar is a"
            " spread collar and the shirt is tucked into the",
            "cut",
            hit_limit=True,
        ),
        title="Arrow Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: navy shirt with a thin white check grid, full sleeves, spread collar, no pocket, tucked into beige
    # formal trousers, brown belt, white backdrop; base model wrote all texts
    case(
        "X1130-002",
        caption("a man wearing a blue checkered shirt and khaki pants"),
        color_of("shirt", "blue", kind="open"),
        color_of("pants", "khaki", kind="open"),
        Q.pattern("striped", "contradiction"),
        Q.color("beige", "other_garment_color"),
        describe("shirt", "the shirt is a navy blue and white plaid shirt with a button down collar", "unsupported"),
        details("shirt", "the shirt has a pocket on the chest", "unsupported"),
        title="Peter England Men Navy Blue Slim Fit Checked Formal Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: olive green casual shirt, full sleeves rolled to the forearm, one plain patch pocket, untucked over
    # beige chinos, brown loafers, white backdrop, three-quarter view; base model wrote all texts
    case(
        "X1130-003",
        caption("a man in a green shirt and beige pants standing in front of a white wall"),
        wearing("he is wearing a green shirt and tan chinos", who="he"),
        color_of("shirt", "olive green", kind="open"),
        Q.color("beige", "other_garment_color"),
        Q.sleeve_length("long sleeve"),
        material("cotton"),
        describe("shirt", "olive Question: what color are the pants? Answer: beige", "leak"),
        details("shirt", "the shirt has epaulettes on the shoulders and two flap pockets", "unsupported"),
        title="Roadster Men Olive Green Regular Fit Solid Pure Cotton Casual Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: the product is the trousers: grey flat-front formal trousers with belt loops, worn with a light pink
    # formal shirt tucked in, black belt, black shoes, white backdrop, full-length front view; base model
    case(
        "X1130-004",
        caption("a man in a pink shirt and grey pants"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pink", "other_garment_color"),
        color_of("pants", "grey", kind="open"),
        details("pants", "the pants have a flat front and belt loops"),
        describe("pants", "pants", "non_answer"),
        wearing("a pink shirt and grey trousers", who="the man"),
        title="Louis Philippe Men Grey Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: red and black buffalo check flannel shirt, full sleeves, two flap chest pockets, untucked over black
    # chinos, white backdrop; base model wrote all texts
    case(
        "X1130-005",
        caption("a man in a red and black plaid shirt and black pants"),
        color_of("shirt", "red and black", kind="open"),
        Q.pattern("checked"),
        describe("shirt", "a red and black plaid flannel shirt with a collar and a pocket on the chest"),
        details(
            "shirt",
            "the shirt has a red and black plaid pattern the shirt has a red and black plaid pattern the shirt"
            " has a red and black plaid pattern the shirt has",
            "loop",
            hit_limit=True,
        ),
        wearing("she is wearing a red and black plaid shirt and black pants", "pronoun"),
        Q.material("wool", "unsupported"),
        title="Highlander Men Red & Black Slim Fit Buffalo Checked Pure Cotton Flannel Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: light blue formal shirt, spread collar, navy tie, under an open navy blazer, navy trousers (a suit),
    # white backdrop, front view; base model wrote all texts
    case(
        "X1130-006",
        caption("a man in a suit and tie"),
        wearing("a blue suit, a light blue shirt and a tie", who="the man"),
        color_of("shirt", "navy blue", "other_garment_color", kind="open"),
        Q.garment_type("blazer", "contradiction"),
        Q.color("light blue"),
        is_a("shirt", "yes"),
        describe("shirt", "a light blue dress shirt with a spread collar"),
        details("shirt", "the shirt is a shirt", "restated"),
        title="Van Heusen Men Light Blue Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: the product is the chinos: beige slim chinos, worn with a white casual shirt, sleeves rolled,
    # untucked, white sneakers, light grey backdrop, front view; base model wrote all texts
    case(
        "X1130-007",
        caption("a man wearing a white shirt and khaki pants"),
        color_of("pants", "khaki", kind="open"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("trousers"),
        describe("pants", "the pants are pants", "restated"),
        details("pants", "slim fit Question: What are the shoes? Answer: white sneakers", "leak"),
        title="Allen Solly Men Beige Slim Fit Solid Chinos",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: a clearly maroon (burgundy red) formal shirt, sold as Brown, full sleeves, tucked into black
    # trousers, black belt, white backdrop; base model wrote all texts
    case(
        "X1130-008",
        caption("a man in a maroon shirt and black pants"),
        color_of("shirt", "maroon", kind="open"),
        color_of("pants", "black", kind="open"),
        Q.sleeve_length("long sleeve"),
        wearing("a red shirt and black pants", who="he"),
        title="Park Avenue Men Brown Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Brown",
        gender="Men",
    ),
    # photo: white formal shirt with thin blue vertical pinstripes, one chest pocket, full sleeves, tucked into
    # navy trousers, brown belt, white backdrop; base model wrote all texts
    case(
        "X1130-009",
        caption("a man in a blue and white striped shirt and blue pants"),
        Q.pattern("striped"),
        color_of("shirt", "white with blue stripes", kind="open"),
        color_of("pants", "white", "contradiction", kind="open"),
        describe(
            "shirt",
            "the shirt is a white shirt with blue stripes and a white collar and white buttons and a pocket on"
            " the chest and the cuffs are white and the",
            "cut",
            hit_limit=True,
        ),
        details("shirt", "yes", "non_answer"),
        title="Raymond Men White & Blue Striped Slim Fit Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: mustard yellow casual shirt with a small white floral print, short sleeves, regular collar, no pocket,
    # untucked over white chinos, white backdrop; base model wrote all texts
    case(
        "X1130-010",
        caption("a man in a yellow shirt and white pants"),
        Q.sleeve_length("long sleeve", "contradiction"),
        Q.pattern("floral"),
        color_of("shirt", "yellow", kind="open"),
        color_of("pants", "yellow", "contradiction", kind="open"),
        describe("shirt", "a yellow shirt with white flowers on it"),
        details("shirt", "the shirt has a floral print and a button down collar and a pocket", "unsupported"),
        wearing("a yellow floral shirt and white pants", who="the man"),
        title="Mufti Men Mustard Yellow Slim Fit Floral Printed Casual Shirt",
        category="Shirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: the product is the trousers: charcoal grey formal trousers with a pressed crease, worn with a sky blue
    # formal shirt tucked in, black belt, black oxfords, white backdrop; base model wrote all texts
    case(
        "X1130-011",
        caption("a man in a blue shirt and grey pants"),
        color_of("pants", "dark grey", kind="open"),
        color_of("shirt", "blue", kind="open"),
        Q.color("sky blue", "other_garment_color"),
        describe("pants", "a pair of grey dress pants with a crease down the front"),
        Q.material("wool", "unsupported"),
        wearing(
            "he is wearing a blue shirt and grey pants. Question: what is he holding? Answer: nothing", "leak", who="he"
        ),
        title="Blackberrys Men Charcoal Grey Slim Fit Poly Viscose Formal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: pale pink Oxford shirt, button-down collar, small embroidered logo on the chest, full sleeves, tucked
    # into navy chinos, brown belt, white backdrop; base model wrote all texts
    case(
        "X1130-012",
        caption("a man in a pink shirt and blue pants"),
        color_of("shirt", "pink", kind="open"),
        describe("shirt", "a pink shirt with a logo on the chest"),
        wearing("she is wearing a pink shirt and navy pants", "pronoun"),
        Q.garment_type("shirt"),
        is_a("shirt", "no", "contradiction"),
        details(
            "shirt",
            "the shirt has a small embroidered logo on the chest and a button down collar and the sleeves are"
            " long and the cuffs have buttons and the shirt is",
            "cut",
            hit_limit=True,
        ),
        title="U.S. Polo Assn. Men Pink Tailored Fit Solid Oxford Casual Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: black casual shirt, full sleeves, untucked over grey chinos, white sneakers, light grey backdrop;
    # base model wrote all texts
    case(
        "X1130-013",
        caption("a man in a black shirt and grey pants posing for a picture"),
        color_of("shirt", "black", kind="open"),
        color_of("pants", "black", "contradiction", kind="open"),
        details("shirt", "the shirt details are the shirt details", "restated"),
        describe("shirt", "black", "non_answer"),
        Q.sleeve_length("long sleeve"),
        Q.pattern("solid"),
        title="WROGN Men Black Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: green and white gingham casual shirt, full sleeves rolled to the elbows, untucked over khaki chinos,
    # sunglasses held in the right hand, white backdrop; base model wrote all texts
    case(
        "X1130-014",
        caption("a man in a green and white checkered shirt holding sunglasses"),
        color_of("shirt", "green and white", kind="open"),
        Q.pattern("checked"),
        Q.sleeve_length("short sleeve", "contradiction"),
        wearing("a green plaid shirt and khaki pants", who="the man"),
        describe("shirt", "green", "non_answer"),
        details("shirt", "the shirt has a contrast blue lining inside the collar", "unsupported"),
        title="Indian Terrain Men Green & White Gingham Checked Slim Fit Casual Shirt",
        category="Shirts",
        color="Green",
        gender="Men",
    ),
    # photo: the product is the chinos: navy slim chinos, worn with a white shirt tucked in, brown belt, brown
    # loafers, white backdrop, front view (back pockets not visible); base model wrote all texts
    case(
        "X1130-015",
        caption("a man in a white shirt and blue pants standing in front of a white wall"),
        Q.color("navy blue"),
        Q.garment_type("trousers"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        describe("pants", "a pair of blue pants with a brown belt"),
        details("pants", "the pants have a tommy hilfiger logo on the back pocket", "unsupported"),
        wearing("a white shirt, blue pants and brown shoes", who="the man"),
        title="Tommy Hilfiger Men Navy Blue Slim Fit Solid Chinos",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: lavender casual shirt with a self-colored collar, full sleeves, untucked over white chinos, no watch
    # or jewelry, white backdrop; base model wrote all texts
    case(
        "X1130-016",
        caption("a man in a purple shirt and white pants"),
        color_of("shirt", "purple", kind="open"),
        color_of("pants", "white", kind="open"),
        Q.color("lavender"),
        describe("shirt", "a purple shirt with a white collar", "unsupported"),
        material("the material is the material of the garment", "restated"),
        wearing("he is wearing a purple shirt and white pants and a silver watch", "unsupported", who="he"),
        title="Dennis Lingo Men Lavender Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: mid grey formal shirt, regular placket, grey collar, tucked into black trousers, black belt, white
    # backdrop; base model wrote all texts
    case(
        "X1130-017",
        caption("a man in a gray shirt and black pants"),
        wearing(
            "a grey shirt and a grey shirt and a grey shirt and a grey shirt and a grey shirt and a grey shirt and"
            " a grey shirt and a",
            "loop",
            who="the man",
            hit_limit=True,
        ),
        color_of("shirt", "gray", kind="open"),
        color_of("pants", "grey", "contradiction", kind="open"),
        Q.garment_type("shirt"),
        details("shirt", "the shirt has a hidden button placket and a contrast white collar", "unsupported"),
        title="John Players Men Grey Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Grey",
        gender="Men",
    ),
    # photo: mid blue denim shirt, button-down collar, white pearl snap buttons, two flap chest pockets, full
    # sleeves, untucked over beige chinos, white backdrop; base model wrote all texts
    case(
        "X1130-018",
        caption("a man in a denim shirt and khaki pants"),
        color_of("shirt", "blue", kind="open"),
        Q.material("denim"),
        details("shirt", "the shirt has two pockets on the chest"),
        is_a("pair of jeans", "yes", "contradiction"),
        wearing("a blue denim shirt and beige pants", who="he"),
        describe(
            "shirt",
            "a blue denim shirt with a collar and two pockets and the pockets have flaps and the buttons are white"
            " and the collar is a button down collar and",
            "cut",
            hit_limit=True,
        ),
        title="Celio Men Blue Solid Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: navy short-sleeve casual shirt with a white palm tree and leaf print, no pockets, untucked over
    # stone-beige chinos, light grey backdrop; base model wrote all texts
    case(
        "X1130-019",
        caption("a man in a blue and white shirt with palm trees on it"),
        Q.pattern("printed"),
        Q.sleeve_length("short sleeve"),
        color_of("shirt", "blue and white", kind="open"),
        describe(
            "shirt",
            "a hawaiian shirt with a blue and white floral print and a pocket on the front and a pocket on the"
            " back and a pocket on the side and a",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "a blue shirt and beige pants Question: What is the man wearing? Answer: a blue shirt and beige pants",
            "leak",
            who="the man",
        ),
        color_of("pants", "blue", "contradiction", kind="open"),
        title="HERE&NOW Men Navy Blue & White Tropical Printed Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: the product is the trousers: black formal trousers, worn with a white shirt under a light grey
    # waistcoat that covers the waistband, white backdrop; base model wrote all texts
    case(
        "X1130-020",
        caption("a man in a vest and black pants"),
        Q.garment_type("vest", "contradiction"),
        Q.color("black"),
        color_of("pants", "black", kind="open"),
        color_of("vest", "black", "contradiction", kind="open"),
        wearing("a white shirt, a grey vest and black pants", who="the man"),
        describe("pants", "the pants are black dress pants with a belt", "unsupported"),
        title="Van Heusen Men Black Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: rust orange casual shirt, full sleeves, untucked over dark navy chinos, white backdrop, three-quarter
    # view; base model wrote all texts
    case(
        "X1130-021",
        caption("a man in an orange shirt and blue pants posing in front of a brick wall", "unsupported"),
        color_of("shirt", "orange", kind="open"),
        color_of("pants", "dark blue", kind="open"),
        Q.color("navy blue", "other_garment_color"),
        details("shirt", "the shirt", "non_answer"),
        wearing("he is wearing an orange shirt and blue pants", who="he"),
        title="Arrow Sport Men Rust Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Rust",
        gender="Men",
    ),
    # photo: teal casual shirt buttoned to the top, full sleeves, tucked into light grey chinos, white backdrop;
    # base model wrote all texts
    case(
        "X1130-022",
        caption("a man in a teal shirt and gray pants"),
        color_of("shirt", "blue", kind="open"),
        Q.sleeve_length("long sleeve"),
        describe(
            "shirt",
            "the shirt is a teal shirt with a collar and the shirt is a teal shirt with a collar and the shirt is"
            " a teal shirt with",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        details("shirt", "none", "non_answer"),
        wearing("she is wearing a teal shirt and grey pants", "pronoun"),
        title="Jack & Jones Men Teal Slim Fit Solid Cotton Casual Shirt",
        category="Shirts",
        color="Teal",
        gender="Men",
    ),
    # photo: purple and white micro-check formal shirt (reads purple from a distance), full sleeves, tucked into
    # black trousers, black belt, white backdrop; base model wrote all texts
    case(
        "X1130-023",
        caption("a man in a purple shirt and black pants"),
        Q.pattern("solid", "contradiction"),
        Q.color("black", "other_garment_color"),
        color_of("shirt", "purple", kind="open"),
        color_of("pants", "black", kind="open"),
        wearing("she is wearing a purple shirt and black pants", "pronoun"),
        details("shirt", "the shirt has a small checkered pattern"),
        title="Park Avenue Men Purple Slim Fit Checked Formal Shirt",
        category="Shirts",
        color="Purple",
        gender="Men",
    ),
    # photo: the product is the chinos: olive green regular chinos with belt loops (waist hidden by the shirt),
    # worn with an untucked white and blue striped casual shirt, white sneakers, white backdrop; base model
    case(
        "X1130-024",
        caption("a man in a striped shirt and green pants"),
        color_of("pants", "green", kind="open"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("trousers"),
        details("pants", "the pants have a drawstring waist", "unsupported"),
        describe("pants", "green", "non_answer"),
        title="Roadster Men Olive Green Regular Fit Chinos",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: peach formal shirt, spread collar, one chest pocket, two-button cuffs, full sleeves, tucked into navy
    # trousers, brown belt, white backdrop; base model wrote all texts
    case(
        "X1130-025",
        caption("a man in a pink shirt and blue pants"),
        color_of("shirt", "light pink", kind="open"),
        color_of("pants", "blue", kind="open"),
        Q.color("peach"),
        describe(
            "shirt",
            "the shirt is a light pink dress shirt with a spread collar and long sleeves, it has a single chest"
            " pocket and the cuffs have two buttons each and the",
            "cut",
            hit_limit=True,
        ),
        details("shirt", "the shirt has french cuffs with cufflinks", "unsupported"),
        wearing("a pink shirt and blue pants", who="he"),
        title="Louis Philippe Men Peach Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Peach",
        gender="Men",
    ),
    # photo: white solid linen shirt, mandarin collar, full sleeves rolled up, untucked over beige linen trousers,
    # a straw hat held in the left hand, beige backdrop; base model wrote all texts
    case(
        "X1130-026",
        caption("a man in a white shirt and beige pants holding a hat"),
        Q.material("linen"),
        Q.pattern("striped", "contradiction"),
        describe("shirt", "a white shirt with a collar"),
        details("shirt", "the shirt has a mandarin collar and rolled up sleeves"),
        color_of("shirt", "beige", "other_garment_color", kind="open"),
        is_a("shirt", "yes"),
        wearing("a white shirt and beige pants", who="the man"),
        title="Mast & Harbour Men White Solid Linen Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: navy formal shirt, full sleeves, navy buttons, tucked into light grey trousers, white backdrop;
    # base model wrote all texts
    case(
        "X1130-027",
        caption("a man in a blue shirt and gray pants"),
        color_of("shirt", "grey", "other_garment_color", kind="open"),
        color_of("pants", "gray", kind="open"),
        Q.garment_type("shirt"),
        details("shirt", "the shirt is made of silk and has a satin finish", "unsupported"),
        wearing("he is wearing a navy shirt and grey pants", who="he"),
        describe("shirt", "a navy shirt with white buttons", "unsupported"),
        title="Blackberrys Men Navy Blue Slim Fit Solid Cotton Formal Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: the product is the trousers: brown formal trousers, worn with a cream shirt tucked in, tan belt,
    # white backdrop; base model wrote all texts
    case(
        "X1130-028",
        caption("a man in a white shirt and brown pants"),
        Q.color("brown"),
        color_of("pants", "brown", kind="open"),
        Q.garment_type("shirt", "contradiction"),
        describe(
            "pants",
            "the pants are brown and the pants are brown and the pants are brown and the pants are brown and the"
            " pants are brown and",
            "loop",
            hit_limit=True,
        ),
        wearing("Answer: a white shirt and brown pants", "leak", who="the man"),
        title="Parx Men Brown Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Brown",
        gender="Men",
    ),
    # photo: pale yellow casual shirt, regular collar, one chest pocket, full sleeves, tucked into navy chinos,
    # white backdrop; the feed row has no gender; base model wrote all texts
    case(
        "X1130-029",
        caption("a man in a yellow shirt and blue pants"),
        color_of("shirt", "yellow", kind="open"),
        Q.sleeve_length("long sleeve"),
        describe("shirt", "yes", "non_answer"),
        details(
            "shirt", "the shirt has a pocket on the left side of the chest and a button on the collar", "unsupported"
        ),
        wearing("she is wearing a yellow shirt and blue pants", "pronoun"),
        title="Basics Men Yellow Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Yellow",
    ),
    # photo: navy formal shirt with small white polka dots, full sleeves, tucked into beige trousers, white
    # backdrop; base model wrote all texts
    case(
        "X1130-030",
        caption("a man in a blue shirt with white polka dots"),
        Q.pattern("printed"),
        Q.color("beige", "other_garment_color"),
        color_of("shirt", "blue and white", kind="open"),
        color_of("pants", "white", "contradiction", kind="open"),
        describe("shirt", "a blue shirt with white dots on it"),
        wearing("a blue polka dot shirt and khaki pants", who="the man"),
        material("polyester", "unsupported"),
        title="Invictus Men Navy Blue Slim Fit Polka Dot Printed Pure Cotton Formal Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: the product is the chinos: khaki slim chinos, worn with an untucked black and white checked shirt,
    # brown boots, white backdrop; base model wrote all texts
    case(
        "X1130-031",
        caption("a man in a black and white plaid shirt and tan pants"),
        color_of("pants", "tan", kind="open"),
        Q.color("black", "other_garment_color"),
        Q.pattern("checked", "contradiction"),
        details("pants", "the pants are khaki chinos with a slim fit"),
        describe("pants", "khaki Question: What color are the shoes? Answer: brown", "leak"),
        wearing("he is wearing a plaid shirt and jeans", "contradiction", who="he"),
        title="Flying Machine Men Khaki Slim Fit Solid Chinos",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: white formal shirt, black tie, black trousers, a dark grey blazer held over the shoulder, white
    # backdrop; the feed row has no color; base model wrote all texts
    case(
        "X1130-032",
        caption("a man in a white shirt and tie holding a jacket over his shoulder"),
        color_of("shirt", "white", kind="open"),
        color_of("tie", "black", kind="open"),
        Q.garment_type("blazer", "contradiction"),
        wearing("a white shirt, a black tie and black pants", who="the man"),
        describe(
            "shirt", "the shirt is white with a collar and cuffs Question: what color is the tie? Answer: black", "leak"
        ),
        details("shirt", "no", "non_answer"),
        title="Louis Philippe Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        gender="Men",
    ),
    # photo: sky blue and white bengal stripe formal shirt, full sleeves, tucked into charcoal trousers, no watch
    # (cuffs bare), white backdrop; base model wrote all texts
    case(
        "X1130-033",
        caption("a man in a blue and white striped shirt and gray pants"),
        Q.pattern("striped"),
        Q.sleeve_length("short sleeve", "contradiction"),
        color_of("shirt", "light blue", kind="open"),
        color_of("pants", "blue", "contradiction", kind="open"),
        details("shirt", "the shirt has vertical stripes"),
        wearing("a blue striped shirt and grey trousers with a gold watch", "unsupported", who="the man"),
        title="Hancock Men Blue & White Striped Slim Fit Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: the product is the chinos: grey tapered chinos with turned-up hems, worn with a navy casual shirt,
    # sleeves rolled, untucked, white sneakers, white backdrop; base model wrote all texts
    case(
        "X1130-034",
        caption("a man in a blue shirt and grey pants"),
        Q.color("navy blue", "other_garment_color"),
        Q.garment_type("jeans", "contradiction"),
        color_of("pants", "grey", kind="open"),
        describe("pants", "a pair of grey pants with cuffs at the bottom"),
        is_a("pair of jeans", "no"),
        details("pants", "the grey pants are grey pants", "restated"),
        wearing("a navy blue shirt and grey chinos with white sneakers", who="he"),
        title="Levis Men Grey Tapered Fit Solid Chinos",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: maroon casual shirt with a tiny white geometric print that reads as dots, full sleeves, untucked over
    # black chinos, plain white studio backdrop; base model wrote all texts
    case(
        "X1130-035",
        caption("a man in a red shirt and black pants standing in a park", "unsupported"),
        color_of("shirt", "red", kind="open"),
        Q.pattern("printed"),
        Q.color("black", "other_garment_color"),
        describe("shirt", "a red shirt with white dots"),
        wearing(
            "a man in a red shirt and black pants and a man in a red shirt and black pants and a man in a red"
            " shirt and black pants",
            "loop",
            who="he",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeve"),
        details("shirt", "the shirt is a slim fit shirt with a print"),
        title="Allen Solly Men Maroon Slim Fit Printed Casual Shirt",
        category="Shirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: cream textured formal shirt, spread collar, full sleeves, tucked into brown trousers, brown belt,
    # beige backdrop; base model wrote all texts
    case(
        "X1130-036",
        caption("a man in a beige shirt and brown pants standing in front of a beige wall"),
        color_of("shirt", "brown", "other_garment_color", kind="open"),
        color_of("pants", "brown", kind="open"),
        Q.color("cream"),
        details("shirt", "the shirt has a textured fabric"),
        describe("shirt", "a cream shirt with a mandarin collar", "unsupported"),
        wearing("she is wearing a beige shirt and brown pants", "pronoun"),
        title="Raymond Men Cream Slim Fit Textured Formal Shirt",
        category="Shirts",
        color="Cream",
        gender="Men",
    ),
    # photo: white short-sleeve casual shirt with a black bird print, one chest pocket, untucked over grey chinos,
    # white backdrop; base model wrote all texts
    case(
        "X1130-037",
        caption("a man in a white shirt with birds on it and grey pants"),
        Q.pattern("printed"),
        Q.sleeve_length("short sleeve"),
        color_of("shirt", "grey", "other_garment_color", kind="open"),
        describe(
            "shirt",
            "the shirt is a white shirt with a bird print, it has a pocket on the chest and a collar and short"
            " sleeves and the birds are black and the",
            "cut",
            hit_limit=True,
        ),
        details("shirt", "", "non_answer"),
        wearing("a white shirt and grey pants", who="the man"),
        title="WROGN Men White Slim Fit Bird Printed Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: sky blue Oxford shirt, button-down collar, tucked into stone chinos, brown belt, brown shoes, the
    # model sits on a wooden stool, light grey backdrop; base model wrote all texts
    case(
        "X1130-038",
        caption("a man sitting on a stool wearing a blue shirt and khaki pants"),
        color_of("shirt", "light blue", kind="open"),
        Q.color("khaki", "other_garment_color"),
        details("shirt", "the shirt has a button down collar"),
        Q.material("cotton"),
        describe("shirt", "a blue button down shirt"),
        wearing(
            "a blue shirt and khaki pants and brown shoes and a brown belt Question: what is he sitting on? Answer:"
            " a stool",
            "leak",
            who="the man",
        ),
        title="Marks & Spencer Men Sky Blue Regular Fit Pure Cotton Oxford Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: the product is the trousers: black flat-front formal trousers, worn with a lavender formal shirt
    # tucked in, black belt, white backdrop; base model wrote all texts
    case(
        "X1130-039",
        caption("a man in a purple shirt and black pants"),
        Q.color("lavender", "other_garment_color"),
        Q.garment_type("trousers"),
        color_of("pants", "purple", "other_garment_color", kind="open"),
        describe("pants", "the pants are black formal trousers with a flat front"),
        details("pants", "the details of the pants are the pants details", "restated"),
        wearing("a purple shirt and black pants", who="he"),
        title="Peter England Men Black Solid Flat-Front Formal Trousers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: blue casual shirt worn open over a white crew-neck t-shirt, full sleeves, beige chinos, white
    # backdrop; base model wrote all texts
    case(
        "X1130-040",
        caption("a man in a blue shirt and white t - shirt"),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        wearing("a blue shirt over a white t-shirt and beige pants", who="the man"),
        Q.garment_type("t-shirt", "contradiction"),
        Q.sleeve_length("long sleeve"),
        describe("shirt", "an open blue shirt worn over a white tee"),
        details("shirt", "Answer: the shirt is open and worn over a white t-shirt", "leak"),
        color_of("pants", "blue", "contradiction", kind="open"),
        title="Highlander Men Blue Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: burgundy formal shirt, one chest pocket, full sleeves, tucked into grey trousers, white backdrop;
    # the feed row has no category; base model wrote all texts
    case(
        "X1130-041",
        caption("a man in a red shirt and grey pants"),
        color_of("shirt", "burgundy", kind="open"),
        color_of("pants", "red", "contradiction", kind="open"),
        Q.garment_type("shirt"),
        details(
            "shirt",
            "a shirt with a collar and buttons and a pocket and the sleeves and the collar and the buttons and the"
            " pocket and the sleeves and the collar and",
            "loop",
            hit_limit=True,
        ),
        wearing("the man is wearing the shirt", "restated", who="the man"),
        title="Turtle Men Burgundy Slim Fit Solid Formal Shirt",
        color="Burgundy",
        gender="Men",
    ),
    # photo: white casual shirt with red vertical stripes, short sleeves, no logo or pocket, untucked over navy
    # chinos, white backdrop; base model wrote all texts
    case(
        "X1130-042",
        caption("a man in a red and white striped shirt and blue pants"),
        Q.color("white"),
        Q.pattern("striped"),
        Q.sleeve_length("short sleeve"),
        color_of("shirt", "blue", "other_garment_color", kind="open"),
        wearing("he is wearing a striped shirt and blue pants", who="he"),
        describe("shirt", "a red and white striped shirt with a nautica logo on the chest", "unsupported"),
        details("shirt", "striped", "non_answer"),
        title="Nautica Men White & Red Striped Regular Fit Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: charcoal party shirt, clearly grey against the black trousers, cutaway collar, tucked in, black belt
    # with a silver buckle, light grey backdrop; base model wrote all texts
    case(
        "X1130-043",
        caption("a man in a black shirt and black pants", "contradiction"),
        color_of("shirt", "dark grey", kind="open"),
        color_of("pants", "black", kind="open"),
        Q.color("charcoal"),
        details("shirt", "the shirt has a slim fit and a cutaway collar"),
        wearing("a grey shirt and black pants", who="the man"),
        is_a("shirt", "yes"),
        describe(
            "shirt",
            "the shirt is a dark grey shirt with a cutaway collar and long sleeves, it is tucked into a pair of"
            " black pants and the man is wearing a black belt with a silver buckle and",
            "cut",
            hit_limit=True,
        ),
        title="Van Heusen Men Charcoal Grey Slim Fit Solid Party Shirt",
        category="Shirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: the product is the trousers: cream relaxed linen trousers, worn with an untucked light blue linen
    # shirt, sandals, a potted plant beside the model, beige backdrop; base model wrote all texts
    case(
        "X1130-044",
        caption("a man in a blue shirt and white pants standing next to a plant"),
        Q.color("light blue", "other_garment_color"),
        Q.material("linen"),
        color_of("pants", "white", kind="open"),
        details("pants", "the pants are loose"),
        describe("pants", "the pants are made of denim", "unsupported"),
        wearing("she is wearing a blue shirt and white pants", "pronoun"),
        title="Mufti Men Cream Relaxed Fit Solid Linen Trousers",
        category="Trousers",
        color="Cream",
        gender="Men",
    ),
    # photo: sea green formal shirt, full sleeves, tucked into navy trousers, white backdrop; base model wrote
    # all texts
    case(
        "X1130-045",
        caption("a man in a green shirt and blue pants"),
        color_of("shirt", "green", kind="open"),
        color_of("pants", "green", "contradiction", kind="open"),
        Q.sleeve_length("long sleeve"),
        describe("shirt", "a green shirt with long sleeves and a collar"),
        wearing("a green shirt and navy blue pants", who="he"),
        details("shirt", "Question: What are the shirt details? Answer: a green shirt", "leak"),
        Q.material("silk", "unsupported"),
        title="Invictus Men Sea Green Slim Fit Solid Cotton Formal Shirt",
        category="Shirts",
        color="Sea Green",
        gender="Men",
    ),
    # photo: the product is the trousers: navy flat-front formal trousers with plain hems, worn with a white shirt
    # with thin blue stripes tucked in, brown belt, brown shoes, white backdrop; base model wrote all texts
    case(
        "X1130-046",
        caption("a man in a white shirt and blue pants"),
        Q.color("white", "other_garment_color"),
        Q.pattern("striped", "contradiction"),
        color_of("pants", "navy", kind="open"),
        describe(
            "pants",
            "the pants are blue and the shirt is white and the pants are blue and the shirt is white and the pants"
            " are blue and the shirt is",
            "loop",
            hit_limit=True,
        ),
        details("pants", "the pants have a pleated front and turn-up hems", "unsupported"),
        wearing("he is wearing a white shirt and blue pants with a brown belt", who="he"),
        title="Louis Philippe Men Navy Blue Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
]
