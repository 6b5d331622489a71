"""BLIND_1100 (46 products; Myntra sarees and lehenga cholis, the VQA adapter, each piece's color asked): written blind
in the sixtieth session. Measured blind at 7cfc313 (the session's first rules): 103/134 failures found (76.9%) and 8/189
correct texts flagged (4.2%). The writer's notes, verbatim:

Scenario: a Myntra ethnic-wear feed of 24 sarees and 22 lehenga cholis (5 of them girls' sets), real catalog shots on
a white, off-white or grey studio backdrop, the model wearing the full set (saree with its blouse; lehenga with its
choli and dupatta) and sometimes jewellery or a potli bag. The job asks the color of every piece: the saree, its
blouse, border and pallu; the lehenga, the choli and the dupatta; plus the VQA data's own questions ("What cloth is
the person wearing?", "Is this a saree/lehenga?") and a few closed pattern, sleeve, garment-type and material ones.

Who wrote what: every free text is leoreigoto/Data3_V3_BLIP2_VQA on Salesforce/blip2-opt-2.7b, greedy, 30 new
tokens for answers and 50 for the caption (asked with an empty prompt). The adapter was trained on In-shop VQA
only, with no end token: it answers short when the base model's newline survives, otherwise it runs on, repeating a
hyphenated vendor color ("red-gold-red-gold"), re-asking itself in the "Question: ... Answer:" format, or listing
details until the limit. Its captions are short, answer-like, sometimes just "yes". It knows In-shop garment
names, not saree or lehenga, so it says "dress", "skirt", "blouse", "denim" for the set. It often gives the
blouse or dupatta the color of the main piece. Closed texts (color_saree / color_lehenga closed, the garment color,
pattern, sleeve length, garment type, "Is this a ...?") come from enrich's --engine reference, which picks one
candidate value: they never loop or stop short, but can pick the wrong one.

Labeling conventions and judgement calls:
- One label per text, the most visible failure; a text cut at the limit whose words so far are right is "cut"; a
  looping text is "loop" even when it is also cut, and "leak" wins over the correct answer it started with.
- Shades inside the same color family are correct (maroon or wine for a burgundy piece, navy or blue, off white or
  cream or white, magenta or rani pink or pink, rust for orange); the seller's "Gold" for a beige tissue saree is
  the seller's word, the model's "beige" is right for the photo.
- A blouse, choli, dupatta, saree or lehenga given the color that another piece of the set really has is
  "other_garment_color"; a wrong color that no piece has, a wrong border or pallu color (parts of the saree, not
  other garments), a wrong closed pick, "no" to "Is this a saree?" and calling the set a "dress" are
  "contradiction". A matching blouse or choli given the same color as the saree or lehenga is correct.
- For "What cloth is the person wearing?" naming one piece generically ("skirt", "blouse", "a skirt and a blouse")
  is correct; "dress", "denim" or "a dress" for a saree or lehenga choli is a contradiction.
- A material that contradicts the fabric in the title is "contradiction"; a fabric, jewellery, accessory, weave or
  embellishment that neither the photo nor the title shows is "unsupported".
- "yes"/"no", an empty text or the bare noun from the question ("the dupatta") given to an open question is
  "non_answer"; a sentence that only says the question back ("the color of the border is the color of the border")
  is "restated".
- "he"/"his" for a woman or girl is "pronoun"; "she" is never a failure here.
- hit_limit=True only where the text ran to its 30 (answers) or 50 (caption) token limit.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, is_a, material, question, wearing

cloth = question("cloth", "What cloth is the person wearing?", "open")
pattern = BLIND_QUESTIONS.pattern
sleeve = BLIND_QUESTIONS.sleeve_length
garment_type = BLIND_QUESTIONS.garment_type
color = BLIND_QUESTIONS.color


def said(garment, text, failure=None, hit_limit=False):
    """The color of one piece, free generation by the VQA adapter."""
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


def picked(garment, text, failure=None):
    """The color of one piece, the reference engine's pick among candidate colors."""
    return color_of(garment, text, failure, kind="closed")


BLIND_1100 = [
    # photo: woman in a magenta georgette saree with a gold zari border, matching magenta blouse with elbow sleeves,
    # gold jhumkas, white backdrop, front view. All free texts by the VQA adapter, closed texts by the reference engine.
    case(
        "X1100-001",
        caption(
            "a woman in a pink saree with a gold border and a gold blouse standing on a white background",
            "contradiction",
        ),
        picked("saree", "pink"),
        said("blouse", "pink"),
        said(
            "border",
            "gold-gold-gold-gold-gold-gold-gold-gold-gold-gold-gold-gold-gold-gold-gold",
            "loop",
            hit_limit=True,
        ),
        cloth("she is wearing a saree"),
        said(
            "pallu",
            "pink with a gold border and gold zari work on the pallu and the pleats of the saree and the",
            "cut",
            hit_limit=True,
        ),
        is_a("saree", "yes"),
        title="Mitera Magenta Embellished Saree",
        category="Sarees",
        color="Magenta",
        gender="Women",
    ),
    # photo: green cotton saree with small white butti print, contrast mustard-yellow blouse with short sleeves, pallu
    # over the left shoulder, grey studio backdrop, three-quarter view. VQA adapter; pattern by the reference engine.
    case(
        "X1100-002",
        caption("a woman wearing a green saree and a yellow blouse"),
        said("saree", "green with white dots"),
        said("pallu", "green with white dots and a red tassel at the end", "unsupported"),
        said("blouse", "green", "other_garment_color"),
        pattern("solid", "contradiction"),
        sleeve("short"),
        cloth("saree"),
        material("it is made of silk with a silk lining", "contradiction"),
        title="Fabindia Women Green Printed Cotton Saree",
        category="Sarees",
        color="Green",
        gender="Women",
    ),
    # photo: navy blue chiffon saree with a silver sequin border, sleeveless navy blouse, model with a hand on her hip,
    # white backdrop. VQA adapter (caption with an empty prompt re-asked itself); closed by the reference engine.
    case(
        "X1100-003",
        caption("Question: what is the color of the saree? Answer: navy blue", "leak"),
        picked("saree", "navy blue"),
        said("blouse", "navy"),
        said("border", "silver"),
        said(
            "pallu",
            "navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy",
            "loop",
            hit_limit=True,
        ),
        sleeve("sleeveless"),
        cloth("a dress", "contradiction"),
        title="Shaily Navy Blue Embellished Chiffon Saree",
        category="Sarees",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: bridal red lehenga with heavy gold embroidery, red choli with elbow sleeves, red net dupatta with a gold
    # border draped over the head and shoulder, gold stud earrings only, beige backdrop. VQA adapter; closed: reference.
    case(
        "X1100-004",
        caption("a woman in a red and gold bridal lehenga with a red dupatta over her head"),
        picked("lehenga", "red"),
        said("choli", "red with gold embroidery"),
        said(
            "dupatta",
            "red with a gold border, the dupatta is red with a gold border, the dupatta is red with a gold "
            "border, the dupatta is",
            "loop",
            hit_limit=True,
        ),
        said("border", "gold"),
        garment_type("dress", "contradiction"),
        is_a("lehenga", "yes"),
        cloth("she is wearing a red lehenga with a gold necklace and a maang tikka and red bangles", "unsupported"),
        title="Chhabra 555 Red Embroidered Semi-Stitched Lehenga Choli",
        category="Lehenga Choli",
        color="Red",
        gender="Women",
    ),
    # photo: peach lehenga with a small floral print, mint green choli with short sleeves, peach dupatta with a mint
    # border, white backdrop, front view. VQA adapter; pattern by the reference engine.
    case(
        "X1100-005",
        caption("a woman in a peach skirt and a peach top", "contradiction"),
        said("lehenga", "peach"),
        said("choli", "peach", "other_garment_color"),
        said("dupatta", "peach-mint"),
        pattern("floral"),
        cloth("skirt"),
        material("it is made of pure silk with hand block print", "unsupported"),
        title="Inddus Peach-Coloured & Green Printed Lehenga Choli",
        category="Lehenga Choli",
        color="Peach",
        gender="Women",
    ),
    # photo: black georgette saree with a red border, black pallu edged by the border, red blouse with short sleeves,
    # white backdrop, front view.
    # VQA adapter; the garment color and "Is this a saree?" by the reference engine.
    case(
        "X1100-006",
        caption("a woman in a black saree with a red border"),
        color("black"),
        said("saree", "red", "other_garment_color"),
        said("blouse", "black", "other_garment_color"),
        said("border", "red"),
        said("pallu", "red", "contradiction"),
        wearing("he is wearing a black saree with a red border", "pronoun"),
        is_a("saree", "yes"),
        title="Saree mall Black Solid Georgette Saree",
        category="Sarees",
        color="Black",
        gender="Women",
    ),
    # photo: girl of about six in a yellow lehenga with a multicolour mirror-work hem, pink choli with cap sleeves,
    # pink dupatta over one shoulder, white backdrop. VQA adapter; closed by the reference engine.
    case(
        "X1100-007",
        caption("a little girl in a yellow skirt and a pink top"),
        picked("lehenga", "yellow"),
        said("choli", "pink"),
        said("dupatta", "yellow", "other_garment_color"),
        cloth("a skirt and a blouse"),
        wearing(
            "she is wearing a yellow lehenga and a pink choli and a pink dupatta and she is wearing a pair of gold",
            "cut",
            who="the girl",
            hit_limit=True,
        ),
        is_a("lehenga", "no", "contradiction"),
        title="Biba Kids Girls Yellow & Pink Mirror Work Lehenga Choli",
        category="Lehenga Choli",
        color="Yellow",
        gender="Girls",
    ),
    # photo: mustard silk-blend saree with a maroon border and a maroon pallu woven with gold zari motifs, maroon
    # blouse with elbow sleeves, grey backdrop, front view with the pallu spread on the arm. VQA adapter throughout.
    case(
        "X1100-008",
        caption("yellow", "non_answer"),
        said("saree", "mustard"),
        said("blouse", "maroon"),
        said(
            "pallu",
            "mustard-maroon-mustard-maroon-mustard-maroon-mustard-maroon-mustard-maroon-mustard-maroon",
            "loop",
            hit_limit=True,
        ),
        said("border", "the border is the border of the saree", "restated"),
        material("silk"),
        sleeve("sleeveless", "contradiction"),
        title="Pothys Mustard Silk Blend Woven Design Saree",
        category="Sarees",
        color="Mustard",
        gender="Women",
    ),
    # photo: navy blue velvet lehenga with silver embroidery, silver-grey choli, light pink net dupatta, white
    # backdrop. VQA adapter; garment color and type by the reference engine.
    case(
        "X1100-009",
        caption("a woman in a blue skirt and a grey top with a pink scarf"),
        said("lehenga", "navy-silver"),
        said("choli", "blue", "other_garment_color"),
        said(
            "dupatta",
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink",
            "loop",
            hit_limit=True,
        ),
        color("navy blue"),
        garment_type("lehenga choli"),
        cloth(
            "a blue velvet skirt with a grey blouse and a pink scarf and a pair of silver heels and a silver clutch",
            "unsupported",
            hit_limit=True,
        ),
        title="Ethnic Junction Navy Blue Embroidered Velvet Lehenga Choli",
        category="Lehenga Choli",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: white handloom saree with a thin red border (Bengal style), red blouse, plain white backdrop, model
    # holding the pallu in her right hand. VQA adapter; closed by the reference engine.
    case(
        "X1100-010",
        caption("a woman in a white saree with a red border on a white background"),
        picked("saree", "white"),
        said("blouse", "red"),
        said("border", "red Question: What is the color of the pallu? Answer: red", "leak"),
        cloth("a white dress with a red belt", "contradiction"),
        pattern("floral", "contradiction"),
        material("it is made of silk and has gold zari on the border", "unsupported"),
        title="Kvsfab White Solid Saree",
        category="Sarees",
        color="White",
        gender="Women",
    ),
    # photo: maroon lehenga with gold zari work, gold-beige choli, maroon dupatta, hands folded in front, gold necklace
    # and gold earrings, off-white backdrop. VQA adapter; closed by the reference engine.
    case(
        "X1100-011",
        caption(
            "a woman in a maroon lehenga with gold embroidery and a gold blouse, standing with her hands folded in "
            "front of a white wall and wearing a gold necklace and a pair of gold earrings with",
            "cut",
            hit_limit=True,
        ),
        picked("lehenga", "maroon"),
        said("choli", "gold"),
        said("dupatta", "gold", "other_garment_color"),
        said("border", "gold"),
        is_a("lehenga", "yes"),
        cloth("the cloth", "non_answer"),
        title="Mitera Maroon & Gold-Toned Lehenga Choli",
        category="Lehenga Choli",
        color="Maroon",
        gender="Women",
    ),
    # photo: teal saree with a paisley print and a pink border, pink blouse with elbow sleeves, white backdrop.
    # VQA adapter; pattern by the reference engine.
    case(
        "X1100-012",
        caption("a woman in a blue saree with a pink border"),
        said("saree", "teal"),
        said("blouse", "pink Question: What is the color of the border? Answer: pink", "leak"),
        said("border", "teal", "contradiction"),
        pattern("printed"),
        cloth("no", "non_answer"),
        material("cotton silk", "unsupported"),
        title="Vishudh Teal Printed Saree",
        category="Sarees",
        color="Teal",
        gender="Women",
    ),
    # photo: girl in a pink lehenga with a gold gota border, gold choli with short sleeves, pink dupatta, white
    # backdrop, front view.
    # VQA adapter; closed by the reference engine.
    case(
        "X1100-013",
        caption("a little girl in a pink dress", "contradiction"),
        picked("lehenga", "pink"),
        said("choli", "gold"),
        said("dupatta", "gold", "other_garment_color"),
        said(
            "border",
            "gold-pink-gold-pink-gold-pink-gold-pink-gold-pink-gold-pink-gold-pink-gold",
            "loop",
            hit_limit=True,
        ),
        sleeve("short"),
        wearing("she is wearing a pink lehenga and a gold top", who="the girl"),
        is_a("lehenga", "yes"),
        title="Aks Kids Girls Pink & Gold-Toned Gota Lehenga Choli",
        category="Lehenga Choli",
        color="Pink",
        gender="Girls",
    ),
    # photo: half-and-half saree, orange pleats with a thin gold border and a pink pallu, pink blouse with short
    # sleeves, white backdrop. VQA adapter; garment color and sleeves by the reference engine.
    case(
        "X1100-014",
        caption("a woman wearing an orange and pink saree"),
        color("orange"),
        said("pallu", "orange", "contradiction"),
        said("blouse", "orange", "other_garment_color"),
        said("border", "pink", "contradiction"),
        sleeve("short"),
        cloth("sari"),
        title="Saree mall Orange & Pink Half and Half Saree",
        category="Sarees",
        color="Orange",
        gender="Women",
    ),
    # photo: mint green lehenga with a pastel floral print, mint choli with sheer full sleeves, white net dupatta, white
    # backdrop. VQA adapter (the caption came out as a bare yes/no answer); pattern by the reference engine.
    case(
        "X1100-015",
        caption("yes", "non_answer"),
        said("lehenga", "mint"),
        said("choli", "green"),
        said("dupatta", "green", "other_garment_color"),
        pattern("floral"),
        sleeve("sleeveless", "contradiction"),
        cloth("a floral skirt and a green blouse with a white scarf"),
        title="Inddus Mint Green Printed Lehenga Choli",
        category="Lehenga Choli",
        color="Green",
        gender="Women",
    ),
    # photo: red Banarasi silk saree with gold zari all over and a wide gold border, red blouse, gold necklace, no
    # earrings or bindi visible (hair over the ears), model in profile showing the pallu down her back, white
    # backdrop. VQA adapter; closed by the reference engine.
    case(
        "X1100-016",
        caption("a woman in a red saree with a gold border standing in front of a red curtain", "unsupported"),
        picked("saree", "red"),
        said("border", "gold"),
        said(
            "blouse", "red-gold-red-gold-red-gold-red-gold-red-gold-red-gold-red-gold-red-gold", "loop", hit_limit=True
        ),
        material("silk"),
        cloth("a red saree with a gold border and a gold necklace and gold earrings and a red bindi", "unsupported"),
        wearing("he is wearing a red saree and a gold necklace", "pronoun"),
        title="Kalini Red Banarasi Silk Saree",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: royal blue lehenga with silver mirror work, pink choli, pink dupatta, oxidised silver earrings, white
    # backdrop. VQA adapter; closed by the reference engine.
    case(
        "X1100-017",
        caption("a woman in a blue and pink lehenga"),
        picked("lehenga", "blue"),
        said("choli", "pink"),
        said("dupatta", "blue", "other_garment_color"),
        cloth("blouse"),
        said(
            "border",
            "the border is silver and the lehenga is blue with silver mirror work and the choli is "
            "pink with silver mirror work on the",
            "cut",
            hit_limit=True,
        ),
        material("velvet", "unsupported"),
        is_a("lehenga", "yes"),
        title="Kalini Blue & Pink Mirror Work Lehenga Choli",
        category="Lehenga Choli",
        color="Blue",
        gender="Women",
    ),
    # photo: beige tissue saree with a gold sheen and a gold border, gold blouse with short sleeves, white backdrop.
    # The seller calls it Gold. VQA adapter; garment color and sleeves by the reference engine.
    case(
        "X1100-018",
        caption("a woman wearing a beige saree with a gold border"),
        color("beige"),
        said("blouse", "gold"),
        said(
            "border",
            "gold with a red and green peacock design on the border and on the pallu of the saree",
            "unsupported",
        ),
        said("pallu", "beige"),
        material("tissue"),
        sleeve("short"),
        title="Satrani Gold-Toned Solid Tissue Saree",
        category="Sarees",
        color="Gold",
        gender="Women",
    ),
    # photo: black lehenga with multicolour floral thread embroidery, black choli, red dupatta, white backdrop.
    # VQA adapter; pattern and "Is this a lehenga?" by the reference engine.
    case(
        "X1100-019",
        caption("a woman in a black lehenga with a red dupatta"),
        said("lehenga", "black"),
        said("choli", "black"),
        said("dupatta", "black", "other_garment_color"),
        said("border", "what is the color of the border", "restated"),
        pattern("floral"),
        is_a("lehenga", "yes"),
        cloth(
            "lehenga Question: Is this a lehenga? Answer: yes Question: What is the color of the dupatta? Answer:",
            "leak",
            hit_limit=True,
        ),
        title="Janasya Black Embroidered Lehenga Choli",
        category="Lehenga Choli",
        color="Black",
        gender="Women",
    ),
    # photo: purple saree with a silver border, lavender blouse with short sleeves, white backdrop, front view.
    # The row has no gender. VQA adapter; closed by the reference engine.
    case(
        "X1100-020",
        caption(
            "a woman in a purple saree and a purple blouse with a purple saree and a purple blouse with a purple "
            "saree and a purple blouse with a purple saree and a purple blouse with a purple saree and a purple",
            "loop",
            hit_limit=True,
        ),
        picked("saree", "purple"),
        said("blouse", "lavender"),
        said("border", "the color of the border is the color of the border", "restated"),
        cloth("she is wearing a purple saree"),
        said(
            "pallu",
            "purple with silver sequins all over and a silver border on the pallu and the saree is purple with silver",
            "cut",
            hit_limit=True,
        ),
        is_a("saree", "yes"),
        title="Ishin Purple Embellished Saree",
        category="Sarees",
        color="Purple",
    ),
    # photo: girl in a green lehenga with a gold print, orange choli, orange dupatta, white backdrop.
    # VQA adapter; closed by the reference engine.
    case(
        "X1100-021",
        caption("a little girl wearing a green skirt and an orange top"),
        picked("lehenga", "green"),
        said(
            "choli",
            "orange-orange-orange-orange-orange-orange-orange-orange-orange-orange-orange-orange-orange",
            "loop",
            hit_limit=True,
        ),
        said("dupatta", "green", "other_garment_color"),
        wearing("he is wearing a green lehenga and an orange top", "pronoun", who="the girl"),
        is_a("lehenga", "yes"),
        title="Tiny Girl Girls Green & Orange Printed Lehenga Choli",
        category="Lehenga Choli",
        color="Green",
        gender="Girls",
    ),
    # photo: yellow chiffon saree with a pink floral print and a thin pink border, matching yellow sleeveless blouse,
    # white backdrop.
    # VQA adapter; pattern and sleeves by the reference engine.
    case(
        "X1100-022",
        caption("a woman in a yellow floral saree holding a bouquet of flowers", "unsupported"),
        said("saree", "yellow with pink flowers"),
        said("blouse", "yellow"),
        said("border", "pink"),
        sleeve("long", "contradiction"),
        material("silk", "contradiction"),
        pattern("floral"),
        title="Florence Yellow Printed Chiffon Saree",
        category="Sarees",
        color="Yellow",
        gender="Women",
    ),
    # photo: burgundy velvet lehenga with gold embroidery, gold choli, burgundy dupatta, a gold choker, grey backdrop.
    # VQA adapter; the garment color by the reference engine.
    case(
        "X1100-023",
        caption("a woman in a burgundy lehenga with a gold blouse"),
        said("lehenga", "wine"),
        said("choli", "burgundy", "other_garment_color"),
        said("dupatta", "burgundy"),
        color("purple", "contradiction"),
        material("velvet"),
        cloth("she is wearing a wine lehenga with a gold blouse and a gold choker"),
        title="Chhabra 555 Burgundy Velvet Embroidered Lehenga Choli",
        category="Lehenga Choli",
        color="Burgundy",
        gender="Women",
    ),
    # photo: grey georgette saree with a black lace border, black blouse, saree falling to the floor over the feet,
    # hair left open, empty hands, no bag, white backdrop. VQA adapter; closed by the reference engine.
    case(
        "X1100-024",
        caption(
            "a woman in a grey saree and a black blouse with her hair in a bun and a black handbag on her shoulder",
            "unsupported",
        ),
        picked("saree", "grey"),
        said("blouse", "grey", "other_garment_color"),
        said("border", "black lace"),
        cloth("a saree with a black blouse and black heels and a black clutch", "unsupported"),
        material("cotton", "contradiction"),
        title="Mimosa Grey Georgette Saree",
        category="Sarees",
        color="Grey",
        gender="Women",
    ),
    # photo: off-white lehenga with pastel pink and green floral embroidery, off-white choli, pink net dupatta with a
    # gold border and tassels, white backdrop. VQA adapter; closed by the reference engine.
    case(
        "X1100-025",
        caption("a woman in a white lehenga with pink flowers"),
        picked("lehenga", "white"),
        said("choli", "pink", "other_garment_color"),
        said(
            "dupatta",
            "pink with a gold border on the edges and tassels on the corners and the dupatta is made of "
            "net fabric with",
            "cut",
            hit_limit=True,
        ),
        pattern("floral"),
        wearing("he is wearing a white lehenga with a pink dupatta", "pronoun"),
        is_a("lehenga", "yes"),
        title="Biba Off White Embroidered Lehenga Choli",
        category="Lehenga Choli",
        color="Off White",
        gender="Women",
    ),
    # photo: rani pink saree with an orange border, orange blouse with elbow sleeves, white backdrop.
    # VQA adapter; "Is this a saree?" by the reference engine.
    case(
        "X1100-026",
        caption("a woman wearing a pink saree with an orange border"),
        said("saree", "hot pink"),
        said("blouse", "pink", "other_garment_color"),
        said("border", "gold", "contradiction"),
        wearing("a saree"),
        pattern("floral", "contradiction"),
        is_a("saree", "no", "contradiction"),
        title="Sangria Pink Solid Saree",
        category="Sarees",
        color="Pink",
        gender="Women",
    ),
    # photo: sky blue lehenga with silver sequins, sleeveless sky blue choli, white dupatta, model looking sideways,
    # white backdrop. VQA adapter; closed by the reference engine.
    case(
        "X1100-027",
        caption(
            "a woman in a light blue lehenga with a white scarf Question: what is the color of the lehenga? "
            "Answer: blue",
            "leak",
        ),
        picked("lehenga", "blue"),
        said("choli", "white", "other_garment_color"),
        said("dupatta", "white"),
        cloth("dress", "contradiction"),
        sleeve("sleeveless"),
        title="Mitera Blue Sequinned Lehenga Choli",
        category="Lehenga Choli",
        color="Blue",
        gender="Women",
    ),
    # photo: olive green saree with a gold border, contrast rust blouse with long sleeves, no jewellery on the wrists,
    # white backdrop. VQA adapter; garment color and sleeves by the reference engine.
    case(
        "X1100-028",
        caption("a woman in a green saree with an orange blouse"),
        color("green"),
        said("blouse", "rust"),
        said(
            "border",
            "gold-green-gold-green-gold-green-gold-green-gold-green-gold-green-gold-green",
            "loop",
            hit_limit=True,
        ),
        said("pallu", "olive with gold"),
        sleeve("long"),
        cloth(
            "she is wearing a green saree with a rust blouse and a pair of gold bangles and a gold watch", "unsupported"
        ),
        title="Indian Women by Bahubali Olive Green Saree",
        category="Sarees",
        color="Olive",
        gender="Women",
    ),
    # photo: orange lehenga with a gota patti border, magenta choli, magenta dupatta with an orange border, empty
    # hands, white backdrop. The row has no color. VQA adapter; "Is this a lehenga?" by the reference engine.
    case(
        "X1100-029",
        caption("a woman wearing an orange skirt and a pink top with a pink scarf and a pink purse", "unsupported"),
        said("lehenga", "orange"),
        said("choli", "orange", "other_garment_color"),
        said("dupatta", "magenta"),
        is_a("lehenga", "yes"),
        cloth("denim", "contradiction"),
        title="Kalini Orange & Magenta Gota Patti Lehenga Choli",
        category="Lehenga Choli",
        gender="Women",
    ),
    # photo: cream Kerala kasavu cotton saree with a gold border, green blouse with short sleeves, white backdrop.
    # VQA adapter; closed by the reference engine.
    case(
        "X1100-030",
        caption("a woman in a white saree with a gold border and a green blouse"),
        picked("saree", "cream"),
        said("blouse", "green"),
        said("border", "gold"),
        material("cotton"),
        wearing("a white saree"),
        garment_type("saree"),
        title="Pothys Cream Kasavu Cotton Saree",
        category="Sarees",
        color="Cream",
        gender="Women",
    ),
    # photo: pink lehenga with silver embroidery, matching pink choli and pink dupatta, silver jewellery, white
    # backdrop. VQA adapter; closed by the reference engine.
    case(
        "X1100-031",
        caption("a woman in a pink lehenga with silver embroidery"),
        picked("lehenga", "pink"),
        said("choli", "pink"),
        said("dupatta", "pink"),
        said("border", "silver"),
        cloth("the person is wearing the cloth", "restated"),
        material("it is made of silk with hand embroidery of real silver thread", "unsupported"),
        title="Ethnic Junction Pink Embellished Lehenga Choli",
        category="Lehenga Choli",
        color="Pink",
        gender="Women",
    ),
    # photo: multicolour saree with a geometric print in blue, orange and yellow, blue blouse, white backdrop.
    # VQA adapter; garment color and pattern by the reference engine.
    case(
        "X1100-032",
        caption("a woman in a colorful saree"),
        color("multicolor"),
        said(
            "saree",
            "blue-orange-yellow-blue-orange-yellow-blue-orange-yellow-blue-orange-yellow-blue-orange",
            "loop",
            hit_limit=True,
        ),
        said("blouse", "blue"),
        pattern("striped", "contradiction"),
        cloth("a saree with a blue blouse and a blue handbag", "unsupported"),
        title="Saree mall Multicoloured Printed Saree",
        category="Sarees",
        color="Multi",
        gender="Women",
    ),
    # photo: girl in a purple lehenga with a gold border, purple choli, white dupatta, hands on her hips, feet hidden
    # by the hem, white backdrop. The row has no category. VQA adapter; "Is this a lehenga?" by the reference engine.
    case(
        "X1100-033",
        caption(
            "a young girl in a purple lehenga standing on a white background with her hands on his hips", "pronoun"
        ),
        said("lehenga", "purple"),
        said("choli", "purple"),
        said("dupatta", "purple", "other_garment_color"),
        wearing(
            "she is wearing a purple lehenga with a white dupatta and a pair of silver shoes",
            "unsupported",
            who="the girl",
        ),
        is_a("lehenga", "yes"),
        title="Bitiya by Bhama Girls Purple Lehenga Choli",
        color="Purple",
        gender="Girls",
    ),
    # photo: peach net saree with scattered sequins and a scalloped border, peach blouse with sequinned sleeves,
    # white backdrop, front view. VQA adapter; "Is this a saree?" by the reference engine.
    case(
        "X1100-034",
        caption("a woman in a peach saree"),
        said(
            "saree",
            "peach Question: What is the color of the blouse? Answer: peach Question: What is the color of "
            "the border? Answer:",
            "leak",
            hit_limit=True,
        ),
        said(
            "blouse",
            "the blouse is peach with sequins on the sleeves and the neckline and the saree is peach with "
            "sequins all over and a scalloped border on the",
            "cut",
            hit_limit=True,
        ),
        said("border", "peach"),
        said("pallu", "white", "contradiction"),
        material("net"),
        is_a("saree", "yes"),
        title="Kvsfab Peach Net Embellished Saree",
        category="Sarees",
        color="Peach",
        gender="Women",
    ),
    # photo: lehenga in red, green and yellow bandhani colour-block panels, green choli, red dupatta, white backdrop.
    # VQA adapter; garment color and pattern by the reference engine.
    case(
        "X1100-035",
        caption("a woman in a colorful lehenga and a green top with a red scarf"),
        said("lehenga", "red, green and yellow"),
        said("choli", "red", "other_garment_color"),
        said("dupatta", "red"),
        color("multicolor"),
        pattern("printed"),
        cloth(
            "she is wearing a red, green and yellow lehenga with a green choli and a red dupatta, she is wearing a "
            "red, green and yellow lehenga with",
            "loop",
            hit_limit=True,
        ),
        title="Inddus Multicoloured Bandhani Print Lehenga Choli",
        category="Lehenga Choli",
        color="Multi",
        gender="Women",
    ),
    # photo: lavender organza saree with a floral print, lavender blouse with puff sleeves, white backdrop.
    # VQA adapter; closed by the reference engine.
    case(
        "X1100-036",
        caption("a woman in a purple floral saree"),
        picked("saree", "lavender"),
        said("blouse", "yellow", "contradiction"),
        said(
            "border",
            "lavender with purple flowers on the border and the pallu and the blouse is lavender with puff "
            "sleeves and a",
            "cut",
            hit_limit=True,
        ),
        pattern("floral"),
        sleeve("short"),
        wearing("she is wearing a light purple saree with flowers on it"),
        title="Ishin Lavender Floral Printed Organza Saree",
        category="Sarees",
        color="Lavender",
        gender="Women",
    ),
    # photo: gold brocade lehenga, maroon choli, maroon dupatta, white backdrop, front view.
    # VQA adapter; closed by the reference engine.
    case(
        "X1100-037",
        caption("a woman in a gold skirt and a maroon blouse"),
        picked("lehenga", "gold"),
        said("choli", "gold", "other_garment_color"),
        said(
            "dupatta",
            "maroon Question: What is the color of the lehenga? Answer: gold Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        is_a("lehenga", "yes"),
        material("brocade"),
        cloth("what cloth is the person wearing", "restated"),
        title="Mitera Gold-Toned & Maroon Brocade Lehenga Choli",
        category="Lehenga Choli",
        color="Gold",
        gender="Women",
    ),
    # photo: blue cotton saree with white printed stripes and a thin white border, white blouse with elbow sleeves,
    # white backdrop.
    # VQA adapter; pattern by the reference engine.
    case(
        "X1100-038",
        caption("a woman in a blue and white striped dress", "contradiction"),
        said("saree", "blue"),
        said("blouse", "blue", "other_garment_color"),
        said("border", "the border", "non_answer"),
        pattern("striped"),
        material("denim", "contradiction"),
        cloth("a blue saree and a white blouse"),
        title="Fabindia Blue Striped Cotton Saree",
        category="Sarees",
        color="Blue",
        gender="Women",
    ),
    # photo: emerald green velvet lehenga, emerald choli, gold tissue dupatta, white backdrop, front view.
    # VQA adapter throughout.
    case(
        "X1100-039",
        caption("a woman in a green lehenga and a green dupatta", "contradiction"),
        said("lehenga", "emerald"),
        said("choli", "green"),
        said("dupatta", "the dupatta", "non_answer"),
        wearing("he is wearing a green lehenga", "pronoun"),
        material("velvet"),
        title="Chhabra 555 Green Velvet Lehenga Choli",
        category="Lehenga Choli",
        color="Green",
        gender="Women",
    ),
    # photo: maroon saree with a gold woven border, mustard blouse with short sleeves, model holding the pallu open to
    # show the weave, empty hands otherwise, white backdrop. VQA adapter; closed by the reference engine.
    case(
        "X1100-040",
        caption("a woman in a red saree with a yellow blouse, holding the end of the saree"),
        color("maroon"),
        said("saree", "mustard", "other_garment_color"),
        said("blouse", "maroon", "other_garment_color"),
        said("border", "gold"),
        said("pallu", "maroon with gold"),
        sleeve("short"),
        cloth("she is wearing a maroon saree and a mustard blouse and she is holding a red handbag", "unsupported"),
        title="Kalini Maroon Woven Design Saree",
        category="Sarees",
        color="Maroon",
        gender="Women",
    ),
    # photo: back view: peach lehenga with gold border, peach choli with a tie-up back and tassels, peach dupatta over
    # the arms, model looking over her shoulder, white backdrop. VQA adapter; closed by the reference engine.
    case(
        "X1100-041",
        caption("the back of a woman in a peach lehenga"),
        picked("lehenga", "peach"),
        said("choli", "white", "contradiction"),
        said("dupatta", "peach"),
        said("border", "gold"),
        wearing("yes", "non_answer"),
        cloth(
            "a lehenga with a peach blouse and the back of the blouse has a tie-up with tassels and the dupatta is "
            "peach with a",
            "cut",
            hit_limit=True,
        ),
        is_a("lehenga", "yes"),
        title="Janasya Peach Lehenga Choli",
        category="Lehenga Choli",
        color="Peach",
        gender="Women",
    ),
    # photo: black saree with gold polka dots and a thin gold piping at the border, black blouse with short sleeves,
    # white backdrop. VQA adapter; closed by the reference engine.
    case(
        "X1100-042",
        caption("a woman in a black polka dot saree"),
        picked("saree", "black"),
        said("blouse", "black"),
        said("border", "black and gold"),
        pattern("printed"),
        cloth("a black dress with white polka dots", "contradiction"),
        sleeve("short"),
        material("it is made of georgette with a satin border", "unsupported"),
        title="Vishudh Black Polka Dot Printed Saree",
        category="Sarees",
        color="Black",
        gender="Women",
    ),
    # photo: girl in a red lehenga, red choli with gold work, red dupatta, holding a red potli bag, white backdrop.
    # VQA adapter; closed by the reference engine.
    case(
        "X1100-043",
        caption("a little girl in a red lehenga holding a red purse"),
        picked("lehenga", "red"),
        said("choli", "red"),
        said("dupatta", "red-red-red-red-red-red-red-red-red-red-red-red-red-red-red", "loop", hit_limit=True),
        wearing("a red lehenga and a gold crown", "unsupported", who="the girl"),
        is_a("lehenga", "yes"),
        title="Aarika Girls Red Embroidered Lehenga Choli",
        category="Lehenga Choli",
        color="Red",
        gender="Girls",
    ),
    # photo: sea green saree with a silver zari border, matching sea green blouse, white backdrop. VQA adapter (the
    # caption re-asked itself three times); "Is this a saree?" by the reference engine.
    case(
        "X1100-044",
        caption(
            "Question: what is the color of the saree? Answer: green Question: what is the color of the blouse? "
            "Answer: green Question: what is the color of the border? Answer: silver",
            "leak",
            hit_limit=True,
        ),
        said("saree", "sea green"),
        said("blouse", "green"),
        said("border", "silver"),
        said("pallu", "the color of the pallu is the color of the saree", "restated"),
        is_a("saree", "yes"),
        cloth(
            "she is wearing a green saree and a green blouse, she is wearing a green saree and a green blouse, she is"
            " wearing a green",
            "loop",
            hit_limit=True,
        ),
        title="Shaily Sea Green Woven Saree",
        category="Sarees",
        color="Sea Green",
        gender="Women",
    ),
    # photo: lemon yellow lehenga with white chikankari embroidery, white choli with three-quarter sleeves, yellow
    # dupatta, white backdrop. VQA adapter; pattern and sleeves by the reference engine.
    case(
        "X1100-045",
        caption("a woman in a yellow lehenga with white embroidery and a white top"),
        said("lehenga", "lemon yellow"),
        said("choli", "yellow", "other_garment_color"),
        said("dupatta", "white", "other_garment_color"),
        pattern("floral"),
        sleeve("three-quarter"),
        cloth("Question: What cloth is the person wearing? Answer: skirt", "leak"),
        title="Biba Yellow & White Chikankari Lehenga Choli",
        category="Lehenga Choli",
        color="Yellow",
        gender="Women",
    ),
    # photo: coffee brown saree with small orange printed motifs and an orange border, orange blouse, white backdrop.
    # VQA adapter; closed by the reference engine.
    case(
        "X1100-046",
        caption("a woman in a brown saree with an orange border and an orange blouse"),
        picked("saree", "brown"),
        said("blouse", "brown", "other_garment_color"),
        said("border", "the border of the saree is orange"),
        wearing("he is wearing a brown saree", "pronoun"),
        pattern("printed"),
        is_a("saree", "yes"),
        title="Saree mall Brown Printed Saree",
        category="Sarees",
        color="Brown",
        gender="Women",
    ),
]
