"""BLIND_1366 (45 products; Myntra men's winterwear, epoch-1 caption adapter + extractive QA): written blind in the
sixty-fourth session. Measured blind at d381b30 (the session's first rules): 131/149 failures found (87.9%) and 5/120
correct texts flagged (4.2%). The writer's notes, verbatim:

Scenario: a Myntra men's winterwear feed (Jackets, Sweatshirts, Sweaters, Blazers, Nehru Jackets), one catalog photo
per product: mostly a male model on a plain backdrop wearing the product with jeans, chinos, joggers or a kurta, some
with a watch, a beanie, a backpack or a coffee cup; three flat lays and two back views. The feed's columns are kept
as Myntra exports them: title, category (the article type), color (the base colour), gender; a few rows lack one.
Who wrote what: every caption is from BLIP-2 OPT-2.7b with the epoch-1 caption adapter
(leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch), greedy, 50 new tokens, no prompt. Every answer is
timpal0l/mdeberta-v3-base-squad2 run over that caption (extractive, so each answer is a span of the caption, or ""
when the QA model chose no answer). Questions: garment type, color, pattern, sleeve length and material in the
BLIND_QUESTIONS wording, plus "What is the person wearing?" for some products; not every product kept every answer.
The adapter speaks only the DeepFashion-MultiModal template: no hue names, no "jacket", "sweatshirt", "blazer" or
"hoodie"; a top is a shirt, T-shirt, sweater, tank top or "upper clothing", a layer on top is "an outer clothing";
cotton is its default fabric. No end-of-caption token was trained, so every caption runs to the 50-token limit
(hit_limit=True on all of them): most stop mid-sentence, some loop on the accessory sentence, a few happen to stop
right after a full stop. The answers never hit a limit (they are spans).
Labeling conventions and judgement calls:
- One label per text. A caption stopped mid-phrase is `cut`, unless it loops (`loop`), says "her"/"lady" of the male
  model (`pronoun`), invents something the photo lacks, as pants on a flat lay or a ring on a hand in a pocket
  (`unsupported`), or names a detail the title contradicts ("lapel" for a V-neck) (`contradiction`): then that is
  its label. A caption that stopped cleanly after a full stop and says nothing wrong is left unmarked, hit_limit kept.
- Color answers are spans like "pure color", "stripe", "graphic" or "": none names a color, so all are `non_answer`.
- Garment type: "outer clothing" for a jacket, blazer or Nehru jacket is accepted (it is outerwear); "upper clothing"
  is `non_answer` (it says only "a top"); "shirt", "T-shirt", "sweater" or "tank top" for a product the category
  calls a jacket, sweatshirt, blazer or Nehru jacket is `contradiction`. "sweater" for a sweatshirt counts as wrong.
- Sleeve length or material taken from the inner tee, shirt or kurta for the jacket is `contradiction` (the title or
  the caption's own "outer clothing" sentence says otherwise); "denim" lifted from the jeans' sentence likewise.
- Material "cotton" for a shiny nylon puffer, windcheater or quilted jacket, or for formal suiting, is `unsupported`
  (the photo does not show cotton and the title does not say it); where the title names the fabric (wool blend,
  silk blend, velvet) a wrong fabric is `contradiction`. "knitted" for a wool sweater is right (it is knitted).
- "What is the person wearing?" answered with the inner T-shirt or shirt that really is visible is accepted as
  true though it leaves the product out; answered with a garment the model is not wearing, it is `contradiction`.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, wearing

BLIND_1366 = [
    # Photo: model, olive matte cotton-twill bomber zipped up to the rib collar, black jeans, white sneakers, grey
    # backdrop. Caption: epoch-1 adapter, cut at 50 tokens; answers: mdeberta squad2 over the caption.
    case(
        "X1366-001",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The pants this man wears is of long length. The pants are with denim fabric and pure "
            "color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="Roadster Men Olive Green Solid Bomber Jacket",
        category="Jackets",
        color="Olive",
    ),
    # Photo: model, black shiny nylon puffer zipped to a stand collar, black joggers, white backdrop, no watch.
    # Caption: epoch-1 adapter, cut; answers: squad2 over the caption.
    case(
        "X1366-002",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a standing neckline. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an "
            "accessory on his wrist. There is",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Puma Men Black Solid Padded Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: model, light-blue washed denim trucker jacket worn open over a plain white tee, black jeans. Caption:
    # epoch-1 adapter describes the tee as the top and the jacket as "outer clothing", cut; answers: squad2.
    case(
        "X1366-003",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. This man also wears an outer clothing, with denim fabric and pure color patterns. "
            "The pants this man",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("short-sleeve", "contradiction"),
        Q.material("denim"),
        wearing("a short-sleeve T-shirt with pure color patterns"),
        gender="Men",
        title="Levis Men Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
    ),
    # Photo: model, brown PU leather-look biker jacket zipped, black jeans, steel watch on the left wrist. Caption:
    # epoch-1 adapter, loops on the accessory sentence up to the limit; answers: squad2.
    case(
        "X1366-004",
        caption(
            "His shirt has long sleeves, leather fabric and pure color patterns. The neckline of it is lapel. The "
            "gentleman wears a long pants. The pants are with denim fabric and pure color patterns. There is an "
            "accessory on his wrist. There is an accessory",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long sleeves"),
        Q.material("leather"),
        gender="Men",
        title="HIGHLANDER Men Brown Solid Lightweight Biker Jacket",
        category="Jackets",
        color="Brown",
    ),
    # Photo: flat lay, navy hooded nylon puffer on white, no person, nothing else in frame. Caption: epoch-1 adapter
    # invents the lower clothing and a wrist accessory for nobody; answers: squad2.
    case(
        "X1366-005",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is round. "
            "The lower clothing is of long length. The fabric is denim and it has pure color patterns. There is an "
            "accessory on her wrist. There",
            "unsupported",
            hit_limit=True,
        ),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("", "non_answer"),
        Q.sleeve_length("long sleeves"),
        Q.material("denim", "contradiction"),
        gender="Men",
        title="Fort Collins Men Navy Blue Solid Hooded Puffer Jacket",
        category="Jackets",
        color="Navy Blue",
    ),
    # Photo: model, blue nylon windcheater with the hood up, backpack strap over one shoulder, grey joggers.
    # Caption: epoch-1 adapter reads the hood as a hat and stops on "hat" at the limit; answers: squad2.
    case(
        "X1366-006",
        caption(
            "This guy is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is round. The pants this guy wears is of long length. The pants are with cotton fabric and "
            "pure color patterns. This guy wears a hat",
            "unsupported",
            hit_limit=True,
        ),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        wearing("a long-sleeve shirt with pure color patterns", "contradiction"),
        gender="Men",
        title="Wildcraft Men Blue Solid Hooded Windcheater Jacket",
        category="Jackets",
        color="Blue",
    ),
    # Photo: back view, grey diamond-quilted jacket, khaki chinos, arms down, wrists not visible. Caption: epoch-1
    # adapter reads the quilting as lattice and loops on a wrist accessory nobody can see; answers: squad2.
    case(
        "X1366-007",
        caption(
            "The upper clothing has long sleeves, cotton fabric and lattice patterns. The lower clothing is of long "
            "length. The fabric is cotton and it has pure color patterns. There is an accessory on his wrist. There "
            "is an accessory on his wrist. There",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("", "non_answer"),
        Q.pattern("lattice", "contradiction"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="U.S. Polo Assn. Men Grey Solid Quilted Jacket",
        category="Jackets",
        color="Grey",
    ),
    # Photo: model, olive cotton utility jacket with four flap pockets worn open over a black tee, dark jeans.
    # Caption: epoch-1 adapter, tee as the top, jacket as outer clothing, cut; answers: squad2.
    case(
        "X1366-008",
        caption(
            "This gentleman is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric and its neckline is round. This gentleman also wears an outer clothing, with cotton fabric and "
            "pure color patterns. The pants this",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("outer clothing"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve", "contradiction"),
        Q.material("cotton"),
        wearing("an outer clothing"),
        gender="Men",
        title="Jack & Jones Men Olive Solid Pure Cotton Utility Jacket",
        category="Jackets",
        color="Olive",
    ),
    # Photo: model, black denim jacket buttoned up, cream sherpa collar, blue jeans, watch on the wrist. Caption:
    # epoch-1 adapter, the limit fell right after a full stop; answers: squad2.
    case(
        "X1366-009",
        caption(
            "His shirt has long sleeves, denim fabric and pure color patterns. The neckline of it is lapel. The "
            "trousers this man wears is of long length. The trousers are with denim fabric and pure color patterns. "
            "There is an accessory on his wrist.",
            hit_limit=True,
        ),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long sleeves"),
        Q.material("denim"),
        gender="Men",
        title="Flying Machine Men Black Solid Denim Jacket with Sherpa Collar",
        category="Jackets",
        color="Black",
    ),
    # Photo: model, rust fleece sherpa jacket zipped to a stand collar, grey beanie, blue jeans. Caption: epoch-1
    # adapter (the beanie is a real hat), cut; answers: squad2.
    case(
        "X1366-010",
        caption(
            "This man wears a long-sleeve sweater with pure color patterns. The sweater is with furry fabric. It has "
            "a standing neckline. This man wears a hat. The pants this man wears is of long length. The pants are "
            "with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("sweater", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("furry"),
        gender="Men",
        title="Roadster Men Rust Orange Solid Sherpa Fleece Jacket",
        category="Jackets",
        color="Rust",
    ),
    # Photo: model, black sleeveless nylon puffer gilet zipped over a grey melange hoodie, black joggers. Caption:
    # epoch-1 adapter describes the hoodie as the top, gilet as outer clothing, cut; answers: squad2.
    case(
        "X1366-011",
        caption(
            "This man is wearing a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric "
            "and its neckline is round. This man also wears an outer clothing, with cotton fabric and pure color "
            "patterns. The pants this man wears is",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("sweater", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("cotton", "unsupported"),
        wearing("a long-sleeve sweater with pure color patterns"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Solid Sleeveless Padded Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: model, varsity jacket, red wool-blend body, black sleeves, snap buttons, chest patch, black chinos,
    # watch. Caption: epoch-1 adapter, cut; answers: squad2.
    case(
        "X1366-012",
        caption(
            "The upper clothing has long sleeves, cotton fabric and color block patterns. The neckline of it is "
            "round. The lower clothing is of long length. The fabric is denim and it has pure color patterns. There "
            "is an accessory on his wrist. There is a",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("color block", "non_answer"),
        Q.pattern("color block"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        title="Campus Sutra Men Red & Black Colourblocked Varsity Jacket",
        category="Jackets",
        color="Red",
    ),
    # Photo: model, khaki corduroy trucker jacket open over a white tee, blue jeans. Caption: epoch-1 adapter, tee
    # first, stops before the jacket is named; answers: squad2 (corduroy is cotton, so "cotton" stands).
    case(
        "X1366-013",
        caption(
            "This guy wears a short-sleeve T-shirt with pure color patterns and long pants. The T-shirt is with "
            "cotton fabric and it has a round neckline. The pants are with denim fabric and pure color patterns. This "
            "guy also wears an",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("short-sleeve", "contradiction"),
        Q.material("cotton"),
        wearing("a short-sleeve T-shirt with pure color patterns and long pants"),
        gender="Men",
        title="Mast & Harbour Men Khaki Solid Corduroy Trucker Jacket",
        category="Jackets",
        color="Khaki",
    ),
    # Photo: model, maroon quilted nylon jacket with a hood, zipped, both hands in the pockets, grey chinos.
    # Caption: epoch-1 adapter, repeats a ring sentence (no hand visible) to the limit; answers: squad2.
    case(
        "X1366-014",
        caption(
            "His sweater has long sleeves, cotton fabric and pure color patterns. The neckline of it is round. The "
            "gentleman wears a long pants. The pants are with cotton fabric and pure color patterns. There is a ring "
            "on his finger. There is a ring on",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("sweater", "contradiction"),
        Q.pattern("pure color"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Monte Carlo Men Maroon Solid Quilted Jacket with Detachable Hood",
        category="Jackets",
    ),
    # Photo: model, black cotton-fleece pullover hoodie, hood down, kangaroo pocket, black joggers. Caption:
    # epoch-1 adapter, cut; answers: squad2.
    case(
        "X1366-015",
        caption(
            "This man wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has "
            "a round neckline. The pants this man wears is of long length. The pants are with cotton fabric and pure "
            "color patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("sweater", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
    ),
    # Photo: model, grey melange crew sweatshirt with a large chest text print, blue jeans, watch. Caption: epoch-1
    # adapter, cut; answers: squad2.
    case(
        "X1366-016",
        caption(
            "His shirt has long sleeves, cotton fabric and graphic patterns. The neckline of it is round. The "
            "trousers this man wears is of long length. The trousers are with denim fabric and pure color patterns. "
            "There is an accessory on his wrist. This",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("shirt", "contradiction"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        gender="Men",
        title="WROGN Men Grey Melange Printed Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # Photo: model, navy sweatshirt with a big shield print, black jeans, silver ring on the right hand. Caption:
    # epoch-1 adapter gives the ring to "her", cut; answers: squad2.
    case(
        "X1366-017",
        caption(
            "The upper clothing has long sleeves, cotton fabric and graphic patterns. The neckline of it is round. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is a "
            "ring on her finger. There is a",
            "pronoun",
            hit_limit=True,
        ),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        gender="Men",
        title="Kook N Keech Marvel Men Navy Blue Printed Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
    ),
    # Photo: model, crew sweatshirt, grey melange body with a navy shoulder panel, beige chinos. Caption: epoch-1
    # adapter, cut; answers: squad2.
    case(
        "X1366-018",
        caption(
            "This gentleman wears a long-sleeve shirt with color block patterns. The shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("shirt", "contradiction"),
        Q.color("color block", "non_answer"),
        Q.pattern("color block"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="Van Heusen Sport Men Grey & Navy Blue Colourblocked Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # Photo: back view, maroon hooded sweatshirt, hood down, black joggers. Caption: epoch-1 adapter starts the
    # template over again; answers: squad2.
    case(
        "X1366-019",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The lower clothing is of "
            "long length. The fabric is denim and it has pure color patterns. The upper clothing has long sleeves, "
            "cotton fabric and pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        gender="Men",
        title="Campus Sutra Men Maroon Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
    ),
    # Photo: model, navy crew sweatshirt with a red-white-navy chest stripe band, navy joggers, watch. Caption:
    # epoch-1 adapter, stopped after a full stop, calls the sweatshirt a sweater; answers: squad2.
    case(
        "X1366-020",
        caption(
            "This person wears a long-sleeve sweater with stripe patterns. The sweater is with cotton fabric. It has "
            "a round neckline. The person wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is an accessory on his wrist.",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("sweater", "contradiction"),
        Q.color("stripe", "non_answer"),
        Q.pattern("stripe"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="Tommy Hilfiger Men Navy Blue Striped Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
    ),
    # Photo: flat lay, bottle-green crew sweatshirt with a small chest logo, on white, nothing else. Caption:
    # epoch-1 adapter invents long lower clothing for the empty frame; answers: squad2.
    case(
        "X1366-021",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is round. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an "
            "accessory on her wrist. There is",
            "unsupported",
            hit_limit=True,
        ),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        title="Harvard Men Green Solid Sweatshirt",
        category="Sweatshirts",
        color="Green",
    ),
    # Photo: model, grey melange zip-front hoodie with a printed logo, worn open over a black tee, black joggers.
    # Caption: epoch-1 adapter, tee first, hoodie as outer clothing, cut; answers: squad2.
    case(
        "X1366-022",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. This man also wears an outer clothing, with cotton fabric and graphic patterns. "
            "The pants this man wears is of",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("short-sleeve", "contradiction"),
        Q.material("cotton"),
        wearing("an outer clothing"),
        gender="Men",
        title="Puma Men Grey Melange ESS Logo Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # Photo: model, beige crew sweatshirt, blue jeans, a paper coffee cup in the right hand, watch on that wrist,
    # left hand in the jeans pocket: no ring anywhere. Caption: epoch-1 adapter, stopped after a full stop, adds a
    # ring; answers: squad2.
    case(
        "X1366-023",
        caption(
            "His shirt has long sleeves, cotton fabric and pure color patterns. It has a round neckline. The guy "
            "wears a long pants. The pants are with denim fabric and pure color patterns. There is an accessory on "
            "his wrist. There is a ring on his finger.",
            "unsupported",
            hit_limit=True,
        ),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        gender="Men",
        title="Roadster Men Beige Solid Sweatshirt",
        category="Sweatshirts",
        color="Beige",
    ),
    # Photo: model, white crew sweatshirt with a large front print, black joggers. Caption: epoch-1 adapter, cut;
    # answers: squad2.
    case(
        "X1366-024",
        caption(
            "This guy is wearing a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric and "
            "its neckline is round. The pants this guy wears is of long length. The pants are with cotton fabric and "
            "pure color patterns. This guy wears a",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("sweater", "contradiction"),
        Q.color("", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="Being Human Men White Printed Sweatshirt",
        category="Sweatshirts",
        color="White",
    ),
    # Photo: model, teal half-zip sweatshirt with a stand collar, stone chinos, watch. Caption: epoch-1 adapter,
    # cut; answers: squad2.
    case(
        "X1366-025",
        caption(
            "The person wears a long-sleeve shirt with pure color patterns and long pants. The shirt is with cotton "
            "fabric and it has a standing neckline. The pants are with cotton fabric and pure color patterns. There "
            "is an accessory on his wrist. The person",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="Nautica Men Teal Solid Half-Zip Sweatshirt",
        category="Sweatshirts",
        color="Teal",
    ),
    # Photo: model, navy textured-knit crew pullover, beige chinos, hands at his sides. Caption: epoch-1 adapter,
    # cut; answers: squad2.
    case(
        "X1366-026",
        caption(
            "This man wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric. It "
            "has a round neckline. The pants this man wears is of long length. The pants are with cotton fabric and "
            "pure color patterns. There is a",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("sweater"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitted"),
        gender="Men",
        title="Mast & Harbour Men Navy Blue Self-Design Pullover Sweater",
        category="Sweaters",
        color="Navy Blue",
    ),
    # Photo: model, blue and white horizontal-striped crew pullover, dark jeans, watch. Caption: epoch-1 adapter,
    # loops on the accessory sentence; answers: squad2 (the title names wool blend).
    case(
        "X1366-027",
        caption(
            "His sweater has long sleeves, cotton fabric and stripe patterns. The neckline of it is round. The "
            "gentleman wears a long pants. The pants are with denim fabric and pure color patterns. There is an "
            "accessory on his wrist. There is an accessory on his",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("sweater"),
        Q.color("stripe", "non_answer"),
        Q.pattern("stripe"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton", "contradiction"),
        gender="Men",
        title="Monte Carlo Men Blue & White Striped Wool Blend Pullover",
        category="Sweaters",
        color="Blue",
    ),
    # Photo: model, beige knitted button cardigan worn open over a white collared shirt, blue jeans. Caption:
    # epoch-1 adapter, shirt first, cardigan as outer clothing, cut; answers: squad2.
    case(
        "X1366-028",
        caption(
            "This gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric "
            "and its neckline is lapel. This gentleman also wears an outer clothing, with knitted fabric and pure "
            "color patterns. The pants this gentleman wears",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitted"),
        wearing("a long-sleeve shirt with pure color patterns"),
        gender="Men",
        title="Allen Solly Men Beige Solid Cardigan",
        category="Sweaters",
        color="Beige",
    ),
    # Photo: model, off-white cable-knit crew sweater, grey trousers, watch. Caption: epoch-1 adapter, cut;
    # answers: squad2.
    case(
        "X1366-029",
        caption(
            "The upper clothing has long sleeves, knitted fabric and pure color patterns. The neckline of it is "
            "round. The lower clothing is of long length. The fabric is cotton and it has pure color patterns. There "
            "is an accessory on his wrist. There is an",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long sleeves"),
        Q.material("knitted"),
        gender="Men",
        title="Celio Men Off-White Cable Knit Pullover Sweater",
        category="Sweaters",
        color="Off White",
    ),
    # Photo: model, grey melange V-neck pullover with a light-blue shirt collar showing, navy chinos. Caption:
    # epoch-1 adapter takes the shirt collar for a lapel neckline (the title says V-neck), cut; answers: squad2.
    case(
        "X1366-030",
        caption(
            "This man wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric. It "
            "has a lapel neckline. The pants this man wears is of long length. The pants are with cotton fabric and "
            "pure color patterns. There is an",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("sweater"),
        Q.color("", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitted"),
        gender="Men",
        title="Marks & Spencer Men Grey Melange Solid V-Neck Sweater",
        category="Sweaters",
        color="Grey Melange",
    ),
    # Photo: model seated on a wooden stool, mustard textured crew sweater, blue jeans, watch. Caption: epoch-1
    # adapter repeats the pants sentence and ends on a full stop at the limit; answers: squad2.
    case(
        "X1366-031",
        caption(
            "His sweater has long sleeves, knitted fabric and pure color patterns. It has a round neckline. The guy "
            "wears a long pants. The pants are with denim fabric and pure color patterns. There is an accessory on "
            "his wrist. The guy wears a long pants.",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("sweater"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long sleeves"),
        Q.material("knitted"),
        gender="Men",
        title="Duke Men Mustard Yellow Self Design Sweater",
        category="Sweaters",
        color="Mustard",
    ),
    # Photo: model, charcoal sleeveless V-neck sweater over a white full-sleeve shirt, black trousers. Caption:
    # epoch-1 adapter, shirt first, sweater as outer clothing, cut; answers: squad2 (sleeves and fabric of the shirt).
    case(
        "X1366-032",
        caption(
            "This gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. This gentleman also wears an outer clothing, with knitted fabric and pure color "
            "patterns. The trousers this gentleman wears is",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("cotton", "contradiction"),
        wearing("a long-sleeve shirt with pure color patterns"),
        gender="Men",
        title="Louis Philippe Men Charcoal Grey Solid Sleeveless Sweater",
        category="Sweaters",
        color="Charcoal",
    ),
    # Photo: model, red plain-knit crew pullover, dark jeans, watch. Caption: epoch-1 adapter, cut; answers: squad2.
    case(
        "X1366-033",
        caption(
            "This guy wears a long-sleeve sweater with pure color patterns and long pants. The sweater is with "
            "knitted fabric and it has a round neckline. The pants are with denim fabric and pure color patterns. "
            "There is an accessory on his wrist. There is",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("sweater"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitted"),
        gender="Men",
        title="United Colors of Benetton Men Red Solid Pure Wool Pullover",
        category="Sweaters",
        color="Red",
    ),
    # Photo: model, black fine-knit turtleneck sweater, black jeans, black-framed eyeglasses. Caption: epoch-1
    # adapter, stopped after a full stop, nothing wrong in it; answers: squad2.
    case(
        "X1366-034",
        caption(
            "The person wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric. It "
            "has a standing neckline. The person wears a long pants. The pants are with denim fabric and pure color "
            "patterns. This person wears glasses.",
            hit_limit=True,
        ),
        Q.garment_type("sweater"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitted"),
        gender="Men",
        title="Pepe Jeans Men Black Solid Turtle Neck Sweater",
        category="Sweaters",
        color="Black",
    ),
    # Photo: model, charcoal formal single-breasted blazer (fine suiting), white shirt, grey tie, matching
    # trousers. Caption: epoch-1 adapter, shirt first, blazer as outer clothing, cut; answers: squad2.
    case(
        "X1366-035",
        caption(
            "This man is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. This man also wears an outer clothing, with cotton fabric and pure color "
            "patterns. There is an accessory on his neck. This",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        wearing("a long-sleeve shirt with pure color patterns"),
        gender="Men",
        title="Louis Philippe Men Charcoal Grey Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Charcoal",
    ),
    # Photo: model, navy matte cotton-blend casual blazer, open, over a white crew tee, blue jeans. Caption:
    # epoch-1 adapter, tee first, stops on "with cotton"; answers: squad2 (the wearing span ends where the caption
    # was cut).
    case(
        "X1366-036",
        caption(
            "This guy wears a short-sleeve T-shirt with pure color patterns and long pants. The T-shirt is with "
            "cotton fabric and it has a round neckline. The pants are with denim fabric and pure color patterns. This "
            "guy also wears an outer clothing, with cotton",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("short-sleeve", "contradiction"),
        Q.material("cotton"),
        wearing("an outer clothing, with cotton", "cut"),
        gender="Men",
        title="Blackberrys Men Navy Blue Solid Slim Fit Single-Breasted Casual Blazer",
        category="Blazers",
        color="Navy Blue",
    ),
    # Photo: model, brown-and-tan checked tweed blazer over a light-blue shirt, brown trousers, watch. Caption:
    # epoch-1 adapter, the check lands on the "shirt", cut; answers: squad2.
    case(
        "X1366-037",
        caption(
            "His shirt has long sleeves, cotton fabric and plaid patterns. The neckline of it is lapel. The trousers "
            "this man wears is of long length. The trousers are with cotton fabric and pure color patterns. There is "
            "an accessory on his wrist. There is a",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("shirt", "contradiction"),
        Q.color("plaid", "non_answer"),
        Q.pattern("plaid"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Arrow Men Brown Checked Slim Fit Single-Breasted Blazer",
        category="Blazers",
        color="Brown",
    ),
    # Photo: model, black tuxedo blazer with satin peak lapels, white dress shirt, black bow tie, black trousers.
    # Caption: epoch-1 adapter puts the bow tie on "her neck", cut after it; answers: squad2.
    case(
        "X1366-038",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is lapel. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an "
            "accessory on her neck. There is an",
            "pronoun",
            hit_limit=True,
        ),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long sleeves"),
        gender="Men",
        title="Peter England Men Black Solid Slim Fit Tuxedo Blazer",
        category="Blazers",
        color="Black",
    ),
    # Photo: model, grey wool-blend blazer with a faint self-design grid, white shirt, charcoal trousers. Caption:
    # epoch-1 adapter, shirt first, blazer as outer clothing, cut; answers: squad2.
    case(
        "X1366-039",
        caption(
            "This gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric "
            "and its neckline is lapel. This gentleman also wears an outer clothing, with cotton fabric and lattice "
            "patterns. The trousers this gentleman wears is",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("lattice"),
        Q.material("cotton", "contradiction"),
        wearing("an outer clothing"),
        gender="Men",
        title="Raymond Men Grey Wool Blend Self-Design Slim Fit Blazer",
        category="Blazers",
        color="Grey",
    ),
    # Photo: model, maroon velvet blazer over a black turtleneck, black trousers. Caption: epoch-1 adapter,
    # turtleneck first, blazer as furry outer clothing, cut; answers: squad2 (material taken from the turtleneck).
    case(
        "X1366-040",
        caption(
            "This man wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric. It "
            "has a standing neckline. This man also wears an outer clothing, with furry fabric and pure color "
            "patterns. The pants this man wears is of long",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("sweater", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitted", "contradiction"),
        wearing("a long-sleeve sweater with pure color patterns"),
        gender="Men",
        title="Van Heusen Men Maroon Solid Velvet Slim Fit Blazer",
        category="Blazers",
        color="Maroon",
    ),
    # Photo: model, maroon jacquard-woven Nehru jacket over a cream full-sleeve kurta, cream churidar, plain
    # backdrop. Caption: epoch-1 adapter, kurta as "shirt", jacket as outer clothing, limit fell on a full stop;
    # answers: squad2.
    case(
        "X1366-041",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "standing neckline. This man also wears an outer clothing, with cotton fabric and complicated patterns. "
            "The pants this man wears is of long length.",
            hit_limit=True,
        ),
        Q.garment_type("shirt", "contradiction"),
        Q.color("", "non_answer"),
        Q.pattern("complicated"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("cotton", "unsupported"),
        wearing("an outer clothing"),
        gender="Men",
        title="Manyavar Men Maroon Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Maroon",
    ),
    # Photo: model, cream woven-design Nehru jacket buttoned over a white kurta (only the kurta's hem shows below),
    # white pyjama, watch. Caption: epoch-1 adapter, cut; answers: squad2 (the title names silk blend).
    case(
        "X1366-042",
        caption(
            "The upper clothing has no sleeves, cotton fabric and complicated patterns. The neckline of it is "
            "standing. The lower clothing is of long length. The fabric is cotton and it has pure color patterns. "
            "There is an accessory on his wrist. There is an",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("", "non_answer"),
        Q.pattern("complicated"),
        Q.sleeve_length("no sleeves"),
        Q.material("cotton", "contradiction"),
        gender="Men",
        title="Vastramay Men Cream-Coloured Woven Design Silk Blend Nehru Jacket",
        category="Nehru Jackets",
        color="Cream",
    ),
    # Photo: model, navy Nehru jacket with a paisley-floral print over a white shirt, blue jeans, watch. Caption:
    # epoch-1 adapter calls it a tank top, starts the template again and is cut; answers: squad2.
    case(
        "X1366-043",
        caption(
            "His tank top has no sleeves, cotton fabric and floral patterns. The neckline of it is standing. The "
            "trousers this man wears is of long length. The trousers are with denim fabric and pure color patterns. "
            "There is an accessory on his wrist. His tank",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("tank top", "contradiction"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("no sleeves"),
        Q.material("cotton"),
        gender="Men",
        title="KISAH Men Navy Blue Printed Cotton Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
    ),
    # Photo: model, black plain Nehru jacket over a white full-sleeve shirt, blue jeans, watch. Caption: epoch-1
    # adapter puts the watch on "her wrist", the limit fell on that full stop; answers: squad2.
    case(
        "X1366-044",
        caption(
            "This guy is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. This guy also wears an outer clothing, with cotton fabric and pure color "
            "patterns. There is an accessory on her wrist.",
            "pronoun",
            hit_limit=True,
        ),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("cotton"),
        wearing("a long-sleeve shirt with pure color patterns"),
        gender="Men",
        title="SOJANYA Men Black Solid Cotton Blend Nehru Jacket",
        category="Nehru Jackets",
    ),
    # Photo: flat lay, mustard Nehru jacket buttoned, on a white backdrop, no person. Caption: epoch-1 adapter
    # invents the lower clothing and a wrist accessory; answers: squad2.
    case(
        "X1366-045",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. The neckline of it is "
            "standing. The lower clothing is of long length. The fabric is cotton and it has pure color patterns. "
            "There is an accessory on her wrist. There is",
            "unsupported",
            hit_limit=True,
        ),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("no sleeves"),
        Q.material("cotton"),
        title="Jompers Men Mustard Yellow Solid Cotton Blend Nehru Jacket",
        category="Nehru Jackets",
        color="Mustard",
    ),
]
