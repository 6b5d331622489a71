"""BLIND_1524 (45 products; Myntra men's formal wear, epoch-3 caption adapter + VQA adapter): written blind in the
sixty-fifth session. Measured blind at 71dbb3c (the session's sixth rules): 67/79 failures found (84.8%) and 7/172
correct texts flagged (4.1%). The writer's notes, verbatim:

Scenario: a Myntra men's formal wear feed: formal shirts (17), formal trousers (9), blazers (7), suits (7) and ties
(5). Mostly model shots on a plain white or light grey backdrop, the product worn with the rest of a formal outfit;
a few flat lays (a folded shirt, folded trousers, a tie laid flat), two back views, one suit on a ghost mannequin,
one model holding a briefcase. Catalog columns as the feed has them: title, category (Myntra article type: Shirts,
Trousers, Blazers, Suits, Ties), color (Myntra base colour), gender; now and then a column is missing.
Who wrote what: every caption comes from BLIP-2 OPT-2.7b with the epoch-3 caption adapter
(leoreigoto/Data2_V2_Blip2_Finetune_Caption): the DeepFashion-MultiModal template, hue-free ("pure color",
"lattice", "stripe", "graphic" patterns), almost always "cotton", shirt collars called "lapel", and with no
end-of-caption token it usually runs to the 50-token limit and stops mid-sentence; a few stop on their own after a
full sentence. Every answer comes from the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA), greedy, stop on newline,
30 new tokens: short answers often stop cleanly, the rest loop, run on until cut, echo the `Question: ... Answer:`
format, or come back empty (pad tokens decoded away). The open color questions are free generation, stored open.
Questions are the experiments' own (What is he wearing? the color of the shirt / pants / blazer / suit / tie, What
is the shirt color?, Describe the X., What are the X details?, Is this a X?) plus a few of the closed ones (type,
color, pattern, sleeve length, material).
Labeling conventions and judgement calls: one label per text, the most visible failure; a caption that runs to the
limit and stops mid-sentence is `cut` unless something worse is in it (a wrong pronoun, a loop, a wrong sleeve or
pattern against the title, a fabric against the title, invented garments or a wearer in a flat lay), and then it
keeps hit_limit=True with that other label. Near colors are right: maroon/red, cream/white, off-white/white,
beige/khaki/tan, lavender/purple, charcoal/grey, burgundy/red for a tie. "Cotton" for a shirt whose title names no
fabric is accepted (the template says it of everything); "cotton" for a wool blend suit is a contradiction, and
"silk" for a satin tie whose title names no silk is unsupported.
"Lapel" for a shirt collar and "a long trousers" are the template's words and count as right. Naming the product
in "What is he wearing?" for a flat lay counts as right. A color answer that gives the product the shirt's or the
trousers' color is `other_garment_color`; one color given to two garments of different colors, a pattern, sleeve or
type against the title, and "no" to "Is this a X?" for the product in view are `contradiction`. When a closed
type or pattern question is answered about the shirt while the product is a tie or trousers, that is a
contradiction of the title. An empty output or only the question's noun back is `non_answer`; "the shirt details
are the details of the shirt" is `restated`. Pockets, buttons, ties or shoes that the photo does not show are
`unsupported`, and so is a caption that puts a person or a second garment into a flat lay or a mannequin shot.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

shirt_color = question("shirt_color", "What is the shirt color?", "open")


def worn(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="he", hit_limit=hit_limit)


def col(garment, text, failure=None, hit_limit=False):
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


BLIND_1524 = [
    # 001 Truth: model, front, white solid formal shirt tucked into charcoal trousers, black belt, grey backdrop, no
    # pocket, no watch. caption: epoch-3 caption adapter; answers: VQA adapter.
    case(
        "X1524-001",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and"
            " its neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and pure"
            " color patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        worn("a white shirt and black pants"),
        col("shirt", "white"),
        describe("shirt", "a white shirt with a collar and buttons down the front"),
        details(
            "shirt",
            "the collar, the sleeves, the buttons, the collar, the sleeves, the buttons, the collar, the sleeves, the"
            " buttons, the collar,",
            "loop",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        gender="Men",
        title="Van Heusen Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # 002 Truth: model, blue-and-white small-check shirt, navy trousers, steel watch on the left wrist, no chest
    # pocket, white backdrop. caption: epoch-3 caption adapter; answers: VQA adapter.
    case(
        "X1524-002",
        caption(
            "This man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its neckline"
            " is lapel. This man wears a long trousers. The trousers are with cotton fabric and pure color patterns."
            " There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        worn("a blue checkered shirt and navy blue pants"),
        col("shirt", "blue and white"),
        Q.pattern("plaid"),
        details("shirt", "it has a collar, buttons down the front, and a pocket on the left chest", "unsupported"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Peter England Men Blue Slim Fit Checked Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # 003 Truth: model, pink solid shirt, grey trousers, short beard, white backdrop. caption: epoch-3 caption
    # adapter; answers: VQA adapter.
    case(
        "X1524-003",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The lady wears a long trousers. The trousers are with cotton fabric and pure color"
            " patterns. There is an",
            "pronoun",
            hit_limit=True,
        ),
        worn("a pink shirt and grey pants"),
        col("shirt", "pink"),
        shirt_color(
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink"
            " pink pink pink pink pink pink pink pink pink",
            "loop",
            hit_limit=True,
        ),
        describe("shirt", "a pink shirt"),
        Q.sleeve_length("long sleeve"),
        gender="Men",
        title="Louis Philippe Men Pink Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Pink",
    ),
    # 004 Truth: model, navy shirt with thin white vertical stripes, beige formal trousers, brown belt. caption:
    # epoch-3 caption adapter (stopped on its own); answers: VQA adapter.
    case(
        "X1524-004",
        caption(
            "The upper clothing has long sleeves, cotton fabric and stripe patterns. It has a lapel neckline. The lower"
            " clothing is of long length. The fabric is cotton and it has pure color patterns."
        ),
        worn("a blue striped shirt and khaki pants"),
        col("shirt", "navy blue"),
        describe("shirt", "navy blue and white striped shirt with long sleeves and a collar"),
        details("shirt", "stripes"),
        Q.pattern("striped"),
        gender="Men",
        title="Arrow Men Navy Blue Regular Fit Striped Formal Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # 005 Truth: model, light grey solid shirt, black trousers, light grey backdrop. caption: epoch-3 caption adapter;
    # answers: VQA adapter.
    case(
        "X1524-005",
        caption(
            "This gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The pants this gentleman wears is of long length. The pants are with cotton fabric"
            " and solid color",
            "cut",
            hit_limit=True,
        ),
        worn("a grey shirt and grey pants", "contradiction"),
        col("shirt", "grey"),
        describe("shirt", "a grey shirt with a collar and long sleeves"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Park Avenue Men Grey Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Grey",
    ),
    # 006 Truth: flat lay, no person: a folded white-and-blue checked shirt on white, collar and top buttons showing.
    # caption: epoch-3 caption adapter; answers: VQA adapter.
    case(
        "X1524-006",
        caption(
            "The upper clothing has long sleeves, cotton fabric and lattice patterns. The neckline of it is lapel. The"
            " lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an"
            " accessory on",
            "unsupported",
            hit_limit=True,
        ),
        worn("a blue and white checkered shirt"),
        col("shirt", "blue and white"),
        details("shirt", "checkered pattern, collar, buttons"),
        Q.garment_type("shirt"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Allen Solly Men White & Blue Slim Fit Checked Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # 007 Truth: model, lavender solid shirt (spread collar) under an open navy blazer, navy trousers, no tie.
    # caption: epoch-3 caption adapter; answers: VQA adapter.
    case(
        "X1524-007",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The gentleman also wears an outer clothing, with pure color patterns. The outer"
            " clothing is with cotton fabric. The",
            "cut",
            hit_limit=True,
        ),
        worn("a suit and tie", "unsupported"),
        col("shirt", "navy blue", "other_garment_color"),
        shirt_color("purple"),
        describe("shirt", "a light purple dress shirt with a spread collar"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Raymond Men Lavender Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Lavender",
    ),
    # 008 Truth: model, black solid shirt with black buttons, grey trousers, white backdrop. caption: epoch-3 caption
    # adapter (stopped on its own); answers: VQA adapter.
    case(
        "X1524-008",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. This man wears a long trousers. The trousers are with cotton fabric and solid color"
            " patterns."
        ),
        worn("black shirt and grey pants"),
        col("shirt", "black"),
        details("shirt", "black buttons"),
        Q.sleeve_length("long"),
        Q.material("cotton"),
        gender="Men",
        title="Blackberrys Men Black Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Black",
    ),
    # 009 Truth: model, maroon solid shirt with one chest pocket, black trousers, watch on the wrist. caption: epoch-3
    # caption adapter; answers: VQA adapter.
    case(
        "X1524-009",
        caption(
            "The guy is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The guy wears a long trousers. The trousers are with cotton fabric and pure color"
            " patterns. There is an accessory on his wrist. There",
            "cut",
            hit_limit=True,
        ),
        worn("a maroon shirt and black pants"),
        col("shirt", "maroon"),
        describe(
            "shirt",
            "a maroon shirt with a collar and buttons on the front and a pocket on the chest and a button on the sleeve"
            " and a button on the cuff and a",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Hancock Men Maroon Slim Fit Pure Cotton Solid Formal Shirt",
        category="Shirts",
        color="Maroon",
    ),
    # 010 Truth: model, olive green solid shirt, beige trousers, no ring, no watch. caption: epoch-3 caption adapter;
    # answers: VQA adapter.
    case(
        "X1524-010",
        caption(
            "This man wears a long-sleeve shirt with solid color patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. This man wears a long trousers. The trousers are with cotton fabric and solid color"
            " patterns. There is a ring on his",
            "cut",
            hit_limit=True,
        ),
        worn("a green shirt and khaki pants"),
        col("shirt", "green"),
        shirt_color("olive green"),
        details("shirt", "the shirt details are the details of the shirt", "restated"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Invictus Men Olive Green Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Olive",
    ),
    # 011 Truth: back view: white shirt with navy pinstripes (yoke and pleat visible), navy trousers; the front is not
    # seen. caption: epoch-3 caption adapter (stopped on its own); answers: VQA adapter.
    case(
        "X1524-011",
        caption(
            "The upper clothing has long sleeves, cotton fabric and stripe patterns. The lower clothing is of long"
            " length. The fabric is cotton and it has pure color patterns."
        ),
        worn("a white shirt and blue pants"),
        col("shirt", "white"),
        describe("shirt", "a white shirt with blue stripes and a collar and a pocket on the front", "unsupported"),
        Q.pattern("striped"),
        gender="Men",
        title="Louis Philippe Men White & Navy Blue Slim Fit Striped Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # 012 Truth: model, sky blue solid shirt with a navy tie, grey trousers. caption: epoch-3 caption adapter;
    # answers: VQA adapter.
    case(
        "X1524-012",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and pure"
            " color patterns. This gentleman wears a neckwear. There is an",
            "cut",
            hit_limit=True,
        ),
        worn("a blue shirt and tie"),
        col(
            "shirt",
            "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue"
            " blue blue blue blue blue blue blue blue blue",
            "loop",
            hit_limit=True,
        ),
        shirt_color("light blue"),
        details("shirt", "collar, buttons, cuffs"),
        Q.sleeve_length("long sleeve"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Peter England Men Sky Blue Regular Fit Solid Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # 013 Truth: model, beige self-design (fine dobby) shirt, brown trousers. caption: epoch-3 caption adapter;
    # answers: VQA adapter.
    case(
        "X1524-013",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and"
            " its neckline is lapel. The gentleman wears a long pants. The pants are with cotton fabric and pure color"
            " patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        worn("a beige shirt and brown pants"),
        col("shirt", "brown", "other_garment_color"),
        describe("shirt", "a beige shirt with long sleeves"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Arrow Men Beige Slim Fit Self Design Formal Shirt",
        category="Shirts",
        color="Beige",
    ),
    # 014 Truth: model, white solid half-sleeve formal shirt, black trousers. caption: epoch-3 caption adapter;
    # answers: VQA adapter.
    case(
        "X1524-014",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. This man wears a long trousers. The trousers are with cotton fabric and solid color"
            " patterns. There is an accessory on",
            "contradiction",
            hit_limit=True,
        ),
        worn("a white shirt and black pants"),
        col("shirt", "white"),
        Q.sleeve_length("short sleeve"),
        details("shirt", "short sleeves, collar, buttons"),
        gender="Men",
        title="Van Heusen Men White Slim Fit Solid Half Sleeves Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # 015 Truth: model, teal shirt with a small white geometric micro print, navy trousers. caption: epoch-3 caption
    # adapter; answers: VQA adapter.
    case(
        "X1524-015",
        caption(
            "The gentleman wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and pure"
            " color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        worn("a teal shirt and navy pants"),
        col("shirt", "teal"),
        describe("shirt", "a teal shirt with a pattern of small white dots"),
        Q.pattern("printed"),
        details(
            "shirt",
            "Question: What are the shirt details? Answer: the shirt has a collar and buttons Question: What are the"
            " shirt details? Answer: the shirt",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        title="Park Avenue Men Teal Slim Fit Printed Formal Shirt",
        category="Shirts",
        color="Teal",
    ),
    # 016 Truth: model, black-and-white gingham shirt, black trousers, watch on the left wrist. caption: epoch-3
    # caption adapter; answers: VQA adapter.
    case(
        "X1524-016",
        caption(
            "The guy wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its neckline"
            " is lapel. The guy wears a long trousers. The trousers are with cotton fabric and solid color patterns."
            " There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        worn("a black and white checkered shirt and black pants"),
        col("shirt", "black and white"),
        Q.pattern("checked"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Dennis Lingo Men Black & White Slim Fit Checked Formal Shirt",
        category="Shirts",
        color="Black",
    ),
    # 017 Truth: model, pale yellow solid shirt, charcoal trousers (the feed has no color column for this row).
    # caption: epoch-3 caption adapter; answers: VQA adapter.
    case(
        "X1524-017",
        caption(
            "Her shirt has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The pants she"
            " wears is of long length. The pants are with cotton fabric and solid color patterns. There is an accessory"
            " on her",
            "pronoun",
            hit_limit=True,
        ),
        worn("a yellow shirt and grey pants"),
        col("shirt", "white", "contradiction"),
        shirt_color("yellow"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Mark Taylor Men Yellow Slim Fit Solid Formal Shirt",
        category="Shirts",
    ),
    # 018 Truth: model, full length: white shirt tucked into charcoal grey flat-front trousers, black belt. caption:
    # epoch-3 caption adapter; answers: VQA adapter.
    case(
        "X1524-018",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. This man wears a long trousers. The trousers are with cotton fabric and pure color"
            " patterns. There is an accessory in his",
            "cut",
            hit_limit=True,
        ),
        worn("a white shirt and grey pants"),
        col("pants", "white", "other_garment_color"),
        details("pants", "they are pants", "restated"),
        is_a("trousers", "yes", article="a pair of"),
        gender="Men",
        title="Arrow Men Charcoal Grey Tailored Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Charcoal",
    ),
    # 019 Truth: model, light blue shirt tucked into navy trousers with belt loops, side pockets and a pressed
    # crease. caption: epoch-3 caption adapter (stopped on its own); answers: VQA adapter.
    case(
        "X1524-019",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The"
            " lower clothing is of long length. The fabric is cotton and it has pure color patterns."
        ),
        worn("a light blue shirt and dark blue pants"),
        col("pants", "navy blue"),
        describe("pants", "pants", "non_answer"),
        details(
            "pants",
            "belt loops, pockets, a crease down the front, belt loops, pockets, a crease down the front, belt loops,"
            " pockets, a crease",
            "loop",
            hit_limit=True,
        ),
        is_a("trousers", "yes", article="a pair of"),
        gender="Men",
        title="Louis Philippe Men Navy Blue Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Navy Blue",
    ),
    # 020 Truth: model, navy shirt tucked into beige trousers, brown belt, brown shoes. caption: epoch-3 caption
    # adapter; answers: VQA adapter.
    case(
        "X1524-020",
        caption(
            "This gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The"
            " pants this gentleman wears is of long length. The pants are with cotton fabric and pure color patterns."
            " There is an accessory in his waist. This",
            "cut",
            hit_limit=True,
        ),
        worn("navy blue shirt and khaki pants"),
        col(
            "pants",
            "khaki Question: What is the color of the shirt? Answer: navy blue Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        describe("pants", "beige pants with a belt"),
        Q.color("beige"),
        is_a("trousers", "yes", article="a pair of"),
        gender="Men",
        title="Park Avenue Men Beige Regular Fit Solid Formal Trousers",
        category="Trousers",
        color="Beige",
    ),
    # 021 Truth: close crop of the lower half: white shirt tail tucked in, black belt, black trousers, black shoes.
    # caption: epoch-3 caption adapter (stopped on its own); answers: VQA adapter.
    case(
        "X1524-021",
        caption(
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an"
            " accessory in his waist."
        ),
        worn("black pants and black shoes"),
        col("pants", "black"),
        details(
            "pants",
            "black black black black black black black black black black black black black black black black black"
            " black black black black black black black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("", "non_answer", hit_limit=True),
        is_a("trousers", "yes", article="a pair of"),
        gender="Men",
        title="Raymond Men Black Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Black",
    ),
    # 022 Truth: model, white shirt, grey trousers with a faint windowpane check (visible up close). caption: epoch-3
    # caption adapter; answers: VQA adapter.
    case(
        "X1524-022",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. This man wears a long trousers. The trousers are with cotton fabric and pure color"
            " patterns. There is an accessory on his",
            "contradiction",
            hit_limit=True,
        ),
        worn("a white shirt and grey pants"),
        col("pants", "grey"),
        Q.pattern("solid", "contradiction"),
        is_a("trousers", "yes", article="a pair of"),
        gender="Men",
        title="Blackberrys Men Grey Slim Fit Checked Formal Trousers",
        category="Trousers",
        color="Grey",
    ),
    # 023 Truth: side view: white shirt, khaki trousers with a slant side pocket (the feed has no gender for this
    # row). caption: epoch-3 caption adapter; answers: VQA adapter.
    case(
        "X1524-023",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and"
            " its neckline is lapel. The pants are with cotton fabric and pure color patterns. The pants are with"
            " cotton fabric and pure color patterns. The pants are with",
            "loop",
            hit_limit=True,
        ),
        worn("a white shirt and khaki pants"),
        col("pants", "khaki"),
        details("pants", "pockets"),
        Q.garment_type("pants"),
        title="Van Heusen Men Khaki Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Khaki",
    ),
    # 024 Truth: model, cream shirt tucked into brown trousers, brown belt. caption: epoch-3 caption adapter;
    # answers: VQA adapter.
    case(
        "X1524-024",
        caption(
            "The guy wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The guy wears a long trousers. The trousers are with cotton fabric and pure color"
            " patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        worn("a white shirt and brown pants"),
        col("pants", "brown"),
        Q.color("white", "other_garment_color"),
        is_a("trousers", "no", "contradiction", article="a pair of"),
        gender="Men",
        title="Hancock Men Brown Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Brown",
    ),
    # 025 Truth: flat lay, no person: folded navy pleated trousers on white, waistband and pleats showing. caption:
    # epoch-3 caption adapter; answers: VQA adapter.
    case(
        "X1524-025",
        caption(
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The upper"
            " clothing has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. There is an"
            " accessory on his",
            "unsupported",
            hit_limit=True,
        ),
        worn("a pair of navy pants"),
        col("pants", "navy blue"),
        details("pants", "pleated front, belt loops, side pockets"),
        is_a("trousers", "yes", article="a pair of"),
        gender="Men",
        title="Peter England Men Navy Blue Pleated Formal Trousers",
        category="Trousers",
        color="Navy Blue",
    ),
    # 026 Truth: model, black shirt tucked into cream trousers, black belt. caption: epoch-3 caption adapter (stopped
    # on its own); answers: VQA adapter.
    case(
        "X1524-026",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. This man wears a long trousers. The trousers are with cotton fabric and pure color"
            " patterns."
        ),
        worn("a black shirt and white pants"),
        col("pants", "black", "other_garment_color"),
        describe("pants", "white pants with a black belt"),
        is_a("trousers", "yes", article="a pair of"),
        gender="Men",
        title="Allen Solly Men Cream Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Cream",
    ),
    # 027 Truth: model, navy two-button blazer buttoned, white shirt, grey trousers, white pocket square. caption:
    # epoch-3 caption adapter; answers: VQA adapter.
    case(
        "X1524-027",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The gentleman also wears an outer clothing, with pure color patterns. The outer"
            " clothing is with cotton fabric. The gentleman",
            "cut",
            hit_limit=True,
        ),
        worn("a blue suit jacket and white shirt"),
        col("blazer", "navy blue"),
        describe("blazer", "a navy blue blazer with two buttons and a white pocket square"),
        details("blazer", "blazer", "non_answer"),
        Q.garment_type("jacket"),
        is_a("jacket", "yes"),
        gender="Men",
        title="Louis Philippe Men Navy Blue Solid Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Navy Blue",
    ),
    # 028 Truth: model, grey self-design two-button blazer worn open, notch lapels, flap pockets, black shirt, black
    # trousers. caption: epoch-3 caption adapter; answers: VQA adapter.
    case(
        "X1524-028",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is lapel."
            " The lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an"
            " accessory on",
            "cut",
            hit_limit=True,
        ),
        worn("a grey blazer and black pants"),
        col("blazer", "black", "other_garment_color"),
        describe("blazer", "a grey blazer with a black shirt"),
        details(
            "blazer",
            "two buttons, notch lapel, flap pockets, two buttons, notch lapel, flap pockets, two buttons, notch lapel,"
            " flap",
            "loop",
            hit_limit=True,
        ),
        is_a("jacket", "yes"),
        gender="Men",
        title="Blackberrys Men Grey Self-Design Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Grey",
    ),
    # 029 Truth: model, beige-and-brown checked blazer, light blue shirt open at the neck (no tie), brown trousers.
    # caption: epoch-3 caption adapter; answers: VQA adapter.
    case(
        "X1524-029",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The gentleman also wears an outer clothing, with lattice patterns. The outer clothing"
            " is with cotton fabric. There is",
            "cut",
            hit_limit=True,
        ),
        worn("a plaid jacket and blue shirt"),
        col("blazer", "beige"),
        Q.pattern("plaid"),
        describe("blazer", "a tan plaid blazer with a light blue shirt and a brown tie", "unsupported"),
        is_a("jacket", "yes"),
        gender="Men",
        title="Raymond Men Beige & Brown Checked Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Beige",
    ),
    # 030 Truth: model, black two-button blazer, white shirt, black trousers (looks like a suit), one flap pocket on
    # each side and a chest welt pocket. caption: epoch-3 caption adapter (stopped on its own); answers: VQA adapter.
    case(
        "X1524-030",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The gentleman also wears an outer clothing, with pure color patterns."
        ),
        worn("a black suit and white shirt"),
        col("blazer", "black"),
        details(
            "blazer",
            "the blazer has a lapel collar and two buttons on the front and a pocket on the left side of the chest and"
            " two pockets on the",
            "cut",
            hit_limit=True,
        ),
        is_a("suit", "yes", "contradiction"),
        gender="Men",
        title="Invictus Men Black Slim Fit Solid Single-Breasted Formal Blazer",
        category="Blazers",
        color="Black",
    ),
    # 031 Truth: back view: maroon blazer with a centre vent, navy trousers; no buttons in sight. caption: epoch-3
    # caption adapter (stopped on its own); answers: VQA adapter.
    case(
        "X1524-031",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The lower clothing is of long"
            " length. The fabric is cotton and it has pure color patterns."
        ),
        worn("a red jacket and blue pants"),
        col("blazer", "maroon"),
        describe("blazer", "a maroon blazer with gold buttons", "unsupported"),
        is_a("jacket", "yes"),
        gender="Men",
        title="Park Avenue Men Maroon Solid Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Maroon",
    ),
    # 032 Truth: model, off-white bandhgala with a mandarin collar, buttoned to the neck, off-white trousers, beige
    # backdrop. caption: epoch-3 caption adapter; answers: VQA adapter.
    case(
        "X1524-032",
        caption(
            "The guy wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is stand. The guy wears a long trousers. The trousers are with cotton fabric and pure color"
            " patterns. There is an accessory",
            "contradiction",
            hit_limit=True,
        ),
        worn("a white suit"),
        col("blazer", "white"),
        details("blazer", "mandarin collar, buttons down the front"),
        is_a("jacket", "no", "contradiction"),
        gender="Men",
        title="Hangup Men Off-White Solid Slim Fit Bandhgala Blazer",
        category="Blazers",
        color="Off White",
    ),
    # 033 Truth: model cropped at the knee: royal blue blazer, white shirt, grey trousers, white pocket square; no
    # shoes, belt or watch in view. caption: epoch-3 caption adapter; answers: VQA adapter.
    case(
        "X1524-033",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The outer clothing is with cotton fabric. The outer clothing is with cotton fabric."
            " The outer clothing is with",
            "loop",
            hit_limit=True,
        ),
        worn("a blue blazer, white shirt and grey pants"),
        col("blazer", "blue"),
        describe(
            "blazer",
            "a blue blazer with a white shirt and grey pants and a white pocket square and brown shoes and a brown belt"
            " and a watch on",
            "cut",
            hit_limit=True,
        ),
        is_a("jacket", "yes"),
        gender="Men",
        title="Van Heusen Men Blue Self-Design Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Blue",
    ),
    # 034 Truth: model, charcoal two-piece suit, two buttons, notch lapels, white shirt, navy tie. caption: epoch-3
    # caption adapter; answers: VQA adapter.
    case(
        "X1524-034",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The gentleman also wears an outer clothing, with pure color patterns. The outer"
            " clothing is with cotton fabric. The gentleman wears",
            "cut",
            hit_limit=True,
        ),
        worn("a suit and tie"),
        col("suit", "grey"),
        describe("suit", "", "non_answer", hit_limit=True),
        details("suit", "two buttons, notch lapels"),
        Q.garment_type("suit"),
        is_a("suit", "yes"),
        gender="Men",
        title="Raymond Men Charcoal Grey Solid Two-Piece Slim Fit Formal Suit",
        category="Suits",
        color="Charcoal",
    ),
    # 035 Truth: male model with shoulder-length hair, navy suit with a faint check, white shirt, no tie. caption:
    # epoch-3 caption adapter; answers: VQA adapter.
    case(
        "X1524-035",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. This man also wears an outer clothing, with lattice patterns. The outer clothing is"
            " with cotton fabric. This man wears a long",
            "cut",
            hit_limit=True,
        ),
        worn("a woman in a blue suit and white shirt", "pronoun"),
        col("suit", "navy blue"),
        Q.pattern("checked"),
        is_a("suit", "yes"),
        gender="Men",
        title="Louis Philippe Men Navy Blue Checked Slim Fit Single-Breasted Formal Suit",
        category="Suits",
        color="Navy Blue",
    ),
    # 036 Truth: model, black three-piece suit (jacket, waistcoat, trousers), white shirt, black tie. caption:
    # epoch-3 caption adapter (stopped on its own); answers: VQA adapter.
    case(
        "X1524-036",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The gentleman also wears an outer"
            " clothing, with pure color patterns. The outer clothing is with cotton fabric. There is a neckwear on his"
            " neck."
        ),
        worn("a black suit and tie"),
        col("suit", "black"),
        details(
            "suit",
            "vest, jacket, pants, vest, jacket, pants, vest, jacket, pants, vest, jacket, pants, vest, jacket,",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("suit"),
        is_a("suit", "yes"),
        gender="Men",
        title="Blackberrys Men Black Solid Slim Fit Three-Piece Formal Suit",
        category="Suits",
        color="Black",
    ),
    # 037 Truth: model, beige two-piece suit, light blue shirt, no tie, brown shoes. caption: epoch-3 caption adapter;
    # answers: VQA adapter.
    case(
        "X1524-037",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and"
            " its neckline is lapel. The gentleman also wears an outer clothing, with pure color patterns. The outer"
            " clothing is with cotton fabric. There",
            "cut",
            hit_limit=True,
        ),
        worn("a tan suit and blue shirt"),
        col("suit", "blue", "other_garment_color"),
        describe("suit", "a tan suit with a blue shirt and brown shoes"),
        is_a("suit", "yes"),
        gender="Men",
        title="Park Avenue Men Beige Slim Fit Solid Formal Suit",
        category="Suits",
        color="Beige",
    ),
    # 038 Truth: model, mid-blue two-piece suit, white shirt, burgundy tie. caption: epoch-3 caption adapter;
    # answers: VQA adapter.
    case(
        "X1524-038",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The gentleman also wears an outer clothing, with pure color patterns. The outer"
            " clothing is with cotton fabric. There",
            "contradiction",
            hit_limit=True,
        ),
        worn("a blue suit and red tie"),
        col("suit", "blue"),
        Q.material("wool"),
        details(
            "suit",
            "Question: What are the suit details? Answer: the suit is blue Question: What are the suit details? Answer:"
            " the suit",
            "leak",
            hit_limit=True,
        ),
        is_a("suit", "yes"),
        gender="Men",
        title="Arrow Men Blue Solid Wool Blend Slim Fit Formal Suit",
        category="Suits",
        color="Blue",
    ),
    # 039 Truth: ghost mannequin, no person: navy three-piece suit (jacket over waistcoat and white shirt), trousers
    # laid beside it. caption: epoch-3 caption adapter; answers: VQA adapter.
    case(
        "X1524-039",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is lapel."
            " The lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an"
            " accessory on her wrist",
            "unsupported",
            hit_limit=True,
        ),
        worn("a suit"),
        col("suit", "navy blue"),
        details("suit", "three piece suit with a vest"),
        is_a("suit", "yes"),
        gender="Men",
        title="Hangup Men Navy Blue Solid Three-Piece Slim Fit Formal Suit",
        category="Suits",
        color="Navy Blue",
    ),
    # 040 Truth: model, black two-piece suit, white shirt, no tie, holding a brown leather briefcase (prop). caption:
    # epoch-3 caption adapter; answers: VQA adapter.
    case(
        "X1524-040",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The gentleman also wears an outer clothing, with pure color patterns. The outer"
            " clothing is with leather fabric. There",
            "unsupported",
            hit_limit=True,
        ),
        worn("a black suit and holding a briefcase"),
        col("suit", "black"),
        describe("suit", "a black suit with a white shirt"),
        Q.garment_type("suit"),
        is_a("suit", "yes"),
        gender="Men",
        title="Peter England Men Black Solid Slim Fit Single-Breasted Formal Suit",
        category="Suits",
    ),
    # 041 Truth: model cropped at the chest: navy tie with thin silver diagonal stripes, white shirt, open grey
    # blazer. caption: epoch-3 caption adapter (stopped on its own); answers: VQA adapter.
    case(
        "X1524-041",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The gentleman also wears an outer clothing, with pure color patterns. There is a"
            " neckwear on his neck."
        ),
        worn("a shirt, tie and jacket"),
        col("tie", "white", "other_garment_color"),
        Q.pattern("solid", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        is_a("tie", "yes"),
        gender="Men",
        title="Blacksmith Men Navy Blue Striped Broad Tie",
        category="Ties",
        color="Navy Blue",
    ),
    # 042 Truth: flat lay, no person: a maroon skinny tie with a small woven geometric motif, laid diagonally on
    # white. caption: epoch-3 caption adapter; answers: VQA adapter.
    case(
        "X1524-042",
        caption(
            "The lower clothing is of long length. The fabric is chiffon and it has graphic patterns. The lower"
            " clothing is of long length. The fabric is chiffon and it has graphic patterns. The lower clothing is of"
            " long length. The",
            "loop",
            hit_limit=True,
        ),
        worn("a tie"),
        col("tie", "maroon"),
        Q.pattern("geometric"),
        is_a("tie", "yes"),
        gender="Men",
        title="Alvaro Castagnino Men Maroon Woven Design Skinny Tie",
        category="Ties",
        color="Maroon",
    ),
    # 043 Truth: model, black solid tie with a white shirt and a black suit, half-length shot. caption: epoch-3
    # caption adapter; answers: VQA adapter.
    case(
        "X1524-043",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The gentleman also wears an outer clothing, with pure color patterns. The outer"
            " clothing is with cotton fabric. There is",
            "cut",
            hit_limit=True,
        ),
        worn("a black suit, white shirt and black tie"),
        col("tie", "black"),
        Q.garment_type("tie"),
        is_a("tie", "no", "contradiction"),
        gender="Men",
        title="The Tie Hub Men Black Solid Broad Tie",
        category="Ties",
        color="Black",
    ),
    # 044 Truth: close crop, no face: light pink shirt collar, blue tie with thin pink stripes, knot in view. caption:
    # epoch-3 caption adapter (stopped on its own); answers: VQA adapter.
    case(
        "X1524-044",
        caption(
            "Her shirt has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. There is a"
            " neckwear on her neck.",
            "pronoun",
        ),
        worn("a pink shirt and blue tie"),
        col("tie", "blue and pink"),
        Q.pattern("striped"),
        is_a("tie", "yes"),
        gender="Men",
        title="Louis Philippe Men Blue Striped Tie",
        category="Ties",
        color="Blue",
    ),
    # 045 Truth: model, silver satin tie, black shirt, black suit. caption: epoch-3 caption adapter; answers: VQA
    # adapter.
    case(
        "X1524-045",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The gentleman also wears an outer clothing, with pure color patterns. The outer"
            " clothing is with cotton fabric. The gentleman also",
            "cut",
            hit_limit=True,
        ),
        worn("a black suit and a silver tie"),
        col("tie", "silver"),
        Q.material("silk", "unsupported"),
        Q.color("black", "other_garment_color"),
        is_a("tie", "yes"),
        gender="Men",
        title="Tossido Men Silver-Toned Solid Satin Broad Tie",
        category="Ties",
        color="Silver",
    ),
]
