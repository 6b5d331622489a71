"""BLIND_1313 (45 products; Myntra kids' ethnic wear, VQA adapter, each piece's color): written blind in the sixty-third
session. Measured blind at d294d42 (the session's third rules): 54/73 failures found (74.0%) and 7/166 correct texts
flagged (4.2%). The writer's notes, verbatim:

Scenario: a Myntra kids' ethnic wear feed (kurta sets, lehengas, sherwanis, anarkalis, sharara and dhoti sets, Nehru
jacket sets for boys and girls). Catalog photos: a child on a plain backdrop, mostly front views, a few back views,
three flat lays, props now and then (a stool, a diya, a teddy bear, a floor cushion, a basket of marigolds, a sibling
in the frame). Columns as Myntra has them: title, category (article type), color (base colour), gender (Boys/Girls);
gender or another column is left out on a few rows as the feed does.
Who wrote what: every text comes from the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA on blip2-opt-2.7b), free
generation, greedy, 30 new tokens, prompt `Question: ... Answer:`. No caption: this run does not caption (the VQA
adapter broke captions), so each product has only answers: what the child is wearing, the color of every piece the
title names (kurta, pyjama, dupatta, lehenga, choli, jacket...), and some of: is it a <garment>, details/describe,
pattern, sleeve length, material. Color answers are stored open (free generation, no candidate ranking).
Labeling conventions and judgement calls: judged against the photo I imagined (the comment above each case) and the
title. Near hues count as right: cream/off-white answered "white", lavender "purple", teal "green", maroon "red", beige
shimmer "gold", turban-style safa "hat". A child's lehenga choli called "a dress" is right (no lehenga in the adapter's
vocabulary, and it reads as one outfit); a long kurta called "shirt" or "top" is right; a kurta called a "dress" with no
trousers mentioned, or "no" to "Is this a kurta?" when the title and photo show one, is a contradiction, and so are
white shorts for dhoti pants. The answer to "What is the boy wearing?" on a flat lay that lists the pieces is right. A
color answer that is another piece's color (the kurta's color for the pyjama, the jacket's for the dhoti, a sibling's
dress for the kurta, the turban's for the stole) is other_garment_color; a color taken from a prop or the backdrop (a
stool, a cushion, a teddy bear, marigolds) or the color of a border given for the whole piece (gold for a black skirt
with a gold hem border) is a contradiction. Material answers are right when the title says the fabric and unsupported
when it does not and the product page says otherwise. Details a back view cannot show, or a prop counted as part of the
product, are unsupported. Loops and mid-phrase cuts ran to the 30-token limit (hit_limit); a loop is labelled loop even
where its first words are right. An empty answer, "the pyjama" for a color and "fabric" for the material are non_answer;
"the sharara is a sharara" style is restated. A "Question: ... Answer:" continuation or a leading "Answer:" is leak.
About three texts in ten came out wrong: short color answers on plain backdrops are mostly right, the errors gather in
the second and third pieces' colors and in the longer answers.
"""

from tests.audit_corpus import BLIND_QUESTIONS, case, color_of, describe, details, is_a, wearing


def col(garment, text, failure=None, hit_limit=False):
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


BLIND_1313 = [
    # Photo: boy on a white backdrop, knee-length maroon silk-blend kurta with a gold-embroidered yoke and gold
    # buttons, cream churidar pyjama, tan mojaris. VQA adapter wrote all answers.
    case(
        "X1313-001",
        wearing("a kurta and pants", who="the boy"),
        col("kurta", "maroon"),
        col("pyjama", "maroon", "other_garment_color"),
        is_a("kurta", "yes"),
        details("kurta", "the kurta has a mandarin collar and buttons and a pocket on the left side", "unsupported"),
        gender="Boys",
        title="Boys Maroon Ethnic Motifs Yoke Design Kurta with Pyjamas",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Photo: girl on a white backdrop in a pink lehenga with gold gota work, a mint green choli, a pink net dupatta
    # over both shoulders; she holds a small gold potli bag (prop). VQA adapter wrote all answers.
    case(
        "X1313-002",
        wearing("a pink skirt and a green top", who="the girl"),
        col("lehenga", "pink"),
        col("choli", "pink", "other_garment_color"),
        col("dupatta", "pink"),
        BLIND_QUESTIONS.pattern("floral"),
        gender="Girls",
        title="Girls Pink & Green Embroidered Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Pink",
    ),
    # Photo: boy on a light grey backdrop, cream sherwani with gold thread embroidery down the front and on the cuffs,
    # cream churidar, a maroon stole over one shoulder. VQA adapter wrote all answers.
    case(
        "X1313-003",
        wearing("a white coat and white pants", who="the boy"),
        col("sherwani", "white"),
        col("churidar", "white"),
        col("stole", "white", "other_garment_color"),
        is_a("sherwani", "yes"),
        details(
            "sherwani",
            "the sherwani has a mandarin collar, gold buttons, gold embroidery on the front, gold embroidery on the "
            "sleeves, gold embroidery on the front, gold embroidery on the",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="Boys Cream-Coloured Embroidered Sherwani Set",
        category="Sherwani",
        color="Cream",
    ),
    # Photo: girl mid-twirl on a white backdrop, yellow floral-printed anarkali kurta flared to the shin, white
    # trousers visible only at the ankles, a yellow dupatta with white tassels. VQA adapter wrote all answers.
    case(
        "X1313-004",
        wearing("a yellow dress", who="the girl"),
        col("kurta", "yellow"),
        col("trousers", "yellow", "other_garment_color"),
        col(
            "dupatta",
            "yellow-white-white-white-white-white-white-white-white-white-white-white-white-white-white-",
            "loop",
            hit_limit=True,
        ),
        BLIND_QUESTIONS.pattern("floral"),
        gender="Girls",
        title="Girls Yellow Floral Printed Anarkali Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Photo: boy with his hands in his pockets, white kurta, white pyjama, a navy blue Nehru jacket with a small
    # white print, on a white backdrop. VQA adapter wrote all answers.
    case(
        "X1313-005",
        wearing("a blue vest and white pants", who="the boy"),
        col("jacket", "navy"),
        col("kurta", "white"),
        col("pyjama", "white"),
        is_a("kurta", "no", "contradiction"),
        details("jacket", "the jacket has a mandarin collar and buttons down the front and a pocket on the chest"),
        gender="Boys",
        title="Boys White Kurta with Pyjamas & Navy Blue Printed Nehru Jacket",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # Photo: flat lay on white: a short peach kurti, a peach sharara with gota patti lace at the hem, a peach net
    # dupatta folded beside them. No child. VQA adapter wrote all answers.
    case(
        "X1313-006",
        wearing("a peach top and a peach skirt", who="the girl"),
        col("kurti", "peach"),
        col("sharara", "peach"),
        col(
            "dupatta",
            "peach-peach-peach-peach-peach-peach-peach-peach-peach-peach-peach-peach-peach-peach-peach-",
            "loop",
            hit_limit=True,
        ),
        details("sharara", "the sharara has gota patti lace at the bottom"),
        gender="Girls",
        title="Girls Peach-Coloured Gotta Patti Kurti with Sharara & Dupatta",
        category="Kurta Sets",
        color="Peach",
    ),
    # Photo: boy sitting on a brown wooden stool (prop), mustard yellow kurta, white dhoti pants gathered to the
    # mid-calf, on a white backdrop. VQA adapter wrote all answers.
    case(
        "X1313-007",
        wearing("a yellow shirt and white shorts", "contradiction", who="the boy"),
        col("kurta", "yellow"),
        col("dhoti", "brown", "contradiction"),
        is_a("kurta", "yes"),
        gender="Boys",
        title="Boys Mustard Yellow Solid Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Photo: girl on a cream backdrop, all-red lehenga, choli and dupatta with gold sequin embroidery and a wide gold
    # border at the lehenga hem. VQA adapter wrote all answers.
    case(
        "X1313-008",
        wearing("a red dress with gold embroidery", who="the girl"),
        col("lehenga", "red"),
        col("choli", "red"),
        col("dupatta", "red"),
        details(
            "lehenga",
            "the lehenga has gold embroidery and sequins and a gold border at the bottom and a gold border at the "
            "bottom and a gold border at the bottom and",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Girls Red & Gold-Toned Embroidered Sequinned Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Red",
    ),
    # Photo: boy with chin-length hair holding a lit clay diya (prop), sky blue straight kurta, white pyjama, white
    # backdrop. VQA adapter wrote all answers.
    case(
        "X1313-009",
        wearing("she is wearing a blue shirt and white pants", "pronoun"),
        col("kurta", "blue"),
        col("pyjama", "white"),
        describe("kurta", "a light blue kurta with a mandarin collar and long sleeves"),
        is_a("kurta", "yes"),
        gender="Boys",
        title="Boys Blue Solid Straight Kurta with Pyjamas",
        category="Kurta Sets",
        color="Blue",
    ),
    # Photo: girl against a plain pink wall, sleeveless green fit-and-flare ethnic dress with a pink motif print and
    # a pink trim at the hem, round neck. VQA adapter wrote all answers.
    case(
        "X1313-010",
        wearing("a green dress", who="the girl"),
        col("dress", "pink", "contradiction"),
        BLIND_QUESTIONS.pattern("floral"),
        BLIND_QUESTIONS.sleeve_length("sleeveless"),
        details("dress", "the dress has a round neck and a flared skirt"),
        gender="Girls",
        title="Girls Green & Pink Ethnic Motifs Printed Fit & Flare Ethnic Dress",
        category="Ethnic Dresses",
        color="Green",
    ),
    # Photo: boy in a three-quarter pose, navy blue self-design jacquard sherwani (art silk per the product page),
    # white churidar, grey backdrop. VQA adapter wrote all answers.
    case(
        "X1313-011",
        wearing(
            "a blue coat and white pants and a blue coat and white pants and a blue coat and white pants and a blue "
            "coat and",
            "loop",
            who="the boy",
            hit_limit=True,
        ),
        col("sherwani", "navy"),
        col("churidar", "navy", "other_garment_color"),
        is_a("sherwani", "yes"),
        BLIND_QUESTIONS.material("cotton", "unsupported"),
        gender="Boys",
        title="Boys Navy Blue Self Design Sherwani with Churidar",
        category="Sherwani",
        color="Navy Blue",
    ),
    # Photo: girl on a white backdrop, white pure cotton kurta with a blue floral print, solid blue palazzos.
    # VQA adapter wrote all answers.
    case(
        "X1313-012",
        wearing("a white shirt and blue pants", who="the girl"),
        col("kurta", "white"),
        col("palazzos", "white", "other_garment_color"),
        BLIND_QUESTIONS.material("cotton"),
        BLIND_QUESTIONS.pattern("floral"),
        details("kurta", "floral print Question: What is the color of the palazzos? Answer: blue", "leak"),
        gender="Girls",
        title="Girls White & Blue Floral Printed Pure Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="White",
    ),
    # Photo: boy on a cream backdrop, cream kurta and pyjama, maroon velvet Nehru jacket with gold buttons.
    # VQA adapter wrote all answers. The feed row has no gender.
    case(
        "X1313-013",
        wearing("a red vest and white pants", who="the boy"),
        col("jacket", "maroon"),
        col("kurta", "maroon", "other_garment_color"),
        col("pyjama", "the pyjama", "non_answer"),
        BLIND_QUESTIONS.material("velvet"),
        is_a("nehru jacket", "yes"),
        title="Boys Cream-Coloured Kurta with Pyjamas & Maroon Velvet Nehru Jacket",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Photo: girl on a white backdrop, mustard yellow lehenga with mirror work, maroon choli, maroon dupatta over one
    # shoulder. VQA adapter wrote all answers.
    case(
        "X1313-014",
        wearing("a yellow skirt and a red top", who="the girl"),
        col("lehenga", "yellow"),
        col("choli", "yellow", "other_garment_color"),
        col("dupatta", "maroon"),
        details("lehenga", "mirror work"),
        describe(
            "lehenga",
            "the lehenga is a yellow lehenga with a yellow lehenga and a yellow lehenga and a yellow lehenga and a "
            "yellow lehenga and",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Girls Mustard Yellow & Maroon Mirror Work Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Mustard",
    ),
    # Photo: back view of a boy on a white backdrop, pastel pink kurta (mandarin collar visible from behind, the
    # front placket not visible), white pyjama. VQA adapter wrote all answers.
    case(
        "X1313-015",
        wearing("she is wearing a pink kurta and white pyjamas", "pronoun", who="the child"),
        col("kurta", "pink"),
        col("pyjama", "white"),
        details("kurta", "the kurta has a mandarin collar and a button placket", "unsupported"),
        is_a("kurta", "yes"),
        gender="Boys",
        title="Boys Pink Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Pink",
    ),
    # Photo: girl on a white backdrop, lavender kurti with embroidery at the neckline, lavender sharara, white net
    # dupatta over her arms. VQA adapter wrote all answers.
    case(
        "X1313-016",
        wearing("a purple top and purple pants", who="the girl"),
        col("kurti", "purple"),
        col("sharara", "purple"),
        col("dupatta", "white"),
        details(
            "kurti",
            "the kurti has embroidery on the neckline and the sleeves and the hem and the sharara has embroidery on "
            "the hem and the dupatta has a",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        title="Girls Lavender Embroidered Kurti with Sharara & Dupatta",
        category="Kurta Sets",
        color="Lavender",
    ),
    # Photo: boy on a white backdrop, beige sherwani with a gold shimmer and gold buttons, maroon dhoti pants.
    # VQA adapter wrote all answers.
    case(
        "X1313-017",
        wearing("a gold jacket and red pants", who="the boy"),
        col("sherwani", "gold"),
        col("dhoti", "maroon"),
        is_a("sherwani", "no", "contradiction"),
        BLIND_QUESTIONS.garment_type("jacket"),
        details("sherwani", "gold buttons"),
        gender="Boys",
        title="Boys Beige & Maroon Embroidered Sherwani with Dhoti Pants",
        category="Sherwani",
        color="Beige",
    ),
    # Photo: girl beside a tall white vase of flowers (prop), navy anarkali kurta with a gold ethnic print and long
    # sleeves, gold churidar, navy dupatta with a gold border. VQA adapter wrote all answers.
    case(
        "X1313-018",
        wearing("a blue dress", who="the girl"),
        col("kurta", "blue"),
        col("churidar", "blue", "other_garment_color"),
        col(
            "dupatta",
            "navy blue with gold border and gold tassels and gold border and gold tassels and gold border and gold "
            "tassels and",
            "loop",
            hit_limit=True,
        ),
        BLIND_QUESTIONS.sleeve_length("long-sleeve"),
        gender="Girls",
        title="Girls Navy Blue Ethnic Motifs Printed Anarkali Kurta With Churidar & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # Photo: boy on a white backdrop, green silk-blend woven kurta, white pyjama. VQA adapter wrote all answers.
    case(
        "X1313-019",
        wearing("a green kurta and white pajamas", who="the boy"),
        col(
            "kurta",
            "green-green-green-green-green-green-green-green-green-green-green-green-green-green-green-",
            "loop",
            hit_limit=True,
        ),
        col(
            "pyjama",
            "white-white-white-white-white-white-white-white-white-white-white-white-white-white-white-",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        BLIND_QUESTIONS.material("silk"),
        gender="Boys",
        title="Boys Green Woven Design Silk Blend Kurta with Pyjamas",
        category="Kurta Sets",
        color="Green",
    ),
    # Photo: girl on a white backdrop, orange kurta with green embroidery on the yoke and gold sequins, green
    # trousers, green dupatta with an orange border. VQA adapter wrote all answers.
    case(
        "X1313-020",
        wearing("an orange dress and green pants", who="the girl"),
        col("kurta", "orange"),
        col("trousers", "green"),
        col("dupatta", "orange", "other_garment_color"),
        describe(
            "kurta",
            "an orange kurta with green embroidery on the yoke and gold sequins on the neckline and the sleeves and "
            "the hem of the kurta and the",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        title="Girls Orange & Green Embroidered Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Orange",
    ),
    # Photo: flat lay on white: black sherwani with gold embroidery on the collar and cuffs, white churidar folded
    # beside it, a pair of gold mojaris placed below (prop, not sold). No child. VQA adapter wrote all answers.
    case(
        "X1313-021",
        wearing("a black jacket and white pants", who="the boy"),
        col("sherwani", "black"),
        col("churidar", "black", "other_garment_color"),
        is_a("sherwani", "yes"),
        details(
            "sherwani",
            "the sherwani has gold embroidery on the collar and cuffs and a pair of gold shoes",
            "unsupported",
        ),
        gender="Boys",
        title="Boys Black Embroidered Sherwani with Churidar",
        category="Sherwani",
        color="Black",
    ),
    # Photo: girl on a white backdrop, teal lehenga with a floral print, pink choli, pink dupatta.
    # VQA adapter wrote all answers.
    case(
        "X1313-022",
        wearing("a green skirt and a pink top", who="the girl"),
        col("lehenga", "green"),
        col("choli", "pink"),
        col("dupatta", "pink"),
        BLIND_QUESTIONS.pattern("floral"),
        is_a("lehenga", "yes"),
        gender="Girls",
        title="Girls Teal & Pink Printed Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Teal",
    ),
    # Photo: boy on a white backdrop wearing the white chikankari kurta (sold alone) with his own blue jeans; floral
    # chikan embroidery on the front, full sleeves. VQA adapter wrote all answers.
    case(
        "X1313-023",
        wearing("a white shirt and blue jeans", who="the boy"),
        col("kurta", "white"),
        BLIND_QUESTIONS.material("cotton"),
        details(
            "kurta",
            "the kurta has a floral embroidery on the front and a floral embroidery on the back and a floral "
            "embroidery on the sleeves and a floral embroidery on",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        BLIND_QUESTIONS.sleeve_length("long-sleeve"),
        gender="Boys",
        title="Boys White Chikankari Embroidered Pure Cotton Kurta",
        category="Kurtas",
        color="White",
    ),
    # Photo: girl hugging a brown teddy bear (prop), sleeveless pink anarkali gown with silver sequins on the bodice,
    # white backdrop. VQA adapter wrote all answers.
    case(
        "X1313-024",
        wearing("a pink dress", who="the girl"),
        col("gown", "brown", "contradiction"),
        details("gown", "the gown has silver sequins on the bodice"),
        is_a("gown", "yes"),
        BLIND_QUESTIONS.sleeve_length("sleeveless"),
        gender="Girls",
        title="Girls Pink Embellished Anarkali Ethnic Gown",
        category="Ethnic Dresses",
        color="Pink",
    ),
    # Photo: boy on a white backdrop, yellow kurta with a small white leaf print, white pyjama. VQA adapter wrote all
    # answers. The feed row has no gender.
    case(
        "X1313-025",
        wearing("he is wearing a yellow kurta and white pajamas"),
        col(
            "kurta",
            "yellow Question: What is the color of the pyjama? Answer: white Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        col("pyjama", "white"),
        BLIND_QUESTIONS.pattern("floral"),
        title="Boys Yellow & White Printed Kurta with Pyjamas",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Photo: girl on a white backdrop, magenta kurta with a gold-toned yoke, magenta patiala, a gold-toned dupatta
    # around her neck; cotton blend per the product page. VQA adapter wrote all answers.
    case(
        "X1313-026",
        wearing(
            "a pink kurta with a gold yoke and pink pants and a gold dupatta with a pink border and gold tassels at "
            "the ends of the",
            "cut",
            who="the girl",
            hit_limit=True,
        ),
        col("kurta", "pink"),
        col("patiala", "pink"),
        col("dupatta", "pink", "other_garment_color"),
        details("kurta", "the kurta has a gold yoke"),
        BLIND_QUESTIONS.material("silk", "unsupported"),
        gender="Girls",
        title="Girls Magenta & Gold-Toned Yoke Design Kurta with Patiala & Dupatta",
        category="Kurta Sets",
        color="Magenta",
    ),
    # Photo: boy in a side pose, off-white kurta, off-white dhoti pants, mustard Nehru jacket with a mandarin collar.
    # VQA adapter wrote all answers.
    case(
        "X1313-027",
        wearing("a white shirt, a yellow vest and white pants", who="the boy"),
        col("kurta", "white"),
        col("dhoti", "white"),
        col("jacket", "white", "other_garment_color"),
        is_a("dhoti", "yes"),
        details(
            "jacket",
            "the jacket has a mandarin collar and a mandarin collar and a mandarin collar and a mandarin collar and a "
            "mandarin collar and",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="Boys Off White Kurta with Dhoti Pants & Mustard Nehru Jacket",
        category="Kurta Sets",
        color="Off White",
    ),
    # Photo: girl holding a marigold garland, off-white lehenga with a multicolor floral print, yellow choli, yellow
    # dupatta. VQA adapter wrote all answers.
    case(
        "X1313-028",
        wearing("a white skirt with flowers and a yellow top", who="the girl"),
        col("lehenga", "white"),
        col("choli", "yellow"),
        col("dupatta", "white", "other_garment_color"),
        BLIND_QUESTIONS.pattern("floral"),
        describe("lehenga", "it is a lehenga", "non_answer"),
        gender="Girls",
        title="Girls Off White & Yellow Floral Printed Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Off White",
    ),
    # Photo: boy on a white backdrop, navy blue kurta with a mandarin collar, white pyjama. VQA adapter wrote all
    # answers.
    case(
        "X1313-029",
        wearing("a blue kurta and white pants", who="the child"),
        col("kurta", "navy"),
        col("pyjama", "navy", "other_garment_color"),
        describe("kurta", "she is wearing a navy blue kurta with a mandarin collar", "pronoun"),
        is_a("kurta", "yes"),
        gender="Boys",
        title="Boys Navy Blue Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # Photo: girl on a white backdrop, red bandhani-dot kurta, white sharara, red bandhani dupatta.
    # VQA adapter wrote all answers.
    case(
        "X1313-030",
        wearing("a red top and white pants", who="the girl"),
        col("kurta", "red"),
        col("sharara", "white"),
        col("dupatta", "red"),
        BLIND_QUESTIONS.pattern("dotted"),
        details("sharara", "the sharara is a sharara", "restated"),
        gender="Girls",
        title="Girls Red Bandhani Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Red",
    ),
    # Photo: boy in front of a paper lantern (prop), sea green woven kurta, knee length, with a mandarin collar, side
    # slits, cream churidar. VQA adapter wrote all answers.
    case(
        "X1313-031",
        wearing("a green kurta and white pants", who="the boy"),
        col("kurta", "green"),
        col("churidar", "green", "other_garment_color"),
        details(
            "kurta",
            "the kurta has a mandarin collar, full sleeves, a button placket, a curved hem, side slits, a woven "
            "design on the front and a",
            "cut",
            hit_limit=True,
        ),
        BLIND_QUESTIONS.garment_type("dress", "contradiction"),
        gender="Boys",
        title="Boys Sea Green Woven Design Kurta with Churidar",
        category="Kurta Sets",
        color="Sea Green",
    ),
    # Photo: girl wearing the blue floral anarkali kurta (sold alone) over her own white leggings, three-quarter
    # sleeves, white backdrop. VQA adapter wrote all answers.
    case(
        "X1313-032",
        wearing("a blue dress and white leggings", who="the girl"),
        col("kurta", "blue"),
        BLIND_QUESTIONS.pattern("floral"),
        BLIND_QUESTIONS.sleeve_length("three-quarter sleeves"),
        is_a("kurta", "no", "contradiction"),
        gender="Girls",
        title="Girls Blue Floral Printed Anarkali Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Photo: boy in a red safa turban (styling, not sold), peach embroidered sherwani, cream churidar, a peach stole
    # over one shoulder. VQA adapter wrote all answers.
    case(
        "X1313-033",
        wearing("a pink jacket, white pants and a hat", who="the boy"),
        col("sherwani", "peach"),
        col("churidar", "white"),
        col("stole", "red", "other_garment_color"),
        details(
            "sherwani",
            "the sherwani has embroidery on the collar, the sleeves, the front, the collar, the sleeves, the front, "
            "the collar, the sleeves, the front",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="Boys Peach-Coloured Embroidered Sherwani Set with Churidar & Stole",
        category="Sherwani",
        color="Peach",
    ),
    # Photo: girl on a white backdrop, green kurta, green gharara with gold gota patti lace at the knee joint, green
    # dupatta with a gold border. VQA adapter wrote all answers.
    case(
        "X1313-034",
        wearing("a green top and green pants", who="the girl"),
        col("kurta", "green"),
        col("gharara", "green"),
        col("dupatta", "green"),
        details("gharara", "the gharara has gold gota patti lace at the knee"),
        gender="Girls",
        title="Girls Green Gotta Patti Kurta with Gharara & Dupatta",
        category="Kurta Sets",
        color="Green",
    ),
    # Photo: boy on a white backdrop, maroon kurta, cream dhoti pants, gold-toned brocade Nehru jacket.
    # VQA adapter wrote all answers.
    case(
        "X1313-035",
        wearing(
            "a red shirt and a gold vest and a red shirt and a gold vest and a red shirt and a gold vest and a red "
            "shirt and",
            "loop",
            who="the boy",
            hit_limit=True,
        ),
        col("kurta", "maroon"),
        col("dhoti", "gold", "other_garment_color"),
        col("jacket", "gold"),
        is_a("kurta", "yes"),
        gender="Boys",
        title="Boys Maroon Kurta with Dhoti Pants & Gold-Toned Jacket",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Photo: back view of a girl, peach sequinned lehenga, peach choli with a tie-up back and tasselled dori, peach
    # dupatta falling down her back. VQA adapter wrote all answers.
    case(
        "X1313-036",
        wearing("a peach dress", who="the girl"),
        col("lehenga", "peach"),
        col("choli", "peach"),
        col("dupatta", "peach"),
        details("choli", "the choli has a back tie up with tassels"),
        describe("lehenga", "the lehenga has a sweetheart neckline", "unsupported"),
        gender="Girls",
        title="Girls Peach-Coloured Sequinned Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Peach",
    ),
    # Photo: boy sitting cross-legged on a red floor cushion (prop), cream pure cotton kurta with full sleeves, cream
    # pyjama. VQA adapter wrote all answers.
    case(
        "X1313-037",
        wearing("a white shirt and white pants", who="the boy"),
        col(
            "kurta",
            "white-white-white-white-white-white-white-white-white-white-white-white-white-white-white-",
            "loop",
            hit_limit=True,
        ),
        col("pyjama", "red", "contradiction"),
        BLIND_QUESTIONS.material("cotton"),
        is_a("kurta", "yes"),
        BLIND_QUESTIONS.sleeve_length("long-sleeve"),
        gender="Boys",
        title="Boys Cream-Coloured Solid Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Cream",
    ),
    # Photo: girl with a short bob on a white backdrop, purple kurta with embroidery on the yoke, purple palazzos,
    # a purple dupatta with a silver border. VQA adapter wrote all answers.
    case(
        "X1313-038",
        wearing("he is wearing a purple kurta and purple pants", "pronoun"),
        col("kurta", "purple"),
        col("palazzos", "purple"),
        col("dupatta", "", "non_answer"),
        details("kurta", "the kurta has embroidery on the yoke"),
        gender="Girls",
        title="Girls Purple Embroidered Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Purple",
    ),
    # Photo: boy on a white backdrop, grey kurta with a small black geometric print, black pyjama. VQA adapter wrote
    # all answers. The feed row has no gender.
    case(
        "X1313-039",
        wearing("a grey shirt and black pants", who="the boy"),
        col("kurta", "grey"),
        col("pyjama", "grey", "other_garment_color"),
        BLIND_QUESTIONS.pattern("graphic"),
        describe("kurta", "the kurta is grey"),
        title="Boys Grey & Black Printed Kurta with Pyjamas",
        category="Kurta Sets",
        color="Grey",
    ),
    # Photo: girl holding a basket of orange marigolds (prop), yellow embroidered lehenga, pink blouse, pink
    # dupatta. VQA adapter wrote all answers.
    case(
        "X1313-040",
        wearing("a yellow skirt, a pink top and a pink scarf", who="the girl"),
        col("lehenga", "yellow"),
        col("blouse", "orange", "contradiction"),
        col("dupatta", "pink"),
        is_a("lehenga", "yes"),
        details("lehenga", "Answer: the lehenga has embroidery", "leak"),
        gender="Girls",
        title="Girls Yellow & Pink Embroidered Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Yellow",
    ),
    # Photo: flat lay on white: blue floral-printed Nehru jacket with a welt pocket, white kurta, white pyjama.
    # No child. VQA adapter wrote all answers.
    case(
        "X1313-041",
        wearing("a blue vest, a white shirt and white pants", who="the boy"),
        col("jacket", "blue"),
        col("kurta", "white"),
        col("pyjama", "blue", "other_garment_color"),
        details("jacket", "the jacket has a floral print and a pocket"),
        BLIND_QUESTIONS.material("fabric", "non_answer"),
        gender="Boys",
        title="Boys Blue & White Kurta with Pyjamas & Printed Nehru Jacket",
        category="Kurta Sets",
        color="Blue",
    ),
    # Photo: girl on a white backdrop, mint green kurta with white floral embroidery on the yoke and flutter sleeves,
    # mint green sharara. VQA adapter wrote all answers.
    case(
        "X1313-042",
        wearing("a green dress and green pants", who="the girl"),
        col("kurta", "green"),
        col(
            "sharara",
            "green and white and green and white and green and white and green and white and green and white and",
            "loop",
            hit_limit=True,
        ),
        describe(
            "kurta",
            "a light green kurta with white floral embroidery on the neckline, the yoke, the sleeves and the hem and "
            "a matching light green sharara with white",
            "cut",
            hit_limit=True,
        ),
        BLIND_QUESTIONS.sleeve_length("short-sleeve"),
        gender="Girls",
        title="Girls Mint Green Floral Embroidered Kurta with Sharara",
        category="Kurta Sets",
        color="Green",
    ),
    # Photo: boy in a rust orange kurta and white pyjama, his younger sister beside him in a pink lehenga (styling).
    # VQA adapter wrote all answers.
    case(
        "X1313-043",
        wearing("an orange kurta and white pajamas", who="the boy"),
        col("kurta", "pink", "other_garment_color"),
        col("pyjama", "white"),
        is_a("kurta", "yes"),
        BLIND_QUESTIONS.material("cotton"),
        gender="Boys",
        title="Boys Rust Orange Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Rust",
    ),
    # Photo: girl on a white backdrop, black kurta with a gold block print, black flared skirt with a gold border at
    # the hem. VQA adapter wrote all answers.
    case(
        "X1313-044",
        wearing("a black top and a black skirt", who="the girl"),
        col("kurta", "black"),
        col("skirt", "gold", "contradiction"),
        BLIND_QUESTIONS.pattern("graphic"),
        details(
            "skirt",
            "the skirt has a gold border at the bottom of the skirt and a gold border at the bottom of the skirt and "
            "a gold border at the bottom",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Girls Black & Gold-Toned Printed Kurta with Skirt",
        category="Kurta Sets",
        color="Black",
    ),
    # Photo: boy on a white backdrop, turquoise blue kurta with a mandarin collar, white pyjama. VQA adapter wrote
    # all answers.
    case(
        "X1313-045",
        wearing("a blue kurta and white pants", who="the boy"),
        col("kurta", "blue"),
        col("pyjama", "white"),
        details("kurta", "the details of the kurta are the kurta details", "restated"),
        is_a(
            "kurta",
            "yes Question: Is this a kurta? Answer: yes Question: Is this a kurta? Answer: yes Question:",
            "leak",
            hit_limit=True,
        ),
        gender="Boys",
        title="Boys Turquoise Blue Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Turquoise Blue",
    ),
]
