"""BLIND_877 (46 products; Myntra kurta sets, base model, per-piece colors): written blind in the fifty-sixth session.
Measured blind at 2733ff7 (the session's final rules): 88/122 failures found (72.1%) and 10/175 correct texts flagged
(5.7%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's ethnic sets: "Kurta Sets" (kurta with salwar, churidar, palazzos or
trousers, and a dupatta), plus a few rows where the seller sells only part of the look ("Salwar And Dupatta",
"Churidar", "Kurtas") and the model is styled with pieces from other products. Catalog photos on a white studio
backdrop, model standing, mostly front view, some three-quarter or side views; jhumkas, bangles and juttis now and
then. The seller's base colour is the kurta's color for a set, the sold piece's color otherwise.

Who wrote what: every free text (captions, "What is the woman/person wearing?", the per-piece color questions
"What is the color of the kurta / dupatta / salwar / churidar / palazzos / trousers?", describe, details,
material) comes from the untuned base Salesforce/blip2-opt-2.7b, zero-shot, greedy, 30 new tokens for answers and
50 for captions, stopping on newline. Its habits: short lowercase answers; one color smeared over every piece (the
dupatta gets the churidar's color, the bottoms get the kurta's); "saree", "lehenga" or "dress" for a kurta set;
invented trims (tassels, zips, buttons, pockets, necklaces); now and then it keeps going on the same line into
"Question: ... Answer:" or repeats a phrase until the limit. The closed questions (garment type, garment color,
pattern, sleeve length, "Is this a kurta?") come from enrich's --engine reference, which picks one candidate value.

Labeling conventions and judgement calls:
- The per-piece color questions were asked open (free generation); the garment-level color, type, pattern and
  sleeve questions are closed.
- An open answer that gives a piece the color of another piece in the photo is other_garment_color; a wrong color
  that no piece has, a wrong closed value, and a caption that swaps or misnames colors are contradiction.
- A printed piece's color is its ground color: "pink" for a cream kurta with pink flowers, where the churidar and
  dupatta are solid pink, is other_garment_color; "blue and white" for a blue-and-white striped kurta is right.
- Shades within one color group are right (cream/off-white = white, maroon/burgundy/wine = maroon or red, teal =
  blue, lavender = purple, peach = pink or peach, rust = orange, mustard = yellow, magenta/fuchsia = pink).
  Burgundy called purple and magenta called red are contradictions.
- Where the seller's color is itself off (a "Brown" kurta that is plainly rust), an answer true to the photo
  ("orange") is correct.
- "dress" for the kurta in a caption is the model's vocabulary and is not labeled; "dress", "saree" or "lehenga"
  as a closed garment type, or "saree"/"lehenga" in a caption, is a contradiction.
- For a row that sells only the salwar and dupatta (or only the churidar), a correct answer about the styling kurta
  is correct; a closed color or type that describes the styling kurta instead of the sold piece is contradiction.
- Invented details (tassels, zips, buttons, pockets that do not show, a necklace she does not wear, a wooden door
  behind a white backdrop, sitting when she stands) are unsupported; a material the title contradicts is
  unsupported. Material is only asked where the title names one.
- A one-word color or "yes" to a describe/details question, and "clothes" or a bare color to "What is she
  wearing?", are non_answer; an answer that only turns the question around ("the dupatta is the color of the
  dupatta", "the palazzos are palazzo pants") is restated.
- A text that repeats a phrase until the token limit is loop (hit_limit=True); one that ends mid-phrase at the
  limit without repeating is cut; one that runs into "Question: ... Answer:" is leak, even when it also hit the
  limit. "he", "his" or "a man" for the women's model is pronoun.
- The gender column is missing on one row and the color column on none; I did not invent missing seller values.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, material, wearing

G = BLIND_QUESTIONS


def piece(garment: str, text: str, failure: str | None = None, hit_limit: bool = False):
    """The per-piece color question, asked open (free generation by the base model)."""
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


def she(text: str, failure: str | None = None, hit_limit: bool = False):
    return wearing(text, failure, who="the woman", hit_limit=hit_limit)


BLIND_877 = [
    # photo: pink straight kurta with small white flowers, white palazzos, pink dupatta with a white print and a
    # plain hemmed edge, on a white backdrop, front view, tan juttis; base model zero-shot wrote all texts
    case(
        "X877-001",
        caption("a woman in a pink kurta with white pants and a pink dupatta"),
        she("a pink kurta and white palazzo pants"),
        piece("kurta", "pink"),
        piece("dupatta", "white", "other_garment_color"),
        describe("kurta", "the kurta is pink with white flowers and has three quarter sleeves"),
        details("dupatta", "the dupatta has a lace border and tassels", "unsupported"),
        material("cotton"),
        title="Libas Women Pink Floral Printed Pure Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: navy blue floor-length anarkali with gold foil print on yoke and hem, navy churidar, navy net dupatta
    # with a gold border, white backdrop, front view; base model zero-shot, closed answers by the reference engine
    case(
        "X877-002",
        caption("a woman in a black dress with gold trim", "contradiction"),
        she("a black anarkali with gold print", "contradiction"),
        piece("kurta", "blue"),
        piece("dupatta", "navy blue"),
        piece("churidar", "blue"),
        details("kurta", "gold print on the yoke and the hem"),
        G.sleeve_length("three-quarter sleeves"),
        title="Anouk Women Navy Blue Foil Printed Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: mustard yellow kurta with white block print and a round neck with a keyhole, white salwar, white
    # dupatta with a mustard border, white backdrop; base model zero-shot, closed answers by the reference engine
    case(
        "X877-003",
        caption("a woman wearing a yellow and white salwar kameez"),
        piece("kurta", "yellow"),
        piece("dupatta", "white"),
        piece("salwar", "yellow", "other_garment_color"),
        describe("kurta", "the kurta has a mandarin collar and a button placket", "unsupported"),
        material("cotton"),
        G.color("white", "contradiction"),
        title="Biba Women Mustard Yellow & White Block Print Cotton Kurta with Salwar & Dupatta",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: green straight kurta with gold thread embroidery at the neckline, gold churidar, gold dupatta with a
    # zari border and plain ends, white backdrop, front view; base model zero-shot wrote all texts
    case(
        "X877-004",
        caption("a woman in a green salwar suit with a gold scarf"),
        wearing("he is wearing a green kurta", "pronoun"),
        piece("kurta", "green"),
        piece("dupatta", "gold"),
        piece("churidar", "green", "other_garment_color"),
        details("dupatta", "the dupatta has a gold zari border with tassels", "unsupported"),
        title="W Women Green Embroidered Straight Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: all-white look: white chikankari kurta, white palazzos, white dupatta, silver jhumkas, white backdrop,
    # front view; base model zero-shot wrote all texts
    case(
        "X877-005",
        caption("a woman wearing an all white outfit"),
        piece("kurta", "white"),
        piece("dupatta", "white"),
        piece("palazzos", "white"),
        describe("kurta", "white kurta with white embroidery all over"),
        material("silk", "unsupported"),
        title="ADA Women White Chikankari Embroidered Pure Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: red kurta with gold gota patti lace at neck and hem, red salwar, red bandhani dupatta with white and
    # yellow dots and a gold border (no mirror work, no tassels), white backdrop; base model zero-shot wrote all
    # texts
    case(
        "X877-006",
        caption("a woman in a red and gold bridal lehenga", "contradiction"),
        she(
            "a red kurta with gold gota patti work on the neckline and the hem and a red salwar with a red and "
            "yellow bandhani dupatta with a gold",
            "cut",
            hit_limit=True,
        ),
        piece("kurta", "red"),
        piece("dupatta", "red and yellow"),
        piece("salwar", "red"),
        describe("dupatta", "a red dupatta with gold tassels and mirror work", "unsupported"),
        title="Sangria Women Red Gota Patti Kurta with Salwar & Bandhani Dupatta",
        category="Kurta Sets",
        color="Red",
        gender="Women",
    ),
    # photo: teal blue ikat kurta, off-white churidar, teal and off-white ikat dupatta, white backdrop, slight
    # three-quarter view; base model zero-shot wrote all texts
    case(
        "X877-007",
        caption("a woman in a blue and white kurta with white leggings"),
        she(
            "blue and white kurta with white pants and blue and white dupatta and white pants and blue and white "
            "dupatta and white pants and",
            "loop",
            hit_limit=True,
        ),
        piece("kurta", "blue"),
        piece("dupatta", "blue and white"),
        piece("churidar", "blue", "other_garment_color"),
        material("cotton"),
        title="Fabindia Women Teal Blue Ikat Cotton Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Teal",
        gender="Women",
    ),
    # photo: the sold pieces are a black patiala salwar and a black dupatta with white polka dots; the model wears a
    # short yellow kurta (styling) over them, white backdrop; base model zero-shot, closed by the reference engine
    case(
        "X877-008",
        caption("a woman in a yellow top and black pants"),
        she("a yellow kurta and black salwar"),
        piece("kurta", "yellow"),
        piece("salwar", "black"),
        details("salwar", "black patiala with lots of pleats"),
        G.color("yellow", "contradiction"),
        G.garment_type("salwar suit"),
        title="Jaipur Kurti Women Black Solid Patiala Salwar with Printed Dupatta",
        category="Salwar And Dupatta",
        color="Black",
        gender="Women",
    ),
    # photo: peach kurta with white thread embroidery on the yoke (no mirrors, no sequins), white cotton trousers,
    # peach chiffon dupatta, white backdrop, front view; base model zero-shot wrote all texts
    case(
        "X877-009",
        caption("a woman in a pink kurta and white pants"),
        she("a peach kurta with white pants"),
        piece("kurta", "peach"),
        piece("dupatta", "peach"),
        describe("dupatta", "dupatta", "non_answer"),
        details("kurta", "the kurta has mirror work and sequins on the yoke", "unsupported"),
        title="Indo Era Women Peach-Coloured Embroidered Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Peach",
        gender="Women",
    ),
    # photo: olive green A-line kurta with a small black print and three-quarter sleeves, olive palazzos, black
    # dupatta with an olive print, white backdrop; base model zero-shot, closed answers by the reference engine
    case(
        "X877-010",
        caption("a woman in a green and black outfit"),
        she("a green kurta and green palazzo pants with a black scarf"),
        piece("kurta", "green"),
        piece("dupatta", "black"),
        piece("palazzos", "black", "other_garment_color"),
        describe(
            "kurta",
            "the kurta is olive green with a black print and it has a round neck and three quarter sleeves and the "
            "hem is flared and the",
            "cut",
            hit_limit=True,
        ),
        details("palazzos", "the palazzos are palazzo pants", "restated"),
        G.sleeve_length("sleeveless", "contradiction"),
        title="Varanga Women Olive Green Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Olive",
        gender="Women",
    ),
    # photo: magenta kurta with gold print and no zip, gold churidar, magenta dupatta with a gold border, white
    # backdrop, front view; base model zero-shot wrote all texts
    case(
        "X877-011",
        caption("a woman in a pink kurta and gold leggings"),
        piece("kurta", "red", "contradiction"),
        piece("dupatta", "pink"),
        piece("churidar", "gold"),
        describe(
            "kurta",
            "the kurta is pink with gold print and it is made of silk and it has a zip at the back",
            "unsupported",
        ),
        details("dupatta", "gold border Question: What is the color of the churidar? Answer: gold", "leak"),
        title="Aurelia Women Magenta Printed Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Magenta",
        gender="Women",
    ),
    # photo: sky blue chanderi kurta with white floral embroidery and no buttons, white churidar, white organza
    # dupatta, white backdrop; base model zero-shot, closed answers by the reference engine
    case(
        "X877-012",
        caption("a woman in a blue kurta with white embroidery"),
        wearing("she is wearing a blue kurta with white churidar and a white dupatta"),
        piece("kurta", "light blue"),
        piece("dupatta", "blue", "other_garment_color"),
        piece("churidar", "white"),
        describe("kurta", "a blue kurta with white embroidery and gold buttons", "unsupported"),
        G.color("white", "contradiction"),
        title="Biba Women Blue & White Embroidered Chanderi Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: black kurta with multicolour phulkari thread work at the neck, black salwar, orange-pink-green phulkari
    # dupatta over both shoulders, white backdrop; base model zero-shot, closed by the reference engine
    case(
        "X877-013",
        caption("a woman in a black outfit with a colorful scarf"),
        piece("kurta", "black"),
        piece("dupatta", "orange"),
        piece("salwar", "orange", "other_garment_color"),
        describe("kurta", "black kurta with colorful embroidery on the neck"),
        details(
            "kurta",
            "black black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        G.garment_type("saree", "contradiction"),
        title="Fabindia Women Black Phulkari Embroidered Kurta with Salwar & Dupatta",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: lavender knee-length kurta with full sleeves, white cigarette trousers, lavender-to-white ombre
    # dupatta, white backdrop, side view; base model zero-shot, closed answers by the reference engine
    case(
        "X877-014",
        caption("a woman in a purple dress and white pants"),
        she("purple kurta"),
        piece("kurta", "purple"),
        piece("dupatta", "purple and white"),
        piece("trousers", "purple", "other_garment_color"),
        describe("kurta", "the kurta is a kurta with sleeves", "restated"),
        G.color("blue", "contradiction"),
        title="House of Pataudi Women Lavender Solid Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Lavender",
        gender="Women",
    ),
    # photo: rust kurta with gold khadi print and a v-neck (no pockets show), rust salwar, off-white dupatta with a
    # rust print, white backdrop; base model zero-shot, closed answers by the reference engine
    case(
        "X877-015",
        caption("a woman in an orange kurta and orange pants with a white scarf"),
        she("orange kurta Question: What is the woman wearing? Answer: orange kurta", "leak"),
        piece("kurta", "orange"),
        piece("dupatta", "white"),
        piece("salwar", "rust"),
        describe("kurta", "the kurta has gold print and a v neck and pockets", "unsupported"),
        G.color("red", "contradiction"),
        title="Global Desi Women Rust Printed Kurta with Salwar & Dupatta",
        category="Kurta Sets",
        color="Rust",
        gender="Women",
    ),
    # photo: cream kurta with pink flowers and three-quarter sleeves, solid pink churidar, solid pink dupatta,
    # white backdrop, front view; base model zero-shot, closed answers by the reference engine
    case(
        "X877-016",
        caption("a woman in a white kurta with pink flowers and pink leggings"),
        piece("kurta", "pink", "other_garment_color"),
        piece("dupatta", "pink"),
        piece("churidar", "pink"),
        details(
            "kurta",
            "pink flowers, pink flowers, pink flowers, pink flowers, pink flowers, pink flowers, pink flowers, pink "
            "flowers, pink",
            "loop",
            hit_limit=True,
        ),
        G.color("off white"),
        G.sleeve_length("sleeveless", "contradiction"),
        title="Libas Women Cream-Coloured & Pink Floral Printed Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Cream",
        gender="Women",
    ),
    # photo: yellow floor-length anarkali with white embroidery on the yoke, white churidar, yellow dupatta,
    # white backdrop, front view; base model zero-shot wrote all texts
    case(
        "X877-017",
        caption(
            "a woman in a yellow anarkali dress with white leggings and a yellow dupatta and a yellow dupatta and a "
            "yellow dupatta and a yellow dupatta and a yellow dupatta and a yellow",
            "loop",
            hit_limit=True,
        ),
        piece("kurta", "yellow"),
        piece("dupatta", "yellow"),
        piece("churidar", "white"),
        details("churidar", "churidar", "non_answer"),
        title="Juniper Women Yellow Embroidered Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Yellow",
        gender="Women",
    ),
    # photo: maroon velvet kurta with gold embroidery and full sleeves, gold churidar, maroon dupatta with a thin
    # gold border, white backdrop; base model zero-shot, closed answers by the reference engine
    case(
        "X877-018",
        caption("a woman in a red velvet dress"),
        she(
            "a maroon velvet kurta with gold embroidery on the neck and sleeves and a maroon dupatta with a gold "
            "border and gold churidar with",
            "cut",
            hit_limit=True,
        ),
        piece("kurta", "maroon"),
        piece("dupatta", "maroon"),
        piece("churidar", "maroon", "other_garment_color"),
        material("velvet"),
        G.sleeve_length("three-quarter sleeves", "contradiction"),
        title="Soch Women Maroon Embroidered Velvet Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: the sold pieces are a white churidar and a multicolour leheriya dupatta; the model wears a pink kurta
    # (styling), white backdrop, front view; base model zero-shot, closed answers by the reference engine
    case(
        "X877-019",
        caption("a woman in a pink kurta with a colorful scarf"),
        wearing("he is wearing a pink kurta and white pants", "pronoun"),
        piece("kurta", "pink"),
        piece("dupatta", "multicolored"),
        piece("churidar", "pink", "other_garment_color"),
        G.color("pink", "contradiction"),
        title="Dupatta Bazaar Women White Churidar with Multicoloured Leheriya Dupatta",
        category="Salwar And Dupatta",
        color="White",
        gender="Women",
    ),
    # photo: navy and white vertically striped kurta with a round neck, white palazzos, solid navy cotton dupatta,
    # white backdrop, front view; base model zero-shot, closed answers by the reference engine
    case(
        "X877-020",
        caption("a woman in a blue and white striped dress"),
        she("a striped kurta with white pants"),
        piece("kurta", "blue and white"),
        piece("dupatta", "navy"),
        piece("palazzos", "blue", "other_garment_color"),
        describe("dupatta", "navy blue chiffon dupatta with white polka dots", "unsupported"),
        G.pattern("floral", "contradiction"),
        title="AKS Women Navy Blue & White Striped Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: pink floor-length anarkali with gold print on the flared hem, pink churidar, pink dupatta with gold
    # print, a woman with long hair, white backdrop; base model zero-shot wrote all texts
    case(
        "X877-021",
        caption("a man in a pink and gold outfit", "pronoun"),
        piece("kurta", "pink"),
        piece("dupatta", "pink"),
        piece("churidar", "pink"),
        details("kurta", "gold print on the flared hem and a gold zip", "unsupported"),
        describe("dupatta", "pink", "non_answer"),
        title="Libas Women Pink Printed Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: turquoise kurta with white block print, white palazzos, turquoise dupatta whose ends hang plain,
    # white backdrop, front view; base model zero-shot wrote all texts
    case(
        "X877-022",
        caption("a woman wearing a turquoise kurta and white palazzo pants"),
        she("a blue kurta Question: What is the color of the dupatta? Answer: blue", "leak"),
        piece("kurta", "blue"),
        piece("dupatta", "white", "other_garment_color"),
        material("cotton"),
        details("dupatta", "tassels on the ends", "unsupported"),
        title="Jaipur Kurti Women Turquoise Blue Block Print Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: the sold piece is a sea green straight kurta with small white motifs (no pockets show); styled with a
    # white churidar and a pink dupatta over one shoulder, white backdrop; base model zero-shot, closed by reference
    case(
        "X877-023",
        caption("a woman in a green kurta and white pants with a pink scarf"),
        piece("kurta", "green"),
        piece("dupatta", "pink"),
        piece("churidar", "green", "other_garment_color"),
        describe("kurta", "a green kurta with white print and pockets", "unsupported"),
        G.color("green"),
        title="Biba Women Green Printed Straight Kurta",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: beige kurta with a brown print, brown palazzos, beige dupatta, white backdrop, front view; the feed row
    # has no gender; base model zero-shot wrote all texts
    case(
        "X877-024",
        caption("a woman in a beige kurta and brown pants"),
        she("a brown kurta", "other_garment_color"),
        piece("kurta", "beige"),
        piece("palazzos", "brown"),
        describe("palazzos", "the palazzos are palazzos", "restated"),
        material("Question: What material is the garment made of? Answer: cotton", "leak"),
        title="Anouk Women Beige & Brown Printed Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Beige",
    ),
    # photo: purple kurta with silver zari woven motifs and a keyhole neck, silver-grey churidar, purple dupatta with
    # a silver zari border (no tassels), white backdrop; base model zero-shot wrote all texts
    case(
        "X877-025",
        caption("a woman in a purple salwar suit"),
        she("purple", "non_answer"),
        piece("kurta", "purple"),
        piece("dupatta", "purple"),
        piece("churidar", "purple", "other_garment_color"),
        details("dupatta", "silver border with tassels and pom poms", "unsupported"),
        title="Vishudh Women Purple Woven Design Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Purple",
        gender="Women",
    ),
    # photo: off-white kurta with a black floral print and a mandarin collar, black salwar, black and white dupatta,
    # white backdrop, front view; base model zero-shot, closed answers by the reference engine
    case(
        "X877-026",
        caption("a woman in a white and black printed salwar kameez"),
        wearing("he is wearing a white kurta with black pants", "pronoun"),
        piece("kurta", "white"),
        piece("dupatta", "black and white"),
        piece("salwar", "black"),
        describe("kurta", "black print all over and a mandarin collar with gold buttons", "unsupported"),
        G.pattern("striped", "contradiction"),
        title="W Women Off-White & Black Printed Kurta with Salwar & Dupatta",
        category="Kurta Sets",
        color="Off White",
        gender="Women",
    ),
    # photo: royal blue kurta with mirror work on yoke, sleeves and hem, white palazzos, royal blue dupatta with a
    # mirror-work border, oxidised silver jhumkas, white backdrop; base model zero-shot, closed by the reference engine
    case(
        "X877-027",
        caption("a woman in a blue kurta with mirror work"),
        piece("kurta", "blue"),
        piece("dupatta", "white", "other_garment_color"),
        piece("palazzos", "white"),
        details(
            "kurta",
            "the kurta has mirror work on the yoke and the sleeves and the hem of the kurta is also embroidered with "
            "mirror work and the dupatta has a border of",
            "cut",
            hit_limit=True,
        ),
        G.pattern("floral", "contradiction"),
        title="Sangria Women Royal Blue Mirror Work Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: mint green kurta with pink floral embroidery, mint palazzos, pink dupatta, white backdrop, front view;
    # base model zero-shot wrote all texts
    case(
        "X877-028",
        caption("a woman in a light blue kurta and pink dupatta", "contradiction"),
        she("green kurta with pink dupatta and green pants"),
        piece("kurta", "pink", "other_garment_color"),
        piece("dupatta", "pink"),
        piece("palazzos", "mint green"),
        details("dupatta", "pink", "non_answer"),
        title="Nayo Women Sea Green Embroidered Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Sea Green",
        gender="Women",
    ),
    # photo: charcoal grey kurta with pink thread embroidery, grey churidar, plain pink cotton dupatta with a thin
    # lace edge, white backdrop; base model zero-shot, closed answers by the reference engine
    case(
        "X877-029",
        caption("a woman in a grey kurta with a pink scarf"),
        piece("kurta", "pink", "other_garment_color"),
        piece("dupatta", "pink"),
        piece("churidar", "grey"),
        describe("dupatta", "pink chiffon dupatta with gold tassels and sequins", "unsupported"),
        G.color("black", "contradiction"),
        title="Biba Women Charcoal Grey Embroidered Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Charcoal",
        gender="Women",
    ),
    # photo: mustard kurta with a pink embroidered yoke, pink churidar, pink and mustard dupatta, white backdrop,
    # front view; base model zero-shot wrote all texts
    case(
        "X877-030",
        caption("a woman in a yellow kurta and pink leggings"),
        piece(
            "kurta",
            "yellow Question: What is the color of the churidar? Answer: pink Question: What is the color of the "
            "dupatta? Answer",
            "leak",
            hit_limit=True,
        ),
        piece("dupatta", "pink and yellow"),
        piece("churidar", "pink"),
        describe("kurta", "pink embroidery on the yoke"),
        details("dupatta", "yes", "non_answer"),
        title="Biba Women Mustard Yellow & Pink Yoke Design Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: the sold piece is a black churidar; styled with a plain white kurta (no lace) and a red dupatta, white
    # backdrop, front view; base model zero-shot, closed answers by the reference engine
    case(
        "X877-031",
        caption("a woman in a white kurta and black leggings with a red scarf"),
        piece("kurta", "white"),
        piece("dupatta", "red"),
        piece("churidar", "black"),
        describe("kurta", "a white cotton kurta with lace at the hem", "unsupported"),
        details("churidar", "black", "non_answer"),
        G.color("white", "contradiction"),
        G.garment_type("churidar"),
        title="Go Colors Women Black Solid Churidar",
        category="Churidar",
        color="Black",
        gender="Women",
    ),
    # photo: green bandhani-print kurta with short sleeves, green salwar, red dupatta draped over one shoulder,
    # plain white studio backdrop, front view; base model zero-shot, closed answers by the reference engine
    case(
        "X877-032",
        caption("a woman in a green and red salwar suit standing in front of a wooden door", "unsupported"),
        she("green kurta and red dupatta"),
        piece("kurta", "green"),
        piece("dupatta", "red"),
        piece("salwar", "red", "other_garment_color"),
        G.sleeve_length("long sleeves", "contradiction"),
        title="Rajnandini Women Green Bandhani Print Kurta with Salwar & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: black kurta with a white floral print, black palazzos, white dupatta with a black print, white
    # backdrop, front view; base model zero-shot wrote all texts
    case(
        "X877-033",
        caption("a woman in a black and white floral dress"),
        wearing("he is wearing a black and white kurta", "pronoun"),
        piece("kurta", "black"),
        piece("dupatta", "black", "other_garment_color"),
        piece("palazzos", "black"),
        details("kurta", "the details of the kurta are the details of the kurta", "restated"),
        title="Vishudh Women Black & White Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: rose pink A-line kurta with white thread work, white churidar, rose pink net dupatta, white backdrop,
    # front view; base model zero-shot, closed answers by the reference engine
    case(
        "X877-034",
        caption("a woman in a pink kurta and white leggings"),
        piece("kurta", "pink"),
        piece("dupatta", "pink Question: What is the color of the churidar? Answer: white", "leak"),
        piece("churidar", "white"),
        describe("kurta", "he wears a long pink kurta with white thread work", "pronoun"),
        G.garment_type("dress", "contradiction"),
        title="Anouk Women Rose Pink Thread Work A-Line Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: the sold pieces are a mustard patiala salwar and a mustard and red dupatta; the model wears a teal
    # kurta (styling) that covers the waistband, white backdrop; base model zero-shot, closed by the reference engine
    case(
        "X877-035",
        caption("a woman in a blue top and yellow pants"),
        she("blue kurta yellow salwar"),
        piece("kurta", "yellow", "other_garment_color"),
        piece("dupatta", "yellow"),
        piece("salwar", "yellow"),
        details("salwar", "the salwar has pleats and a drawstring with pom poms", "unsupported"),
        G.garment_type("kurta", "contradiction"),
        title="Jaipur Kurti Women Mustard Patiala Salwar with Dupatta",
        category="Salwar And Dupatta",
        color="Mustard",
        gender="Women",
    ),
    # photo: fuchsia kurta with a lime green print, lime green churidar, fuchsia and lime dupatta, white backdrop,
    # three-quarter view; base model zero-shot wrote all texts
    case(
        "X877-036",
        caption("a woman in a pink and green salwar suit"),
        piece("kurta", "pink"),
        piece("dupatta", "pink and green Answer: green", "leak"),
        piece("churidar", "green"),
        describe(
            "kurta",
            "pink kurta with green and pink print, green and pink print, green and pink print, green and pink print, "
            "green and pink print, green and",
            "loop",
            hit_limit=True,
        ),
        title="Aurelia Women Magenta & Lime Green Printed Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Magenta",
        gender="Women",
    ),
    # photo: pastel pink georgette kurta with gota patti and three-quarter sleeves, off-white palazzos, pink
    # dupatta, gold jhumkas and no necklace, white backdrop; base model zero-shot, closed by the reference engine
    case(
        "X877-037",
        caption("a woman in a pink kurta with gold earrings"),
        she("a pink kurta, white pants and a gold necklace", "unsupported"),
        piece("kurta", "pink"),
        piece("dupatta", "pink"),
        describe("dupatta", "a dupatta is a long scarf worn with a kurta", "restated"),
        material("cotton", "unsupported"),
        G.sleeve_length("short sleeves", "contradiction"),
        title="Libas Women Pink Gotta Patti Georgette Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: a plainly rust-orange printed kurta (the seller calls it Brown), rust palazzos, beige dupatta with a
    # rust print, white backdrop, front view; base model zero-shot, closed answers by the reference engine
    case(
        "X877-038",
        caption("a woman in an orange kurta and orange pants"),
        she("orange kurta and palazzo with a beige dupatta"),
        piece("kurta", "orange"),
        piece("dupatta", "beige"),
        piece("palazzos", "orange"),
        G.color("brown"),
        G.pattern("printed"),
        title="Anouk Women Brown Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Brown",
        gender="Women",
    ),
    # photo: ivory kurta with gold zari embroidery at neckline and sleeves, ivory churidar, red dupatta with a gold
    # border, gold jhumkas and gold bangles, white backdrop; base model zero-shot wrote all texts
    case(
        "X877-039",
        caption(
            "a woman in a white kurta with gold embroidery and a red dupatta with a gold border and white churidar "
            "and gold earrings and gold bangles on her hands and she is standing with her hands on",
            "cut",
            hit_limit=True,
        ),
        she("white kurta and red dupatta"),
        piece("kurta", "off white"),
        piece("dupatta", "red"),
        piece("churidar", "red", "other_garment_color"),
        title="Soch Women Off-White Embroidered Kurta with Churidar & Red Dupatta",
        category="Kurta Sets",
        color="Off White",
        gender="Women",
    ),
    # photo: indigo kurta with a white dabu print, round neck with white piping, white churidar, indigo dupatta with
    # a white printed border, white backdrop; base model zero-shot wrote all texts
    case(
        "X877-040",
        caption("a woman in a blue and white salwar kameez"),
        piece("kurta", "indigo"),
        piece("dupatta", "blue"),
        piece("churidar", "blue", "other_garment_color"),
        describe(
            "kurta",
            "the kurta is blue with white print all over and has a round neck with a white piping and three quarter "
            "sleeves with white print on the cuffs and the hem of the",
            "cut",
            hit_limit=True,
        ),
        details("dupatta", "blue dupatta with gold border", "unsupported"),
        material("cotton"),
        title="Fabindia Women Indigo Printed Cotton Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: lime green rayon kurta with a white floral print, white palazzos, lime green dupatta, white backdrop,
    # front view; base model zero-shot, closed answers by the reference engine
    case(
        "X877-041",
        caption("a woman in a green and white floral kurta against a white background"),
        piece("kurta", "lime green"),
        piece("dupatta", "green"),
        piece("palazzos", "white"),
        details("kurta", "the kurta has details", "restated"),
        material("silk", "unsupported"),
        G.pattern("floral"),
        title="Libas Women Lime Green Floral Printed Rayon Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Lime Green",
        gender="Women",
    ),
    # photo: burgundy straight kurta with a cream print and side slits, cream salwar, burgundy dupatta with a cream
    # printed border (no zari, no sequins), white backdrop; base model zero-shot wrote all texts
    case(
        "X877-042",
        caption("a woman in a red and white salwar suit"),
        wearing("he is wearing a maroon kurta and white salwar", "pronoun"),
        piece("kurta", "purple", "contradiction"),
        piece("salwar", "cream"),
        describe("kurta", "straight kurta with cream print and slits on the sides"),
        details("dupatta", "wine dupatta with a gold zari border and sequins all over", "unsupported"),
        title="W Women Burgundy Printed Kurta with Salwar & Dupatta",
        category="Kurta Sets",
        color="Burgundy",
        gender="Women",
    ),
    # photo: peach-orange kurta with a green floral print and three-quarter sleeves, green churidar, green dupatta,
    # white backdrop, front view; base model zero-shot, closed answers by the reference engine
    case(
        "X877-043",
        caption("a woman in an orange and green salwar suit"),
        she("clothes", "non_answer"),
        piece("kurta", "orange"),
        piece("dupatta", "green"),
        piece("churidar", "green"),
        describe(
            "kurta", "the kurta is peach with a green floral print and has a round neck and three quarter sleeves"
        ),
        G.pattern("solid", "contradiction"),
        title="Global Desi Women Peach & Green Printed Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Peach",
        gender="Women",
    ),
    # photo: bottle green kurta with gold foil print, bottle green palazzos, gold tissue dupatta, white backdrop,
    # front view; base model zero-shot wrote all texts
    case(
        "X877-044",
        caption("a woman in a green kurta and a gold scarf"),
        she("green kurta with gold dupatta"),
        piece("kurta", "dark green"),
        piece("dupatta", "the dupatta is the color of the dupatta", "restated"),
        piece("palazzos", "gold", "other_garment_color"),
        describe(
            "kurta",
            "green kurta with gold print and gold print and gold print and gold print and gold print and gold print "
            "and gold print and gold",
            "loop",
            hit_limit=True,
        ),
        title="Sangria Women Green Foil Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: powder blue kurta with white chikan embroidery on the front, white churidar, white dupatta draped over
    # one shoulder, white backdrop, front view; base model zero-shot, closed answers by the reference engine
    case(
        "X877-045",
        caption("a woman in a blue saree", "contradiction"),
        she("blue kurta white churidar and white dupatta"),
        piece("kurta", "light blue"),
        piece("dupatta", "white"),
        piece("churidar", "white"),
        describe("kurta", "white chikan embroidery on the front"),
        details("dupatta", "dupatta", "non_answer"),
        G.pattern("solid", "contradiction"),
        title="ADA Women Powder Blue Chikankari Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: lemon yellow cotton kurta with white embroidery, white palazzos, yellow dupatta, the model standing on a
    # white backdrop, front view; base model zero-shot wrote all texts
    case(
        "X877-046",
        caption("a woman in a yellow kurta sitting on a chair", "unsupported"),
        she("yellow kurta and white palazzo"),
        piece("kurta", "yellow"),
        piece("dupatta", "white", "other_garment_color"),
        piece("palazzos", "white"),
        material("cotton Question: What is the color of the kurta? Answer: yellow", "leak"),
        title="Nayo Women Yellow Embroidered Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Yellow",
        gender="Women",
    ),
]
