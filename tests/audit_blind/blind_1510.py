"""BLIND_1510 (45 products; Myntra men's winterwear, epoch-1 caption adapter + extractive QA): written blind in the
sixty-fifth session. Measured blind at 71dbb3c (the session's sixth rules): 116/160 failures found (72.5%) and 1/155
correct texts flagged (0.6%). The writer's notes, verbatim:

Scenario: a Myntra men's winterwear feed (Jackets, Sweatshirts, Sweaters, Blazers, Nehru Jackets), catalog columns
title / category (Myntra article type) / color (base colour) / gender, one or another left out now and then. Usual
catalog shots: a model on a plain grey or white backdrop wearing the product with jeans, chinos, joggers or a kurta
set; two flat lays, one back view, props (a coffee cup, a backpack, a stool). Every product was captioned by the
epoch-1 caption adapter (leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch on blip2-opt-2.7b, greedy, 50 new
tokens); six questions (what is the person wearing, garment type, color, pattern, sleeve length, material) were then
answered by timpal0l/mdeberta-v3-base-squad2 over that caption, so every answer is a span of its caption or empty.
Who wrote what: the caption is the adapter's; every answer is the extractive QA model's, copied from the caption.
The adapter speaks the DeepFashion-MultiModal template ("with pure color patterns", "is with cotton fabric", "an
outer clothing", "lapel neckline"), names no hue except in a few captions where the base model's habit ("a man
wearing a blue jacket and beige pants") slipped through, and never stops: almost every caption runs to the 50-token
limit and is cut or loops. Two captions stopped early in the base model's short style and carry no attributes.
Labeling conventions and judgement calls:
- Every caption that ran to 50 tokens has hit_limit=True; the one that ends on a full stop with nothing false in it
  (X1510-004) is left unmarked. Answers are extracted, never generated, so no answer has hit_limit.
- A caption with more than one fault carries one label, the one that matters most: loop, then a wrong pronoun, then
  a wrong fact about the product (contradiction), then cut; an invented accessory is `unsupported` only when the
  caption is not also cut mid-phrase, but a whole invented wearer on a flat lay (X1510-043) outranks the cut. The
  material error of a cut caption is labeled on the material answer only.
- Color: the captions have no hue, so "pure color", "graphic", "striped", "lattice", "color block" or "" for the
  color question is a `non_answer`. A hue that belongs to the inner shirt or T-shirt is `other_garment_color`.
- "upper clothing" / "outer clothing" for the garment type says nothing of the type: `non_answer`. "jacket" for a
  blazer and "vest" for a Nehru jacket are right. "sweater" for a sweatshirt or hoodie is wrong (Myntra keeps them
  apart): `contradiction`, also in the wearing answer.
- When the caption describes the inner T-shirt, shirt, kurta or hoodie first, the QA model answers about it: garment
  type, sleeve length and material of the wrong garment are `contradiction`, and so is a wearing answer that names
  only the other garment (it is true of the photo but not of the product).
- Material: "cotton" for a nylon puffer, a polyester bomber or a suiting blazer, "furry" for velvet are
  `unsupported` (the photo does not support them; the titles name no fabric); "other" or "" is a `non_answer`;
  "knitting" for a knit sweater and "leather" for a PU biker jacket are accepted.
- An overlong span that is a whole caption sentence instead of a value is `restated`.
- No prompt leaks: the captions were generated without a prompt and the QA model only copies them.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, wearing

GT = BLIND_QUESTIONS.garment_type
COLOR = BLIND_QUESTIONS.color
PATTERN = BLIND_QUESTIONS.pattern
SLEEVE = BLIND_QUESTIONS.sleeve_length
MATERIAL = BLIND_QUESTIONS.material

BLIND_1510 = [
    # Photo: model in a navy quilted puffer with a stand collar, zipped up, black jeans, white sneakers, grey
    # backdrop; nylon shell. Caption: epoch-1 caption adapter (cut at 50 tokens); answers: extractive QA over it.
    case(
        "X1510-001",
        caption(
            "This man wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. The "
            "neckline of it is standing. The man wears long pants. The pants are with denim fabric and solid color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket with pure color patterns"),
        GT("jacket"),
        COLOR("pure color", "non_answer"),
        PATTERN("pure color"),
        SLEEVE("long-sleeve"),
        MATERIAL("cotton", "unsupported"),
        gender="Men",
        title="Roadster Men Navy Blue Solid Padded Jacket",
        category="Jackets",
        color="Navy Blue",
    ),
    # Photo: model in a black pullover hoodie with kangaroo pocket, hood down, grey joggers, hands in the pocket.
    # Caption: epoch-1 adapter (cut); answers: extractive QA.
    case(
        "X1510-002",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric and its "
            "neckline is round. The man wears long pants. The pants are with cotton fabric and pure color patterns. "
            "The man wears long",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns", "contradiction"),
        GT("sweater", "contradiction"),
        COLOR("pure color", "non_answer"),
        PATTERN("pure color"),
        SLEEVE("long-sleeve"),
        MATERIAL("cotton"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
    ),
    # Photo: model in an olive matte cotton-twill bomber worn open over a white crew T-shirt, blue jeans, white
    # sneakers. Caption: epoch-1 adapter (cut; it describes the T-shirt first); answers: extractive QA.
    case(
        "X1510-003",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and it "
            "has a round neckline. This man also wears an outer clothing, with cotton fabric and pure color "
            "patterns. The man wears long",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns", "contradiction"),
        GT("T-shirt", "contradiction"),
        COLOR("pure color", "non_answer"),
        PATTERN("pure color"),
        SLEEVE("short-sleeve", "contradiction"),
        MATERIAL("cotton"),
        gender="Men",
        title="Mast & Harbour Men Olive Green Solid Bomber Jacket",
        category="Jackets",
        color="Olive",
    ),
    # Photo: model in a navy fine-knit crew-neck pullover with a small embroidered logo, beige chinos, a watch on
    # the left wrist. Caption: epoch-1 adapter (ran to 50 tokens, ends on a full stop, all true); answers: QA.
    case(
        "X1510-004",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric and "
            "it has a round neckline. The man wears long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is an accessory on his wrist.",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns"),
        GT("sweater"),
        COLOR("pure color", "non_answer"),
        PATTERN("pure color"),
        SLEEVE("long-sleeve"),
        MATERIAL("knitting"),
        gender="Men",
        title="U.S. Polo Assn. Men Navy Blue Solid Pullover Sweater",
        category="Sweaters",
        color="Navy Blue",
    ),
    # Photo: model in a charcoal windowpane-check suiting blazer (poly-viscose look), white shirt, grey trousers,
    # pocket square. Caption: epoch-1 adapter (cut); answers: QA (material taken from the shirt sentence).
    case(
        "X1510-005",
        caption(
            "The man wears a long-sleeve outer clothing with lattice patterns. It has a lapel neckline. The man wears "
            "a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The man wears long "
            "trousers. The trousers are with",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve outer clothing with lattice patterns"),
        GT("outer clothing", "non_answer"),
        COLOR("lattice", "non_answer"),
        PATTERN("lattice"),
        SLEEVE("long-sleeve"),
        MATERIAL("cotton", "contradiction"),
        gender="Men",
        title="Louis Philippe Men Charcoal Grey Checked Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Charcoal",
    ),
    # Photo: model in a grey melange crew sweatshirt with a large black "BROOKLYN 1987" print on the chest, black
    # joggers, no watch, no bracelet. Caption: epoch-1 adapter (ran to the limit, ends on a full stop; the wrist
    # accessory is invented); answers: QA.
    case(
        "X1510-006",
        caption(
            "The man wears a long-sleeve sweatshirt with graphic patterns. The sweatshirt is with cotton fabric and "
            "its neckline is round. The man wears long pants. The pants are with cotton fabric and pure color "
            "patterns. There is an accessory on his wrist.",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweatshirt with graphic patterns"),
        GT("sweatshirt"),
        COLOR("graphic", "non_answer"),
        PATTERN("graphic"),
        SLEEVE("long-sleeve"),
        MATERIAL("cotton"),
        gender="Men",
        title="Campus Sutra Men Grey Melange Printed Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # Photo: model in a cream kurta and churidar with a maroon jacquard (poly-silk) Nehru jacket, mojaris. Caption:
    # epoch-1 adapter (cut; the kurta is "a shirt", the jacket "an outer clothing"); answers: QA.
    case(
        "X1510-007",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. This man "
            "also wears an outer clothing, with other fabric and graphic patterns. The man wears long pants. The "
            "pants are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns", "contradiction"),
        GT("shirt", "contradiction"),
        COLOR("pure color", "non_answer"),
        PATTERN("graphic"),
        SLEEVE("long-sleeve", "contradiction"),
        MATERIAL("other", "non_answer"),
        gender="Men",
        title="Manyavar Men Maroon Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Maroon",
    ),
    # Photo: model in a mid-blue trucker denim jacket over a black T-shirt, black jeans. Caption: epoch-1 adapter
    # (cut); answers: QA.
    case(
        "X1510-008",
        caption(
            "The man wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with denim "
            "fabric and it has a lapel neckline. The man wears a short-sleeve T-shirt with pure color patterns. The "
            "T-shirt is with cotton fabric. The man",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve outer clothing with pure color patterns"),
        GT("outer clothing", "non_answer"),
        COLOR("pure color", "non_answer"),
        PATTERN("pure color"),
        SLEEVE("long-sleeve"),
        MATERIAL("denim"),
        gender="Men",
        title="Levis Men Blue Solid Denim Jacket",
        category="Jackets",
        color="Blue",
    ),
    # Photo: model in a beige cable-knit crew pullover, brown chinos, holding a coffee cup (prop). Caption: epoch-1
    # adapter (cut; calls the cables "striped"); answers: QA.
    case(
        "X1510-009",
        caption(
            "The man wears a long-sleeve sweater with striped patterns. The sweater is with knitting fabric and it "
            "has a round neckline. There is an accessory in his hand. The man wears long trousers. The trousers are "
            "with cotton fabric and pure color patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with striped patterns", "contradiction"),
        GT("sweater"),
        COLOR("striped", "non_answer"),
        PATTERN("striped", "contradiction"),
        SLEEVE("long-sleeve"),
        MATERIAL("knitting"),
        gender="Men",
        title="Monte Carlo Men Beige Self Design Cable Knit Pure Wool Pullover",
        category="Sweaters",
        color="Beige",
    ),
    # Photo: model in a navy cotton-blend casual blazer over a light blue shirt, beige chinos, no tie. Caption:
    # epoch-1 adapter (cut; the shirt comes first); answers: QA.
    case(
        "X1510-010",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. This man also wears an outer clothing, with cotton fabric and pure color patterns. The "
            "man wears long trousers. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns", "contradiction"),
        GT("shirt", "contradiction"),
        COLOR("pure color", "non_answer"),
        PATTERN("pure color"),
        SLEEVE("long-sleeve"),
        MATERIAL("cotton"),
        gender="Men",
        title="Allen Solly Men Navy Blue Slim Fit Single-Breasted Casual Blazer",
        category="Blazers",
        color="Navy Blue",
    ),
    # Photo: male model in a red hoodie with a white PUMA logo print, hood up, black track pants. Caption: epoch-1
    # adapter (calls him "the lady", restarts at the end, cut); answers: QA.
    case(
        "X1510-011",
        caption(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. The lady "
            "wears long pants. The pants are with cotton fabric and pure color patterns. This lady wears a hat. The "
            "lady wears a long-sleeve sweater with graphic",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with graphic patterns", "contradiction"),
        GT("sweater", "contradiction"),
        COLOR("graphic", "non_answer"),
        PATTERN("graphic"),
        SLEEVE("long-sleeve"),
        MATERIAL("cotton"),
        gender="Men",
        title="Puma Men Red Brand Logo Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Red",
    ),
    # Photo: model in a black PU biker jacket with an asymmetric zip, grey T-shirt, black jeans, boots, a watch.
    # Caption: epoch-1 adapter (cut before the full stop); answers: QA.
    case(
        "X1510-012",
        caption(
            "The man wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with leather "
            "fabric and it has a lapel neckline. The man wears long pants. The pants are with denim fabric and pure "
            "color patterns. There is an accessory on his wrist",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve outer clothing with pure color patterns"),
        GT("outer clothing", "non_answer"),
        COLOR("pure color", "non_answer"),
        PATTERN("pure color"),
        SLEEVE("long-sleeve"),
        MATERIAL("leather"),
        gender="Men",
        title="Kalt Men Black Solid Biker Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: flat lay, no model: a teal crew-neck sweatshirt on white. Caption: epoch-1 adapter (loops on the
    # "upper clothing" template); answers: QA.
    case(
        "X1510-013",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is "
            "round. The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it "
            "is round. The upper clothing has long",
            "loop",
            hit_limit=True,
        ),
        wearing("upper clothing", "non_answer"),
        GT("upper clothing", "non_answer"),
        COLOR("pure color", "non_answer"),
        PATTERN("pure color"),
        SLEEVE("long sleeves"),
        MATERIAL("cotton"),
        gender="Men",
        title="WROGN Men Teal Blue Solid Sweatshirt",
        category="Sweatshirts",
        color="Teal",
    ),
    # Photo: model side-on in a black hooded puffer, zipped, dark jeans. Caption: epoch-1 adapter (goes back to its
    # first sentence, cut); answers: QA.
    case(
        "X1510-014",
        caption(
            "The man wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with other "
            "fabric. The man wears long pants. The pants are with denim fabric and solid color patterns. The man "
            "wears a long-sleeve outer clothing with pure",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve outer clothing with pure color patterns"),
        GT("outer clothing", "non_answer"),
        COLOR("pure color", "non_answer"),
        PATTERN("pure color"),
        SLEEVE("long-sleeve"),
        MATERIAL("other", "non_answer"),
        gender="Men",
        title="Fort Collins Men Black Solid Padded Jacket with Detachable Hood",
        category="Jackets",
        color="Black",
    ),
    # Photo: model in a maroon V-neck pullover over a white collared shirt, grey trousers. Caption: epoch-1 adapter
    # (cut, otherwise right); answers: QA.
    case(
        "X1510-015",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric and "
            "it has a V-shape neckline. The man wears long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns"),
        GT("sweater"),
        COLOR("pure color", "non_answer"),
        PATTERN("pure color"),
        SLEEVE("long-sleeve"),
        MATERIAL("knitting"),
        gender="Men",
        title="Roadster Men Maroon Solid V-Neck Sweater",
        category="Sweaters",
        color="Maroon",
    ),
    # Photo: model in a white kurta pyjama with a navy self-weave Nehru jacket, stand collar, buttoned. Caption:
    # epoch-1 adapter (cut; "white" is the kurta's); answers: QA.
    case(
        "X1510-016",
        caption(
            "The man wears a white long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. This "
            "man also wears a sleeveless outer clothing, with other fabric and pure color patterns. Its neckline is "
            "standing. The man wears long",
            "cut",
            hit_limit=True,
        ),
        wearing("a white long-sleeve shirt with pure color patterns", "contradiction"),
        GT("shirt", "contradiction"),
        COLOR("white", "other_garment_color"),
        PATTERN("pure color"),
        SLEEVE("sleeveless"),
        MATERIAL("cotton", "contradiction"),
        gender="Men",
        title="Vastramay Men Navy Blue Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
    ),
    # Photo: model in a grey melange zip-through hoodie, open over a white T-shirt, black jeans. Caption: epoch-1
    # adapter, stopped early in the base model's style (under the limit, no attributes); answers: QA.
    case(
        "X1510-017",
        caption("a man wearing a grey hoodie and a white t-shirt"),
        wearing("a grey hoodie and a white t-shirt"),
        GT("hoodie"),
        COLOR("grey"),
        PATTERN("", "non_answer"),
        SLEEVE("", "non_answer"),
        MATERIAL("", "non_answer"),
        gender="Men",
        title="Jack & Jones Men Grey Melange Solid Hooded Sweatshirt",
        color="Grey Melange",
    ),
    # Photo: model in a brown tweed-look checked blazer, black turtleneck, black trousers. Caption: epoch-1 adapter
    # (base-style opening gives the trousers the blazer's brown; cut); answers: QA.
    case(
        "X1510-018",
        caption(
            "a man in a brown jacket and brown pants. The man wears a long-sleeve jacket with lattice patterns. The "
            "jacket is with cotton fabric and it has a lapel neckline. The man wears long pants. The pants are with "
            "cotton fabric and",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a brown jacket and brown pants", "contradiction"),
        GT("jacket"),
        COLOR("brown"),
        PATTERN("lattice"),
        SLEEVE("long-sleeve"),
        MATERIAL("cotton", "unsupported"),
        gender="Men",
        title="Blackberrys Men Brown Checked Slim Fit Single-Breasted Blazer",
        category="Blazers",
        color="Brown",
    ),
    # Photo: back view: model's back in a black sweatshirt with a large graphic print across the back, black
    # joggers. Caption: epoch-1 adapter (loops on the "upper/lower clothing" template); answers: QA.
    case(
        "X1510-019",
        caption(
            "The upper clothing has long sleeves, cotton fabric and graphic patterns. The lower clothing is of long "
            "length. The fabric is cotton and it has pure color patterns. The upper clothing has long sleeves, cotton "
            "fabric and graphic patterns. The lower",
            "loop",
            hit_limit=True,
        ),
        wearing("The upper clothing", "non_answer"),
        GT("upper clothing", "non_answer"),
        COLOR("graphic", "non_answer"),
        PATTERN("graphic"),
        SLEEVE("long sleeves"),
        MATERIAL("cotton"),
        gender="Men",
        title="Bewakoof Men Black Printed Sweatshirt",
        category="Sweatshirts",
        color="Black",
    ),
    # Photo: model in a blue-and-black colour-blocked hooded windcheater, zipped, black track pants. Caption:
    # epoch-1 adapter (cut); answers: QA.
    case(
        "X1510-020",
        caption(
            "The man wears a long-sleeve outer clothing with color block patterns. The outer clothing is with other "
            "fabric and it has a standing neckline. The man wears long pants. The pants are with cotton fabric and "
            "pure color patterns. There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve outer clothing with color block patterns"),
        GT("outer clothing", "non_answer"),
        COLOR("color block", "non_answer"),
        PATTERN("color block"),
        SLEEVE("long-sleeve"),
        MATERIAL("other", "non_answer"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Blue & Black Colourblocked Sporty Jacket",
        category="Jackets",
        color="Blue",
    ),
    # Photo: male model sitting on a stool in a mustard crew sweatshirt, blue jeans, white sneakers. Caption:
    # epoch-1 adapter ("she" throughout, cut); answers: QA.
    case(
        "X1510-021",
        caption(
            "She wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric and it has "
            "a round neckline. She wears long pants. The pants are with denim fabric and solid color patterns. There "
            "is an accessory on her wrist. She",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns", "contradiction"),
        GT("sweater", "contradiction"),
        COLOR("pure color", "non_answer"),
        PATTERN("pure color"),
        SLEEVE("long-sleeve"),
        MATERIAL("cotton"),
        gender="Men",
        title="Duke Men Mustard Yellow Solid Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
    ),
    # Photo: model in a charcoal ribbed high-neck (turtleneck) pullover, black trousers. Caption: epoch-1 adapter
    # (gives it a round neckline, starts repeating, cut); answers: QA.
    case(
        "X1510-022",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric and "
            "it has a round neckline. The man wears long trousers. The trousers are with cotton fabric and pure "
            "color patterns. The man wears long trousers. The",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns"),
        GT("sweater"),
        COLOR("pure color", "non_answer"),
        PATTERN("pure color"),
        SLEEVE("long-sleeve"),
        MATERIAL("knitting"),
        gender="Men",
        title="Octave Men Charcoal Grey Solid High Neck Pullover",
        category="Sweaters",
        color="Charcoal",
    ),
    # Photo: model in a black full-sleeve shirt with a beige self-design Nehru jacket, black trousers. Caption:
    # epoch-1 adapter (cut; the jacket comes first, as a vest); answers: QA.
    case(
        "X1510-023",
        caption(
            "The man wears a sleeveless vest with pure color patterns. The vest is with cotton fabric and its "
            "neckline is standing. The man wears a long-sleeve shirt with pure color patterns. The shirt is with "
            "cotton fabric. The man wears long trousers",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless vest with pure color patterns"),
        GT("vest"),
        COLOR("pure color", "non_answer"),
        PATTERN("pure color"),
        SLEEVE("sleeveless"),
        MATERIAL("cotton"),
        gender="Men",
        title="Hangup Men Beige Self Design Nehru Jacket",
        category="Nehru Jackets",
        color="Beige",
    ),
    # Photo: model in a navy-and-white Breton-striped crew sweater, light blue jeans, a watch. Caption: epoch-1
    # adapter ("his sweater has" template, cut); answers: QA (the pattern span runs on).
    case(
        "X1510-024",
        caption(
            "His sweater has long sleeves, knitting fabric and striped patterns. The neckline of it is round. The man "
            "wears long pants. The pants are with denim fabric and solid color patterns. There is an accessory on "
            "his wrist. The man",
            "cut",
            hit_limit=True,
        ),
        wearing("long pants", "contradiction"),
        GT("sweater"),
        COLOR("striped", "non_answer"),
        PATTERN("striped patterns. The neckline of it is round", "restated"),
        SLEEVE("long sleeves"),
        MATERIAL("knitting"),
        gender="Men",
        title="Marks & Spencer Men Navy Blue & White Striped Pullover",
        category="Sweaters",
        color="Navy Blue",
    ),
    # Photo: model in an olive sleeveless nylon puffer gilet over a grey melange hoodie, black jeans. Caption:
    # epoch-1 adapter (cut; the hoodie is "a sweater" and comes first); answers: QA.
    case(
        "X1510-025",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. This "
            "man also wears an outer clothing, with other fabric and pure color patterns. The man wears long pants. "
            "The pants are with denim fabric and solid color",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns", "contradiction"),
        GT("sweater", "contradiction"),
        COLOR("pure color", "non_answer"),
        PATTERN("pure color"),
        SLEEVE("long-sleeve", "contradiction"),
        MATERIAL("cotton", "contradiction"),
        gender="Men",
        title="Roadster Men Olive Green Solid Sleeveless Padded Jacket",
        category="Jackets",
        color="Olive",
    ),
    # Photo: model in a navy self-design formal blazer (polyester-viscose suiting), white shirt, navy tie, navy
    # trousers. Caption: epoch-1 adapter (cut); answers: QA.
    case(
        "X1510-026",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and it "
            "has a lapel neckline. The man wears long trousers. The trousers are with cotton fabric and pure color "
            "patterns. This man has neckwear. The man wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket with pure color patterns"),
        GT("jacket"),
        COLOR("pure color", "non_answer"),
        PATTERN("pure color"),
        SLEEVE("long-sleeve"),
        MATERIAL("cotton", "unsupported"),
        gender="Men",
        title="Van Heusen Men Navy Blue Self Design Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Navy Blue",
    ),
    # Photo: model in a rust pullover hoodie, off-white cargo pants. Caption: epoch-1 adapter (loops on the pants
    # sentences); answers: QA.
    case(
        "X1510-027",
        caption(
            "This man wears a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton fabric. "
            "The man wears long pants. The pants are with cotton fabric and pure color patterns. The man wears long "
            "pants. The pants are with cotton fabric",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweatshirt with pure color patterns"),
        GT("sweatshirt"),
        COLOR("pure color", "non_answer"),
        PATTERN("pure color"),
        SLEEVE("long-sleeve"),
        MATERIAL("cotton"),
        gender="Men",
        title="The Indian Garage Co Men Rust Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Rust",
    ),
    # Photo: model in a navy lightweight quilted jacket (nylon shell) with a stand collar over a white shirt, khaki
    # chinos. Caption: epoch-1 adapter (base-style opening, then the template; cut); answers: QA.
    case(
        "X1510-028",
        caption(
            "a man wearing a navy blue jacket and khaki pants. The man wears a long-sleeve jacket with pure color "
            "patterns. The jacket is with cotton fabric and its neckline is standing. The man wears long pants. The "
            "pants are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("a navy blue jacket and khaki pants"),
        GT("jacket"),
        COLOR("navy blue"),
        PATTERN("pure color"),
        SLEEVE("long-sleeve"),
        MATERIAL("cotton", "unsupported"),
        gender="Men",
        title="Tommy Hilfiger Men Navy Blue Solid Quilted Jacket",
        category="Jackets",
        color="Navy Blue",
    ),
    # Photo: model in an open grey button-front knit cardigan over a white crew T-shirt, navy chinos. Caption:
    # epoch-1 adapter (base-style opening, then the T-shirt template; cut); answers: QA.
    case(
        "X1510-029",
        caption(
            "a man wearing a white t-shirt and a grey cardigan. The man wears a short-sleeve T-shirt with pure color "
            "patterns. The T-shirt is with cotton fabric. This man also wears an outer clothing, with knitting "
            "fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a white t-shirt and a grey cardigan"),
        GT("T-shirt", "contradiction"),
        COLOR("white", "other_garment_color"),
        PATTERN("pure color"),
        SLEEVE("short-sleeve", "contradiction"),
        MATERIAL("cotton", "contradiction"),
        gender="Men",
        title="Peter England Men Grey Solid Cardigan",
        category="Sweaters",
        color="Grey",
    ),
    # Photo: model in a black poly-silk Nehru jacket over a white kurta and churidar. Caption: epoch-1 adapter (the
    # kurta becomes "a dress", then loops); answers: QA.
    case(
        "X1510-030",
        caption(
            "The man wears a sleeveless outer clothing with pure color patterns. Its neckline is standing. The man "
            "wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. The dress is with "
            "cotton fabric. The dress is with cotton",
            "loop",
            hit_limit=True,
        ),
        wearing("a sleeveless outer clothing with pure color patterns"),
        GT("outer clothing", "non_answer"),
        COLOR("pure color", "non_answer"),
        PATTERN("pure color"),
        SLEEVE("sleeveless"),
        MATERIAL("cotton", "contradiction"),
        gender="Men",
        title="Sojanya Men Black Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Black",
    ),
    # Photo: model in a navy crew sweatshirt with a small embroidered logo on the chest, stone chinos. Caption:
    # epoch-1 adapter, stopped early in the base model's style; answers: QA (forced spans for pattern and sleeve).
    case(
        "X1510-031",
        caption("a man in a navy blue sweatshirt and khaki pants"),
        wearing("a navy blue sweatshirt and khaki pants"),
        GT("sweatshirt"),
        COLOR("navy blue"),
        PATTERN("navy blue", "non_answer"),
        SLEEVE("sweatshirt", "non_answer"),
        MATERIAL("", "non_answer"),
        gender="Men",
        title="Nautica Men Navy Blue Brand Logo Embroidered Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
    ),
    # Photo: model in an olive knit V-neck sweater vest over a white full-sleeve shirt, grey trousers. Caption:
    # epoch-1 adapter (cut; the shirt comes first); answers: QA.
    case(
        "X1510-032",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. This man "
            "also wears a sleeveless sweater, with knitting fabric and pure color patterns. Its neckline is V-shape. "
            "The man wears long trousers. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns", "contradiction"),
        GT("shirt", "contradiction"),
        COLOR("pure color", "non_answer"),
        PATTERN("pure color"),
        SLEEVE("long-sleeve", "contradiction"),
        MATERIAL("cotton", "contradiction"),
        gender="Men",
        title="Allen Solly Men Olive Green Solid V-Neck Sweater Vest",
        category="Sweaters",
        color="Olive",
    ),
    # Photo: model in a red hooded nylon puffer, black track pants, a backpack on one shoulder (prop). Caption:
    # epoch-1 adapter (base-style opening makes the black pants red; cut); answers: QA.
    case(
        "X1510-033",
        caption(
            "a man in a red jacket and red pants with a backpack. The man wears a long-sleeve jacket with pure color "
            "patterns. The jacket is with cotton fabric. The man wears long pants. The pants are with cotton fabric "
            "and pure",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a red jacket and red pants", "contradiction"),
        GT("jacket"),
        COLOR("red"),
        PATTERN("pure color"),
        SLEEVE("long-sleeve"),
        MATERIAL("cotton", "unsupported"),
        gender="Men",
        title="Wildcraft Men Red Solid Hooded Padded Jacket",
        category="Jackets",
        color="Red",
    ),
    # Photo: model in a cream chunky cable-knit crew sweater, dark blue jeans. Caption: epoch-1 adapter (cut in the
    # middle of "long-sleeve"); answers: QA.
    case(
        "X1510-034",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric "
            "and it has a round neckline. The gentleman wears long pants. The pants are with denim fabric and solid "
            "color patterns. The gentleman wears a long-",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns"),
        GT("sweater"),
        COLOR("pure color", "non_answer"),
        PATTERN("pure color"),
        SLEEVE("long-sleeve"),
        MATERIAL("The sweater is with knitting fabric", "restated"),
        gender="Men",
        title="United Colors of Benetton Men Cream-Coloured Cable Knit Sweater",
        category="Sweaters",
        color="Cream",
    ),
    # Photo: model in a maroon velvet party blazer, black shirt, black trousers. Caption: epoch-1 adapter (cut;
    # velvet read as "furry"); answers: QA.
    case(
        "X1510-035",
        caption(
            "The man wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with furry "
            "fabric and it has a lapel neckline. The man wears a long-sleeve shirt with pure color patterns. The "
            "shirt is with cotton fabric. The man wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve outer clothing with pure color patterns"),
        GT("outer clothing", "non_answer"),
        COLOR("pure color", "non_answer"),
        PATTERN("pure color"),
        SLEEVE("long-sleeve"),
        MATERIAL("furry", "unsupported"),
        gender="Men",
        title="Park Avenue Men Maroon Solid Slim Fit Single-Breasted Party Blazer",
        category="Blazers",
        color="Maroon",
    ),
    # Photo: male model in a white crew sweatshirt with a small text print on the chest and a print on the left
    # sleeve, black jeans. Caption: epoch-1 adapter ("the female", cut); answers: QA.
    case(
        "X1510-036",
        caption(
            "The female wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric and it "
            "has a round neckline. The female wears long pants. The pants are with denim fabric and solid color "
            "patterns. There is an accessory on her",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with graphic patterns", "contradiction"),
        GT("sweater", "contradiction"),
        COLOR("graphic", "non_answer"),
        PATTERN("graphic"),
        SLEEVE("long-sleeve"),
        MATERIAL("cotton"),
        gender="Men",
        title="Jack & Jones Men White Printed Sweatshirt",
        category="Sweatshirts",
        color="White",
    ),
    # Photo: model in a light-wash denim jacket with a fleece-lined collar over a grey pullover hoodie (hood out),
    # black jeans. Caption: epoch-1 adapter (cut; the hoodie comes first as "a sweater"); answers: QA.
    case(
        "X1510-037",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. This "
            "man also wears an outer clothing, with denim fabric and pure color patterns. The man wears long pants. "
            "The pants are with denim fabric and solid",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns", "contradiction"),
        GT("sweater", "contradiction"),
        COLOR("pure color", "non_answer"),
        PATTERN("pure color"),
        SLEEVE("long-sleeve"),
        MATERIAL("cotton", "contradiction"),
        gender="Men",
        title="Roadster Men Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
    ),
    # Photo: model in a black cotton-blend casual blazer over a white crew T-shirt, blue ripped jeans. Caption:
    # epoch-1 adapter (loops on the outer-clothing sentence); answers: QA.
    case(
        "X1510-038",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. This "
            "man also wears an outer clothing, with cotton fabric and pure color patterns. This man also wears an "
            "outer clothing, with cotton fabric",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns", "contradiction"),
        GT("T-shirt", "contradiction"),
        COLOR("pure color", "non_answer"),
        PATTERN("pure color"),
        SLEEVE("short-sleeve", "contradiction"),
        MATERIAL("cotton"),
        gender="Men",
        title="Mast & Harbour Men Black Solid Single-Breasted Casual Blazer",
        category="Blazers",
        color="Black",
    ),
    # Photo: model in a mustard sweater with a broad navy chest band (colour block), blue jeans. Caption: epoch-1
    # adapter (calls it pure color; cut); answers: QA.
    case(
        "X1510-039",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric and "
            "it has a round neckline. The man wears long pants. The pants are with denim fabric and solid color "
            "patterns. The man wears a long-sleeve",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns", "contradiction"),
        GT("sweater"),
        COLOR("pure color", "non_answer"),
        PATTERN("pure color", "contradiction"),
        SLEEVE("long-sleeve"),
        MATERIAL("knitting"),
        gender="Men",
        title="Roadster Men Mustard Yellow & Navy Blue Colourblocked Sweater",
        category="Sweaters",
        color="Mustard",
    ),
    # Photo: male model in a teal brocade Nehru jacket over an off-white knee-length kurta and pyjama, pocket square
    # (the feed left gender out). Caption: epoch-1 adapter ("the lady" in "a dress"; cut); answers: QA.
    case(
        "X1510-040",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. This lady "
            "also wears an outer clothing, with other fabric and graphic patterns. This lady wears long pants. The "
            "pants are with cotton fabric",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns", "contradiction"),
        GT("dress", "contradiction"),
        COLOR("pure color", "non_answer"),
        PATTERN("graphic"),
        SLEEVE("long-sleeve", "contradiction"),
        MATERIAL("cotton", "contradiction"),
        title="Sanwara Men Teal Self Design Nehru Jacket",
        category="Nehru Jackets",
        color="Teal",
    ),
    # Photo: model in a black lightweight hooded half-zip windcheater, hood down, black track pants, white sneakers;
    # no hat, no watch (the feed left the colour out). Caption: epoch-1 adapter (ran to the limit, ends on a full
    # stop; hat and wrist accessory invented); answers: QA.
    case(
        "X1510-041",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with other fabric. The man "
            "wears long pants. The pants are with cotton fabric and pure color patterns. This man wears a hat. There "
            "is an accessory on his wrist.",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket with pure color patterns"),
        GT("jacket"),
        COLOR("pure color", "non_answer"),
        PATTERN("pure color"),
        SLEEVE("long-sleeve"),
        MATERIAL("other", "non_answer"),
        gender="Men",
        title="Puma Men Black Solid Hooded Rain Jacket",
        category="Jackets",
    ),
    # Photo: model in a hoodie with a blue body and white sleeves and yoke (colour block), grey joggers. Caption:
    # epoch-1 adapter (goes back to its first sentence, cut); answers: QA.
    case(
        "X1510-042",
        caption(
            "The man wears a long-sleeve sweatshirt with color block patterns. The sweatshirt is with cotton fabric "
            "and its neckline is round. The man wears long pants. The pants are with cotton fabric and pure color "
            "patterns. The man wears a long-sleeve sweatshirt",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweatshirt with color block patterns"),
        GT("sweatshirt"),
        COLOR("color block", "non_answer"),
        PATTERN("color block"),
        SLEEVE("long-sleeve"),
        MATERIAL("cotton"),
        gender="Men",
        title="Campus Sutra Men Blue & White Colourblocked Hooded Sweatshirt",
        category="Sweatshirts",
        color="Blue",
    ),
    # Photo: flat lay, no model: a burgundy V-neck pullover on white. Caption: epoch-1 adapter (puts the sweater on
    # a man in denim pants; cut); answers: QA.
    case(
        "X1510-043",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric and "
            "it has a V-shape neckline. The man wears long pants. The pants are with denim fabric and solid color "
            "patterns. The man wears a",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns"),
        GT("sweater"),
        COLOR("pure color", "non_answer"),
        PATTERN("pure color"),
        SLEEVE("long-sleeve"),
        MATERIAL("knitting"),
        gender="Men",
        title="Fort Collins Men Burgundy Solid V-Neck Pullover",
        category="Sweaters",
        color="Burgundy",
    ),
    # Photo: model in a navy satin-finish polyester bomber with orange-tipped ribbed cuffs and hem, zipped, beige
    # chinos. Caption: epoch-1 adapter (base-style opening; cut); answers: QA.
    case(
        "X1510-044",
        caption(
            "a man wearing a blue jacket and beige pants. The man wears a long-sleeve jacket with pure color "
            "patterns. The jacket is with cotton fabric and its neckline is standing. The man wears long pants. The "
            "pants are with cotton fabric",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue jacket and beige pants"),
        GT("jacket"),
        COLOR("blue"),
        PATTERN("pure color"),
        SLEEVE("long-sleeve"),
        MATERIAL("cotton", "unsupported"),
        gender="Men",
        title="Harvard Men Navy Blue Solid Bomber Jacket",
        category="Jackets",
        color="Navy Blue",
    ),
    # Photo: model in an olive crew sweatshirt, black jeans. Caption: epoch-1 adapter (loops on "long sleeves");
    # answers: QA.
    case(
        "X1510-045",
        caption(
            "The man wears a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton fabric "
            "and it has a round neckline, long sleeves, long sleeves, long sleeves, long sleeves, long sleeves, long "
            "sleeves, long sleeves",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweatshirt with pure color patterns"),
        GT("sweatshirt"),
        COLOR("pure color", "non_answer"),
        PATTERN("pure color"),
        SLEEVE("long-sleeve"),
        MATERIAL("cotton"),
        gender="Men",
        title="Highlander Men Olive Green Solid Sweatshirt",
        category="Sweatshirts",
        color="Olive",
    ),
]
