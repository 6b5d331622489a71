"""BLIND_1540 (45 products; Myntra kurtas and kurta sets, VQA adapter): written blind in the sixty-sixth session.
Measured blind at 71dbb3c (the session's first rules): 70/85 failures found (82.4%) and 5/163 correct texts flagged
(3.1%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's kurtas (article type Kurtas, Kurtis) and kurta sets (Kurta Sets: kurta with
palazzos, trousers, salwar or sharara, often with a dupatta). Catalog shots: a model on a plain backdrop wearing the
product with leggings, churidar or palazzos that are not sold with it, a few back views, two flat lays, props now and
then (a cane basket, a potli bag, a sun hat, a stool, a potted plant). The feed's columns are title, category (the
article type), color (the base colour) and gender; one product lacks its color, one its category, two their gender.
Who wrote what: every text is an answer from BLIP-2 OPT-2.7b with the VQA adapter Data3_V3_BLIP2_VQA, greedy, 30 new
tokens, prompt "Question: ... Answer:". No captions: the VQA-only adapter does not caption, so the run asks only the
original experiments' questionnaire, adapted to the pieces: "What is she wearing?", "What is the color of the
<piece>?" for each piece sold (kurta, palazzos, trousers, salwar, sharara, dupatta; stored open, free generation),
"What is the kurta color?" (the experiments' "What is the shirt color?") on some kurtas, "Describe the kurta." and
"What are the <piece> details?".
Labeling conventions and judgement calls: judged against the imagined photo and the title. "a dress", "a saree", "a
lehenga" for a kurta worn with pants are contradiction (the VQA data knew only In-shop classes, so "dress" is common);
"a gown" for a floor-length anarkali kurta and "salwar kameez" for a kurta with trousers and dupatta are counted
correct, as are "a top" for a hip-length kurti and "red"/"pink" for maroon/magenta, "pink" and "orange" for a coral
kurta, "green" for lime or sea green, "blue" for teal or turquoise. A piece's color answered with another piece's color
(the one-color-for-every-garment habit) is other_garment_color; a color from the backdrop or the floor is contradiction.
A prop or an accessory given as the kurta's details or as what she wears: a basket, a plant or a stool is non_answer, a
bag or a hat (something worn or carried) is contradiction; another garment given as the kurta's details is
contradiction. Invented details the photo does not show (buttons, a zipper, pleats, a side pocket, lace, an elastic
waistband or pockets hidden under the kurta, a bag that is not there, "silk" for a kurta neither the title nor the photo
makes silk) are unsupported. "he"/"a man" for the women's models is pronoun. Answers that only name the garment or its
color for a details question are non_answer; "the kurta is a kurta" is restated. Loops and cut answers all ran to 30
tokens (hit_limit=True); leaks (the model writing the next "Question: ... Answer:") mostly ran to the limit too, one
short leak is just the "Answer:" prefix echoed. Three short correct answers carry hit_limit=True: the adapter was
trained with padding in the labels, so it sometimes emits pad tokens after the answer until the limit, and they vanish
on decoding; the text is right, the run still hit the limit.
"""

from tests.audit_corpus import case, color_of, describe, details, question, wearing

KURTA_COLOR = question("kurta_color", "What is the kurta color?", "open")


def col(garment, text, failure=None, hit_limit=False):
    """The per-piece color question, free generation (stored open)."""
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


def she(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="she", hit_limit=hit_limit)


BLIND_1540 = [
    # Photo: model on white backdrop, navy kurta with small white ethnic motifs, navy printed palazzos, white
    # dupatta with a navy border over one shoulder. All answers: VQA adapter.
    case(
        "X1540-001",
        she("a blue kurta and palazzo pants"),
        col("kurta", "navy blue"),
        col("palazzos", "navy blue"),
        col("dupatta", "navy blue", "other_garment_color"),
        describe("kurta", "a blue kurta with white print"),
        details(
            "kurta",
            "the sleeves, the neckline, the print, the sleeves, the neckline, the print, the sleeves, the neckline, "
            "the print, the sleeves, the",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Anouk Women Navy Blue Ethnic Motifs Printed Kurta with Palazzos & With Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # Photo: pink straight kurta with a gold gota yoke, pink trousers, sheer pink dupatta with gold lace, hand on hip.
    # All answers: VQA adapter.
    case(
        "X1540-002",
        she("salwar kameez"),
        col("kurta", "pink"),
        col("trousers", "pink"),
        col(
            "dupatta",
            "pink Question: What is the color of the shirt? Answer: pink Question: What is the color of the pants? "
            "Answer: pink Question:",
            "leak",
            hit_limit=True,
        ),
        describe("kurta", "a pink kurta with gold embroidery on the neck"),
        details(
            "kurta",
            "gold lace on the neckline and gold lace on the sleeves and gold lace on the neckline and gold lace on "
            "the sleeves and gold lace",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Libas Women Pink Yoke Design Kurta with Trousers & With Dupatta",
        category="Kurta Sets",
        color="Pink",
    ),
    # Photo: green straight kurta with a small white floral print, white leggings, tan mojaris, grey backdrop.
    # All answers: VQA adapter.
    case(
        "X1540-003",
        she("a green dress", "contradiction"),
        col("kurta", "green"),
        KURTA_COLOR("green-white"),
        describe("kurta", "it is a kurta", "non_answer"),
        details("kurta", "floral print"),
        gender="Women",
        title="W Women Green Printed Straight Kurta",
        category="Kurtas",
        color="Green",
    ),
    # Photo: mustard A-line kurta with a red and green floral print, plain white palazzos, kurta hem at the knee
    # (the palazzos' waist is hidden). All answers: VQA adapter.
    case(
        "X1540-004",
        she("a yellow kurta and white pants"),
        col("kurta", "yellow"),
        col("palazzos", "yellow", "other_garment_color"),
        describe(
            "kurta",
            "a yellow kurta with a floral print and a round neck and three quarter sleeves and a slit on the side "
            "and a pair of white palazzo pants with a",
            "cut",
            hit_limit=True,
        ),
        details("palazzos", "elastic waistband", "unsupported"),
        gender="Women",
        title="Sangria Women Mustard Yellow Floral Printed Pure Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Photo: off-white straight kurta with a blue block print, worn with blue palazzos (not sold), the model holds a
    # cane basket. All answers: VQA adapter.
    case(
        "X1540-005",
        she("a white kurta and blue pants"),
        col("kurta", "white"),
        KURTA_COLOR("blue", "other_garment_color"),
        describe("kurta", "a white kurta with blue print"),
        details("kurta", "she is holding a basket", "non_answer"),
        gender="Women",
        title="AURELIA Women Off White Printed Kurta",
        category="Kurtas",
        color="Off White",
    ),
    # Photo: maroon kurta with a gold zari yoke, maroon trousers, gold-toned dupatta with a small maroon print.
    # All answers: VQA adapter.
    case(
        "X1540-006",
        she("a red kurta and a gold scarf"),
        col("kurta", "maroon"),
        col("trousers", "maroon"),
        col("dupatta", "gold"),
        describe(
            "kurta",
            "a maroon kurta with gold embroidery on the neck and a gold dupatta with maroon print and maroon pants "
            "and gold embroidery on the sleeves and the",
            "cut",
            hit_limit=True,
        ),
        details(
            "kurta",
            "gold embroidery on the neck and sleeves and hem and gold embroidery on the neck and sleeves and hem "
            "and gold embroidery on the neck and",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="GoSriKi Women Maroon & Gold-Toned Ethnic Motifs Yoke Design Kurta with Trousers & With Dupatta",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Photo: back view, the model turned away: blue kurta with white flowers, keyhole tie-up with tassels at the back
    # neck, white palazzos. All answers: VQA adapter.
    case(
        "X1540-007",
        she("he is wearing a blue kurta and white pants", "pronoun"),
        col("kurta", "blue"),
        describe("kurta", "a blue kurta with white flowers"),
        details("kurta", "tassels on the back"),
        KURTA_COLOR("blue-white"),
        gender="Women",
        title="Vishudh Women Blue Floral Printed Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Photo: peach kurta with thread embroidery at the neck, peach palazzos, off-white dupatta with a peach pompom
    # border. All answers: VQA adapter.
    case(
        "X1540-008",
        she("a peach dress", "contradiction"),
        col("kurta", "peach"),
        col("palazzos", "peach"),
        col("dupatta", "peach", "other_garment_color"),
        describe(
            "kurta",
            "a peach kurta with embroidery on the neck and a white dupatta with peach pom poms and peach pants and a "
            "peach kurta with embroidery on the",
            "cut",
            hit_limit=True,
        ),
        details("dupatta", "pom poms on the border"),
        gender="Women",
        title="Biba Women Peach-Coloured Embroidered Straight Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Peach",
    ),
    # Photo: plain black A-line kurta, mandarin collar without a placket, three-quarter sleeves, white churidar,
    # silver jhumkas. All answers: VQA adapter; the first color answer ran to the limit on pad tokens.
    case(
        "X1540-009",
        she("a black kurta"),
        col("kurta", "black", hit_limit=True),
        KURTA_COLOR(
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            hit_limit=True,
        ),
        describe("kurta", "a black kurta with a mandarin collar"),
        details("kurta", "buttons down the front", "unsupported"),
        gender="Women",
        title="HERE&NOW Women Black Solid A-Line Kurta",
        category="Kurtas",
        color="Black",
    ),
    # Photo: flat lay on white: teal kurta with white and orange motifs beside teal trousers; no person.
    # All answers: VQA adapter.
    case(
        "X1540-010",
        she("nothing", "non_answer"),
        col("kurta", "teal"),
        col("trousers", "teal"),
        describe("kurta", "a blue kurta with white and orange print"),
        details(
            "kurta",
            "orange and white print, orange and white print, orange and white print, orange and white print, orange "
            "and white print, orange",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Anubhutee Women Teal Blue Ethnic Motifs Printed Kurta with Trousers",
        category="Kurta Sets",
        color="Teal",
    ),
    # Photo: red kurta with white bandhani dots, plain white palazzos, red-and-white bandhani dupatta, flat kolhapuri
    # sandals. All answers: VQA adapter.
    case(
        "X1540-011",
        she(
            "a red and white kurta with a red and white dupatta and white palazzo pants and a pair of white sandals "
            "and a pair of white earrings and a",
            "cut",
            hit_limit=True,
        ),
        col("kurta", "red"),
        col("palazzos", "white"),
        col("dupatta", "red and white"),
        describe("kurta", "a red kurta with white dots"),
        details("kurta", "white polka dots"),
        gender="Women",
        title="Jaipur Kurti Women Red & White Printed Pure Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Red",
    ),
    # Photo: short lime-green kurta, flared lime sharara, white organza dupatta with a green print.
    # All answers: VQA adapter.
    case(
        "X1540-012",
        she("a green lehenga", "contradiction"),
        col("kurta", "green"),
        col("sharara", "green"),
        col("dupatta", "white"),
        describe(
            "kurta",
            "a short green kurta with white flowers and a green sharara with white flowers and a white dupatta with "
            "green flowers and a green sharara with",
            "cut",
            hit_limit=True,
        ),
        details("sharara", "flared"),
        gender="Women",
        title="Nayo Women Lime Green Floral Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Lime Green",
    ),
    # Photo: royal blue kurta with small gold buttis, blue trousers, blue dupatta with a gold border; the model sits
    # on a wooden stool. All answers: VQA adapter.
    case(
        "X1540-013",
        she("a blue kurta"),
        col("kurta", "blue"),
        col("trousers", "blue"),
        col("dupatta", "blue with gold border"),
        describe(
            "kurta",
            "a blue kurta with gold buttis all over it and a blue dupatta with a gold border and blue pants and she "
            "is sitting on a wooden stool with her",
            "cut",
            hit_limit=True,
        ),
        details("kurta", "she is sitting on a stool", "non_answer"),
        gender="Women",
        title="Indo Era Women Blue Solid Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Blue",
    ),
    # Photo: rust straight kurta with side pockets (a hand in one), off-white palazzos. All answers: VQA adapter.
    case(
        "X1540-014",
        she("a orange kurta and white pants"),
        col("kurta", "orange"),
        KURTA_COLOR("rust"),
        describe("kurta", "a orange kurta with pockets"),
        details(
            "kurta",
            "Question: What are the pants details? Answer: white pants Question: What are the shirt details? "
            "Answer: white shirt Question: What",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Sangria Women Rust Orange Solid Kurta",
        category="Kurtas",
        color="Rust",
    ),
    # Photo: white chikankari kurta (hand embroidery, no lace trim), white palazzos, light pink backdrop.
    # All answers: VQA adapter.
    case(
        "X1540-015",
        she("a white kurta and white pants"),
        col("kurta", "white"),
        KURTA_COLOR("pink", "contradiction"),
        describe("kurta", "a white kurta with embroidery"),
        details("kurta", "lace on the sleeves and hem", "unsupported"),
        gender="Women",
        title="Libas Women White Chikankari Embroidered Pure Cotton Kurta",
        category="Kurtas",
        color="White",
    ),
    # Photo: mustard kurta with a green leaf print, plain green palazzos. All answers: VQA adapter.
    case(
        "X1540-016",
        she("yellow", "non_answer"),
        col("kurta", "yellow"),
        col("palazzos", "yellow", "other_garment_color"),
        describe("kurta", "a yellow kurta with green leaves"),
        details(
            "palazzos",
            "the palazzos are green and the palazzos are green and the palazzos are green and the palazzos are green "
            "and the palazzos are green and the",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Anouk Women Mustard Yellow & Green Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Photo: magenta floor-length flared anarkali kurta with gold embroidery on the yoke and sleeves, the model
    # mid-twirl. All answers: VQA adapter.
    case(
        "X1540-017",
        she("a pink gown"),
        col("kurta", "pink"),
        KURTA_COLOR("magenta"),
        describe("kurta", "a long pink dress with gold embroidery"),
        details(
            "kurta",
            "gold embroidery on the yoke and sleeves and gold embroidery on the yoke and sleeves and gold embroidery "
            "on the yoke and sleeves and gold",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="KALINI Women Magenta Ethnic Motifs Embroidered Anarkali Kurta",
        category="Kurtas",
        color="Magenta",
    ),
    # Photo: navy kurta with a red floral print, navy palazzos with a red border at the hem. All answers: VQA adapter.
    case(
        "X1540-018",
        she("a blue and red kurta and blue pants"),
        col("kurta", "blue and red"),
        col("palazzos", "blue"),
        describe("kurta", "a blue kurta with red flowers"),
        details(
            "kurta",
            "red flowers, red flowers, red flowers, red flowers, red flowers, red flowers, red flowers, red flowers, "
            "red flowers, red flowers",
            "loop",
            hit_limit=True,
        ),
        details("palazzos", "red border at the bottom"),
        gender="Women",
        title="Vaamsi Women Navy Blue & Red Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # Photo: plain sea-green straight kurta without pockets, white leggings; the model has a short bob and stands in
    # profile. All answers: VQA adapter; "What is the kurta color?" ran to the limit on pad tokens.
    case(
        "X1540-019",
        she("a man in a green kurta", "pronoun"),
        col("kurta", "green"),
        KURTA_COLOR("green", hit_limit=True),
        describe("kurta", "a green kurta"),
        details("kurta", "a pocket on the side", "unsupported"),
        gender="Women",
        title="Sztori Women Sea Green Solid Straight Kurta",
        category="Kurtas",
        color="Sea Green",
    ),
    # Photo: beige kurta with a black geometric print, black trousers, black dupatta with a beige print.
    # All answers: VQA adapter.
    case(
        "X1540-020",
        she("a beige kurta and black pants"),
        col("kurta", "beige"),
        col("trousers", "beige", "other_garment_color"),
        col("dupatta", "black"),
        describe("kurta", "a beige kurta with black print"),
        details(
            "dupatta",
            "a black dupatta with a black dupatta with a black dupatta with a black dupatta with a black dupatta "
            "with a black",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Ahalyaa Women Beige & Black Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Beige",
    ),
    # Photo: hip-length purple kurti with a white floral print, blue jeans, white sneakers, no bag anywhere.
    # All answers: VQA adapter.
    case(
        "X1540-021",
        she("a purple top and jeans"),
        col("kurti", "purple"),
        describe(
            "kurti", "a purple kurti with white flowers and blue jeans and white shoes and a white bag", "unsupported"
        ),
        details("kurti", "blue jeans", "contradiction"),
        gender="Women",
        title="Myshka Women Purple Floral Print Kurti",
        category="Kurtis",
        color="Purple",
    ),
    # Photo: yellow kurta with a pink floral print, yellow palazzos, plain pink dupatta with pink tassels.
    # All answers: VQA adapter.
    case(
        "X1540-022",
        she(
            "a yellow kurta with pink flowers and yellow pants and a pink dupatta with yellow flowers and pink tassels "
            "and a pink dupatta with yellow flowers and",
            "cut",
            hit_limit=True,
        ),
        col("kurta", "yellow"),
        col("palazzos", "yellow"),
        col("dupatta", "yellow", "other_garment_color"),
        describe("kurta", "a yellow kurta with pink flowers"),
        details(
            "kurta",
            "pink flowers and yellow flowers and pink flowers and yellow flowers and pink flowers and yellow flowers "
            "and pink flowers and yellow flowers and",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Libas Women Yellow Floral Printed Kurta with Palazzos & With Dupatta",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Photo: black-and-white vertical striped straight kurta, black pants. All answers: VQA adapter.
    case(
        "X1540-023",
        she("a black and white striped dress", "contradiction"),
        col("kurta", "black and white"),
        KURTA_COLOR("black-white"),
        describe(
            "kurta",
            "black and white stripes, black and white stripes, black and white stripes, black and white stripes, "
            "black and white stripes, black and",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "stripes"),
        gender="Women",
        title="Juniper Women Black & White Striped Kurta",
        category="Kurtas",
        color="Black",
    ),
    # Photo: red kurta with a gold yoke, red trousers, red dupatta held spread wide behind her.
    # All answers: VQA adapter.
    case(
        "X1540-024",
        she("a red saree", "contradiction"),
        col("kurta", "red"),
        col("trousers", "red"),
        col("dupatta", "red"),
        describe(
            "kurta",
            "a red kurta with gold embroidery on the yoke and a red dupatta with gold embroidery on the border and "
            "red pants and a red kurta with gold",
            "cut",
            hit_limit=True,
        ),
        details("kurta", "the details of the kurta are the details of the kurta", "restated"),
        gender="Women",
        title="Anouk Women Red Yoke Design Kurta with Trousers & With Dupatta",
        category="Kurta Sets",
        color="Red",
    ),
    # Photo: off-white kurta with an indigo dabu print, V-neck, three-quarter sleeves, indigo palazzos (not sold).
    # The feed row has no color. All answers: VQA adapter.
    case(
        "X1540-025",
        she("a white kurta and blue pants"),
        col("kurta", "white and blue"),
        KURTA_COLOR("white"),
        describe(
            "kurta",
            "a white kurta with blue print Question: Describe the pants. Answer: blue pants Question: Describe the "
            "shirt. Answer: a white",
            "leak",
            hit_limit=True,
        ),
        details("kurta", "a v-neck and three quarter sleeves"),
        gender="Women",
        title="Rain & Rainbow Women Off White & Blue Printed Pure Cotton Kurta",
        category="Kurtas",
    ),
    # Photo: bottle-green kurta with a gold woven border at hem and cuffs, green palazzos, gold tissue dupatta.
    # All answers: VQA adapter.
    case(
        "X1540-026",
        she("a green kurta and a gold dupatta"),
        col("kurta", "green"),
        col("palazzos", "gold", "other_garment_color"),
        col("dupatta", "gold"),
        describe("kurta", "a green kurta with a gold border"),
        details("kurta", "gold border on the hem and sleeves"),
        details(
            "dupatta",
            "Question: What are the pants details? Answer: gold Question: What are the pants details? Answer: gold "
            "Question: What are",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Mitera Women Green & Gold-Toned Woven Design Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Green",
    ),
    # Photo: teal straight kurta with a white print, white palazzos, the model seated on a rattan chair.
    # All answers: VQA adapter.
    case(
        "X1540-027",
        she("a blue kurta"),
        col("kurta", "blue"),
        KURTA_COLOR("teal-white"),
        describe("kurta", "a blue kurta with white print"),
        details(
            "kurta",
            "white print on the sleeves and white print on the sleeves and white print on the sleeves and white "
            "print on the sleeves and white",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Melange by Lifestyle Women Teal Printed Straight Kurta",
        category="Kurtas",
        color="Teal",
    ),
    # Photo: burgundy kurta with white bandhani dots, burgundy palazzos, a gold potli bag in her hand.
    # All answers: VQA adapter.
    case(
        "X1540-028",
        she("a red kurta and red pants and a bag"),
        col("kurta", "red"),
        col("palazzos", "red"),
        describe("kurta", "a red kurta with white polka dots"),
        details("kurta", "a gold bag", "contradiction"),
        details("palazzos", "palazzo pants", "non_answer"),
        gender="Women",
        title="Anouk Women Burgundy Bandhani Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Burgundy",
    ),
    # Photo: lavender kurta with silver thread embroidery at the neck, plain lavender trousers, lavender organza
    # dupatta. All answers: VQA adapter.
    case(
        "X1540-029",
        she("a purple kurta"),
        col("kurta", "purple"),
        col("trousers", "purple"),
        col("dupatta", "purple"),
        describe(
            "kurta",
            "a purple kurta with silver embroidery and a purple dupatta with silver embroidery and purple pants with "
            "silver embroidery and a purple dupatta with",
            "cut",
            hit_limit=True,
        ),
        details("kurta", "silver embroidery on the neck"),
        gender="Women",
        title="Varanga Women Lavender Embroidered Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Lavender",
    ),
    # Photo: white kurta with a sparse green leaf print, plain green palazzos (not sold). The feed row has no gender.
    # All answers: VQA adapter.
    case(
        "X1540-030",
        she("a white kurta and green pants"),
        col("kurta", "green", "other_garment_color"),
        KURTA_COLOR("white"),
        describe("kurta", "a white kurta with green leaves"),
        details("kurta", "green leaves"),
        title="Sangria Women White & Green Floral Printed Straight Kurta",
        category="Kurtas",
        color="White",
    ),
    # Photo: coral straight kurta with high side slits, white cigarette pants, the model walking.
    # All answers: VQA adapter.
    case(
        "X1540-031",
        she("a pink kurta and white pants"),
        col("kurta", "pink"),
        KURTA_COLOR("orange"),
        describe("kurta", "a pink kurta with slits on the sides"),
        details(
            "kurta",
            "it has slits on the sides and it has slits on the sides and it has slits on the sides and it has slits "
            "on the sides and it",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="W Women Coral Pink Solid Kurta with Slit",
        category="Kurtas",
        color="Coral",
    ),
    # Photo: blue kurta with a white floral print, white palazzos with a small blue print, blue dupatta.
    # All answers: VQA adapter; the dupatta's color ran to the limit on pad tokens.
    case(
        "X1540-032",
        she(
            "a blue kurta Question: What is the color of the kurta? Answer: blue Question: What is the color of the "
            "pants? Answer: white",
            "leak",
            hit_limit=True,
        ),
        col("kurta", "blue"),
        col("palazzos", "white"),
        col("dupatta", "blue", hit_limit=True),
        describe("kurta", "a blue kurta with white flowers"),
        details(
            "palazzos",
            "blue flowers on the palazzos and blue flowers on the palazzos and blue flowers on the palazzos and blue "
            "flowers on the palazzos",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Nayo Women Blue & White Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Blue",
    ),
    # Photo: olive kurta with a front placket and wooden buttons, olive trousers (pockets not visible under the
    # kurta). All answers: VQA adapter.
    case(
        "X1540-033",
        she("an olive green kurta and pants"),
        col("kurta", "green"),
        col("trousers", "green"),
        describe("kurta", "a green kurta with buttons"),
        details("kurta", "buttons on the front"),
        details("trousers", "pockets on the sides", "unsupported"),
        gender="Women",
        title="Libas Women Olive Green Solid Kurta with Trousers",
        category="Kurta Sets",
        color="Olive",
    ),
    # Photo: grey kurta with pink flowers, plain pink palazzos. All answers: VQA adapter.
    case(
        "X1540-034",
        she("a grey kurta and pink pants"),
        col("kurta", "grey"),
        col("palazzos", "grey", "other_garment_color"),
        describe(
            "kurta",
            "a grey kurta with pink flowers and a pink palazzo with grey flowers and a pink palazzo with grey flowers "
            "and a pink palazzo with",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "pink flowers"),
        details("palazzos", "plain"),
        gender="Women",
        title="Anubhutee Women Grey & Pink Floral Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Grey",
    ),
    # Photo: flat lay on a wooden floor: mustard kurta with a gold foil print; no person. All answers: VQA adapter.
    case(
        "X1540-035",
        she("a yellow kurta"),
        col("kurta", "yellow"),
        KURTA_COLOR("brown", "contradiction"),
        describe("kurta", "a yellow silk kurta with gold print", "unsupported"),
        details("kurta", "gold print"),
        gender="Women",
        title="Indo Era Women Mustard Foil Printed Kurta",
        category="Kurtas",
        color="Mustard",
    ),
    # Photo: front view of a long-haired model in a black kurta with an all-over gold print, plain black trousers.
    # All answers: VQA adapter.
    case(
        "X1540-036",
        she("he is wearing a black kurta and black pants", "pronoun"),
        col("kurta", "black"),
        col("trousers", "black"),
        describe("kurta", "a black and gold kurta"),
        details(
            "kurta",
            "gold print, gold print, gold print, gold print, gold print, gold print, gold print, gold print, gold "
            "print, gold print",
            "loop",
            hit_limit=True,
        ),
        details("trousers", "they are black pants", "non_answer"),
        gender="Women",
        title="Vishudh Women Black & Gold-Toned Printed Kurta with Trousers",
        category="Kurta Sets",
        color="Black",
    ),
    # Photo: side pose: pink kurta with a green print, plain green palazzos, green dupatta with a pink border.
    # All answers: VQA adapter.
    case(
        "X1540-037",
        she("a pink and green dress", "contradiction"),
        col("kurta", "pink"),
        col("palazzos", "pink", "other_garment_color"),
        col("dupatta", "green"),
        describe("kurta", "a pink kurta with green print"),
        details(
            "kurta",
            "a pink kurta with green print and a green dupatta with pink print and green palazzo pants with pink "
            "print and a green dupatta with pink print and",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Ishin Women Pink & Green Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Pink",
    ),
    # Photo: turquoise A-line kurta with a white print, three-quarter sleeves, white palazzos (not sold). The feed
    # row has no category. All answers: VQA adapter.
    case(
        "X1540-038",
        she("a blue kurta and white pants"),
        col("kurta", "blue"),
        KURTA_COLOR("turquoise"),
        describe(
            "kurta",
            "a blue a-line kurta with white print and three quarter sleeves and a round neck and a white palazzo "
            "with a white print and a pair of",
            "cut",
            hit_limit=True,
        ),
        details("kurta", "three quarter sleeves"),
        gender="Women",
        title="AKS Women Turquoise Blue Printed A-Line Kurta",
        color="Turquoise Blue",
    ),
    # Photo: cream kurta with a red block print, plain red palazzos. All answers: VQA adapter.
    case(
        "X1540-039",
        she("a white kurta and red pants"),
        col("kurta", "red", "other_garment_color"),
        col("palazzos", "red"),
        describe("kurta", "a white kurta with red print"),
        details(
            "kurta",
            "red print Question: What are the details of the pants? Answer: red pants Question: What are the details "
            "of the",
            "leak",
            hit_limit=True,
        ),
        details("palazzos", "red palazzo pants", "non_answer"),
        gender="Women",
        title="Janasya Women Cream-Coloured & Red Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Cream",
    ),
    # Photo: coffee-brown kurta with an orange print, brown salwar, orange dupatta with a brown border.
    # All answers: VQA adapter.
    case(
        "X1540-040",
        she("salwar kameez"),
        col("kurta", "brown"),
        col("salwar", "Answer: brown", "leak"),
        col("dupatta", "brown", "other_garment_color"),
        describe("kurta", "a brown kurta with orange print"),
        details("dupatta", "orange and brown border"),
        gender="Women",
        title="Biba Women Coffee Brown Printed Kurta with Salwar & Dupatta",
        category="Kurta Sets",
        color="Coffee Brown",
    ),
    # Photo: plain lime-green straight kurta (no pleats), white palazzos, the model holds a straw sun hat at her side.
    # All answers: VQA adapter.
    case(
        "X1540-041",
        she("a hat", "contradiction"),
        col("kurta", "green"),
        KURTA_COLOR("lime green"),
        describe("kurta", "a green kurta"),
        details("kurta", "pleats at the front", "unsupported"),
        gender="Women",
        title="Tissu Women Lime Green Solid Kurta",
        category="Kurtas",
        color="Lime Green",
    ),
    # Photo: back view: pink kurta with gota patti, a deep back neck closed by a tie-up with tassels (no zipper), pink
    # palazzos, pink dupatta with gold gota over her arms. All answers: VQA adapter.
    case(
        "X1540-042",
        she("a pink kurta and pink pants and a pink dupatta"),
        col("kurta", "pink"),
        col("palazzos", "pink"),
        col("dupatta", "pink and gold"),
        describe("kurta", "a pink kurta with a deep back"),
        details("kurta", "a zipper on the back", "unsupported"),
        gender="Women",
        title="Anouk Women Pink Gotta Patti Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Pink",
    ),
    # Photo: indigo cotton kurta with white motifs, white churidar, a potted plant beside the model.
    # All answers: VQA adapter.
    case(
        "X1540-043",
        she("a blue dress and white pants", "contradiction"),
        col("kurta", "blue"),
        KURTA_COLOR("indigo"),
        describe("kurta", "a blue cotton kurta with white print"),
        details("kurta", "a green plant", "non_answer"),
        gender="Women",
        title="Fabindia Women Indigo Printed Cotton Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Photo: peach kurta with a green ethnic print on the yoke, plain green trousers. The feed row has no gender.
    # All answers: VQA adapter.
    case(
        "X1540-044",
        she("a peach kurta and green pants"),
        col("kurta", "peach"),
        col("trousers", "peach", "other_garment_color"),
        describe("kurta", "the kurta is a kurta", "restated"),
        details("kurta", "green print on the yoke"),
        title="Sangria Women Peach-Coloured Ethnic Motifs Printed Kurta with Trousers",
        category="Kurta Sets",
        color="Peach",
    ),
    # Photo: maroon velvet kurta with gold embroidery at neck and cuffs, maroon palazzos, beige net dupatta with a
    # gold border. All answers: VQA adapter.
    case(
        "X1540-045",
        she("a maroon kurta and a beige dupatta"),
        col("kurta", "maroon"),
        col("palazzos", "maroon"),
        col("dupatta", "maroon", "other_garment_color"),
        describe("kurta", "a maroon velvet kurta with gold embroidery"),
        details(
            "kurta",
            "gold embroidery on the neck, gold embroidery on the sleeves, gold embroidery on the neck, gold "
            "embroidery on the sleeves, gold embroidery on the",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="KALINI Women Maroon Velvet Embroidered Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Maroon",
    ),
]
