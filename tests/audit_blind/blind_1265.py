"""BLIND_1265 (45 products; Myntra kids' ethnic wear, VQA adapter): written blind in the sixty-second session. Measured
blind at 4bcfbdd (the session's sixth rules): 62/84 failures found (73.8%) and 14/165 correct texts flagged (8.5%).
The writer's notes, verbatim:

Scenario: a Myntra feed of children's ethnic wear (kurta sets, lehenga cholis, sherwanis, anarkalis, dhoti kurtas,
sharara and gharara sets, a Nehru jacket, ethnic dresses). Catalog shots: a child on a plain light backdrop, now and
then a back view, two flat lays, a stool, a garland or a turban as props. The feed gives title, category (Myntra's
article type), base colour and gender (Boys/Girls); a few rows lack one of them.
Who wrote what: every text is the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA on Salesforce/blip2-opt-2.7b, 8-bit),
greedy, 30 new tokens, prompt "Question: ... Answer:". No caption: this run did not caption. The questionnaire asks
"What is the child wearing?", the color of each piece the title names (kurta, pyjama, churidar, dupatta, lehenga,
choli, jacket, stole...), whether it is the title's garment, and one or two of pattern, sleeve length, material,
garment type, describe/details. Answers mostly come out as one or two In-shop words ("skirt and blouse", "dress");
when they do not stop they loop, run on into a new "Question: ... Answer:" or are cut at the limit.
Labeling conventions and judgement calls: near hues count as right (cream/off-white -> "white", maroon -> "red",
peach -> "pink", rust -> "orange", teal -> "green", turquoise -> "blue"); navy -> "black" is wrong. In-shop words
for ethnic pieces count as right where they fit: "dress" for an anarkali or ethnic gown, "skirt" for a lehenga or
pavadai, "blouse"/"top" for a choli or short kurti, "pants" for pyjama/churidar/palazzo/sharara, "coat"/"jacket"
for a sherwani, "vest" for a Nehru jacket. Wrong (contradiction): "shirt" for a knee-length kurta, "shorts" for a
dhoti, "dress" for a kurta over sharara or dhoti pants, "no" to "Is this a kurta/lehenga/anarkali?" when it is.
A piece's color that belongs to another piece in the photo is other_garment_color, even when the color is also the
feed's base colour. A color for a piece that the photo does not show (dupatta out of frame, back view) is
unsupported, as are invented details and a material the title contradicts. A text with two faults gets the one that
came first or dominates (a loop that also names a wrong color is a loop). hit_limit only where the text ran to
30 tokens. The partial "pink" for a multicolour patchwork lehenga is left unmarked. A sleeve length read off the
kurta under a sleeveless Nehru jacket is a contradiction; "a boy in ..." for a flat lay is unsupported; "yes" or
the garment's name as a color, an empty answer, and a bare garment name to a yes/no question are non_answer.
"""

from tests.audit_corpus import BLIND_QUESTIONS, case, color_of, describe, details, is_a, wearing

Q = BLIND_QUESTIONS
KID = "the child"

BLIND_1265 = [
    # Boy, front, plain backdrop: maroon knee-length kurta with gold thread yoke, cream pyjama, tan mojaris.
    # All answers: VQA adapter.
    case(
        "X1265-001",
        wearing(
            "kurta and pants and kurta and pants and kurta and pants and kurta and pants and kurta and pants and kurta "
            "and pants",
            "loop",
            who=KID,
            hit_limit=True,
        ),
        color_of("kurta", "maroon", kind="open"),
        color_of("pyjama", "white", kind="open"),
        is_a("kurta", "yes"),
        Q.sleeve_length("long-sleeve"),
        gender="Boys",
        title="YK Boys Maroon Ethnic Motifs Yoke Design Kurta with Pyjamas",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Girl, front: pink flared anarkali to mid-calf with gold foil motifs (paisleys, not flowers), pink churidar
    # bunched at the ankles, gold-pink net dupatta over both shoulders. All answers: VQA adapter.
    case(
        "X1265-002",
        wearing("dress", who=KID),
        color_of("kurta", "pink", kind="open"),
        color_of(
            "churidar",
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink "
            "pink pink pink pink pink pink pink pink pink",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("dupatta", "gold", kind="open"),
        is_a("anarkali", "no", "contradiction", article="an"),
        Q.pattern("solid", "contradiction"),
        gender="Girls",
        title="Biba Girls Pink & Gold-Toned Ethnic Motifs Printed Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Pink",
    ),
    # Girl, front: yellow lehenga with green border, green sleeveless choli with mirror work, yellow dupatta with
    # green border over the left shoulder. All answers: VQA adapter.
    case(
        "X1265-003",
        wearing(
            "skirt and blouse Question: What is the color of the skirt? Answer: yellow Question: What is the color of "
            "the blouse? Answer",
            "leak",
            who=KID,
            hit_limit=True,
        ),
        color_of("lehenga", "yellow", kind="open"),
        color_of("choli", "yellow", "other_garment_color", kind="open"),
        color_of("dupatta", "yellow", kind="open"),
        is_a("lehenga", "yes"),
        Q.sleeve_length("sleeveless"),
        gender="Girls",
        title="Aks Kids Girls Yellow & Green Embroidered Ready to Wear Lehenga & Choli with Dupatta",
        category="Lehenga Choli",
        color="Yellow",
    ),
    # Boy, front: cream jacquard sherwani with gold buttons, cream churidar, maroon stole over one shoulder (part
    # of the set), red mojaris. All answers: VQA adapter.
    case(
        "X1265-004",
        wearing("a white coat and white pants", who=KID),
        color_of("sherwani", "white", kind="open"),
        color_of(
            "churidar",
            "white white white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("stole", "the stole", "non_answer", kind="open"),
        is_a("sherwani", "yes"),
        Q.material("silk"),
        gender="Boys",
        title="Manyavar Boys Cream-Coloured Self Design Silk Blend Sherwani Set with Stole",
        category="Sherwani",
        color="Cream",
    ),
    # Boy, front: mustard kurta (plain), navy Nehru jacket with small white floral print over it, white pyjama.
    # All answers: VQA adapter.
    case(
        "X1265-005",
        wearing("a blue vest and white pants", who=KID),
        color_of("kurta", "blue", "other_garment_color", kind="open"),
        color_of("jacket", "blue", kind="open"),
        color_of("pyjama", "white", kind="open"),
        is_a(
            "kurta",
            "yes Question: Is this a kurta? Answer: yes Question: Is this a kurta? Answer: yes Question: Is",
            "leak",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Boys",
        title="VASTRAMAY Boys Mustard Pure Cotton Kurta with Pyjama & Navy Blue Printed Nehru Jacket",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Girl, front: short red kurta with gota lace at the hem, short sleeves, flared green sharara, green dupatta with
    # red border held in one hand. All answers: VQA adapter.
    case(
        "X1265-006",
        wearing(
            "a red top and green pants and a green scarf and a red top and green pants and a green scarf and a red "
            "top and",
            "loop",
            who=KID,
            hit_limit=True,
        ),
        color_of("kurta", "red", kind="open"),
        color_of(
            "sharara",
            "red Question: What is the color of the dupatta? Answer: red Question: What is the color of the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        color_of("dupatta", "green", kind="open"),
        is_a("kurta", "yes"),
        Q.sleeve_length("short-sleeve"),
        gender="Girls",
        title="Bitiya by Bhama Girls Red Gotta Patti Kurta with Green Sharara & Dupatta",
        category="Kurta Sets",
        color="Red",
    ),
    # Boy, front: off-white kurta with gold mandarin collar, off-white dhoti with a thin gold border, wrapped to the
    # shins. All answers: VQA adapter.
    case(
        "X1265-007",
        wearing("shirt and shorts", "contradiction", who=KID),
        color_of("kurta", "white", kind="open"),
        color_of("dhoti", "yes", "non_answer", kind="open"),
        is_a("kurta", "yes"),
        Q.pattern("solid"),
        gender="Boys",
        title="Jashvi Boys Off-White Solid Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Off White",
    ),
    # Flat lay on grey: navy kurta with wooden buttons beside a folded white pyjama; no child. All answers: VQA
    # adapter. (Feed row has no base colour.)
    case(
        "X1265-008",
        wearing("a boy in a blue kurta", "unsupported", who=KID),
        color_of("kurta", "blue", kind="open"),
        color_of("pyjama", "blue", "other_garment_color", kind="open"),
        is_a("kurta", "no", "contradiction"),
        Q.sleeve_length("long-sleeve"),
        gender="Boys",
        title="KISAH Boys Navy Blue Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
    ),
    # Girl, back view: pink choli back with tie-up dori and tassels, pink lehenga with silver sequins; the dupatta
    # is not in the frame. All answers: VQA adapter.
    case(
        "X1265-009",
        wearing("skirt", who=KID),
        color_of("lehenga", "pink", kind="open"),
        color_of("choli", "pink", kind="open"),
        color_of("dupatta", "pink", "unsupported", kind="open"),
        is_a(
            "lehenga",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Pspeaches Girls Pink Sequinned Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Pink",
    ),
    # Boy, front: maroon velvet sherwani with zari at collar and hem, gold churidar, gold safa (turban, a prop) on
    # the head. All answers: VQA adapter.
    case(
        "X1265-010",
        wearing(
            "a red coat and a turban and a red coat and a turban and a red coat and a turban and a red coat and a "
            "turban",
            "loop",
            who=KID,
            hit_limit=True,
        ),
        color_of("sherwani", "red", kind="open"),
        color_of("churidar", "gold", kind="open"),
        is_a("sherwani", "no", "contradiction"),
        Q.material("velvet"),
        describe("sherwani", "the sherwani has a high collar and a zipper on the front", "unsupported"),
        gender="Boys",
        title="Aj DEZInES Boys Maroon Embroidered Velvet Sherwani with Churidar",
        category="Sherwani",
        color="Maroon",
    ),
    # Girl, front: lavender ethnic gown to the ankles, floral thread embroidery on the yoke, short flutter sleeves,
    # silver juttis, a small potli bag in hand. All answers: VQA adapter.
    case(
        "X1265-011",
        wearing("dress", who=KID),
        color_of("dress", "purple", kind="open"),
        is_a("dress", "yes"),
        Q.garment_type("dress"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.pattern("floral"),
        gender="Girls",
        title="Cutiekins Girls Lavender Embroidered Maxi Ethnic Gown",
        category="Ethnic Dresses",
        color="Lavender",
    ),
    # Boy, front: green kurta, cream pyjama, green-and-gold brocade Nehru jacket. All answers: VQA adapter.
    case(
        "X1265-012",
        wearing("he is wearing a green kurta and white pyjama and a jacket", who=KID),
        color_of("kurta", "green", kind="open"),
        color_of(
            "jacket",
            "gold and green and gold and green and gold and green and gold and green and gold and green and gold and "
            "green and gold",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("pyjama", "green", "other_garment_color", kind="open"),
        Q.material("cotton", "unsupported"),
        gender="Boys",
        title="Sojanya Boys Green Silk Blend Kurta with Pyjama & Brocade Nehru Jacket",
        category="Kurta Sets",
        color="Green",
    ),
    # Girl with short cropped hair, front: yellow cotton kurta with small white floral bootis, white palazzos.
    # All answers: VQA adapter.
    case(
        "X1265-013",
        wearing("he is wearing a yellow kurta and white pants", "pronoun", who=KID),
        color_of("kurta", "yellow", kind="open"),
        color_of("palazzos", "white", kind="open"),
        is_a("kurta", "yes"),
        Q.material("the material is the material of the garment", "restated"),
        Q.pattern("floral"),
        gender="Girls",
        title="Jaipur Kurti Girls Yellow Floral Printed Pure Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Girl, front: teal lehenga with gold border, peach choli with short sleeves, peach dupatta over the arm.
    # All answers: VQA adapter.
    case(
        "X1265-014",
        wearing(
            "a girl in a green skirt and a pink blouse with a pink scarf on her shoulder and a pink scarf on her arm "
            "and a",
            "cut",
            who=KID,
            hit_limit=True,
        ),
        color_of("lehenga", "green", kind="open"),
        color_of("choli", "green", "other_garment_color", kind="open"),
        color_of("dupatta", "pink", kind="open"),
        is_a("lehenga", "yes"),
        Q.sleeve_length("short-sleeve"),
        gender="Girls",
        title="Ethnovog Girls Teal & Peach-Coloured Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Teal",
    ),
    # Boy, front: beige kurta, maroon Nehru jacket, beige churidar, brown mojaris; no belt anywhere.
    # All answers: VQA adapter.
    case(
        "X1265-015",
        wearing(
            "the boy is wearing a beige kurta with a maroon jacket and a pair of beige pants with a maroon belt and a "
            "pair of brown shoes with a",
            "cut",
            who=KID,
            hit_limit=True,
        ),
        color_of("kurta", "beige", kind="open"),
        color_of("jacket", "maroon", kind="open"),
        color_of("churidar", "maroon", "other_garment_color", kind="open"),
        is_a("kurta", "yes"),
        gender="Boys",
        title="Sojanya Boys Beige Solid Kurta with Churidar & Maroon Nehru Jacket",
        category="Kurta Sets",
        color="Beige",
    ),
    # Girl, front: short mint kurta with mirror work on the yoke, flared mint sharara, white dupatta with mint
    # border. All answers: VQA adapter.
    case(
        "X1265-016",
        wearing("dress", "contradiction", who=KID),
        color_of("kurta", "green", kind="open"),
        color_of("sharara", "white", "other_garment_color", kind="open"),
        color_of("dupatta", "white", kind="open"),
        is_a("kurta", "yes"),
        gender="Girls",
        title="KID1 Girls Mint Green Mirror Work Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Sea Green",
    ),
    # Boy seated on a wooden stool: royal blue sherwani with silver embroidery, white churidar, blue stole (part of
    # the set) draped over the shoulder. All answers: VQA adapter.
    case(
        "X1265-017",
        wearing(
            "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue "
            "blue blue blue blue blue blue blue blue blue",
            "loop",
            who=KID,
            hit_limit=True,
        ),
        color_of("sherwani", "blue", kind="open"),
        color_of("churidar", "white", kind="open"),
        color_of("stole", "white", "other_garment_color", kind="open"),
        is_a("sherwani", "yes"),
        Q.sleeve_length("long-sleeve"),
        gender="Boys",
        title="Manyavar Boys Blue Embroidered Sherwani Set with Stole",
        category="Sherwani",
        color="Blue",
    ),
    # Girl, front: red silk pattu pavadai (long skirt) with broad gold zari border, green silk blouse with gold
    # border, temple jewellery. All answers: VQA adapter.
    case(
        "X1265-018",
        wearing("skirt and blouse", who=KID),
        color_of("lehenga", "red", kind="open"),
        color_of("blouse", "red", "other_garment_color", kind="open"),
        is_a("lehenga", "yes"),
        Q.material("silk"),
        Q.pattern("striped", "contradiction"),
        gender="Girls",
        title="Sangria Girls Red & Green Woven Design Silk Pattu Pavadai",
        category="Lehenga Choli",
        color="Red",
    ),
    # Boy, front, a small brass lamp on the floor beside him: yellow half-sleeve kurta, cream dhoti with maroon
    # border. All answers: VQA adapter.
    case(
        "X1265-019",
        wearing("she is wearing a yellow kurta and a white dhoti", "pronoun", who=KID),
        color_of("kurta", "yellow", kind="open"),
        color_of("dhoti", "the dhoti", "non_answer", kind="open"),
        is_a("kurta", "yes"),
        Q.sleeve_length("short-sleeve"),
        gender="Boys",
        title="Fabindia Boys Yellow Cotton Kurta with Dhoti",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Girl, front, slightly dim light: navy anarkali with gold floral print, navy churidar; no dupatta in the set.
    # All answers: VQA adapter.
    case(
        "X1265-020",
        wearing("dress and leggings", who=KID),
        color_of("kurta", "black", "contradiction", kind="open"),
        color_of("churidar", "blue", kind="open"),
        is_a("anarkali", "yes", article="an"),
        Q.pattern("floral"),
        gender="Girls",
        title="Biba Girls Navy Blue Floral Printed Anarkali Kurta with Churidar",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # Boy, front: white chikankari kurta (white floral embroidery), white pyjama, white sneakers.
    # All answers: VQA adapter.
    case(
        "X1265-021",
        wearing("he is wearing a white kurta and white pyjama", who=KID),
        color_of("kurta", "white", kind="open"),
        color_of("pyjama", "white", kind="open"),
        Q.pattern("floral"),
        describe("kurta", "the kurta is white"),
        details("kurta", "the kurta details are the kurta details", "restated"),
        gender="Boys",
        title="Fabindia Boys White Chikankari Embroidered Cotton Kurta with Pyjama",
        category="Kurta Sets",
        color="White",
    ),
    # Girl, front: patchwork lehenga in pink, orange and green panels (pink the widest), orange choli, pink dupatta.
    # All answers: VQA adapter.
    case(
        "X1265-022",
        wearing("skirt", who=KID),
        color_of("lehenga", "pink", kind="open"),
        color_of("choli", "orange", kind="open"),
        color_of("dupatta", "orange", "other_garment_color", kind="open"),
        is_a("lehenga", "no", "contradiction"),
        Q.pattern("color block"),
        gender="Girls",
        title="Bitiya by Bhama Girls Multicoloured Patchwork Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Multi",
    ),
    # Boy, front: grey sleeveless Nehru jacket with a small paisley print, worn over a long-sleeve white kurta and
    # white pyjama that are not part of the product. All answers: VQA adapter.
    case(
        "X1265-023",
        wearing("vest and white shirt", who=KID),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        is_a("jacket", "yes"),
        Q.garment_type("vest"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        gender="Boys",
        title="YK Boys Grey Paisley Printed Nehru Jacket",
        category="Nehru Jackets",
        color="Grey",
    ),
    # Girl, back view: peach sleeveless fit-and-flare dress, keyhole at the back neck with a tie-up, embroidery
    # only on the front yoke (not visible). All answers: VQA adapter.
    case(
        "X1265-024",
        wearing("dress", who=KID),
        color_of("dress", "pink", kind="open"),
        is_a("dress", "yes"),
        details("dress", "the dress has a round neck and short sleeves and a bow at the waist", "unsupported"),
        Q.sleeve_length("short-sleeve", "contradiction"),
        gender="Girls",
        title="Pspeaches Girls Peach-Coloured Embroidered Fit and Flare Ethnic Dress",
        category="Ethnic Dresses",
        color="Peach",
    ),
    # Boy, front: knee-length turquoise kurta with self stripes, white pyjama. All answers: VQA adapter.
    case(
        "X1265-025",
        wearing("shirt and pants", "contradiction", who=KID),
        color_of("kurta", "blue", kind="open"),
        color_of("pyjama", "blue", "other_garment_color", kind="open"),
        Q.pattern("striped"),
        is_a("kurta", "yes"),
        gender="Boys",
        title="YK Boys Turquoise Blue Striped Kurta with Pyjamas",
        category="Kurta Sets",
        color="Turquoise Blue",
    ),
    # Girl, front: pink straight kurta, pink palazzos, white dupatta with pink border. All answers: VQA adapter.
    case(
        "X1265-026",
        wearing(
            "she is wearing a pink kurta and a pink palazzo and a pink dupatta with a pink border and a pink border "
            "and a pink border and",
            "loop",
            who=KID,
            hit_limit=True,
        ),
        color_of("kurta", "pink", kind="open"),
        color_of("palazzos", "white", "other_garment_color", kind="open"),
        color_of("dupatta", "white", kind="open"),
        is_a("kurta", "yes"),
        gender="Girls",
        title="Pspeaches Girls Pink Solid Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Pink",
    ),
    # Boy, front: long peach sherwani with cream embroidery, cream churidar, peach safa on the head.
    # All answers: VQA adapter.
    case(
        "X1265-027",
        wearing("she is wearing a pink dress", "pronoun", who=KID),
        color_of("sherwani", "pink", kind="open"),
        color_of(
            "churidar",
            "white Answer: white Answer: white Answer: white Answer: white Answer: white Answer: white Answer: white "
            "Answer:",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        is_a("sherwani", "yes"),
        Q.garment_type("dress", "contradiction"),
        gender="Boys",
        title="Aj DEZInES Boys Peach-Coloured & Cream Embroidered Sherwani Set",
        category="Sherwani",
        color="Peach",
    ),
    # Girl, front: royal blue lehenga with silver sequins, blue choli, silver net dupatta. All answers: VQA adapter.
    case(
        "X1265-028",
        wearing("lehenga", who=KID),
        color_of("lehenga", "blue", kind="open"),
        color_of("choli", "blue", kind="open"),
        color_of("dupatta", "silver", kind="open"),
        is_a("lehenga", "yes"),
        gender="Girls",
        title="Aks Kids Girls Blue & Silver-Toned Embellished Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Blue",
    ),
    # Boy, front: green kurta with small white leaf print, white pyjama. All answers: VQA adapter.
    case(
        "X1265-029",
        wearing(
            "kurta and pyjamas Question: What is the color of the kurta? Answer: green Question: What is the color of "
            "the pyjamas? Answer",
            "leak",
            who=KID,
            hit_limit=True,
        ),
        color_of("kurta", "green", kind="open"),
        color_of("pyjama", "white", kind="open"),
        is_a("kurta", "yes"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Boys",
        title="KISAH Boys Green & White Printed Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Green",
    ),
    # Girl, front: maroon anarkali with three-quarter sleeves, maroon churidar, gold tissue dupatta held in one hand.
    # All answers: VQA adapter.
    case(
        "X1265-030",
        wearing("dress", who=KID),
        color_of("kurta", "maroon", kind="open"),
        color_of("churidar", "maroon", kind="open"),
        color_of("dupatta", "maroon", "other_garment_color", kind="open"),
        is_a("anarkali", "no", "contradiction", article="an"),
        Q.sleeve_length("three-quarter sleeve"),
        gender="Girls",
        title="Sangria Girls Maroon Anarkali Kurta with Churidar & Gold-Toned Dupatta",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Flat lay on white: orange floral-printed lehenga, pink choli above it, pink dupatta folded alongside; no
    # child. All answers: VQA adapter. (Feed row has no gender.)
    case(
        "X1265-031",
        wearing("skirt and blouse", who=KID),
        color_of("lehenga", "orange", kind="open"),
        color_of("choli", "pink", kind="open"),
        color_of(
            "dupatta",
            "orange orange orange orange orange orange orange orange orange orange orange orange orange orange orange "
            "orange orange orange orange orange orange orange orange orange orange orange orange orange orange orange",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        is_a("lehenga", "yes"),
        Q.pattern("floral"),
        title="Jashvi Girls Orange & Pink Floral Printed Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Orange",
    ),
    # Boy, front: black Nehru jacket with gold buttons over a white kurta, white pyjama. All answers: VQA adapter.
    case(
        "X1265-032",
        wearing("black jacket and white pants", who=KID),
        color_of("kurta", "black", "other_garment_color", kind="open"),
        color_of("jacket", "black", kind="open"),
        color_of("pyjama", "black", "other_garment_color", kind="open"),
        is_a("kurta", "yes"),
        gender="Boys",
        title="VASTRAMAY Boys White Kurta with Pyjama & Black Nehru Jacket",
        category="Kurta Sets",
        color="White",
    ),
    # Girl, front: short sleeveless mustard kurti, pink dhoti pants. All answers: VQA adapter.
    case(
        "X1265-033",
        wearing("dress", "contradiction", who=KID),
        color_of("kurti", "yellow", kind="open"),
        color_of("dhoti pants", "yellow", "other_garment_color", kind="open"),
        is_a("kurta", "yes"),
        Q.sleeve_length("sleeveless"),
        gender="Girls",
        title="Cutiekins Girls Mustard Yellow Solid Kurti with Pink Dhoti Pants",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Boy, front: gold-beige sherwani with maroon embroidery at the collar and cuffs, cream churidar, maroon stole.
    # Buttons down the front. All answers: VQA adapter.
    case(
        "X1265-034",
        wearing("coat", who=KID),
        color_of("sherwani", "gold", kind="open"),
        color_of("churidar", "white", kind="open"),
        color_of("stole", "maroon", kind="open"),
        is_a("sherwani", "yes"),
        describe(
            "sherwani",
            "the sherwani is a long jacket with a mandarin collar and buttons down the front and embroidery on the "
            "collar and the cuffs and the",
            "cut",
            hit_limit=True,
        ),
        gender="Boys",
        title="Manyavar Boys Gold-Toned Embroidered Sherwani Set with Stole",
        category="Sherwani",
        color="Gold",
    ),
    # Girl with a short bob, front: green floral-printed lehenga, pink short-sleeve choli; no dupatta in the set.
    # All answers: VQA adapter.
    case(
        "X1265-035",
        wearing("he is wearing a green skirt and a pink top", "pronoun", who=KID),
        color_of("lehenga", "green", kind="open"),
        color_of("choli", "pink", kind="open"),
        is_a("lehenga", "yes"),
        Q.pattern(
            "floral floral floral floral floral floral floral floral floral floral floral floral floral floral floral "
            "floral floral floral floral floral floral floral floral floral floral floral floral floral floral floral",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Ethnovog Girls Green & Pink Floral Printed Lehenga Choli",
        category="Lehenga Choli",
        color="Green",
    ),
    # Boy, front: peach kurta, off-white Nehru jacket, peach pyjama. All answers: VQA adapter.
    case(
        "X1265-036",
        wearing("kurta and vest", who=KID),
        color_of("kurta", "pink", kind="open"),
        color_of("jacket", "the color of the jacket is the color of the jacket", "restated", kind="open"),
        color_of("pyjama", "white", "other_garment_color", kind="open"),
        is_a("kurta", "yes"),
        gender="Boys",
        title="YK Boys Peach-Coloured Kurta with Pyjamas & Off-White Nehru Jacket",
        category="Kurta Sets",
        color="Peach",
    ),
    # Girl, front: purple kurta with gota at the neck, purple gharara, lilac dupatta around the shoulders (head
    # bare). All answers: VQA adapter.
    case(
        "X1265-037",
        wearing("kurta and pants and a scarf on her head", "unsupported", who=KID),
        color_of("kurta", "purple", kind="open"),
        color_of("gharara", "purple", kind="open"),
        color_of("dupatta", "purple", kind="open"),
        is_a("kurta", "no", "contradiction"),
        Q.garment_type("pants", "contradiction"),
        gender="Girls",
        title="Bitiya by Bhama Girls Purple Gotta Patti Kurta with Gharara & Dupatta",
        category="Kurta Sets",
        color="Purple",
    ),
    # Boy, front, nothing but the plain backdrop: red art silk kurta, gold brocade jacket with a high collar, cream
    # dhoti with a gold border. All answers: VQA adapter.
    case(
        "X1265-038",
        wearing(
            "the boy is wearing a red kurta and a golden jacket with a high collar and a white dhoti with a golden "
            "border and he is standing in front of a",
            "cut",
            who=KID,
            hit_limit=True,
        ),
        color_of("kurta", "red", kind="open"),
        color_of("jacket", "red", "other_garment_color", kind="open"),
        color_of("dhoti", "white", kind="open"),
        Q.material("silk"),
        Q.sleeve_length("long-sleeve"),
        gender="Boys",
        title="Jashvi Boys Red Art Silk Kurta with Dhoti & Gold-Toned Brocade Jacket",
        category="Kurta Sets",
        color="Red",
    ),
    # Girl, front, holding a marigold garland: white A-line dress with blue flowers printed all over, short sleeves.
    # All answers: VQA adapter.
    case(
        "X1265-039",
        wearing("dress", who=KID),
        color_of("dress", "white and blue", kind="open"),
        is_a("dress", "yes"),
        Q.garment_type("dress"),
        Q.pattern("floral"),
        details(
            "dress",
            "the dress has a floral print on the front and a floral print on the back and a floral print on the "
            "sleeves and a floral print on the",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Cutiekins Girls White & Blue Floral Printed A-Line Ethnic Dress",
        category="Ethnic Dresses",
        color="White",
    ),
    # Boy, front: olive kurta with button placket, white churidar, brown sandals. Pure cotton per the title.
    # All answers: VQA adapter. (Feed row has no category.)
    case(
        "X1265-040",
        wearing("kurta and pants", who=KID),
        color_of("kurta", "green", kind="open"),
        color_of(
            "churidar",
            "green green green green green green green green green green green green green green green green green "
            "green green green green green green green green green green green green green",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        is_a("kurta", "kurta", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        Q.material("linen", "unsupported"),
        gender="Boys",
        title="KID1 Boys Olive Green Pure Cotton Kurta with Churidar",
        color="Olive",
    ),
    # Girl, front: rust lehenga, cream short-sleeve choli with rust embroidery, rust dupatta draped across.
    # All answers: VQA adapter.
    case(
        "X1265-041",
        wearing("skirt and blouse and scarf", who=KID),
        color_of("lehenga", "orange", kind="open"),
        color_of("choli", "orange", "other_garment_color", kind="open"),
        color_of("dupatta", "orange", kind="open"),
        is_a("lehenga", "yes"),
        Q.sleeve_length("short-sleeve"),
        gender="Girls",
        title="Aks Kids Girls Rust & Cream Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Rust",
    ),
    # Boy, front: navy sherwani, white churidar. All answers: VQA adapter; the churidar answer came back empty.
    case(
        "X1265-042",
        wearing("a blue coat", who=KID),
        color_of("sherwani", "black", "contradiction", kind="open"),
        color_of("churidar", "", "non_answer", kind="open"),
        is_a("sherwani", "yes"),
        Q.sleeve_length("long-sleeve"),
        gender="Boys",
        title="Aj DEZInES Boys Navy Blue Sherwani with Churidar",
        category="Sherwani",
        color="Navy Blue",
    ),
    # Girl, front: white kurta with yellow block print, yellow sharara; the title's dupatta is not worn and not in
    # the shot. All answers: VQA adapter.
    case(
        "X1265-043",
        wearing("white top and yellow pants", who=KID),
        color_of("kurta", "white", kind="open"),
        color_of("sharara", "yellow", kind="open"),
        color_of("dupatta", "yellow", "unsupported", kind="open"),
        is_a("kurta", "yes"),
        Q.material("cotton"),
        gender="Girls",
        title="Jaipur Kurti Girls White & Yellow Block Printed Pure Cotton Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="White",
    ),
    # Boy, front: sky blue kurta, white pyjama. All answers: VQA adapter.
    case(
        "X1265-044",
        wearing("kurta pyjama", who=KID),
        color_of(
            "kurta",
            "blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of(
            "pyjama",
            "white Question: What is the color of the kurta? Answer: blue Question: What is the color of the pyjama? "
            "Answer:",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        Q.sleeve_length("long-sleeve"),
        gender="Boys",
        title="YK Boys Blue Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Blue",
    ),
    # Girl, front: green sleeveless anarkali (plain), gold long-sleeve shrug over it, green churidar.
    # All answers: VQA adapter.
    case(
        "X1265-045",
        wearing("dress and jacket", who=KID),
        color_of("kurta", "gold", "other_garment_color", kind="open"),
        color_of("shrug", "gold", kind="open"),
        color_of("churidar", "green", kind="open"),
        is_a("anarkali", "yes", article="an"),
        Q.pattern("solid"),
        gender="Girls",
        title="Biba Girls Green Solid Anarkali Kurta with Churidar & Gold-Toned Shrug",
        category="Kurta Sets",
        color="Green",
    ),
]
