"""BLIND_1305 (45 products; Myntra women's winterwear worn over other clothes, base model zero-shot): written blind in
the sixty-third session. Measured blind at 0a90725 (the session's third rules): 39/49 failures found (79.6%) and
20/186 correct texts flagged (10.8%). The writer's notes, verbatim:

Scenario: a Myntra women's winterwear feed (Sweaters, Cardigan, Shrug, Coats, Jackets as the article type) shot the
usual catalog way: a model on a plain backdrop wearing the product over a tee, top, shirt, turtleneck or dress, with
jeans, trousers, a skirt or leggings; now and then a flat lay, a back view, or a prop (handbag, scarf, coffee cup,
stool). Columns are title, category (article type), color (base colour) and gender; one product lacks its color,
one its category and one its gender, as feeds do. Every product gets a caption and 4 to 6 questions from the
experiments' questionnaire with the garment noun taken from the article type: "What is she wearing?", the color of
the product, sometimes the color of the jeans/pants, "Describe the X.", "What are the X details?", now and then the
yes/no "Is this a X?" and, where the title names a material, the material question.
Who wrote what: every text was written by the untuned Salesforce/blip2-opt-2.7b, zero-shot, greedy decoding, with
the `Question: ... Answer:` prompt (50 new tokens for captions, 30 for answers). No adapter. The base model mostly
answers short and stops, so loops, cut answers and prompt leaks are few; its typical errors here are the layers:
the product's color question answered with the color of what is under or next to it, one color given to two
garments, a navy product seen as black, details of the inner garment or of a prop given as the product's, invented
details, and "a man" for a model with short or slicked-back hair.
Labeling conventions and judgement calls: close hue names count as right (red for maroon, yellow for mustard, pink
for peach, brown or tan for camel, white for cream and off white, green for khaki, blue for navy or teal, purple for
lavender); "black" for a navy product is a contradiction with the seller's colour. A shrug called a cardigan or
kimono, a cardigan called a sweater, and a denim jacket's sherpa called fur are accepted; a striped pullover called
a shirt is a contradiction, and so is "no" to "Is this a shrug?" for a shrug. An answer to "What is she wearing?"
that names only the inner garment (the white dress, not the shrug over it) is true of the photo and left correct. A
product color question answered with the inner garment's or prop's color is other_garment_color; the pants/jeans
answered with the product's color is contradiction (one color for two garments). A detail that belongs to the inner
garment or a prop (the shirt's collar, a hood from the hoodie underneath, the coffee cup) is unsupported; a pattern
that belongs to the inner garment on a solid product (stripes) is contradiction. "leather" for a title's faux
leather and "real fur" are unsupported. "a sweater" to "Describe the sweater." and an empty answer are non_answer;
the X's "details are the details of the X" tautologies are restated. A leak that runs on to a new "Question:" is
leak even if it also hit the limit; a loop at the limit is loop, a long description stopped mid-phrase is cut.
"""

from tests.audit_corpus import caption, case, color_of, describe, details, is_a, material, wearing

SHE = "she"

BLIND_1305 = [
    # Grey melange crew-neck pullover, blue jeans, white backdrop. Base model zero-shot wrote all texts; all right.
    case(
        "X1305-001",
        caption("a woman wearing a grey sweater and blue jeans"),
        wearing("a grey sweater and jeans", who=SHE),
        color_of("sweater", "grey", kind="open"),
        color_of("jeans", "blue", kind="open"),
        describe("sweater", "a grey sweater"),
        details("sweater", "ribbed cuffs"),
        gender="Women",
        title="Roadster Women Grey Melange Solid Pullover Sweater",
        category="Sweaters",
        color="Grey Melange",
    ),
    # Mustard cable-knit cardigan worn open over a white tee, black jeans. Base model zero-shot; the cardigan's color
    # answer gives the tee's white.
    case(
        "X1305-002",
        caption("a woman wearing a yellow cardigan and black jeans"),
        wearing("a yellow sweater", who=SHE),
        color_of("cardigan", "white", "other_garment_color", kind="open"),
        describe("cardigan", "a yellow cardigan with buttons"),
        details("cardigan", "buttons"),
        gender="Women",
        title="Mast & Harbour Women Mustard Yellow Cable Knit Cardigan",
        category="Cardigan",
        color="Mustard",
    ),
    # Black open-front longline shrug over a red sleeveless top, blue jeans. Base model zero-shot; shrug's color is the
    # top's red, it says a shrug is not a shrug, and the details answer is a tautology.
    case(
        "X1305-003",
        caption("a woman wearing a black cardigan and red top"),
        wearing("a red top and a black cardigan", who=SHE),
        color_of("shrug", "red", "other_garment_color", kind="open"),
        is_a("shrug", "no", "contradiction"),
        details("shrug", "the shrug is a shrug", "restated"),
        gender="Women",
        title="DressBerry Women Black Solid Longline Shrug",
        category="Shrug",
        color="Black",
    ),
    # Camel double-breasted overcoat, belted, over a black turtleneck, black trousers, ankle boots. Base model
    # zero-shot; all right.
    case(
        "X1305-004",
        caption("a woman in a tan coat and black pants"),
        wearing("a coat", who=SHE),
        color_of("coat", "brown", kind="open"),
        color_of("pants", "black", kind="open"),
        describe("coat", "a long tan coat with a belt"),
        details("coat", "belt"),
        gender="Women",
        title="Vero Moda Women Camel Brown Solid Double-Breasted Overcoat",
        category="Coats",
        color="Camel Brown",
    ),
    # Navy hooded puffer jacket, zipped, blue jeans; the navy reads very dark under studio light. Base model zero-shot;
    # caption and wearing call it black, the color question gets it right.
    case(
        "X1305-005",
        caption("a woman wearing a black puffer jacket", "contradiction"),
        wearing("a black jacket and jeans", "contradiction", who=SHE),
        color_of("jacket", "blue", kind="open"),
        describe("jacket", "a puffer jacket with a hood"),
        details("jacket", "the jacket has a hood and a zipper"),
        gender="Women",
        title="HERE&NOW Women Navy Blue Solid Padded Jacket",
        category="Jackets",
        color="Navy Blue",
    ),
    # Off-white pointelle crew-neck pullover, light blue jeans, beige backdrop. Base model zero-shot; the v-neck is
    # invented.
    case(
        "X1305-006",
        caption("a woman wearing a white sweater and jeans"),
        wearing("a white sweater", who=SHE),
        color_of("sweater", "white", kind="open"),
        describe("sweater", "a white sweater with a pattern"),
        details("sweater", "the sweater has a v - neck", "unsupported"),
        gender="Women",
        title="ONLY Women Off White Self Design Pullover",
        category="Sweaters",
        color="Off White",
    ),
    # Maroon ribbed cropped cardigan worn buttoned as a top, black trousers. Base model zero-shot; all right.
    case(
        "X1305-007",
        caption("a woman in a red sweater and black pants"),
        wearing("a red sweater and black pants", who=SHE),
        color_of("cardigan", "red", kind="open"),
        color_of("pants", "black", kind="open"),
        details("cardigan", "buttons"),
        is_a("cardigan", "yes"),
        gender="Women",
        title="Sassafras Women Maroon Ribbed Crop Cardigan",
        category="Cardigan",
        color="Maroon",
    ),
    # Olive bomber jacket open over a white graphic tee, blue jeans. Base model zero-shot; the jacket's color is the
    # tee's.
    case(
        "X1305-008",
        caption("a woman wearing a green jacket and white t - shirt"),
        wearing("a green jacket", who=SHE),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        describe("jacket", "a bomber jacket"),
        details("jacket", "it has a zipper"),
        color_of("jeans", "blue", kind="open"),
        gender="Women",
        title="Tokyo Talkies Women Olive Green Solid Bomber Jacket",
        category="Jackets",
        color="Olive",
    ),
    # Beige belted trench coat over a white shirt, model holds a brown handbag. Base model zero-shot; all right.
    case(
        "X1305-009",
        caption("a woman in a trench coat holding a brown purse"),
        wearing("a trench coat", who=SHE),
        color_of("coat", "beige", kind="open"),
        describe("coat", "a trench coat with a belt and a brown purse"),
        details("coat", "the coat has a belt and a collar"),
        gender="Women",
        title="Marks & Spencer Women Beige Solid Trench Coat",
        category="Coats",
        color="Beige",
    ),
    # Flat lay: teal button cardigan folded on white, no person. Base model zero-shot; all right ("a sweater" to the
    # wearing question is the best it can do with no one in the photo).
    case(
        "X1305-010",
        caption("a blue sweater on a white background"),
        wearing("a sweater", who=SHE),
        color_of("cardigan", "blue", kind="open"),
        describe("cardigan", "a blue cardigan with buttons"),
        details("cardigan", "buttons"),
        gender="Women",
        title="Roadster Women Teal Blue Solid Cardigan",
        category="Cardigan",
        color="Teal",
    ),
    # Back view: pink longline open-front shrug over a black top, blue jeans. Base model zero-shot; details says
    # nothing.
    case(
        "X1305-011",
        caption("the back of a woman wearing a pink cardigan"),
        wearing("a pink sweater", who=SHE),
        color_of("shrug", "pink", kind="open"),
        describe("shrug", "a long pink sweater"),
        details("shrug", "the back of the shrug", "non_answer"),
        gender="Women",
        title="DressBerry Women Pink Solid Longline Open Front Shrug",
        category="Shrug",
        color="Pink",
    ),
    # Model with a short pixie cut in a black faux-leather biker jacket over a grey tee, black jeans. Base model
    # zero-shot; caption says a man, material says leather for faux leather.
    case(
        "X1305-012",
        caption("a man wearing a black leather jacket", "pronoun"),
        wearing("a black leather jacket", who=SHE),
        color_of("jacket", "black", kind="open"),
        describe("jacket", "a black leather jacket with a zipper"),
        material("leather", "unsupported"),
        gender="Women",
        title="Harpa Women Black Solid Faux Leather Biker Jacket",
        category="Jackets",
        color="Black",
    ),
    # Red pullover with a white Fair Isle snowflake yoke, blue jeans. Base model zero-shot; the description loops to
    # the limit.
    case(
        "X1305-013",
        caption("a woman wearing a red and white sweater"),
        wearing("a red sweater with a white pattern", who=SHE),
        color_of("sweater", "red and white", kind="open"),
        describe(
            "sweater",
            "a red and white sweater with a red and white sweater with a red and white sweater with a red and white "
            "sweater with a red",
            "loop",
            hit_limit=True,
        ),
        details("sweater", "snowflakes"),
        gender="Women",
        title="Mast & Harbour Women Red & White Fair Isle Pullover",
        category="Sweaters",
        color="Red",
    ),
    # Lavender cropped shrug with three-quarter sleeves over a white midi dress. Base model zero-shot; color gives the
    # dress's white, details runs on into a new question.
    case(
        "X1305-014",
        caption("a woman in a white dress and purple cardigan"),
        wearing("a white dress", who=SHE),
        color_of("shrug", "white", "other_garment_color", kind="open"),
        describe("shrug", "a short purple cardigan"),
        details("shrug", "short sleeves\nQuestion: What is the color of the dress? Answer: white", "leak"),
        gender="Women",
        title="Kassually Women Lavender Solid Shrug",
        category="Shrug",
        color="Lavender",
    ),
    # Grey checked overcoat, red wool scarf round the neck, black trousers. Base model zero-shot; coat's color is the
    # scarf's red.
    case(
        "X1305-015",
        caption("a woman wearing a grey coat and red scarf"),
        wearing("a coat and scarf", who=SHE),
        color_of("coat", "red", "other_garment_color", kind="open"),
        describe("coat", "a grey plaid coat"),
        details("coat", "plaid"),
        color_of("pants", "black", kind="open"),
        gender="Women",
        title="Allen Solly Woman Grey Checked Overcoat",
        category="Coats",
        color="Grey",
    ),
    # Cream cable-knit turtleneck sweater, brown A-line skirt. Base model zero-shot; the description runs to the limit
    # and stops mid-phrase.
    case(
        "X1305-016",
        caption("a woman in a white sweater and brown skirt"),
        wearing("a white sweater and a brown skirt", who=SHE),
        color_of("sweater", "white", kind="open"),
        describe(
            "sweater",
            "the sweater is a white cable knit sweater with a turtleneck and long sleeves. it is made of a soft "
            "material and is perfect for the cold",
            "cut",
            hit_limit=True,
        ),
        details("sweater", "cable knit"),
        gender="Women",
        title="Chemistry Women Cream-Coloured Cable Knit Sweater",
        category="Sweaters",
        color="Cream",
    ),
    # Charcoal crew-neck sweater with a white shirt collar showing at the neck, blue jeans. Base model zero-shot; grey
    # for the jeans too, and the shirt's collar given to the sweater.
    case(
        "X1305-017",
        caption("a woman wearing a grey sweater and jeans"),
        wearing("a grey sweater and grey pants", "contradiction", who=SHE),
        color_of("sweater", "grey", kind="open"),
        color_of("jeans", "grey", "contradiction", kind="open"),
        details("sweater", "the sweater has a collar", "unsupported"),
        gender="Women",
        title="FOREVER 21 Women Charcoal Grey Solid Sweater",
        category="Sweaters",
        color="Charcoal",
    ),
    # Peach open-front shrug over a white cami, blue jeans; no pockets. Base model zero-shot; pockets invented.
    case(
        "X1305-018",
        caption("a woman wearing a pink cardigan and white top"),
        wearing("a pink cardigan", who=SHE),
        color_of("shrug", "pink", kind="open"),
        is_a("shrug", "yes"),
        details("shrug", "it has pockets", "unsupported"),
        gender="Women",
        title="Vero Moda Women Peach-Coloured Solid Open Front Shrug",
        category="Shrug",
        color="Peach",
    ),
    # Navy diamond-quilted jacket with a brown corduroy collar, white sweater under, black trousers. Base model
    # zero-shot; details only says the question's word back.
    case(
        "X1305-019",
        caption("a woman wearing a navy blue quilted jacket"),
        wearing("a blue jacket and black pants", who=SHE),
        color_of("jacket", "blue", kind="open"),
        describe("jacket", "a quilted jacket with a brown collar"),
        details("jacket", "the jacket", "non_answer"),
        gender="Women",
        title="U.S. Polo Assn. Women Navy Blue Quilted Jacket",
        category="Jackets",
        color="Navy Blue",
    ),
    # Brown faux-fur teddy coat over a cream knit dress, boots; gender column missing. Base model zero-shot; "real
    # fur" invented.
    case(
        "X1305-020",
        caption("a woman in a brown fur coat"),
        wearing("a fur coat", who=SHE),
        color_of("coat", "brown", kind="open"),
        describe("coat", "a brown fur coat"),
        details("coat", "the coat is made of real fur", "unsupported"),
        title="ONLY Women Brown Solid Faux Fur Teddy Coat",
        category="Coats",
        color="Brown",
    ),
    # Blue washed denim jacket over a black hoodie (hood out over the collar), black jeans. Base model zero-shot;
    # the jacket's color is the hoodie's and the hood is given to the jacket.
    case(
        "X1305-021",
        caption("a woman wearing a denim jacket and black hoodie"),
        wearing("a denim jacket", who=SHE),
        color_of("jacket", "black", "other_garment_color", kind="open"),
        color_of("jeans", "black", kind="open"),
        describe("jacket", "a denim jacket with a hood", "unsupported"),
        details("jacket", "buttons"),
        gender="Women",
        title="Pepe Jeans Women Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
    ),
    # Navy and white horizontally striped pullover, beige trousers. Base model zero-shot; "shirt" for the sweater.
    case(
        "X1305-022",
        caption("a woman wearing a striped sweater and beige pants"),
        wearing("a striped shirt", "contradiction", who=SHE),
        color_of("sweater", "blue and white", kind="open"),
        describe("sweater", "a navy and white striped sweater"),
        details("sweater", "stripes"),
        gender="Women",
        title="Tokyo Talkies Women Navy Blue & White Striped Pullover",
        category="Sweaters",
        color="Navy Blue",
    ),
    # Rust longline open cardigan over a black tee and black jeans, model holds a coffee cup. Base model zero-shot;
    # details names the prop.
    case(
        "X1305-023",
        caption("a woman holding a cup of coffee wearing an orange cardigan"),
        wearing("a cardigan", who=SHE),
        color_of("cardigan", "orange", kind="open"),
        describe("cardigan", "a long orange cardigan"),
        details("cardigan", "a cup of coffee", "unsupported"),
        gender="Women",
        title="Sera Women Rust Orange Solid Longline Cardigan",
        category="Cardigan",
        color="Rust",
    ),
    # Black wool-blend long coat with flap pockets over a white turtleneck, white trousers. Base model zero-shot; all
    # right.
    case(
        "X1305-024",
        caption("a woman wearing a black coat and white pants"),
        wearing("a black coat and white pants", who=SHE),
        color_of("coat", "black", kind="open"),
        color_of("pants", "white", kind="open"),
        material("wool"),
        details("coat", "the coat has two pockets"),
        gender="Women",
        title="H&M Women Black Wool-Blend Coat",
        category="Coats",
        color="Black",
    ),
    # Emerald green sweater with puff sleeves, black skirt. Base model zero-shot; the description says nothing.
    case(
        "X1305-025",
        caption("a woman in a green sweater and black skirt"),
        wearing("a green sweater and a black skirt", who=SHE),
        color_of("sweater", "green", kind="open"),
        describe("sweater", "a sweater", "non_answer"),
        details("sweater", "puff sleeves"),
        gender="Women",
        title="Marie Claire Women Green Self-Design Sweater",
        category="Sweaters",
        color="Green",
    ),
    # Khaki (olive-khaki) four-pocket utility jacket over a white tee, blue jeans. Base model zero-shot; all right.
    case(
        "X1305-026",
        caption("a woman wearing a khaki jacket and jeans"),
        wearing("a jacket and jeans", who=SHE),
        color_of("jacket", "green", kind="open"),
        describe("jacket", "a military jacket"),
        details("jacket", "pockets"),
        is_a("jacket", "yes"),
        gender="Women",
        title="Roadster Women Khaki Solid Utility Jacket",
        category="Jackets",
        color="Khaki",
    ),
    # Burgundy longline coat worn open over a black dress, black tights; color column missing. Base model zero-shot;
    # the coat's color is the dress's black.
    case(
        "X1305-027",
        caption("a woman wearing a red coat and black dress"),
        wearing("a black dress", who=SHE),
        color_of("coat", "black", "other_garment_color", kind="open"),
        describe("coat", "a long red coat"),
        details("coat", "long sleeves"),
        gender="Women",
        title="Lulu & Sky Women Burgundy Solid Longline Coat",
        category="Coats",
    ),
    # Black hooded puffer with a faux-fur hood trim, grey joggers. Base model zero-shot; the caption loops to the
    # limit.
    case(
        "X1305-028",
        caption(
            "a woman wearing a black puffer jacket with a fur hood and a black puffer jacket with a fur hood and a "
            "black puffer jacket with a fur hood and a black puffer jacket with a",
            "loop",
            hit_limit=True,
        ),
        wearing("a black jacket", who=SHE),
        color_of("jacket", "black", kind="open"),
        color_of("pants", "grey", kind="open"),
        details("jacket", "fur hood"),
        gender="Women",
        title="Fort Collins Women Black Solid Hooded Puffer Jacket",
        category="Jackets",
        color="Black",
    ),
    # Grey turtleneck sweater, black faux-leather skirt, black tights. Base model zero-shot; the sweater's color is
    # the skirt's and tights' black.
    case(
        "X1305-029",
        caption("a woman in a grey turtleneck sweater and black skirt"),
        wearing("a turtleneck", who=SHE),
        color_of("sweater", "black", "other_garment_color", kind="open"),
        describe("sweater", "a turtleneck sweater"),
        details("sweater", "turtleneck"),
        gender="Women",
        title="Cayman Women Grey Solid Turtleneck Sweater",
        category="Sweaters",
        color="Grey",
    ),
    # Mustard cropped shrug over a black bodycon dress. Base model zero-shot; the shrug's color is the dress's, and the
    # details answer is a tautology.
    case(
        "X1305-030",
        caption("a woman wearing a yellow cardigan and black dress"),
        wearing("a black dress and yellow cardigan", who=SHE),
        color_of("shrug", "black", "other_garment_color", kind="open"),
        is_a("shrug", "yes"),
        details("shrug", "the details of the shrug are the details of the shrug", "restated"),
        gender="Women",
        title="DressBerry Women Mustard Yellow Solid Shrug",
        category="Shrug",
        color="Mustard",
    ),
    # Model sitting on a wooden stool, white open-front cardigan over a blue-and-white striped shirt, blue jeans. Base
    # model zero-shot; the cardigan gets the shirt's blue and its stripes.
    case(
        "X1305-031",
        caption("a woman sitting on a stool wearing a white cardigan"),
        wearing("a white cardigan and jeans", who=SHE),
        color_of("cardigan", "blue", "other_garment_color", kind="open"),
        describe("cardigan", "a white cardigan with a striped shirt"),
        details("cardigan", "stripes", "contradiction"),
        gender="Women",
        title="ONLY Women White Solid Open Front Cardigan",
        category="Cardigan",
        color="White",
    ),
    # Flat lay on a wooden floor: coffee-brown crew-neck pullover, no hood. Base model zero-shot; the hood is invented.
    case(
        "X1305-032",
        caption("a brown sweater laying on a wooden floor"),
        wearing("a sweater", who=SHE),
        color_of("sweater", "brown", kind="open"),
        describe("sweater", "a brown sweater"),
        details("sweater", "the sweater has a hood", "unsupported"),
        gender="Women",
        title="Roadster Women Coffee Brown Solid Pullover",
        category="Sweaters",
        color="Coffee Brown",
    ),
    # Red single-breasted coat over a black turtleneck, black trousers. Base model zero-shot; the color answer runs on
    # into new questions until the limit.
    case(
        "X1305-033",
        caption("a woman wearing a red coat and black pants"),
        wearing("a red coat", who=SHE),
        color_of(
            "coat",
            "red\nQuestion: What is the color of the pants? Answer: black\nQuestion: What is the color of the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        color_of("pants", "black", kind="open"),
        details("coat", "buttons"),
        gender="Women",
        title="Vero Moda Women Red Solid Coat",
        category="Coats",
        color="Red",
    ),
    # Navy cable-knit cardigan buttoned over a white collared shirt, white trousers. Base model zero-shot; the details
    # answer runs to the limit mid-phrase.
    case(
        "X1305-034",
        caption("a woman in a navy cardigan and white pants"),
        wearing("a blue sweater and white pants", who=SHE),
        color_of("cardigan", "blue", kind="open"),
        color_of("pants", "white", kind="open"),
        details(
            "cardigan",
            "the cardigan has buttons down the front, a v - neck, and a cable knit pattern on the front. it also has "
            "ribbed cuffs and a",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Tommy Hilfiger Women Navy Blue Cable Knit Cardigan",
        category="Cardigan",
        color="Navy Blue",
    ),
    # Pink faux-fur jacket over a white top, blue jeans. Base model zero-shot; all right.
    case(
        "X1305-035",
        caption("a woman wearing a pink fur jacket"),
        wearing("a pink fur coat", who=SHE),
        color_of("jacket", "pink", kind="open"),
        describe("jacket", "a fluffy pink jacket"),
        is_a("jacket", "yes"),
        gender="Women",
        title="Zink London Women Pink Faux Fur Jacket",
        category="Jackets",
        color="Pink",
    ),
    # White crew-neck pullover, black skinny jeans. Base model zero-shot; grey for both the sweater and the jeans.
    case(
        "X1305-036",
        caption("a woman wearing a white sweater and black jeans"),
        wearing("a white sweater and black jeans", who=SHE),
        color_of("sweater", "grey", "contradiction", kind="open"),
        color_of("jeans", "grey", "contradiction", kind="open"),
        describe("sweater", "a white sweater"),
        gender="Women",
        title="Roadster Women White Solid Pullover Sweater",
        category="Sweaters",
        color="White",
    ),
    # Longline shrug in a blue-and-orange floral block print over a white top and jeans. Base model zero-shot; all
    # right (blue is the print's main color).
    case(
        "X1305-037",
        caption("a woman wearing a colorful kimono"),
        wearing("a kimono", who=SHE),
        color_of("shrug", "blue", kind="open"),
        describe("shrug", "a blue and orange printed kimono"),
        details("shrug", "floral print"),
        gender="Women",
        title="Global Desi Women Multicoloured Printed Longline Shrug",
        category="Shrug",
        color="Multi",
    ),
    # Model with slicked-back hair in a charcoal single-breasted overcoat, black turtleneck, black trousers. Base model
    # zero-shot; caption says a man, details invents double breasting.
    case(
        "X1305-038",
        caption("a man in a grey coat and black turtleneck", "pronoun"),
        wearing("a grey coat", who=SHE),
        color_of("coat", "grey", kind="open"),
        describe("coat", "a long grey coat"),
        details("coat", "the coat is double breasted", "unsupported"),
        gender="Women",
        title="Vero Moda Women Charcoal Grey Solid Single-Breasted Overcoat",
        category="Coats",
        color="Charcoal",
    ),
    # Grey melange cardigan with two patch pockets over a black top, blue jeans. Base model zero-shot; the
    # description came back empty.
    case(
        "X1305-039",
        caption("a woman in a grey cardigan and jeans"),
        wearing("a cardigan", who=SHE),
        color_of("cardigan", "grey", kind="open"),
        describe("cardigan", "", "non_answer"),
        details("cardigan", "pockets"),
        gender="Women",
        title="Sera Women Grey Melange Solid Cardigan",
        category="Cardigan",
        color="Grey Melange",
    ),
    # Lavender cropped sweater, high-waisted white jeans. Base model zero-shot; purple for the jeans too.
    case(
        "X1305-040",
        caption("a woman wearing a purple sweater and white jeans"),
        wearing("a purple sweater and white jeans", who=SHE),
        color_of("sweater", "purple", kind="open"),
        color_of("jeans", "purple", "contradiction", kind="open"),
        details("sweater", "cropped"),
        gender="Women",
        title="FabAlley Women Lavender Solid Crop Sweater",
        category="Sweaters",
        color="Lavender",
    ),
    # Beige rib-knit button cardigan worn buttoned, brown trousers. Base model zero-shot; details loops to the limit.
    case(
        "X1305-041",
        caption("a woman wearing a beige cardigan and brown pants"),
        wearing("a beige sweater", who=SHE),
        color_of("cardigan", "beige", kind="open"),
        details(
            "cardigan",
            "buttons, buttons, buttons, buttons, buttons, buttons, buttons, buttons, buttons, buttons, buttons, "
            "buttons, buttons, buttons, buttons",
            "loop",
            hit_limit=True,
        ),
        is_a("cardigan", "yes"),
        gender="Women",
        title="H&M Women Beige Rib-Knit Cardigan",
        category="Cardigan",
        color="Beige",
    ),
    # Red hooded windcheater zipped up, black leggings. Base model zero-shot; "waterproof" is invented.
    case(
        "X1305-042",
        caption("a woman in a red jacket and black leggings"),
        wearing("a red jacket", who=SHE),
        color_of("jacket", "red", kind="open"),
        describe("jacket", "a red rain jacket with a hood"),
        details("jacket", "the jacket is waterproof", "unsupported"),
        gender="Women",
        title="Campus Sutra Women Red Solid Hooded Windcheater Jacket",
        category="Jackets",
        color="Red",
    ),
    # Back view: light blue round-neck pullover, white jeans; category column missing. Base model zero-shot; a v-neck
    # it cannot see (and the sweater does not have).
    case(
        "X1305-043",
        caption("the back of a woman wearing a blue sweater and white jeans"),
        wearing("a blue sweater", who=SHE),
        color_of("sweater", "blue", kind="open"),
        describe("sweater", "a light blue sweater"),
        details("sweater", "v - neck", "unsupported"),
        gender="Women",
        title="ONLY Women Blue Solid Pullover",
        color="Blue",
    ),
    # Peach overcoat over a white sweater and white trousers, model holds a white handbag. Base model zero-shot; the
    # coat's color and its details both come back as the white around it.
    case(
        "X1305-044",
        caption("a woman in a pink coat holding a white purse"),
        wearing("a pink coat and white pants", who=SHE),
        color_of("coat", "white", "other_garment_color", kind="open"),
        color_of("pants", "white", kind="open"),
        describe("coat", "a pink coat with a white bag"),
        details("coat", "white", "other_garment_color"),
        gender="Women",
        title="Tokyo Talkies Women Peach Solid Overcoat",
        category="Coats",
        color="Peach",
    ),
    # Black denim trucker jacket with a white sherpa collar over a white tee, blue jeans. Base model zero-shot; the
    # jacket's color is the collar's and tee's white.
    case(
        "X1305-045",
        caption("a woman wearing a black jacket with a white fur collar"),
        wearing("a black jacket, white t - shirt and blue jeans", who=SHE),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        color_of("jeans", "blue", kind="open"),
        describe("jacket", "a black denim jacket with a white collar"),
        details("jacket", "fur collar"),
        gender="Women",
        title="Levis Women Black Sherpa Trucker Jacket",
        category="Jackets",
        color="Black",
    ),
]
