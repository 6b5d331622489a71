"""BLIND_1588 (45 products; Myntra kurtas and kurta sets, VQA adapter): written blind in the sixty-sixth session.
Measured blind at 9074ceb (the session's fourth rules): 67/82 failures found (81.7%) and 7/168 correct texts flagged
(4.2%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's kurtas and kurta sets (kurta with palazzos, trousers, sharara or churidar, often
with a dupatta; a few short kurtis). Catalog columns as the feed has them: title, category (Myntra's article type:
Kurtas, Kurta Sets, Kurtis), color (the base colour), gender; a few rows miss one of them. Photos are the usual
catalog shots: a model on a plain white, grey or beige backdrop, wearing the product with her own bottoms or
leggings when the product is a kurta alone; two back views, one flat lay, a few props (potli bag, stool, clutch).
Who wrote what: every text is the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA on blip2-opt-2.7b), greedy, 30 new
tokens, prompt "Question: ... Answer:", with the original experiments' questionnaire: "What is she wearing?", the
color of each piece of the product asked separately ("What is the color of the kurta / palazzos / dupatta?"),
"Describe the kurta.", "What are the kurta / palazzos details?", and the yes/no "Is this a kurta?". No caption:
this run does not caption (the VQA adapter's captions are broken). The color questions are free generation, so
they are stored open. Between 4 and 6 questions per product.
Labeling conventions and judgement calls: most short answers stop by themselves (the base model's newline still
wins for a word or two); long answers run to the 30-token limit and either loop, get cut mid-phrase, or go on into
a new "Question: ... Answer:" turn (labelled leak, hit_limit). A loop that also invents something is labelled loop;
a cut run-on that lists invented jewellery is labelled cut. Near colors count as right: maroon as red, teal as
green or blue, cream or off-white as white, charcoal as grey or black, lavender as purple, powder blue as blue;
navy said as black is wrong. For a multicolour print the ground color is right. A color answer that gives another
piece's color (the bottoms the model wears, the dupatta, the kurta's print's color where the piece itself is
plain) is other_garment_color; a color nothing in the photo has (the backdrop's grey) is contradiction. Calling a
kurta a "dress", "shirt", "blouse", "saree" or "lehenga", a sharara a "skirt", or "no" to "Is this a kurta?" for
a kurta is contradiction; "top" for a thigh-length kurta and "salwar" style words are accepted, and "scarf" for a
dupatta is accepted. A details answer that says only what the question says ("they are trousers", "the
palazzos", "kurta details", an empty answer) is non_answer; "the X is an X"-type answers are restated. Details
that cannot be seen (a zip, pockets under a long kurta, a print on plain palazzos) are unsupported. "He" for the
woman model is pronoun. Answers that are thin but true ("printed", "sleeveless", "solid blue") are correct.
"""

from tests.audit_corpus import case, color_of, describe, details, is_a, wearing


def she(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="she", hit_limit=hit_limit)


def col(garment, text, failure=None, hit_limit=False):
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


BLIND_1588 = [
    # Truth: model on white backdrop, maroon straight kurta with gold foil ethnic motifs, matching maroon palazzos,
    # mustard dupatta over one shoulder. All texts: VQA adapter.
    case(
        "X1588-001",
        she("a maroon kurta with palazzos and a yellow dupatta"),
        col("kurta", "maroon"),
        col("palazzos", "maroon"),
        col("dupatta", "maroon", "other_garment_color"),
        describe("kurta", "a maroon kurta with gold print"),
        details(
            "kurta",
            "gold print on the kurta, the sleeves, the neckline, the sleeves, the neckline, the sleeves, the neckline, "
            "the sleeves, the neckline, the",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Anouk Women Maroon Ethnic Motifs Printed Kurta with Palazzos & With Dupatta",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Truth: navy straight kurta with small white flowers, round neck, three-quarter sleeves, worn with the model's
    # white cigarette trousers (not sold). All texts: VQA adapter.
    case(
        "X1588-002",
        she("a blue kurta and white pants"),
        col("kurta", "white", "other_garment_color"),
        describe("kurta", "a blue and white floral kurta"),
        details(
            "kurta",
            "floral print, three quarter sleeves, round neck, side slits, floral print, three quarter sleeves, round "
            "neck, side slits, floral print, three",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Women",
        title="Libas Women Navy Blue Floral Printed Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Truth: mustard kurta with white thread embroidery on the yoke, matching mustard trousers. All texts: VQA
    # adapter; the description runs on into a new question turn.
    case(
        "X1588-003",
        she("a yellow kurta and pants"),
        col("kurta", "yellow"),
        col("trousers", "yellow"),
        describe(
            "kurta",
            "a yellow kurta with white embroidery on the yoke Question: What is the color of the trousers? Answer: "
            "yellow Question: What is",
            "leak",
            hit_limit=True,
        ),
        details("kurta", "embroidery on the yoke"),
        details("trousers", "they are trousers", "non_answer"),
        gender="Women",
        title="Sangria Women Mustard Yellow Yoke Design Kurta with Trousers",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Truth: off-white cotton kurta with mandarin collar and a short button placket, sleeves rolled up, worn with
    # blue jeans, plain grey backdrop. All texts: VQA adapter.
    case(
        "X1588-004",
        she("a white shirt and jeans", "contradiction"),
        col("kurta", "white"),
        describe("kurta", "a white kurta with a mandarin collar"),
        details("kurta", "buttons on the front"),
        is_a("kurta", "yes"),
        gender="Women",
        title="W Women Off-White Solid Straight Kurta",
        category="Kurtas",
        color="Off White",
    ),
    # Truth: pink flared anarkali kurta with floral thread embroidery on the yoke, pink trousers mostly hidden by the
    # flare, sheer pink dupatta with gota border over the arms. All texts: VQA adapter.
    case(
        "X1588-005",
        she("a pink dress", "contradiction"),
        col("kurta", "pink"),
        col("trousers", "pink"),
        col("dupatta", "pink"),
        describe("kurta", "a pink anarkali kurta with embroidery"),
        details(
            "kurta",
            "floral embroidery on the neckline and the sleeves, gota border on the dupatta, the trousers have a lace "
            "at the hem and the kurta has a flared",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Varanga Women Pink Floral Embroidered Anarkali Kurta with Trousers & With Dupatta",
        category="Kurta Sets",
        color="Pink",
    ),
    # Truth: indigo block-print kurta with white motifs, white palazzos with a narrow blue printed border at the hem,
    # beige wall behind. All texts: VQA adapter.
    case(
        "X1588-006",
        she("a blue and white kurta and white pants"),
        col("kurta", "blue"),
        col("palazzos", "blue", "other_garment_color"),
        describe("kurta", "a blue kurta with white print"),
        details("palazzos", "blue border at the hem"),
        is_a("kurta", "no", "contradiction"),
        gender="Women",
        title="Jaipur Kurti Women Blue & White Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Blue",
    ),
    # Truth: bottle-green straight kurta with small gold buti print and side slits, worn with beige leggings; the
    # model holds a gold potli bag and wears jhumkas. No gender column in this row. All texts: VQA adapter.
    case(
        "X1588-007",
        she("she is wearing a green kurta and holding a bag"),
        col("kurta", "green"),
        describe(
            "kurta",
            "a green kurta with gold print and gold leggings and a gold bag and gold earrings and a gold necklace and "
            "gold bangles and a gold ring and a",
            "cut",
            hit_limit=True,
        ),
        details("kurta", "the kurta has a pocket on the side and a zip at the back", "unsupported"),
        is_a("kurta", "yes"),
        title="Biba Women Green Printed Straight Kurta",
        category="Kurtas",
        color="Green",
    ),
    # Truth: teal kurta with printed ethnic motifs, teal palazzos, peach dupatta with a small teal print. All texts:
    # VQA adapter.
    case(
        "X1588-008",
        she("a green kurta and palazzos and a scarf"),
        col(
            "kurta",
            "teal teal teal teal teal teal teal teal teal teal teal teal teal teal teal teal teal teal teal teal teal "
            "teal teal teal teal teal teal teal teal teal",
            "loop",
            hit_limit=True,
        ),
        col("palazzos", "teal"),
        col("dupatta", "teal", "other_garment_color"),
        details("kurta", "printed"),
        details("palazzos", "the palazzos are palazzos", "restated"),
        gender="Women",
        title="Indo Era Women Teal Ethnic Motifs Printed Kurta with Palazzos & With Dupatta",
        category="Kurta Sets",
        color="Teal",
    ),
    # Truth: black sleeveless rayon kurta with V-neck, matching black palazzos, silver jhumkas, white backdrop. All
    # texts: VQA adapter.
    case(
        "X1588-009",
        she("a black dress", "contradiction"),
        col("kurta", "black"),
        col("palazzos", "black"),
        describe("kurta", "a black sleeveless kurta with a v neck"),
        details("kurta", "sleeveless"),
        details("palazzos", "wide leg"),
        gender="Women",
        title="AKS Women Black Solid Kurta with Palazzos",
        category="Kurta Sets",
        color="Black",
    ),
    # Truth: peach A-line kurta with a green and pink floral print, worn with the model's white palazzos. All texts:
    # VQA adapter.
    case(
        "X1588-010",
        she("a peach kurta and white pants"),
        col("kurta", "peach"),
        describe("kurta", "a peach kurta with floral print and a white pant"),
        details(
            "kurta",
            "floral print, floral print, floral print, floral print, floral print, floral print, floral print, floral "
            "print, floral print, floral print,",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Women",
        title="Vishudh Women Peach-Coloured Floral Printed A-Line Kurta",
        category="Kurtas",
        color="Peach",
    ),
    # Truth: short red kurta with gold zari embroidery, red sharara, red net dupatta with gold border, bangles. All
    # texts: VQA adapter.
    case(
        "X1588-011",
        she("a red lehenga", "contradiction"),
        col("kurta", "red"),
        col("sharara", "red"),
        col("dupatta", "red and gold"),
        describe("kurta", "a red and gold kurta with a sharara and a dupatta"),
        details(
            "kurta",
            "gold embroidery on the kurta and the sleeves and the neckline and the hem and the sleeves and the "
            "neckline and the hem and the sleeves and the",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="KALINI Women Red & Gold-Toned Embroidered Kurta with Sharara & With Dupatta",
        category="Kurta Sets",
        color="Red",
    ),
    # Truth: back view. Lavender kurta with white floral print and a tie-up dori at the back neck, white trousers,
    # lavender dupatta falling down the back. All texts: VQA adapter.
    case(
        "X1588-012",
        she("a purple kurta and white pants"),
        col("kurta", "purple"),
        col("trousers", "white"),
        col("dupatta", "white", "other_garment_color"),
        describe("kurta", "he is wearing a purple kurta with white flowers", "pronoun"),
        details("kurta", "tie-up at the back"),
        gender="Women",
        title="Ahalyaa Women Lavender Floral Printed Kurta with Trousers & With Dupatta",
        category="Kurta Sets",
        color="Lavender",
    ),
    # Truth: yellow straight kurta with a small white geometric print, worn with white trousers, no dupatta. All
    # texts: VQA adapter; the details answer came back empty.
    case(
        "X1588-013",
        she("a yellow kurta and white pants"),
        col("kurta", "yellow"),
        describe("kurta", "a yellow kurta with a white print and a white pant and a white dupatta", "unsupported"),
        details("kurta", "", "non_answer"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Nayo Women Yellow Geometric Printed Straight Kurta",
        category="Kurtas",
        color="Yellow",
    ),
    # Truth: rust kurta with cotton lace at the hem, plain rust palazzos, grey backdrop. All texts: VQA adapter.
    case(
        "X1588-014",
        she("an orange kurta and palazzos"),
        col("kurta", "orange"),
        col("palazzos", "grey", "contradiction"),
        describe("kurta", "a orange kurta with lace"),
        details("kurta", "lace at the hem"),
        details("palazzos", "lace at the hem", "unsupported"),
        gender="Women",
        title="Sangria Women Rust Orange Solid Kurta with Palazzos",
        category="Kurta Sets",
        color="Rust",
    ),
    # Truth: flat lay on white, no model. White kurta with a multicolour floral print, plain green palazzos, pink
    # dupatta with multicolour print, folded. All texts: VQA adapter.
    case(
        "X1588-015",
        she("a kurta and pants"),
        col("kurta", "white"),
        col("palazzos", "green"),
        col("dupatta", "white", "other_garment_color"),
        describe("kurta", "a white kurta with flowers on it"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Anouk Women Multicoloured Floral Printed Kurta with Palazzos & With Dupatta",
        category="Kurta Sets",
        color="Multi",
    ),
    # Truth: magenta kurta with gold embroidered yoke, magenta palazzos, gold-cream dupatta, jhumkas; no bracelet or
    # ring visible. All texts: VQA adapter.
    case(
        "X1588-016",
        she(
            "she is wearing a pink kurta with gold embroidery and a pink pants and a gold dupatta and a pair of "
            "earrings and a bracelet and a ring and a",
            "cut",
            hit_limit=True,
        ),
        col("kurta", "pink"),
        col("palazzos", "pink"),
        col("dupatta", "gold"),
        details("kurta", "gold embroidery on the yoke"),
        is_a("kurta", "no", "contradiction"),
        gender="Women",
        title="Libas Women Magenta Yoke Design Kurta with Palazzos & With Dupatta",
        category="Kurta Sets",
        color="Magenta",
    ),
    # Truth: blue and white vertical striped straight kurta with a shirt collar, worn with white palazzos. No color
    # column in this row. All texts: VQA adapter.
    case(
        "X1588-017",
        she("a blue and white striped kurta"),
        col("kurta", "blue and white"),
        describe("kurta", "a blue and white striped kurta with a collar"),
        details("kurta", "stripes"),
        is_a(
            "kurta",
            "yes, yes, yes, yes, yes, yes, yes, yes, yes, yes, yes, yes, yes, yes, yes,",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="W Women Blue & White Striped Straight Kurta",
        category="Kurtas",
    ),
    # Truth: grey kurta with black and red ethnic print, plain grey trousers. All texts: VQA adapter.
    case(
        "X1588-018",
        she("a grey kurta and pants"),
        col("kurta", "grey"),
        col("trousers", "black", "contradiction"),
        describe("kurta", "a grey kurta with black and red print"),
        details(
            "kurta",
            "printed Question: What are the trousers details? Answer: solid Question: What is the color of the kurta? "
            "Answer: grey Question: What",
            "leak",
            hit_limit=True,
        ),
        details("trousers", "solid"),
        gender="Women",
        title="Indo Era Women Grey Ethnic Motifs Printed Kurta with Trousers",
        category="Kurta Sets",
        color="Grey",
    ),
    # Truth: white georgette kurta with white chikankari embroidery, sheer sleeves, round neck, over a white slip and
    # white leggings. All texts: VQA adapter.
    case(
        "X1588-019",
        she("a white kurta with embroidery"),
        col("kurta", "white"),
        describe(
            "kurta",
            "a white kurta with white embroidery all over the kurta and the sleeves are sheer and the neckline is a v "
            "neck and the kurta is a long",
            "cut",
            hit_limit=True,
        ),
        details("kurta", "white embroidery"),
        is_a("kurta", "yes"),
        gender="Women",
        title="GERUA Women White Chikankari Embroidered Georgette Kurta",
        category="Kurtas",
        color="White",
    ),
    # Truth: orange kurta with green printed borders at neck and hem, plain green palazzos. All texts: VQA adapter.
    case(
        "X1588-020",
        she("an orange kurta and green pants"),
        col("kurta", "orange"),
        col("palazzos", "orange", "other_garment_color"),
        describe("kurta", "kurta", "non_answer"),
        details("palazzos", "solid green"),
        gender="Women",
        title="Biba Women Orange & Green Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Orange",
    ),
    # Truth: navy kurta with mirror work and white thread embroidery, navy trousers, white dupatta with navy print;
    # the trousers are plain. All texts: VQA adapter.
    case(
        "X1588-021",
        she("a black kurta and pants and a white scarf", "contradiction"),
        col("kurta", "blue"),
        col("trousers", "blue"),
        col("dupatta", "white"),
        describe(
            "kurta",
            "a blue kurta with white embroidery and mirror work and a white dupatta with blue print and a pair of blue "
            "trousers with white embroidery at the",
            "cut",
            hit_limit=True,
        ),
        details("kurta", "mirror work and embroidery"),
        gender="Women",
        title="Varanga Women Navy Blue Embroidered Mirror Work Kurta with Trousers & With Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # Truth: thigh-length pink kurta with a blue floral print and mandarin collar, worn with blue denim jeans. All
    # texts: VQA adapter.
    case(
        "X1588-022",
        she("a pink top and jeans"),
        col("kurta", "blue", "other_garment_color"),
        describe("kurta", "a pink kurta with blue flowers"),
        details("kurta", "floral print and a mandarin collar"),
        is_a("kurta", "no", "contradiction"),
        gender="Women",
        title="Ishin Women Pink & Blue Floral Printed Kurta",
        category="Kurtas",
        color="Pink",
    ),
    # Truth: sea green straight kurta, matching sea green trousers (covered to the knee by the kurta), white dupatta
    # with a green print. All texts: VQA adapter.
    case(
        "X1588-023",
        she("a green kurta and pants"),
        col(
            "kurta",
            "green green green green green green green green green green green green green green green green green "
            "green green green green green green green green green green green green green",
            "loop",
            hit_limit=True,
        ),
        col("trousers", "green"),
        col("dupatta", "green and white"),
        describe("kurta", "a green kurta"),
        details("trousers", "pockets on the side", "unsupported"),
        gender="Women",
        title="AKS Women Sea Green Solid Straight Kurta with Trousers & With Dupatta",
        category="Kurta Sets",
        color="Sea Green",
    ),
    # Truth: beige kurta with a maroon embroidered yoke, worn with the model's maroon palazzos (not sold). All texts:
    # VQA adapter.
    case(
        "X1588-024",
        she("a beige kurta and maroon palazzos"),
        col("kurta", "maroon", "other_garment_color"),
        describe(
            "kurta",
            "a beige kurta with maroon embroidery Question: What are the kurta details? Answer: maroon embroidery on "
            "the yoke Question: What are",
            "leak",
            hit_limit=True,
        ),
        details("kurta", "maroon embroidery on the yoke"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Sangria Women Beige & Maroon Yoke Design Kurta",
        category="Kurtas",
        color="Beige",
    ),
    # Truth: olive kurta with pintucks on the yoke, matching olive trousers. No gender column in this row. All texts:
    # VQA adapter.
    case(
        "X1588-025",
        she("she is wearing a green kurta and green pants"),
        col("kurta", "green"),
        col("trousers", "green"),
        describe("kurta", "a green kurta with a green pant"),
        details(
            "kurta",
            "pintucks, the sleeves, the neckline, the collar, the sleeves, the neckline, the collar, the sleeves, the "
            "neckline, the",
            "loop",
            hit_limit=True,
        ),
        details("trousers", "the trousers are trousers", "restated"),
        title="Anouk Women Olive Green Solid Pintuck Kurta with Trousers",
        category="Kurta Sets",
        color="Olive",
    ),
    # Truth: black kurta with a white geometric print, plain black palazzos. All texts: VQA adapter.
    case(
        "X1588-026",
        she("a black and white kurta and black pants"),
        col(
            "kurta",
            "black and white and black and white and black and white and black and white and black and white and black "
            "and white and black and white and black and",
            "loop",
            hit_limit=True,
        ),
        col("palazzos", "black"),
        describe("kurta", "he is wearing a black and white kurta", "pronoun"),
        details("palazzos", "printed", "unsupported"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Libas Women Black & White Geometric Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Black",
    ),
    # Truth: hip-length red kurti with a white bandhani dot print, worn with blue jeans. All texts: VQA adapter.
    case(
        "X1588-027",
        she("a red blouse and jeans", "contradiction"),
        col("kurti", "red"),
        describe("kurti", "a red kurti with white dots"),
        details(
            "kurti",
            "white dots, white dots, white dots, white dots, white dots, white dots, white dots, white dots, white "
            "dots, white dots,",
            "loop",
            hit_limit=True,
        ),
        is_a("kurti", "yes"),
        gender="Women",
        title="Jaipur Kurti Women Red Bandhani Printed Kurti",
        category="Kurtis",
        color="Red",
    ),
    # Truth: turquoise kurta with ethnic print and V-neck, plain white palazzos, turquoise dupatta; model's hand on
    # her hip. All texts: VQA adapter.
    case(
        "X1588-028",
        she("a blue kurta, white pants and a blue dupatta"),
        col("kurta", "blue"),
        col("palazzos", "white"),
        col("dupatta", "white", "other_garment_color"),
        details("kurta", "ethnic print with a v neck"),
        details("palazzos", "the palazzos", "non_answer"),
        gender="Women",
        title="GERUA Women Turquoise Blue Ethnic Motifs Printed Kurta with Palazzos & With Dupatta",
        category="Kurta Sets",
        color="Turquoise Blue",
    ),
    # Truth: mustard kurta with a blue print, worn with the model's blue palazzos; she holds a blue dupatta (neither
    # sold). All texts: VQA adapter.
    case(
        "X1588-029",
        she("a yellow kurta and blue pants"),
        col(
            "kurta",
            "yellow Question: What is the color of the pants? Answer: blue Question: What is the color of the "
            "dupatta? Answer: blue Question:",
            "leak",
            hit_limit=True,
        ),
        describe("kurta", "a yellow kurta with blue print"),
        details("kurta", "blue print, three quarter sleeves"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Vishudh Women Mustard Yellow & Blue Printed Straight Kurta",
        category="Kurtas",
        color="Mustard",
    ),
    # Truth: long straight cream kurta with gold embroidery at neck and hem, gold churidar, cream dupatta with gold
    # border. All texts: VQA adapter.
    case(
        "X1588-030",
        she("a white dress and a white scarf", "contradiction"),
        col("kurta", "white"),
        col("churidar", "white", "other_garment_color"),
        col("dupatta", "white"),
        details("kurta", "gold embroidery"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Biba Women Cream-Coloured Embroidered Kurta with Churidar & With Dupatta",
        category="Kurta Sets",
        color="Cream",
    ),
    # Truth: powder blue kurta with a floral print, matching floral printed trousers (a co-ord), no dupatta. All
    # texts: VQA adapter.
    case(
        "X1588-031",
        she("a blue kurta and blue pants"),
        col(
            "kurta",
            "blue, blue, blue, blue, blue, blue, blue, blue, blue, blue, blue, blue, blue, blue, blue,",
            "loop",
            hit_limit=True,
        ),
        col("trousers", "blue"),
        describe(
            "kurta",
            "a blue kurta with flowers on it and a blue pants with flowers on it and a blue dupatta with flowers on it "
            "and a blue",
            "loop",
            hit_limit=True,
        ),
        details("trousers", "floral print"),
        gender="Women",
        title="Indo Era Women Blue Floral Printed Kurta with Trousers",
        category="Kurta Sets",
        color="Blue",
    ),
    # Truth: green kurta with an asymmetric hem, worn with white tights; model seated on a wooden stool. No category
    # column in this row. All texts: VQA adapter.
    case(
        "X1588-032",
        she("a green kurta and white leggings"),
        col("kurta", "green"),
        describe("kurta", "a green kurta with a slit"),
        details("kurta", "asymmetric hem"),
        is_a("kurta", "yes"),
        gender="Women",
        title="W Women Green Solid Asymmetric Kurta",
        color="Green",
    ),
    # Truth: pink kurta with a green leaf print, round neck, three-quarter sleeves, plain green palazzos, pink
    # dupatta with green border. All texts: VQA adapter.
    case(
        "X1588-033",
        she("he is wearing a pink kurta and green pants", "pronoun"),
        col("kurta", "pink"),
        col("palazzos", "pink", "other_garment_color"),
        col("dupatta", "pink"),
        details(
            "kurta",
            "leaf print, the sleeves are three quarter, the neckline is round, the hem is straight, the sleeves are "
            "three quarter, the neckline is round",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Women",
        title="KALINI Women Pink & Green Leaf Printed Kurta with Palazzos & With Dupatta",
        category="Kurta Sets",
        color="Pink",
    ),
    # Truth: maroon velvet kurta with gold floral embroidery, worn with cream palazzos; no zip visible. All texts:
    # VQA adapter.
    case(
        "X1588-034",
        she("a maroon kurta and white pants"),
        col("kurta", "red"),
        describe("kurta", "a maroon velvet kurta with gold embroidery"),
        details("kurta", "gold embroidery and a zip on the side", "unsupported"),
        is_a("kurta", "no", "contradiction"),
        gender="Women",
        title="Ahalyaa Women Maroon Floral Embroidered Velvet Kurta",
        category="Kurtas",
        color="Maroon",
    ),
    # Truth: peach kurta with gold bandhani print and gota at neck and hem, peach sharara, peach dupatta with gota
    # border. All texts: VQA adapter.
    case(
        "X1588-035",
        she("a pink kurta and a pink skirt", "contradiction"),
        col("kurta", "peach"),
        col("sharara", "peach"),
        col("dupatta", "peach"),
        describe("kurta", "the kurta is a peach kurta", "restated"),
        details(
            "kurta",
            "bandhani print all over the kurta with gota work on the neckline and the sleeves and a gota border at the "
            "hem of the kurta and the",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Anouk Women Peach-Coloured & Gold Bandhani Printed Kurta with Sharara & With Dupatta",
        category="Kurta Sets",
        color="Peach",
    ),
    # Truth: back view. Teal straight kurta (mandarin collar, no buttons, seen from behind), teal ankle-length
    # trousers, no dupatta in the set. All texts: VQA adapter.
    case(
        "X1588-036",
        she("a blue kurta and pants"),
        col("kurta", "blue"),
        col("trousers", "blue"),
        describe("kurta", "a blue kurta with a collar and buttons on the front", "unsupported"),
        details(
            "trousers",
            "ankle length Question: What is the color of the dupatta? Answer: blue Question: What is the color of the "
            "dupatta? Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Sangria Women Teal Blue Solid Straight Kurta with Trousers",
        category="Kurta Sets",
        color="Teal",
    ),
    # Truth: lime green and white striped kurta, plain white palazzos. All texts: VQA adapter.
    case(
        "X1588-037",
        she("a green and white striped kurta and white pants"),
        col("kurta", "green and white"),
        col("palazzos", "green and white", "other_garment_color"),
        details(
            "kurta",
            "stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes "
            "stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes "
            "stripes stripes stripes stripes",
            "loop",
            hit_limit=True,
        ),
        details("palazzos", "wide leg and white"),
        gender="Women",
        title="Libas Women Lime Green & White Striped Kurta with Palazzos",
        category="Kurta Sets",
        color="Lime Green",
    ),
    # Truth: brown kurta with a cream ethnic print, three-quarter sleeves, round neck, side slits, worn with cream
    # trousers. All texts: VQA adapter.
    case(
        "X1588-038",
        she("a brown kurta and white pants"),
        col("kurta", "brown"),
        describe(
            "kurta",
            "a brown kurta with a cream ethnic print, three quarter sleeves, a round neck and side slits, worn with "
            "cream trousers and a pair of brown",
            "cut",
            hit_limit=True,
        ),
        details("kurta", "ethnic print"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Jaipur Kurti Women Brown Ethnic Motifs Printed Straight Kurta",
        category="Kurtas",
        color="Brown",
    ),
    # Truth: red kurta with a gold embroidered yoke, red palazzos, red and gold dupatta wrapped around the shoulders
    # and hiding most of the kurta. All texts: VQA adapter.
    case(
        "X1588-039",
        she("a red saree", "contradiction"),
        col("kurta", "red"),
        col("palazzos", "red"),
        col("dupatta", "red and gold"),
        details("kurta", "gold embroidery on the neckline"),
        details("palazzos", "the palazzos are red palazzos", "restated"),
        gender="Women",
        title="Indo Era Women Red Yoke Design Kurta with Palazzos & With Dupatta",
        category="Kurta Sets",
        color="Red",
    ),
    # Truth: off-white kurta with a blue floral print, plain blue trousers. All texts: VQA adapter.
    case(
        "X1588-040",
        she("a white kurta and blue pants"),
        col("kurta", "blue", "other_garment_color"),
        col("trousers", "blue"),
        describe("kurta", "a white kurta with blue flowers"),
        details(
            "trousers",
            "blue with a straight hem Question: What is the color of the kurta? Answer: white Question: What is the "
            "color of",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Biba Women Off-White & Blue Floral Printed Kurta with Trousers",
        category="Kurta Sets",
        color="Off White",
    ),
    # Truth: purple A-line kurta with a white print, no pockets, worn with white leggings. No gender column in this
    # row. All texts: VQA adapter.
    case(
        "X1588-041",
        she("he is wearing a purple kurta and white leggings", "pronoun"),
        col("kurta", "purple"),
        describe("kurta", "a purple kurta with white print"),
        details("kurta", "white print, side pockets", "unsupported"),
        is_a("kurta", "yes"),
        title="AKS Women Purple Printed A-Line Kurta",
        category="Kurtas",
        color="Purple",
    ),
    # Truth: yellow kurta with a floral print, yellow sharara, white dupatta with a yellow print; model holds a
    # marigold garland. All texts: VQA adapter.
    case(
        "X1588-042",
        she("a yellow kurta and yellow pants and a white dupatta"),
        col("kurta", "yellow"),
        col("sharara", "yellow"),
        col("dupatta", "yellow", "other_garment_color"),
        describe("kurta", "a yellow kurta with floral print"),
        details("kurta", "kurta details", "non_answer"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Varanga Women Yellow Floral Printed Kurta with Sharara & With Dupatta",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Truth: charcoal kurta with a silver foil print, matching charcoal palazzos. All texts: VQA adapter.
    case(
        "X1588-043",
        she("a black kurta and black pants"),
        col("kurta", "grey"),
        col("palazzos", "grey"),
        describe("kurta", "a grey kurta with a silver print"),
        details("kurta", "silver print"),
        is_a("kurta", "yes"),
        gender="Women",
        title="GERUA Women Charcoal Grey Foil Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Charcoal",
    ),
    # Truth: red kurta with a blue print, plain blue palazzos, red dupatta; silver jhumkas. All texts: VQA adapter.
    case(
        "X1588-044",
        she("a red kurta with blue palazzos and a red dupatta"),
        col("kurta", "red"),
        col("palazzos", "red", "other_garment_color"),
        col("dupatta", "red"),
        describe(
            "kurta",
            "she is wearing a red kurta with blue print and blue palazzos and a red dupatta and she is wearing a pair "
            "of silver earrings and a",
            "cut",
            hit_limit=True,
        ),
        details("palazzos", "solid blue"),
        gender="Women",
        title="Libas Women Red & Blue Printed Kurta with Palazzos & With Dupatta",
        category="Kurta Sets",
        color="Red",
    ),
    # Truth: white kurta with a pink floral print, round neck, three-quarter sleeves, worn with pink trousers (not
    # sold); the model holds a pink clutch. All texts: VQA adapter.
    case(
        "X1588-045",
        she("a white kurta with pink flowers and pink pants"),
        col("kurta", "pink", "other_garment_color"),
        describe("kurta", "a white kurta with pink flowers"),
        details("kurta", "floral print, round neck, three quarter sleeves"),
        is_a(
            "kurta",
            "yes Question: Is this a kurta? Answer: yes Question: Is this a kurta? Answer: yes Question: Is this a",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="W Women White & Pink Floral Printed Straight Kurta",
        category="Kurtas",
        color="White",
    ),
]
