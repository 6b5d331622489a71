"""BLIND_1620 (45 products; Myntra men's formal wear, caption adapter epoch 3 + VQA adapter): written blind in the
sixty-sixth session. Measured blind at 0f3a531 (the session's sixth rules): 63/80 failures found (78.8%) and 22/193
correct texts flagged (11.4%). The writer's notes, verbatim:

Scenario: a Myntra feed of men's formal wear: 15 formal shirts, 10 formal trousers, 8 blazers, 6 suits, 6 ties.
Catalog columns as the feed has them: title, category (Myntra article type: Shirts, Trousers, Blazers, Suits,
Ties), color (Myntra base colour), gender (left out on a few rows, as the feed does). The photos are the catalog's
usual shots: a model on a plain backdrop wearing the product with other clothes (a shirt under trousers, a shirt
and trousers under a blazer, a shirt under a tie), plus a few flat lays, a ghost-mannequin blazer and two back views.
Who wrote what: every caption is BLIP-2 OPT-2.7b with the epoch-3 caption adapter
(leoreigoto/Data2_V2_Blip2_Finetune_Caption), greedy, 50 new tokens; it writes the DeepFashion-MultiModal template
("The gentleman wears a long-sleeve shirt with solid color patterns ..."), never a hue name, and has no trained
stop, so a third of its captions run to the limit and end cut or looping. Every answer is the VQA adapter
(leoreigoto/Data3_V3_BLIP2_VQA), greedy, 30 new tokens, prompt "Question: ... Answer:". It answers with In-shop
classes ("blouse/shirt", "jacket/coat", "pants") and vendor-style colors ("navy", "blue-white"); most short answers
stop on their own, the rest loop, run on into another "Question: ... Answer:" turn, or are cut at 30 tokens. Its
usual slip is one color for two garments: the shirt's white handed to the trousers, the tie or the blazer.
Questions: the experiments' questionnaire (What is he wearing?, What is the color of the shirt / pants / jacket /
suit / tie?, What is the shirt color?, Describe the ..., What are the ... details?, Is this a ...?) plus some of the
blind closed questions (garment type, color, pattern, sleeve length, material).
Labeling conventions and judgement calls: a text is judged against the imagined photo and the title. A cut or
looping text is labeled cut or loop even when its first words are right; a text that both loops and hits the limit
is a loop. One label per text: the caption that says "The lady" on a men's product is pronoun even when it is also
cut; a caption that invents a wearer, trousers or an accessory on a flat lay or ghost mannequin is unsupported. The
template's "lapel" neckline for a shirt collar is the dataset's word and counted right; on a bandhgala (stand collar)
it is unsupported. A caption that names only the shirt on a blazer, suit or tie shot is counted right (it omits, it
does not say anything false); a pattern given to the wrong garment (the tie's stripes, the blazer's checks put on a
solid shirt) is contradiction. Color answers: near names count as right (maroon answered "red", cream "white",
beige "khaki", lavender "purple", charcoal "grey", paisley answered "floral"); a color that belongs to another
garment in the photo is other_garment_color when it is given to the product, contradiction when the product's color
is given to a garment that is not the product (white shirt called "navy" like the trousers). "jacket/coat" for a
suit's garment type is counted right, "blouse/shirt" for a tie is contradiction. Material: "cotton" for a shirt or
trouser whose title names no fiber is counted right; a material against the title's fiber is contradiction. An
empty answer, or the question's garment word alone, is non_answer; "the shirt ... is a shirt" is restated. A
caption that ran to 50 tokens and happens to end on a full sentence is marked hit_limit but counted right.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

shirt_color = question("shirt_color", "What is the shirt color?", "open")


def he(text: str, failure: str | None = None, hit_limit: bool = False):
    return wearing(text, failure, who="he", hit_limit=hit_limit)


def col(garment: str, text: str, failure: str | None = None, hit_limit: bool = False):
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


def is_pants(text: str, failure: str | None = None, hit_limit: bool = False):
    return is_a("pants", text, failure, hit_limit, article="a pair of")


BLIND_1620 = [
    # ---------------------------------------------------------------- formal shirts
    # Photo: model in a white full-sleeve shirt tucked into navy trousers, grey backdrop, cropped mid-thigh, watch
    # on the left wrist. Caption: caption adapter (cut at 50). Answers: VQA adapter.
    case(
        "X1620-001",
        caption(
            "The gentleman wears a long-sleeve shirt with solid color patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is lapel. The pants are with cotton fabric and solid color patterns. "
            "There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        he("blouse/shirt"),
        col("shirt", "white"),
        col("pants", "white", "contradiction"),
        describe(
            "shirt",
            "a white shirt with a spread collar and long sleeves with buttoned cuffs and a curved hem that is tucked "
            "into a pair of navy trousers with a",
            "cut",
            hit_limit=True,
        ),
        details("shirt", "collar, buttons, long sleeves"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Louis Philippe Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: model in a blue-and-white small-check shirt, grey trousers, white backdrop.
    # Caption: caption adapter (stopped on its own). Answers: VQA adapter (wearing loops to the limit).
    case(
        "X1620-002",
        caption(
            "The man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        he(
            "blouse/shirt, pants, blouse/shirt, pants, blouse/shirt, pants, blouse/shirt, pants, blouse/shirt, pants",
            "loop",
            hit_limit=True,
        ),
        col("shirt", "blue-white"),
        describe("shirt", "a blue and white checked shirt with long sleeves"),
        B.pattern("plaid"),
        B.sleeve_length("long-sleeve"),
        gender="Men",
        title="Peter England Men Blue & White Slim Fit Checked Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: model in a light pink shirt, charcoal trousers, hands in pockets, watch on the wrist.
    # Caption: caption adapter ("The lady" on a men's shirt). Answers: VQA adapter (details loop).
    case(
        "X1620-003",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns.",
            "pronoun",
        ),
        col("shirt", "pink"),
        shirt_color("pink"),
        col("pants", "grey"),
        is_a("shirt", "yes"),
        details(
            "shirt",
            "the shirt is a pink shirt with long sleeves and a collar and buttons and a collar and buttons and a "
            "collar and buttons and",
            "loop",
            hit_limit=True,
        ),
        B.material("cotton"),
        gender="Men",
        title="Van Heusen Men Pink Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Pink",
    ),
    # Photo: model in a navy shirt with thin white vertical stripes, beige trousers.
    # Caption: caption adapter (repeats the trousers sentence until the limit). Answers: VQA adapter.
    case(
        "X1620-004",
        caption(
            "The gentleman wears a long-sleeve shirt with stripe patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with cotton fabric and solid color patterns. The pants "
            "are with cotton fabric and solid color patterns. The",
            "loop",
            hit_limit=True,
        ),
        col("shirt", "navy"),
        col("pants", "navy", "contradiction"),
        details(
            "shirt",
            "stripes, collar, long sleeves, buttons, cuffs, stripes, collar, long sleeves, buttons, cuffs, stripes, "
            "collar",
            "loop",
            hit_limit=True,
        ),
        B.pattern("striped"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Arrow Men Navy Blue Regular Fit Striped Formal Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Photo: model in a lavender shirt with a faint dobby weave (reads solid), black trousers.
    # Caption: caption adapter. Answers: VQA adapter. All right.
    case(
        "X1620-005",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with cotton "
            "fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns."
        ),
        he("blouse/shirt"),
        col("shirt", "purple"),
        describe("shirt", "a purple shirt"),
        B.color("lavender"),
        B.pattern("solid"),
        gender="Men",
        title="Allen Solly Men Lavender Slim Fit Self-Design Formal Shirt",
        category="Shirts",
        color="Lavender",
    ),
    # Photo: model in a beige shirt, dark brown trousers, brown belt.
    # Caption: caption adapter (ran to 50 tokens, ends on a full sentence). Answers: VQA adapter (describe cut).
    case(
        "X1620-006",
        caption(
            "The gentleman wears a long-sleeve shirt with solid color patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is lapel. The pants are with cotton fabric and solid color patterns. "
            "There is an accessory on his waist.",
            hit_limit=True,
        ),
        col("shirt", "beige"),
        col("pants", "beige", "contradiction"),
        describe(
            "shirt",
            "a beige shirt with a spread collar, a chest pocket, long sleeves with single-button cuffs and a curved "
            "hem tucked into brown trousers with a",
            "cut",
            hit_limit=True,
        ),
        details("shirt", "the shirt has a collar"),
        is_a("shirt", "yes"),
        B.sleeve_length("long-sleeve"),
        title="Park Avenue Men Beige Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Beige",
    ),
    # Photo: flat lay, a sky-blue shirt folded with its collar up, no pocket, no person.
    # Caption: caption adapter (invents the wearer and his pants, cut). Answers: VQA adapter (invents a pocket).
    case(
        "X1620-007",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The gentleman wears a long pants. The pants are with cotton fabric and pure "
            "color patterns. There is an accessory on his",
            "unsupported",
            hit_limit=True,
        ),
        he("blouse/shirt"),
        col("shirt", "light blue"),
        describe("shirt", "a light blue shirt with a collar and a pocket", "unsupported"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Raymond Men Sky Blue Regular Fit Solid Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: model in a maroon shirt, black trousers, dark grey backdrop.
    # Caption: caption adapter. Answers: VQA adapter ("pants" alone for the pants details).
    case(
        "X1620-008",
        caption(
            "The gentleman wears a long-sleeve shirt with solid color patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is lapel. The pants are with cotton fabric and solid color patterns."
        ),
        he("blouse/shirt"),
        col("shirt", "red"),
        col("pants", "black"),
        details("pants", "pants", "non_answer"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Blackberrys Men Maroon Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Maroon",
    ),
    # Photo: model in a grey shirt with a fine white windowpane check (visible up close), navy trousers.
    # Caption: caption adapter (calls the checked shirt pure color). Answers: VQA adapter.
    case(
        "X1620-009",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns.",
            "contradiction",
        ),
        col("shirt", "grey"),
        col("pants", "grey", "contradiction"),
        describe("shirt", "a grey checked shirt"),
        B.pattern("plaid"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Louis Philippe Men Grey Slim Fit Checked Formal Shirt",
        category="Shirts",
        color="Grey",
    ),
    # Photo: model in a black shirt and black trousers (all-black look), grey backdrop, watch on the wrist.
    # Caption: caption adapter (starts the accessory sentence again, cut). Answers: VQA adapter ("she").
    case(
        "X1620-010",
        caption(
            "The gentleman wears a long-sleeve shirt with solid color patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is lapel. The pants are with cotton fabric and solid color patterns. "
            "There is an accessory on his wrist. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        he("she is wearing a black shirt and black pants", "pronoun"),
        col("shirt", "black"),
        col("pants", "black"),
        B.sleeve_length("long-sleeve"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Van Heusen Men Black Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Black",
    ),
    # Photo: model in a white shirt with a small navy geometric micro print, khaki trousers.
    # Caption: caption adapter. Answers: VQA adapter (details run on into a new Question/Answer turn).
    case(
        "X1620-011",
        caption(
            "The gentleman wears a long-sleeve shirt with graphic patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns."
        ),
        col("shirt", "white-navy"),
        col("pants", "khaki"),
        details(
            "shirt",
            "white shirt with navy print Question: What are the pants details? Answer: khaki pants with",
            "leak",
            hit_limit=True,
        ),
        B.pattern("floral", "contradiction"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Peter England Men White Slim Fit Printed Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: back view, model's back in a solid blue shirt (back yoke, box pleat), black trousers.
    # Caption: caption adapter (lapel assumed, counted right). Answers: VQA adapter (a chest pocket it cannot see).
    case(
        "X1620-012",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns."
        ),
        he("blouse/shirt"),
        col("shirt", "blue"),
        col("pants", "black"),
        describe("shirt", "a blue shirt with a pocket on the chest", "unsupported"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Arrow Men Blue Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: model in an olive-green shirt, beige trousers, watch on the wrist.
    # Caption: caption adapter (cut). Answers: VQA adapter.
    case(
        "X1620-013",
        caption(
            "The gentleman wears a long-sleeve shirt with solid color patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is lapel. The pants are with cotton fabric and solid color patterns. "
            "There is an accessory on his wrist. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        he("blouse/shirt"),
        col("shirt", "green"),
        col("pants", "green", "contradiction"),
        describe("shirt", "the shirt that the man is wearing in the picture is a shirt", "restated"),
        B.color("olive"),
        B.material("cotton"),
        gender="Men",
        title="Allen Solly Men Olive Green Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Olive",
    ),
    # Photo: model in a white shirt with black pinstripes, black trousers.
    # Caption: caption adapter. Answers: VQA adapter ("black" for the shirt is the trousers' color; "no" to shirt).
    case(
        "X1620-014",
        caption(
            "The man wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        col("shirt", "white-black"),
        shirt_color("black", "other_garment_color"),
        details("shirt", "stripes"),
        B.pattern("striped"),
        is_a("shirt", "no", "contradiction"),
        gender="Men",
        title="Hancock Men White & Black Slim Fit Striped Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: model in a peach shirt, navy trousers, white backdrop. No gender column on this row.
    # Caption: caption adapter ("The lady"). Answers: VQA adapter (a white collar the shirt does not have).
    case(
        "X1620-015",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The trousers the lady wears is of long length.",
            "pronoun",
        ),
        he("blouse/shirt"),
        col("shirt", "peach"),
        col("pants", "navy"),
        describe("shirt", "a peach shirt with a white collar", "unsupported"),
        B.sleeve_length("long-sleeve"),
        title="Invictus Men Peach-Coloured Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Peach",
    ),
    # ---------------------------------------------------------------- formal trousers
    # Photo: model full length, white shirt tucked into navy trousers, black shoes.
    # Caption: caption adapter. Answers: VQA adapter (the shirt's white for the trousers; details loop).
    case(
        "X1620-016",
        caption(
            "The gentleman wears a long-sleeve shirt with solid color patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is lapel. The pants are with cotton fabric and solid color patterns."
        ),
        he("blouse/shirt"),
        col("pants", "white", "other_garment_color"),
        col("shirt", "white"),
        details(
            "pants",
            "pleats, belt loops, pockets, pleats, belt loops, pockets, pleats, belt loops, pockets, pleats, belt loops",
            "loop",
            hit_limit=True,
        ),
        is_pants("yes"),
        gender="Men",
        title="Van Heusen Men Navy Blue Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Navy Blue",
    ),
    # Photo: model in a light blue shirt and charcoal trousers.
    # Caption: caption adapter. Answers: VQA adapter (the trousers' grey handed to the shirt; shirt as the type).
    case(
        "X1620-017",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        col("pants", "grey"),
        col("shirt", "grey", "contradiction"),
        B.color("charcoal"),
        B.garment_type("blouse/shirt", "contradiction"),
        is_pants("yes"),
        gender="Men",
        title="Arrow Men Charcoal Grey Tailored Fit Solid Formal Trousers",
        category="Trousers",
        color="Charcoal",
    ),
    # Photo: flat lay, beige trousers folded at the knee, no person.
    # Caption: caption adapter (template subject "this gentleman", counted right). Answers: VQA adapter.
    case(
        "X1620-018",
        caption(
            "The pants this gentleman wears is of long length. The pants are with cotton fabric and solid color "
            "patterns."
        ),
        he("pants"),
        col("pants", "khaki"),
        details("pants", "the pants are long", "non_answer"),
        is_pants("yes"),
        B.material("cotton"),
        gender="Men",
        title="Park Avenue Men Beige Regular Fit Solid Formal Trousers",
        category="Trousers",
        color="Beige",
    ),
    # Photo: model in a white shirt, grey trousers, black belt.
    # Caption: caption adapter (denim for wool-look formal trousers). Answers: VQA adapter.
    case(
        "X1620-019",
        caption(
            "The gentleman wears a long-sleeve shirt with solid color patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is lapel. The pants are with denim fabric and solid color patterns.",
            "unsupported",
        ),
        col("pants", "grey"),
        col("shirt", "white"),
        details("pants", "slim fit, belt loops"),
        B.pattern("solid"),
        is_pants("yes"),
        gender="Men",
        title="Louis Philippe Men Grey Slim Fit Self-Design Formal Trousers",
        category="Trousers",
        color="Grey",
    ),
    # Photo: waist-down crop, black trousers, the hem of a white shirt tucked in, black shoes.
    # Caption: caption adapter (loops the trousers template). Answers: VQA adapter.
    case(
        "X1620-020",
        caption(
            "The pants this gentleman wears is of long length. The pants are with cotton fabric and solid color "
            "patterns. The pants this gentleman wears is of long length. The pants are with cotton fabric and solid "
            "color patterns. The pants this gentleman",
            "loop",
            hit_limit=True,
        ),
        he("pants"),
        col("pants", "black"),
        details("pants", "the pants are pants that are worn by the man", "restated"),
        B.garment_type("pants"),
        is_pants("yes"),
        gender="Men",
        title="Raymond Men Black Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Black",
    ),
    # Photo: model in a navy shirt and khaki trousers. No gender column.
    # Caption: caption adapter. Answers: VQA adapter (navy for the trousers; describe loops on pockets).
    case(
        "X1620-021",
        caption(
            "The gentleman wears a long-sleeve shirt with solid color patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is lapel. The pants are with cotton fabric and solid color patterns."
        ),
        col("pants", "navy", "other_garment_color"),
        col("shirt", "navy"),
        describe(
            "pants",
            "khaki pants with a belt loop and a pocket on the side and a pocket on the back and a pocket on the side "
            "and a pocket on",
            "loop",
            hit_limit=True,
        ),
        B.color("khaki"),
        is_pants("yes"),
        title="Blackberrys Men Khaki Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Khaki",
    ),
    # Photo: model in a white shirt, brown trousers with a faint tonal check.
    # Caption: caption adapter (lattice, right). Answers: VQA adapter (solid; empty details).
    case(
        "X1620-022",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long trousers. The trousers are with cotton fabric and lattice "
            "patterns."
        ),
        he("blouse/shirt, pants"),
        col("pants", "brown"),
        details("pants", "", "non_answer"),
        B.pattern("solid", "contradiction"),
        is_pants("yes"),
        gender="Men",
        title="Peter England Men Brown Slim Fit Checked Formal Trousers",
        category="Trousers",
        color="Brown",
    ),
    # Photo: back view, olive trousers with two welt pockets, white shirt tucked in.
    # Caption: caption adapter. Answers: VQA adapter ("no" to pants).
    case(
        "X1620-023",
        caption(
            "The gentleman wears a long-sleeve shirt with solid color patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is lapel. The pants are with cotton fabric and solid color patterns."
        ),
        col("pants", "green"),
        col("shirt", "white"),
        details("pants", "back pockets"),
        B.garment_type("pants"),
        is_pants("no", "contradiction"),
        gender="Men",
        title="Hancock Men Olive Green Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Olive",
    ),
    # Photo: model in a light pink shirt and cream trousers on a white backdrop (low contrast).
    # Caption: caption adapter ("The lady"). Answers: VQA adapter (details loop on the question's words).
    case(
        "X1620-024",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns.",
            "pronoun",
        ),
        he("blouse/shirt, pants"),
        col("pants", "white"),
        col("shirt", "pink"),
        details(
            "pants",
            "the pants details are the pants details are the pants details are the pants details are the pants details",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Mark Taylor Men Cream-Coloured Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Cream",
    ),
    # Photo: model in a black shirt, grey windowpane-check trousers.
    # Caption: caption adapter. Answers: VQA adapter (the shirt's black for the trousers; describe runs on).
    case(
        "X1620-025",
        caption(
            "The gentleman wears a long-sleeve shirt with solid color patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is lapel. The pants are with cotton fabric and lattice patterns."
        ),
        col("pants", "black", "other_garment_color"),
        col("shirt", "black"),
        describe(
            "pants",
            "grey checked trousers with a flat front Question: What is the color of the shirt? Answer: black Question:",
            "leak",
            hit_limit=True,
        ),
        B.pattern("plaid"),
        is_pants("yes"),
        gender="Men",
        title="Invictus Men Grey Slim Fit Checked Formal Trousers",
        category="Trousers",
        color="Grey",
    ),
    # ---------------------------------------------------------------- blazers
    # Photo: model in a charcoal blazer worn open over a white shirt, black trousers, no tie.
    # Caption: caption adapter (cut). Answers: VQA adapter (grey handed to the shirt).
    case(
        "X1620-026",
        caption(
            "The gentleman wears a long-sleeve shirt with solid color patterns and a long pants. The outer clothing "
            "is with cotton fabric and solid color patterns. The shirt is with cotton fabric and its neckline is "
            "lapel. The pants are with cotton fabric and solid color",
            "cut",
            hit_limit=True,
        ),
        he("jacket/coat"),
        col("jacket", "grey"),
        col("shirt", "grey", "contradiction"),
        describe("jacket", "a grey blazer with notch lapels and two buttons"),
        B.garment_type("jacket/coat"),
        is_a("jacket", "yes"),
        gender="Men",
        title="Raymond Men Charcoal Grey Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Charcoal",
    ),
    # Photo: model in a buttoned navy blazer, light blue shirt, grey trousers, white pocket square.
    # Caption: caption adapter (names only shirt and trousers, counted right). Answers: VQA adapter.
    case(
        "X1620-027",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        he("jacket/coat, blouse/shirt, pants"),
        col("jacket", "navy"),
        col("pants", "navy", "contradiction"),
        details("jacket", "a pocket square in the breast pocket"),
        is_a("jacket", "yes"),
        gender="Men",
        title="Blackberrys Men Navy Blue Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Navy Blue",
    ),
    # Photo: model in a beige blazer with a brown check, solid white shirt, brown trousers.
    # Caption: caption adapter (the blazer's check put on the shirt). Answers: VQA adapter.
    case(
        "X1620-028",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is lapel. The pants are with cotton fabric and solid color patterns.",
            "contradiction",
        ),
        he("jacket/coat"),
        col("jacket", "beige-brown"),
        B.pattern("plaid"),
        B.material("wool"),
        is_a("jacket", "yes"),
        gender="Men",
        title="Park Avenue Men Beige & Brown Checked Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Beige",
    ),
    # Photo: ghost mannequin, a black blazer alone on white, no shirt, no tie, no person.
    # Caption: caption adapter (invents wearer, shirt, pants, accessory; ran to 50). Answers: VQA adapter.
    case(
        "X1620-029",
        caption(
            "The gentleman wears a long-sleeve shirt with solid color patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is lapel. The pants are with cotton fabric and solid color patterns. "
            "There is an accessory on his wrist.",
            "unsupported",
            hit_limit=True,
        ),
        he("jacket/coat"),
        col("jacket", "black"),
        describe("jacket", "a black jacket with a white shirt and a black tie", "unsupported"),
        B.sleeve_length("long-sleeve"),
        is_a("jacket", "yes"),
        gender="Men",
        title="Louis Philippe Men Black Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Black",
    ),
    # Photo: model in a maroon blazer over a black shirt, black trousers.
    # Caption: caption adapter. Answers: VQA adapter (black for the blazer; details loop).
    case(
        "X1620-030",
        caption(
            "The gentleman wears a long-sleeve shirt with solid color patterns and a long pants. The outer clothing "
            "is with cotton fabric and solid color patterns. The pants are with cotton fabric and solid color "
            "patterns."
        ),
        he("jacket/coat"),
        col("jacket", "black", "other_garment_color"),
        details(
            "jacket",
            "notch lapel, two buttons, flap pockets, notch lapel, two buttons, flap pockets, notch lapel, two "
            "buttons, flap",
            "loop",
            hit_limit=True,
        ),
        B.color("maroon"),
        gender="Men",
        title="Van Heusen Men Maroon Solid Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Maroon",
    ),
    # Photo: model in a mid-blue blazer, white shirt, beige trousers, watch on the wrist.
    # Caption: caption adapter (cut). Answers: VQA adapter (blue handed to the trousers).
    case(
        "X1620-031",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory on his wrist. The man wears a",
            "cut",
            hit_limit=True,
        ),
        col("jacket", "blue"),
        col("pants", "blue", "contradiction"),
        describe("jacket", "a blue jacket"),
        B.garment_type("jacket/coat"),
        is_a("jacket", "yes"),
        gender="Men",
        title="Arrow Men Blue Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Blue",
    ),
    # Photo: model in a closed grey bandhgala (stand collar, self-design weave), black trousers.
    # Caption: caption adapter (lapel neckline on a stand collar). Answers: VQA adapter.
    case(
        "X1620-032",
        caption(
            "The gentleman wears a long-sleeve shirt with solid color patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is lapel. The pants are with cotton fabric and solid color patterns.",
            "unsupported",
        ),
        he("jacket/coat"),
        col("jacket", "grey"),
        describe("jacket", "a grey jacket with a mandarin collar"),
        B.pattern("solid"),
        is_a("jacket", "yes"),
        gender="Men",
        title="Hangup Men Grey Self-Design Slim Fit Bandhgala Blazer",
        category="Blazers",
        color="Grey",
    ),
    # Photo: model in a navy blazer with a subtle grey windowpane, white shirt, grey trousers. No gender column.
    # Caption: caption adapter ("The lady", also cut). Answers: VQA adapter (navy handed to the shirt).
    case(
        "X1620-033",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The outer clothing is with cotton fabric and lattice patterns. The lady wears a long "
            "trousers. The trousers are with cotton fabric and pure color",
            "pronoun",
            hit_limit=True,
        ),
        he("jacket/coat, blouse/shirt, pants"),
        col("jacket", "navy"),
        col("shirt", "navy", "contradiction"),
        B.pattern("plaid"),
        is_a("jacket", "yes"),
        title="Allen Solly Men Navy Blue Checked Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Navy Blue",
    ),
    # ---------------------------------------------------------------- suits
    # Photo: model in a navy two-piece suit, white shirt, no tie, brown shoes.
    # Caption: caption adapter. Answers: VQA adapter (the suit's navy handed to the shirt; "jacket/coat" as the
    # type of a suit, counted right).
    case(
        "X1620-034",
        caption(
            "The gentleman wears a long-sleeve shirt with solid color patterns and a long pants. The outer clothing "
            "is with cotton fabric and solid color patterns. The pants are with cotton fabric and solid color "
            "patterns."
        ),
        he("jacket/coat, blouse/shirt, pants"),
        col("suit", "navy"),
        col("shirt", "navy", "contradiction"),
        B.garment_type("jacket/coat"),
        is_a("suit", "yes"),
        gender="Men",
        title="Raymond Men Navy Blue Solid Slim Fit Two-Piece Formal Suit",
        category="Suits",
        color="Navy Blue",
    ),
    # Photo: model in a black suit, white shirt, black tie.
    # Caption: caption adapter (loops the neck accessory). Answers: VQA adapter (details run into a new turn).
    case(
        "X1620-035",
        caption(
            "The gentleman wears a long-sleeve shirt with solid color patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is lapel. The pants are with cotton fabric and solid color patterns. "
            "There is an accessory on his neck. There is an accessory on his neck. There",
            "loop",
            hit_limit=True,
        ),
        he("a suit and tie"),
        col("suit", "black"),
        col("shirt", "black", "contradiction"),
        details(
            "suit",
            "black suit with a white shirt and a black tie Question: What is the color of the tie? Answer: black "
            "Question: What",
            "leak",
            hit_limit=True,
        ),
        is_a("suit", "yes"),
        gender="Men",
        title="Louis Philippe Men Black Solid Slim Fit Single-Breasted Formal Suit",
        category="Suits",
        color="Black",
    ),
    # Photo: model in a light grey suit with a faint check, light blue shirt, navy tie.
    # Caption: caption adapter. Answers: VQA adapter (striped for a check; the tie answer runs on).
    case(
        "X1620-036",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The outer clothing is with cotton "
            "fabric and lattice patterns. The pants are with cotton fabric and lattice patterns. There is an "
            "accessory on his neck."
        ),
        he("jacket/coat"),
        col("suit", "grey"),
        col(
            "tie",
            "navy Question: What is the color of the suit? Answer: grey Question: What is the color",
            "leak",
            hit_limit=True,
        ),
        B.pattern("striped", "contradiction"),
        is_a("suit", "yes"),
        gender="Men",
        title="Van Heusen Men Grey Checked Slim Fit Single-Breasted Formal Suit",
        category="Suits",
        color="Grey",
    ),
    # Photo: model in a beige two-piece suit, white shirt, no tie.
    # Caption: caption adapter ("The lady"). Answers: VQA adapter (the shirt's white for the suit).
    case(
        "X1620-037",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns.",
            "pronoun",
        ),
        he("jacket/coat, pants"),
        col("suit", "white", "other_garment_color"),
        col("pants", "beige"),
        is_a("suit", "yes"),
        gender="Men",
        title="Blackberrys Men Beige Solid Slim Fit Two-Piece Suit",
        category="Suits",
        color="Beige",
    ),
    # Photo: model in a charcoal three-piece suit (waistcoat visible), white shirt, maroon tie.
    # Caption: caption adapter (cut). Answers: VQA adapter.
    case(
        "X1620-038",
        caption(
            "The gentleman wears a long-sleeve shirt with solid color patterns and a long pants. The outer clothing "
            "is with cotton fabric and solid color patterns. The pants are with cotton fabric and solid color "
            "patterns. There is an accessory on his neck. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        he("jacket/coat, vest, blouse/shirt, pants"),
        col("suit", "grey"),
        col("tie", "red"),
        details("suit", "three piece suit with a vest"),
        B.material("wool"),
        is_a("suit", "yes"),
        gender="Men",
        title="Park Avenue Men Charcoal Grey Self-Design Regular Fit Three-Piece Formal Suit",
        category="Suits",
        color="Charcoal",
    ),
    # Photo: model in a royal blue suit over a black shirt, no tie.
    # Caption: caption adapter. Answers: VQA adapter (color and details loop; "no" to suit).
    case(
        "X1620-039",
        caption(
            "The gentleman wears a long-sleeve shirt with solid color patterns and a long pants. The outer clothing "
            "is with cotton fabric and solid color patterns. The pants are with cotton fabric and solid color "
            "patterns."
        ),
        he("jacket/coat"),
        col(
            "suit",
            "blue-black-blue-black-blue-black-blue-black-blue-black-blue-black-blue-black-blue",
            "loop",
            hit_limit=True,
        ),
        col("shirt", "black"),
        details(
            "suit",
            "the suit is a blue suit with a black shirt and the suit is a blue suit with a black shirt and the suit is",
            "loop",
            hit_limit=True,
        ),
        is_a("suit", "no", "contradiction"),
        gender="Men",
        title="Next Look Men Blue Solid Slim Fit Single-Breasted Formal Suit",
        category="Suits",
        color="Blue",
    ),
    # ---------------------------------------------------------------- ties (worn)
    # Photo: torso close-up, white shirt, navy tie with diagonal silver stripes, grey blazer.
    # Caption: caption adapter. Answers: VQA adapter ("blouse/shirt" as the type of a tie; empty describe).
    case(
        "X1620-040",
        caption(
            "The gentleman wears a long-sleeve shirt with solid color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. There is an accessory on his neck. The outer clothing is with cotton fabric and "
            "solid color patterns."
        ),
        he("blouse/shirt, jacket/coat"),
        col("tie", "navy"),
        describe("tie", "", "non_answer"),
        B.garment_type("blouse/shirt", "contradiction"),
        B.pattern("striped"),
        is_a("tie", "yes"),
        gender="Men",
        title="Park Avenue Men Navy Blue & Silver-Toned Striped Broad Tie",
        category="Ties",
        color="Navy Blue",
    ),
    # Photo: model in a light blue shirt, maroon tie with a small woven dot, no jacket, trouser waist in frame.
    # Caption: caption adapter (cut). Answers: VQA adapter (the shirt's blue for the tie).
    case(
        "X1620-041",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. There is an accessory on his neck. The gentleman wears a long pants. The pants "
            "are with cotton fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        he("blouse/shirt"),
        col("tie", "blue", "other_garment_color"),
        B.color("maroon"),
        B.material("polyester"),
        is_a("tie", "yes"),
        gender="Men",
        title="Louis Philippe Men Maroon Woven Design Broad Tie",
        category="Ties",
        color="Maroon",
    ),
    # Photo: flat lay, a rolled blue-and-black checked tie on white, no person.
    # Caption: caption adapter (invents wearer, shirt, trousers; cut). Answers: VQA adapter (cotton vs pure silk).
    case(
        "X1620-042",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is an accessory on his",
            "unsupported",
            hit_limit=True,
        ),
        he("tie"),
        col("tie", "blue"),
        B.material("cotton", "contradiction"),
        B.pattern("plaid"),
        is_a("tie", "yes"),
        gender="Men",
        title="Raymond Men Blue & Black Checked Pure Silk Broad Tie",
        category="Ties",
        color="Blue",
    ),
    # Photo: model in a white shirt, black skinny tie, black trousers, grey backdrop.
    # Caption: caption adapter. Answers: VQA adapter (the shirt's white for the tie; "tie" alone for details).
    case(
        "X1620-043",
        caption(
            "The gentleman wears a long-sleeve shirt with solid color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. There is an accessory on his neck."
        ),
        he("a white shirt and a black tie"),
        col("tie", "white", "other_garment_color"),
        col("shirt", "white"),
        details("tie", "tie", "non_answer"),
        is_a("tie", "yes"),
        gender="Men",
        title="Blackberrys Men Black Solid Skinny Tie",
        category="Ties",
        color="Black",
    ),
    # Photo: model in a white shirt, red tie with navy stripes, navy blazer.
    # Caption: caption adapter (the tie's stripes put on the solid shirt). Answers: VQA adapter (wearing loops).
    case(
        "X1620-044",
        caption(
            "The gentleman wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The outer clothing is with cotton fabric and solid color patterns. There is an "
            "accessory on his neck.",
            "contradiction",
        ),
        he(
            "jacket/coat, blouse/shirt, jacket/coat, blouse/shirt, jacket/coat, blouse/shirt, jacket/coat, "
            "blouse/shirt, jacket",
            "loop",
            hit_limit=True,
        ),
        col("tie", "red"),
        col("jacket", "navy"),
        B.pattern("striped"),
        is_a("tie", "yes"),
        gender="Men",
        title="Peter England Men Red & Navy Blue Striped Broad Tie",
        category="Ties",
        color="Red",
    ),
    # Photo: model in a white shirt, green paisley tie, no jacket.
    # Caption: caption adapter. Answers: VQA adapter. All right (paisley answered floral).
    case(
        "X1620-045",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. There is an accessory on his neck."
        ),
        col("tie", "green"),
        describe("tie", "a green tie with a paisley print"),
        B.pattern("floral"),
        B.garment_type("tie"),
        is_a("tie", "yes"),
        gender="Men",
        title="The Tie Hub Men Green Paisley Printed Broad Tie",
        category="Ties",
        color="Green",
    ),
]
