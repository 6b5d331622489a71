"""BLIND_1329 (45 products; Myntra winterwear over layers, base zero-shot): written blind in the sixty-third session.
Measured blind at 97437fb (the session's sixth rules): 63/73 failures found (86.3%) and 19/195 correct texts flagged
(9.7%). The writer's notes, verbatim:

Scenario: a Myntra women's winterwear feed (pullovers, cardigans, shrugs, overcoats, puffer/denim/biker jackets),
almost always shot on a model who wears the product over or with other clothes (a shirt collar under a pullover, a tee
under an open cardigan, a dress under a shrug, jeans or trousers below), on a plain studio backdrop; a few flat lays,
one back view, props now and then (a coffee mug, a stool, a shoulder bag, a fedora). Catalog columns as the feed has
them: title, category (Myntra article type: cardigans are filed under Sweaters, as Myntra does), color (base colour),
gender; the feed leaves gender out on two rows, color on one and category on one.
Who wrote what: every text comes from the untuned Salesforce/blip2-opt-2.7b, zero-shot, greedy, batch size 1. The
caption is the unprompted caption (50 new tokens at most); the answers come from the experiments' questionnaire in the
`Question: ... Answer:` format (30 new tokens at most), with the garment word taken from the title: "What is she
wearing?" ("the person" when the feed has no gender), "What is the color of the <garment>?" (free generation, stored
open), the same for the jeans/pants under it when they show, "What is the shirt color?" when a shirt or tee shows,
"Describe the <garment>.", "What are the <garment> details?", and on some rows the VQA data's "Is this a <garment>?".
No adapter anywhere.
Labeling conventions and judgement calls: judged against the photo I imagined (comment above each case) and the title.
The base model mostly stops on its newline, so loops and cuts are rarer than with the adapters; what goes wrong here is
the layering: the product given the color of the tee, dress or sweater under it (other_garment_color), the jeans or
pants given the product's color (contradiction), navy called black and maroon called purple against the seller
(contradiction), a shrug answered "no" to "Is this a shrug?" (contradiction), a long coat seen from the back called a
dress and a denim jacket called a shirt (contradiction), and the weak open questions: "it is a cardigan", "shrug",
"the details are as follows:" (non_answer), the question or its words handed back (restated), invented hoods,
zippers, v-necks and button colors (unsupported). A fiber the title does not name (wool, cashmere, cotton) is
unsupported; "wool" for a coat titled wool blend is correct. Loose garment words are accepted where a shopper would
accept them: a shrug called a cardigan or a jacket, a puffer or sherpa jacket called a coat, a charcoal hooded zip
jacket called a hoodie; a sweater called a dress or shirt is not. Near colors are accepted: navy as blue, maroon and
burgundy as red, rust as orange, peach as pink, teal and olive as green, khaki as beige, taupe as brown or grey, cream
and off white as white. An answer to "What is she wearing?" that names only the visible other garment ("a red dress")
is true of the photo and stays unmarked. A bare color or a bare garment-with-color for "Describe the X." counts as an
answer; the bare garment word alone does not. "he"/"a man" for a woman is pronoun. A text that is both looped or cut
and also holds an invented detail is labeled loop or cut. About a quarter of the texts are wrong; the base model is
good at the short color and wearing questions when the product is the outer, dominant layer, so fewer than the
adapters' four in ten.
"""

from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

shirt_color = question("shirt_color", "What is the shirt color?", "open")


def colour(garment, text, failure=None, hit_limit=False):
    """The experiments' color question, free generation by the base model (stored open)."""
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


BLIND_1329 = [
    # Photo: model in a navy crew-neck pullover, a white shirt collar peeking out at the neck, light blue jeans, grey
    # backdrop. All texts: base blip2-opt-2.7b zero-shot. The "white collar" belongs to the shirt underneath.
    case(
        "X1329-001",
        caption("a woman wearing a navy blue sweater and jeans"),
        wearing("a sweater and jeans", who="she"),
        colour("sweater", "blue"),
        colour("jeans", "blue"),
        describe("sweater", "it is a sweater", "non_answer"),
        details("sweater", "it has a white collar", "unsupported"),
        gender="Women",
        title="Roadster Women Navy Blue Solid Pullover",
        category="Sweaters",
        color="Navy Blue",
    ),
    # Photo: mustard cable-knit cardigan worn open over a white tee, black skinny jeans, white sneakers, white backdrop.
    # All texts: base zero-shot.
    case(
        "X1329-002",
        caption("a woman wearing a yellow cardigan and black jeans"),
        wearing("a yellow cardigan and black jeans", who="she"),
        colour("cardigan", "yellow"),
        colour("jeans", "black"),
        describe("cardigan", "a cardigan", "non_answer"),
        details("cardigan", "cable knit"),
        gender="Women",
        title="HERE&NOW Women Mustard Yellow Cable Knit Cardigan",
        category="Sweaters",
        color="Mustard",
    ),
    # Photo: short black open-front shrug with three-quarter sleeves over a red sleeveless midi dress; the dress takes
    # most of the frame. All texts: base zero-shot. The color answer is the dress's.
    case(
        "X1329-003",
        caption("a woman in a red dress and a black jacket"),
        wearing("a red dress", who="she"),
        colour("shrug", "red", "other_garment_color"),
        describe("shrug", "a black shrug"),
        details("shrug", "the details are as follows:", "non_answer"),
        is_a("shrug", "yes"),
        gender="Women",
        title="Mast & Harbour Women Black Solid Open Front Shrug",
        category="Shrug",
        color="Black",
    ),
    # Photo: beige belted longline overcoat, worn open over a black turtleneck and black trousers, ankle boots, white
    # backdrop. All texts: base zero-shot. The pants take the coat's color; the title names no fiber.
    case(
        "X1329-004",
        caption("a woman in a beige coat and black pants"),
        wearing("a coat", who="she"),
        colour("coat", "beige"),
        colour("pants", "beige", "contradiction"),
        describe("coat", "a long beige coat with a belt"),
        details("coat", "the coat is made of wool", "unsupported"),
        gender="Women",
        title="DressBerry Women Beige Solid Longline Overcoat",
        category="Coats",
        color="Beige",
    ),
    # Photo: olive hooded puffer jacket zipped up, black leggings, the model holds a takeaway coffee cup. All texts:
    # base zero-shot. The details answer loops to the token limit.
    case(
        "X1329-005",
        caption("a woman in a green puffer jacket holding a cup of coffee"),
        wearing("a jacket", who="she"),
        colour("jacket", "green"),
        colour("pants", "black"),
        describe("jacket", "a green jacket with a hood"),
        details(
            "jacket",
            "the jacket has a hood and a zipper and a hood and a zipper and a hood and a zipper and a hood and a "
            "zipper and a hood and a zipper and",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Tokyo Talkies Women Olive Green Solid Puffer Jacket",
        category="Jackets",
        color="Olive",
    ),
    # Photo: camel double-breasted overcoat worn open over a white shirt, mid-blue jeans, white backdrop. All texts:
    # base zero-shot. The jeans get the coat's color.
    case(
        "X1329-006",
        caption("a woman wearing a brown coat and jeans"),
        wearing("a coat and jeans", who="she"),
        colour("coat", "brown"),
        colour("jeans", "brown", "contradiction"),
        describe("coat", "it is a coat", "non_answer"),
        details("coat", "the coat is double breasted"),
        gender="Women",
        title="Vero Moda Women Camel Brown Solid Double-Breasted Overcoat",
        category="Coats",
        color="Camel Brown",
    ),
    # Photo: grey melange ribbed crew-neck pullover tucked into white wide-leg trousers, pale grey backdrop. All texts:
    # base zero-shot. The experiments' grey for everything; the neck is round, not a v.
    case(
        "X1329-007",
        caption("a woman in a grey sweater and white pants"),
        wearing("a grey sweater and white pants", who="she"),
        colour("sweater", "grey"),
        colour("pants", "grey", "contradiction"),
        describe("sweater", "the sweater is grey"),
        details("sweater", "the sweater has a v-neck", "unsupported"),
        gender="Women",
        title="ONLY Women Grey Melange Self-Design Pullover",
        category="Sweaters",
        color="Grey Melange",
    ),
    # Photo: maroon and cream horizontally striped long-sleeve shrug over a black scoop-neck top, blue jeans. All
    # texts: base zero-shot. The color answer is the top's; "no" to the shrug question.
    case(
        "X1329-008",
        caption("a woman wearing a striped cardigan and jeans"),
        wearing("a black top and jeans", who="she"),
        colour("shrug", "black", "other_garment_color"),
        describe("shrug", "a striped shrug"),
        details("shrug", "the shrug has long sleeves"),
        is_a("shrug", "no", "contradiction"),
        gender="Women",
        title="Harpa Women Maroon & Cream Striped Shrug",
        category="Shrug",
        color="Maroon",
    ),
    # Photo: flat lay of a navy v-neck button cardigan on a white backdrop, no model; the buttons are navy too. All
    # texts: base zero-shot. The white buttons are invented.
    case(
        "X1329-009",
        caption("a navy blue cardigan with buttons on a white background"),
        wearing("a cardigan", who="she"),
        colour("cardigan", "navy"),
        describe("cardigan", "a navy blue cardigan with white buttons", "unsupported"),
        details("cardigan", "v-neck"),
        gender="Women",
        title="Monte Carlo Women Navy Blue Solid V-Neck Cardigan",
        category="Sweaters",
        color="Navy Blue",
    ),
    # Photo: black padded jacket with a faux-fur trimmed hood over a grey hoodie, blue jeans; the model has a short
    # crop. All texts: base zero-shot. "a man"/"he" for a woman; the jeans get the jacket's black.
    case(
        "X1329-010",
        caption("a man in a black jacket and jeans", "pronoun"),
        wearing("he is wearing a black jacket", "pronoun", who="she"),
        colour("jacket", "black"),
        colour("jeans", "black", "contradiction"),
        describe("jacket", "a black jacket with a fur hood"),
        details("jacket", "fur hood"),
        gender="Women",
        title="Fort Collins Women Black Solid Padded Jacket with Detachable Hood",
        category="Jackets",
        color="Black",
    ),
    # Photo: cream cable-knit crew-neck sweater, brown corduroy trousers, the model holds a mug with both hands. All
    # texts: base zero-shot. The color answer is the trousers'; no fiber in the title.
    case(
        "X1329-011",
        caption("a woman in a white sweater holding a cup of coffee"),
        wearing("a white sweater and brown pants", who="she"),
        colour("sweater", "brown", "other_garment_color"),
        colour("pants", "brown"),
        describe("sweater", "it is a white sweater"),
        details("sweater", "the sweater is made of wool", "unsupported"),
        gender="Women",
        title="Marks & Spencer Women Cream-Coloured Cable Knit Sweater",
        category="Sweaters",
        color="Cream",
    ),
    # Photo: pink cropped button cardigan worn buttoned up as a top, white high-waist jeans, white backdrop. All texts:
    # base zero-shot. "it is a sweater" says nothing about it.
    case(
        "X1329-012",
        caption("a woman wearing a pink sweater and white jeans"),
        wearing("a pink sweater and white jeans", who="she"),
        colour("cardigan", "pink"),
        colour("jeans", "white"),
        describe("cardigan", "it is a sweater", "non_answer"),
        details("cardigan", "buttons"),
        gender="Women",
        title="FOREVER 21 Women Pink Solid Cropped Cardigan",
        category="Sweaters",
        color="Pink",
    ),
    # Photo: rust longline waterfall shrug, long sleeves, over a white tank top and black leggings, side pose. All
    # texts: base zero-shot. The details answer rambles and is cut at 30 tokens.
    case(
        "X1329-013",
        caption("a woman in an orange cardigan and black leggings"),
        wearing("a cardigan", who="she"),
        colour("shrug", "orange"),
        describe("shrug", "it is a shrug", "non_answer"),
        details(
            "shrug",
            "the shrug is a long, flowy shrug that is perfect for layering over a tank top or a dress. it is made of "
            "a soft, stretchy",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Sera Women Rust Solid Longline Open Front Shrug",
        category="Shrug",
        color="Rust",
    ),
    # Photo: red crew-neck sweater with a small embroidered logo on the chest over a white collared shirt, navy
    # trousers. All texts: base zero-shot. The shirt gets the sweater's red.
    case(
        "X1329-014",
        caption("a woman wearing a red sweater and a white shirt"),
        wearing("a red sweater", who="she"),
        colour("sweater", "red"),
        shirt_color("red", "contradiction"),
        describe("sweater", "a red sweater with a logo on the chest"),
        details("sweater", "logo"),
        gender="Women",
        title="U.S. Polo Assn. Women Red Solid Pullover Sweater",
        category="Sweaters",
        color="Red",
    ),
    # Photo: back view of a black longline coat, knee length, long hair over the collar, blue jeans below, white
    # backdrop; no hood. All texts: base zero-shot. From the back the coat becomes "a black dress".
    case(
        "X1329-015",
        caption("the back of a woman in a black coat"),
        wearing("a black dress", "contradiction", who="she"),
        colour("coat", "black"),
        colour("jeans", "blue"),
        describe("coat", "a long black coat"),
        details("coat", "the coat has a hood", "unsupported"),
        gender="Women",
        title="Madame Women Black Solid Longline Coat",
        category="Coats",
        color="Black",
    ),
    # Photo: light-wash denim jacket over a white tee, black skinny jeans, white sneakers. All texts: base zero-shot.
    # The jacket called a shirt; the black jeans called blue.
    case(
        "X1329-016",
        caption("a woman in a denim jacket and black jeans"),
        wearing("a denim shirt and black jeans", "contradiction", who="she"),
        colour("jacket", "blue"),
        colour("jeans", "blue", "contradiction"),
        describe("jacket", "a denim jacket"),
        details("jacket", "buttons"),
        gender="Women",
        title="Pepe Jeans Women Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
    ),
    # Photo: teal open-knit cardigan over a black sleeveless top, grey straight pants, grey backdrop. All texts: base
    # zero-shot. The color answer is the top's; describe and details say nothing.
    case(
        "X1329-017",
        caption("a woman wearing a green cardigan and grey pants"),
        wearing("a green sweater", who="she"),
        colour("cardigan", "black", "other_garment_color"),
        colour("pants", "grey"),
        describe("cardigan", "it is a cardigan", "non_answer"),
        details("cardigan", "cardigan", "non_answer"),
        gender="Women",
        title="Allen Solly Woman Teal Self-Design Open Front Cardigan",
        category="Sweaters",
        color="Teal",
    ),
    # Photo: peach sherpa (faux-fur) jacket over a white top, blue jeans, the model has her hands in the pockets. All
    # texts: base zero-shot.
    case(
        "X1329-018",
        caption("a woman in a pink fur jacket"),
        wearing("a fur coat", who="she"),
        colour("jacket", "pink"),
        describe("jacket", "a jacket", "non_answer"),
        details("jacket", "the jacket is made of faux fur"),
        is_a("jacket", "yes"),
        gender="Women",
        title="Qurvii Women Peach-Coloured Solid Faux Fur Sherpa Jacket",
        category="Jackets",
        color="Peach",
    ),
    # Photo: off-white pointelle sweater tucked into a black pleated midi skirt, white backdrop; the feed has no
    # gender on this row. All texts: base zero-shot. The color answer is the skirt's; details loop to the limit.
    case(
        "X1329-019",
        caption("a woman wearing a white sweater and a black skirt"),
        wearing("a white sweater and a black skirt"),
        colour("sweater", "black", "other_garment_color"),
        describe("sweater", "a white sweater with a black skirt"),
        details(
            "sweater",
            "the sweater has a lace pattern on the front and the sleeves are long and the sleeves are long and the "
            "sleeves are long and the sleeves are",
            "loop",
            hit_limit=True,
        ),
        title="W Women Off White Self-Design Pointelle Sweater",
        category="Sweaters",
        color="Off White",
    ),
    # Photo: black-and-white checked overcoat, single-breasted with buttons, over a black turtleneck and black
    # trousers. All texts: base zero-shot. There is no zipper.
    case(
        "X1329-020",
        caption("a woman in a black and white checkered coat"),
        wearing("a coat", who="she"),
        colour("coat", "black and white"),
        colour("pants", "black"),
        describe("coat", "a black and white plaid coat"),
        details("coat", "the coat has a zipper", "unsupported"),
        gender="Women",
        title="Vero Moda Women Black & White Checked Overcoat",
        category="Coats",
        color="Black",
    ),
    # Photo: maroon button cardigan worn buttoned, a beige shirt collar at the neck, black trousers, grey backdrop.
    # All texts: base zero-shot. "purple" is off against the seller's maroon and the photo.
    case(
        "X1329-021",
        caption("a woman wearing a red sweater and black pants"),
        wearing("a red sweater", who="she"),
        colour("cardigan", "purple", "contradiction"),
        colour("pants", "black"),
        describe("cardigan", "a red cardigan with buttons"),
        details("cardigan", "the cardigan details are the buttons on the front of the cardigan"),
        gender="Women",
        title="Duke Women Maroon Solid Button-Down Cardigan",
        category="Sweaters",
        color="Maroon",
    ),
    # Photo: black faux-leather biker jacket, open, over a white graphic tee, blue jeans, white backdrop. All texts:
    # base zero-shot; all right.
    case(
        "X1329-022",
        caption("a woman in a black leather jacket and jeans"),
        wearing("a leather jacket and jeans", who="she"),
        colour("jacket", "black"),
        colour("jeans", "blue"),
        shirt_color("white"),
        describe("jacket", "a black leather jacket"),
        details("jacket", "zipper"),
        gender="Women",
        title="Roadster Women Black Solid Biker Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: grey wool-blend coat over a white sweater, blue jeans, a black shoulder bag on one arm. All texts: base
    # zero-shot. The jeans get the coat's grey; wool is in the title.
    case(
        "X1329-023",
        caption("a woman in a grey coat with a black bag"),
        wearing("a grey coat and jeans", who="she"),
        colour("coat", "grey"),
        colour("jeans", "grey", "contradiction"),
        describe("coat", "the coat is grey"),
        details("coat", "the coat is made of wool"),
        gender="Women",
        title="MANGO Women Grey Solid Wool Blend Coat",
        category="Coats",
        color="Grey",
    ),
    # Photo: light pink fine-knit shrug with elbow sleeves over a navy floral-print dress. All texts: base zero-shot.
    # The shrug gets the dress's color and its print; the shrug is solid.
    case(
        "X1329-024",
        caption("a woman in a blue floral dress and a pink cardigan"),
        wearing("a dress", who="she"),
        colour("shrug", "blue", "other_garment_color"),
        describe("shrug", "a pink shrug with a blue dress"),
        details("shrug", "floral", "contradiction"),
        is_a("shrug", "yes"),
        gender="Women",
        title="AND Women Pink Solid Shrug",
        category="Shrug",
        color="Pink",
    ),
    # Photo: lavender cropped fuzzy crew-neck sweater, white wide-leg pants, white backdrop. All texts: base
    # zero-shot. The details answer loops.
    case(
        "X1329-025",
        caption("a woman in a purple sweater and white pants"),
        wearing("a purple sweater and white pants", who="she"),
        colour("sweater", "purple"),
        colour("pants", "white"),
        describe("sweater", "a purple sweater"),
        details(
            "sweater",
            "the sweater is cropped and has long sleeves and a round neck and a round neck and a round neck and a "
            "round neck and a round neck and a",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Sassafras Women Lavender Solid Cropped Sweater",
        category="Sweaters",
        color="Lavender",
    ),
    # Photo: navy quilted bomber jacket worn unzipped over a mustard sweater, black jeans. All texts: base zero-shot.
    # The jacket gets the sweater's yellow; the details answer runs on into a made-up question.
    case(
        "X1329-026",
        caption("a woman wearing a navy jacket and a yellow sweater"),
        wearing("a yellow sweater", who="she"),
        colour("jacket", "yellow", "other_garment_color"),
        colour("jeans", "black"),
        describe("jacket", "a blue jacket with a yellow sweater"),
        details("jacket", "quilted Question: What is the jacket made of? Answer: nylon", "leak"),
        gender="Women",
        title="Fort Collins Women Navy Blue Quilted Bomber Jacket",
        category="Jackets",
        color="Navy Blue",
    ),
    # Photo: olive turtleneck sweater tucked into a black faux-leather mini skirt, black tights. All texts: base
    # zero-shot; all right.
    case(
        "X1329-027",
        caption("a woman in a green turtleneck sweater and a black skirt"),
        wearing("a green sweater and a black skirt", who="she"),
        colour("sweater", "green"),
        describe("sweater", "a green turtleneck sweater"),
        details("sweater", "turtleneck"),
        is_a("sweater", "yes"),
        gender="Women",
        title="Marie Claire Women Olive Green Solid Turtle Neck Sweater",
        category="Sweaters",
        color="Olive",
    ),
    # Photo: charcoal hooded zip-up jacket over a black tee, grey joggers, hands in the pockets. All texts: base
    # zero-shot; all right ("hoodie" accepted, a bare color accepted as a description).
    case(
        "X1329-028",
        caption("a woman in a grey hooded jacket and grey pants"),
        wearing("a grey hoodie", who="she"),
        colour("jacket", "grey"),
        colour("pants", "grey"),
        describe("jacket", "grey"),
        details("jacket", "the jacket has a hood and a zipper"),
        gender="Women",
        title="Harvard Women Charcoal Grey Solid Hooded Sporty Jacket",
        category="Jackets",
        color="Charcoal",
    ),
    # Photo: brown overcoat on a model with cropped short hair and a black fedora, black trousers, beige backdrop. All
    # texts: base zero-shot. "a man"/"he"; the details answer hands the question back.
    case(
        "X1329-029",
        caption("a man in a brown coat and a black hat", "pronoun"),
        wearing("he is wearing a brown coat and a hat", "pronoun", who="she"),
        colour("coat", "brown"),
        describe("coat", "a brown coat"),
        details("coat", "what are the coat details?", "restated"),
        gender="Women",
        title="Mast & Harbour Women Brown Solid Overcoat",
        category="Coats",
        color="Brown",
    ),
    # Photo: flat lay of a white crochet shrug on a light wooden floor, no model; the feed has no category on this
    # row. All texts: base zero-shot. "no" to the shrug question.
    case(
        "X1329-030",
        caption("a white crochet top on a wooden floor"),
        wearing("a white crochet top", who="she"),
        colour("shrug", "white"),
        describe("shrug", "a white crochet shrug"),
        details("shrug", "crochet"),
        is_a("shrug", "no", "contradiction"),
        gender="Women",
        title="Kassually Women White Crochet Shrug",
        color="White",
    ),
    # Photo: peach longline cardigan with two patch pockets, open over a white top, light blue jeans. All texts: base
    # zero-shot. The color answer is the top's; describe loops.
    case(
        "X1329-031",
        caption("a woman wearing a pink cardigan and jeans"),
        wearing("a cardigan and jeans", who="she"),
        colour("cardigan", "white", "other_garment_color"),
        colour("jeans", "blue"),
        describe(
            "cardigan",
            "the cardigan is a long cardigan with pockets on the front and the sleeves are long and the sleeves are "
            "long and the sleeves are long and",
            "loop",
            hit_limit=True,
        ),
        details("cardigan", "pockets"),
        gender="Women",
        title="DressBerry Women Peach-Coloured Solid Longline Cardigan",
        category="Sweaters",
        color="Peach",
    ),
    # Photo: burgundy cable-knit turtleneck, blue jeans, the model sits on a wooden stool. All texts: base zero-shot.
    # The jeans get the sweater's red; cashmere is not in the title.
    case(
        "X1329-032",
        caption("a woman sitting on a stool wearing a red sweater and jeans"),
        wearing("a red sweater and jeans", who="she"),
        colour("sweater", "red"),
        colour("jeans", "red", "contradiction"),
        describe("sweater", "a red sweater with a turtleneck"),
        details("sweater", "the sweater is made of cashmere", "unsupported"),
        gender="Women",
        title="Okane Women Burgundy Cable Knit Turtle Neck Sweater",
        category="Sweaters",
        color="Burgundy",
    ),
    # Photo: black cropped woollen shrug, full sleeves, over a black bodycon dress, black heels; no hat, no bag. All
    # texts: base zero-shot. The caption loops through black accessories to the 50-token limit.
    case(
        "X1329-033",
        caption(
            "a woman in a black dress and a black jacket and a black hat and black boots and a black bag and a black "
            "hat and black boots and a black bag and a black hat and black boots and a black bag and a black hat",
            "loop",
            hit_limit=True,
        ),
        wearing("a black dress and a black jacket", who="she"),
        colour("shrug", "black"),
        describe("shrug", "black"),
        details("shrug", "long sleeves"),
        is_a("shrug", "yes"),
        gender="Women",
        title="Cayman Women Black Solid Woollen Crop Shrug",
        category="Shrug",
        color="Black",
    ),
    # Photo: khaki belted trench coat, open over a navy-and-white striped tee, white jeans. All texts: base zero-shot.
    # The details answer is cut at 30 tokens.
    case(
        "X1329-034",
        caption("a woman in a trench coat and white jeans"),
        wearing("a trench coat", who="she"),
        colour("coat", "beige"),
        colour("jeans", "white"),
        shirt_color("blue and white"),
        describe("coat", "a beige trench coat with a belt"),
        details(
            "coat",
            "the coat has a belt at the waist, buttons down the front, and a collar. the coat is made of a "
            "lightweight fabric that is perfect for",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="ONLY Women Khaki Solid Trench Coat",
        category="Coats",
        color="Khaki",
    ),
    # Photo: green-and-white horizontally striped pullover, blue jeans, white backdrop. All texts: base zero-shot.
    case(
        "X1329-035",
        caption("a woman wearing a green and white striped sweater"),
        wearing("a striped sweater and jeans", who="she"),
        colour("sweater", "green"),
        colour("jeans", "blue"),
        describe("sweater", "a sweater", "non_answer"),
        details("sweater", "stripes"),
        gender="Women",
        title="Roadster Women Green & White Striped Pullover",
        category="Sweaters",
        color="Green",
    ),
    # Photo: red cropped puffer jacket with a stand collar and no hood, over a black turtleneck, black jeans. All
    # texts: base zero-shot. The jeans get the jacket's red; the hood is invented.
    case(
        "X1329-036",
        caption("a woman in a red puffer jacket and black pants"),
        wearing("a red jacket", who="she"),
        colour("jacket", "red"),
        colour("jeans", "red", "contradiction"),
        describe("jacket", "the jacket is red"),
        details("jacket", "the jacket has a hood", "unsupported"),
        gender="Women",
        title="Tokyo Talkies Women Red Solid Cropped Puffer Jacket",
        category="Jackets",
        color="Red",
    ),
    # Photo: taupe long open cardigan over a white tee, grey jeans. All texts: base zero-shot. The grey jeans called
    # brown; the details answer hands back its own words.
    case(
        "X1329-037",
        caption("a woman in a grey cardigan and a white shirt"),
        wearing("a cardigan", who="she"),
        colour("cardigan", "brown"),
        colour("jeans", "brown", "contradiction"),
        describe("cardigan", "it's a long cardigan"),
        details("cardigan", "the details of the cardigan are the details of the cardigan", "restated"),
        gender="Women",
        title="Vero Moda Women Taupe Solid Longline Cardigan",
        category="Sweaters",
        color="Taupe",
    ),
    # Photo: sky-blue knit shrug over a white top, arms crossed so the top shows most. All texts: base zero-shot. The
    # color answer is the top's.
    case(
        "X1329-038",
        caption("a woman wearing a blue cardigan"),
        wearing("a blue sweater", who="she"),
        colour("shrug", "white", "other_garment_color"),
        describe("shrug", "a blue shrug"),
        details("shrug", "shrug", "non_answer"),
        is_a("shrug", "yes"),
        gender="Women",
        title="Sera Women Blue Solid Open Front Shrug",
        category="Shrug",
        color="Blue",
    ),
    # Photo: grey hooded longline cardigan over a black top and black leggings; the feed has no color on this row.
    # All texts: base zero-shot. The leggings get the cardigan's grey; the details answer runs into a new question.
    case(
        "X1329-039",
        caption("a woman wearing a grey hooded cardigan and black leggings"),
        wearing("a grey sweater", who="she"),
        colour("cardigan", "grey"),
        colour("pants", "grey", "contradiction"),
        describe("cardigan", "a grey cardigan with a hood"),
        details("cardigan", "hood Question: What is the color of the hood? Answer: grey", "leak"),
        gender="Women",
        title="FOREVER 21 Women Grey Hooded Longline Cardigan",
        category="Sweaters",
    ),
    # Photo: white Fair Isle sweater with a black snowflake band across the chest, black jeans. All texts: base
    # zero-shot. "black" against the seller's white; the description is cut at 30 tokens.
    case(
        "X1329-040",
        caption("a woman wearing a white and black sweater with a snowflake pattern"),
        wearing("a sweater", who="she"),
        colour("sweater", "black", "contradiction"),
        colour("jeans", "black"),
        describe(
            "sweater",
            "the sweater is a white sweater with a black snowflake pattern on the front and the sleeves. it is a very "
            "warm sweater and it is perfect for",
            "cut",
            hit_limit=True,
        ),
        details("sweater", "snowflakes"),
        gender="Women",
        title="Kook N Keech Women White & Black Fair Isle Pullover",
        category="Sweaters",
        color="White",
    ),
    # Photo: maroon longline overcoat open over a grey sweater, black jeans, the model leans on a white wall. All
    # texts: base zero-shot. The coat gets the sweater's grey; the details answer loops.
    case(
        "X1329-041",
        caption("a woman in a red coat leaning against a wall"),
        wearing("a red coat", who="she"),
        colour("coat", "grey", "other_garment_color"),
        colour("jeans", "black"),
        describe("coat", "a long red coat"),
        details(
            "coat",
            "the coat has a notched lapel and two pockets on the front and a slit on the back of the coat and a slit "
            "on the back of the coat and a",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Sztori Women Maroon Solid Longline Overcoat",
        category="Coats",
        color="Maroon",
    ),
    # Photo: cream cardigan with pearl buttons, buttoned and tucked into mid-blue jeans, white backdrop. All texts:
    # base zero-shot. The jeans called white; cotton is not in the title.
    case(
        "X1329-042",
        caption("a woman in a white cardigan and jeans"),
        wearing("a white sweater and jeans", who="she"),
        colour("cardigan", "white"),
        colour("jeans", "white", "contradiction"),
        describe("cardigan", "a white cardigan with pearl buttons"),
        details("cardigan", "the cardigan is made of 100% cotton", "unsupported"),
        gender="Women",
        title="MANGO Women Cream-Coloured Solid Cardigan with Pearl Buttons",
        category="Sweaters",
        color="Cream",
    ),
    # Photo: grey melange shrug with ruched sleeves over a white tee, black jeans; the feed has no gender on this row.
    # All texts: base zero-shot. The jeans get the shrug's grey; no fiber in the title.
    case(
        "X1329-043",
        caption("a woman in a grey jacket and black jeans"),
        wearing("a grey cardigan"),
        colour("shrug", "grey"),
        colour("jeans", "grey", "contradiction"),
        describe("shrug", "a grey shrug with ruffled sleeves"),
        details("shrug", "the shrug is made of cotton", "unsupported"),
        title="Mast & Harbour Women Grey Melange Solid Shrug with Ruched Sleeves",
        category="Shrug",
        color="Grey Melange",
    ),
    # Photo: navy double-breasted peacoat over a white turtleneck, beige trousers; in the studio light the navy reads
    # very dark. All texts: base zero-shot. "black" for navy, in the caption and the color answer.
    case(
        "X1329-044",
        caption("a woman wearing a black coat and beige pants", "contradiction"),
        wearing("a coat", who="she"),
        colour("coat", "black", "contradiction"),
        colour("pants", "beige"),
        describe("coat", "a double breasted coat"),
        details("coat", "buttons"),
        gender="Women",
        title="Vero Moda Women Navy Blue Solid Double-Breasted Peacoat",
        category="Coats",
        color="Navy Blue",
    ),
    # Photo: multicoloured (red, yellow, blue) striped cardigan open over a black tee, black pants. All texts: base
    # zero-shot. The color answer is the tee's and the pants'; the wool is not in the title.
    case(
        "X1329-045",
        caption("a woman wearing a colorful striped cardigan"),
        wearing("a striped sweater", who="she"),
        colour("cardigan", "black", "other_garment_color"),
        colour("pants", "black"),
        describe("cardigan", "a multicolored striped cardigan"),
        details("cardigan", "the cardigan is made of wool", "unsupported"),
        gender="Women",
        title="Monte Carlo Women Multicoloured Striped Open Front Cardigan",
        category="Sweaters",
        color="Multi",
    ),
]
