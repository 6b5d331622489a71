"""BLIND_1169 (45 products; Myntra kids' ethnic wear, VQA adapter, each piece's color asked): written blind in the
sixty-first session. Measured blind at f95d293 (the session's first rules): 51/72 failures found (70.8%) and 22/188
correct texts flagged (11.7%). The writer's notes, verbatim:

Scenario: a Myntra kids' ethnic wear feed (kurta sets, dhoti kurtas, Nehru-jacket sets, sherwanis, lehenga cholis,
anarkalis, sharara sets, ethnic gowns and dresses for boys and girls). Mostly a child model on a plain backdrop, front
view, wearing the product with mojaris or bangles; now and then a flat lay, a back view, or a prop in frame (a potli
bag, a diya, a marigold garland, a paper lantern, a toy truck, a wooden chair, a pink backdrop). Catalog columns as
the feed has them: title, category (Myntra article type: Kurta Sets, Lehenga Choli, Sherwani, Ethnic Dresses), color
(base colour) and gender (Boys / Girls); one row lacks gender, one lacks category, one lacks color.
Who wrote what: every text is from the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA on blip2-opt-2.7b), free
generation, greedy, 30 new tokens, cut at the first newline. The job does not caption with this adapter, so there is
no caption. It asks "What is the person wearing?", the color of each piece of the set by name (kurta, pyjama,
churidar, dupatta, stole, Nehru jacket, lehenga, blouse/choli, sharara, palazzos, safa...), sometimes "Is this a
...?", the blind closed questions (type, color, pattern, sleeve length, material) and the details of one piece.
The adapter answers in In-shop vocabulary ("blouse/shirt", "jacket/coat", "romper/jumpsuit") and short vendor-style
colors; with no end-of-answer token it sometimes loops or runs into the next "Question: ... Answer:" of its training
format, and its women-heavy training data gives boys "she".
Labeling conventions and judgement calls: judged against the photo I imagined (comment above each case) and the
title. The nearest In-shop class counts as right when it fits what is seen: "blouse/shirt" for a kurta, "dress" for
an anarkali or gown (and for a girl's long kurta), "skirt" for a lehenga, "jacket/coat" or "vest" for a sherwani or
Nehru jacket, "scarf" for a dupatta, "hat" for a safa. "romper/jumpsuit" for a two-piece set, "no" to "Is this a
kurta/sherwani?" when it is one, and "yes" to "Is this a lehenga?" for a gown are contradiction. A near hue counts as
right (teal called blue, rust called orange, cream called white, lavender called purple); peach called pink does not
(the seller says Peach and the kurta is plainly peach). A piece given the color of another piece of the set is
other_garment_color; a piece given the color of a prop or the backdrop is contradiction. A wearing answer that names
only one piece of a set is incomplete but right. A pattern, pocket, button or fabric the photo does not show (or the
title rules out) is unsupported; a back view makes front details unsupported. A sleeve answer against the photo is
contradiction. "the lehenga is green" for the lehenga's details and "the dupatta is a dupatta" are restated; "pink"
for what the person wears, "the churidar is long", an empty answer, "yes" to an open question and the question's
words back are non_answer.
Loops and cut answers that filled the 30 tokens carry hit_limit=True; leaks that stop before the limit do not.
Material answers are judged only by sheen and title: a plausible fabric is right.
"""

from tests.audit_corpus import BLIND_QUESTIONS as BQ
from tests.audit_corpus import case, color_of, details, is_a, wearing


def co(garment: str, text: str, failure: str | None = None, hit_limit: bool = False):
    """The color of one piece of the set, free generation (stored open)."""
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


BLIND_1169 = [
    # Photo: boy, front, grey backdrop: mustard yellow kurta, white pyjama, tan mojaris. All texts: VQA adapter.
    case(
        "X1169-001",
        wearing("blouse/shirt and pants"),
        co("kurta", "mustard"),
        co("pyjama", "white"),
        is_a("kurta", "yes"),
        BQ.sleeve_length("long sleeve"),
        gender="Boys",
        title="YK Boys Mustard Yellow Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Photo: girl, front, white backdrop: pink lehenga with a gold gota border at the hem, pink short-sleeved blouse,
    # peach net dupatta over one shoulder. VQA adapter; the dupatta gets the lehenga's pink.
    case(
        "X1169-002",
        wearing("skirt and blouse/shirt"),
        co("lehenga", "pink"),
        co("blouse", "pink"),
        co("dupatta", "pink", "other_garment_color"),
        details("lehenga", "gold border at the hem"),
        BQ.pattern("solid"),
        gender="Girls",
        title="Bitiya by Bhama Girls Pink & Gold-Toned Gotta Patti Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Pink",
    ),
    # Photo: boy, front: cream jacquard sherwani with maroon buttons, cream churidar, maroon stole over the left
    # shoulder, maroon mojaris. VQA adapter; the stole answer loops, the yes/no says it is no sherwani.
    case(
        "X1169-003",
        wearing("jacket/coat and pants"),
        co("sherwani", "cream"),
        co("churidar", "cream"),
        co(
            "stole",
            "cream-maroon-cream-maroon-cream-maroon-cream-maroon-cream-maroon-cream-maroon-cream",
            "loop",
            hit_limit=True,
        ),
        is_a("sherwani", "no", "contradiction"),
        BQ.material("silk"),
        gender="Boys",
        title="Manyavar Boys Cream-Coloured Self Design Sherwani Set",
        category="Sherwani",
        color="Cream",
    ),
    # Photo: girl, three-quarter angle: teal anarkali kurta with gold ethnic-motif print to below the knee, teal
    # churidar, teal dupatta with a gold border, gold jhumkas. VQA adapter; the material answer runs into the
    # training format's next questions.
    case(
        "X1169-004",
        wearing("dress"),
        co("kurta", "teal"),
        co("churidar", "teal"),
        co("dupatta", "teal with gold border"),
        BQ.pattern("floral"),
        BQ.sleeve_length("three-quarter sleeve"),
        BQ.material(
            "cotton Question: What is the pattern of the garment? Answer: floral Question: What is the sleeve length "
            "of the garment? Answer",
            "leak",
            hit_limit=True,
        ),
        gender="Girls",
        title="Aj DEZInES Girls Teal Green Ethnic Motifs Printed Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Teal",
    ),
    # Photo: boy, front: orange cotton kurta, white cowl dhoti pants to mid-calf, brown kolhapuris. VQA adapter:
    # a one-piece class for a two-piece set, and the dhoti gets the kurta's orange.
    case(
        "X1169-005",
        wearing("romper/jumpsuit", "contradiction"),
        co("kurta", "orange"),
        co("dhoti pants", "orange", "other_garment_color"),
        details("dhoti pants", "loose and pleated at the front"),
        is_a("kurta", "yes"),
        gender="Boys",
        title="VASTRAMAY Boys Orange & White Solid Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Orange",
    ),
    # Photo: girl, front, a marigold garland hung behind her: yellow sleeveless short kurti with mirror work on the
    # yoke, yellow sharara, green dupatta with pink pom-poms. VQA adapter: green dupatta called yellow; "floral"
    # comes from the marigolds, the kurti is plain with mirror work.
    case(
        "X1169-006",
        wearing("yellow blouse/shirt and yellow pants"),
        co("kurti", "yellow"),
        co("sharara", "yellow"),
        co("dupatta", "yellow", "other_garment_color"),
        BQ.pattern("floral", "unsupported"),
        BQ.sleeve_length("sleeveless"),
        gender="Girls",
        title="KISAH Girls Yellow Mirror Work Kurti with Sharara & Dupatta",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Photo: boy, front: navy Nehru jacket with a small white print over a white long-sleeved kurta, white pyjama,
    # brown mojaris. VQA adapter: the wearing answer is cut at the limit; the kurta gets the jacket's navy.
    case(
        "X1169-007",
        wearing(
            "a navy blue nehru jacket with a white print over a white kurta with full sleeves and a white pyjama, "
            "brown mojaris and a",
            "cut",
            hit_limit=True,
        ),
        co("nehru jacket", "navy"),
        co("kurta", "navy blue", "other_garment_color"),
        co("pyjama", "white"),
        is_a("kurta", "yes"),
        BQ.sleeve_length("long sleeve"),
        BQ.material("cotton"),
        gender="Boys",
        title="YK Boys Navy Blue Printed Nehru Jacket with White Kurta & Pyjama",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # Photo: flat lay on white, no model: maroon velvet gown, round neck, long sleeves, gold zari embroidery on the
    # yoke only. VQA adapter: cotton for velvet; the details loop.
    case(
        "X1169-008",
        wearing("dress"),
        co("gown", "maroon"),
        BQ.material("cotton", "unsupported"),
        details(
            "gown",
            "round neck, long sleeves, gold embroidery on the yoke, gold embroidery on the sleeves, gold embroidery on "
            "the yoke, gold embroidery on the sleeves, gold",
            "loop",
            hit_limit=True,
        ),
        BQ.pattern("solid"),
        is_a("dress", "yes"),
        gender="Girls",
        title="Sangria Girls Maroon Embroidered Velvet Ethnic Gown",
        category="Ethnic Dresses",
        color="Maroon",
    ),
    # Photo: back view of a boy: sea green straight kurta, plain back, white pyjama. VQA adapter: the pyjama gets the
    # kurta's green; a back pocket that is not there.
    case(
        "X1169-009",
        wearing("he is wearing a green shirt and white pants"),
        co("kurta", "sea green"),
        co("pyjama", "green", "other_garment_color"),
        details("kurta", "side slits and a patch pocket on the back", "unsupported"),
        BQ.sleeve_length("long sleeve"),
        gender="Boys",
        title="Fabindia Boys Sea Green Cotton Straight Kurta with Pyjamas",
        category="Kurta Sets",
        color="Sea Green",
    ),
    # Photo: girl, front: patchwork lehenga in red, green and yellow blocks, red blouse, red dupatta with a mirror
    # border. VQA adapter: the wearing answer loops; the set's color given as the blouse's red.
    case(
        "X1169-010",
        wearing(
            "skirt and blouse/shirt and skirt and blouse/shirt and skirt and blouse/shirt and skirt and blouse/shirt "
            "and skirt and",
            "loop",
            hit_limit=True,
        ),
        co("lehenga", "multicolor"),
        co("blouse", "red"),
        co("dupatta", "red"),
        BQ.pattern("color block"),
        BQ.color("red", "other_garment_color"),
        gender="Girls",
        title="pspeaches Girls Multicoloured Printed Ready to Wear Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Multi",
    ),
    # Photo: boy, front: navy sherwani, gold buttons, gold embroidery on collar and cuffs, white churidar, gold stole.
    # VQA adapter: the churidar gets the sherwani's navy; the details are cut at the limit.
    case(
        "X1169-011",
        wearing("jacket/coat and pants"),
        co("sherwani", "navy"),
        co("churidar", "navy", "other_garment_color"),
        co("stole", "gold"),
        details(
            "sherwani",
            "the sherwani has a mandarin collar, gold buttons down the front, embroidery on the collar and the cuffs "
            "and a pocket on the left side of the",
            "cut",
            hit_limit=True,
        ),
        is_a("jacket", "yes"),
        gender="Boys",
        title="Ethnix by Raymond Boys Navy Blue & Gold-Toned Embroidered Sherwani with Churidar",
        category="Sherwani",
        color="Navy Blue",
    ),
    # Photo: girl, front: peach kurta with a small floral print, short sleeves, tassel tie at the neck, peach
    # palazzos. VQA adapter; the details are cut at the limit.
    case(
        "X1169-012",
        wearing("dress and pants"),
        co("kurta", "peach"),
        co("palazzos", "peach"),
        BQ.pattern("floral"),
        BQ.sleeve_length("short sleeve"),
        details(
            "kurta",
            "round neck, short sleeves, floral print all over, a straight hem with side slits and a tie-up at the neck "
            "with two tassels and the",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        title="BIBA Girls Peach-Coloured Floral Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Peach",
    ),
    # Photo: boy, front: black kurta with white thread embroidery on the collar and placket, white churidar. The
    # feed row has no gender. VQA adapter: "she" for the boy; the details loop.
    case(
        "X1169-013",
        wearing("she is wearing a black blouse/shirt and white pants", "pronoun"),
        co("kurta", "black"),
        co("churidar", "white"),
        details(
            "kurta",
            "white embroidery on the collar and the placket and the cuffs and the collar and the placket and the cuffs "
            "and the collar and the",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        title="Jashvi Boys Black Embroidered Kurta with Churidar",
        category="Kurta Sets",
        color="Black",
    ),
    # Photo: girl, front, holding a gold potli bag at her waist: lavender lehenga with silver sequins, lavender blouse,
    # lavender net dupatta. VQA adapter: the blouse given the potli's gold.
    case(
        "X1169-014",
        wearing("purple dress"),
        co("lehenga", "purple"),
        co("choli", "gold", "contradiction"),
        co("dupatta", "lavender"),
        BQ.pattern("sequined"),
        BQ.material("net"),
        gender="Girls",
        title="Readiprint Fashions Girls Lavender Sequinned Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Lavender",
    ),
    # Photo: flat lay: maroon kurta, gold brocade Nehru jacket, cream pyjama laid side by side. VQA adapter: the
    # pyjama gets the kurta's maroon; "no" to a kurta.
    case(
        "X1169-015",
        wearing("blouse/shirt, vest and pants"),
        co("kurta", "maroon"),
        co("nehru jacket", "gold"),
        co("pyjama", "maroon", "other_garment_color"),
        BQ.garment_type("blouse/shirt"),
        is_a("kurta", "no", "contradiction"),
        gender="Boys",
        title="YK Boys Maroon Kurta with Pyjamas & Printed Nehru Jacket",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Photo: girl, front, a lit brass diya on a stool beside her: red sleeveless anarkali gown with gold motif print,
    # round neck, flared hem. VQA adapter: long sleeves for a sleeveless gown; "yes" for the material.
    case(
        "X1169-016",
        wearing("red dress"),
        co("gown", "red and gold"),
        details("gown", "sleeveless, round neck and a flared hem"),
        BQ.sleeve_length("long sleeve", "contradiction"),
        BQ.pattern("ethnic motifs"),
        BQ.material("yes", "non_answer"),
        gender="Girls",
        title="Aarika Girls Red & Gold-Toned Ethnic Motifs Anarkali Gown",
        category="Ethnic Dresses",
        color="Red",
    ),
    # Photo: boy, front: lemon yellow chikankari kurta, white pyjama. VQA adapter: the wearing answer loops; the
    # pyjama gets the kurta's yellow.
    case(
        "X1169-017",
        wearing(
            "a yellow kurta and white pyjama, a yellow kurta and white pyjama, a yellow kurta and white pyjama, a "
            "yellow kurta and",
            "loop",
            hit_limit=True,
        ),
        co("kurta", "yellow"),
        co("pyjama", "yellow", "other_garment_color"),
        BQ.pattern("embroidered"),
        BQ.material("cotton"),
        gender="Boys",
        title="YK Boys Lemon Yellow Chikankari Embroidered Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Photo: girl, front: pink sleeveless A-line ethnic dress with a green yoke edged in gota lace. VQA adapter: pockets
    # the dress does not have; the material answer runs on into the next training question.
    case(
        "X1169-018",
        wearing("pink and green dress"),
        co("dress", "pink"),
        is_a("dress", "yes"),
        BQ.sleeve_length("sleeveless"),
        details("dress", "green yoke with gota lace, a flared hem and two side pockets", "unsupported"),
        BQ.material("cotton Question: What is the sleeve length of the garment? Answer: sleeveless", "leak"),
        gender="Girls",
        title="Bitiya by Bhama Girls Pink & Green Gotta Patti A-Line Ethnic Dress",
        category="Ethnic Dresses",
        color="Pink",
    ),
    # Photo: back view of a boy: maroon sherwani, cream churidar, cream stole over one shoulder. VQA adapter: "she"
    # for the boy; the stole gets the sherwani's maroon; front buttons and a pocket no back view can show.
    case(
        "X1169-019",
        wearing("she is wearing a jacket/coat", "pronoun"),
        co("sherwani", "maroon"),
        co("churidar", "cream"),
        co("stole", "maroon", "other_garment_color"),
        details("sherwani", "gold buttons and a chest pocket", "unsupported"),
        is_a("sherwani", "yes"),
        gender="Boys",
        title="Manyavar Boys Maroon Solid Sherwani Set",
        category="Sherwani",
        color="Maroon",
    ),
    # Photo: girl, front: royal blue kurta with white bandhani dots, white leggings, blue bandhani dupatta. VQA adapter:
    # the dupatta loops; "leggings" as the type of a kurta set.
    case(
        "X1169-020",
        wearing("blue dress and white leggings"),
        co("kurta", "blue"),
        co("leggings", "white"),
        co(
            "dupatta",
            "blue-white-blue-white-blue-white-blue-white-blue-white-blue-white-blue-white-blue",
            "loop",
            hit_limit=True,
        ),
        BQ.pattern("polka dot"),
        BQ.garment_type("leggings", "contradiction"),
        gender="Girls",
        title="Aj DEZInES Girls Blue Bandhani Printed Kurta with Leggings & Dupatta",
        category="Kurta Sets",
        color="Blue",
    ),
    # Photo: boy, front: off-white kurta, off-white dhoti pants, shimmering gold jacket on top. VQA adapter: the kurta
    # and the set given the jacket's gold.
    case(
        "X1169-021",
        wearing("gold vest"),
        co("kurta", "gold", "other_garment_color"),
        co("dhoti pants", "white"),
        co("jacket", "gold"),
        BQ.color("gold", "other_garment_color"),
        BQ.sleeve_length("long sleeve"),
        gender="Boys",
        title="VASTRAMAY Boys Off-White Kurta with Dhoti Pants & Golden Jacket",
        category="Kurta Sets",
        color="Off White",
    ),
    # Photo: girl, front: bottle green embroidered lehenga, green blouse with puff sleeves, pink dupatta. VQA
    # adapter: the blouse gets the dupatta's pink; the details only restate the lehenga's color.
    case(
        "X1169-022",
        wearing("green skirt and pink scarf"),
        co("lehenga", "green"),
        co("choli", "pink", "other_garment_color"),
        co("dupatta", "pink"),
        BQ.sleeve_length("short sleeve"),
        details("lehenga", "the lehenga is green", "restated"),
        gender="Girls",
        title="Sangria Girls Green & Pink Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Green",
    ),
    # Photo: boy, front, pushing a wooden toy truck: blue kurta with white block print, white pyjama. VQA adapter,
    # all right.
    case(
        "X1169-023",
        wearing("blouse/shirt and pants"),
        co("kurta", "blue and white"),
        co("pyjama", "white"),
        BQ.material("cotton"),
        BQ.pattern("printed"),
        is_a("kurta", "yes"),
        gender="Boys",
        title="Fabindia Boys Blue & White Printed Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Blue",
    ),
    # Photo: girl, front: fuchsia kurta with self embroidery at the neck, fuchsia sharara, gold tissue dupatta. VQA
    # adapter: the kurta's color loops; the dupatta gets the set's pink.
    case(
        "X1169-024",
        wearing("pink blouse/shirt and pink pants"),
        co(
            "kurta",
            "fuchsia-pink-fuchsia-pink-fuchsia-pink-fuchsia-pink-fuchsia-pink-fuchsia-pink-fuchsia",
            "loop",
            hit_limit=True,
        ),
        co("sharara", "pink"),
        co("dupatta", "pink", "other_garment_color"),
        BQ.pattern("solid"),
        gender="Girls",
        title="KISAH Girls Fuchsia Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Fuchsia",
    ),
    # Photo: boy, front: off-white sherwani with tonal embroidery on collar and placket, off-white churidar, red safa
    # with a brooch, red dupatta. VQA adapter: the churidar gets the safa's red; the details answer echoes its own
    # prompt first.
    case(
        "X1169-025",
        wearing("white suit and red hat"),
        co("sherwani", "white"),
        co("churidar", "red", "other_garment_color"),
        co("safa", "red"),
        is_a("sherwani", "yes"),
        details("sherwani", "Question: What are the sherwani details? Answer: embroidery on the collar", "leak"),
        gender="Boys",
        title="Manyavar Boys Off-White Embroidered Sherwani with Churidar & Safa",
        color="Off White",
        category="Sherwani",
    ),
    # Photo: flat lay: purple sleeveless layered net gown with a gold waistband. The feed row has no category. VQA
    # adapter: empty pattern answer; "yes" to a lehenga.
    case(
        "X1169-026",
        wearing("dress"),
        co("gown", "purple"),
        BQ.sleeve_length("sleeveless"),
        BQ.pattern("", "non_answer"),
        BQ.material("net"),
        is_a("lehenga", "yes", "contradiction"),
        gender="Girls",
        title="pspeaches Girls Purple & Gold-Toned Layered Net Ethnic Gown",
        color="Purple",
    ),
    # Photo: boy, front: plainly peach kurta, cream pyjama. VQA adapter: the color question per piece says pink, the
    # closed color question gets peach right.
    case(
        "X1169-027",
        wearing("blouse/shirt and pants"),
        co("kurta", "pink", "contradiction"),
        co("pyjama", "white"),
        BQ.color("peach"),
        BQ.sleeve_length("long sleeve"),
        gender="Boys",
        title="Jashvi Boys Peach-Coloured Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Peach",
    ),
    # Photo: back view of a girl: red embellished lehenga, red blouse tied at the back with a dori and tassels, red
    # dupatta held in her hand. VQA adapter; the pattern answer is the question's words.
    case(
        "X1169-028",
        wearing("red dress"),
        co("lehenga", "red"),
        co("blouse", "red"),
        co("dupatta", "red"),
        details("blouse", "tie-up at the back with tassels"),
        BQ.pattern("the pattern of the garment", "non_answer"),
        gender="Girls",
        title="Readiprint Fashions Girls Red Embellished Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Red",
    ),
    # Photo: boy, front: bottle green kurta, white churidar, cream Nehru jacket with a green floral print. VQA
    # adapter: the jacket gets the kurta's green.
    case(
        "X1169-029",
        wearing("green blouse/shirt, white vest and white pants"),
        co("kurta", "green"),
        co("nehru jacket", "green", "other_garment_color"),
        co("churidar", "white"),
        BQ.pattern("floral"),
        is_a("vest", "yes"),
        gender="Boys",
        title="YK Boys Green Kurta with Churidar & Printed Nehru Jacket",
        category="Kurta Sets",
        color="Green",
    ),
    # Photo: girl with a short bob, front: mustard printed kurta, mustard palazzos, maroon dupatta. VQA adapter: "he"
    # for the girl; the dupatta gets the set's mustard.
    case(
        "X1169-030",
        wearing("he is wearing a yellow kurta and yellow pants", "pronoun"),
        co("kurta", "mustard"),
        co("palazzos", "mustard"),
        co("dupatta", "mustard", "other_garment_color"),
        BQ.pattern("printed"),
        gender="Girls",
        title="BIBA Girls Mustard Yellow Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Photo: boy, front: peach sherwani with self buttons, peach churidar. VQA adapter; the material answer loops.
    case(
        "X1169-031",
        wearing("peach sherwani"),
        co("sherwani", "peach"),
        co("churidar", "peach"),
        BQ.garment_type("jacket/coat"),
        BQ.material(
            "silk and the sleeves are made of silk and the collar is made of silk and the buttons are made of silk "
            "and the",
            "loop",
            hit_limit=True,
        ),
        is_a("sherwani", "yes"),
        gender="Boys",
        title="Ethnix by Raymond Boys Peach-Coloured Sherwani with Churidar",
        category="Sherwani",
        color="Peach",
    ),
    # Photo: girl, front: sea green floral lehenga, sea green blouse, peach net dupatta with a scalloped edge. VQA
    # adapter: the color question gives the dupatta green, its details get peach right.
    case(
        "X1169-032",
        wearing("green skirt and top"),
        co("lehenga", "green"),
        co("choli", "green"),
        co("dupatta", "green", "other_garment_color"),
        BQ.pattern("floral"),
        details("dupatta", "peach net with a scalloped border"),
        gender="Girls",
        title="Aarika Girls Sea Green & Peach Floral Printed Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Sea Green",
    ),
    # Photo: boy, front, holding a paper lantern: rust kurta, mandarin collar, full sleeves, cream pyjama, brown
    # mojaris. VQA adapter; the wearing answer is cut at the limit.
    case(
        "X1169-033",
        wearing(
            "a rust kurta with a mandarin collar and full sleeves, a cream pyjama, brown mojaris and he is holding a "
            "paper lantern in his right",
            "cut",
            hit_limit=True,
        ),
        co("kurta", "orange"),
        co("pyjama", "cream"),
        is_a("kurta", "yes"),
        BQ.sleeve_length("long sleeve"),
        gender="Boys",
        title="Jashvi Boys Rust Orange Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Rust",
    ),
    # Photo: girl, front, pink backdrop, pink glass bangles: white chikankari kurta, white sharara. VQA adapter: the
    # set's color is the backdrop's pink.
    case(
        "X1169-034",
        wearing("white dress"),
        co("kurta", "white"),
        co("sharara", "white"),
        BQ.color("pink", "contradiction"),
        BQ.pattern("embroidered"),
        BQ.material("cotton"),
        gender="Girls",
        title="Fabindia Girls White Chikankari Embroidered Cotton Kurta with Sharara",
        category="Kurta Sets",
        color="White",
    ),
    # Photo: boy, front: navy kurta, white pyjama, orange and navy dupatta around the neck. VQA adapter: the pyjama
    # gets the kurta's navy; the dupatta's details restate the question.
    case(
        "X1169-035",
        wearing("navy blue blouse/shirt, white pants and an orange scarf"),
        co("kurta", "navy blue"),
        co("pyjama", "navy blue", "other_garment_color"),
        co("dupatta", "orange"),
        BQ.sleeve_length("long sleeve"),
        details("dupatta", "the dupatta is a dupatta", "restated"),
        gender="Boys",
        title="VASTRAMAY Boys Navy Blue Kurta with Pyjamas & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # Photo: girl, front, no jewellery: navy anarkali kurta with gold foil print, navy palazzos. VQA adapter:
    # earrings she does not wear; the kurta's answer leaks the next question.
    case(
        "X1169-036",
        wearing("blue dress and gold earrings", "unsupported"),
        co("kurta", "navy Question: What is the color of the palazzos? Answer: navy", "leak"),
        co("palazzos", "navy"),
        BQ.pattern("printed"),
        is_a("dress", "yes"),
        gender="Girls",
        title="Aj DEZInES Girls Navy Blue Foil Printed Anarkali Kurta with Palazzos",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # Photo: boy, front, grey backdrop: pink kurta, white churidar. VQA adapter: a color for what he wears; the
    # churidar's details say nothing.
    case(
        "X1169-037",
        wearing("pink", "non_answer"),
        co("kurta", "pink"),
        co("churidar", "white"),
        BQ.garment_type("kurta"),
        details("churidar", "the churidar is long", "non_answer"),
        gender="Boys",
        title="YK Boys Pink Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Pink",
    ),
    # Photo: flat lay: orange lehenga with mirror work at the border and a pink waistband with tasselled drawstring,
    # pink blouse, pink dupatta folded. VQA adapter: the dupatta gets the lehenga's orange; details cut.
    case(
        "X1169-038",
        wearing("skirt, blouse/shirt and scarf"),
        co("lehenga", "orange"),
        co("choli", "pink"),
        co("dupatta", "orange", "other_garment_color"),
        details(
            "lehenga",
            "mirror work on the border, a pink waistband and a drawstring with tassels at the side, and the choli has "
            "mirror work on the sleeves and",
            "cut",
            hit_limit=True,
        ),
        BQ.pattern("mirror work"),
        gender="Girls",
        title="Bitiya by Bhama Girls Orange & Pink Mirror Work Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Orange",
    ),
    # Photo: boy, front: cream kurta, cream pyjama, maroon brocade Nehru jacket. VQA adapter: the set's color is the
    # jacket's maroon (the seller and the kurta say cream).
    case(
        "X1169-039",
        wearing("he is wearing a maroon vest over a cream kurta"),
        co("kurta", "cream"),
        co("nehru jacket", "maroon"),
        co("pyjama", "cream"),
        BQ.color("maroon", "other_garment_color"),
        gender="Boys",
        title="Manyavar Boys Cream-Coloured Kurta with Pyjamas & Maroon Nehru Jacket",
        category="Kurta Sets",
        color="Cream",
    ),
    # Photo: girl, front: yellow printed A-line ethnic dress, short blue jacket with short sleeves over it. VQA
    # adapter: the dress gets the jacket's blue.
    case(
        "X1169-040",
        wearing("yellow dress and blue jacket/coat"),
        co("dress", "blue", "other_garment_color"),
        co("jacket", "blue"),
        BQ.sleeve_length("short sleeve"),
        is_a("dress", "yes"),
        BQ.pattern("printed"),
        gender="Girls",
        title="Sangria Girls Yellow & Blue Printed Ethnic Dress with Jacket",
        category="Ethnic Dresses",
        color="Yellow",
    ),
    # Photo: boy, front: red silk kurta falling to the knee, gold dhoti pants. VQA adapter: an elastic waist and
    # drawstring the kurta hides.
    case(
        "X1169-041",
        wearing("red blouse/shirt and gold pants"),
        co("kurta", "red"),
        co("dhoti pants", "gold"),
        BQ.material("silk"),
        is_a("kurta", "yes"),
        details("dhoti pants", "pleats at the front and an elastic waist with a drawstring", "unsupported"),
        gender="Boys",
        title="Aarika Boys Red & Gold-Toned Silk Blend Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Red",
    ),
    # Photo: girl, front: teal blue lehenga with gold zari, sleeveless gold blouse, teal dupatta. VQA adapter: the
    # blouse gets the lehenga's blue.
    case(
        "X1169-042",
        wearing("blue skirt and gold top"),
        co("lehenga", "blue"),
        co("choli", "blue", "other_garment_color"),
        co("dupatta", "blue"),
        is_a("lehenga", "yes"),
        BQ.color("teal"),
        BQ.sleeve_length("sleeveless"),
        gender="Girls",
        title="KISAH Girls Teal Blue Zari Woven Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Teal",
    ),
    # Photo: boy, front, one hand on a wooden chair: grey self-design sherwani, white churidar, pink stole. VQA
    # adapter: the churidar gets the sherwani's grey; the stole's details loop.
    case(
        "X1169-043",
        wearing("grey jacket/coat and white pants"),
        co("sherwani", "grey"),
        co("churidar", "grey", "other_garment_color"),
        co("stole", "pink"),
        BQ.pattern("self design"),
        details(
            "stole",
            "pink with a pink border and pink tassels and a pink border and pink tassels and a pink border and pink "
            "tassels and a pink",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="Ethnix by Raymond Boys Grey Self Design Sherwani with Churidar & Stole",
        category="Sherwani",
        color="Grey",
    ),
    # Photo: girl, front: pink kurta with white block print, three-quarter sleeves, white palazzos. VQA adapter:
    # polyester for a pure cotton set; the palazzos get the kurta's pink.
    case(
        "X1169-044",
        wearing("pink blouse/shirt and white pants"),
        co("kurta", "pink"),
        co("palazzos", "pink", "other_garment_color"),
        BQ.material("polyester", "unsupported"),
        BQ.pattern("printed"),
        BQ.sleeve_length("three-quarter sleeve"),
        gender="Girls",
        title="Jashvi Girls Pink Block Printed Pure Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Pink",
    ),
    # Photo: boy, front: lime green kurta, white pyjama. The feed row has no color. VQA adapter: the wearing answer
    # runs on into the next training questions; "no" to a kurta.
    case(
        "X1169-045",
        wearing(
            "green blouse/shirt and white pants Question: What is the color of the kurta? Answer: green Question: Is "
            "this a kurta? Answer: no",
            "leak",
            hit_limit=True,
        ),
        co("kurta", "green"),
        co("pyjama", "white"),
        is_a("kurta", "no", "contradiction"),
        BQ.garment_type("blouse/shirt"),
        gender="Boys",
        title="YK Boys Lime Green Solid Kurta with Pyjamas",
        category="Kurta Sets",
    ),
]
