"""BLIND_795 (46 products; old Myntra ethnic wear and tops, base zero-shot): written blind in the fifty-fifth session.
Measured blind at 48d5375 (the session's tenth rules): 114/129 failures found (88.4%) and 14/187 correct texts flagged
(7.5%). The writer's notes, verbatim:

Scenario: the older Myntra catalog feed of the shared photos' kind, with short seller titles ("Biba Women Printed Pink
Kurta"), women's kurtas, kurtis, tunics, sarees, salwars, churidars, leggings, a dupatta and western tops. Product
shots on a white backdrop, nearly all worn by a model with other clothes (churidar or palazzo under a kurta, jeans
under a top, a dupatta over the arms), one dupatta shot flat with no model. Some rows lack a column (color, category
or gender), as real feeds do, and two seller colors disagree with the photo (a "Brown" kurta that is rust, a "Peach"
top that is coral).

Who wrote what: every caption and open answer is the untuned base Salesforce/blip2-opt-2.7b, zero-shot, greedy,
`Question: ... Answer:` prompts, 30 new tokens for answers and 50 for captions. It writes short lowercase phrases,
usually stops on its own, calls anarkalis dresses and sarees saris, swaps colors between kurta and bottoms, reads
the print or the bottoms as the garment's color, says "he" when the face is cropped, and now and then runs on into
a loop or into a new "Question: ... Answer:" turn. Closed answers (garment_type, color, pattern, sleeve_length, the
color_of questions asked closed, the is-a questions) are enrich's `--engine reference`: one candidate picked, so
they never loop, leak or stop short; they are only right or wrong.

Labeling conventions and judgement calls:
- Every text is judged against the photo described in its comment, not against the seller: where the seller's color
  is off (the "Brown" kurta that is rust, the "Peach" top that is coral), "orange" is a correct answer.
- Shades within one color are correct: maroon or burgundy as red, cream or off white as white, peach as pink, mustard
  as yellow, navy as blue, teal and turquoise as blue or green, lavender as purple. Charcoal called black and navy
  called black are wrong colors (contradiction).
- A closed color answer that gives another garment's color, or a print's color, is a contradiction (the kind
  other_garment_color is kept for open answers, as its definition says). An open answer that gives the product the
  bottoms', camisole's or dupatta's color is other_garment_color. An open answer that gives another garment the
  product's color ("pink leggings" under a pink kurta) is a contradiction.
- For a product that is the bottoms or the salwar-dupatta set, answers about the kurta on top are judged as answers
  about the product: a closed "kurta" garment type or the kurta's color is a contradiction.
- Garment words: a short kurti or a tunic called "top", a dupatta called "scarf", a shirt-style top called "shirt", an
  anarkali called "anarkali dress" in free text are correct; a knee-length kurta or tunic worn over churidar or
  leggings answered "dress" by the closed garment type, or "yes" to "Is this a dress?", is a contradiction.
- non_answer: a one-word or yes/no answer to a describe or details question, "not sure", or only the garment's name
  back ("it is a kurti"). restated: the question turned into the answer ("the details of the saree are the saree
  details", "describe the top"). A short answer that names a real detail ("cold shoulder") is correct, and one word
  is a full answer to the material or open color questions.
- unsupported: a detail not visible in the photo (mirror work, sequins, a zipper or tie at the unseen back, side
  pockets under the kurta, a satin lining) or a fabric the photo rules out (silk, velvet or denim for a matte cotton
  print). A fabric that fits what the photo shows (chiffon for a sheer saree, cotton for a matte block print) is
  correct, though the title does not name it.
- An accessory answered as the garment's detail (the necklace) is a contradiction.
- pronoun: "he"/"his" for a Women row; rows without a gender have no pronoun failures.
- A text that both loops and invents things is labeled loop; a text cut at the limit after a run of details is cut.
  hit_limit=True on every loop and cut, never elsewhere.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, material, wearing

W = "Women"

BLIND_795 = [
    # photo: pink straight kurta with a small white floral block print, round neck, 3/4 sleeves, white churidar,
    # white backdrop, front view; base model zero-shot for caption and open answers, reference engine for closed
    case(
        "X795-001",
        caption("a woman in a pink kurta with white flowers and white pants"),
        wearing("a pink kurta and white churidar", who="she"),
        color_of("kurta", "pink"),
        Q.pattern("solid", "contradiction"),
        details("kurta", "the kurta has a round neck and three quarter sleeves"),
        describe(
            "kurta",
            "the kurta is pink with small white flowers printed all over it and it has three quarter sleeves and a"
            " round neck with a white piping on the neck and the",
            "cut",
            hit_limit=True,
        ),
        material("silk", "unsupported"),
        title="Biba Women Printed Pink Kurta",
        category="Kurtas",
        color="Pink",
        gender=W,
    ),
    # photo: bottle green solid A-line kurta, mandarin collar, gold-button placket, full sleeves, beige palazzo,
    # white backdrop; base model zero-shot for caption and open answers, reference engine for closed
    case(
        "X795-002",
        caption("a woman wearing a green kurta and beige pants"),
        wearing("a green kurta with gold buttons"),
        Q.color("green"),
        Q.garment_type("dress", "contradiction"),
        describe("kurta", "it is a long green kurta with a collar and buttons down the front"),
        color_of("kurta", "beige", "other_garment_color", kind="open"),
        details("kurta", "the kurta has gold embroidery on the sleeves and the hem", "unsupported"),
        Q.sleeve_length("long sleeves"),
        title="W Women Green Kurta",
        category="Kurtas",
        color="Green",
        gender=W,
    ),
    # photo: indigo kurta with a white dabu floral print, side slits, 3/4 sleeves, white salwar, white backdrop;
    # base model zero-shot for caption and open answers, reference engine for the is-a question
    case(
        "X795-003",
        caption("a woman in a blue and white kurta"),
        color_of("kurta", "white", "other_garment_color", kind="open"),
        wearing("she is wearing a blue kurta with white pants", who="she"),
        describe("kurta", "he is wearing a blue kurta with white flowers", "pronoun"),
        material("cotton"),
        details("kurta", "the kurta details are the kurta details", "restated"),
        is_a("kurta", "yes"),
        title="Fabindia Women Blue Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender=W,
    ),
    # photo: cream tunic with an orange and red ikat print, V-neck with a tasselled tie, short sleeves, worn over blue
    # jeans, white backdrop; base model zero-shot for caption and open answers, reference engine for closed
    case(
        "X795-004",
        caption("a woman wearing a white top and blue jeans"),
        wearing("a blue top and jeans", "other_garment_color"),
        Q.color("white"),
        Q.pattern("printed"),
        describe("top", "white", "non_answer"),
        details("top", "the top has a v neck with tassels and short sleeves"),
        material("denim", "unsupported"),
        title="Global Desi Women Printed Cream Tunic",
        category="Tunics",
        color="Cream",
        gender=W,
    ),
    # photo: black sleeveless top with a lace yoke, light blue jeans, black heels at the frame's edge, white
    # backdrop, front view; base model zero-shot for caption and open answers, reference engine for closed
    case(
        "X795-005",
        caption("a woman in a black top and jeans"),
        wearing("a black tank top and jeans", who="she"),
        color_of("top", "black"),
        Q.sleeve_length("short sleeves", "contradiction"),
        material("Answer: polyester Question: What is the color of the jeans? Answer: blue", "leak"),
        describe("top", "it is a black top with lace on the top and buttons on the back", "unsupported"),
        details(
            "top",
            "lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace"
            " lace lace lace lace lace lace lace lace lace",
            "loop",
            hit_limit=True,
        ),
        title="Vero Moda Women Black Top",
        category="Tops",
        color="Black",
        gender=W,
    ),
    # photo: mustard straight kurta with white thread embroidery round the neck, 3/4 sleeves, white leggings, white
    # backdrop; base model zero-shot for caption and open answers, reference engine for closed
    case(
        "X795-006",
        caption("a woman in a yellow kurta and white leggings"),
        wearing("a yellow kurta"),
        Q.color("yellow"),
        color_of("leggings", "yellow", "contradiction"),
        describe("kurta", "the kurta is yellow with white embroidery around the neck"),
        details("kurta", "white embroidery Question: What is the color of the leggings? Answer: white", "leak"),
        Q.material("cotton"),
        title="Span Women Yellow Kurta",
        category="Kurtas",
        color="Yellow",
        gender=W,
    ),
    # photo: rust kurta (the seller says Brown) with small black block-printed motifs and a black border at the hem,
    # cream churidar, white backdrop; base model zero-shot for caption and open answers, reference engine for closed
    case(
        "X795-007",
        caption("a woman wearing an orange kurta and white pants"),
        Q.color("orange"),
        Q.garment_type("kurta"),
        wearing("he is wearing an orange kurta and white pants", "pronoun", who="she"),
        details("kurta", "it has a black print and a black border at the bottom"),
        describe(
            "kurta",
            "the kurta is orange with black print and it is made of khadi cotton with hand embroidery",
            "unsupported",
        ),
        title="Mother Earth Women Brown Kurta",
        category="Kurtas",
        color="Brown",
        gender=W,
    ),
    # photo: royal blue sheer chiffon saree with a gold border, matching blue blouse, pallu over the left shoulder,
    # gold bangles, white backdrop; base model zero-shot for caption and open answers, reference engine for closed
    case(
        "X795-008",
        caption("a woman in a blue saree with a gold border"),
        wearing("he is wearing a blue saree with gold border", "pronoun", who="she"),
        is_a("saree", "yes"),
        Q.material("chiffon"),
        describe("saree", "blue", "non_answer"),
        details(
            "saree",
            "the saree has a gold border and a gold border and a gold border and a gold border and a gold border and"
            " a gold border",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        title="Diva Women Blue Saree",
        category="Sarees",
        color="Blue",
        gender=W,
    ),
    # photo: black kurta with a red and white geometric print, mandarin collar, full sleeves, red churidar, white
    # backdrop; base model zero-shot for caption and open answers, reference engine for closed
    case(
        "X795-009",
        caption("a woman in a black and red kurta"),
        wearing("a red kurta and red pants", "other_garment_color", who="she"),
        color_of("kurta", "black"),
        Q.pattern("printed"),
        details("kurta", "Question: What are the kurta details? Answer: the kurta has a mandarin collar", "leak"),
        Q.sleeve_length("full sleeves"),
        material("it is made of crepe with a satin lining", "unsupported"),
        title="Folklore Women Black Kurta",
        category="Kurtas",
        color="Black",
        gender=W,
    ),
    # photo: red peplum top, short sleeves, round neck, black trousers, white backdrop, front view; base model
    # zero-shot for caption and open answers, reference engine for closed
    case(
        "X795-010",
        caption("a woman in a red top and black pants"),
        wearing("red peplum top and black trousers"),
        Q.garment_type("top"),
        Q.color("red"),
        describe("top", "the top is black with a red peplum", "other_garment_color"),
        details("top", "red", "non_answer"),
        material("it is made of cotton and has a zipper on the back", "unsupported"),
        title="Jealous 21 Women Red Top",
        category="Tops",
        color="Red",
        gender=W,
    ),
    # photo: teal straight kurta with gold foil print on the yoke and cuffs, 3/4 sleeves, white leggings, white
    # backdrop; base model zero-shot for caption and open answers, reference engine for closed
    case(
        "X795-011",
        caption("a woman wearing a green kurta with gold print"),
        Q.color("blue"),
        wearing("she is wearing a teal kurta and white leggings", who="she"),
        details("kurta", "gold", "non_answer"),
        describe(
            "kurta",
            "the kurta is teal with gold print on the yoke and the sleeves are three quarter length and the kurta is"
            " paired with white leggings and a",
            "cut",
            hit_limit=True,
        ),
        is_a("dress", "yes", "contradiction"),
        title="Aurelia Women Teal Kurta",
        category="Kurtas",
        color="Teal",
        gender=W,
    ),
    # photo: white top with navy polka dots, short sleeves, round neck, straight hem, dark blue jeans, white backdrop;
    # base model zero-shot for caption and open answers, reference engine for closed
    case(
        "X795-012",
        caption("a woman wearing a polka dot top and jeans"),
        Q.color("blue", "contradiction"),
        Q.pattern("polka dots"),
        wearing("a white shirt with blue dots", who="she"),
        describe("top", "it is a white top with blue polka dots and a ruffled hem", "unsupported"),
        details("top", "the top has short sleeves and a round neck"),
        material("the top is made of chiffon and lined with satin", "unsupported"),
        title="Avirate Women Printed White Top",
        category="Tops",
        color="White",
        gender=W,
    ),
    # photo: magenta georgette anarkali with a gold print at the hem, 3/4 sleeves, magenta churidar, gold dupatta over
    # one shoulder, white backdrop; base model zero-shot for caption and open answers, reference engine for closed
    case(
        "X795-013",
        caption("a woman in a pink anarkali dress with a gold dupatta"),
        wearing("a pink anarkali suit with a golden dupatta"),
        color_of("kurta", "gold", "other_garment_color", kind="open"),
        Q.color("pink"),
        details("kurta", "the kurta has a gold print at the bottom and mirror work on the neckline", "unsupported"),
        Q.sleeve_length("three quarter sleeves"),
        material("georgette"),
        is_a("saree", "yes", "contradiction"),
        title="Rangriti Women Magenta Anarkali Kurta",
        category="Kurtas",
        color="Magenta",
        gender=W,
    ),
    # photo: the product is the white churidar and the dupatta printed with pink, green and yellow flowers (thin gold
    # border, small tassels); the model wears them with a plain pink kurta, white backdrop; base model zero-shot for
    # caption and open answers, reference engine for closed
    case(
        "X795-014",
        caption("a woman wearing a pink kurta and white pants with a colorful scarf"),
        wearing("a pink kurta, white leggings and a dupatta"),
        Q.garment_type("kurta", "contradiction"),
        Q.color("pink", "contradiction"),
        describe("dupatta", "the dupatta is multicolored with pink green and yellow print"),
        details(
            "dupatta",
            "the dupatta has a print of pink, green and yellow flowers with a thin gold border on all four sides and"
            " small tassels at the corners and the",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "white"),
        title="Biba Women Salwar and Dupatta",
        category="Salwar and Dupatta",
        color="White",
        gender=W,
    ),
    # photo: the product is the off white cotton churidar, gathered at the ankles, worn under a knee-length maroon
    # kurta, white backdrop; base model zero-shot for caption and open answers, reference engine for closed
    case(
        "X795-015",
        caption("a woman in a maroon kurta and white leggings"),
        wearing("a red kurta and white churidar", who="she"),
        Q.color("maroon", "contradiction"),
        color_of("churidar", "white"),
        describe("churidar", "the churidar is maroon with gathers at the ankle", "other_garment_color"),
        details("churidar", "the churidar has gathers at the ankle"),
        material("cotton"),
        title="Fabindia Women Cotton Off White Churidar",
        category="Churidar",
        color="Off White",
        gender=W,
    ),
    # photo: green silk-look saree with a sheen, pink zari border, pink short-sleeved blouse, plain pallu over the
    # shoulder, white backdrop; base model zero-shot for caption and open answers, reference engine for closed
    case(
        "X795-016",
        caption("a woman in a green and pink saree"),
        wearing("a green sari with a pink border"),
        Q.color("green"),
        color_of("saree", "pink", "other_garment_color", kind="open"),
        is_a("saree", "yes"),
        details("saree", "the saree has a zari border with peacock motifs on the pallu", "unsupported"),
        Q.material("silk"),
        title="Kiara Women Green Saree",
        category="Sarees",
        color="Green",
        gender=W,
    ),
    # photo: white blouse with a navy floral print, cap sleeves, black skinny jeans, white backdrop; the feed row has
    # no color; base model zero-shot for caption and open answers, reference engine for closed
    case(
        "X795-017",
        caption("a woman wearing a floral top and black jeans"),
        wearing("a white floral blouse and black jeans", who="she"),
        Q.color("black", "contradiction"),
        Q.pattern("floral"),
        describe("top", "the top is black with flowers", "other_garment_color"),
        details("top", "top", "non_answer"),
        title="Tokyo Talkies Women Printed Top",
        category="Tops",
        gender=W,
    ),
    # photo: navy blue wrap top, V-neck, long sleeves, tie at the waist, white trousers, white backdrop; base model
    # zero-shot for caption and open answers, reference engine for closed
    case(
        "X795-018",
        caption("a woman in a black top and white pants", "contradiction"),
        wearing("a navy blue top and white pants"),
        color_of("top", "blue"),
        Q.sleeve_length("long sleeves"),
        describe("top", "a wrap top with a v neck and long sleeves tied at the waist"),
        details(
            "top",
            "the top has a v neck and long sleeves and a tie at the waist and a v neck and long sleeves and a tie at"
            " the waist and",
            "loop",
            hit_limit=True,
        ),
        material("not sure", "non_answer"),
        title="Mango Women Navy Blue Top",
        category="Tops",
        color="Navy Blue",
        gender=W,
    ),
    # photo: grey melange T-shirt-style top with "LOVE" printed in pink letters, short sleeves, round neck, blue
    # jeans, white backdrop; base model zero-shot for caption and open answers, reference engine for closed
    case(
        "X795-019",
        caption("a woman wearing a grey t-shirt with the word love on it"),
        wearing("a grey t shirt and blue jeans", who="she"),
        Q.color("grey"),
        color_of("top", "pink", "contradiction", kind="open"),
        Q.garment_type("t-shirt"),
        details("top", "Answer: the top has a print of the word love in pink letters", "leak"),
        describe("top", "describe the top", "restated"),
        title="Only Women Grey Melange Top",
        category="Tops",
        color="Grey Melange",
        gender=W,
    ),
    # photo: short peach kurti with lace trim at the hem and sleeve ends, 3/4 sleeves, white leggings, white
    # backdrop; base model zero-shot for caption and open answers, reference engine for closed
    case(
        "X795-020",
        caption("a woman in a peach top and white leggings"),
        Q.garment_type("top"),
        Q.color("pink"),
        wearing("he is wearing a peach kurti with white leggings", "pronoun", who="she"),
        details("kurti", "the kurti has lace on the sleeves and the bottom"),
        describe("kurti", "it is a kurti", "non_answer"),
        material("Answer: cotton", "leak"),
        title="Shree Women Peach Kurti",
        category="Kurtis",
        color="Peach",
        gender=W,
    ),
    # photo: lavender kurta with white chikankari-style embroidery on the front and sleeves, keyhole neck with one
    # button, 3/4 sleeves, white palazzo, white backdrop; base model zero-shot for caption and open answers,
    # reference engine for closed
    case(
        "X795-021",
        caption("a woman in a purple kurta with white embroidery and white pants"),
        wearing("a lavender kurta and white palazzo pants"),
        color_of("kurta", "white", "other_garment_color", kind="open"),
        Q.pattern("embroidered"),
        describe("kurta", "the kurta is described as a kurta", "restated"),
        details(
            "kurta",
            "the kurta has white chikankari embroidery on the front and the sleeves and a keyhole neck with a button"
            " and the embroidery is",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="W Women Lavender Kurta",
        category="Kurtas",
        color="Lavender",
        gender=W,
    ),
    # photo: patchwork tunic in red, blue, yellow and green blocks, round neck, 3/4 sleeves, black leggings, white
    # backdrop; base model zero-shot for caption and open answers, reference engine for closed
    case(
        "X795-022",
        caption("a woman wearing a colorful tunic and black leggings"),
        wearing("a multicolored top and black leggings", who="she"),
        Q.color("black", "contradiction"),
        Q.pattern("color block"),
        describe(
            "tunic",
            "the tunic is red blue yellow and green with a black border at the bottom and black sleeves",
            "unsupported",
        ),
        details(
            "tunic",
            "the tunic has a round neck and three quarter sleeves with a tie at the back and a zipper at the back and"
            " a zipper at the back and a",
            "loop",
            hit_limit=True,
        ),
        title="Global Desi Women Multi Tunic",
        category="Tunics",
        color="Multi",
        gender=W,
    ),
    # photo: maroon kurta set, kurta and palazzo with an all-over gold print, maroon dupatta with a gold border, matte
    # rayon-like fabric, white backdrop; base model zero-shot for caption and open answers, reference engine for
    # closed
    case(
        "X795-023",
        caption("a woman in a maroon kurta with gold print, maroon pants and a dupatta"),
        wearing("a red salwar suit with a dupatta"),
        Q.garment_type("kurta"),
        Q.color("red"),
        details(
            "kurta",
            "the kurta has a gold print all over and the palazzo has a gold print and the dupatta has a gold border"
            " and the kurta has a gold print and",
            "loop",
            hit_limit=True,
        ),
        material("velvet", "unsupported"),
        is_a("saree", "no"),
        title="Libas Women Maroon Printed Kurta Set",
        category="Kurta Sets",
        color="Maroon",
        gender=W,
    ),
    # photo: baby pink sheer blouse with a bow at the neck and sheer long sleeves over a white camisole, dark blue
    # jeans, white backdrop; base model zero-shot for caption and open answers, reference engine for closed
    case(
        "X795-024",
        caption("a woman wearing a pink blouse with a bow and jeans"),
        wearing("a white top and jeans", "other_garment_color", who="she"),
        Q.color("pink"),
        Q.sleeve_length("sleeveless", "contradiction"),
        describe("blouse", "pink", "non_answer"),
        details("blouse", "the blouse has a bow at the neck and sheer long sleeves"),
        title="Femella Women Pink Top",
        category="Tops",
        color="Pink",
        gender=W,
    ),
    # photo: orange chiffon dupatta hung flat on a white backdrop, gold gota border, small tassels at the ends, no
    # model; base model zero-shot for caption and open answers, reference engine for closed
    case(
        "X795-025",
        caption("an orange scarf with gold trim on a white background"),
        Q.garment_type("scarf"),
        Q.color("orange"),
        wearing("an orange dress", "contradiction"),
        describe("dupatta", "the dupatta is orange with gold border and tassels at the ends"),
        details("dupatta", "the dupatta has gold border and embroidered flowers all over", "unsupported"),
        material("chiffon"),
        title="Biba Women Orange Dupatta",
        category="Dupatta",
        color="Orange",
        gender=W,
    ),
    # photo: the product is the mustard leggings, worn under a white knee-length kurta that hides the waistband,
    # white backdrop; base model zero-shot for caption and open answers, reference engine for closed
    case(
        "X795-026",
        caption("a woman wearing a white kurta and yellow leggings"),
        Q.color("white", "contradiction"),
        color_of("leggings", "yellow"),
        Q.garment_type("leggings"),
        describe("leggings", "the leggings are white and tight fitting", "other_garment_color"),
        wearing("white kurta with mustard leggings", who="she"),
        material("the leggings are made of cotton lycra with a elastic waistband and side pockets", "unsupported"),
        title="Go Colors Women Mustard Leggings",
        category="Leggings",
        color="Mustard",
        gender=W,
    ),
    # photo: the product is the red patiala salwar with deep pleats, worn with a short black kurta, white backdrop;
    # base model zero-shot for caption and open answers, reference engine for closed
    case(
        "X795-027",
        caption("a woman in a black top and red pants"),
        wearing("a black kurta and red patiala salwar"),
        Q.garment_type("kurta", "contradiction"),
        color_of("salwar", "red"),
        describe("salwar", "the salwar is black and loose", "other_garment_color"),
        details("salwar", "the salwar details", "restated"),
        material("the salwar is made of cotton with a drawstring waist and side pockets", "unsupported"),
        title="Soch Women Red Patiala",
        category="Patiala",
        color="Red",
        gender=W,
    ),
    # photo: olive shirt-style top with a collar, button front, two chest pockets, roll-up sleeves with button tabs,
    # black jeans, white backdrop; base model zero-shot for caption and open answers, reference engine for closed
    case(
        "X795-028",
        caption("a woman in a green shirt and black jeans"),
        Q.garment_type("shirt"),
        Q.color("green"),
        wearing("he is wearing a green shirt and black pants", "pronoun", who="she"),
        describe("top", "the top is olive green with a collar and pockets on the chest and roll up sleeves"),
        details(
            "top",
            "the top has a collar, buttons, roll up sleeves, pockets, epaulettes, a belt, a zipper, a hood, a collar,"
            " buttons, roll up sleeves",
            "loop",
            hit_limit=True,
        ),
        material("cotton"),
        title="Miss Chase Women Olive Top",
        category="Tops",
        color="Olive",
        gender=W,
    ),
    # photo: white top with black horizontal stripes, boat neck, 3/4 sleeves, blue denim shorts, white backdrop;
    # base model zero-shot for caption and open answers, reference engine for closed
    case(
        "X795-029",
        caption("a woman in a black and white striped shirt and denim shorts"),
        Q.color("white"),
        Q.pattern("striped"),
        wearing("a striped shirt and blue shorts", who="she"),
        describe("top", "the top is blue and white striped", "other_garment_color"),
        Q.sleeve_length("three quarter sleeves"),
        details("top", "yes", "non_answer"),
        title="People Women Striped White Top",
        category="Tops",
        color="White",
        gender=W,
    ),
    # photo: yellow sleeveless kurta with a blue bandhani dot print, V-neck, blue palazzo, white backdrop, front view;
    # base model zero-shot for caption and open answers, reference engine for closed
    case(
        "X795-030",
        caption("a woman wearing a yellow and blue kurta and blue pants"),
        wearing("a blue kurta and blue palazzo pants", "other_garment_color"),
        Q.color("yellow"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("solid", "contradiction"),
        details("kurta", "the kurta has a v neck and a tie up dori with tassels at the back", "unsupported"),
        describe("kurta", "she is wearing a yellow kurta with blue bandhani print"),
        title="Anouk Women Yellow Kurta",
        category="Kurtas",
        color="Yellow",
        gender=W,
    ),
    # photo: sky blue kurta with a white floral print, side slit, 3/4 sleeves, white churidar, three-quarter side view,
    # white backdrop; base model zero-shot for caption and open answers, reference engine for closed
    case(
        "X795-031",
        caption("a woman in a light blue kurta and white pants standing sideways"),
        wearing("a blue kurta with white flowers", who="she"),
        color_of("kurta", "blue"),
        Q.pattern("floral"),
        describe("kurta", "his kurta is blue with white flowers and he is wearing white pants", "pronoun"),
        details("kurta", "the kurta has a side slit and three quarter sleeves"),
        material("cotton and it has a lining of silk inside", "unsupported"),
        title="Rain and Rainbow Women Printed Blue Kurta",
        category="Kurtas",
        color="Blue",
        gender=W,
    ),
    # photo: off white kurta with red thread embroidery on the yoke, red churidar, red dupatta over the arms, white
    # backdrop; base model zero-shot for caption and open answers, reference engine for closed
    case(
        "X795-032",
        caption("a woman wearing a white kurta with a red dupatta"),
        wearing("a red kurta and red dupatta", "other_garment_color", who="she"),
        Q.color("white"),
        color_of("dupatta", "red"),
        describe(
            "kurta", "the kurta is white with red embroidery on the neck and sequins all over the body", "unsupported"
        ),
        details("kurta", "red embroidery Question: What are the dupatta details? Answer: red border", "leak"),
        is_a("kurta", "yes"),
        title="Aurelia Women Off White Kurta",
        category="Kurtas",
        color="Off White",
        gender=W,
    ),
    # photo: black georgette saree with an abstract white and yellow print, black sleeveless blouse, pallu over the
    # shoulder, white backdrop; base model zero-shot for caption and open answers, reference engine for closed
    case(
        "X795-033",
        caption("a woman in a black and white saree"),
        wearing("a black sari with white and yellow print"),
        Q.color("black"),
        Q.pattern("printed"),
        describe("saree", "the saree is white with black print", "contradiction"),
        details("saree", "the details of the saree are the saree details", "restated"),
        material("georgette"),
        title="Satya Paul Women Printed Black Saree",
        category="Sarees",
        color="Black",
        gender=W,
    ),
    # photo: purple cotton peasant top with multicolour embroidery on the yoke, 3/4 sleeves, white jeans, white
    # backdrop; base model zero-shot for caption and open answers, reference engine for closed
    case(
        "X795-034",
        caption("a woman wearing a purple top and white jeans"),
        wearing("she is wearing a purple top with embroidery and white jeans", who="she"),
        Q.color("white", "contradiction"),
        Q.garment_type("top"),
        describe(
            "top",
            "a purple top with embroidery on the neckline and bell sleeves and a tassel tie at the neck and beaded"
            " fringe at the hem and a",
            "cut",
            hit_limit=True,
        ),
        details("top", "the top has embroidery on the yoke and 3/4 sleeves"),
        material("it is made of silk with gold thread embroidery", "unsupported"),
        title="Besiva Women Purple Top",
        category="Tops",
        color="Purple",
        gender=W,
    ),
    # photo: burgundy cold-shoulder top, long sleeves with cut-outs at the shoulders, black trousers, white backdrop;
    # base model zero-shot for caption and open answers, reference engine for closed
    case(
        "X795-035",
        caption("a woman in a red top and black pants"),
        Q.color("red"),
        Q.sleeve_length("sleeveless", "contradiction"),
        wearing("he is wearing a maroon top and black pants", "pronoun", who="she"),
        describe("top", "the top is burgundy with cut outs on the shoulders and long sleeves"),
        details("top", "cold shoulder"),
        material("what material is the top made of", "restated"),
        title="AND Women Burgundy Top",
        category="Tops",
        color="Burgundy",
        gender=W,
    ),
    # photo: cream lace top with scalloped hem and sleeve edges, tan trousers, gold pendant necklace, white backdrop;
    # base model zero-shot for caption and open answers, reference engine for closed
    case(
        "X795-036",
        caption("a woman in a white lace top and brown pants with a gold necklace"),
        wearing("a brown top and brown pants", "other_garment_color"),
        Q.color("white"),
        Q.pattern("lace"),
        describe("top", "the top is made of lace with scalloped edges at the hem and sleeves"),
        material("lace"),
        details("top", "the top has a gold necklace", "contradiction"),
        title="Forever New Women Cream Top",
        category="Tops",
        color="Cream",
        gender=W,
    ),
    # photo: sea green kurta with white vertical stripes, mandarin collar with wooden buttons, white salwar, white
    # backdrop; the feed row has no category; base model zero-shot for caption and open answers, reference engine
    # for closed
    case(
        "X795-037",
        caption("a woman in a green and white striped kurta"),
        wearing("a green striped kurta and white salwar", who="she"),
        Q.pattern("striped"),
        Q.color("white", "contradiction"),
        describe("kurta", "the kurta is a green kurta with white stripes and a mandarin collar"),
        details(
            "kurta",
            "the kurta has a mandarin collar with buttons, and the buttons are wooden buttons with a wooden texture"
            " and the wood is",
            "cut",
            hit_limit=True,
        ),
        title="Fabindia Women Striped Green Kurta",
        color="Sea Green",
        gender=W,
    ),
    # photo: charcoal grey flared anarkali with a silver print on the yoke and hem, full sleeves, grey churidar, matte
    # georgette, white backdrop; base model zero-shot for caption and open answers, reference engine for closed
    case(
        "X795-038",
        caption("a woman in a grey anarkali with silver print"),
        Q.color("black", "contradiction"),
        wearing("a grey anarkali suit"),
        Q.sleeve_length("full sleeves"),
        describe("anarkali", "it is a long flared anarkali with silver print on the yoke and the hem"),
        details(
            "anarkali",
            "the anarkali has silver print and a silver print and a silver print and a silver print and a silver"
            " print and a silver print",
            "loop",
            hit_limit=True,
        ),
        material("velvet", "unsupported"),
        title="Biba Women Charcoal Anarkali Kurta",
        category="Kurtas",
        color="Charcoal",
        gender=W,
    ),
    # photo: turquoise kurta with a white geometric print, round neck, 3/4 sleeves, white pants, white backdrop;
    # base model zero-shot for caption and open answers, reference engine for closed
    case(
        "X795-039",
        caption("a woman wearing a blue kurta and white pants"),
        color_of("kurta", "turquoise", kind="open"),
        wearing("a white kurta and white pants", "other_garment_color", who="she"),
        Q.pattern("printed"),
        Q.sleeve_length("sleeveless", "contradiction"),
        describe("kurta", "it is a blue kurta with white print and a pocket on the side", "unsupported"),
        details("kurta", "no", "non_answer"),
        Q.material("cotton"),
        title="W Women Turquoise Blue Kurta",
        category="Kurtas",
        color="Turquoise Blue",
        gender=W,
    ),
    # photo: black racerback sports tank with a white Puma logo, grey leggings, white sneakers, white backdrop, front
    # view; base model zero-shot for caption and open answers, reference engine for closed
    case(
        "X795-040",
        caption("a woman in a black tank top and grey leggings"),
        wearing("a grey tank top and grey leggings", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        Q.color("grey", "contradiction"),
        describe("tank top", "the tank top is black with a white puma logo on the chest"),
        material("polyester"),
        details("tank top", "it has mesh panels on the sides and reflective strips on the back", "unsupported"),
        title="Puma Women Black Top",
        category="Tops",
        color="Black",
        gender=W,
    ),
    # photo: mustard top with ruffled short sleeves, round neck, blue jeans, the model holds a brown handbag, white
    # backdrop; base model zero-shot for caption and open answers, reference engine for closed
    case(
        "X795-041",
        caption("a woman wearing a yellow top and jeans holding a brown bag"),
        wearing("a yellow top, blue jeans and a brown purse", who="she"),
        Q.color("yellow"),
        color_of("top", "brown", "contradiction", kind="open"),
        describe("top", "the top is mustard with ruffles on the sleeves"),
        material("yes", "non_answer"),
        details(
            "top",
            "Question: What are the top details? Answer: ruffle sleeves Question: What are the jeans details? Answer:",
            "leak",
        ),
        title="Mast & Harbour Women Mustard Top",
        category="Tops",
        color="Mustard",
        gender=W,
    ),
    # photo: green tunic with a small black print, black waist belt (sold with it), black leggings, white backdrop;
    # base model zero-shot for caption and open answers, reference engine for closed
    case(
        "X795-042",
        caption("a woman in a green top with a black belt and black leggings"),
        Q.garment_type("dress", "contradiction"),
        Q.color("green"),
        wearing("a green tunic with a belt and black leggings"),
        describe("tunic", "black", "other_garment_color"),
        details("tunic", "the tunic has a black belt at the waist and black print"),
        material("Question: What material is the garment made of? Answer: cotton", "leak"),
        title="Avirate Women Printed Green Tunic",
        category="Tunics",
        color="Green",
        gender=W,
    ),
    # photo: red kurta with a gold block print, round neck, 3/4 sleeves, gold palazzo, matte flowing fabric, white
    # backdrop; base model zero-shot for caption and open answers, reference engine for closed
    case(
        "X795-043",
        caption("a woman wearing a red kurta with gold print and gold pants"),
        wearing("a gold kurta and gold pants", "other_garment_color", who="she"),
        Q.color("red"),
        is_a("kurta", "no", "contradiction"),
        describe("kurta", "he is wearing a red kurta with golden print", "pronoun"),
        material("rayon"),
        title="Jaipur Kurti Women Red Kurta",
        category="Kurtas",
        color="Red",
        gender=W,
    ),
    # photo: beige kurta with brown embroidery round the neck only, plain sleeves, brown leggings, white backdrop;
    # base model zero-shot for caption and open answers, reference engine for closed
    case(
        "X795-044",
        caption("a woman in a beige kurta and brown leggings"),
        Q.color("brown", "contradiction"),
        wearing("a beige kurta and brown pants"),
        color_of("leggings", "brown"),
        material("it is made of silk with zari work", "unsupported"),
        describe("kurta", "the kurta is brown with beige embroidery", "other_garment_color"),
        details("kurta", "the kurta has brown embroidery around the neck and on the sleeves", "unsupported"),
        title="Span Women Beige Kurta",
        category="Kurtas",
        color="Beige",
        gender=W,
    ),
    # photo: coral top (the seller says Peach) with flutter sleeves and a round neck, white jeans, white backdrop,
    # front view; base model zero-shot for caption and open answers, reference engine for closed
    case(
        "X795-045",
        caption("a woman in an orange top and white jeans"),
        Q.color("orange"),
        wearing("she is wearing a white top and white jeans", "other_garment_color", who="she"),
        describe("top", "the top is orange with flutter sleeves and a round neck"),
        details("top", "the top has flutter sleeves and a keyhole button at the back neck", "unsupported"),
        Q.sleeve_length("short sleeves"),
        title="Harpa Women Peach Top",
        category="Tops",
        color="Peach",
        gender=W,
    ),
    # photo: white short kurti with blue embroidery on the yoke, 3/4 sleeves, blue jeans, white backdrop; the feed row
    # has no gender; base model zero-shot for caption and open answers, reference engine for closed
    case(
        "X795-046",
        caption("a woman wearing a white kurti with blue embroidery and jeans"),
        wearing("a white top and blue jeans", who="she"),
        Q.color("blue", "contradiction"),
        describe("kurti", "the kurti is blue with white embroidery", "other_garment_color"),
        details("kurti", "details of the kurti", "restated"),
        material("cotton"),
        title="Global Desi Women White Kurti",
        category="Kurtis",
        color="White",
    ),
]
