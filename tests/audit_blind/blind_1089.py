"""BLIND_1089 (46 products; old Myntra ethnic wear & tops, base zero-shot): written blind in the fifty-ninth session.
Measured blind at caeb924 (the session's final rules): 126/137 failures found (92.0%) and 17/200 correct texts flagged
(8.5%). The writer's notes, verbatim:

Scenario: an older Myntra feed of the shared photos' kind, with short product names ("Biba Women Pink Kurta"), women's
ethnic wear (kurtas, kurtis, tunics, sarees, a lehenga choli, a salwar and dupatta set, a churidar, leggings, a
dupatta) and western tops. Catalog shots on a white backdrop, worn by a model who also wears other garments
(churidar or palazzo under a kurta, jeans under a top, a plain kurta under a dupatta or salwar product). Columns
title, category (Myntra's article type), color (the seller's base colour) and gender; a saree and a top lack gender,
one saree lacks color, as real feeds do.

Who wrote what: every text comes from the untuned Salesforce/blip2-opt-2.7b, zero-shot, 8-bit, greedy. Captions and
open answers (wearing, describe, details, material) are free generation: short, lowercase, no
period, "sari" as often as "saree", "t - shirt" tokenization. Closed answers (garment type, color, pattern, sleeve
length, "Is this a ...?") come from --engine reference, which picks one candidate value, so they never loop or stop
short. The base model mostly stops on its own newline; when it does not, it either rambles encyclopedically about
the garment until the 30-token limit (cut), repeats a phrase (loop), or carries on the prompt format with a new
"Question: ... Answer:" of its own (leak). Its usual errors are colors: the leggings', jeans' or blouse's color given
to the product, one color for two garments, and invented details (pockets, zips at the back, mirror work, fabrics).

Labeling conventions and judgement calls:
- Color shades within the seller's group count as right: rust called orange, maroon called red, peach or magenta
  called pink, lavender called purple, cream or off white called white, olive called green. Teal called green or
  blue is right (it is both to the eye).
- A color answer that gives the product the color of another worn garment (leggings, jeans, blouse, the kurta under
  a dupatta) is other_garment_color; an answer that gives another garment the product's color (one color for both)
  is contradiction. I avoided color answers that only name a print's color, which could be argued either way.
- Garment names: kurti, tunic, top and shirt for a kurta/kurti/tunic/top are synonyms (right); salwar kameez or
  salwar suit for a kurta worn with salwar and dupatta is right; scarf for a dupatta is right; leggings for a
  churidar is right; "dress" for a kurta or a lehenga, "kurta" for a salwar and dupatta set, "jeans" for a denim
  tunic, "yes" to "Is this a lehenga?" on a saree are contradictions (of the seller's category).
- Material: right when the photo shows it (silk sheen, sheer chiffon, denim, matte handloom cotton); a fabric the
  photo contradicts (silk, leather, velvet, satin on matte cotton) is unsupported. Invented details (pockets, zips
  on an unseen back, tassels, a belt, mirror work) are unsupported.
- A one-word answer that carries what was asked ("red" to describe a red top, "lace", "beige") is a thin but correct
  answer. "yes", "nothing", the garment's name alone or "they are leggings" to an open question is non_answer; an
  answer made of the question's own words ("the kurta details", "the top is a top") is restated.
- A text that both rambles and stops mid-phrase at the limit is cut, even if part of it is generic; a text that
  repeats a phrase until the limit is loop; both have hit_limit. One cut ended mid-phrase on the model's newline
  before the limit (hit_limit False).
- A leak is any answer that carries "Question:" or "Answer:" of the prompt format, whatever follows.
- pronoun: "he"/"his" or "a man" for the women's products (the model is a woman in every photo).
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1089 = [
    # photo: solid pink straight cotton kurta, gold zari embroidery round the round neck only, three-quarter sleeves,
    # white churidar, no dupatta; white backdrop, full-length front view. Base model zero-shot wrote all texts.
    case(
        "X1089-001",
        caption("a woman in a pink kurta and white leggings"),
        wearing("a pink kurta with white leggings", who="she"),
        color_of("kurta", "pink"),
        describe("kurta", "it is a pink kurta with gold embroidery around the neck"),
        details("kurta", "embroidery on the neck and sleeves", "unsupported"),
        Q.sleeve_length("three-quarter"),
        Q.material("silk", "unsupported"),
        is_a("dress", "yes", "contradiction"),
        title="Biba Women Pink Kurta",
        category="Kurtas",
        color="Pink",
        gender="Women",
    ),
    # photo: indigo blue handloom cotton kurta with small white block-printed floral motifs, mandarin collar, button
    # placket, long sleeves; white pyjama pants; white backdrop, front view. Base model zero-shot wrote all texts.
    case(
        "X1089-002",
        caption("a woman wearing a blue and white kurta and white pants"),
        wearing("a blue kurta", who="she"),
        color_of("kurta", "white", "other_garment_color"),
        color_of("pants", "white"),
        describe("kurta", "a blue kurta with a white floral print and a mandarin collar"),
        details(
            "kurta",
            "the kurta has a mandarin collar, a button placket, and a button placket, and a button placket, and a",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("printed"),
        Q.material("cotton"),
        title="Fabindia Women Blue Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: olive green sleeveless A-line kurta, plain, beige palazzo pants; white backdrop, front view.
    # Base model zero-shot wrote all texts.
    case(
        "X1089-003",
        caption("a woman in a green dress and beige pants", "contradiction"),
        wearing("she is wearing a green kurta and beige palazzo pants", who="she"),
        color_of("kurta", "green"),
        color_of("palazzo pants", "green", "contradiction"),
        Q.sleeve_length("sleeveless"),
        describe("kurta", "kurta", "non_answer"),
        details("kurta", "the kurta details", "restated"),
        Q.material(
            "the kurta is made of a soft and breathable fabric that is perfect for the summer season. it is",
            "cut",
            hit_limit=True,
        ),
        title="W Women Olive Kurta",
        category="Kurtas",
        color="Olive",
        gender="Women",
    ),
    # photo: ikat-print tunic in blue, orange and cream, round neck, three-quarter sleeves, no belt; black leggings,
    # brown flat sandals; white backdrop. Base model zero-shot wrote all texts.
    case(
        "X1089-004",
        caption("a woman in a colorful tunic and black leggings"),
        wearing("a multicolored tunic and black leggings", who="she"),
        color_of("tunic", "black", "other_garment_color"),
        describe("tunic", "a blue and orange printed tunic with a round neck"),
        details("tunic", "it has a belt at the waist", "unsupported"),
        Q.pattern("printed"),
        Q.garment_type("tunic"),
        Q.material("", "non_answer"),
        title="Global Desi Women Tunic",
        category="Tunics",
        color="Multi",
        gender="Women",
    ),
    # photo: red sheer georgette saree, gold border and small gold motifs, pallu over the left shoulder, black
    # short-sleeved blouse; white backdrop, front view. Base model zero-shot wrote all texts.
    case(
        "X1089-005",
        caption("a woman in a red sari with a black blouse"),
        wearing("a red sari", who="she"),
        color_of("saree", "black", "other_garment_color"),
        describe("saree", "red Question: What is the color of the blouse? Answer: black", "leak"),
        details("saree", "the saree has a gold border and gold motifs all over it"),
        is_a("saree", "yes"),
        Q.material("cotton", "unsupported"),
        title="Satya Paul Women Red Saree",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: white lace top with cap sleeves and a scalloped hem, blue skinny jeans; white backdrop, front view cropped
    # at the knees. Base model zero-shot wrote all texts.
    case(
        "X1089-006",
        caption("a woman wearing a white lace top and blue jeans"),
        wearing("a white top and jeans", who="she"),
        color_of("top", "blue", "other_garment_color"),
        color_of("jeans", "blue"),
        describe("top", "white lace"),
        details(
            "top",
            "the top is a white lace top with a scalloped hem and a button at the back of the neck and a keyhole",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("short"),
        title="Span Women White Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: navy sleeveless top with small white polka dots, beige chinos; white backdrop, front view.
    # Base model zero-shot wrote all texts.
    case(
        "X1089-007",
        caption("a woman in a blue polka dot top and beige pants"),
        wearing("he is wearing a blue polka dot shirt"),
        color_of("top", "beige", "other_garment_color"),
        Q.pattern("polka dot"),
        describe("top", "a navy blue sleeveless top with white polka dots"),
        details("top", "the details of the top", "restated"),
        title="Mineral Women Printed Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: mustard yellow cotton kurti with a small rust block print, round neck, three-quarter sleeves, no tassels;
    # blue jeans; white backdrop, front view. Base model zero-shot wrote all texts.
    case(
        "X1089-008",
        caption("a woman in a yellow kurti and jeans"),
        wearing("a yellow top and blue jeans", who="she"),
        color_of("kurti", "yellow"),
        describe("kurti", "a yellow kurti with a small print and three quarter sleeves"),
        details("kurti", "the kurti has a v neck with a keyhole and tassels", "unsupported"),
        Q.sleeve_length("long", "contradiction"),
        is_a("kurta", "yes"),
        Q.material("cotton"),
        title="Jaipur Kurti Women Mustard Kurti",
        category="Kurtis",
        color="Mustard",
        gender="Women",
    ),
    # photo: black matte cotton kurta with red thread embroidery on the yoke, red churidar, red dupatta over both
    # shoulders; white backdrop, front view. Base model zero-shot wrote all texts.
    case(
        "X1089-009",
        caption("a woman in a black and red salwar kameez"),
        wearing("a black kurta with red embroidery and a red scarf", who="she"),
        color_of("kurta", "red", "other_garment_color"),
        color_of("dupatta", "red"),
        describe("kurta", "the kurta is a kurta", "restated"),
        details("kurta", "embroidery"),
        Q.pattern("embroidered"),
        Q.material("velvet", "unsupported"),
        title="Vishudh Women Black Kurta",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: rust-orange handloom cotton kurta, v-neck placket with wooden buttons, long sleeves, off-white salwar;
    # white backdrop, front view. Base model zero-shot wrote all texts.
    case(
        "X1089-010",
        caption("a woman in an orange kurta and white pants"),
        wearing("an orange kurta and white salwar", who="she"),
        color_of("kurta", "orange"),
        color_of("salwar", "orange", "contradiction"),
        describe(
            "kurta",
            "the kurta is a traditional indian garment that is worn by women in india. it is a long shirt that is "
            "worn over a pair of",
            "cut",
            hit_limit=True,
        ),
        details("kurta", "nothing", "non_answer"),
        Q.material("cotton"),
        Q.garment_type("kurta"),
        Q.color("white", "other_garment_color"),
        title="Mother Earth Women Rust Kurta",
        category="Kurtas",
        color="Rust",
        gender="Women",
    ),
    # photo: teal straight kurta with a small gold foil print all over, three-quarter sleeves, white leggings; white
    # backdrop, front view. Base model zero-shot wrote all texts.
    case(
        "X1089-011",
        caption("a woman wearing a green kurta with gold print and white leggings"),
        wearing("a teal kurta and white leggings", who="she"),
        color_of("kurta", "blue"),
        color_of("leggings", "teal", "contradiction"),
        describe("kurta", "describe the kurta", "restated"),
        details(
            "kurta",
            "gold print on the kurta and gold print on the sleeves and gold print on the sleeves and gold print on the",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("printed"),
        title="Aurelia Women Teal Kurta",
        category="Kurtas",
        color="Teal",
        gender="Women",
    ),
    # photo: red polyester crepe peplum top, short sleeves, round neck, black trousers; white backdrop, front view.
    # Base model zero-shot wrote all texts.
    case(
        "X1089-012",
        caption("a woman in a red top and black pants"),
        wearing("a red top Question: What is the color of the pants? Answer: black", "leak", who="she"),
        color_of("top", "black", "other_garment_color"),
        describe("top", "red"),
        details("top", "the top has a ruffle at the waist"),
        Q.sleeve_length("short"),
        Q.material("leather", "unsupported"),
        title="Chemistry Women Red Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: black sleeveless top with a keyhole neck, beige (tan) trousers; white backdrop, front view.
    # Base model zero-shot wrote all texts.
    case(
        "X1089-013",
        caption("a woman in a black top and beige pants"),
        wearing(
            "she is wearing a black top and tan pants and she is wearing a black top and tan pants and she is wearing",
            "loop",
            who="she",
            hit_limit=True,
        ),
        color_of("top", "black"),
        color_of("pants", "black", "contradiction"),
        describe("top", "the top is a top", "restated"),
        details("top", "a keyhole at the neck"),
        Q.sleeve_length("sleeveless"),
        Q.color("beige", "other_garment_color"),
        title="Vero Moda Women Black Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: purple silk saree with visible sheen, wide gold zari border, gold short-sleeved blouse; white backdrop,
    # front view. Base model zero-shot wrote all texts. (The feed row has no color.)
    case(
        "X1089-014",
        caption("a woman in a purple and gold sari"),
        wearing("a purple sari", who="she"),
        color_of("saree", "purple"),
        color_of("blouse", "purple", "contradiction"),
        describe("saree", "a purple silk saree with a gold border"),
        details(
            "saree",
            "the saree is made of silk and has a gold border. it is a traditional saree that is worn by women in south "
            "india. it is",
            "cut",
            hit_limit=True,
        ),
        Q.material("silk"),
        is_a("lehenga", "yes", "contradiction"),
        title="Diva Women Saree",
        category="Sarees",
        gender="Women",
    ),
    # photo: maroon anarkali kurta flared to mid-calf, gold border at the hem only, long plain sleeves, black
    # leggings; white backdrop, front view. Base model zero-shot wrote all texts.
    case(
        "X1089-015",
        caption("a woman in a maroon anarkali kurta and black leggings"),
        wearing("a long red dress", "contradiction", who="she"),
        color_of("kurta", "maroon"),
        color_of("leggings", "maroon", "contradiction"),
        describe("kurta", "it is an anarkali kurta with a gold border at the bottom"),
        details(
            "kurta",
            "the kurta has a gold border on the hem and on the sleeves and on the neck and on the sleeves and on the",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        title="Shree Women Maroon Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: peach cotton kurta with white chikankari embroidery down the front, opaque, white palazzo pants; white
    # backdrop, front view. Base model zero-shot wrote all texts.
    case(
        "X1089-016",
        caption("a woman wearing a pink kurta with white embroidery and white pants"),
        wearing("a peach kurta", who="she"),
        color_of("kurta", "white", "other_garment_color"),
        describe("kurta", "Answer: a peach kurta with white embroidery", "leak"),
        details("kurta", "white embroidery all over the front"),
        Q.pattern("embroidered"),
        Q.material("chiffon", "unsupported"),
        title="Sangria Women Peach Kurta",
        category="Kurtas",
        color="Peach",
        gender="Women",
    ),
    # photo: lavender straight kurta without pockets, three-quarter sleeves, white churidar, white dupatta with a
    # lavender border over one shoulder; white backdrop. Base model zero-shot wrote all texts.
    case(
        "X1089-017",
        caption("a woman in a purple kurta and white pants"),
        wearing("she is wearing a purple top and white pants", who="she"),
        color_of("kurta", "lavender"),
        describe("kurta", "a light purple kurta with a white dupatta"),
        details("kurta", "it has pockets on the sides", "unsupported"),
        Q.garment_type("dress", "contradiction"),
        Q.sleeve_length("three-quarter"),
        Q.color("white", "other_garment_color"),
        title="Rangriti Women Lavender Kurta",
        category="Kurtas",
        color="Lavender",
        gender="Women",
    ),
    # photo: sky blue sheer chiffon top with short sleeves over a black camisole that shows through, white jeans;
    # white backdrop, front view. Base model zero-shot wrote all texts.
    case(
        "X1089-018",
        caption("a woman in a blue top and white jeans"),
        wearing("a light blue blouse and white jeans", who="she"),
        color_of("top", "black", "other_garment_color"),
        Q.material("chiffon"),
        describe("top", "a sheer blue top with short sleeves and a black tank top underneath"),
        details("top", "yes", "non_answer"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Remanika Women Blue Top",
        category="Tops",
        color="Blue",
        gender="Women",
    ),
    # photo: black and white horizontal striped tunic, long sleeves, black leggings; white backdrop, front view.
    # Base model zero-shot wrote all texts.
    case(
        "X1089-019",
        caption("a woman in a black and white striped tunic and black leggings"),
        wearing("a black and white striped top and black leggings", who="she"),
        color_of("tunic", "black"),
        Q.pattern("solid", "contradiction"),
        describe(
            "tunic",
            "the tunic is black and white striped, the tunic is black and white striped, the tunic is black and white",
            "loop",
            hit_limit=True,
        ),
        details("tunic", "he has a black and white striped shirt", "pronoun"),
        Q.material("no", "non_answer"),
        title="Avirate Women Striped Tunic",
        category="Tunics",
        color="Black",
        gender="Women",
    ),
    # photo: green printed cotton kurta with a white floral print, round neck, side slits, white leggings; white
    # backdrop, front view. Base model zero-shot wrote all texts.
    case(
        "X1089-020",
        caption("a woman in a green and white floral kurta"),
        wearing("a green kurta with white flowers", who="she"),
        color_of("kurta", "green"),
        color_of("leggings", "green", "contradiction"),
        describe("kurta", "a green kurta with a white floral print, a round neck and a side slit"),
        details("kurta", "the details of the kurta", "restated"),
        Q.material("polyester", "unsupported"),
        Q.pattern("floral"),
        title="Folklore Women Green Kurta",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: yellow cotton top with a small white floral print, short flutter sleeves, blue denim shorts; white
    # backdrop, front view only (back not shown). Base model zero-shot wrote all texts.
    case(
        "X1089-021",
        caption("a woman in a yellow top and denim shorts"),
        wearing("a yellow shirt and shorts", who="she"),
        color_of("top", "yellow"),
        color_of("shorts", "yellow", "contradiction"),
        describe("top", "a yellow floral top with ruffled sleeves"),
        details("top", "the top has a zipper on the back", "unsupported"),
        Q.pattern("floral"),
        Q.material("silk", "unsupported"),
        title="Mumbai Slang Women Yellow Top",
        category="Tops",
        color="Yellow",
        gender="Women",
    ),
    # photo: the product is a green salwar and a green dupatta with a gold border; the model wears them with a plain
    # white kurta that is not part of the product; white backdrop, front view. Base model zero-shot wrote all texts.
    case(
        "X1089-022",
        caption("a woman in a white kurta and green pants with a green scarf"),
        wearing("a white kurta", who="she"),
        Q.color("white", "other_garment_color"),
        color_of("dupatta", "green"),
        describe("dupatta", "a green dupatta with a gold border"),
        details("dupatta", "dupatta", "non_answer"),
        Q.garment_type("kurta", "contradiction"),
        title="Taruni Women Green Salwar And Dupatta",
        category="Salwar And Dupatta",
        color="Green",
        gender="Women",
    ),
    # photo: the product is a beige churidar, worn under a navy blue kurta; white backdrop, front view.
    # Base model zero-shot wrote all texts.
    case(
        "X1089-023",
        caption("a woman in a blue kurta and beige leggings"),
        wearing("a blue kurta and leggings", who="she"),
        color_of("churidar", "blue", "other_garment_color"),
        Q.garment_type("leggings"),
        describe("churidar", "beige"),
        details(
            "churidar",
            "Question: What are the churidar details? Answer: they are beige Question: What are the churidar details?",
            "leak",
        ),
        title="W Women Beige Churidar",
        category="Churidar",
        color="Beige",
        gender="Women",
    ),
    # photo: the product is maroon cotton-lycra leggings, worn under a cream kurta; white backdrop, front view.
    # Base model zero-shot wrote all texts.
    case(
        "X1089-024",
        caption("a woman wearing a white kurta and red leggings"),
        wearing("he is wearing a white kurta and red leggings", "pronoun"),
        color_of("leggings", "maroon"),
        Q.color("cream", "other_garment_color"),
        describe("leggings", "the leggings are maroon"),
        details("leggings", "they are leggings", "non_answer"),
        Q.material("denim", "unsupported"),
        title="Jealous 21 Women Maroon Leggings",
        category="Leggings",
        color="Maroon",
        gender="Women",
    ),
    # photo: cream kurta with a multicolor (red, green, blue) floral print, cream palazzo pants; white backdrop,
    # front view. Base model zero-shot wrote all texts.
    case(
        "X1089-025",
        caption("a woman in a white kurta with a colorful print"),
        wearing("she is wearing clothes", "non_answer", who="she"),
        color_of("kurta", "cream"),
        describe(
            "kurta",
            "she is wearing a white kurta with a red and green print and white pants. she is wearing a white kurta "
            "with a red and",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "the kurta details are the details of the kurta", "restated"),
        Q.pattern("printed"),
        title="Ira Soleil Women Cream Kurta",
        category="Kurtas",
        color="Cream",
        gender="Women",
    ),
    # photo: magenta lehenga skirt with gold embroidery, plain magenta short-sleeved choli with a gold border at the
    # sleeves, pink net dupatta; georgette, not velvet; white backdrop, front view. Base model zero-shot wrote all.
    case(
        "X1089-026",
        caption("a woman in a pink and gold lehenga"),
        wearing("a pink lehenga with gold embroidery", who="she"),
        color_of("lehenga", "pink"),
        describe("lehenga", "it is a bridal lehenga made of velvet with real zari work", "unsupported"),
        details("lehenga", "gold embroidery on the skirt"),
        Q.garment_type("dress", "contradiction"),
        Q.sleeve_length("short"),
        is_a("lehenga", "no", "contradiction"),
        title="Sepia Women Magenta Lehenga Choli",
        category="Lehenga Choli",
        color="Magenta",
        gender="Women",
    ),
    # photo: the product is an orange and yellow tie-dye cotton mul dupatta with small tassels at the visible ends,
    # draped over a plain white kurta and white churidar; white backdrop, front view. Base model zero-shot wrote all.
    case(
        "X1089-027",
        caption("a woman in a white kurta with an orange scarf"),
        wearing("an orange scarf and a white kurta", who="she"),
        Q.color("white", "other_garment_color"),
        color_of("dupatta", "orange"),
        Q.pattern("tie-dye"),
        describe("dupatta", "an orange dupatta with a yellow tie dye pattern"),
        details("dupatta", "the dupatta has tassels at the ends"),
        Q.material("silk", "unsupported"),
        title="Fabindia Women Orange Dupatta",
        category="Dupatta",
        color="Orange",
        gender="Women",
    ),
    # photo: olive green cotton twill shirt-style top, two flap chest pockets, long sleeves rolled up, black jeans;
    # white backdrop, front view. Base model zero-shot wrote all texts.
    case(
        "X1089-028",
        caption("a woman in a green shirt and black jeans"),
        wearing("a green shirt Question: What is she wearing? Answer: a green shirt", "leak", who="she"),
        color_of("top", "green"),
        color_of("jeans", "green", "contradiction"),
        describe("top", "an olive green button down shirt with rolled up sleeves"),
        details("top", "it has two chest pockets with flaps"),
        Q.garment_type("shirt"),
        Q.material("denim", "unsupported"),
        title="Van Heusen Woman Olive Top",
        category="Tops",
        color="Olive",
        gender="Women",
    ),
    # photo: grey thin viscose jersey tunic with white embroidery at the neckline, black leggings; the model has short
    # hair; white backdrop, front view. Base model zero-shot wrote all texts.
    case(
        "X1089-029",
        caption("a man in a grey tunic and black pants", "pronoun"),
        wearing("a grey tunic", who="she"),
        color_of("tunic", "grey"),
        describe("tunic", "grey Question: What are the tunic details? Answer: white embroidery on the neck", "leak"),
        details("tunic", "white embroidery on the neckline"),
        Q.material("wool", "unsupported"),
        title="Global Desi Women Grey Tunic",
        category="Tunics",
        color="Grey",
        gender="Women",
    ),
    # photo: all-white chikankari kurta with white embroidery, white leggings, no dupatta; white backdrop, front view.
    # Base model zero-shot wrote all texts.
    case(
        "X1089-030",
        caption("a woman in a white kurta and white leggings"),
        wearing("he is wearing a white kurta", "pronoun"),
        color_of("kurta", "white"),
        color_of("leggings", "white"),
        describe("kurta", "a white kurta with blue embroidery", "unsupported"),
        details("kurta", "Answer: the details of the kurta are white embroidery on the front and the sleeves", "leak"),
        Q.pattern("embroidered"),
        title="Biba Women White Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: navy blue kurta with a small white floral print all over, white palazzo pants; white backdrop, front
    # view. Base model zero-shot wrote all texts.
    case(
        "X1089-031",
        caption("a woman wearing a blue kurta and white palazzo pants"),
        wearing("he is wearing a blue kurta", "pronoun"),
        color_of("kurta", "navy blue"),
        color_of("palazzo pants", "white"),
        describe("kurta", "yes", "non_answer"),
        details("kurta", "small white flowers printed all over"),
        Q.pattern("solid", "contradiction"),
        title="W Women Navy Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: green cotton saree with a plain red border, no mirror work or sequins, red blouse; white backdrop, front
    # view. Base model zero-shot wrote all texts.
    case(
        "X1089-032",
        caption("a woman in a green sari with a red border"),
        wearing("a green saree Question: What is the color of the blouse? Answer: red", "leak", who="she"),
        color_of("saree", "green"),
        color_of("blouse", "red"),
        describe(
            "saree",
            "the saree is a long piece of cloth that is draped around the body. it is usually made of silk or cotton "
            "and it is",
            "cut",
            hit_limit=True,
        ),
        details("saree", "the saree has a mirror work border and sequins", "unsupported"),
        is_a("saree", "yes"),
        title="Kalazari Women Green Saree",
        category="Sarees",
        color="Green",
        gender="Women",
    ),
    # photo: grey melange short-sleeved t-shirt-style top with a small white Levi's logo on the chest, blue jeans;
    # white backdrop, front view. Base model zero-shot wrote all texts.
    case(
        "X1089-033",
        caption("a woman in a grey t - shirt and jeans"),
        wearing("a grey t-shirt and blue jeans", who="she"),
        color_of("top", "blue", "other_garment_color"),
        color_of("jeans", "blue"),
        describe("top", "a grey t shirt with a levi's logo on the chest"),
        details("top", "the top", "non_answer"),
        Q.sleeve_length("long", "contradiction"),
        title="Levis Women Grey Top",
        category="Tops",
        color="Grey",
        gender="Women",
    ),
    # photo: red cotton kurti with white block print, round neck, three-quarter sleeves, side slits, white leggings;
    # white backdrop, front view. Base model zero-shot wrote all texts.
    case(
        "X1089-034",
        caption("a woman wearing a red and white printed kurti and white leggings"),
        wearing("she is wearing a red kurti and white leggings", who="she"),
        color_of("kurti", "red"),
        color_of("leggings", "red", "contradiction"),
        describe(
            "kurti",
            "a red kurti with a white print all over it, a round neck, three quarter sleeves and side slits on both "
            "sides of the",
            "cut",
            hit_limit=True,
        ),
        details("kurti", "white block print Question: What is the color of the leggings? Answer: white", "leak"),
        Q.sleeve_length("three-quarter"),
        title="Jaipur Kurti Women Red Kurti",
        category="Kurtis",
        color="Red",
        gender="Women",
    ),
    # photo: pink and white horizontal striped top, plain round neck without a bow, navy blue shorts; white backdrop,
    # front view. Base model zero-shot wrote all texts.
    case(
        "X1089-035",
        caption("a woman in a pink and white striped shirt and blue shorts"),
        wearing("a pink striped top", who="she"),
        color_of("top", "navy blue", "other_garment_color"),
        color_of("shorts", "pink", "contradiction"),
        Q.pattern("striped"),
        describe("top", "pink and white stripes"),
        details("top", "it has a bow on the front", "unsupported"),
        Q.material("the material of the garment", "restated"),
        title="United Colors of Benetton Women Pink Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: coffee brown handloom cotton kurta with wooden buttons on the placket, beige pants; white backdrop,
    # front view. Base model zero-shot wrote all texts.
    case(
        "X1089-036",
        caption("a woman in a brown kurta and beige pants"),
        wearing("a brown kurta", who="she"),
        color_of("kurta", "beige", "other_garment_color"),
        color_of("pants", "brown", "contradiction"),
        describe("kurta", "the kurta is brown"),
        details("kurta", "his kurta has wooden buttons", "pronoun"),
        Q.garment_type("kurta"),
        Q.material("cotton"),
        title="Fabindia Women Brown Kurta",
        category="Kurtas",
        color="Brown",
        gender="Women",
    ),
    # photo: white top with a black floral print, tie neck, short puff sleeves, black trousers; white backdrop, front
    # view. Base model zero-shot wrote all texts.
    case(
        "X1089-037",
        caption("a woman in a white floral top and black pants"),
        wearing("a black and white top", who="she"),
        Q.color("white"),
        color_of("pants", "white", "contradiction"),
        describe("top", "the top is white with a black floral print and a tie at the neck"),
        details("top", "a tie neck and short puff sleeves"),
        Q.sleeve_length("long", "contradiction"),
        title="Only Women White Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: yellow cotton kurta with green embroidery at the neckline, three-quarter sleeves, green leggings, green
    # dupatta; white backdrop, front view. Base model zero-shot wrote all texts.
    case(
        "X1089-038",
        caption("a woman in a yellow and green salwar suit"),
        wearing("a yellow kurta with green leggings and a green dupatta", who="she"),
        color_of("kurta", "green", "other_garment_color"),
        color_of("leggings", "green"),
        describe("kurta", "a yellow kurta with green embroidery on the neck"),
        details(
            "kurta",
            "the embroidery on the neck the embroidery on the neck the embroidery on the neck the embroidery on the",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("three-quarter"),
        Q.material("georgette", "unsupported"),
        title="Shree Women Yellow Kurta",
        category="Kurtas",
        color="Yellow",
        gender="Women",
    ),
    # photo: blue denim tunic with a shirt collar and buttons down the front, plain hem, no pockets, black leggings;
    # white backdrop, front view. Base model zero-shot wrote all texts.
    case(
        "X1089-039",
        caption("a woman wearing a denim shirt and black leggings"),
        wearing("a blue denim tunic", who="she"),
        color_of("tunic", "blue"),
        Q.material("denim"),
        describe(
            "tunic",
            "a denim tunic with a collar and buttons down the front. it is a casual tunic that can be worn with "
            "leggings or jeans and is perfect",
            "cut",
            hit_limit=True,
        ),
        details("tunic", "the tunic has a lace hem and embroidered pockets", "unsupported"),
        Q.garment_type("jeans", "contradiction"),
        Q.color("black", "other_garment_color"),
        title="Avirate Women Blue Tunic",
        category="Tunics",
        color="Blue",
        gender="Women",
    ),
    # photo: coral orange sleeveless top, white jeans; white backdrop, front view. Base model zero-shot wrote all.
    case(
        "X1089-040",
        caption("a woman in an orange top and white jeans"),
        wearing("an orange top and white jeans", who="she"),
        color_of("top", "white", "other_garment_color"),
        color_of("jeans", "orange", "contradiction"),
        describe("top", "orange"),
        details("top", "the top details are the details of the top", "restated"),
        Q.sleeve_length("sleeveless"),
        title="Mango Women Orange Top",
        category="Tops",
        color="Orange",
        gender="Women",
    ),
    # photo: purple matte cotton kurta with silver thread embroidery on the yoke, white churidar; white backdrop, front
    # view. Base model zero-shot wrote all texts.
    case(
        "X1089-041",
        caption("a woman in a purple kurta with silver embroidery"),
        wearing("a purple kurta and white pants", who="she"),
        color_of("kurta", "purple"),
        describe("kurta", "it is a purple kurta with gold embroidery", "contradiction"),
        details("kurta", "he has a purple kurta with silver embroidery", "pronoun"),
        Q.pattern("embroidered"),
        Q.material("satin", "unsupported"),
        title="Span Women Purple Kurta",
        category="Kurtas",
        color="Purple",
        gender="Women",
    ),
    # photo: navy blue saree with a white geometric print, white blouse; white backdrop, front view. Base model
    # zero-shot wrote all texts. (The feed row has no gender.)
    case(
        "X1089-042",
        caption("a woman in a blue and white sari"),
        wearing("a blue sari with a white blouse", who="she"),
        color_of("saree", "white", "other_garment_color"),
        Q.pattern("geometric"),
        describe("saree", "sari", "non_answer"),
        details("saree", "the saree has a geometric print and a", "cut"),
        title="Satya Paul Women Navy Saree",
        category="Sarees",
        color="Navy Blue",
    ),
    # photo: beige long-sleeved tunic-length top with gold buttons on the placket, brown trousers; white backdrop,
    # front view. Base model zero-shot wrote all texts.
    case(
        "X1089-043",
        caption("a woman in a brown top and beige pants", "other_garment_color"),
        wearing("a beige shirt and brown pants", who="she"),
        color_of("top", "brown", "other_garment_color"),
        describe("top", "a beige top with gold buttons"),
        details(
            "top",
            "gold buttons and gold buttons and gold buttons and gold buttons and gold buttons and gold buttons and",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        title="Wills Lifestyle Women Beige Top",
        category="Tops",
        color="Beige",
        gender="Women",
    ),
    # photo: magenta cotton kurta with a gold foil print on the front and sleeves, black leggings; white backdrop,
    # front view. Base model zero-shot wrote all texts.
    case(
        "X1089-044",
        caption("a woman in a pink kurta and black leggings"),
        wearing("a pink kurta with gold print", who="she"),
        color_of("kurta", "pink"),
        describe("kurta", "a black kurta with gold print", "other_garment_color"),
        details("kurta", "gold foil print on the front and sleeves"),
        Q.pattern("printed"),
        Q.material("velvet", "unsupported"),
        title="Libas Women Magenta Kurta",
        category="Kurtas",
        color="Magenta",
        gender="Women",
    ),
    # photo: black and white gingham check shirt-style top with collar and buttons, blue jeans; white backdrop, front
    # view. Base model zero-shot wrote all texts. (The feed row has no gender.)
    case(
        "X1089-045",
        caption("a woman in a black and white checkered shirt and jeans"),
        wearing("a plaid shirt and jeans", who="she"),
        color_of("top", "black"),
        color_of("jeans", "black", "contradiction"),
        Q.pattern("checked"),
        describe(
            "top",
            "the top is a black and white checkered shirt with a collar and the top is a black and white checkered "
            "shirt with a",
            "loop",
            hit_limit=True,
        ),
        details("top", "collar and buttons"),
        Q.material("none", "non_answer"),
        title="Forever 21 Women Black Top",
        category="Tops",
        color="Black",
    ),
    # photo: off-white cotton kurta with an indigo block print, indigo palazzo pants; white backdrop, front view.
    # Base model zero-shot wrote all texts.
    case(
        "X1089-046",
        caption("a woman in a white and blue kurta and blue pants"),
        wearing("a white kurta with blue print", who="she"),
        color_of("kurta", "off white"),
        color_of("palazzo pants", "white", "contradiction"),
        describe("kurta", "Question: Describe the kurta. Answer: a white kurta with blue print", "leak"),
        details("kurta", "block print"),
        Q.material("cotton"),
        title="Mother Earth Women Off White Kurta",
        category="Kurtas",
        color="Off White",
        gender="Women",
    ),
]
