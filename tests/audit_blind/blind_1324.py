"""BLIND_1324 (45 products; Myntra women's kurtas and kurta sets by VQA): written blind in the sixty-third session.
Measured blind at d294d42 (the session's third rules): 59/76 failures found (77.6%) and 8/179 correct texts flagged
(4.5%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's kurtas, kurtis and kurta sets (kurta with palazzos, trousers, churidar or sharara,
often with a dupatta). Columns as the feed has them: title, category (Myntra's article type: Kurta Sets, Kurtas,
Kurtis), color (the base colour, which for a set is the kurta's) and gender; a few rows lack gender or color. Photos
are the usual catalog shots: a model on a plain backdrop, sometimes styled with pieces that are not sold (white
palazzos, jeans, a bag, earrings), two flat lays, one back view, one potted-plant prop.
Who wrote what: every text is the VQA adapter's (leoreigoto/Data3_V3_BLIP2_VQA on blip2-opt-2.7b), greedy, 30 new
tokens, with the original experiments' questionnaire adapted to the product: "What is she wearing?", the color of each
piece asked separately (kurta, palazzos/trousers/pants/sharara/jeans, dupatta), "Describe the kurta.", "What are the
kurta details?", and now and then the VQA data's "Is this a kurta?", the material, pattern or sleeve question. The
adapter does not caption, so there are no captions. Short answers come back clean (a color, a garment); the open
"describe"/"details" questions, which the adapter never saw in training, run on into loops or are cut at 30 tokens,
and a few echo the "Question: ... Answer:" training format. About three texts in ten are wrong: the short color
and garment answers are mostly right, the open ones mostly not. The adapter's garment vocabulary is In-shop's, so a
kurta is often a "dress" or a "blouse"; colors of the bottoms and the dupatta often copy the kurta's.
Labeling conventions and judgement calls: near hues count as right (maroon/red, navy/blue, teal/green, peach/pink or
orange, coral/pink, mustard/yellow, cream/white, lavender/purple, magenta/pink). A knee-length kurta or an anarkali
called "dress", "gown", "blouse" or "sweater" is a contradiction of the article type; for a hip-length kurti "top",
"blouse" or "shirt" is accepted. "salwar kameez" or "kurta set" for a kurta set is right. A piece given another
piece's color (palazzos said to be the kurta's color, a cream kurta said to be the green of its trousers) is
other_garment_color; a wrong color that is no other piece's (a peach net dupatta called white) is contradiction. A
material that contradicts the title's is contradiction; a material or detail neither the title nor the photo shows
(silk, a pocket, white lace, a leaf print that is the plant behind the model) is unsupported; the bag given as a kurta
detail is contradiction (an accessory answered as the garment). An answer about styling pieces that are not sold
(white palazzos with a kurta sold alone) is judged by the photo and is right when the photo agrees. A run-on that
starts repeating itself is loop; one that is still new words when the 30 tokens end is cut; both hit_limit. "yes" to
an open question, an empty answer and "the kurta" for its description are non_answer; "the details of the kurta are
the details of the kurta" is restated. "he" for the women's products is pronoun. Answers to "What is she wearing?"
on a flat lay that name the garment are accepted.
"""

from tests.audit_corpus import BLIND_QUESTIONS, case, color_of, describe, details, is_a, wearing


def she(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="she", hit_limit=hit_limit)


def col(garment, text, failure=None, hit_limit=False):
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


W = "Women"

BLIND_1324 = [
    # photo: model on grey backdrop; green kurta with small white flowers, round neck, three-quarter sleeves; plain
    # green palazzos; white dupatta with a green border over one shoulder. All texts: VQA adapter.
    case(
        "X1324-001",
        she("kurta and palazzo pants"),
        col("kurta", "green"),
        col("palazzos", "green"),
        col("dupatta", "green", "other_garment_color"),
        describe("kurta", "the kurta is green with a floral print and a round neck"),
        details(
            "kurta",
            "floral print, round neck, three quarter sleeves, floral print, round neck, three quarter sleeves, floral",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Women Green Floral Printed Kurta with Palazzos & With Dupatta",
        category="Kurta Sets",
        color="Green",
    ),
    # photo: model, hands in the kurta's side pockets; navy straight kurta with a gold zari yoke, plain sleeves; navy
    # trousers; no dupatta. All texts: VQA adapter.
    case(
        "X1324-002",
        she("dress", "contradiction"),
        col("kurta", "blue"),
        col("trousers", "blue"),
        describe("kurta", "the kurta is a navy blue kurta with gold embroidery on the neckline"),
        details("kurta", "gold embroidery on the yoke and the sleeves", "unsupported"),
        is_a("kurta", "yes"),
        gender=W,
        title="Women Navy Blue Yoke Design Kurta with Trousers",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # photo: model; mustard straight kurta with small red and blue motifs, mandarin collar with a three-button
    # placket; styled with white palazzos and white juttis (only the kurta is sold). All texts: VQA adapter.
    case(
        "X1324-003",
        she("a yellow kurta and white pants"),
        col("kurta", "yellow"),
        col("palazzos", "white"),
        describe(
            "kurta",
            "a yellow kurta with red and blue print, a mandarin collar, three quarter sleeves and a straight hem, worn "
            "with white palazzo pants and white",
            "cut",
            hit_limit=True,
        ),
        details("kurta", "the kurta has a mandarin collar and a button placket"),
        gender=W,
        title="Women Mustard Yellow Ethnic Motifs Printed Straight Kurta",
        category="Kurtas",
        color="Mustard",
    ),
    # photo: model; maroon flared anarkali to mid-calf with gold embroidery at the yoke and cuffs; maroon churidar;
    # gold-beige net dupatta draped over both arms. All texts: VQA adapter.
    case(
        "X1324-004",
        she("a red dress", "contradiction"),
        col("kurta", "red"),
        col("pants", "red"),
        col("dupatta", "red", "other_garment_color"),
        is_a("kurta", "no", "contradiction"),
        details(
            "kurta",
            "the sleeves are embroidered with gold thread and the neckline is embroidered with gold thread and the "
            "sleeves are embroidered with gold",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Women Maroon Embroidered Anarkali Kurta with Churidar & With Dupatta",
        category="Kurta Sets",
        color="Maroon",
    ),
    # photo: model on white backdrop; pink and white vertical-striped kurta; solid pink palazzos. All texts: VQA
    # adapter.
    case(
        "X1324-005",
        she("a pink and white striped kurta and pink pants"),
        col("kurta", "pink and white"),
        col("palazzos", "pink and white", "other_garment_color"),
        describe("kurta", "a striped kurta"),
        BLIND_QUESTIONS.material("cotton"),
        details("kurta", "stripes"),
        gender=W,
        title="Women Pink & White Striped Pure Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Pink",
    ),
    # photo: model; teal solid kurta, round neck; teal palazzos; multicoloured printed dupatta (orange, pink, teal)
    # around the neck. All texts: VQA adapter.
    case(
        "X1324-006",
        she("a blue kurta and palazzo pants with a printed dupatta"),
        col("kurta", "teal"),
        col("palazzos", "teal"),
        col("dupatta", "multicolor"),
        details("kurta", "solid Question: What are the palazzos details? Answer: solid", "leak"),
        describe(
            "kurta",
            "the kurta is a solid color kurta with a round neck and a round neck and a round neck and a round neck "
            "and a round",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Women Teal Blue Solid Kurta with Palazzos & Printed Dupatta",
        category="Kurta Sets",
        color="Teal",
    ),
    # photo: model; knee-length off-white kurta with a black geometric print; black trousers. All texts: VQA adapter.
    case(
        "X1324-007",
        she("blouse and pants", "contradiction"),
        col("kurta", "white"),
        col("trousers", "white", "other_garment_color"),
        describe("kurta", "white with black print"),
        details("kurta", "black print Question: What are the trousers details? Answer: black", "leak"),
        gender=W,
        title="Women Off-White & Black Geometric Printed Kurta with Trousers",
        category="Kurta Sets",
        color="Off White",
    ),
    # photo: model; hip-length lime green kurti with white thread embroidery at the neckline; blue jeans and white
    # sneakers. All texts: VQA adapter.
    case(
        "X1324-008",
        she("a green top and jeans"),
        col("kurta", "green"),
        col("pants", "blue"),
        details("kurta", "white embroidery on the neckline"),
        is_a("kurta", "yes"),
        describe(
            "kurta",
            "a green kurti with white embroidery on the neckline and a pair of blue jeans and white sneakers. the "
            "kurti is a",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        title="Women Lime Green Embroidered Kurti",
        category="Kurtis",
        color="Lime Green",
    ),
    # photo: model; peach A-line kurta with a multicolour floral print and V neck, flared hem; peach palazzos with a
    # floral border at the hem; peach chiffon dupatta. All texts: VQA adapter.
    case(
        "X1324-009",
        she("salwar kameez"),
        col("kurta", "pink"),
        col("palazzos", "pink"),
        col("dupatta", "pink"),
        describe("kurta", "floral"),
        details("kurta", "floral print, v neck, flared hem"),
        is_a("kurta", "yes"),
        gender=W,
        title="Women Peach-Coloured Floral Printed A-Line Kurta with Palazzos & With Dupatta",
        category="Kurta Sets",
        color="Peach",
    ),
    # photo: model; black straight rayon kurta; styled with white churidar (only the kurta is sold). All texts: VQA
    # adapter.
    case(
        "X1324-010",
        she("he is wearing a black kurta and white pants", "pronoun"),
        col("kurta", "black"),
        col("pants", "black", "other_garment_color"),
        BLIND_QUESTIONS.material("cotton", "contradiction"),
        describe("kurta", "a black kurta"),
        gender=W,
        title="Women Black Solid Rayon Straight Kurta",
        category="Kurtas",
        color="Black",
    ),
    # photo: model; royal blue kurta with white bandhani dots; blue sharara with wide flares (reads as a skirt);
    # white dupatta with blue bandhani. All texts: VQA adapter.
    case(
        "X1324-011",
        she("a blue and white kurta and a blue skirt", "contradiction"),
        col("kurta", "blue"),
        col("dupatta", "white"),
        describe("kurta", "blue and white polka dots"),
        details(
            "kurta",
            "polka dot polka dot polka dot polka dot polka dot polka dot polka dot polka dot polka dot polka dot",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Women Blue & White Bandhani Printed Kurta with Sharara & With Dupatta",
        category="Kurta Sets",
        color="Blue",
    ),
    # photo: model; grey melange (knit-looking) straight kurta with side slits; grey trousers; white sneakers. Feed
    # row has no gender. All texts: VQA adapter.
    case(
        "X1324-012",
        she("sweater and pants", "contradiction"),
        col("kurta", "grey"),
        col("trousers", "grey"),
        is_a("kurta", "yes"),
        describe("kurta", "a grey kurta with side slits"),
        details("kurta", "yes", "non_answer"),
        title="Women Grey Melange Solid Kurta with Trousers",
        category="Kurta Sets",
        color="Grey",
    ),
    # photo: model; magenta kurta with gold embroidery at the yoke, sleeve hems and hem; cream-gold palazzos; magenta
    # dupatta with a gota border. All texts: VQA adapter.
    case(
        "X1324-013",
        she("a pink kurta, white pants and a pink dupatta"),
        col("kurta", "pink"),
        col("palazzos", "pink", "other_garment_color"),
        col("dupatta", "pink"),
        details(
            "kurta",
            "the kurta has gold embroidery on the yoke, the sleeves and the hem, the dupatta has gold embroidery on "
            "the border and the palazzos have",
            "cut",
            hit_limit=True,
        ),
        describe(
            "kurta",
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Women Magenta Embroidered Straight Kurta with Palazzos & With Dupatta",
        category="Kurta Sets",
        color="Magenta",
    ),
    # photo: flat lay on white; rust kurta with black block print, round neck, three-quarter sleeves, no pockets.
    # All texts: VQA adapter.
    case(
        "X1324-014",
        she("a kurta"),
        col("kurta", "orange"),
        describe("kurta", "an orange kurta with a black print"),
        details("kurta", "three quarter sleeves, a round neck and two pockets", "unsupported"),
        is_a("kurta", "yes"),
        gender=W,
        title="Women Rust Orange Block Printed Kurta",
        category="Kurtas",
        color="Rust",
    ),
    # photo: model; olive kurta with gold foil print; olive trousers; cream dupatta with gold foil. All texts: VQA
    # adapter.
    case(
        "X1324-015",
        she(
            "she is wearing a green kurta with green pants and a white dupatta and she is wearing a green kurta with "
            "green pants and a white",
            "loop",
            hit_limit=True,
        ),
        col("kurta", "green"),
        col("trousers", "green"),
        col("dupatta", "white"),
        describe("kurta", "the kurta", "non_answer"),
        gender=W,
        title="Women Olive Green Foil Printed Kurta with Trousers & With Dupatta",
        category="Kurta Sets",
        color="Olive",
    ),
    # photo: model; lavender kurta with white chikankari embroidery all over; styled with white palazzos. All texts:
    # VQA adapter.
    case(
        "X1324-016",
        she("a purple kurta and white pants"),
        col("kurta", "purple"),
        col("palazzos", "white"),
        describe("kurta", "a purple kurta with white embroidery"),
        details("kurta", "white embroidery"),
        BLIND_QUESTIONS.material("cotton"),
        BLIND_QUESTIONS.pattern("embroidered"),
        gender=W,
        title="Women Lavender Chikankari Embroidered Pure Cotton Kurta",
        category="Kurtas",
        color="Lavender",
    ),
    # photo: model; yellow kurta with a green leaf print, V neck; solid green palazzos. All texts: VQA adapter.
    case(
        "X1324-017",
        she("a yellow kurta and green pants"),
        col("kurta", "yellow"),
        col("palazzos", "yellow", "other_garment_color"),
        describe("kurta", "a yellow kurta with green flowers"),
        details("kurta", "green leaves print and a v neck"),
        gender=W,
        title="Women Yellow & Green Floral Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Yellow",
    ),
    # photo: model; knee-length red kurta with white ethnic motifs; white palazzos with a small red print; red
    # dupatta over one shoulder. All texts: VQA adapter.
    case(
        "X1324-018",
        she("dress", "contradiction"),
        col("kurta", "red"),
        col("palazzos", "white"),
        col("dupatta", "red"),
        is_a("kurta", "no", "contradiction"),
        details(
            "kurta",
            "Question: What are the palazzos details? Answer: white with red print Question: What are the dupatta "
            "details? Answer",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        title="Women Red Ethnic Motifs Printed Kurta with Palazzos & With Dupatta",
        category="Kurta Sets",
        color="Red",
    ),
    # photo: back view; sea green kurta with a tie-up at the back of the neck; white trousers. All texts: VQA
    # adapter.
    case(
        "X1324-019",
        she("a green kurta"),
        col("kurta", "green"),
        col(
            "trousers",
            "white-white-white-white-white-white-white-white-white-white-white-white-white-white-white",
            "loop",
            hit_limit=True,
        ),
        describe("kurta", "the back of the kurta has a tie up"),
        details(
            "kurta",
            "a tie-up neck, a tie-up neck, a tie-up neck, a tie-up neck, a tie-up neck, a tie",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Women Sea Green Solid Kurta with Tie-Up Neck",
        category="Kurtas",
        color="Sea Green",
    ),
    # photo: model; beige kurta with a sparse brown block print (beige dominates); solid brown trousers. All texts:
    # VQA adapter.
    case(
        "X1324-020",
        she("a beige kurta and brown pants"),
        col("kurta", "brown", "other_garment_color"),
        col("trousers", "brown"),
        describe("kurta", "the kurta is beige with brown print and brown pants"),
        details(
            "kurta",
            "the kurta has a brown print and brown pants and a brown print and brown pants and a brown print and",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Women Beige & Brown Printed Kurta with Trousers",
        category="Kurta Sets",
        color="Beige",
    ),
    # photo: model holding the dupatta open; navy kurta with gold foil print; navy palazzos; navy dupatta with gold
    # print. All texts: VQA adapter.
    case(
        "X1324-021",
        she("a blue kurta set"),
        col("kurta", "blue"),
        col("palazzos", "blue"),
        col("dupatta", "blue"),
        describe(
            "kurta",
            "the kurta is navy blue with gold print, the palazzos are navy blue and the dupatta is navy blue with gold "
            "print. the kurta is",
            "cut",
            hit_limit=True,
        ),
        details("kurta", "yes", "non_answer"),
        gender=W,
        title="Women Navy Blue & Gold-Toned Foil Printed Kurta with Palazzos & With Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # photo: model on beige backdrop beside a potted palm; white kurta with white chikankari; white palazzos. All
    # texts: VQA adapter.
    case(
        "X1324-022",
        she("a white kurta and white pants"),
        col("kurta", "white"),
        col("palazzos", "white"),
        describe("kurta", "a white kurta with white embroidery"),
        details("kurta", "the kurta has a green leaf print", "unsupported"),
        is_a("kurta", "no", "contradiction"),
        BLIND_QUESTIONS.material("cotton"),
        gender=W,
        title="Women White Chikankari Embroidered Pure Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="White",
    ),
    # photo: model; hip-length coral kurti with a small white print; blue jeans. All texts: VQA adapter.
    case(
        "X1324-023",
        she("a pink top and blue jeans"),
        col("kurta", "pink"),
        col("jeans", "blue"),
        describe("kurta", "a pink blouse with white print"),
        details("kurta", "white print"),
        gender=W,
        title="Women Coral Printed Kurti",
        category="Kurtis",
        color="Coral",
    ),
    # photo: model; purple kurta with silver mirror work at the yoke; purple trousers; purple organza dupatta. Title
    # gives no fabric; the kurta looks like matte cotton. All texts: VQA adapter.
    case(
        "X1324-024",
        she("a purple kurta with a purple dupatta and purple pants"),
        col("kurta", "purple"),
        col("trousers", "purple"),
        col("dupatta", "purple"),
        details("kurta", "mirror work"),
        is_a("kurta", "yes"),
        describe("kurta", "the kurta is made of silk", "unsupported"),
        gender=W,
        title="Women Purple Mirror Work Embroidered Kurta with Trousers & With Dupatta",
        category="Kurta Sets",
        color="Purple",
    ),
    # photo: model with a brown sling bag; green and white ikat kurta; styled with white trousers. All texts: VQA
    # adapter.
    case(
        "X1324-025",
        she("a green kurta, white pants and a bag"),
        col(
            "kurta",
            "green-green-green-green-green-green-green-green-green-green-green-green-green-green-green",
            "loop",
            hit_limit=True,
        ),
        col("trousers", "white"),
        describe("kurta", "green and white"),
        details("kurta", "a brown bag", "contradiction"),
        gender=W,
        title="Women Green Ikat Printed Straight Kurta",
        category="Kurtas",
        color="Green",
    ),
    # photo: model; pastel pink short kurta with gold gota lace at neckline, sleeves and hem; pink sharara; pink
    # dupatta with gota border. All texts: VQA adapter.
    case(
        "X1324-026",
        she("a pink kurta and sharara with a dupatta"),
        col("kurta", "pink"),
        col("sharara", "pink"),
        col("dupatta", "pink"),
        describe("kurta", "a pink kurta with gold lace"),
        details(
            "kurta",
            "gold lace on the neckline, the sleeves, the hem, the neckline, the sleeves, the hem, the neckline, the "
            "sleeves, the",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Women Pink Gotta Patti Kurta with Sharara & With Dupatta",
        category="Kurta Sets",
        color="Pink",
    ),
    # photo: model; black kurta with a red floral print; solid red palazzos. Feed row has no color. All texts: VQA
    # adapter.
    case(
        "X1324-027",
        she("a black and red kurta and red pants"),
        col("kurta", "black"),
        col("palazzos", "black", "other_garment_color"),
        describe("kurta", "a black kurta with red flowers"),
        details("kurta", "", "non_answer"),
        gender=W,
        title="Women Black & Red Floral Printed Kurta with Palazzos",
        category="Kurta Sets",
    ),
    # photo: model; turquoise solid kurta; white palazzos with a small turquoise print. All texts: VQA adapter.
    case(
        "X1324-028",
        she("a blue kurta and white pants"),
        col("kurta", "blue"),
        col("palazzos", "blue", "other_garment_color"),
        is_a("kurta", "yes"),
        describe("kurta", "the kurta is blue"),
        details("kurta", "the details of the kurta are the details of the kurta", "restated"),
        gender=W,
        title="Women Turquoise Blue Solid Kurta with Printed Palazzos",
        category="Kurta Sets",
        color="Turquoise Blue",
    ),
    # photo: model; cream kurta with a green floral print (cream dominates); solid green trousers; green dupatta.
    # All texts: VQA adapter.
    case(
        "X1324-029",
        she("a white kurta and green pants with a green scarf"),
        col("kurta", "green", "other_garment_color"),
        col("trousers", "green"),
        col("dupatta", "green"),
        describe("kurta", "white with green flowers"),
        details(
            "kurta",
            "the kurta has a green floral print and the trousers are green and the dupatta is green and the kurta has "
            "a green floral print and the",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Women Cream-Coloured & Green Floral Printed Kurta with Trousers & With Dupatta",
        category="Kurta Sets",
        color="Cream",
    ),
    # photo: model; knee-length burgundy velvet kurta with gold embroidery at the neck; gold palazzos. All texts: VQA
    # adapter.
    case(
        "X1324-030",
        she("a red velvet dress", "contradiction"),
        col("kurta", "red"),
        col("palazzos", "gold"),
        BLIND_QUESTIONS.material("velvet"),
        details("kurta", "gold embroidery on the neck"),
        describe(
            "kurta",
            "a red velvet kurta with gold embroidery on the neck and gold embroidery on the sleeves and gold "
            "embroidery on the hem and gold",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Women Burgundy Embroidered Velvet Kurta",
        category="Kurtas",
        color="Burgundy",
    ),
    # photo: model; pale mint green kurta with tone-on-tone schiffli (eyelet) embroidery; mint trousers. All texts:
    # VQA adapter.
    case(
        "X1324-031",
        she("she is wearing a green kurta and green pants"),
        col("kurta", "white", "contradiction"),
        col("trousers", "green"),
        describe("kurta", "a green kurta with white lace", "unsupported"),
        details(
            "kurta",
            "green green green green green green green green green green green green green green green green green "
            "green green green green green",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Women Mint Green Schiffli Embroidered Kurta with Trousers",
        category="Kurta Sets",
        color="Green",
    ),
    # photo: model; orange and pink leheriya (diagonal stripes) kurta; pink palazzos; orange-pink dupatta. All
    # texts: VQA adapter.
    case(
        "X1324-032",
        she("an orange and pink striped kurta, pink pants and an orange and pink scarf"),
        col("kurta", "orange"),
        col("palazzos", "pink"),
        col("dupatta", "orange and pink"),
        BLIND_QUESTIONS.pattern("striped"),
        describe("kurta", "the kurta is orange and pink"),
        details("kurta", "diagonal stripes"),
        gender=W,
        title="Women Orange & Pink Leheriya Printed Kurta with Palazzos & With Dupatta",
        category="Kurta Sets",
        color="Orange",
    ),
    # photo: model; brown handloom kurta with a red woven border at the hem; black pants. All texts: VQA adapter.
    case(
        "X1324-033",
        she("he is wearing a brown kurta and black pants", "pronoun"),
        col("kurta", "brown"),
        col("pants", "black"),
        describe("kurta", "a brown kurta with a red border"),
        details("kurta", "red border"),
        BLIND_QUESTIONS.material("linen", "contradiction"),
        gender=W,
        title="Women Brown Handloom Pure Cotton Kurta",
        category="Kurtas",
        color="Brown",
    ),
    # photo: model; kurta with a multicoloured abstract print (blue, yellow, pink), round neck, three-quarter
    # sleeves, straight hem, side slits; solid blue palazzos. All texts: VQA adapter.
    case(
        "X1324-034",
        she("a colorful kurta and blue pants"),
        col("kurta", "multicolor"),
        col("palazzos", "multicolor", "other_garment_color"),
        describe("kurta", "multicolored"),
        details(
            "kurta",
            "the kurta has a round neck, three quarter sleeves, a straight hem, side slits, a round neck, three "
            "quarter sleeves, a straight hem",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Women Multicoloured Abstract Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Multi",
    ),
    # photo: model; dusty pink self-weave kurta; pink trousers; pink dupatta with tassels. Feed row has no gender.
    # All texts: VQA adapter.
    case(
        "X1324-035",
        she("a pink kurta set"),
        col("kurta", "pink"),
        col("trousers", "pink"),
        col("dupatta", "pink"),
        details("kurta", "yes", "non_answer"),
        describe(
            "kurta",
            "a pink kurta with a pink dupatta with a pink dupatta with a pink dupatta with a pink dupatta with a",
            "loop",
            hit_limit=True,
        ),
        title="Women Dusty Pink Woven Design Kurta with Trousers & With Dupatta",
        category="Kurta Sets",
        color="Pink",
    ),
    # photo: model; indigo kurta with white dabu print; styled with white palazzos and silver jhumkas. All texts: VQA
    # adapter.
    case(
        "X1324-036",
        she("a blue kurta and white pants and earrings"),
        col("kurta", "blue"),
        col("palazzos", "blue", "other_garment_color"),
        describe("kurta", "blue and white"),
        details(
            "kurta",
            "a blue and white kurta with a blue and white print and blue and white pants with a blue and white print "
            "and blue and",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Women Indigo Dabu Printed Pure Cotton Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # photo: model; yellow solid kurta; yellow sharara; multicolour floral dupatta (pink and green on white). All
    # texts: VQA adapter.
    case(
        "X1324-037",
        she("a yellow kurta and yellow pants"),
        col("kurta", "yellow"),
        col("sharara", "yellow"),
        col("dupatta", "yellow", "other_garment_color"),
        is_a("kurta", "yes"),
        describe("kurta", "a yellow kurta with a floral dupatta"),
        gender=W,
        title="Women Yellow Solid Kurta with Sharara & Floral Printed Dupatta",
        category="Kurta Sets",
        color="Yellow",
    ),
    # photo: flat lay of the three pieces; knee-length black kurta with silver print; black palazzos; grey dupatta.
    # All texts: VQA adapter.
    case(
        "X1324-038",
        she("dress", "contradiction"),
        col("kurta", "black"),
        col("palazzos", "black"),
        col("dupatta", "grey"),
        details("kurta", "silver print"),
        gender=W,
        title="Women Black Printed Kurta with Palazzos & With Dupatta",
        category="Kurta Sets",
        color="Black",
    ),
    # photo: model; green kurta with red and yellow bandhani dots; styled with white churidar and white juttis. All
    # texts: VQA adapter.
    case(
        "X1324-039",
        she("a green kurta"),
        col("kurta", "green"),
        col("pants", "green", "other_garment_color"),
        describe("kurta", "green with red and yellow dots"),
        details(
            "kurta",
            "Question: What are the pants details? Answer: white Question: What are the shoes details? Answer: white "
            "Question",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        title="Women Green Bandhani Printed Kurta",
        category="Kurtas",
        color="Green",
    ),
    # photo: model; navy kurta with a white floral print, three-quarter sleeves; white trousers. All texts: VQA
    # adapter.
    case(
        "X1324-040",
        she("a blue kurta and white pants"),
        col("kurta", "blue"),
        col("trousers", "white"),
        describe("kurta", "he is wearing a blue kurta with white flowers", "pronoun"),
        details("kurta", "white flowers"),
        BLIND_QUESTIONS.sleeve_length("three-quarter"),
        gender=W,
        title="Women Navy Blue Floral Printed Kurta with Trousers",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # photo: model on white backdrop; floor-length peach anarkali with silver embroidery; peach net dupatta, sheer
    # against the backdrop. All texts: VQA adapter.
    case(
        "X1324-041",
        she("gown", "contradiction"),
        col("kurta", "orange"),
        col("dupatta", "white", "contradiction"),
        describe("kurta", "a long pink anarkali with silver embroidery"),
        is_a("kurta", "yes"),
        gender=W,
        title="Women Peach-Coloured Embroidered Anarkali Kurta with Dupatta",
        category="Kurta Sets",
        color="Peach",
    ),
    # photo: model; red silk-blend kurta with gold zari at the neck and sleeves; red palazzos; gold tissue dupatta.
    # All texts: VQA adapter.
    case(
        "X1324-042",
        she("a red kurta and a red dupatta", "other_garment_color"),
        col("kurta", "red"),
        col("palazzos", "red"),
        col("dupatta", "gold"),
        BLIND_QUESTIONS.material("silk"),
        details("kurta", "gold zari work on the neck and sleeves"),
        gender=W,
        title="Women Red Zari Woven Silk Blend Kurta with Palazzos & With Dupatta",
        category="Kurta Sets",
        color="Red",
    ),
    # photo: model; hip-length white kurti with a blue floral print (white dominates); blue jeans. All texts: VQA
    # adapter.
    case(
        "X1324-043",
        she("a white shirt and blue jeans"),
        col("kurta", "blue", "other_garment_color"),
        col("jeans", "blue"),
        describe("kurta", "white with blue flowers"),
        details(
            "kurta",
            "a blue and white floral print with a blue and white floral print with a blue and white floral print with "
            "a blue",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Women White & Blue Floral Printed Kurti",
        category="Kurtis",
        color="White",
    ),
    # photo: model holding a gold clutch; maroon kurta with pintucks on the yoke, round neck, three-quarter sleeves;
    # maroon trousers. Feed row has no gender. All texts: VQA adapter.
    case(
        "X1324-044",
        she("a red kurta and red pants"),
        col("kurta", "red"),
        col("trousers", "red"),
        describe(
            "kurta",
            "the kurta is a maroon kurta with pintucks on the yoke and a round neck and three quarter sleeves and a "
            "straight hem and side slits and",
            "cut",
            hit_limit=True,
        ),
        details("kurta", "pintucks"),
        title="Women Maroon Pintuck Detail Kurta with Trousers",
        category="Kurta Sets",
        color="Maroon",
    ),
    # photo: model; sky blue kurta with white thread embroidery, no pockets; white palazzos; sky blue dupatta. All
    # texts: VQA adapter.
    case(
        "X1324-045",
        she("a blue kurta with white pants and a blue dupatta"),
        col("kurta", "blue"),
        col("palazzos", "white"),
        col("dupatta", "blue"),
        describe("kurta", "a blue kurta with white embroidery and a pocket", "unsupported"),
        details("kurta", "white embroidery"),
        gender=W,
        title="Women Sky Blue Thread Work Kurta with Palazzos & With Dupatta",
        category="Kurta Sets",
        color="Blue",
    ),
]
