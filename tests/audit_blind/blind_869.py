"""BLIND_869 (46 products; Myntra men's bottoms with tops, base zero-shot): written blind in the fifty-sixth session.
Measured blind at 2733ff7 (the session's final rules): 120/138 failures found (87.0%) and 3/178 correct texts flagged
(1.7%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's bottoms (article types Jeans, Trousers, Shorts, one Track Pants row for a pair
of joggers); the catalog photo shows a male model wearing the product with a t-shirt, polo or shirt, mostly on a white
or light grey studio backdrop, mostly front view, a few side or back views, one with a stool and one with sunglasses.
Seller columns: title (product_name), category (article_type), color (base_colour), gender; a few rows lack one.

Who wrote what: every text comes from the untuned Salesforce/blip2-opt-2.7b, zero-shot, greedy. Captions have no
prompt (50 new tokens); questions use `Question: ... Answer:` (30 new tokens). Closed answers (garment type, color,
pattern, is-a, the closed color questions) come from enrich's reference engine, which picks one candidate value.
Habits of the base model: short lowercase answers that usually stop on the newline; the top's color or pattern given
to the bottoms (the top fills most of the frame); one color for both garments; "she" or "a woman" now and then for a
male model; invented details (back pockets, logos, fabric claims) it cannot see; once in a while it does not stop and
repeats a phrase to the token limit, rambles into the limit, or writes the next "Question: ... Answer:" itself; to a
describe/details question it sometimes gives one word, "yes", or the question back.

Labeling conventions and judgement calls:
- The photo note is the truth. Where the seller's color is off (a "Black" pair that photographs charcoal), an answer
  that matches the photo is correct.
- other_garment_color: a free-generated text (open answer or caption) that gives the product (the bottoms) the color
  or the colored print of the top, belt or other worn item. A closed answer that does the same is labeled
  contradiction (the reference engine picked a wrong candidate; it contradicts the seller and the other texts).
- contradiction: a wrong color, garment or pattern for the product that is not another garment's, a closed pattern
  or color picked from the top, a material that the title contradicts, the top's pattern claimed for the bottoms in
  an open answer, a wrong yes/no, and a top given the product's color (one color for both garments).
- unsupported: a detail the photo cannot show or does not show (back pockets in a front view, rips on clean jeans, a
  belt that is not there, a closure hidden under the belt, brand lettering, water resistance, fabric claims such as
  wool, silk, nylon, leather, organic cotton or an exact blend with no title support).
- A shade or near synonym is correct: navy for Navy Blue, tan or khaki for Beige/Khaki, green for Olive, red for
  Maroon, white for Cream, grey for Charcoal, "striped" for shorts with side stripes.
- non_answer: empty, "yes"/"no", or a single word (the garment's name, its color, its print) to an open describe or
  details question, and "they are short" style answers that only give the question's words back.
- restated: the answer restates or echoes the question ("the pants details are the details of the pants").
- pronoun: "she"/"her" or "a woman" for a model in a Men's row; "a woman" is labeled pronoun, not contradiction.
- loop and cut run to the token limit (hit_limit=True); a loop repeats a phrase, a cut stops mid-phrase without
  repeating. A leak that ran to the limit also has hit_limit=True and is labeled leak.
- A text that ran to the limit mid-phrase is labeled cut even where its last words also invent a detail. An answer
  that is the prompt itself with its Question/Answer markers is a leak, not restated.
- One label per text: the first failure a reader would see (a looping answer that also names the wrong color is a
  loop).
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, question, wearing

Q = BLIND_QUESTIONS
# the experiments' own shirt question, asked of the top the model wears with the product
SHIRT_COLOR = question("shirt_color", "What is the shirt color?", "open")

BLIND_869 = [
    # photo: mid-blue clean skinny jeans, white crew-neck t-shirt, white sneakers, white backdrop, front view;
    # base model wrote all texts
    case(
        "X869-001",
        caption("a man in a white t-shirt and blue jeans standing on a white background"),
        wearing("a white t-shirt and blue jeans"),
        color_of("jeans", "blue"),
        Q.color("white", "contradiction"),
        describe("jeans", "blue skinny jeans with a medium wash"),
        details("jeans", "the jeans have ripped knees", "unsupported"),
        Q.material("denim"),
        title="Roadster Men Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: khaki slim chinos, navy polo t-shirt untucked, brown loafers, light grey backdrop, front view;
    # base model wrote all texts
    case(
        "X869-002",
        caption("a man wearing a navy polo shirt and khaki pants"),
        wearing("a blue polo shirt and khaki pants", who="he"),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        Q.garment_type("trousers"),
        describe("pants", "they are slim fit khaki chinos made of organic cotton", "unsupported"),
        Q.material("cotton"),
        details("pants", "the pants have a zipper fly Question: What is the color of the shirt? Answer: navy", "leak"),
        title="Highlander Men Khaki Slim Fit Solid Chinos",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: black running shorts with a small white logo on the left leg, grey melange t-shirt, running shoes,
    # white backdrop, three-quarter front view (the back is not visible); base model wrote all texts
    case(
        "X869-003",
        caption("a man in black shorts and a grey t-shirt"),
        wearing("she is wearing a grey shirt and black shorts", "pronoun"),
        color_of("shorts", "black"),
        Q.pattern("solid"),
        describe("shorts", "black running shorts with a zip pocket at the back", "unsupported"),
        details("shorts", "they are short", "non_answer"),
        Q.material("polyester"),
        is_a("pair of shorts", "yes"),
        title="HRX by Hrithik Roshan Men Black Solid Running Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: dark indigo slim jeans with the hem rolled once, black crew-neck t-shirt, white backdrop, front view;
    # base model wrote all texts
    case(
        "X869-004",
        caption("a man in a black shirt and black jeans", "other_garment_color"),
        wearing("a black t-shirt and dark blue jeans"),
        color_of("jeans", "black", "contradiction"),
        describe("jeans", "dark blue jeans with the hem rolled up"),
        details("jeans", "the jeans have a leather patch on the back and a button fly", "unsupported"),
        Q.material("denim"),
        SHIRT_COLOR("black Question: What is the color of the jeans? Answer: dark blue", "leak"),
        title="Levis Men 511 Slim Fit Dark Indigo Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: charcoal flat-front formal trousers, white formal shirt tucked in, black belt, black shoes, light grey
    # backdrop, front view; base model wrote all texts
    case(
        "X869-005",
        caption("a man in a white shirt and grey pants standing in front of a grey wall"),
        wearing("a white dress shirt and dark grey trousers with a black belt", who="he"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        Q.garment_type("trousers"),
        Q.pattern("solid"),
        describe(
            "pants",
            "the pants are grey the pants are grey the pants are grey the pants are grey the pants are grey the pants",
            "loop",
            hit_limit=True,
        ),
        details("pants", "the pants have pleats in the front", "unsupported"),
        title="Louis Philippe Men Charcoal Grey Slim Fit Formal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: olive cargo shorts with flap side pockets, white t-shirt with a black skull graphic, white sneakers,
    # white backdrop, front view; base model wrote all texts
    case(
        "X869-006",
        caption("a man wearing a white t-shirt and green cargo shorts"),
        wearing("a white graphic t-shirt and olive cargo shorts"),
        color_of("shorts", "white", "contradiction"),
        details("shorts", "they have large pockets on the sides with flaps"),
        Q.pattern("printed", "contradiction"),
        is_a("pair of shorts", "yes"),
        describe("shorts", "the shorts have a skull on them", "other_garment_color"),
        Q.material("cotton"),
        title="Roadster Men Olive Green Solid Regular Fit Cargo Shorts",
        category="Shorts",
        color="Olive",
        gender="Men",
    ),
    # photo: black slim jeans with light abrasions at the knees, grey-and-white checked shirt worn open over a black
    # t-shirt, white backdrop, front view; base model wrote all texts
    case(
        "X869-007",
        caption("a man in a checkered shirt and black ripped jeans"),
        wearing("he is wearing a checkered shirt over a black t-shirt and black jeans"),
        color_of("jeans", "black"),
        describe("jeans", "black jeans with a tear on the knee"),
        color_of("shirt", "grey and white", kind="open"),
        details(
            "jeans",
            "the jeans have a tear on the knee and a tear on the knee and a tear on the knee and a tear on the knee",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("checked", "contradiction"),
        title="Mast & Harbour Men Black Slim Fit Mid-Rise Mildly Distressed Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: beige regular formal trousers in a smooth poly-viscose suiting, light blue formal shirt tucked in, brown
    # belt and brown shoes, white backdrop, front view; base model wrote all texts
    case(
        "X869-008",
        caption("a man in a blue shirt and beige pants"),
        wearing("a light blue shirt and tan pants"),
        color_of("pants", "brown", "contradiction"),
        describe("pants", "light blue dress pants", "other_garment_color"),
        details("pants", "the pants have pleats in the front and cuffs at the bottom", "unsupported"),
        is_a("pair of jeans", "no"),
        SHIRT_COLOR("light blue"),
        title="Peter England Men Beige Regular Fit Solid Formal Trousers",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: light-blue washed denim shorts with a frayed hem, navy-and-white breton striped t-shirt, white
    # backdrop, front view; base model wrote all texts
    case(
        "X869-009",
        caption("a man in a striped shirt and denim shorts"),
        wearing("a striped t-shirt and jean shorts"),
        color_of("shorts", "light blue", kind="open"),
        Q.pattern("striped", "contradiction"),
        describe(
            "shorts",
            "denim shorts with a frayed hem and a light wash that fades to white at the edges of the pockets and the",
            "cut",
            hit_limit=True,
        ),
        details("shorts", "the shorts are blue and white striped", "other_garment_color"),
        Q.material("denim"),
        title="Jack & Jones Men Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: navy slim chinos, white short-sleeve shirt with a small red floral print, brown loafers, white
    # backdrop, front view; base model wrote all texts
    case(
        "X869-010",
        caption("a man in a white shirt with red flowers and blue pants"),
        wearing("a floral shirt and navy pants"),
        color_of("pants", "navy blue"),
        Q.color("red", "contradiction"),
        describe("pants", "blue chinos with a floral print", "contradiction"),
        details("pants", "slim fit chinos with a hidden coin pocket and a button at the back", "unsupported"),
        SHIRT_COLOR("white with red flowers"),
        title="United Colors of Benetton Men Navy Blue Slim Fit Chinos",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: mid-grey slim jeans with light fading at the thighs, mustard yellow t-shirt, white sneakers, white
    # backdrop, front view; base model wrote all texts
    case(
        "X869-011",
        caption("a man in a yellow shirt and grey jeans"),
        wearing("a yellow t-shirt and grey jeans Question: What is the person holding? Answer: nothing", "leak"),
        color_of("jeans", "yellow", "contradiction"),
        describe("jeans", "yellow jeans", "other_garment_color"),
        details("jeans", "grey jeans with a slight fade on the thighs"),
        Q.garment_type("jeans"),
        Q.material("denim"),
        title="WROGN Men Grey Slim Fit Low Distress Stretchable Jeans",
        category="Jeans",
        color="Grey",
        gender="Men",
    ),
    # photo: navy training shorts with a white swoosh on the left leg, red Nike t-shirt, white backdrop, side view;
    # base model wrote all texts
    case(
        "X869-012",
        caption("a man in a red shirt and blue shorts"),
        wearing("a red nike shirt and navy blue shorts", who="he"),
        color_of("shorts", "red", "other_garment_color", kind="open"),
        details("shorts", "they have a white nike logo on the left leg"),
        Q.material("polyester"),
        describe("shorts", "shorts", "non_answer"),
        title="Nike Men Navy Blue Dri-FIT Training Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black slim formal trousers, pale pink formal shirt tucked in, black belt, white backdrop, front view;
    # base model wrote all texts
    case(
        "X869-013",
        caption("a man in a pink shirt and black pants"),
        wearing("she is wearing a pink shirt and black pants", "pronoun"),
        color_of("pants", "black"),
        Q.color("pink", "contradiction"),
        describe(
            "pants",
            "the pants are black and have a slim fit. Question: What is the color of the shirt? Answer: pink Question:",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        details("pants", "the pants have a crease down the front and a hook and bar closure", "unsupported"),
        title="Van Heusen Men Black Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: mid-blue regular jeans, white shirt with thin blue vertical stripes, sleeves rolled, brown boots, white
    # backdrop, front view; base model wrote all texts
    case(
        "X869-014",
        caption("a man in a white shirt and jeans"),
        wearing("he is wearing a white and blue striped shirt and blue jeans"),
        color_of("jeans", "blue"),
        color_of("shirt", "white with blue stripes", kind="open"),
        details("jeans", "the jeans are striped", "contradiction"),
        Q.pattern("solid"),
        describe("jeans", "a description of the jeans", "restated"),
        title="Pepe Jeans Men Blue Regular Fit Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: olive cotton-twill cargo trousers with side pockets, black t-shirt, black sneakers, white backdrop,
    # front view; base model wrote all texts
    case(
        "X869-015",
        caption("a man in a black shirt and green cargo pants"),
        wearing("black t-shirt and olive cargo pants"),
        color_of("pants", "green"),
        details("pants", "pockets", "non_answer"),
        describe("pants", "black cargo pants", "other_garment_color"),
        Q.garment_type("trousers"),
        Q.material("leather", "unsupported"),
        title="Mufti Men Olive Slim Fit Cargo Trousers",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: grey melange knit shorts with a white drawstring and side pockets, white Puma t-shirt with a black cat
    # logo, white backdrop, front view; base model wrote all texts
    case(
        "X869-016",
        caption("a man in a white shirt and grey shorts"),
        wearing("grey shorts and a white t-shirt with a puma logo"),
        color_of("shorts", "grey"),
        details("shorts", "the shorts have a drawstring waist and two side pockets"),
        describe(
            "shorts",
            "the shorts are a pair of shorts that are a pair of shorts that are a pair of shorts that are a pair of",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        is_a("pair of shorts", "yes"),
        SHIRT_COLOR("the shirt color is the color of the shirt", "restated"),
        title="Puma Men Grey Melange Solid Sports Shorts",
        category="Shorts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: black skinny jeans, white shirt worn untucked, white sneakers, white backdrop, front view; the model has
    # shoulder-length hair; base model wrote all texts
    case(
        "X869-017",
        caption("a woman in a white shirt and black jeans", "pronoun"),
        wearing("she is wearing a white shirt and black pants", "pronoun"),
        color_of("jeans", "black"),
        Q.color("white", "contradiction"),
        describe("jeans", "black skinny jeans"),
        details("jeans", "nothing", "non_answer"),
        title="Spykar Men Black Skinny Fit Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: navy formal trousers with a faint grey windowpane check, white shirt tucked in, tan belt, white
    # backdrop, front view; base model wrote all texts
    case(
        "X869-018",
        caption("a man in a white shirt and blue pants"),
        wearing("a white shirt and navy blue trousers"),
        Q.pattern("solid", "contradiction"),
        details("pants", "they are pants", "non_answer"),
        color_of("pants", "blue"),
        describe(
            "pants",
            "the pants are navy blue and have a plaid pattern with a belt loop and a zipper and a button and a hook",
            "cut",
            hit_limit=True,
        ),
        Q.material("silk", "unsupported"),
        title="Arrow Men Navy Blue Regular Fit Checked Formal Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: beige chino shorts, navy polo t-shirt with a small embroidered logo on the chest, white backdrop, front
    # view; base model wrote all texts
    case(
        "X869-019",
        caption("a man in a blue polo shirt and blue shorts", "other_garment_color"),
        wearing("a navy blue polo shirt and beige shorts", who="he"),
        color_of("shorts", "navy blue", "contradiction"),
        describe("shorts", "a pair of beige chino shorts"),
        details("shorts", "the shorts have a small logo on the front pocket", "unsupported"),
        Q.material("the garment is made of a material", "restated"),
        title="U.S. Polo Assn. Men Beige Solid Chino Shorts",
        category="Shorts",
        color="Beige",
        gender="Men",
    ),
    # photo: light blue faded slim tapered jeans, black t-shirt with a white text graphic, tan sneakers, white
    # backdrop, front view; base model wrote all texts
    case(
        "X869-020",
        caption("a man in a black t-shirt with white writing and light blue jeans"),
        wearing("she is wearing a black shirt and jeans", "pronoun"),
        color_of("jeans", "light blue", kind="open"),
        Q.pattern("printed", "contradiction"),
        details("jeans", "the jeans have the words flying machine written on them", "unsupported"),
        Q.garment_type("jeans"),
        is_a("pair of jeans", "yes"),
        describe("jeans", "light blue jeans with a faded wash and a zipper on the back", "unsupported"),
        title="Flying Machine Men Light Blue Slim Tapered Fit Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: coffee-brown slim chinos, white-and-blue checked shirt tucked in, brown belt, white backdrop, front view;
    # base model wrote all texts
    case(
        "X869-021",
        caption("a man in a checkered shirt and brown pants"),
        wearing("he is wearing a plaid shirt and brown pants"),
        color_of("pants", "brown"),
        describe("pants", "brown", "non_answer"),
        details("pants", "the pants have a checkered pattern", "contradiction"),
        SHIRT_COLOR("blue and white"),
        Q.material("the pants are made of 98% cotton and 2% elastane", "unsupported"),
        title="Allen Solly Men Brown Slim Fit Solid Chinos",
        category="Trousers",
        color="Brown",
        gender="Men",
    ),
    # photo: red cotton shorts with a button and zip fly and slant pockets, white t-shirt, white sneakers, white
    # backdrop, front view; base model wrote all texts
    case(
        "X869-022",
        caption("a man in a white t-shirt and red shorts"),
        wearing("a white t shirt and red shorts"),
        color_of("shorts", "red"),
        color_of("shirt", "red", "contradiction", kind="open"),
        details(
            "shorts",
            "red shorts with a button and zip fly, slant pockets at the front and a waistband with belt loops that",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        Q.pattern("solid"),
        title="Mast & Harbour Men Red Solid Regular Fit Shorts",
        category="Shorts",
        color="Red",
        gender="Men",
    ),
    # photo: mid-blue jeans with whiskering at the hips, grey henley t-shirt, white backdrop, front view; the feed
    # row has no gender; base model wrote all texts
    case(
        "X869-023",
        caption("a man wearing a grey shirt and blue jeans"),
        wearing("grey henley and blue jeans"),
        color_of("jeans", "grey", "contradiction"),
        describe("jeans", "the jeans are grey", "other_garment_color"),
        details(
            "jeans",
            "The jeans are made of denim and have a zipper Question: What is the color of the jeans? Answer: blue",
            "leak",
        ),
        Q.material("denim"),
        title="Wrangler Men Blue Skanders Jeans",
        category="Jeans",
        color="Blue",
    ),
    # photo: mid-grey slim formal trousers, sky blue shirt tucked in, black belt, black shoes, white backdrop, front
    # view; base model wrote all texts
    case(
        "X869-024",
        caption("a man in a blue shirt and gray pants"),
        wearing("blue shirt, grey pants and black shoes"),
        color_of("pants", "grey"),
        Q.garment_type("shirt", "contradiction"),
        describe(
            "pants",
            "the pants are grey and the shirt is blue and the pants are grey and the shirt is blue and the pants are",
            "loop",
            hit_limit=True,
        ),
        details("pants", "what are the pants details?", "restated"),
        title="Park Avenue Men Grey Slim Fit Formal Trousers",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: black training shorts with three white stripes down each side, black adidas t-shirt, white backdrop,
    # front view; base model wrote all texts
    case(
        "X869-025",
        caption("a man in black shorts and a black shirt"),
        wearing("black t-shirt and black shorts with white stripes"),
        color_of("shorts", "black"),
        Q.pattern("striped"),
        details("shorts", "they have three white stripes on the side"),
        Q.color("white", "contradiction"),
        Q.material("polyester"),
        describe(
            "shorts", "black adidas shorts with three stripes Answer: black adidas shorts with three stripes", "leak"
        ),
        title="Adidas Men Black 3-Stripes Training Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: dark blue raw-look slim jeans, maroon t-shirt, white backdrop, front view; base model wrote all texts
    case(
        "X869-026",
        caption("a man wearing a maroon t-shirt and dark blue jeans"),
        wearing("she is wearing a red shirt and jeans", "pronoun"),
        color_of("jeans", "dark blue", kind="open"),
        Q.color("maroon", "contradiction"),
        describe("jeans", "the jeans are maroon and have a slim fit", "other_garment_color"),
        Q.material("denim"),
        details("jeans", "no", "non_answer"),
        title="Killer Men Blue Slim Fit Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: white relaxed linen trousers with a drawstring waist, light blue linen shirt untucked, barefoot, beige
    # plaster wall behind, front view; base model wrote all texts
    case(
        "X869-027",
        caption("a man in a blue shirt and white pants standing in front of a beige wall"),
        wearing("a light blue shirt and white linen pants"),
        color_of("pants", "white"),
        Q.material("denim", "contradiction"),
        details(
            "pants",
            "they have a drawstring at the waist and are loose at the bottom with a wide leg that is perfect for the",
            "cut",
            hit_limit=True,
        ),
        describe("pants", "light blue linen pants", "other_garment_color"),
        title="Indian Terrain Men White Linen Relaxed Fit Trousers",
        category="Trousers",
        color="White",
        gender="Men",
    ),
    # photo: navy-and-green checked cotton shorts, plain white t-shirt, white backdrop, front view; base model wrote
    # all texts
    case(
        "X869-028",
        caption("a man wearing a white shirt and plaid shorts"),
        wearing("a white t-shirt and checkered shorts"),
        color_of("shorts", "white", "contradiction"),
        Q.pattern("checked"),
        describe("shorts", "the shorts are white", "other_garment_color"),
        details("shorts", "the details of the shorts are shown in the picture", "restated"),
        is_a("pair of shorts", "no", "contradiction"),
        title="Roadster Men Navy Blue Checked Regular Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: skinny jeans in a washed black that photographs charcoal grey (the seller says Black), olive green
    # t-shirt, white backdrop, front view; base model wrote all texts
    case(
        "X869-029",
        caption("a man in a green shirt and grey jeans"),
        wearing("olive green t-shirt and grey jeans"),
        color_of("jeans", "grey"),
        describe("jeans", "skinny jeans in a faded black"),
        details("jeans", "the jeans are olive green", "other_garment_color"),
        Q.material("leather", "unsupported"),
        title="Lee Men Black Bruce Skinny Fit Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: khaki slim casual trousers with belt loops and a button closure, black shirt tucked in, no belt, white
    # backdrop, front view; the feed row has no color; base model wrote all texts
    case(
        "X869-030",
        caption("a man in a black shirt and khaki pants"),
        wearing("he is wearing a black shirt and tan pants"),
        color_of("pants", "black", "contradiction"),
        Q.color("khaki"),
        describe("pants", "", "non_answer"),
        details("pants", "the details of the pants", "restated"),
        Q.garment_type("trousers"),
        title="Blackberrys Men Khaki Slim Fit Casual Trousers",
        category="Trousers",
        gender="Men",
    ),
    # photo: mid-blue ripped denim shorts, black shirt with sleeves rolled, white backdrop, front view; base model
    # wrote all texts
    case(
        "X869-031",
        caption("a man in a black shirt and ripped denim shorts"),
        wearing("a black shirt and ripped jean shorts with a brown belt", "unsupported"),
        color_of("shorts", "blue"),
        details(
            "shorts",
            "the shorts have rips and a rips and a rips and a rips and a rips and a rips and a rips and",
            "loop",
            hit_limit=True,
        ),
        describe("shorts", "blue denim shorts with holes in them"),
        Q.material("denim"),
        SHIRT_COLOR("Question: What is the shirt color? Answer: black", "leak"),
        title="Urbano Fashion Men Blue Ripped Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: maroon slim chinos, white t-shirt, white sneakers, light grey backdrop, front view; base model wrote
    # all texts
    case(
        "X869-032",
        caption("a man in a white shirt and red pants"),
        wearing("a white t-shirt and maroon pants", who="he"),
        color_of("pants", "brown", "contradiction"),
        describe(
            "pants",
            "the pants are red and have a slim fit and are made of a soft cotton fabric that is comfortable to wear"
            " and",
            "cut",
            hit_limit=True,
        ),
        details("pants", "the pants have a small white logo on the back pocket", "unsupported"),
        Q.pattern("solid"),
        title="Basics Men Maroon Slim Fit Chinos",
        category="Trousers",
        color="Maroon",
        gender="Men",
    ),
    # photo: mid-blue slim jeans, red-and-white horizontally striped polo t-shirt, white backdrop, front view; base
    # model wrote all texts
    case(
        "X869-033",
        caption("a man in a red and white striped shirt and blue jeans"),
        wearing("a striped polo shirt and blue jeans"),
        color_of("jeans", "blue"),
        color_of("shirt", "red and white", kind="open"),
        details("jeans", "the jeans are red and white striped", "other_garment_color"),
        describe("jeans", "Question: Describe the jeans. Answer: blue jeans", "leak"),
        Q.pattern("solid"),
        title="Jack & Jones Men Blue Glenn Slim Fit Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: khaki cargo shorts with side pockets, black t-shirt, no belt, the model sits on a wooden stool, white
    # backdrop, front view; base model wrote all texts
    case(
        "X869-034",
        caption("a man sitting on a wooden stool in a black shirt and khaki shorts"),
        wearing("a black shirt and khaki shorts"),
        color_of("shorts", "khaki"),
        describe("shorts", "the shorts are black", "other_garment_color"),
        details("shorts", "the shorts have pockets on the side and a brown leather belt", "unsupported"),
        Q.garment_type("shorts"),
        Q.material("cotton"),
        title="Hubberholme Men Khaki Solid Cargo Shorts",
        category="Shorts",
        color="Khaki",
        gender="Men",
    ),
    # photo: cream slim formal trousers, navy blue shirt tucked in, tan belt, white backdrop, front view; base model
    # wrote all texts
    case(
        "X869-035",
        caption("a man in a navy shirt and white pants"),
        wearing("navy blue shirt and cream colored pants"),
        color_of("pants", "white"),
        describe("pants", "the pants are blue", "other_garment_color"),
        details("pants", "the pants are made of wool and are lined with silk", "unsupported"),
        Q.pattern("solid"),
        Q.material("polyester Question: What is the color of the pants? Answer: white", "leak"),
        title="Raymond Men Cream Slim Fit Formal Trousers",
        category="Trousers",
        color="Cream",
        gender="Men",
    ),
    # photo: mid-blue straight jeans, white t-shirt with a blue wave graphic, white backdrop, front view; the feed
    # row has no color; base model wrote all texts
    case(
        "X869-036",
        caption("a man in a white t-shirt and blue jeans"),
        wearing(
            "blue jeans blue jeans blue jeans blue jeans blue jeans blue jeans blue jeans blue jeans blue jeans blue",
            "loop",
            hit_limit=True,
        ),
        color_of("jeans", "blue"),
        Q.garment_type("t-shirt", "contradiction"),
        describe("jeans", "straight leg blue jeans with a red tab on the back pocket", "unsupported"),
        details("jeans", "yes", "non_answer"),
        title="Numero Uno Men Blue Straight Fit Jeans",
        category="Jeans",
        gender="Men",
    ),
    # photo: olive tapered chinos, light grey t-shirt, white backdrop, front view; base model wrote all texts
    case(
        "X869-037",
        caption("a man in a grey shirt and green pants"),
        wearing("her shirt is grey and her pants are green", "pronoun"),
        color_of("pants", "grey", "contradiction"),
        describe("pants", "olive green chinos that taper at the ankle"),
        details("pants", "the pants details are the details of the pants", "restated"),
        Q.material("cotton"),
        title="Dockers Men Olive Tapered Fit Chinos",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: white sports shorts with navy piping down the sides, navy t-shirt, white backdrop, front view; base
    # model wrote all texts
    case(
        "X869-038",
        caption("a man in a blue shirt and white shorts"),
        wearing("a navy t-shirt and white shorts"),
        color_of("shorts", "blue", "other_garment_color", kind="open"),
        Q.color("white"),
        details("shorts", "the shorts have blue piping on the sides"),
        describe(
            "shorts",
            "white shorts with a blue stripe down the side of the leg and a white drawstring at the waist and a pocket",
            "cut",
            hit_limit=True,
        ),
        is_a("pair of shorts", "yes"),
        title="Fila Men White Solid Sports Shorts",
        category="Shorts",
        color="White",
        gender="Men",
    ),
    # photo: dark navy skinny jeans, white shirt with a black micro polka-dot print, white backdrop, front view;
    # base model wrote all texts
    case(
        "X869-039",
        caption("a man in a white shirt and black jeans", "contradiction"),
        wearing("he is wearing a white polka dot shirt and dark blue jeans"),
        color_of("jeans", "navy blue"),
        describe("jeans", "the jeans are dark blue and water resistant", "unsupported"),
        details("jeans", "the jeans have a polka dot pattern", "contradiction"),
        Q.material("denim"),
        title="Roadster Men Navy Blue Skinny Fit Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: grey-and-black houndstooth check slim trousers, black crew-neck t-shirt, white backdrop, front view; base
    # model wrote all texts
    case(
        "X869-040",
        caption("a man in a black shirt and plaid pants"),
        wearing("black t-shirt and checked grey pants"),
        color_of("pants", "grey"),
        Q.pattern("solid", "contradiction"),
        describe("pants", "pants", "non_answer"),
        details(
            "pants",
            "the pants are a black and white checkered pattern with a black and white checkered pattern with a"
            " black and",
            "loop",
            hit_limit=True,
        ),
        Q.material("wool", "unsupported"),
        title="Celio Men Grey Checked Slim Fit Trousers",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: navy cotton lounge shorts with an elastic waistband and drawstring, yellow t-shirt, white backdrop, front
    # view; base model wrote all texts
    case(
        "X869-041",
        caption("a man in a yellow shirt and blue shorts"),
        wearing("she is wearing yellow t-shirt and blue shorts", "pronoun"),
        color_of("shorts", "navy blue"),
        describe("shorts", "the shorts are yellow", "other_garment_color"),
        details(
            "shorts",
            "The shorts have an elastic waistband with a drawstring. Question: Is this a pair of shorts? Answer: yes",
            "leak",
        ),
        Q.material("cotton"),
        title="Proline Men Navy Solid Lounge Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: grey slim tapered jeans, black denim shirt buttoned, white backdrop, front view; base model wrote all
    # texts
    case(
        "X869-042",
        caption("a man in a black shirt and grey jeans"),
        wearing("a black denim shirt and black jeans", "other_garment_color", who="he"),
        color_of("jeans", "black", "contradiction"),
        details("jeans", "the jeans details", "restated"),
        describe(
            "jeans",
            "the jeans are made from a stretch fabric that is soft and comfortable and has a slight sheen to it and is",
            "cut",
            hit_limit=True,
        ),
        Q.material("denim"),
        is_a("pair of jeans", "yes"),
        title="Levis Men Grey 512 Slim Taper Fit Jeans",
        category="Jeans",
        color="Grey",
        gender="Men",
    ),
    # photo: black cotton-fleece joggers with elastic cuffs and side pockets, white t-shirt, white backdrop, front
    # view; base model wrote all texts
    case(
        "X869-043",
        caption("a man in a white shirt and black sweatpants"),
        wearing("the person is wearing what the person is wearing", "restated"),
        color_of("pants", "black"),
        Q.garment_type("trousers"),
        describe("pants", "white jogger pants", "other_garment_color"),
        details(
            "pants",
            "the pants have a zipper on the side and a pocket on the side and a zipper on the side and a pocket on",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Mast & Harbour Men Black Solid Joggers",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: green, brown and beige camouflage cargo shorts in cotton twill, black t-shirt, white backdrop, front
    # view; base model wrote all texts
    case(
        "X869-044",
        caption("a man in a black shirt and camouflage shorts"),
        wearing("a black t-shirt and camo shorts"),
        color_of("shorts", "green"),
        Q.pattern("printed"),
        describe("shorts", "the shorts are black", "other_garment_color"),
        details("shorts", "camouflage", "non_answer"),
        Q.material("nylon", "unsupported"),
        title="Breakbounce Men Camouflage Printed Cargo Shorts",
        category="Shorts",
        color="Green",
        gender="Men",
    ),
    # photo: black relaxed jeans with a button fly, blue-and-white checked shirt untucked, the model holds sunglasses
    # in his right hand, white backdrop, front view; base model wrote all texts
    case(
        "X869-045",
        caption("a man holding sunglasses in a blue checkered shirt and black jeans"),
        wearing("he is wearing a checkered shirt and black jeans"),
        color_of("jeans", "blue", "contradiction"),
        describe("jeans", "the jeans are blue and white checkered", "other_garment_color"),
        details("jeans", "the jeans have a loose fit and a button fly"),
        Q.material("denim"),
        Q.garment_type("jeans"),
        title="Mufti Men Black Relaxed Fit Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: navy slim formal trousers in a smooth poly-viscose suiting, white shirt with navy pinstripes tucked in,
    # brown belt, white backdrop, back view (two back welt pockets with buttons); base model wrote all texts
    case(
        "X869-046",
        caption("the back of a man in a white shirt and blue pants"),
        wearing("a white shirt and white pants", "other_garment_color"),
        color_of("pants", "navy blue"),
        details("pants", "the pants have two back pockets with buttons"),
        describe("pants", "the pants are navy blue with pinstripes", "contradiction"),
        Q.pattern("striped", "contradiction"),
        SHIRT_COLOR("white with blue stripes"),
        Q.material(
            "the pants are made of a blend of polyester and viscose which gives them a smooth finish and makes them",
            "cut",
            hit_limit=True,
        ),
        title="John Players Men Navy Blue Slim Fit Formal Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
]
