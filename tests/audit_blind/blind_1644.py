"""BLIND_1644 (45 products; Myntra men's formal wear): written blind in the sixty-seventh session. Measured blind at
0f3a531 (the session's first rules): 69/84 failures found (82.1%) and 19/186 correct texts flagged (10.2%). The
writer's notes, verbatim:

Scenario: a Myntra men's formal wear feed (formal shirts, formal trousers, blazers, suits, and ties shown worn or
as a flat lay). The catalog columns are the feed's own: title (productDisplayName style), category (Myntra's
articleType: Shirts, Trousers, Blazers, Suits, Ties), color (baseColour) and gender; one product has no gender and
one has no category, as feeds do. Photos are the usual studio shots: a model on a plain backdrop wearing the product
with other clothes (a shirt is shown with trousers, trousers with a shirt, a tie under a blazer), two flat lays, one
back view, props now and then (a pocket square, a coffee cup, cufflinks).
Who wrote what: every caption comes from the epoch-3 caption adapter (leoreigoto/Data2_V2_Blip2_Finetune_Caption on
blip2-opt-2.7b, 50 new tokens); every answer comes from the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA, 30 new
tokens, free generation, so the color questions are stored open). The questions are the experiments' own: "What is
he wearing?", "What is the color of the <garment>?", "What is the shirt color?", "Describe the <garment>.", "What
are the <garment> details?" and the yes/no "Is this a <garment>?" (stored closed).
Labeling conventions and judgement calls: the caption adapter speaks only in the DeepFashion-MultiModal template
(patterns, fabric, sleeves, neckline, never a hue), so a caption with no color is not a failure; "lattice" for a check
and "graphic" for a micro print count as right. A caption that ran on to the 50-token limit and stops mid-sentence is
"cut" even when everything before the cut is right; when a text has two faults I gave it the one a reader meets first (a
"lady" at the start of a cut caption is "pronoun", trousers or a wrist accessory that are out of frame, before the cut,
are "unsupported"). "The gentleman wears ..." on a flat lay is the template talking and I left it unmarked when the
garment facts are right; a caption that invents a shirt on a flat lay of a tie is a garment the seller contradicts
("contradiction"). A wrong color given to a garment that is not the product (the pants of a shirt listing, the shirt or
the tie of a suit) is "contradiction"; a product given another garment's color is "other_garment_color". Near hues I
accepted: navy called blue, maroon called red, cream called white, lavender called purple, beige called tan or khaki,
silver called grey, teal called blue; a white shirt with blue stripes called "blue" I also let stand, since the stripes
are blue. "long" for the pants' details says no more than the question, so it is a non-answer. Wrong fabric with no
catalog material to contradict (leather, denim, silk) is "unsupported"; cotton against a title that says linen is
"contradiction". Short answers that stopped on their own are not marked hit_limit; loops, leaks and cut texts ran to the
limit and are.
"""

from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

shirt_color = question("shirt_color", "What is the shirt color?", "open")


def he(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="he", hit_limit=hit_limit)


def col(garment, text, failure=None, hit_limit=False):
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


def pants_q(text, failure=None):
    return is_a("pants", text, failure, article="a pair of")


BLIND_1644 = [
    # Photo: model on grey backdrop, white full-sleeve formal shirt with spread collar tucked into charcoal trousers,
    # hands in pockets. Caption: epoch-3 caption adapter; answers: VQA adapter.
    case(
        "X1644-001",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        he("shirt and pants"),
        col("shirt", "white"),
        shirt_color("white"),
        describe("shirt", "white"),
        details(
            "shirt",
            "the sleeves, the neckline, the collar, the sleeves, the neckline, the collar, the sleeves, the neckline, "
            "the collar, the",
            "loop",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        gender="Men",
        title="Louis Philippe Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: light blue and white micro-check formal shirt with a spread collar (no button-down points), navy
    # trousers, no tie, white backdrop. Caption: caption adapter; answers: VQA adapter.
    case(
        "X1644-002",
        caption(
            "This gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The pants this gentleman wears is of long length. The pants are with cotton fabric and "
            "solid color patterns. There",
            "cut",
            hit_limit=True,
        ),
        he("a shirt and tie", "unsupported"),
        col("shirt", "blue-white"),
        describe("shirt", "plaid"),
        details("shirt", "button-down collar", "unsupported"),
        col("pants", "blue"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Van Heusen Men Blue Slim Fit Checked Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: pale pink formal shirt, beige trousers, brown belt, plain grey backdrop. Caption: caption adapter;
    # answers: VQA adapter.
    case(
        "X1644-003",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an",
            "pronoun",
            hit_limit=True,
        ),
        he("a pink shirt and khaki pants"),
        col("shirt", "pink"),
        shirt_color("pink"),
        details(
            "shirt",
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
    # Photo: navy formal shirt with a tiny white geometric print, mid-grey trousers, white backdrop. Caption: caption
    # adapter (stopped on its own); answers: VQA adapter.
    case(
        "X1644-004",
        caption(
            "His shirt has long sleeves, cotton fabric and graphic patterns. The neckline of it is lapel. The pants "
            "this man wears is of long length. The pants are with cotton fabric and pure color patterns."
        ),
        he("a blue shirt"),
        col("shirt", "navy"),
        col("pants", "navy", "contradiction"),
        describe("shirt", "navy blue with white dots"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Arrow Men Navy Blue Regular Fit Printed Formal Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Photo: white shirt with thin blue vertical stripes, navy trousers, model facing camera. Caption: caption
    # adapter; answers: VQA adapter.
    case(
        "X1644-005",
        caption(
            "The gentleman wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        he("a striped shirt"),
        col("shirt", "white-blue"),
        shirt_color("blue"),
        details("shirt", "stripes"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Allen Solly Men White & Blue Slim Fit Striped Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: all black: black formal shirt tucked into black poly-viscose trousers, light grey backdrop. Caption:
    # caption adapter; answers: VQA adapter.
    case(
        "X1644-006",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns.",
            "unsupported",
        ),
        he("black shirt and black pants"),
        col("shirt", "black"),
        col("pants", "black"),
        describe("shirt", "black shirt"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Park Avenue Men Black Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Black",
    ),
    # Photo: lavender formal shirt tucked into charcoal grey trousers, steel watch on the left wrist. Caption: caption
    # adapter; answers: VQA adapter.
    case(
        "X1644-007",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns. There is an "
            "accessory on his wrist."
        ),
        he("purple shirt"),
        col("shirt", "grey", "other_garment_color"),
        shirt_color("lavender"),
        describe("shirt", "a purple shirt with a collar"),
        details("shirt", "buttons"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Raymond Men Lavender Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Lavender",
    ),
    # Photo: maroon formal shirt, black trousers, model standing side-on. Caption: caption adapter; answers: VQA
    # adapter.
    case(
        "X1644-008",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        he("red shirt"),
        col(
            "shirt",
            "maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon",
            "loop",
            hit_limit=True,
        ),
        col("pants", "black"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Blackberrys Men Maroon Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Maroon",
    ),
    # Photo: flat lay, no model: folded off-white shirt with a tonal dobby texture, collar up, on white. Caption:
    # caption adapter (stopped after the shirt); answers: VQA adapter.
    case(
        "X1644-009",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline."
        ),
        he("a white shirt"),
        col("shirt", "white"),
        describe("shirt", "white"),
        details(
            "shirt",
            "the collar is white and the buttons are white and the collar is white and the buttons are white and the "
            "collar is white and the",
            "loop",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        gender="Men",
        title="Van Heusen Men Off White Slim Fit Self Design Formal Shirt",
        category="Shirts",
        color="Off White",
    ),
    # Photo: grey and white gingham check shirt, black trousers, white backdrop. Caption: caption adapter; answers:
    # VQA adapter.
    case(
        "X1644-010",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns.",
            "contradiction",
        ),
        he("a plaid shirt and black pants"),
        col("shirt", "grey"),
        details("shirt", "plaid"),
        describe("shirt", "the shirt is a shirt", "restated"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Peter England Men Grey Slim Fit Checked Formal Shirt",
        category="Shirts",
        color="Grey",
    ),
    # Photo: mid-blue formal shirt, beige trousers, model mid-stride. Caption: caption adapter; answers: VQA adapter.
    case(
        "X1644-011",
        caption(
            "His shirt has long sleeves, cotton fabric and pure color patterns. The neckline of it is lapel. The pants "
            "this man wears is of long length. The pants are with cotton fabric and pure color patterns."
        ),
        he("she is wearing a blue shirt", "pronoun"),
        col("shirt", "blue"),
        col("pants", "blue", "contradiction"),
        shirt_color("blue"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Allen Solly Men Blue Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: sky blue shirt styled under an open navy blazer, grey trousers (the blazer is styling, not sold). Caption:
    # caption adapter; answers: VQA adapter.
    case(
        "X1644-012",
        caption(
            "The gentleman wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "cotton fabric. It has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton "
            "fabric and pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        he("a suit", "contradiction"),
        col("shirt", "navy", "other_garment_color"),
        shirt_color("blue"),
        describe("shirt", "a blue shirt with a collar"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Louis Philippe Men Sky Blue Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: olive green formal shirt, beige trousers, plain backdrop. Caption: caption adapter; answers: VQA adapter.
    case(
        "X1644-013",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        he("green shirt"),
        col("shirt", "olive"),
        describe("shirt", "green shirt"),
        details(
            "shirt",
            "Question: What are the pants details? Answer: long Question: What are the shirt details? Answer: long "
            "sleeves Question",
            "leak",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        gender="Men",
        title="Hancock Men Olive Green Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Olive",
    ),
    # Photo: beige formal shirt with one patch pocket on the left chest, brown trousers. Caption: caption adapter;
    # answers: VQA adapter.
    case(
        "X1644-014",
        caption(
            "This gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns. There "
            "is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        he("a tan shirt and brown pants"),
        col("shirt", "brown", "other_garment_color"),
        shirt_color("beige"),
        details("shirt", "the shirt has a pocket on the chest"),
        is_a("shirt", "yes"),
        gender="Men",
        title="ColorPlus Men Beige Regular Fit Solid Formal Shirt",
        category="Shirts",
        color="Beige",
    ),
    # Photo: teal full-sleeve formal shirt, cuffs buttoned, black trousers. Caption: caption adapter (stopped on its
    # own); answers: VQA adapter.
    case(
        "X1644-015",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns.",
            "contradiction",
        ),
        he("blue shirt"),
        col("shirt", "teal"),
        details("shirt", "long sleeves"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Invictus Men Teal Blue Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Teal",
    ),
    # Photo: white linen shirt, visible slub texture, beige trousers. Caption: caption adapter; answers: VQA adapter.
    case(
        "X1644-016",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns.",
            "contradiction",
        ),
        he("white shirt and khaki pants"),
        col("shirt", "white"),
        describe("shirt", "a white shirt with long sleeves"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Basics Men White Slim Fit Solid Pure Linen Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: waist-down-to-shoes crop with the shirt hem: charcoal grey trousers, white shirt tucked in, black formal
    # shoes. Caption: caption adapter; answers: VQA adapter.
    case(
        "X1644-017",
        caption(
            "The pants this gentleman wears is of long length. The pants are with cotton fabric and pure color "
            "patterns. The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton "
            "fabric. It has a",
            "cut",
            hit_limit=True,
        ),
        he("white shirt and grey pants"),
        col("pants", "white", "other_garment_color"),
        col("shirt", "white"),
        details("pants", "long", "non_answer"),
        pants_q("yes"),
        gender="Men",
        title="Louis Philippe Men Charcoal Grey Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Charcoal",
    ),
    # Photo: navy flat-front slim trousers, light blue shirt tucked in, chest-down crop. Caption: caption adapter;
    # answers: VQA adapter.
    case(
        "X1644-018",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        he("blue shirt and blue pants"),
        col("pants", "navy"),
        col("shirt", "navy", "contradiction"),
        describe("pants", "navy blue pants"),
        details("pants", "pleats", "unsupported"),
        pants_q("yes"),
        gender="Men",
        title="Van Heusen Men Navy Blue Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Navy Blue",
    ),
    # Photo: full-length model, beige trousers, white shirt, brown belt. Caption: caption adapter (stopped on its own);
    # answers: VQA adapter.
    case(
        "X1644-019",
        caption(
            "The person wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The person wears a long pants. The pants are with cotton fabric and pure color patterns."
        ),
        he("khaki pants"),
        col("pants", "khaki"),
        col("shirt", "white"),
        describe(
            "pants",
            "khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki",
            "loop",
            hit_limit=True,
        ),
        pants_q("yes"),
        gender="Men",
        title="Arrow Men Beige Regular Fit Solid Formal Trousers",
        category="Trousers",
        color="Beige",
    ),
    # Photo: grey trousers with a faint windowpane check, pale pink shirt, cropped at the hips, no watch or bracelet
    # in frame. Caption: caption adapter; answers: VQA adapter.
    case(
        "X1644-020",
        caption(
            "This gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is lapel. The pants are with cotton fabric and lattice patterns. There is "
            "an accessory on his wrist.",
            "unsupported",
        ),
        he("pink shirt and grey pants"),
        col("pants", "grey"),
        details("pants", "plaid"),
        pants_q("yes"),
        gender="Men",
        title="Park Avenue Men Grey Slim Fit Checked Formal Trousers",
        category="Trousers",
        color="Grey",
    ),
    # Photo: back view: black trousers with two back welt pockets, white shirt tucked in. Caption: caption adapter;
    # answers: VQA adapter.
    case(
        "X1644-021",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        he("black pants and white shirt"),
        col("pants", "black"),
        details("pants", "pockets"),
        describe(
            "pants",
            "black black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        pants_q("yes"),
        gender="Men",
        title="Raymond Men Black Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Black",
    ),
    # Photo: khaki trousers, navy formal shirt, full-length shot. Caption: caption adapter (stopped on its own);
    # answers: VQA adapter.
    case(
        "X1644-022",
        caption(
            "Her shirt has long sleeves, cotton fabric and pure color patterns. The neckline of it is lapel. The pants "
            "this lady wears is of long length. The pants are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        he("navy shirt and khaki pants"),
        col("pants", "khaki"),
        col("shirt", "khaki", "contradiction"),
        pants_q("yes"),
        gender="Men",
        title="Peter England Men Khaki Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Khaki",
    ),
    # Photo: brown trousers, no belt, cream shirt tucked in, watch on the left wrist. Caption: caption adapter;
    # answers: VQA adapter.
    case(
        "X1644-023",
        caption(
            "His shirt has long sleeves, cotton fabric and pure color patterns. The neckline of it is lapel. The pants "
            "this man wears is of long length. The pants are with cotton fabric and pure color patterns. There is an "
            "accessory on his wrist. This man",
            "cut",
            hit_limit=True,
        ),
        he("brown pants and white shirt"),
        col("pants", "brown"),
        describe("pants", "brown pants with a belt", "unsupported"),
        details(
            "pants",
            "the pants are brown and the shirt is white and the pants are brown and the shirt is white and the pants "
            "are brown and the",
            "loop",
            hit_limit=True,
        ),
        pants_q("yes"),
        gender="Men",
        title="Wills Lifestyle Men Brown Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Brown",
    ),
    # Photo: light heathered grey trousers, black formal shirt. Caption: caption adapter (stopped on its own); answers:
    # VQA adapter.
    case(
        "X1644-024",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        he("black shirt and grey pants"),
        col("pants", "heather grey"),
        col("shirt", "grey", "contradiction"),
        details("pants", "", "non_answer"),
        pants_q("yes"),
        gender="Men",
        title="Mark Taylor Men Grey Melange Slim Fit Formal Trousers",
        category="Trousers",
        color="Grey Melange",
    ),
    # Photo: cream trousers, navy formal shirt, brown loafers. Caption: caption adapter; answers: VQA adapter.
    case(
        "X1644-025",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        he("blue shirt and white pants"),
        col("pants", "white"),
        describe(
            "pants",
            "white white white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white",
            "loop",
            hit_limit=True,
        ),
        pants_q("yes"),
        gender="Men",
        title="Invictus Men Cream-Coloured Slim Fit Formal Trousers",
        category="Trousers",
        color="Cream",
    ),
    # Photo: flat lay, no model: grey trousers folded in half on white. Feed row has no gender. Caption: caption
    # adapter (stopped on its own); answers: VQA adapter.
    case(
        "X1644-026",
        caption(
            "The pants this person wears is of long length. The pants are with cotton fabric and pure color patterns."
        ),
        he("pants"),
        col("pants", "grey"),
        details("pants", "no", "non_answer"),
        pants_q("yes"),
        title="Basics Men Grey Comfort Fit Solid Formal Trousers",
        category="Trousers",
        color="Grey",
    ),
    # Photo: navy single-breasted blazer over a white shirt, grey trousers. Caption: caption adapter; answers: VQA
    # adapter.
    case(
        "X1644-027",
        caption(
            "The gentleman wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "cotton fabric. It has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton "
            "fabric and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        he("a jacket and a white shirt"),
        col("jacket", "navy"),
        describe("blazer", "a navy blazer with a white shirt"),
        details(
            "blazer",
            "the sleeves, the neckline, the collar, the sleeves, the neckline, the collar, the sleeves, the neckline, "
            "the collar, the sleeves,",
            "loop",
            hit_limit=True,
        ),
        is_a("blazer", "yes"),
        gender="Men",
        title="Louis Philippe Men Navy Blue Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Navy Blue",
    ),
    # Photo: grey Prince-of-Wales check blazer, white shirt, black trousers. Caption: caption adapter; answers: VQA
    # adapter.
    case(
        "X1644-028",
        caption(
            "The gentleman wears a long-sleeve outer clothing with lattice patterns. The outer clothing is with cotton "
            "fabric. The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton "
            "fabric. It has a lapel neck",
            "cut",
            hit_limit=True,
        ),
        he("a grey jacket"),
        col("jacket", "grey"),
        col("pants", "grey", "contradiction"),
        describe("blazer", "plaid jacket"),
        is_a("blazer", "no", "contradiction"),
        gender="Men",
        title="Blackberrys Men Grey Checked Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Grey",
    ),
    # Photo: black wool-blend blazer, white shirt, black tie, black trousers (reads as a suit). Caption: caption
    # adapter (stopped on its own); answers: VQA adapter.
    case(
        "X1644-029",
        caption(
            "The gentleman wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "leather fabric. It has a lapel neckline. The gentleman wears a long trousers. The trousers are with "
            "cotton fabric and pure color patterns.",
            "unsupported",
        ),
        he("black suit and tie"),
        col("jacket", "black"),
        col("shirt", "white"),
        describe("blazer", "black"),
        is_a("blazer", "yes"),
        gender="Men",
        title="Raymond Men Black Solid Slim Fit Formal Blazer",
        category="Blazers",
        color="Black",
    ),
    # Photo: beige blazer, light blue shirt, navy trousers, white pocket square (prop). Caption: caption adapter;
    # answers: VQA adapter.
    case(
        "X1644-030",
        caption(
            "His outer clothing has long sleeves, cotton fabric and pure color patterns. The pants this man wears is "
            "of long length. The pants are with cotton fabric and pure color patterns. There is an accessory on his "
            "wrist. There is an accessory on his wrist. There",
            "loop",
            hit_limit=True,
        ),
        he("a tan jacket and blue pants"),
        col("jacket", "blue", "other_garment_color"),
        describe("blazer", "tan jacket with a pocket square"),
        details(
            "blazer",
            "notch lapel, two buttons, flap pockets, chest pocket, notch lapel, two buttons, flap pockets, chest "
            "pocket, notch lapel",
            "loop",
            hit_limit=True,
        ),
        is_a("blazer", "yes"),
        gender="Men",
        title="Arrow Men Beige Solid Slim Fit Formal Blazer",
        category="Blazers",
        color="Beige",
    ),
    # Photo: maroon blazer, black shirt, black trousers, dark grey backdrop. Caption: caption adapter (stopped on its
    # own); answers: VQA adapter.
    case(
        "X1644-031",
        caption(
            "The gentleman wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "cotton fabric. It has a lapel neckline. The gentleman wears a long pants. The pants are with cotton "
            "fabric and pure color patterns."
        ),
        he("a red jacket"),
        col("jacket", "black", "other_garment_color"),
        col("blazer", "maroon"),
        details(
            "blazer",
            "buttons buttons buttons buttons buttons buttons buttons buttons buttons buttons buttons buttons buttons "
            "buttons buttons buttons buttons buttons buttons buttons buttons buttons buttons buttons buttons buttons "
            "buttons buttons buttons buttons",
            "loop",
            hit_limit=True,
        ),
        is_a("blazer", "yes"),
        gender="Men",
        title="Van Heusen Men Maroon Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Maroon",
    ),
    # Photo: mid-blue two-button blazer, white shirt, navy trousers, three-quarter pose. Caption: caption adapter;
    # answers: VQA adapter.
    case(
        "X1644-032",
        caption(
            "The gentleman wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "cotton fabric. It has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton "
            "fabric and pure color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        he("blue jacket and white shirt"),
        col("jacket", "blue"),
        describe("blazer", "a blazer", "restated"),
        details("blazer", "two buttons"),
        is_a("blazer", "yes"),
        gender="Men",
        title="Peter England Men Blue Slim Fit Solid Formal Blazer",
        category="Blazers",
        color="Blue",
    ),
    # Photo: charcoal double-breasted blazer, white shirt, black trousers. Feed row has no category. Caption: caption
    # adapter (stopped on its own); answers: VQA adapter.
    case(
        "X1644-033",
        caption(
            "The gentleman wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "cotton fabric. It has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton "
            "fabric and pure color patterns."
        ),
        he("a grey jacket"),
        col("jacket", "grey"),
        details("blazer", "double breasted"),
        describe(
            "blazer",
            "a grey double breasted blazer with a white shirt and black pants and a white shirt and black pants and a "
            "white shirt and black",
            "loop",
            hit_limit=True,
        ),
        is_a("blazer", "yes"),
        gender="Men",
        title="Invictus Men Charcoal Grey Solid Slim Fit Double-Breasted Formal Blazer",
        color="Charcoal",
    ),
    # Photo: navy two-piece suit, white shirt, no tie, hands in pockets. Caption: caption adapter; answers: VQA
    # adapter.
    case(
        "X1644-034",
        caption(
            "The gentleman wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "cotton fabric. It has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton "
            "fabric and pure color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        he("a suit"),
        col("suit", "navy"),
        col("jacket", "navy"),
        col("pants", "navy"),
        col("shirt", "navy", "contradiction"),
        is_a("suit", "yes"),
        gender="Men",
        title="Raymond Men Navy Blue Solid Slim Fit Single-Breasted Formal Suit",
        category="Suits",
        color="Navy Blue",
    ),
    # Photo: charcoal three-piece suit with waistcoat, light blue shirt, navy tie. Caption: caption adapter; answers:
    # VQA adapter.
    case(
        "X1644-035",
        caption(
            "This gentleman wears a long-sleeve outer clothing with pure color patterns and a long pants. The outer "
            "clothing is with cotton fabric and its neckline is lapel. The pants are with cotton fabric and pure color "
            "patterns. There is a",
            "cut",
            hit_limit=True,
        ),
        he("a suit and tie"),
        col("suit", "grey"),
        col("tie", "blue"),
        describe("suit", "grey suit with a vest and a blue tie"),
        details(
            "suit",
            "the jacket has two buttons and the vest has two buttons and the jacket has two buttons and the vest has "
            "two buttons and the jacket",
            "loop",
            hit_limit=True,
        ),
        is_a("suit", "yes"),
        gender="Men",
        title="Louis Philippe Men Charcoal Grey Self-Design Slim Fit 3-Piece Formal Suit",
        category="Suits",
        color="Charcoal",
    ),
    # Photo: black suit, white shirt, black tie, black shoes, full length. Caption: caption adapter; answers: VQA
    # adapter.
    case(
        "X1644-036",
        caption(
            "The gentleman wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "cotton fabric. It has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton "
            "fabric and pure color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        he("suit"),
        col("suit", "black"),
        col("shirt", "white"),
        col("tie", "white", "contradiction"),
        is_a("suit", "yes"),
        gender="Men",
        title="Park Avenue Men Black Solid Regular Fit Formal Suit",
        category="Suits",
        color="Black",
    ),
    # Photo: light grey windowpane check suit, white shirt, maroon tie. Caption: caption adapter; answers: VQA adapter.
    case(
        "X1644-037",
        caption(
            "The gentleman wears a long-sleeve outer clothing with lattice patterns. The outer clothing is with cotton "
            "fabric. It has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric "
            "and lattice patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        he("a grey suit with a red tie"),
        col("suit", "grey"),
        col("tie", "maroon"),
        describe("suit", "grey plaid suit"),
        is_a("suit", "yes"),
        gender="Men",
        title="Blackberrys Men Grey Checked Slim Fit Single-Breasted Formal Suit",
        category="Suits",
        color="Grey",
    ),
    # Photo: royal blue suit, white shirt open at the collar, brown shoes. Caption: caption adapter (stopped on its
    # own); answers: VQA adapter.
    case(
        "X1644-038",
        caption(
            "The person wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with cotton "
            "fabric. It has a lapel neckline. The person wears a long pants. The pants are with cotton fabric and pure "
            "color patterns."
        ),
        he("a blue suit"),
        col(
            "suit",
            "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue "
            "blue blue blue blue blue blue blue blue blue",
            "loop",
            hit_limit=True,
        ),
        col("shirt", "white"),
        describe(
            "suit",
            "Question: What is the color of the suit? Answer: blue Question: What is the color of the shirt? Answer: "
            "white",
            "leak",
            hit_limit=True,
        ),
        is_a("suit", "yes"),
        gender="Men",
        title="Van Heusen Men Blue Solid Slim Fit Formal Suit",
        category="Suits",
        color="Blue",
    ),
    # Photo: beige two-piece suit, white shirt, brown loafers, no watch. Caption: caption adapter; answers: VQA
    # adapter.
    case(
        "X1644-039",
        caption(
            "His outer clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is lapel. "
            "The pants this man wears is of long length. The pants are with cotton fabric and pure color patterns. "
            "There is an accessory on his wrist. His",
            "unsupported",
            hit_limit=True,
        ),
        he("a tan suit"),
        col("suit", "khaki"),
        col("shirt", "white"),
        describe("suit", "tan suit with white shirt and brown shoes"),
        details("suit", "the jacket has a pocket on the chest"),
        is_a("suit", "no", "contradiction"),
        gender="Men",
        title="Peter England Men Beige Solid Slim Fit Formal Suit",
        category="Suits",
        color="Beige",
    ),
    # Photo: tie worn: torso close-up, white shirt, navy tie with thin red diagonal stripes, no blazer, trousers out
    # of frame. Caption: caption adapter; answers: VQA adapter.
    case(
        "X1644-040",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. There is an accessory in his neck. The gentleman wears a long trousers. The trousers "
            "are with",
            "unsupported",
            hit_limit=True,
        ),
        he("a shirt and tie"),
        col("tie", "navy"),
        col("shirt", "white"),
        describe("tie", "striped"),
        is_a("tie", "yes"),
        gender="Men",
        title="The Tie Hub Men Navy Blue & Red Striped Broad Tie",
        category="Ties",
        color="Navy Blue",
    ),
    # Photo: flat lay, no model: rolled maroon woven tie with a matching pocket square and cufflinks on white; fabric
    # not stated anywhere. Caption: caption adapter (stopped on its own); answers: VQA adapter.
    case(
        "X1644-041",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline.",
            "contradiction",
        ),
        he("tie"),
        col("tie", "red"),
        describe("tie", "a red tie with a pocket square"),
        details("tie", "the tie is made of silk", "unsupported"),
        is_a("tie", "no", "contradiction"),
        gender="Men",
        title="Alvaro Castagnino Men Maroon Woven Design Broad Tie",
        category="Ties",
        color="Maroon",
    ),
    # Photo: tie worn: black skinny tie, white shirt, black blazer and trousers. Caption: caption adapter; answers:
    # VQA adapter.
    case(
        "X1644-042",
        caption(
            "The gentleman wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "cotton fabric. It has a lapel neckline. The gentleman wears a long-sleeve shirt with pure color patterns. "
            "The shirt is with",
            "cut",
            hit_limit=True,
        ),
        he("black suit and tie"),
        col("tie", "white", "other_garment_color"),
        describe("tie", "black"),
        is_a("tie", "yes"),
        gender="Men",
        title="Blacksmith Men Black Solid Skinny Tie",
        category="Ties",
        color="Black",
    ),
    # Photo: tie worn, chest-up crop: silver-grey self-design tie, light pink shirt, navy blazer. Caption: caption
    # adapter; answers: VQA adapter.
    case(
        "X1644-043",
        caption(
            "The gentleman wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "cotton fabric. It has a lapel neckline. There is an accessory in his neck. The gentleman wears a "
            "long-sleeve shirt with pure",
            "cut",
            hit_limit=True,
        ),
        he("a suit and tie"),
        col("tie", "grey"),
        col("shirt", "pink"),
        describe(
            "tie",
            "grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey "
            "grey grey grey grey grey grey grey grey grey",
            "loop",
            hit_limit=True,
        ),
        is_a("tie", "yes"),
        gender="Men",
        title="Tossido Men Silver-Toned Self-Design Broad Tie",
        category="Ties",
        color="Silver",
    ),
    # Photo: tie worn: teal tie with a small paisley print, white shirt, no blazer. Caption: caption adapter; answers:
    # VQA adapter.
    case(
        "X1644-044",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. There is an accessory in his neck. The gentleman wears a long trousers. The trousers "
            "are with cotton",
            "cut",
            hit_limit=True,
        ),
        he("shirt and tie"),
        col("tie", "blue"),
        describe("tie", "blue tie with floral pattern"),
        details(
            "tie",
            "the tie is blue and the shirt is white and the tie is blue and the shirt is white and the tie is blue and "
            "the shirt",
            "loop",
            hit_limit=True,
        ),
        is_a("tie", "yes"),
        gender="Men",
        title="Peluche Men Teal Blue Printed Tie",
        category="Ties",
        color="Teal",
    ),
    # Photo: pale yellow formal shirt, navy trousers, model holding a coffee cup (prop). Caption: caption adapter;
    # answers: VQA adapter.
    case(
        "X1644-045",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        he("a yellow shirt and blue pants"),
        col("shirt", "yellow"),
        col("pants", "navy"),
        describe("shirt", "yellow shirt with a cup of coffee"),
        details("shirt", "yes", "non_answer"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Louis Philippe Men Yellow Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Yellow",
    ),
]
