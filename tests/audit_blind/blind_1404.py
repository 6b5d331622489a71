"""BLIND_1404 (45 products; Myntra men's formal wear, epoch-3 caption adapter + VQA adapter): written blind in the
sixty-fourth session. Measured blind at 4e1890e (the session's fourth rules): 68/81 failures found (84.0%) and 6/174
correct texts flagged (3.4%). The writer's notes, verbatim:

Scenario: a Myntra men's formal wear feed: formal shirts, formal trousers, blazers, two- and three-piece suits and
ties. Columns as the feed has them: title (productDisplayName), category (articleType: Shirts, Trousers, Blazers,
Suits, Ties), color (baseColour), gender (Men); now and then one of them is missing. Photos are the usual studio
shots: a model on a plain light backdrop wearing the product with a shirt/trousers/blazer styled around it, a few
back views, four flat lays (two ties, one pair of trousers, one folded shirt), props now and then (a leather folder,
a blazer slung over the shoulder, sunglasses in hand, a briefcase, a stool).
Who wrote what: every caption is the epoch-3 caption adapter (leoreigoto/Data2_V2_Blip2_Finetune_Caption), which
writes the DeepFashion-MultiModal template (gentleman/lady, "pure color"/"lattice"/"striped" patterns, "cotton
fabric", "lapel" neckline, no hue names) and, with no end token learned, often runs to the 50-token limit, loops or
stops mid-sentence. Every answer is the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA) with free generation, 30 new
tokens: short color words, vendor-style two-hue colors ("blue-white"), yes/no, occasional runaway loops, and the
trained prompt format leaking back ("... Question: ... Answer: ..."). Questions are the experiments' own (what is
he wearing, color of the <garment>, describe / details of the <garment>, is this a <garment>, what is the shirt
color) plus a few closed ones from the blind questionnaire (pattern, sleeve length, type) and the material question.
Labeling conventions and judgement calls: one label per wrong text; when a text has two faults (cut and wrong
pronoun, a leak that also loops) the label is the fault a reader notices first, and hit_limit is still set when it
ran to the limit. Near hues are counted right: maroon/red, cream/white, beige/khaki/tan, charcoal/black or grey,
lavender/purple, and one hue of a two-hue shirt whose title names both. The caption template calls any upper layer
"shirt" and any outer layer "outer clothing"; that alone is not flagged. The caption's "cotton fabric" is flagged
(unsupported) only where the title names another material. A caption describing a person, trousers or a wrist
accessory on a flat lay with nobody in it is flagged: contradiction when it turns a tie into a shirt, unsupported
when it invents a wearer around the right garment. On a flat lay "what is he wearing" answered with the product
itself is counted right. A details answer that is only the garment's name (with or without its color) is a
non_answer; a describe answer that adds a real feature is right. A color given to a garment that is not the product
is contradiction; the product's garment given another garment's color is other_garment_color. "No" to "Is this a
blazer/tie/shirt?" on the product's own photo is contradiction. Invented features (a tie that is not there, a
contrast collar, a front seen from the back) are unsupported.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    material,
    question,
    wearing,
)

shirt_color = question("shirt_color", "What is the shirt color?", "open")

BLIND_1404 = [
    # Photo: model front view, white solid slim-fit shirt tucked into charcoal trousers, watch on left wrist, grey
    # backdrop. Caption: epoch-3 caption adapter (cut at 50 tokens); answers: VQA adapter.
    case(
        "X1404-001",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        wearing("a white shirt and black pants", who="he"),
        color_of("shirt", "white", kind="open"),
        color_of("pants", "black", kind="open"),
        describe("shirt", "white shirt with long sleeves"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Van Heusen Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: light blue and white small-check shirt, navy trousers, hands in pockets, front view.
    # Caption: caption adapter (stopped on its own); answers: VQA adapter. All correct.
    case(
        "X1404-002",
        caption(
            "The gentleman is wearing a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The trousers the gentleman wears is of long length. The trousers are with cotton "
            "fabric and solid color patterns."
        ),
        wearing("a blue and white checkered shirt and navy pants", who="he"),
        color_of("shirt", "blue-white", kind="open"),
        details("shirt", "checkered, long sleeves, buttons"),
        BLIND_QUESTIONS.pattern("plaid"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Louis Philippe Men Blue Slim Fit Checked Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: navy trousers with brown belt, white shirt tucked in, cropped at the chest.
    # Caption: caption adapter (loops on the trousers sentence to the limit); answers: VQA adapter (the trousers
    # get the shirt's white; details only say they are long).
    case(
        "X1404-003",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. The trousers are with cotton fabric and pure",
            "loop",
            hit_limit=True,
        ),
        wearing("a white shirt and blue pants", who="he"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        details("pants", "they are long pants", "non_answer"),
        is_a("pants", "yes", article="a pair of"),
        BLIND_QUESTIONS.color("navy blue"),
        gender="Men",
        title="Peter England Men Navy Blue Solid Slim Fit Formal Trousers",
        category="Trousers",
        color="Navy Blue",
    ),
    # Photo: charcoal single-breasted blazer worn open over a white shirt, black trousers, no tie.
    # Caption: caption adapter (cut); answers: VQA adapter ("suit and tie" with no tie; the shirt gets the blazer's
    # grey; "no" to blazer, a class the VQA data never had).
    case(
        "X1404-004",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric "
            "and its neckline is lapel. This gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns. The gentleman wears an outer clothing with",
            "cut",
            hit_limit=True,
        ),
        wearing("a suit and tie", "unsupported", who="he"),
        color_of("blazer", "grey", kind="open"),
        color_of("shirt", "grey", "contradiction", kind="open"),
        describe("blazer", "grey blazer with two buttons and a pocket"),
        is_a("blazer", "no", "contradiction"),
        gender="Men",
        title="Raymond Men Charcoal Grey Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Charcoal",
    ),
    # Photo: white shirt with thin navy vertical stripes, grey trousers, front view.
    # Caption: caption adapter ("lady" for a man); answers: VQA adapter (details loop on "stripes").
    case(
        "X1404-005",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns.",
            "pronoun",
        ),
        wearing("a white shirt with blue stripes and grey pants", who="he"),
        color_of("shirt", "white", kind="open"),
        BLIND_QUESTIONS.pattern("striped"),
        details("shirt", " ".join(["stripes"] * 30), "loop", hit_limit=True),
        BLIND_QUESTIONS.sleeve_length("long sleeve"),
        gender="Men",
        title="Arrow Men White & Navy Striped Regular Fit Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: beige trousers, light blue shirt tucked in, brown shoes, model holds a leather folder.
    # Caption: caption adapter (complete, correct); answers: VQA adapter (pocket loop in the details).
    case(
        "X1404-006",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is an accessory in his hand."
        ),
        wearing("a blue shirt and khaki pants", who="he"),
        color_of("pants", "khaki", kind="open"),
        details(
            "pants",
            "the pants have a pocket on the side and a pocket on the back and a pocket on the side and a pocket on "
            "the back and a",
            "loop",
            hit_limit=True,
        ),
        is_a("pants", "yes", article="a pair of"),
        material("cotton"),
        gender="Men",
        title="Park Avenue Men Beige Solid Slim Fit Formal Trousers",
        category="Trousers",
        color="Beige",
    ),
    # Photo: black two-piece suit, white shirt, black tie, front view.
    # Caption: caption adapter (correct, neckwear noted); answers: VQA adapter (the white shirt called black).
    case(
        "X1404-007",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. This gentleman has neckwear."
        ),
        wearing("a black suit and tie", who="he"),
        color_of("suit", "black", kind="open"),
        color_of("shirt", "black", "contradiction", kind="open"),
        describe("suit", "a black suit with a white shirt and a black tie"),
        is_a("suit", "yes"),
        gender="Men",
        title="Blackberrys Men Black Slim Fit Solid Two-Piece Formal Suit",
        category="Suits",
        color="Black",
    ),
    # Photo: light pink solid shirt, navy trousers, steel watch, front view.
    # Caption: caption adapter (correct); answers: VQA adapter (the color answer leaks the prompt format).
    case(
        "X1404-008",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is an accessory on his wrist."
        ),
        wearing("a pink shirt and blue pants", who="he"),
        color_of(
            "shirt",
            "pink Question: What is the color of the pants? Answer: blue Question: What is the color of the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        describe("shirt", "a pink shirt with a collar"),
        details("shirt", "long sleeves and buttons"),
        gender="Men",
        title="Allen Solly Men Pink Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Pink",
    ),
    # Photo: flat lay, maroon solid silk tie half rolled on white, no person.
    # Caption: caption adapter (a man in shirt and trousers, cut); answers: VQA adapter ("no" to tie).
    case(
        "X1404-009",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is an accessory on his",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a tie", who="he"),
        color_of("tie", "red", kind="open"),
        is_a("tie", "no", "contradiction"),
        material("silk"),
        gender="Men",
        title="Louis Philippe Men Maroon Solid Silk Tie",
        category="Ties",
        color="Maroon",
    ),
    # Photo: back view, grey self-design blazer with a centre vent, black trousers.
    # Caption: caption adapter (loops on the wrist accessory); answers: VQA adapter (front details made up from a
    # back view; "a blazer" for the description).
    case(
        "X1404-010",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The "
            "gentleman wears a long trousers. The trousers are with cotton fabric and pure color patterns. There is "
            "an accessory on his wrist. There is an accessory on his wrist. There",
            "loop",
            hit_limit=True,
        ),
        wearing("a grey jacket and black pants", who="he"),
        color_of("blazer", "grey", kind="open"),
        describe("blazer", "a blazer", "non_answer"),
        details("blazer", "two buttons on the front and a notch lapel", "unsupported"),
        is_a("blazer", "yes"),
        gender="Men",
        title="Peter England Men Grey Slim Fit Self Design Formal Blazer",
        category="Blazers",
        color="Grey",
    ),
    # Photo: navy solid shirt, grey trousers, one hand in pocket, watch on the other wrist.
    # Caption: caption adapter (cut at the limit); answers: VQA adapter (trousers given the shirt's navy; details loop).
    case(
        "X1404-011",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is an accessory on his wrist. The gentleman wears a pair of",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue shirt and grey pants", who="he"),
        color_of("shirt", "navy", kind="open"),
        color_of("pants", "navy", "contradiction", kind="open"),
        details(
            "shirt",
            "the shirt details are the shirt details are the shirt details are the shirt details are the shirt",
            "loop",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        gender="Men",
        title="Van Heusen Men Navy Blue Solid Slim Fit Formal Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Photo: grey tapered trousers, white shirt tucked in, black belt, flat front (no pleats).
    # Caption: caption adapter ("lady", and cut); answers: VQA adapter ("she"; pleats and cuffs invented).
    case(
        "X1404-012",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The trousers the lady wears is of long length. The trousers are with cotton fabric "
            "and pure color patterns. There is an accessory",
            "pronoun",
            hit_limit=True,
        ),
        wearing("she is wearing a white shirt and grey pants", "pronoun", who="he"),
        color_of("pants", "grey", kind="open"),
        details("pants", "pleated front and cuffs", "unsupported"),
        is_a("pants", "yes", article="a pair of"),
        gender="Men",
        title="Arrow Men Grey Tapered Fit Solid Formal Trousers",
        category="Trousers",
        color="Grey",
    ),
    # Photo: light blue dobby shirt, black trousers, a grey blazer slung over the shoulder (prop).
    # Caption: caption adapter (correct); answers: VQA adapter (takes the prop blazer for the outfit and gives the
    # shirt its grey).
    case(
        "X1404-013",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns."
        ),
        wearing("a grey jacket and black pants", "contradiction", who="he"),
        color_of("shirt", "grey", "other_garment_color", kind="open"),
        describe("shirt", "a blue shirt with long sleeves"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Raymond Men Blue Self-Design Slim Fit Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: black slim trousers, lavender shirt tucked in, front view. The feed has no color for this one.
    # Caption: caption adapter (cut); answers: VQA adapter, all right.
    case(
        "X1404-014",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is an accessory on his wrist. The gentleman",
            "cut",
            hit_limit=True,
        ),
        wearing("a purple shirt and black pants", who="he"),
        color_of("pants", "black", kind="open"),
        color_of("shirt", "purple", kind="open"),
        details("pants", "black pants with belt loops and a crease"),
        gender="Men",
        title="Allen Solly Men Black Slim Fit Solid Formal Trousers",
        category="Trousers",
    ),
    # Photo: white solid shirt, beige formal trousers, model sitting on a wooden stool.
    # Caption: caption adapter (calls the beige trousers denim); answers: VQA adapter (color loops).
    case(
        "X1404-015",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns.",
            "unsupported",
        ),
        wearing("a white shirt and khaki pants", who="he"),
        color_of("shirt", " ".join(["white"] * 30), "loop", kind="open", hit_limit=True),
        describe("shirt", "a white shirt with long sleeves and a collar"),
        is_a("shirt", "yes"),
        BLIND_QUESTIONS.sleeve_length("long sleeve"),
        gender="Men",
        title="Hancock Men White Solid Slim Fit Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: navy two-piece suit, light blue shirt open at the collar, no tie, white pocket square.
    # Caption: caption adapter (invents neckwear); answers: VQA adapter, right.
    case(
        "X1404-016",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. This gentleman has neckwear.",
            "unsupported",
        ),
        wearing("a suit", who="he"),
        color_of("suit", "navy", kind="open"),
        color_of("shirt", "light blue", kind="open"),
        details("suit", "the suit has a pocket square and two buttons"),
        is_a("suit", "yes"),
        gender="Men",
        title="Louis Philippe Men Navy Blue Solid Slim Fit Formal Suit",
        category="Suits",
        color="Navy Blue",
    ),
    # Photo: chest crop, navy tie with thin red diagonal stripes worn on a white shirt under an open grey blazer.
    # Caption: caption adapter (cut); answers: VQA adapter ("a tie" describes nothing).
    case(
        "X1404-017",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. This gentleman has neckwear. The gentleman wears an outer clothing with cotton fabric "
            "and pure color patterns",
            "cut",
            hit_limit=True,
        ),
        wearing("a white shirt and a tie", who="he"),
        color_of("tie", "blue", kind="open"),
        describe("tie", "a tie", "non_answer"),
        BLIND_QUESTIONS.pattern("striped"),
        is_a("tie", "yes"),
        gender="Men",
        title="Park Avenue Men Navy Blue & Red Striped Tie",
        category="Ties",
        color="Navy Blue",
    ),
    # Photo: khaki regular-fit trousers, white shirt tucked in, side view.
    # Caption: caption adapter (repeats the trousers sentence); answers: VQA adapter (trousers get the shirt's
    # white; details restate).
    case(
        "X1404-018",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns. The gentleman wears a long trousers. The trousers are with cotton",
            "loop",
            hit_limit=True,
        ),
        wearing("a white shirt and khaki pants", who="he"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        details("pants", "the details of the pants are the pants", "restated"),
        is_a("pants", "yes", article="a pair of"),
        gender="Men",
        title="ColorPlus Men Khaki Regular Fit Solid Formal Trousers",
        category="Trousers",
        color="Khaki",
    ),
    # Photo: blue windowpane-check blazer, white shirt, navy trousers, no pocket square.
    # Caption: caption adapter (lattice, right); answers: VQA adapter (details loop and add a pocket square).
    case(
        "X1404-019",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is an accessory on his wrist."
        ),
        wearing("a blue plaid jacket and a white shirt", who="he"),
        color_of("blazer", "blue", kind="open"),
        BLIND_QUESTIONS.pattern("plaid"),
        details(
            "blazer",
            "notch lapel, two buttons, flap pockets and a pocket square on the chest pocket and a pocket square on "
            "the chest pocket and a",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Wills Lifestyle Men Blue Checked Slim Fit Formal Blazer",
        category="Blazers",
        color="Blue",
    ),
    # Photo: flat lay, lavender shirt folded with collar up on white, nobody in it.
    # Caption: caption adapter (invents a wearer with trousers); answers: VQA adapter, right.
    case(
        "X1404-020",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns.",
            "unsupported",
        ),
        wearing("a purple shirt", who="he"),
        color_of("shirt", "purple", kind="open"),
        details("shirt", "collar, buttons, long sleeves"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Arrow Men Lavender Solid Regular Fit Formal Shirt",
        category="Shirts",
        color="Lavender",
    ),
    # Photo: charcoal trousers, pale blue shirt tucked in, front view.
    # Caption: caption adapter (cotton for a poly-viscose title); answers: VQA adapter (the shirt gets the
    # trousers' grey; cotton again).
    case(
        "X1404-021",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns.",
            "unsupported",
        ),
        wearing("he is wearing a blue shirt and grey pants", who="he"),
        color_of("pants", "grey", kind="open"),
        color_of("shirt", "grey", "contradiction", kind="open"),
        details("pants", "slim fit"),
        material("cotton", "unsupported"),
        gender="Men",
        title="Blackberrys Men Charcoal Grey Slim Fit Polyester Viscose Formal Trousers",
        category="Trousers",
        color="Charcoal",
    ),
    # Photo: black buttoned blazer, white shirt, black trousers; sunglasses held in the right hand, not worn.
    # Caption: caption adapter (puts the sunglasses on him); answers: VQA adapter, right.
    case(
        "X1404-022",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. This gentleman wears sunglasses.",
            "unsupported",
        ),
        wearing("a black suit and white shirt", who="he"),
        color_of("blazer", "black", kind="open"),
        describe("blazer", "a black blazer with a white shirt and black pants"),
        is_a("blazer", "yes"),
        gender="Men",
        title="Van Heusen Men Black Solid Slim Fit Formal Blazer",
        category="Blazers",
        color="Black",
    ),
    # Photo: grey solid tie worn on a white shirt under a navy suit jacket, chest crop.
    # Caption: caption adapter (right); answers: VQA adapter (tie gets the jacket's navy; silk for polyester).
    case(
        "X1404-023",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. This gentleman has neckwear. The gentleman wears an outer clothing. The outer "
            "clothing is with cotton fabric and pure color patterns."
        ),
        wearing("a suit and tie", who="he"),
        color_of("tie", "navy", "other_garment_color", kind="open"),
        material("silk", "unsupported"),
        is_a("tie", "yes"),
        gender="Men",
        title="Louis Philippe Men Grey Solid Polyester Tie",
        category="Ties",
        color="Grey",
    ),
    # Photo: blue and white bengal-stripe shirt with a left chest pocket, navy trousers.
    # Caption: caption adapter (pure color for a striped shirt); answers: VQA adapter (description cut).
    case(
        "X1404-024",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns.",
            "contradiction",
        ),
        wearing("a blue striped shirt and blue pants", who="he"),
        color_of("shirt", "blue", kind="open"),
        BLIND_QUESTIONS.pattern("striped"),
        describe(
            "shirt",
            "a blue and white striped shirt with long sleeves and a collar and buttons down the front and a pocket on "
            "the left chest and a",
            "cut",
            hit_limit=True,
        ),
        BLIND_QUESTIONS.sleeve_length("long sleeve"),
        gender="Men",
        title="Allen Solly Men Blue Striped Slim Fit Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: beige blazer, white shirt, navy trousers, front view.
    # Caption: caption adapter (trousers sentence loops); answers: VQA adapter (trousers get the blazer's khaki).
    case(
        "X1404-025",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The trousers are with cotton fabric and pure color patterns. The trousers are with "
            "cotton fabric and pure color patterns. The trousers are",
            "loop",
            hit_limit=True,
        ),
        wearing("a tan jacket and blue pants", who="he"),
        color_of("blazer", "khaki", kind="open"),
        color_of("pants", "khaki", "contradiction", kind="open"),
        details("blazer", "two buttons"),
        is_a("blazer", "yes"),
        gender="Men",
        title="Raymond Men Beige Slim Fit Solid Formal Blazer",
        category="Blazers",
        color="Beige",
    ),
    # Photo: grey glen-check two-piece suit, white shirt, burgundy tie.
    # Caption: caption adapter (lattice, right); answers: VQA adapter (the tie gets the suit's grey; "solid").
    case(
        "X1404-026",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and lattice "
            "patterns. This gentleman has neckwear."
        ),
        wearing("a grey suit and a red tie", who="he"),
        color_of("suit", "grey", kind="open"),
        color_of("tie", "grey", "contradiction", kind="open"),
        details("suit", "plaid"),
        BLIND_QUESTIONS.pattern("solid", "contradiction"),
        gender="Men",
        title="Park Avenue Men Grey Checked Two-Piece Slim Fit Formal Suit",
        category="Suits",
        color="Grey",
    ),
    # Photo: cream solid shirt, brown trousers, front view.
    # Caption: caption adapter ("lady"); answers: VQA adapter (details say only "the shirt").
    case(
        "X1404-027",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns.",
            "pronoun",
        ),
        wearing("a white shirt and brown pants", who="he"),
        color_of("shirt", "white", kind="open"),
        color_of("pants", "brown", kind="open"),
        details("shirt", "the shirt", "non_answer"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Peter England Men Cream-Coloured Solid Slim Fit Formal Shirt",
        category="Shirts",
        color="Cream",
    ),
    # Photo: back view, navy pleated trousers, white shirt tucked in, back pockets visible.
    # Caption: caption adapter (cut); answers: VQA adapter (yes loops).
    case(
        "X1404-028",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The "
            "gentleman wears a long trousers. The trousers are with cotton fabric and pure color patterns. There is "
            "an accessory on his wrist. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a white shirt and blue pants", who="he"),
        color_of("pants", "navy blue", kind="open"),
        details("pants", "pleats on the front"),
        is_a("pants", " ".join(["yes"] * 30), "loop", hit_limit=True, article="a pair of"),
        gender="Men",
        title="Arrow Men Navy Blue Pleated Formal Trousers",
        category="Trousers",
        color="Navy Blue",
    ),
    # Photo: maroon solid shirt, black trousers, watch, model leaning on a wooden stool.
    # Caption: caption adapter (cut); answers: VQA adapter (the trousers get maroon; the description is the
    # prompt format fed back).
    case(
        "X1404-029",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric "
            "and its neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns. There is an accessory on his wrist. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a red shirt and black pants", who="he"),
        color_of("shirt", "maroon", kind="open"),
        color_of("pants", "maroon", "contradiction", kind="open"),
        describe(
            "shirt",
            "Question: Describe the shirt. Answer: a maroon shirt with long sleeves Question: Describe the shirt. "
            "Answer:",
            "leak",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        gender="Men",
        title="Van Heusen Men Maroon Solid Slim Fit Formal Shirt",
        category="Shirts",
        color="Maroon",
    ),
    # Photo: black textured party blazer with satin peak lapels, black shirt, black trousers (all black is right).
    # Caption: caption adapter (right); answers: VQA adapter (satin sheen read as leather).
    case(
        "X1404-030",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns."
        ),
        wearing("a black suit", who="he"),
        color_of("blazer", "black", kind="open"),
        color_of("shirt", "black", kind="open"),
        details("blazer", "peak lapel, satin lapels, one button"),
        material("leather", "unsupported"),
        gender="Men",
        title="Louis Philippe Men Black Self-Design Slim Fit Single-Breasted Party Blazer",
        category="Blazers",
        color="Black",
    ),
    # Photo: white solid shirt styled under an open navy blazer, grey trousers.
    # Caption: caption adapter (cut); answers: VQA adapter (the shirt gets the blazer's navy; "no" to shirt).
    case(
        "X1404-031",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears an outer clothing. The outer clothing is with cotton fabric and "
            "pure color patterns. The gentleman wears a long trousers",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue blazer and a white shirt", who="he"),
        color_of("shirt", "navy", "other_garment_color", kind="open"),
        describe("shirt", "a white shirt with a blue blazer"),
        is_a("shirt", "no", "contradiction"),
        BLIND_QUESTIONS.sleeve_length("long sleeve"),
        gender="Men",
        title="Invictus Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: royal blue two-piece suit, white shirt, no tie, brown shoes, watch.
    # Caption: caption adapter (cut); answers: VQA adapter, right.
    case(
        "X1404-032",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is an accessory on his wrist. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue suit and white shirt", who="he"),
        color_of("suit", "blue", kind="open"),
        color_of("shirt", "white", kind="open"),
        details("suit", "the suit is blue and the shirt is white"),
        is_a("suit", "yes"),
        gender="Men",
        title="Raymond Men Blue Solid Two-Piece Formal Suit",
        category="Suits",
        color="Blue",
    ),
    # Photo: flat lay, black tie with small white polka dots on grey.
    # Caption: caption adapter (a man in a graphic shirt, looping); answers: VQA adapter, right.
    case(
        "X1404-033",
        caption(
            "The gentleman wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. The trousers are with cotton fabric and pure",
            "loop",
            hit_limit=True,
        ),
        wearing("a black tie with white polka dots", who="he"),
        color_of("tie", "black", kind="open"),
        BLIND_QUESTIONS.pattern("polka dot"),
        describe("tie", "a black tie with white dots"),
        is_a("tie", "yes"),
        gender="Men",
        title="Arrow Men Black & White Polka Dot Print Tie",
        category="Ties",
        color="Black",
    ),
    # Photo: grey solid shirt with long sleeves, no pockets, arms crossed, black trousers.
    # Caption: caption adapter (right); answers: VQA adapter (pocket loop; "short sleeve").
    case(
        "X1404-034",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is an accessory on his wrist."
        ),
        wearing("a gray shirt and black pants", who="he"),
        color_of("shirt", "gray", kind="open"),
        details(
            "shirt",
            "the shirt has a collar and buttons on the front and a pocket on the left chest and a pocket on the right "
            "chest and a pocket on the",
            "loop",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        BLIND_QUESTIONS.sleeve_length("short sleeve", "contradiction"),
        gender="Men",
        title="Mark Taylor Men Grey Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Grey",
    ),
    # Photo: brown slim trousers, white shirt tucked in. The feed left gender empty for this one.
    # Caption: caption adapter (trousers sentence loops); answers: VQA adapter (details only name the trousers).
    case(
        "X1404-035",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. The gentleman wears a long trousers. The trousers are with cotton fabric",
            "loop",
            hit_limit=True,
        ),
        wearing("a white shirt and brown pants", who="he"),
        color_of("pants", "brown", kind="open"),
        details("pants", "brown pants", "non_answer"),
        is_a("pants", "yes", article="a pair of"),
        title="Parx Men Brown Slim Fit Formal Trousers",
        category="Trousers",
        color="Brown",
    ),
    # Photo: navy blazer, white shirt, beige chinos, front view.
    # Caption: caption adapter (right); answers: VQA adapter (chinos get the blazer's blue; "she").
    case(
        "X1404-036",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns."
        ),
        wearing("a blue blazer and khaki pants", who="he"),
        color_of("blazer", "blue", kind="open"),
        color_of("pants", "blue", "contradiction", kind="open"),
        details("blazer", "the blazer has a notch lapel and two buttons and a pocket on the chest"),
        describe("blazer", "she is wearing a blue blazer with a white shirt and khaki pants", "pronoun"),
        gender="Men",
        title="Allen Solly Men Navy Blue Slim Fit Solid Formal Blazer",
        category="Blazers",
        color="Navy Blue",
    ),
    # Photo: white shirt with blue windowpane checks, black trousers.
    # Caption: caption adapter (lattice, cut); answers: VQA adapter, right ("blue" for white & blue is accepted).
    case(
        "X1404-037",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        wearing("a white and blue checkered shirt and black pants", who="he"),
        color_of("shirt", "blue", kind="open"),
        BLIND_QUESTIONS.pattern("checked"),
        details("shirt", "checkered"),
        gender="Men",
        title="Louis Philippe Men White & Blue Checked Slim Fit Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: flat lay, black formal trousers folded on white.
    # Caption: caption adapter (trousers sentence loops); answers: VQA adapter, right.
    case(
        "X1404-038",
        caption(
            "The gentleman wears a long trousers. The trousers are with cotton fabric and pure color patterns. The "
            "gentleman wears a long trousers. The trousers are with cotton fabric and pure color patterns. The "
            "gentleman wears a long trousers. The",
            "loop",
            hit_limit=True,
        ),
        wearing("a pair of black pants", who="he"),
        color_of("pants", "black", kind="open"),
        details("pants", "flat front, belt loops, side pockets"),
        is_a("pants", "yes", article="a pair of"),
        gender="Men",
        title="Peter England Men Black Solid Slim Fit Formal Trousers",
        category="Trousers",
        color="Black",
    ),
    # Photo: beige three-piece suit (waistcoat buttoned), white shirt open at the collar, no tie.
    # Caption: caption adapter (cut); answers: VQA adapter (adds a tie).
    case(
        "X1404-039",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a vest. The vest is with cotton fabric and pure color patterns. "
            "The gentleman wears a long trousers. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a tan suit and a white shirt", who="he"),
        color_of("suit", "tan", kind="open"),
        shirt_color("white"),
        is_a("suit", "yes"),
        details("suit", "a vest and a tie", "unsupported"),
        gender="Men",
        title="Blackberrys Men Beige Slim Fit Three-Piece Formal Suit",
        category="Suits",
        color="Beige",
    ),
    # Photo: close crop, blue woven-design tie on a light pink shirt.
    # Caption: caption adapter ("lady"); answers: VQA adapter (tie gets the shirt's pink).
    case(
        "X1404-040",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. This lady has neckwear.",
            "pronoun",
        ),
        wearing("a pink shirt and a blue tie", who="he"),
        color_of("tie", "pink", "other_garment_color", kind="open"),
        describe("tie", "blue tie with a pattern"),
        is_a("tie", "yes"),
        gender="Men",
        title="Van Heusen Men Blue Woven Design Tie",
        category="Ties",
        color="Blue",
    ),
    # Photo: olive trousers, white shirt tucked in, brown belt.
    # Caption: caption adapter (right); answers: VQA adapter (details leak the prompt; "no" to pants).
    case(
        "X1404-041",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns."
        ),
        wearing("a white shirt and green pants", who="he"),
        color_of("pants", "olive", kind="open"),
        details(
            "pants",
            "Question: What are the pants details? Answer: pockets Question: What are the pants details? Answer: "
            "pockets Question:",
            "leak",
            hit_limit=True,
        ),
        is_a("pants", "no", "contradiction", article="a pair of"),
        material("cotton"),
        gender="Men",
        title="Arrow Men Olive Green Slim Fit Cotton Stretch Formal Trousers",
        category="Trousers",
        color="Olive",
    ),
    # Photo: mid-blue solid shirt (self-colored collar and buttons), navy trousers, chair beside him.
    # Caption: caption adapter (wrist sentence loops); answers: VQA adapter (a white collar and buttons invented).
    case(
        "X1404-042",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is an accessory on his wrist. There is an accessory on his wrist. There",
            "loop",
            hit_limit=True,
        ),
        wearing("a blue shirt and blue pants", who="he"),
        color_of("shirt", "blue", kind="open"),
        describe("shirt", "a blue shirt with a white collar and white buttons", "unsupported"),
        is_a("shirt", "yes"),
        BLIND_QUESTIONS.garment_type("shirt"),
        gender="Men",
        title="Park Avenue Men Blue Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: charcoal pinstripe suit, light blue shirt, navy tie.
    # Caption: caption adapter (striped, right); answers: VQA adapter (details restate the question's word).
    case(
        "X1404-043",
        caption(
            "The gentleman wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and striped "
            "patterns. This gentleman has neckwear."
        ),
        wearing("a grey suit and a blue tie", who="he"),
        color_of("suit", "black", kind="open"),
        BLIND_QUESTIONS.pattern("striped"),
        color_of("tie", "blue", kind="open"),
        details("suit", "the suit is a suit with a suit jacket and suit pants", "restated"),
        gender="Men",
        title="Louis Philippe Men Charcoal Grey Pinstriped Slim Fit Formal Suit",
        category="Suits",
        color="Charcoal",
    ),
    # Photo: navy shirt with a small white geometric print, grey trousers, leather-strap watch.
    # Caption: caption adapter (graphic, right, but cut); answers: VQA adapter, right.
    case(
        "X1404-044",
        caption(
            "The gentleman wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is an accessory on his wrist. The gentleman",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue shirt with white polka dots", who="he"),
        color_of("shirt", "blue", kind="open"),
        BLIND_QUESTIONS.pattern("polka dot"),
        details("shirt", "printed"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Hancock Men Blue Slim Fit Printed Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: navy blazer, white shirt, grey trousers, briefcase in hand. The feed has no color for this one.
    # Caption: caption adapter (right); answers: VQA adapter (details name the briefcase, nothing of the blazer).
    case(
        "X1404-045",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is an accessory in his hand."
        ),
        wearing("a blue blazer and grey pants", who="he"),
        color_of("blazer", "blue", kind="open"),
        color_of("pants", "grey", kind="open"),
        details("blazer", "briefcase", "non_answer"),
        is_a("blazer", "yes"),
        gender="Men",
        title="Peter England Men Navy Blue Solid Slim Fit Formal Blazer",
        category="Blazers",
    ),
]
