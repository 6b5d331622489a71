"""BLIND_1415 (45 products; Myntra men's sportswear, VQA adapter, default questionnaire): written blind in the sixty-
fourth session. Measured blind at 4e1890e (the session's fourth rules): 64/76 failures found (84.2%) and 17/246
correct texts flagged (6.9%). The writer's notes, verbatim:

Scenario: a Myntra men's sportswear feed (track suits, football and cricket jerseys, running tees and shorts, track
pants, hoodies, track jackets), the catalog's own columns (title, category as Myntra's article type, so jerseys and
polos sit under "Tshirts" and hoodies under "Sweatshirts"; color as the base colour, "Grey Melange", "Navy Blue";
gender "Men"; one column left out now and then). Photos are the usual Myntra shots: a male model on a plain light
backdrop wearing the product with other clothes, two waist-down crops, two flat lays, two back views, props now and
then (a water bottle, a dumbbell, a stool, a treadmill).
Who wrote what: every text is the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA on blip2-opt-2.7b) run by enrich with the
default questionnaire; no captions in this run (the VQA-only adapter broke captioning, so the job asked questions
only). Not every question was kept for every product: sleeve length is skipped for bottoms, and I copied 4 to 8
answers per product. enrich stops on newline or eos; the adapter often ends short answers cleanly (it learned padding
after the answer) but open answers run on into loops, cuts at 30 new tokens and echoes of the Question/Answer
format. Closed answers (garment type, color, pattern, sleeve length) are the mapped candidate when the raw text
matched one, and the raw generation otherwise ("pure color", "track suit", "camouflage", "black and white").
Labeling conventions and judgement calls: judged by the photo and the title. A color answer that gives the color of
the tee under or over the product, or of a prop, is wrong: other_garment_color for another garment, contradiction
for a prop. "Wearing" answers that give the product's color to a companion garment are contradictions. Side stripes
and three-stripe tape on track pants and jackets count as "striped" (correct); piping alone on a tracksuit is
"solid". Olive as "green", maroon as "red", teal jacket as "blue jacket", "shirt" for a tee, "leggings" for
compression tights and "jacket" in a wearing answer for a zip hoodie are accepted. "jacket" as the garment type of a
tracksuit is marked contradiction (the set is sold as a tracksuit). A partial color for a colour-blocked jacket
("red" for navy with red sleeves) is left correct. Fluorescent green called yellow and charcoal called black are
wrong. Materials: judged against the product page's fabric (noted in the comment); a material the photo cannot show
and the page contradicts is unsupported, as are details the shot cannot show (a front logo on a back view, reflective
stripes on an unseen back). A flat lay answered with the garment for "What is the person wearing?" is correct.
Details answers that only restate color or garment ("the shorts are black", "a blue jersey") are non_answer; empty
strings, "yes" for the garment type and a color for the material are non_answer; "the details are the details of the
garment" and "the material of the garment" are restated. A run-on that ends at the token limit in new content is
cut; one that cycles the same phrase is loop; one that prints "Question: ..." is leak. One answer stopped mid-phrase
without hitting the limit (the model emitted eos after "a"): cut, hit_limit False. About one text in four is wrong:
the closed answers are short and mostly right, the open ones (description, details, material) carry most failures.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import case

BLIND_1415 = [
    # Photo: male model, front, black round-neck running tee with a small white HRX logo on the left chest, grey
    # shorts, white backdrop. Fabric: polyester. All texts: VQA adapter via enrich; closed answers mapped.
    case(
        "X1415-001",
        Q.wearing("a black tee and grey shorts"),
        Q.garment_type("t-shirt"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description(
            "a black t-shirt with a white logo on the chest and a white logo on the back and a white logo on the "
            "sleeves and a white",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Rapid-Dry Running T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: male model in a white crew-neck tee and the navy shorts, white sneakers, cropped at the chest.
    # Fabric: Dri-FIT polyester. All texts: VQA adapter via enrich.
    case(
        "X1415-002",
        Q.wearing("she is wearing a white tee and navy shorts", "pronoun"),
        Q.garment_type("shorts"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.description("a pair of navy blue shorts with a white nike logo"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Nike Men Navy Blue Dri-FIT Challenger Running Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
    # Photo: male model in the grey melange pullover hoodie, hands in the kangaroo pocket, BLACK joggers. Fabric:
    # cotton-blend fleece. All texts: VQA adapter via enrich.
    case(
        "X1415-003",
        Q.wearing("a grey hoodie and grey pants", "contradiction"),
        Q.garment_type("sweatshirt"),
        Q.color("grey"),
        Q.sleeve_length("long"),
        Q.description("a grey hooded sweatshirt with a kangaroo pocket"),
        Q.details("hood, drawstring, kangaroo pocket, ribbed cuffs"),
        Q.material("cotton"),
        gender="Men",
        title="Puma Men Grey Melange Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # Photo: male model, side view, white tee, black track pants with three white stripes down the side, zip side
    # pockets. Fabric: recycled polyester. All texts: VQA adapter via enrich; pattern mapped to "striped".
    case(
        "X1415-004",
        Q.wearing("a white tee and black pants"),
        Q.garment_type("pants"),
        Q.color("black"),
        Q.pattern("striped"),
        Q.description(
            "a pair of black track pants with white stripes on the sides and a white t-shirt with a black logo on "
            "the front and a pair",
            "cut",
            hit_limit=True,
        ),
        Q.details("three stripes on the side, elastic waistband, zip pockets"),
        Q.material("polyester"),
        gender="Men",
        title="Adidas Men Black Essentials 3-Stripes Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Photo: male model, front, plain red home jersey with white Chevrolet sponsor text and the crest, white shorts.
    # Fabric: polyester. All texts: VQA adapter via enrich; garment type raw "jersey".
    case(
        "X1415-005",
        Q.wearing(
            "a red jersey and white shorts Question: What type of garment is this? Answer: jersey Question: What is",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("jersey"),
        Q.color("red"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a red soccer jersey with the word chevrolet on the front"),
        Q.material("polyester"),
        gender="Men",
        title="Manchester United Men Red Home Jersey",
        category="Tshirts",
        color="Red",
    ),
    # Photo: male model in the navy tracksuit: zip jacket worn open over a white tee, matching navy pants, thin
    # white piping on sleeves and legs. Fabric: polyester. All texts: VQA adapter via enrich.
    case(
        "X1415-006",
        Q.wearing("a navy blue track suit"),
        Q.garment_type("jacket", "contradiction"),
        Q.color("navy blue"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description(
            "a navy blue jacket with white stripes on the sleeves and a white t-shirt under the jacket and navy blue "
            "pants with white stripes on the",
            "cut",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="Proline Men Navy Blue Solid Tracksuit",
        category="Tracksuits",
        color="Navy Blue",
    ),
    # Photo: male model mid-stride, fluorescent (lime) green running tee, black shorts, light grey backdrop.
    # Fabric: Dri-FIT polyester. All texts: VQA adapter via enrich; color mapped to "yellow".
    case(
        "X1415-007",
        Q.wearing("a yellow shirt and black shorts", "contradiction"),
        Q.garment_type("t-shirt"),
        Q.color("yellow", "contradiction"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a yellow t-shirt", "contradiction"),
        Q.material("polyester"),
        gender="Men",
        title="Nike Men Fluorescent Green Dri-FIT Miler Running T-shirt",
        category="Tshirts",
        color="Fluorescent Green",
    ),
    # Photo: flat lay on white, black running shorts with a reflective Puma logo on the left leg. Fabric: 100%
    # polyester. All texts: VQA adapter via enrich.
    case(
        "X1415-008",
        Q.wearing("black shorts"),
        Q.garment_type("shorts"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.description("black shorts"),
        Q.details("the shorts are black", "non_answer"),
        Q.material("nylon", "unsupported"),
        gender="Men",
        title="Puma Men Black Running Shorts",
        category="Shorts",
        color="Black",
    ),
    # Photo: male model, full length, black tee, charcoal (clearly dark grey, not black) track pants with a
    # drawstring and side pockets. Fabric: 60% cotton 40% polyester. All texts: VQA adapter via enrich.
    case(
        "X1415-009",
        Q.wearing("a black shirt and grey pants"),
        Q.garment_type("pants"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.description("the garment is a pair of track pants"),
        Q.details("elastic waistband, drawstring, two side pockets"),
        Q.material("cotton"),
        gender="Men",
        title="Jockey Men Charcoal Solid Straight-Fit Track Pants",
        category="Track Pants",
        color="Charcoal",
    ),
    # Photo: BACK view: olive pullover hoodie, hood down, large white HRX print across the shoulders, black track
    # pants. The front (plain, kangaroo pocket) is not shown. Fabric: cotton fleece. All texts: VQA adapter via
    # enrich; pattern mapped to "graphic" (right by the photo, though the title says Solid).
    case(
        "X1415-010",
        Q.wearing("a green hoodie"),
        Q.garment_type("hoodie"),
        Q.color("green"),
        Q.pattern("graphic"),
        Q.sleeve_length("long"),
        Q.description("a green hooded sweatshirt with a white logo on the back"),
        Q.details("a kangaroo pocket in the front and a zipper", "unsupported"),
        Q.material("cotton"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Olive Green Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Olive",
    ),
    # Photo: male model in a white running tee with a small black adidas logo, black shorts, holding a BLUE water
    # bottle at chest height. Fabric: polyester. All texts: VQA adapter via enrich; garment type raw "tee".
    case(
        "X1415-011",
        Q.wearing("a white shirt and black shorts"),
        Q.garment_type("tee"),
        Q.color("blue", "contradiction"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description(
            "a white t-shirt with a black adidas logo on the chest and a black logo on the chest and a black logo on "
            "the chest and a black",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="Adidas Men White Own The Run Running T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: male model, black track jacket zipped up, white Puma cat logo on the chest, grey track pants. Fabric:
    # polyester tricot. All texts: VQA adapter via enrich.
    case(
        "X1415-012",
        Q.wearing("a black jacket and grey pants"),
        Q.garment_type("jacket"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description(
            "a black jacket with a white logo on the chest and a zipper in the front and two pockets on the sides and "
            "a black collar and a",
            "cut",
            hit_limit=True,
        ),
        Q.details("a zipper, two pockets, a high collar"),
        Q.material("leather", "unsupported"),
        gender="Men",
        title="Puma Men Black Solid Track Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: male model, royal blue jersey with white shoulder panels and white collar trim (colour-blocked), black
    # shorts. Fabric: polyester. Gender column missing in the feed. All texts: VQA adapter via enrich.
    case(
        "X1415-013",
        Q.wearing("she is wearing a blue and white jersey", "pronoun"),
        Q.garment_type("jersey"),
        Q.color("blue"),
        Q.pattern("color block"),
        Q.sleeve_length("short"),
        Q.description(
            "a blue and white soccer jersey with a white collar and white stripes on the sleeves and a white collar "
            "and white stripes on",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        title="Nike Men Blue Dri-FIT Academy Football Jersey",
        category="Tshirts",
        color="Blue",
    ),
    # Photo: male model, white tee, maroon track pants with a white Kappa logo tape down each leg. Fabric:
    # polyester. All texts: VQA adapter via enrich; details came back empty.
    case(
        "X1415-014",
        Q.wearing("a white shirt and red pants"),
        Q.garment_type("pants"),
        Q.color("white", "other_garment_color"),
        Q.pattern("striped"),
        Q.details("", "non_answer"),
        Q.material("polyester"),
        gender="Men",
        title="Kappa Men Maroon Track Pants",
        category="Track Pants",
        color="Maroon",
    ),
    # Photo: male model, front, grey training tee with a black UA logo on the chest and a small one on the left
    # sleeve, BLACK shorts. Fabric: 100% polyester. All texts: VQA adapter via enrich.
    case(
        "X1415-015",
        Q.wearing("a grey shirt and grey shorts", "contradiction"),
        Q.garment_type("t-shirt"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description(
            "a grey t-shirt with a black under armour logo Question: What is the color of the garment? Answer: grey",
            "leak",
            hit_limit=True,
        ),
        Q.details("a logo on the chest and a logo on the left sleeve"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Under Armour Men Grey Tech 2.0 Training T-shirt",
        category="Tshirts",
        color="Grey",
    ),
    # Photo: waist-down crop: black tapered track pants, three white stripes, zips at the ankles, white sneakers.
    # Fabric: polyester. All texts: VQA adapter via enrich; pattern unmapped, kept raw.
    case(
        "X1415-016",
        Q.garment_type("pants"),
        Q.color("black"),
        Q.pattern(
            "black and white black and white black and white black and white black and white black and white black "
            "and white black and white",
            "loop",
            hit_limit=True,
        ),
        Q.description("a pair of black pants with white stripes on the side"),
        Q.details("zip pockets, zippers at the ankles, elastic waist"),
        Q.material("polyester"),
        gender="Men",
        title="Adidas Men Black Tiro 21 Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Photo: male model, black tee, grey melange fleece joggers with cuffed ankles and side pockets. Fabric:
    # cotton-polyester fleece. All texts: VQA adapter via enrich; garment type raw "sweatpants".
    case(
        "X1415-017",
        Q.wearing("a black shirt and grey sweatpants"),
        Q.garment_type("sweatpants"),
        Q.color("grey"),
        Q.description(
            "a pair of grey sweatpants Question: what are the details of the garment? Answer: the sweatpants have",
            "leak",
            hit_limit=True,
        ),
        Q.details("elastic cuffs at the ankles, drawstring waist, side pockets"),
        Q.material("cotton"),
        gender="Men",
        title="Nike Men Grey Club Fleece Joggers",
        category="Track Pants",
        color="Grey Melange",
    ),
    # Photo: male model, front, teal lightweight running jacket zipped up, hood down, black pants. The back (no
    # reflective stripes there either) is not shown. Fabric: 100% nylon. All texts: VQA adapter via enrich.
    case(
        "X1415-018",
        Q.wearing("a blue jacket and black pants"),
        Q.garment_type("jacket"),
        Q.color("teal"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a blue windbreaker with a hood"),
        Q.details("a hood, a zipper, two pockets and reflective stripes on the back", "unsupported"),
        Q.material("nylon"),
        gender="Men",
        title="Wildcraft Men Teal Blue Solid Lightweight Running Jacket",
        category="Jackets",
        color="Teal",
    ),
    # Photo: male model, tracksuit jacket with a black body and a white chest panel, black pants with a white side
    # stripe. Fabric: polyester. All texts: VQA adapter via enrich; color and pattern unmapped, kept raw.
    case(
        "X1415-019",
        Q.wearing("a black and white jacket and black pants"),
        Q.garment_type("track suit"),
        Q.color("black and white"),
        Q.pattern("pure color", "contradiction"),
        Q.sleeve_length("long"),
        Q.description(
            "a black and white track suit with a white stripe on the chest and black pants with a white stripe on "
            "the side and a",
            "cut",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="Puma Men Black & White Colourblocked Tracksuit",
        category="Tracksuits",
        color="Black",
    ),
    # Photo: male model, SLEEVELESS blue training tank, black shorts, a black dumbbell in the right hand. Fabric:
    # polyester. All texts: VQA adapter via enrich; garment type raw "tank".
    case(
        "X1415-020",
        Q.wearing("a blue tank top and black shorts"),
        Q.garment_type("tank"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length("short", "contradiction"),
        Q.details(
            "the sleeves are short and the sleeves are short and the sleeves are short and the sleeves are short and "
            "the sleeves are",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Blue Rapid-Dry Training Tank Top",
        category="Tshirts",
        color="Blue",
    ),
    # Photo: BACK view: white home jersey with a navy name and the number 9 printed on the back, white shorts; the
    # front (sponsor, crest) is not visible. Fabric: polyester. All texts: VQA adapter via enrich; the material
    # question was answered with a color.
    case(
        "X1415-021",
        Q.wearing("a white jersey"),
        Q.garment_type("jersey"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a white soccer jersey with the number 9 on the back"),
        Q.details("a logo on the chest", "unsupported"),
        Q.material("white", "non_answer"),
        gender="Men",
        title="Real Madrid Men White Home Jersey",
        category="Tshirts",
        color="White",
    ),
    # Photo: male model, red tee, navy running shorts, white shoes. Fabric: polyester. Color column missing in
    # the feed. All texts: VQA adapter via enrich.
    case(
        "X1415-022",
        Q.wearing("a red shirt and blue shorts"),
        Q.garment_type("shorts"),
        Q.color("red", "other_garment_color"),
        Q.pattern("solid"),
        Q.description("she is wearing a red shirt and blue shorts", "pronoun"),
        Q.material("polyester"),
        gender="Men",
        title="Adidas Men Navy Blue Solid Running Shorts",
        category="Shorts",
    ),
    # Photo: male model, yellow cotton tee with a large black Puma graphic on the chest, black track pants.
    # Fabric: cotton. All texts: VQA adapter via enrich; every answer right.
    case(
        "X1415-023",
        Q.wearing("a yellow shirt and black pants"),
        Q.garment_type("t-shirt"),
        Q.color("yellow"),
        Q.pattern("graphic"),
        Q.sleeve_length("short"),
        Q.description("a yellow t-shirt with a black puma logo on the front"),
        Q.details("a black puma logo on the front"),
        Q.material("cotton"),
        gender="Men",
        title="Puma Men Yellow Printed Round Neck T-shirt",
        category="Tshirts",
        color="Yellow",
    ),
    # Photo: male model, black pullover hoodie with a white swoosh on the chest, GREY joggers. Fabric: cotton-
    # polyester fleece. All texts: VQA adapter via enrich.
    case(
        "X1415-024",
        Q.wearing("a black hoodie and black pants", "contradiction"),
        Q.garment_type("hoodie"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.description("a black hoodie with a white nike logo on the chest"),
        Q.details(
            "hood, drawstring, kangaroo pocket, hood, drawstring, kangaroo pocket, hood, drawstring, kangaroo "
            "pocket, hood, drawstring, kangaroo",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        title="Nike Men Black Sportswear Club Hoodie",
        category="Sweatshirts",
        color="Black",
    ),
    # Photo: male model, side view running pose, light grey tee, blue split-hem running shorts, white shoes and
    # white socks; no watch, no headband. Fabric: polyester. All texts: VQA adapter via enrich.
    case(
        "X1415-025",
        Q.wearing(
            "a grey shirt and blue shorts and white shoes and white socks and a black watch and a black headband and",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("shorts"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.description("a pair of blue running shorts with a split hem"),
        Q.details("a split hem and an elastic waistband"),
        Q.material("the garment is made of polyester"),
        gender="Men",
        title="Asics Men Blue Solid Running Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Photo: male model, grey melange CREW-NECK sweatshirt (no hood), ribbed cuffs and hem, black track pants.
    # Fabric: cotton fleece. All texts: VQA adapter via enrich; garment type mapped to "hoodie".
    case(
        "X1415-026",
        Q.wearing("a grey sweatshirt and black pants"),
        Q.garment_type("hoodie", "contradiction"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a grey hooded sweatshirt", "unsupported"),
        Q.details("ribbed cuffs and hem"),
        Q.material("fleece"),
        gender="Men",
        title="Proline Men Grey Melange Solid Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # Photo: male model, red training tee with a black swoosh, black shorts. Fabric: polyester. All texts: VQA
    # adapter via enrich; garment type raw "shirt" (accepted for a tee).
    case(
        "X1415-027",
        Q.wearing("a red shirt"),
        Q.garment_type("shirt"),
        Q.color("red"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description(
            "Question: Describe the garment. Answer: a red shirt with a black nike logo Question: Describe the "
            "garment. Answer: a red",
            "leak",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="Nike Men Red Dri-FIT Legend Training T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # Photo: male model, grey tee, full-length black compression tights with a small white logo on the left
    # thigh. Fabric: polyester-elastane. All texts: VQA adapter via enrich; garment type raw "leggings" (accepted).
    case(
        "X1415-028",
        Q.wearing("a grey shirt and black leggings"),
        Q.garment_type("leggings"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.description(
            "a pair of black leggings with a white logo on the left thigh Question: Describe the garment. Answer: a "
            "pair of black",
            "leak",
            hit_limit=True,
        ),
        Q.details("a logo on the left thigh"),
        Q.material("spandex"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Running Tights",
        category="Tights",
        color="Black",
    ),
    # Photo: flat lay: blue track jacket, white three stripes on the shoulders, full zip, two zip pockets, stand
    # collar. Fabric: polyester. All texts: VQA adapter via enrich.
    case(
        "X1415-029",
        Q.wearing("a blue jacket"),
        Q.garment_type("jacket"),
        Q.color("blue"),
        Q.pattern("striped"),
        Q.sleeve_length("long"),
        Q.description("a blue jacket with white stripes on the shoulders and a zipper in the front"),
        Q.details(
            "a zipper, two pockets, a high collar, a zipper, two pockets, a high collar, a zipper, two pockets, a "
            "high collar, a zipper",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="Adidas Men Blue Tiro Track Jacket",
        category="Jackets",
        color="Blue",
    ),
    # Photo: male model, green and white vertically striped football jersey with a white V-neck (no collar), white
    # shorts. Fabric: polyester. All texts: VQA adapter via enrich; garment type unmapped, kept raw "yes" (the
    # adapter's yes/no training).
    case(
        "X1415-030",
        Q.wearing("a green and white striped shirt and white shorts"),
        Q.garment_type("yes", "non_answer"),
        Q.color("green"),
        Q.pattern("striped"),
        Q.sleeve_length("short"),
        Q.description("a green and white striped shirt with a collar", "unsupported"),
        Q.details("vertical white stripes and a white v-neck"),
        Q.material("polyester"),
        gender="Men",
        title="Nivia Men Green & White Striped Football Jersey",
        category="Tshirts",
        color="Green",
    ),
    # Photo: male model in an all-black outfit: black tee, the black running shorts, black shoes. Fabric:
    # polyester. All texts: VQA adapter via enrich.
    case(
        "X1415-031",
        Q.wearing("a black shirt and black shorts"),
        Q.garment_type("shorts"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.description(
            "a pair of black shorts with a black waistband and a black drawstring and a black logo and a black "
            "lining and a black",
            "loop",
            hit_limit=True,
        ),
        Q.details("black", "non_answer"),
        Q.material("polyester"),
        gender="Men",
        title="Reebok Men Black Running Shorts",
        category="Shorts",
        color="Black",
    ),
    # Photo: male model, navy zip-front hoodie worn open over a WHITE tee, grey joggers. Fabric: cotton fleece.
    # All texts: VQA adapter via enrich.
    case(
        "X1415-032",
        Q.wearing("a blue hoodie, a white shirt and grey pants"),
        Q.garment_type("hoodie"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description(
            "a navy blue hoodie with a zipper in the front and a white t-shirt underneath and a pair of grey pants "
            "and a pair of",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        title="Adidas Men Navy Blue Solid Zip-Front Hooded Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
    ),
    # Photo: male model, red tracksuit, jacket zipped, white Puma logo on the chest, matching red pants, black
    # sneakers. Fabric: polyester. All texts: VQA adapter via enrich.
    case(
        "X1415-033",
        Q.wearing("a red jacket and red pants"),
        Q.garment_type("track suit"),
        Q.color("red"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a woman in a red track suit", "pronoun"),
        Q.details("the details are the details of the garment", "restated"),
        Q.material("polyester"),
        gender="Men",
        title="Puma Men Red Solid Tracksuit",
        category="Tracksuits",
        color="Red",
    ),
    # Photo: male model, charcoal grey training tee with a small swoosh and a logo on the chest, black shorts.
    # Fabric: polyester. All texts: VQA adapter via enrich; material came back empty.
    case(
        "X1415-034",
        Q.wearing("a grey shirt and black shorts"),
        Q.garment_type("t-shirt"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a grey shirt"),
        Q.details(
            "a logo on the chest, a logo on the chest, a logo on the chest, a logo on the chest, a logo on the chest,"
            " a logo",
            "loop",
            hit_limit=True,
        ),
        Q.material("", "non_answer"),
        gender="Men",
        title="Nike Men Charcoal Grey Dri-FIT Legend T-shirt",
        category="Tshirts",
        color="Charcoal",
    ),
    # Photo: male model, blue crew-neck cricket jersey (no collar) with a darker tonal print on the torso, orange
    # accents on the shoulders and INDIA on the chest, blue track pants. Fabric: polyester. All texts: VQA adapter
    # via enrich.
    case(
        "X1415-035",
        Q.wearing("a blue shirt and blue pants"),
        Q.garment_type("polo shirt", "contradiction"),
        Q.color("blue"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("short"),
        Q.description("a blue jersey with an orange stripe on the shoulders and the word india on the front"),
        Q.details("a blue jersey", "non_answer"),
        Q.material("polyester"),
        gender="Men",
        title="Adidas Men Blue Printed India Cricket ODI Jersey",
        category="Tshirts",
        color="Blue",
    ),
    # Photo: male model, black full-zip hoodie zipped halfway over a grey tee, black pants. Fabric: Therma-FIT
    # polyester fleece. All texts: VQA adapter via enrich; sleeve length raw "long sleeve".
    case(
        "X1415-036",
        Q.wearing("a black jacket and black pants"),
        Q.garment_type("sweatshirt"),
        Q.color("black"),
        Q.sleeve_length("long sleeve"),
        Q.description("the garment is a black hoodie"),
        Q.details("zipper"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Nike Men Black Therma-FIT Full-Zip Hoodie",
        category="Sweatshirts",
        color="Black",
    ),
    # Photo: waist-to-knee crop: navy running shorts with a neon green waistband trim, the hem of a grey tee
    # visible. Fabric: polyester. All texts: VQA adapter via enrich.
    case(
        "X1415-037",
        Q.garment_type("shorts"),
        Q.color("navy"),
        Q.pattern("solid"),
        Q.description("navy blue shorts with a green waistband"),
        Q.details(
            "navy blue shorts with a green waistband Question: What are the details of the garment? Answer: navy "
            "blue shorts",
            "leak",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Navy Blue Rapid-Dry Running Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
    # Photo: male model seated on a white stool, NAVY tee, grey track pants with a drawstring, side pockets and a
    # small logo on the left thigh. Fabric: cotton-polyester. All texts: VQA adapter via enrich.
    case(
        "X1415-038",
        Q.wearing("a blue shirt and blue pants", "contradiction"),
        Q.garment_type("pants"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("solid"),
        Q.details("a drawstring, pockets and a logo on the left thigh"),
        Q.material("the garment is made of the material", "restated"),
        gender="Men",
        title="Puma Men Grey Solid Track Pants",
        category="Track Pants",
        color="Grey",
    ),
    # Photo: male model, white golf polo with a three-button placket and a small logo, navy shorts. Fabric: 100%
    # polyester (product page). All texts: VQA adapter via enrich.
    case(
        "X1415-039",
        Q.wearing("a white polo shirt and blue shorts"),
        Q.garment_type("polo shirt"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description(
            "a white polo shirt with a collar and three buttons and a logo on the left chest and a pair of navy blue "
            "shorts and a white",
            "cut",
            hit_limit=True,
        ),
        Q.details("a collar and three buttons on the front"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Adidas Men White Solid Polo Collar Golf T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: male model, royal blue fleece hoodie with the hood up, black joggers. Fabric: cotton-polyester fleece.
    # Category column missing in the feed. All texts: VQA adapter via enrich; details stopped early on eos.
    case(
        "X1415-040",
        Q.wearing("she is wearing a blue hoodie", "pronoun"),
        Q.garment_type("hoodie"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a blue hoodie with a hood"),
        Q.details("a hood with a drawstring and a", "cut"),
        Q.material("fleece"),
        gender="Men",
        title="Nike Men Blue Sportswear Club Fleece Hoodie",
        color="Blue",
    ),
    # Photo: male model, white tee, black running shorts with a grey camouflage print on the side panels. Fabric:
    # polyester. All texts: VQA adapter via enrich; pattern unmapped, kept raw "camouflage".
    case(
        "X1415-041",
        Q.wearing("a white shirt and black shorts"),
        Q.garment_type("shorts"),
        Q.color("black"),
        Q.pattern("camouflage"),
        Q.description("black and grey camouflage shorts"),
        Q.details("the shorts are short", "non_answer"),
        Q.material("the material of the garment", "restated"),
        gender="Men",
        title="Proline Men Black Printed Running Shorts",
        category="Shorts",
        color="Black",
    ),
    # Photo: male model, black tee, blue melange joggers with a drawstring, two side pockets and a small logo on
    # the left leg, white sneakers; no back pocket zip. Fabric: cotton blend. All texts: VQA adapter via enrich;
    # pattern unmapped, kept raw "pure color" (right: a solid melange).
    case(
        "X1415-042",
        Q.wearing("a black shirt and blue pants"),
        Q.garment_type("pants"),
        Q.color("blue"),
        Q.pattern("pure color"),
        Q.description("a pair of blue jogger pants"),
        Q.details(
            "an elastic waistband and a drawstring and two pockets and a zipper on the back pocket and a logo on the "
            "left leg and",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        title="Reebok Men Blue Melange Training Track Pants",
        category="Track Pants",
        color="Blue",
    ),
    # Photo: male model, front, black LONG-sleeve running tee with a reflective logo on the chest, black shorts,
    # standing by a treadmill. The back is not shown. Fabric: polyester. All texts: VQA adapter via enrich.
    case(
        "X1415-043",
        Q.wearing("a black shirt and black shorts"),
        Q.garment_type("t-shirt"),
        Q.color("black"),
        Q.sleeve_length("short", "contradiction"),
        Q.description("a black long sleeve shirt with reflective details"),
        Q.details("reflective logo on the chest and reflective stripes on the back", "unsupported"),
        Q.material("polyester"),
        gender="Men",
        title="Adidas Men Black Own The Run Long Sleeve T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: male model, three-quarter view, track jacket with a navy body and red sleeves, zipped, stand collar,
    # black pants. Fabric: polyester. All texts: VQA adapter via enrich; color "red" is partial, left correct.
    case(
        "X1415-044",
        Q.wearing("a blue and red jacket and black pants"),
        Q.garment_type("jacket"),
        Q.color("red"),
        Q.pattern("color block"),
        Q.sleeve_length("long"),
        Q.details("a zipper, a high collar and red sleeves"),
        Q.material(
            "polyester, polyester, polyester, polyester, polyester, polyester, polyester, polyester, polyester, "
            "polyester",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Puma Men Navy Blue & Red Colourblocked Track Jacket",
        category="Jackets",
        color="Navy Blue",
    ),
    # Photo: male model, side view, white tee, grey 7-inch running shorts with a white swoosh on the left leg only.
    # Fabric: polyester. Gender column missing in the feed. All texts: VQA adapter via enrich; garment type raw
    # "tee" (the model's top, not the product).
    case(
        "X1415-045",
        Q.wearing("a white shirt and grey shorts"),
        Q.garment_type("tee", "contradiction"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.description("a pair of grey running shorts with a nike logo on the left leg"),
        Q.details(
            "a nike logo on the left leg and a nike logo on the right leg and a nike logo on the left leg and a nike "
            "logo",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        title="Nike Men Grey Dri-FIT Running Shorts 7 inch",
        category="Shorts",
        color="Grey",
    ),
]
