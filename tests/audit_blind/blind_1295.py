"""BLIND_1295 (45 products; Myntra men's sportswear, VQA adapter, default questionnaire): written blind in the sixty-
third session. Measured blind at 5ce7a6b (the session's first rules): 67/74 failures found (90.5%) and 36/227 correct
texts flagged (15.9%). The writer's notes, verbatim:

Scenario: a Myntra feed of men's sportswear (t-shirts and football jerseys, track pants and joggers, running shorts
and tights, hoodies and sweatshirts, track jackets, tracksuits). Columns as the feed has them: title (the product
display name), category (the article type: Tshirts, Track Pants, Shorts, Tights, Sweatshirts, Jackets, Tracksuits),
color (the base colour), gender (Men); fabric where the feed carries it; one column left out here and there. Photos
are the catalog's usual: a model on a light grey or white backdrop wearing the product with other clothes (a tee over
the track pants, shorts under the jersey), a few flat lays, a few back views, a prop now and then (a water bottle, a
backpack, a tennis racket, a dumbbell, a towel).
Who wrote what: every text comes from the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA on blip2-opt-2.7b, 8-bit),
greedy. The caption is the same adapter with an empty prompt (50 new tokens); the answers come from enrich's default
questionnaire in the `Question: ... Answer:` format (30 new tokens), not every question for every product (4 to 8).
Closed answers are stored as the mapped candidate ("navy blue", "t-shirt", "solid", "short sleeves") when the mapper
recognised them, and as the raw generation when it did not ("navy-red", "sweatshirt/hoodie", "pure color", a loop,
a leak). The adapter learned In-shop vocabulary (tee, graphic tee, leggings, sweatshirt/hoodie, vendor colors with
hyphens, DeepFashion pattern words), keeps some of the base model's habit of stopping after a short answer, and
otherwise runs on: loops, the next `Question:` of its training format, or a cut at the limit.
Labeling conventions and judgement calls: judged against the imagined photo and the title. A color answer that names
the color of the tee, shorts or backpack worn with the product is other_garment_color; a caption or wearing answer
that gives two garments one color when they differ is contradiction. Near hues are not marked (maroon called red,
teal called blue or green, charcoal called grey). Stripes on sleeves or down the legs (three stripes, side tape)
answered "striped" are left correct. "jacket" as the garment type of a tracksuit is marked contradiction, except
where the model said "tracksuit"; "jacket" for a zip-up hoodie is left correct, but "jacket" for a half-zip pullover
running top is marked. A material that the fabric column or the title's technology name (dryCELL, Rapid-Dry, Tech)
rules out is unsupported; a material plausible and not contradicted is left correct. Invented details (a hood that
isn't there, a logo on the front seen from the back, a zipper on a pullover) are unsupported. A run-on that repeats
a phrase is loop, one that goes on with a new `Question:` is leak, one that runs to the limit with new words and
stops mid-phrase is cut; all three are hit_limit when they ran to 30 (answers) or 50 (captions) tokens. A short but
true caption ("sweatshirt/hoodie", "the person is wearing a jacket") is left correct. "nothing" to "What is the person
wearing?" on a flat lay is marked non_answer. "she" or "a woman" for the men's model is pronoun. A prop answered as
the garment's details is contradiction.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import caption, case

M = "Men"

BLIND_1295 = [
    # 001 Truth: model front, navy blue round-neck running tee with a small white Puma cat on the chest, black shorts,
    # grey backdrop. All texts: VQA adapter.
    case(
        "X1295-001",
        caption("a man in a navy blue t-shirt and black shorts"),
        Q.wearing("tee"),
        Q.garment_type("t-shirt"),
        Q.color("navy blue"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves"),
        Q.material("cotton", "unsupported"),
        Q.description(
            "the tee is navy blue and has a puma logo on the chest and the sleeves are short and the neckline is round"
            " and the hem is",
            "cut",
            hit_limit=True,
        ),
        gender=M,
        title="Puma Men Navy Blue Solid dryCELL Running T-shirt",
        category="Tshirts",
        color="Navy Blue",
        fabric="Polyester",
    ),
    # 002 Truth: model full length, white tee untucked over black running shorts with a drawstring, white sneakers. All
    # texts: VQA adapter (the caption went straight into its training format).
    case(
        "X1295-002",
        caption("Question: What cloth is the person wearing? Answer: tee", "leak"),
        Q.wearing("tee and shorts"),
        Q.garment_type("shorts"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.details(
            "the shorts have a drawstring waist and a drawstring waist and a drawstring waist and a drawstring waist"
            " and a drawstring",
            "loop",
            hit_limit=True,
        ),
        gender=M,
        title="HRX by Hrithik Roshan Men Black Rapid-Dry Running Shorts",
        category="Shorts",
        color="Black",
    ),
    # 003 Truth: model in the black track jacket (zipped) with white three stripes down the sleeves and the matching
    # black track pants with side stripes; white sneakers. All texts: VQA adapter.
    case(
        "X1295-003",
        caption("a man in a black track suit with white stripes on the sleeves"),
        Q.wearing("jacket and pants"),
        Q.garment_type("jacket", "contradiction"),
        Q.color("black"),
        Q.pattern("striped"),
        Q.sleeve_length("long sleeves"),
        Q.description(
            "the jacket is black with white stripes on the sleeves and the pants are black with white stripes on the"
            " sides and the pants",
            "cut",
            hit_limit=True,
        ),
        gender=M,
        title="ADIDAS Men Black Essentials 3-Stripes Tracksuit",
        category="Tracksuits",
        color="Black",
    ),
    # 004 Truth: model, hands on hips, red football jersey with a white swoosh on the chest, black shorts. All texts:
    # VQA adapter.
    case(
        "X1295-004",
        caption("a man in a red shirt and black shorts with his hands on his hips"),
        Q.wearing("she is wearing a red tee and black shorts", "pronoun"),
        Q.garment_type("t-shirt"),
        Q.color("red"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves"),
        Q.details(
            "nike logo on the chest and the sleeves and the neckline and the sleeves and the neckline and the sleeves"
            " and the neckline and",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender=M,
        title="Nike Men Red Dri-FIT Academy Football Jersey",
        category="Tshirts",
        color="Red",
    ),
    # 005 Truth: model in a grey melange pullover hoodie, hood down, hands in the kangaroo pocket, black joggers. All
    # texts: VQA adapter (the caption is only the class name it was trained on).
    case(
        "X1295-005",
        caption("sweatshirt/hoodie"),
        Q.wearing("sweatshirt"),
        Q.garment_type("sweatshirt/hoodie"),
        Q.color("grey"),
        Q.pattern("pure color"),
        Q.material(
            "cotton and polyester and cotton and polyester and cotton and polyester and cotton and polyester and"
            " cotton and polyester and cotton",
            "loop",
            hit_limit=True,
        ),
        gender=M,
        title="HRX by Hrithik Roshan Men Grey Melange Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # 006 Truth: model in a white Puma tee over black track pants with a small white Puma cat on the left thigh. All
    # texts: VQA adapter.
    case(
        "X1295-006",
        caption("a man in a white shirt and white pants", "contradiction"),
        Q.wearing("pants"),
        Q.garment_type("track pants"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.details("the pants are black and have a white puma logo on the left leg"),
        gender=M,
        title="Puma Men Black Solid Slim Fit Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # 007 Truth: flat lay on white of blue running shorts with a grey reflective strip at the hem; the back zip pocket
    # is not visible from the front. All texts: VQA adapter.
    case(
        "X1295-007",
        caption("a pair of blue shorts on a white background"),
        Q.wearing("shorts"),
        Q.garment_type("shorts"),
        Q.color("blue"),
        Q.details(
            "the shorts have a zipper pocket on the back and a zipper pocket on the back and a zipper pocket on the"
            " back and",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender=M,
        title="Kalenji By Decathlon Men Blue Run Dry Running Shorts",
        category="Shorts",
        color="Blue",
    ),
    # 008 Truth: back view of the model (short hair) in a white tee with a small black logo at the nape, black shorts.
    # All texts: VQA adapter.
    case(
        "X1295-008",
        caption("the back of a woman in a white t-shirt and black shorts", "pronoun"),
        Q.wearing("tee"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves"),
        Q.description("a white t-shirt with a black adidas logo on the front", "unsupported"),
        gender=M,
        title="ADIDAS Men White Own The Run Solid T-shirt",
        category="Tshirts",
        color="White",
    ),
    # 009 Truth: model in a charcoal grey pullover hoodie, hood up, black shorts; drawstrings and kangaroo pocket. All
    # texts: VQA adapter.
    case(
        "X1295-009",
        caption("a man in a hooded sweatshirt and black shorts"),
        Q.wearing(
            "sweatshirt/hoodie sweatshirt/hoodie sweatshirt/hoodie sweatshirt/hoodie sweatshirt/hoodie"
            " sweatshirt/hoodie",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("hoodie"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.material("fleece"),
        Q.details(
            "hood with drawstrings and a kangaroo pocket Question: What is the color of the hoodie? Answer: grey"
            " Question: Is this a",
            "leak",
            hit_limit=True,
        ),
        gender=M,
        title="Nike Men Charcoal Grey Therma-FIT Pullover Training Hoodie",
        category="Sweatshirts",
        color="Charcoal",
    ),
    # 010 Truth: model in a navy track jacket with red colour-blocked shoulders and a stand collar (no hood), zipped
    # half way over a white tee, grey joggers. All texts: VQA adapter.
    case(
        "X1295-010",
        caption("a man in a blue and red jacket and grey pants"),
        Q.wearing("she is wearing a blue and red jacket and grey pants", "pronoun"),
        Q.garment_type("jacket"),
        Q.color("navy-red"),
        Q.pattern("color block"),
        Q.sleeve_length("long sleeves"),
        Q.details("the jacket has a hood", "unsupported"),
        gender=M,
        title="Reebok Men Navy Blue & Red Colourblocked Track Jacket",
        category="Jackets",
        color="Navy Blue",
    ),
    # 011 Truth: model in a black training tee with a small UA logo on the chest, grey shorts, holding a water bottle.
    # All texts: VQA adapter.
    case(
        "X1295-011",
        caption("a man holding a water bottle Question: What is the color of the tee? Answer: black", "leak"),
        Q.wearing("tee"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.material("cotton", "unsupported"),
        Q.details(
            "the tee has a logo on the chest Question: What is the color of the tee? Answer: black Question: What"
            " cloth is the",
            "leak",
            hit_limit=True,
        ),
        gender=M,
        title="UNDER ARMOUR Men Black Tech 2.0 Training T-shirt",
        category="Tshirts",
        color="Black",
        fabric="Polyester",
    ),
    # 012 Truth: model in a black tee over olive green joggers with elastic cuffs, white sneakers; two side pockets, no
    # zip pocket visible. All texts: VQA adapter.
    case(
        "X1295-012",
        caption("a man in a black t-shirt and green pants"),
        Q.wearing("a black tee and black pants", "contradiction"),
        Q.garment_type("track pants"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.description(
            "the pants are green and have a drawstring waist and elastic cuffs at the ankles and a zipper pocket on"
            " the right side of the",
            "cut",
            hit_limit=True,
        ),
        gender=M,
        title="HRX by Hrithik Roshan Men Olive Green Solid Joggers",
        category="Track Pants",
        color="Olive",
    ),
    # 013 Truth: model in the sky-blue club home jersey with the sponsor name (Etihad) across the chest and a fine
    # tonal print, white shorts. All texts: VQA adapter.
    case(
        "X1295-013",
        caption("a man in a blue soccer jersey with the word etihad on it"),
        Q.wearing(" ".join(["tee"] * 30), "loop", hit_limit=True),
        Q.garment_type("t-shirt"),
        Q.color("blue"),
        Q.pattern("printed"),
        Q.sleeve_length("short sleeves"),
        Q.details(
            "the shirt has a logo on the front and the word etihad on the front and the word etihad on the front and"
            " the word",
            "loop",
            hit_limit=True,
        ),
        gender=M,
        title="Puma Men Blue Printed Manchester City Home Jersey",
        category="Tshirts",
        color="Blue",
    ),
    # 014 Truth: waist-down crop of the model: black 7-inch running shorts, bare legs, running shoes. All texts: VQA
    # adapter.
    case(
        "X1295-014",
        caption("a man's legs in black shorts and running shoes"),
        Q.wearing("shorts"),
        Q.garment_type("shorts"),
        Q.color("black"),
        Q.details("the shorts are short", "non_answer"),
        Q.material("polyester"),
        gender=M,
        title="Nike Men Black Dri-FIT Flex Stride 7 Inch Running Shorts",
        category="Shorts",
        color="Black",
    ),
    # 015 Truth: model in a teal blue slim-fit tee, black track pants. All texts: VQA adapter.
    case(
        "X1295-015",
        caption("a man in a green shirt and black pants"),
        Q.wearing("tee"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves"),
        Q.description("a man in a blue shirt and black pants"),
        Q.material(
            "the garment is made of polyester and the garment is made of polyester and the garment is made of"
            " polyester and the",
            "loop",
            hit_limit=True,
        ),
        gender=M,
        title="Alcis Men Teal Blue Solid Slim Fit Training T-shirt",
        category="Tshirts",
        color="Teal",
    ),
    # 016 Truth: model in a white tee over navy track pants with white three stripes down the sides and ankle zips. All
    # texts: VQA adapter.
    case(
        "X1295-016",
        caption("a man in a white shirt and blue pants"),
        Q.wearing("pants"),
        Q.garment_type("track pants"),
        Q.color("navy blue"),
        Q.pattern("striped"),
        Q.details(
            "the pants have white stripes on the sides and zippers at the ankles and zippers at the ankles and zippers"
            " at the ankles and",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender=M,
        title="ADIDAS Men Navy Blue Tiro 21 Training Track Pants",
        category="Track Pants",
        color="Navy Blue",
    ),
    # 017 Truth: model in a grey melange crew-neck sweatshirt with ribbed cuffs and hem, navy joggers; no logo. All
    # texts: VQA adapter.
    case(
        "X1295-017",
        caption("a man in a grey sweatshirt and blue sweatpants"),
        Q.wearing("sweatshirt"),
        Q.garment_type("sweatshirt"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        Q.description(
            "a grey sweatshirt with a round neck and long sleeves and ribbed cuffs and a small logo on the left side"
            " of the chest and the",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender=M,
        title="Jockey Men Grey Melange Solid Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # 018 Truth: model in a maroon polo with a small all-over printed motif (visible at catalog size), khaki shorts.
    # All texts: VQA adapter.
    case(
        "X1295-018",
        caption("a man in a red polo shirt and khaki shorts"),
        Q.wearing("polo shirt"),
        Q.garment_type("polo shirt"),
        Q.color("red"),
        Q.pattern("pure color", "contradiction"),
        Q.sleeve_length("short sleeves"),
        Q.details("the shirt has a collar and buttons on the front"),
        gender=M,
        title="Proline Active Men Maroon Printed Polo Collar T-shirt",
        category="Tshirts",
        color="Maroon",
    ),
    # 019 Truth: model in a white pullover fleece hoodie (no zip) with a black backpack over one shoulder, grey
    # joggers. All texts: VQA adapter.
    case(
        "X1295-019",
        caption("a man in a white hoodie with a black backpack"),
        Q.wearing("sweatshirt and backpack"),
        Q.garment_type("hoodie"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.material("fleece"),
        Q.description("a white hooded sweatshirt with a black backpack"),
        Q.details("the hoodie has a zipper on the front", "unsupported"),
        gender=M,
        title="Nike Men White Sportswear Club Fleece Pullover Hoodie",
        category="Sweatshirts",
        color="White",
    ),
    # 020 Truth: model in royal blue running tights under black shorts, black tee. All texts: VQA adapter.
    case(
        "X1295-020",
        caption("a man in a black shirt and black shorts with blue leggings"),
        Q.wearing("leggings"),
        Q.garment_type("leggings"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.details(" ".join(["black"] * 30), "loop", hit_limit=True),
        gender=M,
        title="ASICS Men Blue Core Running Tights",
        category="Tights",
        color="Blue",
    ),
    # 021 Truth: model in a black and grey colour-blocked tracksuit, the jacket open over a white tee, black sneakers.
    # All texts: VQA adapter.
    case(
        "X1295-021",
        caption(
            "a man in a black and grey jacket and black and grey pants and black and grey shoes and black and grey"
            " shoes and black and grey shoes and black and grey shoes and black and grey shoes and black",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("jacket, tee and pants"),
        Q.garment_type("tracksuit"),
        Q.color("white", "other_garment_color"),
        Q.pattern("color block"),
        Q.sleeve_length("long sleeves"),
        Q.description(
            "a black and grey track suit with a white shirt Question: What is the color of the track suit? Answer:"
            " black and grey",
            "leak",
            hit_limit=True,
        ),
        gender=M,
        title="Puma Men Black & Grey Colourblocked Slim Fit Tracksuit",
        category="Tracksuits",
        color="Black",
    ),
    # 022 Truth: flat lay of navy training shorts with a white drawstring, tag showing. All texts: VQA adapter.
    case(
        "X1295-022",
        caption("a pair of navy blue shorts with a white drawstring"),
        Q.wearing("nothing", "non_answer"),
        Q.garment_type("shorts"),
        Q.color("navy blue"),
        Q.pattern("solid"),
        Q.material("cotton", "unsupported"),
        gender=M,
        title="WROGN ACTIVE Men Navy Blue Solid Training Shorts",
        category="Shorts",
        color="Navy Blue",
        fabric="Polyester",
    ),
    # 023 Truth: model in a red football jersey with white stripes over the shoulders, black shorts. All texts: VQA
    # adapter.
    case(
        "X1295-023",
        caption("a man in a red and white soccer jersey and black shorts"),
        Q.wearing("a red tee and black shorts"),
        Q.garment_type("jersey"),
        Q.color("red"),
        Q.sleeve_length("short sleeves"),
        Q.description(
            "a red tee with white stripes Question: What is the color of the tee? Answer: red Question: What cloth is"
            " the person wearing",
            "leak",
            hit_limit=True,
        ),
        Q.details("the jersey has white stripes on the shoulders and the adidas logo on the chest"),
        Q.material("polyester"),
        gender=M,
        title="ADIDAS Men Red Solid Entrada 22 Football Jersey",
        category="Tshirts",
        color="Red",
    ),
    # 024 Truth: model in a black tee with large white "HRX" typography on the chest, grey shorts. All texts: VQA
    # adapter.
    case(
        "X1295-024",
        caption("a man wearing a black t-shirt with the word hrx on it"),
        Q.wearing("graphic tee"),
        Q.garment_type("graphic tee"),
        Q.color("black-white"),
        Q.pattern("graphic"),
        Q.sleeve_length("short-sleeve"),
        Q.description("she is wearing a black graphic tee with white letters", "pronoun"),
        gender=M,
        title="HRX by Hrithik Roshan Men Black Typography Printed Rapid-Dry T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # 025 Truth: model in a black tee over grey training shorts with a small Puma cat on the left leg. All texts: VQA
    # adapter.
    case(
        "X1295-025",
        caption("a man in a grey shirt and grey shorts", "contradiction"),
        Q.wearing("tee and shorts"),
        Q.garment_type("shorts"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.details("the shorts have an elastic waistband and a puma logo on the left leg"),
        gender=M,
        title="Puma Men Grey Solid Training Shorts",
        category="Shorts",
        color="Grey",
    ),
    # 026 Truth: model in a navy long-sleeve half-zip running top (thin, pullover) over black tights. All texts: VQA
    # adapter.
    case(
        "X1295-026",
        caption("a man in a blue long sleeve shirt and black leggings"),
        Q.wearing("sweatshirt"),
        Q.garment_type("jacket", "contradiction"),
        Q.color("navy blue"),
        Q.sleeve_length("long sleeves"),
        Q.details(
            "half zip on the front Question: Is this a sweatshirt? Answer: no Question: What is the color of the"
            " sweatshirt? Answer:",
            "leak",
            hit_limit=True,
        ),
        gender=M,
        title="Nike Men Navy Blue Dri-FIT Element Half-Zip Running Top",
        category="Tshirts",
        color="Navy Blue",
    ),
    # 027 Truth: flat lay of a folded black gym tee on white. All texts: VQA adapter.
    case(
        "X1295-027",
        caption("a black t-shirt on a white background"),
        Q.garment_type("t-shirt"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves"),
        Q.material("polyester"),
        Q.description(
            "a black t-shirt with a black t-shirt with a black t-shirt with a black t-shirt with a black t-shirt"
            " with a",
            "loop",
            hit_limit=True,
        ),
        gender=M,
        title="Domyos By Decathlon Men Black Solid Gym T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # 028 Truth: model in a black tee over grey and black camouflage joggers with black cuffs and drawstring. The feed
    # has no colour for this one. All texts: VQA adapter.
    case(
        "X1295-028",
        caption("a man in a black shirt and camouflage pants"),
        Q.wearing("pants"),
        Q.garment_type("track pants"),
        Q.color("grey-black"),
        Q.pattern("camouflage"),
        Q.description(
            "the pants are grey and black camouflage with a black drawstring and black cuffs at the bottom of the legs"
            " and a black",
            "cut",
            hit_limit=True,
        ),
        gender=M,
        title="Reebok Men Grey & Black Camouflage Printed Training Joggers",
        category="Track Pants",
    ),
    # 029 Truth: model in a navy zip-up hoodie half open over a white tee, grey joggers. All texts: VQA adapter.
    case(
        "X1295-029",
        caption("the person is wearing a jacket"),
        Q.wearing("jacket"),
        Q.garment_type("jacket"),
        Q.color("navy blue"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        Q.material("the garment is made of a material", "restated"),
        gender=M,
        title="Kappa Men Navy Blue Solid Zip-Up Hooded Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
    ),
    # 030 Truth: model in a white polo with thin black horizontal stripes, white shorts, holding a tennis racket; no
    # ball. All texts: VQA adapter.
    case(
        "X1295-030",
        caption("a man holding a tennis racket"),
        Q.wearing("polo shirt and shorts"),
        Q.garment_type("polo shirt"),
        Q.color("white-black"),
        Q.pattern("striped"),
        Q.details(
            "the shirt has a collar and buttons and the man is holding a tennis racket and a tennis ball in his hand"
            " and a tennis",
            "cut",
            hit_limit=True,
        ),
        gender=M,
        title="ADIDAS Men White & Black Striped Club Tennis Polo T-shirt",
        category="Tshirts",
        color="White",
    ),
    # 031 Truth: back view of the model in black running shorts with a zip pocket at the back, white tee, socks and
    # running shoes. All texts: VQA adapter.
    case(
        "X1295-031",
        caption("the back of a man in a white shirt and black shorts"),
        Q.wearing(
            "tee and shorts and shoes and socks and shoes and socks and shoes and socks and shoes and socks and shoes"
            " and socks and",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("shorts"),
        Q.color("white", "other_garment_color"),
        Q.details("zipper pocket on the back"),
        Q.material("polyester"),
        gender=M,
        title="ASICS Men Black Solid Core 7 Inch Running Shorts",
        category="Shorts",
        color="Black",
    ),
    # 032 Truth: model in a red hooded running jacket (zipped, reflective strips), black pants. All texts: VQA adapter.
    case(
        "X1295-032",
        caption("Question: What is the color of the jacket? Answer: red", "leak"),
        Q.wearing("jacket"),
        Q.garment_type("jacket"),
        Q.color("orange", "contradiction"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        Q.material("nylon"),
        Q.description("a red jacket with a hood and a zipper on the front"),
        gender=M,
        title="HRX by Hrithik Roshan Men Red Solid Rapid-Dry Hooded Running Jacket",
        category="Jackets",
        color="Red",
    ),
    # 033 Truth: model front, fluorescent yellow running tee with a black gradient print on the front, black shorts;
    # the back is not shown. All texts: VQA adapter.
    case(
        "X1295-033",
        caption("a man in a yellow shirt and black shorts"),
        Q.wearing("tee"),
        Q.color("-".join(["yellow"] * 15), "loop", hit_limit=True),
        Q.pattern("graphic"),
        Q.sleeve_length("short sleeves"),
        Q.description("a yellow tee with black print on the front and back", "unsupported"),
        Q.material("polyester"),
        gender=M,
        title="Puma Men Fluorescent Yellow Graphic Printed Running T-shirt",
        category="Tshirts",
        color="Yellow",
    ),
    # 034 Truth: back view of the model in a white football jersey with a black number 10 on the back, black shorts.
    # All texts: VQA adapter.
    case(
        "X1295-034",
        caption("a man in a white jersey with the number 10 on the back"),
        Q.wearing("tee and shorts"),
        Q.garment_type("t-shirt"),
        Q.color("black", "other_garment_color"),
        Q.pattern("graphic"),
        Q.details("the number 10 on the back"),
        gender=M,
        title="Kappa Men White Printed Football Jersey",
        category="Tshirts",
        color="White",
    ),
    # 035 Truth: flat lay of grey melange fleece joggers with a drawstring, side pockets and a small swoosh on the left
    # thigh. All texts: VQA adapter.
    case(
        "X1295-035",
        caption("a pair of grey sweatpants on a white background"),
        Q.wearing("pants"),
        Q.garment_type("track pants"),
        Q.color("grey"),
        Q.pattern("pure color"),
        Q.details(
            "the pants have a drawstring waist and pockets on the sides and a nike logo on the left leg and a nike"
            " logo on the",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender=M,
        title="Nike Men Grey Melange Sportswear Club Fleece Joggers",
        category="Track Pants",
        color="Grey Melange",
    ),
    # 036 Truth: model in a royal blue sleeveless training tank with a small white logo on the chest, black shorts,
    # holding a dumbbell. All texts: VQA adapter.
    case(
        "X1295-036",
        caption("a man in a blue tank top holding a dumbbell"),
        Q.wearing("tank top"),
        Q.garment_type("tank"),
        Q.color("blue"),
        Q.sleeve_length("short sleeves", "contradiction"),
        Q.description("the tank top is blue and has a reebok logo on the chest"),
        gender=M,
        title="Reebok Men Blue Solid Sleeveless Training T-shirt",
        category="Tshirts",
        color="Blue",
    ),
    # 037 Truth: model (beard, short hair) in a charcoal grey track jacket zipped up, black track pants; one zip and
    # two side pockets. All texts: VQA adapter.
    case(
        "X1295-037",
        caption("a woman wearing a grey jacket and black pants", "pronoun"),
        Q.wearing("jacket"),
        Q.garment_type("jacket"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        Q.details(
            "the jacket has a zipper on the front and two pockets on the front and a zipper on the front and two"
            " pockets on the",
            "loop",
            hit_limit=True,
        ),
        gender=M,
        title="HRX by Hrithik Roshan Men Charcoal Grey Solid Track Jacket",
        category="Jackets",
        color="Charcoal",
    ),
    # 038 Truth: model in a grey tee over black slim track pants with a thin white stripe down each leg. The feed has
    # no gender for this one. All texts: VQA adapter.
    case(
        "X1295-038",
        caption("a man in a grey shirt and black pants"),
        Q.wearing("pants"),
        Q.color("grey", "other_garment_color"),
        Q.pattern("solid"),
        Q.description(
            "the pants are black and the pants are black and the pants are black and the pants are black and the pants"
            " are",
            "loop",
            hit_limit=True,
        ),
        title="Puma Men Black Evostripe Slim Fit Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # 039 Truth: model in blue 2-in-1 running shorts with a black inner tight showing at the hem, black tee. All texts:
    # VQA adapter.
    case(
        "X1295-039",
        caption("a man in a black shirt and blue shorts"),
        Q.wearing("tee and shorts"),
        Q.garment_type("shorts"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.details("the shorts have a black lining"),
        Q.material("polyester"),
        gender=M,
        title="Nike Men Blue Dri-FIT Challenger 2-in-1 Running Shorts",
        category="Shorts",
        color="Blue",
    ),
    # 040 Truth: model all in black: the black fleece hoodie with a big white UA logo on the chest, black joggers. All
    # texts: VQA adapter.
    case(
        "X1295-040",
        caption("a man in a black hoodie and black sweatpants"),
        Q.wearing("sweatshirt and pants"),
        Q.garment_type("hoodie"),
        Q.color("black"),
        Q.pattern("graphic"),
        Q.material("fleece"),
        Q.details(
            "the hoodie has a large white logo on the front and a kangaroo pocket on the front and a hood with"
            " drawstrings on the",
            "cut",
            hit_limit=True,
        ),
        gender=M,
        title="UNDER ARMOUR Men Black Rival Fleece Big Logo Hoodie",
        category="Sweatshirts",
        color="Black",
    ),
    # 041 Truth: model in navy sports shorts and a white vest. All texts: VQA adapter (the caption ran on in its
    # training format to the limit).
    case(
        "X1295-041",
        caption(
            "Question: What is the color of the shorts? Answer: navy Question: What cloth is the person wearing?"
            " Answer: shorts Question: Is this a shorts? Answer: yes Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        Q.wearing("shorts"),
        Q.garment_type("shorts"),
        Q.color("navy blue"),
        Q.pattern("solid"),
        Q.material("cotton"),
        gender=M,
        title="Jockey Men Navy Blue Straight Fit Sports Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
    # 042 Truth: model in a black tracksuit with a red chest panel on the jacket (zipped), black pants. The feed has no
    # category for this one. All texts: VQA adapter.
    case(
        "X1295-042",
        caption("a man in a black and red jacket and black pants"),
        Q.wearing("jacket and pants"),
        Q.garment_type("jacket", "contradiction"),
        Q.color("black-red"),
        Q.pattern("color block"),
        Q.sleeve_length("long sleeves"),
        Q.description(
            "a black and red track suit with a black and red track suit with a black and red track suit with a black"
            " and red",
            "loop",
            hit_limit=True,
        ),
        gender=M,
        title="Puma Men Black & Red Colourblocked Tracksuit",
        color="Black",
    ),
    # 043 Truth: model in a white training tee with a small black logo on the chest, navy shorts, a grey towel around
    # the neck. All texts: VQA adapter.
    case(
        "X1295-043",
        caption("a man in a white shirt with a towel around his neck"),
        Q.wearing("tee"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.description("a white t-shirt with a blue adidas logo on the chest", "unsupported"),
        Q.details("towel", "contradiction"),
        Q.material("polyester"),
        gender=M,
        title="ADIDAS Men White Solid AEROREADY Training T-shirt",
        category="Tshirts",
        color="White",
    ),
    # 044 Truth: model in a turquoise blue running tee, black shorts. All texts: VQA adapter (the caption ran on in its
    # training format to the limit).
    case(
        "X1295-044",
        caption(
            "Question: What cloth is the person wearing? Answer: tee Question: What is the color of the tee? Answer:"
            " blue Question: Is this a tee? Answer: yes Question: What cloth is the",
            "leak",
            hit_limit=True,
        ),
        Q.wearing("a blue shirt and black shorts"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves"),
        Q.description("a woman's blue t-shirt", "pronoun"),
        Q.material("cotton", "unsupported"),
        gender=M,
        title="HRX by Hrithik Roshan Men Turquoise Blue Rapid-Dry Running T-shirt",
        category="Tshirts",
        color="Turquoise Blue",
    ),
    # 045 Truth: flat lay of a black crew sweatshirt with white three stripes down the sleeves and a small logo on the
    # chest. All texts: VQA adapter.
    case(
        "X1295-045",
        caption("a black sweatshirt with white stripes on the sleeves"),
        Q.wearing("sweatshirt"),
        Q.garment_type("sweatshirt"),
        Q.color("black"),
        Q.pattern("striped"),
        Q.sleeve_length("long sleeves"),
        Q.details(
            "white stripes on the sleeves and a logo on the front Question: What is the color of the sweatshirt?"
            " Answer: black Question:",
            "leak",
            hit_limit=True,
        ),
        gender=M,
        title="ADIDAS Men Black Essentials 3-Stripes Sweatshirt",
        category="Sweatshirts",
        color="Black",
    ),
]
