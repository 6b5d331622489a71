"""BLIND_1675 (45 products; Myntra men's tops, epoch-2 caption adapter): written blind in the sixty-seventh session.
Measured blind at c32e5e8 (the session's third and final rules): 102/109 failures found (93.6%) and 2/161 correct
texts flagged (1.2%). The writer's notes, verbatim:

Scenario: a Myntra feed of men's casual shirts and t-shirts (article types Shirts and Tshirts), shot the catalog's
usual way: a male model on a plain light backdrop wearing the product over jeans or chinos, a few back views, two
flat lays with no person, and now and then a prop (sunglasses in hand, a skateboard, a crate, a stool, a jacket over
the shoulder). Columns as the feed has them: title, category (article type), color (base colour), gender; a few rows
lack one of them.
Who wrote what: every text comes from one system, BLIP-2 OPT-2.7b with the epoch-2 LoRA caption adapter (trained on
DeepFashion-MultiModal template captions with unmasked labels and no end token), greedy, 50 new tokens for the
caption and 30 for each answer, prompt `Question: <question> Answer:`. The adapter has half forgotten question
answering: for many prompts it returns the caption template ("This man wears a long-sleeve shirt with lattice
patterns. The shirt is with cotton fabric and its neckline is lapel. The pants this man wears is ..."), which runs
to the limit; for the rest it still gives the base model's short answers ("blue", "a white t-shirt and black
jeans"). The template knows patterns (pure color, lattice, stripe, graphic, floral, color block) and fabrics, never
hues; hues come only from the short answers, and those often put one color on both garments. Color questions are
free-generated and stored open.
Labeling conventions and judgement calls: one failure kind per text, the one that matters most to a reader; a
text cut mid-sentence at the limit is `cut` unless something worse is in it (an invented watch is `unsupported`,
cotton for a linen shirt is `contradiction`, "This female" is `pronoun`, a template that never says yes or no to
"Is this a polo shirt?" is `non_answer`). A text that hit the limit but ends on a finished sentence with nothing
wrong in it is left unmarked, with hit_limit=True. The template's "The man wears" on a flat lay is not counted
against it; invented jeans, a ring or a wrist accessory on a flat lay are `unsupported`. Denim for a corduroy shirt
is `contradiction` (the title names the fabric).
Near hues are accepted (red for maroon, blue for navy or teal, orange for rust, purple for lavender, brown for a rust
tee, beige for khaki). A color answer for the jeans or chinos that is the product's color is `contradiction` (one
color for two garments); a product color that belongs to the layer over or under it is `other_garment_color`; a
product color that is a print's color or simply wrong is `contradiction`. An answer about a prop or a watch, or
"the back of the shirt", is `non_answer`; "they are jeans" is `restated`. A wrong sleeve
length or pattern against the caption or the title is `contradiction`. Logo text read off the chest is accepted.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
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

BLIND_1675 = [
    # Photo: model front, navy-and-white gingham shirt, long sleeves rolled to the forearm, untucked over light-blue
    # jeans, brown belt just visible. All texts: epoch-2 caption adapter.
    case(
        "X1675-001",
        caption(
            "This man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The pants this man wears is of long length. The pants are with denim fabric and "
            "solid color patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a shirt and jeans"),
        color_of("shirt", "blue", kind="open"),
        color_of("jeans", "blue", kind="open"),
        describe(
            "shirt",
            "The shirt is with cotton fabric and lattice patterns. It has a lapel neckline. The pants this man "
            "wears is of long length. The pants are",
            "cut",
            hit_limit=True,
        ),
        details(
            "shirt",
            "the sleeves are rolled up, the collar is lapel, the sleeves are rolled up, the collar is lapel, the "
            "sleeves are rolled up, the",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Roadster Men Navy Blue & White Checked Casual Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Photo: model front, plain white crew-neck tee, black slim jeans, white sneakers. All texts: epoch-2 caption
    # adapter; the caption ends on a full sentence at the limit.
    case(
        "X1675-002",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The man wears a long pants. The pants are with denim fabric and pure color "
            "patterns.",
            hit_limit=True,
        ),
        wearing("a white t-shirt and black jeans", who="he"),
        color_of("t-shirt", "white", kind="open"),
        color_of("jeans", "white", "contradiction", kind="open"),
        is_a("t-shirt", "yes"),
        BLIND_QUESTIONS.pattern("pure color"),
        gender="Men",
        title="HRX by Hrithik Roshan Men White Solid Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: model front, black tee with a large white graphic across the chest, olive chinos, no watch or jewellery.
    # All texts: epoch-2 caption adapter.
    case(
        "X1675-003",
        caption(
            "The upper clothing has short sleeves, cotton fabric and graphic patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an "
            "accessory on his wrist",
            "unsupported",
            hit_limit=True,
        ),
        wearing(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "black", kind="open"),
        color_of("pants", "black", "contradiction", kind="open"),
        describe(
            "t-shirt",
            "The T-shirt is with cotton fabric and graphic patterns. It has a round neckline. The T-shirt is with "
            "cotton fabric and graphic patterns. It",
            "loop",
            hit_limit=True,
        ),
        details("t-shirt", "graphic print on the front"),
        gender="Men",
        title="Mast & Harbour Men Black Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: model front, grey melange polo with a two-button placket, navy chinos. All texts: epoch-2 caption
    # adapter.
    case(
        "X1675-004",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its neckline is lapel. The trousers this man wears is of long length. The trousers are with cotton "
            "fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a grey polo shirt and blue pants"),
        color_of("t-shirt", "grey", kind="open"),
        color_of("pants", "grey", "contradiction", kind="open"),
        is_a("polo shirt", "yes"),
        details(
            "t-shirt",
            "the collar, the buttons, the sleeves, the collar, the buttons, the sleeves, the collar, the buttons, "
            "the sleeves, the",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="WROGN Men Grey Melange Slim Fit Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # Photo: model front, mid-blue denim shirt buttoned up, long sleeves, two flap pockets on the chest, black jeans.
    # All texts: epoch-2 caption adapter.
    case(
        "X1675-005",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric and its "
            "neckline is lapel. The pants this man wears is of long length. The pants are with denim fabric and "
            "pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        material("denim"),
        color_of("shirt", "blue", kind="open"),
        color_of("jeans", "blue", "contradiction", kind="open"),
        describe(
            "shirt",
            "The shirt is with denim fabric and pure color patterns. It has a lapel neckline and two pockets on the "
            "chest. The pants this man wears",
            "cut",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        is_a("denim", "yes"),
        gender="Men",
        title="Highlander Men Blue Slim Fit Denim Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: model front, white shirt with thin blue vertical pinstripes, long sleeves, tucked into khaki chinos,
    # brown belt. All texts: epoch-2 caption adapter.
    case(
        "X1675-006",
        caption(
            "The gentleman is wearing a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The pants the gentleman wears is of long length. The pants are with cotton fabric "
            "and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "white and blue stripes", kind="open"),
        color_of("pants", "white", "contradiction", kind="open"),
        BLIND_QUESTIONS.pattern("stripe"),
        wearing("a white shirt and beige pants"),
        details(
            "shirt",
            "The shirt is with cotton fabric and stripe patterns. It has a lapel neckline. The shirt is with cotton "
            "fabric and stripe patterns. It has a",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="U.S. Polo Assn. Men White & Blue Pure Cotton Striped Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: model front, mustard tee with a small black typographic print, mid-blue jeans ripped at the knees.
    # All texts: epoch-2 caption adapter.
    case(
        "X1675-007",
        caption(
            "This man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The pants this man wears is of long length. The pants are with denim fabric and "
            "solid color patterns. He",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "yellow", kind="open"),
        shirt_color("yellow"),
        color_of("jeans", "blue", kind="open"),
        wearing(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The",
            "cut",
            hit_limit=True,
        ),
        details("jeans", "the jeans are ripped"),
        gender="Men",
        title="Moda Rapido Men Mustard Yellow Printed Round Neck T-shirt",
        category="Tshirts",
        color="Mustard",
    ),
    # Photo: model front, olive long-sleeve shirt worn open over a plain white crew-neck tee, light-blue jeans.
    # The product is the olive shirt. All texts: epoch-2 caption adapter.
    case(
        "X1675-008",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The man also wears an outer clothing with cotton fabric and pure color patterns. "
            "The pants this man wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a green shirt and a white t-shirt"),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        color_of("jeans", "blue", kind="open"),
        is_a("shirt", "yes"),
        describe(
            "shirt",
            "The shirt is with cotton fabric and pure color patterns. It has a lapel neckline. The shirt is with "
            "cotton fabric and pure color patterns. It",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="The Indian Garage Co Men Olive Green Solid Casual Shirt",
        category="Shirts",
        color="Olive",
    ),
    # Photo: flat lay on white, no person: black tee with a large multicolour cartoon print. All texts: epoch-2
    # caption adapter; the caption invents the jeans.
    case(
        "X1675-009",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The pants this man wears is of long length. The pants are with denim fabric and "
            "solid color patterns.",
            "unsupported",
            hit_limit=True,
        ),
        wearing(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "black", kind="open"),
        BLIND_QUESTIONS.pattern("graphic"),
        BLIND_QUESTIONS.sleeve_length("short-sleeve"),
        is_a("t-shirt", "yes"),
        gender="Men",
        title="Bewakoof Men Black Graphic Printed Cotton T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: model front, maroon long-sleeve shirt, sleeves down, black jeans, steel watch on the left wrist.
    # All texts: epoch-2 caption adapter.
    case(
        "X1675-010",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The pants this man wears is of long length. The pants are with denim fabric and "
            "solid color patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "red", kind="open"),
        color_of(
            "jeans",
            "black Question: What is the color of the shirt? Answer: red Question: What is the color of the shoes? "
            "Answer: black Question:",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        wearing(
            "He wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its neckline "
            "is lapel. The pants this man",
            "cut",
            who="he",
            hit_limit=True,
        ),
        details("shirt", "there is an accessory on his wrist", "non_answer"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Dennis Lingo Men Maroon Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Maroon",
    ),
    # Photo: back view, model turned away: plain teal tee, black jeans. All texts: epoch-2 caption adapter.
    case(
        "X1675-011",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The lower clothing is of long length. The fabric is denim and it has solid color "
            "patterns.",
            hit_limit=True,
        ),
        color_of("t-shirt", "blue", kind="open"),
        color_of("jeans", "black", kind="open"),
        wearing("a blue t-shirt and black jeans"),
        BLIND_QUESTIONS.sleeve_length(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The",
            "cut",
            hit_limit=True,
        ),
        details("t-shirt", "the details of the t-shirt are the t-shirt", "restated"),
        gender="Men",
        title="Campus Sutra Men Teal Blue Solid Round Neck T-shirt",
        category="Tshirts",
        color="Teal",
    ),
    # Photo: model front, red tee with a white batwing logo, dark indigo jeans, a denim jacket held over one
    # shoulder (prop). All texts: epoch-2 caption adapter.
    case(
        "X1675-012",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The pants this man wears is of long length. The pants are with denim fabric and "
            "solid color patterns. There",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "red", kind="open"),
        color_of("jeans", "blue", kind="open"),
        wearing("a red t-shirt and blue jeans"),
        describe(
            "t-shirt",
            "red red red red red red red red red red red red red red red red red red red red red red red red red red "
            "red red red red",
            "loop",
            hit_limit=True,
        ),
        is_a("jacket", "yes", "contradiction"),
        gender="Men",
        title="Levis Men Red Brand Logo Printed Round Neck T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # Photo: male model front, pale pink oxford shirt with button-down collar, untucked over khaki chinos.
    # All texts: epoch-2 caption adapter (it calls him a woman twice).
    case(
        "X1675-013",
        caption(
            "This female wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The pants this female wears is of long length. The pants are with cotton fabric and "
            "pure color",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a pink shirt and khaki pants"),
        color_of("shirt", "pink", kind="open"),
        color_of("pants", "pink", "contradiction", kind="open"),
        describe(
            "shirt",
            "Her shirt has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The pants "
            "this lady wears is of long",
            "pronoun",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        gender="Men",
        title="HERE&NOW Men Pink Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Pink",
    ),
    # Photo: model front, navy tee with a small cat logo on the chest, grey jeans, bare head. All texts: epoch-2
    # caption adapter; the caption invents a hat.
    case(
        "X1675-014",
        caption(
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. It has a round neckline. "
            "The lower clothing is of long length. The fabric is denim and it has pure color patterns. This man "
            "wears a hat. There",
            "unsupported",
            hit_limit=True,
        ),
        color_of("t-shirt", "blue", kind="open"),
        color_of("jeans", "grey", kind="open"),
        BLIND_QUESTIONS.color("navy blue"),
        wearing("a blue shirt and grey pants"),
        details("t-shirt", "the puma logo on the chest"),
        gender="Men",
        title="Puma Men Navy Blue Brand Logo Printed Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: model front, beige linen shirt, sleeves rolled, untucked over navy chinos. All texts: epoch-2 caption
    # adapter; it calls the linen cotton and the beige white.
    case(
        "X1675-015",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The trousers this man wears is of long length. The trousers are with cotton fabric "
            "and pure color",
            "contradiction",
            hit_limit=True,
        ),
        material("cotton", "contradiction"),
        color_of("shirt", "white", "contradiction", kind="open"),
        color_of("pants", "blue", kind="open"),
        wearing(
            "The man wears a long-sleeve shirt with pure color patterns and a long trousers. The trousers are with "
            "cotton fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        gender="Men",
        title="Peter England Men Beige Slim Fit Pure Linen Casual Shirt",
        category="Shirts",
        color="Beige",
    ),
    # Photo: model front, black short-sleeve shirt, light-grey jeans. All texts: epoch-2 caption adapter.
    case(
        "X1675-016",
        caption(
            "The gentleman is wearing a short-sleeve shirt with pure color patterns. The shirt is with cotton "
            "fabric. It has a lapel neckline. The pants the gentleman wears is of long length. The pants are with "
            "denim fabric and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "black", kind="open"),
        color_of("jeans", "black", "contradiction", kind="open"),
        shirt_color(
            "black black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        BLIND_QUESTIONS.sleeve_length("short-sleeve"),
        describe("shirt", "a black short sleeve shirt"),
        gender="Men",
        title="Mufti Men Black Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Black",
    ),
    # Photo: model front, white polo with a small flag logo, navy chinos, sunglasses hooked on the placket (not worn).
    # All texts: epoch-2 caption adapter.
    case(
        "X1675-017",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its neckline is lapel. The man wears a long pants. The pants are with cotton fabric. The person wears "
            "glasses. There",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a white polo shirt and blue pants"),
        color_of("t-shirt", "white", kind="open"),
        color_of("pants", "blue", kind="open"),
        is_a("polo shirt", "yes"),
        details(
            "t-shirt",
            "the logo on the chest, the collar, the buttons, the logo on the chest, the collar, the buttons, the "
            "logo on the chest, the",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Tommy Hilfiger Men White Solid Polo Collar Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: model seated on a wooden stool (prop), green-and-white tartan shirt, long sleeves, dark jeans.
    # All texts: epoch-2 caption adapter.
    case(
        "X1675-018",
        caption(
            "This man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The pants this man wears is of long length. The pants are with denim fabric and "
            "solid color patterns. The",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "green", kind="open"),
        color_of("jeans", "green", "contradiction", kind="open"),
        BLIND_QUESTIONS.pattern("lattice"),
        wearing(
            "The man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The",
            "cut",
            who="he",
            hit_limit=True,
        ),
        details(
            "shirt",
            "Question: What are the jeans details? Answer: The pants this man wears is of long length. The pants "
            "are with denim fabric and solid color",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        title="Louis Philippe Sport Men Green & White Checked Casual Shirt",
        category="Shirts",
        color="Green",
    ),
    # Photo: model front, lavender tee with a small Marvel print on the chest, olive chinos. All texts: epoch-2
    # caption adapter; the caption ends on a full sentence at the limit.
    case(
        "X1675-019",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The pants this man wears is of long length. The pants are with cotton fabric and "
            "pure color patterns.",
            hit_limit=True,
        ),
        color_of("t-shirt", "purple", kind="open"),
        color_of("pants", "green", kind="open"),
        wearing("a purple t-shirt and green pants"),
        describe(
            "t-shirt",
            "The T-shirt is with cotton fabric and graphic patterns. It has a round neckline. The T-shirt is with "
            "cotton fabric and graphic patterns",
            "loop",
            hit_limit=True,
        ),
        is_a("t-shirt", "yes"),
        gender="Men",
        title="Kook N Keech Marvel Men Lavender Printed Round Neck T-shirt",
        category="Tshirts",
        color="Lavender",
    ),
    # Photo: model front, navy short-sleeve shirt with a small white floral print, beige chinos. All texts: epoch-2
    # caption adapter.
    case(
        "X1675-020",
        caption(
            "This man wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The trousers this man wears is of long length. The trousers are with cotton fabric "
            "and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        BLIND_QUESTIONS.pattern("floral"),
        color_of("shirt", "white", "contradiction", kind="open"),
        color_of("pants", "beige", kind="open"),
        BLIND_QUESTIONS.sleeve_length("long-sleeve", "contradiction"),
        wearing("a floral shirt and khaki pants"),
        gender="Men",
        title="Van Heusen Sport Men Navy Blue Slim Fit Floral Printed Casual Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Photo: model leaning on a wooden crate (prop), rust tee, dark-blue jeans, brown boots. All texts: epoch-2
    # caption adapter.
    case(
        "X1675-021",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The pants this man wears is of long length. The pants are with denim fabric and "
            "solid color patterns. He",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "orange", kind="open"),
        color_of("jeans", "blue", kind="open"),
        wearing("a brown shirt and jeans"),
        details(
            "t-shirt",
            "The T-shirt is with cotton fabric and its neckline is round. The pants this man wears is of long "
            "length. The pants are with denim",
            "cut",
            hit_limit=True,
        ),
        material("cotton"),
        gender="Men",
        title="Harvard Men Rust Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Rust",
    ),
    # Photo: model front, charcoal henley with a three-button placket, long sleeves pushed to the forearm, black
    # jeans. All texts: epoch-2 caption adapter.
    case(
        "X1675-022",
        caption(
            "This man wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The pants this man wears is of long length. The pants are with denim fabric and "
            "solid color patterns. There",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "grey", kind="open"),
        color_of("jeans", "grey", "contradiction", kind="open"),
        details("t-shirt", "three buttons on the neckline"),
        BLIND_QUESTIONS.sleeve_length("short-sleeve", "contradiction"),
        is_a("sweater", "no"),
        gender="Men",
        title="SHOWOFF Men Charcoal Grey Solid Henley Neck Long Sleeves T-shirt",
        category="Tshirts",
        color="Charcoal",
    ),
    # Photo: model front, white mandarin-collar shirt, long sleeves, mid-blue jeans. All texts: epoch-2 caption
    # adapter; the description turns the mandarin collar into a lapel.
    case(
        "X1675-023",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is standing. The pants this man wears is of long length. The pants are with denim fabric and "
            "solid color patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("white shirt and blue jeans"),
        color_of("shirt", "white", kind="open"),
        color_of("jeans", "blue", kind="open"),
        describe(
            "shirt",
            "The shirt is with cotton fabric and pure color patterns. It has a lapel neckline. The pants this man "
            "wears is of long length.",
            "contradiction",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        gender="Men",
        title="Urbano Fashion Men White Mandarin Collar Solid Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: model front, polo with a red body and a navy chest band, white-tipped collar, khaki chinos. All texts:
    # epoch-2 caption adapter.
    case(
        "X1675-024",
        caption(
            "This man wears a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric and "
            "its neckline is lapel. The trousers this man wears is of long length. The trousers are with cotton "
            "fabric and pure color patterns.",
            hit_limit=True,
        ),
        color_of("t-shirt", "red and blue", kind="open"),
        color_of("pants", "red", "contradiction", kind="open"),
        BLIND_QUESTIONS.pattern("color block"),
        wearing("a red and blue polo shirt and khaki pants"),
        is_a(
            "polo shirt",
            "The man wears a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric and "
            "its neckline is lapel. The",
            "non_answer",
            hit_limit=True,
        ),
        gender="Men",
        title="Nautica Men Red Colourblocked Polo Collar T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # Photo: back view, blue-and-black buffalo-check flannel shirt, long sleeves, black jeans. All texts: epoch-2
    # caption adapter.
    case(
        "X1675-025",
        caption(
            "This man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The pants this man wears is of long length. The pants are with denim fabric and "
            "solid color patterns. There",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "blue and black", kind="open"),
        color_of("jeans", "black", kind="open"),
        wearing("a plaid shirt and black jeans"),
        details("shirt", "the back of the shirt", "non_answer"),
        BLIND_QUESTIONS.pattern("lattice"),
        gender="Men",
        title="Pepe Jeans Men Blue & Black Checked Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: model front, tee with horizontal black and grey stripes, blue jeans cuffed at the ankle. All texts:
    # epoch-2 caption adapter.
    case(
        "X1675-026",
        caption(
            "The man wears a short-sleeve T-shirt with stripe patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The pants this man wears is of long length. The pants are with denim fabric and "
            "solid color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "black and grey", kind="open"),
        color_of("jeans", "blue", kind="open"),
        BLIND_QUESTIONS.pattern("stripe"),
        wearing("a striped shirt and jeans"),
        details("jeans", "they are jeans", "restated"),
        gender="Men",
        title="Roadster Men Black & Grey Striped Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: model front, off-white oversized tee with small black "DIFFERENCE OF OPINION" text on the chest, black
    # jeans. All texts: epoch-2 caption adapter; the caption ends on a full sentence at the limit.
    case(
        "X1675-027",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The pants this man wears is of long length. The pants are with denim fabric and "
            "solid color patterns.",
            hit_limit=True,
        ),
        color_of("t-shirt", "white", kind="open"),
        color_of("jeans", "black", kind="open"),
        describe("t-shirt", "a white t-shirt with the words difference of opinion on it"),
        details(
            "t-shirt",
            "the words on the front, the words on the back, the words on the front, the words on the back, the "
            "words on the front, the",
            "loop",
            hit_limit=True,
        ),
        BLIND_QUESTIONS.garment_type("t-shirt"),
        gender="Men",
        title="Difference of Opinion Men Off White Typography Printed Oversized T-shirt",
        category="Tshirts",
        color="Off White",
    ),
    # Photo: model front, bright yellow short-sleeve shirt buttoned, off-white chinos. All texts: epoch-2 caption
    # adapter.
    case(
        "X1675-028",
        caption(
            "The gentleman is wearing a short-sleeve shirt with pure color patterns. The shirt is with cotton "
            "fabric. It has a lapel neckline. The pants the gentleman wears is of long length. The pants are with "
            "cotton fabric and pure color patterns. There is a",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "yellow", kind="open"),
        color_of("pants", "yellow", "contradiction", kind="open"),
        wearing("a yellow shirt and white pants"),
        shirt_color("the shirt color is yellow"),
        details(
            "shirt",
            "The shirt is with cotton fabric. It has a lapel neckline. The pants the gentleman wears is of long "
            "length. The pants are with cotton",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Locomotive Men Yellow Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Yellow",
    ),
    # Photo: flat lay on a wooden surface, no person: folded grey-and-white small-check shirt, one long sleeve laid
    # out. All texts: epoch-2 caption adapter; the caption invents a wrist accessory and a ring.
    case(
        "X1675-029",
        caption(
            "This man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. There is an accessory on his wrist. There is a ring on his finger. The pants this "
            "man wears is of",
            "unsupported",
            hit_limit=True,
        ),
        color_of("shirt", "grey", kind="open"),
        BLIND_QUESTIONS.pattern("lattice"),
        wearing(
            "The man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The",
            "cut",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        BLIND_QUESTIONS.sleeve_length("long-sleeve"),
        title="Red Tape Men Grey Slim Fit Checked Casual Shirt",
        category="Shirts",
        color="Grey",
    ),
    # Photo: model front, white tee with a small blue chest print under an open light-blue denim jacket, light-blue
    # jeans. The product is the tee. All texts: epoch-2 caption adapter.
    case(
        "X1675-030",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The man also wears an outer clothing, with denim fabric and pure color patterns. The "
            "pants",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "blue", "other_garment_color", kind="open"),
        color_of("jeans", "blue", kind="open"),
        wearing("a denim jacket, white t-shirt and jeans"),
        is_a("jacket", "yes", "contradiction"),
        describe(
            "t-shirt",
            "The T-shirt is with cotton fabric and graphic patterns. It has a round neckline. The man also wears an "
            "outer clothing, with denim",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Jack & Jones Men White Printed Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: male model front, plain sea-green tee, light-blue jeans, white sneakers. All texts: epoch-2 caption
    # adapter; the caption calls him a lady.
    case(
        "X1675-031",
        caption(
            "This lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The pants this lady wears is of long length. The pants are with denim fabric and "
            "solid color patterns.",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a green t-shirt and blue jeans", who="he"),
        color_of("t-shirt", "green", kind="open"),
        color_of("jeans", "blue", kind="open"),
        BLIND_QUESTIONS.color("green"),
        material("cotton"),
        gender="Men",
        title="ether Men Sea Green Solid Round Neck T-shirt",
        category="Tshirts",
        color="Sea Green",
    ),
    # Photo: model front, black short-sleeve camp-collar shirt with a white leaf print (viscose), olive chinos.
    # All texts: epoch-2 caption adapter; it invents chiffon.
    case(
        "X1675-032",
        caption(
            "This man wears a short-sleeve shirt with floral patterns. The shirt is with chiffon fabric and its "
            "neckline is lapel. The trousers this man wears is of long length. The trousers are with cotton fabric "
            "and pure color",
            "unsupported",
            hit_limit=True,
        ),
        color_of("shirt", "black and white", kind="open"),
        BLIND_QUESTIONS.pattern("floral"),
        color_of("pants", "white", "contradiction", kind="open"),
        material("chiffon", "unsupported"),
        wearing("a black shirt with white leaves and green pants"),
        gender="Men",
        title="Highlander Men Black & White Regular Fit Tropical Printed Casual Shirt",
        category="Shirts",
        color="Black",
    ),
    # Photo: model front, khaki utility shirt, long sleeves, two flap chest pockets, button tabs on the sleeves,
    # black jeans. All texts: epoch-2 caption adapter.
    case(
        "X1675-033",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The pants this man wears is of long length. The pants are with denim fabric and "
            "solid color patterns. There",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "beige", kind="open"),
        color_of("jeans", "black", kind="open"),
        details("shirt", "two pockets on the chest and buttons on the sleeves"),
        describe("shirt", "a khaki shirt with pockets"),
        is_a("jacket", "no"),
        gender="Men",
        title="Campus Sutra Men Khaki Solid Utility Casual Shirt",
        category="Shirts",
        color="Khaki",
    ),
    # Photo: back view, black oversized tee with a large white print across the back, blue jeans. All texts: epoch-2
    # caption adapter.
    case(
        "X1675-034",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The pants this man wears is of long length. The pants are with denim fabric and "
            "solid color patterns. His",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "white", "contradiction", kind="open"),
        color_of("jeans", "blue", kind="open"),
        wearing("a black t-shirt with a white print on the back and blue jeans"),
        details(
            "t-shirt",
            "The T-shirt is with cotton fabric and graphic patterns. It has a round neckline. The T-shirt is with "
            "cotton fabric and graphic patterns. It",
            "loop",
            hit_limit=True,
        ),
        BLIND_QUESTIONS.sleeve_length("short-sleeve"),
        gender="Men",
        title="Bewakoof Men Black Back Printed Oversized Cotton T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: model front holding sunglasses in his right hand (prop), mint-green short-sleeve shirt, white chinos.
    # All texts: epoch-2 caption adapter; the caption ends on a full sentence at the limit.
    case(
        "X1675-035",
        caption(
            "This man wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long pants. The pants are with cotton fabric. There is an accessory "
            "in his hand.",
            hit_limit=True,
        ),
        color_of("shirt", "green", kind="open"),
        color_of("pants", "white", kind="open"),
        wearing("a green shirt and white pants"),
        is_a("shirt", "yes"),
        details("shirt", "sunglasses", "non_answer"),
        gender="Men",
        title="Dennis Lingo Men Mint Green Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Green",
    ),
    # Photo: model front, navy long-sleeve shirt with tiny white polka dots, light-blue jeans. All texts: epoch-2
    # caption adapter; it reads the dots as plain.
    case(
        "X1675-036",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The pants this man wears is of long length. The pants are with denim fabric and "
            "solid color patterns. There",
            "contradiction",
            hit_limit=True,
        ),
        BLIND_QUESTIONS.pattern("pure color", "contradiction"),
        color_of("shirt", "blue", kind="open"),
        color_of("jeans", "blue", kind="open"),
        describe("shirt", "a blue shirt with white polka dots"),
        wearing(
            "He wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its neckline "
            "is lapel. The pants this man",
            "contradiction",
            who="he",
            hit_limit=True,
        ),
        gender="Men",
        title="Mufti Men Navy Blue Slim Fit Polka Dot Printed Casual Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Photo: model front, one hand in pocket, white tee with a red-and-blue logo print, dark jeans. All texts:
    # epoch-2 caption adapter. The feed row has no gender.
    case(
        "X1675-037",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The pants this man wears is of long length. The pants are with denim fabric and "
            "solid color patterns. There",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "white", kind="open"),
        color_of("jeans", "blue", kind="open"),
        shirt_color(
            "white Question: What is the color of the jeans? Answer: blue Question: What is the color of the shoes? "
            "Answer: white Question",
            "leak",
            hit_limit=True,
        ),
        is_a("t-shirt", "yes"),
        details("t-shirt", "a logo on the front"),
        title="Flying Machine Men White Brand Logo Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: model front, sky-blue oxford button-down, long sleeves, tucked into white chinos, brown belt. All texts:
    # epoch-2 caption adapter; the caption ends on a full sentence at the limit.
    case(
        "X1675-038",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The pants this man wears is of long length. The pants are with cotton fabric and "
            "pure color patterns.",
            hit_limit=True,
        ),
        color_of("shirt", "blue", kind="open"),
        color_of("pants", "blue", "contradiction", kind="open"),
        wearing(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The",
            "cut",
            hit_limit=True,
        ),
        details("shirt", "the shirt is tucked into the pants"),
        material("cotton"),
        gender="Men",
        title="Van Heusen Sport Men Blue Slim Fit Solid Oxford Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: model front, red-and-black buffalo-check flannel shirt worn open over a plain black tee, blue jeans.
    # The product is the flannel. All texts: epoch-2 caption adapter.
    case(
        "X1675-039",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The man also wears an outer clothing, with cotton fabric and lattice patterns. "
            "The pants this man",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        color_of("jeans", "blue", kind="open"),
        is_a("shirt", "no", "contradiction"),
        wearing("a red and black plaid shirt over a black t-shirt and blue jeans"),
        BLIND_QUESTIONS.pattern("lattice"),
        gender="Men",
        title="HERE&NOW Men Red & Black Buffalo Checked Casual Shirt",
        category="Shirts",
        color="Red",
    ),
    # Photo: model front holding a skateboard (prop), grey melange tee with a small chest print, black jeans.
    # All texts: epoch-2 caption adapter.
    case(
        "X1675-040",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The pants this man wears is of long length. The pants are with denim fabric and "
            "solid color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a grey t-shirt and black jeans"),
        color_of("t-shirt", "grey", kind="open"),
        color_of("jeans", "grey", "contradiction", kind="open"),
        describe("t-shirt", "a man holding a skateboard", "non_answer"),
        BLIND_QUESTIONS.sleeve_length("short-sleeve"),
        gender="Men",
        title="Huetrap Men Grey Melange Printed Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # Photo: model front, white tee with short black raglan sleeves, grey jeans. All texts: epoch-2 caption adapter;
    # the caption ends on a full sentence at the limit.
    case(
        "X1675-041",
        caption(
            "The man wears a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The pants this man wears is of long length. The pants are with denim fabric and "
            "solid color patterns.",
            hit_limit=True,
        ),
        color_of("t-shirt", "black and white", kind="open"),
        color_of("jeans", "black", "contradiction", kind="open"),
        BLIND_QUESTIONS.pattern("color block"),
        BLIND_QUESTIONS.sleeve_length("long-sleeve", "contradiction"),
        wearing("a black and white shirt and grey pants"),
        gender="Men",
        title="Kook N Keech Men White & Black Colourblocked Raglan Sleeves Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: model front, polo with horizontal blue and white stripes, white chinos. All texts: epoch-2 caption
    # adapter.
    case(
        "X1675-042",
        caption(
            "This man wears a short-sleeve T-shirt with stripe patterns. The T-shirt is with cotton fabric and its "
            "neckline is lapel. The trousers this man wears is of long length. The trousers are with cotton fabric "
            "and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "blue and white", kind="open"),
        color_of("pants", "white", kind="open"),
        describe(
            "t-shirt",
            "The T-shirt is with cotton fabric and stripe patterns. It has a lapel neckline. The trousers this man "
            "wears is of long length. The trousers",
            "cut",
            hit_limit=True,
        ),
        is_a("polo shirt", "yes"),
        gender="Men",
        title="Nautica Men Blue & White Striped Polo Collar T-shirt",
        category="Tshirts",
        color="Blue",
    ),
    # Photo: model front, black tee with a white "Calvin Klein Jeans" logo across the chest, blue jeans, silver watch.
    # All texts: epoch-2 caption adapter; the caption ends on a full sentence at the limit.
    case(
        "X1675-043",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The man wears a long pants. The pants are with denim fabric. There is an accessory "
            "on his wrist.",
            hit_limit=True,
        ),
        color_of("t-shirt", "black", kind="open"),
        color_of("jeans", "blue", kind="open"),
        details("t-shirt", "calvin klein jeans"),
        wearing(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The",
            "cut",
            hit_limit=True,
        ),
        BLIND_QUESTIONS.material(
            "The T-shirt is with cotton fabric and its neckline is round. The pants this man wears is of long "
            "length. The pants are with denim",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Calvin Klein Jeans Men Black Brand Logo Printed Slim Fit T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: model front, brown corduroy shirt, long sleeves down and buttoned at the cuff, one chest pocket, black
    # jeans. All texts: epoch-2 caption adapter; it invents rolled sleeves.
    case(
        "X1675-044",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The pants this man wears is of long length. The pants are with denim fabric and "
            "solid color patterns. There",
            "cut",
            hit_limit=True,
        ),
        material("denim", "contradiction"),
        color_of("shirt", "brown", kind="open"),
        color_of("jeans", "black", kind="open"),
        details(
            "shirt",
            "the shirt has a pocket on the chest and the sleeves are rolled up to the elbows and the collar is a "
            "button down collar and the",
            "unsupported",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        gender="Men",
        title="Indian Terrain Men Brown Slim Fit Solid Corduroy Casual Shirt",
        category="Shirts",
        color="Brown",
    ),
    # Photo: model in three-quarter side view, plain bottle-green tee, tan chinos. All texts: epoch-2 caption
    # adapter; the caption ends on a full sentence at the limit. The feed row has no gender.
    case(
        "X1675-045",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The trousers this man wears is of long length. The trousers are with cotton "
            "fabric and pure color patterns.",
            hit_limit=True,
        ),
        wearing("a green t-shirt and brown pants"),
        color_of(
            "t-shirt",
            "green green green green green green green green green green green green green green green green green "
            "green green green green green green green green green green green green green",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("pants", "brown", kind="open"),
        is_a("t-shirt", "yes"),
        BLIND_QUESTIONS.garment_type("t-shirt"),
        title="Jack & Jones Men Green Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Green",
    ),
]
