"""BLIND_1217 (45 products; Myntra kids' ethnic wear, VQA adapter, each piece's color): written blind in the sixty-first
session. Measured blind at 1ef79ed (the session's sixth rules): 65/78 failures found (83.3%) and 8/160 correct texts
flagged (5.0%). The writer's notes, verbatim:

Scenario: a Myntra feed of kids' ethnic wear (kurta sets with pyjama, churidar, dhoti pants, sharara or palazzo;
lehenga cholis and pattu pavadai; sherwanis; anarkalis and ethnic gowns; a Nehru jacket; a veshti set). Columns as the
feed has them: title, category (Myntra's article type: Kurta Sets, Lehenga Choli, Sherwani, Kurtas, Ethnic Dresses,
Nehru Jackets, Clothing Set), color (base colour) and gender (Boys / Girls); a few rows lack one of them. Photos are
the usual kids' catalog shots: a child on a plain backdrop in the whole set, sometimes with a styling piece that is
not sold (leggings, a kurta and pyjama under a jacket), two flat lays, two back views, a baby lying on a sheet, props
(a toy car, a stool, a crate, a potli bag, a garland).
Who wrote what: every text is the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA on Salesforce/blip2-opt-2.7b, 8-bit,
greedy, 30 new tokens, the run cuts at a newline when the model emits one). The run asks no caption. It asks "What
is the child wearing?" (the baby for the infant set), then "What is the color of the <piece>?" for each piece the
title names, free generation (stored open), then one to three of: the closed garment type / pattern / sleeve length,
the material, "Is this a <garment>?", "What are the <piece> details?". Because the adapter was trained on unmasked
labels with no end-of-answer, many answers run on to the limit: loops, sentences cut mid-phrase, or a new
"Question: ... Answer:" written after the answer.
Labeling conventions and judgement calls: judged against the photo I imagined (the comment) and the title. The
In-shop class names are accepted for ethnic pieces: shirt or top for a kurta, pants for pyjama / churidar / salwar /
palazzo / sharara / dhoti pants, skirt for a lehenga or pavadai, vest or jacket for a Nehru jacket, suit or jacket
for a sherwani. "dress" is accepted for a lehenga choli, an anarkali and an ethnic gown, and marked contradiction for
a kurta whose separate bottoms the photo shows plainly; "shorts" or "skirt" for a dhoti / veshti, "romper" for a
two-piece and a wrong sleeve length are contradiction. Near colors are accepted: cream / off-white as white, maroon
as red, mustard / gold as yellow, navy / teal / turquoise as blue, lavender as purple, magenta / fuchsia as pink,
rust as orange, olive / mint as green. A color that belongs to another piece of the outfit (sold or styling) is
other_garment_color; a color taken from a prop is contradiction. Material against the title's fabric is
contradiction; a material the title does not give and the photo cannot settle is unsupported; a detail the photo
cannot show (the front of a back view, a bow, a pocket that is not there) is unsupported. "nothing" to the wearing
question on a flat lay is marked non_answer (true of the photo, useless as data); "yes" to an open question, an
empty answer, a garment name ("pants") or the piece's name ("the dupatta") given for a color are non_answer; "the
details of the kurta" and "the dhoti pants are dhoti pants" are restated. A run-on that writes "Question:" or
"Answer:" again is leak even when it was also cut or repeats; loops, cuts and leaks that ran the 30 tokens carry
hit_limit. One label per text, the most visible fault. The short color answers are mostly right, the long open
answers mostly run on, so failures come out at about a third of the texts.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import case, color_of, details, is_a, wearing


def col(garment, text, failure=None, hit_limit=False):
    """The run's free-generation color question for one piece (stored open)."""
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


def wear(text, failure=None, hit_limit=False, who="the child"):
    return wearing(text, failure, who=who, hit_limit=hit_limit)


BLIND_1217 = [
    # Boy of about six, front, grey backdrop: yellow kurta with a small white block print, white pyjama, brown
    # mojaris. VQA adapter wrote all texts.
    case(
        "X1217-001",
        wear(
            "a yellow kurta and white pants and a yellow kurta and white pants and a yellow kurta and white pants and a"
            " yellow kurta and",
            "loop",
            hit_limit=True,
        ),
        col("kurta", "yellow"),
        col("pyjama", "yellow", "other_garment_color"),
        B.sleeve_length("long sleeve"),
        B.pattern("printed"),
        gender="Boys",
        title="YK Boys Yellow & White Printed Kurta with Pyjamas",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Girl, front, white backdrop: green lehenga with gold zari embroidery at the hem, pink blouse, pink net dupatta
    # over one shoulder. VQA adapter wrote all texts.
    case(
        "X1217-002",
        wear("a green skirt and a pink top"),
        col("lehenga", "green"),
        col("blouse", "pink"),
        col(
            "dupatta",
            "pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink",
            "loop",
            hit_limit=True,
        ),
        is_a("lehenga", "yes"),
        details(
            "lehenga",
            "gold embroidery on the hem and a pink blouse with a round neck and short sleeves and a pink dupatta with a"
            " gold border on the",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        title="Jashvi Girls Green & Pink Embroidered Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Green",
    ),
    # Boy, front, one hand in his pocket: maroon kurta with a sheen, cream pyjama, beige-and-gold printed Nehru
    # jacket over the kurta. VQA adapter wrote all texts.
    case(
        "X1217-003",
        wear(
            "a maroon shirt and a gold vest and white pants and a maroon shirt and a gold vest and white pants and a"
            " maroon",
            "loop",
            hit_limit=True,
        ),
        col("kurta", "maroon"),
        col("jacket", "maroon", "other_garment_color"),
        col("pyjama", "white"),
        B.garment_type("vest", "contradiction"),
        gender="Boys",
        title="VASTRAMAY Boys Maroon Solid Kurta with Pyjamas & Nehru Jacket",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Boy, front: cream knee-length sherwani with gold thread embroidery on the collar and placket, cream churidar,
    # maroon stole over the right shoulder (part of the set). VQA adapter wrote all texts.
    case(
        "X1217-004",
        wear("a white suit with a red scarf"),
        col("sherwani", "white"),
        col(
            "churidar",
            "white Question: What is the color of the stole? Answer: maroon Question: What is the color of the"
            " churidar? Answer",
            "leak",
            hit_limit=True,
        ),
        col("stole", "maroon"),
        details(
            "sherwani",
            "the sherwani has a mandarin collar and gold embroidery on the front and the sleeves and the collar and"
            " the sleeves and the collar and the sleeves and",
            "loop",
            hit_limit=True,
        ),
        is_a("sherwani", "yes"),
        gender="Boys",
        title="Aj DEZInES Boys Cream-Coloured Embroidered Sherwani Set",
        category="Sherwani",
        color="Cream",
    ),
    # Girl, front, peach backdrop: pink flared anarkali kurta with a small floral print, three-quarter sleeves; white
    # leggings (styling, not sold), silver juttis. VQA adapter wrote all texts.
    case(
        "X1217-005",
        wear(
            "she is wearing a pink dress and white leggings and silver shoes and she is wearing a pink dress and white"
            " leggings and silver",
            "loop",
            hit_limit=True,
        ),
        col("kurta", "pink"),
        B.color("pink white"),
        B.pattern("floral"),
        B.sleeve_length(
            "three-quarter sleeve Question: What is the pattern of the garment? Answer: floral Question: What is"
            " the color of the",
            "leak",
            hit_limit=True,
        ),
        gender="Girls",
        title="Sangria Girls Pink Floral Printed Anarkali Kurta",
        category="Kurtas",
        color="Pink",
    ),
    # Girl with a short bob, front: mustard kurta with white block print, white palazzos with a mustard printed
    # border, mustard-and-pink dupatta with tassels. VQA adapter wrote all texts.
    case(
        "X1217-006",
        wear("he is wearing a yellow kurta and white pants", "pronoun"),
        col("kurta", "yellow"),
        col("palazzos", "white"),
        col("dupatta", "yellow and pink"),
        details("kurta", "the details of the kurta", "restated"),
        gender="Girls",
        title="Biba Girls Mustard Yellow Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Flat lay on white, no model: indigo blue cotton kurta, round neck with a short button placket, white thread
    # buttons, long sleeves, no pocket. VQA adapter wrote all texts.
    case(
        "X1217-007",
        col("kurta", "blue"),
        B.material(
            "cotton Question: What is the sleeve length of the garment? Answer: long sleeve Question: What is the"
            " pattern of the garment",
            "leak",
            hit_limit=True,
        ),
        B.sleeve_length("long sleeve"),
        B.garment_type("shirt"),
        details("kurta", "the kurta has a pocket on the chest", "unsupported"),
        gender="Boys",
        title="Fabindia Kids Boys Blue Cotton Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Girl, front: red lehenga with gold foil print, red choli with a gold border, gold net dupatta across the front.
    # VQA adapter wrote all texts.
    case(
        "X1217-008",
        wear(
            "a red and gold lehenga and a red blouse with a gold border and a gold dupatta and a red and gold lehenga"
            " and a red blouse with",
            "loop",
            hit_limit=True,
        ),
        col("lehenga", "red"),
        col("choli", "red"),
        col("dupatta", "red", "other_garment_color"),
        B.pattern("printed"),
        gender="Girls",
        title="YK Girls Red & Gold-Toned Printed Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Red",
    ),
    # Boy, front: plain white kurta with a mandarin collar and button placket, white churidar; black sunglasses
    # pushed up on his head (prop). VQA adapter wrote all texts.
    case(
        "X1217-009",
        wear("a white shirt and white pants and sunglasses"),
        col("kurta", "white"),
        col("churidar", "white"),
        B.sleeve_length("long sleeve"),
        details(
            "kurta",
            "the kurta has a mandarin collar and a button placket and a mandarin collar and a button placket and a"
            " mandarin collar and a button",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Boys",
        title="KID1 Boys White Solid Kurta with Churidar",
        category="Kurta Sets",
        color="White",
    ),
    # Girl, front: sea-green knee-length kurta with mirror work on the yoke, sharara in the same green, pink dupatta
    # over both arms. VQA adapter wrote all texts.
    case(
        "X1217-010",
        wear("a green kurta and pants with a pink scarf"),
        col("kurta", "green"),
        col("sharara", "green"),
        col("dupatta", "green", "other_garment_color"),
        details(
            "kurta",
            "mirror work on the neckline and the sleeves and the hem of the kurta and the sharara and the dupatta has a"
            " pink border with a gold",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        title="Bitiya by Bhama Girls Green Embroidered Straight Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Sea Green",
    ),
    # Boy, front: navy sherwani with gold buttons and a gold brooch, off-white churidar, gold mojaris. VQA adapter
    # wrote all texts.
    case(
        "X1217-011",
        wear("a blue suit with gold buttons"),
        col("sherwani", "blue"),
        col("churidar", "blue", "other_garment_color"),
        B.garment_type("jacket"),
        is_a("sherwani", "no", "contradiction"),
        gender="Boys",
        title="Readiprint Fashions Boys Navy Blue & Gold-Toned Sherwani Set",
        category="Sherwani",
        color="Navy Blue",
    ),
    # Girl, front, holding a small gold potli bag (prop): peach ankle-length flared gown, sleeveless, sequinned
    # yoke; plain back not shown. VQA adapter wrote all texts.
    case(
        "X1217-012",
        wear("a peach dress and a gold purse"),
        col(
            "dress",
            "peach Answer: peach Answer: peach Answer: peach Answer: peach Answer: peach Answer: peach Answer: peach"
            " Answer: peach Answer: peach Answer:",
            "leak",
            hit_limit=True,
        ),
        B.sleeve_length("sleeveless"),
        B.pattern("solid"),
        details("dress", "the dress has a bow at the back", "unsupported"),
        gender="Girls",
        title="Cutiekins Girls Peach Sequinned Ethnic Gown",
        category="Ethnic Dresses",
        color="Peach",
    ),
    # Girl, front: lavender lehenga with silver sequins, lavender choli, white net dupatta; the fabric looks like
    # georgette, the title names none. VQA adapter wrote all texts.
    case(
        "X1217-013",
        wear("a purple lehenga"),
        col("lehenga", "purple"),
        col("choli", "", "non_answer"),
        col("dupatta", "white"),
        is_a("lehenga", "yes"),
        B.material("silk", "unsupported"),
        gender="Girls",
        title="pspeaches Girls Lavender Embellished Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Lavender",
    ),
    # Boy sitting on a wooden stool (prop): bottle-green short kurta, cream dhoti pants. VQA adapter wrote all texts.
    case(
        "X1217-014",
        wear(
            "a green shirt and white pants Question: What is the color of the kurta? Answer: green Question: What is"
            " the color",
            "leak",
            hit_limit=True,
        ),
        col("kurta", "green"),
        col("dhoti pants", "white"),
        B.garment_type("shirt"),
        details("dhoti pants", "the dhoti pants have details", "restated"),
        gender="Boys",
        title="YK Boys Green Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Green",
    ),
    # Boy, front: black kurta with a mandarin collar, white pyjama, black-and-gold paisley print Nehru jacket, brown
    # kolhapuri sandals. VQA adapter wrote all texts.
    case(
        "X1217-015",
        wear(
            "a black kurta with a mandarin collar and a black and gold printed jacket over it and white pyjamas and"
            " brown sandals with a gold",
            "cut",
            hit_limit=True,
        ),
        col("kurta", "black"),
        col("jacket", "black and gold"),
        col(
            "pyjama",
            "black Question: What is the color of the jacket? Answer: black Question: What is the color of the"
            " pants? Answer",
            "leak",
            hit_limit=True,
        ),
        B.sleeve_length("long sleeve"),
        gender="Boys",
        title="Aj DEZInES Boys Black Kurta with Pyjamas & Printed Nehru Jacket",
        category="Kurta Sets",
        color="Black",
    ),
    # Girl, front, a marigold garland in her hands (prop): hip-length yellow kurti with gotta patti lace, yellow
    # sharara clearly flared below it, yellow dupatta with a gold border. VQA adapter wrote all texts.
    case(
        "X1217-016",
        wear("a yellow dress", "contradiction"),
        col("kurta", "yellow"),
        col("sharara", "yellow"),
        col(
            "dupatta",
            "yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "gold lace on the neckline and the hem"),
        gender="Girls",
        title="Jashvi Girls Yellow Gotta Patti Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Flat lay on white: orange kurta folded at the sleeves, white dhoti folded in a square beside it. VQA adapter
    # wrote all texts.
    case(
        "X1217-017",
        wear("an orange shirt and white shorts", "contradiction"),
        col("kurta", "orange"),
        col("dhoti", "white"),
        B.material("cotton"),
        is_a("dhoti", "no", "contradiction"),
        gender="Boys",
        title="BownBee Boys Orange Cotton Kurta with Dhoti",
        category="Kurta Sets",
        color="Orange",
    ),
    # Girl, front, hair in a braid with jasmine: magenta silk skirt with a wide gold zari border, green silk blouse
    # with gold border, puff sleeves. VQA adapter wrote all texts.
    case(
        "X1217-018",
        wear("a pink skirt and a green top"),
        col(
            "skirt",
            "pink and gold and pink and gold and pink and gold and pink and gold and pink and gold and pink and gold"
            " and pink and",
            "loop",
            hit_limit=True,
        ),
        col("blouse", "pink", "other_garment_color"),
        B.material("silk"),
        B.sleeve_length("short sleeve"),
        gender="Girls",
        title="Sethukrishna Girls Magenta & Green Silk Pattu Pavadai with Blouse",
        category="Lehenga Choli",
        color="Magenta",
    ),
    # Boy, front, hand on hip: turquoise sherwani with self jacquard, cream churidar, gold mojaris. VQA adapter wrote
    # all texts.
    case(
        "X1217-019",
        wear("a blue suit and white pants"),
        col(
            "sherwani",
            "blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue",
            "loop",
            hit_limit=True,
        ),
        col(
            "churidar",
            "white Question: Is this a sherwani? Answer: yes Question: What are the sherwani details? Answer: the"
            " sherwani has a",
            "leak",
            hit_limit=True,
        ),
        details("sherwani", "the sherwani has a mandarin collar and a button placket"),
        B.pattern("solid"),
        gender="Boys",
        title="The Magic Wand Boys Turquoise Blue Jacquard Sherwani with Churidar",
        category="Sherwani",
        color="Turquoise Blue",
    ),
    # Girl, front: off-white chikankari kurta with three-quarter sleeves, pink sharara. VQA adapter wrote all texts.
    case(
        "X1217-020",
        wear("a white shirt and pink pants"),
        col("kurta", "white"),
        col("sharara", "pink"),
        B.pattern("embroidered"),
        details(
            "kurta",
            "the kurta has a round neck and three-quarter sleeves and a round neck and three-quarter sleeves and a"
            " round neck and three-quarter sleeves",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="YK Girls Off White & Pink Chikankari Kurta with Sharara",
        category="Kurta Sets",
        color="Off White",
    ),
    # Back view of a boy: maroon velvet Nehru jacket, the cream kurta's hem showing below it, cream pyjama. Nothing
    # of the front is visible. VQA adapter wrote all texts.
    case(
        "X1217-021",
        wear("a maroon jacket and white pants"),
        col("jacket", "maroon"),
        col("kurta", "maroon", "other_garment_color"),
        col("pyjama", "white"),
        details("jacket", "the jacket has buttons on the front", "unsupported"),
        gender="Boys",
        title="Kinder Kids Boys Cream Kurta Pyjama with Maroon Velvet Nehru Jacket",
        category="Kurta Sets",
        color="Cream",
    ),
    # Girl, front: blue cotton kurta with white buti print, three-quarter sleeves, white salwar. VQA adapter wrote
    # all texts.
    case(
        "X1217-022",
        wear("a blue top and white pants"),
        col("kurta", "blue"),
        col("salwar", "pants", "non_answer"),
        B.pattern("printed"),
        B.material("cotton"),
        B.sleeve_length("short sleeve", "contradiction"),
        gender="Girls",
        title="Fabindia Kids Girls Blue Printed Cotton Kurta with Salwar",
        category="Kurta Sets",
        color="Blue",
    ),
    # Boy, front: gold silk kurta, white dhoti with a narrow gold border. VQA adapter wrote all texts.
    case(
        "X1217-023",
        wear("a gold shirt and a white dhoti"),
        col("kurta", "yellow"),
        col("dhoti", "gold", "other_garment_color"),
        B.material("silk"),
        is_a("kurta", "yes"),
        gender="Boys",
        title="Ethnovog Boys Gold-Toned Silk Kurta with Dhoti",
        category="Kurta Sets",
        color="Gold",
    ),
    # Girl, front: rust anarkali kurta with a gold border at the flared hem, rust churidar, beige dupatta with a rust
    # border. Back not shown. VQA adapter wrote all texts.
    case(
        "X1217-024",
        wear("an orange dress"),
        col("kurta", "orange"),
        col("churidar", "orange"),
        col("dupatta", "the dupatta", "non_answer"),
        details(
            "kurta",
            "the kurta has a flared hem with a gold border and a round neck with a keyhole opening at the back and the"
            " sleeves are three-quarter length with a",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        title="Biba Girls Rust Orange Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Rust",
    ),
    # Boy, front, holding a red toy car (prop): navy kurta with small white polka dots, white pyjama. Feed row has no
    # gender. VQA adapter wrote all texts.
    case(
        "X1217-025",
        wear("a blue shirt and white pants"),
        col("kurta", "blue"),
        col("pyjama", "white"),
        B.pattern("polka dot"),
        is_a("kurta", "yes"),
        title="YK Boys Navy Blue Polka Dot Printed Kurta with Pyjamas",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # Girl, front: pink lehenga with a green border, green choli with short sleeves, pink dupatta. VQA adapter wrote
    # all texts.
    case(
        "X1217-026",
        wear("a pink and green dress"),
        col("lehenga", "pink"),
        col("choli", "green"),
        col("dupatta", "green", "other_garment_color"),
        B.sleeve_length("short sleeve"),
        details("lehenga", "yes", "non_answer"),
        gender="Girls",
        title="Aj DEZInES Girls Pink & Green Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Pink",
    ),
    # Boy with shoulder-length hair, front: mustard kurta with a faint sheen, white pyjama. VQA adapter wrote all
    # texts.
    case(
        "X1217-027",
        wear("she is wearing a yellow kurta and white pants", "pronoun"),
        col("kurta", "yellow"),
        col("pyjama", "white"),
        B.material("cotton", "contradiction"),
        B.sleeve_length("long sleeve"),
        gender="Boys",
        title="VASTRAMAY Boys Mustard Silk Blend Kurta with Pyjamas",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Girl, front: teal long-sleeved ethnic gown, gold printed dupatta over one shoulder. VQA adapter wrote all texts.
    case(
        "X1217-028",
        wear("a blue dress"),
        col("gown", "blue"),
        col("dupatta", "blue", "other_garment_color"),
        B.garment_type("dress"),
        details(
            "gown",
            "the gown has a round neck and long sleeves and a flared hem and a round neck and long sleeves and a"
            " flared hem and a round",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Sangria Girls Teal Blue Ethnic Gown with Dupatta",
        category="Ethnic Dresses",
        color="Teal",
    ),
    # Boy, front: peach kurta, cream pyjama, cream-and-gold brocade Nehru jacket. VQA adapter wrote all texts.
    case(
        "X1217-029",
        wear("a pink shirt, a white vest and white pants"),
        col("kurta", "peach"),
        col(
            "jacket",
            "gold and white and gold and white and gold and white and gold and white and gold and white and gold and"
            " white and gold",
            "loop",
            hit_limit=True,
        ),
        col("pyjama", "peach", "other_garment_color"),
        is_a("jacket", "yes"),
        gender="Boys",
        title="Readiprint Fashions Boys Peach Kurta with Pyjamas & Brocade Nehru Jacket",
        category="Kurta Sets",
        color="Peach",
    ),
    # Girl, front: maroon velvet lehenga with a gold border, gold blouse, maroon dupatta. VQA adapter wrote all texts.
    case(
        "X1217-030",
        wear(
            "a red velvet dress Question: What is the color of the lehenga? Answer: red Question: What is the color of"
            " the",
            "leak",
            hit_limit=True,
        ),
        col("lehenga", "red"),
        col("blouse", "gold"),
        col("dupatta", "red"),
        B.material("velvet"),
        details(
            "lehenga",
            "the lehenga has gold embroidery on the border and a gold border on the border and a gold border on the"
            " border and a gold border on",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Jashvi Girls Maroon Velvet Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Maroon",
    ),
    # Boy, front: grey jacquard Nehru jacket with a welt pocket (the product) over a white kurta and white pyjama
    # (styling, not sold). VQA adapter wrote all texts.
    case(
        "X1217-031",
        wear("a grey vest and a white shirt"),
        col("jacket", "grey"),
        B.color("white", "other_garment_color"),
        B.garment_type("vest"),
        is_a("jacket", "yes"),
        details("jacket", "the jacket has a mandarin collar and a pocket square", "unsupported"),
        gender="Boys",
        title="KID1 Boys Grey Jacquard Nehru Jacket",
        category="Nehru Jackets",
        color="Grey",
    ),
    # Girl, front: mint sleeveless kurti, mint sharara, white organza dupatta. VQA adapter wrote all texts.
    case(
        "X1217-032",
        wear("a green top and green pants and a white scarf"),
        col("kurta", "green"),
        col("sharara", "green"),
        col("dupatta", "white"),
        B.sleeve_length("sleeveless"),
        B.pattern("solid"),
        gender="Girls",
        title="Bitiya by Bhama Girls Mint Green Solid Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Sea Green",
    ),
    # Boy, front: off-white sherwani with maroon embroidery on the collar and cuffs, off-white churidar, red safa
    # (turban, part of the set). VQA adapter wrote all texts.
    case(
        "X1217-033",
        wear("a white suit and a red turban"),
        col("sherwani", "white"),
        col("churidar", "red", "other_garment_color"),
        col("safa", "red"),
        details(
            "sherwani",
            "maroon embroidery on the collar and the cuffs and the front placket and the hem and the churidar is white"
            " and the safa is red with a",
            "cut",
            hit_limit=True,
        ),
        is_a("sherwani", "yes"),
        gender="Boys",
        title="YK Boys Off White Embroidered Sherwani with Churidar & Safa",
        category="Sherwani",
        color="Off White",
    ),
    # Girl, front: knee-length yellow kurta with pink and green flowers, plain green palazzo clearly below it. VQA
    # adapter wrote all texts.
    case(
        "X1217-034",
        wear("a yellow floral dress", "contradiction"),
        col("kurta", "yellow"),
        col(
            "palazzo",
            "green Question: What is the color of the kurta? Answer: yellow Question: What is the pattern of the"
            " garment? Answer: floral",
            "leak",
            hit_limit=True,
        ),
        B.pattern("floral"),
        B.sleeve_length("short sleeve"),
        gender="Girls",
        title="pspeaches Girls Yellow Floral Printed Kurta with Palazzo",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Baby lying on a white sheet, seen from above: red kurta, gold dhoti pants. VQA adapter wrote all texts.
    case(
        "X1217-035",
        wear("a red shirt and gold pants", who="the baby"),
        col("kurta", "red"),
        col("dhoti pants", "red", "other_garment_color"),
        is_a("kurta", "yes"),
        B.garment_type("romper", "contradiction"),
        gender="Boys",
        title="Kinder Kids Infant Boys Red Kurta with Gold-Toned Dhoti Pants",
        category="Kurta Sets",
        color="Red",
    ),
    # Girl, front: frock-style ethnic dress in a red, yellow and green bandhani print, short sleeves. Back not shown.
    # Feed row has no color. VQA adapter wrote all texts.
    case(
        "X1217-036",
        wear("a colorful dress"),
        col("dress", "red, yellow and green"),
        B.pattern("polka dot"),
        B.sleeve_length("short sleeve"),
        details(
            "dress",
            "the dress has a round neck with a keyhole and a tie-up at the back and a flared skirt with a gota border"
            " and a",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        title="Cutiekins Girls Multicoloured Bandhani Printed Ethnic Dress",
        category="Ethnic Dresses",
    ),
    # Boy sitting on a brown wooden crate (prop): olive kurta, beige pyjama. VQA adapter wrote all texts.
    case(
        "X1217-037",
        wear("a green shirt and beige pants"),
        col("kurta", "green"),
        col("pyjama", "brown", "contradiction"),
        B.sleeve_length("long sleeve"),
        is_a("kurta", "yes"),
        gender="Boys",
        title="YK Boys Olive Green Kurta with Beige Pyjamas",
        category="Kurta Sets",
        color="Olive",
    ),
    # Girl, front: white short kurti with a small blue print, blue dhoti pants. VQA adapter wrote all texts.
    case(
        "X1217-038",
        wear("a white top and blue pants"),
        col("kurti", "blue", "other_garment_color"),
        col("dhoti pants", "blue"),
        B.pattern("printed"),
        B.sleeve_length("short sleeve"),
        details("dhoti pants", "the dhoti pants are dhoti pants", "restated"),
        gender="Girls",
        title="YK Girls White Printed Kurti with Blue Dhoti Pants",
        category="Kurta Sets",
        color="White",
    ),
    # Boy, front, hands clasped: black indo-western sherwani with an asymmetric hem and a gold brooch, black
    # trousers. VQA adapter wrote all texts.
    case(
        "X1217-039",
        wear("a black suit"),
        col("sherwani", "black"),
        col("trousers", "black"),
        details(
            "sherwani",
            "Question: What are the sherwani details? Answer: the sherwani has a brooch and a mandarin collar Question:"
            " What are the",
            "leak",
            hit_limit=True,
        ),
        B.garment_type("jacket"),
        gender="Boys",
        title="Aj DEZInES Boys Black & Gold-Toned Indo Western Sherwani with Trousers",
        category="Sherwani",
        color="Black",
    ),
    # Girl, front: purple anarkali kurta with gold lace, gold churidar, purple dupatta. VQA adapter wrote all texts.
    case(
        "X1217-040",
        wear("a purple dress"),
        col("kurta", "purple"),
        col("churidar", "purple", "other_garment_color"),
        col("dupatta", "purple"),
        details(
            "kurta",
            "the kurta has gold lace on the neckline and the sleeves and the hem and the neckline and the sleeves and"
            " the hem and the neckline and the",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Sangria Girls Purple & Gold-Toned Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Purple",
    ),
    # Boy, front: cream silk half-sleeve shirt, cream veshti wrapped to the ankles with a gold border. VQA adapter
    # wrote all texts.
    case(
        "X1217-041",
        wear("a white shirt and a white skirt", "contradiction"),
        col("shirt", "white"),
        col(
            "veshti",
            "white with a gold border and a white shirt with a gold border and a white shirt with a gold border and a"
            " white shirt with a gold",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length("short sleeve"),
        B.material("silk"),
        gender="Boys",
        title="Sethukrishna Boys Cream Silk Shirt with Veshti",
        category="Clothing Set",
        color="Cream",
    ),
    # Flat lay on white: red bandhani lehenga skirt spread out, yellow choli above it, red-and-yellow dupatta folded
    # along the side. VQA adapter wrote all texts.
    case(
        "X1217-042",
        wear("nothing", "non_answer"),
        col("lehenga", "red"),
        col("choli", "yellow"),
        col("dupatta", "red and yellow"),
        B.pattern("polka dot"),
        gender="Girls",
        title="Bitiya by Bhama Girls Red & Yellow Bandhani Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Red",
    ),
    # Girl, front: fuchsia lehenga with layered ruffles, fuchsia choli with puff sleeves, no dupatta. Feed row has no
    # category. VQA adapter wrote all texts.
    case(
        "X1217-043",
        wear("a pink dress with ruffles"),
        col("lehenga", "pink"),
        col("choli", "pink"),
        B.sleeve_length("short sleeve"),
        details(
            "lehenga",
            "ruffles ruffles ruffles ruffles ruffles ruffles ruffles ruffles ruffles ruffles ruffles ruffles ruffles"
            " ruffles ruffles",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="pspeaches Girls Fuchsia Ruffled Lehenga Choli",
        color="Fuchsia",
    ),
    # Boy, front: white kurta, white pyjama, green floral print Nehru jacket with a mandarin collar. VQA adapter wrote
    # all texts.
    case(
        "X1217-044",
        wear("a white shirt, a green vest and white pants"),
        col("kurta", "green", "other_garment_color"),
        col("jacket", "green"),
        col("pyjama", "white"),
        B.pattern(
            "floral Question: What is the sleeve length of the garment? Answer: long sleeve Question: What is the"
            " material of the",
            "leak",
            hit_limit=True,
        ),
        details("jacket", "the jacket has a floral print and a mandarin collar"),
        gender="Boys",
        title="BownBee Boys White Kurta Pyjama with Green Floral Printed Nehru Jacket",
        category="Kurta Sets",
        color="Green",
    ),
    # Back view of a girl: gold silk lehenga, pink choli with a tasselled dori tie at the back, pink dupatta over one
    # arm. Nothing of the front is visible. VQA adapter wrote all texts.
    case(
        "X1217-045",
        wear("a gold skirt and a pink top"),
        col("lehenga", "gold"),
        col("choli", "pink"),
        col("dupatta", "pink"),
        details("choli", "the choli has a sweetheart neckline", "unsupported"),
        B.material("silk"),
        gender="Girls",
        title="Ethnovog Girls Gold-Toned & Pink Silk Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Gold",
    ),
]
