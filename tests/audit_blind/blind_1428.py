"""BLIND_1428 (45 products; Myntra men's formal wear): written blind in the sixty-fourth session. Measured blind at
9207eb7 (the session's fifth and final rules): 86/97 failures found (88.7%) and 16/197 correct texts flagged (8.1%).
The writer's notes, verbatim:

Scenario: a Myntra men's formal wear feed (Shirts, Trousers, Blazers, Suits, Ties as article types, base colours
such as Navy Blue, Charcoal, Lavender, Cream). Photos are the usual Myntra shots: a male model on a plain light grey
backdrop wearing the product with other clothes (shirt tucked into trousers, blazer over a white shirt, tie on a
shirt under a jacket), now and then a back view, a flat lay (a folded shirt, a rolled tie with a pocket square on a
wooden board) or a prop (a phone, a stool, sunglasses in hand, a blazer slung over the shoulder). Columns are
title, category (article type), color (base colour) and gender; a few rows lack one of them, as feeds do.
Who wrote what: every caption comes from the epoch-3 caption adapter (leoreigoto/Data2_V2_Blip2_Finetune_Caption),
an empty prompt, greedy, 50 new tokens: it writes the DeepFashion-MultiModal template (upper / lower / outer
clothing, "pure color" / "lattice" / "stripe" patterns, no hue names) and, with no end token trained, usually runs
to the limit and stops mid-sentence or falls into repeating a sentence; a short template sometimes ends cleanly.
Every answer comes from the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA), "Question: ... Answer:", greedy, 30 new
tokens: short In-shop style answers (vendor colours like "navy", "charcoal", classes like "jacket/coat",
"blouse/shirt", "pants"), which now and then run on into a loop, a new "Question: ... Answer:" pair, or a sentence
cut at the limit.
Labeling conventions and judgement calls: judged against the imagined photo and the title. One label per text: when
a caption is both cut at the limit and wrong in its body (a "lady", denim trousers, "pure color" on a checked
shirt), the body's error gets the label and hit_limit=True records the cut. A loop that is also cut is "loop"; a
run-on into "Question: ... Answer:" is "leak". A colour answer naming the colour of another garment in the photo
(the tucked-in shirt for trousers, the blazer or shirt for a tie) is other_garment_color; a colour or kind the photo
or the title refutes otherwise is contradiction ("suit" for a blazer worn with contrasting trousers, "jacket/coat"
as the garment type of a two-piece suit, "blouse/shirt" as the type of trousers or a tie). Near colours are taken
as right: grey for charcoal, red for maroon, tan/khaki for beige, purple for lavender, white for cream or off-white,
blue for navy. Self-design and woven-design fabrics that read solid in the photo are right as "solid"; a visible
check answered "solid" is a contradiction. Material answers: plausible for what the photo shows and not refuted by
the title = right; a fabric the photo rules out (denim, leather on suiting) = unsupported. A caption that invents a
person, a wrist or a shirt on a flat lay is unsupported. "a shirt" for "Describe the shirt." and empty answers are
non_answer; answers that only say the question's words again at length are restated.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1428 = [
    # 001 Shirt. Photo: model front, white shirt (no chest pocket) tucked into charcoal trousers, steel watch on the
    # left wrist, grey backdrop. Caption: epoch-3 caption adapter; answers: VQA adapter (the pocket and logo are
    # invented).
    case(
        "X1428-001",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("white shirt and grey pants", who="he"),
        color_of("shirt", "white", kind="open"),
        describe("shirt", "a white long sleeve shirt with a collar"),
        details(
            "shirt", "a white shirt with a collar and a pocket on the chest and a logo on the pocket", "unsupported"
        ),
        B.garment_type("shirt"),
        B.sleeve_length("long sleeve"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Van Heusen Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # 002 Shirt. Photo: light blue shirt with a fine navy check, navy trousers, hands in pockets. Caption: epoch-3
    # caption adapter (ended cleanly); answers: VQA adapter.
    case(
        "X1428-002",
        caption(
            "This man wears a long-sleeve shirt with lattice patterns and a long trousers. The shirt is with cotton "
            "fabric. The trousers are with cotton fabric and pure color patterns."
        ),
        wearing("a blue shirt and blue pants", who="he"),
        color_of("shirt", "blue", kind="open"),
        B.pattern("plaid"),
        details(
            "shirt",
            "the collar, the cuffs, the buttons, the collar, the cuffs, the buttons, the collar, the cuffs, the "
            "buttons, the collar",
            "loop",
            hit_limit=True,
        ),
        B.material("cotton"),
        gender="Men",
        title="Louis Philippe Men Blue Slim Fit Checked Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # 003 Trousers. Photo: charcoal trousers, white shirt tucked in, black belt, black shoes, full figure. Caption:
    # epoch-3 caption adapter; answers: VQA adapter ("white" is the shirt's colour).
    case(
        "X1428-003",
        caption(
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The upper "
            "clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is lapel. This "
            "gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        B.color("white", "other_garment_color"),
        color_of("pants", "charcoal", kind="open"),
        B.garment_type("pants"),
        is_a("trousers", "yes", article="a pair of"),
        details("pants", "the pants are long", "non_answer"),
        gender="Men",
        title="Arrow Men Charcoal Grey Tailored Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Charcoal",
    ),
    # 004 Blazer. Photo: navy blazer over a white shirt, mid-grey trousers, white pocket square. Caption: epoch-3
    # caption adapter (repeats its lower-clothing sentences); answers: VQA adapter.
    case(
        "X1428-004",
        caption(
            "The person wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with cotton "
            "fabric. The person wears a long pants. The pants are with cotton fabric and pure color patterns. The "
            "person wears a long pants. The pants are",
            "loop",
            hit_limit=True,
        ),
        wearing("suit", "contradiction", who="he"),
        color_of("jacket", "navy", kind="open"),
        B.garment_type("jacket/coat"),
        is_a("blazer", "yes"),
        B.material("wool"),
        gender="Men",
        title="Raymond Men Navy Blue Solid Single-Breasted Slim Fit Formal Blazer",
        category="Blazers",
        color="Navy Blue",
    ),
    # 005 Suit. Photo: charcoal two-piece suit, light blue shirt, navy tie, front view. Caption: epoch-3 caption
    # adapter; answers: VQA adapter (the yes/no answer never stops).
    case(
        "X1428-005",
        caption(
            "The gentleman wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "cotton fabric. The gentleman wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory in his",
            "cut",
            hit_limit=True,
        ),
        wearing("a suit and tie", who="he"),
        color_of("suit", "grey", kind="open"),
        B.garment_type("suit"),
        is_a(
            "suit",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length("long sleeve"),
        gender="Men",
        title="Blackberrys Men Charcoal Grey Solid Slim-Fit Single-Breasted Formal Two-Piece Suit",
        category="Suits",
        color="Charcoal",
    ),
    # 006 Tie. Photo: chest-up crop, maroon tie with a tonal woven texture on a white shirt, no jacket. Caption:
    # epoch-3 caption adapter (short, ended cleanly); answers: VQA adapter.
    case(
        "X1428-006",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. "
            "There is an accessory around his neck."
        ),
        color_of("tie", "maroon", kind="open"),
        wearing("white shirt and red tie", who="he"),
        B.color("white", "other_garment_color"),
        B.garment_type("blouse/shirt", "contradiction"),
        is_a("tie", "yes"),
        B.pattern("solid"),
        gender="Men",
        title="The Tie Hub Men Maroon Woven Design Broad Tie",
        category="Ties",
        color="Maroon",
    ),
    # 007 Shirt. Photo: pink shirt, navy trousers, model turned slightly, one hand in pocket, watch. Caption: epoch-3
    # caption adapter (calls him a lady, cut at the limit); answers: VQA adapter.
    case(
        "X1428-007",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory on her wrist",
            "pronoun",
            hit_limit=True,
        ),
        wearing("pink shirt and blue pants", who="he"),
        color_of("shirt", "pink", kind="open"),
        describe(
            "shirt",
            "pink shirt with a collar and buttons Question: What is the color of the pants? Answer: navy blue "
            "Question: What is the",
            "leak",
            hit_limit=True,
        ),
        B.sleeve_length("long sleeve"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Peter England Men Pink Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Pink",
    ),
    # 008 Trousers. Photo: beige trousers with a faint self-design weave, light blue shirt tucked in, brown belt and
    # shoes. Caption: epoch-3 caption adapter; answers: VQA adapter.
    case(
        "X1428-008",
        caption(
            "The trousers this gentleman wears is of long length. The trousers are with cotton fabric and pure color "
            "patterns. His shirt has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. "
            "There is a belt on",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "beige", kind="open"),
        B.color("beige"),
        wearing("blue shirt and khaki pants", who="he"),
        B.garment_type("pants"),
        B.pattern("solid"),
        B.material("cotton"),
        gender="Men",
        title="Park Avenue Men Beige Smart Slim Fit Self Design Formal Trousers",
        category="Trousers",
        color="Beige",
    ),
    # 009 Blazer. Photo: grey glen-check blazer, white shirt, black trousers, front. Caption: epoch-3 caption adapter;
    # answers: VQA adapter ("a grey suit", but the trousers are black).
    case(
        "X1428-009",
        caption(
            "This gentleman wears a long-sleeve outer clothing with lattice patterns. The outer clothing is with "
            "cotton fabric. The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline "
            "of it is lapel. The lower clothing is of long length. The fabric",
            "cut",
            hit_limit=True,
        ),
        color_of("jacket", "grey", kind="open"),
        B.pattern("plaid"),
        wearing("a grey suit", "contradiction", who="he"),
        is_a("blazer", "yes"),
        details("jacket", "buttons and pockets"),
        gender="Men",
        title="Hancock Men Grey Checked Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Grey",
    ),
    # 010 Shirt. Photo: flat lay, folded white shirt with thin blue vertical stripes on a white board, no person.
    # Caption: epoch-3 caption adapter (invents a wearer and his wrist); answers: VQA adapter.
    case(
        "X1428-010",
        caption(
            "The person wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. There is an accessory on his wrist.",
            "unsupported",
        ),
        color_of("shirt", "white and blue", kind="open"),
        B.pattern("striped"),
        wearing("shirt", who="he"),
        B.sleeve_length("long sleeve"),
        describe("shirt", "a striped shirt"),
        gender="Men",
        title="Allen Solly Men White & Blue Regular Fit Striped Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # 011 Suit. Photo: navy suit with a faint lighter windowpane check, white shirt, no tie. Caption: epoch-3 caption
    # adapter (restarts its first sentence); answers: VQA adapter.
    case(
        "X1428-011",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns and a long trousers. The shirt is "
            "with cotton fabric. The trousers are with cotton fabric and pure color patterns. The gentleman is "
            "wearing a long-sleeve shirt with pure color patterns and",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("jacket/coat", "contradiction"),
        color_of("suit", "navy", kind="open"),
        B.pattern("solid", "contradiction"),
        is_a("suit", "yes"),
        wearing("suit", who="he"),
        gender="Men",
        title="Louis Philippe Men Navy Blue Checked Slim Fit Single-Breasted Formal Suit",
        category="Suits",
        color="Navy Blue",
    ),
    # 012 Tie. Photo: navy tie with thin silver diagonal stripes on a light blue shirt under a grey blazer. Caption:
    # epoch-3 caption adapter; answers: VQA adapter ("grey" is the blazer).
    case(
        "X1428-012",
        caption(
            "The person wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "cotton fabric. The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a "
            "lapel neckline. There is an accessory around",
            "cut",
            hit_limit=True,
        ),
        color_of("tie", "blue", kind="open"),
        B.color("grey", "other_garment_color"),
        B.pattern("striped"),
        is_a(
            "tie",
            "yes Question: Is this a jacket/coat? Answer: no Question: Is this a blouse/shirt? Answer: yes "
            "Question: Is this a",
            "leak",
            hit_limit=True,
        ),
        B.garment_type("tie"),
        gender="Men",
        title="Alvaro Castagnino Men Navy Blue & Silver-Toned Striped Broad Tie",
        category="Ties",
        color="Navy Blue",
    ),
    # 013 Shirt. Photo: lavender shirt, charcoal trousers, black belt. Caption: epoch-3 caption adapter; answers: VQA
    # adapter (the trousers' grey given to the shirt and to both garments).
    case(
        "X1428-013",
        caption(
            "His shirt has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The trousers "
            "this man wears is of long length. The trousers are with cotton fabric and pure color patterns. There is "
            "a belt",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "purple", kind="open"),
        B.color("grey", "other_garment_color"),
        wearing("grey shirt and grey pants", "contradiction", who="he"),
        B.sleeve_length("long sleeve"),
        details("shirt", "the shirt has a collar"),
        gender="Men",
        title="Arrow Men Lavender Regular Fit Solid Formal Shirt",
        category="Shirts",
        color="Lavender",
    ),
    # 014 Trousers. Photo: back view, navy trousers with two welt back pockets, white shirt tucked in. Caption:
    # epoch-3 caption adapter (ended cleanly); answers: VQA adapter.
    case(
        "X1428-014",
        caption(
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The upper "
            "clothing has long sleeves, cotton fabric and pure color patterns."
        ),
        color_of(
            "pants",
            "navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        B.color("navy"),
        B.garment_type("pants"),
        details("pants", "back pockets"),
        is_a("trousers", "yes", article="a pair of"),
        gender="Men",
        title="Louis Philippe Men Navy Blue Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Navy Blue",
    ),
    # 015 Blazer. Photo: maroon blazer, white shirt, black trousers, phone in his right hand (prop), ordinary
    # suiting. Caption: epoch-3 caption adapter; answers: VQA adapter.
    case(
        "X1428-015",
        caption(
            "The gentleman wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "cotton fabric. It has a lapel neckline. The gentleman wears a long trousers. The trousers are with "
            "cotton fabric and pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        color_of("jacket", "red", kind="open"),
        B.color("maroon"),
        wearing("red jacket and black pants", who="he"),
        B.material("leather", "unsupported"),
        is_a("blazer", "yes"),
        gender="Men",
        title="Blackberrys Men Maroon Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Maroon",
    ),
    # 016 Shirt. Photo: black shirt, grey trousers, plain front pose. Caption: epoch-3 caption adapter (ended
    # cleanly); answers: VQA adapter ("she"; a description cut at the limit; "grey" is the trousers).
    case(
        "X1428-016",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric. The trousers are with cotton fabric and pure color patterns."
        ),
        wearing("she is wearing a black shirt and grey pants", "pronoun", who="he"),
        color_of("shirt", "black", kind="open"),
        B.color("grey", "other_garment_color"),
        describe(
            "shirt",
            "black shirt with long sleeves and a collar and buttons down the front and a pocket on the left chest "
            "and a",
            "cut",
            hit_limit=True,
        ),
        B.sleeve_length("long sleeve"),
        B.garment_type("shirt"),
        gender="Men",
        title="Van Heusen Men Black Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Black",
    ),
    # 017 Suit. Photo: full figure, black three-piece suit, waistcoat visible under the open jacket, white shirt,
    # black tie, black shoes. Caption: epoch-3 caption adapter; answers: VQA adapter (the description is cut).
    case(
        "X1428-017",
        caption(
            "The gentleman wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "cotton fabric. The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline "
            "of it is lapel. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("black suit with white shirt and black tie", who="he"),
        color_of("suit", "black", kind="open"),
        B.garment_type("suit"),
        is_a("suit", "yes"),
        details("suit", "vest"),
        describe(
            "suit",
            "black suit with a white shirt and a black tie and a black vest under the jacket and black pants and "
            "black shoes and a",
            "cut",
            hit_limit=True,
        ),
        B.sleeve_length("long sleeve"),
        gender="Men",
        title="Raymond Men Black Solid Slim Fit Three-Piece Formal Suit",
        category="Suits",
        color="Black",
    ),
    # 018 Trousers. Photo: grey trousers with a small tonal check, black shirt tucked in, model seated on a wooden
    # stool (prop). Caption: epoch-3 caption adapter; answers: VQA adapter ("black" is the shirt).
    case(
        "X1428-018",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is lapel. "
            "The lower clothing is of long length. The fabric is cotton and it has lattice patterns. The gentleman "
            "wears a",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "black", "other_garment_color", kind="open"),
        B.color("grey"),
        B.pattern("plaid"),
        wearing("black shirt and grey pants", who="he"),
        is_a("trousers", "no", "contradiction", article="a pair of"),
        gender="Men",
        title="Peter England Men Grey Slim Fit Checked Formal Trousers",
        category="Trousers",
        color="Grey",
    ),
    # 019 Tie. Photo: black skinny tie on a white shirt under a black suit jacket, chest-up crop. Caption: epoch-3
    # caption adapter (repeats its neck sentence); answers: VQA adapter.
    case(
        "X1428-019",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. "
            "There is an accessory around his neck. There is an accessory around his neck. There is an accessory "
            "around his neck. There is",
            "loop",
            hit_limit=True,
        ),
        color_of("tie", "black", kind="open"),
        B.color("black"),
        wearing("black suit, white shirt and black tie", who="he"),
        B.garment_type("jacket/coat", "contradiction"),
        is_a("tie", "yes"),
        gender="Men",
        title="Peluche Men Black Solid Skinny Tie",
        category="Ties",
        color="Black",
    ),
    # 020 Shirt. Photo: mid-blue full-sleeve shirt with a tiny white dot print, navy trousers. Caption: epoch-3
    # caption adapter; answers: VQA adapter ("short sleeve" is wrong, the details loop).
    case(
        "X1428-020",
        caption(
            "The man wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color patterns. "
            "There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        B.pattern("polka dot"),
        color_of("shirt", "blue", kind="open"),
        B.sleeve_length("short sleeve", "contradiction"),
        details(
            "shirt",
            "the shirt has a pattern of small dots on it and the shirt has a pattern of small dots on it and the "
            "shirt has a",
            "loop",
            hit_limit=True,
        ),
        wearing("blue shirt and blue pants", who="he"),
        gender="Men",
        title="Park Avenue Men Blue Slim Fit Printed Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # 021 Blazer. Photo: beige textured (linen-look) blazer, white shirt, navy trousers. Caption: epoch-3 caption
    # adapter; answers: VQA adapter ("white" is the shirt).
    case(
        "X1428-021",
        caption(
            "This gentleman wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "cotton fabric. His shirt has long sleeves, cotton fabric and pure color patterns. It has a lapel "
            "neckline. The trousers this gentleman wears",
            "cut",
            hit_limit=True,
        ),
        color_of("jacket", "tan", kind="open"),
        B.color("white", "other_garment_color"),
        B.garment_type("jacket/coat"),
        wearing("a tan jacket, white shirt and blue pants", who="he"),
        describe(
            "jacket",
            "a tan blazer with a notch lapel and two buttons on the front and two flap pockets on the sides and a "
            "breast pocket on the",
            "cut",
            hit_limit=True,
        ),
        B.material("linen"),
        is_a("blazer", "yes"),
        gender="Men",
        title="Invictus Men Beige Self-Design Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Beige",
    ),
    # 022 Suit. Photo: bright royal blue two-piece suit, white shirt, brown shoes, three-quarter view. Caption: epoch-3
    # caption adapter; answers: VQA adapter ("no" to the suit; the details run on into a new question).
    case(
        "X1428-022",
        caption(
            "The gentleman wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "cotton fabric. The gentleman wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The upper clothing has long",
            "cut",
            hit_limit=True,
        ),
        wearing("blue suit", who="he"),
        color_of("suit", "blue", kind="open"),
        B.garment_type("suit"),
        is_a("suit", "no", "contradiction"),
        B.material("polyester"),
        details(
            "suit",
            "white shirt Question: What is the color of the shirt? Answer: white Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        title="Van Heusen Men Blue Solid Slim Fit Single-Breasted Formal Suit",
        category="Suits",
        color="Blue",
    ),
    # 023 Shirt. Photo: white shirt styled with a navy tie, black trousers. Caption: epoch-3 caption adapter; answers:
    # VQA adapter ("navy" is the tie).
    case(
        "X1428-023",
        caption(
            "His shirt has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. There is an "
            "accessory around his neck. The trousers this man wears is of long length. The trousers are with cotton "
            "fabric and",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "white", kind="open"),
        B.color("navy", "other_garment_color"),
        B.pattern("solid"),
        describe("shirt", "white dress shirt with a tie"),
        wearing("white shirt, tie and black pants", who="he"),
        gender="Men",
        title="Louis Philippe Men White Slim Fit Self Design Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # 024 Trousers. Photo: khaki flat-front trousers, white shirt tucked in, walking pose. Caption: epoch-3 caption
    # adapter (denim on formal trousers, then cut); answers: VQA adapter (pleats are invented).
    case(
        "X1428-024",
        caption(
            "The trousers this gentleman wears is of long length. The trousers are with denim fabric and pure color "
            "patterns. The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it "
            "is lapel. The",
            "unsupported",
            hit_limit=True,
        ),
        color_of("pants", "khaki", kind="open"),
        B.color("beige"),
        B.garment_type("pants"),
        B.material("cotton"),
        details("pants", "pleats", "unsupported"),
        gender="Men",
        title="Raymond Men Khaki Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Khaki",
    ),
    # 025 Blazer. Photo: olive blazer over a black turtleneck, beige trousers, front. Caption: epoch-3 caption
    # adapter; answers: VQA adapter (the details only say the question again).
    case(
        "X1428-025",
        caption(
            "The person wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "cotton fabric. The upper clothing has long sleeves, knitted fabric and pure color patterns. The "
            "neckline of it is standing. The lower clothing",
            "cut",
            hit_limit=True,
        ),
        color_of("jacket", "green", kind="open"),
        B.color("olive"),
        wearing("green jacket and black shirt and beige pants", who="he"),
        details("jacket", "the details of the jacket are the details of the jacket", "restated"),
        is_a("blazer", "yes"),
        B.sleeve_length("long sleeve"),
        B.garment_type("jacket/coat"),
        gender="Men",
        title="Louis Philippe Men Olive Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Olive",
    ),
    # 026 Shirt. Photo: short-sleeve sea green shirt, grey trousers. Caption: epoch-3 caption adapter; answers: VQA
    # adapter ("long sleeve" is wrong; the colour answer runs on into the next question).
    case(
        "X1428-026",
        caption(
            "The gentleman is wearing a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color",
            "cut",
            hit_limit=True,
        ),
        B.sleeve_length("long sleeve", "contradiction"),
        color_of(
            "shirt",
            "green Question: What is the color of the pants? Answer: grey Question: What is the color of the shirt? "
            "Answer:",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        wearing("green shirt and grey pants", who="he"),
        B.color("green"),
        describe("shirt", "short sleeve shirt"),
        gender="Men",
        title="Allen Solly Men Sea Green Slim Fit Solid Short Sleeves Formal Shirt",
        category="Shirts",
        color="Sea Green",
    ),
    # 027 Suit (no colour column). Photo: light grey suit with notch lapels, white shirt, burgundy tie. Caption:
    # epoch-3 caption adapter; answers: VQA adapter ("burgundy" is the tie; the lapels are not peaked).
    case(
        "X1428-027",
        caption(
            "The gentleman wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "cotton fabric. There is an accessory around his neck. The gentleman wears a long trousers. The trousers "
            "are with cotton fabric",
            "cut",
            hit_limit=True,
        ),
        color_of("suit", "grey", kind="open"),
        wearing("a grey suit and a red tie", who="he"),
        details("suit", "peak lapel", "unsupported"),
        B.color("burgundy", "other_garment_color"),
        is_a("suit", "yes"),
        B.garment_type("suit"),
        gender="Men",
        title="Blackberrys Men Grey Self-Design Slim Fit Single-Breasted Formal Suit",
        category="Suits",
    ),
    # 028 Trousers. Photo: black trousers, light pink shirt tucked in, black belt. Caption: epoch-3 caption adapter
    # (ended cleanly); answers: VQA adapter.
    case(
        "X1428-028",
        caption(
            "His shirt has long sleeves, cotton fabric and pure color patterns. The trousers this man wears is of "
            "long length. The trousers are with cotton fabric and pure color patterns."
        ),
        color_of("pants", "black", kind="open"),
        B.color("black"),
        wearing("pink shirt and black pants", who="he"),
        details("pants", "the pants are black and the pants are long pants", "restated"),
        is_a("trousers", "yes", article="a pair of"),
        gender="Men",
        title="Arrow Men Black Regular Fit Solid Formal Trousers",
        category="Trousers",
        color="Black",
    ),
    # 029 Tie (no gender column). Photo: flat lay, navy paisley tie rolled up beside a folded white pocket square on a
    # wooden board, no person. Caption: epoch-3 caption adapter (invents a shirt and floral print); answers: VQA.
    case(
        "X1428-029",
        caption(
            "The person wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline.",
            "unsupported",
        ),
        color_of("tie", "navy", kind="open"),
        B.pattern("paisley"),
        B.garment_type("tie"),
        is_a("tie", "yes"),
        wearing("tie", who="he"),
        title="The Tie Hub Men Navy Blue Paisley Woven Broad Tie",
        category="Ties",
        color="Navy Blue",
    ),
    # 030 Shirt. Photo: maroon shirt, beige trousers, navy blazer slung over his shoulder (prop). Caption: epoch-3
    # caption adapter; answers: VQA adapter.
    case(
        "X1428-030",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "maroon", kind="open"),
        B.color("maroon"),
        wearing("a red shirt and a blue jacket and beige pants", who="he"),
        describe(
            "shirt",
            "a dark red button up shirt Question: What is the color of the pants? Answer: beige Question: What is "
            "the color",
            "leak",
            hit_limit=True,
        ),
        B.sleeve_length("long sleeve"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Peter England Men Maroon Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Maroon",
    ),
    # 031 Blazer. Photo: navy blazer with a faint check, light blue shirt, grey trousers, nothing in the breast pocket.
    # Caption: epoch-3 caption adapter; answers: VQA adapter (invents a pocket square).
    case(
        "X1428-031",
        caption(
            "This gentleman wears a long-sleeve outer clothing with lattice patterns. The outer clothing is with "
            "cotton fabric. The upper clothing has long sleeves, cotton fabric and pure color patterns. The lower "
            "clothing is of long length. The",
            "cut",
            hit_limit=True,
        ),
        color_of("jacket", "blue", kind="open"),
        B.pattern("checked"),
        wearing("blue blazer, blue shirt and grey pants", who="he"),
        details("jacket", "two buttons and flap pockets and a pocket square in the breast pocket", "unsupported"),
        is_a("blazer", "yes"),
        gender="Men",
        title="Park Avenue Men Navy Blue Checked Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Navy Blue",
    ),
    # 032 Suit. Photo: beige two-piece suit, white shirt open at the collar, sunglasses held in his hand. Caption:
    # epoch-3 caption adapter; answers: VQA adapter ("white" is the shirt).
    case(
        "X1428-032",
        caption(
            "This gentleman wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "cotton fabric. This gentleman wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory in",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("jacket/coat", "contradiction"),
        color_of("suit", "beige", kind="open"),
        is_a("suit", "yes"),
        wearing("tan suit", who="he"),
        B.sleeve_length("long sleeve"),
        B.color("white", "other_garment_color"),
        gender="Men",
        title="Theme Men Beige Solid Slim Fit Single-Breasted Formal Suit",
        category="Suits",
        color="Beige",
    ),
    # 033 Shirt. Photo: blue and white bengal-stripe shirt, navy trousers. Caption: epoch-3 caption adapter; answers:
    # VQA adapter.
    case(
        "X1428-033",
        caption(
            "His shirt has long sleeves, cotton fabric and stripe patterns. It has a lapel neckline. The trousers "
            "this man wears is of long length. The trousers are with cotton fabric and pure color patterns. There is "
            "an accessory on his",
            "cut",
            hit_limit=True,
        ),
        B.pattern("striped"),
        color_of("shirt", "blue and white", kind="open"),
        wearing("blue striped shirt and navy pants", who="he"),
        details("shirt", "stripes"),
        B.sleeve_length("long sleeve"),
        B.material("cotton"),
        gender="Men",
        title="Van Heusen Men Blue Slim Fit Striped Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # 034 Trousers. Photo: light grey melange trousers, navy shirt tucked in. Caption: epoch-3 caption adapter (loops
    # on the trousers sentence); answers: VQA adapter ("navy" is the shirt; "blouse/shirt" for trousers).
    case(
        "X1428-034",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The pants are with cotton "
            "fabric and pure color patterns. The pants are with cotton fabric and pure color patterns. The pants are "
            "with cotton fabric and pure",
            "loop",
            hit_limit=True,
        ),
        color_of("pants", "navy", "other_garment_color", kind="open"),
        B.color("grey"),
        B.garment_type("blouse/shirt", "contradiction"),
        wearing("navy shirt and grey pants", who="he"),
        gender="Men",
        title="Hancock Men Grey Melange Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Grey Melange",
    ),
    # 035 Tie (no category column). Photo: silver-grey satin tie on a white shirt under a charcoal suit jacket.
    # Caption: epoch-3 caption adapter; answers: VQA adapter ("she"; "suit" as the type of a tie).
    case(
        "X1428-035",
        caption(
            "The gentleman wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "cotton fabric. The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a "
            "lapel neckline. There is",
            "cut",
            hit_limit=True,
        ),
        color_of("tie", "silver", kind="open"),
        wearing("she is wearing a grey suit with a white shirt and a silver tie", "pronoun", who="he"),
        B.color("grey"),
        is_a("tie", "yes"),
        B.garment_type("suit", "contradiction"),
        B.pattern("solid"),
        gender="Men",
        title="Alvaro Castagnino Men Silver-Toned Solid Broad Tie",
        color="Silver",
    ),
    # 036 Shirt. Photo: plain cream shirt, brown trousers, brown belt. Caption: epoch-3 caption adapter (ended
    # cleanly); answers: VQA adapter (no stripes anywhere).
    case(
        "X1428-036",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric. The trousers are with cotton fabric and pure color patterns."
        ),
        color_of("shirt", "white", kind="open"),
        wearing("white shirt and brown pants", who="he"),
        describe("shirt", "a shirt", "non_answer"),
        B.pattern("striped", "contradiction"),
        B.sleeve_length("long-sleeve"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Louis Philippe Men Cream-Coloured Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Cream",
    ),
    # 037 Blazer. Photo: charcoal blazer, black shirt, black trousers; the blazer is clearly lighter than the shirt.
    # Caption: epoch-3 caption adapter (a "lady", cut); answers: VQA adapter ("black" belongs to shirt and trousers).
    case(
        "X1428-037",
        caption(
            "The lady wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with cotton "
            "fabric. The upper clothing has long sleeves, cotton fabric and pure color patterns. The lower clothing "
            "is of long length. The",
            "pronoun",
            hit_limit=True,
        ),
        color_of("jacket", "black", "other_garment_color", kind="open"),
        B.color("grey"),
        wearing("black shirt and black pants and a grey jacket", who="he"),
        is_a("blazer", "yes"),
        gender="Men",
        title="Raymond Men Charcoal Grey Solid Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Charcoal",
    ),
    # 038 Suit. Photo: navy suit, white shirt, navy tie, white pocket square. Caption: epoch-3 caption adapter;
    # answers: VQA adapter (the description came back empty).
    case(
        "X1428-038",
        caption(
            "The gentleman wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "cotton fabric. There is an accessory around his neck. The gentleman wears a long trousers. The trousers "
            "are with cotton",
            "cut",
            hit_limit=True,
        ),
        wearing("suit and tie", who="he"),
        color_of("suit", "navy", kind="open"),
        B.color("navy"),
        is_a("suit", "yes"),
        details("suit", "pocket square"),
        describe("suit", "", "non_answer"),
        B.material("wool"),
        gender="Men",
        title="Peter England Men Navy Blue Solid Slim Fit Formal Suit",
        category="Suits",
        color="Navy Blue",
    ),
    # 039 Trousers. Photo: coffee brown trousers, white shirt tucked in, mid-stride. Caption: epoch-3 caption adapter;
    # answers: VQA adapter (the details loop; the yes/no answer runs on into new questions).
    case(
        "X1428-039",
        caption(
            "The trousers this gentleman wears is of long length. The trousers are with cotton fabric and pure color "
            "patterns. His shirt has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. "
            "The gentleman",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "brown", kind="open"),
        B.color("brown"),
        wearing("white shirt and brown pants", who="he"),
        details(
            "pants",
            "the pants have a pocket, the pants have a pocket, the pants have a pocket, the pants have a pocket, the "
            "pants",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("pants"),
        is_a(
            "trousers",
            "yes Question: Is this a pair of trousers? Answer: yes Question: Is this a pair of trousers? Answer: yes "
            "Question",
            "leak",
            article="a pair of",
            hit_limit=True,
        ),
        gender="Men",
        title="Louis Philippe Men Coffee Brown Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Coffee Brown",
    ),
    # 040 Shirt. Photo: grey and white small-check shirt, black trousers. Caption: epoch-3 caption adapter ("pure
    # color" for a visible check, then cut); answers: VQA adapter.
    case(
        "X1428-040",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The man",
            "contradiction",
            hit_limit=True,
        ),
        B.pattern("plaid"),
        color_of("shirt", "grey", kind="open"),
        B.color("grey"),
        wearing("grey shirt and black pants", who="he"),
        B.sleeve_length("long sleeve"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Arrow Men Grey Slim Fit Checked Formal Shirt",
        category="Shirts",
        color="Grey",
    ),
    # 041 Tie. Photo: red and navy regimental-stripe tie on a white shirt under a navy blazer. Caption: epoch-3
    # caption adapter; answers: VQA adapter (the description loops).
    case(
        "X1428-041",
        caption(
            "The person wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "cotton fabric. The upper clothing has long sleeves, cotton fabric and pure color patterns. There is an "
            "accessory around his",
            "cut",
            hit_limit=True,
        ),
        color_of("tie", "red and blue", kind="open"),
        describe(
            "tie",
            "red and blue striped tie red and blue striped tie red and blue striped tie red and blue striped tie red "
            "and",
            "loop",
            hit_limit=True,
        ),
        B.color("red"),
        B.pattern("striped"),
        B.garment_type("tie"),
        is_a("tie", "yes"),
        wearing("navy blazer, white shirt and a red tie", who="he"),
        gender="Men",
        title="Peluche Men Red & Navy Blue Striped Broad Tie",
        category="Ties",
        color="Red",
    ),
    # 042 Blazer. Photo: black blazer, white shirt, grey trousers. Caption: epoch-3 caption adapter (ended cleanly);
    # answers: VQA adapter (denim; the yes/no answer loops).
    case(
        "X1428-042",
        caption(
            "The gentleman wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "cotton fabric. The lower clothing is of long length."
        ),
        color_of("jacket", "black", kind="open"),
        wearing("black jacket and grey pants", who="he"),
        B.garment_type("jacket/coat"),
        B.material("denim", "unsupported"),
        is_a(
            "blazer",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Hangup Men Black Solid Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Black",
    ),
    # 043 Shirt (no colour column). Photo: off-white shirt with the sleeves rolled to the elbow, navy trousers.
    # Caption: epoch-3 caption adapter; answers: VQA adapter.
    case(
        "X1428-043",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "white", kind="open"),
        describe("shirt", "the shirt is white with long sleeves rolled up to the elbow"),
        details("shirt", "buttons"),
        B.material("cotton"),
        B.sleeve_length("long sleeve"),
        wearing("white shirt and blue pants", who="he"),
        gender="Men",
        title="Van Heusen Men Off White Slim Fit Solid Formal Shirt",
        category="Shirts",
    ),
    # 044 Suit. Photo: maroon two-piece suit over a black shirt, no tie. Caption: epoch-3 caption adapter (repeats a
    # sentence); answers: VQA adapter ("black" is the shirt).
    case(
        "X1428-044",
        caption(
            "The gentleman wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "cotton fabric. The outer clothing is with cotton fabric. The outer clothing is with cotton fabric. The "
            "outer clothing is with cotton fabric. The",
            "loop",
            hit_limit=True,
        ),
        color_of("suit", "maroon", kind="open"),
        B.color("black", "other_garment_color"),
        wearing("red suit and black shirt", who="he"),
        is_a("suit", "yes"),
        B.garment_type("suit"),
        details("suit", "the suit is a suit", "restated"),
        gender="Men",
        title="Hancock Men Maroon Solid Slim Fit Single-Breasted Formal Suit",
        category="Suits",
        color="Maroon",
    ),
    # 045 Trousers. Photo: back view, navy trousers with belt loops, light blue shirt tucked in. Caption: epoch-3
    # caption adapter; answers: VQA adapter ("light blue" is the shirt).
    case(
        "X1428-045",
        caption(
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The upper "
            "clothing has long sleeves, cotton fabric and pure color patterns. The lower clothing is of long length. "
            "The fabric is",
            "loop",
            hit_limit=True,
        ),
        color_of("pants", "blue", kind="open"),
        B.color("light blue", "other_garment_color"),
        B.garment_type("pants"),
        details("pants", "belt loops"),
        is_a("trousers", "yes", article="a pair of"),
        gender="Men",
        title="Blackberrys Men Navy Blue Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Navy Blue",
    ),
]
