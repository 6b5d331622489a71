"""BLIND_1284 (45 products; Myntra men's formal wear): written blind in the sixty-second session. Measured blind at
c5d464a (the session's eighth rules): 72/81 failures found (88.9%) and 10/175 correct texts flagged (5.7%). The
writer's notes, verbatim:

Scenario: a Myntra men's formal wear feed: formal shirts (20), formal trousers (10), blazers (7), suits (5) and
ties worn or laid flat (3). Catalog columns as Myntra has them: title, category as the article type (Shirts,
Trousers, Blazers, Suits, Ties), color as the base colour (Navy Blue, Charcoal, Coffee Brown...), gender "Men"; one
column is left out now and then (gender on 015 and 042, category on 028, color on 036). Photos: mostly a model on a
plain grey or white backdrop wearing the product with the rest of a formal outfit, a few back views (010, 035), three
flat lays (005, 025, 045), props now and then (a laptop bag, a coffee cup, a stool, a chair).
Who wrote what: every caption is the epoch-3 caption adapter (leoreigoto/Data2_V2_Blip2_Finetune_Caption) with no
prompt, max 50 new tokens; every answer is the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA) on the experiments' own
questions ("What is he wearing?", "What is the color of the X?", "What is the shirt color?", "Describe the X.",
"What are the X details?", "Is this a X?"), greedy, max 30 new tokens. The caption adapter only knows the
DeepFashion-MultiModal template: it never names a hue, calls checks "lattice", often says "lady", calls a blazer a
"shirt" or "jacket", invents denim or accessories, and almost always runs to the 50-token limit. The VQA adapter
answers short In-shop style words ("navy", "khaki", "yes") that are usually right about the product, but it gives
one garment's color to another, says "no" to garments it never saw in training (suit, tie, a blazer from the back),
and now and then runs on: loops, or a new "Question: ... Answer:" pair.
Labeling conventions and judgement calls: one label per text, the most specific one. A caption (or answer) cut
mid-sentence at the limit with otherwise right content is `cut`; when a text that ran to the limit is also wrong in
content (lady, denim, a ring that is not there, a person in a flat lay, "pure color" for stripes) I label the content
failure, and hit_limit is still set. A text that ran to the limit but happens to end on a full stop with right content
is left unmarked with hit_limit=True (009, 028, 041). A loop that hits the limit is `loop`; a run-on with a new
"Question:" in it is `leak` even when it also repeats. Wrong sleeves, pattern or garment kind (long-sleeve for a
short-sleeve shirt, "pure color" for stripes, "no" to "Is this a suit?") is `contradiction`; invented things not in
the photo (denim, a ring, pleats, a chest pocket, linen) are `unsupported`; a color of the shirt given to the pants or
the blazer is `other_garment_color`. Near hues count as right: lavender "purple", maroon "red" or "burgundy",
charcoal "grey", beige "khaki" or "tan", olive "green", silver "white". "What is he wearing?" on a flat lay answered
with the garment's name is left unmarked; "a black suit" for a black blazer worn with black trousers is left
unmarked (that is what the photo shows). A one-word color or garment name for "details" is `non_answer` only when it
is just the question's garment back ("pants", "tie") or empty; "cufflinks", "vest", "pocket square", "striped" are
real details.
"""

from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing


def he(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="he", hit_limit=hit_limit)


def colour(garment, text, failure=None, hit_limit=False):
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


shirt_color = question("shirt_color", "What is the shirt color?", "open")

MEN = "Men"

BLIND_1284 = [
    # White solid shirt tucked into navy trousers, brown belt, watch on the left wrist, grey backdrop, front view.
    # Caption: caption adapter (cut at 50 tokens). Answers: VQA adapter.
    case(
        "X1284-001",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        he("a white shirt and blue pants"),
        colour("shirt", "white"),
        colour("pants", "navy"),
        describe("shirt", "a white shirt with a collar"),
        is_a("shirt", "yes"),
        gender=MEN,
        title="Louis Philippe Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Light blue and white small-check shirt, grey trousers, watch on the wrist, front view.
    # Caption: caption adapter (ran to the limit, ends on a full stop, right). Answers: VQA adapter.
    case(
        "X1284-002",
        caption(
            "The man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory on his wrist.",
            hit_limit=True,
        ),
        colour("shirt", "blue and white"),
        describe("shirt", "blue and white checkered shirt"),
        details(
            "shirt",
            "the collar, the buttons, the cuffs, the collar, the buttons, the cuffs, the collar, the buttons, the "
            "cuffs, the",
            "loop",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        he("shirt and pants"),
        gender=MEN,
        title="Van Heusen Men Blue Slim Fit Checked Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Light pink solid shirt, charcoal trousers, hands in pockets, front view.
    # Caption: caption adapter ("lady", cut). Answers: VQA adapter; the pants get the shirt's pink.
    case(
        "X1284-003",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an",
            "pronoun",
            hit_limit=True,
        ),
        colour("shirt", "pink"),
        colour("pants", "pink", "other_garment_color"),
        he("pink shirt and grey pants"),
        is_a("shirt", "yes"),
        gender=MEN,
        title="Peter England Men Pink Regular Fit Solid Formal Shirt",
        category="Shirts",
        color="Pink",
    ),
    # Navy shirt with thin white pinstripes, beige trousers, black belt, front view.
    # Caption: caption adapter (cut). Answers: VQA adapter, all right.
    case(
        "X1284-004",
        caption(
            "The man wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The man wears a long pants. The pants are with cotton fabric and pure color patterns. This man",
            "cut",
            hit_limit=True,
        ),
        colour("shirt", "navy"),
        colour("pants", "khaki"),
        describe("shirt", "navy blue striped shirt"),
        details("shirt", "striped"),
        is_a("shirt", "yes"),
        gender=MEN,
        title="Arrow Men Navy Blue Slim Fit Striped Formal Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Flat lay: white shirt with thin blue stripes, folded, on white. No person.
    # Caption: caption adapter (invents a gentleman in trousers). Answers: VQA adapter.
    case(
        "X1284-005",
        caption(
            "The gentleman wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There",
            "unsupported",
            hit_limit=True,
        ),
        he("shirt"),
        colour("shirt", "white"),
        describe("shirt", "white and blue striped shirt"),
        is_a("shirt", "yes"),
        gender=MEN,
        title="Park Avenue Men White & Blue Slim Fit Striped Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Lavender solid shirt, black trousers, front view.
    # Caption: caption adapter (loop). Answers: VQA adapter.
    case(
        "X1284-006",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The shirt is "
            "with cotton fabric. The shirt is with cotton fabric. The shirt is with cotton fabric. The shirt is with",
            "loop",
            hit_limit=True,
        ),
        colour("shirt", "purple"),
        colour("pants", "black"),
        he("purple shirt and black pants"),
        details(
            "shirt",
            "the collar and the buttons and the sleeves and the collar and the buttons and the sleeves and the collar "
            "and the buttons",
            "loop",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        gender=MEN,
        title="Allen Solly Men Lavender Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Lavender",
    ),
    # Grey self-design shirt (looks plain at this size), black trousers, watch, front view.
    # Caption: caption adapter (cut). Answers: VQA adapter; the pants get the shirt's grey.
    case(
        "X1284-007",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with cotton "
            "fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns. There is "
            "an accessory on his wrist. The",
            "cut",
            hit_limit=True,
        ),
        colour("shirt", "grey"),
        colour("pants", "grey", "other_garment_color"),
        shirt_color("grey"),
        describe("shirt", "grey"),
        is_a("shirt", "yes"),
        gender=MEN,
        title="Raymond Men Grey Slim Fit Self Design Formal Shirt",
        category="Shirts",
        color="Grey",
    ),
    # Black solid shirt, grey trousers, white backdrop, front view.
    # Caption: caption adapter (cut). Answers: VQA adapter; "What is he wearing?" runs on into new questions.
    case(
        "X1284-008",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The man wears a",
            "cut",
            hit_limit=True,
        ),
        colour("shirt", "black"),
        colour("pants", "grey"),
        he(
            "black shirt Question: What is the color of the shirt? Answer: black Question: What is the color of the "
            "pants? Answer",
            "leak",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        details(
            "shirt",
            "black black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        gender=MEN,
        title="Blackberrys Men Black Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Black",
    ),
    # Sea green solid shirt, navy trousers, front view.
    # Caption: caption adapter (ran to the limit, ends on a full stop, right). Answers: VQA adapter, all right.
    case(
        "X1284-009",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. Its "
            "neckline is lapel. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The man wears a belt.",
            hit_limit=True,
        ),
        colour("shirt", "green"),
        colour("pants", "navy"),
        describe("shirt", "green shirt with a collar"),
        is_a("shirt", "yes"),
        he("green shirt and blue pants"),
        gender=MEN,
        title="Louis Philippe Men Sea Green Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Sea Green",
    ),
    # Back view: white solid shirt (box pleat at the yoke), black trousers, no face.
    # Caption: caption adapter (cut). Answers: VQA adapter; "details" only says what side we see.
    case(
        "X1284-010",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is a",
            "cut",
            hit_limit=True,
        ),
        colour("shirt", "white"),
        details("shirt", "the back of the shirt", "non_answer"),
        he("white shirt and black pants"),
        is_a("shirt", "yes"),
        gender=MEN,
        title="Van Heusen Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Light blue solid short-sleeve formal shirt, navy trousers, front view.
    # Caption: caption adapter (says long-sleeve). Answers: VQA adapter, all right ("blue" for navy pants too).
    case(
        "X1284-011",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an",
            "contradiction",
            hit_limit=True,
        ),
        colour("shirt", "blue"),
        colour("pants", "blue"),
        describe("shirt", "blue short sleeve shirt"),
        is_a("shirt", "yes"),
        gender=MEN,
        title="Peter England Men Blue Regular Fit Solid Short Sleeves Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Maroon solid shirt, beige trousers, front view.
    # Caption: caption adapter (cut). Answers: VQA adapter; the pants get the shirt's burgundy.
    case(
        "X1284-012",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The pants the man wears is of long length. The pants are with cotton fabric and pure "
            "color patterns. This man",
            "cut",
            hit_limit=True,
        ),
        colour("shirt", "burgundy"),
        colour("pants", "burgundy", "other_garment_color"),
        he("a shirt and pants"),
        is_a("shirt", "yes"),
        gender=MEN,
        title="Arrow Men Maroon Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Maroon",
    ),
    # Blue and white checked shirt styled with a navy tie and an open grey blazer, grey trousers, front view.
    # Caption: caption adapter (cut). Answers: VQA adapter; the shirt gets the blazer's grey, and "no" to shirt.
    case(
        "X1284-013",
        caption(
            "The man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The outer clothing is a jacket with cotton fabric and pure color patterns. This man has "
            "neckwear. The",
            "cut",
            hit_limit=True,
        ),
        colour("shirt", "grey", "other_garment_color"),
        he("a jacket, shirt and tie"),
        describe("shirt", "blue and white checkered shirt"),
        is_a("shirt", "no", "contradiction"),
        gender=MEN,
        title="Louis Philippe Men Blue Slim Fit Checked Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Beige solid shirt with one chest pocket, dark brown trousers, front view.
    # Caption: caption adapter ("lady"). Answers: VQA adapter; "details" loops on pockets (there is one).
    case(
        "X1284-014",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. Its "
            "neckline is lapel. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory on",
            "pronoun",
            hit_limit=True,
        ),
        colour("shirt", "beige"),
        colour("pants", "brown"),
        describe("shirt", "beige shirt with a pocket"),
        details(
            "shirt",
            "pocket on the left side, pocket on the right side, pocket on the left side, pocket on the right side, "
            "pocket",
            "loop",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        gender=MEN,
        title="Park Avenue Men Beige Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Beige",
    ),
    # White shirt with a tiny black geometric dot print, grey formal trousers, front view. No gender column.
    # Caption: caption adapter (denim trousers invented). Answers: VQA adapter, all right.
    case(
        "X1284-015",
        caption(
            "The man wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The man wears a long trousers. The trousers are with denim fabric and pure color patterns. "
            "There",
            "unsupported",
            hit_limit=True,
        ),
        colour("shirt", "white"),
        describe("shirt", "white shirt with black dots"),
        he("shirt and pants"),
        is_a("shirt", "yes"),
        title="Invictus Men White & Black Slim Fit Printed Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Mid blue solid shirt (regular collar, no pocket), navy trousers, laptop bag over the shoulder, front view.
    # Caption: caption adapter (cut). Answers: VQA adapter; "she", and a pocket and button-down collar invented.
    case(
        "X1284-016",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is a",
            "cut",
            hit_limit=True,
        ),
        colour("shirt", "blue"),
        he("she is wearing a blue shirt and a bag", "pronoun"),
        colour("pants", "navy"),
        details(
            "shirt",
            "the shirt has buttons down the front and a pocket on the chest and a button down collar",
            "unsupported",
        ),
        is_a("shirt", "yes"),
        gender=MEN,
        title="Allen Solly Men Blue Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Pink and white striped shirt, grey trousers, front view.
    # Caption: caption adapter ("pure color" for stripes). Answers: VQA adapter; "yes" loops.
    case(
        "X1284-017",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an",
            "contradiction",
            hit_limit=True,
        ),
        colour("shirt", "pink"),
        describe("shirt", "pink and white striped shirt"),
        colour("pants", "grey"),
        is_a(
            "shirt",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        gender=MEN,
        title="Van Heusen Men Pink & White Regular Fit Striped Formal Shirt",
        category="Shirts",
        color="Pink",
    ),
    # Olive solid shirt, black trousers, black belt, front view.
    # Caption: caption adapter (cut). Answers: VQA adapter; "Describe" runs on into the next question.
    case(
        "X1284-018",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with cotton "
            "fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns. This man "
            "wears a belt. There",
            "cut",
            hit_limit=True,
        ),
        colour("shirt", "olive"),
        colour("pants", "black"),
        he("he is wearing a green shirt and black pants"),
        describe(
            "shirt",
            "olive green shirt Question: What is the color of the pants? Answer: black Question: What is the",
            "leak",
            hit_limit=True,
        ),
        gender=MEN,
        title="Peter England Men Olive Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Olive",
    ),
    # White solid shirt with French cuffs and silver cufflinks, black trousers, holding a coffee cup, no ring.
    # Caption: caption adapter (a ring invented). Answers: VQA adapter, all right.
    case(
        "X1284-019",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is a ring on his finger",
            "unsupported",
            hit_limit=True,
        ),
        colour("shirt", "white"),
        colour("pants", "black"),
        he("white shirt and black pants"),
        describe("shirt", "white shirt"),
        details("shirt", "cufflinks"),
        is_a("shirt", "yes"),
        gender=MEN,
        title="Raymond Men White Contemporary Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Navy and white gingham shirt, plain grey trousers, model seated on a wooden stool.
    # Caption: caption adapter (gives the plain trousers the shirt's lattice). Answers: VQA adapter.
    case(
        "X1284-020",
        caption(
            "The man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The man wears a long trousers. The trousers are with cotton fabric and lattice patterns. There "
            "is an accessory",
            "contradiction",
            hit_limit=True,
        ),
        colour("shirt", "blue and white"),
        describe("shirt", "blue and white checkered shirt"),
        colour("pants", "grey"),
        details(
            "shirt",
            "the shirt has a collar and buttons down the front and the sleeves have cuffs with buttons and the collar "
            "has a button on",
            "cut",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        gender=MEN,
        title="Arrow Men Blue Slim Fit Checked Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Grey flat-front slim trousers worn with a white shirt tucked in, black shoes, full-length front view.
    # Caption: caption adapter (cut). Answers: VQA adapter; the pants get the shirt's white, pleats invented.
    case(
        "X1284-021",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The man wears",
            "cut",
            hit_limit=True,
        ),
        he("white shirt and grey pants"),
        colour("pants", "white", "other_garment_color"),
        describe("pants", "grey pants"),
        is_a("pants", "yes", article="a pair of"),
        details("pants", "pleated", "unsupported"),
        gender=MEN,
        title="Arrow Men Grey Tailored Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Grey",
    ),
    # Navy trousers, light blue shirt tucked in, black belt, watch visible, cropped chest to shoes.
    # Caption: caption adapter (lower garment first, cut). Answers: VQA adapter, all right.
    case(
        "X1284-022",
        caption(
            "The pants the man wears is of long length. The pants are with cotton fabric and pure color patterns. The "
            "man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. There is an "
            "accessory on his",
            "cut",
            hit_limit=True,
        ),
        colour("pants", "navy"),
        colour("shirt", "blue"),
        he("blue shirt and blue pants"),
        is_a("pants", "yes", article="a pair of"),
        describe("pants", "navy blue pants with a belt"),
        gender=MEN,
        title="Louis Philippe Men Navy Blue Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Navy Blue",
    ),
    # Beige trousers with belt loops and side pockets, white shirt tucked in, front view.
    # Caption: caption adapter (cut). Answers: VQA adapter; "Describe" runs on into the next question.
    case(
        "X1284-023",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The trousers the man wears is of long length. The trousers are with cotton fabric and "
            "pure color patterns. The man",
            "cut",
            hit_limit=True,
        ),
        colour("pants", "khaki"),
        colour("shirt", "white"),
        describe(
            "pants",
            "khaki pants Question: Describe the shirt. Answer: white shirt Question: What is the color",
            "leak",
            hit_limit=True,
        ),
        details("pants", "the pants have a belt loop and a pocket on the side"),
        is_a("pants", "yes", article="a pair of"),
        gender=MEN,
        title="Park Avenue Men Beige Regular Fit Solid Formal Trousers",
        category="Trousers",
        color="Beige",
    ),
    # Charcoal self-design trousers, pink shirt tucked in, front view.
    # Caption: caption adapter ("lady"). Answers: VQA adapter; "details" loops.
    case(
        "X1284-024",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an",
            "pronoun",
            hit_limit=True,
        ),
        colour("pants", "grey"),
        colour("shirt", "pink"),
        he("pink shirt and grey pants"),
        details(
            "pants",
            "the pants, the pants, the pants, the pants, the pants, the pants, the pants, the pants, the pants, the",
            "loop",
            hit_limit=True,
        ),
        is_a("pants", "yes", article="a pair of"),
        gender=MEN,
        title="Blackberrys Men Charcoal Grey Slim Fit Self-Design Formal Trousers",
        category="Trousers",
        color="Charcoal",
    ),
    # Flat lay: black trousers folded on white. No person.
    # Caption: caption adapter (invents a man and loops). Answers: VQA adapter, all right.
    case(
        "X1284-025",
        caption(
            "The man wears a long trousers. The trousers are with cotton fabric and pure color patterns. The man wears "
            "a long trousers. The trousers are with cotton fabric and pure color patterns. The man wears a long "
            "trousers. The",
            "loop",
            hit_limit=True,
        ),
        colour("pants", "black"),
        he("pants"),
        describe("pants", "black pants"),
        is_a("pants", "yes", article="a pair of"),
        gender=MEN,
        title="Van Heusen Men Black Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Black",
    ),
    # Khaki formal trousers, navy shirt tucked in, front view.
    # Caption: caption adapter (denim invented). Answers: VQA adapter; "details" is the garment's name back.
    case(
        "X1284-026",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The man wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is an accessory on",
            "unsupported",
            hit_limit=True,
        ),
        colour("pants", "khaki"),
        colour("shirt", "navy"),
        he("navy shirt and khaki pants"),
        details("pants", "pants", "non_answer"),
        is_a("pants", "yes", article="a pair of"),
        gender=MEN,
        title="Peter England Men Khaki Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Khaki",
    ),
    # Navy trousers with a faint check, white shirt tucked in, watch, front view.
    # Caption: caption adapter (right lattice, cut). Answers: VQA adapter; empty "details", "no" to pants.
    case(
        "X1284-027",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The man wears a long trousers. The trousers are with cotton fabric and lattice patterns. "
            "There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        colour("pants", "navy"),
        colour("shirt", "white"),
        describe("pants", "navy blue plaid pants"),
        details("pants", "", "non_answer"),
        is_a("pants", "no", "contradiction", article="a pair of"),
        he("white shirt and blue pants"),
        gender=MEN,
        title="Arrow Men Navy Blue Checked Slim Fit Formal Trousers",
        category="Trousers",
        color="Navy Blue",
    ),
    # Olive trousers, white shirt tucked in, tan belt, front view. No category column.
    # Caption: caption adapter (ran to the limit, ends on a full stop, right). Answers: VQA adapter, all right.
    case(
        "X1284-028",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. This man wears a belt.",
            hit_limit=True,
        ),
        colour("pants", "green"),
        colour("shirt", "white"),
        he("white shirt and green pants"),
        is_a("pants", "yes", article="a pair of"),
        gender=MEN,
        title="Hancock Men Olive Slim Fit Solid Formal Trousers",
        color="Olive",
    ),
    # Mid blue trousers with a pressed crease, white and blue striped shirt tucked in, front view.
    # Caption: caption adapter (cut). Answers: VQA adapter; "Describe" loops over both garments.
    case(
        "X1284-029",
        caption(
            "The man wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color patterns. "
            "There is an accessory",
            "cut",
            hit_limit=True,
        ),
        colour("pants", "blue"),
        colour("shirt", "white and blue"),
        describe(
            "pants",
            "the pants are blue and the shirt is white and blue striped and the pants are blue and the shirt is white "
            "and blue",
            "loop",
            hit_limit=True,
        ),
        details("pants", "the pants have a crease"),
        is_a("pants", "yes", article="a pair of"),
        gender=MEN,
        title="Mark Taylor Men Blue Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Blue",
    ),
    # Coffee brown trousers, white shirt tucked in, brown belt, front view.
    # Caption: caption adapter (cut). Answers: VQA adapter; the shirt gets the trousers' brown.
    case(
        "X1284-030",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        colour("pants", "brown"),
        colour("shirt", "brown", "other_garment_color"),
        he("shirt and pants"),
        is_a("pants", "yes", article="a pair of"),
        gender=MEN,
        title="Turtle Men Coffee Brown Slim Fit Formal Trousers",
        category="Trousers",
        color="Coffee Brown",
    ),
    # Charcoal two-button blazer over a white shirt, black trousers, front view.
    # Caption: caption adapter (cut). Answers: VQA adapter; "details" loops.
    case(
        "X1284-031",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an outer",
            "cut",
            hit_limit=True,
        ),
        colour("blazer", "grey"),
        he("a jacket and a shirt"),
        describe("blazer", "grey blazer with two buttons"),
        is_a("jacket", "yes"),
        details(
            "blazer",
            "the lapel, the buttons, the pockets, the lapel, the buttons, the pockets, the lapel, the buttons, the "
            "pockets,",
            "loop",
            hit_limit=True,
        ),
        gender=MEN,
        title="Raymond Men Charcoal Grey Solid Single-Breasted Slim Fit Formal Blazer",
        category="Blazers",
        color="Charcoal",
    ),
    # Navy self-design blazer over a light blue shirt, grey trousers, front view.
    # Caption: caption adapter (cut). Answers: VQA adapter; the pants get the blazer's blue; "yes" runs on.
    case(
        "X1284-032",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "lapel neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        colour("blazer", "blue"),
        colour("shirt", "blue"),
        colour("pants", "blue", "other_garment_color"),
        he("blue blazer, blue shirt and grey pants"),
        is_a(
            "blazer",
            "yes Question: Is this a blazer? Answer: yes Question: Is this a blazer? Answer: yes Question",
            "leak",
            hit_limit=True,
        ),
        gender=MEN,
        title="Blackberrys Men Navy Blue Self-Design Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Navy Blue",
    ),
    # Beige checked blazer over a white shirt, white pocket square, brown trousers, front view.
    # Caption: caption adapter (cut). Answers: VQA adapter; the blazer gets the shirt's white.
    case(
        "X1284-033",
        caption(
            "The man wears a long-sleeve jacket with lattice patterns. The jacket is with cotton fabric. It has a "
            "lapel neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        colour("blazer", "white", "other_garment_color"),
        describe("blazer", "beige plaid blazer with a pocket square"),
        details("blazer", "pocket square"),
        is_a("blazer", "yes"),
        he("he is wearing a blazer and a white shirt"),
        gender=MEN,
        title="Louis Philippe Men Beige Checked Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Beige",
    ),
    # Black blazer over a white shirt, black trousers (reads as a suit in the photo), front view.
    # Caption: caption adapter ("lady"). Answers: VQA adapter; "details" restates the question.
    case(
        "X1284-034",
        caption(
            "This lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and it "
            "has a lapel neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is",
            "pronoun",
            hit_limit=True,
        ),
        colour("blazer", "black"),
        he("black suit and white shirt"),
        describe("blazer", "black blazer"),
        is_a("blazer", "yes"),
        details("blazer", "The blazer details are the blazer's details.", "restated"),
        gender=MEN,
        title="Park Avenue Men Black Solid Single-Breasted Formal Blazer",
        category="Blazers",
        color="Black",
    ),
    # Back view: blue checked blazer with a double vent, navy trousers, no face.
    # Caption: caption adapter (cut). Answers: VQA adapter; "no" to blazer from the back.
    case(
        "X1284-035",
        caption(
            "The man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color patterns. "
            "There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        colour("blazer", "blue"),
        is_a("blazer", "no", "contradiction"),
        describe("blazer", "blue checkered jacket"),
        he("jacket and pants"),
        gender=MEN,
        title="Van Heusen Men Blue Checked Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Blue",
    ),
    # Grey two-button blazer over a white shirt, navy trousers, leaning on a chair. No color column.
    # Caption: caption adapter (loop). Answers: VQA adapter; "details" loops over the blazer's parts.
    case(
        "X1284-036",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. The jacket "
            "is with cotton fabric. The jacket is with cotton fabric. The jacket is with cotton fabric. The jacket",
            "loop",
            hit_limit=True,
        ),
        colour("blazer", "grey"),
        colour("pants", "navy"),
        details(
            "blazer",
            "it has two buttons and a notch lapel and two flap pockets and a breast pocket and two buttons and a "
            "notch lapel and",
            "loop",
            hit_limit=True,
        ),
        is_a("blazer", "yes"),
        he("grey blazer"),
        gender=MEN,
        title="MANGO MAN Grey Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
    ),
    # Maroon velvet blazer over a black shirt, black trousers, front view.
    # Caption: caption adapter (leather invented for velvet). Answers: VQA adapter, all right.
    case(
        "X1284-037",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. It has a "
            "lapel neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an",
            "unsupported",
            hit_limit=True,
        ),
        colour("blazer", "maroon"),
        colour("shirt", "black"),
        he("a red jacket and black pants"),
        is_a("blazer", "yes"),
        gender=MEN,
        title="Hangup Men Maroon Solid Slim-Fit Single-Breasted Party Blazer",
        category="Blazers",
        color="Maroon",
    ),
    # Navy two-piece suit, white shirt, no tie, front view.
    # Caption: caption adapter (cut). Answers: VQA adapter; "no" to suit.
    case(
        "X1284-038",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "lapel neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        he("suit"),
        colour("suit", "navy"),
        is_a("suit", "no", "contradiction"),
        describe("suit", "navy blue suit with white shirt"),
        details("suit", "the jacket has two buttons"),
        gender=MEN,
        title="Raymond Men Navy Blue Solid Slim Fit Two-Piece Formal Suit",
        category="Suits",
        color="Navy Blue",
    ),
    # Black three-piece suit (jacket, waistcoat, trousers), white shirt, black tie, front view.
    # Caption: caption adapter (cut). Answers: VQA adapter; "Describe" loops.
    case(
        "X1284-039",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. This man has",
            "cut",
            hit_limit=True,
        ),
        he("a suit and tie"),
        colour("suit", "black"),
        colour("shirt", "white"),
        is_a("suit", "yes"),
        details("suit", "vest"),
        describe(
            "suit",
            "black suit with a vest and a tie and a white shirt and a black tie and a white shirt and a black tie and "
            "a",
            "loop",
            hit_limit=True,
        ),
        gender=MEN,
        title="Blackberrys Men Black Solid Slim-Fit Single-Breasted Three-Piece Formal Suit",
        category="Suits",
        color="Black",
    ),
    # Grey checked two-piece suit, light blue shirt, navy tie, front view.
    # Caption: caption adapter (cut). Answers: VQA adapter; the suit gets the shirt and tie's blue; restated details.
    case(
        "X1284-040",
        caption(
            "The man wears a long-sleeve jacket with lattice patterns. The jacket is with cotton fabric. It has a "
            "lapel neckline. The man wears a long trousers. The trousers are with cotton fabric and lattice patterns. "
            "There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        colour("suit", "blue", "other_garment_color"),
        he("grey suit, blue shirt and blue tie"),
        is_a("suit", "yes"),
        describe("suit", "grey plaid suit"),
        details("suit", "the suit details are the details of the suit", "restated"),
        gender=MEN,
        title="Louis Philippe Men Grey Checked Slim Fit Two-Piece Formal Suit",
        category="Suits",
        color="Grey",
    ),
    # Beige self-design two-piece suit (poly-viscose), white shirt, no tie, brown shoes, watch, front view.
    # Caption: caption adapter (ran to the limit, ends on a full stop, right). Answers: VQA adapter; linen invented.
    case(
        "X1284-041",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is an accessory on his wrist.",
            hit_limit=True,
        ),
        he("tan suit"),
        colour("suit", "tan"),
        is_a("suit", "yes"),
        details("suit", "it is made of linen", "unsupported"),
        describe("suit", "khaki suit with white shirt"),
        gender=MEN,
        title="Park Avenue Men Beige Self-Design Regular Fit Two-Piece Formal Suit",
        category="Suits",
        color="Beige",
    ),
    # Charcoal two-piece suit, white shirt, maroon tie, front view. No gender column.
    # Caption: caption adapter (cut). Answers: VQA adapter, all right.
    case(
        "X1284-042",
        caption(
            "This man wears a long-sleeve jacket with pure color patterns and a long trousers. The jacket is with "
            "cotton fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns. "
            "This man has neckwear. This man",
            "cut",
            hit_limit=True,
        ),
        he("suit and tie"),
        colour("suit", "grey"),
        colour("tie", "red"),
        is_a("suit", "yes"),
        title="Van Heusen Men Charcoal Grey Solid Slim Fit Formal Suit",
        category="Suits",
        color="Charcoal",
    ),
    # Navy and white striped tie worn on a white shirt, cropped at the chest.
    # Caption: caption adapter (loop). Answers: VQA adapter; the tie gets the shirt's white, "no" to tie.
    case(
        "X1284-043",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. This man has neckwear. The man wears a long-sleeve shirt with pure color patterns. The "
            "shirt is with cotton",
            "loop",
            hit_limit=True,
        ),
        he("shirt and tie"),
        colour("tie", "white", "other_garment_color"),
        is_a("tie", "no", "contradiction"),
        describe("tie", "blue striped tie"),
        gender=MEN,
        title="Peter England Men Navy Blue Striped Broad Tie",
        category="Ties",
        color="Navy Blue",
    ),
    # Maroon tie woven with tiny white dots, worn on a blue shirt under a grey blazer, cropped at the chest.
    # Caption: caption adapter (cut). Answers: VQA adapter; "details" is the garment's name back.
    case(
        "X1284-044",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The outer clothing is a jacket with cotton fabric and pure color patterns. This man has "
            "neckwear. There",
            "cut",
            hit_limit=True,
        ),
        colour("tie", "red"),
        he("a blue shirt and a red tie and a grey jacket"),
        is_a("tie", "yes"),
        details("tie", "tie", "non_answer"),
        describe("tie", "red tie with white dots"),
        gender=MEN,
        title="Louis Philippe Men Maroon Woven Design Broad Tie",
        category="Ties",
        color="Maroon",
    ),
    # Flat lay: black and silver striped skinny tie, rolled, with a matching pocket square, on white. No person.
    # Caption: caption adapter (invents a man in a striped shirt). Answers: VQA adapter, all right.
    case(
        "X1284-045",
        caption(
            "The man wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color patterns. "
            "There is an",
            "unsupported",
            hit_limit=True,
        ),
        colour("tie", "black and silver"),
        he("tie"),
        is_a("tie", "yes"),
        describe("tie", "black and white striped tie"),
        gender=MEN,
        title="The Tie Hub Men Black & Silver Striped Skinny Tie",
        category="Ties",
        color="Black",
    ),
]
