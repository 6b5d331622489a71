"""BLIND_1380 (45 products; Myntra men's formal wear, epoch-3 caption adapter + VQA adapter): written blind in the
sixty-fourth session. Measured blind at bfeca02 (the session's second rules): 62/80 failures found (77.5%) and 35/194
correct texts flagged (18.0%). The writer's notes, verbatim:

Scenario: a Myntra men's formal wear feed: formal shirts, formal trousers, blazers, suits (two-piece, three-piece,
one bandhgala) and ties shown worn. Most photos are the usual catalog shot: a male model on a plain light backdrop
wearing the product with the rest of a formal outfit (a shirt under a blazer, trousers under a shirt). Now and then
there is a back view, a torso crop for a tie, or a flat lay (trousers folded, a tie rolled beside a cufflink box).
The feed columns are Myntra's: title, category (the article type: Shirts, Trousers, Blazers, Suits, Ties), color
(the base colour) and gender (Men); one is missing here and there, as in real feeds.
Who wrote what: every caption is the epoch-3 caption adapter (leoreigoto/Data2_V2_Blip2_Finetune_Caption) on
blip2-opt-2.7b, so it speaks the DeepFashion-MultiModal template (patterns, never hues; "cotton fabric"; "lapel"
neckline; "accessory on his wrist"), and without a trained stop it often runs to 50 tokens and stops mid-sentence
or repeats a sentence. Every answer is the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA) on the experiments' questions,
with the garment filled in from the category ("What is he wearing?", "What is the color of the shirt / pants /
blazer / suit / tie?", "What is the shirt color?", "Describe the X.", "What are the X details?", "Is this a X?"),
plus a few of the closed questions (pattern, sleeve length, material). The VQA adapter mostly answers in a word or
two, In-shop style ("blue-white", "jacket"), but sometimes repeats a word to the 30-token limit, or carries on into
the next "Question: ... Answer:" it saw in training, and it often gives the product the color of the garment beside
it (shirt's white for the suit, blazer's navy for the shirt).
Labeling conventions and judgement calls: judged against the photo I imagined (described in the comment above each
case) and the title. A caption that stops mid-sentence at the limit is `cut`; one that repeats a sentence to the limit
is `loop`. One caption ran to 50 tokens but happens to end on a whole phrase ("...on his wrist"): marked hit_limit
but left correct, since nothing in it is wrong. The template's "cotton fabric" and "lapel" are accepted for shirts,
trousers and notched-lapel jackets; fabric only counts as wrong where it is clearly not that (denim trousers,
leather blazer) or the product is known otherwise. Near hues are accepted (navy as "blue", olive as "green", sea
green as "teal", lavender as "purple", beige as "khaki"), but charcoal as "black", navy as "black" and lavender as
"pink" are counted as contradictions. A color answer that is the neighbouring garment's color is
`other_garment_color`. "What is he wearing?" answered with the other garment in the photo ("jacket" for a tie worn
under a blazer, "shirt" for a tie) is true of the photo and left correct. Invented parts the photo does not show
(zip, pocket, logo, rolled sleeves, a tie that is not there, a shirt in a flat lay, trousers in a torso crop) are
`unsupported`. A woman's pronoun for the male model is `pronoun`. Answers that only give back the question's words
("pants details", "the suit details") are `non_answer`; "the tie is a tie" is `restated`. When a text has two faults
I labeled the one that matters most and kept the other out where I could.
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


def he(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="he", hit_limit=hit_limit)


def col(garment, text, failure=None, hit_limit=False):
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


BLIND_1380 = [
    # Photo: model in a plain white full-sleeve shirt tucked into charcoal trousers, steel watch, grey backdrop.
    # Caption: caption adapter (epoch 3), cut at 50 tokens; answers: VQA adapter.
    case(
        "X1380-001",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with cotton "
            "fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns. There is "
            "an accessory on his",
            "cut",
            hit_limit=True,
        ),
        he("shirt"),
        col("shirt", "white"),
        col("pants", "white", "other_garment_color"),
        describe("shirt", "white shirt with a collar and buttons"),
        details(
            "shirt",
            "the collar, the buttons, the sleeves, the collar, the buttons, the sleeves, the collar, the buttons, the "
            "sleeves, the collar,",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Van Heusen Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: light blue and white micro-check shirt (no chest pocket), navy trousers, hands in pockets.
    # Caption: caption adapter (epoch 3), stopped on its own; answers: VQA adapter.
    case(
        "X1380-002",
        caption(
            "The man is wearing a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        he("shirt and pants"),
        col("shirt", "blue"),
        shirt_color("blue-white"),
        col("pants", "navy"),
        BLIND_QUESTIONS.pattern("plaid"),
        details("shirt", "the shirt has a collar and buttons on the front and a pocket on the chest", "unsupported"),
        gender="Men",
        title="Louis Philippe Men Blue Slim Fit Checked Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: pink shirt with thin white stripes, full sleeves rolled to the elbow, grey trousers.
    # Caption: caption adapter (epoch 3), cut; answers: VQA adapter.
    case(
        "X1380-003",
        caption(
            "This gentleman is wearing a long-sleeve shirt with striped patterns. The shirt is with cotton fabric and "
            "it has a lapel neckline. This gentleman wears a long trousers, with cotton fabric and pure color "
            "patterns. This gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        he("shirt"),
        col("shirt", "pink"),
        col("pants", "pink", "other_garment_color"),
        BLIND_QUESTIONS.sleeve_length("short", "contradiction"),
        describe("shirt", "pink shirt with white stripes"),
        gender="Men",
        title="Peter England Men Pink Slim Fit Striped Formal Shirt",
        category="Shirts",
        color="Pink",
    ),
    # Photo: charcoal two-button blazer, buttoned, over a white shirt, black trousers, no tie.
    # Caption: caption adapter (epoch 3), cut; answers: VQA adapter.
    case(
        "X1380-004",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and its "
            "neckline is lapel. The man wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "The man wears a",
            "cut",
            hit_limit=True,
        ),
        he("jacket"),
        col("blazer", "grey"),
        is_a("blazer", "yes"),
        describe("blazer", "grey jacket with two buttons and a pocket"),
        details("blazer", "the jacket has a collar and buttons on the front and a zipper on the side", "unsupported"),
        gender="Men",
        title="Arrow Men Charcoal Grey Tailored Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Charcoal",
    ),
    # Photo: navy two-piece suit, white shirt, blue tie, front view.
    # Caption: caption adapter (epoch 3), cut on "There"; answers: VQA adapter.
    case(
        "X1380-005",
        caption(
            "The person is wearing a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a lapel neckline. The person wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There",
            "cut",
            hit_limit=True,
        ),
        he("a suit and tie"),
        col("suit", "navy"),
        col("shirt", "white"),
        col("pants", "navy"),
        details("suit", "the suit details", "non_answer"),
        gender="Men",
        title="Raymond Men Navy Blue Solid Slim Fit Two-Piece Formal Suit",
        category="Suits",
        color="Navy Blue",
    ),
    # Photo: grey flat-front trousers, light blue shirt tucked in, black belt, black shoes, full body.
    # Caption: caption adapter (epoch 3), stopped on its own; answers: VQA adapter.
    case(
        "X1380-006",
        caption(
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The upper "
            "clothing has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. There is an "
            "accessory on his waist."
        ),
        he("pants"),
        col("pants", "grey"),
        col("shirt", "grey", "other_garment_color"),
        is_a("pair of trousers", "yes"),
        details("pants", "the pants have a belt loop and a pocket on the side"),
        gender="Men",
        title="Allen Solly Men Grey Slim Fit Formal Trousers",
        category="Trousers",
        color="Grey",
    ),
    # Photo: black trousers, white shirt tucked in, full body, white backdrop.
    # Caption: caption adapter (epoch 3), repeats its trousers sentence to the limit; answers: VQA adapter.
    case(
        "X1380-007",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with cotton "
            "fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns. The "
            "trousers are with cotton fabric and pure",
            "loop",
            hit_limit=True,
        ),
        he("shirt and pants"),
        col("pants", "black"),
        col("shirt", "black", "other_garment_color"),
        describe("pants", "black pants"),
        gender="Men",
        title="Park Avenue Men Black Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Black",
    ),
    # Photo: olive trousers, white shirt, brown shoes, full body.
    # Caption: caption adapter (epoch 3), stopped on its own; answers: VQA adapter.
    case(
        "X1380-008",
        caption(
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The upper "
            "clothing has long sleeves, cotton fabric and pure color patterns."
        ),
        he("pants"),
        col("pants", "green"),
        col("shirt", "white"),
        details("pants", "they are long", "non_answer"),
        BLIND_QUESTIONS.garment_type("pants"),
        gender="Men",
        title="Blackberrys Men Olive Green Slim Fit Formal Trousers",
        category="Trousers",
        color="Olive",
    ),
    # Photo: lavender shirt, dark grey trousers, one hand in a pocket, watch on the left wrist.
    # Caption: caption adapter (epoch 3), ran to 50 tokens and the limit fell right after "wrist"; answers: VQA.
    case(
        "X1380-009",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is lapel. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an "
            "accessory on his wrist",
            hit_limit=True,
        ),
        he("shirt"),
        col("shirt", "purple"),
        shirt_color("pink", "contradiction"),
        col("pants", "grey"),
        describe("shirt", "purple shirt with a collar"),
        gender="Men",
        title="Van Heusen Men Lavender Regular Fit Solid Formal Shirt",
        category="Shirts",
        color="Lavender",
    ),
    # Photo: white shirt with navy pinstripes, beige formal trousers, front view.
    # Caption: caption adapter (epoch 3), cut; answers: VQA adapter.
    case(
        "X1380-010",
        caption(
            "This man wears a long-sleeve shirt with striped patterns and a long trousers. The shirt is with cotton "
            "fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns. This man "
            "wears a",
            "cut",
            hit_limit=True,
        ),
        he("shirt"),
        col("shirt", "white"),
        col("pants", "beige"),
        BLIND_QUESTIONS.pattern("stripes"),
        details(
            "shirt",
            "the shirt has a collar and buttons down the front and the sleeves are long and the sleeves are long and "
            "the sleeves are long and the",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Hancock Men White & Navy Blue Slim Fit Striped Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: torso and head crop: white shirt, navy tie with a small self-design dot weave, tie knotted.
    # Caption: caption adapter (epoch 3), stopped on its own; answers: VQA adapter.
    case(
        "X1380-011",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is lapel. "
            "This man has neckwear."
        ),
        he("shirt and tie"),
        col("tie", "navy"),
        is_a("tie", "yes"),
        describe("tie", "blue tie with a pattern"),
        details(
            "tie",
            "the tie has a knot Question: What is the color of the tie? Answer: navy Question: What is the color of "
            "the shirt? Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        title="Peter England Men Navy Blue Self Design Broad Tie",
        category="Ties",
        color="Navy Blue",
    ),
    # Photo: chest-up crop: light blue shirt, maroon skinny tie with a woven paisley; no trousers in the frame.
    # Caption: caption adapter (epoch 3), stopped on its own; answers: VQA adapter.
    case(
        "X1380-012",
        caption(
            "The person is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The person wears a long trousers.",
            "unsupported",
        ),
        he("shirt"),
        col("tie", "blue", "other_garment_color"),
        col("shirt", "blue"),
        describe("tie", "red tie with a paisley pattern"),
        is_a("tie", "yes"),
        gender="Men",
        title="Alvaro Castagnino Men Maroon Woven Design Skinny Tie",
        category="Ties",
        color="Maroon",
    ),
    # Photo: beige single-breasted blazer worn open, white shirt, navy trousers, hands in pockets.
    # Caption: caption adapter (epoch 3), cut; answers: VQA adapter.
    case(
        "X1380-013",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and its "
            "neckline is lapel. The pants this man wears is of long length. The pants are with cotton fabric and pure "
            "color patterns. The man",
            "cut",
            hit_limit=True,
        ),
        he("jacket"),
        col("blazer", "beige"),
        col("pants", "navy"),
        col("shirt", "white"),
        describe("blazer", "a beige blazer with a white shirt and navy pants"),
        details("blazer", "the jacket has two buttons and a pocket on the chest and two pockets on the front"),
        gender="Men",
        title="Blackberrys Men Beige Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Beige",
    ),
    # Photo: black two-piece suit, white shirt, black tie, white backdrop.
    # Caption: caption adapter (epoch 3), cut inside "neckwear"; answers: VQA adapter.
    case(
        "X1380-014",
        caption(
            "This gentleman is wearing a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric "
            "and its neckline is lapel. This gentleman wears a long trousers, with cotton fabric and pure color "
            "patterns. This gentleman has neck",
            "cut",
            hit_limit=True,
        ),
        he("suit"),
        col("suit", "black"),
        col("shirt", "black", "other_garment_color"),
        is_a("suit", "yes"),
        describe("suit", "black suit with a white shirt and black tie"),
        details(
            "suit",
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Raymond Men Black Solid Slim Fit Two-Piece Formal Suit",
        category="Suits",
        color="Black",
    ),
    # Photo: grey blazer with a faint windowpane check, white shirt, black trousers; poly-viscose per the product page.
    # Caption: caption adapter (epoch 3), stopped on its own; answers: VQA adapter.
    case(
        "X1380-015",
        caption(
            "The man wears a long-sleeve jacket with lattice patterns. The jacket is with cotton fabric and its "
            "neckline is lapel. The man wears a long pants. The pants are with cotton fabric and pure color patterns."
        ),
        he("jacket"),
        col("blazer", "grey"),
        BLIND_QUESTIONS.pattern("solid", "contradiction"),
        BLIND_QUESTIONS.material("wool", "unsupported"),
        is_a("blazer", "no", "contradiction"),
        gender="Men",
        title="Invictus Men Grey Checked Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Grey",
    ),
    # Photo: medium blue solid shirt, navy trousers, front view. (The feed row has no gender.)
    # Caption: caption adapter (epoch 3), cut; answers: VQA adapter.
    case(
        "X1380-016",
        caption(
            "The man is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The man",
            "cut",
            hit_limit=True,
        ),
        he("shirt"),
        col("shirt", "blue"),
        col("pants", "blue"),
        shirt_color(
            "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue "
            "blue blue blue blue blue blue blue blue blue",
            "loop",
            hit_limit=True,
        ),
        describe("shirt", "blue shirt"),
        title="Arrow Men Blue Regular Fit Solid Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: back view: the model faces away in a white textured shirt and beige trousers; only the back and yoke show.
    # Caption: caption adapter (epoch 3), stopped on its own; answers: VQA adapter.
    case(
        "X1380-017",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is lapel. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns."
        ),
        he("shirt"),
        col("shirt", "white"),
        col("pants", "beige"),
        details("shirt", "the shirt has a pocket on the chest and a logo on the chest", "unsupported"),
        describe("shirt", "white shirt with long sleeves"),
        gender="Men",
        title="Louis Philippe Men White Slim Fit Textured Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: khaki formal trousers, white shirt, brown belt, full body.
    # Caption: caption adapter (epoch 3), stopped on its own but calls the trousers denim; answers: VQA adapter.
    case(
        "X1380-018",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with denim fabric and pure color patterns. There is an "
            "accessory on his waist.",
            "unsupported",
        ),
        he("pants"),
        col("pants", "khaki"),
        col("shirt", "white"),
        details("pants", "the pants have a belt and pockets on the side"),
        gender="Men",
        title="ColorPlus Men Khaki Tailored Fit Solid Formal Trousers",
        category="Trousers",
        color="Khaki",
    ),
    # Photo: torso crop: black shirt buttoned to the top, grey solid tie.
    # Caption: caption adapter (epoch 3), stopped on its own; answers: VQA adapter.
    case(
        "X1380-019",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. "
            "This man has neckwear."
        ),
        he("shirt"),
        col("tie", "black", "other_garment_color"),
        describe("tie", "grey tie"),
        is_a("tie", "yes"),
        col("shirt", "black"),
        gender="Men",
        title="Tossido Men Grey Solid Broad Tie",
        category="Ties",
        color="Grey",
    ),
    # Photo: flat lay: navy trousers folded on a white surface, no model, nothing else in the frame.
    # Caption: caption adapter (epoch 3), stopped on its own but adds an upper garment; answers: VQA adapter.
    case(
        "X1380-020",
        caption(
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The upper "
            "clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is lapel.",
            "unsupported",
        ),
        he("pants"),
        col("pants", "navy"),
        describe("pants", "a pair of navy pants"),
        details(
            "pants",
            "the pants have a pocket on the front and a pocket on the back and a pocket on the front and a pocket on "
            "the back and a pocket on the",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Van Heusen Men Navy Blue Slim Fit Solid Formal Trousers",
        color="Navy Blue",
    ),
    # Photo: blue and white small gingham check shirt, open collar, no tie, grey trousers.
    # Caption: caption adapter (epoch 3), stopped on its own; answers: VQA adapter.
    case(
        "X1380-021",
        caption(
            "The man is wearing a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        he("a shirt and a tie", "unsupported"),
        col("shirt", "blue-white"),
        col("pants", "grey"),
        BLIND_QUESTIONS.pattern("plaid"),
        describe("shirt", "blue and white checkered shirt"),
        details("shirt", "checkered"),
        gender="Men",
        title="Park Avenue Men Blue & White Checked Slim Fit Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: grey three-piece suit (jacket, waistcoat, trousers), white shirt, burgundy tie, white pocket square.
    # Caption: caption adapter (epoch 3), cut; answers: VQA adapter.
    case(
        "X1380-022",
        caption(
            "This man wears a long-sleeve jacket with pure color patterns and a long trousers. The jacket is with "
            "cotton fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns. "
            "This man has neckwear. There is",
            "cut",
            hit_limit=True,
        ),
        he("suit and tie"),
        col("suit", "grey"),
        col("shirt", "white"),
        describe("suit", "grey suit with a vest and tie"),
        details(
            "suit",
            "the suit has a vest, a pocket square, and a tie. Question: What is the color of the tie? Answer: red "
            "Question: What is",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        title="Raymond Men Grey Self-Design Slim Fit Three-Piece Formal Suit",
        category="Suits",
        color="Grey",
    ),
    # Photo: male model in a black shirt and grey trousers, light grey backdrop.
    # Caption: caption adapter (epoch 3), stopped on its own, with the template's "woman"; answers: VQA adapter.
    case(
        "X1380-023",
        caption(
            "The woman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The woman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns.",
            "pronoun",
        ),
        he("shirt"),
        col("shirt", "black"),
        col("pants", "grey"),
        describe("shirt", "black shirt"),
        BLIND_QUESTIONS.sleeve_length("long"),
        gender="Men",
        title="Allen Solly Men Black Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Black",
    ),
    # Photo: maroon shirt with a chest pocket, black trousers, watch.
    # Caption: caption adapter (epoch 3), cut; answers: VQA adapter.
    case(
        "X1380-024",
        caption(
            "This gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric "
            "and it has a lapel neckline. This gentleman wears a long trousers, with cotton fabric and pure color "
            "patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        he("shirt"),
        col("shirt", "red"),
        shirt_color("maroon"),
        col("pants", "black"),
        details(
            "shirt",
            "the shirt has a collar, buttons, and a pocket on the chest and a pocket on the chest and a pocket on the "
            "chest and a pocket",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Blackberrys Men Maroon Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Maroon",
    ),
    # Photo: charcoal trousers (they read near-black), pink shirt tucked in, full body.
    # Caption: caption adapter (epoch 3), repeats its first sentence to the limit; answers: VQA adapter.
    case(
        "X1380-025",
        caption(
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The upper "
            "clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is lapel. The lower "
            "clothing is of long length. The",
            "loop",
            hit_limit=True,
        ),
        he("shirt and pants"),
        col("pants", "black", "contradiction"),
        col("shirt", "pink"),
        is_a("pair of pants", "yes"),
        describe("pants", "grey pants"),
        gender="Men",
        title="Louis Philippe Men Charcoal Grey Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Charcoal",
    ),
    # Photo: navy blazer worn open over a light blue shirt, beige trousers.
    # Caption: caption adapter (epoch 3), repeats its pants sentence to the limit; answers: VQA adapter.
    case(
        "X1380-026",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and its "
            "neckline is lapel. The man wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "The pants are with cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        he("jacket and pants"),
        col("blazer", "blue"),
        col("pants", "blue", "other_garment_color"),
        details("blazer", "the jacket has a collar, buttons, and pockets"),
        is_a("blazer", "yes"),
        gender="Men",
        title="Peter England Men Navy Blue Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Navy Blue",
    ),
    # Photo: sky blue solid shirt styled with a navy tie and navy trousers.
    # Caption: caption adapter (epoch 3), stopped on its own; answers: VQA adapter.
    case(
        "X1380-027",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with cotton "
            "fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns. This man "
            "has neckwear."
        ),
        he("shirt and tie"),
        col("shirt", "blue"),
        shirt_color("blue"),
        col("pants", "navy"),
        describe("shirt", "light blue shirt with a dark blue tie"),
        details(
            "shirt",
            "Answer: the shirt has a collar and buttons. Question: What are the pants details? Answer: the pants have",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        title="Marks & Spencer Men Sky Blue Regular Fit Solid Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: back view: grey trousers with two back welt pockets, white shirt tucked in, black belt. (No gender column.)
    # Caption: caption adapter (epoch 3), stopped on its own; answers: VQA adapter.
    case(
        "X1380-028",
        caption(
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The upper "
            "clothing has long sleeves, cotton fabric and pure color patterns."
        ),
        he("pants"),
        col("pants", "grey"),
        details("pants", "the pants have two pockets on the back"),
        describe("pants", "grey pants with a belt"),
        title="Van Heusen Men Grey Slim Fit Self-Design Formal Trousers",
        category="Trousers",
        color="Grey",
    ),
    # Photo: red tie with navy diagonal stripes, worn with a white shirt under an open navy blazer, watch visible.
    # Caption: caption adapter (epoch 3), repeats two sentences to the limit; answers: VQA adapter.
    case(
        "X1380-029",
        caption(
            "This man wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and its "
            "neckline is lapel. This man has neckwear. There is an accessory on his wrist. This man has neckwear. "
            "There is an accessory on his",
            "loop",
            hit_limit=True,
        ),
        he("jacket"),
        col("tie", "red"),
        describe("tie", "tie", "non_answer"),
        BLIND_QUESTIONS.pattern("stripes"),
        is_a("tie", "yes"),
        gender="Men",
        title="Arrow Men Red Striped Broad Tie",
        category="Ties",
        color="Red",
    ),
    # Photo: peach solid shirt (washed out under the lights), navy trousers.
    # Caption: caption adapter (epoch 3), cut; answers: VQA adapter.
    case(
        "X1380-030",
        caption(
            "The man is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The man",
            "cut",
            hit_limit=True,
        ),
        he("shirt"),
        col("shirt", "peach"),
        shirt_color("white", "contradiction"),
        col("pants", "navy"),
        describe("shirt", "a peach shirt with a collar"),
        gender="Men",
        title="Hancock Men Peach Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Peach",
    ),
    # Photo: blue suit with a subtle check, white shirt, open collar, no tie, watch.
    # Caption: caption adapter (epoch 3), stopped on its own; answers: VQA adapter.
    case(
        "X1380-031",
        caption(
            "This gentleman is wearing a long-sleeve jacket with lattice patterns. The jacket is with cotton fabric "
            "and its neckline is lapel. This gentleman wears a long trousers, with cotton fabric and lattice patterns. "
            "There is an accessory on his wrist."
        ),
        he("a suit"),
        col("suit", "blue"),
        BLIND_QUESTIONS.pattern("plaid"),
        col("shirt", "blue", "other_garment_color"),
        details("suit", "the suit has a jacket and pants and a shirt and a tie", "unsupported"),
        gender="Men",
        title="Raymond Men Blue Slim Fit Checked Two-Piece Formal Suit",
        category="Suits",
        color="Blue",
    ),
    # Photo: side view: beige trousers, navy shirt tucked in, watch.
    # Caption: caption adapter (epoch 3), stopped on its own; answers: VQA adapter.
    case(
        "X1380-032",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with cotton "
            "fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns. There is "
            "an accessory on his wrist."
        ),
        he("she is wearing pants", "pronoun"),
        col("pants", "navy", "other_garment_color"),
        col("shirt", "navy"),
        is_a("pair of trousers", "yes"),
        details("pants", "pants details", "non_answer"),
        gender="Men",
        title="Allen Solly Men Beige Slim Fit Formal Trousers",
        category="Trousers",
        color="Beige",
    ),
    # Photo: matte black poly-viscose blazer, grey shirt, black trousers.
    # Caption: caption adapter (epoch 3), stopped on its own but calls the blazer leather; answers: VQA adapter.
    case(
        "X1380-033",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric and its "
            "neckline is lapel. The man wears a long pants. The pants are with cotton fabric and pure color patterns.",
            "unsupported",
        ),
        he("jacket"),
        col("blazer", "black"),
        col("shirt", "grey"),
        col("pants", "black"),
        BLIND_QUESTIONS.material("leather", "unsupported"),
        is_a("blazer", "yes"),
        gender="Men",
        title="Louis Philippe Men Black Slim Fit Solid Single-Breasted Formal Blazer",
        category="Blazers",
        color="Black",
    ),
    # Photo: sea green solid shirt, beige trousers.
    # Caption: caption adapter (epoch 3), cut on "There"; answers: VQA adapter.
    case(
        "X1380-034",
        caption(
            "The person is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The person wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There",
            "cut",
            hit_limit=True,
        ),
        he("shirt"),
        col("shirt", "green"),
        col("pants", "green", "other_garment_color"),
        shirt_color("teal"),
        BLIND_QUESTIONS.sleeve_length("long"),
        details("shirt", "the shirt has a collar and buttons"),
        gender="Men",
        title="Park Avenue Men Sea Green Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Sea Green",
    ),
    # Photo: black formal trousers, white full-sleeve shirt tucked in, full body.
    # Caption: caption adapter (epoch 3), stopped on its own, gives the shirt short sleeves; answers: VQA adapter.
    case(
        "X1380-035",
        caption(
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The upper "
            "clothing has short sleeves, cotton fabric and pure color patterns. It has a lapel neckline.",
            "unsupported",
        ),
        he("shirt and pants"),
        col("pants", "black"),
        col("shirt", "white"),
        describe("pants", "black formal pants"),
        is_a(
            "pair of pants",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Peter England Men Black Solid Slim Fit Formal Trousers",
        category="Trousers",
        color="Black",
    ),
    # Photo: flat lay: navy tie with small silver dots, rolled, beside a cufflink box; no person. (No color column.)
    # Caption: caption adapter (epoch 3), stopped on its own, describes a shirt and a man; answers: VQA adapter.
    case(
        "X1380-036",
        caption(
            "The upper clothing has long sleeves, cotton fabric and graphic patterns. The neckline of it is lapel. "
            "This man has neckwear.",
            "unsupported",
        ),
        he("tie"),
        col("tie", "navy"),
        is_a("tie", "yes"),
        describe("tie", "a blue tie with white dots"),
        details("tie", "the tie is a tie", "restated"),
        gender="Men",
        title="Blackberrys Men Navy Blue & Silver-Toned Printed Tie",
        category="Ties",
    ),
    # Photo: white shirt worn under an open navy blazer (styling, not for sale), grey trousers.
    # Caption: caption adapter (epoch 3), cut; answers: VQA adapter.
    case(
        "X1380-037",
        caption(
            "This man wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and its "
            "neckline is lapel. This man wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. This man wears a",
            "cut",
            hit_limit=True,
        ),
        he("jacket"),
        col("shirt", "navy", "other_garment_color"),
        col("pants", "grey"),
        describe("shirt", "white shirt"),
        is_a("shirt", "no", "contradiction"),
        gender="Men",
        title="Van Heusen Men White Regular Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: beige two-piece suit, white shirt, no tie, brown shoes.
    # Caption: caption adapter (epoch 3), cut; answers: VQA adapter.
    case(
        "X1380-038",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and its "
            "neckline is lapel. The man wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is an accessory",
            "cut",
            hit_limit=True,
        ),
        he("a suit"),
        col("suit", "white", "other_garment_color"),
        col("pants", "beige"),
        describe("suit", "a beige suit with a white shirt"),
        details(
            "suit",
            "the suit jacket has two buttons on the front, two flap pockets, a notch lapel and a chest pocket, and the "
            "pants have a flat front and",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Park Avenue Men Beige Solid Two-Piece Formal Suit",
        category="Suits",
        color="Beige",
    ),
    # Photo: white shirt with a small black geometric print, black trousers.
    # Caption: caption adapter (epoch 3), stopped on its own; answers: VQA adapter.
    case(
        "X1380-039",
        caption(
            "The man is wearing a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        he("shirt"),
        col("shirt", "white-black"),
        col("pants", "black"),
        BLIND_QUESTIONS.pattern("floral", "contradiction"),
        details(
            "shirt",
            "the shirt has a small black print all over it and a collar with buttons on the front and a curved hem at "
            "the bottom and the",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Mark Taylor Men White & Black Slim Fit Printed Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: navy solid shirt, grey trousers, the model holds a leather laptop bag (prop).
    # Caption: caption adapter (epoch 3), stopped on its own; answers: VQA adapter.
    case(
        "X1380-040",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with cotton "
            "fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns. There is "
            "an accessory in his hand."
        ),
        he("shirt"),
        col("shirt", "black", "contradiction"),
        col("pants", "grey"),
        shirt_color("navy"),
        describe("shirt", "dark blue shirt"),
        gender="Men",
        title="Invictus Men Navy Blue Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Photo: maroon party blazer with self-colored notch lapels, black shirt, black trousers.
    # Caption: caption adapter (epoch 3), stopped on its own; answers: VQA adapter.
    case(
        "X1380-041",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and its "
            "neckline is lapel. The man wears a long pants. The pants are with cotton fabric and pure color patterns."
        ),
        he("jacket"),
        col("blazer", "maroon"),
        col("shirt", "black"),
        col("pants", "black"),
        describe("blazer", "a red jacket with black lapels", "unsupported"),
        is_a("blazer", "yes"),
        gender="Men",
        title="Mark Taylor Men Maroon Solid Slim Fit Single-Breasted Party Blazer",
        category="Blazers",
        color="Maroon",
    ),
    # Photo: male model, pale yellow shirt with sleeves down and buttoned, navy trousers, brown belt.
    # Caption: caption adapter (epoch 3), stopped on its own, with the template's "lady"; answers: VQA adapter.
    case(
        "X1380-042",
        caption(
            "The lady is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns.",
            "pronoun",
        ),
        he("shirt"),
        col("shirt", "yellow"),
        col("pants", "navy"),
        details("shirt", "the shirt has a collar and buttons and the sleeves are rolled up", "unsupported"),
        BLIND_QUESTIONS.sleeve_length("long"),
        gender="Men",
        title="Louis Philippe Men Yellow Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Yellow",
    ),
    # Photo: torso crop: pink solid slim tie on a white shirt under a grey suit jacket.
    # Caption: caption adapter (epoch 3), stopped on its own; answers: VQA adapter.
    case(
        "X1380-043",
        caption(
            "This man wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and its "
            "neckline is lapel. This man has neckwear."
        ),
        he("jacket and tie"),
        col("tie", "pink"),
        col("shirt", "white"),
        is_a("tie", "no", "contradiction"),
        details("tie", "the tie is pink and the shirt is white and the jacket is grey"),
        gender="Men",
        title="Van Heusen Men Pink Solid Slim Tie",
        category="Ties",
        color="Pink",
    ),
    # Photo: grey bandhgala suit: mandarin (stand) collar jacket buttoned to the neck, matching trousers.
    # Caption: caption adapter (epoch 3), stopped on its own, gives it a lapel; answers: VQA adapter.
    case(
        "X1380-044",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and its "
            "neckline is lapel. The man wears a long pants. The pants are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        he("jacket"),
        col("suit", "grey"),
        describe("suit", "a grey suit with a mandarin collar"),
        details("suit", "the jacket has buttons down the front and a pocket on the chest"),
        is_a("suit", "yes"),
        gender="Men",
        title="Raymond Men Grey Self Design Slim Fit Bandhgala Suit",
        category="Suits",
        color="Grey",
    ),
    # Photo: grey solid shirt, black trousers, front view.
    # Caption: caption adapter (epoch 3), repeats its trousers sentence to the limit; answers: VQA adapter.
    case(
        "X1380-045",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with cotton "
            "fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns. This man "
            "wears a long trousers. This",
            "loop",
            hit_limit=True,
        ),
        he("shirt"),
        col("shirt", "grey"),
        col("pants", "grey", "other_garment_color"),
        shirt_color(
            "grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey",
            "loop",
            hit_limit=True,
        ),
        describe("shirt", "grey shirt"),
        gender="Men",
        title="Arrow Men Grey Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Grey",
    ),
]
