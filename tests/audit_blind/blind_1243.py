"""BLIND_1243 (45 products; Myntra men's casual shirts and tees over jeans/chinos, epoch-2 caption adapter for all):
written blind in the sixty-second session. Measured blind at bdc3a30 (the session's fourth rules): 84/97 failures
found (86.6%) and 6/181 correct texts flagged (3.3%). The writer's notes, verbatim:

Scenario: a Myntra men's topwear feed (article types Shirts and Tshirts: casual shirts, polos, henleys, printed and
plain tees), photographed the catalog's usual way: a male model on a plain grey or white backdrop wearing the product
over jeans or chinos, a few back views, three flat lays, now and then a prop (sunglasses, a coffee cup, a hand in a
pocket). Catalog columns are the feed's own: title (productDisplayName), category (articleType), color (baseColour),
gender; a few rows lack one of them, as Myntra exports do.
Who wrote what: every text, caption and answers alike, comes from BLIP-2 OPT-2.7b with the caption LoRA checkpoint
saved after the second epoch (the run between the published epoch-1 and epoch-3 adapters), greedy, 50 new tokens for
the caption and 30 for each answer, prompts in the `Question: ... Answer:` format. The questionnaire is the
experiments' own (What is he wearing?, the color of the shirt/t-shirt and of the jeans/pants, describe, details) plus
the closed questions in the blind writers' wording (type, color, pattern, sleeve length, material) and a yes/no
garment question; each product got a subset of 4 to 6 of them. Closed and color answers are the raw generated text.
Because of the adapter, the DeepFashion caption template ("The gentleman wears a short-sleeve shirt with pure color
patterns. The shirt is with cotton fabric and its neckline is lapel...") comes back for many prompts, its "colors"
are patterns (pure color, lattice, stripe, graphic), it has no end token so long texts run to the limit, and it
inherits DeepFashion's women-heavy wording ("The lady wears", "Her T-shirt") and stock sentences ("There is an
accessory on his wrist", "The pants are with denim fabric") whatever the photo shows. Short answers still come out
for some prompts, mostly right, sometimes with another garment's color or echoing the prompt format.
Labeling conventions and judgement calls: one label per text, the one that matters most to a reader of the record.
A color question answered with the template or with a pattern word ("The shirt is pure color.") is non_answer, as is
a yes/no question answered with the template. A template returned to "What is he wearing?", describe or details is
judged on its content: correct if complete and true, cut if it stops mid-sentence at the limit, loop if it restarts
itself. A text that is wrong in content and also ran to the limit keeps the content label (pronoun, unsupported,
non_answer) with hit_limit=True. Two captions ran exactly to 50 tokens ending on a full sentence; the one whose
content is true (003, the watch is there) is left unmarked with hit_limit=True. "The lady"/"Her" for a male model
is pronoun. Stock sentences about things not in the photo (a hat, an accessory on the wrist with bare wrists, lower
clothing in a flat lay, denim for chinos) are unsupported; a material that the title contradicts (cotton for "Pure
Linen", denim for "Linen Blend") is contradiction, one the title does not mention and the photo does not show
(chiffon) is unsupported; "cotton" for a corduroy or linen-blend shirt is left correct. An answer giving the jeans or
the inner tee's color to the product is other_garment_color. Pattern or sleeve answers against the title or the
other texts (pure color for a printed or colourblocked tee, long-sleeve for a half-sleeve shirt, stripes read off
corduroy wales) and "yes" to "Is this a t-shirt?" for a shirt worn open over a tee are contradiction. Near hues are
accepted as correct (maroon read as red, mustard as yellow, teal or olive as green, lavender as purple, rust as
brown or orange, peach as pink, navy as blue); charcoal read as black is not. For the back view of a printed tee
(010) "pure color" matches the visible back but not the product, and is marked contradiction. "medium-sleeve" and
"short-sleeve" for one drop-shoulder tee (024) are both left correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1243 = [
    # 001 truth: front view, white solid half-sleeve shirt with spread collar, untucked over light-blue jeans, white
    # sneakers, grey backdrop, bare wrists. All texts: epoch-2 caption adapter.
    case(
        "X1243-001",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The gentleman wears a long pants. The pants are with denim fabric and pure color "
            "patterns. There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "The gentleman wears a short-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric. The pants are with",
            "cut",
            who="he",
            hit_limit=True,
        ),
        color_of("shirt", "white", kind="open"),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("short-sleeve"),
        gender="Men",
        title="Roadster Men White Solid Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # 002 truth: front view, black round-neck tee with a white HRX graphic on the chest, grey slim jeans, grey
    # backdrop. All texts: epoch-2 caption adapter.
    case(
        "X1243-002",
        caption(
            "His T-shirt has short sleeves, cotton fabric and graphic patterns. The neckline of it is round. The "
            "gentleman wears a long trousers. The trousers are with denim fabric and pure color patterns."
        ),
        wearing("a black t-shirt and grey jeans", who="he"),
        color_of("t-shirt", "The T-shirt is with graphic patterns.", "non_answer", kind="open"),
        color_of("jeans", "grey", kind="open"),
        details(
            "t-shirt", "The T-shirt has short sleeves, cotton fabric and graphic patterns. The neckline of it is round."
        ),
        is_a("t-shirt", "yes"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # 003 truth: front view, olive solid slim shirt, long sleeves rolled to the elbow, black jeans, brown boots, a
    # steel watch on the left wrist. All texts: epoch-2 caption adapter; the caption ran exactly to 50 tokens.
    case(
        "X1243-003",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric. It has a lapel neckline. The pants are with denim fabric and pure color patterns. There is an "
            "accessory on his wrist.",
            hit_limit=True,
        ),
        wearing(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The "
            "gentleman wears a long pants. The",
            "cut",
            who="he",
            hit_limit=True,
        ),
        color_of("shirt", "green", kind="open"),
        color_of("jeans", "black", kind="open"),
        describe(
            "shirt", "The shirt has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline."
        ),
        Q.material("cotton"),
        gender="Men",
        title="WROGN Men Olive Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Olive",
    ),
    # 004 truth: front view, navy shirt with red and white checks, long sleeves, button-down collar, untucked over
    # mid-blue jeans. All texts: epoch-2 caption adapter.
    case(
        "X1243-004",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The pants this lady wears is of long length. The pants are with denim fabric and pure "
            "color patterns. There is an",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a plaid shirt and jeans", who="he"),
        color_of(
            "shirt",
            "The shirt is with lattice patterns. The shirt is with lattice patterns. The shirt is with lattice "
            "patterns. The shirt is with",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details(
            "shirt",
            "The shirt has long sleeves, cotton fabric and lattice patterns. Its neckline is lapel. The lady wears a "
            "long pants. The pants are",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("lattice"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Roadster Men Navy Blue & Red Checked Casual Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # 005 truth: front view, grey melange short-sleeve henley tee (three-button placket), navy chinos, no accessories.
    # All texts: epoch-2 caption adapter. The feed row has no gender.
    case(
        "X1243-005",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The gentleman wears a long trousers. The trousers are with denim fabric and "
            "pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a grey henley t-shirt and blue pants", who="he"),
        color_of("t-shirt", "grey", kind="open"),
        color_of("pants", "grey", "other_garment_color", kind="open"),
        details(
            "t-shirt", "The T-shirt has short sleeves, cotton fabric and pure color patterns. Its neckline is round."
        ),
        Q.garment_type("T-shirt"),
        Q.sleeve_length("short-sleeve"),
        title="Mast & Harbour Men Grey Melange Solid Henley Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # 006 truth: front view, red pique polo with a small white logo on the chest, beige chinos, brown loafers. All
    # texts: epoch-2 caption adapter.
    case(
        "X1243-006",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric. It has a lapel neckline. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("The man is wearing a red polo shirt and khaki pants.", who="he"),
        color_of("t-shirt", "red", kind="open"),
        color_of("pants", "beige", kind="open"),
        Q.pattern("pure color"),
        is_a(
            "polo shirt",
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a lapel neckline. The",
            "non_answer",
            hit_limit=True,
        ),
        Q.material("The T-shirt is with cotton fabric."),
        gender="Men",
        title="U.S. Polo Assn. Men Red Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # 007 truth: front view, white shirt with light-blue vertical stripes, long sleeves, untucked over navy chinos.
    # All texts: epoch-2 caption adapter.
    case(
        "X1243-007",
        caption(
            "The gentleman wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a striped shirt and navy pants", who="he"),
        color_of("shirt", "blue and white", kind="open"),
        Q.color("navy", "other_garment_color"),
        Q.pattern("stripe"),
        describe(
            "shirt",
            "The shirt has long sleeves, cotton fabric and stripe patterns. It has a lapel neckline. The shirt has "
            "long sleeves, cotton fabric and stripe",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Highlander Men White & Blue Slim Fit Striped Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # 008 truth: front view, mid-blue denim shirt, long sleeves, two flap chest pockets, black jeans. All texts:
    # epoch-2 caption adapter.
    case(
        "X1243-008",
        caption(
            "His shirt has long sleeves, denim fabric and pure color patterns. It has a lapel neckline. The gentleman "
            "wears a long pants. The pants are with denim fabric and pure color patterns."
        ),
        wearing("a denim shirt and black jeans", who="he"),
        color_of("shirt", "blue", kind="open"),
        color_of("jeans", "blue", "other_garment_color", kind="open"),
        details("shirt", "two pockets on the chest and buttons on the cuffs"),
        Q.material("denim"),
        is_a("jacket", "no"),
        gender="Men",
        title="Flying Machine Men Blue Slim Fit Solid Denim Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # 009 truth: flat lay on white, no model: yellow round-neck tee with a black Puma cat logo print on the chest.
    # All texts: epoch-2 caption adapter (it invents a wearer).
    case(
        "X1243-009",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round.",
            "unsupported",
        ),
        wearing(
            "The T-shirt is with cotton fabric and its neckline is round. The T-shirt is with cotton fabric and its "
            "neckline is round. The T",
            "loop",
            who="he",
            hit_limit=True,
        ),
        color_of("t-shirt", "yellow", kind="open"),
        Q.garment_type("T-shirt"),
        Q.pattern("graphic patterns"),
        Q.sleeve_length("short-sleeve"),
        gender="Men",
        title="Puma Men Yellow Printed Round Neck T-shirt",
        category="Tshirts",
        color="Yellow",
    ),
    # 010 truth: back view, model facing away: maroon tee with a plain back (the print is on the front), blue jeans
    # with back-pocket stitching. All texts: epoch-2 caption adapter.
    case(
        "X1243-010",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The gentleman wears a long pants. The pants are with denim fabric and pure "
            "color patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        wearing("a red t-shirt and jeans", who="he"),
        color_of("t-shirt", "The T-shirt is pure color.", "non_answer", kind="open"),
        Q.pattern("pure color patterns", "contradiction"),
        Q.sleeve_length("short-sleeve"),
        details("jeans", "The jeans are with denim fabric. The jeans are of long length.", "restated"),
        gender="Men",
        title="Levis Men Maroon Printed Round Neck T-shirt",
        category="Tshirts",
        color="Maroon",
    ),
    # 011 truth: front view, mustard solid slim shirt, long sleeves buttoned, top button open, light-blue jeans, bare
    # wrists. All texts: epoch-2 caption adapter; the caption ran exactly to 50 tokens.
    case(
        "X1243-011",
        caption(
            "This gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric. It has a lapel neckline. The pants are with denim fabric and pure color patterns. There "
            "is an accessory on his wrist.",
            "unsupported",
            hit_limit=True,
        ),
        wearing("yellow shirt and blue jeans", who="he"),
        color_of("shirt", "yellow", kind="open"),
        color_of("jeans", "The jeans are with denim fabric and pure color patterns.", "non_answer", kind="open"),
        describe(
            "shirt", "The shirt has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline."
        ),
        is_a("t-shirt", "no"),
        gender="Men",
        title="Dennis Lingo Men Mustard Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Mustard",
    ),
    # 012 truth: front view, black half-sleeve camp-collar shirt with an all-over white and green tropical leaf print,
    # beige chinos, bare wrists. All texts: epoch-2 caption adapter.
    case(
        "X1243-012",
        caption(
            "The gentleman wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a black floral shirt and beige pants", who="he"),
        color_of("shirt", "black and white", kind="open"),
        color_of("pants", "black", "other_garment_color", kind="open"),
        Q.pattern("floral"),
        details(
            "shirt",
            "The shirt has short sleeves, cotton fabric and floral patterns. Its neckline is lapel. There is an "
            "accessory on his wrist. The",
            "cut",
            hit_limit=True,
        ),
        Q.material("chiffon", "unsupported"),
        gender="Men",
        title="The Indian Garage Co Men Black Regular Fit Printed Casual Shirt",
        category="Shirts",
        color="Black",
    ),
    # 013 truth: front view, navy tee with a large astronaut graphic on the front, black jeans. All texts: epoch-2
    # caption adapter.
    case(
        "X1243-013",
        caption(
            "Her T-shirt has short sleeves, cotton fabric and graphic patterns. The neckline of it is round. The lady "
            "wears a long pants. The pants are with denim fabric and pure color patterns.",
            "pronoun",
        ),
        wearing(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. The "
            "neckline of it is round. The",
            "pronoun",
            who="he",
            hit_limit=True,
        ),
        color_of("t-shirt", "navy blue", kind="open"),
        color_of("jeans", "black", kind="open"),
        Q.pattern("graphic"),
        gender="Men",
        title="Bewakoof Men Navy Blue Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # 014 truth: front view, white polo with a small flag logo, navy chinos, a silver watch on the wrist. All texts:
    # epoch-2 caption adapter.
    case(
        "X1243-014",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric. It has a lapel neckline. There is an accessory on his wrist. The pants are with cotton "
            "fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("white polo shirt and navy blue pants and a watch", who="he"),
        color_of("t-shirt", "white", kind="open"),
        color_of("pants", "navy blue", kind="open"),
        Q.garment_type("polo shirt"),
        Q.sleeve_length("short-sleeve"),
        is_a("polo shirt", "yes"),
        gender="Men",
        title="Tommy Hilfiger Men White Solid Polo Collar T-shirt",
        category="Tshirts",
        color="White",
    ),
    # 015 truth: front view, pink solid shirt, long sleeves buttoned at the cuff, grey jeans. All texts: epoch-2
    # caption adapter.
    case(
        "X1243-015",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long pants. The pants are with denim fabric and pure color "
            "patterns. The gentleman wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a pink shirt and grey jeans", who="he"),
        color_of("shirt", "pink", kind="open"),
        color_of("jeans", "pink", "other_garment_color", kind="open"),
        describe("shirt", "It is a shirt.", "restated"),
        Q.sleeve_length("long-sleeve"),
        gender="Men",
        title="HERE&NOW Men Pink Solid Casual Shirt",
        category="Shirts",
        color="Pink",
    ),
    # 016 truth: flat lay on white, folded: blue and white checked shirt, collar and placket up, one long sleeve with
    # its cuff showing. No model, no other garment. All texts: epoch-2 caption adapter. The row has no gender.
    case(
        "X1243-016",
        caption(
            "The upper clothing has long sleeves, cotton fabric and lattice patterns. It has a lapel neckline. The "
            "lower clothing is of long length. The fabric is denim and it has pure color patterns.",
            "unsupported",
        ),
        color_of("shirt", "The shirt is with lattice patterns.", "non_answer", kind="open"),
        Q.garment_type("shirt"),
        Q.pattern("lattice"),
        Q.sleeve_length("long-sleeve"),
        details(
            "shirt",
            "The shirt has long sleeves, cotton fabric and lattice patterns. It has a lapel neckline. The shirt has "
            "long sleeves, cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        title="Allen Solly Sport Men Blue & White Checked Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # 017 truth: front view, green solid round-neck tee with sunglasses hooked on the neckline, black jeans. All
    # texts: epoch-2 caption adapter.
    case(
        "X1243-017",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The gentleman wears a long pants. The pants are with denim fabric and pure "
            "color patterns. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("green t-shirt, black jeans and sunglasses", who="he"),
        color_of("t-shirt", "green", kind="open"),
        color_of("jeans", "Question: What is the color of the jeans? Answer: black", "leak", kind="open"),
        Q.material("cotton"),
        is_a("t-shirt", "yes"),
        gender="Men",
        title="Jack & Jones Men Green Solid Round Neck T-shirt",
        category="Tshirts",
        color="Green",
    ),
    # 018 truth: front view, navy pique polo, khaki chinos, brown belt. All texts: epoch-2 caption adapter.
    case(
        "X1243-018",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric. It has a lapel neckline. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a navy blue polo shirt and khaki pants", who="he"),
        color_of(
            "t-shirt",
            "navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy "
            "blue navy blue navy blue navy blue navy blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("pants", "khaki", kind="open"),
        Q.pattern("pure color"),
        details("t-shirt", "It has a lapel neckline and short sleeves."),
        gender="Men",
        title="Nautica Men Navy Blue Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # 019 truth: front view, colourblocked tee: black body with a wide white chest panel, blue jeans. All texts:
    # epoch-2 caption adapter.
    case(
        "X1243-019",
        caption(
            "The gentleman wears a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The gentleman wears a long pants. The pants are with denim fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a black and white t-shirt and blue jeans", who="he"),
        color_of("t-shirt", "black and white", kind="open"),
        Q.color("The T-shirt is with color block patterns.", "non_answer"),
        Q.pattern("pure color", "contradiction"),
        details("jeans", "They are long.", "non_answer"),
        gender="Men",
        title="Campus Sutra Men Black & White Colourblocked Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # 020 truth: front view, beige linen-blend shirt, long sleeves rolled up, white chinos. All texts: epoch-2 caption
    # adapter.
    case(
        "X1243-020",
        caption(
            "His shirt has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The gentleman "
            "wears a long pants. The pants are with cotton fabric and pure color patterns."
        ),
        wearing(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The "
            "gentleman wears a long pants",
            "cut",
            who="he",
            hit_limit=True,
        ),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        color_of("pants", "white", kind="open"),
        Q.material("denim", "contradiction"),
        Q.sleeve_length("long-sleeve"),
        gender="Men",
        title="Peter England Casuals Men Beige Solid Linen Blend Casual Shirt",
        category="Shirts",
        color="Beige",
    ),
    # 021 truth: front view, charcoal grey round-neck tee, blue jeans ripped at both knees. All texts: epoch-2 caption
    # adapter.
    case(
        "X1243-021",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The gentleman wears a long pants. The pants are with denim fabric and pure "
            "color patterns."
        ),
        wearing("a grey t-shirt and ripped jeans", who="he"),
        color_of("t-shirt", "black", "contradiction", kind="open"),
        color_of("jeans", "blue", kind="open"),
        details("jeans", "ripped at the knees"),
        Q.garment_type(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Urbano Fashion Men Charcoal Grey Solid Round Neck T-shirt",
        category="Tshirts",
        color="Charcoal",
    ),
    # 022 truth: front view, olive green half-sleeve Cuban-collar shirt with a small white paisley print, black
    # chinos. All texts: epoch-2 caption adapter.
    case(
        "X1243-022",
        caption(
            "The gentleman wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long pants. The pants are with denim fabric and pure color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        wearing("a green shirt and black pants", who="he"),
        color_of("shirt", "green", kind="open"),
        color_of("pants", "The pants are with denim fabric and pure color patterns.", "non_answer", kind="open"),
        describe("shirt", "a short sleeve shirt with a print"),
        Q.pattern("floral"),
        Q.material("The shirt is with cotton fabric."),
        gender="Men",
        title="Snitch Men Olive Green Cuban Collar Printed Casual Shirt",
        category="Shirts",
        color="Olive",
    ),
    # 023 truth: front view, lavender pique polo, dark navy jeans. All texts: epoch-2 caption adapter.
    case(
        "X1243-023",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a lapel neckline. The lady wears a long pants. The pants are with denim fabric and pure color "
            "patterns.",
            "pronoun",
        ),
        wearing("a purple polo shirt and jeans", who="he"),
        color_of("t-shirt", "purple", kind="open"),
        color_of("jeans", "blue", kind="open"),
        Q.sleeve_length("short-sleeve"),
        is_a("sweater", "no"),
        gender="Men",
        title="Louis Philippe Sport Men Lavender Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Lavender",
    ),
    # 024 truth: back view, white oversized drop-shoulder tee, sleeves to just above the elbow, big black typography
    # print across the back, black jeans. All texts: epoch-2 caption adapter.
    case(
        "X1243-024",
        caption(
            "The gentleman wears a medium-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. The "
            "gentleman wears a long pants. The pants are with denim fabric and pure color patterns. The T-shirt is "
            "with cotton fabric. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a white t-shirt with writing on the back and black jeans", who="he"),
        color_of("t-shirt", "white", kind="open"),
        details("t-shirt", "letters on the back"),
        Q.pattern("graphic"),
        Q.sleeve_length("short-sleeve"),
        gender="Men",
        title="Difference of Opinion Men White Typography Printed Oversized T-shirt",
        category="Tshirts",
        color="White",
    ),
    # 025 truth: front view, grey melange tee with a navy GAP arch logo on the chest, blue jeans, holding a paper
    # coffee cup. All texts: epoch-2 caption adapter.
    case(
        "X1243-025",
        caption(
            "This man wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with cotton "
            "fabric. It has a round neckline. The pants are with denim fabric and pure color patterns."
        ),
        wearing("grey t-shirt with the gap logo, blue jeans", who="he"),
        color_of("t-shirt", "blue", "other_garment_color", kind="open"),
        color_of("jeans", "blue", kind="open"),
        Q.garment_type("t-shirt"),
        Q.material(
            "The T-shirt is with cotton fabric. The pants are with denim fabric. The T-shirt is with cotton fabric. "
            "The pants are with denim",
            "loop",
            hit_limit=True,
        ),
        is_a("t-shirt", "yes"),
        gender="Men",
        title="GAP Men Grey Melange Brand Logo Printed Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # 026 truth: front view, navy shirt with thin white and green checks, long sleeves rolled, no chest pocket,
    # untucked over beige chinos. All texts: epoch-2 caption adapter. The row has no gender.
    case(
        "X1243-026",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "The gentleman wears a long-sleeve shirt with lattice patterns and a long pants. The shirt is with cotton "
            "fabric. The pants are with",
            "cut",
            who="he",
            hit_limit=True,
        ),
        color_of("shirt", "navy blue", kind="open"),
        details("shirt", "The shirt has a pocket on the chest.", "unsupported"),
        Q.pattern("lattice"),
        Q.material("cotton"),
        is_a("shirt", "yes"),
        title="Marks & Spencer Men Navy Blue Pure Cotton Checked Casual Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # 027 truth: front view, maroon solid mandarin-collar shirt, long sleeves, white jeans. All texts: epoch-2
    # caption adapter.
    case(
        "X1243-027",
        caption(
            "His shirt has long sleeves, cotton fabric and pure color patterns. The neckline of it is standing. The "
            "gentleman wears a long pants. The pants are with denim fabric and pure color patterns."
        ),
        wearing("a maroon shirt and white jeans", who="he"),
        color_of("shirt", "maroon", kind="open"),
        color_of("jeans", "maroon", "other_garment_color", kind="open"),
        describe(
            "shirt",
            "The shirt has long sleeves, cotton fabric and pure color patterns. The neckline of it is lapel.",
            "contradiction",
        ),
        Q.sleeve_length(
            "long-sleeve Question: What is the sleeve length of the garment? Answer: long-sleeve Question: What is the "
            "color of the garment? Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        title="Rare Rabbit Men Maroon Slim Fit Solid Mandarin Collar Casual Shirt",
        category="Shirts",
        color="Maroon",
    ),
    # 028 truth: front view, white polo with black horizontal stripes, black chinos. All texts: epoch-2 caption
    # adapter.
    case(
        "X1243-028",
        caption(
            "The gentleman wears a short-sleeve T-shirt with stripe patterns. The T-shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a striped polo shirt and black pants", who="he"),
        color_of("t-shirt", "black and white", kind="open"),
        color_of("pants", "black", kind="open"),
        Q.garment_type("polo"),
        Q.pattern("stripe"),
        gender="Men",
        title="Van Heusen Sport Men White & Black Striped Polo Collar T-shirt",
        category="Tshirts",
        color="White",
    ),
    # 029 truth: front view, teal corduroy shirt (fine wales), long sleeves, two chest pockets, blue jeans. All
    # texts: epoch-2 caption adapter.
    case(
        "X1243-029",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long pants. The pants are with denim fabric and pure color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        wearing("a green shirt and blue jeans", who="he"),
        color_of("shirt", "green", kind="open"),
        details("shirt", "The shirt has long sleeves, cotton fabric and stripe patterns.", "contradiction"),
        Q.material("The shirt is with cotton fabric."),
        is_a(
            "jacket",
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The",
            "non_answer",
            hit_limit=True,
        ),
        gender="Men",
        title="Powerlook Men Teal Solid Corduroy Casual Shirt",
        category="Shirts",
        color="Teal",
    ),
    # 030 truth: front view, black tee with a white Calvin Klein logo across the chest, light-blue jeans, white
    # sneakers. All texts: epoch-2 caption adapter.
    case(
        "X1243-030",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The gentleman wears a long pants. The pants are with denim fabric and pure color "
            "patterns."
        ),
        wearing("The person is wearing a black t-shirt and jeans.", who="he"),
        color_of("t-shirt", "black", kind="open"),
        color_of("jeans", "light blue", kind="open"),
        details("t-shirt", "calvin klein logo on the front"),
        Q.pattern("graphic"),
        Q.material(
            "The T-shirt is with cotton fabric and its neckline is round. The gentleman wears a long pants. The pants "
            "are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Calvin Klein Jeans Men Black Brand Logo Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # 031 truth: front view, peach solid half-sleeve cotton shirt, white chinos. All texts: epoch-2 caption adapter.
    case(
        "X1243-031",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric and its "
            "neckline is lapel. The pants this lady wears is of long length. The pants are with cotton fabric and "
            "pure color",
            "pronoun",
            hit_limit=True,
        ),
        wearing(
            "The lady wears a short-sleeve shirt with pure color patterns and a long pants. The shirt is with chiffon "
            "fabric. The pants are",
            "pronoun",
            who="he",
            hit_limit=True,
        ),
        color_of("shirt", "pink", kind="open"),
        Q.material("chiffon", "unsupported"),
        Q.sleeve_length("short-sleeve"),
        gender="Men",
        title="Bene Kleed Men Peach-Coloured Solid Casual Shirt",
        category="Shirts",
        color="Peach",
    ),
    # 032 truth: front view, rust long-sleeve henley tee, blue jeans. All texts: epoch-2 caption adapter.
    case(
        "X1243-032",
        caption(
            "This man wears a long-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric. It has a round neckline. The pants are with denim fabric and pure color patterns."
        ),
        wearing("an orange shirt and jeans", who="he"),
        color_of("t-shirt", "brown", kind="open"),
        details("t-shirt", "buttons on the neck"),
        Q.garment_type("T-shirt"),
        Q.sleeve_length("short-sleeve", "contradiction"),
        gender="Men",
        title="Locomotive Men Rust Solid Henley Neck T-shirt",
        category="Tshirts",
        color="Rust",
    ),
    # 033 truth: front view, Breton tee with navy-blue and white horizontal stripes, white chinos. All texts: epoch-2
    # caption adapter.
    case(
        "X1243-033",
        caption(
            "The gentleman wears a short-sleeve T-shirt with stripe patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns."
        ),
        wearing(
            "a striped t-shirt and white pants Question: What is he wearing? Answer: a striped t-shirt and white pants",
            "leak",
            who="he",
            hit_limit=True,
        ),
        color_of("t-shirt", "white", kind="open"),
        color_of("pants", "white", kind="open"),
        Q.color("blue and white"),
        Q.pattern(
            "stripe stripe stripe stripe stripe stripe stripe stripe stripe stripe stripe stripe stripe stripe stripe "
            "stripe stripe stripe stripe stripe stripe stripe stripe stripe stripe stripe stripe stripe stripe stripe",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="United Colors of Benetton Men Blue & White Striped Round Neck T-shirt",
        category="Tshirts",
        color="Blue",
    ),
    # 034 truth: front view, white oxford shirt, button-down collar, chest pocket, long sleeves, khaki chinos, no hat.
    # All texts: epoch-2 caption adapter. The row has no gender.
    case(
        "X1243-034",
        caption(
            "His shirt has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The gentleman "
            "wears a long pants. The pants are with cotton fabric and pure color patterns. The gentleman wears a hat.",
            "unsupported",
        ),
        wearing("a white shirt and khaki pants", who="he"),
        color_of("shirt", "white", kind="open"),
        color_of("pants", "khaki", kind="open"),
        describe("shirt", "a white button down shirt with a pocket"),
        Q.material("cotton"),
        title="Hubberholme Men White Solid Oxford Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # 035 truth: front view, charcoal and black checked flannel shirt worn open over a white crew-neck tee, blue
    # jeans. The product is the flannel shirt. All texts: epoch-2 caption adapter.
    case(
        "X1243-035",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long pants. The pants are with denim fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a plaid shirt over a white t-shirt and jeans", who="he"),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        Q.color("grey"),
        Q.pattern("lattice"),
        Q.garment_type("shirt"),
        is_a("t-shirt", "yes", "contradiction"),
        gender="Men",
        title="Roadster Men Charcoal Grey & Black Checked Flannel Casual Shirt",
        category="Shirts",
        color="Charcoal",
    ),
    # 036 truth: front view, off-white pure linen shirt, long sleeves, olive chinos. All texts: epoch-2 caption
    # adapter.
    case(
        "X1243-036",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long pants. The pants are with denim fabric and pure color "
            "patterns. The gentleman wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a white shirt and green pants", who="he"),
        color_of("shirt", "white", kind="open"),
        color_of(
            "pants",
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        describe("shirt", "a white linen shirt with long sleeves"),
        Q.material("The shirt is with cotton fabric.", "contradiction"),
        gender="Men",
        title="Jack & Jones Men Off White Solid Pure Linen Casual Shirt",
        category="Shirts",
        color="Off White",
    ),
    # 037 truth: front view, sea green pique polo, blue jeans. All texts: epoch-2 caption adapter. The row has no
    # gender.
    case(
        "X1243-037",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric. It has a lapel neckline. The pants are with denim fabric and pure color patterns. This man "
            "wears a short-sleeve",
            "loop",
            hit_limit=True,
        ),
        wearing("a green shirt and jeans", who="he"),
        color_of("t-shirt", "green", kind="open"),
        color_of("jeans", "blue", kind="open"),
        Q.sleeve_length("short-sleeve"),
        is_a("polo shirt", "yes"),
        title="Wrangler Men Sea Green Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Sea Green",
    ),
    # 038 truth: front view, half-sleeve shirt with an abstract blue, orange and white print, navy chinos. All texts:
    # epoch-2 caption adapter.
    case(
        "X1243-038",
        caption(
            "The gentleman wears a short-sleeve shirt with graphic patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        wearing("a colorful shirt and blue pants", who="he"),
        color_of("shirt", "The shirt is with graphic patterns.", "non_answer", kind="open"),
        Q.pattern("graphic"),
        details(
            "shirt",
            "The shirt has short sleeves, cotton fabric and graphic patterns. It has a lapel neckline. The shirt has "
            "short sleeves, cotton fabric",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Mast & Harbour Men Multicoloured Regular Fit Printed Casual Shirt",
        category="Shirts",
        color="Multi",
    ),
    # 039 truth: front view, navy tee with a small white print on the chest, light-wash blue jeans. All texts:
    # epoch-2 caption adapter.
    case(
        "X1243-039",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The gentleman wears a long pants. The pants are with denim fabric and pure color "
            "patterns."
        ),
        wearing("a blue t-shirt and blue jeans", who="he"),
        color_of("t-shirt", "navy", kind="open"),
        color_of("jeans", "navy", "other_garment_color", kind="open"),
        Q.pattern("pure color", "contradiction"),
        details(
            "t-shirt",
            "The T-shirt has short sleeves, cotton fabric and graphic patterns. The neckline of it is round. The "
            "gentleman wears a long pants",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Pepe Jeans Men Navy Blue Printed Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # 040 truth: back view, white solid round-neck tee, black jeans. All texts: epoch-2 caption adapter.
    case(
        "X1243-040",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "The gentleman wears a long pants. The pants are with denim fabric and pure color patterns."
        ),
        wearing("a white t-shirt and black jeans", who="he"),
        color_of("t-shirt", "white", kind="open"),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        details("t-shirt", "It has a round neckline."),
        Q.garment_type("t-shirt"),
        is_a("shirt", "no"),
        gender="Men",
        title="Levis Men White Solid Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # 041 truth: front view, black solid slim shirt, long sleeves, beige chinos, one hand in a pocket. All texts:
    # epoch-2 caption adapter.
    case(
        "X1243-041",
        caption(
            "His shirt has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The gentleman "
            "wears a long pants. The pants are with denim fabric and pure color patterns.",
            "unsupported",
        ),
        wearing("a black shirt and beige pants", who="he"),
        color_of("shirt", "black", kind="open"),
        color_of("pants", "black", "other_garment_color", kind="open"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        gender="Men",
        title="Dennis Lingo Men Black Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Black",
    ),
    # 042 truth: front view, yellow shirt with blue checks, half sleeves, blue jeans. All texts: epoch-2 caption
    # adapter.
    case(
        "X1243-042",
        caption(
            "The lady wears a short-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is an",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a yellow and blue plaid shirt and blue jeans", who="he"),
        color_of("shirt", "yellow", kind="open"),
        color_of("jeans", "blue", kind="open"),
        Q.pattern("lattice"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        gender="Men",
        title="HERE&NOW Men Yellow & Blue Checked Casual Shirt",
        category="Shirts",
        color="Yellow",
    ),
    # 043 truth: flat lay on white, no model: black tee with a large Marvel comic print on the front. All texts:
    # epoch-2 caption adapter. The row has no category.
    case(
        "X1243-043",
        caption("The upper clothing has short sleeves, cotton fabric and graphic patterns. It has a round neckline."),
        wearing(
            "The upper clothing has short sleeves, cotton fabric and graphic patterns. It has a round neckline. The "
            "lower clothing is of long length",
            "unsupported",
            who="he",
            hit_limit=True,
        ),
        color_of("t-shirt", "black", kind="open"),
        Q.garment_type("t-shirt"),
        Q.pattern("graphic"),
        is_a("t-shirt", "yes"),
        gender="Men",
        title="Bewakoof Men Black Marvel Printed Round Neck T-shirt",
        color="Black",
    ),
    # 044 truth: front view, navy solid round-neck tee, khaki chinos, holding a coffee cup, bare wrists. All texts:
    # epoch-2 caption adapter; the caption ran to 50 tokens.
    case(
        "X1243-044",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric. It has a round neckline. The pants are with cotton fabric and pure color patterns. There "
            "is an accessory on his wrist",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a navy t-shirt and khaki pants", who="he"),
        color_of(
            "t-shirt",
            "Answer: navy blue Question: What is the color of the pants? Answer: khaki Question: What is the color "
            "of the shoes? Answer:",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        color_of("pants", "khaki", kind="open"),
        describe(
            "t-shirt",
            "It is a T-shirt. It is a T-shirt. It is a T-shirt. It is a T-shirt. It is a",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        title="Tommy Hilfiger Men Navy Blue Solid Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # 045 truth: front view, maroon shirt with navy and white checks, long sleeves, black jeans. All texts: epoch-2
    # caption adapter.
    case(
        "X1243-045",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long pants. The pants are with denim fabric and pure color "
            "patterns. The gentleman wears",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentle",
            "cut",
            who="he",
            hit_limit=True,
        ),
        color_of("shirt", "red", kind="open"),
        color_of("jeans", "black", kind="open"),
        details("shirt", "The shirt details are the details of the shirt.", "restated"),
        Q.pattern("lattice"),
        gender="Men",
        title="Highlander Men Maroon Slim Fit Checked Casual Shirt",
        category="Shirts",
        color="Maroon",
    ),
]
