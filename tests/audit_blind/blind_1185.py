"""BLIND_1185 (45 products; Myntra women's winterwear worn layered, base model zero-shot): written blind in the sixty-
first session. Measured blind at ac865f6 (the session's fourth rules): 53/66 failures found (80.3%) and 15/203
correct texts flagged (7.4%). The writer's notes, verbatim:

Scenario: a Myntra women's winterwear feed (article types Sweaters, which on Myntra also holds the cardigans, Shrug,
Coats, Jackets), base colours as Myntra names them (Navy Blue, Grey Melange, Camel Brown, Off White...), gender
Women. Most photos are a model on a plain white or grey backdrop wearing the product over or with other clothes (a
white tee, a shirt whose collar shows, a turtleneck, a dress, jeans, trousers), a few back views, two flat lays
(one with a mug and sunglasses as props) and one model holding a coffee cup. The feed leaves a column out now and
then (two products without colour, one without article type, one without gender).
Who wrote what: every text is Salesforce/blip2-opt-2.7b, untuned, zero-shot, greedy: the caption with no prompt
(50 new tokens at most), then the experiments' questionnaire in the `Question: ... Answer:` format (30 new tokens
at most): "What is she wearing?", "What is the color of the <garment>?", "Describe the <garment>.", "What are the
<garment> details?", with <garment> the feed's kind (sweater, cardigan, shrug, coat, jacket), plus "What is the
color of the jeans/pants?" where the lower garment shows, and on some products the VQA data's "Is this a
<garment>?". Colors are free generation, so stored open.
Labeling conventions and judgement calls: the base model answers short and mostly stops, so loops and cuts are
rarer than with the adapters (four loops, two cuts, all at the 30-token limit); the main failure of this feed is
the layering: the product's color question answered with the inner top's or the dress's color, and the jeans'
color answered with the product's color (both other_garment_color), a pattern or collar of the inner garment given
as the product's (contradiction for a pattern, unsupported for a collar or hood that belongs to the layer beneath).
Color names: rust->orange, maroon/burgundy->red, teal->green or blue, peach/mauve->pink, lavender->purple,
khaki->beige, camel->brown, off white/cream->white count as right; navy or charcoal called "black" is wrong
(contradiction, against the seller and the photo, where the hue is visible), maroon called "purple" is wrong. A
shrug called a cardigan, a hooded shrug called a hoodie, a shacket called a shirt, a teddy jacket called a fur
coat are right by the photo; "no" to "Is this a shrug/jacket?" when the title says so is a contradiction, and a
shrug described as a "crop top" (the inner top) is a contradiction. "What is she wearing?" on a flat lay answered
with the product is right; an answer naming only the inner garment or the dress is right (true, incomplete). The
pants question answered with the color of a skirt is right. A generic definition or the question's words back
("it is a shrug", "it's a puffer jacket" for the details) is non_answer; "the sweater details are the details of
the sweater" is restated. Invented hoods, fur, belts, materials the title does not give, buttons on an unseen
back are unsupported; "made of wool" where the title says pure wool is right, "real fur" where it says faux fur is
unsupported. "He"/"a man" for a short-haired woman model is pronoun. A leak is an answer that runs on into the
next "Question: ... Answer:".
"""

from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

SHE = "she"

BLIND_1185 = [
    # Model on white backdrop: mustard crew-neck pullover (no collar) with ribbed cuffs, light blue jeans, white
    # sneakers. All texts: BLIP-2 OPT-2.7b base, zero-shot; a collar invented.
    case(
        "X1185-001",
        caption("a woman in a yellow sweater and jeans"),
        wearing("a yellow sweater and jeans", who=SHE),
        color_of("sweater", "yellow", kind="open"),
        color_of("jeans", "blue", kind="open"),
        describe("sweater", "it is a yellow sweater with a white collar", "unsupported"),
        details("sweater", "ribbed"),
        gender="Women",
        title="Roadster Women Mustard Yellow Solid Pullover",
        category="Sweaters",
        color="Mustard",
    ),
    # Model: open black button cardigan over a white tee, blue jeans. Base zero-shot; the color answer takes the tee.
    case(
        "X1185-002",
        caption("a woman wearing a black cardigan and white t-shirt"),
        wearing("a black cardigan", who=SHE),
        color_of("cardigan", "white", "other_garment_color", kind="open"),
        color_of("jeans", "blue", kind="open"),
        describe("cardigan", "a black cardigan with a white shirt"),
        details("cardigan", "buttons"),
        gender="Women",
        title="Vero Moda Women Black Solid Cardigan",
        category="Sweaters",
        color="Black",
    ),
    # Model: pink cable-knit pullover, cream wide-leg trousers, grey backdrop. Base zero-shot; pants given the pink.
    case(
        "X1185-003",
        caption("a woman in a pink sweater and white pants"),
        wearing("a pink sweater", who=SHE),
        color_of("sweater", "pink", kind="open"),
        color_of("pants", "pink", "other_garment_color", kind="open"),
        describe("sweater", "a pink sweater with a cable knit pattern"),
        details("sweater", "cable knit"),
        gender="Women",
        title="DressBerry Women Pink Cable Knit Pullover Sweater",
        category="Sweaters",
        color="Pink",
    ),
    # Model: olive padded puffer jacket zipped up, stand collar, no hood; black jeans; grey backdrop. Base zero-shot.
    case(
        "X1185-004",
        caption("a woman in a green puffer jacket"),
        wearing("a green jacket", who=SHE),
        color_of("jacket", "green", kind="open"),
        color_of("jeans", "black", kind="open"),
        describe("jacket", "it is a puffer jacket"),
        details("jacket", "it has a hood and a zipper", "unsupported"),
        gender="Women",
        title="Mast & Harbour Women Olive Green Solid Padded Jacket",
        category="Jackets",
        color="Olive",
    ),
    # Back view: model facing away in a black parka, faux-fur trimmed hood up, blue jeans, boots. Base zero-shot.
    case(
        "X1185-005",
        caption("the back of a woman wearing a black jacket with a fur hood"),
        wearing("a black jacket", who=SHE),
        color_of("jacket", "black", kind="open"),
        describe("jacket", "a black parka with a fur hood"),
        details("jacket", "the hood"),
        is_a("jacket", "yes"),
        gender="Women",
        title="HERE&NOW Women Black Solid Parka Jacket",
        category="Jackets",
        color="Black",
    ),
    # Model: camel single-breasted longline coat worn open, no belt, over a black turtleneck and black trousers.
    # Base zero-shot: the coat given the black of the clothes beneath; a belt invented.
    case(
        "X1185-006",
        caption("a woman in a brown coat and black pants"),
        wearing("a coat", who=SHE),
        color_of("coat", "black", "other_garment_color", kind="open"),
        color_of("pants", "black", kind="open"),
        describe("coat", "it is a long coat with a belt", "unsupported"),
        details("coat", "buttons"),
        gender="Women",
        title="Tokyo Talkies Women Camel Brown Solid Overcoat",
        category="Coats",
        color="Camel Brown",
    ),
    # Model: beige open-front longline knit shrug over a white tank top, black jeans. Base zero-shot.
    case(
        "X1185-007",
        caption("a woman wearing a beige cardigan and black jeans"),
        wearing("a white top and a beige cardigan", who=SHE),
        color_of("shrug", "white", "other_garment_color", kind="open"),
        color_of("jeans", "black", kind="open"),
        describe("shrug", "a shrug is a long sleeve cardigan", "non_answer"),
        is_a("shrug", "no", "contradiction"),
        gender="Women",
        title="Sassafras Women Beige Longline Shrug",
        category="Shrug",
        color="Beige",
    ),
    # Model: navy self-design button cardigan, buttoned, a white shirt collar out at the neck, grey trousers. Base
    # zero-shot; the shirt's collar given to the cardigan.
    case(
        "X1185-008",
        caption("a woman wearing a navy cardigan and grey pants"),
        wearing("a blue sweater", who=SHE),
        color_of("cardigan", "navy", kind="open"),
        color_of("pants", "grey", kind="open"),
        describe("cardigan", "a navy blue cardigan with buttons"),
        details("cardigan", "the cardigan has a white collar", "unsupported"),
        gender="Women",
        title="ONLY Women Navy Blue Self Design Cardigan",
        category="Sweaters",
        color="Navy Blue",
    ),
    # Flat lay: grey melange button cardigan laid out on a white surface, no model. Base zero-shot; jeans invented.
    case(
        "X1185-009",
        caption("a grey cardigan on a white background"),
        wearing("a grey sweater and jeans", "unsupported", who=SHE),
        color_of("cardigan", "grey", kind="open"),
        describe("cardigan", "it is a grey cardigan with buttons"),
        details("cardigan", "buttons"),
        is_a("cardigan", "yes"),
        gender="Women",
        title="Marks & Spencer Women Grey Melange Solid Cardigan",
        category="Sweaters",
        color="Grey Melange",
    ),
    # Model: dark navy quilted jacket zipped, blue jeans; the navy is plain to see next to the jeans. Base zero-shot
    # calls it black throughout.
    case(
        "X1185-010",
        caption("a woman wearing a black jacket and jeans", "contradiction"),
        wearing("a black jacket", "contradiction", who=SHE),
        color_of("jacket", "black", "contradiction", kind="open"),
        color_of("jeans", "blue", kind="open"),
        describe("jacket", "a quilted jacket with a zipper"),
        details("jacket", "quilted"),
        gender="Women",
        title="Fort Collins Women Navy Blue Solid Quilted Jacket",
        category="Jackets",
        color="Navy Blue",
    ),
    # Model: maroon self-design (textured knit) pullover, black trousers. Base zero-shot; wool invented (acrylic).
    case(
        "X1185-011",
        caption("a woman wearing a red sweater and black pants"),
        wearing("she is wearing a red sweater", who=SHE),
        color_of("sweater", "purple", "contradiction", kind="open"),
        color_of("pants", "black", kind="open"),
        describe("sweater", "a red sweater with a pattern on it"),
        details("sweater", "the sweater is made of wool", "unsupported"),
        gender="Women",
        title="Monte Carlo Women Maroon Self Design Pullover",
        category="Sweaters",
        color="Maroon",
    ),
    # Model: light-blue washed denim jacket over a white tee, black skinny jeans. Base zero-shot; jeans given the blue.
    case(
        "X1185-012",
        caption("a woman in a denim jacket and black jeans"),
        wearing("a denim jacket", who=SHE),
        color_of("jacket", "blue", kind="open"),
        color_of("jeans", "blue", "other_garment_color", kind="open"),
        describe("jacket", "it is a denim jacket"),
        details("jacket", "the buttons"),
        gender="Women",
        title="Levis Women Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
    ),
    # Model: short black cropped shrug over a red floral midi dress. Base zero-shot; the dress's color and print given
    # to the shrug.
    case(
        "X1185-013",
        caption("a woman in a red floral dress and black cardigan"),
        wearing("a red dress", who=SHE),
        color_of("shrug", "red", "other_garment_color", kind="open"),
        describe("shrug", "it is a shrug", "non_answer"),
        details("shrug", "floral", "contradiction"),
        is_a("shrug", "yes"),
        gender="Women",
        title="Harpa Women Black Solid Cropped Shrug",
        category="Shrug",
        color="Black",
    ),
    # Model: long black coat buttoned, black tights, ankle boots, holding a brown handbag. Base zero-shot; the details
    # answer loops to the limit.
    case(
        "X1185-014",
        caption("a woman in a black coat holding a brown bag"),
        wearing("a black coat", who=SHE),
        color_of("coat", "black", kind="open"),
        describe("coat", "a long black coat"),
        details(
            "coat",
            "the coat has a belt, a collar, and a pocket, and a belt, and a collar, and a pocket, and a belt, and a",
            "loop",
            hit_limit=True,
        ),
        is_a("coat", "yes"),
        gender="Women",
        title="AND Women Black Solid Longline Coat",
        category="Coats",
        color="Black",
    ),
    # Model: red crew-neck pullover, blue jeans. Base zero-shot; "he" for the woman, jeans given the red.
    case(
        "X1185-015",
        caption("a woman wearing a red sweater and blue jeans"),
        wearing("he is wearing a red sweater", "pronoun", who=SHE),
        color_of("sweater", "red", kind="open"),
        color_of("jeans", "red", "other_garment_color", kind="open"),
        describe("sweater", "a red sweater"),
        details("sweater", "long sleeves"),
        gender="Women",
        title="United Colors of Benetton Women Red Solid Pullover",
        category="Sweaters",
        color="Red",
    ),
    # Model: peach open shrug over a white top, blue jeans. Base zero-shot; describe runs on into the next question.
    case(
        "X1185-016",
        caption("a woman wearing a pink cardigan and jeans"),
        wearing("a pink sweater and jeans", who=SHE),
        color_of("shrug", "pink", kind="open"),
        color_of("jeans", "blue", kind="open"),
        describe("shrug", "it's a shrug Question: What are the shrug details? Answer: it's a shrug", "leak"),
        details("shrug", "it's a shrug", "non_answer"),
        gender="Women",
        title="StyleStone Women Peach-Coloured Solid Open Front Shrug",
        category="Shrug",
        color="Peach",
    ),
    # Model: rust coat worn open over a cream roll-neck sweater, brown trousers. Base zero-shot; coat given the cream.
    case(
        "X1185-017",
        caption("a woman wearing an orange coat"),
        wearing("an orange coat and a white sweater", who=SHE),
        color_of("coat", "white", "other_garment_color", kind="open"),
        describe("coat", "the coat is orange"),
        details("coat", "the coat has a collar"),
        gender="Women",
        title="Cover Story Women Rust Solid Overcoat",
        category="Coats",
        color="Rust",
    ),
    # Model with a short crop: black faux-leather biker jacket, asymmetric zip, white tee, blue jeans. Base zero-shot;
    # "a man" for the woman; the details answer names only the garment.
    case(
        "X1185-018",
        caption("a man in a black leather jacket and jeans", "pronoun"),
        wearing("a leather jacket", who=SHE),
        color_of("jacket", "black", kind="open"),
        color_of("jeans", "blue", kind="open"),
        describe("jacket", "a black leather jacket with zippers"),
        details("jacket", "the jacket", "non_answer"),
        gender="Women",
        title="Roadster Women Black Faux Leather Biker Jacket",
        category="Jackets",
        color="Black",
    ),
    # Model: grey melange ribbed turtleneck pullover tucked into a black midi skirt. Base zero-shot; the pants
    # question answered with the skirt's black (kept as right).
    case(
        "X1185-019",
        caption("a woman wearing a grey sweater and black skirt"),
        wearing("a grey sweater and black skirt", who=SHE),
        color_of("sweater", "grey", kind="open"),
        color_of("pants", "black", kind="open"),
        describe("sweater", "a grey turtleneck sweater"),
        details("sweater", "the sweater details are the details of the sweater", "restated"),
        gender="Women",
        title="MANGO Women Grey Melange Ribbed Turtleneck Pullover",
        category="Sweaters",
        color="Grey Melange",
    ),
    # Model: off-white chunky cable-knit cardigan open over a black top, blue jeans. Base zero-shot.
    case(
        "X1185-020",
        caption("a woman in a white sweater and jeans"),
        wearing("a white sweater", who=SHE),
        color_of("cardigan", "black", "other_garment_color", kind="open"),
        color_of("jeans", "blue", kind="open"),
        describe("cardigan", "it's a white cardigan with a cable knit pattern"),
        details(
            "cardigan",
            "the cardigan has a cable knit pattern and a cable knit pattern and a cable knit pattern and a cable knit"
            " pattern and a",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Vero Moda Women Off White Cable Knit Cardigan",
        category="Sweaters",
        color="Off White",
    ),
    # Model: maroon hooded puffer jacket, plain hood with no fur, black leggings, grey backdrop. Base zero-shot.
    case(
        "X1185-021",
        caption("a woman in a red puffer jacket"),
        wearing("a red jacket", who=SHE),
        color_of("jacket", "red", kind="open"),
        describe("jacket", "it is a puffer jacket with a hood"),
        details("jacket", "the hood has fur", "unsupported"),
        is_a("jacket", "yes"),
        gender="Women",
        title="Duke Women Maroon Solid Hooded Padded Jacket",
        category="Jackets",
        color="Maroon",
    ),
    # Model: lavender cropped open shrug with puff sleeves over a white crop top, high-waist blue jeans. Base
    # zero-shot; the shrug given the top's white, and called a crop top.
    case(
        "X1185-022",
        caption("a woman wearing a purple top and jeans"),
        wearing("a purple sweater and jeans", who=SHE),
        color_of("shrug", "white", "other_garment_color", kind="open"),
        color_of("jeans", "blue", kind="open"),
        describe("shrug", "it's a crop top", "contradiction"),
        details("shrug", "puffed sleeves"),
        gender="Women",
        title="Tokyo Talkies Women Lavender Solid Crop Shrug",
        category="Shrug",
        color="Lavender",
    ),
    # Model: charcoal grey double-breasted coat buttoned, black trousers, white sneakers. Base zero-shot; the caption
    # and the wearing answer call it black, the color answer gets it right.
    case(
        "X1185-023",
        caption("a woman wearing a black coat and white sneakers", "contradiction"),
        wearing("a black coat", "contradiction", who=SHE),
        color_of("coat", "grey", kind="open"),
        color_of("pants", "black", kind="open"),
        describe("coat", "a double breasted coat"),
        details("coat", "buttons"),
        gender="Women",
        title="Marks & Spencer Women Charcoal Grey Solid Double-Breasted Overcoat",
        category="Coats",
        color="Charcoal",
    ),
    # Back view: model facing away in a white self-design crew-neck pullover (no hood), blue jeans. Base zero-shot.
    case(
        "X1185-024",
        caption("the back of a woman in a white sweater and jeans"),
        wearing("a white sweater and jeans", who=SHE),
        color_of("sweater", "white", kind="open"),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        describe("sweater", "it's a white sweater with a hood", "unsupported"),
        details("sweater", "it's a white sweater", "non_answer"),
        gender="Women",
        title="Kanvin Women White Self Design Pullover",
        category="Sweaters",
        color="White",
    ),
    # Model: black-and-white striped button cardigan over a black top, black jeans. Base zero-shot, all right.
    case(
        "X1185-025",
        caption("a woman wearing a black and white striped cardigan"),
        wearing("a striped sweater", who=SHE),
        color_of("cardigan", "black and white", kind="open"),
        color_of("jeans", "black", kind="open"),
        describe("cardigan", "a black and white striped cardigan"),
        details("cardigan", "stripes"),
        gender="Women",
        title="Harpa Women Black & White Striped Cardigan",
        category="Sweaters",
        color="Black",
    ),
    # Model: khaki belted trench coat over a white shirt, blue jeans, holding a paper coffee cup. Base zero-shot.
    case(
        "X1185-026",
        caption("a woman in a trench coat holding a cup of coffee"),
        wearing("a trench coat", who=SHE),
        color_of("coat", "beige", kind="open"),
        describe(
            "coat",
            "it is a trench coat with a belt and a collar and a belt and a collar and a belt and a collar and a belt",
            "loop",
            hit_limit=True,
        ),
        details("coat", "the belt"),
        is_a("coat", "yes"),
        gender="Women",
        title="Mast & Harbour Women Khaki Solid Trench Coat",
        category="Coats",
        color="Khaki",
    ),
    # Model with a short crop: green bomber jacket with a zip pocket on the sleeve, black tee, black jeans. Base
    # zero-shot; "a man" for the woman, jeans given the green.
    case(
        "X1185-027",
        caption("a man wearing a green bomber jacket", "pronoun"),
        wearing("a green jacket and black pants", who=SHE),
        color_of("jacket", "green", kind="open"),
        color_of("jeans", "green", "other_garment_color", kind="open"),
        describe("jacket", "a bomber jacket"),
        details("jacket", "the jacket has a zipper and a pocket on the sleeve"),
        gender="Women",
        title="Campus Sutra Women Green Solid Bomber Jacket",
        category="Jackets",
        color="Green",
    ),
    # Model: cream open-knit crochet shrug over a black slip dress. Base zero-shot; cotton invented (acrylic).
    case(
        "X1185-028",
        caption("a woman wearing a white crochet cardigan over a black dress"),
        wearing("a black dress", who=SHE),
        color_of("shrug", "black", "other_garment_color", kind="open"),
        describe("shrug", "it is a crochet sweater"),
        details("shrug", "the shrug is made of cotton", "unsupported"),
        is_a("shrug", "yes"),
        gender="Women",
        title="Sassafras Women Cream-Coloured Open Knit Shrug",
        category="Shrug",
        color="Cream",
    ),
    # Model: burgundy faux-fur (teddy) jacket, white turtleneck, blue jeans. Base zero-shot; describe cut at the
    # limit; "real fur" against the title's faux fur. The feed has no colour for this one.
    case(
        "X1185-029",
        caption("a woman in a red fur coat and jeans"),
        wearing("a fur coat", who=SHE),
        color_of("jacket", "red", kind="open"),
        color_of("jeans", "blue", kind="open"),
        describe(
            "jacket",
            "it's a fur coat with a collar and two pockets on the front and the sleeves are long and the coat is very"
            " soft and warm and",
            "cut",
            hit_limit=True,
        ),
        details("jacket", "the jacket is made of real fur", "unsupported"),
        gender="Women",
        title="DressBerry Women Burgundy Solid Faux Fur Jacket",
        category="Jackets",
    ),
    # Model: long black open cardigan over a black-and-white breton striped tee, blue jeans. Base zero-shot; the tee's
    # stripes and colors given to the cardigan.
    case(
        "X1185-030",
        caption("a woman wearing a black cardigan and a striped shirt"),
        wearing("a black and white striped shirt", who=SHE),
        color_of("cardigan", "black and white", "other_garment_color", kind="open"),
        color_of("jeans", "blue", kind="open"),
        describe("cardigan", "a long black cardigan"),
        details("cardigan", "stripes", "contradiction"),
        gender="Women",
        title="ONLY Women Black Solid Longline Cardigan",
        category="Sweaters",
        color="Black",
    ),
    # Model: pink cropped puffer jacket (no hood) over a white hoodie with its hood out, grey joggers. Base zero-shot;
    # the hoodie's hood given to the jacket.
    case(
        "X1185-031",
        caption("a woman wearing a pink puffer jacket and white hoodie"),
        wearing("a pink jacket", who=SHE),
        color_of("jacket", "pink", kind="open"),
        color_of("pants", "pink", "other_garment_color", kind="open"),
        describe("jacket", "it is a pink puffer jacket with a hood", "unsupported"),
        details("jacket", "it's a puffer jacket", "non_answer"),
        gender="Women",
        title="HERE&NOW Women Pink Solid Cropped Puffer Jacket",
        category="Jackets",
        color="Pink",
    ),
    # Model: teal v-neck pullover over a white shirt with its collar out, grey trousers. Base zero-shot.
    case(
        "X1185-032",
        caption("a woman wearing a green sweater and grey pants"),
        wearing("a blue sweater and a white shirt", who=SHE),
        color_of("sweater", "blue", kind="open"),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        describe("sweater", "a v neck sweater"),
        details("sweater", "v-neck"),
        gender="Women",
        title="Marks & Spencer Women Teal Solid V-Neck Pullover",
        category="Sweaters",
        color="Teal",
    ),
    # Model: coffee-brown teddy longline coat (no hood), black turtleneck, black trousers. Base zero-shot.
    case(
        "X1185-033",
        caption("a woman in a brown coat"),
        wearing("a brown coat and black pants", who=SHE),
        color_of("coat", "brown", kind="open"),
        color_of("pants", "black", kind="open"),
        describe("coat", "the coat is a teddy bear coat"),
        details("coat", "the coat is made of wool and has a hood", "unsupported"),
        gender="Women",
        title="Tokyo Talkies Women Coffee Brown Solid Teddy Longline Coat",
        category="Coats",
        color="Coffee Brown",
    ),
    # Model: grey pure-wool crew-neck pullover over a white collared shirt, blue jeans. Base zero-shot; "wool" is the
    # title's; the collar is the shirt's.
    case(
        "X1185-034",
        caption("a woman wearing a grey sweater and jeans"),
        wearing("a gray sweater", who=SHE),
        color_of("sweater", "grey", kind="open"),
        color_of("jeans", "blue", kind="open"),
        describe("sweater", "a wool sweater"),
        details("sweater", "the sweater has a collar", "unsupported"),
        gender="Women",
        title="Cayman Women Grey Solid Pure Wool Pullover",
        category="Sweaters",
        color="Grey",
    ),
    # Model: mauve waterfall (draped front) shrug over a black tank top, black trousers. Base zero-shot.
    case(
        "X1185-035",
        caption("a woman wearing a purple cardigan"),
        wearing("a pink sweater", who=SHE),
        color_of("shrug", "purple", kind="open"),
        describe(
            "shrug",
            "a purple cardigan with a draped front and a draped front and a draped front and a draped front and a",
            "loop",
            hit_limit=True,
        ),
        details("shrug", "the sleeves are long"),
        is_a("shrug", "no", "contradiction"),
        gender="Women",
        title="Harpa Women Mauve Solid Waterfall Shrug",
        category="Shrug",
        color="Mauve",
    ),
    # Model: olive parka worn open, fur-trimmed hood down, drawstring waist, over a grey sweater, black jeans. Base
    # zero-shot; the color answer takes the sweater beneath.
    case(
        "X1185-036",
        caption("a woman wearing a green jacket with a fur hood"),
        wearing("a green jacket", who=SHE),
        color_of("jacket", "grey", "other_garment_color", kind="open"),
        color_of("jeans", "black", kind="open"),
        describe("jacket", "it's a parka"),
        details("jacket", "the hood has fur"),
        gender="Women",
        title="Woodland Women Olive Green Solid Hooded Parka Jacket",
        category="Jackets",
        color="Olive",
    ),
    # Back view: model walking away in a camel double-breasted overcoat, black trousers. Base zero-shot; the buttons
    # are the title's (double-breasted), not seen.
    case(
        "X1185-037",
        caption("a woman in a brown coat walking away"),
        wearing("a brown coat", who=SHE),
        color_of("coat", "brown", kind="open"),
        describe("coat", "it's a long coat with buttons on the front"),
        details("coat", "the back of the coat", "non_answer"),
        is_a("coat", "yes"),
        gender="Women",
        title="MANGO Women Camel Brown Solid Double-Breasted Overcoat",
        category="Coats",
        color="Camel Brown",
    ),
    # Model: navy hooded puffer jacket, white sweater, white trousers. Base zero-shot; the color answer runs on into
    # the pants question.
    case(
        "X1185-038",
        caption("a woman in a blue puffer jacket and white pants"),
        wearing("a blue jacket and white pants", who=SHE),
        color_of("jacket", "blue Question: What is the color of the pants? Answer: white", "leak", kind="open"),
        color_of("pants", "white", kind="open"),
        describe("jacket", "a blue puffer jacket with a hood"),
        details("jacket", "zipper"),
        gender="Women",
        title="Pepe Jeans Women Navy Blue Solid Hooded Puffer Jacket",
        category="Jackets",
        color="Navy Blue",
    ),
    # Model: rust button cardigan, buttoned and worn as a top, tucked into blue jeans; front view only. Base zero-shot.
    case(
        "X1185-039",
        caption("a woman wearing an orange sweater and jeans"),
        wearing("a brown sweater and jeans", who=SHE),
        color_of("cardigan", "orange", kind="open"),
        color_of("jeans", "blue", kind="open"),
        describe("cardigan", "a sweater with buttons"),
        details("cardigan", "it has buttons on the front and on the back", "unsupported"),
        gender="Women",
        title="Roadster Women Rust Solid Cardigan",
        category="Sweaters",
        color="Rust",
    ),
    # Model: black kimono shrug with a large pink floral print, over a black top, black jeans. Base zero-shot, all
    # right. The feed has no article type for this one.
    case(
        "X1185-040",
        caption("a woman wearing a floral kimono"),
        wearing("a kimono", who=SHE),
        color_of("shrug", "black", kind="open"),
        describe("shrug", "it is a floral kimono"),
        details("shrug", "flowers"),
        is_a("shrug", "yes"),
        gender="Women",
        title="FabAlley Women Black Floral Printed Kimono Shrug",
        color="Black",
    ),
    # Model: grey melange hooded open-front shrug over a black tee, blue jeans. Base zero-shot; describe leaks the
    # next question; jeans given the grey.
    case(
        "X1185-041",
        caption("a woman wearing a grey hoodie and jeans"),
        wearing("a grey hoodie", who=SHE),
        color_of("shrug", "grey", kind="open"),
        color_of("jeans", "grey", "other_garment_color", kind="open"),
        describe(
            "shrug", "it's a grey shrug with a hood. Question: Describe the jeans. Answer: they are blue jeans", "leak"
        ),
        details("shrug", "the hood"),
        gender="Women",
        title="StyleStone Women Grey Melange Solid Hooded Shrug",
        category="Shrug",
        color="Grey Melange",
    ),
    # Model: red quilted jacket over a black turtleneck, black trousers. Base zero-shot; the describe answer gives the
    # jacket the turtleneck's black.
    case(
        "X1185-042",
        caption("a woman in a red jacket and black pants"),
        wearing("a red jacket", who=SHE),
        color_of("jacket", "red", kind="open"),
        color_of("pants", "black", kind="open"),
        describe("jacket", "the jacket is red and black", "other_garment_color"),
        details("jacket", "quilted"),
        title="U.S. Polo Assn. Women Red Solid Quilted Jacket",
        category="Jackets",
        color="Red",
    ),
    # Model: pink longline coat, notch collar, no belt, side pockets, open over a white tee, blue jeans. Base
    # zero-shot; describe cut at the limit.
    case(
        "X1185-043",
        caption("a woman in a pink coat and jeans"),
        wearing("a pink coat and a white t-shirt", who=SHE),
        color_of("coat", "pink", kind="open"),
        color_of("jeans", "blue", kind="open"),
        describe(
            "coat",
            "it is a long pink coat with a collar and a belt at the waist and pockets on the side and a slit at the"
            " back and",
            "cut",
            hit_limit=True,
        ),
        details("coat", "pockets"),
        gender="Women",
        title="Sassafras Women Pink Solid Longline Coat",
        category="Coats",
        color="Pink",
    ),
    # Flat lay: beige cable-knit cardigan folded on a white table with a coffee mug and sunglasses. Base zero-shot.
    # The feed has no colour for this one.
    case(
        "X1185-044",
        caption("a sweater, a cup of coffee and sunglasses on a white table"),
        wearing("a sweater", who=SHE),
        color_of("cardigan", "beige", kind="open"),
        describe("cardigan", "it's a cardigan", "non_answer"),
        details("cardigan", "cable knit"),
        is_a("cardigan", "yes"),
        gender="Women",
        title="Monte Carlo Women Beige Cable Knit Cardigan",
        category="Sweaters",
    ),
    # Model: olive shacket (shirt-style jacket) open over a white tee, blue jeans. Base zero-shot; "no" to the jacket.
    case(
        "X1185-045",
        caption("a woman in a green shirt and jeans"),
        wearing("she is wearing a green shirt and jeans", who=SHE),
        color_of("jacket", "green", kind="open"),
        color_of("jeans", "blue", kind="open"),
        describe("jacket", "a green shirt with pockets"),
        is_a("jacket", "no", "contradiction"),
        gender="Women",
        title="Vero Moda Women Olive Green Solid Shacket",
        category="Jackets",
        color="Olive",
    ),
]
