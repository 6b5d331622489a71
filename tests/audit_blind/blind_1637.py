"""BLIND_1637 (45 products; Myntra women's ethnic skirts, lehengas and sharara sets, base BLIP-2 zero-shot, per-piece
colors): written blind in the sixty-seventh session. Measured blind at 0f3a531 (the session's first rules): 34/51
failures found (66.7%) and 4/202 correct texts flagged (2.0%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's ethnic wear: lehenga cholis (article type "Lehenga Choli"), kurta sets with a
sharara ("Kurta Sets", as Myntra files them) and ethnic skirts ("Skirts"). The first catalog image of each product was
sent: mostly a model on a plain studio backdrop wearing the set (skirts styled with a top from the shoot's wardrobe,
now and then a scarf), a few flat lays, one back view, one photo cropped at the waist, a potli bag or a stool as
props. The feed's columns are title, category (article type), color (base colour) and gender; a few rows lack one.
Who wrote what: every text comes from the untuned base model Salesforce/blip2-opt-2.7b (8-bit, no adapter), greedy,
batch size 1. The caption was generated with an empty prompt (50 new tokens at most); every question with the
`Question: ... Answer:` prompt (30 new tokens at most), stopping on the newline token, which the model sometimes skips
and writes the next "Question:" itself. The questionnaire is fixed per article type, one color question per piece:
Lehenga Choli asks lehenga, blouse, dupatta; Kurta Sets ask kurta, sharara, dupatta; Skirts ask skirt and top. Each
product also gets "What is the woman wearing?" (a few rows were run with "the person"), and now and then a yes/no
"Is this a ...?", the pattern, the garment type or the material question. Color answers were generated freely and
stored open.
Labeling conventions and judgement calls: judged against the photo I imagined (the comment above each case) and the
title. Near-hue names are correct (maroon or burgundy called red or maroon, navy or teal called blue, mustard called
yellow, cream or off-white called white, magenta called pink, lavender called purple); a different hue family is
wrong. A piece given the color of another piece in the photo, or of a styling top or scarf, is other_garment_color;
a color that no piece has, or a caption that gives the outfit a wrong color, is contradiction. A color for a piece
the photo lacks (a dupatta in a two-piece sharara set, a top in a flat lay) is unsupported, as is a material the
title does not give or a setting ("at a wedding") a studio shot does not show; a material that the title gives is
correct. "saree" for a lehenga or a sharara set, "dress" for a flat-laid skirt, and "no" to "Is this a sharara?" are
contradiction; "salwar kameez", "salwar suit", "kurta" or "dress" for a sharara set are accepted as loose but true
names. "bride" for a model styled as a bride is accepted. A text that repeats itself until the token limit is a loop
(hit_limit set), one that stops mid-sentence at the limit without repeating is cut; an answer that continues with the
next "Question:" is a leak whatever its first word. The piece's own name as the answer, or an empty answer, is a
non_answer; a tautology ("the color of the blouse is the color of the blouse") is restated. "he" for a woman model is
pronoun. When the feed's base colour disagrees with the photo (Gold on a cream lehenga), the photo decides. About
one text in five is wrong, fewer than the usual four in ten: the base model answers these short questions well and
many sets are one color throughout, so its habit of giving every piece the same color is right there; its errors
gather on the contrasting pieces of two- and three-color sets.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, is_a, material, wearing

W = "the woman"
LC = "Lehenga Choli"
KS = "Kurta Sets"
SK = "Skirts"

BLIND_1637 = [
    # Model on a beige backdrop in a rani pink lehenga with gold zari, matching pink blouse, sheer pink dupatta over one
    # shoulder, gold jhumkas and necklace. All texts: base BLIP-2 zero-shot; the wearing answer ran to the limit.
    case(
        "X1637-001",
        caption("a woman in a pink lehenga posing for a photo"),
        wearing(
            "a pink lehenga with a pink blouse and a pink dupatta with gold embroidery on the border and a pair of gold"
            " earrings and a gold necklace and a",
            "cut",
            who=W,
            hit_limit=True,
        ),
        color_of("lehenga", "pink", kind="open"),
        color_of("blouse", "pink", kind="open"),
        color_of("dupatta", "pink", kind="open"),
        gender="Women",
        title="Mitera Pink & Gold-Toned Embroidered Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category=LC,
        color="Pink",
    ),
    # Model on white: green printed lehenga skirt, pink blouse, pink dupatta across both arms. Base BLIP-2 zero-shot;
    # the lehenga got the blouse's and dupatta's pink.
    case(
        "X1637-002",
        caption("a woman in a pink and green lehenga"),
        wearing("a lehenga", who=W),
        color_of("lehenga", "pink", "other_garment_color", kind="open"),
        color_of("blouse", "pink", kind="open"),
        color_of("dupatta", "pink", kind="open"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Varanga Green & Pink Printed Lehenga Choli With Dupatta",
        category=LC,
        color="Green",
    ),
    # Model on grey: maroon embroidered straight kurta, maroon sharara, beige dupatta with gold border. Base BLIP-2;
    # the dupatta got the kurta's maroon.
    case(
        "X1637-003",
        caption("a woman in a maroon salwar suit"),
        wearing("a red salwar kameez", who=W),
        color_of("kurta", "maroon", kind="open"),
        color_of("sharara", "maroon", kind="open"),
        color_of("dupatta", "maroon", "other_garment_color", kind="open"),
        gender="Women",
        title="Sangria Women Maroon Embroidered Kurta with Sharara & Dupatta",
        category=KS,
        color="Maroon",
    ),
    # Model on white: mustard floral printed flared maxi skirt, plain white short kurti on top. Base BLIP-2; the top
    # got the skirt's yellow, though the caption had it white.
    case(
        "X1637-004",
        caption("a woman wearing a yellow skirt and white top"),
        wearing("a yellow skirt", who=W),
        color_of("skirt", "yellow", kind="open"),
        color_of("top", "yellow", "other_garment_color", kind="open"),
        is_a("skirt", "yes"),
        BLIND_QUESTIONS.pattern("floral"),
        gender="Women",
        title="Biba Women Mustard Yellow Floral Printed Flared Maxi Skirt",
        category=SK,
        color="Mustard",
    ),
    # Flat lay on white: navy lehenga with silver sequins, navy blouse folded on it, navy net dupatta spread behind
    # (sheer, looks light on the white). No person. Base BLIP-2; "white" for the dupatta is no piece's color.
    case(
        "X1637-005",
        caption("a blue and silver lehenga on a white background"),
        wearing("a blue lehenga", who=W),
        color_of("lehenga", "blue", kind="open"),
        color_of("blouse", "blue", kind="open"),
        color_of("dupatta", "white", "contradiction", kind="open"),
        gender="Women",
        title="Panash Navy Blue Sequinned Semi-Stitched Lehenga & Blouse With Dupatta",
        category=LC,
        color="Navy Blue",
    ),
    # Model on white, bright light: peach kurta with white thread work, peach sharara, off-white dupatta with peach
    # border. Base BLIP-2; the caption washed the whole suit white, and it denied the sharara.
    case(
        "X1637-006",
        caption("a woman in a white salwar suit", "contradiction"),
        wearing("a salwar kameez", who=W),
        color_of("kurta", "peach", kind="open"),
        color_of("sharara", "peach", kind="open"),
        color_of("dupatta", "white", kind="open"),
        is_a("sharara", "no", "contradiction"),
        gender="Women",
        title="Libas Women Peach-Coloured Embroidered Kurta with Sharara & Dupatta",
        category=KS,
        color="Peach",
    ),
    # Model styled as a bride on a cream backdrop: red velvet lehenga with gold embroidery, red blouse, red dupatta
    # over her head, heavy jewellery. Base BLIP-2; "silk" is not what the title says.
    case(
        "X1637-007",
        caption("a bride in a red lehenga"),
        wearing("a red lehenga", who=W),
        color_of("lehenga", "red", kind="open"),
        color_of("blouse", "red", kind="open"),
        color_of("dupatta", "red", kind="open"),
        material("silk", "unsupported"),
        gender="Women",
        title="Mitera Red & Gold-Toned Embroidered Velvet Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category=LC,
        color="Red",
    ),
    # Model on grey: black flared ethnic skirt with gold foil motifs all over, black fitted top. Base BLIP-2; "solid"
    # misses the foil print the title and photo show.
    case(
        "X1637-008",
        caption("a woman in a black skirt and black top"),
        wearing("a black skirt and a black top", who=W),
        color_of("skirt", "black", kind="open"),
        color_of("top", "black", kind="open"),
        BLIND_QUESTIONS.pattern("solid", "contradiction"),
        is_a("skirt", "yes"),
        gender="Women",
        title="W Women Black & Gold-Toned Foil Printed Flared Ethnic Skirt",
        category=SK,
        color="Black",
    ),
    # Model on pale blue: white chikankari kurta and white sharara, no dupatta (a two-piece set). Base BLIP-2; the
    # questionnaire still asked for the dupatta and got a color for a piece that is not there.
    case(
        "X1637-009",
        caption("a woman in a white kurta and white pants"),
        wearing("a white kurta", who=W),
        color_of("kurta", "white", kind="open"),
        color_of("sharara", "white", kind="open"),
        color_of("dupatta", "white", "unsupported", kind="open"),
        gender="Women",
        title="Anouk Women White Chikankari Embroidered Kurta with Sharara",
        category=KS,
        color="White",
    ),
    # Model on white holding a gold potli bag: lavender lehenga, lavender blouse with silver mirror work, lavender
    # dupatta. Base BLIP-2; the blouse got the bag's gold.
    case(
        "X1637-010",
        caption("a woman in a purple lehenga holding a purse"),
        wearing("a purple lehenga", who=W),
        color_of("lehenga", "purple", kind="open"),
        color_of("blouse", "gold", "contradiction", kind="open"),
        color_of("dupatta", "purple", kind="open"),
        gender="Women",
        title="Kalini Lavender Embroidered Ready to Wear Lehenga & Blouse With Dupatta",
        category=LC,
        color="Lavender",
    ),
    # Model on beige: green A-line kurta, green sharara, pink-and-orange printed dupatta. Base BLIP-2; the dupatta got
    # the kurta's green.
    case(
        "X1637-011",
        caption("a woman in a green outfit with a colorful scarf"),
        wearing("a green dress", who=W),
        color_of("kurta", "green", kind="open"),
        color_of("sharara", "green", kind="open"),
        color_of("dupatta", "green", "other_garment_color", kind="open"),
        gender="Women",
        title="Indo Era Women Green Printed Kurta with Sharara & Dupatta",
        category=KS,
        color="Green",
    ),
    # The first image is a back view: teal lehenga, teal blouse with a tie-up back and tassels, teal net dupatta with a
    # gold border held over both arms. Base BLIP-2; the wearing answer looped to the limit.
    case(
        "X1637-012",
        caption("the back of a woman in a blue lehenga"),
        wearing(
            "a blue lehenga with a blue dupatta and a blue blouse and a blue dupatta and a blue blouse and a blue"
            " dupatta and a blue",
            "loop",
            who=W,
            hit_limit=True,
        ),
        color_of("lehenga", "blue", kind="open"),
        color_of("blouse", "blue", kind="open"),
        color_of("dupatta", "blue", kind="open"),
        gender="Women",
        title="Inddus Teal Green Embroidered Lehenga Choli With Dupatta",
        category=LC,
        color="Teal",
    ),
    # Model on grey: rust floral printed tiered maxi skirt, off-white crop top. Base BLIP-2; the top got the skirt's
    # orange.
    case(
        "X1637-013",
        caption("a woman in an orange skirt and white top"),
        wearing("an orange skirt", who=W),
        color_of("skirt", "orange", kind="open"),
        color_of("top", "orange", "other_garment_color", kind="open"),
        is_a("skirt", "yes"),
        BLIND_QUESTIONS.pattern("floral"),
        gender="Women",
        title="Global Desi Women Rust Floral Printed Tiered Flared Maxi Skirt",
        category=SK,
        color="Rust",
    ),
    # Model on white: yellow lehenga with mirror work, green blouse, yellow dupatta. Base BLIP-2; the blouse got the
    # lehenga's yellow.
    case(
        "X1637-014",
        caption("a woman in a yellow lehenga"),
        wearing("a yellow and green lehenga", who=W),
        color_of("lehenga", "yellow", kind="open"),
        color_of("blouse", "yellow", "other_garment_color", kind="open"),
        color_of("dupatta", "yellow", kind="open"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="SCAKHI Yellow & Green Mirror Work Lehenga Choli With Dupatta",
        category=LC,
        color="Yellow",
    ),
    # Model on white: pink floral kurta, pink sharara, pink dupatta. Run with "the person". Base BLIP-2; all right.
    case(
        "X1637-015",
        caption("a woman in a pink outfit posing"),
        wearing("she is wearing a pink salwar suit"),
        color_of("kurta", "pink", kind="open"),
        color_of("sharara", "pink", kind="open"),
        color_of("dupatta", "pink", kind="open"),
        gender="Women",
        title="Varanga Women Pink Floral Printed Kurta With Sharara & Dupatta",
        category=KS,
        color="Pink",
    ),
    # Model on grey: black lehenga with multicolour thread work, black blouse, red dupatta draped saree-style over the
    # shoulder. Base BLIP-2; "a saree" for the lehenga, and the dupatta got the lehenga's black.
    case(
        "X1637-016",
        caption("a woman in a black and red lehenga"),
        wearing("a saree", "contradiction", who=W),
        color_of("lehenga", "black", kind="open"),
        color_of("blouse", "black", kind="open"),
        color_of("dupatta", "black", "other_garment_color", kind="open"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Ethnovog Black & Red Embroidered Made To Measure Lehenga & Blouse With Dupatta",
        category=LC,
        color="Black",
    ),
    # Model on white: white cotton A-line skirt densely block-printed in blue buttis, plain blue top tucked in. Base
    # BLIP-2; all right.
    case(
        "X1637-017",
        caption("a woman wearing a blue and white skirt"),
        wearing("a blue top and a blue and white skirt", who=W),
        color_of("skirt", "blue and white", kind="open"),
        color_of("top", "blue", kind="open"),
        material("cotton"),
        BLIND_QUESTIONS.pattern("floral"),
        gender="Women",
        title="Fabindia Women White & Blue Block Printed Cotton A-Line Skirt",
        category=SK,
        color="White",
    ),
    # Model on beige: mustard kurta with gotta patti, mustard sharara, green dupatta. Base BLIP-2; the sharara got the
    # dupatta's green.
    case(
        "X1637-018",
        caption("a woman in a yellow and green outfit"),
        wearing("a yellow kurta with green dupatta", who=W),
        color_of("kurta", "yellow", kind="open"),
        color_of("sharara", "green", "other_garment_color", kind="open"),
        color_of("dupatta", "green", kind="open"),
        is_a("sharara", "yes"),
        gender="Women",
        title="Jaipur Kurti Women Mustard Yellow Gotta Patti Kurta with Sharara & Dupatta",
        category=KS,
        color="Mustard",
    ),
    # Model on white: sea green lehenga with pink floral embroidery, sea green blouse, pink dupatta. Base BLIP-2; the
    # blouse got the dupatta's pink.
    case(
        "X1637-019",
        caption("a woman in a green and pink lehenga"),
        wearing("a lehenga", who=W),
        color_of("lehenga", "green", kind="open"),
        color_of("blouse", "pink", "other_garment_color", kind="open"),
        color_of("dupatta", "pink", kind="open"),
        gender="Women",
        title="Mitera Sea Green & Pink Embroidered Lehenga Choli With Dupatta",
        category=LC,
        color="Sea Green",
    ),
    # Flat lay on grey: red brocade flared skirt with gold woven paisley buttis, spread in a half circle. No person,
    # no top. Base BLIP-2; it gave a color to a top that is not there and called the skirt a dress.
    case(
        "X1637-020",
        caption("a red and gold skirt on a gray background"),
        wearing("a red skirt", who=W),
        color_of("skirt", "red", kind="open"),
        color_of("top", "red", "unsupported", kind="open"),
        BLIND_QUESTIONS.garment_type("dress", "contradiction"),
        BLIND_QUESTIONS.pattern("paisley"),
        gender="Women",
        title="Ishin Women Red & Gold-Toned Woven Design Brocade Flared Skirt",
        category=SK,
        color="Red",
    ),
    # Model on white: navy kurta with white print, navy sharara, white dupatta. Base BLIP-2; the sharara and the
    # dupatta swapped colors.
    case(
        "X1637-021",
        caption("a woman in a blue and white dress"),
        wearing("the woman is wearing a blue and white salwar kameez", who=W),
        color_of("kurta", "blue", kind="open"),
        color_of("sharara", "white", "other_garment_color", kind="open"),
        color_of("dupatta", "blue", "other_garment_color", kind="open"),
        is_a("sharara", "yes"),
        gender="Women",
        title="AKS Women Navy Blue & White Printed Kurta with Sharara & Dupatta",
        category=KS,
        color="Navy Blue",
    ),
    # Model on white: lehenga printed in pink, orange and green panels, orange blouse, pink dupatta. Base BLIP-2; the
    # dupatta got the blouse's orange.
    case(
        "X1637-022",
        caption("a woman in a colorful lehenga"),
        wearing("a colorful skirt and a orange top", who=W),
        color_of("lehenga", "multi colored", kind="open"),
        color_of("blouse", "orange", kind="open"),
        color_of("dupatta", "orange", "other_garment_color", kind="open"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Kalini Multicoloured Printed Lehenga & Blouse With Dupatta",
        category=LC,
        color="Multi",
    ),
    # Photo cropped at the waist: green flared skirt with a gotta patti border, bare feet in gold sandals; no top in
    # frame. Base BLIP-2; the top answer is for a piece the photo does not show.
    case(
        "X1637-023",
        caption("a person wearing a green skirt and sandals"),
        wearing("a green skirt", who=W),
        color_of("skirt", "green", kind="open"),
        color_of("top", "green", "unsupported", kind="open"),
        is_a("skirt", "yes"),
        gender="Women",
        title="Anouk Women Green Solid Flared Ethnic Skirt With Gotta Patti Border",
        category=SK,
        color="Green",
    ),
    # Model on white: cream tissue lehenga with gold embellishment, cream blouse, gold tissue dupatta; the feed's base
    # colour says Gold. Base BLIP-2; judged by the photo, the blouse is cream, not gold.
    case(
        "X1637-024",
        caption("a woman in a gold lehenga"),
        wearing("a white and gold lehenga", who=W),
        color_of("lehenga", "white", kind="open"),
        color_of("blouse", "gold", "other_garment_color", kind="open"),
        color_of("dupatta", "gold", kind="open"),
        gender="Women",
        title="Panash Cream-Coloured & Gold-Toned Embellished Tissue Lehenga Choli With Dupatta",
        category=LC,
        color="Gold",
    ),
    # Model on white: lime green short embroidered kurti, lime green sharara, no dupatta. Base BLIP-2; the dupatta
    # answer is the backdrop.
    case(
        "X1637-025",
        caption("a woman in a green top and green pants"),
        wearing("a green top and green pants", who=W),
        color_of("kurta", "green", kind="open"),
        color_of("sharara", "green", kind="open"),
        color_of("dupatta", "white", "unsupported", kind="open"),
        gender="Women",
        title="Ishin Women Lime Green Embroidered Short Kurti with Sharara",
        category=KS,
        color="Lime Green",
    ),
    # Model on cream: burgundy velvet lehenga, burgundy blouse, burgundy net dupatta with a gold border. Base BLIP-2;
    # the dupatta answer ran on into the next question to the limit.
    case(
        "X1637-026",
        caption("a woman in a maroon lehenga"),
        wearing("a maroon lehenga", who=W),
        color_of("lehenga", "maroon", kind="open"),
        color_of("blouse", "maroon", kind="open"),
        color_of(
            "dupatta",
            "maroon Question: What is the color of the blouse? Answer: maroon Question: What is the color of the"
            " lehenga? Answer:",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        material("velvet"),
        gender="Women",
        title="Mitera Burgundy Embroidered Velvet Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category=LC,
        color="Burgundy",
    ),
    # Model on white: indigo cotton wrap skirt with a small white print, white shirt tucked in. Base BLIP-2; "solid"
    # misses the print.
    case(
        "X1637-027",
        caption("a woman wearing a white shirt and a blue skirt"),
        wearing("a white shirt and blue skirt", who=W),
        color_of("skirt", "blue", kind="open"),
        color_of("top", "white", kind="open"),
        is_a("skirt", "yes"),
        material("cotton"),
        BLIND_QUESTIONS.pattern("solid", "contradiction"),
        gender="Women",
        title="Fabindia Women Indigo Printed Cotton Wrap Skirt",
        category=SK,
        color="Blue",
    ),
    # Model on grey: black kurta with gold foil print, black sharara, black dupatta with gold foil draped across the
    # body. Base BLIP-2; "a saree" for the sharara set.
    case(
        "X1637-028",
        caption("a woman in a black and gold outfit"),
        wearing("a black and gold saree", "contradiction", who=W),
        color_of("kurta", "black", kind="open"),
        color_of("sharara", "black", kind="open"),
        color_of("dupatta", "black and gold", kind="open"),
        is_a("sharara", "yes"),
        gender="Women",
        title="Sangria Women Black & Gold-Toned Foil Printed Kurta with Sharara & Dupatta",
        category=KS,
        color="Black",
    ),
    # Model on white: peach sequinned lehenga, peach blouse, peach dupatta. Base BLIP-2; the caption looped to the
    # limit.
    case(
        "X1637-029",
        caption(
            "a woman in a peach lehenga with a peach dupatta and a peach blouse and a peach dupatta and a peach blouse"
            " and a peach dupatta and a peach blouse and a peach dupatta and a peach blouse and a",
            "loop",
            hit_limit=True,
        ),
        wearing("a peach lehenga", who=W),
        color_of("lehenga", "peach", kind="open"),
        color_of("blouse", "peach", kind="open"),
        color_of("dupatta", "peach", kind="open"),
        gender="Women",
        title="Kalini Peach-Coloured Sequinned Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category=LC,
        color="Peach",
    ),
    # Model on white: pink satin flared skirt with an embroidered hem, pink blouse. Base BLIP-2; all right.
    case(
        "X1637-030",
        caption("a woman in a pink skirt"),
        wearing("a pink skirt and a pink top", who=W),
        color_of("skirt", "pink", kind="open"),
        color_of("top", "pink", kind="open"),
        material("satin"),
        BLIND_QUESTIONS.pattern("solid"),
        is_a("skirt", "yes"),
        gender="Women",
        title="Soch Women Pink Embroidered Satin Flared Ethnic Skirt",
        category=SK,
        color="Pink",
    ),
    # Model on white: blue lehenga with white thread work, white blouse, blue dupatta. Base BLIP-2; the lehenga answer
    # skipped the newline and wrote the next two questions itself.
    case(
        "X1637-031",
        caption("a woman in a blue lehenga"),
        wearing("a blue lehenga", who=W),
        color_of(
            "lehenga",
            "blue Question: What is the color of the blouse? Answer: white Question: What is the color of the dupatta?"
            " Answer: blue Question:",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        color_of("blouse", "white", kind="open"),
        color_of("dupatta", "blue", kind="open"),
        gender="Women",
        title="Varanga Blue & White Thread Work Lehenga Choli With Dupatta",
        category=LC,
        color="Blue",
    ),
    # Model on beige: olive green kurta, olive sharara, light pink dupatta. Base BLIP-2; the dupatta got the kurta's
    # green, and it denied the sharara.
    case(
        "X1637-032",
        caption("a woman in a green kurta with a pink dupatta"),
        wearing("a kurta", who=W),
        color_of("kurta", "green", kind="open"),
        color_of("sharara", "green", kind="open"),
        color_of("dupatta", "green", "other_garment_color", kind="open"),
        is_a("sharara", "no", "contradiction"),
        gender="Women",
        title="Indo Era Women Olive Green Embroidered Kurta with Sharara & Dupatta",
        category=KS,
        color="Olive",
    ),
    # Model on white: orange bandhani lehenga, pink blouse, pink dupatta. Base BLIP-2; the blouse and the dupatta
    # both got the lehenga's orange.
    case(
        "X1637-033",
        caption("a woman in an orange and pink lehenga"),
        wearing("an orange lehenga", who=W),
        color_of("lehenga", "orange", kind="open"),
        color_of("blouse", "orange", "other_garment_color", kind="open"),
        color_of("dupatta", "orange", "other_garment_color", kind="open"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Inddus Orange & Pink Bandhani Printed Lehenga Choli With Dupatta",
        category=LC,
        color="Orange",
    ),
    # Model on white: off-white chikankari A-line skirt, mustard top. Base BLIP-2; the top got the skirt's white.
    case(
        "X1637-034",
        caption("a woman in a white skirt and yellow top"),
        wearing("a white skirt", who=W),
        color_of("skirt", "white", kind="open"),
        color_of("top", "white", "other_garment_color", kind="open"),
        is_a("skirt", "yes"),
        BLIND_QUESTIONS.pattern("embroidered"),
        gender="Women",
        title="House of Pataudi Women Off White Chikankari Embroidered A-Line Skirt",
        category=SK,
        color="Off White",
    ),
    # Model with her hair in a bun on white: red kurta with a gold yoke, red sharara, red dupatta. Run with "the
    # person". Base BLIP-2; "he" for the woman.
    case(
        "X1637-035",
        caption("a woman in a red outfit"),
        wearing("he is wearing a red kurta", "pronoun"),
        color_of("kurta", "red", kind="open"),
        color_of("sharara", "red", kind="open"),
        color_of("dupatta", "red", kind="open"),
        gender="Women",
        title="Libas Women Red Yoke Design Kurta with Sharara & Dupatta",
        category=KS,
        color="Red",
    ),
    # Model on grey: rose pink lehenga, silver metallic blouse, pink dupatta. Base BLIP-2; the blouse got the
    # lehenga's pink although the wearing answer had it silver.
    case(
        "X1637-036",
        caption("a woman in a pink lehenga"),
        wearing("a pink lehenga with a silver blouse", who=W),
        color_of("lehenga", "pink", kind="open"),
        color_of("blouse", "pink", "other_garment_color", kind="open"),
        color_of("dupatta", "pink", kind="open"),
        gender="Women",
        title="Panash Pink & Silver-Toned Embellished Lehenga & Blouse With Dupatta",
        category=LC,
        color="Pink",
    ),
    # Model on white: teal floral printed flared maxi skirt, white kurti top. Base BLIP-2; the skirt's color answer
    # is the piece's own name.
    case(
        "X1637-037",
        caption("a woman in a blue skirt and white top"),
        wearing("a blue skirt", who=W),
        color_of("skirt", "skirt", "non_answer", kind="open"),
        color_of("top", "white", kind="open"),
        is_a("skirt", "yes"),
        BLIND_QUESTIONS.pattern("floral"),
        gender="Women",
        title="Biba Women Teal Floral Printed Flared Maxi Skirt",
        category=SK,
        color="Teal",
    ),
    # Model on white: sky blue kurta with white flowers, blue sharara, white dupatta. Base BLIP-2; the sharara answer
    # is the piece's own name. Gender column missing in the feed.
    case(
        "X1637-038",
        caption("a woman in a blue kurta and white dupatta"),
        wearing("a kurta and sharara", who=W),
        color_of("kurta", "blue", kind="open"),
        color_of("sharara", "sharara", "non_answer", kind="open"),
        color_of("dupatta", "white", kind="open"),
        title="Jaipur Kurti Women Blue Floral Printed Kurta with Sharara & Dupatta",
        category=KS,
        color="Blue",
    ),
    # Studio shot on a plain grey backdrop: magenta lehenga, magenta blouse, mustard dupatta. Base BLIP-2; the caption
    # invents a wedding.
    case(
        "X1637-039",
        caption("a woman in a pink lehenga at a wedding", "unsupported"),
        wearing("a pink lehenga", who=W),
        color_of("lehenga", "pink", kind="open"),
        color_of("blouse", "pink", kind="open"),
        color_of("dupatta", "yellow", kind="open"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="SCAKHI Magenta & Mustard Embroidered Lehenga Choli With Dupatta",
        category=LC,
        color="Magenta",
    ),
    # Model on white: black flared skirt with multicolour floral embroidery, black top, red scarf from the shoot's
    # wardrobe round her neck. Base BLIP-2; the skirt got the scarf's red.
    case(
        "X1637-040",
        caption("a woman in a black skirt and black top with a red scarf"),
        wearing("a black skirt and a red scarf", who=W),
        color_of("skirt", "red", "other_garment_color", kind="open"),
        color_of("top", "black", kind="open"),
        is_a("skirt", "yes"),
        BLIND_QUESTIONS.pattern("floral"),
        gender="Women",
        title="Anouk Women Black Embroidered Flared Ethnic Skirt",
        category=SK,
        color="Black",
    ),
    # Model on white: cream kurta with pink print, pink sharara, cream dupatta. Base BLIP-2; the sharara got the
    # kurta's white.
    case(
        "X1637-041",
        caption("a woman in a white and pink outfit"),
        wearing("a white kurta and pink pants", who=W),
        color_of("kurta", "white", kind="open"),
        color_of("sharara", "white", "other_garment_color", kind="open"),
        color_of("dupatta", "white", kind="open"),
        is_a("sharara", "yes"),
        gender="Women",
        title="Varanga Women Cream-Coloured & Pink Printed Kurta with Sharara & Dupatta",
        category=KS,
        color="Cream",
    ),
    # Model on white: beige net lehenga with gold embroidery, beige blouse, beige dupatta with a gold border. Base
    # BLIP-2; silk is not in the title (the lehenga is net), and the blouse answer is a tautology.
    case(
        "X1637-042",
        caption("a woman in a beige lehenga"),
        wearing("a beige lehenga", who=W),
        color_of("lehenga", "beige", kind="open"),
        color_of("blouse", "the color of the blouse is the color of the blouse", "restated", kind="open"),
        color_of("dupatta", "beige", kind="open"),
        material("silk", "unsupported"),
        gender="Women",
        title="Mitera Beige & Gold-Toned Embroidered Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category=LC,
        color="Beige",
    ),
    # Model on white: green tiered skirt with an orange print, orange top. Base BLIP-2; the skirt got the top's orange.
    # The feed's row lacks base colour and gender.
    case(
        "X1637-043",
        caption("a woman in a green skirt"),
        wearing("a green skirt and orange top", who=W),
        color_of("skirt", "orange", "other_garment_color", kind="open"),
        color_of("top", "orange", kind="open"),
        is_a("skirt", "yes"),
        title="Global Desi Women Green & Orange Printed Tiered Flared Skirt",
        category=SK,
    ),
    # Model seated on a wooden stool against white, warm light: lavender kurta, lavender sharara, lavender dupatta.
    # Base BLIP-2; "pink" for the lavender kurta, and the dupatta answer came back empty (first token a newline).
    case(
        "X1637-044",
        caption("a woman sitting on a stool in a purple outfit"),
        wearing("a purple kurta", who=W),
        color_of("kurta", "pink", "contradiction", kind="open"),
        color_of("sharara", "purple", kind="open"),
        color_of("dupatta", "", "non_answer", kind="open"),
        is_a("sharara", "yes"),
        gender="Women",
        title="Ishin Women Lavender Embroidered Kurta with Sharara & With Dupatta",
        category=KS,
        color="Lavender",
    ),
    # Model on white, hands on hips, smiling: red bandhani lehenga, green blouse, red dupatta with a green border. Base
    # BLIP-2; the caption ran on to the limit and stopped mid-sentence; the blouse got the lehenga's red.
    case(
        "X1637-045",
        caption(
            "a woman in a red lehenga with a green blouse and a red dupatta with a green border, standing in front of a"
            " white wall with her hands on her hips and looking at the camera with a smile on her face, she is",
            "cut",
            hit_limit=True,
        ),
        wearing("a red lehenga", who=W),
        color_of("lehenga", "red", kind="open"),
        color_of("blouse", "red", "other_garment_color", kind="open"),
        color_of("dupatta", "red", kind="open"),
        gender="Women",
        title="Kalini Red & Green Bandhani Printed Lehenga & Blouse With Dupatta",
        category=LC,
        color="Red",
    ),
]
