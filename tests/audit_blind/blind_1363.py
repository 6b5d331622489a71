"""BLIND_1363 (45 products; Myntra men's casual shirts and t-shirts, epoch-2 caption adapter everywhere): written blind
in the sixty-fourth session. Measured blind at d381b30 (the session's first rules): 106/114 failures found (93.0%)
and 8/162 correct texts flagged (4.9%). The writer's notes, verbatim:

Scenario: a Myntra men's feed of casual shirts and t-shirts (article types Shirts and Tshirts, gender Men), shot the
usual way: a male model on a plain light backdrop wearing the product over jeans or chinos, with two flat lays (015,
040) and one back view (018). Props and accessories are noted in the comment above a case when the photo has them (a
watch, a belt, a cap, sunglasses in the hand); where a comment names none, the photo has none. Feed columns are title,
category (the article type), color (the base colour) and gender; a few rows lack one, as feeds do.
Who wrote what: every text, the caption and all answers, comes from BLIP-2 OPT-2.7b with the epoch-2 caption LoRA
(the DeepFashion-MultiModal caption adapter between its first and last epoch), greedy, 50 new tokens for the caption
and 30 for answers, answers prompted `Question: ... Answer:`. Questions are the experiments' own (what is he wearing,
the color of the shirt and of the jeans or pants, describe the shirt, the shirt or jeans details), some with the
closed pattern / sleeve / type / material questions and the yes/no garment question. At epoch 2 the adapter still
answers short questions in the base model's short style about half the time; the rest of the time it returns the
caption template ("The man wears a long-sleeve shirt with pure color patterns ..."), which mostly runs on to the
limit (a few short template answers stop on their own). Its pattern words are DeepFashion's: lattice for checks,
stripe, floral, graphic, color block, pure color.
Labeling conventions and judgement calls: one label per text, the one that names what a reader loses first. A
template text that answers the question and then runs on and is cut mid-sentence is `cut`; a template text that never
gives what was asked (no hue for a color question, no yes or no) is `non_answer` even when it is also cut; "pure
color" or "solid color patterns" for a color question is `non_answer`. An invented person or pants on a flat lay, an
accessory the photo does not have, a fabric it is not, are `unsupported`. A color that belongs to the other garment
(the jeans given the shirt's color, the shirt's colors given to the jeans) is `other_garment_color`; a wrong pattern,
sleeve, neckline or garment kind that another text or the seller's row contradicts is `contradiction`. "The lady" or
"she" for the male model is `pronoun` even when the text is also cut. A repeated clause or word run to the limit is
`loop`; "Question: ... Answer:" in the output is `leak`. Only the question's words given back is `non_answer`; a
sentence that turns the question round into its own answer is `restated`. Hue families count as right: olive or teal
called green, maroon or burgundy red, mustard yellow, navy blue, charcoal grey, cream white, lavender purple, peach
pink; beige called white is wrong. Captions hit the 50-token limit almost always (no end token was trained); three
that reach the limit on a complete sentence or on a whole clause missing only its period (020, 028, 045) are left
unmarked with hit_limit=True, since nothing in them is wrong. The polo collar as "lapel neckline" is DeepFashion's
word and counted right; a hooded t-shirt called a hoodie is right, called a sweater is not.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, question, wearing

Q = BLIND_QUESTIONS
shirt_color = question("shirt_color", "What is the shirt color?", "open")
jeans_details = question("jeans_details", "What are the jeans details?", "open")

BLIND_1363 = [
    # Navy and white checked shirt, long sleeves rolled to the elbow, untucked, over light blue jeans, white sneakers.
    # All texts: epoch-2 caption adapter.
    case(
        "X1363-001",
        caption(
            "The man wears a long-sleeve shirt with lattice patterns and a long pants. The shirt is with cotton fabric "
            "and its neckline is lapel. The pants are with denim fabric and pure color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a shirt and jeans", who="he"),
        color_of("shirt", "blue and white", kind="open"),
        color_of("jeans", "blue", kind="open"),
        describe(
            "shirt",
            "The shirt is with cotton fabric and lattice patterns. It has long sleeves and a lapel neckline. The man "
            "wears a long pants. The pants",
            "cut",
            hit_limit=True,
        ),
        details("shirt", "long sleeves, lattice patterns, lapel neckline"),
        gender="Men",
        title="Roadster Men Navy Blue & White Regular Fit Checked Casual Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Olive solid round-neck t-shirt, short sleeves, over black slim jeans, hands in pockets.
    # All texts: epoch-2 caption adapter.
    case(
        "X1363-002",
        caption(
            "The man is wearing a short-sleeve T-shirt with pure color patterns and a long trousers. The T-shirt is "
            "with cotton fabric and it has a crew neckline. The trousers are with denim fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "The man wears a short-sleeve T-shirt with pure color patterns and a long trousers. The T-shirt is with "
            "cotton fabric and it has",
            "cut",
            who="he",
            hit_limit=True,
        ),
        color_of("shirt", "green", kind="open"),
        color_of("pants", "green", "other_garment_color", kind="open"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Olive Green Solid Round Neck T-shirt",
        category="Tshirts",
        color="Olive",
    ),
    # Black short-sleeve shirt with a small white leaf print all over, over beige chinos, brown loafers. No watch, no
    # ring. All texts: epoch-2 caption adapter.
    case(
        "X1363-003",
        caption(
            "The gentleman wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric and it has "
            "a lapel neckline. The gentleman wears a long trousers. There is an accessory on his wrist. He wears a "
            "ring.",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a black shirt with white flowers and khaki pants", who="he"),
        color_of("shirt", "black", kind="open"),
        color_of("pants", "black", "other_garment_color", kind="open"),
        describe(
            "shirt", "The shirt is with cotton fabric and floral patterns. It has short sleeves and a lapel neckline."
        ),
        details(
            "shirt",
            "The shirt has short sleeves, cotton fabric and floral patterns. The neckline of it is lapel. The "
            "gentleman wears a long trousers. The trousers are",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="WROGN Men Black Slim Fit Printed Casual Shirt",
        category="Shirts",
        color="Black",
    ),
    # Mid-blue denim shirt, long sleeves, two chest pockets, buttoned, over beige chinos.
    # All texts: epoch-2 caption adapter.
    case(
        "X1363-004",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with denim "
            "fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a denim shirt and khaki pants", who="he"),
        color_of("shirt", "blue", kind="open"),
        color_of("jeans", "blue", "other_garment_color", kind="open"),
        is_a("t-shirt", "no"),
        Q.material("denim"),
        describe(
            "shirt",
            "The shirt is with denim fabric and pure color patterns. It has long sleeves and a lapel neckline. The "
            "man wears a long pants. The",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Highlander Men Blue Slim Fit Denim Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # White t-shirt with black typography on the chest, short sleeves, over mid-wash blue jeans.
    # All texts: epoch-2 caption adapter.
    case(
        "X1363-005",
        caption(
            "The man is wearing a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with denim fabric and pure color patterns. There "
            "is",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "He wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with cotton "
            "fabric and its neckline is",
            "cut",
            who="he",
            hit_limit=True,
        ),
        color_of("shirt", "white", kind="open"),
        color_of(
            "pants",
            "The man is wearing a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with "
            "cotton fabric and",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        details(
            "t-shirt",
            "The T-shirt has short sleeves, cotton fabric and graphic patterns. It has a crew neckline. The man wears "
            "a long pants. The pants",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("graphic"),
        gender="Men",
        title="HERE&NOW Men White Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Mustard yellow solid polo, short sleeves, over navy chinos, white sneakers.
    # All texts: epoch-2 caption adapter.
    case(
        "X1363-006",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and it has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric "
            "and pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("yellow polo shirt and blue pants", who="he"),
        color_of("shirt", "yellow", kind="open"),
        color_of("pants", "pure color", "non_answer", kind="open"),
        describe(
            "t-shirt",
            "The T-shirt is with cotton fabric and pure color patterns. The T-shirt is with cotton fabric and pure "
            "color patterns. The T-shirt is",
            "loop",
            hit_limit=True,
        ),
        is_a("polo shirt", "yes"),
        gender="Men",
        title="Mast & Harbour Men Mustard Yellow Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Mustard",
    ),
    # Grey melange polo with navy tipping on the collar, over dark indigo jeans; male model with shoulder-length hair.
    # All texts: epoch-2 caption adapter.
    case(
        "X1363-007",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric. It has a lapel neckline. The pants are with denim fabric and pure color patterns. There",
            "pronoun",
            hit_limit=True,
        ),
        wearing("grey polo shirt and jeans", who="he"),
        color_of("shirt", "grey", kind="open"),
        color_of("jeans", "grey", "other_garment_color", kind="open"),
        details(
            "t-shirt",
            "The T-shirt has short sleeves, cotton fabric and pure color patterns. The neckline of it is lapel. The "
            "lady wears a long pants. The",
            "pronoun",
            hit_limit=True,
        ),
        Q.sleeve_length("short-sleeve"),
        gender="Men",
        title="U.S. Polo Assn. Men Grey Melange Solid Polo Collar Pure Cotton T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # Beige solid shirt, long sleeves, buttoned and untucked, over dark blue jeans.
    # All texts: epoch-2 caption adapter.
    case(
        "X1363-008",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with denim fabric and pure color patterns. The man",
            "cut",
            hit_limit=True,
        ),
        wearing("a white shirt and blue jeans", "contradiction", who="he"),
        color_of("shirt", "beige", kind="open"),
        color_of("pants", "blue", kind="open"),
        describe(
            "shirt",
            "The shirt is with cotton fabric and pure color patterns. It has long sleeves and a lapel neckline. The "
            "man wears a long pants. The",
            "cut",
            hit_limit=True,
        ),
        details("pants", "The pants are with denim fabric and pure color patterns."),
        gender="Men",
        title="Louis Philippe Sport Men Beige Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Beige",
    ),
    # Black round-neck t-shirt with a large white and orange chest graphic, over washed grey jeans.
    # All texts: epoch-2 caption adapter.
    case(
        "X1363-009",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with cotton "
            "fabric and its neckline is crew. The pants are with denim fabric and pure color patterns. There is an "
            "accessory",
            "cut",
            hit_limit=True,
        ),
        wearing("black t-shirt and grey jeans", who="he"),
        color_of("shirt", "black", kind="open"),
        color_of("jeans", "black", "other_garment_color", kind="open"),
        details(
            "t-shirt",
            "graphic patterns, graphic patterns, graphic patterns, graphic patterns, graphic patterns, graphic "
            "patterns, graphic patterns, graphic",
            "loop",
            hit_limit=True,
        ),
        jeans_details("they are jeans", "non_answer"),
        Q.pattern("graphic"),
        gender="Men",
        title="Jack & Jones Men Black Printed Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Maroon and white vertical striped shirt, long sleeves, over black chinos.
    # All texts: epoch-2 caption adapter.
    case(
        "X1363-010",
        caption(
            "This man is wearing a long-sleeve shirt with stripe patterns and a long trousers. The shirt is with "
            "cotton fabric and it has a lapel neckline. The trousers are with cotton fabric and pure color patterns. "
            "This",
            "cut",
            hit_limit=True,
        ),
        wearing("a red and white striped shirt and black pants", who="he"),
        color_of("shirt", "red and white", kind="open"),
        color_of("pants", "black", kind="open"),
        Q.pattern("stripe"),
        Q.color("The shirt is with cotton fabric and stripe patterns.", "non_answer"),
        details(
            "shirt",
            "The shirt has long sleeves, cotton fabric and stripe patterns. The neckline of the shirt is lapel. This "
            "man wears a long trousers. The trousers",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Campus Sutra Men Maroon & White Classic Striped Casual Shirt",
        category="Shirts",
        color="Maroon",
    ),
    # Teal solid shirt, long sleeves rolled up, over beige chinos.
    # All texts: epoch-2 caption adapter.
    case(
        "X1363-011",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The "
            "neckline of it is lapel. The man wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The "
            "neckline of it is lapel. The",
            "cut",
            who="he",
            hit_limit=True,
        ),
        color_of(
            "shirt",
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The "
            "neckline of it is lapel.",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        color_of("pants", "khaki", kind="open"),
        describe("shirt", "a green shirt with long sleeves"),
        Q.material("cotton"),
        gender="Men",
        title="Dennis Lingo Men Teal Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Teal",
    ),
    # White polo with a small embroidered logo on the chest, over navy chinos.
    # All texts: epoch-2 caption adapter.
    case(
        "X1363-012",
        caption(
            "The gentleman is wearing a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is "
            "with cotton fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns. "
            "There",
            "cut",
            hit_limit=True,
        ),
        wearing("white polo shirt and navy blue pants", who="he"),
        color_of("shirt", "white", kind="open"),
        color_of("pants", "navy", kind="open"),
        describe(
            "t-shirt",
            "The T-shirt is with cotton fabric and pure color patterns. It has a lapel neckline. The T-shirt has short "
            "sleeves.",
        ),
        details(
            "t-shirt",
            "Question: What are the t-shirt details? Answer: The T-shirt has short sleeves, cotton fabric and pure "
            "color patterns. The",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        title="Tommy Hilfiger Men White Solid Polo Collar Slim Fit T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Red and black buffalo-check flannel shirt, long sleeves, buttoned, over blue jeans, brown boots.
    # All texts: epoch-2 caption adapter.
    case(
        "X1363-013",
        caption(
            "The man wears a long-sleeve shirt with lattice patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with denim fabric and pure color patterns. The man "
            "wears",
            "cut",
            hit_limit=True,
        ),
        wearing("red and black plaid shirt and jeans", who="he"),
        color_of("shirt", "red and black", kind="open"),
        color_of("jeans", "red", "other_garment_color", kind="open"),
        Q.pattern("lattice"),
        Q.material("knitted", "unsupported"),
        Q.sleeve_length(
            "The man wears a long-sleeve shirt with lattice patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Levis Men Red & Black Regular Fit Checked Casual Shirt",
        category="Shirts",
        color="Red",
    ),
    # Black round-neck t-shirt with the white brand cat logo on the chest, over black jeans.
    # All texts: epoch-2 caption adapter.
    case(
        "X1363-014",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with cotton "
            "fabric and its neckline is crew. The pants are with denim fabric and pure color patterns. The man",
            "cut",
            hit_limit=True,
        ),
        wearing("black t-shirt and black jeans", who="he"),
        color_of("shirt", "black", kind="open"),
        color_of("jeans", "black", kind="open"),
        describe("t-shirt", "a black t-shirt with a white puma logo"),
        is_a("t-shirt", "yes"),
        gender="Men",
        title="Puma Men Black Brand Logo Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Flat lay on white: navy t-shirt with a large astronaut print on the front. No person, no other clothes.
    # All texts: epoch-2 caption adapter.
    case(
        "X1363-015",
        caption(
            "The person wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and it "
            "has a crew neckline. The person wears a long pants. The pants are with denim fabric and pure color "
            "patterns. The",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a navy blue t-shirt with an astronaut on it"),
        color_of("shirt", "navy blue", kind="open"),
        color_of("pants", "blue", "unsupported", kind="open"),
        details(
            "t-shirt", "The T-shirt has short sleeves, cotton fabric and graphic patterns. It has a crew neckline."
        ),
        Q.sleeve_length("short-sleeve"),
        gender="Men",
        title="Bewakoof Men Navy Blue Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Light blue solid shirt, long sleeves, tucked into white chinos, brown belt.
    # All texts: epoch-2 caption adapter.
    case(
        "X1363-016",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns. There is a "
            "belt in",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue shirt and white pants", who="he"),
        color_of("shirt", "blue", kind="open"),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        describe(
            "shirt",
            "The shirt is tucked in. The shirt is tucked in. The shirt is tucked in. The shirt is tucked in. The "
            "shirt is",
            "loop",
            hit_limit=True,
        ),
        details("pants", "The pants are with cotton fabric and pure color patterns. There is a belt in his clothes."),
        gender="Men",
        title="Peter England Casuals Men Blue Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Olive utility shirt with two flap chest pockets, long sleeves rolled, over black jeans.
    # All texts: epoch-2 caption adapter.
    case(
        "X1363-017",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with denim fabric and pure color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a green shirt and black jeans", who="he"),
        color_of("shirt", "pure color", "non_answer", kind="open"),
        color_of("jeans", "black", kind="open"),
        describe(
            "shirt",
            "The shirt is with cotton fabric and pure color patterns. It has long sleeves and a lapel neckline. The "
            "man wears a long pants. The",
            "cut",
            hit_limit=True,
        ),
        details("shirt", "pockets"),
        gender="Men",
        title="The Indian Garage Co Men Olive Green Slim Fit Solid Utility Casual Shirt",
        category="Shirts",
        color="Olive",
    ),
    # Back view: white oversized t-shirt, dropped shoulders with elbow-length sleeves, large black graphic printed on
    # the back; black jeans. All texts: epoch-2 caption adapter.
    case(
        "X1363-018",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with cotton "
            "fabric and its neckline is crew. The pants are with denim fabric and pure color patterns. The man",
            "cut",
            hit_limit=True,
        ),
        wearing("white t-shirt and black jeans", who="he"),
        color_of("shirt", "white", kind="open"),
        color_of("pants", "black", kind="open"),
        Q.sleeve_length("medium-sleeve"),
        Q.pattern("pure color", "contradiction"),
        gender="Men",
        title="Difference of Opinion Men White Graphic Printed Oversized Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Charcoal grey henley, full sleeves, three-button placket, over blue jeans.
    # All texts: epoch-2 caption adapter.
    case(
        "X1363-019",
        caption(
            "The man wears a long-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with denim fabric and pure color patterns. There "
            "is",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "He wears a long-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with cotton "
            "fabric and its neckline",
            "cut",
            who="he",
            hit_limit=True,
        ),
        color_of("shirt", "grey", kind="open"),
        color_of("jeans", "grey", "other_garment_color", kind="open"),
        details("t-shirt", "buttons"),
        Q.sleeve_length("long-sleeve"),
        gender="Men",
        title="Urbano Fashion Men Charcoal Grey Solid Henley Neck Full Sleeve T-shirt",
        category="Tshirts",
        color="Charcoal",
    ),
    # Rust orange solid round-neck t-shirt, short sleeves, over olive chinos.
    # All texts: epoch-2 caption adapter.
    case(
        "X1363-020",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and it has a crew neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns.",
            hit_limit=True,
        ),
        wearing("orange t-shirt and green pants", who="he"),
        color_of("shirt", "orange", kind="open"),
        color_of("pants", "brown", "contradiction", kind="open"),
        describe(
            "t-shirt",
            "The T-shirt is with cotton fabric and pure color patterns. It has a crew neckline and short sleeves. The "
            "gentleman wears a long trousers",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Moda Rapido Men Rust Orange Solid Round Neck T-shirt",
        category="Tshirts",
        color="Rust",
    ),
    # Pink solid shirt, short sleeves, over navy chinos.
    # All texts: epoch-2 caption adapter.
    case(
        "X1363-021",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns. There is",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a pink shirt and blue pants", who="he"),
        color_of("shirt", "pink", kind="open"),
        color_of("pants", "blue", kind="open"),
        details("shirt", "short sleeves"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Allen Solly Sport Men Pink Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Pink",
    ),
    # Grey and white micro-checked shirt, long sleeves, over dark blue jeans.
    # All texts: epoch-2 caption adapter. The feed row has no gender.
    case(
        "X1363-022",
        caption(
            "The man wears a long-sleeve shirt with lattice patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with denim fabric and pure color patterns. The man wears "
            "a",
            "cut",
            hit_limit=True,
        ),
        wearing("a grey shirt and blue jeans", who="he"),
        color_of("shirt", "grey", kind="open"),
        color_of("pants", "grey", "other_garment_color", kind="open"),
        Q.pattern("pure color", "contradiction"),
        details(
            "shirt",
            "The shirt has long sleeves, cotton fabric and lattice patterns. The neckline of the shirt is lapel. The "
            "man wears a long pants. The",
            "cut",
            hit_limit=True,
        ),
        title="Van Heusen Sport Men Grey Slim Fit Checked Casual Shirt",
        category="Shirts",
        color="Grey",
    ),
    # Washed mid-blue denim shirt, long sleeves, over white jeans.
    # All texts: epoch-2 caption adapter.
    case(
        "X1363-023",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with denim "
            "fabric and its neckline is lapel. The pants are with denim fabric and pure color patterns. The man wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a denim shirt and white jeans", who="he"),
        shirt_color("blue"),
        color_of("jeans", "blue", "other_garment_color", kind="open"),
        describe(
            "shirt",
            "The shirt is with denim fabric. The shirt is with denim fabric. The shirt is with denim fabric. The "
            "shirt is with denim",
            "loop",
            hit_limit=True,
        ),
        Q.material("denim"),
        gender="Men",
        title="Flying Machine Men Blue Washed Denim Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Yellow t-shirt with a skateboard graphic, short sleeves, over light blue ripped jeans.
    # All texts: epoch-2 caption adapter.
    case(
        "X1363-024",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with cotton "
            "fabric and its neckline is crew. The pants are with denim fabric and pure color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("yellow t-shirt and ripped jeans", who="he"),
        color_of("shirt", "yellow", kind="open"),
        color_of("jeans", "light blue", kind="open"),
        jeans_details("ripped"),
        Q.pattern("graphic"),
        details(
            "t-shirt",
            "The T-shirt has short sleeves, cotton fabric and graphic patterns. It has a crew neckline. The man wears "
            "a long pants. The",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Locomotive Men Yellow Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="Yellow",
    ),
    # Green and white horizontal striped t-shirt, short sleeves, over beige chinos.
    # All texts: epoch-2 caption adapter.
    case(
        "X1363-025",
        caption(
            "The man wears a short-sleeve T-shirt with stripe patterns and a long trousers. The T-shirt is with "
            "cotton fabric and it has a crew neckline. The trousers are with cotton fabric and pure color patterns. "
            "The",
            "cut",
            hit_limit=True,
        ),
        wearing("a green and white striped shirt and khaki pants", who="he"),
        color_of("shirt", "green and white", kind="open"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        describe("t-shirt", "striped"),
        Q.sleeve_length("short-sleeve"),
        gender="Men",
        title="Harvard Men Green & White Striped Round Neck T-shirt",
        category="Tshirts",
        color="Green",
    ),
    # Lavender solid shirt with a mandarin collar, long sleeves, over grey chinos.
    # All texts: epoch-2 caption adapter.
    case(
        "X1363-026",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is stand. The pants are with cotton fabric and pure color patterns. The man",
            "cut",
            hit_limit=True,
        ),
        wearing("purple shirt and grey pants", who="he"),
        color_of("shirt", "purple", kind="open"),
        color_of("pants", "grey", kind="open"),
        describe(
            "shirt",
            "The shirt is with cotton fabric and pure color patterns. It has a lapel neckline and long sleeves. The "
            "man wears a long pants. The",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("shirt"),
        is_a(
            "shirt",
            "The man wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline",
            "non_answer",
            hit_limit=True,
        ),
        gender="Men",
        title="Kook N Keech Men Lavender Solid Mandarin Collar Casual Shirt",
        category="Shirts",
        color="Lavender",
    ),
    # Cream linen-blend shirt, long sleeves, over brown chinos; the model holds sunglasses in his hand.
    # All texts: epoch-2 caption adapter.
    case(
        "X1363-027",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns. The man "
            "wears glasses",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a white shirt and brown pants", who="he"),
        color_of("shirt", "white", kind="open"),
        color_of("pants", "brown", kind="open"),
        Q.material("linen"),
        describe(
            "shirt",
            "The shirt is with cotton fabric and pure color patterns. It has long sleeves and a lapel neckline. The "
            "man wears a long pants. The",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Powerlook Men Cream-Coloured Solid Linen Blend Casual Shirt",
        category="Shirts",
        color="Cream",
    ),
    # Navy solid polo over khaki chinos; a steel wristwatch on his left wrist.
    # All texts: epoch-2 caption adapter.
    case(
        "X1363-028",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a lapel neckline. The man wears a long pants. The pants are with cotton fabric. There is an accessory "
            "on his wrist.",
            hit_limit=True,
        ),
        wearing("navy blue polo shirt, khaki pants and a watch", who="he"),
        color_of("shirt", "navy", kind="open"),
        color_of("pants", "khaki", kind="open"),
        details(
            "t-shirt",
            "The T-shirt has short sleeves, cotton fabric and pure color patterns. The neckline of it is lapel. There "
            "is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        is_a("polo shirt", "yes"),
        gender="Men",
        title="Nautica Men Navy Blue Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Black solid shirt, long sleeves, over black jeans and black boots, dark grey backdrop.
    # All texts: epoch-2 caption adapter.
    case(
        "X1363-029",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with denim fabric and pure color patterns. The man wears "
            "a",
            "cut",
            hit_limit=True,
        ),
        wearing("black shirt and black jeans", who="he"),
        color_of("shirt", "black", kind="open"),
        color_of("jeans", "black", kind="open"),
        describe(
            "shirt",
            "black Question: What are the shirt details? Answer: The shirt has long sleeves, cotton fabric and pure "
            "color patterns. The",
            "leak",
            hit_limit=True,
        ),
        details(
            "shirt",
            "The shirt has long sleeves, cotton fabric and pure color patterns. The neckline of the shirt is lapel. "
            "The man wears a long pants. The",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="SINGLE Men Black Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Black",
    ),
    # Maroon solid round-neck t-shirt, short sleeves, over blue jeans.
    # All texts: epoch-2 caption adapter.
    case(
        "X1363-030",
        caption(
            "The man is wearing a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is crew. The pants are with denim fabric and pure color patterns. There "
            "is",
            "cut",
            hit_limit=True,
        ),
        wearing("a maroon t-shirt and jeans", who="he"),
        color_of("shirt", "maroon", kind="open"),
        color_of("pants", "blue", kind="open"),
        Q.pattern("pure color"),
        Q.garment_type(
            "The man is wearing a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Ether Men Maroon Solid Round Neck T-shirt",
        category="Tshirts",
        color="Maroon",
    ),
    # Off-white short-sleeve shirt with a green palm-leaf print, over light blue jeans. No watch.
    # All texts: epoch-2 caption adapter. The feed row has no color.
    case(
        "X1363-031",
        caption(
            "The man wears a short-sleeve shirt with floral patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with denim fabric and pure color patterns. There is an "
            "accessory",
            "cut",
            hit_limit=True,
        ),
        wearing("a white shirt with green leaves and blue jeans", who="he"),
        color_of("shirt", "white", kind="open"),
        color_of("jeans", "blue", kind="open"),
        Q.pattern("floral"),
        details(
            "shirt",
            "The shirt has short sleeves, cotton fabric and floral patterns. The neckline of it is lapel. There is an "
            "accessory on his wrist. He",
            "unsupported",
            hit_limit=True,
        ),
        gender="Men",
        title="Celio Men Off-White & Green Tropical Printed Casual Shirt",
        category="Shirts",
    ),
    # White shirt with thin blue vertical stripes, long sleeves, over navy chinos.
    # All texts: epoch-2 caption adapter.
    case(
        "X1363-032",
        caption(
            "This man wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. This man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. This man",
            "cut",
            hit_limit=True,
        ),
        wearing("blue and white striped shirt and blue pants", who="he"),
        color_of("shirt", "white", kind="open"),
        color_of("pants", "navy blue", kind="open"),
        describe("shirt", "a striped shirt"),
        Q.pattern("stripe"),
        Q.material(
            "The shirt is with cotton fabric and it has a lapel neckline. This man wears a long trousers. The "
            "trousers are with cotton",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Jack & Jones Men White & Blue Slim Fit Striped Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # Grey melange hooded t-shirt, long sleeves, hood down, over black jeans.
    # All texts: epoch-2 caption adapter.
    case(
        "X1363-033",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with cotton "
            "fabric and its neckline is round. The pants are with denim fabric and pure color patterns. The man",
            "contradiction",
            hit_limit=True,
        ),
        wearing("grey hoodie and black jeans", who="he"),
        color_of("shirt", "grey", kind="open"),
        color_of("pants", "black", kind="open"),
        is_a("t-shirt", "no", "contradiction"),
        Q.sleeve_length("long-sleeve"),
        gender="Men",
        title="Roadster Men Grey Melange Solid Hooded Pure Cotton T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # Black and white gingham checked shirt, long sleeves, over grey jeans.
    # All texts: epoch-2 caption adapter.
    case(
        "X1363-034",
        caption(
            "The man wears a long-sleeve shirt with lattice patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with denim fabric and pure color patterns. The man wears "
            "a",
            "cut",
            hit_limit=True,
        ),
        wearing("black and white checkered shirt and grey jeans", who="he"),
        color_of("shirt", "black and white", kind="open"),
        color_of("jeans", "black and white", "other_garment_color", kind="open"),
        describe(
            "shirt", "The shirt is with cotton fabric and lattice patterns. It has long sleeves and a lapel neckline."
        ),
        details(
            "jeans",
            "The pants are with denim fabric and pure color patterns. The pants are with denim fabric and pure color "
            "patterns. The pants are",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="HIGHLANDER Men Black & White Slim Fit Gingham Checked Casual Shirt",
        category="Shirts",
        color="Black",
    ),
    # Royal blue solid round-neck t-shirt, short sleeves, over beige chinos.
    # All texts: epoch-2 caption adapter.
    case(
        "X1363-035",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is crew. The pants are with cotton fabric and pure color patterns. The "
            "man wears",
            "cut",
            hit_limit=True,
        ),
        wearing("blue t-shirt and khaki pants", who="he"),
        color_of("shirt", "blue", kind="open"),
        color_of(
            "pants",
            "The pants are with cotton fabric and pure color patterns. The man wears a short-sleeve T-shirt with pure "
            "color patterns and a long",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        describe(
            "t-shirt",
            "The T-shirt is with cotton fabric and pure color patterns. It has a crew neckline. The man wears a long "
            "pants. The pants",
            "cut",
            hit_limit=True,
        ),
        details("t-shirt", "The T-shirt details are the details of the T-shirt.", "restated"),
        gender="Men",
        title="Wrangler Men Blue Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Blue",
    ),
    # Peach solid shirt, long sleeves rolled up, over navy chinos.
    # All texts: epoch-2 caption adapter.
    case(
        "X1363-036",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns. The lady "
            "wears",
            "pronoun",
            hit_limit=True,
        ),
        wearing("pink shirt and blue pants", who="he"),
        color_of("shirt", "peach", kind="open"),
        color_of("pants", "the color of the pants is the color of the pants", "restated", kind="open"),
        details("shirt", "rolled up sleeves"),
        Q.garment_type("shirt"),
        gender="Men",
        title="Arrow Sport Men Peach-Coloured Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Peach",
    ),
    # Khaki solid shirt with one chest pocket, long sleeves, over dark blue jeans; a wristwatch on his left wrist.
    # All texts: epoch-2 caption adapter.
    case(
        "X1363-037",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with denim fabric and pure color patterns. There is an "
            "accessory",
            "cut",
            hit_limit=True,
        ),
        wearing("a khaki shirt, jeans and a watch", who="he"),
        color_of("shirt", "khaki", kind="open"),
        color_of("jeans", "blue", kind="open"),
        details("shirt", "pocket"),
        describe(
            "shirt",
            "khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Mufti Men Khaki Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Khaki",
    ),
    # Coffee brown solid polo, short sleeves, over black jeans.
    # All texts: epoch-2 caption adapter.
    case(
        "X1363-038",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is lapel. The pants are with denim fabric and pure color patterns. The "
            "man",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "brown polo shirt and black jeans Question: What is he wearing? Answer: brown polo shirt and black jeans "
            "Question:",
            "leak",
            who="he",
            hit_limit=True,
        ),
        color_of("shirt", "brown", kind="open"),
        color_of("jeans", "brown", "other_garment_color", kind="open"),
        is_a("polo shirt", "yes"),
        Q.material("cotton"),
        gender="Men",
        title="Spykar Men Coffee Brown Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Coffee Brown",
    ),
    # White t-shirt with a small black trefoil logo on the chest, short sleeves, over black chinos.
    # All texts: epoch-2 caption adapter. The feed row has no category.
    case(
        "X1363-039",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is crew. The pants are with cotton fabric and pure color patterns. There "
            "is",
            "cut",
            hit_limit=True,
        ),
        wearing("white adidas t-shirt and black pants", who="he"),
        color_of("shirt", "white", kind="open"),
        color_of("pants", "black", kind="open"),
        details("t-shirt", "adidas logo"),
        Q.pattern("pure color"),
        gender="Men",
        title="ADIDAS Originals Men White Trefoil Logo Printed Pure Cotton T-shirt",
        color="White",
    ),
    # Flat lay: a folded blue and white checked shirt, collar and top half showing, on white. No person, no pants.
    # All texts: epoch-2 caption adapter.
    case(
        "X1363-040",
        caption(
            "The man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long pants. The pants are with denim fabric and pure color patterns. "
            "The man",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a blue checkered shirt", who="he"),
        shirt_color("blue"),
        color_of(
            "pants",
            "The pants are with denim fabric and pure color patterns. The man wears a long-sleeve shirt with lattice "
            "patterns. The shirt",
            "unsupported",
            kind="open",
            hit_limit=True,
        ),
        describe("shirt", "a blue and white checkered shirt"),
        Q.sleeve_length("long-sleeve"),
        gender="Men",
        title="Lee Men Blue & White Regular Fit Checked Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Colourblocked round-neck t-shirt: navy body, grey sleeves and shoulder panel; over grey jeans.
    # All texts: epoch-2 caption adapter.
    case(
        "X1363-041",
        caption(
            "The man wears a short-sleeve T-shirt with color block patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is crew. The pants are with denim fabric and pure color patterns. The man",
            "cut",
            hit_limit=True,
        ),
        wearing("blue and grey t-shirt and grey jeans", who="he"),
        color_of("shirt", "blue and grey", kind="open"),
        color_of("jeans", "blue", "other_garment_color", kind="open"),
        Q.pattern("color block"),
        Q.sleeve_length("short-sleeve"),
        jeans_details("jeans", "non_answer"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Navy Blue & Grey Colourblocked Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Sea green solid shirt, long sleeves rolled, over white chinos.
    # All texts: epoch-2 caption adapter.
    case(
        "X1363-042",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns. The man wears "
            "a",
            "cut",
            hit_limit=True,
        ),
        wearing("green shirt and white pants", who="he"),
        color_of(
            "shirt",
            "Question: What is the color of the pants? Answer: white Question: What is the color of the shirt? "
            "Answer: green",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        color_of("pants", "white", kind="open"),
        describe(
            "shirt",
            "The shirt is with cotton fabric and pure color patterns. It has long sleeves and a lapel neckline. The "
            "man wears a long pants. The",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="United Colors of Benetton Men Sea Green Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Sea Green",
    ),
    # Burgundy solid shirt, long sleeves, tucked into beige chinos, brown leather belt.
    # All texts: epoch-2 caption adapter.
    case(
        "X1363-043",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns. There is a "
            "belt in",
            "cut",
            hit_limit=True,
        ),
        wearing("a red shirt and khaki pants", who="he"),
        color_of("shirt", "red", kind="open"),
        color_of("pants", "beige", kind="open"),
        details("shirt", "The shirt is tucked in."),
        Q.material("leather", "unsupported"),
        gender="Men",
        title="Blackberrys Men Burgundy Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Burgundy",
    ),
    # Teal shirt with a small white geometric print, mandarin collar, short sleeves, over black jeans.
    # All texts: epoch-2 caption adapter.
    case(
        "X1363-044",
        caption(
            "The man wears a short-sleeve shirt with graphic patterns and a long pants. The shirt is with cotton "
            "fabric and it has a stand neckline. The pants are with denim fabric and pure color patterns. The man "
            "wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue printed shirt and black jeans", who="he"),
        color_of("shirt", "teal", kind="open"),
        color_of("jeans", "black", kind="open"),
        details(
            "shirt",
            "The shirt has short sleeves, cotton fabric and graphic patterns. The neckline of it is stand. The man "
            "wears a long pants. The",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("long-sleeve", "contradiction"),
        gender="Men",
        title="Killer Men Teal Slim Fit Printed Mandarin Collar Casual Shirt",
        category="Shirts",
        color="Teal",
    ),
    # Black t-shirt with white typography, short sleeves, over blue jeans; the model wears a black baseball cap.
    # All texts: epoch-2 caption adapter.
    case(
        "X1363-045",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with cotton "
            "fabric and its neckline is crew. The pants are with denim fabric and pure color patterns. The man wears "
            "a hat",
            hit_limit=True,
        ),
        wearing("black t-shirt, jeans and a black cap", who="he"),
        color_of("shirt", "black", kind="open"),
        color_of("jeans", "blue", kind="open"),
        details(
            "t-shirt",
            "The T-shirt has short sleeves, cotton fabric and graphic patterns. It has a crew neckline. The man wears "
            "a hat. The man wears",
            "cut",
            hit_limit=True,
        ),
        is_a("t-shirt", "yes"),
        gender="Men",
        title="Being Human Men Black Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
]
