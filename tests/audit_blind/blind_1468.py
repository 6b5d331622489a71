"""BLIND_1468 (45 products; Myntra kurtas and kurta sets, VQA adapter): written blind in the sixty-fifth session.
Measured blind at 81d2e84 (the session's second rules): 69/86 failures found (80.2%) and 7/162 correct texts flagged
(4.3%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's kurtas and kurta sets (kurta with palazzos, trousers, sharara or churidar, often
with a dupatta), catalog photos: a model on a plain backdrop wearing the set or styling a lone kurta with jeans,
leggings or palazzos from another listing, now and then a flat lay, a back view or a prop (stool, clutch, bouquet).
Columns as Myntra exports them: title, category (article type: Kurta Sets, Kurtas, Kurtis), color (base colour),
gender ("Women"; missing on a few rows, as in the real feed).
Who wrote what: every answer is from leoreigoto/Data3_V3_BLIP2_VQA on Salesforce/blip2-opt-2.7b (8-bit), greedy,
max 30 new tokens, one generate per prompt, `Question: ... Answer:` prompts. No caption: this run had the VQA adapter
only, and it does not caption. The questionnaire is the original experiments' one with the garment names of the
feed: What is she wearing? What is the color of the kurta? and of each other piece of the set, asked separately
(palazzos, trousers, sharara, churidar, dupatta), Describe the kurta. What are the kurta details? On some rows also
the questionnaire's second color phrasing (What is the kurta color?) and the VQA data's yes/no (Is this a kurta?).
Labeling conventions and judgement calls: judged against the photo I imagined (the comment above each case) and the
title. One failure kind per text, the one that explains it best. A hue family counts as right: "pink" for peach,
"green" for teal or olive, "purple" for lavender or mauve, "white" for off-white or cream, "blue" for navy, "orange"
for rust; "gold" for a pink kurta with a gold yoke, "black" for a navy kurta and "purple" for a maroon one do not.
A lone kurta's color given as the color of the jeans/leggings/palazzos it is styled with is other_garment_color, and
so is a set piece's color given as another piece's (palazzos "navy blue" under a navy kurta when they are white);
one color for two pieces of a monochrome set is right. Calling the kurta a dress, gown, shirt or blouse, or "no" to
Is this a kurta?, is contradiction (the title says kurta); "top" for a short kurti I let pass. Invented details
(pockets, lace, a roll-up tab, a fabric the title contradicts or does not give) are unsupported. An answer that
repeats itself until the 30-token limit is loop even when its first words are right; one that runs on with the
`Question:`/`Answer:` format is leak; one that is sensible but stops mid-phrase at the limit is cut. Empty output
(the adapter emits padding only) and one bare word that says nothing ("kurta" to Describe the kurta) are non_answer;
echoing the question is restated. A one-word answer that is true ("floral print", "buttons") is correct.
"""

from tests.audit_corpus import case, color_of, describe, details, is_a, question, wearing

kurta_color = question("kurta_color", "What is the kurta color?", "open")

BLIND_1468 = [
    # Photo: model, front, grey backdrop: navy kurta with white ethnic-motif print, white palazzos with a navy border,
    # white dupatta with navy print over one shoulder. All answers: VQA adapter.
    case(
        "X1468-001",
        wearing("a blue kurta with white palazzo pants and a dupatta", who="she"),
        color_of("kurta", "navy blue", kind="open"),
        color_of("palazzos", "navy blue", "other_garment_color", kind="open"),
        color_of("dupatta", "white", kind="open"),
        describe("kurta", "a navy blue kurta with white print"),
        details(
            "kurta",
            "the kurta has a round neck and three quarter sleeves and a printed border at the hem and the sleeves and"
            " the neckline and the sleeves and the neckline and the",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Anouk Women Navy Blue Ethnic Motifs Printed Kurta with Palazzos & With Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # Photo: model, white backdrop, one hand in a side pocket: pink straight kurta with small white and green
    # flowers, matching pink printed trousers, white sneakers. VQA adapter.
    case(
        "X1468-002",
        wearing("a dress", "contradiction", who="she"),
        color_of("kurta", "pink", kind="open"),
        color_of("trousers", "pink", kind="open"),
        describe("kurta", "a pink floral print kurta with pockets"),
        details("kurta", "floral print"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Libas Women Pink Floral Printed Pure Cotton Kurta with Trousers",
        category="Kurta Sets",
        color="Pink",
    ),
    # Photo: model, white backdrop: teal calf-length straight kurta with a mandarin collar, styled with white
    # leggings. VQA adapter.
    case(
        "X1468-003",
        wearing("a green kurta and white leggings", who="she"),
        color_of("kurta", "white", "other_garment_color", kind="open"),
        kurta_color("teal"),
        describe("kurta", "a teal kurta with a mandarin collar"),
        details("kurta", "", "non_answer"),
        gender="Women",
        title="W Women Teal Solid Straight Kurta",
        category="Kurtas",
        color="Teal",
    ),
    # Photo: model holding a small gold clutch: mustard kurta with a gold embroidered yoke, mustard palazzos.
    # VQA adapter.
    case(
        "X1468-004",
        wearing("a yellow kurta and yellow palazzo pants", who="she"),
        color_of(
            "kurta",
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow"
            " yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("palazzos", "yellow", kind="open"),
        describe("kurta", "a yellow kurta with gold embroidery on the neck"),
        details("kurta", "the kurta has buttons down the front and two patch pockets", "unsupported"),
        gender="Women",
        title="Sangria Women Mustard Yellow Yoke Design Kurta with Palazzos",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Photo: model mid-twirl: maroon flared anarkali kurta with gold printed motifs, maroon churidar (only the ankles
    # show). Lone kurta listing. VQA adapter.
    case(
        "X1468-005",
        wearing("a red dress", "contradiction", who="she"),
        color_of("kurta", "maroon", kind="open"),
        describe("kurta", "a long maroon anarkali with gold print"),
        details("kurta", "gold print on the flare and the yoke"),
        is_a("kurta", "no", "contradiction"),
        gender="Women",
        title="Biba Women Maroon Ethnic Motifs Printed Anarkali Kurta",
        category="Kurtas",
        color="Maroon",
    ),
    # Photo: model, beige backdrop: bottle-green kurta with gold zari at the neckline, green trousers, gold organza
    # dupatta with a thin green border. VQA adapter.
    case(
        "X1468-006",
        wearing("a green kurta with gold embroidery and a matching dupatta", who="she"),
        color_of("kurta", "green", kind="open"),
        color_of("trousers", "green", kind="open"),
        color_of("dupatta", "green", "other_garment_color", kind="open"),
        describe(
            "kurta",
            "green kurta with gold embroidery Question: Describe the trousers. Answer: green trousers Question:"
            " Describe the",
            "leak",
            hit_limit=True,
        ),
        details("kurta", "gold embroidery"),
        gender="Women",
        title="Varanga Women Green & Gold-Toned Embroidered Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Green",
    ),
    # Photo: model, white backdrop: white kurta with an indigo block print (white ground clearly dominant), solid
    # indigo palazzos. VQA adapter.
    case(
        "X1468-007",
        wearing("a white kurta and blue pants", who="she"),
        color_of("kurta", "blue", "contradiction", kind="open"),
        color_of("palazzos", "blue", kind="open"),
        describe("kurta", "a white and blue kurta with a printed pattern"),
        details("kurta", "the kurta is made of silk and has a silk lining", "unsupported"),
        gender="Women",
        title="Anubhutee Women White & Blue Printed Pure Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="White",
    ),
    # Photo: model holding sunglasses: peach straight kurta, round neck, three-quarter sleeves, styled with white
    # palazzos. VQA adapter; every answer right (peach read as pink).
    case(
        "X1468-008",
        wearing("a pink kurta and white pants", who="she"),
        color_of("kurta", "pink", kind="open"),
        describe("kurta", "a peach kurta"),
        details("kurta", "the kurta has a round neck and three quarter sleeves"),
        is_a("kurta", "yes"),
        gender="Women",
        title="AURELIA Women Peach-Coloured Solid Straight Kurta",
        category="Kurtas",
        color="Peach",
    ),
    # Photo: model: black V-neck kurta with white and red flowers, black trousers, black dupatta with a red printed
    # border. VQA adapter.
    case(
        "X1468-009",
        wearing("she is wearing a black kurta with a black pant and a black dupatta", who="she"),
        color_of("kurta", "black", kind="open"),
        color_of("trousers", "black", kind="open"),
        color_of("dupatta", "black and red", kind="open"),
        describe("kurta", "the man is wearing a black kurta with a floral print", "pronoun"),
        details("kurta", "floral print and a v neck"),
        gender="Women",
        title="Indo Era Women Black Printed Straight Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Black",
    ),
    # Photo: flat lay on a white surface, no model: blue-and-white vertically striped kurta above solid blue
    # palazzos. VQA adapter.
    case(
        "X1468-010",
        wearing("a blue and white striped shirt and blue pants", "contradiction", who="she"),
        color_of("kurta", "blue and white", kind="open"),
        color_of("palazzos", "blue", kind="open"),
        describe("kurta", "a blue and white striped kurta"),
        details("kurta", "stripes"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Jaipur Kurti Women Blue & White Striped Kurta with Palazzos",
        category="Kurta Sets",
        color="Blue",
    ),
    # Photo: model: red kurta with white flowers, white palazzos with small red flowers, red dupatta with a gota
    # border. VQA adapter.
    case(
        "X1468-011",
        wearing("a red kurta with white pants and a red dupatta", who="she"),
        color_of("kurta", "red", kind="open"),
        color_of("palazzos", "red", "other_garment_color", kind="open"),
        color_of("dupatta", "red", kind="open"),
        describe(
            "kurta",
            "a red kurta with a red dupatta and red palazzo pants with a red dupatta and red palazzo pants with a red"
            " dupatta and red",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "the kurta details", "restated"),
        gender="Women",
        title="Khushal K Women Red Floral Print Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Red",
    ),
    # Photo: back view, model's back to the camera: olive kurta with a keyhole opening and a tasselled tie at the
    # nape, beige trousers. No gender column on this row. VQA adapter.
    case(
        "X1468-012",
        wearing("a green dress", "contradiction", who="she"),
        color_of("kurta", "olive green", kind="open"),
        describe("kurta", "a green kurta with a tie at the back"),
        details(
            "kurta",
            "the back of the kurta has a keyhole opening with a tie up and tassels at the end of the tie up and the"
            " tassels at the end of the tie up and the tassels",
            "loop",
            hit_limit=True,
        ),
        title="Vishudh Women Olive Green Solid Kurta",
        category="Kurtas",
        color="Olive",
    ),
    # Photo: model with oxidised earrings, beige backdrop: off-white chikankari kurta, off-white palazzos. VQA
    # adapter; every answer right.
    case(
        "X1468-013",
        wearing("a white kurta and white pants", who="she"),
        color_of("kurta", "white", kind="open"),
        color_of("palazzos", "white", kind="open"),
        describe("kurta", "a white kurta with embroidery"),
        details("kurta", "white embroidery on the front and on the sleeves"),
        is_a("kurta", "yes"),
        gender="Women",
        title="GERUA Women Off-White Chikankari Embroidered Kurta with Palazzos",
        category="Kurta Sets",
        color="Off White",
    ),
    # Photo: model smiling, white backdrop: lavender kurta with thread embroidery on the yoke and cuffs, lavender
    # trousers, lavender net dupatta with a scalloped lace border; plain cotton sleeves. VQA adapter.
    case(
        "X1468-014",
        wearing("purple dress", "contradiction", who="she"),
        color_of("kurta", "purple", kind="open"),
        color_of("trousers", "purple", kind="open"),
        color_of(
            "dupatta",
            "purple Question: What is the color of the dupatta? Answer: purple Question: What is the color of the"
            " dupatta? Answer:",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        describe(
            "kurta", "a purple kurta with embroidery on the neck and sleeves and a purple dupatta with a lace border"
        ),
        details("kurta", "the kurta has a lace trim at the hem and the sleeves are made of lace", "unsupported"),
        gender="Women",
        title="Anouk Women Lavender Floral Embroidered Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Lavender",
    ),
    # Photo: model: yellow kurta with a green leaf print, keyhole neck with tassel tie, green sharara, yellow dupatta
    # with a green border. VQA adapter.
    case(
        "X1468-015",
        wearing("a yellow kurta with green pants", who="she"),
        color_of("kurta", "yellow", kind="open"),
        color_of("sharara", "yellow", "other_garment_color", kind="open"),
        color_of("dupatta", "yellow", kind="open"),
        describe(
            "kurta",
            "yellow kurta with green print Answer: yellow kurta with green print Answer: yellow kurta with green print"
            " Answer:",
            "leak",
            hit_limit=True,
        ),
        details(
            "kurta",
            "the kurta has a round neck with a keyhole and a tassel tie at the front and three quarter sleeves with a"
            " printed border on the hem and the",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Nayo Women Yellow & Green Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Photo: model: short navy A-line kurti with white polka dots, styled with blue jeans. VQA adapter.
    case(
        "X1468-016",
        wearing("a blue top and jeans", who="she"),
        color_of("kurti", "blue", kind="open"),
        describe("kurti", "a blue shirt with white polka dots", "contradiction"),
        details("kurti", "polka dots"),
        is_a("kurti", "no", "contradiction"),
        gender="Women",
        title="Roadster Women Navy Blue Polka Dot Printed A-Line Kurti",
        category="Kurtis",
        color="Navy Blue",
    ),
    # Photo: model: rust kurta with gold foil print on the yoke and sleeves, keyhole round neck, gold printed hem
    # border; rust palazzos. VQA adapter.
    case(
        "X1468-017",
        wearing("she is wearing a orange kurta and orange palazzo pants", who="she"),
        color_of("kurta", "orange", kind="open"),
        color_of(
            "palazzos",
            "orange-orange-orange-orange-orange-orange-orange-orange-orange-orange-orange-orange-orange-orange-orange",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        describe(
            "kurta",
            "a orange kurta with gold print on the yoke and the sleeves and a round neck with a keyhole and a straight"
            " hem with a gold printed border and",
            "cut",
            hit_limit=True,
        ),
        details("kurta", "gold print"),
        gender="Women",
        title="Mitera Women Rust Orange Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Rust",
    ),
    # Photo: model: magenta kurta with a mandarin collar and a button placket, plain full sleeves, white trousers,
    # magenta dupatta with gold edging. VQA adapter.
    case(
        "X1468-018",
        wearing("a pink kurta and white pants with a pink scarf", who="she"),
        color_of("kurta", "pink", kind="open"),
        color_of("trousers", "pink", "other_garment_color", kind="open"),
        color_of("dupatta", "pink", kind="open"),
        describe("kurta", "pink"),
        details(
            "kurta",
            "the kurta has a mandarin collar and a button placket and the sleeves are rolled up with a tab",
            "unsupported",
        ),
        gender="Women",
        title="Jaipur Kurti Women Magenta Solid Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Magenta",
    ),
    # Photo: model: beige kurta with a black geometric print, black palazzos. VQA adapter.
    case(
        "X1468-019",
        wearing("a black and white dress", "contradiction", who="she"),
        color_of("kurta", "black", "other_garment_color", kind="open"),
        color_of("palazzos", "black", kind="open"),
        describe("kurta", "a beige kurta with black print"),
        details("kurta", "black print"),
        gender="Women",
        title="Ahalyaa Women Beige & Black Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Beige",
    ),
    # Photo: model: grey-and-white striped kurta, plain white trousers. VQA adapter (the base model's one-color habit).
    case(
        "X1468-020",
        wearing("grey kurta and grey pants", "other_garment_color", who="she"),
        color_of("kurta", "grey", kind="open"),
        color_of("trousers", "grey", "other_garment_color", kind="open"),
        kurta_color("grey"),
        describe("kurta", "a grey striped kurta"),
        details("kurta", "stripes"),
        gender="Women",
        title="HERE&NOW Women Grey & White Striped Kurta with Trousers",
        category="Kurta Sets",
        color="Grey",
    ),
    # Photo: model, white backdrop: very dark navy kurta with white thread work on the yoke and sleeves, round neck,
    # three-quarter sleeves, straight hem; navy palazzos. No gender column on this row. VQA adapter.
    case(
        "X1468-021",
        wearing("a blue kurta with blue palazzo pants", who="she"),
        color_of("kurta", "black", "contradiction", kind="open"),
        color_of("palazzos", "blue", kind="open"),
        describe(
            "kurta",
            "a dark blue kurta with white embroidery on the yoke and the sleeves and a round neck and three quarter"
            " sleeves and a straight hem with",
            "cut",
            hit_limit=True,
        ),
        details(
            "kurta",
            "white embroidery on the yoke and the sleeves Answer: white embroidery on the yoke and the sleeves Answer:"
            " white embroidery",
            "leak",
            hit_limit=True,
        ),
        title="Sangria Women Navy Blue Pure Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # Photo: model: sea-green kurta with small white flowers, styled with white palazzos. VQA adapter.
    case(
        "X1468-022",
        wearing("a green kurta and white pants", who="she"),
        color_of("kurta", "green", kind="open"),
        kurta_color("white", "other_garment_color"),
        describe(
            "kurta",
            "a green kurta with white flowers and white flowers and white flowers and white flowers and white flowers"
            " and white flowers and white",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "flowers"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Libas Women Sea Green Floral Printed Straight Kurta",
        category="Kurtas",
        color="Sea Green",
    ),
    # Photo: model: floor-length black anarkali kurta with gold embroidery on the yoke and hem, black churidar, gold
    # dupatta with a black border. VQA adapter.
    case(
        "X1468-023",
        wearing("a black dress with gold embroidery", "contradiction", who="she"),
        color_of("kurta", "black", kind="open"),
        color_of("churidar", "black", kind="open"),
        color_of("dupatta", "gold", kind="open"),
        describe(
            "kurta",
            "a long black kurta with gold embroidery on the yoke and the hem and a gold dupatta with a black border"
            " and a black churidar with a",
            "cut",
            hit_limit=True,
        ),
        details("kurta", "gold embroidery"),
        gender="Women",
        title="Ethnic Attire Women Black Embroidered Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Black",
    ),
    # Photo: flat lay on a grey surface, no model: white cotton kurta with a half button placket. VQA adapter.
    case(
        "X1468-024",
        wearing("a white shirt", "contradiction", who="she"),
        color_of("kurta", "white", kind="open"),
        describe("kurta", "a white kurta with a button placket"),
        details(
            "kurta",
            "buttons Question: What are the kurta details? Answer: buttons Question: What are the kurta details?"
            " Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Fabindia Women White Cotton Straight Kurta",
        category="Kurtas",
        color="White",
    ),
    # Photo: model holding a potli bag: pink kurta with a gold embroidered yoke, pink trousers, pink dupatta with a
    # gold border. VQA adapter.
    case(
        "X1468-025",
        wearing("a pink kurta and pink pants with a pink dupatta", who="she"),
        color_of("kurta", "pink", kind="open"),
        color_of("trousers", "pink", kind="open"),
        color_of("dupatta", "pink", kind="open"),
        kurta_color("gold", "contradiction"),
        describe("kurta", "a pink kurta with gold embroidery"),
        details(
            "kurta",
            "the kurta has a gold embroidered yoke and a gold border on the hem and a gold border on the sleeves and a"
            " gold border on the hem and a gold border",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Varanga Women Pink Yoke Design Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Pink",
    ),
    # Photo: model: teal kurta with white ethnic motifs, round neck, three-quarter sleeves, straight hem with side
    # slits; teal palazzos, cream dupatta with a teal print. VQA adapter.
    case(
        "X1468-026",
        wearing("he is wearing a blue kurta and blue palazzo pants", "pronoun", who="she"),
        color_of("kurta", "blue", kind="open"),
        color_of("palazzos", "blue", kind="open"),
        color_of("dupatta", "blue", "other_garment_color", kind="open"),
        describe(
            "kurta",
            "a blue kurta with a print of ethnic motifs in white and a round neck and three quarter sleeves and a"
            " straight hem and side slits and a",
            "cut",
            hit_limit=True,
        ),
        details("kurta", "ethnic motifs"),
        gender="Women",
        title="Anouk Women Teal Blue Ethnic Motifs Printed Kurta with Palazzos & With Dupatta",
        category="Kurta Sets",
        color="Teal",
    ),
    # Photo: model: plain black kurta, black palazzos, silver jhumkas. VQA adapter.
    case(
        "X1468-027",
        wearing("a black blouse and black pants", "contradiction", who="she"),
        color_of("kurta", "black", kind="open"),
        color_of("palazzos", "black", kind="open"),
        describe("kurta", "a black kurta"),
        details("kurta", "", "non_answer"),
        is_a("kurta", "yes"),
        gender="Women",
        title="W Women Black Solid Kurta with Palazzos",
        category="Kurta Sets",
        color="Black",
    ),
    # Photo: model: knee-length blue kurta with an off-white print, off-white churidar, blue-and-off-white dupatta.
    # VQA adapter.
    case(
        "X1468-028",
        wearing("a blue dress and white leggings", "contradiction", who="she"),
        color_of("kurta", "blue", kind="open"),
        color_of("churidar", "white", kind="open"),
        color_of("dupatta", "blue and white", kind="open"),
        describe(
            "kurta",
            "a blue kurta with white print Question: Describe the churidar. Answer: a white churidar Question:"
            " Describe the",
            "leak",
            hit_limit=True,
        ),
        details("kurta", "print"),
        gender="Women",
        title="Biba Women Blue & Off-White Printed Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Blue",
    ),
    # Photo: model: lime-green kurta with three-quarter sleeves and a small print, white palazzos with a green print.
    # VQA adapter.
    case(
        "X1468-029",
        wearing("a green kurta with white palazzo pants", who="she"),
        color_of("kurta", "green", kind="open"),
        color_of("palazzos", "green", "other_garment_color", kind="open"),
        describe("kurta", "kurta", "non_answer"),
        details("kurta", "the kurta has a round neck and is sleeveless", "unsupported"),
        gender="Women",
        title="Inddus Women Lime Green Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Lime Green",
    ),
    # Photo: model seated on a wooden stool: red kurta with a gold print and a V neck, plain red trousers. VQA
    # adapter; every answer right.
    case(
        "X1468-030",
        wearing("a red kurta and red pants sitting on a stool", who="she"),
        color_of("kurta", "red", kind="open"),
        color_of("trousers", "red", kind="open"),
        describe("kurta", "a red kurta with gold print"),
        details("kurta", "gold print and a v neck"),
        gender="Women",
        title="Libas Women Red & Golden Printed Kurta with Trousers",
        category="Kurta Sets",
        color="Red",
    ),
    # Photo: model: brown cotton kurta with a white block print, brown palazzos. VQA adapter.
    case(
        "X1468-031",
        wearing("a brown kurta and brown pants", who="she"),
        color_of(
            "kurta",
            "brown brown brown brown brown brown brown brown brown brown brown brown brown brown brown brown brown"
            " brown brown brown brown brown brown brown brown brown brown brown brown brown",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("palazzos", "brown", kind="open"),
        describe("kurta", "describe the kurta", "restated"),
        details("kurta", "white print"),
        gender="Women",
        title="Jaipur Kurti Women Brown Printed Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Brown",
    ),
    # Photo: model: peach kurta with green thread embroidery at the neck, green sharara, peach dupatta. VQA adapter.
    case(
        "X1468-032",
        wearing("a pink kurta with green pants and a pink dupatta", who="she"),
        color_of("kurta", "green", "other_garment_color", kind="open"),
        color_of("sharara", "green", kind="open"),
        color_of("dupatta", "peach", kind="open"),
        describe("kurta", "a peach kurta with green embroidery on the neck"),
        details(
            "kurta",
            "the neckline, the sleeves, the hem, the neckline, the sleeves, the hem, the neckline, the sleeves, the"
            " hem, the neckline",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="AKS Women Peach-Coloured & Green Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Peach",
    ),
    # Photo: model: navy kurta with a white geometric print, styled with navy palazzos. Title gives no fabric. VQA
    # adapter.
    case(
        "X1468-033",
        wearing("a blue and white kurta with blue pants", who="she"),
        color_of("kurta", "navy blue and white", kind="open"),
        describe(
            "kurta",
            "the kurta is made of pure cotton and is printed with a navy blue and white pattern",
            "unsupported",
        ),
        details("kurta", "", "non_answer"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Anubhutee Women Navy Blue & White Printed Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Photo: model: black kurta with gold foil print, black palazzos, sheer black dupatta with gold foil dots. VQA
    # adapter.
    case(
        "X1468-034",
        wearing("black kurta with gold print black palazzo pants and black dupatta", who="she"),
        color_of("kurta", "black", kind="open"),
        color_of("palazzos", "black", kind="open"),
        color_of("dupatta", "black", kind="open"),
        describe("kurta", "a black kurta with gold print"),
        details(
            "kurta",
            "the kurta is a black kurta with gold print and the palazzo pants are black and the dupatta is black and"
            " the kurta is a black kurta",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Sangria Women Black & Gold-Toned Foil Print Kurta with Palazzos & With Dupatta",
        category="Kurta Sets",
        color="Black",
    ),
    # Photo: model with sunglasses pushed up on her head: cream kurta with tonal embroidery down the front, round
    # neck with a slit, full sleeves with embroidered cuffs, straight hem; styled with blue jeans. VQA adapter.
    case(
        "X1468-035",
        wearing("a white kurta and blue jeans", who="she"),
        color_of("kurta", "blue", "other_garment_color", kind="open"),
        describe("kurta", "a white kurta with embroidery"),
        details(
            "kurta",
            "the kurta has tonal embroidery on the front and a round neck with a slit and full sleeves with embroidered"
            " cuffs and a straight hem with",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Mokshi Women Cream-Coloured Embroidered Straight Kurta",
        category="Kurtas",
        color="Cream",
    ),
    # Photo: model: maroon velvet kurta with gold embroidery, maroon trousers. VQA adapter.
    case(
        "X1468-036",
        wearing(
            "a maroon kurta and maroon pants Question: What is she wearing? Answer: a maroon kurta and maroon pants"
            " Question:",
            "leak",
            who="she",
            hit_limit=True,
        ),
        color_of("kurta", "maroon", kind="open"),
        color_of("trousers", "maroon", kind="open"),
        kurta_color("purple", "contradiction"),
        describe("kurta", "a maroon velvet kurta with gold embroidery"),
        details("kurta", "the kurta is made of cotton and has gold embroidery", "unsupported"),
        gender="Women",
        title="Varanga Women Maroon Embroidered Velvet Kurta with Trousers",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Photo: model: blue kurta with a white ethnic print and white borders, plain white trousers, blue dupatta with a
    # white print. VQA adapter.
    case(
        "X1468-037",
        wearing("a blue kurta", who="she"),
        color_of("kurta", "blue", kind="open"),
        color_of("trousers", "white", kind="open"),
        color_of("dupatta", "white", "other_garment_color", kind="open"),
        describe(
            "kurta",
            "a blue kurta with a white print and a white border on the hem and a white border on the sleeves and a"
            " white border on the neck and a",
            "cut",
            hit_limit=True,
        ),
        details("kurta", "print"),
        gender="Women",
        title="Indo Era Women Blue Ethnic Motifs Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Blue",
    ),
    # Photo: model holding a bouquet: yellow kurta with white flowers, yellow palazzos. VQA adapter; every answer
    # right.
    case(
        "X1468-038",
        wearing("a yellow kurta and yellow palazzo pants holding flowers", who="she"),
        color_of("kurta", "yellow", kind="open"),
        color_of("palazzos", "yellow", kind="open"),
        describe("kurta", "a yellow kurta with white flowers"),
        details("kurta", "floral print"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Libas Women Yellow Floral Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Photo: model: green kurta with pink flowers, pink trousers, pink dupatta. VQA adapter.
    case(
        "X1468-039",
        wearing("a green dress with pink pants", "contradiction", who="she"),
        color_of("kurta", "green", kind="open"),
        color_of("trousers", "green", "other_garment_color", kind="open"),
        color_of("dupatta", "pink", kind="open"),
        kurta_color("green"),
        describe("kurta", "a green kurta with pink flowers"),
        details("kurta", "", "non_answer"),
        gender="Women",
        title="GoSriKi Women Green & Pink Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Green",
    ),
    # Photo: model: white kurta with white thread embroidery at the neck, white palazzos, white dupatta edged with
    # multicoloured pom-poms. VQA adapter.
    case(
        "X1468-040",
        wearing("a white kurta with white palazzo pants and a white dupatta", who="she"),
        color_of("kurta", "white", kind="open"),
        color_of("palazzos", "white", kind="open"),
        color_of(
            "dupatta",
            "white white white white white white white white white white white white white white white white white"
            " white white white white white white white white white white white white white",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        describe("kurta", "", "non_answer"),
        details("kurta", "embroidery on the neck and pom poms on the dupatta"),
        gender="Women",
        title="Ishin Women White Embroidered Kurta with Palazzos & With Dupatta",
        category="Kurta Sets",
        color="White",
    ),
    # Photo: model seated on a cane chair: plain blue kurta, mandarin collar, button placket, no pockets; blue
    # palazzos. VQA adapter.
    case(
        "X1468-041",
        wearing("a blue kurta and blue pants", who="she"),
        color_of(
            "kurta",
            "blue Question: What is the color of the palazzos? Answer: blue Question: What is the color of the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        color_of("palazzos", "blue", kind="open"),
        describe("kurta", "a blue kurta"),
        details("kurta", "the kurta has buttons on the front and a collar and two pockets on the side", "unsupported"),
        gender="Women",
        title="KALINI Women Blue Solid Kurta with Palazzos",
        category="Kurta Sets",
        color="Blue",
    ),
    # Photo: model: pink straight kurta with blue flowers and a printed blue hem border, round neck, short sleeves,
    # side slits; white churidar leggings. VQA adapter.
    case(
        "X1468-042",
        wearing("she is wearing a pink kurta", who="she"),
        color_of("kurta", "pink", kind="open"),
        describe("kurta", "a pink kurta with blue flowers and a blue border"),
        details(
            "kurta",
            "the kurta is a straight kurta with a round neck and short sleeves and a printed border at the hem and two"
            " side slits and a",
            "cut",
            hit_limit=True,
        ),
        is_a("kurta", "no", "contradiction"),
        gender="Women",
        title="Sangria Women Pink & Blue Floral Printed Straight Kurta",
        category="Kurtas",
        color="Pink",
    ),
    # Photo: model: mauve kurta with a keyhole neck and tassel, mauve palazzos. No gender column on this row. VQA
    # adapter.
    case(
        "X1468-043",
        wearing("a purple dress", "contradiction", who="she"),
        color_of("kurta", "purple", kind="open"),
        color_of("palazzos", "purple", kind="open"),
        describe(
            "kurta",
            "a purple kurta Question: Describe the palazzos. Answer: purple palazzos Question: Describe the",
            "leak",
            hit_limit=True,
        ),
        details("kurta", "keyhole neck"),
        title="Globus Women Mauve Solid Kurta with Palazzos",
        category="Kurta Sets",
        color="Mauve",
    ),
    # Photo: model: orange kurta with a green print, green trousers, orange-and-green dupatta. VQA adapter.
    case(
        "X1468-044",
        wearing("a orange kurta with green pants and a dupatta", who="she"),
        color_of("kurta", "orange", kind="open"),
        color_of("trousers", "orange", "other_garment_color", kind="open"),
        color_of("dupatta", "green and orange", kind="open"),
        describe("kurta", "the woman is wearing a orange kurta with green pants and a orange and green dupatta"),
        details(
            "kurta",
            "print print print print print print print print print print print print print print print print print"
            " print print print print print print print print print print print print print",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Biba Women Orange & Green Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Orange",
    ),
    # Photo: model: grey kurta with a black print, styled with black leggings. VQA adapter.
    case(
        "X1468-045",
        wearing("a grey kurta and black leggings", who="she"),
        color_of("kurta", "black", "other_garment_color", kind="open"),
        describe("kurta", "a grey kurta with a black print"),
        details(
            "kurta",
            "Question: What are the kurta details? Answer: black print Question: What are the kurta details? Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Anouk Women Grey Printed Straight Kurta",
        category="Kurtas",
        color="Grey",
    ),
]
