"""BLIND_1531 (45 products; Myntra men's casual shirts and tees, epoch-2 caption adapter): written blind in the sixty-
sixth session. Measured blind at 71dbb3c (the session's first rules): 92/102 failures found (90.2%) and 3/153 correct
texts flagged (2.0%). The writer's notes, verbatim:

Scenario: a Myntra feed of men's casual shirts and t-shirts (article types Shirts and Tshirts, base colours as
Myntra spells them), photographed the usual way: a male model on a plain light backdrop wearing the product over
jeans or chinos, now and then a flat lay (008, 030), a back view (007, 026), a prop (sunglasses, a skateboard, a
coffee cup, a backpack, a cap), a shirt worn open over a tee (006, 032). A column is missing here and there
(029 and 042 have no colour, 039 no category) as real feeds do.
Who wrote what: every text, caption and answers alike, came from BLIP-2 OPT-2.7b with the epoch-2 caption LoRA
(between the published epoch-1 and epoch-3 caption adapters), greedy, 50 new tokens for the caption and 30 for each
answer, prompts in the `Question: ... Answer:` format. The adapter never learnt to stop, so every caption runs to 50
tokens in the DeepFashion-MultiModal template ("This man wears a long-sleeve shirt with pure color patterns. The
shirt is with cotton fabric...") and is usually cut mid-sentence; the base model's short answers survive for many
short questions ("white", "a shirt and jeans", "yes"), but the caption template comes back for many prompts (041 and
042 get it for nearly everything), and the template's DeepFashion bias towards women gives "The lady" now and then.
Colour answers drift to the other garment's colour, loop, or leak the next `Question:`; the template has no hue.
Labeling conventions and judgement calls: one failure kind per text, the one a reader would name first. A caption
or answer that runs to the limit and stops mid-sentence is `cut` unless it also says something wrong (a wrong
pronoun, sleeves or pattern against the photo, a person or trousers invented for a flat lay, a repeated sentence),
in which case the content fault wins; hit_limit=True is set on every text that ran to the limit either way. A
template that runs to the limit but happens to end on a full stop with nothing wrong in it is left unmarked (004,
010, 026 captions; 041's "wearing"). The template returned for a colour question or a yes/no question is
`non_answer` (no hue, no yes/no); returned for "wearing", "describe", "details", garment type or pattern it does
answer, so it is `cut` when cut. A colour that belongs to the other garment in the photo (the inner tee, the jeans,
the shirt for the jeans) is `other_garment_color`; a colour, material, sleeve length, garment kind or pattern that is
simply wrong against the title or photo is `contradiction`; details the photo does not show (a chest logo on a back
view, rips on plain jeans, a watch that is not there, slogan text made up) are `unsupported`. Near hues are accepted:
"red" for maroon, "green" for olive, "purple" for lavender, "blue" for navy or teal, "khaki" for beige chinos;
"blue" for a white shirt with blue stripes (028) is accepted as a colour that is in the shirt. "a shirt" for
"What is the man wearing?" on a flat lay (030) is accepted. "cotton" for a linen shirt or a polyester tee whose title
says so is `contradiction`.
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

Q = BLIND_QUESTIONS
shirt_color = question("shirt_color", "What is the shirt color?", "open")

BLIND_1531 = [
    # Model, front: long-sleeve navy-and-white checked shirt, buttoned, untucked, light blue jeans, white sneakers,
    # grey backdrop. All texts by the epoch-2 caption adapter.
    case(
        "X1531-001",
        caption(
            "The man is wearing a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and it has "
            "a lapel neckline. The trousers are of long length. The trousers are with denim fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a shirt and jeans", who="the man"),
        color_of("shirt", "navy blue", kind="open"),
        color_of("jeans", "navy blue", "other_garment_color", kind="open"),
        details(
            "shirt",
            "The shirt is with cotton fabric and it has a lapel neckline. The shirt is with cotton fabric and it has "
            "a lapel neckline. The shirt",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("lattice"),
        gender="Men",
        title="Roadster Men Navy Blue & White Checked Casual Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Model, front: white crew-neck tee, black slim jeans, light grey backdrop. Epoch-2 caption adapter throughout.
    case(
        "X1531-002",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is crew. The pants are with denim fabric and pure color patterns. This "
            "man",
            "cut",
            hit_limit=True,
        ),
        wearing("a white t-shirt and black jeans", who="he"),
        color_of("t-shirt", "white", kind="open"),
        color_of("jeans", "black", kind="open"),
        is_a("t-shirt", "yes"),
        Q.sleeve_length("short sleeve"),
        gender="Men",
        title="HRX by Hrithik Roshan Men White Solid Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Model, front: black tee with a large white graphic on the chest, beige chinos. Caption adapter for all; the
    # caption calls him "the lady".
    case(
        "X1531-003",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a black t-shirt and khaki pants", who="the man"),
        color_of("t-shirt", "black", kind="open"),
        color_of("pants", "black", "other_garment_color", kind="open"),
        describe(
            "t-shirt",
            "The T-shirt is with cotton fabric and graphic patterns. It has a round neckline. The T-shirt is with "
            "cotton fabric and graphic patterns. It",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("graphic"),
        gender="Men",
        title="Mast & Harbour Men Black Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Model, front: olive green solid shirt, long sleeves rolled to the forearms, untucked, black jeans. Caption
    # adapter for all; the caption happens to end on a full stop at the limit.
    case(
        "X1531-004",
        caption(
            "This gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it "
            "has a lapel neckline. The gentleman wears a long pants. The pants are with denim fabric and pure color "
            "patterns.",
            hit_limit=True,
        ),
        color_of("shirt", "green", kind="open"),
        color_of("jeans", "green", "other_garment_color", kind="open"),
        Q.sleeve_length("short sleeve", "contradiction"),
        Q.material("cotton"),
        is_a("shirt", "yes"),
        gender="Men",
        title="HERE&NOW Men Olive Green Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Olive",
    ),
    # Model, front: grey melange polo, navy chinos. Caption adapter for all.
    case(
        "X1531-005",
        caption(
            "The man is wearing a short-sleeve polo shirt with pure color patterns. The polo shirt is with cotton "
            "fabric and it has a lapel neckline. The trousers are of long length. The trousers are with cotton fabric "
            "and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a polo shirt and pants", who="he"),
        color_of("t-shirt", "grey", kind="open"),
        color_of("pants", "grey", "other_garment_color", kind="open"),
        Q.garment_type("polo shirt"),
        is_a("polo shirt", "yes"),
        gender="Men",
        title="WROGN Men Grey Melange Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # Model, front: maroon-and-black checked shirt worn open over a plain white crew-neck tee, blue jeans. Caption
    # adapter for all; the shirt's colour answer is the inner tee's.
    case(
        "X1531-006",
        caption(
            "The man is wearing a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and it has "
            "a lapel neckline. The trousers are of long length. The trousers are with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("a white t-shirt and a plaid shirt and jeans", who="the man"),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        color_of("jeans", "blue", kind="open"),
        details(
            "shirt",
            "the sleeves, the collar, the buttons, the sleeves, the collar, the buttons, the sleeves, the collar, the "
            "buttons, the",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("lattice"),
        gender="Men",
        title="Highlander Men Maroon & Black Slim Fit Checked Casual Shirt",
        category="Shirts",
        color="Maroon",
    ),
    # Back view: model with his back to the camera, black oversized tee with big white typography across the back,
    # blue ripped jeans. Front of the tee not visible. Caption adapter for all.
    case(
        "X1531-007",
        caption(
            "The upper clothing has short sleeves, cotton fabric and graphic patterns. The lower clothing is of long "
            "length. The fabric is denim and it has pure color patterns. The person wears a pair of shoes. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a black t-shirt and jeans", who="the man"),
        color_of("t-shirt", "black", kind="open"),
        color_of("jeans", "blue", kind="open"),
        details("t-shirt", "there is a logo on the chest", "unsupported"),
        Q.pattern("graphic"),
        gender="Men",
        title="Difference of Opinion Men Black Typography Printed Oversized T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Flat lay: yellow crew-neck tee laid flat on a white surface, no person, no other garment. Caption adapter for
    # all; it invents a man and trousers.
    case(
        "X1531-008",
        caption(
            "The man is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The trousers are of long length. The trousers are with denim fabric and",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a yellow t-shirt and jeans", "unsupported", who="the person"),
        color_of("t-shirt", "yellow", kind="open"),
        Q.sleeve_length("short sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="Bewakoof Men Yellow Solid Round Neck T-shirt",
        category="Tshirts",
        color="Yellow",
    ),
    # Model, front: long-sleeve blue-and-white striped shirt, beige chinos, sunglasses held in the right hand. Caption
    # adapter for all.
    case(
        "X1531-009",
        caption(
            "This man wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The pants this man wears is of long length. The pants are with cotton fabric and pure "
            "color",
            "cut",
            hit_limit=True,
        ),
        wearing("a striped shirt and khaki pants", who="he"),
        color_of("shirt", "blue and white", kind="open"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        describe(
            "shirt",
            "The shirt is with cotton fabric and stripe patterns. It has a lapel neckline. There is an accessory in "
            "his hand. The shirt is",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("stripe"),
        is_a("shirt", "yes"),
        gender="Men",
        title="U.S. Polo Assn. Men Blue & White Striped Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Model, front: white tee with a small red brand logo on the left chest, black jeans. Caption adapter for all;
    # the garment-type answer leaks the next question of the prompt format.
    case(
        "X1531-010",
        caption(
            "The person is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a crew neckline. The trousers are of long length. The trousers are with denim fabric and pure color "
            "patterns.",
            hit_limit=True,
        ),
        wearing(
            "The person is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. "
            "It has a",
            "cut",
            who="the man",
            hit_limit=True,
        ),
        color_of("t-shirt", "white", kind="open"),
        color_of("jeans", "black", kind="open"),
        details("t-shirt", "there is a logo on the chest"),
        Q.garment_type(
            "t-shirt Question: What is the color of the t-shirt? Answer: white Question: What is the", "leak"
        ),
        gender="Men",
        title="Levis Men White Brand Logo Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Model, front: mustard yellow solid shirt, buttoned, dark blue jeans. Caption adapter for all; the caption calls
    # him "the lady"; the jeans' details come back as the question.
    case(
        "X1531-011",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with denim fabric and pure",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a yellow shirt and blue jeans", who="he"),
        color_of("shirt", "yellow", kind="open"),
        color_of("jeans", "blue", kind="open"),
        details("jeans", "they are long", "non_answer"),
        gender="Men",
        title="Campus Sutra Men Mustard Yellow Solid Casual Shirt",
        category="Shirts",
        color="Mustard",
    ),
    # Model, front: navy long-sleeve henley tee (three buttons), olive chinos. Caption adapter for all.
    case(
        "X1531-012",
        caption(
            "His T-shirt has long sleeves, cotton fabric and pure color patterns. It has a round neckline. The pants "
            "this man wears is of long length. The pants are with cotton fabric and pure color patterns. This",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "navy blue", kind="open"),
        color_of("pants", "green", kind="open"),
        Q.sleeve_length("long sleeve"),
        Q.garment_type("sweater", "contradiction"),
        describe("t-shirt", "it has buttons on the neckline"),
        gender="Men",
        title="Jack & Jones Men Navy Blue Solid Henley Neck Long Sleeves T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Model, front: white linen shirt, long sleeves, untucked, khaki chinos, white sneakers. Caption adapter for all;
    # the template can only say cotton.
    case(
        "X1531-013",
        caption(
            "This gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The gentleman wears a long pants. The pants are with cotton",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "white", kind="open"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        Q.material("cotton", "contradiction"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Peter England Casuals Men White Slim Fit Pure Linen Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # Model, front: green tee with an anime print on the chest, black jeans, skateboard held at his side. Caption
    # adapter for all.
    case(
        "X1531-014",
        caption(
            "The man is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The man wears a long trousers. The trousers are with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("a green t-shirt and black jeans and a skateboard", who="the man"),
        color_of("t-shirt", "green", kind="open"),
        color_of("jeans", "black", kind="open"),
        Q.pattern("graphic"),
        Q.color("green"),
        gender="Men",
        title="Bewakoof Men Green Anime Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="Green",
    ),
    # Model, front: navy polo with a small flag logo on the chest, white chinos. Caption adapter for all.
    case(
        "X1531-015",
        caption(
            "This man wears a short-sleeve polo shirt with pure color patterns. The polo shirt is with cotton fabric "
            "and it has a lapel neckline. The pants this man wears is of long length. The pants are with cotton",
            "cut",
            hit_limit=True,
        ),
        wearing("a polo shirt and white pants", who="he"),
        color_of("t-shirt", "navy blue", kind="open"),
        color_of("pants", "navy blue", "other_garment_color", kind="open"),
        details("t-shirt", "there is a logo on the chest and buttons on the collar"),
        is_a("polo shirt", "yes"),
        gender="Men",
        title="Tommy Hilfiger Men Navy Blue Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Model, front: beige linen-blend short-sleeve shirt, blue jeans. Caption adapter for all; the caption gives it
    # long sleeves.
    case(
        "X1531-016",
        caption(
            "The man is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it "
            "has a lapel neckline. The trousers are of long length. The trousers are with denim fabric and pure",
            "contradiction",
            hit_limit=True,
        ),
        color_of("shirt", "beige", kind="open"),
        color_of("jeans", "blue", kind="open"),
        Q.sleeve_length("short sleeve"),
        Q.material("linen"),
        gender="Men",
        title="SNITCH Men Beige Linen Blend Short Sleeves Casual Shirt",
        category="Shirts",
        color="Beige",
    ),
    # Model, front: red oversized tee with a Marvel print, black jeans, black baseball cap. Caption adapter for all;
    # the tee's colour loops.
    case(
        "X1531-017",
        caption(
            "The man is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. There is a hat in his head. The trousers are of long length. The trousers are",
            "cut",
            hit_limit=True,
        ),
        wearing("a red t-shirt, black jeans and a hat", who="he"),
        color_of(
            "t-shirt",
            "red red red red red red red red red red red red red red red red red red red red red red red red red red "
            "red red red red",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("jeans", "black", kind="open"),
        Q.garment_type("t-shirt"),
        describe(
            "t-shirt",
            "The man is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. There",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="The Souled Store Men Red Marvel Printed Oversized T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # Model, front: charcoal grey solid shirt, buttoned, white chinos. Caption adapter for all.
    case(
        "X1531-018",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a grey shirt and white pants", who="the man"),
        color_of("shirt", "grey", kind="open"),
        color_of("pants", "grey", "other_garment_color", kind="open"),
        details(
            "shirt",
            "The shirt is with cotton fabric and its neckline is lapel. The shirt is with cotton fabric and "
            "its neckline is lapel. The shirt is",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Allen Solly Sport Men Charcoal Grey Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Charcoal",
    ),
    # Model, front: teal blue solid shirt, black jeans. Caption adapter for all; the template comes back for "wearing"
    # and for the yes/no question.
    case(
        "X1531-019",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it "
            "has a lapel",
            "cut",
            who="he",
            hit_limit=True,
        ),
        color_of("shirt", "blue", kind="open"),
        color_of("jeans", "black", kind="open"),
        is_a(
            "shirt",
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it "
            "has a lapel neckline",
            "non_answer",
            hit_limit=True,
        ),
        Q.color("blue"),
        gender="Men",
        title="Dennis Lingo Men Teal Blue Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Teal",
    ),
    # Model, front: black solid shirt, light blue ripped jeans, silver watch on the left wrist. Caption adapter for
    # all.
    case(
        "X1531-020",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The pants this man wears is of long length. There is an accessory on his wrist. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a black shirt and jeans", who="the man"),
        color_of("shirt", "black", kind="open"),
        color_of("jeans", "black", "other_garment_color", kind="open"),
        details(
            "jeans",
            "The jeans are with denim fabric and pure color patterns. The jeans are with denim fabric and pure color "
            "patterns. The jeans",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeve"),
        gender="Men",
        title="Powerlook Men Black Solid Casual Shirt",
        category="Shirts",
        color="Black",
    ),
    # Model, front: white polo with navy horizontal stripes, navy chinos. Caption adapter for all; the caption calls
    # him "the lady".
    case(
        "X1531-021",
        caption(
            "The lady is wearing a short-sleeve polo shirt with stripe patterns. The polo shirt is with cotton fabric "
            "and it has a lapel neckline. The lady wears a long pants. The pants are with cotton fabric and",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a striped polo shirt and blue pants", who="he"),
        color_of("t-shirt", "white and navy blue", kind="open"),
        color_of("pants", "navy blue", kind="open"),
        Q.pattern("stripe"),
        gender="Men",
        title="Nautica Men White & Navy Blue Striped Polo Collar T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Model, front: mid-blue denim shirt, long sleeves, buttoned, beige chinos. Caption adapter for all; garment type
    # reads the denim shirt as a jacket.
    case(
        "X1531-022",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric and it has a "
            "lapel neckline. The pants this man wears is of long length. The pants are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "blue", kind="open"),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        Q.material("denim"),
        Q.garment_type("jacket", "contradiction"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Urbano Fashion Men Blue Slim Fit Denim Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Model, front: navy tee with a small white print on the chest, mid-blue jeans. Caption adapter for all, asked
    # the experiments' own questions ("What is the shirt color?"). Tee and jeans are both blue in the photo.
    case(
        "X1531-023",
        caption(
            "The man is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The trousers are of long length. The trousers are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a t-shirt and jeans", who="he"),
        shirt_color("blue"),
        color_of("jeans", "blue", kind="open"),
        describe("t-shirt", "a blue t-shirt with a white print on the chest"),
        gender="Men",
        title="Flying Machine Men Navy Blue Printed Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Model, front: pink solid shirt tucked into navy chinos, brown belt. Caption adapter for all; the pants' colour
    # answer runs on into the next questions.
    case(
        "X1531-024",
        caption(
            "This gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it "
            "has a lapel neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("a pink shirt, blue pants and a belt", who="the man"),
        color_of("shirt", "pink", kind="open"),
        color_of(
            "pants",
            "Question: What is the color of the pants? Answer: blue Question: What is the color of the shirt? Answer: "
            "pink Question:",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        details("shirt", "the shirt is tucked in"),
        Q.color("pink"),
        gender="Men",
        title="Louis Philippe Sport Men Pink Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Pink",
    ),
    # Model, front: rust orange crew-neck tee, grey jeans, paper coffee cup in hand. Caption adapter for all.
    case(
        "X1531-025",
        caption(
            "The person is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The lower clothing is of long length. The fabric is denim and it",
            "cut",
            hit_limit=True,
        ),
        wearing("a t-shirt and jeans and a cup of coffee", who="he"),
        color_of("t-shirt", "orange", kind="open"),
        color_of("jeans", "orange", "other_garment_color", kind="open"),
        Q.color("orange"),
        Q.sleeve_length("short sleeve"),
        gender="Men",
        title="Roadster Men Rust Orange Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Rust",
    ),
    # Back view: olive-and-black checked shirt seen from behind (one chest pocket on the front, not visible), black
    # jeans. Caption adapter for all; the caption ends on a full stop at the limit.
    case(
        "X1531-026",
        caption(
            "The man is wearing a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and it has "
            "a lapel neckline. The trousers are of long length. The trousers are with denim fabric and pure color "
            "patterns.",
            hit_limit=True,
        ),
        color_of("shirt", "green and black", kind="open"),
        color_of("jeans", "black", kind="open"),
        details("shirt", "it has two pockets on the chest", "unsupported"),
        Q.pattern("plaid"),
        gender="Men",
        title="Mast & Harbour Men Olive Green & Black Checked Casual Shirt",
        category="Shirts",
        color="Olive",
    ),
    # Model, front: grey melange polyester sports tee, black jeans. Caption adapter for all; the template comes back
    # for the yes/no question.
    case(
        "X1531-027",
        caption(
            "His T-shirt has short sleeves, cotton fabric and pure color patterns. It has a round neckline. The pants "
            "this man wears is of long length. The pants are with denim fabric and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "grey", kind="open"),
        color_of("jeans", "black", kind="open"),
        Q.material("cotton", "contradiction"),
        is_a(
            "t-shirt",
            "His T-shirt has short sleeves, cotton fabric and pure color patterns. It has a round neckline. The pants "
            "this man wears is of",
            "non_answer",
            hit_limit=True,
        ),
        gender="Men",
        title="HRX by Hrithik Roshan Men Grey Melange Rapid-Dry Solid Polyester T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # Model, front: short-sleeve white shirt with thin blue stripes, blue jeans. Caption adapter for all.
    case(
        "X1531-028",
        caption(
            "This man wears a short-sleeve shirt with stripe patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The pants this man wears is of long length. The pants are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a striped shirt and jeans", who="the man"),
        color_of("shirt", "blue", kind="open"),
        color_of("jeans", "blue", kind="open"),
        Q.sleeve_length("long sleeve", "contradiction"),
        describe(
            "shirt",
            "This man wears a short-sleeve shirt with stripe patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Highlander Men White & Blue Slim Fit Striped Short Sleeves Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # Model, front: lavender crew-neck tee, white chinos. No colour column in the feed. Caption adapter for all; the
    # template says "the lady" in the caption and again for "wearing".
    case(
        "X1531-029",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color",
            "pronoun",
            hit_limit=True,
        ),
        wearing(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round",
            "pronoun",
            who="he",
            hit_limit=True,
        ),
        color_of("t-shirt", "purple", kind="open"),
        color_of("pants", "white", kind="open"),
        Q.garment_type("t-shirt"),
        gender="Men",
        title="Kook N Keech Men Lavender Solid Round Neck T-shirt",
        category="Tshirts",
    ),
    # Flat lay: blue checked long-sleeve shirt folded on a wooden surface, no person, no trousers. Caption adapter for
    # all; the caption invents the lower clothing.
    case(
        "X1531-030",
        caption(
            "The upper clothing has long sleeves, cotton fabric and lattice patterns. It has a lapel neckline. The "
            "lower clothing is of long length. The fabric is denim and it has pure color patterns. The",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a shirt", who="the man"),
        color_of("shirt", "blue", kind="open"),
        Q.pattern("lattice"),
        Q.sleeve_length("long sleeve"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Peter England Casuals Men Blue Slim Fit Checked Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Model, front: white cotton tee with a small black swoosh on the chest, blue jeans. Caption adapter for all; the
    # jeans' colour loops on the tee's colour.
    case(
        "X1531-031",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is crew. The pants this man wears is of long length. The pants are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "white", kind="open"),
        color_of(
            "jeans",
            "white white white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        Q.material("cotton"),
        details("t-shirt", "there is a logo on the chest"),
        gender="Men",
        title="Nike Men White Sportswear Club Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Model, front: red-and-navy checked shirt worn open over a black crew-neck tee, grey jeans. Caption adapter for
    # all; the shirt's colour answer is the inner tee's.
    case(
        "X1531-032",
        caption(
            "The man is wearing a long-sleeve shirt with lattice patterns and a long trousers. The shirt is with "
            "cotton fabric. It has a lapel neckline. The trousers are with denim fabric and pure color patterns. "
            "There is a",
            "cut",
            hit_limit=True,
        ),
        wearing("a red plaid shirt and a black t-shirt and jeans", who="he"),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        color_of("jeans", "grey", kind="open"),
        Q.garment_type("jacket", "contradiction"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Being Human Men Red & Navy Blue Checked Casual Shirt",
        category="Shirts",
        color="Red",
    ),
    # Model, front: white mandarin-collar shirt, black chinos. Caption adapter for all; the pants' details come back
    # as the question's words.
    case(
        "X1531-033",
        caption(
            "This gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it "
            "has a stand neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "This gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it "
            "has a stand neckline. The",
            "cut",
            who="the man",
            hit_limit=True,
        ),
        color_of("shirt", "white", kind="open"),
        color_of("pants", "black", kind="open"),
        describe("shirt", "a white shirt with a mandarin collar"),
        details("pants", "the pants details", "restated"),
        gender="Men",
        title="Dennis Lingo Men White Slim Fit Solid Mandarin Collar Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # Model, front: beige polo, dark blue jeans. Caption adapter for all; the polo's colour comes back white.
    case(
        "X1531-034",
        caption(
            "The man is wearing a short-sleeve polo shirt with pure color patterns. The polo shirt is with knitting "
            "fabric and it has a lapel neckline. The trousers are of long length. The trousers are with denim fabric",
            "cut",
            hit_limit=True,
        ),
        wearing("a polo shirt and jeans", who="the man"),
        color_of("t-shirt", "white", "contradiction", kind="open"),
        color_of("jeans", "blue", kind="open"),
        Q.material("cotton"),
        gender="Men",
        title="Campus Sutra Men Beige Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Beige",
    ),
    # Model, front: black crew-neck tee, plain mid-blue jeans (no rips), sunglasses on, watch on the left wrist.
    # Caption adapter for all.
    case(
        "X1531-035",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The pants this man wears is of long length. This man wears a pair of glasses. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a black t-shirt, jeans, sunglasses and a watch", who="he"),
        color_of("t-shirt", "black", kind="open"),
        color_of("jeans", "blue", kind="open"),
        details("jeans", "there are rips on the knees", "unsupported"),
        Q.garment_type("t-shirt"),
        is_a("t-shirt", "yes"),
        gender="Men",
        title="Roadster Men Black Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Model, front: light blue oxford shirt with a button-down collar, navy chinos, no watch or other accessory.
    # Caption adapter for all; the caption invents a wrist accessory, the pants' colour leaks the prompt format.
    case(
        "X1531-036",
        caption(
            "The man is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it "
            "has a lapel neckline. There is an accessory on his wrist. The trousers are of long length. The trousers",
            "unsupported",
            hit_limit=True,
        ),
        wearing(
            "The man is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it "
            "has a lapel",
            "cut",
            who="the man",
            hit_limit=True,
        ),
        color_of("shirt", "light blue", kind="open"),
        color_of(
            "pants",
            "blue Question: What is the color of the shirt? Answer: blue Question: What is the color of the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        describe("shirt", "a blue shirt with a button down collar"),
        gender="Men",
        title="Tommy Hilfiger Men Blue Solid Oxford Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Model, front: white tee with black horizontal stripes, black jeans. Caption adapter for all.
    case(
        "X1531-037",
        caption(
            "His T-shirt has short sleeves, cotton fabric and stripe patterns. It has a round neckline. The pants this "
            "man wears is of long length. The pants are with denim fabric and pure color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a striped t-shirt and black jeans", who="he"),
        color_of("t-shirt", "black and white", kind="open"),
        color_of("jeans", "black and white", "other_garment_color", kind="open"),
        Q.pattern("stripe"),
        gender="Men",
        title="Mast & Harbour Men White & Black Striped Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Model, front: short-sleeve blue-and-white tropical leaf print shirt, white chinos. Caption adapter for all.
    case(
        "X1531-038",
        caption(
            "The man is wearing a short-sleeve shirt with floral patterns. The shirt is with cotton fabric and it has "
            "a lapel neckline. The trousers are of long length. The trousers are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "blue and white", kind="open"),
        color_of("pants", "white", kind="open"),
        Q.pattern("floral"),
        Q.garment_type("blouse", "contradiction"),
        describe(
            "shirt",
            "The man is wearing a short-sleeve shirt with floral patterns. The shirt is with cotton fabric and it has "
            "a lapel neckline. The",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Mast & Harbour Men Blue & White Tropical Printed Short Sleeves Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Model, front: maroon crew-neck tee, blue jeans. No category column. Caption adapter for all; "the lady" in the
    # caption and in the sleeve answer, which is the template again.
    case(
        "X1531-039",
        caption(
            "The lady is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The lady wears a long trousers. The trousers are with denim fabric and",
            "pronoun",
            hit_limit=True,
        ),
        color_of("t-shirt", "red", kind="open"),
        color_of("jeans", "blue", kind="open"),
        is_a("t-shirt", "yes"),
        Q.sleeve_length(
            "The lady is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a",
            "pronoun",
            hit_limit=True,
        ),
        gender="Men",
        title="WROGN Men Maroon Solid Round Neck T-shirt",
        color="Maroon",
    ),
    # Model, front: khaki cotton twill shirt with two flap chest pockets, dark blue jeans. Caption adapter for all;
    # the material answer is the jeans' fabric.
    case(
        "X1531-040",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The pants this man wears is of long length. The pants are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a khaki shirt and jeans", who="the man"),
        color_of("shirt", "khaki", kind="open"),
        color_of("jeans", "blue", kind="open"),
        details("shirt", "there are two pockets on the chest"),
        Q.material("denim", "unsupported"),
        gender="Men",
        title="Levis Men Khaki Solid Casual Shirt",
        category="Shirts",
        color="Khaki",
    ),
    # Model, front: black tee with a large white brand graphic, beige chinos. Caption adapter for all; the template
    # comes back for every open question, here ending on a full stop at the limit.
    case(
        "X1531-041",
        caption(
            "The man is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The trousers are of long length. The trousers are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "The man is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline.",
            who="he",
            hit_limit=True,
        ),
        color_of(
            "t-shirt",
            "The man is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline.",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        color_of(
            "pants",
            "The man is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline.",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        Q.color("black"),
        gender="Men",
        title="Puma Men Black Brand Logo Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Model, front: short-sleeve green-and-white checked shirt, black jeans. No colour column. Caption adapter for
    # all; the template comes back for the shirt's colour and its details.
    case(
        "X1531-042",
        caption(
            "This man wears a short-sleeve shirt with lattice patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The pants this man wears is of long length. The pants are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        color_of(
            "shirt",
            "This man wears a short-sleeve shirt with lattice patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The pants",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        color_of("jeans", "black", kind="open"),
        details(
            "shirt",
            "This man wears a short-sleeve shirt with lattice patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The pants",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("lattice"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Roadster Men Green & White Checked Short Sleeves Casual Shirt",
        category="Shirts",
    ),
    # Model, front: off-white crew-neck tee, olive chinos, black backpack on one shoulder. Caption adapter for all.
    case(
        "X1531-043",
        caption(
            "The person is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a crew neckline. The lower clothing is of long length. The fabric is cotton and it has",
            "cut",
            hit_limit=True,
        ),
        wearing("a white t-shirt and green pants and a backpack", who="the man"),
        color_of("t-shirt", "white", kind="open"),
        color_of("pants", "green", kind="open"),
        Q.material("cotton"),
        describe(
            "t-shirt",
            "a white t-shirt with a round neck and short sleeves and a round neck and short sleeves and a round neck "
            "and short sleeves",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Jack & Jones Men Off White Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Off White",
    ),
    # Model, front: black long-sleeve shirt with a small white geometric print, blue jeans. Caption adapter for all;
    # the caption repeats its second sentence.
    case(
        "X1531-044",
        caption(
            "The man is wearing a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric and it has "
            "a lapel neckline. The shirt is with cotton fabric and it has a lapel neckline. The shirt is with",
            "loop",
            hit_limit=True,
        ),
        color_of("shirt", "black", kind="open"),
        color_of("jeans", "blue", kind="open"),
        Q.pattern("floral", "contradiction"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Highlander Men Black Slim Fit Geometric Printed Casual Shirt",
        category="Shirts",
        color="Black",
    ),
    # Model, front: navy tee with "OVERTHINKER" in white letters across the chest, light grey jeans. Caption adapter
    # for all; the details answer makes up the slogan.
    case(
        "X1531-045",
        caption(
            "His T-shirt has short sleeves, cotton fabric and graphic patterns. It has a round neckline. The pants "
            "this man wears is of long length. The pants are with denim fabric and pure color patterns. His",
            "cut",
            hit_limit=True,
        ),
        wearing("a navy blue t-shirt and grey jeans", who="he"),
        color_of("t-shirt", "blue", kind="open"),
        color_of("jeans", "grey", kind="open"),
        details("t-shirt", 'there is a text on the chest that says "stay cool"', "unsupported"),
        Q.garment_type(
            "His T-shirt has short sleeves, cotton fabric and graphic patterns. It has a round neckline. The pants "
            "this man wears is of long",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Difference of Opinion Men Navy Blue Typography Printed Cotton T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
]
