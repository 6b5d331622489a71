"""BLIND_1500 (45 products; Myntra men's formal wear, epoch-3 caption adapter + VQA adapter): written blind in the
sixty-fifth session. Measured blind at b413ca7 (the session's fifth rules): 80/93 failures found (86.0%) and 8/166
correct texts flagged (4.8%). The writer's notes, verbatim:

Scenario: a Myntra men's formal wear feed: formal shirts (solid, striped, checked, pastel and dark), formal trousers,
blazers, suits (two- and three-piece, one tuxedo), a waistcoat and ties, mostly worn by a male model on a plain grey
or white backdrop with the rest of a formal outfit (shirt tucked into trousers, belt, tie, blazer over a shirt), now
and then a back view, a close crop at the chest or a flat lay (a folded shirt, a coiled tie, a tie with a pocket
square in a box). Catalog columns are the feed's own: title, category (Myntra article type: Shirts, Trousers,
Blazers, Suits, Ties, Waistcoat), color (base colour: Navy Blue, Charcoal, Coffee Brown, Grey Melange...) and gender
("Men"); a few rows lack gender or category, as such feeds do.
Who wrote what: every caption comes from BLIP-2 OPT-2.7b with the epoch-3 caption adapter
(leoreigoto/Data2_V2_Blip2_Finetune_Caption), unprompted, greedy, 50 new tokens. It writes the DeepFashion-MultiModal
template (pattern words, never hues: "pure color", "stripe", "lattice"; fabric; "lapel" neckline; "an accessory
around his neck" for a tie; "outer clothing" for blazers), and since no end token was trained it mostly runs to the
limit: cut mid-sentence, or looping on one sentence; a few stop early. It sometimes calls the model "the lady",
invents a person for flat lays, and invents fabrics (denim, leather). Every answer comes from the VQA adapter
(leoreigoto/Data3_V3_BLIP2_VQA) with the `Question: ... Answer:` prompt, greedy, 30 new tokens: the experiments'
questions (What is he wearing?, What is the color of the shirt / pants / jacket / tie?, What is the shirt color?,
Describe the shirt, What are the shirt / pants details?, Is this a ...?) adapted to the product's garment, plus the
closed garment type / color / pattern / sleeve length questions and the material question. Closed texts are the
raw generated text. The VQA adapter answers with In-shop style words (vendor colors like "navy", "charcoal";
"jacket" for a blazer, "vest" for a waistcoat), says "yes" readily, often gives the product the color of the shirt
under it or the tie on it, loops on lists, and sometimes runs on into the next `Question: ... Answer:` turn.
Labeling conventions and judgement calls: one failure kind per text. A caption that ran to the limit and is cut
mid-sentence is `cut`; one that repeats a sentence until the limit is `loop`; when a caption that ran to the limit
also says something false (the lady, a person in a flat lay, leather fabric, a wrong pattern), I labeled the false
content (pronoun / unsupported / contradiction) rather than the cut, and kept hit_limit=True. A few captions reached
the 50-token limit exactly at the end of a sentence with nothing false in them: hit_limit=True but left unmarked,
since the text itself is complete and right. Colors: near names count as right (maroon/burgundy/red, charcoal/grey,
navy/navy blue/blue, beige/khaki, teal, cream shirt as white); charcoal called black, lavender called white, peach
called beige are wrong. A color answer about the product that gives the shirt's, tie's or trousers' color is
`other_garment_color`; a non-product garment given the product's color (pants "white" under a white shirt) is
`contradiction`. A pattern or sleeve answer against the photo and the caption (solid for a windowpane suit, long
sleeves for a waistcoat, short for a full-sleeve shirt) is `contradiction`; a tie called a shirt or "no" to "Is this a
tie?" is `contradiction`; "yes" to jeans for formal trousers is `contradiction`. Invented details the photo does not
show (a chest pocket, a tie, a pocket square, white buttons, a button-down collar) are `unsupported`, as is cotton for
a linen blazer. "It is a shirt" / "they are long" / an empty answer is `non_answer`; an answer that only turns the
question back ("the pants details") is `restated`. Material questions were only kept where the title names the
fabric; "a white shirt" to "What is the person wearing?" for a flat lay of a white shirt is left unmarked.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

shirt_color = question("shirt_color", "What is the shirt color?", "open")

BLIND_1500 = [
    # Photo: model front, white solid shirt (full sleeves, spread collar) tucked into charcoal trousers, black belt,
    # steel watch on the left wrist; grey backdrop. Caption: epoch-3 caption adapter; answers: VQA adapter.
    case(
        "X1500-001",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory on his wrist. He",
            "cut",
            hit_limit=True,
        ),
        wearing("a white shirt and grey pants", who="he"),
        color_of("shirt", "white", kind="open"),
        color_of("pants", "white", "contradiction", kind="open"),
        details("shirt", "the shirt has a collar and buttons down the front"),
        Q.sleeve_length("long"),
        gender="Men",
        title="Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: model front, light blue shirt with thin white stripes, cuffs buttoned, navy trousers, no tie.
    # Caption: epoch-3 caption adapter; answers: VQA adapter.
    case(
        "X1500-002",
        caption(
            "This gentleman wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. This gentleman wears a long pants. The pants are with cotton fabric and solid color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "blue", kind="open"),
        Q.pattern("striped"),
        describe("shirt", "the shirt is blue and white striped"),
        is_a("shirt", "yes"),
        Q.material("cotton"),
        gender="Men",
        title="Men Blue & White Regular Fit Striped Pure Cotton Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: model front, pink solid shirt, navy trousers, brown belt, hands in pockets.
    # Caption: epoch-3 caption adapter ("the lady"); answers: VQA adapter.
    case(
        "X1500-003",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There",
            "pronoun",
            hit_limit=True,
        ),
        wearing("she is wearing a pink shirt and blue pants", "pronoun", who="he"),
        color_of("shirt", "pink", kind="open"),
        color_of("pants", "navy", kind="open"),
        Q.sleeve_length("long"),
        gender="Men",
        title="Men Pink Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Pink",
    ),
    # Photo: model cropped chest to feet, navy trousers, white shirt tucked in, brown belt, brown shoes.
    # Caption: epoch-3 caption adapter; answers: VQA adapter.
    case(
        "X1500-004",
        caption(
            "The trousers this man wears is of long length. The trousers are with cotton fabric and pure color "
            "patterns. The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "There is a belt. The man",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "white", "other_garment_color", kind="open"),
        color_of("shirt", "white", kind="open"),
        details("pants", "they are long", "non_answer"),
        is_a("pants", "yes", article="a pair of"),
        Q.color("navy"),
        gender="Men",
        title="Men Navy Blue Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Navy Blue",
    ),
    # Photo: back view, black trousers, white shirt tucked in, black belt; head cropped.
    # Caption: epoch-3 caption adapter; answers: VQA adapter.
    case(
        "X1500-005",
        caption(
            "The trousers this man wears is of long length. The trousers are with cotton fabric and pure color "
            "patterns. The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric "
            "and its neckline is lapel",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "black", kind="open"),
        Q.pattern("solid"),
        describe("pants", "black pants with belt loops"),
        wearing("a white shirt and black pants"),
        gender="Men",
        title="Men Black Regular Fit Solid Formal Trousers",
        category="Trousers",
        color="Black",
    ),
    # Photo: model front, lavender solid shirt (clearly lilac), grey trousers, no tie.
    # Caption: epoch-3 caption adapter (stopped exactly at the limit after a full sentence); answers: VQA adapter.
    case(
        "X1500-006",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. This man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns.",
            hit_limit=True,
        ),
        color_of("shirt", "white", "contradiction", kind="open"),
        shirt_color("purple"),
        wearing("a purple shirt and grey pants", who="the man"),
        Q.pattern("solid"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Men Lavender Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Lavender",
    ),
    # Photo: model front, grey and white small-check shirt, no chest pocket, black trousers.
    # Caption: epoch-3 caption adapter; answers: VQA adapter.
    case(
        "X1500-007",
        caption(
            "This man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("plaid"),
        color_of("shirt", "grey and white", kind="open"),
        details("shirt", "the shirt has a checkered pattern and a pocket on the chest", "unsupported"),
        color_of("pants", "black", kind="open"),
        Q.sleeve_length("long"),
        gender="Men",
        title="Men Grey & White Slim Fit Checked Formal Shirt",
        category="Shirts",
        color="Grey",
    ),
    # Photo: model front, beige trousers with slant side pockets, light blue shirt tucked in, tan belt, brown loafers.
    # Caption: epoch-3 caption adapter (loops); answers: VQA adapter.
    case(
        "X1500-008",
        caption(
            "The trousers this man wears is of long length. The trousers are with cotton fabric and pure color "
            "patterns. The trousers are with cotton fabric and pure color patterns. The trousers are with cotton "
            "fabric and pure color patterns. The trousers are with",
            "loop",
            hit_limit=True,
        ),
        color_of("pants", "khaki", kind="open"),
        Q.color("blue", "other_garment_color"),
        details("pants", "the pants have belt loops and pockets on the side"),
        is_a("jeans", "no", article="a pair of"),
        gender="Men",
        title="Men Beige Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Beige",
    ),
    # Photo: model front, navy blazer buttoned over a white shirt, white pocket square, grey trousers, no tie.
    # Caption: epoch-3 caption adapter; answers: VQA adapter.
    case(
        "X1500-009",
        caption(
            "This man wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with cotton "
            "fabric. Its neckline is lapel. The man wears a long-sleeve shirt with pure color patterns. The shirt is "
            "with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        color_of("jacket", "grey", "other_garment_color", kind="open"),
        wearing("a suit and tie", "unsupported", who="he"),
        Q.garment_type("jacket"),
        Q.sleeve_length("long"),
        describe("blazer", "navy blue blazer with a white pocket square"),
        gender="Men",
        title="Men Navy Blue Solid Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Navy Blue",
    ),
    # Photo: model front, charcoal grey two-piece suit, white shirt, maroon tie, black shoes; grey backdrop.
    # Caption: epoch-3 caption adapter; answers: VQA adapter.
    case(
        "X1500-010",
        caption(
            "This man wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with other "
            "fabric. The man wears a long trousers. The trousers are with other fabric and pure color patterns. "
            "There is an accessory around his neck",
            "cut",
            hit_limit=True,
        ),
        wearing("a suit and tie", who="he"),
        color_of("jacket", "black", "contradiction", kind="open"),
        color_of("tie", "red", kind="open"),
        color_of("pants", "grey", kind="open"),
        Q.pattern("solid"),
        is_a("suit", "yes"),
        gender="Men",
        title="Men Charcoal Grey Solid Slim Fit Two-Piece Formal Suit",
        category="Suits",
        color="Charcoal",
    ),
    # Photo: flat lay, no person: navy tie with thin silver diagonal stripes, coiled on a white backdrop.
    # Caption: epoch-3 caption adapter (invents a wearer); answers: VQA adapter.
    case(
        "X1500-011",
        caption(
            "The person wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. There is an accessory around his neck. The person wears a long pants. The pants are "
            "with",
            "unsupported",
            hit_limit=True,
        ),
        color_of("tie", "navy", kind="open"),
        Q.garment_type("shirt", "contradiction"),
        Q.pattern("striped"),
        is_a("tie", "no", "contradiction"),
        gender="Men",
        title="Men Navy Blue & Silver-Toned Striped Broad Tie",
        category="Ties",
        color="Navy Blue",
    ),
    # Photo: model front, white solid shirt with a navy tie, black trousers.
    # Caption: epoch-3 caption adapter (stopped early); answers: VQA adapter.
    case(
        "X1500-012",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. There is an accessory around his neck."
        ),
        color_of("shirt", "navy", "other_garment_color", kind="open"),
        shirt_color("white"),
        wearing("a white shirt and a tie", who="he"),
        details(
            "shirt",
            "the collar, the buttons, the cuffs, the collar, the buttons, the cuffs, the collar, the buttons, the "
            "cuffs, the collar",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        gender="Men",
        title="Men White Regular Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: model front, maroon solid shirt, black trousers, no jewellery.
    # Caption: epoch-3 caption adapter (invents a ring); answers: VQA adapter.
    case(
        "X1500-013",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. This man wears a long trousers. The trousers are with cotton fabric. This man wears a "
            "ring. There is an",
            "unsupported",
            hit_limit=True,
        ),
        color_of(
            "shirt",
            "maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("pants", "black", kind="open"),
        Q.color("burgundy"),
        wearing("a red shirt and black pants", who="the man"),
        gender="Men",
        title="Men Maroon Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Maroon",
    ),
    # Photo: model front, grey trousers with a faint tonal check, white shirt tucked in, black belt.
    # Caption: epoch-3 caption adapter; answers: VQA adapter.
    case(
        "X1500-014",
        caption(
            "The trousers this man wears is of long length. The trousers are with cotton fabric and lattice "
            "patterns. The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric "
            "and its neckline is",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "grey", kind="open"),
        Q.pattern("solid", "contradiction"),
        details("pants", "the pants are grey and have a checkered pattern"),
        is_a("pants", "yes", article="a pair of"),
        wearing("a white shirt and grey pants"),
        gender="Men",
        title="Men Grey Slim Fit Checked Formal Trousers",
        category="Trousers",
        color="Grey",
    ),
    # Photo: model front, light blue solid shirt, khaki chino-style formal trousers.
    # Caption: epoch-3 caption adapter; answers: VQA adapter.
    case(
        "X1500-015",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The gentleman wears a long pants. The pants are with cotton fabric and pure "
            "color patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "light blue", kind="open"),
        color_of("pants", "blue", "contradiction", kind="open"),
        describe("shirt", "it is a shirt", "non_answer"),
        Q.sleeve_length("long"),
        Q.material("cotton"),
        gender="Men",
        title="Men Blue Slim Fit Solid Pure Cotton Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: model front, grey checked blazer (two buttons, notch lapel, flap pockets) over a white shirt, black
    # trousers. Caption: epoch-3 caption adapter; answers: VQA adapter.
    case(
        "X1500-016",
        caption(
            "This man wears a long-sleeve outer clothing with lattice patterns. The outer clothing is with cotton "
            "fabric. The man wears a long-sleeve shirt with pure color patterns. The man wears a long trousers. The "
            "trousers are with",
            "cut",
            hit_limit=True,
        ),
        color_of("jacket", "grey", kind="open"),
        Q.pattern("checked"),
        wearing("a grey blazer, white shirt and black pants", who="he"),
        details("blazer", "the blazer has two buttons, a notch lapel and flap pockets"),
        is_a("jacket", "yes"),
        gender="Men",
        title="Men Grey Checked Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Grey",
    ),
    # Photo: close crop at the chest: white shirt, maroon skinny tie, the edge of a navy blazer.
    # Caption: epoch-3 caption adapter (limit reached at a sentence end); answers: VQA adapter.
    case(
        "X1500-017",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. There is an accessory around his neck. The man wears a long-sleeve outer clothing "
            "with pure color patterns.",
            hit_limit=True,
        ),
        color_of("tie", "maroon", kind="open"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("shirt", "contradiction"),
        is_a("tie", "yes"),
        gender="Men",
        title="Men Maroon Solid Skinny Tie",
        category="Ties",
        color="Maroon",
    ),
    # Photo: model front, olive green trousers, white shirt tucked in, brown belt. Feed row without gender.
    # Caption: epoch-3 caption adapter; answers: VQA adapter.
    case(
        "X1500-018",
        caption(
            "The trousers this guy wears is of long length. The trousers are with cotton fabric and pure color "
            "patterns. The guy wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric "
            "and its neckline is lapel. There",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "green", kind="open"),
        Q.color("olive"),
        details(
            "pants",
            "the pants are green green green green green green green green green green green green green green green "
            "green green green green green green green green green green green",
            "loop",
            hit_limit=True,
        ),
        wearing("a white shirt and green pants"),
        title="Men Olive Green Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Olive",
    ),
    # Photo: model front, navy three-piece suit with a faint windowpane check, light blue shirt, no tie, brown shoes.
    # Caption: epoch-3 caption adapter (limit reached at a sentence end); answers: VQA adapter.
    case(
        "X1500-019",
        caption(
            "This man wears a long-sleeve outer clothing with lattice patterns. The outer clothing is with other "
            "fabric. Its neckline is lapel. This man wears a long trousers. The trousers are with other fabric and "
            "lattice patterns.",
            hit_limit=True,
        ),
        color_of("jacket", "navy", kind="open"),
        color_of("shirt", "blue", kind="open"),
        wearing("a suit and a tie", "unsupported", who="he"),
        Q.garment_type("suit"),
        Q.pattern("solid", "contradiction"),
        details("suit", "the suit has a vest and two buttons on the jacket"),
        gender="Men",
        title="Men Navy Blue Checked Slim Fit Single-Breasted Three-Piece Suit",
        category="Suits",
        color="Navy Blue",
    ),
    # Photo: back view, white solid shirt with a box pleat, black trousers.
    # Caption: epoch-3 caption adapter; answers: VQA adapter.
    case(
        "X1500-020",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The man wears",
            "cut",
            hit_limit=True,
        ),
        shirt_color("white"),
        color_of("pants", "black", kind="open"),
        wearing("he is wearing a white shirt and black pants", who="he"),
        details("shirt", "", "non_answer"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: model front, pink and white striped shirt, navy trousers, silver watch.
    # Caption: epoch-3 caption adapter ("the lady"); answers: VQA adapter.
    case(
        "X1500-021",
        caption(
            "The lady wears a long-sleeve shirt with stripe patterns. Her shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is",
            "pronoun",
            hit_limit=True,
        ),
        color_of("shirt", "pink and white", kind="open"),
        Q.pattern("striped"),
        wearing("pink shirt", who="he"),
        details(
            "shirt",
            "the shirt has stripes, the shirt has stripes, the shirt has stripes, the shirt has stripes, the shirt "
            "has stripes, the",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Men Pink & White Striped Slim Fit Formal Shirt",
        category="Shirts",
        color="Pink",
    ),
    # Photo: model front, charcoal tapered trousers, pink shirt tucked in, black belt.
    # Caption: epoch-3 caption adapter; answers: VQA adapter.
    case(
        "X1500-022",
        caption(
            "The trousers this man wears is of long length. The trousers are with cotton fabric and pure color "
            "patterns. This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric "
            "and its neckline is lapel. The",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "pink", "other_garment_color", kind="open"),
        Q.color("grey"),
        is_a("pants", "yes", article="a pair of"),
        details("pants", "the pants details", "restated"),
        Q.pattern("solid"),
        gender="Men",
        title="Men Charcoal Grey Tapered Fit Solid Formal Trousers",
        category="Trousers",
        color="Charcoal",
    ),
    # Photo: model front, black blazer worn open over a white shirt, black trousers.
    # Caption: epoch-3 caption adapter (invents leather); answers: VQA adapter.
    case(
        "X1500-023",
        caption(
            "This man wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "leather fabric. Its neckline is lapel. The man wears a long-sleeve shirt with pure color patterns. The "
            "shirt is with cotton fabric and its",
            "unsupported",
            hit_limit=True,
        ),
        color_of("jacket", "black", kind="open"),
        color_of("shirt", "black", "contradiction", kind="open"),
        wearing("a black suit", who="the man"),
        Q.sleeve_length("long"),
        Q.garment_type("jacket"),
        gender="Men",
        title="Men Black Solid Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Black",
    ),
    # Photo: model front, blue and white checked shirt, beige trousers.
    # Caption: epoch-3 caption adapter (stopped early); answers: VQA adapter.
    case(
        "X1500-024",
        caption(
            "This man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel."
        ),
        color_of("shirt", "blue and white", kind="open"),
        color_of("pants", "beige", kind="open"),
        Q.pattern("checked"),
        describe("shirt", "a blue and white checkered shirt with a collar and long sleeves"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Men Blue Slim Fit Checked Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: model front, khaki trousers, navy shirt tucked in, brown belt.
    # Caption: epoch-3 caption adapter (invents denim); answers: VQA adapter.
    case(
        "X1500-025",
        caption(
            "The trousers this man wears is of long length. The trousers are with denim fabric and pure color "
            "patterns. The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric "
            "and its neckline is lapel. There",
            "unsupported",
            hit_limit=True,
        ),
        is_a("jeans", "yes", "contradiction", article="a pair of"),
        color_of("pants", "khaki", kind="open"),
        color_of("shirt", "navy", kind="open"),
        wearing("a blue shirt and khaki pants"),
        gender="Men",
        title="Men Khaki Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Khaki",
    ),
    # Photo: model front, white shirt with French cuffs and silver cufflinks, black trousers.
    # Caption: epoch-3 caption adapter; answers: VQA adapter.
    case(
        "X1500-026",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. There is an accessory on his wrist. This man wears a long trousers. The trousers are "
            "with cotton",
            "cut",
            hit_limit=True,
        ),
        details("shirt", "the shirt has a collar and cuffs"),
        color_of("shirt", "white", kind="open"),
        Q.sleeve_length("long"),
        describe(
            "shirt",
            "the shirt is white with a collar and long sleeves and a button down front and a button down front and "
            "a button down front and a button",
            "loop",
            hit_limit=True,
        ),
        wearing("a white shirt", who="he"),
        gender="Men",
        title="Men White Slim Fit Solid Formal Shirt with French Cuffs",
        category="Shirts",
        color="White",
    ),
    # Photo: model front, black tuxedo with satin lapels, white shirt, black bow tie.
    # Caption: epoch-3 caption adapter (limit reached at a sentence end); answers: VQA adapter.
    case(
        "X1500-027",
        caption(
            "This man wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with other "
            "fabric. Its neckline is lapel. The man wears a long-sleeve shirt with pure color patterns. There is an "
            "accessory around his neck.",
            hit_limit=True,
        ),
        wearing("a tuxedo", who="he"),
        color_of("jacket", "black", kind="open"),
        color_of("shirt", "white", kind="open"),
        color_of("tie", "black", kind="open"),
        Q.garment_type("suit"),
        details("suit", "the suit has satin lapels and a bow tie"),
        gender="Men",
        title="Men Black Solid Slim Fit Single-Breasted Tuxedo Suit",
        category="Suits",
        color="Black",
    ),
    # Photo: model front, peach solid shirt (full sleeves, cuffs buttoned), navy trousers.
    # Caption: epoch-3 caption adapter; answers: VQA adapter.
    case(
        "X1500-028",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is a",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "beige", "contradiction", kind="open"),
        shirt_color("peach"),
        wearing("a pink shirt and blue pants", who="the man"),
        Q.sleeve_length("short", "contradiction"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Men Peach-Coloured Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Peach",
    ),
    # Photo: model front, navy pleated trousers, white shirt tucked in, black belt. Feed row without category.
    # Caption: epoch-3 caption adapter; answers: VQA adapter (one runs into the next turn).
    case(
        "X1500-029",
        caption(
            "The trousers this man wears is of long length. The trousers are with cotton fabric and pure color "
            "patterns. This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton "
            "fabric. There is a belt. The",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "navy blue", kind="open"),
        details("pants", "the pants have pleats in the front"),
        Q.color("navy"),
        wearing(
            "white shirt Question: What is the color of the pants? Answer: navy Question: What is the color of",
            "leak",
            who="he",
            hit_limit=True,
        ),
        is_a("pants", "yes", article="a pair of"),
        gender="Men",
        title="Men Navy Blue Regular Fit Pleated Formal Trousers",
        color="Navy Blue",
    ),
    # Photo: flat lay in a gift box, no person: red tie with a navy paisley print and a matching pocket square.
    # Caption: epoch-3 caption adapter (invents a wearer in a chiffon shirt); answers: VQA adapter.
    case(
        "X1500-030",
        caption(
            "The person wears a short-sleeve shirt with floral patterns. The shirt is with chiffon fabric and its "
            "neckline is V-shape. The person wears a long pants. The pants are with cotton fabric and",
            "unsupported",
            hit_limit=True,
        ),
        color_of("tie", "red and blue", kind="open"),
        Q.pattern("printed"),
        Q.garment_type("tie"),
        is_a(
            "tie",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        Q.material("silk"),
        gender="Men",
        title="Men Red & Navy Blue Printed Pure Silk Tie with Pocket Square",
        category="Ties",
        color="Red",
    ),
    # Photo: model front, maroon self-design (jacquard) blazer over a black shirt, black trousers; belt hidden.
    # Caption: epoch-3 caption adapter; answers: VQA adapter.
    case(
        "X1500-031",
        caption(
            "This man wears a long-sleeve outer clothing with graphic patterns. The outer clothing is with other "
            "fabric. Its neckline is lapel. This man wears a long-sleeve shirt with pure color patterns. The man "
            "wears a long trousers",
            "cut",
            hit_limit=True,
        ),
        color_of("jacket", "red", kind="open"),
        color_of("shirt", "black", kind="open"),
        wearing(
            "he is wearing a red jacket and a black shirt and black pants and black shoes and a black belt and a black",
            "cut",
            who="he",
            hit_limit=True,
        ),
        Q.pattern("solid", "contradiction"),
        Q.garment_type("jacket"),
        gender="Men",
        title="Men Maroon Self-Design Slim Fit Single-Breasted Party Blazer",
        category="Blazers",
        color="Maroon",
    ),
    # Photo: flat lay, no person: white solid shirt folded in its packaging on a grey backdrop, one cuff showing.
    # Caption: epoch-3 caption adapter (invents a wearer and pants); answers: VQA adapter.
    case(
        "X1500-032",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The man",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a white shirt"),
        color_of("shirt", "white", kind="open"),
        Q.sleeve_length("long"),
        Q.garment_type("shirt"),
        gender="Men",
        title="Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: model front, teal solid shirt with a spread collar (no collar buttons), black trousers.
    # Caption: epoch-3 caption adapter; answers: VQA adapter.
    case(
        "X1500-033",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. This man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. This man",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "teal", kind="open"),
        color_of("pants", "teal", "contradiction", kind="open"),
        describe("shirt", "a blue shirt with a collar and buttons"),
        details("shirt", "the shirt has a button down collar", "unsupported"),
        Q.sleeve_length(
            "long Question: What is the color of the shirt? Answer: teal Question: What is the color of the pants? "
            "Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        title="Men Teal Blue Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Teal",
    ),
    # Photo: model front, grey melange trousers, black shirt tucked in, black belt.
    # Caption: epoch-3 caption adapter (limit reached at a sentence end); answers: VQA adapter.
    case(
        "X1500-034",
        caption(
            "The trousers this gentleman wears is of long length. The trousers are with cotton fabric and pure "
            "color patterns. This gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with "
            "cotton fabric and its neckline is lapel.",
            hit_limit=True,
        ),
        color_of("pants", "black", "other_garment_color", kind="open"),
        Q.color("grey"),
        details("pants", "the pants have a zipper fly and a button closure"),
        is_a("pants", "yes", article="a pair of"),
        gender="Men",
        title="Men Grey Melange Slim Fit Self-Design Formal Trousers",
        category="Trousers",
        color="Grey Melange",
    ),
    # Photo: model front, royal blue two-piece suit, white shirt, navy tie with small white dots, brown shoes.
    # Caption: epoch-3 caption adapter; answers: VQA adapter.
    case(
        "X1500-035",
        caption(
            "This man wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with other "
            "fabric. Its neckline is lapel. There is an accessory around his neck. This man wears a long trousers. "
            "The trousers",
            "cut",
            hit_limit=True,
        ),
        color_of(
            "jacket",
            "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue "
            "blue blue blue blue blue blue blue blue blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("tie", "blue", kind="open"),
        wearing("a blue suit with a white shirt and a blue tie", who="the man"),
        Q.garment_type("suit"),
        Q.pattern("solid"),
        details("suit", "the suit details are the details of the suit", "restated"),
        gender="Men",
        title="Men Blue Solid Slim Fit Single-Breasted Two-Piece Formal Suit",
        category="Suits",
        color="Blue",
    ),
    # Photo: model front, black solid shirt, grey trousers, black belt.
    # Caption: epoch-3 caption adapter (loops); answers: VQA adapter.
    case(
        "X1500-036",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The shirt is with cotton fabric and its neckline is lapel. The shirt is with cotton "
            "fabric and its",
            "loop",
            hit_limit=True,
        ),
        color_of("shirt", "black", kind="open"),
        color_of("pants", "black", "contradiction", kind="open"),
        wearing("she is wearing a black shirt and grey pants", "pronoun"),
        Q.sleeve_length("long"),
        gender="Men",
        title="Men Black Slim Fit Solid Party Formal Shirt",
        category="Shirts",
        color="Black",
    ),
    # Photo: model front, beige linen blazer (notch lapel, two buttons, flap pockets, chest welt pocket) over a white
    # shirt, navy trousers. Caption: epoch-3 caption adapter; answers: VQA adapter.
    case(
        "X1500-037",
        caption(
            "This man wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with cotton "
            "fabric. Its neckline is lapel. This man wears a long-sleeve shirt with pure color patterns. This man "
            "wears a long",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton", "unsupported"),
        color_of("blazer", "beige", kind="open"),
        color_of("pants", "navy", kind="open"),
        is_a("jacket", "yes"),
        describe(
            "blazer",
            "the blazer is beige and has a notched lapel and two buttons and two flap pockets and a chest pocket and a",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Men Beige Solid Slim Fit Single-Breasted Linen Blazer",
        category="Blazers",
        color="Beige",
    ),
    # Photo: model front, white shirt with fine blue pinstripes, navy tie, grey trousers.
    # Caption: epoch-3 caption adapter (limit reached at a sentence end, reads the pinstripes as plain); answers:
    # VQA adapter.
    case(
        "X1500-038",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. There is an accessory around his neck. The man wears a long trousers.",
            "contradiction",
            hit_limit=True,
        ),
        Q.pattern("striped"),
        color_of("shirt", "white", kind="open"),
        color_of("tie", "navy", kind="open"),
        wearing("a shirt and tie", who="he"),
        gender="Men",
        title="Men White & Blue Slim Fit Pinstriped Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: model front, coffee brown trousers, cream shirt tucked in, tan belt.
    # Caption: epoch-3 caption adapter; answers: VQA adapter.
    case(
        "X1500-039",
        caption(
            "The trousers this man wears is of long length. The trousers are with cotton fabric and pure color "
            "patterns. The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric "
            "and its",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "brown", kind="open"),
        Q.color("brown"),
        details("pants", "the pants have a slim fit and a flat front"),
        wearing("a white shirt and brown pants"),
        is_a("jeans", "yes", "contradiction", article="a pair of"),
        gender="Men",
        title="Men Coffee Brown Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Coffee Brown",
    ),
    # Photo: model front, green and white small-check shirt with one chest pocket, beige trousers. Feed row without
    # gender. Caption: epoch-3 caption adapter; answers: VQA adapter.
    case(
        "X1500-040",
        caption(
            "This man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. This man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "green", kind="open"),
        Q.pattern("checked"),
        details(
            "shirt",
            "the shirt has a checkered pattern and long sleeves with buttoned cuffs and a curved hem and a pocket on "
            "the left side of the",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "green", "contradiction", kind="open"),
        wearing("he is wearing a green shirt", who="he"),
        title="Men Green & White Slim Fit Checked Formal Shirt",
        category="Shirts",
        color="Green",
    ),
    # Photo: model front, grey waistcoat (sleeveless, five buttons) over a white full-sleeve shirt, black trousers,
    # no jacket. Caption: epoch-3 caption adapter; answers: VQA adapter.
    case(
        "X1500-041",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("vest"),
        Q.sleeve_length("long", "contradiction"),
        color_of("vest", "grey", kind="open"),
        Q.color("white", "other_garment_color"),
        is_a("vest", "yes"),
        gender="Men",
        title="Men Grey Solid Slim Fit Formal Waistcoat",
        category="Waistcoat",
        color="Grey",
    ),
    # Photo: model front, navy solid shirt with navy (tonal) buttons, beige trousers.
    # Caption: epoch-3 caption adapter; answers: VQA adapter.
    case(
        "X1500-042",
        caption(
            "The guy wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The guy wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The guy is",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "blue", kind="open"),
        shirt_color("navy"),
        describe("shirt", "navy blue shirt with white buttons", "unsupported"),
        Q.sleeve_length("long"),
        wearing("a navy shirt and khaki pants", who="the man"),
        gender="Men",
        title="Men Navy Blue Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Photo: model front, charcoal herringbone blazer, no pocket square, light blue shirt, grey trousers.
    # Caption: epoch-3 caption adapter ("the lady"); answers: VQA adapter.
    case(
        "X1500-043",
        caption(
            "The lady wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with cotton "
            "fabric. Its neckline is lapel. The lady wears a long-sleeve shirt with pure color patterns. The lady "
            "wears a long",
            "pronoun",
            hit_limit=True,
        ),
        color_of("blazer", "grey", kind="open"),
        wearing("a blazer", who="he"),
        details("blazer", "the blazer has a notch lapel and a pocket square", "unsupported"),
        Q.garment_type("jacket"),
        gender="Men",
        title="Men Charcoal Grey Self-Design Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Charcoal",
    ),
    # Photo: close crop at the chest: white shirt, black skinny tie. Feed row without gender.
    # Caption: epoch-3 caption adapter (loops); answers: VQA adapter.
    case(
        "X1500-044",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. There is an accessory around his neck. There is an accessory around his neck. There "
            "is an accessory",
            "loop",
            hit_limit=True,
        ),
        color_of("tie", "black", kind="open"),
        Q.garment_type("tie"),
        Q.color("black"),
        is_a("tie", "yes"),
        wearing("a white shirt and black tie", who="he"),
        title="Men Black Solid Skinny Tie",
        category="Ties",
        color="Black",
    ),
    # Photo: model front, cream trousers, navy shirt tucked in, brown belt, brown loafers.
    # Caption: epoch-3 caption adapter; answers: VQA adapter.
    case(
        "X1500-045",
        caption(
            "The trousers this man wears is of long length. The trousers are with cotton fabric and pure color "
            "patterns. This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric "
            "and its neckline",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "beige", kind="open"),
        Q.color("navy", "other_garment_color"),
        details(
            "pants",
            "the pants have a slim fit and a flat front and a slim fit and a flat front and a slim fit and a flat "
            "front and",
            "loop",
            hit_limit=True,
        ),
        is_a("pants", "yes", article="a pair of"),
        gender="Men",
        title="Men Cream-Coloured Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Cream",
    ),
]
