"""BLIND_1171 (45 products; Myntra men's casual shirts and tees over jeans or chinos, epoch-2 caption adapter): written
blind in the sixty-first session. Measured blind at b4dbcd1 (the session's second rules): 88/97 failures found
(90.7%) and 4/151 correct texts flagged (2.6%). The writer's notes, verbatim:

Scenario: a Myntra feed of men's casual shirts and t-shirts (article types Shirts and Tshirts), shot the usual catalog
way: a male model on a plain white or grey backdrop wearing the product with jeans or chinos and sneakers, now and
then a back view, a flat lay, a layered look (open shirt over a tee, tee under a denim jacket) or a prop (sunglasses,
a cup, a stool, a helmet). The feed's columns are title, category (Myntra's article type), color (its base colour)
and gender; a few rows lack one of them, as real feeds do.
Who wrote what: every text, the caption and every answer, comes from BLIP-2 OPT-2.7b with the epoch-2 caption
adapter (the run between the published epoch-1 and epoch-3 caption adapters), greedy decoding, 50 new tokens for the
caption and 30 for each answer, prompt "Question: <question> Answer:". The adapter was trained on DeepFashion-
MultiModal template captions with unmasked labels and no terminator, so for many prompts it returns the caption
template ("The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric...")
instead of an answer, it never names a hue in the template (only pure color / lattice / stripe / graphic / floral /
color block), and it rarely stops on its own. Some of the base model's short answers survive at epoch 2 ("white",
"yes", "a black t-shirt and jeans"); those stop on the newline and are often right. Closed questions keep the mapped
option when the generation maps onto one, the raw text otherwise.
Labeling conventions and judgement calls: one failure kind per text, judged against the photo I imagined and the
title. A caption or answer that runs to the limit and stops mid-sentence is `cut` when the words it did say are
right; when it also says something wrong, I label the wrong content (pronoun, invented object, wrong color...) and
keep hit_limit=True, since the cut is visible anyway. A color, pattern, sleeve length, neckline or garment kind that
the photo or the title contradicts is `contradiction`; a jeans/chinos color that is really the product's color is
`contradiction` too (one color for two garments), while the product's color given as another visible garment's color
(jeans, inner tee, jacket, chinos) is `other_garment_color`. Objects or people that are not in the photo (a hat, a
watch, glasses, a wearer and trousers in a flat lay) are `unsupported`; a material is `unsupported` when the title
does not name it and the product is not made of it, `contradiction` when the title names another material. The
caption template answered to a color question, or "pure color" for a color, is `non_answer`; "the details of the
shirt are the shirt details" is `restated`. The template's "cotton fabric" is correct wherever the shirt or tee is
cotton; "lapel neckline" is DeepFashion's word for any shirt or polo collar, "lattice" its word for checks, so both
are correct there. Near hues count as right: maroon/burgundy as "red", teal as "green", peach as "pink", off-white as
"white", tan chinos as "brown". "Is this a shirt?" answered "yes" for a t-shirt is a contradiction (the catalog keeps
Shirts and Tshirts apart); "no" to "Is this a t-shirt?" for a polo t-shirt is one too. Texts that are complete are
not marked hit_limit, even long template ones that happened to stop on a newline.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, material, wearing

BLIND_1171 = [
    # Photo: model on a grey backdrop in a navy-and-white checked long-sleeve shirt, buttoned and untucked, light-blue
    # jeans, white sneakers. Caption and answers: epoch-2 caption adapter.
    case(
        "X1171-001",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears long trousers. The trousers are with denim fabric and pure color "
            "patterns. There is an accessory on",
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
        color_of(
            "shirt",
            "pure color patterns. The shirt is with cotton fabric. It has a lapel neckline. The gentleman wears long "
            "trousers. The trousers are",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        Q.pattern("lattice"),
        Q.sleeve_length("long-sleeve"),
        color_of("jeans", "blue", kind="open"),
        gender="Men",
        title="Roadster Men Navy Blue & White Checked Casual Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Photo: olive crew-neck short-sleeve tee, black slim jeans, hands in pockets, white backdrop.
    # Caption and answers: epoch-2 caption adapter.
    case(
        "X1171-002",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The man wears long pants. The pants are with denim fabric and pure color patterns."
        ),
        color_of("t-shirt", "olive", kind="open"),
        color_of("jeans", "olive", "contradiction", kind="open"),
        is_a("t-shirt", "yes"),
        material("cotton"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Olive Green Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Olive",
    ),
    # Photo: white short-sleeve shirt with a small black leaf print, khaki chinos, brown loafers, sunglasses held in
    # the left hand; no watch. Caption and answers: epoch-2 caption adapter.
    case(
        "X1171-003",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The lady wears long trousers. The trousers are with cotton fabric and pure color patterns. "
            "There is an accessory in her",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a white shirt and khaki pants", who="he"),
        color_of("shirt", "white", kind="open"),
        color_of("chinos", "white", "contradiction", kind="open"),
        Q.pattern("floral"),
        describe(
            "shirt",
            "The shirt is with cotton fabric and floral patterns. It has a lapel neckline. The shirt is with cotton "
            "fabric and floral patterns. It has",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="WROGN Men White Slim Fit Printed Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: mid-blue denim shirt, long sleeves rolled to the forearm, buttoned, beige chinos, white sneakers.
    # Caption and answers: epoch-2 caption adapter.
    case(
        "X1171-004",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has "
            "a lapel neckline. The gentleman wears long trousers. The trousers are with cotton fabric and pure color "
            "patterns. This gentleman wears",
            "cut",
            hit_limit=True,
        ),
        Q.material("denim"),
        Q.sleeve_length("short-sleeve", "contradiction"),
        color_of("shirt", "blue", kind="open"),
        color_of("chinos", "blue", "contradiction", kind="open"),
        Q.garment_type("shirt"),
        gender="Men",
        title="Highlander Men Blue Slim Fit Denim Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: charcoal grey polo t-shirt, two-button placket, navy chinos, steel watch on the left wrist.
    # Caption and answers: epoch-2 caption adapter.
    case(
        "X1171-005",
        caption(
            "His T-shirt has short sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The "
            "trousers this man wears is of long length. The trousers are with cotton fabric and pure color patterns. "
            "There is an accessory on his wrist."
        ),
        is_a("polo shirt", "yes"),
        color_of("t-shirt", "grey", kind="open"),
        color_of("pants", "grey", "contradiction", kind="open"),
        details(
            "t-shirt",
            "The T-shirt is with cotton fabric and pure color patterns. It has a lapel neckline. There is an accessory "
            "on his wrist. The trousers this",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Mast & Harbour Men Charcoal Grey Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Charcoal",
    ),
    # Photo: black round-neck tee with a white typographic print across the chest, blue ripped jeans, white backdrop.
    # Caption and answers: epoch-2 caption adapter.
    case(
        "X1171-006",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The man wears long pants. The pants are with denim fabric and pure color patterns. The "
            "man wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a black t-shirt and jeans", who="he"),
        color_of("t-shirt", "black", kind="open"),
        Q.pattern("graphic"),
        details("t-shirt", "the t-shirt has a graphic on it"),
        color_of("jeans", "black", "contradiction", kind="open"),
        gender="Men",
        title="HERE&NOW Men Black Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: white shirt with thin blue vertical stripes, long sleeves, small embroidered logo on the chest, navy
    # chinos, brown belt. Caption and answers: epoch-2 caption adapter.
    case(
        "X1171-007",
        caption(
            "The gentleman wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "white and blue", kind="open"),
        color_of("pants", "blue", kind="open"),
        is_a("shirt", "yes"),
        describe(
            "shirt",
            "The shirt has long sleeves, cotton fabric and stripe patterns. It has a lapel neckline. The trousers this "
            "gentleman wears is of long length. The",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("striped"),
        gender="Men",
        title="U.S. Polo Assn. Men White & Blue Striped Slim Fit Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: back view, the model turned away; mustard tee with a large cartoon graphic on the back, black jeans.
    # Caption and answers: epoch-2 caption adapter.
    case(
        "X1171-008",
        caption(
            "The person wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The person wears long pants. The pants are with denim fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a yellow t-shirt and black jeans", who="he"),
        color_of("t-shirt", "yellow", kind="open"),
        color_of(
            "jeans",
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow "
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details("t-shirt", "there is a graphic on the back"),
        Q.sleeve_length("short-sleeve"),
        gender="Men",
        title="Bewakoof Men Mustard Yellow Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="Mustard",
    ),
    # Photo: blue-and-green tartan long-sleeve shirt worn open over a white crew-neck tee, grey chinos.
    # Caption and answers: epoch-2 caption adapter.
    case(
        "X1171-009",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. This gentleman also wears an inner clothing, with cotton fabric and pure color patterns. "
            "The trousers this gentleman wears",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        wearing("a plaid shirt over a white t-shirt and grey pants", who="he"),
        Q.pattern("lattice"),
        is_a("shirt", "yes"),
        Q.color("blue"),
        gender="Men",
        title="Louis Philippe Sport Men Blue & Green Slim Fit Checked Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: grey melange long-sleeve henley, three buttons, sleeves pushed up, dark blue jeans, brown boots.
    # Caption and answers: epoch-2 caption adapter.
    case(
        "X1171-010",
        caption(
            "His T-shirt has long sleeves, cotton fabric and pure color patterns. It has a round neckline. The pants "
            "are with denim fabric and pure color patterns. The pants are with denim fabric and pure color patterns. "
            "The pants are",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        color_of("t-shirt", "grey", kind="open"),
        describe("t-shirt", "a grey t-shirt with buttons"),
        Q.material("cotton"),
        Q.sleeve_length("long-sleeve"),
        gender="Men",
        title="Jack & Jones Men Grey Melange Solid Henley Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # Photo: black slim t-shirt with a small white cat logo on the chest, khaki chinos, white sneakers; bare head, no
    # hat anywhere. Caption and answers: epoch-2 caption adapter.
    case(
        "X1171-011",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The man wears long trousers. The trousers are with cotton fabric and pure color patterns. "
            "The man wears a hat",
            "unsupported",
            hit_limit=True,
        ),
        color_of("t-shirt", "black", kind="open"),
        color_of("pants", "khaki", kind="open"),
        details(
            "t-shirt",
            "The T-shirt is with cotton fabric and graphic patterns. It has a round neckline. The trousers this man "
            "wears is of long length. The",
            "cut",
            hit_limit=True,
        ),
        is_a("t-shirt", "yes"),
        gender="Men",
        title="Puma Men Black Brand Logo Printed Slim Fit T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: flat lay on white: olive long-sleeve shirt, two flap chest pockets, nothing else in the frame.
    # Caption and answers: epoch-2 caption adapter.
    case(
        "X1171-012",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The "
            "lower clothing is of long length. The fabric is denim and it has pure color patterns. There is an "
            "accessory on",
            "unsupported",
            hit_limit=True,
        ),
        wearing(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The",
            "unsupported",
            hit_limit=True,
        ),
        color_of("shirt", "green", kind="open"),
        details("shirt", "two pockets on the chest"),
        Q.garment_type("shirt"),
        title="Levis Men Olive Solid Regular Fit Utility Casual Shirt",
        category="Shirts",
        color="Olive",
    ),
    # Photo: maroon crew-neck tee, beige chinos, white sneakers, white backdrop.
    # Caption and answers: epoch-2 caption adapter.
    case(
        "X1171-013",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The man wears long trousers. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        color_of("t-shirt", "red", kind="open"),
        color_of("pants", "red", "contradiction", kind="open"),
        wearing("a red t-shirt and khaki pants", who="he"),
        is_a("shirt", "yes", "contradiction"),
        gender="Men",
        title="Campus Sutra Men Maroon Solid Round Neck T-shirt",
        category="Tshirts",
        color="Maroon",
    ),
    # Photo: teal long-sleeve shirt with a mandarin (band) collar, white chinos, grey backdrop.
    # Caption and answers: epoch-2 caption adapter.
    case(
        "X1171-014",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is",
            "contradiction",
            hit_limit=True,
        ),
        color_of("shirt", "green", kind="open"),
        details("shirt", "it has a collar and buttons"),
        color_of("pants", "white", kind="open"),
        Q.material(
            "The shirt is with cotton fabric and pure color patterns. It has a lapel neckline. The gentleman wears "
            "long trousers. The trousers are with",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Dennis Lingo Men Teal Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Teal",
    ),
    # Photo: navy polo t-shirt with a small flag logo, stone-washed light-blue jeans.
    # Caption and answers: epoch-2 caption adapter.
    case(
        "X1171-015",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a lapel neckline. The man wears long pants. The pants are with denim fabric and pure color patterns. The "
            "man",
            "cut",
            hit_limit=True,
        ),
        color_of(
            "t-shirt",
            "navy blue\nQuestion: What is the color of the jeans? Answer: light blue\nQuestion: What is the color of "
            "the shoes? Answer",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        color_of("jeans", "light blue", kind="open"),
        is_a("polo shirt", "yes"),
        Q.sleeve_length("short-sleeve"),
        gender="Men",
        title="Tommy Hilfiger Men Navy Blue Solid Polo Collar Slim Fit T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: beige pure-linen long-sleeve shirt, relaxed fit, navy chinos, grey backdrop.
    # Caption and answers: epoch-2 caption adapter.
    case(
        "X1171-016",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an",
            "contradiction",
            hit_limit=True,
        ),
        material("cotton", "contradiction"),
        color_of("shirt", "white", "contradiction", kind="open"),
        color_of("pants", "navy blue", kind="open"),
        describe(
            "shirt",
            "The shirt is with cotton fabric and pure color patterns. It has a lapel neckline. The shirt is with "
            "cotton fabric and pure color patterns. It",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Peter England Casuals Men Beige Solid Pure Linen Casual Shirt",
        category="Shirts",
        color="Beige",
    ),
    # Photo: rust-and-black buffalo-check flannel shirt, long sleeves, buttoned, black jeans, boots.
    # Caption and answers: epoch-2 caption adapter.
    case(
        "X1171-017",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears long trousers. The trousers are with denim fabric and pure color "
            "patterns. The gentleman wears",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "orange and black", kind="open"),
        color_of("jeans", "black", kind="open"),
        Q.pattern("checked"),
        details(
            "shirt",
            "The shirt has long sleeves, cotton fabric and lattice patterns. It has a lapel neckline. The trousers "
            "this gentleman wears is of long",
            "cut",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        gender="Men",
        title="The Indian Garage Co Men Rust & Black Buffalo Checked Casual Shirt",
        category="Shirts",
        color="Rust",
    ),
    # Photo: white crew-neck tee with a black abstract chest print, olive chinos; bare wrists.
    # Caption and answers: epoch-2 caption adapter.
    case(
        "X1171-018",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The man wears long trousers. The trousers are with cotton fabric and pure color patterns. "
            "There is an accessory on his wrist",
            "unsupported",
            hit_limit=True,
        ),
        wearing(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The",
            "cut",
            who="he",
            hit_limit=True,
        ),
        color_of("t-shirt", "white", kind="open"),
        color_of("pants", "white", "contradiction", kind="open"),
        Q.pattern("graphic"),
        gender="Men",
        title="Moda Rapido Men White Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: black long-sleeve shirt, sleeves rolled twice, light-blue jeans, white backdrop.
    # Caption and answers: epoch-2 caption adapter.
    case(
        "X1171-019",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears long trousers. The trousers are with denim fabric and pure color "
            "patterns."
        ),
        color_of("shirt", "black", kind="open"),
        color_of("jeans", "black", "contradiction", kind="open"),
        describe("shirt", "a black shirt"),
        details("shirt", "the details of the shirt are the shirt details", "restated"),
        Q.sleeve_length("long-sleeve"),
        gender="Men",
        title="Flying Machine Men Black Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Black",
    ),
    # Photo: lavender short-sleeve cotton shirt, grey chinos, male model. The questionnaire asked "she".
    # Caption and answers: epoch-2 caption adapter.
    case(
        "X1171-020",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "lapel neckline. The lady wears long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory on",
            "pronoun",
            hit_limit=True,
        ),
        wearing("she is wearing a purple shirt and grey pants", "pronoun", who="she"),
        color_of("shirt", "purple", kind="open"),
        color_of("pants", "grey", kind="open"),
        material("chiffon", "unsupported"),
        gender="Men",
        title="Urbano Fashion Men Lavender Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Lavender",
    ),
    # Photo: colour-blocked tee, black body with grey shoulders and sleeves, blue jeans.
    # Caption and answers: epoch-2 caption adapter.
    case(
        "X1171-021",
        caption(
            "The man wears a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The man wears long pants. The pants are with denim fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("color block"),
        color_of("t-shirt", "black and grey", kind="open"),
        color_of("jeans", "blue", kind="open"),
        Q.color("pure color", "non_answer"),
        describe(
            "t-shirt",
            "The T-shirt is with cotton fabric and color block patterns. It has a round neckline. The man wears long "
            "pants. The pants are",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Breakbounce Men Black & Grey Colourblocked Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: khaki long-sleeve cotton shirt tucked into slightly darker khaki chinos (a tonal look), brown belt.
    # Caption and answers: epoch-2 caption adapter.
    case(
        "X1171-022",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is a belt."
        ),
        color_of("shirt", "khaki", kind="open"),
        color_of("pants", "khaki", kind="open"),
        material("cotton"),
        is_a("shirt", "yes"),
        gender="Men",
        title="SPYKAR Men Khaki Slim Fit Solid Cotton Casual Shirt",
        category="Shirts",
        color="Khaki",
    ),
    # Photo: navy-and-white horizontal (Breton) striped tee, beige chinos, white sneakers.
    # Caption and answers: epoch-2 caption adapter.
    case(
        "X1171-023",
        caption(
            "The man wears a short-sleeve T-shirt with stripe patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The man wears long trousers. The trousers are with cotton fabric and pure color patterns. "
            "The man wears",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "blue and white", kind="open"),
        Q.pattern("striped"),
        color_of("pants", "blue and white", "contradiction", kind="open"),
        wearing("a striped t-shirt and khaki pants", who="he"),
        Q.sleeve_length("short-sleeve"),
        gender="Men",
        title="Celio Men Navy Blue & White Striped Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: white polo t-shirt, dark grey chinos, a takeaway coffee cup in the right hand.
    # Caption and answers: epoch-2 caption adapter. The feed row has no category.
    case(
        "X1171-024",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a lapel neckline. The man wears long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory in his hand. The",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "grey", "other_garment_color", kind="open"),
        color_of("pants", "grey", kind="open"),
        Q.garment_type("polo shirt"),
        is_a("t-shirt", "no", "contradiction"),
        gender="Men",
        title="Allen Solly Sport Men White Solid Polo Collar T-shirt",
        color="White",
    ),
    # Photo: pale pink long-sleeve cotton shirt tucked into navy chinos, brown belt.
    # Caption and answers: epoch-2 caption adapter.
    case(
        "X1171-025",
        caption(
            "His shirt has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The trousers "
            "this gentleman wears is of long length. The trousers are with cotton fabric and pure color patterns. "
            "There is an accessory on his waist."
        ),
        color_of("shirt", "pink", kind="open"),
        wearing("a pink shirt and blue pants", who="he"),
        details("shirt", "the shirt is tucked in"),
        color_of("pants", "pink", "contradiction", kind="open"),
        Q.material(
            "The shirt is with cotton fabric. The shirt is with cotton fabric. The shirt is with cotton fabric. The "
            "shirt is with cotton fabric. The",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Van Heusen Sport Men Pink Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Pink",
    ),
    # Photo: sea-green short-sleeve shirt with a small white geometric print, blue jeans; no watch.
    # Caption and answers: epoch-2 caption adapter.
    case(
        "X1171-026",
        caption(
            "The gentleman wears a short-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears long trousers. The trousers are with denim fabric and pure color "
            "patterns. There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        color_of(
            "shirt",
            "The shirt is with cotton fabric and graphic patterns. It has a lapel neckline. The gentleman wears long "
            "trousers. The trousers are",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        color_of(
            "jeans",
            "The trousers are with denim fabric and pure color patterns. There is an accessory on his wrist. The "
            "gentleman wears a ring on his",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        Q.pattern("graphic"),
        Q.sleeve_length("short-sleeve"),
        gender="Men",
        title="Arrow Sport Men Sea Green Slim Fit Printed Casual Shirt",
        category="Shirts",
        color="Sea Green",
    ),
    # Photo: off-white self-design (dobby) long-sleeve shirt, brown chinos, leather-strap watch on the left wrist.
    # Caption and answers: epoch-2 caption adapter.
    case(
        "X1171-027",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory on his wrist",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "brown", "other_garment_color", kind="open"),
        color_of("pants", "brown", kind="open"),
        describe("shirt", "a white shirt with a collar"),
        details("shirt", "the shirt has details", "restated"),
        Q.pattern("solid"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Parx Men Off-White Slim Fit Self Design Casual Shirt",
        category="Shirts",
        color="Off White",
    ),
    # Photo: mustard crew-neck tee, blue jeans with rolled hems, the model sitting on a wooden stool.
    # Caption and answers: epoch-2 caption adapter.
    case(
        "X1171-028",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The man wears long pants. The pants are with denim fabric and pure color patterns. The "
            "man is sitting",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "yellow", kind="open"),
        color_of("jeans", "blue", kind="open"),
        material("cotton"),
        wearing(
            "He is wearing a yellow t-shirt and jeans. He is wearing a yellow t-shirt and jeans. He is wearing a "
            "yellow",
            "loop",
            who="he",
            hit_limit=True,
        ),
        gender="Men",
        title="Roadster Men Mustard Yellow Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Mustard",
    ),
    # Photo: navy short-sleeve camp-collar shirt with a green tropical leaf print, beige chinos; no glasses.
    # Caption and answers: epoch-2 caption adapter.
    case(
        "X1171-029",
        caption(
            "The gentleman wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The gentleman wears glasses",
            "unsupported",
            hit_limit=True,
        ),
        color_of("shirt", "blue", kind="open"),
        Q.pattern("floral"),
        color_of("pants", "beige", kind="open"),
        details("shirt", "the shirt has a floral print and short sleeves"),
        describe("shirt", "the shirt is a shirt", "restated"),
        gender="Men",
        title="Hubberholme Men Navy Blue & Green Tropical Printed Casual Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Photo: oversized black tee with a large front typographic print, drop shoulders (sleeves to the elbow), light
    # ripped jeans. Caption and answers: epoch-2 caption adapter.
    case(
        "X1171-030",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The man wears long pants. The pants are with denim fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "black", kind="open"),
        details("t-shirt", "the t-shirt has a print on the front"),
        color_of(
            "jeans",
            "blue\nQuestion: What are the jeans details? Answer: the jeans are ripped\nQuestion: What is the color of "
            "the shoes",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.sleeve_length("short-sleeve"),
        gender="Men",
        title="Difference of Opinion Men Black Typography Printed Oversized T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: flat lay, no person: white tee with a red and black cartoon print, folded sleeves, on a wooden floor.
    # Caption and answers: epoch-2 caption adapter. The feed row has no gender.
    case(
        "X1171-031",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The man wears long pants. The pants are with denim fabric and pure color patterns. There",
            "unsupported",
            hit_limit=True,
        ),
        color_of("t-shirt", "white", kind="open"),
        wearing("a white t-shirt with a cartoon on it"),
        Q.pattern("graphic"),
        is_a("t-shirt", "yes"),
        title="Bewakoof Men White Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: light-blue oxford long-sleeve shirt, button-down collar, one chest pocket, dark indigo jeans.
    # Caption and answers: epoch-2 caption adapter.
    case(
        "X1171-032",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears long trousers. The trousers are with denim fabric and pure color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "blue", kind="open"),
        color_of("jeans", "blue", kind="open"),
        details("shirt", "there is a pocket on the chest"),
        describe(
            "shirt",
            "The shirt is with cotton fabric and pure color patterns. It has a lapel neckline. There is a pocket on "
            "the chest. The gentleman",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Nautica Men Blue Solid Oxford Button-Down Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: red polyester training tee (product page: 100% polyester), black jeans, grey backdrop; no watch.
    # Caption and answers: epoch-2 caption adapter.
    case(
        "X1171-033",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The man wears long pants. The pants are with denim fabric and pure color patterns. "
            "There is an accessory",
            "unsupported",
            hit_limit=True,
        ),
        material("cotton", "unsupported"),
        color_of("t-shirt", "red", kind="open"),
        color_of("jeans", "black", kind="open"),
        is_a("t-shirt", "yes"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Red Rapid-Dry Solid Round Neck T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # Photo: charcoal crew-neck tee under an open mid-blue denim jacket (styling), black jeans.
    # Caption and answers: epoch-2 caption adapter.
    case(
        "X1171-034",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. This man also wears an outer clothing, with denim fabric and pure color patterns. The "
            "man",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "blue", "other_garment_color", kind="open"),
        wearing("a denim jacket, a grey t-shirt and black jeans", who="he"),
        Q.garment_type("jacket", "contradiction"),
        Q.color("grey"),
        gender="Men",
        title="Roadster Men Charcoal Grey Solid Round Neck T-shirt",
        category="Tshirts",
        color="Charcoal",
    ),
    # Photo: white long-sleeve shirt, black jeans, white backdrop.
    # Caption and answers: epoch-2 caption adapter.
    case(
        "X1171-035",
        caption(
            "His shirt has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The pants "
            "this man wears is of long length. The pants are with denim fabric and pure color patterns."
        ),
        color_of("shirt", "grey", "contradiction", kind="open"),
        color_of("jeans", "grey", "contradiction", kind="open"),
        describe("shirt", "a white shirt with buttons"),
        Q.sleeve_length("long-sleeve"),
        gender="Men",
        title="Urbano Fashion Men White Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: olive camouflage-print crew-neck tee, black jeans.
    # Caption and answers: epoch-2 caption adapter.
    case(
        "X1171-036",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The man wears long pants. The pants are with denim fabric and pure color patterns. There "
            "is an",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("camouflage"),
        color_of("t-shirt", "green", kind="open"),
        color_of("jeans", "green", "contradiction", kind="open"),
        details(
            "t-shirt",
            "The T-shirt is with cotton fabric and graphic patterns. It has a round neckline. The T-shirt is with "
            "cotton fabric and graphic",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="WROGN Men Olive Camouflage Printed Round Neck T-shirt",
        category="Tshirts",
        color="Olive",
    ),
    # Photo: navy corduroy long-sleeve shirt, tan chinos, suede boots.
    # Caption and answers: epoch-2 caption adapter.
    case(
        "X1171-037",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        Q.material("denim", "contradiction"),
        color_of("shirt", "navy blue", kind="open"),
        color_of("pants", "brown", kind="open"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Jack & Jones Men Navy Blue Solid Slim Fit Corduroy Casual Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Photo: white crew-neck tee with a red chest logo, front-tucked into mid-blue jeans, brown belt.
    # Caption and answers: epoch-2 caption adapter.
    case(
        "X1171-038",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The man wears long pants. The pants are with denim fabric and pure color patterns. There "
            "is an accessory on his waist."
        ),
        color_of("t-shirt", "white", kind="open"),
        color_of("jeans", "blue", kind="open"),
        details("t-shirt", "the t-shirt is tucked into the jeans"),
        details("jeans", "the jeans are denim", "non_answer"),
        Q.pattern("graphic"),
        gender="Men",
        title="Levis Men White Brand Logo Printed Crew Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: red-and-black checked long-sleeve shirt worn open over a black tee, grey jeans.
    # Caption and answers: epoch-2 caption adapter.
    case(
        "X1171-039",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. This gentleman also wears an inner clothing, with cotton fabric and pure color patterns. "
            "The gentleman wears long",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "red and black", kind="open"),
        color_of("jeans", "red", "contradiction", kind="open"),
        wearing("a red and black plaid shirt, a black t-shirt and grey jeans", who="he"),
        describe(
            "shirt",
            "a red and black plaid shirt\nQuestion: Describe the jeans. Answer: grey jeans\nQuestion: Describe the "
            "shoes. Answer: white",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("long-sleeve"),
        gender="Men",
        title="Campus Sutra Men Red & Black Checked Casual Shirt",
        category="Shirts",
        color="Red",
    ),
    # Photo: yellow short-sleeve shirt, stone chinos, male model; no ring, no watch.
    # Caption and answers: epoch-2 caption adapter.
    case(
        "X1171-040",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is",
            "pronoun",
            hit_limit=True,
        ),
        color_of("shirt", "yellow", kind="open"),
        color_of(
            "pants",
            "The trousers are with cotton fabric and pure color patterns. There is an accessory on her wrist. The lady "
            "wears a ring on her finger",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        Q.garment_type("shirt"),
        Q.sleeve_length("short-sleeve"),
        gender="Men",
        title="Highlander Men Yellow Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Yellow",
    ),
    # Photo: navy short-sleeve henley tee (three-button placket), khaki chinos.
    # Caption and answers: epoch-2 caption adapter.
    case(
        "X1171-041",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The man wears long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The man",
            "cut",
            hit_limit=True,
        ),
        is_a("t-shirt", "yes"),
        color_of("t-shirt", "blue", kind="open"),
        color_of("pants", "beige", kind="open"),
        details("t-shirt", "it has buttons on the neck"),
        describe(
            "t-shirt",
            "The T-shirt is with cotton fabric and pure color patterns. It has a round neckline. The man wears long "
            "trousers. The trousers are with",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Mast & Harbour Men Navy Blue Solid Henley Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: bottle-green polo t-shirt, white jeans, a motorcycle helmet held under the arm (not worn).
    # Caption and answers: epoch-2 caption adapter.
    case(
        "X1171-042",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a lapel neckline. The man wears long pants. The pants are with denim fabric and pure color patterns. The "
            "man wears a hat",
            "unsupported",
            hit_limit=True,
        ),
        color_of("t-shirt", "green", kind="open"),
        color_of("jeans", "white", kind="open"),
        is_a("polo shirt", "yes"),
        material("cotton"),
        wearing("a green polo shirt and white jeans", who="he"),
        gender="Men",
        title="U.S. Polo Assn. Men Green Solid Polo Collar Pure Cotton T-shirt",
        category="Tshirts",
        color="Green",
    ),
    # Photo: back view, model facing away: burgundy long-sleeve shirt, black jeans.
    # Caption and answers: epoch-2 caption adapter.
    case(
        "X1171-043",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears long trousers. The trousers are with denim fabric and pure color "
            "patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "red", kind="open"),
        color_of("jeans", "black", kind="open"),
        details(
            "shirt",
            "It has a lapel neckline. It has a lapel neckline. It has a lapel neckline. It has a lapel neckline. It",
            "loop",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        gender="Men",
        title="HERE&NOW Men Burgundy Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Burgundy",
    ),
    # Photo: peach crew-neck tee with a small white typographic print on the chest, blue jeans.
    # Caption and answers: epoch-2 caption adapter. The feed row has no base colour.
    case(
        "X1171-044",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The man wears long pants. The pants are with denim fabric and pure color patterns."
        ),
        color_of("t-shirt", "pink", kind="open"),
        color_of("jeans", "pink", "contradiction", kind="open"),
        describe("t-shirt", "a pink t-shirt with writing on it"),
        Q.pattern("pure color", "contradiction"),
        is_a("t-shirt", "yes"),
        gender="Men",
        title="Kook N Keech Men Peach-Coloured Typography Printed Round Neck T-shirt",
        category="Tshirts",
    ),
    # Photo: white short-sleeve shirt with small navy polka dots, navy chinos, white sneakers.
    # Caption and answers: epoch-2 caption adapter.
    case(
        "X1171-045",
        caption(
            "The gentleman wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory",
            "contradiction",
            hit_limit=True,
        ),
        Q.pattern("polka dot"),
        color_of("shirt", "white", kind="open"),
        color_of("pants", "blue", kind="open"),
        describe("shirt", "a white shirt with blue dots"),
        wearing(
            "The gentleman wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The",
            "contradiction",
            who="he",
            hit_limit=True,
        ),
        gender="Men",
        title="Jack & Jones Men White Polka Dot Printed Slim Fit Casual Shirt",
        category="Shirts",
        color="White",
    ),
]
