"""BLIND_1435 (45 products; Myntra men's casual shirts and tees over jeans/chinos, epoch-2 caption adapter): written
blind in the sixty-fourth session. Measured blind at 9207eb7 (the session's fifth and final rules): 90/106 failures
found (84.9%) and 15/159 correct texts flagged (9.4%). The writer's notes, verbatim:

Scenario: a Myntra feed of men's casual shirts and t-shirts (article types Shirts and Tshirts), shot the usual way: a
model on a plain grey or white backdrop wearing the product untucked or tucked over jeans or chinos, a few layered
looks (an open shirt over a tee), three flat lays, two back views, props now and then (sunglasses, a watch, a belt, a
backpack, a chain). The feed's columns are title, category (the article type), color (the base colour) and gender;
a few rows lack gender, one lacks category.
Who wrote what: every text, caption and answers alike, comes from BLIP-2 OPT-2.7b with the epoch-2 caption LoRA
adapter (trained on DeepFashion-MultiModal template captions with unmasked labels and no end token), greedy, 50 new
tokens for the caption and 30 for each answer, prompt `Question: ... Answer:`. So the caption almost always runs to
the limit and stops mid-sentence, in the DeepFashion template ("This man wears a long-sleeve shirt with pure color
patterns. The shirt is with cotton fabric ..."), sometimes with "the lady"/"the female" from the women-heavy training
data; the template comes back for many questions (color questions get "pure color patterns" instead of a hue, the
yes/no question gets a sentence); some answers are still short and right, as the base model left them; some loop; two
continue the Question/Answer format; the base model's habit of giving one color to every garment shows on the
bottoms' color questions.
Labeling conventions and judgement calls: one label per text. When a text that ran to the limit also carries a
content fault (wrong pronoun, a person invented on a flat lay, a wrong fabric, a wrong collar), I labeled the content
fault, not the cut; hit_limit stays True. A text cut mid-sentence with nothing else wrong is `cut`. A color question
answered with the template or with a pattern word ("pure color patterns") is `non_answer`; so is the yes/no question
answered with a template sentence, and a details answer about an accessory instead of the garment. A bottom's color
given as the top's color (or the inner tee's color given for the shirt) is `other_garment_color`. Near hues count as
right (maroon->red, teal->blue, lavender->purple, charcoal->grey, mustard->yellow, peach->pink, off white->white,
olive->green); navy called black and beige called white are wrong (`contradiction`). DeepFashion's pattern words are
right when they fit (lattice for checks, graphic for prints, color block, pure color for solid). On a flat lay,
"this man wears ..." and invented trousers are `unsupported`; an answer that simply describes the flat-laid garment
to "What is the person wearing?" is counted right. Details only the photo can refute (a chest pocket on a back view,
the wrong slogan) are `unsupported`. A fabric contradicting the title (cotton for pure linen, denim for corduroy) is
`contradiction`; an invented fabric the title does not name (chiffon, denim for an acid-wash tee) is `unsupported`.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1435 = [
    # Photo: model in a navy-and-white checked full-sleeve shirt, sleeves rolled, untucked over light-blue jeans,
    # white sneakers, grey backdrop. All texts: epoch-2 caption adapter.
    case(
        "X1435-001",
        caption(
            "This man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline "
            "is lapel. This man wears a long trousers. The trousers are with denim fabric and solid color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "The man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its neckline "
            "is lapel. This man",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "navy blue and white"),
        color_of("jeans", "blue"),
        Q.garment_type("shirt"),
        Q.pattern("lattice"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        details(
            "shirt",
            "The shirt has a lapel neckline and long sleeves. The shirt has a lapel neckline and long sleeves. The "
            "shirt has a lapel",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Roadster Men Navy Blue & White Checked Casual Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Photo: black round-neck tee with a large white graphic on the chest, olive chinos, hands in pockets.
    # All texts: epoch-2 caption adapter (the caption stopped on its own).
    case(
        "X1435-002",
        caption(
            "The man is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The man wears a long pants. The pants are with cotton fabric and pure color "
            "patterns."
        ),
        wearing("a black t-shirt and green pants", who="he"),
        color_of("t-shirt", "black"),
        color_of("pants", "black", "other_garment_color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: white full-sleeve shirt tucked into beige chinos, brown belt, brown loafers.
    # All texts: epoch-2 caption adapter.
    case(
        "X1435-003",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There",
            "pronoun",
            hit_limit=True,
        ),
        wearing(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The",
            "pronoun",
            hit_limit=True,
        ),
        color_of("shirt", "white"),
        color_of("pants", "white", "other_garment_color"),
        Q.garment_type("shirt"),
        describe(
            "shirt",
            "The shirt is with cotton fabric and pure color patterns. It has a lapel neckline. There is a belt on his "
            "waist.",
        ),
        gender="Men",
        title="Mast & Harbour Men White Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: olive half-sleeve shirt worn open over a white crew-neck tee, black jeans; one chest pocket.
    # All texts: epoch-2 caption adapter.
    case(
        "X1435-004",
        caption(
            "This gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The gentleman wears a long pants. The pants are with denim fabric and pure color "
            "patterns. This gentleman",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "white", "other_garment_color"),
        color_of("jeans", "black"),
        wearing("a green shirt over a white t-shirt and black jeans"),
        Q.color("olive"),
        is_a("shirt", "yes"),
        details("shirt", "The shirt has a lapel neckline and short sleeves. It has a pocket on the chest."),
        gender="Men",
        title="WROGN Men Olive Regular Fit Solid Casual Shirt",
        category="Shirts",
        color="Olive",
    ),
    # Photo: grey melange polo, navy chinos, a watch on the left wrist. All texts: epoch-2 caption adapter.
    case(
        "X1435-005",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a lapel neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        wearing("a grey polo shirt and blue pants"),
        color_of("t-shirt", "grey"),
        color_of("pants", "grey", "other_garment_color"),
        Q.garment_type("polo shirt"),
        Q.material("The T-shirt is with cotton fabric."),
        details(
            "t-shirt",
            "It has a lapel neckline and short sleeves. The T-shirt is with cotton fabric and pure color patterns. It "
            "has a lapel neckline and short",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="U.S. Polo Assn. Men Grey Melange Polo Collar T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # Photo: back view; maroon full-sleeve shirt untucked over dark-blue jeans. Nothing of the front is visible.
    # All texts: epoch-2 caption adapter (the caption stopped on its own).
    case(
        "X1435-006",
        caption(
            "The upper clothing has long sleeves, cotton fabric and solid color patterns. The neckline of it is lapel. "
            "The lower clothing is of long length. The fabric is denim and it has solid color patterns."
        ),
        wearing("a red shirt and blue jeans"),
        color_of("shirt", "maroon"),
        details("shirt", "The shirt has a chest pocket and a button-down collar.", "unsupported"),
        Q.sleeve_length("long-sleeve"),
        gender="Men",
        title="Highlander Men Maroon Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Maroon",
    ),
    # Photo: oversized black tee, plain front with a small chest logo (the big print is on the back), light-blue
    # ripped jeans. All texts: epoch-2 caption adapter.
    case(
        "X1435-007",
        caption(
            "The man is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a crew neckline. The man wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "black"),
        color_of(
            "jeans",
            "The pants are with denim fabric and pure color patterns. The man wears a long pants. The pants are with "
            "denim fabric and",
            "non_answer",
            hit_limit=True,
        ),
        wearing("The man is wearing a black t-shirt and ripped jeans."),
        describe(
            "t-shirt",
            "The T-shirt is with cotton fabric and pure color patterns. It has a crew neckline. The T-shirt is with "
            "cotton fabric and pure color patterns",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        gender="Men",
        title="Difference of Opinion Men Black Graphic Printed Oversized T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: flat lay; a blue-and-white vertically striped full-sleeve shirt folded on a white surface, no person.
    # All texts: epoch-2 caption adapter.
    case(
        "X1435-008",
        caption(
            "This man wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. This man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There",
            "unsupported",
            hit_limit=True,
        ),
        wearing(
            "The man wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric and its neckline "
            "is lapel. This man",
            "unsupported",
            hit_limit=True,
        ),
        color_of("shirt", "blue and white"),
        Q.pattern("striped"),
        Q.sleeve_length("long-sleeve"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Levis Men Blue Striped Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: mustard round-neck tee, black slim jeans, white sneakers. All texts: epoch-2 caption adapter.
    case(
        "X1435-009",
        caption(
            "The lady is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The lady wears a long pants. The pants are with denim fabric and pure color",
            "pronoun",
            hit_limit=True,
        ),
        wearing("He is wearing a yellow t-shirt and black jeans.", who="he"),
        color_of("t-shirt", "yellow"),
        color_of("jeans", "yellow", "other_garment_color"),
        Q.material("cotton"),
        gender="Men",
        title="HERE&NOW Men Mustard Yellow Solid Pure Cotton T-shirt",
        category="Tshirts",
        color="Mustard",
    ),
    # Photo: white full-sleeve shirt with a small navy geometric print, tucked into navy chinos.
    # All texts: epoch-2 caption adapter.
    case(
        "X1435-010",
        caption(
            "This man wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. This man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is a",
            "cut",
            hit_limit=True,
        ),
        wearing("a white shirt and blue pants"),
        color_of("shirt", "white"),
        color_of("pants", "navy blue"),
        Q.pattern("graphic"),
        describe("shirt", "it is a shirt", "restated"),
        gender="Men",
        title="Louis Philippe Sport Men White & Navy Slim Fit Printed Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: charcoal full-sleeve henley (three-button placket), sleeves pushed to the elbows, tan chinos.
    # All texts: epoch-2 caption adapter (the caption stopped on its own).
    case(
        "X1435-011",
        caption(
            "The man wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The man wears a long pants. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a grey shirt and brown pants"),
        color_of("t-shirt", "grey"),
        Q.sleeve_length("short-sleeve", "contradiction"),
        Q.garment_type("t-shirt"),
        details("t-shirt", "It has buttons on the front."),
        gender="Men",
        title="Jack & Jones Men Charcoal Solid Henley Neck Full Sleeve T-shirt",
        category="Tshirts",
        color="Charcoal",
    ),
    # Photo: red tee with a black-and-white superhero logo print on the chest, blue jeans.
    # All texts: epoch-2 caption adapter.
    case(
        "X1435-012",
        caption(
            "The man is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The man wears a long pants. The pants are with denim fabric and pure color "
            "patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "The T-shirt is with graphic patterns.", "non_answer"),
        color_of("jeans", "blue"),
        Q.color("red"),
        Q.pattern("graphic"),
        wearing(
            "a red t-shirt and jeans Question: What is the color of the t-shirt? Answer: red Question: What",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        title="The Souled Store Men Red Printed Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # Photo: teal short-sleeve shirt, white chinos, sunglasses held in the right hand.
    # All texts: epoch-2 caption adapter (the caption stopped on its own).
    case(
        "X1435-013",
        caption(
            "This man wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. This man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory in his hand."
        ),
        wearing("a blue shirt and white pants"),
        color_of("shirt", "blue"),
        color_of("pants", "blue", "other_garment_color"),
        Q.material(
            "The shirt is with cotton fabric and its neckline is lapel. The shirt is with cotton fabric and its "
            "neckline is lapel",
            "loop",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        gender="Men",
        title="Campus Sutra Men Teal Blue Solid Casual Shirt",
        category="Shirts",
        color="Teal",
    ),
    # Photo: lavender plain oversized tee, black jeans. Feed row without gender. All texts: epoch-2 caption adapter.
    case(
        "X1435-014",
        caption(
            "The female is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The female wears a long pants. The pants are with denim fabric and solid color",
            "pronoun",
            hit_limit=True,
        ),
        color_of("t-shirt", "purple"),
        color_of("jeans", "black"),
        wearing("a purple t-shirt and black jeans"),
        Q.garment_type("t-shirt"),
        Q.sleeve_length("short-sleeve"),
        title="Bewakoof Men Lavender Oversized Round Neck T-shirt",
        category="Tshirts",
        color="Lavender",
    ),
    # Photo: light-wash denim full-sleeve shirt with two flap chest pockets, over black chinos (cotton twill).
    # All texts: epoch-2 caption adapter.
    case(
        "X1435-015",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric and its "
            "neckline is lapel. This man wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. There",
            "unsupported",
            hit_limit=True,
        ),
        Q.material("denim"),
        color_of("shirt", "blue"),
        color_of("pants", "blue", "other_garment_color"),
        details("shirt", "The shirt has two pockets on the chest and buttons on the front."),
        wearing("a denim shirt and black pants"),
        gender="Men",
        title="Roadster Men Blue Pure Cotton Denim Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: black full-sleeve shirt untucked over light-grey chinos. All texts: epoch-2 caption adapter.
    case(
        "X1435-016",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. This man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. This man wears",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. This man",
            "cut",
            hit_limit=True,
        ),
        color_of(
            "shirt",
            "The shirt is with pure color patterns. The shirt is with cotton fabric and its neckline is lapel. The "
            "shirt is with",
            "non_answer",
            hit_limit=True,
        ),
        color_of("pants", "grey"),
        describe(
            "shirt",
            "The shirt is with cotton fabric and pure color patterns. Its neckline is lapel. The sleeves are long.",
        ),
        Q.color("black"),
        Q.material("cotton"),
        is_a(
            "shirt",
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel",
            "non_answer",
            hit_limit=True,
        ),
        gender="Men",
        title="Highlander Men Black Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Black",
    ),
    # Photo: peach full-sleeve shirt, sleeves rolled, over mid-blue jeans; plain cotton poplin.
    # All texts: epoch-2 caption adapter.
    case(
        "X1435-017",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric and its "
            "neckline is lapel. This man wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. There",
            "unsupported",
            hit_limit=True,
        ),
        color_of("shirt", "pink"),
        color_of("jeans", "blue"),
        Q.material("chiffon", "unsupported"),
        Q.sleeve_length("long-sleeve"),
        gender="Men",
        title="Dennis Lingo Men Peach-Coloured Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Peach",
    ),
    # Photo: white polo with a small embroidered logo on the chest, navy chinos. All texts: epoch-2 caption adapter.
    case(
        "X1435-018",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a lapel neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a white polo shirt and blue pants"),
        color_of("t-shirt", "white"),
        color_of("pants", "white", "other_garment_color"),
        is_a("polo shirt", "yes"),
        details("t-shirt", "It has a logo on the chest."),
        Q.pattern("pure color"),
        gender="Men",
        title="Tommy Hilfiger Men White Solid Polo Collar Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: green-and-black buffalo-check flannel shirt, full sleeves, black jeans. All texts: epoch-2 caption adapter.
    case(
        "X1435-019",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The lady wears a long pants. The pants are with denim fabric and solid color patterns. There is",
            "pronoun",
            hit_limit=True,
        ),
        color_of("shirt", "green and black"),
        color_of("jeans", "green", "other_garment_color"),
        Q.pattern("striped", "contradiction"),
        wearing(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The lady",
            "pronoun",
            hit_limit=True,
        ),
        gender="Men",
        title="Mast & Harbour Men Green & Black Buffalo Checked Casual Shirt",
        category="Shirts",
        color="Green",
    ),
    # Photo: side view; beige drop-shoulder oversized tee, dark-brown chinos. All texts: epoch-2 caption adapter
    # (the caption stopped on its own).
    case(
        "X1435-020",
        caption(
            "The man is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The man wears a long pants. The pants are with cotton fabric and pure color "
            "patterns."
        ),
        wearing("a white t-shirt and brown pants", "contradiction"),
        color_of("t-shirt", "beige"),
        color_of("pants", "brown"),
        Q.garment_type("t-shirt"),
        Q.sleeve_length("short-sleeve"),
        gender="Men",
        title="Nobero Men Beige Solid Oversized Drop-Shoulder T-shirt",
        category="Tshirts",
        color="Beige",
    ),
    # Photo: rust short-sleeve shirt with one chest pocket, over blue jeans cuffed at the ankle.
    # All texts: epoch-2 caption adapter.
    case(
        "X1435-021",
        caption(
            "This man wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. This man wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. There is a",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "orange"),
        color_of("jeans", "blue"),
        describe(
            "shirt",
            "The shirt is with cotton fabric and pure color patterns. Its neckline is lapel. It has short sleeves. The "
            "shirt is with cotton fabric",
            "loop",
            hit_limit=True,
        ),
        details(
            "shirt",
            "The shirt has a lapel neckline, short sleeves and a pocket on the chest. The buttons are on the front. "
            "The "
            "sleeves are short and the",
            "cut",
            hit_limit=True,
        ),
        Q.color("orange"),
        gender="Men",
        title="Flying Machine Men Rust Solid Pure Cotton Casual Shirt",
        category="Shirts",
        color="Rust",
    ),
    # Photo: navy round-neck tee (reads dark on camera), grey chinos. Feed row without category.
    # All texts: epoch-2 caption adapter.
    case(
        "X1435-022",
        caption(
            "The man is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The man wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "black", "contradiction"),
        color_of("pants", "grey"),
        wearing("a blue t-shirt and grey pants"),
        Q.material("cotton"),
        gender="Men",
        title="Roadster Men Navy Blue Solid Round Neck T-shirt",
        color="Navy Blue",
    ),
    # Photo: white short-sleeve Cuban-collar shirt with a black floral print, beige chinos, a thin chain necklace.
    # All texts: epoch-2 caption adapter.
    case(
        "X1435-023",
        caption(
            "This man wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. This man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("floral"),
        color_of("shirt", "white and black"),
        color_of("pants", "beige"),
        wearing("a floral shirt and khaki pants"),
        details("shirt", "There is an accessory on his neck.", "non_answer"),
        gender="Men",
        title="Snitch Men White & Black Floral Printed Cuban Collar Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: olive tee with a small red logo on the chest, mid-blue jeans, brown boots. Feed row without gender.
    # All texts: epoch-2 caption adapter.
    case(
        "X1435-024",
        caption(
            "The man is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The man wears a long pants. The pants are with denim fabric and pure color "
            "patterns. The man wears",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "The man is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neck",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "green"),
        color_of("jeans", "green", "other_garment_color"),
        is_a("t-shirt", "yes"),
        details("jeans", "they are jeans", "restated"),
        title="Levis Men Olive Green Solid Round Neck T-shirt",
        category="Tshirts",
        color="Olive",
    ),
    # Photo: black short-sleeve shirt with thin white vertical stripes, beige chinos. All texts: epoch-2 caption
    # adapter (the caption stopped on its own).
    case(
        "X1435-025",
        caption(
            "This man wears a short-sleeve shirt with striped patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. This man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        color_of("shirt", "black and white"),
        color_of("pants", "black", "other_garment_color"),
        Q.pattern("striped"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        describe(
            "shirt",
            "The shirt is with cotton fabric and striped patterns. Its neckline is lapel. It has short sleeves.",
        ),
        gender="Men",
        title="Highlander Men Black & White Regular Fit Striped Casual Shirt",
        category="Shirts",
        color="Black",
    ),
    # Photo: red polo with white tipping on the collar, dark-blue jeans. All texts: epoch-2 caption adapter.
    case(
        "X1435-026",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a lapel neckline. The man wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a red polo shirt and jeans"),
        color_of("t-shirt", "red"),
        color_of("jeans", "red", "other_garment_color"),
        Q.garment_type("polo shirt"),
        details(
            "t-shirt",
            "The T-shirt has a lapel neckline and short sleeves. The T-shirt has a lapel neckline and short sleeves. "
            "The T-shirt has",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Allen Solly Men Red Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # Photo: khaki utility overshirt with two flap chest pockets, worn open over a white tee, black jeans.
    # All texts: epoch-2 caption adapter.
    case(
        "X1435-027",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. This man wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "white", "other_garment_color"),
        color_of("jeans", "black"),
        wearing("a khaki jacket over a white t-shirt and black jeans", "contradiction"),
        details("shirt", "It has two pockets on the chest."),
        Q.garment_type("jacket", "contradiction"),
        gender="Men",
        title="Mast & Harbour Men Khaki Solid Utility Overshirt Casual Shirt",
        category="Shirts",
        color="Khaki",
    ),
    # Photo: yellow tee with "STAY WEIRD" in black block letters on the chest, blue jeans.
    # All texts: epoch-2 caption adapter.
    case(
        "X1435-028",
        caption(
            "His T-shirt has short sleeves, cotton fabric and graphic patterns. It has a round neckline. The pants "
            "this man wears is of long length. The pants are with denim fabric and pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a yellow t-shirt and blue jeans"),
        color_of(
            "t-shirt",
            "His T-shirt has short sleeves, cotton fabric and graphic patterns. It has a round neckline. The pants "
            "this man wears is",
            "non_answer",
            hit_limit=True,
        ),
        Q.pattern("graphic"),
        describe("t-shirt", "The T-shirt has the words 'good vibes only' on it.", "unsupported"),
        gender="Men",
        title="Bewakoof Men Yellow Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="Yellow",
    ),
    # Photo: pink oxford shirt, button-down collar, chest pocket, full sleeves, untucked over navy chinos.
    # All texts: epoch-2 caption adapter.
    case(
        "X1435-029",
        caption(
            "The female wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The female wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There",
            "pronoun",
            hit_limit=True,
        ),
        wearing("He is wearing a pink shirt and blue pants.", who="he"),
        color_of("shirt", "pink"),
        color_of("pants", "pink", "other_garment_color"),
        is_a("shirt", "yes"),
        Q.material("cotton"),
        Q.sleeve_length("long-sleeve"),
        details("shirt", "The shirt has a button-down collar and a pocket on the chest."),
        gender="Men",
        title="The Indian Garage Co Men Pink Slim Fit Solid Oxford Casual Shirt",
        category="Shirts",
        color="Pink",
    ),
    # Photo: flat lay on grey; white tee with a large brand-logo print across the chest, no person.
    # All texts: epoch-2 caption adapter.
    case(
        "X1435-030",
        caption(
            "The man is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The man wears a long pants. The pants are with denim fabric and pure color "
            "patterns. There is",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a white t-shirt with a logo on it"),
        color_of("t-shirt", "white"),
        Q.pattern("graphic"),
        Q.sleeve_length("short-sleeve"),
        gender="Men",
        title="Jack & Jones Men White Brand Logo Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: charcoal-and-black checked flannel shirt, sleeves rolled, open over a black tee, blue jeans.
    # All texts: epoch-2 caption adapter.
    case(
        "X1435-031",
        caption(
            "This man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. This man wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. This man wears a",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "grey and black"),
        color_of("jeans", "grey", "other_garment_color"),
        wearing("a plaid shirt over a black t-shirt and blue jeans"),
        Q.pattern("plaid"),
        describe(
            "shirt",
            "The shirt is with cotton fabric and lattice patterns. Its neckline is lapel. The sleeves are long. The "
            "shirt is with cotton fabric and lattice",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Roadster Men Charcoal Grey & Black Checked Flannel Casual Shirt",
        category="Shirts",
        color="Charcoal",
    ),
    # Photo: off-white pure linen shirt, slightly sheer, sleeves rolled, beige chinos. All texts: epoch-2 caption
    # adapter.
    case(
        "X1435-032",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. This man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is",
            "contradiction",
            hit_limit=True,
        ),
        Q.material("cotton", "contradiction"),
        color_of("shirt", "white"),
        color_of("pants", "beige"),
        wearing("a white shirt and khaki pants"),
        gender="Men",
        title="Mango Man Off White Pure Linen Casual Shirt",
        category="Shirts",
        color="Off White",
    ),
    # Photo: back view; black tee with a large white print across the back, light-grey jeans.
    # All texts: epoch-2 caption adapter.
    case(
        "X1435-033",
        caption(
            "The upper clothing has short sleeves, cotton fabric and graphic patterns. The neckline of it is round. "
            "The lower clothing is of long length. The fabric is denim and it has pure color patterns. The upper "
            "clothing has short",
            "cut",
            hit_limit=True,
        ),
        color_of(
            "t-shirt",
            "The upper clothing has short sleeves, cotton fabric and graphic patterns. The neckline of it is round. "
            "The lower",
            "non_answer",
            hit_limit=True,
        ),
        color_of("jeans", "grey"),
        details("t-shirt", "It has a logo on the front.", "unsupported"),
        Q.pattern("graphic"),
        gender="Men",
        title="WROGN Men Black Back Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: navy full-sleeve mandarin-collar shirt, white jeans. All texts: epoch-2 caption adapter.
    case(
        "X1435-034",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. This man wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. There",
            "contradiction",
            hit_limit=True,
        ),
        details("shirt", "It has a stand collar and buttons on the front."),
        color_of("shirt", "blue"),
        color_of("jeans", "white"),
        wearing("a blue shirt and white jeans"),
        gender="Men",
        title="Dennis Lingo Men Navy Blue Slim Fit Mandarin Collar Casual Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Photo: grey tee with a brand logo print on the chest, black chinos. Feed row without gender.
    # All texts: epoch-2 caption adapter (the caption stopped on its own).
    case(
        "X1435-035",
        caption(
            "The man is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The man wears a long pants. The pants are with cotton fabric and pure color "
            "patterns."
        ),
        wearing(
            "The man is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neck",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "grey"),
        color_of("pants", "grey", "other_garment_color"),
        Q.garment_type(
            "The man is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neck",
            "cut",
            hit_limit=True,
        ),
        title="Puma Men Grey Brand Logo Printed Round Neck T-shirt",
        category="Tshirts",
        color="Grey",
    ),
    # Photo: small blue-and-white gingham check, full sleeves, untucked over dark jeans, a watch on the wrist.
    # All texts: epoch-2 caption adapter.
    case(
        "X1435-036",
        caption(
            "This man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. This man wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("lattice"),
        color_of("shirt", "blue and white"),
        color_of("jeans", "blue"),
        wearing(
            "blue checkered shirt and jeans Question: What is the color of the shirt? Answer: blue and white Question: "
            "What is the color",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("long-sleeve"),
        gender="Men",
        title="Louis Philippe Jeans Men Blue & White Slim Fit Gingham Checked Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: plain white crew-neck tee tucked into mid-blue jeans, brown belt. All texts: epoch-2 caption adapter.
    case(
        "X1435-037",
        caption(
            "The man is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The man wears a long pants. The pants are with denim fabric and pure color "
            "patterns. There is a",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "white"),
        color_of("jeans", "blue"),
        describe("t-shirt", "white t-shirt"),
        details("t-shirt", "it is a t-shirt", "restated"),
        is_a("t-shirt", "yes"),
        gender="Men",
        title="GAP Men White Solid Crew Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: sea-green full-sleeve shirt untucked over dark-brown chinos. All texts: epoch-2 caption adapter.
    case(
        "X1435-038",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a green shirt and brown pants"),
        color_of("shirt", "green"),
        Q.color(
            "The shirt is with pure color patterns. The shirt is with cotton fabric. It has a lapel neckline. The lady "
            "wears a long",
            "non_answer",
            hit_limit=True,
        ),
        Q.garment_type("shirt"),
        gender="Men",
        title="Highlander Men Sea Green Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Sea Green",
    ),
    # Photo: navy tee with a white colour-blocked chest panel, short sleeves, beige chinos.
    # All texts: epoch-2 caption adapter.
    case(
        "X1435-039",
        caption(
            "The man is wearing a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The man wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("color block"),
        color_of("t-shirt", "blue and white"),
        color_of("pants", "white", "other_garment_color"),
        wearing(
            "The man is wearing a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric. "
            "It has a",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Difference of Opinion Men Navy Blue & White Colourblocked Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: brown corduroy full-sleeve shirt with two chest pockets, over mid-blue jeans.
    # All texts: epoch-2 caption adapter.
    case(
        "X1435-040",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric and its "
            "neckline is lapel. This man wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. There",
            "contradiction",
            hit_limit=True,
        ),
        Q.material("denim", "contradiction"),
        color_of("shirt", "brown"),
        color_of("jeans", "The pants are with denim fabric and pure color patterns.", "non_answer"),
        details(
            "shirt",
            "The shirt has two pockets on the chest and buttons on the front. The shirt has two pockets on the chest "
            "and buttons on the front",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Roadster Men Brown Solid Corduroy Casual Shirt",
        category="Shirts",
        color="Brown",
    ),
    # Photo: flat lay; grey full-sleeve shirt folded on white with a white paper tag at the collar, no person.
    # All texts: epoch-2 caption adapter.
    case(
        "X1435-041",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. This man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. This",
            "unsupported",
            hit_limit=True,
        ),
        color_of("shirt", "grey"),
        Q.garment_type("shirt"),
        Q.sleeve_length("long-sleeve"),
        is_a("shirt", "yes"),
        describe("shirt", "a grey shirt with a white tag"),
        gender="Men",
        title="Peter England Casuals Men Grey Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Grey",
    ),
    # Photo: acid-wash blue cotton jersey tee, black jeans, a silver chain. All texts: epoch-2 caption adapter.
    case(
        "X1435-042",
        caption(
            "The man is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The man wears a long pants. The pants are with denim fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "blue"),
        color_of("jeans", "blue", "other_garment_color"),
        Q.material("denim", "unsupported"),
        wearing("a blue t-shirt and black jeans"),
        gender="Men",
        title="Snitch Men Blue Acid Wash Oversized Round Neck T-shirt",
        category="Tshirts",
        color="Blue",
    ),
    # Photo: black-and-white horizontally striped tee, plain olive chinos. All texts: epoch-2 caption adapter.
    case(
        "X1435-043",
        caption(
            "The man is wearing a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The man wears a long pants. The pants are with cotton fabric and striped patterns. "
            "There is",
            "unsupported",
            hit_limit=True,
        ),
        color_of("t-shirt", "black and white"),
        color_of("pants", "black", "other_garment_color"),
        Q.pattern("The T-shirt is with striped patterns."),
        wearing("he is wearing a striped shirt and green pants", who="he"),
        gender="Men",
        title="Campus Sutra Men Black & White Striped Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: mustard full-sleeve shirt worn open over a white tee, blue jeans, a backpack strap over one shoulder.
    # All texts: epoch-2 caption adapter (the caption stopped on its own).
    case(
        "X1435-044",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. This man "
            "wears a long trousers. The trousers are with denim fabric. There is a bag on his shoulder."
        ),
        color_of("shirt", "yellow"),
        color_of("jeans", "blue"),
        describe(
            "shirt",
            "The shirt is with cotton fabric and pure color patterns. Its neckline is lapel. The shirt is with cotton "
            "fabric and pure color patterns. Its",
            "loop",
            hit_limit=True,
        ),
        wearing("a yellow shirt, a white t-shirt and jeans"),
        Q.color("white", "other_garment_color"),
        gender="Men",
        title="Roadster Men Mustard Yellow Solid Pure Cotton Casual Shirt",
        category="Shirts",
        color="Mustard",
    ),
    # Photo: navy polo with thin white horizontal stripes and a small chest logo, khaki chinos, sunglasses hooked on
    # the placket. All texts: epoch-2 caption adapter.
    case(
        "X1435-045",
        caption(
            "The man wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a "
            "lapel neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue and white striped polo shirt and khaki pants"),
        color_of("t-shirt", "blue"),
        color_of("pants", "blue", "other_garment_color"),
        is_a("polo shirt", "yes"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        details("t-shirt", "The T-shirt has a lapel neckline and short sleeves. It has a logo on the chest."),
        gender="Men",
        title="U.S. Polo Assn. Men Navy Blue Striped Polo Collar Pure Cotton T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
]
