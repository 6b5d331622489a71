"""BLIND_1452 (46 products; Myntra men's formal wear, epoch-3 caption adapter + VQA adapter): written blind in the
sixty-fifth session. Measured blind at 0c250e6 (the session's first rules): 80/90 failures found (88.9%) and 12/189
correct texts flagged (6.3%). The writer's notes, verbatim:

Scenario: a Myntra men's formal wear feed: 19 formal shirts, 9 formal trousers, 6 blazers, 7 suits and 5 ties, all worn
by a male model on a plain grey or white studio backdrop except three flat lays (a folded shirt, folded trousers, a
rolled tie), one back view of a shirt, one back view of trousers, and a few props (a coffee cup, a laptop bag, a stool,
a chair). Catalog columns are the feed's own: title (Myntra's productDisplayName style), category (articleType: Shirts,
Trousers, Blazers, Suits, Ties), color (baseColour) and gender ("Men"); gender is missing now and then, as in the real
feed.
Who wrote what: every caption comes from the epoch-3 caption adapter (leoreigoto/Data2_V2_Blip2_Finetune_Caption on
blip2-opt-2.7b, greedy, 50 new tokens). Every question comes from the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA): the
experiments' open questions ("What is he wearing?", "What is the color of the shirt?", "What is the shirt color?",
"Describe the shirt.", "What are the shirt details?", with the product's garment word) by free generation at 30 new
tokens; the closed questions (garment type, color, pattern, sleeve length, "Is this a ...?") by ranking the candidate
answers, so they never loop or get cut; the material question is free generation. The caption adapter knows only
DeepFashion-MultiModal templates, so captions never name a hue and call nearly every fabric cotton; the templates are
long, so most captions that do not stop on a newline are cut at the limit.
Labeling conventions and judgement calls: one label per wrong text; I wrote each wrong text with one fault (a caption
cut mid-sentence says nothing else wrong; a caption with a wrong pronoun or material ends on a full sentence). A caption
that ran to 50 tokens but happens to end on a full sentence is marked hit_limit and left unmarked. Three short, clean
color answers are marked hit_limit without any failure: the VQA adapter learned to emit padding after the answer
(padding was in the labels), which decodes to nothing, so the text is right but generation ran to 30 tokens. "cotton" in
a caption is left unmarked unless the title names another material (linen, wool blend, velvet) or the garment plainly is
not cotton; "denim" for formal trousers is unsupported. A caption that invents a person and a second garment on a flat
lay is unsupported. Near hues are counted right (maroon as burgundy, or as red in a free-form answer, lavender as
purple, beige as tan or khaki, peach as orange, olive as green, charcoal as grey, teal as blue); "black" as the color of
a charcoal suit is counted a contradiction with the seller's color. "jacket" as the type of a blazer is counted right;
"suit" for a lone tuxedo blazer, "blazer" or "tie" for a shirt and "shirt" for a tie are contradictions with the
seller's category, and so is a ranked pattern or sleeve length that the title or photo contradicts. A color answer that
gives the product (or another named garment) the color of a different garment in the photo is other_garment_color. An
answer that starts with "Answer:" or carries a following "Question: ..." is a leak. "What are the ... details?" answered
by the garment's own length, by "yes" or by nothing, and a description that is only "the suit" or "tie", are
non_answers; a sentence that only says the garment is itself, or that it is worn by a man, is restated. Invented details
(a chest pocket, button-down collar or tie that the photo does not show) are unsupported; they are judged from the
imagined photo, not from the title.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS as B,
)
from tests.audit_corpus import (
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    material,
    question,
    wearing,
)

shirt_color = question("shirt_color", "What is the shirt color?", "open")

BLIND_1452 = [
    # Photo: model, front view, grey backdrop, white full-sleeve shirt tucked into charcoal trousers, steel watch on the
    # left wrist; the shirt has no chest pocket. Caption: caption adapter (cut at 50). Answers: VQA adapter.
    case(
        "X1452-001",
        caption(
            "This gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The trousers this gentleman wears is of long length. The trousers are with cotton "
            "fabric and pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a white shirt and grey pants", who="he"),
        color_of("shirt", "white", kind="open"),
        describe("shirt", "white long sleeve button down shirt"),
        details("shirt", "the shirt has a collar and buttons down the front and a pocket on the chest", "unsupported"),
        B.sleeve_length("long sleeve"),
        gender="Men",
        title="Van Heusen Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: model, front, light blue and white small-check shirt, navy trousers, right hand in pocket.
    # Caption: caption adapter (stopped on a newline). Answers: VQA adapter; the color answer loops.
    case(
        "X1452-002",
        caption(
            "The upper clothing has long sleeves, cotton fabric and lattice patterns. It has a lapel neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns."
        ),
        wearing("a blue checkered shirt and navy pants", who="he"),
        color_of(
            "shirt",
            "blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        B.pattern("checked"),
        details("shirt", "blue and white checkered shirt with a collar and buttons"),
        material("cotton"),
        gender="Men",
        title="Louis Philippe Men Blue Slim Fit Checked Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: male model, front, pale pink shirt, mid-grey trousers, brown belt. Caption: caption adapter calls the man
    # a lady. Answers: VQA adapter; the pants color repeats the shirt's pink.
    case(
        "X1452-003",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with cotton "
            "fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        wearing("a pink shirt and grey pants", who="he"),
        color_of("shirt", "pink", kind="open"),
        color_of("pants", "pink", "other_garment_color", kind="open"),
        describe("shirt", "a pink shirt"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Peter England Men Pink Regular Fit Solid Formal Shirt",
        category="Shirts",
        color="Pink",
    ),
    # Photo: waist-down framing, white shirt tucked into charcoal grey trousers, black belt, black shoes.
    # Caption: caption adapter, cut. Answers: VQA adapter; the trousers get the shirt's white.
    case(
        "X1452-004",
        caption(
            "The trousers this man wears is of long length. The trousers are with cotton fabric and pure color "
            "patterns. The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. There",
            "cut",
            hit_limit=True,
        ),
        wearing("white shirt and grey pants", who="he"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        details("pants", "the pants are long", "non_answer"),
        B.pattern("solid"),
        is_a("pair of trousers", "yes"),
        gender="Men",
        title="Arrow Men Charcoal Grey Tailored Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Grey",
    ),
    # Photo: full length, light blue shirt, beige trousers, brown shoes, model holds a paper coffee cup. Trousers are
    # a smooth poly-viscose (product details). Caption: caption adapter. Answers: VQA adapter.
    case(
        "X1452-005",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with cotton "
            "fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns."
        ),
        wearing("a blue shirt, khaki pants and a cup of coffee", who="he"),
        color_of("trousers", "beige", kind="open"),
        B.color("beige"),
        details("trousers", "beige dress pants with belt loops and a pocket"),
        material("linen", "unsupported"),
        gender="Men",
        title="Park Avenue Men Beige Regular Fit Self-Design Formal Trousers",
        category="Trousers",
        color="Beige",
    ),
    # Photo: navy blazer over a white shirt, grey trousers, white pocket square. Caption: caption adapter, ran to the
    # limit but ends on a full sentence. Answers: VQA adapter; the blazer color loops.
    case(
        "X1452-006",
        caption(
            "This gentleman wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "cotton fabric. It has a lapel neckline. The gentleman wears a long-sleeve shirt with pure color patterns. "
            "The shirt is with cotton fabric.",
            hit_limit=True,
        ),
        wearing("a navy blazer, white shirt and grey pants", who="he"),
        color_of(
            "blazer",
            "navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy "
            "navy navy navy navy navy navy navy navy navy",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        B.garment_type("blazer"),
        describe("blazer", "a navy blue blazer with a white pocket square"),
        is_a("blazer", "yes"),
        gender="Men",
        title="Blackberrys Men Navy Blue Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Navy Blue",
    ),
    # Photo: grey two-piece suit, white shirt, navy tie, black shoes. Caption: caption adapter, cut. Answers: VQA
    # adapter; the "wearing" answer runs on into a new "Question:", the description loops.
    case(
        "X1452-007",
        caption(
            "This man wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with cotton "
            "fabric and it has a lapel neckline. The man wears a long trousers. The trousers are with cotton fabric "
            "and pure color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "a grey suit with a white shirt and a blue tie Question: What is the color of the suit? Answer: grey "
            "Question:",
            "leak",
            who="he",
            hit_limit=True,
        ),
        color_of("suit", "grey", kind="open"),
        describe(
            "suit",
            "a grey suit with a white shirt and a blue tie and a grey suit with a white shirt and a blue tie and a",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("suit"),
        is_a("suit", "yes"),
        gender="Men",
        title="Raymond Men Grey Solid Slim Fit Two-Piece Formal Suit",
        category="Suits",
        color="Grey",
    ),
    # Photo: chest-up crop, white shirt with the navy tie with thin silver diagonal stripes. Caption: caption adapter
    # ("accessory on his neck" is the tie). Answers: VQA adapter; the tie gets the shirt's white.
    case(
        "X1452-008",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. There is an accessory on his neck."
        ),
        wearing("a white shirt and a tie", who="he"),
        color_of("tie", "white", "other_garment_color", kind="open"),
        describe("tie", "navy blue tie with silver stripes"),
        B.pattern("striped"),
        is_a("tie", "yes"),
        gender="Men",
        title="Tossido Men Navy Blue & Silver-Toned Striped Broad Tie",
        category="Ties",
        color="Navy Blue",
    ),
    # Photo: flat lay, folded lavender shirt on white, no person, no trousers. Caption: caption adapter invents a
    # wearer and his trousers. Answers: VQA adapter; the details answer is empty.
    case(
        "X1452-009",
        caption(
            "This gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The trousers this gentleman wears is of long length. The trousers are with cotton "
            "fabric and pure color patterns.",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a purple shirt"),
        color_of("shirt", "purple", kind="open"),
        describe("shirt", "a purple shirt folded on a white background"),
        details("shirt", "", "non_answer"),
        B.sleeve_length("long sleeve"),
        title="Allen Solly Men Lavender Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Lavender",
    ),
    # Photo: black shirt, mid-grey trousers, front view. Caption: caption adapter, loops on its fabric sentence.
    # Answers: VQA adapter; the pants get the shirt's black.
    case(
        "X1452-010",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The shirt "
            "is with cotton fabric. The shirt is with cotton fabric. The shirt is with cotton fabric. The shirt is "
            "with cotton fabric. The shirt",
            "loop",
            hit_limit=True,
        ),
        wearing("black shirt and grey pants", who="he"),
        color_of("shirt", "black", kind="open"),
        color_of("pants", "black", "other_garment_color", kind="open"),
        describe("shirt", "a black shirt with buttons"),
        material("cotton"),
        gender="Men",
        title="Hancock Men Black Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Black",
    ),
    # Photo: back view, light grey shirt tucked into navy flat-front trousers, two buttoned back pockets visible.
    # Caption: caption adapter calls the trousers denim. Answers: VQA adapter; "jeans" contradicts the category.
    case(
        "X1452-011",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it "
            "has a lapel neckline. The trousers the gentleman wears is of long length. The trousers are with denim "
            "fabric and pure color patterns.",
            "unsupported",
        ),
        wearing("a grey shirt and blue jeans", "contradiction", who="he"),
        color_of("pants", "navy", kind="open"),
        details("pants", "back pockets with buttons"),
        B.pattern("solid"),
        is_a("pair of trousers", "yes"),
        gender="Men",
        title="Louis Philippe Men Navy Blue Slim Fit Flat-Front Formal Trousers",
        category="Trousers",
        color="Navy Blue",
    ),
    # Photo: navy self-design two-piece suit, light blue shirt open at the collar, no tie, no pocket square, hands in
    # trouser pockets. Caption: caption adapter. Answers: VQA adapter; the "wearing" answer adds a tie.
    case(
        "X1452-012",
        caption(
            "This man wears a long-sleeve outer clothing with pure color patterns and a long trousers. The outer "
            "clothing is with cotton fabric and its neckline is lapel. The trousers are with cotton fabric and pure "
            "color patterns."
        ),
        wearing("a navy blue suit and a tie", "unsupported", who="he"),
        color_of("suit", "navy", kind="open"),
        details("suit", "the suit has a notch lapel, two buttons and flap pockets"),
        B.garment_type("suit"),
        is_a("suit", "yes"),
        gender="Men",
        title="Mark Taylor Men Navy Blue Self-Design Slim-Fit Single-Breasted Formal Suit",
        category="Suits",
        color="Navy Blue",
    ),
    # Photo: white shirt with thin blue vertical stripes, navy trousers, watch. Caption: caption adapter, cut mid
    # sentence. Answers: VQA adapter; the details loop.
    case(
        "X1452-013",
        caption(
            "The person is wearing a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The trousers this person wears is of long length. The trousers are with cotton fabric "
            "and pure color patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        wearing("white and blue striped shirt and blue pants", who="he"),
        color_of("shirt", "white and blue", kind="open"),
        B.pattern("striped"),
        B.sleeve_length("long sleeve"),
        details(
            "shirt",
            "the shirt has a white collar and a white collar and a white collar and a white collar and a white",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Arrow Men White & Blue Regular Fit Striped Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: light blue shirt under an open navy blazer (styling only), grey trousers. Caption: caption adapter, cut.
    # Answers: VQA adapter; the shirt gets the blazer's navy, the type question answers the blazer.
    case(
        "X1452-014",
        caption(
            "This gentleman wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "cotton fabric and it has a lapel neckline. The gentleman wears a long-sleeve shirt with pure color "
            "patterns. The shirt is with cotton fabric",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue blazer, a light blue shirt and grey pants", who="he"),
        color_of("shirt", "navy", "other_garment_color", kind="open"),
        B.garment_type("blazer", "contradiction"),
        is_a("shirt", "yes"),
        describe("shirt", "light blue dress shirt with a spread collar"),
        gender="Men",
        title="Van Heusen Men Blue Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: charcoal checked wool-blend blazer, white shirt, black trousers. Caption: caption adapter says cotton
    # against the title's wool blend. Answers: VQA adapter.
    case(
        "X1452-015",
        caption(
            "This man wears a long-sleeve outer clothing with lattice patterns. The outer clothing is with cotton "
            "fabric. It has a lapel neckline. The man wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns.",
            "unsupported",
        ),
        wearing("a grey plaid blazer, a white shirt and black pants", who="he"),
        color_of("blazer", "grey", kind="open"),
        B.color("grey"),
        material("wool"),
        B.pattern("checked"),
        is_a("blazer", "yes"),
        gender="Men",
        title="Raymond Men Charcoal Grey Checked Slim Fit Wool Blend Formal Blazer",
        category="Blazers",
        color="Charcoal",
    ),
    # Photo: black three-piece suit (peak-lapel one-button jacket, five-button waistcoat, trousers), white shirt, black
    # tie. Caption: caption adapter, cut. Answers: VQA adapter; the description is cut, the details loop.
    case(
        "X1452-016",
        caption(
            "The gentleman wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "cotton fabric and it has a lapel neckline. The gentleman wears a vest. The vest is with cotton fabric and "
            "pure color patterns. The gentleman wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a black suit, a white shirt and a black tie", who="he"),
        color_of("suit", "black", kind="open"),
        describe(
            "suit",
            "a black suit with a white shirt and a black tie, the jacket has a peak lapel and one button and the "
            "waistcoat has five buttons and",
            "cut",
            hit_limit=True,
        ),
        details(
            "suit",
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("suit"),
        gender="Men",
        title="Louis Philippe Men Black Solid Slim Fit Three-Piece Formal Suit",
        category="Suits",
        color="Black",
    ),
    # Photo: flat lay, rolled maroon woven tie on white, no person, no shirt. Caption: caption adapter invents a man in
    # a shirt. Answers: VQA adapter.
    case(
        "X1452-017",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. There is an accessory on his neck.",
            "unsupported",
        ),
        wearing("a tie"),
        color_of("tie", "burgundy", kind="open"),
        describe("tie", "a red tie"),
        B.garment_type("tie"),
        is_a("tie", "yes"),
        title="Alvaro Castagnino Men Maroon Woven Design Broad Tie",
        category="Ties",
        color="Maroon",
    ),
    # Photo: male model, lavender shirt, black trousers, black belt. Caption: caption adapter gives the man "her
    # waist". Answers: VQA adapter; details loop, material says only "fabric".
    case(
        "X1452-018",
        caption(
            "This person wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns. "
            "There is an accessory on her waist.",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a purple shirt and black pants", who="he"),
        color_of("pants", "black", kind="open"),
        details(
            "pants",
            "black pants with a belt and a pocket on the side and a pocket on the side and a pocket on the side and a",
            "loop",
            hit_limit=True,
        ),
        material("fabric", "non_answer"),
        is_a("pair of trousers", "yes"),
        gender="Men",
        title="Peter England Men Black Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Black",
    ),
    # Photo: maroon shirt, black trousers, model leaning on a bar stool. Caption: caption adapter. Answers: VQA
    # adapter; the second color question gets the trousers' black, the description starts with the prompt's "Answer:".
    case(
        "X1452-019",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The trousers this man wears is of long length. The trousers are with cotton fabric and "
            "pure color patterns."
        ),
        wearing("a red shirt and black pants", who="he"),
        color_of("shirt", "maroon", kind="open"),
        shirt_color("black", "other_garment_color"),
        describe("shirt", "Answer: a maroon shirt with a collar", "leak"),
        B.sleeve_length("long sleeve"),
        gender="Men",
        title="Blackberrys Men Maroon Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Maroon",
    ),
    # Photo: green and white checked shirt with a plain spread collar (no collar buttons), beige trousers.
    # Caption: caption adapter, cut. Answers: VQA adapter; "she", and an invented button-down collar.
    case(
        "X1452-020",
        caption(
            "This gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        wearing("she is wearing a green and white plaid shirt and khaki pants", "pronoun", who="he"),
        color_of("shirt", "green and white", kind="open"),
        B.pattern("checked"),
        details("shirt", "the shirt has a button down collar", "unsupported"),
        material("cotton"),
        gender="Men",
        title="Park Avenue Men Green Slim Fit Checked Formal Shirt",
        category="Shirts",
        color="Green",
    ),
    # Photo: waist-down, white shirt, grey trousers with a fine tonal check (visible at full size). Caption: caption
    # adapter calls the trousers pure color against the title's check. Answers: VQA adapter; details loop.
    case(
        "X1452-021",
        caption(
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The upper "
            "clothing has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline.",
            "contradiction",
        ),
        wearing("white shirt and grey pants", who="he"),
        color_of("pants", "grey", kind="open"),
        B.pattern("checked"),
        details(
            "pants",
            "grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey "
            "grey grey grey grey grey grey grey grey grey",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Raymond Men Grey Slim Fit Checked Formal Trousers",
        category="Trousers",
        color="Grey",
    ),
    # Photo: beige two-button blazer with notch lapel, flap pockets and a welt chest pocket, light blue shirt, navy
    # trousers. Caption: caption adapter, cut. Answers: VQA adapter; the blazer gets the shirt's and trousers' blue,
    # the description is cut.
    case(
        "X1452-022",
        caption(
            "The man wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with cotton "
            "fabric and it has a lapel neckline. The man wears a long-sleeve shirt with pure color patterns. The shirt "
            "is with cotton fabric and its",
            "cut",
            hit_limit=True,
        ),
        wearing("a tan blazer, blue shirt and blue pants", who="he"),
        color_of("blazer", "blue", "other_garment_color", kind="open"),
        B.garment_type("jacket"),
        describe(
            "blazer",
            "a beige blazer with two buttons and a notch lapel and a pocket on the chest and a pocket on the",
            "cut",
            hit_limit=True,
        ),
        is_a("blazer", "yes"),
        gender="Men",
        title="Invictus Men Beige Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Beige",
    ),
    # Photo: back view, grey shirt with a back yoke and box pleat, charcoal trousers. Caption: caption adapter
    # (stopped early). Answers: VQA adapter; the color answer is clean but ran to 30 tokens of padding.
    case(
        "X1452-023",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline."
        ),
        wearing("grey shirt and black pants", who="he"),
        color_of("shirt", "grey", kind="open", hit_limit=True),
        describe("shirt", "the back of a grey shirt"),
        details("shirt", "the shirt has a pleat on the back and a yoke"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Allen Solly Men Grey Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Grey",
    ),
    # Photo: beige two-piece suit, white shirt open at the collar, brown loafers. Caption: caption adapter. Answers:
    # VQA adapter; the suit gets the shirt's white, the description says only "the suit".
    case(
        "X1452-024",
        caption(
            "This man is wearing a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "cotton fabric and it has a lapel neckline. This man wears a long trousers. The trousers are with cotton "
            "fabric and pure color patterns."
        ),
        wearing("a tan suit and a white shirt", who="he"),
        color_of("suit", "white", "other_garment_color", kind="open"),
        describe("suit", "the suit", "non_answer"),
        B.garment_type("suit"),
        is_a("suit", "yes"),
        gender="Men",
        title="Van Heusen Men Beige Solid Slim Fit Two-Piece Formal Suit",
        category="Suits",
        color="Beige",
    ),
    # Photo: white self-design shirt worn with a navy tie (styling), grey trousers. Caption: caption adapter, cut.
    # Answers: VQA adapter; the type question answers the tie.
    case(
        "X1452-025",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. There is an accessory on his neck. The trousers the gentleman wears is of long length. "
            "The trousers are with",
            "cut",
            hit_limit=True,
        ),
        wearing("a white shirt and a blue tie", who="he"),
        color_of("shirt", "white", kind="open"),
        describe("shirt", "a white shirt with a blue tie"),
        B.garment_type("tie", "contradiction"),
        material("cotton"),
        gender="Men",
        title="Louis Philippe Men White Slim Fit Self-Design Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: male model, white shirt, khaki cotton trousers, brown shoes. Caption: caption adapter says "she".
    # Answers: VQA adapter; the color answer runs on into the next question of its training format.
    case(
        "X1452-026",
        caption(
            "She is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. She wears a long trousers. The trousers are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        wearing("a white shirt and khaki pants", who="he"),
        color_of(
            "trousers",
            "khaki Question: What is the color of the shirt? Answer: white Question: What is the color of the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        details("trousers", "khaki dress pants"),
        B.pattern("solid"),
        material("cotton"),
        gender="Men",
        title="Blackberrys Men Khaki Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Khaki",
    ),
    # Photo: navy shirt with a white micro-dot print, beige trousers. Caption: caption adapter loops on the trousers
    # sentence. Answers: VQA adapter; the description loops.
    case(
        "X1452-027",
        caption(
            "This man wears a long-sleeve shirt with graphic patterns and a long trousers. The shirt is with cotton "
            "fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns. The "
            "trousers are with cotton fabric and pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        wearing("a blue shirt with white dots and beige pants", who="he"),
        color_of("shirt", "navy", kind="open"),
        B.pattern("printed"),
        describe(
            "shirt",
            "navy blue shirt with white polka dots and a white polka dot shirt with white polka dots and a white polka "
            "dot shirt",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length("long sleeve"),
        gender="Men",
        title="Peter England Men Navy Blue Slim Fit Printed Formal Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Photo: maroon velvet blazer, black shirt, black trousers. Caption: caption adapter says cotton against the
    # title's velvet. Answers: VQA adapter.
    case(
        "X1452-028",
        caption(
            "This man wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with cotton "
            "fabric and it has a lapel neckline. The man wears a long trousers. The trousers are with cotton fabric "
            "and pure color patterns.",
            "unsupported",
        ),
        wearing("a red velvet blazer and black pants", who="he"),
        color_of("blazer", "burgundy", kind="open"),
        material("velvet"),
        B.garment_type("blazer"),
        is_a("shirt", "no"),
        gender="Men",
        title="Hangup Men Maroon Velvet Slim Fit Single-Breasted Blazer",
        category="Blazers",
        color="Maroon",
    ),
    # Photo: sky blue shirt, navy trousers, model holds a brown leather laptop bag. Caption: caption adapter, cut.
    # Answers: VQA adapter; the description replays the "Question: ... Answer:" format.
    case(
        "X1452-029",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. There is an accessory in his hand. This man wears a long trousers. The trousers are with "
            "cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue shirt and a bag", who="he"),
        color_of("shirt", "blue", kind="open"),
        describe(
            "shirt",
            "Question: Describe the shirt. Answer: blue shirt Question: Describe the shirt. Answer: blue shirt "
            "Question:",
            "leak",
            hit_limit=True,
        ),
        details("shirt", "the shirt has a collar and buttons"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Arrow Men Blue Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: grey windowpane-check suit, light pink shirt, no tie. Caption: caption adapter. Answers: VQA adapter;
    # the description adds a pink tie, the details say the suit is a suit.
    case(
        "X1452-030",
        caption(
            "This gentleman wears a long-sleeve outer clothing with lattice patterns. The outer clothing is with "
            "cotton fabric and it has a lapel neckline. The gentleman wears a long trousers. The trousers are with "
            "cotton fabric and lattice patterns."
        ),
        wearing("a grey plaid suit and a pink shirt", who="he"),
        color_of("suit", "grey", kind="open"),
        describe("suit", "a grey suit with a pink shirt and a pink tie", "unsupported"),
        details("suit", "the suit is a suit", "restated"),
        B.garment_type("suit"),
        gender="Men",
        title="Blackberrys Men Grey Checked Slim-Fit Single-Breasted Formal Suit",
        category="Suits",
        color="Grey",
    ),
    # Photo: chest-up, light blue shirt, navy blazer, red and navy checked tie. Caption: caption adapter, cut one word
    # short of the tie sentence. Answers: VQA adapter; the description is the one word "tie".
    case(
        "X1452-031",
        caption(
            "This gentleman wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "cotton fabric and it has a lapel neckline. The gentleman wears a long-sleeve shirt with pure color "
            "patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue shirt, a navy blazer and a red tie", who="he"),
        color_of("tie", "red and blue", kind="open"),
        describe("tie", "tie", "non_answer"),
        B.pattern("checked"),
        is_a("tie", "yes"),
        gender="Men",
        title="Park Avenue Men Red & Navy Blue Checked Tie",
        category="Ties",
        color="Red",
    ),
    # Photo: beige pure-linen shirt (slubby weave), navy trousers. Caption: caption adapter says cotton against the
    # title's linen. Answers: VQA adapter; the material answer says cotton too.
    case(
        "X1452-032",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The trousers this man wears is of long length. The trousers are with cotton fabric and "
            "pure color patterns.",
            "unsupported",
        ),
        wearing("a tan shirt and blue pants", who="he"),
        color_of("shirt", "beige", kind="open"),
        material("cotton", "unsupported"),
        describe("shirt", "a beige shirt with a collar"),
        B.sleeve_length("long sleeve"),
        gender="Men",
        title="Linen Club Men Beige Regular Fit Solid Pure Linen Formal Shirt",
        category="Shirts",
        color="Beige",
    ),
    # Photo: flat lay, folded navy trousers on white, no person, no shirt. Caption: caption adapter invents a wearer
    # and a shirt. Answers: VQA adapter; the color answer is clean but ran to 30 tokens of padding; the ranked
    # pattern picks "striped" for the plain trousers (the fold creases).
    case(
        "X1452-033",
        caption(
            "The trousers this gentleman wears is of long length. The trousers are with cotton fabric and pure color "
            "patterns. The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton "
            "fabric. It has a lapel neckline.",
            "unsupported",
        ),
        wearing("pants"),
        color_of("pants", "navy", kind="open", hit_limit=True),
        details("pants", "navy blue pants folded"),
        B.pattern("striped", "contradiction"),
        is_a("pair of trousers", "yes"),
        title="Van Heusen Men Navy Blue Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Navy Blue",
    ),
    # Photo: pink and white striped full-sleeve shirt, charcoal trousers, three-quarter turn. Caption: caption adapter.
    # Answers: VQA adapter; sleeve length wrong, details loop.
    case(
        "X1452-034",
        caption(
            "This person wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The trousers this person wears is of long length. The trousers are with cotton fabric "
            "and pure color patterns."
        ),
        wearing("a pink and white striped shirt and grey pants", who="he"),
        color_of("shirt", "pink-white", kind="open"),
        B.color("pink"),
        B.pattern("striped"),
        B.sleeve_length("short sleeve", "contradiction"),
        details(
            "shirt",
            "the shirt has a pink and white stripes and a pink and white stripes and a pink and white stripes and a "
            "pink",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Wills Lifestyle Men Pink & White Striped Slim Fit Formal Shirt",
        category="Shirts",
        color="Pink",
    ),
    # Photo: black tuxedo blazer with satin peak lapels, white shirt, black bow tie, black trousers (not part of the
    # product). Caption: caption adapter, cut. Answers: VQA adapter; the type question says suit.
    case(
        "X1452-035",
        caption(
            "This man wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with cotton "
            "fabric and it has a lapel neckline. There is an accessory on his neck. This man wears a long trousers. "
            "The trousers are with",
            "cut",
            hit_limit=True,
        ),
        wearing("a black tuxedo and a bow tie", who="he"),
        color_of("blazer", "black", kind="open"),
        describe("blazer", "a black blazer with a satin lapel"),
        B.garment_type("suit", "contradiction"),
        is_a("blazer", "yes"),
        gender="Men",
        title="Louis Philippe Men Black Solid Slim Fit Single-Breasted Tuxedo Blazer",
        category="Blazers",
        color="Black",
    ),
    # Photo: male model, olive shirt, beige trousers, brown belt. Caption: caption adapter (stopped early). Answers:
    # VQA adapter; "she", and the pants get the shirt's green.
    case(
        "X1452-036",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline."
        ),
        wearing("she is wearing a green shirt and khaki pants", "pronoun", who="he"),
        color_of("shirt", "green", kind="open"),
        color_of("pants", "green", "other_garment_color", kind="open"),
        describe("shirt", "olive green shirt"),
        material("cotton"),
        gender="Men",
        title="Basics Men Olive Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Olive",
    ),
    # Photo: full length, navy shirt tucked into light grey trousers, walking pose. Caption: caption adapter. Answers:
    # VQA adapter; the trousers get the shirt's navy, the details say nothing.
    case(
        "X1452-037",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns."
        ),
        wearing("a blue shirt and grey pants", who="he"),
        color_of("pants", "navy", "other_garment_color", kind="open"),
        B.color("grey"),
        details("pants", "the details of the pants are the pants", "restated"),
        is_a("pair of trousers", "yes"),
        gender="Men",
        title="Hancock Men Light Grey Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Grey",
    ),
    # Photo: royal blue two-piece suit, white shirt, black tie, brown shoes. Caption: caption adapter, cut. Answers:
    # VQA adapter; the description runs on into a new "Question:".
    case(
        "X1452-038",
        caption(
            "This man wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with cotton "
            "fabric and it has a lapel neckline. There is an accessory on his neck. This man wears a long trousers. "
            "The trousers are with cotton",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue suit, a white shirt and a black tie", who="he"),
        color_of("suit", "blue", kind="open"),
        describe(
            "suit",
            "blue suit with white shirt and black tie Question: What is the color of the suit? Answer: blue Question: "
            "What is",
            "leak",
            hit_limit=True,
        ),
        B.garment_type("suit"),
        is_a("suit", "yes"),
        gender="Men",
        title="Peter England Men Blue Slim Fit Single-Breasted Formal Suit",
        category="Suits",
        color="Blue",
    ),
    # Photo: chest-up, black shirt with a silver satin skinny tie. Caption: caption adapter. Answers: VQA adapter; the
    # tie gets the shirt's black, the type question answers the shirt.
    case(
        "X1452-039",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. There is an accessory on his neck."
        ),
        wearing("a black shirt and a silver tie", who="he"),
        color_of("tie", "black", "other_garment_color", kind="open"),
        describe("tie", "a silver tie"),
        B.garment_type("shirt", "contradiction"),
        is_a("tie", "yes"),
        title="The Tie Hub Men Silver-Toned Solid Satin Skinny Tie",
        category="Ties",
        color="Silver",
    ),
    # Photo: peach shirt with one chest pocket, navy trousers, model seated on a stool. Caption: caption adapter, cut.
    # Answers: VQA adapter; the second color question loops.
    case(
        "X1452-040",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The trousers this man wears is of long length. The trousers are with cotton fabric and "
            "pure color patterns. This man is",
            "cut",
            hit_limit=True,
        ),
        wearing("an orange shirt and blue pants", who="he"),
        color_of("shirt", "peach", kind="open"),
        shirt_color(
            "peach peach peach peach peach peach peach peach peach peach peach peach peach peach peach peach peach "
            "peach peach peach peach peach peach peach peach peach peach peach peach peach",
            "loop",
            hit_limit=True,
        ),
        describe("shirt", "a peach colored shirt with a pocket"),
        B.sleeve_length("long sleeve"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Mark Taylor Men Peach-Coloured Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Peach",
    ),
    # Photo: white shirt, brown trousers with a faint check, full length; trousers are poly-viscose (product details).
    # Caption: caption adapter. Answers: VQA adapter; details loop, pattern says solid, material guesses wool.
    case(
        "X1452-041",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with cotton "
            "fabric and its neckline is lapel. The trousers are with cotton fabric and lattice patterns."
        ),
        wearing("white shirt and brown plaid pants", who="he"),
        color_of("pants", "brown", kind="open"),
        details(
            "pants",
            "brown plaid dress pants with a belt loop, a pocket, a pocket, a pocket, a pocket, a pocket, a pocket",
            "loop",
            hit_limit=True,
        ),
        B.pattern("solid", "contradiction"),
        material("wool", "unsupported"),
        gender="Men",
        title="Arrow Men Brown Tailored Regular Fit Checked Formal Trousers",
        category="Trousers",
        color="Brown",
    ),
    # Photo: navy self-design blazer, white shirt, beige trousers, model seated on a wooden chair. Caption: caption
    # adapter. Answers: VQA adapter; the description loops, the color answer is clean but ran to 30 tokens of padding.
    case(
        "X1452-042",
        caption(
            "The man wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with cotton "
            "fabric and it has a lapel neckline. The man wears a long trousers. The trousers are with cotton fabric "
            "and pure color patterns."
        ),
        wearing("a blue blazer, a white shirt and beige pants", who="he"),
        color_of("blazer", "navy blue", kind="open", hit_limit=True),
        describe(
            "blazer",
            "a navy blue blazer with a white shirt and a navy blue blazer with a white shirt and a navy blue blazer",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("blazer"),
        B.color("blue"),
        gender="Men",
        title="Blackberrys Men Navy Blue Self-Design Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Navy Blue",
    ),
    # Photo: male model, teal shirt, black trousers. Caption: caption adapter calls him a lady. Answers: VQA adapter;
    # the details question gets "yes".
    case(
        "X1452-043",
        caption(
            "This lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The trousers this lady wears is of long length. The trousers are with cotton fabric and "
            "pure color patterns.",
            "pronoun",
        ),
        wearing("a blue shirt and black pants", who="he"),
        color_of("shirt", "blue", kind="open"),
        describe("shirt", "a blue shirt"),
        details("shirt", "yes", "non_answer"),
        material("cotton"),
        gender="Men",
        title="Louis Philippe Men Teal Blue Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Teal",
    ),
    # Photo: charcoal grey two-piece suit, white shirt, burgundy tie. Caption: caption adapter loops on the fabric
    # sentence. Answers: VQA adapter; "black" for the charcoal suit.
    case(
        "X1452-044",
        caption(
            "This man wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with cotton "
            "fabric. The outer clothing is with cotton fabric. The outer clothing is with cotton fabric. The outer "
            "clothing is with cotton fabric. The",
            "loop",
            hit_limit=True,
        ),
        wearing("a suit and tie", who="he"),
        color_of("suit", "black", "contradiction", kind="open"),
        describe("suit", "a grey suit with a red tie"),
        B.garment_type("suit"),
        is_a("suit", "yes"),
        gender="Men",
        title="Louis Philippe Men Charcoal Grey Self-Design Slim-Fit Two-Piece Suit",
        category="Suits",
        color="Charcoal",
    ),
    # Photo: pale yellow shirt, navy trousers. Caption: caption adapter, cut. Answers: VQA adapter; the pants get the
    # shirt's yellow, the description says only that it is a shirt.
    case(
        "X1452-045",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The trousers this man wears is of long length. The trousers are with cotton fabric and "
            "pure color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a yellow shirt and blue pants", who="he"),
        color_of("shirt", "yellow", kind="open"),
        color_of("pants", "yellow", "other_garment_color", kind="open"),
        describe("shirt", "it is a shirt that is worn by a man", "restated"),
        B.sleeve_length("long sleeve"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Arrow Men Yellow Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Yellow",
    ),
    # Photo: chest-up, white shirt, blue tie with a pink paisley print, grey trousers at the frame's edge. Caption:
    # caption adapter, cut. Answers: VQA adapter; the description is cut.
    case(
        "X1452-046",
        caption(
            "This man is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it "
            "has a lapel neckline. There is an accessory on his neck. This man is wearing a long trousers. The "
            "trousers are with cotton",
            "cut",
            hit_limit=True,
        ),
        wearing("a white shirt and a blue tie", who="he"),
        color_of("tie", "blue and pink", kind="open"),
        describe(
            "tie",
            "a blue tie with a pink paisley print worn with a white shirt and grey trousers, the tie is tied in a half "
            "windsor knot with a",
            "cut",
            hit_limit=True,
        ),
        B.pattern("paisley"),
        is_a("tie", "yes"),
        gender="Men",
        title="Blacksmith Men Blue & Pink Printed Broad Tie",
        category="Ties",
        color="Blue",
    ),
]
