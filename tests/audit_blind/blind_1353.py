"""BLIND_1353 (45 products; Myntra women's winterwear, layered, base model zero-shot): written blind in the sixty-third
session. Measured blind at a6e2e4e (the session's eighth and final rules): 44/57 failures found (77.2%) and 14/212
correct texts flagged (6.6%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's winterwear (sweaters, cardigans, shrugs, coats, jackets), photographed the usual
way: a model on a plain white or grey backdrop wearing the product over or with other clothes (tees, shirts, dresses,
jeans, trousers, skirts), now and then a back view, a flat lay, or a prop (a handbag, a coffee cup, glasses). The
catalog columns are Myntra's: title, category (the article type: Sweaters, which also holds the cardigans, Shrug,
Coats, Jackets), color (the base colour) and gender; a few rows lack one of them, as real feeds do.
Who wrote what: every text comes from the untuned base model, Salesforce/blip2-opt-2.7b, zero-shot, greedy, with
no adapter: the caption from the bare image (no prompt, 50 new tokens at most), the answers from the experiments'
questionnaire in the "Question: ... Answer:" format (30 new tokens at most), with the garment word taken from the
title (sweater, cardigan, shrug, coat, jacket; a pullover is asked as a sweater) and "she" for the person. Every
product gets the caption, "What is she wearing?", the color, "Describe the ...", and the details question; part of
the feed also got the jeans/pants color question of the old questionnaire, the yes/no garment question, and the
material, pattern or sleeve question. The job stops on the newline most of the time, so most answers are short;
when it did not stop the model ran on into loops, a new "Question: ... Answer:" turn, or to the token limit.
Labeling conventions and judgement calls: judged against the photo I imagined (the comment above each case) and
the title. Near hues count as right (mustard "yellow", camel "brown", olive "green", off white or cream "white",
burgundy "red", coral "pink", teal "blue", grey melange "grey"); navy read as "black" is wrong (contradiction). A
color of the clothes underneath, or of the bottoms, given for the product (or the product's color given to the
jeans/pants) is other_garment_color; a color of an accessory or of a trim of the product itself is contradiction. A
"What is she wearing?" answer that names only the clothes under the product, so the product is missing, is
contradiction (the seller says it is a cardigan or shrug). A pattern or sleeve answer that belongs to the dress
underneath, or that another answer contradicts, is contradiction; a yes/no "no" for the title's garment is
contradiction. "leather" as the material of a faux leather jacket is contradiction (the title says faux), while a
caption calling it a "leather jacket" names the style and is correct; a shrug called a cardigan or jacket in a
caption is correct. A material the title does not give and the product is not made of (wool for a polyester trench,
mohair for an acrylic cardigan), a hood or fur or belt the product has not, or buttons of a color it has not are
unsupported. "Describe the shrug." answered "a shrug" or "it's a shrug" is restated; "nothing" and "there are no
details" are non_answer. Each wrong text gets one kind, the one I think matters most: a run-on that turns into a new
"Question:" turn is leak even when it also repeats. A flat lay answered "a sweater" to "What is she wearing?" is
correct (it names the product). The base model zero-shot mostly gives short answers that are right; about one
text in five is wrong here, most of them colors taken from the layers. hit_limit marks the texts that ran to 30
(answers) or 50 (captions) new tokens.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1353 = [
    # Front shot: mustard crew-neck pullover tucked into mid-blue jeans, white backdrop. All texts: base zero-shot.
    case(
        "X1353-001",
        caption("a woman wearing a yellow sweater and jeans"),
        wearing("a yellow sweater and jeans", who="she"),
        color_of("sweater", "yellow", kind="open"),
        describe("sweater", "it's a yellow sweater"),
        details("sweater", "it has a round neck and long sleeves"),
        color_of("jeans", "blue", kind="open"),
        gender="Women",
        title="Roadster Women Mustard Yellow Solid Pullover Sweater",
        category="Sweaters",
        color="Mustard",
    ),
    # Front shot: grey melange button-front cardigan worn open over a white tee, black trousers. The wearing answer
    # names only the clothes underneath; the color answer is the tee's white. Base zero-shot.
    case(
        "X1353-002",
        caption("a woman wearing a grey cardigan and black pants"),
        wearing("a white shirt and black pants", "contradiction", who="she"),
        color_of("cardigan", "white", "other_garment_color", kind="open"),
        describe("cardigan", "it is a grey knit cardigan"),
        details("cardigan", "it has buttons on the front"),
        gender="Women",
        title="DressBerry Women Grey Melange Self-Design Cardigan",
        category="Sweaters",
        color="Grey Melange",
    ),
    # Front shot: black longline open-front shrug (no buttons) over a white top and blue jeans. Base zero-shot; the
    # description only says the garment's name back.
    case(
        "X1353-003",
        caption("a woman wearing a black cardigan and a white top"),
        wearing("a black cardigan and a white t-shirt", who="she"),
        color_of("shrug", "black", kind="open"),
        describe("shrug", "it's a shrug", "restated"),
        details("shrug", "the shrug is long and has no buttons"),
        is_a("shrug", "yes"),
        gender="Women",
        title="Vero Moda Women Black Solid Longline Shrug",
        category="Shrug",
        color="Black",
    ),
    # Front shot: navy cable-knit crew-neck pullover, a white shirt collar showing at the neck, grey trousers. Dark
    # navy under studio light: the caption and the color answer say black; the details give the sweater the shirt's
    # white collar. Base zero-shot.
    case(
        "X1353-004",
        caption("a woman wearing a black sweater and grey pants", "contradiction"),
        wearing("a blue sweater", who="she"),
        color_of("sweater", "black", "contradiction", kind="open"),
        describe("sweater", "it is a cable knit sweater"),
        details("sweater", "the collar is white", "other_garment_color"),
        gender="Women",
        title="HERE&NOW Women Navy Blue Cable Knit Pullover",
        category="Sweaters",
        color="Navy Blue",
    ),
    # Front shot: olive padded puffer jacket, zipped, attached hood down, black jeans. Polyester shell (product page).
    # Base zero-shot, all right.
    case(
        "X1353-005",
        caption("a woman wearing a green jacket and black jeans"),
        wearing("a green jacket", who="she"),
        color_of("jacket", "green", kind="open"),
        describe("jacket", "it is a puffer jacket with a hood"),
        details("jacket", "it has a zipper and a hood"),
        Q.material("polyester"),
        color_of("jeans", "black", kind="open"),
        gender="Women",
        title="Mast & Harbour Women Olive Green Solid Padded Jacket",
        category="Jackets",
        color="Olive",
    ),
    # Front shot: camel single-breasted overcoat worn open over a black turtleneck and black trousers, notched
    # lapels, no belt, a black handbag on the arm. The color answer takes the black of the clothes under it; the
    # description invents a belt. Base zero-shot.
    case(
        "X1353-006",
        caption("a woman in a brown coat holding a black bag"),
        wearing("a coat", who="she"),
        color_of("coat", "black", "other_garment_color", kind="open"),
        describe("coat", "it is a long brown coat with a belt", "unsupported"),
        details("coat", "it has a collar and pockets"),
        is_a("coat", "yes"),
        gender="Women",
        title="Harpa Women Camel Brown Solid Overcoat",
        category="Coats",
        color="Camel Brown",
    ),
    # Front shot: pink and white horizontally striped crew-neck pullover, blue jeans. Base zero-shot, all right.
    case(
        "X1353-007",
        caption("a woman wearing a pink and white striped sweater"),
        wearing("a striped sweater and jeans", who="she"),
        color_of("sweater", "pink and white", kind="open"),
        describe("sweater", "the sweater is pink and white striped"),
        details("sweater", "stripes"),
        Q.pattern("striped"),
        gender="Women",
        title="Tokyo Talkies Women Pink Striped Pullover",
        category="Sweaters",
        color="Pink",
    ),
    # Three-quarter back view: navy puffer jacket with the hood up, grey leggings. The wearing answer sees the blue,
    # the color answer says black. Base zero-shot.
    case(
        "X1353-008",
        caption("a woman in a blue jacket with a hood"),
        wearing("a blue jacket and grey pants", who="she"),
        color_of("jacket", "black", "contradiction", kind="open"),
        describe("jacket", "it is a blue puffer jacket with a hood"),
        details("jacket", "the hood is attached to the jacket"),
        color_of("pants", "grey", kind="open"),
        gender="Women",
        title="Fort Collins Women Navy Blue Solid Puffer Jacket",
        category="Jackets",
        color="Navy Blue",
    ),
    # Front shot: cream ribbed cropped sweater over a white collared shirt (collar and cuffs out), black trousers. The
    # wearing answer sees only a white shirt. Base zero-shot.
    case(
        "X1353-009",
        caption("a woman wearing a white sweater and black pants"),
        wearing("a white shirt and black pants", "contradiction", who="she"),
        color_of("sweater", "white", kind="open"),
        describe("sweater", "it is a white sweater that is cropped"),
        details("sweater", "the sweater is cropped and has a ribbed texture"),
        Q.sleeve_length("long"),
        gender="Women",
        title="SASSAFRAS Women Cream-Coloured Ribbed Crop Sweater",
        category="Sweaters",
        color="Cream",
    ),
    # Front shot: sheer peach open-front shrug with three-quarter sleeves over a white sleeveless top, blue jeans.
    # Color of the top; the description says the name back; the sleeve answer contradicts the details. Base.
    case(
        "X1353-010",
        caption("a woman wearing a pink cardigan and a white top"),
        wearing("a pink cardigan and a white top and jeans", who="she"),
        color_of("shrug", "white", "other_garment_color", kind="open"),
        describe("shrug", "the shrug is a shrug", "restated"),
        details("shrug", "the sleeves are 3/4"),
        is_a("shrug", "yes"),
        Q.sleeve_length("long", "contradiction"),
        gender="Women",
        title="Kassually Women Peach-Coloured Solid Shrug",
        category="Shrug",
        color="Peach",
    ),
    # Front shot: red V-neck cardigan buttoned up (self-coloured red buttons), black trousers. The details invent gold
    # buttons; the pants get the cardigan's red. Base zero-shot.
    case(
        "X1353-011",
        caption("a woman wearing a red sweater and black pants"),
        wearing("a red sweater", who="she"),
        color_of("cardigan", "red", kind="open"),
        describe("cardigan", "it is a red cardigan with buttons"),
        details("cardigan", "the buttons are gold", "unsupported"),
        color_of("pants", "red", "other_garment_color", kind="open"),
        gender="Women",
        title="Monte Carlo Women Red Self-Design Cardigan",
        category="Sweaters",
        color="Red",
    ),
    # Front shot: olive quilted bomber jacket open over a black tee, blue jeans; the model has short cropped hair.
    # The wearing answer calls her "he". Base zero-shot.
    case(
        "X1353-012",
        caption("a woman wearing a green jacket and jeans"),
        wearing("he is wearing a green jacket and jeans", "pronoun", who="she"),
        color_of("jacket", "green", kind="open"),
        describe("jacket", "it's a quilted jacket"),
        details("jacket", "the jacket has a zipper and pockets"),
        color_of("jeans", "blue", kind="open"),
        gender="Women",
        title="Campus Sutra Women Olive Green Quilted Jacket",
        category="Jackets",
        color="Olive",
    ),
    # Front shot: light-wash blue denim trucker jacket over a white hoodie (the hoodie's hood out over the collar),
    # black jeans. The description gives the jacket the hoodie's hood; the details loop to the limit; the jeans get the
    # jacket's blue. Base zero-shot.
    case(
        "X1353-013",
        caption("a woman wearing a denim jacket and a white hoodie"),
        wearing("a denim jacket", who="she"),
        color_of("jacket", "blue", kind="open"),
        describe("jacket", "it is a denim jacket with a hood", "unsupported"),
        details(
            "jacket",
            "the buttons, the pockets, the collar, the buttons, the pockets, the collar, the buttons, the pockets, "
            "the collar, the",
            "loop",
            hit_limit=True,
        ),
        color_of("jeans", "blue", "other_garment_color", kind="open"),
        is_a("jacket", "yes"),
        gender="Women",
        title="Levis Women Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
    ),
    # Front shot: burgundy belted trench coat worn closed, nude heels, grey backdrop. Polyester (product page); the
    # material answer says wool. Base zero-shot.
    case(
        "X1353-014",
        caption("a woman in a red trench coat"),
        wearing("a red coat", who="she"),
        color_of("coat", "burgundy", kind="open"),
        describe("coat", "it is a long trench coat with a belt"),
        details("coat", "the belt"),
        Q.material("wool", "unsupported"),
        gender="Women",
        title="AND Women Burgundy Solid Trench Coat",
        category="Coats",
        color="Burgundy",
    ),
    # Flat lay: beige rib-knit jumper on white, no person. Base zero-shot; the description says the name back.
    case(
        "X1353-015",
        caption("a beige sweater on a white background"),
        wearing("a sweater", who="she"),
        color_of("sweater", "beige", kind="open"),
        describe("sweater", "it's a sweater", "restated"),
        details("sweater", "the sweater has a ribbed neckline and cuffs"),
        Q.sleeve_length("long"),
        gender="Women",
        title="H&M Women Beige Rib-Knit Jumper",
        category="Sweaters",
        color="Beige",
    ),
    # Front shot: maroon pointelle longline cardigan worn open over a black top and black jeggings. Color of the black
    # underneath; the details loop to the limit. Base zero-shot.
    case(
        "X1353-016",
        caption("a woman wearing a maroon cardigan and black leggings"),
        wearing("a maroon sweater and black leggings", who="she"),
        color_of("cardigan", "black", "other_garment_color", kind="open"),
        describe("cardigan", "the cardigan is long and has a pattern of holes"),
        details(
            "cardigan",
            "the cardigan is a longline cardigan with a longline cardigan with a longline cardigan with a longline "
            "cardigan with a",
            "loop",
            hit_limit=True,
        ),
        is_a("cardigan", "yes"),
        gender="Women",
        title="Madame Women Maroon Self Design Longline Cardigan",
        category="Sweaters",
        color="Maroon",
    ),
    # Front shot: black faux leather biker jacket, asymmetric zip, open over a grey tee, blue jeans. "leather jacket"
    # in the caption is the style; "leather" as the material contradicts the title. Base zero-shot.
    case(
        "X1353-017",
        caption("a woman wearing a black leather jacket and jeans"),
        wearing("a leather jacket and jeans", who="she"),
        color_of("jacket", "black", kind="open"),
        describe("jacket", "it is a black leather jacket with a zipper"),
        details("jacket", "the zipper"),
        Q.material("leather", "contradiction"),
        gender="Women",
        title="ONLY Women Black Solid Faux Leather Biker Jacket",
        category="Jackets",
        color="Black",
    ),
    # Back view: charcoal waterfall open-front shrug over a white tee, blue jeans. No color column in this row. The
    # details say nothing. Base zero-shot.
    case(
        "X1353-018",
        caption("the back of a woman wearing a grey cardigan"),
        wearing("a grey sweater and blue jeans", who="she"),
        color_of("shrug", "grey", kind="open"),
        describe("shrug", "it is a long grey shrug"),
        details("shrug", "there are no details", "non_answer"),
        gender="Women",
        title="Roadster Women Charcoal Grey Open Front Shrug",
        category="Shrug",
    ),
    # Front shot: sheer black longline shrug over a red-on-white floral midi dress. The wearing answer misses the
    # shrug; color and pattern are the dress's; the yes/no says no. Base zero-shot.
    case(
        "X1353-019",
        caption("a woman wearing a floral dress and a black cardigan"),
        wearing("a dress", "contradiction", who="she"),
        color_of("shrug", "red", "other_garment_color", kind="open"),
        describe("shrug", "the shrug is black and sheer"),
        details("shrug", "the shrug is long"),
        is_a("shrug", "no", "contradiction"),
        Q.pattern("floral", "contradiction"),
        gender="Women",
        title="Sera Women Black Open-Front Longline Shrug",
        category="Shrug",
        color="Black",
    ),
    # Front shot: navy single-breasted coat worn closed, a grey knitted scarf, blue jeans. The coat gets the scarf's
    # grey. Base zero-shot.
    case(
        "X1353-020",
        caption("a woman in a blue coat and a grey scarf"),
        wearing("a blue coat and a grey scarf", who="she"),
        color_of("coat", "grey", "other_garment_color", kind="open"),
        describe("coat", "it is a blue coat with buttons"),
        details("coat", "buttons"),
        color_of("jeans", "blue", kind="open"),
        gender="Women",
        title="Allen Solly Woman Navy Blue Solid Single-Breasted Coat",
        category="Coats",
        color="Navy Blue",
    ),
    # Front shot: white cable-knit pullover, light blue jeans, a takeaway coffee cup in hand. The details loop to the
    # limit. Base zero-shot.
    case(
        "X1353-021",
        caption("a woman in a white sweater holding a cup of coffee"),
        wearing("a white sweater and jeans", who="she"),
        color_of("sweater", "white", kind="open"),
        describe("sweater", "it is a white sweater with a cable knit pattern"),
        details(
            "sweater",
            "the cable knit pattern on the front of the sweater is a cable knit pattern on the front of the sweater "
            "is a cable",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Vero Moda Women White Cable Knit Pullover",
        category="Sweaters",
        color="White",
    ),
    # Front shot: rust corduroy trucker jacket, buttoned chest pockets, open over a black turtleneck, black jeans.
    # Base zero-shot, all right.
    case(
        "X1353-022",
        caption("a woman wearing a brown jacket and black pants"),
        wearing("a brown jacket", who="she"),
        color_of("jacket", "orange", kind="open"),
        describe("jacket", "it's a corduroy jacket"),
        details("jacket", "the jacket has buttons and pockets"),
        color_of("jeans", "black", kind="open"),
        Q.material("corduroy"),
        gender="Women",
        title="Roadster Women Rust Brown Solid Corduroy Jacket",
        category="Jackets",
        color="Rust",
    ),
    # Front shot: grey checked longline overcoat open over a white shirt and black trousers, no bag. The wearing answer
    # ran on to the limit, cut mid-phrase (and the bag is not there). Base zero-shot.
    case(
        "X1353-023",
        caption("a woman in a grey plaid coat"),
        wearing(
            "she is wearing a grey coat and a white shirt and black pants and black shoes and a black bag and a black",
            "cut",
            who="she",
            hit_limit=True,
        ),
        color_of("coat", "grey", kind="open"),
        describe("coat", "it is a plaid coat"),
        details("coat", "the coat is plaid"),
        Q.pattern("plaid"),
        gender="Women",
        title="Mango Women Grey Checked Longline Overcoat",
        category="Coats",
        color="Grey",
    ),
    # Front shot: lavender V-neck cardigan buttoned up (white buttons), grey pleated midi skirt. The details answer did
    # not stop and started new question turns. Base zero-shot.
    case(
        "X1353-024",
        caption("a woman wearing a purple sweater and a grey skirt"),
        wearing("a purple cardigan and a grey skirt", who="she"),
        color_of("cardigan", "purple", kind="open"),
        describe("cardigan", "it is a purple cardigan with buttons"),
        details(
            "cardigan",
            "the buttons Question: What is the color of the buttons? Answer: white Question: What is",
            "leak",
            hit_limit=True,
        ),
        is_a("cardigan", "yes"),
        gender="Women",
        title="Marks & Spencer Women Lavender Solid Cardigan",
        category="Sweaters",
        color="Lavender",
    ),
    # Front shot: black short puffer with a plain detachable hood (no fur), black leggings, white sneakers, grey
    # backdrop. The description invents a fur hood. Base zero-shot.
    case(
        "X1353-025",
        caption("a woman in a black puffer jacket"),
        wearing("a black jacket and black pants", who="she"),
        color_of("jacket", "black", kind="open"),
        describe("jacket", "it is a black puffer jacket with a fur hood", "unsupported"),
        details("jacket", "the hood is detachable"),
        color_of("pants", "black", kind="open"),
        gender="Women",
        title="Pepe Jeans Women Black Solid Puffer Jacket with Detachable Hood",
        category="Jackets",
        color="Black",
    ),
    # Front shot: teal open-front shrug over a black bodycon dress. The wearing answer sees only the dress; the
    # description says the name back. Base zero-shot.
    case(
        "X1353-026",
        caption("a woman wearing a blue cardigan and a black dress"),
        wearing("a black dress", "contradiction", who="she"),
        color_of("shrug", "blue", kind="open"),
        describe("shrug", "a shrug", "restated"),
        details("shrug", "the sleeves are long"),
        gender="Women",
        title="Qurvii Women Teal Solid Open Front Shrug",
        category="Shrug",
        color="Teal",
    ),
    # Front shot: off-white textured pullover, brown wide-leg trousers. The pants get the sweater's white. Base
    # zero-shot.
    case(
        "X1353-027",
        caption("a woman wearing a white sweater and brown pants"),
        wearing("a white sweater and brown pants", who="she"),
        color_of("sweater", "white", kind="open"),
        describe("sweater", "the sweater is white"),
        details("sweater", "the sweater has a textured pattern"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        Q.sleeve_length("long"),
        gender="Women",
        title="Van Heusen Woman Off White Self-Design Sweater",
        category="Sweaters",
        color="Off White",
    ),
    # Back view: black wrap coat, the belt tied at the back, hair in a tight bun, white backdrop. The caption calls
    # her a man. Base zero-shot.
    case(
        "X1353-028",
        caption("a man in a black coat", "pronoun"),
        wearing("a black coat", who="she"),
        color_of("coat", "black", kind="open"),
        describe("coat", "it's a long black coat with a belt"),
        details("coat", "the belt is tied in the back"),
        gender="Women",
        title="Trendyol Women Black Solid Belted Wrap Coat",
        category="Coats",
        color="Black",
    ),
    # Front shot: mustard cropped puffer jacket, high neck, zipped half way over a white crop top, blue mom jeans.
    # The jeans get the jacket's yellow. Base zero-shot.
    case(
        "X1353-029",
        caption("a woman wearing a yellow jacket and jeans"),
        wearing("a yellow jacket", who="she"),
        color_of("jacket", "yellow", kind="open"),
        describe("jacket", "it is a short yellow puffer jacket"),
        details("jacket", "the jacket is cropped and has a high neck and a zipper"),
        color_of("jeans", "yellow", "other_garment_color", kind="open"),
        is_a("jacket", "yes"),
        gender="Women",
        title="Kotty Women Mustard Yellow Solid Crop Puffer Jacket",
        category="Jackets",
        color="Mustard",
    ),
    # Front shot: baby pink fuzzy cardigan with pearl buttons over a white cami, denim mini skirt. Acrylic (product
    # page); the material answer says mohair. Base zero-shot.
    case(
        "X1353-030",
        caption("a woman wearing a pink sweater and a denim skirt"),
        wearing("a pink sweater", who="she"),
        color_of("cardigan", "pink", kind="open"),
        describe("cardigan", "the cardigan is pink and fluffy"),
        details("cardigan", "pearl buttons"),
        Q.material("mohair", "unsupported"),
        gender="Women",
        title="DressBerry Women Pink Solid Fuzzy Cardigan",
        category="Sweaters",
        color="Pink",
    ),
    # Front shot: green and white argyle V-neck pullover over a white collared shirt, beige chinos. The pants get the
    # shirt's white. Base zero-shot.
    case(
        "X1353-031",
        caption("a woman wearing a green and white sweater"),
        wearing("a green sweater and a white shirt", who="she"),
        color_of("sweater", "green", kind="open"),
        describe("sweater", "the sweater is green and white with a diamond pattern"),
        details("sweater", "it has a v-neck"),
        Q.pattern("diamond"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        gender="Women",
        title="U.S. Polo Assn. Women Green & White Argyle Sweater",
        category="Sweaters",
        color="Green",
    ),
    # Front shot: red and black buffalo-check shacket worn open over a black tee, blue jeans; two flap chest pockets.
    # It looks like a shirt, and the yes/no answer says it is no jacket. Base zero-shot.
    case(
        "X1353-032",
        caption("a woman wearing a red and black plaid shirt"),
        wearing("a plaid shirt and jeans", who="she"),
        color_of("jacket", "red and black", kind="open"),
        describe("jacket", "it is a plaid jacket"),
        details("jacket", "the jacket has two pockets on the chest"),
        is_a("jacket", "no", "contradiction"),
        gender="Women",
        title="Athena Women Black & Red Checked Shacket",
        category="Jackets",
        color="Black",
    ),
    # Front shot: brown faux fur teddy jacket over a cream knit dress, beige boots. No category column in this row.
    # The details loop to the limit. Base zero-shot.
    case(
        "X1353-033",
        caption("a woman in a brown teddy coat"),
        wearing("a brown coat", who="she"),
        color_of("jacket", "brown", kind="open"),
        describe("jacket", "the jacket is fluffy and brown"),
        details(
            "jacket",
            "the jacket is a teddy bear jacket and it is a teddy bear jacket and it is a teddy bear jacket and it is",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Harpa Women Brown Solid Teddy Faux Fur Jacket",
        color="Brown",
    ),
    # Front shot: coral round-neck pullover, white jeans. The details answer says nothing. Base zero-shot.
    case(
        "X1353-034",
        caption("a woman wearing an orange sweater and white jeans"),
        wearing("an orange sweater and white jeans", who="she"),
        color_of("sweater", "pink", kind="open"),
        describe("sweater", "it is a sweater with a round neck"),
        details("sweater", "nothing", "non_answer"),
        color_of("jeans", "white", kind="open"),
        gender="Women",
        title="Globus Women Coral Solid Round-Neck Sweater",
        category="Sweaters",
        color="Coral",
    ),
    # Front shot: grey woollen longline overcoat, notch lapels, two flap pockets, open over a black turtleneck and
    # black trousers. Base zero-shot, all right.
    case(
        "X1353-035",
        caption("a woman in a grey coat and black turtleneck"),
        wearing("she is wearing a grey coat", who="she"),
        color_of("coat", "grey", kind="open"),
        describe("coat", "the coat is long and grey"),
        details("coat", "the coat has a collar and two pockets"),
        Q.material("wool"),
        gender="Women",
        title="Cayman Women Grey Woollen Longline Overcoat",
        category="Coats",
        color="Grey",
    ),
    # Front shot: lime green oversized drop-shoulder pullover, long sleeves pushed to the wrist, a white shirt hem out
    # below it, black skirt. The sleeve answer says short. Base zero-shot.
    case(
        "X1353-036",
        caption("a woman wearing a green sweater and a black skirt"),
        wearing("a green sweater", who="she"),
        color_of("sweater", "green", kind="open"),
        describe("sweater", "the sweater is a green sweater with a white shirt underneath"),
        details("sweater", "the sweater is oversized"),
        Q.sleeve_length("short", "contradiction"),
        gender="Women",
        title="Sztori Women Lime Green Solid Oversized Pullover",
        category="Sweaters",
        color="Lime Green",
    ),
    # Front shot: navy and white breton-striped cardigan worn open over a red top, white jeans. The cardigan gets the
    # top's red. Base zero-shot.
    case(
        "X1353-037",
        caption("a woman wearing a striped cardigan and white pants"),
        wearing("a striped sweater and a red shirt", who="she"),
        color_of("cardigan", "red", "other_garment_color", kind="open"),
        describe("cardigan", "it is a blue and white striped cardigan"),
        details("cardigan", "stripes"),
        color_of("jeans", "white", kind="open"),
        gender="Women",
        title="Honey by Pantaloons Women Navy Blue Striped Cardigan",
        category="Sweaters",
        color="Navy Blue",
    ),
    # Front shot: black longline parka, hood up with a grey faux fur trim, black jeans. The color answer gives the
    # trim's grey for the black jacket. Base zero-shot.
    case(
        "X1353-038",
        caption("a woman in a black parka with a fur hood"),
        wearing("a black coat with a fur hood", who="she"),
        color_of("jacket", "grey", "contradiction", kind="open"),
        describe("jacket", "the jacket is black and has a fur hood"),
        details("jacket", "the hood has fur"),
        gender="Women",
        title="Mast & Harbour Women Black Solid Longline Parka Jacket",
        category="Jackets",
        color="Black",
    ),
    # Flat lay: grey melange button-front cardigan on a bed, a pair of glasses laid on it. The details answer names
    # the prop. Base zero-shot.
    case(
        "X1353-039",
        caption("a grey sweater and a pair of glasses on a bed"),
        wearing("a sweater", who="she"),
        color_of("cardigan", "grey", kind="open"),
        describe("cardigan", "it is a grey cardigan with buttons"),
        details("cardigan", "the glasses", "contradiction"),
        gender="Women",
        title="Roadster Women Grey Melange Solid Cardigan",
        category="Sweaters",
        color="Grey Melange",
    ),
    # Front shot: beige knitted open-front shrug, long sleeves, over a black top and black trousers. The details answer
    # is a bare "no". Base zero-shot.
    case(
        "X1353-040",
        caption("a woman wearing a beige cardigan and black pants"),
        wearing("a beige cardigan", who="she"),
        color_of("shrug", "beige", kind="open"),
        describe("shrug", "it's a beige knit shrug"),
        details("shrug", "no", "non_answer"),
        is_a("shrug", "yes"),
        Q.sleeve_length("long"),
        gender="Women",
        title="FabAlley Women Beige Solid Knitted Shrug",
        category="Shrug",
        color="Beige",
    ),
    # Front shot: khaki belted trench coat worn open over a white tee, blue jeans, white sneakers. The coat gets the
    # tee's white; the details loop to the limit. Base zero-shot.
    case(
        "X1353-041",
        caption("a woman wearing a trench coat and jeans"),
        wearing("a trench coat, a white t-shirt and jeans", who="she"),
        color_of("coat", "white", "other_garment_color", kind="open"),
        describe("coat", "it's a trench coat with a belt and buttons"),
        details(
            "coat",
            "the buttons, the belt, the pockets, the collar, the sleeves, the buttons, the belt, the pockets, the "
            "collar, the sleeves, the",
            "loop",
            hit_limit=True,
        ),
        color_of("jeans", "blue", kind="open"),
        gender="Women",
        title="Vero Moda Women Khaki Solid Trench Coat",
        category="Coats",
        color="Khaki",
    ),
    # Front shot: red overcoat worn closed with black buttons, black tights and boots, one hand in a pocket. The
    # details answer did not stop and ran into question turns. Base zero-shot.
    case(
        "X1353-042",
        caption("a woman in a red coat"),
        wearing("a red coat", who="she"),
        color_of("coat", "red", kind="open"),
        describe("coat", "the coat is red"),
        details(
            "coat",
            "buttons. Question: What is the color of the buttons? Answer: black. Question: What is the color of the "
            "buttons? Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Zink London Women Red Solid Overcoat",
        category="Coats",
        color="Red",
    ),
    # Front shot: white chunky cable-knit cardigan over a light blue floral dress. Color and pattern are the dress's.
    # Base zero-shot.
    case(
        "X1353-043",
        caption("a woman wearing a white cardigan and a blue dress"),
        wearing("a white sweater and a blue dress", who="she"),
        color_of("cardigan", "blue", "other_garment_color", kind="open"),
        describe("cardigan", "the cardigan is white and chunky"),
        details("cardigan", "the cardigan has a cable knit pattern"),
        Q.pattern("floral", "contradiction"),
        gender="Women",
        title="ONLY Women White Cable Knit Cardigan",
        category="Sweaters",
        color="White",
    ),
    # Front shot: black cropped short-sleeved bolero shrug over a white sleeveless maxi dress. A shrug called a jacket
    # in the caption and the answer is fair; the details only say the question back. Base zero-shot.
    case(
        "X1353-044",
        caption("a woman in a white dress and a black jacket"),
        wearing("a white dress and a black jacket", who="she"),
        color_of("shrug", "black", kind="open"),
        describe("shrug", "the shrug is black"),
        details("shrug", "the shrug details", "restated"),
        is_a("shrug", "yes"),
        gender="Women",
        title="Roadster Women Black Solid Cropped Shrug",
        category="Shrug",
        color="Black",
    ),
    # Front shot: olive double-breasted overcoat with gold buttons, worn closed over a black dress (hem showing),
    # no belt. No gender column in this row. The description runs on to the limit, cut mid-phrase (and invents a
    # belt); polyester blend (product page), so "wool" is unsupported. Base zero-shot.
    case(
        "X1353-045",
        caption("a woman in a green coat"),
        wearing("a green coat and a black dress", who="she"),
        color_of("coat", "green", kind="open"),
        describe(
            "coat",
            "it is a green coat with gold buttons and a collar and it is worn over a black dress with a black belt "
            "and black",
            "cut",
            hit_limit=True,
        ),
        details("coat", "the buttons are gold"),
        Q.material("wool", "unsupported"),
        title="Tokyo Talkies Women Olive Green Solid Double-Breasted Overcoat",
        category="Coats",
        color="Olive",
    ),
]
