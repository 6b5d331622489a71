"""BLIND_1180 (45 products; Myntra women's kurtas and kurta sets, VQA adapter): written blind in the sixty-first
session. Measured blind at dcde687 (the session's third rules): 68/76 failures found (89.5%) and 6/166 correct texts
flagged (3.6%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's kurtas and kurta sets (kurta with palazzos, trousers, churidar or sharara, often a
dupatta), columns title, category (Myntra's article type: Kurta Sets, Kurtas), color (base colour) and gender, one of
them missing now and then. Photos are the usual catalog shots: a model on a plain light backdrop, the kurta-only
products styled with leggings, palazzos or jeans that are not for sale; two flat lays, two back views, a stool, a bag.
Who wrote what: every text is from blip2-opt-2.7b with the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA), greedy, 30
new tokens, one prompt at a time in the `Question: ... Answer:` format. No caption: the VQA adapter does not caption.
The questionnaire is the original experiments' one adapted to the catalog: What is she wearing?, the color of each
piece asked on its own (kurta, palazzos / trousers / churidar / sharara, dupatta; for a kurta-only product the styled
bottom, asked as pants or jeans), Describe the kurta., the kurta's (sometimes the bottom's) details, and on a few
products "What is the kurta color?". Colors are free generation, stored as open answers.
Labeling conventions and judgement calls: a run that stopped on its own after a short answer is judged on what it
says. A hue next to the seller's is right (mustard = yellow, navy = blue, maroon = red, teal = blue or green, peach =
pink, off-white / cream = white, rust = orange or brown, lavender = purple). A color answer that gives the piece the
color of another piece in the photo (the bottom's, the dupatta's, the styled leggings') is other_garment_color, one
color for every piece included; a color no piece has (navy read as black, a lavender bottom called white from the
backdrop) is contradiction. "a dress" for a kurta is contradiction, even for a floor-length anarkali: the catalog
says kurta. Loops are loop even when they start right; an answer that ran to 30 tokens mid-sentence without repeating
is cut; an answer that goes on into "Question: ... Answer:" is leak. "he" for these women is pronoun. Details that
the photo does not show (pockets, a belt, mirror work, silk, a person in a flat lay, the front in a back view) are
unsupported. Only the question's words back ("the sharara", "yes", nothing) is non_answer; a sentence that says the
details are the details is restated. A color given as the kurta's "details" or description is thin but correct.
About a third of the texts are wrong, a little under the usual four in ten: the one-word color answers often stop
after the color, while the open Describe / details answers, with no trained end of answer, mostly run on.
"""

from tests.audit_corpus import case, color_of, describe, details, question, wearing

kurta_color = question("kurta_color", "What is the kurta color?", "open")


def she(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="she", hit_limit=hit_limit)


def col(garment, text, failure=None, hit_limit=False):
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


BLIND_1180 = [
    # Model, front: mustard straight kurta with white block print, white palazzos, mustard-and-white dupatta on one
    # shoulder. All texts: VQA adapter.
    case(
        "X1180-001",
        she("a yellow kurta and white palazzo pants"),
        col("kurta", "yellow"),
        col("palazzos", "yellow", "other_garment_color"),
        col("dupatta", "yellow-white"),
        describe("kurta", "the kurta is yellow with white print"),
        details(
            "kurta",
            "the kurta has a round neck, three-quarter sleeves, and a straight hem. the kurta has a round neck, "
            "three-quarter sleeves, and",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Anouk Women Mustard Yellow Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Model, front: navy kurta with small white ethnic motifs, matching navy trousers, no dupatta. VQA adapter.
    case(
        "X1180-002",
        she("a blue kurta and blue pants"),
        col("kurta", "navy blue"),
        col("trousers", "navy blue"),
        describe(
            "kurta",
            "the kurta is navy blue with white ethnic motifs all over, a round neck, three-quarter sleeves, and a "
            "straight hem that falls just below the",
            "cut",
            hit_limit=True,
        ),
        details("trousers", "they are trousers", "non_answer"),
        gender="Women",
        title="Libas Women Navy Blue Ethnic Motifs Printed Kurta with Trousers",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # Model, front: bottle-green solid kurta with mandarin collar and button placket, no pockets, styled with white
    # churidar leggings and nude heels. VQA adapter.
    case(
        "X1180-003",
        she("a green kurta and white leggings"),
        col("kurta", "green"),
        col("pants", "white"),
        describe("kurta", "the kurta is green with a mandarin collar and a button placket"),
        details("kurta", "the kurta has a mandarin collar, a button placket, and two side pockets", "unsupported"),
        gender="Women",
        title="W Women Green Solid Straight Kurta",
        category="Kurtas",
        color="Green",
    ),
    # Model, front: floor-length pink floral anarkali kurta, flared, three-quarter sleeves, pink churidar barely
    # visible. VQA adapter.
    case(
        "X1180-004",
        she("a pink dress", "contradiction"),
        col("kurta", "pink"),
        describe(
            "kurta",
            "a long pink floral anarkali kurta with a flared hem, a round neck, three-quarter sleeves, and a gathered "
            "waist that falls into a",
            "cut",
            hit_limit=True,
        ),
        details("kurta", "the kurta has a floral print, a round neck, and three-quarter sleeves"),
        gender="Women",
        title="Biba Women Pink Floral Print Anarkali Kurta",
        category="Kurtas",
        color="Pink",
    ),
    # Model, front, holding a small gold clutch: maroon kurta with gold printed yoke, maroon palazzos. The kurta
    # covers the waist. VQA adapter.
    case(
        "X1180-005",
        she("he is wearing a red kurta and red pants", "pronoun"),
        col("kurta", "maroon"),
        col("palazzos", "maroon"),
        describe("kurta", "the kurta is maroon with gold print on the yoke"),
        details(
            "palazzos",
            "the palazzos are wide-legged and have a side pocket and a side pocket and a side pocket and a side "
            "pocket and a side",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Sangria Women Maroon Yoke Design Kurta with Palazzos",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Model, front: off-white kurta with indigo floral print, solid blue palazzos. VQA adapter.
    case(
        "X1180-006",
        she("a white kurta and blue pants"),
        col("kurta", "white"),
        col("palazzos", "white", "other_garment_color"),
        describe("kurta", "the kurta is white with blue floral print"),
        details(
            "kurta",
            "the kurta has a round neck and three-quarter sleeves Question: What are the palazzos details? Answer: "
            "the palazzos are blue",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="AKS Women Off-White & Blue Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Off White",
    ),
    # Model, front: teal A-line kurta with thread embroidery round the neckline only, styled with white palazzos.
    # VQA adapter.
    case(
        "X1180-007",
        she("a green kurta and white pants"),
        col("kurta", "teal"),
        col("pants", "white"),
        describe("kurta", "a teal kurta with embroidery on the neck"),
        details(
            "kurta",
            "the kurta has embroidery on the neck and the sleeves and the hem and the neck and the sleeves and the hem "
            "and the neck and the",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="GERUA Women Teal Embroidered A-Line Kurta",
        category="Kurtas",
        color="Teal",
    ),
    # Model, front: black kurta with red floral print, solid red palazzos, red dupatta with small black print.
    # VQA adapter.
    case(
        "X1180-008",
        she("a black kurta, red pants and a red scarf"),
        col("kurta", "black"),
        col("palazzos", "black", "other_garment_color"),
        col("dupatta", "red"),
        describe(
            "kurta",
            "black-red-black-red-black-red-black-red-black-red-black-red-black-red-black",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "the kurta is black with red floral print"),
        gender="Women",
        title="Jaipur Kurti Women Black & Red Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Black",
    ),
    # Model, front: peach kurta with gota embroidery at the neck, peach trousers, sheer peach net dupatta over both
    # arms against the white backdrop. VQA adapter.
    case(
        "X1180-009",
        she("a pink kurta"),
        col("kurta", "pink"),
        col("trousers", "pink"),
        col("dupatta", "white", "contradiction"),
        describe(
            "kurta",
            "the kurta is a pink kurta with a pink dupatta and a pink dupatta and a pink dupatta and a pink dupatta "
            "and a pink",
            "loop",
            hit_limit=True,
        ),
        details("trousers", "the trousers are pink"),
        gender="Women",
        title="Indo Era Women Peach-Coloured Embroidered Straight Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Peach",
    ),
    # Model, front: blue kurta with white bandhani print, matching blue-and-white printed palazzos. No color column in
    # the feed row. VQA adapter.
    case(
        "X1180-010",
        she("a blue and white kurta and pants"),
        col("kurta", "blue-white"),
        col("palazzos", "blue-white"),
        describe("kurta", "blue"),
        details(
            "palazzos",
            "the palazzos have a white print and a wide leg and a white print and a wide leg and a white print and a "
            "wide leg and",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Anubhutee Women Blue & White Bandhani Printed Kurta with Palazzos",
        category="Kurta Sets",
    ),
    # Back view: model turned away, olive kurta (plain back) and olive palazzos; the front neckline is not visible.
    # VQA adapter.
    case(
        "X1180-011",
        she("a green kurta and green pants"),
        col("kurta", "olive green"),
        col("palazzos", "green"),
        describe(
            "kurta", "the kurta is olive green with a keyhole neck and button closure at the front", "unsupported"
        ),
        details("kurta", "the back of the kurta is plain"),
        gender="Women",
        title="Vishudh Women Olive Green Solid Kurta with Palazzos",
        category="Kurta Sets",
        color="Olive",
    ),
    # Model, front: yellow straight kurta with green and pink floral print, V-neck, styled with green palazzos.
    # VQA adapter.
    case(
        "X1180-012",
        she("a yellow kurta and green pants"),
        col("kurta", "green", "other_garment_color"),
        col("pants", "green"),
        describe("kurta", "the kurta is yellow with green floral print, a v-neck, and three-quarter sleeves"),
        details(
            "kurta",
            "the kurta has a v-neck, three-quarter sleeves, a straight hem with side slits, and a floral print in "
            "green and pink on a yellow base with",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Libas Women Yellow & Green Floral Printed Straight Kurta",
        category="Kurtas",
        color="Yellow",
    ),
    # Model, front: magenta kurta with golden woven motifs, magenta churidar, golden dupatta draped. VQA adapter;
    # the details answer came back empty.
    case(
        "X1180-013",
        she("a pink kurta and a gold scarf"),
        col("kurta", "pink"),
        col("churidar", "gold", "other_garment_color"),
        col("dupatta", "gold"),
        describe("kurta", "the kurta is pink with gold embroidery"),
        details("kurta", "", "non_answer"),
        gender="Women",
        title="Soch Women Magenta Woven Design Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Magenta",
    ),
    # Model, front: rust kurta with white lace trim at hem and cuffs, rust palazzos. VQA adapter.
    case(
        "X1180-014",
        she("a kurta"),
        col("kurta", "orange"),
        col("palazzos", "orange"),
        describe(
            "kurta",
            "orange orange orange orange orange orange orange orange orange orange orange orange orange orange "
            "orange orange orange orange orange orange orange orange orange orange orange orange orange orange "
            "orange orange",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "the kurta has a white lace trim on the hem and sleeves"),
        gender="Women",
        title="KALINI Women Rust Orange Solid Kurta with Palazzos",
        category="Kurta Sets",
        color="Rust",
    ),
    # Flat lay on white: navy A-line kurta with pink and white floral print, nothing else in the shot. VQA adapter.
    case(
        "X1180-015",
        she("a blue kurta and white pants", "unsupported"),
        col("kurta", "black", "contradiction"),
        describe("kurta", "a navy blue a-line kurta with pink floral print"),
        details(
            "kurta",
            "the kurta is navy blue with pink and white flowers Question: What is the color of the kurta? Answer: "
            "navy blue Question:",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Global Desi Women Navy Blue Printed A-Line Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Model, front: white cotton kurta with white chikankari embroidery, styled with white palazzos. VQA adapter.
    case(
        "X1180-016",
        she("a white kurta and white pants"),
        col("kurta", "white"),
        col("pants", "white"),
        describe("kurta", "a white kurta with white embroidery"),
        details("kurta", "the kurta is made of silk and has gold embroidery on the neckline", "unsupported"),
        gender="Women",
        title="Sangria Women White Chikankari Embroidered Pure Cotton Straight Kurta",
        category="Kurtas",
        color="White",
    ),
    # Model, front: red kurta with gold foil bandhani print, red sharara, red dupatta with gold border. VQA adapter.
    case(
        "X1180-017",
        she("a red dress", "contradiction"),
        col("kurta", "red"),
        col("sharara", "red"),
        col("dupatta", "red-gold"),
        describe(
            "kurta",
            "the kurta is red with gold print and a sharara and a dupatta and a sharara and a dupatta and a sharara "
            "and a dupatta",
            "loop",
            hit_limit=True,
        ),
        details("sharara", "the sharara", "non_answer"),
        gender="Women",
        title="Ahalyaa Women Red & Gold Bandhani Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Red",
    ),
    # Model, front: lime green kurta with small white print, white straight trousers. VQA adapter.
    case(
        "X1180-018",
        she("a green kurta and white pants"),
        col("kurta", "green"),
        col("trousers", "green", "other_garment_color"),
        describe(
            "kurta",
            "a green kurta with a white print Question: What is the color of the trousers? Answer: white",
            "leak",
        ),
        details("trousers", "the trousers are white and straight"),
        gender="Women",
        title="Varanga Women Lime Green Printed Kurta with Trousers",
        category="Kurta Sets",
        color="Lime Green",
    ),
    # Model, front: grey melange straight kurta, round neck, long sleeves, side slits, styled with black leggings.
    # No gender column in the feed row. VQA adapter.
    case(
        "X1180-019",
        she("a grey kurta and black leggings"),
        col("kurta", "grey"),
        col("pants", "grey", "other_garment_color"),
        describe("kurta", "it is a grey kurta"),
        details("kurta", "the kurta has a round neck, long sleeves, and side slits"),
        title="Nayo Women Grey Melange Solid Straight Kurta",
        category="Kurtas",
        color="Grey Melange",
    ),
    # Model, front, cloth jhola bag on the shoulder: indigo kurta with white dabu print, mandarin collar, sleeves
    # rolled up, styled with white pants. VQA adapter.
    case(
        "X1180-020",
        she("a blue kurta, white pants and a bag"),
        col("kurta", "blue"),
        col("pants", "white"),
        describe(
            "kurta",
            "the kurta is blue with white print Question: Describe the pants. Answer: the pants are white Question: "
            "Describe the",
            "leak",
            hit_limit=True,
        ),
        details("kurta", "the kurta has a mandarin collar and roll-up sleeves"),
        gender="Women",
        title="Rain & Rainbow Women Indigo Dabu Printed Cotton Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Model, front: black kurta with gold print, black palazzos, mustard dupatta. VQA adapter.
    case(
        "X1180-021",
        she("a black kurta, black pants and a yellow dupatta"),
        col("kurta", "black"),
        col("palazzos", "black"),
        col("dupatta", "black", "other_garment_color"),
        describe("kurta", "the kurta is black with a gold print"),
        details("kurta", "the kurta details are the details on the kurta", "restated"),
        gender="Women",
        title="Juniper Women Black Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Black",
    ),
    # Model, front: off-white anarkali kurta with green floral print, flared, three-quarter sleeves. VQA adapter.
    case(
        "X1180-022",
        she("a white dress with green flowers", "contradiction"),
        col("kurta", "white-green"),
        describe("kurta", "the kurta is white with green floral print and flared"),
        details(
            "kurta",
            "the kurta has a round neck, three-quarter sleeves, a flared hem with a green floral border, and a "
            "fitted bodice with gathers at the",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Ishin Women Off-White & Green Floral Printed Anarkali Kurta",
        category="Kurtas",
        color="Off White",
    ),
    # Model, front: teal blue kurta with white print, white palazzos with teal print at the hem, teal dupatta.
    # VQA adapter.
    case(
        "X1180-023",
        she("he is wearing a blue kurta and white pants", "pronoun"),
        col("kurta", "blue"),
        col("palazzos", "white"),
        col("dupatta", "blue"),
        describe("kurta", "the kurta is blue with white print"),
        details(
            "palazzos",
            "the palazzos are white with blue print on the hem and the hem and the hem and the hem and the hem and the "
            "hem and",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Anouk Women Teal Blue Ethnic Motifs Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Teal",
    ),
    # Model, front: beige kurta with brown print, solid brown trousers. VQA adapter.
    case(
        "X1180-024",
        she("a beige kurta and brown pants"),
        col("kurta", "brown", "other_garment_color"),
        col("trousers", "brown"),
        describe("kurta", "a beige kurta with brown print"),
        details(
            "kurta",
            "the kurta has a round neck with a keyhole opening and three-quarter sleeves with a printed border and a "
            "straight hem with side slits and a",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Biba Women Beige & Brown Printed Kurta with Trousers",
        category="Kurta Sets",
        color="Beige",
    ),
    # Model, front: purple solid kurta, purple palazzos. VQA adapter.
    case(
        "X1180-025",
        she("a purple kurta and purple pants"),
        col("kurta", "purple"),
        col("palazzos", "purple"),
        describe("kurta", "purple"),
        details("kurta", "yes", "non_answer"),
        gender="Women",
        title="Mokshi Women Purple Solid Kurta with Palazzos",
        category="Kurta Sets",
        color="Purple",
    ),
    # Model, front: cream kurta with blue thread embroidery at neck and cuffs (no mirror work), blue trousers, blue
    # dupatta. VQA adapter.
    case(
        "X1180-026",
        she("a white kurta, blue pants and a blue scarf"),
        col("kurta", "white"),
        col("trousers", "blue"),
        col("dupatta", "blue"),
        describe(
            "kurta",
            "the kurta is white with blue embroidery on the neck and sleeves, a straight fit, side slits, and it is "
            "paired with blue trousers and a blue",
            "cut",
            hit_limit=True,
        ),
        details("kurta", "the kurta has blue embroidery and mirror work on the yoke", "unsupported"),
        gender="Women",
        title="Inddus Women Cream-Coloured & Blue Embroidered Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Cream",
    ),
    # Model, front: pink kurta with yoke embroidery, pink palazzos with lace at the hem, pink dupatta. VQA adapter.
    case(
        "X1180-027",
        she("a pink kurta, pink pants, and a pink dupatta"),
        col("kurta", "pink"),
        col("palazzos", "pink"),
        col(
            "dupatta",
            "pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink",
            "loop",
            hit_limit=True,
        ),
        describe("kurta", "Answer: the kurta is pink", "leak"),
        details("palazzos", "the palazzos are pink with a lace trim on the hem"),
        gender="Women",
        title="Libas Women Pink Yoke Design Kurta with Palazzos & With Dupatta",
        category="Kurta Sets",
        color="Pink",
    ),
    # Model, front: powder blue solid kurta, round neck, long sleeves, styled with white pants. No color column in
    # the feed row. VQA adapter.
    case(
        "X1180-028",
        she("a blue kurta and white pants"),
        col("kurta", "blue"),
        col("pants", "white"),
        describe("kurta", "a blue kurta"),
        details("kurta", "the kurta has a round neck and long sleeves"),
        gender="Women",
        title="W Women Blue Solid Straight Kurta",
        category="Kurtas",
    ),
    # Model, front, holding the dupatta out: green kurta with gold print and gota at the V-neck, green sharara, pink
    # dupatta. VQA adapter.
    case(
        "X1180-029",
        she("a green dress and a pink scarf", "contradiction"),
        col("kurta", "green"),
        col("sharara", "pink", "other_garment_color"),
        col("dupatta", "pink"),
        describe("kurta", "the kurta is green with gold print"),
        details(
            "kurta",
            "the kurta has a v-neck with gota lace, three-quarter sleeves, and a flared hem, the sharara has a flared "
            "hem, the dupatta has a",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Sangria Women Green Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Green",
    ),
    # Model, front: mustard kurta with white vertical stripes, shirt collar, button placket, styled with white pants.
    # VQA adapter.
    case(
        "X1180-030",
        she("a yellow striped kurta and white pants"),
        col("kurta", "yellow-white"),
        col("pants", "white"),
        describe("kurta", "the kurta is yellow with white stripes and a collar"),
        details(
            "kurta",
            "the kurta has white stripes, a shirt collar, and button placket. the kurta has white stripes, a shirt "
            "collar, and button placket. the",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="AKS Women Mustard Yellow & White Striped Kurta",
        category="Kurtas",
        color="Mustard",
    ),
    # Model, front: maroon kurta with gold woven yoke, maroon palazzos, gold tissue dupatta. VQA adapter.
    case(
        "X1180-031",
        she("a red kurta, red pants and a gold scarf"),
        col("kurta", "red"),
        col("palazzos", "red"),
        col("dupatta", "red", "other_garment_color"),
        describe("kurta", "the kurta is maroon with gold woven design on the yoke"),
        details(
            "kurta",
            "the kurta has a round neck and three-quarter sleeves Question: What are the palazzos details? Answer: "
            "the palazzos are red Question:",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Kalini Women Maroon & Gold-Toned Woven Design Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Model, front: orange cotton kurta with white print band at the hem, orange palazzos. VQA adapter.
    case(
        "X1180-032",
        she("she is wearing an orange kurta and orange pants"),
        col("kurta", "orange"),
        col("palazzos", "orange"),
        describe("kurta", "the kurta is orange"),
        details("kurta", "the kurta is cotton with white print on the hem"),
        details("palazzos", "the palazzos details are the palazzos", "restated"),
        gender="Women",
        title="Jaipur Kurti Women Orange Pure Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Orange",
    ),
    # Model, front: sea green kurta with thread embroidery at the neck, white churidar. No gender column. VQA adapter.
    case(
        "X1180-033",
        she("a green kurta"),
        col("kurta", "white", "other_garment_color"),
        col("pants", "white"),
        describe("kurta", "a green embroidered kurta"),
        details(
            "kurta",
            "the kurta has embroidery on the neck and the neck and the neck and the neck and the neck and the neck and "
            "the neck and the",
            "loop",
            hit_limit=True,
        ),
        title="Biba Women Sea Green Embroidered Straight Kurta",
        category="Kurtas",
        color="Sea Green",
    ),
    # Model, front: black kurta with white geometric print, no belt, white palazzos. VQA adapter.
    case(
        "X1180-034",
        she("a black and white kurta and white pants"),
        col("kurta", "black"),
        col(
            "palazzos",
            "black-white-black-white-black-white-black-white-black-white-black-white-black-white-black",
            "loop",
            hit_limit=True,
        ),
        describe("kurta", "the kurta is black with white print"),
        details("kurta", "the kurta has a round neck, long sleeves, and a belt at the waist", "unsupported"),
        gender="Women",
        title="Soch Women Black & White Geometric Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Black",
    ),
    # Back view: rust tiered kurta with a tie-up at the back neck, styled with blue jeans. VQA adapter.
    case(
        "X1180-035",
        she("a rust kurta and blue jeans"),
        col("kurta", "brown"),
        col("jeans", "blue"),
        describe("kurta", "the kurta has a tiered hem and a tie-up at the back"),
        details("kurta", "he is wearing a brown kurta and blue jeans", "pronoun"),
        gender="Women",
        title="Global Desi Women Rust Printed Tiered Kurta",
        category="Kurtas",
        color="Rust",
    ),
    # Model seated on a wooden stool: yellow floral kurta with gota at the neckline, yellow sharara, white dupatta.
    # VQA adapter.
    case(
        "X1180-036",
        she(
            "a yellow kurta with a floral print, a yellow sharara with a gota border, and a white dupatta with a gota "
            "border and she is sitting on a",
            "cut",
            hit_limit=True,
        ),
        col("kurta", "yellow"),
        col("sharara", "yellow"),
        col("dupatta", "yellow", "other_garment_color"),
        describe("kurta", "the kurta is yellow with floral print and gota detail on the neckline"),
        details("sharara", "the sharara is flared"),
        gender="Women",
        title="Anubhutee Women Yellow Floral Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Model, front: navy kurta with gold embroidery on yoke and sleeves, navy trousers, navy dupatta with gold border.
    # VQA adapter.
    case(
        "X1180-037",
        she("a blue dress with gold embroidery", "contradiction"),
        col("kurta", "blue"),
        col("trousers", "black", "contradiction"),
        col("dupatta", "blue-gold"),
        describe("kurta", "the kurta is navy blue with gold embroidery on the yoke and sleeves"),
        details(
            "kurta",
            "the kurta has gold embroidery on the yoke, the sleeves, the hem, the yoke, the sleeves, the hem, the "
            "yoke, the sleeves, the",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Varanga Women Navy Blue & Golden Embroidered Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # Model, front: lavender floral kurta, lavender palazzos, on a white backdrop. No category column. VQA adapter.
    case(
        "X1180-038",
        she("a purple kurta and purple pants"),
        col("kurta", "purple"),
        col("palazzos", "white", "contradiction"),
        describe("kurta", "the kurta is purple with floral print"),
        details("kurta", "the kurta has a floral print and a round neck"),
        gender="Women",
        title="Ahalyaa Women Lavender Floral Printed Kurta with Palazzos",
        color="Lavender",
    ),
    # Model, front: green kurta with embroidered yoke, pink trousers with lace at the hem, pink dupatta. VQA adapter.
    case(
        "X1180-039",
        she("a green kurta, pink pants and a pink dupatta"),
        col("kurta", "pink", "other_garment_color"),
        col("trousers", "pink"),
        col("dupatta", "pink"),
        describe("kurta", "the kurta is green with embroidery on the yoke and pockets on both sides", "unsupported"),
        details("trousers", "the trousers are pink with lace at the hem"),
        gender="Women",
        title="Indo Era Women Green & Pink Yoke Design Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Green",
    ),
    # Model, front: peach solid kurta, V-neck, three-quarter sleeves, styled with white palazzos. VQA adapter.
    case(
        "X1180-040",
        she("a peach kurta and white pants"),
        col("kurta", "peach"),
        col("pants", "peach", "other_garment_color"),
        describe(
            "kurta",
            "a peach kurta with a peach kurta with a peach kurta with a peach kurta with a peach kurta with a peach",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "the kurta has a v-neck and three-quarter sleeves"),
        gender="Women",
        title="Libas Women Peach-Coloured Solid Straight Kurta",
        category="Kurtas",
        color="Peach",
    ),
    # Flat lay on white: indigo cotton kurta with small white print and mandarin collar, nothing else. VQA adapter.
    case(
        "X1180-041",
        she("a blue kurta"),
        col("kurta", "blue"),
        kurta_color("blue"),
        describe("kurta", "a blue and white printed kurta"),
        details("kurta", "the kurta is made of cotton and has a mandarin collar"),
        gender="Women",
        title="Fabindia Women Indigo Printed Cotton Straight Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Model, front: red solid kurta, red palazzos, multicolour printed dupatta. VQA adapter.
    case(
        "X1180-042",
        she("a red kurta, red pants and a printed dupatta"),
        col("kurta", "red"),
        col("palazzos", "red"),
        col("dupatta", "multicolor"),
        describe("kurta", "the kurta is red"),
        details(
            "palazzos",
            "the palazzos are red Question: What are the dupatta details? Answer: the dupatta is printed",
            "leak",
        ),
        gender="Women",
        title="Anouk Women Red Solid Kurta with Palazzos & Printed Dupatta",
        category="Kurta Sets",
        color="Red",
    ),
    # Model, front: black kurta with pin-tucks on the yoke, black slim trousers. VQA adapter.
    case(
        "X1180-043",
        she("she is wearing a black kurta and black pants"),
        col("kurta", "black"),
        kurta_color("black"),
        col("trousers", "black"),
        describe("kurta", "a black kurta with pin-tucks on the yoke"),
        details("kurta", "the kurta details", "non_answer"),
        details("trousers", "the trousers are black and slim"),
        gender="Women",
        title="Nayo Women Black Solid Kurta with Trousers",
        category="Kurta Sets",
        color="Black",
    ),
    # Model, front: brown kurta with white print on the yoke and a button placket, cream palazzos with brown print.
    # VQA adapter.
    case(
        "X1180-044",
        she("a brown kurta and white pants"),
        col("kurta", "brown"),
        col("palazzos", "brown", "other_garment_color"),
        describe(
            "kurta",
            "the kurta is brown with a white print on the yoke and a button placket at the front and a button placket "
            "at the front and a",
            "loop",
            hit_limit=True,
        ),
        details("palazzos", "the palazzos are white with brown print"),
        gender="Women",
        title="GERUA Women Brown Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Brown",
    ),
    # Model, front: off-white kurta with pink floral print, V-neck, pink trousers with lace hem, pink dupatta.
    # VQA adapter.
    case(
        "X1180-045",
        she("he is wearing a white kurta, pink pants and a pink dupatta", "pronoun"),
        col("kurta", "white"),
        kurta_color("pink", "other_garment_color"),
        col("trousers", "pink"),
        col("dupatta", "pink"),
        describe("kurta", "the kurta is white with pink floral print and a v-neck"),
        details(
            "kurta",
            "the kurta has a v-neck, three-quarter sleeves, and a straight hem with side slits, the trousers have "
            "lace on the hem, the dupatta has a",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Juniper Women Off-White & Pink Floral Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Off White",
    ),
]
