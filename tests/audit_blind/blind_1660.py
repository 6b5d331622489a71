"""BLIND_1660 (45 products; Myntra women's kurta sets, VQA adapter): written blind in the sixty-seventh session.
Measured blind at c7905fe (the session's first rules): 66/79 failures found (83.5%) and 9/181 correct texts flagged
(5.0%). The writer's notes, verbatim:

Scenario: a Myntra women's ethnic-wear feed, article types Kurtas, Kurta Sets and one Kurtis, mostly kurta with
palazzos or trousers, often with a dupatta. Photos are the usual catalog shots: a model on a plain backdrop (white,
grey, beige, pink, blue), now and then a flat lay, a back view, or a prop (a sling bag, a clutch, a chair, a potted
plant). Single kurtas are styled with bottoms the feed does not sell (leggings, white pants, jeans).
Who wrote what: every text is an answer from the VQA adapter leoreigoto/Data3_V3_BLIP2_VQA on blip2-opt-2.7b, greedy,
30 new tokens, prompt "Question: ... Answer:". The system does not caption with this adapter, so there is no caption.
The questionnaire is the original experiments' one adapted to the product: "What is she wearing?", the color of each
piece asked separately (kurta, palazzos / trousers / pants, dupatta), "Describe the kurta.", "What are the kurta
details?" and the VQA data's "Is this a kurta?". Color answers are free generation, stored open.
Labeling conventions and judgement calls: a kurta called a "dress", "shirt", "lehenga" or "blouse" is a wrong garment
(contradiction); "top", "tunic" and "kurta" are right; palazzos, trousers and churidar called "pants" or "leggings" are
right. Near hues count as right (teal or sea green as "green", lavender as "purple", maroon as "red", coral as
"pink"). A color that belongs to another garment of the same outfit is other_garment_color; a color that belongs to a
prop or the backdrop, or to nothing, is contradiction. A pattern or feature the photo does not show (pockets, a
collar, silk for a cotton kurta, a dupatta the set does not have) is unsupported. "No" to "Is this a kurta?" for a
kurta or kurti is contradiction. An answer that gives only a color to "What is she wearing?", an empty answer or "the
kurta" is non_answer; "kurta details" for the details is restated. Loops and cuts that ran to 30 tokens carry
hit_limit. A wrong pronoun ("he") in an otherwise right answer is pronoun. For the flat lays, "nothing" to "What is
she wearing?" is taken as right; an answer that puts pants on a flat-laid kurta is unsupported. Same color for every
piece is right when the set really is one color (several sets here are).
"""

from tests.audit_corpus import case, color_of, describe, details, is_a, wearing

BLIND_1660 = [
    # 001 model on grey backdrop: navy kurta with white ethnic motifs, navy palazzos, white dupatta with navy border.
    # VQA adapter answers only; the dupatta gets the kurta's navy.
    case(
        "X1660-001",
        wearing("a blue kurta and pants and a white scarf", who="she"),
        color_of("kurta", "navy", kind="open"),
        color_of("palazzos", "navy", kind="open"),
        color_of("dupatta", "navy", "other_garment_color", kind="open"),
        describe("kurta", "a blue and white printed kurta with a round neck and three quarter sleeves"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Anouk Women Navy Blue Ethnic Motifs Printed Kurta with Palazzos & With Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # 002 model on beige backdrop: mustard straight kurta, gold embroidered yoke, 3/4 sleeves, white trousers (not
    # sold). VQA adapter; "dress" for the kurta, details cut at 30 tokens.
    case(
        "X1660-002",
        wearing("yellow dress", "contradiction", who="she"),
        color_of("kurta", "yellow", kind="open"),
        color_of("pants", "white", kind="open"),
        describe("kurta", "yellow kurta with gold embroidery on the yoke"),
        details(
            "kurta",
            "the yoke is embroidered with gold thread and the sleeves are three quarter length and the hem is "
            "straight and the side slits are",
            "cut",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Women",
        title="Libas Women Mustard Yellow Floral Yoke Design Straight Kurta",
        category="Kurtas",
        color="Mustard",
    ),
    # 003 model on white backdrop: maroon solid kurta with mandarin collar and button placket, maroon trousers.
    # VQA adapter; the description loops on the sleeves.
    case(
        "X1660-003",
        wearing("maroon kurta and pants", who="she"),
        color_of("kurta", "maroon", kind="open"),
        color_of("trousers", "maroon", kind="open"),
        describe(
            "kurta",
            "maroon kurta with a mandarin collar and a button placket, the sleeves are long, the sleeves are long, "
            "the sleeves are long, the sleeves are",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "mandarin collar"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Sangria Women Maroon Solid Kurta with Trousers",
        category="Kurta Sets",
        color="Maroon",
    ),
    # 004 model on light grey backdrop: pink embroidered kurta, pink palazzos, pink organza dupatta held in one hand.
    # VQA adapter; "pink" alone for what she wears, the dupatta's color loops.
    case(
        "X1660-004",
        wearing("pink", "non_answer", who="she"),
        color_of("kurta", "pink", kind="open"),
        color_of("palazzos", "pink", kind="open"),
        color_of("dupatta", " ".join(["pink"] * 30), "loop", kind="open", hit_limit=True),
        details("kurta", "embroidered"),
        is_a("kurta", "yes"),
        gender="Women",
        title="GERUA Women Pink Embroidered Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Pink",
    ),
    # 005 model on white backdrop: teal printed straight kurta, white leggings, tan sling bag on the shoulder.
    # VQA adapter; description loops, "no" to the kurta question.
    case(
        "X1660-005",
        wearing("a green top and white leggings", who="she"),
        color_of("kurta", "green", kind="open"),
        color_of("pants", "white", kind="open"),
        describe(
            "kurta",
            "a green and white printed kurta with a brown bag and white leggings and a brown bag and white leggings "
            "and a brown bag and white",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "no", "contradiction"),
        gender="Women",
        title="W Women Teal Printed Straight Kurta",
        category="Kurtas",
        color="Teal",
    ),
    # 006 model on white backdrop: off-white kurta with blue block print, V neck, 3/4 sleeves; solid blue palazzos.
    # VQA adapter; kurta given the palazzos' blue, details echo the prompt.
    case(
        "X1660-006",
        wearing("white kurta and blue pants", who="she"),
        color_of("kurta", "blue", "other_garment_color", kind="open"),
        color_of("palazzos", "blue", kind="open"),
        describe("kurta", "a white and blue printed kurta with a v neck and three quarter sleeves"),
        details(
            "kurta",
            "Question: What are the kurta details? Answer: the kurta has a v neck and three quarter sleeves "
            "Question: What are the",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Jaipur Kurti Women Off-White & Blue Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Off White",
    ),
    # 007 flat lay on a wooden floor, no model: rust orange A-line kurta with a small floral print.
    # VQA adapter; all right.
    case(
        "X1660-007",
        wearing("nothing", who="she"),
        color_of("kurta", "orange", kind="open"),
        describe("kurta", "an orange kurta with a floral print on a wooden floor"),
        details("kurta", "floral print"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Biba Women Rust Orange Printed A-Line Kurta",
        category="Kurtas",
        color="Rust",
    ),
    # 008 model on grey backdrop: green kurta with round neck and 3/4 sleeves, white printed palazzos.
    # VQA adapter; palazzos given the kurta's green.
    case(
        "X1660-008",
        wearing("green kurta and white palazzo pants", who="she"),
        color_of("kurta", "green", kind="open"),
        color_of("palazzos", "green", "other_garment_color", kind="open"),
        describe("kurta", "green kurta with white pants"),
        details("kurta", "the kurta has a round neck and three quarter sleeves"),
        is_a("kurta", "yes"),
        gender="Women",
        title="AURELIA Women Green & White Kurta with Palazzos",
        category="Kurta Sets",
        color="Green",
    ),
    # 009 model on pink backdrop: lavender kurta with floral embroidery at neck and sleeves, lavender trousers,
    # lavender dupatta with sequins. VQA adapter; "dress", the dupatta takes the backdrop's pink, description loops.
    case(
        "X1660-009",
        wearing("purple dress", "contradiction", who="she"),
        color_of("kurta", "purple", kind="open"),
        color_of("trousers", "purple", kind="open"),
        color_of("dupatta", "pink", "contradiction", kind="open"),
        describe(
            "kurta",
            "a purple kurta with floral embroidery on the neck and sleeves and a matching dupatta with sequins and a "
            "matching dupatta with sequins and a matching",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Varanga Women Lavender Floral Embroidered Straight Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Lavender",
    ),
    # 010 back view, model facing away on white backdrop: beige kurta with tie-up dori and tassels at the back, beige
    # trousers, beige dupatta over one shoulder. VQA adapter; all right.
    case(
        "X1660-010",
        wearing("beige kurta and pants", who="she"),
        color_of("kurta", "beige", kind="open"),
        color_of("trousers", "beige", kind="open"),
        color_of("dupatta", "beige", kind="open"),
        details("kurta", "the back of the kurta has a tie up with tassels"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Indo Era Women Beige Yoke Design Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Beige",
    ),
    # 011 model on white backdrop: black kurta with white print, black palazzos, no dupatta.
    # VQA adapter; "What is she wearing?" loops, the description invents a dupatta.
    case(
        "X1660-011",
        wearing("-".join(["black"] * 15), "loop", who="she", hit_limit=True),
        color_of("kurta", "black", kind="open"),
        color_of("palazzos", "black", kind="open"),
        describe("kurta", "black and white printed kurta with a black and white printed dupatta", "unsupported"),
        is_a("kurta", "yes"),
        gender="Women",
        title="KALINI Women Black Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Black",
    ),
    # 012 model on beige backdrop: peach kurta with gota patti at neckline and hem, peach sharara, sheer peach dupatta
    # with gold border over her arms. VQA adapter; "dress" and "skirt", sheer dupatta read as white, description cut.
    case(
        "X1660-012",
        wearing("a peach dress with a long skirt", "contradiction", who="she"),
        color_of("kurta", "peach", kind="open"),
        color_of("pants", "peach", kind="open"),
        color_of("dupatta", "white", "contradiction", kind="open"),
        describe(
            "kurta",
            "a peach kurta with gold gota patti work on the neckline and hem, matching sharara pants and a sheer "
            "peach dupatta with a gold border draped over her",
            "cut",
            hit_limit=True,
        ),
        details("kurta", "gotta patti work on the neckline and the hem"),
        gender="Women",
        title="Mokshi Women Peach Gotta Patti Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Peach",
    ),
    # 013 model on white backdrop next to a wooden stool: sea green cotton kurta, round neck, white palazzos (not sold).
    # VQA adapter; pants given the kurta's green, details only restate, description invents a collar.
    case(
        "X1660-013",
        wearing("a green kurta and white pants", who="she"),
        color_of("kurta", "green", kind="open"),
        color_of("pants", "green", "other_garment_color", kind="open"),
        describe("kurta", "a green kurta with a white collar", "unsupported"),
        details("kurta", "kurta details", "restated"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Janasya Women Sea Green Cotton Kurta",
        category="Kurtas",
        color="Sea Green",
    ),
    # 014 model on grey backdrop: navy kurta with gold foil print, navy palazzos, navy dupatta with gold print.
    # VQA adapter; "he" for the model, the description loops.
    case(
        "X1660-014",
        wearing("he is wearing a blue kurta and pants", "pronoun", who="she"),
        color_of("kurta", "blue", kind="open"),
        color_of("palazzos", "blue", kind="open"),
        color_of("dupatta", "blue", kind="open"),
        describe(
            "kurta",
            "a blue kurta with gold print and a blue dupatta with gold print and a blue palazzo with gold print and "
            "a blue kurta with gold print and",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "gold print"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Khushal K Women Navy Blue Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # 015 model on white backdrop: red anarkali kurta with gold ethnic print, flared hem, white churidar (not sold).
    # VQA adapter; "dress", churidar given the kurta's red, "no" to the kurta question.
    case(
        "X1660-015",
        wearing("a red dress", "contradiction", who="she"),
        color_of("kurta", "red", kind="open"),
        color_of("pants", "red", "other_garment_color", kind="open"),
        describe("kurta", "red anarkali kurta with a gold print and a flared hem"),
        details("kurta", "flared"),
        is_a("kurta", "no", "contradiction"),
        gender="Women",
        title="Ahalyaa Women Red Ethnic Motifs Printed Anarkali Kurta",
        category="Kurtas",
        color="Red",
    ),
    # 016 model on white backdrop: grey kurta with black print, round neck, 3/4 sleeves, black leggings (not sold).
    # VQA adapter; leggings given the kurta's grey, details loop.
    case(
        "X1660-016",
        wearing("grey kurta and black leggings", who="she"),
        color_of("kurta", "grey", kind="open"),
        color_of("pants", "grey", "other_garment_color", kind="open"),
        describe("kurta", "grey and black printed kurta with a round neck and three quarter sleeves"),
        details(
            "kurta",
            "the kurta has a round neck and three quarter sleeves and a printed hem and a printed hem and a printed "
            "hem and a printed hem",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Vishudh Women Grey & Black Printed Straight Kurta",
        category="Kurtas",
        color="Grey",
    ),
    # 017 model on pale blue backdrop: white chikankari kurta and white trousers, one color for both, truly.
    # VQA adapter; all right.
    case(
        "X1660-017",
        wearing("white kurta and white pants", who="she"),
        color_of("kurta", "white", kind="open"),
        color_of("trousers", "white", kind="open"),
        describe("kurta", "a white kurta with chikankari embroidery"),
        details("kurta", "embroidered"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Nayo Women White Chikankari Embroidered Kurta with Trousers",
        category="Kurta Sets",
        color="White",
    ),
    # 018 model on white backdrop: mustard kurta, green palazzos, green dupatta around the neck.
    # VQA adapter; kurta given the palazzos' green, the dupatta's answer runs into the next prompts.
    case(
        "X1660-018",
        wearing("yellow kurta and green pants and green scarf", who="she"),
        color_of("kurta", "green", "other_garment_color", kind="open"),
        color_of("palazzos", "green", kind="open"),
        color_of(
            "dupatta",
            "green Question: What is the color of the palazzos? Answer: green Question: What is the color of the "
            "kurta? Answer: green",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Women",
        title="Anubhutee Women Mustard Yellow & Green Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Mustard",
    ),
    # 019 model holding a pink tote on grey backdrop: pink floral kurta, V neck with placket, white palazzos with pink
    # flowers. VQA adapter; details cut.
    case(
        "X1660-019",
        wearing("pink kurta and white pants", who="she"),
        color_of("kurta", "pink", kind="open"),
        color_of("palazzos", "white", kind="open"),
        describe("kurta", "pink floral print kurta with white pants with pink flowers"),
        details(
            "kurta",
            "the kurta has a v neck with a button placket on the front and the sleeves are three quarter length "
            "with a floral print and the hem is straight with",
            "cut",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Women",
        title="Libas Women Pink Floral Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Pink",
    ),
    # 020 model on beige backdrop: olive kurta with mandarin collar and gold buttons, olive trousers.
    # VQA adapter; "shirt" for the kurta, details loop on the buttons.
    case(
        "X1660-020",
        wearing("a green shirt and green pants", "contradiction", who="she"),
        color_of("kurta", "green", kind="open"),
        color_of("trousers", "green", kind="open"),
        describe("kurta", "olive green kurta with a mandarin collar and gold buttons"),
        details("kurta", " ".join(["gold buttons"] * 10), "loop", hit_limit=True),
        is_a("kurta", "yes"),
        gender="Women",
        title="House of Pataudi Women Olive Green Solid Kurta with Trousers",
        category="Kurta Sets",
        color="Olive",
    ),
    # 021 model on white backdrop: blue ethnic-print kurta styled with blue jeans.
    # VQA adapter; all right (the jeans really are blue too).
    case(
        "X1660-021",
        wearing("blue kurta and jeans", who="she"),
        color_of("kurta", "blue", kind="open"),
        color_of("pants", "blue", kind="open"),
        describe("kurta", "blue printed kurta and blue jeans"),
        details("kurta", "ethnic print"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Sangria Women Blue Ethnic Motifs Printed Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # 022 model on white backdrop: off-white printed kurta, maroon churidar, maroon dupatta.
    # VQA adapter; "dress", the churidar's color loops, dupatta given the kurta's white.
    case(
        "X1660-022",
        wearing("white dress and red scarf", "contradiction", who="she"),
        color_of("kurta", "white", kind="open"),
        color_of("pants", " ".join(["red"] * 30), "loop", kind="open", hit_limit=True),
        color_of("dupatta", "white", "other_garment_color", kind="open"),
        details("kurta", "printed"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Biba Women Off-White & Maroon Printed Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Off White",
    ),
    # 023 model seated on a wooden chair, white backdrop: yellow floral kurta, yellow palazzos, no pockets.
    # VQA adapter; details invent pockets.
    case(
        "X1660-023",
        wearing("yellow top and yellow pants", who="she"),
        color_of("kurta", "yellow", kind="open"),
        color_of("palazzos", "yellow", kind="open"),
        describe("kurta", "a yellow kurta with a floral print and a brown chair"),
        details("kurta", "the kurta has pockets", "unsupported"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Juniper Women Yellow Floral Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Yellow",
    ),
    # 024 model on grey backdrop: black kurta with gold embroidered yoke, black palazzos, black dupatta with gold
    # border and tassels. Feed has no color column. VQA adapter; what she wears loops, description cut.
    case(
        "X1660-024",
        wearing(
            "she is wearing a black kurta with gold embroidery and black palazzo pants and a black dupatta with gold "
            "embroidery and she is wearing a black",
            "loop",
            who="she",
            hit_limit=True,
        ),
        color_of("kurta", "black", kind="open"),
        color_of("palazzos", "black", kind="open"),
        color_of("dupatta", "black", kind="open"),
        describe(
            "kurta",
            "a black kurta with gold embroidery on the yoke and the sleeves, black palazzo pants and a black dupatta "
            "with a gold border and gold tassels at the",
            "cut",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Women",
        title="Libas Women Black & Gold Yoke Design Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
    ),
    # 025 model on blue backdrop: coral pink solid kurta, round neck, long sleeves, white slim pants (not sold).
    # VQA adapter; pants given the kurta's pink, details start with the prompt's "Answer:".
    case(
        "X1660-025",
        wearing("a pink top and white pants", who="she"),
        color_of("kurta", "pink", kind="open"),
        color_of("pants", "pink", "other_garment_color", kind="open"),
        describe("kurta", "pink kurta"),
        details("kurta", "Answer: the kurta has a round neck and long sleeves", "leak"),
        is_a("kurta", "yes"),
        gender="Women",
        title="W Women Coral Pink Solid Kurta",
        category="Kurtas",
        color="Coral",
    ),
    # 026 model on white backdrop: blue and white striped kurta, white palazzos.
    # VQA adapter; "shirt" for the kurta, palazzos given the stripes' blue.
    case(
        "X1660-026",
        wearing("blue and white striped shirt and white pants", "contradiction", who="she"),
        color_of("kurta", "blue and white", kind="open"),
        color_of("palazzos", "blue", "other_garment_color", kind="open"),
        describe("kurta", "blue and white striped kurta"),
        details("kurta", "striped"),
        gender="Women",
        title="Aks Women Blue & White Striped Kurta with Palazzos",
        category="Kurta Sets",
        color="Blue",
    ),
    # 027 model on beige backdrop: magenta kurta with sequins and mirror work, magenta sharara, magenta dupatta with a
    # gold border. VQA adapter; the dupatta reduced to its border, details loop.
    case(
        "X1660-027",
        wearing("pink kurta and pink pants and a pink scarf", who="she"),
        color_of("kurta", "pink", kind="open"),
        color_of("pants", "pink", kind="open"),
        color_of("dupatta", "gold", "contradiction", kind="open"),
        details(
            "kurta",
            "the kurta has sequins and mirror work and the sharara has sequins and mirror work and the dupatta has "
            "sequins and mirror work and the",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Women",
        title="Mitera Women Magenta Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Magenta",
    ),
    # 028 back view on white backdrop: brown printed A-line kurta, beige pants (not sold); the neckline is not seen.
    # VQA adapter; pants given the kurta's brown, details invent a keyhole neck.
    case(
        "X1660-028",
        wearing("brown kurta and beige pants", who="she"),
        color_of("kurta", "brown", kind="open"),
        color_of("pants", "brown", "other_garment_color", kind="open"),
        describe("kurta", "a brown kurta with a printed back"),
        details("kurta", "the kurta has a keyhole neck with a button", "unsupported"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Anouk Women Brown Printed A-Line Kurta",
        category="Kurtas",
        color="Brown",
    ),
    # 029 model on white backdrop: lime green printed kurta, lime green palazzos, lime green dupatta.
    # VQA adapter; the dupatta's color loops, empty description.
    case(
        "X1660-029",
        wearing("green kurta and green pants and green dupatta", who="she"),
        color_of("kurta", "green", kind="open"),
        color_of("palazzos", "green", kind="open"),
        color_of("dupatta", " ".join(["green"] * 30), "loop", kind="open", hit_limit=True),
        describe("kurta", "", "non_answer"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Libas Women Lime Green Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Lime Green",
    ),
    # 030 model on grey backdrop: navy kurta with pink floral print and mandarin collar, pink palazzos (not sold).
    # VQA adapter; "he", kurta given the palazzos' pink.
    case(
        "X1660-030",
        wearing("he is wearing a blue kurta and pink pants", "pronoun", who="she"),
        color_of("kurta", "pink", "other_garment_color", kind="open"),
        color_of("pants", "pink", kind="open"),
        details("kurta", "floral print and a mandarin collar"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Vishudh Women Navy Blue & Pink Floral Printed Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # 031 model on white backdrop: pink kurta with gold foil print, pink trousers, pink dupatta with gold print.
    # VQA adapter; what she wears loops, the description says only "a kurta".
    case(
        "X1660-031",
        wearing(
            "she is wearing a pink kurta with gold print, pink trousers and a pink dupatta with gold print, she is "
            "wearing a pink kurta with gold print, pink",
            "loop",
            who="she",
            hit_limit=True,
        ),
        color_of("kurta", "pink", kind="open"),
        color_of("trousers", "pink", kind="open"),
        color_of("dupatta", "pink", kind="open"),
        describe("kurta", "a kurta", "non_answer"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Indo Era Women Pink & Gold Foil Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Pink",
    ),
    # 032 flat lay on white: off-white solid kurta with lace trim at hem and sleeves, nothing else in the frame.
    # VQA adapter; what she wears adds pants that are not there.
    case(
        "X1660-032",
        wearing("a white kurta and white pants", "unsupported", who="she"),
        color_of("kurta", "white", kind="open"),
        describe("kurta", "white kurta with lace trim on the hem and sleeves"),
        details("kurta", "lace"),
        is_a("kurta", "yes"),
        gender="Women",
        title="AURELIA Women Off-White Solid Kurta with Lace Detail",
        category="Kurtas",
        color="Off White",
    ),
    # 033 model beside a green potted plant, white backdrop: maroon kurta with gold embroidery at the neck, maroon
    # palazzos. Feed has no category column. VQA adapter; kurta color runs on into prompts, palazzos take the plant's
    # green.
    case(
        "X1660-033",
        wearing("maroon kurta and pants", who="she"),
        color_of(
            "kurta",
            "maroon Question: What is the color of the palazzos? Answer: maroon Question: What is the color of the "
            "dupatta? Answer: maroon",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        color_of("palazzos", "green", "contradiction", kind="open"),
        describe("kurta", "maroon kurta with gold embroidery"),
        details("kurta", "gold embroidery on the neck"),
        is_a("kurta", "yes"),
        gender="Women",
        title="KALINI Women Maroon & Gold Embroidered Kurta with Palazzos",
        color="Maroon",
    ),
    # 034 model on white backdrop: indigo cotton kurta with white block print, indigo palazzos.
    # VQA adapter; "shirt", silk invented for a cotton kurta.
    case(
        "X1660-034",
        wearing("a blue shirt and blue pants", "contradiction", who="she"),
        color_of("kurta", "blue", kind="open"),
        color_of("palazzos", "blue", kind="open"),
        describe("kurta", "a blue and white printed cotton kurta"),
        details("kurta", "the kurta is made of silk", "unsupported"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Jaipur Kurti Women Indigo Blue Printed Pure Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Blue",
    ),
    # 035 model on white backdrop: green kurta with pink flowers, V neck with gota lace, pink palazzos, pink dupatta.
    # VQA adapter; palazzos given the kurta's green, details cut.
    case(
        "X1660-035",
        wearing("green kurta and pink palazzo pants and a pink dupatta", who="she"),
        color_of("kurta", "green", kind="open"),
        color_of("palazzos", "green", "other_garment_color", kind="open"),
        color_of("dupatta", "pink", kind="open"),
        describe("kurta", "a green kurta with pink flowers"),
        details(
            "kurta",
            "the kurta has a v-neck with gota lace and three-quarter sleeves and the palazzos have an elasticated "
            "waist and the dupatta has a gota border along the",
            "cut",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Women",
        title="Ishin Women Green & Pink Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Green",
    ),
    # 036 model on beige backdrop: rust kurta with thread embroidery at the neck, off-white pants (not sold).
    # VQA adapter; "he", the description loops.
    case(
        "X1660-036",
        wearing("he is wearing an orange kurta and white pants", "pronoun", who="she"),
        color_of("kurta", "orange", kind="open"),
        color_of("pants", "white", kind="open"),
        describe(
            "kurta",
            "an orange kurta with embroidery on the neck and the sleeves and the hem and the neck and the sleeves and "
            "the hem and the neck and",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "embroidery"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Varanga Women Rust Embroidered Straight Kurta",
        category="Kurtas",
        color="Rust",
    ),
    # 037 model on white backdrop: sky blue floral anarkali kurta, sky blue churidar, white dupatta with blue print.
    # VQA adapter; "dress", churidar given the dupatta's white.
    case(
        "X1660-037",
        wearing("a blue dress", "contradiction", who="she"),
        color_of("kurta", "blue", kind="open"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        color_of("dupatta", "white", kind="open"),
        describe("kurta", "blue floral kurta"),
        details("kurta", "floral"),
        gender="Women",
        title="Biba Women Sky Blue Floral Printed Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Blue",
    ),
    # 038 model holding a red clutch, grey backdrop: black solid kurta with side slits, black trousers.
    # VQA adapter; trousers take the clutch's red.
    case(
        "X1660-038",
        wearing("black kurta and black pants and a red bag", who="she"),
        color_of("kurta", "black", kind="open"),
        color_of("trousers", "red", "contradiction", kind="open"),
        describe("kurta", "black kurta with a red bag"),
        details("kurta", "the kurta has a slit on the side"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Anouk Women Black Solid Kurta with Trousers",
        category="Kurta Sets",
        color="Black",
    ),
    # 039 model on white backdrop: peach solid kurta, round neck, 3/4 sleeves, peach palazzos.
    # VQA adapter; "dress", the description starts by echoing its prompt.
    case(
        "X1660-039",
        wearing("a peach dress", "contradiction", who="she"),
        color_of("kurta", "peach", kind="open"),
        color_of("palazzos", "peach", kind="open"),
        describe(
            "kurta",
            "Question: Describe the kurta. Answer: a peach kurta with a round neck and three-quarter sleeves "
            "Question: Describe the",
            "leak",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Women",
        title="Sangria Women Peach-Coloured Solid Kurta with Palazzos",
        category="Kurta Sets",
        color="Peach",
    ),
    # 040 model on white backdrop: white kurta with blue florals, round neck, 3/4 sleeves, blue jeans (not sold).
    # Feed has no gender column. VQA adapter; jeans given the kurta's white, details loop.
    case(
        "X1660-040",
        wearing("white kurta and blue jeans", who="she"),
        color_of("kurta", "white", kind="open"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        details(
            "kurta",
            "the kurta has a floral print and a round neck and three quarter sleeves and a round neck and three "
            "quarter sleeves and a round neck and",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        title="Libas Women White & Blue Floral Print Straight Kurta",
        category="Kurtas",
        color="White",
    ),
    # 041 model on grey backdrop: mustard bandhani kurta, mustard palazzos, red bandhani dupatta; fabric not stated.
    # VQA adapter; palazzos given the dupatta's red, cotton invented.
    case(
        "X1660-041",
        wearing("yellow kurta and yellow pants and a red dupatta", who="she"),
        color_of("kurta", "yellow", kind="open"),
        color_of("palazzos", "red", "other_garment_color", kind="open"),
        color_of("dupatta", "red", kind="open"),
        describe("kurta", "a yellow kurta with a bandhani print"),
        details("kurta", "the kurta is made of cotton", "unsupported"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Mokshi Women Mustard Yellow Bandhani Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Mustard",
    ),
    # 042 model on white backdrop: teal kurta with embroidered yoke, teal palazzos.
    # VQA adapter; a color for what she wears, "the kurta" for the description.
    case(
        "X1660-042",
        wearing("green", "non_answer", who="she"),
        color_of("kurta", "green", kind="open"),
        color_of("palazzos", "green", kind="open"),
        describe("kurta", "the kurta", "non_answer"),
        details("kurta", "yoke design with embroidery"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Ahalyaa Women Teal Green Yoke Design Kurta with Palazzos",
        category="Kurta Sets",
        color="Teal",
    ),
    # 043 model barefoot on white backdrop: grey cotton kurta with small white polka dots, grey trousers.
    # VQA adapter; all right.
    case(
        "X1660-043",
        wearing("grey kurta and grey pants", who="she"),
        color_of("kurta", "grey", kind="open"),
        color_of("trousers", "grey", kind="open"),
        describe("kurta", "grey kurta with white polka dots"),
        details("kurta", "polka dots"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Janasya Women Grey Polka Dot Printed Cotton Kurta with Trousers",
        category="Kurta Sets",
        color="Grey",
    ),
    # 044 model on white backdrop: short purple kurti with mandarin collar and placket, curved hem, blue jeans.
    # VQA adapter; jeans given the kurti's purple, "no" to the kurta question, details cut.
    case(
        "X1660-044",
        wearing("a purple top and blue jeans", who="she"),
        color_of("kurta", "purple", kind="open"),
        color_of("pants", "purple", "other_garment_color", kind="open"),
        details(
            "kurta",
            "the kurta has a mandarin collar and a button placket and the sleeves are three quarter length and the "
            "hem is curved and the kurta has a",
            "cut",
            hit_limit=True,
        ),
        is_a("kurta", "no", "contradiction"),
        gender="Women",
        title="W Women Purple Ethnic Motifs Printed Kurti",
        category="Kurtis",
        color="Purple",
    ),
    # 045 model holding the dupatta spread behind her, grey backdrop: red kurta with gold embroidery, red palazzos with
    # gold lace, red dupatta with gold border. VQA adapter; "lehenga" for the set, description cut.
    case(
        "X1660-045",
        wearing("a red lehenga", "contradiction", who="she"),
        color_of("kurta", "red", kind="open"),
        color_of("palazzos", "red", kind="open"),
        color_of("dupatta", "red", kind="open"),
        describe(
            "kurta",
            "a red kurta with gold embroidery on the neckline and sleeves, red palazzos with gold lace on the hem "
            "and a red dupatta with gold lace on the border and",
            "cut",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Women",
        title="Nayo Women Red & Gold Embroidered Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Red",
    ),
]
