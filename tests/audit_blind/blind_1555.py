"""BLIND_1555 (45 products; Myntra men's casual shirts and tees over jeans/chinos, epoch-2 caption adapter for all):
written blind in the sixty-sixth session. Measured blind at b37ad1b (the session's second rules): 75/89 failures
found (84.3%) and 6/160 correct texts flagged (3.8%). The writer's notes, verbatim:

Scenario: a Myntra feed of men's casual shirts and T-shirts (article types Shirts and Tshirts), each photographed on a
male model over jeans or chinos on a plain studio backdrop; a few shots are back views, two are flat lays with no
person, and some have a prop (sunglasses in hand, a coffee cup, a skateboard, a tennis racket, a jacket over the
shoulder). One product is a pack of two with the second tee shown folded in an inset. Feed columns are title,
category (article type), color (base colour) and gender ("Men"); two rows have no gender and one has no category.
Who wrote what: every text, the caption and every answer, comes from BLIP-2 OPT-2.7b with the epoch-2 caption LoRA
adapter, greedy, 50 new tokens for the caption and 30 for answers, prompt "Question: ... Answer:". Open questions are
free generation; the closed ones (garment type, color, pattern, sleeve length, yes/no) went through the reference
engine, which stores the candidate it mapped to, or the raw generation when nothing mapped. The adapter has mostly
forgotten question answering: the DeepFashion caption template ("The gentleman wears a long-sleeve shirt with pure
color patterns. The shirt is with cotton fabric...") comes back for many prompts, and since no end token was
trained it runs into the token limit whenever the template is long enough. A short hue or garment answer survives
for some prompts, and then the usual base-model color slips show (the trousers given the shirt's color).
Labeling conventions and judgement calls: one label per text. A text that ran to the limit gets hit_limit=True;
if it stops mid-sentence it is labeled cut, unless it is also wrong about the product itself (color, pattern,
sleeves, garment kind, material, the wearer's pronoun), in which case the content failure wins. A template answer
to a color question that names no hue (only "pure color patterns", "denim fabric") is non_answer. A color that
belongs to another garment in the photo (trousers, inner tee, stripes of the shirt used for the jeans) is
other_garment_color; a wrong color for the product that belongs to nothing else is contradiction (seller colour).
"The lady"/"her" for a male model is pronoun, including the row whose feed has no gender column. Material or kind
against the title (cotton for a linen shirt, sweater or hoodie for a hooded T-shirt, "jacket" for a prop) is
contradiction. On flat lays the invented wearer and trousers in the caption are unsupported; the wearing answer
there is labeled cut, as the garment part of it is right and it stops mid-sentence. Invented details that nothing
shows (a wrist accessory with bare wrists, a chest pocket seen from the back, a button-down collar that is not
there, a lapel collar on a mandarin-collar shirt) are unsupported. Near hues I accepted as correct: olive/sea green
as "green", maroon as "red", khaki as "beige", teal as "blue" or "green", charcoal as "black" (it photographs black),
lavender as "purple"; beige called "white" and lavender called "white" I marked wrong. One caption reached exactly
50 tokens at the end of a sentence: hit_limit=True but left unmarked, the text is complete and correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

Q = BLIND_QUESTIONS

BLIND_1555 = [
    # Photo: model front, navy-and-white checked full-sleeve shirt, buttoned and untucked, light blue jeans, white
    # sneakers. All texts: epoch-2 caption adapter.
    case(
        "X1555-001",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears long trousers. The trousers are with denim fabric and solid color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The",
            "cut",
            who="he",
            hit_limit=True,
        ),
        color_of("shirt", "The shirt is with cotton fabric and lattice patterns.", "non_answer", kind="open"),
        color_of("jeans", "blue", kind="open"),
        Q.pattern("lattice"),
        Q.sleeve_length("long-sleeve"),
        gender="Men",
        title="Roadster Men Navy Blue & White Checked Casual Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Photo: black round-neck tee with a white graphic print on the chest, olive chinos, one hand in a pocket.
    # All texts: epoch-2 caption adapter.
    case(
        "X1555-002",
        caption(
            "His T-shirt has short sleeves, cotton fabric and graphic patterns. It has a round neckline. His pants are "
            "of long length. The pants are with cotton fabric and solid color patterns."
        ),
        wearing(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The man",
            "cut",
            who="the man",
            hit_limit=True,
        ),
        color_of("t-shirt", "black", kind="open"),
        color_of("pants", "black", "other_garment_color", kind="open"),
        details(
            "t-shirt",
            "The T-shirt has short sleeves, cotton fabric and graphic patterns. It has a round neckline.",
        ),
        Q.garment_type("t-shirt"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: white full-sleeve shirt, sleeves rolled to the elbow, untucked, dark blue jeans, steel watch on the left
    # wrist. All texts: epoch-2 caption adapter.
    case(
        "X1555-003",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears long trousers. The trousers are with denim fabric and solid color "
            "patterns. There is an",
            "pronoun",
            hit_limit=True,
        ),
        color_of("shirt", "white", kind="open"),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        describe(
            "shirt",
            "The shirt has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. There is an "
            "accessory on her wrist.",
            "pronoun",
        ),
        Q.sleeve_length("long-sleeve"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Highlander Men White Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: olive full-sleeve shirt with two chest flap pockets, beige chinos, model holds sunglasses in one hand.
    # All texts: epoch-2 caption adapter.
    case(
        "X1555-004",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears long trousers. The trousers are with cotton fabric and solid color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a green shirt and khaki pants", who="he"),
        color_of("shirt", "green", kind="open"),
        color_of(
            "chinos",
            "The trousers are with cotton fabric and solid color patterns. The gentleman wears a long-sleeve shirt "
            "with pure color patterns. The shirt is",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        details("shirt", "The shirt has two pockets on the chest and buttons on the front."),
        Q.material("cotton"),
        gender="Men",
        title="WROGN Men Olive Green Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Olive",
    ),
    # Photo: maroon polo with two-button placket and ribbed collar, navy chinos. All texts: epoch-2 caption adapter.
    case(
        "X1555-005",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a lapel neckline. His pants are of long length."
        ),
        wearing("a red polo shirt and blue pants", who="the man"),
        color_of("t-shirt", "red", kind="open"),
        is_a("polo shirt", "yes"),
        Q.pattern("pure color"),
        details(
            "t-shirt",
            "the sleeves, the collar, the buttons, the sleeves, the collar, the buttons, the sleeves, the collar, the "
            "buttons, the",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Mast & Harbour Men Maroon Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Maroon",
    ),
    # Photo: flat lay, no person: a folded blue-and-white vertically striped full-sleeve shirt on a white board.
    # All texts: epoch-2 caption adapter.
    case(
        "X1555-006",
        caption(
            "The gentleman wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears long trousers. The trousers are with denim fabric and solid color "
            "patterns. There is",
            "unsupported",
            hit_limit=True,
        ),
        wearing(
            "The gentleman wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "blue and white", kind="open"),
        Q.pattern("striped"),
        Q.sleeve_length("long-sleeve"),
        Q.garment_type("shirt"),
        gender="Men",
        title="HERE&NOW Men Blue Striped Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: grey melange tee with a small black logo print on the chest, black jeans. All texts: epoch-2 caption
    # adapter.
    case(
        "X1555-007",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The pants are with denim fabric and solid color patterns."
        ),
        color_of("t-shirt", "grey", kind="open"),
        color_of("jeans", "grey", "other_garment_color", kind="open"),
        describe(
            "t-shirt",
            "The T-shirt has short sleeves, cotton fabric and graphic patterns. It has a round neckline.",
        ),
        Q.color("grey"),
        gender="Men",
        title="Puma Men Grey Melange Printed Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # Photo: mid-blue denim shirt with two snap-button chest pockets, sleeves rolled, over beige chinos, brown boots.
    # All texts: epoch-2 caption adapter.
    case(
        "X1555-008",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has "
            "a lapel neckline. The gentleman wears long trousers. The trousers are with denim fabric and solid color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "blue", kind="open"),
        color_of("chinos", "blue", "other_garment_color", kind="open"),
        Q.material("denim"),
        details("shirt", "The shirt has long sleeves, denim fabric and pure color patterns. It has a lapel neckline."),
        is_a("denim shirt", "yes"),
        gender="Men",
        title="Levis Men Blue Slim Fit Denim Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: mustard round-neck tee, black jeans ripped at both knees, model seated on a wooden stool. All texts:
    # epoch-2 caption adapter.
    case(
        "X1555-009",
        caption(
            "His T-shirt has short sleeves, cotton fabric and pure color patterns. It has a round neckline. His pants "
            "are of long length. The pants are with denim fabric and solid color patterns."
        ),
        wearing(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. This man",
            "cut",
            who="he",
            hit_limit=True,
        ),
        color_of("t-shirt", "yellow", kind="open"),
        color_of("jeans", "The pants are with denim fabric and solid color patterns.", "non_answer", kind="open"),
        details("jeans", "The jeans are long.", "non_answer"),
        Q.garment_type("t-shirt"),
        gender="Men",
        title="Roadster Men Mustard Yellow Solid Round Neck T-shirt",
        category="Tshirts",
        color="Mustard",
    ),
    # Photo: pale pink full-sleeve shirt tucked into navy chinos, brown belt, watch. All texts: epoch-2 caption
    # adapter.
    case(
        "X1555-010",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears long trousers. The trousers are with cotton fabric and solid color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a pink shirt and blue pants"),
        color_of(
            "shirt",
            "The shirt is with cotton fabric and pure color patterns. It has a lapel neckline.",
            "non_answer",
            kind="open",
        ),
        color_of("pants", "pink", "other_garment_color", kind="open"),
        describe(
            "shirt",
            "The shirt has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. There is a "
            "belt on his waist.",
        ),
        Q.sleeve_length("long-sleeve"),
        gender="Men",
        title="Mufti Men Pink Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Pink",
    ),
    # Photo: back view only, black tee with a large white typography print across the back, blue jeans, hands at the
    # sides with bare wrists. All texts: epoch-2 caption adapter.
    case(
        "X1555-011",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The pants are with denim fabric and solid color patterns."
        ),
        color_of("t-shirt", "black", kind="open"),
        describe(
            "t-shirt",
            "The T-shirt has short sleeves, cotton fabric and graphic patterns. It has a round neckline. There is an "
            "accessory on his wrist.",
            "unsupported",
        ),
        Q.pattern("graphic"),
        wearing(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady",
            "pronoun",
            hit_limit=True,
        ),
        gender="Men",
        title="Bewakoof Men Black Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: navy polo, small embroidered chest logo, white tipping on collar and sleeve hems, grey chinos.
    # All texts: epoch-2 caption adapter.
    case(
        "X1555-012",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a lapel neckline. The pants are with cotton fabric and pure color patterns."
        ),
        color_of("t-shirt", "blue", kind="open"),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        details(
            "t-shirt",
            "The T-shirt has a lapel neckline and short sleeves. The T-shirt is with cotton fabric. The T-shirt has a "
            "lapel neckline and short",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("polo shirt"),
        is_a("t-shirt", "yes"),
        gender="Men",
        title="Louis Philippe Sport Men Navy Blue Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: teal full-sleeve shirt with a mandarin (band) collar, white jeans. All texts: epoch-2 caption adapter.
    case(
        "X1555-013",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The trousers are with denim fabric and solid color patterns.",
            "unsupported",
        ),
        color_of("shirt", "green", kind="open"),
        color_of("jeans", "white", kind="open"),
        describe(
            "shirt",
            "The shirt has long sleeves, cotton fabric and pure color patterns. It has a standing neckline.",
        ),
        Q.sleeve_length("long-sleeve"),
        gender="Men",
        title="Dennis Lingo Men Teal Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Teal",
    ),
    # Photo: white tee with black horizontal (breton) stripes, dark blue jeans, model holds a paper coffee cup.
    # All texts: epoch-2 caption adapter.
    case(
        "X1555-014",
        caption(
            "His T-shirt has short sleeves, cotton fabric and striped patterns. It has a round neckline. His pants are "
            "of long length. The pants are with denim fabric and solid color patterns."
        ),
        wearing("a striped t-shirt and jeans", who="he"),
        color_of("t-shirt", "black and white", kind="open"),
        color_of("jeans", "black", "other_garment_color", kind="open"),
        Q.pattern("striped"),
        is_a("polo shirt", "yes", "contradiction"),
        gender="Men",
        title="Jack & Jones Men White & Black Striped Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: all-black look: black full-sleeve shirt buttoned up, black jeans, white sneakers. All texts: epoch-2
    # caption adapter.
    case(
        "X1555-015",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears long trousers. The trousers are with denim fabric and solid color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "black", kind="open"),
        color_of("jeans", "black", kind="open"),
        wearing(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The",
            "cut",
            who="the man",
            hit_limit=True,
        ),
        details("shirt", "The shirt has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline."),
        Q.color("black"),
        gender="Men",
        title="Campus Sutra Men Black Solid Casual Shirt",
        category="Shirts",
        color="Black",
    ),
    # Photo: light beige linen full-sleeve shirt with visible slub texture, navy chinos. All texts: epoch-2 caption
    # adapter.
    case(
        "X1555-016",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The trousers are with cotton fabric and solid color patterns.",
            "contradiction",
        ),
        Q.material("cotton", "contradiction"),
        color_of("shirt", "white", "contradiction", kind="open"),
        color_of("pants", "blue", kind="open"),
        describe(
            "shirt",
            "The shirt has long sleeves and a lapel neckline. It is with other fabric and pure color patterns.",
        ),
        gender="Men",
        title="Nautica Men Beige Solid Linen Casual Shirt",
        category="Shirts",
        color="Beige",
    ),
    # Photo: red crew-neck tee with a small flag logo on the chest, light-wash jeans, sunglasses hooked on the
    # neckline. All texts: epoch-2 caption adapter.
    case(
        "X1555-017",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. This man wears long pants. The pants are with denim fabric and solid color patterns. "
            "This",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "red", kind="open"),
        Q.material("cotton"),
        describe(
            "t-shirt",
            "The T-shirt has short sleeves, cotton fabric and pure color patterns. It has a round neckline.",
        ),
        wearing("red t-shirt and blue jeans", who="he"),
        gender="Men",
        title="Tommy Hilfiger Men Red Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # Photo: blue-and-green tartan full-sleeve shirt worn open over a white crew-neck tee, dark jeans. All texts:
    # epoch-2 caption adapter.
    case(
        "X1555-018",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears long trousers. The trousers are with denim fabric and solid color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a plaid shirt, a white t-shirt and jeans", who="he"),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        is_a("shirt", "yes"),
        Q.pattern("lattice"),
        details(
            "shirt",
            "The shirt has long sleeves, cotton fabric and lattice patterns. It has a lapel neckline. The shirt has "
            "long sleeves, cotton fabric and lattice patterns. It",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Peter England Casuals Men Blue & Green Checked Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: lavender full-sleeve shirt, sleeves rolled, tucked into beige chinos, brown belt, tan loafers.
    # All texts: epoch-2 caption adapter.
    case(
        "X1555-019",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears long trousers. The trousers are with cotton fabric and solid color "
            "patterns. There is a belt",
            "pronoun",
            hit_limit=True,
        ),
        color_of("shirt", "purple", kind="open"),
        color_of("chinos", "purple", "other_garment_color", kind="open"),
        Q.sleeve_length("long-sleeve"),
        Q.garment_type("shirt"),
        gender="Men",
        title="Allen Solly Men Lavender Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Lavender",
    ),
    # Photo: charcoal tee with a tropical leaf print across the chest, mid-blue jeans. All texts: epoch-2 caption
    # adapter.
    case(
        "X1555-020",
        caption(
            "The man wears a short-sleeve T-shirt with floral patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The pants are with denim fabric and solid color patterns."
        ),
        color_of("t-shirt", "black", kind="open"),
        wearing(
            "Question: What is the man wearing? Answer: The man wears a short-sleeve T-shirt with floral patterns. "
            "The T-shirt is",
            "leak",
            who="the man",
            hit_limit=True,
        ),
        Q.pattern("floral"),
        describe(
            "t-shirt",
            "The T-shirt has short sleeves, cotton fabric and floral patterns. It has a round neckline.",
        ),
        gender="Men",
        title="Moda Rapido Men Charcoal Grey Printed Round Neck T-shirt",
        category="Tshirts",
        color="Charcoal",
    ),
    # Photo: rust short-sleeve shirt with a camp collar, untucked, off-white chinos. All texts: epoch-2 caption
    # adapter.
    case(
        "X1555-021",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears long trousers. The trousers are with cotton fabric and solid color "
            "patterns. There is",
            "contradiction",
            hit_limit=True,
        ),
        Q.sleeve_length("short-sleeve"),
        color_of("shirt", "orange", kind="open"),
        color_of("chinos", "orange", "other_garment_color", kind="open"),
        describe(
            "shirt",
            "The shirt has short sleeves, cotton fabric and pure color patterns. It has a lapel neckline.",
        ),
        gender="Men",
        title="Hubberholme Men Rust Solid Casual Shirt",
        category="Shirts",
        color="Rust",
    ),
    # Photo: navy tee with a large white brand print, khaki chinos. All texts: epoch-2 caption adapter.
    case(
        "X1555-022",
        caption(
            "His T-shirt has short sleeves, cotton fabric and graphic patterns. It has a round neckline. His pants are "
            "of long length. The pants are with cotton fabric and solid color patterns."
        ),
        wearing(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The man",
            "cut",
            who="he",
            hit_limit=True,
        ),
        color_of(
            "t-shirt",
            "The T-shirt is with cotton fabric and graphic patterns. The T-shirt is with cotton fabric and graphic "
            "patterns. The T-shirt is with",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("pants", "beige", kind="open"),
        Q.garment_type("t-shirt"),
        details("t-shirt", "The T-shirt has a graphic print on the front."),
        gender="Men",
        title="Being Human Men Navy Blue Printed Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: khaki full-sleeve shirt with shoulder epaulettes and two flap chest pockets, regular point collar, dark
    # blue jeans. All texts: epoch-2 caption adapter.
    case(
        "X1555-023",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears long trousers. The trousers are with denim fabric and solid color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "beige", kind="open"),
        details("shirt", "The shirt has two pockets on the front and a button-down collar.", "unsupported"),
        color_of(
            "jeans",
            "The trousers are with denim fabric and solid color patterns. The gentleman wears a long-sleeve shirt "
            "with pure color patterns. The shirt",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        gender="Men",
        title="Red Tape Men Khaki Solid Casual Shirt",
        category="Shirts",
        color="Khaki",
    ),
    # Photo: white tee with a red batwing logo on the chest, blue jeans, hand in pocket. All texts: epoch-2 caption
    # adapter.
    case(
        "X1555-024",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The pants are with denim fabric and solid color patterns."
        ),
        color_of("t-shirt", "white", kind="open"),
        color_of("jeans", "blue", kind="open"),
        wearing("a white t-shirt and jeans", who="the man"),
        Q.color("white"),
        details("t-shirt", "a red logo on the front"),
        gender="Men",
        title="Levis Men White Brand Logo Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: teal long-sleeve henley with a three-button placket, grey chinos. All texts: epoch-2 caption adapter.
    case(
        "X1555-025",
        caption(
            "This man wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The pants are with cotton fabric and pure color patterns."
        ),
        Q.sleeve_length("short-sleeve", "contradiction"),
        color_of("t-shirt", "blue", kind="open"),
        describe(
            "t-shirt",
            "The T-shirt has long sleeves, cotton fabric and pure color patterns. It has a round neckline. There are "
            "buttons on the T-shirt.",
        ),
        is_a("t-shirt", "yes"),
        gender="Men",
        title="ether Men Teal Blue Solid Henley Neck T-shirt",
        category="Tshirts",
        color="Teal",
    ),
    # Photo: black-and-white buffalo check full-sleeve shirt, black jeans, model holds a skateboard at his side.
    # All texts: epoch-2 caption adapter.
    case(
        "X1555-026",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears long trousers. The trousers are with denim fabric and solid color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "black and white", kind="open"),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        wearing("a black and white checkered shirt and black jeans", who="he"),
        Q.pattern("lattice"),
        describe("jeans", "The jeans are long jeans.", "restated"),
        gender="Men",
        title="Highlander Men Black & White Checked Casual Shirt",
        category="Shirts",
        color="Black",
    ),
    # Photo: olive tee with a small white swoosh on the chest, black jeans. The feed row has no gender. All texts:
    # epoch-2 caption adapter.
    case(
        "X1555-027",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The pants are with denim fabric and solid color patterns.",
            "pronoun",
        ),
        color_of("t-shirt", "green", kind="open"),
        color_of(
            "jeans",
            "The pants are with denim fabric and solid color patterns. The lady wears a short-sleeve T-shirt with pure "
            "color patterns. The",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        Q.material("cotton"),
        details("t-shirt", "the logo on the chest"),
        title="Nike Men Olive Green Solid Round Neck T-shirt",
        category="Tshirts",
        color="Olive",
    ),
    # Photo: off-white full-sleeve shirt with a mandarin collar, light blue jeans, brown leather watch. All texts:
    # epoch-2 caption adapter.
    case(
        "X1555-028",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a standing neckline. The gentleman wears long trousers. The trousers are with denim fabric and solid "
            "color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "white", kind="open"),
        color_of("jeans", "blue", kind="open"),
        describe(
            "shirt",
            "The shirt has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline.",
            "contradiction",
        ),
        wearing("white shirt and blue jeans", who="the man"),
        Q.sleeve_length("long-sleeve"),
        gender="Men",
        title="Mast & Harbour Men Off-White Solid Mandarin Collar Casual Shirt",
        category="Shirts",
        color="Off White",
    ),
    # Photo: maroon long-sleeve jersey T-shirt with a hood (hood down) and drawstrings, blue jeans. All texts:
    # epoch-2 caption adapter.
    case(
        "X1555-029",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric. It has "
            "a round neckline. The pants are with denim fabric and solid color patterns.",
            "contradiction",
        ),
        color_of("t-shirt", "red", kind="open"),
        Q.garment_type("hoodie", "contradiction"),
        details("t-shirt", "The T-shirt has a hood, long sleeves and a drawstring."),
        color_of("jeans", "red", "other_garment_color", kind="open"),
        gender="Men",
        title="Roadster Men Maroon Solid Hooded T-shirt",
        category="Tshirts",
        color="Maroon",
    ),
    # Photo: oversized pale lavender tee with dropped shoulders and a small text print on the chest, beige chinos,
    # white sneakers. All texts: epoch-2 caption adapter.
    case(
        "X1555-030",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The pants are with cotton fabric and solid color patterns."
        ),
        color_of("t-shirt", "white", "contradiction", kind="open"),
        color_of("pants", "beige", kind="open"),
        Q.sleeve_length("short-sleeve"),
        describe(
            "t-shirt",
            "The T-shirt has short sleeves, cotton fabric and graphic patterns, graphic patterns, graphic patterns, "
            "graphic patterns, graphic patterns, graphic",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Difference of Opinion Men Lavender Graphic Printed Oversized T-shirt",
        category="Tshirts",
        color="Lavender",
    ),
    # Photo: navy full-sleeve shirt with a small white polka-dot print, light grey jeans. All texts: epoch-2 caption
    # adapter.
    case(
        "X1555-031",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears long trousers. The trousers are with denim fabric and solid color "
            "patterns. There is",
            "contradiction",
            hit_limit=True,
        ),
        Q.pattern("dotted"),
        color_of("shirt", "blue", kind="open"),
        color_of("jeans", "blue", "other_garment_color", kind="open"),
        wearing(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The",
            "contradiction",
            who="he",
            hit_limit=True,
        ),
        gender="Men",
        title="WROGN Men Navy Blue Slim Fit Printed Casual Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Photo: half-body shot, grey polo, navy chinos visible only at the waist. The feed row has no category.
    # All texts: epoch-2 caption adapter.
    case(
        "X1555-032",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a lapel neckline."
        ),
        color_of("t-shirt", "grey", kind="open"),
        color_of("pants", "grey", "other_garment_color", kind="open"),
        Q.material("cotton"),
        is_a("polo shirt", "yes"),
        gender="Men",
        title="Levis Men Grey Solid Polo Collar Pure Cotton T-shirt",
        color="Grey",
    ),
    # Photo: small blue-and-white gingham full-sleeve shirt tucked into khaki chinos. All texts: epoch-2 caption
    # adapter.
    case(
        "X1555-033",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears long trousers. The trousers are with cotton fabric and solid color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "blue and white", kind="open"),
        color_of("chinos", "khaki", kind="open"),
        details("shirt", "The shirt details are the shirt details.", "restated"),
        Q.pattern("lattice"),
        wearing("The man is wearing a shirt.", who="the man"),
        gender="Men",
        title="Arrow Sport Men Blue Slim Fit Checked Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: flat lay, no person: yellow tee with a cartoon character print on the front. All texts: epoch-2
    # caption adapter.
    case(
        "X1555-034",
        caption(
            "This man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The pants are with denim fabric and solid color patterns.",
            "unsupported",
        ),
        color_of("t-shirt", "yellow", kind="open"),
        Q.pattern("graphic"),
        describe(
            "t-shirt",
            "The T-shirt has short sleeves, cotton fabric and graphic patterns. It has a round neckline.",
        ),
        wearing(
            "This man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. This",
            "cut",
            who="the person",
            hit_limit=True,
        ),
        gender="Men",
        title="Bewakoof Men Yellow Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="Yellow",
    ),
    # Photo: sea-green full-sleeve shirt, sleeves rolled, untucked, dark navy jeans, sunglasses worn. All texts:
    # epoch-2 caption adapter.
    case(
        "X1555-035",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears long trousers. The trousers are with denim fabric and solid color "
            "patterns. This gentleman",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "green", kind="open"),
        color_of("jeans", "The trousers are with denim fabric and solid color patterns.", "non_answer", kind="open"),
        describe(
            "shirt",
            "The shirt has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. This "
            "gentleman wears sunglasses.",
        ),
        Q.color("The shirt is with cotton fabric and pure color patterns.", "non_answer"),
        Q.material("cotton"),
        gender="Men",
        title="Ketch Men Sea Green Solid Cotton Casual Shirt",
        category="Shirts",
        color="Sea Green",
    ),
    # Photo: white polo with an embroidered logo, navy chinos, model holds a tennis racket. All texts: epoch-2
    # caption adapter.
    case(
        "X1555-036",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a lapel neckline. This man wears long pants. The pants are with cotton fabric and pure color patterns.",
            hit_limit=True,
        ),
        color_of("t-shirt", "white", kind="open"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        wearing(
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a lapel neckline. This",
            "cut",
            who="he",
            hit_limit=True,
        ),
        is_a("polo shirt", "yes"),
        gender="Men",
        title="U.S. Polo Assn. Men White Solid Polo Collar T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: black faded denim shirt worn open over a white crew-neck tee, light blue jeans. All texts: epoch-2
    # caption adapter.
    case(
        "X1555-037",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has "
            "a lapel neckline. The gentleman wears long trousers. The trousers are with denim fabric and solid color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "black", kind="open"),
        color_of("jeans", "blue", kind="open"),
        Q.color("white", "other_garment_color"),
        Q.material("denim"),
        details(
            "shirt",
            "The shirt has long sleeves, denim fabric and pure color patterns. It has a lapel neckline. The gentleman "
            "also wears an inner T-shirt.",
        ),
        gender="Men",
        title="Roadster Men Black Faded Denim Casual Shirt",
        category="Shirts",
        color="Black",
    ),
    # Photo: brown corduroy full-sleeve shirt with two flap pockets, black jeans. All texts: epoch-2 caption adapter.
    case(
        "X1555-038",
        caption(
            "The gentleman wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears long trousers. The trousers are with denim fabric and solid color "
            "patterns. There is",
            "contradiction",
            hit_limit=True,
        ),
        Q.pattern("pure color"),
        Q.material("corduroy"),
        color_of("shirt", "brown", kind="open"),
        color_of(
            "jeans",
            "The trousers are with denim fabric and solid color patterns. The gentleman wears a long-sleeve shirt "
            "with striped patterns. The shirt",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        gender="Men",
        title="Snitch Men Brown Corduroy Casual Shirt",
        category="Shirts",
        color="Brown",
    ),
    # Photo: navy tee with white and red colour-block panels across the chest, mid-blue jeans. All texts: epoch-2
    # caption adapter.
    case(
        "X1555-039",
        caption(
            "This man wears a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. This man wears long pants. The pants are with denim fabric and solid color "
            "patterns. This",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "blue, white and red", kind="open"),
        Q.pattern("color block"),
        wearing("a blue and white t-shirt and blue jeans", who="he"),
        details(
            "t-shirt", "The T-shirt has short sleeves, cotton fabric and color block patterns. It has a round neckline."
        ),
        gender="Men",
        title="Jack & Jones Men Navy Blue Colourblocked Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: back view only, grey short-sleeve shirt (back yoke visible), black chinos. All texts: epoch-2 caption
    # adapter.
    case(
        "X1555-040",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The "
            "gentleman wears long trousers. The trousers are with cotton fabric and solid color patterns."
        ),
        color_of("shirt", "grey", kind="open"),
        color_of("pants", "The color of the pants is the color of the pants.", "restated", kind="open"),
        Q.sleeve_length("short-sleeve"),
        describe(
            "shirt",
            "The shirt has short sleeves, cotton fabric and pure color patterns. It has a lapel neckline. There is a "
            "pocket on the chest.",
            "unsupported",
        ),
        wearing("a grey shirt and black pants", who="the man"),
        gender="Men",
        title="The Indian Garage Co Men Grey Regular Fit Solid Casual Shirt",
        category="Shirts",
        color="Grey",
    ),
    # Photo: royal blue tee with a white slogan print, grey jeans. The feed row has no gender. All texts: epoch-2
    # caption adapter.
    case(
        "X1555-041",
        caption(
            "The person wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The pants are with denim fabric and solid color patterns."
        ),
        color_of(
            "t-shirt",
            "Question: What is the color of the t-shirt? Answer: blue Question: What is the color of the t-shirt? "
            "Answer: blue Question",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        color_of("jeans", "grey", kind="open"),
        Q.garment_type("t-shirt"),
        Q.pattern("graphic"),
        title="Huetrap Men Blue Printed Round Neck T-shirt",
        category="Tshirts",
        color="Blue",
    ),
    # Photo: white full-sleeve shirt with thin navy vertical pinstripes, navy chinos. All texts: epoch-2 caption
    # adapter.
    case(
        "X1555-042",
        caption(
            "The gentleman wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears long trousers. The trousers are with cotton fabric and solid color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "white", kind="open"),
        color_of("chinos", "blue", kind="open"),
        Q.color("white"),
        describe(
            "shirt",
            "The shirt has long sleeves, cotton fabric and striped patterns. It has a lapel neckline. The shirt has "
            "long sleeves, cotton fabric and striped",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("striped"),
        gender="Men",
        title="Mufti Men White & Navy Blue Slim Fit Striped Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: pack of two: the model wears the black tee over blue jeans; the white tee of the pack is shown folded
    # in an inset. All texts: epoch-2 caption adapter.
    case(
        "X1555-043",
        caption(
            "His T-shirt has short sleeves, cotton fabric and pure color patterns. It has a round neckline. His pants "
            "are of long length. The pants are with denim fabric and solid color patterns."
        ),
        color_of("t-shirt", "black", kind="open"),
        wearing("a black t-shirt and blue jeans", who="the man"),
        Q.garment_type("t-shirt"),
        is_a("t-shirt", "yes"),
        details("t-shirt", "The T-shirt details are short sleeves and round neckline."),
        gender="Men",
        title="Roadster Men Pack of 2 Solid Round Neck T-shirts",
        category="Tshirts",
        color="Black",
    ),
    # Photo: mustard-and-black check flannel shirt worn open over a black crew-neck tee, dark blue jeans.
    # All texts: epoch-2 caption adapter.
    case(
        "X1555-044",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The lady wears long trousers. The trousers are with denim fabric and solid color patterns. "
            "There is",
            "pronoun",
            hit_limit=True,
        ),
        color_of("shirt", "yellow", kind="open"),
        color_of("jeans", "yellow", "other_garment_color", kind="open"),
        Q.material("cotton"),
        wearing("a yellow plaid shirt, black t-shirt and blue jeans", who="he"),
        details(
            "shirt",
            "The shirt has long sleeves, cotton fabric and lattice patterns. It has a lapel neckline. There is a "
            "T-shirt inside.",
        ),
        gender="Men",
        title="Roadster Men Mustard Yellow & Black Checked Flannel Casual Shirt",
        category="Shirts",
        color="Mustard",
    ),
    # Photo: mottled acid-wash blue jersey tee, black chinos, a denim jacket slung over one shoulder as a prop.
    # All texts: epoch-2 caption adapter.
    case(
        "X1555-045",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with denim fabric. It has "
            "a round neckline. The pants are with cotton fabric and solid color patterns.",
            "contradiction",
        ),
        Q.material("cotton"),
        color_of("t-shirt", "blue", kind="open"),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        is_a("jacket", "yes", "contradiction"),
        gender="Men",
        title="Breakbounce Men Blue Acid Wash Round Neck T-shirt",
        category="Tshirts",
        color="Blue",
    ),
]
