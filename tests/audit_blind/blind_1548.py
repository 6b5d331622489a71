"""BLIND_1548 (45 products; Myntra men's formal wear, caption adapter epoch 3 + VQA adapter): written blind in the
sixty-sixth session. Measured blind at b37ad1b (the session's second rules): 68/82 failures found (82.9%) and 20/181
correct texts flagged (11.0%). The writer's notes, verbatim:

Scenario: a Myntra men's formal wear feed, 45 products: 16 formal shirts, 11 formal trousers, 7 blazers, 6 suits and
5 ties. Catalog columns as Myntra has them: title (productDisplayName), category (articleType: Shirts, Trousers,
Blazers, Suits, Ties), color (baseColour: Navy Blue, Charcoal, Grey Melange, Cream...) and gender ("Men"); a few rows
lack the color or the gender, one lacks the category. The photos are the catalog's usual shots: a model on a plain
light-grey backdrop wearing the product with a shirt, trousers, belt and shoes, often a watch; trousers sometimes
cropped from the chest down; a few flat lays (a folded shirt, folded trousers, a tie on white, a tie in a gift box
with cufflinks), three back views, one model seated on a stool.
Who wrote what: every caption is the epoch-3 caption adapter (leoreigoto/Data2_V2_Blip2_Finetune_Caption) with the
empty prompt, greedy, 50 new tokens; every answer is the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA) with the
"Question: ... Answer:" prompt, greedy, 30 new tokens. The questions are the experiments' own: What is he (the man,
the person) wearing?, What is the color of the shirt / pants / blazer / suit / tie?, What is the shirt color?,
Describe the X., What are the X details?, and the VQA data's yes/no "Is this a X?" for the product's own kind. The
color questions are free generation, so they are stored open; the yes/no question is stored closed.
Labeling conventions and judgement calls: the caption adapter writes the DeepFashion-MultiModal template (patterns,
not hues; "cotton fabric" for nearly everything; "lapel" necklines) and has no end token, so most captions run to 50
tokens and stop mid-sentence (cut, hit_limit) or repeat a sentence (loop); thirteen captions ended on their own and are
correct when what they say is true. A caption that says "lady", or an answer that says "she", for a man is pronoun.
A caption that describes a man, trousers or a watch in a flat lay, a wrist accessory or ring the photo does not
show, a neckline hidden by a chest-down crop, or a fabric the title denies (cotton for pure linen, leather for
suiting) is unsupported. When a text has two faults I labelled the one a reader would mind most and still set
hit_limit when it ran to the limit. A color answer that gives the product (or the asked garment) the color of
another garment in the photo is other_garment_color; a wrong yes/no about the product's own kind, "a suit" for a
blazer worn with odd trousers, a color the seller and the photo both deny, or stripes on plain trousers, is
contradiction. Answers that only give the question's words back ("pants", "the pants are long") are non_answer;
an answer that echoes the question as its answer is restated; an answer that writes out a new "Question: ...
Answer:" is leak. Near colors are accepted: maroon as red, lavender as purple, charcoal as grey, beige as khaki,
cream as white, navy as blue. On a trousers, blazer, suit or tie product a true answer about the shirt, or "shirt"
to the wearing question, is correct: the photo shows it and the answer is not false.
"""

from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

shirt_color = question("shirt_color", "What is the shirt color?", "open")

BLIND_1548 = [
    # 001 Photo: model on grey backdrop in a white solid formal shirt, navy trousers, brown belt, watch on the left
    # wrist. Caption: caption adapter epoch 3 (cut at 50 tokens). Answers: VQA adapter.
    case(
        "X1548-001",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The trousers this man wears is of long length. The trousers are with cotton fabric "
            "and pure color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("shirt", who="he"),
        color_of("shirt", "white", kind="open"),
        color_of("pants", "blue", kind="open"),
        describe("shirt", "white shirt"),
        details(
            "shirt",
            "white white white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Louis Philippe Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # 002 Photo: light-blue and white small checks, no chest pocket, charcoal trousers, cuffs buttoned.
    # Caption: caption adapter epoch 3 (cut). Answers: VQA adapter; the details answer invents a chest pocket.
    case(
        "X1548-002",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The trousers the gentleman wears is of long length. The trousers are with cotton fabric "
            "and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a shirt and pants", who="he"),
        color_of("shirt", "blue", kind="open"),
        color_of("pants", "grey", kind="open"),
        is_a("shirt", "yes"),
        details("shirt", "the shirt has a collar, buttons, and a pocket on the left side of the chest", "unsupported"),
        gender="Men",
        title="Van Heusen Men Blue Slim Fit Checked Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # 003 Photo: pink solid shirt, beige trousers, hands in pockets. Caption: caption adapter epoch 3 (calls him a
    # lady, runs to the limit). Answers: VQA adapter; the pants get the shirt's pink, the description loops.
    case(
        "X1548-003",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The lady",
            "pronoun",
            hit_limit=True,
        ),
        wearing("pink shirt and khaki pants", who="he"),
        color_of("shirt", "pink", kind="open"),
        color_of("pants", "pink", "other_garment_color", kind="open"),
        describe(
            "shirt",
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink "
            "pink pink pink pink pink pink pink pink pink",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Peter England Men Pink Regular Fit Solid Formal Shirt",
        category="Shirts",
        color="Pink",
    ),
    # 004 Photo: flat lay, a folded navy shirt with a small white dot print on white, no person. Caption: caption
    # adapter epoch 3 (invents a man, denim trousers and a wrist accessory). Answers: VQA adapter, all right.
    case(
        "X1548-004",
        caption(
            "The man wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The man wears a long trousers. The trousers are with denim fabric and pure color patterns. "
            "There is an accessory on his wrist",
            "unsupported",
            hit_limit=True,
        ),
        wearing("shirt", who="the person"),
        color_of("shirt", "navy blue", kind="open"),
        is_a("shirt", "yes"),
        describe("shirt", "a navy blue shirt with white dots on it"),
        details("shirt", "white polka dots"),
        gender="Men",
        title="Arrow Men Navy Blue Slim Fit Printed Formal Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # 005 Photo: white shirt with thin blue pinstripes, navy trousers. Caption: caption adapter epoch 3 (ended on its
    # own). Answers: VQA adapter, all right.
    case(
        "X1548-005",
        caption(
            "This man wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The trousers this man wears is of long length."
        ),
        wearing("a striped shirt and blue pants", who="he"),
        color_of("shirt", "white", kind="open"),
        shirt_color("white"),
        color_of("pants", "blue", kind="open"),
        details("shirt", "stripes"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Allen Solly Men White & Blue Regular Fit Striped Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # 006 Photo: lavender solid shirt, grey trousers. Caption: caption adapter epoch 3 (repeats the trousers
    # sentence). Answers: VQA adapter; the description is cut at 30 tokens.
    case(
        "X1548-006",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The man wears a long trousers. The man wears a long trousers. The man wears a long "
            "trousers. The man wears a",
            "loop",
            hit_limit=True,
        ),
        wearing("a purple shirt", who="he"),
        color_of("shirt", "purple", kind="open"),
        color_of("pants", "grey", kind="open"),
        describe(
            "shirt",
            "the shirt is a long sleeve shirt with a collar and buttons down the front. the shirt is made of cotton "
            "and has a slim fit. the",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Park Avenue Men Lavender Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Lavender",
    ),
    # 007 Photo: back view, black solid shirt tucked into grey trousers. Caption: caption adapter epoch 3 (ended on
    # its own, no neckline since the back is shown). Answers: VQA adapter; the pants get the shirt's black.
    case(
        "X1548-007",
        caption(
            "The person is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The "
            "trousers the person wears is of long length."
        ),
        wearing("black shirt and grey pants", who="the man"),
        color_of("shirt", "black", kind="open"),
        color_of("pants", "black", "other_garment_color", kind="open"),
        is_a("shirt", "yes"),
        details("shirt", "the back of the shirt", "non_answer"),
        gender="Men",
        title="Blackberrys Men Black Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Black",
    ),
    # 008 Photo: sky-blue solid shirt, navy tie, navy trousers. Caption: caption adapter epoch 3 (cut). Answers: VQA
    # adapter; the shirt gets the tie's and trousers' navy.
    case(
        "X1548-008",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man has neckwear. The trousers the man wears is of long length. The trousers are "
            "with cotton",
            "cut",
            hit_limit=True,
        ),
        wearing("a shirt and tie", who="he"),
        color_of("shirt", "navy blue", "other_garment_color", kind="open"),
        color_of("tie", "blue", kind="open"),
        is_a("shirt", "yes"),
        describe("shirt", "a blue shirt with a blue tie"),
        gender="Men",
        title="Raymond Men Sky Blue Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # 009 Photo: maroon solid shirt, black trousers, steel watch, a blazer slung over the shoulder as a prop.
    # Caption: caption adapter epoch 3 (cut). Answers: VQA adapter; the details answer writes out the prompt.
    case(
        "X1548-009",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory on his wr",
            "cut",
            hit_limit=True,
        ),
        wearing("shirt", who="he"),
        color_of("shirt", "red", kind="open"),
        color_of("pants", "black", kind="open"),
        details(
            "shirt",
            "Question: What are the shirt details? Answer: Question: What are the shirt details? Answer: Question: "
            "What are the",
            "leak",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        gender="Men",
        title="Invictus Men Maroon Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Maroon",
    ),
    # 010 Photo: grey solid shirt, black trousers, bare wrists. Caption: caption adapter epoch 3 (ended on its own,
    # but adds a wrist accessory the photo does not show). Answers: VQA adapter; the pants get the shirt's grey.
    case(
        "X1548-010",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The trousers this man wears is of long length. There is an accessory on his wrist.",
            "unsupported",
        ),
        wearing("grey shirt and black pants", who="he"),
        color_of("shirt", "grey", kind="open"),
        color_of("pants", "grey", "other_garment_color", kind="open"),
        describe("shirt", "grey"),
        gender="Men",
        title="Mark Taylor Men Grey Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Grey",
    ),
    # 011 Photo: white shirt with French cuffs and silver cufflinks, worn under an open black blazer with a black tie
    # and black trousers. Caption: caption adapter epoch 3 (cut). Answers: VQA adapter; the blazer dominates, so the
    # shirt is called black and "not a shirt".
    case(
        "X1548-011",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and its "
            "neckline is lapel. The man wears a long-sleeve shirt with pure color patterns. The man has neckwear. "
            "The trousers this",
            "cut",
            hit_limit=True,
        ),
        wearing("a suit and tie", who="he"),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        is_a("shirt", "no", "contradiction"),
        describe("shirt", "white shirt with a black tie"),
        details("shirt", "cufflinks"),
        gender="Men",
        title="Arrow Men White Regular Fit Solid Formal Shirt with French Cuffs",
        category="Shirts",
        color="White",
    ),
    # 012 Photo: beige shirt with small brown checks, brown trousers. Caption: caption adapter epoch 3 (ended on its
    # own). Answers: VQA adapter; white for a beige shirt, and the description only echoes the question.
    case(
        "X1548-012",
        caption(
            "The man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The trousers this man wears is of long length."
        ),
        wearing("a plaid shirt", who="he"),
        color_of("shirt", "white", "contradiction", kind="open"),
        color_of("pants", "brown", kind="open"),
        describe("shirt", "describe the shirt", "restated"),
        details("shirt", "plaid"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Peter England Men Beige Slim Fit Checked Formal Shirt",
        category="Shirts",
        color="Beige",
    ),
    # 013 Photo: navy solid shirt, beige trousers, watch, no ring, model seated on a wooden stool. Caption: caption
    # adapter epoch 3 (adds a ring, cut). Answers: VQA adapter; the details answer talks about the stool.
    case(
        "X1548-013",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The trousers are with cotton fabric and pure color patterns. There is an accessory on "
            "his wrist. There is a ring on his fin",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a blue shirt and khaki pants", who="he"),
        color_of("shirt", "blue", kind="open"),
        shirt_color("navy blue"),
        color_of("pants", "khaki", kind="open"),
        describe("shirt", "a blue shirt with a collar"),
        details("shirt", "he is sitting on a stool", "non_answer"),
        gender="Men",
        title="Van Heusen Men Navy Blue Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # 014 Photo: pink and white striped shirt, plain grey trousers. Caption: caption adapter epoch 3 (ended on its
    # own, but gives the plain trousers stripes). Answers: VQA adapter; the details loop.
    case(
        "X1548-014",
        caption(
            "This gentleman wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. The "
            "trousers this gentleman wears is of long length. The trousers are with cotton fabric and striped "
            "patterns.",
            "contradiction",
        ),
        wearing("a pink striped shirt", who="he"),
        color_of("shirt", "pink", kind="open"),
        color_of("pants", "grey", kind="open"),
        details(
            "shirt",
            "stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes "
            "stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes "
            "stripes stripes stripes stripes",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Louis Philippe Men Pink & White Slim Fit Striped Formal Shirt",
        category="Shirts",
        color="Pink",
    ),
    # 015 Photo: dark green shirt with a tiny white floral print, navy trousers. Caption: caption adapter epoch 3
    # (cut). Answers: VQA adapter; the pants get the shirt's green.
    case(
        "X1548-015",
        caption(
            "The man wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The trousers this man wears is of long length. The trousers are with cotton fabric and pure "
            "color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a green shirt", who="he"),
        color_of("shirt", "green", kind="open"),
        color_of("pants", "green", "other_garment_color", kind="open"),
        describe("shirt", "green shirt with white flowers"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Dennison Men Green Smart Slim Fit Printed Formal Shirt",
        category="Shirts",
        color="Green",
    ),
    # 016 Photo: white pure-linen shirt, sleeves rolled to the elbow, beige trousers. Caption: caption adapter epoch 3
    # (ended on its own, "cotton" for a linen shirt). Answers: VQA adapter, all right.
    case(
        "X1548-016",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The trousers this man wears is of long length.",
            "unsupported",
        ),
        wearing("white shirt and khaki pants", who="he"),
        color_of("shirt", "white", kind="open"),
        color_of("pants", "beige", kind="open"),
        details("shirt", "rolled up sleeves"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Hancock Men White Pure Linen Slim Fit Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # 017 Photo: navy formal trousers, white shirt tucked in, black belt, black shoes. Caption: caption adapter epoch 3
    # (cut). Answers: VQA adapter, all right.
    case(
        "X1548-017",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The trousers this man wears is of long length. The trousers are with cotton fabric "
            "and pure color patterns. This man",
            "cut",
            hit_limit=True,
        ),
        wearing("white shirt and blue pants", who="he"),
        color_of("pants", "blue", kind="open"),
        color_of("shirt", "white", kind="open"),
        is_a("pair of pants", "yes"),
        details("pants", "the pants have belt loops and pockets on the side"),
        gender="Men",
        title="Van Heusen Men Navy Blue Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Navy Blue",
    ),
    # 018 Photo: cropped from mid-chest down: grey trousers, light-blue shirt tucked in, black shoes; no collar in
    # frame. Caption: caption adapter epoch 3 (ended on its own, but names a lapel neckline that is out of frame).
    # Answers: VQA adapter; the shirt gets the trousers' grey, the details give the garment's name back.
    case(
        "X1548-018",
        caption(
            "The trousers this man wears is of long length. The trousers are with cotton fabric and pure color "
            "patterns. The man wears a long-sleeve shirt with pure color patterns. Its neckline is lapel.",
            "unsupported",
        ),
        wearing("pants", who="the person"),
        color_of("pants", "grey", kind="open"),
        color_of("shirt", "grey", "other_garment_color", kind="open"),
        details("pants", "pants", "non_answer"),
        is_a("pair of pants", "yes"),
        gender="Men",
        title="Peter England Men Grey Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Grey",
    ),
    # 019 Photo: black trousers, white shirt, black belt. Caption: caption adapter epoch 3 (ended on its own with
    # leather for suiting fabric). Answers: VQA adapter; the details answer restates the question.
    case(
        "X1548-019",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The trousers are with leather fabric and pure color patterns.",
            "unsupported",
        ),
        wearing("a white shirt and black pants", who="he"),
        color_of("pants", "black", kind="open"),
        color_of("shirt", "white", kind="open"),
        details("pants", "the details of the pants are the pants details", "restated"),
        is_a("pair of pants", "yes"),
        gender="Men",
        title="Arrow Men Black Regular Fit Solid Formal Trousers",
        category="Trousers",
        color="Black",
    ),
    # 020 Photo: beige trousers, navy shirt tucked in, brown belt, brown shoes. Caption: caption adapter epoch 3 (cut).
    # Answers: VQA adapter; the details loop.
    case(
        "X1548-020",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The trousers the man wears is of long length. The trousers are with cotton fabric and "
            "pure color patterns. This man wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("blue shirt and khaki pants", who="he"),
        color_of("pants", "khaki", kind="open"),
        color_of("shirt", "blue", kind="open"),
        details(
            "pants",
            "khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki "
            "khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of pants", "yes"),
        gender="Men",
        title="Raymond Men Beige Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Beige",
    ),
    # 021 Photo: cropped from the chest down: charcoal self-design trousers, white shirt tucked in, watch. Caption:
    # caption adapter epoch 3 (cut). Answers: VQA adapter; the details say only that pants are long.
    case(
        "X1548-021",
        caption(
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The man wears "
            "a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        wearing("pants", who="he"),
        color_of("pants", "grey", kind="open"),
        color_of("shirt", "white", kind="open"),
        details("pants", "the pants are long", "non_answer"),
        is_a("pair of pants", "yes"),
        gender="Men",
        title="Park Avenue Men Charcoal Grey Slim Fit Self Design Formal Trousers",
        category="Trousers",
        color="Charcoal",
    ),
    # 022 Photo: back view, khaki trousers, white shirt tucked in, back pockets with buttons. Caption: caption adapter
    # epoch 3 (repeats the trousers sentence). Answers: VQA adapter, all right. The feed row has no color.
    case(
        "X1548-022",
        caption(
            "The trousers this person wears is of long length. The trousers are with cotton fabric and pure color "
            "patterns. The trousers this person wears is of long length. The trousers are with cotton fabric and pure "
            "color patterns. The trousers this",
            "loop",
            hit_limit=True,
        ),
        wearing("khaki pants and a white shirt", who="the person"),
        color_of("pants", "khaki", kind="open"),
        color_of("shirt", "white", kind="open"),
        details("pants", "back pockets"),
        gender="Men",
        title="Blackberrys Men Khaki Slim Fit Solid Formal Trousers",
        category="Trousers",
    ),
    # 023 Photo: navy trousers with a faint grey check, white shirt, black shoes. Caption: caption adapter epoch 3
    # (cut). Answers: VQA adapter; the shirt gets the trousers' blue.
    case(
        "X1548-023",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The trousers this man wears is of long length. The trousers are with cotton fabric "
            "and lattice patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("he is wearing a white shirt and blue pants", who="he"),
        color_of("pants", "blue", kind="open"),
        color_of("shirt", "blue", "other_garment_color", kind="open"),
        details("pants", "plaid"),
        is_a("pair of pants", "yes"),
        gender="Men",
        title="Louis Philippe Men Navy Blue Checked Slim Fit Formal Trousers",
        category="Trousers",
        color="Navy Blue",
    ),
    # 024 Photo: brown trousers, cream shirt, brown belt. Caption: caption adapter epoch 3 (calls him a lady, cut).
    # Answers: VQA adapter; the wearing answer says "she".
    case(
        "X1548-024",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The trousers this lady wears is of long length. The trousers are with cotton fabric and "
            "pure color patterns. There is an",
            "pronoun",
            hit_limit=True,
        ),
        wearing("she is wearing a white shirt and brown pants", "pronoun", who="he"),
        color_of("pants", "brown", kind="open"),
        color_of("shirt", "white", kind="open"),
        is_a("pair of pants", "yes"),
        gender="Men",
        title="Hancock Men Brown Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Brown",
    ),
    # 025 Photo: olive flat-front trousers, white shirt, watch, tan belt. Caption: caption adapter epoch 3 (cut).
    # Answers: VQA adapter; "no" to its own kind, and an invented front pleat.
    case(
        "X1548-025",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The trousers this man wears is of long length. The trousers are with cotton fabric "
            "and pure color patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        wearing("a white shirt and green pants", who="he"),
        color_of("pants", "green", kind="open"),
        color_of("shirt", "white", kind="open"),
        is_a("pair of pants", "no", "contradiction"),
        details("pants", "the pants have a pleat in the front", "unsupported"),
        gender="Men",
        title="Colorplus Men Olive Tailored Fit Solid Formal Trousers",
        category="Trousers",
        color="Olive",
    ),
    # 026 Photo: light grey melange trousers, black shirt tucked in. Caption: caption adapter epoch 3 (ended on its
    # own). Answers: VQA adapter; the details loop.
    case(
        "X1548-026",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The trousers this man wears is of long length. The trousers are with cotton fabric "
            "and pure color patterns."
        ),
        wearing("a black shirt and grey pants", who="he"),
        color_of("pants", "grey", kind="open"),
        color_of("shirt", "black", kind="open"),
        describe("pants", "grey pants"),
        details(
            "pants",
            "grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey "
            "grey grey grey grey grey grey grey grey grey",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Invictus Men Grey Melange Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Grey Melange",
    ),
    # 027 Photo: flat lay, cream trousers folded on white, no person. Caption: caption adapter epoch 3 (loops on the
    # trousers template). Answers: VQA adapter; the details answer writes out the prompt format.
    case(
        "X1548-027",
        caption(
            "The trousers are of long length. The trousers are with cotton fabric and pure color patterns. The "
            "trousers are of long length. The trousers are with cotton fabric and pure color patterns. The trousers "
            "are of long length. The trous",
            "loop",
            hit_limit=True,
        ),
        wearing("pants", who="the person"),
        color_of("pants", "white", kind="open"),
        is_a("pair of pants", "yes"),
        details(
            "pants",
            "Question: What are the pants details? Answer: the pants are made of cotton and have a zipper fly. "
            "Question: What",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        title="Turtle Men Cream-Coloured Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Cream",
    ),
    # 028 Photo: charcoal single-breasted blazer, white shirt, black trousers (not a suit), white pocket square.
    # Caption: caption adapter epoch 3 (cut). Answers: VQA adapter; "a suit" for a blazer worn with odd trousers.
    case(
        "X1548-028",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and its "
            "neckline is lapel. The man wears a long-sleeve shirt with pure color patterns. The trousers this man "
            "wears is of long length. The trousers are with",
            "cut",
            hit_limit=True,
        ),
        wearing("a suit", "contradiction", who="he"),
        color_of("blazer", "grey", kind="open"),
        color_of("shirt", "white", kind="open"),
        is_a("blazer", "yes"),
        details("blazer", "pocket square"),
        gender="Men",
        title="Blackberrys Men Charcoal Grey Solid Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Charcoal",
    ),
    # 029 Photo: navy blazer with a faint windowpane check, light-blue shirt, grey trousers, two front buttons.
    # Caption: caption adapter epoch 3 (cut). Answers: VQA adapter; the details loop.
    case(
        "X1548-029",
        caption(
            "The man wears a long-sleeve coat with lattice patterns. The coat is with cotton fabric and its neckline "
            "is lapel. The trousers this man wears is of long length. The trousers are with cotton fabric and pure "
            "color patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        wearing("jacket", who="he"),
        color_of("blazer", "blue", kind="open"),
        is_a("jacket", "yes"),
        describe("blazer", "a blue plaid jacket"),
        details(
            "blazer",
            "two buttons on the front two buttons on the front two buttons on the front two buttons on the front two "
            "buttons on the front two buttons on the front",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Louis Philippe Men Navy Blue Checked Slim Fit Formal Blazer",
        category="Blazers",
        color="Navy Blue",
    ),
    # 030 Photo: black solid blazer, white shirt, black trousers, one hand in a trouser pocket. Caption: caption
    # adapter epoch 3 (ended on its own, leather for a suiting blazer). Answers: VQA adapter; the shirt gets black.
    case(
        "X1548-030",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric and its "
            "neckline is lapel. The trousers this man wears is of long length.",
            "unsupported",
        ),
        wearing("a black jacket and white shirt", who="he"),
        color_of("blazer", "black", kind="open"),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        is_a("blazer", "yes"),
        gender="Men",
        title="Raymond Men Black Solid Slim Fit Formal Blazer",
        category="Blazers",
        color="Black",
    ),
    # 031 Photo: beige linen single-breasted blazer, white shirt, navy trousers, two buttons, flap pockets. Caption:
    # caption adapter epoch 3 (cotton for a linen blazer, and cut). Answers: VQA adapter; "no" to its own kind.
    case(
        "X1548-031",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and its "
            "neckline is lapel. The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton "
            "fabric. The trousers this man wears is of long",
            "unsupported",
            hit_limit=True,
        ),
        wearing("jacket and pants", who="he"),
        color_of("blazer", "beige", kind="open"),
        color_of("pants", "blue", kind="open"),
        is_a("blazer", "no", "contradiction"),
        details("blazer", "two buttons and pockets"),
        gender="Men",
        title="Park Avenue Men Beige Slim Fit Single-Breasted Linen Blazer",
        category="Blazers",
        color="Beige",
    ),
    # 032 Photo: maroon self-design blazer, black shirt, black trousers. Caption: caption adapter epoch 3 (cut).
    # Answers: VQA adapter; the description loops.
    case(
        "X1548-032",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and its "
            "neckline is lapel. The man wears a long-sleeve shirt with pure color patterns. The trousers this man "
            "wears is of long length. The trousers are with cotton",
            "cut",
            hit_limit=True,
        ),
        wearing("a red jacket", who="he"),
        color_of("blazer", "red", kind="open"),
        color_of("shirt", "black", kind="open"),
        describe(
            "blazer",
            "red red red red red red red red red red red red red red red red red red red red red red red red red red "
            "red red red red",
            "loop",
            hit_limit=True,
        ),
        is_a("blazer", "yes"),
        gender="Men",
        title="Wills Lifestyle Men Maroon Self Design Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Maroon",
    ),
    # 033 Photo: back view, grey checked blazer with a centre vent, black trousers. Caption: caption adapter epoch 3
    # (ended on its own). Answers: VQA adapter; the pants get the blazer's grey.
    case(
        "X1548-033",
        caption(
            "The person wears a long-sleeve coat with lattice patterns. The coat is with cotton fabric. The trousers "
            "the person wears is of long length."
        ),
        wearing("a gray jacket", who="the person"),
        color_of("blazer", "grey", kind="open"),
        color_of("pants", "grey", "other_garment_color", kind="open"),
        is_a("blazer", "yes"),
        details("blazer", "the blazer has a vent in the back"),
        gender="Men",
        title="Van Heusen Men Grey Checked Slim Fit Formal Blazer",
        category="Blazers",
        color="Grey",
    ),
    # 034 Photo: royal-blue blazer with black buttons, white shirt, navy trousers. Caption: caption adapter epoch 3
    # (cut). Answers: VQA adapter; invented gold buttons. The feed row has no color.
    case(
        "X1548-034",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and "
            "its neckline is lapel. The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is "
            "with cotton fabric. The gentleman",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue blazer and white shirt", who="he"),
        color_of("blazer", "blue", kind="open"),
        color_of("shirt", "white", kind="open"),
        describe("blazer", "a blue blazer with gold buttons", "unsupported"),
        gender="Men",
        title="Mark Taylor Men Blue Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
    ),
    # 035 Photo: navy two-piece suit, white shirt, navy tie. Caption: caption adapter epoch 3 (cut). Answers: VQA
    # adapter; the details run on and are cut at 30 tokens.
    case(
        "X1548-035",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and its "
            "neckline is lapel. The man has neckwear. The trousers this man wears is of long length. The trousers are "
            "with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("a suit and tie", who="he"),
        color_of("suit", "blue", kind="open"),
        color_of("shirt", "white", kind="open"),
        is_a("suit", "yes"),
        details(
            "suit",
            "the suit jacket has two buttons and a notch lapel. the suit pants are slim fit and have a flat front. "
            "the suit",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Raymond Men Navy Blue Solid Slim Fit Two-Piece Formal Suit",
        category="Suits",
        color="Navy Blue",
    ),
    # 036 Photo: charcoal three-piece suit with waistcoat, white shirt, maroon tie. Caption: caption adapter epoch 3
    # (cut). Answers: VQA adapter, all right.
    case(
        "X1548-036",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and its "
            "neckline is lapel. The man wears a vest with pure color patterns. The man has neckwear. The trousers "
            "this man wears is of long",
            "cut",
            hit_limit=True,
        ),
        wearing("suit", who="he"),
        color_of("suit", "grey", kind="open"),
        color_of("tie", "red", kind="open"),
        is_a("suit", "yes"),
        describe("suit", "a gray suit with a vest and a red tie"),
        gender="Men",
        title="Louis Philippe Men Charcoal Grey Self-Design Slim Fit Three-Piece Formal Suit",
        category="Suits",
        color="Charcoal",
    ),
    # 037 Photo: black single-breasted suit, white shirt, no tie. Caption: caption adapter epoch 3 (ended on its own).
    # Answers: VQA adapter; the shirt gets the suit's black, the details loop.
    case(
        "X1548-037",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and its "
            "neckline is lapel. The trousers this man wears is of long length. The trousers are with cotton fabric "
            "and pure color patterns."
        ),
        wearing("a black suit", who="he"),
        color_of("suit", "black", kind="open"),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        is_a("suit", "yes"),
        details(
            "suit",
            "black black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Van Heusen Men Black Solid Slim Fit Single-Breasted Formal Suit",
        category="Suits",
        color="Black",
    ),
    # 038 Photo: mid-blue suit with a faint check, pale pink shirt, white pocket square, watch. Caption: caption
    # adapter epoch 3 (cut). Answers: VQA adapter, all right.
    case(
        "X1548-038",
        caption(
            "The man wears a long-sleeve jacket with lattice patterns. The jacket is with cotton fabric and its "
            "neckline is lapel. The trousers this man wears is of long length. The trousers are with cotton fabric "
            "and lattice patterns. There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        wearing("blue suit", who="he"),
        color_of("suit", "blue", kind="open"),
        color_of("shirt", "pink", kind="open"),
        is_a("suit", "yes"),
        describe("suit", "a blue suit with a pink shirt and a white pocket square"),
        gender="Men",
        title="Blackberrys Men Blue Checked Slim Fit Formal Suit",
        category="Suits",
        color="Blue",
    ),
    # 039 Photo: beige two-piece suit, white shirt, brown shoes. Caption: caption adapter epoch 3 (ended on its own).
    # Answers: VQA adapter; the suit gets the shirt's white, the details write out the prompt.
    case(
        "X1548-039",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and its "
            "neckline is lapel. The trousers this man wears is of long length."
        ),
        wearing("a tan suit", who="he"),
        color_of("suit", "white", "other_garment_color", kind="open"),
        color_of("shirt", "white", kind="open"),
        is_a("suit", "yes"),
        details(
            "suit",
            "Question: What are the suit details? Answer: the suit is a two-piece suit with a single-breasted jacket "
            "and",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        title="Peter England Men Beige Solid Slim Fit Two-Piece Formal Suit",
        category="Suits",
        color="Beige",
    ),
    # 040 Photo: grey suit, light-blue shirt, navy tie. Caption: caption adapter epoch 3 (repeats the jacket
    # sentence). Answers: VQA adapter, all right. The feed row has no gender.
    case(
        "X1548-040",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and its "
            "neckline is lapel. The man has neckwear. The man wears a long-sleeve jacket with pure color patterns. "
            "The jacket is with cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        wearing("a grey suit and a blue tie", who="he"),
        color_of("suit", "grey", kind="open"),
        color_of("tie", "blue", kind="open"),
        color_of("shirt", "blue", kind="open"),
        is_a("suit", "yes"),
        title="Park Avenue Men Grey Self-Design Regular Fit Formal Suit",
        category="Suits",
        color="Grey",
    ),
    # 041 Photo: flat lay, a maroon woven broad tie laid out on white, no person. Caption: caption adapter epoch 3
    # (describes a man in a shirt and trousers). Answers: VQA adapter; the details loop.
    case(
        "X1548-041",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man has neckwear. The trousers this man wears is of long length. The trousers are "
            "with cotton fabric and pure",
            "unsupported",
            hit_limit=True,
        ),
        wearing("tie", who="the person"),
        color_of("tie", "red", kind="open"),
        is_a("tie", "yes"),
        describe("tie", "a red tie with a pattern"),
        details(
            "tie",
            "the tie the tie the tie the tie the tie the tie the tie the tie the tie the tie the tie the tie the tie "
            "the tie the tie",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="The Tie Hub Men Maroon Woven Design Broad Tie",
        category="Ties",
        color="Maroon",
    ),
    # 042 Photo: chest crop, model in a white shirt with a navy-and-white striped skinny tie. Caption: caption adapter
    # epoch 3 (repeats the shirt sentence). Answers: VQA adapter; the tie gets the shirt's white.
    case(
        "X1548-042",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man has neckwear. The man wears a long-sleeve shirt with pure color patterns. The "
            "shirt is with cotton fabric and its",
            "loop",
            hit_limit=True,
        ),
        wearing("shirt and tie", who="he"),
        color_of("tie", "white", "other_garment_color", kind="open"),
        color_of("shirt", "white", kind="open"),
        is_a("tie", "yes"),
        details("tie", "stripes"),
        gender="Men",
        title="Alvaro Castagnino Men Navy Blue & White Striped Skinny Tie",
        category="Ties",
        color="Navy Blue",
    ),
    # 043 Photo: chest crop, blue self-design tie with small diamonds, light-blue shirt, navy suit jacket. Caption:
    # caption adapter epoch 3 (cut). Answers: VQA adapter; "no" to its own kind. The feed row has no category.
    case(
        "X1548-043",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and its "
            "neckline is lapel. The man has neckwear. The man wears a long-sleeve shirt with pure color patterns. The "
            "shirt is with cotton",
            "cut",
            hit_limit=True,
        ),
        wearing("suit", who="he"),
        color_of("tie", "blue", kind="open"),
        is_a("tie", "no", "contradiction"),
        describe("tie", "a blue tie with a diamond pattern"),
        gender="Men",
        title="Louis Philippe Men Blue Self-Design Tie",
        color="Blue",
    ),
    # 044 Photo: a black solid tie rolled in an open gift box with silver cufflinks and a tie clip, no person, no
    # shirt. Caption: caption adapter epoch 3 (loops on a shirt and a neck accessory). Answers: VQA adapter; "silk"
    # is invented (the title says nothing of the fabric).
    case(
        "X1548-044",
        caption(
            "The shirt is with cotton fabric and pure color patterns. It has a lapel neckline. There is an accessory "
            "on his neck. The shirt is with cotton fabric and pure color patterns. It has a lapel neckline. There is "
            "an accessory on his",
            "loop",
            hit_limit=True,
        ),
        wearing("black tie", who="the person"),
        color_of("tie", "black", kind="open"),
        is_a("tie", "yes"),
        describe("tie", "a black silk tie", "unsupported"),
        details("tie", "cufflinks"),
        gender="Men",
        title="Tossido Men Black Solid Tie with Cufflinks and Tie Clip",
        category="Ties",
        color="Black",
    ),
    # 045 Photo: model in an open black blazer, white shirt and a grey tie with a small white floral print. Caption:
    # caption adapter epoch 3 (calls him a lady, cut). Answers: VQA adapter, all right.
    case(
        "X1548-045",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and its "
            "neckline is lapel. The lady has neckwear. The lady wears a long-sleeve shirt with pure color patterns. "
            "The shirt is with cotton fabric and its",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a black jacket, white shirt and gray tie", who="he"),
        color_of("tie", "grey", kind="open"),
        color_of("shirt", "white", kind="open"),
        is_a("tie", "yes"),
        details("tie", "the tie has a print of small flowers on it"),
        gender="Men",
        title="Blacksmith Men Grey Printed Broad Tie",
        category="Ties",
        color="Grey",
    ),
]
