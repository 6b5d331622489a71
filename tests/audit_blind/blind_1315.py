"""BLIND_1315 (45 products; Myntra men's shirts/tees, epoch-2 caption LoRA): written blind in the sixty-third session.
Measured blind at d294d42 (the session's third rules): 70/89 failures found (78.7%) and 15/184 correct texts flagged
(8.2%). The writer's notes, verbatim:

Scenario: a Myntra feed of men's casual shirts and T-shirts (article types Shirts and Tshirts, base colours as Myntra
writes them), each shot on a model over jeans or chinos on a plain backdrop, with a few flat lays, three back views and
props (a jacket over the shoulder, a coffee cup, a stool, sunglasses, a cap). Every text, caption and answers alike,
comes from BLIP-2 OPT-2.7b with the epoch-2 caption LoRA (between the two published caption adapters), greedy, 50 new
tokens for the caption and 30 for each answer, stopped on newline. At epoch 2 question answering is half erased: many
prompts get the DeepFashion caption template back ("The gentleman wears a long-sleeve shirt with lattice patterns. The
shirt is with cotton fabric..."), the rest get a short answer, often right, sometimes with one color for two garments.
The adapter knows DeepFashion's pattern words (pure color, lattice, striped, graphic, floral, color block) and its
mostly-female pronouns ("the lady"), and no hue names beyond what the base model kept.
Who wrote what: all texts by the epoch-2 caption adapter; the comment above each case says what the photo shows.
Labeling conventions and judgement calls: the caption template returned to a color or yes/no question is a non_answer
(it names no hue and says neither yes nor no), with hit_limit when it ran to 30 tokens; the template returned to "what
is he wearing", "what type" or "describe" that is right as far as it goes but stops mid-sentence is cut. When a text is
both cut and wrong in content (wrong pronoun, wrong fabric, wrong collar), I labeled the content error. A male model
called "the lady"/"the woman" is pronoun. "Lattice" for a checked shirt, "floral" for a leaf print, "graphic" for a
print and "lapel neckline" for a polo collar are the adapter's vocabulary and correct. Colors: red for maroon, green for
olive or teal, orange for rust, brown for khaki, purple for lavender, white for off-white or cream, and "blue" for a
green-and-navy check are left unmarked (the hue family or one of the product's colors); black for a charcoal tee and
white for a beige shirt are marked. A color that belongs to another visible garment (jeans, the inner tee, the chinos)
is other_garment_color. A wearer and jeans invented for a flat lay, a chest pocket claimed from a back view, a wrist
accessory not in the photo are unsupported. "Cotton" is left unmarked for plain shirts and tees whose title gives no
fabric (and for a corduroy shirt, which is cotton); it is a contradiction against a title that says linen, and "denim"
is a contradiction for a chambray shirt. Elbow-length sleeves on an oversized tee called medium-sleeve are left correct;
"medium-sleeve" for a long-sleeve shirt with rolled sleeves, "short-sleeve" for a long-sleeve tee and "lapel" for a
mandarin collar are contradictions. Corduroy wales called "striped" is marked. The prop (a jacket) given as the garment
type and "no" to "Is this a polo shirt?" for a polo are contradictions; "red" to the sleeve question is a non_answer; "a
shirt" to "Describe the shirt" and the question's words given back are restated. Loops are the template or one word
repeating to the limit; a leak is the answer running on into the next "Question: ... Answer:" turn.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1315 = [
    # Photo: model facing the camera in a navy-and-white checked shirt, long sleeves buttoned at the cuff, over
    # light-blue jeans and white sneakers, grey backdrop. All texts: epoch-2 caption adapter.
    case(
        "X1315-001",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and it has"
            " a lapel neckline. The gentleman wears a long pants. The pants are with denim fabric and pure color"
            " patterns."
        ),
        wearing(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and it has"
            " a lapel neckline. The",
            "cut",
            who="he",
            hit_limit=True,
        ),
        color_of(
            "shirt",
            "The shirt is with cotton fabric and lattice patterns. It has a lapel neckline. The gentleman wears a long"
            " pants. The pants are with",
            "non_answer",
            hit_limit=True,
        ),
        color_of("jeans", "blue"),
        Q.pattern("lattice"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Roadster Men Navy Blue & White Checked Casual Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Photo: black crew-neck tee with a large white chest graphic, olive chinos, white backdrop. All texts: epoch-2
    # caption adapter.
    case(
        "X1315-002",
        caption(
            "This man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a"
            " round neckline. This man wears a long trousers. The trousers are with cotton fabric and pure color"
            " patterns."
        ),
        color_of("t-shirt", "black"),
        color_of("pants", "black", "other_garment_color"),
        Q.garment_type("T-shirt"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: maroon short-sleeve henley with a three-button placket, mid-blue jeans, three-quarter pose. All texts:
    # epoch-2 caption adapter.
    case(
        "X1315-003",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has"
            " a round neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color"
            " patterns.",
            "pronoun",
        ),
        wearing(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has"
            " a round",
            "pronoun",
            hit_limit=True,
        ),
        color_of("t-shirt", "red"),
        is_a("t-shirt", "yes"),
        details(
            "t-shirt",
            "It has a round neckline. The T-shirt is with cotton fabric. It has a round neckline. The T-shirt is with"
            " cotton fabric. It has",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("short-sleeve"),
        gender="Men",
        title="Mast & Harbour Men Maroon Solid Henley Neck T-shirt",
        category="Tshirts",
        color="Maroon",
    ),
    # Photo: mid-blue denim shirt, long sleeves, over black jeans, white backdrop. All texts: epoch-2 caption adapter.
    case(
        "X1315-004",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric and it"
            " has a lapel neckline. The gentleman wears a long pants. The pants are with denim fabric and pure color"
            " patterns."
        ),
        color_of("shirt", "blue"),
        color_of("jeans", "blue", "other_garment_color"),
        Q.material("denim"),
        describe(
            "shirt",
            "The shirt is with denim fabric and it has a lapel neckline. The shirt is with denim fabric and it has a"
            " lapel neckline. The",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("pure color"),
        gender="Men",
        title="Highlander Men Blue Slim Fit Denim Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: flat lay, a yellow tee with black "STAY WEIRD" lettering laid on a pale wooden floor; no person, no
    # trousers. All texts: epoch-2 caption adapter.
    case(
        "X1315-005",
        caption(
            "The person wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a"
            " round neckline. The person wears a long pants. The pants are with denim fabric and pure color patterns.",
            "unsupported",
        ),
        wearing(
            "The person wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a"
            " round",
            "cut",
            hit_limit=True,
        ),
        Q.color("yellow"),
        Q.garment_type("T-shirt"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="Bewakoof Men Yellow Typography Printed T-shirt",
        category="Tshirts",
        color="Yellow",
    ),
    # Photo: olive shirt with the long sleeves rolled up to the elbow, beige chinos, one hand in a pocket, a steel
    # watch on the wrist. All texts: epoch-2 caption adapter.
    case(
        "X1315-006",
        caption(
            "The gentleman wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it"
            " has a lapel neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure color"
            " patterns.",
            "contradiction",
        ),
        color_of("shirt", "green"),
        color_of("pants", "green", "other_garment_color"),
        Q.sleeve_length("long-sleeve"),
        details(
            "shirt", "The shirt is with cotton fabric and it has a lapel neckline. There is an accessory on his wrist."
        ),
        Q.garment_type("shirt"),
        gender="Men",
        title="WROGN Men Olive Green Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Olive",
    ),
    # Photo: grey melange polo with a small embroidered logo, navy chinos, studio white. All texts: epoch-2 caption
    # adapter.
    case(
        "X1315-007",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has"
            " a lapel neckline. This man wears a long trousers. The trousers are with cotton fabric and pure color"
            " patterns."
        ),
        is_a("polo shirt", "yes"),
        color_of("t-shirt", "grey"),
        color_of("pants", "grey", "other_garment_color"),
        Q.garment_type(
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has"
            " a lapel",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        title="U.S. Polo Assn. Men Grey Melange Solid Polo Collar Pure Cotton T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # Photo: white long-sleeve shirt with a small all-over navy leaf print, navy chinos, grey backdrop. All texts:
    # epoch-2 caption adapter.
    case(
        "X1315-008",
        caption(
            "The gentleman wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric and it has a"
            " lapel neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure color"
            " patterns."
        ),
        color_of("shirt", "white"),
        color_of("pants", "white", "other_garment_color"),
        Q.pattern("floral"),
        describe(
            "shirt",
            "The shirt is with cotton fabric and it has a lapel neckline. The gentleman wears a long pants. The pants"
            " are with cotton",
            "cut",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        gender="Men",
        title="Louis Philippe Sport Men White Slim Fit Printed Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: black tee with a big white PUMA logo, mid-wash blue jeans, bare wrists, white backdrop. All texts:
    # epoch-2 caption adapter.
    case(
        "X1315-009",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns and a long pants. The pants are with denim"
            " fabric. There is an accessory on his wrist.",
            "unsupported",
        ),
        wearing("a black t-shirt and jeans", who="he"),
        color_of("t-shirt", "black"),
        color_of("jeans", "black", "other_garment_color"),
        Q.sleeve_length("short-sleeve"),
        details("t-shirt", "The T-shirt is with cotton fabric. It has a round neckline."),
        gender="Men",
        title="Puma Men Black Brand Logo Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: beige short-sleeve shirt, dark-blue jeans, sunglasses held in the right hand. All texts: epoch-2
    # caption adapter.
    case(
        "X1315-010",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has a"
            " lapel neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color"
            " patterns. There is a",
            "pronoun",
            hit_limit=True,
        ),
        wearing(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has a"
            " lapel neckline. The",
            "pronoun",
            who="the man",
            hit_limit=True,
        ),
        color_of("shirt", "white", "contradiction"),
        color_of("jeans", "blue"),
        Q.pattern("pure color"),
        gender="Men",
        title="The Indian Garage Co Men Beige Regular Fit Solid Casual Shirt",
        category="Shirts",
        color="Beige",
    ),
    # Photo: navy polo-collar tee with thin white horizontal stripes, beige chinos. All texts: epoch-2 caption
    # adapter.
    case(
        "X1315-011",
        caption(
            "This man wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a"
            " lapel neckline. This man wears a long pants. The pants are with cotton fabric and pure color patterns."
        ),
        color_of("t-shirt", "blue and white"),
        color_of("pants", "blue and white", "other_garment_color"),
        Q.pattern("striped"),
        is_a("polo shirt", "yes"),
        describe("t-shirt", "The T-shirt is with cotton fabric and striped patterns. It has a lapel neckline."),
        gender="Men",
        title="Jack & Jones Men Navy Blue Striped Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: back view, the model faces away; green-and-navy checked shirt, long sleeves, blue jeans. No pocket or
    # collar front visible. All texts: epoch-2 caption adapter.
    case(
        "X1315-012",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and it has"
            " a lapel neckline. The gentleman wears a long pants. The pants are with denim fabric and pure color"
            " patterns."
        ),
        color_of("shirt", "blue"),
        wearing(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and it has"
            " a lapel neckline. The",
            "cut",
            who="he",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        details("shirt", "It has a lapel neckline and a pocket on the chest.", "unsupported"),
        Q.sleeve_length("long-sleeve"),
        gender="Men",
        title="Tommy Hilfiger Men Green & Navy Checked Slim Fit Casual Shirt",
        category="Shirts",
        color="Green",
    ),
    # Photo: colourblocked tee, mustard body with black sleeves and shoulder panel, black jeans. All texts: epoch-2
    # caption adapter.
    case(
        "X1315-013",
        caption(
            "The man wears a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric. It has"
            " a round neckline. The man wears a long pants. The pants are with denim fabric and pure color patterns."
        ),
        color_of("t-shirt", "yellow and black"),
        color_of("jeans", "yellow", "other_garment_color"),
        Q.pattern("color block"),
        Q.garment_type("T-shirt"),
        Q.material(
            "The T-shirt is with cotton fabric. It has a round neckline. The man wears a long pants. The pants are with"
            " denim fabric and",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Campus Sutra Men Mustard Yellow & Black Colourblocked Round Neck T-shirt",
        category="Tshirts",
        color="Mustard",
    ),
    # Photo: off-white linen shirt with a mandarin collar, long sleeves, light-blue jeans. All texts: epoch-2 caption
    # adapter.
    case(
        "X1315-014",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it"
            " has a stand neckline. The gentleman wears a long pants. The pants are with denim fabric and pure color"
            " patterns.",
            "contradiction",
        ),
        Q.material("cotton", "contradiction"),
        color_of("shirt", "white"),
        color_of("jeans", "blue"),
        is_a("shirt", "yes"),
        describe("shirt", "a white shirt with a stand collar"),
        gender="Men",
        title="Urbano Fashion Men Off-White Mandarin Collar Pure Linen Casual Shirt",
        category="Shirts",
        color="Off White",
    ),
    # Photo: white tee with a red batwing logo print, blue jeans, a denim jacket slung over one shoulder (a prop, not
    # worn). All texts: epoch-2 caption adapter.
    case(
        "X1315-015",
        caption(
            "His T-shirt has short sleeves, cotton fabric and graphic patterns. It has a round neckline. The pants this"
            " man wears is of long length. The pants are with denim fabric and pure color patterns. There is a jacket",
            "cut",
            hit_limit=True,
        ),
        wearing("a white t-shirt and a blue jeans", who="he"),
        color_of("t-shirt", "white"),
        color_of("jeans", "blue"),
        Q.pattern("graphic"),
        is_a(
            "t-shirt",
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a"
            " round",
            "non_answer",
            hit_limit=True,
        ),
        Q.garment_type("jacket", "contradiction"),
        gender="Men",
        title="Levis Men White Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: rust-orange solid shirt, long sleeves, black jeans, white backdrop. All texts: epoch-2 caption adapter.
    case(
        "X1315-016",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it"
            " has a lapel neckline. The gentleman wears a long pants. The pants are with denim fabric and pure color"
            " patterns."
        ),
        color_of("shirt", "orange"),
        color_of("jeans", "black"),
        details(
            "shirt",
            "buttons, buttons, buttons, buttons, buttons, buttons, buttons, buttons, buttons, buttons, buttons,"
            " buttons, buttons, buttons, buttons,",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long-sleeve"),
        Q.material(
            "cotton Question: What is the color of the shirt? Answer: orange Question: What is the color of the pants?"
            " Answer: black Question:",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        title="SHOWOFF Men Rust Solid Slim Fit Casual Shirt",
        category="Shirts",
        color="Rust",
    ),
    # Photo: charcoal-grey tee with a small chest print, light-blue jeans, the model seated on a wooden stool. All
    # texts: epoch-2 caption adapter.
    case(
        "X1315-017",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a"
            " round neckline. The man wears a long pants. The pants are with denim fabric and pure color patterns."
        ),
        color_of("t-shirt", "black", "contradiction"),
        wearing(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a"
            " round",
            "cut",
            hit_limit=True,
        ),
        color_of("jeans", "blue"),
        is_a(
            "t-shirt",
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a"
            " round",
            "non_answer",
            hit_limit=True,
        ),
        details("t-shirt", "The T-shirt is with graphic patterns."),
        gender="Men",
        title="Flying Machine Men Charcoal Grey Printed Round Neck T-shirt",
        category="Tshirts",
        color="Charcoal",
    ),
    # Photo: lavender boxy short-sleeve shirt with a Cuban collar, cream wide-leg trousers, a thin chain necklace.
    # All texts: epoch-2 caption adapter.
    case(
        "X1315-018",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has a"
            " lapel neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color"
            " patterns. There is an",
            "pronoun",
            hit_limit=True,
        ),
        color_of("shirt", "purple"),
        color_of("pants", "white"),
        Q.sleeve_length("short-sleeve"),
        Q.garment_type("shirt"),
        describe(
            "shirt",
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has a"
            " lapel neckline. The",
            "pronoun",
            hit_limit=True,
        ),
        gender="Men",
        title="Snitch Men Lavender Oversized Cuban Collar Casual Shirt",
        category="Shirts",
        color="Lavender",
    ),
    # Photo: red polo with white horizontal stripes, plain navy chinos. All texts: epoch-2 caption adapter.
    case(
        "X1315-019",
        caption(
            "This man wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a"
            " lapel neckline. This man wears a long trousers. The trousers are with cotton fabric and striped"
            " patterns.",
            "contradiction",
        ),
        color_of("t-shirt", "red and white"),
        color_of("pants", "blue"),
        Q.pattern("striped"),
        is_a("polo shirt", "no", "contradiction"),
        Q.material("cotton"),
        gender="Men",
        title="Nautica Men Red & White Striped Polo Collar T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # Photo: black solid shirt, long sleeves, grey jeans, white sneakers, one hand at the collar. All texts: epoch-2
    # caption adapter.
    case(
        "X1315-020",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it"
            " has a lapel neckline. The gentleman wears a long pants. The pants are with denim fabric and pure color"
            " patterns."
        ),
        color_of("shirt", "black"),
        color_of("jeans", "black", "other_garment_color"),
        wearing("a black shirt and grey jeans", who="he"),
        is_a(
            "shirt",
            "yes Question: Is this a shirt? Answer: yes Question: Is this a shirt? Answer: yes Question: Is this a"
            " shirt?",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("pure color"),
        gender="Men",
        title="Dennis Lingo Men Black Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Black",
    ),
    # Photo: white shirt, long sleeves, tucked into khaki chinos with a brown leather belt. All texts: epoch-2 caption
    # adapter. (The feed row has no gender.)
    case(
        "X1315-021",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it"
            " has a lapel neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure color"
            " patterns. There is a",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "white"),
        color_of("pants", "white", "other_garment_color"),
        describe("shirt", "The shirt is with cotton fabric and it has a lapel neckline."),
        details(
            "pants",
            "The pants are with cotton fabric. The pants are with cotton fabric. The pants are with cotton fabric. The"
            " pants are with",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("shirt"),
        title="HERE&NOW Men White Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: red-and-black buffalo-check shirt worn open over a white crew-neck tee, blue jeans. All texts: epoch-2
    # caption adapter.
    case(
        "X1315-022",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and it has"
            " a lapel neckline. The gentleman wears a long pants. The pants are with denim fabric and pure color"
            " patterns."
        ),
        wearing(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and it has"
            " a lapel neckline. The",
            "cut",
            who="he",
            hit_limit=True,
        ),
        color_of("shirt", "white", "other_garment_color"),
        color_of("jeans", "blue"),
        Q.pattern("lattice"),
        Q.material("cotton"),
        gender="Men",
        title="Roadster Men Red & Black Buffalo Checked Pure Cotton Casual Shirt",
        category="Shirts",
        color="Red",
    ),
    # Photo: teal solid tee, beige chinos, a takeaway coffee cup in one hand. All texts: epoch-2 caption adapter.
    case(
        "X1315-023",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has a"
            " round neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color"
            " patterns."
        ),
        color_of("t-shirt", "green"),
        color_of(
            "pants",
            "The trousers are with cotton fabric and pure color patterns. The man wears a short-sleeve T-shirt with"
            " pure color patterns. The",
            "non_answer",
            hit_limit=True,
        ),
        Q.garment_type("T-shirt"),
        Q.sleeve_length("short-sleeve"),
        is_a("t-shirt", "yes"),
        gender="Men",
        title="Mast & Harbour Men Teal Blue Solid Round Neck T-shirt",
        category="Tshirts",
        color="Teal",
    ),
    # Photo: blue-and-white vertical pinstripe shirt, long sleeves, navy chinos. All texts: epoch-2 caption adapter.
    case(
        "X1315-024",
        caption(
            "The gentleman wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric and it has"
            " a lapel neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure color"
            " patterns."
        ),
        Q.pattern("striped"),
        color_of("shirt", "blue and white"),
        color_of("pants", "blue"),
        describe("shirt", "a shirt", "restated"),
        details(
            "shirt",
            "The gentleman wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric and it has"
            " a lapel neckline. The",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Louis Philippe Jeans Men Blue Slim Fit Striped Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: back view of a black oversized tee with a large dragon print across the back, the dropped sleeves reach
    # the elbow; light-grey jeans. All texts: epoch-2 caption adapter.
    case(
        "X1315-025",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a"
            " round neckline. The man wears a long pants. The pants are with denim fabric and pure color patterns."
        ),
        color_of("t-shirt", "black"),
        color_of("jeans", "grey"),
        Q.sleeve_length("medium-sleeve"),
        details("t-shirt", "a dragon print on the back"),
        Q.garment_type("T-shirt"),
        gender="Men",
        title="Bewakoof Men Black Graphic Printed Oversized T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: navy solid short-sleeve shirt, white jeans, studio grey. All texts: epoch-2 caption adapter.
    case(
        "X1315-026",
        caption(
            "The woman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has"
            " a lapel neckline. The woman wears a long trousers. The trousers are with denim fabric and pure color"
            " patterns.",
            "pronoun",
        ),
        color_of("shirt", "blue"),
        color_of("jeans", "white"),
        wearing("a blue shirt and white pants"),
        is_a("shirt", "yes"),
        Q.pattern(
            "The woman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has"
            " a lapel neckline. The",
            "pronoun",
            hit_limit=True,
        ),
        gender="Men",
        title="Highlander Men Navy Blue Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Photo: peach solid crew-neck tee, mid-blue jeans. All texts: epoch-2 caption adapter.
    case(
        "X1315-027",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has a"
            " round neckline. The man wears a long pants. The pants are with denim fabric and pure color patterns."
        ),
        color_of("t-shirt", "peach"),
        color_of("jeans", "pink", "other_garment_color"),
        Q.material("cotton"),
        Q.garment_type(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has a"
            " round",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("pure color"),
        gender="Men",
        title="Kook N Keech Men Peach-Coloured Solid Round Neck T-shirt",
        category="Tshirts",
        color="Peach",
    ),
    # Photo: flat lay, a folded blue-and-white gingham shirt on white; no person, no jeans. All texts: epoch-2 caption
    # adapter.
    case(
        "X1315-028",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and it has"
            " a lapel neckline. The gentleman wears a long pants. The pants are with denim fabric and pure color"
            " patterns.",
            "unsupported",
        ),
        wearing(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and it has"
            " a lapel neckline. The",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "blue and white"),
        Q.pattern("lattice"),
        Q.sleeve_length("long-sleeve"),
        color_of("jeans", "blue", "unsupported"),
        gender="Men",
        title="Tommy Hilfiger Men Blue & White Gingham Checked Pure Cotton Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: navy V-neck tee, light-grey chinos. All texts: epoch-2 caption adapter.
    case(
        "X1315-029",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has a"
            " V-shape neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color"
            " patterns."
        ),
        color_of(
            "t-shirt",
            "The T-shirt is with cotton fabric. It has a V-shape neckline. The man wears a long trousers. The trousers"
            " are with cotton fabric and",
            "non_answer",
            hit_limit=True,
        ),
        color_of("pants", "blue", "other_garment_color"),
        details("t-shirt", "It has a V-shape neckline."),
        is_a("t-shirt", "yes"),
        Q.sleeve_length("short-sleeve"),
        gender="Men",
        title="Ether Men Navy Blue Solid V-Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: olive utility shirt with two flap pockets on the chest, long sleeves, black jeans. All texts: epoch-2
    # caption adapter.
    case(
        "X1315-030",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it"
            " has a lapel neckline. The gentleman wears a long pants. The pants are with denim fabric and pure color"
            " patterns."
        ),
        details("shirt", "two pockets on the chest"),
        color_of("shirt", "green"),
        color_of(
            "jeans",
            "Question: What is the color of the jeans? Answer: black Question: What is the color of the shirt? Answer:"
            " green Question:",
            "leak",
            hit_limit=True,
        ),
        Q.material(
            "The shirt is with cotton fabric and it has a lapel neckline. The gentleman wears a long pants. The pants"
            " are with denim",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("long-sleeve"),
        gender="Men",
        title="Roadster Men Olive Green Solid Utility Casual Shirt with Flap Pockets",
        category="Shirts",
        color="Olive",
    ),
    # Photo: mustard short-sleeve shirt with a small white geometric print, navy jeans, sunglasses pushed up on the
    # head. All texts: epoch-2 caption adapter.
    case(
        "X1315-031",
        caption(
            "The gentleman wears a short-sleeve shirt with graphic patterns. The shirt is with cotton fabric and it has"
            " a lapel neckline. The gentleman wears a long pants. The pants are with denim fabric and pure color"
            " patterns. There is a",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "yellow"),
        Q.pattern("floral", "contradiction"),
        Q.sleeve_length("short-sleeve"),
        wearing("a yellow shirt, blue jeans and sunglasses", who="he"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Arrow Sport Men Mustard Yellow Printed Casual Shirt",
        category="Shirts",
        color="Mustard",
    ),
    # Photo: khaki solid shirt, long sleeves, dark-blue jeans. All texts: epoch-2 caption adapter.
    case(
        "X1315-032",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it"
            " has a lapel neckline. The gentleman wears a long pants. The pants are with denim fabric and pure color"
            " patterns."
        ),
        color_of("shirt", "brown"),
        color_of("jeans", "blue"),
        Q.garment_type("shirt"),
        describe(
            "shirt",
            "The shirt is khaki colored and has a khaki collar and khaki buttons and khaki pockets and khaki sleeves"
            " and khaki cuffs and",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("the sleeve length of the garment", "restated"),
        gender="Men",
        title="Highlander Men Khaki Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Khaki",
    ),
    # Photo: black tee with a yellow bat logo, blue jeans, one backpack strap over the shoulder. All texts: epoch-2
    # caption adapter.
    case(
        "X1315-033",
        caption(
            "His T-shirt has short sleeves, cotton fabric and graphic patterns. It has a round neckline. The pants this"
            " man wears is of long length. The pants are with denim fabric and pure color patterns. This man wears a",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "black"),
        color_of("jeans", "blue"),
        details("t-shirt", "batman logo on the front"),
        is_a("t-shirt", "yes"),
        Q.pattern("graphic"),
        gender="Men",
        title="The Souled Store Men Black Batman Printed Cotton T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: sea-green solid shirt, long sleeves, white chinos. All texts: epoch-2 caption adapter. (The feed row has
    # no gender.)
    case(
        "X1315-034",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it"
            " has a lapel neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure color"
            " patterns."
        ),
        color_of("shirt", "green"),
        color_of("pants", "green", "other_garment_color"),
        Q.pattern("pure color"),
        is_a(
            "shirt",
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it"
            " has a lapel neckline. The",
            "non_answer",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Dennis Lingo Men Sea Green Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Sea Green",
    ),
    # Photo: grey solid crew-neck tee with long sleeves, black jeans. All texts: epoch-2 caption adapter.
    case(
        "X1315-035",
        caption(
            "The man wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has a"
            " round neckline. The man wears a long pants. The pants are with denim fabric and pure color patterns."
        ),
        Q.sleeve_length("short-sleeve", "contradiction"),
        color_of("t-shirt", "grey"),
        color_of("jeans", "grey", "other_garment_color"),
        wearing(
            "The man wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has a"
            " round",
            "cut",
            who="the man",
            hit_limit=True,
        ),
        is_a("t-shirt", "yes"),
        Q.material("cotton"),
        gender="Men",
        title="HERE&NOW Men Grey Solid Round Neck Long Sleeves Pure Cotton T-shirt",
        category="Tshirts",
        color="Grey",
    ),
    # Photo: brown corduroy shirt (fine vertical wales, solid colour), long sleeves, two flap chest pockets,
    # off-white chinos. All texts: epoch-2 caption adapter.
    case(
        "X1315-036",
        caption(
            "The gentleman wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric and it has"
            " a lapel neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure color"
            " patterns.",
            "contradiction",
        ),
        Q.material("cotton"),
        color_of("shirt", "brown"),
        color_of("pants", "white"),
        Q.pattern("pure color"),
        details(
            "shirt", "The shirt is with cotton fabric and it has a lapel neckline. There are two pockets on the chest."
        ),
        gender="Men",
        title="Celio Men Brown Solid Corduroy Casual Shirt",
        category="Shirts",
        color="Brown",
    ),
    # Photo: light-blue chambray shirt worn open, sleeves rolled, over a white crew-neck tee; beige chinos. All texts:
    # epoch-2 caption adapter.
    case(
        "X1315-037",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric and it"
            " has a lapel neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure color"
            " patterns.",
            "contradiction",
        ),
        color_of("shirt", "white", "other_garment_color"),
        color_of("pants", "beige"),
        wearing("a blue shirt over a white t-shirt and beige pants", who="he"),
        is_a("shirt", "yes"),
        Q.material("denim", "contradiction"),
        gender="Men",
        title="Mast & Harbour Men Blue Slim Fit Solid Chambray Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: navy tee with an all-over white palm-leaf print, beige chinos. All texts: epoch-2 caption adapter.
    case(
        "X1315-038",
        caption(
            "The lady wears a short-sleeve T-shirt with floral patterns. The T-shirt is with cotton fabric. It has a"
            " round neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color"
            " patterns.",
            "pronoun",
        ),
        Q.pattern("floral"),
        color_of("t-shirt", "blue and white"),
        color_of(
            "pants",
            "The trousers are with cotton fabric and pure color patterns. The lady wears a short-sleeve T-shirt with"
            " floral patterns. The",
            "non_answer",
            hit_limit=True,
        ),
        wearing("a blue shirt with white flowers on it and beige pants", who="the man"),
        Q.garment_type("T-shirt"),
        gender="Men",
        title="WROGN Men Navy Blue Tropical Printed Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: pink solid shirt, long sleeves, light-blue jeans. All texts: epoch-2 caption adapter.
    case(
        "X1315-039",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it"
            " has a lapel neckline. The gentleman wears a long pants. The pants are with denim fabric and pure color"
            " patterns."
        ),
        color_of("shirt", "pink"),
        color_of("jeans", "blue"),
        describe(
            "shirt",
            "Describe the shirt. Answer: The shirt is with cotton fabric and it has a lapel neckline. Question:"
            " Describe the pants. Answer: The",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("long-sleeve"),
        Q.pattern("pure color"),
        is_a(
            "shirt",
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it"
            " has a lapel neckline. The",
            "non_answer",
            hit_limit=True,
        ),
        gender="Men",
        title="Van Heusen Sport Men Pink Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Pink",
    ),
    # Photo: bottle-green tee with a white chest print, black jeans, a black baseball cap. All texts: epoch-2 caption
    # adapter.
    case(
        "X1315-040",
        caption(
            "His T-shirt has short sleeves, cotton fabric and graphic patterns. It has a round neckline. The pants this"
            " man wears is of long length. The pants are with denim fabric and pure color patterns. There is a hat in",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "green"),
        color_of("jeans", "black"),
        is_a("t-shirt", "yes"),
        Q.material(
            "The T-shirt is with cotton fabric. It has a round neckline. The man wears a long pants. The pants are with"
            " denim fabric and",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("short-sleeve"),
        gender="Men",
        title="Jack & Jones Men Green Printed Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Green",
    ),
    # Photo: white solid shirt with a mandarin (band) collar, short sleeves, olive chinos. All texts: epoch-2 caption
    # adapter.
    case(
        "X1315-041",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it"
            " has a lapel neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure color"
            " patterns.",
            "contradiction",
        ),
        color_of("shirt", "white"),
        color_of("pants", "green"),
        details("shirt", "a collar and buttons"),
        Q.sleeve_length("short-sleeve"),
        Q.garment_type("shirt"),
        gender="Men",
        title="Highlander Men White Solid Mandarin Collar Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: blue-and-white tie-dye crew-neck tee, black jeans. All texts: epoch-2 caption adapter.
    case(
        "X1315-042",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a"
            " round neckline. The man wears a long pants. The pants are with denim fabric and pure color patterns."
        ),
        Q.pattern("pure color", "contradiction"),
        color_of("t-shirt", "blue and white"),
        color_of("jeans", "blue", "other_garment_color"),
        is_a(
            "t-shirt",
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a"
            " round",
            "non_answer",
            hit_limit=True,
        ),
        Q.sleeve_length("short-sleeve"),
        wearing("a blue and white tie dye shirt and blue jeans", "other_garment_color", who="he"),
        gender="Men",
        title="Kook N Keech Men Blue & White Tie-Dye Round Neck T-shirt",
        category="Tshirts",
        color="Blue",
    ),
    # Photo: maroon-and-navy checked shirt, long sleeves, grey chinos, a wristwatch on the left wrist. All texts:
    # epoch-2 caption adapter.
    case(
        "X1315-043",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and it has"
            " a lapel neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure color"
            " patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "red"),
        color_of("pants", "grey"),
        details(
            "shirt",
            "The shirt is with cotton fabric and lattice patterns. It has a lapel neckline. There is an accessory on"
            " his wrist.",
        ),
        wearing("a red and blue plaid shirt and grey pants", who="the person"),
        Q.pattern("lattice"),
        gender="Men",
        title="Peter England Casuals Men Maroon & Navy Checked Slim Fit Casual Shirt",
        category="Shirts",
        color="Maroon",
    ),
    # Photo: red solid tee, blue jeans, white sneakers, the model seated on a wooden stool. All texts: epoch-2 caption
    # adapter. (The feed row has no base colour.)
    case(
        "X1315-044",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has a"
            " round neckline. The man wears a long pants. The pants are with denim fabric and pure color patterns."
        ),
        color_of("t-shirt", "red"),
        color_of("jeans", "blue"),
        wearing("red shirt and blue jeans", who="he"),
        Q.sleeve_length("red", "non_answer"),
        Q.material("cotton"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Red Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
    ),
    # Photo: back view, the model faces away; blue-and-white striped short-sleeve shirt, white chinos. All texts:
    # epoch-2 caption adapter.
    case(
        "X1315-045",
        caption(
            "The gentleman wears a short-sleeve shirt with striped patterns. The shirt is with cotton fabric and it has"
            " a lapel neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure color"
            " patterns."
        ),
        color_of("shirt", "blue and white"),
        color_of("pants", "white"),
        Q.pattern("striped"),
        details(
            "shirt",
            "The gentleman wears a short-sleeve shirt with striped patterns. The shirt is with cotton fabric and it has"
            " a lapel neckline. The",
            "cut",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        gender="Men",
        title="Mast & Harbour Men Blue & White Striped Short Sleeves Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
]
