"""BLIND_1236 (45 products; Myntra men's formal wear, caption adapter epoch 3 + VQA adapter): written blind in the
sixty-second session. Measured blind at 8f3ced2 (the session's third rules): 69/87 failures found (79.3%) and 25/208
correct texts flagged (12.0%). The writer's notes, verbatim:

Scenario: a Myntra men's formal wear feed: 18 formal shirts, 10 formal trousers, 7 blazers, 6 suits and 4 ties. The
photos are Myntra's usual: a model on a plain light-grey or white backdrop wearing the product with other formal
clothes (a shirt under the blazer, trousers under the shirt, a tie now and then), a few headless crops, two back
views, a flat lay of a shirt, of trousers and of a tie, one blazer on a ghost mannequin. The columns are the feed's:
title, category (Myntra's article type: Shirts, Trousers, Blazers, Suits, Ties), color (Myntra's base colour, so
"Navy Blue", "Charcoal", "Cream") and gender ("Men"); a few rows lack one of them.
Who wrote what: every caption is the epoch-3 caption adapter (leoreigoto/Data2_V2_Blip2_Finetune_Caption) on
blip2-opt-2.7b: the DeepFashion template ("The gentleman wears a long-sleeve shirt with pure color patterns..."),
pattern words and never a hue, a "lady" now and then since the training set is mostly women, cut or looping when it
does not stop within 50 new tokens. Every answer is the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA): the
experiments' open questions (What is he wearing? What is the color of the X? Describe the X. What are the X
details? What material...?) by greedy generation: a short answer when it stops, otherwise a loop, a run-on cut at
30 tokens or a "Question: ... Answer:" continuation; the closed questions (garment type, color, pattern, sleeve
length, "Is this a X?") are the same adapter ranking the reference engine's candidates, so they come back as clean
candidate words and fail only by picking the wrong one (mostly the shirt's or the blazer's instead of the product's).
Labeling conventions and judgement calls: a text is judged against the imagined photo and the title, about the
product (the article type), not the outfit. An outfit-level answer to "What is he wearing?" is right when every
garment it names is right. Near hues count as right: maroon as red, cream or off-white as white, beige as khaki or
tan, lavender as purple, charcoal as gray; navy or charcoal called black is a contradiction (the photo is not
black). A color answer that gives the product the color of the shirt, tie or blazer worn with it is
other_garment_color; a wrong garment type or a "no" to "Is this a X?" for the product is contradiction. A caption
pattern word that contradicts the title ("pure color" for a checked or printed item, "long-sleeve" for a half
sleeves shirt) is contradiction; a detail the photo does not show (a pocket on a back view, denim fabric, a person
and pants in a flat lay or a chest crop, a lapel on a bandhgala) is unsupported. A caption or answer that ran to
the limit and ends mid-phrase is cut; one that ran to the limit but whose last phrase is complete (only the full
stop missing) is left unmarked with hit_limit. "lady"/"her" for a men's product is pronoun even on a flat lay.
Material guesses the title does not settle ("cotton", "polyester", "wool", "silk") are left unmarked; one the photo
rules out ("leather" for a wool-blend blazer, "denim" for formal trousers) is unsupported, one the title rules out
("polyester" for a pure cotton shirt) is contradiction. A thin but true answer ("buttons", "checkered",
"pockets") is correct; only the question's own words back is non_answer or restated. One kind per text: a loop cut
at the limit is loop, a leak cut at the limit is leak, a cut caption that also says "the lady" is pronoun, and "she
is wearing..." in an answer is pronoun too.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1236 = [
    # 001 Photo: model facing camera, white solid shirt tucked into charcoal trousers, brown belt, grey backdrop.
    # Caption: caption adapter epoch 3. Answers: VQA adapter (open ones greedy, is_a ranked).
    case(
        "X1236-001",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns. "
            "There is an accessory on his waist.",
            hit_limit=True,
        ),
        wearing("a white shirt and grey pants", who="he"),
        color_of("shirt", "white", kind="open"),
        describe("shirt", "white long sleeve shirt"),
        details(
            "shirt",
            "the collar, the buttons, the sleeves, the collar, the buttons, the sleeves, the collar, the buttons, the",
            "loop",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        Q.material("cotton"),
        gender="Men",
        title="Van Heusen Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # 002 Photo: model, light blue and white small-check shirt, navy trousers, no tie, white backdrop.
    # Caption: caption adapter epoch 3 (ran out mid-sentence). Answers: VQA adapter; pattern/sleeves ranked.
    case(
        "X1236-002",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns and a long trousers. The shirt is with "
            "cotton fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns. "
            "The gentleman",
            "cut",
            hit_limit=True,
        ),
        wearing("shirt", who="he"),
        color_of("shirt", "blue and white", kind="open"),
        describe(
            "shirt",
            "blue and white checkered shirt with a collar and buttons and a pocket and a collar and buttons and a "
            "pocket",
            "loop",
            hit_limit=True,
        ),
        details("shirt", "checkered"),
        Q.pattern("checked"),
        Q.sleeve_length("long sleeves"),
        gender="Men",
        title="Louis Philippe Men Blue Slim Fit Checked Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # 003 Photo: headless crop (chin to knees), pale pink solid shirt, navy trousers, grey backdrop.
    # Caption: caption adapter epoch 3 ("lady": no face in frame). Answers: VQA adapter.
    case(
        "X1236-003",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        wearing("a pink shirt and blue pants", who="he"),
        color_of("shirt", "pink", kind="open"),
        describe("shirt", "pink shirt with a white collar", "unsupported"),
        details("shirt", "buttons"),
        is_a("shirt", "yes"),
        Q.material("cotton"),
        gender="Men",
        title="Peter England Men Pink Regular Fit Solid Formal Shirt",
        category="Shirts",
        color="Pink",
    ),
    # 004 Photo: model, white shirt with thin navy pinstripes, grey trousers, steel watch, white backdrop.
    # Caption: caption adapter epoch 3. Answers: VQA adapter; the open color answer names only the stripe color.
    case(
        "X1236-004",
        caption(
            "The gentleman wears a long-sleeve shirt with striped patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns. There is an "
            "accessory on his wrist.",
            hit_limit=True,
        ),
        wearing("a striped shirt and gray pants", who="he"),
        color_of("shirt", "blue", "contradiction", kind="open"),
        describe("shirt", "striped shirt"),
        details("shirt", "the stripes are vertical"),
        Q.pattern("striped"),
        Q.sleeve_length("long sleeves"),
        gender="Men",
        title="Arrow Men White & Navy Blue Striped Slim Fit Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # 005 Photo: model, lavender solid shirt, black trousers, one hand in pocket, grey backdrop.
    # Caption: caption adapter epoch 3 (repeats the pants sentence, then runs out). Answers: VQA adapter.
    case(
        "X1236-005",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns. The "
            "pants are with cotton fabric and pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        wearing("purple shirt and black pants", who="he"),
        color_of("shirt", "purple", kind="open"),
        describe(
            "shirt",
            "a purple shirt with a purple shirt with a purple shirt with a purple shirt with a purple shirt with a",
            "loop",
            hit_limit=True,
        ),
        details("shirt", "buttons"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Allen Solly Men Lavender Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Lavender",
    ),
    # 006 Photo: model, black solid shirt, light grey trousers, white backdrop.
    # Caption: caption adapter epoch 3. Answers: VQA adapter.
    case(
        "X1236-006",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns."
        ),
        wearing(
            "a black shirt and grey pants Question: What is the color of the shirt? Answer: black Question: What is",
            "leak",
            who="he",
            hit_limit=True,
        ),
        color_of("shirt", "black", kind="open"),
        describe("shirt", "black shirt"),
        details("shirt", "black"),
        Q.material("polyester"),
        Q.pattern("solid"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Blackberrys Men Black Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Black",
    ),
    # 007 Photo: model, sky blue solid shirt with a navy tie (styling), navy trousers, grey backdrop.
    # Caption: caption adapter epoch 3 (ran to the limit on the last word of its last sentence). Answers: VQA adapter.
    case(
        "X1236-007",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is lapel. There is an accessory on his neck. The pants are with cotton "
            "fabric and pure color patterns",
            hit_limit=True,
        ),
        wearing("a blue shirt and a blue tie", who="he"),
        color_of("shirt", "blue", kind="open"),
        describe(
            "shirt",
            "light blue shirt with a dark blue tie and dark blue pants and a black belt and black shoes and he is "
            "standing with his hands in his",
            "cut",
            hit_limit=True,
        ),
        details("shirt", "buttons on the front"),
        Q.sleeve_length("long sleeves"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Van Heusen Men Blue Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # 008 Photo: flat lay, white self-design shirt folded with the collar up, on white card; no person.
    # Caption: caption adapter epoch 3 (invents a lady). Answers: VQA adapter (details came back empty).
    case(
        "X1236-008",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline.",
            "pronoun",
        ),
        wearing("shirt", who="he"),
        color_of("shirt", "white", kind="open"),
        describe("shirt", "a white shirt folded on a white background"),
        details("shirt", "", "non_answer"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Park Avenue Men White Regular Fit Self Design Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # 009 Photo: model, navy solid shirt with navy buttons, beige trousers, grey backdrop.
    # Caption: caption adapter epoch 3. Answers: VQA adapter (calls the navy shirt black once).
    case(
        "X1236-009",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a black shirt and khaki pants", "contradiction", who="he"),
        color_of("shirt", "blue", kind="open"),
        describe("shirt", "dark blue shirt with white buttons", "unsupported"),
        details(
            "shirt",
            "Question: What is the color of the pants? Answer: khaki Question: What are the pants details? Answer: "
            "pockets",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        Q.material("cotton"),
        gender="Men",
        title="Hancock Men Navy Blue Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # 010 Photo: model, grey and white fine-check shirt with a left chest pocket, black trousers, watch.
    # Caption: caption adapter epoch 3 (cut after "The"). Answers: VQA adapter; pattern/sleeves ranked.
    case(
        "X1236-010",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns. There is an "
            "accessory on his wrist. The",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "a grey checkered shirt and black pants and a watch and a belt and black shoes and a grey checkered shirt "
            "and",
            "loop",
            who="he",
            hit_limit=True,
        ),
        color_of("shirt", "grey", kind="open"),
        details("shirt", "the shirt has a checkered pattern and a pocket on the left side"),
        Q.pattern("checked"),
        Q.sleeve_length("long sleeves"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Louis Philippe Men Grey & White Checked Slim Fit Formal Shirt",
        category="Shirts",
        color="Grey",
    ),
    # 011 Photo: back view, model in white solid shirt tucked into grey trousers; no pocket, no front in sight.
    # Caption: caption adapter epoch 3. Answers: VQA adapter.
    case(
        "X1236-011",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a white shirt", who="he"),
        color_of(
            "shirt",
            "white white white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        describe("shirt", "white shirt with a collar and a pocket", "unsupported"),
        details("shirt", "the back of the shirt", "non_answer"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Raymond Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # 012 Photo: model, maroon solid shirt, black trousers, white backdrop.
    # Caption: caption adapter epoch 3. Answers: VQA adapter (the details prompt continued with a new question).
    case(
        "X1236-012",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a red shirt and black pants", who="he"),
        color_of("shirt", "red", kind="open"),
        describe("shirt", "a red shirt and black pants"),
        details("shirt", "Question: What are the pants details? Answer: black", "leak"),
        Q.material("cotton"),
        gender="Men",
        title="Peter England Men Maroon Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Maroon",
    ),
    # 013 Photo: model, mid blue shirt with a white micro dot print, navy trousers, grey backdrop.
    # Caption: caption adapter epoch 3 ("pure color" for a printed shirt). Answers: VQA adapter; pattern ranked.
    case(
        "X1236-013",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        wearing(
            "a blue shirt with white polka dots and navy blue pants with a black belt and black shoes and a watch on "
            "his left wrist and a",
            "cut",
            who="he",
            hit_limit=True,
        ),
        color_of("shirt", "blue", kind="open"),
        describe("shirt", "blue shirt with white dots"),
        Q.pattern("printed"),
        Q.sleeve_length("long sleeves"),
        gender="Men",
        title="Arrow Men Blue Slim Fit Printed Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # 014 Photo: model, white solid half-sleeve shirt, navy trousers, white backdrop.
    # Caption: caption adapter epoch 3 (says long-sleeve). Answers: VQA adapter; sleeves ranked.
    case(
        "X1236-014",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("she is wearing a white shirt and blue pants", "pronoun", who="he"),
        color_of("shirt", "white", kind="open"),
        describe("shirt", "white short sleeve shirt"),
        details(
            "shirt",
            "short sleeves short sleeves short sleeves short sleeves short sleeves short sleeves short sleeves short "
            "sleeves short sleeves short sleeves",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("short sleeves"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Van Heusen Men White Regular Fit Solid Half Sleeves Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # 015 Photo: model, peach solid shirt, grey trousers, watch on the left wrist, grey backdrop.
    # Caption: caption adapter epoch 3 (cut mid-sentence). Answers: VQA adapter (details loops).
    case(
        "X1236-015",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns. There "
            "is an accessory on his wrist. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        wearing("a peach shirt and grey pants", who="he"),
        color_of("shirt", "peach", kind="open"),
        describe("shirt", "a light orange shirt"),
        details(
            "shirt",
            "long sleeves, collar, buttons, cuffs, long sleeves, collar, buttons, cuffs, long sleeves, collar, "
            "buttons,",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        title="Mark Taylor Men Peach-Coloured Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Peach",
    ),
    # 016 Photo: model, charcoal grey solid shirt, black trousers, white backdrop.
    # Caption: caption adapter epoch 3. Answers: VQA adapter (the wearing answer calls the charcoal shirt black).
    case(
        "X1236-016",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a black shirt and black pants", "contradiction", who="he"),
        color_of("shirt", "gray", kind="open"),
        describe("shirt", "gray shirt with black pants"),
        details(
            "shirt",
            "the shirt is gray and the pants are black and the shirt is gray and the pants are black and the shirt is",
            "loop",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        Q.sleeve_length("long sleeves"),
        gender="Men",
        title="Invictus Men Charcoal Grey Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Charcoal",
    ),
    # 017 Photo: model, blue and white check shirt, beige trousers, grey backdrop.
    # Caption: caption adapter epoch 3. Answers: VQA adapter (gives the beige pants the shirt's blue).
    case(
        "X1236-017",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a blue and white checkered shirt and khaki pants", who="he"),
        color_of("shirt", "blue and white", kind="open"),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        describe("shirt", "a blue and white checkered shirt with a white collar and white cuffs", "unsupported"),
        details("shirt", "checkered"),
        Q.pattern("checked"),
        gender="Men",
        title="Allen Solly Men Blue & White Slim Fit Checked Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # 018 Photo: model, cream solid pure cotton shirt with a spread collar, brown trousers, brown belt, white backdrop.
    # Caption: caption adapter epoch 3. Answers: VQA adapter (invents a button-down collar).
    case(
        "X1236-018",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns."
        ),
        wearing(
            "a white shirt and brown pants with a brown belt and brown shoes and a white shirt and brown pants with a "
            "brown",
            "loop",
            who="he",
            hit_limit=True,
        ),
        color_of("shirt", "white", kind="open"),
        describe("shirt", "a white shirt with a brown belt"),
        details("shirt", "the shirt has a button down collar", "unsupported"),
        Q.material("polyester", "contradiction"),
        gender="Men",
        title="Peter England Men Cream-Coloured Slim Fit Pure Cotton Formal Shirt",
        category="Shirts",
        color="Cream",
    ),
    # 019 Photo: model full length, white shirt tucked into flat-front charcoal trousers, black shoes.
    # Caption: caption adapter epoch 3. Answers: VQA adapter; garment type ranked.
    case(
        "X1236-019",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a white shirt and gray pants", who="he"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        details("pants", "pleated front", "unsupported"),
        Q.garment_type("trousers"),
        is_a("trousers", "yes", article="a pair of"),
        gender="Men",
        title="Arrow Men Charcoal Grey Tailored Fit Solid Formal Trousers",
        category="Trousers",
        color="Charcoal",
    ),
    # 020 Photo: model, light blue shirt tucked into navy trousers, black belt, grey backdrop.
    # Caption: caption adapter epoch 3 (cut). Answers: VQA adapter; garment type and color ranked.
    case(
        "X1236-020",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns. There "
            "is an accessory on his waist. The gentleman wears",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "a blue shirt and blue pants Question: What is the color of the pants? Answer: blue Question: What are the",
            "leak",
            who="he",
            hit_limit=True,
        ),
        color_of("pants", "black", "contradiction", kind="open"),
        details("pants", "the pants are long", "non_answer"),
        Q.garment_type("trousers"),
        Q.color("blue"),
        gender="Men",
        title="Van Heusen Men Navy Blue Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Navy Blue",
    ),
    # 021 Photo: waist-down crop, beige trousers with slant side pockets, brown shoes; no face in frame.
    # Caption: caption adapter epoch 3 (template for the lower garment, "this lady"). Answers: VQA adapter.
    case(
        "X1236-021",
        caption(
            "The pants this lady wears is of long length. The pants are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        wearing("khaki pants", who="he"),
        color_of("pants", "khaki", kind="open"),
        details("pants", "pockets on the side"),
        Q.garment_type("pants"),
        Q.material("cotton"),
        gender="Men",
        title="Park Avenue Men Beige Regular Fit Solid Formal Trousers",
        category="Trousers",
        color="Beige",
    ),
    # 022 Photo: model walking, white shirt, black trousers, black belt, white backdrop.
    # Caption: caption adapter epoch 3 (ends at the limit on a full sentence). Answers: VQA adapter (details loops).
    case(
        "X1236-022",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns. There "
            "is an accessory on his waist.",
            hit_limit=True,
        ),
        wearing("a white shirt and black pants", who="he"),
        color_of("pants", "black", kind="open"),
        details(
            "pants",
            "black black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("trousers"),
        is_a("trousers", "yes", article="a pair of"),
        gender="Men",
        title="Louis Philippe Men Black Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Black",
    ),
    # 023 Photo: model, white shirt, grey trousers with a faint windowpane check, grey backdrop.
    # Caption: caption adapter epoch 3 ("pure color" pants for checked trousers). Answers: VQA adapter; pattern ranked.
    case(
        "X1236-023",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("a white shirt and gray pants", who="he"),
        color_of("pants", "gray", kind="open"),
        details("pants", "plaid"),
        Q.pattern("checked"),
        is_a("trousers", "yes", article="a pair of"),
        gender="Men",
        title="ColorPlus Men Grey Tailored Fit Checked Formal Trousers",
        category="Trousers",
        color="Grey",
    ),
    # 024 Photo: flat lay, khaki trousers laid straight, waistband with belt loops and button; no person.
    # Caption: caption adapter epoch 3 (lower-garment template, looping). Answers: VQA adapter (wearing leaks on).
    case(
        "X1236-024",
        caption(
            "The pants are of long length. The pants are with cotton fabric and pure color patterns. The pants are "
            "of long length. The pants are with cotton fabric and pure color patterns. The pants are of long length. "
            "The pants are",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "pants Question: What is the color of the pants? Answer: tan Question: What are the pants details? Answer:",
            "leak",
            who="he",
            hit_limit=True,
        ),
        color_of("pants", "tan", kind="open"),
        details("pants", "belt loops and a button"),
        Q.garment_type("pants"),
        Q.material("cotton"),
        gender="Men",
        title="Blackberrys Men Khaki Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Khaki",
    ),
    # 025 Photo: side view, model in pink shirt tucked into blue self-design trousers, grey backdrop.
    # Caption: caption adapter epoch 3. Answers: VQA adapter (the pants get the shirt's pink); type and color ranked.
    case(
        "X1236-025",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a pink shirt and blue pants", who="he"),
        color_of("pants", "pink", "other_garment_color", kind="open"),
        details("pants", "slim fit"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("blue"),
        gender="Men",
        title="Raymond Men Blue Slim Fit Self Design Formal Trousers",
        category="Trousers",
        color="Blue",
    ),
    # 026 Photo: back view, model in light blue shirt and grey trousers, two buttoned back pockets.
    # Caption: caption adapter epoch 3. Answers: VQA adapter; "Is this a pair of trousers?" ranked "no".
    case(
        "X1236-026",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a blue shirt and grey pants", who="he"),
        color_of("pants", "grey", kind="open"),
        details("pants", "two back pockets with buttons"),
        Q.garment_type("pants"),
        Q.color("blue", "other_garment_color"),
        is_a("trousers", "no", "contradiction", article="a pair of"),
        gender="Men",
        title="Peter England Men Grey Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Grey",
    ),
    # 027 Photo: model, white shirt, black trousers, a black blazer held over the shoulder (prop), watch.
    # Caption: caption adapter epoch 3. Answers: VQA adapter (details runs on to the limit); type ranked "jacket".
    case(
        "X1236-027",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns. There "
            "is an accessory on his wrist.",
            hit_limit=True,
        ),
        wearing("a white shirt, black pants and a black jacket", who="he"),
        color_of("pants", "black", kind="open"),
        details(
            "pants",
            "the pants are black and the shirt is white and the jacket is black and the shoes are black and the "
            "belt is",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("jacket", "contradiction"),
        Q.material("polyester"),
        gender="Men",
        title="Hancock Men Black Slim Fit Formal Trousers",
        category="Trousers",
    ),
    # 028 Photo: model, white shirt, olive green trousers, tan belt, white backdrop.
    # Caption: caption adapter epoch 3 (denim fabric for the formal trousers). Answers: VQA adapter; type/color ranked.
    case(
        "X1236-028",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is lapel. The pants are with denim fabric and pure color patterns.",
            "unsupported",
        ),
        wearing(
            "a white shirt and green pants and a brown belt and brown shoes and he is standing in front of a white "
            "wall with his",
            "cut",
            who="he",
            hit_limit=True,
        ),
        color_of("pants", "green", kind="open"),
        details("pants", "pockets"),
        Q.garment_type("trousers"),
        Q.color("white", "other_garment_color"),
        gender="Men",
        title="Allen Solly Men Olive Green Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Olive",
    ),
    # 029 Photo: model, navy single-breasted blazer over a white shirt, grey trousers (not a suit), no tie.
    # Caption: caption adapter epoch 3 (cut). Answers: VQA adapter ("a suit"); type, is_a and sleeves ranked.
    case(
        "X1236-029",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns. He "
            "wears an outer clothing with cotton",
            "cut",
            hit_limit=True,
        ),
        wearing("a suit", "contradiction", who="he"),
        color_of("blazer", "navy blue", kind="open"),
        describe("blazer", "a navy blue blazer with two buttons"),
        details(
            "blazer",
            "the blazer has two buttons and a pocket on the left side and a pocket on the right side and a pocket on",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("blazer"),
        is_a("blazer", "yes"),
        Q.sleeve_length("long sleeves"),
        gender="Men",
        title="Blackberrys Men Navy Blue Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Navy Blue",
    ),
    # 030 Photo: model, grey textured (self-design) blazer, white shirt, maroon tie, charcoal trousers.
    # Caption: caption adapter epoch 3 (reached the limit on the last word). Answers: VQA adapter (describe loops).
    case(
        "X1236-030",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with "
            "cotton fabric and its neckline is lapel. There is an accessory on his neck. The pants are with cotton "
            "fabric and pure color patterns",
            hit_limit=True,
        ),
        wearing("a grey jacket and a red tie", who="he"),
        color_of("blazer", "grey", kind="open"),
        describe(
            "blazer",
            "grey blazer with a red tie and a white shirt and a red tie and a white shirt and a red tie and a white",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.pattern("solid"),
        gender="Men",
        title="Park Avenue Men Grey Self-Design Regular Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Grey",
    ),
    # 031 Photo: model in an all-black look: black blazer, black shirt, black trousers, white backdrop.
    # Caption: caption adapter epoch 3 (does not mention the blazer). Answers: VQA adapter ("leather").
    case(
        "X1236-031",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a black jacket and black pants", who="he"),
        color_of("blazer", "black", kind="open"),
        describe(
            "blazer",
            "a black blazer with a black shirt and black pants and black shoes and a black blazer with a black shirt "
            "and black",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("blazer"),
        is_a("blazer", "yes"),
        Q.material("leather", "unsupported"),
        gender="Men",
        title="Raymond Men Black Solid Slim Fit Single Breasted Formal Blazer",
        category="Blazers",
        color="Black",
    ),
    # 032 Photo: model, beige blazer with a brown windowpane check, light blue shirt, navy trousers, pocket square.
    # Caption: caption adapter epoch 3 (cut). Answers: VQA adapter (describe loops); pattern and is_a ranked.
    case(
        "X1236-032",
        caption(
            "The gentleman wears a long-sleeve jacket with lattice patterns and a long pants. The jacket is with "
            "cotton fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns. There "
            "is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        wearing("a jacket and pants", who="he"),
        color_of("blazer", "tan", kind="open"),
        describe(
            "blazer",
            "a brown plaid blazer with a blue shirt and a brown plaid blazer with a blue shirt and a brown plaid",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("checked"),
        is_a("blazer", "yes"),
        gender="Men",
        title="Louis Philippe Men Beige Checked Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Beige",
    ),
    # 033 Photo: model, maroon bandhgala (stand collar, no lapels, gold-tone buttons) buttoned up, cream trousers.
    # Caption: caption adapter epoch 3 (a lapel neckline). Answers: VQA adapter; type and is_a ranked.
    case(
        "X1236-033",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with "
            "cotton fabric and its neckline is lapel.",
            "unsupported",
        ),
        wearing("a red jacket and white pants", who="he"),
        color_of("blazer", "red", kind="open"),
        describe("blazer", "a maroon jacket with gold buttons"),
        details("blazer", "the collar"),
        Q.garment_type("jacket"),
        is_a("blazer", "no", "contradiction"),
        gender="Men",
        title="Wintage Men Maroon Solid Slim-Fit Bandhgala Blazer",
        category="Blazers",
        color="Maroon",
    ),
    # 034 Photo: three-quarter view, blue blazer with a subtle check, plain white shirt, navy tie, grey trousers.
    # Caption: caption adapter epoch 3 (puts the check on the shirt). Answers: VQA adapter; sleeves ranked.
    case(
        "X1236-034",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. There is an accessory on his neck. The pants are with cotton fabric "
            "and pure color patterns.",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a blue jacket, white shirt and a tie", who="he"),
        color_of("blazer", "blue", kind="open"),
        describe("blazer", "blue plaid blazer"),
        details("blazer", "two buttons and pockets"),
        Q.sleeve_length("long sleeves"),
        gender="Men",
        title="Mark Taylor Men Blue Checked Slim-Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Blue",
    ),
    # 035 Photo: ghost mannequin, charcoal grey solid blazer alone on white; no person, no other garment.
    # Caption: caption adapter epoch 3 (outer-clothing template). Answers: VQA adapter; type and is_a ranked.
    case(
        "X1236-035",
        caption(
            "The outer clothing is a long-sleeve coat with pure color patterns. The coat is with cotton fabric and "
            "its neckline is lapel."
        ),
        wearing("a suit jacket", who="he"),
        color_of("blazer", "black", "contradiction", kind="open"),
        describe("blazer", "it is a blazer", "non_answer"),
        Q.garment_type("blazer"),
        is_a("blazer", "yes"),
        title="Invictus Men Charcoal Grey Solid Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Charcoal",
    ),
    # 036 Photo: model full length, navy two-piece suit, white shirt, no tie, grey backdrop.
    # Caption: caption adapter epoch 3 (cut). Answers: VQA adapter; type and color ranked.
    case(
        "X1236-036",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns. He "
            "wears an outer clothing with",
            "cut",
            hit_limit=True,
        ),
        wearing("a suit", who="he"),
        color_of("suit", "navy", kind="open"),
        describe(
            "suit",
            "a navy blue suit with a white shirt and a navy blue suit with a white shirt and a navy blue suit with a",
            "loop",
            hit_limit=True,
        ),
        details("suit", "the suit is a suit", "restated"),
        Q.garment_type("suit"),
        Q.color("blue"),
        Q.material("wool"),
        gender="Men",
        title="Raymond Men Navy Blue Solid Slim Fit Two-Piece Formal Suit",
        category="Suits",
        color="Navy Blue",
    ),
    # 037 Photo: model, black three-piece suit (waistcoat buttoned), white shirt, black tie, white backdrop.
    # Caption: caption adapter epoch 3 (cut). Answers: VQA adapter; type and is_a ranked.
    case(
        "X1236-037",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is lapel. There is an accessory on his neck. He wears a vest with pure "
            "color patterns. The pants",
            "cut",
            hit_limit=True,
        ),
        wearing("a black suit and a tie", who="he"),
        color_of("suit", "black", kind="open"),
        details("suit", "vest"),
        Q.garment_type("suit"),
        is_a("suit", "yes"),
        Q.color("black"),
        Q.material("wool"),
        gender="Men",
        title="Tossido Men Black Solid Ultra Slim Fit Single-Breasted 3-Piece Suit",
        category="Suits",
        color="Black",
    ),
    # 038 Photo: model, grey Prince-of-Wales check two-piece suit, light blue shirt, navy tie.
    # Caption: caption adapter epoch 3. Answers: VQA adapter; color ranked to the shirt's blue, pattern ranked.
    case(
        "X1236-038",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is lapel. There is an accessory on his neck. The pants are with cotton "
            "fabric and lattice patterns.",
            hit_limit=True,
        ),
        wearing("a gray suit with a blue shirt and a blue tie", who="he"),
        color_of("suit", "gray", kind="open"),
        details("suit", "plaid"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("checked"),
        is_a("suit", "yes"),
        gender="Men",
        title="Louis Philippe Men Grey Checked Slim Fit Two-Piece Formal Suit",
        category="Suits",
        color="Grey",
    ),
    # 039 Photo: model, beige two-piece suit, white shirt, brown shoes, no tie, light backdrop.
    # Caption: caption adapter epoch 3 ("the lady", also cut at the limit). Answers: VQA adapter; type ranked.
    case(
        "X1236-039",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns. The lady "
            "wears an outer clothing",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a tan suit", who="he"),
        color_of("suit", "khaki", kind="open"),
        details("suit", "the jacket has two buttons and the pants have a crease"),
        Q.garment_type("suit"),
        Q.material("linen"),
        gender="Men",
        title="Blackberrys Men Beige Solid Slim-Fit Single-Breasted Two-Piece Suit",
        category="Suits",
        color="Beige",
    ),
    # 040 Photo: model, charcoal self-design suit with the jacket open, white shirt, burgundy tie.
    # Caption: caption adapter epoch 3. Answers: VQA adapter (color answer continues with new questions).
    case(
        "X1236-040",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is lapel. There is an accessory on his neck. The pants are with cotton "
            "fabric and pure color patterns.",
            hit_limit=True,
        ),
        wearing("a gray suit and a red tie", who="he"),
        color_of(
            "suit",
            "grey Question: What is the color of the tie? Answer: red Question: What is the color of the shirt? "
            "Answer:",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        details("suit", "buttons"),
        Q.garment_type("suit"),
        Q.color("grey"),
        gender="Men",
        title="Van Heusen Men Charcoal Grey Self-Design Slim Fit Formal Suit",
        category="Suits",
        color="Charcoal",
    ),
    # 041 Photo: model, white two-piece suit over a black shirt, grey backdrop.
    # Caption: caption adapter epoch 3. Answers: VQA adapter (details loops); color ranked to the shirt's black.
    case(
        "X1236-041",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a white suit and a black shirt", who="he"),
        color_of("suit", "white", kind="open"),
        details(
            "suit",
            "white suit with black shirt with white suit with black shirt with white suit with black shirt with white",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("suit"),
        Q.color("black", "other_garment_color"),
        gender="Men",
        title="Tossido Men White Solid Slim Fit Single-Breasted Two-Piece Formal Suit",
        category="Suits",
        color="White",
    ),
    # 042 Photo: flat lay, navy tie with a small woven geometric motif, rolled at the tip, on white; no person.
    # Caption: caption adapter epoch 3 (invents a man in a striped shirt). Answers: VQA adapter; type/pattern ranked.
    case(
        "X1236-042",
        caption(
            "The gentleman wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. There is an accessory on his neck.",
            "unsupported",
        ),
        wearing("a tie", who="he"),
        color_of("tie", "blue", kind="open"),
        describe("tie", "a blue tie with a pattern"),
        Q.garment_type("tie"),
        Q.pattern("striped", "contradiction"),
        is_a("tie", "yes"),
        Q.material("silk"),
        gender="Men",
        title="The Tie Hub Men Navy Blue Woven Design Broad Tie",
        category="Ties",
        color="Navy Blue",
    ),
    # 043 Photo: chest crop, model in a white shirt with a maroon and navy diagonal-stripe tie.
    # Caption: caption adapter epoch 3. Answers: VQA adapter (tie given the shirt's white); type ranked "shirt".
    case(
        "X1236-043",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. There is an accessory on his neck."
        ),
        wearing("a white shirt and a tie", who="he"),
        color_of("tie", "white", "other_garment_color", kind="open"),
        describe("tie", "striped tie"),
        Q.garment_type("shirt", "contradiction"),
        is_a("tie", "yes"),
        Q.pattern("striped"),
        gender="Men",
        title="Peter England Men Maroon & Navy Blue Striped Broad Tie",
        category="Ties",
        color="Maroon",
    ),
    # 044 Photo: chest crop, model in a light grey shirt with a black solid skinny tie; nothing below the waist.
    # Caption: caption adapter epoch 3 (adds pants the crop does not show). Answers: VQA adapter.
    case(
        "X1236-044",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. There is an accessory on his neck. The gentleman wears a long pants. The pants "
            "are with cotton fabric and pure color patterns.",
            "unsupported",
            hit_limit=True,
        ),
        wearing("shirt and tie", who="he"),
        color_of("tie", "black", kind="open"),
        describe(
            "tie",
            "black tie black tie black tie black tie black tie black tie black tie black tie black tie black tie black",
            "loop",
            hit_limit=True,
        ),
        is_a("tie", "yes"),
        Q.material("silk"),
        gender="Men",
        title="Alvaro Castagnino Men Black Solid Skinny Tie",
        category="Ties",
        color="Black",
    ),
    # 045 Photo: model, navy blazer, white shirt, pink solid tie, grey trousers, white backdrop.
    # Caption: caption adapter epoch 3 (cut). Answers: VQA adapter; type ranked "jacket", color ranked the blazer's.
    case(
        "X1236-045",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is lapel. There is an accessory on his neck. He wears an outer clothing "
            "with cotton fabric. The outer",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue blazer, white shirt and pink tie", who="he"),
        color_of("tie", "pink", kind="open"),
        describe("tie", "the tie is a tie", "restated"),
        Q.garment_type("jacket", "contradiction"),
        Q.color("blue", "other_garment_color"),
        gender="Men",
        title="Blacksmith Men Pink Solid Broad Tie",
        color="Pink",
    ),
]
