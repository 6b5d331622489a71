"""BLIND_1281 (45 products; Myntra winterwear over layers, base zero-shot): written blind in the sixty-second session.
Measured blind at c5d464a (the session's eighth rules): 48/61 failures found (78.7%) and 28/217 correct texts flagged
(12.9%). The writer's notes, verbatim:

Scenario: a Myntra women's winterwear feed (Sweaters, Cardigan, Shrug, Coats, Jackets as article types) shot the usual
way: a model on a plain backdrop wearing the product open or closed over other clothes (tees, shirts, tank tops,
dresses, a kurta), with jeans, trousers, leggings or a skirt; a few flat lays, back views and props (a mug, a bag, a
stool, a scarf). The catalog columns are title, category (article type), color (base colour) and gender, one left out
now and then.
Who wrote what: every text is the untuned Salesforce/blip2-opt-2.7b, zero-shot, greedy: the caption from the image
alone (max 50 new tokens), the answers from `Question: ... Answer:` (max 30 new tokens), with the experiments'
questionnaire adapted to winterwear: "What is she wearing?", the color, description and details of the product (the
questionnaire's "shirt" replaced by the title's garment word), the color of the visible bottom (jeans, pants, skirt),
and now and then the VQA data's yes/no "Is this a ...?" or a sleeve-length or material question. The base model
mostly stops by itself, so answers are short; loops and cuts are rare, the usual faults are colors taken from the
layer underneath or from the other garment, one color repeated for two garments, invented details and a wrong
pronoun in captions.
Labeling conventions and judgement calls: judged by the imagined photo and the title. Near hues accepted as right
(maroon or burgundy called red/maroon, teal called blue, peach called pink, rust called orange, lavender called
purple, khaki called beige, off-white or cream called white); a color that belongs to another visible garment is
other_garment_color, also for the bottom's color question and for a description that gives the product the inner
shirt's collar or sleeves' color; a wrong color that no other garment has, a "no" to "Is this a <title's garment>?",
or a wrong sleeve length is contradiction. A shrug called a cardigan or a shacket called a shirt is accepted; a crop
sweater called a crop top is accepted. "What is she wearing?" answered only with the other garments while the
product is plainly visible is contradiction; on a flat lay "a sweater" is accepted and "nothing" is non_answer.
Details the photo does not show (a hood, a belt, buttons on a back view, a reindeer, embroidery that is on the kurta,
a fabric the title does not state (cotton, down, leather for faux leather), "soft and warm", "water resistant") are
unsupported; materials the title states are fine. "it's a shrug"
or "it is a cardigan" to a describe/details question is non_answer; "the X details are ..." that only turns the
question back is restated. hit_limit only on the texts that ran to 30 tokens (two loops, one cut). About one text in
five is wrong, fewer than the fine-tuned adapters' four in ten: the untuned base answers short questions well and
stops by itself; its mistakes here come from the layers.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    material,
    wearing,
)


def she(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="she", hit_limit=hit_limit)


def col(garment, text, failure=None, hit_limit=False):
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


BLIND_1281 = [
    # Photo: front, mustard cable-knit crew-neck pullover, half tucked into mid-blue jeans, grey backdrop.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1281-001",
        caption("a woman wearing a yellow sweater and jeans"),
        she("a sweater"),
        col("sweater", "yellow"),
        describe("sweater", "it is a yellow sweater with a cable knit pattern"),
        details("sweater", "cable knit"),
        col("jeans", "blue"),
        gender="Women",
        title="Roadster Women Mustard Yellow Cable Knit Pullover",
        category="Sweaters",
        color="Mustard",
    ),
    # Photo: thin black knit shrug worn open over a white sleeveless top, black slim trousers, white backdrop.
    # All texts: base zero-shot. The wearing answer skips the shrug; the color answer is the top's.
    case(
        "X1281-002",
        caption("a woman wearing a black cardigan and a white top"),
        she("a white top and black pants", "contradiction"),
        col("shrug", "white", "other_garment_color"),
        describe("shrug", "it is a black shrug"),
        is_a("shrug", "no", "contradiction"),
        details("shrug", "the shrug is open in the front"),
        gender="Women",
        title="DressBerry Women Black Solid Open Front Shrug",
        category="Shrug",
        color="Black",
    ),
    # Photo: navy hooded parka with faux-fur hood trim, zipped, black skinny jeans, ankle boots, white backdrop.
    # All texts: base zero-shot. The jeans get the parka's blue.
    case(
        "X1281-003",
        caption("a woman wearing a blue jacket with a fur hood"),
        she("a parka"),
        col("jacket", "navy blue"),
        describe("jacket", "the jacket is a parka with a fur hood"),
        details("jacket", "fur hood, zipper, pockets"),
        col("jeans", "blue", "other_garment_color"),
        gender="Women",
        title="Mast & Harbour Women Navy Blue Solid Parka Jacket",
        category="Jackets",
        color="Navy Blue",
    ),
    # Photo: long camel overcoat worn open over a black turtleneck and black trousers, notch lapels, two flap pockets,
    # no belt; she holds a black handbag. All texts: base zero-shot.
    case(
        "X1281-004",
        caption("a woman in a brown coat holding a black purse"),
        she("a coat"),
        col("coat", "black", "other_garment_color"),
        describe("coat", "it is a long brown coat"),
        details("coat", "the coat has a belt and two pockets", "unsupported"),
        col("pants", "black"),
        gender="Women",
        title="Vero Moda Women Camel Brown Solid Overcoat",
        category="Coats",
        color="Camel Brown",
    ),
    # Photo: grey melange cardigan buttoned up, white tee at the neckline, light-wash blue jeans.
    # All texts: base zero-shot; grey repeated for the jeans.
    case(
        "X1281-005",
        caption("a woman wearing a grey cardigan and jeans"),
        she("a cardigan"),
        col("cardigan", "grey"),
        describe("cardigan", "a grey cardigan"),
        details("cardigan", "buttons"),
        col("jeans", "grey", "other_garment_color"),
        gender="Women",
        title="ONLY Women Grey Melange Self Design Cardigan",
        category="Cardigan",
        color="Grey Melange",
    ),
    # Photo: maroon ribbed crop sweater, high-waisted black wide-leg trousers, beige studio backdrop.
    # All texts: base zero-shot; all right (red for maroon accepted, crop top for crop sweater accepted).
    case(
        "X1281-006",
        caption("a woman wearing a red sweater and black pants"),
        she("a crop top and pants"),
        col("sweater", "maroon"),
        describe("sweater", "the sweater is cropped and has ribbed sleeves"),
        details("sweater", "ribbed"),
        is_a("sweater", "yes"),
        gender="Women",
        title="Tokyo Talkies Women Maroon Ribbed Crop Sweater",
        category="Sweaters",
        color="Maroon",
    ),
    # Photo: back view, hair in a bun: black hooded puffer, mid-blue jeans. All texts: base zero-shot.
    # The caption calls her a man; the jeans get the jacket's black.
    case(
        "X1281-007",
        caption("the back of a man wearing a black puffer jacket", "pronoun"),
        she("a black jacket"),
        col("jacket", "black"),
        describe("jacket", "it is a black puffer jacket with a hood"),
        details("jacket", "it has a hood"),
        col("jeans", "black", "other_garment_color"),
        gender="Women",
        title="Fort Collins Women Black Solid Puffer Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: peach knit shrug over a white floral midi dress, tan sandals. All texts: base zero-shot.
    case(
        "X1281-008",
        caption("a woman in a white dress with a pink cardigan"),
        she("a dress", "contradiction"),
        col("shrug", "pink"),
        describe("shrug", "it's a shrug", "non_answer"),
        details("shrug", "the shrug is made of cotton", "unsupported"),
        is_a("shrug", "yes"),
        gender="Women",
        title="Kassually Women Peach-Coloured Solid Shrug",
        category="Shrug",
        color="Peach",
    ),
    # Photo: navy V-neck pullover over a white collared shirt (collar and cuffs showing), grey trousers.
    # All texts: base zero-shot. The description gives the sweater the shirt's white collar.
    case(
        "X1281-009",
        caption("a woman wearing a blue sweater and a white shirt"),
        she("a sweater and a shirt"),
        col("sweater", "blue"),
        describe("sweater", "a v-neck sweater with a white collar", "other_garment_color"),
        details("sweater", "v neck"),
        col("pants", "grey"),
        material("wool"),
        gender="Women",
        title="Monte Carlo Women Navy Blue Woollen V-Neck Pullover",
        category="Sweaters",
        color="Navy Blue",
    ),
    # Photo: olive padded bomber-style jacket half zipped over a black tee, black jeans, white sneakers.
    # All texts: base zero-shot; the details answer loops to the token limit.
    case(
        "X1281-010",
        caption("a woman wearing a green jacket and black pants"),
        she("jacket"),
        col("jacket", "green"),
        describe("jacket", "the jacket is green and has a zipper"),
        details(
            "jacket",
            "the jacket is a padded jacket with a zipper and a zipper and a zipper and a zipper and a zipper and a"
            " zipper and a zipper",
            "loop",
            hit_limit=True,
        ),
        col("jeans", "black"),
        gender="Women",
        title="HERE&NOW Women Olive Green Solid Padded Jacket",
        category="Jackets",
        color="Olive",
    ),
    # Photo: long beige rib-knit cardigan open over a white tank top, blue mom jeans. All texts: base zero-shot.
    case(
        "X1281-011",
        caption("a woman wearing a white tank top and a beige cardigan"),
        she("a cardigan and jeans"),
        col("cardigan", "white", "other_garment_color"),
        describe("cardigan", "it is a long cardigan"),
        details("cardigan", "it is a cardigan", "non_answer"),
        col("jeans", "blue"),
        gender="Women",
        title="H&M Women Beige Rib-Knit Cardigan",
        category="Cardigan",
        color="Beige",
    ),
    # Photo: grey-and-black check long coat, belted at the waist, black turtleneck, black knee boots.
    # All texts: base zero-shot; all right.
    case(
        "X1281-012",
        caption("a woman in a grey plaid coat"),
        she("a coat"),
        col("coat", "grey"),
        describe("coat", "the coat is plaid"),
        details("coat", "belt"),
        is_a("coat", "yes"),
        gender="Women",
        title="Chemistry Women Grey Checked Overcoat",
        category="Coats",
        color="Grey",
    ),
    # Photo: black longline knit shrug over a red bodycon dress. All texts: base zero-shot; the color is the dress's,
    # the details answer is the garment word back.
    case(
        "X1281-013",
        caption("a woman in a red dress and a black cardigan"),
        she("a dress and a cardigan"),
        col("shrug", "red", "other_garment_color"),
        describe("shrug", "a long black shrug"),
        details("shrug", "shrug", "non_answer"),
        is_a("shrug", "yes"),
        gender="Women",
        title="SASSAFRAS Women Black Longline Shrug",
        category="Shrug",
        color="Black",
    ),
    # Photo: lavender sherpa fleece jacket zipped to the chin, white joggers. All texts: base zero-shot.
    case(
        "X1281-014",
        caption("a woman wearing a purple fur jacket and white pants"),
        she("a fur coat"),
        col("jacket", "purple"),
        describe("jacket", "the jacket is made of faux fur and is very soft and warm", "unsupported"),
        details("jacket", "zipper"),
        col("pants", "white"),
        gender="Women",
        title="Campus Sutra Women Lavender Solid Sherpa Jacket",
        category="Jackets",
        color="Lavender",
    ),
    # Photo: flat lay, no model: navy textured pullover on white, no hood. All texts: base zero-shot.
    case(
        "X1281-015",
        caption("a blue sweater laying on a white surface"),
        she("a sweater"),
        col("sweater", "blue"),
        describe("sweater", "it is a blue sweater with a textured pattern"),
        details("sweater", "the sweater has a hood", "unsupported"),
        gender="Women",
        title="Allen Solly Woman Navy Blue Self-Design Pullover",
        category="Sweaters",
        color="Navy Blue",
    ),
    # Photo: pink front-open sweater with patch pockets over a white shirt, mid-blue jeans.
    # All texts: base zero-shot; the jeans get the sweater's pink, and it denies the title's garment.
    case(
        "X1281-016",
        caption("a woman wearing a pink cardigan and jeans"),
        she("cardigan"),
        col("sweater", "pink"),
        describe("sweater", "the sweater is pink and has pockets"),
        details("sweater", "pockets"),
        col("jeans", "pink", "other_garment_color"),
        is_a("sweater", "no", "contradiction"),
        gender="Women",
        title="Okane Women Pink Solid Front-Open Sweater",
        category="Sweaters",
        color="Pink",
    ),
    # Photo: red bomber jacket with black-and-white striped rib trim at cuffs and hem, black tee, black jeans.
    # All texts: base zero-shot; all right. The feed row has no category.
    case(
        "X1281-017",
        caption("a woman in a red bomber jacket"),
        she("a jacket"),
        col("jacket", "red"),
        describe("jacket", "it is a red bomber jacket with black and white stripes"),
        details("jacket", "stripes on the sleeves"),
        col("jeans", "black"),
        is_a("jacket", "yes"),
        gender="Women",
        title="Duke Women Red Solid Bomber Jacket",
        color="Red",
    ),
    # Photo: mustard cropped ribbed shrug, open, no buttons, over a black camisole, blue denim mini skirt; sunglasses
    # in her hand. All texts: base zero-shot.
    case(
        "X1281-018",
        caption("a woman wearing a yellow sweater and a denim skirt"),
        she("a sweater and a skirt"),
        col("shrug", "yellow"),
        describe("shrug", "the shrug is cropped"),
        details("shrug", "the shrug has a button closure", "unsupported"),
        col("skirt", "blue"),
        gender="Women",
        title="FabAlley Women Mustard Ribbed Shrug",
        category="Shrug",
        color="Mustard",
    ),
    # Photo: black faux-leather biker jacket with an asymmetric zip, white tee, blue ripped jeans.
    # All texts: base zero-shot; all right but the material: the title says faux leather.
    case(
        "X1281-019",
        caption("a woman wearing a black leather jacket and ripped jeans"),
        she("leather jacket"),
        col("jacket", "black"),
        describe("jacket", "it is a black leather jacket with a zipper"),
        details("jacket", "zippers"),
        col("jeans", "blue"),
        material("leather", "unsupported"),
        gender="Women",
        title="Vero Moda Women Black Faux Leather Biker Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: long beige teddy coat with wide lapels, no hood, over a brown knit dress; beige tote on her arm.
    # All texts: base zero-shot. White is nobody's color here.
    case(
        "X1281-020",
        caption("a woman in a teddy bear coat holding a bag"),
        she("a coat"),
        col("coat", "white", "contradiction"),
        describe("coat", "the coat is made of faux fur and has a collar"),
        details("coat", "the coat has a hood", "unsupported"),
        is_a("coat", "yes"),
        gender="Women",
        title="Trendyol Women Beige Teddy Coat",
        category="Coats",
        color="Beige",
    ),
    # Photo: blue denim jacket with a white sherpa collar over a grey hoodie (its hood out over the collar), black
    # leggings. All texts: base zero-shot. The hood is the hoodie's.
    case(
        "X1281-021",
        caption("a woman wearing a denim jacket with a white fur collar"),
        she("a denim jacket and a hoodie"),
        col("jacket", "grey", "other_garment_color"),
        describe("jacket", "the jacket is a denim jacket with a sherpa collar"),
        details("jacket", "the jacket has a fur collar and a fur lining and a hood", "unsupported"),
        col("pants", "black"),
        gender="Women",
        title="Pepe Jeans Women Blue Denim Sherpa Jacket",
        category="Jackets",
        color="Blue",
    ),
    # Photo: white crochet open-knit shrug over a black tank top and black jeans. All texts: base zero-shot.
    case(
        "X1281-022",
        caption("a woman wearing a white lace cardigan over a black top"),
        she("a black top and black jeans", "contradiction"),
        col("shrug", "black", "other_garment_color"),
        describe("shrug", "it is a white crochet shrug"),
        details("shrug", "crochet"),
        col("jeans", "black"),
        gender="Women",
        title="Athena Women White Crochet Shrug",
        category="Shrug",
        color="White",
    ),
    # Photo: rust turtleneck pullover tucked into cream wide trousers, gold earrings. All texts: base zero-shot.
    case(
        "X1281-023",
        caption("a woman wearing an orange turtle neck sweater"),
        she("a turtleneck"),
        col("sweater", "orange"),
        describe("sweater", "turtle neck"),
        details("sweater", "the sweater has a turtleneck and long sleeves"),
        col("pants", "orange", "other_garment_color"),
        is_a("sweater", "yes"),
        gender="Women",
        title="Madame Women Rust Solid Turtle Neck Pullover",
        category="Sweaters",
        color="Rust",
    ),
    # Photo: back view, long hair, head turned a little: charcoal long coat with a back vent, black trousers, heeled
    # boots. The front (and its buttons) is not in the shot. All texts: base zero-shot.
    case(
        "X1281-024",
        caption("a woman in a grey coat walking away"),
        she("coat"),
        col("coat", "grey"),
        describe("coat", "it is a long grey coat with buttons", "unsupported"),
        details("coat", "the coat has a slit in the back"),
        material("wool"),
        gender="Women",
        title="Cayman Women Charcoal Grey Solid Wool Blend Overcoat",
        category="Coats",
        color="Charcoal",
    ),
    # Photo: teal quilted lightweight jacket with a stand collar, no hood, zipped, light-blue jeans.
    # All texts: base zero-shot.
    case(
        "X1281-025",
        caption("a woman wearing a blue jacket and jeans"),
        she("she is wearing a blue jacket"),
        col("jacket", "blue"),
        describe("jacket", "it is a quilted jacket with a hood", "unsupported"),
        details("jacket", "quilted"),
        col("jeans", "blue"),
        is_a("jacket", "yes"),
        gender="Women",
        title="98 Degree North Women Teal Blue Solid Quilted Jacket",
        category="Jackets",
        color="Teal",
    ),
    # Photo: flat lay on a wooden floor: pink cable-knit pullover, a coffee mug and reading glasses beside it.
    # All texts: base zero-shot. No gender column in this row.
    case(
        "X1281-026",
        caption("a pink sweater, a cup of coffee and glasses on a wooden floor"),
        she("nothing", "non_answer"),
        col("sweater", "pink"),
        describe("sweater", "it is a pink knitted sweater"),
        details("sweater", "cable knit"),
        title="Kalt Women Pink Self Design Pullover",
        category="Sweaters",
        color="Pink",
    ),
    # Photo: off-white cable-knit cardigan buttoned with gold buttons, a light-blue shirt collar at the neck, dark
    # blue jeans. All texts: base zero-shot; white repeated for the jeans.
    case(
        "X1281-027",
        caption("a woman wearing a white sweater and jeans"),
        she("cardigan"),
        col("cardigan", "white"),
        describe("cardigan", "the cardigan is white with gold buttons"),
        details("cardigan", "gold buttons"),
        col("jeans", "white", "other_garment_color"),
        is_a("cardigan", "yes"),
        gender="Women",
        title="U.S. Polo Assn. Women Off-White Cable Knit Cardigan",
        category="Cardigan",
        color="Off White",
    ),
    # Photo: brown corduroy shacket open over a white tee, two flap chest pockets, black jeans.
    # All texts: base zero-shot; it sees a shirt and says no to the jacket.
    case(
        "X1281-028",
        caption("a woman wearing a brown shirt and black jeans"),
        she("a brown jacket"),
        col("jacket", "brown"),
        describe("jacket", "brown corduroy"),
        details("jacket", "the jacket has two chest pockets with flaps"),
        col("jeans", "black"),
        is_a("jacket", "no", "contradiction"),
        gender="Women",
        title="Roadster Women Brown Solid Corduroy Shacket",
        category="Jackets",
        color="Brown",
    ),
    # Photo: plus-size model, dark burgundy round-neck pullover, black leggings, grey backdrop.
    # All texts: base zero-shot; the sweater's color answer is the leggings' black.
    case(
        "X1281-029",
        caption("a woman in a maroon sweater and black leggings"),
        she("a sweater and leggings"),
        col("sweater", "black", "other_garment_color"),
        describe("sweater", "the sweater is a maroon sweater"),
        details("sweater", "the sweater details are the same as the sweater", "restated"),
        col("pants", "black"),
        gender="Women",
        title="Pluss Women Burgundy Solid Plus Size Pullover",
        category="Sweaters",
        color="Burgundy",
    ),
    # Photo: long grey melange cardigan open over a black top and black jeans, patch pockets, a red scarf looped
    # round the neck. All texts: base zero-shot; the color is the scarf's.
    case(
        "X1281-030",
        caption("a woman wearing a grey cardigan and a red scarf"),
        she("a cardigan, scarf and jeans"),
        col("cardigan", "red", "other_garment_color"),
        describe("cardigan", "long"),
        details("cardigan", "the cardigan is long and has pockets"),
        col("jeans", "black"),
        gender="Women",
        title="Mango Women Grey Melange Knitted Longline Cardigan",
        category="Cardigan",
        color="Grey Melange",
    ),
    # Photo: short-haired model, hood up, navy longline hooded puffer, black trousers. All texts: base zero-shot; the
    # fill is nowhere in the photo or the title.
    case(
        "X1281-031",
        caption("a man wearing a blue puffer jacket with a hood", "pronoun"),
        she("a jacket"),
        col("jacket", "blue"),
        describe("jacket", "it is a long puffer jacket"),
        details("jacket", "hood"),
        col("pants", "black"),
        material("down feathers", "unsupported"),
        gender="Women",
        title="ONLY Women Navy Blue Longline Puffer Jacket",
        category="Jackets",
        color="Navy Blue",
    ),
    # Photo: khaki double-breasted trench coat, belted at the waist, blue jeans below the hem, white sneakers.
    # All texts: base zero-shot; the description runs round "a belt" to the token limit.
    case(
        "X1281-032",
        caption("a woman wearing a trench coat and white sneakers"),
        she("a trench coat"),
        col("coat", "beige"),
        describe(
            "coat",
            "the coat is a trench coat with a belt and buttons on the front and a belt on the back and a belt on the"
            " sleeves and a belt on the",
            "loop",
            hit_limit=True,
        ),
        details("coat", "double breasted"),
        col("jeans", "blue"),
        gender="Women",
        title="Vero Moda Women Khaki Solid Trench Coat",
        category="Coats",
        color="Khaki",
    ),
    # Photo: red fair isle pullover (white and navy snowflake yoke, no animals), white shirt collar, navy jeans; she
    # holds a mug. All texts: base zero-shot. The feed row has no color.
    case(
        "X1281-033",
        caption("a woman in a red christmas sweater holding a mug"),
        she("a christmas sweater"),
        col("sweater", "red and white"),
        describe("sweater", "it is a red sweater with a snowflake pattern"),
        details("sweater", "the sweater has a reindeer on the front", "unsupported"),
        col("jeans", "blue"),
        gender="Women",
        title="Marks & Spencer Women Red Fair Isle Pullover",
        category="Sweaters",
    ),
    # Photo: peach cardigan buttoned to the top, white A-line skirt. All texts: base zero-shot; one answer runs on
    # into the next prompt.
    case(
        "X1281-034",
        caption("a woman wearing a peach cardigan and a white skirt"),
        she("a cardigan"),
        col("cardigan", "peach Question: What is the color of the skirt? Answer: white", "leak"),
        describe("cardigan", "a peach cardigan with buttons"),
        details("cardigan", "buttons"),
        col("skirt", "white"),
        gender="Women",
        title="DressBerry Women Peach Solid Cardigan",
        category="Cardigan",
        color="Peach",
    ),
    # Photo: maroon overcoat, hand in a pocket, black turtleneck, black trousers. All texts: base zero-shot.
    case(
        "X1281-035",
        caption("a woman in a maroon coat standing with her hands in her pockets"),
        she("a coat and black pants"),
        col("coat", "maroon"),
        describe("coat", "the coat is maroon"),
        details("coat", "i don't know", "non_answer"),
        col("pants", "maroon", "other_garment_color"),
        gender="Women",
        title="Chemistry Women Maroon Solid Overcoat",
        category="Coats",
        color="Maroon",
    ),
    # Photo: plain navy woollen shrug over a white kurta with embroidered sleeves, white churidar.
    # All texts: base zero-shot; color and embroidery are the kurta's.
    case(
        "X1281-036",
        caption("a woman wearing a blue sweater over a white dress"),
        she("a white dress and a blue sweater"),
        col("shrug", "white", "other_garment_color"),
        describe("shrug", "the shrug is a long sleeved shrug"),
        details("shrug", "the shrug has embroidery on the sleeves", "unsupported"),
        is_a("shrug", "yes"),
        gender="Women",
        title="W Women Navy Blue Woollen Shrug",
        category="Shrug",
        color="Navy Blue",
    ),
    # Photo: black padded jacket with a stand collar, zipped, a red sweater showing at the neck, blue jeans.
    # All texts: base zero-shot; the description runs to the limit and is cut, the jeans get the sweater's red.
    case(
        "X1281-037",
        caption("a woman wearing a black jacket"),
        she("a black jacket and jeans"),
        col("jacket", "black"),
        describe(
            "jacket",
            "the jacket is a black padded jacket with a high collar and a zipper on the front. it has two pockets on"
            " the front and a zipper on the",
            "cut",
            hit_limit=True,
        ),
        details("jacket", "zipper"),
        col("jeans", "red", "other_garment_color"),
        gender="Women",
        title="Levis Women Black Solid Padded Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: cropped white faux-fur jacket over a black slip dress, a silver clutch in hand.
    # All texts: base zero-shot; all right.
    case(
        "X1281-038",
        caption("a woman in a white fur coat and black dress"),
        she("a fur coat"),
        col("jacket", "white"),
        describe("jacket", "it is a white fur jacket"),
        details("jacket", "fur"),
        is_a("jacket", "yes"),
        gender="Women",
        title="HERE&NOW Women White Solid Faux Fur Jacket",
        category="Jackets",
        color="White",
    ),
    # Photo: grey V-neck sweater vest (sleeveless) over a white full-sleeve shirt, black trousers.
    # All texts: base zero-shot; color and sleeves are the shirt's.
    case(
        "X1281-039",
        caption("a woman wearing a grey sweater vest over a white shirt"),
        she("a vest and a shirt"),
        col("sweater", "white", "other_garment_color"),
        describe("sweater", "a sweater vest"),
        BLIND_QUESTIONS.sleeve_length("long sleeves", "contradiction"),
        details("sweater", "v neck"),
        col("pants", "black"),
        gender="Women",
        title="Allen Solly Woman Grey V-Neck Sweater Vest",
        category="Sweaters",
        color="Grey",
    ),
    # Photo: cream cropped cardigan buttoned all the way and worn as a top, light-wash jeans.
    # All texts: base zero-shot; it takes the cardigan for a sweater and says no.
    case(
        "X1281-040",
        caption("a woman wearing a white sweater and jeans"),
        she("a white sweater and jeans"),
        col("cardigan", "white"),
        describe("cardigan", "a white cropped sweater"),
        details("cardigan", "it has buttons on the front"),
        is_a("cardigan", "no", "contradiction"),
        gender="Women",
        title="Vero Moda Women Cream Cropped Cardigan",
        category="Cardigan",
        color="Cream",
    ),
    # Photo: mustard hooded puffer, black joggers, white backdrop, one hand on the hood.
    # All texts: base zero-shot; yellow repeated for the joggers.
    case(
        "X1281-041",
        caption("a woman in a yellow puffer jacket"),
        she("a yellow jacket and black pants"),
        col("jacket", "yellow"),
        describe("jacket", "yellow"),
        details("jacket", "the jacket details are yellow", "restated"),
        col("pants", "yellow", "other_garment_color"),
        gender="Women",
        title="Roadster Women Mustard Yellow Solid Puffer Jacket",
        category="Jackets",
        color="Mustard",
    ),
    # Photo: model with a pixie cut, grey quilted jacket with snap buttons over a white tee, mid-blue jeans.
    # All texts: base zero-shot; a man in the caption, grey repeated for the jeans.
    case(
        "X1281-042",
        caption("a young man in a grey jacket and jeans", "pronoun"),
        she("a jacket and jeans"),
        col("jacket", "grey"),
        describe("jacket", "quilted"),
        details("jacket", "the jacket has a quilted pattern and snap buttons"),
        col("jeans", "grey", "other_garment_color"),
        gender="Women",
        title="Nautica Women Grey Solid Quilted Jacket",
        category="Jackets",
        color="Grey",
    ),
    # Photo: short green ribbed shrug over a white crop top, beige trousers. All texts: base zero-shot.
    case(
        "X1281-043",
        caption("a woman wearing a green cardigan and beige pants"),
        she("a green cardigan"),
        col("shrug", "green"),
        describe("shrug", "Answer: it is a green shrug", "leak"),
        details("shrug", "ribbed"),
        col("pants", "green", "other_garment_color"),
        gender="Women",
        title="Harpa Women Green Solid Ribbed Shrug",
        category="Shrug",
        color="Green",
    ),
    # Photo: seated on a wooden stool: long black open cardigan with two pockets, no belt, over a grey knit dress.
    # All texts: base zero-shot.
    case(
        "X1281-044",
        caption("a woman sitting on a stool wearing a black cardigan"),
        she("a grey dress and a black cardigan"),
        col("cardigan", "black"),
        describe("cardigan", "it's a long black cardigan with a belt", "unsupported"),
        details("cardigan", "the cardigan has two pockets"),
        is_a("cardigan", "yes"),
        gender="Women",
        title="Trendyol Women Black Longline Knitted Cardigan",
        category="Cardigan",
        color="Black",
    ),
    # Photo: maroon padded jacket with a detachable hood, black skinny jeans. All texts: base zero-shot.
    # No gender column in this row.
    case(
        "X1281-045",
        caption("a woman in a red puffer jacket and black jeans"),
        she("puffer jacket"),
        col("jacket", "red"),
        describe("jacket", "the jacket is made of polyester and is water resistant", "unsupported"),
        details("jacket", "hood"),
        col("jeans", "black"),
        title="Fort Collins Women Maroon Solid Padded Jacket",
        category="Jackets",
        color="Maroon",
    ),
]
