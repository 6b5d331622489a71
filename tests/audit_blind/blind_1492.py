"""BLIND_1492 (45 products; Myntra women's kurtas and kurta sets): written blind in the sixty-fifth session. Measured
blind at eb96f22 (the session's fourth rules): 70/79 failures found (88.6%) and 2/198 correct texts flagged (1.0%).
The writer's notes, verbatim:

Scenario: a Myntra feed of women's kurtas (article type "Kurtas") and kurta sets ("Kurta Sets": kurta with palazzos,
trousers or churidar, some with a dupatta). Catalog shots: a model on a plain grey, white or beige backdrop, mostly
front views, two back views, two flat lays, now and then a prop (a tote bag, a stool, a chair, a straw hat, a coffee
cup, sunglasses, juttis in a flat lay). Single kurtas are shot with bottoms the feed does not sell (leggings, palazzos,
jeans), which is where the other-garment colors come from. Columns as the feed has them: title, category (the article
type), color (the base colour, the kurta's for a set), gender; one is missing now and then.
Who wrote what: no caption (this run used the VQA adapter, which does not caption usefully, so the caption step was
off). Every answer is leoreigoto/Data3_V3_BLIP2_VQA on Salesforce/blip2-opt-2.7b, greedy, 30 new tokens, stopped on the
newline when the model emitted one. The questionnaire is the original experiments' one adapted to the feed: "What is she
wearing?", "What is the color of the kurta / palazzos / trousers / churidar / dupatta?" for each piece in the product,
"Describe the kurta.", "What are the kurta details?", "Is this a kurta?", and on a few products the experiments' second
phrasing "What is the kurta color?". Colors are free generation, stored open.
Labeling conventions and judgement calls: judged against the imagined photo and the title. Near-hue names count as right
(red for maroon, yellow for mustard, orange or brown for rust, blue for teal or turquoise, pink or peach for peach,
purple for lavender, orange for coral, white for off-white or cream); a hue that is not the piece's at all is a
contradiction, and a hue that belongs to another piece in the photo (the bottoms, the dupatta, unsold leggings or jeans)
is other_garment_color, including a printed kurta answered with its bottoms' color when the print shares it. A kurta
named a dress, a saree, a blouse or a shirt is a contradiction with the title (I was strict: even a flared anarkali or a
tiered kurta called a dress is marked); "top" or "tunic" would have passed, and answers that name only part of the
outfit ("a pink kurta" for a set) are incomplete, not wrong. "Describe the kurta." answered with only a color or a bare
"a coral kurta" is thin but right, left unmarked; "yes" to an open question, an empty answer, a garment word for a color
question and "the kurta details" are non_answer; "the kurta details are the kurta ..." is restated. Invented details
(pockets, a zipper, buttons, a belt, mirror work, a sweetheart neck, silk on a pure cotton kurta) are unsupported. A
text that repeats a phrase until the 30-token limit is a loop with hit_limit, one that stops mid-phrase at the limit
without repeating is cut with hit_limit; where a cut answer also strays I labeled the cut. Answers that carry the
"Question: ... Answer:" format are leak. "he" for the woman model is pronoun. All "Is this a kurta?" answers are "yes"
except two (the anarkali and a rust set); that bias is how this adapter behaves, and the "yes" answers are right. Olive
called brown and navy called black are contradictions, not near hues. "a white cotton kurta" for a kurta the title calls
pure cotton is right. About three in ten texts are wrong: the color and yes/no questions are the adapter's own training
questions and mostly come back short and right; the open "Describe" and "details" questions are where it loops, runs
out, leaks the prompt format and invents.
"""

from tests.audit_corpus import case, color_of, describe, details, is_a, question, wearing

KURTA_COLOR = question("kurta_color", "What is the kurta color?", "open")


def she(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="she", hit_limit=hit_limit)


def col(garment, text, failure=None, hit_limit=False):
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


BLIND_1492 = [
    # Photo: front view, grey backdrop; navy kurta with white ethnic motifs, white palazzos, white dupatta with a navy
    # border and navy tassels, over the left shoulder. All texts: VQA adapter.
    case(
        "X1492-001",
        she("a blue kurta and white pants"),
        col("kurta", "navy"),
        col("palazzos", "navy", "other_garment_color"),
        col(
            "dupatta",
            "white with a navy blue border and navy blue tassels on both ends, draped over the left shoulder of the "
            "model and falling down to the",
            "cut",
            hit_limit=True,
        ),
        describe("kurta", "a blue and white printed kurta"),
        details(
            "kurta",
            "the kurta has a round neck, three quarter sleeves, a round neck, three quarter sleeves, a round neck, "
            "three quarter sleeves, a round",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Women",
        title="Anouk Women Navy Blue & White Ethnic Motifs Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # Photo: front view, white backdrop; mustard kurta with small white flowers and matching mustard printed trousers
    # (pure cotton). All texts: VQA adapter.
    case(
        "X1492-002",
        she("a yellow dress", "contradiction"),
        col("kurta", "yellow"),
        col("trousers", "yellow"),
        describe("kurta", "a yellow silk kurta with white flowers", "unsupported"),
        details(
            "kurta",
            "the kurta details are the kurta details are the kurta details are the kurta details are the kurta "
            "details are the",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Women",
        title="Libas Women Mustard Yellow Floral Printed Pure Cotton Kurta with Trousers",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Photo: front view, hand on hip; solid green straight kurta with a mandarin collar and side slits, worn with white
    # leggings (not sold). All texts: VQA adapter.
    case(
        "X1492-003",
        she("a green kurta and white leggings"),
        col("kurta", "white", "other_garment_color"),
        describe("kurta", "yes", "non_answer"),
        details("kurta", "the kurta has a mandarin collar and side slits"),
        is_a("kurta", "yes"),
        gender="Women",
        title="W Women Green Solid Straight Kurta",
        category="Kurtas",
        color="Green",
    ),
    # Photo: full length, mid-twirl; pink flared anarkali kurta with gold print, pink churidar just visible at the
    # ankles (not sold). All texts: VQA adapter.
    case(
        "X1492-004",
        she("a pink dress", "contradiction"),
        col("kurta", "pink"),
        describe("kurta", "a long pink kurta with gold print"),
        details(
            "kurta",
            "the kurta has a flared hem and gold print and a flared hem and gold print and a flared hem and gold "
            "print and a flared",
            "loop",
            hit_limit=True,
        ),
        KURTA_COLOR("pink"),
        is_a("kurta", "no", "contradiction"),
        gender="Women",
        title="Biba Women Pink Printed Anarkali Kurta",
        category="Kurtas",
        color="Pink",
    ),
    # Photo: three-quarter side view; teal kurta with a gold embroidered yoke, teal palazzos. All texts: VQA adapter.
    case(
        "X1492-005",
        she("she is wearing a blue kurta and blue pants"),
        col("kurta", "teal"),
        col("palazzos", "teal"),
        describe(
            "kurta",
            "a teal kurta with a gold embroidered yoke and matching palazzos, the kurta has a round neck, three "
            "quarter sleeves and a straight hem with a",
            "cut",
            hit_limit=True,
        ),
        details("kurta", "embroidered yoke"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Sangria Women Teal Yoke Design Kurta with Palazzos",
        category="Kurta Sets",
        color="Teal",
    ),
    # Photo: front view; maroon kurta with gold thread embroidery at the neck, maroon trousers, beige-gold net dupatta
    # draped over both arms. All texts: VQA adapter.
    case(
        "X1492-006",
        she("a red kurta with a gold dupatta"),
        col("kurta", "maroon"),
        col("trousers", "maroon"),
        col("dupatta", "maroon", "other_garment_color"),
        describe("kurta", "a maroon kurta with gold embroidery and a gold belt", "unsupported"),
        details(
            "kurta", "gold embroidery on the neck Question: What is the color of the dupatta? Answer: gold", "leak"
        ),
        is_a("kurta", "yes"),
        gender="Women",
        title="Varanga Women Maroon Embroidered Straight Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Photo: front view, holding a canvas tote bag; rust kurta with off-white block print, V-neck with buttons,
    # off-white trousers. All texts: VQA adapter.
    case(
        "X1492-007",
        she("an orange kurta and white pants"),
        col("kurta", "orange"),
        col("trousers", "white"),
        describe("kurta", "an orange and white printed kurta"),
        details("kurta", "the kurta has a v neck and three quarter sleeves"),
        is_a("kurta", "no", "contradiction"),
        gender="Women",
        title="GoSriKi Women Rust & Off-White Printed Kurta with Trousers",
        category="Kurta Sets",
        color="Rust",
    ),
    # Photo: front view; black straight kurta with a white geometric print and a keyhole neck, worn with white
    # palazzos (not sold). All texts: VQA adapter.
    case(
        "X1492-008",
        she("a black and white kurta and white pants"),
        col("kurta", "black and white"),
        KURTA_COLOR("black"),
        describe("kurta", "a black and white kurta with a geometric print"),
        details(
            "kurta",
            "the kurta has a keyhole neck, three quarter sleeves and a keyhole neck, three quarter sleeves and a "
            "keyhole neck, three quarter",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Women",
        title="AHIKA Women Black & White Printed Straight Kurta",
        category="Kurtas",
        color="Black",
    ),
    # Photo: front view; off-white A-line kurta with indigo block print and a flared hem, indigo palazzos. Gender
    # column empty in the feed. All texts: VQA adapter.
    case(
        "X1492-009",
        she("a white and blue dress", "contradiction"),
        col("kurta", "white"),
        col("palazzos", "blue"),
        describe(
            "kurta",
            "a white kurta with blue print and a blue palazzo pants and a white kurta with blue print and a blue "
            "palazzo pants and a white",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "the kurta has a block print and a flared hem"),
        is_a("kurta", "yes"),
        title="Jaipur Kurti Women Off-White & Blue Block Print A-Line Kurta with Palazzos",
        category="Kurta Sets",
        color="Off White",
    ),
    # Photo: front view; bottle green kurta with gold embroidery on the yoke and sleeves, green trousers, green organza
    # dupatta with a gold border: every piece really is green. All texts: VQA adapter.
    case(
        "X1492-010",
        she("a green kurta, green pants and a green scarf"),
        col("kurta", "green"),
        col(
            "trousers",
            "green Question: What is the color of the pants? Answer: green Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        col("dupatta", "green"),
        describe(
            "kurta",
            "green green green green green green green green green green green green green green green green green "
            "green green green green green green green green green green green green green",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "the kurta has gold embroidery on the yoke and sleeves"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Indo Era Women Green Ethnic Motifs Embroidered Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Green",
    ),
    # Photo: back view; lavender kurta with lace at the hem and a tie-up dori with tassels at the back of the neck,
    # lavender palazzos. All texts: VQA adapter.
    case(
        "X1492-011",
        she("she is wearing a purple kurta and purple pants"),
        col("kurta", "purple"),
        col("palazzos", "purple"),
        describe("kurta", "a purple kurta with lace"),
        details("kurta", "the back of the kurta has a tie up with tassels"),
        is_a("kurta", "yes"),
        gender="Women",
        title="KALINI Women Lavender Solid Kurta with Palazzos",
        category="Kurta Sets",
        color="Lavender",
    ),
    # Photo: front view, sunglasses in hand; peach kurta with a small white floral print, no pockets, worn with white
    # trousers (not sold). All texts: VQA adapter.
    case(
        "X1492-012",
        she("a blouse and white pants", "contradiction"),
        col("kurta", "peach"),
        describe("kurta", "a peach kurta with a floral print"),
        details("kurta", "the kurta has pockets", "unsupported"),
        is_a("kurta", "yes"),
        KURTA_COLOR("peach"),
        gender="Women",
        title="Janasya Women Peach-Coloured Printed Kurta",
        category="Kurtas",
        color="Peach",
    ),
    # Photo: front view, a woman with short hair; royal blue kurta with white motifs and a mandarin collar, white
    # palazzos (not sold). All texts: VQA adapter.
    case(
        "X1492-013",
        she("he is wearing a blue kurta and white pants", "pronoun"),
        col("kurta", "blue"),
        describe("kurta", "a blue and white printed kurta"),
        details("kurta", "the kurta has a mandarin collar"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Vishudh Women Blue Ethnic Motifs Printed Straight Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Photo: front view; white kurta with pink and green flowers, white palazzos with a printed hem. All texts: VQA
    # adapter.
    case(
        "X1492-014",
        she("a white kurta with flowers and white pants"),
        col("kurta", "white"),
        col("palazzos", "white"),
        describe("kurta", "a white blouse with pink and green flowers", "contradiction"),
        details(
            "kurta",
            "the kurta details are pink and green flowers and a pink and green flowers and a pink and green flowers "
            "and a pink and",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Women",
        title="Rain & Rainbow Women White Floral Print Kurta with Palazzos",
        category="Kurta Sets",
        color="White",
    ),
    # Photo: front view, brown handbag on the arm; mustard A-line kurta with a rust print, off-white churidar (not
    # sold); no zipper anywhere. All texts: VQA adapter.
    case(
        "X1492-015",
        she("a yellow kurta and a brown bag"),
        col("kurta", "yellow"),
        describe("kurta", "yellow"),
        details("kurta", "the kurta has a zipper on the back", "unsupported"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Global Desi Women Mustard Printed A-Line Kurta",
        category="Kurtas",
        color="Mustard",
    ),
    # Photo: front view; grey kurta with white lace on the sleeve hems, white trousers. All texts: VQA adapter.
    case(
        "X1492-016",
        she("a grey blouse and white pants", "contradiction"),
        col("kurta", "grey"),
        col("trousers", "grey", "other_garment_color"),
        describe("kurta", "a grey kurta with white lace on the sleeves"),
        details("kurta", "lace"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Aurelia Women Grey Solid Kurta with Trousers",
        category="Kurta Sets",
        color="Grey",
    ),
    # Photo: front view; black kurta with multicolour thread embroidery on the yoke (no mirrors, no sequins), black
    # palazzos, black chiffon dupatta with a multicolour border. All texts: VQA adapter.
    case(
        "X1492-017",
        she("a black kurta, black pants and a black dupatta"),
        col("kurta", "black"),
        col("palazzos", "black"),
        col("dupatta", "black"),
        describe("kurta", "a black kurta with colorful embroidery on the yoke"),
        details("kurta", "the kurta has mirror work and sequins", "unsupported"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Nayo Women Black Embroidered Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Black",
    ),
    # Photo: front view; pink long-sleeved kurta with a white leaf print, white palazzos with a pink print. All texts:
    # VQA adapter.
    case(
        "X1492-018",
        she(
            "a pink and white kurta Question: What is the color of the palazzos? Answer: white Question: What is the "
            "color",
            "leak",
            hit_limit=True,
        ),
        col("kurta", "pink"),
        col("palazzos", "white"),
        describe("kurta", "a pink kurta with white leaves"),
        details(
            "kurta",
            "the kurta has a round neck and long sleeves with a white leaf print all over and a white palazzo with "
            "pink leaves on the hem and the",
            "cut",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Women",
        title="Khushal K Women Pink Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Pink",
    ),
    # Photo: front view; yellow kurta with green motifs, solid green trousers, yellow dupatta with a green print. All
    # texts: VQA adapter.
    case(
        "X1492-019",
        she("a yellow kurta and green pants"),
        col("kurta", "yellow"),
        col("trousers", "yellow", "other_garment_color"),
        col("dupatta", "yellow"),
        describe(
            "kurta",
            "a yellow kurta with green print Question: What is the color of the dupatta? Answer: yellow",
            "leak",
        ),
        details("kurta", "yes", "non_answer"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Mokshi Women Yellow & Green Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Photo: front view; magenta kurta with white bandhani dots and a V-neck, white churidar (not sold). All texts:
    # VQA adapter.
    case(
        "X1492-020",
        she("a pink kurta and white leggings"),
        col("kurta", "pink"),
        describe("kurta", "a pink kurta with white polka dots"),
        details("kurta", "the kurta has white polka dots and a v neck"),
        is_a("kurta", "yes"),
        KURTA_COLOR("red", "contradiction"),
        gender="Women",
        title="Anouk Women Magenta Bandhani Printed Kurta",
        category="Kurtas",
        color="Magenta",
    ),
    # Photo: flat lay on a beige surface, no model; off-white chikankari kurta with a scalloped neckline and hem, and
    # off-white trousers. Base colour missing in the feed. All texts: VQA adapter.
    case(
        "X1492-021",
        she("she is wearing a white dress", "contradiction"),
        col("kurta", "white"),
        col("trousers", "white"),
        describe("kurta", "a white cotton kurta with white embroidery"),
        details(
            "kurta",
            "the kurta has chikankari embroidery all over the body and the sleeves, and the neckline has a "
            "scalloped border and the hem has a scalloped",
            "cut",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Women",
        title="Libas Women Off-White Chikankari Embroidered Pure Cotton Kurta with Trousers",
        category="Kurta Sets",
    ),
    # Photo: front view; red kurta with gold foil print, red palazzos, red dupatta with gold print over both
    # shoulders. All texts: VQA adapter.
    case(
        "X1492-022",
        she("a red saree", "contradiction"),
        col("kurta", "red"),
        col("palazzos", "red"),
        col("dupatta", "red"),
        describe("kurta", "a red kurta with gold print"),
        details("kurta", "gold print"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Sangria Women Red Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Red",
    ),
    # Photo: front view, standing beside a wooden stool; olive kurta with an asymmetric high-low hem and a round neck,
    # black trousers (not sold). All texts: VQA adapter.
    case(
        "X1492-023",
        she("a green kurta and black pants"),
        col("kurta", "black", "other_garment_color"),
        describe("kurta", "a brown kurta with an asymmetric hem", "contradiction"),
        details(
            "kurta",
            "the kurta has a high low hem and a round neck and a high low hem and a round neck and a high low hem and "
            "a round neck and",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Women",
        title="W Women Olive Green Solid Kurta",
        category="Kurtas",
        color="Olive",
    ),
    # Photo: front view; turquoise kurta with white thread embroidery at the neck and sleeves, white trousers. All
    # texts: VQA adapter (the description came back empty: the model emitted the newline first).
    case(
        "X1492-024",
        she("a blue kurta and white pants"),
        col("kurta", "turquoise"),
        col("trousers", "white"),
        describe("kurta", "", "non_answer"),
        details("kurta", "the kurta details are the kurta", "restated"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Varanga Women Turquoise Blue Ethnic Motifs Embroidered Kurta with Trousers",
        category="Kurta Sets",
        color="Turquoise Blue",
    ),
    # Photo: front view; beige kurta with a black print, mandarin collar and three-quarter sleeves, black palazzos.
    # All texts: VQA adapter.
    case(
        "X1492-025",
        she("a beige kurta and black pants"),
        col("kurta", "beige"),
        col("palazzos", "black"),
        describe(
            "kurta",
            "a beige and black printed kurta with a mandarin collar and three quarter sleeves, the kurta has a "
            "mandarin collar and three quarter sleeves, the",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "black print"),
        is_a("kurta", "yes"),
        gender="Women",
        title="GoSriKi Women Beige & Black Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Beige",
    ),
    # Photo: front view; coral straight kurta with a white and gold print, white pants (not sold). Gender column
    # empty. All texts: VQA adapter.
    case(
        "X1492-026",
        she("an orange kurta and white pants"),
        col("kurta", "coral"),
        describe("kurta", "a coral kurta"),
        details("kurta", "Question: What are the kurta details? Answer: white and gold print", "leak"),
        is_a("kurta", "yes"),
        title="Biba Women Coral Printed Straight Kurta",
        category="Kurtas",
        color="Coral",
    ),
    # Photo: front view; navy kurta with silver embroidery, navy trousers, contrast pink dupatta with a silver border.
    # All texts: VQA adapter.
    case(
        "X1492-027",
        she("a blue kurta and a pink scarf"),
        col("kurta", "navy"),
        col("trousers", "navy"),
        col("dupatta", "navy", "other_garment_color"),
        describe("kurta", "a navy kurta with silver embroidery"),
        details(
            "kurta",
            "the kurta has silver embroidery on the yoke and the sleeves and the hem and the yoke and the sleeves "
            "and the hem and the yoke and the",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        KURTA_COLOR("black", "contradiction"),
        gender="Women",
        title="Indo Era Women Navy Blue Embroidered Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # Photo: front view; blue and white vertically striped kurta with a band collar, white pants (not sold). All
    # texts: VQA adapter.
    case(
        "X1492-028",
        she("a blue and white striped shirt", "contradiction"),
        col("kurta", "blue and white"),
        describe("kurta", "a blue and white striped kurta"),
        details("kurta", "stripes and two pockets", "unsupported"),
        is_a("kurta", "yes"),
        gender="Women",
        title="AHIKA Women Blue & White Striped Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Photo: front view; sea green kurta with a white floral print, solid white palazzos. All texts: VQA adapter.
    case(
        "X1492-029",
        she("a green kurta and white pants"),
        col("kurta", "green"),
        col("palazzos", "green", "other_garment_color"),
        describe(
            "kurta",
            "a green kurta with white flowers and a white pants with a green kurta with white flowers and a white "
            "pants with a green kurta",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "the kurta has a round neck and three quarter sleeves"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Jaipur Kurti Women Green Floral Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Sea Green",
    ),
    # Photo: front view, straw hat on the head; black tiered kurta with a white and red print, black leggings (not
    # sold). Article type missing in the feed. All texts: VQA adapter.
    case(
        "X1492-030",
        she("a black dress and a hat", "contradiction"),
        col(
            "kurta",
            "black and white and red and black and white and red and black and white and red and black and white and "
            "red and black",
            "loop",
            hit_limit=True,
        ),
        describe("kurta", "a black kurta with a white and red print and a tiered skirt"),
        details("kurta", "the kurta has a tiered hem"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Global Desi Women Black Printed Tiered Kurta",
        color="Black",
    ),
    # Photo: front view; pink kurta with a green print and a V-neck, green trousers, pink dupatta. All texts: VQA
    # adapter.
    case(
        "X1492-031",
        she("a pink kurta, green pants and a pink dupatta"),
        col("kurta", "pink"),
        col("trousers", "green"),
        col(
            "dupatta",
            "pink and green and pink and green and pink and green and pink and green and pink and green and pink and "
            "green and pink",
            "loop",
            hit_limit=True,
        ),
        describe("kurta", "a pink kurta with green print"),
        details(
            "kurta",
            "the kurta has a v neck and three quarter sleeves and a v neck and three quarter sleeves and a v neck "
            "and three quarter sleeves and",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Women",
        title="Khushal K Women Pink & Green Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Pink",
    ),
    # Photo: model seated on a wooden chair; yellow kurta with white lace trim, white palazzos. All texts: VQA adapter.
    case(
        "X1492-032",
        she("she is wearing a yellow kurta and white palazzo pants"),
        col("kurta", "yellow"),
        col("palazzos", "yellow", "other_garment_color"),
        describe("kurta", "a yellow kurta with white lace"),
        details(
            "kurta",
            "the kurta has lace on the sleeves and the hem and a lace on the sleeves and the hem and a lace on the "
            "sleeves and",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Women",
        title="KALINI Women Yellow Solid Kurta with Palazzos",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Photo: front view; maroon kurta with a gold print and a round neck, gold palazzos (not sold). All texts: VQA
    # adapter; every answer right.
    case(
        "X1492-033",
        she("a red kurta and gold pants"),
        col("kurta", "maroon"),
        describe("kurta", "a maroon kurta with gold print"),
        details("kurta", "the kurta has a gold print and a round neck"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Vishudh Women Maroon & Gold Printed Kurta",
        category="Kurtas",
        color="Maroon",
    ),
    # Photo: front view; peach kurta with gota patti at the neck and hem, peach trousers, peach dupatta with a gota
    # border. All texts: VQA adapter.
    case(
        "X1492-034",
        she("a pink kurta"),
        col("kurta", "peach"),
        col("trousers", "peach"),
        col("dupatta", "peach"),
        describe(
            "kurta",
            "peach peach peach peach peach peach peach peach peach peach peach peach peach peach peach peach peach "
            "peach peach peach peach peach peach peach peach peach peach peach peach peach",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "Answer: the kurta has gota work on the neck and the hem", "leak"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Nayo Women Peach Embroidered Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Peach",
    ),
    # Photo: front view; teal kurta with an orange floral print, mandarin collar and a buttoned placket, solid orange
    # palazzos. Gender column empty. All texts: VQA adapter.
    case(
        "X1492-035",
        she("a blue kurta and orange pants"),
        col("kurta", "orange", "other_garment_color"),
        col("palazzos", "orange"),
        describe("kurta", "a blue kurta with orange flowers"),
        details("kurta", "the kurta has a mandarin collar and buttons on the front"),
        is_a("kurta", "yes"),
        title="Anouk Women Teal & Orange Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Teal",
    ),
    # Photo: front view; blue kurta with a white print, white trousers, blue dupatta with a thin white border. All
    # texts: VQA adapter.
    case(
        "X1492-036",
        she(
            "a blue kurta and white pants and a blue dupatta and a blue kurta and white pants and a blue dupatta and "
            "a blue kurta and",
            "loop",
            hit_limit=True,
        ),
        col("kurta", "blue"),
        col("trousers", "white"),
        col("dupatta", "white", "other_garment_color"),
        describe("kurta", "a blue kurta with white print"),
        details("kurta", "white print"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Libas Women Blue Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Blue",
    ),
    # Photo: full length; green flared anarkali kurta with gold print and a gold border, green churidar, gold tissue
    # dupatta. All texts: VQA adapter.
    case(
        "X1492-037",
        she("a green dress and a gold scarf", "contradiction"),
        col("kurta", "green"),
        col("churidar", "leggings", "non_answer"),
        col("dupatta", "gold"),
        describe("kurta", "a long green kurta with gold print"),
        details("kurta", "the kurta has a flared skirt and a gold border"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Biba Women Green Printed Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Green",
    ),
    # Photo: front view, coffee cup in hand; white kurta with a blue floral print, blue jeans (not sold). All texts:
    # VQA adapter.
    case(
        "X1492-038",
        she("a white kurta and blue jeans"),
        col("kurta", "blue", "other_garment_color"),
        describe("kurta", "a white kurta with blue flowers"),
        details("kurta", "yes", "non_answer"),
        is_a("kurta", "yes"),
        KURTA_COLOR("white"),
        gender="Women",
        title="Rain & Rainbow Women White & Blue Printed Kurta",
        category="Kurtas",
        color="White",
    ),
    # Photo: front view; rust kurta with a gold print on the yoke and sleeves, rust palazzos with a gold printed hem.
    # All texts: VQA adapter.
    case(
        "X1492-039",
        she("a brown kurta and brown pants"),
        col("kurta", "rust"),
        col("palazzos", "rust"),
        describe(
            "kurta",
            "a rust kurta with a gold print on the yoke and the sleeves, and a pair of rust palazzos with a gold "
            "print on the hem and a",
            "cut",
            hit_limit=True,
        ),
        details("kurta", "gold print"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Sangria Women Rust Solid Kurta with Palazzos",
        category="Kurta Sets",
        color="Rust",
    ),
    # Photo: front view; lavender kurta with a white floral print, matching printed lavender trousers. All texts: VQA
    # adapter.
    case(
        "X1492-040",
        she("he is wearing a purple kurta and purple pants", "pronoun"),
        col("kurta", "purple"),
        col("trousers", "purple"),
        describe("kurta", "a purple kurta with white flowers"),
        details("kurta", "white flowers"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Janasya Women Lavender Floral Printed Kurta with Trousers",
        category="Kurta Sets",
        color="Lavender",
    ),
    # Photo: front view; black kurta with gold embroidery and a plain round neck, black palazzos, red dupatta. All
    # texts: VQA adapter.
    case(
        "X1492-041",
        she("a black kurta, black pants and a red dupatta"),
        col("kurta", "black"),
        col("palazzos", "black"),
        col("dupatta", "black", "other_garment_color"),
        describe("kurta", "a black kurta with gold embroidery"),
        details("kurta", "the kurta has a sweetheart neck", "unsupported"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Mokshi Women Black & Gold Embroidered Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Black",
    ),
    # Photo: back view; cream kurta with side slits, green palazzos (not sold). All texts: VQA adapter.
    case(
        "X1492-042",
        she("a white kurta and green pants"),
        col("kurta", "green", "other_garment_color"),
        describe("kurta", "a white kurta with side slits"),
        details("kurta", "the kurta has buttons on the back", "unsupported"),
        is_a("kurta", "yes"),
        gender="Women",
        title="W Women Cream Solid Kurta",
        category="Kurtas",
        color="Cream",
    ),
    # Photo: front view; solid pink kurta, white trousers, pink printed dupatta. All texts: VQA adapter.
    case(
        "X1492-043",
        she("a pink kurta, white pants and a pink dupatta"),
        col(
            "kurta",
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink "
            "pink pink pink pink pink pink pink pink pink",
            "loop",
            hit_limit=True,
        ),
        col("trousers", "white"),
        col("dupatta", "pink"),
        describe("kurta", "a pink kurta"),
        details("kurta", "the kurta details", "non_answer"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Aurelia Women Pink Solid Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Pink",
    ),
    # Photo: flat lay with a pair of juttis; orange kurta with a white print, round neck, side slits, white palazzos.
    # All texts: VQA adapter.
    case(
        "X1492-044",
        she("an orange kurta and white pants"),
        col("kurta", "orange"),
        col("palazzos", "white"),
        describe("kurta", "an orange kurta with a white print, a white palazzo and a pair of shoes"),
        details(
            "kurta",
            "the kurta has a round neck, three quarter sleeves, a straight hem with side slits and a white print all "
            "over the",
            "cut",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Women",
        title="Global Desi Women Orange Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Orange",
    ),
    # Photo: front view; mustard kurta with green ethnic motifs, solid green trousers, green dupatta. All texts: VQA
    # adapter.
    case(
        "X1492-045",
        she("a yellow kurta, green pants and a green dupatta"),
        col("kurta", "yellow"),
        col("trousers", "yellow", "other_garment_color"),
        col("dupatta", "green"),
        describe("kurta", "a yellow kurta with green motifs"),
        details("kurta", "the kurta details are the kurta details", "restated"),
        is_a("kurta", "yes"),
        KURTA_COLOR("yellow"),
        gender="Women",
        title="Vishudh Women Mustard & Green Ethnic Motifs Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Mustard",
    ),
]
