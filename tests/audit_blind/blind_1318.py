"""BLIND_1318 (45 products; Myntra men's winterwear, epoch-1 caption adapter + extractive QA): written blind in the
sixty-third session. Measured blind at d294d42 (the session's third rules): 119/142 failures found (83.8%) and 10/173
correct texts flagged (5.8%). The writer's notes, verbatim:

Scenario: a Myntra men's winterwear feed (article types Jackets, Sweatshirts, Sweaters, Blazers, Nehru Jackets),
base colours as Myntra spells them, gender "Men"; the feed leaves a column out now and then (four products without
gender, two without a base colour, one without an article type). The photos are the catalog's usual shots: a model
on a plain backdrop wearing the product over or with other clothes (a tee under an open jacket, a shirt or
turtleneck under a blazer, a kurta under a Nehru jacket), two flat lays, two back views, and a few props (a stool,
an umbrella, a coffee cup, a backpack strap).
Who wrote what: every caption is the epoch-1 caption adapter (leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch
on Salesforce/blip2-opt-2.7b, greedy, 50 new tokens). It speaks the DeepFashion-MultiModal template ("The man wears a
long-sleeve sweater with pure color patterns. The sweater is with cotton fabric..."), with no end token trained, so
every caption runs to the 50-token limit: most end mid-sentence, a few repeat a sentence, and five happen to end on
a full stop. Being epoch 1, it still names a hue now and then (about one caption in four) and says "jacket" or
"sweatshirt" where the template would say "sweater" or "outer clothing". Every answer is
timpal0l/mdeberta-v3-base-squad2 extracting a span from that caption (empty when it finds none), for six questions
per product: what the person is wearing, and the blind questionnaire's garment type, colour, pattern, sleeve length
and material. So no answer loops, leaks a prompt or hits a token limit; every answer is a piece of its caption, and
the caption's limits (no hue words, inner garment described instead of the product, template fabrics) pass into them.
Labeling conventions and judgement calls: a caption gets the label of its most visible error: a wrong person
(pronoun), an invented person or detail, a wrong hue or a fabric the title contradicts first; otherwise a caption
cut mid-sentence is cut, one that repeats a sentence is loop; all captions are hit_limit=True. A caption that ended
on a full stop at the limit is correct if what it says is right. A colour answer that is a pattern word ("pure
color", "lattice", "color block") or empty is non_answer; a hue taken from the inner shirt or tee is
other_garment_color; a wrong hue is contradiction. A garment type that names the inner garment (shirt, T-shirt,
sweater under a blazer) or calls a sweatshirt/hoodie a "sweater" is contradiction; "outer clothing" for a jacket,
blazer or Nehru jacket is counted correct (vague but true); "upper clothing" restates the question (restated). The
wearing answer is correct when it names something the man really wears, even if it is the inner garment, but a
sweatshirt called a sweater is contradiction there too; a span listing attributes without naming a garment is
non_answer; "a long" taken from a caption cut at the limit is cut. Sleeves or pattern taken from the inner garment
are contradiction. Material: "cotton" for a cotton sweatshirt, "knitting" for a knit sweater, "denim" for a denim
jacket and "leather" for a biker jacket are correct; "cotton" for a nylon/polyester puffer, bomber, suiting blazer or
jacquard Nehru jacket, with no material in the title, is unsupported; a fabric that contradicts the title (wool blend,
velvet) or that belongs to another garment in the caption (the jeans' denim, the inner tee's cotton) is
contradiction; "other" or "other fabric" is non_answer. Flat lays: a caption that invents a man and his trousers is
unsupported; the wearing answer that names the product is left correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, wearing

BLIND_1318 = [
    # Photo: model in a zipped navy quilted puffer (shiny nylon shell), black jeans, white sneakers, grey backdrop.
    # Caption: epoch-1 caption adapter; answers: mdeberta squad2 over the caption.
    case(
        "X1318-001",
        caption(
            "This man wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "stand-up neckline. The man wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket with pure color patterns"),
        Q.garment_type("jacket"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Roadster Men Navy Blue Solid Padded Jacket",
        category="Jackets",
        color="Navy Blue",
    ),
    # Photo: grey melange pullover hoodie, hood down, hands in the kangaroo pocket, black joggers.
    # Caption: epoch-1 caption adapter; answers: mdeberta squad2 over the caption.
    case(
        "X1318-002",
        caption(
            "The man is wearing a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It "
            "has a round neckline. The man wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns", "contradiction"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Grey Melange Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # Photo: olive nylon bomber worn open over a white crew-neck tee, blue jeans.
    # Caption: epoch-1 caption adapter (describes the tee, the bomber as "outer clothing"); answers: squad2.
    case(
        "X1318-003",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a crew neckline. This man also wears an outer clothing, with cotton fabric and pure color patterns. The "
            "man wears a long",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve", "contradiction"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Mast & Harbour Men Olive Green Solid Bomber Jacket",
        category="Jackets",
        color="Olive",
    ),
    # Photo: black faux-leather biker jacket, zipped, notched lapels, black jeans, white backdrop.
    # Caption: epoch-1 caption adapter (names the hue); answers: squad2 over the caption.
    case(
        "X1318-004",
        caption(
            "This man wears a black long-sleeve jacket with pure color patterns. The jacket is with leather fabric. It "
            "has a lapel neckline. The man wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a black long-sleeve jacket"),
        Q.garment_type("jacket"),
        Q.color("black"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("leather"),
        gender="Men",
        title="WROGN Men Black Solid Biker Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: navy V-neck pullover with a fine self-design texture over a white shirt collar, beige chinos.
    # Caption: epoch-1 caption adapter, ended on a full stop at the limit; answers: squad2 over the caption.
    case(
        "X1318-005",
        caption(
            "The gentleman is wearing a long-sleeve sweater with pure color patterns. The sweater is with knitting "
            "fabric. It has a V-shape neckline. The gentleman wears a long pants. The pants are with cotton fabric and "
            "pure color patterns.",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns"),
        Q.garment_type("sweater"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitting"),
        gender="Men",
        title="U.S. Polo Assn. Men Navy Blue Self-Design Pullover Sweater",
        category="Sweaters",
        color="Navy Blue",
    ),
    # Photo: grey checked single-breasted blazer over a plain white formal shirt, navy trousers, hand in pocket.
    # Caption: epoch-1 caption adapter (the shirt first, the blazer as checked "outer clothing"); answers: squad2.
    case(
        "X1318-006",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. This man also wears an outer clothing, with cotton fabric and lattice patterns. The man "
            "wears a long",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color", "contradiction"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Louis Philippe Men Grey Checked Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Grey",
    ),
    # Photo: maroon jacquard Nehru jacket (sleeveless, slight sheen) over a cream full-sleeve kurta and churidar.
    # Caption: epoch-1 caption adapter (kurta read as a shirt); answers: squad2 over the caption.
    case(
        "X1318-007",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "stand-up neckline. This man also wears an outer clothing, with other fabric and complicated patterns. The "
            "man wears a long pants. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("", "non_answer"),
        Q.pattern("complicated patterns"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("other", "non_answer"),
        gender="Men",
        title="Manyavar Men Maroon Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Maroon",
    ),
    # Photo: black pullover hoodie with a small white logo on the chest, grey track pants, a watch on the wrist.
    # Caption: epoch-1 caption adapter (names the hue, reads the logo as a graphic); answers: squad2.
    case(
        "X1318-008",
        caption(
            "The man is wearing a black long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. "
            "The man wears a long pants. The pants are with cotton fabric and pure color patterns. There is an "
            "accessory on his wrist. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a black long-sleeve sweater with graphic patterns", "contradiction"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("black"),
        Q.pattern("graphic", "contradiction"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="Puma Men Black Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
    ),
    # Photo: flat lay of a beige cable-knit crew-neck pullover on white; no person.
    # Caption: epoch-1 caption adapter (invents a man in denim trousers); answers: squad2 over the caption.
    case(
        "X1318-009",
        caption(
            "The person wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The person wears a long pants. The pants are with denim fabric and pure color "
            "patterns. There",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns"),
        Q.garment_type("sweater"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("denim", "contradiction"),
        gender="Men",
        title="Monte Carlo Men Beige Cable Knit Pullover",
        category="Sweaters",
        color="Beige",
    ),
    # Photo: light-blue washed denim jacket worn open over a black crew tee, black jeans.
    # Caption: epoch-1 caption adapter, ended on a full stop at the limit; answers: squad2 over the caption.
    case(
        "X1318-010",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a crew neckline. This man also wears an outer clothing, with denim fabric and pure color patterns. The "
            "man wears a long trousers.",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt"),
        Q.garment_type("outer clothing"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve", "contradiction"),
        Q.material("denim"),
        gender="Men",
        title="Mufti Men Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
    ),
    # Photo: navy single-breasted formal blazer, buttoned, light-blue shirt, striped tie, grey trousers.
    # Caption: epoch-1 caption adapter (calls the navy blazer black); answers: squad2 over the caption.
    case(
        "X1318-011",
        caption(
            "This man wears a black long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a lapel neckline. There is an accessory in his neck. The man wears a long trousers. The trousers are "
            "with",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a black long-sleeve jacket", "contradiction"),
        Q.garment_type("jacket"),
        Q.color("black", "contradiction"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Raymond Men Navy Blue Solid Slim-Fit Formal Blazer",
        category="Blazers",
        color="Navy Blue",
    ),
    # Photo: charcoal crew-neck sweatshirt, blue jeans, white sneakers, a watch.
    # Caption: epoch-1 caption adapter (the "upper clothing" template variant); answers: squad2 (no span for wearing).
    case(
        "X1318-012",
        caption(
            "His sweater has long sleeves, cotton fabric and pure color patterns. The neckline of it is round. The "
            "pants this man wears is of long length. The pants are with denim fabric and pure color patterns. There "
            "is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        wearing("", "non_answer"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        gender="Men",
        title="Allen Solly Men Charcoal Grey Solid Sweatshirt",
        category="Sweatshirts",
        color="Charcoal",
    ),
    # Photo: olive lightweight quilted jacket, zipped to the chin, khaki chinos (matte polyester shell).
    # Caption: epoch-1 caption adapter, repeating its fabric sentence; answers: squad2 over the caption.
    case(
        "X1318-013",
        caption(
            "This gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a stand-up neckline. The jacket is with cotton fabric. The jacket is with cotton fabric. The jacket "
            "is with cotton fabric.",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket with pure color patterns"),
        Q.garment_type("jacket"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        title="Highlander Men Olive Solid Quilted Jacket",
        category="Jackets",
        color="Olive",
    ),
    # Photo: black single-breasted blazer over a black turtleneck, black trousers (all-black look).
    # Caption: epoch-1 caption adapter (the turtleneck as the sweater, blazer as outer clothing); answers: squad2.
    case(
        "X1318-014",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It has "
            "a stand-up neckline. This man also wears an outer clothing, with cotton fabric and pure color patterns. "
            "The man wears a long pants",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitting", "contradiction"),
        gender="Men",
        title="Peter England Men Black Solid Slim Fit Single-Breasted Blazer",
        category="Blazers",
        color="Black",
    ),
    # Photo: cream Nehru jacket with small printed floral motifs (matte cotton) over a navy kurta, white pyjama.
    # Caption: epoch-1 caption adapter (gets the jacket first this time); answers: squad2 over the caption.
    case(
        "X1318-015",
        caption(
            "This man wears a sleeveless outer clothing with floral patterns. The outer clothing is with cotton "
            "fabric. It has a stand-up neckline. The man wears a long-sleeve shirt with pure color patterns. The shirt "
            "is with cotton fabric. The man",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless outer clothing with floral patterns"),
        Q.garment_type("outer clothing"),
        Q.color("pure color", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        gender="Men",
        title="Vastramay Men Cream-Coloured Printed Nehru Jacket",
        category="Nehru Jackets",
        color="Cream",
    ),
    # Photo: hooded windcheater, blue body with black shoulder and sleeve panels, black joggers.
    # Caption: epoch-1 caption adapter; answers: squad2 (material span taken from the joggers).
    case(
        "X1318-016",
        caption(
            "The man is wearing a long-sleeve jacket with color block patterns. The jacket is with other fabric. It "
            "has a stand-up neckline. The man wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is a",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket with color block patterns"),
        Q.garment_type("jacket"),
        Q.color("color block", "non_answer"),
        Q.pattern("color block"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "contradiction"),
        gender="Men",
        title="Campus Sutra Men Blue & Black Colourblocked Windcheater Jacket",
        category="Jackets",
        color="Blue",
    ),
    # Photo: back view: black hooded puffer, hood up, black jeans; model with short hair, face not visible.
    # Caption: epoch-1 caption adapter (reads the back view as a woman); answers: squad2 over the caption.
    case(
        "X1318-017",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. The lady "
            "wears a long pants. The pants are with denim fabric and pure color patterns. There is a hat in her head. "
            "The",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket with pure color patterns"),
        Q.garment_type("jacket"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Fort Collins Men Black Solid Hooded Puffer Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: grey crew-neck sweatshirt with a large black text print on the chest, black jeans.
    # Caption: epoch-1 caption adapter (says "sweatshirt"); answers: squad2 (no span for the colour).
    case(
        "X1318-018",
        caption(
            "The man wears a long-sleeve sweatshirt with graphic patterns. The sweatshirt is with cotton fabric. It "
            "has a round neckline. The man wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweatshirt with graphic patterns"),
        Q.garment_type("sweatshirt"),
        Q.color("", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="Pepe Jeans Men Grey Printed Sweatshirt",
        category="Sweatshirts",
        color="Grey",
    ),
    # Photo: charcoal crew-neck wool-blend pullover over a white shirt collar, navy chinos, a watch.
    # Caption: epoch-1 caption adapter, ended on a full stop at the limit, but gives the sweater cotton fabric.
    case(
        "X1318-019",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has a "
            "round neckline. The man wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is an accessory on his wrist.",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater"),
        Q.garment_type("sweater"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "contradiction"),
        gender="Men",
        title="Van Heusen Men Charcoal Grey Solid Wool Blend Pullover",
        category="Sweaters",
        color="Charcoal",
    ),
    # Photo: mustard hoodie, blue ripped jeans, model sitting on a wooden stool (prop).
    # Caption: epoch-1 caption adapter, looping on the trousers sentence; answers: squad2 over the caption.
    case(
        "X1318-020",
        caption(
            "The man is wearing a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. The "
            "man wears a long pants. The pants are with denim fabric and pure color patterns. The man wears a long "
            "pants. The man wears a long",
            "loop",
            hit_limit=True,
        ),
        wearing("a long pants"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("denim", "contradiction"),
        gender="Men",
        title="Roadster Men Mustard Yellow Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
    ),
    # Photo: beige cotton casual blazer worn open over a white crew tee, blue jeans.
    # Caption: epoch-1 caption adapter, ended on a full stop at the limit; answers: squad2. Feed has no article type.
    case(
        "X1318-021",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. This man also wears an outer clothing, with cotton fabric and pure color patterns. The "
            "man wears a long pants.",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve", "contradiction"),
        Q.material("cotton"),
        gender="Men",
        title="Blackberrys Men Beige Solid Slim Fit Cotton Casual Blazer",
        color="Beige",
    ),
    # Photo: navy button-front cardigan worn open over a white tee, grey chinos.
    # Caption: epoch-1 caption adapter (the tee first, the cardigan as knitted outer clothing); answers: squad2.
    case(
        "X1318-022",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. This man also wears an outer clothing, with knitting fabric and pure color patterns. "
            "The pants this man wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns"),
        Q.garment_type("outer clothing"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve", "contradiction"),
        Q.material("knitting"),
        gender="Men",
        title="Allen Solly Men Navy Blue Solid Cardigan",
        category="Sweaters",
        color="Navy Blue",
    ),
    # Photo: red padded jacket, zipped, black pants, one backpack strap over the shoulder (prop).
    # Caption: epoch-1 caption adapter (names the hue); answers: squad2 over the caption.
    case(
        "X1318-023",
        caption(
            "This man wears a red long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a stand-up neckline. The man wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a red long-sleeve jacket"),
        Q.garment_type("jacket"),
        Q.color("red"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Wildcraft Men Red Solid Padded Jacket",
        category="Jackets",
        color="Red",
    ),
    # Photo: maroon V-neck sweater vest (sleeveless) over a white full-sleeve shirt, black trousers.
    # Caption: epoch-1 caption adapter (shirt first, vest as knitted outer clothing); answers: squad2.
    case(
        "X1318-024",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. This man also wears an outer clothing, with knitting fabric and pure color patterns. The "
            "man wears a long",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("knitting"),
        gender="Men",
        title="Roadster Men Maroon Solid Sweater Vest",
        category="Sweaters",
        color="Maroon",
    ),
    # Photo: navy self-design Nehru jacket (poly-viscose, fine texture) over a white full-sleeve shirt, beige trousers.
    # Caption: epoch-1 caption adapter (names the shirt's white); answers: squad2 over the caption.
    case(
        "X1318-025",
        caption(
            "The man wears a white long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a stand-up neckline. This man also wears an outer clothing, with cotton fabric and pure color patterns. "
            "The man wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a white long-sleeve shirt"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("white", "other_garment_color"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Louis Philippe Men Navy Blue Self Design Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
    ),
    # Photo: navy crew-neck sweatshirt with a small chest logo, navy joggers. Feed has no gender for this row.
    # Caption: epoch-1 caption adapter (says "sweatshirt"); answers: squad2 over the caption.
    case(
        "X1318-026",
        caption(
            "This gentleman wears a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton "
            "fabric. It has a round neckline. The gentleman wears a long pants. The pants are with cotton fabric and "
            "pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweatshirt with pure color patterns"),
        Q.garment_type("sweatshirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        title="HRX by Hrithik Roshan Men Navy Blue Solid Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
    ),
    # Photo: grey-blue checked blazer worn open over a light-blue shirt, navy chinos.
    # Caption: epoch-1 caption adapter; answers: squad2 (wearing picks the outer-clothing sentence).
    case(
        "X1318-027",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. This man also wears an outer clothing, with cotton fabric and lattice patterns. The man "
            "wears a long trousers. The",
            "cut",
            hit_limit=True,
        ),
        wearing("an outer clothing, with cotton fabric and lattice patterns"),
        Q.garment_type("outer clothing"),
        Q.color("lattice", "non_answer"),
        Q.pattern("lattice patterns"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Arrow Men Grey Checked Slim Fit Single-Breasted Blazer",
        category="Blazers",
        color="Grey",
    ),
    # Photo: green crew-neck pullover with white horizontal stripes, blue jeans, a watch.
    # Caption: epoch-1 caption adapter (calls the man a lady); answers: squad2 over the caption.
    case(
        "X1318-028",
        caption(
            "The lady wears a long-sleeve sweater with striped patterns. The sweater is with knitting fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is an accessory on her",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with striped patterns"),
        Q.garment_type("sweater"),
        Q.color("striped", "non_answer"),
        Q.pattern("striped"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitting"),
        gender="Men",
        title="Monte Carlo Men Green & White Striped Pullover",
        category="Sweaters",
        color="Green",
    ),
    # Photo: off-white cotton-silk Nehru jacket over an off-white kurta, hands folded, no ring, no jewellery.
    # Caption: epoch-1 caption adapter (misses the jacket, invents a ring); answers: squad2 over the caption.
    case(
        "X1318-029",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "stand-up neckline. The man wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is a ring on his finger",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("cotton"),
        gender="Men",
        title="Fabindia Men Off-White Cotton Silk Nehru Jacket",
        category="Nehru Jackets",
        color="Off White",
    ),
    # Photo: back view: black hoodie, hood down, large white print across the back, black track pants.
    # Caption: epoch-1 caption adapter; answers: squad2 (no span for the colour). Feed has no base colour here.
    case(
        "X1318-030",
        caption(
            "The man is wearing a long-sleeve sweatshirt with graphic patterns. The sweatshirt is with cotton fabric. "
            "The man wears a long pants. The pants are with cotton fabric and pure color patterns. There is an "
            "accessory on his wrist. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweatshirt with graphic patterns"),
        Q.garment_type("sweatshirt"),
        Q.color("", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="Nike Men Black Printed Hooded Sweatshirt",
        category="Sweatshirts",
    ),
    # Photo: tan-brown suede-finish (polyester) trucker jacket over a black tee, black jeans.
    # Caption: epoch-1 caption adapter (names the hue, reads suede as leather); answers: squad2.
    case(
        "X1318-031",
        caption(
            "This man wears a brown long-sleeve jacket with pure color patterns. The jacket is with leather fabric. It "
            "has a lapel neckline. The man wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. This man",
            "cut",
            hit_limit=True,
        ),
        wearing("a brown long-sleeve jacket"),
        Q.garment_type("jacket"),
        Q.color("brown"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("leather", "unsupported"),
        gender="Men",
        title="Jack & Jones Men Brown Solid Suede Finish Trucker Jacket",
        category="Jackets",
        color="Brown",
    ),
    # Photo: navy acrylic crew-neck pullover, grey scarf loosely around the neck, blue jeans; bearded model.
    # Caption: epoch-1 caption adapter (calls him a lady); answers: squad2 over the caption.
    case(
        "X1318-032",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round neckline. There is an accessory in her neck. The lady wears a long pants. The pants are with "
            "denim fabric and",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns"),
        Q.garment_type("sweater"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitting"),
        gender="Men",
        title="Duke Men Navy Blue Solid Acrylic Pullover",
        category="Sweaters",
        color="Navy Blue",
    ),
    # Photo: olive sleeveless quilted puffer gilet over a grey hoodie, black jeans.
    # Caption: epoch-1 caption adapter (hoodie first, gilet as outer clothing); answers: squad2.
    case(
        "X1318-033",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. This man "
            "also wears an outer clothing, with cotton fabric and pure color patterns. The man wears a long pants. The "
            "pants are with denim fabric",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Harvard Men Olive Solid Sleeveless Puffer Jacket",
        category="Jackets",
        color="Olive",
    ),
    # Photo: flat lay of a black crew-neck sweatshirt on white; no person.
    # Caption: epoch-1 caption adapter (base-style opening with the hue, then a loop); answers: squad2.
    case(
        "X1318-034",
        caption(
            "a black sweatshirt with pure color patterns. The sweatshirt is with cotton fabric. It has a round "
            "neckline. The sweatshirt is with cotton fabric. It has a round neckline. The sweatshirt is with cotton "
            "fabric. It has a round",
            "loop",
            hit_limit=True,
        ),
        wearing("a black sweatshirt"),
        Q.garment_type("sweatshirt"),
        Q.color("black"),
        Q.pattern("pure color"),
        Q.sleeve_length("", "non_answer"),
        Q.material("cotton"),
        gender="Men",
        title="Highlander Men Black Solid Sweatshirt",
        category="Sweatshirts",
        color="Black",
    ),
    # Photo: black jacquard Nehru jacket (silk-blend sheen) over a white kurta pyjama, mojaris. No gender in feed.
    # Caption: epoch-1 caption adapter (names the kurta's white); answers: squad2 over the caption.
    case(
        "X1318-035",
        caption(
            "This man wears a white long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand-up neckline. This man also wears an outer clothing, with cotton fabric and complicated "
            "patterns. The man wears a long",
            "cut",
            hit_limit=True,
        ),
        wearing("a white long-sleeve shirt with pure color patterns"),
        Q.garment_type("outer clothing"),
        Q.color("white", "other_garment_color"),
        Q.pattern("complicated patterns"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("cotton", "unsupported"),
        title="Sojanya Men Black Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Black",
    ),
    # Photo: brown checked tweed blazer over a cream turtleneck, dark brown trousers.
    # Caption: epoch-1 caption adapter, ended on a full stop at the limit, but gives the blazer cotton fabric.
    case(
        "X1318-036",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It has "
            "a stand-up neckline. This man also wears an outer clothing, with cotton fabric and lattice patterns. The "
            "man wears a long pants.",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("lattice"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "contradiction"),
        gender="Men",
        title="Raymond Men Brown Checked Slim Fit Wool Blend Blazer",
        category="Blazers",
        color="Brown",
    ),
    # Photo: khaki parka with a faux-fur trimmed hood (hood down), zipped, blue jeans; cotton-poly shell.
    # Caption: epoch-1 caption adapter (reads the fur trim as the fabric); answers: squad2 over the caption.
    case(
        "X1318-037",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with furry fabric. It has a "
            "stand-up neckline. The man wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is an accessory",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket with pure color patterns"),
        Q.garment_type("jacket"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("furry", "unsupported"),
        gender="Men",
        title="Fort Collins Men Khaki Solid Parka Jacket with Faux Fur Hood",
        category="Jackets",
        color="Khaki",
    ),
    # Photo: dark-blue denim trucker jacket with a sherpa collar over a white tee, grey jeans.
    # Caption: epoch-1 caption adapter (names the hue); answers: squad2 over the caption.
    case(
        "X1318-038",
        caption(
            "The man wears a blue long-sleeve jacket with pure color patterns. The jacket is with denim fabric. It has "
            "a lapel neckline. The man wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue long-sleeve jacket"),
        Q.garment_type("jacket"),
        Q.color("blue"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("denim"),
        gender="Men",
        title="Levis Men Blue Solid Sherpa Trucker Denim Jacket",
        category="Jackets",
        color="Blue",
    ),
    # Photo: teal crew-neck pullover, white jeans, a watch.
    # Caption: epoch-1 caption adapter (the "upper clothing" template variant); answers: squad2 over the caption.
    case(
        "X1318-039",
        caption(
            "The upper clothing has long sleeves, knitting fabric and pure color patterns. The neckline of it is "
            "round. The lower clothing is of long length. The fabric is denim and it has pure color patterns. There is "
            "an accessory on his wrist",
            "cut",
            hit_limit=True,
        ),
        wearing("long sleeves, knitting fabric and pure color patterns", "non_answer"),
        Q.garment_type("upper clothing", "restated"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("long sleeves"),
        Q.material("knitting fabric"),
        gender="Men",
        title="Mast & Harbour Men Teal Blue Solid Pullover",
        category="Sweaters",
        color="Teal",
    ),
    # Photo: maroon velvet-finish party blazer over a black shirt, black trousers.
    # Caption: epoch-1 caption adapter (velvet read as furry); answers: squad2 (wearing from the cut tail).
    case(
        "X1318-040",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. This man also wears an outer clothing, with furry fabric and pure color patterns. The man "
            "wears a long",
            "cut",
            hit_limit=True,
        ),
        wearing("a long", "cut"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "contradiction"),
        gender="Men",
        title="Park Avenue Men Maroon Velvet Finish Single-Breasted Party Blazer",
        category="Blazers",
        color="Maroon",
    ),
    # Photo: grey melange zip-front hoodie worn open over a black tee, black jeans.
    # Caption: epoch-1 caption adapter (the tee first, the hoodie as outer clothing); answers: squad2.
    case(
        "X1318-041",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. This man also wears an outer clothing, with cotton fabric and pure color patterns. The "
            "man wears a long",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve", "contradiction"),
        Q.material("cotton"),
        gender="Men",
        title="Roadster Men Grey Melange Solid Zip-Front Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # Photo: gold-toned brocade Nehru jacket over an ivory kurta, ivory churidar.
    # Caption: epoch-1 caption adapter (jacket first); answers: squad2 over the caption.
    case(
        "X1318-042",
        caption(
            "This man wears a sleeveless outer clothing with complicated patterns. The outer clothing is with other "
            "fabric. It has a stand-up neckline. The man wears a long-sleeve shirt with pure color patterns. The "
            "shirt is with cotton fabric. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless outer clothing with complicated patterns"),
        Q.garment_type("outer clothing"),
        Q.color("complicated", "non_answer"),
        Q.pattern("complicated patterns"),
        Q.sleeve_length("sleeveless"),
        Q.material("other fabric", "non_answer"),
        gender="Men",
        title="Manyavar Men Gold-Toned Self Design Nehru Jacket",
        category="Nehru Jackets",
        color="Gold",
    ),
    # Photo: black windcheater, hood up, black track pants, a closed umbrella in hand (prop). No base colour in the
    # feed.
    # Caption: epoch-1 caption adapter (names the hue; the hood as a hat); answers: squad2 over the caption.
    case(
        "X1318-043",
        caption(
            "This man wears a black long-sleeve jacket with pure color patterns. The jacket is with other fabric. "
            "There is a hat in his head. The man wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a black long-sleeve jacket"),
        Q.garment_type("jacket"),
        Q.color("black"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("other", "non_answer"),
        gender="Men",
        title="Campus Sutra Men Black Solid Windcheater Jacket",
        category="Jackets",
    ),
    # Photo: navy hoodie with a large white chest print, grey joggers, a watch.
    # Caption: epoch-1 caption adapter, repeating the accessory sentence; answers: squad2 (no span for the colour).
    case(
        "X1318-044",
        caption(
            "The man is wearing a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. The "
            "man wears a long pants. The pants are with cotton fabric and pure color patterns. There is an accessory "
            "on his wrist. There is an accessory",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with graphic patterns", "contradiction"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="WROGN Men Navy Blue Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
    ),
    # Photo: cream textured crew-neck sweater, olive chinos, a coffee cup in one hand, a watch on the other wrist.
    # Caption: epoch-1 caption adapter; answers: squad2 over the caption. No gender in the feed for this row.
    case(
        "X1318-045",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It has "
            "a round neckline. There is an accessory on his wrist. The man wears a long pants. The pants are with "
            "cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns"),
        Q.garment_type("sweater"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitting"),
        title="Roadster Men Cream-Coloured Self-Design Sweater",
        category="Sweaters",
        color="Cream",
    ),
]
