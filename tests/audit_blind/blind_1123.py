"""BLIND_1123 (46 products; old Myntra tops, kurtas, sarees; VQA adapter): written blind in the sixtieth session.
Measured blind at 5b9d700 (the session's fifth rules): 115/126 failures found (91.3%) and 8/178 correct texts flagged
(4.5%). The writer's notes, verbatim:

Scenario: the older Myntra "Fashion Product Images" feed, the same kind of photos as the shared real set: 224x224
catalog shots on a white backdrop, mostly worn by a model who also wears other garments (jeans or trousers under a
top, churidar, leggings or palazzo and often a dupatta with a kurta, a blouse and jewelry with a saree). The feed
has the short old-style titles ("W Women Solid Grey Kurtas", "Arrow Woman Bow Off White Top"), the seller's
article_type (Tops, Kurtas, Sarees) and base_colour (Navy Blue, Sea Green, Magenta, Off White, Multi...). Two rows
lack a column (one has no base_colour, one no title). One row is a girls' top (gender Girls); all else is Women.

Who wrote what: leoreigoto/Data3_V3_BLIP2_VQA (1 epoch, LoRA on q_proj/k_proj of blip2-opt-2.7b) wrote every free
text: the captions (the empty-prompt caption pass) and the open answers, greedy, 50 tokens for captions, 30 for
answers. It was trained on In-shop VQA pairs with the prompt in the loss and no end token, so it often runs on to
the limit (loops of one word or one clause, sentences cut mid-phrase) or writes a whole new "Question: ...
Answer: ..." pair; with the empty caption prompt it sometimes writes a QA pair instead of a caption. Its garment
words come from In-shop (blouse, shirt, tee, dress, sweater, hoodie), so kurtas and sarees are often called
dresses; it says "he" now and then because In-shop has men. It grabs the color of the bottom, blouse or dupatta
for the product. The closed answers (garment type, color, pattern, sleeve length, "Is this a ...?") come from
enrich's --engine reference with the same adapter ranking a fixed candidate list, so they are single values that
never loop or stop short, but the wrong candidate is picked often (the other garment's color, "dress").

Labeling conventions and judgement calls:
- Every label is judged against the photo as described in the "# photo:" line; the seller's columns are what the
  feed has. Where the seller's color is a shade name, a plain hue of the same family is correct (Navy Blue ->
  "dark blue", Magenta -> "pink", Mustard -> "yellow", Cream/Off White -> "white", Sea Green -> "teal",
  Maroon -> "red", Peach-pink -> "peach").
- Calling a kurta or a saree a "dress" (in a caption, an open answer or the closed garment type) is a
  contradiction: the seller's category and the photo say otherwise. "tunic" for a kurta, "sari" for a saree,
  "blouse"/"shirt"/"tee" for a top, "anarkali" for a flared kurta, "hoodie"/"sweatshirt" for a hooded top and
  "sweater" for a fine-knit top are correct.
- A color that belongs to another garment in the photo (leggings, churidar, jeans, the saree's blouse or border,
  an open jacket or cardigan) given as the product's color is other_garment_color, closed or open. A wrong color
  that belongs to nothing in the photo, a wrong pattern, wrong sleeves or a wrong garment is contradiction, also
  when the wrong pattern is the skirt's.
- For Multi products any main color of the product itself counts as correct.
- A true answer to "What is the person wearing?" / "What cloth ..." that names another visible garment (the jacket
  over the top) is correct.
- Material answers: a fabric the title names or the photo plainly shows (sheen of silk on a silk saree, handloom
  cotton) is correct; a fabric the photo cannot show and nothing supports (leather, denim, velvet, lace, wool on a
  jersey top, silk on an organic-cotton kurta) is unsupported. Invented parts (zipper, pockets, buttons, collar,
  tassels, belt, embroidery, mirror work) are unsupported.
- One label per text: a QA-pair leak that then repeats is labeled leak; a loop is labeled loop even though it also
  hit the limit (hit_limit=True); a text that ends mid-phrase at the limit without repeating is cut. An empty text,
  a lone "yes"/"no", a bare color or "it is a saree" for an open question is non_answer; an answer that gives the
  question's own words back ("the details of the top are the details of the top") is restated.
- "he", "his" or "a man" for a Women row is pronoun, whatever else the text says.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

# the In-shop VQA data's own wording of the wearing question
cloth = question("cloth", "What cloth is the person wearing?", "open")

BLIND_1123 = [
    # photo: mustard-yellow sleeveless round-neck top, light blue skinny jeans, hand on hip, white backdrop, front
    # view; VQA adapter wrote caption and open answers, reference engine the closed ones
    case(
        "X1123-001",
        caption("a woman wearing a yellow top and blue jeans"),
        wearing("a yellow tank top and jeans", who="the woman"),
        color_of("top", "yellow"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("dress", "yes", "contradiction"),
        describe(
            "top",
            "the top is yellow and the jeans are blue and the top is yellow and the jeans are blue and the top is"
            " yellow and",
            "loop",
            hit_limit=True,
        ),
        Q.material("silk", "unsupported"),
        title="Roxy Women Yellow Top",
        category="Tops",
        color="Yellow",
        gender="Women",
    ),
    # photo: navy fine-knit long-sleeve crew-neck top tucked into white trousers with a brown belt, white backdrop,
    # front view; VQA adapter free texts, reference engine closed
    case(
        "X1123-002",
        caption("a woman in a dark blue sweater and white pants"),
        cloth("sweater"),
        color_of("top", "white", "other_garment_color"),
        Q.color("navy blue"),
        Q.sleeve_length("long sleeves"),
        details(
            "top",
            "the top has long sleeves and a round neck with ribbed cuffs and a ribbed hem and it is tucked into the"
            " white",
            "cut",
            hit_limit=True,
        ),
        title="United Colors of Benetton Women Solid Navy Blue Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: red, white and navy checked short-sleeve top with a frilled round neckline (no collar, no buttons),
    # dark indigo jeans, white backdrop; VQA adapter free texts (the caption came out as a QA pair), reference closed
    case(
        "X1123-003",
        caption("Question: what is the pattern of the shirt? Answer: plaid", "leak"),
        wearing("a plaid shirt and jeans"),
        Q.pattern("checked"),
        color_of("shirt", "red white and blue", kind="open"),
        describe("top", "a plaid shirt with a collar and buttons down the front", "unsupported"),
        is_a("dress", "no"),
        title="Wrangler Women Frill Check Multi Tops",
        category="Tops",
        color="Multi",
        gender="Women",
    ),
    # photo: grey straight knee-length kurta, mandarin collar, three-quarter sleeves, white churidar, white backdrop,
    # front view; VQA adapter free texts, reference engine closed
    case(
        "X1123-004",
        caption("a woman in a long grey tunic and white leggings"),
        wearing("a grey dress and white leggings", "contradiction"),
        Q.garment_type("kurta"),
        color_of("kurta", "white", "other_garment_color"),
        describe(
            "kurta",
            "grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey"
            " grey grey grey grey grey grey grey grey grey",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("three-quarter sleeves"),
        Q.material("cotton"),
        title="W Women Solid Grey Kurtas",
        category="Kurtas",
        color="Grey",
        gender="Women",
    ),
    # photo: plain black A-line calf-length kurta, round neck, full sleeves, red churidar, red dupatta over one
    # shoulder, white backdrop; VQA adapter free texts, reference engine closed
    case(
        "X1123-005",
        caption("a woman wearing a black kurta with a red scarf"),
        wearing("a black dress and red pants", "contradiction", who="she"),
        color_of("kurta", "black"),
        details("kurta", "red", "other_garment_color"),
        describe("kurta", "a black kurta with gold embroidery on the neckline and sleeves", "unsupported"),
        is_a("kurta", "yes"),
        Q.pattern("solid"),
        title="Aurelia Women Solid Black Kurtas",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: royal blue georgette saree with an abstract white-and-black print, black sleeveless blouse, pallu over
    # the left shoulder, white backdrop; VQA adapter free texts, reference engine closed
    case(
        "X1123-006",
        caption("a woman in a blue saree with a black blouse"),
        Q.garment_type("saree"),
        color_of("saree", "black", "other_garment_color"),
        Q.pattern("printed"),
        describe(
            "saree",
            "a blue saree with a white and black print and a black sleeveless blouse, the pallu is draped over her"
            " left shoulder and the",
            "cut",
            hit_limit=True,
        ),
        Q.material("silk", "unsupported"),
        title="Satya Paul Women Printed Blue Saree",
        category="Sarees",
        color="Blue",
        gender="Women",
    ),
    # photo: red chiffon saree with a gold zari border, gold brocade blouse, gold bangles, white backdrop, front
    # view; VQA adapter free texts (caption came out as a QA pair), reference engine closed
    case(
        "X1123-007",
        caption("Question: What is the woman wearing? Answer: a red dress", "leak"),
        wearing("a red sari with a gold border"),
        color_of("saree", "red"),
        Q.color("gold", "other_garment_color"),
        is_a("saree", "yes"),
        details("saree", "gold border on the pallu and the hem"),
        title="Prafful Women Red Saree",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: sky-blue short-sleeve top with a small white bird print, black skinny jeans, white backdrop, front view;
    # VQA adapter free texts, reference engine closed
    case(
        "X1123-008",
        caption("a woman wearing a light blue shirt with birds on it and black jeans"),
        wearing("he is wearing a blue shirt and black pants", "pronoun"),
        color_of("top", "light blue"),
        Q.pattern("printed"),
        details(
            "top",
            "birds birds birds birds birds birds birds birds birds birds birds birds birds birds birds birds birds"
            " birds birds birds birds birds birds birds birds birds birds birds birds birds",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Tokyo Talkies Women Printed Blue Top",
        category="Tops",
        color="Blue",
        gender="Women",
    ),
    # photo: maroon-and-cream horizontal striped boat-neck top, elbow sleeves, beige linen trousers, white
    # backdrop; VQA adapter free texts, reference engine closed
    case(
        "X1123-009",
        caption("a woman in a red and white striped shirt and beige pants"),
        wearing("a striped top and pants", who="the woman"),
        color_of("top", "beige", "other_garment_color"),
        Q.pattern("striped"),
        describe("top", "a striped top with a boat neck and elbow length sleeves"),
        details("top", "no", "non_answer"),
        Q.material("linen", "unsupported"),
        title="Mother Earth Women Stripes Maroon Tops",
        category="Tops",
        color="Maroon",
        gender="Women",
    ),
    # photo: off-white chiffon blouse with a pussy-bow tie, long sleeves, tucked into a black knee-length pencil
    # skirt, white backdrop; VQA adapter free texts, reference engine closed
    case(
        "X1123-010",
        caption("a woman wearing a white blouse with a bow and a black skirt"),
        cloth("blouse"),
        color_of("blouse", "black", "other_garment_color", kind="open"),
        Q.color("white"),
        describe(
            "blouse",
            "a white blouse with a bow at the neck and long sleeves, the blouse is tucked into a black pencil skirt"
            " that reaches to the knees and the",
            "cut",
            hit_limit=True,
        ),
        is_a("blouse", "yes"),
        Q.material("lace", "unsupported"),
        title="Arrow Woman Bow Off White Top",
        category="Tops",
        color="Off White",
        gender="Women",
    ),
    # photo: magenta V-neck short-sleeve top under an open grey cardigan, blue jeans, white backdrop, front view;
    # VQA adapter free texts, reference engine closed
    case(
        "X1123-011",
        caption("a woman wearing a pink top and a grey cardigan"),
        wearing("a pink shirt and a grey sweater and jeans"),
        color_of("top", "grey", "other_garment_color"),
        Q.color("pink"),
        Q.garment_type("cardigan", "contradiction"),
        describe("top", "pink", "non_answer"),
        details(
            "top",
            "v neck v neck v neck v neck v neck v neck v neck v neck v neck v neck v neck v neck v neck v neck v neck",
            "loop",
            hit_limit=True,
        ),
        title="s.Oliver Women Solid Magenta Top",
        category="Tops",
        color="Magenta",
        gender="Women",
    ),
    # photo: indigo straight kurta with white block-printed paisley motifs, three-quarter sleeves, white palazzo
    # pants, white backdrop; VQA adapter free texts, reference engine closed
    case(
        "X1123-012",
        caption("a woman in a blue and white printed kurta and white pants"),
        Q.garment_type("dress", "contradiction"),
        color_of("kurta", "blue"),
        Q.pattern("solid", "contradiction"),
        describe(
            "kurta",
            "the kurta is blue with white paisley print and three quarter sleeves and it is worn with white palazzo"
            " pants with a",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        is_a("kurta", "yes"),
        title="W Women Printed Blue Kurtas",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: anarkali kurta, green yoke, flared skirt in orange, pink and green bands with gold trims, full sleeves,
    # green churidar, white backdrop; VQA adapter free texts, reference engine closed
    case(
        "X1123-013",
        caption("a woman in a green and orange anarkali dress"),
        wearing("a multicolored kurta"),
        color_of("kurta", "green"),
        details(
            "kurta",
            "the kurta has a green yoke and a flared skirt with orange and pink panels and gold lace and gold lace and"
            " gold lace and gold lace and",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves"),
        Q.material("velvet", "unsupported"),
        title="Aneri Women Kaalki Multi Coloured Kurta",
        category="Kurtas",
        color="Multi",
        gender="Women",
    ),
    # photo: mustard-yellow kurta with white thread embroidery round the neckline, side slits, white leggings,
    # white backdrop; VQA adapter free texts, reference engine closed
    case(
        "X1123-014",
        caption("a man in a yellow kurta and white pants", "pronoun"),
        color_of("kurta", "yellow"),
        describe("kurta", "a yellow kurta with white embroidery around the neck"),
        details("kurta", "Question: What are the kurta details? Answer: embroidery", "leak"),
        is_a("kurta", "yes"),
        Q.pattern("embroidered"),
        title="Diva Women Embroided Mustard Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Women",
    ),
    # photo: bottle-green art-silk saree with a visible sheen and a wide magenta border, magenta blouse, front view,
    # white backdrop; VQA adapter free texts, reference engine closed
    case(
        "X1123-015",
        caption("a woman wearing a green and pink saree"),
        wearing("a green saree with a pink border"),
        color_of("saree", "pink", "other_garment_color"),
        Q.color("green"),
        Q.pattern("striped", "contradiction"),
        Q.material("silk"),
        describe(
            "saree",
            "the saree is green and the border is pink and the blouse is pink and the saree is green and the border"
            " is pink and the blouse is",
            "loop",
            hit_limit=True,
        ),
        title="Avishi Women Green Saree",
        category="Sarees",
        color="Green",
        gender="Women",
    ),
    # photo: a girl in a green short-sleeve top with a yellow smiling-sun print (no pocket), denim shorts, white
    # backdrop; VQA adapter free texts, reference engine closed
    case(
        "X1123-016",
        caption("a little girl wearing a green shirt with a sun on it"),
        wearing("a green t-shirt and denim shorts", who="the girl"),
        color_of("top", "blue", "other_garment_color"),
        Q.pattern("printed"),
        details("top", "the details of the top", "restated"),
        describe("top", "a green shirt with a yellow sun on the front and a pocket on the chest", "unsupported"),
        title="Ant Kids Girl Cheerful Green Tops",
        category="Tops",
        color="Green",
        gender="Girls",
    ),
    # photo: cream ribbed sleeveless tank top under an open olive utility jacket, black jeans, white backdrop;
    # VQA adapter free texts, reference engine closed
    case(
        "X1123-017",
        caption("a woman in a green jacket and black jeans"),
        cloth("jacket"),
        color_of("top", "green", "other_garment_color"),
        Q.color("white"),
        Q.garment_type("jacket", "contradiction"),
        Q.sleeve_length("sleeveless"),
        describe("top", "Answer: a white tank top", "leak"),
        title="Flying Machine Women Solid Cream Tops",
        category="Tops",
        color="Cream",
        gender="Women",
    ),
    # photo: maroon straight kurta with a small gold-foil buti print, round neck, three-quarter sleeves, beige
    # cigarette pants, white backdrop; VQA adapter free texts, reference engine closed
    case(
        "X1123-018",
        caption("a woman wearing a maroon kurta with gold print and beige pants"),
        wearing("a red kurta with gold dots and beige pants"),
        color_of("kurta", "beige", "other_garment_color"),
        Q.pattern("printed"),
        details(
            "kurta",
            "the kurta has a mandarin collar and a keyhole neckline with tassels and a zip on the back",
            "unsupported",
        ),
        Q.material("cotton"),
        is_a("kurta", "no", "contradiction"),
        title="Vishudh Women Maroon Printed Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: black organic-cotton kurta with white kantha running-stitch lines at the hem, short sleeves, black
    # leggings, white backdrop; VQA adapter free texts, reference engine closed
    case(
        "X1123-019",
        caption("a woman in a black dress with white stitching", "contradiction"),
        color_of("kurta", "black"),
        Q.material("silk", "unsupported"),
        Q.sleeve_length("short sleeves"),
        details(
            "kurta",
            "white stitching at the hem of the kurta in lines and the kurta has short sleeves and a round neck and a"
            " slit at the",
            "cut",
            hit_limit=True,
        ),
        describe("kurta", "the kurta is black"),
        title="Mother Earth Women Collt Organic Cotton Black Kurtas",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: off-white handloom cotton saree with a thin red border, plain red blouse, white backdrop, front view
    # (the feed row has no base_colour); VQA adapter free texts, reference engine closed
    case(
        "X1123-020",
        caption("a woman wearing a white saree with red border"),
        wearing("a white sari and red blouse"),
        color_of("saree", "red", "other_garment_color"),
        Q.material("cotton"),
        Q.pattern("floral", "contradiction"),
        is_a("saree", "yes"),
        details(
            "saree",
            "red border red border red border red border red border red border red border red border red border red"
            " border red border red border",
            "loop",
            hit_limit=True,
        ),
        title="Mother Earth Women Cotton Saree",
        category="Sarees",
        gender="Women",
    ),
    # photo: lilac top with a white floral print, cap sleeves, white jeans, white backdrop, front view;
    # VQA adapter free texts, reference engine closed
    case(
        "X1123-021",
        caption("a woman wearing a purple floral top and white pants"),
        color_of("top", "purple"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeves", "contradiction"),
        details("top", "the details of the top are the details of the top", "restated"),
        describe("top", "a light purple top with white flowers and short sleeves"),
        title="United Colors of Benetton Women  Light Purple Printed Top",
        category="Tops",
        color="Purple",
        gender="Women",
    ),
    # photo: plain sea-green sleeveless straight kurta, round neck with a small slit, white churidar, white-and-green
    # printed dupatta, white backdrop; VQA adapter free texts, reference engine closed
    case(
        "X1123-022",
        caption("a woman in a green kurta and white leggings with a scarf"),
        Q.color("green"),
        color_of("kurta", "teal", kind="open"),
        Q.sleeve_length("sleeveless"),
        describe("kurta", "a long blue shirt with a white scarf", "contradiction"),
        details("kurta", "the kurta has gold buttons and embroidery on the yoke", "unsupported"),
        is_a("kurta", "yes"),
        title="W Women Solid Sea Green Kurta",
        category="Kurtas",
        color="Sea Green",
        gender="Women",
    ),
    # photo: magenta flared kurta with an orange-and-gold floral print, three-quarter sleeves, orange leggings, white
    # backdrop; VQA adapter free texts, reference engine closed
    case(
        "X1123-023",
        caption("a woman wearing a pink and orange floral kurta"),
        color_of("kurta", "orange", "other_garment_color"),
        Q.pattern("floral"),
        wearing(
            "a pink kurta and orange leggings. Question: What is the color of the leggings? Answer: orange",
            "leak",
            hit_limit=True,
        ),
        details("kurta", "flowers"),
        Q.garment_type("kurta"),
        title="Diva Women Printed Magenta Kurta",
        category="Kurtas",
        color="Magenta",
        gender="Women",
    ),
    # photo: sheer black georgette saree with a silver sequined border, black sleeveless blouse, side view with the
    # pallu trailing behind, white backdrop; VQA adapter free texts, reference engine closed
    case(
        "X1123-024",
        caption("a woman in a black saree with silver border posing"),
        Q.garment_type("saree"),
        color_of("saree", "black"),
        describe("saree", "it is a saree", "non_answer"),
        details(
            "saree",
            "the saree has a silver border with sequins and a black blouse and the pallu is long and flowing down her"
            " back to the",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton", "unsupported"),
        title="Satya Paul Women Black Saree",
        category="Sarees",
        color="Black",
        gender="Women",
    ),
    # photo: cream sleeveless top with a black zebra-stripe print (no belt, no buttons), black trousers, white
    # backdrop; VQA adapter free texts, reference engine closed
    case(
        "X1123-025",
        caption("a woman wearing a black and white zebra print top and black pants"),
        color_of("top", "white and black", kind="open"),
        Q.pattern("animal print"),
        Q.garment_type("dress", "contradiction"),
        wearing("a zebra top and black pants"),
        describe("top", "a zebra print top with a leather belt and gold buttons", "unsupported"),
        Q.sleeve_length("sleeveless"),
        title="Arrow Women Zebra Cream Top",
        category="Tops",
        color="Cream",
        gender="Women",
    ),
    # photo: grey-melange short-sleeve tee-style top with a pink lips graphic, pink mini skirt, white backdrop;
    # VQA adapter free texts, reference engine closed
    case(
        "X1123-026",
        caption("a woman in a grey t shirt with pink lips and a pink skirt"),
        cloth("tee"),
        color_of("top", "pink", "other_garment_color"),
        Q.color("grey"),
        details("top", "pink lips print on the front"),
        Q.garment_type("skirt", "contradiction"),
        describe(
            "top",
            "a grey t-shirt with pink lips on it and a pink skirt and a pink skirt and a pink skirt and a pink skirt"
            " and a pink",
            "loop",
            hit_limit=True,
        ),
        title="Tokyo Talkies Women Printed Grey Top",
        category="Tops",
        color="Grey",
        gender="Women",
    ),
    # photo: off-white straight kurta with white thread embroidery on the yoke, long sleeves, navy churidar, white
    # backdrop; VQA adapter free texts, reference engine closed
    case(
        "X1123-027",
        caption("a woman wearing a white kurta and blue pants"),
        color_of("kurta", "navy blue", "other_garment_color"),
        Q.color("white"),
        Q.pattern("embroidered"),
        details("kurta", "the kurta has white embroidery on the yoke"),
        wearing("she is wearing a white dress and blue leggings", "contradiction", who="she"),
        title="W Women Thread Work Off White Kurta",
        category="Kurtas",
        color="Off White",
        gender="Women",
    ),
    # photo: pink georgette saree with a yellow-and-green leaf print, pink blouse, pallu on the shoulder, white
    # backdrop; VQA adapter free texts (caption came out as a QA pair), reference engine closed
    case(
        "X1123-028",
        caption("Question: What is the color of the saree? Answer: pink", "leak"),
        Q.color("pink"),
        Q.pattern("printed"),
        Q.material("georgette"),
        describe("saree", "a pink saree with yellow and green leaves and a pink blouse"),
        wearing("a pink dress", "contradiction"),
        details("saree", "the saree details are the saree details", "restated"),
        title="Prafful Women Georgette Printed Saree",
        category="Sarees",
        color="Pink",
        gender="Women",
    ),
    # photo: white straight kurta with a black ikat print, V-neck, three-quarter sleeves (no pockets, no tassels),
    # red palazzo pants, white backdrop; VQA adapter free texts, reference engine closed
    case(
        "X1123-029",
        caption("a woman in a black and white kurta and red pants"),
        Q.garment_type("kurta"),
        color_of("kurta", "red", "other_garment_color"),
        describe("kurta", "a white kurta with black print and red palazzo pants"),
        details("kurta", "the kurta has a v neck with tassels and two side pockets", "unsupported"),
        Q.sleeve_length("three-quarter sleeves"),
        is_a("saree", "no"),
        wearing(
            "a white kurta and red pants and a white kurta and red pants and a white kurta and red pants and a",
            "loop",
            hit_limit=True,
        ),
        title="Diva Women Printed White Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: maroon cowl-neck long-sleeve top, black leggings, white backdrop, three-quarter view;
    # VQA adapter free texts, reference engine closed
    case(
        "X1123-030",
        caption("a woman wearing a maroon top and black leggings"),
        color_of("top", "black", "other_garment_color"),
        Q.sleeve_length("long sleeves"),
        describe("top", "the top has a cowl neck and long sleeves"),
        wearing("maroon", "non_answer"),
        is_a("top", "yes"),
        title="s.Oliver Women Solid Maroon Top",
        category="Tops",
        color="Maroon",
        gender="Women",
    ),
    # photo: red sleeveless peplum top (no zipper, no ruffles), light denim shorts, white backdrop, front view;
    # VQA adapter free texts (caption came out as a QA pair), reference engine closed
    case(
        "X1123-031",
        caption("Question: What is the woman wearing? Answer: a red top and denim shorts", "leak"),
        wearing("a red blouse and blue shorts"),
        Q.color("red"),
        details(
            "top", "the top has a peplum waist and a zipper at the back and ruffles on the shoulders", "unsupported"
        ),
        Q.sleeve_length("short sleeves", "contradiction"),
        describe("top", "yes", "non_answer"),
        title="United Colors of Benetton Women Solid Red Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: purple kurta with a small white flower print, mandarin collar, three-quarter sleeves, white churidar and
    # white dupatta, white backdrop; VQA adapter free texts, reference engine closed
    case(
        "X1123-032",
        caption("a woman in a purple floral kurta with a white scarf"),
        Q.pattern("floral"),
        color_of("kurta", "purple"),
        wearing("he is wearing a purple shirt with white flowers", "pronoun"),
        details(
            "kurta",
            "white flowers white flowers white flowers white flowers white flowers white flowers white flowers white"
            " flowers white flowers white flowers",
            "loop",
            hit_limit=True,
        ),
        Q.material("it is made of fabric", "non_answer"),
        title="W Women Small Flower Pattern Purple Kurta",
        category="Kurtas",
        color="Purple",
        gender="Women",
    ),
    # photo: yellow bandhani saree with small red dots, red border, red blouse, white backdrop, front view;
    # VQA adapter free texts, reference engine closed
    case(
        "X1123-033",
        caption("a woman in a yellow saree with red dots and a red blouse"),
        Q.color("red", "other_garment_color"),
        color_of("saree", "yellow", kind="open"),
        Q.pattern("dotted"),
        describe(
            "saree",
            "a yellow saree with red dots and a red border, the blouse is red and the pallu is yellow with red dots"
            " and a red border and the",
            "cut",
            hit_limit=True,
        ),
        is_a("dress", "yes", "contradiction"),
        Q.garment_type("saree"),
        title="Avishi Women Yellow Printed Saree",
        category="Sarees",
        color="Yellow",
        gender="Women",
    ),
    # photo: baby-pink top with white polka dots, short puff sleeves, round neck (no collar), tucked into a black
    # skirt, white backdrop; VQA adapter free texts, reference engine closed
    case(
        "X1123-034",
        caption("a woman wearing a pink polka dot blouse and black skirt"),
        color_of("top", "pink"),
        Q.pattern("striped", "contradiction"),
        Q.sleeve_length("short sleeves"),
        details("top", "the top has puff sleeves and white polka dots"),
        wearing("a pink polka dot shirt with a white collar and a black skirt", "unsupported"),
        title="Tokyo Talkies Women Printed PinkTop",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: orange straight kurta with a white printed border at the hem, three-quarter sleeves, white churidar, no
    # mirror work, white backdrop; VQA adapter free texts, reference engine closed
    case(
        "X1123-035",
        caption("a woman in an orange kurta and white leggings"),
        color_of("kurta", "white", "other_garment_color"),
        Q.color("orange"),
        describe("kurta", "an orange kurta with white border at the bottom"),
        details("kurta", "the kurta details are", "restated"),
        wearing("an orange kurta with mirror work and white leggings", "unsupported"),
        is_a("kurta", "yes"),
        Q.pattern("solid"),
        title="Aurelia Women Solid Orange Kurtas",
        category="Kurtas",
        color="Orange",
        gender="Women",
    ),
    # photo: purple silk saree with a gold zari temple border, gold blouse, necklace and earrings, white backdrop;
    # VQA adapter free texts, reference engine closed
    case(
        "X1123-036",
        caption("a woman in a purple and gold saree with jewelry"),
        Q.material("silk"),
        color_of("saree", "gold", "other_garment_color"),
        wearing("a purple sari Question: What is the color of the blouse? Answer: gold", "leak", who="the woman"),
        details(
            "saree",
            "gold border gold blouse gold necklace gold earrings gold bangles gold border gold blouse gold necklace"
            " gold earrings gold bangles gold border",
            "loop",
            hit_limit=True,
        ),
        is_a("saree", "yes"),
        title="Kalaniketan Women Purple Silk Saree",
        category="Sarees",
        color="Purple",
        gender="Women",
    ),
    # photo: orange sleeveless top with a keyhole neck, white wide-leg pants, straw hat held at the side, white
    # backdrop; VQA adapter free texts, reference engine closed
    case(
        "X1123-037",
        caption("a woman wearing an orange top and white pants and a hat"),
        wearing("she is wearing an orange top and white pants", who="she"),
        color_of("top", "orange"),
        Q.sleeve_length("short sleeves", "contradiction"),
        describe("top", "an orange sleeveless top with a keyhole neckline"),
        Q.material("denim", "unsupported"),
        title="Arrow Woman Cameron Orange Top",
        category="Tops",
        color="Orange",
        gender="Women",
    ),
    # photo: beige short kurti-style top with a brown block print, three-quarter sleeves, brown trousers, white
    # backdrop; VQA adapter free texts, reference engine closed
    case(
        "X1123-038",
        caption("a woman in a beige printed top and brown pants"),
        Q.garment_type("top"),
        color_of("top", "brown", "other_garment_color"),
        Q.pattern("printed"),
        details(
            "top",
            "Question: What are the top details? Answer: print Question: What are the top details? Answer: print"
            " Question: What are the top",
            "leak",
            hit_limit=True,
        ),
        wearing("he is wearing a beige top with brown print and brown pants", "pronoun"),
        title="Mother Earth Women Printed Beige Tops",
        category="Tops",
        color="Beige",
        gender="Women",
    ),
    # photo: peach-pink anarkali kurta with gold gota trim at the hem and cuffs, full flare, long sleeves, pink
    # churidar, sheer pink dupatta over both shoulders, white backdrop; VQA adapter free texts, reference closed
    case(
        "X1123-039",
        caption("a woman in a pink anarkali with gold trim"),
        Q.garment_type("dress", "contradiction"),
        color_of("kurta", "peach"),
        describe("kurta", "a pink anarkali kurta with gold trim at the hem and the sleeves"),
        Q.material("velvet", "unsupported"),
        is_a("kurta", "yes"),
        details(
            "kurta",
            "the kurta has gold trim at the hem and the sleeves and a sheer pink dupatta is draped over both shoulders"
            " and it",
            "cut",
            hit_limit=True,
        ),
        title="Aneri Women Swara Pink Kurta",
        category="Kurtas",
        color="Pink",
        gender="Women",
    ),
    # photo: multicolour saree with a large geometric print in teal, orange and black, black blouse, white backdrop;
    # VQA adapter free texts, reference engine closed
    case(
        "X1123-040",
        caption("a woman in a colorful printed saree with a black blouse"),
        Q.pattern("geometric"),
        Q.color("black", "other_garment_color"),
        wearing("a saree"),
        describe("saree", "a blue and orange saree with a geometric print and a black blouse"),
        details(
            "saree",
            "a blue and orange saree with a geometric print and a black blouse and a black blouse and a black blouse"
            " and a black blouse",
            "loop",
            hit_limit=True,
        ),
        title="Satya Paul Women Printed Multi Saree",
        category="Sarees",
        color="Multi",
        gender="Women",
    ),
    # photo: plain red sleeveless kurta with a curved hem, round neck, white slim pants, white backdrop, front view
    # (the feed row has no title); VQA adapter free texts, reference engine closed
    case(
        "X1123-041",
        caption("a woman in a red kurta and white pants"),
        Q.color("red"),
        Q.sleeve_length("sleeveless"),
        details("kurta", "the kurta has a curved hem and a round neck"),
        wearing("a red tunic and white pants"),
        color_of("kurta", "white", "other_garment_color", kind="open"),
        Q.garment_type("saree", "contradiction"),
        category="Kurtas",
        color="Red",
        gender="Women",
    ),
    # photo: grey-melange pullover top with a drawstring hood, long sleeves, no zipper and no pocket, blue jeans,
    # white backdrop; VQA adapter free texts, reference engine closed
    case(
        "X1123-042",
        caption("a woman wearing a grey hoodie and blue jeans"),
        cloth("hoodie"),
        Q.garment_type("sweatshirt"),
        color_of("top", "blue", "other_garment_color"),
        describe("top", "a grey hoodie with a zipper and a kangaroo pocket", "unsupported"),
        Q.sleeve_length("long sleeves"),
        wearing(
            "a grey hoodie and jeans and a grey hoodie and jeans and a grey hoodie and jeans and a grey hoodie and",
            "loop",
            hit_limit=True,
        ),
        title="United Colors of Benetton Women Solid Grey Tops",
        category="Tops",
        color="Grey",
        gender="Women",
    ),
    # photo: navy saree with a white chevron-print pallu, white short-sleeve blouse, no belt, white backdrop;
    # VQA adapter free texts (one describe came back empty), reference engine closed
    case(
        "X1123-043",
        caption("a woman in a dark blue saree and a white top"),
        color_of("saree", "white", "other_garment_color"),
        Q.color("navy blue"),
        Q.pattern("zigzag"),
        describe("saree", "", "non_answer"),
        wearing(
            "she is wearing a dark blue sari and a white blouse with a silver belt around her waist",
            "unsupported",
            who="she",
        ),
        is_a("saree", "yes"),
        title="Prafful Women Navy Blue Saree",
        category="Sarees",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: plain black long-sleeve thermal-knit top, red tartan plaid skirt, white backdrop, front view;
    # VQA adapter free texts, reference engine closed
    case(
        "X1123-044",
        caption("a woman wearing a black top and a red plaid skirt"),
        color_of("top", "red", "other_garment_color"),
        Q.pattern("checked", "contradiction"),
        Q.sleeve_length("long sleeves"),
        wearing("a black sweater and a red skirt"),
        details("top", "the top has long sleeves and a round neck"),
        describe("top", "his shirt is black with long sleeves", "pronoun"),
        Q.material("leather", "unsupported"),
        title="United Colors Of Benetton Women Light Winter Black Tops",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: olive-green A-line kurta with a mustard floral print, round neck, three-quarter sleeves, mustard
    # leggings, white backdrop; VQA adapter free texts, reference engine closed
    case(
        "X1123-045",
        caption("a woman in a green floral kurta and yellow leggings"),
        color_of("kurta", "yellow", "other_garment_color"),
        Q.pattern("floral"),
        describe("kurta", "olive green kurta with yellow flowers and three quarter sleeves"),
        details(
            "kurta",
            "the kurta has a round neck and three quarter sleeves and a floral print all over and it is worn with"
            " yellow leggings that reach the",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        is_a("kurta", "no", "contradiction"),
        title="Diva Women Printed Olive Kurta",
        category="Kurtas",
        color="Olive",
        gender="Women",
    ),
    # photo: maroon saree with small gold butis all over and a wide gold border, maroon blouse, the model holds the
    # pallu out with one hand, white backdrop; VQA adapter free texts, reference engine closed
    case(
        "X1123-046",
        caption("a woman in a red saree with gold border holding her pallu"),
        Q.garment_type("saree"),
        color_of("saree", "maroon"),
        wearing("he is wearing a maroon sari with a gold border", "pronoun"),
        details("saree", "the details are the details of the saree", "restated"),
        describe(
            "saree",
            "the saree is maroon with small gold motifs all over and a wide gold border at the bottom and the pallu is"
            " maroon with gold motifs and the",
            "cut",
            hit_limit=True,
        ),
        title="Avishi Women Maroon Saree",
        category="Sarees",
        color="Maroon",
        gender="Women",
    ),
]
