"""BLIND_1053 (46 products; Myntra kurtas, base zero-shot, per-piece colors): written blind in the fifty-ninth session.
Measured blind at d846855 (the session's fourth rules): 95/126 failures found (75.4%) and 8/167 correct texts flagged
(4.8%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's (and a few girls') kurtas, kurtis and tunics, sold alone or as sets with
palazzos, churidars, trousers, shararas and dupattas. Photos are catalog shots on a white or light grey backdrop,
worn by a model who also wears a bottom (leggings, churidar, palazzos, jeans, trousers), sometimes a dupatta, a
denim jacket, jewellery or a bag; mostly front views, a few side and back views. The seller columns are title,
category (Kurtas, Kurtis, Tunics, Kurta Sets), color (Myntra base colour) and gender; a few rows lack one.

Who wrote what: every text comes from the untuned Salesforce/blip2-opt-2.7b, zero-shot, with the
`Question: ... Answer:` prompt. Captions and open answers (what she is wearing, describe, details, material) are
greedy free generation: short, lowercase, usually stopped at the newline, but the base model now and then runs on
until the 30-token limit (cut mid-phrase) or falls into a repetition; it leaks the prompt format, echoes the
question, calls an anarkali or a long kurta a "dress" or "gown", says "he" for the woman, and gives one color to
every piece. The per-piece color questions ("What is the color of the kurta / leggings / palazzos / dupatta?") and
the pattern, sleeve and yes/no garment questions are closed: enrich's reference engine ranks the candidates and
keeps one value, so those answers are a single clean candidate and never loop or stop short.

Labeling conventions and judgement calls:
- Colors are judged against the photo, not the seller: a "Brown" kurta that is visibly rust answered "rust" or
  "orange" is correct. Shades and synonyms of the right hue are correct (navy for indigo, khaki for beige, red for
  maroon, purple for lavender or mauve, cream or white for off-white).
- other_garment_color: a text that gives the asked piece the color of another piece worn in the photo (the kurta
  answered with the leggings' color, the leggings or dupatta answered with the kurta's color, a caption that gives
  the dupatta the kurta's color), open or closed. It holds even when that color also appears in the kurta's print,
  as long as the kurta's ground color is another one and the seller names the ground color.
- contradiction: a color that no piece in the photo has, a border or trim color given as the piece's color (gold
  for a green dupatta with a gold border), a wrong pattern or sleeve length from a closed question, "no" to "Is
  this a kurta?" for a kurta, and the product named as another garment: "dress", "gown", "saree" or "shirt" for a
  kurta, kurti or tunic. "tunic", "top", "kurti", "salwar suit" and "salwar kameez" for a kurta (set) are accepted.
- unsupported: a detail not in the photo (pockets, buttons, lace, sequins, a handbag, sleeve embroidery, a
  keyhole neck seen from the back) and a material the title contradicts or the photo cannot carry (velvet, denim,
  silk for a matte printed rayon or cotton). When the title names no fabric, "cotton" for a matte cotton-looking
  kurta, "crepe" when the title says crepe, and the like are counted correct.
- non_answer: an open answer that names no garment and no detail: a bare color or yes/no to "What is she wearing?"
  or "Describe the kurta.", "a woman", "the back of a woman", "details", "a kurta" for "Describe the kurta.",
  "there are a lot of details", "i don't know" for the material.
- restated: the question turned into an answer ("the kurta details are the details of the kurta", "the tunic is a
  tunic", "the garment is made of material").
- A text that loops and runs to the limit is labeled loop (hit_limit=True), also when the repeated unit is a whole
  clause that comes back once before the cut; a run-on sentence stopped mid-phrase by the limit, with no phrase
  repeated, is labeled cut (hit_limit=True). Each text carries one label only: when a
  text has two faults (a leak that also gives a right color), the label is the fault that the text shows first.
- pronoun: "he" / "his" for a woman or girl in an answer; "she" is always correct here (all models are female).
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

PATTERN = BLIND_QUESTIONS.pattern
SLEEVES = BLIND_QUESTIONS.sleeve_length
MATERIAL = BLIND_QUESTIONS.material


def she_wearing(text, failure=None, hit_limit=False):
    """The scenario's open wearing question asked with the pronoun: "What is she wearing?"."""
    return wearing(text, failure, who="she", hit_limit=hit_limit)


def woman_wearing(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="the woman", hit_limit=hit_limit)


BLIND_1053 = [
    # photo: mustard straight kurta with a small white floral block print, white leggings, silver jhumkas, white
    # backdrop, front view. All texts by the base model, zero-shot.
    case(
        "X1053-001",
        caption("a woman in a yellow kurta and white leggings"),
        she_wearing("a yellow kurta with white leggings"),
        color_of("kurta", "mustard"),
        color_of("leggings", "mustard", "other_garment_color"),
        PATTERN("solid", "contradiction"),
        describe("kurta", "a yellow kurta with small white flowers"),
        MATERIAL("silk", "unsupported"),
        title="Biba Women Mustard Yellow Printed Straight Cotton Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Women",
    ),
    # photo: navy blue solid straight kurta with a mandarin collar and a short placket of self-colored fabric
    # buttons, plain three-quarter sleeves, white cigarette trousers, tan sling bag on the shoulder, white backdrop,
    # front view. Base model.
    case(
        "X1053-002",
        caption("a woman in a blue kurta and white pants holding a brown bag"),
        color_of("kurta", "black", "contradiction"),
        color_of("trousers", "white"),
        woman_wearing("blue tunic and white pants"),
        details(
            "kurta",
            "the kurta has a mandarin collar with gold buttons and embroidery on the sleeves",
            "unsupported",
        ),
        SLEEVES("sleeveless", "contradiction"),
        title="W Women Navy Blue Solid Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: maroon A-line kurta with a gold foil printed yoke, matching maroon palazzos, an off-white dupatta with a
    # thin gold border over one shoulder, white backdrop, front view. Base model.
    case(
        "X1053-003",
        caption("a woman in a red and gold salwar suit"),
        color_of("kurta", "maroon"),
        color_of("palazzos", "maroon"),
        color_of("dupatta", "maroon", "other_garment_color"),
        details("kurta", "gold print on the yoke"),
        she_wearing("she is wearing a maroon kurta with matching pants and a dupatta"),
        MATERIAL(
            "the kurta is made of silk and the dupatta is made of silk and the dupatta is made of silk and the dupatta",
            "loop",
            hit_limit=True,
        ),
        title="Libas Women Maroon Yoke Design A-Line Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: off-white tunic with a pink floral print and a tie-up neck, blue denim jeans, brown ankle boots, white
    # backdrop, front view. Base model.
    case(
        "X1053-004",
        caption("a woman wearing a white top with pink flowers and blue jeans"),
        color_of("tunic", "blue", "other_garment_color"),
        color_of("jeans", "blue"),
        PATTERN("floral"),
        is_a("tunic", "yes"),
        describe("tunic", "a white tunic with a pink floral print and lace on the sleeves", "unsupported"),
        she_wearing("she is wearing a white dress and jeans", "contradiction"),
        title="Global Desi Women Off-White Printed Tunic",
        category="Tunics",
        color="Off White",
        gender="Women",
    ),
    # photo: pink straight kurta with an off-white print, off-white trousers, a pink dupatta with an off-white print
    # draped over both shoulders, white backdrop, front view. Base model.
    case(
        "X1053-005",
        caption("a woman in a pink outfit with a scarf"),
        she_wearing("a pink saree", "contradiction"),
        color_of("kurta", "pink"),
        color_of("trousers", "pink", "other_garment_color"),
        color_of("dupatta", "pink"),
        describe("kurta", "Question: Describe the kurta. Answer: the kurta is pink with white print", "leak"),
        title="Anouk Women Pink & Off-White Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: black solid crepe tunic with an asymmetric hem and short sleeves, grey leggings, no jewellery, white
    # backdrop, side three-quarter view. Base model.
    case(
        "X1053-006",
        caption("a woman in a black top and grey leggings with a silver necklace", "unsupported"),
        color_of("tunic", "black"),
        color_of("leggings", "black", "other_garment_color"),
        SLEEVES("short sleeves"),
        details("tunic", "asymmetrical hem"),
        MATERIAL("crepe"),
        she_wearing("he is wearing a black top and grey pants", "pronoun"),
        title="Sassafras Women Black Solid Crepe Tunic",
        category="Tunics",
        color="Black",
        gender="Women",
    ),
    # photo: green kurti with a white leaf print, round neck with a keyhole, three-quarter sleeves, side slits,
    # white palazzos, white backdrop, front view. Base model.
    case(
        "X1053-007",
        caption("a woman in a green and white printed dress", "contradiction"),
        color_of("kurti", "green"),
        color_of("palazzos", "white"),
        PATTERN("printed"),
        details(
            "kurti",
            "the kurti has a round neck with a keyhole and three quarter sleeves with a printed hem and a side slit on"
            " the",
            "cut",
            hit_limit=True,
        ),
        is_a("kurti", "yes"),
        title="Vishudh Women Green Printed Kurti",
        category="Kurtis",
        color="Green",
        gender="Women",
    ),
    # photo: indigo cotton kurta with a white block print, white churidar, white backdrop, front view. Base model.
    case(
        "X1053-008",
        caption("a woman wearing a blue and white kurta"),
        color_of("kurta", "purple", "contradiction"),
        color_of("churidar", "white"),
        MATERIAL("cotton"),
        describe("kurta", "a kurta", "non_answer"),
        she_wearing("an indigo kurta and white churidar"),
        title="Fabindia Women Indigo Block Printed Cotton Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: teal kurta with an all-over gold print, teal palazzos with a gold border at the hem, three-quarter
    # sleeves, a small gold clutch in her hand, white backdrop, front view. Base model.
    case(
        "X1053-009",
        caption("a woman in a teal kurta and pants holding a clutch"),
        color_of("kurta", "teal"),
        color_of("palazzos", "gold", "contradiction"),
        details("kurta", "gold embroidery and sequins on the neckline", "unsupported"),
        SLEEVES("three-quarter sleeves"),
        woman_wearing("a teal kurta with matching palazzos"),
        title="AKS Women Teal Blue Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Teal",
        gender="Women",
    ),
    # photo: rust flared kurta (the seller says Brown) with a black floral print, black leggings, white backdrop,
    # front view. Base model.
    case(
        "X1053-010",
        caption("a woman in an orange kurta and black leggings"),
        color_of("kurta", "rust"),
        color_of("leggings", "black"),
        PATTERN("solid", "contradiction"),
        she_wearing("she is wearing an orange dress with black flowers", "contradiction"),
        describe("kurta", "the kurta is orange with black flowers"),
        MATERIAL(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton"
            " cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton",
            "loop",
            hit_limit=True,
        ),
        title="Jaipur Kurti Women Brown Printed Flared Kurta",
        category="Kurtas",
        color="Brown",
        gender="Women",
    ),
    # photo: lavender straight kurta with white chikankari-style thread embroidery on the yoke, white leggings,
    # white backdrop, front view. Base model.
    case(
        "X1053-011",
        caption("a woman in a purple kurta with white embroidery"),
        color_of("kurta", "white", "other_garment_color"),
        color_of("leggings", "white"),
        details("kurta", "the kurta details are on the kurta", "restated"),
        she_wearing("a lavender kurta and white leggings"),
        is_a("kurta", "no", "contradiction"),
        title="Span Women Lavender Solid Kurta with Embroidered Yoke",
        category="Kurtas",
        color="Lavender",
        gender="Women",
    ),
    # photo: kurta with vertical red and cream stripes and a plain placket with no buttons, cream palazzos, white
    # backdrop, front view. Base model.
    case(
        "X1053-012",
        caption("a woman in a red and white striped kurta"),
        color_of("kurta", "red"),
        color_of("palazzos", "red", "other_garment_color"),
        PATTERN("checked", "contradiction"),
        describe("kurta", "the kurta is striped with red and white stripes and has gold buttons", "unsupported"),
        she_wearing("he is wearing a red and white striped kurta with white pants", "pronoun"),
        title="Rain & Rainbow Women Red & Cream Striped Kurta",
        category="Kurtas",
        color="Red",
        gender="Women",
    ),
    # photo: long peach anarkali kurta with a gold printed border at the hem and cuffs, peach churidar, no dupatta,
    # white backdrop, front view. Base model.
    case(
        "X1053-013",
        caption("a woman in a long peach dress", "contradiction"),
        color_of("kurta", "peach"),
        color_of("churidar", "peach"),
        is_a("kurta", "yes"),
        details(
            "kurta",
            "gold border at the bottom and on the sleeves Question: What is the material of the kurta? Answer: silk",
            "leak",
        ),
        MATERIAL(
            "the kurta is made of a soft, flowing fabric that is perfect for the summer months. it's made of a soft,"
            " flowing fabric that",
            "loop",
            hit_limit=True,
        ),
        title="Biba Women Peach-Coloured Printed Anarkali Kurta",
        category="Kurtas",
        color="Peach",
        gender="Women",
    ),
    # photo: magenta straight kurta with gold gota lace at the hem and short sleeves, white palazzos, no dupatta,
    # white backdrop, front view. Base model.
    case(
        "X1053-014",
        caption("a woman wearing a pink kurta and white pants with a pink dupatta", "unsupported"),
        color_of("kurta", "red", "contradiction"),
        color_of("palazzos", "white"),
        SLEEVES("short sleeves"),
        details("kurta", "gold lace at the hem"),
        she_wearing("a woman", "non_answer"),
        title="Libas Women Magenta Solid Straight Kurta",
        category="Kurtas",
        color="Magenta",
        gender="Women",
    ),
    # photo: black tunic with a white geometric print, blue jeans, sunglasses pushed up on her head, white backdrop,
    # front view. Base model.
    case(
        "X1053-015",
        caption("a woman in a black and white top and jeans with sunglasses on her head"),
        color_of("tunic", "black"),
        color_of("jeans", "black", "other_garment_color"),
        PATTERN("geometric"),
        describe(
            "tunic",
            "a black and white tunic with a black and white print and a black and white print and a black and white"
            " print and a",
            "loop",
            hit_limit=True,
        ),
        woman_wearing("the woman is wearing what she is wearing", "restated"),
        is_a("tunic", "no", "contradiction"),
        title="Vishudh Women Black & White Printed Tunic",
        category="Tunics",
        color="Black",
        gender="Women",
    ),
    # photo: off-white straight kurta with a blue floral print and a v neck, solid blue trousers, a solid blue
    # dupatta over the arms, white backdrop, front view. Base model.
    case(
        "X1053-016",
        caption("a woman in a white and blue salwar kameez"),
        color_of("kurta", "white"),
        color_of("trousers", "blue"),
        color_of("dupatta", "white", "other_garment_color"),
        she_wearing("a white kurta with blue pants and a blue dupatta"),
        details("kurta", "the kurta has a v neck and a pocket on the side", "unsupported"),
        MATERIAL("i don't know", "non_answer"),
        title="Jaipur Kurti Women Off-White & Blue Printed Straight Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Off White",
        gender="Women",
    ),
    # photo: olive A-line kurta with mirror work on the yoke only, plain three-quarter sleeves, beige leggings,
    # white backdrop, side view. Base model.
    case(
        "X1053-017",
        caption("a woman in a green kurta with mirror work"),
        color_of("kurta", "olive"),
        color_of("leggings", "olive", "other_garment_color"),
        describe(
            "kurta", "a green kurta with mirror work on the neck and gold embroidery on the sleeves", "unsupported"
        ),
        she_wearing("green", "non_answer"),
        SLEEVES("three-quarter sleeves"),
        title="Sangria Women Olive Green Solid A-Line Kurta with Mirror Work",
        category="Kurtas",
        color="Olive",
        gender="Women",
    ),
    # photo: mustard kurta with a green leaf print, round neck, three-quarter sleeves, solid green palazzos, no
    # dupatta, white backdrop, front view. Base model.
    case(
        "X1053-018",
        caption("a woman in a yellow and green outfit"),
        color_of("kurta", "green", "other_garment_color"),
        color_of("palazzos", "green"),
        PATTERN("printed"),
        she_wearing("she is wearing a yellow kurta and green palazzo pants with a green dupatta", "unsupported"),
        details("kurta", "Answer: the kurta has a round neck and three quarter sleeves", "leak"),
        title="Anouk Women Mustard & Green Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: white chikankari cotton kurta, white palazzos, white backdrop, front view: white on white, no other
    # color. Base model.
    case(
        "X1053-019",
        caption("a woman in a white kurta and white pants standing in front of a white wall"),
        color_of("kurta", "white"),
        color_of("palazzos", "white"),
        details("kurta", "white embroidery all over the kurta"),
        MATERIAL("cotton"),
        is_a("kurta", "yes"),
        she_wearing("white kurta and white pants"),
        title="Ada Women White Chikankari Hand Embroidered Cotton Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: navy tunic with a small white polka dot print, white leggings just visible, photo cropped at the
    # knees, no bag, white backdrop, front view. Base model.
    case(
        "X1053-020",
        caption("a woman in a blue and white polka dot top"),
        color_of("tunic", "navy blue"),
        color_of("leggings", "navy blue", "other_garment_color"),
        PATTERN("polka dot"),
        describe("tunic", "the tunic is a tunic", "restated"),
        she_wearing(
            "a navy blue tunic with white polka dots and white leggings, a white handbag and white shoes",
            "unsupported",
        ),
        title="Global Desi Women Navy Blue Polka Dot Print Tunic",
        category="Tunics",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: bottle green kurta with a pink floral print, gold lace at the neckline and three-quarter sleeves, pink
    # sharara, a green dupatta with a thin pink border, white backdrop, front view. Base model.
    case(
        "X1053-021",
        caption("a woman in a green and pink outfit"),
        color_of("kurta", "green"),
        color_of("sharara", "pink"),
        color_of("dupatta", "pink", "other_garment_color"),
        she_wearing("she is wearing a green kurta and pink pants and a green dupatta"),
        describe(
            "kurta",
            "a green kurta with pink flowers and gold lace on the neckline, the sleeves are three quarter length and"
            " the hem has a",
            "cut",
            hit_limit=True,
        ),
        MATERIAL("silk", "unsupported"),
        title="Libas Women Green & Pink Printed Cotton Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: rust solid kurti under an open blue denim jacket, blue jeans, white backdrop, front view. Base model.
    case(
        "X1053-022",
        caption("a woman in an orange top and a denim jacket"),
        color_of("kurti", "blue", "other_garment_color"),
        color_of("jacket", "blue"),
        she_wearing("she is wearing a jean jacket and jeans"),
        is_a("kurti", "no", "contradiction"),
        describe(
            "kurti",
            "the kurti is orange and the jacket is blue and the kurti is orange and the jacket is blue and the kurti is"
            " orange",
            "loop",
            hit_limit=True,
        ),
        title="Sera Women Rust Solid Kurti",
        category="Kurtis",
        color="Rust",
        gender="Women",
    ),
    # photo: yellow straight kurta with a white floral print, white churidar, a wicker basket in her hand, light
    # grey backdrop, front view. Base model.
    case(
        "X1053-023",
        caption("a woman in a yellow kurta holding a basket"),
        color_of("kurta", "yellow"),
        color_of("churidar", "yellow", "other_garment_color"),
        she_wearing("he is wearing a yellow shirt", "pronoun"),
        details("kurta", "the kurta details are the details of the kurta", "restated"),
        PATTERN("floral"),
        title="Aurelia Women Yellow Printed Straight Kurta",
        category="Kurtas",
        color="Yellow",
        gender="Women",
    ),
    # photo: beige solid cotton kurta with brown wooden buttons down the front and full sleeves, brown churidar,
    # white backdrop, front view. Base model.
    case(
        "X1053-024",
        caption("a woman in a beige kurta with brown pants"),
        color_of("kurta", "khaki"),
        color_of("churidar", "beige", "other_garment_color"),
        MATERIAL("cotton"),
        details("kurta", "wooden buttons down the front"),
        SLEEVES("short sleeves", "contradiction"),
        woman_wearing("a beige kurta with brown churidar pants"),
        title="Fabindia Women Beige Solid Cotton Kurta",
        category="Kurtas",
        color="Beige",
        gender="Women",
    ),
    # photo: red straight kurta with gold zari embroidery on the yoke, red palazzos, a sheer gold net dupatta,
    # white backdrop, front view. Base model.
    case(
        "X1053-025",
        caption("a woman in a red and gold outfit with a red scarf", "other_garment_color"),
        color_of("kurta", "red"),
        color_of("palazzos", "red"),
        color_of("dupatta", "gold"),
        details("kurta", "gold embroidery on the neck"),
        MATERIAL("velvet", "unsupported"),
        she_wearing(
            "she is wearing a red and gold salwar kameez Question: what is she holding? Answer: nothing", "leak"
        ),
        title="Varanga Women Red Embroidered Straight Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Red",
        gender="Women",
    ),
    # photo: back view of a sea green kurta with a white paisley print, white leggings, white backdrop; the front
    # and the neckline are not visible. Base model.
    case(
        "X1053-026",
        caption("the back of a woman in a green kurta"),
        color_of("kurta", "sea green"),
        color_of("leggings", "white"),
        PATTERN("paisley"),
        she_wearing("the back of a woman", "non_answer"),
        describe("kurta", "a green kurta with white paisley print and a round neckline with a keyhole", "unsupported"),
        title="Biba Women Sea Green Paisley Printed Kurta",
        category="Kurtas",
        color="Sea Green",
        gender="Women",
    ),
    # photo: grey melange knitted tunic with black buttons on the shoulder and long sleeves, black leggings, a
    # coffee cup in her hand, white backdrop, front view. Base model.
    case(
        "X1053-027",
        caption("a woman in a grey top and black leggings holding a cup of coffee"),
        color_of("tunic", "grey"),
        color_of("leggings", "grey", "other_garment_color"),
        SLEEVES("sleeveless", "contradiction"),
        details("tunic", "buttons on the shoulder"),
        MATERIAL("denim", "unsupported"),
        is_a("tunic", "yes"),
        title="Mayra Women Grey Melange Solid Knitted Tunic",
        category="Tunics",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: pink A-line kurta with a blue floral print, round neck, three-quarter sleeves, flared hem, blue
    # palazzos, no pockets, a potted plant beside her, white backdrop, front view. Base model.
    case(
        "X1053-028",
        caption("a girl in a pink dress with blue flowers", "contradiction"),
        color_of("kurta", "pink"),
        color_of("palazzos", "blue"),
        woman_wearing("pink kurta and blue palazzos"),
        PATTERN("striped", "contradiction"),
        details("kurta", "round neck, three quarter sleeves, a flared hem and two side pockets", "unsupported"),
        title="Sangria Women Pink Floral Printed A-Line Kurta",
        category="Kurtas",
        color="Pink",
        gender="Women",
    ),
    # photo: black kurta with a gold print, black palazzos with a gold print, gold jhumka earrings, hair in a bun,
    # white backdrop, three-quarter view. Base model.
    case(
        "X1053-029",
        caption("a woman in a black and gold kurta"),
        color_of("kurta", "black"),
        color_of("palazzos", "black"),
        details("kurta", "gold print"),
        MATERIAL("the material is the material of the kurta", "restated"),
        she_wearing(
            "she is wearing a black and gold printed kurta with matching palazzo pants and gold jhumka earrings, her"
            " hair is tied in a bun and she is",
            "cut",
            hit_limit=True,
        ),
        title="Jaipur Kurti Women Black & Gold Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: turquoise straight kurta with white thread embroidery at the neckline and three-quarter sleeves, white
    # churidar, white backdrop, front view. Base model.
    case(
        "X1053-030",
        caption("a woman in a blue kurta with white embroidery"),
        color_of("kurta", "turquoise"),
        color_of("churidar", "blue", "other_garment_color"),
        is_a("kurta", "yes"),
        describe("kurta", "yes", "non_answer"),
        SLEEVES("three-quarter sleeves"),
        title="Varanga Women Turquoise Blue Embroidered Straight Kurta",
        category="Kurtas",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: orange straight kurta with a white bandhani (tie-dye dot) print and a plain neckline, white palazzos,
    # white backdrop, front view. Base model.
    case(
        "X1053-031",
        caption("a woman in an orange and white kurta"),
        color_of("kurta", "orange"),
        color_of("palazzos", "orange", "other_garment_color"),
        PATTERN("tie-dye"),
        she_wearing("a red kurta and white pants", "contradiction"),
        describe("kurta", "an orange kurta with white tie-dye dots and mirror work on the neck", "unsupported"),
        title="Libas Women Orange Bandhani Printed Straight Kurta",
        category="Kurtas",
        color="Orange",
        gender="Women",
    ),
    # photo: maroon kurta with a small mustard print, mustard churidar, mustard dupatta with a maroon print, white
    # backdrop, front view. Base model.
    case(
        "X1053-032",
        caption("a woman in a maroon kurta and a yellow dupatta"),
        color_of("kurta", "maroon"),
        color_of("churidar", "maroon", "other_garment_color"),
        color_of("dupatta", "mustard"),
        she_wearing("he is wearing a red kurta with a yellow scarf", "pronoun"),
        details("kurta", "there are a lot of details on the kurta", "non_answer"),
        MATERIAL("rayon", "unsupported"),
        title="Anouk Women Maroon & Mustard Printed Cotton Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: a young girl in a pink kurta with a gold print and a gold border, gold leggings, white backdrop, front
    # view. Base model.
    case(
        "X1053-033",
        caption("a little girl in a pink kurta"),
        color_of("kurta", "pink"),
        color_of("leggings", "gold"),
        she_wearing("a pink and gold dress", "contradiction"),
        is_a("kurta", "yes"),
        describe("kurta", "a pink kurta with gold print and a gold border"),
        title="Biba Girls Pink & Gold Printed Kurta with Leggings",
        category="Kurta Sets",
        color="Pink",
        gender="Girls",
    ),
    # photo: cobalt blue tunic with a white print and tassels at the neckline, white jeans, light grey backdrop,
    # front view. Base model.
    case(
        "X1053-034",
        caption("a woman in a blue top with tassels and white jeans"),
        color_of("tunic", "blue"),
        color_of("jeans", "blue", "other_garment_color"),
        details("tunic", "tassels on the neckline"),
        she_wearing(
            "she is wearing a blue tunic and white jeans Question: what is the color of the tunic? Answer: blue", "leak"
        ),
        MATERIAL("denim", "unsupported"),
        title="Melange by Lifestyle Women Blue Printed Tunic",
        category="Tunics",
        color="Blue",
        gender="Women",
    ),
    # photo: purple sleeveless kurta with a v neck, matching purple trousers, white backdrop, front view. Base model.
    case(
        "X1053-035",
        caption("a woman in a purple dress and purple pants", "contradiction"),
        color_of("kurta", "purple"),
        color_of("trousers", "purple"),
        SLEEVES("sleeveless"),
        describe("kurta", "purple kurta with a v neck and no sleeves"),
        she_wearing("he is wearing a purple kurta and purple pants", "pronoun"),
        title="Yufta Women Purple Solid Kurta with Trousers",
        category="Kurta Sets",
        color="Purple",
        gender="Women",
    ),
    # photo: cream straight kurta with a red floral print, a red border at the hem and cuffs, a round neck with a
    # short slit, red palazzos, white backdrop, front view. The feed row has no color. Base model.
    case(
        "X1053-036",
        caption("a woman in a white kurta with red flowers and red pants"),
        color_of("kurta", "cream"),
        color_of("palazzos", "cream", "other_garment_color"),
        PATTERN("floral"),
        details(
            "kurta",
            "red flowers on the front, a red border at the hem and on the cuffs, and a round neck with a small slit in"
            " the front and a",
            "cut",
            hit_limit=True,
        ),
        is_a("kurta", "no", "contradiction"),
        title="Shree Women Cream-Coloured Floral Printed Straight Kurta",
        category="Kurtas",
        gender="Women",
    ),
    # photo: black straight kurta with multicolored thread embroidery on the yoke, black leggings, white backdrop,
    # front view. Base model.
    case(
        "X1053-037",
        caption("a woman in a black kurta and black leggings"),
        color_of("kurta", "black"),
        color_of("leggings", "black"),
        details("kurta", "colorful embroidery on the neckline"),
        she_wearing("a black dress", "contradiction"),
        MATERIAL("velvet", "unsupported"),
        title="Ishin Women Black Yoke Embroidered Straight Kurta",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: kurta with horizontal blue and white stripes, a mandarin collar and no pocket, white palazzos, one arm
    # raised, white backdrop, front view. The feed row has no category. Base model.
    case(
        "X1053-038",
        caption("a woman in a blue and white striped shirt and white pants", "contradiction"),
        color_of("kurta", "blue"),
        color_of("palazzos", "white"),
        PATTERN("striped"),
        describe(
            "kurta",
            "the kurta is blue and white striped with a mandarin collar and a pocket on the chest",
            "unsupported",
        ),
        she_wearing("striped kurta and white palazzos"),
        title="Libas Women Blue & White Striped Straight Kurta",
        color="Blue",
        gender="Women",
    ),
    # photo: long mauve anarkali kurta with a silver print and a silver border at the hem, three-quarter sleeves,
    # mauve churidar, white backdrop, front view. Base model.
    case(
        "X1053-039",
        caption("a woman in a long purple gown", "contradiction"),
        color_of("kurta", "mauve"),
        color_of("churidar", "mauve"),
        is_a("kurta", "yes"),
        describe(
            "kurta",
            "the kurta is a long anarkali with silver print all over and a flared skirt that falls to the ankles with a"
            " wide silver border at",
            "cut",
            hit_limit=True,
        ),
        MATERIAL("silk", "unsupported"),
        SLEEVES("full sleeves", "contradiction"),
        title="Varanga Women Mauve Printed Rayon Anarkali Kurta",
        category="Kurtas",
        color="Mauve",
        gender="Women",
    ),
    # photo: chocolate brown tunic with a tie belt at the waist (no zip; the back is not visible), beige trousers,
    # white backdrop, front view. Base model.
    case(
        "X1053-040",
        caption("a woman in a brown dress with a belt", "contradiction"),
        color_of("tunic", "brown"),
        color_of("trousers", "brown", "other_garment_color"),
        details("tunic", "a belt at the waist and a zip at the back", "unsupported"),
        she_wearing("brown", "non_answer"),
        is_a("tunic", "yes"),
        title="HERE&NOW Women Brown Solid Tunic with Belt",
        category="Tunics",
        color="Coffee Brown",
        gender="Women",
    ),
    # photo: lime green kurti with a navy print, round neck and short sleeves, navy leggings, no bag, white
    # backdrop, front view. Base model.
    case(
        "X1053-041",
        caption("a woman in a green kurti and blue leggings"),
        color_of("kurti", "yellow", "contradiction"),
        color_of("leggings", "navy blue"),
        PATTERN("printed"),
        she_wearing("she is wearing a green and blue kurti with blue leggings and a blue handbag", "unsupported"),
        details(
            "kurti",
            "Question: What are the kurti details? Answer: the kurti has a round neck and short sleeves",
            "leak",
        ),
        title="Sangria Women Lime Green Printed Kurti",
        category="Kurtis",
        color="Lime Green",
        gender="Women",
    ),
    # photo: off-white straight kurta with a black geometric print, black trousers, a black clutch in her hand,
    # white backdrop, front view. Base model.
    case(
        "X1053-042",
        caption("a woman in a white and black kurta holding a black clutch"),
        color_of("kurta", "black", "other_garment_color"),
        color_of("trousers", "black"),
        PATTERN("floral", "contradiction"),
        describe("kurta", "an off white kurta with black print"),
        MATERIAL("cotton"),
        title="AKS Women Off-White & Black Printed Kurta with Trousers",
        category="Kurta Sets",
        color="Off White",
        gender="Women",
    ),
    # photo: navy kurta with a red floral print and no buttons, red palazzos, a navy dupatta with red tassels,
    # white backdrop, front view. Base model.
    case(
        "X1053-043",
        caption("a woman in a blue kurta and red pants with a red scarf", "other_garment_color"),
        color_of("kurta", "navy blue"),
        color_of("palazzos", "red"),
        color_of("dupatta", "navy blue"),
        she_wearing("she is wearing a blue kurta with red pants and a blue dupatta"),
        describe("kurta", "a navy blue kurta with a red print and gold buttons", "unsupported"),
        details("kurta", "details", "non_answer"),
        title="Nayo Women Navy Blue & Red Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: grey kurti with a pink floral print and short sleeves, pink leggings, white backdrop, three-quarter
    # view. Base model.
    case(
        "X1053-044",
        caption("a woman in a grey kurti with pink flowers"),
        color_of("kurti", "grey"),
        color_of("leggings", "grey", "other_garment_color"),
        woman_wearing("Answer: a grey kurti and pink leggings", "leak"),
        describe("kurti", "she is wearing a grey kurti with pink flowers"),
        SLEEVES("three-quarter sleeves", "contradiction"),
        title="W Women Grey Floral Printed Kurti",
        category="Kurtis",
        color="Grey",
        gender="Women",
    ),
    # photo: red cotton kurta with a v neck and no pockets, red churidar, a white dupatta with a small red print,
    # white backdrop, front view. Base model.
    case(
        "X1053-045",
        caption("a woman in a red kurta with a white dupatta"),
        color_of("kurta", "red"),
        color_of("dupatta", "red", "other_garment_color"),
        color_of("churidar", "red"),
        woman_wearing("he is wearing a red kurta and a white scarf", "pronoun"),
        MATERIAL("cotton"),
        details(
            "kurta",
            "the kurta has a v neck and a pocket and a pocket and a pocket and a pocket and a pocket and a pocket and a"
            " pocket",
            "loop",
            hit_limit=True,
        ),
        title="Fabindia Women Red Cotton Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Red",
        gender="Women",
    ),
    # photo: emerald green kurta with gold sequin embroidery on the yoke and plain sleeves, green palazzos, a green
    # dupatta with a gold border, white backdrop, front view. Base model.
    case(
        "X1053-046",
        caption("a woman in a green salwar suit with a green dupatta"),
        color_of("kurta", "green"),
        color_of("palazzos", "green"),
        color_of("dupatta", "gold", "contradiction"),
        details("kurta", "the kurta has sequin embroidery on the yoke and mirror work on the sleeves", "unsupported"),
        MATERIAL("the garment is made of material", "restated"),
        she_wearing("a green kurta and green palazzos"),
        title="Khushal K Women Green Embroidered Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
]
