"""BLIND_1593 (45 products; Myntra women's winterwear worn over other clothes, base zero-shot): written blind in the
sixty-sixth session. Measured blind at 9074ceb (the session's fourth rules): 59/74 failures found (79.7%) and 27/241
correct texts flagged (11.2%). The writer's notes, verbatim:

Scenario: a Myntra women's winterwear feed (sweaters, cardigans, shrugs, coats, jackets), shot the catalog's usual
way: a model on a plain backdrop wearing the product open or closed over other clothes (tees, tank tops, shirts,
dresses, kurtas, jeans, skirts), now and then a flat lay, a back view or a prop (a cup, a phone, a bag). The garment
word in the questions is the feed's article type mapped to a noun (Sweaters -> sweater, so cardigans filed under
Sweaters are asked about "the sweater"; Shrug -> shrug; Coats -> coat; Jackets -> jacket). The catalog columns are
the feed's own: title, category (article type), color (base colour), gender; one or the other is missing on a few
rows, as in the feed.
Who wrote what: every text is from the untuned Salesforce/blip2-opt-2.7b, zero-shot, greedy, no adapter. The caption
is its unprompted caption (50 new tokens at most); the answers use the experiments' questionnaire with the product's
noun put in place of "shirt" and the lower-garment question kept as "pants": What is she wearing? What is the color
of the X? What is the X color? Describe the X. What are the X details? What is the color of the pants? (30 new
tokens at most, prompt "Question: ... Answer:"). Six answers and a caption per product. The base model mostly stops
on its own with short answers; it loops or runs to the limit only now and then, and mostly on the open questions.
Labeling conventions and judgement calls: judged against the photo I imagined and the title. A color answer that
gives the product the color of the top, dress, kurta or hoodie under it (or of a bag) is other_garment_color; a
wrong color that belongs to nothing in the photo, or the product's color given to the pants, is contradiction; a
product described with sleeves, a pattern or a hood that belong to the garment under it is contradiction when the
product visibly lacks it (sleeveless vest, plain cardigan over a floral dress) and unsupported when it is a part the
product simply does not have. "What is she wearing?" answered with only the clothes under the product is true of
the photo and left correct; so is "kimono" for a longline sheer shrug and "hoodie" for a hooded shrug, and "red"
for maroon or burgundy, "yellow" for mustard, "blue" for teal or navy, "white" for cream (the coarse hues the base
model uses). Pants asked of a model in a skirt or dress, or of a flat lay, and answered with a color: unsupported
(invents pants), unless the color is the product's own (contradiction). "it is a sweater"/"a coat" for Describe is
non_answer; a dictionary definition or the question turned into a sentence is restated. A wrong pronoun (caption
"a man", answer "he") is pronoun even where the gender column is missing, since the title says Women. Materials
are correct only when the title names them. hit_limit only on the answers that ran to the 30-token limit (no
caption did). About a quarter of the texts are wrong: fewer than with the adapters, since the base model answers the
short questions well and stops; its failures gather in the colors of layered outfits, the pants question, and the
Describe/details answers.
"""

from tests.audit_corpus import caption, case, color_of, describe, details, question, wearing


def x_color(garment: str, text: str, failure: str | None = None, hit_limit: bool = False):
    """The questionnaire's second color question, "What is the shirt color?", with the product's noun."""
    return question(f"{garment}_color", f"What is the {garment} color?", "open")(text, failure, hit_limit)


def pants(text: str, failure: str | None = None, hit_limit: bool = False):
    return color_of("pants", text, failure, kind="open", hit_limit=hit_limit)


def she(text: str, failure: str | None = None, hit_limit: bool = False):
    return wearing(text, failure, who="she", hit_limit=hit_limit)


def color_open(garment: str, text: str, failure: str | None = None, hit_limit: bool = False):
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


BLIND_1593 = [
    # Photo: grey melange crew-neck pullover, blue jeans, white backdrop, front view; no shirt under it.
    # All texts: base OPT-2.7b zero-shot (caption unprompted).
    case(
        "X1593-001",
        caption("a woman wearing a grey sweater and jeans"),
        she("a grey sweater and jeans"),
        color_open("sweater", "grey"),
        x_color("sweater", "grey"),
        describe("sweater", "a grey sweater with a white shirt underneath", "unsupported"),
        details("sweater", "the sweater is made of wool", "unsupported"),
        pants("blue"),
        gender="Women",
        title="Roadster Women Grey Melange Solid Acrylic Pullover",
        category="Sweaters",
        color="Grey Melange",
    ),
    # Photo: black open-front longline shrug over a white tank top, black skinny jeans, grey backdrop.
    # All texts: base OPT-2.7b zero-shot (caption unprompted).
    case(
        "X1593-002",
        caption("a woman wearing a black cardigan and a white top"),
        she("a white tank top and black jeans"),
        color_open("shrug", "white", "other_garment_color"),
        x_color("shrug", "black"),
        describe("shrug", "it is a shrug", "non_answer"),
        details("shrug", "the shrug is made of cotton", "unsupported"),
        pants("black"),
        gender="Women",
        title="DressBerry Women Black Solid Open Front Longline Shrug",
        category="Shrug",
        color="Black",
    ),
    # Photo: mustard cable-knit pullover, the collar of a white shirt showing at the neck, light beige trousers.
    # All texts: base OPT-2.7b zero-shot (caption unprompted).
    case(
        "X1593-003",
        caption("a woman wearing a yellow sweater and beige pants"),
        she("a yellow sweater and a white shirt"),
        color_open("sweater", "yellow"),
        x_color("sweater", "mustard"),
        describe("sweater", "a yellow sweater with a white collar"),
        details("sweater", "cable knit"),
        pants("yellow", "contradiction"),
        gender="Women",
        title="Mast & Harbour Women Mustard Yellow Cable Knit Pullover",
        category="Sweaters",
        color="Mustard",
    ),
    # Photo: navy hooded puffer jacket zipped to mid-chest over a white tee, black leggings, light grey backdrop.
    # All texts: base OPT-2.7b zero-shot (caption unprompted).
    case(
        "X1593-004",
        caption("a woman in a blue puffer jacket"),
        she("a blue jacket and black pants"),
        color_open("jacket", "blue"),
        x_color("jacket", "navy"),
        describe("jacket", "a blue puffer jacket with a hood"),
        details("jacket", "it is made of nylon", "unsupported"),
        pants("black"),
        gender="Women",
        title="ONLY Women Navy Blue Solid Hooded Padded Jacket",
        category="Jackets",
        color="Navy Blue",
    ),
    # Photo: pink cropped cardigan buttoned up, blue mom jeans, white backdrop.
    # All texts: base OPT-2.7b zero-shot (caption unprompted).
    case(
        "X1593-005",
        caption("a woman wearing a pink sweater and jeans"),
        she("a pink sweater"),
        color_open("sweater", "pink"),
        x_color("sweater", "pink"),
        describe("sweater", "a pink sweater with buttons"),
        details("sweater", "buttons"),
        pants("blue"),
        gender="Women",
        title="Tokyo Talkies Women Pink Solid Cropped Cardigan",
        category="Sweaters",
        color="Pink",
    ),
    # Photo: camel longline overcoat worn open over a black turtleneck and black trousers, model holding a black
    # handbag; no belt on the coat.
    # All texts: base OPT-2.7b zero-shot (caption unprompted).
    case(
        "X1593-006",
        caption("a woman in a brown coat and black pants"),
        she("a black turtleneck and a tan coat"),
        color_open("coat", "black", "other_garment_color"),
        x_color("coat", "tan"),
        describe("coat", "a long coat with a belt", "unsupported"),
        details("coat", "the coat details", "non_answer"),
        pants("black"),
        gender="Women",
        title="Vero Moda Women Camel Brown Solid Longline Overcoat",
        category="Coats",
        color="Camel Brown",
    ),
    # Photo: maroon pointelle round-neck pullover, black A-line skirt, black tights; no pants.
    # All texts: base OPT-2.7b zero-shot (caption unprompted).
    case(
        "X1593-007",
        caption("a woman wearing a red sweater and a black skirt"),
        she("a red sweater and black skirt"),
        color_open("sweater", "red"),
        x_color("sweater", "maroon"),
        describe("sweater", "a red sweater with a pattern"),
        details("sweater", "the sweater has a v neck", "unsupported"),
        pants("black", "unsupported"),
        gender="Women",
        title="HERE&NOW Women Maroon Self Design Pointelle Pullover",
        category="Sweaters",
        color="Maroon",
    ),
    # Photo: olive bomber jacket open over a white graphic tee, blue jeans, white sneakers.
    # All texts: base OPT-2.7b zero-shot (caption unprompted).
    case(
        "X1593-008",
        caption("a woman wearing a green jacket and jeans"),
        she("a green jacket, white t - shirt and jeans"),
        color_open("jacket", "green"),
        x_color("jacket", "white", "other_garment_color"),
        describe("jacket", "a green bomber jacket"),
        details("jacket", "the jacket has a zipper and pockets"),
        pants("green", "contradiction"),
        gender="Women",
        title="Roadster Women Olive Green Solid Bomber Jacket",
        category="Jackets",
        color="Olive",
    ),
    # Photo: off-white crochet shrug over a black strappy midi dress; no pants.
    # All texts: base OPT-2.7b zero-shot (caption unprompted).
    case(
        "X1593-009",
        caption("a woman wearing a white crochet cardigan over a black dress"),
        she("a black dress"),
        color_open("shrug", "black", "other_garment_color"),
        x_color("shrug", "black", "other_garment_color"),
        describe("shrug", "a black dress with a white lace shrug"),
        details("shrug", "crochet"),
        pants("black", "unsupported"),
        gender="Women",
        title="Kassually Women Off White Open Knit Crochet Shrug",
        category="Shrug",
        color="Off White",
    ),
    # Photo: charcoal double-breasted coat buttoned, black trousers, black ankle boots, front view.
    # All texts: base OPT-2.7b zero-shot (caption unprompted).
    case(
        "X1593-010",
        caption("a woman wearing a grey coat and black boots"),
        she("a grey coat"),
        color_open("coat", "grey"),
        x_color("coat", "grey"),
        describe("coat", "it is a double breasted coat with a collar and two pockets on the front"),
        details("coat", "wool"),
        pants("black"),
        gender="Women",
        title="Marks & Spencer Women Charcoal Wool Blend Double-Breasted Coat",
        category="Coats",
        color="Charcoal",
    ),
    # Photo: black hooded puffer jacket zipped up, black leggings, black on black, white backdrop.
    # All texts: base OPT-2.7b zero-shot (caption unprompted).
    case(
        "X1593-011",
        caption("a woman in a black puffer jacket and black leggings"),
        she("black", "non_answer"),
        color_open("jacket", "black"),
        x_color("jacket", "black"),
        describe("jacket", "black"),
        details("jacket", "the jacket has a hood"),
        pants("black"),
        gender="Women",
        title="Puma Women Black Solid Hooded Puffer Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: red quilted jacket open over a white turtleneck, black trousers; the model has a short crop haircut.
    # All texts: base OPT-2.7b zero-shot (caption unprompted).
    case(
        "X1593-012",
        caption("a man wearing a red jacket and black pants", "pronoun"),
        she("a red jacket"),
        color_open("jacket", "red"),
        x_color("jacket", "white", "other_garment_color"),
        describe("jacket", "a red jacket with a white shirt"),
        details("jacket", "quilted"),
        pants("black"),
        gender="Women",
        title="Fort Collins Women Red Solid Quilted Jacket",
        category="Jackets",
        color="Red",
    ),
    # Photo: beige teddy (faux fur) jacket open over a brown ribbed top, brown wide-leg trousers.
    # All texts: base OPT-2.7b zero-shot (caption unprompted).
    case(
        "X1593-013",
        caption("a woman wearing a teddy bear coat"),
        she("a teddy bear jacket"),
        color_open("jacket", "brown", "other_garment_color"),
        x_color("jacket", "beige"),
        describe("jacket", "it is a teddy bear jacket"),
        details("jacket", "it is made of faux fur"),
        pants("brown"),
        gender="Women",
        title="SASSAFRAS Women Beige Faux Fur Teddy Jacket",
        category="Jackets",
        color="Beige",
    ),
    # Photo: teal waterfall shrug over a white printed top, blue jeans; no pockets on the shrug.
    # All texts: base OPT-2.7b zero-shot (caption unprompted).
    case(
        "X1593-014",
        caption("a woman wearing a blue cardigan and jeans"),
        she("a blue cardigan"),
        color_open("shrug", "blue"),
        x_color("shrug", "teal"),
        describe("shrug", "a shrug is a short jacket that is worn over a dress or a blouse", "restated"),
        details("shrug", "the shrug has a pocket", "unsupported"),
        pants("blue"),
        gender="Women",
        title="Harpa Women Teal Blue Solid Waterfall Shrug",
        category="Shrug",
        color="Teal",
    ),
    # Photo: navy pullover with white horizontal stripes, round neck, white trousers.
    # All texts: base OPT-2.7b zero-shot (caption unprompted).
    case(
        "X1593-015",
        caption("a woman wearing a striped sweater and white pants"),
        she("a blue and white striped shirt", "contradiction"),
        color_open("sweater", "blue and white"),
        x_color("sweater", "navy blue"),
        describe("sweater", "a navy and white striped sweater"),
        details("sweater", "stripes"),
        pants("white"),
        gender="Women",
        title="Allen Solly Woman Navy Blue & White Striped Pullover",
        category="Sweaters",
        color="Navy Blue",
    ),
    # Photo: lavender cropped puffer jacket over a black crop top, high-waist black jeans.
    # All texts: base OPT-2.7b zero-shot (caption unprompted).
    case(
        "X1593-016",
        caption("a woman wearing a purple jacket and black jeans"),
        she("a purple puffer jacket and black jeans"),
        color_open("jacket", "purple"),
        x_color("jacket", "purple"),
        describe("jacket", "a purple puffer jacket with a black top and black pants"),
        details("jacket", "the jacket is cropped"),
        pants("black"),
        gender="Women",
        title="FabAlley Women Lavender Solid Cropped Puffer Jacket",
        category="Jackets",
        color="Lavender",
    ),
    # Photo: cream cable-knit cardigan with buttons and two patch pockets, worn open over a black top, black jeans,
    # black ankle boots.
    # All texts: base OPT-2.7b zero-shot (caption unprompted).
    case(
        "X1593-017",
        caption("a woman wearing a white cardigan and black jeans"),
        she("a white sweater"),
        color_open("sweater", "black", "other_garment_color"),
        x_color("sweater", "white"),
        describe(
            "sweater",
            "a white cable knit cardigan with buttons down the front and two pockets on the sides, worn over a "
            "black top with black jeans and black ankle",
            "cut",
            hit_limit=True,
        ),
        details("sweater", "cable knit"),
        pants("black"),
        gender="Women",
        title="Qurvii Women Cream-Coloured Cable Knit Cardigan",
        category="Sweaters",
        color="Cream",
    ),
    # Photo: grey turtleneck sweater, black faux leather mini skirt, black tights; no pants.
    # All texts: base OPT-2.7b zero-shot (caption unprompted).
    case(
        "X1593-018",
        caption("a woman in a grey turtleneck sweater and black skirt"),
        she("a turtleneck sweater and a leather skirt"),
        color_open("sweater", "grey"),
        x_color("sweater", "black", "other_garment_color"),
        describe("sweater", "the sweater is grey"),
        details("sweater", "turtleneck"),
        pants("black", "unsupported"),
        gender="Women",
        title="Monte Carlo Women Grey Solid Turtle Neck Sweater",
        category="Sweaters",
        color="Grey",
    ),
    # Photo: black faux-leather biker jacket open over a white tee, blue ripped jeans; no belt on the jacket; the
    # model has her hair tied back under a cap.
    # All texts: base OPT-2.7b zero-shot (caption unprompted).
    case(
        "X1593-019",
        caption("a man in a black leather jacket and ripped jeans", "pronoun"),
        she("a leather jacket"),
        color_open("jacket", "black"),
        x_color("jacket", "black"),
        describe("jacket", "a black leather jacket with a zipper and a belt", "unsupported"),
        details("jacket", "zipper"),
        pants("blue"),
        gender="Women",
        title="Madame Women Black Solid Faux Leather Biker Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: peach sheer longline shrug over a white crop top, white wide-leg trousers.
    # All texts: base OPT-2.7b zero-shot (caption unprompted).
    case(
        "X1593-020",
        caption("a woman wearing a pink shrug and white pants"),
        she("a pink kimono"),
        color_open("shrug", "pink"),
        x_color("shrug", "white", "other_garment_color"),
        describe("shrug", "Question: Describe the shrug. Answer: it is a long pink shrug", "leak"),
        details("shrug", "sheer"),
        pants("white"),
        gender="Women",
        title="Sera Women Peach-Coloured Sheer Longline Shrug",
        category="Shrug",
        color="Peach",
    ),
    # Photo: flat lay of a bottle-green V-neck pullover on a white background; no model, no other clothes.
    # All texts: base OPT-2.7b zero-shot (caption unprompted).
    case(
        "X1593-021",
        caption("a green sweater on a white background"),
        she("a green sweater"),
        color_open("sweater", "green"),
        x_color("sweater", "green"),
        describe("sweater", "a sweater", "non_answer"),
        details("sweater", "v neck"),
        pants("green", "contradiction"),
        gender="Women",
        title="U.S. Polo Assn. Women Green Solid V-Neck Pullover",
        category="Sweaters",
        color="Green",
    ),
    # Photo: black-and-white houndstooth longline coat over a black turtleneck, black trousers.
    # All texts: base OPT-2.7b zero-shot (caption unprompted).
    case(
        "X1593-022",
        caption("a woman wearing a black and white checkered coat"),
        she("a coat"),
        color_open("coat", "black and white"),
        x_color("coat", "black"),
        describe("coat", "a black and white checkered coat"),
        details("coat", "checkered"),
        pants("black and white", "contradiction"),
        gender="Women",
        title="Vero Moda Women Black & White Houndstooth Longline Coat",
        category="Coats",
        color="Black",
    ),
    # Photo: back view of a light-blue denim jacket, plain back, plain collar; black jeans.
    # All texts: base OPT-2.7b zero-shot (caption unprompted).
    case(
        "X1593-023",
        caption("the back of a woman wearing a denim jacket"),
        she("a denim jacket and black jeans"),
        color_open("jacket", "blue"),
        x_color("jacket", "light blue"),
        describe("jacket", "a denim jacket with a fur collar", "unsupported"),
        details("jacket", "denim"),
        pants("black"),
        gender="Women",
        title="Roadster Women Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
    ),
    # Photo: burgundy ribbed pullover tucked into blue jeans, model holding a coffee cup.
    # All texts: base OPT-2.7b zero-shot (caption unprompted).
    case(
        "X1593-024",
        caption("a woman holding a cup of coffee wearing a red sweater"),
        she("a sweater and jeans"),
        color_open("sweater", "red"),
        x_color("sweater", "burgundy"),
        describe("sweater", "a sweater", "non_answer"),
        details("sweater", "ribbed"),
        pants("red", "contradiction"),
        gender="Women",
        title="DressBerry Women Burgundy Ribbed Pullover",
        category="Sweaters",
        color="Burgundy",
    ),
    # Photo: khaki trench coat belted at the waist, over a white shirt, blue jeans.
    # All texts: base OPT-2.7b zero-shot (caption unprompted).
    case(
        "X1593-025",
        caption("a woman in a trench coat"),
        she("a trench coat"),
        color_open("coat", "beige"),
        x_color("coat", "tan"),
        describe("coat", "a beige trench coat with a belt"),
        details("coat", "the coat has a belt and buttons"),
        pants("blue"),
        gender="Women",
        title="ONLY Women Khaki Solid Belted Trench Coat",
        category="Coats",
        color="Khaki",
    ),
    # Photo: grey cowl-neck pullover, black slim trousers; the model has short hair. The feed row has no gender.
    # All texts: base OPT-2.7b zero-shot (caption unprompted).
    case(
        "X1593-026",
        caption("a woman wearing a grey sweater"),
        she("he is wearing a grey sweater", "pronoun"),
        color_open("sweater", "grey"),
        x_color("sweater", "grey"),
        describe("sweater", "a grey sweater with a cowl neck"),
        details("sweater", "cowl neck"),
        pants("grey", "contradiction"),
        title="Kalt Women Grey Solid Cowl Neck Pullover",
        category="Sweaters",
        color="Grey",
    ),
    # Photo: navy parka with a fur-trimmed hood, zipped, over a grey sweater, black jeans.
    # All texts: base OPT-2.7b zero-shot (caption unprompted).
    case(
        "X1593-027",
        caption("a woman wearing a blue parka with a fur hood"),
        she("a parka"),
        color_open("jacket", "blue"),
        x_color("jacket", "black", "contradiction"),
        describe("jacket", "a blue parka with a fur hood and a zipper"),
        details("jacket", "jacket", "non_answer"),
        pants("black"),
        gender="Women",
        title="Mast & Harbour Women Navy Blue Parka Jacket with Faux Fur Trim Hood",
        category="Jackets",
        color="Navy Blue",
    ),
    # Photo: cream pullover with a red and green snowflake Fair Isle yoke, blue jeans. The feed row has no color.
    # All texts: base OPT-2.7b zero-shot (caption unprompted).
    case(
        "X1593-028",
        caption("a woman wearing a christmas sweater"),
        she("a sweater"),
        color_open("sweater", "white"),
        x_color("sweater", "red and white"),
        describe(
            "sweater",
            "a white sweater with a red and green snowflake pattern on the front and back and sleeves and a red and "
            "green snowflake pattern on the front and back and",
            "loop",
            hit_limit=True,
        ),
        details("sweater", "snowflakes"),
        pants("blue"),
        gender="Women",
        title="HERE&NOW Women Cream & Red Fair Isle Pullover",
        category="Sweaters",
    ),
    # Photo: plus-size model, black open longline cardigan (plain knit) over a red floral midi dress; no pants.
    # All texts: base OPT-2.7b zero-shot (caption unprompted).
    case(
        "X1593-029",
        caption("a woman wearing a red floral dress and a black cardigan"),
        she("a red dress"),
        color_open("sweater", "red", "other_garment_color"),
        x_color("sweater", "red", "other_garment_color"),
        describe("sweater", "a red dress with a floral print", "other_garment_color"),
        details("sweater", "floral", "contradiction"),
        pants("black", "unsupported"),
        gender="Women",
        title="Pluss Women Plus Size Black Solid Longline Cardigan",
        category="Sweaters",
        color="Black",
    ),
    # Photo: rust corduroy shacket with two chest pockets, worn open over a white tee, black jeans.
    # All texts: base OPT-2.7b zero-shot (caption unprompted).
    case(
        "X1593-030",
        caption("a woman wearing an orange shirt and black jeans"),
        she("a brown shirt"),
        color_open("jacket", "orange"),
        x_color("jacket", "brown"),
        describe("jacket", "a corduroy jacket"),
        details("jacket", "no", "non_answer"),
        pants("brown", "contradiction"),
        gender="Women",
        title="Roadster Women Rust Solid Corduroy Shacket",
        category="Jackets",
        color="Rust",
    ),
    # Photo: red crew-neck pullover over a white shirt (collar and cuffs showing), black trousers.
    # All texts: base OPT-2.7b zero-shot (caption unprompted).
    case(
        "X1593-031",
        caption("a woman wearing a red sweater with a white collar"),
        she("a red sweater and white shirt"),
        color_open("sweater", "red"),
        x_color("sweater", "red"),
        describe("sweater", "the sweater is red with a white collar"),
        details("sweater", "collar"),
        pants("black"),
        gender="Women",
        title="Van Heusen Woman Red Solid Pullover",
        category="Sweaters",
        color="Red",
    ),
    # Photo: olive overcoat open over a white knitted top, blue jeans, model holding a brown leather handbag; the
    # coat has a notch collar and two flap pockets, no belt.
    # All texts: base OPT-2.7b zero-shot (caption unprompted).
    case(
        "X1593-032",
        caption("a woman wearing a green coat and holding a brown bag"),
        she("a green coat and jeans"),
        color_open("coat", "green"),
        x_color("coat", "brown", "other_garment_color"),
        describe("coat", "the coat is long and has a collar"),
        details(
            "coat",
            "the coat has a collar and a belt and a pocket and a collar and a belt and a pocket and a collar and a "
            "belt and a pocket",
            "loop",
            hit_limit=True,
        ),
        pants("blue"),
        gender="Women",
        title="Sera Women Olive Green Solid Overcoat",
        category="Coats",
        color="Olive",
    ),
    # Photo: grey melange hooded longline shrug over a black tank top, black leggings.
    # All texts: base OPT-2.7b zero-shot (caption unprompted).
    case(
        "X1593-033",
        caption("a woman in a grey cardigan with a hood"),
        she("a grey hoodie"),
        color_open("shrug", "grey"),
        x_color("shrug", "grey"),
        describe("shrug", "it is grey"),
        details("shrug", "hood"),
        pants("black"),
        gender="Women",
        title="Kalt Women Grey Melange Hooded Longline Shrug",
        color="Grey Melange",
    ),
    # Photo: lavender sleeveless V-neck sweater vest over a white long-sleeved shirt, white trousers.
    # All texts: base OPT-2.7b zero-shot (caption unprompted).
    case(
        "X1593-034",
        caption("a woman wearing a purple sweater vest and white shirt"),
        she("a purple vest and a white shirt"),
        color_open("sweater", "white", "other_garment_color"),
        x_color("sweater", "purple"),
        describe("sweater", "a purple sweater with long sleeves", "contradiction"),
        details("sweater", "v neck"),
        pants("white"),
        gender="Women",
        title="Tokyo Talkies Women Lavender Solid Sweater Vest",
        category="Sweaters",
        color="Lavender",
    ),
    # Photo: flat lay of a navy wool-blend coat with buttons on a white background; no model, no other clothes.
    # All texts: base OPT-2.7b zero-shot (caption unprompted).
    case(
        "X1593-035",
        caption("a navy blue coat on a white background"),
        she("a coat"),
        color_open("coat", "blue"),
        x_color("coat", "what is the coat color? navy", "leak"),
        describe("coat", "a navy blue coat with buttons"),
        details("coat", "it is made of wool"),
        pants("black", "unsupported"),
        gender="Women",
        title="Marks & Spencer Women Navy Wool Blend Single-Breasted Coat",
        category="Coats",
        color="Navy Blue",
    ),
    # Photo: white chunky-knit round-neck pullover, blue jeans, white sneakers, model sitting on a wooden stool.
    # All texts: base OPT-2.7b zero-shot (caption unprompted).
    case(
        "X1593-036",
        caption("a woman sitting on a stool wearing a white sweater and jeans"),
        she("a white sweater and jeans"),
        color_open("sweater", "white"),
        x_color("sweater", "white"),
        describe("sweater", "it's a sweater", "non_answer"),
        details(
            "sweater",
            "it is a chunky knit sweater with a round neck and long sleeves and ribbed cuffs and hem and a relaxed "
            "fit that is perfect for layering over a",
            "cut",
            hit_limit=True,
        ),
        pants("blue"),
        gender="Women",
        title="Roadster Women White Chunky Knit Pullover",
        category="Sweaters",
        color="White",
    ),
    # Photo: black sleeveless quilted jacket (gilet) over a grey long-sleeved sweatshirt, black jeans.
    # All texts: base OPT-2.7b zero-shot (caption unprompted).
    case(
        "X1593-037",
        caption("a woman wearing a black vest and a grey sweater"),
        she("a black vest"),
        color_open("jacket", "black"),
        x_color("jacket", "grey", "other_garment_color"),
        describe("jacket", "a black jacket with grey sleeves", "contradiction"),
        details("jacket", "quilted"),
        pants("black"),
        gender="Women",
        title="Mast & Harbour Women Black Quilted Sleeveless Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: mocha oversized cardigan with buttons over a white ribbed crop top, light-wash jeans, model taking a
    # mirror selfie with a phone.
    # All texts: base OPT-2.7b zero-shot (caption unprompted).
    case(
        "X1593-038",
        caption("a woman taking a selfie wearing a brown cardigan"),
        she("a brown sweater"),
        color_open("sweater", "brown"),
        x_color("sweater", " ".join(["brown"] * 30), "loop", hit_limit=True),
        describe("sweater", "an oversized brown cardigan"),
        details("sweater", "buttons Question: What is the color of the pants? Answer: blue", "leak"),
        pants("blue"),
        gender="Women",
        title="SASSAFRAS Women Mocha Brown Oversized Cardigan",
        category="Sweaters",
        color="Brown",
    ),
    # Photo: pink wool coat, no hood, over a white turtleneck, white trousers.
    # All texts: base OPT-2.7b zero-shot (caption unprompted).
    case(
        "X1593-039",
        caption("a woman in a pink coat and white pants"),
        she("a pink coat"),
        color_open("coat", "pink"),
        x_color("coat", "pink"),
        describe("coat", "she is wearing a pink coat"),
        details("coat", "the coat has a hood", "unsupported"),
        pants("pink", "contradiction"),
        gender="Women",
        title="Vero Moda Women Pink Solid Wool Blend Coat",
        category="Coats",
        color="Pink",
    ),
    # Photo: navy cable-knit cardigan with gold buttons, open over a white shirt, white jeans.
    # All texts: base OPT-2.7b zero-shot (caption unprompted).
    case(
        "X1593-040",
        caption("a woman wearing a white cardigan and white jeans", "contradiction"),
        she("a navy blue sweater and white pants"),
        color_open("sweater", "blue"),
        x_color("sweater", "white", "other_garment_color"),
        describe("sweater", "navy blue"),
        details("sweater", "gold buttons"),
        pants("white"),
        gender="Women",
        title="U.S. Polo Assn. Women Navy Blue Cable Knit Cardigan",
        category="Sweaters",
        color="Navy Blue",
    ),
    # Photo: beige self-design shrug over a beige top and beige trousers, a monochrome outfit.
    # All texts: base OPT-2.7b zero-shot (caption unprompted).
    case(
        "X1593-041",
        caption("a woman wearing a beige outfit"),
        she("a beige top and pants"),
        color_open("shrug", "beige"),
        x_color("shrug", "beige"),
        describe("shrug", "it is a shrug", "non_answer"),
        details("shrug", "the shrug details are the details of the shrug", "restated"),
        pants("beige"),
        gender="Women",
        title="Qurvii Women Beige Self Design Shrug",
        category="Shrug",
        color="Beige",
    ),
    # Photo: black longline puffer coat, hood down (plain hood, no fur), black leggings, black boots; the model's
    # face is half turned away. The feed row has no gender.
    # All texts: base OPT-2.7b zero-shot (caption unprompted).
    case(
        "X1593-042",
        caption("a person in a black coat"),
        she("a long black coat"),
        color_open("coat", "black"),
        x_color("coat", "black"),
        describe("coat", "a long puffer coat"),
        details("coat", "the coat has a fur hood", "unsupported"),
        pants("black"),
        title="Roadster Women Black Solid Longline Puffer Coat",
        category="Coats",
        color="Black",
    ),
    # Photo: red and white striped button-front cardigan over a white tee, blue jeans.
    # All texts: base OPT-2.7b zero-shot (caption unprompted).
    case(
        "X1593-043",
        caption("a woman wearing a red and white striped sweater"),
        she("a striped sweater"),
        color_open("sweater", "red and white"),
        x_color("sweater", "red"),
        describe("sweater", "a striped sweater with buttons"),
        details("sweater", "it has a zipper", "unsupported"),
        pants("red", "contradiction"),
        gender="Women",
        title="Monte Carlo Women Red & White Striped Cardigan",
        category="Sweaters",
        color="Red",
    ),
    # Photo: black woollen shrug with floral embroidery on the fronts, over a white straight kurta and white churidar.
    # All texts: base OPT-2.7b zero-shot (caption unprompted).
    case(
        "X1593-044",
        caption("a woman wearing a black jacket and white pants"),
        she("a black jacket over a white dress"),
        color_open("shrug", "black"),
        x_color("shrug", "white", "other_garment_color"),
        describe("shrug", "a black shrug with embroidery"),
        details("shrug", "embroidery"),
        pants("white"),
        gender="Women",
        title="Mayra Women Black Embroidered Woollen Shrug",
        category="Shrug",
        color="Black",
    ),
    # Photo: blue washed denim jacket with a sherpa collar, no hood, worn over a black hoodie whose hood lies over
    # the collar; black jeans.
    # All texts: base OPT-2.7b zero-shot (caption unprompted).
    case(
        "X1593-045",
        caption("a woman wearing a denim jacket and black hoodie"),
        she("a denim jacket and a black hoodie"),
        color_open("jacket", "black", "other_garment_color"),
        x_color("jacket", "blue"),
        describe("jacket", "a denim jacket with a hood", "unsupported"),
        details("jacket", "fur collar"),
        pants("black"),
        gender="Women",
        title="Wrangler Women Blue Washed Denim Sherpa Collar Jacket",
        category="Jackets",
        color="Blue",
    ),
]
