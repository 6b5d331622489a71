"""BLIND_1425 (45 products; Myntra women's winterwear worn over other clothes, base model zero-shot): written blind in
the sixty-fourth session. Measured blind at 9207eb7 (the session's fifth and final rules): 52/66 failures found
(78.8%) and 22/217 correct texts flagged (10.1%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's winterwear (sweaters, cardigans, shrugs, coats, jackets), almost always worn open
or over other clothes: a tee, shirt, turtleneck, camisole, dress or kurta under it, jeans, trousers or a skirt with
it. Usual catalog shots on a plain backdrop, now and then a flat lay, a back view, a prop (a handbag, a coffee cup, a
stool). The catalog columns are the feed's own: title, category as Myntra's article type (cardigans sit under
"Sweaters", as Myntra files them), color as its base colour, gender; a few rows lack one of them.
Who wrote what: every text comes from the untuned Salesforce/blip2-opt-2.7b, zero-shot, greedy decoding: the caption
from the image alone (50 new tokens at most), the answers from "Question: <question> Answer:" (30 new tokens at
most), with the experiments' questionnaire turned to the product: "What is she wearing?", "What is the color of the
<garment>?" (free generation), "Describe the <garment>.", "What are the <garment> details?", "Is this a
<garment>?", and on some products the color of the garment under or with it (shirt, top, jeans, pants, skirt), as
the experiments asked. The garment word comes from the title (pullover -> sweater). No adapter.
Labeling conventions and judgement calls: judged against the photo I imagined (the comment above each case) and the
title. Near hues pass: maroon/burgundy as red, teal as blue or green, peach as pink, cream/off-white as white, taupe
as beige, camel/coffee as brown, mustard as yellow, rust as orange; navy as black does not, nor beige as white. The
product's color question answered with the color of the clothes under or with it is other_garment_color; a question
about the other garment (jeans, pants, shirt) answered with the product's color (one color for two garments) is
contradiction. "No" to "Is this a <garment>?" for the product is contradiction; so is an answer to "What is she
wearing?" that leaves the product out and names only the clothes under it, a prop named as the garment's detail, and
a kind the seller rules out (a stole for a shrug, sleeves on a sleeveless sweater). A shrug called a cardigan, a
printed longline shrug called a kimono, a woven shrug or a shacket called a jacket or shirt, a hooded cardigan seen
from the back called a hoodie, suede called leather, sherpa called fur: all passed as fair words for what the photo
shows. A caption that names the scene but not every garment is not wrong. "Nothing" to "What is she wearing?" on a
flat lay, "it is a sweater" or the back of the garment for its details, and the garment's name alone are non_answer;
"the sweater is a sweater" is restated. Invented parts (a hood, a fur collar, a belt, pearl buttons, cashmere, real
fur) are unsupported. "A man" in the caption or "he" in an answer for a woman model is pronoun. Long answers that
repeat a clause or a word until the limit are loop; one that runs to the limit mid-sentence without repeating is cut.
The base model answers short questions well, so fewer than four in ten texts are wrong here: most errors are colors
taken from the layer underneath and thin or invented "details".
"""

from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1425 = [
    # Front view, white backdrop: grey melange cable-knit crew-neck pullover over mid-blue jeans.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1425-001",
        caption("a woman wearing a grey sweater and jeans"),
        wearing("a grey sweater and jeans", who="she"),
        color_of("sweater", "grey", kind="open"),
        color_of("jeans", "grey", "contradiction", kind="open"),
        describe("sweater", "a grey cable knit sweater"),
        details("sweater", "the sweater is a sweater", "restated"),
        is_a("sweater", "yes"),
        gender="Women",
        title="Roadster Women Grey Melange Cable Knit Pullover",
        category="Sweaters",
        color="Grey Melange",
    ),
    # Front view: black knit longline shrug worn open over a white crew-neck tee and blue jeans; the white tee fills
    # the middle of the frame. All texts: base OPT-2.7b zero-shot.
    case(
        "X1425-002",
        caption("a woman wearing a black cardigan and white t - shirt"),
        wearing("a white shirt and jeans", "contradiction", who="she"),
        color_of("shrug", "white", "other_garment_color", kind="open"),
        describe("shrug", "a long black shrug"),
        details("shrug", "it is a long shrug with a open front"),
        is_a("shrug", "no", "contradiction"),
        gender="Women",
        title="Vero Moda Women Black Solid Longline Shrug",
        category="Shrug",
        color="Black",
    ),
    # Front view: camel single-breasted overcoat, notch lapels, no fur anywhere, over a black turtleneck and black
    # trousers; she holds a tan handbag. All texts: base OPT-2.7b zero-shot.
    case(
        "X1425-003",
        caption("a woman in a brown coat holding a handbag"),
        wearing("a coat", who="she"),
        color_of("coat", "brown", kind="open"),
        describe("coat", "a long brown coat with a black sweater"),
        details("coat", "the coat has a fur collar", "unsupported"),
        is_a("coat", "yes"),
        gender="Women",
        title="ONLY Women Camel Brown Solid Overcoat",
        category="Coats",
        color="Camel Brown",
    ),
    # Front view: maroon self-design knit cardigan, buttoned halfway, over a cream round-neck top, blue jeans.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1425-004",
        caption("a woman wearing a red cardigan and jeans"),
        wearing("a cardigan", who="she"),
        color_of("cardigan", "maroon", kind="open"),
        describe("cardigan", "a maroon cardigan with buttons"),
        details("cardigan", "buttons"),
        color_of("top", "maroon", "contradiction", kind="open"),
        gender="Women",
        title="Madame Women Maroon Self-Design Button Cardigan",
        category="Sweaters",
        color="Maroon",
    ),
    # Front view: olive hooded puffer jacket, plain hood (no fur), zipped open over a white tee, blue jeans.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1425-005",
        caption("a woman wearing a green jacket and jeans"),
        wearing("a green jacket", who="she"),
        color_of("jacket", "green", kind="open"),
        describe("jacket", "a green puffer jacket with a hood"),
        details("jacket", "the jacket has a hood and a zipper and a fur trim", "unsupported"),
        is_a("jacket", "yes"),
        color_of("jeans", "blue", kind="open"),
        gender="Women",
        title="Mast & Harbour Women Olive Green Hooded Padded Jacket",
        category="Jackets",
        color="Olive",
    ),
    # Flat lay on a white surface, no person: mustard cable-knit sweater, sleeves folded in.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1425-006",
        caption("a yellow sweater laying on a white surface"),
        wearing("a sweater", who="she"),
        color_of("sweater", "yellow", kind="open"),
        describe("sweater", "a yellow sweater with a cable knit pattern"),
        details("sweater", "it is a sweater", "non_answer"),
        is_a("sweater", "yes"),
        gender="Women",
        title="HERE&NOW Women Mustard Yellow Cable Knit Sweater",
        category="Sweaters",
        color="Mustard",
    ),
    # Front view: peach open-front knit shrug over a black camisole and black trousers.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1425-007",
        caption("a woman wearing a black top and a pink cardigan"),
        wearing("a black top and black pants", "contradiction", who="she"),
        color_of("shrug", "black", "other_garment_color", kind="open"),
        describe("shrug", "a pink shrug"),
        details("shrug", "the shrug is a shrug", "restated"),
        is_a("shrug", "yes"),
        gender="Women",
        title="DressBerry Women Peach-Coloured Open Front Shrug",
        category="Shrug",
        color="Peach",
    ),
    # Front view, slightly dim light: navy quilted high-neck jacket, zipped, a grey tee collar showing, black jeans.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1425-008",
        caption("a woman wearing a black jacket and black jeans", "contradiction"),
        wearing("a jacket", who="she"),
        color_of("jacket", "blue", kind="open"),
        describe("jacket", "a quilted jacket"),
        details("jacket", "quilted"),
        is_a("jacket", "yes"),
        gender="Women",
        title="Fort Collins Women Navy Blue Quilted Jacket",
        category="Jackets",
        color="Navy Blue",
    ),
    # Front view: mid-blue washed denim jacket with chest flap pockets, over a white tee and black skinny jeans.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1425-009",
        caption("a woman wearing a denim jacket and black jeans"),
        wearing("a denim jacket", who="she"),
        color_of("jacket", "blue", kind="open"),
        color_of("jeans", "blue", "contradiction", kind="open"),
        describe("jacket", "a blue denim jacket with a white t - shirt"),
        details("jacket", "the jacket has buttons on the front and pockets on the chest"),
        is_a("jacket", "yes"),
        gender="Women",
        title="Levis Women Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
    ),
    # Front view, white backdrop: beige V-neck woollen cardigan with buttons, worn open over a white shirt, jeans.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1425-010",
        caption("a woman wearing a white cardigan and jeans", "other_garment_color"),
        wearing("a cardigan and jeans", who="she"),
        color_of("cardigan", "white", "other_garment_color", kind="open"),
        describe("cardigan", "a beige cardigan"),
        details("cardigan", "it has buttons"),
        is_a("cardigan", "yes"),
        gender="Women",
        title="Monte Carlo Women Beige Woollen V-Neck Cardigan",
        category="Sweaters",
        color="Beige",
    ),
    # Front view: black knit crop shrug, long sleeves, over a red sleeveless midi dress that fills the frame.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1425-011",
        caption("a woman in a red dress and black cardigan"),
        wearing("a red dress", "contradiction", who="she"),
        color_of("shrug", "red", "other_garment_color", kind="open"),
        describe("shrug", "a black shrug"),
        details("shrug", "it is cropped and has long sleeves"),
        is_a("shrug", "no", "contradiction"),
        gender="Women",
        title="Kassually Women Black Solid Crop Shrug",
        category="Shrug",
        color="Black",
    ),
    # Front view: pink and white horizontal-striped crew-neck pullover, blue jeans. The feed row has no color.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1425-012",
        caption("a woman wearing a pink and white striped sweater"),
        wearing("a striped sweater", who="she"),
        color_of("sweater", "pink and white", kind="open"),
        describe("sweater", "a pink and white striped sweater"),
        details("sweater", "sweater", "non_answer"),
        is_a("sweater", "yes"),
        color_of("jeans", "blue", kind="open"),
        gender="Women",
        title="Tokyo Talkies Women Pink & White Striped Pullover",
        category="Sweaters",
    ),
    # Front view: off-white cropped cable-knit sleeveless V-neck sweater (a vest) over a black long-sleeved shirt,
    # black trousers; the black sleeves are the shirt's. All texts: base OPT-2.7b zero-shot.
    case(
        "X1425-013",
        caption("a woman wearing a white sweater vest and black pants"),
        wearing("a sweater", who="she"),
        color_of("sweater", "black", "other_garment_color", kind="open"),
        describe("sweater", "a white sweater with black sleeves", "contradiction"),
        details("sweater", "it is a knitted sweater vest with a v neck"),
        is_a("sweater", "yes"),
        gender="Women",
        title="SASSAFRAS Women Off-White Cable Knit Cropped Sleeveless Sweater",
        category="Sweaters",
        color="Off White",
    ),
    # Front view: teal ribbed turtleneck sweater tucked into a black mini skirt.
    # All texts: base OPT-2.7b zero-shot; the description ran to the limit repeating itself.
    case(
        "X1425-014",
        caption("a woman in a green turtle neck sweater and black skirt"),
        wearing("a turtle neck sweater and a black skirt", who="she"),
        color_of("sweater", "blue", kind="open"),
        color_of("skirt", "black", kind="open"),
        describe(
            "sweater",
            "the sweater is a turtleneck with long sleeves and a ribbed texture. it is tucked into a black skirt. the "
            "sweater is a turtleneck with long",
            "loop",
            hit_limit=True,
        ),
        details("sweater", "ribbed"),
        gender="Women",
        title="Harpa Women Teal Blue Ribbed Turtleneck Sweater",
        category="Sweaters",
        color="Teal",
    ),
    # Back view, model walking away, short hair: charcoal wool-blend overcoat, no hood, black boots.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1425-015",
        caption("the back of a man in a grey coat", "pronoun"),
        wearing("a grey coat", who="she"),
        color_of("coat", "grey", kind="open"),
        describe("coat", "a long grey coat with a hood", "unsupported"),
        details("coat", "the back of the coat", "non_answer"),
        is_a("coat", "yes"),
        gender="Women",
        title="Allen Solly Woman Charcoal Grey Wool Blend Overcoat",
        category="Coats",
        color="Charcoal",
    ),
    # Front view: brown suede biker jacket with an asymmetric zip, over a white tee, blue jeans.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1425-016",
        caption("a woman wearing a brown leather jacket and jeans"),
        wearing("a leather jacket", who="she"),
        color_of("jacket", "brown", kind="open"),
        describe("jacket", "a brown leather jacket with a white shirt"),
        details("jacket", "zipper"),
        color_of("shirt", "brown", "contradiction", kind="open"),
        is_a("jacket", "yes"),
        gender="Women",
        title="Roadster Women Brown Suede Biker Jacket",
        category="Jackets",
        color="Brown",
    ),
    # Front view: lavender fuzzy open-front cardigan, no buttons at all, over a white camisole, light jeans.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1425-017",
        caption("a woman wearing a purple sweater and white top"),
        wearing("a purple cardigan", who="she"),
        color_of("cardigan", "purple", kind="open"),
        describe("cardigan", "fluffy"),
        details("cardigan", "the cardigan is made of mohair and has pearl buttons", "unsupported"),
        is_a("cardigan", "yes"),
        gender="Women",
        title="FOREVER 21 Women Lavender Fuzzy Open Front Cardigan",
        category="Sweaters",
        color="Lavender",
    ),
    # Front view, grey backdrop: burgundy double-breasted belted trench coat over a black turtleneck, black trousers.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1425-018",
        caption("a woman in a red trench coat"),
        wearing("a trench coat", who="she"),
        color_of("coat", "red", kind="open"),
        describe("coat", "a long red coat with a belt"),
        details("coat", "double breasted with a belt"),
        color_of("pants", "red", "contradiction", kind="open"),
        is_a("coat", "yes"),
        gender="Women",
        title="Sztori Women Burgundy Double-Breasted Trench Coat",
        category="Coats",
        color="Burgundy",
    ),
    # Front view: colourblocked bomber, black body and white sleeves, white ribbed trims, over a black tee and black
    # jeans. All texts: base OPT-2.7b zero-shot.
    case(
        "X1425-019",
        caption("a woman wearing a black and white jacket"),
        wearing("a black and white jacket", who="she"),
        color_of("jacket", "black", kind="open"),
        describe("jacket", "a black bomber jacket with white sleeves"),
        details("jacket", "white sleeves"),
        is_a("jacket", "yes"),
        gender="Women",
        title="Campus Sutra Women Black & White Colourblocked Bomber Jacket",
        category="Jackets",
        color="Black",
    ),
    # Seated on a wooden stool: cream open-knit crochet shrug over a blue denim shirt dress. The feed row has no
    # category. All texts: base OPT-2.7b zero-shot.
    case(
        "X1425-020",
        caption("a woman sitting on a stool wearing a denim dress"),
        wearing("a white sweater and a denim dress", who="she"),
        color_of("shrug", "blue", "other_garment_color", kind="open"),
        describe("shrug", "a white crochet shrug"),
        details("shrug", "crochet"),
        is_a("shrug", "yes"),
        gender="Women",
        title="Qurvii Women Cream-Coloured Open Knit Crochet Shrug",
        color="Cream",
    ),
    # Front view: red V-neck pullover over a white shirt with its collar out, grey trousers.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1425-021",
        caption("a woman wearing a red sweater and white shirt"),
        wearing("a red sweater and a white shirt", who="she"),
        color_of("sweater", "red", kind="open"),
        color_of("shirt", "red", "contradiction", kind="open"),
        describe("sweater", "a red sweater with a white collar"),
        details("sweater", "sweater details", "non_answer"),
        is_a("sweater", "yes"),
        gender="Women",
        title="United Colors of Benetton Women Red V-Neck Pullover",
        category="Sweaters",
        color="Red",
    ),
    # Front view: rust longline open cardigan with two patch pockets, over a black tee and black jeans.
    # All texts: base OPT-2.7b zero-shot; the description looped to the limit.
    case(
        "X1425-022",
        caption("a woman wearing an orange cardigan and black pants"),
        wearing("an orange cardigan", who="she"),
        color_of("cardigan", "orange", kind="open"),
        describe(
            "cardigan",
            "the cardigan is long and has pockets on the front. the cardigan is long and has pockets on the front. "
            "the cardigan is long",
            "loop",
            hit_limit=True,
        ),
        details("cardigan", "pockets"),
        is_a("cardigan", "yes"),
        gender="Women",
        title="Chemistry Women Rust Orange Longline Cardigan",
        category="Sweaters",
        color="Rust",
    ),
    # Front view, prop: black faux-leather biker jacket over a grey tee, blue jeans; she holds a takeaway coffee cup
    # at chest height. All texts: base OPT-2.7b zero-shot.
    case(
        "X1425-023",
        caption("a woman in a leather jacket holding a cup of coffee"),
        wearing("a leather jacket and jeans", who="she"),
        color_of("jacket", "black", kind="open"),
        describe("jacket", "a black leather jacket"),
        details("jacket", "a cup of coffee", "contradiction"),
        is_a("jacket", "yes"),
        gender="Women",
        title="Mango Women Black Faux Leather Biker Jacket",
        category="Jackets",
        color="Black",
    ),
    # Front view: blue-based floral printed longline shrug, open front, over a white top and white trousers.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1425-024",
        caption("a woman wearing a blue floral kimono"),
        wearing("a kimono", who="she"),
        color_of("shrug", "white", "other_garment_color", kind="open"),
        describe("shrug", "a blue and white floral print shrug"),
        details("shrug", "floral print"),
        is_a("shrug", "no", "contradiction"),
        gender="Women",
        title="W Women Multicoloured Floral Printed Longline Shrug",
        category="Shrug",
        color="Multi",
    ),
    # Front view, white backdrop: white puffer jacket, hood with faux-fur trim, over black leggings.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1425-025",
        caption("a woman in a white puffer jacket with a fur hood"),
        wearing("a white jacket", who="she"),
        color_of("jacket", "white", kind="open"),
        describe("jacket", "a white puffer jacket with a fur hood"),
        details("jacket", "it is a jacket", "non_answer"),
        color_of("pants", "black", kind="open"),
        is_a("jacket", "yes"),
        gender="Women",
        title="Lakshita Women White Solid Hooded Puffer Jacket",
        category="Jackets",
        color="White",
    ),
    # Front view: navy Fair Isle sweater with a white and red snowflake yoke, white jeans. The feed row has no
    # gender. All texts: base OPT-2.7b zero-shot.
    case(
        "X1425-026",
        caption("a woman wearing a blue and white sweater with a snowflake pattern"),
        wearing("a christmas sweater", who="she"),
        color_of("sweater", "blue", kind="open"),
        color_of("jeans", "blue", "contradiction", kind="open"),
        describe("sweater", "a blue sweater with a red and white pattern"),
        details("sweater", "snowflakes"),
        is_a("sweater", "yes"),
        title="Pepe Jeans Women Navy Blue Fair Isle Sweater",
        category="Sweaters",
        color="Navy Blue",
    ),
    # Front view: black and white houndstooth mid-length coat with a black velvet collar and black buttons, over a
    # black top; she holds a black handbag. All texts: base OPT-2.7b zero-shot; the details ran to the limit.
    case(
        "X1425-027",
        caption("a woman in a black and white coat"),
        wearing("a coat and a purse", who="she"),
        color_of("coat", "black and white", kind="open"),
        describe("coat", "a black and white plaid coat"),
        details(
            "coat",
            "the coat is a black and white houndstooth pattern with a black collar and black buttons. the coat is a "
            "long coat with a",
            "cut",
            hit_limit=True,
        ),
        is_a("coat", "yes"),
        gender="Women",
        title="AND Women Black & White Houndstooth Coat",
        category="Coats",
        color="Black",
    ),
    # Flat lay on a wooden floor, no person: green cable-knit button cardigan.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1425-028",
        caption("a green sweater on a wooden floor"),
        wearing("nothing", "non_answer", who="she"),
        color_of("cardigan", "green", kind="open"),
        describe("cardigan", "a green cardigan with buttons"),
        details("cardigan", "cable knit"),
        is_a("cardigan", "yes"),
        gender="Women",
        title="Marks & Spencer Women Green Cable Knit Cardigan",
        category="Sweaters",
        color="Green",
    ),
    # Side view, hood up, short hair hidden: black hooded windcheater with a white Puma logo on the chest, black
    # leggings. All texts: base OPT-2.7b zero-shot.
    case(
        "X1425-029",
        caption("a man in a black jacket and black pants", "pronoun"),
        wearing("a black jacket", who="she"),
        color_of("jacket", "black", kind="open"),
        describe("jacket", "a black jacket with a hood"),
        details("jacket", "puma logo"),
        is_a("jacket", "yes"),
        gender="Women",
        title="Puma Women Black Hooded Windcheater Jacket",
        category="Jackets",
        color="Black",
    ),
    # Front view: mustard corduroy shacket with chest pockets, worn open over a white tee, blue jeans. The feed row has
    # no color. All texts: base OPT-2.7b zero-shot.
    case(
        "X1425-030",
        caption("a woman wearing a yellow shirt and jeans"),
        wearing("a yellow shirt", who="she"),
        color_of("jacket", "yellow", kind="open"),
        describe("jacket", "a yellow jacket"),
        details("jacket", "corduroy"),
        is_a("jacket", "no", "contradiction"),
        gender="Women",
        title="Roadster Women Mustard Corduroy Shacket Jacket",
        category="Jackets",
    ),
    # Front view: pink teddy faux-fur jacket over a white tee, blue jeans. All texts: base OPT-2.7b zero-shot.
    case(
        "X1425-031",
        caption("a woman in a pink fur coat"),
        wearing("a pink coat", who="she"),
        color_of("jacket", "pink", kind="open"),
        describe("jacket", "a pink fluffy jacket"),
        details("jacket", "it is made of real fur", "unsupported"),
        is_a("jacket", "yes"),
        gender="Women",
        title="Zink London Women Pink Teddy Faux Fur Jacket",
        category="Jackets",
        color="Pink",
    ),
    # Back view: grey melange hooded button cardigan, hood down, black jeans; the buttons are not in the picture.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1425-032",
        caption("the back of a woman wearing a grey hoodie"),
        wearing("a hoodie", who="she"),
        color_of("cardigan", "grey", kind="open"),
        describe("cardigan", "a grey cardigan with a hood and buttons on the front"),
        details("cardigan", "hood"),
        is_a("cardigan", "no", "contradiction"),
        gender="Women",
        title="ether Women Grey Melange Hooded Button Cardigan",
        category="Sweaters",
        color="Grey Melange",
    ),
    # Seated on a white cube, a book on her lap: coffee-brown longline coat, no belt, worn open over a cream sweater
    # and brown trousers. All texts: base OPT-2.7b zero-shot.
    case(
        "X1425-033",
        caption("a woman in a brown coat sitting on a white box"),
        wearing("a brown coat and brown pants", who="she"),
        color_of("coat", "brown", kind="open"),
        color_of("pants", "brown", kind="open"),
        describe("coat", "a long brown coat"),
        details("coat", "it has a belt", "unsupported"),
        is_a("coat", "yes"),
        gender="Women",
        title="Athena Women Coffee Brown Solid Longline Coat",
        category="Coats",
        color="Coffee Brown",
    ),
    # Front view: black sheer lace short-sleeved shrug over a white tank top, black skirt; the white tank shows
    # through the lace. All texts: base OPT-2.7b zero-shot.
    case(
        "X1425-034",
        caption("a woman wearing a black lace top and a black skirt"),
        wearing("a black lace top", who="she"),
        color_of("shrug", "white", "other_garment_color", kind="open"),
        describe("shrug", "a black lace shrug with a white top"),
        details("shrug", "lace"),
        color_of("skirt", "black", kind="open"),
        is_a("shrug", "yes"),
        gender="Women",
        title="Sera Women Black Sheer Lace Shrug",
        category="Shrug",
        color="Black",
    ),
    # Front view: cream cable-knit crop sweater, cables on the front only, high-waisted black trousers.
    # All texts: base OPT-2.7b zero-shot; the details ran to the limit.
    case(
        "X1425-035",
        caption("a woman wearing a white sweater and black pants"),
        wearing("a white sweater and black pants", who="she"),
        color_of("sweater", "white", kind="open"),
        color_of("pants", "white", "contradiction", kind="open"),
        describe("sweater", "a white sweater with a cable knit pattern"),
        details(
            "sweater",
            "the sweater has a cable knit pattern on the front and back and the sleeves have a cable knit pattern on "
            "them as well. the sweater is",
            "cut",
            hit_limit=True,
        ),
        is_a("sweater", "yes"),
        gender="Women",
        title="Kazo Women Cream Cable Knit Crop Sweater",
        category="Sweaters",
        color="Cream",
    ),
    # Front view: navy double-breasted peacoat with gold buttons, over a white turtleneck, blue jeans.
    # All texts: base OPT-2.7b zero-shot; the description ran on into a question and answer of its own.
    case(
        "X1425-036",
        caption("a woman wearing a navy coat with gold buttons"),
        wearing("a navy blue coat", who="she"),
        color_of("coat", "blue", kind="open"),
        describe("coat", "a navy pea coat. Question: What is the color of the buttons? Answer: gold", "leak"),
        details("coat", "gold buttons"),
        is_a("coat", "yes"),
        gender="Women",
        title="Van Heusen Woman Navy Blue Double-Breasted Peacoat",
        category="Coats",
        color="Navy Blue",
    ),
    # Back view: maroon quilted bomber with a maroon ribbed collar, black jeans. All texts: base OPT-2.7b zero-shot.
    case(
        "X1425-037",
        caption("the back of a woman wearing a maroon jacket"),
        wearing("a jacket", who="she"),
        color_of("jacket", "red", kind="open"),
        describe("jacket", "a red bomber jacket with a black collar", "unsupported"),
        details("jacket", "the back of the jacket", "non_answer"),
        is_a("jacket", "yes"),
        gender="Women",
        title="Fort Collins Women Maroon Quilted Bomber Jacket",
        category="Jackets",
        color="Maroon",
    ),
    # Front view: mustard block-printed cotton shrug, open front, over a navy straight kurta and white palazzos; the
    # kurta fills most of the frame. All texts: base OPT-2.7b zero-shot.
    case(
        "X1425-038",
        caption("a woman wearing a blue kurta and a yellow jacket"),
        wearing("a blue dress", "contradiction", who="she"),
        color_of("shrug", "blue", "other_garment_color", kind="open"),
        describe("shrug", "a yellow printed jacket"),
        details("shrug", "printed"),
        is_a("shrug", "no", "contradiction"),
        gender="Women",
        title="Global Desi Women Mustard Printed Open Front Shrug",
        category="Shrug",
        color="Mustard",
    ),
    # Front view: olive utility jacket, no hood, four flap pockets, drawstring waist, buttons, over a white tee and
    # black jeans. All texts: base OPT-2.7b zero-shot.
    case(
        "X1425-039",
        caption("a woman wearing a green jacket and black pants"),
        wearing("a green jacket", who="she"),
        color_of("jacket", "green", kind="open"),
        describe("jacket", "a military jacket with a hood", "unsupported"),
        details("jacket", "pockets"),
        color_of("jeans", "green", "contradiction", kind="open"),
        is_a("jacket", "yes"),
        gender="Women",
        title="Wrogn Women Olive Green Utility Jacket",
        category="Jackets",
        color="Olive",
    ),
    # Front view: blue denim jacket with a white sherpa collar, over a grey hoodie that covers the chest, black jeans.
    # The feed row has no category. All texts: base OPT-2.7b zero-shot.
    case(
        "X1425-040",
        caption("a woman wearing a denim jacket with a fur collar"),
        wearing("a denim jacket and a grey hoodie", who="she"),
        color_of("jacket", "grey", "other_garment_color", kind="open"),
        describe("jacket", "a blue denim jacket with a white fur collar"),
        details("jacket", "fur collar"),
        is_a("jacket", "yes"),
        gender="Women",
        title="Mast & Harbour Women Blue Sherpa Collar Denim Jacket",
        color="Blue",
    ),
    # Front view, hand on hip: black fitted turtleneck sweater (acrylic, per the product page) with grey checked
    # trousers. All texts: base OPT-2.7b zero-shot.
    case(
        "X1425-041",
        caption("a woman in a black turtle neck sweater and grey plaid pants"),
        wearing("he is wearing a black turtleneck and plaid pants", "pronoun", who="she"),
        color_of("sweater", "black", kind="open"),
        color_of("pants", "grey", kind="open"),
        describe("sweater", "a black turtleneck sweater"),
        details("sweater", "it is made of cashmere", "unsupported"),
        gender="Women",
        title="Roadster Women Black Solid Turtleneck Sweater",
        category="Sweaters",
        color="Black",
    ),
    # Front view: taupe belted wrap coat with a shawl collar, over a white sweater and white trousers.
    # All texts: base OPT-2.7b zero-shot; the details ran on into a question and answer of its own.
    case(
        "X1425-042",
        caption("a woman in a beige coat and white pants"),
        wearing("a coat", who="she"),
        color_of("coat", "white", "other_garment_color", kind="open"),
        describe("coat", "a beige wrap coat with a belt"),
        details("coat", "belt Question: what is the color of the belt? Answer: beige", "leak"),
        is_a("coat", "yes"),
        gender="Women",
        title="Vero Moda Women Taupe Belted Wrap Coat",
        category="Coats",
        color="Taupe",
    ),
    # Front view: white faux-fur short shrug with sleeves, over a black slip dress. All texts: base OPT-2.7b zero-shot.
    case(
        "X1425-043",
        caption("a woman wearing a white fur shrug and black dress"),
        wearing("a black dress and a white fur jacket", who="she"),
        color_of("shrug", "black", "other_garment_color", kind="open"),
        describe("shrug", "a white fur stole", "contradiction"),
        details("shrug", "fluffy"),
        is_a("shrug", "yes"),
        gender="Women",
        title="Tokyo Talkies Women White Faux Fur Shrug",
        category="Shrug",
        color="White",
    ),
    # Front view: red and black buffalo-checked shacket, open over a black tee, blue jeans. The feed row has no
    # gender. All texts: base OPT-2.7b zero-shot; the details looped on one word to the limit.
    case(
        "X1425-044",
        caption("a woman wearing a red and black plaid shirt"),
        wearing("a plaid shirt and jeans", who="she"),
        color_of("jacket", "red and black", kind="open"),
        describe("jacket", "a red and black plaid jacket"),
        details(
            "jacket",
            "plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid "
            "plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid",
            "loop",
            hit_limit=True,
        ),
        is_a("jacket", "yes"),
        title="Globus Women Red & Black Checked Shacket",
        category="Jackets",
        color="Red",
    ),
    # Back view, long hair over the shoulders: sea-green ribbed cardigan, a white top's hem showing, blue jeans.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1425-045",
        caption("the back of a woman with long hair wearing a green sweater"),
        wearing("a green sweater", who="she"),
        color_of("cardigan", "green", kind="open"),
        describe("cardigan", "a woman with long hair", "non_answer"),
        details("cardigan", "ribbed"),
        is_a("cardigan", "no", "contradiction"),
        gender="Women",
        title="DressBerry Women Sea Green Ribbed Cardigan",
        category="Sweaters",
        color="Sea Green",
    ),
]
