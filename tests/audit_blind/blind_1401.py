"""BLIND_1401 (45 products; Myntra women's winterwear worn over other clothes, base zero-shot): written blind in the
sixty-fourth session. Measured blind at 4e1890e (the session's fourth rules): 47/64 failures found (73.4%) and 23/212
correct texts flagged (10.8%). The writer's notes, verbatim:

Scenario: a Myntra women's winterwear feed (sweaters, cardigans, shrugs, coats, jackets; columns title, category as
the article type, color as the base colour, gender "Women"). The photos are the catalog's usual shots: a model on a
plain backdrop wearing the product open or layered over a tee, shirt, hoodie or dress, with jeans, trousers, skirts
or leggings; now and then a flat lay, a back view, a prop (coffee cup, phone, scarf, straw hat, stool, tote bag).
Who wrote what: every text comes from the untuned Salesforce/blip2-opt-2.7b, zero-shot, greedy, stopping on the
newline: an unprompted caption (50 new tokens at most) and the experiments' questionnaire with the garment slot
filled from the article type ("What is she wearing?", "What is the color of the cardigan?", "Describe the
cardigan.", "What are the cardigan details?", the color of the bottom garment), plus now and then the VQA data's
"Is this a shrug?", the sleeve, pattern or material question (30 new tokens at most).
Labeling conventions and judgement calls: the base model answers short questions well, so most short answers are
right and the failure rate sits near a quarter, concentrated where the scenario bites: the color of the product
answered with the color of the top, hoodie, dress or scarf underneath (other_garment_color), the product's color
repeated for the jeans or skirt (contradiction), and details of the inner garment (a shirt collar, a hoodie's hood)
given to the product (unsupported). Near hues count as right (maroon/burgundy "red", mustard "yellow", peach
"pink", teal "blue" or "green", camel/coffee "brown", cream "white", olive "green"); navy called "black", beige
called "white" where a white layer is beside it, and burgundy called "purple" do not. A shrug called a "cardigan"
or, when cropped or velvet, a "jacket" is right; "no" to "Is this a shrug?" is a contradiction. "What is she
wearing?" answered with only the layer underneath ("a dress", "a white shirt and jeans") is marked contradiction:
it names a garment that is not the product. Answers about garments absent from a flat lay are unsupported.
"leather" for a faux-leather jacket is marked contradiction against the title. A bare garment, a bare "the back",
an empty answer or "the shrug is a shrug" for details is non_answer; an echo of the question's phrasing is
restated. A correct but thin answer ("white" to "Describe the shrug.") stays unmarked. Loops and run-on answers
that reach 30 tokens carry hit_limit; "a man" in a caption of a women's product is pronoun.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, material, wearing

SHE = "she"

BLIND_1401 = [
    # Model front: navy open cardigan over a white tee, light blue jeans.
    # Base zero-shot wrote all; the cardigan's color answer took the tee's white.
    case(
        "X1401-001",
        caption("a woman wearing a navy cardigan and jeans"),
        wearing("a cardigan", who=SHE),
        color_of("cardigan", "white", "other_garment_color", kind="open"),
        describe("cardigan", "a navy blue cardigan with buttons"),
        details("cardigan", "buttons"),
        color_of("jeans", "blue", kind="open"),
        gender="Women",
        title="Roadster Women Navy Blue Solid Cardigan",
        category="Cardigan",
        color="Navy Blue",
    ),
    # Model front: mustard cable-knit crew-neck pullover tucked into a black mini skirt.
    # Base zero-shot wrote all; the details answer invents a turtleneck (it is a crew neck).
    case(
        "X1401-002",
        caption("a woman in a yellow sweater and black skirt"),
        wearing("a yellow sweater", who=SHE),
        color_of("sweater", "yellow", kind="open"),
        describe("sweater", "it is a cable knit sweater"),
        details("sweater", "the sweater has a turtleneck", "unsupported"),
        is_a("sweater", "yes"),
        gender="Women",
        title="HERE&NOW Women Mustard Yellow Cable Knit Pullover",
        category="Sweaters",
        color="Mustard",
    ),
    # Model front: black sheer longline open-front shrug over a red floral midi dress.
    # Base zero-shot wrote all; the dress dominates the frame and most answers are about it.
    case(
        "X1401-003",
        caption("a woman wearing a red floral dress and black cardigan"),
        wearing("a dress", "contradiction", who=SHE),
        color_of("shrug", "red", "other_garment_color", kind="open"),
        describe("shrug", "a shrug is a type of sweater that is worn over the shoulders", "non_answer"),
        details("shrug", "the sleeves are long"),
        is_a("shrug", "no", "contradiction"),
        gender="Women",
        title="DressBerry Women Black Solid Open Front Shrug",
        category="Shrug",
        color="Black",
    ),
    # Model front, handbag on the arm: camel notched-lapel overcoat, no belt, open over a black turtleneck and
    # black trousers. Base zero-shot wrote all; the belt in the description is invented.
    case(
        "X1401-004",
        caption("a woman wearing a long brown coat and black pants"),
        wearing("a coat", who=SHE),
        color_of("coat", "brown", kind="open"),
        describe("coat", "it is a long coat with a belt", "unsupported"),
        details("coat", "the coat has a collar and buttons"),
        color_of("pants", "black", kind="open"),
        gender="Women",
        title="Tokyo Talkies Women Camel Brown Solid Overcoat",
        category="Coats",
        color="Camel Brown",
    ),
    # Model front, hood up hiding the hair: maroon quilted puffer zipped to the chin, blue jeans.
    # Base zero-shot wrote all; the caption calls her a man, the details answer loops to the limit.
    case(
        "X1401-005",
        caption("a man wearing a red puffer jacket", "pronoun"),
        wearing("a red jacket", who=SHE),
        color_of("jacket", "red", kind="open"),
        describe("jacket", "a red puffer jacket with a hood"),
        details(
            "jacket",
            "the jacket has a hood, a zipper, and a hood, a zipper, and a hood, a zipper, and a hood, a zipper, and a",
            "loop",
            hit_limit=True,
        ),
        color_of("jeans", "blue", kind="open"),
        gender="Women",
        title="Fort Collins Women Maroon Quilted Puffer Jacket",
        category="Jackets",
        color="Maroon",
    ),
    # Model front: grey melange pullover over a white collared shirt (collar and cuffs out), black jeans.
    # Base zero-shot wrote all; grey repeated for the black jeans; the details answer only names the garment.
    case(
        "X1401-006",
        caption("a woman wearing a grey sweater and white shirt"),
        wearing("a sweater and a white shirt", who=SHE),
        color_of("sweater", "grey", kind="open"),
        color_of("jeans", "grey", "contradiction", kind="open"),
        describe("sweater", "a grey sweater with a white shirt underneath"),
        details("sweater", "it is a sweater", "non_answer"),
        gender="Women",
        title="ONLY Women Grey Melange Self Design Pullover",
        category="Sweaters",
        color="Grey Melange",
    ),
    # Model front holding a coffee cup: beige longline open cardigan with patch pockets over a white top and white
    # jeans. Base zero-shot wrote all; "a white sweater" takes the color of the white layers.
    case(
        "X1401-007",
        caption("a woman holding a cup of coffee in front of a white wall"),
        wearing("a white sweater", "other_garment_color", who=SHE),
        color_of("cardigan", "beige", kind="open"),
        describe("cardigan", "a long beige cardigan"),
        details("cardigan", "pockets"),
        gender="Women",
        title="Vero Moda Women Beige Solid Longline Cardigan",
        category="Cardigan",
        color="Beige",
    ),
    # Model front: olive parka with a faux-fur trimmed hood, open over a black tee, black jeans.
    # Base zero-shot wrote all; all right.
    case(
        "X1401-008",
        caption("a woman wearing a green parka with a fur hood"),
        wearing("a parka", who=SHE),
        color_of("jacket", "green", kind="open"),
        describe("jacket", "a green jacket with a fur collar"),
        details("jacket", "the jacket has a hood and a fur trim"),
        is_a("jacket", "yes"),
        gender="Women",
        title="Mast & Harbour Women Olive Green Solid Parka Jacket",
        category="Jackets",
        color="Olive",
    ),
    # Model front: white pullover with black horizontal stripes, plain black trousers.
    # Base zero-shot wrote all; the stripes' colors given to the trousers; the description loops.
    case(
        "X1401-009",
        caption("a woman wearing a black and white striped sweater"),
        wearing("a striped sweater", who=SHE),
        color_of("sweater", "black and white", kind="open"),
        color_of("pants", "black and white", "contradiction", kind="open"),
        describe(
            "sweater",
            "a black and white striped sweater with a black and white striped sweater with a black and white striped"
            " sweater with a black and",
            "loop",
            hit_limit=True,
        ),
        details("sweater", "stripes"),
        gender="Women",
        title="Sassafras Women White & Black Striped Pullover",
        category="Sweaters",
        color="White",
    ),
    # Model front: black faux-leather biker jacket open over a grey tee, blue jeans.
    # Base zero-shot wrote all; "leather" goes against the title's faux leather.
    case(
        "X1401-010",
        caption("a woman wearing a black leather jacket and jeans"),
        wearing("a leather jacket", who=SHE),
        color_of("jacket", "black", kind="open"),
        describe("jacket", "a black leather jacket with zippers"),
        details("jacket", "zippers"),
        material("leather", "contradiction"),
        color_of("jeans", "blue", kind="open"),
        gender="Women",
        title="H&M Women Black Faux Leather Biker Jacket",
        category="Jackets",
        color="Black",
    ),
    # Flat lay on white: peach buttoned cardigan, nothing else in the frame.
    # Base zero-shot wrote all; the jeans' color is made up, there are no jeans.
    case(
        "X1401-011",
        caption("a pink sweater on a white background"),
        wearing("a sweater", who=SHE),
        color_of("cardigan", "pink", kind="open"),
        describe("cardigan", "it is a pink sweater with buttons"),
        details("cardigan", "buttons"),
        color_of("jeans", "blue", "unsupported", kind="open"),
        gender="Women",
        title="Monte Carlo Women Peach-Coloured Self Design Cardigan",
        category="Cardigan",
        color="Peach",
    ),
    # Model front: burgundy ribbed cropped sweater over high-waist light blue mom jeans.
    # Base zero-shot wrote all; "purple" is off for a reddish burgundy and against the caption's maroon.
    case(
        "X1401-012",
        caption("a woman wearing a maroon sweater and jeans"),
        wearing("a sweater and jeans", who=SHE),
        color_of("sweater", "purple", "contradiction", kind="open"),
        describe("sweater", "a cropped sweater"),
        details("sweater", "ribbed"),
        color_of("jeans", "blue", kind="open"),
        gender="Women",
        title="FOREVER 21 Women Burgundy Ribbed Crop Sweater",
        category="Sweaters",
        color="Burgundy",
    ),
    # Model front, short-haired model: navy padded jacket zipped up, striped shirt collar at the neck, dark jeans.
    # Base zero-shot wrote all; "a man" in the caption; navy read as black.
    case(
        "X1401-013",
        caption("a man wearing a black jacket and jeans", "pronoun"),
        wearing("a jacket", who=SHE),
        color_of("jacket", "black", "contradiction", kind="open"),
        describe("jacket", "a puffer jacket with a zipper"),
        details("jacket", "zipper"),
        is_a("jacket", "yes"),
        gender="Women",
        title="Roadster Women Navy Blue Solid Padded Jacket",
        category="Jackets",
        color="Navy Blue",
    ),
    # Model front: off-white crochet shrug over a black spaghetti-strap dress.
    # Base zero-shot wrote all; the shrug's color answer took the dress's black.
    case(
        "X1401-014",
        caption("a woman wearing a black dress and a white crochet cardigan"),
        wearing("a black dress and white cardigan", who=SHE),
        color_of("shrug", "black", "other_garment_color", kind="open"),
        describe("shrug", "white"),
        details("shrug", "crochet"),
        is_a("shrug", "yes"),
        gender="Women",
        title="DressBerry Women Off-White Self Design Shrug",
        category="Shrug",
        color="Off White",
    ),
    # Back view: black longline trench belted at the waist, black tights, black ankle boots.
    # Base zero-shot wrote all; there is no hood on this trench.
    case(
        "X1401-015",
        caption("the back of a woman wearing a black trench coat"),
        wearing("a trench coat", who=SHE),
        color_of("coat", "black", kind="open"),
        describe("coat", "a black trench coat with a belt"),
        details("coat", "the coat has a hood", "unsupported"),
        color_of("pants", "black", kind="open"),
        gender="Women",
        title="Tokyo Talkies Women Black Solid Longline Trench Coat",
        category="Coats",
        color="Black",
    ),
    # Model front: red cable-knit cardigan buttoned over a white shirt (collar out), grey trousers.
    # Base zero-shot wrote all; the shirt's collar is given to the cardigan.
    case(
        "X1401-016",
        caption("a woman in a red cardigan and grey pants"),
        wearing("a red sweater", who=SHE),
        color_of("cardigan", "red", kind="open"),
        color_of("pants", "grey", kind="open"),
        describe("cardigan", "a red cardigan with a white collar", "unsupported"),
        details("cardigan", "cable knit, buttons"),
        gender="Women",
        title="Marks & Spencer Women Red Cable Knit Cardigan",
        category="Cardigan",
        color="Red",
    ),
    # Model front, sunglasses pushed up: mid-blue washed denim jacket over a white tee, black skinny jeans.
    # Base zero-shot wrote all; the jacket's blue repeated for the black jeans.
    case(
        "X1401-017",
        caption("a woman wearing a denim jacket and sunglasses"),
        wearing("a denim jacket", who=SHE),
        color_of("jacket", "blue", kind="open"),
        color_of("jeans", "blue", "contradiction", kind="open"),
        describe("jacket", "a denim jacket with a white t-shirt"),
        details("jacket", "the jacket has pockets on the chest"),
        material("denim"),
        gender="Women",
        title="Mast & Harbour Women Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
    ),
    # Model front: lavender fuzzy crew-neck pullover, white jeans.
    # Base zero-shot wrote all; the details answer echoes the question.
    case(
        "X1401-018",
        caption("a woman wearing a purple sweater and white pants"),
        wearing("a purple sweater", who=SHE),
        color_of("sweater", "purple", kind="open"),
        describe("sweater", "it is a purple sweater"),
        details("sweater", "the details of the sweater", "restated"),
        is_a("sweater", "yes"),
        gender="Women",
        title="HERE&NOW Women Lavender Solid Pullover Sweater",
        category="Sweaters",
        color="Lavender",
    ),
    # Model front with a tote bag: grey checked longline overcoat over a black roll-neck, black jeans.
    # Base zero-shot wrote all; all right.
    case(
        "X1401-019",
        caption("a woman wearing a grey plaid coat and carrying a bag"),
        wearing("a coat", who=SHE),
        color_of("coat", "grey", kind="open"),
        describe("coat", "a grey plaid coat"),
        details("coat", "plaid"),
        color_of("jeans", "black", kind="open"),
        gender="Women",
        title="Vero Moda Women Grey Checked Longline Overcoat",
        category="Coats",
        color="Grey",
    ),
    # Model front: cropped black puff-sleeve shrug over a white crop top and white wide trousers.
    # Base zero-shot wrote all; the white outfit takes over; "white" is no garment at all.
    case(
        "X1401-020",
        caption("a woman wearing a white top and black jacket"),
        wearing("white", "non_answer", who=SHE),
        color_of("shrug", "white", "other_garment_color", kind="open"),
        describe("shrug", "a black cropped jacket with puff sleeves"),
        is_a("shrug", "no", "contradiction"),
        BLIND_QUESTIONS.sleeve_length("long"),
        gender="Women",
        title="Sassafras Women Black Solid Crop Shrug",
        category="Shrug",
        color="Black",
    ),
    # Model front: black knee-length hooded puffer with a fur-trimmed hood, beige trousers.
    # Base zero-shot wrote all; the details answer loops; black repeated for the beige trousers.
    case(
        "X1401-021",
        caption("a woman wearing a black puffer coat"),
        wearing("a black coat", who=SHE),
        color_of("jacket", "black", kind="open"),
        describe("jacket", "a long black puffer jacket with a fur hood"),
        details(
            "jacket",
            "the jacket has a fur hood and a zipper and a zipper and a zipper and a zipper and a zipper and a zipper"
            " and a zipper and",
            "loop",
            hit_limit=True,
        ),
        color_of("pants", "black", "contradiction", kind="open"),
        gender="Women",
        title="Fort Collins Women Black Hooded Longline Puffer Jacket",
        category="Jackets",
        color="Black",
    ),
    # Model front: rust longline open cardigan without pockets over a black tee, blue ripped jeans.
    # Base zero-shot wrote all; the tee's black given to the cardigan; the pockets are invented.
    case(
        "X1401-022",
        caption("a woman in an orange cardigan and ripped jeans"),
        wearing("a cardigan", who=SHE),
        color_of("cardigan", "black", "other_garment_color", kind="open"),
        describe("cardigan", "an orange cardigan"),
        details("cardigan", "the cardigan has pockets", "unsupported"),
        color_of("jeans", "blue", kind="open"),
        gender="Women",
        title="Roadster Women Rust Solid Open-Front Longline Cardigan",
        category="Cardigan",
        color="Rust",
    ),
    # Model front: cream cable-knit turtleneck tucked into a brown checked mini skirt.
    # Base zero-shot wrote all; the details answer runs on to the limit and is cut.
    case(
        "X1401-023",
        caption("a woman wearing a white turtleneck sweater and a plaid skirt"),
        wearing("a sweater and skirt", who=SHE),
        color_of("sweater", "white", kind="open"),
        color_of("skirt", "brown", kind="open"),
        describe("sweater", "a white cable knit turtleneck sweater"),
        details(
            "sweater",
            "the sweater has a turtleneck and cable knit on the front and the sleeves are long and the sweater is"
            " tucked into the skirt and the",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="ONLY Women Cream-Coloured Cable Knit Turtleneck Sweater",
        category="Sweaters",
        color="Cream",
    ),
    # Model front: teal waterfall-front asymmetric shrug over a black tank top, black leggings.
    # Base zero-shot wrote all; "green" and "blue" both fit teal; the details answer came back empty.
    case(
        "X1401-024",
        caption("a woman wearing a green cardigan and black leggings"),
        wearing("a green cardigan", who=SHE),
        color_of("shrug", "blue", kind="open"),
        describe("shrug", "a teal shrug"),
        details("shrug", "", "non_answer"),
        is_a("shrug", "yes"),
        gender="Women",
        title="Madame Women Teal Solid Asymmetric Shrug",
        category="Shrug",
        color="Teal",
    ),
    # Model front looking at a phone: pink teddy (faux-fur plush) coat over a white tee, light jeans.
    # Base zero-shot wrote all; "wool" is a guess the plush does not support.
    case(
        "X1401-025",
        caption("a woman in a pink fur coat looking at her phone"),
        wearing("a pink coat", who=SHE),
        color_of("coat", "pink", kind="open"),
        describe("coat", "a pink fur coat"),
        details("coat", "fur"),
        material("wool", "unsupported"),
        gender="Women",
        title="Tokyo Talkies Women Pink Solid Teddy Coat",
        category="Coats",
        color="Pink",
    ),
    # Model front: beige oversized double-breasted coat open over a white hoodie, black leggings, white sneakers.
    # Base zero-shot wrote all; the coat's color answer took the hoodie's white.
    case(
        "X1401-026",
        caption("a woman wearing a beige coat and white hoodie"),
        wearing("a coat and a hoodie", who=SHE),
        color_of("coat", "white", "other_garment_color", kind="open"),
        describe("coat", "a beige coat with a white hoodie"),
        details("coat", "double breasted"),
        material("wool"),
        color_of("pants", "black", kind="open"),
        gender="Women",
        title="H&M Women Beige Oversized Wool-Blend Coat",
        category="Coats",
        color="Beige",
    ),
    # Model front: olive bomber with ribbed collar and cuffs, orange lining showing, over a white tee, black jeans.
    # Base zero-shot wrote all; a bomber with no hood.
    case(
        "X1401-027",
        caption("a woman wearing a green bomber jacket and black jeans"),
        wearing("a bomber jacket", who=SHE),
        color_of("jacket", "green", kind="open"),
        describe("jacket", "a green jacket with orange lining"),
        details("jacket", "the jacket has a hood", "unsupported"),
        is_a("jacket", "yes"),
        gender="Women",
        title="Roadster Women Olive Green Bomber Jacket",
        category="Jackets",
        color="Olive",
    ),
    # Model front: black-and-white argyle sweater vest over a white puff-sleeve shirt, black trousers.
    # Base zero-shot wrote all; the shirt's white sleeves are read as the vest's.
    case(
        "X1401-028",
        caption("a woman wearing a black and white sweater vest"),
        wearing("a sweater vest and white shirt", who=SHE),
        color_of("sweater", "white", "other_garment_color", kind="open"),
        describe("sweater", "a black sweater with white sleeves", "unsupported"),
        BLIND_QUESTIONS.sleeve_length("long", "contradiction"),
        details("sweater", "argyle"),
        gender="Women",
        title="Vero Moda Women Black & White Argyle Pattern Sweater Vest",
        category="Sweaters",
        color="Black",
    ),
    # Back view: navy longline cardigan, no belt, blue jeans.
    # Base zero-shot wrote all; the belt is invented; "the back" says nothing of the cardigan.
    case(
        "X1401-029",
        caption("the back of a woman in a blue cardigan"),
        wearing("a blue cardigan", who=SHE),
        color_of("cardigan", "blue", kind="open"),
        describe("cardigan", "a long blue cardigan with a belt", "unsupported"),
        details("cardigan", "the back of the cardigan", "non_answer"),
        color_of("jeans", "blue", kind="open"),
        gender="Women",
        title="Marks & Spencer Women Navy Blue Solid Longline Cardigan",
        category="Cardigan",
        color="Navy Blue",
    ),
    # Model front: tan faux-suede shacket with two flap chest pockets, open over a black bodysuit, blue jeans.
    # Base zero-shot wrote all; all right. The feed left gender empty.
    case(
        "X1401-030",
        caption("a woman wearing a brown suede jacket and jeans"),
        wearing("a brown jacket", who=SHE),
        color_of("jacket", "brown", kind="open"),
        describe("jacket", "a brown suede jacket with buttons"),
        details("jacket", "two chest pockets and buttons"),
        material("suede"),
        color_of("jeans", "blue", kind="open"),
        title="Tokyo Talkies Women Tan Brown Faux Suede Shacket",
        category="Jackets",
        color="Tan",
    ),
    # Model front in a straw hat: mustard open-knit shrug over a white cotton sundress.
    # Base zero-shot wrote all; the dress's white given to the shrug; the details answer says nothing.
    case(
        "X1401-031",
        caption("a woman in a white dress and yellow cardigan wearing a straw hat"),
        wearing("a white dress and a yellow sweater", who=SHE),
        color_of("shrug", "white", "other_garment_color", kind="open"),
        describe("shrug", "the shrug is yellow and it's made of yarn"),
        details("shrug", "the shrug is a shrug", "non_answer"),
        is_a("shrug", "yes"),
        gender="Women",
        title="DressBerry Women Mustard Yellow Open-Knit Shrug",
        category="Shrug",
        color="Mustard",
    ),
    # Model front holding a coffee cup: coffee-brown V-neck sweater, white tee at the V, blue jeans.
    # Base zero-shot wrote all; brown repeated for the blue jeans. The feed left the category empty.
    case(
        "X1401-032",
        caption("a woman in a brown sweater holding a cup of coffee"),
        wearing("a sweater", who=SHE),
        color_of("sweater", "brown", kind="open"),
        describe("sweater", "a brown v-neck sweater"),
        details("sweater", "v-neck"),
        color_of("jeans", "brown", "contradiction", kind="open"),
        is_a("sweater", "yes"),
        gender="Women",
        title="HERE&NOW Women Coffee Brown Solid Sweater",
        color="Coffee Brown",
    ),
    # Model front: lime-green and black colourblocked hooded windcheater, zipped, black track pants.
    # Base zero-shot wrote all; all right.
    case(
        "X1401-033",
        caption("a woman wearing a green and black jacket"),
        wearing("a jacket", who=SHE),
        color_of("jacket", "green", kind="open"),
        color_of("pants", "black", kind="open"),
        describe("jacket", "a green and black windbreaker jacket with a hood"),
        details("jacket", "the jacket has a hood, a zipper, and pockets"),
        gender="Women",
        title="Fort Collins Women Lime Green Colourblocked Windcheater Sporty Jacket",
        category="Jackets",
        color="Lime Green",
    ),
    # Model front: red wool-blend overcoat buttoned, a black turtleneck at the neck, black tights, black boots.
    # Base zero-shot wrote all; the turtleneck read as a black collar; the details answer loops.
    case(
        "X1401-034",
        caption("a woman in a red coat and black boots"),
        wearing("a red coat", who=SHE),
        color_of("coat", "red", kind="open"),
        describe("coat", "a red coat with a black collar", "unsupported"),
        details(
            "coat",
            "the coat has buttons and pockets, the coat has buttons and pockets, the coat has buttons and pockets,"
            " the coat has buttons and",
            "loop",
            hit_limit=True,
        ),
        color_of("pants", "black", kind="open"),
        gender="Women",
        title="Vero Moda Women Red Wool Blend Solid Overcoat",
        category="Coats",
        color="Red",
    ),
    # Model sitting on a stool: grey melange cardigan buttoned, top buttons open, black pleated skirt.
    # Base zero-shot wrote all; grey repeated for the black skirt; the details answer echoes the question.
    case(
        "X1401-035",
        caption("a woman sitting on a stool wearing a grey sweater"),
        wearing("a grey sweater and black skirt", who=SHE),
        color_of("cardigan", "grey", kind="open"),
        describe("cardigan", "a grey knit cardigan"),
        details("cardigan", "what are the cardigan details", "restated"),
        color_of("skirt", "grey", "contradiction", kind="open"),
        gender="Women",
        title="Mango Women Grey Melange Knitted Cardigan",
        category="Cardigan",
        color="Grey Melange",
    ),
    # Flat lay on white: black longline shrug without pockets, nothing else in the frame.
    # Base zero-shot wrote all; pockets invented; the jeans' color made up.
    case(
        "X1401-036",
        caption("a black cardigan on a white background"),
        wearing("a black cardigan", who=SHE),
        color_of("shrug", "black", kind="open"),
        describe("shrug", "a black long cardigan with pockets", "unsupported"),
        is_a("shrug", "yes"),
        color_of("jeans", "black", "unsupported", kind="open"),
        gender="Women",
        title="Harpa Women Black Solid Longline Shrug",
        category="Shrug",
        color="Black",
    ),
    # Model front: khaki trench open, belt hanging loose, over a white shirt and blue jeans.
    # Base zero-shot wrote all; the open front shows the white shirt, which takes over two answers.
    case(
        "X1401-037",
        caption("a woman wearing a trench coat and jeans"),
        wearing("a white shirt and jeans", "contradiction", who=SHE),
        color_of("coat", "white", "other_garment_color", kind="open"),
        describe("coat", "a khaki trench coat with a belt"),
        details("coat", "the belt"),
        color_of("jeans", "blue", kind="open"),
        gender="Women",
        title="Tokyo Talkies Women Khaki Solid Trench Coat",
        category="Coats",
        color="Khaki",
    ),
    # Model front: navy, red and white fair isle pullover with snowflakes, black jeans.
    # Base zero-shot wrote all; the description loops over the colors.
    case(
        "X1401-038",
        caption("a woman wearing a sweater with a pattern on it"),
        wearing("a sweater", who=SHE),
        color_of("sweater", "blue", kind="open"),
        describe(
            "sweater",
            "a blue and red and white and blue and red and white and blue and red and white and blue and red and white"
            " and blue and red",
            "loop",
            hit_limit=True,
        ),
        details("sweater", "the sweater has a snowflake pattern"),
        BLIND_QUESTIONS.pattern("fair isle"),
        gender="Women",
        title="HERE&NOW Women Multicoloured Fair Isle Pullover",
        category="Sweaters",
        color="Multi",
    ),
    # Model front: powder-blue cropped puffer without hood, open over a white hoodie (hood out), grey joggers.
    # Base zero-shot wrote all; the hoodie's white and its hood given to the jacket.
    case(
        "X1401-039",
        caption("a woman in a light blue puffer jacket and grey sweatpants"),
        wearing("a blue jacket", who=SHE),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        describe("jacket", "a light blue puffer jacket with a hood", "unsupported"),
        details("jacket", "the jacket is puffy"),
        color_of("pants", "grey", kind="open"),
        gender="Women",
        title="ONLY Women Blue Cropped Puffer Jacket",
        category="Jackets",
        color="Blue",
    ),
    # Model front: black fine-knit cardigan buttoned and worn as a top with a floral midi skirt.
    # Base zero-shot wrote all; the details answer runs on and is cut. The feed left the color empty.
    case(
        "X1401-040",
        caption("a woman in a black cardigan and floral skirt"),
        wearing("a black sweater and a floral skirt", who=SHE),
        color_of("cardigan", "black", kind="open"),
        color_of("skirt", "floral", kind="open"),
        describe("cardigan", "a black cardigan with buttons down the front"),
        details(
            "cardigan",
            "the cardigan has buttons down the front and the sleeves are long and the cardigan is tucked into the"
            " skirt and the skirt is floral and the",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Marks & Spencer Women Black Solid Cardigan",
        category="Cardigan",
    ),
    # Model front, short hair, hands in pockets: off-white sherpa zip jacket, no hood, black tee, black jeans.
    # Base zero-shot wrote all; "a man" in the caption; the hood is invented.
    case(
        "X1401-041",
        caption("a man wearing a white fleece jacket", "pronoun"),
        wearing("a white jacket", who=SHE),
        color_of("jacket", "white", kind="open"),
        describe("jacket", "a white fleece jacket with a hood", "unsupported"),
        details("jacket", "fleece"),
        material("fleece"),
        gender="Women",
        title="Roadster Women Off-White Solid Sherpa Jacket",
        category="Jackets",
        color="Off White",
    ),
    # Back view: olive oversized pullover, beige trousers.
    # Base zero-shot wrote all; "the back" for details; green repeated for the beige trousers.
    case(
        "X1401-042",
        caption("the back of a woman wearing a green sweater"),
        wearing("a green sweater", who=SHE),
        color_of("sweater", "green", kind="open"),
        describe("sweater", "it is a green sweater"),
        details("sweater", "the back", "non_answer"),
        color_of("pants", "green", "contradiction", kind="open"),
        gender="Women",
        title="Vero Moda Women Olive Green Oversized Pullover",
        category="Sweaters",
        color="Olive",
    ),
    # Model front with a grey wool scarf: navy double-breasted peacoat with gold buttons, blue jeans.
    # Base zero-shot wrote all; the scarf's grey given to the coat.
    case(
        "X1401-043",
        caption("a woman wearing a navy blue coat and a grey scarf"),
        wearing("a coat and a scarf", who=SHE),
        color_of("coat", "grey", "other_garment_color", kind="open"),
        describe("coat", "a navy pea coat with gold buttons"),
        details("coat", "gold buttons"),
        color_of("jeans", "blue", kind="open"),
        is_a("coat", "yes"),
        gender="Women",
        title="Mango Women Navy Blue Double-Breasted Peacoat",
        category="Coats",
        color="Navy Blue",
    ),
    # Model front, hand on hip: maroon velvet open shrug over a black top, black jeans.
    # Base zero-shot wrote all; the details answer ran past the newline into a new question.
    case(
        "X1401-044",
        caption("a woman wearing a red velvet jacket"),
        wearing("a red velvet jacket and black pants", who=SHE),
        color_of("shrug", "red", kind="open"),
        describe("shrug", "a velvet shrug"),
        details("shrug", "velvet Question: What is the color of the shrug? Answer: red", "leak"),
        is_a("shrug", "no", "contradiction"),
        material("velvet"),
        gender="Women",
        title="Madame Women Maroon Velvet Shrug",
        category="Shrug",
        color="Maroon",
    ),
    # Model front: black mock-neck sweater, a white shirt's collar tips and hem out under it, black jeans.
    # Base zero-shot wrote all; black for the jeans is right here; the details answer leaks a new question.
    case(
        "X1401-045",
        caption("a woman wearing a black sweater and a white shirt"),
        wearing("a black sweater", who=SHE),
        color_of("sweater", "black", kind="open"),
        color_of("jeans", "black", kind="open"),
        describe("sweater", "a black sweater with a white shirt underneath"),
        details(
            "sweater",
            "the sweater is black and the shirt is white Question: what is the color of the pants? Answer: black",
            "leak",
        ),
        gender="Women",
        title="Roadster Women Black Solid High Neck Sweater",
        category="Sweaters",
        color="Black",
    ),
]
