"""BLIND_1246 (46 products; Myntra men's winterwear, epoch-1 caption adapter + extractive QA): written blind in the
sixty-second session. Measured blind at bdc3a30 (the session's fourth rules): 118/138 failures found (85.5%) and
13/145 correct texts flagged (9.0%). The writer's notes, verbatim:

Scenario: a Myntra men's winterwear feed (Jackets, Sweatshirts, Sweaters, Blazers, Nehru Jackets), ordinary catalog
shots: a model on a plain backdrop wearing the product with other clothes (jackets and blazers mostly worn open over a
T-shirt or a shirt, Nehru jackets over a kurta), now and then a back view, a flat lay, a prop. Catalog columns as the
feed has them: title, category (Myntra article type), color (base colour), gender; one left out now and then.
Who wrote what: every caption is the epoch-1 caption adapter (leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch on
blip2-opt-2.7b, greedy, 50 new tokens). At epoch 1 it is half adapted: most captions are the DeepFashion-MultiModal
template ("The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric..."),
which has no hue words and, having no trained end, usually runs to the 50-token limit (cut mid-sentence or looping);
about a quarter are still the base model's short line ("a man wearing a navy blue hoodie and black pants"), which
stops on the newline and names hues but no fabric, pattern or sleeve. Every answer is the extractive QA model
(timpal0l/mdeberta-v3-base-squad2) run over that caption: a span of the caption or "" (its no-answer), never
generated, so answers cannot loop, leak or hit a token limit. Questions: the person-wearing question, the blind
garment-type, color, pattern, sleeve-length and material questions, and on a few products a describe/details one.
Labeling conventions and judgement calls: judged against the imagined photo and the title. Template captions of a
jacket or blazer worn open usually describe the T-shirt or shirt under it (the jacket is the "outer clothing" the
caption never reaches): such a caption is true of the photo, so its label is only its own failure (cut), but the
garment-type, sleeve and material answers taken from it are wrong for the product (contradiction for the garment
and sleeves against the title/category; unsupported for a material the title does not state, contradiction where
the title states another one, e.g. Pure Wool, Linen, Velvet). "pure color", "color block", "graphic", "lattice" or ""
given to the color question are non_answer (a pattern, not a hue); the same words to the pattern question are
right when the photo agrees. "upper clothing" for the garment type and "other" for the material are non_answer;
"outer clothing" for a jacket I accept (it does say outerwear). "knitting" for a sweater's material I accept, even
for a Pure Wool one. A sweatshirt called "sweater" or "shirt", a Nehru jacket called "shirt" or "tank top" is a
contradiction; a Nehru jacket called "vest", a blazer called "tuxedo", maroon called "red", mustard "yellow", off
white "white" I accept. "The lady"/"a woman" for these men's products is pronoun. A caption with two failures
takes the first one reading from the start (so a cut caption that called the jacket a shirt is contradiction, and
hit_limit=True). Every caption that ran to 50 tokens is hit_limit=True, including the few that happen to end on a
full stop (left unmarked when nothing else is wrong). "a hat" for a hood that is down, an accessory on the wrist in
a flat lay, lattice trousers, cotton on a shiny nylon shell are unsupported. No leaks: nothing here echoes a prompt.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, describe, details, wearing

BLIND_1246 = [
    # Photo: black nylon bomber worn open over a white crew-neck T-shirt, blue jeans, white backdrop.
    # Caption: epoch-1 caption adapter (describes the T-shirt, cut at 50 tokens); answers: extractive QA on it.
    case(
        "X1246-001",
        caption(
            "The gentleman is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has a round neckline. The gentleman wears a long trousers. The trousers are with denim fabric "
            "and pure color patterns. This",
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
        title="Roadster Men Black Solid Bomber Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: navy pullover hoodie, hood down, black joggers, grey backdrop.
    # Caption: epoch-1 adapter in the base model's short style (stopped on newline); answers: extractive QA.
    case(
        "X1246-002",
        caption("a man wearing a navy blue hoodie and black pants"),
        wearing("a navy blue hoodie and black pants"),
        Q.garment_type("hoodie"),
        Q.color("navy blue"),
        Q.pattern("", "non_answer"),
        Q.material("", "non_answer"),
        details("hoodie", "hoodie", "restated"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Navy Blue Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
    ),
    # Photo: maroon cable-knit crew-neck sweater, a white shirt collar just showing, beige chinos.
    # Caption: epoch-1 adapter, loops on the neckline sentence to the limit; answers: extractive QA.
    case(
        "X1246-003",
        caption(
            "The gentleman is wearing a long-sleeve sweater with pure color patterns. The sweater is with knitting "
            "fabric. It has a round neckline. It has a round neckline. It has a round neckline. It has a round "
            "neckline. It has a round neckline. It",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns"),
        Q.garment_type("sweater"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitting"),
        gender="Men",
        title="Monte Carlo Men Maroon Cable Knit Pure Wool Pullover",
        category="Sweaters",
        color="Maroon",
    ),
    # Photo: charcoal self-design blazer, buttoned, over a white formal shirt, grey trousers, no tie.
    # Caption: epoch-1 adapter (describes the shirt; the blazer would have been the "outer clothing"), cut.
    case(
        "X1246-004",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric "
            "and its neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns. This gentleman also wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Louis Philippe Men Charcoal Grey Self-Design Slim Fit Formal Blazer",
        category="Blazers",
        color="Charcoal",
    ),
    # Photo: beige Nehru jacket with a woven gold-thread motif over a plain cream kurta, white churidar.
    # Caption: epoch-1 adapter (describes the kurta as a shirt), cut; answers: extractive QA on it.
    case(
        "X1246-005",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric "
            "and its neckline is stand. The gentleman wears a long pants. The pants are with cotton fabric and pure "
            "color patterns. This gentleman also wears an",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color", "contradiction"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Manyavar Men Beige Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Beige",
    ),
    # Photo: mid-blue denim trucker jacket, buttoned up, black jeans, a steel watch.
    # Caption: epoch-1 adapter, calls the jacket a shirt, cut; answers: extractive QA.
    case(
        "X1246-006",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with denim fabric "
            "and its neckline is lapel. The gentleman wears a long trousers. The trousers are with denim fabric and "
            "pure color patterns. There is an accessory on his",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("denim"),
        details("jacket", "its neckline is lapel"),
        gender="Men",
        title="Levis Men Blue Solid Denim Jacket",
        category="Jackets",
        color="Blue",
    ),
    # Photo: grey melange crew sweatshirt with a "BROOKLYN" chest print, black jeans; model with short hair.
    # Caption: epoch-1 adapter, "The lady", runs to the limit; answers: extractive QA.
    case(
        "X1246-007",
        caption(
            "The lady is wearing a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It "
            "has a round neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. There is",
            "pronoun",
            hit_limit=True,
        ),
        Q.garment_type("sweater", "contradiction"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="Kook N Keech Men Grey Melange Printed Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # Photo: red padded jacket with navy shoulder panels, zipped, hood down, black track pants.
    # Caption: epoch-1 adapter, calls it a shirt, cut; answers: extractive QA.
    case(
        "X1246-008",
        caption(
            "The gentleman is wearing a long-sleeve shirt with color block patterns. The shirt is with cotton fabric "
            "and its neckline is stand. The gentleman wears a long pants. The pants are with cotton fabric and pure "
            "color patterns. This gentleman wears a",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("shirt", "contradiction"),
        Q.color("color block", "non_answer"),
        Q.pattern("color block"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Wildcraft Men Red & Navy Blue Colourblocked Padded Jacket",
        category="Jackets",
        color="Red",
    ),
    # Photo: navy crew-neck sweater with thin white horizontal stripes, khaki chinos. (Feed row has no gender.)
    # Caption: epoch-1 adapter, base-style short line; answers: extractive QA.
    case(
        "X1246-009",
        caption("a man wearing a blue and white striped sweater"),
        wearing("a blue and white striped sweater"),
        Q.garment_type("sweater"),
        Q.color("blue and white"),
        Q.pattern("striped"),
        Q.material("", "non_answer"),
        title="U.S. Polo Assn. Men Navy Blue Striped Pullover",
        category="Sweaters",
        color="Navy Blue",
    ),
    # Photo: navy blazer with a faint grey windowpane check, worn open over a white T-shirt, beige chinos.
    # Caption: epoch-1 adapter, base-style; answers: extractive QA (the color span is the T-shirt's).
    case(
        "X1246-010",
        caption("a man wearing a blue blazer and white t-shirt"),
        wearing("a blue blazer and white t-shirt"),
        Q.garment_type("blazer"),
        Q.color("white", "other_garment_color"),
        Q.pattern("", "non_answer"),
        Q.material("", "non_answer"),
        gender="Men",
        title="Blackberrys Men Navy Blue Checked Slim Fit Casual Blazer",
        category="Blazers",
        color="Navy Blue",
    ),
    # Photo: black zip-up track jacket, small white logo, zipped, black track pants, a smartwatch.
    # Caption: epoch-1 adapter, "upper clothing" variant of the template, cut; answers: extractive QA.
    case(
        "X1246-011",
        caption(
            "The upper clothing has long sleeves, other fabric and pure color patterns. The neckline of it is stand. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an "
            "accessory on his wrist. This gentleman",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long sleeves"),
        Q.material("other", "non_answer"),
        gender="Men",
        title="Puma Men Black Solid Sporty Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: olive crew-neck fleece sweatshirt, blue jeans, plain backdrop.
    # Caption: epoch-1 adapter, calls it a sweater, runs to the limit; answers: extractive QA.
    case(
        "X1246-012",
        caption(
            "The gentleman is wearing a long-sleeve sweater with pure color patterns. The sweater is with cotton "
            "fabric. It has a round neckline. The gentleman wears a long trousers. The trousers are with denim fabric "
            "and pure color patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("sweater", "contradiction"),
        Q.color("", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="Roadster Men Olive Green Solid Sweatshirt",
        category="Sweatshirts",
        color="Olive",
    ),
    # Photo: dark brown leather biker jacket, zipped, black jeans, a watch.
    # Caption: epoch-1 adapter, loops on the accessory sentence; answers: extractive QA.
    case(
        "X1246-013",
        caption(
            "The gentleman wears a long-sleeve outer clothing with leather fabric and pure color patterns. There is "
            "an accessory on his wrist. There is an accessory on his wrist. There is an accessory on his wrist. There "
            "is an accessory on his wrist. There",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve outer clothing"),
        Q.garment_type("outer clothing"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        Q.material("leather"),
        gender="Men",
        title="Pepe Jeans Men Brown Leather Biker Jacket",
        category="Jackets",
        color="Brown",
    ),
    # Photo: navy Nehru jacket over a white kurta, white pyjama.
    # Caption: epoch-1 adapter, base-style (kurta read as a shirt); answers: extractive QA (color is the kurta's).
    case(
        "X1246-014",
        caption("a man wearing a white shirt and a blue vest"),
        wearing("a white shirt and a blue vest"),
        Q.garment_type("vest"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("", "non_answer"),
        Q.material("", "non_answer"),
        gender="Men",
        title="Vastramay Men Navy Blue Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
    ),
    # Photo: mustard V-neck sweater, white shirt collar under it, navy chinos.
    # Caption: epoch-1 adapter, "The lady", runs to the limit; answers: extractive QA.
    case(
        "X1246-015",
        caption(
            "The lady is wearing a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric "
            "and its neckline is V-shape. The lady wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns. This lady",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns"),
        Q.garment_type("sweater"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitting"),
        details("sweater", "its neckline is V-shape"),
        gender="Men",
        title="Allen Solly Men Mustard Yellow Solid V-Neck Sweater",
        category="Sweaters",
        color="Mustard",
    ),
    # Photo: olive sleeveless puffer vest, zipped, over a grey long-sleeve henley, black jeans.
    # Caption: epoch-1 adapter (describes the henley), cut; answers: extractive QA.
    case(
        "X1246-016",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric "
            "and its neckline is round. The gentleman wears a long trousers. The trousers are with denim fabric and "
            "pure color patterns. This gentleman also wears an",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Mast & Harbour Men Olive Green Solid Sleeveless Puffer Jacket",
        category="Jackets",
        color="Olive",
    ),
    # Photo: black hoodie with a large white cat-logo print on the chest, grey joggers. (Feed row has no color.)
    # Caption: epoch-1 adapter, base-style; answers: extractive QA.
    case(
        "X1246-017",
        caption("a man wearing a black hoodie with a white puma logo"),
        wearing("a black hoodie with a white puma logo"),
        Q.garment_type("hoodie"),
        Q.color("black"),
        Q.pattern("white puma logo"),
        Q.material("", "non_answer"),
        gender="Men",
        title="Puma Men Black Printed Hooded Sweatshirt",
        category="Sweatshirts",
    ),
    # Photo: beige linen blazer worn open over a light blue shirt, white trousers.
    # Caption: epoch-1 adapter (describes the shirt), loops on its fabric sentence; answers: extractive QA.
    case(
        "X1246-018",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric "
            "and its neckline is lapel. The shirt is with cotton fabric and its neckline is lapel. The shirt is with "
            "cotton fabric and its neckline",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "contradiction"),
        gender="Men",
        title="Raymond Men Beige Slim Fit Single-Breasted Linen Blazer",
        category="Blazers",
        color="Beige",
    ),
    # Photo: charcoal button-front knit cardigan worn open over a white T-shirt, black jeans.
    # Caption: epoch-1 adapter (describes the T-shirt), cut; answers: extractive QA.
    case(
        "X1246-019",
        caption(
            "The gentleman is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric and its neckline is round. The gentleman wears a long trousers. The trousers are with denim "
            "fabric and pure color patterns. This gentleman also",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("short-sleeve", "contradiction"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Roadster Men Charcoal Grey Solid Cardigan",
        category="Sweaters",
        color="Charcoal",
    ),
    # Photo: navy quilted jacket with a shiny nylon shell, zipped to the chin, grey trousers, a watch.
    # Caption: epoch-1 adapter, ran to 50 tokens and happened to end on a full stop; answers: extractive QA.
    case(
        "X1246-020",
        caption(
            "The gentleman is wearing a long-sleeve outer clothing with cotton fabric and pure color patterns. Its "
            "neckline is stand. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is an accessory on his wrist.",
            "unsupported",
            hit_limit=True,
        ),
        Q.garment_type("outer clothing"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Fort Collins Men Navy Blue Solid Quilted Jacket",
        category="Jackets",
        color="Navy Blue",
    ),
    # Photo: cream cable-knit crew-neck sweater on its own, blue jeans.
    # Caption: epoch-1 adapter, template that stopped before the limit; answers: extractive QA.
    case(
        "X1246-021",
        caption(
            "The gentleman is wearing a long-sleeve sweater with pure color patterns. The sweater is with knitting "
            "fabric. It has a round neckline. The gentleman wears a long trousers. The trousers are with denim fabric "
            "and pure color patterns."
        ),
        wearing("a long-sleeve sweater with pure color patterns"),
        Q.garment_type("sweater"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitting"),
        gender="Men",
        title="Pepe Jeans Men Cream-Coloured Cable Knit Sweater",
        category="Sweaters",
        color="Cream",
    ),
    # Photo: back view, maroon hoodie with the hood down, black jeans; model with shoulder-length hair.
    # Caption: epoch-1 adapter, base-style, "a woman"; answers: extractive QA.
    case(
        "X1246-022",
        caption("the back of a woman wearing a red hoodie", "pronoun"),
        wearing("a red hoodie"),
        Q.garment_type("hoodie"),
        Q.color("red"),
        Q.sleeve_length("", "non_answer"),
        gender="Men",
        title="WROGN Men Maroon Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
    ),
    # Photo: black lightweight windcheater, zipped, hood folded down at the collar, black track pants, no hat.
    # Caption: epoch-1 adapter, invents a hat and starts repeating it at the limit; answers: extractive QA.
    case(
        "X1246-023",
        caption(
            "The upper clothing has long sleeves, other fabric and pure color patterns. The neckline of it is stand. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. This "
            "gentleman wears a hat. This gentleman wears a",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a hat", "unsupported"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("long sleeves"),
        Q.material("other", "non_answer"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Solid Lightweight Windcheater Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: black tuxedo blazer with satin peak lapels, white shirt, black bow tie. (Feed row has no gender.)
    # Caption: epoch-1 adapter, base-style; answers: extractive QA.
    case(
        "X1246-024",
        caption("a man in a black tuxedo with a bow tie"),
        wearing("a black tuxedo with a bow tie"),
        Q.garment_type("tuxedo"),
        Q.color("black"),
        Q.pattern("", "non_answer"),
        Q.material("", "non_answer"),
        title="Van Heusen Men Black Solid Slim Fit Tuxedo Blazer",
        category="Blazers",
        color="Black",
    ),
    # Photo: maroon velvet Nehru jacket over a cream kurta, cream pyjama.
    # Caption: epoch-1 adapter, calls it a tank top with furry fabric, runs to the limit; answers: extractive QA.
    case(
        "X1246-025",
        caption(
            "The gentleman is wearing a sleeveless tank top with pure color patterns. The tank top is with furry "
            "fabric and its neckline is stand. The gentleman wears a long trousers. The trousers are with cotton "
            "fabric and pure color patterns. This gentleman",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("tank top", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("furry", "contradiction"),
        gender="Men",
        title="Sojanya Men Maroon Solid Velvet Nehru Jacket",
        category="Nehru Jackets",
        color="Maroon",
    ),
    # Photo: navy fine-knit cotton crew-neck pullover on its own, grey trousers.
    # Caption: epoch-1 adapter, template that stopped before the limit; answers: extractive QA.
    case(
        "X1246-026",
        caption(
            "The gentleman is wearing a long-sleeve sweater with pure color patterns. The sweater is with cotton "
            "fabric. It has a round neckline. The gentleman wears a long trousers. The trousers are with cotton "
            "fabric and pure color patterns."
        ),
        wearing("a long-sleeve sweater with pure color patterns"),
        Q.garment_type("sweater"),
        Q.color("", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        describe("sweater", "sweater", "restated"),
        gender="Men",
        title="Marks & Spencer Men Navy Blue Solid Cotton Pullover",
        category="Sweaters",
        color="Navy Blue",
    ),
    # Photo: flat lay of a khaki cotton-twill utility jacket with chest pockets on a white surface; no person.
    # Caption: epoch-1 adapter, invents a person's ring; answers: extractive QA.
    case(
        "X1246-027",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is "
            "lapel. This person wears a ring on his finger.",
            "unsupported",
        ),
        wearing("a ring on his finger", "unsupported"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        gender="Men",
        title="Roadster Men Khaki Solid Utility Jacket",
        category="Jackets",
        color="Khaki",
    ),
    # Photo: royal blue sweatshirt with a white chest panel, black joggers.
    # Caption: epoch-1 adapter, calls it a shirt, runs to the limit; answers: extractive QA.
    case(
        "X1246-028",
        caption(
            "The gentleman is wearing a long-sleeve shirt with color block patterns. The shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure "
            "color patterns. The gentleman wears",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("shirt", "contradiction"),
        Q.color("color block", "non_answer"),
        Q.pattern("color block"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="Campus Sutra Men Blue & White Colourblocked Sweatshirt",
        category="Sweatshirts",
        color="Blue",
    ),
    # Photo: grey hooded puffer jacket, zipped, black jeans.
    # Caption: epoch-1 adapter, base-style, gives the black jeans the jacket's grey; answers: extractive QA.
    case(
        "X1246-029",
        caption("a man wearing a grey puffer jacket and grey pants", "contradiction"),
        wearing("a grey puffer jacket and grey pants", "contradiction"),
        Q.garment_type("puffer jacket"),
        Q.color("grey"),
        Q.material("", "non_answer"),
        gender="Men",
        title="Jack & Jones Men Grey Solid Hooded Puffer Jacket",
        category="Jackets",
        color="Grey",
    ),
    # Photo: grey Prince-of-Wales check blazer over a plain white shirt, navy tie, plain grey trousers.
    # Caption: epoch-1 adapter, puts the blazer's check on the shirt and the trousers, cut at the limit.
    case(
        "X1246-030",
        caption(
            "The gentleman is wearing a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "lattice patterns. This gentleman has neckwear",
            "unsupported",
            hit_limit=True,
        ),
        Q.garment_type("shirt", "contradiction"),
        Q.color("lattice", "non_answer"),
        Q.pattern("lattice"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Park Avenue Men Grey Checked Slim Fit Formal Blazer",
        category="Blazers",
        color="Grey",
    ),
    # Photo: olive textured-knit crew-neck pullover on its own, beige chinos.
    # Caption: epoch-1 adapter, template that stopped before the limit; answers: extractive QA.
    case(
        "X1246-031",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric "
            "and its neckline is round. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns."
        ),
        wearing("a long-sleeve sweater with pure color patterns"),
        Q.garment_type("sweater"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitting"),
        describe("sweater", "a long-sleeve sweater with pure color patterns"),
        gender="Men",
        title="Roadster Men Olive Green Self-Design Pullover",
        category="Sweaters",
        color="Olive",
    ),
    # Photo: mustard sweatshirt with a small "Los Angeles" text print on the chest, blue jeans. (No category.)
    # Caption: epoch-1 adapter, base-style; answers: extractive QA.
    case(
        "X1246-032",
        caption("a man wearing a yellow sweatshirt with the words los angeles"),
        wearing("a yellow sweatshirt"),
        Q.garment_type("sweatshirt"),
        Q.color("yellow"),
        Q.pattern("the words los angeles"),
        Q.material("", "non_answer"),
        gender="Men",
        title="HERE&NOW Men Mustard Yellow Printed Sweatshirt",
        color="Mustard",
    ),
    # Photo: grey melange V-neck sweater over a blue checked shirt, navy trousers.
    # Caption: epoch-1 adapter, loops on the fabric sentence; answers: extractive QA.
    case(
        "X1246-033",
        caption(
            "The gentleman is wearing a long-sleeve sweater with pure color patterns. The sweater is with knitting "
            "fabric and its neckline is V-shape. The sweater is with knitting fabric and its neckline is V-shape. The "
            "sweater is with knitting fabric and",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns"),
        Q.garment_type("sweater"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitting"),
        details("sweater", "its neckline is V-shape"),
        gender="Men",
        title="Peter England Men Grey Melange Solid V-Neck Sweater",
        category="Sweaters",
        color="Grey Melange",
    ),
    # Photo: tan suede-look bomber, zipped, black jeans, white sneakers, a watch.
    # Caption: epoch-1 adapter, "The lady", ran to 50 tokens ending on a full stop; answers: extractive QA.
    case(
        "X1246-034",
        caption(
            "The lady is wearing a long-sleeve outer clothing with leather fabric and pure color patterns. Its "
            "neckline is stand. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. There is an accessory on her wrist.",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a long-sleeve outer clothing with leather fabric and pure color patterns"),
        Q.garment_type("outer clothing"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        Q.material("leather"),
        gender="Men",
        title="Highlander Men Tan Brown Solid Bomber Jacket",
        category="Jackets",
        color="Tan",
    ),
    # Photo: off-white self-woven Nehru jacket over a black kurta, black churidar. (Feed row has no color.)
    # Caption: epoch-1 adapter, base-style; answers: extractive QA.
    case(
        "X1246-035",
        caption("a man wearing a white vest and black pants"),
        wearing("a white vest and black pants"),
        Q.garment_type("vest"),
        Q.color("white"),
        Q.material("", "non_answer"),
        gender="Men",
        title="KISAH Men Off-White Self-Design Nehru Jacket",
        category="Nehru Jackets",
    ),
    # Photo: navy track jacket with three white stripes down each sleeve, matching striped track pants, a watch.
    # Caption: epoch-1 adapter, "upper clothing" template, cut; answers: extractive QA.
    case(
        "X1246-036",
        caption(
            "The upper clothing has long sleeves, other fabric and striped patterns. The neckline of it is stand. "
            "The lower clothing is of long length. The fabric is cotton and it has striped patterns. There is an "
            "accessory on his wrist. The",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("", "non_answer"),
        Q.pattern("striped"),
        Q.sleeve_length("long sleeves"),
        Q.material("other", "non_answer"),
        gender="Men",
        title="ADIDAS Originals Men Navy Blue SST Track Jacket",
        category="Jackets",
        color="Navy Blue",
    ),
    # Photo: olive casual blazer worn open over a black crew T-shirt, black jeans.
    # Caption: epoch-1 adapter (describes the T-shirt), "The lady", runs to the limit; answers: extractive QA.
    case(
        "X1246-037",
        caption(
            "The lady is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The lady wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns. This lady also",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("short-sleeve", "contradiction"),
        gender="Men",
        title="Theme Men Olive Green Solid Slim Fit Casual Blazer",
        category="Blazers",
        color="Olive",
    ),
    # Photo: light grey melange fleece crew sweatshirt, small embroidered logo, black joggers, bright lighting.
    # Caption: epoch-1 adapter, base-style, reads the grey as white; answers: extractive QA.
    case(
        "X1246-038",
        caption("a man wearing a white sweatshirt and black pants", "contradiction"),
        wearing("a white sweatshirt and black pants", "contradiction"),
        Q.garment_type("sweatshirt"),
        Q.color("white", "contradiction"),
        Q.material("", "non_answer"),
        gender="Men",
        title="Nike Men Grey Melange Solid Sportswear Club Fleece Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # Photo: teal padded jacket, zipped, high collar, grey jeans.
    # Caption: epoch-1 adapter, starts repeating the trousers sentence at the limit; answers: extractive QA.
    case(
        "X1246-039",
        caption(
            "The gentleman is wearing a long-sleeve outer clothing with other fabric and pure color patterns. Its "
            "neckline is stand. The gentleman wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns. The trousers are with denim fabric and pure",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve outer clothing with other fabric and pure color patterns"),
        Q.garment_type("outer clothing"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        Q.material("other", "non_answer"),
        gender="Men",
        title="Monte Carlo Men Teal Blue Solid Padded Jacket",
        category="Jackets",
        color="Teal",
    ),
    # Photo: black fine-knit wool crew-neck pullover, white shirt collar showing, grey trousers.
    # Caption: epoch-1 adapter, template that stopped before the limit, says cotton; answers: extractive QA.
    case(
        "X1246-040",
        caption(
            "The gentleman is wearing a long-sleeve sweater with pure color patterns. The sweater is with cotton "
            "fabric. It has a round neckline. The gentleman wears a long trousers. The trousers are with cotton "
            "fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("a long-sleeve sweater with pure color patterns"),
        Q.garment_type("sweater"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "contradiction"),
        gender="Men",
        title="Louis Philippe Men Black Solid Pure Wool Pullover",
        category="Sweaters",
        color="Black",
    ),
    # Photo: back view, black faux-leather biker jacket, blue jeans. (Feed row has no gender.)
    # Caption: epoch-1 adapter, template that stopped before the limit; answers: extractive QA.
    case(
        "X1246-041",
        caption(
            "The gentleman is wearing a long-sleeve outer clothing with leather fabric and pure color patterns. The "
            "gentleman wears a long trousers. The trousers are with denim fabric and pure color patterns."
        ),
        wearing("a long-sleeve outer clothing with leather fabric and pure color patterns"),
        Q.garment_type("outer clothing"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        Q.material("leather"),
        title="Roadster Men Black Solid Biker Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: navy bandhgala blazer with a tone-on-tone woven motif, buttoned to the stand collar, navy trousers.
    # Caption: epoch-1 adapter, calls it a shirt, cut; answers: extractive QA.
    case(
        "X1246-042",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric "
            "and its neckline is stand. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns. There is an accessory",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color", "contradiction"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Hangup Men Navy Blue Woven Design Bandhgala Blazer",
        category="Blazers",
        color="Navy Blue",
    ),
    # Photo: flat lay of a black hoodie with white drawstrings on a white surface.
    # Caption: epoch-1 adapter, base-style; answers: extractive QA.
    case(
        "X1246-043",
        caption("a black hoodie on a white background"),
        wearing("a black hoodie"),
        Q.garment_type("hoodie"),
        Q.color("black"),
        Q.pattern("", "non_answer"),
        gender="Men",
        title="Roadster Men Black Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
    ),
    # Photo: rust sleeveless V-neck wool sweater vest over a white formal shirt, navy trousers.
    # Caption: epoch-1 adapter (describes the shirt), cut; answers: extractive QA.
    case(
        "X1246-044",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric "
            "and its neckline is lapel. The gentleman wears a long pants. The pants are with cotton fabric and pure "
            "color patterns. This gentleman also wears an",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("cotton", "contradiction"),
        gender="Men",
        title="Monte Carlo Men Rust Solid Sleeveless Pure Wool Sweater Vest",
        category="Sweaters",
        color="Rust",
    ),
    # Photo: light-wash denim jacket open over a grey hoodie (hood down), black jeans, holding a coffee cup.
    # Caption: epoch-1 adapter, template that stopped before the limit, invents a hat; answers: extractive QA.
    case(
        "X1246-045",
        caption(
            "The gentleman is wearing a long-sleeve outer clothing with denim fabric and pure color patterns. The "
            "gentleman wears a long trousers. The trousers are with denim fabric and pure color patterns. This "
            "gentleman wears a hat.",
            "unsupported",
        ),
        wearing("a long-sleeve outer clothing with denim fabric and pure color patterns"),
        Q.garment_type("outer clothing"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.material("denim"),
        gender="Men",
        title="Wrangler Men Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
    ),
    # Photo: navy padded jacket half-zipped over a white T-shirt, grey chinos.
    # Caption: epoch-1 adapter, base-style; answers: extractive QA (the color span is the T-shirt's).
    case(
        "X1246-046",
        caption("a man wearing a navy jacket and a white t-shirt"),
        wearing("a navy jacket and a white t-shirt"),
        Q.garment_type("jacket"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("", "non_answer"),
        Q.material("", "non_answer"),
        gender="Men",
        title="Roadster Men Navy Blue Solid Padded Jacket",
        category="Jackets",
        color="Navy Blue",
    ),
]
