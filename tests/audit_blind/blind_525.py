"""BLIND_525 (46 products; Myntra women's ethnic and fusion night: kurtas, sets, sarees, lehengas, gowns): written blind
in the fiftieth session. Measured blind at d46ce42 (the session's rules as they stood): 115/129 failures found
(89.1%) and 9/171 correct texts flagged (5.3%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog feed of women's ethnic and fusion wear: kurtis and kurtas, kurta sets (with
palazzos, trousers, sharara and dupatta), anarkali gowns and kurtas, sarees worn with their blouses, lehenga cholis,
ethnic dresses, and bottoms and dupattas sold alone but photographed on a model in a full outfit. Photos are
full-length, mostly front view, on studio backdrops, some with coloured walls, a carved door, fairy lights, marigold
garlands or a pillar. Each row has the seller's title, category, color and gender; a few rows miss one.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, stops on its
own) or, where the comment says so, from the caption-only LoRA adapter (epoch 1 or 3): the DeepFashion template
("The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric ..."), run to its
limit (50 new tokens for captions, 30 for answers) with hit_limit=True, and returned as the template whatever it is
asked. Open answers (wearing as "What is she wearing?", description, details, material) come from the base model
unless the comment names the adapter; the base model never has hit_limit. Closed answers (garment_type, color,
pattern, sleeve_length, the per-piece colors of kurta, dupatta, saree and blouse, and "Is this a ...?") come from
enrich's `--engine reference` and are values from candidate sets: they never loop or hit a limit.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: red for maroon, burgundy or wine; pink for peach, magenta, coral
  or fuchsia; purple for mauve or lavender; yellow for mustard; green for teal, sea green, olive, mint or lime; blue
  for navy, indigo, teal or turquoise; white for off white; gold for a gold-toned sequinned piece. Navy as black,
  mustard as orange and burgundy as brown are contradictions.
- Garment synonyms are correct: sari for saree, scarf for dupatta, pants or leggings for churidar and palazzos,
  shirt or top for a kurti or a short kurta, dress for an anarkali gown or a flared anarkali kurta, skirt for a
  lehenga. A saree called a dress, a kurta set called a dress by garment_type, and "yes" to "Is this a dress?" for a
  lehenga choli are contradictions. The adapter's "shirt" for a kurta is kept as a synonym.
- Colors: the color of another piece in the photo (the blouse, the dupatta, the palazzos, the kurta over the sold
  churidar) given as the piece asked about is other_garment_color. The color of a wall, a backdrop or a print/zari
  trim given as the garment's color is contradiction. Pieces named in their own colors in a layered outfit are
  correct, and so is a caption that names the wall or props in their own colors.
- One color for two pieces in a wearing answer ("a red kurta and red pants" over a white churidar) and a wall's
  color given to the jeans ("yellow pants" before a yellow wall) are contradiction: the product is right, the
  other piece is not.
- Materials: one the title names is correct (silk for "silk blend", organza, velvet, net, sequins); chiffon for
  georgette is correct; cotton on a plain cotton-look kurta or palazzo is a fair guess and correct; silk or denim
  the title does not name and the photo does not show is unsupported; one the title contradicts (cotton for
  rayon palazzos, silk for a chiffon saree) is contradiction. Answering the material question with the
  garment and its color is restated.
- Invented items the photo does not show (a belt, a pocket, a clutch, a handbag, a gold border, tassels) are
  unsupported; jewellery the photo does show (jhumkas, a temple necklace, bangles) is correct.
- Adapter texts: all run to the limit. A text repeating a template sentence is loop; one stopping mid-sentence
  without repeating is cut; a template returned for the material question is restated. Where the template misnames
  the garment (a saree as a dress, long sleeves on a sleeveless kurti) the misnaming is what the auditor sees
  first: contradiction, hit_limit kept. Template accessories ("an accessory on her wrist") are not labelled apart.
- "Is this a kurta?" answered yes for palazzos sold alone is contradiction: the product is not a kurta.
- Base answers: one stopping mid-phrase ("it is made of") is cut without hit_limit; one running on into
  "Question: ... Answer: ..." is leak; "he" for the woman is pronoun; "the details of the churidar", an empty
  answer and "it is a saree" for a description are non_answer; garments and colors given for "details", and "the
  garment is a garment", are restated.
- For bottoms and dupattas sold alone, the wearing answer and caption may describe the whole outfit; only the
  product's own color and type questions are held to the product.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

wearing = question("wearing", "What is she wearing?", "open")
color_kurta = question("color_kurta", "What is the color of the kurta?", "closed")
color_dupatta = question("color_dupatta", "What is the color of the dupatta?", "closed")
color_saree = question("color_saree", "What is the color of the saree?", "closed")
color_blouse = question("color_blouse", "What is the color of the blouse?", "closed")

BLIND_525 = [
    # photo: maroon straight cotton kurta with a gold embroidered yoke, three-quarter sleeves, white churidar, beige
    # studio backdrop, front view.
    # adapter: none
    case(
        "X525-001",
        caption("a woman in a maroon kurta with gold embroidery"),
        wearing("a red kurta and red pants", "contradiction"),
        color_kurta("maroon"),
        D.sleeve_length("three-quarter"),
        D.pattern("embroidered"),
        D.material("silk", "unsupported"),
        title="Women Maroon Yoke Design Cotton Straight Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: teal kurta with white block print, teal palazzos, white dupatta with a teal border over one shoulder,
    # light grey backdrop.
    # caption, description: adapter (epoch 3)
    case(
        "X525-002",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a round "
            "neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a green kurta with a white dupatta"),
        color_kurta("green"),
        color_dupatta("green", "other_garment_color"),
        is_a("kurta", "yes"),
        D.details("the kurta has a print on it"),
        D.description(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long-sleeve shirt",
            "loop",
            hit_limit=True,
        ),
        title="Women Teal Ethnic Motifs Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Teal",
        gender="Women",
    ),
    # photo: pink georgette saree with a small white floral print, pallu over the left shoulder, plain pink blouse
    # with elbow sleeves, grey backdrop. No border on the saree.
    # adapter: none
    case(
        "X525-003",
        caption("a woman in a pink saree posing for the camera"),
        wearing("a pink sari with white flowers"),
        color_saree("white", "contradiction"),
        color_blouse("pink"),
        D.material("chiffon"),
        D.details("it has a gold border", "unsupported"),
        title="Floral Printed Pure Georgette Saree",
        category="Sarees",
        color="Pink",
        gender="Women",
    ),
    # photo: red lehenga with gold zari embroidery, red half-sleeve blouse, red net dupatta over the head and one
    # shoulder, bridal look, cream backdrop.
    # adapter: none
    case(
        "X525-004",
        caption("a bride in a red and gold lehenga"),
        wearing("a red lehenga with gold embroidery"),
        D.color("gold", "contradiction"),
        is_a("saree", "yes", "contradiction"),
        D.details("the lehenga has embroidery on it"),
        D.material("silk", "unsupported"),
        title="Red Embroidered Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
        category="Lehenga Choli",
        color="Red",
        gender="Women",
    ),
    # photo: navy floor-length flared anarkali gown, silver embroidery on the bodice, full sleeves, sheer navy net
    # dupatta, dark grey backdrop.
    # caption: adapter (epoch 1)
    case(
        "X525-005",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The dress is of long length. The lady wears a long-sleeve dress with pure color "
            "patterns. The dress is with",
            "loop",
            hit_limit=True,
        ),
        wearing("a blue gown"),
        D.color("black", "contradiction"),
        D.garment_type("dress"),
        D.sleeve_length("long"),
        is_a("dress", "no", "contradiction"),
        title="Women Navy Blue Ethnic Motifs Embroidered Anarkali Gown",
        category="Ethnic Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: the white rayon palazzos worn with a mustard printed short kurti, white studio backdrop, full length.
    # adapter: none
    case(
        "X525-006",
        caption("a woman in a yellow top and white pants"),
        wearing("a yellow kurta and white palazzo pants"),
        D.color("yellow", "other_garment_color"),
        D.garment_type("pants"),
        D.description("the pants are white and loose"),
        D.material("cotton", "contradiction"),
        is_a("kurta", "yes", "contradiction"),
        title="Women White Solid Rayon Flared Palazzos",
        category="Palazzos",
        color="White",
        gender="Women",
    ),
    # photo: the black churidar worn with a turquoise knee-length kurta, grey backdrop, full length.
    # caption: adapter (epoch 3)
    case(
        "X525-007",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue kurta and black leggings"),
        D.color("blue", "other_garment_color"),
        D.garment_type("leggings"),
        D.details("the details of the churidar", "non_answer"),
        title="Women Black Solid Churidar",
        category="Churidar",
        color="Black",
        gender="Women",
    ),
    # photo: the mustard bandhani dupatta with a gold-toned border, draped over both shoulders of a plain white
    # kurta set, white backdrop.
    # adapter: none
    case(
        "X525-008",
        caption("a woman in a white outfit with a yellow scarf"),
        wearing("a white kurta and a yellow dupatta"),
        D.color("white", "other_garment_color"),
        color_dupatta("yellow"),
        D.pattern("printed"),
        D.material("silk", "unsupported"),
        D.details("the dupatta has gold tassels", "unsupported"),
        title="Women Mustard Yellow & Gold-Toned Bandhani Dupatta",
        category="Dupatta",
        color="Mustard",
        gender="Women",
    ),
    # photo: peach sleeveless A-line kurti with a v-neck, white leggings, white backdrop. No pockets.
    # caption: adapter (epoch 1)
    case(
        "X525-009",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. The lady",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a pink top and white leggings"),
        D.color("pink"),
        D.sleeve_length("sleeveless"),
        D.details("it has a v neck and a pocket", "unsupported"),
        title="Women Peach-Coloured Solid A-Line Kurti",
        category="Kurtis",
        color="Peach",
        gender="Women",
    ),
    # photo: maroon Banarasi silk saree with a broad gold zari border and gold buttis, maroon elbow-sleeve blouse,
    # model holding the pallu in front of a carved wooden door.
    # adapter: none
    case(
        "X525-010",
        caption("a woman in a red sari standing in front of a wooden door"),
        wearing("a red and gold sari"),
        color_saree("red"),
        color_blouse("gold", "contradiction"),
        D.material("silk"),
        D.details("the saree has a gold border"),
        D.description(
            "a red sari with a gold border Question: What is the color of the blouse? Answer: red",
            "leak",
        ),
        title="Maroon & Gold-Toned Woven Design Banarasi Silk Saree",
        category="Sarees",
        color="Maroon",
        gender="Women",
    ),
    # photo: green kurta with pink and white flowers, green trousers, no dupatta, against a pink wall.
    # adapter: none
    case(
        "X525-011",
        caption("a woman in a green floral kurta standing in front of a pink wall"),
        wearing("a green kurta and green pants"),
        D.color("pink", "contradiction"),
        D.pattern("floral"),
        D.description("he is wearing a green kurta with pink flowers", "pronoun"),
        D.details("pink flowers and a pink dupatta", "unsupported"),
        title="Women Green Floral Printed Kurta with Trousers",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: mustard flared anarkali kurta with a red and green ethnic print, long sleeves, red churidar, red
    # dupatta over the arms, bangles on both wrists, white backdrop.
    # caption: adapter (epoch 3)
    case(
        "X525-012",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of long length. There is an accessory on her wrist. The lady wears a "
            "long-sleeve dress",
            "loop",
            hit_limit=True,
        ),
        wearing("a yellow dress and a red scarf"),
        color_kurta("yellow"),
        color_dupatta("red"),
        D.color("orange", "contradiction"),
        D.details("the kurta has details", "non_answer"),
        D.sleeve_length("long"),
        title="Women Mustard Yellow Printed Anarkali Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Women",
    ),
    # photo: navy georgette saree with a silver sequinned border, sleeveless navy sequinned blouse, dark backdrop
    # hung with warm fairy lights.
    # material: adapter (epoch 1)
    case(
        "X525-013",
        caption("a woman in a blue sari with lights in the background"),
        wearing("a blue saree with silver sequins"),
        color_saree("black", "contradiction"),
        color_blouse("blue"),
        D.sleeve_length("sleeveless"),
        D.description("a blue sari with silver", "cut"),
        D.material(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Women Navy Blue Sequinned Georgette Saree with Blouse",
        category="Sarees",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: off-white kurta with a blue floral print and three-quarter sleeves, blue palazzos, a sleeveless blue
    # printed long jacket over the kurta, white backdrop.
    # adapter: none
    case(
        "X525-014",
        caption("a woman in a white kurta and blue jacket"),
        wearing("a blue jacket over a white kurta with blue pants"),
        D.color("blue", "other_garment_color"),
        color_kurta("white"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.details("the kurta has blue flowers and a jacket"),
        title="Women Off White & Blue Printed Kurta with Palazzos & Jacket",
        category="Kurta Sets",
        color="Off White",
        gender="Women",
    ),
    # photo: pink lehenga with a green border, green short-sleeve choli, pink net dupatta, cream backdrop.
    # caption: adapter (epoch 3)
    case(
        "X525-015",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long skirt. The skirt is with chiffon fabric and pure color patterns. "
            "There",
            "cut",
            hit_limit=True,
        ),
        wearing("a pink and green lehenga"),
        color_blouse("green"),
        is_a("lehenga", "yes"),
        D.color("green", "other_garment_color"),
        D.details("the lehenga has a green border and a pink dupatta"),
        title="Pink & Green Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Pink",
        gender="Women",
    ),
    # photo: rust A-line midi ethnic dress with white motifs, short flared sleeves, fabric tie at the waist, tan
    # flat sandals, white backdrop.
    # adapter: none
    case(
        "X525-016",
        caption("a woman in an orange dress with white print"),
        wearing("an orange dress and brown sandals"),
        D.color("orange"),
        D.garment_type("dress"),
        D.sleeve_length("short"),
        D.material("a rust orange dress", "restated"),
        D.details("it has a zip at the back", "unsupported"),
        title="Women Rust Orange Ethnic Motifs Printed A-Line Ethnic Dress",
        category="Ethnic Dresses",
        color="Rust",
        gender="Women",
    ),
    # photo: black georgette kurta with white chikankari embroidery on the neck and sleeves, white palazzos, white
    # backdrop.
    # adapter: none
    case(
        "X525-017",
        caption("a woman in a black and white kurta"),
        wearing("a black kurta with white embroidery and white pants"),
        color_kurta("white", "other_garment_color"),
        D.details("white embroidery on the neck and sleeves"),
        D.material("cotton"),
        D.pattern("solid", "contradiction"),
        D.description(
            "a black kurta with white embroidery Question: What is the color of the pants? Answer: white",
            "leak",
        ),
        title="Women Black Chikankari Embroidered Straight Kurta",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: yellow chiffon saree with a pink floral printed border, pink blouse, potted green plants on both sides.
    # caption: adapter (epoch 1)
    case(
        "X525-018",
        caption(
            "The lady wears a long dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. There is an accessory on her wrist. The lady wears a long dress with pure color "
            "patterns. The dress",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a yellow sari with a pink blouse"),
        color_saree("yellow"),
        color_blouse("yellow", "other_garment_color"),
        is_a("saree", "yes"),
        D.details("the saree has a floral border"),
        D.material("silk", "contradiction"),
        title="Yellow Chiffon Saree with Floral Printed Border",
        category="Sarees",
        color="Yellow",
        gender="Women",
    ),
    # photo: lavender short-sleeve cotton kurti with side slits, white jeans, against a yellow wall.
    # adapter: none
    case(
        "X525-019",
        caption("a woman in a purple top and white jeans in front of a yellow wall"),
        wearing("a purple kurti and yellow pants", "contradiction"),
        D.color("yellow", "contradiction"),
        D.sleeve_length("short"),
        D.details("it has side slits"),
        D.pattern("solid"),
        title="Women Lavender Solid Cotton Kurti with Side Slits",
        category="Kurtis",
        color="Lavender",
        gender="Women",
    ),
    # photo: magenta short kurta with gold gota embroidery, magenta sharara, gold-toned organza dupatta, white
    # backdrop.
    # caption: adapter (epoch 1)
    case(
        "X525-020",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "The lady wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a pink kurta and pink pants with a gold dupatta"),
        color_kurta("pink"),
        color_dupatta("pink", "other_garment_color"),
        D.garment_type("dress", "contradiction"),
        D.details("the details of the kurta", "non_answer"),
        D.material("silk", "unsupported"),
        title="Women Magenta Gotta Patti Kurta with Sharara & Organza Dupatta",
        category="Kurta Sets",
        color="Magenta",
        gender="Women",
    ),
    # photo: bottle green Kanjeevaram silk saree with a wide gold border, contrast red blouse, gold temple necklace
    # and jhumkas, beige backdrop.
    # adapter: none
    case(
        "X525-021",
        caption("a woman in a green sari with gold jewelry"),
        wearing("a green and gold saree with a red blouse and a necklace"),
        color_saree("green"),
        color_blouse("green", "other_garment_color"),
        D.material("silk"),
        D.description("he is wearing a green and gold saree", "pronoun"),
        D.garment_type("dress", "contradiction"),
        title="Women Green & Gold-Toned Kanjeevaram Silk Saree",
        category="Sarees",
        color="Green",
        gender="Women",
    ),
    # photo: sea green and white vertical striped cotton kurta, three-quarter sleeves, mandarin collar, white
    # trousers, white backdrop.
    # caption, details: adapter (epoch 3)
    case(
        "X525-022",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a "
            "stand neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a green and white striped kurta"),
        D.color("green"),
        D.pattern("solid", "contradiction"),
        D.details(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a "
            "stand neckline. The lady wears a long-sleeve shirt",
            "loop",
            hit_limit=True,
        ),
        title="Women Sea Green & White Striped Straight Kurta",
        category="Kurtas",
        color="Sea Green",
        gender="Women",
    ),
    # photo: gold-toned sequinned lehenga, sleeveless gold sequinned blouse, beige net dupatta, dark backdrop with
    # blurred lights. No belt.
    # adapter: none
    case(
        "X525-023",
        caption("a woman in a gold lehenga"),
        wearing("a gold lehenga with a gold top and a gold scarf"),
        D.color("gold"),
        D.sleeve_length("sleeveless"),
        D.material("sequins"),
        D.details("the lehenga has a lot of sequins and a belt", "unsupported"),
        is_a("dress", "yes", "contradiction"),
        title="Gold-Toned Sequinned Lehenga Choli with Net Dupatta",
        category="Lehenga Choli",
        color="Gold",
        gender="Women",
    ),
    # photo: the black palazzos with a white polka dot print, worn with a red short kurti, white backdrop.
    # adapter: none
    case(
        "X525-024",
        caption("a woman in a red top and black pants"),
        wearing("a red shirt and black polka dot pants"),
        D.color("red", "other_garment_color"),
        D.pattern("polka dot"),
        D.garment_type("pants"),
        D.description("the pants are black with white dots"),
        D.details("they are palazzos", "non_answer"),
        D.material("silk", "unsupported"),
        title="Women Black Polka Dot Printed Flared Palazzos",
        category="Palazzos",
        color="Black",
        gender="Women",
    ),
    # photo: indigo kurta with a white dabu print, three-quarter sleeves, white churidar, white dupatta over the
    # shoulders, light grey backdrop.
    # adapter: none
    case(
        "X525-025",
        caption("a woman in a blue and white kurta and white pants"),
        wearing("a blue kurta with white print, white pants and a white dupatta"),
        color_kurta("blue"),
        color_dupatta("blue", "other_garment_color"),
        D.material("denim", "unsupported"),
        D.details(
            "white print on the kurta Question: What is the color of the pants? Answer: white",
            "leak",
        ),
        title="Women Indigo Blue Dabu Printed Cotton Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: sheer peach organza saree with a silver embroidered border, peach sleeveless blouse, model standing by
    # a white pillar in the studio.
    # caption: adapter (epoch 3)
    case(
        "X525-026",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of long length. There is an accessory on her wrist. The lady wears a "
            "sleeveless",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a pink sari"),
        color_saree("pink"),
        color_blouse("white", "contradiction"),
        D.material("organza"),
        D.description("it is a saree", "non_answer"),
        title="Women Peach Organza Saree with Embroidered Border",
        category="Sarees",
        color="Peach",
        gender="Women",
    ),
    # photo: red bandhani kurta with white dots and long sleeves, red palazzos, red and white bandhani dupatta,
    # white backdrop.
    # adapter: none
    case(
        "X525-027",
        caption("a woman in a red and white outfit"),
        wearing("a red kurta, red palazzo pants and a red dupatta"),
        color_kurta("red"),
        D.pattern("polka dot"),
        D.sleeve_length("short", "contradiction"),
        D.material("a red kurta set", "restated"),
        title="Women Red Bandhani Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Red",
        gender="Women",
    ),
    # photo: burgundy velvet anarkali gown with a gold embroidered neckline, full sleeves, no dupatta, dark brown
    # backdrop, a ring on one hand.
    # caption: adapter (epoch 3)
    case(
        "X525-028",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with velvet fabric. It has a "
            "round neckline. The dress is of long length. There is an accessory on her wrist. There is a ring on "
            "her finger. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a red velvet dress"),
        D.color("brown", "contradiction"),
        D.material("velvet"),
        D.garment_type("dress"),
        D.details("gold embroidery on the neck"),
        is_a("kurta", "no"),
        title="Women Burgundy Embroidered Velvet Anarkali Gown",
        category="Ethnic Dresses",
        color="Burgundy",
        gender="Women",
    ),
    # photo: the bright pink phulkari dupatta with blue, orange and yellow embroidery, over both shoulders of a plain
    # white kurta and churidar, white backdrop.
    # adapter: none
    case(
        "X525-029",
        caption("a woman in white with a pink and blue scarf"),
        wearing("he is wearing a white kurta and a pink dupatta", "pronoun"),
        D.color("white", "other_garment_color"),
        color_dupatta("pink"),
        D.garment_type("scarf"),
        D.pattern("embroidered"),
        D.material("silk", "unsupported"),
        title="Women Pink & Blue Phulkari Embroidered Dupatta",
        category="Dupatta",
        color="Pink",
        gender="Women",
    ),
    # photo: olive shirt-style kurti with a collar and button placket, sleeves rolled up, blue jeans, against a red
    # brick wall.
    # adapter: none
    case(
        "X525-030",
        caption("a woman in a green shirt and jeans standing in front of a brick wall"),
        wearing("a green shirt and blue jeans"),
        D.color("red", "contradiction"),
        D.garment_type("shirt"),
        D.sleeve_length("long"),
        D.details("it has buttons and a collar"),
        D.description(
            "a green shirt with buttons Question: What is she wearing? Answer: a green shirt",
            "leak",
        ),
        title="Women Olive Green Solid Shirt-Style Kurti",
        category="Kurtis",
        color="Olive",
        gender="Women",
    ),
    # photo: black sequinned net saree, sleeveless black blouse, pallu over one arm, plain white backdrop, empty
    # hands.
    # adapter: none
    case(
        "X525-031",
        caption("a woman in a black saree"),
        wearing("a black dress", "contradiction"),
        color_saree("black"),
        color_blouse("black"),
        D.material("net"),
        D.details("sequins on the saree and a silver clutch", "unsupported"),
        D.description("the saree is black and has", "cut"),
        title="Black Sequinned Net Saree with Blouse Piece",
        category="Sarees",
        color="Black",
    ),
    # photo: coral A-line kurta with gold gota patti at the hem, three-quarter sleeves, white palazzos, white
    # backdrop.
    # caption, details, material: adapter (epoch 1)
    case(
        "X525-032",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton "
            "fabric. It has",
            "loop",
            hit_limit=True,
        ),
        wearing("a pink kurta and white pants"),
        color_kurta("pink"),
        D.details(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "v-shape neckline. The lady wears",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "v-shape neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Women Coral Pink A-Line Kurta with Gotta Patti",
        category="Kurtas",
        color="Coral",
        gender="Women",
    ),
    # photo: royal blue lehenga with mirror work, blue short-sleeve choli, silver net dupatta, marigold garlands
    # hanging behind her.
    # adapter: none
    case(
        "X525-033",
        caption("a woman in a blue lehenga with orange flowers in the background"),
        wearing("a blue lehenga choli"),
        D.color("orange", "contradiction"),
        color_dupatta("blue", "other_garment_color"),
        color_blouse("blue"),
        D.details("mirror work on the skirt"),
        D.material("silk", "unsupported"),
        is_a("lehenga", "yes"),
        title="Women Blue & Silver Mirror Work Lehenga Choli",
        category="Lehenga Choli",
        color="Blue",
        gender="Women",
    ),
    # photo: white calf-length cotton kurta with schiffli eyelet embroidery, white palazzos, against a teal blue
    # wall.
    # adapter: none
    case(
        "X525-034",
        caption("a woman in a white kurta and white pants in front of a blue wall"),
        wearing("a white dress", "contradiction"),
        D.color("blue", "contradiction"),
        D.material("cotton"),
        D.details("it has small holes in it"),
        title="Women White Schiffli Embroidered Cotton Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: purple bandhani saree with tiny white dots and a green border, green blouse, grey backdrop.
    # adapter: none
    case(
        "X525-035",
        caption("a woman in a purple sari with a green border"),
        wearing("a purple and green sari"),
        D.color("green", "other_garment_color"),
        color_saree("purple"),
        color_blouse("green"),
        D.pattern("floral", "contradiction"),
        D.description("a purple sari with white dots and a green", "cut"),
        title="Women Purple Bandhani Saree with Blouse",
        category="Sarees",
        color="Purple",
        gender="Women",
    ),
    # photo: beige kurta with brown and maroon block print, brown trousers, maroon dupatta, white backdrop.
    # caption, details: adapter (epoch 3)
    case(
        "X525-036",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        wearing("a beige kurta with brown pants and a red scarf"),
        color_kurta("brown", "other_garment_color"),
        color_dupatta("red"),
        D.details(
            "The shirt is with cotton fabric and graphic patterns. It has a round neckline. The shirt is with cotton "
            "fabric and graphic patterns. It",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        D.description("he is wearing a beige kurta", "pronoun"),
        title="Women Beige Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Beige",
        gender="Women",
    ),
    # photo: turquoise tiered sleeveless maxi ethnic dress with gold foil print, gold jhumkas, white backdrop.
    # adapter: none
    case(
        "X525-037",
        caption("a woman in a blue maxi dress"),
        wearing("a blue dress with gold print and gold earrings"),
        D.color("gold", "contradiction"),
        D.sleeve_length("sleeveless"),
        D.garment_type("dress"),
        D.details("tiers and gold print"),
        D.description("a dress", "non_answer"),
        D.material("silk", "unsupported"),
        title="Women Turquoise Blue Foil Printed Tiered Maxi Ethnic Dress",
        category="Ethnic Dresses",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: the red churidar worn with a white kurta with a red print, red juttis, white backdrop.
    # adapter: none
    case(
        "X525-038",
        caption("a woman in a white and red kurta"),
        wearing("a white kurta with red print and red pants"),
        D.color("white", "other_garment_color"),
        D.garment_type("pants"),
        D.details("", "non_answer"),
        D.material("cotton"),
        D.description("he is wearing red pants", "pronoun"),
        title="Women Red Solid Cotton Churidar",
        category="Churidar",
        color="Red",
    ),
    # photo: mauve kurta with pink floral embroidery, long sleeves, white churidar, grey backdrop.
    # caption, wearing: adapter (epoch 1)
    case(
        "X525-039",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is a",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears",
            "cut",
            hit_limit=True,
        ),
        color_kurta("purple"),
        D.color("grey", "contradiction"),
        D.pattern("floral"),
        D.sleeve_length("long"),
        title="Women Mauve Floral Embroidered Straight Kurta",
        category="Kurtas",
        color="Mauve",
        gender="Women",
    ),
    # photo: half-and-half saree, orange and pink with a gold border, pink blouse, cream backdrop, empty hands.
    # adapter: none
    case(
        "X525-040",
        caption("a woman in an orange and pink sari"),
        wearing("an orange and pink saree with a pink blouse"),
        color_saree("orange"),
        color_blouse("orange", "other_garment_color"),
        D.description("the garment is a garment", "restated"),
        D.details("gold border and a matching blouse and a handbag", "unsupported"),
        is_a("saree", "yes"),
        title="Women Orange & Pink Half-and-Half Saree with Zari Border",
        category="Sarees",
        color="Orange",
        gender="Women",
    ),
    # photo: lime green kurta with white thread embroidery, three-quarter sleeves, white palazzos, white backdrop.
    # caption: adapter (epoch 3)
    case(
        "X525-041",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a green and white outfit"),
        color_kurta("green"),
        D.color("white", "other_garment_color"),
        D.details("she is wearing a green kurta and white pants", "restated"),
        D.material("a green kurta", "restated"),
        title="Women Lime Green Thread Work Kurta with Palazzos",
        category="Kurta Sets",
        color="Lime Green",
        gender="Women",
    ),
    # photo: grey anarkali kurta with pink thread embroidery on the yoke, long sleeves, grey trousers, pink dupatta,
    # white backdrop.
    # adapter: none
    case(
        "X525-042",
        caption("a woman in a grey dress with a pink scarf"),
        wearing(
            "a grey anarkali with a pink dupatta Question: What is the color of the dupatta? Answer: pink",
            "leak",
        ),
        color_kurta("pink", "other_garment_color"),
        color_dupatta("pink"),
        D.sleeve_length("long"),
        D.garment_type("kurta"),
        D.description("she is wearing a grey kurta with pink", "cut"),
        title="Women Grey & Pink Embroidered Anarkali Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Grey",
        gender="Women",
    ),
    # photo: mint lehenga with pink flowers, mint puff-sleeve blouse, pink net dupatta, white backdrop.
    # caption, material: adapter (epoch 1)
    case(
        "X525-043",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The lady wears a long skirt. The skirt is with chiffon fabric and floral patterns. The "
            "lady wears a long",
            "cut",
            hit_limit=True,
        ),
        wearing("a green and pink lehenga"),
        D.color("pink", "other_garment_color"),
        color_blouse("green"),
        D.material(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The lady",
            "restated",
            hit_limit=True,
        ),
        D.details("the lehenga has pink flowers and a pink dupatta"),
        title="Women Mint Green Floral Printed Lehenga Choli",
        category="Lehenga Choli",
        color="Green",
        gender="Women",
    ),
    # photo: navy and white ikat print sleeveless kurti, white palazzos, light grey backdrop.
    # adapter: none
    case(
        "X525-044",
        caption("a woman in a blue and white top"),
        wearing("he is wearing a blue top and white pants", "pronoun"),
        D.color("blue"),
        D.sleeve_length("long", "contradiction"),
        D.pattern("printed"),
        D.description("a blue and white ikat kurti"),
        D.details("the kurti has blue and white", "cut"),
        title="Women Navy Blue & White Ikat Print Sleeveless Kurti",
        category="Kurtis",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: teal silk blend saree with a copper zari border, copper-brown blouse, pallu plain with no tassels,
    # beige backdrop.
    # adapter: none
    case(
        "X525-045",
        caption("a woman in a blue saree with a brown blouse"),
        wearing("a blue and gold sari"),
        color_saree("green"),
        color_blouse("blue", "other_garment_color"),
        D.material("silk"),
        D.details("the saree has a zari border and a long pallu with tassels", "unsupported"),
        title="Women Teal Blue Silk Blend Saree with Zari Border",
        category="Sarees",
        color="Teal",
        gender="Women",
    ),
    # photo: yellow kurta with blue flowers, yellow sharara, blue dupatta, marigold garlands behind her.
    # caption, details: adapter (epoch 1)
    case(
        "X525-046",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton "
            "fabric. It has",
            "loop",
            hit_limit=True,
        ),
        wearing("a yellow kurta and yellow pants with a blue dupatta"),
        color_kurta("yellow"),
        color_dupatta("yellow", "other_garment_color"),
        D.pattern("floral"),
        D.details(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.material("it is made of", "cut"),
        title="Women Yellow Floral Printed Kurta with Sharara & Dupatta",
        color="Yellow",
        gender="Women",
    ),
]
