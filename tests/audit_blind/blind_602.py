"""BLIND_602 (46 products; Myntra women's outerwear and winterwear layered over other clothes): written blind in the
fifty-second session. Measured blind at 7104e1f (the session's tenth rules): 115/130 failures found (88.5%) and 14/184
correct texts flagged (7.6%). The writer's notes, verbatim:

Scenario: a Myntra-like women's winterwear feed: jackets (denim, puffer, bomber, biker, parka, quilted, utility,
sherpa, windcheater), coats (trench, overcoat, wrap, checked longline), shrugs (lace, crochet, kimono, longline),
cardigans, sweaters and sweatshirts/hoodies. Catalog shots: the outer garment is almost always worn open or over
something else (t-shirt, turtleneck, shirt, dress, hoodie), with jeans, trousers, skirts or leggings below; mostly a
white studio backdrop, a few light grey or pale pink ones, one back view. Seller columns as Myntra has them: title,
category (article_type: Jackets, Coats, Shrug, Sweaters, Sweatshirts, Cardigan), color (base_colour), gender; a few
rows lack category or color, as real feeds do.

Who wrote what: captions come from the untuned base model (Salesforce/blip2-opt-2.7b, greedy, 50 tokens): short
"a woman wearing ..." sentences, usually right about the outfit, sometimes giving the product the color of what is
under it, now and then inventing a setting (snow, a street, a coffee cup) or saying "a man", and once looping to
the limit. Every answer comes from the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA, max 30 new tokens). Closed
questions (garment type, color, pattern, sleeve length, "Is this a ...?" and the closed color_of questions) were
answered by enrich's --engine reference, which ranks candidate values and picks one: they never loop or stop
short, but the candidate it picks is often the value of the inner top, the trousers, the print or the backdrop.
Open questions (wearing, describe, details, material, open color_of) are free generation: the adapter was trained
without an end token, so it stops on a newline when it happens to emit one and otherwise loops or is cut at 30
tokens; it sometimes carries on into the next "Question: ... Answer:" turn, echoes the question, answers an open
question with one word or "yes", says "he" for women, and invents hoods, belts, buttons, prints and fabrics.

Labeling conventions and judgement calls:
- One label per text. A text that ran to the token limit and repeats a phrase is a loop; one that ran to the limit
  and stops mid-phrase without repeating is cut; a text that continues into "Question:"/"Answer:" is a leak even
  when it also ran to the limit (hit_limit=True there too). The limit label wins over an invented detail inside it.
- other_garment_color: the product is given the color of another garment in the photo (the top under it, the
  jeans, the boots, a scarf, a dress). A color taken from the product's own trim, print accent or from the
  backdrop is not another garment: labelled contradiction (it contradicts the seller's color and the other texts).
- A closed pattern, garment type or "Is this a ...?" answer that describes the inner or lower garment (striped
  tee, checked trousers, floral dress, "yes" to "Is this a kurta?") is a contradiction.
- Jacket and coat are one class (In-shop's jacket/coat): "coat" for a seller's padded longline jacket and "yes" to
  "Is this a coat?" for a parka are correct. Cardigan for an open-front knit shrug, vest for a sleeveless puffer,
  sweatshirt for a hoodie, "fur" for sherpa and "leather" for faux leather are correct too. "shirt" for a corduroy
  shacket the seller files under Jackets is a contradiction (the caption's "orange shirt" is left correct: it is
  the base model's plain description of a shirt-jacket, and it names the right color).
- Material: correct when the title names it or the photo shows it plainly (denim, corduroy, lace, knit, fleece,
  crochet); a fabric neither shows (wool, leather, silk, cotton, down for a padded jacket) is unsupported, and so is
  the material of another garment (the leather skirt's).
- Invented details (a hood, fur trim, belt, gold buttons, a reindeer, text the print doesn't say, snow, a street,
  a coffee cup) are unsupported; a long-sleeve claim about a sleeveless gilet is a contradiction.
- non_answer: "yes"/"no" or a bare garment word for an open question ("a hoodie", "the shrug", "it is a jacket").
  restated: the question echoed back as the answer ("describe the jacket in detail", "the color of the jacket is
  the color of the jacket").
- pronoun: "he"/"his" for a Women row, and "a man" in a caption (a gender word wrong for the row counts); also on
  the back view, where the figure is still plainly a woman.
- A color of the same group as the seller's (red for maroon, white for cream, orange for rust, purple for lavender,
  brown for tan) is correct; for a Multi row any of the garment's colors is correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_602 = [
    # photo: mid-blue washed denim jacket, button front, two flap chest pockets, worn open over a white crew-neck
    # tee and black skinny jeans; white backdrop, front view. Caption: base model; answers: VQA adapter.
    case(
        "X602-001",
        caption("a woman wearing a denim jacket and black jeans"),
        wearing("a blue denim jacket over a white t-shirt and black jeans"),
        B.color("blue"),
        color_of("jacket", "white", "other_garment_color"),
        details("jacket", "button front, two chest pockets, silver studs on the collar and cuffs", "unsupported"),
        B.material("denim"),
        title="Roadster Women Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: black horizontally quilted puffer jacket, stand collar, no hood, zipped to the neck, two side pockets;
    # grey joggers, white sneakers; white backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X602-002",
        caption("a woman wearing a black puffer jacket and grey pants"),
        wearing("a black puffer jacket and grey joggers", who="she"),
        B.color("black"),
        describe("jacket", "a black quilted puffer jacket with a hood and a fur trim around the hood", "unsupported"),
        details(
            "jacket",
            "zip closure, stand collar, horizontal quilting, two side pockets, zip closure, stand collar, horizontal"
            " quilting, two side pockets, zip",
            "loop",
            hit_limit=True,
        ),
        B.material("leather", "unsupported"),
        B.sleeve_length("long sleeves"),
        title="HERE&NOW Women Black Solid Padded Puffer Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: dusty pink longline open-front knit shrug with long sleeves over a black camisole and blue jeans;
    # white backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X602-003",
        caption("a woman wearing a pink cardigan and jeans"),
        wearing("a pink shrug over a black top and blue jeans"),
        B.garment_type("cardigan"),
        B.color("black", "other_garment_color"),
        color_of("shrug", "pink", kind="open"),
        describe(
            "shrug",
            "a long pink shrug with long sleeves and an open front, worn over a black tank top and blue jeans, the"
            " shrug falls below the",
            "cut",
            hit_limit=True,
        ),
        B.material("knit"),
        title="Vero Moda Women Pink Solid Longline Open Front Shrug",
        category="Shrug",
        color="Pink",
        gender="Women",
    ),
    # photo: mustard cable-knit crew-neck pullover, long sleeves, a white shirt collar peeking out at the neck,
    # beige trousers; white backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X602-004",
        caption("a woman wearing a yellow sweater and beige pants"),
        wearing("he is wearing a yellow sweater and beige pants", "pronoun", who="she"),
        B.pattern("cable knit"),
        B.color("mustard"),
        details("sweater", "what are the sweater details? the sweater details are", "restated"),
        describe(
            "sweater",
            "a yellow sweater with a white collar Question: What are the sweater details? Answer: cable knit on the"
            " front Question:",
            "leak",
            hit_limit=True,
        ),
        is_a("sweater", "yes"),
        title="Mast & Harbour Women Mustard Yellow Cable Knit Pullover",
        category="Sweaters",
        color="Mustard",
        gender="Women",
    ),
    # photo: beige/khaki double-breasted belted trench coat, knee length, epaulettes, worn open over a black
    # turtleneck and black trousers, black ankle boots; white backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X602-005",
        caption("a woman wearing a trench coat and black boots"),
        wearing("a beige trench coat, a black sweater, black pants and black boots"),
        B.garment_type("coat"),
        B.color("khaki"),
        color_of("coat", "black", "other_garment_color", kind="open"),
        details(
            "coat",
            "double-breasted front with buttons, notched lapels, a tie belt at the waist, epaulettes on the shoulders",
        ),
        describe(
            "coat",
            "a beige trench coat with a belt at the waist, double-breasted buttons, worn open over a black turtleneck"
            " and black",
            "cut",
            hit_limit=True,
        ),
        B.material("wool", "unsupported"),
        title="Marks & Spencer Women Beige Solid Trench Coat",
        category="Coats",
        color="Beige",
        gender="Women",
    ),
    # photo: grey melange pullover hoodie, kangaroo pocket, white drawstrings, black leggings; white backdrop,
    # front view. Caption: base model; answers: VQA adapter.
    case(
        "X602-006",
        caption("a woman in a grey hoodie and black leggings"),
        wearing("grey hoodie and black leggings", who="she"),
        B.garment_type("sweatshirt"),
        B.color("grey"),
        color_of("hoodie", "black", "other_garment_color"),
        details("hoodie", "the hoodie details are the details of the hoodie", "restated"),
        describe(
            "hoodie",
            "a grey hooded sweatshirt with a kangaroo pocket and a drawstring hood and a kangaroo pocket and a"
            " drawstring hood and a kangaroo pocket and",
            "loop",
            hit_limit=True,
        ),
        title="HRX by Hrithik Roshan Women Grey Melange Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: maroon V-neck cardigan with tonal maroon buttons, buttoned, no pockets, over a white collared blouse,
    # blue jeans; white backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X602-007",
        caption("a woman wearing a red sweater and blue jeans"),
        wearing("a maroon cardigan over a white shirt and blue jeans"),
        B.garment_type("sweater"),
        B.color("maroon"),
        color_of("cardigan", "blue", "other_garment_color"),
        describe("cardigan", "a burgundy button-down cardigan with gold buttons and two patch pockets", "unsupported"),
        B.sleeve_length("long sleeves"),
        is_a("shirt", "yes", "contradiction"),
        title="ONLY Women Maroon Solid Button Cardigan",
        category="Sweaters",
        color="Maroon",
        gender="Women",
    ),
    # photo: olive bomber jacket, olive rib-knit collar, cuffs and hem, zip pocket on the left sleeve, worn open
    # over a white tee with a black text graphic, black jeans, white sneakers; white backdrop.
    # Caption: base model; answers: VQA adapter.
    case(
        "X602-008",
        caption("a woman wearing a white t-shirt and a white jacket", "other_garment_color"),
        wearing("she is wearing a green jacket and a white t-shirt with black jeans", who="she"),
        B.color("olive"),
        B.pattern("printed", "contradiction"),
        details("jacket", "ribbed collar, ribbed cuffs and hem, front zip, a zip pocket on the left sleeve"),
        describe("jacket", "a white bomber jacket with a black graphic print", "other_garment_color"),
        B.sleeve_length("long sleeves"),
        title="Roadster Women Olive Green Solid Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Women",
    ),
    # photo: tan/camel single-breasted overcoat, notched lapels, two flap pockets, mid-calf, over a cream
    # turtleneck sweater and blue jeans; white backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X602-009",
        caption("a woman wearing a brown coat and jeans"),
        wearing("a camel coat over a white sweater and blue jeans"),
        B.garment_type("sweater", "contradiction"),
        B.color("brown"),
        color_of("coat", "white", "other_garment_color", kind="open"),
        details("coat", "notched lapels, single-breasted button front, two flap pockets, a tie belt", "unsupported"),
        B.material("wool blend"),
        title="Vero Moda Women Tan Solid Wool Blend Overcoat",
        category="Coats",
        color="Tan",
        gender="Women",
    ),
    # photo: lavender crew-neck sweatshirt with a large white "PEACE" text graphic and small daisies, black joggers;
    # white backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X602-010",
        caption("a woman wearing a purple sweatshirt with the word peace on it"),
        wearing("purple sweatshirt and black pants", who="she"),
        B.pattern("solid", "contradiction"),
        B.color("lavender"),
        describe("sweatshirt", "a purple sweatshirt with a white print on the front that says love", "unsupported"),
        details(
            "sweatshirt",
            "the print on the front, the print on the front, the print on the front, the print on the front, the"
            " print on the",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length("long sleeves"),
        title="Kook N Keech Women Lavender Printed Sweatshirt",
        category="Sweatshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: black faux-leather biker jacket, asymmetric silver zip, wide notched collar, zip pockets and zip
    # cuffs, open over a grey marl tee and ripped blue jeans; white backdrop. Caption: base; answers: VQA adapter.
    case(
        "X602-011",
        caption("a woman in a black leather jacket and ripped jeans"),
        wearing("a black leather jacket, a grey t-shirt and ripped blue jeans"),
        B.color("grey", "other_garment_color"),
        details(
            "jacket",
            "asymmetric zip front, silver zips, wide notched collar, zip pockets on the front and zip cuffs on the"
            " sleeves and a belt at the",
            "cut",
            hit_limit=True,
        ),
        B.material("leather"),
        describe("jacket", "he is wearing a black leather jacket with zips", "pronoun"),
        title="ONLY Women Black Solid Faux Leather Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: cream ribbed turtleneck sweater, long sleeves, tucked into brown-and-beige checked trousers;
    # white backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X602-012",
        caption("a woman wearing a brown plaid sweater", "other_garment_color"),
        wearing("a white sweater and brown checked pants", who="she"),
        B.color("brown", "other_garment_color"),
        B.pattern("checked", "contradiction"),
        B.sleeve_length("long sleeves"),
        describe("sweater", "an off-white ribbed turtleneck sweater with long sleeves, tucked into checked trousers"),
        details("sweater", "the sweater details are the details of the sweater", "restated"),
        B.material("wool"),
        title="Marks & Spencer Women Cream-Coloured Ribbed Wool Blend Turtleneck Sweater",
        category="Sweaters",
        color="Cream",
        gender="Women",
    ),
    # photo: light-wash blue cropped denim jacket, plain back and collar, no patches, worn open over a black midi
    # dress with a small white-and-red floral print; white backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X602-013",
        caption("a woman wearing a denim jacket over a black floral dress"),
        wearing("a denim jacket and a dress"),
        B.garment_type("dress", "contradiction"),
        B.color("blue"),
        B.pattern("floral", "contradiction"),
        color_of("jacket", "light blue", kind="open"),
        details("jacket", "it is a jacket", "non_answer"),
        describe(
            "jacket",
            "a light blue denim jacket with a distressed collar and embroidered patches on the back",
            "unsupported",
        ),
        title="Tokyo Talkies Women Blue Washed Cropped Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: white sheer lace cropped shrug, three-quarter sleeves, scalloped hem, over a navy blue sleeveless
    # bodycon dress; white backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X602-014",
        caption("a woman wearing a blue dress and a white lace top"),
        wearing("a navy blue dress with a white lace shrug", who="she"),
        B.color("navy blue", "other_garment_color"),
        B.sleeve_length("three-quarter sleeves"),
        B.pattern("lace"),
        describe(
            "shrug",
            "a white lace shrug with three-quarter sleeves and a scalloped hem Question: Describe the dress. Answer:"
            " a navy blue",
            "leak",
            hit_limit=True,
        ),
        B.material("lace"),
        title="Rare Women White Lace Crop Shrug",
        category="Shrug",
        color="White",
        gender="Women",
    ),
    # photo: red knee-length hooded padded puffer, zip front, small white Puma cat logo on the left chest, black
    # leggings, black sneakers; white backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X602-015",
        caption("a woman in a red coat standing in the snow", "unsupported"),
        wearing("red puffer coat and black leggings"),
        B.garment_type("coat"),
        color_of(
            "jacket",
            "red-red-red-red-red-red-red-red-red-red-red-red-red-red-red",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details("jacket", "hood, zip closure, two pockets and a puma logo on the chest"),
        B.material("down", "unsupported"),
        title="Puma Women Red Solid Longline Padded Jacket",
        category="Jackets",
        color="Red",
        gender="Women",
    ),
    # photo: navy crew-neck sweatshirt with a pink and white colour-block band across the chest and sleeves,
    # ribbed cuffs and hem, blue jeans; white backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X602-016",
        caption("a woman wearing a blue and pink sweatshirt and jeans"),
        wearing("a navy blue and pink color block sweatshirt with blue jeans", who="she"),
        B.pattern("colourblocked"),
        B.color("navy blue"),
        describe(
            "sweatshirt",
            "a navy sweatshirt with a pink and white block across the chest and the sleeves, ribbed cuffs and a"
            " ribbed hem and a ribbed",
            "cut",
            hit_limit=True,
        ),
        details("sweatshirt", "crew neck, ribbed cuffs and hem, a zip pocket on the left sleeve", "unsupported"),
        color_of("sweatshirt", "blue", kind="open"),
        title="United Colors of Benetton Women Navy Blue Colourblocked Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: teal hooded lightweight windcheater, full black zip worn half open, black piping, over a black tee,
    # black track pants; white backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X602-017",
        caption("a woman wearing a blue jacket and black pants"),
        wearing("a teal jacket with a hood and black track pants"),
        B.color("black", "other_garment_color"),
        B.garment_type("jacket"),
        details(
            "jacket",
            "hood with drawstrings, half zip, black trim, black trim, black trim, black trim, black trim, black trim,"
            " black trim, black",
            "loop",
            hit_limit=True,
        ),
        describe(
            "jacket",
            "a teal hooded windbreaker with a black zip and black piping, worn partly unzipped over a black t-shirt"
            " and black track pants with white",
            "cut",
            hit_limit=True,
        ),
        title="Wildcraft Women Teal Blue Solid Hooded Windcheater",
        category="Jackets",
        color="Teal",
        gender="Women",
    ),
    # photo: off-white sherpa (teddy fleece) jacket with a brown corduroy collar and brown chest-pocket flap, open
    # over a black turtleneck and dark blue jeans; white backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X602-018",
        caption("a woman wearing a white fluffy jacket"),
        wearing("a white fur jacket over a black top and jeans", who="she"),
        B.color("off white"),
        color_of("jacket", "brown", "contradiction", kind="open"),
        B.material("fleece"),
        describe(
            "jacket",
            "a white jacket with a brown collar and a brown collar and a brown collar and a brown collar and a brown"
            " collar and a brown",
            "loop",
            hit_limit=True,
        ),
        is_a("sweater", "yes", "contradiction"),
        title="FOREVER 21 Women Off-White Solid Sherpa Jacket",
        category="Jackets",
        color="Off White",
        gender="Women",
    ),
    # photo: black-and-white horizontal-stripe crew-neck pullover, long sleeves, dropped shoulders, worn with a red
    # satin midi skirt; white backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X602-019",
        caption("a woman wearing a black and white striped sweater and a red skirt"),
        wearing("a striped sweater and a red skirt"),
        B.pattern("striped"),
        B.color("red", "other_garment_color"),
        describe(
            "sweater",
            "a black and white striped sweater with long sleeves, a round neck and gold buttons on the shoulder",
            "unsupported",
        ),
        details("sweater", "black and white stripes, ribbed neckline, dropped shoulders"),
        B.sleeve_length("long sleeves"),
        title="Tokyo Talkies Women Black & White Striped Pullover",
        category="Sweaters",
        color="Black",
        gender="Women",
    ),
    # photo: rust corduroy shirt-jacket (shacket), button front, two flap chest pockets, curved hem, open over a
    # white tank top and black jeans; white backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X602-020",
        caption("a woman wearing an orange shirt and black jeans"),
        wearing("an orange corduroy shirt over a white top and black jeans", who="she"),
        B.garment_type("shirt", "contradiction"),
        B.color("rust"),
        B.material("corduroy"),
        describe("jacket", "describe the jacket in detail", "restated"),
        details("jacket", "button front, two flap pockets on the chest, buttoned cuffs, a curved hem"),
        title="Mango Women Rust Brown Corduroy Shacket",
        category="Jackets",
        color="Rust",
        gender="Women",
    ),
    # photo: grey-and-black checked longline coat, no belt, single button, patch pockets, worn open over a black
    # turtleneck and black trousers; white backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X602-021",
        caption("a man wearing a plaid coat and black pants", "pronoun"),
        wearing("a grey checked coat, black sweater, black pants"),
        B.pattern("checked"),
        B.color("grey"),
        describe("coat", "a long grey plaid coat with a belt, worn over a black sweater", "unsupported"),
        details(
            "coat",
            "notched lapels, single button closure, two patch pockets at the hips, and the checks on the sleeves"
            " are matched to the checks on the",
            "cut",
            hit_limit=True,
        ),
        title="Style Quotient Women Grey & Black Checked Longline Coat",
        category="Coats",
        color="Grey",
        gender="Women",
    ),
    # photo: baby pink zip-up hoodie, half unzipped over a white crop top, light grey joggers; white backdrop.
    # Caption: base model; answers: VQA adapter.
    case(
        "X602-022",
        caption("a woman wearing a pink hoodie and grey sweatpants"),
        wearing("she is wearing a pink hoodie and grey sweatpants", who="she"),
        B.color("white", "other_garment_color"),
        B.garment_type("sweatshirt"),
        color_of(
            "hoodie",
            "pink Question: What is the color of the pants? Answer: grey Question: What is the color of the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        details("hoodie", "zip front, drawstring hood, two front pockets, ribbed cuffs"),
        title="Campus Sutra Women Pink Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Pink",
        gender="Women",
    ),
    # photo: black sheer kimono shrug with pink and red rose print, wide three-quarter sleeves, open over a white
    # tank top and blue jeans; white backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X602-023",
        caption("a woman wearing a black floral kimono and jeans"),
        wearing("a floral shrug over a white top and blue jeans"),
        B.pattern("floral"),
        B.color("pink", "contradiction"),
        B.sleeve_length("sleeveless", "contradiction"),
        describe("shrug", "a black kimono with pink and red flowers, open front, wide sleeves, over a white tank top"),
        B.material("silk", "unsupported"),
        title="Sassafras Women Black & Pink Floral Print Kimono Shrug",
        category="Shrug",
        color="Black",
        gender="Women",
    ),
    # photo: olive sleeveless puffer gilet, stand collar, zip front, two zip pockets, over a cream long-sleeve
    # sweater, black jeans; white backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X602-024",
        caption("a woman wearing a green vest and a white sweater"),
        wearing("a green puffer vest over a white sweater and black jeans", who="she"),
        B.sleeve_length("long sleeves", "contradiction"),
        B.garment_type("vest"),
        B.color("olive"),
        describe("jacket", "an olive puffer jacket with long sleeves and a high collar", "contradiction"),
        details(
            "jacket",
            "zip front, stand collar, two zip pockets Question: What is the color of the vest? Answer: olive"
            " Question: What is the",
            "leak",
            hit_limit=True,
        ),
        title="Roadster Women Olive Solid Sleeveless Puffer Jacket",
        category="Jackets",
        color="Olive",
        gender="Women",
    ),
    # photo: grey melange longline open cardigan with two patch pockets, over a black-and-white striped tee and
    # black jeans; white backdrop. Caption: base model (looped); answers: VQA adapter.
    case(
        "X602-025",
        caption(
            "a woman wearing a grey cardigan and a grey cardigan and a grey cardigan and a grey cardigan and a grey"
            " cardigan and a grey cardigan and a grey cardigan and a grey cardigan and a grey",
            "loop",
            hit_limit=True,
        ),
        wearing("a grey long cardigan, a striped t-shirt and black jeans"),
        B.pattern("striped", "contradiction"),
        B.color("grey"),
        describe("cardigan", "a grey long cardigan with two front pockets"),
        details("cardigan", "no", "non_answer"),
        B.material("knit"),
        title="Vero Moda Women Grey Melange Longline Open Front Cardigan",
        category="Cardigan",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: black denim jacket with metal buttons and chest pockets, over a white pullover hoodie (hood out) and
    # black jeans; white backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X602-026",
        caption("a woman wearing a black denim jacket and a white hoodie"),
        wearing("black jacket, white hoodie, black jeans", who="she"),
        B.garment_type("sweatshirt", "contradiction"),
        B.color("black"),
        color_of("jacket", "white", "other_garment_color"),
        describe("jacket", "a black denim jacket worn over a white hoodie, with metal buttons and chest pockets"),
        details("jacket", "no", "non_answer"),
        title="Kraus Jeans Women Black Solid Denim Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: back view: black oversized sweatshirt with a large white "NOT TODAY" text print and a small moon on the
    # back, dropped shoulders, blue jeans; white backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X602-027",
        caption("the back of a woman wearing a black sweatshirt with the words not today"),
        wearing("he is wearing a black sweatshirt and blue jeans", "pronoun", who="she"),
        B.pattern("printed"),
        B.color("white", "contradiction"),
        describe("sweatshirt", "an oversized black sweatshirt with dropped shoulders and a white print on the back"),
        details(
            "sweatshirt",
            "the back of the sweatshirt has a print of the back of the sweatshirt and the back of the sweatshirt has"
            " a print of the back",
            "loop",
            hit_limit=True,
        ),
        title="Bewakoof Women Black Typography Printed Oversized Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Women",
    ),
    # photo: olive mid-thigh parka, hood with beige faux-fur trim, zip and snap placket, drawstring waist, two flap
    # pockets, no sleeve pocket; black jeans, brown boots; white backdrop. Caption: base; answers: VQA adapter.
    case(
        "X602-028",
        caption("a woman wearing a green parka with a fur hood"),
        wearing("an olive green parka with a fur hood, black jeans and brown boots", who="she"),
        B.color("olive"),
        color_of("jacket", "brown", "other_garment_color", kind="open"),
        details(
            "jacket",
            "faux fur trim on the hood, zip and snap placket, drawstring waist, two flap pockets, a zip pocket on"
            " the sleeve and a",
            "cut",
            hit_limit=True,
        ),
        B.material("cotton", "unsupported"),
        is_a("coat", "yes"),
        title="Fort Collins Women Olive Green Solid Parka Jacket with Detachable Hood",
        category="Jackets",
        color="Olive",
        gender="Women",
    ),
    # photo: cream open-work crochet cropped shrug, elbow sleeves, over a black slip dress; white backdrop.
    # Caption: base model; answers: VQA adapter.
    case(
        "X602-029",
        caption("a woman wearing a white lace dress", "contradiction"),
        wearing("a white crochet shrug and a black dress"),
        B.color("black", "other_garment_color"),
        B.garment_type("dress", "contradiction"),
        B.pattern("self design"),
        describe(
            "shrug",
            "a white crochet shrug with flowers crochet, crochet, crochet, crochet, crochet, crochet, crochet,"
            " crochet, crochet",
            "loop",
            hit_limit=True,
        ),
        B.material("cotton"),
        title="Globus Women Off-White Cotton Crochet Shrug",
        category="Shrug",
        color="Off White",
        gender="Women",
    ),
    # photo: navy V-neck sweater with red and white argyle diamonds, over a white collared shirt, khaki chinos;
    # white backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X602-030",
        caption("a woman wearing a blue sweater with a diamond pattern and a white shirt"),
        wearing("he is wearing a navy sweater over a white shirt", "pronoun", who="she"),
        B.pattern("geometric"),
        B.color("navy blue"),
        color_of("sweater", "white", "other_garment_color"),
        details("sweater", "v-neck, argyle pattern on the front, ribbed cuffs and hem"),
        describe("sweater", "sweater", "non_answer"),
        title="U.S. Polo Assn. Women Navy Blue Argyle Pattern Sweater",
        category="Sweaters",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: beige diamond-quilted jacket, brown corduroy collar, snap buttons, two front pockets, open over a navy
    # and white striped Breton top and blue jeans; white backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X602-031",
        caption("a woman wearing a beige quilted jacket and jeans"),
        wearing(
            "a quilted jacket and jeans Question: What is the color of the jacket? Answer: beige Question: What is",
            "leak",
            hit_limit=True,
        ),
        B.pattern("striped", "contradiction"),
        B.color("beige"),
        describe("jacket", "a navy blue quilted jacket with a brown collar", "other_garment_color"),
        details("jacket", "diamond quilting, a brown corduroy collar, snap buttons, two front pockets"),
        B.sleeve_length("long sleeves"),
        title="Marks & Spencer Women Beige Quilted Jacket",
        category="Jackets",
        color="Beige",
        gender="Women",
    ),
    # photo: black cropped long-sleeve shrug over a red bodycon dress; white backdrop. The feed row has no color.
    # Caption: base model; answers: VQA adapter.
    case(
        "X602-032",
        caption("a woman in a red dress and a black jacket"),
        wearing("a red dress and a black shrug", who="she"),
        B.color("red", "other_garment_color"),
        B.garment_type("dress", "contradiction"),
        is_a("shrug", "yes"),
        describe("shrug", "a black cropped shrug with long sleeves, over a red dress"),
        details("shrug", "the shrug", "non_answer"),
        title="Tokyo Talkies Women Black Solid Crop Shrug",
        category="Shrug",
        gender="Women",
    ),
    # photo: mustard crew-neck sweatshirt with a small black Puma logo, black track pants with white side stripes;
    # white backdrop, no props. Caption: base model; answers: VQA adapter.
    case(
        "X602-033",
        caption("a woman wearing a yellow sweatshirt and holding a coffee cup", "unsupported"),
        wearing("a yellow puma sweatshirt and black track pants"),
        B.color("yellow"),
        color_of("sweatshirt", "black", "other_garment_color", kind="open"),
        B.pattern("striped", "contradiction"),
        details(
            "sweatshirt",
            "puma logo on the chest, crew neck, ribbed cuffs, ribbed hem, puma logo on the chest, crew neck, ribbed"
            " cuffs, ribbed hem, puma",
            "loop",
            hit_limit=True,
        ),
        B.material("cotton"),
        title="Puma Women Mustard Yellow Solid Cotton Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
        gender="Women",
    ),
    # photo: red wrap coat with a self-tie belt, no buttons, wide lapels, knee length, black tights, black ankle
    # boots; white backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X602-034",
        caption("a woman wearing a red coat and black boots"),
        wearing("a red wrap coat with a belt, black tights and black boots", who="she"),
        B.color("red"),
        describe("coat", "a red coat with a belt and gold buttons", "unsupported"),
        details(
            "coat",
            "a wrap front with a self-tie belt, wide lapels, long sleeves Question: What are the coat details?"
            " Answer: a wrap front with a self-",
            "leak",
            hit_limit=True,
        ),
        B.sleeve_length("long sleeves"),
        title="Mango Women Red Solid Wrap Coat",
        category="Coats",
        color="Red",
        gender="Women",
    ),
    # photo: mid-blue denim trucker jacket with white sherpa collar, open over a red-and-black plaid flannel shirt
    # and black jeans; white backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X602-035",
        caption("a woman wearing a denim jacket with a fur collar"),
        wearing("a jean jacket, a red plaid shirt and black jeans"),
        B.color("red", "other_garment_color"),
        B.pattern("checked", "contradiction"),
        describe(
            "jacket",
            "a blue denim jacket with a white fleece collar, button front, chest pockets and a fleece-lined hood",
            "unsupported",
        ),
        color_of("jacket", "blue", kind="open"),
        B.material("denim"),
        title="Levis Women Blue Sherpa Trucker Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: pastel pink, blue and yellow tie-dye pullover hoodie (no zip), drawstring hood, kangaroo pocket, white
    # joggers; white backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X602-036",
        caption("a woman wearing a tie dye hoodie and white pants"),
        wearing("a tie-dye hoodie and white joggers", who="she"),
        B.pattern("tie and dye"),
        color_of("hoodie", "pink, blue and yellow", kind="open"),
        details("hoodie", "zip front, drawstring hood, kangaroo pocket", "unsupported"),
        describe("hoodie", "a hoodie", "non_answer"),
        title="Roadster Women Multi Tie-Dye Hooded Sweatshirt",
        category="Sweatshirts",
        color="Multi",
        gender="Women",
    ),
    # photo: emerald green chunky-knit oversized crew-neck pullover, no pocket, over a white shirt (collar and cuffs
    # showing), black faux-leather mini skirt; white backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X602-037",
        caption("a woman wearing a green sweater and a black skirt"),
        wearing("a green sweater over a white shirt with a black leather skirt"),
        B.color("green"),
        B.sleeve_length("long sleeves"),
        describe("sweater", "a chunky green sweater with a big turtleneck and a pocket on the chest", "unsupported"),
        details(
            "sweater",
            "the sweater has a sweater and a sweater and a sweater and a sweater and a sweater and a sweater and a"
            " sweater",
            "loop",
            hit_limit=True,
        ),
        B.material("leather", "unsupported"),
        title="Berrylush Women Green Solid Chunky Knit Oversized Pullover",
        category="Sweaters",
        color="Green",
        gender="Women",
    ),
    # photo: glossy white cropped puffer, high collar, zipped, elasticated cuffs, black high-waisted trousers;
    # light grey backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X602-038",
        caption("a woman in a white puffer jacket and black pants in front of a grey wall"),
        wearing("a white puffer jacket and black pants", who="she"),
        B.color("white"),
        describe("jacket", "a black cropped puffer jacket with a high collar", "other_garment_color"),
        details("jacket", "high collar, zip front, cropped length, elasticated cuffs"),
        color_of("jacket", "the color of the jacket is the color of the jacket", "restated", kind="open"),
        B.garment_type("jacket"),
        title="Bershka Women White Solid Cropped Puffer Jacket",
        category="Jackets",
        color="White",
        gender="Women",
    ),
    # photo: lilac cropped pointelle-knit cardigan with pearl buttons, buttoned, light blue mom jeans; white
    # backdrop. The feed row has no category. Caption: base model; answers: VQA adapter.
    case(
        "X602-039",
        caption("a woman wearing a purple sweater and jeans"),
        wearing("a lilac cardigan with pearl buttons and light blue jeans"),
        B.color("lavender"),
        B.garment_type("cardigan"),
        describe(
            "cardigan",
            "a purple crop cardigan with white pearl buttons and a crop cardigan with white pearl buttons and a crop"
            " cardigan with",
            "loop",
            hit_limit=True,
        ),
        details("cardigan", "pointelle knit, pearl buttons, ribbed hem, cropped fit"),
        B.material("wool", "unsupported"),
        title="DressBerry Women Lavender Self Design Crop Cardigan",
        color="Lavender",
        gender="Women",
    ),
    # photo: light grey crew-neck fleece sweatshirt with a small white Nike swoosh on the chest, black leggings;
    # white backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X602-040",
        caption("a woman wearing a grey nike sweatshirt"),
        wearing("he is wearing a grey sweatshirt and black leggings", "pronoun", who="she"),
        B.color("grey"),
        B.material("fleece"),
        describe("sweatshirt", "a grey sweatshirt with a nike logo on his chest", "pronoun"),
        details("sweatshirt", "white nike swoosh logo on the chest, crew neck, ribbed cuffs and hem"),
        title="Nike Women Grey Sportswear Essential Fleece Sweatshirt",
        category="Sweatshirts",
        color="Grey",
        gender="Women",
    ),
    # photo: black longline overcoat, notched lapels, buttoned, a grey turtleneck showing at the neck, black
    # trousers; white studio backdrop, no street. Caption: base model; answers: VQA adapter.
    case(
        "X602-041",
        caption("a woman in a long black coat standing on a street", "unsupported"),
        wearing("a long black coat and black pants"),
        B.garment_type("coat"),
        B.color("grey", "other_garment_color"),
        color_of(
            "coat",
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details("coat", "notch lapels, buttons, pockets"),
        title="SASSAFRAS Women Black Solid Longline Overcoat",
        category="Coats",
        color="Black",
        gender="Women",
    ),
    # photo: red crew-neck sweater with a white Fair Isle snowflake band across the chest (no reindeer), blue
    # jeans; white backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X602-042",
        caption("a woman wearing a red christmas sweater with snowflakes"),
        wearing("a red and white sweater with blue jeans", who="she"),
        B.pattern("solid", "contradiction"),
        B.color("red"),
        describe("sweater", "a red sweater with a white reindeer on the front", "unsupported"),
        details("sweater", "what are the sweater details", "restated"),
        title="Marks & Spencer Women Red & White Fair Isle Sweater",
        category="Sweaters",
        color="Red",
        gender="Women",
    ),
    # photo: khaki (sandy beige) cotton utility jacket, four flap pockets, drawstring waist, button front, open
    # over a black tee and blue jeans; white backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X602-043",
        caption("a woman wearing a black jacket and jeans", "other_garment_color"),
        wearing("a beige jacket with pockets, a black t-shirt and blue jeans"),
        B.color("black", "other_garment_color"),
        B.garment_type("jacket"),
        details("jacket", "four flap pockets, drawstring waist, button front, button cuffs"),
        describe(
            "jacket",
            "a khaki utility jacket with four flap pockets, a drawstring at the waist and a button front, worn open"
            " over a black t-shirt and a pair of blue",
            "cut",
            hit_limit=True,
        ),
        B.material("cotton"),
        title="Roadster Women Khaki Solid Cotton Utility Jacket",
        category="Jackets",
        color="Khaki",
        gender="Women",
    ),
    # photo: white pullover hoodie with a small pink floral print on the chest, drawstring hood, kangaroo pocket,
    # blue jeans; pale pink backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X602-044",
        caption("a woman wearing a white hoodie against a pink background"),
        wearing("a white hoodie and blue jeans", who="she"),
        B.color("pink", "contradiction"),
        B.pattern("printed"),
        color_of("hoodie", "white", kind="open"),
        details("hoodie", "a small pink flower print on the chest, a zip front and a fur-lined hood", "unsupported"),
        describe(
            "hoodie",
            "Describe the hoodie. Answer: a white hoodie with a pink flower print on the chest Question: Describe the",
            "leak",
            hit_limit=True,
        ),
        title="ONLY Women White Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="White",
        gender="Women",
    ),
    # photo: navy longline shrug with white ethnic block print, three-quarter sleeves, side slits, open over a
    # white kurta-style top and white palazzos; white backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X602-045",
        caption("a woman wearing a blue and white printed kimono"),
        wearing("a navy printed long shrug over a white top and white pants"),
        B.color("white", "other_garment_color"),
        B.sleeve_length("three-quarter sleeves"),
        B.pattern("ethnic motifs"),
        describe(
            "shrug",
            "a navy blue long shrug with white print, three quarter sleeves, open front, side slits and a white"
            " kurta under it with a",
            "cut",
            hit_limit=True,
        ),
        is_a("kurta", "yes", "contradiction"),
        title="Global Desi Women Navy Blue Printed Longline Shrug",
        category="Shrug",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: navy hooded down puffer, zipped, Columbia logo on the left sleeve, zip pockets, pink knit scarf, grey
    # jeans; white backdrop. The feed row has no category. Caption: base model; answers: VQA adapter.
    case(
        "X602-046",
        caption("a woman wearing a blue jacket and a pink scarf"),
        wearing("she is wearing a navy blue puffer jacket and a pink scarf", who="she"),
        B.color("pink", "other_garment_color"),
        color_of(
            "jacket",
            "navy Question: What is the color of the scarf? Answer: pink Question: What is the color of",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        details("jacket", "hood, zip front, zip pockets, columbia logo on the sleeve"),
        describe("jacket", "yes", "non_answer"),
        B.material("down"),
        title="Columbia Women Navy Blue Solid Hooded Down Jacket",
        color="Navy Blue",
        gender="Women",
    ),
]
