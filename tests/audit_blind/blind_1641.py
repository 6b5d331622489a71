"""BLIND_1641 (46 products; Myntra women's winterwear worn over other clothes, base zero-shot): written blind in the
sixty-seventh session. Measured blind at 0f3a531 (the session's first rules): 48/61 failures found (78.7%) and 12/202
correct texts flagged (5.9%). The writer's notes, verbatim:

Scenario: a Myntra women's winterwear feed (Sweaters, Cardigan, Shrug, Jackets, Coats as article types, Myntra base
colours such as Grey Melange, Navy Blue, Mustard, Camel Brown, Rust, Off White). Catalog shots: a model on a plain
backdrop wearing the product over a top, shirt, dress or kurta, with jeans, trousers or a skirt; a few flat lays, two
back views, props (coffee cup, handbag, beanie, tote, phone, sunglasses). The feed column `color` is the base colour,
`category` the article type; a few rows lack one column, as feeds do.
Who wrote what: every text comes from the untuned base model Salesforce/blip2-opt-2.7b (8-bit, greedy, batch 1), no
adapter. The caption is the unprompted generation (50 new tokens max); the questions are the experiments' questionnaire
in the `Question: ... Answer:` format (30 new tokens max) with "shirt" replaced by the product's garment noun taken from
the article type (sweater, cardigan, shrug, jacket, coat) and "she" for the person; the questionnaire's bottoms question
("What is the color of the jeans / pants / skirt?") is asked when bottoms show, and "the shirt" twice when a shirt or
tee shows under the jacket or coat. Colour questions are free generation, stored open. The base model mostly stops on
the newline after a short answer, so loops and cuts are rarer than with the adapters; its typical errors here come from
the layering: the inner top's, the bottoms' or an accessory's colour given to the product, one colour for two garments,
a coat read as a dress, "he"/"a man" for short-haired models or back views, and details it cannot see.
Labeling conventions and judgement calls: judged by the imagined photo and the title; about a quarter of the texts are
wrong, fewer than with the adapters, since the base model stops on the newline. Near hues are correct (maroon or
burgundy as red, teal as blue, rust as orange, cream or off white as white, peach as pink, charcoal as black, tan for
camel, khaki as khaki). A cardigan or shrug called a sweater, jacket or cardigan, a shacket called a shirt, a cape coat
called a cape or poncho are correct; a coat called a dress is a contradiction. A wearing answer that names only the
inner dress, top or hoodie ("a black dress") is true of the photo and left correct, as is the bottoms' or the shirt's
own colour when the questionnaire asks for it. A colour for the product, in an answer or in the caption, that is the
colour of another visible garment or accessory is other_garment_color; a bottoms or shirt answer that repeats another
garment's colour, and a wearing answer giving two garments one colour, are contradiction. A pattern given to the product
from the dress under it is contradiction. Materials and hidden features not in the title and not visible (100% cotton,
100% wool against "wool blend", down filling, a detachable hood, mink), a scene the plain backdrop does not show (snow),
a detail that belongs to another garment (the hoodie's hood, the shirt's collar, a zipper on a button-front jacket) or a
person in a flat lay are unsupported. "it's a coat" and "the X details are the X details" are restated; "i don't know",
an empty answer, "yes", a part every garment has ("the sleeves", "the back of the jacket") or the garment word alone are
non_answer, while a visible feature named bare ("the pockets", "lace") is a correct answer. A text that ran to the token
limit is hit_limit=True and labeled loop when it repeats, cut when it stops mid-phrase without repeating.
Question/Answer echoes are leak.
"""

from tests.audit_corpus import caption, case, color_of, describe, details, wearing

BLIND_1641 = [
    # Photo: front, mustard cable-knit crew-neck pullover, white shirt collar peeking, blue jeans, grey backdrop.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1641-001",
        caption("a woman wearing a yellow sweater and jeans"),
        wearing("a yellow sweater and jeans", who="she"),
        color_of("sweater", "yellow", kind="open"),
        describe("sweater", "it is a cable knit sweater"),
        details("sweater", "cable knit"),
        color_of("jeans", "blue", kind="open"),
        gender="Women",
        title="HERE&NOW Women Mustard Cable Knit Pullover",
        category="Sweaters",
        color="Mustard",
    ),
    # Photo: grey melange long open-front cardigan, no pockets, over a black tank top, black jeans, white backdrop.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1641-002",
        caption("a woman wearing a grey cardigan and black pants"),
        wearing("a cardigan", who="she"),
        color_of("cardigan", "black", "other_garment_color", kind="open"),
        describe("cardigan", "it is a long cardigan"),
        details("cardigan", "the cardigan has pockets", "unsupported"),
        color_of("pants", "black", kind="open"),
        gender="Women",
        title="Roadster Women Grey Melange Solid Open-Front Longline Cardigan",
        category="Cardigan",
        color="Grey Melange",
    ),
    # Photo: black longline shrug, three-quarter sleeves, over a white t-shirt, blue jeans.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1641-003",
        caption("a woman wearing a black cardigan and a white t - shirt"),
        wearing("a black cardigan", who="she"),
        color_of("shrug", "black", kind="open"),
        describe("shrug", "a shrug is a shrug", "restated"),
        details("shrug", "shrug", "non_answer"),
        color_of("jeans", "blue", kind="open"),
        gender="Women",
        title="DressBerry Women Black Solid Longline Shrug",
        category="Shrug",
        color="Black",
    ),
    # Photo: olive hooded puffer jacket, zipped, short-haired model, black leggings, white backdrop. The hood is sewn
    # on (nothing shows it detaches).
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1641-004",
        caption("a man wearing a green puffer jacket", "pronoun"),
        wearing("a green jacket", who="she"),
        color_of("jacket", "green", kind="open"),
        describe("jacket", "it is a puffer jacket with a hood"),
        details("jacket", "the hood is detachable", "unsupported"),
        color_of("pants", "black", kind="open"),
        gender="Women",
        title="Mast & Harbour Women Olive Green Solid Hooded Padded Jacket",
        category="Jackets",
        color="Olive",
    ),
    # Photo: camel longline belted overcoat, notched lapels, two flap pockets, over a white turtleneck, black
    # trousers, ankle boots; she holds a black handbag.
    # All texts: base OPT-2.7b zero-shot; the details answer ran to the 30-token limit.
    case(
        "X1641-005",
        caption("a woman in a long tan coat with a black bag"),
        wearing("a coat", who="she"),
        color_of("coat", "tan", kind="open"),
        describe("coat", "it is a long coat with a belt"),
        details(
            "coat",
            "the coat has a belt and two pockets on the front and the sleeves are long and the collar is wide and the",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "black", kind="open"),
        gender="Women",
        title="Vero Moda Women Camel Brown Solid Belted Overcoat",
        category="Coats",
        color="Camel Brown",
    ),
    # Photo: navy pointelle cardigan, buttoned, white shirt collar out, tan chinos.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1641-006",
        caption("a woman wearing a navy cardigan and tan pants"),
        wearing("a blue cardigan", who="she"),
        color_of("cardigan", "navy blue", kind="open"),
        describe("cardigan", "it is a navy blue cardigan with buttons"),
        details("cardigan", "buttons"),
        color_of("pants", "white", "contradiction", kind="open"),
        gender="Women",
        title="Marks & Spencer Women Navy Blue Self-Design Cardigan",
        category="Cardigan",
        color="Navy Blue",
    ),
    # Photo: flat lay, maroon V-neck pullover on white, no person.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1641-007",
        caption("a maroon sweater on a white background"),
        wearing("a sweater", who="she"),
        color_of("sweater", "maroon", kind="open"),
        describe("sweater", "it is a v-neck sweater"),
        details("sweater", "the sweater is made of 100% cotton", "unsupported"),
        gender="Women",
        title="Campus Sutra Women Maroon Solid V-Neck Pullover",
        category="Sweaters",
        color="Maroon",
    ),
    # Photo: black faux-leather biker jacket, asymmetric zip, worn open over a grey graphic tee, blue jeans.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1641-008",
        caption("a woman in a black leather jacket and jeans"),
        wearing("a leather jacket", who="she"),
        color_of("jacket", "black", kind="open"),
        describe("jacket", "it is a leather jacket"),
        details("jacket", "zipper"),
        color_of("jeans", "blue", kind="open"),
        color_of("shirt", "black", "contradiction", kind="open"),
        gender="Women",
        title="ONLY Women Black Solid Faux Leather Biker Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: pink ribbed cropped cardigan with white pearl buttons, buttoned, high-waist blue jeans.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1641-009",
        caption("a woman wearing a pink sweater and jeans"),
        wearing("a pink sweater", who="she"),
        color_of("cardigan", "pink", kind="open"),
        describe("cardigan", "it's a cropped cardigan"),
        details("cardigan", "the buttons are pink", "unsupported"),
        color_of("jeans", "blue", kind="open"),
        gender="Women",
        title="Tokyo Talkies Women Pink Ribbed Crop Cardigan",
        category="Cardigan",
        color="Pink",
    ),
    # Photo: rust open-front shrug, long sleeves, over a black bodycon dress.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1641-010",
        caption("a woman in a black dress and an orange cardigan"),
        wearing("a black dress", who="she"),
        color_of("shrug", "black", "other_garment_color", kind="open"),
        describe("shrug", "it's a long sleeve cardigan"),
        details("shrug", "open front"),
        gender="Women",
        title="Harpa Women Rust Solid Open Front Shrug",
        category="Shrug",
        color="Rust",
    ),
    # Photo: back view, charcoal quilted jacket, hood down, black pants, hair pinned up in a small bun.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1641-011",
        caption("the back of a man's black jacket", "pronoun"),
        wearing("a black jacket", who="she"),
        color_of("jacket", "black", kind="open"),
        describe("jacket", "it is a quilted jacket"),
        details("jacket", "the back of the jacket", "non_answer"),
        gender="Women",
        title="Roadster Women Charcoal Solid Quilted Hooded Jacket",
        category="Jackets",
        color="Charcoal",
    ),
    # Photo: off-white cable-knit turtleneck, brown corduroy trousers, beige backdrop.
    # All texts: base OPT-2.7b zero-shot; the details answer ran to the 30-token limit.
    case(
        "X1641-012",
        caption("a woman wearing a white sweater and brown pants"),
        wearing("a white sweater and brown pants", who="she"),
        color_of("sweater", "white", kind="open"),
        describe("sweater", "it is a turtleneck sweater"),
        details(
            "sweater",
            "the sweater is a turtleneck sweater with a cable knit pattern on the front and back of the sweater and "
            "the sleeves are",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "brown", kind="open"),
        gender="Women",
        title="Vero Moda Women Off White Cable Knit Turtle Neck Sweater",
        category="Sweaters",
        color="Off White",
    ),
    # Photo: red double-breasted pea coat, black buttons, over a black turtleneck, black skinny jeans; she holds a
    # takeaway coffee cup.
    # All texts: base OPT-2.7b zero-shot; the details answer looped to the 30-token limit.
    case(
        "X1641-013",
        caption("a woman in a red coat holding a cup of coffee"),
        wearing("a red coat", who="she"),
        color_of("coat", "red", kind="open"),
        describe("coat", "red coat with black buttons"),
        details(
            "coat",
            "black buttons black buttons black buttons black buttons black buttons black buttons black buttons "
            "black buttons black buttons black buttons black buttons black buttons black buttons black buttons "
            "black buttons",
            "loop",
            hit_limit=True,
        ),
        color_of("jeans", "black", kind="open"),
        gender="Women",
        title="AND Women Red Solid Double-Breasted Pea Coat",
        category="Coats",
        color="Red",
    ),
    # Photo: beige sherpa jacket with a collar (no hood), zipped halfway, over a white hoodie whose hood is out,
    # black joggers.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1641-014",
        caption("a woman in a fluffy jacket and black pants"),
        wearing("a jacket", who="she"),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        describe("jacket", "it is a fleece jacket"),
        details("jacket", "the jacket has a hood", "unsupported"),
        color_of("pants", "black", kind="open"),
        gender="Women",
        title="Fort Collins Women Beige Solid Sherpa Jacket",
        category="Jackets",
        color="Beige",
    ),
    # Photo: lavender ribbed shrug with balloon sleeves over a white crop top, white trousers.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1641-015",
        caption("a woman wearing a purple sweater and white pants"),
        wearing("he is wearing a purple sweater", "pronoun", who="she"),
        color_of("shrug", "purple", kind="open"),
        describe("shrug", "it's a cropped sweater with puff sleeves"),
        details("shrug", "puff sleeves"),
        color_of("pants", "white", kind="open"),
        gender="Women",
        title="SASSAFRAS Women Lavender Ribbed Balloon Sleeve Shrug",
        category="Shrug",
        color="Lavender",
    ),
    # Photo: white studio backdrop, navy puffer jacket, stand collar, zipped, small logo patch on the chest, blue
    # jeans, white sneakers.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1641-016",
        caption("a woman in a blue puffer jacket and jeans standing in the snow", "unsupported"),
        wearing("a puffer jacket", who="she"),
        color_of("jacket", "blue", kind="open"),
        describe("jacket", "a puffer jacket is a type of jacket that is filled with down feathers", "unsupported"),
        details("jacket", "logo on the chest"),
        color_of("jeans", "blue", kind="open"),
        gender="Women",
        title="U.S. Polo Assn. Women Navy Blue Solid Puffer Jacket",
        category="Jackets",
        color="Navy Blue",
    ),
    # Photo: black knee-length belted trench coat over a cream knit dress, black boots.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1641-017",
        caption("a woman in a black trench coat"),
        wearing("a black coat and boots", who="she"),
        color_of("coat", "black", kind="open"),
        describe("coat", "it is a trench coat"),
        details("coat", "it has a belt"),
        gender="Women",
        title="Vero Moda Women Black Solid Longline Trench Coat",
        category="Coats",
        color="Black",
    ),
    # Photo: brown wool-blend wrap coat, tie belt, three-quarter view, over a white shirt, blue jeans.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1641-018",
        caption("a woman wearing a brown coat and jeans"),
        wearing("a brown coat", who="she"),
        color_of("coat", "brown", kind="open"),
        describe("coat", "it is a wool coat"),
        details("coat", "it is made of 100% wool", "unsupported"),
        color_of("shirt", "white", kind="open"),
        gender="Women",
        title="MANGO Women Brown Solid Wool Blend Wrap Coat",
        category="Coats",
        color="Brown",
    ),
    # Photo: teal crew-neck pullover, white shirt collar and hem showing, black trousers.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1641-019",
        caption("a woman wearing a blue sweater and black pants"),
        wearing("a sweater and pants", who="she"),
        color_of("sweater", "white", "other_garment_color", kind="open"),
        describe("sweater", "it is a crew neck sweater"),
        details("sweater", "the sweater has a white collar", "unsupported"),
        color_of("pants", "black", kind="open"),
        gender="Women",
        title="Roadster Women Teal Solid Pullover",
        category="Sweaters",
        color="Teal",
    ),
    # Photo: peach sheer open-front shrug, short sleeves, over a black top and black skirt. No gender column.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1641-020",
        caption("a woman wearing a black cardigan over a black top", "other_garment_color"),
        wearing("a black top and a pink cardigan", who="she"),
        color_of("shrug", "pink", kind="open"),
        describe("shrug", "i don't know", "non_answer"),
        details("shrug", "short sleeves"),
        color_of("skirt", "black", kind="open"),
        title="KASSUALLY Women Peach-Coloured Solid Open Front Shrug",
        category="Shrug",
        color="Peach",
    ),
    # Photo: grey rib-knit V-neck cardigan, buttoned, tucked into a black mini skirt, black tights.
    # All texts: base OPT-2.7b zero-shot; the details answer was empty (newline first).
    case(
        "X1641-021",
        caption("a woman wearing a grey sweater and a black skirt"),
        wearing("a sweater and skirt", who="she"),
        color_of("cardigan", "grey", kind="open"),
        color_of("skirt", "grey", "contradiction", kind="open"),
        describe("cardigan", "it's a grey sweater with buttons"),
        details("cardigan", "", "non_answer"),
        gender="Women",
        title="H&M Women Grey Rib-Knit Cardigan",
        category="Cardigan",
        color="Grey",
    ),
    # Photo: black-and-white houndstooth longline overcoat (checked collar too), over a black turtleneck, black
    # trousers.
    # All texts: base OPT-2.7b zero-shot; the details answer ran to the 30-token limit.
    case(
        "X1641-022",
        caption("a woman in a black and white checkered coat"),
        wearing("a black and white dress", "contradiction", who="she"),
        color_of("coat", "black and white", kind="open"),
        describe("coat", "it is a houndstooth coat"),
        details(
            "coat",
            "the coat is black and white checkered with a black collar and black buttons and two flap pockets at "
            "the waist and a",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "black", kind="open"),
        gender="Women",
        title="Athena Women Black & White Checked Longline Overcoat",
        category="Coats",
        color="Black",
    ),
    # Photo: red-and-white Breton-striped pullover, blue jeans, white backdrop.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1641-023",
        caption("a woman wearing a red and white striped sweater"),
        wearing("a striped sweater", who="she"),
        color_of("sweater", "red and white", kind="open"),
        describe("sweater", "it is a striped sweater"),
        details("sweater", "stripes"),
        color_of("jeans", "blue", kind="open"),
        gender="Women",
        title="Vero Moda Women Red & White Striped Pullover",
        category="Sweaters",
        color="Red",
    ),
    # Photo: khaki (olive-tan) cotton utility jacket, four flap pockets, button front (no zip), open over a white
    # tee, black jeans.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1641-024",
        caption("a woman in a khaki jacket and black jeans"),
        wearing("a jacket and jeans", who="she"),
        color_of("jacket", "khaki", kind="open"),
        describe("jacket", "it is a military jacket"),
        details("jacket", "the jacket has a zipper", "unsupported"),
        color_of("jeans", "white", "contradiction", kind="open"),
        gender="Women",
        title="Mast & Harbour Women Khaki Solid Utility Jacket",
        category="Jackets",
        color="Khaki",
    ),
    # Photo: mid-blue washed denim jacket over a white sundress-style knit dress, white sneakers.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1641-025",
        caption("a woman wearing a denim jacket and a white dress"),
        wearing("a denim jacket", who="she"),
        color_of("jacket", "blue", kind="open"),
        describe("jacket", "it is a denim jacket"),
        details("jacket", "Question: What are the jacket details? Answer: the jacket is blue", "leak"),
        gender="Women",
        title="Roadster Women Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
    ),
    # Photo: cream popcorn-knit cardigan, pearl buttons, over a brown satin slip dress.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1641-026",
        caption("a woman wearing a white sweater and a brown dress"),
        wearing("a white sweater", who="she"),
        color_of("cardigan", "brown", "other_garment_color", kind="open"),
        describe("cardigan", "it is a white cardigan with pearl buttons"),
        details("cardigan", "yes", "non_answer"),
        gender="Women",
        title="DressBerry Women Cream-Coloured Self-Design Cardigan",
        category="Cardigan",
        color="Cream",
    ),
    # Photo: olive parka, faux-fur-trimmed hood up, drawstring waist, over a grey sweater, black jeans; she holds a
    # phone.
    # All texts: base OPT-2.7b zero-shot; the details answer looped to the 30-token limit.
    case(
        "X1641-027",
        caption("a woman in a green parka with a fur hood"),
        wearing("a parka", who="she"),
        color_of("jacket", "green", kind="open"),
        describe("jacket", "it has a fur hood"),
        details(
            "jacket",
            "the jacket has a fur hood and a drawstring waist and a zipper and a zipper and a zipper and a zipper "
            "and a zipper",
            "loop",
            hit_limit=True,
        ),
        color_of("jeans", "grey", "contradiction", kind="open"),
        gender="Women",
        title="Zastraa Women Olive Green Solid Parka Jacket with Faux Fur Trim Hood",
        category="Jackets",
        color="Olive",
    ),
    # Photo: black cropped shrug with short puffed sleeves over a red bodycon dress.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1641-028",
        caption("a woman in a red dress and a black jacket"),
        wearing("a red dress", who="she"),
        color_of("shrug", "red", "other_garment_color", kind="open"),
        describe("shrug", "it's a short jacket"),
        details("shrug", "a black jacket over a red dress"),
        gender="Women",
        title="Kazo Women Black Solid Cropped Puff Sleeve Shrug",
        category="Shrug",
        color="Black",
    ),
    # Photo: maroon longline knit shrug over a white kurta and white palazzos. No colour column.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1641-029",
        caption("a woman in a white dress and a red cardigan"),
        wearing("she is wearing a white kurta", who="she"),
        color_of("shrug", "red", kind="open"),
        describe("shrug", "long"),
        details("shrug", "it is made of wool", "unsupported"),
        gender="Women",
        title="W Women Maroon Solid Longline Shrug",
        category="Shrug",
    ),
    # Photo: bottle-green woollen pullover with a white fair-isle yoke, black jeans; she wears a red beanie.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1641-030",
        caption("a woman wearing a green sweater and a red hat"),
        wearing("a sweater and a hat", who="she"),
        color_of("sweater", "red", "other_garment_color", kind="open"),
        describe("sweater", "it has a pattern on the top"),
        details("sweater", "the sweater is made of wool"),
        color_of("jeans", "black", kind="open"),
        gender="Women",
        title="Fabindia Women Green Self-Design Woollen Pullover",
        category="Sweaters",
        color="Green",
    ),
    # Photo: white cropped puffer jacket without a hood, zipped, black high neck showing, black leggings.
    # All texts: base OPT-2.7b zero-shot; the description looped to the 30-token limit.
    case(
        "X1641-031",
        caption("a woman in a white puffer jacket"),
        wearing("a white jacket", who="she"),
        color_of("jacket", "white", kind="open"),
        describe(
            "jacket",
            "white puffer jacket white puffer jacket white puffer jacket white puffer jacket white puffer jacket "
            "white puffer jacket white puffer jacket white",
            "loop",
            hit_limit=True,
        ),
        details("jacket", "it has a hood", "unsupported"),
        color_of("pants", "black", kind="open"),
        gender="Women",
        title="The Roadster Lifestyle Co Women White Solid Cropped Puffer Jacket",
        category="Jackets",
        color="White",
    ),
    # Photo: royal-blue single-breasted knee-length overcoat, open over a grey sweater, black trousers.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1641-032",
        caption("a woman in a blue coat with a grey sweater"),
        wearing("a blue coat and blue pants", "contradiction", who="she"),
        color_of("coat", "blue", kind="open"),
        describe("coat", "it's a coat", "restated"),
        details("coat", "buttons"),
        color_of("pants", "black", kind="open"),
        gender="Women",
        title="Chemistry Women Blue Solid Single-Breasted Overcoat",
        category="Coats",
        color="Blue",
    ),
    # Photo: chocolate-brown teddy (faux shearling) longline coat, patch pockets, over a black dress.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1641-033",
        caption("a woman wearing a brown fur coat"),
        wearing("a fur coat", who="she"),
        color_of("coat", "brown", kind="open"),
        describe("coat", "it is a mink coat", "unsupported"),
        details("coat", "the pockets"),
        gender="Women",
        title="SASSAFRAS Women Brown Solid Faux Shearling Teddy Coat",
        category="Coats",
        color="Brown",
    ),
    # Photo: back view, powder-blue pullover with a lace-up back, white jeans; the model's hair is a short bob.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1641-034",
        caption("the back of a man wearing a blue sweater", "pronoun"),
        wearing("a blue sweater and white jeans", who="she"),
        color_of("sweater", "blue", kind="open"),
        describe("sweater", "it has a lace up back"),
        details("sweater", "lace"),
        color_of("jeans", "white", kind="open"),
        gender="Women",
        title="ONLY Women Blue Self-Design Lace-Up Back Pullover",
        category="Sweaters",
        color="Blue",
    ),
    # Photo: black fine-knit long cardigan with two patch pockets, open over a cream floral-print dress; she carries
    # a tan tote.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1641-035",
        caption("a woman in a floral dress and a black cardigan"),
        wearing("a floral dress", who="she"),
        color_of("cardigan", "black", kind="open"),
        describe("cardigan", "floral", "contradiction"),
        details("cardigan", "it has pockets"),
        gender="Women",
        title="Mast & Harbour Women Black Solid Longline Cardigan",
        category="Cardigan",
        color="Black",
    ),
    # Photo: rust corduroy shirt-jacket (shacket), two chest pockets, button front, open over a black tee, blue mom
    # jeans.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1641-036",
        caption("a woman wearing an orange shirt and jeans"),
        wearing("a shirt", who="she"),
        color_of("jacket", "orange", kind="open"),
        describe(
            "jacket",
            "the jacket is a corduroy jacket with a button down front and two pockets on the chest and the sleeves "
            "are rolled up and the",
            "cut",
            hit_limit=True,
        ),
        details("jacket", "pockets"),
        color_of("jeans", "blue", kind="open"),
        gender="Women",
        title="Roadster Women Rust Solid Corduroy Shacket",
        category="Jackets",
        color="Rust",
    ),
    # Photo: olive chunky-knit cardigan, buttoned, model with a short pixie cut, black pants.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1641-037",
        caption("a woman wearing a green cardigan"),
        wearing("he is wearing a green sweater", "pronoun", who="she"),
        color_of("cardigan", "green", kind="open"),
        describe("cardigan", "chunky knit"),
        details("cardigan", "the cardigan details are the cardigan details", "restated"),
        color_of("pants", "black", kind="open"),
        gender="Women",
        title="Vero Moda Women Olive Green Solid Chunky Knit Cardigan",
        category="Cardigan",
        color="Olive",
    ),
    # Photo: white faux-fur shrug over a black sleeveless dress.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1641-038",
        caption("a woman in a black dress with a white fur shawl"),
        wearing("a black dress", who="she"),
        color_of("shrug", "black", "other_garment_color", kind="open"),
        describe("shrug", "it's a white fur shrug"),
        details("shrug", "fur"),
        gender="Women",
        title="DressBerry Women White Solid Faux Fur Shrug",
        category="Shrug",
        color="White",
    ),
    # Photo: flat lay, grey single-breasted overcoat on white, no person.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1641-039",
        caption("a grey coat on a white background"),
        wearing("a coat", who="she"),
        color_of("coat", "grey", kind="open"),
        describe("coat", "it's a long coat with a collar"),
        details("coat", "the woman is wearing a grey coat with a white shirt and black pants", "unsupported"),
        gender="Women",
        title="Allen Solly Woman Grey Solid Single-Breasted Overcoat",
        category="Coats",
        color="Grey",
    ),
    # Photo: dusty-pink longline cardigan over a white tee, grey jeans. No gender column.
    # All texts: base OPT-2.7b zero-shot; the description looped to the 30-token limit.
    case(
        "X1641-040",
        caption("a woman wearing a pink cardigan and grey jeans"),
        wearing("a pink cardigan", who="she"),
        color_of("cardigan", "pink", kind="open"),
        color_of("jeans", "grey", kind="open"),
        describe(
            "cardigan",
            "it's a long cardigan with long sleeves and a long hem and a long neck and long sleeves and a long hem "
            "and a long neck and",
            "loop",
            hit_limit=True,
        ),
        details("cardigan", "the sleeves", "non_answer"),
        title="Harpa Women Pink Solid Longline Cardigan",
        category="Cardigan",
        color="Pink",
    ),
    # Photo: black cape coat (no hood, hook closure) over a grey turtleneck, black trousers.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1641-041",
        caption("a woman in a black cape"),
        wearing("a black cape", who="she"),
        color_of("coat", "black", kind="open"),
        describe("coat", "it is a poncho"),
        details("coat", "the cape has a hood and a zipper", "unsupported"),
        color_of("pants", "black", kind="open"),
        gender="Women",
        title="Chemistry Women Black Solid Cape Coat",
        category="Coats",
        color="Black",
    ),
    # Photo: yellow pullover with a black "SMILE" print on the chest, black leggings.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1641-042",
        caption("a woman wearing a yellow sweater with the word smile on it"),
        wearing("a sweater", who="she"),
        color_of("sweater", "yellow", kind="open"),
        describe("sweater", "it says smile"),
        details("sweater", "the word smile"),
        gender="Women",
        title="Kook N Keech Women Yellow Printed Pullover",
        category="Sweaters",
        color="Yellow",
    ),
    # Photo: black satin bomber jacket, ribbed cuffs and hem, zipped, white tee at the neck, blue jeans.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1641-043",
        caption("a woman wearing a black bomber jacket and blue jeans"),
        wearing("a bomber jacket", who="she"),
        color_of("jacket", "black Question: What is the color of the jeans? Answer: blue", "leak", kind="open"),
        describe("jacket", "it is a bomber jacket"),
        details("jacket", "ribbed cuffs"),
        color_of("jeans", "blue", kind="open"),
        gender="Women",
        title="Roadster Women Black Solid Bomber Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: coffee-brown ribbed turtleneck tucked into cream wide-leg trousers; she holds sunglasses.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1641-044",
        caption("a woman wearing a brown turtleneck sweater and white pants"),
        wearing("brown sweater", who="she"),
        color_of("sweater", "brown", kind="open"),
        color_of("pants", "brown", "contradiction", kind="open"),
        describe("sweater", "Answer: it is a turtleneck sweater", "leak"),
        details("sweater", "it is ribbed"),
        gender="Women",
        title="Roadster Women Coffee Brown Self-Design Turtle Neck Pullover",
        category="Sweaters",
        color="Coffee Brown",
    ),
    # Photo: black padded jacket with a white logo, open over a grey hoodie, grey joggers, side-on pose.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1641-045",
        caption("a woman wearing a black puma jacket"),
        wearing("a grey hoodie", who="she"),
        color_of("jacket", "grey", "other_garment_color", kind="open"),
        describe("jacket", "it's a puffer jacket"),
        details("jacket", "the puma logo"),
        color_of("pants", "grey", kind="open"),
        gender="Women",
        title="Puma Women Black Solid Padded Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: burgundy belted longline coat, closed to mid-calf, black boots; nothing under it shows. No category
    # column.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1641-046",
        caption("a woman in a burgundy dress and black boots", "contradiction"),
        wearing("a red dress", "contradiction", who="she"),
        color_of("coat", "red", kind="open"),
        describe("coat", "it is a long coat with a belt"),
        details("coat", "belt"),
        gender="Women",
        title="SASSAFRAS Women Burgundy Solid Longline Belted Coat",
        color="Burgundy",
    ),
]
