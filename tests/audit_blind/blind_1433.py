"""BLIND_1433 (45 products; Myntra kids' ethnic wear, VQA adapter): written blind in the sixty-fourth session. Measured
blind at 9207eb7 (the session's fifth and final rules): 48/62 failures found (77.4%) and 22/190 correct texts flagged
(11.6%). The writer's notes, verbatim:

Scenario: a Myntra feed of children's ethnic wear (kurta sets with pyjamas, churidars, dhotis, shararas and
palazzos, lehenga cholis, pavadai, sherwanis, a bandhgala, Nehru jackets, anarkali and fit-and-flare ethnic
dresses). Catalog columns as Myntra exports them: title (productDisplayName, brand first), category (articleType),
color (baseColour, which for a set is usually the top's or the showpiece's color, not every piece's), gender (Boys
or Girls); a few rows lack one of them. Photos are the usual catalog shots: a child on a plain studio backdrop, a
few back views, two flat lays, now and then a prop (a diya plate, a turban, a stool, a teddy) or footwear that is
not part of the product.
Who wrote what: every text is the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA on blip2-opt-2.7b), greedy, 30 new
tokens. No caption: the VQA adapter cannot caption, so the job asks no caption question for this feed. The job
asks "What is the person wearing?", one "What is the color of the <piece>?" per piece named in the title, and a
few of the closed questions (garment type, pattern, sleeve length, "Is this a <noun>?") plus, on some rows, the
piece's details or the material. Color, pattern, sleeve, type and yes/no questions are closed (reference engine:
the generated text is mapped to a candidate; when it maps to nothing the raw text is kept, which is how a few
loops and leaks survive in closed answers). The adapter never learned to stop, so open answers often run on:
loops to the limit, sentences cut at the limit, the "Question: ... Answer:" format written back. The closed
answers are mostly short and right; when wrong, they usually give one piece the color of another piece (or of the
turban, the sandals) in the same photo, which only the photo shows. So about half the open texts are wrong
and about one closed text in eight: a quarter of all texts, less than usual, because two thirds are closed.
Labeling conventions and judgement calls: near hues count as right (maroon/red, cream/off white/white,
mustard/yellow, teal/blue, magenta/pink, peach/pink, rust/orange, lavender/purple). A kurta called a shirt or a
long top, a sherwani or bandhgala called a suit, jacket or coat, a Nehru jacket or waistcoat called a vest, a
sharara or lehenga called a skirt, an anarkali, a girl's long kurta set or (loosely) her lehenga set called a
dress: right. A boy's kurta
called a dress, a pavadai called a saree, a dhoti called a skirt: contradiction. "Sleeveless" for a set whose
Nehru jacket is sleeveless (kurta sleeves visible under it) left unmarked: it is true of a piece of the product.
"a man wearing..." for a boy is left unmarked (gender consistent); "she"/"a girl" for a boy and "he" for a girl
are pronoun failures. A color that belongs to another piece or to something else in the photo (turban, sandals)
is other_garment_color; a wrong color that belongs to nothing in the photo, or a wrong garment kind, is
contradiction. A material the title contradicts or cannot back is unsupported; a material the title names is right.
"nothing" for the person in a flat lay is true and left unmarked. "no" to a dupatta's color when the dupatta is in
the title but not in the shot is non_answer. A loop that runs to the limit is loop (hit_limit), a sentence stopped
mid-phrase at the limit is cut (hit_limit), a text that writes back "Question:"/"Answer:" is leak whatever else it
does. One answer ran to the limit but ends on a whole phrase and says only true things: hit_limit, left unmarked.
"""

from tests.audit_corpus import BLIND_QUESTIONS, case, color_of, describe, details, is_a, wearing

Q = BLIND_QUESTIONS

BLIND_1433 = [
    # Boy on a white backdrop: maroon solid kurta with full sleeves, cream churidar pyjama, brown mojaris.
    # All texts: VQA adapter; all right.
    case(
        "X1433-001",
        wearing("a maroon kurta and white pants"),
        color_of("kurta", "maroon"),
        color_of("pyjamas", "cream"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        is_a("kurta", "yes"),
        gender="Boys",
        title="Jashvi Boys Maroon & Cream-Coloured Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Girl, front: pink lehenga with a gold zari border, pink short-sleeved blouse, gold net dupatta over one
    # shoulder. VQA adapter: the dupatta gets the lehenga's pink; the details answer loops on "gold border".
    case(
        "X1433-002",
        wearing("a pink dress with a gold dupatta"),
        color_of("lehenga", "pink"),
        color_of("blouse", "pink"),
        color_of("dupatta", "pink", "other_garment_color"),
        details(
            "lehenga",
            "the lehenga has a gold border and the blouse has a gold border and the dupatta has a gold border and the"
            " lehenga has a gold border",
            "loop",
            hit_limit=True,
        ),
        is_a("lehenga", "yes"),
        gender="Girls",
        title="Bitiya by Bhama Girls Pink & Gold-Toned Embroidered Ready to Wear Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Pink",
    ),
    # Boy: white kurta, navy printed sleeveless Nehru jacket over it, white pyjamas. VQA adapter: the kurta gets the
    # jacket's navy (the seller's color too, so only the photo shows it); "sleeveless" is the jacket, left unmarked.
    case(
        "X1433-003",
        wearing("a white kurta and a blue vest"),
        color_of("kurta", "navy blue", "other_garment_color"),
        color_of("nehru jacket", "navy blue"),
        color_of("pyjamas", "white"),
        Q.sleeve_length("sleeveless"),
        gender="Boys",
        title="YK Boys White & Navy Blue Kurta with Printed Nehru Jacket & Pyjamas",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # Girl: mustard floral-printed anarkali kurta, white churidar, mustard printed dupatta. VQA adapter: the wearing
    # answer gives the dupatta the churidar's white; the rest is right.
    case(
        "X1433-004",
        wearing("a yellow dress with a white scarf", "other_garment_color"),
        color_of("kurta", "mustard"),
        color_of("churidar", "white"),
        color_of("dupatta", "mustard"),
        Q.pattern("floral"),
        details("kurta", "the kurta has a round neck and three-quarter sleeves"),
        gender="Girls",
        title="BIBA Girls Mustard Yellow Floral Printed Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Boy: cream brocade knee-length sherwani, cream churidar, maroon stole over the shoulder. VQA adapter: "no" to
    # the sherwani question; details loop.
    case(
        "X1433-005",
        wearing("a white suit"),
        color_of("sherwani", "cream"),
        color_of("churidar", "cream"),
        color_of("stole", "maroon"),
        is_a("sherwani", "no", "contradiction"),
        details(
            "sherwani",
            "the sherwani has a mandarin collar and gold buttons, the sherwani has a mandarin collar and gold buttons,"
            " the sherwani has a",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="Aj DEZInES Boys Cream-Coloured Self Design Sherwani Set with Stole",
        category="Sherwani",
        color="Cream",
    ),
    # Girl: green silk lehenga, contrast pink blouse with short sleeves, pink dupatta. VQA adapter: the wearing
    # answer loops; the blouse gets the lehenga's green.
    case(
        "X1433-006",
        wearing(
            "a green skirt and a pink top and a pink scarf and a green skirt and a pink top and a pink scarf and a"
            " green skirt and",
            "loop",
            hit_limit=True,
        ),
        color_of("lehenga", "green"),
        color_of("choli", "green", "other_garment_color"),
        color_of("dupatta", "pink"),
        Q.material("silk"),
        Q.sleeve_length("short-sleeve"),
        gender="Girls",
        title="SAKA DESIGNS Girls Green & Pink Silk Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Green",
    ),
    # Flat lay on white: blue block-printed kurta (small floral butis), folded white pyjama beside it. VQA adapter;
    # all right.
    case(
        "X1433-007",
        wearing("a blue shirt and white pants"),
        color_of("kurta", "blue"),
        color_of("pyjama", "white"),
        Q.pattern("floral"),
        Q.material("cotton"),
        is_a("kurta", "yes"),
        gender="Boys",
        title="Fabindia Boys Blue Pure Cotton Block Printed Kurta with Pyjama",
        category="Kurta Sets",
        color="Blue",
    ),
    # Girl: floor-length peach net anarkali dress, sequinned yoke, cap sleeves. VQA adapter: details loop; cotton is
    # invented (the title says net).
    case(
        "X1433-008",
        wearing("a peach dress"),
        color_of("dress", "peach"),
        Q.garment_type("dress"),
        Q.sleeve_length("short-sleeve"),
        details(
            "dress",
            "the dress has a sequin yoke and a flared skirt with a flared skirt with a flared skirt with a flared skirt"
            " with a",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton", "unsupported"),
        gender="Girls",
        title="Pspeaches Girls Peach-Coloured Embroidered Net Anarkali Ethnic Dress",
        category="Ethnic Dresses",
        color="Peach",
    ),
    # Boy, three-quarter angle: yellow kurta, white dhoti pants, bare feet. VQA adapter: "she" for the boy.
    case(
        "X1433-009",
        wearing("she is wearing a yellow kurta and white dhoti", "pronoun"),
        color_of("kurta", "yellow"),
        color_of("dhoti", "white"),
        Q.garment_type("kurta"),
        Q.sleeve_length("long-sleeve"),
        gender="Boys",
        title="VASTRAMAY Boys Yellow & White Solid Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Girl: lavender short kurti, lavender sharara, white organza dupatta. VQA adapter: the dupatta gets lavender;
    # the sharara's details say nothing but the question.
    case(
        "X1433-010",
        wearing("a purple top and a purple skirt"),
        color_of("kurti", "lavender"),
        color_of("sharara", "lavender"),
        color_of("dupatta", "lavender", "other_garment_color"),
        details("sharara", "the sharara is a sharara", "restated"),
        is_a("kurta set", "yes"),
        gender="Girls",
        title="KISAH Girls Lavender Embroidered Kurti with Sharara & Dupatta",
        category="Kurta Sets",
        color="Lavender",
    ),
    # Back view of a boy: navy solid kurta, white churidar; the kurta has no zip, only a front placket. VQA adapter:
    # the wearing answer writes a question of its own back (and stops); the zip is invented.
    case(
        "X1433-011",
        wearing("a blue shirt and white pants Question: What is the color of the kurta? Answer: navy blue", "leak"),
        color_of("kurta", "navy blue"),
        color_of("churidar", "white"),
        details("kurta", "the kurta has a zipper at the back", "unsupported"),
        Q.pattern("pure color"),
        gender="Boys",
        title="Jashvi Boys Navy Blue Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # Girl: red silk-blend pavadai (long skirt) with a wide gold zari border, green blouse with puff sleeves. VQA
    # adapter: calls it a saree; the skirt's color loops between red and gold and maps to no candidate (kept raw).
    case(
        "X1433-012",
        wearing("a red and gold saree", "contradiction"),
        color_of(
            "pavadai",
            "red and gold and red and gold and red and gold and red and gold and red and gold and red and gold and red",
            "loop",
            hit_limit=True,
        ),
        color_of("blouse", "green"),
        Q.material("silk"),
        is_a("lehenga", "yes"),
        gender="Girls",
        title="Bitiya by Bhama Girls Red & Green Woven Design Silk Blend Pavadai with Blouse",
        category="Lehenga Choli",
        color="Red",
    ),
    # Boy: olive paisley-printed Nehru jacket (the product) over a white kurta and white pyjama that are not sold
    # with it. VQA adapter: the jacket gets the kurta's white; "pure color" for a printed jacket.
    case(
        "X1433-013",
        wearing("a green vest and a white shirt"),
        color_of("nehru jacket", "white", "other_garment_color"),
        Q.garment_type("vest"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("pure color", "contradiction"),
        gender="Boys",
        title="YK Boys Olive Green Paisley Printed Nehru Jacket",
        category="Nehru Jackets",
        color="Olive",
    ),
    # Girl holding a brass diya plate: off-white calf-length kurta with pink floral print, pink palazzos. VQA
    # adapter: the details answer is cut at the limit.
    case(
        "X1433-014",
        wearing("a white dress and pink pants"),
        color_of("kurta", "white"),
        color_of("palazzos", "pink"),
        Q.pattern("floral"),
        details(
            "kurta",
            "the kurta has a floral print all over, a round neck with a keyhole opening and a tassel tie-up, three"
            " quarter sleeves and a",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        title="Biba Girls Off-White & Pink Floral Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Off White",
    ),
    # Boy in an orange safa (not sold): maroon velvet sherwani with gold embroidery, cream churidar. VQA adapter:
    # the churidar gets the turban's orange; the details answer writes the prompt format back.
    case(
        "X1433-015",
        wearing("a maroon and gold suit with an orange turban"),
        color_of("sherwani", "maroon"),
        color_of("churidar", "orange", "other_garment_color"),
        is_a("sherwani", "yes"),
        Q.material("velvet"),
        details(
            "sherwani",
            "gold embroidery Question: What is the color of the sherwani? Answer: maroon Question: What is the color of"
            " the churidar? Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Boys",
        title="Aj DEZInES Boys Maroon Velvet Embroidered Sherwani with Churidar",
        category="Sherwani",
        color="Maroon",
    ),
    # Girl twirling: yellow gota-patti lehenga, green sleeveless choli, yellow dupatta. VQA adapter: the choli gets
    # the lehenga's yellow.
    case(
        "X1433-016",
        wearing("a yellow and green lehenga"),
        color_of("lehenga", "yellow"),
        color_of("choli", "yellow", "other_garment_color"),
        color_of("dupatta", "yellow"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("floral"),
        gender="Girls",
        title="Fashion Dream Girls Yellow & Green Gotta Patti Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Yellow",
    ),
    # Boy: white chikankari kurta, white pyjama (both really white). VQA adapter: the details answer loops.
    case(
        "X1433-017",
        wearing("a white kurta and white pyjamas"),
        color_of("kurta", "white"),
        color_of("pyjama", "white"),
        Q.pattern("floral"),
        details(
            "kurta",
            "the kurta is white and the pyjama is white and the kurta is white and the pyjama is white and the kurta"
            " is white and",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Boys",
        title="Fabindia Boys White Chikankari Embroidered Pure Cotton Kurta with Pyjama",
        category="Kurta Sets",
        color="White",
    ),
    # Girl: teal full-sleeved anarkali kurta, teal trousers, gold dupatta. VQA adapter: the wearing answer loops;
    # "no" to the kurta question.
    case(
        "X1433-018",
        wearing(
            "a blue dress with a gold scarf and blue pants and a gold scarf and blue pants and a gold scarf and blue"
            " pants and a",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "teal"),
        color_of("trousers", "teal"),
        color_of("dupatta", "gold"),
        Q.sleeve_length("long-sleeve"),
        is_a("kurta", "no", "contradiction"),
        gender="Girls",
        title="BIBA Girls Teal Blue Embroidered Anarkali Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Teal",
    ),
    # Boy: black jacquard asymmetric indo-western sherwani with gold buttons, black churidar. VQA adapter: velvet is
    # invented (the title says jacquard).
    case(
        "X1433-019",
        wearing("a black suit"),
        color_of("sherwani", "black"),
        color_of("churidar", "black"),
        details("sherwani", "the sherwani has gold buttons and a mandarin collar"),
        Q.garment_type("jacket"),
        Q.material("velvet", "unsupported"),
        gender="Boys",
        title="Vastramay Boys Black & Gold-Toned Jacquard Indo Western Sherwani Set",
        category="Sherwani",
        color="Black",
    ),
    # Girl (no gender column): magenta kurta, orange sharara; the dupatta sold with the set is not in the shot. VQA
    # adapter: "no" for the dupatta's color; the details loop on "v neck".
    case(
        "X1433-020",
        wearing("a pink top and orange pants"),
        color_of("kurta", "pink"),
        color_of("sharara", "orange"),
        color_of("dupatta", "no", "non_answer"),
        details(
            "kurta",
            "the kurta has a v neck and a v neck and a v neck and a v neck and a v neck and a v neck and a v",
            "loop",
            hit_limit=True,
        ),
        title="KISAH Girls Magenta & Orange Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Magenta",
    ),
    # Flat lay on a wooden floor: peach solid kurta, white pyjama. VQA adapter: "nothing" is true of a flat lay; the
    # kurta laid flat is called a dress.
    case(
        "X1433-021",
        wearing("nothing"),
        color_of("kurta", "peach"),
        color_of("pyjamas", "white"),
        Q.garment_type("dress", "contradiction"),
        is_a("kurta", "yes"),
        gender="Boys",
        title="Jashvi Boys Peach-Coloured Solid Kurta with White Pyjamas",
        category="Kurta Sets",
        color="Peach",
    ),
    # Girl: navy straight kurta with pink floral print, pink churidar, pink dupatta with a lace border over her left
    # shoulder. VQA adapter: the wearing answer is cut at the limit (right so far); the dupatta's color question gets
    # the kurta's navy, though its details answer has it right.
    case(
        "X1433-022",
        wearing(
            "a navy blue kurta with a pink floral print, pink churidar and a pink dupatta with a lace border draped"
            " over her left",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "navy blue"),
        color_of("churidar", "pink"),
        color_of("dupatta", "navy blue", "other_garment_color"),
        details("dupatta", "the dupatta is pink with a lace border"),
        Q.pattern("floral"),
        gender="Girls",
        title="Pspeaches Girls Navy Blue & Pink Floral Printed Straight Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # Boy: bottle-green silk-blend kurta, cream dhoti, gold stole round the neck. VQA adapter: the wearing answer
    # writes a question back; the stole gets the kurta's green.
    case(
        "X1433-023",
        wearing("a green shirt and a white dhoti Question: What is the color of the stole? Answer: green", "leak"),
        color_of("kurta", "green"),
        color_of("dhoti", "cream"),
        color_of("stole", "green", "other_garment_color"),
        Q.sleeve_length("long-sleeve"),
        is_a("kurta", "yes"),
        Q.material("silk"),
        gender="Boys",
        title="VASTRAMAY Boys Green & Cream Silk Blend Kurta with Dhoti & Stole",
        category="Kurta Sets",
        color="Green",
    ),
    # Girl: rust ikat-printed kurta with a mandarin collar and side slits, elbow sleeves, off-white dhoti salwar. VQA
    # adapter: the details loop; the rest is right.
    case(
        "X1433-024",
        wearing("a brown dress and white pants"),
        color_of("kurta", "orange"),
        color_of("salwar", "white"),
        Q.pattern("lattice"),
        details(
            "kurta",
            "the kurta has a mandarin collar and side slits and a mandarin collar and side slits and a mandarin collar"
            " and side slits and a",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("medium-sleeve"),
        gender="Girls",
        title="Fabindia Girls Rust Orange Ikat Printed Kurta with Dhoti Salwar",
        category="Kurta Sets",
        color="Rust",
    ),
    # Boy: mustard solid kurta, white pyjama, blue-based multicolor floral-printed Nehru jacket. VQA adapter: the
    # wearing answer is cut at the limit; the jacket's details come back inside the prompt format.
    case(
        "X1433-025",
        wearing(
            "a yellow kurta and a blue jacket with white pants, the jacket has a floral print and a mandarin collar and"
            " a",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "mustard"),
        color_of("pyjamas", "white"),
        color_of("nehru jacket", "blue"),
        Q.sleeve_length("long-sleeve"),
        details(
            "nehru jacket",
            "Question: What are the nehru jacket details? Answer: the nehru jacket has a mandarin collar and buttons on"
            " the front Question:",
            "leak",
            hit_limit=True,
        ),
        gender="Boys",
        title="YK Boys Mustard Yellow Solid Kurta with Pyjamas & Printed Nehru Jacket",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Girl holding a teddy bear: green sleeveless fit-and-flare cotton dress with pink flowers, white sneakers. VQA
    # adapter; all right.
    case(
        "X1433-026",
        wearing("a green dress"),
        color_of("dress", "green"),
        Q.garment_type("dress"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        gender="Girls",
        title="Cutiekins Girls Green & Pink Floral Printed Pure Cotton Fit & Flare Ethnic Dress",
        category="Ethnic Dresses",
        color="Green",
    ),
    # Boy with shoulder-length hair: white kurta with mirror work on the yoke, white churidar. VQA adapter: "a girl".
    case(
        "X1433-027",
        wearing("a girl in a white kurta and white pants", "pronoun"),
        color_of("kurta", "white"),
        color_of("churidar", "white"),
        details("kurta", "the kurta has mirror work on the yoke"),
        is_a("kurta", "yes"),
        gender="Boys",
        title="Aj DEZInES Boys White Mirror Work Kurta with Churidar",
        category="Kurta Sets",
        color="White",
    ),
    # Back view of a girl: royal blue lehenga, blue blouse with a tie-up dori and gold tassels, gold dupatta on one
    # shoulder. VQA adapter; all right.
    case(
        "X1433-028",
        wearing("a blue lehenga"),
        color_of("lehenga", "blue"),
        color_of("choli", "blue"),
        color_of("dupatta", "gold"),
        details("choli", "the choli has a tie-up at the back with tassels"),
        Q.pattern("pure color"),
        gender="Girls",
        title="SAKA DESIGNS Girls Royal Blue & Gold-Toned Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Blue",
    ),
    # Boy: grey kurta with a small black print, black pyjama. VQA adapter: grey for everything, the experiments' old
    # failure.
    case(
        "X1433-029",
        wearing("a grey shirt and grey pants", "other_garment_color"),
        color_of("kurta", "grey"),
        color_of("pyjama", "grey", "other_garment_color"),
        Q.pattern("graphic"),
        Q.sleeve_length("long-sleeve"),
        gender="Boys",
        title="YK Boys Grey & Black Printed Kurta with Pyjama",
        category="Kurta Sets",
        color="Grey",
    ),
    # Girl: maroon velvet kurta, maroon sharara, pink net dupatta. VQA adapter: the wearing and material answers
    # loop.
    case(
        "X1433-030",
        wearing(
            "a maroon top and a maroon skirt with a pink dupatta and a maroon top and a maroon skirt with a pink"
            " dupatta and a",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "maroon"),
        color_of("sharara", "maroon"),
        color_of("dupatta", "pink"),
        Q.material(
            "velvet and velvet and velvet and velvet and velvet and velvet and velvet and velvet and velvet and velvet"
            " and velvet and velvet and velvet and velvet and velvet",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Girls",
        title="Bitiya by Bhama Girls Maroon Velvet Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Boy holding a toy car: navy jodhpuri bandhgala with a brooch on the left and gold buttons, navy trousers (no
    # shirt shows). VQA adapter: the wearing answer loops; the rest is right.
    case(
        "X1433-031",
        wearing(
            "a navy blue suit and a white shirt and a navy blue suit and a white shirt and a navy blue suit and a"
            " white",
            "loop",
            hit_limit=True,
        ),
        color_of("bandhgala", "navy blue"),
        color_of("trousers", "navy blue"),
        Q.garment_type("suit"),
        details("bandhgala", "the bandhgala has a brooch on the left side and gold buttons"),
        Q.sleeve_length("long-sleeve"),
        gender="Boys",
        title="Vastramay Boys Navy Blue Self Design Jodhpuri Bandhgala with Trousers",
        category="Suits",
        color="Navy Blue",
    ),
    # Girl: white chikankari kurta with floral embroidery, pink sharara. VQA adapter: "no" for the sharara's details.
    case(
        "X1433-032",
        wearing("a white kurta and pink sharara"),
        color_of("kurta", "white"),
        color_of("sharara", "pink"),
        details("sharara", "no", "non_answer"),
        describe("kurta", "it is a white kurta with embroidery"),
        gender="Girls",
        title="KISAH Girls White & Pink Chikankari Embroidered Kurta with Sharara",
        category="Kurta Sets",
        color="White",
    ),
    # Boy: multicolored patchwork kurta, white pyjama. VQA adapter: the details loop on "patchwork".
    case(
        "X1433-033",
        wearing("a colorful shirt and white pants"),
        color_of("kurta", "multicolor"),
        color_of("pyjama", "white"),
        Q.pattern("color block"),
        details(
            "kurta",
            "the kurta has a patchwork of different colors and a patchwork of different colors and a patchwork of"
            " different colors and a",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="Cutiekins Boys Multicoloured Patchwork Kurta with Pyjama",
        category="Kurta Sets",
        color="Multi",
    ),
    # Girl: gold tissue lehenga, peach choli, peach net dupatta. VQA adapter: cotton is invented (tissue).
    case(
        "X1433-034",
        wearing("a gold skirt and a pink top"),
        color_of("lehenga", "gold"),
        color_of("choli", "peach"),
        color_of("dupatta", "peach"),
        Q.material("cotton", "unsupported"),
        is_a("lehenga", "yes"),
        gender="Girls",
        title="Fashion Dream Girls Gold-Toned & Peach Tissue Lehenga Choli with Net Dupatta",
        category="Lehenga Choli",
        color="Gold",
    ),
    # Boy: sea-green kurta, white pyjama. VQA adapter: blue for the kurta, a color nothing in the photo has.
    case(
        "X1433-035",
        wearing("a green kurta and white pyjamas"),
        color_of("kurta", "blue", "contradiction"),
        color_of("pyjama", "white"),
        Q.sleeve_length("long-sleeve"),
        is_a("kurta", "yes"),
        gender="Boys",
        title="Jashvi Boys Sea Green Solid Kurta with Pyjama",
        category="Kurta Sets",
        color="Sea Green",
    ),
    # Girl: pink angrakha kurta with a side tie, pink floral palazzos, gold juttis. VQA adapter: the details loop on
    # "tie-up"; the palazzos' color is right but the prompt format came back with it (kept raw).
    case(
        "X1433-036",
        wearing("a pink dress"),
        color_of("kurta", "pink"),
        color_of("palazzos", "pink Question: What is the color of the palazzos? Answer: pink", "leak"),
        Q.pattern("floral"),
        details(
            "kurta",
            "the kurta has an angrakha with a tie-up and a tie-up with a tie-up with a tie-up with a tie-up with a",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Biba Girls Pink Floral Printed Angrakha Kurta with Palazzos",
        category="Kurta Sets",
        color="Pink",
    ),
    # Boy: gold zari-embroidered sherwani, cream churidar, maroon dupatta over the shoulder. VQA adapter: the
    # churidar gets the sherwani's gold; the details are cut at the limit.
    case(
        "X1433-037",
        wearing("a man wearing a gold sherwani and a red scarf"),
        color_of("sherwani", "gold"),
        color_of("churidar", "gold", "other_garment_color"),
        color_of("dupatta", "maroon"),
        is_a("sherwani", "yes"),
        details(
            "sherwani",
            "the sherwani has a lot of zari embroidery on the front, the collar, the cuffs and the hem, and it is lined"
            " with a satin",
            "cut",
            hit_limit=True,
        ),
        gender="Boys",
        title="Aj DEZInES Boys Gold-Toned Embroidered Sherwani Set with Churidar & Dupatta",
        category="Sherwani",
        color="Gold",
    ),
    # Girl with a short bob: lime green kurta, lime green sharara, white dupatta with a lace border. VQA adapter: "he"
    # for the girl; the dupatta gets green.
    case(
        "X1433-038",
        wearing("he is wearing a green kurta and green pants", "pronoun"),
        color_of("kurta", "green"),
        color_of("sharara", "green"),
        color_of("dupatta", "green", "other_garment_color"),
        details("dupatta", "the dupatta has a lace border"),
        gender="Girls",
        title="Pspeaches Girls Lime Green Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Lime Green",
    ),
    # Boy: beige pathani kurta with a shirt collar and a chest pocket, beige salwar. VQA adapter: linen is invented
    # (the title says cotton).
    case(
        "X1433-039",
        wearing("a beige shirt and beige pants"),
        color_of("kurta", "beige"),
        color_of("salwar", "beige"),
        Q.garment_type("shirt"),
        details("kurta", "the kurta has a shirt collar and a pocket on the chest"),
        Q.material("linen", "unsupported"),
        gender="Boys",
        title="Vastramay Boys Beige Solid Pure Cotton Pathani Kurta with Salwar",
        category="Kurta Sets",
        color="Beige",
    ),
    # Girl: turquoise lehenga, turquoise blouse, pink dupatta. VQA adapter: the wearing answer comes back in the
    # prompt format; the closed answers are right.
    case(
        "X1433-040",
        wearing(
            "a blue lehenga choli Question: What is the color of the lehenga? Answer: blue Question: What is the color"
            " of the",
            "leak",
            hit_limit=True,
        ),
        color_of("lehenga", "blue"),
        color_of("blouse", "blue"),
        color_of("dupatta", "pink"),
        is_a("lehenga", "yes"),
        gender="Girls",
        title="SAKA DESIGNS Girls Turquoise Blue Embroidered Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Turquoise Blue",
    ),
    # Boy: cream kurta, cream pyjama, red jacquard waistcoat with a mandarin collar and gold buttons. VQA adapter:
    # the wearing answer is cut at the limit; the pyjama gets the waistcoat's red.
    case(
        "X1433-041",
        wearing(
            "a red vest and a white shirt and white pants, the vest has a mandarin collar and gold buttons down the"
            " front and a",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "cream"),
        color_of("waistcoat", "red"),
        color_of("pyjama", "red", "other_garment_color"),
        Q.sleeve_length("long-sleeve"),
        gender="Boys",
        title="YK Boys Cream-Coloured Kurta with Pyjama & Red Jacquard Waistcoat",
        category="Kurta Sets",
        color="Red",
    ),
    # Girl (no color column): cream kurta with mirror work, cream palazzo, red-and-yellow bandhani dupatta. VQA
    # adapter: the dupatta's details are only the question back.
    case(
        "X1433-042",
        wearing("a white kurta with a colorful scarf"),
        color_of("kurta", "cream"),
        color_of("palazzo", "cream"),
        color_of("dupatta", "multicolor"),
        details("dupatta", "the dupatta is a dupatta", "restated"),
        Q.sleeve_length("long-sleeve"),
        gender="Girls",
        title="Bitiya by Bhama Girls Cream-Coloured Mirror Work Kurta with Palazzo & Bandhani Dupatta",
        category="Kurta Sets",
    ),
    # Boy sitting on a wooden stool (no category column): light blue kurta with embroidery on the collar and placket,
    # white pyjama, brown kolhapuri sandals. VQA adapter: the pyjama gets the sandals' brown; the cuffs and hem are
    # plain, so the details invent; the wearing answer ran to the limit but ends on a whole phrase and is all true,
    # so it is left unmarked.
    case(
        "X1433-043",
        wearing(
            "a light blue kurta with embroidery on the collar, white pajamas and a pair of brown kolhapuri sandals,"
            " sitting on a wooden stool",
            hit_limit=True,
        ),
        color_of("kurta", "blue"),
        color_of("pyjamas", "brown", "other_garment_color"),
        details(
            "kurta", "the kurta has embroidery on the collar and the placket and the cuffs and the hem", "unsupported"
        ),
        is_a("kurta", "yes"),
        gender="Boys",
        title="Jashvi Boys Light Blue Embroidered Kurta with Pyjamas",
        color="Blue",
    ),
    # Girl, haldi look: yellow kurta with gota-patti trims, yellow sharara, yellow dupatta with a gota border (all
    # really yellow). VQA adapter: the wearing answer is cut at the limit.
    case(
        "X1433-044",
        wearing(
            "a yellow kurta with gotta patti work, a yellow sharara and a yellow dupatta with gotta patti border and a",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "yellow"),
        color_of("sharara", "yellow"),
        color_of("dupatta", "yellow"),
        Q.pattern("pure color"),
        gender="Girls",
        title="KISAH Girls Yellow Gotta Patti Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Boy: purple silk-blend kurta, gold-toned dhoti pants. VQA adapter: the dhoti called a skirt.
    case(
        "X1433-045",
        wearing("a purple shirt and a gold skirt", "contradiction"),
        color_of("kurta", "purple"),
        color_of("dhoti", "gold"),
        Q.material("silk"),
        Q.sleeve_length("long-sleeve"),
        is_a("kurta", "yes"),
        gender="Boys",
        title="VASTRAMAY Boys Purple & Gold-Toned Silk Blend Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Purple",
    ),
]
