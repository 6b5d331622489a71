"""BLIND_1174 (45 products; Myntra men's winterwear, epoch-1 caption adapter + extractive QA): written blind in the
sixty-first session. Measured blind at b4dbcd1 (the session's second rules): 78/90 failures found (86.7%) and 4/149
correct texts flagged (2.7%). The writer's notes, verbatim:

Scenario: a Myntra men's winterwear feed (article types Jackets, Sweatshirts, Sweaters, Blazers, Nehru Jackets), base
colours as Myntra spells them, gender "Men"; a few rows lack the colour, category or gender column. Photos are the
usual catalog shots: a male model on a plain grey or white backdrop wearing the product over a tee, shirt or kurta
with trousers, jeans or joggers; two flat lays, two back views, a coffee cup, sunglasses and a backpack as props.
Who wrote what: every caption is BLIP-2 OPT-2.7b with the epoch-1 caption adapter
(Data2_V2_BLIP2_Finetune_Caption_First_Epoch), greedy, 50 new tokens. The adapter has learned the DeepFashion
template ("This man wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric...") but
after one epoch a base-model opening with a hue ("a man wearing a grey sweater and beige pants.") still comes out
now and then; it almost never stops by itself, so most captions run to the limit and end mid-sentence or loop. The
answers are mdeberta-v3-base-squad2 spans over that caption (so they can only repeat the caption's words, and an
empty string is its no-answer); the closed questions (type, colour, pattern, sleeve length) are mapped onto
candidates where the span maps ("long-sleeve" -> "long", "lattice" -> "checked", "pure color" pattern -> "solid") and
kept raw where it does not ("pure color" as a colour, "upper clothing" as a type). The material question is open and
is the span as extracted.
Labeling conventions and judgement calls: a caption that ran to the limit carries hit_limit=True; when it is also
wrong in content (wrong pronoun, a sleeveless garment called long-sleeve, an invented hat) I labeled the content error
rather than "cut"; a caption that ends on a full sentence because the model emitted a newline is not hit_limit. A
colour answer of "pure color", "striped" or "" is a non_answer (the template has no hues). A colour or pattern span
taken from the other garment in the caption (the tee, the chinos) is other_garment_color for colours and
contradiction for patterns and sleeves. "cotton" for a shiny nylon puffer, a polyester track jacket or suiting-fabric
blazer is unsupported (neither photo nor title says so); "cotton" where the title names wool blend, velvet or fleece is
a contradiction. "knitting" for a sweater is accepted as the knit; "leather" for a PU biker jacket is accepted (the
title does not say PU and it looks like leather). A Nehru jacket answered "vest" is accepted (it is a waistcoat); one
answered "shirt" or "long" sleeves from the kurta under it is a contradiction. An accessory (sunglasses, backpack)
returned as the garment's details is a contradiction. "Her sweater" as what the man wears is a pronoun error. On a
flat lay I did not ask what the person wears.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, wearing

# Each case: caption = epoch-1 caption adapter (50 tokens); answers = extractive QA over the caption.

BLIND_1174 = [
    # Photo: model front, navy blue pullover hoodie with kangaroo pocket, black joggers, white sneakers, grey backdrop.
    case(
        "X1174-001",
        caption(
            "This man wears a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton fabric. "
            "It has a hooded neckline. The pants this man wears is of long length. The pants are with cotton fabric "
            "and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("sweatshirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.material("cotton"),
        gender="Men",
        title="Roadster Men Navy Blue Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
    ),
    # Photo: grey melange cable-knit crew-neck pullover, white shirt collar showing, beige chinos. The caption opened
    # the base-model way and then stopped on a newline.
    case(
        "X1174-002",
        caption(
            "a man wearing a grey sweater and beige pants. The sweater has long sleeves, knitting fabric and pure "
            "color patterns. The neckline of the sweater is round."
        ),
        wearing("a grey sweater and beige pants", who="the man"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.material("knitting"),
        gender="Men",
        title="Monte Carlo Men Grey Melange Self Design Pullover Sweater",
        category="Sweaters",
        color="Grey Melange",
    ),
    # Photo: charcoal formal blazer with a faint sheen (poly-viscose suiting), white shirt, navy tie, grey trousers.
    case(
        "X1174-003",
        caption(
            "The gentleman is wearing a long-sleeve blazer with pure color patterns. The blazer is with cotton "
            "fabric. It has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton "
            "fabric and pure color patterns. There is a",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("blazer"),
        Q.color("", "non_answer"),
        D.description("long-sleeve blazer with pure color patterns"),
        D.details("a lapel neckline"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Louis Philippe Men Charcoal Grey Self-Design Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Charcoal",
    ),
    # Photo: maroon jacquard Nehru jacket (sleeveless, mandarin collar) over a cream long-sleeve kurta and churidar.
    # The caption describes the kurta as a shirt first; the span answers pick the kurta.
    case(
        "X1174-004",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "stand-up neckline. The outer clothing is a vest with cotton fabric and graphic patterns. The pants this "
            "man",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("shirt", "contradiction"),
        Q.sleeve_length("long", "contradiction"),
        D.details("a stand-up neckline"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Manyavar Men Maroon Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Maroon",
    ),
    # Photo: olive quilted puffer with hood, shiny nylon shell, zipped, black jeans.
    case(
        "X1174-005",
        caption(
            "The outer clothing is a jacket with long sleeves. The jacket is with cotton fabric and pure color "
            "patterns. The jacket is with cotton fabric and pure color patterns. The jacket is with cotton fabric and "
            "pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.color("pure color", "non_answer"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Fort Collins Men Olive Green Solid Padded Jacket",
        category="Jackets",
        color="Olive",
    ),
    # Photo: black crew-neck sweatshirt with a large white chest graphic, grey joggers. Caption ended on a newline.
    case(
        "X1174-006",
        caption(
            "This man wears a long-sleeve sweatshirt with graphic patterns. The sweatshirt is with cotton fabric. It "
            "has a round neckline. The pants this man wears is of long length."
        ),
        wearing("a long-sleeve sweatshirt with graphic patterns", who="the man"),
        Q.garment_type("sweatshirt"),
        Q.color("", "non_answer"),
        Q.pattern("graphic"),
        Q.material("cotton"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Printed Sweatshirt",
        category="Sweatshirts",
        color="Black",
    ),
    # Photo: navy pullover with thin white horizontal stripes, crew neck, khaki chinos.
    case(
        "X1174-007",
        caption(
            "The man wears a long-sleeve sweater with striped patterns. The sweater is with knitting fabric. It has "
            "a crew neckline. The pants this man wears is of long length. The pants are with cotton fabric and pure "
            "color patterns. There",
            "cut",
            hit_limit=True,
        ),
        Q.color("striped", "non_answer"),
        Q.pattern("striped"),
        Q.sleeve_length("long"),
        Q.material("knitting"),
        gender="Men",
        title="Marks & Spencer Men Navy Blue Striped Pullover",
        category="Sweaters",
        color="Navy Blue",
    ),
    # Photo: male model, mustard hoodie, mid-blue jeans, white sneakers. The caption calls him a lady.
    case(
        "X1174-008",
        caption(
            "The lady wears a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton fabric. "
            "It has a hooded neckline. The lady wears a long pants. The pants are with denim fabric and pure color "
            "patterns. There is",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweatshirt", who="the man"),
        Q.garment_type("sweatshirt"),
        Q.color("pure color", "non_answer"),
        Q.material("cotton"),
        gender="Men",
        title="Campus Sutra Men Mustard Yellow Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
    ),
    # Photo: mid-blue washed denim trucker jacket open over a white tee, black jeans. The colour span is the tee's.
    case(
        "X1174-009",
        caption(
            "a man wearing a denim jacket and a white t-shirt. The jacket has long sleeves, denim fabric and pure "
            "color patterns. It has a lapel neckline. The t-shirt is with cotton fabric and pure color patterns. The "
            "pants",
            "cut",
            hit_limit=True,
        ),
        wearing("a denim jacket and a white t-shirt", who="the man"),
        Q.garment_type("jacket"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.material("denim"),
        gender="Men",
        title="Levis Men Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
    ),
    # Photo: navy casual blazer with faint grey windowpane checks, light blue shirt, no tie, beige chinos, hand in
    # pocket. Matte cotton-look weave.
    case(
        "X1174-010",
        caption(
            "The gentleman is wearing a long-sleeve blazer with lattice patterns. The blazer is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns. There is a ring",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("blazer"),
        Q.color("", "non_answer"),
        Q.pattern("checked"),
        Q.sleeve_length("long"),
        Q.material("cotton"),
        gender="Men",
        title="Blackberrys Men Navy Blue Checked Slim Fit Single-Breasted Casual Blazer",
        category="Blazers",
        color="Navy Blue",
    ),
    # Photo: black faux-leather biker jacket with asymmetric zip, grey tee, black jeans.
    case(
        "X1174-011",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. It has "
            "a lapel neckline. The pants this man wears is of long length. The pants are with denim fabric and pure "
            "color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket", who="the man"),
        Q.garment_type("jacket"),
        D.details("a lapel neckline"),
        Q.material("leather"),
        gender="Men",
        title="Roadster Men Black Solid Lightweight Biker Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: teal V-neck sweater over a white checked shirt, navy trousers.
    case(
        "X1174-012",
        caption(
            "This man wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a V-shape neckline. The pants this man wears is of long length. The pants are with cotton fabric "
            "and pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("sweater"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        D.details("a V-shape neckline"),
        Q.material("knitting"),
        gender="Men",
        title="Allen Solly Men Teal Blue Solid V-Neck Sweater",
        category="Sweaters",
        color="Teal",
    ),
    # Photo: red puffer with navy shoulder panels, stand collar, shiny shell, blue jeans.
    case(
        "X1174-013",
        caption(
            "a man in a red and navy blue jacket. The jacket has long sleeves, cotton fabric and color block "
            "patterns. It has a stand-up neckline. The pants are of long length. The pants are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        Q.color("red and navy blue"),
        Q.pattern("color block"),
        Q.sleeve_length("long"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="U.S. Polo Assn. Men Red Colourblocked Padded Jacket",
        category="Jackets",
        color="Red",
    ),
    # Photo: flat lay on white, grey melange crew-neck sweatshirt, nothing else in the frame. The caption invents the
    # lower clothing and stopped on a newline.
    case(
        "X1174-014",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a round neckline. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns.",
            "unsupported",
        ),
        Q.garment_type("upper clothing", "non_answer"),
        D.description("The upper clothing", "restated"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.material("cotton"),
        gender="Men",
        title="Flying Machine Men Grey Melange Solid Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # Photo: beige wool-blend blazer over a black turtleneck, black trousers.
    case(
        "X1174-015",
        caption(
            "The gentleman is wearing a long-sleeve blazer with pure color patterns. The blazer is with cotton "
            "fabric. It has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton "
            "fabric and pure color patterns. There is a",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("blazer"),
        Q.color("pure color", "non_answer"),
        D.description("long-sleeve blazer with pure color patterns"),
        Q.material("cotton", "contradiction"),
        gender="Men",
        title="Peter England Men Beige Wool Blend Solid Slim-Fit Blazer",
        category="Blazers",
        color="Beige",
    ),
    # Photo: khaki cotton-twill bomber, ribbed collar and cuffs, white tee, aviator sunglasses on the model.
    case(
        "X1174-016",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "stand-up neckline. This man wears a pair of sunglasses. The pants this man wears is of long length. The "
            "pants are with",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket", who="the man"),
        Q.garment_type("jacket"),
        D.details("a pair of sunglasses", "contradiction"),
        Q.material("cotton"),
        gender="Men",
        title="Mufti Men Khaki Solid Bomber Jacket",
        category="Jackets",
        color="Khaki",
    ),
    # Photo: charcoal sleeveless V-neck sweater vest over a long-sleeve white shirt, navy trousers. The caption and
    # the sleeve span take the shirt's sleeves.
    case(
        "X1174-017",
        caption(
            "This man wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a V-shape neckline. The pants this man wears is of long length. The pants are with cotton fabric "
            "and pure color patterns. There is",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("sweater"),
        Q.sleeve_length("long", "contradiction"),
        D.details("a V-shape neckline"),
        Q.material("knitting"),
        gender="Men",
        title="Roadster Men Charcoal Grey Solid Sleeveless Sweater Vest",
        category="Sweaters",
        color="Charcoal",
    ),
    # Photo: black Nehru jacket in a shiny suiting fabric over a light blue shirt, pocket square, black trousers.
    case(
        "X1174-018",
        caption(
            "This man wears a sleeveless vest with pure color patterns. The vest is with cotton fabric. It has a "
            "stand-up neckline. The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton "
            "fabric. The",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("vest"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Louis Philippe Men Black Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Black",
    ),
    # Photo: back view, maroon hoodie with the hood down, blue jeans; no print on the back.
    case(
        "X1174-019",
        caption(
            "The man wears a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton fabric. "
            "The pants this man wears is of long length. The pants are with denim fabric and pure color patterns. "
            "The man wears a long-sleeve sweatshirt with",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("sweatshirt"),
        Q.color("", "non_answer"),
        Q.pattern("solid"),
        Q.material("cotton"),
        gender="Men",
        title="HIGHLANDER Men Maroon Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
    ),
    # Photo: navy button-front cardigan worn open over a grey crew-neck tee, dark jeans.
    case(
        "X1174-020",
        caption(
            "The man wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitting fabric. It "
            "has a V-shape neckline. The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is "
            "with cotton",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve cardigan", who="the man"),
        Q.garment_type("cardigan"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("long"),
        Q.material("knitting"),
        gender="Men",
        title="Van Heusen Men Navy Blue Self Design Cardigan",
        category="Sweaters",
        color="Navy Blue",
    ),
    # Photo: olive cotton-twill parka with a faux-fur trimmed hood, holding a takeaway coffee cup, black chinos.
    case(
        "X1174-021",
        caption(
            "The man is wearing a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a hooded neckline. There is an accessory in his hand. The pants this man wears is of long length. "
            "The pants are",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.pattern("solid"),
        D.details("a hooded neckline"),
        Q.material("cotton"),
        gender="Men",
        title="WROGN Men Olive Green Solid Parka Jacket",
        category="Jackets",
        color="Olive",
    ),
    # Photo: grey prince-of-wales check blazer in a wool-look suiting, white shirt, grey trousers; male model.
    case(
        "X1174-022",
        caption(
            "The lady is wearing a long-sleeve blazer with lattice patterns. The blazer is with cotton fabric. It has "
            "a lapel neckline. Her pants are of long length. The pants are with cotton fabric and pure color "
            "patterns. There",
            "pronoun",
            hit_limit=True,
        ),
        Q.garment_type("blazer"),
        Q.pattern("checked"),
        Q.sleeve_length("long"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Arrow Men Grey Checked Single-Breasted Blazer",
        category="Blazers",
        color="Grey",
    ),
    # Photo: cream cable-knit crew-neck pullover, light jeans, a watch on the wrist.
    case(
        "X1174-023",
        caption(
            "This man wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a crew neckline. There is an accessory on his wrist. The pants this man wears is of long length. "
            "The pants are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns", who="the man"),
        Q.color("", "non_answer"),
        Q.pattern("solid"),
        D.details("a crew neckline"),
        Q.material("knitting"),
        gender="Men",
        title="Tommy Hilfiger Men Cream-Coloured Cable Knit Pullover",
        category="Sweaters",
        color="Cream",
    ),
    # Photo: black quilted jacket in a shiny nylon shell, zipped to a stand collar, dark jeans. No colour column.
    case(
        "X1174-024",
        caption(
            "a man wearing a black jacket with a zipper. The jacket has long sleeves, cotton fabric and pure color "
            "patterns. It has a stand-up neckline. The pants are of long length. The pants are with denim fabric and "
            "pure",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.color("black"),
        D.details("a zipper"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Jack & Jones Men Black Solid Quilted Jacket",
        category="Jackets",
    ),
    # Photo: front shot, lavender oversized sweatshirt with a small printed slogan on the chest (big print on the
    # back, not in this shot), white joggers.
    case(
        "X1174-025",
        caption(
            "This man wears a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton fabric. "
            "It has a round neckline. The pants this man wears is of long length. The pants are with cotton fabric "
            "and pure color patterns. There",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("sweatshirt"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("long"),
        Q.material("cotton"),
        gender="Men",
        title="Bewakoof Men Lavender Printed Oversized Sweatshirt",
        category="Sweatshirts",
        color="Lavender",
    ),
    # Photo: royal blue self-design Nehru jacket over a white kurta and white pyjama.
    case(
        "X1174-026",
        caption(
            "The man wears a sleeveless vest with pure color patterns. The vest is with cotton fabric. It has a "
            "stand-up neckline. The vest is with cotton fabric. It has a stand-up neckline. The vest is with cotton "
            "fabric. It has",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("vest"),
        Q.sleeve_length("sleeveless"),
        D.details("a stand-up neckline"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Raymond Men Blue Self-Design Nehru Jacket",
        category="Nehru Jackets",
        color="Blue",
    ),
    # Photo: rust corduroy trucker jacket (visible wales), white tee, blue jeans. The wales read as stripes.
    case(
        "X1174-027",
        caption(
            "The man wears a long-sleeve jacket with striped patterns. The jacket is with cotton fabric. It has a "
            "lapel neckline. The pants this man wears is of long length. The pants are with denim fabric and pure "
            "color patterns. There",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.pattern("striped", "contradiction"),
        Q.sleeve_length("long"),
        Q.material("cotton"),
        gender="Men",
        title="Roadster Men Rust Solid Corduroy Trucker Jacket",
        category="Jackets",
        color="Rust",
    ),
    # Photo: navy half-zip sweatshirt with a stand collar, grey chinos. Caption ended on a newline.
    case(
        "X1174-028",
        caption(
            "This man wears a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton fabric. "
            "It has a stand-up neckline."
        ),
        wearing("a long-sleeve sweatshirt with pure color patterns", who="the man"),
        Q.color("", "non_answer"),
        Q.sleeve_length("long"),
        D.details("a stand-up neckline"),
        Q.material("cotton"),
        gender="Men",
        title="Harvard Men Navy Blue Solid Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
    ),
    # Photo: male model in a maroon round-neck sweater, black trousers. Caption and the wearing span say "her".
    case(
        "X1174-029",
        caption(
            "Her sweater has long sleeves, knitting fabric and pure color patterns. The neckline of the sweater is "
            "round. The pants the lady wears is of long length. The pants are with cotton fabric and pure color "
            "patterns. There is an accessory",
            "pronoun",
            hit_limit=True,
        ),
        wearing("Her sweater", "pronoun", who="the man"),
        Q.garment_type("sweater"),
        Q.pattern("solid"),
        D.details("The neckline of the sweater", "restated"),
        Q.material("knitting"),
        gender="Men",
        title="Duke Men Maroon Solid Round Neck Sweater",
        category="Sweaters",
        color="Maroon",
    ),
    # Photo: olive cotton field jacket with four flap pockets over a grey henley, khaki chinos, bare head. The caption
    # invents a hat. No gender column.
    case(
        "X1174-030",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "lapel neckline. This man wears a hat. The pants this man wears is of long length. The pants are with "
            "cotton fabric and",
            "unsupported",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.pattern("solid"),
        D.details("a lapel neckline"),
        Q.material("cotton"),
        title="Indian Terrain Men Olive Solid Field Jacket",
        category="Jackets",
        color="Olive",
    ),
    # Photo: back view, black hoodie with a large white graphic across the back, plain black joggers.
    case(
        "X1174-031",
        caption(
            "The man wears a long-sleeve sweatshirt with graphic patterns. The sweatshirt is with cotton fabric. The "
            "pants this man wears is of long length. The pants are with cotton fabric and pure color patterns. There "
            "is a",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("sweatshirt"),
        Q.color("", "non_answer"),
        Q.pattern("graphic"),
        Q.material("cotton"),
        gender="Men",
        title="Kook N Keech Men Black Graphic Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
    ),
    # Photo: royal blue formal blazer in a smooth suiting fabric, white shirt, navy trousers.
    case(
        "X1174-032",
        caption(
            "a man wearing a blue blazer and white shirt. The blazer has long sleeves, cotton fabric and pure color "
            "patterns. It has a lapel neckline. The trousers are of long length. The trousers are with cotton",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue blazer and white shirt", who="the man"),
        Q.garment_type("blazer"),
        Q.color("blue"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Park Avenue Men Blue Solid Single-Breasted Formal Blazer",
        category="Blazers",
        color="Blue",
    ),
    # Photo: off-white crew-neck sweatshirt under cool studio light, light blue jeans, white sneakers. The caption
    # reads it as grey.
    case(
        "X1174-033",
        caption(
            "a man wearing a grey sweatshirt and blue jeans. The sweatshirt has long sleeves, cotton fabric and pure "
            "color patterns. It has a round neckline. The jeans are of long length. The jeans are with denim fabric "
            "and",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a grey sweatshirt and blue jeans", "contradiction", who="the man"),
        Q.garment_type("sweatshirt"),
        Q.color("grey", "contradiction"),
        Q.material("cotton"),
        gender="Men",
        title="Pepe Jeans Men Off White Solid Sweatshirt",
        category="Sweatshirts",
        color="Off White",
    ),
    # Photo: tan leather jacket with lapel collar, black tee, dark jeans.
    case(
        "X1174-034",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. It has a "
            "lapel neckline. The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with "
            "cotton fabric. It",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket", who="the man"),
        Q.garment_type("jacket"),
        Q.sleeve_length("long"),
        Q.material("leather"),
        gender="Men",
        title="Woodland Men Tan Brown Solid Leather Jacket",
        category="Jackets",
        color="Tan",
    ),
    # Photo: black turtleneck sweater, grey checked trousers. The pattern span is the trousers'.
    case(
        "X1174-035",
        caption(
            "This man wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a high neckline. The pants this man wears is of long length. The pants are with cotton fabric and "
            "lattice patterns. There",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("sweater"),
        Q.pattern("checked", "contradiction"),
        D.details("a high neckline"),
        Q.material("knitting"),
        gender="Men",
        title="Mast & Harbour Men Black Solid Turtle Neck Sweater",
        category="Sweaters",
        color="Black",
    ),
    # Photo: mid-blue denim jacket with a cream sherpa collar, black tee, black jeans. No colour column.
    case(
        "X1174-036",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with denim fabric. It has a "
            "lapel neckline. The jacket is with furry fabric. The pants this man wears is of long length. The pants "
            "are with",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.pattern("solid"),
        D.details("furry fabric"),
        Q.material("denim"),
        gender="Men",
        title="Roadster Men Blue Washed Denim Jacket with Sherpa Collar",
        category="Jackets",
    ),
    # Photo: grey melange zip-front hoodie worn open over a white tee, black joggers. The caption leads with the tee.
    case(
        "X1174-037",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The outer clothing is a sweatshirt with long sleeves and cotton fabric. The pants",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("T-shirt", "contradiction"),
        Q.sleeve_length("short", "contradiction"),
        D.description("a sweatshirt with long sleeves and cotton fabric"),
        Q.material("cotton"),
        gender="Men",
        title="Jockey Men Grey Melange Solid Hooded Zip-Front Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # Photo: mustard brocade Nehru jacket (woven motifs) over a white long-sleeve kurta, white churidar.
    case(
        "X1174-038",
        caption(
            "a man wearing a yellow vest and white kurta. The vest is with cotton fabric and graphic patterns. It has "
            "a stand-up neckline. The kurta has long sleeves. The pants are of long length. The pants are with",
            "cut",
            hit_limit=True,
        ),
        wearing("a yellow vest and white kurta", who="the man"),
        Q.color("yellow"),
        Q.pattern("graphic"),
        Q.sleeve_length("long", "contradiction"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Ethnix by Raymond Men Mustard Yellow Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Mustard",
    ),
    # Photo: bottle green polar-fleece half-zip sweatshirt, stand collar, khaki trousers.
    case(
        "X1174-039",
        caption(
            "This man wears a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton fabric. "
            "It has a stand-up neckline. The pants this man wears is of long length. The pants are with cotton "
            "fabric and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("sweatshirt"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.material("cotton", "contradiction"),
        gender="Men",
        title="Marks & Spencer Men Green Solid Half-Zip Fleece Sweatshirt",
        category="Sweatshirts",
        color="Green",
    ),
    # Photo: black velvet blazer with satin peak lapels, black shirt, black trousers; male model.
    case(
        "X1174-040",
        caption(
            "The female is wearing a long-sleeve blazer with pure color patterns. The blazer is with cotton fabric. "
            "It has a lapel neckline. The female wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a long-sleeve blazer with pure color patterns", who="the man"),
        Q.garment_type("blazer"),
        Q.color("pure color", "non_answer"),
        Q.material("cotton", "contradiction"),
        gender="Men",
        title="Hangup Men Black Solid Velvet Single-Breasted Blazer",
        category="Blazers",
        color="Black",
    ),
    # Photo: navy round-neck sweater, grey trousers.
    case(
        "X1174-041",
        caption(
            "This man wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The sweater is with knitting fabric. It has a round neckline. The sweater is with "
            "knitting fabric. It",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("sweater"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.material("knitting"),
        gender="Men",
        title="Fort Collins Men Navy Blue Solid Sweater",
        category="Sweaters",
        color="Navy Blue",
    ),
    # Photo: black polyester tricot track jacket with three white stripes down the sleeves, black track pants.
    case(
        "X1174-042",
        caption(
            "The man wears a long-sleeve jacket with striped patterns. The jacket is with cotton fabric. It has a "
            "stand-up neckline. The pants this man wears is of long length. The pants are with cotton fabric and "
            "striped patterns. There",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.pattern("striped"),
        Q.sleeve_length("long"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="ADIDAS Men Black Essentials 3-Stripes Track Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: navy crew-neck sweatshirt, khaki chinos. The colour span is the chinos'.
    case(
        "X1174-043",
        caption(
            "a man wearing a navy blue sweatshirt and khaki pants. The sweatshirt has long sleeves, cotton fabric and "
            "pure color patterns. It has a round neckline. The pants are of long length. The pants",
            "cut",
            hit_limit=True,
        ),
        wearing("a navy blue sweatshirt and khaki pants", who="the man"),
        Q.color("khaki", "other_garment_color"),
        Q.sleeve_length("long"),
        Q.material("cotton"),
        gender="Men",
        title="Dennis Lingo Men Navy Blue Solid Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
    ),
    # Photo: flat lay on white, cream self-design Nehru jacket in a matte cotton-blend weave. Caption ended on a
    # newline. No category column.
    case(
        "X1174-044",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a stand-up neckline."
        ),
        Q.garment_type("upper clothing", "non_answer"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        gender="Men",
        title="Manyavar Men Cream-Coloured Self Design Nehru Jacket",
        color="Cream",
    ),
    # Photo: navy hooded puffer, shiny nylon shell, black backpack on one shoulder, grey jeans.
    case(
        "X1174-045",
        caption(
            "The man is wearing a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a hooded neckline. The man wears a backpack. The pants this man wears is of long length. The pants "
            "are with",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket", who="the man"),
        Q.garment_type("jacket"),
        D.details("a backpack", "contradiction"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Monte Carlo Men Navy Blue Solid Hooded Padded Jacket",
        category="Jackets",
        color="Navy Blue",
    ),
]
