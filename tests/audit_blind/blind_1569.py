"""BLIND_1569 (46 products; Myntra women's winterwear layered, base model zero-shot): written blind in the sixty-sixth
session. Measured blind at d0844da (the session's third rules): 65/86 failures found (75.6%) and 19/236 correct texts
flagged (8.1%). The writer's notes, verbatim:

Scenario: a Myntra women's winterwear feed (Sweaters, Shrug, Coats, Jackets as article types; cardigans sit under
Sweaters as Myntra files them). Catalog shots: a model on a plain white or grey backdrop wearing the product over
other clothes (tees, turtlenecks, shirts, dresses, kurtas) with jeans, trousers, leggings or a skirt; now and then a
flat lay, a back view, an upper-body crop, a prop (handbag, coffee cup, scarf). Feed columns: title, category
(article type), color (base colour), gender; category, color or gender left out on a few rows as feeds do.
Who wrote what: every text comes from the untuned Salesforce/blip2-opt-2.7b (8-bit, greedy, zero-shot, no adapter).
The caption is the no-prompt caption (50 new tokens); the answers come from the experiments' questionnaire in the
"Question: ... Answer:" format (30 new tokens), with the experiments' "shirt" replaced by the garment word from the
category column (Sweaters -> sweater, Shrug -> shrug, Coats -> coat, Jackets -> jacket; "garment" where the row has
no category): What is she wearing? / What is the color of the <g>? / What is the <g> color? / Describe the <g>. /
What are the <g> details? / What is the color of the pants? (the pants question asked on every product, as the
questionnaire did). The answers are free generation, so the color questions are stored open. The base model mostly
stops on the newline, so loops and cuts are rare; its usual faults are the color of the layer underneath, one color
given to the pants as well, invented details, and pronouns in captions of short-haired or hooded models.
Labeling conventions and judgement calls: judged against the imagined photo and the title. A close hue name counts
as right (mustard -> yellow, maroon -> red, camel -> brown/tan, taupe -> grey/brown, peach -> pink, teal -> green,
rust -> orange/brown, cream/off-white -> white); navy answered "black" is wrong (contradiction). A sweater/coat/
jacket color that is really the color of the layer beneath or another visible garment is other_garment_color. The
pants answer that repeats the top's color when the legs show another color is contradiction. The pants question
on a product with no pants in the photo (flat lay, dress, skirt, upper-body crop) answered with a color is
unsupported; "none" there is correct. Tights/leggings count as pants. A "wearing" answer or caption that names only
the garment underneath (a dress under a shrug) is true of the photo and left unmarked; a shrug called a cardigan or
jacket, a sleeveless puffer called a vest, a shacket called a shirt are left unmarked. A coat called a dress is
contradiction. A detail that the photo does not show is unsupported; one the title contradicts (plaid on a Solid
coat, long sleeves on a Sleeveless jacket) is contradiction. "it's a sweater"/"the shrug is a shrug"/"sweater
details" are restated; "i don't know", "none" for details, "the details are in the description", and a garment
name where a color was asked are non_answer. A description that gives only one true attribute ("the sweater is a
green sweater") is left unmarked. hit_limit only on texts that ran to the token limit.
"""

from tests.audit_corpus import caption, case, color_of, describe, details, question, wearing


def _she(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="she", hit_limit=hit_limit)


def _color(g, text, failure=None, hit_limit=False):
    return color_of(g, text, failure, kind="open", hit_limit=hit_limit)


def _g_color(g, text, failure=None, hit_limit=False):
    return question(f"{g}_color", f"What is the {g} color?", "open")(text, failure, hit_limit)


def _pants(text, failure=None, hit_limit=False):
    return color_of("pants", text, failure, kind="open", hit_limit=hit_limit)


BLIND_1569 = [
    # photo: model on white backdrop, open mustard button-front cardigan (no pockets) over a white tee, blue jeans.
    # all texts: blip2-opt-2.7b base, zero-shot.
    case(
        "X1569-001",
        caption("a woman wearing a yellow cardigan and jeans"),
        _she("a yellow cardigan"),
        _color("sweater", "yellow"),
        _g_color("sweater", "yellow"),
        describe("sweater", "it's a yellow cardigan with buttons"),
        details("sweater", "the sweater has buttons and pockets", "unsupported"),
        _pants("blue"),
        gender="Women",
        title="Roadster Women Mustard Yellow Solid Cardigan",
        category="Sweaters",
        color="Mustard",
    ),
    # photo: pink pointelle-knit pullover, white straight trousers, grey backdrop. all texts: base model.
    case(
        "X1569-002",
        caption("a woman in a pink sweater and white pants"),
        _she("a pink sweater"),
        _color("sweater", "pink"),
        _g_color("sweater", "pink"),
        describe("sweater", "it's a pink sweater with a pattern on it"),
        details("sweater", "sweater details", "restated"),
        _pants("pink", "contradiction"),
        gender="Women",
        title="DressBerry Women Pink Self-Design Pullover",
        category="Sweaters",
        color="Pink",
    ),
    # photo: navy hooded puffer, zipped up, black leggings, grey backdrop; the navy reads clearly as navy.
    # all texts: base model.
    case(
        "X1569-003",
        caption("a woman wearing a black puffer jacket", "contradiction"),
        _she("a jacket"),
        _color("jacket", "blue"),
        _g_color("jacket", "black", "contradiction"),
        describe("jacket", "it is a puffer jacket with a hood"),
        details("jacket", "the jacket has a hood and a zipper"),
        _pants("black"),
        gender="Women",
        title="Fort Collins Women Navy Blue Solid Puffer Jacket",
        category="Jackets",
        color="Navy Blue",
    ),
    # photo: maroon cable-knit crew neck, a white shirt collar showing at the neck (no cuffs showing), black
    # trousers. all texts: base model.
    case(
        "X1569-004",
        caption("a woman wearing a red sweater with a white collar"),
        _she("a sweater"),
        _color("sweater", "red"),
        _g_color("sweater", "white", "other_garment_color"),
        describe("sweater", "the sweater is a cable knit sweater"),
        details("sweater", "the sweater has a white collar and cuffs", "unsupported"),
        _pants("black"),
        gender="Women",
        title="Monte Carlo Women Maroon Cable Knit Sweater",
        category="Sweaters",
        color="Maroon",
    ),
    # photo: beige double-breasted belted trench over a black turtleneck, black trousers below the hem, black boots,
    # three-quarter view on white. all texts: base model.
    case(
        "X1569-005",
        caption("a woman in a trench coat standing in front of a white wall"),
        _she("a trench coat"),
        _color("coat", "beige"),
        _g_color("coat", "black", "other_garment_color"),
        describe("coat", "it's a double breasted trench coat with a belt"),
        details("coat", "the coat has a belt and buttons"),
        _pants("beige", "contradiction"),
        gender="Women",
        title="Tokyo Talkies Women Beige Solid Trench Coat",
        category="Coats",
        color="Beige",
    ),
    # photo: black open longline shrug (no pockets) over a red sleeveless top, blue jeans. all texts: base model.
    case(
        "X1569-006",
        caption("a woman wearing a red top and a black cardigan"),
        _she("a red top and jeans"),
        _color("shrug", "red", "other_garment_color"),
        _g_color("shrug", "black"),
        describe("shrug", "the shrug is a long black cardigan"),
        details("shrug", "the shrug has pockets", "unsupported"),
        _pants("blue"),
        gender="Women",
        title="Mast & Harbour Women Black Solid Longline Shrug",
        category="Shrug",
        color="Black",
    ),
    # photo: grey melange longline coat, open, with flap pockets, over a white sweater, white wide trousers.
    # all texts: base model.
    case(
        "X1569-007",
        caption("a woman wearing a grey coat and white pants"),
        _she("a coat"),
        _color("coat", "grey"),
        _g_color("coat", "gray"),
        describe("coat", "the coat is long and grey"),
        details("coat", "the coat has pockets on the sides"),
        _pants("grey", "contradiction"),
        gender="Women",
        title="Vero Moda Women Grey Melange Longline Coat",
        category="Coats",
        color="Grey Melange",
    ),
    # photo: navy quilted jacket with a brown corduroy collar, open over a blue-and-white striped tee, jeans; plain
    # lining not visible. all texts: base model.
    case(
        "X1569-008",
        caption("a woman wearing a blue jacket and a striped shirt"),
        _she("a jacket and jeans"),
        _color("jacket", "navy"),
        _g_color("jacket", "black", "contradiction"),
        describe("jacket", "the jacket is a quilted jacket with a brown collar"),
        details("jacket", "the jacket has a brown collar and a striped lining", "unsupported"),
        _pants("blue"),
        gender="Women",
        title="U.S. Polo Assn. Women Navy Blue Solid Quilted Jacket",
        category="Jackets",
        color="Navy Blue",
    ),
    # photo: black faux-leather biker jacket, open, over a white tee, black skinny jeans. all texts: base model.
    case(
        "X1569-009",
        caption("a woman in a black leather jacket"),
        _she("leather jacket"),
        _color("jacket", "white", "other_garment_color"),
        _g_color("jacket", "black"),
        describe("jacket", "it's a black leather jacket with a zipper"),
        details(
            "jacket",
            "the jacket has a zipper on the front and a zipper on the sleeves and a zipper on the pockets and a "
            "zipper on the back and a zipper on the",
            "loop",
            hit_limit=True,
        ),
        _pants("black"),
        gender="Women",
        title="ONLY Women Black Solid Biker Jacket",
        category="Jackets",
        color="Black",
    ),
    # photo: sheer peach open-front shrug over a white sleeveless midi dress; no pants. all texts: base model.
    case(
        "X1569-010",
        caption("a woman wearing a white dress and a pink cardigan"),
        _she("a white dress"),
        _color("shrug", "white", "other_garment_color"),
        _g_color("shrug", "pink"),
        describe("shrug", "it's a sheer cardigan"),
        details("shrug", "the shrug is a shrug", "restated"),
        _pants("white", "unsupported"),
        gender="Women",
        title="Madame Women Peach-Coloured Open-Front Shrug",
        category="Shrug",
        color="Peach",
    ),
    # photo: olive self-design (textured knit) cardigan, buttoned, black knee-length skirt. all texts: base model.
    case(
        "X1569-011",
        caption("a woman wearing a green sweater and a black skirt"),
        _she("a green sweater"),
        _color("sweater", "green"),
        _g_color("sweater", "olive"),
        describe("sweater", "it's a sweater", "restated"),
        details("sweater", "buttons"),
        _pants("black", "unsupported"),
        title="HERE&NOW Women Olive Green Self Design Cardigan",
        category="Sweaters",
        color="Olive",
    ),
    # photo: flat lay on white: off-white cropped cardigan, button front, ribbed hem; no person. all texts: base.
    case(
        "X1569-012",
        caption("a white sweater on a white background"),
        _she("a white sweater"),
        _color("sweater", "white"),
        _g_color("sweater", "white"),
        describe("sweater", "it's a white cropped cardigan with buttons"),
        details("sweater", "the sweater has a button front and a ribbed hem"),
        _pants("white", "unsupported"),
        gender="Women",
        title="Sassafras Women Off-White Self-Design Crop Cardigan",
        category="Sweaters",
        color="Off White",
    ),
    # photo: rust open-front shrug (no pockets) over a black tank, blue jeans, a tan handbag on the arm.
    # all texts: base model.
    case(
        "X1569-013",
        caption("a woman wearing an orange cardigan and holding a purse"),
        _she("a cardigan"),
        _color("shrug", "orange"),
        _g_color("shrug", "black", "other_garment_color"),
        describe("shrug", "it's a long orange cardigan"),
        details("shrug", "the shrug has a pocket on the front", "unsupported"),
        _pants("blue"),
        gender="Women",
        title="Harpa Women Rust Orange Solid Open Front Shrug",
        category="Shrug",
        color="Rust",
    ),
    # photo: lavender ribbed cropped pullover, high-waist white jeans. all texts: base model.
    case(
        "X1569-014",
        caption("a woman in a purple sweater and white jeans"),
        _she("sweater and jeans"),
        _color("sweater", "purple"),
        _g_color("sweater", "lavender"),
        describe("sweater", "the sweater is a cropped sweater with a ribbed knit"),
        details("sweater", "the sweater has a ribbed knit and a cropped hem"),
        _pants("white"),
        gender="Women",
        title="Tokyo Talkies Women Lavender Ribbed Crop Pullover",
        category="Sweaters",
        color="Lavender",
    ),
    # photo: red wool-blend overcoat with notch lapels, buttoned, knee length, a black dress hem below, black
    # tights; no fur, no belt. all texts: base model.
    case(
        "X1569-015",
        caption("a woman in a red dress and black tights", "contradiction"),
        _she("a red coat and black tights"),
        _color("coat", "red"),
        _g_color("coat", "red"),
        describe("coat", "the coat is made of wool and has a collar"),
        details("coat", "the coat has a fur collar and a belt", "unsupported"),
        _pants("black"),
        gender="Women",
        title="Cayman Women Red Wool Blend Overcoat",
        category="Coats",
        color="Red",
    ),
    # photo: short-haired model, hood up, black hooded puffer, black joggers, three-quarter back view.
    # all texts: base model.
    case(
        "X1569-016",
        caption("a man in a black jacket with a hood", "pronoun"),
        _she("a black jacket"),
        _color("jacket", "black"),
        _g_color("jacket", "black"),
        describe("jacket", "he is wearing a black jacket with a hood", "pronoun"),
        details("jacket", "the jacket has a hood"),
        _pants("black"),
        gender="Women",
        title="Roadster Women Black Hooded Puffer Jacket",
        category="Jackets",
        color="Black",
    ),
    # photo: camel longline coat with notch collar and two front pockets, open over a white turtleneck sweater,
    # blue jeans; no belt. all texts: base model.
    case(
        "X1569-017",
        caption("a woman wearing a brown coat and jeans"),
        _she("a brown coat"),
        _color("coat", "white", "other_garment_color"),
        _g_color("coat", "brown"),
        describe(
            "coat",
            "it's a long brown coat with a notch collar and two pockets on the front and it is worn over a white "
            "turtleneck sweater and blue jeans with",
            "cut",
            hit_limit=True,
        ),
        details("coat", "the coat is long and has a belt", "unsupported"),
        _pants("blue"),
        gender="Women",
        title="Chemistry Women Camel Brown Solid Longline Coat",
        category="Coats",
        color="Camel Brown",
    ),
    # photo: black-and-white horizontal striped cardigan over a black top, black trousers. all texts: base model.
    case(
        "X1569-018",
        caption("a woman in a black and white striped sweater"),
        _she("a striped sweater"),
        _color("sweater", "black and white"),
        _g_color("sweater", "black"),
        describe("sweater", "it's a black and white striped sweater"),
        details("sweater", "the sweater is black and white and has stripes on it"),
        _pants("black"),
        gender="Women",
        title="Kassually Women Black & White Striped Cardigan",
        category="Sweaters",
        color="Black",
    ),
    # photo: teal bomber with ribbed cuffs, zipped half way over a white tee, black jeans. all texts: base model.
    case(
        "X1569-019",
        caption("a woman wearing a green bomber jacket"),
        _she("a bomber jacket"),
        _color("jacket", "teal"),
        _g_color("jacket", "green Question: what is the color of the pants? Answer: black", "leak"),
        describe("jacket", "a bomber jacket with a zipper"),
        details("jacket", "the jacket has ribbed cuffs and a zipper"),
        _pants("black"),
        gender="Women",
        title="Campus Sutra Women Teal Blue Solid Bomber Jacket",
        category="Jackets",
        color="Teal",
    ),
    # photo: back view, model with hair in a low bun, brown checked overcoat (no hood), black trousers.
    # all texts: base model.
    case(
        "X1569-020",
        caption("the back of a man wearing a brown plaid coat", "pronoun"),
        _she("a coat"),
        _color("coat", "brown"),
        _g_color("coat", "brown"),
        describe("coat", "it's a brown plaid coat"),
        details("coat", "the coat has a plaid pattern and a hood", "unsupported"),
        _pants("black"),
        gender="Women",
        title="Vero Moda Women Brown Checked Overcoat",
        category="Coats",
        color="Brown",
    ),
    # photo: white crochet shrug over a navy floral maxi dress; no pants. all texts: base model.
    case(
        "X1569-021",
        caption("a woman wearing a blue floral dress and a white cardigan"),
        _she("a floral dress"),
        _color("shrug", "blue", "other_garment_color"),
        _g_color("shrug", "blue", "other_garment_color"),
        describe("shrug", "the shrug is a crochet shrug"),
        details("shrug", "the shrug has a floral pattern", "unsupported"),
        _pants("blue", "unsupported"),
        gender="Women",
        title="Sera Women White Crochet Shrug",
        category="Shrug",
        color="White",
    ),
    # photo: cream cable-knit pullover, blue jeans, model holding a coffee cup. all texts: base model.
    case(
        "X1569-022",
        caption("a woman in a white sweater holding a cup of coffee"),
        _she("a white sweater"),
        _color("sweater", "white"),
        _g_color("sweater", "cream"),
        describe("sweater", "it's a cable knit sweater"),
        details(
            "sweater",
            "the sweater is a cable knit sweater with a cable knit pattern on the front and a cable knit pattern on "
            "the back and a cable knit pattern on",
            "loop",
            hit_limit=True,
        ),
        _pants("white", "contradiction"),
        gender="Women",
        title="Marks & Spencer Women Cream-Coloured Cable Knit Pullover",
        category="Sweaters",
        color="Cream",
    ),
    # photo: beige faux-fur (teddy) jacket, open over a black top, black jeans. Row has no category, so the job asked
    # about "the garment". all texts: base model.
    case(
        "X1569-023",
        caption("a woman wearing a teddy bear coat"),
        _she("a fur coat"),
        _color("garment", "black", "other_garment_color"),
        _g_color("garment", "beige"),
        describe("garment", "the garment is a garment", "restated"),
        details("garment", "it's a fur jacket"),
        _pants("beige", "contradiction"),
        gender="Women",
        title="DressBerry Women Beige Faux Fur Jacket",
        color="Beige",
    ),
    # photo: red padded jacket with a stand collar (no hood), zipped, black leggings. all texts: base model.
    case(
        "X1569-024",
        caption("a woman in a red jacket"),
        _she("a red jacket and black pants"),
        _color("jacket", "red"),
        _g_color("jacket", "red"),
        describe("jacket", "it is a red jacket with a hood", "unsupported"),
        details("jacket", "the jacket is padded and has a zipper"),
        _pants("red", "contradiction"),
        gender="Women",
        title="Wildcraft Women Red Padded Jacket",
        category="Jackets",
        color="Red",
    ),
    # photo: solid olive overcoat with buttons and collar, a red-and-green checked scarf, black jeans.
    # all texts: base model.
    case(
        "X1569-025",
        caption("a woman wearing a green coat and a scarf"),
        _she("a coat and scarf"),
        _color("coat", "green"),
        _g_color("coat", "green"),
        describe("coat", "the coat has a plaid pattern", "contradiction"),
        details("coat", "the coat has buttons and a collar"),
        _pants("green", "contradiction"),
        gender="Women",
        title="Allen Solly Woman Olive Green Solid Overcoat",
        category="Coats",
        color="Olive",
    ),
    # photo: upper-body crop, grey knitted round-neck pullover; legs not in frame. all texts: base model.
    case(
        "X1569-026",
        caption("a woman wearing a grey sweater"),
        _she("a grey sweater"),
        _color("sweater", "grey"),
        _g_color("sweater", "grey"),
        describe("sweater", "the sweater is a grey sweater with a round neck"),
        details("sweater", "the sweater has a turtle neck", "unsupported"),
        _pants("grey", "unsupported"),
        gender="Women",
        title="Mango Women Grey Solid Knitted Pullover",
        category="Sweaters",
        color="Grey",
    ),
    # photo: mid-blue washed denim jacket with buttons and chest pockets over a grey hoodie (hood out over the
    # collar), black jeans. all texts: base model.
    case(
        "X1569-027",
        caption("a woman wearing a denim jacket and a grey hoodie"),
        _she("a denim jacket"),
        _color("jacket", "blue"),
        _g_color("jacket", "grey", "other_garment_color"),
        describe("jacket", "it's a denim jacket with a hood", "unsupported"),
        details("jacket", "the jacket has buttons and pockets"),
        _pants("black"),
        gender="Women",
        title="Roadster Women Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
    ),
    # photo: pink faux-fur longline coat, open over a white tee, light-blue jeans. all texts: base model.
    case(
        "X1569-028",
        caption(
            "a woman wearing a pink fur coat and a pink fur coat and a pink fur coat and a pink fur coat and a pink "
            "fur coat and a pink fur coat and a pink fur coat and a pink fur coat and a pink",
            "loop",
            hit_limit=True,
        ),
        _she("a pink coat"),
        _color("coat", "pink"),
        _g_color("coat", "pink"),
        describe("coat", "it's a pink fur coat"),
        details("coat", "the coat is fluffy"),
        _pants("pink", "contradiction"),
        gender="Women",
        title="SASSAFRAS Women Pink Solid Faux Fur Longline Coat",
        category="Coats",
        color="Pink",
    ),
    # photo: navy V-neck cardigan, buttoned, white shirt collar at the neck, beige chinos; navy reads as navy.
    # all texts: base model.
    case(
        "X1569-029",
        caption("a woman wearing a navy cardigan and beige pants"),
        _she("cardigan and khakis"),
        _color("sweater", "navy"),
        _g_color("sweater", "black", "contradiction"),
        describe("sweater", "the sweater is a v-neck cardigan"),
        details("sweater", "v neck"),
        _pants("navy", "contradiction"),
        gender="Women",
        title="Marks & Spencer Women Navy Blue V-Neck Cardigan",
        category="Sweaters",
        color="Navy Blue",
    ),
    # photo: maroon cropped long-sleeve shrug (bolero) over a black bodycon dress; no pants. all texts: base model.
    case(
        "X1569-030",
        caption("a woman in a black dress"),
        _she("a black dress"),
        _color("shrug", "black", "other_garment_color"),
        _g_color("shrug", "black", "other_garment_color"),
        describe("shrug", "it's a cropped shrug"),
        details("shrug", "the shrug is maroon"),
        _pants("black", "unsupported"),
        gender="Women",
        title="Globus Women Maroon Cropped Shrug",
        category="Shrug",
        color="Maroon",
    ),
    # photo: short-haired model, charcoal wool-blend overcoat with collar and buttons, black trousers, white wall.
    # all texts: base model.
    case(
        "X1569-031",
        caption("a man in a grey coat standing in front of a white wall", "pronoun"),
        _she("a coat"),
        _color("coat", "grey"),
        _g_color("coat", "grey"),
        describe("coat", "the coat is a long grey coat with a collar"),
        details("coat", "the coat has buttons on the front"),
        _pants("grey", "contradiction"),
        gender="Women",
        title="MANGO Women Charcoal Grey Solid Wool Blend Overcoat",
        category="Coats",
        color="Charcoal",
    ),
    # photo: olive parka with faux-fur hood, drawstring waist, zip and button placket, two flap pockets, over a
    # black sweater, black jeans. all texts: base model.
    case(
        "X1569-032",
        caption("a woman wearing a green parka with a fur hood"),
        _she("a green jacket with a fur hood"),
        _color("jacket", "green"),
        _g_color("jacket", "green"),
        describe(
            "jacket",
            "the jacket is a parka with a fur hood and a drawstring waist and it has a zipper and buttons on the front "
            "and two pockets on the",
            "cut",
            hit_limit=True,
        ),
        details("jacket", "the jacket details", "restated"),
        _pants("black"),
        gender="Women",
        title="Fort Collins Women Olive Green Parka Jacket With Faux Fur Hood",
        category="Jackets",
        color="Olive",
    ),
    # photo: oversized beige rib-knit cardigan over a grey melange tee, black leggings. all texts: base model.
    case(
        "X1569-033",
        caption("a woman wearing a beige cardigan and black leggings"),
        _she("a cardigan"),
        _color("sweater", "grey", "other_garment_color"),
        _g_color("sweater", "beige"),
        describe("sweater", "it's an oversized cardigan"),
        details("sweater", "the details are in the description", "non_answer"),
        _pants("black"),
        title="H&M Women Beige Rib-Knit Cardigan",
        category="Sweaters",
        color="Beige",
    ),
    # photo: brown suede trucker jacket with collar and button front over a cream sweater, blue jeans.
    # all texts: base model.
    case(
        "X1569-034",
        caption("a woman in a brown suede jacket"),
        _she("a jacket and jeans"),
        _color("jacket", "brown"),
        _g_color("jacket", "tan"),
        describe("jacket", "i don't know", "non_answer"),
        details("jacket", "the jacket has a collar and buttons"),
        _pants("brown", "contradiction"),
        gender="Women",
        title="Roadster Women Brown Suede Trucker Jacket",
        category="Jackets",
        color="Brown",
    ),
    # photo: red Fair Isle sweater with white snowflakes (no reindeer), blue jeans. all texts: base model.
    case(
        "X1569-035",
        caption("a woman wearing a red sweater with snowflakes"),
        _she("a christmas sweater"),
        _color("sweater", "red and white"),
        _g_color("sweater", "red"),
        describe("sweater", "it's a red sweater with a white pattern"),
        details("sweater", "the sweater has a reindeer on it", "unsupported"),
        _pants("red", "contradiction"),
        gender="Women",
        title="Monte Carlo Women Red & White Self Design Sweater",
        category="Sweaters",
        color="Red",
    ),
    # photo: grey puffer with pink side panels, stand collar (no hood), over a white sweatshirt, black pants.
    # all texts: base model.
    case(
        "X1569-036",
        caption("a woman wearing a grey and pink jacket"),
        _she("a jacket"),
        _color("jacket", "pink"),
        _g_color("jacket", "grey and pink"),
        describe("jacket", "the jacket is a jacket", "restated"),
        details("jacket", "the jacket has a hood and a zipper", "unsupported"),
        _pants("black"),
        gender="Women",
        title="Campus Sutra Women Grey & Pink Colourblocked Puffer Jacket",
        category="Jackets",
        color="Grey",
    ),
    # photo: taupe longline open cardigan with patch pockets (no belt) over a white shirt, black trousers.
    # all texts: base model.
    case(
        "X1569-037",
        caption("a woman wearing a long grey cardigan"),
        _she("a cardigan and white shirt"),
        _color("sweater", "brown"),
        _g_color("sweater", "white", "other_garment_color"),
        describe("sweater", "a long cardigan"),
        details("sweater", "the sweater has pockets and a belt", "unsupported"),
        _pants("black"),
        gender="Women",
        title="Kazo Women Taupe Longline Cardigan",
        category="Sweaters",
        color="Taupe",
    ),
    # photo: black overcoat, open over a red floral dress, black knee-high boots, left hand in the coat pocket,
    # right hand holding a small black handbag with a gold clasp; no pants. all texts: base model.
    case(
        "X1569-038",
        caption(
            "a woman wearing a black coat over a red floral dress and black knee high boots standing in front of a "
            "white wall with her left hand in the pocket of her coat and her right hand holding a small black "
            "leather handbag with a gold",
            "cut",
            hit_limit=True,
        ),
        _she("a black coat and a red dress"),
        _color("coat", "black"),
        _g_color("coat", "red", "other_garment_color"),
        describe("coat", "it's a black coat"),
        details("coat", "the coat is black and the dress is red"),
        _pants("black", "unsupported"),
        gender="Women",
        title="Vero Moda Women Black Solid Overcoat",
        category="Coats",
        color="Black",
    ),
    # photo: flat lay on white: green crew-neck pullover; no person, no pants. all texts: base model.
    case(
        "X1569-039",
        caption("a green sweater on a white background"),
        _she("sweater"),
        _color("sweater", "green"),
        _g_color("sweater", "green"),
        describe("sweater", "the sweater is a green sweater"),
        details("sweater", "none", "non_answer"),
        _pants("none"),
        gender="Women",
        title="Pepe Jeans Women Green Pullover Sweater",
        category="Sweaters",
        color="Green",
    ),
    # photo: blue embroidered longline shrug over a white kurta and white palazzo pants. all texts: base model.
    case(
        "X1569-040",
        caption("a woman in a blue jacket and white pants"),
        _she("kurta"),
        _color("shrug", "blue"),
        _g_color("shrug", "blue"),
        describe("shrug", "it is a long blue jacket with embroidery"),
        details("shrug", "embroidery"),
        _pants("white"),
        gender="Women",
        title="W Women Blue Embroidered Longline Shrug",
        category="Shrug",
        color="Blue",
    ),
    # photo: maroon wrap coat, belted shut, knee length, black leggings, black ankle boots. all texts: base model.
    case(
        "X1569-041",
        caption("a woman in a red dress and black boots", "contradiction"),
        _she("a red dress", "contradiction"),
        _color("coat", "red"),
        _g_color("coat", "maroon"),
        describe("coat", "it's a wrap coat with a belt"),
        details("coat", "the coat has a belt at the waist"),
        _pants("black"),
        gender="Women",
        title="Tokyo Talkies Women Maroon Solid Wrap Coat",
        category="Coats",
        color="Maroon",
    ),
    # photo: grey melange crew-neck pullover, long sleeves, blue jeans. all texts: base model.
    case(
        "X1569-042",
        caption("a woman wearing a grey sweater and jeans"),
        _she("sweater"),
        _color("sweater", "grey"),
        _g_color("sweater", "grey"),
        describe("sweater", "it's a sweater", "restated"),
        details("sweater", "the sleeves are long"),
        _pants("jeans", "non_answer"),
        gender="Women",
        title="Roadster Women Grey Melange Solid Pullover",
        category="Sweaters",
        color="Grey Melange",
    ),
    # photo: black sleeveless puffer (gilet) with zip and pockets over a red long-sleeve turtleneck sweater, blue
    # jeans. all texts: base model.
    case(
        "X1569-043",
        caption("a woman wearing a black vest and a red sweater"),
        _she("a red sweater and a black vest"),
        _color("jacket", "red", "other_garment_color"),
        _g_color("jacket", "black"),
        describe("jacket", "the jacket is a black puffer jacket with long sleeves", "contradiction"),
        details("jacket", "the jacket has a zipper and pockets"),
        _pants("blue"),
        gender="Women",
        title="Fort Collins Women Black Sleeveless Puffer Jacket",
        category="Jackets",
        color="Black",
    ),
    # photo: white cable-knit button cardigan, open over a black top, blue jeans. all texts: base model.
    case(
        "X1569-044",
        caption("a woman in a white cardigan and jeans"),
        _she("a white cardigan and jeans"),
        _color("sweater", "white"),
        _g_color("sweater", "black", "other_garment_color"),
        describe("sweater", "it's a white cable knit cardigan"),
        details("sweater", "the sweater has a cable knit pattern and buttons"),
        _pants("white", "contradiction"),
        title="Mast & Harbour Women White Cable Knit Cardigan",
        category="Sweaters",
        color="White",
    ),
    # photo: off-white longline coat with notch collar and two buttons, open over a camel sweater, white trousers.
    # all texts: base model.
    case(
        "X1569-045",
        caption("a woman wearing a white coat and white pants"),
        _she("coat"),
        _color("coat", "white"),
        _g_color("coat", "brown", "other_garment_color"),
        describe("coat", "the coat is long and white with a brown sweater underneath"),
        details("coat", "the coat has a notch collar Question: what is the color of the pants? Answer: white", "leak"),
        _pants("white"),
        gender="Women",
        title="Vero Moda Women Off-White Solid Longline Coat",
        category="Coats",
        color="Off White",
    ),
    # photo: red-and-black buffalo-check shacket with button front and chest pockets, open over a black tee, blue
    # jeans. Row has no color. all texts: base model.
    case(
        "X1569-046",
        caption("a woman wearing a red and black plaid shirt"),
        _she("a plaid shirt and jeans"),
        _color("jacket", "red and black"),
        _g_color("jacket", "black"),
        describe("jacket", "it's a plaid shirt"),
        details("jacket", "the jacket has a plaid pattern and buttons on the front and pockets on the chest"),
        _pants("blue"),
        gender="Women",
        title="Roadster Women Red & Black Checked Shacket",
        category="Jackets",
    ),
]
