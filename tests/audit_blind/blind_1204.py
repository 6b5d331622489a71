"""BLIND_1204 (45 products; Myntra women's kurtas and kurta sets, VQA): written blind in the sixty-first session.
Measured blind at e097e3a (the session's fifth rules): 65/83 failures found (78.3%) and 7/179 correct texts flagged
(3.9%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's kurtas, kurtis and kurta sets (kurta with palazzos, trousers, churidar or sharara,
often a dupatta). Photos are the catalog's usual shots: a model on a plain light backdrop, the kurta styled with
trousers, palazzos, leggings or jeans the listing does not sell, a few back views, two flat lays, props (a bag,
earrings, a coffee cup, sunglasses). Sets are often tone-on-tone (kurta, bottom and dupatta of one colour), often not
(white palazzos, a contrasting dupatta). Columns as Myntra exports them: title, category (article type: Kurtas, Kurta
Sets, Kurtis), color (base colour, the kurta's), gender; a few rows lack one of them.
Who wrote what: every text is from leoreigoto/Data3_V3_BLIP2_VQA on Salesforce/blip2-opt-2.7b, free generation,
greedy, 30 new tokens, with the original experiments' questionnaire adapted to the product: "What is she wearing?",
"What is the color of the <piece>?" asked once per piece the title names, "What is the kurta color?", "Describe the
kurta.", "What are the kurta details?", now and then the VQA data's "Is this a kurta?", a material or a pattern
question. No captions: this adapter does not caption (VQA-only training broke captions), so none was run. The adapter
never learned to stop; most short answers end because the model happened to emit the newline, the others run on into
loops, get cut at 30 tokens, or continue with the next "Question: ... Answer:" it saw in training.
Labeling conventions and judgement calls: a color answer naming the colour of another piece in the photo (the
palazzos', the dupatta's, the styled trousers') is other_garment_color; a wrong colour that no piece has, or a kurta
called "gold" when the seller and the other answers say black, is contradiction. Calling the kurta a dress, a shirt
or a lehenga (the adapter only knows In-shop classes) is contradiction against the title; "top" for a short kurti
and "salwar kameez" for a kurta set are accepted. Near hues are accepted: maroon read as red, teal as green or blue,
cream as white, peach as pink, magenta as pink, lavender as purple. Beige read as white is marked contradiction (the
photo is clearly beige and the seller says Beige). Invented details the photo does not show (a zip, pockets, a
collar it does not have, the wrong sleeve length, a fabric the title does not give) are unsupported. An answer
that says nothing about the piece ("nothing", "", "red" for the details, a description of the prop) is non_answer;
one that only turns the question around ("the kurta is a kurta") is restated. A run that repeats is loop even when
its first words are right; a phrase stopped mid-way at the limit is cut. One long description that reached the
30-token limit but ends on a complete, correct phrase is marked hit_limit and left unmarked as a failure. "He" for
the woman model is pronoun. Each wrong text carries one label, the one I judged primary.
"""

from tests.audit_corpus import BLIND_QUESTIONS, case, color_of, describe, details, is_a, material, question, wearing

kurta_color = question("kurta_color", "What is the kurta color?", "open")


def she(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="she", hit_limit=hit_limit)


def col(piece, text, failure=None, hit_limit=False):
    return color_of(piece, text, failure, kind="open", hit_limit=hit_limit)


BLIND_1204 = [
    # 001 model, front: pink kurta with small white flowers, white palazzos, pink dupatta with white border over both
    # shoulders. All VQA adapter.
    case(
        "X1204-001",
        she(
            "a pink and white salwar kameez Question: What is the color of the kurta? Answer: pink Question: What "
            "is the",
            "leak",
            hit_limit=True,
        ),
        col("kurta", "pink"),
        col("palazzos", "pink", "other_garment_color"),
        col("dupatta", "pink"),
        describe("kurta", "a pink kurta with white flowers"),
        details("kurta", "the kurta has a floral print and a round neck"),
        gender="Women",
        title="Libas Women Pink Floral Printed Kurta with Palazzos & With Dupatta",
        category="Kurta Sets",
        color="Pink",
    ),
    # 002 model, front: mustard straight kurta with small block-printed motifs, V-neck, styled with white trousers,
    # tan shoulder bag. VQA adapter.
    case(
        "X1204-002",
        she("a yellow kurta and white pants"),
        col("kurta", "yellow"),
        describe(
            "kurta",
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow "
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "the kurta has a mandarin collar and three quarter sleeves", "unsupported"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Anouk Women Mustard Yellow Ethnic Motifs Printed Straight Kurta",
        category="Kurtas",
        color="Mustard",
    ),
    # 003 model, front: navy solid straight kurta with side slits, styled with white palazzos. VQA adapter.
    case(
        "X1204-003",
        she("he is wearing a blue shirt", "pronoun"),
        col("kurta", "blue"),
        kurta_color("white", "other_garment_color"),
        describe("kurta", "the kurta is a kurta", "restated"),
        details("kurta", "the kurta has a floral print on the front", "contradiction"),
        gender="Women",
        title="W Women Navy Blue Solid Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # 004 model, front: green kurta with gold foil print, matching green trousers, cream dupatta with a thin green
    # border. VQA adapter.
    case(
        "X1204-004",
        she("a green dress", "contradiction"),
        col("kurta", "green"),
        col("trousers", "green"),
        col("dupatta", "green", "other_garment_color"),
        describe("kurta", "a green kurta with gold print and a matching pants"),
        details("kurta", "the kurta has gold print on the front and the sleeves"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Sangria Women Green Printed Kurta with Trousers & With Dupatta",
        category="Kurta Sets",
        color="Green",
    ),
    # 005 model, front: maroon flared kurta with a gold embroidered yoke, maroon churidar, pink dupatta with gold
    # edging. VQA adapter.
    case(
        "X1204-005",
        she("a red dress and a pink scarf", "contradiction"),
        col("kurta", "red"),
        col("churidar", "red"),
        col("dupatta", "pink"),
        details("kurta", "the kurta has a golden embroidery on the neck"),
        describe(
            "kurta",
            "a red kurta with golden embroidery on the neck and a pink dupatta with golden border and a red churidar "
            "with golden embroidery on the",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Biba Women Maroon Yoke Design Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Maroon",
    ),
    # 006 model, front: white cotton kurta with indigo-blue block print, blue palazzos with a small white print, no
    # dupatta. VQA adapter.
    case(
        "X1204-006",
        she("a white and blue kurta and pants"),
        col("kurta", "white"),
        col("palazzos", "white", "other_garment_color"),
        describe("kurta", "a white kurta with blue print and blue pants and a blue dupatta", "unsupported"),
        details(
            "kurta",
            "the kurta details are the kurta details are the kurta details are the kurta details are the kurta "
            "details are the",
            "loop",
            hit_limit=True,
        ),
        material("cotton"),
        gender="Women",
        title="Jaipur Kurti Women White & Blue Printed Pure Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="White",
    ),
    # 007 back view: peach solid straight kurta with a tie-up at the back neck, white trousers. VQA adapter.
    case(
        "X1204-007",
        she("a pink dress", "contradiction"),
        col("kurta", "peach"),
        describe("kurta", "the back of a pink kurta with a tie up"),
        details("kurta", "the kurta has a tie up at the back"),
        is_a("kurta", "no", "contradiction"),
        gender="Women",
        title="AURELIA Women Peach-Coloured Solid Straight Kurta",
        category="Kurtas",
        color="Peach",
    ),
    # 008 model, front: blue kurta with white flowers, V-neck, three-quarter sleeves, no pockets; white trousers; blue
    # floral dupatta over one arm. VQA adapter.
    case(
        "X1204-008",
        she("a blue and white floral kurta with white pants and a blue dupatta"),
        col("kurta", "blue"),
        col("trousers", "blue", "other_garment_color"),
        col("dupatta", "blue"),
        describe("kurta", "a blue kurta with white flowers"),
        details("kurta", "the kurta has a v neck and three quarter sleeves and a pocket on the side", "unsupported"),
        kurta_color(
            "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue "
            "blue blue blue blue blue blue blue blue blue",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="GoSriKi Women Blue Floral Printed Kurta with Trousers & With Dupatta",
        category="Kurta Sets",
        color="Blue",
    ),
    # 009 model, front: black hip-length kurta with white thread embroidery at the neck and sleeves, blue jeans, sling
    # bag. VQA adapter.
    case(
        "X1204-009",
        she("a black shirt and jeans", "contradiction"),
        col("kurta", "black"),
        describe(
            "kurta",
            "a black kurta with white embroidery on the neck and the sleeves and the neck and the sleeves and the "
            "neck and the sleeves and the",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "white embroidery on the neck and the sleeves"),
        is_a("kurta", "yes"),
        gender="Women",
        title="KALINI Women Black Embroidered Kurta",
        category="Kurtas",
        color="Black",
    ),
    # 010 model, front: teal kurta with orange ethnic motifs, matching teal palazzos. VQA adapter.
    case(
        "X1204-010",
        she("a green kurta and green pants"),
        col("kurta", "green"),
        col("palazzos", "green"),
        describe("kurta", "a green kurta with orange flowers and green pants"),
        details(
            "kurta",
            "Question: What are the kurta details? Answer: the kurta details Question: What are the kurta details? "
            "Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Vishudh Women Teal Ethnic Motifs Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Teal",
    ),
    # 011 model, front: lavender kurta with silver thread and sequin embroidery at the yoke, lavender trousers, white
    # organza dupatta; no zip visible anywhere. VQA adapter.
    case(
        "X1204-011",
        she("a purple kurta with a white scarf"),
        col("kurta", "purple"),
        col("trousers", "white", "other_garment_color"),
        col("dupatta", "purple", "other_garment_color"),
        describe("kurta", "a purple kurta with silver embroidery"),
        details("kurta", "the kurta has sequins all over and a zip on the back", "unsupported"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Indo Era Women Lavender Embroidered Straight Kurta with Trousers & With Dupatta",
        category="Kurta Sets",
        color="Lavender",
    ),
    # 012 flat lay: red solid kurta folded on a white board, no person. The feed row has no color column. VQA
    # adapter.
    case(
        "X1204-012",
        she("nothing", "non_answer"),
        col("kurta", "red"),
        kurta_color("red"),
        describe("kurta", "a red kurta on a white background"),
        details("kurta", "red", "non_answer"),
        gender="Women",
        title="Libas Women Red Solid Kurta",
        category="Kurtas",
    ),
    # 013 model, front: off-white kurta with green flowers, green palazzos, green dupatta. VQA adapter.
    case(
        "X1204-013",
        she("a white kurta with green flowers and green pants"),
        col("kurta", "white"),
        col("palazzos", "green"),
        col("dupatta", "white", "other_garment_color"),
        describe("kurta", "white with green flowers"),
        details(
            "kurta",
            "the kurta has a round neck, three quarter sleeves, a round neck, three quarter sleeves, a round neck, "
            "three quarter sleeves, a round",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Anouk Women Off-White & Green Floral Printed Kurta with Palazzos & With Dupatta",
        category="Kurta Sets",
        color="Off White",
    ),
    # 014 model, front: short pink solid kurti with a mandarin collar and button placket, no pockets, blue jeans.
    # VQA adapter.
    case(
        "X1204-014",
        she("a pink top and jeans"),
        col("kurti", "pink"),
        describe("kurti", "a pink kurti with a mandarin collar"),
        details(
            "kurti", "the kurti has a mandarin collar and a button placket and two pockets on the front", "unsupported"
        ),
        is_a("kurti", "yes"),
        gender="Women",
        title="W Women Pink Solid Kurti",
        category="Kurtis",
        color="Pink",
    ),
    # 015 model, twirling: yellow flared anarkali kurta with white flowers, white churidar styled. VQA adapter.
    case(
        "X1204-015",
        she("a yellow dress", "contradiction"),
        col("kurta", "yellow"),
        describe("kurta", "a yellow anarkali with white flowers"),
        details("kurta", "the kurta is flared and has a floral print"),
        kurta_color("yellow and white"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Biba Women Yellow Floral Printed Anarkali Kurta",
        category="Kurtas",
        color="Yellow",
    ),
    # 016 model, front: black kurta with gold print on yoke, sleeves and hem; black palazzos with a gold border at the
    # hem. VQA adapter; the description ran to 30 tokens but stops on a complete, correct phrase.
    case(
        "X1204-016",
        she("a black and gold kurta with black pants"),
        col("kurta", "black"),
        col("palazzos", "black"),
        describe(
            "kurta",
            "a black kurta with gold print on the yoke, the sleeves and the hem, and a pair of black palazzos with a "
            "gold border at the hem",
            hit_limit=True,
        ),
        details("kurta", "the kurta has gold print and the pants have gold border"),
        kurta_color("gold", "contradiction"),
        gender="Women",
        title="Sangria Women Black & Gold-Toned Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Black",
    ),
    # 017 model, front: rust kurta, rust trousers, rust dupatta, all one colour; embroidery only at the neck; holds a
    # potli bag. VQA adapter.
    case(
        "X1204-017",
        she("an orange kurta set with a bag"),
        col("kurta", "orange"),
        col("trousers", "orange"),
        col("dupatta", "orange"),
        describe("kurta", "an orange kurta with embroidery on the neck"),
        details(
            "kurta",
            "the kurta has embroidery on the neck and the dupatta has embroidery on the neck and the dupatta has "
            "embroidery on the neck and the dupatta",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Women",
        title="Varanga Women Rust Orange Embroidered Kurta with Trousers & With Dupatta",
        category="Kurta Sets",
        color="Rust",
    ),
    # 018 model, front: blue and white vertical striped cotton kurta, white trousers. VQA adapter.
    case(
        "X1204-018",
        she("a blue and white striped shirt and white pants", "contradiction"),
        col("kurta", "blue and white"),
        describe("kurta", "a blue and white striped kurta"),
        details("kurta", "stripes"),
        material("denim", "unsupported"),
        gender="Women",
        title="Nayo Women Blue Striped Straight Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # 019 model, front: magenta short kurta with gold print, magenta sharara, magenta dupatta with gold border.
    # VQA adapter.
    case(
        "X1204-019",
        she("a pink lehenga", "contradiction"),
        col("kurta", "pink"),
        col("sharara", "pink"),
        col("dupatta", "pink"),
        describe(
            "kurta",
            "a pink kurta with gold print and a pink dupatta with gold print and a pink sharara with gold print and a "
            "pink dupatta with gold",
            "loop",
            hit_limit=True,
        ),
        details(
            "kurta",
            "the kurta has a gold border on the hem and the sleeves and the sharara has a gold border on the hem and "
            "the sleeves and",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Ahalyaa Women Magenta Ethnic Motifs Printed Kurta with Sharara & With Dupatta",
        category="Kurta Sets",
        color="Magenta",
    ),
    # 020 model, front: white chikankari cotton kurta, white palazzos styled, light backdrop. VQA adapter; all right.
    case(
        "X1204-020",
        she("a white kurta and white pants"),
        col("kurta", "white"),
        kurta_color("white"),
        describe("kurta", "a white kurta with white embroidery"),
        details("kurta", "the kurta has embroidery all over"),
        material("cotton"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Libas Women White Chikankari Embroidered Pure Cotton Kurta",
        category="Kurtas",
        color="White",
    ),
    # 021 model, front: grey solid kurta, round neck, side slits, black trousers (part of the set). VQA adapter.
    case(
        "X1204-021",
        she("a grey kurta and black pants"),
        col("kurta", "grey"),
        col("trousers", "grey", "other_garment_color"),
        describe("kurta", "a grey kurta with black pants"),
        details("kurta", "the kurta has a collar and a slit on the side", "unsupported"),
        kurta_color("black", "other_garment_color"),
        gender="Women",
        title="Anouk Women Grey Solid Kurta with Trousers",
        category="Kurta Sets",
        color="Grey",
    ),
    # 022 model, front: green kurta with pink print, V-neck, three-quarter sleeves; pink palazzos; pink dupatta.
    # VQA adapter.
    case(
        "X1204-022",
        she("a green and pink kurta with pink pants and a pink dupatta"),
        col("kurta", "green"),
        col("palazzos", "pink"),
        col("dupatta", "green", "other_garment_color"),
        describe(
            "kurta",
            "a green kurta with pink flowers and a pink dupatta and pink pants and a green kurta with pink flowers "
            "and a pink dupatta and",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "the kurta has a v neck and three quarter sleeves"),
        gender="Women",
        title="Jaipur Kurti Women Green & Pink Printed Cotton Kurta with Palazzos & With Dupatta",
        category="Kurta Sets",
        color="Green",
    ),
    # 023 model, front: beige A-line kurta with a brown print, sunglasses pushed up on her head, tote bag. VQA
    # adapter.
    case(
        "X1204-023",
        she("a beige kurta and sunglasses"),
        col("kurta", "white", "contradiction"),
        describe("kurta", "a beige kurta with brown print"),
        details("kurta", "the kurta has a print"),
        is_a("kurta", "yes"),
        gender="Women",
        title="W Women Beige Printed A-Line Kurta",
        category="Kurtas",
        color="Beige",
    ),
    # 024 model, front: orange kurta with white print, white palazzos. VQA adapter.
    case(
        "X1204-024",
        she("she is wearing an orange kurta and white palazzos"),
        col("kurta", "orange"),
        col("palazzos", "white"),
        describe("kurta", "an orange kurta with white print"),
        details(
            "kurta",
            "the kurta has white print on the kurta and the kurta has white print on the kurta and the kurta has "
            "white print on",
            "loop",
            hit_limit=True,
        ),
        kurta_color(
            "orange Question: What is the color of the palazzos? Answer: white Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Biba Women Orange Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Orange",
    ),
    # 025 model, front: navy kurta with pink thread embroidery on the yoke, navy trousers, pink dupatta. VQA adapter.
    case(
        "X1204-025",
        she("a blue kurta with a pink scarf"),
        col("kurta", "blue"),
        col("trousers", "pink", "other_garment_color"),
        col("dupatta", "pink"),
        describe("kurta", "a blue kurta with pink embroidery"),
        details("kurta", "pink embroidery on the yoke and a pink dupatta"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Sangria Women Navy Blue Embroidered Straight Kurta with Trousers & With Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # 026 flat lay: sea green kurta and sea green palazzos laid side by side on white, no person. VQA adapter.
    case(
        "X1204-026",
        she("a green kurta and green pants"),
        col("kurta", "green"),
        col("palazzos", "green"),
        describe("kurta", "a green kurta and a pair of green pants on a white background"),
        details("kurta", "", "non_answer"),
        gender="Women",
        title="Mokshi Women Sea Green Solid Kurta with Palazzos",
        category="Kurta Sets",
        color="Sea Green",
    ),
    # 027 model, front: red bandhani kurta (white dots), white leggings. VQA adapter; all right.
    case(
        "X1204-027",
        she("a red and white polka dot kurta"),
        col("kurta", "red"),
        describe("kurta", "a red kurta with white polka dots and white leggings"),
        details("kurta", "the kurta has a bandhani print"),
        BLIND_QUESTIONS.pattern("polka dot"),
        gender="Women",
        title="KALINI Women Red & White Bandhani Printed Kurta",
        category="Kurtas",
        color="Red",
    ),
    # 028 model, front: pink kurta with gold embroidery at the neckline only, pink palazzos, pink dupatta. VQA adapter.
    case(
        "X1204-028",
        she("he is wearing a pink kurta", "pronoun"),
        col("kurta", "pink"),
        col("palazzos", "pink"),
        col("dupatta", "pink"),
        describe(
            "kurta",
            "a pink kurta with a gold embroidery on the neckline and the sleeves and the hem and the neckline and the "
            "sleeves and the hem and",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "the kurta has gold embroidery"),
        gender="Women",
        title="Indo Era Women Pink Embroidered Kurta with Palazzos & With Dupatta",
        category="Kurta Sets",
        color="Pink",
    ),
    # 029 model, front, holding a coffee cup: blue printed kurta with three-quarter sleeves, white trousers with a
    # small blue print. VQA adapter.
    case(
        "X1204-029",
        she("a blue kurta and white pants"),
        col("kurta", "blue"),
        col("trousers", "blue", "other_garment_color"),
        describe("kurta", "a woman holding a cup of coffee", "non_answer"),
        details("kurta", "the kurta has a round neck and short sleeves", "unsupported"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Libas Women Blue Printed Kurta with Trousers",
        category="Kurta Sets",
        color="Blue",
    ),
    # 030 model, front: black solid straight kurta, white palazzos styled. VQA adapter.
    case(
        "X1204-030",
        she("a black kurta and white pants"),
        col("kurta", "black"),
        kurta_color("black and white", "other_garment_color"),
        describe("kurta", "a black kurta"),
        details(
            "kurta",
            "black black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="AURELIA Women Black Solid Straight Kurta",
        category="Kurtas",
        color="Black",
    ),
    # 031 model, front: mustard kurta, mustard palazzos, maroon dupatta with a thin border. No gender column. VQA
    # adapter.
    case(
        "X1204-031",
        she("a yellow kurta with a red dupatta"),
        col("kurta", "yellow"),
        col("palazzos", "yellow"),
        col("dupatta", "yellow", "other_garment_color"),
        describe("kurta", "a yellow kurta with a red dupatta and yellow pants"),
        details(
            "kurta",
            "the kurta has a red border and the dupatta has a red border and the dupatta has a red border and the "
            "dupatta has a red border",
            "loop",
            hit_limit=True,
        ),
        title="Anouk Women Mustard Printed Kurta with Palazzos & With Dupatta",
        category="Kurta Sets",
        color="Mustard",
    ),
    # 032 model, front: cream kurta with embroidery at the neck, cream trousers, multicoloured printed dupatta. VQA
    # adapter.
    case(
        "X1204-032",
        she("a white kurta, white pants and a colorful dupatta"),
        col("kurta", "white"),
        col("trousers", "white"),
        col("dupatta", "multicolor"),
        describe(
            "kurta",
            "a white kurta with embroidery on the neck and a colorful dupatta with a print of flowers and leaves and "
            "birds and a pair of white",
            "cut",
            hit_limit=True,
        ),
        details("kurta", "the kurta details are the details of the kurta", "restated"),
        is_a("kurta", "yes"),
        gender="Women",
        title="GoSriKi Women Cream Embroidered Kurta with Trousers & With Dupatta",
        category="Kurta Sets",
        color="Cream",
    ),
    # 033 back view: purple kurta with white flowers, keyhole at the back neck closed with one button. VQA adapter.
    case(
        "X1204-033",
        she("a purple dress", "contradiction"),
        col("kurta", "purple"),
        describe("kurta", "the back of a purple kurta with white flowers"),
        details("kurta", "the kurta has a keyhole neck with a button at the back"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Biba Women Purple Floral Printed Kurta",
        category="Kurtas",
        color="Purple",
    ),
    # 034 model, front: green short kurta with mirror work at neck and sleeves, green sharara, gold dupatta. The
    # title gives no fabric. VQA adapter.
    case(
        "X1204-034",
        she("a green and gold lehenga", "contradiction"),
        col("kurta", "the color of the kurta is the color of the kurta", "restated"),
        col("sharara", "green"),
        col("dupatta", "gold"),
        describe("kurta", "a green kurta with gold embroidery"),
        details("kurta", "mirror work on the neck and the sleeves"),
        material("silk", "unsupported"),
        gender="Women",
        title="Varanga Women Green Embroidered Kurta with Sharara & With Dupatta",
        category="Kurta Sets",
        color="Green",
    ),
    # 035 model, front: powder blue solid kurta with lace at the hem, powder blue palazzos. VQA adapter.
    case(
        "X1204-035",
        she("a blue dress and blue pants", "contradiction"),
        col("kurta", "blue"),
        col("palazzos", "blue"),
        describe("kurta", "a light blue kurta with white pants", "contradiction"),
        details("kurta", "the kurta has a lace at the hem"),
        gender="Women",
        title="W Women Blue Solid Kurta with Palazzos",
        category="Kurta Sets",
        color="Blue",
    ),
    # 036 model, front: multicoloured ethnic-print kurta, black leggings. No category column. VQA adapter.
    case(
        "X1204-036",
        she("a colorful kurta and black leggings"),
        col("kurta", "multicolor"),
        kurta_color("black", "other_garment_color"),
        describe("kurta", "a colorful kurta with a print"),
        details(
            "kurta",
            "the kurta has a print of the print of the print of the print of the print of the print of the print of "
            "the",
            "loop",
            hit_limit=True,
        ),
        BLIND_QUESTIONS.pattern("printed"),
        gender="Women",
        title="Sangria Women Multicoloured Ethnic Motifs Printed Kurta",
        color="Multi",
    ),
    # 037 model, front: indigo kurta with white print, V-neck, three-quarter sleeves; white palazzos with an indigo
    # print. VQA adapter.
    case(
        "X1204-037",
        she("a blue and white kurta with blue and white pants"),
        col("kurta", "blue"),
        col("palazzos", "white"),
        describe("kurta", "a blue kurta with white print"),
        details(
            "kurta",
            "the kurta has a white print and a v neck and three quarter sleeves and a pair of white pants with blue "
            "print and a",
            "cut",
            hit_limit=True,
        ),
        material("cotton"),
        gender="Women",
        title="Jaipur Kurti Women Indigo Printed Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # 038 model, front: peach kurta with white thread embroidery on the yoke, peach trousers, sheer peach dupatta.
    # VQA adapter.
    case(
        "X1204-038",
        she(
            "a pink kurta with a pink dupatta and pink pants and a pink dupatta and pink pants and a pink dupatta and "
            "pink pants and",
            "loop",
            hit_limit=True,
        ),
        col("kurta", "peach"),
        col("trousers", "peach"),
        col("dupatta", "white", "contradiction"),
        describe("kurta", "a peach kurta with white embroidery"),
        details("kurta", "the kurta has white embroidery on the yoke"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Libas Women Peach Embroidered Kurta with Trousers & With Dupatta",
        category="Kurta Sets",
        color="Peach",
    ),
    # 039 model, front: maroon solid kurta with a gold border, V-neck with gold buttons, gold jhumkas, white palazzos
    # styled. VQA adapter; all right.
    case(
        "X1204-039",
        she("a red kurta and earrings"),
        col("kurta", "red"),
        describe("kurta", "a red kurta with a gold border"),
        details("kurta", "the kurta has a v-neck and gold buttons"),
        kurta_color("maroon"),
        gender="Women",
        title="Ahalyaa Women Maroon Solid Kurta",
        category="Kurtas",
        color="Maroon",
    ),
    # 040 model, front: yellow and white striped kurta, round neck with one button, white trousers. VQA adapter.
    case(
        "X1204-040",
        she("a yellow and white striped kurta and white pants"),
        col("kurta", "yellow"),
        col("trousers", "yellow", "other_garment_color"),
        describe(
            "kurta",
            "a yellow and white striped kurta with a yellow and white striped kurta with a yellow and white striped "
            "kurta with a",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "the kurta has stripes and a round neck with a button"),
        BLIND_QUESTIONS.pattern("striped"),
        gender="Women",
        title="Nayo Women Yellow & White Striped Kurta with Trousers",
        category="Kurta Sets",
        color="Yellow",
    ),
    # 041 model, front: black printed kurta, black palazzos, red dupatta. VQA adapter.
    case(
        "X1204-041",
        she("a black kurta with a red dupatta and black pants"),
        col("kurta", "black"),
        col("palazzos", "black"),
        col("dupatta", "black", "other_garment_color"),
        describe("kurta", "a black kurta"),
        details("kurta", "Question: What are the kurta details? Answer:", "leak"),
        gender="Women",
        title="Mokshi Women Black Printed Kurta with Palazzos & With Dupatta",
        category="Kurta Sets",
        color="Black",
    ),
    # 042 model, front: pink floral A-line kurta, V-neck, three-quarter sleeves, blue jeans. No color column. VQA
    # adapter.
    case(
        "X1204-042",
        she("a pink top and blue jeans"),
        col("kurta", "pink"),
        describe("kurta", "a pink kurta with a floral print and blue jeans"),
        details(
            "kurta",
            "the kurta has a floral print and a v neck and three quarter sleeves and the jeans are blue and have a",
            "cut",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Women",
        title="Anouk Women Pink Floral Printed A-Line Kurta",
        category="Kurtas",
    ),
    # 043 model, front: white kurta with red print and red border on the sleeves, red palazzos, red dupatta. VQA
    # adapter.
    case(
        "X1204-043",
        she("he is wearing a white kurta with red pants", "pronoun"),
        col("kurta", "red", "other_garment_color"),
        col("palazzos", "red"),
        col("dupatta", "red"),
        describe("kurta", "a white kurta with red print"),
        details("kurta", "the kurta has red flowers and a red border on the sleeves"),
        gender="Women",
        title="Biba Women White & Red Printed Kurta with Palazzos & With Dupatta",
        category="Kurta Sets",
        color="White",
    ),
    # 044 model, front: teal solid straight kurta, white trousers. VQA adapter.
    case(
        "X1204-044",
        she("a blue kurta and white pants"),
        col(
            "kurta",
            "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue "
            "blue blue blue blue blue blue blue blue blue",
            "loop",
            hit_limit=True,
        ),
        kurta_color("teal"),
        describe("kurta", "a blue kurta"),
        details("kurta", "it is a kurta", "non_answer"),
        gender="Women",
        title="Sangria Women Teal Solid Straight Kurta",
        category="Kurtas",
        color="Teal",
    ),
    # 045 model, front: grey kurta with a pink floral print, pink palazzos. No gender column. VQA adapter.
    case(
        "X1204-045",
        she("she is wearing a grey and pink kurta with pink pants"),
        col("kurta", "grey"),
        col("palazzos", "grey", "other_garment_color"),
        describe("kurta", "a grey kurta with pink flowers"),
        details(
            "kurta",
            "the kurta has pink flowers and pink flowers and pink flowers and pink flowers and pink flowers and pink "
            "flowers and pink flowers and",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "no", "contradiction"),
        title="Indo Era Women Grey & Pink Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Grey",
    ),
]
