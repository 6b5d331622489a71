"""BLIND_1505 (45 products; Myntra kids' ethnic wear, VQA adapter, each piece's color): written blind in the sixty-fifth
session. Measured blind at 71dbb3c (the session's sixth rules): 64/79 failures found (81.0%) and 17/183 correct texts
flagged (9.3%). The writer's notes, verbatim:

Scenario: a Myntra feed of children's ethnic wear (kurta sets with pyjamas, churidars, dhoti pants, sharara and
palazzos, lehenga cholis, pattu pavadai, sherwanis, anarkalis and ethnic gowns, one Nehru jacket sold alone). The
photos are the catalog's usual shots: a child on a plain backdrop, often styled with things that are not the product
(mojaris, a stole, a jacket, a safa, a brass diya or a thali, a kite, a marigold backdrop, a swing), now and then a
flat lay or a back view. Columns as the feed has them: title, category (Myntra's article type), color (Myntra's base
colour), gender (Boys/Girls); a few rows lack one of them.
Who wrote what: no caption; every text is the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA on blip2-opt-2.7b, 8-bit),
greedy, `Question: ... Answer:`, 30 new tokens at most. The run asks "What is the person wearing?", the color of each
piece the title names ("What is the color of the kurta / pyjama / dupatta ...?", stored closed, raw text kept), often
"Is this a <kind>?", and one or two of pattern, sleeve length, material, type, details. Because the adapter was
trained on unmasked prompt+padding labels, most answers come out short (pads decode to nothing), but some never
stop: loops, cuts at 30 tokens, or the adapter writing the next "Question: ... Answer:" itself.
Labeling conventions and judgement calls: judged by the photo I imagined (the comment above each case) and the title.
Adjacent shade names are correct (maroon/red, mustard/yellow, off-white/cream/white, navy/blue, peach/pink,
lavender/purple, magenta/pink, teal/blue, rust/brown, cream/beige); a named hue that is another piece's color is
other_garment_color, one from a prop, the backdrop or nowhere is contradiction. A catalog base colour that the photo
does not bear out (a "Gold" kurta that is beige with gold thread) does not make the photo's color wrong. Plain-English
names for the pieces are correct (kurta = shirt/top, pyjama/churidar/sharara = pants, lehenga = skirt, sherwani =
suit/jacket, Nehru jacket = vest); "dress" is accepted for an anarkali, a gown or a full lehenga set, not for a straight
kurta worn over palazzos; a wrong kind or a wrong sleeve length is contradiction. Material answers are correct when
plausible for the visible fabric and not against the title; invented features (a zip, a pocket square, a dupatta that is
not there) are unsupported. An empty answer, or the question's words back, is non_answer; a long sentence that only
restates the question is restated. A loop or a cut that ran to 30 tokens carries hit_limit=True, and so does a leak that
ran on; a text with two faults takes the one a reader notices first. A material answer that gives a color or no material
at all is non_answer; "no" to "Is this a <kind>?" for the product is contradiction. About three in ten texts are wrong:
a single-colored piece on a plain backdrop mostly comes out right; the adapter goes wrong on the second and third piece
(the first piece's color again), on props and backdrops, on yes/no for words its In-shop training never had (sherwani,
dhoti, Nehru jacket), on material, which it was never trained on, and by not stopping.
"""

from tests.audit_corpus import BLIND_QUESTIONS, case, color_of, describe, details, is_a, wearing

Q = BLIND_QUESTIONS

BLIND_1505 = [
    # Photo: boy on a grey backdrop, cream kurta with maroon thread embroidery on the yoke, cream pyjama, maroon
    # mojaris. All texts: VQA adapter. All correct.
    case(
        "X1505-001",
        wearing("a white kurta and white pants"),
        color_of("kurta", "cream"),
        color_of("pyjama", "cream"),
        is_a("kurta", "yes"),
        Q.pattern("embroidered"),
        Q.sleeve_length("long sleeve"),
        gender="Boys",
        title="YK Boys Cream-Coloured & Maroon Embroidered Kurta with Pyjamas",
        category="Kurta Sets",
        color="Cream",
    ),
    # Photo: boy in a knee-length navy jacquard sherwani with gold buttons, off-white churidar, no stole, no pocket
    # square. VQA adapter. The churidar gets the sherwani's navy; "no" to sherwani; the details invent a pocket square.
    case(
        "X1505-002",
        wearing("he is wearing a navy blue suit"),
        color_of("sherwani", "navy"),
        color_of("churidar", "navy", "other_garment_color"),
        is_a("sherwani", "no", "contradiction"),
        Q.material("polyester"),
        details(
            "sherwani",
            "the sherwani has a mandarin collar, gold buttons, and a pocket square on the left side",
            "unsupported",
        ),
        gender="Boys",
        title="Jashvi Boys Navy Blue Self Design Sherwani with Churidar",
        category="Sherwani",
        color="Navy Blue",
    ),
    # Photo: girl on white, pink flared lehenga with gold gota border, pink sleeveless blouse, sheer pink dupatta over
    # one shoulder. VQA adapter. "a pink dress" accepted for the full lehenga set; the dupatta color loops.
    case(
        "X1505-003",
        wearing("a pink dress"),
        color_of("lehenga", "pink"),
        color_of("blouse", "pink"),
        color_of(
            "dupatta",
            "pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink",
            "loop",
            hit_limit=True,
        ),
        is_a("lehenga", "yes"),
        Q.sleeve_length("sleeveless"),
        gender="Girls",
        title="Biba Girls Pink & Gold-Toned Embroidered Ready to Wear Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Pink",
    ),
    # Photo: girl in a mustard knee-length anarkali, mustard churidar, bottle-green dupatta with a mustard border.
    # VQA adapter. The dupatta gets the kurta's mustard.
    case(
        "X1505-004",
        wearing("she is wearing a yellow dress"),
        color_of("kurta", "mustard"),
        color_of("churidar", "yellow"),
        color_of("dupatta", "mustard", "other_garment_color"),
        Q.pattern("solid"),
        Q.material("cotton"),
        gender="Girls",
        title="Aarika Girls Mustard Yellow Solid Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Photo: boy on beige next to a brass diya stand, yellow silk-blend kurta, white pyjama. VQA adapter. The pyjama
    # gets the kurta's yellow.
    case(
        "X1505-005",
        wearing("he is wearing a yellow kurta and white pyjamas"),
        color_of("kurta", "yellow"),
        color_of("pyjama", "yellow", "other_garment_color"),
        is_a("kurta", "yes"),
        Q.garment_type("kurta"),
        Q.sleeve_length("long sleeve"),
        gender="Boys",
        title="Vastramay Boys Yellow & White Kurta with Pyjamas",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Photo: boy in a maroon solid kurta under a beige-gold brocade Nehru jacket, cream churidar. VQA adapter. The
    # kurta gets the jacket's gold (only the photo shows the kurta under it is maroon).
    case(
        "X1505-006",
        wearing("a maroon kurta and a gold vest"),
        color_of("kurta", "gold", "other_garment_color"),
        color_of("jacket", "gold"),
        color_of("churidar", "cream"),
        is_a("kurta", "yes"),
        Q.pattern("solid"),
        Q.material("silk"),
        gender="Boys",
        title="Manyavar Boys Maroon Solid Kurta with Churidar & Nehru Jacket",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Photo: flat lay on white, green floral-printed lehenga spread out, pink short-sleeved blouse above it, pink net
    # dupatta folded at the side; no child. VQA adapter. Blouse gets the lehenga's green; "no" to lehenga.
    case(
        "X1505-007",
        wearing("a green skirt and a pink top"),
        color_of("lehenga", "green"),
        color_of("blouse", "green", "other_garment_color"),
        color_of("dupatta", "pink"),
        Q.pattern("floral"),
        is_a("lehenga", "no", "contradiction"),
        gender="Girls",
        title="Bitiya by Bhama Girls Green & Pink Printed Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Green",
    ),
    # Photo: boy on light blue, white kurta with tonal chikankari on the front and cuffs, white pyjama. VQA adapter.
    # "silk" against the title's pure cotton.
    case(
        "X1505-008",
        wearing("white kurta pajama"),
        color_of("kurta", "white"),
        color_of("pyjama", "white"),
        Q.material("silk", "contradiction"),
        details("kurta", "the kurta has embroidery on the front and the sleeves"),
        Q.pattern("embroidered"),
        gender="Boys",
        title="YK Boys White Chikankari Embroidered Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
    ),
    # Photo: girl holding a brass pooja thali, peach anarkali with three-quarter sleeves, peach trousers, cream dupatta
    # with a narrow gold lace. VQA adapter. The wearing answer loops on the thali; dupatta "gold": the thali and the
    # lace, the dupatta itself is cream.
    case(
        "X1505-009",
        wearing(
            "she is wearing a peach anarkali with a cream dupatta and a gold thali in her hands and a gold thali in "
            "her hands and",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "peach"),
        color_of("trousers", "peach"),
        color_of("dupatta", "gold", "contradiction"),
        is_a("anarkali", "yes", article="an"),
        Q.sleeve_length("three quarter"),
        gender="Girls",
        title="Sangria Girls Peach-Coloured Embroidered Anarkali Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Peach",
    ),
    # Photo: back view, boy in an orange kurta (mirror work on the front, not visible; the back is plain), cream dhoti
    # pants. VQA adapter. Dhoti gets the kurta's orange; the yes/no answer writes the next prompts itself.
    case(
        "X1505-010",
        wearing("a orange shirt and white pants"),
        color_of("kurta", "orange"),
        color_of("dhoti", "orange", "other_garment_color"),
        is_a(
            "dhoti",
            "yes dhoti Question: Is this a kurta? Answer: yes Question: Is this a dhoti? Answer: yes Question:",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        gender="Boys",
        title="Jashvi Boys Orange & Cream-Coloured Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Orange",
    ),
    # Photo: girl against a marigold-garland backdrop (orange and yellow), red short kurta with gold foil print, red
    # sharara with gold print, red dupatta with gold border. VQA adapter. Sharara "orange" is the backdrop.
    case(
        "X1505-011",
        wearing("a red top and red pants"),
        color_of("kurta", "red"),
        color_of("sharara", "orange", "contradiction"),
        color_of("dupatta", "red"),
        Q.pattern("printed"),
        Q.material("the material of the garment is made of the material of the garment", "restated"),
        gender="Girls",
        title="Biba Girls Red & Gold-Toned Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Red",
    ),
    # Photo: girl on white, lavender lehenga with scattered sequins, lavender blouse with short puff sleeves, no
    # dupatta. VQA adapter. The blouse color is the question's word back; the details run on and are cut.
    case(
        "X1505-012",
        wearing("purple dress"),
        color_of("lehenga", "purple"),
        color_of("blouse", "blouse", "non_answer"),
        is_a("lehenga", "yes"),
        Q.sleeve_length("short sleeve"),
        details(
            "lehenga",
            "the lehenga has sequins on the skirt and a waistband with a zipper on the side and a tassel on the "
            "drawstring and a",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        title="Pspeaches Girls Lavender Embellished Lehenga Choli",
        category="Lehenga Choli",
        color="Lavender",
    ),
    # Photo: boy in a black velvet sherwani with gold embroidery on the collar and front, cream churidar, gold stole
    # over one shoulder. VQA adapter. Churidar gets the sherwani's black; "solid" against the embroidery the photo and
    # the title show.
    case(
        "X1505-013",
        wearing("a black suit with a gold scarf"),
        color_of("sherwani", "black"),
        color_of("churidar", "black", "other_garment_color"),
        is_a("sherwani", "yes"),
        Q.pattern("solid", "contradiction"),
        Q.material("velvet"),
        gender="Boys",
        title="SG YUVRAJ Boys Black & Gold-Toned Embroidered Velvet Sherwani Set",
        category="Sherwani",
        color="Black",
    ),
    # Photo: boy on grey, indigo block-printed short kurta with small floral buttis, full sleeves, styled with a white
    # pyjama that is not sold with it. VQA adapter. All correct.
    case(
        "X1505-014",
        wearing("a blue kurta and white pants"),
        color_of("kurta", "blue"),
        is_a("kurta", "yes"),
        Q.pattern("floral"),
        Q.material("cotton"),
        Q.sleeve_length("long sleeve"),
        gender="Boys",
        title="Fabindia Boys Blue Printed Cotton Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Photo: boy sitting on a wooden chair, mint (sea green) kurta, white pyjama. VQA adapter. Kurta "blue" is wrong
    # (no blue anywhere); the sleeve answer is empty.
    case(
        "X1505-015",
        wearing("a green shirt and white pants"),
        color_of("kurta", "blue", "contradiction"),
        color_of("pyjama", "white"),
        is_a("kurta", "yes"),
        Q.sleeve_length("", "non_answer"),
        gender="Boys",
        title="Kisah Boys Sea Green Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Sea Green",
    ),
    # Photo: girl with jasmine in her hair, magenta silk pavadai with a green zari border, green blouse with magenta
    # border, gold necklace. VQA adapter. The wearing answer runs on and is cut; blouse gets the skirt's pink.
    case(
        "X1505-016",
        wearing(
            "she is wearing a pink silk skirt with a green border and a green blouse with a pink border and a gold "
            "necklace and a pair of gold",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "pink"),
        color_of("blouse", "pink", "other_garment_color"),
        Q.material("silk"),
        is_a("lehenga", "yes"),
        Q.pattern("solid"),
        gender="Girls",
        title="Bownbee Girls Magenta & Green Pure Silk Pattu Pavadai with Blouse",
        category="Lehenga Choli",
        color="Magenta",
    ),
    # Photo: boy in an off-white kurta and pyjama under a blue printed Nehru jacket. VQA adapter. "she" for the boy.
    case(
        "X1505-017",
        wearing("she is wearing a blue vest and white pants", "pronoun"),
        color_of("kurta", "white"),
        color_of("jacket", "blue"),
        color_of("pyjama", "white"),
        is_a("kurta", "yes"),
        Q.pattern("printed"),
        gender="Boys",
        title="Sethukrishna Boys Off-White & Blue Printed Nehru Jacket with Kurta & Pyjama",
        category="Kurta Sets",
        color="Off White",
    ),
    # Photo: boy in a cream jacquard sherwani, cream churidar, a maroon stole over the shoulder, maroon mojaris.
    # VQA adapter. Sherwani gets the stole's maroon; the details say nothing.
    case(
        "X1505-018",
        wearing("a white suit and a red scarf"),
        color_of("sherwani", "maroon", "other_garment_color"),
        color_of("churidar", "cream"),
        is_a("sherwani", "yes"),
        details("sherwani", "the sherwani details are the sherwani", "non_answer"),
        gender="Boys",
        title="Manyavar Boys Cream-Coloured Self Design Sherwani with Churidar",
        category="Sherwani",
        color="Cream",
    ),
    # Photo: girl in a teal floor-length flared gown with a paisley-and-flower print, full sleeves, no belt. VQA
    # adapter. The feed row has no base colour. The wearing answer adds a belt; the material answer names no material.
    case(
        "X1505-019",
        wearing("a blue dress with a belt", "unsupported"),
        color_of("dress", "teal"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeve"),
        is_a("dress", "yes"),
        Q.material("the dress is made of a blue fabric", "non_answer"),
        gender="Girls",
        title="Bitiya by Bhama Girls Teal Blue Ethnic Motifs Printed Maxi Gown",
        category="Ethnic Dresses",
    ),
    # Photo: boy holding a red paper kite, lime green cotton kurta, white pyjama. VQA adapter. Pyjama "red" is the kite;
    # the yes/no answer loops; the material answer is a color.
    case(
        "X1505-020",
        wearing("a green kurta and white pajamas"),
        color_of("kurta", "green"),
        color_of("pyjama", "red", "contradiction"),
        is_a(
            "kurta",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        Q.material("green", "non_answer"),
        gender="Boys",
        title="Jompers Boys Lime Green & White Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Lime Green",
    ),
    # Photo: girl on white, yellow lehenga with a blue floral embroidered border, blue short-sleeved blouse, yellow
    # dupatta. VQA adapter. The wearing answer runs on and is cut; the blouse gets the lehenga's yellow.
    case(
        "X1505-021",
        wearing(
            "a yellow lehenga with a blue border and a blue blouse and a yellow dupatta with a blue border and a blue "
            "border on the sleeves and a",
            "cut",
            hit_limit=True,
        ),
        color_of("lehenga", "yellow"),
        color_of("blouse", "yellow", "other_garment_color"),
        color_of("dupatta", "yellow"),
        is_a("lehenga", "yes"),
        Q.pattern("embroidered"),
        Q.sleeve_length("short sleeve"),
        gender="Girls",
        title="Aarika Girls Yellow & Blue Embroidered Ready to Wear Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Yellow",
    ),
    # Photo: back view, boy in a navy kurta, white pyjama; the navy reads dark in the shot. VQA adapter. The row has no
    # category. "black shirt" against the title's navy (and the adapter's own "navy"); the pyjama gets the kurta's navy.
    case(
        "X1505-022",
        wearing("a black shirt and white pants", "contradiction"),
        color_of("kurta", "navy"),
        color_of("pyjama", "navy", "other_garment_color"),
        is_a("kurta", "yes"),
        Q.sleeve_length("long"),
        gender="Boys",
        title="Vastramay Boys Navy Blue Solid Kurta with Pyjamas",
        color="Navy Blue",
    ),
    # Photo: boy seated on a floor cushion, cream kurta with a gold border at the hem, shiny gold tissue dhoti pants.
    # VQA adapter. Kurta gets the dhoti's gold; "no" to dhoti; the dhoti details loop.
    case(
        "X1505-023",
        wearing("a white shirt and gold pants"),
        color_of("kurta", "gold", "other_garment_color"),
        color_of("dhoti", "gold"),
        is_a("dhoti", "no", "contradiction"),
        Q.material("silk"),
        details(
            "dhoti",
            "the dhoti has a gold border and a gold border and a gold border and a gold border and a gold border and "
            "a gold border and",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="YK Boys Cream-Coloured & Gold-Toned Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Cream",
    ),
    # Photo: girl in a knee-length straight blue kurta with a white floral print and three-quarter sleeves, white
    # palazzos with a blue printed hem. VQA adapter. "dress" for a straight kurta over palazzos that the photo shows
    # clearly; the sleeve answer loops.
    case(
        "X1505-024",
        wearing("she is wearing a blue and white dress", "contradiction"),
        color_of("kurta", "blue"),
        color_of("palazzos", "white"),
        Q.pattern("floral"),
        Q.material("cotton"),
        Q.sleeve_length(
            "three-quarter sleeve three-quarter sleeve three-quarter sleeve three-quarter sleeve three-quarter sleeve",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Biba Girls Blue & White Floral Printed Pure Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Blue",
    ),
    # Photo: girl on a wooden swing, gold tissue lehenga with a pink border, pink blouse, pink net dupatta. VQA
    # adapter. Blouse gets the lehenga's gold; the dupatta answer begins by repeating the prompt.
    case(
        "X1505-025",
        wearing("a gold skirt and a pink top"),
        color_of("lehenga", "gold"),
        color_of("blouse", "gold", "other_garment_color"),
        color_of("dupatta", "Question: What is the color of the dupatta? Answer: pink", "leak"),
        is_a("lehenga", "yes"),
        gender="Girls",
        title="Pspeaches Girls Gold-Toned & Pink Embellished Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Gold",
    ),
    # Photo: boy in a kurta that is beige with gold self-design thread (the feed's "Gold" is the thread), cream
    # pyjama. VQA adapter. "beige" is what the photo shows; beige for the cream pyjama is an adjacent shade. All
    # correct.
    case(
        "X1505-026",
        wearing("a beige kurta and white pants"),
        color_of("kurta", "beige"),
        color_of("pyjama", "beige"),
        is_a("kurta", "yes"),
        Q.pattern("solid"),
        Q.material("silk"),
        gender="Boys",
        title="Manyavar Boys Gold-Toned Self Design Kurta with Pyjamas",
        category="Kurta Sets",
        color="Gold",
    ),
    # Photo: girl twirling (slight blur), bottle green short kurta with gold yoke embroidery, green sharara, green
    # dupatta with a gold border. VQA adapter. The wearing answer loops.
    case(
        "X1505-027",
        wearing(
            "she is wearing a green kurta and green pants and a green dupatta and a green dupatta and a green dupatta "
            "and a green",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "green"),
        color_of("sharara", "green"),
        color_of("dupatta", "green"),
        details("kurta", "the kurta has gold embroidery on the neckline"),
        Q.pattern("embroidered"),
        gender="Girls",
        title="Sangria Girls Green Yoke Design Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Green",
    ),
    # Photo: boy in a peach kurta, white pyjama, a Nehru jacket printed with pink and green flowers on cream. VQA
    # adapter. "a dress" for the boy's kurta set; the pyjama gets the kurta's peach.
    case(
        "X1505-028",
        wearing("a dress and a jacket", "contradiction"),
        color_of("kurta", "peach"),
        color_of("jacket", "white"),
        color_of("pyjama", "peach", "other_garment_color"),
        is_a("kurta", "yes"),
        Q.sleeve_length("long sleeve"),
        gender="Boys",
        title="Jashvi Boys Peach-Coloured Solid Kurta with Pyjamas & Printed Nehru Jacket",
        category="Kurta Sets",
        color="Peach",
    ),
    # Photo: front view, girl in a maroon velvet anarkali with gold yoke embroidery, maroon churidar, holding a small
    # gold potli bag. VQA adapter. "no" to anarkali; the details invent a back zip the front view cannot show.
    case(
        "X1505-029",
        wearing("a red dress"),
        color_of("kurta", "maroon"),
        color_of("churidar", "maroon"),
        Q.material("velvet"),
        is_a("anarkali", "no", "contradiction", article="an"),
        details(
            "kurta",
            "the kurta has a round neck, gold embroidery on the yoke, and a zip closure at the back",
            "unsupported",
        ),
        gender="Girls",
        title="Aarika Girls Maroon Embroidered Velvet Anarkali Kurta with Churidar",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Photo: flat lay on white, blue printed full-sleeved kurta folded over a white pyjama; no child. VQA adapter. "a
    # blue dress" for the boys' kurta set; "short sleeve" is wrong: the folded sleeves reach the hem.
    case(
        "X1505-030",
        wearing("a blue dress", "contradiction"),
        color_of("kurta", "blue"),
        color_of("pyjama", "white"),
        Q.pattern("printed"),
        is_a("kurta", "yes"),
        Q.sleeve_length("short sleeve", "contradiction"),
        gender="Boys",
        title="YK Boys Blue & White Printed Kurta with Pyjamas",
        category="Kurta Sets",
        color="Blue",
    ),
    # Photo: boy in a bottle green sherwani, gold churidar, green safa with gold stripes (part of the set). VQA adapter.
    # "no" to sherwani; the material answer runs into its own next prompt.
    case(
        "X1505-031",
        wearing("a green sherwani and a turban"),
        color_of("sherwani", "green"),
        color_of("churidar", "gold"),
        color_of("turban", "green and gold"),
        is_a("sherwani", "no", "contradiction"),
        Q.material(
            "The garment is made of silk. Question: What is the color of the garment? Answer: green Question: What",
            "leak",
            hit_limit=True,
        ),
        gender="Boys",
        title="Jashvi Boys Green & Gold-Toned Sherwani Set with Churidar & Safa",
        category="Sherwani",
        color="Green",
    ),
    # Photo: back view, girl looking over her shoulder, white chikankari kurta (embroidery on the back too), pink
    # sharara. VQA adapter. The sharara gets the kurta's white.
    case(
        "X1505-032",
        wearing("a white top and pink pants"),
        color_of("kurta", "white"),
        color_of("sharara", "white", "other_garment_color"),
        Q.pattern("embroidered"),
        Q.material("cotton"),
        is_a("kurta", "yes"),
        gender="Girls",
        title="Bitiya by Bhama Girls White & Pink Chikankari Kurta with Sharara",
        category="Kurta Sets",
        color="White",
    ),
    # Photo: girl in a sleeveless knee-length A-line dress, bandhani dots on red with yellow and green panels. VQA
    # adapter. "red" is the dominant color of a Multi product; the description runs on and is cut.
    case(
        "X1505-033",
        wearing("a colorful dress"),
        color_of("dress", "red"),
        Q.pattern("polka dot"),
        Q.sleeve_length("sleeveless"),
        is_a("dress", "yes"),
        describe(
            "dress",
            "the dress is a sleeveless a-line dress with a red and yellow bandhani print and a green panel at the "
            "waist and a green",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        title="Kisah Girls Multicoloured Bandhani Printed Ethnic A-Line Dress",
        category="Ethnic Dresses",
        color="Multi",
    ),
    # Photo: boy holding a lit brass diya, black kurta, white churidar. VQA adapter. "she" for the boy; churidar gets
    # the kurta's black; the yes/no answer is empty.
    case(
        "X1505-034",
        wearing("she is wearing a black kurta and white pants", "pronoun"),
        color_of("kurta", "black"),
        color_of("churidar", "black", "other_garment_color"),
        is_a("kurta", "", "non_answer"),
        Q.material("cotton silk"),
        gender="Boys",
        title="Vastramay Boys Black Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Black",
    ),
    # Photo: girl in an off-white kurta with a red floral print, red patiala salwar, red dupatta. VQA adapter. Kurta
    # gets the salwar's red (its ground is off-white, the red is only the print); the details run on and are cut.
    case(
        "X1505-035",
        wearing("a white and red salwar suit"),
        color_of("kurta", "red", "other_garment_color"),
        color_of("salwar", "red"),
        color_of("dupatta", "red"),
        Q.pattern("floral"),
        details(
            "kurta",
            "the kurta has a mandarin collar with a button placket and a printed floral pattern on the front and the "
            "sleeves are three quarter with",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        title="Biba Girls Off-White & Red Printed Kurta with Patiala & Dupatta",
        category="Kurta Sets",
        color="Off White",
    ),
    # Photo: girl holding a pink flower garland, turquoise lehenga, pink blouse, pink dupatta. VQA adapter. The dupatta
    # gets the lehenga's turquoise.
    case(
        "X1505-036",
        wearing("she is wearing a blue skirt and a pink blouse and a pink scarf"),
        color_of("lehenga", "turquoise"),
        color_of("blouse", "pink"),
        color_of("dupatta", "turquoise", "other_garment_color"),
        is_a("lehenga", "yes"),
        Q.garment_type("skirt"),
        gender="Girls",
        title="Ahalyaa Girls Turquoise Blue & Pink Ready to Wear Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Turquoise Blue",
    ),
    # Photo: boy against a wall, a colorful rangoli on the floor, maroon solid kurta, cream dhoti pants. VQA adapter.
    # The dhoti gets the kurta's maroon; the details say only "kurta".
    case(
        "X1505-037",
        wearing("a red kurta and white dhoti"),
        color_of("kurta", "maroon"),
        color_of("dhoti", "maroon", "other_garment_color"),
        is_a("kurta", "yes"),
        details("kurta", "the kurta is a kurta", "non_answer"),
        Q.pattern("solid"),
        gender="Boys",
        title="Sethukrishna Boys Maroon & Cream-Coloured Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Photo: boy in a rust cotton-look kurta, cream pyjama. VQA adapter. Pyjama gets the kurta's rust; the description
    # restates; "denim" is nothing the photo shows.
    case(
        "X1505-038",
        wearing("a brown kurta and white pants"),
        color_of("kurta", "rust"),
        color_of("pyjama", "rust", "other_garment_color"),
        is_a("kurta", "yes"),
        describe(
            "kurta",
            "the kurta is a rust colored kurta that is worn by the boy in the picture with the pyjama",
            "restated",
        ),
        Q.material("denim", "unsupported"),
        gender="Boys",
        title="Jashvi Boys Rust Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Rust",
    ),
    # Photo: girl in a sleeveless yellow kurta with a floral print, yellow sharara. VQA adapter. The row has no gender.
    # The sharara color loops; "short sleeve" for a sleeveless kurta.
    case(
        "X1505-039",
        wearing("a yellow top and yellow pants"),
        color_of("kurta", "yellow"),
        color_of(
            "sharara",
            "yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeve", "contradiction"),
        title="KISAH Kids Yellow Floral Printed Kurta with Sharara",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Photo: back view, boy in a white sherwani (gold buttons are on the front, not in the shot), white churidar. VQA
    # adapter. "she" for the boy; the details describe buttons the back view does not show.
    case(
        "X1505-040",
        wearing("she is wearing a white jacket and white pants", "pronoun"),
        color_of("sherwani", "white"),
        color_of("churidar", "white"),
        details("sherwani", "the sherwani has gold buttons down the front", "unsupported"),
        is_a("sherwani", "yes"),
        Q.pattern("solid"),
        gender="Boys",
        title="SG YUVRAJ Boys White & Gold-Toned Sherwani with Churidar",
        category="Sherwani",
        color="White",
    ),
    # Photo: girl sitting on a swing decorated with marigolds, red embroidered lehenga, red blouse, red dupatta. VQA
    # adapter. The dupatta answer cycles through the pieces; the material answer is a color.
    case(
        "X1505-041",
        wearing("a red lehenga"),
        color_of("lehenga", "red"),
        color_of("blouse", "red"),
        color_of(
            "dupatta",
            "the dupatta is red and the lehenga is red and the blouse is red and the dupatta is red and the lehenga "
            "is red and",
            "loop",
            hit_limit=True,
        ),
        is_a("lehenga", "yes"),
        Q.material("red", "non_answer"),
        gender="Girls",
        title="Biba Girls Red Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Red",
    ),
    # Photo: boy in a mustard brocade Nehru jacket with paisley motifs (the product), styled over a white kurta and
    # white pyjama. VQA adapter. The jacket gets the kurta's white; "no" to Nehru jacket.
    case(
        "X1505-042",
        wearing("a yellow vest and a white kurta"),
        color_of("jacket", "white", "other_garment_color"),
        color_of("kurta", "white"),
        is_a("nehru jacket", "no", "contradiction"),
        Q.pattern("paisley"),
        Q.material("brocade"),
        gender="Boys",
        title="Manyavar Boys Mustard Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Mustard",
    ),
    # Photo: girl holding a rakhi thali, pink bandhani-print kurta, pink salwar, no dupatta (none sold, none worn). VQA
    # adapter. The wearing answer adds a dupatta; the salwar answer runs on into prompts of its own.
    case(
        "X1505-043",
        wearing("a pink kurta and a pink salwar and a pink dupatta", "unsupported"),
        color_of("kurta", "pink"),
        color_of(
            "salwar",
            "pink Question: What is the color of the dupatta? Answer: pink Question: What is the pattern of the",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("polka dot"),
        Q.material("cotton"),
        gender="Girls",
        title="Taavi Girls Pink Bandhani Print Pure Cotton Kurta with Salwar",
        category="Kurta Sets",
        color="Pink",
    ),
    # Photo: boy in a sky blue kurta, white pyjama, tan mojaris. VQA adapter. "she" for the boy; "no" to kurta.
    case(
        "X1505-044",
        wearing("she is wearing a light blue kurta and white pajamas", "pronoun"),
        color_of("kurta", "sky blue"),
        color_of("pyjama", "white"),
        is_a("kurta", "no", "contradiction"),
        Q.sleeve_length("long sleeve"),
        gender="Boys",
        title="Vastramay Boys Blue & White Kurta Pyjama Set",
        category="Kurta Sets",
        color="Blue",
    ),
    # Photo: girl in a floor-length lime green anarkali gown with a printed hem, pink printed dupatta. VQA adapter.
    # The dupatta gets the gown's green; the sleeve answer loops on the question's words.
    case(
        "X1505-045",
        wearing("a green dress and a pink scarf"),
        color_of("dress", "green"),
        color_of("dupatta", "green", "other_garment_color"),
        Q.pattern("printed"),
        Q.sleeve_length(
            "the sleeve length of the garment is long sleeve and the sleeve length of the garment is long sleeve and "
            "the sleeve length of the",
            "loop",
            hit_limit=True,
        ),
        is_a("dress", "yes"),
        gender="Girls",
        title="Aarika Girls Lime Green & Pink Printed Anarkali Gown with Dupatta",
        category="Ethnic Dresses",
        color="Lime Green",
    ),
]
