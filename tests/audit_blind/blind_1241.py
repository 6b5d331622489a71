"""BLIND_1241 (45 products; Myntra kids' ethnic wear, VQA adapter, each piece's color): written blind in the sixty-
second session. Measured blind at 8f3ced2 (the session's third rules): 57/79 failures found (72.2%) and 15/183
correct texts flagged (8.2%). The writer's notes, verbatim:

Scenario: a Myntra kids' ethnic wear feed (kurta sets, lehenga cholis, sherwanis, anarkalis, sharara and dhoti
sets, a few ethnic dresses and Nehru jackets), catalog columns as the feed has them: title, category (Myntra's
article type), color (its base colour), gender ("Boys"/"Girls"); a few rows lack one of them. Photos are the usual
catalog shots: a child on a white or grey backdrop, sometimes a back view, two flat lays, a prop now and then (a toy,
a flute, a flower garland). For every product the run asked what the child wears and the color of each piece of the
set (kurta, pyjama, churidar, dupatta, lehenga, choli, stole, jacket...), plus two to four of: "Is this a ...?",
garment type, pattern, sleeve length, material, the details or a description of one piece.
Who wrote what: every text is the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA on Salesforce/blip2-opt-2.7b), greedy,
30 new tokens, free generation (the color answers are stored open, not ranked against candidates). The run does not
caption (that adapter's captions are broken), so no case has a caption. Most answers came back short because the
run stops on the newline; the ones that never reached it loop, run on into the "Question: ... Answer:" format, or
are cut at the 30-token limit (hit_limit=True on those).
Labeling conventions and judgement calls: judged against the photo I imagined (the comment above each case) and
the title. Near shades a shopper would accept count as right: cream/off white -> "white", mustard -> "yellow",
maroon -> "red", lavender -> "purple", magenta -> "pink", teal -> "blue", rust -> "orange"; navy answered "black" is
wrong. A piece given the color of another piece of the same set is other_garment_color; a wrong color that belongs
to no other garment (a prop's, or just wrong) is contradiction. Garment words: the In-shop class nearest in shape is
right (lehenga -> "skirt", choli -> "top", sherwani -> "jacket"/"coat"/"suit", Nehru jacket -> "vest", anarkali or
ethnic gown -> "dress"); a two-piece set called "a dress", or a knee-length kurta called "a shirt", is contradiction,
as is "no" to "Is this a ...?" when the photo and title say yes, and a sleeve length the photo does not show. A
material the title states and the answer matches is right; a material the title contradicts is contradiction; a
material the title does not state is right when it is what the garment really is (my note says so) and unsupported
when it is not. Invented details (mirror work, a pocket square that is not there) are unsupported. A details answer
that is only the piece's color or the question's words back is non_answer / restated. An answer that runs on into
"Question: ... Answer:" is leak even when its first words are right; a text that repeats until the limit is loop;
a text that stops mid-phrase at the limit without repeating one unit is cut. "she"/"he" against the gender column is
pronoun. On a flat lay, "What is the person wearing?" answered with the product's pieces is taken as right.
"""

from tests.audit_corpus import BLIND_QUESTIONS, case, color_of, describe, details, is_a, material, wearing

Q = BLIND_QUESTIONS

BLIND_1241 = [
    # Truth: boy on a white backdrop, maroon silk-blend kurta with a gold thread yoke, white pyjama, brown mojris.
    # All texts: VQA adapter.
    case(
        "X1241-001",
        wearing("a maroon kurta and white pants"),
        is_a("kurta", "yes"),
        color_of("kurta", "maroon", kind="open"),
        color_of("pyjama", "maroon", "other_garment_color", kind="open"),
        Q.pattern("embroidered"),
        Q.sleeve_length("long sleeve"),
        gender="Boys",
        title="Boys Maroon Ethnic Motifs Yoke Design Kurta with Pyjamas",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Truth: boy, front view, mustard yellow cotton kurta with mandarin collar and button placket, white pyjama.
    # All texts: VQA adapter; the yes/no and details answers never reached the newline.
    case(
        "X1241-002",
        wearing("a yellow kurta and white pyjamas"),
        is_a(
            "kurta",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "yellow", kind="open"),
        color_of("pyjama", "white", kind="open"),
        material("cotton"),
        details(
            "kurta",
            "the kurta has a mandarin collar and a button placket and a pocket on the chest and a pocket on the side "
            "and a pocket on the",
            "cut",
            hit_limit=True,
        ),
        gender="Boys",
        title="Boys Mustard Yellow Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Truth: girl, pink flared lehenga with a gold gota border, pink sleeveless blouse, light pink net dupatta on one
    # shoulder. All texts: VQA adapter.
    case(
        "X1241-003",
        wearing("a pink dress", "contradiction", who="the girl"),
        Q.garment_type("skirt"),
        color_of("lehenga", "pink", kind="open"),
        color_of("blouse", "pink", kind="open"),
        color_of("dupatta", "pink", kind="open"),
        is_a("lehenga", "yes"),
        gender="Girls",
        title="Girls Pink & Gold-Toned Embellished Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Pink",
    ),
    # Truth: boy in a cream brocade sherwani with small floral butis, cream churidar, maroon stole over the shoulder.
    # All texts: VQA adapter.
    case(
        "X1241-004",
        wearing("a white suit"),
        color_of("sherwani", "white", kind="open"),
        color_of("churidar", "white", kind="open"),
        color_of("stole", "white", "other_garment_color", kind="open"),
        is_a("sherwani", "no", "contradiction"),
        Q.garment_type("jacket"),
        Q.pattern("floral"),
        gender="Boys",
        title="Boys Cream-Coloured Self Design Sherwani Set",
        category="Sherwani",
        color="Cream",
    ),
    # Truth: girl, bottle green flared anarkali with gold foil floral print, green churidar, gold net dupatta. The
    # fabric is rayon (not in the title). All texts: VQA adapter.
    case(
        "X1241-005",
        wearing("a green dress with a gold dupatta"),
        color_of("kurta", "green", kind="open"),
        color_of("churidar", "green", kind="open"),
        color_of("dupatta", "green", "other_garment_color", kind="open"),
        Q.pattern("floral"),
        material("silk", "unsupported"),
        gender="Girls",
        title="Girls Green Ethnic Motifs Printed Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Green",
    ),
    # Truth: boy, white kurta, white pyjama, navy blue Nehru jacket with a pocket square. All texts: VQA adapter.
    case(
        "X1241-006",
        wearing("a blue vest and white pants"),
        color_of("jacket", "black", "contradiction", kind="open"),
        color_of("kurta", "white", kind="open"),
        color_of("pyjama", "white", kind="open"),
        is_a("jacket", "yes"),
        Q.garment_type("vest"),
        gender="Boys",
        title="Boys Navy Blue & White Solid Kurta with Pyjamas & Nehru Jacket",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # Truth: girl, peach short kurti with mirror work at the neckline and short sleeves, peach sharara, peach dupatta
    # with a white lace edge. All texts: VQA adapter; the sharara's color looped.
    case(
        "X1241-007",
        wearing("a peach kurta and pants"),
        color_of("kurti", "peach", kind="open"),
        color_of(
            "sharara",
            "peach peach peach peach peach peach peach peach peach peach peach peach peach peach peach peach peach "
            "peach peach peach peach peach peach peach peach peach peach peach peach peach",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("dupatta", "peach and white", kind="open"),
        details("kurti", "mirror work on the neckline"),
        Q.sleeve_length("short sleeve"),
        gender="Girls",
        title="Girls Peach-Coloured Embroidered Kurti with Sharara & Dupatta",
        category="Kurta Sets",
        color="Peach",
    ),
    # Truth: boy, knee-length yellow kurta, off-white dhoti pants to mid-calf. All texts: VQA adapter.
    case(
        "X1241-008",
        wearing("a yellow shirt and white shorts", "contradiction"),
        color_of("kurta", "yellow", kind="open"),
        color_of("dhoti", "yellow", "other_garment_color", kind="open"),
        is_a("dhoti", "yes"),
        Q.garment_type("shirt", "contradiction"),
        gender="Boys",
        title="Boys Yellow Solid Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Truth: girl, sleeveless floor-length magenta art-silk gown, gold embroidered yoke, gold border at the hem.
    # All texts: VQA adapter; the details answer ran to the limit.
    case(
        "X1241-009",
        wearing("a pink dress"),
        color_of("dress", "pink", kind="open"),
        is_a("dress", "yes"),
        Q.pattern("the pattern of the dress", "restated"),
        Q.sleeve_length("sleeveless"),
        material("silk"),
        details(
            "dress",
            "the dress has a gold embroidered yoke and a flared skirt with a gold border at the hem and a gold "
            "border on the sleeves and a gold",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        title="Girls Magenta Embellished Fit and Flare Ethnic Dress",
        category="Ethnic Dresses",
        color="Magenta",
    ),
    # Truth: boy, side pose, blue kurta with white floral block print, white pyjama. All texts: VQA adapter; the
    # wearing answer ran on to the limit.
    case(
        "X1241-010",
        wearing(
            "a blue and white kurta Answer: a blue and white kurta Answer: a blue and white kurta Answer: a blue and "
            "white",
            "leak",
            hit_limit=True,
        ),
        color_of("kurta", "blue", kind="open"),
        color_of("pyjama", "blue", "other_garment_color", kind="open"),
        Q.pattern("floral"),
        material("cotton"),
        Q.sleeve_length("long"),
        gender="Boys",
        title="Boys Blue & White Printed Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Blue",
    ),
    # Truth: girl, mustard short-sleeved choli, green printed lehenga with a mustard border, mustard dupatta.
    # All texts: VQA adapter.
    case(
        "X1241-011",
        wearing("a yellow top and a green skirt"),
        color_of("lehenga", "yellow", "other_garment_color", kind="open"),
        color_of("choli", "yellow", kind="open"),
        color_of("dupatta", "yellow", kind="open"),
        is_a("lehenga", "no", "contradiction"),
        Q.garment_type("skirt"),
        gender="Girls",
        title="Girls Mustard & Green Printed Ready to Wear Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Mustard",
    ),
    # Truth: boy in a navy blue sherwani with gold buttons and thread work at the collar, cream churidar. The feed
    # row has no gender. All texts: VQA adapter; the details answer looped.
    case(
        "X1241-012",
        wearing("a blue jacket and white pants"),
        color_of("sherwani", "navy", kind="open"),
        color_of("churidar", "navy", "other_garment_color", kind="open"),
        is_a("sherwani", "yes"),
        details(
            "sherwani",
            "gold buttons and gold buttons and gold buttons and gold buttons and gold buttons and gold buttons and "
            "gold buttons and gold",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        title="Boys Navy Blue Embroidered Sherwani with Churidar",
        category="Sherwani",
        color="Navy Blue",
    ),
    # Truth: girl, white chikankari kurta with floral embroidery and three-quarter sleeves, white palazzos.
    # All texts: VQA adapter.
    case(
        "X1241-013",
        wearing("a white kurta and white pants"),
        color_of("kurta", "white", kind="open"),
        color_of("palazzos", "white", kind="open"),
        Q.pattern("floral"),
        material("cotton"),
        details("kurta", "white embroidery and mirror work", "unsupported"),
        Q.sleeve_length("3/4 sleeve"),
        gender="Girls",
        title="Girls White Chikankari Embroidered Pure Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="White",
    ),
    # Truth: boy, cream kurta and cream pyjama under a green Nehru jacket with a paisley print.
    # All texts: VQA adapter; the yes/no answer looped.
    case(
        "X1241-014",
        wearing("a green jacket and a white kurta"),
        color_of("jacket", "green", kind="open"),
        color_of("kurta", "green", "other_garment_color", kind="open"),
        color_of("pyjama", "white", kind="open"),
        Q.pattern("paisley"),
        is_a(
            "jacket",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="Boys Cream Kurta & Pyjama with Green Printed Nehru Jacket",
        category="Kurta Sets",
        color="Green",
    ),
    # Truth: flat lay on a white floor, no model: red lehenga with gold embroidery, red choli, gold tissue dupatta.
    # All texts: VQA adapter.
    case(
        "X1241-015",
        wearing("a red and gold lehenga"),
        color_of("lehenga", "red", kind="open"),
        color_of("choli", "red", kind="open"),
        color_of("dupatta", "red", "other_garment_color", kind="open"),
        Q.garment_type("skirt"),
        details("lehenga", "gold embroidery and mirror work and tassels", "unsupported"),
        gender="Girls",
        title="Girls Red & Gold-Toned Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Red",
    ),
    # Truth: toddler boy with long curls, black kurta with thread work at the neck, white churidar.
    # All texts: VQA adapter; the churidar's color looped.
    case(
        "X1241-016",
        wearing("she is wearing a black kurta", "pronoun", who="the child"),
        color_of("kurta", "black", kind="open"),
        color_of(
            "churidar",
            "white white white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        Q.sleeve_length("long sleeve"),
        gender="Boys",
        title="Boys Black Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Black",
    ),
    # Truth: girl, lavender floral anarkali, lavender trousers, plain white chiffon dupatta. All texts: VQA adapter.
    case(
        "X1241-017",
        wearing("a purple dress"),
        color_of("kurta", "purple", kind="open"),
        color_of("trousers", "purple", kind="open"),
        color_of("dupatta", "purple", "other_garment_color", kind="open"),
        Q.pattern("floral"),
        is_a("kurta", "no", "contradiction"),
        gender="Girls",
        title="Girls Lavender Floral Printed Anarkali Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Lavender",
    ),
    # Truth: boy, peach cotton kurta, white pyjama. All texts: VQA adapter; the kurta's color ran on into the prompt
    # format until the limit.
    case(
        "X1241-018",
        wearing("a peach kurta and white pyjamas"),
        color_of(
            "kurta",
            "peach Question: What is the color of the pyjama? Answer: white Question: What is the color of the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        color_of("pyjama", "white", kind="open"),
        is_a("kurta", "yes"),
        material("cotton"),
        gender="Boys",
        title="Boys Peach-Coloured Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Peach",
    ),
    # Truth: back view, girl, turquoise blue lehenga, pink choli with a tie-up dori at the back, pink dupatta.
    # All texts: VQA adapter; the wearing answer ran to the limit.
    case(
        "X1241-019",
        wearing(
            "a blue skirt and a pink top with a pink dupatta on her shoulder and a gold border on the skirt and gold "
            "embroidery on the top and a",
            "cut",
            hit_limit=True,
        ),
        color_of("lehenga", "blue", kind="open"),
        color_of("choli", "blue", "other_garment_color", kind="open"),
        color_of("dupatta", "pink", kind="open"),
        details("choli", "the choli has a tie-up at the back"),
        is_a("lehenga", "yes"),
        gender="Girls",
        title="Girls Blue & Pink Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Blue",
    ),
    # Truth: boy, gold polyester jacquard sherwani with a paisley weave, white churidar, maroon velvet mojris,
    # bare head.
    # All texts: VQA adapter; the sherwani's color looped.
    case(
        "X1241-020",
        color_of(
            "sherwani",
            "gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold "
            "gold gold gold gold gold gold gold gold gold",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("churidar", "white", kind="open"),
        wearing("a gold sherwani and a gold turban", "unsupported"),
        Q.garment_type("coat"),
        Q.pattern("paisley"),
        material("silk", "unsupported"),
        gender="Boys",
        title="Boys Gold-Toned Jacquard Sherwani Set",
        category="Sherwani",
        color="Gold",
    ),
    # Truth: girl holding a pink plush toy, yellow short kurti with gota lace at the hem, yellow sharara, yellow
    # dupatta with a gota border. All texts: VQA adapter; the details answer looped.
    case(
        "X1241-021",
        wearing("a yellow dress", "contradiction"),
        color_of("kurta", "yellow", kind="open"),
        color_of("sharara", "yellow", kind="open"),
        color_of("dupatta", "pink", "contradiction", kind="open"),
        details(
            "kurta",
            "gold lace on the hem and gold lace on the sleeves and gold lace on the neck and gold lace on the hem and "
            "gold lace on the sleeves",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Girls Yellow Gotta Patti Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Truth: boy, thigh-length straight kurta, cream base with multicolored motifs, worn with blue jeans (styling).
    # All texts: VQA adapter.
    case(
        "X1241-022",
        wearing("a white kurta and blue jeans"),
        color_of("kurta", "blue", "other_garment_color", kind="open"),
        color_of("jeans", "blue", kind="open"),
        Q.pattern("printed"),
        is_a("kurta", "yes"),
        Q.sleeve_length("long"),
        gender="Boys",
        title="Boys Multicoloured Printed Straight Kurta",
        category="Kurtas",
        color="Multi",
    ),
    # Truth: girl, teal maxi ethnic dress with gold ethnic motifs, three-quarter sleeves, gold border at the hem.
    # All texts: VQA adapter; the description ran to the limit.
    case(
        "X1241-023",
        wearing("a blue dress"),
        color_of("dress", "blue", kind="open"),
        describe(
            "dress",
            "a long blue dress with gold print on the front and a gold border at the bottom of the dress and a gold "
            "border at the bottom of the sleeves and",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeve", "contradiction"),
        is_a("dress", "yes"),
        Q.pattern("floral"),
        gender="Girls",
        title="Girls Teal Blue Ethnic Motifs Printed Maxi Ethnic Dress",
        category="Ethnic Dresses",
        color="Teal",
    ),
    # Truth: boy, off-white cotton kurta with self thread work at the placket, off-white churidar.
    # All texts: VQA adapter; the churidar's color looped.
    case(
        "X1241-024",
        wearing("a white kurta"),
        color_of("kurta", "white", kind="open"),
        color_of(
            "churidar",
            "white white white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details("kurta", "white", "non_answer"),
        Q.pattern("solid"),
        material("linen", "unsupported"),
        gender="Boys",
        title="Boys Off-White Thread Work Kurta with Churidar",
        category="Kurta Sets",
        color="Off White",
    ),
    # Truth: girl, sea green sequinned lehenga, sea green choli, peach net dupatta. All texts: VQA adapter.
    case(
        "X1241-025",
        wearing("a green lehenga"),
        color_of("lehenga", "green", kind="open"),
        color_of("choli", "green", kind="open"),
        color_of("dupatta", "white", "contradiction", kind="open"),
        Q.garment_type("dress", "contradiction"),
        Q.pattern("sequin"),
        gender="Girls",
        title="Girls Sea Green Sequinned Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Sea Green",
    ),
    # Truth: boy, navy kurta with white embroidery on the yoke, white pyjama. All texts: VQA adapter; the details
    # answer looped.
    case(
        "X1241-026",
        wearing("a blue kurta and white pajamas"),
        color_of("kurta", "blue", kind="open"),
        color_of("pyjama", "white", kind="open"),
        details(
            "kurta",
            "the sleeves, the neckline, the collar, the sleeves, the neckline, the collar, the sleeves, the neckline, "
            "the collar, the sleeves",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Boys",
        title="Boys Navy Blue Embroidered Kurta with Pyjamas",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # Truth: girl, pink short-sleeved cotton kurta with a small floral print, white dhoti pants. The feed row has no
    # category. All texts: VQA adapter.
    case(
        "X1241-027",
        wearing("a pink top and white pants", who="the girl"),
        color_of("kurta", "pink", kind="open"),
        color_of("dhoti", "pink", "other_garment_color", kind="open"),
        Q.pattern("floral"),
        material("cotton"),
        Q.sleeve_length("short sleeve"),
        gender="Girls",
        title="Girls Pink Printed Kurta with Dhoti Pants",
        color="Pink",
    ),
    # Truth: boy, maroon velvet sherwani, cream churidar, gold stole. All texts: VQA adapter.
    case(
        "X1241-028",
        wearing("a red jacket"),
        color_of("sherwani", "Answer: maroon", "leak", kind="open"),
        color_of("churidar", "cream", kind="open"),
        color_of("stole", "gold", kind="open"),
        material("velvet"),
        is_a("sherwani", "yes"),
        gender="Boys",
        title="Boys Maroon Velvet Sherwani with Churidar & Stole",
        category="Sherwani",
        color="Maroon",
    ),
    # Truth: girl, orange printed kurta, green salwar, orange and green leheriya dupatta. All texts: VQA adapter;
    # the dupatta's color ran on into the prompt format.
    case(
        "X1241-029",
        wearing("a orange and green outfit"),
        color_of("kurta", "orange", kind="open"),
        color_of("salwar", "orange", "other_garment_color", kind="open"),
        color_of(
            "dupatta",
            "orange and green Question: What is the color of the salwar? Answer: orange and green Question: What is "
            "the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        is_a("salwar", "yes"),
        gender="Girls",
        title="Girls Orange Printed Kurta with Salwar & Dupatta",
        category="Kurta Sets",
        color="Orange",
    ),
    # Truth: boy, white kurta and white pyjama under a mustard brocade Nehru jacket. All texts: VQA adapter.
    case(
        "X1241-030",
        wearing("a yellow vest and white pants"),
        color_of("jacket", "yellow", kind="open"),
        color_of("kurta", "yellow", "other_garment_color", kind="open"),
        color_of("pyjama", "white", kind="open"),
        Q.garment_type("vest"),
        is_a("jacket", "no", "contradiction"),
        gender="Boys",
        title="Boys White Kurta with Pyjama & Mustard Nehru Jacket",
        category="Kurta Sets",
        color="White",
    ),
    # Truth: girl, multicolored patchwork-print lehenga, red sleeveless choli, no dupatta. The feed row has no gender.
    # All texts: VQA adapter.
    case(
        "X1241-031",
        wearing("a colorful skirt and a red top"),
        color_of("lehenga", "multicolor", kind="open"),
        color_of("choli", "red Question: What is the color of the lehenga? Answer: multicolor", "leak", kind="open"),
        details("lehenga", "lehenga details", "restated"),
        is_a("lehenga", "yes"),
        Q.pattern("patchwork"),
        title="Girls Multicoloured Printed Lehenga Choli",
        category="Lehenga Choli",
        color="Multi",
    ),
    # Truth: boy, knee-length grey pathani kurta with a collar, button placket and a chest pocket, grey salwar.
    # All texts: VQA adapter.
    case(
        "X1241-032",
        wearing("a grey suit"),
        color_of("kurta", "grey", kind="open"),
        color_of("salwar", "grey", kind="open"),
        Q.garment_type("shirt", "contradiction"),
        details("kurta", "collar and buttons on the front and a pocket on the chest"),
        Q.sleeve_length("long"),
        gender="Boys",
        title="Boys Grey Solid Pathani Kurta with Salwar",
        category="Kurta Sets",
        color="Grey",
    ),
    # Truth: girl with a short bob, navy blue net ethnic gown with gold-toned embroidery and cap sleeves.
    # All texts: VQA adapter.
    case(
        "X1241-033",
        wearing("he is wearing a blue dress", "pronoun", who="the child"),
        color_of("dress", "blue", kind="open"),
        is_a("gown", "yes"),
        Q.sleeve_length("short sleeve"),
        material("cotton", "unsupported"),
        gender="Girls",
        title="Girls Navy Blue & Gold-Toned Embroidered Ethnic Gown",
        category="Ethnic Dresses",
        color="Navy Blue",
    ),
    # Truth: boy holding a toy flute, green silk-blend kurta, gold dhoti pants, no jewellery.
    # All texts: VQA adapter; the wearing answer ran to the limit.
    case(
        "X1241-034",
        wearing(
            "a green kurta and a gold dhoti and a flute in his hand and a gold necklace around his neck and a gold "
            "bracelet on his wrist and a",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "green", kind="open"),
        color_of("dhoti", "gold", kind="open"),
        is_a("dhoti", "yes"),
        material("silk"),
        gender="Boys",
        title="Boys Green & Gold-Toned Silk Blend Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Green",
    ),
    # Truth: girl, white kurti with pink floral print and short flutter sleeves, pink sharara. All texts: VQA adapter;
    # the kurti's color came back empty (newline first).
    case(
        "X1241-035",
        wearing("a white top and pink pants"),
        color_of("kurti", "", "non_answer", kind="open"),
        color_of("sharara", "pink", kind="open"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless", "contradiction"),
        gender="Girls",
        title="Girls White & Pink Floral Printed Kurti with Sharara",
        category="Kurta Sets",
        color="White",
    ),
    # Truth: boy, rust solid kurta, cream pyjama. The feed row has no color. All texts: VQA adapter.
    case(
        "X1241-036",
        wearing("an orange kurta and white pants"),
        color_of("kurta", "orange", kind="open"),
        color_of("pyjama", "white", kind="open"),
        is_a("kurta", "yes"),
        details("kurta", "the kurta is orange", "non_answer"),
        Q.pattern("solid"),
        gender="Boys",
        title="Boys Rust Orange Solid Kurta with Pyjamas",
        category="Kurta Sets",
    ),
    # Truth: girl, off-white lehenga with a red border, off-white choli, sheer red shrug over it.
    # All texts: VQA adapter.
    case(
        "X1241-037",
        wearing("a white dress and a red jacket", "contradiction"),
        color_of("lehenga", "white", kind="open"),
        color_of("choli", "red", "other_garment_color", kind="open"),
        color_of("shrug", "red", kind="open"),
        Q.garment_type("skirt"),
        details("shrug", "sheer red jacket"),
        gender="Girls",
        title="Girls Off White & Red Embroidered Lehenga Choli with Shrug",
        category="Lehenga Choli",
        color="Off White",
    ),
    # Truth: boy, peach embroidered sherwani, white churidar, peach stole. All texts: VQA adapter; the garment type
    # looped.
    case(
        "X1241-038",
        wearing("a peach sherwani and white pants"),
        color_of("sherwani", "peach", kind="open"),
        color_of("churidar", "white", kind="open"),
        color_of("stole", "white", "other_garment_color", kind="open"),
        is_a("sherwani", "yes"),
        Q.garment_type(
            "jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket "
            "jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="Boys Peach-Coloured Embroidered Sherwani Set",
        category="Sherwani",
        color="Peach",
    ),
    # Truth: girl, blue bandhani-print cotton kurta (white dots), white palazzos. All texts: VQA adapter; the
    # wearing answer ran on into the prompt format.
    case(
        "X1241-039",
        wearing(
            "a blue kurta and white pants Question: What is the color of the kurta? Answer: blue Question: What is "
            "the color of the",
            "leak",
            hit_limit=True,
        ),
        color_of("kurta", "blue", kind="open"),
        color_of("palazzos", "blue", "other_garment_color", kind="open"),
        Q.pattern("polka dot"),
        material("cotton"),
        gender="Girls",
        title="Girls Blue & White Bandhani Printed Pure Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Blue",
    ),
    # Truth: boy, cream kurta, cream churidar, maroon Nehru jacket with a small floral print and a welt chest pocket
    # (empty, no pocket square), no mirror work. All texts: VQA adapter.
    case(
        "X1241-040",
        color_of("jacket", "maroon", kind="open"),
        color_of("kurta", "maroon", "other_garment_color", kind="open"),
        color_of("churidar", "cream", kind="open"),
        details("jacket", "mirror work and a pocket square", "unsupported"),
        is_a("jacket", "yes"),
        wearing("a maroon vest and a cream kurta"),
        gender="Boys",
        title="Boys Cream Kurta with Churidar & Maroon Printed Nehru Jacket",
        category="Kurta Sets",
        color="Cream",
    ),
    # Truth: girl with a marigold garland (prop), yellow lehenga, pink short-sleeved choli, pink dupatta.
    # All texts: VQA adapter.
    case(
        "X1241-041",
        wearing("a yellow skirt and pink top"),
        color_of("lehenga", "yellow", kind="open"),
        color_of("choli", "pink Question: What is the color of the dupatta? Answer: pink", "leak", kind="open"),
        color_of("dupatta", "yellow", "other_garment_color", kind="open"),
        Q.garment_type("skirt"),
        Q.sleeve_length("short sleeve"),
        gender="Girls",
        title="Girls Yellow & Pink Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Yellow",
    ),
    # Truth: flat lay on a grey backdrop, no model: white knee-length cotton kurta and white pyjama.
    # All texts: VQA adapter.
    case(
        "X1241-042",
        wearing("a white shirt and white pants", "contradiction"),
        color_of("kurta", "white", kind="open"),
        color_of("pyjama", "white", kind="open"),
        material("cotton"),
        is_a("kurta", "yes"),
        gender="Boys",
        title="Boys White Solid Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
    ),
    # Truth: girl, red anarkali with gold embroidery at the yoke, red churidar, gold dupatta. All texts: VQA adapter;
    # the kurta's color looped.
    case(
        "X1241-043",
        color_of(
            "kurta",
            "red and gold and red and gold and red and gold and red and gold and red and gold and red and gold and "
            "red and gold and red",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("churidar", "red", kind="open"),
        color_of("dupatta", "red", "other_garment_color", kind="open"),
        wearing("a red dress"),
        is_a("dress", "yes"),
        Q.pattern("embroidered"),
        gender="Girls",
        title="Girls Red Embroidered Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Red",
    ),
    # Truth: boy, blue woven-design Nehru jacket (the product) over a white kurta and white pyjama (styling).
    # All texts: VQA adapter.
    case(
        "X1241-044",
        color_of("jacket", "blue", kind="open"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("vest"),
        wearing("a blue vest over a white kurta"),
        is_a("jacket", "yes"),
        Q.pattern("solid"),
        gender="Boys",
        title="Boys Blue Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Blue",
    ),
    # Truth: girl, pink lehenga with a green border, green short-sleeved blouse, pink dupatta. All texts: VQA
    # adapter; the description ran to the limit.
    case(
        "X1241-045",
        describe(
            "lehenga",
            "a pink lehenga with a green border and a green blouse with a pink border and a pink dupatta with a "
            "green border and a green",
            "cut",
            hit_limit=True,
        ),
        color_of("lehenga", "pink", kind="open"),
        color_of("blouse", "pink", "other_garment_color", kind="open"),
        color_of("dupatta", "pink", kind="open"),
        is_a("lehenga", "yes"),
        Q.sleeve_length("short"),
        gender="Girls",
        title="Girls Pink & Green Ready to Wear Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Pink",
    ),
]
