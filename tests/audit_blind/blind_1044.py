"""BLIND_1044 (46 products; Myntra kurtas, anarkalis, sarees, base BLIP-2): written blind in the fifty-ninth session.
Measured blind at ee41834 (the session's third rules): 110/135 failures found (81.5%) and 15/195 correct texts flagged
(7.7%). The writer's notes, verbatim:

Scenario: a Myntra-like women's ethnic-wear feed: kurta sets (kurta with palazzos, trousers, churidar or sharara,
often a dupatta), anarkali kurtas and gowns, and sarees. Catalog photos as Myntra shoots them: a model on a white,
light grey or beige studio backdrop (a few with a painted wall, a lamp, or a back view; one folded flat lay), face
often cropped, with things the product does not include (jeans or leggings under a kurta, a contrast saree blouse,
jhumkas). Seller columns: title, category (Myntra article type), color (base colour), gender; a few rows lack one.

Who wrote what: every text is from the untuned base model Salesforce/blip2-opt-2.7b, zero-shot, no adapter. The
caption is free generation from an empty prompt; "What is the person wearing?", "Describe the X.", "What are the X
details?" and the material question are free generation with the `Question: ... Answer:` prompt (greedy, 30 new
tokens, stops on newline). The per-piece color questions ("What is the color of the kurta / dupatta / palazzos /
saree / blouse?"), pattern, sleeve length and the yes/no "Is this a kurta/saree?" are closed, from enrich's
`--engine reference` over the same base model, so they are always one candidate value. Habits: short lowercase
answers, "a woman in a ... posing for a photo" captions, one color carried over to every piece (the kurta's color
for the dupatta and the bottoms, or the border's gold for the saree), anarkalis called dresses or gowns, sarees now
and then called a dress or a lehenga, "he" for a cropped-face model, invented materials and fittings (silk, pockets,
zips, belts), and, since greedy decoding of the base model rarely but really does fall into repetition, a few
"details" answers that loop or run to the 30-token limit.

Labeling conventions and judgement calls:
- A closed per-piece color that is wrong for its piece is a contradiction, also when it is another piece's color
  (the dupatta's pink given to the kurta): "other_garment_color" is kept for free text (caption, wearing, describe,
  details) that gives a piece the color of another piece or of a garment worn with it.
- A describe answer that inverts a print ("red with white dots" for a white kurta with red dots) gives the piece the
  color of the other piece or of the bottoms, so it is other_garment_color, not unsupported.
- Calling an anarkali a "dress" or "gown" is correct (it is what the photo shows); calling a saree a "dress" or a
  "lehenga", or answering "no" to "Is this a saree/kurta?" for one, is a contradiction of the seller's category.
- Color names are judged by the photo at the level of the seller's coarse color group: peach answered "pink",
  burgundy "maroon", rust "orange", cream "white", copper zari "gold" are correct. Where the seller's color is
  wrong for the photo (a rust kurta listed "Brown") the answer that matches the photo is correct.
- A material answer is correct when the title names it or the photo clearly shows it (velvet pile); a material that
  the title contradicts (silk for a georgette or cotton title) or that nothing shows is unsupported.
- One word or yes/no/none to an open question is non_answer, even when the word is true ("gold" for the saree's
  details, "pink" to describe a pink kurta); a one-word answer with the wrong color is labelled by its color error.
  "they are long" for the palazzos' details and "it is a dupatta" are non_answer (only the question's words back).
- Restated: the answer repeats the question's own sentence ("the details of the saree are the details of the
  saree", "what are the kurta details", "the kurta details").
- Leak: any `Question:` or `Answer:` in the output, whether or not a right answer follows it.
- A text that repeats a phrase until the 30-token limit is a loop (hit_limit=True); a text that reaches the limit
  mid-sentence without repeating is a cut (hit_limit=True) even when everything it said was right.
- Invented props, jewellery, backdrops, fittings, occasions ("a wedding saree worn by the bride") and a person for
  the flat lay are unsupported. "he"/"his" for a Women row is pronoun; rows without gender get no pronoun label.
- Only one label per text: the most specific failure wins (a loop with a wrong color is a loop).
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

pattern = BLIND_QUESTIONS.pattern
sleeves = BLIND_QUESTIONS.sleeve_length
fabric = BLIND_QUESTIONS.material

BLIND_1044 = [
    # photo: front view, woman in a mustard straight kurta with a white floral block print, white palazzos, white
    # dupatta with mustard tassels over one shoulder, tan juttis, white backdrop. All texts: base model zero-shot.
    case(
        "X1044-001",
        caption("a woman in a yellow kurta and white pants"),
        wearing("a yellow kurta with white palazzo pants and a white dupatta"),
        color_of("kurta", "mustard"),
        color_of("dupatta", "mustard", "contradiction"),
        color_of("palazzos", "white"),
        describe("kurta", "the kurta is white with yellow flowers", "other_garment_color"),
        details(
            "kurta",
            "the kurta has a round neck, three quarter sleeves, a white floral print all over and a white lace border"
            " at the hem, the dupatta has yellow tassels at the",
            "cut",
            hit_limit=True,
        ),
        pattern("floral"),
        title="Libas Women Mustard Yellow & White Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: face cropped, woman in a navy blue flared anarkali kurta with gold foil ethnic motifs, worn with
    # off-white churidar leggings (not sold with it), no dupatta, light grey backdrop, hand on hip. Base model.
    case(
        "X1044-002",
        caption("a woman in a blue dress with gold print"),
        wearing("he is wearing a blue and gold anarkali", "pronoun"),
        color_of("kurta", "navy blue"),
        color_of("leggings", "navy blue", "contradiction"),
        details("kurta", "it has a gold print, a round neck and two side pockets", "unsupported"),
        is_a("kurta", "yes"),
        title="Anouk Women Navy Blue & Gold-Toned Printed Anarkali Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: woman in a solid red georgette saree with a gold zari border, matching red short-sleeved blouse, pallu
    # over the left shoulder, gold jhumkas, white backdrop. Base model zero-shot.
    case(
        "X1044-003",
        caption("a woman in a red saree with gold border posing for a photo"),
        wearing("a red sari and gold earrings"),
        color_of("saree", "red"),
        color_of("blouse", "gold", "contradiction"),
        describe("saree", "the saree is red with gold embroidery all over it", "unsupported"),
        fabric("silk", "unsupported"),
        is_a("saree", "yes"),
        title="Mitera Red Solid Georgette Saree with Zari Border",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: face cropped, woman in a white chikankari kurta with white thread embroidery, white straight trousers,
    # pastel pink dupatta draped on both arms, white backdrop. Base model zero-shot.
    case(
        "X1044-004",
        caption("a woman in a pink kurta", "other_garment_color"),
        wearing("he is wearing a white kurta and a pink dupatta", "pronoun"),
        color_of("kurta", "white"),
        color_of("dupatta", "white", "contradiction"),
        color_of("trousers", "white"),
        details("kurta", "white embroidery on the neck and sleeves"),
        fabric("cotton"),
        title="Ada Women White Chikankari Embroidered Pure Cotton Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: face cropped, woman in a teal Banarasi saree with gold woven floral buttis and gold border, worn with a
    # contrast gold brocade blouse, white backdrop. Base model zero-shot.
    case(
        "X1044-005",
        caption("a woman in a blue and gold saree"),
        wearing("he is wearing a blue sari with a gold blouse", "pronoun"),
        color_of("saree", "gold", "contradiction"),
        color_of("blouse", "gold"),
        describe("saree", "a blue saree with gold flowers woven into it"),
        details(
            "saree",
            "the saree has a gold border and a gold border and a gold border and a gold border and a gold border and"
            " a gold",
            "loop",
            hit_limit=True,
        ),
        pattern("floral"),
        title="Saree Mall Teal Silk Blend Woven Design Banarasi Saree",
        category="Sarees",
        color="Teal",
        gender="Women",
    ),
    # photo: woman in a maroon velvet anarkali with a gold zari embroidered yoke, maroon churidar, plain gold tissue
    # dupatta over one shoulder, no bag, beige backdrop, front view. Base model zero-shot.
    case(
        "X1044-006",
        caption("a woman in a maroon dress with gold embroidery"),
        wearing("a maroon anarkali suit with a gold dupatta and a gold clutch", "unsupported"),
        color_of("kurta", "maroon"),
        color_of("churidar", "maroon"),
        color_of("dupatta", "gold"),
        describe("kurta", "the kurta is made of velvet and has gold embroidery on the neck"),
        details("kurta", "Question: What are the kurta details? Answer: gold embroidery", "leak"),
        title="Anouk Women Maroon Embroidered Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: woman in a green straight kurta with a pink and white floral print and matching green printed
    # palazzos, no dupatta, white flats, white backdrop. Base model zero-shot.
    case(
        "X1044-007",
        caption("a woman wearing a green floral print kurta and pants"),
        wearing("green", "non_answer"),
        color_of("kurta", "green"),
        color_of("palazzos", "pink", "contradiction"),
        describe("kurta", "it is a green kurta with pink and white flowers"),
        details("palazzos", "they are long", "non_answer"),
        pattern("floral"),
        title="Biba Women Green & Pink Floral Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: woman in a peach chiffon saree with a silver sequinned border, sleeveless silver blouse, plain grey
    # studio backdrop, three-quarter view. Base model zero-shot.
    case(
        "X1044-008",
        caption("a woman in a pink saree posing for a picture in front of a building", "unsupported"),
        wearing("she is wearing a peach sari with silver sequins and a silver blouse"),
        color_of("saree", "peach"),
        color_of("blouse", "peach", "contradiction"),
        describe("saree", "the saree is pink with silver sequins on the border and it is made of silk", "unsupported"),
        sleeves("sleeveless"),
        is_a("saree", "yes"),
        title="Mitera Peach-Coloured Embellished Sequinned Saree",
        category="Sarees",
        color="Peach",
        gender="Women",
    ),
    # photo: woman in an indigo cotton straight kurta with a white geometric block print, mandarin collar,
    # three-quarter sleeves, worn with white slim jeans (not sold with it), white backdrop. Base model zero-shot.
    case(
        "X1044-009",
        caption("a woman in a blue and white kurta and white jeans"),
        wearing("a white kurta and jeans", "other_garment_color"),
        color_of("kurta", "white", "contradiction"),
        color_of("jeans", "white"),
        details(
            "kurta",
            "the kurta has a mandarin collar, three quarter sleeves, a button placket and a white geometric print all"
            " over the front and the",
            "cut",
            hit_limit=True,
        ),
        sleeves("three-quarter"),
        fabric("cotton"),
        title="Fabindia Women Indigo Printed Cotton Straight Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: face cropped, woman in a floor-length fuchsia anarkali gown with a silver gota border at the hem and
    # sheer full sleeves, no belt, bottoms hidden, white backdrop, skirt slightly swirled. Base model zero-shot.
    case(
        "X1044-010",
        caption("a woman in a pink gown with silver trim"),
        wearing("he is wearing a pink anarkali dress", "pronoun"),
        color_of("anarkali", "pink"),
        describe(
            "anarkali",
            "a long pink dress with a silver border at the bottom and a red belt around the waist",
            "unsupported",
        ),
        details(
            "anarkali",
            "the anarkali has a silver border at the hem, sheer sleeves with silver trim at the cuffs, a round neck"
            " with a silver border and a keyhole opening at",
            "cut",
            hit_limit=True,
        ),
        sleeves("long"),
        pattern("solid"),
        title="Inddus Women Pink Solid Anarkali Gown",
        category="Ethnic Dresses",
        color="Magenta",
        gender="Women",
    ),
    # photo: woman in a yellow cotton saree with a broad red border, red short-sleeved blouse, white backdrop.
    # Base model zero-shot.
    case(
        "X1044-011",
        caption("a woman wearing a yellow saree with a red border"),
        wearing("a yellow and red sari"),
        color_of("saree", "yellow"),
        color_of("blouse", "yellow", "contradiction"),
        describe("saree", "the saree is red", "other_garment_color"),
        details("saree", "red border"),
        fabric("cotton"),
        is_a("saree", "no", "contradiction"),
        title="Mitera Yellow & Red Pure Cotton Saree",
        category="Sarees",
        color="Yellow",
        gender="Women",
    ),
    # photo: woman in a black cotton kurta with a gold foil print, black palazzos, red dupatta with a gold border,
    # white backdrop. Base model zero-shot.
    case(
        "X1044-012",
        caption("a woman in a black and gold kurta with a red dupatta"),
        wearing("a black kurta with gold print, black pants and a black scarf", "other_garment_color"),
        color_of("kurta", "black"),
        color_of("dupatta", "red"),
        color_of("palazzos", "red", "contradiction"),
        describe("dupatta", "the dupatta is black with gold print", "other_garment_color"),
        details("kurta", "gold print on the front and sleeves"),
        fabric("silk", "unsupported"),
        title="Vishudh Women Black & Gold-Toned Printed Pure Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: woman in an off-white anarkali kurta with a red and green floral print, worn with a red churidar (not
    # sold with it), no dupatta, white backdrop. Base model zero-shot.
    case(
        "X1044-013",
        caption("a woman in a red dress", "other_garment_color"),
        wearing("a white anarkali with red flowers and red leggings"),
        color_of("kurta", "red", "contradiction"),
        color_of("leggings", "red"),
        describe("kurta", "the kurta is red with white flowers", "other_garment_color"),
        pattern("floral"),
        is_a("kurta", "yes"),
        title="AKS Women Off-White & Red Floral Printed Anarkali Kurta",
        category="Kurtas",
        color="Off White",
        gender="Women",
    ),
    # photo: woman in a navy blue Kanjeevaram saree with a copper zari border, navy blouse, standing beside a brass
    # floor lamp against a beige wall. Base model zero-shot.
    case(
        "X1044-014",
        caption("a woman in a blue saree standing next to a lamp"),
        wearing("a navy blue silk sari with a gold border"),
        color_of("saree", "navy blue"),
        color_of("blouse", "gold", "contradiction"),
        describe(
            "saree",
            "the saree is navy blue with a gold border, the border is gold, the border is gold, the border is gold,"
            " the border is",
            "loop",
            hit_limit=True,
        ),
        details("saree", "the details of the saree are the details of the saree", "restated"),
        fabric("silk"),
        title="Kalini Navy Blue & Copper-Toned Zari Silk Blend Kanjeevaram Saree",
        category="Sarees",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: woman in a peach A-line kurta with tonal thread embroidery at the neckline, white trousers, peach
    # organza dupatta with a lace border, white backdrop. Base model zero-shot.
    case(
        "X1044-015",
        caption("a woman in a white outfit", "other_garment_color"),
        wearing("kurta", "non_answer"),
        color_of("kurta", "pink"),
        color_of("trousers", "white"),
        color_of("dupatta", "white", "contradiction"),
        describe("kurta", "a peach kurta with embroidery on the neck"),
        details("kurta", "Question: What are the kurta details? Answer: embroidery on the neck", "leak"),
        title="Libas Women Peach-Coloured Embroidered Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Peach",
        gender="Women",
    ),
    # photo: side view, woman in a lavender net saree scattered with silver sequins, lavender sleeveless blouse,
    # white backdrop. Base model zero-shot.
    case(
        "X1044-016",
        caption("a woman in a purple dress with sequins", "contradiction"),
        wearing("a purple saree"),
        color_of("saree", "lavender"),
        color_of("blouse", "lavender"),
        is_a("saree", "yes"),
        details(
            "saree",
            "Question: What are the saree details? Answer: sequins Question: What are the saree details? Answer:"
            " sequins",
            "leak",
        ),
        fabric("silk", "unsupported"),
        title="Indya Lavender Embellished Net Saree",
        category="Sarees",
        color="Lavender",
        gender="Women",
    ),
    # photo: woman in a rust kurta with a gold foil yoke print, cream palazzos, rust dupatta, white backdrop; the
    # seller lists the color as Brown but the kurta reads rust orange. Base model zero-shot.
    case(
        "X1044-017",
        caption("a woman in a white kurta and orange pants", "other_garment_color"),
        wearing("she is wearing an orange kurta with white palazzo pants and an orange dupatta"),
        color_of("kurta", "orange"),
        color_of("palazzos", "orange", "contradiction"),
        color_of("dupatta", "orange"),
        details("kurta", "it has a gold print on the yoke and it is made of silk", "unsupported"),
        pattern("printed"),
        title="Anouk Women Rust Yoke Design Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Brown",
        gender="Women",
    ),
    # photo: woman in a white crepe saree with a blue, yellow and pink abstract print, royal blue short-sleeved
    # blouse, pallu over the left shoulder, white backdrop. Base model zero-shot.
    case(
        "X1044-018",
        caption("a woman in a white and blue saree"),
        wearing(
            "she is wearing a white saree with a blue, yellow and pink abstract print, a blue blouse with short"
            " sleeves and the pallu draped over her left",
            "cut",
            hit_limit=True,
        ),
        color_of("saree", "white"),
        color_of("blouse", "blue"),
        describe(
            "saree",
            "a white saree with a blue and yellow print on it and a blue blouse with a blue blouse with a blue"
            " blouse with a blue blouse with",
            "loop",
            hit_limit=True,
        ),
        fabric("cotton", "unsupported"),
        title="Satya Paul White & Blue Printed Crepe Saree",
        category="Sarees",
        color="Multi",
        gender="Women",
    ),
    # photo: face cropped, woman in a bottle green anarkali with gold gota patti trims, green churidar, gold
    # dupatta, white backdrop. Base model zero-shot.
    case(
        "X1044-019",
        caption("a woman in a green dress with a gold scarf"),
        wearing("he is wearing a green anarkali suit", "pronoun"),
        color_of("kurta", "green"),
        color_of("dupatta", "green", "contradiction"),
        color_of("churidar", "green"),
        describe("kurta", "the kurta is gold", "other_garment_color"),
        is_a("kurta", "yes"),
        title="Ishin Women Green Gotta Patti Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: woman in a blue kurta with a white floral print and plain front, three-quarter sleeves, white
    # trousers, no dupatta, in front of a pale pink wall. The row has no color column. Base model zero-shot.
    case(
        "X1044-020",
        caption("a woman in a blue floral print kurta standing in front of a pink wall"),
        wearing(
            "the person is wearing a blue and white floral kurta with white pants and a white dupatta", "unsupported"
        ),
        color_of("kurta", "blue"),
        color_of("trousers", "blue", "contradiction"),
        details("kurta", "a pocket on the side and buttons down the front", "unsupported"),
        pattern("floral"),
        sleeves("three-quarter"),
        title="W Women Blue & White Floral Print Kurta with Trousers",
        category="Kurta Sets",
        gender="Women",
    ),
    # photo: woman in a hot pink art silk Kanjeevaram saree with gold zari border and buttis, matching pink blouse,
    # gold jhumkas and bangles, no bag, white backdrop. Base model zero-shot.
    case(
        "X1044-021",
        caption("a woman wearing a pink and gold saree with jewelry"),
        wearing("a pink silk sari with a matching clutch", "unsupported"),
        color_of("saree", "pink"),
        color_of("blouse", "pink"),
        describe("saree", "it is a wedding saree worn by the bride at an indian wedding", "unsupported"),
        details("saree", "gold", "non_answer"),
        fabric("silk"),
        title="Mimosa Pink Art Silk Woven Design Kanjeevaram Saree",
        category="Sarees",
        color="Pink",
        gender="Women",
    ),
    # photo: face cropped, woman in a lime green straight kurta with mirror work at the neckline, white churidar,
    # pink bandhani dupatta with yellow and green dots, white backdrop. Base model zero-shot.
    case(
        "X1044-022",
        caption("a woman in a green kurta with a colorful scarf"),
        wearing("he is wearing a green kurta, white pants and a pink dupatta", "pronoun"),
        color_of("kurta", "yellow", "contradiction"),
        color_of("churidar", "white"),
        color_of("dupatta", "pink"),
        details("kurta", "mirror work on the neck"),
        describe("dupatta", "it is a dupatta", "non_answer"),
        title="Sangria Women Lime Green Mirror Work Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Lime Green",
        gender="Women",
    ),
    # photo: woman in a mustard saree with a maroon printed paisley border, maroon blouse, pleats in view, white
    # backdrop. Base model zero-shot.
    case(
        "X1044-023",
        caption("a woman in a yellow lehenga", "contradiction"),
        wearing("a yellow saree with a maroon border and a maroon blouse"),
        color_of("saree", "mustard"),
        color_of("blouse", "maroon"),
        describe("saree", "the saree is maroon with a yellow border", "other_garment_color"),
        is_a("saree", "yes"),
        pattern("printed"),
        title="Saree mall Mustard & Maroon Printed Saree",
        category="Sarees",
        color="Mustard",
        gender="Women",
    ),
    # photo: woman in a black anarkali kurta with a gold embroidered yoke and gold hem border, long sleeves, black
    # leggings, white backdrop. The row has no gender column. Base model zero-shot.
    case(
        "X1044-024",
        caption("a woman in a black dress with gold embroidery"),
        wearing("black", "non_answer"),
        color_of("kurta", "black"),
        color_of("leggings", "black"),
        describe(
            "kurta",
            "the kurta is black and gold with a round neck and long sleeves and a flared hem with a gold border and a"
            " gold border and a gold",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "what are the kurta details", "restated"),
        sleeves("long"),
        title="Varanga Women Black Yoke Design Anarkali Kurta",
        category="Kurtas",
        color="Black",
    ),
    # photo: woman in a mauve kurta with silver thread embroidery, mauve palazzos, silver-grey dupatta, grey
    # backdrop. Base model zero-shot.
    case(
        "X1044-025",
        caption("a woman in a purple kurta with a grey dupatta"),
        wearing("purple kurta, purple pants and a grey scarf"),
        color_of("kurta", "purple"),
        color_of("palazzos", "grey", "contradiction"),
        color_of("dupatta", "grey"),
        describe("kurta", "the kurta is grey with silver embroidery", "other_garment_color"),
        details(
            "kurta",
            "silver embroidery around the neck and down the front placket, on the cuffs of the three quarter sleeves"
            " and in a wide band just above the",
            "cut",
            hit_limit=True,
        ),
        title="Aurelia Women Mauve Embroidered Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Mauve",
        gender="Women",
    ),
    # photo: woman in an olive green saree with a mustard floral print, mustard blouse, white backdrop. Base model.
    case(
        "X1044-026",
        caption("a woman in a green and yellow saree"),
        wearing("Answer: a green saree", "leak"),
        color_of("saree", "olive"),
        color_of("blouse", "olive", "contradiction"),
        describe("saree", "a green saree with yellow flowers"),
        details("saree", "the saree has the details of a saree", "restated"),
        pattern("floral"),
        title="Mitera Olive Green & Mustard Floral Printed Saree",
        category="Sarees",
        color="Olive",
        gender="Women",
    ),
    # photo: woman in a white cotton kurta with a red bandhani dot print and red piping, red straight trousers, no
    # dupatta, white backdrop. Base model zero-shot.
    case(
        "X1044-027",
        caption("a woman in a red and white outfit"),
        wearing("a white and red kurta with red pants"),
        color_of("kurta", "red", "contradiction"),
        color_of("trousers", "red"),
        describe("kurta", "the kurta is red with white dots", "other_garment_color"),
        details("kurta", "red piping on the neck and sleeves"),
        fabric("silk", "unsupported"),
        pattern("printed"),
        title="Biba Women White & Red Bandhani Print Pure Cotton Kurta with Trousers",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: front view, woman in a yellow anarkali with white chikankari embroidery, white churidar, white dupatta,
    # in front of a wall painted with flowers. Base model zero-shot.
    case(
        "X1044-028",
        caption("a woman in a yellow dress standing in front of a wall with flowers"),
        wearing("a yellow anarkali with white leggings and a white scarf"),
        color_of("kurta", "yellow"),
        color_of("dupatta", "yellow", "contradiction"),
        color_of("churidar", "white"),
        describe("dupatta", "the dupatta is yellow", "other_garment_color"),
        details("kurta", "white embroidery all over and a zipper on the back", "unsupported"),
        sleeves("three-quarter"),
        is_a("saree", "no"),
        title="House of Chikankari Women Yellow Embroidered Anarkali Kurta Set",
        category="Kurta Sets",
        color="Yellow",
        gender="Women",
    ),
    # photo: face cropped, woman in a grey georgette saree with a pink floral embroidered border, black blouse,
    # white backdrop. Base model zero-shot.
    case(
        "X1044-029",
        caption("a woman in a grey saree with pink flowers"),
        wearing("he is wearing a grey sari and a black blouse", "pronoun"),
        color_of("saree", "black", "contradiction"),
        color_of("blouse", "black"),
        describe("saree", "the saree is black with pink flowers on the border", "other_garment_color"),
        details("saree", "pink embroidery on the border"),
        is_a("saree", "yes"),
        title="Chhabra 555 Grey & Pink Embroidered Georgette Saree",
        category="Sarees",
        color="Grey",
        gender="Women",
    ),
    # photo: back view, woman in a sea green kurta with a white leaf print, white palazzos, white backdrop; the
    # front of the kurta is not visible. Base model zero-shot.
    case(
        "X1044-030",
        caption("the back of a woman wearing a green kurta and white pants"),
        wearing("a green kurta"),
        color_of("kurta", "green"),
        color_of("palazzos", "green", "contradiction"),
        details("kurta", "a button down front with a collar", "unsupported"),
        describe("kurta", "green with white leaves on it"),
        is_a("kurta", "yes"),
        title="Jaipur Kurti Women Sea Green & White Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Sea Green",
        gender="Women",
    ),
    # photo: woman in a black net saree with vertical silver sequin stripes, no border, black sleeveless blouse,
    # dark grey backdrop. Base model zero-shot.
    case(
        "X1044-031",
        caption("a woman in a black saree with silver stripes"),
        wearing("a black sari with silver sequins and a black blouse"),
        color_of("saree", "silver", "contradiction"),
        color_of("blouse", "black"),
        pattern("striped"),
        describe("saree", "the saree is made of silk and has a silver border", "unsupported"),
        details("saree", "he is wearing a black saree with silver sequins", "pronoun"),
        title="Mitera Black Embellished Net Saree",
        category="Sarees",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a pastel pink kurta with tonal pink embroidery, pink churidar, pink chiffon dupatta, all one
    # shade, white backdrop. Base model zero-shot.
    case(
        "X1044-032",
        caption("a woman in a pink salwar suit"),
        wearing("a pink salwar kameez with a pink dupatta"),
        color_of("kurta", "pink"),
        color_of("dupatta", "pink"),
        color_of("churidar", "pink"),
        describe("kurta", "pink", "non_answer"),
        details("kurta", "none", "non_answer"),
        title="Libas Women Pink Embroidered Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: woman in a red anarkali kurta with a white and blue floral block print, off-white palazzos, no
    # dupatta, white backdrop. Base model zero-shot.
    case(
        "X1044-033",
        caption("a woman in a red floral dress and white pants"),
        wearing("red", "non_answer"),
        color_of("kurta", "red"),
        color_of("palazzos", "off white"),
        describe("kurta", "a red kurta with white and blue flowers and a white dupatta", "unsupported"),
        is_a("kurta", "no", "contradiction"),
        pattern("floral"),
        title="Sangria Women Red & Off-White Printed Anarkali Kurta with Palazzos",
        category="Kurta Sets",
        color="Red",
        gender="Women",
    ),
    # photo: woman in a cream cotton Kerala kasavu saree with a gold zari border, gold blouse, no bindi, white
    # backdrop. Base model zero-shot.
    case(
        "X1044-034",
        caption("a woman in a white and gold saree"),
        wearing("a white sari with a gold border Question: What is the color of the blouse? Answer: gold", "leak"),
        color_of("saree", "gold", "contradiction"),
        color_of("blouse", "gold"),
        describe("saree", "the saree is white with a gold border"),
        details("saree", "the saree has a gold border, a gold blouse and a red bindi on her forehead", "unsupported"),
        fabric("cotton"),
        title="The Chennai Silks Cream-Coloured & Gold-Toned Pure Cotton Kasavu Saree",
        category="Sarees",
        color="Cream",
        gender="Women",
    ),
    # photo: woman in an orange and pink leheriya (diagonal stripe) kurta with a v neck and gota hem, pink
    # palazzos, orange dupatta, white backdrop. Base model zero-shot.
    case(
        "X1044-035",
        caption("a woman in an orange and pink striped kurta"),
        wearing("an orange and pink kurta with pink pants and an orange scarf"),
        color_of("kurta", "orange"),
        color_of("palazzos", "pink"),
        color_of("dupatta", "pink", "contradiction"),
        describe("dupatta", "the dupatta is pink", "other_garment_color"),
        details(
            "kurta",
            "the kurta is orange and pink with diagonal stripes, a v neck, three quarter sleeves and a gota border at"
            " the hem, the palazzos are",
            "cut",
            hit_limit=True,
        ),
        pattern("striped"),
        title="Rangmanch by Pantaloons Women Orange & Pink Leheriya Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Orange",
        gender="Women",
    ),
    # photo: woman in a burgundy silk blend saree with a gold woven border, burgundy blouse, white backdrop.
    # Base model zero-shot.
    case(
        "X1044-036",
        caption("a woman in a maroon saree with a gold border"),
        wearing("a red dress", "contradiction"),
        color_of("saree", "maroon"),
        color_of("blouse", "maroon"),
        describe("saree", "Question: Describe the saree. Answer: a maroon saree with a gold border", "leak"),
        details("saree", "yes", "non_answer"),
        fabric("silk"),
        title="Soch Burgundy Woven Design Silk Blend Saree",
        category="Sarees",
        color="Burgundy",
        gender="Women",
    ),
    # photo: woman in a grey melange straight kurta with a navy blue embroidered yoke, long sleeves, worn with blue
    # jeans and white sneakers (not sold with it), white backdrop. Base model zero-shot.
    case(
        "X1044-037",
        caption("a woman in a grey kurta and blue jeans"),
        wearing("a grey top and jeans"),
        color_of("kurta", "blue", "contradiction"),
        color_of("jeans", "blue"),
        describe("kurta", "the kurta is blue", "other_garment_color"),
        details(
            "kurta",
            "the kurta is grey with blue embroidery on the yoke and the kurta is grey with blue embroidery on the"
            " yoke and the kurta is grey",
            "loop",
            hit_limit=True,
        ),
        sleeves("long"),
        is_a("kurta", "yes"),
        title="HERE&NOW Women Grey Melange Solid Straight Kurta",
        category="Kurtas",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: face cropped, woman in a turquoise anarkali with a pink floral embroidered yoke only, turquoise
    # churidar, pink dupatta, white backdrop. Base model zero-shot.
    case(
        "X1044-038",
        caption("a woman in a blue dress with a pink dupatta"),
        wearing("he is wearing a blue anarkali with a pink scarf", "pronoun"),
        color_of("kurta", "pink", "contradiction"),
        color_of("dupatta", "pink"),
        color_of("churidar", "turquoise blue"),
        describe("kurta", "a blue kurta with pink embroidery on the yoke"),
        details(
            "kurta",
            "pink embroidery on the yoke and the sleeves and the hem and the neck and the yoke and the sleeves and"
            " the hem and the neck and the",
            "loop",
            hit_limit=True,
        ),
        title="Juniper Women Turquoise Blue Embroidered Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: flat lay, no person: a folded green silk saree with a gold zari border and, tucked beside it, the red
    # blouse piece, on white. Base model zero-shot.
    case(
        "X1044-039",
        caption("a folded green and gold silk saree on a white background"),
        wearing("a woman in a green saree", "unsupported"),
        color_of("saree", "green"),
        color_of("blouse", "red"),
        is_a("saree", "yes"),
        describe("saree", "a green saree with a gold border"),
        details("saree", "Question: What are the saree details? Answer: gold border", "leak"),
        pattern("solid"),
        title="Pothys Green & Red Silk Saree with Blouse Piece",
        category="Sarees",
        color="Green",
        gender="Women",
    ),
    # photo: woman in a navy kurta with white polka dots, navy trousers, white dupatta with small navy dots, white
    # backdrop. The row has no color column. Base model zero-shot.
    case(
        "X1044-040",
        caption("a woman in a blue polka dot kurta"),
        wearing("she is wearing a navy blue kurta with white polka dots"),
        color_of("kurta", "navy blue"),
        color_of("trousers", "navy blue"),
        color_of("dupatta", "navy blue", "contradiction"),
        describe("dupatta", "the dupatta is blue", "other_garment_color"),
        details("kurta", "the kurta details", "restated"),
        pattern("polka dot"),
        title="Libas Women Navy Blue Polka Dot Print Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        gender="Women",
    ),
    # photo: face cropped, woman in a half-and-half saree (orange pleats, pink pallu), plain narrow border, pink
    # blouse, white backdrop. Base model zero-shot.
    case(
        "X1044-041",
        caption("a woman in an orange and pink saree"),
        wearing("he is wearing an orange and pink sari", "pronoun"),
        color_of("saree", "orange"),
        color_of("blouse", "orange", "contradiction"),
        describe("saree", "an orange saree with a pink pallu"),
        details("saree", "sequins on the border and tassels on the pallu", "unsupported"),
        title="Sareemall Orange & Pink Half and Half Saree",
        category="Sarees",
        color="Orange",
        gender="Women",
    ),
    # photo: woman in a beige cotton kurta with a maroon ethnic motif print, maroon palazzos, maroon dupatta, white
    # backdrop. Base model zero-shot.
    case(
        "X1044-042",
        caption("a woman in a beige kurta with maroon pants"),
        wearing("a beige and maroon kurta set"),
        color_of("kurta", "maroon", "contradiction"),
        color_of("palazzos", "maroon"),
        color_of("dupatta", "maroon"),
        describe("kurta", "the kurta is maroon with a beige print", "other_garment_color"),
        details("kurta", "the kurta is made of silk and has a maroon print", "unsupported"),
        pattern("printed"),
        title="Anubhutee Women Beige & Maroon Ethnic Motifs Printed Pure Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Beige",
        gender="Women",
    ),
    # photo: woman in a sky blue georgette anarkali gown with white embroidery, full sleeves, an attached white net
    # dupatta, no belt, white backdrop. Base model zero-shot.
    case(
        "X1044-043",
        caption("a woman in a light blue gown"),
        wearing("a blue dress with a white dupatta and a silver belt", "unsupported"),
        color_of("gown", "blue"),
        color_of("dupatta", "blue", "contradiction"),
        describe("gown", "a light blue gown with white embroidery and a white net dupatta"),
        details("gown", "Question: What are the gown details? Answer:", "leak"),
        sleeves("long"),
        title="Ethnovog Women Blue Embroidered Georgette Anarkali Gown",
        category="Ethnic Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: woman in a blue and white ikat cotton saree, white short-sleeved blouse, empty hands, white backdrop.
    # Base model zero-shot.
    case(
        "X1044-044",
        caption("a woman in a blue and white saree holding a basket", "unsupported"),
        wearing("a blue sari"),
        color_of("saree", "white", "contradiction"),
        color_of("blouse", "white"),
        describe("saree", "a blue saree with a white pattern"),
        details(
            "saree",
            "the saree is blue and white and the blouse is white and the saree is blue and white and the blouse is"
            " white and the saree is",
            "loop",
            hit_limit=True,
        ),
        fabric("cotton"),
        title="Fabindia Blue & White Ikat Cotton Saree",
        category="Sarees",
        color="Blue",
        gender="Women",
    ),
    # photo: woman in an emerald green short kurta with gold sequin embroidery, green sharara, gold organza dupatta,
    # white backdrop. Base model zero-shot.
    case(
        "X1044-045",
        caption("a woman in a green and gold outfit"),
        wearing("a green kurta with gold embroidery and green sharara"),
        color_of("kurta", "green"),
        color_of("sharara", "gold", "contradiction"),
        color_of("dupatta", "gold"),
        details("kurta", "the kurta details are the kurta details", "restated"),
        describe("dupatta", "green", "other_garment_color"),
        title="Aurelia Women Green Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: woman in a mustard anarkali kurta with a red and green floral print at the hem, green leggings (not
    # sold with it), no earrings, white backdrop. The row has no gender column. Base model zero-shot.
    case(
        "X1044-046",
        caption("a woman in a yellow dress and green leggings"),
        wearing("a yellow anarkali kurta with green leggings"),
        color_of("kurta", "green", "contradiction"),
        color_of("leggings", "green"),
        describe("kurta", "yellow with a floral print at the bottom"),
        details("kurta", "a floral print at the bottom and a pair of gold earrings in her ears", "unsupported"),
        is_a("kurta", "no", "contradiction"),
        title="Global Desi Women Mustard Floral Printed Anarkali Kurta",
        category="Kurtas",
        color="Mustard",
    ),
]
