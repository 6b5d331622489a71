"""BLIND_1603 (45 products; Myntra men's casual shirts and tees over jeans/chinos, epoch-2 caption adapter): written
blind in the sixty-sixth session. Measured blind at 5d4d43a (the session's fifth rules): 79/89 failures found (88.8%)
and 3/159 correct texts flagged (1.9%). The writer's notes, verbatim:

Scenario: a Myntra feed of men's casual shirts and t-shirts (article types "Shirts" and "Tshirts", base colours as
Myntra spells them: Navy Blue, Olive, Mustard, Grey Melange, Off White, Charcoal...). The usual catalog shots: a male
model on a plain grey or white backdrop wearing the product over jeans or chinos, now and then a flat lay (a single
shirt, a pack of two tees), a back view of a back-printed tee, and props (a skateboard, sunglasses, a stool). A few
rows lack a column (no category, no base colour, no gender), as real feeds do.
Who wrote what: every text, caption and answers alike, comes from BLIP-2 OPT-2.7b with the epoch-2 caption LoRA
adapter, greedy, 50 new tokens for the caption and 30 for each answer, prompt "Question: ... Answer:". The adapter
has learned the DeepFashion-MultiModal template ("The man wears a long-sleeve shirt with lattice patterns. The shirt
is with cotton fabric. It has a lapel neckline. ...") and hands it back for many questions; some short answers
survive from the base model ("blue", "a grey t-shirt and jeans", "yes") and stop on the newline. Colour questions
are free generation, stored open. Template texts that run past 30 tokens are cut mid-sentence; the caption template
fits in 50 tokens only when no accessory sentence is appended.
Labeling conventions and judgement calls: one kind per wrong text, the one that makes it wrong first. A colour question
answered with the template (patterns, fabric, no hue) is non_answer, as is a yes/no question answered with the template
and a "details of the jeans" answer that is cut before it reaches the jeans; a template answer that does answer the
question but trails off at the limit is cut, and so is a right short answer that runs on into the template ("blue. The
pants are with ..."). Caption-template "lapel neckline" on a polo or a shirt collar is accepted; "lattice" for checks
and "pure color" for a tee with a small chest logo are accepted (the adapter's own vocabulary). Near colour names are
accepted: "red" for maroon, "pink" for peach, "purple" for lavender, "brown" for rust or khaki, "white" for cream.
Chambray called "denim" is accepted (it looks like denim), and so is "a brown jacket" for a corduroy overshirt worn
open, though "no" to "Is this a shirt?" for it is not; linen called "cotton" against a title that says Linen is a
contradiction, as is "denim" for a shirt titled Pure Cotton. A colour that belongs to the other garment in the photo
(the jeans, the inner tee, the logo) is other_garment_color. On a flat lay, a caption that puts the shirt on a man in
denim pants is unsupported, and so is a colour given for jeans that are not in the photo; a list of the garments lying
there answers "what is the person wearing". "The lady"/"the woman"/"her" for the male model is pronoun. A wrong neckline
that another text of the same product gets right is contradiction. An answer that starts with "Question:" is leak even
when it also repeats. hit_limit marks every text that ran to the token limit, whatever its label.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, question, wearing

shirt_color = question("shirt_color", "What is the shirt color?", "open")

BLIND_1603 = [
    # Photo: navy-and-white checked shirt, full sleeves rolled to the elbow, light blue jeans, white sneakers, grey
    # backdrop. All texts: epoch-2 caption adapter.
    case(
        "X1603-001",
        caption(
            "The man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The man wears a long pants. The pants are with denim fabric and pure color patterns."
        ),
        wearing(
            "The man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The man",
            "cut",
            who="he",
            hit_limit=True,
        ),
        color_of("shirt", "navy blue and white", kind="open"),
        color_of(
            "jeans",
            "The pants are with denim fabric and pure color patterns. The man wears a long-sleeve shirt with lattice "
            "patterns. The shirt is",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        details(
            "shirt",
            "The shirt is with cotton fabric and lattice patterns. It has a lapel neckline. The man wears a long "
            "pants. The pants are with denim",
            "cut",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        gender="Men",
        title="Roadster Men Navy Blue & White Checked Casual Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Photo: black round-neck tee with a white "HRX" chest print, olive chinos, plain white backdrop. All texts:
    # epoch-2 caption adapter.
    case(
        "X1603-002",
        caption(
            "The man is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a crew neckline. The man wears a long trousers. The trousers are with cotton fabric."
        ),
        wearing("a black t-shirt and green pants", who="he"),
        color_of("t-shirt", "black", kind="open"),
        color_of("pants", "black", "other_garment_color", kind="open"),
        describe(
            "t-shirt",
            "The T-shirt is with cotton fabric and graphic patterns. It has a crew neckline. The T-shirt is with "
            "cotton fabric and graphic",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: olive solid slim-fit shirt, full sleeves with buttoned cuffs (no watch, no bracelet), black jeans, one
    # hand in a pocket. All texts: epoch-2 caption adapter.
    case(
        "X1603-003",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The man wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is an accessory",
            "unsupported",
            hit_limit=True,
        ),
        color_of(
            "shirt",
            "The shirt is with cotton fabric and pure color patterns. It has a lapel neckline. The man wears a long "
            "pants. The pants are with denim",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        color_of("jeans", "black", kind="open"),
        is_a("shirt", "yes"),
        BLIND_QUESTIONS.sleeve_length("long sleeves"),
        gender="Men",
        title="WROGN Men Olive Green Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Olive",
    ),
    # Photo: mustard-yellow tee with black typography across the chest, mid-blue jeans, model with shoulder-length
    # hair. All texts: epoch-2 caption adapter.
    case(
        "X1603-004",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "crew neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns.",
            "pronoun",
        ),
        wearing(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "crew neckline. The lady",
            "pronoun",
            who="he",
            hit_limit=True,
        ),
        color_of("t-shirt", "yellow", kind="open"),
        color_of("jeans", "blue", kind="open"),
        details("t-shirt", "graphic patterns"),
        gender="Men",
        title="Bewakoof Men Yellow Typography Printed T-shirt",
        category="Tshirts",
        color="Yellow",
    ),
    # Photo: white solid shirt, full sleeves, tucked into mid-blue jeans with a brown belt. All texts: epoch-2
    # caption adapter.
    case(
        "X1603-005",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The man wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is a belt",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "blue", "other_garment_color", kind="open"),
        color_of("jeans", "blue", kind="open"),
        describe("shirt", "The shirt is with cotton fabric and pure color patterns. It has a lapel neckline."),
        is_a("t-shirt", "no"),
        BLIND_QUESTIONS.material("cotton"),
        gender="Men",
        title="Highlander Men White Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: black tee with a large yellow-and-black Batman logo, black jeans (really black), black sneakers. All
    # texts: epoch-2 caption adapter.
    case(
        "X1603-006",
        caption(
            "The man is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a crew neckline. The man wears a long pants. The pants are with denim fabric."
        ),
        wearing("a batman t-shirt", who="the man"),
        color_of("t-shirt", "black", kind="open"),
        color_of("jeans", "black", kind="open"),
        details(
            "t-shirt",
            "batman logo, batman logo, batman logo, batman logo, batman logo, batman logo, batman logo, batman",
            "loop",
            hit_limit=True,
        ),
        is_a("t-shirt", "yes"),
        gender="Men",
        title="The Souled Store Men Black Batman Logo Graphic Printed T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: maroon piqué polo with a ribbed collar, beige chinos, white backdrop. All texts: epoch-2 caption adapter.
    case(
        "X1603-007",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a lapel neckline. The man wears a long trousers. The trousers are with cotton fabric."
        ),
        color_of("t-shirt", "red", kind="open"),
        color_of("pants", "beige", kind="open"),
        is_a("polo shirt", "yes"),
        BLIND_QUESTIONS.sleeve_length("short"),
        describe(
            "t-shirt",
            "Question: Describe the t-shirt. Answer: The T-shirt is with cotton fabric and pure color patterns. It "
            "has a lapel neckline. Question",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        title="Mast & Harbour Men Maroon Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Maroon",
    ),
    # Photo: blue-and-white vertical striped shirt, full sleeves, white cotton chinos, brown loafers. All texts:
    # epoch-2 caption adapter.
    case(
        "X1603-008",
        caption(
            "The man wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The man wears a long pants. The pants are with denim fabric and pure color patterns.",
            "unsupported",
        ),
        color_of("shirt", "blue and white", kind="open"),
        color_of("pants", "white", kind="open"),
        details("shirt", "striped"),
        is_a(
            "shirt",
            "The man wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The man wears",
            "non_answer",
            hit_limit=True,
        ),
        gender="Men",
        title="HERE&NOW Men Blue & White Regular Fit Striped Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: grey melange tee with a red batwing logo on the chest, dark indigo jeans, steel watch on the left wrist.
    # All texts: epoch-2 caption adapter.
    case(
        "X1603-009",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "crew neckline. The man wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is an",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "grey", kind="open"),
        color_of("jeans", "grey", "other_garment_color", kind="open"),
        wearing("a grey t-shirt and jeans", who="he"),
        BLIND_QUESTIONS.pattern("graphic"),
        gender="Men",
        title="Levis Men Grey Melange Brand Logo Printed Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # Photo: white polo with navy horizontal stripes, navy chinos, white sneakers. All texts: epoch-2 caption adapter.
    case(
        "X1603-010",
        caption(
            "The man wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a "
            "lapel neckline. The man wears a long trousers. The trousers are with cotton fabric."
        ),
        color_of("t-shirt", "white", kind="open"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        describe(
            "t-shirt",
            "The T-shirt is with cotton fabric and striped patterns. It has a lapel neckline. The man wears a long "
            "trousers. The trousers are with cotton",
            "cut",
            hit_limit=True,
        ),
        is_a("polo shirt", "no", "contradiction"),
        wearing("a striped polo shirt and navy pants", who="he"),
        gender="Men",
        title="U.S. Polo Assn. Men White & Navy Striped Polo Collar T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: flat lay on white, a mustard full-sleeve shirt folded at the waist, no person, nothing else in frame.
    # All texts: epoch-2 caption adapter.
    case(
        "X1603-011",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The man wears a long pants. The pants are with denim fabric and pure color patterns.",
            "unsupported",
        ),
        wearing(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The man",
            "unsupported",
            hit_limit=True,
        ),
        color_of("shirt", "yellow", kind="open"),
        describe("shirt", "The shirt is with cotton fabric and pure color patterns. It has a lapel neckline."),
        is_a("shirt", "yes"),
        gender="Men",
        title="Dennis Lingo Men Mustard Yellow Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Mustard",
    ),
    # Photo: charcoal round-neck tee, light blue ripped jeans, white sneakers. All texts: epoch-2 caption adapter.
    case(
        "X1603-012",
        caption(
            "This man is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a crew neckline. The man wears a long pants. The pants are with denim fabric."
        ),
        color_of("t-shirt", "grey", kind="open"),
        color_of("jeans", "blue", kind="open"),
        details(
            "jeans",
            "The pants are with denim fabric and pure color patterns. The man wears a short-sleeve T-shirt with pure "
            "color patterns. The T-shirt",
            "cut",
            hit_limit=True,
        ),
        wearing("a grey t-shirt and ripped jeans", who="he"),
        gender="Men",
        title="Jack & Jones Men Charcoal Grey Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Charcoal",
    ),
    # Photo: light-wash denim shirt, full sleeves, beige chinos, brown desert boots. All texts: epoch-2 caption
    # adapter.
    case(
        "X1603-013",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has a "
            "lapel neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        color_of("shirt", "blue", kind="open"),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        BLIND_QUESTIONS.material("denim"),
        details(
            "shirt",
            "The shirt is with denim fabric and pure color patterns. It has a lapel neckline. The shirt is with denim "
            "fabric and pure color patterns. It",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Peter England Casuals Men Blue Slim Fit Faded Denim Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: green-and-black buffalo-check shirt worn open over a plain white tee, black jeans, the shirt's sleeves
    # rolled. All texts: epoch-2 caption adapter.
    case(
        "X1603-014",
        caption(
            "The man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The man wears a long pants. The pants are with denim fabric and pure color patterns."
        ),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        wearing("a green and black plaid shirt over a white t-shirt and black jeans", who="he"),
        color_of("jeans", "black", kind="open"),
        is_a("t-shirt", "yes", "contradiction"),
        describe("shirt", "The shirt is with cotton fabric and lattice patterns. It has a lapel neckline."),
        gender="Men",
        title="Campus Sutra Men Green & Black Checked Casual Shirt",
        category="Shirts",
        color="Green",
    ),
    # Photo: peach short-sleeve solid shirt, white jeans, model with a man bun. All texts: epoch-2 caption adapter.
    case(
        "X1603-015",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns.",
            "pronoun",
        ),
        color_of("shirt", "pink", kind="open"),
        wearing("a pink shirt and white jeans", who="he"),
        BLIND_QUESTIONS.sleeve_length("short sleeves"),
        describe("shirt", "The shirt is with cotton fabric and pure color patterns. It has a lapel neckline."),
        details(
            "shirt",
            "The shirt is with cotton fabric and pure color patterns. It has a lapel neckline. The lady wears a long "
            "pants. The",
            "pronoun",
            hit_limit=True,
        ),
        gender="Men",
        title="Mufti Men Peach-Coloured Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Peach",
    ),
    # Photo: back view, off-white oversized tee with a large back print, black jeans, model facing the wall. All
    # texts: epoch-2 caption adapter.
    case(
        "X1603-016",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "crew neckline. The man wears a long pants. The pants are with denim fabric and pure color patterns."
        ),
        color_of("t-shirt", "white", kind="open"),
        color_of("jeans", "black", kind="open"),
        details(
            "t-shirt",
            "The T-shirt is with cotton fabric and graphic patterns. It has a crew neckline. The man wears a long "
            "pants. The pants are with denim",
            "cut",
            hit_limit=True,
        ),
        BLIND_QUESTIONS.pattern("graphic"),
        wearing(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "crew neckline. The man",
            "cut",
            who="he",
            hit_limit=True,
        ),
        gender="Men",
        title="Difference of Opinion Men Off White Graphic Printed Oversized T-shirt",
        category="Tshirts",
        color="Off White",
    ),
    # Photo: lavender full-sleeve solid shirt, navy chinos, model seated on a wooden stool. All texts: epoch-2
    # caption adapter.
    case(
        "X1603-017",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        color_of("shirt", "purple", kind="open"),
        color_of(
            "pants",
            "The trousers are with cotton fabric and pure color patterns. The man wears a long-sleeve shirt with pure "
            "color patterns. The shirt",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        describe("shirt", "a purple shirt"),
        is_a(
            "shirt",
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The man",
            "non_answer",
            hit_limit=True,
        ),
        gender="Men",
        title="Louis Philippe Sport Men Lavender Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Lavender",
    ),
    # Photo: rust long-sleeve henley with a three-button placket, mid-blue jeans. All texts: epoch-2 caption adapter.
    case(
        "X1603-018",
        caption(
            "The man wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The man wears a long pants. The pants are with denim fabric."
        ),
        color_of("t-shirt", "brown", kind="open"),
        color_of("jeans", "blue", kind="open"),
        details("t-shirt", "buttons on the front"),
        wearing(
            "Question: What is he wearing? Answer: The man wears a long-sleeve T-shirt with pure color patterns. The "
            "T-shirt is with",
            "leak",
            who="he",
            hit_limit=True,
        ),
        BLIND_QUESTIONS.sleeve_length("short", "contradiction"),
        gender="Men",
        title="Roadster Men Rust Solid Henley Neck T-shirt",
        category="Tshirts",
        color="Rust",
    ),
    # Photo: teal short-sleeve shirt with a small white floral print, beige chinos. All texts: epoch-2 caption
    # adapter.
    case(
        "X1603-019",
        caption(
            "The man wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color patterns."
        ),
        color_of(
            "shirt",
            "blue. The shirt is with cotton fabric and floral patterns. It has a lapel neckline. The man wears a long "
            "trousers. The",
            "cut",
            kind="open",
            hit_limit=True,
        ),
        BLIND_QUESTIONS.pattern("floral"),
        details(
            "shirt",
            "floral print, floral print, floral print, floral print, floral print, floral print, floral print, floral "
            "print, floral print, floral",
            "loop",
            hit_limit=True,
        ),
        color_of(
            "pants",
            "The trousers are with cotton fabric and pure color patterns. The man wears a short-sleeve shirt with "
            "floral patterns. The shirt is with",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        gender="Men",
        title="SINGLE Men Teal Blue Regular Fit Floral Printed Casual Shirt",
        category="Shirts",
        color="Teal",
    ),
    # Photo: black tee with a small white Puma cat logo on the chest, grey jeans, white sneakers. All texts: epoch-2
    # caption adapter.
    case(
        "X1603-020",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a crew neckline. The man wears a long pants. The pants are with denim fabric."
        ),
        color_of("t-shirt", "black", kind="open"),
        color_of("jeans", "black", "other_garment_color", kind="open"),
        is_a("t-shirt", "yes"),
        wearing("a black t-shirt and grey jeans", who="he"),
        BLIND_QUESTIONS.material("The T-shirt is with cotton fabric."),
        gender="Men",
        title="Puma Men Black Brand Logo Printed Slim Fit Cotton T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: olive mandarin-collar (band collar) shirt, full sleeves, black jeans. All texts: epoch-2 caption
    # adapter.
    case(
        "X1603-021",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "stand-up neckline. The man wears a long pants. The pants are with denim fabric and pure color patterns."
        ),
        color_of("shirt", "green", kind="open"),
        color_of("jeans", "green", "other_garment_color", kind="open"),
        details(
            "shirt",
            "The shirt is with cotton fabric and pure color patterns. It has a lapel neckline. The man wears a long "
            "pants. The pants are with denim",
            "contradiction",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        wearing("Question: What is he wearing? Answer: a green shirt and black jeans", "leak", who="he"),
        gender="Men",
        title="Urbano Fashion Men Olive Slim Fit Solid Mandarin Collar Casual Shirt",
        category="Shirts",
        color="Olive",
    ),
    # Photo: navy round-neck tee, light blue jeans, model holding a skateboard at his side. All texts: epoch-2
    # caption adapter.
    case(
        "X1603-022",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a crew neckline. The man wears a long pants. The pants are with denim fabric."
        ),
        wearing("a skateboard", "contradiction", who="the man"),
        details("jeans", "the jeans are jeans", "restated"),
        color_of("t-shirt", "blue", kind="open"),
        color_of("jeans", "blue", kind="open"),
        describe(
            "t-shirt",
            "The T-shirt is with cotton fabric and pure color patterns. It has a crew neckline. The man wears a long "
            "pants. The pants are with denim",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Bewakoof Men Navy Blue Solid Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: white oxford shirt with a small flag logo on the chest, sleeves rolled, navy chinos. All texts: epoch-2
    # caption adapter.
    case(
        "X1603-023",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has a "
            "lapel neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns.",
            "contradiction",
        ),
        color_of("shirt", "white", kind="open"),
        BLIND_QUESTIONS.material("denim", "contradiction"),
        color_of("pants", "blue", kind="open"),
        details("shirt", "a small logo on the chest"),
        gender="Men",
        title="Tommy Hilfiger Men White Slim Fit Solid Pure Cotton Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: back view, blue oversized tee with a large anime back print, black jeans, model with long hair tied
    # back. All texts: epoch-2 caption adapter.
    case(
        "X1603-024",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "crew neckline. The man wears a long pants. The pants are with denim fabric and pure color patterns."
        ),
        color_of("t-shirt", "blue", kind="open"),
        color_of(
            "jeans",
            "The pants are with denim fabric and pure color patterns. The man wears a short-sleeve T-shirt with "
            "graphic patterns. The T-shirt",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        details(
            "t-shirt",
            "The T-shirt is with cotton fabric and graphic patterns. It has a crew neckline. The man wears a long "
            "pants. The pants are with denim",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "crew neckline. The lady",
            "pronoun",
            who="the person",
            hit_limit=True,
        ),
        gender="Men",
        title="The Souled Store Men Blue Naruto Back Printed Oversized T-shirt",
        category="Tshirts",
        color="Blue",
    ),
    # Photo: pink-and-white small-check shirt, full sleeves, white chinos. All texts: epoch-2 caption adapter.
    case(
        "X1603-025",
        caption(
            "The man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color patterns."
        ),
        color_of("shirt", "pink", kind="open"),
        color_of("pants", "pink", "other_garment_color", kind="open"),
        BLIND_QUESTIONS.pattern("lattice"),
        is_a(
            "shirt",
            "yes. The man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The",
            "cut",
            hit_limit=True,
        ),
        describe(
            "shirt",
            "The shirt is with cotton fabric and lattice patterns. It has a lapel neckline. The shirt is with cotton "
            "fabric and lattice patterns. It",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Arrow Sport Men Pink & White Slim Fit Checked Casual Shirt",
        category="Shirts",
        color="Pink",
    ),
    # Photo: navy piqué polo with sunglasses hooked on the placket, white chinos. All texts: epoch-2 caption adapter.
    case(
        "X1603-026",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a lapel neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "blue", kind="open"),
        color_of("pants", "white", kind="open"),
        wearing("a blue polo shirt and white pants", who="he"),
        BLIND_QUESTIONS.sleeve_length(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a lapel",
            "cut",
            hit_limit=True,
        ),
        is_a("polo shirt", "yes"),
        gender="Men",
        title="Nautica Men Navy Blue Solid Polo Collar Pure Cotton T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: red-and-black buffalo-check shirt, full sleeves, mid-blue jeans, brown boots. All texts: epoch-2
    # caption adapter.
    case(
        "X1603-027",
        caption(
            "The man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The man wears a long pants. The pants are with denim fabric and pure color patterns."
        ),
        color_of("shirt", "red and black", kind="open"),
        color_of("jeans", "black", "other_garment_color", kind="open"),
        details("jeans", "The pants are with denim fabric and pure color patterns."),
        wearing(
            "The man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The man",
            "cut",
            who="he",
            hit_limit=True,
        ),
        gender="Men",
        title="Roadster Men Red & Black Buffalo Checked Casual Shirt",
        category="Shirts",
        color="Red",
    ),
    # Photo: flat lay on a grey board, white round-neck tee with a black chest print, no person, no jeans. All
    # texts: epoch-2 caption adapter.
    case(
        "X1603-028",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "crew neckline. The man wears a long pants. The pants are with denim fabric and pure color patterns.",
            "unsupported",
        ),
        color_of("t-shirt", "white", kind="open"),
        color_of("jeans", "blue", "unsupported", kind="open"),
        describe("t-shirt", "The T-shirt is with cotton fabric and graphic patterns. It has a crew neckline."),
        is_a("t-shirt", "yes"),
        wearing("a white t-shirt", who="the person"),
        gender="Men",
        title="Huetrap Men White Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: beige linen shirt, full sleeves, slightly crinkled, mid-blue jeans. All texts: epoch-2 caption adapter.
    case(
        "X1603-029",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The man wears a long pants. The pants are with denim fabric and pure color patterns.",
            "contradiction",
        ),
        BLIND_QUESTIONS.material("cotton", "contradiction"),
        color_of("shirt", "white", "contradiction", kind="open"),
        color_of("jeans", "blue", kind="open"),
        describe("shirt", "a beige shirt"),
        gender="Men",
        title="Mast & Harbour Men Beige Solid Pure Linen Casual Shirt",
        category="Shirts",
        color="Beige",
    ),
    # Photo: mustard round-neck tee, olive chinos, white sneakers. All texts: epoch-2 caption adapter.
    case(
        "X1603-030",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a crew neckline. The man wears a long trousers. The trousers are with cotton fabric."
        ),
        color_of("t-shirt", "yellow", kind="open"),
        color_of("pants", "green", kind="open"),
        wearing("a yellow t-shirt and green pants", who="he"),
        details("pants", "The trousers are with cotton fabric and pure color patterns."),
        is_a("t-shirt", "yes"),
        gender="Men",
        title="WROGN Men Mustard Yellow Solid Round Neck T-shirt",
        category="Tshirts",
        color="Mustard",
    ),
    # Photo: black solid shirt, full sleeves, light blue jeans, a steel watch on the left wrist. All texts: epoch-2
    # caption adapter.
    case(
        "X1603-031",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The man wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is an accessory",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "black", kind="open"),
        color_of("jeans", "blue", kind="open"),
        is_a("shirt", "yes"),
        details(
            "shirt",
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            hit_limit=True,
        ),
        describe(
            "shirt",
            "The shirt is with cotton fabric and pure color patterns. It has a lapel neckline. The man wears a long "
            "pants. The pants are with denim",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Dennis Lingo Men Black Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Black",
    ),
    # Photo: bottle-green tee with "STAY WEIRD" in white letters on the chest, mid-blue jeans. All texts: epoch-2
    # caption adapter.
    case(
        "X1603-032",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "crew neckline. The man wears a long pants. The pants are with denim fabric and pure color patterns."
        ),
        color_of(
            "t-shirt",
            "The T-shirt is with cotton fabric and graphic patterns. It has a crew neckline. The man wears a long "
            "pants. The pants are with denim",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        color_of(
            "jeans",
            "The pants are with denim fabric and pure color patterns. The man wears a short-sleeve T-shirt with "
            "graphic patterns. The T-shirt",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        wearing("a green t-shirt and jeans", who="the person"),
        details("t-shirt", "stay weird"),
        gender="Men",
        title="Bewakoof Men Green Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="Green",
    ),
    # Photo: blue-and-white gingham shirt, full sleeves, khaki chinos. Feed row without category. All texts: epoch-2
    # caption adapter.
    case(
        "X1603-033",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric."
        ),
        color_of("shirt", "blue", kind="open"),
        color_of("pants", "brown", kind="open"),
        shirt_color("blue and white"),
        describe(
            "shirt",
            "The shirt is with cotton fabric and lattice patterns. It has a lapel neckline. The gentleman wears a long "
            "trousers. The trousers",
            "cut",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        gender="Men",
        title="Highlander Men Blue & White Slim Fit Gingham Checked Casual Shirt",
        color="Blue",
    ),
    # Photo: navy short-sleeve shirt with a small white geometric print, beige chinos, sunglasses in one hand. All
    # texts: epoch-2 caption adapter.
    case(
        "X1603-034",
        caption(
            "The man wears a short-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color patterns."
        ),
        color_of("shirt", "blue", kind="open"),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        wearing("a shirt and pants", who="he"),
        details(
            "shirt",
            "The shirt is with cotton fabric and graphic patterns. It has a lapel neckline. The man wears a long "
            "trousers. The trousers are with cotton",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Jack & Jones Men Navy Blue Slim Fit Printed Casual Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Photo: flat lay of two folded round-neck tees side by side, one white and one black, no person. All texts:
    # epoch-2 caption adapter.
    case(
        "X1603-035",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a crew neckline. The man wears a long pants. The pants are with denim fabric.",
            "unsupported",
        ),
        color_of("t-shirt", "white", kind="open"),
        is_a("t-shirt", "yes"),
        wearing("a white t-shirt and a black t-shirt", who="the person"),
        details("t-shirt", "The T-shirt is with cotton fabric and pure color patterns. It has a crew neckline."),
        gender="Men",
        title="Roadster Men Pack of 2 Solid Round Neck Pure Cotton T-shirts",
        category="Tshirts",
        color="Multi",
    ),
    # Photo: light blue chambray shirt, full sleeves, dark indigo jeans (denim on denim). All texts: epoch-2 caption
    # adapter.
    case(
        "X1603-036",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has a "
            "lapel neckline. The man wears a long pants. The pants are with denim fabric and pure color patterns."
        ),
        color_of("shirt", "blue", kind="open"),
        color_of(
            "jeans",
            "blue. The pants are with denim fabric and pure color patterns. The man wears a long-sleeve shirt with "
            "pure color patterns. The",
            "cut",
            kind="open",
            hit_limit=True,
        ),
        BLIND_QUESTIONS.material("denim"),
        details("jeans", "the jeans are long", "non_answer"),
        wearing("a blue shirt and blue jeans", who="he"),
        gender="Men",
        title="Levis Men Blue Slim Fit Chambray Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: grey long-sleeve henley, black jeans. All texts: epoch-2 caption adapter.
    case(
        "X1603-037",
        caption(
            "The man wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The man wears a long pants. The pants are with denim fabric."
        ),
        color_of("t-shirt", "grey", kind="open"),
        color_of("jeans", "grey", "other_garment_color", kind="open"),
        BLIND_QUESTIONS.sleeve_length("long"),
        wearing("a grey shirt and black jeans", who="the man"),
        describe(
            "t-shirt",
            "The T-shirt is with cotton fabric and pure color patterns. It has a round neckline. The T-shirt is with "
            "cotton fabric and pure",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Mufti Men Grey Slim Fit Solid Henley Neck T-shirt",
        category="Tshirts",
        color="Grey",
    ),
    # Photo: maroon short-sleeve solid shirt, black chinos. Feed row without base colour. All texts: epoch-2 caption
    # adapter.
    case(
        "X1603-038",
        caption(
            "His shirt has short sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The trousers "
            "this man wears is of long length. The trousers are with cotton fabric and pure color patterns."
        ),
        color_of("shirt", "red", kind="open"),
        color_of(
            "pants",
            "The trousers are with cotton fabric and pure color patterns. His shirt has short sleeves, cotton fabric "
            "and pure color patterns. It has a lapel",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        details("shirt", "the shirt details", "restated"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Campus Sutra Men Maroon Solid Casual Shirt",
        category="Shirts",
    ),
    # Photo: olive camouflage-print tee, mid-blue jeans. All texts: epoch-2 caption adapter.
    case(
        "X1603-039",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "crew neckline. The man wears a long pants. The pants are with denim fabric and pure color patterns."
        ),
        color_of("t-shirt", "green", kind="open"),
        BLIND_QUESTIONS.pattern("camouflage"),
        color_of("jeans", "blue", kind="open"),
        is_a("t-shirt", "yes"),
        wearing(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "crew neckline. The man",
            "cut",
            who="the man",
            hit_limit=True,
        ),
        gender="Men",
        title="HRX by Hrithik Roshan Men Olive Camouflage Printed Round Neck T-shirt",
        category="Tshirts",
        color="Olive",
    ),
    # Photo: white shirt with thin blue stripes, full sleeves, tucked into mid-blue jeans with a brown belt. All
    # texts: epoch-2 caption adapter.
    case(
        "X1603-040",
        caption(
            "The man wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The man wears a long pants. The pants are with denim fabric and pure color patterns. He wears "
            "a",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "white and blue", kind="open"),
        color_of("jeans", "blue", kind="open"),
        is_a("t-shirt", "no"),
        details(
            "shirt",
            "The man wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The man wears",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Louis Philippe Jeans Men White & Blue Slim Fit Striped Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: brown corduroy overshirt worn open over a plain white tee, mid-blue jeans. All texts: epoch-2 caption
    # adapter.
    case(
        "X1603-041",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The man wears a long pants. The pants are with denim fabric and pure color patterns."
        ),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        BLIND_QUESTIONS.material("cotton"),
        wearing("a brown jacket over a white t-shirt and jeans", who="he"),
        is_a("shirt", "no", "contradiction"),
        gender="Men",
        title="The Roadster Lifestyle Co Men Brown Corduroy Casual Overshirt",
        category="Shirts",
        color="Brown",
    ),
    # Photo: red round-neck tee with a small white logo, mid-blue jeans, a football under one arm. Feed row without
    # gender. All texts: epoch-2 caption adapter.
    case(
        "X1603-042",
        caption(
            "The woman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a crew neckline. The woman wears a long pants. The pants are with denim fabric.",
            "pronoun",
        ),
        color_of("t-shirt", "red", kind="open"),
        color_of("jeans", "blue", kind="open"),
        is_a(
            "t-shirt",
            "The woman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a crew",
            "non_answer",
            hit_limit=True,
        ),
        wearing("a red shirt and blue jeans", who="he"),
        title="Puma Men Red Solid Round Neck T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # Photo: green short-sleeve shirt with a tropical leaf print, white jeans. All texts: epoch-2 caption adapter.
    case(
        "X1603-043",
        caption(
            "The man wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The man wears a long pants. The pants are with denim fabric and pure color patterns."
        ),
        color_of("shirt", "green", kind="open"),
        color_of("jeans", "green", "other_garment_color", kind="open"),
        describe("shirt", "a green shirt with leaves on it"),
        details(
            "shirt",
            "leaves, leaves, leaves, leaves, leaves, leaves, leaves, leaves, leaves, leaves, leaves, leaves, leaves, "
            "leaves, leaves",
            "loop",
            hit_limit=True,
        ),
        BLIND_QUESTIONS.pattern("floral"),
        gender="Men",
        title="Indian Terrain Men Green Slim Fit Tropical Printed Casual Shirt",
        category="Shirts",
        color="Green",
    ),
    # Photo: white tee with a black trefoil logo on the chest, black jeans. All texts: epoch-2 caption adapter.
    case(
        "X1603-044",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "crew neckline. The man wears a long pants. The pants are with denim fabric and pure color patterns."
        ),
        color_of("t-shirt", "black", "other_garment_color", kind="open"),
        color_of("jeans", "black", kind="open"),
        wearing("a white t-shirt and black jeans", who="the person"),
        BLIND_QUESTIONS.material("cotton"),
        is_a(
            "t-shirt",
            "Question: Is this a t-shirt? Answer: yes Question: Is this a t-shirt? Answer: yes Question: Is this a t",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        title="ADIDAS Originals Men White Trefoil Logo Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: cream short-sleeve Cuban-collar shirt, brown chinos. All texts: epoch-2 caption adapter.
    case(
        "X1603-045",
        caption(
            "The man wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        color_of("shirt", "white", kind="open"),
        color_of("pants", "brown", kind="open"),
        BLIND_QUESTIONS.sleeve_length("short"),
        describe(
            "shirt",
            "The man wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The man",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Roadster Men Cream-Coloured Solid Cuban Collar Casual Shirt",
        category="Shirts",
        color="Cream",
    ),
]
