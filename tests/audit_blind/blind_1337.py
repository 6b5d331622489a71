"""BLIND_1337 (45 products; Myntra kids' ethnic wear, VQA piece colors): written blind in the sixty-third session.
Measured blind at 97437fb (the session's sixth rules): 57/71 failures found (80.3%) and 4/169 correct texts flagged
(2.4%). The writer's notes, verbatim:

Scenario: a Myntra kids' ethnic wear feed (kurta sets, kurta-dhoti sets, sharara and palazzo sets, anarkalis, lehenga
cholis, a pattu pavadai, sherwanis). The photos are the catalog's usual shots: a child model on a plain white or grey
backdrop wearing the whole set (mojaris, a safa or a brooch now and then), two flat lays, two back views, and props
(a flute, a brass diya, a stool, a swing with marigolds, a cane chair). The catalog columns are title, category
(Myntra's article type), color (base colour) and gender (Boys / Girls); a few rows lack one of them, as feeds do.
Who wrote what: every text is the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA on Salesforce/blip2-opt-2.7b), greedy,
30 new tokens, free generation, one prompt at a time in the `Question: ... Answer:` format. No caption: the run did
not caption, since VQA-only training broke captions. Each product was asked what the person wears, the color of every
piece the title names (kurta, pyjamas, churidar, dupatta, lehenga, choli, jacket, stole...), and one to three of: the
yes/no garment question on the title's garment, pattern, sleeve length, material, garment type, and now and then a
describe/details question. Most answers came out short (the adapter learned to emit padding after the answer, which
decodes to nothing); the rest ran on to the token limit as loops or leaked the next In-shop training question.
The adapter only knows In-shop vocabulary (shirt, pants, skirt, dress, top, jacket, scarf) and the vendor color style
(cream-red, peach-gold).
Labeling conventions and judgement calls: an In-shop garment word is right where it fits the piece: shirt/top for a
kurta or kurti, pants for pyjamas/churidar/salwar/palazzos/sharara/dhoti pants, skirt for a lehenga, coat or jacket
for a sherwani, vest for a Nehru jacket, scarf for a dupatta or stole. "dress" is right for an anarkali or a flared
kurta (they are worn and photographed as one long piece) and for an ethnic gown, and wrong (contradiction) for a
lehenga choli set, a straight kurta with palazzos, and for dhoti pants called shorts. Near colors count as right:
maroon/red, mustard/yellow, cream/off white/white, magenta/pink, lavender/purple, rust/brown, teal/blue, silver/grey;
navy called black and sea green called blue are wrong (contradiction). A piece given the color of another piece of
the set is other_garment_color; a color taken from a prop (marigolds) is contradiction. "no" to "Is this a lehenga /
kurta / sherwani?" on that product is contradiction. A loop that also carries the wrong color is labeled loop; a
leak that also carries the wrong color is labeled leak. A material the title does not state and the product is not
made of is unsupported; "cotton" on a "Pure Cotton" title and "velvet" on a velvet title are right. An empty answer,
an answer that only names the piece, and "yes" to a color question are non_answer; a description that only repeats
the piece's name is restated. "she" for a boy and "he" for a girl are pronoun. Every loop, cut and leak ran to 30
tokens and is marked hit_limit. Fewer than four in ten texts are wrong here: most sets are one or two plain colors
and a one-word color answer is often right; the errors cluster on the second and third pieces of a set.
"""

from tests.audit_corpus import BLIND_QUESTIONS, case, color_of, describe, details, is_a, wearing


def col(garment: str, text: str, failure: str | None = None, hit_limit: bool = False):
    """The per-piece color question, free generation (stored open)."""
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


Q = BLIND_QUESTIONS

BLIND_1337 = [
    # Truth: boy on a white backdrop in a cream silk-blend kurta, a maroon Nehru jacket and cream pyjamas, brown
    # mojaris. All texts: VQA adapter. The jacket's maroon given to the pyjamas; "cotton" invented.
    case(
        "X1337-001",
        wearing("a jacket and pants"),
        col("kurta", "cream"),
        col("nehru jacket", "maroon"),
        col("pyjamas", "maroon", "other_garment_color"),
        is_a("kurta", "yes"),
        Q.material("cotton", "unsupported"),
        gender="Boys",
        title="VASTRAMAY Boys Cream-Coloured Kurta with Pyjamas & Maroon Nehru Jacket",
        category="Kurta Sets",
        color="Cream",
    ),
    # Truth: girl in a pink flared lehenga with a gold gota border, pink short-sleeved blouse, pink net dupatta with a
    # gold border over one shoulder. All texts: VQA adapter. Lehenga answer loops.
    case(
        "X1337-002",
        wearing("a pink dress", "contradiction"),
        col(
            "lehenga",
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink "
            "pink pink pink pink pink pink pink pink pink",
            "loop",
            hit_limit=True,
        ),
        col("blouse", "pink"),
        col("dupatta", "pink"),
        Q.sleeve_length("short sleeve"),
        is_a("lehenga", "yes"),
        gender="Girls",
        title="Bitiya by Bhama Girls Pink & Gold-Toned Embroidered Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Pink",
    ),
    # Truth: boy in an off-white sherwani with gold embroidery on the collar and placket, off-white churidar, a maroon
    # stole draped over the shoulder, gold mojaris. All texts: VQA adapter. Stole given the sherwani's white.
    case(
        "X1337-003",
        wearing("a white coat and white pants"),
        col("sherwani", "white"),
        col("churidar", "white"),
        col("stole", "white", "other_garment_color"),
        is_a("sherwani", "yes"),
        Q.garment_type("coat"),
        gender="Boys",
        title="Jashvi Boys Off White & Gold-Toned Embroidered Sherwani Set",
        category="Sherwani",
        color="Off White",
    ),
    # Truth: girl in a calf-length yellow anarkali with a small floral print, white churidar, yellow dupatta with a
    # green border. All texts: VQA adapter. Churidar given the kurta's yellow; the dupatta answer leaks the next
    # training question.
    case(
        "X1337-004",
        wearing("a yellow dress with a floral print"),
        col("kurta", "yellow"),
        col("churidar", "yellow", "other_garment_color"),
        col(
            "dupatta",
            "yellow Question: What is the color of the pants? Answer: white Question: What is the color of the pants? "
            "Answer: white Question: What",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("floral"),
        gender="Girls",
        title="Biba Girls Yellow Floral Printed Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Truth: boy in a navy straight kurta with a mandarin collar and long sleeves, white pyjamas, white backdrop.
    # All texts: VQA adapter. Pyjamas given the kurta's navy.
    case(
        "X1337-005",
        wearing("a blue shirt and white pants"),
        col("kurta", "navy"),
        col("pyjamas", "navy", "other_garment_color"),
        is_a("kurta", "yes"),
        Q.sleeve_length("long sleeve"),
        Q.pattern("solid"),
        gender="Boys",
        title="YK Boys Navy Blue Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # Truth: girl in a green lehenga with a pink embroidered border, pink choli, pink dupatta on a grey backdrop.
    # All texts: VQA adapter. Choli given the lehenga's green; "no" to the lehenga question; the plain lehenga
    # with one embroidered border called striped.
    case(
        "X1337-006",
        wearing("a green skirt and a pink top"),
        col("lehenga", "green"),
        col("choli", "green", "other_garment_color"),
        col("dupatta", "pink"),
        is_a("lehenga", "no", "contradiction"),
        Q.pattern("striped", "contradiction"),
        gender="Girls",
        title="Aj DEZInES Girls Green & Pink Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Green",
    ),
    # Truth: boy in a yellow kurta and white calf-length dhoti pants, holding a flute (Janmashtami shot).
    # All texts: VQA adapter. Dhoti pants called shorts; the yes/no answer loops.
    case(
        "X1337-007",
        wearing("a yellow shirt and white shorts", "contradiction"),
        col("kurta", "yellow"),
        col("dhoti", "white"),
        is_a(
            "kurta",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="Pspeaches Boys Yellow & White Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Truth: girl on a grey backdrop in a peach georgette kurti with mirror work and three-quarter sleeves, peach
    # sharara, peach organza dupatta; all three pieces really are the same peach. All texts: VQA adapter. Material
    # invented (the set is georgette and organza, the title says nothing).
    case(
        "X1337-008",
        wearing("a peach blouse and peach pants"),
        col("kurti", "peach"),
        col("sharara", "peach"),
        col("dupatta", "peach"),
        Q.material("cotton", "unsupported"),
        is_a("kurta", "yes"),
        gender="Girls",
        title="KID1 Girls Peach-Coloured Embroidered Kurti with Sharara & Dupatta",
        category="Kurta Sets",
        color="Peach",
    ),
    # Truth: boy in a maroon self-design sherwani with gold buttons, cream churidar and a maroon safa (turban).
    # All texts: VQA adapter. Sherwani color loops; "no" to the sherwani question.
    case(
        "X1337-009",
        wearing("a red jacket and white pants"),
        col(
            "sherwani",
            "maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon",
            "loop",
            hit_limit=True,
        ),
        col("churidar", "cream"),
        Q.garment_type("jacket"),
        is_a("sherwani", "no", "contradiction"),
        gender="Boys",
        title="House of Pataudi Boys Maroon Self Design Sherwani with Churidar",
        category="Sherwani",
        color="Maroon",
    ),
    # Truth: girl in a straight calf-length blue kurta with white floral block print and short sleeves, white
    # palazzos with a blue print. All texts: VQA adapter. Kurta-and-palazzos called a dress; sleeves said sleeveless
    # (only the photo shows it); the details answer is cut at the limit.
    case(
        "X1337-010",
        wearing("a blue and white dress", "contradiction"),
        col("kurta", "blue"),
        col("palazzos", "white"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless", "contradiction"),
        details(
            "kurta",
            "the kurta has a round neck and short sleeves and a floral print on the front and a slit on the side and "
            "a slit on the back and the",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        title="Sangria Girls Blue & White Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Blue",
    ),
    # Truth: flat lay on a wooden floor, a green cotton kurta and white pyjamas, no person. All texts: VQA adapter,
    # all right.
    case(
        "X1337-011",
        wearing("a green shirt and white pants"),
        col("kurta", "green"),
        col("pyjamas", "white"),
        Q.material("cotton"),
        is_a("kurta", "yes"),
        gender="Boys",
        title="Fabindia Kids Boys Green Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Green",
    ),
    # Truth: girl in a red lehenga with gold embroidery, red short-sleeved choli, gold net dupatta. All texts: VQA
    # adapter. Wearing answer loops; dupatta given the lehenga's red.
    case(
        "X1337-012",
        wearing(
            "a red dress with gold embroidery and a gold scarf and a red dress with gold embroidery and a gold scarf "
            "and a red",
            "loop",
            hit_limit=True,
        ),
        col("lehenga", "red"),
        col("choli", "red"),
        col("dupatta", "red", "other_garment_color"),
        Q.sleeve_length("short sleeve"),
        is_a("lehenga", "yes"),
        gender="Girls",
        title="Jashvi Girls Red & Gold-Toned Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Red",
    ),
    # Truth: boy in a black pathani kurta with a shirt collar and long sleeves, black salwar, black juttis.
    # All texts: VQA adapter. Both pieces really are black; the sleeve answer loops.
    case(
        "X1337-013",
        wearing("a black shirt and black pants"),
        col("kurta", "black"),
        col("salwar", "black"),
        is_a("kurta", "yes"),
        Q.sleeve_length(
            "long sleeve long sleeve long sleeve long sleeve long sleeve long sleeve long sleeve long sleeve long "
            "sleeve long sleeve long sleeve long sleeve long sleeve long sleeve long sleeve",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="Aj DEZInES Boys Black Solid Pathani Kurta with Salwar",
        category="Kurta Sets",
        color="Black",
    ),
    # Truth: girl in a sleeveless lavender floor-length gown with sequins on the yoke, holding the skirt out.
    # All texts: VQA adapter, all right.
    case(
        "X1337-014",
        wearing("a purple dress"),
        col("gown", "purple"),
        Q.garment_type("dress"),
        is_a("gown", "yes"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        gender="Girls",
        title="Pspeaches Girls Lavender Embellished Anarkali Ethnic Gown",
        category="Ethnic Dresses",
        color="Lavender",
    ),
    # Truth: boy in a white kurta, white pyjamas and a blue paisley-printed Nehru jacket. All texts: VQA adapter.
    # Kurta given the jacket's blue.
    case(
        "X1337-015",
        wearing("a blue jacket and white pants"),
        col("kurta", "blue", "other_garment_color"),
        col("nehru jacket", "blue"),
        col("pyjamas", "white"),
        is_a("jacket", "yes"),
        gender="Boys",
        title="Sangria Boys White Kurta with Pyjamas & Blue Printed Nehru Jacket",
        category="Kurta Sets",
        color="White",
    ),
    # Truth: back view, girl in a mustard lehenga with a green floral print and a green short-sleeved choli with a
    # tie-up dori back, no dupatta. All texts: VQA adapter. Choli given the lehenga's yellow; the yes/no answer leaks
    # the next question.
    case(
        "X1337-016",
        wearing("a yellow skirt and a green top"),
        col("lehenga", "yellow"),
        col("choli", "yellow", "other_garment_color"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeve"),
        is_a(
            "lehenga",
            "yes Question: Is this a skirt? Answer: yes Question: Is this a skirt? Answer: yes Question: Is this a "
            "skirt? Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Girls",
        title="YK Girls Mustard Yellow & Green Printed Lehenga Choli",
        category="Lehenga Choli",
        color="Mustard",
    ),
    # Truth: boy in a cream jacquard sherwani, cream churidar, a red stole, gold mojaris; the feed row has no gender.
    # All texts: VQA adapter. The set is polyester jacquard: "silk" is invented; the yes/no answer leaks.
    case(
        "X1337-017",
        wearing("a white coat and white pants"),
        col("sherwani", "white"),
        col("churidar", "white"),
        col("stole", "red"),
        Q.material("silk", "unsupported"),
        is_a(
            "sherwani",
            "yes Question: Is this a jacket? Answer: yes Question: Is this a jacket? Answer: yes Question: Is this a "
            "jacket? Answer:",
            "leak",
            hit_limit=True,
        ),
        title="KISAH Boys Cream-Coloured & Gold-Toned Jacquard Sherwani Set",
        category="Sherwani",
        color="Cream",
    ),
    # Truth: short-haired girl in a green straight kurta with orange ethnic motifs, orange salwar, green dupatta.
    # All texts: VQA adapter. "he" for the girl; dupatta given the salwar's orange.
    case(
        "X1337-018",
        wearing("he is wearing a green shirt and orange pants", "pronoun"),
        col("kurta", "green"),
        col("salwar", "orange"),
        col("dupatta", "orange", "other_garment_color"),
        is_a("kurta", "yes"),
        gender="Girls",
        title="Biba Girls Green Ethnic Motifs Printed Straight Kurta with Salwar & Dupatta",
        category="Kurta Sets",
        color="Green",
    ),
    # Truth: boy seated on a wooden stool in an orange kurta, cream dhoti and a cream printed jacket. All texts: VQA
    # adapter. Dhoti answer loops (on the kurta's orange).
    case(
        "X1337-019",
        wearing("an orange shirt and white pants"),
        col("kurta", "orange"),
        col(
            "dhoti",
            "orange orange orange orange orange orange orange orange orange orange orange orange orange orange orange "
            "orange orange orange orange orange orange orange orange orange orange orange orange orange orange orange",
            "loop",
            hit_limit=True,
        ),
        col("jacket", "white"),
        is_a("jacket", "yes"),
        gender="Boys",
        title="Jashvi Boys Orange & Cream Kurta with Dhoti & Jacket",
        category="Kurta Sets",
        color="Orange",
    ),
    # Truth: girl in a navy lehenga with pink floral embroidery, pink choli, pink dupatta. All texts: VQA adapter.
    # Navy read as black; the dupatta answer leaks the next question (with the black again).
    case(
        "X1337-020",
        wearing("a blue skirt and a pink top and a pink scarf"),
        col("lehenga", "black", "contradiction"),
        col("choli", "pink"),
        col(
            "dupatta",
            "pink Question: What is the color of the skirt? Answer: black Question: What is the color of the skirt? "
            "Answer: black Question: What",
            "leak",
            hit_limit=True,
        ),
        is_a("lehenga", "yes"),
        gender="Girls",
        title="Bitiya by Bhama Girls Navy Blue & Pink Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Navy Blue",
    ),
    # Truth: boy in a white cotton kurta with white chikankari embroidery and white pyjamas. All texts: VQA adapter.
    # The details answer loops.
    case(
        "X1337-021",
        wearing("a white shirt and white pants"),
        col("kurta", "white"),
        col("pyjamas", "white"),
        details(
            "kurta",
            "the kurta is white and the pyjamas are white and the kurta is white and the pyjamas are white and the "
            "kurta is white and the",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Boys",
        title="Fabindia Kids Boys White Chikankari Embroidered Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
    ),
    # Truth: girl in a short pink printed kurti and a green sharara with a gold border; the feed row has no color.
    # All texts: VQA adapter. Sharara given the kurti's pink.
    case(
        "X1337-022",
        wearing("a pink top and green pants"),
        col("kurti", "pink"),
        col("sharara", "pink", "other_garment_color"),
        is_a("kurta", "yes"),
        Q.sleeve_length("short sleeve"),
        Q.pattern("floral"),
        gender="Girls",
        title="Kinder Kids Girls Pink & Green Printed Kurti with Sharara",
        category="Kurta Sets",
    ),
    # Truth: boy in a royal blue embroidered sherwani with a brooch, white churidar. All texts: VQA adapter. Wearing
    # answer loops; the churidar answer came out empty.
    case(
        "X1337-023",
        wearing(
            "a blue jacket and white pants and a blue jacket and white pants and a blue jacket and white pants and a "
            "blue jacket and",
            "loop",
            hit_limit=True,
        ),
        col("sherwani", "blue"),
        col("churidar", "", "non_answer"),
        Q.garment_type("jacket"),
        is_a("sherwani", "yes"),
        gender="Boys",
        title="Aj DEZInES Boys Blue Embroidered Sherwani with Churidar",
        category="Sherwani",
        color="Blue",
    ),
    # Truth: flat lay, a magenta lehenga spread out, a gold choli and a folded magenta dupatta beside it.
    # All texts: VQA adapter. Choli given the lehenga's pink; "no" to the lehenga question.
    case(
        "X1337-024",
        wearing("a pink skirt and a gold top"),
        col("lehenga", "pink"),
        col("choli", "pink", "other_garment_color"),
        col("dupatta", "pink"),
        is_a("lehenga", "no", "contradiction"),
        gender="Girls",
        title="YK Girls Magenta & Gold-Toned Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Magenta",
    ),
    # Truth: boy in a sea green long-sleeved kurta and cream churidar. All texts: VQA adapter. Sea green read as blue,
    # then the churidar given the same blue.
    case(
        "X1337-025",
        wearing("a green shirt and white pants"),
        col("kurta", "blue", "contradiction"),
        col("churidar", "blue", "other_garment_color"),
        Q.sleeve_length("long sleeve"),
        is_a("kurta", "yes"),
        gender="Boys",
        title="KID1 Boys Sea Green Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Sea Green",
    ),
    # Truth: girl in an off-white anarkali with pink floral threadwork, pink churidar, pink dupatta. All texts: VQA
    # adapter. Dupatta given the kurta's white; "denim" invented.
    case(
        "X1337-026",
        wearing("a white dress with pink flowers"),
        col("kurta", "white"),
        col("churidar", "pink"),
        col("dupatta", "white", "other_garment_color"),
        Q.pattern("floral"),
        Q.material("denim", "unsupported"),
        gender="Girls",
        title="Bitiya by Bhama Girls Off White Embroidered Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Off White",
    ),
    # Truth: back view, boy in a long-sleeved mustard kurta and white pyjamas. All texts: VQA adapter. Pyjamas answer
    # right, then leaks the next question; "no" to the kurta question.
    case(
        "X1337-027",
        wearing("a yellow shirt and white pants"),
        col("kurta", "yellow"),
        col(
            "pyjamas",
            "white Question: What is the color of the shirt? Answer: yellow Question: What is the color of the shirt? "
            "Answer: yellow Question: What",
            "leak",
            hit_limit=True,
        ),
        is_a("kurta", "no", "contradiction"),
        Q.sleeve_length("long sleeve"),
        gender="Boys",
        title="VASTRAMAY Boys Mustard Yellow Kurta with Pyjamas",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Truth: girl in a lime green lehenga, a sleeveless lime green blouse and a sheer pink cape. All texts: VQA
    # adapter. Lehenga set called a dress.
    case(
        "X1337-028",
        wearing("a green dress and a pink jacket", "contradiction"),
        col("lehenga", "green"),
        col("blouse", "green"),
        col("cape", "pink"),
        Q.sleeve_length("sleeveless"),
        gender="Girls",
        title="Pspeaches Girls Lime Green Embellished Lehenga & Blouse with Cape",
        category="Lehenga Choli",
        color="Lime Green",
    ),
    # Truth: boy in a peach sherwani, cream churidar and a peach stole with a gold border; the feed row has no
    # category. All texts: VQA adapter. Churidar given the sherwani's peach; stole answer loops.
    case(
        "X1337-029",
        wearing("a pink coat and white pants"),
        col("sherwani", "peach"),
        col("churidar", "peach", "other_garment_color"),
        col(
            "stole",
            "peach-gold-gold-gold-gold-gold-gold-gold-gold-gold-gold-gold-gold-gold-gold",
            "loop",
            hit_limit=True,
        ),
        is_a("sherwani", "yes"),
        gender="Boys",
        title="Jashvi Boys Peach-Coloured Sherwani Set with Stole",
        color="Peach",
    ),
    # Truth: girl in a rust kurta with three-quarter sleeves, rust palazzos, a cream printed dupatta. All texts: VQA
    # adapter. The dupatta answer only names the piece.
    case(
        "X1337-030",
        wearing("an orange shirt and orange pants"),
        col("kurta", "brown"),
        col("palazzos", "brown"),
        col("dupatta", "the dupatta", "non_answer"),
        Q.sleeve_length("three-quarter sleeve"),
        gender="Girls",
        title="Sangria Girls Rust Orange Solid Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Rust",
    ),
    # Truth: boy in a maroon silk-blend woven kurta and cream pyjamas, holding a lit brass diya. All texts: VQA
    # adapter. "yes" to the pyjamas' color.
    case(
        "X1337-031",
        wearing("a red shirt and white pants"),
        col("kurta", "red"),
        col("pyjamas", "yes", "non_answer"),
        Q.material("silk"),
        Q.pattern("solid"),
        is_a("kurta", "yes"),
        gender="Boys",
        title="YK Boys Maroon Woven Design Kurta with Pyjamas",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Truth: girl sitting on a swing decorated with orange marigolds, in a yellow lehenga with a pink border, a yellow
    # choli and a pink dupatta. All texts: VQA adapter. Dupatta given the marigolds' orange; yes/no answer loops.
    case(
        "X1337-032",
        wearing("a yellow skirt and a yellow top"),
        col("lehenga", "yellow"),
        col("choli", "yellow"),
        col("dupatta", "orange", "contradiction"),
        is_a(
            "lehenga",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Aj DEZInES Girls Yellow & Pink Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Yellow",
    ),
    # Truth: boy in a white kurta, white churidar and a navy Nehru jacket; the feed row has no gender. All texts: VQA
    # adapter. Jacket given the kurta's white; the kurta's long sleeves called short (only the photo shows it).
    case(
        "X1337-033",
        wearing("a blue vest and white pants"),
        col("kurta", "white"),
        col("churidar", "white"),
        col("nehru jacket", "white", "other_garment_color"),
        Q.sleeve_length("short sleeve", "contradiction"),
        title="Sangria Boys White Kurta with Churidar & Navy Blue Nehru Jacket",
        category="Kurta Sets",
        color="White",
    ),
    # Truth: girl in a teal flared kurta with a small floral print and short sleeves, white leggings. All texts: VQA
    # adapter. The kurta color loops.
    case(
        "X1337-034",
        wearing("a blue dress and white leggings"),
        col(
            "kurta",
            "teal teal teal teal teal teal teal teal teal teal teal teal teal teal teal teal teal teal teal teal teal "
            "teal teal teal teal teal teal teal teal teal",
            "loop",
            hit_limit=True,
        ),
        col("leggings", "white"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeve"),
        is_a("kurta", "yes"),
        gender="Girls",
        title="Biba Girls Teal Blue Printed Flared Kurta with Leggings",
        category="Kurta Sets",
        color="Teal",
    ),
    # Truth: boy in a black sherwani with silver embroidery, white churidar, a silver stole. All texts: VQA adapter.
    # Churidar given the sherwani's black; the description runs on and is cut.
    case(
        "X1337-035",
        wearing("a black jacket and white pants and a white scarf"),
        col("sherwani", "black"),
        col("churidar", "black", "other_garment_color"),
        col("stole", "grey"),
        Q.garment_type("jacket"),
        describe(
            "sherwani",
            "black with silver embroidery on the collar and the sleeves and the front of the jacket and the back of "
            "the jacket and the",
            "cut",
            hit_limit=True,
        ),
        gender="Boys",
        title="House of Pataudi Boys Black Embroidered Sherwani with Churidar & Stole",
        category="Sherwani",
        color="Black",
    ),
    # Truth: girl in a white kurti with mirror work, white sharara, a pink-and-green leheriya dupatta. All texts: VQA
    # adapter. Dupatta given the set's white; the dupatta description only repeats the piece's name.
    case(
        "X1337-036",
        wearing("a white top and white pants"),
        col("kurti", "white"),
        col("sharara", "white"),
        col("dupatta", "white", "other_garment_color"),
        describe("dupatta", "the dupatta is a dupatta that is worn with the dupatta", "restated"),
        gender="Girls",
        title="KID1 Girls White Embroidered Kurti with Sharara & Dupatta",
        category="Kurta Sets",
        color="White",
    ),
    # Truth: boy in a yellow kurta with a small blue elephant print and blue pyjamas. All texts: VQA adapter.
    # Pyjamas given the kurta's yellow.
    case(
        "X1337-037",
        wearing("a yellow shirt and blue pants"),
        col("kurta", "yellow"),
        col("pyjamas", "yellow", "other_garment_color"),
        Q.pattern("graphic"),
        is_a("kurta", "yes"),
        gender="Boys",
        title="KID1 Boys Yellow Printed Kurta with Pyjamas",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Truth: girl in a purple lehenga, a sleeveless gold choli and a purple dupatta. All texts: VQA adapter. Wearing
    # answer loops; choli given the lehenga's purple; the sleeve answer came out empty.
    case(
        "X1337-038",
        wearing(
            "a purple skirt and a gold top and a purple scarf and a purple skirt and a gold top and a purple scarf "
            "and a",
            "loop",
            hit_limit=True,
        ),
        col("lehenga", "purple"),
        col("choli", "purple", "other_garment_color"),
        col("dupatta", "purple"),
        Q.sleeve_length("", "non_answer"),
        gender="Girls",
        title="Jashvi Girls Purple & Gold-Toned Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Purple",
    ),
    # Truth: boy, hands in pockets, in an indigo cotton kurta with a white dabu print and white pyjamas. All texts:
    # VQA adapter. The pyjamas answer gives the kurta's blue and leaks the next question.
    case(
        "X1337-039",
        wearing("a blue shirt and white pants"),
        col("kurta", "blue"),
        col(
            "pyjamas",
            "blue Question: What is the color of the pants? Answer: blue Question: What is the color of the pants? "
            "Answer: blue Question: What",
            "leak",
            hit_limit=True,
        ),
        Q.material("cotton"),
        is_a("kurta", "yes"),
        gender="Boys",
        title="Fabindia Kids Boys Indigo Printed Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # Truth: girl in a red embroidered anarkali, gold palazzos, red dupatta. All texts: VQA adapter. Wearing answer
    # loops; palazzos given the kurta's red; "no" to the kurta question.
    case(
        "X1337-040",
        wearing(
            "a red dress with gold embroidery and gold pants and a red scarf with gold embroidery and gold pants and a "
            "red scarf with gold",
            "loop",
            hit_limit=True,
        ),
        col("kurta", "red"),
        col("palazzos", "red", "other_garment_color"),
        col("dupatta", "red"),
        is_a("kurta", "no", "contradiction"),
        gender="Girls",
        title="Pspeaches Girls Red Embroidered Anarkali Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Red",
    ),
    # Truth: long-haired boy in a knee-length pink kurta with long sleeves and a white churidar. All texts: VQA
    # adapter. "she" for the boy (and the straight kurta called a dress in the same answer).
    case(
        "X1337-041",
        wearing("she is wearing a pink dress and white leggings", "pronoun"),
        col("kurta", "pink"),
        col("churidar", "white"),
        Q.sleeve_length("long sleeve"),
        is_a("kurta", "yes"),
        gender="Boys",
        title="Aj DEZInES Boys Pink Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Pink",
    ),
    # Truth: girl in a bottle green velvet lehenga with zari embroidery, a full-sleeved green velvet choli, a gold net
    # dupatta. All texts: VQA adapter. Wearing answer runs on and is cut mid-phrase.
    case(
        "X1337-042",
        wearing(
            "a green velvet skirt with gold embroidery and a green top with gold embroidery and a gold scarf with a "
            "gold border and a green",
            "cut",
            hit_limit=True,
        ),
        col("lehenga", "green"),
        col("choli", "green"),
        col("dupatta", "gold"),
        Q.material("velvet"),
        Q.sleeve_length("long sleeve"),
        gender="Girls",
        title="Bitiya by Bhama Girls Green Velvet Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Green",
    ),
    # Truth: boy in a cream kurta with a red border at the hem and cuffs, and a red dhoti. All texts: VQA adapter.
    # Wearing answer loops.
    case(
        "X1337-043",
        wearing(
            "a white shirt with a red collar and red pants with a white shirt with a red collar and red pants with a "
            "white shirt with a red",
            "loop",
            hit_limit=True,
        ),
        col("kurta", "cream-red"),
        col("dhoti", "red"),
        is_a("dhoti", "yes"),
        gender="Boys",
        title="Jashvi Boys Cream-Coloured & Red Kurta with Dhoti",
        category="Kurta Sets",
        color="Cream",
    ),
    # Truth: girl in a mustard silk pattu pavadai (long skirt) with a maroon zari border and a maroon blouse.
    # All texts: VQA adapter. Blouse given the skirt's yellow.
    case(
        "X1337-044",
        wearing("a yellow skirt with a red border and a red top"),
        col("pavadai", "yellow"),
        col("blouse", "yellow", "other_garment_color"),
        Q.material("silk"),
        is_a("lehenga", "yes"),
        gender="Girls",
        title="ahalyaa Girls Mustard & Maroon Silk Blend Pattu Pavadai Set",
        category="Lehenga Choli",
        color="Mustard",
    ),
    # Truth: boy standing next to a small cane chair in a teal sherwani with copper buttons and cream breeches.
    # All texts: VQA adapter. The breeches answer starts right and runs on until cut.
    case(
        "X1337-045",
        wearing("a blue coat and white pants"),
        col("sherwani", "blue"),
        col(
            "breeches",
            "white and the sherwani is blue and the buttons are gold and the collar is blue and the sleeves are blue "
            "and the",
            "cut",
            hit_limit=True,
        ),
        is_a("sherwani", "yes"),
        Q.garment_type("jacket"),
        gender="Boys",
        title="KISAH Boys Teal Blue Sherwani with Breeches",
        category="Sherwani",
        color="Teal",
    ),
]
