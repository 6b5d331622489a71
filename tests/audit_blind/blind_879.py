"""BLIND_879 (46 products; Myntra sarees, lehenga cholis, VQA, piece colors): written blind in the fifty-sixth session.
Measured blind at 2733ff7 (the session's final rules): 90/127 failures found (70.9%) and 12/185 correct texts flagged
(6.5%). The writer's notes, verbatim:

Scenario: a Myntra ethnic-wear feed, 28 sarees and 18 lehenga cholis (women's and girls'), catalog photos on plain
studio backdrops, mostly front view, the model wearing the whole set (saree with its blouse; lehenga with its
choli and dupatta), sometimes jewellery or a clutch. Every piece's color is asked: saree, blouse, border or pallu;
lehenga, choli, dupatta. Seller columns as a Myntra feed has them (title, category, color, gender); a few rows
lack the category, the color or the gender.

Who wrote what: every text comes from blip2-opt-2.7b (8-bit) with the VQA adapter leoreigoto/Data3_V3_BLIP2_VQA.
Captions are its free generation from the image alone (50 new tokens); open answers are free generation from the
`Question: ... Answer:` prompt (30 new tokens); closed answers (the color_of questions left closed and the yes/no
"Is this a ...?" questions) come from enrich's `--engine reference`, which ranks candidate values with the same
adapter, so they are always one candidate and never loop or stop short. Habits of this adapter: short answers in
the In-shop vocabulary (lehenga as "skirt", choli as "top", sometimes a saree or lehenga as "dress"); one color
carried over to the next piece (the blouse gets the saree's color and vice versa); no end token, so it either
stops by luck at a newline, loops on "and a gold border", runs into the next `Question: ... Answer:`, or is cut at
the token limit; invented details taken from western clothes (pockets, belts, zippers, shoes); "he" for a woman.

Labeling conventions and judgement calls:
- The photo is the truth. A color is judged by its usual group: maroon may be called red, peach light pink, cream or
  off-white white, rust orange, gold yellow-gold, silver grey, lavender light purple; teal may be called blue or
  green. A color outside the shade's group (lavender called grey, magenta called purple, navy called black, olive
  called brown) is a contradiction.
- Border and pallu count as pieces of their own. Giving the saree the border's or the blouse's color, the lehenga
  the dupatta's or the choli's color (or the other way round) is other_garment_color; a color no piece in the photo
  has is a contradiction. A half-and-half or ombre saree is right with either of its two colors.
- Garment names: "skirt" or "long skirt" for a lehenga, "top" or "blouse" for a choli, "scarf" for a dupatta are
  correct; "dress", "gown", "shirt and pants" for a saree or lehenga, a saree called a lehenga (or the reverse), and
  "no" to "Is this a saree?" on a saree are contradictions. "Is this a dress?" answered "yes" on a lehenga choli
  is a contradiction too.
- A material the title contradicts (cotton for georgette, denim for chiffon), or one the title and photo do not
  support, and objects not in the photo (purse, belt, pockets, shoes, birds, flower crown) are unsupported.
- A color or "yes" alone to an open question about the outfit or the details is a non_answer; the question's own
  words returned ("the saree is a saree", "what is the woman wearing?") are restated.
- An answer that runs on into `Question: ... Answer:` is a leak even when its first part is right; an answer that
  repeats a phrase to the token limit is a loop; one that ends mid-phrase at the limit without repeating is a cut.
  Both of the latter carry hit_limit=True.
- "he"/"his" for a woman or girl is pronoun; "she" for a girl is fine. Rows without a gender have no pronoun label.
"""

from tests.audit_corpus import caption, case, color_of, describe, details, is_a, material, question, wearing

cloth = question("cloth", "What cloth is the person wearing?", "open")

BLIND_879 = [
    # photo: woman in a red Banarasi silk saree with a gold zari border and small gold woven buttis, red blouse with
    # elbow sleeves, gold bangles; white backdrop, front view. All texts: VQA adapter (closed via reference engine).
    case(
        "X879-001",
        caption("a woman in a red and gold saree standing against a white background"),
        color_of("saree", "red"),
        color_of("blouse", "red"),
        color_of("border", "gold"),
        wearing("she is wearing a red saree with a gold border", who="the woman"),
        details(
            "saree",
            "the saree has a gold border and a gold border and a gold border and a gold border and a gold border and a",
            "loop",
            hit_limit=True,
        ),
        is_a("saree", "yes"),
        title="Saree mall Red & Gold-Toned Woven Design Banarasi Saree",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: navy blue georgette saree with a small white floral print, navy border with a thin white line, plain
    # white short-sleeved blouse; light grey backdrop, front view. VQA adapter.
    case(
        "X879-002",
        caption("a woman in a blue floral saree posing for a photo"),
        color_of("saree", "navy blue and white floral print", kind="open"),
        color_of("blouse", "white"),
        describe("saree", "a navy blue saree with small white flowers"),
        cloth("a blue dress", "contradiction"),
        is_a("saree", "yes"),
        title="Ishin Navy Blue & White Floral Print Poly Georgette Saree",
        category="Sarees",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: pink chiffon saree with a silver sequinned border, sleeveless silver blouse, the model holding the pallu
    # out with one hand; white backdrop. VQA adapter.
    case(
        "X879-003",
        caption(
            "a woman in a pink saree with a silver border Question: what is the color of the saree? Answer: pink",
            "leak",
        ),
        color_of("saree", "pink"),
        color_of("blouse", "pink", "other_garment_color"),
        color_of("border", "silver"),
        wearing("he is wearing a pink saree", "pronoun"),
        details("saree", "sequins on the border"),
        title="Mitera Pink Embellished Sequinned Saree",
        category="Sarees",
        color="Pink",
        gender="Women",
    ),
    # photo: girl of about six in a yellow lehenga with an orange gota border, orange short-sleeved choli, orange and
    # pink dupatta over one shoulder; white backdrop, front view. VQA adapter.
    case(
        "X879-004",
        caption("a little girl in a yellow and orange lehenga"),
        color_of("lehenga", "yellow"),
        color_of("choli", "yellow", "other_garment_color"),
        color_of("dupatta", "orange"),
        wearing("a yellow skirt and an orange top", who="the girl"),
        cloth("yellow", "non_answer"),
        details("lehenga", "the lehenga has an orange border and a pink border", "other_garment_color"),
        title="Aks Kids Girls Yellow & Orange Ready to Wear Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Yellow",
        gender="Girls",
    ),
    # photo: half-and-half saree, green upper half and pallu, maroon pleats, thin gold border, maroon blouse; model
    # standing at three-quarter view; off-white backdrop. VQA adapter.
    case(
        "X879-005",
        caption("a woman wearing a green and maroon saree"),
        color_of("saree", "green"),
        color_of("blouse", "maroon"),
        color_of("border", "maroon", "other_garment_color"),
        wearing("she is wearing a green and blue saree", "contradiction", who="the woman"),
        describe(
            "saree",
            "the saree is green and maroon with a golden border and a golden border and a golden border and a golden",
            "loop",
            hit_limit=True,
        ),
        details("saree", "the saree has a zipper on the back", "unsupported"),
        title="Satrani Green & Maroon Half and Half Saree",
        category="Sarees",
        color="Green",
        gender="Women",
    ),
    # photo: maroon velvet lehenga with heavy gold embroidery, maroon choli, pink net dupatta with a gold edge draped
    # over the head and shoulder, bridal jewellery; beige studio backdrop. VQA adapter.
    case(
        "X879-006",
        caption("a woman in a red lehenga with gold embroidery"),
        color_of("lehenga", "maroon"),
        color_of("choli", "maroon"),
        color_of("dupatta", "maroon", "other_garment_color"),
        describe("dupatta", "a pink net dupatta with a gold border"),
        details("lehenga", "gold embroidery"),
        wearing(
            "the woman is wearing a maroon lehenga with a pink dupatta and a maroon lehenga with a pink dupatta and a",
            "loop",
            who="the woman",
            hit_limit=True,
        ),
        title="Inddus Maroon & Gold-Toned Embroidered Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
        category="Lehenga Choli",
        color="Maroon",
        gender="Women",
    ),
    # photo: black georgette saree with a red border, black blouse, red bindi; white backdrop, front view. VQA adapter.
    case(
        "X879-007",
        caption("a woman in a black saree with a red border posing"),
        color_of("saree", "black"),
        color_of("border", "red"),
        color_of("blouse", "red", "other_garment_color"),
        details("saree", "red border"),
        material("the saree is made of cotton", "unsupported"),
        cloth("a black skirt and a red top", "contradiction"),
        title="Anouk Black Solid Georgette Saree with Red Border",
        category="Sarees",
        color="Black",
        gender="Women",
    ),
    # photo: mustard yellow cotton saree block-printed with black geometric motifs, black blouse with three-quarter
    # sleeves; white backdrop. VQA adapter.
    case(
        "X879-008",
        caption("a woman in a yellow and black printed saree"),
        color_of("saree", "mustard"),
        color_of("blouse", "navy blue", "contradiction"),
        wearing("she is wearing a yellow saree with a black blouse", who="the woman"),
        describe(
            "saree",
            "the saree is made of yellow and black and yellow and black and yellow and black and yellow and black and",
            "loop",
            hit_limit=True,
        ),
        cloth("saree"),
        title="Kalini Mustard & Black Printed Pure Cotton Saree",
        category="Sarees",
        color="Mustard",
        gender="Women",
    ),
    # photo: peach net lehenga with silver sequin work, peach choli, peach dupatta, all one color; white backdrop.
    # VQA adapter.
    case(
        "X879-009",
        caption("a woman in a peach lehenga"),
        color_of("lehenga", "peach"),
        color_of("choli", "peach"),
        color_of("dupatta", "peach"),
        describe("lehenga", "a light pink lehenga with a light pink blouse and dupatta"),
        cloth("a peach gown", "contradiction"),
        details(
            "lehenga",
            "the lehenga has silver sequins all over and a heavy"
            " silver border at the bottom of the lehenga and the lehenga has a",
            "cut",
            hit_limit=True,
        ),
        title="Mitera Peach Embellished Semi-Stitched Lehenga Choli",
        category="Lehenga Choli",
        color="Peach",
        gender="Women",
    ),
    # photo: off-white Kerala kasavu saree with a wide gold border, green elbow-sleeved blouse, jasmine in the hair;
    # white backdrop. VQA adapter.
    case(
        "X879-010",
        caption("a woman in a white saree with a gold border and a green blouse"),
        color_of("saree", "white"),
        color_of("blouse", "green"),
        color_of("border", "white", "other_garment_color"),
        wearing("white", "non_answer", who="the woman"),
        is_a("saree", "yes"),
        describe("saree", "a cream saree with a red border", "contradiction"),
        title="Vishudh Off-White & Gold-Toned Kasavu Saree",
        category="Sarees",
        color="Off White",
        gender="Women",
    ),
    # photo: teal silk-blend saree with a contrast magenta border, magenta blouse; white backdrop. VQA adapter.
    case(
        "X879-011",
        caption("a woman wearing a blue saree with a pink border"),
        color_of("saree", "teal"),
        color_of("blouse", "magenta"),
        color_of("border", "teal", "other_garment_color"),
        describe(
            "saree",
            "a teal saree with a magenta border Question: what is the color of the blouse? Answer: magenta",
            "leak",
        ),
        details("saree", "the saree is a saree", "restated"),
        title="Chhabra 555 Teal & Magenta Silk Blend Saree",
        category="Sarees",
        color="Teal",
        gender="Women",
    ),
    # photo: girl in a pink lehenga with a multicolor floral print, white choli with pink piping, pink dupatta;
    # white backdrop. VQA adapter.
    case(
        "X879-012",
        caption("a little girl in a pink floral skirt and white top"),
        color_of("lehenga", "pink"),
        color_of("choli", "pink", "other_garment_color"),
        color_of("dupatta", "pink"),
        wearing("she is wearing a pink lehenga and a white blouse", who="the girl"),
        details("lehenga", "floral print"),
        is_a("dress", "yes", "contradiction"),
        title="Bitiya by Bhama Girls Pink & White Printed Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Pink",
        gender="Girls",
    ),
    # photo: purple chiffon saree shading to lavender at the pleats, sleeveless purple blouse; white backdrop.
    # VQA adapter.
    case(
        "X879-013",
        caption("a woman in a purple saree"),
        color_of("saree", "purple"),
        color_of("blouse", "blue", "contradiction"),
        describe("saree", "a purple saree"),
        wearing("he is wearing a purple saree and a purple blouse", "pronoun"),
        details("saree", "the saree has a purple and lavender shaded design"),
        material("the saree is made of silk", "unsupported"),
        title="Sangria Purple Ombre Chiffon Saree",
        category="Sarees",
        color="Purple",
        gender="Women",
    ),
    # photo: orange georgette saree with small pink-and-white bandhani dots, pink border, pink blouse; white
    # backdrop. VQA adapter.
    case(
        "X879-014",
        caption(
            "a woman in an orange and pink saree with a pink"
            " blouse and a pink blouse and a pink blouse and a pink blouse"
            " and a pink blouse and a pink blouse and a pink blouse and a pink blouse and a pink",
            "loop",
            hit_limit=True,
        ),
        color_of("saree", "orange"),
        color_of("blouse", "orange", "other_garment_color"),
        color_of("border", "pink"),
        details("saree", "small dots all over the saree"),
        wearing("she is wearing an orange lehenga", "contradiction", who="the woman"),
        material("silk", "unsupported"),
        title="Shaily Orange & Pink Bandhani Print Georgette Saree",
        category="Sarees",
        color="Orange",
        gender="Women",
    ),
    # photo: green raw-silk lehenga with a gold border, pink choli, pink dupatta with a gold edge; white backdrop.
    # VQA adapter.
    case(
        "X879-015",
        caption("a woman in a green and pink saree", "contradiction"),
        color_of("lehenga", "pink", "other_garment_color"),
        color_of("choli", "pink"),
        color_of("dupatta", "pink"),
        wearing("a green skirt with a pink top and pink scarf", who="the woman"),
        cloth(
            "she is wearing a green lehenga and a pink blouse Question: what is the color of the dupatta? Answer: pink",
            "leak",
        ),
        details("lehenga", "the lehenga has a gold border"),
        title="Kalini Green & Pink Woven Design Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Green",
        gender="Women",
    ),
    # photo: beige net saree with a heavy maroon embroidered border, maroon blouse; white backdrop. VQA adapter.
    case(
        "X879-016",
        caption("a woman in a beige saree with a maroon border"),
        color_of("saree", "maroon", "other_garment_color"),
        color_of("blouse", "maroon"),
        color_of("border", "maroon"),
        describe("saree", "white", "non_answer"),
        details("saree", "the saree has a maroon embroidered border and a pocket on the side", "unsupported"),
        cloth("beige saree Question: what is the color of the border? Answer: maroon", "leak"),
        title="Mimosa Beige & Maroon Embroidered Net Saree",
        category="Sarees",
        color="Beige",
        gender="Women",
    ),
    # photo: girl in a royal blue silk lehenga with gold foil print, gold-colored choli, royal blue dupatta;
    # white backdrop. VQA adapter.
    case(
        "X879-017",
        caption("a girl in a blue and gold lehenga choli"),
        color_of("lehenga", "purple", "contradiction"),
        color_of("choli", "gold"),
        color_of("dupatta", "gold", "other_garment_color"),
        describe("lehenga", "a blue lehenga with gold print"),
        wearing("he is wearing a blue skirt and a gold top", "pronoun", who="the child"),
        details("lehenga", "gold print Question: what is the color of the choli? Answer: gold", "leak"),
        is_a("lehenga", "yes"),
        title="Biba Girls Blue & Gold-Toned Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Blue",
        gender="Girls",
    ),
    # photo: white Bengal cotton saree with small red checks and a wide red border, red blouse; white backdrop.
    # VQA adapter.
    case(
        "X879-018",
        caption("a woman in a white saree with red border and red blouse"),
        color_of("saree", "red", "other_garment_color"),
        color_of("blouse", "red"),
        color_of("border", "red"),
        details("saree", "checks"),
        describe(
            "saree",
            "the saree is white with red border and red checks and"
            " red checks and red checks and red checks and red checks",
            "loop",
            hit_limit=True,
        ),
        title="Vishudh White & Red Checked Cotton Saree",
        category="Sarees",
        color="White",
        gender="Women",
    ),
    # photo: magenta silk-blend Kanjeevaram saree, gold blouse, the model holding out the gold woven pallu with a
    # small floral pattern; white backdrop, no bag or other prop. VQA adapter.
    case(
        "X879-019",
        caption("a woman in a pink saree holding a gold purse", "unsupported"),
        color_of("saree", "purple", "contradiction"),
        color_of("blouse", "gold"),
        color_of("pallu", "gold"),
        wearing("a pink saree with a gold blouse", who="the woman"),
        details(
            "saree",
            "the saree has a gold woven pallu with a pattern of"
            " small flowers and a wide gold border along the bottom of the",
            "cut",
            hit_limit=True,
        ),
        title="Saree mall Magenta & Gold-Toned Silk Blend Kanjeevaram Saree",
        category="Sarees",
        color="Magenta",
        gender="Women",
    ),
    # photo: navy blue georgette lehenga with silver mirror work, navy choli, silver-grey net dupatta; white
    # backdrop. VQA adapter.
    case(
        "X879-020",
        caption("a woman in a navy blue lehenga and a silver dupatta"),
        color_of("lehenga", "navy blue"),
        color_of("choli", "black", "contradiction"),
        color_of("dupatta", "silver"),
        describe("lehenga", "the lehenga is blue"),
        details("lehenga", "mirror work"),
        wearing("his outfit is a navy blue lehenga with a silver dupatta", "pronoun", who="the woman"),
        material("velvet", "unsupported"),
        title="Chhabra 555 Navy Blue & Silver-Toned Mirror Work Georgette Lehenga Choli",
        category="Lehenga Choli",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: yellow saree with a small red floral print and a red border, red blouse; white backdrop. VQA adapter.
    # The feed row has no category.
    case(
        "X879-021",
        caption("a woman in a yellow saree with red flowers"),
        color_of("saree", "yellow"),
        color_of("blouse", "yellow", "other_garment_color"),
        color_of("border", "red"),
        describe("saree", "the saree is yellow with red flowers"),
        wearing("what is the woman wearing?", "restated", who="the woman"),
        details(
            "saree",
            "the saree has red flowers printed all over it and a red border with small yellow dots along the"
            " edge of the",
            "cut",
            hit_limit=True,
        ),
        title="Ishin Yellow & Red Floral Print Saree",
        color="Yellow",
        gender="Women",
    ),
    # photo: grey tissue saree with a metallic sheen and a silver border, black sleeveless blouse; white backdrop.
    # VQA adapter.
    case(
        "X879-022",
        caption("a woman in a silver saree and a black blouse"),
        color_of("saree", "grey"),
        color_of("blouse", "black"),
        color_of("border", "silver"),
        details("saree", "the saree has a shiny finish and a silver border"),
        describe("saree", "the saree is grey with a black border", "other_garment_color"),
        cloth(
            "a grey saree with a black blouse and a black blouse and"
            " a black blouse and a black blouse and a black blouse and",
            "loop",
            hit_limit=True,
        ),
        title="Mitera Grey Solid Tissue Saree",
        category="Sarees",
        color="Grey",
        gender="Women",
    ),
    # photo: girl in an all-red lehenga choli, gold border on the lehenga, gold work on the choli, red dupatta;
    # white backdrop. VQA adapter.
    case(
        "X879-023",
        caption("a little girl wearing a red dress", "contradiction"),
        color_of("lehenga", "red"),
        color_of("choli", "red"),
        color_of("dupatta", "red"),
        wearing("she is wearing a red lehenga choli with gold work", who="the girl"),
        details("lehenga", "the lehenga details are the lehenga details", "restated"),
        cloth(
            "red lehenga Question: what is the color of the dupatta? Answer: red Question: what is the color", "leak"
        ),
        title="Aks Kids Girls Red Embellished Lehenga Choli",
        category="Lehenga Choli",
        color="Red",
        gender="Girls",
    ),
    # photo: bottle green art-silk saree with a gold zari border and gold buttis, green blouse, gold jhumkas; white
    # backdrop. VQA adapter.
    case(
        "X879-024",
        caption("a woman in a green saree with a gold border and earrings"),
        color_of("saree", "green"),
        color_of("blouse", "green"),
        color_of("border", "gold"),
        material("silk"),
        wearing("she is wearing a green and gold saree with a green blouse and gold jewelry", who="the woman"),
        details(
            "saree",
            "the saree has gold dots all over and a gold border on"
            " the bottom and a wide gold border on the pallu and the",
            "cut",
            hit_limit=True,
        ),
        title="Kalini Green & Gold-Toned Art Silk Zari Woven Saree",
        category="Sarees",
        color="Green",
        gender="Women",
    ),
    # photo: off-white lehenga with multicolor thread embroidery, off-white choli, red dupatta over one arm; white
    # backdrop. VQA adapter.
    case(
        "X879-025",
        caption("a woman in a white lehenga with a red dupatta"),
        color_of("lehenga", "white"),
        color_of("choli", "white"),
        color_of("dupatta", "white", "other_garment_color"),
        describe("lehenga", "a white skirt with colorful embroidery"),
        cloth("lehenga"),
        wearing("she is wearing a red lehenga and a white blouse", "other_garment_color", who="the woman"),
        title="Fabindia Women Off-White & Red Embroidered Lehenga Choli",
        category="Lehenga Choli",
        color="Off White",
        gender="Women",
    ),
    # photo: sky blue chiffon saree with a white lace border, sky blue blouse; white backdrop. VQA adapter.
    case(
        "X879-026",
        caption(
            "a woman in a light blue saree Question: what is the color of the blouse? Answer: light blue Question: what"
            " is the color of the border? Answer: white Question: what is the color of the",
            "leak",
            hit_limit=True,
        ),
        color_of("saree", "blue"),
        color_of("blouse", "blue"),
        color_of("border", "white"),
        details("saree", "lace border"),
        material("the saree is made of chiffon"),
        cloth("a blue shirt and pants", "contradiction"),
        title="Anouk Blue Solid Chiffon Saree with Lace Border",
        category="Sarees",
        color="Blue",
        gender="Women",
    ),
    # photo: rust saree with a black-and-white tribal print and a black border, black blouse; model standing with a
    # hand on her hip; white backdrop. VQA adapter.
    case(
        "X879-027",
        caption(
            "a woman in an orange saree with a black border and a black and white print standing in front of a white"
            " wall with her hand on her hip and her other hand holding the end of the saree which has a black and white"
            " border with small",
            "cut",
            hit_limit=True,
        ),
        color_of("saree", "black", "other_garment_color"),
        color_of("blouse", "black"),
        wearing("she is wearing an orange saree", who="the woman"),
        details("saree", "the saree has a black and white tribal print"),
        is_a("saree", "no", "contradiction"),
        title="Satrani Rust Printed Saree",
        category="Sarees",
        color="Rust",
        gender="Women",
    ),
    # photo: girl in a lavender lehenga with silver embellishment, lavender choli, white net dupatta; white
    # backdrop. VQA adapter.
    case(
        "X879-028",
        caption("a young girl in a purple lehenga with a white scarf"),
        color_of("lehenga", "lavender"),
        color_of("choli", "pink", "contradiction"),
        color_of("dupatta", "white"),
        wearing(
            "a purple skirt a purple top a purple skirt a purple"
            " top a purple skirt a purple top a purple skirt a purple",
            "loop",
            who="the girl",
            hit_limit=True,
        ),
        describe("lehenga", "the lehenga is purple with a silver belt", "unsupported"),
        title="Pspeaches Girls Lavender Embellished Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Lavender",
        gender="Girls",
    ),
    # photo: cream saree with a pink and green digital floral print and a pink border, pink blouse; feet not in the
    # frame; white backdrop. VQA adapter.
    case(
        "X879-029",
        caption("a woman wearing a floral print saree"),
        color_of("saree", "cream"),
        color_of("blouse", "pink"),
        color_of("border", "pink"),
        describe("saree", "a cream saree with pink and green flowers and pink border"),
        details("saree", "the saree has a floral print with birds", "unsupported"),
        wearing("she is wearing a white saree with a pink blouse and pink shoes", "unsupported", who="the woman"),
        title="Mitera Cream-Coloured & Pink Floral Printed Saree",
        category="Sarees",
        color="Cream",
        gender="Women",
    ),
    # photo: teal lehenga with mirror work, mustard choli, mustard dupatta; white backdrop. VQA adapter.
    case(
        "X879-030",
        caption("a woman in a green lehenga and a yellow blouse"),
        color_of("lehenga", "teal"),
        color_of("choli", "mustard"),
        color_of("dupatta", "teal", "other_garment_color"),
        wearing("yes", "non_answer", who="the woman"),
        details("lehenga", "small mirrors on the lehenga"),
        describe(
            "lehenga",
            "the lehenga is teal with small round mirrors stitched in rows and a mustard yellow border at the hem with",
            "cut",
            hit_limit=True,
        ),
        title="Inddus Teal & Mustard Mirror Work Lehenga Choli",
        category="Lehenga Choli",
        color="Teal",
        gender="Women",
    ),
    # photo: black saree with white polka dots and a white border, white blouse; white backdrop. VQA adapter.
    case(
        "X879-031",
        caption("a woman in a black and white polka dot saree"),
        color_of("saree", "black"),
        color_of("blouse", "black", "other_garment_color"),
        describe("saree", "black with white dots"),
        details(
            "saree",
            "the saree has white polka dots and a white border Question: what is the color of the blouse? Answer: white"
            " Question:",
            "leak",
            hit_limit=True,
        ),
        wearing(
            "she is wearing a black and white saree with a white blouse and a black belt",
            "unsupported",
            who="the woman",
        ),
        title="Shaily Black & White Polka Dot Print Saree",
        category="Sarees",
        color="Black",
        gender="Women",
    ),
    # photo: pink-to-orange ombre georgette saree, sleeveless pink blouse; white backdrop. VQA adapter.
    case(
        "X879-032",
        caption("a woman in a pink and orange saree with a pink blouse"),
        color_of("saree", "pink"),
        color_of("blouse", "pink"),
        describe("saree", "the saree is pink and orange"),
        cloth("a pink saree"),
        material("georgette"),
        details("saree", "no", "non_answer"),
        wearing("he is wearing a pink and orange saree", "pronoun", who="the model"),
        title="Sangria Pink & Orange Ombre Georgette Saree",
        category="Sarees",
        color="Pink",
        gender="Women",
    ),
    # photo: girl in a green floral-print lehenga, pink choli, yellow dupatta; white backdrop. VQA adapter.
    case(
        "X879-033",
        caption("a girl in a green skirt and pink top with a yellow dupatta"),
        color_of("lehenga", "green"),
        color_of("choli", "yellow", "other_garment_color"),
        color_of("dupatta", "yellow"),
        wearing(
            "a girl in a green skirt and pink top and a girl in a green skirt and pink top and a girl in a green",
            "loop",
            who="the girl",
            hit_limit=True,
        ),
        is_a("lehenga", "yes"),
        details("lehenga", "the lehenga has a floral print and pockets", "unsupported"),
        title="Bitiya by Bhama Girls Green & Pink Printed Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Green",
        gender="Girls",
    ),
    # photo: maroon silk-blend saree with a mustard woven border, mustard blouse; white backdrop. VQA adapter.
    case(
        "X879-034",
        caption("a woman wearing a maroon saree with a yellow border"),
        color_of("saree", "maroon"),
        color_of("blouse", "maroon", "other_garment_color"),
        color_of("border", "mustard"),
        wearing("she is wearing a red dress", "contradiction", who="the woman"),
        details("saree", "the saree has a mustard woven border with small motifs"),
        title="Chhabra 555 Maroon & Mustard Silk Blend Saree",
        category="Sarees",
        color="Maroon",
        gender="Women",
    ),
    # photo: black lehenga with gold sequins, black choli, gold tissue dupatta; long skirt hides the feet; white
    # backdrop. VQA adapter. The feed row has no gender.
    case(
        "X879-035",
        caption("a woman in a black and gold lehenga"),
        color_of("lehenga", "black"),
        color_of("choli", "black"),
        color_of("dupatta", "gold"),
        describe(
            "lehenga",
            "the lehenga is a black lehenga with gold sequins and"
            " the lehenga is a black lehenga with gold sequins and the",
            "loop",
            hit_limit=True,
        ),
        details("lehenga", "the lehenga", "non_answer"),
        wearing("she is wearing a black lehenga with a gold dupatta and high heels", "unsupported", who="the woman"),
        title="Mitera Black & Gold-Toned Sequinned Lehenga Choli",
        category="Lehenga Choli",
        color="Black",
    ),
    # photo: white saree with a black abstract print and a black border, black blouse; white backdrop. VQA adapter.
    case(
        "X879-036",
        caption("a woman in a black and white saree"),
        color_of("saree", "white"),
        color_of("blouse", "black"),
        color_of("border", "grey", "contradiction"),
        describe("saree", "the saree is white with black print and black border"),
        wearing("she is wearing a white saree and a white blouse", "other_garment_color", who="the woman"),
        cloth("what cloth is the person wearing", "restated"),
        title="Kalini White & Black Printed Saree",
        category="Sarees",
        color="White",
        gender="Women",
    ),
    # photo: girl in a mustard lehenga with a gold print and a maroon hem border, maroon choli, mustard dupatta;
    # nothing in her hair; white backdrop. VQA adapter.
    case(
        "X879-037",
        caption("a young girl wearing a yellow and maroon lehenga with a flower crown", "unsupported"),
        color_of("lehenga", "mustard"),
        color_of("choli", "mustard", "other_garment_color"),
        color_of("dupatta", "mustard"),
        wearing("he is wearing a yellow skirt and maroon top", "pronoun", who="the child"),
        details("lehenga", "gold print on the lehenga and a maroon border at the hem"),
        title="Aks Kids Girls Mustard & Maroon Lehenga Choli",
        category="Lehenga Choli",
        color="Mustard",
        gender="Girls",
    ),
    # photo: peach organza saree with floral embroidery, peach blouse, the model holding a gold clutch; white
    # backdrop. VQA adapter.
    case(
        "X879-038",
        caption("a woman in a peach saree holding a gold clutch"),
        color_of("saree", "orange", "contradiction"),
        color_of("blouse", "peach"),
        wearing("she is wearing a peach saree with a gold bag", who="the woman"),
        details(
            "saree",
            "the saree has floral embroidery and the saree has"
            " floral embroidery and the saree has floral embroidery and the",
            "loop",
            hit_limit=True,
        ),
        material("cotton", "unsupported"),
        title="Mimosa Peach Embroidered Organza Saree",
        category="Sarees",
        color="Peach",
        gender="Women",
    ),
    # photo: navy blue printed saree with a green border, green blouse; white backdrop. VQA adapter. The feed row has
    # no color.
    case(
        "X879-039",
        caption("a woman in a blue saree with a green border"),
        color_of("saree", "green", "other_garment_color"),
        color_of("blouse", "green"),
        color_of("border", "green"),
        describe("saree", "a blue saree with green border and a green blouse"),
        wearing(
            "the woman is wearing a navy saree with a green border"
            " Question: what is the color of the blouse? Answer: green",
            "leak",
            who="the woman",
        ),
        title="Satrani Navy Blue & Green Printed Saree",
        category="Sarees",
        gender="Women",
    ),
    # photo: pink lehenga with silver embroidery, pink choli, silver-grey net dupatta; white backdrop. VQA adapter.
    case(
        "X879-040",
        caption("a woman in a pink lehenga with a grey dupatta"),
        color_of("lehenga", "pink"),
        color_of("choli", "pink"),
        color_of("dupatta", "pink", "other_garment_color"),
        describe("dupatta", "the dupatta is a dupatta", "restated"),
        wearing("a pink dress with a silver scarf", "contradiction", who="the woman"),
        details(
            "lehenga",
            "the lehenga has silver flowers embroidered on it and a"
            " silver border at the bottom and a silver waistband with",
            "cut",
            hit_limit=True,
        ),
        title="Kalini Pink Embroidered Semi-Stitched Lehenga Choli",
        category="Lehenga Choli",
        color="Pink",
        gender="Women",
    ),
    # photo: multicolor patola-print saree (red, green, yellow and white geometric grid) with a red border, red
    # blouse; white backdrop. VQA adapter.
    case(
        "X879-041",
        caption("a woman in a colorful saree"),
        color_of("saree", "multi"),
        color_of("blouse", "red"),
        color_of("border", "red"),
        details("saree", "geometric print in red green and yellow"),
        describe(
            "saree",
            "the saree is a multicolored patola print saree with"
            " a red border and a red blouse with short sleeves and a",
            "cut",
            hit_limit=True,
        ),
        wearing("he is wearing a colorful saree with a red blouse", "pronoun", who="the woman"),
        title="Ishin Multicoloured Patola Print Saree",
        category="Sarees",
        color="Multi",
        gender="Women",
    ),
    # photo: girl in a turquoise blue lehenga with silver lace, pink choli, pink dupatta; plain waist; white backdrop.
    # VQA adapter.
    case(
        "X879-042",
        caption("a little girl in a blue lehenga Question: what is the color of the lehenga? Answer: blue", "leak"),
        color_of("lehenga", "turquoise blue"),
        color_of("choli", "pink"),
        color_of("dupatta", "turquoise blue", "other_garment_color"),
        wearing("she is wearing a blue lehenga with a pink blouse", who="the girl"),
        details("lehenga", "the lehenga has a pearl belt and tassels", "unsupported"),
        is_a("lehenga", "yes"),
        title="Biba Girls Turquoise Blue & Pink Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Turquoise Blue",
        gender="Girls",
    ),
    # photo: olive green saree with a pink floral border, pink blouse; plain olive pallu; white backdrop. VQA adapter.
    case(
        "X879-043",
        caption("a woman in an olive green saree with a pink floral border"),
        color_of("saree", "brown", "contradiction"),
        color_of("blouse", "olive", "other_garment_color"),
        color_of("border", "pink"),
        wearing("she is wearing a green saree", who="the woman"),
        details("saree", "the saree has a pink floral border and a gold pallu", "unsupported"),
        material("the material of the garment", "restated"),
        title="Shaily Olive Green Floral Border Saree",
        category="Sarees",
        color="Olive",
        gender="Women",
    ),
    # photo: red Banarasi lehenga with a gold woven pattern, green choli, green dupatta with a gold border; white
    # backdrop. VQA adapter.
    case(
        "X879-044",
        caption("a woman in a red saree and a green blouse", "contradiction"),
        color_of("lehenga", "red"),
        color_of("choli", "green"),
        color_of("dupatta", "red", "other_garment_color"),
        cloth("red", "non_answer"),
        material("velvet", "unsupported"),
        details(
            "lehenga",
            "the lehenga has a golden woven pattern of big"
            " circles and a gold border on the bottom and the dupatta has a",
            "cut",
            hit_limit=True,
        ),
        title="Chhabra 555 Red & Green Banarasi Lehenga Choli",
        category="Lehenga Choli",
        color="Red",
        gender="Women",
    ),
    # photo: lavender chiffon saree with a thin silver border, lavender blouse; white backdrop. VQA adapter.
    case(
        "X879-045",
        caption("a woman in a light purple saree and a lavender blouse"),
        color_of("saree", "grey", "contradiction"),
        color_of("blouse", "lavender"),
        color_of("border", "silver"),
        describe("saree", "a plain lavender saree with a thin silver border"),
        material("the saree is made of denim", "unsupported"),
        details("saree", "the details of the saree", "restated"),
        title="Anouk Lavender Solid Chiffon Saree",
        category="Sarees",
        color="Lavender",
        gender="Women",
    ),
    # photo: girl in a cream lehenga with a multicolor floral print and a gold border, cream choli, orange dupatta;
    # white backdrop. VQA adapter.
    case(
        "X879-046",
        caption("a little girl in a white skirt and a white top with an orange scarf"),
        color_of("lehenga", "cream"),
        color_of("choli", "cream"),
        color_of("dupatta", "cream", "other_garment_color"),
        wearing("a white lehenga with an orange dupatta", who="the girl"),
        is_a("lehenga", "no", "contradiction"),
        details(
            "lehenga",
            "colorful print on the skirt with orange and green"
            " flowers and a gold border and a gold border and a gold border",
            "loop",
            hit_limit=True,
        ),
        title="Pspeaches Girls Cream-Coloured & Orange Printed Lehenga Choli",
        category="Lehenga Choli",
        color="Cream",
        gender="Girls",
    ),
]
