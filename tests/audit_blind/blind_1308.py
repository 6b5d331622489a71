"""BLIND_1308 (45 products; Myntra men's formal wear): written blind in the sixty-third session. Measured blind at
0a90725 (the session's third rules): 78/96 failures found (81.2%) and 12/177 correct texts flagged (6.8%). The
writer's notes, verbatim:

Scenario: a Myntra men's formal wear feed: formal shirts, formal trousers, blazers, two- and three-piece suits, ties,
one waistcoat. Columns as Myntra has them: title (productDisplayName), category (articleType: Shirts, Trousers,
Blazers, Suits, Ties, Waistcoat), color (baseColour), gender (Men); one row lacks its color, one its gender. Most
photos are the usual catalog shot: a male model on a plain light backdrop wearing the product with other formal
clothes (a white shirt under the trousers, trousers under the shirt, a shirt and often a tie under the blazer). Now
and then a flat lay (a folded shirt, folded trousers, ties laid out with a pocket square), a back view, a model
seated on a stool or chair, a bag or sunglasses in hand, a crop from collar to waist for ties.
Who wrote what: every caption comes from the epoch-3 caption adapter (leoreigoto/Data2_V2_Blip2_Finetune_Caption),
raw greedy output at 50 new tokens. It writes the DeepFashion-MultiModal template (sleeves, fabric, "pure color" /
"lattice" / "stripe" patterns, lapel neckline, length of the lower clothing, belt, accessory on the wrist) and never
stops, so every caption ran to the limit: most end mid-sentence, some fall into repeating the template, a few happen
to end on a full stop. On flat lays it still describes a person's upper and lower clothing. Every answer comes from
the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA), free generation with `Question: ... Answer:` at 30 new tokens;
the run stops on a newline, which the adapter still emits after most short answers (the base model's habit), so
most answers are short; the rest loop, run to the limit mid-sentence, or run on into the prompt format. Color
questions are stored as open answers (free generation, no candidate list); the yes/no garment question and the
few pattern / sleeve / type / material questions use the stored makers as they are.
Labeling conventions and judgement calls: I judged every text against the photo I imagined and the title. A caption
that ran to the 50-token limit and ends mid-sentence is `cut` unless something worse is in it: a caption that
describes a person, sleeves and lower clothing on a flat lay of a tie or of folded trousers is `unsupported`; one
that says "The lady" for the male model is `pronoun`; one that gives a tie to a tieless model, a ring nobody wears,
or denim to formal trousers is `unsupported`; one that repeats a sentence or restarts the template is `loop`. A
caption that ran to the limit but happens to end on a full stop with everything in it true is left unmarked, with
hit_limit=True. The template's "cotton fabric" is not counted wrong unless the title names another material: the
photo cannot tell poly-viscose from cotton and the adapter says cotton for everything. Near colors are right:
maroon or burgundy answered "red", charcoal answered "grey", lavender "purple", teal "green" in one answer and
"blue" in another, cream answered "white", off-white answered "white", navy answered "blue"; a white shirt with thin
blue stripes answered "blue" is right (that is how it reads at a distance). A color given to the product that
belongs to another garment in the photo is `other_garment_color`; a wrong color given to a garment that is not the
product (the shirt under a blazer, the trousers under a shirt), mostly the product's own color repeated, is
`contradiction`. "a blue suit" for a blazer worn over grey trousers, "no" to "Is this a blazer?" on a blazer, "short"
sleeves on a folded long-sleeve shirt, a polka-dot pattern for a self-design tie are `contradiction`. Invented
pockets, pleats, contrast collars, peak lapels, pocket squares, a button-down collar, silk or linen or knit where the
title says nothing of it are `unsupported`. "they are pants" for the trousers' details and "the shirt" for the
shirt's details are `non_answer`; "the shirt is a shirt" and "the suit details are the suit details" are
`restated`. An answer that runs on into "Question: ... Answer:" is `leak` even when it also repeats. "a black suit"
for a black blazer worn with black trousers, and "a grey suit" for a tie crop that shows only part of a grey
jacket, are left unmarked: that is what the photo shows.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    question,
    wearing,
)

Q = BLIND_QUESTIONS
shirt_color = question("shirt_color", "What is the shirt color?", "open")

BLIND_1308 = [
    # Photo: male model, front view, grey backdrop: white solid formal shirt tucked into charcoal trousers, a watch.
    # Caption: epoch-3 caption adapter. Answers: VQA adapter.
    case(
        "X1308-001",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns. There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        wearing("a white shirt and grey pants", who="he"),
        color_of("shirt", "white", kind="open"),
        color_of("pants", "white", "contradiction", kind="open"),
        details(
            "shirt",
            "the collar, the buttons, the cuffs, the collar, the buttons, the cuffs, the collar, the buttons, the "
            "cuffs, the collar",
            "loop",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        gender="Men",
        title="Van Heusen Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: model, light blue and white small-check shirt, navy trousers, one hand in a pocket, watch on the wrist.
    # Caption: epoch-3 caption adapter. Answers: VQA adapter.
    case(
        "X1308-002",
        caption(
            "This man wears a long-sleeve shirt with lattice patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns. There is an "
            "accessory on his wrist. This man",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue and white checkered shirt", who="he"),
        shirt_color("blue"),
        describe("shirt", "a blue and white checkered shirt with a collar and buttons down the front"),
        color_of("pants", "blue", kind="open"),
        Q.pattern("checked"),
        gender="Men",
        title="Louis Philippe Men Blue Slim Fit Checked Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: model cropped at the chin: white shirt tucked into navy blue flat-front trousers, brown belt, black shoes.
    # Caption: epoch-3 caption adapter. Answers: VQA adapter.
    case(
        "X1308-003",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is lapel. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is a "
            "belt. The lower clothing is of",
            "cut",
            hit_limit=True,
        ),
        wearing("a white shirt and navy blue pants", who="he"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        details("pants", "they are pants", "non_answer"),
        is_a("pair of pants", "yes"),
        color_of("shirt", "white", kind="open"),
        gender="Men",
        title="Peter England Men Navy Blue Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Navy Blue",
    ),
    # Photo: model in a charcoal grey single-breasted blazer, buttoned, over a white shirt, black trousers, no tie.
    # Caption: epoch-3 caption adapter. Answers: VQA adapter.
    case(
        "X1308-004",
        caption(
            "This gentleman wears a long-sleeve shirt with pure color patterns and an outer clothing. The outer "
            "clothing is with cotton fabric and pure color patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The trousers the gentleman wears is of long",
            "cut",
            hit_limit=True,
        ),
        wearing("a grey jacket and black pants", who="he"),
        color_of("blazer", "grey", kind="open"),
        color_of("pants", "grey", "contradiction", kind="open"),
        is_a("blazer", "yes"),
        describe("blazer", "a grey blazer with a notch lapel and two buttons"),
        gender="Men",
        title="Raymond Men Charcoal Grey Solid Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Charcoal",
    ),
    # Photo: model, light pink solid shirt (pink collar), beige formal trousers, head turned to the side.
    # Caption: epoch-3 caption adapter. Answers: VQA adapter.
    case(
        "X1308-005",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The shirt is with cotton fabric. It has a lapel neckline. The shirt is with cotton "
            "fabric. It has a",
            "loop",
            hit_limit=True,
        ),
        wearing("a pink shirt and khaki pants", who="he"),
        shirt_color("pink"),
        color_of("pants", "pink", "contradiction", kind="open"),
        describe("shirt", "a pink shirt with a white collar", "unsupported"),
        Q.sleeve_length("long sleeve"),
        gender="Men",
        title="Arrow Men Pink Regular Fit Solid Formal Shirt",
        category="Shirts",
        color="Pink",
    ),
    # Photo: back view: model from behind, light blue shirt tucked into grey trousers, black belt, two back pockets.
    # Caption: epoch-3 caption adapter. Answers: VQA adapter.
    case(
        "X1308-006",
        caption(
            "His shirt has long sleeves, cotton fabric and pure color patterns. The pants this man wears is of long "
            "length. The pants are with cotton fabric and pure color patterns. There is a belt. His shirt has long "
            "sleeves, cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        wearing("a blue shirt and grey pants", who="he"),
        color_of("pants", "grey", kind="open"),
        details("pants", "two back pockets and a belt"),
        is_a("pair of pants", "no", "contradiction"),
        color_of("shirt", "blue", kind="open"),
        gender="Men",
        title="Allen Solly Men Grey Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Grey",
    ),
    # Photo: model in a blue (medium, not navy) two-piece suit, white shirt, navy tie, brown shoes, front view.
    # Caption: epoch-3 caption adapter. Answers: VQA adapter.
    case(
        "X1308-007",
        caption(
            "This gentleman wears a long-sleeve shirt with pure color patterns and an outer clothing. The outer "
            "clothing is with cotton fabric and pure color patterns. The gentleman wears a long trousers. The "
            "trousers are with cotton fabric and pure color patterns. This gentleman wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue suit and tie", who="he"),
        color_of("suit", "blue", kind="open"),
        is_a("suit", "yes"),
        color_of("tie", "blue", kind="open"),
        describe(
            "suit",
            "a blue suit with a white shirt and a blue tie. the suit is a two-button suit with a notch lapel and a "
            "flap pocket on the",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "white", kind="open"),
        gender="Men",
        title="Park Avenue Men Blue Slim Fit Solid Two-Piece Formal Suit",
        category="Suits",
        color="Blue",
    ),
    # Photo: flat lay, no person: one maroon tie with a small woven paisley motif laid straight on white.
    # Caption: epoch-3 caption adapter. Answers: VQA adapter.
    case(
        "X1308-008",
        caption(
            "The upper clothing has long sleeves, cotton fabric and graphic patterns. The neckline of it is V-shape. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an "
            "accessory on",
            "unsupported",
            hit_limit=True,
        ),
        is_a("tie", "yes"),
        color_of("tie", "maroon", kind="open"),
        Q.pattern("paisley"),
        Q.garment_type("tie"),
        Q.material("silk", "unsupported"),
        gender="Men",
        title="The Tie Hub Men Maroon Woven Design Broad Tie",
        category="Ties",
        color="Maroon",
    ),
    # Photo: model, side pose: black trousers, white shirt, black belt and shoes; no ring, no watch.
    # Caption: epoch-3 caption adapter. Answers: VQA adapter.
    case(
        "X1308-009",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is lapel. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is a "
            "ring on his finger. The upper",
            "unsupported",
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
        is_a("pair of pants", "yes"),
        gender="Men",
        title="Blackberrys Men Black Solid Slim Fit Formal Trousers",
        category="Trousers",
        color="Black",
    ),
    # Photo: model, lavender shirt with a faint dobby self-design, navy trousers, front view.
    # Caption: epoch-3 caption adapter. Answers: VQA adapter.
    case(
        "X1308-010",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "The neckline of the shirt is lapel. The gentleman wears a long pants. The pants are with cotton fabric "
            "and pure color patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        wearing("a purple shirt and blue pants", who="he"),
        shirt_color("purple"),
        color_of("shirt", "Lavender", kind="open"),
        describe("shirt", "the shirt is a shirt", "restated"),
        details(
            "shirt",
            "the shirt has a collar and buttons down the front and the sleeves are long and the cuffs are buttoned "
            "and the shirt is tucked into the pants and the pants are",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Van Heusen Men Lavender Slim Fit Self Design Formal Shirt",
        category="Shirts",
        color="Lavender",
    ),
    # Photo: model in a navy blazer over a white shirt, white pocket square, beige trousers, no tie.
    # Caption: epoch-3 caption adapter (ran to the limit, ends on a full stop). Answers: VQA adapter.
    case(
        "X1308-011",
        caption(
            "This gentleman wears a long-sleeve shirt with pure color patterns and an outer clothing. The outer "
            "clothing is with cotton fabric and pure color patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The trousers the gentleman wears is of long length.",
            hit_limit=True,
        ),
        wearing("a navy blazer, white shirt and khaki pants", who="he"),
        color_of("blazer", "navy", kind="open"),
        color_of("pants", "navy", "contradiction", kind="open"),
        is_a(
            "blazer",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        describe("blazer", "a navy blazer with a white pocket square"),
        gender="Men",
        title="Louis Philippe Men Navy Blue Solid Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Navy Blue",
    ),
    # Photo: model, white shirt with thin blue vertical stripes, grey trousers.
    # Caption: epoch-3 caption adapter. Answers: VQA adapter.
    case(
        "X1308-012",
        caption(
            "The upper clothing has long sleeves, cotton fabric and stripe patterns. The neckline of it is lapel. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns. The upper "
            "clothing has long sleeves, cotton fabric and stripe",
            "loop",
            hit_limit=True,
        ),
        wearing("a blue and white striped shirt and gray pants", who="he"),
        shirt_color("blue"),
        color_of("pants", "grey", kind="open"),
        Q.pattern("striped"),
        describe("shirt", "a white shirt with blue stripes"),
        details("shirt", "stripes"),
        gender="Men",
        title="Peter England Men White & Blue Striped Slim Fit Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: model, beige flat-front trousers, navy shirt tucked in, tan belt, brown loafers, watch.
    # Caption: epoch-3 caption adapter. Answers: VQA adapter.
    case(
        "X1308-013",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns. There is a "
            "belt. There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue shirt and khaki pants", who="he"),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        color_of("shirt", "navy", kind="open"),
        details("pants", "pleated", "unsupported"),
        is_a("pair of pants", "yes"),
        gender="Men",
        title="Raymond Men Beige Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Beige",
    ),
    # Photo: model in a black two-piece suit, white shirt, black tie, plain white backdrop.
    # Caption: epoch-3 caption adapter. Answers: VQA adapter.
    case(
        "X1308-014",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears an outer clothing with cotton fabric and pure color patterns. "
            "The trousers are of long length. The trousers are",
            "cut",
            hit_limit=True,
        ),
        wearing("a black suit and tie", who="he"),
        color_of("suit", "black", kind="open"),
        color_of("shirt", "black", "contradiction", kind="open"),
        color_of("tie", "black", kind="open"),
        is_a("suit", "yes"),
        describe("suit", "a black suit with a white shirt and black tie"),
        gender="Men",
        title="Arrow Men Black Solid Slim Fit Two-Piece Formal Suit",
        category="Suits",
        color="Black",
    ),
    # Photo: male model, maroon solid shirt, black trousers, front view.
    # Caption: epoch-3 caption adapter. Answers: VQA adapter.
    case(
        "X1308-015",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The trousers the lady wears is of long length. The trousers are with cotton fabric and "
            "pure color patterns. There is an",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a red shirt and black pants", who="he"),
        shirt_color("red"),
        color_of("pants", "black", kind="open"),
        describe("shirt", "she is wearing a red shirt", "pronoun"),
        Q.sleeve_length("long"),
        gender="Men",
        title="Invictus Men Maroon Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Maroon",
    ),
    # Photo: model seated on a wooden stool: khaki cotton trousers, white shirt, watch, brown shoes.
    # Caption: epoch-3 caption adapter. Answers: VQA adapter.
    case(
        "X1308-016",
        caption(
            "His shirt has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The pants "
            "this man wears is of long length. The pants are with cotton fabric and pure color patterns. There is an "
            "accessory on his wrist. His",
            "cut",
            hit_limit=True,
        ),
        wearing("a white shirt and tan pants", who="he"),
        color_of("pants", "tan", kind="open"),
        is_a("pair of pants", "yes"),
        details(
            "pants",
            "the pants are tan and the shirt is white and the pants are tan and the shirt is white and the pants are "
            "tan and the shirt is",
            "loop",
            hit_limit=True,
        ),
        color_of("shirt", "white", kind="open"),
        gender="Men",
        title="ColorPlus Men Khaki Tailored Fit Solid Formal Trousers",
        category="Trousers",
        color="Khaki",
    ),
    # Photo: model in a grey waistcoat (four buttons) over a white shirt, matching grey trousers, no jacket, no tie.
    # Caption: epoch-3 caption adapter. Answers: VQA adapter.
    case(
        "X1308-017",
        caption(
            "This gentleman wears a long-sleeve shirt with pure color patterns and an outer clothing. The outer "
            "clothing is with cotton fabric and pure color patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The trousers this gentleman wears is",
            "cut",
            hit_limit=True,
        ),
        wearing("a vest and a white shirt", who="he"),
        is_a("vest", "yes"),
        color_of("vest", "grey", kind="open"),
        Q.garment_type("vest"),
        color_of("pants", "grey", kind="open"),
        describe("vest", "a grey vest with buttons"),
        gender="Men",
        title="Van Heusen Men Grey Regular Fit Solid Formal Waistcoat",
        category="Waistcoat",
        color="Grey",
    ),
    # Photo: flat lay: a folded blue-and-navy checked shirt, collar and chest pocket showing, sleeves folded behind.
    # Caption: epoch-3 caption adapter. Answers: VQA adapter.
    case(
        "X1308-018",
        caption(
            "The upper clothing has long sleeves, cotton fabric and lattice patterns. The neckline of it is lapel. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an "
            "accessory",
            "unsupported",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        color_of("shirt", "blue", kind="open"),
        Q.pattern("checked"),
        describe("shirt", "a blue plaid shirt with a pocket"),
        Q.sleeve_length("short", "contradiction"),
        gender="Men",
        title="Allen Solly Men Blue Slim Fit Checked Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: model in a navy self-design blazer (two buttons, notch lapel, flap pockets) over a light blue shirt, grey
    # trousers. Caption: epoch-3 caption adapter. Answers: VQA adapter.
    case(
        "X1308-019",
        caption(
            "This gentleman wears a long-sleeve shirt with pure color patterns and an outer clothing. The outer "
            "clothing is with cotton fabric and pure color patterns. The outer clothing is with cotton fabric and "
            "pure color patterns. The outer clothing is with cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        wearing("a blue suit", "contradiction", who="he"),
        color_of("blazer", "navy", kind="open"),
        color_of("shirt", "navy", "contradiction", kind="open"),
        is_a("blazer", "yes"),
        details("blazer", "two buttons, notch lapel, flap pockets"),
        gender="Men",
        title="Park Avenue Men Navy Blue Slim Fit Self-Design Formal Blazer",
        category="Blazers",
        color="Navy Blue",
    ),
    # Photo: model, white solid shirt styled with a black tie, black trousers.
    # Caption: epoch-3 caption adapter. Answers: VQA adapter.
    case(
        "X1308-020",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "The neckline of the shirt is lapel. The gentleman wears a long pants. The pants are with cotton fabric "
            "and pure color patterns. There is a",
            "cut",
            hit_limit=True,
        ),
        wearing("a white shirt and black tie", who="he"),
        shirt_color("white"),
        color_of("tie", "white", "contradiction", kind="open"),
        details(
            "shirt",
            "Question: What are the shirt details? Answer: the shirt details are the shirt details",
            "leak",
        ),
        is_a("shirt", "yes"),
        gender="Men",
        title="Hancock Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: model mid-stride: olive green slim trousers, white shirt, brown belt, a watch.
    # Caption: epoch-3 caption adapter (ran to the limit, ends on a full stop). Answers: VQA adapter.
    case(
        "X1308-021",
        caption(
            "His shirt has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The pants "
            "this man wears is of long length. The pants are with cotton fabric and pure color patterns. There is a "
            "belt. There is an accessory on his wrist.",
            hit_limit=True,
        ),
        wearing("a white shirt and green pants", who="he"),
        color_of("pants", "green", kind="open"),
        color_of("shirt", "white", kind="open"),
        details("pants", "slim fit"),
        is_a("pair of pants", "yes"),
        gender="Men",
        title="Mark Taylor Men Olive Green Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Olive",
    ),
    # Photo: model in a charcoal three-piece suit (jacket open, waistcoat showing), white shirt, silver tie, white
    # pocket square. Caption: epoch-3 caption adapter. Answers: VQA adapter.
    case(
        "X1308-022",
        caption(
            "This gentleman wears a long-sleeve shirt with pure color patterns and an outer clothing. The outer "
            "clothing is with cotton fabric and pure color patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. This gentleman wears a neckwear. The trousers",
            "cut",
            hit_limit=True,
        ),
        wearing("a suit", who="he"),
        color_of("suit", "grey", kind="open"),
        color_of("tie", "grey", kind="open"),
        is_a("suit", "yes"),
        describe(
            "suit",
            "a charcoal grey suit with a vest and a white shirt and a grey tie and a pocket square and a pocket "
            "square and a pocket square and a pocket",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        gender="Men",
        title="Louis Philippe Men Charcoal Grey Slim Fit Solid Three-Piece Formal Suit",
        category="Suits",
        color="Charcoal",
    ),
    # Photo: half-body shot: sky blue solid shirt, navy tie, navy trousers just visible.
    # Caption: epoch-3 caption adapter. Answers: VQA adapter.
    case(
        "X1308-023",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is "
            "with cotton fabric. It has a lapel",
            "loop",
            hit_limit=True,
        ),
        wearing("a blue shirt and tie", who="he"),
        shirt_color("navy", "other_garment_color"),
        color_of("shirt", "light blue", kind="open"),
        describe("shirt", "a light blue shirt with a navy tie"),
        details("shirt", "the shirt", "non_answer"),
        gender="Men",
        title="Peter England Men Blue Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: three-quarter view: grey melange textured blazer over a white shirt, black trousers, leather bag in hand.
    # Caption: epoch-3 caption adapter. Answers: VQA adapter.
    case(
        "X1308-024",
        caption(
            "This gentleman wears a long-sleeve shirt with pure color patterns and an outer clothing. The outer "
            "clothing is with cotton fabric and pure color patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The trousers the gentleman wears is of long length. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a grey jacket and black pants and a bag", who="he"),
        color_of("jacket", "Heather grey", kind="open"),
        Q.pattern("solid"),
        is_a("blazer", "no", "contradiction"),
        Q.material("knitted", "unsupported"),
        gender="Men",
        title="Blackberrys Men Grey Melange Slim Fit Textured Formal Blazer",
        category="Blazers",
        color="Grey Melange",
    ),
    # Photo: crop from collar to waist: navy tie with thin red diagonal stripes, white shirt, grey jacket at the edges.
    # Caption: epoch-3 caption adapter. Answers: VQA adapter.
    case(
        "X1308-025",
        caption(
            "This gentleman wears a long-sleeve shirt with pure color patterns and an outer clothing. The outer "
            "clothing is with cotton fabric and pure color patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. This gentleman wears a neckwear. The",
            "cut",
            hit_limit=True,
        ),
        is_a("tie", "yes"),
        color_of("tie", "navy blue", kind="open"),
        Q.pattern("striped"),
        wearing("a grey suit and a tie", who="he"),
        color_of("shirt", "white", kind="open"),
        gender="Men",
        title="Arrow Men Navy Blue & Red Striped Tie",
        category="Ties",
        color="Navy Blue",
    ),
    # Photo: model with arms crossed: black solid shirt, grey formal trousers (not denim), watch.
    # Caption: epoch-3 caption adapter. Answers: VQA adapter.
    case(
        "X1308-026",
        caption(
            "His shirt has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The pants "
            "this man wears is of long length. The pants are with denim fabric and pure color patterns. There is an "
            "accessory on his wrist. His",
            "unsupported",
            hit_limit=True,
        ),
        wearing("shirt", who="he"),
        shirt_color("black"),
        color_of("pants", "grey", kind="open"),
        describe("shirt", "black button down shirt with long sleeves"),
        is_a(
            "shirt",
            "yes Question: Is this a shirt? Answer: yes Question: Is this a shirt? Answer: yes Question:",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        title="Van Heusen Men Black Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Black",
    ),
    # Photo: side view: charcoal trousers with a faint windowpane check, pink shirt, black belt.
    # Caption: epoch-3 caption adapter. Answers: VQA adapter.
    case(
        "X1308-027",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with cotton fabric and lattice patterns. There is a "
            "belt. This man wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a pink shirt and grey pants", who="he"),
        color_of("pants", "pink", "other_garment_color", kind="open"),
        Q.pattern("solid", "contradiction"),
        details("pants", "checkered"),
        is_a("pair of pants", "yes"),
        gender="Men",
        title="Allen Solly Men Charcoal Grey Slim Fit Checked Formal Trousers",
        category="Trousers",
        color="Charcoal",
    ),
    # Photo: back view: white shirt with a back yoke and box pleat, no pocket visible, black trousers.
    # Caption: epoch-3 caption adapter (ran to the limit, ends on a full stop). Answers: VQA adapter.
    case(
        "X1308-028",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "The neckline of the shirt is lapel. The gentleman wears a long pants. The pants are with cotton fabric "
            "and pure color patterns.",
            hit_limit=True,
        ),
        wearing("a white shirt and black pants", who="he"),
        shirt_color("white"),
        describe("shirt", "a white shirt with a pocket on the front", "unsupported"),
        details("shirt", "a white shirt with a collar and a pleat at the back"),
        gender="Men",
        title="Raymond Men White Regular Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: model in a beige blazer over a white open-collar shirt, navy trousers, no tie.
    # Caption: epoch-3 caption adapter. Answers: VQA adapter.
    case(
        "X1308-029",
        caption(
            "This gentleman wears a long-sleeve shirt with pure color patterns and an outer clothing. The outer "
            "clothing is with cotton fabric and pure color patterns. The gentleman wears a long trousers. The "
            "trousers are with cotton fabric and pure color patterns. The gentleman wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a tan jacket and blue pants", who="he"),
        color_of("blazer", "beige", kind="open"),
        color_of("pants", "beige", "contradiction", kind="open"),
        describe(
            "blazer",
            "a beige blazer with a white shirt and blue pants and a white shirt and blue pants and a white shirt and "
            "blue pants and a white",
            "loop",
            hit_limit=True,
        ),
        is_a("blazer", "yes"),
        gender="Men",
        title="Park Avenue Men Beige Slim Fit Solid Formal Blazer",
        category="Blazers",
        color="Beige",
    ),
    # Photo: model, pink and white gingham shirt, grey trousers, watch.
    # Caption: epoch-3 caption adapter. Answers: VQA adapter.
    case(
        "X1308-030",
        caption(
            "This man wears a long-sleeve shirt with lattice patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns. There is an "
            "accessory on his wrist. There is a",
            "cut",
            hit_limit=True,
        ),
        wearing("a pink shirt and grey pants", who="he"),
        shirt_color("pink"),
        color_of("shirt", "Pink-white", kind="open"),
        details("shirt", "gingham"),
        describe(
            "shirt",
            "a pink and white checkered shirt with a collar. Question: What is the color of the pants? Answer: grey",
            "leak",
        ),
        gender="Men",
        title="Louis Philippe Men Pink & White Checked Slim Fit Formal Shirt",
        category="Shirts",
        color="Pink",
    ),
    # Photo: flat lay, no person: brown cotton trousers folded in half, belt loops, button and brand tag showing.
    # Caption: epoch-3 caption adapter. Answers: VQA adapter.
    case(
        "X1308-031",
        caption(
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The upper "
            "clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is lapel. There is "
            "an accessory on his wrist. The",
            "unsupported",
            hit_limit=True,
        ),
        is_a("pair of pants", "yes"),
        color_of("pants", "brown", kind="open"),
        wearing("brown pants"),
        details("pants", "belt loops and a button"),
        Q.material("cotton"),
        gender="Men",
        title="ColorPlus Men Brown Regular Fit Solid Cotton Formal Trousers",
        category="Trousers",
        color="Brown",
    ),
    # Photo: model seated on a chair: light grey two-piece suit, light blue shirt open at the collar, no tie.
    # Caption: epoch-3 caption adapter. Answers: VQA adapter.
    case(
        "X1308-032",
        caption(
            "This gentleman wears a long-sleeve shirt with pure color patterns and an outer clothing. The outer "
            "clothing is with cotton fabric and pure color patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. This gentleman wears a neckwear. The",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a grey suit and a blue shirt", who="he"),
        color_of("suit", "grey", kind="open"),
        color_of("shirt", "grey", "contradiction", kind="open"),
        is_a("suit", "yes"),
        details("suit", "the suit details are the suit details", "restated"),
        gender="Men",
        title="Arrow Men Grey Slim Fit Solid Two-Piece Formal Suit",
        category="Suits",
        color="Grey",
    ),
    # Photo: flat lay, no person: a navy self-design (small woven diamonds) tie laid out beside a navy pocket square
    # with white polka dots used as a prop. Caption: epoch-3 caption adapter. Answers: VQA adapter.
    case(
        "X1308-033",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is "
            "V-shape. The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The "
            "upper clothing has long sleeves",
            "unsupported",
            hit_limit=True,
        ),
        is_a("tie", "yes"),
        color_of("tie", "blue", kind="open"),
        Q.garment_type("tie"),
        Q.pattern("polka dot", "contradiction"),
        gender="Men",
        title="Invictus Men Navy Blue Self-Design Formal Tie",
        category="Ties",
        color="Navy Blue",
    ),
    # Photo: model, cream solid shirt with a chest pocket, spread collar, cuffs buttoned, brown trousers.
    # Caption: epoch-3 caption adapter. Answers: VQA adapter.
    case(
        "X1308-034",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "The neckline of the shirt is lapel. The gentleman wears a long pants. The pants are with cotton fabric "
            "and pure color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a white shirt and brown pants", who="he"),
        shirt_color("Cream"),
        color_of("pants", "brown", kind="open"),
        describe(
            "shirt",
            "a cream colored shirt with long sleeves and a collar and buttons down the front and a pocket on the "
            "chest and the cuffs are buttoned and the collar is a spread collar and the",
            "cut",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        gender="Men",
        title="Peter England Men Cream-Coloured Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Cream",
    ),
    # Photo: model, navy trousers, light grey shirt tucked in, black belt.
    # Caption: epoch-3 caption adapter. Answers: VQA adapter.
    case(
        "X1308-035",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is a belt. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a grey shirt and blue pants", who="he"),
        color_of("pants", "grey", "other_garment_color", kind="open"),
        color_of("shirt", "grey", kind="open"),
        is_a("pair of pants", "yes"),
        details("pants", "flat front, belt loops, side pockets"),
        gender="Men",
        title="Raymond Men Navy Blue Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Navy Blue",
    ),
    # Photo: model in a black jacquard self-design blazer with notch lapels over a white shirt, black trousers.
    # Caption: epoch-3 caption adapter (ran to the limit, ends on a full stop). Answers: VQA adapter.
    case(
        "X1308-036",
        caption(
            "This gentleman wears a long-sleeve shirt with pure color patterns and an outer clothing. The outer "
            "clothing is with cotton fabric and pure color patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The gentleman wears a long trousers.",
            hit_limit=True,
        ),
        wearing("a black suit and white shirt", who="he"),
        color_of("blazer", "black", kind="open"),
        color_of("shirt", "black", "contradiction", kind="open"),
        is_a("blazer", "yes"),
        describe("blazer", "a black blazer with a peak lapel", "unsupported"),
        gender="Men",
        title="Louis Philippe Men Black Self-Design Slim Fit Formal Blazer",
        category="Blazers",
        color="Black",
    ),
    # Photo: model, teal solid shirt with a spread collar, black trousers.
    # Caption: epoch-3 caption adapter. Answers: VQA adapter.
    case(
        "X1308-037",
        caption(
            "His shirt has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The pants "
            "this man wears is of long length. The pants are with cotton fabric and pure color patterns. There is a "
            "belt. His shirt has long",
            "loop",
            hit_limit=True,
        ),
        wearing("a green shirt and black pants", who="he"),
        shirt_color("teal"),
        color_of("shirt", "blue", kind="open"),
        color_of("pants", "black", kind="open"),
        details("shirt", "button down collar", "unsupported"),
        gender="Men",
        title="Van Heusen Men Teal Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Teal",
    ),
    # Photo: model in a navy suit with a subtle windowpane check, white shirt, maroon tie.
    # Caption: epoch-3 caption adapter. Answers: VQA adapter.
    case(
        "X1308-038",
        caption(
            "This gentleman wears a long-sleeve shirt with pure color patterns and an outer clothing. The outer "
            "clothing is with cotton fabric and lattice patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. This gentleman wears a neckwear. The trousers",
            "cut",
            hit_limit=True,
        ),
        wearing("a navy suit and a red tie", who="he"),
        color_of("suit", "navy blue", kind="open"),
        color_of("tie", "navy", "contradiction", kind="open"),
        Q.pattern("checked"),
        is_a("suit", "yes"),
        describe("suit", "a blue suit"),
        gender="Men",
        title="Blackberrys Men Navy Blue Checked Slim Fit Two-Piece Formal Suit",
        category="Suits",
        color="Navy Blue",
    ),
    # Photo: model by a plain wall with a wooden chair beside him: grey solid shirt, black trousers.
    # Caption: epoch-3 caption adapter. Answers: VQA adapter.
    case(
        "X1308-039",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "The neckline of the shirt is lapel. The gentleman wears a long pants. The pants are with cotton fabric "
            "and pure color patterns. The gentleman is",
            "cut",
            hit_limit=True,
        ),
        wearing("a gray shirt and black pants", who="he"),
        shirt_color(
            "grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey",
            "loop",
            hit_limit=True,
        ),
        color_of("pants", "grey", "contradiction", kind="open"),
        describe("shirt", "a grey shirt"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Hancock Men Grey Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Grey",
    ),
    # Photo: crop from neck to waist: burgundy solid tie over a white shirt, no jacket. The feed has no color here.
    # Caption: epoch-3 caption adapter. Answers: VQA adapter.
    case(
        "X1308-040",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. This gentleman wears a neckwear. The gentleman wears a long-sleeve shirt with pure "
            "color patterns. The shirt is with",
            "loop",
            hit_limit=True,
        ),
        is_a("tie", "yes"),
        color_of("tie", "red", kind="open"),
        wearing("a white shirt and a red tie", who="he"),
        color_of("shirt", "red", "contradiction", kind="open"),
        Q.pattern("solid"),
        gender="Men",
        title="Alvaro Castagnino Men Burgundy Solid Broad Tie",
        category="Ties",
    ),
    # Photo: model, off-white textured trousers, navy shirt tucked in, brown loafers.
    # Caption: epoch-3 caption adapter. Answers: VQA adapter.
    case(
        "X1308-041",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns. There is a "
            "belt. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue shirt and white pants", who="he"),
        color_of("pants", "white", kind="open"),
        is_a("pair of pants", "yes"),
        details(
            "pants",
            "white white white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white",
            "loop",
            hit_limit=True,
        ),
        Q.material("linen", "unsupported"),
        gender="Men",
        title="Arrow Men Off White Slim Fit Textured Formal Trousers",
        category="Trousers",
        color="Off White",
    ),
    # Photo: model, navy shirt with a tiny white dot micro print (navy collar), beige trousers, watch.
    # Caption: epoch-3 caption adapter. Answers: VQA adapter.
    case(
        "X1308-042",
        caption(
            "This man wears a long-sleeve shirt with graphic patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns. There is an "
            "accessory on his wrist. This man wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue shirt and khaki pants", who="he"),
        shirt_color("navy blue"),
        Q.pattern("polka dot"),
        describe("shirt", "a navy blue shirt with white polka dots on it and a white collar", "unsupported"),
        color_of("pants", "khaki", kind="open"),
        gender="Men",
        title="Peter England Men Navy Blue Slim Fit Printed Formal Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Photo: male model in a royal blue blazer (two buttons, notch lapel, no pocket square) over a white shirt, grey
    # trousers, sunglasses in hand. Caption: epoch-3 caption adapter. Answers: VQA adapter.
    case(
        "X1308-043",
        caption(
            "This gentleman wears a long-sleeve shirt with pure color patterns and an outer clothing. The outer "
            "clothing is with cotton fabric and pure color patterns. The gentleman wears a long trousers. The "
            "trousers are with cotton fabric and pure color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("she is wearing a blue blazer and grey pants", "pronoun", who="he"),
        color_of("blazer", "blue", kind="open"),
        color_of("pants", "grey", kind="open"),
        is_a("blazer", "yes"),
        details("blazer", "two buttons and a pocket square", "unsupported"),
        gender="Men",
        title="Raymond Men Blue Slim Fit Solid Single-Breasted Formal Blazer",
        category="Blazers",
        color="Blue",
    ),
    # Photo: model, white solid shirt styled under an open navy blazer, grey trousers. The feed has no gender here.
    # Caption: epoch-3 caption adapter. Answers: VQA adapter.
    case(
        "X1308-044",
        caption(
            "This gentleman wears a long-sleeve shirt with pure color patterns and an outer clothing. The outer "
            "clothing is with cotton fabric and pure color patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The trousers the gentleman wears is of long",
            "cut",
            hit_limit=True,
        ),
        wearing("a navy blazer, white shirt and grey pants", who="he"),
        shirt_color("white"),
        color_of("shirt", "navy", "other_garment_color", kind="open"),
        is_a("shirt", "yes"),
        describe("shirt", "a white shirt under a blue blazer"),
        title="Allen Solly Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: model, grey and white small-check shirt, black trousers, watch.
    # Caption: epoch-3 caption adapter (ran to the limit, ends on a full stop). Answers: VQA adapter.
    case(
        "X1308-045",
        caption(
            "This man wears a long-sleeve shirt with lattice patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns. There is an "
            "accessory on his wrist.",
            hit_limit=True,
        ),
        wearing("a plaid shirt and black pants", who="he"),
        shirt_color("gray"),
        details(
            "shirt",
            "checkered checkered checkered checkered checkered checkered checkered checkered checkered checkered "
            "checkered checkered checkered checkered checkered",
            "loop",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        color_of("pants", "black", kind="open"),
        gender="Men",
        title="Park Avenue Men Grey Slim Fit Checked Formal Shirt",
        category="Shirts",
        color="Grey",
    ),
]
