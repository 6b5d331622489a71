"""BLIND_1276 (45 products; Myntra kurtas and kurta sets, VQA adapter): written blind in the sixty-second session.
Measured blind at c5d464a (the session's eighth rules): 83/97 failures found (85.6%) and 3/181 correct texts flagged
(1.7%). The writer's notes, verbatim:

Scenario: a Myntra women's ethnic-wear feed, article types "Kurta Sets" (kurta with palazzos or trousers, often with a
dupatta) and "Kurtas" (the kurta alone, the model wearing her own leggings, jeans or palazzos with it). Catalog shots:
a model on a plain white, grey or beige backdrop, now and then a back view, a flat lay of the set, a prop (a sling
bag, a stool, a brass lamp, a coffee mug). Columns as the feed has them: title, category (the article type), color
(the base colour), gender ("Women"); a few rows lack one of them.
Who wrote what: every text is the VQA adapter leoreigoto/Data3_V3_BLIP2_VQA on Salesforce/blip2-opt-2.7b, greedy, 30
new tokens, stopping on the newline when the model emits one. No caption: the job ran the questionnaire only, since
this adapter's captions are broken. The questionnaire is the original experiments' one, adapted to kurtas: "What is
she wearing?", "What is the color of the kurta?", "What is the kurta color?", "What is the color of the palazzos /
trousers / dupatta?" (one question per piece the title names), "Describe the kurta.", "What are the kurta
details?". All answers are free generation (stored open). The adapter was trained on In-shop garment classes, which
have no kurta, so it often calls a kurta a dress, a top, a shirt; it loves one color for every piece; it was never
trained to stop, so the describe and details answers loop or run to the limit, and sometimes the Question/Answer
format it was trained on leaks back.
Labeling conventions and judgement calls: judged by the photo I imagined (the comment above each case) and the title. A
kurta called a "dress", "blouse", "shirt" or "saree" is a contradiction (the title says kurta); "top" or "tunic" passes,
and so does "salwar suit". Near hues pass: peach as pink or orange, mustard as yellow, maroon as red, magenta as pink or
purple, teal or turquoise as blue, rust as orange or brown, off-white or cream as white, navy as blue. A hue the piece
does not have (the white of the backdrop given for blue trousers) is a contradiction; the hue of another piece in the
photo (the palazzos' color given for the kurta, the kurta's for the dupatta, the model's own jeans) is
other_garment_color. A printed kurta is judged by its ground color: "red" for an off-white kurta with a red print is the
palazzos' red, other_garment_color. An invented feature (pockets, buttons, a belt, the wrong sleeves) is unsupported. A
bare word that does not answer ("kurta" for "Describe the kurta.", "black" for "What is she wearing?", an empty answer,
"nothing" on a flat lay) is non_answer, and so is a dictionary definition of a kurta given for "Describe the kurta."; a
sentence that only turns the question around ("the kurta has a lot of details") is restated. "he" or "a man" for the
model is pronoun. One kind per text: a loop that ran to the limit is loop, a leak that ran to the limit is leak, any
other text that ran to the limit mid-phrase is cut (so no correct text here ran to the limit). hit_limit marks every
text that used all 30 tokens. A flat lay answered as if worn ("a blue kurta and white pants and a white scarf") passes.
Props named in a description pass when they are in the photo.
"""

from tests.audit_corpus import case, color_of, describe, details, question, wearing

kurta_color = question("kurta_color", "What is the kurta color?", "open")


def she(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="she", hit_limit=hit_limit)


def col(garment, text, failure=None, hit_limit=False):
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


BLIND_1276 = [
    # Model on grey: pink straight kurta, small white floral print, round neck, 3/4 sleeves; matching pink palazzos;
    # pink-and-white dupatta over the shoulders. All texts: VQA adapter.
    case(
        "X1276-001",
        she("a pink kurta and pink palazzo pants"),
        col("kurta", "pink"),
        kurta_color("pink"),
        col("palazzos", "pink"),
        col("dupatta", "pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-", "loop", True),
        describe("kurta", "a pink kurta with a floral print and three quarter sleeves"),
        details(
            "kurta",
            "floral print, round neck, three quarter sleeves, straight hem, side slits, pink palazzos, pink dupatta "
            "with a white",
            "cut",
            True,
        ),
        gender="Women",
        title="Libas Women Pink Floral Printed Pure Cotton Kurta with Palazzos & With Dupatta",
        category="Kurta Sets",
        color="Pink",
    ),
    # Model on white: navy kurta with a gold foil-printed yoke, round neck, 3/4 sleeves; navy trousers; navy dupatta
    # with a gold border. All texts: VQA adapter.
    case(
        "X1276-002",
        she("a blue dress with gold embroidery", "contradiction"),
        col("kurta", "navy"),
        kurta_color("black", "contradiction"),
        col("trousers", "navy"),
        col("dupatta", "navy"),
        describe("kurta", "a navy blue kurta with gold print on the neck"),
        details(
            "kurta",
            "gold print on the yoke, three quarter sleeves, round neck, navy trousers, navy dupatta with gold border, "
            "the kurta is straight and the",
            "cut",
            True,
        ),
        gender="Women",
        title="Anouk Women Navy Blue Ethnic Motifs Yoke Design Kurta with Trousers & With Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # Model on beige: mustard solid kurta, mandarin collar, short button placket, 3/4 sleeves; white palazzos with a
    # small mustard motif print. All texts: VQA adapter.
    case(
        "X1276-003",
        she("a yellow top and white pants"),
        col("kurta", "yellow"),
        kurta_color("yellow"),
        col("palazzos", "yellow", "other_garment_color"),
        describe(
            "kurta", "a yellow kurta with a mandarin collar and buttons on the front and two pockets", "unsupported"
        ),
        details("kurta", "mandarin collar, buttons, three quarter sleeves"),
        gender="Women",
        title="Sangria Women Mustard Yellow Solid Kurta with Palazzos",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Model on white: green straight kurta with a white geometric print, round neck, 3/4 sleeves; she wears her own
    # white leggings (not part of the product). All texts: VQA adapter.
    case(
        "X1276-004",
        she("a green kurta and white leggings"),
        col("kurta", "white", "other_garment_color"),
        kurta_color("green"),
        describe(
            "kurta",
            "a green kurta with white print and white leggings and a white background and a white floor and a white "
            "wall and a",
            "cut",
            True,
        ),
        details("kurta", "the kurta has a lot of details", "restated"),
        gender="Women",
        title="W Women Green Printed Straight Kurta",
        category="Kurtas",
        color="Green",
    ),
    # Model on beige: off-white kurta with a red floral block print, V-neck with red piping; red palazzos; red
    # dupatta with an off-white print. All texts: VQA adapter.
    case(
        "X1276-005",
        she("a white kurta with red flowers and red pants and a red scarf"),
        col("kurta", "white"),
        kurta_color("red", "other_garment_color"),
        col("palazzos", "red"),
        col("dupatta", "red"),
        describe(
            "kurta",
            "a white kurta with red floral print and a red dupatta with white floral print and red pants with a white "
            "floral print and a",
            "cut",
            True,
        ),
        details("kurta", "red floral print, v neck, three quarter sleeves, red piping on the neck"),
        gender="Women",
        title="Biba Women Off White & Red Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Off White",
    ),
    # Model on white: maroon kurta with gold zari embroidery at the yoke and hem; maroon trousers; beige organza
    # dupatta with a maroon border. All texts: VQA adapter.
    case(
        "X1276-006",
        she("he is wearing a maroon kurta and a maroon dupatta", "pronoun"),
        col("kurta", "maroon"),
        kurta_color("red"),
        col("trousers", "maroon"),
        col("dupatta", "maroon", "other_garment_color"),
        describe("kurta", "a maroon kurta with gold embroidery"),
        details(
            "kurta",
            "gold embroidery on the neck and the sleeves and the hem and the neck and the sleeves and the hem and the "
            "neck and the",
            "loop",
            True,
        ),
        gender="Women",
        title="Varanga Women Maroon Embroidered Kurta with Trousers & With Dupatta",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Model on white: teal flared anarkali kurta with gold ethnic motifs, round neck, full sleeves; her own white
    # churidar. All texts: VQA adapter.
    case(
        "X1276-007",
        she("a blue dress", "contradiction"),
        col("kurta", "teal"),
        kurta_color("blue"),
        describe("kurta", "a long flared kurta with gold print"),
        details("kurta", "gold print, flared, long sleeves, a zipper at the back", "unsupported"),
        gender="Women",
        title="KALINI Women Teal Ethnic Motifs Printed Anarkali Kurta",
        category="Kurtas",
        color="Teal",
    ),
    # Flat lay on white, no model: blue kurta with a white floral print, round neck, 3/4 sleeves; white palazzos with
    # a small blue print; white dupatta with a blue border. All texts: VQA adapter.
    case(
        "X1276-008",
        she("a blue kurta and white pants and a white scarf"),
        col("kurta", "blue"),
        kurta_color("white", "other_garment_color"),
        col("palazzos", "white"),
        col("dupatta", "white"),
        describe("kurta", "a blue kurta with white flowers"),
        details("kurta", "white floral print, three quarter sleeves, round neck"),
        gender="Women",
        title="Indo Era Women Blue Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Blue",
    ),
    # Model on grey: sleeveless yellow cotton kurta with a blue-and-white floral print, V-neck; solid yellow
    # palazzos. All texts: VQA adapter.
    case(
        "X1276-009",
        she("a yellow dress", "contradiction"),
        col("kurta", "yellow"),
        kurta_color(
            "yellow Question: What is the color of the pants? Answer: yellow Question: What is the color of the shirt? "
            "Answer:",
            "leak",
            True,
        ),
        col("palazzos", "yellow"),
        describe("kurta", "a yellow kurta with blue flowers and three quarter sleeves", "unsupported"),
        details("kurta", "blue flowers, v neck, sleeveless"),
        gender="Women",
        title="Jaipur Kurti Women Yellow Floral Printed Pure Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Model on white: black kurta with white thread embroidery on the yoke and the sleeve hems; black trousers;
    # white dupatta with black polka dots. All texts: VQA adapter.
    case(
        "X1276-010",
        she("black", "non_answer"),
        col("kurta", "black"),
        kurta_color("black"),
        col("trousers", "black"),
        col("dupatta", "black", "other_garment_color"),
        describe(
            "kurta",
            "a black kurta with white embroidery on the neck and a white dupatta with black polka dots and black pants "
            "Question: What is the color",
            "leak",
            True,
        ),
        details("kurta", "white embroidery on the yoke and the sleeves"),
        gender="Women",
        title="Soch Women Black Yoke Design Thread Work Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Black",
    ),
    # Model on white: peach straight kurta with small white bootis, round neck, 3/4 sleeves, side slits; her own blue
    # jeans. All texts: VQA adapter.
    case(
        "X1276-011",
        she("a peach kurta and blue jeans"),
        col("kurta", "pink"),
        kurta_color("blue", "other_garment_color"),
        describe(
            "kurta",
            "a peach kurta with white polka dots and white polka dots and white polka dots and white polka dots and "
            "white polka dots and white",
            "loop",
            True,
        ),
        details("kurta", "white polka dots, round neck, three quarter sleeves, side slits"),
        gender="Women",
        title="AHIKA Women Peach-Coloured Printed Straight Kurta",
        category="Kurtas",
        color="Peach",
    ),
    # Model seated on a wooden stool, grey backdrop: green kurta with a white leaf print, round neck, 3/4 sleeves;
    # white palazzos. All texts: VQA adapter. The feed row has no color.
    case(
        "X1276-012",
        she("a green dress and white pants", "contradiction"),
        col("kurta", "green"),
        kurta_color("green"),
        col("palazzos", "green", "other_garment_color"),
        describe("kurta", "a green kurta with white leaves"),
        details(
            "kurta",
            "the sleeves, the neckline, the hem, the sleeves, the neckline, the hem, the sleeves, the neckline, the",
            "loop",
            True,
        ),
        gender="Women",
        title="Aurelia Women Green & White Printed Kurta with Palazzos",
        category="Kurta Sets",
    ),
    # Model on white: rust A-line kurta with a black ethnic print, tie-up neck with tassels, 3/4 sleeves, no pockets;
    # her own black palazzos. All texts: VQA adapter.
    case(
        "X1276-013",
        she("an orange dress", "contradiction"),
        col("kurta", "orange"),
        kurta_color("brown"),
        describe("kurta", "an orange kurta with black print and a tie up neck with tassels"),
        details(
            "kurta",
            "tassels on the neck, black print, three quarter sleeves, a-line, pockets on the sides",
            "unsupported",
        ),
        gender="Women",
        title="Global Desi Women Rust Orange Ethnic Motifs Printed A-Line Kurta",
        category="Kurtas",
        color="Rust",
    ),
    # Model on light grey: white chikankari kurta, round neck, 3/4 sleeves, scalloped hem; white palazzos. Everything
    # is white. All texts: VQA adapter.
    case(
        "X1276-014",
        she("a white kurta and white pants"),
        col("kurta", "white"),
        kurta_color("white"),
        col("palazzos", "white"),
        describe("kurta", "a white kurta with white embroidery"),
        details("kurta", "white embroidery all over, round neck, three quarter sleeves, scalloped hem"),
        gender="Women",
        title="Anubhutee Women White Chikankari Embroidered Kurta with Palazzos",
        category="Kurta Sets",
        color="White",
    ),
    # Model on white: navy kurta with a pink floral print, mandarin collar, 3/4 sleeves; solid pink trousers. No
    # belt. All texts: VQA adapter.
    case(
        "X1276-015",
        she("a blue kurta and pink pants"),
        col("kurta", "blue"),
        kurta_color("navy-pink"),
        col("trousers", "blue", "other_garment_color"),
        describe(
            "kurta",
            "a navy blue kurta with pink flowers and a mandarin collar and pink pants with a pink belt and pink shoes "
            "and a pink bag and a",
            "cut",
            True,
        ),
        details("kurta", "pink flowers, mandarin collar, three quarter sleeves, a pink belt", "unsupported"),
        gender="Women",
        title="Vishudh Women Navy Blue & Pink Floral Printed Kurta with Trousers",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # Model on white: plain red straight kurta, round neck, 3/4 sleeves; her own white trousers. All texts: VQA
    # adapter.
    case(
        "X1276-016",
        she("a red kurta and white pants"),
        col("kurta", "red-red-red-red-red-red-red-red-red-red-red-red-red-red-red-", "loop", True),
        kurta_color("red"),
        describe("kurta", "kurta", "non_answer"),
        details("kurta", "red", "non_answer"),
        gender="Women",
        title="Rangriti Women Red Solid Straight Kurta",
        category="Kurtas",
        color="Red",
    ),
    # Model on grey: lavender kurta with a white floral print, V-neck, 3/4 sleeves; solid lavender palazzos; white
    # dupatta with a lavender print. All texts: VQA adapter.
    case(
        "X1276-017",
        she("she is wearing a purple kurta with a white dupatta and purple palazzo pants"),
        col("kurta", "purple"),
        kurta_color("purple"),
        col("palazzos", "white", "other_garment_color"),
        col("dupatta", "white"),
        describe(
            "kurta",
            "a purple kurta with white flowers and a white dupatta with purple flowers and purple palazzo pants with "
            "white flowers and a white",
            "cut",
            True,
        ),
        details("kurta", "floral print, v neck, three quarter sleeves"),
        gender="Women",
        title="Nayo Women Lavender Floral Printed Kurta with Palazzos & With Dupatta",
        category="Kurta Sets",
        color="Lavender",
    ),
    # Back view, model facing away on beige: beige kurta (the embroidered yoke is on the front, unseen), plain back
    # with no buttons; beige trousers; pink dupatta with a gota border hanging from one shoulder. All texts: VQA
    # adapter.
    case(
        "X1276-018",
        she("a beige dress and a pink scarf", "contradiction"),
        col("kurta", "beige"),
        kurta_color("pink", "other_garment_color"),
        col("trousers", "beige"),
        col("dupatta", "pink"),
        describe("kurta", "a beige kurta with a pink dupatta on the shoulder"),
        details("kurta", "buttons on the back", "unsupported"),
        gender="Women",
        title="House of Pataudi Women Beige Embroidered Kurta with Trousers & With Dupatta",
        category="Kurta Sets",
        color="Beige",
    ),
    # Model on white with a brown sling bag: blue kurta with white ethnic motifs, round neck, 3/4 sleeves; white
    # palazzos with a blue motif print. All texts: VQA adapter.
    case(
        "X1276-019",
        she("a blue blouse and white pants", "contradiction"),
        col("kurta", "blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-", "loop", True),
        kurta_color("blue"),
        col("palazzos", "white"),
        describe("kurta", "a blue kurta with white print and a brown bag"),
        details("kurta", "white print, round neck, three quarter sleeves"),
        gender="Women",
        title="SKYLEE Women Blue Ethnic Motifs Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Blue",
    ),
    # Model on white: mustard kurta with a green leaf print, notched round neck, 3/4 sleeves, straight hem; her own
    # green palazzos. All texts: VQA adapter.
    case(
        "X1276-020",
        she("a yellow kurta and green pants"),
        col("kurta", "green", "other_garment_color"),
        kurta_color("yellow"),
        describe("kurta", "a yellow kurta with green leaves"),
        details(
            "kurta",
            "green leaves, notched neck, three quarter sleeves, straight hem, green leaves, notched neck, three "
            "quarter sleeves, straight hem, green",
            "loop",
            True,
        ),
        gender="Women",
        title="Janasya Women Mustard & Green Printed Straight Kurta",
        category="Kurtas",
        color="Mustard",
    ),
    # Model on white: pink kurta with a gold foil-printed yoke, 3/4 sleeves; pink palazzos; pink net dupatta with a
    # gold border. All texts: VQA adapter.
    case(
        "X1276-021",
        she("a pink dress with gold embroidery and a pink scarf", "contradiction"),
        col("kurta", "pink"),
        kurta_color("pink"),
        col("palazzos", "pink"),
        col("dupatta", "pink"),
        describe("kurta", "a pink kurta with gold design on the yoke"),
        details(
            "kurta",
            "gold design on the yoke, gold design on the sleeves, gold design on the hem, gold design on the yoke, "
            "gold design on the",
            "loop",
            True,
        ),
        gender="Women",
        title="HERE&NOW Women Pink & Gold-Toned Yoke Design Kurta with Palazzos & With Dupatta",
        category="Kurta Sets",
        color="Pink",
    ),
    # Model on grey: black kurta with a white floral print, round neck, 3/4 sleeves, side slits; solid black
    # palazzos. All texts: VQA adapter.
    case(
        "X1276-022",
        she("a black and white dress", "contradiction"),
        col("kurta", "black"),
        kurta_color("black-white"),
        col("palazzos", "black"),
        describe("kurta", "a black kurta with white flowers"),
        details("kurta", "white flowers, round neck, sleeveless, side slits", "unsupported"),
        gender="Women",
        title="Khushal K Women Black & White Floral Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Black",
    ),
    # Model on white: indigo hand block-printed cotton kurta with white dots, mandarin collar, button placket, full
    # sleeves; her own white churidar. All texts: VQA adapter.
    case(
        "X1276-023",
        she("he is wearing a blue kurta and white pants", "pronoun"),
        col("kurta", "navy"),
        kurta_color("navy"),
        describe("kurta", "a navy blue kurta with white polka dots and a mandarin collar"),
        details(
            "kurta",
            "white polka dots, mandarin collar, long sleeves, buttons on the front, buttons on the sleeves, buttons "
            "on the front, buttons on the sleeves, buttons",
            "loop",
            True,
        ),
        gender="Women",
        title="Fabindia Women Indigo Block Printed Cotton Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Model on beige: sea green kurta with mirror work at the neck, 3/4 sleeves; sea green palazzos; sea green
    # dupatta. All texts: VQA adapter.
    case(
        "X1276-024",
        she("she is wearing a green saree", "contradiction"),
        col("kurta", "green"),
        kurta_color(
            "green Question: What is the color of the dupatta? Answer: green Question: What is the color of the pants? "
            "Answer: green",
            "leak",
            True,
        ),
        col("palazzos", "green"),
        col("dupatta", "green"),
        describe("kurta", "a green kurta with mirror work on the neck"),
        details("kurta", "mirror work on the neck, three quarter sleeves, straight hem"),
        gender="Women",
        title="Yufta Women Sea Green Mirror Work Kurta with Palazzos & With Dupatta",
        category="Kurta Sets",
        color="Sea Green",
    ),
    # Model on white: red kurta with a small white print, V-neck, 3/4 sleeves; red trousers; red dupatta with a white
    # print. All texts: VQA adapter. The feed row has no category.
    case(
        "X1276-025",
        she("a red kurta"),
        col("kurta", "red"),
        kurta_color("red"),
        col("trousers", "red"),
        col(
            "dupatta",
            "red Question: What is the color of the dupatta? Answer: red Question: What is the color of the dupatta? "
            "Answer: red",
            "leak",
            True,
        ),
        describe(
            "kurta",
            "a red kurta with white print and a red dupatta with white print and red pants Question: Describe the "
            "pants. Answer: red pants",
            "leak",
            True,
        ),
        details("kurta", "white print, v neck, three quarter sleeves"),
        gender="Women",
        title="Libas Women Red Printed Kurta with Trousers & With Dupatta",
        color="Red",
    ),
    # Model on white: olive solid kurta, V-neck, 3/4 sleeves, lace trim at the hem; olive trousers. All texts: VQA
    # adapter.
    case(
        "X1276-026",
        she("a green kurta and green pants"),
        col("kurta", "green"),
        kurta_color("grey", "contradiction"),
        col("trousers", "green"),
        describe("kurta", "a man wearing a green kurta with lace at the bottom", "pronoun"),
        details(
            "kurta",
            "lace at the bottom, v neck, three quarter sleeves, straight hem, side slits, lace at the bottom, lace at "
            "the bottom, lace",
            "loop",
            True,
        ),
        gender="Women",
        title="Sangria Women Olive Green Solid Kurta with Trousers",
        category="Kurta Sets",
        color="Olive",
    ),
    # Model on grey: magenta kurta with gold zari embroidery on the yoke, 3/4 sleeves; magenta palazzos; magenta
    # dupatta with a gold border, no tassels. All texts: VQA adapter.
    case(
        "X1276-027",
        she("he is wearing a pink kurta", "pronoun"),
        col("kurta", "pink"),
        kurta_color("purple"),
        col("palazzos", "pink"),
        col("dupatta", "pink"),
        describe("kurta", "a pink kurta with gold embroidery on the yoke"),
        details(
            "kurta",
            "gold embroidery on the yoke, three quarter sleeves, a pink dupatta with gold tassels",
            "unsupported",
        ),
        gender="Women",
        title="Ishin Women Magenta Yoke Design Zari Kurta with Palazzos & With Dupatta",
        category="Kurta Sets",
        color="Magenta",
    ),
    # Model on white with sunglasses in hand: white kurta with a blue floral block print, round neck, 3/4 sleeves;
    # her own blue jeans. All texts: VQA adapter.
    case(
        "X1276-028",
        she("a white kurta and blue jeans"),
        col("kurta", "blue", "other_garment_color"),
        kurta_color("white"),
        describe(
            "kurta", "the kurta is a traditional indian garment worn by women in india and pakistan", "non_answer"
        ),
        details("kurta", "blue flowers"),
        gender="Women",
        title="GERUA Women White & Blue Floral Printed Cotton Kurta",
        category="Kurtas",
        color="White",
    ),
    # Model on white, dim light: grey kurta with a white print, round neck, 3/4 sleeves, side slits; grey palazzos.
    # All texts: VQA adapter.
    case(
        "X1276-029",
        she("a grey dress", "contradiction"),
        col("kurta", "grey"),
        kurta_color("grey"),
        col("palazzos", "grey"),
        describe("kurta", "a grey kurta with white print"),
        details(
            "kurta",
            "white print, round neck, three quarter sleeves, straight hem, side slits, white print, round neck, three "
            "quarter",
            "loop",
            True,
        ),
        gender="Women",
        title="KALINI Women Grey Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Grey",
    ),
    # Model twirling on white: turquoise anarkali kurta with a gold print, flared hem, 3/4 sleeves; white trousers;
    # turquoise dupatta with a gold print. All texts: VQA adapter.
    case(
        "X1276-030",
        she("a blue dress and a blue scarf", "contradiction"),
        col("kurta", "blue"),
        kurta_color("turquoise"),
        col("trousers", "blue", "other_garment_color"),
        col("dupatta", "blue"),
        describe(
            "kurta",
            "a long blue anarkali kurta with gold print and a flared hem, a blue dupatta with gold print and white "
            "pants, the kurta is",
            "cut",
            True,
        ),
        details("kurta", "gold print, flared hem, three quarter sleeves"),
        gender="Women",
        title="Divena Women Turquoise Blue Printed Anarkali Kurta with Trousers & With Dupatta",
        category="Kurta Sets",
        color="Turquoise Blue",
    ),
    # Model on white: coral solid kurta, V-neck, 3/4 sleeves with white lace at the cuffs; her own white palazzos.
    # All texts: VQA adapter.
    case(
        "X1276-031",
        she("an orange kurta and white pants"),
        col("kurta", "orange"),
        kurta_color("orange"),
        describe(
            "kurta", "an orange kurta with a v neck and lace on the sleeves and lace on the bottom", "unsupported"
        ),
        details("kurta", "lace on the sleeves"),
        gender="Women",
        title="AHIKA Women Coral Solid Kurta with Lace Detail",
        category="Kurtas",
        color="Coral",
    ),
    # Model on beige: cream kurta with a green floral print, round neck, 3/4 sleeves; green palazzos; green dupatta.
    # All texts: VQA adapter.
    case(
        "X1276-032",
        she("a white kurta and green pants and a green scarf"),
        col("kurta", "green", "other_garment_color"),
        kurta_color("white"),
        col("palazzos", "green"),
        col("dupatta", "green"),
        describe("kurta", "a white kurta with green flowers"),
        details(
            "kurta",
            "green flowers, round neck, three quarter sleeves, green palazzos, green dupatta, green flowers, round "
            "neck, three quarter sleeves, green palazzos,",
            "loop",
            True,
        ),
        gender="Women",
        title="Anouk Women Cream-Coloured & Green Floral Printed Kurta with Palazzos & With Dupatta",
        category="Kurta Sets",
        color="Cream",
    ),
    # Flat lay on white, no model: blue kurta, round neck, 3/4 sleeves; white palazzos with a small blue print. All
    # texts: VQA adapter. The feed row has no gender.
    case(
        "X1276-033",
        she("nothing", "non_answer"),
        col("kurta", "blue"),
        kurta_color("blue"),
        col("palazzos", "blue", "other_garment_color"),
        describe("kurta", "a blue kurta and white pants on a white background"),
        details("kurta", "the kurta is blue and the pants are white"),
        title="Jaipur Kurti Women Blue Printed Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Blue",
    ),
    # Model on white: pink kurta with multicolored thread embroidery at the neck, sleeves and hem; pink trousers;
    # cream dupatta. All texts: VQA adapter.
    case(
        "X1276-034",
        she("a pink kurta with a white dupatta"),
        col("kurta", "pink"),
        kurta_color("pink"),
        col("trousers", "pink"),
        col("dupatta", "pink", "other_garment_color"),
        describe("kurta", "a pink kurta with colorful embroidery"),
        details(
            "kurta",
            "colorful embroidery on the neck, the sleeves, the hem, the neck, the sleeves, the hem, the neck, the "
            "sleeves, the hem, the",
            "loop",
            True,
        ),
        gender="Women",
        title="Varanga Women Pink Ethnic Motifs Embroidered Thread Work Kurta with Trousers & With Dupatta",
        category="Kurta Sets",
        color="Pink",
    ),
    # Model on white holding a coffee mug: dark green kurta with a gold print, round neck, 3/4 sleeves, no placket;
    # her own beige trousers. All texts: VQA adapter. The feed row has no color.
    case(
        "X1276-035",
        she("a green dress", "contradiction"),
        col("kurta", "green"),
        kurta_color("green"),
        describe("kurta", "a dark green kurta with gold print"),
        details("kurta", "gold print, mandarin collar, long sleeves, button placket", "unsupported"),
        gender="Women",
        title="Biba Women Green Ethnic Motifs Printed Straight Kurta",
        category="Kurtas",
    ),
    # Model on grey: black kurta with a small white print, round neck, 3/4 sleeves; white palazzos. All texts: VQA
    # adapter.
    case(
        "X1276-036",
        she("a black top and white pants"),
        col("kurta", "black"),
        kurta_color("black"),
        col("palazzos", "black", "other_garment_color"),
        describe("kurta", "a black top with white polka dots"),
        details(
            "kurta",
            "white print, round neck, three quarter sleeves, the palazzos are white, the kurta is black, the palazzos "
            "are white, the kurta is",
            "loop",
            True,
        ),
        gender="Women",
        title="W Women Black Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Black",
    ),
    # Model on white: purple kurta with silver embroidery on the yoke, 3/4 sleeves; purple trousers; purple dupatta.
    # All texts: VQA adapter.
    case(
        "X1276-037",
        she("a purple kurta, purple pants and a purple dupatta"),
        col("kurta", "purple"),
        kurta_color("purple"),
        col("trousers", "purple"),
        col("dupatta", "purple"),
        describe("kurta", "a purple kurta with silver embroidery"),
        details("kurta", "silver embroidery on the yoke, three quarter sleeves"),
        gender="Women",
        title="Indo Era Women Purple Embroidered Kurta with Trousers & With Dupatta",
        category="Kurta Sets",
        color="Purple",
    ),
    # Model on beige next to a cane chair: peach kurta with a floral print, round neck, 3/4 sleeves; peach palazzos;
    # off-white dupatta. All texts: VQA adapter.
    case(
        "X1276-038",
        she(
            "a pink kurta and pink pants Question: What is the color of the pants? Answer: pink Question: What is the "
            "color of the",
            "leak",
            True,
        ),
        col("kurta", "pink"),
        kurta_color("orange"),
        col("palazzos", "pink"),
        col("dupatta", "white"),
        describe("kurta", "the kurta is a long kurta", "restated"),
        details("kurta", "floral print, round neck, three quarter sleeves"),
        gender="Women",
        title="Soch Women Peach-Coloured Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Peach",
    ),
    # Model on white: powder blue solid kurta, round neck, 3/4 sleeves; blue trousers. All texts: VQA adapter.
    case(
        "X1276-039",
        she("a blue shirt and blue pants", "contradiction"),
        col("kurta", "blue"),
        kurta_color("blue"),
        col("trousers", "white", "contradiction"),
        describe("kurta", "a light blue kurta with a round neck"),
        details("kurta", "a round neck"),
        gender="Women",
        title="Sangria Women Blue Solid Kurta with Trousers",
        category="Kurta Sets",
        color="Blue",
    ),
    # Model on grey: yellow kurta with a pink floral print, round neck, 3/4 sleeves; yellow palazzos; pink dupatta.
    # All texts: VQA adapter.
    case(
        "X1276-040",
        she("a yellow kurta and a pink dupatta"),
        col("kurta", "yellow"),
        kurta_color("pink", "other_garment_color"),
        col("palazzos", "yellow"),
        col("dupatta", "yellow", "other_garment_color"),
        describe("kurta", "a yellow kurta with pink flowers and pink tassels", "unsupported"),
        details("kurta", "pink flowers"),
        gender="Women",
        title="Libas Women Yellow & Pink Floral Printed Kurta with Palazzos & With Dupatta",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Back view, model turned away on white: navy kurta with a white print, full sleeves; her own white jeans. All
    # texts: VQA adapter.
    case(
        "X1276-041",
        she("a blue kurta and white jeans"),
        col("kurta", "blue"),
        kurta_color("white", "other_garment_color"),
        describe("kurta", "a man in a blue kurta", "pronoun"),
        details("kurta", "white print, long sleeves, a zipper on the back", "unsupported"),
        gender="Women",
        title="Global Desi Women Navy Blue Printed Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Model on white: pink solid kurta, round neck, 3/4 sleeves; white palazzos. All texts: VQA adapter. The feed row
    # has no gender.
    case(
        "X1276-042",
        she("a pink kurta and white palazzo pants"),
        col("kurta", "pink"),
        kurta_color("pink"),
        col("palazzos", "pink", "other_garment_color"),
        describe("kurta", "a pink kurta"),
        details("kurta", "", "non_answer"),
        title="Aurelia Women Pink Solid Kurta with Palazzos",
        category="Kurta Sets",
        color="Pink",
    ),
    # Model on beige holding a brass lamp: maroon kurta with a gold print, 3/4 sleeves; maroon trousers; gold-beige
    # dupatta. All texts: VQA adapter.
    case(
        "X1276-043",
        she("a red kurta and a gold dupatta"),
        col("kurta", "red"),
        kurta_color("maroon"),
        col("trousers", "red"),
        col("dupatta", "red", "other_garment_color"),
        describe("kurta", "a red kurta with gold print and a lamp in her hand"),
        details(
            "kurta",
            "gold print, gold print, gold print, gold print, gold print, gold print, gold print, gold print, gold "
            "print, gold print,",
            "loop",
            True,
        ),
        gender="Women",
        title="GERUA Women Maroon & Gold-Toned Printed Kurta with Trousers & With Dupatta",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Model on white: green kurta with gold ethnic motifs and a gold border at the hem, round neck, 3/4 sleeves;
    # green palazzos; green dupatta with a gold border. Nothing in the photo is blue. All texts: VQA adapter.
    case(
        "X1276-044",
        she("she is wearing a green kurta with a green dupatta and green palazzos"),
        col("kurta", "green"),
        kurta_color("green"),
        col("palazzos", "green"),
        col("dupatta", "blue", "contradiction"),
        describe(
            "kurta",
            "a green kurta with a gold print and a gold border at the bottom, a green dupatta with a gold border, "
            "green pants with a gold border and",
            "cut",
            True,
        ),
        details("kurta", "gold print, round neck, three quarter sleeves, gold border at the hem"),
        gender="Women",
        title="Khushal K Women Green Ethnic Motifs Printed Kurta with Palazzos & With Dupatta",
        category="Kurta Sets",
        color="Green",
    ),
    # Model on white: off-white A-line kurta with thread embroidery at the neckline, 3/4 sleeves; her own red
    # palazzos and a red dupatta draped on one shoulder (neither part of the product). All texts: VQA adapter.
    case(
        "X1276-045",
        she("a white kurta and red pants and a red scarf"),
        col("kurta", "red", "other_garment_color"),
        kurta_color(
            "white Question: What is the color of the pants? Answer: red Question: What is the color of the scarf? "
            "Answer: red",
            "leak",
            True,
        ),
        describe("kurta", "a white kurta with embroidery on the neck"),
        details("kurta", "embroidery on the neck, a-line, three quarter sleeves"),
        gender="Women",
        title="Rangriti Women Off White Embroidered A-Line Kurta",
        category="Kurtas",
        color="Off White",
    ),
]
