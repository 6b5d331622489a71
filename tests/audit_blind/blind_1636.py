"""BLIND_1636 (45 products; Myntra women's kurtas and kurta sets): written blind in the sixty-seventh session. Measured
blind at 0f3a531 (the session's first rules): 86/97 failures found (88.7%) and 20/162 correct texts flagged (12.3%).
The writer's notes, verbatim:

Scenario: a Myntra feed of women's kurtas and kurta sets (kurta with palazzos, trousers, salwar, churidar or sharara,
often with a dupatta), photographed the usual way: a model on a plain backdrop wearing the product with other clothes
(white or blue pants, leggings, jeans under a single kurta), now and then a flat lay, a back view, a prop (a tote, a
stool, sunglasses). Catalog columns as the feed has them: title, category (Myntra article type: Kurtas, Kurta Sets,
Kurtis), color (base colour, the kurta's), gender; a few rows lack one of them.
Who wrote what: every text is the VQA adapter leoreigoto/Data3_V3_BLIP2_VQA on Salesforce/blip2-opt-2.7b, greedy, 30 new
tokens, `Question: ... Answer:` prompts, with the experiments' questionnaire adapted to kurtas: What is she wearing?,
the color of each piece asked separately (kurta, palazzos / trousers / salwar / churidar / sharara / leggings / jeans,
dupatta), "What is the kurta color?" on a few, Describe the kurta., What are the kurta details? (and the palazzos' or
trousers' details on four), and the VQA data's "Is this a kurta?" on some. No caption: this run does not caption
with the VQA adapter (VQA-only training broke it), so no product has one. Color answers are free generation, stored
open.
Labeling conventions and judgement calls: judged against the imagined photo and the title. Near hues count as right
(lavender -> purple, rust -> orange, gold -> yellow, cream/off-white -> white, peach -> coral/pink, sea green -> green,
navy -> blue). A pant color that is really the kurta's (or a dupatta color that is really another piece's) is
other_garment_color; a color nothing in the photo has, or the backdrop's, is contradiction. Naming the kurta another
garment class (dress, blouse, shirt) is contradiction against the title, even for a floor-length anarkali; "kurta and
pants" for a kurta with palazzos is right. "no" to "Is this a kurta?" for a kurta is contradiction. A minimal but true
answer (a bare color for Describe, "printed" or "lace" for details) is correct; "yes", "no", "", "the kurta", "nothing"
(flat lay) or "the kurta is black" for details are non_answer; "the kurta details are ..." sentences that only turn the
question around are restated. Repetition that runs to the limit is loop even when the repeated unit is a phrase; an
answer that runs on with the next "Question: ... Answer:" turn is leak; a sane answer stopped mid-phrase by the limit is
cut (even when it also invents a bit). Collars, buttons, belts, pockets, zips or a dupatta that the photo lacks are
unsupported. hit_limit marks every text that used all 30 tokens. With no stop token trained, short answers often run
on, so this set is worse than usual: a bit under four in ten texts are wrong, most of them loops and leaks.
"""

from tests.audit_corpus import case, color_of, describe, details, is_a, question, wearing


def she(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="she", hit_limit=hit_limit)


def col(garment, text, failure=None, hit_limit=False):
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


kurta_color = question("kurta_color", "What is the kurta color?", "open")


def bottom_details(garment, text, failure=None, hit_limit=False):
    return question(f"details_{garment}", f"What are the {garment} details?", "open")(text, failure, hit_limit)


BLIND_1636 = [
    # Front, grey backdrop: navy kurta with white block-printed motifs, white palazzos with small navy motifs, navy
    # dupatta with a white border over one shoulder. All texts: VQA adapter.
    case(
        "X1636-001",
        she("a kurta and palazzo pants"),
        col("kurta", "navy"),
        col("palazzos", "navy", "other_garment_color"),
        col("dupatta", "navy"),
        bottom_details("palazzos", "they are long", "non_answer"),
        describe("kurta", "a navy blue kurta with white print"),
        details(
            "kurta",
            "white print white print white print white print white print white print white print white print "
            "white print white print white print white print white print white print white print",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Anouk Women Navy Blue Ethnic Motifs Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # Front, white backdrop: maroon straight kurta with a gold zari yoke, styled with white cigarette trousers.
    # All texts: VQA adapter.
    case(
        "X1636-002",
        she("a maroon kurta and white pants"),
        col("kurta", "maroon"),
        col("pants", "white"),
        describe(
            "kurta",
            "a maroon kurta with a gold yoke and a round neck and three quarter sleeves and a slit on the side and a "
            "white pants and",
            "cut",
            hit_limit=True,
        ),
        details(
            "kurta",
            "gold embroidery on the neck and gold embroidery on the neck and gold embroidery on the neck and gold "
            "embroidery on",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Women",
        title="Libas Women Maroon Yoke Design Straight Kurta",
        category="Kurtas",
        color="Maroon",
    ),
    # Front: pink kurta with a small white-and-green floral print, solid pink trousers, no dupatta.
    # All texts: VQA adapter.
    case(
        "X1636-003",
        she("a dress", "contradiction"),
        col("kurta", "pink"),
        col("trousers", "pink"),
        details("kurta", "floral"),
        describe(
            "kurta",
            "pink Question: What is the color of the pants? Answer: pink Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Sangria Women Pink Floral Printed Pure Cotton Kurta with Trousers",
        category="Kurta Sets",
        color="Pink",
    ),
    # Front, model holding a canvas tote: bottle-green solid kurta with a mandarin collar, button placket, side slits;
    # white slim pants (not part of the product). All texts: VQA adapter.
    case(
        "X1636-004",
        she(
            "a green kurta and white pants and a green kurta and white pants and a green kurta and white pants and a "
            "green kurta",
            "loop",
            hit_limit=True,
        ),
        col("kurta", "green"),
        col("pants", "green", "other_garment_color"),
        describe("kurta", "a green kurta with a mandarin collar and buttons"),
        details("kurta", "collar"),
        is_a("kurta", "yes"),
        gender="Women",
        title="W Women Green Solid Straight Kurta",
        category="Kurtas",
        color="Green",
    ),
    # Front: off-white A-line kurta with small blue bootis, three-quarter sleeves, round neck; styled with blue
    # palazzos. All texts: VQA adapter.
    case(
        "X1636-005",
        she("a white kurta"),
        col(
            "kurta",
            "white Question: What is the color of the palazzo? Answer: blue Question: What is the color of the dupatta",
            "leak",
            hit_limit=True,
        ),
        col("palazzos", "blue"),
        describe(
            "kurta",
            "a white kurta with blue print and three quarter sleeves and a round neck and a white kurta with blue "
            "print and three quarter",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "", "non_answer"),
        gender="Women",
        title="AURELIA Women Off-White Printed A-Line Kurta",
        category="Kurtas",
        color="Off White",
    ),
    # Front: mustard kurta with a green floral print, green salwar, green-and-mustard printed dupatta over both
    # shoulders. All texts: VQA adapter.
    case(
        "X1636-006",
        she("a yellow kurta, green pants and a scarf"),
        col(
            "kurta",
            "mustard-mustard-mustard-mustard-mustard-mustard-mustard-mustard-mustard-mustard",
            "loop",
            hit_limit=True,
        ),
        col("salwar", "green"),
        col("dupatta", "green and yellow"),
        describe("kurta", "yes", "non_answer"),
        details("kurta", "printed"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Biba Women Mustard Yellow & Green Printed Kurta with Salwar & Dupatta",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Front: teal kurta with gota patti lace at the neckline and hem, teal palazzos with gota at the hem.
    # All texts: VQA adapter.
    case(
        "X1636-007",
        she("kurta and palazzo"),
        col(
            "kurta",
            "teal Question: What is the color of the palazzo? Answer: teal Question: What is the color of the palazzo",
            "leak",
            hit_limit=True,
        ),
        col("palazzos", "teal"),
        details("kurta", "gold lace at the neckline and the hem"),
        describe(
            "kurta",
            "a teal kurta with gold lace at the neckline and the hem and the sleeves and the neckline and the hem "
            "and the sleeves and the",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="GERUA Women Teal Gotta Patti Kurta with Palazzos",
        category="Kurta Sets",
        color="Teal",
    ),
    # Front, beige backdrop: floor-length red anarkali kurta, flared, gold embroidery on the yoke; no bottoms visible.
    # All texts: VQA adapter.
    case(
        "X1636-008",
        she("a red dress", "contradiction"),
        col("kurta", "red"),
        kurta_color(
            "red Question: What is the kurta color? Answer: red Question: What is the kurta color? Answer: red "
            "Question",
            "leak",
            hit_limit=True,
        ),
        is_a("kurta", "no", "contradiction"),
        describe("kurta", "a long red anarkali kurta with gold embroidery on the yoke"),
        details("kurta", "gold embroidery on the yoke and flared"),
        gender="Women",
        title="Varanga Women Red Embroidered Anarkali Kurta",
        category="Kurtas",
        color="Red",
    ),
    # Front: model with a short bob; black straight kurta with a white geometric print, white palazzos (styling).
    # All texts: VQA adapter.
    case(
        "X1636-009",
        she("he is wearing a black kurta and white pants", "pronoun"),
        col("kurta", "black"),
        col("pants", "white"),
        details(
            "kurta",
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            hit_limit=True,
        ),
        describe("kurta", "a black kurta with white print"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Vishudh Women Black Printed Straight Kurta",
        category="Kurtas",
        color="Black",
    ),
    # Front: royal blue kurta with white bandhani dots, round neck, no collar or buttons; white trousers; blue dupatta
    # with white bandhani. All texts: VQA adapter.
    case(
        "X1636-010",
        she("a blue kurta with white pants and a dupatta"),
        col("kurta", "blue"),
        col("trousers", "white"),
        col("dupatta", "white", "other_garment_color"),
        details("kurta", "polka dots"),
        bottom_details(
            "trousers",
            "white white white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white",
            "loop",
            hit_limit=True,
        ),
        describe(
            "kurta",
            "a blue kurta with white polka dots and a white collar and white buttons on the front",
            "unsupported",
        ),
        gender="Women",
        title="Indo Era Women Blue Bandhani Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Blue",
    ),
    # Front: short peach kurta with thread work at the neckline, peach sharara, peach net dupatta with a scalloped
    # border. All texts: VQA adapter.
    case(
        "X1636-011",
        she("a peach kurta and pants and a scarf"),
        col("kurta", "coral"),
        col("sharara", "peach"),
        col(
            "dupatta",
            "peach Question: Is this a dress? Answer: no Question: What is the color of the dupatta? Answer: peach "
            "Question",
            "leak",
            hit_limit=True,
        ),
        describe("kurta", "a peach kurta"),
        details("kurta", "the kurta", "non_answer"),
        gender="Women",
        title="KALINI Women Peach-Coloured Thread Work Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Peach",
    ),
    # Front: olive kurta with a white-and-pink floral print, olive palazzos printed at the hem.
    # All texts: VQA adapter.
    case(
        "X1636-012",
        she(
            "kurta and palazzo pants kurta and palazzo pants kurta and palazzo pants kurta and palazzo pants kurta and "
            "palazzo",
            "loop",
            hit_limit=True,
        ),
        col("kurta", "olive"),
        col("palazzos", "olive"),
        is_a(
            "kurta",
            "yes Question: Is this a dress? Answer: no Question: Is this a kurta? Answer: yes Question: Is this a",
            "leak",
            hit_limit=True,
        ),
        describe("kurta", "a green kurta with flowers"),
        details(
            "kurta",
            "flowers on the kurta and flowers on the palazzo and flowers on the kurta and flowers on the palazzo "
            "and flowers on the",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Jaipur Kurti Women Olive Green Floral Printed Kurta With Palazzo",
        category="Kurta Sets",
        color="Olive",
    ),
    # Front, model holding sunglasses: lavender straight kurta with white chikankari all over, no belt; white
    # palazzos (styling). All texts: VQA adapter.
    case(
        "X1636-013",
        she(
            "a purple kurta and white pants and a pair of sunglasses in her hand and a pair of silver earrings and a "
            "silver",
            "cut",
            hit_limit=True,
        ),
        col("kurta", "purple"),
        col("palazzos", "white"),
        details("kurta", "embroidery"),
        describe("kurta", "a purple kurta with white embroidery and a belt at the waist", "unsupported"),
        gender="Women",
        title="Ishin Women Lavender Chikankari Embroidered Straight Kurta",
        category="Kurtas",
        color="Lavender",
    ),
    # Front: magenta kurta with sequin work on the yoke, magenta palazzos, gold tissue dupatta with a plain border.
    # All texts: VQA adapter.
    case(
        "X1636-014",
        she("a pink kurta and pants"),
        col("kurta", "pink"),
        col(
            "palazzos",
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink "
            "pink pink pink pink pink pink pink pink pink",
            "loop",
            hit_limit=True,
        ),
        col("dupatta", "pink", "other_garment_color"),
        details("kurta", "sequins"),
        describe(
            "kurta",
            "a pink kurta with sequins on the yoke and a pink palazzo and a gold dupatta with a border of gold lace "
            "and tassels at the",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="SOJA Women Magenta Sequinned Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Magenta",
    ),
    # Front: rust kurta with a white floral block print, white palazzos with a rust print.
    # All texts: VQA adapter.
    case(
        "X1636-015",
        she("a orange kurta and white pants"),
        col("kurta", "orange"),
        col("palazzos", "orange", "other_garment_color"),
        describe(
            "kurta",
            "Question: Describe the kurta. Answer: Question: Describe the kurta. Answer: Question: Describe the kurta.",
            "leak",
            hit_limit=True,
        ),
        details("kurta", "printed"),
        gender="Women",
        title="Nayo Women Rust Orange Printed Pure Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Rust",
    ),
    # Flat lay, no person: beige straight kurta with wooden buttons down a short placket. All texts: VQA adapter.
    case(
        "X1636-016",
        she("a beige kurta"),
        col("kurta", "beige"),
        describe("kurta", "a beige kurta with buttons"),
        details("kurta", "buttons"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Janasya Women Beige Solid Cotton Flex Kurta",
        category="Kurtas",
        color="Beige",
    ),
    # Front: short yellow kurti with small white flowers, styled with blue jeans. All texts: VQA adapter.
    case(
        "X1636-017",
        she("a yellow kurta and jeans"),
        col("kurta", "yellow"),
        col("jeans", "blue"),
        details("kurta", "blue", "other_garment_color"),
        describe(
            "kurta",
            "a yellow kurta with white flowers and a round neck and three quarter sleeves and a pair of blue jeans and "
            "white sneakers and a",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="HERE&NOW Women Yellow Floral Printed Kurti",
        category="Kurtis",
        color="Yellow",
    ),
    # Front: green kurta with a gold foil print, green trousers, gold-toned dupatta. All texts: VQA adapter.
    case(
        "X1636-018",
        she("green kurta green pants and a yellow dupatta"),
        col("kurta", "green"),
        col("trousers", "green"),
        col("dupatta", "yellow"),
        describe("kurta", "green"),
        details(
            "kurta",
            "gold print on the kurta and gold print on the pants and gold print on the dupatta and gold print on the "
            "kurta and gold",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Anubhutee Women Green & Gold-Toned Ethnic Motifs Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Green",
    ),
    # Front: teal kurta with a mustard motif print, mustard palazzos, no dupatta. (Feed row without category.)
    # All texts: VQA adapter.
    case(
        "X1636-019",
        she("a blue dress and yellow pants", "contradiction"),
        col("kurta", "blue"),
        col("palazzos", "blue", "other_garment_color"),
        details("kurta", "print on the kurta and the palazzo and the dupatta", "unsupported"),
        kurta_color("teal"),
        describe("kurta", "a blue kurta with yellow print"),
        gender="Women",
        title="Libas Women Teal Blue Printed Kurta with Palazzos",
        color="Teal",
    ),
    # Front, pale pink backdrop, silver jhumkas: white-on-white chikankari kurta, white palazzos.
    # All texts: VQA adapter.
    case(
        "X1636-020",
        she("a white kurta and white pants"),
        col("kurta", "pink", "contradiction"),
        col("palazzos", "white"),
        details("kurta", "embroidery on the front"),
        describe(
            "kurta",
            "a white kurta with white embroidery and white embroidery and white embroidery and white embroidery and "
            "white embroidery and white",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Women",
        title="Sangria Women White Chikankari Embroidered Kurta with Palazzos",
        category="Kurta Sets",
        color="White",
    ),
    # Front: mustard anarkali with a gold foil print, styled with a white churidar. All texts: VQA adapter.
    case(
        "X1636-021",
        she("a yellow kurta and white pants"),
        col("kurta", "yellow"),
        col("leggings", "white"),
        is_a(
            "kurta",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        describe(
            "kurta",
            "a yellow kurta with gold print and flared skirt and a yellow kurta with gold print and flared skirt "
            "and a yellow kurta",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "gold"),
        gender="Women",
        title="Varanga Women Mustard Yellow Foil Printed Anarkali Kurta",
        category="Kurtas",
        color="Mustard",
    ),
    # Front: black kurta with red-and-gold motifs, black palazzos, red dupatta. All texts: VQA adapter.
    case(
        "X1636-022",
        she("a black kurta with black pants and a red scarf"),
        col(
            "kurta",
            "black black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        col("palazzos", "black"),
        col("dupatta", "black", "other_garment_color"),
        describe("kurta", "the kurta is a black kurta with a black kurta", "restated"),
        details("kurta", "red print"),
        gender="Women",
        title="Khushal K Women Black Ethnic Motifs Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Black",
    ),
    # Back view: pink kurta with a blue floral print and a tie-up dori at the back, white trousers (styling).
    # (Feed row without gender.) All texts: VQA adapter.
    case(
        "X1636-023",
        she("a man in a pink kurta and white pants", "pronoun"),
        col("kurta", "pink"),
        col("pants", "white"),
        describe("kurta", "a pink kurta with a blue print and a tie at the back"),
        details(
            "kurta",
            "tie at the back tie at the back tie at the back tie at the back tie at the back tie at the back tie at",
            "loop",
            hit_limit=True,
        ),
        title="Anouk Women Pink & Blue Floral Printed Straight Kurta",
        category="Kurtas",
        color="Pink",
    ),
    # Front: off-white kurta with a red floral print, red churidar, red dupatta with an off-white print.
    # All texts: VQA adapter.
    case(
        "X1636-024",
        she("a white kurta with red pants and a red dupatta"),
        col("kurta", "white"),
        col("churidar", "red"),
        col(
            "dupatta",
            "red Question: Is this a kurta? Answer: yes Question: What is the color of the kurta? Answer: white "
            "Question",
            "leak",
            hit_limit=True,
        ),
        details("kurta", "flowers"),
        describe(
            "kurta",
            "a white kurta with red flowers and a red dupatta and red pants and a white kurta with red flowers and "
            "a red dupatta and red",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Women",
        title="Biba Women Off-White & Red Floral Printed Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Off White",
    ),
    # Front, model seated on a stool: navy A-line kurta with white thread embroidery at the neck, white palazzos
    # (styling). All texts: VQA adapter.
    case(
        "X1636-025",
        she(
            "a blue kurta and white pants and she is sitting on a stool with her legs crossed and her hands on her "
            "knees and",
            "cut",
            hit_limit=True,
        ),
        col(
            "kurta",
            "navy Question: What is the color of the pants? Answer: white Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        col("pants", "white"),
        describe("kurta", "a blue kurta with white embroidery on the neck"),
        details("kurta", "embroidery on the neck"),
        is_a("kurta", "yes"),
        gender="Women",
        title="W Women Navy Blue Embroidered A-Line Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Front: sea-green kurta with a white floral print and a round neck, white trousers. All texts: VQA adapter.
    case(
        "X1636-026",
        she("a green kurta and white pants"),
        col("kurta", "green"),
        col("trousers", "green", "other_garment_color"),
        describe("kurta", "a green kurta with white flowers and a white collar", "unsupported"),
        details("kurta", "floral print and a white border at the hem and white tassels on the sleeves", "unsupported"),
        gender="Women",
        title="Indo Era Women Sea Green Floral Printed Kurta with Trousers",
        category="Kurta Sets",
        color="Sea Green",
    ),
    # Front: red kurta with a gold bandhani print, red palazzos. All texts: VQA adapter.
    case(
        "X1636-027",
        she("red kurta and red pants"),
        col("kurta", "red"),
        col(
            "palazzos",
            "red Question: What is the color of the dupatta? Answer: red Question: What is the color of the dupatta",
            "leak",
            hit_limit=True,
        ),
        details("kurta", "no", "non_answer"),
        describe(
            "kurta",
            "red red red red red red red red red red red red red red red red red red red red red red red red red red "
            "red red red red",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Ahalyaa Women Red & Gold-Toned Bandhani Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Red",
    ),
    # Front: grey chanderi kurta with small silver buttis, grey palazzos with the same buttis, pink dupatta.
    # All texts: VQA adapter.
    case(
        "X1636-028",
        she("a grey kurta and grey pants with a pink dupatta"),
        col("kurta", "grey"),
        col("palazzos", "grey"),
        col("dupatta", "grey", "other_garment_color"),
        describe("kurta", "a grey kurta with silver dots"),
        details(
            "kurta",
            "silver dots Question: What are the palazzo details? Answer: silver dots Question: What are the palazzo "
            "details?",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Kvsfab Women Grey Chanderi Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Grey",
    ),
    # Front: coffee-brown kurta with a cream embroidered yoke, cream trousers (styling). All texts: VQA adapter.
    case(
        "X1636-029",
        she("a brown shirt and white pants", "contradiction"),
        col("kurta", "brown"),
        col("pants", "brown", "other_garment_color"),
        describe("kurta", "a brown kurta with white embroidery on the yoke"),
        details("kurta", "the kurta details are on the kurta", "restated"),
        gender="Women",
        title="Jompers Women Coffee Brown Yoke Design Kurta",
        category="Kurtas",
        color="Coffee Brown",
    ),
    # Front: turquoise kurta with a white leaf print, white leggings (styling). All texts: VQA adapter.
    case(
        "X1636-030",
        she("a blue kurta with white pants"),
        col("kurta", "turquoise"),
        col("leggings", "white"),
        describe("kurta", "a blue kurta with white leaves"),
        details("kurta", "leaves"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Rangita Women Turquoise Blue Leaf Printed Kurta",
        category="Kurtas",
        color="Turquoise Blue",
    ),
    # Front, model carrying a cloth bag: indigo kurta with a white dabu print, no pockets; cream pants (styling).
    # All texts: VQA adapter.
    case(
        "X1636-031",
        she("a blue kurta with a white pants and a bag"),
        col(
            "kurta",
            "indigo blue indigo blue indigo blue indigo blue indigo blue indigo blue indigo blue indigo blue indigo "
            "blue indigo",
            "loop",
            hit_limit=True,
        ),
        col("pants", "blue", "other_garment_color"),
        describe("kurta", "a blue kurta with white print and a pocket", "unsupported"),
        details("kurta", "printed"),
        gender="Women",
        title="Fabindia Women Indigo Block Printed Cotton Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Front: white kurta with a multicoloured floral print, green sharara, pink dupatta. All texts: VQA adapter.
    case(
        "X1636-032",
        she("a floral kurta with green pants and a pink dupatta"),
        col("kurta", "multicolor"),
        col("sharara", "green"),
        col("dupatta", "pink"),
        describe(
            "kurta",
            "floral floral floral floral floral floral floral floral floral floral floral floral floral floral "
            "floral floral floral floral floral floral floral floral floral floral floral floral floral floral "
            "floral floral",
            "loop",
            hit_limit=True,
        ),
        details(
            "kurta",
            "flowers Question: What are the sharara details? Answer: flowers Question: What are the sharara",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Aks Women Multicoloured Floral Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Multi",
    ),
    # Front: peach straight kurta with gota lace at the neckline, peach trousers. (Feed row without gender.)
    # All texts: VQA adapter.
    case(
        "X1636-033",
        she("a kurta and pants"),
        col("kurta", "white", "contradiction"),
        col(
            "trousers",
            "peach-peach-peach-peach-peach-peach-peach-peach-peach-peach-peach-peach-peach-peach-peach",
            "loop",
            hit_limit=True,
        ),
        describe("kurta", "pink"),
        details("kurta", "gold lace at the neck"),
        title="Libas Women Peach Embroidered Straight Kurta with Trousers",
        category="Kurta Sets",
        color="Peach",
    ),
    # Front: short blue kurti with a white print, mandarin collar, button placket, roll-up sleeves with tabs; blue
    # jeans (styling). All texts: VQA adapter.
    case(
        "X1636-034",
        she("a blue shirt and jeans", "contradiction"),
        col("kurta", "blue"),
        col("jeans", "blue"),
        describe("kurta", "a blue kurta with white print"),
        details("kurta", "the kurti has a mandarin collar and a button placket and roll up sleeves with tabs"),
        gender="Women",
        title="Vishudh Women Blue Printed Kurti",
        category="Kurtis",
        color="Blue",
    ),
    # Flat lay, no person: maroon kurta with a gold woven border, maroon palazzos, maroon dupatta with a gold border.
    # All texts: VQA adapter.
    case(
        "X1636-035",
        she("nothing", "non_answer"),
        col("kurta", "maroon"),
        col("palazzos", "maroon"),
        col("dupatta", "maroon"),
        describe("kurta", "a maroon kurta with a gold border"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Sangria Women Maroon Woven Design Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Front, wooden chair beside the model: pink floral kurta, white palazzos. All texts: VQA adapter.
    case(
        "X1636-036",
        she("she is wearing a pink kurta and white palazzo pants"),
        col("kurta", "pink"),
        col("palazzos", "pink", "other_garment_color"),
        kurta_color(
            "pink Question: What is the palazzo color? Answer: white Question: What is the dupatta color? Answer:",
            "leak",
            hit_limit=True,
        ),
        describe("kurta", "a pink kurta with flowers and a white palazzo and a chair"),
        details(
            "kurta",
            "the kurta details the kurta details the kurta details the kurta details the kurta details the kurta "
            "details the",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="GERUA Women Pink Floral Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Pink",
    ),
    # Front: rust kurta with mirror work on the yoke, three-quarter sleeves, round neck; rust palazzos; cream dupatta.
    # All texts: VQA adapter.
    case(
        "X1636-037",
        she("a orange kurta and orange pants and a white dupatta"),
        col("kurta", "orange"),
        col("palazzos", "orange"),
        col("dupatta", "white"),
        describe(
            "kurta",
            "a orange kurta with mirror work on the yoke and the sleeves are three quarter sleeves and the kurta has "
            "a round neck and the",
            "cut",
            hit_limit=True,
        ),
        details("kurta", "mirror work"),
        bottom_details(
            "palazzos",
            "the palazzos are orange and the kurta is orange and the dupatta is white and the palazzos are orange and "
            "the kurta is",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Anouk Women Rust Orange Mirror Work Yoke Design Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Rust",
    ),
    # Front: lime-green kurta with white lace at the hem, white trousers. All texts: VQA adapter.
    case(
        "X1636-038",
        she("a green dress and white pants", "contradiction"),
        col("kurta", "green"),
        col("trousers", "green", "other_garment_color"),
        describe("kurta", "a green kurta with lace at the bottom and a v neck with buttons", "unsupported"),
        details("kurta", "lace"),
        gender="Women",
        title="Nayo Women Lime Green Solid Kurta with Trousers",
        category="Kurta Sets",
        color="Lime Green",
    ),
    # Front, long-haired model: cream kurta with pink floral embroidery, cream palazzos, pink dupatta.
    # All texts: VQA adapter.
    case(
        "X1636-039",
        she("he is wearing a white kurta and white pants with a pink dupatta", "pronoun"),
        col("kurta", "white"),
        col("palazzos", "white"),
        col("dupatta", "white", "other_garment_color"),
        details("kurta", "pink flowers"),
        describe(
            "kurta",
            "a white kurta with pink flowers and a pink dupatta and a white kurta with pink flowers and a pink dupatta "
            "and a white",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Ishin Women Cream-Coloured Floral Embroidered Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Cream",
    ),
    # Back view: purple A-line kurta with a small print, black leggings (styling). All texts: VQA adapter.
    case(
        "X1636-040",
        she("a purple kurta and black leggings"),
        col("kurta", "purple"),
        col("leggings", "black"),
        describe("kurta", "the kurta is a kurta", "restated"),
        details("kurta", "print"),
        gender="Women",
        title="SIRIKIT Women Purple Printed A-Line Kurta",
        category="Kurtas",
        color="Purple",
    ),
    # Front: red kurta with white flowers, round neck, no pockets or zip; red palazzos. (Feed row without color.)
    # All texts: VQA adapter.
    case(
        "X1636-041",
        she(
            "kurta and palazzo Question: What is the color of the kurta? Answer: red Question: What is the color",
            "leak",
            hit_limit=True,
        ),
        col("kurta", "red"),
        col("palazzos", "red"),
        describe("kurta", "a red kurta with white flowers"),
        details("kurta", "the kurta has pockets on both sides and a zip at the back", "unsupported"),
        gender="Women",
        title="Libas Women Red Floral Printed Kurta with Palazzos",
        category="Kurta Sets",
    ),
    # Front: navy kurta with thin white vertical stripes, white palazzos (styling). All texts: VQA adapter.
    case(
        "X1636-042",
        she(
            "a striped kurta and white pants and a striped kurta and white pants and a striped kurta and white pants "
            "and a striped",
            "loop",
            hit_limit=True,
        ),
        col("kurta", "navy and white"),
        col("palazzos", "white"),
        describe("kurta", "a blue and white striped kurta"),
        details("kurta", "stripes"),
        is_a("kurta", "no", "contradiction"),
        gender="Women",
        title="Anubhutee Women Navy Blue & White Striped Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Front: mustard kurta with a white print and tasselled neck ties, white palazzos, mustard dupatta.
    # All texts: VQA adapter.
    case(
        "X1636-043",
        she(
            "a yellow kurta and white pants and a yellow dupatta with tassels and a pair of gold earrings and a gold "
            "bangle on her",
            "cut",
            hit_limit=True,
        ),
        col("kurta", "yellow"),
        col("palazzos", "yellow", "other_garment_color"),
        col("dupatta", "yellow"),
        describe("kurta", "a yellow kurta with white print"),
        details("kurta", "tassels"),
        bottom_details("palazzos", "white"),
        gender="Women",
        title="Jaipur Kurti Women Mustard Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Front, model holding a red clutch: plain black kurta with a round neck, black trousers. All texts: VQA adapter.
    case(
        "X1636-044",
        she("a black kurta and black pants"),
        col(
            "kurta",
            "black Question: What is the color of the pants? Answer: black Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        col("trousers", "black"),
        describe("kurta", "a black kurta"),
        details("kurta", "the kurta is black", "non_answer"),
        gender="Women",
        title="AURELIA Women Black Solid Kurta with Trousers",
        category="Kurta Sets",
        color="Black",
    ),
    # Front: emerald silk kurta with gold zari on the yoke and sleeves, green palazzos, pink dupatta with a gold
    # border. All texts: VQA adapter.
    case(
        "X1636-045",
        she(
            "a green kurta and pants with a pink dupatta and a pink dupatta and a pink dupatta and a pink dupatta and "
            "a pink",
            "loop",
            hit_limit=True,
        ),
        col("kurta", "green"),
        col("palazzos", "green"),
        col("dupatta", "pink"),
        describe(
            "kurta",
            "a green silk kurta with gold zari work on the yoke and the sleeves and a pink dupatta with gold border "
            "and the palazzo",
            "cut",
            hit_limit=True,
        ),
        details("kurta", "gold embroidery"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Khushal K Women Green Silk Blend Zari Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Green",
    ),
]
