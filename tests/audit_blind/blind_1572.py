"""BLIND_1572 (45 products; Myntra men's formal wear, epoch-3 caption adapter + VQA adapter): written blind in the
sixty-sixth session. Measured blind at d0844da (the session's third rules): 75/92 failures found (81.5%) and 4/199
correct texts flagged (2.0%). The writer's notes, verbatim:

Scenario: a Myntra men's formal wear feed (formal shirts, trousers, blazers, suits, waistcoats and ties worn). Columns
as the feed has them: title, category (Myntra's article type: Shirts, Trousers, Blazers, Suits, Ties, Waistcoat),
color (the base colour) and gender; a few rows lack one of them. Photos are the usual catalog shots: a male model on
a plain light backdrop wearing the product with other clothes (white or blue shirts under blazers, navy or grey
trousers under shirts), a few back views, two flat lays, a close crop, and props (briefcase, stool, phone, a blazer
held over the shoulder).
Who wrote what: every caption is the epoch-3 caption adapter (leoreigoto/Data2_V2_Blip2_Finetune_Caption on
blip2-opt-2.7b, greedy, 50 new tokens). Every answer is the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA, prompt
"Question: ... Answer:", greedy, 30 new tokens). The captions are the DeepFashion-MultiModal template (patterns,
never hues; "The gentleman wears ..."), and since no end token was trained most of them run to the 50-token limit
and stop mid-sentence, or start repeating a sentence; a few stop on their own. The VQA adapter mostly stops after a
short answer (the base model's newline survived one epoch of q/k LoRA) but sometimes loops, runs into the next
"Question: ... Answer:" turn, or gives the shirt or trouser color for the product. Questions are the experiments'
(What is he / the person wearing? What is the color of the X? What is the shirt color? Describe the X. What are the
X details? Is this a X?) with the product's garment put in, plus now and then the pattern, sleeve-length or
material question.
Labeling conventions and judgement calls: one label per wrong text. A caption that ran to the limit and stops
mid-sentence is "cut" unless it also says something false, then the false claim's kind wins (unsupported,
contradiction, pronoun); a caption that ran to the limit but happens to end on a full stop and is true is left
correct with hit_limit. The template's "cotton fabric" is left correct unless the title names another fabric
(linen): then it is a contradiction; denim or leather for formal trousers is unsupported. A template caption
that invents a wearer or garments in a flat lay, or trousers in a chest crop, is unsupported; "The lady" or "her"
for the men's feed is pronoun. A color answer that gives the product another visible garment's color is
other_garment_color; a color answer that gives a non-product garment (the shirt under a blazer, the trousers under
a shirt) the product's or another item's color is contradiction, and so is a prop's color for the product. Near
shades are accepted (beige/khaki, cream/white, lavender/purple, peach/coral, maroon/burgundy/wine, charcoal/grey,
light grey trousers called white). A color alone is accepted for "Describe the X." but is a non_answer for "What
are the X details?"; "they are long" and an empty answer are non_answer; "the X is a X" is restated. An answer naming
only the blazer for a shirt styled under one is left correct (it is what the photo shows). Details a back view or
a crop cannot show (pocket square, chest pocket, trousers' color) and garments that are not there (a tie) are
unsupported. "Self design" trousers answered "solid" are left correct.
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

shirt_color = question("shirt_color", "What is the shirt color?", "open")
pattern = BLIND_QUESTIONS.pattern
sleeve_length = BLIND_QUESTIONS.sleeve_length
material = BLIND_QUESTIONS.material


def col(garment, text, failure=None, hit_limit=False):
    """The experiments' color question, answered by free generation with the VQA adapter."""
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


BLIND_1572 = [
    # Photo: front, grey backdrop; white solid shirt tucked into navy trousers, brown belt, steel watch on left wrist.
    # Caption: epoch-3 caption adapter (ran to 50 tokens); answers: VQA adapter.
    case(
        "X1572-001",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The trousers the gentleman wears is of long length. The trousers are with cotton "
            "fabric and pure color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a shirt and pants", who="he"),
        col("shirt", "white"),
        col("pants", "navy"),
        describe("shirt", "a white shirt with a collar and buttons"),
        details(
            "shirt",
            "the shirt has a collar and buttons on the front and a pocket on the chest and a pocket on the chest "
            "and a pocket on the chest and a",
            "loop",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        title="Van Heusen Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # Photo: front; blue-and-white small checks shirt, grey trousers, hands in pockets.
    # Caption: epoch-3 caption adapter (ran to 50 tokens); answers: VQA adapter.
    case(
        "X1572-002",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The pants the gentleman wears is of long length. The pants are with cotton fabric "
            "and pure color patterns. This gentleman",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue shirt and grey pants", who="he"),
        shirt_color("blue"),
        col("shirt", "blue-white"),
        pattern("plaid"),
        details("shirt", "checkered"),
        is_a("shirt", "yes"),
        title="Louis Philippe Men Blue Regular Fit Checked Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # Photo: full length; navy formal trousers, white shirt tucked in, black belt, black oxfords.
    # Caption: epoch-3 caption adapter (stopped by itself); answers: VQA adapter.
    case(
        "X1572-003",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns.",
            "unsupported",
        ),
        wearing("a white shirt and navy pants", who="he"),
        col("pants", "white", "other_garment_color"),
        details("pants", "the pants are long", "non_answer"),
        describe(
            "pants",
            "navy blue pants with a belt loop and a zipper fly and a button closure and a belt loop and a zipper "
            "fly and a button closure and a",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of trousers", "yes"),
        title="Arrow Men Navy Blue Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # Photo: front; charcoal single-breasted blazer, buttoned, over a white shirt, black trousers.
    # Caption: epoch-3 caption adapter (ran to 50 tokens); answers: VQA adapter.
    case(
        "X1572-004",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure "
            "color patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        wearing("a jacket and a white shirt", who="he"),
        col("blazer", "charcoal"),
        col("shirt", "charcoal", "contradiction"),
        describe("blazer", "a grey blazer with a notch lapel and two buttons"),
        sleeve_length("long sleeve"),
        is_a("blazer", "yes"),
        title="Peter England Men Charcoal Grey Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Charcoal",
        gender="Men",
    ),
    # Photo: front; black two-piece suit, white shirt, thin black tie (styling), black shoes.
    # Caption: epoch-3 caption adapter (ran to 50 tokens, says "lady"); answers: VQA adapter.
    case(
        "X1572-005",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has "
            "a lapel neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is a neckwear",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a black suit and a white shirt and a black tie", who="he"),
        col("suit", "black"),
        col("shirt", "white"),
        col("pants", "black"),
        details(
            "suit",
            "black suit with a white shirt\nQuestion: What is the color of the tie? Answer: black",
            "leak",
            hit_limit=True,
        ),
        is_a("suit", "yes"),
        title="Raymond Men Black Solid Slim Fit Two-Piece Formal Suit",
        category="Suits",
        color="Black",
        gender="Men",
    ),
    # Photo: pale pink solid shirt, beige trousers, model half-sitting on a white stool (prop).
    # Caption: epoch-3 caption adapter (stopped by itself); answers: VQA adapter.
    case(
        "X1572-006",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline."
        ),
        wearing("a pink shirt and khaki pants", who="he"),
        col("shirt", "pink"),
        col("pants", "pink", "contradiction"),
        details("shirt", "the shirt has a collar and a button-down front"),
        is_a("shirt", "yes"),
        title="Park Avenue Men Pink Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # Photo: back view; grey self-design trousers (fine texture), light blue shirt tucked in, black belt, plain hem.
    # Caption: epoch-3 caption adapter (ran to 50 tokens); answers: VQA adapter.
    case(
        "X1572-007",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The "
            "gentleman wears a long trousers. The trousers are with cotton fabric and pure color patterns. There is "
            "an accessory on his waist. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue shirt and grey pants", who="he"),
        col("pants", "grey"),
        details("pants", "the pants have two front pockets and a cuffed hem", "unsupported"),
        pattern("solid"),
        is_a("pair of trousers", "yes"),
        title="Blackberrys Men Grey Slim Fit Self Design Formal Trousers",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # Photo: front; blue-and-white vertical striped shirt (mid blue), navy trousers, watch on left wrist.
    # Caption: epoch-3 caption adapter (ran to 50 tokens, ends on a full stop); answers: VQA adapter.
    case(
        "X1572-008",
        caption(
            "The gentleman wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is an accessory on his wrist.",
            hit_limit=True,
        ),
        wearing("a striped shirt", who="he"),
        col("shirt", "navy", "other_garment_color"),
        shirt_color("blue and white"),
        details(
            "shirt",
            "the shirt has stripes on the front and the back and the sleeves and the collar and the cuffs and the "
            "front and the back and the sleeves and",
            "loop",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        title="Allen Solly Men Blue & White Striped Regular Fit Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # Photo: waist up; maroon woven-design tie on a white shirt, open navy blazer.
    # Caption: epoch-3 caption adapter (repeats a sentence to 50 tokens); answers: VQA adapter.
    case(
        "X1572-009",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. This gentleman has neckwear. There is an accessory on his neck. There is an "
            "accessory on his neck. There is an accessory",
            "loop",
            hit_limit=True,
        ),
        wearing("a suit and tie", who="he"),
        col("tie", "burgundy"),
        col("shirt", "white"),
        describe("tie", "a red tie with a pattern"),
        is_a("tie", "no", "contradiction"),
        title="Tossido Men Maroon Woven Design Broad Tie",
        category="Ties",
        color="Maroon",
        gender="Men",
    ),
    # Photo: front; black solid trousers, light grey shirt tucked in, black shoes. Feed row has no gender.
    # Caption: epoch-3 caption adapter (ran to 50 tokens); answers: VQA adapter.
    case(
        "X1572-010",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The trousers the gentleman wears is of long length. The trousers are with cotton "
            "fabric and pure color patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        wearing("grey shirt and black pants", who="he"),
        col("pants", "black"),
        col("shirt", "black", "contradiction"),
        describe("pants", "black pants"),
        is_a("pair of trousers", "yes"),
        title="Van Heusen Men Black Solid Slim Fit Formal Trousers",
        category="Trousers",
        color="Black",
    ),
    # Photo: navy blazer with faint grey windowpane checks, light blue shirt, grey trousers; tan leather briefcase
    # in the right hand. Caption: epoch-3 caption adapter (50 tokens, ends on a full stop); answers: VQA adapter.
    case(
        "X1572-011",
        caption(
            "The gentleman wears a long-sleeve jacket with lattice patterns. The jacket is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure "
            "color patterns. There is an accessory in his hand.",
            hit_limit=True,
        ),
        wearing("a blazer and pants", who="he"),
        col("blazer", "brown", "contradiction"),
        pattern("plaid"),
        details(
            "blazer",
            "the blazer has a notch lapel and two buttons and a pocket on the chest and two pockets on the front "
            "and a pocket on the chest and two pockets on",
            "loop",
            hit_limit=True,
        ),
        is_a("blazer", "yes"),
        title="Arrow Men Navy Blue Checked Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Navy Blue",
        gender="Men",
    ),
    # Photo: flat lay; white shirt folded in its packaging fold, collar up, on a white surface; no person.
    # Caption: epoch-3 caption adapter (stopped by itself); answers: VQA adapter.
    case(
        "X1572-012",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline.",
            "pronoun",
        ),
        wearing("a white shirt", who="he"),
        col("shirt", "white"),
        col("pants", "white", "unsupported"),
        describe("shirt", "a white shirt with a collar"),
        details("shirt", "white", "non_answer"),
        is_a("shirt", "yes"),
        title="Peter England Men White Regular Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # Photo: front; lavender solid shirt, charcoal trousers, watch on left wrist.
    # Caption: epoch-3 caption adapter (ran to 50 tokens); answers: VQA adapter.
    case(
        "X1572-013",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is an accessory on his wrist. There",
            "cut",
            hit_limit=True,
        ),
        wearing("he is wearing a purple shirt and grey pants", who="he"),
        col("shirt", "purple"),
        shirt_color("grey", "other_garment_color"),
        col("pants", "grey"),
        details("shirt", "the shirt details are the shirt details", "restated"),
        is_a("shirt", "yes"),
        title="Louis Philippe Men Lavender Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Lavender",
        gender="Men",
    ),
    # Photo: front; beige solid trousers, navy shirt tucked in, brown loafers.
    # Caption: epoch-3 caption adapter (stopped by itself); answers: VQA adapter.
    case(
        "X1572-014",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The pants the gentleman wears is of long length. The pants are with cotton fabric "
            "and pure color patterns."
        ),
        wearing("navy shirt and khaki pants", who="he"),
        col("pants", "khaki"),
        col("shirt", "navy\nQuestion: What is the color of the pants? Answer: khaki", "leak"),
        details("pants", "the pants have a belt loop and a pocket"),
        describe("pants", "beige pants"),
        is_a("pair of trousers", "no", "contradiction"),
        title="Raymond Men Beige Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # Photo: front; olive linen shirt (visible slub texture), beige trousers.
    # Caption: epoch-3 caption adapter (ran to 50 tokens, says cotton); answers: VQA adapter.
    case(
        "X1572-015",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is an accessory on his",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a green shirt and khaki pants", who="he"),
        col("shirt", "olive"),
        material("cotton", "contradiction"),
        sleeve_length("long sleeve"),
        is_a("shirt", "yes"),
        title="Blackberrys Men Olive Green Linen Slim Fit Formal Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # Photo: front; navy three-piece suit, jacket open over the waistcoat, light pink shirt, no tie.
    # Caption: epoch-3 caption adapter (ran to 50 tokens); answers: VQA adapter.
    case(
        "X1572-016",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure "
            "color patterns. The gentleman wears a vest",
            "cut",
            hit_limit=True,
        ),
        wearing("a suit and a vest", who="he"),
        col("suit", "navy"),
        col("shirt", "pink"),
        describe("suit", "a navy suit with a vest and a pink shirt and a pink tie", "unsupported"),
        details("suit", " ".join(["navy"] * 30), "loop", hit_limit=True),
        is_a("suit", "yes"),
        title="Park Avenue Men Navy Blue Self-Design Slim Fit Three-Piece Formal Suit",
        category="Suits",
        color="Navy Blue",
        gender="Men",
    ),
    # Photo: close crop, chin to mid-chest; light blue solid shirt, top button open; no trousers in frame.
    # Caption: epoch-3 caption adapter (ran to 50 tokens, invents trousers); answers: VQA adapter.
    case(
        "X1572-017",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is an accessory on",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a blue shirt", who="he"),
        col("shirt", "light blue"),
        col("pants", "black", "unsupported"),
        details("shirt", "the shirt has a collar and buttons"),
        sleeve_length("long sleeve"),
        is_a("shirt", "yes"),
        title="Van Heusen Men Blue Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # Photo: back view; black blazer with double vents, grey trousers; nothing in the breast pocket (not visible).
    # Caption: epoch-3 caption adapter (stopped by itself); answers: VQA adapter.
    case(
        "X1572-018",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure "
            "color patterns."
        ),
        wearing("a black jacket and grey pants", who="he"),
        col("blazer", "black"),
        col("pants", "black", "contradiction"),
        describe("blazer", "a black blazer with two buttons and a pocket square", "unsupported"),
        is_a("blazer", "yes"),
        title="Louis Philippe Men Black Slim Fit Solid Single-Breasted Formal Blazer",
        category="Blazers",
        color="Black",
        gender="Men",
    ),
    # Photo: front; white shirt with a tiny navy geometric micro print, navy trousers, watch on left wrist.
    # Caption: epoch-3 caption adapter (ran to 50 tokens); answers: VQA adapter.
    case(
        "X1572-019",
        caption(
            "The gentleman wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is an accessory on his wrist",
            "cut",
            hit_limit=True,
        ),
        wearing("white shirt and blue pants", who="he"),
        col("shirt", "white"),
        pattern("solid", "contradiction"),
        details(
            "shirt",
            "the shirt has a small print on it and a collar and buttons on the front and the sleeves are long and "
            "the cuffs are buttoned and the",
            "cut",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        title="Arrow Men White & Navy Blue Printed Slim Fit Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # Photo: front; charcoal trousers, white long-sleeve shirt tucked in, black belt, black shoes. No category column.
    # Caption: epoch-3 caption adapter (ran to 50 tokens, says short-sleeve); answers: VQA adapter.
    case(
        "X1572-020",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is an accessory",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a white shirt and grey pants", who="he"),
        col("pants", "grey"),
        col("shirt", "white"),
        details("pants", "the pants are grey", "non_answer"),
        is_a("pair of trousers", "yes"),
        title="Peter England Men Charcoal Grey Solid Slim Fit Formal Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # Photo: front; maroon solid shirt, black trousers.
    # Caption: epoch-3 caption adapter (repeats its last sentence to 50 tokens); answers: VQA adapter.
    case(
        "X1572-021",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The "
            "pants are with cotton fabric and pure color patterns. The pants are with cotton fabric and pure color "
            "patterns. The pants are with cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        wearing("she is wearing a red shirt and black pants", "pronoun"),
        col("shirt", "burgundy"),
        col("pants", "black"),
        describe("shirt", "a maroon shirt with a collar and buttons"),
        is_a("shirt", "yes"),
        title="Next Look Men Maroon Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Maroon",
        gender="Men",
    ),
    # Photo: front; beige linen-blend blazer over a white shirt, navy trousers, no tie.
    # Caption: epoch-3 caption adapter (stopped by itself, says cotton); answers: VQA adapter.
    case(
        "X1572-022",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure "
            "color patterns.",
            "contradiction",
        ),
        wearing("a jacket and a white shirt and blue pants", who="he"),
        col("blazer", "khaki"),
        col("shirt", "white"),
        col("pants", "navy"),
        material("linen"),
        is_a("blazer", "yes"),
        title="Blackberrys Men Beige Solid Slim Fit Single-Breasted Linen Blend Blazer",
        category="Blazers",
        color="Beige",
        gender="Men",
    ),
    # Photo: waist up; white shirt, navy skinny tie with thin silver stripes, no blazer.
    # Caption: epoch-3 caption adapter (stopped by itself); answers: VQA adapter.
    case(
        "X1572-023",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. This gentleman has neckwear."
        ),
        wearing("a white shirt and a tie", who="he"),
        col("tie", "blue"),
        col("shirt", "white"),
        describe("tie", "a blue and white striped tie"),
        details(
            "tie",
            "the tie has stripes\nQuestion: What is the color of the tie? Answer: blue\nQuestion: What is the color of",
            "leak",
            hit_limit=True,
        ),
        is_a("tie", "yes"),
        title="Alvaro Castagnino Men Navy Blue & Silver-Toned Striped Skinny Tie",
        category="Ties",
        color="Navy Blue",
        gender="Men",
    ),
    # Photo: front; grey-and-white fine checked shirt, black trousers, watch on right wrist.
    # Caption: epoch-3 caption adapter (50 tokens, ends on a full stop, says pure color); answers: VQA adapter.
    case(
        "X1572-024",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is an accessory on his wrist.",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a grey shirt and black pants", who="he"),
        col("shirt", "grey"),
        col("pants", "grey", "contradiction"),
        pattern("plaid"),
        details("shirt", " ".join(["checkered"] * 15), "loop", hit_limit=True),
        is_a("shirt", "yes"),
        title="Van Heusen Men Grey Slim Fit Checked Formal Shirt",
        category="Shirts",
        color="Grey",
        gender="Men",
    ),
    # Photo: seated on a wooden stool (prop); khaki trousers, blue-and-white striped shirt, brown belt.
    # Caption: epoch-3 caption adapter (repeats a sentence to 50 tokens); answers: VQA adapter.
    case(
        "X1572-025",
        caption(
            "The gentleman wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric. The "
            "gentleman wears a long pants. There is an accessory on his waist. There is an accessory on his waist. "
            "There is an accessory on his waist. There is",
            "loop",
            hit_limit=True,
        ),
        wearing("a striped shirt and khaki pants", who="he"),
        col("pants", "white", "other_garment_color"),
        describe("pants", "khaki pants with a belt"),
        details("pants", "the pants have pockets on the sides"),
        is_a("pair of trousers", "yes"),
        title="Arrow Men Khaki Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # Photo: front; navy two-piece suit, white shirt, silver-grey tie, white pocket square.
    # Caption: epoch-3 caption adapter (50 tokens, ends on a full stop); answers: VQA adapter.
    case(
        "X1572-026",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure "
            "color patterns. There is an accessory on his neck.",
            hit_limit=True,
        ),
        wearing("a suit and tie", who="he"),
        col("suit", "navy"),
        col("tie", "navy", "contradiction"),
        details("suit", "the suit has a notch lapel and two buttons and a pocket square"),
        describe(
            "suit",
            "a navy suit with a white shirt and a grey tie and a white pocket square and a navy suit with a white "
            "shirt and a grey",
            "loop",
            hit_limit=True,
        ),
        is_a("suit", "yes"),
        title="Louis Philippe Men Navy Blue Solid Slim Fit Single-Breasted Two-Piece Formal Suit",
        category="Suits",
        color="Navy Blue",
        gender="Men",
    ),
    # Photo: front; white solid shirt, black trousers, model wears spectacles. Feed row has no color.
    # Caption: epoch-3 caption adapter (ran to 50 tokens); answers: VQA adapter.
    case(
        "X1572-027",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. This gentleman wears glasses. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a white shirt and black pants and glasses", who="he"),
        col("shirt", "white"),
        col("pants", "black"),
        describe("shirt", "white"),
        is_a("shirt", "yes"),
        title="Park Avenue Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        gender="Men",
    ),
    # Photo: front; burgundy blazer over a black shirt, black trousers.
    # Caption: epoch-3 caption adapter (ran to 50 tokens); answers: VQA adapter.
    case(
        "X1572-028",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure "
            "color patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        wearing("a red jacket and black pants", who="he"),
        col("blazer", "wine"),
        col("shirt", "wine", "contradiction"),
        describe("blazer", "a red blazer with a black shirt"),
        sleeve_length("long sleeve"),
        is_a("blazer", "yes"),
        title="Blackberrys Men Burgundy Slim Fit Solid Formal Blazer",
        category="Blazers",
        color="Burgundy",
        gender="Men",
    ),
    # Photo: front; light blue solid shirt styled under an open navy blazer, grey trousers.
    # Caption: epoch-3 caption adapter (stopped by itself); answers: VQA adapter.
    case(
        "X1572-029",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure "
            "color patterns."
        ),
        wearing("a jacket", who="he"),
        col("shirt", "navy", "other_garment_color"),
        shirt_color("light blue"),
        details("shirt", "the shirt has a collar"),
        is_a("shirt", "no", "contradiction"),
        title="Raymond Men Light Blue Regular Fit Solid Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # Photo: flat lay; navy trousers laid out straight, front up, on a white surface; no person.
    # Caption: epoch-3 caption adapter (stopped by itself, invents a wearer); answers: VQA adapter.
    case(
        "X1572-030",
        caption(
            "The gentleman wears a long trousers. The trousers are with cotton fabric and pure color patterns.",
            "unsupported",
        ),
        wearing("pants", who="he"),
        col("pants", "navy"),
        details("pants", "the pants have a button and a zipper"),
        describe(
            "pants", "navy blue pants\nQuestion: What are the pants details? Answer: the pants have a button", "leak"
        ),
        is_a("pair of trousers", "yes"),
        title="Peter England Men Navy Blue Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # Photo: front; peach solid shirt, grey trousers, watch on left wrist.
    # Caption: epoch-3 caption adapter (ran to 50 tokens, says "lady"); answers: VQA adapter.
    case(
        "X1572-031",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is an accessory on her wrist",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a pink shirt and grey pants"),
        col("shirt", "coral"),
        col("pants", "grey"),
        details("shirt", "", "non_answer"),
        is_a("shirt", "yes"),
        title="Allen Solly Men Peach-Coloured Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Peach",
        gender="Men",
    ),
    # Photo: front; navy self-design waistcoat, buttoned, over a white long-sleeve shirt, grey trousers, no jacket.
    # Caption: epoch-3 caption adapter (ran to 50 tokens); answers: VQA adapter.
    case(
        "X1572-032",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a vest. The shirt is with cotton "
            "fabric. It has a V-shape neckline. The pants the gentleman wears is of long length. The pants are with "
            "cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("a vest and a white shirt", who="he"),
        col("vest", "navy"),
        col("shirt", "white"),
        describe("vest", "a navy vest with buttons"),
        sleeve_length("long sleeve", "contradiction"),
        is_a("vest", "yes"),
        title="Van Heusen Men Navy Blue Self-Design Slim Fit Waistcoat",
        category="Waistcoat",
        color="Navy Blue",
        gender="Men",
    ),
    # Photo: front; white shirt with thin blue pinstripes, no chest pocket, navy trousers.
    # Caption: epoch-3 caption adapter (stopped by itself); answers: VQA adapter.
    case(
        "X1572-033",
        caption(
            "The gentleman wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The trousers the gentleman wears is of long length. The trousers are with cotton "
            "fabric and pure color patterns."
        ),
        wearing("a blouse and pants", "contradiction", who="he"),
        col("shirt", "white"),
        col("pants", "blue"),
        pattern("striped"),
        details("shirt", "the shirt has stripes and a collar and buttons and a pocket", "unsupported"),
        is_a("shirt", "yes"),
        title="Louis Philippe Men White & Blue Striped Slim Fit Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # Photo: front; grey Prince of Wales check two-piece suit, white shirt, navy tie.
    # Caption: epoch-3 caption adapter (ran to 50 tokens); answers: VQA adapter.
    case(
        "X1572-034",
        caption(
            "The gentleman wears a long-sleeve jacket with lattice patterns. The jacket is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long pants. The pants are with cotton fabric and lattice "
            "patterns. There is an accessory on his neck. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a suit and tie", who="he"),
        col("suit", "grey"),
        col("tie", "navy"),
        pattern("plaid"),
        details(
            "suit",
            "the suit has a notch lapel and two buttons and a pocket on the chest and two pockets on the sides and a",
            "cut",
            hit_limit=True,
        ),
        is_a("suit", "yes"),
        title="Raymond Men Grey Checked Slim Fit Two-Piece Formal Suit",
        category="Suits",
        color="Grey",
        gender="Men",
    ),
    # Photo: front; black solid shirt, grey trousers, a grey blazer held over the right shoulder (prop).
    # Caption: epoch-3 caption adapter (ran to 50 tokens); answers: VQA adapter.
    case(
        "X1572-035",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is an accessory in his hand",
            "cut",
            hit_limit=True,
        ),
        wearing("a black shirt and grey pants", who="he"),
        col("shirt", "black"),
        describe("shirt", "a black shirt with a grey jacket"),
        details("shirt", " ".join(["black"] * 30), "loop", hit_limit=True),
        is_a("shirt", "yes"),
        title="Arrow Men Black Solid Regular Fit Formal Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # Photo: front; cream solid trousers, olive shirt tucked in, tan belt.
    # Caption: epoch-3 caption adapter (stopped by itself); answers: VQA adapter.
    case(
        "X1572-036",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long pants."
        ),
        wearing("a green shirt and white pants", who="he"),
        col("pants", "white"),
        col("shirt", "olive"),
        details("pants", "they are long", "non_answer"),
        is_a("pair of trousers", "yes"),
        title="Peter England Men Cream-Coloured Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Cream",
        gender="Men",
    ),
    # Photo: front; teal solid shirt with one chest pocket on the left, charcoal trousers.
    # Caption: epoch-3 caption adapter (ran to 50 tokens); answers: VQA adapter.
    case(
        "X1572-037",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a woman in a blue shirt", "pronoun"),
        col("shirt", "grey", "other_garment_color"),
        shirt_color("teal"),
        describe(
            "shirt",
            "a teal shirt with a collar and a button-down front and a pocket on the left side of the chest and the "
            "sleeves are long and the",
            "cut",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        title="Blackberrys Men Teal Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Teal",
        gender="Men",
    ),
    # Photo: flat lay; black solid tie coiled on a white surface; no person, no shirt. Feed row has no gender.
    # Caption: epoch-3 caption adapter (stopped by itself, invents a shirt and a wearer); answers: VQA adapter.
    case(
        "X1572-038",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. There is an accessory on his neck.",
            "unsupported",
        ),
        wearing("a tie", who="he"),
        col("tie", "black"),
        describe("tie", "a black tie"),
        material("silk", "unsupported"),
        is_a("tie", "yes"),
        title="Peter England Men Black Solid Tie",
        category="Ties",
        color="Black",
    ),
    # Photo: three-quarter side pose; royal blue blazer, white shirt, light grey trousers, watch on left wrist.
    # Caption: epoch-3 caption adapter (ran to 50 tokens); answers: VQA adapter.
    case(
        "X1572-039",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure "
            "color patterns. There is an accessory on his wrist. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue jacket and white pants", who="he"),
        col("blazer", "blue"),
        col("pants", "white"),
        describe("blazer", "a blue blazer with a white shirt"),
        is_a(
            "blazer",
            "yes\nQuestion: Is this a blazer? Answer: yes\nQuestion: Is this a blazer? Answer: yes\nQuestion: Is",
            "leak",
            hit_limit=True,
        ),
        title="Arrow Men Blue Slim Fit Solid Single-Breasted Formal Blazer",
        category="Blazers",
        color="Blue",
        gender="Men",
    ),
    # Photo: front; pink-and-white gingham shirt, navy trousers, watch on left wrist.
    # Caption: epoch-3 caption adapter (50 tokens, ends on a full stop); answers: VQA adapter.
    case(
        "X1572-040",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is an accessory on his wrist.",
            hit_limit=True,
        ),
        wearing("a pink and white checkered shirt and navy pants", who="he"),
        col("shirt", "pink-white"),
        col("pants", "pink", "contradiction"),
        pattern("checkered"),
        details("shirt", "pink and white checks"),
        is_a("shirt", "yes"),
        title="Van Heusen Men Pink & White Checked Slim Fit Formal Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # Photo: front; brown solid trousers, white shirt tucked in, brown belt and shoes.
    # Caption: epoch-3 caption adapter (stopped by itself, says leather); answers: VQA adapter.
    case(
        "X1572-041",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long pants. The pants are with leather fabric and pure "
            "color patterns.",
            "unsupported",
        ),
        wearing("a white shirt and brown pants", who="he"),
        col("pants", "brown"),
        col("shirt", "white"),
        details(
            "pants",
            "the pants are brown and the pants are brown and the pants are brown and the pants are brown and the "
            "pants are brown and the",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of trousers", "yes"),
        title="Raymond Men Brown Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Brown",
        gender="Men",
    ),
    # Photo: front; charcoal two-piece suit, light blue shirt, no tie, phone in the left hand (prop). No gender.
    # Caption: epoch-3 caption adapter (ran to 50 tokens); answers: VQA adapter.
    case(
        "X1572-042",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure "
            "color patterns. There is an accessory in his hand. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a suit", who="he"),
        col("suit", "grey"),
        col("shirt", "blue"),
        describe("suit", "a grey suit with a blue shirt and a black tie", "unsupported"),
        details("suit", "the suit is a suit", "restated"),
        is_a("suit", "yes"),
        title="Van Heusen Men Charcoal Grey Solid Slim Fit Single-Breasted Two-Piece Formal Suit",
        category="Suits",
        color="Charcoal",
    ),
    # Photo: back view; blue-and-black small checked shirt, black trousers; front of the shirt not visible.
    # Caption: epoch-3 caption adapter (stopped by itself); answers: VQA adapter.
    case(
        "X1572-043",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns."
        ),
        wearing("a blue plaid shirt and black pants", who="he"),
        col("shirt", "blue-black"),
        details("shirt", "the shirt has a pocket on the chest and buttons down the front", "unsupported"),
        sleeve_length("long sleeve"),
        is_a("shirt", "yes"),
        title="Park Avenue Men Blue Slim Fit Checked Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # Photo: waist up; mustard tie with a small paisley weave, light blue shirt, open navy blazer.
    # Caption: epoch-3 caption adapter (stopped by itself); answers: VQA adapter.
    case(
        "X1572-044",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. "
            "It has a lapel neckline. There is an accessory on his neck."
        ),
        wearing("a suit and a yellow tie", who="he"),
        col("tie", "yellow"),
        col("shirt", "blue"),
        describe("tie", "a yellow tie with a floral pattern"),
        details("tie", "the tie is a tie", "restated"),
        is_a("tie", "yes"),
        title="The Tie Hub Men Mustard Yellow Woven Design Broad Tie",
        category="Ties",
        color="Mustard",
        gender="Men",
    ),
    # Photo: front; sage green solid shirt with a chest pocket, beige trousers, hands in pockets.
    # Caption: epoch-3 caption adapter (ran to 50 tokens); answers: VQA adapter.
    case(
        "X1572-045",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        wearing("he is wearing a green shirt and khaki pants", who="he"),
        col("shirt", "green"),
        col("pants", "green", "contradiction"),
        shirt_color("green"),
        details(
            "shirt",
            "the shirt has a collar and a button-down front and a pocket on the front and a pocket on the front and "
            "a pocket on the front",
            "loop",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        title="Arrow Men Green Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Green",
        gender="Men",
    ),
]
