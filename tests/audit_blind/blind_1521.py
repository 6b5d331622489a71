"""BLIND_1521 (45 products; Myntra women's winterwear, layered, base model zero-shot): written blind in the sixty-fifth
session. Measured blind at 71dbb3c (the session's sixth rules): 60/83 failures found (72.3%) and 17/199 correct texts
flagged (8.5%). The writer's notes, verbatim:

Scenario: a Myntra women's winterwear feed (sweaters, cardigans, shrugs, coats, jackets). Nearly every photo is a
model on a plain backdrop wearing the product over or with other clothes: a tee, shirt or camisole under an open
cardigan, jeans, trousers, leggings, a skirt or a dress below. A few are flat lays or hanger shots (no person), a few
are back views, some have a prop (a handbag, a coffee cup, a stool, a Christmas tree). Catalog columns as the feed
has them: title, category (Myntra article type: Sweaters, Shrug, Jackets, Coats), color (base colour), gender;
one or another is missing on a few rows, as in a real feed.
Who wrote what: every text is from the untuned Salesforce/blip2-opt-2.7b, zero-shot, greedy. The caption is the
plain captioning call (no prompt, 50 new tokens). The answers come from `Question: ... Answer:` prompts (30 new
tokens, stopping on the newline) with the experiments' questionnaire, its garment word swapped for the product's
kind: What is she wearing? What is the color of the <kind>? What is the color of the jeans / pants? (asked of
every product, whatever it is worn with), sometimes What is the color of the shirt? and What is the <kind> color?,
Describe the <kind>. What are the <kind> details? Colors are free generation, so stored open.
Labeling conventions and judgement calls: judged against the photo I imagined and the title. Close shades count as
right: cream / off-white as white, charcoal as grey, camel / tan as brown or beige, maroon as red, mustard as yellow,
rust as orange or brown, olive / teal as green, teal also as blue, peach as pink, khaki as beige; navy called black is
wrong when the photo clearly shows navy. A product given the color of the tee under it, the jeans or the dress it is
worn with is other_garment_color; the jeans or pants given the product's color (one color for two garments) is
contradiction, as is a color or kind plainly wrong for the photo or the title (a long cardigan called a coat, a hooded
shrug called a hoodie, a long kimono shrug over a tee and jeans called a floral dress), a wrong pattern taken from the
dress under it, or a material against the title (real fur for faux fur, cotton for a woollen sweater). A color for the
jeans when the photo has no jeans (a flat lay, a hanger, a skirt or a dress) is unsupported, as are invented parts (a
hood, pockets, a belt, reindeer), a fibre the title does not give (wool, cashmere) and a dictionary definition in place
of the photo. Visible constructions are not claims: knit, cable knit, ribbed, quilted, leather-look, suede when the
title says suede. A coat called a jacket or a shrug called a cardigan is accepted; a shrug called a jacket is not used.
An answer that is true but leaves the product out ("a white dress" for a shrug over a dress) is left unmarked, and so is
a white shirt collar from under a sweater called the sweater's collar. "it's a shrug" to Describe the shrug is
non_answer, "the details of the sweater are the sweater details" is restated, an empty answer is non_answer. Loops and
cuts ran to the 30-token limit and are marked hit_limit; a text that both leaks the prompt format and gives a wrong
color is labeled leak, a rambling list cut mid-phrase is cut, one that repeats itself is loop. Each wrong text carries
one label, the one I judge the main fault. Two phrasings of the color question may disagree; each is judged on its own
against the photo (rust as orange and as brown are both right). "he" for the women's models is pronoun, in a caption ("a
man wearing ...") or an answer.
"""

from tests.audit_corpus import caption, case, color_of, describe, details, question, wearing


def kind_color(kind: str):
    """The experiments' other phrasing of the color question: "What is the shirt color?"."""
    return question(f"{kind}_color", f"What is the {kind} color?", "open")


BLIND_1521 = [
    # Photo: front view, grey melange crew-neck pullover, a white shirt collar showing at the neck, mid-blue jeans,
    # white backdrop. All texts: base OPT-2.7b zero-shot.
    case(
        "X1521-001",
        caption("a woman wearing a grey sweater and jeans"),
        wearing("a sweater and jeans", who="she"),
        color_of("sweater", "grey", kind="open"),
        color_of("jeans", "grey", "contradiction", kind="open"),
        describe("sweater", "it is a grey sweater with a white collar"),
        details("sweater", "it has long sleeves and a round neck"),
        gender="Women",
        title="Roadster Women Grey Melange Solid Pullover Sweater",
        category="Sweaters",
        color="Grey Melange",
    ),
    # Photo: mustard self-design cardigan worn open over a black tee, black jeans, one hand in the jeans' pocket.
    # The cardigan has no pockets. All texts: base zero-shot.
    case(
        "X1521-002",
        caption("a woman wearing a yellow cardigan and black jeans"),
        wearing("a yellow cardigan and a black t-shirt", who="she"),
        color_of("cardigan", "black", "other_garment_color", kind="open"),
        color_of("jeans", "black", kind="open"),
        describe("cardigan", "it is a yellow cardigan with buttons"),
        details("cardigan", "the cardigan has a pocket on the front", "unsupported"),
        gender="Women",
        title="DressBerry Women Mustard Yellow Self Design Cardigan",
        category="Sweaters",
        color="Mustard",
    ),
    # Photo: navy-and-white striped cardigan, open, over a white camisole, light-blue jeans. All texts: base
    # zero-shot.
    case(
        "X1521-003",
        caption("a woman wearing a striped cardigan and jeans"),
        wearing("a striped sweater", who="she"),
        color_of("cardigan", "blue and white", kind="open"),
        color_of("jeans", "blue and white", "contradiction", kind="open"),
        describe("cardigan", "it is a blue and white striped cardigan with a white shirt underneath"),
        details("cardigan", "stripes"),
        gender="Women",
        title="HERE&NOW Women Navy Blue & White Striped Cardigan",
        category="Sweaters",
        color="Navy Blue",
    ),
    # Photo: black open-front shrug with long sleeves over a red floral sleeveless midi dress, standing. All texts:
    # base zero-shot.
    case(
        "X1521-004",
        caption("a woman wearing a red floral dress and a black cardigan"),
        wearing("a dress", who="she"),
        color_of("shrug", "red", "other_garment_color", kind="open"),
        color_of("jeans", "red", "unsupported", kind="open"),
        describe("shrug", "it is a black shrug"),
        details("shrug", "it has a floral print", "contradiction"),
        gender="Women",
        title="Harpa Women Black Solid Open Front Shrug",
        category="Shrug",
        color="Black",
    ),
    # Photo: olive hooded padded jacket zipped up, hood down, black leggings, white sneakers. All texts: base
    # zero-shot.
    case(
        "X1521-005",
        caption("a woman wearing a green puffer jacket and black leggings"),
        wearing("a green jacket", who="she"),
        color_of("jacket", "green", kind="open"),
        kind_color("jacket")("black", "other_garment_color"),
        color_of("pants", "black", kind="open"),
        describe("jacket", "it is a green puffer jacket with a hood"),
        details("jacket", "zipper"),
        gender="Women",
        title="Mast & Harbour Women Olive Green Solid Padded Jacket",
        category="Jackets",
        color="Olive",
    ),
    # Photo: long camel double-breasted overcoat (no belt) worn open over a black turtleneck and black trousers, a
    # black handbag on the arm. All texts: base zero-shot.
    case(
        "X1521-006",
        caption("a woman in a brown coat holding a black purse"),
        wearing("a black turtleneck and black pants", who="she"),
        color_of("coat", "black", "other_garment_color", kind="open"),
        color_of("pants", "black", kind="open"),
        describe("coat", "it is a long brown coat"),
        details("coat", "the coat has a belt", "unsupported"),
        gender="Women",
        title="Tokyo Talkies Women Camel Brown Solid Overcoat",
        category="Coats",
        color="Camel Brown",
    ),
    # Photo: back view, a woman with a short pixie cut facing away, black bomber jacket, blue jeans. All texts:
    # base zero-shot.
    case(
        "X1521-007",
        caption("the back of a man wearing a black bomber jacket", "pronoun"),
        wearing("a black jacket", who="she"),
        color_of("jacket", "black", kind="open"),
        color_of("jeans", "black", "contradiction", kind="open"),
        describe("jacket", "it's a bomber jacket"),
        details("jacket", "the back of the jacket", "non_answer"),
        gender="Women",
        title="Fort Collins Women Black Solid Bomber Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: cream cable-knit pullover, front tucked into light-blue mom jeans, beige backdrop. All texts: base
    # zero-shot.
    case(
        "X1521-008",
        caption("a woman wearing a white sweater and jeans"),
        wearing("a white sweater and jeans", who="she"),
        color_of("sweater", "white", kind="open"),
        kind_color("sweater")("white"),
        color_of("jeans", "white", "contradiction", kind="open"),
        describe("sweater", "it is a white cable knit sweater"),
        details("sweater", "the sweater is made of cashmere", "unsupported"),
        gender="Women",
        title="ONLY Women Off-White Cable Knit Pullover",
        category="Sweaters",
        color="Off White",
    ),
    # Photo: lavender fuzzy cropped cardigan, buttoned, white wide-leg trousers, pale pink backdrop. All texts:
    # base zero-shot.
    case(
        "X1521-009",
        caption("a woman in a purple sweater and white pants"),
        wearing("a purple sweater and white pants", who="she"),
        color_of("cardigan", "pink", "contradiction", kind="open"),
        color_of("pants", "white", kind="open"),
        describe("cardigan", "it is a purple fuzzy sweater"),
        details("cardigan", "it has buttons on the front"),
        gender="Women",
        title="Sassafras Women Lavender Fuzzy Crop Cardigan",
        category="Sweaters",
        color="Lavender",
    ),
    # Photo: mid-blue washed denim jacket over a white tee, black skinny jeans. All texts: base zero-shot.
    case(
        "X1521-010",
        caption("a woman wearing a denim jacket and black jeans"),
        wearing("a denim jacket", who="she"),
        color_of("jacket", "blue", kind="open"),
        color_of("jeans", "blue", "contradiction", kind="open"),
        color_of("shirt", "white", kind="open"),
        kind_color("jacket")("blue"),
        describe("jacket", "it is a denim jacket with a white t-shirt"),
        details("jacket", "the jacket has two pockets on the front and a button closure"),
        gender="Women",
        title="Levis Women Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
    ),
    # Photo: black faux-leather biker jacket, open, over a grey graphic tee, ripped blue jeans, ankle boots. All
    # texts: base zero-shot.
    case(
        "X1521-011",
        caption("a woman in a black leather jacket and ripped jeans"),
        wearing("a leather jacket", who="she"),
        color_of("jacket", "black", kind="open"),
        color_of("shirt", "black", "contradiction", kind="open"),
        color_of("jeans", "blue", kind="open"),
        describe("jacket", "it is a black leather jacket"),
        details("jacket", "zippers"),
        gender="Women",
        title="Qurvii Women Black Faux Leather Biker Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: red self-design (textured knit) sweater, black trousers, hands on hips. All texts: base zero-shot.
    case(
        "X1521-012",
        caption("a woman wearing a red sweater and black pants"),
        wearing("a red sweater", who="she"),
        color_of("sweater", "red", kind="open"),
        kind_color("sweater")("black", "other_garment_color"),
        color_of("pants", "red", "contradiction", kind="open"),
        describe("sweater", "it's a red sweater with a pattern on it"),
        details("sweater", "the sweater is made of wool and has a pattern on it", "unsupported"),
        gender="Women",
        title="Monte Carlo Women Red Self Design Sweater",
        category="Sweaters",
        color="Red",
    ),
    # Photo: charcoal hooded puffer jacket, faux-fur trim on the hood (hood down), dark-blue jeans. All texts: base
    # zero-shot.
    case(
        "X1521-013",
        caption("a woman wearing a grey puffer jacket with a fur hood"),
        wearing("a jacket", who="she"),
        color_of("jacket", "grey", kind="open"),
        color_of("jeans", "grey", "contradiction", kind="open"),
        describe(
            "jacket",
            "it is a grey jacket with a fur hood and a fur hood and a fur hood and a fur hood and a fur hood and a"
            " fur hood and a fur",
            "loop",
            hit_limit=True,
        ),
        details("jacket", "fur hood"),
        gender="Women",
        title="Duke Women Charcoal Grey Hooded Puffer Jacket",
        category="Jackets",
        color="Charcoal",
    ),
    # Photo: beige belted trench coat over a white shirt, blue jeans, a takeaway coffee cup in hand. All texts: base
    # zero-shot.
    case(
        "X1521-014",
        caption("a woman in a trench coat holding a cup of coffee"),
        wearing("a trench coat", who="she"),
        color_of("coat", "beige", kind="open"),
        color_of("jeans", "beige", "contradiction", kind="open"),
        describe("coat", "it's a trench coat"),
        details(
            "coat",
            "the coat has a belt and buttons and a belt and buttons and a belt and buttons and a belt and buttons"
            " and a belt and buttons and a belt and",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Vero Moda Women Beige Solid Longline Trench Coat",
        category="Coats",
        color="Beige",
    ),
    # Photo: navy quilted jacket zipped up, small logo on the chest, beige chinos, light-grey backdrop; the navy is
    # plainly navy. All texts: base zero-shot.
    case(
        "X1521-015",
        caption("a woman wearing a black quilted jacket and beige pants", "contradiction"),
        wearing("a black jacket and beige pants", "contradiction", who="she"),
        color_of("jacket", "blue", kind="open"),
        color_of("pants", "beige", kind="open"),
        describe("jacket", "it is a quilted jacket"),
        details("jacket", "the jacket has a logo on the chest"),
        gender="Women",
        title="U.S. Polo Assn. Women Navy Blue Quilted Jacket",
        category="Jackets",
        color="Navy Blue",
    ),
    # Photo: pink lace short-sleeved shrug over a black sleeveless top and a black skater skirt; no jeans. All
    # texts: base zero-shot.
    case(
        "X1521-016",
        caption("a woman wearing a pink lace top and a black skirt"),
        wearing("a black skirt and a pink sweater", who="she"),
        color_of("shrug", "black", "other_garment_color", kind="open"),
        color_of("jeans", "black", "unsupported", kind="open"),
        describe("shrug", "it is a pink lace shrug"),
        details("shrug", "lace"),
        gender="Women",
        title="Madame Women Pink Self Design Shrug",
        category="Shrug",
        color="Pink",
    ),
    # Photo: rust ribbed turtleneck sweater (plain back, no zip), black straight trousers. All texts: base zero-shot.
    case(
        "X1521-017",
        caption("a woman wearing an orange turtleneck sweater"),
        wearing("a turtleneck", who="she"),
        color_of("sweater", "orange", kind="open"),
        kind_color("sweater")("brown"),
        color_of("pants", "black", kind="open"),
        describe("sweater", "it is a ribbed turtleneck sweater"),
        details("sweater", "the sweater has a zipper on the back", "unsupported"),
        gender="Women",
        title="Roadster Women Rust Orange Ribbed Turtleneck Sweater",
        category="Sweaters",
        color="Rust",
    ),
    # Photo: knee-length camel open cardigan with patch pockets over a white tee, blue skinny jeans. All texts:
    # base zero-shot.
    case(
        "X1521-018",
        caption("a woman in a long brown cardigan and jeans"),
        wearing("a coat", "contradiction", who="she"),
        color_of("cardigan", "white", "other_garment_color", kind="open"),
        color_of("jeans", "blue", kind="open"),
        describe("cardigan", "it is a long cardigan"),
        details("cardigan", "it has pockets"),
        gender="Women",
        title="Marks & Spencer Women Camel Longline Cardigan",
        category="Sweaters",
        color="Camel Brown",
    ),
    # Photo: flat lay, the grey crew-neck pullover alone on a white surface; no person, no jeans. All texts: base
    # zero-shot.
    case(
        "X1521-019",
        caption("a grey sweater on a white background"),
        wearing("a sweater", who="she"),
        color_of("sweater", "grey", kind="open"),
        color_of("jeans", "blue", "unsupported", kind="open"),
        describe("sweater", "it is a grey sweater made of cotton", "contradiction"),
        details("sweater", "it has a round neck and long sleeves"),
        gender="Women",
        title="Cayman Women Grey Solid Woollen Pullover",
        category="Sweaters",
        color="Grey",
    ),
    # Photo: red-and-black buffalo-check shacket worn open over a black tee, black jeans. All texts: base zero-shot.
    case(
        "X1521-020",
        caption("a woman wearing a red and black plaid shirt"),
        wearing("a plaid shirt", who="she"),
        color_of("jacket", "red and black", kind="open"),
        color_of("jeans", "red and black", "contradiction", kind="open"),
        describe("jacket", "it is a red and black plaid jacket"),
        details(
            "jacket",
            "it has a collar, buttons down the front, two chest pockets with flaps, long sleeves with buttoned cuffs"
            " and a curved hem at the",
            "cut",
            hit_limit=True,
        ),
        title="Campus Sutra Women Red & Black Checked Shacket",
        category="Jackets",
        color="Red",
    ),
    # Photo: white puffer jacket, black leggings, white backdrop. All texts: base zero-shot.
    case(
        "X1521-021",
        caption("a woman in a white puffer jacket and black leggings"),
        wearing("a white jacket and black pants", who="she"),
        color_of("jacket", "white", kind="open"),
        color_of("pants", "white", "contradiction", kind="open"),
        describe("jacket", "the jacket is white and black", "other_garment_color"),
        details("jacket", "the details are white", "non_answer"),
        gender="Women",
        title="Roadster Women White Solid Puffer Jacket",
        category="Jackets",
        color="White",
    ),
    # Photo: black longline shrug with long sleeves over a white tee and blue jeans, side pose. All texts: base
    # zero-shot.
    case(
        "X1521-022",
        caption("a woman wearing a black cardigan over a white t-shirt and jeans"),
        wearing("a black cardigan and jeans", who="she"),
        color_of("shrug", "black", kind="open"),
        color_of("shirt", "white", kind="open"),
        color_of("jeans", "black", "contradiction", kind="open"),
        describe("shrug", "a shrug is a sleeveless jacket that is worn over the shoulders", "unsupported"),
        details("shrug", "the shrug is long"),
        gender="Women",
        title="FabAlley Women Black Solid Longline Shrug",
        category="Shrug",
        color="Black",
    ),
    # Photo: maroon double-breasted overcoat buttoned up, black tights and black ankle boots, a black bag, grey
    # backdrop. No hood. All texts: base zero-shot.
    case(
        "X1521-023",
        caption("a woman wearing a red coat and black boots"),
        wearing("a red coat", who="she"),
        color_of("coat", "red", kind="open"),
        color_of("pants", "red", "contradiction", kind="open"),
        describe("coat", "it is a red coat with black buttons"),
        details("coat", "the coat has a hood", "unsupported"),
        gender="Women",
        title="Athena Women Maroon Solid Double-Breasted Overcoat",
        category="Coats",
        color="Maroon",
    ),
    # Photo: beige open-front cardigan over a black crop top, high-waisted blue jeans. All texts: base zero-shot;
    # the wearing answer runs on into the prompt format until the limit.
    case(
        "X1521-024",
        caption("a woman wearing a beige cardigan and jeans"),
        wearing(
            "a cardigan Question: What is the color of the cardigan? Answer: beige Question: What is the color of the"
            " jeans? Answer: blue Question: What",
            "leak",
            who="she",
            hit_limit=True,
        ),
        color_of("cardigan", "beige", kind="open"),
        color_of("jeans", "blue", kind="open"),
        describe("cardigan", "she is wearing a beige cardigan"),
        details("cardigan", "it's open at the front"),
        gender="Women",
        title="Roadster Women Beige Open Front Cardigan",
        category="Sweaters",
        color="Beige",
    ),
    # Photo: teal crew-neck pullover (no v-neck), grey trousers, the model has a short bob. All texts: base
    # zero-shot.
    case(
        "X1521-025",
        caption("a woman in a green sweater and grey pants"),
        wearing("he is wearing a green sweater", "pronoun", who="she"),
        color_of("sweater", "blue", kind="open"),
        color_of("pants", "grey", kind="open"),
        describe("sweater", "it's a green sweater"),
        details("sweater", "it has a v-neck", "unsupported"),
        gender="Women",
        title="SHOWOFF Women Teal Solid Pullover",
        category="Sweaters",
        color="Teal",
    ),
    # Photo: grey Prince-of-Wales check overcoat, black turtleneck, black trousers, black ankle boots; no bag. All
    # texts: base zero-shot.
    case(
        "X1521-026",
        caption("a woman wearing a grey plaid coat"),
        wearing("a coat", who="she"),
        color_of("coat", "grey", kind="open"),
        color_of("pants", "grey", "contradiction", kind="open"),
        describe(
            "coat",
            "it is a grey and black checkered coat with a black turtleneck sweater and black pants and black boots"
            " and a black purse and a black",
            "cut",
            hit_limit=True,
        ),
        details("coat", "checkered"),
        gender="Women",
        title="Van Heusen Woman Grey Checked Overcoat",
        category="Coats",
        color="Grey",
    ),
    # Photo: back view, black parka with the faux-fur-lined hood up, plain back (no logo), black jeans. All texts:
    # base zero-shot.
    case(
        "X1521-027",
        caption("the back of a woman wearing a black jacket with a fur hood"),
        wearing("a black jacket", who="she"),
        color_of("jacket", "black", kind="open"),
        color_of("jeans", "black", kind="open"),
        describe("jacket", "it is a black jacket with a white logo on the back", "unsupported"),
        details("jacket", "fur hood"),
        gender="Women",
        title="Mast & Harbour Women Black Solid Parka Jacket",
        category="Jackets",
    ),
    # Photo: peach fluffy short shrug over a white sleeveless midi dress; no jeans. All texts: base zero-shot.
    case(
        "X1521-028",
        caption("a woman wearing a white dress and a pink sweater"),
        wearing("a white dress", who="she"),
        color_of("shrug", "white", "other_garment_color", kind="open"),
        color_of("jeans", "white", "unsupported", kind="open"),
        describe("shrug", "it's a shrug", "non_answer"),
        details("shrug", "it's fluffy"),
        gender="Women",
        title="DressBerry Women Peach-Coloured Fuzzy Shrug",
        category="Shrug",
        color="Peach",
    ),
    # Photo: navy cardigan buttoned, gold buttons, a white shirt collar out over it, grey pleated skirt; no jeans.
    # All texts: base zero-shot.
    case(
        "X1521-029",
        caption("a woman in a navy blue cardigan and a grey skirt"),
        wearing("a sweater and a skirt", who="she"),
        color_of("cardigan", "navy blue", kind="open"),
        color_of("shirt", "white", kind="open"),
        color_of("jeans", "grey", "unsupported", kind="open"),
        describe("cardigan", "it is a navy blue cardigan with a white collar"),
        details("cardigan", "the cardigan has a white collar and white buttons", "unsupported"),
        gender="Women",
        title="Harpa Women Navy Blue Self-Design Cardigan",
        category="Sweaters",
        color="Navy Blue",
    ),
    # Photo: black-and-white houndstooth cropped jacket over a black top, black trousers. All texts: base zero-shot.
    case(
        "X1521-030",
        caption("a woman wearing a black and white houndstooth jacket"),
        wearing("a jacket", who="she"),
        color_of("jacket", "black and white", kind="open"),
        color_of("pants", "black and white", "contradiction", kind="open"),
        describe(
            "jacket",
            "it is a black and white and black and white and black and white and black and white and black and"
            " white and black and white and",
            "loop",
            hit_limit=True,
        ),
        details("jacket", "houndstooth"),
        gender="Women",
        title="Vero Moda Women Black & White Houndstooth Cropped Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: maroon cable-knit sweater with a white shirt collar at the neck, blue jeans, the model sits on a wooden
    # stool. All texts: base zero-shot.
    case(
        "X1521-031",
        caption("a woman sitting on a stool wearing a red sweater and jeans"),
        wearing("he is wearing a red sweater", "pronoun", who="she"),
        color_of("sweater", "maroon", kind="open"),
        color_of("jeans", "blue", kind="open"),
        describe("sweater", "it is a maroon sweater with a white collar"),
        details("sweater", "the sweater has a cable knit pattern"),
        gender="Women",
        title="Roadster Women Maroon Cable Knit Sweater",
        category="Sweaters",
        color="Maroon",
    ),
    # Photo: tan suede trucker jacket (plain point collar, no fur), white tee, white jeans. All texts: base
    # zero-shot.
    case(
        "X1521-032",
        caption("a woman wearing a brown jacket and white jeans"),
        wearing("a brown leather jacket", who="she"),
        color_of("jacket", "brown", kind="open"),
        color_of("jeans", "brown", "contradiction", kind="open"),
        describe("jacket", "the jacket is made of suede"),
        details("jacket", "the jacket has a fur collar", "unsupported"),
        gender="Women",
        title="Fort Collins Women Tan Brown Suede Trucker Jacket",
        category="Jackets",
        color="Tan",
    ),
    # Photo: knee-length black puffer coat without a hood, black leggings, a grey knit beanie. All texts: base
    # zero-shot.
    case(
        "X1521-033",
        caption("a woman wearing a long black puffer coat and a hat"),
        wearing("a black coat and a hat", who="she"),
        color_of("coat", "black", kind="open"),
        color_of("pants", "black", kind="open"),
        describe("coat", "black"),
        details("coat", "it has a fur hood", "unsupported"),
        gender="Women",
        title="Sera Women Black Longline Puffer Coat",
        category="Coats",
        color="Black",
    ),
    # Photo: bottle-green pullover, dark indigo jeans, warm dim studio light; the green is still clearly green. All
    # texts: base zero-shot.
    case(
        "X1521-034",
        caption("a woman wearing a black sweater and jeans", "contradiction"),
        wearing("a green sweater and jeans", who="she"),
        color_of("sweater", "green", kind="open"),
        color_of("jeans", "blue", kind="open"),
        describe("sweater", "it's a sweater", "non_answer"),
        details("sweater", "the details of the sweater are the sweater details", "restated"),
        gender="Women",
        title="ONLY Women Green Solid Pullover",
        category="Sweaters",
        color="Green",
    ),
    # Photo: grey melange hooded longline shrug, open, over a black tank and black leggings. All texts: base
    # zero-shot.
    case(
        "X1521-035",
        caption("a woman wearing a grey hooded cardigan and black leggings"),
        wearing("a grey hoodie and black leggings", "contradiction", who="she"),
        color_of("shrug", "grey", kind="open"),
        kind_color("shrug")("black", "other_garment_color"),
        color_of("pants", "black", kind="open"),
        describe("shrug", "it is a grey shrug with a hood"),
        details("shrug", "hood"),
        gender="Women",
        title="Kassually Women Grey Melange Hooded Longline Shrug",
        category="Shrug",
        color="Grey Melange",
    ),
    # Photo: off-white teddy faux-fur jacket over a black bodycon dress; no jeans. All texts: base zero-shot.
    case(
        "X1521-036",
        caption("a woman in a white fur coat and a black dress"),
        wearing("a fur coat", who="she"),
        color_of("jacket", "white", kind="open"),
        color_of("jeans", "black", "unsupported", kind="open"),
        describe("jacket", "it's a white fur jacket"),
        details("jacket", "the jacket is made of real fur", "contradiction"),
        gender="Women",
        title="Tokyo Talkies Women Off-White Faux Fur Jacket",
        category="Jackets",
        color="Off White",
    ),
    # Photo: olive utility jacket with four flap pockets, black cargo pants, boots; the model has a close crop.
    # All texts: base zero-shot.
    case(
        "X1521-037",
        caption("a man wearing a green jacket and black pants", "pronoun"),
        wearing("a green jacket and black pants", who="she"),
        color_of("jacket", "green", kind="open"),
        color_of("pants", "green", "contradiction", kind="open"),
        describe("jacket", "it's a military jacket"),
        details("jacket", "four pockets"),
        title="Roadster Women Olive Green Utility Jacket",
        category="Jackets",
        color="Olive",
    ),
    # Photo: cream pointelle cardigan with pearl buttons, buttoned and tucked into light-blue jeans. All texts: base
    # zero-shot.
    case(
        "X1521-038",
        caption("a woman wearing a white sweater and jeans"),
        wearing("a white sweater and blue jeans", who="she"),
        color_of("cardigan", "white", kind="open"),
        color_of("jeans", "white", "contradiction", kind="open"),
        describe("cardigan", "it is a white cardigan with pearl buttons"),
        details("cardigan", "the cardigan has small holes in it"),
        gender="Women",
        title="Mango Women Cream-Coloured Pointelle Cardigan",
        color="Cream",
    ),
    # Photo: black knee-length kimono shrug, wide sleeves, a large pink-and-white floral print with green leaves,
    # worn open over a white tee and blue jeans. All texts: base zero-shot.
    case(
        "X1521-039",
        caption("a woman wearing a black floral kimono over a white t-shirt and jeans"),
        wearing("a floral dress", "contradiction", who="she"),
        color_of("shrug", "black", kind="open"),
        color_of("jeans", "blue", kind="open"),
        describe("shrug", "it is a black and pink floral print shrug"),
        details(
            "shrug",
            "the flowers are pink and white and the leaves are green and the background is black and the sleeves are"
            " wide and the length is",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Sassafras Women Black Floral Printed Kimono Shrug",
        category="Shrug",
        color="Black",
    ),
    # Photo: red longline belted coat over a white sweater, white trousers, beige backdrop. All texts: base
    # zero-shot.
    case(
        "X1521-040",
        caption("a woman in a red coat and white pants"),
        wearing("a red coat and white pants", who="she"),
        color_of("coat", "red", kind="open"),
        kind_color("coat")("white", "other_garment_color"),
        color_of("pants", "white", kind="open"),
        describe("coat", "it is a long red coat with a white sweater underneath"),
        details("coat", "the coat has a belt"),
        gender="Women",
        title="Athena Women Red Solid Longline Belted Coat",
        category="Coats",
        color="Red",
    ),
    # Photo: grey self-design pullover (a knit motif on the front), black trousers. All texts: base zero-shot; the
    # pants answer runs on into the prompt format.
    case(
        "X1521-041",
        caption("a woman wearing a grey sweater and black pants"),
        wearing("a grey sweater and grey pants", "contradiction", who="she"),
        color_of("sweater", "grey", kind="open"),
        color_of(
            "pants",
            "grey Question: What is the color of the shirt? Answer: grey Question: What is the color of the jeans?"
            " Answer: grey",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        describe("sweater", "the sweater is grey"),
        details("sweater", "the sweater has a pattern on the front"),
        gender="Women",
        title="DressBerry Women Grey Self-Design Pullover",
        category="Sweaters",
        color="Grey",
    ),
    # Photo: black hooded puffer jacket (fixed hood), mid-blue jeans. All texts: base zero-shot.
    case(
        "X1521-042",
        caption("a woman in a black puffer jacket"),
        wearing("a jacket", who="she"),
        color_of("jacket", "black", kind="open"),
        color_of("jeans", "black", "contradiction", kind="open"),
        describe(
            "jacket",
            "this is a black puffer jacket with a hood. it has a zipper in the front and two pockets on the side."
            " the hood is",
            "cut",
            hit_limit=True,
        ),
        details("jacket", "hood"),
        gender="Women",
        title="Pepe Jeans Women Black Solid Hooded Puffer Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: khaki trench coat on a wooden hanger against a white wall; no person, no jeans. All texts: base
    # zero-shot.
    case(
        "X1521-043",
        caption("a trench coat hanging on a wall"),
        wearing("a trench coat", who="she"),
        color_of("coat", "beige", kind="open"),
        color_of("jeans", "blue", "unsupported", kind="open"),
        describe("coat", "describe the coat", "restated"),
        details("coat", "the coat has a belt, buttons, and a collar"),
        title="Vero Moda Women Khaki Solid Trench Coat",
        category="Coats",
        color="Khaki",
    ),
    # Photo: baby-pink ribbed cardigan, open, over a white tank top, grey trousers. All texts: base zero-shot.
    case(
        "X1521-044",
        caption("a woman wearing a pink cardigan and grey pants"),
        wearing("a pink sweater", who="she"),
        color_of("cardigan", "pink", kind="open"),
        kind_color("cardigan")("white", "other_garment_color"),
        color_of("pants", "pink", "contradiction", kind="open"),
        describe("cardigan", "it is a pink cardigan with a white tank top"),
        details("cardigan", "", "non_answer"),
        gender="Women",
        title="ONLY Women Pink Ribbed Cardigan",
        category="Sweaters",
        color="Pink",
    ),
    # Photo: fair-isle sweater, navy body with a red-and-white snowflake yoke (no reindeer), blue jeans, standing
    # beside a decorated Christmas tree. All texts: base zero-shot.
    case(
        "X1521-045",
        caption("a woman wearing a christmas sweater standing next to a christmas tree"),
        wearing("a christmas sweater", who="she"),
        color_of("sweater", "blue", kind="open"),
        color_of("jeans", "blue", kind="open"),
        describe("sweater", "it's a christmas sweater with reindeer on it", "unsupported"),
        details("sweater", "snowflakes"),
        gender="Women",
        title="Monte Carlo Women Multicoloured Fair Isle Sweater",
        category="Sweaters",
        color="Multi",
    ),
]
