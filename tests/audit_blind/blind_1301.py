"""BLIND_1301 (45 products; Myntra skirts, lehengas, shararas, base BLIP-2): written blind in the sixty-third session.
Measured blind at be4df7e (the session's first rules): 40/63 failures found (63.5%) and 6/187 correct texts flagged
(3.2%). The writer's notes, verbatim:

Scenario: a Myntra women's ethnic-wear feed (article types Skirts, Lehenga Choli, Kurta Sets, one Palazzos for a
standalone sharara) run through base Salesforce/blip2-opt-2.7b with no adapter. The photos are the catalog's usual
shots: a model on a plain white, grey or beige backdrop wearing the product with other clothes (a plain top or kurti
over the skirts, jewellery with the lehengas), plus a flat lay, two back views, a cropped waist-down shot, a model
seated on a stool, a model holding a clutch, one twirling. The questionnaire is "What is the person wearing?", one
"What is the color of the <piece>?" per piece named in the title (skirt; lehenga, blouse, dupatta; kurta, sharara,
dupatta), and, for some items, "Is this a <piece>?", the pattern question and the material question.
Who wrote what: every text is base BLIP-2 OPT-2.7b zero-shot, greedy. The caption is unprompted (50 new tokens at
most); every answer comes from `Question: ... Answer:` (30 new tokens at most), decoded after slicing off the prompt,
newlines kept. The color answers are free generation, stored open; the yes/no and pattern answers are stored closed
with the raw text kept. No caption adapter, no VQA adapter, no extractive QA.
Labeling conventions and judgement calls: truth is the photo I imagined plus the title. Near hues are correct when
the photo supports them: maroon called red, mustard called yellow, lavender called purple, teal called blue or green,
peach called pink, cream or off white called white, indigo called blue. "Salwar suit" or "salwar kameez" for a kurta
with sharara is correct (that is what a shopper calls it); "pants" or "palazzo" for a sharara is correct. "Saree" or
"dress" for a lehenga, or "dress" for a kurta set, is wrong (contradiction). A color question answered with the color
of another piece visible in the photo (top over a skirt, the lehenga's color for a dupatta of another color) is
other_garment_color; a color that belongs to nothing in the product (a prop, shadow, a sheer dupatta read as the
backdrop) is contradiction. A pattern or material answer that the title contradicts is contradiction, a material the
title does not give and the photo does not show is unsupported, and so is an invented scene or detail in a caption.
An answer giving no color or no garment ("i don't know", the garment's name back, "black" to what the person wears)
is non_answer; one that only repeats the question is restated. A text that continues into a new "Question:" is a leak
even when its first words are right. Answers that are true but incomplete ("a denim jacket" when the product is the
skirt under it) are left correct. Same color for several pieces is correct when the pieces really match, which is
common in these sets. About a quarter of the texts are wrong: fewer than with the adapters, since base BLIP-2 on short
color questions was the experiments' best case, but the secondary pieces (blouse, dupatta, sharara) fail often.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, is_a, wearing

pattern = BLIND_QUESTIONS.pattern
material = BLIND_QUESTIONS.material


def col(piece: str, text: str, failure: str | None = None, hit_limit: bool = False):
    """A per-piece color question, free generation (stored open)."""
    return color_of(piece, text, failure, kind="open", hit_limit=hit_limit)


BLIND_1301 = [
    # Photo: front, white backdrop; pink straight kurta with gold foil floral motifs, matching pink sharara, pink
    # dupatta with gold border over both shoulders, gold juttis. All texts base BLIP-2 zero-shot; all correct.
    case(
        "X1301-001",
        caption("a woman in a pink kurta and pink pants with a dupatta"),
        wearing("a pink kurta"),
        col("kurta", "pink"),
        col("sharara", "pink"),
        col("dupatta", "pink"),
        pattern("floral"),
        gender="Women",
        title="Libas Women Pink & Gold-Toned Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Pink",
    ),
    # Photo: front, beige backdrop; maroon velvet lehenga with gold zari embroidery, matching maroon blouse, gold
    # tissue dupatta over one shoulder, kundan jewellery. Base BLIP-2: "saree" for the lehenga, and the lehenga's
    # color given to the gold dupatta.
    case(
        "X1301-002",
        caption("a woman in a red and gold lehenga posing for a photo"),
        wearing("a red saree", "contradiction"),
        col("lehenga", "red"),
        col("blouse", "red"),
        col("dupatta", "red", "other_garment_color"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Inddus Women Maroon & Gold-Toned Embroidered Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
        category="Lehenga Choli",
        color="Maroon",
    ),
    # Photo: front, grey backdrop; navy blue ankle-length flared skirt with small white floral block print, model in
    # a plain white short top. Base BLIP-2: the skirt's color answered with the top's white; the yes/no answer runs
    # on into a new question.
    case(
        "X1301-003",
        caption("a woman in a white top and a blue and white skirt"),
        wearing("a white top and blue skirt"),
        col("skirt", "white", "other_garment_color"),
        is_a("skirt", "yes\nQuestion: Is this a skirt? Answer: yes", "leak"),
        pattern("floral"),
        gender="Women",
        title="Sangria Women Navy Blue & White Printed Flared Ethnic Maxi Skirt",
        category="Skirts",
        color="Navy Blue",
    ),
    # Photo: back view, white backdrop; rust tiered maxi skirt with a small white print, black tank top, long open
    # hair. Base BLIP-2: "he" for the woman; "solid" though the print shows clearly.
    case(
        "X1301-004",
        caption("the back of a woman wearing an orange skirt"),
        wearing("he is wearing a black tank top and an orange skirt", "pronoun"),
        col("skirt", "orange"),
        is_a("skirt", "yes"),
        pattern("solid", "contradiction"),
        gender="Women",
        title="Juniper Women Rust Orange Printed Tiered Flared Maxi Skirt",
        category="Skirts",
        color="Rust",
    ),
    # Photo: front, white backdrop; mustard straight kurta with gotta patti yoke, mustard sharara with gotta hem,
    # magenta pink dupatta with gotta border. Base BLIP-2: the sharara given the dupatta's pink.
    case(
        "X1301-005",
        caption("a woman in a yellow kurta with a pink dupatta"),
        wearing("a yellow salwar kameez"),
        col("kurta", "yellow"),
        col("sharara", "pink", "other_garment_color"),
        col("dupatta", "pink"),
        pattern("embroidered"),
        gender="Women",
        title="FASHOR Women Mustard Yellow Gotta Patti Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Photo: front, light grey backdrop; peach sequinned lehenga, peach blouse, peach net dupatta draped over the
    # head, heavy jewellery. Base BLIP-2: "pink" for the peach dupatta left correct (pale peach reads pink); the
    # wearing answer rambles through the jewellery and is cut at the 30-token limit.
    case(
        "X1301-006",
        caption("a woman in a pink lehenga with a veil over her head"),
        wearing(
            "a pink lehenga with a pink dupatta on her head and a pink blouse with gold embroidery and pink bangles"
            " and a gold necklace and a maang",
            "cut",
            hit_limit=True,
        ),
        col("lehenga", "peach"),
        col("blouse", "peach"),
        col("dupatta", "pink"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Mitera Women Peach-Coloured & Gold-Toned Embellished Sequinned Semi-Stitched Lehenga & Unstitched "
        "Blouse With Dupatta",
        category="Lehenga Choli",
        color="Peach",
    ),
    # Photo: front, white backdrop; teal kurta with thread embroidery at the neck, teal sharara, off-white dupatta
    # with a teal print over one arm. Base BLIP-2: "dress" for the kurta set; "no" to the sharara question.
    case(
        "X1301-007",
        caption("a woman in a green kurta and a white scarf"),
        wearing("a green dress", "contradiction"),
        col("kurta", "green"),
        col("sharara", "green"),
        col("dupatta", "white"),
        is_a("sharara", "no", "contradiction"),
        gender="Women",
        title="KALINI Women Teal Green Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Teal",
    ),
    # Photo: front, white backdrop; black flared maxi skirt with gold foil paisley print, plain red crop top. All texts
    # base BLIP-2 zero-shot; all correct.
    case(
        "X1301-008",
        caption("a woman wearing a black skirt and a red top"),
        wearing("black skirt"),
        col("skirt", "black"),
        is_a("skirt", "yes"),
        pattern("paisley"),
        gender="Women",
        title="Global Desi Women Black Printed Flared Maxi Skirt",
        category="Skirts",
        color="Black",
    ),
    # Photo: front, beige backdrop; lavender lehenga with silver sequins, lavender blouse, sheer lavender net dupatta
    # held out at one side. Base BLIP-2: "saree"; the sheer dupatta read as white (nothing white in the set).
    case(
        "X1301-009",
        caption("a woman in a purple lehenga"),
        wearing("a purple saree", "contradiction"),
        col("lehenga", "purple"),
        col("blouse", "purple"),
        col("dupatta", "white", "contradiction"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Ethnovog Women Lavender Embroidered Made to Measure Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Lavender",
    ),
    # Photo: front, white backdrop; yellow A-line kurta with a green floral print, solid green sharara, no dupatta.
    # Base BLIP-2: "dress" in the wearing answer; the sharara given the kurta's yellow.
    case(
        "X1301-010",
        caption("a woman in a yellow and green salwar suit"),
        wearing("a yellow and green dress", "contradiction"),
        col("kurta", "yellow"),
        col("sharara", "yellow", "other_garment_color"),
        pattern("floral"),
        gender="Women",
        title="Biba Women Yellow & Green Printed Kurta with Sharara",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Photo: front, white backdrop; indigo cotton flared skirt with a white dabu floral print, long white cotton
    # tunic over the waist. Base BLIP-2: "polka dots" for the floral print.
    case(
        "X1301-011",
        caption("a woman in a white shirt and blue skirt"),
        wearing("white shirt and blue skirt"),
        col("skirt", "blue"),
        is_a("skirt", "yes"),
        pattern("polka dots", "contradiction"),
        material("cotton"),
        gender="Women",
        title="Fabindia Women Indigo Printed Cotton Flared Skirt",
        category="Skirts",
        color="Navy Blue",
    ),
    # Photo: front, white backdrop; green kurta with pink thread embroidery, pink sharara, pink dupatta on both arms.
    # Base BLIP-2: green for every piece asked after the kurta, though the caption has the pink pants right.
    case(
        "X1301-012",
        caption("a woman in a green kurta and pink pants"),
        wearing("a green and pink salwar kameez"),
        col("kurta", "green"),
        col("sharara", "green", "other_garment_color"),
        col("dupatta", "green", "other_garment_color"),
        gender="Women",
        title="Varanga Women Green & Pink Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Green",
    ),
    # Photo: flat lay on white; red lehenga skirt spread in a circle, red blouse fabric folded on top, red net dupatta
    # with gold border folded beside it; no person. Base BLIP-2: "saree" to the wearing question.
    case(
        "X1301-013",
        caption("a red lehenga with gold embroidery laid out on a white background"),
        wearing("a red saree", "contradiction"),
        col("lehenga", "red"),
        col("blouse", "red"),
        col("dupatta", "red"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Mirchi Fashion Women Red Embroidered Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
        category="Lehenga Choli",
        color="Red",
    ),
    # Photo: front, white backdrop; off-white kurta with a blue floral print, off-white sharara with the same print,
    # solid blue dupatta. Base BLIP-2: the sharara given the dupatta's blue; the dupatta answer runs on into new
    # questions to the limit.
    case(
        "X1301-014",
        caption("a woman in a white and blue floral print outfit"),
        wearing("white kurta"),
        col("kurta", "white"),
        col("sharara", "blue", "other_garment_color"),
        col(
            "dupatta",
            "blue\nQuestion: What is the color of the kurta? Answer: white\nQuestion: What is the color",
            "leak",
            hit_limit=True,
        ),
        pattern("floral"),
        gender="Women",
        title="AKS Women Off White & Blue Floral Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Off White",
    ),
    # Photo: front, grey backdrop; patchwork skirt of printed panels in red, yellow, green and blue, plain black
    # top. Base BLIP-2: the skirt given the top's black.
    case(
        "X1301-015",
        caption("a woman in a black top and a colorful patchwork skirt"),
        wearing("a black top and a colorful skirt"),
        col("skirt", "black", "other_garment_color"),
        is_a("skirt", "yes"),
        pattern("patchwork"),
        gender="Women",
        title="Tikhi Imli Women Multicoloured Printed Flared Ethnic Skirt",
        category="Skirts",
        color="Multi",
    ),
    # Photo: front, beige backdrop; maroon velvet kurta with gold embroidery, maroon velvet sharara (folds in
    # shadow), maroon net dupatta with gold border. Base BLIP-2: the shadowed sharara read as black; "silk" where the
    # title says velvet.
    case(
        "X1301-016",
        caption("a woman in a maroon velvet kurta with gold embroidery"),
        wearing("maroon kurta"),
        col("kurta", "maroon"),
        col("sharara", "black", "contradiction"),
        col("dupatta", "maroon"),
        material("silk", "contradiction"),
        gender="Women",
        title="Soch Women Maroon Ethnic Motifs Embroidered Velvet Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Photo: front, white backdrop; model twirling in a pink lehenga with silver sequins, pink blouse, pink dupatta
    # with silver edging flying out. All texts base BLIP-2 zero-shot; all correct.
    case(
        "X1301-017",
        caption("a woman in a pink lehenga twirling"),
        wearing("pink lehenga"),
        col("lehenga", "pink"),
        col("blouse", "pink"),
        col("dupatta", "pink and silver"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Zeel Clothing Women Pink & Silver-Toned Sequinned Semi-Stitched Lehenga & Unstitched Blouse "
        "With Dupatta",
        category="Lehenga Choli",
        color="Pink",
    ),
    # Photo: cropped waist-down shot, white backdrop; green flared skirt with tiny white buttis (read as dots), hem of
    # a white kurti at the top edge. All texts base BLIP-2 zero-shot; all correct.
    case(
        "X1301-018",
        caption("a close up of a woman's green skirt"),
        wearing("a green skirt"),
        col("skirt", "green"),
        is_a("skirt", "yes"),
        pattern("polka dots"),
        gender="Women",
        title="Aurelia Women Green Printed Flared Ethnic Skirt",
        category="Skirts",
        color="Green",
    ),
    # Photo: front, white backdrop; navy kurta with a gold print, navy sharara with a thin gold hem, no dupatta;
    # model holds a gold clutch (prop). Base BLIP-2: the sharara given the clutch's gold; the yes/no answer leaks.
    case(
        "X1301-019",
        caption("a woman in a blue kurta holding a gold purse"),
        wearing("blue kurta and blue pants"),
        col("kurta", "blue"),
        col("sharara", "gold", "contradiction"),
        is_a("sharara", "yes\nQuestion: Is this a kurta? Answer: yes", "leak"),
        gender="Women",
        title="W Women Navy Blue & Gold-Toned Printed Kurta with Sharara",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # Photo: front, white backdrop; red lehenga with gold work, bottle green blouse, green dupatta with red border.
    # Base BLIP-2: the blouse given the lehenga's red; the dupatta answer loops to the limit.
    case(
        "X1301-020",
        caption("a woman in a red and green lehenga"),
        wearing("a red lehenga and green blouse"),
        col("lehenga", "red"),
        col("blouse", "red", "other_garment_color"),
        col(
            "dupatta",
            "green with red border, green with red border, green with red border, green with red border, green with",
            "loop",
            hit_limit=True,
        ),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Chhabra 555 Women Red & Green Embroidered Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category="Lehenga Choli",
        color="Red",
    ),
    # Photo: front, white backdrop; solid mustard cotton flared skirt, white short kurti. Base BLIP-2: "linen"
    # where the title says cotton.
    case(
        "X1301-021",
        caption("a woman in a yellow skirt and white top"),
        wearing("a white shirt and a yellow skirt"),
        col("skirt", "yellow"),
        is_a("skirt", "yes"),
        pattern("solid"),
        material("linen", "unsupported"),
        gender="Women",
        title="Janasya Women Mustard Yellow Solid Cotton Flared Skirt",
        category="Skirts",
        color="Mustard",
    ),
    # Photo: back view, white backdrop; off-white kurta with embroidery at the back yoke, off-white sharara, mint
    # green dupatta hanging down the back. Base BLIP-2: "dress" for the set; the dupatta question answered with its
    # own words.
    case(
        "X1301-022",
        caption("the back of a woman in a white dress", "contradiction"),
        wearing("white kurta"),
        col("kurta", "white"),
        col("sharara", "white"),
        col("dupatta", "the color of the dupatta", "restated"),
        gender="Women",
        title="Indo Era Women Off White Floral Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Off White",
    ),
    # Photo: front, white backdrop; yellow lehenga with mirror work, pink blouse, pink dupatta over one shoulder.
    # Base BLIP-2: yellow for every piece after the lehenga, though caption and wearing name the pink.
    case(
        "X1301-023",
        caption("a woman in a yellow and pink lehenga with mirror work"),
        wearing("a yellow and pink lehenga"),
        col("lehenga", "yellow"),
        col("blouse", "yellow", "other_garment_color"),
        col("dupatta", "yellow", "other_garment_color"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="SCAKHI Women Yellow Embroidered Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Yellow",
    ),
    # Photo: front, grey backdrop; gold tissue flared sharara (the product), worn under a long plain white kurta.
    # Base BLIP-2: "white dress" (the kurta, misnamed; the product missed); "silk", which neither title nor photo
    # gives (the fabric is metallic tissue).
    case(
        "X1301-024",
        caption("a woman in a white kurta and gold pants"),
        wearing("white dress", "contradiction"),
        col("sharara", "gold"),
        is_a("sharara", "yes"),
        pattern("solid"),
        material("silk", "unsupported"),
        gender="Women",
        title="Rangmanch by Pantaloons Women Gold-Toned Solid Flared Sharara",
        category="Palazzos",
        color="Gold",
    ),
    # Photo: model seated on a wooden stool, white backdrop; pink chikankari kurta, pink sharara, pink dupatta on her
    # lap. Base BLIP-2: no color for the dupatta; "no" to the sharara question.
    case(
        "X1301-025",
        caption("a woman sitting on a stool wearing a pink outfit"),
        wearing("pink salwar kameez"),
        col("kurta", "pink"),
        col("sharara", "pink"),
        col("dupatta", "i don't know", "non_answer"),
        is_a("sharara", "no", "contradiction"),
        gender="Women",
        title="House of Pataudi Women Pink Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Pink",
    ),
    # Photo: front, white backdrop; black tiered skirt with white thread embroidery on each tier, black crop top.
    # Base BLIP-2: a color only to the wearing question; "solid" though the embroidery shows.
    case(
        "X1301-026",
        caption("a woman in a black top and black skirt"),
        wearing("black", "non_answer"),
        col("skirt", "black"),
        is_a("skirt", "yes"),
        pattern("solid", "contradiction"),
        gender="Women",
        title="Label Ritu Kumar Women Black Embroidered Tiered Ethnic Skirt",
        category="Skirts",
        color="Black",
    ),
    # Photo: front, white backdrop; teal flared skirt with small white ethnic motifs (flower-like), white top. All texts
    # base BLIP-2 zero-shot; all correct ("blue" for teal is a judgement call, see notes).
    case(
        "X1301-027",
        caption("a woman in a blue skirt and white top"),
        wearing("a white shirt and a blue skirt"),
        col("skirt", "teal"),
        is_a("skirt", "yes"),
        pattern("floral"),
        gender="Women",
        title="Sangria Women Teal Blue Ethnic Motifs Printed Flared Skirt",
        category="Skirts",
        color="Teal",
    ),
    # Photo: front, beige backdrop; magenta Banarasi lehenga with gold zari weave, magenta blouse, orange dupatta with
    # gold border draped across the body like a pallu. Base BLIP-2: "saree" in caption and wearing answer.
    case(
        "X1301-028",
        caption("a woman in a pink and gold saree", "contradiction"),
        wearing("a pink and gold saree", "contradiction"),
        col("lehenga", "pink"),
        col("blouse", "pink"),
        col("dupatta", "orange"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Mitera Women Magenta & Gold-Toned Woven Design Banarasi Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Magenta",
    ),
    # Photo: front, white backdrop; green kurta with white print, white sharara with a small green print, no
    # dupatta. Base BLIP-2: the kurta answer leaks a new question; the sharara given the kurta's green.
    case(
        "X1301-029",
        caption("a woman in a green kurta and white palazzo pants"),
        wearing("a green kurta and white pants"),
        col("kurta", "green\nquestion: what is the color of the pants? answer: white", "leak"),
        col("sharara", "green", "other_garment_color"),
        pattern("floral"),
        gender="Women",
        title="Vishudh Women Green Printed Kurta with Sharara",
        category="Kurta Sets",
        color="Green",
    ),
    # Photo: front, grey backdrop; royal blue sequinned lehenga, blue blouse, blue net dupatta with a silver sequin
    # border. Base BLIP-2: "sari"; the dupatta answer loops to the limit.
    case(
        "X1301-030",
        caption("a woman in a blue lehenga with silver sequins"),
        wearing("a blue sari", "contradiction"),
        col("lehenga", "blue"),
        col("blouse", "blue"),
        col(
            "dupatta",
            "blue and silver and blue and silver and blue and silver and blue and silver and blue and silver and blue"
            " and silver and blue and",
            "loop",
            hit_limit=True,
        ),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Zeel Clothing Women Blue & Silver-Toned Sequinned Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Blue",
    ),
    # Photo: front, plain white studio backdrop; green kurta with white ethnic print, green sharara, white dupatta
    # with green print held open. Base BLIP-2: a garden invented in the caption; the sharara given the dupatta's white.
    case(
        "X1301-031",
        caption("a woman in a green kurta with a white dupatta standing in a garden", "unsupported"),
        wearing("she is wearing a green kurta and a white dupatta"),
        col("kurta", "green"),
        col("sharara", "white", "other_garment_color"),
        col("dupatta", "white"),
        gender="Women",
        title="Anouk Women Green Ethnic Motifs Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Green",
    ),
    # Photo: front, white backdrop; model with short bob hair; black kurta with gold print, black sharara, mustard
    # gold dupatta. Base BLIP-2: "he".
    case(
        "X1301-032",
        caption("a woman in a black kurta and yellow dupatta"),
        wearing("he is wearing a black kurta", "pronoun"),
        col("kurta", "black"),
        col("sharara", "black"),
        col("dupatta", "yellow"),
        gender="Women",
        title="Libas Women Black & Gold-Toned Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Black",
    ),
    # Photo: front, beige backdrop; teal lehenga with gold embroidery, teal blouse, gold tissue dupatta on one arm,
    # gold earrings. Base BLIP-2: the wearing answer cut at the limit; the dupatta given the lehenga's green.
    case(
        "X1301-033",
        caption("a woman in a green lehenga with gold embroidery"),
        wearing(
            "a green lehenga with gold embroidery and a green blouse with gold embroidery and a gold dupatta and gold"
            " earrings and a gold",
            "cut",
            hit_limit=True,
        ),
        col("lehenga", "green"),
        col("blouse", "green"),
        col("dupatta", "green", "other_garment_color"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Inddus Women Teal Green & Gold-Toned Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Teal",
    ),
    # Photo: front, white backdrop; red tiered maxi skirt with a floral print, white tee under an open denim jacket.
    # Base BLIP-2: the wearing answer names only the jacket (true, left correct); the skirt given the jacket's blue.
    case(
        "X1301-034",
        caption("a woman in a red skirt and a denim jacket"),
        wearing("a denim jacket"),
        col("skirt", "blue", "other_garment_color"),
        is_a("skirt", "yes"),
        pattern("floral"),
        gender="Women",
        title="Global Desi Women Red Printed Tiered Maxi Skirt",
        category="Skirts",
        color="Red",
    ),
    # Photo: front, white backdrop; sea green lehenga with thread embroidery, sea green blouse, peach dupatta. Base
    # BLIP-2: the yes/no answer leaks a new question.
    case(
        "X1301-035",
        caption("a woman in a green lehenga and peach dupatta"),
        wearing("lehenga choli"),
        col("lehenga", "green"),
        col("blouse", "green"),
        col("dupatta", "the dupatta is peach"),
        is_a("lehenga", "yes\nQuestion: Is this a saree? Answer: no", "leak"),
        gender="Women",
        title="Fusionic Women Sea Green Embroidered Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category="Lehenga Choli",
        color="Sea Green",
    ),
    # Photo: front, white backdrop; indigo kurta with white block print, white sharara, indigo dupatta over both
    # shoulders. Feed row has no base colour. Base BLIP-2: the sharara given the kurta's blue; "none" for a dupatta
    # in plain view.
    case(
        "X1301-036",
        caption("a woman in a blue and white kurta"),
        wearing("blue kurta and white pants"),
        col("kurta", "blue"),
        col("sharara", "blue", "other_garment_color"),
        col("dupatta", "none", "non_answer"),
        gender="Women",
        title="Jaipur Kurti Women Indigo & White Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
    ),
    # Photo: front, grey backdrop; gold tissue flared lehenga skirt, plain black blouse (not part of the product).
    # Base BLIP-2: "satin", which neither title nor photo gives.
    case(
        "X1301-037",
        caption("a woman in a gold skirt and black top"),
        wearing("a gold lehenga"),
        col("skirt", "gold"),
        is_a("lehenga", "yes"),
        material("satin", "unsupported"),
        gender="Women",
        title="Studio Rasa Women Gold-Toned Tissue Flared Lehenga Skirt",
        category="Skirts",
        color="Gold",
    ),
    # Photo: front, white backdrop; pink floral printed lehenga, green blouse mostly covered by a pink dupatta draped
    # across the chest. Base BLIP-2: "saree" in the caption; the half-hidden blouse given the pink.
    case(
        "X1301-038",
        caption("a woman in a pink saree", "contradiction"),
        wearing("pink and green lehenga"),
        col("lehenga", "pink"),
        col("blouse", "pink", "other_garment_color"),
        col("dupatta", "pink"),
        pattern("floral"),
        gender="Women",
        title="Inddus Women Pink & Green Printed Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Pink",
    ),
    # Photo: front, white backdrop; lime green kurta with white embroidery, lime green sharara, white organza dupatta.
    # Base BLIP-2: the garment's name back for the sharara's color.
    case(
        "X1301-039",
        caption("a woman in a green kurta"),
        wearing("kurta"),
        col("kurta", "lime green"),
        col("sharara", "sharara", "non_answer"),
        col("dupatta", "the color of the dupatta is white"),
        gender="Women",
        title="Indo Era Women Lime Green Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Lime Green",
    ),
    # Photo: front, white backdrop; maroon flared skirt with a gold paisley print, mustard top. All texts base BLIP-2
    # zero-shot; all correct (maroon called red in the wearing answer).
    case(
        "X1301-040",
        caption("a woman in a yellow top and maroon skirt"),
        wearing("a yellow top and a red skirt"),
        col("skirt", "maroon"),
        is_a("skirt", "yes"),
        pattern("paisley"),
        gender="Women",
        title="Tikhi Imli Women Maroon & Gold-Toned Printed Flared Ethnic Skirt",
        category="Skirts",
        color="Maroon",
    ),
    # Photo: front, cream backdrop; cream lehenga with pastel floral thread embroidery, cream blouse, cream dupatta.
    # Base BLIP-2: "dress" for the lehenga.
    case(
        "X1301-041",
        caption("a woman in a white lehenga"),
        wearing("a white dress", "contradiction"),
        col("lehenga", "white"),
        col("blouse", "white"),
        col("dupatta", "white"),
        is_a("lehenga", "yes"),
        pattern("floral embroidery"),
        gender="Women",
        title="Fusionic Women Cream Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Cream",
    ),
    # Photo: front, white backdrop; orange kurta with white print, orange sharara with white print, no dupatta, gold
    # jhumkas. Base BLIP-2: the wearing answer cut at the limit; the sharara question repeated back.
    case(
        "X1301-042",
        caption("a woman in an orange kurta"),
        wearing(
            "an orange kurta with white print and orange pants with white print and a pair of gold earrings and a pair"
            " of gold bangles and a pair",
            "cut",
            hit_limit=True,
        ),
        col("kurta", "orange"),
        col("sharara", "the color of the sharara is the color of the sharara", "restated"),
        pattern("printed"),
        gender="Women",
        title="Biba Women Orange Printed Kurta with Sharara",
        category="Kurta Sets",
        color="Orange",
    ),
    # Photo: front, beige backdrop; purple lehenga with gold woven border, gold brocade blouse, purple net dupatta,
    # gold jhumkas and bangles. Base BLIP-2: the caption loops on the jewellery to the 50-token limit.
    case(
        "X1301-043",
        caption(
            "a woman in a purple lehenga choli with gold embroidery and a purple dupatta with gold embroidery and gold"
            " jewellery and gold bangles and gold earrings and gold necklace and gold bangles and gold earrings"
            " and gold necklace and gold",
            "loop",
            hit_limit=True,
        ),
        wearing("purple lehenga"),
        col("lehenga", "purple"),
        col("blouse", "gold"),
        col("dupatta", "purple"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Mirchi Fashion Women Purple & Gold-Toned Woven Design Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Purple",
    ),
    # Photo: front, white backdrop; peach flared skirt with a small green leaf print, plain white cotton top (no
    # embellishment). Base BLIP-2: mirror work invented on the top; "he".
    case(
        "X1301-044",
        caption("a woman in a peach skirt and white blouse with mirror work", "unsupported"),
        wearing("he is wearing a skirt", "pronoun"),
        col("skirt", "peach"),
        is_a("skirt", "yes"),
        pattern("floral"),
        gender="Women",
        title="Sangria Women Peach Printed Flared Ethnic Skirt",
        category="Skirts",
        color="Peach",
    ),
    # Photo: front, white backdrop; rani pink lehenga with gota patti border, rani pink blouse, rani pink dupatta
    # over the head. Gender column missing from the feed row. All texts base BLIP-2 zero-shot; all correct.
    case(
        "X1301-045",
        caption("a woman in a pink lehenga with a dupatta on her head"),
        wearing("lehenga"),
        col("lehenga", "pink"),
        col("blouse", "pink"),
        col("dupatta", "pink"),
        is_a("lehenga", "yes"),
        title="KALINI Women Rani Pink Gota Patti Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Magenta",
    ),
]
