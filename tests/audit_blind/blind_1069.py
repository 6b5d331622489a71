"""BLIND_1069 (46 products; Myntra men's bottom wear, base BLIP-2 zero-shot): written blind in the fifty-ninth session.
Measured blind at 247287f (the session's seventh rules): 112/141 failures found (79.4%) and 5/186 correct texts flagged
(2.7%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's bottom wear (a few Boys rows): jeans, chinos and formal trousers (the seller
files chinos under Trousers), denim, chino, cargo, sports and lounge shorts. Catalog photos at 224x224 on a white
backdrop, the model mostly cropped at the chin or chest, wearing a t-shirt, polo, henley or shirt on top (tucked or
untucked, sometimes an open shirt or denim jacket over a tee), shoes, a belt; a few back views, one waist-down crop,
one seated shot, one flat lay of a two-pack with no person. Catalog columns: title, category (the seller's
article_type), color (base_colour), gender; a few rows lack one of them, as real feeds do.

Who wrote what: every text comes from the untuned Salesforce/blip2-opt-2.7b (8-bit, greedy), zero-shot, no adapter.
Captions and open answers are its free generation (max 50 new tokens for captions, 30 for answers); the closed
answers (garment type, color, pattern, fit, length, yes/no garment questions) come from enrich's --engine reference,
which ranks a candidate list and returns one value, so they never loop or stop short. The base model's habits: short
lowercase answers, one color for every garment (the top's color given to the bottoms, or the other way round),
the top's print or stripes moved onto the bottoms, invented details (drawstrings, rips, brand tabs, pleats, back
pockets in front views), "she"/"a woman" for long-haired men and for waist-down crops, one-word or yes/no replies
to open questions, the question echoed back, and now and then a continuation of the "Question: ... Answer:" format.
Loops and cuts are rarer than with the no-end-token adapters, but greedy decoding still loops on "and a white
shirt and a white shirt..." or on a list of pockets until the token limit.

Labeling conventions and judgement calls:
- The product is the bottom garment the row sells. A closed or open answer giving the product the color of the
  top, the jacket or the colors of the top's print (also with its stripes, "red and white striped shorts") is
  other_garment_color; giving the top the product's color (a text about the t-shirt or shirt) is contradiction,
  as one color repeated for two garments. A motif or wordmark of the top moved onto the product as a detail (a
  car, a rose, the word "roadster") is unsupported.
- A wrong hue or wrong garment type with no other garment behind it (navy read as black, jeans called trousers,
  "no" to "Is this a pair of shorts?" for shorts) is contradiction; so is the top's stripes, checks, dots or print
  answered as the product's pattern (closed pattern question or open details).
- Shades within a group are correct: cream as white, maroon as red, navy as blue, olive as green, tan as brown,
  khaki as beige; "light blue" for an ice wash; "striped" never counted right for a solid product.
- Materials: denim for jeans, cotton for chinos and cotton jeans, linen or corduroy where the title names it, are
  correct; a material with no basis in the photo or title (wool, silk, nylon, linen for plain chino shorts, a fibre
  percentage) is unsupported; the top's or jacket's material given to the product is contradiction.
- Unsupported: a visible-looking detail that is not in the photo (drawstrings on belted shorts, rips on clean
  jeans, back-pocket buttons in a front view, a brand tab of another brand, a print the product does not have), and
  a person invented in a flat lay.
- Loops are labeled loop even when they also hit the limit (hit_limit=True); a text that runs to the limit inside a
  list without repeating is cut. A text that echoes the "Question: ... Answer:" format is leak, also when the echo
  repeats (leak wins over loop) or follows a right answer.
- Restated: the answer only says the question back ("the jeans are jeans", "what is the person wearing?", "describe
  the pants"). A one-word color, "yes"/"no", "a man", "clothes", "nothing" or a bare "pockets" to an open question
  is non_answer; a short but real answer ("jeans", "bootcut") is correct.
- A caption or answer naming a wrong garment color outright for the product, where the top has that color, is
  other_garment_color also in the caption ("grey shorts and a grey t-shirt" for black shorts).
- Pronoun: "she", "woman", "girl" for a Men or Boys row, in the caption or an answer.
- One primary kind per text; a cut text that also invents a detail is labeled cut.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

FIT = question("fit", "What is the fit of the garment?", "closed")
LENGTH = question("length", "What is the length of the garment?", "closed")

BLIND_1069 = [
    # photo: mid-blue slim jeans, plain white crew-neck t-shirt, white sneakers, white backdrop, front view cropped
    # at the chin. All texts: base blip2-opt-2.7b zero-shot; closed ones via the reference engine.
    case(
        "X1069-001",
        caption("a man wearing blue jeans and a white t - shirt"),
        wearing("a white t-shirt and blue jeans"),
        color_of("jeans", "blue"),
        Q.garment_type("jeans"),
        describe("jeans", "blue jeans with a slim fit"),
        details("jeans", "the jeans have a button and belt loops"),
        Q.material("denim"),
        title="Roadster Men Blue Slim Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: black skinny jeans, grey melange crew t-shirt, black chelsea boots, white backdrop, front view.
    # All texts: base model zero-shot; closed via reference engine.
    case(
        "X1069-002",
        caption("a man in black jeans and a grey t - shirt"),
        color_of("jeans", "grey", failure="other_garment_color"),
        wearing("he is wearing a grey shirt and black pants"),
        describe("jeans", "black", failure="non_answer"),
        details("jeans", "the jeans are skinny"),
        is_a("pair of jeans", "yes"),
        Q.garment_type("trousers", failure="contradiction"),
        title="Flying Machine Men Black Skinny Fit Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: khaki slim chinos, navy polo t-shirt tucked in, brown leather belt, brown loafers, white backdrop,
    # front view. All texts: base model zero-shot; closed via reference engine.
    case(
        "X1069-003",
        caption("a man wearing khaki pants and a blue polo shirt"),
        wearing("khaki pants and a navy blue shirt"),
        color_of("pants", "navy blue", failure="other_garment_color"),
        Q.garment_type("trousers"),
        describe("pants", "khaki chinos with a brown leather belt"),
        details(
            "pants",
            "the pants have a zipper fly, two side pockets, two back pockets and a coin pocket on the right side of "
            "the",
            failure="cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        is_a("pair of jeans", "yes", failure="contradiction"),
        title="Highlander Men Khaki Slim Fit Chinos",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: navy chino shorts above the knee with belt loops, white-and-blue vertically striped short-sleeve shirt
    # worn untucked, white canvas sneakers, white backdrop, front view. Base model zero-shot; closed via reference.
    case(
        "X1069-004",
        caption("a man in navy shorts and a striped shirt"),
        color_of("shorts", "blue"),
        wearing("a striped shirt and blue shorts", who="the man"),
        describe("shorts", "they are short", failure="non_answer"),
        details("shorts", "the shorts have a drawstring waist", failure="unsupported"),
        LENGTH("above knee"),
        Q.pattern("striped", failure="contradiction"),
        title="Nautica Men Navy Blue Solid Chino Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: light grey wash jeans with whiskering on the thighs, black t-shirt with a white Levi's batwing logo
    # print, white backdrop, front view. Base model zero-shot; closed via reference engine.
    case(
        "X1069-005",
        caption("a man wearing grey jeans and a black t - shirt with a logo"),
        wearing("a black t-shirt with a white logo and grey jeans"),
        color_of("jeans", "black", failure="other_garment_color"),
        describe("jeans", "grey jeans with a faded wash"),
        details("jeans", "the jeans have a faded wash and a zip pocket on the thigh", failure="unsupported"),
        color_of("t-shirt", "black", kind="open"),
        Q.material("denim"),
        Q.pattern("graphic", failure="contradiction"),
        title="Levis Men 511 Slim Fit Grey Jeans",
        category="Jeans",
        color="Grey",
        gender="Men",
    ),
    # photo: a boy of about eight in olive cargo shorts with flap side pockets, white t-shirt with a red racing-car
    # graphic, white sandals, white backdrop, front view. Base model zero-shot; closed via reference engine.
    case(
        "X1069-006",
        caption("a little girl in green shorts and a white t - shirt", failure="pronoun"),
        wearing("a white t-shirt and green shorts", who="the child"),
        color_of("shorts", "olive"),
        describe(
            "shorts",
            "green cargo shorts with pockets on the sides and a button and a zip at the front and a pair of white "
            "sandals with",
            failure="cut",
            hit_limit=True,
        ),
        details("shorts", "the shorts have pockets on the sides"),
        is_a("pair of shorts", "yes"),
        Q.material("denim", failure="unsupported"),
        Q.pattern("printed", failure="contradiction"),
        title="U.S. Polo Assn. Kids Boys Olive Cargo Shorts",
        category="Shorts",
        color="Olive",
        gender="Boys",
    ),
    # photo: back view of dark indigo regular jeans, stitched back pockets, brown leather waist patch, plain grey
    # t-shirt, cropped at the shoulders, white backdrop. Base model zero-shot; closed via reference engine.
    case(
        "X1069-007",
        caption("the back of a man's jeans"),
        wearing("jeans"),
        color_of("jeans", "blue"),
        describe("jeans", "the jeans are blue and have a leather patch on the back"),
        details("jeans", "the jeans have a red tab on the back pocket", failure="unsupported"),
        Q.pattern("solid"),
        FIT("regular"),
        color_of("t-shirt", "blue", kind="open", failure="contradiction"),
        title="Wrangler Men Blue Regular Fit Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: charcoal grey flat-front formal trousers, white formal shirt tucked in, black belt, black oxfords,
    # white backdrop, front view cropped at the chest. Base model zero-shot; closed via reference engine.
    case(
        "X1069-008",
        caption("a man in a white shirt and grey pants"),
        color_of("trousers", "white", failure="other_garment_color"),
        wearing("she is wearing a white shirt and grey trousers", failure="pronoun", who="he"),
        describe("trousers", "grey trousers with a black belt"),
        details("trousers", "the trousers have pleats in the front", failure="unsupported"),
        Q.garment_type("trousers"),
        title="Peter England Men Charcoal Grey Slim Fit Formal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: beige knee-length chino shorts with rolled hems, light blue denim shirt with sleeves rolled, untucked,
    # brown boat shoes, white backdrop, front view. Base model zero-shot; closed via reference engine.
    case(
        "X1069-009",
        caption("a man wearing a denim shirt and beige shorts"),
        wearing("she's wearing a denim shirt and khaki shorts", failure="pronoun"),
        color_of("shorts", "beige"),
        describe("shorts", "khaki shorts with rolled up cuffs"),
        color_of("shirt", "beige", kind="open", failure="contradiction"),
        Q.material("linen", failure="unsupported"),
        LENGTH("knee length"),
        details(
            "shorts",
            "the shorts have a zipper on the side and a button on the back and a zipper on the side and a button on "
            "the back and a",
            failure="loop",
            hit_limit=True,
        ),
        title="Jack & Jones Men Beige Chino Shorts",
        category="Shorts",
        color="Beige",
        gender="Men",
    ),
    # photo: light blue distressed skinny jeans with rips at both knees, black t-shirt with a white skull print,
    # black sneakers, white backdrop, front view. Base model zero-shot; closed via reference engine.
    case(
        "X1069-010",
        caption("a man in ripped jeans and a black t - shirt with a skull on it"),
        describe(
            "jeans",
            "ripped jeans ripped jeans ripped jeans ripped jeans ripped jeans ripped jeans ripped jeans ripped jeans "
            "ripped jeans ripped",
            failure="loop",
            hit_limit=True,
        ),
        color_of("jeans", "black", failure="other_garment_color"),
        details("jeans", "the jeans are ripped at the knees"),
        wearing("a black t-shirt and ripped jeans"),
        Q.garment_type("jeans"),
        color_of("t-shirt", "black", kind="open"),
        FIT("skinny"),
        title="Spykar Men Blue Distressed Skinny Fit Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: navy slim cotton trousers, light pink oxford shirt tucked in, tan belt, tan brogues, white backdrop,
    # front view. Base model zero-shot; closed via reference engine.
    case(
        "X1069-011",
        caption("a man in a pink shirt and black pants", failure="contradiction"),
        color_of("trousers", "pink", failure="other_garment_color"),
        describe("trousers", "the trousers are pink", failure="other_garment_color"),
        wearing("a pink shirt and navy pants"),
        details("trousers", "the trousers have a side zip and elastic at the back", failure="unsupported"),
        FIT("slim"),
        Q.material("cotton"),
        title="Louis Philippe Sport Men Navy Blue Slim Fit Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black polyester training shorts with a small white Puma cat logo on the left leg, elastic waistband,
    # grey melange Puma t-shirt, running shoes, white backdrop, front view. Base model zero-shot; closed via reference.
    case(
        "X1069-012",
        caption("a man in grey shorts and a grey t - shirt", failure="other_garment_color"),
        wearing("he is wearing a grey shirt and black shorts", who="he"),
        color_of("shorts", "black"),
        describe("shorts", "black shorts with a white puma logo"),
        details("shorts", "the shorts have a zipper pocket on the back", failure="unsupported"),
        is_a("pair of shorts", "yes"),
        Q.garment_type("track pants", failure="contradiction"),
        title="Puma Men Black Training Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: tan/camel slim chinos with the hems rolled once at the ankle, white crew t-shirt, white sneakers, white
    # backdrop, three-quarter view. The seller calls them Brown. Base model zero-shot; closed via reference engine.
    case(
        "X1069-013",
        caption("a man in tan pants and a white t - shirt"),
        color_of("pants", "brown"),
        wearing("a white t-shirt and tan pants"),
        describe("pants", "describe the pants", failure="restated"),
        details("pants", "the pants are white", failure="other_garment_color"),
        Q.garment_type("jeans", failure="contradiction"),
        LENGTH("ankle length"),
        is_a("pair of trousers", "yes"),
        title="Numero Uno Men Brown Slim Fit Chinos",
        category="Trousers",
        color="Brown",
        gender="Men",
    ),
    # photo: olive cargo trousers with flap pockets on the thighs, plain black t-shirt, black lace-up boots covering
    # the hems, white backdrop, front view. Base model zero-shot; closed via reference engine.
    case(
        "X1069-014",
        caption("a man in green cargo pants and a black t - shirt"),
        color_of("pants", "black", failure="other_garment_color"),
        wearing("a black shirt and green pants"),
        describe(
            "pants",
            "they are cargo pants with pockets on the sides and a zipper on the sides and a zipper on the sides and a "
            "zipper on the sides and a",
            failure="loop",
            hit_limit=True,
        ),
        details("pants", "the pants have a drawstring at the ankle", failure="unsupported"),
        Q.pattern("camouflage", failure="contradiction"),
        title="Mufti Men Olive Green Solid Cargo Trousers",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: mid-blue stone-wash regular jeans, red-and-black buffalo check flannel shirt worn open over a white
    # t-shirt, brown boots, white backdrop, front view. Row has no color column. Base model zero-shot; closed via
    # reference engine.
    case(
        "X1069-015",
        caption("a man in a plaid shirt and jeans"),
        wearing("a red plaid shirt, a white t-shirt and blue jeans"),
        color_of("jeans", "red", failure="other_garment_color"),
        describe("jeans", "blue jeans with a button fly and red stitching on the pockets", failure="unsupported"),
        details("jeans", "Question: What are the jeans details? Answer: the jeans are blue", failure="leak"),
        Q.pattern("checked", failure="contradiction"),
        Q.material("denim"),
        title="Levis Men Blue 505 Regular Fit Jeans",
        category="Jeans",
        gender="Men",
    ),
    # photo: cream linen trousers with a drawstring waist, light blue linen shirt untucked, brown leather sandals,
    # white backdrop, front view. Base model zero-shot; closed via reference engine.
    case(
        "X1069-016",
        caption("a man in white pants and a blue shirt"),
        color_of("pants", "white"),
        wearing("a man", failure="non_answer"),
        describe("pants", "the pants are white linen pants with a drawstring waist"),
        Q.material("linen"),
        details("pants", "pockets", failure="non_answer"),
        Q.pattern("solid"),
        title="Basics Men Cream Relaxed Fit Linen Trousers",
        category="Trousers",
        color="Cream",
        gender="Men",
    ),
    # photo: maroon chino shorts above the knee, white t-shirt with navy breton stripes, white sneakers, white
    # backdrop, front view. Base model zero-shot; closed via reference engine.
    case(
        "X1069-017",
        caption("a man wearing red shorts and a striped shirt"),
        color_of("shorts", "red"),
        wearing("a striped shirt and red shorts"),
        describe("shorts", "they are red and white striped shorts", failure="other_garment_color"),
        details("shorts", "the details of the shorts are the details of the shorts", failure="restated"),
        Q.pattern("solid"),
        Q.material("the shorts are made of cotton Question:", failure="leak"),
        title="Celio Men Maroon Chino Shorts",
        category="Shorts",
        color="Maroon",
        gender="Men",
    ),
    # photo: beige formal trousers with a pressed crease, navy-and-white checked shirt tucked in, dark brown belt,
    # brown shoes, white backdrop, front view with the face visible. Base model zero-shot; closed via reference.
    case(
        "X1069-018",
        caption("a man in a checkered shirt and khaki pants"),
        wearing("he is wearing a blue checkered shirt and beige pants", who="the man"),
        color_of("trousers", "blue", failure="other_garment_color"),
        describe("trousers", "beige trousers with turn-up cuffs at the hem", failure="unsupported"),
        details("trousers", "the trousers have a crease down the front of each leg"),
        Q.garment_type("shirt", failure="contradiction"),
        FIT("regular"),
        Q.material("polyester viscose blend", failure="unsupported"),
        title="Arrow Men Beige Regular Fit Formal Trousers",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: dark blue slim jeans, mustard-yellow t-shirt with a small chest pocket, tan sneakers, white backdrop,
    # front view. Row has no category column. Base model zero-shot; closed via reference engine.
    case(
        "X1069-019",
        caption("a man in a yellow t - shirt and blue jeans standing in front of a white wall"),
        wearing("yellow", failure="non_answer"),
        color_of("jeans", "blue"),
        color_of("t-shirt", "yellow", kind="open"),
        describe("jeans", "yellow jeans", failure="other_garment_color"),
        details(
            "jeans",
            "the jeans have a slim fit and a mid rise waist and a five pocket design with a button closure and a zip "
            "fly and a contrast",
            failure="cut",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        title="Locomotive Men Blue Slim Fit Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: grey melange knit lounge shorts with a white drawstring, navy t-shirt, navy flip-flops, white backdrop,
    # front view. Base model zero-shot; closed via reference engine.
    case(
        "X1069-020",
        caption("a man in grey shorts and a blue t - shirt"),
        color_of("shorts", "navy blue", failure="other_garment_color"),
        wearing("she is wearing a blue shirt and grey shorts", failure="pronoun"),
        describe("shorts", "grey shorts with a drawstring"),
        is_a("pair of shorts", "no", failure="contradiction"),
        details(
            "shorts",
            "the shorts have a drawstring waist and two side pockets and a back pocket with a flap and a button and a "
            "zip and a",
            failure="cut",
            hit_limit=True,
        ),
        title="Proline Men Grey Melange Lounge Shorts",
        category="Shorts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: black formal trousers, light blue formal shirt tucked in, black belt, black shoes, white backdrop,
    # front view. Base model zero-shot; closed via reference engine.
    case(
        "X1069-021",
        caption("a man in a blue shirt and blue pants", failure="other_garment_color"),
        wearing("a blue shirt and black pants"),
        color_of("trousers", "black"),
        describe("trousers", "black pants"),
        details("trousers", "they are made of 100% polyester and have a slim fit", failure="unsupported"),
        Q.material("Question: What material is the garment made of? Answer: polyester", failure="leak"),
        FIT("slim"),
        title="Van Heusen Men Black Slim Fit Formal Trousers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: sage green chinos, white linen shirt half-tucked, white sneakers, white backdrop, front view.
    # Base model zero-shot; closed via reference engine.
    case(
        "X1069-022",
        caption("a man in green pants and a white shirt"),
        color_of("pants", "green"),
        wearing("clothes", failure="non_answer"),
        describe(
            "pants",
            "green pants with a white shirt and a white shirt and a white shirt and a white shirt and a white shirt "
            "and a",
            failure="loop",
            hit_limit=True,
        ),
        details("pants", "the pants have a button on the back pocket", failure="unsupported"),
        LENGTH("ankle length"),
        Q.garment_type("jeans", failure="contradiction"),
        title="Indian Terrain Men Green Slim Fit Chinos",
        category="Trousers",
        color="Green",
        gender="Men",
    ),
    # photo: faded black relaxed jeans, white shirt with thin blue vertical stripes, sleeves rolled, tucked in,
    # black sneakers, white backdrop, front view. Base model zero-shot; closed via reference engine.
    case(
        "X1069-023",
        caption("a man in a striped shirt and black jeans"),
        wearing("he is wearing a white shirt and black jeans"),
        color_of("jeans", "black"),
        describe("jeans", "black jeans with a white shirt tucked in"),
        details("jeans", "the jeans have a white stripe down the side", failure="unsupported"),
        Q.pattern("striped", failure="contradiction"),
        Q.garment_type("jeans"),
        Q.material("denim"),
        title="Pepe Jeans Men Black Relaxed Fit Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: red chino shorts, white pique polo t-shirt, white sneakers, white backdrop, front view.
    # Base model zero-shot; closed via reference engine.
    case(
        "X1069-024",
        caption("a man in red shorts and a white polo shirt"),
        color_of("shorts", "white", failure="other_garment_color"),
        wearing("red shorts and a white shirt"),
        describe(
            "shorts",
            "a pair of red shorts. Question: What are the shorts details? Answer: the shorts have a button and a "
            "zipper",
            failure="leak",
        ),
        details("shorts", "the shorts have a drawstring and a red stripe on the side", failure="unsupported"),
        Q.material("cotton"),
        color_of("shirt", "red", kind="open", failure="contradiction"),
        title="United Colors of Benetton Men Red Solid Chino Shorts",
        category="Shorts",
        color="Red",
        gender="Men",
    ),
    # photo: a boy in blue denim shorts with frayed hems, orange t-shirt with a cartoon car print, white sneakers,
    # white backdrop, front view. Base model zero-shot; closed via reference engine.
    case(
        "X1069-025",
        caption("a young boy wearing denim shorts and an orange t - shirt"),
        wearing("she is wearing an orange shirt and jean shorts", failure="pronoun", who="the child"),
        color_of("shorts", "orange", failure="other_garment_color"),
        describe(
            "shorts",
            "blue denim shorts with a frayed hem and a frayed hem and a frayed hem and a frayed hem and a frayed "
            "hem and a frayed",
            failure="loop",
            hit_limit=True,
        ),
        details("shorts", "the shorts have a car on them", failure="unsupported"),
        Q.garment_type("shorts"),
        title="Gini and Jony Boys Blue Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Boys",
    ),
    # photo: navy slim chinos with a navy crew t-shirt of nearly the same shade (tonal outfit), white sneakers,
    # white backdrop, front view. Base model zero-shot; closed via reference engine.
    case(
        "X1069-026",
        caption("a man in a navy blue t - shirt and navy blue pants"),
        color_of("pants", "navy blue"),
        wearing("a blue shirt and blue pants"),
        describe("pants", "navy blue chinos"),
        details("pants", "the pants are navy blue and have a white stripe on the side", failure="unsupported"),
        FIT("slim"),
        Q.color("black", failure="contradiction"),
        is_a("pair of jeans", "no"),
        title="Flying Machine Men Navy Blue Slim Fit Chinos",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: mustard yellow chinos, white t-shirt under an open light-blue denim jacket, tan boots, white backdrop,
    # front view. Base model zero-shot; closed via reference engine.
    case(
        "X1069-027",
        caption("a man wearing a denim jacket and yellow pants"),
        wearing("a denim jacket, a white shirt and yellow pants"),
        color_of("pants", "yellow"),
        describe("pants", "they are blue", failure="other_garment_color"),
        details(
            "pants",
            "the pants have a zipper fly and a button closure and a belt loop and a belt loop and a belt loop and a "
            "belt loop and a",
            failure="loop",
            hit_limit=True,
        ),
        Q.garment_type("jacket", failure="contradiction"),
        Q.material("denim", failure="contradiction"),
        title="Breakbounce Men Mustard Slim Fit Chino Trousers",
        category="Trousers",
        color="Mustard",
        gender="Men",
    ),
    # photo: white chinos, navy-and-white breton striped t-shirt, navy espadrilles, white backdrop, front view; the
    # model is a man with shoulder-length hair. Base model zero-shot; closed via reference engine.
    case(
        "X1069-028",
        caption("a man in white pants and a striped shirt"),
        color_of("pants", "white"),
        wearing("she is wearing a striped top and white pants", failure="pronoun"),
        describe(
            "pants",
            "white pants with a slim fit and a button closure and two slant pockets at the front and two welt "
            "pockets at the back with a",
            failure="cut",
            hit_limit=True,
        ),
        details("pants", "the pants are striped", failure="contradiction"),
        Q.pattern("solid"),
        title="Allen Solly Men White Slim Fit Chinos",
        category="Trousers",
        color="White",
        gender="Men",
    ),
    # photo: black shorts with a green-and-white palm leaf print, plain black t-shirt, black slides, white
    # backdrop, front view. Base model zero-shot; closed via reference engine.
    case(
        "X1069-029",
        caption("a man in a black t - shirt and black shorts with palm leaves"),
        color_of("shorts", "black"),
        Q.pattern("printed"),
        wearing("a black shirt and shorts"),
        describe("shorts", "black shorts with green leaves on them"),
        details("shorts", "the shorts have a pineapple print", failure="unsupported"),
        Q.material("silk", failure="unsupported"),
        LENGTH("full length", failure="contradiction"),
        title="Kook N Keech Men Black Tropical Print Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: dark blue bootcut jeans flaring over brown boots, light grey marl henley t-shirt, one hand in the
    # pocket, white backdrop, front view. Seller color Navy Blue. Base model zero-shot; closed via reference engine.
    case(
        "X1069-030",
        caption("a man with his hand in his pocket wearing jeans and a grey shirt"),
        color_of("jeans", "navy blue"),
        wearing("he is wearing a grey t-shirt and blue jeans", who="he"),
        describe("jeans", "the jeans are jeans", failure="restated"),
        details("jeans", "bootcut"),
        is_a("pair of jeans", "yes"),
        color_of("t-shirt", "blue", kind="open", failure="contradiction"),
        title="Lee Men Navy Blue Bootcut Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: mid-grey formal trousers, lavender formal shirt tucked in, black belt, black shoes, white backdrop,
    # front view with the head cropped. Base model zero-shot; closed via reference engine.
    case(
        "X1069-031",
        caption("a man wearing a purple shirt and grey pants"),
        color_of("trousers", "purple", failure="other_garment_color"),
        wearing("a purple shirt and purple pants", failure="other_garment_color"),
        describe("trousers", "the trousers are grey in color and have a slim fit"),
        details(
            "trousers",
            "the trousers have a flat front, two side pockets, two back pockets with buttons, belt loops and a hook "
            "and bar closure with a",
            failure="cut",
            hit_limit=True,
        ),
        Q.garment_type("trousers"),
        is_a("pair of jeans", "no"),
        title="Park Avenue Men Grey Slim Fit Formal Trousers",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: knee-length mid-blue denim shorts, white t-shirt with a black ROADSTER wordmark print, white sneakers,
    # white backdrop, front view. Base model zero-shot; closed via reference engine.
    case(
        "X1069-032",
        caption("a man wearing blue jean shorts and a white t - shirt"),
        color_of("shorts", "blue"),
        wearing("the person is wearing what the person is wearing", failure="restated"),
        describe("shorts", "Answer: blue denim shorts", failure="leak"),
        details("shorts", "the shorts have the word roadster on them", failure="unsupported"),
        Q.material("denim"),
        LENGTH("knee length"),
        color_of("t-shirt", "blue", kind="open", failure="contradiction"),
        title="Roadster Men Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: dark brown corduroy trousers with visible wales, off-white shirt tucked in, tan belt, brown boots,
    # white backdrop, front view. Base model zero-shot; closed via reference engine.
    case(
        "X1069-033",
        caption("a man in brown corduroy pants and a white shirt"),
        color_of("pants", "brown"),
        wearing("a white shirt and white pants", failure="other_garment_color"),
        describe(
            "pants", "brown corduroy pants Question: What is the color of the shirt? Answer: white", failure="leak"
        ),
        Q.material("corduroy"),
        Q.pattern("striped", failure="contradiction"),
        details("pants", "they have a button fly and a zipper", failure="unsupported"),
        title="Wills Lifestyle Men Coffee Brown Corduroy Trousers",
        category="Trousers",
        color="Coffee Brown",
        gender="Men",
    ),
    # photo: light blue ice-wash jeans, black shirt, black sneakers, white backdrop, front view; the male model has
    # long hair tied back and his face is visible. Base model zero-shot; closed via reference engine.
    case(
        "X1069-034",
        caption("a woman in light blue jeans and a black shirt", failure="pronoun"),
        wearing("she is wearing a black shirt and jeans", failure="pronoun"),
        color_of("jeans", "light blue"),
        describe(
            "jeans",
            "light blue jeans with a black shirt tucked in at the front and a pair of black sneakers with white "
            "soles and white laces and a small",
            failure="cut",
            hit_limit=True,
        ),
        details("jeans", "the jeans are made by levi's", failure="unsupported"),
        is_a("pair of jeans", "yes"),
        title="Urbano Fashion Men Light Blue Slim Fit Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: olive chinos cropped at the ankle, white shirt with tiny navy polka dots tucked in, white sneakers, no
    # socks, white backdrop, front view. Base model zero-shot; closed via reference engine.
    case(
        "X1069-035",
        caption("a man in olive pants and a white shirt"),
        color_of("pants", "green"),
        wearing("the man is wearing a shirt and pants", who="the man"),
        describe("pants", "olive green pants with polka dots", failure="contradiction"),
        details("pants", "the pants are cropped at the ankle"),
        Q.pattern("solid"),
        Q.material("cotton Question: What is the fit of the pants? Answer: slim", failure="leak"),
        title="Highlander Men Olive Slim Fit Cropped Chinos",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: navy cargo shorts with side flap pockets, white henley t-shirt, brown sandals, white backdrop, front
    # view. Base model zero-shot; closed via reference engine.
    case(
        "X1069-036",
        caption(
            "a man in navy blue shorts and a white shirt with a white shirt and a white shirt and a white shirt and a "
            "white shirt and a white shirt and a white shirt and a white shirt and a white shirt and a white",
            failure="loop",
            hit_limit=True,
        ),
        color_of("shorts", "white", failure="other_garment_color"),
        wearing("yes", failure="non_answer"),
        describe("shorts", "navy cargo shorts with side pockets"),
        details("shorts", "the shorts have a flap pocket on each side"),
        Q.garment_type("shorts"),
        Q.material("nylon", failure="unsupported"),
        title="Wrangler Men Navy Blue Cargo Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black slim casual trousers, white t-shirt with a red rose graphic on the chest, black loafers, white
    # backdrop, front view. Row has no color column. Base model zero-shot; closed via reference engine.
    case(
        "X1069-037",
        caption("a man in black pants and a white t - shirt with a red rose on it"),
        color_of("pants", "red", failure="other_garment_color"),
        wearing("nothing", failure="non_answer"),
        describe("pants", "black pants with a red rose on them", failure="unsupported"),
        Q.color("black"),
        FIT("slim"),
        details("pants", "the pants details are the pants", failure="restated"),
        title="John Players Men Black Slim Fit Casual Trousers",
        category="Trousers",
        gender="Men",
    ),
    # photo: khaki chino shorts, olive green crew t-shirt, brown flip-flops, white backdrop, front view, no belt.
    # Base model zero-shot; closed via reference engine.
    case(
        "X1069-038",
        caption("a man in khaki shorts and a green t - shirt"),
        color_of("shorts", "green", failure="other_garment_color"),
        wearing("what is the person wearing?", failure="restated"),
        describe("shorts", "brown shorts", failure="contradiction"),
        details("shorts", "the shorts have a belt", failure="unsupported"),
        Q.pattern("solid"),
        title="Mufti Men Khaki Solid Regular Fit Shorts",
        category="Shorts",
        color="Khaki",
        gender="Men",
    ),
    # photo: mid-blue slim jeans, polo t-shirt with navy, white and red horizontal stripes, white sneakers, white
    # backdrop, front view. Base model zero-shot; closed via reference engine.
    case(
        "X1069-039",
        caption("a man wearing a striped polo shirt and blue jeans"),
        color_of("jeans", "blue"),
        color_of("shirt", "red white and blue", kind="open"),
        wearing("a striped shirt and jeans"),
        describe(
            "jeans",
            "the jeans are a dark blue wash with a slim fit and a slightly tapered leg and they have a small tear on "
            "the left knee and the",
            failure="cut",
            hit_limit=True,
        ),
        details("jeans", "the jeans have red white and blue stripes", failure="other_garment_color"),
        Q.material("cotton"),
        Q.garment_type("shirt", failure="contradiction"),
        title="Tommy Hilfiger Men Blue Slim Fit Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: back view of charcoal formal trousers with two buttoned back welt pockets, white shirt tucked in, black
    # belt, black shoes, white backdrop. Base model zero-shot; closed via reference engine.
    case(
        "X1069-040",
        caption("a man in grey pants and a white shirt standing with his back to the camera"),
        color_of("trousers", "grey"),
        wearing("he is wearing grey pants", who="he"),
        describe("trousers", "grey trousers"),
        details("trousers", "the trousers have two back pockets with buttons"),
        Q.garment_type("trousers"),
        title="Blackberrys Men Charcoal Slim Fit Formal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: waist-down crop, mid-blue tapered jeans cuffed at the ankle, the hem of a white t-shirt at the top,
    # white sneakers, white backdrop, front view, no face. Base model zero-shot; closed via reference engine.
    case(
        "X1069-041",
        caption("a woman's legs in blue jeans and white sneakers", failure="pronoun"),
        wearing("jeans and white sneakers"),
        color_of("jeans", "white", failure="other_garment_color"),
        describe("jeans", "blue jeans rolled up at the bottom"),
        details("jeans", "the jeans have holes in the knees", failure="unsupported"),
        FIT("tapered"),
        is_a("pair of jeans", "yes"),
        title="Jack & Jones Men Blue Tapered Fit Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: flat lay, no person: two knit lounge shorts side by side, one navy and one grey melange, elastic waists
    # with white drawstrings, white backdrop. Base model zero-shot; closed via reference engine.
    case(
        "X1069-042",
        caption("a pair of blue shorts and a pair of grey shorts"),
        wearing("a man in blue shorts", failure="unsupported"),
        describe("shorts", "two pairs of shorts, one blue and one grey"),
        details("shorts", "the shorts have an elastic waistband with a drawstring"),
        is_a("pair of shorts", "yes"),
        Q.garment_type("shorts"),
        Q.material("cotton"),
        title="Jockey Men Pack of 2 Lounge Shorts",
        category="Shorts",
        color="Multi",
        gender="Men",
    ),
    # photo: rust-orange chinos, white t-shirt under an open mid-blue denim shirt, white sneakers, white backdrop,
    # front view. Base model zero-shot; closed via reference engine.
    case(
        "X1069-043",
        caption("a man in orange pants and a denim shirt"),
        color_of("pants", "orange"),
        wearing("a denim shirt and orange pants"),
        describe("pants", "orange pants with a blue shirt"),
        details(
            "pants",
            "the pants are orange and the shirt is blue and the pants are orange and the shirt is blue and the pants "
            "are orange and the",
            failure="loop",
            hit_limit=True,
        ),
        Q.garment_type("trousers"),
        Q.material("corduroy", failure="unsupported"),
        color_of("shirt", "orange", kind="open", failure="contradiction"),
        title="Spykar Men Rust Slim Fit Chinos",
        category="Trousers",
        color="Rust",
        gender="Men",
    ),
    # photo: dark blue regular jeans, maroon crew t-shirt, brown shoes, white backdrop, front view.
    # Base model zero-shot; closed via reference engine.
    case(
        "X1069-044",
        caption("a man in blue jeans and a maroon t - shirt"),
        color_of("jeans", "maroon", failure="other_garment_color"),
        wearing("a red shirt and blue jeans"),
        describe("jeans", "no", failure="non_answer"),
        details(
            "jeans",
            "Question: What are the jeans details? Answer: Question: What are the jeans details? Answer: Question: "
            "What are the jeans",
            failure="leak",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        title="Killer Men Blue Regular Fit Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: sky-blue chino shorts, white short-sleeve shirt with a pink floral print, tan loafers, white backdrop,
    # front view. Base model zero-shot; closed via reference engine.
    case(
        "X1069-045",
        caption("a man in a floral shirt and light blue shorts"),
        color_of("shorts", "pink", failure="other_garment_color"),
        wearing("a floral shirt and blue shorts"),
        describe("shorts", "the shorts are shorts", failure="restated"),
        details("shorts", "the shorts have a floral print", failure="contradiction"),
        Q.pattern("solid"),
        color_of("shirt", "pink", kind="open"),
        title="Celio Men Blue Solid Chino Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: the model seated on a white wooden stool in navy trousers and a white shirt, brown shoes, white
    # backdrop, front view. Row has no gender column. Base model zero-shot; closed via reference engine.
    case(
        "X1069-046",
        caption("a man sitting on a stool in a white shirt and navy pants"),
        color_of("trousers", "blue"),
        wearing("a white shirt and blue pants"),
        describe("trousers", "black trousers", failure="contradiction"),
        details("trousers", "white", failure="other_garment_color"),
        Q.material("wool blend", failure="unsupported"),
        is_a("pair of jeans", "yes", failure="contradiction"),
        title="Louis Philippe Men Navy Blue Slim Fit Formal Trousers",
        category="Trousers",
        color="Navy Blue",
    ),
]
