"""BLIND_1390 (45 products; Myntra men's winterwear, epoch-1 caption adapter + extractive QA): written blind in the
sixty-fourth session. Measured blind at bfeca02 (the session's second rules): 108/150 failures found (72.0%) and
6/210 correct texts flagged (2.9%). The writer's notes, verbatim:

Scenario: a Myntra men's winterwear feed (articleType Jackets, Sweatshirts, Sweaters, Blazers, Nehru Jackets; base
colour as Myntra spells it; gender "Men", left out on a few rows as the feed does; category missing on one). Photos are
the listing's first image: mostly a model on a plain grey or white backdrop wearing the product over a tee, shirt or
kurta with jeans, chinos or trousers, plus two flat lays, three back views, and props (sunglasses, coffee cup, folder,
backpack, stool).
Who wrote what: every caption is the epoch-1 caption adapter (leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch
on Salesforce/blip2-opt-2.7b, greedy, 50 new tokens, no prompt). It mostly writes the DeepFashion-MultiModal template
("The gentleman is wearing a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric...");
now and then, still being epoch 1, it opens the base model's way ("a man wearing a black jacket and black jeans")
and then falls into the template. It never learned to stop, so most captions run to the 50-token limit and end
mid-sentence or in a loop; a few short ones stopped. Every answer is timpal0l/mdeberta-v3-base-squad2 run over that
caption (extractive: a span of the caption, or "" when the null answer wins), for seven questions: what the person
is wearing, garment type, color, pattern, sleeve length, material, and the details of the garment.
Labeling conventions and judgement calls: judged against the imagined photo and the title. A color answer that names
no hue ("pure color", "graphic", "lattice", "color block", "striped", "") is a non_answer, since the template has no
hue names; the same words are right answers to the pattern question. A sweatshirt or hoodie called "sweater",
"T-shirt" or "cardigan", a blazer called "shirt", a Nehru jacket called "shirt", "tank top" or "kurta": contradiction.
A blazer called "coat" or "jacket", a Nehru jacket or sleeveless puffer called "vest", a padded jacket called "coat":
accepted. "What is the person wearing?" answered with a true description of what the model wears (even the styling
coat over a turtleneck) is left correct; it is marked when it misnames the product or gives it another garment's
color (other_garment_color) or sleeves. The sleeve or neckline of the kurta/tee/shirt underneath given as the
product's: contradiction. A material taken from the trousers' sentence ("denim" for a sweater): contradiction; "cotton"
for a shiny nylon puffer or for a formal poly-viscose blazer when the title is silent: unsupported; "cotton" against a
title that says wool: contradiction; "other" for the material: non_answer. Matte bombers, sweatshirts, casual blazers
and plain Nehru jackets as "cotton" are left correct (plausible, nothing contradicts). Quilting read as "lattice" is
accepted as a pattern. A caption with more than one fault gets one label: a misnamed product or wrong color first,
then a wrong pronoun ("The lady" for a male model), an invented person/trousers on a flat lay (unsupported), and
otherwise cut or loop; hit_limit=True is set on every caption that ran to 50 tokens whatever its label. An
accessory or "There is an accessory..." given as the garment's details: non_answer; a hood read as "a hat":
unsupported. A full template sentence returned as the answer ("The sweatshirt is with cotton fabric", "The upper
clothing has long sleeves"): restated. "" for sleeve length when the caption never mentions sleeves: non_answer.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import DEFAULT_QUESTIONS, caption, case, wearing

details = DEFAULT_QUESTIONS.details

BLIND_1390 = [
    # 001 photo: model on grey backdrop, olive quilted padded jacket (shiny nylon shell) zipped halfway over a black
    # tee, blue jeans. caption: epoch-1 caption adapter; answers: mdeberta squad2 over the caption.
    case(
        "X1390-001",
        caption(
            "The gentleman is wearing a long-sleeve jacket with pure color patterns. The jacket is with cotton "
            "fabric. It has a stand neckline. The gentleman wears a long trousers. The trousers are with denim fabric "
            "and pure color patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket with pure color patterns"),
        Q.garment_type("jacket"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        details("a stand neckline"),
        gender="Men",
        title="Roadster Men Olive Green Solid Padded Jacket",
        category="Jackets",
        color="Olive",
    ),
    # 002 photo: model on white backdrop, black pullover hoodie, hood down, kangaroo pocket, black joggers.
    # caption: epoch-1 caption adapter; answers: mdeberta squad2 over the caption.
    case(
        "X1390-002",
        caption(
            "The man is wearing a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It "
            "has a round neckline. The pants the man wears is of long length. The pants are with cotton fabric and "
            "pure color patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns", "contradiction"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        details("a round neckline"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
    ),
    # 003 photo: grey melange crew-neck knit pullover, white shirt collar peeking out, beige chinos, grey backdrop.
    # caption: epoch-1 caption adapter (stopped on its own); answers: mdeberta squad2 over the caption.
    case(
        "X1390-003",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a round neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure "
            "color patterns."
        ),
        wearing("a long-sleeve sweater with pure color patterns"),
        Q.garment_type("sweater"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitting"),
        details("a round neckline"),
        gender="Men",
        title="Mast & Harbour Men Grey Melange Solid Pullover",
        category="Sweaters",
        color="Grey Melange",
    ),
    # 004 photo: navy self-design blazer worn open over a white formal shirt, grey trousers, plain backdrop.
    # caption: epoch-1 caption adapter (describes the shirt, misses the blazer); answers: mdeberta squad2.
    case(
        "X1390-004",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns. This gentleman",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        details("a lapel neckline"),
        gender="Men",
        title="Louis Philippe Men Navy Blue Self-Design Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Navy Blue",
    ),
    # 005 photo: maroon brocade Nehru jacket over a cream full-sleeve kurta and white churidar, beige backdrop.
    # caption: epoch-1 caption adapter (merges jacket and kurta into one "shirt"); answers: mdeberta squad2.
    case(
        "X1390-005",
        caption(
            "The gentleman is wearing a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It "
            "has a stand neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is a",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with graphic patterns", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("cotton", "unsupported"),
        details("a stand neckline"),
        gender="Men",
        title="Manyavar Men Maroon Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Maroon",
    ),
    # 006 photo: navy hoodie with a large white typographic print on the chest, grey joggers, white backdrop.
    # caption: epoch-1 caption adapter; answers: mdeberta squad2 over the caption.
    case(
        "X1390-006",
        caption(
            "The man wears a long-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The man wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "The man wears a pair of",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve T-shirt with graphic patterns", "contradiction"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        details("a round neckline"),
        gender="Men",
        title="WROGN Men Navy Blue Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
    ),
    # 007 photo: beige cable-knit crew-neck sweater, dark jeans, white sneakers, hand in pocket, grey backdrop.
    # caption: epoch-1 caption adapter (loops on the fabric and neckline sentences); answers: mdeberta squad2.
    case(
        "X1390-007",
        caption(
            "The gentleman is wearing a long-sleeve sweater with pure color patterns. The sweater is with knitting "
            "fabric. It has a round neckline. The sweater is with knitting fabric. It has a round neckline. The "
            "sweater is with knitting fabric. It",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns"),
        Q.garment_type("sweater"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitting"),
        details("a round neckline"),
        gender="Men",
        title="U.S. Polo Assn. Men Beige Cable Knit Pullover Sweater",
        category="Sweaters",
        color="Beige",
    ),
    # 008 photo: black matte bomber with ribbed collar over a grey tee, black jeans, sunglasses held in one hand.
    # caption: epoch-1 caption adapter (base-model opening, then template); answers: mdeberta squad2.
    case(
        "X1390-008",
        caption(
            "a man wearing a black jacket and black jeans. The jacket is with cotton fabric and pure color patterns. "
            "It has a stand neckline. There is an accessory in his hands. The man wears a long pants. The pants are "
            "with denim",
            "cut",
            hit_limit=True,
        ),
        wearing("a black jacket and black jeans"),
        Q.garment_type("jacket"),
        Q.color("black"),
        Q.pattern("pure color"),
        Q.sleeve_length("", "non_answer"),
        Q.material("cotton"),
        details("a stand neckline"),
        gender="Men",
        title="Highlander Men Black Solid Bomber Jacket",
        category="Jackets",
        color="Black",
    ),
    # 009 photo: mustard and navy colourblocked hooded windcheater, zipped, black track pants, watch on wrist.
    # caption: epoch-1 caption adapter; answers: mdeberta squad2 over the caption.
    case(
        "X1390-009",
        caption(
            "The gentleman is wearing a long-sleeve jacket with color block patterns. The jacket is with other "
            "fabric. It has a stand neckline. The gentleman wears a long trousers. The trousers are with cotton "
            "fabric and pure color patterns. There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket with color block patterns"),
        Q.garment_type("jacket"),
        Q.color("color block", "non_answer"),
        Q.pattern("color block"),
        Q.sleeve_length("long-sleeve"),
        Q.material("other", "non_answer"),
        details("a stand neckline"),
        gender="Men",
        title="Campus Sutra Men Mustard Yellow Colourblocked Windcheater Jacket",
        category="Jackets",
        color="Mustard",
    ),
    # 010 photo: flat lay of a navy diamond-quilted nylon jacket on white, no model, no other clothes.
    # caption: epoch-1 caption adapter (invents a gentleman and trousers; stopped); answers: mdeberta squad2.
    case(
        "X1390-010",
        caption(
            "The gentleman is wearing a long-sleeve jacket with lattice patterns. The jacket is with cotton fabric. "
            "It has a stand neckline. The gentleman wears a long trousers. The trousers are with denim fabric and "
            "pure color patterns.",
            "unsupported",
        ),
        wearing("a long-sleeve jacket with lattice patterns"),
        Q.garment_type("jacket"),
        Q.color("lattice", "non_answer"),
        Q.pattern("lattice"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        details("a stand neckline"),
        gender="Men",
        title="Fort Collins Men Navy Blue Quilted Jacket",
        category="Jackets",
        color="Navy Blue",
    ),
    # 011 photo: maroon V-neck wool pullover over a blue checked shirt, navy trousers, grey backdrop.
    # caption: epoch-1 caption adapter ("The lady" for a male model); answers: mdeberta squad2.
    case(
        "X1390-011",
        caption(
            "The lady is wearing a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a V-shape neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is a ring",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns"),
        Q.garment_type("sweater"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitting"),
        details("a V-shape neckline"),
        gender="Men",
        title="Monte Carlo Men Maroon Solid V-Neck Woollen Pullover",
        category="Sweaters",
        color="Maroon",
    ),
    # 012 photo: back view, grey melange crew-neck sweatshirt, black joggers, white backdrop.
    # caption: epoch-1 caption adapter (loops back to its first sentence); answers: mdeberta squad2.
    case(
        "X1390-012",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. The man "
            "wears a long pants. The pants are with cotton fabric and pure color patterns. The man wears a "
            "long-sleeve sweater with pure color patterns",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns", "contradiction"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        details("", "non_answer"),
        gender="Men",
        title="Puma Men Grey Melange Solid Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # 013 photo: light-wash blue denim trucker jacket over a white tee, black jeans, grey backdrop.
    # caption: epoch-1 caption adapter (calls the jacket a shirt; stopped); answers: mdeberta squad2.
    case(
        "X1390-013",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. "
            "It has a lapel neckline. The gentleman wears a long trousers. The trousers are with denim fabric and "
            "pure color patterns.",
            "contradiction",
        ),
        wearing("a long-sleeve shirt with pure color patterns", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("denim"),
        details("a lapel neckline"),
        gender="Men",
        title="Levis Men Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
    ),
    # 014 photo: bottle-green hoodie with white "HARVARD 1636" print, blue jeans, backpack strap over one shoulder.
    # caption: epoch-1 caption adapter (base-model opening with hues); answers: mdeberta squad2.
    case(
        "X1390-014",
        caption(
            "a man wearing a green hoodie with a white print. The hoodie is with cotton fabric and graphic patterns. "
            "It has a round neckline. The man wears a long pants. The pants are with denim fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a green hoodie with a white print"),
        Q.garment_type("hoodie"),
        Q.color("green"),
        Q.pattern("graphic"),
        Q.sleeve_length("", "non_answer"),
        Q.material("cotton"),
        details("a white print"),
        gender="Men",
        title="Harvard Men Green Typography Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Green",
    ),
    # 015 photo: red crew-neck sweater with navy horizontal stripes, white tee hem showing, grey jeans, watch.
    # caption: epoch-1 caption adapter; answers: mdeberta squad2 (material taken from the jeans' sentence).
    case(
        "X1390-015",
        caption(
            "The gentleman is wearing a long-sleeve sweater with striped patterns. The sweater is with knitting "
            "fabric. It has a round neckline. The gentleman wears a long pants. The pants are with denim fabric and "
            "pure color patterns. There is an accessory on his wrist. The gentleman",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with striped patterns"),
        Q.garment_type("sweater"),
        Q.color("striped", "non_answer"),
        Q.pattern("striped"),
        Q.sleeve_length("long-sleeve"),
        Q.material("denim", "contradiction"),
        details("an accessory on his wrist", "non_answer"),
        gender="Men",
        title="Kook N Keech Men Red & Navy Blue Striped Pullover Sweater",
        category="Sweaters",
        color="Red",
    ),
    # 016 photo: cream self-design Nehru jacket over a mint-green full-sleeve kurta, white pyjama, plain backdrop.
    # caption: epoch-1 caption adapter; answers: mdeberta squad2 over the caption.
    case(
        "X1390-016",
        caption(
            "The gentleman is wearing a sleeveless vest with pure color patterns. The vest is with cotton fabric. It "
            "has a stand neckline. The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is "
            "with cotton fabric. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless vest with pure color patterns"),
        Q.garment_type("vest"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        details("a stand neckline"),
        gender="Men",
        title="Vastramay Men Cream-Coloured Self Design Nehru Jacket",
        category="Nehru Jackets",
        color="Cream",
    ),
    # 017 photo: charcoal blazer buttoned over a light blue shirt, grey trousers, hands in pockets, grey backdrop.
    # caption: epoch-1 caption adapter; answers: mdeberta squad2 over the caption.
    case(
        "X1390-017",
        caption(
            "The gentleman is wearing a long-sleeve coat with pure color patterns. The coat is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is a",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve coat with pure color patterns"),
        Q.garment_type("coat"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        details("a lapel neckline"),
        gender="Men",
        title="Blackberrys Men Charcoal Grey Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Charcoal",
    ),
    # 018 photo: coffee-brown faux-leather biker jacket with asymmetric zip over a black tee, black jeans.
    # caption: epoch-1 caption adapter; answers: mdeberta squad2 over the caption.
    case(
        "X1390-018",
        caption(
            "The gentleman is wearing a long-sleeve jacket with pure color patterns. The jacket is with leather "
            "fabric. It has a lapel neckline. The gentleman wears a long trousers. The trousers are with denim fabric "
            "and pure color patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket with pure color patterns"),
        Q.garment_type("jacket"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("leather"),
        details("a lapel neckline"),
        gender="Men",
        title="Mufti Men Coffee Brown Solid Biker Jacket",
        category="Jackets",
        color="Coffee Brown",
    ),
    # 019 photo: rust crew-neck sweatshirt, light blue jeans, model seated on a wooden stool, white backdrop.
    # caption: epoch-1 caption adapter ("The lady ... She" for a male model); answers: mdeberta squad2.
    case(
        "X1390-019",
        caption(
            "The lady wears a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton fabric. "
            "It has a round neckline. The lady wears a long pants. The pants are with denim fabric and pure color "
            "patterns. She",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweatshirt with pure color patterns"),
        Q.garment_type("sweatshirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        details("a round neckline"),
        gender="Men",
        title="Roadster Men Rust Solid Sweatshirt",
        category="Sweatshirts",
        color="Rust",
    ),
    # 020 photo: navy sleeveless puffer (gilet) over a white full-sleeve sweatshirt, khaki chinos, grey backdrop.
    # caption: epoch-1 caption adapter (base-model opening with hues); answers: mdeberta squad2.
    case(
        "X1390-020",
        caption(
            "a man wearing a navy blue vest and a white sweater. The vest is with cotton fabric and pure color "
            "patterns. The sweater has long sleeves, cotton fabric and pure color patterns. The man wears a long "
            "pants. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a navy blue vest and a white sweater"),
        Q.garment_type("vest"),
        Q.color("navy blue"),
        Q.pattern("pure color"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.material("cotton", "unsupported"),
        details("", "non_answer"),
        gender="Men",
        title="Allen Solly Men Navy Blue Solid Sleeveless Puffer Jacket",
        category="Jackets",
        color="Navy Blue",
    ),
    # 021 photo: navy button-front V-neck cardigan worn open over a white short-sleeve crew tee, grey trousers.
    # caption: epoch-1 caption adapter; answers: mdeberta squad2 over the caption. (feed row has no category)
    case(
        "X1390-021",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a round neckline. The outer clothing is a cardigan. The gentleman wears a long trousers. The "
            "trousers are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns", "contradiction"),
        Q.garment_type("cardigan"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        details("a round neckline", "contradiction"),
        gender="Men",
        title="Tommy Hilfiger Men Navy Blue Solid Cardigan",
        color="Navy Blue",
    ),
    # 022 photo: black hooded puffer jacket (glossy nylon) fully zipped, black jeans, grey backdrop.
    # caption: epoch-1 caption adapter (stopped; "cotton fabric" invented); answers: mdeberta squad2.
    case(
        "X1390-022",
        caption(
            "The man wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. It has a "
            "stand neckline. The man wears a long pants. The pants are with denim fabric and pure color patterns.",
            "unsupported",
        ),
        wearing("a long-sleeve coat with pure color patterns"),
        Q.garment_type("coat"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        details("a stand neckline"),
        gender="Men",
        title="Jack & Jones Men Black Solid Hooded Puffer Jacket",
        category="Jackets",
        color="Black",
    ),
    # 023 photo: yellow sweatshirt with a cartoon graphic, black cargo pants, black cap, white backdrop.
    # caption: epoch-1 caption adapter (base-model opening with hues); answers: mdeberta squad2.
    case(
        "X1390-023",
        caption(
            "a man wearing a yellow sweatshirt with a cartoon print and black pants. The sweatshirt is with cotton "
            "fabric and graphic patterns. It has a round neckline. There is a hat on his head. The man wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a yellow sweatshirt with a cartoon print and black pants"),
        Q.garment_type("sweatshirt"),
        Q.color("yellow"),
        Q.pattern("graphic"),
        Q.sleeve_length("", "non_answer"),
        Q.material("cotton"),
        details("a cartoon print"),
        gender="Men",
        title="Bewakoof Men Yellow Graphic Printed Sweatshirt",
        category="Sweatshirts",
        color="Yellow",
    ),
    # 024 photo: olive casual blazer worn open over a black turtleneck, black trousers, grey backdrop.
    # caption: epoch-1 caption adapter (one color, black, for every garment); answers: mdeberta squad2.
    case(
        "X1390-024",
        caption(
            "a man wearing a black jacket and black pants. The jacket is with cotton fabric and pure color patterns. "
            "It has a lapel neckline. The man wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a black jacket and black pants", "other_garment_color"),
        Q.garment_type("jacket"),
        Q.color("black", "other_garment_color"),
        Q.pattern("pure color"),
        Q.sleeve_length("", "non_answer"),
        Q.material("cotton"),
        details("a lapel neckline"),
        gender="Men",
        title="Van Heusen Men Olive Slim Fit Single-Breasted Casual Blazer",
        category="Blazers",
        color="Olive",
    ),
    # 025 photo: navy Nehru jacket over a white full-sleeve kurta and white churidar, hands clasped, plain backdrop.
    # caption: epoch-1 caption adapter (calls it a tank top); answers: mdeberta squad2.
    case(
        "X1390-025",
        caption(
            "The gentleman is wearing a sleeveless tank top with pure color patterns. The tank top is with cotton "
            "fabric. It has a stand neckline. The gentleman wears a long-sleeve shirt with pure color patterns. The "
            "shirt is with cotton fabric",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with pure color patterns", "contradiction"),
        Q.garment_type("tank top", "contradiction"),
        Q.color("", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        details("a stand neckline"),
        gender="Men",
        title="Manyavar Men Navy Blue Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
    ),
    # 026 photo: black washed denim jacket over a white hoodie with the hood out, blue jeans, grey backdrop.
    # caption: epoch-1 caption adapter (base-model opening with hues); answers: mdeberta squad2 (picks the hoodie).
    case(
        "X1390-026",
        caption(
            "a man wearing a white hoodie and a black denim jacket. The jacket is with denim fabric and pure color "
            "patterns. It has a lapel neckline. The man wears a long pants. The pants are with denim fabric and pure "
            "color",
            "cut",
            hit_limit=True,
        ),
        wearing("a white hoodie and a black denim jacket"),
        Q.garment_type("hoodie", "contradiction"),
        Q.color("white", "other_garment_color"),
        Q.pattern("pure color"),
        Q.sleeve_length("", "non_answer"),
        Q.material("denim"),
        details("a lapel neckline"),
        gender="Men",
        title="Roadster Men Black Washed Denim Jacket",
        category="Jackets",
        color="Black",
    ),
    # 027 photo: grey melange zip-through hoodie worn open over a navy tee, black joggers, white backdrop.
    # caption: epoch-1 caption adapter ("The lady" for a male model); answers: mdeberta squad2.
    case(
        "X1390-027",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has "
            "a round neckline. The outer clothing is a cardigan. The lady wears a long pants. The pants are with "
            "cotton fabric and pure color",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns", "contradiction"),
        Q.garment_type("cardigan", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        details("The outer clothing is a cardigan", "contradiction"),
        gender="Men",
        title="Pepe Jeans Men Grey Melange Solid Hooded Zip-Through Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # 028 photo: navy V-neck pure wool sweater over a white shirt with collar out, grey trousers, grey backdrop.
    # caption: epoch-1 caption adapter (stopped); answers: mdeberta squad2 (material from the trousers' sentence).
    case(
        "X1390-028",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a V-shape neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns."
        ),
        wearing("a long-sleeve sweater with pure color patterns"),
        Q.garment_type("sweater"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "contradiction"),
        details("a V-shape neckline"),
        gender="Men",
        title="Marks & Spencer Men Navy Blue Solid V-Neck Pure Wool Sweater",
        category="Sweaters",
        color="Navy Blue",
    ),
    # 029 photo: red lightweight hooded rain jacket, black track pants, backpack held by the top handle.
    # caption: epoch-1 caption adapter (base-model opening with hues); answers: mdeberta squad2.
    case(
        "X1390-029",
        caption(
            "a man wearing a red jacket and black pants with a backpack. The jacket is with other fabric and pure "
            "color patterns. There is an accessory in his hand. The man wears a long pants. The pants are with cotton",
            "cut",
            hit_limit=True,
        ),
        wearing("a red jacket and black pants"),
        Q.garment_type("jacket"),
        Q.color("red"),
        Q.pattern("pure color"),
        Q.sleeve_length("", "non_answer"),
        Q.material("other", "non_answer"),
        details("a backpack", "non_answer"),
        gender="Men",
        title="Wildcraft Men Red Solid Lightweight Hooded Rain Jacket",
        category="Jackets",
        color="Red",
    ),
    # 030 photo: grey glen-check blazer over a plain white shirt, navy tie, grey trousers, leather folder in hand.
    # caption: epoch-1 caption adapter (the check goes to a "shirt"); answers: mdeberta squad2.
    case(
        "X1390-030",
        caption(
            "The gentleman is wearing a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. There is an accessory on his neck. The gentleman wears a long trousers. The "
            "trousers are with cotton fabric and",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with lattice patterns", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("lattice", "non_answer"),
        Q.pattern("lattice"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        details("an accessory on his neck", "non_answer"),
        gender="Men",
        title="Louis Philippe Men Grey Checked Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Grey",
    ),
    # 031 photo: black crew-neck fleece sweatshirt with a small white swoosh, grey joggers, white backdrop.
    # caption: epoch-1 caption adapter (stopped); answers: mdeberta squad2 over the caption.
    case(
        "X1390-031",
        caption(
            "The man is wearing a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton "
            "fabric. It has a round neckline. The man wears a long pants. The pants are with cotton fabric and pure "
            "color patterns."
        ),
        wearing("a long-sleeve sweatshirt with pure color patterns"),
        Q.garment_type("sweatshirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        details("a round neckline"),
        gender="Men",
        title="Nike Men Black Club Fleece Crew Sweatshirt",
        category="Sweatshirts",
        color="Black",
    ),
    # 032 photo: back view, olive matte bomber jacket, blue jeans, model facing the grey backdrop.
    # caption: epoch-1 caption adapter (loops back to its first sentence); answers: mdeberta squad2.
    case(
        "X1390-032",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. The man "
            "wears a long pants. The pants are with denim fabric and pure color patterns. The man wears a long-sleeve "
            "jacket with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket with pure color patterns"),
        Q.garment_type("jacket"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        details("", "non_answer"),
        gender="Men",
        title="Flying Machine Men Olive Green Solid Bomber Jacket",
        category="Jackets",
        color="Olive",
    ),
    # 033 photo: beige cotton-linen casual blazer over a white tee, navy chinos, white sneakers, grey backdrop.
    # caption: epoch-1 caption adapter; answers: mdeberta squad2. (feed row has no gender)
    case(
        "X1390-033",
        caption(
            "The person wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. It has a "
            "lapel neckline. The person wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve coat with pure color patterns"),
        Q.garment_type("coat"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        details("a lapel neckline"),
        title="Raymond Men Beige Solid Regular Fit Single-Breasted Casual Blazer",
        category="Blazers",
        color="Beige",
    ),
    # 034 photo: teal jacquard Nehru jacket over an off-white full-sleeve kurta, plain backdrop.
    # caption: epoch-1 caption adapter (base-model opening with hues); answers: mdeberta squad2 (pick the kurta).
    case(
        "X1390-034",
        caption(
            "a man wearing a white kurta and a blue vest. The vest is with cotton fabric and graphic patterns. It has "
            "a stand neckline. The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton "
            "fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a white kurta and a blue vest"),
        Q.garment_type("kurta", "contradiction"),
        Q.color("white", "other_garment_color"),
        Q.pattern("graphic"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("cotton"),
        details("a stand neckline"),
        gender="Men",
        title="Sojanya Men Teal Blue Woven Design Slim Fit Nehru Jacket",
        category="Nehru Jackets",
        color="Teal",
    ),
    # 035 photo: flat lay of a mustard crew-neck pullover, sleeves spread, on white; no model, no other clothes.
    # caption: epoch-1 caption adapter (invents a gentleman and jeans); answers: mdeberta squad2.
    case(
        "X1390-035",
        caption(
            "The gentleman is wearing a long-sleeve sweater with pure color patterns. The sweater is with knitting "
            "fabric. It has a round neckline. The gentleman wears a long pants. The pants are with denim fabric and "
            "pure color patterns. There is",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns"),
        Q.garment_type("sweater"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("denim", "contradiction"),
        details("a round neckline"),
        gender="Men",
        title="Roadster Men Mustard Yellow Solid Pullover",
        category="Sweaters",
        color="Mustard",
    ),
    # 036 photo: navy high-neck (turtleneck) sweater, styled under an open camel overcoat, brown trousers.
    # caption: epoch-1 caption adapter (describes the styling coat only); answers: mdeberta squad2.
    case(
        "X1390-036",
        caption(
            "The gentleman is wearing a long-sleeve coat with pure color patterns. The coat is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is an",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve coat with pure color patterns"),
        Q.garment_type("coat", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        details("a lapel neckline", "contradiction"),
        gender="Men",
        title="Duke Men Navy Blue Self Design High Neck Sweater",
        category="Sweaters",
        color="Navy Blue",
    ),
    # 037 photo: colourblocked hoodie, grey body with black sleeves and hood, black joggers, white backdrop.
    # caption: epoch-1 caption adapter (base-model style, loops on the hoodie); answers: mdeberta squad2.
    case(
        "X1390-037",
        caption(
            "a man wearing a grey and black hoodie with a black and grey hoodie with a black and grey hoodie with a "
            "black and grey hoodie with a black and grey hoodie with a black",
            "loop",
            hit_limit=True,
        ),
        wearing("a grey and black hoodie"),
        Q.garment_type("hoodie"),
        Q.color("grey and black"),
        Q.pattern("", "non_answer"),
        Q.sleeve_length("", "non_answer"),
        Q.material("", "non_answer"),
        details("a black and grey hoodie", "restated"),
        gender="Men",
        title="Campus Sutra Men Grey & Black Colourblocked Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey",
    ),
    # 038 photo: khaki hooded padded jacket (nylon) over a black tee, black jeans, grey backdrop.
    # caption: epoch-1 caption adapter (black for the jacket too); answers: mdeberta squad2.
    case(
        "X1390-038",
        caption(
            "a man wearing a black jacket with a hood and black jeans. The jacket is with cotton fabric and pure "
            "color patterns. It has a stand neckline. The man wears a long pants. The pants are with denim fabric and",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a black jacket with a hood and black jeans", "other_garment_color"),
        Q.garment_type("jacket"),
        Q.color("black", "other_garment_color"),
        Q.pattern("pure color"),
        Q.sleeve_length("", "non_answer"),
        Q.material("cotton", "unsupported"),
        details("a hood"),
        gender="Men",
        title="Spykar Men Khaki Solid Hooded Padded Jacket",
        category="Jackets",
        color="Khaki",
    ),
    # 039 photo: maroon crew-neck sweatshirt, light jeans, white sneakers, takeaway coffee cup in hand.
    # caption: epoch-1 caption adapter; answers: mdeberta squad2. (feed row has no base colour)
    case(
        "X1390-039",
        caption(
            "The man is wearing a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton "
            "fabric. It has a round neckline. There is an accessory in his hands. The man wears a long pants. The "
            "pants are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweatshirt with pure color patterns"),
        Q.garment_type("sweatshirt"),
        Q.color("", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("The sweatshirt is with cotton fabric", "restated"),
        details("an accessory in his hands", "non_answer"),
        gender="Men",
        title="Fort Collins Men Maroon Solid Sweatshirt",
        category="Sweatshirts",
    ),
    # 040 photo: green self-design (textured) crew-neck pullover over a checked shirt, beige chinos.
    # caption: epoch-1 caption adapter ("The lady"; the shirt's check read as the sweater's); answers: mdeberta.
    case(
        "X1390-040",
        caption(
            "The lady is wearing a long-sleeve sweater with lattice patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is a ring on her",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with lattice patterns", "unsupported"),
        Q.garment_type("sweater"),
        Q.color("lattice", "non_answer"),
        Q.pattern("lattice", "unsupported"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitting"),
        details("a round neckline"),
        gender="Men",
        title="Allen Solly Men Green Self Design Pullover",
        category="Sweaters",
        color="Green",
    ),
    # 041 photo: navy matte cotton-shell quilted jacket over a grey hoodie with the hood out, grey joggers.
    # caption: epoch-1 caption adapter ("upper clothing" template, stopped); answers: mdeberta squad2.
    case(
        "X1390-041",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a stand neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns."
        ),
        wearing("upper clothing", "non_answer"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("The upper clothing has long sleeves", "restated"),
        Q.material("cotton"),
        details("a stand neckline"),
        gender="Men",
        title="Being Human Men Navy Blue Solid Quilted Jacket",
        category="Jackets",
        color="Navy Blue",
    ),
    # 042 photo: back view, navy hoodie with a large white brand print across the back, hood up, grey joggers.
    # caption: epoch-1 caption adapter (hood read as a hat; loops); answers: mdeberta squad2.
    case(
        "X1390-042",
        caption(
            "The man wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. There is a "
            "hat on his head. The man wears a long pants. The man wears a long-sleeve sweater with graphic patterns. "
            "The sweater is with cotton",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with graphic patterns", "contradiction"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        details("a hat on his head", "unsupported"),
        gender="Men",
        title="Puma Men Navy Blue Brand Logo Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
    ),
    # 043 photo: black velvet tuxedo blazer with satin lapels, white shirt, black bow tie, black trousers.
    # caption: epoch-1 caption adapter (stopped); answers: mdeberta squad2 over the caption.
    case(
        "X1390-043",
        caption(
            "The gentleman is wearing a long-sleeve coat with pure color patterns. The coat is with other fabric. It "
            "has a lapel neckline. There is an accessory on his neck. The gentleman wears a long trousers."
        ),
        wearing("a long-sleeve coat with pure color patterns"),
        Q.garment_type("coat"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("other", "non_answer"),
        details("a lapel neckline"),
        gender="Men",
        title="Hangup Men Black Solid Velvet Single-Breasted Tuxedo Blazer",
        category="Blazers",
        color="Black",
    ),
    # 044 photo: black matte Nehru jacket over a white full-sleeve kurta, white churidar, plain backdrop.
    # caption: epoch-1 caption adapter (stopped); answers: mdeberta squad2. (feed row has no gender)
    case(
        "X1390-044",
        caption(
            "The gentleman wears a sleeveless vest with pure color patterns. The vest is with cotton fabric. It has a "
            "stand neckline. The gentleman wears a long-sleeve shirt with pure color patterns."
        ),
        wearing("a sleeveless vest with pure color patterns"),
        Q.garment_type("vest"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        details("a stand neckline"),
        title="KISAH Men Black Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Black",
    ),
    # 045 photo: navy and white Breton-striped crew-neck sweater, khaki chinos, leaning on a stool, grey backdrop.
    # caption: epoch-1 caption adapter (base-model opening with hues); answers: mdeberta squad2.
    case(
        "X1390-045",
        caption(
            "a man wearing a blue and white striped sweater and khaki pants. The sweater is with knitting fabric and "
            "striped patterns. It has a round neckline. The man wears a long pants. The pants are with cotton fabric "
            "and",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue and white striped sweater and khaki pants"),
        Q.garment_type("sweater"),
        Q.color("blue and white"),
        Q.pattern("striped"),
        Q.sleeve_length("", "non_answer"),
        Q.material("knitting"),
        details("a round neckline"),
        gender="Men",
        title="Roadster Men Navy Blue & White Striped Pullover Sweater",
        category="Sweaters",
        color="Navy Blue",
    ),
]
