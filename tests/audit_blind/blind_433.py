"""BLIND_433 (46 products; women's festive Indian wear: sarees, lehengas, anarkalis, sharara sets, blouses, dupattas):
written blind in the forty-seventh session. Measured blind at 7f96428 (the session's rules as they stood): 104/134
failures found (77.6%) and 9/166 correct texts flagged (5.4%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog feed of women's festive and wedding ethnic wear photographed on models:
sarees (Banarasi, Kanjeevaram, georgette with sequins, organza, printed linen, half-and-half), lehenga cholis with
dupattas, anarkali kurta sets and gowns, kurta-and-sharara sets, readymade saree blouses styled with a saree or a
lehenga, and dupattas styled over a plain suit. Many outfits are in two or three colors (a blue saree with a pink
border and pink blouse, a yellow lehenga with a pink blouse and a green dupatta) and carry zari, gota, mirror work,
sequins or prints; backdrops include coloured walls, curtains, doors, gardens and plants. Each product has the
seller's title, category, color and gender; a few rows miss the gender or the color, as real feeds do.

Who wrote what: captions come from either the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a woman
in a red saree ...") or the caption-only LoRA adapter (the DeepFashion template, "The lady wears a long-sleeve dress
with pure color patterns. The dress is with chiffon fabric ..."). The adapter was trained with no end-of-answer token,
so every adapter text runs to its limit (50 new tokens for captions, 30 for answers) and carries hit_limit=True;
asked a question, it returns its template. The open questions (wearing, description, details, material and the set's
own open questions) come from the base model unless the comment before the case says the adapter answered them; the
base model stops on its own and never has hit_limit. The closed questions (garment_type, color, pattern,
sleeve_length, the per-piece color questions and "Is this a ...?") are enrich's `--engine reference` answers chosen
from candidate sets; they never loop or get cut.

Labeling conventions and judgement calls:
- Shade words count as correct: red for maroon, burgundy or wine; pink for peach or fuchsia; yellow for mustard or
  for gold tissue; orange for coral or rust; purple for lavender; blue for teal, navy or powder blue; green for mint,
  sea green, emerald or bottle green; white for off white or cream; silver for a grey saree with silver sheen.
- Garment synonyms count as correct: dress for an anarkali (kurta or gown), scarf for a dupatta, shirt or top for a
  blouse, skirt for a lehenga, kurta and pants or "outfit" for a sharara set, suit for a salwar suit, "veil" for a
  dupatta over the head, "traditional indian dress" for any of them. A saree named as a dress, or as "a top and a
  long skirt" (the adapter's template), is a contradiction: the seller and the auditor see one draped garment. A
  sharara set answered "yes" to "Is this a dress?" is a contradiction. A lehenga choli as "a top and a long skirt"
  is correct.
- The reference engine's garment_type for a blouse or dupatta product naming the other garment styled with it
  (dress for a dupatta worn over an anarkali, skirt for a blouse shown with a lehenga) is contradiction.
- Closed colors: the color of another piece in the photo (the blouse, the dupatta, the saree a blouse is styled
  with, a contrast border that the blouse shares) is other_garment_color; the color of the backdrop (curtain, wall)
  or of a print or embroidery is contradiction. For a half-and-half saree, either of its two colors is correct.
- Open answers: a color that no piece in the photo has (a white scarf over a powder-blue anarkali, a red blouse with
  a black saree) is contradiction; a backdrop color given to the garment ("a blue kurta" before a blue door) is
  contradiction. Props and walls that really are in the photo (a clutch, a painting, a curtain, a chair, temple
  jewelry, earrings) are correct; invented ones (a bouquet, a belt, a necklace on a back-view photo, a dupatta for
  a two-piece set) are unsupported.
- Materials: one the title names is correct; chiffon for georgette is correct; "cotton" for printed linen or rayon is
  a plausible guess and correct; "sheer fabric" for organza is correct; silk or velvet where the title names
  georgette, net, organza or nothing silky is unsupported. A material answered with the garment's name and color is
  restated; "it is made of fabric" is non_answer; "it is made of" or "cotton and" is cut (base early stop, no
  hit_limit).
- Closed pattern and sleeves: "striped" for a solid saree with a plain border or for geometric patola motifs,
  "solid" for a printed kurta, and a sleeve length the blouse or kurta does not have are contradiction.
- Adapter texts: a text that repeats a sentence of the template is loop; one that stops mid-sentence without
  repeating is cut; the template returned for the material question is restated; a template that misnames the saree
  itself is contradiction (hit_limit kept). Where the adapter invents an accessory or a fabric before being cut, the
  cut is labelled.
- Base answers running on into "Question: ... Answer: ..." are leak. "he" or "a man" for a woman is pronoun.
  "the details of the garment", "the lehenga has a lot of details" and an empty answer are non_answer; "the
  garment" to "Describe the garment." and "the sharara is a sharara" are restated.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_lehenga = question("color_lehenga", "What is the color of the lehenga?", "closed")
color_blouse = question("color_blouse", "What is the color of the blouse?", "closed")
color_dupatta = question("color_dupatta", "What is the color of the dupatta?", "closed")
color_border = question("color_border", "What is the color of the border?", "closed")
color_sharara = question("color_sharara", "What is the color of the sharara?", "closed")
embroidery = question("embroidery", "What embroidery is on the garment?", "open")
wearing_she = question("wearing_she", "What is she wearing?", "open")

BLIND_433 = [
    # photo: model in a red Banarasi silk saree with a wide gold zari border and gold buti motifs, matching red blouse
    # with short sleeves, beige studio backdrop, front view.
    # all base / reference
    case(
        "X433-001",
        caption("a woman in a red saree with gold border"),
        D.wearing("a red saree"),
        D.color("red"),
        D.details("gold border and gold embroidery"),
        D.material("silk"),
        is_a("saree", "yes"),
        B.sleeve_length("long sleeves", "contradiction"),
        title="Women Red & Gold-Toned Zari Woven Banarasi Silk Saree",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: model in a pink georgette saree with scattered sequins, sleeveless pink blouse, white wall with a potted
    # plant at the side.
    # caption, details: adapter
    case(
        "X433-002",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The tank top is with "
            "chiffon fabric. The skirt is with chiffon fabric and pure color patterns. There is an accessory",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a pink dress", "contradiction"),
        D.color("pink"),
        D.description("a pink saree with sequins in front of a white wall"),
        D.material("chiffon"),
        D.sleeve_length("sleeveless"),
        D.details(
            "The tank top is with chiffon fabric and pure color patterns. The tank top is with chiffon fabric and pure",
            "loop",
            hit_limit=True,
        ),
        title="Women Pink Sequinned Georgette Saree",
        category="Sarees",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a green art-silk lehenga with gold embroidery at the hem, green blouse, pink net dupatta over one
    # shoulder, grey backdrop.
    # all base / reference
    case(
        "X433-003",
        caption("a woman in a green lehenga with a pink dupatta"),
        D.wearing("a green and pink lehenga"),
        color_lehenga("pink", "other_garment_color"),
        color_dupatta("pink"),
        embroidery("gold embroidery on the skirt"),
        D.material("velvet", "unsupported"),
        is_a("saree", "yes", "contradiction"),
        title="Green Embroidered Art Silk Semi-Stitched Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Green",
        gender="Women",
    ),
    # photo: model in a maroon velvet lehenga with gold zardozi embroidery, maroon blouse, gold tissue dupatta on the
    # shoulders, cream backdrop.
    # all base / reference
    case(
        "X433-004",
        caption("a woman in a red lehenga posing for a photo"),
        D.wearing("he is wearing a red lehenga", "pronoun"),
        D.color("gold", "other_garment_color"),
        D.details("gold embroidery and a gold dupatta"),
        D.material("velvet"),
        color_dupatta("maroon", "other_garment_color"),
        title="Maroon Embroidered Velvet Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in a mustard yellow printed anarkali kurta with full sleeves, matching palazzos and a mustard
    # dupatta, white wall behind, no bag.
    # all base / reference
    case(
        "X433-005",
        caption("a woman in a yellow dress standing in front of a white wall"),
        D.wearing("a yellow anarkali suit"),
        color_sharara("yellow"),
        D.pattern("floral"),
        D.sleeve_length("long sleeves"),
        D.material("cotton"),
        D.details("a yellow dupatta and a yellow bag", "unsupported"),
        title="Women Mustard Yellow Ethnic Motifs Printed Pure Cotton Anarkali Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in a gold sequinned sleeveless readymade blouse, styled with a plain black saree, grey backdrop.
    # all base / reference
    case(
        "X433-006",
        caption("a woman in a black saree and gold blouse"),
        D.color("black", "other_garment_color"),
        D.garment_type("blouse"),
        D.sleeve_length("sleeveless"),
        D.details("sequins"),
        D.material("silk", "unsupported"),
        D.description("a gold blouse with a black", "cut"),
        title="Gold-Toned Sequinned Georgette Readymade Saree Blouse",
        category="Blouses",
        color="Gold",
        gender="Women",
    ),
    # photo: orange bandhani dupatta with gota border draped over a model in a plain white cotton kurta, white studio.
    # caption, material: adapter
    case(
        "X433-007",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. There is an accessory on her wrist. The lady wears a long-sleeve shirt with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white shirt and an orange scarf"),
        D.color("white", "other_garment_color"),
        is_a("scarf", "yes"),
        D.description("an orange scarf with a gold border"),
        D.material(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. There",
            "restated",
            hit_limit=True,
        ),
        title="Orange Bandhani Printed Dupatta with Gotta Patti",
        category="Dupatta",
        color="Orange",
        gender="Women",
    ),
    # photo: model in a lavender kurta with three-quarter sleeves and mirror work at the yoke, lavender sharara,
    # lavender dupatta, a tall potted plant beside her.
    # all base / reference
    case(
        "X433-008",
        caption("a woman in a purple outfit posing in front of a plant"),
        D.wearing("a purple kurta and pants"),
        D.color("purple"),
        D.details("mirror work on the neck"),
        D.material("it is made of", "cut"),
        is_a("dress", "yes", "contradiction"),
        D.sleeve_length("sleeveless", "contradiction"),
        title="Women Lavender Mirror Work Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Lavender",
        gender="Women",
    ),
    # photo: model in a black georgette saree with silver sequins, sleeveless black blouse, red velvet curtain behind.
    # all base / reference
    case(
        "X433-009",
        caption("a woman in a black saree standing in front of a red curtain"),
        D.wearing("a black dress", "contradiction"),
        D.color("red", "contradiction"),
        D.details("silver sequins all over the saree"),
        D.description("a black saree with a red blouse", "contradiction"),
        D.material("sequins"),
        is_a("dress", "yes", "contradiction"),
        title="Black Embellished Sequinned Georgette Saree",
        category="Sarees",
        color="Black",
        gender="Women",
    ),
    # photo: model in a peach net anarkali gown, long sleeves, peach net dupatta, pale pink backdrop.
    # caption, details: adapter
    case(
        "X433-010",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The dress is long. There is an accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white dress", "contradiction"),
        D.color("pink"),
        D.details(
            "The dress is with chiffon fabric and pure color patterns. It has a round neckline. The dress is with "
            "chiffon",
            "loop",
            hit_limit=True,
        ),
        D.material("net"),
        is_a("gown", "yes"),
        D.sleeve_length("short sleeves", "contradiction"),
        title="Peach-Coloured Embellished Net Anarkali Gown with Dupatta",
        category="Ethnic Dresses",
        color="Peach",
        gender="Women",
    ),
    # photo: model in a royal blue silk saree with a contrast pink zari border, pink blouse, grey backdrop.
    # all base / reference
    case(
        "X433-011",
        caption("a woman in a blue saree with pink border"),
        D.wearing("a blue and pink saree"),
        D.color("pink", "other_garment_color"),
        color_blouse("pink"),
        D.material("silk"),
        D.details("pink border and a pink blouse and a", "cut"),
        D.pattern("striped", "contradiction"),
        title="Royal Blue Woven Design Silk Blend Saree with Contrast Border",
        category="Sarees",
        color="Blue",
        gender="Women",
    ),
    # photo: bride in a red heavily embroidered lehenga, red net dupatta over her head, gold necklace and maang tikka,
    # warm-lit backdrop.
    # all base / reference
    case(
        "X433-012",
        caption("a bride in a red lehenga"),
        D.wearing("a red saree and jewelry", "contradiction"),
        D.details("heavy embroidery, gold jewelry, and a red veil"),
        D.description(
            "a red bridal lehenga Question: What is the color of the dupatta? Answer: red",
            "leak",
        ),
        D.material("silk", "unsupported"),
        color_dupatta("red"),
        D.color("gold", "contradiction"),
        title="Red Embroidered Bridal Lehenga Choli with Net Dupatta",
        category="Lehenga Choli",
        color="Red",
        gender="Women",
    ),
    # photo: model in a sea-green organza saree with a pastel floral print, pink blouse, white clutch in her hand, white
    # wall.
    # all base / reference
    case(
        "X433-013",
        caption("a woman in a green saree holding a clutch"),
        D.wearing("a green dress and a white purse", "contradiction"),
        D.color("green"),
        D.pattern("floral"),
        D.material("sheer fabric"),
        D.description("a green floral saree with a pink blouse"),
        color_blouse("green", "other_garment_color"),
        title="Sea Green Floral Printed Organza Saree",
        category="Sarees",
        color="Sea Green",
        gender="Women",
    ),
    # photo: model in a mustard yellow kurta with gold gota lace at the neck and hem, matching sharara and dupatta,
    # three-quarter sleeves, standing in a garden.
    # all base / reference
    case(
        "X433-014",
        caption("a man in a yellow outfit standing in a garden", "pronoun"),
        D.wearing("a yellow dress", "contradiction"),
        color_sharara("yellow"),
        D.details("gold lace on the neck and hem"),
        D.sleeve_length("three-quarter sleeves"),
        D.material("silk", "unsupported"),
        title="Women Mustard Gotta Patti Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in a teal anarkali kurta with gold foil print, long sleeves, teal churidar, grey backdrop.
    # caption, material: adapter
    case(
        "X433-015",
        caption(
            "The female wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is an accessory on her wrist. She wears a ring. The dress is long and its",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue dress"),
        D.color("gold", "contradiction"),
        D.pattern("graphic"),
        D.material(
            "The female wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. There",
            "restated",
            hit_limit=True,
        ),
        D.details("gold print on the dress and a gold necklace", "unsupported"),
        title="Teal Blue Foil Printed Anarkali Kurta with Churidar",
        category="Kurta Sets",
        color="Teal",
        gender="Women",
    ),
    # photo: model in a white chikankari embroidered cotton anarkali kurta with full sleeves, white pants, pink dupatta
    # over both arms, light grey backdrop.
    # all base / reference
    case(
        "X433-016",
        caption("a woman in a white dress with a pink scarf"),
        D.wearing("a white kurta and pink dupatta"),
        D.color("pink", "other_garment_color"),
        D.details("white embroidery"),
        D.material("cotton"),
        D.description("a long white kurta with embroidery and a", "cut"),
        D.sleeve_length("sleeveless", "contradiction"),
        title="Women White Chikankari Embroidered Cotton Anarkali Kurta with Dupatta",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: model in a purple kurta and sharara with silver foil floral print, exposed red brick wall behind.
    # all base / reference
    case(
        "X433-017",
        caption("a woman in a purple outfit standing in front of a brick wall"),
        D.wearing("purple kurta and sharara pants"),
        D.color("purple"),
        D.pattern("floral"),
        D.details("the details of the garment", "non_answer"),
        D.material("a purple kurta", "restated"),
        color_sharara("pink", "contradiction"),
        title="Purple Foil Printed Kurta with Sharara",
        category="Kurta Sets",
        color="Purple",
    ),
    # photo: model in a navy blue velvet blouse with short puff sleeves and gold zardozi on the sleeves, styled with a
    # cream silk saree, beige backdrop.
    # all base / reference
    case(
        "X433-018",
        caption("a woman in a blue blouse and a white saree"),
        D.garment_type("blouse"),
        D.color("white", "other_garment_color"),
        D.material("velvet"),
        D.sleeve_length("short sleeves"),
        D.details("gold embroidery on the sleeves"),
        D.wearing("a blue saree and a white blouse", "other_garment_color"),
        title="Navy Blue Embroidered Velvet Readymade Saree Blouse",
        category="Blouses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a red Patola silk-blend saree with green and yellow geometric ikat motifs, red blouse, grey
    # backdrop.
    # all base / reference
    case(
        "X433-019",
        caption("a woman in a colorful saree"),
        D.wearing("a red and green dress", "contradiction"),
        D.color("red"),
        D.pattern("striped", "contradiction"),
        D.material("silk"),
        D.details("the saree has a", "cut"),
        title="Red & Green Ethnic Motifs Silk Blend Patola Saree",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: model in a gold tissue saree with a gold blouse, dark green backdrop.
    # all base / reference
    case(
        "X433-020",
        caption("a woman in a gold saree"),
        D.wearing("a yellow saree"),
        D.color("green", "contradiction"),
        D.material("it is made of fabric", "non_answer"),
        is_a("saree", "yes"),
        D.description("a gold dress", "contradiction"),
        title="Gold-Toned Solid Tissue Saree",
        category="Sarees",
        color="Gold",
        gender="Women",
    ),
    # photo: model in a pastel pink net lehenga with sequins, sleeveless pink blouse, pink dupatta, white backdrop.
    # caption, details: adapter
    case(
        "X433-021",
        caption(
            "The lady wears a sleeveless top with pure color patterns and a long skirt. The top is with chiffon "
            "fabric. The skirt is with chiffon fabric. The skirt is with chiffon fabric. The skirt",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a pink saree", "contradiction"),
        color_lehenga("pink"),
        D.sleeve_length("sleeveless"),
        D.material("net"),
        is_a("skirt", "yes"),
        D.details(
            "The skirt is with chiffon fabric and pure color patterns. There is an accessory on her wrist. The lady "
            "wears a ring on",
            "cut",
            hit_limit=True,
        ),
        title="Pink Sequinned Net Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a wine georgette anarkali kurta with gold embroidery at the neck and cuffs, wine dupatta, grey
    # backdrop.
    # all base / reference
    case(
        "X433-022",
        caption("a woman in a maroon dress"),
        wearing_she("she is wearing a red anarkali"),
        D.color("black", "contradiction"),
        D.details("gold embroidery on the neck and sleeves"),
        D.material("velvet", "unsupported"),
        D.description("a red dress with a red dupatta and a red", "cut"),
        title="Burgundy Embroidered Georgette Anarkali Kurta with Dupatta",
        category="Kurta Sets",
        color="Burgundy",
        gender="Women",
    ),
    # photo: model in a mustard Kanjeevaram silk saree with a wide magenta border, magenta blouse, grey backdrop.
    # all base / reference
    case(
        "X433-023",
        caption("a woman in a yellow and pink saree"),
        D.wearing("a pink saree", "other_garment_color"),
        D.color("yellow"),
        color_border("pink"),
        color_blouse("yellow", "other_garment_color"),
        D.material("silk"),
        is_a("lehenga", "yes", "contradiction"),
        title="Mustard & Magenta Zari Woven Kanjeevaram Silk Saree",
        category="Sarees",
        color="Mustard",
        gender="Women",
    ),
    # photo: red Banarasi dupatta with gold border and tassels, draped over a model in a plain white anarkali, white
    # studio.
    # all base / reference
    case(
        "X433-024",
        caption("a woman in a white dress with a red scarf"),
        D.color("red"),
        D.garment_type("dress", "contradiction"),
        D.material("silk"),
        D.details("a gold border with tassels and a gold brooch", "unsupported"),
        D.pattern("striped", "contradiction"),
        title="Red Woven Design Banarasi Silk Dupatta with Tassels",
        category="Dupatta",
        color="Red",
        gender="Women",
    ),
    # photo: model in a green floral-printed kurta and matching green sharara (two-piece, no dupatta), standing in front
    # of a blue wooden door.
    # all base / reference
    case(
        "X433-025",
        caption("a woman in a green outfit standing in front of a blue door"),
        D.wearing("a blue kurta and green pants", "contradiction"),
        D.color("green"),
        D.pattern("floral"),
        D.description("a green kurta with a sharara and a dupatta and a necklace", "unsupported"),
        color_sharara("blue", "contradiction"),
        title="Women Green Floral Printed Kurta with Sharara",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: model in a half-and-half saree, pink pleats and a black pallu, black blouse, white backdrop.
    # all base / reference
    case(
        "X433-026",
        caption("a woman in a pink and black saree"),
        D.wearing("a pink saree with a black blouse"),
        D.color("black"),
        D.material("chiffon"),
        D.details(
            "black border Question: What is the material of the saree? Answer: silk",
            "leak",
        ),
        color_blouse("pink", "other_garment_color"),
        title="Pink & Black Half and Half Georgette Saree",
        category="Sarees",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a green silk brocade blouse with short sleeves, styled with a pink saree, cream backdrop.
    # caption: adapter
    case(
        "X433-027",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "round neckline. There is an accessory on her wrist. The lady wears a short-sleeve shirt with graphic",
            "loop",
            hit_limit=True,
        ),
        D.color("pink", "other_garment_color"),
        color_blouse("green"),
        B.sleeve_length("short sleeves"),
        B.material("silk"),
        D.garment_type("saree", "contradiction"),
        title="Green Silk Brocade Readymade Saree Blouse",
        category="Blouses",
        color="Green",
        gender="Women",
    ),
    # photo: model in a black georgette anarkali with multicolour floral thread embroidery, black dupatta, grey
    # backdrop.
    # all base / reference
    case(
        "X433-028",
        caption("a woman in a black dress with flowers on it"),
        D.wearing("a black dress"),
        D.color("black"),
        D.pattern("floral"),
        D.details("the dress has a", "cut"),
        D.description("a black dress with a white scarf", "contradiction"),
        D.material("silk", "unsupported"),
        title="Black Floral Embroidered Georgette Anarkali Kurta with Dupatta",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: model in a blue georgette lehenga with silver mirror work, short-sleeve blue blouse, white net dupatta,
    # grey backdrop.
    # all base / reference
    case(
        "X433-029",
        caption("a woman in a blue lehenga and white dupatta"),
        wearing_she("he is wearing a blue lehenga", "pronoun"),
        D.color("white", "other_garment_color"),
        color_dupatta("white"),
        D.details("mirrors on the skirt"),
        D.material("silk", "unsupported"),
        D.sleeve_length("long sleeves", "contradiction"),
        title="Blue Mirror Work Georgette Lehenga Choli with Net Dupatta",
        category="Lehenga Choli",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a white linen saree with a red floral print, red blouse, standing beside a framed painting on a
    # beige wall.
    # all base / reference
    case(
        "X433-030",
        caption("a woman in a white saree with red flowers standing next to a painting"),
        D.color("white"),
        color_blouse("red"),
        D.pattern("floral"),
        D.material("cotton"),
        D.wearing("a red saree", "other_garment_color"),
        title="White & Red Floral Printed Linen Saree",
        category="Sarees",
        color="White",
        gender="Women",
    ),
    # photo: model in a plain pink long-sleeve kurta with pink sharara, pink dupatta, studio backdrop.
    # caption, wearing, description, material: adapter
    case(
        "X433-031",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric. The pants are with cotton fabric and pure color patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric. The pants are",
            "cut",
            hit_limit=True,
        ),
        D.description(
            "The shirt is with cotton fabric and pure color patterns. It has a round neckline. The shirt is with "
            "cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        D.color("red", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.material(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric. The",
            "restated",
            hit_limit=True,
        ),
        title="Pink Solid Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: model in an orange organza saree with an embroidered border, orange blouse, white backdrop.
    # all base / reference
    case(
        "X433-032",
        caption("a woman in an orange saree"),
        D.wearing(
            "orange saree Question: What is the color of the blouse? Answer: orange",
            "leak",
        ),
        D.color("orange"),
        D.material("silk", "unsupported"),
        is_a("saree", "yes"),
        D.details("an orange border with orange embroidery and a gold necklace", "unsupported"),
        title="Orange Embroidered Border Organza Saree",
        category="Sarees",
        color="Orange",
        gender="Women",
    ),
    # photo: model in a mehendi outfit: yellow printed cotton lehenga, short-sleeve pink blouse, green dupatta, white
    # backdrop.
    # all base / reference
    case(
        "X433-033",
        caption("a woman in a yellow and pink lehenga with a green dupatta"),
        D.wearing("a pink and yellow outfit"),
        color_lehenga("yellow"),
        color_blouse("yellow", "other_garment_color"),
        color_dupatta("green"),
        D.details("the lehenga has a lot of details", "non_answer"),
        D.material("cotton"),
        D.sleeve_length("sleeveless", "contradiction"),
        title="Yellow & Pink Printed Cotton Lehenga Choli with Green Dupatta",
        category="Lehenga Choli",
        color="Yellow",
        gender="Women",
    ),
    # photo: model in an emerald green velvet anarkali with long sleeves, gold drop earrings, grey backdrop.
    # all base / reference
    case(
        "X433-034",
        caption("a woman in a green velvet dress"),
        D.color("black", "contradiction"),
        D.material("velvet"),
        B.sleeve_length("sleeveless", "contradiction"),
        D.details("gold earrings and a gold belt", "unsupported"),
        title="Emerald Green Solid Velvet Anarkali Kurta",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: model in a purple silk saree with a gold zari border, purple blouse, beige backdrop.
    # all base / reference
    case(
        "X433-035",
        caption("a woman in a purple saree"),
        D.wearing("he is wearing a purple saree", "pronoun"),
        D.color("purple"),
        color_border("gold"),
        D.material("purple silk"),
        D.description("a purple dress with a gold border", "contradiction"),
        title="Purple Zari Border Pure Silk Saree",
        category="Sarees",
        color="Purple",
        gender="Women",
    ),
    # photo: model in a white sleeveless mirror-work blouse styled with a black lehenga skirt, grey backdrop.
    # all base / reference
    case(
        "X433-036",
        caption("a woman in a white top and black skirt"),
        D.garment_type("skirt", "contradiction"),
        D.color("white"),
        D.sleeve_length("sleeveless"),
        D.details("mirror work on the top"),
        D.material("cotton and", "cut"),
        is_a("blouse", "no", "contradiction"),
        title="White Mirror Work Cotton Readymade Blouse",
        category="Blouses",
        color="White",
    ),
    # photo: pink sequinned net dupatta over a model in a plain green salwar suit, white studio.
    # caption, details: adapter
    case(
        "X433-037",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. There is an accessory on her wrist. She also wears a scarf with pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green suit and a green scarf", "other_garment_color"),
        D.color("green", "other_garment_color"),
        is_a("scarf", "yes"),
        D.material("net"),
        D.details(
            "The shirt is with chiffon fabric and pure color patterns. It has a round neckline. The shirt is with "
            "chiffon fabric",
            "loop",
            hit_limit=True,
        ),
        title="Pink Sequinned Net Dupatta",
        category="Dupatta",
        color="Pink",
        gender="Women",
    ),
    # photo: model in an off-white kurta with multicolour thread embroidery, off-white sharara and dupatta, yellow wall
    # behind.
    # all base / reference
    case(
        "X433-038",
        caption("a woman in a white outfit in front of a yellow wall"),
        D.wearing("a white kurta and white pants"),
        D.color("yellow", "contradiction"),
        D.details("colorful embroidery on the kurta"),
        D.description("a white kurta with sharara pants and a white dupatta with embroidery"),
        D.material("a white kurta", "restated"),
        title="Off White Thread Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Off White",
        gender="Women",
    ),
    # photo: model in a coral floral-printed lehenga, sleeveless coral blouse, coral dupatta, white backdrop, hands
    # empty.
    # details: adapter
    case(
        "X433-039",
        caption("a woman in a red lehenga holding a bouquet of flowers", "unsupported"),
        D.wearing("an orange lehenga"),
        D.pattern("floral"),
        D.details(
            "The skirt is with chiffon fabric and floral patterns. The skirt is with chiffon fabric and floral "
            "patterns. The skirt is",
            "loop",
            hit_limit=True,
        ),
        D.sleeve_length("sleeveless"),
        D.material("silk", "unsupported"),
        title="Coral Floral Printed Georgette Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Coral",
        gender="Women",
    ),
    # photo: model in a grey chiffon saree with a silver sheen and silver border, silver sequinned blouse, white
    # backdrop.
    # all base / reference
    case(
        "X433-040",
        caption("a woman in a grey saree"),
        D.wearing("a grey saree with a silver blouse"),
        D.color("silver"),
        D.material("silk", "unsupported"),
        D.details("", "non_answer"),
        is_a("dress", "yes", "contradiction"),
        title="Grey Embellished Chiffon Saree with Sequinned Blouse",
        category="Sarees",
        color="Grey",
        gender="Women",
    ),
    # photo: model in a rust anarkali kurta with gold ethnic print, rust palazzos and dupatta, grey backdrop.
    # all base / reference
    case(
        "X433-041",
        caption("a woman in an orange dress"),
        D.description("the garment", "restated"),
        D.color("orange"),
        D.pattern("solid", "contradiction"),
        D.material("cotton"),
        D.details(
            "gold print Question: What is the color of the dupatta? Answer: orange",
            "leak",
        ),
        title="Rust Ethnic Motifs Printed Rayon Anarkali Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Rust",
        gender="Women",
    ),
    # photo: model in a black sequinned lehenga, sleeveless black blouse, silver dupatta, blurred party lights behind.
    # caption: adapter
    case(
        "X433-042",
        caption(
            "The lady wears a sleeveless top with pure color patterns and a long skirt. The top is with chiffon "
            "fabric. The skirt is with chiffon fabric and pure color patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black dress", "contradiction"),
        D.color("silver", "other_garment_color"),
        color_dupatta("silver"),
        D.details("sequins all over the skirt"),
        D.description(
            "a black lehenga with sequins Question: What is the color of the dupatta? Answer: silver Question:",
            "leak",
        ),
        B.sleeve_length("long sleeves", "contradiction"),
        title="Black Sequinned Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Black",
        gender="Women",
    ),
    # photo: model in a bottle green Kanjeevaram silk saree with gold border, green blouse, gold temple necklace and
    # earrings, cream backdrop.
    # all base / reference
    case(
        "X433-043",
        caption("a woman in a green saree and gold jewelry"),
        D.color("green"),
        D.material("silk"),
        D.details("gold border and a gold belt", "unsupported"),
        is_a("dress", "no"),
        color_blouse("green"),
        D.pattern("striped", "contradiction"),
        title="Bottle Green Zari Woven Kanjeevaram Silk Saree",
        category="Sarees",
        color="Bottle Green",
        gender="Women",
    ),
    # photo: back view of a model in a pink sleeveless blouse with a tie-up back and tassels, pink lehenga below, white
    # backdrop.
    # all base / reference
    case(
        "X433-044",
        caption("the back of a woman in a pink blouse"),
        D.wearing("a pink blouse and a gold necklace", "unsupported"),
        D.details("tassels on the back"),
        D.color("pink"),
        D.garment_type("blouse"),
        B.sleeve_length("sleeveless"),
        D.material("silk", "unsupported"),
        title="Pink Tie-Up Back Sleeveless Georgette Readymade Blouse with Tassels",
        category="Blouses",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a powder blue georgette anarkali, long sleeves, powder blue dupatta, grey backdrop.
    # caption, details: adapter
    case(
        "X433-045",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The dress is long. There is an accessory on her wrist and a ring on her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue dress with a white scarf", "contradiction"),
        D.color("blue"),
        D.material("chiffon"),
        D.sleeve_length("long sleeves"),
        D.details(
            "The dress is with chiffon fabric and pure color patterns. It has a V-shape neckline. The dress is long. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        title="Powder Blue Solid Georgette Anarkali Kurta with Dupatta",
        category="Kurta Sets",
        color="Powder Blue",
        gender="Women",
    ),
    # photo: model seated on a wooden chair in a red three-quarter-sleeve kurta with sharara and dupatta, carved wooden
    # door behind.
    # all base / reference
    case(
        "X433-046",
        caption("a woman in a red outfit sitting on a chair"),
        D.wearing("a red kurta and sharara"),
        D.color("red"),
        D.details("the sharara is a sharara", "restated"),
        D.material("silk"),
        is_a("dress", "no"),
        D.sleeve_length("sleeveless", "contradiction"),
        title="Red Embroidered Silk Blend Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Red",
    ),
]
