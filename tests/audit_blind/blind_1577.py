"""BLIND_1577 (45 products; Myntra kids' ethnic wear, VQA adapter, each piece's color): written blind in the sixty-sixth
session. Measured blind at 9074ceb (the session's fourth rules): 68/90 failures found (75.6%) and 12/158 correct
texts flagged (7.6%). The writer's notes, verbatim:

Scenario: a Myntra feed of kids' ethnic wear: kurta sets (with pyjamas, churidar, dhoti pants, palazzos, sharara,
some with a Nehru jacket), lehenga cholis, a pattu pavadai, sherwanis, anarkalis and ethnic gowns, for boys and
girls from toddlers to about ten. The photos are the catalog's usual shots: a child on a plain backdrop (white,
light grey, now and then a coloured one), a few back views, two flat lays, and festival props (a flute, a kite, a
diya, a dhol, a pooja thali, a stool or chair). The feed's columns are kept as Myntra has them: title (brand first
when there is one), category as the article type ("Kurta Sets", "Lehenga Choli", "Sherwani", "Kurtas", "Ethnic
Dresses", "Clothing Set"), color as the base colour ("Navy Blue", "Off White", "Multi"...), gender as "Boys" or
"Girls"; one product has no gender, one no color.
Who wrote what: every text is from the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA on blip2-opt-2.7b, 8-bit, greedy,
30 new tokens, stop on newline). The job has no caption step (the VQA adapter's captions are broken). It asks
"What is the child wearing?", the color of each piece the title names (free generation, stored open), and per
product two or three of: "Is this a <category's garment>?", type, the garment's color, pattern, sleeve length,
material (closed questions keep the raw text when it maps to no candidate), and the main piece's details. The
adapter never learned to stop, so a good share of answers loop, run on into the next "Question: ... Answer:" of
its training format (naming In-shop garments: pants, shorts, skirt, top, vest) or are cut at the limit; the rest
stop on a newline after a short answer, often right. Out of domain (In-shop is adult western wear), it often gives
the second piece the main piece's color, or a backdrop's color, and says "dress", "shirt", "coat" or "sari".
Labeling conventions and judgement calls: a loop, a leak or a cut is marked as such even when the answer it starts with
is right (hit_limit on all of them). Near colors are accepted: maroon as red, mustard as yellow, teal and olive and sea
green as green, navy as blue, lavender as purple, magenta as pink, cream or off white as white, peach called pink once;
a color that belongs to another piece of the set, or to the styling clothes (jeans, leggings), is other_garment_color; a
wrong color no other piece has (a backdrop's, the embroidery's or border's gold for a cream sherwani or a white veshti,
black for navy velvet) is contradiction, as is a garment kind the title rules out ("dress" for a lehenga choli, "shirt"
and "shorts" for a kurta and dhoti, "coat" as the type of a sherwani, "sari" for a pattu pavadai, "no" to "Is this a
lehenga?" or "a kurta?" when it is one), a pattern the title rules out ("striped" for a woven design with a zari
border), and a material the title contradicts. "Dress" is accepted for an anarkali, "skirt" for a lehenga or sharara,
"vest" for a Nehru jacket, "suit" for a sherwani, and "jacket" as the type of a kurta set sold with a Nehru jacket (the
title names it; a judgement call). A material the title does not give is accepted when the fabric looks like it,
unsupported when it is invented (velvet on art silk, denim from the styling jeans), as is a detail not in the photo. A
"she" or "girl" for a boy is pronoun. An answer that only names the piece or the scene is non_answer; one that restates
the question around its answer or in place of it is restated.
"""

from tests.audit_corpus import BLIND_QUESTIONS, case, color_of, details, is_a, wearing

Q = BLIND_QUESTIONS
CHILD = "the child"


def worn(text, failure=None, hit_limit=False):
    return wearing(text, failure, who=CHILD, hit_limit=hit_limit)


def piece(garment, text, failure=None, hit_limit=False):
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


BLIND_1577 = [
    # Boy (~6) on white backdrop: yellow straight cotton kurta, mandarin collar, full sleeves; white pyjamas; brown
    # mojaris. All answers: VQA adapter.
    case(
        "X1577-001",
        worn("a yellow kurta and white pants"),
        piece("kurta", "yellow"),
        piece("pyjamas", "yellow", "other_garment_color"),
        is_a("kurta", "yes"),
        Q.sleeve_length("long sleeves"),
        Q.material(
            "cotton, cotton, cotton, cotton, cotton, cotton, cotton, cotton, cotton, cotton, cotton, cotton, cotton, "
            "cotton, cotton",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="Jashvi Boys Yellow Solid Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Girl (~8), white backdrop: pink lehenga with gold gota patti border, pink blouse, pink net dupatta over one
    # shoulder. All answers: VQA adapter.
    case(
        "X1577-002",
        worn("a pink lehenga with a gold border"),
        piece("lehenga", "pink"),
        piece("blouse", "pink"),
        piece(
            "dupatta",
            "pink Question: What is the color of the pants? Answer: pink Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("dress", "contradiction"),
        is_a("lehenga", "yes"),
        gender="Girls",
        title="Girls Pink & Gold-Toned Embroidered Gotta Patti Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Pink",
    ),
    # Boy (~7), light grey backdrop: cream art-silk jacquard sherwani with dense gold embroidery on the front, cream
    # churidar, maroon stole over the shoulder. All answers: VQA adapter.
    case(
        "X1577-003",
        worn("a boy in a white sherwani with a red scarf"),
        piece("sherwani", "gold", "contradiction"),
        piece("churidar", "white"),
        piece("stole", "red"),
        Q.sleeve_length("the sleeve length of the garment is long", "restated"),
        Q.material("silk"),
        details(
            "sherwani",
            "gold embroidery on the front and the collar and the sleeves and the front and the collar and the "
            "sleeves and the front and the collar",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="VASTRAMAY Boys Cream-Coloured Embroidered Sherwani Set with Stole",
        category="Sherwani",
        color="Cream",
    ),
    # Girl (~9) mid-twirl, white backdrop: navy blue floral-print anarkali kurta, navy churidar, pink chiffon dupatta
    # flying behind her. All answers: VQA adapter.
    case(
        "X1577-004",
        worn("a girl in a blue dress twirling"),
        piece("kurta", "blue"),
        piece("churidar", "blue"),
        piece("dupatta", "blue", "other_garment_color"),
        Q.pattern("floral"),
        is_a("kurta", "no", "contradiction"),
        gender="Girls",
        title="Biba Girls Navy Blue Floral Printed Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # Boy (~5), white backdrop: white kurta and white pyjamas under a navy blue printed Nehru jacket. All answers:
    # VQA adapter.
    case(
        "X1577-005",
        worn(
            "a white kurta and a blue vest and a white kurta and a blue vest and a white kurta and a blue vest and "
            "a white",
            "loop",
            hit_limit=True,
        ),
        piece("kurta", "white"),
        piece("pyjamas", "white"),
        piece(
            "nehru jacket",
            "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue "
            "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.color("white"),
        gender="Boys",
        title="Sanwara Boys White Kurta with Pyjamas & Navy Blue Printed Nehru Jacket",
        category="Kurta Sets",
        color="White",
    ),
    # Flat lay on a light wooden floor, no child: mustard yellow cotton kurta laid above white dhoti pants. All
    # answers: VQA adapter.
    case(
        "X1577-006",
        worn("a yellow shirt and white shorts", "contradiction"),
        piece("kurta", "yellow"),
        piece(
            "dhoti pants",
            "white Question: What is the color of the shorts? Answer: white Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        Q.material("cotton"),
        gender="Boys",
        title="Aj DEZInES Boys Mustard Yellow Solid Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Girl (~7), white backdrop: green kurta with a mirror-work yoke, green flared sharara, dupatta printed in pink
    # and orange draped on both arms. All answers: VQA adapter.
    case(
        "X1577-007",
        worn("a green kurta and a green skirt with a scarf"),
        piece("kurta", "green"),
        piece("sharara", "green"),
        piece("dupatta", "green", "other_garment_color"),
        details(
            "kurta",
            "mirror work on the neck and the sleeves and the neck and the sleeves and the neck and the sleeves and "
            "the neck and the",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("embroidered"),
        gender="Girls",
        title="Kisah Girls Green Ethnic Motifs Yoke Design Mirror Work Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Green",
    ),
    # Boy (~8), dark grey backdrop: navy blue velvet sherwani with gold zari on the collar, white churidar; the
    # velvet reads almost black under the lights. All answers: VQA adapter.
    case(
        "X1577-008",
        worn("a black jacket and white pants", "contradiction"),
        piece("sherwani", "black", "contradiction"),
        piece("churidar", "white"),
        Q.material("velvet"),
        is_a("sherwani", "yes"),
        gender="Boys",
        title="Boys Navy Blue Velvet Embroidered Sherwani Set",
        category="Sherwani",
        color="Navy Blue",
    ),
    # Girl (~6), white backdrop: mustard yellow floral-print lehenga, green short-sleeved blouse, green dupatta.
    # All answers: VQA adapter.
    case(
        "X1577-009",
        worn("a yellow skirt and a green top"),
        piece("lehenga", "yellow"),
        piece("blouse", "yellow", "other_garment_color"),
        piece(
            "dupatta",
            "green Question: What is the color of the skirt? Answer: yellow Question: What is the color of the top? "
            "Answer: green",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeves"),
        gender="Girls",
        title="Girls Mustard Yellow & Green Printed Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Mustard",
    ),
    # Back view of a boy (~9), white backdrop: plain maroon kurta, full sleeves, off-white churidar. All answers:
    # VQA adapter.
    case(
        "X1577-010",
        worn("the back of a boy wearing a red kurta and white pants"),
        piece("kurta", "red"),
        piece(
            "churidar",
            "white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white white white",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves"),
        details("kurta", "the back of the kurta", "non_answer"),
        gender="Boys",
        title="Boys Maroon Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Girl (~5) beside a tall brass lamp: magenta silk pattu pavadai (long skirt) with a broad woven gold zari
    # border and small buttas, green silk blouse. All answers: VQA adapter.
    case(
        "X1577-011",
        worn("a pink and green sari", "contradiction"),
        piece(
            "pattu pavadai",
            "pink and gold and green and pink and gold and green and pink and gold and green and pink and gold and "
            "green and pink",
            "loop",
            hit_limit=True,
        ),
        piece("blouse", "green"),
        Q.material("silk"),
        Q.pattern("striped", "contradiction"),
        gender="Girls",
        title="Girls Magenta & Green Woven Design Silk Pattu Pavadai with Blouse",
        category="Lehenga Choli",
        color="Magenta",
    ),
    # Boy (~3) with shoulder-length hair, white backdrop: long peach kurta with white thread-work yoke, white
    # pyjamas. All answers: VQA adapter.
    case(
        "X1577-012",
        worn("a little girl in a pink dress", "pronoun"),
        piece("kurta", "peach"),
        piece("pyjamas", "white"),
        details("kurta", "white embroidery on the neck"),
        is_a(
            "kurta",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="Boys Peach-Coloured Yoke Design Thread Work Kurta with Pyjamas",
        category="Kurta Sets",
        color="Peach",
    ),
    # Girl (~7), white backdrop: red anarkali-style ethnic dress with gold ethnic-motif print, three-quarter sleeves,
    # cotton blend. All answers: VQA adapter.
    case(
        "X1577-013",
        worn("a red dress"),
        Q.color("red"),
        Q.pattern("printed"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.material(
            "cotton and polyester and cotton and polyester and cotton and polyester and cotton and polyester and "
            "cotton and polyester and",
            "loop",
            hit_limit=True,
        ),
        is_a("dress", "yes"),
        gender="Girls",
        title="Bitiya by Bhama Girls Red & Gold-Toned Ethnic Motifs Printed Anarkali Ethnic Dress",
        category="Ethnic Dresses",
        color="Red",
    ),
    # Boy (~6), white backdrop: cream kurta and cream pyjamas, maroon brocade Nehru jacket buttoned over the kurta.
    # All answers: VQA adapter.
    case(
        "X1577-014",
        worn("a boy in a red vest and a white kurta"),
        piece("kurta", "red", "other_garment_color"),
        piece(
            "pyjamas",
            "white Question: What is the color of the vest? Answer: red Question: What is the color of the pants? "
            "Answer: white",
            "leak",
            hit_limit=True,
        ),
        piece("nehru jacket", "red"),
        Q.color("cream and maroon"),
        gender="Boys",
        title="Boys Cream-Coloured Kurta with Pyjamas & Maroon Woven Design Nehru Jacket",
        category="Kurta Sets",
        color="Cream",
    ),
    # Girl (~8) seated on a wooden stool, white backdrop: yellow kurta with a white floral print, short sleeves,
    # white palazzos. All answers: VQA adapter.
    case(
        "X1577-015",
        worn("a yellow top and white pants sitting on a stool"),
        piece("kurta", "yellow"),
        piece(
            "palazzos",
            "white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white white white",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester", "contradiction"),
        Q.pattern("floral"),
        gender="Girls",
        title="YK Girls Yellow Floral Printed Pure Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Boy (~4) dressed as little Krishna, peacock feather in his hair, holding a flute: gold-toned tissue sherwani,
    # cream dhoti pants. All answers: VQA adapter.
    case(
        "X1577-016",
        worn("a little girl in a gold dress holding a flute", "pronoun"),
        piece("sherwani", "gold"),
        piece("dhoti pants", "gold", "other_garment_color"),
        is_a("sherwani", "yes"),
        Q.material("silk"),
        gender="Boys",
        title="Boys Gold-Toned Self Design Sherwani with Dhoti Pants",
        category="Sherwani",
        color="Gold",
    ),
    # Girl (~10), white backdrop: lavender net lehenga covered in sequins, lavender blouse, lavender dupatta pinned
    # at the shoulder. All answers: VQA adapter.
    case(
        "X1577-017",
        worn("a purple lehenga with sequins"),
        piece("lehenga", "purple"),
        piece("blouse", "purple"),
        piece("dupatta", "", "non_answer"),
        details(
            "lehenga",
            "sequins on the skirt and the blouse and the dupatta and the skirt and the blouse and the dupatta and "
            "the skirt and the blouse",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Girls Lavender Embellished Sequinned Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Lavender",
    ),
    # Boy (~7) sitting on a white chair: teal cotton kurta, white pyjamas, sandals. The feed left gender out. All
    # answers: VQA adapter.
    case(
        "X1577-018",
        worn("a boy sitting on a chair wearing a green kurta and white pajamas"),
        piece(
            "kurta",
            "green Question: What is the color of the pants? Answer: white Question: What is the color of the "
            "shoes? Answer:",
            "leak",
            hit_limit=True,
        ),
        piece("pyjamas", "white"),
        Q.material("cotton"),
        Q.sleeve_length("long"),
        title="Boys Teal Solid Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Teal",
    ),
    # Back view of a girl (~9): red lehenga with gold embroidered border, red blouse with a tie-up back and tassels,
    # gold net dupatta hanging from one shoulder. All answers: VQA adapter.
    case(
        "X1577-019",
        worn("the back of a girl wearing a red skirt and a red top with a tie"),
        piece("lehenga", "red"),
        piece("blouse", "red"),
        piece("dupatta", "red", "other_garment_color"),
        details("blouse", "tie up back with tassels"),
        Q.pattern(
            "embroidered embroidered embroidered embroidered embroidered embroidered embroidered embroidered "
            "embroidered embroidered embroidered embroidered embroidered embroidered embroidered",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Girls Red & Gold-Toned Embroidered Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Red",
    ),
    # Boy (~8), light grey backdrop: white chikankari cotton kurta, embroidery down the front, white pyjamas. All
    # answers: VQA adapter.
    case(
        "X1577-020",
        worn(
            "a boy in a white kurta pajama with embroidery on the front and the sleeves and a white pajama with a "
            "drawstring at the waist and",
            "cut",
            hit_limit=True,
        ),
        piece("kurta", "white"),
        piece("pyjamas", "white"),
        Q.pattern("embroidered"),
        Q.material("linen", "contradiction"),
        details("kurta", "white embroidery on the front"),
        gender="Boys",
        title="Fabindia Boys White Chikankari Embroidered Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
    ),
    # Boy (~4), white backdrop: blue kurta with a white ethnic-motif print, plain white churidar. All answers: VQA
    # adapter.
    case(
        "X1577-021",
        worn("she is wearing a blue and white kurta", "pronoun"),
        piece("kurta", "blue and white"),
        piece("churidar", "blue and white", "other_garment_color"),
        Q.pattern("printed"),
        is_a(
            "kurta",
            "yes Question: Is this a kurta? Answer: yes Question: Is this a kurta? Answer: yes Question: Is this a",
            "leak",
            hit_limit=True,
        ),
        gender="Boys",
        title="Boys Blue & White Ethnic Motifs Printed Kurta with Churidar",
        category="Kurta Sets",
        color="Blue",
    ),
    # Girl (~6), white backdrop: everything pink: gota-patti kurta with three-quarter sleeves, sharara, dupatta.
    # All answers: VQA adapter.
    case(
        "X1577-022",
        worn("a pink kurta and a pink sharara"),
        piece("kurta", "pink"),
        piece("sharara", "pink"),
        piece("dupatta", "pink"),
        Q.sleeve_length("three-quarter"),
        gender="Girls",
        title="Girls Pink Gotta Patti Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Pink",
    ),
    # Boy (~9) in a red safa (turban), white backdrop: maroon art-silk sherwani with gold buttons and embroidered
    # collar and cuffs, cream churidar. All answers: VQA adapter.
    case(
        "X1577-023",
        worn("a red sherwani and a turban"),
        piece("sherwani", "maroon"),
        piece("churidar", "maroon", "other_garment_color"),
        details("sherwani", "gold buttons down the front and embroidery on the collar and cuffs"),
        Q.material("velvet", "unsupported"),
        gender="Boys",
        title="Boys Maroon & Gold-Toned Embroidered Sherwani Set",
        category="Sherwani",
        color="Maroon",
    ),
    # Girl (~7), white backdrop: off-white printed anarkali kurta, off-white churidar pyjamas, short green
    # printed jacket over the kurta. All answers: VQA adapter.
    case(
        "X1577-024",
        worn("a white dress and a green jacket"),
        piece("kurta", "green", "other_garment_color"),
        piece("pyjamas", "white"),
        piece(
            "jacket",
            "green green green green green green green green green green green green green green green "
            "green green green green green green green green green green green green green green green",
            "loop",
            hit_limit=True,
        ),
        Q.color("white"),
        gender="Girls",
        title="Girls Off White & Green Printed Anarkali Kurta with Pyjamas & Jacket",
        category="Kurta Sets",
        color="Off White",
    ),
    # Boy (~8) holding a paper kite, sky-blue backdrop: plain olive green kurta (side-seam pockets, no chest
    # pocket), white pyjamas. All answers: VQA adapter.
    case(
        "X1577-025",
        worn("a green kurta and white pants holding a kite"),
        piece("kurta", "green"),
        piece(
            "pyjamas",
            "white and white and white and white and white and white and white and white and white and white and "
            "white and white and white and white and white",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        details("kurta", "a pocket on the front", "unsupported"),
        gender="Boys",
        title="Boys Olive Green Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Olive",
    ),
    # Girl (~6), white backdrop: multicoloured bandhani (tie-dye dot) cotton lehenga, yellow blouse, pink dupatta.
    # All answers: VQA adapter.
    case(
        "X1577-026",
        worn("a colorful dress", "contradiction"),
        piece("lehenga", "multicolor"),
        piece("blouse", "yellow"),
        piece("dupatta", "yellow", "other_garment_color"),
        Q.pattern("polka dot"),
        Q.material("cotton"),
        gender="Girls",
        title="Girls Multicoloured Bandhani Printed Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Multi",
    ),
    # Boy (~6), hands folded in a namaste, white backdrop: white half-sleeve shirt, white veshti with a gold
    # border, matching angavastram over one shoulder. All answers: VQA adapter.
    case(
        "X1577-027",
        worn(
            "a boy in a white shirt and a white dhoti with a gold border and a white cloth on his shoulder with a "
            "gold border and his hands folded in front of his",
            "cut",
            hit_limit=True,
        ),
        piece("shirt", "white"),
        piece("veshti", "gold", "contradiction"),
        Q.sleeve_length("short sleeves"),
        is_a("dhoti", "yes"),
        gender="Boys",
        title="Boys White & Gold-Toned Solid Shirt with Veshti",
        category="Clothing Set",
        color="White",
    ),
    # Flat lay on white, no child: rust orange kurta with three-quarter sleeves laid over matching rust palazzos.
    # All answers: VQA adapter.
    case(
        "X1577-028",
        worn("an orange top and orange pants"),
        piece("kurta", "orange"),
        piece(
            "palazzos",
            "orange orange orange orange orange orange orange orange orange orange orange orange orange orange "
            "orange orange orange orange orange orange orange orange orange orange orange orange orange orange "
            "orange orange",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        Q.material("the garment is made of", "restated"),
        gender="Girls",
        title="Girls Rust Orange Solid Kurta with Palazzos",
        category="Kurta Sets",
        color="Rust",
    ),
    # Boy (~5), white backdrop: peach sherwani with pink-peach floral embroidery, peach churidar, peach-and-pink
    # printed stole round the neck. All answers: VQA adapter.
    case(
        "X1577-029",
        worn("a boy in a pink coat and a scarf"),
        piece("sherwani", "pink"),
        piece("churidar", "pink"),
        piece(
            "stole",
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink "
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("coat", "contradiction"),
        is_a("sherwani", "yes"),
        gender="Boys",
        title="Boys Peach-Coloured Embroidered Sherwani with Churidar & Stole",
        category="Sherwani",
        color="Peach",
    ),
    # Girl (~8), white backdrop: teal lehenga with a gold embroidered border and sequins, pink sleeveless blouse,
    # teal net dupatta. All answers: VQA adapter.
    case(
        "X1577-030",
        worn("a blue and pink lehenga"),
        piece(
            "lehenga",
            "blue and gold and blue and gold and blue and gold and blue and gold and blue and gold and blue and gold "
            "and blue and",
            "loop",
            hit_limit=True,
        ),
        piece("blouse", "pink"),
        piece("dupatta", "pink", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        details(
            "lehenga",
            "gold embroidery on the border with sequins all over the skirt and a pink blouse with a gold border at "
            "the bottom and a teal",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        title="Girls Teal Blue & Pink Embroidered Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Teal",
    ),
    # Boy (~6) in front of a bright yellow backdrop: lime green kurta, white churidar. All answers: VQA adapter.
    case(
        "X1577-031",
        worn("a green kurta and white pants"),
        piece("kurta", "yellow", "contradiction"),
        piece(
            "churidar",
            "white Question: What is the color of the pants? Answer: white Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        Q.color("green"),
        is_a("kurta", "yes"),
        gender="Boys",
        title="Pspeaches Boys Lime Green Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Lime Green",
    ),
    # Girl (~9), white backdrop: peach net ethnic gown with floral embroidery on the yoke, flared skirt, short
    # sleeves. All answers: VQA adapter.
    case(
        "X1577-032",
        worn("a peach dress"),
        Q.color("peach"),
        Q.pattern("floral"),
        details("dress", "floral embroidery on the yoke and a flared skirt"),
        Q.material("net"),
        Q.sleeve_length("short sleeves"),
        gender="Girls",
        title="Aks Kids Girls Peach-Coloured Floral Embroidered Ethnic Gown",
        category="Ethnic Dresses",
        color="Peach",
    ),
    # Boy (~7) playing a small dhol slung at his waist, white backdrop: navy blue cotton kurta, full sleeves, white
    # pyjamas. All answers: VQA adapter.
    case(
        "X1577-033",
        worn("a boy playing a drum", "non_answer"),
        piece("kurta", "navy blue"),
        piece("pyjamas", "navy blue", "other_garment_color"),
        Q.material("cotton"),
        Q.sleeve_length(
            "long sleeves long sleeves long sleeves long sleeves long sleeves long sleeves long sleeves long "
            "sleeves long sleeves long sleeves long sleeves long sleeves long sleeves long sleeves long sleeves",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="Boys Navy Blue Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # Girl (~7) holding a pooja thali with a diya, white backdrop: green woven art-silk lehenga, pink blouse, pink
    # dupatta with gold border. All answers: VQA adapter.
    case(
        "X1577-034",
        worn("a green skirt and a pink top holding a plate"),
        piece("lehenga", "green"),
        piece("blouse", "green", "other_garment_color"),
        piece(
            "dupatta",
            "pink and gold and pink and gold and pink and gold and pink and gold and pink and gold and pink and gold "
            "and pink and",
            "loop",
            hit_limit=True,
        ),
        Q.material("silk"),
        is_a("lehenga", "no", "contradiction"),
        gender="Girls",
        title="Girls Green & Pink Woven Design Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Green",
    ),
    # Boy (~10), bareheaded, white backdrop: black indo-western sherwani with gold embroidery on the collar and
    # down the front, black trousers. All answers: VQA adapter.
    case(
        "X1577-035",
        worn("a black suit"),
        piece("sherwani", "black"),
        piece("trousers", "black"),
        details("sherwani", "gold embroidery on the collar and the front with a matching turban", "unsupported"),
        Q.garment_type("sherwani"),
        gender="Boys",
        title="Boys Black Embroidered Indowestern Sherwani with Trousers",
        category="Sherwani",
        color="Black",
    ),
    # Girl (~8), white backdrop: white kurta with pink thread embroidery, three-quarter sleeves, pink sharara, pink
    # dupatta. All answers: VQA adapter.
    case(
        "X1577-036",
        worn("a white top and pink pants"),
        piece("kurta", "pink", "other_garment_color"),
        piece("sharara", "pink"),
        piece(
            "dupatta",
            "pink Question: What is the color of the shirt? Answer: pink Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("embroidered"),
        Q.sleeve_length("three quarter sleeves"),
        gender="Girls",
        title="Girls White & Pink Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="White",
    ),
    # Boy (~3) sitting cross-legged on a floor cushion: orange half-sleeve cotton kurta, cream dhoti pants. All
    # answers: VQA adapter.
    case(
        "X1577-037",
        worn("she is wearing an orange kurta and white dhoti", "pronoun"),
        piece("kurta", "orange"),
        piece("dhoti pants", "orange", "other_garment_color"),
        Q.sleeve_length("short sleeves"),
        Q.material("cotton"),
        is_a("kurta", "yes"),
        gender="Boys",
        title="Boys Orange Solid Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Orange",
    ),
    # Girl (~9), white backdrop: gold-toned tissue lehenga with embellished border, maroon blouse, gold net
    # dupatta. All answers: VQA adapter.
    case(
        "X1577-038",
        worn(
            "a gold skirt and a red top Question: What is the color of the skirt? Answer: gold Question: What is",
            "leak",
            hit_limit=True,
        ),
        piece("lehenga", "gold"),
        piece("blouse", "maroon"),
        piece("dupatta", "maroon", "other_garment_color"),
        details("lehenga", "the lehenga", "non_answer"),
        Q.material("silk"),
        gender="Girls",
        title="Girls Gold-Toned & Maroon Embellished Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Gold",
    ),
    # Back view of a boy (~6), short hair: sea green kurta showing below a sea-green-and-gold printed Nehru jacket,
    # white pyjamas. All answers: VQA adapter.
    case(
        "X1577-039",
        worn("she is wearing a green vest and white pants", "pronoun"),
        piece("kurta", "green"),
        piece("pyjamas", "white"),
        piece(
            "nehru jacket",
            "green and gold and green and gold and green and gold and green and gold and green and gold and green "
            "and gold and green and",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("printed"),
        gender="Boys",
        title="Boys Sea Green Kurta with White Pyjamas & Printed Nehru Jacket",
        category="Kurta Sets",
        color="Sea Green",
    ),
    # Girl (~7), white backdrop: purple printed cotton anarkali kurta, styled with white leggings that are not part
    # of the product. All answers: VQA adapter.
    case(
        "X1577-040",
        worn("a purple dress and white leggings"),
        piece("kurta", "purple"),
        Q.pattern("the pattern of the garment is printed", "restated"),
        Q.material("cotton"),
        Q.color("white", "other_garment_color"),
        is_a("kurta", "yes"),
        gender="Girls",
        title="Girls Purple Ethnic Motifs Printed Anarkali Kurta",
        category="Kurtas",
        color="Purple",
    ),
    # Boy (~9), white backdrop: mustard yellow printed straight cotton kurta, full sleeves, styled with blue jeans.
    # All answers: VQA adapter.
    case(
        "X1577-041",
        worn("a yellow kurta and blue jeans"),
        piece("kurta", "yellow"),
        Q.color("blue", "other_garment_color"),
        is_a("kurta", "yes"),
        Q.sleeve_length("long"),
        Q.material("denim", "unsupported"),
        gender="Boys",
        title="Boys Mustard Yellow Ethnic Motifs Printed Straight Kurta",
        category="Kurtas",
        color="Mustard",
    ),
    # Toddler girl (~2), white backdrop: yellow lehenga with pink floral embroidery and a pink border with gold
    # lace, pink blouse, pink dupatta pinned across. No tassels. All answers: VQA adapter.
    case(
        "X1577-042",
        worn("a baby in a yellow dress", "contradiction"),
        piece("lehenga", "yellow"),
        piece("blouse", "pink"),
        piece("dupatta", "pink"),
        details(
            "lehenga",
            "pink flowers embroidered on the skirt and a pink border at the bottom of the skirt with gold lace and "
            "small pink tassels hanging from the",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        title="Girls Yellow & Pink Embroidered Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Yellow",
    ),
    # Boy (~6) holding a lit diya, white backdrop: grey melange kurta with mandarin collar and button placket, white
    # pyjamas. All answers: VQA adapter.
    case(
        "X1577-043",
        worn("a gray kurta"),
        piece(
            "kurta",
            "gray gray gray gray gray gray gray gray gray gray gray gray gray gray gray "
            "gray gray gray gray gray gray gray gray gray gray gray gray gray gray gray",
            "loop",
            hit_limit=True,
        ),
        piece("pyjamas", "gray", "other_garment_color"),
        Q.material("cotton"),
        details("kurta", "a collar and buttons"),
        gender="Boys",
        title="Boys Grey Melange Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Grey Melange",
    ),
    # Flat lay on a white surface: lavender kurta with a gold yoke, lavender palazzos, lavender dupatta with a gold
    # border folded on top. The feed left color out. All answers: VQA adapter.
    case(
        "X1577-044",
        worn("a purple top and purple pants"),
        piece("kurta", "purple"),
        piece(
            "palazzos",
            "purple Question: What is the color of the pants? Answer: purple Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        piece("dupatta", "white", "contradiction"),
        Q.pattern("solid"),
        Q.garment_type("kurta"),
        gender="Girls",
        title="Girls Lavender & Gold-Toned Yoke Design Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
    ),
    # Boy (~8), light grey backdrop: white sherwani with pearl embellishment on the collar, white churidar, white
    # dupatta over the arm. All answers: VQA adapter.
    case(
        "X1577-045",
        worn("a white sherwani"),
        piece("sherwani", "white"),
        piece(
            "churidar",
            "white Question: What is the color of the pants? Answer: white Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        details("sherwani", "pearls on the collar"),
        Q.material("the garment is made of the garment", "restated"),
        is_a("sherwani", "yes"),
        gender="Boys",
        title="Boys White Embellished Sherwani Set",
        category="Sherwani",
        color="White",
    ),
]
