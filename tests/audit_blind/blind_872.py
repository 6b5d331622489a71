"""BLIND_872 (46 products; Myntra women's tops, kurtas, sarees, VQA adapter): written blind in the fifty-sixth session.
Measured blind at 2733ff7 (the session's final rules): 109/123 failures found (88.6%) and 15/157 correct texts flagged
(9.6%). The writer's notes, verbatim:

Scenario: the older Myntra catalog feed of the shared photos' kind: short seller titles ("Biba Women Navy Kurta"),
the feed's gender, category (Tops, Kurtas, Kurtis, Tunics, Sarees) and base colour columns, one 3:4 product shot per
item on a white or light grey studio backdrop, front view, worn by a model. Kurtas come with churidars, leggings,
salwars or palazzos and sometimes a dupatta; tops with jeans, trousers, skirts or shorts; sarees with a blouse that
is often a contrast color. Two rows lack a column (one has no gender, one no colour).

Who wrote what: every caption and open answer is free generation by BLIP-2 OPT-2.7b with the VQA adapter
(leoreigoto/Data3_V3_BLIP2_VQA) under the `Question: ... Answer:` prompt, greedy, 30 new tokens for answers and
50 for captions. Closed answers (garment type, color, pattern, sleeve length, "Is this a ...?") are enrich's
`--engine reference` ranking the candidates with the same adapter, so they are one candidate value and never loop,
leak or stop short. The adapter was trained on VQA pairs only, without an end token: its captions are its weakest
texts (a bare "yes", one garment word, a Question/Answer pair instead of a caption, loops), its open answers often
run on into repetition or to the token limit, or go on to write the next "Question: ... Answer:" pair themselves.
It likes the In-shop class words (dress, blouse, shirt, tee) for kurtas, tunics and sarees, answers a garment's
color with the bottom's, the dupatta's or the saree blouse's color, and invents hoods, zippers, pockets and props.

Labeling conventions and judgement calls:
- One label per text, the first thing a reader would object to; a loop or a cut that also says something wrong is
  labelled loop or cut. Every loop and cut is marked hit_limit; a leak that runs on into a second Question is too.
- other_garment_color: the product (the kurta, top, saree) given the color of another garment in the photo
  (leggings, jeans, dupatta, the saree's blouse, also a saree's contrast border when the answer is about the
  saree). A color taken from the product's own print or embroidery is a contradiction, not another garment's color.
- contradiction: a wrong garment word for the seller's category ("dress" for a kurta or a saree, "shirt" for a
  kurta, "blouse" as the type of a saree), a wrong closed pattern, sleeve length or yes/no, a wrong hue that is no
  other garment's, and an answer that gives another garment the product's color (black jeans that are grey).
- Not failures: "tunic" or "top" for a kurta or kurti, "shirt" for a button-down checked top, "t - shirt" for a
  tee-shaped top, "pants" for churidars, salwars or palazzos, teal called green or blue, peach called pink, maroon
  called red, a two-color saree's closed color naming its main color, and a rust kurta called rust or orange where
  the seller says Brown (the seller is wrong, the photo is what counts).
- unsupported: things the photo does not show (hood, zipper, belt, pockets, bags, shoes where the shot ends at the
  knee, jewelry, a beach), and a material nothing supports (denim, leather, wool, silk on a georgette saree). A
  material the title names is correct; every correct material answer here is one the title names.
- non_answer: a one-word or yes/no answer to an open question or to the caption prompt ("yes", "red", "top",
  "fabric"), and the question's own words back ("the top"). One garment word for "What is the person wearing?" is
  a correct answer, as the VQA data answered it that way.
- restated: a sentence that turns the question round and stops ("the blouse is a blouse", "the saree has details",
  "the person is wearing").
- pronoun: "he", "his" or "a man" for a woman model; all rows with a pronoun failure carry gender Women.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

garment_type = BLIND_QUESTIONS.garment_type
pattern = BLIND_QUESTIONS.pattern
sleeve_length = BLIND_QUESTIONS.sleeve_length
material = BLIND_QUESTIONS.material

BLIND_872 = [
    # photo: navy blue straight kurta with small white floral buttis, three-quarter sleeves, mandarin collar, worn with
    # white churidar leggings; white backdrop, front view. All texts VQA adapter, closed ones by the reference engine.
    case(
        "X872-001",
        caption("a woman wearing a navy blue kurta with white leggings"),
        wearing("a blue kurta and white leggings"),
        color_of("kurta", "white", failure="other_garment_color"),
        pattern("floral"),
        sleeve_length("three-quarter sleeves"),
        describe("kurta", "the kurta is blue with white flowers and a zipper on the back", failure="unsupported"),
        title="Biba Women Navy Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black sleeveless round-neck top, plain, worn with mid-blue jeans, no jewelry; white backdrop, front view.
    # VQA adapter throughout.
    case(
        "X872-002",
        caption("a woman in a black top and blue jeans standing in front of a white wall"),
        wearing("black top and jeans"),
        color_of("top", "blue", failure="other_garment_color"),
        sleeve_length("sleeveless"),
        describe(
            "top",
            "black black black black black black black black black black black black black black black black black"
            " black black black black black black black black black black black black black",
            failure="loop",
            hit_limit=True,
        ),
        details("top", "a round neck and a gold necklace", failure="unsupported"),
        is_a("top", "yes"),
        title="Vero Moda Women Black Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: red georgette saree with a gold zari border, pallu over the left shoulder, matching red blouse with elbow
    # sleeves; light grey backdrop, front view. VQA adapter throughout.
    case(
        "X872-003",
        caption("a woman in a red saree with a gold border"),
        wearing("dress", failure="contradiction"),
        color_of("saree", "red"),
        details(
            "saree",
            "the saree has a gold border Question: What is the color of the blouse? Answer: red",
            failure="leak",
        ),
        garment_type("saree"),
        material("silk", failure="unsupported"),
        title="Mitera Red Georgette Saree",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: mustard yellow A-line cotton kurta with rust block-printed motifs, sleeveless, worn with off-white
    # palazzo pants; white backdrop, front view. VQA adapter throughout.
    case(
        "X872-004",
        caption("yes", failure="non_answer"),
        wearing("he is wearing a yellow kurta and white pants", failure="pronoun"),
        color_of("kurta", "mustard"),
        pattern("printed"),
        sleeve_length("long sleeves", failure="contradiction"),
        describe("kurta", "a sleeveless yellow kurta with orange print"),
        material("cotton"),
        title="Fabindia Women Cotton Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Women",
    ),
    # photo: white peasant blouse with blue embroidery at the yoke, short puff sleeves, tucked into a blue denim
    # skirt; white backdrop, front view. VQA adapter; the blouse color was asked open (free generation).
    case(
        "X872-005",
        caption("a woman in a white blouse and a denim skirt"),
        wearing("blouse"),
        color_of("blouse", "blue", failure="other_garment_color", kind="open"),
        details("blouse", "the blouse has blue embroidery on the neckline and puff sleeves"),
        is_a("blouse", "yes"),
        describe("blouse", "the blouse is a blouse", failure="restated"),
        material("denim", failure="unsupported"),
        title="Mango Women White Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: green chiffon saree with a pink floral print, pink sleeveless blouse; white backdrop, front view.
    # VQA adapter throughout.
    case(
        "X872-006",
        caption(
            "a woman wearing a green and pink floral saree with a pink blouse Question: What is the color of the"
            " saree? Answer: pink Question:",
            failure="leak",
            hit_limit=True,
        ),
        wearing("a green saree with pink flowers"),
        color_of("saree", "pink", failure="other_garment_color"),
        pattern("floral"),
        describe(
            "saree",
            "the saree is green with pink flowers and a pink blouse with a pink blouse with a pink blouse with a pink",
            failure="loop",
            hit_limit=True,
        ),
        is_a("dress", "no"),
        title="Ishin Women Green Printed Saree",
        category="Sarees",
        color="Green",
        gender="Women",
    ),
    # photo: grey melange tee-shaped top with a pink glitter lips graphic on the chest, short sleeves, black
    # leggings; white backdrop, front view. VQA adapter throughout.
    case(
        "X872-007",
        caption("a woman wearing a grey t - shirt with a pink lips print"),
        wearing("grey t - shirt and black leggings"),
        color_of("top", "black", failure="other_garment_color"),
        pattern("graphic"),
        details(
            "top", "the top has a pink print of lips on the front and a pocket on the sleeve", failure="unsupported"
        ),
        sleeve_length("short sleeves"),
        title="Jealous 21 Women Grey Top",
        category="Tops",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: long flared maroon anarkali kurta with gold embroidery on the yoke, full sleeves, a golden dupatta over
    # one shoulder, maroon churidar; white backdrop, front view. VQA adapter throughout.
    case(
        "X872-008",
        caption("a woman in a red dress with gold embroidery and a dupatta", failure="contradiction"),
        wearing("a maroon kurta with a gold dupatta"),
        color_of("kurta", "gold", failure="other_garment_color"),
        is_a("dress", "yes", failure="contradiction"),
        sleeve_length("long sleeves"),
        details(
            "kurta",
            "the kurta has gold embroidery on the neck and the neck and the neck and the neck and the neck and the",
            failure="loop",
            hit_limit=True,
        ),
        title="W Women Maroon Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: peach sleeveless chiffon top with a tie-up bow at the neck, white trousers; white backdrop, front view.
    # VQA adapter throughout.
    case(
        "X872-009",
        caption(
            "Question: What is the color of the top? Answer: peach Question: What is the color of the pants? Answer:"
            " white Question: What is",
            failure="leak",
            hit_limit=True,
        ),
        wearing("she is wearing a peach top with a bow and white pants"),
        color_of("top", "peach"),
        describe("top", "the top is sleeveless with a bow at the neck"),
        sleeve_length("sleeveless"),
        material("denim", failure="unsupported"),
        title="Vero Moda Women Peach Top",
        category="Tops",
        color="Peach",
        gender="Women",
    ),
    # photo: navy blue silk saree with a broad mustard yellow border, mustard blouse; white backdrop, front view.
    # VQA adapter throughout.
    case(
        "X872-010",
        caption("a woman in a blue saree with a yellow border"),
        wearing(
            "she is wearing a blue saree with a yellow border and a yellow blouse with a yellow border and a yellow"
            " blouse with",
            failure="loop",
            hit_limit=True,
        ),
        color_of("saree", "yellow", failure="other_garment_color"),
        garment_type("saree"),
        details("saree", "yellow", failure="non_answer"),
        title="Satya Paul Navy Saree",
        category="Sarees",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: white chikankari kurta with white self embroidery, three-quarter sleeves, white leggings; light grey
    # backdrop, front view. VQA adapter throughout.
    case(
        "X872-011",
        caption("a woman wearing a white kurta and white pants"),
        color_of("kurta", "white"),
        pattern("embroidered"),
        describe(
            "kurta", "the kurta is white with white embroidery and a black belt at the waist", failure="unsupported"
        ),
        details("kurta", "the kurta details are the kurta details", failure="restated"),
        sleeve_length("three-quarter sleeves"),
        title="Ada Women White Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: black and white horizontal striped boat-neck top, long sleeves, red trousers; white backdrop, front view.
    # VQA adapter throughout.
    case(
        "X872-012",
        caption("a woman in a black and white striped shirt and red pants"),
        wearing(
            "she is wearing a striped shirt and red pants with a red belt and red shoes and a red bag",
            failure="unsupported",
        ),
        color_of("top", "red", failure="other_garment_color"),
        pattern("striped"),
        describe(
            "top",
            "the top is black and white stripes Question: What is the color of the pants? Answer: red Question: What"
            " is the",
            failure="leak",
            hit_limit=True,
        ),
        title="Only Women Striped Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: teal straight kurta with contrast pink piping along the placket, short sleeves, white salwar; white
    # backdrop, front view. VQA adapter throughout.
    case(
        "X872-013",
        caption("a woman wearing a green tunic and white pants"),
        wearing("a blue shirt and white pants", failure="contradiction"),
        color_of("kurta", "teal"),
        details("kurta", "pink piping on the placket and short sleeves"),
        material("wool", failure="unsupported"),
        describe(
            "kurta",
            "the kurta is a teal kurta with pink piping on the placket and short sleeves and it is worn with a white"
            " salwar and",
            failure="cut",
            hit_limit=True,
        ),
        title="Span Women Teal Kurta",
        category="Kurtas",
        color="Teal",
        gender="Women",
    ),
    # photo: off-white cotton saree with a red border, red blouse; white backdrop, front view. VQA adapter throughout.
    case(
        "X872-014",
        caption("a woman in a white saree with a red border Question: Is this a saree? Answer: yes", failure="leak"),
        wearing("a red saree", failure="other_garment_color"),
        color_of("saree", "white"),
        material("cotton"),
        describe("saree", "the saree is white with a red border"),
        details("saree", "the saree has a red border and red flowers printed all over", failure="unsupported"),
        title="Fabindia Women Cotton Saree",
        category="Sarees",
        color="Off White",
        gender="Women",
    ),
    # photo: royal blue wrap top with a V neck, three-quarter sleeves and a tie at the waist, black jeans; white
    # backdrop, front view. VQA adapter throughout.
    case(
        "X872-015",
        caption(
            "blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse"
            " blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse"
            " blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse",
            failure="loop",
            hit_limit=True,
        ),
        wearing("he is wearing a blue shirt and black jeans", failure="pronoun"),
        color_of("top", "blue"),
        sleeve_length("three-quarter sleeves"),
        details("top", "a tie at the waist and a v neck"),
        describe("top", "the top is blue and has a hood and a zipper in the front", failure="unsupported"),
        title="Mango Women Blue Top",
        category="Tops",
        color="Blue",
        gender="Women",
    ),
    # photo: white kurta with a blue and orange geometric ikat print, short sleeves, blue leggings; white backdrop,
    # front view. VQA adapter throughout.
    case(
        "X872-016",
        caption(
            "a woman wearing a white and blue printed kurta and blue leggings with a white and blue printed kurta and"
            " blue leggings with a white and blue printed kurta and blue leggings with a white",
            failure="loop",
            hit_limit=True,
        ),
        wearing("a white kurta with blue and orange print and blue leggings"),
        color_of("kurta", "white"),
        pattern("printed"),
        details(
            "kurta",
            "the kurta has a blue and orange print and the print is a blue and orange print and the print is a blue"
            " and",
            failure="loop",
            hit_limit=True,
        ),
        is_a("shirt", "yes", failure="contradiction"),
        title="Global Desi Women Printed Kurta",
        category="Kurtas",
        color="Multi",
        gender="Women",
    ),
    # photo: red top with white polka dots, short sleeves, white peter pan collar, blue jeans; white backdrop, front
    # view. VQA adapter throughout.
    case(
        "X872-017",
        caption("a woman in a red and white striped top and jeans", failure="contradiction"),
        wearing("red polka dot top and blue jeans"),
        color_of("top", "red"),
        pattern("striped", failure="contradiction"),
        details("top", "polka dots and a collar"),
        describe("top", "red", failure="non_answer"),
        title="Elle Women Red Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: magenta silk saree with small gold zari buttas and a gold border, gold brocade blouse; white backdrop,
    # front view. VQA adapter throughout.
    case(
        "X872-018",
        caption(
            "a woman wearing a pink saree with gold border Question: What is the color of the saree? Answer: pink"
            " Question: What is",
            failure="leak",
            hit_limit=True,
        ),
        wearing("a pink saree with a gold blouse"),
        color_of("saree", "gold", failure="other_garment_color"),
        material("silk"),
        details("saree", "gold border and small gold motifs all over"),
        garment_type("dress", failure="contradiction"),
        title="Kanchi Women Magenta Silk Saree",
        category="Sarees",
        color="Magenta",
        gender="Women",
    ),
    # photo: olive green sleeveless top with a round neck and one chest pocket, white skinny jeans; white backdrop,
    # front view, left hand in the jeans pocket. VQA adapter throughout.
    case(
        "X872-019",
        caption(
            "a woman in a green sleeveless top with a pocket on the chest and white jeans standing against a white"
            " background with her left hand in the pocket of her white jeans and her right hand",
            failure="cut",
            hit_limit=True,
        ),
        wearing("green tank top and white jeans"),
        color_of("top", "white", failure="other_garment_color"),
        sleeve_length("sleeveless"),
        details("top", "a pocket on the chest and a round neck"),
        material("fabric", failure="non_answer"),
        title="Do U Speak Green Women Olive Top",
        category="Tops",
        color="Olive",
        gender="Women",
    ),
    # photo: black kurta with red and white thread embroidery at the neckline, long sleeves, side slits, white
    # churidar; white backdrop, front view. VQA adapter throughout.
    case(
        "X872-020",
        caption(
            "a woman wearing a black kurta with embroidery on the neck and white pants and a black kurta with"
            " embroidery on the neck and white pants and a black kurta with embroidery",
            failure="loop",
            hit_limit=True,
        ),
        wearing("a black kurta"),
        color_of("kurta", "black"),
        describe("kurta", "the kurta is black with red and white embroidery on the neck and a slit on the sides"),
        details("kurta", "embroidery on the neck and two pockets on the front and a belt", failure="unsupported"),
        is_a("kurta", "no", failure="contradiction"),
        title="Biba Women Black Kurta",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: sheer white chiffon top with a black floral print, long sleeves, black camisole under it, black
    # trousers; white backdrop, front view. VQA adapter throughout.
    case(
        "X872-021",
        caption("a man in a white floral shirt and black pants", failure="pronoun"),
        wearing("a white blouse with black flowers and black pants"),
        color_of("top", "black", failure="other_garment_color"),
        pattern("floral"),
        describe(
            "blouse",
            "the blouse is sheer and white with black flowers and long sleeves and there is a black top under the"
            " blouse and the",
            failure="cut",
            hit_limit=True,
        ),
        sleeve_length("long sleeves"),
        title="Vero Moda Women Printed Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: black net saree with a sequinned border, black sleeveless blouse; shot ends at the knee; white backdrop,
    # front view. VQA adapter throughout.
    case(
        "X872-022",
        caption("a woman wearing a black saree with a sequin border"),
        wearing("she is wearing a black saree and high heels", failure="unsupported"),
        color_of("saree", "black"),
        details("saree", "the saree has details", failure="restated"),
        describe(
            "saree",
            "the saree is black net with a sequin border and the pallu is draped over the left shoulder and the blouse"
            " is",
            failure="cut",
            hit_limit=True,
        ),
        is_a("saree", "yes"),
        title="Mitera Black Saree",
        category="Sarees",
        color="Black",
        gender="Women",
    ),
    # photo: short pink kurti with a white floral print, three-quarter sleeves, keyhole neck with a tassel, blue
    # jeans; white backdrop, front view. VQA adapter throughout.
    case(
        "X872-023",
        caption("a woman wearing a pink floral top and blue jeans"),
        wearing("pink kurti and jeans"),
        color_of("kurti", "blue", failure="other_garment_color"),
        pattern("floral"),
        details("kurti", "the kurti has white flowers and a keyhole neck with a tassel"),
        describe("kurti", "yes", failure="non_answer"),
        title="Jaipur Kurti Women Pink Kurti",
        category="Kurtis",
        color="Pink",
        gender="Women",
    ),
    # photo: mustard top with a black bird print, short sleeves, black skirt; no bag or props; white backdrop,
    # front view. VQA adapter throughout.
    case(
        "X872-024",
        caption(
            "a woman in a yellow top with black birds and a black skirt holding a black handbag", failure="unsupported"
        ),
        wearing("he is wearing a yellow shirt and a black skirt", failure="pronoun"),
        color_of("top", "mustard"),
        pattern("printed"),
        details(
            "top",
            "birds birds birds birds birds birds birds birds birds birds birds birds birds birds birds birds birds"
            " birds birds birds birds birds birds birds birds birds birds birds birds birds",
            failure="loop",
            hit_limit=True,
        ),
        describe("top", "a mustard top with a black bird print and short sleeves"),
        title="Elle Women Mustard Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: orange georgette saree with white bandhani dots, green border, green blouse; white backdrop, front view.
    # VQA adapter throughout.
    case(
        "X872-025",
        caption("a woman in an orange saree with green border"),
        wearing("he is wearing an orange saree", failure="pronoun"),
        color_of("saree", "orange"),
        pattern("printed"),
        details("saree", "the saree has small white dots and a green border"),
        describe("saree", "the saree is green", failure="other_garment_color"),
        title="Triveni Women Orange Saree",
        category="Sarees",
        color="Orange",
        gender="Women",
    ),
    # photo: lavender straight kurta with a silver foil print on the yoke, full sleeves, white palazzo; white
    # backdrop, front view. The row has no gender. VQA adapter throughout.
    case(
        "X872-026",
        caption("a woman in a purple kurta and white palazzo pants"),
        wearing("a light purple kurta"),
        color_of("kurta", "purple"),
        details("kurta", "silver print on the yoke and the sleeves are long"),
        sleeve_length("short sleeves", failure="contradiction"),
        describe(
            "kurta",
            "the kurta is lavender with a silver print on the yoke Question: Is this a kurta? Answer: yes Question: Is"
            " this a kurta",
            failure="leak",
            hit_limit=True,
        ),
        title="Rangriti Lavender Kurta",
        category="Kurtas",
        color="Lavender",
    ),
    # photo: loose turquoise kaftan-style top with an abstract pink and orange print, wide short kimono sleeves, no
    # belt, white jeans; white backdrop, front view. VQA adapter throughout.
    case(
        "X872-027",
        caption("a woman wearing a blue printed top and white jeans"),
        wearing("a blue dress", failure="contradiction"),
        color_of("top", "turquoise"),
        sleeve_length("sleeveless", failure="contradiction"),
        describe("top", "a loose blue top with pink and orange print and wide short sleeves"),
        details("top", "the top has a pink and orange print and a belt at the waist", failure="unsupported"),
        title="Global Desi Women Turquoise Top",
        category="Tops",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: rust cotton kurta (the seller says Brown) with a white block print, three-quarter sleeves, white
    # leggings; white backdrop, front view. VQA adapter throughout.
    case(
        "X872-028",
        caption("no", failure="non_answer"),
        wearing("rust kurta and white leggings"),
        color_of("kurta", "rust"),
        pattern("printed"),
        details(
            "kurta",
            "the kurta is rust with white print and a collar and the kurta is rust with white print and a collar and"
            " the",
            failure="loop",
            hit_limit=True,
        ),
        is_a("dress", "no"),
        title="Fabindia Women Brown Kurta",
        category="Kurtas",
        color="Brown",
        gender="Women",
    ),
    # photo: pale pink lace top with a scalloped hem and cap sleeves, blue jeans; shot ends at mid-thigh; white
    # backdrop, front view. VQA adapter throughout.
    case(
        "X872-029",
        caption("a woman in a pink lace top and jeans"),
        wearing("a pink top and blue jeans and white sneakers", failure="unsupported"),
        color_of("top", "pink"),
        details("top", "lace and a scalloped hem at the bottom"),
        material("lace"),
        describe(
            "top",
            "the top is a pink top with lace and the sleeves are short and the neck is round and the hem is",
            failure="cut",
            hit_limit=True,
        ),
        title="Only Women Pink Lace Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: half-and-half saree, purple pleats and a green pallu with a gold border, purple blouse; white backdrop,
    # front view. VQA adapter throughout.
    case(
        "X872-030",
        caption("a woman wearing a purple and green saree"),
        wearing("the person is wearing", failure="restated"),
        color_of("saree", "purple"),
        describe("saree", "a saree with a purple body and a green pallu with a gold border"),
        details("saree", "the details of the saree", failure="restated"),
        garment_type("saree"),
        is_a("dress", "yes", failure="contradiction"),
        title="Mitera Women Purple Saree",
        category="Sarees",
        color="Purple",
        gender="Women",
    ),
    # photo: sea green sleeveless kurta with a white floral print along the hem, white churidar, white dupatta over
    # both shoulders; white backdrop, front view. VQA adapter throughout.
    case(
        "X872-031",
        caption("a woman wearing a green kurta and white dupatta"),
        wearing("she is wearing a green dress", failure="contradiction"),
        color_of("kurta", "white", failure="other_garment_color"),
        sleeve_length("sleeveless"),
        details("kurta", "white flowers at the bottom"),
        describe(
            "kurta",
            "the kurta is green and white and white and white and white and white and white and white and white and",
            failure="loop",
            hit_limit=True,
        ),
        title="W Women Sea Green Kurta",
        category="Kurtas",
        color="Sea Green",
        gender="Women",
    ),
    # photo: navy blue top with a white anchor print, short sleeves, red shorts; white studio backdrop, front view.
    # VQA adapter throughout.
    case(
        "X872-032",
        caption("a woman in a navy blue top with white anchors and red shorts on a beach", failure="unsupported"),
        wearing("a navy top and red shorts"),
        color_of("top", "red", failure="other_garment_color"),
        pattern("printed"),
        details("top", "white anchor print and a round neck"),
        describe("top", "he is wearing a blue shirt with white anchors", failure="pronoun"),
        title="Tommy Hilfiger Women Navy Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: long red kurta with a yellow and green embroidered yoke, three-quarter sleeves, red churidar, hands on
    # hips; white backdrop, front view. VQA adapter throughout.
    case(
        "X872-033",
        caption(
            "a woman wearing a long red kurta with yellow and green embroidery on the yoke and red churidar standing in"
            " front of a white background with her hands on her hips and her",
            failure="cut",
            hit_limit=True,
        ),
        wearing("a red kurta and red pants"),
        color_of("kurta", "green", failure="contradiction"),
        pattern("embroidered"),
        details(
            "kurta",
            "the kurta has embroidery on the yoke and a zipper at the back and pockets on the sides",
            failure="unsupported",
        ),
        describe("kurta", "a long red kurta with an embroidered yoke and three quarter sleeves"),
        title="Biba Women Red Kurta",
        category="Kurtas",
        color="Red",
        gender="Women",
    ),
    # photo: white crepe saree with a blue paisley print, blue blouse; light grey backdrop, front view. VQA adapter
    # throughout.
    case(
        "X872-034",
        caption("a woman in a white saree with blue paisley print"),
        wearing("saree"),
        color_of("saree", "blue"),
        details("saree", "blue paisley print and a blue blouse"),
        describe("saree", "yes", failure="non_answer"),
        garment_type("blouse", failure="contradiction"),
        title="Ishin Women Blue Saree",
        category="Sarees",
        color="Blue",
        gender="Women",
    ),
    # photo: cream tunic with tonal embroidery down the front, button placket, long sleeves, brown leggings; shot ends
    # at the knee; white backdrop, front view. VQA adapter throughout.
    case(
        "X872-035",
        caption("a woman in a white tunic and brown leggings and brown boots", failure="unsupported"),
        wearing("a cream tunic and brown leggings"),
        color_of("tunic", "brown", failure="other_garment_color"),
        details("tunic", "embroidery on the front and buttons down the placket"),
        sleeve_length("long sleeves"),
        describe(
            "tunic",
            "the tunic is cream with embroidery Question: What is the color of the leggings? Answer: brown",
            failure="leak",
        ),
        title="Fabindia Women Cream Tunic",
        category="Tunics",
        color="Cream",
        gender="Women",
    ),
    # photo: indigo cotton kurta with a white shibori tie-dye pattern, short sleeves, round neck, white palazzo;
    # white backdrop, front view. VQA adapter throughout.
    case(
        "X872-036",
        caption("a woman wearing a blue and white tie dye kurta and white pants"),
        wearing("a blue kurta"),
        color_of("kurta", "blue"),
        pattern("solid", failure="contradiction"),
        details(
            "kurta",
            "the kurta has a tie dye pattern and the sleeves are short and the neck is round and the kurta has a tie",
            failure="loop",
            hit_limit=True,
        ),
        material("denim", failure="unsupported"),
        title="Fabindia Women Blue Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black sleeveless top with a sequinned neckline, grey jeans; white backdrop, front view. VQA adapter
    # throughout.
    case(
        "X872-037",
        caption("a woman in a black top with sequins and grey jeans"),
        wearing("black top and grey jeans"),
        color_of("top", "grey", failure="other_garment_color"),
        sleeve_length("sleeveless"),
        details("top", "sequins around the neck"),
        describe("top", "the top is black and the jeans are black", failure="contradiction"),
        title="Avirate Women Black Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: yellow saree with a red border woven with gold, red blouse; white backdrop, front view. VQA adapter
    # throughout.
    case(
        "X872-038",
        caption("a woman wearing a yellow saree with a red border and red blouse"),
        wearing("yellow", failure="non_answer"),
        color_of("saree", "red", failure="other_garment_color"),
        details("saree", "the saree has a red border with gold and a red blouse"),
        is_a("saree", "yes"),
        describe(
            "saree",
            "the saree is yellow with a red and gold border and the blouse is red and the pallu is over the shoulder"
            " and the",
            failure="cut",
            hit_limit=True,
        ),
        title="Kalki Women Yellow Saree",
        category="Sarees",
        color="Yellow",
        gender="Women",
    ),
    # photo: olive kurta with mirror work around the neck, three-quarter sleeves, beige churidar; white backdrop,
    # front view. VQA adapter throughout.
    case(
        "X872-039",
        caption("a woman in a green kurta with mirror work and beige pants"),
        wearing("kurta"),
        color_of("kurta", "beige", failure="other_garment_color"),
        details("kurta", "small mirrors around the neck"),
        sleeve_length("three-quarter sleeves"),
        describe(
            "kurta",
            "the kurta is green with mirror work around the neck and the sleeves are three quarter length and the"
            " kurta is",
            failure="cut",
            hit_limit=True,
        ),
        title="Mother Earth Women Olive Kurta",
        category="Kurtas",
        color="Olive",
        gender="Women",
    ),
    # photo: white tee-shaped top with a red heart graphic and the word LOVE, short sleeves, blue denim shorts;
    # white backdrop, front view. VQA adapter throughout.
    case(
        "X872-040",
        caption("a woman wearing a white t - shirt with a red heart and the word love"),
        wearing(
            "white t - shirt and denim shorts and denim shorts and denim shorts and denim shorts and denim shorts and"
            " denim",
            failure="loop",
            hit_limit=True,
        ),
        color_of("top", "red", failure="contradiction"),
        pattern("graphic"),
        details(
            "top",
            "the top has a red heart and the word love Question: What is the color of the shorts? Answer: blue",
            failure="leak",
        ),
        is_a("top", "yes"),
        title="Elle Women White Printed Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: peach net saree with a silver embroidered border, peach blouse, glass bangles on both wrists, no bag;
    # white backdrop, front view. VQA adapter throughout.
    case(
        "X872-041",
        caption("a woman in a peach saree with silver embroidery holding a clutch bag", failure="unsupported"),
        wearing("a pink saree"),
        color_of("saree", "peach"),
        details("saree", "silver embroidery on the border and bangles on her wrists"),
        describe("saree", "he is wearing a peach saree with silver border", failure="pronoun"),
        garment_type("saree"),
        title="Mitera Peach Saree",
        category="Sarees",
        color="Peach",
        gender="Women",
    ),
    # photo: turquoise kurta with white chikan embroidery on the front and sleeves, side slits, white pants; white
    # backdrop, front view. The row has no colour. VQA adapter throughout.
    case(
        "X872-042",
        caption("a woman wearing a turquoise kurta and white pants"),
        wearing("blue kurta"),
        color_of("kurta", "turquoise"),
        pattern("embroidered"),
        details("kurta", "white embroidery on the front Question: Is this a kurta? Answer: yes", failure="leak"),
        describe(
            "kurta",
            "the kurta is a turquoise kurta with white embroidery on the front and the sleeves and the hem and the"
            " side slits and the",
            failure="cut",
            hit_limit=True,
        ),
        title="Ada Women Turquoise Kurta",
        category="Kurtas",
        gender="Women",
    ),
    # photo: purple peplum top with short sleeves and a round neck, black trousers; white backdrop, front view.
    # VQA adapter throughout.
    case(
        "X872-043",
        caption("top", failure="non_answer"),
        wearing("purple top and black pants"),
        color_of("top", "purple"),
        describe("top", "a purple top with a peplum at the waist"),
        details("top", "the top", failure="non_answer"),
        sleeve_length("short sleeves"),
        material("leather", failure="unsupported"),
        title="Vero Moda Women Purple Top",
        category="Tops",
        color="Purple",
        gender="Women",
    ),
    # photo: coffee brown saree with a beige floral print, beige blouse with elbow sleeves; white backdrop, front
    # view. VQA adapter throughout.
    case(
        "X872-044",
        caption("a woman wearing a brown floral saree"),
        wearing("a brown saree with flowers and a matching brown blouse", failure="contradiction"),
        color_of("saree", "beige", failure="other_garment_color"),
        pattern("floral"),
        details(
            "saree",
            "the saree is brown with beige flowers and the blouse is beige with beige flowers and the blouse is beige"
            " with",
            failure="loop",
            hit_limit=True,
        ),
        is_a("dress", "no"),
        title="Ishin Women Brown Saree",
        category="Sarees",
        color="Coffee Brown",
        gender="Women",
    ),
    # photo: peach A-line sleeveless kurta with gota patti trim at the hem, no collar or hood, gold leggings; white
    # backdrop, front view. VQA adapter throughout.
    case(
        "X872-045",
        caption("a woman in a peach kurta with gold trim and gold leggings"),
        wearing("he is wearing a peach kurta", failure="pronoun"),
        color_of("kurta", "peach"),
        sleeve_length("sleeveless"),
        details("kurta", "gold trim at the hem"),
        describe("kurta", "the kurta is peach with gold trim and has a hood", failure="unsupported"),
        title="Biba Women Peach Kurta",
        category="Kurtas",
        color="Peach",
        gender="Women",
    ),
    # photo: red and black checked button-down top with two chest pockets and rolled-up long sleeves, black jeans;
    # white backdrop, front view. VQA adapter throughout.
    case(
        "X872-046",
        caption(
            "Question: What is the person wearing? Answer: a red and black plaid shirt and black jeans", failure="leak"
        ),
        wearing("a plaid shirt"),
        color_of("top", "red"),
        pattern("checked"),
        sleeve_length("long sleeves"),
        describe(
            "top",
            "the top is a red and black checked shirt with long sleeves rolled up and two pockets on the chest and a"
            " button",
            failure="cut",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        title="Wrangler Women Red Checked Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
]
