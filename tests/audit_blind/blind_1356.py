"""BLIND_1356 (45 products; Myntra men's formal wear): written blind in the sixty-third session. Measured blind at
a6e2e4e (the session's eighth and final rules): 78/96 failures found (81.2%) and 10/151 correct texts flagged (6.6%).
The writer's notes, verbatim:

Scenario: a Myntra men's formal wear feed: formal shirts, trousers, blazers, suits and ties (ties shown worn). The
photos are the catalog's usual front shots of a model on a plain grey or white backdrop wearing the product with
other clothes (a shirt under a blazer, trousers under a shirt, a tie on a shirt), now and then a back view, a flat
lay or a prop (a briefcase). Columns as Myntra has them: title, category (article type: Shirts, Trousers, Blazers,
Suits, Ties), color (base colour) and gender; one product lacks gender and none lacks the rest.
Who wrote what: every caption comes from the epoch-3 caption adapter (leoreigoto/Data2_V2_Blip2_Finetune_Caption on
blip2-opt-2.7b, 8-bit, greedy, 50 new tokens). It writes the DeepFashion-MultiModal template ("The gentleman wears a
long-sleeve shirt with pure color patterns...", "The upper clothing has long sleeves..."), never a hue, and since no
end token was trained every caption runs to the 50-token limit: most stop mid-sentence, some loop back on a sentence,
a few happen to stop on a full stop. Every answer comes from the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA, 30 new
tokens, free generation, so color answers are stored open) asked the experiments' questions: What is he wearing?,
What is the color of the <garment>?, What is the shirt color?, Describe the <garment>., What are the <garment>
details?, Is this a <garment>?. Short answers mostly end cleanly; the long ones loop, run into a new "Question: ...
Answer:" turn, or are cut at 30 tokens.
Labeling conventions and judgement calls: judged against the photo I imagined (written above each case) and the
title. hit_limit=True on every caption and on every answer that ran to 30 tokens. A caption that reached the limit
but ends on a full stop and says only true things is left unmarked. When a cut or looping caption also says
something false, I labeled the false content (pronoun, pattern, material, invented accessory) rather than the cut.
The template's "cotton fabric" is left alone where the title names no material (formal shirts and trousers mostly
are cotton or blends); it is a contradiction where the title names another fabric (linen), and a fabric the photo
plainly is not (denim for a poplin shirt) is unsupported. "Pure color patterns" on a striped or checked
product, or a pattern that belongs to the tie put on the shirt, is a contradiction. A color that belongs to another
garment in the photo is other_garment_color when asked of the product (or of the suit's own jacket), and
contradiction when asked of a garment that is not the product (the pants under a shirt). Near hues are accepted:
maroon as red, lavender as purple, teal as blue or green, peach as pink, beige as tan, charcoal as grey, cream as
white (a judgement call on the flat lay). "Is this a <product>?" answered "no" for the product, or "yes" for another
type (a blazer with odd trousers called a suit), is a contradiction; a color or a noun answered to a yes/no question
is a non-answer, as are an empty answer, "details" and "the back" for details, and "they are long" for trousers.
"Blouse" for a men's shirt is a contradiction, and so is "a grey shirt and grey pants" for a white-and-black-checked
shirt over black trousers (one color for two garments). "The lady" or "she" for the male models is pronoun.
"""

from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

shirt_color = question("shirt_color", "What is the shirt color?", "open")


def col(garment, text, failure=None, hit_limit=False):
    """The experiments' color question, answered by free generation (stored open)."""
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


def he(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="he", hit_limit=hit_limit)


BLIND_1356 = [
    # Photo: model front, white solid shirt tucked into charcoal trousers, black belt, grey backdrop.
    # Caption: caption adapter (epoch 3), cut at 50 tokens. Answers: VQA adapter, all right.
    case(
        "X1356-001",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        he("a white shirt and grey pants"),
        col("shirt", "white"),
        describe("shirt", "a white shirt with long sleeves and a collar"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Van Heusen Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: light blue shirt with fine navy checks, navy trousers, brown belt, watch on the left wrist.
    # Caption: caption adapter, "lattice" is right for the checks, cut. Answers: VQA adapter; the pants color loops.
    case(
        "X1356-002",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The trousers this gentleman wears is of long length. The trousers are with cotton "
            "fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        he("a blue shirt and blue pants"),
        col("shirt", "blue"),
        details("shirt", "checkered pattern with a collar and buttons"),
        is_a("shirt", "yes"),
        col(
            "pants",
            "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue "
            "blue blue blue blue blue blue blue blue blue",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Louis Philippe Men Blue Slim Fit Checked Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: pale pink solid shirt, beige trousers, one hand in the pocket. Male model, short hair.
    # Caption: caption adapter, calls him "the lady" (DeepFashion is mostly women). Answers: VQA adapter.
    case(
        "X1356-003",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There",
            "pronoun",
            hit_limit=True,
        ),
        he("a pink shirt and khaki pants"),
        col("shirt", "pink"),
        shirt_color(
            "pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink", "loop", hit_limit=True
        ),
        is_a("shirt", "yes"),
        gender="Men",
        title="Allen Solly Men Pink Regular Fit Solid Formal Shirt",
        category="Shirts",
        color="Pink",
    ),
    # Photo: cropped chest down: white shirt tucked into flat-front navy trousers (no pleats, no turn-ups), black belt,
    # black socks and shoes. Caption: caption adapter, cut. Answers: VQA adapter; trousers get the shirt's white.
    case(
        "X1356-004",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The lower clothing is of "
            "long length. The fabric is cotton and it has pure color patterns. There is a belt. The guy wears socks "
            "in his shoes. The",
            "cut",
            hit_limit=True,
        ),
        he("a white shirt and blue pants"),
        col("trousers", "white", "other_garment_color"),
        details("trousers", "pleats, cuffs and a button", "unsupported"),
        is_a("pair of trousers", "yes"),
        gender="Men",
        title="Peter England Men Navy Blue Slim Fit Formal Trousers",
        category="Trousers",
        color="Navy Blue",
    ),
    # Photo: two-piece charcoal suit, white shirt, open collar, no tie, brown shoes.
    # Caption: caption adapter, cut. Answers: VQA adapter; the jacket gets the shirt's white, a tie is invented.
    case(
        "X1356-005",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns and a long-sleeve shirt. The jacket "
            "is with cotton fabric and its neckline is lapel. The trousers this gentleman wears is of long length. "
            "The trousers are",
            "cut",
            hit_limit=True,
        ),
        he("a suit and a white shirt"),
        col("suit", "grey"),
        col("jacket", "white", "other_garment_color"),
        is_a("suit", "yes"),
        describe("suit", "a grey suit with a white shirt and a black tie", "unsupported"),
        gender="Men",
        title="Raymond Men Charcoal Grey Slim Fit Single-Breasted Formal Suit",
        category="Suits",
        color="Charcoal",
    ),
    # Photo: white shirt with thin blue vertical stripes, navy trousers.
    # Caption: caption adapter, ends on a full stop at the limit but calls the striped shirt "pure color".
    # Answers: VQA adapter; the details loop.
    case(
        "X1356-006",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns.",
            "contradiction",
            hit_limit=True,
        ),
        he("a white shirt and blue pants"),
        col("shirt", "white-blue"),
        describe("shirt", "striped shirt with a collar"),
        details(
            "shirt",
            "the stripes, the collar, the cuffs, the buttons, the stripes, the collar, the cuffs, the buttons, the "
            "stripes, the collar",
            "loop",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        gender="Men",
        title="Arrow Men White & Blue Striped Slim Fit Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: side pose, light blue shirt, beige trousers, tan belt, brown loafers.
    # Caption: caption adapter, cut. Answers: VQA adapter; the details only say the trousers are long.
    case(
        "X1356-007",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is a belt. "
            "There is an",
            "cut",
            hit_limit=True,
        ),
        he("a blue shirt and khaki pants"),
        col("trousers", "beige"),
        details("trousers", "they are long", "non_answer"),
        is_a("pair of trousers", "yes"),
        gender="Men",
        title="Blackberrys Men Beige Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Beige",
    ),
    # Photo: navy single-breasted blazer over a white shirt, grey trousers, white pocket square.
    # Caption: caption adapter, cut. Answers: VQA adapter (never trained on blazers) denies it is a blazer.
    case(
        "X1356-008",
        caption(
            "The gentleman wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "cotton fabric. The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with "
            "cotton fabric and its neckline",
            "cut",
            hit_limit=True,
        ),
        he("a blue jacket and a white shirt"),
        col("blazer", "navy"),
        is_a("blazer", "no", "contradiction"),
        describe("blazer", "a navy blazer with a white shirt"),
        col("shirt", "white"),
        gender="Men",
        title="Park Avenue Men Navy Blue Solid Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Navy Blue",
    ),
    # Photo: close crop of the torso: white shirt, maroon tie with a small woven motif, navy blazer open; no tie clip.
    # Caption: caption adapter, cut. Answers: VQA adapter; the tie gets the shirt's white, a tie clip is invented.
    case(
        "X1356-009",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The gentleman has neckwear. The gentleman wears an outer clothing with cotton "
            "fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        he("a white shirt and a red tie"),
        col("tie", "white", "other_garment_color"),
        is_a("tie", "yes"),
        describe("tie", "a red tie with a tie clip", "unsupported"),
        gender="Men",
        title="Alvaro Castagnino Men Maroon Woven Design Broad Tie",
        category="Ties",
        color="Maroon",
    ),
    # Photo: lavender solid shirt, charcoal trousers, silver watch on the left wrist.
    # Caption: caption adapter, the accessory is real, cut. Answers: VQA adapter; the pants get the shirt's purple,
    # the description runs into new Question/Answer turns.
    case(
        "X1356-010",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. There is an accessory on his wrist. The gentleman wears a long trousers. The "
            "trousers are with",
            "cut",
            hit_limit=True,
        ),
        he("a purple shirt and black pants"),
        col("shirt", "purple"),
        col("pants", "purple", "contradiction"),
        describe(
            "shirt",
            "a purple shirt with long sleeves Question: What is the color of the shirt? Answer: purple Question: "
            "What is the color of the pants? Answer: black",
            "leak",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        gender="Men",
        title="Louis Philippe Men Lavender Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Lavender",
    ),
    # Photo: grey trousers with a subtle windowpane check, white shirt, black belt.
    # Caption: caption adapter, calls the checked trousers "pure color" and starts over. Answers: VQA adapter, right.
    case(
        "X1356-011",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is a belt. "
            "The upper clothing has long",
            "contradiction",
            hit_limit=True,
        ),
        he("a white shirt and grey pants"),
        col("trousers", "grey"),
        details("trousers", "plaid"),
        is_a("pair of trousers", "yes"),
        gender="Men",
        title="Peter England Men Grey Slim Fit Checked Formal Trousers",
        category="Trousers",
        color="Grey",
    ),
    # Photo: black three-piece suit (jacket, waistcoat, trousers), white shirt, black tie, black shoes, white pocket
    # square. Caption: caption adapter, cut. Answers: VQA adapter; "wearing" loops, the description is cut.
    case(
        "X1356-012",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and "
            "its neckline is lapel. The gentleman has neckwear. The gentleman wears a long trousers. The trousers "
            "are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        he(
            "a black suit and a white shirt and a black tie and a black vest and a black suit and a white shirt and a "
            "black tie and a black",
            "loop",
            hit_limit=True,
        ),
        col("suit", "black"),
        is_a("suit", "yes"),
        describe(
            "suit",
            "a black suit with a black vest and a white shirt and a black tie and black shoes and a white pocket "
            "square in the breast pocket of the",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Hangup Men Black Solid Slim Fit 3-Piece Formal Suit",
        category="Suits",
        color="Black",
    ),
    # Photo: light blue solid shirt styled with a navy tie, grey trousers.
    # Caption: caption adapter, cut. Answers: VQA adapter; the shirt gets the tie's navy, details leak new turns.
    case(
        "X1356-013",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The gentleman has neckwear. The trousers this gentleman wears is of long length. "
            "The trousers are with",
            "cut",
            hit_limit=True,
        ),
        he("a blue shirt and a tie"),
        col("shirt", "navy", "other_garment_color"),
        shirt_color("light blue"),
        is_a("shirt", "yes"),
        details(
            "shirt",
            "buttons Question: What is the color of the tie? Answer: navy Question: What is the color of the pants? "
            "Answer: grey",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        title="Arrow Men Blue Solid Slim Fit Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: maroon blazer over a black shirt, black trousers.
    # Caption: caption adapter, cut. Answers: VQA adapter; the blazer gets the shirt's and trousers' black.
    case(
        "X1356-014",
        caption(
            "The gentleman wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "cotton fabric. The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with "
            "cotton fabric. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        he("a red jacket and black pants"),
        col("blazer", "black", "other_garment_color"),
        describe("blazer", "red blazer with black buttons"),
        is_a("blazer", "yes"),
        gender="Men",
        title="Invictus Men Maroon Solid Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Maroon",
    ),
    # Photo: close crop: solid light grey shirt, skinny navy tie with white diagonal stripes; trousers not in frame.
    # Caption: caption adapter gives the tie's stripes to the shirt (and describes trousers it cannot see).
    # Answers: VQA adapter, all right.
    case(
        "X1356-015",
        caption(
            "The gentleman wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman has neckwear. The pants this gentleman wears is of long length. The "
            "pants are with cotton",
            "contradiction",
            hit_limit=True,
        ),
        he("a shirt and tie"),
        col("tie", "blue and white"),
        is_a("tie", "yes"),
        describe("tie", "striped tie"),
        col("shirt", "grey"),
        gender="Men",
        title="The Tie Hub Men Navy Blue & White Striped Skinny Tie",
        category="Ties",
        color="Navy Blue",
    ),
    # Photo: olive trousers, white shirt, brown belt, brown shoes.
    # Caption: caption adapter repeats its belt sentence. Answers: VQA adapter; empty details, denies trousers.
    case(
        "X1356-016",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is a belt. "
            "There is a belt.",
            "loop",
            hit_limit=True,
        ),
        he("a white shirt and green pants"),
        col("trousers", "green"),
        details("trousers", "", "non_answer"),
        is_a("pair of trousers", "no", "contradiction"),
        gender="Men",
        title="Allen Solly Men Olive Green Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Olive",
    ),
    # Photo: grey shirt with a subtle dobby texture, spread collar, one patch pocket on the left chest; black trousers.
    # Caption: caption adapter, cut. Answers: VQA adapter; the pants get the shirt's grey, the description is cut.
    case(
        "X1356-017",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There",
            "cut",
            hit_limit=True,
        ),
        he("a grey shirt and black pants"),
        col("shirt", "grey"),
        col("pants", "grey", "contradiction"),
        describe(
            "shirt",
            "a grey shirt with a spread collar, long sleeves with buttoned cuffs, a curved hem and a patch pocket on "
            "the left side of the",
            "cut",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        gender="Men",
        title="Blackberrys Men Grey Slim Fit Self-Design Formal Shirt",
        category="Shirts",
        color="Grey",
    ),
    # Photo: flat lay, the cream shirt folded on a white surface, no model, no trousers.
    # Caption: caption adapter describes a gentleman and trousers that are not there. Answers: VQA adapter; "white"
    # for cream left unmarked (it reads off-white on the white surface).
    case(
        "X1356-018",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There",
            "unsupported",
            hit_limit=True,
        ),
        he("a white shirt"),
        col("shirt", "white"),
        describe("shirt", "folded shirt"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Louis Philippe Men Cream-Coloured Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Cream",
    ),
    # Photo: navy suit, light blue shirt, navy tie with white dots, brown shoes.
    # Caption: caption adapter, cut. Answers: VQA adapter; the description runs into new turns.
    case(
        "X1356-019",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and "
            "its neckline is lapel. The gentleman has neckwear. The gentleman wears a long trousers. The trousers are "
            "with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        he("a suit"),
        col("suit", "blue"),
        col("jacket", "blue"),
        is_a("suit", "yes"),
        describe(
            "suit",
            "a blue suit with a tie Question: What is the color of the suit? Answer: blue Question: What is the color "
            "of the tie? Answer: blue",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        title="Raymond Men Navy Blue Self-Design Slim Fit Single-Breasted Formal Suit",
        category="Suits",
        color="Navy Blue",
    ),
    # Photo: back view of a male model in a sky blue shirt and navy trousers.
    # Caption: caption adapter calls him "the lady". Answers: VQA adapter; the details say only "the back".
    case(
        "X1356-020",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is",
            "pronoun",
            hit_limit=True,
        ),
        he("a blue shirt and blue pants"),
        col("shirt", "blue"),
        details("shirt", "the back", "non_answer"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Van Heusen Men Blue Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: khaki trousers, navy shirt, brown belt.
    # Caption: caption adapter, cut. Answers: VQA adapter; "trousers" get the shirt's blue while "pants" are right;
    # the yes/no question gets a noun.
    case(
        "X1356-021",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is a belt. "
            "The guy wears",
            "cut",
            hit_limit=True,
        ),
        he("he is wearing a blue shirt and khaki pants"),
        col("trousers", "blue", "other_garment_color"),
        col("pants", "khaki"),
        is_a("pair of trousers", "pants", "non_answer"),
        gender="Men",
        title="ColorPlus Men Khaki Tailored Fit Solid Formal Trousers",
        category="Trousers",
        color="Khaki",
    ),
    # Photo: white shirt with a tiny navy geometric print, grey trousers.
    # Caption: caption adapter, stops on a full stop at the limit; "graphic" is its word for a print: right.
    # Answers: VQA adapter; the details loop.
    case(
        "X1356-022",
        caption(
            "The gentleman wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns.",
            hit_limit=True,
        ),
        he("a white shirt and grey pants"),
        col("shirt", "white-navy"),
        describe("shirt", "a white shirt with a pattern"),
        details(
            "shirt",
            "a white shirt with a pattern of a white shirt with a pattern of a white shirt with a pattern of a white "
            "shirt with a",
            "loop",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        gender="Men",
        title="Mark Taylor Men White & Navy Blue Slim Fit Printed Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: black solid tie on a white shirt, black suit jacket at the edges of the frame.
    # Caption: caption adapter, stops on a full stop at the limit, all true. Answers: VQA adapter denies the tie.
    case(
        "X1356-023",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The gentleman has neckwear. The gentleman wears an outer clothing with cotton "
            "fabric and pure color patterns.",
            hit_limit=True,
        ),
        he("a black suit and tie"),
        col("tie", "black"),
        is_a("tie", "no", "contradiction"),
        describe("tie", "black"),
        gender="Men",
        title="Tossido Men Black Solid Formal Tie",
        category="Ties",
        color="Black",
    ),
    # Photo: navy poplin shirt, beige trousers.
    # Caption: caption adapter calls the poplin shirt denim. Answers: VQA adapter; the pants get the shirt's blue.
    case(
        "X1356-024",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric and "
            "its neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There",
            "unsupported",
            hit_limit=True,
        ),
        he("a blue shirt and khaki pants"),
        col("shirt", "blue"),
        col("pants", "blue", "contradiction"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Arrow Men Navy Blue Tailored Fit Solid Formal Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Photo: walking pose, grey melange trousers, white shirt. The feed row has no gender.
    # Caption: caption adapter comes back to its lower-clothing sentence. Answers: VQA adapter; the details loop.
    case(
        "X1356-025",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns. The lower "
            "clothing is of long length. The",
            "loop",
            hit_limit=True,
        ),
        he("a white shirt and grey pants"),
        col("trousers", "grey"),
        details(
            "trousers",
            "the pants have pockets on the front and back and a zipper on the front and a button on the front and a "
            "zipper on the",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of trousers", "yes"),
        title="Park Avenue Men Grey Melange Regular Fit Formal Trousers",
        category="Trousers",
        color="Grey Melange",
    ),
    # Photo: beige linen blazer (two buttons) over a white shirt, navy trousers.
    # Caption: caption adapter calls the linen blazer cotton (and is cut). Answers: VQA adapter, right.
    case(
        "X1356-026",
        caption(
            "The gentleman wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "cotton fabric. The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with "
            "cotton fabric and its neckline is",
            "contradiction",
            hit_limit=True,
        ),
        he("a tan jacket and blue pants"),
        col("blazer", "tan"),
        describe("blazer", "a tan blazer with two buttons"),
        is_a("blazer", "yes"),
        gender="Men",
        title="Wintage Men Beige Linen Slim Fit Single-Breasted Blazer",
        category="Blazers",
        color="Beige",
    ),
    # Photo: male model in a peach solid shirt and navy trousers.
    # Caption: caption adapter, cut. Answers: VQA adapter; "she" for the man.
    case(
        "X1356-027",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        he("she is wearing a pink shirt and blue pants", "pronoun"),
        col("shirt", "pink"),
        shirt_color("peach"),
        is_a("shirt", "yes"),
        details("shirt", "a collar and buttons"),
        gender="Men",
        title="Van Heusen Men Peach-Coloured Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Peach",
    ),
    # Photo: mid-blue two-piece suit with a faint windowpane check, white shirt, no tie.
    # Caption: caption adapter, "lattice" right, cut. Answers: VQA adapter; the description loops, the shirt (not the
    # product) gets the suit's blue.
    case(
        "X1356-028",
        caption(
            "The gentleman wears a long-sleeve jacket with lattice patterns. The jacket is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and lattice "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        he("a blue suit"),
        col("suit", "blue"),
        is_a("suit", "yes"),
        describe(
            "suit",
            "blue suit blue suit blue suit blue suit blue suit blue suit blue suit blue suit blue suit blue suit blue "
            "suit blue suit blue suit blue suit blue suit",
            "loop",
            hit_limit=True,
        ),
        col("shirt", "blue", "contradiction"),
        gender="Men",
        title="Blackberrys Men Blue Checked Slim Fit 2-Piece Formal Suit",
        category="Suits",
        color="Blue",
    ),
    # Photo: close crop, solid white shirt, blue tie with a pink paisley print; trousers out of frame.
    # Caption: caption adapter gives the tie's print to the shirt ("floral"). Answers: VQA adapter, right.
    case(
        "X1356-029",
        caption(
            "The gentleman wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman has neckwear. The gentleman wears a long trousers. The trousers are "
            "with cotton fabric and pure",
            "contradiction",
            hit_limit=True,
        ),
        he("a white shirt and a blue tie"),
        col("tie", "blue"),
        is_a("tie", "yes"),
        describe("tie", "a blue tie with a paisley pattern"),
        gender="Men",
        title="Peluche Men Blue & Pink Paisley Printed Broad Tie",
        category="Ties",
        color="Blue",
    ),
    # Photo: black solid shirt, grey trousers, both hands in the pockets: no watch, no bracelet in sight.
    # Caption: caption adapter invents a wrist accessory. Answers: VQA adapter; the shirt color loops.
    case(
        "X1356-030",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is an accessory on his wrist.",
            "unsupported",
            hit_limit=True,
        ),
        he("a black shirt and grey pants"),
        col(
            "shirt",
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            hit_limit=True,
        ),
        describe("shirt", "black shirt with long sleeves"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Louis Philippe Men Black Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Black",
    ),
    # Photo: cropped waist down: chocolate brown trousers, shirt hem tucked in, brown shoes with socks.
    # Caption: caption adapter loops its two lower-clothing sentences. Answers: VQA adapter, right.
    case(
        "X1356-031",
        caption(
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The guy "
            "wears socks in his shoes. The lower clothing is of long length. The fabric is cotton and it has pure "
            "color patterns. The guy",
            "loop",
            hit_limit=True,
        ),
        he("pants"),
        col("trousers", "brown"),
        details("trousers", "belt loops and a zipper fly"),
        is_a("pair of trousers", "yes"),
        gender="Men",
        title="Raymond Men Brown Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Brown",
    ),
    # Photo: grey checked blazer over a light blue shirt, navy trousers (not a suit).
    # Caption: caption adapter, "lattice" right, cut. Answers: VQA adapter calls it a suit; details say nothing.
    case(
        "X1356-032",
        caption(
            "The gentleman wears a long-sleeve outer clothing with lattice patterns. The outer clothing is with "
            "cotton fabric. The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with "
            "cotton fabric and its neckline is lapel. The",
            "cut",
            hit_limit=True,
        ),
        he("a grey jacket and a blue shirt"),
        col("blazer", "grey"),
        is_a("blazer", "yes"),
        describe("blazer", "plaid"),
        is_a("suit", "yes", "contradiction"),
        details("blazer", "details", "non_answer"),
        gender="Men",
        title="Louis Philippe Men Grey Checked Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Grey",
    ),
    # Photo: silver-grey satin tie on a black shirt.
    # Caption: caption adapter loops on "has neckwear". Answers: VQA adapter; the tie gets the shirt's black, the
    # yes/no question gets a color.
    case(
        "X1356-033",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The gentleman has neckwear. The gentleman has neckwear. The gentleman has "
            "neckwear. The gentleman has",
            "loop",
            hit_limit=True,
        ),
        he("a black shirt and a grey tie"),
        col("tie", "black", "other_garment_color"),
        is_a("tie", "grey", "non_answer"),
        describe("tie", "a grey tie"),
        gender="Men",
        title="Blacksmith Men Silver-Toned Solid Satin Tie",
        category="Ties",
        color="Silver",
    ),
    # Photo: teal solid shirt, black trousers. Teal reads as blue or green: both color answers are right.
    # Caption: caption adapter, cut. Answers: VQA adapter; "blouse" for a men's shirt.
    case(
        "X1356-034",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        he("a blouse", "contradiction"),
        col("shirt", "blue"),
        shirt_color("green"),
        is_a("shirt", "yes"),
        details("shirt", "the shirt has a collar"),
        gender="Men",
        title="Allen Solly Men Teal Blue Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Teal",
    ),
    # Photo: light grey two-piece suit, white shirt, pink tie.
    # Caption: caption adapter, cut. Answers: VQA adapter; the suit gets the tie's pink, the description restates.
    case(
        "X1356-035",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and "
            "its neckline is lapel. The gentleman has neckwear. The trousers this gentleman wears is of long length. "
            "The trousers are with cotton",
            "cut",
            hit_limit=True,
        ),
        he("a grey suit and a pink tie"),
        col("suit", "pink", "other_garment_color"),
        col("jacket", "grey"),
        is_a("suit", "yes"),
        describe("suit", "the suit is a suit", "restated"),
        gender="Men",
        title="Park Avenue Men Grey Solid Slim Fit Single-Breasted Formal Suit",
        category="Suits",
        color="Grey",
    ),
    # Photo: white shirt with black micro checks (reads grey from afar), black trousers.
    # Caption: caption adapter, cut. Answers: VQA adapter; "grey" for both garments in "wearing".
    case(
        "X1356-036",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        he("a grey shirt and grey pants", "contradiction"),
        col("shirt", "white-black"),
        col("pants", "black"),
        describe("shirt", "a shirt", "restated"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Hancock Men White & Black Checked Slim Fit Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: black trousers, white shirt, model holding a black leather briefcase (prop).
    # Caption: caption adapter, cut. Answers: VQA adapter; the details run into new turns.
    case(
        "X1356-037",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is a belt. "
            "The guy wears a",
            "cut",
            hit_limit=True,
        ),
        he("a white shirt and black pants and a black bag"),
        col("trousers", "black"),
        details(
            "trousers",
            "black Question: What are the trousers details? Answer: black Question: What are the trousers details? "
            "Answer: black Question: What",
            "leak",
            hit_limit=True,
        ),
        is_a("pair of trousers", "yes"),
        gender="Men",
        title="Louis Philippe Men Black Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Black",
    ),
    # Photo: olive blazer over a white shirt, beige trousers.
    # Caption: caption adapter, cut. Answers: VQA adapter; the description loops.
    case(
        "X1356-038",
        caption(
            "The gentleman wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "cotton fabric. The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with "
            "cotton fabric and its neckline is",
            "cut",
            hit_limit=True,
        ),
        he("a green jacket and a white shirt and tan pants"),
        col("blazer", "green"),
        describe(
            "blazer",
            "the blazer is a blazer that is a blazer that is a blazer that is a blazer that is a blazer that is a "
            "blazer",
            "loop",
            hit_limit=True,
        ),
        is_a("blazer", "yes"),
        gender="Men",
        title="Raymond Men Olive Green Solid Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Olive",
    ),
    # Photo: maroon solid shirt with a spread collar and no pocket, black trousers, one hand at the collar.
    # Caption: caption adapter, cut. Answers: VQA adapter; pocket and button-down collar invented; a leak.
    case(
        "X1356-039",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        he("a red shirt and black pants"),
        col("shirt", "red"),
        shirt_color(
            "maroon Question: What is the shirt color? Answer: maroon Question: What is the shirt color? Answer: "
            "maroon Question:",
            "leak",
            hit_limit=True,
        ),
        describe("shirt", "a red shirt with a button down collar and a pocket", "unsupported"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Van Heusen Men Maroon Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Maroon",
    ),
    # Photo: flat lay, charcoal pleated trousers on a white background, front side up; no person.
    # Caption: caption adapter loops on the lower clothing. Answers: VQA adapter; the details are cut.
    case(
        "X1356-040",
        caption(
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The lower "
            "clothing is of long length. The fabric is cotton and it has pure color patterns. The lower clothing is "
            "of long length. The fabric",
            "loop",
            hit_limit=True,
        ),
        he("a pair of pants"),
        col("trousers", "grey"),
        details(
            "trousers",
            "pleats on the front and two slant pockets on the sides and two welt pockets on the back with a button "
            "on each of the",
            "cut",
            hit_limit=True,
        ),
        is_a("pair of trousers", "yes"),
        gender="Men",
        title="Arrow Men Charcoal Grey Tailored Fit Pleated Formal Trousers",
        category="Trousers",
        color="Charcoal",
    ),
    # Photo: male model in a white shirt and grey suit, navy tie with red diagonal stripes.
    # Caption: caption adapter, cut. Answers: VQA adapter; "she" for the man, the description leaks.
    case(
        "X1356-041",
        caption(
            "The gentleman wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "cotton fabric. The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with "
            "cotton fabric and its neckline is lapel",
            "cut",
            hit_limit=True,
        ),
        he("she is wearing a suit and tie", "pronoun"),
        col("tie", "blue and red"),
        is_a("tie", "yes"),
        describe(
            "tie",
            "a striped tie Question: What is the color of the tie? Answer: blue and red Question: What is the color of",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        title="Van Heusen Men Navy Blue & Red Striped Formal Tie",
        category="Ties",
        color="Navy Blue",
    ),
    # Photo: white solid shirt styled under a navy blazer, grey trousers.
    # Caption: caption adapter, stops on a full stop at the limit, all true. Answers: VQA adapter; the shirt gets
    # the blazer's blue and is denied.
    case(
        "X1356-042",
        caption(
            "The gentleman wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "cotton fabric. The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with "
            "cotton fabric and its neckline is lapel.",
            hit_limit=True,
        ),
        he("a blue jacket and a white shirt"),
        col("shirt", "blue", "other_garment_color"),
        is_a("shirt", "no", "contradiction"),
        describe("shirt", "white"),
        gender="Men",
        title="Peter England Men White Regular Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: beige two-piece suit, white shirt, no tie, brown loafers, bare head.
    # Caption: caption adapter starts a hat sentence at the limit. Answers: VQA adapter; the details restate.
    case(
        "X1356-043",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and "
            "its neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is a hat",
            "unsupported",
            hit_limit=True,
        ),
        he("a tan suit and a white shirt"),
        col("suit", "tan"),
        col("jacket", "beige"),
        is_a("suit", "yes"),
        describe("suit", "a tan suit with a white shirt and brown shoes"),
        details("suit", "the suit details are the suit details", "restated"),
        gender="Men",
        title="Van Heusen Men Beige Self-Design Slim Fit Single-Breasted 2-Piece Suit",
        category="Suits",
        color="Beige",
    ),
    # Photo: blue and white bengal-striped shirt, navy trousers.
    # Caption: caption adapter, stripes right, cut. Answers: VQA adapter; the yes/no runs into new turns.
    case(
        "X1356-044",
        caption(
            "The gentleman wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        he("a blue striped shirt and blue pants"),
        col("shirt", "blue"),
        describe("shirt", "blue and white stripes"),
        details("shirt", "stripes"),
        is_a(
            "shirt",
            "yes Question: Is this a shirt? Answer: yes Question: Is this a shirt? Answer: yes Question: Is this a",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        title="Allen Solly Men Blue & White Slim Fit Striped Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: back view, black blazer with a centre vent, black trousers.
    # Caption: caption adapter, cut. Answers: VQA adapter, all right.
    case(
        "X1356-045",
        caption(
            "The gentleman wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "cotton fabric. The gentleman wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The gentleman wears a long",
            "cut",
            hit_limit=True,
        ),
        he("a black jacket and black pants"),
        col("blazer", "black"),
        is_a("blazer", "yes"),
        describe("blazer", "the back of a black blazer"),
        details("blazer", "a vent in the back"),
        gender="Men",
        title="Blackberrys Men Black Solid Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Black",
    ),
]
