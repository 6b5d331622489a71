"""BLIND_841 (46 products; Myntra women's winterwear and layers, VQA adapter): written blind in the fifty-sixth session.
Measured blind at 4c2dc86 (the session's third rules): 120/136 failures found (88.2%) and 6/175 correct texts flagged
(3.4%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's winterwear and layers (sweaters, cardigans, shrugs, jackets, a blazer, a
trench coat, a rain jacket, a gilet, sweatshirts and hoodies). Catalog photos on a white backdrop, front view, worn
by a model who also wears other clothes: a tee, shirt, camisole or kurta under the layer, jeans, trousers, joggers,
leggings or a skirt below. Seller columns as the feed has them: title, category (the article type), color (the base
colour) and gender; three rows lack one column (color, category, gender).

Who wrote what: captions come from the untuned base Salesforce/blip2-opt-2.7b (the job runs the caption without an
adapter because the VQA adapter broke captions); its captions are short, stop cleanly and get colors wrong in the
usual ways (one color for two garments, the inner top's color for the layer). Every answer comes from the VQA
adapter leoreigoto/Data3_V3_BLIP2_VQA. Open answers are its free generation with a 30-token limit: trained without
an end token, it sometimes loops, runs to the limit mid-phrase, or carries on in the "Question: ... Answer:" format
it was trained on. Closed answers (garment type, color of the garment, pattern, sleeve length, neckline, hood, and
"Is this a ...?") come from enrich's --engine reference, which picks one candidate value: they never loop or stop
short, but pick wrong values, often the color of the jeans or of the top under the layer.

Labeling conventions and judgement calls:
- The photo is the truth. Seller shades map to the plain names a model uses: khaki as beige, teal and navy as blue,
  mauve and lavender as purple, peach as pink or peach, maroon and burgundy as red, charcoal and grey melange as
  grey, cream and off white as white. Those answers are correct.
- other_garment_color: a text gives the product (the layer the row sells) the color of another garment visible in
  the photo (the tee, shirt, camisole or kurta under it, the jeans, trousers, skirt or leggings). Closed color
  answers that pick the jeans' or the inner top's color get this label too.
- contradiction: any other wrong color, garment, pattern or sleeve length, including the color of a print on the
  product given as its color ("white" for a black sweatshirt with white lettering), a wrong color for a garment
  other than the product (one color repeated for every garment: "black jeans" under a black top when they are
  blue), a sleeve length that belongs to the inner top, and a wrong "yes"/"no" to "Is this a ...?".
- unsupported: details that are not in the photo (a hood, belt, patches, embroidery, logo, buttons on an open-front
  cardigan) and materials the photo rules out (leather for a nylon puffer, silk for a knit). Knits answered "wool",
  a faux leather jacket answered "leather", a sweatshirt answered "cotton" or "fleece" are counted correct.
- loop: a repeated phrase that runs to the token limit; a text that both loops and leaks the prompt format is
  labeled leak. cut: runs to the token limit and stops mid-phrase without repeating itself.
- non_answer: one word that only names the garment, its color, or "yes"/"no" for an open question. restated: the
  question or its words given back as a sentence ("the details of the sweater").
- pronoun: "he" or "his" for a Women row. A caption that names the person correctly is never labeled pronoun.
- Only the first failure of a text is labeled; a text has one label.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS as BQ,
)
from tests.audit_corpus import (
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    question,
    wearing,
)

neckline = question("neckline", "What is the neckline of the garment?", "closed")
hood = question("hood", "Does the garment have a hood?", "closed")

BLIND_841 = [
    # photo: mustard ribbed crew-neck pullover, long sleeves, tucked into light blue mom jeans; white backdrop, front
    # view. Caption by the base model; answers by the VQA adapter (closed ones by the reference engine).
    case(
        "X841-001",
        caption("a woman wearing a mustard sweater and blue jeans standing against a white background"),
        wearing("a yellow sweater and blue jeans"),
        color_of("sweater", "mustard"),
        BQ.pattern("solid"),
        is_a("cardigan", "yes", "contradiction"),
        details(
            "sweater",
            "the sweater has a ribbed texture, a round neck and long sleeves, and it is tucked into the jeans",
        ),
        describe("sweater", "a blue sweater with a round neck", "other_garment_color"),
        title="Roadster Women Mustard Solid Pullover Sweater",
        category="Sweaters",
        color="Mustard",
        gender="Women",
    ),
    # photo: navy blue cable-knit open-front cardigan (no buttons) over a plain white tee, black skinny jeans; white
    # backdrop. Caption by the base model; answers by the VQA adapter.
    case(
        "X841-002",
        caption("a woman in a navy blue cardigan, a white t-shirt and black jeans"),
        wearing("a white cardigan over a white t-shirt", "other_garment_color"),
        is_a("cardigan", "yes"),
        BQ.pattern("striped", "contradiction"),
        details("cardigan", "cable knit pattern on the front and sleeves, ribbed cuffs, open front with no buttons"),
        describe(
            "cardigan",
            "a navy blue cardigan with cable knit, cable knit, cable knit, cable knit, cable knit, cable knit, cable "
            "knit, cable knit",
            "loop",
            hit_limit=True,
        ),
        title="HERE&NOW Women Navy Blue Cable Knit Open Front Cardigan",
        category="Sweaters",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black open-front shrug with three-quarter sleeves over a white top printed with small pink flowers, blue
    # jeans; white backdrop. Caption by the base model; answers by the VQA adapter.
    case(
        "X841-003",
        caption("a woman wearing a black shrug over a white floral top and jeans"),
        wearing("a black shrug, a white top with pink flowers and blue jeans", who="she"),
        color_of("shrug", "white", "other_garment_color"),
        BQ.sleeve_length("three-quarter sleeve"),
        BQ.garment_type("shrug"),
        describe(
            "shrug",
            "a black shrug with an open front and three quarter sleeves worn over a white top with pink flowers and a "
            "pair of blue",
            "cut",
            hit_limit=True,
        ),
        title="Vero Moda Women Black Solid Open Front Shrug",
        category="Shrug",
        color="Black",
        gender="Women",
    ),
    # photo: grey melange pullover hoodie, white Puma cat logo and wordmark on the chest, kangaroo pocket, white
    # drawstrings; black track pants with a white side stripe; white backdrop. Caption base model; answers VQA adapter.
    case(
        "X841-004",
        caption("a woman in a grey puma sweatshirt and black shorts", "contradiction"),
        wearing(
            "grey hoodie Question: What is the color of the hoodie? Answer: grey Question: What is the color of the "
            "pants? Answer: black",
            "leak",
            hit_limit=True,
        ),
        color_of("hoodie", "grey"),
        is_a("sweatshirt", "yes"),
        details("hoodie", "a white puma logo on the chest, a drawstring hood and a front pocket"),
        BQ.material("fleece"),
        describe(
            "hoodie", "the hoodie is grey and it has a zipper in the front and a zipper on the pocket", "unsupported"
        ),
        title="Puma Women Grey Melange Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: olive quilted puffer jacket with an attached hood, zipped up, the black collar of a top just visible,
    # blue jeans; white backdrop. Caption by the base model; answers by the VQA adapter.
    case(
        "X841-005",
        caption("a woman wearing a green puffer jacket with a hood"),
        wearing("he is wearing an olive green jacket and blue jeans", "pronoun"),
        color_of("jacket", "blue", "other_garment_color"),
        BQ.garment_type("jacket"),
        details(
            "jacket",
            "the jacket has a hood, a zip front and quilted panels, the quilted panels, the quilted panels, the "
            "quilted panels, the quilted",
            "loop",
            hit_limit=True,
        ),
        BQ.material("leather", "unsupported"),
        hood("yes"),
        title="Fort Collins Women Olive Solid Hooded Padded Jacket",
        category="Jackets",
        color="Olive",
        gender="Women",
    ),
    # photo: maroon crew-neck pullover with thin white horizontal stripes, long sleeves, black trousers; white
    # backdrop. Caption by the base model; answers by the VQA adapter.
    case(
        "X841-006",
        caption("a woman wearing a red and white striped sweater and black pants"),
        wearing("a maroon sweater"),
        BQ.pattern("solid", "contradiction"),
        color_of("sweater", "maroon and white", kind="open"),
        describe("sweater", "a maroon and white striped sweater with a round neck and long sleeves"),
        details("sweater", "the details of the sweater are the details on the sweater", "restated"),
        title="ONLY Women Maroon & White Striped Pullover",
        category="Sweaters",
        color="Maroon",
        gender="Women",
    ),
    # photo: peach lace shrug with short sleeves, open front, over a white camisole, blue jeans; white backdrop.
    # Caption by the base model; answers by the VQA adapter.
    case(
        "X841-007",
        caption("a woman wearing a white lace top and jeans", "other_garment_color"),
        wearing("a peach shrug over a white top"),
        color_of("shrug", "peach"),
        BQ.pattern("lace"),
        BQ.sleeve_length("short sleeve"),
        BQ.material("lace"),
        describe("shrug", "shrug", "non_answer"),
        title="Madame Women Peach-Coloured Lace Shrug",
        category="Shrug",
        color="Peach",
        gender="Women",
    ),
    # photo: red V-neck cardigan buttoned all the way with five gold buttons, long sleeves, grey trousers; white
    # backdrop. Caption by the base model; answers by the VQA adapter.
    case(
        "X841-008",
        caption("a woman in a red cardigan and grey pants"),
        wearing("he is wearing a red sweater and grey pants", "pronoun", who="she"),
        color_of("cardigan", "red"),
        is_a("cardigan", "no", "contradiction"),
        details("cardigan", "v neck, gold buttons down the front and ribbed cuffs and hem"),
        describe(
            "cardigan",
            "a red cardigan with a v-neck, a red cardigan with a v-neck, a red cardigan with a v-neck, a red",
            "loop",
            hit_limit=True,
        ),
        title="Monte Carlo Women Red Solid Button-Down Cardigan",
        category="Sweaters",
        color="Red",
        gender="Women",
    ),
    # photo: black crew-neck sweatshirt with "BROOKLYN NYC" printed in white on the chest, blue jeans; white backdrop.
    # Caption by the base model; answers by the VQA adapter.
    case(
        "X841-009",
        caption("a woman wearing a black sweatshirt with the word brooklyn on it"),
        wearing("a blue sweatshirt and blue jeans", "other_garment_color"),
        BQ.pattern("printed"),
        color_of("sweatshirt", "white", "contradiction"),
        details("sweatshirt", "the sweatshirt has a hood and a kangaroo pocket", "unsupported"),
        BQ.material("cotton"),
        title="Kook N Keech Women Black Printed Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Women",
    ),
    # photo: khaki bomber jacket worn open, ribbed collar, cuffs and hem, over a black tee, blue jeans; white
    # backdrop. Caption by the base model; answers by the VQA adapter.
    case(
        "X841-010",
        caption("a woman in a khaki jacket over a black t-shirt and blue jeans"),
        wearing("a black jacket and a black t-shirt", "other_garment_color"),
        color_of("jacket", "beige"),
        BQ.garment_type("jacket"),
        describe("jacket", "a bomber jacket with ribbed cuffs, a zipper and a patch on the sleeve", "unsupported"),
        details(
            "jacket",
            "Answer: the jacket has a zipper Answer: the jacket has a zipper Answer: the jacket has a zipper Answer:",
            "leak",
            hit_limit=True,
        ),
        BQ.sleeve_length("long sleeve"),
        title="Mast & Harbour Women Khaki Solid Bomber Jacket",
        category="Jackets",
        color="Khaki",
        gender="Women",
    ),
    # photo: cream popcorn-textured high-neck sweater, long sleeves, tucked into brown wide-leg trousers; white
    # backdrop. Caption by the base model; answers by the VQA adapter.
    case(
        "X841-011",
        caption("a woman in a white sweater with pearl buttons and brown pants", "unsupported"),
        wearing("a white turtleneck sweater and brown trousers"),
        color_of("sweater", "brown", "other_garment_color"),
        neckline("high neck"),
        details("sweater", "a textured knit with a high neck and long sleeves"),
        describe("sweater", "the sweater is a sweater that is a sweater", "restated"),
        BQ.material("wool"),
        title="DressBerry Women Cream-Coloured Self Design High Neck Sweater",
        category="Sweaters",
        color="Cream",
        gender="Women",
    ),
    # photo: mid-blue denim trucker jacket worn open, two flap chest pockets, silver buttons, over a white tee, black
    # jeans; white backdrop. Caption by the base model; answers by the VQA adapter.
    case(
        "X841-012",
        caption("a woman wearing a denim jacket with patches and black jeans", "unsupported"),
        wearing("a blue denim jacket over a white t-shirt and black jeans"),
        color_of("jacket", "blue"),
        is_a("jacket", "yes"),
        BQ.material("denim"),
        details(
            "jacket",
            "the jacket has two chest pockets with flaps, silver buttons down the front, a pointed collar and buttoned "
            "cuffs on the long sleeves and the",
            "cut",
            hit_limit=True,
        ),
        describe("jacket", "a black denim jacket with a collar", "other_garment_color"),
        title="Levis Women Blue Solid Denim Trucker Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: charcoal single-button blazer with notch lapels and flap pockets over a white shirt, black trousers;
    # white backdrop. Caption by the base model; answers by the VQA adapter.
    case(
        "X841-013",
        caption("a woman in a grey blazer and black pants"),
        wearing("she is wearing a blazer", who="she"),
        color_of("blazer", "black", "other_garment_color"),
        BQ.garment_type("blazer"),
        details("blazer", "notch lapels, a single button and two flap pockets"),
        describe(
            "blazer",
            "a grey blazer with notch lapels and a single button, it has gold buttons on the cuffs and a lining with a "
            "floral print",
            "unsupported",
        ),
        title="Allen Solly Woman Charcoal Grey Single-Breasted Blazer",
        category="Blazers",
        color="Charcoal",
        gender="Women",
    ),
    # photo: teal knee-length open cardigan with two patch pockets and long sleeves, over a grey tee, blue jeans;
    # white backdrop. Caption by the base model; answers by the VQA adapter.
    case(
        "X841-014",
        caption("a woman wearing a long blue cardigan and a grey shirt"),
        wearing("a teal long cardigan, a grey t-shirt and jeans"),
        color_of("cardigan", "grey", "other_garment_color"),
        BQ.sleeve_length("short sleeve", "contradiction"),
        describe(
            "cardigan",
            "a long teal cardigan that goes down past the knees with two patch pockets at the front and long sleeves "
            "and it is worn open over a grey",
            "cut",
            hit_limit=True,
        ),
        details(
            "cardigan",
            "Question: What are the cardigan details? Answer: the cardigan has two pockets Question: What are",
            "leak",
            hit_limit=True,
        ),
        BQ.material("knit"),
        title="United Colors of Benetton Women Teal Longline Open Front Cardigan",
        category="Sweaters",
        color="Teal",
        gender="Women",
    ),
    # photo: black full-zip track jacket zipped up, white swoosh on the chest, a white stripe down each sleeve, stand
    # collar, no hood; black leggings; white backdrop. Caption by the base model; answers by the VQA adapter.
    case(
        "X841-015",
        caption("a woman in a black nike jacket and black leggings"),
        wearing("a black jacket with a hood and black leggings", "unsupported"),
        color_of("jacket", "black"),
        is_a("hoodie", "yes", "contradiction"),
        details("jacket", "a white nike logo on the chest, a white stripe down the sleeves and a zip front"),
        BQ.material("polyester"),
        describe("jacket", "black", "non_answer"),
        title="Nike Women Black AS W NSW Track Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: lavender cropped crew-neck sweatshirt with dropped shoulders, high-waisted light blue jeans; white
    # backdrop. Caption by the base model; answers by the VQA adapter.
    case(
        "X841-016",
        caption("a woman wearing a purple cropped sweatshirt and high waisted jeans"),
        wearing("Answer: a purple sweatshirt and blue jeans", "leak"),
        color_of("sweatshirt", "blue", "other_garment_color"),
        BQ.sleeve_length("long sleeve"),
        describe(
            "sweatshirt",
            "a cropped sweatshirt with a round neck and long sleeves, the sweatshirt is cropped at the waist and the "
            "sweatshirt is cropped at the waist and the",
            "loop",
            hit_limit=True,
        ),
        details("sweatshirt", "his sweatshirt has dropped shoulders and a ribbed hem", "pronoun"),
        title="Tokyo Talkies Women Lavender Solid Cropped Sweatshirt",
        category="Sweatshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: white sheer georgette longline shrug with short sleeves, open, over a black crop top, black jeans; white
    # backdrop. The feed row has no color. Caption by the base model; answers by the VQA adapter.
    case(
        "X841-017",
        caption("a woman wearing a white shrug over a black top and black jeans"),
        wearing("a white shrug, a black top and black jeans"),
        color_of("shrug", "black", "other_garment_color"),
        BQ.garment_type("blouse", "contradiction"),
        BQ.material("chiffon"),
        describe("shrug", "a sheer white shrug with short sleeves that falls below the hips"),
        title="FabAlley Women White Sheer Longline Shrug",
        category="Shrug",
        gender="Women",
    ),
    # photo: burgundy ribbed turtleneck sweater, long sleeves, tucked into a black pleated midi skirt; white
    # backdrop. Caption by the base model; answers by the VQA adapter.
    case(
        "X841-018",
        caption("a woman in a burgundy turtleneck and a black skirt"),
        wearing("a red sweater and a black skirt", who="she"),
        color_of(
            "sweater",
            "burgundy, burgundy, burgundy, burgundy, burgundy, burgundy, burgundy, burgundy, burgundy, burgundy, "
            "burgundy, burgundy",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        neckline("turtleneck"),
        BQ.pattern("solid"),
        details("sweater", "the sweater has a turtle neck, ribbed texture, buttons on the shoulder", "unsupported"),
        describe("sweater", "a black sweater with a turtleneck", "other_garment_color"),
        title="Harpa Women Burgundy Ribbed Turtle Neck Sweater",
        category="Sweaters",
        color="Burgundy",
        gender="Women",
    ),
    # photo: brown faux leather biker jacket with an asymmetric zip and notch collar, worn open over a white tee
    # tucked into high-waisted blue jeans; white backdrop. Caption by the base model; answers by the VQA adapter.
    case(
        "X841-019",
        caption("a woman wearing a black leather jacket over a white t-shirt and jeans", "contradiction"),
        wearing(
            "a brown leather jacket worn open over a plain white t-shirt that is tucked into a pair of high waisted "
            "blue jeans with a",
            "cut",
            hit_limit=True,
        ),
        color_of("jacket", "brown"),
        BQ.material("leather"),
        details("jacket", "a zipper on the side, a collar and belt at the waist", "unsupported"),
        describe("jacket", "Answer: brown leather jacket", "leak"),
        is_a("jacket", "yes"),
        title="Roadster Women Brown Faux Leather Biker Jacket",
        category="Jackets",
        color="Brown",
        gender="Women",
    ),
    # photo: colourblocked crew-neck sweater: pink yoke, white middle band, navy lower band and navy sleeves; white
    # jeans; white backdrop. Caption by the base model; answers by the VQA adapter.
    case(
        "X841-020",
        caption("a woman in a pink, white and blue sweater and white pants"),
        wearing("no", "non_answer"),
        BQ.pattern("color block"),
        color_of("sweater", "pink"),
        describe(
            "sweater",
            "the sweater is pink with a white stripe and blue sleeves and it is pink with a white stripe and blue "
            "sleeves and it is pink",
            "loop",
            hit_limit=True,
        ),
        details("sweater", "the details of the sweater", "restated"),
        BQ.sleeve_length("long sleeve"),
        title="HERE&NOW Women Pink & Navy Blue Colourblocked Pullover",
        category="Sweaters",
        color="Multi",
        gender="Women",
    ),
    # photo: plain grey melange crew-neck sweatshirt, no print, ribbed cuffs; black leggings, white sneakers; white
    # backdrop. Caption by the base model; answers by the VQA adapter.
    case(
        "X841-021",
        caption("a woman wearing a grey sweatshirt and black leggings"),
        wearing("a grey sweatshirt and black leggings"),
        color_of("sweatshirt", "grey"),
        BQ.pattern("printed", "contradiction"),
        details(
            "sweatshirt",
            "there is a wrangler logo printed in large letters on the chest and on the back",
            "unsupported",
        ),
        describe("sweatshirt", "the sweatshirt is a sweatshirt that she is wearing", "restated"),
        BQ.material("cotton"),
        title="Wrangler Women Grey Melange Solid Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: off-white cable-knit cardigan buttoned up over a light blue collared shirt (collar and cuffs show),
    # beige trousers; white backdrop. Caption by the base model; answers by the VQA adapter.
    case(
        "X841-022",
        caption("a woman in a white sweater and a blue shirt"),
        wearing("a white cardigan over a blue shirt and beige pants"),
        color_of("cardigan", "blue", "other_garment_color"),
        is_a("cardigan", "yes"),
        details("cardigan", "cable knit with buttons, the collar of the shirt shows at the neck"),
        describe(
            "cardigan",
            "a cream cable knit cardigan with buttons down the front worn over a light blue shirt with the collar and "
            "the cuffs showing at the",
            "cut",
            hit_limit=True,
        ),
        BQ.material("wool"),
        title="Qurvii Women Off-White Cable Knit Cardigan",
        category="Sweaters",
        color="Off White",
        gender="Women",
    ),
    # photo: yellow pullover hoodie with a kangaroo pocket and white drawstrings, blue ripped jeans; white backdrop.
    # Caption by the base model; answers by the VQA adapter.
    case(
        "X841-023",
        caption("a woman wearing a yellow hoodie and ripped jeans"),
        wearing("a yellow hoodie", who="she"),
        color_of("hoodie", "yellow", kind="open"),
        hood("yes"),
        details(
            "hoodie",
            "a kangaroo pocket, white drawstrings, ribbed cuffs, ribbed hem, a kangaroo pocket, white drawstrings, "
            "ribbed cuffs, ribbed hem, a kangaroo",
            "loop",
            hit_limit=True,
        ),
        describe("hoodie", "yes", "non_answer"),
        BQ.garment_type("jacket", "contradiction"),
        title="Campus Sutra Women Yellow Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Yellow",
        gender="Women",
    ),
    # photo: black knitted waterfall shrug with long sleeves and draped front panels over a pink sleeveless top, grey
    # jeans; white backdrop. Caption by the base model; answers by the VQA adapter.
    case(
        "X841-024",
        caption("a woman in a black cardigan and a pink top"),
        wearing("a pink top and a black shrug and grey jeans"),
        color_of("shrug", "pink", "other_garment_color"),
        BQ.garment_type("shrug"),
        describe("shrug", "a waterfall shrug with draped front panels in black"),
        details("shrug", "the shrug has gold embroidery along the front edges", "unsupported"),
        BQ.sleeve_length("sleeveless", "contradiction"),
        title="Sera Women Black Solid Waterfall Shrug",
        category="Shrug",
        color="Black",
        gender="Women",
    ),
    # photo: navy diamond-quilted jacket with a stand collar, zipped, zip pockets; grey jeans; white backdrop.
    # Caption by the base model; answers by the VQA adapter.
    case(
        "X841-025",
        caption("a woman wearing a navy blue quilted jacket and grey jeans"),
        wearing("a navy blue jacket with a fur collar", "unsupported"),
        color_of("jacket", "grey", "other_garment_color"),
        BQ.pattern("solid"),
        details("jacket", "diamond quilting, a stand collar and zip pockets"),
        describe("jacket", "a black quilted jacket with a zip", "contradiction"),
        BQ.material("nylon"),
        title="Pepe Jeans Women Navy Blue Quilted Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: rust open-front shrug with cream block-print motifs, three-quarter sleeves, tassels at the hem, over a
    # white tank top, blue jeans; white backdrop. Caption by the base model; answers by the VQA adapter.
    case(
        "X841-026",
        caption("a woman wearing an orange printed shrug and a white top"),
        wearing("yes", "non_answer"),
        color_of("shrug", "rust"),
        BQ.pattern("solid", "contradiction"),
        details("shrug", "block print motifs in cream, tassels at the hem and three quarter sleeves"),
        describe(
            "shrug",
            "an orange shrug with white flowers, the shrug is worn over a white top and blue jeans, the shrug has a "
            "white top and blue jeans and",
            "cut",
            hit_limit=True,
        ),
        BQ.material("cotton"),
        title="Global Desi Women Rust Printed Open Front Shrug",
        category="Shrug",
        color="Rust",
        gender="Women",
    ),
    # photo: pink track jacket, zipped, three white stripes down each sleeve, pink collar; black track pants; white
    # backdrop. Caption by the base model; answers by the VQA adapter.
    case(
        "X841-027",
        caption("a woman in a black adidas jacket and black pants", "other_garment_color"),
        wearing(
            "pink jacket, black pants Question: What is the color of the jacket? Answer: pink",
            "leak",
            hit_limit=True,
        ),
        color_of("jacket", "pink"),
        BQ.pattern("striped"),
        describe("jacket", "a pink track jacket with three white stripes on the sleeves and a zipper"),
        details("jacket", "white stripes and black stripes on the sleeves and a black collar", "unsupported"),
        title="Adidas Originals Women Pink SST Track Jacket",
        category="Jackets",
        color="Pink",
        gender="Women",
    ),
    # photo: beige double-breasted trench coat, belt tied at the waist, wide collar, epaulettes, over a black
    # turtleneck and black trousers; white backdrop. Caption by the base model; answers by the VQA adapter.
    case(
        "X841-028",
        caption("a woman wearing a beige trench coat with a belt"),
        wearing(
            "a trench coat, a trench coat, a trench coat, a trench coat, a trench coat, a trench coat, a trench coat",
            "loop",
            hit_limit=True,
        ),
        color_of("coat", "black", "other_garment_color"),
        BQ.garment_type("coat"),
        details("coat", "double breasted buttons, a belt at the waist, a wide collar and epaulettes on the shoulders"),
        describe("coat", "coat", "non_answer"),
        BQ.sleeve_length("short sleeve", "contradiction"),
        title="Vero Moda Women Beige Solid Double-Breasted Trench Coat",
        category="Coats",
        color="Beige",
        gender="Women",
    ),
    # photo: bottle green V-neck pullover over a white collared shirt (collar folded out), black trousers; white
    # backdrop. Caption by the base model; answers by the VQA adapter.
    case(
        "X841-029",
        caption("a woman in a green sweater over a white shirt"),
        wearing("he is wearing a green sweater over a white shirt", "pronoun", who="she"),
        color_of("sweater", "white", "other_garment_color"),
        neckline("v-neck"),
        describe(
            "sweater",
            "a green sweater with a v neck that is worn over a white shirt with the collar of the shirt folded over "
            "the neck of the",
            "cut",
            hit_limit=True,
        ),
        details(
            "sweater",
            "a v neck, ribbed cuffs and a cable knit pattern on the front, the cable knit pattern on the front, the "
            "cable knit pattern on the front",
            "loop",
            hit_limit=True,
        ),
        BQ.material("silk", "unsupported"),
        title="Monte Carlo Women Green Solid V-Neck Pullover",
        category="Sweaters",
        color="Green",
        gender="Women",
    ),
    # photo: peach fine-knit open-front cardigan without buttons, long sleeves, over a white top, blue jeans; white
    # backdrop. Caption by the base model; answers by the VQA adapter.
    case(
        "X841-030",
        caption("a woman wearing a pink cardigan and a white top"),
        wearing("a peach cardigan, white top and jeans"),
        color_of("cardigan", "peach"),
        is_a("cardigan", "yes"),
        describe("cardigan", "describe the cardigan", "restated"),
        details("cardigan", "the cardigan has buttons", "unsupported"),
        title="Kanvin Women Peach-Coloured Solid Open Front Cardigan",
        category="Sweaters",
        color="Peach",
        gender="Women",
    ),
    # photo: red quilted puffer jacket, zipped, hood trimmed with black faux fur, zip pockets; black jeans; white
    # backdrop. Caption by the base model; answers by the VQA adapter.
    case(
        "X841-031",
        caption("a woman in a red puffer jacket with a fur hood"),
        wearing("a red jacket and black jeans"),
        color_of("jacket", "black", "other_garment_color"),
        hood("yes"),
        details(
            "jacket",
            "a hood with black fur trim around the face, a quilted body with horizontal panels, a zip front and two "
            "zip pockets at the",
            "cut",
            hit_limit=True,
        ),
        describe("jacket", "he is wearing a red puffer jacket with a hood", "pronoun"),
        BQ.material("polyester"),
        title="Duke Women Red Solid Hooded Puffer Jacket",
        category="Jackets",
        color="Red",
        gender="Women",
    ),
    # photo: grey and white horizontally striped open cardigan over a black top, blue jeans; white backdrop. Caption
    # by the base model; answers by the VQA adapter.
    case(
        "X841-032",
        caption("a woman in a striped cardigan and blue jeans"),
        wearing("a grey striped cardigan, a black top and black jeans", "contradiction"),
        BQ.pattern("striped"),
        color_of("cardigan", "black", "other_garment_color"),
        describe("cardigan", "a cardigan with stripes"),
        details(
            "cardigan",
            "the cardigan has stripes the cardigan has stripes the cardigan has stripes the cardigan has stripes the "
            "cardigan has stripes",
            "loop",
            hit_limit=True,
        ),
        BQ.sleeve_length("long sleeve"),
        title="Mast & Harbour Women Grey & White Striped Open Front Cardigan",
        category="Sweaters",
        color="Grey",
        gender="Women",
    ),
    # photo: mauve fuzzy boat-neck sweater, long sleeves, front tucked into blue jeans; white backdrop. The feed row
    # has no category. Caption by the base model; answers by the VQA adapter.
    case(
        "X841-033",
        caption("a woman wearing a purple fuzzy sweater and blue jeans"),
        wearing("Question: What is the woman wearing? Answer: a purple sweater", "leak"),
        color_of("sweater", "blue", "other_garment_color"),
        BQ.material("wool"),
        describe("sweater", "a fuzzy green sweater with a boat neck", "contradiction"),
        details(
            "sweater",
            "the sweater is fuzzy and has a boat neck, long sleeves, a ribbed hem and ribbed cuffs, and it is tucked "
            "into the front of the",
            "cut",
            hit_limit=True,
        ),
        title="Jealous 21 Women Mauve Fuzzy Boat Neck Sweater",
        color="Mauve",
        gender="Women",
    ),
    # photo: white crew-neck sweatshirt with a pink floral print across the chest, black joggers; white backdrop.
    # Caption by the base model; answers by the VQA adapter.
    case(
        "X841-034",
        caption("a woman in a white sweatshirt with pink flowers and black pants"),
        wearing("a white sweatshirt with a floral print"),
        BQ.pattern("floral"),
        color_of("sweatshirt", "pink", "contradiction"),
        details(
            "sweatshirt",
            "pink flowers on the front, and the word bloom embroidered in gold on the back",
            "unsupported",
        ),
        describe(
            "sweatshirt",
            "a white sweatshirt with pink flowers pink flowers pink flowers pink flowers pink flowers pink flowers "
            "pink flowers pink flowers",
            "loop",
            hit_limit=True,
        ),
        BQ.material("cotton"),
        title="People Women White Floral Printed Sweatshirt",
        category="Sweatshirts",
        color="White",
        gender="Women",
    ),
    # photo: coffee brown chunky cable-knit turtleneck sweater, beige trousers; white backdrop. Caption by the base
    # model; answers by the VQA adapter.
    case(
        "X841-035",
        caption("a woman wearing a brown turtleneck sweater and beige pants"),
        wearing("a brown sweater and beige pants", who="she"),
        color_of("sweater", "beige", "other_garment_color"),
        BQ.pattern("solid"),
        describe("sweater", "a chunky cable knit turtleneck in a chocolate brown"),
        details(
            "sweater",
            "Question: What are the sweater details? Answer: turtleneck, cable knit Question: What is the color of "
            "the sweater? Answer: brown Question",
            "leak",
            hit_limit=True,
        ),
        BQ.material("wool"),
        title="Cayman Women Coffee Brown Cable Knit Turtle Neck Sweater",
        category="Sweaters",
        color="Coffee Brown",
        gender="Women",
    ),
    # photo: olive cotton shirt jacket with two flap chest pockets and a button front, worn open over a white tee,
    # black jeans; white backdrop. Caption by the base model; answers by the VQA adapter.
    case(
        "X841-036",
        caption("a woman in an olive green shirt jacket over a white t-shirt"),
        wearing("a green shirt with a belt and black jeans", "unsupported"),
        color_of("jacket", "olive"),
        is_a("dress", "yes", "contradiction"),
        BQ.garment_type("jacket"),
        details("jacket", "the jacket details are the details of the jacket", "restated"),
        describe("jacket", "a white jacket", "other_garment_color"),
        BQ.material("cotton"),
        title="ONLY Women Olive Green Solid Utility Shacket",
        category="Jackets",
        color="Olive",
        gender="Women",
    ),
    # photo: blue knitted cropped shrug (bolero) with long sleeves over a white kurta printed with small blue motifs,
    # white churidar; white backdrop. Caption by the base model; answers by the VQA adapter.
    case(
        "X841-037",
        caption("a woman wearing a white kurta and a blue shrug"),
        wearing("a white kurta with a blue sweater", who="she"),
        color_of("shrug", "white", "other_garment_color"),
        BQ.garment_type("shrug"),
        describe(
            "shrug",
            "a blue shrug over a white kurta, a blue shrug over a white kurta, a blue shrug over a white kurta, a blue "
            "shrug",
            "loop",
            hit_limit=True,
        ),
        details("shrug", "the shrug has mirror work and embroidery on the sleeves", "unsupported"),
        BQ.sleeve_length("long sleeve"),
        title="W Women Blue Solid Cropped Knitted Shrug",
        category="Shrug",
        color="Blue",
        gender="Women",
    ),
    # photo: navy crew-neck sweatshirt with "NYC 1986" printed in white on the chest, grey track pants; white
    # backdrop. Caption by the base model; answers by the VQA adapter.
    case(
        "X841-038",
        caption("a woman wearing a navy sweatshirt that says nyc"),
        wearing("a black sweatshirt and grey pants", "contradiction"),
        color_of("sweatshirt", "navy", kind="open"),
        BQ.pattern("printed"),
        details("sweatshirt", "the sweatshirt has nyc 1986 printed on the chest in white"),
        describe("sweatshirt", "a grey sweatshirt with white letters", "other_garment_color"),
        is_a("hoodie", "no"),
        title="Octave Women Navy Blue Printed Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: lavender fuzzy cropped cardigan buttoned with pearl buttons, long sleeves, white jeans; white backdrop.
    # Caption by the base model; answers by the VQA adapter.
    case(
        "X841-039",
        caption("a woman in a purple cardigan and white jeans"),
        wearing("she is wearing a lavender cardigan with pearl buttons and white jeans"),
        color_of("cardigan", "white", "other_garment_color"),
        details("cardigan", "pearl buttons, a fuzzy texture and a cropped length"),
        describe(
            "cardigan",
            "a purple cardigan with buttons. Question: Is this a cardigan? Answer: yes. Question: Is this a",
            "leak",
            hit_limit=True,
        ),
        is_a("cardigan", "yes"),
        title="HERE&NOW Women Lavender Fuzzy Cropped Cardigan",
        category="Sweaters",
        color="Lavender",
        gender="Women",
    ),
    # photo: maroon padded jacket with a detachable hood, zipped, zip pockets, ribbed cuffs; black jeans; white
    # backdrop. Caption by the base model; answers by the VQA adapter.
    case(
        "X841-040",
        caption("a woman in a maroon jacket with a hood and black jeans"),
        wearing(
            "a maroon jacket Question: What is the color of the jacket? Answer: maroon Question: What is the color of "
            "the",
            "leak",
            hit_limit=True,
        ),
        color_of("jacket", "maroon"),
        BQ.garment_type("jacket"),
        details(
            "jacket",
            "the jacket has a hood with a drawstring, a zip front with a storm flap, two zip pockets at the waist and "
            "the sleeves have ribbed cuffs and the",
            "cut",
            hit_limit=True,
        ),
        describe("jacket", "a red jacket with a hood"),
        BQ.material("wool", "unsupported"),
        title="Fort Collins Women Maroon Padded Jacket with Detachable Hood",
        category="Jackets",
        color="Maroon",
        gender="Women",
    ),
    # photo: charcoal zip-up hoodie worn open over a white tee, black joggers; white backdrop. Caption by the base
    # model; answers by the VQA adapter.
    case(
        "X841-041",
        caption("a woman wearing a dark grey hoodie over a white t-shirt"),
        wearing("a grey hoodie and a grey t-shirt and grey pants", "contradiction"),
        color_of("hoodie", "charcoal"),
        hood("yes"),
        describe(
            "hoodie",
            "a dark grey zip up hoodie worn open over a white t-shirt with the drawstrings of the hood hanging down "
            "the front of the",
            "cut",
            hit_limit=True,
        ),
        details("hoodie", "hoodie", "non_answer"),
        BQ.pattern("solid"),
        title="Roadster Women Charcoal Grey Solid Zip-Up Hooded Sweatshirt",
        category="Sweatshirts",
        color="Charcoal",
        gender="Women",
    ),
    # photo: black and white houndstooth cropped tweed jacket with a frayed hem and no pockets, over a black top,
    # black trousers; white backdrop. Caption by the base model; answers by the VQA adapter.
    case(
        "X841-042",
        caption("a woman in a black and white checkered jacket and black pants"),
        wearing("he is wearing a black and white jacket", "pronoun", who="she"),
        BQ.pattern("checked"),
        color_of("jacket", "black"),
        describe("jacket", "a solid black jacket with a collar", "contradiction"),
        details("jacket", "houndstooth check, frayed hem, and four pockets with gold buttons", "unsupported"),
        BQ.sleeve_length("long sleeve"),
        title="Madame Women Black & White Houndstooth Cropped Tweed Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: mustard crochet shrug with short sleeves, open, over a black top, blue jeans; white backdrop. The feed
    # row has no gender. Caption by the base model; answers by the VQA adapter.
    case(
        "X841-043",
        caption("a woman wearing a yellow crochet shrug over a black top and jeans"),
        wearing("a yellow shrug, a black top and blue jeans"),
        color_of("shrug", "mustard"),
        BQ.sleeve_length("short sleeve"),
        describe(
            "shrug",
            "a mustard crochet shrug, a mustard crochet shrug, a mustard crochet shrug, a mustard crochet shrug, a "
            "mustard",
            "loop",
            hit_limit=True,
        ),
        details("shrug", "the shrug has a crochet pattern and wooden buttons at the neck", "unsupported"),
        BQ.material("cotton"),
        title="DressBerry Women Mustard Crochet Shrug",
        category="Shrug",
        color="Mustard",
    ),
    # photo: black hooded rain jacket (windcheater), zipped, reflective silver Puma logo on the chest; grey leggings;
    # white backdrop. Caption by the base model; answers by the VQA adapter.
    case(
        "X841-044",
        caption("a woman in a black rain jacket and black leggings", "contradiction"),
        wearing("a black jacket with a hood"),
        color_of("jacket", "grey", "other_garment_color"),
        hood("yes"),
        BQ.material("nylon"),
        describe("jacket", "jacket", "non_answer"),
        details(
            "jacket",
            "the jacket has a hood, the jacket has a zipper, the jacket has a hood, the jacket has a zipper, the "
            "jacket has a hood",
            "loop",
            hit_limit=True,
        ),
        title="Puma Women Black Solid Hooded Rain Jacket",
        category="Rain Jacket",
        color="Black",
        gender="Women",
    ),
    # photo: powder blue V-neck sweater with navy and white argyle diamonds, the collar of a white shirt under it,
    # grey trousers; white backdrop. Caption by the base model; answers by the VQA adapter.
    case(
        "X841-045",
        caption("a woman in a blue argyle sweater and grey pants"),
        wearing(
            "a blue sweater, a white shirt, grey pants, a blue sweater, a white shirt, grey pants, a blue sweater, a "
            "white shirt, grey",
            "loop",
            hit_limit=True,
        ),
        BQ.pattern("striped", "contradiction"),
        color_of("sweater", "blue"),
        describe("sweater", "a light blue sweater with a diamond pattern in navy and white"),
        details("sweater", "a v neck, an argyle pattern and a small logo embroidered on the chest", "unsupported"),
        BQ.material("cotton"),
        title="Allen Solly Woman Blue Argyle Patterned V-Neck Sweater",
        category="Sweaters",
        color="Blue",
        gender="Women",
    ),
    # photo: navy sleeveless quilted puffer gilet, zipped, stand collar, zip pockets, over a white long-sleeve top,
    # blue jeans; white backdrop. Caption by the base model; answers by the VQA adapter.
    case(
        "X841-046",
        caption("a woman wearing a blue puffer vest and a white shirt"),
        wearing("a navy vest over a white long sleeve top and jeans"),
        BQ.sleeve_length("long sleeve", "contradiction"),
        BQ.garment_type("vest"),
        color_of("vest", "white", "other_garment_color"),
        describe("vest", "a sleeveless padded jacket"),
        details(
            "vest",
            "quilted, with a stand collar and zip pockets, the vest is padded and the vest is padded and the vest is "
            "padded and the vest",
            "loop",
            hit_limit=True,
        ),
        title="Fort Collins Women Navy Blue Sleeveless Puffer Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Women",
    ),
]
