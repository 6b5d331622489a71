"""BLIND_1665 (45 products; Myntra winterwear layered, base zero-shot): written blind in the sixty-seventh session.
Measured blind at c7905fe (the session's first rules): 53/68 failures found (77.9%) and 14/212 correct texts flagged
(6.6%). The writer's notes, verbatim:

Scenario: a Myntra women's winterwear feed (article types Sweaters, Cardigans, Shrug, Coats, Jackets), mostly a
model on a plain backdrop wearing the product over other clothes (a tee, a shirt, a kurta, a dress; jeans, trousers,
leggings, a skirt), now and then a flat lay, a product on a hanger, a back view or a prop (a cup, a bag, a stool).
Catalog columns as the feed has them: title, category (the article type), color (the base colour), gender; a few rows
lack one of them (no color on a multicoloured shrug, no gender on two coats, no category on one jacket).
Who wrote what: every text is the untuned Salesforce/blip2-opt-2.7b, zero-shot, 8-bit, greedy, one generate per
prompt. The caption comes from the image alone (50 new tokens at most); the answers come from the experiments'
questionnaire with the garment word taken from the article type ("What is she wearing?", "What is the color of the
<garment>?", "What is the color of the jeans?", "Describe the <garment>.", "What are the <garment> details?"), all
free generation (30 new tokens at most, stopping at the newline), and "What is the shirt color?" on the ten photos
that show a top under the outerwear. The same five questions run on every photo, so flat lays, hangers, dresses and
skirts still get the jeans question.
Labeling conventions and judgement calls: judged against the photo I imagined and the title. Close colour words count
as right (maroon as red, rust as orange, camel as brown, cream or off-white as white, teal as blue or green, khaki
and olive as green); navy called black is wrong. Trousers, leggings, chinos and denim shorts count as "the jeans", so
their colour is a right answer; a colour for jeans on a flat lay, a hanger, a dress or a skirt is unsupported. The
product's colour given to the jeans or to the shirt underneath is a contradiction; the colour of the top or dress
underneath given to the product is other_garment_color. A shrug called a cardigan, a jacket or a kimono, a cardigan
called a sweater, a shacket called a shirt: accepted. "What is she wearing?" answered with the garment underneath
only ("a white dress") is true of the photo and left unmarked; the same on a flat lay ("a white sweater") too.
Materials the photo cannot show are unsupported unless the title says them (wool blend, cashmere, detachable hood
are in titles and left unmarked); real fur or genuine leather on a faux title is unsupported. A describe answer that
only gives the garment word back ("a coat", "it's a jacket") is a non_answer; "the cardigan is a cardigan" style
tautologies are restated. Loops and cut answers carry hit_limit; one leak ran to the limit too. The base model does
fairly well on short questions here, so the failure rate is lower than the adapters' (about a quarter of texts); the
layering drives most colour errors.
"""

from tests.audit_corpus import caption, case, color_of, describe, details, question, wearing

shirt_color = question("shirt_color", "What is the shirt color?", "open")

BLIND_1665 = [
    # Photo: model, front, mustard crew-neck pullover, mid-blue jeans, white backdrop. All texts: base zero-shot.
    case(
        "X1665-001",
        caption("a woman wearing a yellow sweater and jeans"),
        wearing("a yellow sweater and jeans", who="she"),
        color_of("sweater", "yellow", kind="open"),
        color_of("jeans", "blue", kind="open"),
        describe("sweater", "it is a yellow sweater with a round neck"),
        details("sweater", "the sweater has a round neck and long sleeves"),
        gender="Women",
        title="Roadster Women Mustard Yellow Solid Pullover Sweater",
        category="Sweaters",
        color="Mustard",
    ),
    # Photo: navy buttoned cardigan worn open over a white crew tee, light-blue jeans. Base zero-shot; the colour
    # answer took the tee.
    case(
        "X1665-002",
        caption("a woman wearing a blue cardigan over a white shirt"),
        wearing("a white shirt and a blue cardigan", who="she"),
        color_of("cardigan", "white", "other_garment_color", kind="open"),
        color_of("jeans", "blue", kind="open"),
        describe("cardigan", "it is a navy blue cardigan with buttons"),
        details("cardigan", "buttons"),
        shirt_color("white"),
        gender="Women",
        title="Vero Moda Women Navy Blue Self Design Cardigan",
        category="Cardigans",
        color="Navy Blue",
    ),
    # Photo: thin black open-front shrug over a black-and-white Breton striped top, black jeans. The model reads the
    # stripes as the product everywhere. Base zero-shot.
    case(
        "X1665-003",
        caption("a woman in a black and white striped shirt and black pants"),
        wearing("a black and white striped shirt", who="she"),
        color_of("shrug", "black and white", "other_garment_color", kind="open"),
        color_of("jeans", "black", kind="open"),
        describe("shrug", "it is a black and white striped shirt", "contradiction"),
        details("shrug", "the shrug is a shrug", "restated"),
        gender="Women",
        title="ONLY Women Black Solid Open Front Shrug",
        category="Shrug",
        color="Black",
    ),
    # Photo: full length, long beige open knit shrug (no pockets) over a black crop top and black trousers.
    # Base zero-shot; the pockets are invented.
    case(
        "X1665-004",
        caption("a woman wearing a long beige cardigan and black pants"),
        wearing("a long cardigan", who="she"),
        color_of("shrug", "beige", kind="open"),
        color_of("jeans", "black", kind="open"),
        describe("shrug", "it is a long beige cardigan"),
        details("shrug", "it is a long cardigan with pockets", "unsupported"),
        gender="Women",
        title="Harpa Women Beige Solid Longline Open Front Shrug",
        category="Shrug",
        color="Beige",
    ),
    # Photo: woman with the hood up and hands in pockets, black hooded puffer, blue jeans, white sneakers, grey
    # backdrop. Base zero-shot; the caption calls her a man.
    case(
        "X1665-005",
        caption("a man in a black jacket and jeans", "pronoun"),
        wearing("a black jacket", who="she"),
        color_of("jacket", "black", kind="open"),
        color_of("jeans", "blue", kind="open"),
        describe("jacket", "it is a black puffer jacket with a hood"),
        details("jacket", "the jacket has a hood and a zipper"),
        gender="Women",
        title="Tokyo Talkies Women Black Solid Puffer Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: olive short padded jacket with a faux-fur trimmed hood, white tee, black jeans. Base zero-shot; green
    # repeated for the jeans, real fur invented.
    case(
        "X1665-006",
        caption("a woman wearing a green jacket with a fur hood"),
        wearing("a green jacket", who="she"),
        color_of("jacket", "green", kind="open"),
        color_of("jeans", "green", "contradiction", kind="open"),
        describe("jacket", "it's a green jacket with a fur hood"),
        details("jacket", "the fur on the hood is made of real fur", "unsupported"),
        shirt_color("white"),
        gender="Women",
        title="Madame Women Olive Green Solid Padded Jacket",
        category="Jackets",
        color="Olive",
    ),
    # Photo: knee-length camel overcoat worn open (no belt) over a black turtleneck and black trousers, black bag in
    # hand. Base zero-shot; belt invented, coat colour given to the turtleneck.
    case(
        "X1665-007",
        caption("a woman in a brown coat holding a black bag"),
        wearing("a brown coat", who="she"),
        color_of("coat", "brown", kind="open"),
        color_of("jeans", "black", kind="open"),
        describe("coat", "a long brown coat with a belt", "unsupported"),
        details("coat", "the coat has a collar and buttons"),
        shirt_color("brown", "contradiction"),
        gender="Women",
        title="SASSAFRAS Women Camel Brown Solid Overcoat",
        category="Coats",
        color="Camel Brown",
    ),
    # Photo: grey melange cable-knit pullover, white jeans, white backdrop. Base zero-shot; grey for the jeans too.
    case(
        "X1665-008",
        caption("a woman wearing a grey sweater and white jeans"),
        wearing("a grey sweater", who="she"),
        color_of("sweater", "grey", kind="open"),
        color_of("jeans", "grey", "contradiction", kind="open"),
        describe("sweater", "a grey cable knit sweater"),
        details("sweater", "cable knit"),
        gender="Women",
        title="Mast & Harbour Women Grey Melange Cable Knit Pullover",
        category="Sweaters",
        color="Grey Melange",
    ),
    # Photo: flat lay, cream pointelle cardigan buttoned up on a white surface, nothing else. Base zero-shot; the
    # jeans colour is made up, the describe answer runs on into a new question.
    case(
        "X1665-009",
        caption("a white sweater on a white background"),
        wearing("a white sweater", who="she"),
        color_of("cardigan", "white", kind="open"),
        color_of("jeans", "white", "unsupported", kind="open"),
        describe("cardigan", "a white cardigan with buttons Question: Is this a cardigan? Answer: yes", "leak"),
        details("cardigan", "the buttons are white"),
        gender="Women",
        title="DressBerry Women Cream-Coloured Self Design Cardigan",
        category="Cardigans",
        color="Cream",
    ),
    # Photo: maroon-and-white horizontal striped pullover, front half tucked into blue jeans. Base zero-shot.
    case(
        "X1665-010",
        caption("a woman wearing a red and white striped sweater"),
        wearing("a striped sweater and jeans", who="she"),
        color_of("sweater", "red and white", kind="open"),
        color_of("jeans", "blue", kind="open"),
        describe("sweater", "it is a red and white striped sweater"),
        details("sweater", "stripes"),
        gender="Women",
        title="HERE&NOW Women Maroon Striped Pullover Sweater",
        category="Sweaters",
        color="Maroon",
    ),
    # Photo: dark navy quilted hip-length jacket zipped up, stand collar, grey trousers. Clearly blue in the photo.
    # Base zero-shot; caption and wearing say black, the colour question gets it right.
    case(
        "X1665-011",
        caption("a woman wearing a black jacket and gray pants", "contradiction"),
        wearing("a black jacket", "contradiction", who="she"),
        color_of("jacket", "navy blue", kind="open"),
        color_of("jeans", "gray", kind="open"),
        describe("jacket", "it is a quilted jacket"),
        details("jacket", "the jacket is quilted and has a zipper"),
        gender="Women",
        title="Monte Carlo Women Navy Blue Solid Quilted Jacket",
        category="Jackets",
        color="Navy Blue",
    ),
    # Photo: red cable-knit crew-neck sweater, a white shirt collar showing at the neck, navy jeans. Base zero-shot;
    # red given to the shirt, wool invented (title says nothing of the fibre).
    case(
        "X1665-012",
        caption("a woman wearing a red sweater and a white shirt"),
        wearing("a red sweater", who="she"),
        color_of("sweater", "red", kind="open"),
        color_of("jeans", "blue", kind="open"),
        describe("sweater", "it is a red sweater with a cable knit pattern"),
        details("sweater", "the sweater is made of wool", "unsupported"),
        shirt_color("red", "contradiction"),
        gender="Women",
        title="U.S. Polo Assn. Women Red Cable Knit Sweater",
        category="Sweaters",
        color="Red",
    ),
    # Photo: mid-blue washed denim trucker jacket over a black tee, black skinny jeans. Base zero-shot; blue
    # everywhere in the colour answers.
    case(
        "X1665-013",
        caption("a woman wearing a denim jacket and black jeans"),
        wearing("a denim jacket", who="she"),
        color_of("jacket", "blue", kind="open"),
        color_of("jeans", "blue", "contradiction", kind="open"),
        describe("jacket", "it's a denim jacket"),
        details("jacket", "the jacket has two pockets on the chest"),
        shirt_color("blue", "contradiction"),
        gender="Women",
        title="Levis Women Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
    ),
    # Photo: pastel pink satin-finish bomber, black-and-white tipped rib cuffs, white tee, light-blue jeans. Base
    # zero-shot; silk invented (polyester satin).
    case(
        "X1665-014",
        caption("a woman in a pink bomber jacket and jeans"),
        wearing("a pink jacket and a white shirt", who="she"),
        color_of("jacket", "pink", kind="open"),
        color_of("jeans", "blue", kind="open"),
        describe("jacket", "it is a pink jacket with a black and white stripe on the sleeves"),
        details("jacket", "the jacket is made of silk", "unsupported"),
        gender="Women",
        title="Campus Sutra Women Pink Solid Bomber Jacket",
        category="Jackets",
        color="Pink",
    ),
    # Photo: peach cropped elbow-sleeve shrug over a white sleeveless midi dress, no jeans. Base zero-shot; white is
    # the dress's colour; jeans colour made up.
    case(
        "X1665-015",
        caption("a woman wearing a white dress and a pink cardigan"),
        wearing("a white dress", who="she"),
        color_of("shrug", "white", "other_garment_color", kind="open"),
        color_of("jeans", "white", "unsupported", kind="open"),
        describe("shrug", "a pink shrug"),
        details("shrug", "the shrug is short"),
        gender="Women",
        title="Zink London Women Peach-Coloured Solid Shrug",
        category="Shrug",
        color="Peach",
    ),
    # Photo: off-white crochet open-knit longline shrug over a black tank top, blue denim shorts. Base zero-shot;
    # details answer loops to the limit.
    case(
        "X1665-016",
        caption("a woman wearing a white crochet cardigan and shorts"),
        wearing("a white cardigan and shorts", who="she"),
        color_of("shrug", "white", kind="open"),
        color_of("jeans", "blue", kind="open"),
        describe("shrug", "a white crochet cardigan"),
        details(
            "shrug",
            "white crochet lace, white crochet lace, white crochet lace, white crochet lace, white crochet lace, "
            "white crochet",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Sera Women Off-White Open Knit Longline Shrug",
        category="Shrug",
        color="Off White",
    ),
    # Photo: beige double-breasted trench, belt tied, white shirt under it, blue jeans. Base zero-shot; beige
    # repeated for the jeans, details cut at 30 tokens.
    case(
        "X1665-017",
        caption("a woman wearing a trench coat and jeans"),
        wearing("a trench coat", who="she"),
        color_of("coat", "beige", kind="open"),
        color_of("jeans", "beige", "contradiction", kind="open"),
        describe("coat", "it is a beige trench coat with a belt"),
        details(
            "coat",
            "the coat has a double breasted front with two rows of buttons, a belt at the waist and a collar that can "
            "be worn up or down and the",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Trendyol Women Beige Double-Breasted Trench Coat",
        category="Coats",
        color="Beige",
    ),
    # Photo: grey-and-black check overcoat worn open over a black sweater, black trousers, paper coffee cup in hand.
    # Base zero-shot; the describe answer is cut, wool is a guess (title gives no fibre).
    case(
        "X1665-018",
        caption("a woman in a plaid coat holding a cup of coffee"),
        wearing("a coat", who="she"),
        color_of("coat", "grey", kind="open"),
        color_of("jeans", "black", kind="open"),
        describe(
            "coat",
            "it is a grey and black plaid coat with a collar and buttons down the front, it has two pockets on the "
            "front and the sleeves are long and the",
            "cut",
            hit_limit=True,
        ),
        details("coat", "the coat is made of wool", "unsupported"),
        shirt_color("black"),
        gender="Women",
        title="Cayman Women Grey Checked Overcoat",
        category="Coats",
        color="Grey",
    ),
    # Photo: back view, khaki hooded parka with a drawstring waist, hood down, hair in a low bun, black jeans. No print
    # on the back. Base zero-shot; caption calls her a man, logo invented.
    case(
        "X1665-019",
        caption("the back of a man wearing a green jacket", "pronoun"),
        wearing("a green jacket", who="she"),
        color_of("jacket", "green", kind="open"),
        color_of("jeans", "black", kind="open"),
        describe("jacket", "it's a jacket", "non_answer"),
        details("jacket", "there is a logo on the back", "unsupported"),
        gender="Women",
        title="Mango Women Khaki Solid Hooded Parka",
        category="Jackets",
        color="Khaki",
    ),
    # Photo: navy V-neck cardigan buttoned up and worn as a top, tucked into beige chinos. Base zero-shot; the jeans
    # answer runs on into invented questions until the limit.
    case(
        "X1665-020",
        caption("a woman wearing a blue sweater and khaki pants"),
        wearing("a blue sweater and khaki pants", who="she"),
        color_of("cardigan", "blue", kind="open"),
        color_of(
            "jeans",
            "khaki Question: What is the color of the cardigan? Answer: navy blue Question: What is the color of the "
            "shirt? Answer: white Question:",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        describe("cardigan", "the cardigan is a cardigan", "restated"),
        details("cardigan", "buttons"),
        gender="Women",
        title="Marks & Spencer Women Navy Blue V-Neck Cardigan",
        category="Cardigans",
        color="Navy Blue",
    ),
    # Photo: long blue-and-orange floral printed shrug over a plain green kurta and white palazzos. Feed has no colour
    # for this row. Base zero-shot; green is the kurta's, silk invented.
    case(
        "X1665-021",
        caption("a woman in a floral jacket and white pants"),
        wearing("a green dress and a floral jacket", who="she"),
        color_of("shrug", "green", "other_garment_color", kind="open"),
        color_of("jeans", "white", kind="open"),
        describe("shrug", "a floral jacket"),
        details("shrug", "the shrug is made of silk", "unsupported"),
        gender="Women",
        title="W Women Multicoloured Printed Longline Shrug",
        category="Shrug",
    ),
    # Photo: maroon velvet shrug with gold embroidered borders, over a cream kurta and cream churidar. Base zero-shot.
    case(
        "X1665-022",
        caption("a woman wearing a red velvet jacket with gold embroidery"),
        wearing("a red jacket", who="she"),
        color_of("shrug", "red", kind="open"),
        color_of("jeans", "white", kind="open"),
        describe("shrug", "a red velvet jacket with gold embroidery on the sleeves"),
        details("shrug", "gold embroidery"),
        gender="Women",
        title="Biba Women Maroon Embroidered Velvet Shrug",
        category="Shrug",
        color="Maroon",
    ),
    # Photo: rust longline coat worn open over an ivory knit dress, brown knee boots; no jeans. Base zero-shot; jeans
    # colour made up (the boots'), details gives the garment back.
    case(
        "X1665-023",
        caption("a woman in an orange coat and white dress"),
        wearing("an orange coat", who="she"),
        color_of("coat", "orange", kind="open"),
        color_of("jeans", "brown", "unsupported", kind="open"),
        describe("coat", "it's a long coat"),
        details("coat", "the coat", "non_answer"),
        gender="Women",
        title="AND Women Rust Solid Longline Coat",
        category="Coats",
        color="Rust",
    ),
    # Photo: black faux-leather biker jacket, asymmetric zip, white graphic tee, ripped blue jeans. Base zero-shot;
    # "genuine leather" against a faux-leather title.
    case(
        "X1665-024",
        caption("a woman wearing a black leather jacket and ripped jeans"),
        wearing("a leather jacket and ripped jeans", who="she"),
        color_of("jacket", "black", kind="open"),
        color_of("jeans", "blue", kind="open"),
        describe("jacket", "it is a black leather jacket"),
        details("jacket", "the jacket is made of genuine leather", "unsupported"),
        shirt_color("white"),
        gender="Women",
        title="Qurvii Women Black Faux Leather Biker Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: teal ribbed turtleneck sweater tucked into a black A-line skirt, black tights. Base zero-shot; no jeans
    # in the photo, describe gives only the garment word.
    case(
        "X1665-025",
        caption("a woman wearing a green turtleneck sweater and a black skirt"),
        wearing("a sweater and a skirt", who="she"),
        color_of("sweater", "blue", kind="open"),
        color_of("jeans", "black", "unsupported", kind="open"),
        describe("sweater", "it is a sweater", "non_answer"),
        details("sweater", "turtleneck"),
        gender="Women",
        title="Kazo Women Teal Ribbed Turtleneck Sweater",
        category="Sweaters",
        color="Teal",
    ),
    # Photo: off-white cable-knit cardigan worn open over a navy-and-white striped tee, blue jeans. Base zero-shot;
    # the tee's stripes given to the cardigan.
    case(
        "X1665-026",
        caption("a woman wearing a white sweater and a striped shirt"),
        wearing("a white cardigan and a striped shirt", who="she"),
        color_of("cardigan", "white", kind="open"),
        color_of("jeans", "blue", kind="open"),
        describe("cardigan", "a white cardigan with stripes", "contradiction"),
        details("cardigan", "cable knit"),
        shirt_color("navy blue and white"),
        gender="Women",
        title="Tommy Hilfiger Women Off-White Cable Knit Cardigan",
        category="Cardigans",
        color="Off White",
    ),
    # Photo: white faux-fur teddy jacket over a black top, black jeans. Base zero-shot; white repeated for the jeans,
    # rabbit fur invented.
    case(
        "X1665-027",
        caption("a woman wearing a white fur coat"),
        wearing("a fur coat", who="she"),
        color_of("jacket", "white", kind="open"),
        color_of("jeans", "white", "contradiction", kind="open"),
        describe("jacket", "it's a white fur jacket"),
        details("jacket", "the fur is made of rabbit fur", "unsupported"),
        gender="Women",
        title="DressBerry Women White Faux Fur Teddy Jacket",
        category="Jackets",
        color="White",
    ),
    # Photo: model sitting on a wooden stool, dusty pink oversized chunky pullover, light-blue mom jeans, white
    # sneakers. Base zero-shot.
    case(
        "X1665-028",
        caption("a woman sitting on a stool wearing a pink sweater and jeans"),
        wearing("a pink sweater", who="she"),
        color_of("sweater", "pink", kind="open"),
        color_of("jeans", "blue", kind="open"),
        describe("sweater", "it is a sweater", "non_answer"),
        details("sweater", "the sleeves are long"),
        gender="Women",
        title="Mast & Harbour Women Pink Oversized Pullover",
        category="Sweaters",
        color="Pink",
    ),
    # Photo: maroon hooded puffer zipped to the chin, black leggings. Base zero-shot; "he" in the wearing answer. The
    # detachable hood is in the title.
    case(
        "X1665-029",
        caption("a woman wearing a red puffer jacket and black leggings"),
        wearing("he is wearing a red jacket", "pronoun", who="she"),
        color_of("jacket", "red", kind="open"),
        color_of("jeans", "black", kind="open"),
        describe("jacket", "it is a red puffer jacket with a hood"),
        details("jacket", "the hood is detachable"),
        gender="Women",
        title="Fort Collins Women Maroon Solid Puffer Jacket with Detachable Hood",
        category="Jackets",
        color="Maroon",
    ),
    # Photo: beige argyle sweater vest (sleeveless) over a long-sleeved white shirt, black trousers. Base zero-shot;
    # the shirt's white and the shirt's sleeves given to the vest.
    case(
        "X1665-030",
        caption("a woman wearing a white shirt and a brown sweater vest"),
        wearing("a sweater vest and a white shirt", who="she"),
        color_of("sweater", "white", "other_garment_color", kind="open"),
        color_of("jeans", "black", kind="open"),
        describe("sweater", "it is a sleeveless sweater with a diamond pattern"),
        details("sweater", "the sleeves are long and white", "contradiction"),
        shirt_color("white"),
        gender="Women",
        title="Allen Solly Woman Beige Argyle Sweater Vest",
        category="Sweaters",
        color="Beige",
    ),
    # Photo: rust longline shrug with small white block-printed flowers, over a white top, blue jeans. Base
    # zero-shot; white is the top's, details a tautology.
    case(
        "X1665-031",
        caption("a woman wearing a printed kimono and jeans"),
        wearing("a kimono", who="she"),
        color_of("shrug", "white", "other_garment_color", kind="open"),
        color_of("jeans", "blue", kind="open"),
        describe("shrug", "it is an orange kimono with white flowers on it"),
        details("shrug", "the details of the shrug are the details of the shrug", "restated"),
        gender="Women",
        title="Global Desi Women Rust Printed Longline Shrug",
        category="Shrug",
        color="Rust",
    ),
    # Photo: black cropped rib-knit cardigan buttoned and worn as a top, high-waisted light-blue jeans. Base zero-shot;
    # the details answer came back empty (newline first).
    case(
        "X1665-032",
        caption("a woman in a black top and jeans"),
        wearing("a black top and jeans", who="she"),
        color_of("cardigan", "black", kind="open"),
        color_of("jeans", "light blue", kind="open"),
        describe("cardigan", "a black sweater"),
        details("cardigan", "", "non_answer"),
        gender="Women",
        title="H&M Women Black Rib-Knit Cropped Cardigan",
        category="Cardigans",
        color="Black",
    ),
    # Photo: grey melange longline shrug with patch pockets over a black tee, black jeans. Base zero-shot; grey
    # repeated for the jeans.
    case(
        "X1665-033",
        caption("a woman wearing a grey cardigan and black jeans"),
        wearing("a grey cardigan", who="she"),
        color_of("shrug", "grey", kind="open"),
        color_of("jeans", "grey", "contradiction", kind="open"),
        describe("shrug", "it is a long grey cardigan with pockets"),
        details("shrug", "pockets"),
        gender="Women",
        title="Roadster Women Grey Melange Solid Longline Shrug with Pockets",
        category="Shrug",
        color="Grey Melange",
    ),
    # Photo: camel overcoat buttoned on a wooden hanger against a white wall, no model. Feed row lacks gender. Base
    # zero-shot; jeans colour made up; wool is in the title.
    case(
        "X1665-034",
        caption("a brown coat hanging on a white wall"),
        wearing("a coat", who="she"),
        color_of("coat", "brown", kind="open"),
        color_of("jeans", "brown", "unsupported", kind="open"),
        describe("coat", "it is a brown coat with buttons"),
        details("coat", "it is made of wool"),
        title="Van Heusen Woman Camel Brown Wool Blend Overcoat",
        category="Coats",
        color="Camel Brown",
    ),
    # Photo: black knee-length hooded puffer coat zipped up, hood up, black tights and black boots below. Feed row
    # lacks gender. Base zero-shot; describe gives the garment word back, down fill invented (polyester padded).
    case(
        "X1665-035",
        caption("a person in a long black puffer coat"),
        wearing("a black coat", who="she"),
        color_of("coat", "black", kind="open"),
        color_of("jeans", "black", kind="open"),
        describe("coat", "a coat", "non_answer"),
        details("coat", "the coat is made of down feathers", "unsupported"),
        title="SASSAFRAS Women Black Solid Longline Padded Puffer Coat",
        category="Coats",
        color="Black",
    ),
    # Photo: lavender crew-neck pullover, white jeans, phone in hand. Base zero-shot; the colour answer loops, the
    # V-neck is not in the photo.
    case(
        "X1665-036",
        caption("a woman in a purple sweater and white pants"),
        wearing("a purple sweater", who="she"),
        color_of(
            "sweater",
            "purple purple purple purple purple purple purple purple purple purple purple purple purple purple purple "
            "purple purple purple purple purple purple purple purple purple purple purple purple purple purple purple",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("jeans", "white", kind="open"),
        describe("sweater", "it is a purple sweater with a v neck", "unsupported"),
        details("sweater", "it is a sweater", "non_answer"),
        gender="Women",
        title="Harpa Women Lavender Solid Pullover Sweater",
        category="Sweaters",
        color="Lavender",
    ),
    # Photo: black windcheater with white colour-blocked sleeves and hood, grey joggers. Base zero-shot; details
    # loops on the zipper (there is one front zip).
    case(
        "X1665-037",
        caption("a woman wearing a black and white jacket and grey pants"),
        wearing("a jacket", who="she"),
        color_of("jacket", "black and white", kind="open"),
        color_of("jeans", "grey", kind="open"),
        describe("jacket", "it is a black and white jacket with a hood"),
        details(
            "jacket",
            "the jacket has a zipper on the front and a zipper on the back and a zipper on the sleeves and a zipper "
            "on the pockets and a zipper on the",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Campus Sutra Women Black & White Colourblocked Windcheater Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: olive cotton utility jacket with four flap pockets, worn open over a white tank, black jeans. Base
    # zero-shot; white is the tank's.
    case(
        "X1665-038",
        caption("a woman wearing a green jacket over a white tank top"),
        wearing("a green jacket", who="she"),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        color_of("jeans", "black", kind="open"),
        describe("jacket", "it is an army green jacket with pockets"),
        details("jacket", "four pockets on the front"),
        shirt_color("white"),
        gender="Women",
        title="Vero Moda Women Olive Green Solid Utility Jacket",
        category="Jackets",
        color="Olive",
    ),
    # Photo: grey fine-knit crew-neck sweater, black trousers. Base zero-shot; cashmere is in the title.
    case(
        "X1665-039",
        caption("a woman wearing a grey sweater and black pants"),
        wearing("a grey sweater", who="she"),
        color_of("sweater", "grey", kind="open"),
        color_of("jeans", "black", kind="open"),
        describe("sweater", "a grey crew neck sweater"),
        details("sweater", "the sweater is made of cashmere"),
        gender="Women",
        title="Marks & Spencer Women Grey Pure Cashmere Crew Neck Sweater",
        category="Sweaters",
        color="Grey",
    ),
    # Photo: black-and-white buffalo check shacket worn open over a black tee, blue jeans, tote bag on the shoulder.
    # Feed row lacks category. Base zero-shot; details cut at the limit.
    case(
        "X1665-040",
        caption("a woman in a black and white plaid shirt and jeans carrying a bag"),
        wearing("a plaid shirt and jeans", who="she"),
        color_of("jacket", "black and white", kind="open"),
        color_of("jeans", "blue", kind="open"),
        describe("jacket", "a black and white plaid jacket"),
        details(
            "jacket",
            "it has a collar, buttons down the front and two pockets on the chest with flaps and buttons, the sleeves "
            "have cuffs with buttons and the",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Okane Women Black & White Checked Shacket",
        color="Black",
    ),
    # Photo: model with a short pixie cut, chocolate brown teddy coat over a cream sweater, blue jeans. Base
    # zero-shot; caption calls her a man, brown repeated for the jeans.
    case(
        "X1665-041",
        caption("a man wearing a brown teddy coat", "pronoun"),
        wearing("a brown coat", who="she"),
        color_of("coat", "brown", kind="open"),
        color_of("jeans", "brown", "contradiction", kind="open"),
        describe("coat", "it's a brown fur coat"),
        details("coat", "the coat is fluffy"),
        gender="Women",
        title="Chemistry Women Brown Solid Teddy Coat",
        category="Coats",
        color="Brown",
    ),
    # Photo: back view, green cable-knit cardigan (buttons are on the front only), beige trousers. Base zero-shot;
    # green repeated for the trousers, buttons on the back invented.
    case(
        "X1665-042",
        caption("a woman in a green sweater"),
        wearing("a green sweater", who="she"),
        color_of("cardigan", "green", kind="open"),
        color_of("jeans", "green", "contradiction", kind="open"),
        describe("cardigan", "it is a green knitted sweater"),
        details("cardigan", "there are buttons on the back", "unsupported"),
        gender="Women",
        title="Allen Solly Women Green Cable Knit Cardigan",
        category="Cardigans",
        color="Green",
    ),
    # Photo: sheer mauve chiffon longline shrug over a black tank top, black jeans. Base zero-shot; black is the
    # tank's; details runs on into a question of its own.
    case(
        "X1665-043",
        caption("a woman in a black outfit with a purple sheer cardigan"),
        wearing("a black top and black pants", who="she"),
        color_of("shrug", "black", "other_garment_color", kind="open"),
        color_of("jeans", "black", kind="open"),
        describe("shrug", "a sheer purple cardigan"),
        details("shrug", "sheer Question: What is the color of the shrug? Answer: purple", "leak"),
        gender="Women",
        title="Sera Women Mauve Sheer Longline Shrug",
        category="Shrug",
        color="Mauve",
    ),
    # Photo: black denim trucker with a white sherpa collar, over a grey hoodie, blue jeans. Base zero-shot; black
    # repeated for the jeans, sheep's wool invented (sherpa is polyester fleece).
    case(
        "X1665-044",
        caption("a woman wearing a black denim jacket with a white fur collar"),
        wearing("a denim jacket and a gray hoodie", who="she"),
        color_of("jacket", "black", kind="open"),
        color_of("jeans", "black", "contradiction", kind="open"),
        describe("jacket", "it is a black denim jacket with a white collar"),
        details("jacket", "the collar is made of sheep wool", "unsupported"),
        gender="Women",
        title="Levis Women Black Sherpa Trucker Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: off-white sweater with a navy fair-isle snowflake yoke, blue jeans, holding a mug. Base zero-shot;
    # "hand knitted" invented (machine knit, title silent).
    case(
        "X1665-045",
        caption("a woman holding a cup of coffee wearing a white and blue sweater"),
        wearing("a sweater", who="she"),
        color_of("sweater", "white and blue", kind="open"),
        color_of("jeans", "blue", kind="open"),
        describe("sweater", "it is a white sweater with a blue and white pattern"),
        details("sweater", "it is a hand knitted sweater", "unsupported"),
        gender="Women",
        title="Mast & Harbour Women Off-White & Navy Fair Isle Sweater",
        category="Sweaters",
        color="Off White",
    ),
]
