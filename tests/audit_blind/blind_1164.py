"""BLIND_1164 (45 products; Myntra men's formal wear, caption epoch 3 + VQA): written blind in the sixty-first session.
Measured blind at f95d293 (the session's first rules): 65/82 failures found (79.3%) and 11/180 correct texts flagged
(6.1%). The writer's notes, verbatim:

Scenario: a Myntra men's formal wear feed: formal shirts, formal trousers, blazers, two- and three-piece suits and
ties, with the marketplace's columns (title as productDisplayName, category as articleType, color as baseColour,
gender "Men"); a few rows lack a column, as feeds do. The photos are the catalog's usual shots: a model on a plain
light backdrop wearing the product with the rest of a formal outfit (a shirt under a blazer, trousers under a shirt,
a shirt under a tie), now and then a back view, a lower-body shot for trousers, a flat lay (one shirt, one pair of
trousers, one tie) and a prop (a coffee cup, a leather folder, a stool, a blazer over the shoulder).
Who wrote what: every caption is the epoch-3 caption adapter (leoreigoto/Data2_V2_Blip2_Finetune_Caption on
blip2-opt-2.7b), 50 new tokens, greedy; it writes the DeepFashion-MultiModal template (no hue names, "pure color"
or "lattice" patterns, "lapel" neckline, "long trousers") and calls a blazer or a suit jacket a "jacket". Every
answer is the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA), 30 new tokens, greedy, free generation, with the
experiments' questions (what is he / the person wearing, the color of the garment, the shirt color, describe, the
details) and the yes/no garment question; the garment word in each question is the product's own (pants for
trousers, blazer, suit, tie). Answers that end early stopped on the newline; the rest ran to the limit.
Labeling conventions and judgement calls: judged against the photo I imagined (the comment above each case) and the
title. A caption cut mid-sentence at the 50-token limit is "cut" even when what it said was right; a text that is both
cut and wrong in another way gets the more telling kind (a caption that calls the man "the lady" and is then cut is
"pronoun", hit_limit kept). A loop that runs to the limit is "loop", not "cut". One color for two garments ("black pants
and black shirt" for a white shirt) is "contradiction". Near hues are right: maroon or burgundy answered "red", cream
answered "white", lavender "purple", beige "khaki" or "tan", teal "green" (and "blue" for the same teal shirt, left
unmarked), charcoal answered "grey"; but a charcoal suit answered "black" and a navy garment answered "black" are wrong
("contradiction"). A white shirt with thin blue stripes answered "blue" is left unmarked (it reads light blue in the
photo). The color of the garment beside the product (the shirt under a blazer, the tie on a shirt, the trousers under a
beige blazer) given as the product's color is "other_garment_color"; a color spread onto another item (brown shoes that
are black) is "contradiction". Fabrics and accessories the photo does not show (denim for formal trousers, leather for a
satin-lapel tuxedo, furry for velvet, a ring, a watch, a tie on an open-collar suit, a button-down collar, front details
seen from the back) are "unsupported". A caption inventing a person in a tank top for a tie flat lay, "no" to "Is this a
suit?" for a suit, "yes" to "Is this a pair of jeans?" for formal trousers and "a blouse" for a men's shirt are
"contradiction". "a shirt" for "Describe the shirt.", "they are pants", "they are long" and an empty answer are
"non_answer"; "the shirt is a shirt" style answers are "restated". A bare color for "Describe the shirt." or for the
pants details is thin but says something true, so it is left unmarked, as is "pants" for what the person wears in a flat
lay. About three in ten texts are wrong here, fewer than usual: most captions fail (cut at the limit, invented fabrics
and accessories), but the VQA adapter's short color and yes/no answers on plain formal colors are mostly right.
"""

from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

shirt_color = question("shirt_color", "What is the shirt color?", "open")

BLIND_1164 = [
    # Photo: model on a light grey backdrop, white solid formal shirt (long sleeves, buttoned cuffs) tucked into
    # charcoal trousers, black belt, steel watch on the left wrist; front view.
    # Caption: caption adapter epoch 3 (cut at 50 tokens). Answers: VQA adapter.
    case(
        "X1164-001",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns and a long trousers. The shirt is "
            "with cotton fabric and its neckline is lapel. The trousers are with cotton fabric and solid color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a white shirt and grey pants", who="he"),
        color_of("shirt", "white", kind="open"),
        describe("shirt", "white long sleeve button up shirt"),
        details(
            "shirt",
            "long sleeves, collar, buttons, cuffs, long sleeves, collar, buttons, cuffs, long sleeves, collar, "
            "buttons, cuffs, long",
            "loop",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        gender="Men",
        title="Van Heusen Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: model in a light blue shirt with a fine white check (long sleeves), navy trousers, hands in pockets;
    # three-quarter view. Caption: caption adapter epoch 3. Answers: VQA adapter.
    case(
        "X1164-002",
        caption(
            "This man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. This man wears a long trousers. The trousers are with cotton fabric and pure color patterns."
        ),
        wearing("blue shirt", who="he"),
        color_of("shirt", "blue", kind="open"),
        describe("shirt", "a blue and white striped shirt", "contradiction"),
        details("shirt", "it has a collar and buttons down the front"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Louis Philippe Men Blue Slim Fit Checked Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: model in a pink solid shirt, full sleeves buttoned, grey trousers, white backdrop; front view.
    # Caption: caption adapter epoch 3 ("the lady", then cut at 50 tokens). Answers: VQA adapter.
    case(
        "X1164-003",
        caption(
            "The lady is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a long trousers. The trousers are with cotton fabric and pure color",
            "pronoun",
            hit_limit=True,
        ),
        wearing("pink shirt and grey pants"),
        color_of("shirt", "pink", kind="open"),
        shirt_color(
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink "
            "pink pink pink pink pink pink pink pink pink",
            "loop",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        gender="Men",
        title="Peter England Men Pink Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Pink",
    ),
    # Photo: waist-down shot with the shirt's hem tucked in: charcoal flat-front trousers, black belt, white shirt,
    # black derby shoes; the hands and shirt cuffs are in frame. Caption: caption adapter epoch 3. Answers: VQA
    # adapter.
    case(
        "X1164-004",
        caption(
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The gentleman "
            "wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric."
        ),
        wearing("grey pants and a white shirt", who="he"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        describe("pants", "grey dress pants with a black belt"),
        details("pants", "they are long", "non_answer"),
        is_a("trousers", "yes", article="a pair of"),
        gender="Men",
        title="Louis Philippe Men Charcoal Grey Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Charcoal",
    ),
    # Photo: model in a navy self-design two-button blazer, buttoned, over a white shirt, mid-grey trousers (not a
    # suit); front view. Caption: caption adapter epoch 3 (cut). Answers: VQA adapter.
    case(
        "X1164-005",
        caption(
            "The gentleman is wearing a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric "
            "and its neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue suit", "contradiction", who="he"),
        color_of("blazer", "navy blue", kind="open"),
        describe("blazer", "navy blue blazer with two buttons"),
        details(
            "blazer",
            "two buttons, notch lapel, flap pockets, two buttons, notch lapel, flap pockets, two buttons, notch lapel, "
            "flap pockets, two",
            "loop",
            hit_limit=True,
        ),
        is_a("jacket", "yes"),
        gender="Men",
        title="Raymond Men Navy Blue Self-Design Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Navy Blue",
    ),
    # Photo: model in a grey glen-check two-piece suit, jacket open, light blue shirt with open collar, no tie,
    # hands at his sides with shirt cuffs showing, no watch; front view. Caption: caption adapter epoch 3 (the
    # wrist accessory is invented). Answers: VQA adapter (the details answer runs on into a new question).
    case(
        "X1164-006",
        caption(
            "This gentleman wears a long-sleeve jacket with lattice patterns and a long pants. The jacket is with "
            "cotton fabric and its neckline is lapel. The pants are with cotton fabric and lattice patterns. There is "
            "an accessory on his wrist.",
            "unsupported",
        ),
        wearing("a grey suit and a blue shirt", who="he"),
        color_of("suit", "grey", kind="open"),
        describe("suit", "grey plaid suit"),
        details(
            "suit",
            "notch lapel and two buttons Question: What is the color of the suit? Answer: grey Question: What is the "
            "color of the",
            "leak",
            hit_limit=True,
        ),
        is_a("suit", "no", "contradiction"),
        gender="Men",
        title="Blackberrys Men Grey Checked Slim Fit Two-Piece Formal Suit",
        category="Suits",
        color="Grey",
    ),
    # Photo: chest-up crop: white shirt, maroon tie with a small woven motif, open navy blazer. Caption: caption
    # adapter epoch 3 (cut). Answers: VQA adapter.
    case(
        "X1164-007",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric "
            "and its neckline is lapel. There is an accessory around his neck. The gentleman wears a long-sleeve "
            "jacket with",
            "cut",
            hit_limit=True,
        ),
        wearing("a white shirt, a red tie and a blue jacket", who="he"),
        color_of("tie", "white", "other_garment_color", kind="open"),
        describe("tie", "red tie with a pattern"),
        is_a("tie", "yes"),
        gender="Men",
        title="Tossido Men Maroon Woven Design Broad Tie",
        category="Ties",
        color="Maroon",
    ),
    # Photo: back view: lavender solid shirt (box pleat at the back yoke), black trousers; no front details visible.
    # Caption: caption adapter epoch 3. Answers: VQA adapter (the pocket and front buttons cannot be seen, and the
    # shirt has no pocket).
    case(
        "X1164-008",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is lapel. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns."
        ),
        wearing("purple shirt and black pants"),
        color_of("shirt", "purple", kind="open"),
        describe("shirt", "the shirt is a shirt", "restated"),
        details("shirt", "buttons on the front and a pocket on the chest", "unsupported"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Arrow Men Lavender Regular Fit Solid Formal Shirt",
        category="Shirts",
        color="Lavender",
    ),
    # Photo: full-length model in beige formal trousers, white shirt tucked in, brown belt, brown shoes; front.
    # Caption: caption adapter epoch 3 (denim is invented). Answers: VQA adapter.
    case(
        "X1164-009",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with denim fabric and pure color patterns.",
            "unsupported",
        ),
        wearing("white shirt and khaki pants", who="he"),
        color_of("pants", "khaki", kind="open"),
        details(
            "pants",
            "khaki pants with belt loops and a belt loops and a belt loops and a belt loops and a belt loops and a "
            "belt loops and a",
            "loop",
            hit_limit=True,
        ),
        is_a("trousers", "yes", article="a pair of"),
        is_a("jeans", "no", article="a pair of"),
        gender="Men",
        title="Park Avenue Men Beige Regular Fit Solid Formal Trousers",
        category="Trousers",
        color="Beige",
    ),
    # Photo: model in a black three-piece suit (jacket open, waistcoat buttoned), white shirt, black skinny tie;
    # front view. Caption: caption adapter epoch 3 (cut). Answers: VQA adapter.
    case(
        "X1164-010",
        caption(
            "The gentleman is wearing a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric "
            "and its neckline is lapel. The gentleman wears a vest. The vest is with cotton fabric and pure color "
            "patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        wearing("black suit and white shirt and black tie", who="he"),
        color_of("suit", "black", kind="open"),
        describe("suit", "black suit with a vest and a tie"),
        details(
            "suit",
            "black black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        is_a("suit", "yes"),
        gender="Men",
        title="Hangup Men Black Solid Slim Fit Three-Piece Formal Suit",
        category="Suits",
        color="Black",
    ),
    # Photo: model in a navy shirt with a small white dot print, long sleeves, beige trousers; front view.
    # Caption: caption adapter epoch 3. Answers: VQA adapter.
    case(
        "X1164-011",
        caption(
            "This gentleman wears a long-sleeve shirt with graphic patterns and a long trousers. The shirt is with "
            "cotton fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns."
        ),
        wearing("a blue shirt and khaki pants", who="he"),
        color_of("shirt", "black", "contradiction", kind="open"),
        shirt_color("navy blue"),
        describe("shirt", "blue shirt with white polka dots"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Allen Solly Men Navy Blue Slim Fit Printed Formal Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Photo: model in a black tuxedo blazer with satin peak lapels, white shirt, black bow tie, black trousers;
    # front view. Caption: caption adapter epoch 3 (leather is wrong: wool with satin lapels). Answers: VQA adapter.
    case(
        "X1164-012",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns and a long trousers. The jacket is with "
            "leather fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns.",
            "unsupported",
        ),
        wearing("a tuxedo", who="he"),
        color_of("blazer", "black", kind="open"),
        describe(
            "blazer",
            "a black tuxedo jacket with a bow tie and a white shirt and black pants and black shoes and a black bow "
            "tie and a white shirt and",
            "loop",
            hit_limit=True,
        ),
        is_a("jacket", "yes"),
        gender="Men",
        title="Wintage Men Black Solid Slim Fit Single-Breasted Tuxedo Blazer",
        category="Blazers",
        color="Black",
    ),
    # Photo: full-length model in navy trousers with a faint grey windowpane check, light blue shirt tucked in,
    # brown loafers, a leather folder under his arm. Caption: caption adapter epoch 3. Answers: VQA adapter.
    case(
        "X1164-013",
        caption(
            "The lower clothing is of long length. The fabric is cotton and it has lattice patterns. The upper "
            "clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is lapel."
        ),
        wearing("blue pants and a light blue shirt", who="he"),
        color_of("pants", "blue", kind="open"),
        describe("pants", "blue plaid pants"),
        details("pants", "they are pants", "non_answer"),
        is_a("trousers", "yes", article="a pair of"),
        gender="Men",
        title="Arrow Men Navy Blue Tapered Fit Checked Formal Trousers",
        category="Trousers",
        color="Navy Blue",
    ),
    # Photo: model in a white shirt with thin blue vertical stripes (reads light blue from a distance), navy
    # trousers; a patch pocket on the left chest. Caption: caption adapter epoch 3. Answers: VQA adapter.
    case(
        "X1164-014",
        caption(
            "The gentleman is wearing a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns."
        ),
        wearing("a blue and white striped shirt and blue pants"),
        color_of("shirt", "blue", kind="open"),
        describe("shirt", "white shirt with blue stripes"),
        details(
            "shirt",
            "blue stripes, long sleeves, button cuffs, a collar and a pocket on the left chest and a pocket on the "
            "left chest and a pocket on the left",
            "loop",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        gender="Men",
        title="Hancock Men White & Blue Slim Fit Striped Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: model in a navy two-piece suit, white shirt, blue patterned tie, white pocket square, brown shoes;
    # front view. Caption: caption adapter epoch 3. Answers: VQA adapter.
    case(
        "X1164-015",
        caption(
            "The person is wearing a long-sleeve jacket with pure color patterns and a long trousers. The jacket is "
            "with cotton fabric and its neckline is lapel. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        wearing("a suit and tie", who="he"),
        color_of("suit", "the color of the suit is navy blue", kind="open"),
        describe("suit", "navy blue suit with white shirt and tie"),
        details(
            "suit",
            "the suit is navy blue and the suit is navy blue and the suit is navy blue and the suit is navy blue and "
            "the suit",
            "loop",
            hit_limit=True,
        ),
        is_a("suit", "yes"),
        gender="Men",
        title="Louis Philippe Men Navy Blue Solid Slim Fit Two-Piece Formal Suit",
        category="Suits",
        color="Navy Blue",
    ),
    # Photo: model in a black solid shirt, sleeves buttoned, light grey trousers, studio backdrop; front view.
    # Caption: caption adapter epoch 3 (mixes "her" into the template). Answers: VQA adapter.
    case(
        "X1164-016",
        caption(
            "Her shirt has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. This "
            "gentleman wears a long pants. The pants are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        wearing("black shirt and grey pants"),
        color_of("shirt", "grey", "other_garment_color", kind="open"),
        shirt_color("black"),
        describe("shirt", "black"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Invictus Men Black Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Black",
    ),
    # Photo: flat lay: a rolled navy tie with thin silver diagonal stripes and a matching pocket square on a white
    # surface; no person. Caption: caption adapter epoch 3 (invents a person in a tank top and skirt). Answers:
    # VQA adapter.
    case(
        "X1164-017",
        caption(
            "The person is wearing a sleeveless tank top with stripe patterns. The tank top is with cotton fabric and "
            "its neckline is round. The person wears a short skirt. The skirt is with cotton fabric and pure color "
            "patterns.",
            "contradiction",
        ),
        wearing("tie"),
        color_of("tie", "blue and silver", kind="open"),
        describe("tie", "blue striped tie"),
        details("tie", "stripes"),
        is_a("tie", "yes"),
        gender="Men",
        title="Alvaro Castagnino Men Navy Blue & Silver-Toned Striped Skinny Tie",
        category="Ties",
        color="Navy Blue",
    ),
    # Photo: model in black formal trousers, white shirt tucked in, black shoes; front view.
    # Caption: caption adapter epoch 3 (repeats its last sentence to the limit). Answers: VQA adapter (one color for
    # both garments).
    case(
        "X1164-018",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns and a long trousers. The trousers "
            "are with cotton fabric and pure color patterns. The trousers are with cotton fabric and pure color "
            "patterns. The trousers are with",
            "loop",
            hit_limit=True,
        ),
        wearing("black pants and black shirt", "contradiction", who="he"),
        color_of("pants", "black", kind="open"),
        details("pants", "black pants with belt loops"),
        is_a("trousers", "yes", article="a pair of"),
        gender="Men",
        title="Peter England Men Black Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Black",
    ),
    # Photo: model in a grey checked blazer (open) over a white shirt, solid navy trousers; front view.
    # Caption: caption adapter epoch 3 (gives the solid trousers the blazer's check). Answers: VQA adapter.
    case(
        "X1164-019",
        caption(
            "This gentleman wears a long-sleeve jacket with lattice patterns and a long pants. The jacket is with "
            "cotton fabric and its neckline is lapel. The pants are with cotton fabric and lattice patterns.",
            "contradiction",
        ),
        wearing("a grey jacket, white shirt and blue pants", who="he"),
        color_of("blazer", "grey", kind="open"),
        describe("blazer", "grey plaid blazer"),
        details("blazer", "plaid"),
        is_a("jacket", "yes"),
        gender="Men",
        title="Blackberrys Men Grey Checked Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Grey",
    ),
    # Photo: model in a light blue solid shirt with a navy tie (styling), navy trousers; front view.
    # Caption: caption adapter epoch 3 (cut). Answers: VQA adapter ("navy blue" is the tie's color).
    case(
        "X1164-020",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric "
            "and its neckline is lapel. There is an accessory around his neck. The gentleman wears a long trousers. "
            "The trousers are",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue shirt and a tie", who="he"),
        color_of("shirt", "blue", kind="open"),
        shirt_color("navy blue", "other_garment_color"),
        describe("shirt", "light blue dress shirt with a navy tie"),
        details("shirt", "long sleeves, spread collar"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Van Heusen Men Blue Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: back view: grey self-design trousers with two buttoned back pockets, white shirt tucked in.
    # Caption: caption adapter epoch 3. Answers: VQA adapter.
    case(
        "X1164-021",
        caption(
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The upper "
            "clothing has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline."
        ),
        wearing("grey pants and a white shirt"),
        color_of("pants", "grey", kind="open"),
        describe("pants", "she is wearing grey pants", "pronoun"),
        details("pants", "two back pockets with buttons"),
        is_a("trousers", "yes", article="a pair of"),
        gender="Men",
        title="Raymond Men Grey Regular Fit Self-Design Formal Trousers",
        category="Trousers",
        color="Grey",
    ),
    # Photo: model in a beige two-piece suit, white shirt with open collar, brown loafers; front view.
    # Caption: caption adapter epoch 3 (cut). Answers: VQA adapter ("white" is the shirt's color).
    case(
        "X1164-022",
        caption(
            "The gentleman is wearing a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric "
            "and its neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        wearing("a tan suit", who="he"),
        color_of("suit", "white", "other_garment_color", kind="open"),
        describe("suit", "a light brown suit with a white shirt"),
        details("suit", "Answer: two buttons", "leak"),
        is_a("suit", "yes"),
        gender="Men",
        title="Mark Taylor Men Beige Solid Slim Fit Two-Piece Formal Suit",
        category="Suits",
        color="Beige",
    ),
    # Photo: model in a maroon solid shirt (no pocket), black trousers; half turn.
    # Caption: caption adapter epoch 3. Answers: VQA adapter (the description invents a chest pocket and is cut).
    case(
        "X1164-023",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns."
        ),
        wearing("a red shirt and black pants", who="he"),
        color_of("shirt", "red", kind="open"),
        describe(
            "shirt",
            "a maroon shirt with long sleeves and a collar and buttons down the front and a pocket on the chest and a "
            "pocket on the",
            "cut",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        gender="Men",
        title="Park Avenue Men Maroon Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Maroon",
    ),
    # Photo: model in a burgundy velvet single-breasted blazer over a black shirt, black trousers; front view.
    # Caption: caption adapter epoch 3 ("furry" for velvet). Answers: VQA adapter (the trousers are black).
    case(
        "X1164-024",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with "
            "furry fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns.",
            "unsupported",
        ),
        wearing("a red jacket and red pants", "contradiction", who="he"),
        color_of("blazer", "red", kind="open"),
        describe("blazer", "red velvet blazer"),
        details(
            "blazer",
            "velvet, velvet, velvet, velvet, velvet, velvet, velvet, velvet, velvet, velvet, velvet, velvet, velvet, "
            "velvet, velvet,",
            "loop",
            hit_limit=True,
        ),
        is_a("jacket", "yes"),
        gender="Men",
        title="Hangup Men Burgundy Solid Slim Fit Single-Breasted Velvet Blazer",
        category="Blazers",
        color="Burgundy",
    ),
    # Photo: chest-up crop: white shirt, blue paisley tie, no jacket. Caption: caption adapter epoch 3.
    # Answers: VQA adapter.
    case(
        "X1164-025",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is lapel. "
            "There is an accessory around his neck."
        ),
        wearing("a white shirt and tie", who="he"),
        color_of("tie", "blue", kind="open"),
        describe("tie", "blue paisley tie"),
        details("tie", "a tie", "non_answer"),
        is_a("tie", "no", "contradiction"),
        gender="Men",
        title="The Tie Hub Men Blue Printed Broad Tie",
        category="Ties",
        color="Blue",
    ),
    # Photo: model in a cream solid shirt with a spread collar, brown trousers, brown belt; front view.
    # Caption: caption adapter epoch 3. Answers: VQA adapter ("brown" is the trousers' color; the collar is not
    # button-down).
    case(
        "X1164-026",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric "
            "and its neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns."
        ),
        wearing("white shirt and brown pants", who="he"),
        color_of("shirt", "white", kind="open"),
        shirt_color("brown", "other_garment_color"),
        details("shirt", "button down collar", "unsupported"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Louis Philippe Men Cream-Coloured Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Cream",
    ),
    # Photo: model in olive green formal trousers, white shirt tucked in, brown loafers; front view.
    # Caption: caption adapter epoch 3 (cut). Answers: VQA adapter ("yes" to jeans).
    case(
        "X1164-027",
        caption(
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The gentleman "
            "wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its neckline is "
            "lapel. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("green pants and white shirt"),
        color_of("pants", "green", kind="open"),
        details("pants", "green"),
        is_a("trousers", "yes", article="a pair of"),
        is_a("jeans", "yes", "contradiction", article="a pair of"),
        gender="Men",
        title="Invictus Men Olive Green Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Olive",
    ),
    # Photo: model in a charcoal self-design two-piece suit, white shirt, maroon tie, black shoes, no ring; front.
    # Caption: caption adapter epoch 3 (the ring is invented). Answers: VQA adapter.
    case(
        "X1164-028",
        caption(
            "This man wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. The man "
            "wears a long trousers. There is a ring on his finger.",
            "unsupported",
        ),
        wearing("a grey suit with a red tie", who="he"),
        color_of("suit", "black", "contradiction", kind="open"),
        describe(
            "suit",
            "grey suit, white shirt, red tie, black shoes, grey suit, white shirt, red tie, black shoes, grey suit, "
            "white shirt, red",
            "loop",
            hit_limit=True,
        ),
        is_a("suit", "yes"),
        gender="Men",
        title="Raymond Men Charcoal Self-Design Slim Fit Two-Piece Formal Suit",
        category="Suits",
        color="Charcoal",
    ),
    # Photo: flat lay: a folded blue-and-white gingham shirt on a white surface; no person.
    # Caption: caption adapter epoch 3. Answers: VQA adapter.
    case(
        "X1164-029",
        caption(
            "The upper clothing has long sleeves, cotton fabric and lattice patterns. The neckline of it is lapel."
        ),
        wearing("a blue checkered shirt"),
        color_of("shirt", "blue", kind="open"),
        describe("shirt", "a folded blue and white plaid shirt"),
        details(
            "shirt",
            "the shirt is folded and the shirt is folded and the shirt is folded and the shirt is folded and the shirt "
            "is folded and",
            "loop",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        gender="Men",
        title="Arrow Men Blue Regular Fit Checked Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: model in a royal blue blazer held open, white shirt, white pocket square, grey trousers; front view.
    # Caption: caption adapter epoch 3. Answers: VQA adapter ("grey" is the trousers' color).
    case(
        "X1164-030",
        caption(
            "The gentleman is wearing a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns."
        ),
        wearing("blue blazer, white shirt, grey pants", who="he"),
        color_of("blazer", "grey", "other_garment_color", kind="open"),
        describe("blazer", "a blue blazer with a white pocket square"),
        details("blazer", "pocket square"),
        is_a("jacket", "yes"),
        gender="Men",
        title="Peter England Elite Men Blue Solid Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Blue",
    ),
    # Photo: model seated on a wooden stool, hands on his knees, in brown formal trousers, light pink shirt, brown
    # belt, black shoes. Caption: caption adapter epoch 3 (starts the template over). Answers: VQA adapter (brown
    # shoes: they are black).
    case(
        "X1164-031",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns. This man "
            "wears a long-sleeve shirt with",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "a pink shirt and brown pants and a brown belt and black shoes and he is sitting on a wooden stool with "
            "his hands on his",
            "cut",
            who="he",
            hit_limit=True,
        ),
        color_of("pants", "brown", kind="open"),
        describe("pants", "brown"),
        details("pants", "brown pants with a brown belt and brown shoes", "contradiction"),
        is_a("trousers", "yes", article="a pair of"),
        gender="Men",
        title="ColorPlus Men Brown Tailored Fit Solid Formal Trousers",
        category="Trousers",
        color="Brown",
    ),
    # Photo: model in a teal solid shirt, beige trousers; front view.
    # Caption: caption adapter epoch 3 (cut). Answers: VQA adapter.
    case(
        "X1164-032",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns and a long trousers. The shirt is "
            "with cotton fabric and its neckline is lapel. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        wearing("a blouse and khaki pants", "contradiction", who="he"),
        color_of("shirt", "green", kind="open"),
        shirt_color("blue"),
        describe("shirt", "a shirt", "non_answer"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Blackberrys Men Teal Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Teal",
    ),
    # Photo: model in a navy pinstripe two-piece suit, light blue shirt with open collar, no tie; front view.
    # Caption: caption adapter epoch 3. Answers: VQA adapter (the description adds a tie).
    case(
        "X1164-033",
        caption(
            "The gentleman wears a long-sleeve jacket with stripe patterns and a long trousers. The jacket is with "
            "cotton fabric and its neckline is lapel. The trousers are with cotton fabric and stripe patterns."
        ),
        wearing("a blue pinstripe suit", who="he"),
        color_of("suit", "navy blue", kind="open"),
        describe("suit", "navy blue pinstripe suit with a light blue shirt and a tie", "unsupported"),
        details(
            "suit",
            "pinstripes, two buttons, notch lapel, flap pockets, pinstripes, two buttons, notch lapel, flap pockets, "
            "pinstripes, two",
            "loop",
            hit_limit=True,
        ),
        is_a("suit", "yes"),
        gender="Men",
        title="Blacksmith Men Navy Blue Striped Slim Fit Two-Piece Formal Suit",
        category="Suits",
        color="Navy Blue",
    ),
    # Photo: model in a grey solid shirt, black trousers, holding a paper coffee cup; front view.
    # Caption: caption adapter epoch 3. Answers: VQA adapter (the details answer writes the prompt format back).
    case(
        "X1164-034",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is lapel. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns."
        ),
        wearing("he is wearing a grey shirt and black pants and holding a cup of coffee"),
        color_of("shirt", "grey", kind="open"),
        details(
            "shirt",
            "grey shirt Question: What are the shirt details? Answer: grey shirt Question: What are the shirt "
            "details? Answer:",
            "leak",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        gender="Men",
        title="Louis Philippe Men Grey Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Grey",
    ),
    # Photo: model in a beige blazer with a brown windowpane check, white shirt, brown trousers; front view.
    # Caption: caption adapter epoch 3 (cut). Answers: VQA adapter (the blazer reads beige; "brown" is the
    # trousers').
    case(
        "X1164-035",
        caption(
            "The gentleman is wearing a long-sleeve jacket with lattice patterns. The jacket is with cotton fabric "
            "and its neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a checkered jacket and brown pants", who="he"),
        color_of("blazer", "brown", "other_garment_color", kind="open"),
        describe("blazer", "beige plaid blazer"),
        is_a("jacket", "yes"),
        gender="Men",
        title="Louis Philippe Men Beige Checked Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Beige",
    ),
    # Photo: model in a white shirt with a black skinny tie, grey trousers; front view.
    # Caption: caption adapter epoch 3. Answers: VQA adapter.
    case(
        "X1164-036",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns and a long trousers. The shirt is "
            "with cotton fabric and its neckline is lapel. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        wearing("white shirt and black tie", who="he"),
        color_of("tie", "black", kind="open"),
        describe("tie", "the tie is a tie", "restated"),
        details("tie", "skinny"),
        is_a("tie", "yes"),
        gender="Men",
        title="Peter England Men Black Solid Skinny Tie",
        category="Ties",
        color="Black",
    ),
    # Photo: model in grey trousers with a subtle tonal check, navy shirt tucked in; front view. (No color column.)
    # Caption: caption adapter epoch 3 (calls the checked trousers pure color). Answers: VQA adapter (the shirt is
    # navy, not white).
    case(
        "X1164-037",
        caption(
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The upper "
            "clothing has long sleeves, cotton fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("blue shirt and grey pants", who="he"),
        color_of("pants", "grey", kind="open"),
        describe("pants", "grey pants with a white shirt", "contradiction"),
        details("pants", "grey pants with a pattern"),
        is_a("trousers", "yes", article="a pair of"),
        gender="Men",
        title="Hancock Men Grey Slim Fit Checked Formal Trousers",
        category="Trousers",
    ),
    # Photo: model in an off-white textured shirt, navy trousers, a navy blazer slung over one shoulder (prop);
    # front view. Caption: caption adapter epoch 3 (cut). Answers: VQA adapter ("blue" is the blazer's color).
    case(
        "X1164-038",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric "
            "and its neckline is lapel. The gentleman wears a long-sleeve jacket with pure color patterns. The jacket "
            "is with cotton fabric",
            "cut",
            hit_limit=True,
        ),
        wearing("a white shirt and a blue jacket", who="he"),
        color_of("shirt", "blue", "other_garment_color", kind="open"),
        describe("shirt", "white dress shirt"),
        details("shirt", "textured"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Peter England Men Off-White Slim Fit Textured Formal Shirt",
        category="Shirts",
        color="Off White",
    ),
    # Photo: model in a royal blue self-design two-piece suit, black shirt, no tie; front view. (No gender column.)
    # Caption: caption adapter epoch 3. Answers: VQA adapter.
    case(
        "X1164-039",
        caption(
            "This gentleman wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with "
            "cotton fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("blue suit and black shirt"),
        color_of("suit", "blue", kind="open"),
        describe("suit", "blue suit with black shirt"),
        details("suit", "the suit details are the suit details", "restated"),
        is_a("suit", "yes"),
        title="Hangup Men Blue Self-Design Slim Fit Two-Piece Formal Suit",
        category="Suits",
        color="Blue",
    ),
    # Photo: back view: olive blazer with a centre vent, white shirt collar showing, beige trousers.
    # Caption: caption adapter epoch 3. Answers: VQA adapter (buttons and lapel cannot be seen from the back).
    case(
        "X1164-040",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is lapel. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns."
        ),
        wearing("green jacket and khaki pants", who="he"),
        color_of("blazer", "green", kind="open"),
        describe("blazer", "a green blazer with a white shirt underneath"),
        details("blazer", "two buttons and a notch lapel", "unsupported"),
        is_a("jacket", "yes"),
        gender="Men",
        title="Invictus Men Olive Solid Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Olive",
    ),
    # Photo: model in a pink-and-white striped shirt with the long sleeves rolled to the elbows, grey trousers.
    # Caption: caption adapter epoch 3 (calls it short-sleeve). Answers: VQA adapter.
    case(
        "X1164-041",
        caption(
            "The gentleman is wearing a short-sleeve shirt with stripe patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns.",
            "contradiction",
        ),
        wearing("she is wearing a pink and white striped shirt", "pronoun"),
        color_of("shirt", "pink", kind="open"),
        describe("shirt", "pink striped shirt with the sleeves rolled up"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Raymond Men Pink Slim Fit Striped Formal Shirt",
        category="Shirts",
        color="Pink",
    ),
    # Photo: flat lay: navy flat-front trousers laid out on white, waistband with a hook closure, belt loops and
    # slanted side pockets visible. Caption: caption adapter epoch 3. Answers: VQA adapter (the description came
    # back empty).
    case(
        "X1164-042",
        caption("The lower clothing is of long length. The fabric is cotton and it has pure color patterns."),
        wearing("pants"),
        color_of("pants", "black", "contradiction", kind="open"),
        describe("pants", "", "non_answer"),
        details("pants", "belt loops, side pockets and a hook closure"),
        is_a("trousers", "yes", article="a pair of"),
        gender="Men",
        title="Louis Philippe Men Navy Blue Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Navy Blue",
    ),
    # Photo: model in a pale yellow solid shirt (washed toward white by the studio light), navy trousers, black
    # belt, black shoes, black-strap watch on the left wrist; front view. Caption: caption adapter epoch 3 (cut).
    # Answers: VQA adapter ("white" for the shirt is wrong: the seller and the photo say yellow).
    case(
        "X1164-043",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("yellow shirt and blue pants", who="he"),
        color_of("shirt", "yellow", kind="open"),
        shirt_color("white", "contradiction"),
        describe(
            "shirt",
            "a yellow shirt with long sleeves and a collar, tucked into blue pants with a black belt and black shoes "
            "and a black watch on his left",
            "cut",
            hit_limit=True,
        ),
        details("shirt", "long sleeves"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Arrow Men Yellow Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Yellow",
    ),
    # Photo: model in a white shirt, purple woven tie, grey waistcoat; waist-up. Caption: caption adapter epoch 3
    # (cut). Answers: VQA adapter.
    case(
        "X1164-044",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric "
            "and its neckline is lapel. The gentleman wears a vest. The vest is with cotton fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("white shirt, purple tie and grey vest", who="he"),
        color_of("tie", "purple", kind="open"),
        describe(
            "tie",
            "purple purple purple purple purple purple purple purple purple purple purple purple purple purple purple "
            "purple purple purple purple purple purple purple purple purple purple purple purple purple purple purple",
            "loop",
            hit_limit=True,
        ),
        is_a("tie", "yes"),
        gender="Men",
        title="The Tie Hub Men Purple Woven Design Broad Tie",
        category="Ties",
        color="Purple",
    ),
    # Photo: model in a blue shirt with white stripes, grey trousers; front view. (No category column.)
    # Caption: caption adapter epoch 3. Answers: VQA adapter (the details answer is cut at 30 tokens).
    case(
        "X1164-045",
        caption(
            "This man wears a long-sleeve shirt with stripe patterns and a long trousers. The shirt is with cotton "
            "fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns."
        ),
        wearing("blue striped shirt and grey pants", who="he"),
        color_of("shirt", "blue and white", kind="open"),
        describe("shirt", "blue shirt with white stripes"),
        details(
            "shirt",
            "the details of the shirt are the stripes on the shirt and the buttons on the shirt and the collar on the "
            "shirt and the cuffs on the",
            "cut",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        gender="Men",
        title="Park Avenue Men Blue Slim Fit Striped Formal Shirt",
        color="Blue",
    ),
]
