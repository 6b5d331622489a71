"""BLIND_797 (46 products; Myntra ethnic wear, zero-shot base, piece colors): written blind in the fifty-fifth session.
Measured blind at 7bf5cc7 (the session's final rules): 112/144 failures found (77.8%) and 15/206 correct texts flagged
(7.3%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's ethnic wear: kurta sets (kurta with palazzos or trousers, some with a dupatta),
anarkali kurtas (with churidar, leggings, palazzos or trousers, some with a dupatta) and sarees (with their blouse).
Catalog photos, mostly full-length on a white studio backdrop, a few on beige, grey or pink walls or with a prop
(a clutch, a potli bag, a basket, sunglasses, a carved wooden door). The seller's columns are title, category,
color and gender; a few rows lack color or gender, as real feeds do. The job asks one color question per piece of
the set ("What is the color of the kurta / dupatta / palazzos / churidar / saree / blouse?"), an open question on
the saree border's color, what the person is wearing, a description or the details of the main piece, and on some
products the pattern, the sleeve length, the material or "Is this a ...?".

Who wrote what: every text comes from the untuned base model, Salesforce/blip2-opt-2.7b zero-shot, 8-bit, greedy,
prompt "Question: ... Answer:", 30 new tokens for answers and 50 for captions. The per-piece color questions, the
pattern, the sleeve length and "Is this a ...?" are closed: enrich's `--engine reference` ranks the candidate
values and keeps one, so those answers are one clean value and never loop or stop short; their failures are a wrong
pick, most often the color of another piece of the same set (the base model's "one color for every garment"
habit) or a color for a dupatta that is not in the photo. Captions, "wearing", "describe", "details", the material
and the border color are free generation. The base model usually stops on its own (newline) with a short,
lowercase answer; its habits: calling a kurta a "dress", "top" or "suit", a saree a "sari", red for maroon, blue
for navy or teal; giving the whole outfit the color of the dupatta, blouse or bottom; inventing pockets, collars,
tassels, mirror work or a fabric; answering an open question with one word or just a color; saying "he" now and
then; on long descriptions it sometimes keeps going until the limit, either repeating a phrase or cut mid-phrase;
and it sometimes writes the next "Question: ... Answer:" of the format itself.

Labeling conventions and judgement calls:
- A closed per-piece color answer that gives the piece the color of another piece in the photo (the kurta's color
  for the dupatta, the blouse's color for the saree) is labeled contradiction; the other_garment_color label is
  kept for free-generated texts (caption, wearing, describe, details) that give the product another piece's color.
- A wrong closed pick that is no other piece's value (a "solid" pattern for a block print, "sleeveless" for
  three-quarter sleeves, "no" to "Is this a saree?" for a saree) is a contradiction too.
- A closed color for a dupatta that is not in the photo (a kurta set sold and shot without one) is unsupported.
- A color taken from the backdrop or a prop rather than from a garment (brown trousers from a wooden door) is a
  contradiction, not other_garment_color: the door is not a garment.
- Shades are correct when they name the same hue family as the photo: maroon/wine answered "red" or "maroon",
  navy/indigo answered "blue" or "navy blue", teal answered "teal" or "blue", off white answered "white", lavender
  or mauve answered "purple", coral answered "orange". A multi-color piece (ombre or half-and-half saree) answered
  with one of its own colors is correct.
- Garment words: kurta as "kurti", "tunic", "top", "suit", "salwar suit", "salwar kameez" or, for an anarkali,
  "dress" is correct; an anarkali called a "lehenga", a straight knee-length kurta called a "shirt", or "no" to
  "Is this an anarkali kurta?" for an anarkali is a contradiction. A saree called a "sari" is correct.
- A named fabric is unsupported when nobody can see it in the photo and the catalog title names another fabric
  (chiffon for a georgette saree, silk for a cotton one); a fabric the title names is correct.
- non_answer: a one-word or color-only answer, "clothes", "yes" or a bare garment word to an open question that
  asks for a garment or a description ("white" to "What is the person wearing?", "a saree" to "Describe the
  saree."). A bare garment phrase to "What is the person wearing?" ("a blue sari") does answer it and is correct.
- restated: a sentence that only turns the question's words around ("the kurta details are the details of the
  kurta", "the saree is a saree"); one word back is non_answer instead.
- leak: the text contains the format's "Question:" / "Answer:", even when the part before it is right.
- loop and cut texts ran to the 30- or 50-token limit and are marked hit_limit=True; a loop keeps that label even
  when its first clause is right, and a cut keeps that label even when everything before the cut is right.
- pronoun: "he"/"his" for a product the seller lists as Women. No pronoun failure is set on the row without gender.
- A seller column that disagrees with the photo (a lavender kurta listed "Blue") does not make the model wrong:
  a text is labeled against the photo, and the seller's mistake is recorded in the photo comment.
- One label per text: where a text has two faults, the one a reader would notice first (the loop, the cut, the
  leak) is the label.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    question,
    wearing,
)

pattern = BLIND_QUESTIONS.pattern
sleeves = BLIND_QUESTIONS.sleeve_length
material = BLIND_QUESTIONS.material
border = question("color_saree_border", "What is the color of the saree border?", "open")

BLIND_797 = [
    # photo: pink straight kurta with small white floral print, matching pink palazzos, white dupatta with a pink
    # border over one shoulder, silver jhumkas, white backdrop, front view. All texts: base model zero-shot.
    case(
        "X797-001",
        caption("a woman in a pink kurta and palazzo pants with a white dupatta"),
        wearing("a pink salwar suit"),
        color_of("kurta", "pink"),
        color_of("dupatta", "pink", "contradiction"),
        color_of("palazzos", "pink"),
        describe("kurta", "it is a pink kurta with white flowers"),
        pattern("floral"),
        details("kurta", "white kurta with pink flowers", "other_garment_color"),
        title="Libas Women Pink Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: mustard straight kurta with green block print and a round neck, plain green trousers, no dupatta; the
    # model holds a small green potli bag; white backdrop, front view. All texts: base model zero-shot.
    case(
        "X797-002",
        caption("a woman in a yellow kurta and green pants holding a purse"),
        wearing("a yellow and green outfit"),
        color_of("kurta", "yellow"),
        color_of("dupatta", "green", "unsupported"),
        color_of("trousers", "green"),
        details("kurta", "the kurta has a mandarin collar and pockets on the side", "unsupported"),
        material("cotton"),
        pattern("solid", "contradiction"),
        title="Anouk Women Mustard Yellow & Green Block Print Pure Cotton Kurta with Trousers",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: navy blue Banarasi saree with a gold zari border and small gold buttis, navy blouse with gold bands on
    # the sleeves, pallu over the left shoulder; beige wall behind, three-quarter view, the back of the blouse
    # not visible. All texts: base model zero-shot.
    case(
        "X797-003",
        caption("a woman in a blue saree with gold border standing in front of a beige wall"),
        wearing("a blue sari"),
        color_of("saree", "navy blue"),
        color_of("blouse", "navy blue"),
        border("gold"),
        describe(
            "saree",
            "a blue silk saree with gold border and gold embroidery on the pallu, pallu, pallu, pallu, pallu, pallu,"
            " pallu, pallu, pallu",
            "loop",
            hit_limit=True,
        ),
        material("silk"),
        details("saree", "the blouse has a sweetheart neckline and tassels on the back", "unsupported"),
        title="Mitera Navy Blue & Gold-Toned Zari Woven Design Silk Blend Banarasi Saree",
        category="Sarees",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: maroon flared anarkali kurta with gold embroidery on the yoke and full sleeves, maroon churidar, beige
    # net dupatta with a gold border; white backdrop, full-length front view. All texts: base model zero-shot.
    case(
        "X797-004",
        caption("a woman in a red anarkali dress with gold embroidery"),
        wearing("she is wearing a lehenga", "contradiction"),
        color_of("kurta", "maroon"),
        color_of("dupatta", "maroon", "contradiction"),
        color_of("churidar", "maroon"),
        is_a("anarkali kurta", "yes", article="an"),
        sleeves("long"),
        describe("kurta", "a beige anarkali with gold embroidery", "other_garment_color"),
        title="Biba Women Maroon Yoke Design Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: teal straight kurta with a gold foil print on the neckline and the hem, teal palazzos, tan juttis, no
    # dupatta; white backdrop, front view. All texts: base model zero-shot.
    case(
        "X797-005",
        caption("a woman in a teal kurta and palazzo pants standing on a white background"),
        wearing("a teal kurta and palazzo"),
        color_of("kurta", "teal"),
        color_of("dupatta", "teal", "unsupported"),
        color_of("palazzos", "teal"),
        describe("kurta", "the kurta is a kurta", "restated"),
        details("kurta", "gold print on the neck and the hem"),
        title="Sangria Women Teal Foil Print Straight Kurta with Palazzos",
        category="Kurta Sets",
        color="Teal",
        gender="Women",
    ),
    # photo: magenta georgette saree with small white and yellow flowers, plain black blouse, pallu left open; grey
    # studio backdrop, front view. All texts: base model zero-shot.
    case(
        "X797-006",
        caption("a woman in a pink sari with a black blouse"),
        wearing("black saree", "other_garment_color"),
        color_of("saree", "pink"),
        color_of("blouse", "pink", "contradiction"),
        pattern("floral"),
        material("chiffon", "unsupported"),
        describe("saree", "Question: What is the color of the saree? Answer: pink", "leak"),
        title="Saree mall Magenta Floral Printed Pure Georgette Saree",
        category="Sarees",
        color="Magenta",
        gender="Women",
    ),
    # photo: off-white kurta with an indigo floral print, V neck and three-quarter sleeves, indigo trousers, indigo
    # dupatta with an off-white print; white backdrop, front view. All texts: base model zero-shot.
    case(
        "X797-007",
        caption("a woman in a white and blue dress with a blue scarf"),
        wearing("a white kurta with blue pants"),
        color_of("kurta", "white"),
        color_of("dupatta", "blue"),
        color_of("trousers", "white", "contradiction"),
        details("kurta", "it has a v neck, three quarter sleeves and a blue floral print"),
        is_a("kurta", "yes"),
        describe("kurta", "a blue kurta with white flowers", "other_garment_color"),
        title="W Women Off White & Blue Floral Print Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Off White",
        gender="Women",
    ),
    # photo: bottle-green flared anarkali kurta with a gold floral print and three-quarter sleeves, worn over white
    # leggings (not sold with it), no dupatta; hand on hip, white backdrop. All texts: base model zero-shot.
    case(
        "X797-008",
        caption("a woman in a green dress with white leggings"),
        wearing("a green anarkali dress"),
        color_of("kurta", "white", "contradiction"),
        color_of("leggings", "white"),
        describe("kurta", "he is wearing a green kurta with gold print", "pronoun"),
        sleeves("three-quarter"),
        pattern("floral"),
        details("kurta", "the kurta has a gold zari border and a matching dupatta", "unsupported"),
        title="Aurelia Women Green Ethnic Motifs Printed Anarkali Kurta",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: red bandhani art silk saree with a gold zari border, plain red blouse, the model holds the pallu out,
    # gold bangles; white backdrop. No mirror work, no tassels. All texts: base model zero-shot.
    case(
        "X797-009",
        caption("a woman in a red sari with gold trim and gold bracelets"),
        wearing("red saree"),
        color_of("saree", "red"),
        color_of("blouse", "gold", "contradiction"),
        border("gold"),
        details("saree", "the saree has a mirror work border and tassels on the pallu", "unsupported"),
        material("silk"),
        describe(
            "saree",
            "a red bandhani saree with a gold zari border, the pallu is held out by the woman and she is wearing"
            " gold bangles on both of her",
            "cut",
            hit_limit=True,
        ),
        title="KALINI Red & Gold-Toned Bandhani Art Silk Saree",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: knee-length straight kurta in blue and white vertical stripes, round neck, three-quarter sleeves, white
    # palazzos, no dupatta; body slightly turned; white backdrop. All texts: base model zero-shot.
    case(
        "X797-010",
        caption("a woman in a blue and white striped top and blue pants", "other_garment_color"),
        wearing("a striped shirt and white pants", "contradiction"),
        color_of("kurta", "blue"),
        color_of("palazzos", "blue", "contradiction"),
        pattern("striped"),
        details("kurta", "the details of the kurta are on the kurta", "restated"),
        describe(
            "kurta",
            "blue and white striped kurta with a round neck and three quarter sleeves, and a pair of white palazzo"
            " pants with a pair of white palazzo pants with a pair of",
            "loop",
            hit_limit=True,
        ),
        title="Jaipur Kurti Women Blue & White Striped Pure Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: peach anarkali kurta with gold sequin embroidery on the yoke and sleeves, peach palazzos, peach net
    # dupatta with a scalloped edge; white backdrop, front view. All texts: base model zero-shot.
    case(
        "X797-011",
        caption("a woman in a peach colored dress with gold embroidery and a sheer scarf"),
        wearing("peach", "non_answer"),
        color_of("kurta", "peach"),
        color_of("dupatta", "peach"),
        color_of("palazzos", "peach"),
        describe("kurta", "Answer: a peach anarkali kurta with gold sequins", "leak"),
        details("kurta", "the kurta has gold sequins on the yoke and sleeves"),
        material("the material is the material of the garment", "restated"),
        title="Indo Era Women Peach Sequinned Anarkali Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Peach",
        gender="Women",
    ),
    # photo: black georgette saree with a silver sequinned border, sleeveless silver blouse, the model holds a black
    # clutch; white backdrop, front view. All texts: base model zero-shot.
    case(
        "X797-012",
        caption("a woman in a black sari with silver sequins holding a clutch"),
        wearing("a silver saree", "other_garment_color"),
        color_of("saree", "black"),
        color_of("blouse", "black", "contradiction"),
        describe("saree", "a black sari with silver sequins on the border"),
        material("georgette"),
        is_a("saree", "no", "contradiction"),
        title="Anouk Black & Silver-Toned Sequinned Georgette Saree",
        category="Sarees",
        color="Black",
        gender="Women",
    ),
    # photo: olive green kurta with gold embroidery on the yoke and neckline and gold-embroidered cuffs, olive
    # trousers, cream dupatta with olive polka dots; white backdrop. All texts: base model zero-shot.
    case(
        "X797-013",
        caption("a woman wearing a white kurta and green pants", "other_garment_color"),
        wearing("she is wearing a green kurta with a white and green dupatta"),
        color_of("kurta", "olive"),
        color_of("dupatta", "cream"),
        color_of("trousers", "cream", "contradiction"),
        describe(
            "kurta",
            "the kurta is olive green with gold embroidery on the yoke and the neckline, and the sleeves have a"
            " matching gold embroidered",
            "cut",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        title="GoSriKi Women Olive Green Yoke Design Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Olive",
        gender="Women",
    ),
    # photo: mustard chiffon saree with a thin maroon border, maroon blouse, pallu falling down the back (back
    # three-quarter view); white backdrop. All texts: base model zero-shot.
    case(
        "X797-014",
        caption("a woman in a yellow saree with a red blouse"),
        wearing("a yellow and red saree"),
        color_of("saree", "mustard"),
        color_of("blouse", "maroon"),
        border("yellow", "contradiction"),
        describe("saree", "the saree is a saree", "restated"),
        title="Ishin Mustard Yellow Solid Chiffon Saree",
        category="Sarees",
        color="Mustard",
        gender="Women",
    ),
    # photo: navy blue flared anarkali kurta with a white floral print and a V neck, white churidar, navy dupatta;
    # light grey backdrop, the model twirls. No belt, no pockets. All texts: base model zero-shot.
    case(
        "X797-015",
        caption("a woman in a blue and white floral dress spinning around"),
        wearing("a blue dress"),
        color_of("kurta", "navy blue"),
        color_of("dupatta", "navy blue"),
        color_of("churidar", "navy blue", "contradiction"),
        details("kurta", "the dress has a v-neck, a belt at the waist and pockets", "unsupported"),
        pattern("floral"),
        describe("kurta", "yes", "non_answer"),
        title="Varanga Women Navy Blue Floral Printed Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: rust orange straight kurta with black ethnic motifs, black palazzos, no dupatta, oxidised silver
    # jewellery; white backdrop, front view. All texts: base model zero-shot.
    case(
        "X797-016",
        caption("a woman in an orange and black kurta and black pants"),
        wearing("orange kurta Question: what is the color of the pants? Answer: black", "leak"),
        color_of("kurta", "black", "contradiction"),
        color_of("palazzos", "black"),
        describe("kurta", "an orange kurta with black print"),
        material("cotton"),
        details("kurta", "black kurta with orange print", "other_garment_color"),
        title="Anubhutee Women Rust Orange Ethnic Motifs Printed Pure Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Rust",
        gender="Women",
    ),
    # photo: emerald green silk saree with a pink zari border and a pink pallu with gold motifs, pink blouse; white
    # backdrop, front view. All texts: base model zero-shot.
    case(
        "X797-017",
        caption("a woman in a green and pink saree posing for the camera"),
        wearing("a pink saree", "other_garment_color"),
        color_of("saree", "green"),
        color_of("blouse", "pink"),
        border("pink"),
        material("cotton", "unsupported"),
        describe("saree", "a green silk saree with a pink border and a pink pallu with gold work"),
        title="Soch Green & Pink Woven Design Silk Saree",
        category="Sarees",
        color="Green",
        gender="Women",
    ),
    # photo: lavender kurta with white chikankari embroidery all over the front and on the sleeves, white
    # trousers, lavender dupatta; white backdrop. The seller lists the color as Blue, which the photo does not
    # bear out. All texts: base model zero-shot.
    case(
        "X797-018",
        caption("a woman in a purple kurta with white embroidery and white pants"),
        wearing("a purple kurta"),
        color_of("kurta", "lavender"),
        color_of("dupatta", "white", "contradiction"),
        color_of("trousers", "white"),
        details("kurta", "white thread embroidery all over the front"),
        describe(
            "kurta",
            "a lavender kurta with white chikankari embroidery on the front and the sleeves, worn with white trousers"
            " and a lavender dupatta with a",
            "cut",
            hit_limit=True,
        ),
        material("linen", "unsupported"),
        title="Libas Women Chikankari Embroidered Pure Cotton Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: black anarkali kurta with a gold gotta patti border at the hem, the cuffs and the neck, full sleeves,
    # black palazzos, black dupatta with a gold border; no zip, no pockets; white backdrop. All texts: base model.
    case(
        "X797-019",
        caption("a woman in a black dress with gold trim"),
        wearing("a black lehenga with a gold border", "contradiction"),
        color_of("kurta", "black"),
        color_of("dupatta", "black"),
        color_of("palazzos", "black"),
        describe(
            "kurta",
            "the kurta is black with gold border at the bottom and the sleeves and the neck and the bottom and the"
            " sleeves and the neck and the",
            "loop",
            hit_limit=True,
        ),
        sleeves("long"),
        details("kurta", "the kurta has a zip at the back and pockets", "unsupported"),
        title="House of Pataudi Women Black Gotta Patti Anarkali Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: off-white Kerala kasavu cotton saree with a gold border, red blouse, jasmine in the hair; white
    # backdrop, front view. All texts: base model zero-shot.
    case(
        "X797-020",
        caption("a woman in a red saree with a gold border", "other_garment_color"),
        wearing("white", "non_answer"),
        color_of("saree", "red", "contradiction"),
        color_of("blouse", "red"),
        border("gold"),
        details("saree", "the saree has a gold zari border on the pallu and the edge"),
        material("cotton"),
        title="Mitera Off White & Gold-Toned Kasavu Pure Cotton Saree",
        category="Sarees",
        color="Off White",
        gender="Women",
    ),
    # photo: lemon yellow kurta with a white floral print and a round neck, white palazzos with a small yellow
    # print, white dupatta with yellow tassels; white backdrop, front view only. All texts: base model zero-shot.
    case(
        "X797-021",
        caption("a woman wearing a white kurta and white pants", "other_garment_color"),
        wearing("a yellow kurti with white pants and a white scarf"),
        color_of("kurta", "yellow"),
        color_of("dupatta", "yellow", "contradiction"),
        color_of("palazzos", "white"),
        describe("kurta", "yellow kurta with white flowers, a round neck and a tie-up at the back", "unsupported"),
        pattern("floral"),
        details("kurta", "white flowers Question: what is the color of the dupatta? Answer: white", "leak"),
        title="Janasya Women Yellow Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Yellow",
        gender="Women",
    ),
    # photo: pink anarkali kurta with a gold print, white leggings, no dupatta; white backdrop, front view.
    # All texts: base model zero-shot.
    case(
        "X797-022",
        caption("a woman in a pink and gold dress with white leggings"),
        wearing("he is wearing a pink anarkali kurta", "pronoun"),
        color_of("kurta", "pink"),
        color_of("leggings", "pink", "contradiction"),
        describe("kurta", "a pink anarkali kurta with gold print and a matching pink dupatta", "unsupported"),
        is_a("anarkali kurta", "yes", article="an"),
        details("kurta", "the kurta details are the details of the kurta", "restated"),
        title="Biba Women Pink Printed Anarkali Kurta",
        category="Kurtas",
        color="Pink",
        gender="Women",
    ),
    # photo: chiffon saree shading from purple at the pleats to orange at the pallu, orange blouse; white backdrop.
    # All texts: base model zero-shot.
    case(
        "X797-023",
        caption("a woman in a purple and orange saree"),
        wearing("a purple sari with an orange blouse"),
        color_of("saree", "purple"),
        color_of("blouse", "purple", "contradiction"),
        describe(
            "saree",
            "purple and orange saree with a purple and orange saree with a purple and orange saree with a purple and"
            " orange saree with a",
            "loop",
            hit_limit=True,
        ),
        material("chiffon"),
        title="Saree mall Purple & Orange Ombre Chiffon Saree",
        category="Sarees",
        color="Multi",
        gender="Women",
    ),
    # photo: black kurta with a white geometric print and a keyhole round neck, black and white printed palazzos,
    # no dupatta; the model holds sunglasses; white backdrop. All texts: base model zero-shot.
    case(
        "X797-024",
        caption("a woman in a black and white printed kurta and pants holding sunglasses"),
        wearing("clothes", "non_answer"),
        color_of("kurta", "black"),
        color_of("dupatta", "white", "unsupported"),
        color_of("palazzos", "black"),
        pattern("geometric"),
        describe("kurta", "the description of the kurta is a description of a kurta", "restated"),
        details("kurta", "a black kurta with white geometric print and a mandarin collar", "unsupported"),
        title="Anouk Women Black & White Geometric Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: sea green georgette anarkali kurta with silver thread embroidery on the neck and hem, sea green
    # churidar, white organza dupatta; white backdrop, front view. All texts: base model zero-shot.
    case(
        "X797-025",
        caption("a woman in a green anarkali suit with a white dupatta"),
        wearing("a white anarkali suit", "other_garment_color"),
        color_of("kurta", "sea green"),
        color_of("dupatta", "white"),
        color_of("churidar", "white", "contradiction"),
        describe(
            "kurta",
            "the anarkali kurta is a long, flowy kurta with silver embroidery on the neck and the hemline and it is"
            " paired with a",
            "cut",
            hit_limit=True,
        ),
        material("georgette"),
        title="Ahalyaa Women Sea Green Embroidered Georgette Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Sea Green",
        gender="Women",
    ),
    # photo: powder blue georgette saree with pink flowers and a thin pink border, pink blouse; the model looks to
    # the side; white backdrop. All texts: base model zero-shot.
    case(
        "X797-026",
        caption("a woman in a light blue sari with pink flowers"),
        wearing("he is wearing a blue saree and a pink blouse", "pronoun"),
        color_of("saree", "blue"),
        color_of("blouse", "blue", "contradiction"),
        pattern("floral"),
        describe("saree", "a pink saree with blue flowers", "other_garment_color"),
        details(
            "saree",
            "the saree has pink flowers on a blue background and a pink border Question: what is the color of the"
            " blouse? Answer:",
            "leak",
            hit_limit=True,
        ),
        material("georgette"),
        title="KALINI Blue & Pink Floral Printed Pure Georgette Saree",
        category="Sarees",
        color="Blue",
        gender="Women",
    ),
    # photo: red kurta with gold embroidery on the yoke and sleeves, plain beige trousers, red dupatta with a gold
    # border; lifestyle shot in front of a carved brown wooden door. No lace on the trousers. All texts: base model.
    case(
        "X797-027",
        caption("a woman in a red kurta standing in front of a wooden door"),
        wearing("a red kurta with beige pants and a red dupatta"),
        color_of("kurta", "red"),
        color_of("dupatta", "red"),
        color_of("trousers", "brown", "contradiction"),
        describe("kurta", "he is wearing a red kurta with gold embroidery on the neck", "pronoun"),
        details(
            "kurta",
            "gold embroidery on the yoke and the sleeves, a red dupatta with a gold border and beige pants with lace"
            " on the hem",
            "unsupported",
        ),
        title="Varanga Women Red Yoke Design Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Red",
        gender="Women",
    ),
    # photo: grey silk blend saree, pink border with gold lines, pink and gold woven motifs on the pallu, pink blouse;
    # white backdrop, front view. All texts: base model zero-shot.
    case(
        "X797-028",
        caption("a woman in a grey saree with a pink border"),
        wearing("he is wearing a grey saree", "pronoun"),
        color_of("saree", "grey"),
        color_of("blouse", "pink"),
        details("saree", "nothing", "non_answer"),
        border(
            "pink and gold and pink and gold and pink and gold and pink and gold and pink and gold and pink and gold",
            "loop",
            hit_limit=True,
        ),
        describe("saree", "grey silk saree with a pink border and pink and gold woven motifs on the pallu"),
        material("cotton", "unsupported"),
        title="Mitera Grey & Pink Woven Design Silk Blend Saree",
        category="Sarees",
        color="Grey",
        gender="Women",
    ),
    # photo: royal blue kurta with a white bandhani-style dot print, three-quarter sleeves, white palazzos, blue and
    # white dupatta; white backdrop. The feed row has no color column. All texts: base model zero-shot.
    case(
        "X797-029",
        caption("a woman in a blue kurta and white pants with a blue and white scarf"),
        wearing("a white suit", "other_garment_color"),
        color_of("kurta", "blue"),
        color_of("dupatta", "blue"),
        color_of("palazzos", "white"),
        details("kurta", "yes", "non_answer"),
        sleeves("three-quarter"),
        describe(
            "kurta",
            "a blue kurta with white dots all over it and three quarter sleeves, worn with white palazzo pants and a"
            " blue and white dupatta that is draped over",
            "cut",
            hit_limit=True,
        ),
        pattern("striped", "contradiction"),
        title="Sangria Women Blue Bandhani Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        gender="Women",
    ),
    # photo: mauve anarkali kurta with a silver foil print on the yoke, three-quarter sleeves, cream churidar, no
    # dupatta; pale pink wall behind. All texts: base model zero-shot.
    case(
        "X797-030",
        caption("a woman in a purple dress standing in front of a pink wall"),
        wearing("a purple anarkali and cream pants"),
        color_of("kurta", "cream", "contradiction"),
        color_of("churidar", "cream"),
        describe("kurta", "the kurta is the kurta that the person is wearing", "restated"),
        sleeves("three-quarter"),
        details("kurta", "silver print on the yoke Answer: silver", "leak"),
        is_a("anarkali kurta", "no", "contradiction", article="an"),
        title="Aurelia Women Mauve Foil Print Anarkali Kurta with Churidar",
        category="Kurta Sets",
        color="Mauve",
        gender="Women",
    ),
    # photo: orange saree with a green leaf-print border and pallu, green blouse, the model holds a small potli bag;
    # white backdrop. All texts: base model zero-shot.
    case(
        "X797-031",
        caption("a woman in an orange sari holding a small bag"),
        wearing("a green sari", "other_garment_color"),
        color_of("saree", "orange"),
        color_of("blouse", "green"),
        border("green"),
        describe(
            "saree",
            "orange saree with green leaf print border and pallu Question: what is the color of the blouse? Answer:"
            " green",
            "leak",
        ),
        pattern("floral"),
        title="Saree mall Orange & Green Leaf Print Saree",
        category="Sarees",
        color="Orange",
        gender="Women",
    ),
    # photo: green straight rayon kurta with small white flowers all over, round neck, three-quarter sleeves,
    # straight hem, matching green printed palazzos, no dupatta; white backdrop. All texts: base model zero-shot.
    case(
        "X797-032",
        caption("a woman in a green floral kurta and palazzo pants"),
        wearing("green kurta and palazzo pants"),
        color_of("kurta", "green"),
        color_of("dupatta", "green", "unsupported"),
        color_of("palazzos", "green"),
        describe(
            "kurta",
            "it is a straight kurta with white flowers printed all over, a round neck, three quarter sleeves and a"
            " straight hem",
        ),
        material("rayon"),
        details(
            "kurta",
            "the kurta has white flowers all over, a round neck, three quarter sleeves and a straight hem, and the"
            " palazzos have the same",
            "cut",
            hit_limit=True,
        ),
        sleeves("sleeveless", "contradiction"),
        title="W Women Green Floral Printed Rayon Straight Kurta with Palazzos",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: mustard anarkali kurta with a red and green floral print, mustard trousers, red dupatta with a gold
    # gota border; white backdrop. All texts: base model zero-shot.
    case(
        "X797-033",
        caption(
            "a woman in a yellow dress with a red scarf and a red scarf and a red scarf and a red scarf and a red"
            " scarf and a red scarf and a red scarf and a red scarf and a red",
            "loop",
            hit_limit=True,
        ),
        wearing("a yellow anarkali with a red dupatta"),
        color_of("kurta", "mustard"),
        color_of("dupatta", "red"),
        color_of("trousers", "red", "contradiction"),
        pattern("floral"),
        describe("kurta", "a red anarkali with yellow flowers", "other_garment_color"),
        details("dupatta", "the dupatta has a gold gota border and mirror work", "unsupported"),
        title="Libas Women Mustard Yellow Floral Printed Anarkali Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: white cotton saree with thin black stripes and a black border, black blouse, chunky silver necklace;
    # white backdrop, front view. All texts: base model zero-shot.
    case(
        "X797-034",
        caption("a woman in a black sari with white stripes", "other_garment_color"),
        wearing("a black and white saree with a black blouse"),
        color_of("saree", "black", "contradiction"),
        color_of("blouse", "black"),
        pattern("striped"),
        details("saree", "saree", "non_answer"),
        describe("saree", "the saree is white with black stripes and a black border, she is wearing a silver necklace"),
        material("silk", "unsupported"),
        title="Anouk White & Black Striped Pure Cotton Saree",
        category="Sarees",
        color="White",
        gender="Women",
    ),
    # photo: beige kurta with a pink floral print, three-quarter sleeves, plain pink trousers, pink dupatta; white
    # backdrop, front view. All texts: base model zero-shot.
    case(
        "X797-035",
        caption("a woman in a pink kurta with pink pants and a pink scarf", "other_garment_color"),
        wearing("a beige and pink salwar suit"),
        color_of("kurta", "beige"),
        color_of("dupatta", "pink"),
        color_of("trousers", "pink"),
        describe("kurta", "a pink kurta with beige flowers", "other_garment_color"),
        details("kurta", "Question: What are the kurta details? Answer: the kurta details", "leak"),
        sleeves("three-quarter"),
        title="Anubhutee Women Beige & Pink Floral Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Beige",
        gender="Women",
    ),
    # photo: wine velvet anarkali kurta with gold zardozi embroidery on the yoke, sleeves and hem, wine trousers,
    # gold tissue dupatta; white backdrop, full length. All texts: base model zero-shot.
    case(
        "X797-036",
        caption("a woman in a dark red velvet dress with gold embroidery and a gold dupatta"),
        wearing("a maroon anarkali suit"),
        color_of("kurta", "maroon"),
        color_of("dupatta", "maroon", "contradiction"),
        color_of("trousers", "maroon"),
        material("velvet"),
        details("kurta", "gold embroidery Question: what is the material of the kurta? Answer: velvet", "leak"),
        describe(
            "kurta",
            "a long anarkali kurta in velvet with gold zardozi embroidery on the yoke, sleeves and hem, and a gold"
            " border at the bottom of the kurta, and",
            "cut",
            hit_limit=True,
        ),
        title="Indo Era Women Burgundy Embroidered Velvet Anarkali Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Burgundy",
        gender="Women",
    ),
    # photo: peach net saree with scattered gold sequins, gold sleeveless blouse, no belt; white backdrop, front.
    # All texts: base model zero-shot.
    case(
        "X797-037",
        caption("a woman in a peach saree with gold sequins"),
        wearing("a gold dress", "other_garment_color"),
        color_of("saree", "peach"),
        color_of("blouse", "peach", "contradiction"),
        describe("saree", "a saree", "non_answer"),
        material("net"),
        details("saree", "the saree comes with a matching gold belt", "unsupported"),
        is_a("saree", "yes"),
        title="Soch Peach-Coloured & Gold-Toned Sequinned Net Saree",
        category="Sarees",
        color="Peach",
        gender="Women",
    ),
    # photo: indigo kurta with a white dabu print and a plain round neck (no tie, no tassels), white palazzos,
    # indigo dupatta; the model holds a cane basket; white backdrop. All texts: base model zero-shot.
    case(
        "X797-038",
        caption("a woman in a blue kurta and white pants holding a basket"),
        wearing("a blue and white salwar kameez"),
        color_of("kurta", "navy blue"),
        color_of("dupatta", "navy blue"),
        color_of("palazzos", "navy blue", "contradiction"),
        describe("kurta", "a white kurta with blue prints", "other_garment_color"),
        details("kurta", "it has white prints and a tassel tie at the neck", "unsupported"),
        title="Jaipur Kurti Women Indigo Dabu Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: off-white anarkali kurta with a multicolor (pink, green) floral print border at the hem, round neck,
    # long sleeves, off-white churidar, no dupatta; white backdrop. All texts: base model zero-shot.
    case(
        "X797-039",
        caption("a woman in a white dress with flowers on the bottom"),
        wearing("white", "non_answer"),
        color_of("kurta", "white"),
        color_of("dupatta", "pink", "unsupported"),
        color_of("churidar", "white"),
        describe(
            "kurta",
            "the kurta is white with a floral print at the bottom, a round neck and long sleeves, and the bottom is"
            " a floral print with a floral print with a floral print with a",
            "loop",
            hit_limit=True,
        ),
        pattern("floral"),
        sleeves("short", "contradiction"),
        title="Biba Women Off-White Floral Printed Anarkali Kurta with Churidar",
        category="Kurta Sets",
        color="Off White",
        gender="Women",
    ),
    # photo: teal silk saree with a gold temple border and small gold motifs, pallu folded over the shoulder (its
    # design not visible), mustard yellow blouse; white backdrop. All texts: base model zero-shot.
    case(
        "X797-040",
        caption("a woman in a blue saree with a gold border and a yellow blouse"),
        wearing("a yellow saree", "other_garment_color"),
        color_of("saree", "teal"),
        color_of("blouse", "yellow"),
        border("gold"),
        details(
            "saree",
            "the saree has a temple border and gold motifs on the body, and the pallu has peacock designs",
            "unsupported",
        ),
        material("silk"),
        describe(
            "saree",
            "a teal silk saree with a gold temple border and gold motifs all over the body of the saree, worn with a"
            " mustard yellow",
            "cut",
            hit_limit=True,
        ),
        title="Mitera Teal & Gold-Toned Kanjeevaram Pure Silk Saree",
        category="Sarees",
        color="Teal",
        gender="Women",
    ),
    # photo: coral straight cotton kurta with a white print and three-quarter sleeves, white trousers, no dupatta;
    # white backdrop, front view. All texts: base model zero-shot.
    case(
        "X797-041",
        caption("a woman wearing a coral printed top and white pants"),
        wearing("a white kurta and white pants", "other_garment_color"),
        color_of("kurta", "orange"),
        color_of("trousers", "white"),
        describe("kurta", "he is wearing a coral kurta with white print", "pronoun"),
        sleeves("three-quarter"),
        material("cotton"),
        title="Global Desi Women Coral Printed Pure Cotton Kurta with Trousers",
        category="Kurta Sets",
        color="Coral",
        gender="Women",
    ),
    # photo: half-and-half saree, green pleats and a pink pallu, green blouse; white backdrop, front view.
    # All texts: base model zero-shot.
    case(
        "X797-042",
        caption("a woman in a pink and green sari"),
        wearing("a green saree with a pink blouse", "other_garment_color"),
        color_of("saree", "pink"),
        color_of("blouse", "pink", "contradiction"),
        describe(
            "saree",
            "the saree is pink and green and the saree is pink and green and the saree is pink and green and the"
            " saree is pink and",
            "loop",
            hit_limit=True,
        ),
        pattern("color block"),
        title="Saree mall Pink & Green Half and Half Saree",
        category="Sarees",
        color="Pink",
        gender="Women",
    ),
    # photo: maroon rayon kurta with a gold foil print, round neck, three-quarter sleeves, maroon palazzos, mustard
    # dupatta held out by the model; white backdrop. All texts: base model zero-shot.
    case(
        "X797-043",
        caption("a woman in a maroon suit with a yellow dupatta"),
        wearing("a yellow suit", "other_garment_color"),
        color_of("kurta", "maroon"),
        color_of("dupatta", "mustard"),
        color_of("palazzos", "maroon"),
        describe(
            "kurta",
            "the kurta is maroon with a gold print and the dupatta is yellow. the palazzo is also maroon. the kurta"
            " has a round neck and three",
            "cut",
            hit_limit=True,
        ),
        material("silk", "unsupported"),
        details("kurta", "kurta", "non_answer"),
        title="Libas Women Maroon Foil Printed Rayon Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: turquoise anarkali kurta with a pink floral print and three-quarter sleeves, white leggings, no
    # dupatta; white backdrop, front view. All texts: base model zero-shot.
    case(
        "X797-044",
        caption("a woman in a blue floral dress"),
        wearing("she is wearing a turquoise anarkali kurta with leggings"),
        color_of("kurta", "turquoise"),
        color_of("leggings", "turquoise", "contradiction"),
        describe("kurta", "a white kurta with pink flowers", "other_garment_color"),
        details(
            "kurta",
            "Question: What are the kurta details? Answer: the kurta has a floral print Question: What are the",
            "leak",
            hit_limit=True,
        ),
        is_a("anarkali kurta", "yes", article="an"),
        sleeves("three-quarter"),
        title="Sangria Women Turquoise Blue Floral Printed Anarkali Kurta",
        category="Kurtas",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: lavender organza saree with a silver embroidered border (no tassels), silver blouse; white backdrop.
    # All texts: base model zero-shot.
    case(
        "X797-045",
        caption("a woman in a purple saree with silver embroidery on the border"),
        wearing("lavender", "non_answer"),
        color_of("saree", "lavender"),
        color_of("blouse", "lavender", "contradiction"),
        border("silver"),
        material("organza"),
        details("saree", "silver embroidered border with pearl tassels on the pallu", "unsupported"),
        describe("saree", "the color of the saree is lavender"),
        title="KALINI Lavender Embellished Organza Saree",
        category="Sarees",
        color="Lavender",
        gender="Women",
    ),
    # photo: off-white kurta with a mustard block print, notched round neck, three-quarter sleeves, plain yoke (no
    # mirror work), mustard palazzos, mustard dupatta; white backdrop. The feed row has no gender. All texts: base.
    case(
        "X797-046",
        caption("a woman in a white and yellow kurta and yellow pants"),
        wearing("a white kurta and yellow palazzo pants with a yellow dupatta"),
        color_of("kurta", "mustard", "contradiction"),
        color_of("dupatta", "mustard"),
        color_of("palazzos", "mustard"),
        material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton"
            " cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton",
            "loop",
            hit_limit=True,
        ),
        describe("kurta", "an off white kurta with yellow block print, a notched neck and three quarter sleeves"),
        details("kurta", "mirror work on the yoke and the sleeves", "unsupported"),
        title="AKS Women Off White & Mustard Block Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Off White",
    ),
]
