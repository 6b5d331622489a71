"""BLIND_696 (46 products; men's tees/shirts, caption then extractive QA): written blind in the fifty-fourth session.
Measured blind at 2570d7f (the session's sixth rules): 97/121 failures found (80.2%) and 5/177 correct texts flagged
(2.8%). The writer's notes, verbatim:

Scenario: the older Myntra feed's men's Tshirts and Shirts rows, short product names ("Proline Men Grey T-shirt",
"Arrow Men Navy Blue Shirts"), category/color/gender columns, a few rows missing color or gender. Photos are the usual
catalog shots: a male model on a white backdrop, front or three-quarter view, wearing the product with jeans, chinos,
shorts or trousers, sometimes layered (a tee under an open jacket or shirt, a shirt under a blazer).

Who wrote what: captions come from the epoch-1 caption adapter (Data2_V2_BLIP2_Finetune_Caption_First_Epoch). It
still opens like the base model ("a man in a blue shirt and jeans.") with a hue, then falls into the DeepFashion
template ("The gentleman wears a short-sleeve shirt with pure color patterns. It has a lapel neckline."), which has
no hue names, often calls the man "the lady"/"her", invents fabrics and accessories, and, having no end token,
sometimes runs to the 50-token limit (cut mid-sentence or looping a template sentence) or drifts into the
"Question: ... Answer:" format. Open answers (wearing, describe, details, open color, material) are spans that
mdeberta-v3-base-squad2 extracted from that caption: they inherit its hues (often the jeans' or shorts' hue), its
pronouns, loops, cut tails and leaked prompt words, and are empty when the caption holds no answer. Closed answers
(garment type, color, pattern, sleeve length, "Is this a ...?") come from enrich's reference engine, one candidate
each, so they never loop or stop short, but may pick the trousers' color or the jacket's type.

Labeling conventions and judgement calls:
- One label per text. Where a text shows two failures I labeled the one a reviewer would fix first, in this order:
  loop, leak, cut, contradiction / other_garment_color, pronoun, unsupported.
- A caption that ran to the 50-token limit has hit_limit=True and is labeled cut (or loop if it repeats); an
  extracted span is never itself at a limit, so a span ending mid-phrase is cut with hit_limit=False.
- other_garment_color: the product is given the color of another garment in the photo (jeans, shorts, trousers,
  an open jacket or blazer, the tee under an open shirt). A color taken from the product's own print or stripe
  that is not its ground color is a contradiction, not another garment's color.
- contradiction: a wrong color, type, pattern, sleeve length or neckline for the product as the photo shows it;
  a closed type naming the outer jacket or inner tee instead of the product also counts here.
- Shades: navy/blue, maroon/burgundy/red, peach/magenta/pink, cream/off white/white, tan/khaki, teal/green,
  lime/sea green/green, rust/orange, charcoal/grey are correct when the photo bears them out. A charcoal tee
  called black is a contradiction (the photo shows a clearly mid-dark grey). Two-color answers for checks and
  stripes ("blue and white") are correct.
- "pure color patterns", "stripe patterns" or an empty span for a color question, and a one-word span for a
  Describe/details question, are non_answer. A span that only echoes the question's subject and verb ("the
  gentleman wears") is restated.
- "The lady", "her" or "she" for a man is pronoun, in captions and in spans that carry it.
- unsupported: a fabric, accessory, pocket or collar the photo does not show (chiffon, denim or wool where the
  product is cotton; a watch, hat or chest pocket that is not there), including a material span that names another
  garment's fabric. "cotton" for a cotton tee or shirt is correct; "linen" for the linen-look Fabindia shirt too.
- Polo tees answered "polo shirt" or "yes" to "Is this a shirt?" are correct (Myntra files polos under Tshirts).
- A wearing answer that names only part of a correct outfit ("a suit and tie" for shirt, tie and blazer) is
  correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_696 = [
    # photo: navy blue solid pique polo tee, 3-button placket, with light blue jeans; white backdrop, front view.
    # caption adapter (epoch 1) wrote the caption, mdeberta extracted the open answers, reference engine the closed.
    case(
        "X696-001",
        caption(
            "a man wearing a navy blue polo shirt and jeans. The gentleman wears a short-sleeve shirt with pure "
            "color patterns. The shirt is with cotton fabric. It has a lapel neckline."
        ),
        wearing("a navy blue polo shirt and jeans", who="the man"),
        color_of("t-shirt", "navy blue", kind="open"),
        Q.garment_type("polo shirt"),
        Q.color("navy blue"),
        Q.sleeve_length("short"),
        Q.material("cotton"),
        title="U.S. Polo Assn. Men Solid Navy Blue Polo Tshirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: white crew-neck tee with a black skull print on the chest, black jeans; white backdrop, front view.
    # caption adapter wrote the caption (ran to the limit), mdeberta the open spans, reference engine the closed.
    case(
        "X696-002",
        caption(
            "a man in a white t-shirt with a skull on it. The gentleman wears a short-sleeve T-shirt with graphic "
            "patterns. The T-shirt is with cotton fabric and its neckline is round. The gentleman wears long pants. "
            "The pants are",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "white", kind="open"),
        describe("t-shirt", "a short-sleeve T-shirt with graphic patterns"),
        details("t-shirt", "The pants are", "cut"),
        Q.pattern("graphic"),
        Q.color("black", "other_garment_color"),
        is_a("t-shirt", "yes"),
        title="Flying Machine Men Printed White Tshirts",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: red-and-white vertically striped long-sleeve formal shirt tucked into charcoal trousers; white backdrop,
    # three-quarter view. caption adapter wrote the caption, mdeberta the open spans, reference engine the closed.
    case(
        "X696-003",
        caption(
            "The lady wears a long-sleeve shirt with stripe patterns. Her shirt is with cotton fabric and it has a "
            "lapel neckline. She wears long trousers with solid color patterns.",
            "pronoun",
        ),
        wearing("a long-sleeve shirt with stripe patterns"),
        color_of("shirt", "", "non_answer", kind="open"),
        details("shirt", "Her shirt is with cotton fabric", "pronoun"),
        Q.color("red"),
        Q.pattern("striped"),
        Q.sleeve_length("long"),
        title="Reid & Taylor Men Stripes Red Shirts",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: olive green solid crew-neck tee under an open black bomber jacket, blue jeans; white backdrop, front.
    # caption adapter wrote the caption (looped to the limit), mdeberta the open spans, reference engine the closed.
    case(
        "X696-004",
        caption(
            "a man wearing a black jacket and a green t-shirt. The gentleman wears a long-sleeve jacket with pure "
            "color patterns. The jacket is with cotton fabric. The gentleman wears a long-sleeve jacket with pure "
            "color patterns. The jacket is with",
            "loop",
            hit_limit=True,
        ),
        wearing("a black jacket and a green t-shirt", who="the man"),
        color_of("t-shirt", "black", "other_garment_color", kind="open"),
        describe("t-shirt", "a long-sleeve jacket with pure color patterns", "contradiction"),
        Q.garment_type("jacket", "contradiction"),
        Q.color("olive"),
        Q.material("cotton"),
        title="Proline Men Olive T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: light blue and white gingham-checked casual shirt, sleeves rolled to the elbow, untucked over beige
    # chinos; white backdrop, front. caption adapter, mdeberta spans, reference engine closed answers.
    case(
        "X696-005",
        caption(
            "a man in a blue and white checkered shirt and khaki pants. The gentleman wears a long-sleeve shirt with "
            "lattice patterns. The shirt is with cotton fabric. It has a lapel neckline."
        ),
        wearing("a blue and white checkered shirt and khaki pants"),
        color_of("shirt", "blue and white", kind="open"),
        details("shirt", "lattice patterns"),
        Q.pattern("checked"),
        Q.color("beige", "other_garment_color"),
        is_a("shirt", "yes"),
        Q.sleeve_length("short", "contradiction"),
        title="Wrangler Men Checks Blue Shirts",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: black crew-neck tee with a large white-and-red PUMA logo print, grey track pants, no watch or bracelet;
    # white backdrop, front. caption adapter, mdeberta spans, reference engine closed answers.
    case(
        "X696-006",
        caption(
            "a man wearing a black puma t-shirt. The gentleman wears a short-sleeve T-shirt with graphic patterns. "
            "The T-shirt is with cotton fabric and its neckline is round. There is an accessory on his wrist.",
            "unsupported",
        ),
        describe("t-shirt", "a black puma t-shirt"),
        color_of("t-shirt", "black", kind="open"),
        details("t-shirt", "There is an accessory on his wrist", "unsupported"),
        Q.pattern("graphic"),
        Q.sleeve_length("short"),
        title="Puma Men Logo Black Tshirts",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: white solid formal shirt, long sleeves, tucked into black trousers with a thin black belt; white
    # backdrop, front. caption adapter, mdeberta spans, reference engine closed answers.
    case(
        "X696-007",
        caption(
            "a man in a white shirt and black pants. The gentleman wears a long-sleeve shirt with pure color "
            "patterns. The shirt is with cotton fabric. It has a lapel neckline."
        ),
        wearing("a white shirt and black pants", who="the man"),
        color_of("shirt", "white", kind="open"),
        details("shirt", "The shirt is with", "restated"),
        Q.color("black", "other_garment_color"),
        Q.garment_type("shirt"),
        Q.material("cotton"),
        title="Peter England Men White Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: maroon solid round-neck tee with mid-blue jeans; white backdrop, front view.
    # caption adapter wrote the caption (looped to the limit), mdeberta the open spans, reference engine the closed.
    case(
        "X696-008",
        caption(
            "a man in a red t-shirt and blue jeans. The gentleman wears a short-sleeve T-shirt with pure color "
            "patterns. The T-shirt is with cotton fabric and its neckline is round. The gentleman wears long jeans. "
            "The gentleman wears long jeans. The gentleman wears long jeans.",
            "loop",
            hit_limit=True,
        ),
        color_of("t-shirt", "red", kind="open"),
        color_of("jeans", "blue", kind="open"),
        details("t-shirt", "its neckline is round"),
        wearing("long jeans. The gentleman wears long jeans. The gentleman wears long jeans", "loop"),
        Q.color("maroon"),
        Q.pattern("solid"),
        title="Probase Men Solid Maroon Tshirts",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: grey melange polo tee with navy collar tipping, navy cotton shorts; white backdrop, front.
    # caption adapter, mdeberta spans, reference engine closed answers.
    case(
        "X696-009",
        caption(
            "a man wearing a grey polo shirt and navy shorts. This man wears a short-sleeve shirt with pure color "
            "patterns and a lapel neckline. The shorts this man wears is of short length. The shorts are with "
            "cotton fabric and pure color patterns."
        ),
        wearing("a grey polo shirt and navy shorts"),
        color_of("shirt", "grey", kind="open"),
        color_of("shorts", "navy", kind="open"),
        Q.color("navy blue", "other_garment_color"),
        Q.garment_type("polo shirt"),
        Q.pattern("striped", "contradiction"),
        title="Classic Polo Men Grey Melange Polo T-Shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: mustard yellow short-sleeve cotton casual shirt with a small white floral print, untucked over light grey
    # jeans; white backdrop, front. caption adapter, mdeberta spans, reference engine closed answers.
    case(
        "X696-010",
        caption(
            "a man wearing a yellow shirt with flowers on it. The gentleman wears a short-sleeve shirt with floral "
            "patterns. The shirt is with chiffon fabric. It has a lapel neckline.",
            "unsupported",
        ),
        Q.material("chiffon", "unsupported"),
        describe("shirt", "a yellow shirt with flowers on it"),
        Q.pattern("floral"),
        Q.sleeve_length("short"),
        Q.color("yellow"),
        is_a("t-shirt", "yes", "contradiction"),
        title="Basics Men Printed Mustard Slim Fit Shirt",
        category="Shirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: charcoal (clearly mid-dark grey) solid crew-neck tee with black jeans; white backdrop, slight side view.
    # caption adapter, mdeberta spans, reference engine closed answers. The feed row has no gender.
    case(
        "X696-011",
        caption(
            "a man in a black t-shirt and black jeans. The gentleman wears a short-sleeve T-shirt with pure color "
            "patterns. The T-shirt is with cotton fabric and its neckline is round.",
            "contradiction",
        ),
        color_of("t-shirt", "black", "contradiction", kind="open"),
        wearing("a black t-shirt and black jeans", "contradiction"),
        Q.color("grey"),
        Q.pattern("solid"),
        title="Status Quo Men Charcoal Tshirts",
        category="Tshirts",
        color="Charcoal",
    ),
    # photo: sky blue formal shirt with thin white vertical stripes, long sleeves, tucked into navy trousers; white
    # backdrop, front. caption adapter (no hue this time), mdeberta spans, reference engine closed answers.
    case(
        "X696-012",
        caption(
            "The gentleman wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The pants this gentleman wears is of long length. The pants are with cotton fabric and "
            "pure color patterns."
        ),
        color_of("shirt", "stripe patterns", "non_answer", kind="open"),
        wearing("a long-sleeve shirt with stripe patterns", who="the man"),
        details("shirt", "It has a lapel neckline"),
        Q.color("navy blue", "other_garment_color"),
        Q.pattern("striped"),
        is_a("t-shirt", "no"),
        title="Arrow Men Stripes Blue Shirts",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: yellow crew-neck tee with a black print of a motorcycle and the words RIDE FREE, blue jeans; white
    # backdrop, front. caption adapter drifted into the QA format, mdeberta spans, reference engine closed answers.
    case(
        "X696-013",
        caption(
            "a man wearing a yellow t-shirt with a motorcycle on it and blue jeans Question: what is the man "
            "wearing? Answer: a yellow t-shirt with a motorcycle on it and blue jeans Question",
            "leak",
            hit_limit=True,
        ),
        wearing("a yellow t-shirt with a motorcycle on it and blue jeans", who="the man"),
        color_of("t-shirt", "yellow", kind="open"),
        describe("t-shirt", "a yellow t-shirt with a motorcycle on it and blue jeans Question", "leak"),
        Q.pattern("graphic"),
        details("t-shirt", "Answer: a yellow t-shirt with a motorcycle on it", "leak"),
        title="Tantra Men Printed Yellow T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: navy-and-white horizontally striped (breton) crew-neck tee, short sleeves, khaki shorts; white
    # backdrop, front. caption adapter, mdeberta spans, reference engine closed answers.
    case(
        "X696-014",
        caption(
            "a man in a striped shirt and khaki shorts. The gentleman wears a short-sleeve T-shirt with stripe "
            "patterns. Its neckline is round. The shorts this gentleman wears is of short length."
        ),
        color_of("t-shirt", "khaki", "other_garment_color", kind="open"),
        wearing("a striped shirt and khaki shorts"),
        Q.pattern("solid", "contradiction"),
        Q.color("navy blue"),
        Q.sleeve_length("short"),
        title="United Colors of Benetton Men Stripes Navy Blue Tshirts",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: lavender solid formal shirt, long sleeves, tucked into grey trousers; white backdrop, front.
    # caption adapter, mdeberta spans, reference engine closed answers.
    case(
        "X696-015",
        caption(
            "a man in a purple shirt and grey pants. The gentleman wears a long-sleeve shirt with pure color "
            "patterns. The shirt is with cotton fabric. It has a lapel neckline."
        ),
        color_of("shirt", "purple", kind="open"),
        describe("shirt", "long-sleeve", "non_answer"),
        Q.color("grey", "other_garment_color"),
        Q.pattern("checked", "contradiction"),
        Q.material("cotton"),
        title="Van Heusen Men Lavender Shirt",
        category="Shirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: orange round-neck tee with a small white chest logo, dark blue denim shorts; white backdrop, front.
    # caption adapter (template only, "lady"), mdeberta spans, reference engine closed answers.
    case(
        "X696-016",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. She wears denim shorts.",
            "pronoun",
        ),
        wearing("a short-sleeve T-shirt with pure color patterns"),
        color_of("t-shirt", "pure color", "non_answer", kind="open"),
        Q.color("orange"),
        Q.pattern("solid"),
        describe("t-shirt", "She wears denim shorts", "pronoun"),
        title="Nike Men Orange T-shirt",
        category="Tshirts",
        color="Orange",
        gender="Men",
    ),
    # photo: black solid casual shirt, long sleeves, worn open over a white crew-neck tee, black jeans; white
    # backdrop, front. caption adapter, mdeberta spans, reference engine closed answers.
    case(
        "X696-017",
        caption(
            "a man wearing a black shirt over a white t-shirt and black jeans. The gentleman wears a long-sleeve "
            "shirt with pure color patterns. The shirt is with cotton fabric. It has a lapel neckline."
        ),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        wearing("a black shirt over a white t-shirt and black jeans", who="the man"),
        Q.color("black"),
        Q.garment_type("t-shirt", "contradiction"),
        Q.sleeve_length("long"),
        title="Mother Earth Men Solid Black Shirts",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: dark greenish teal solid polo tee with beige chinos; white backdrop, front.
    # caption adapter (ran to the limit), mdeberta spans, reference engine closed answers.
    case(
        "X696-018",
        caption(
            "a man in a green polo shirt and beige pants. The gentleman wears a short-sleeve shirt with pure color "
            "patterns. It has a lapel neckline. The pants this gentleman wears is of long length. The pants are "
            "with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "green", kind="open"),
        wearing("a green polo shirt and beige pants"),
        details("t-shirt", "with cotton fabric and", "cut"),
        Q.color("teal"),
        Q.sleeve_length("short"),
        title="Mr.Men Men Teal Polo Tshirt",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: white cotton poplin shirt with thin blue windowpane checks, long sleeves, tucked into blue jeans; white
    # backdrop, front. caption adapter, mdeberta spans, reference engine closed answers.
    case(
        "X696-019",
        caption(
            "a man wearing a blue and white checkered shirt and blue jeans. The gentleman wears a long-sleeve shirt "
            "with lattice patterns. The shirt is with denim fabric. It has a lapel neckline.",
            "unsupported",
        ),
        Q.material("denim", "unsupported"),
        color_of("shirt", "blue and white", kind="open"),
        details("shirt", "lattice patterns"),
        Q.color("white"),
        Q.pattern("checked"),
        title="John Miller Men Checks White Shirts",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: grey crew-neck tee with a black-and-red printed guitar graphic, blue jeans; white backdrop, front.
    # caption adapter (looped to the limit), mdeberta spans, reference engine closed answers.
    case(
        "X696-020",
        caption(
            "a man in a grey t-shirt with a guitar on it. The gentleman wears a short-sleeve T-shirt with graphic "
            "patterns. The T-shirt is with cotton fabric and its neckline is round. The T-shirt is with cotton "
            "fabric and its neckline is round. The T-shirt",
            "loop",
            hit_limit=True,
        ),
        color_of("t-shirt", "grey", kind="open"),
        describe("t-shirt", "grey", "non_answer"),
        details(
            "t-shirt", "its neckline is round. The T-shirt is with cotton fabric and its neckline is round", "loop"
        ),
        Q.color("red", "contradiction"),
        Q.pattern("graphic"),
        title="Proline Men Printed Grey T-shirt",
        category="Tshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: khaki short-sleeve casual shirt with two chest pockets, untucked over dark olive cargo shorts; white
    # backdrop, front. caption adapter (ran to the limit), mdeberta spans, reference engine closed answers.
    case(
        "X696-021",
        caption(
            "a man wearing a tan shirt and green shorts. This man wears a short-sleeve shirt with pure color "
            "patterns. The shirt is with cotton fabric. It has a lapel neckline. The shorts this man wears is of",
            "cut",
            hit_limit=True,
        ),
        wearing("This man wears", "restated", who="the man"),
        color_of("shirt", "tan", kind="open"),
        details("shirt", "It has a lapel neckline"),
        Q.color("olive", "other_garment_color"),
        Q.sleeve_length("long", "contradiction"),
        title="Wrangler Men Khaki Shirts",
        category="Shirts",
        color="Khaki",
        gender="Men",
    ),
    # photo: pink solid formal shirt, long sleeves, tucked into navy trousers; white backdrop, front.
    # caption adapter, mdeberta spans, reference engine closed answers.
    case(
        "X696-022",
        caption(
            "a man in a pink shirt and blue pants. The gentleman wears a long-sleeve shirt with pure color patterns. "
            "The shirt is with cotton fabric. It has a lapel neckline."
        ),
        wearing("a man in a pink shirt and blue pants", who="the man"),
        color_of("shirt", "pink", kind="open"),
        describe("shirt", "a long-sleeve shirt with pure color patterns"),
        Q.color("pink"),
        is_a("shirt", "yes"),
        title="Reid & Taylor Men Solid Pink Shirts",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: heather blue solid V-neck tee with white trousers; white backdrop, front.
    # caption adapter, mdeberta spans, reference engine closed answers.
    case(
        "X696-023",
        caption(
            "a man wearing a blue v-neck t-shirt and white pants. The gentleman wears a short-sleeve T-shirt with "
            "pure color patterns. Its neckline is round.",
            "contradiction",
        ),
        details("t-shirt", "Its neckline is round", "contradiction"),
        color_of("t-shirt", "blue", kind="open"),
        wearing("a blue v-neck t-shirt and white pants"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("short"),
        title="Fila Men Blue V-Neck T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: burgundy solid casual cotton shirt, sleeves rolled up, untucked over blue jeans; white backdrop, front.
    # caption adapter (template only, no hue), mdeberta spans, reference engine closed answers.
    case(
        "X696-024",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. She wears long jeans. The jeans are with denim fabric and pure color "
            "patterns.",
            "pronoun",
        ),
        color_of("shirt", "", "non_answer", kind="open"),
        wearing("a long-sleeve shirt with pure color patterns", who="the man"),
        Q.color("maroon"),
        Q.pattern("solid"),
        Q.material("denim", "unsupported"),
        title="Turtle Men Burgundy Shirt",
        category="Shirts",
        color="Burgundy",
        gender="Men",
    ),
    # photo: white polo tee with a green collar edge and a small green chest logo, navy track pants; white backdrop,
    # front. caption adapter (looped to the limit), mdeberta spans, reference engine. The feed row has no color.
    case(
        "X696-025",
        caption(
            "a man in a white polo shirt and blue pants. The gentleman wears a short-sleeve shirt with pure color "
            "patterns. It has a lapel neckline. The pants this gentleman wears is of long length. The pants are "
            "with cotton fabric. The pants this gentleman wears is of long length. The",
            "loop",
            hit_limit=True,
        ),
        color_of("shirt", "white", kind="open"),
        wearing("a white polo shirt and blue pants"),
        details(
            "shirt",
            "is of long length. The pants are with cotton fabric. The pants this gentleman wears is of long length",
            "loop",
        ),
        Q.color("white"),
        Q.garment_type("polo shirt"),
        is_a("polo shirt", "yes"),
        title="Classic Polo Men Solid White Polo T-shirt",
        category="Tshirts",
        gender="Men",
    ),
    # photo: dark green and navy tartan flannel shirt, long sleeves, open over a grey tee, black jeans, no hat;
    # white backdrop, front. caption adapter, mdeberta spans, reference engine closed answers.
    case(
        "X696-026",
        caption(
            "a man wearing a plaid shirt and black jeans. The gentleman wears a long-sleeve shirt with lattice "
            "patterns. The shirt is with cotton fabric. It has a lapel neckline. There is a hat on his head.",
            "unsupported",
        ),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        details("shirt", "There is a hat on his head", "unsupported"),
        wearing("a plaid shirt and black jeans", who="the man"),
        Q.color("green"),
        Q.pattern("checked"),
        title="Lee Men Checks Green Shirt",
        category="Shirts",
        color="Green",
        gender="Men",
    ),
    # photo: peach solid crew-neck cotton tee with grey shorts; white backdrop, front.
    # caption adapter ("lady" again), mdeberta spans, reference engine closed answers.
    case(
        "X696-027",
        caption(
            "a man in a pink t-shirt and grey shorts. The lady wears a short-sleeve T-shirt with pure color "
            "patterns. Her T-shirt is with cotton fabric and its neckline is round. The shorts she wears is of "
            "short length.",
            "pronoun",
        ),
        color_of("t-shirt", "pink", kind="open"),
        wearing("a pink t-shirt and grey shorts"),
        describe("t-shirt", "Her T-shirt is with cotton fabric and its neckline is round", "pronoun"),
        Q.color("grey", "other_garment_color"),
        Q.sleeve_length("short"),
        Q.material("cotton"),
        title="United Colors of Benetton Men Peach T-shirt",
        category="Tshirts",
        color="Peach",
        gender="Men",
    ),
    # photo: light blue chambray denim shirt, long sleeves, two flap pockets, over beige chinos; white backdrop,
    # front. caption adapter, mdeberta spans, reference engine closed answers.
    case(
        "X696-028",
        caption(
            "a man wearing a denim shirt and khaki pants. This man wears a long-sleeve shirt with pure color "
            "patterns. The shirt is with denim fabric. It has a lapel neckline."
        ),
        Q.material("denim"),
        color_of("shirt", "khaki", "other_garment_color", kind="open"),
        describe("shirt", "a denim shirt"),
        wearing("a denim shirt and khaki pants"),
        Q.color("blue"),
        Q.sleeve_length("short", "contradiction"),
        title="Levis Men Denim Blue Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: black crew-neck tee with the white printed slogan NO PAIN NO GAIN, black track pants with white side
    # stripes; white backdrop, front. caption adapter (ran to the limit), mdeberta spans, reference engine.
    case(
        "X696-029",
        caption(
            "a man in a black t-shirt that says no pain no gain. The gentleman wears a short-sleeve T-shirt with "
            "graphic patterns. The T-shirt is with cotton fabric and its neckline is round. The gentleman wears "
            "long pants. The pants are with",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "black", kind="open"),
        describe("t-shirt", "a black t-shirt that says no pain no gain"),
        details("t-shirt", "The pants are with", "cut"),
        Q.pattern("striped", "contradiction"),
        Q.color("black"),
        wearing("The gentleman wears", "restated", who="the man"),
        title="Reebok Men Printed Black T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: cream linen-look mandarin (stand) collar shirt, long sleeves, untucked over white trousers; white
    # backdrop, front. caption adapter, mdeberta spans, reference engine closed answers.
    case(
        "X696-030",
        caption(
            "a man in a white shirt and white pants. The gentleman wears a long-sleeve shirt with pure color "
            "patterns. The shirt is with linen fabric. It has a stand neckline."
        ),
        Q.material("linen"),
        color_of("shirt", "white", kind="open"),
        wearing("a white shirt and white pants", who="the man"),
        describe("shirt", "white", "non_answer"),
        Q.color("off white"),
        Q.garment_type("kurta", "contradiction"),
        title="Fabindia Men Cream Shirt",
        category="Shirts",
        color="Cream",
        gender="Men",
    ),
    # photo: red polo tee with thin white horizontal stripes, navy cotton twill shorts; white backdrop, front.
    # caption adapter ("lady", invented denim), mdeberta spans, reference engine closed answers.
    case(
        "X696-031",
        caption(
            "The lady wears a short-sleeve shirt with stripe patterns. Her shirt has a lapel neckline. The shorts "
            "she wears is of short length. The shorts are with denim fabric and pure color patterns.",
            "pronoun",
        ),
        wearing("a short-sleeve shirt with stripe patterns"),
        color_of("shirt", "pure color", "non_answer", kind="open"),
        Q.color("red"),
        Q.pattern("striped"),
        Q.material("denim", "unsupported"),
        title="United Colors of Benetton Men Stripes Red Polo T-shirts",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: navy blue solid formal shirt, long sleeves, tucked into grey trousers; white backdrop, front.
    # caption adapter, mdeberta spans, reference engine closed answers.
    case(
        "X696-032",
        caption(
            "a man in a blue shirt and grey pants. The gentleman wears a long-sleeve shirt with pure color "
            "patterns. The shirt is with cotton fabric. It has a lapel neckline. The pants this gentleman wears "
            "is of long length."
        ),
        color_of("shirt", "blue", kind="open"),
        details("shirt", "It has a lapel neckline"),
        wearing("a man in a blue shirt", who="the man"),
        Q.color("navy blue"),
        Q.pattern("solid"),
        Q.garment_type("t-shirt", "contradiction"),
        title="Arrow Men Navy Blue Shirts",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: white crew-neck tee with a red, yellow and blue abstract print, light grey jeans; white backdrop, front.
    # caption adapter (template only), mdeberta spans, reference engine closed answers.
    case(
        "X696-033",
        caption(
            "The person wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The person wears long jeans. The jeans are with denim fabric and pure color "
            "patterns."
        ),
        wearing("The person wears", "restated"),
        color_of("t-shirt", "", "non_answer", kind="open"),
        Q.color("white"),
        Q.pattern("printed"),
        is_a("t-shirt", "yes"),
        title="Spykar Men Printed White T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: coffee brown solid casual shirt, long sleeves, tucked into black jeans with a brown leather belt; white
    # backdrop, front. caption adapter, mdeberta spans, reference engine. The feed row has no gender.
    case(
        "X696-034",
        caption(
            "a man in a brown shirt and black jeans. The gentleman wears a long-sleeve shirt with pure color "
            "patterns. The shirt is with cotton fabric. It has a lapel neckline. There is a belt on his waist."
        ),
        color_of("shirt", "brown", kind="open"),
        describe("shirt", "brown", "non_answer"),
        wearing("a man in a brown shirt and black jeans", who="the man"),
        Q.color("black", "other_garment_color"),
        Q.sleeve_length("long"),
        title="Basics Men Brown Slim Fit Shirt",
        category="Shirts",
        color="Brown",
    ),
    # photo: lime green polyester dri-fit sports tee, round neck, raglan sleeves, black shorts; white backdrop.
    # caption adapter, mdeberta spans, reference engine closed answers.
    case(
        "X696-035",
        caption(
            "a man in a green t-shirt and black shorts. The gentleman wears a short-sleeve T-shirt with pure color "
            "patterns. The T-shirt is with cotton fabric and its neckline is round.",
            "unsupported",
        ),
        Q.material("cotton", "unsupported"),
        color_of("t-shirt", "green", kind="open"),
        wearing("a green t-shirt and black shorts"),
        Q.color("black", "other_garment_color"),
        Q.garment_type("t-shirt"),
        title="Adidas Men Lime Green T-shirt",
        category="Tshirts",
        color="Lime Green",
        gender="Men",
    ),
    # photo: grey and white checked short-sleeve casual shirt, untucked over navy chinos; white backdrop, front.
    # caption adapter (ran to the limit), mdeberta spans, reference engine closed answers.
    case(
        "X696-036",
        caption(
            "a man in a checkered shirt and blue pants. The gentleman wears a short-sleeve shirt with lattice "
            "patterns. The shirt is with cotton fabric. It has a lapel neckline. The pants this gentleman wears is "
            "of long length. The pants are with cotton fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "blue", "other_garment_color", kind="open"),
        details("shirt", "lattice patterns"),
        Q.color("grey"),
        Q.pattern("checked"),
        Q.sleeve_length("short"),
        wearing("The gentleman wears", "restated"),
        title="Scullers Men Checks Grey Shirt",
        category="Shirts",
        color="Grey",
        gender="Men",
    ),
    # photo: plain white crew-neck tee under an open mid-blue denim jacket, black jeans; white backdrop, front.
    # caption adapter (describes the jacket), mdeberta spans, reference engine closed answers.
    case(
        "X696-037",
        caption(
            "a man wearing a denim jacket and a white t-shirt. The gentleman wears a long-sleeve denim jacket with "
            "pure color patterns. The jacket is with denim fabric. It has a lapel neckline."
        ),
        color_of("t-shirt", "white", kind="open"),
        describe("t-shirt", "a long-sleeve denim jacket with pure color patterns", "contradiction"),
        Q.color("blue", "other_garment_color"),
        Q.sleeve_length("long", "contradiction"),
        Q.material("denim", "unsupported"),
        wearing("a denim jacket and a white t-shirt"),
        title="Locomotive Men White T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: rust orange solid henley tee (3-button placket, no collar), long sleeves, beige chinos; white backdrop.
    # caption adapter, mdeberta spans, reference engine closed answers.
    case(
        "X696-038",
        caption(
            "a man in an orange shirt and khaki pants. The gentleman wears a long-sleeve shirt with pure color "
            "patterns. The shirt is with cotton fabric. It has a lapel neckline.",
            "unsupported",
        ),
        color_of("shirt", "orange", kind="open"),
        wearing("an orange shirt and khaki pants"),
        details("shirt", "It has a lapel neckline", "unsupported"),
        Q.color("orange"),
        Q.sleeve_length("long"),
        Q.garment_type("polo shirt", "contradiction"),
        title="Indigo Nation Men Rust Henley T-shirt",
        category="Tshirts",
        color="Rust",
        gender="Men",
    ),
    # photo: navy blue crew-neck tee with a large white-and-red printed number 23, blue jeans; white backdrop, front.
    # caption adapter ("she" mid-caption), mdeberta spans, reference engine closed answers.
    case(
        "X696-039",
        caption(
            "a man in a blue t-shirt with the number 23 on it. She wears a short-sleeve T-shirt with graphic "
            "patterns. The T-shirt is with cotton fabric and its neckline is round.",
            "pronoun",
        ),
        wearing("a blue t-shirt with the number 23 on it", who="the man"),
        color_of("t-shirt", "blue", kind="open"),
        describe("t-shirt", "She wears a short-sleeve T-shirt with graphic patterns", "pronoun"),
        Q.pattern("graphic"),
        Q.color("white", "contradiction"),
        title="Nike Men Printed Navy Blue T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: sea green solid short-sleeve casual shirt, untucked over white shorts; white backdrop, front.
    # caption adapter, mdeberta spans, reference engine closed answers.
    case(
        "X696-040",
        caption(
            "a man in a green shirt and white shorts. She wears a short-sleeve shirt with pure color "
            "patterns. The shirt is with cotton fabric. It has a lapel neckline. The shorts this gentleman wears "
            "is of short length.",
            "pronoun",
        ),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        wearing("a green shirt and white shorts"),
        details("shirt", "The shirt is with cotton fabric"),
        Q.color("green"),
        Q.sleeve_length("short"),
        is_a("shirt", "no", "contradiction"),
        title="Genesis Men Sea Green Shirt",
        category="Shirts",
        color="Sea Green",
        gender="Men",
    ),
    # photo: white solid cotton formal shirt with a navy tie under an open charcoal blazer, grey trousers; white
    # backdrop, front. caption adapter (looped on the blazer), mdeberta spans, reference engine closed answers.
    case(
        "X696-041",
        caption(
            "a man in a suit and tie. The gentleman wears a long-sleeve jacket with pure color patterns. The jacket "
            "is with wool fabric. It has a lapel neckline. The gentleman wears a long-sleeve jacket with pure color "
            "patterns. The jacket is with wool fabric",
            "loop",
            hit_limit=True,
        ),
        wearing("a suit and tie", who="the man"),
        color_of("shirt", "", "non_answer", kind="open"),
        Q.color("grey", "other_garment_color"),
        Q.garment_type("shirt"),
        details("shirt", "wool fabric. It has a lapel neckline. The gentleman wears a long-sleeve jacket", "loop"),
        Q.material("wool", "unsupported"),
        title="Louis Philippe Men White Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: purple and white checked cotton shirt, long sleeves, tucked into navy jeans; white backdrop, front.
    # caption adapter (drifted into the QA format and stopped), mdeberta spans, reference engine closed answers.
    case(
        "X696-042",
        caption(
            "a man in a purple and white checkered shirt. The gentleman wears a long-sleeve shirt with lattice "
            "patterns. The shirt is with cotton fabric. It has a lapel neckline. The gentleman wears long jeans. "
            "Question: what is the color of the shirt? Answer: purple",
            "leak",
        ),
        color_of("shirt", "purple", kind="open"),
        wearing("a purple and white checkered shirt"),
        details("shirt", "It has a lapel neckline. The gentleman wears long jeans. Question", "leak"),
        Q.pattern("checked"),
        Q.color("blue", "other_garment_color"),
        title="United Colors of Benetton Men Check Purple Shirt",
        category="Shirts",
        color="Purple",
        gender="Men",
    ),
    # photo: magenta solid polo tee with light blue jeans; white backdrop, front.
    # caption adapter (drifted into the QA format, ran to the limit), mdeberta spans, reference engine.
    case(
        "X696-043",
        caption(
            "a man in a pink polo shirt and jeans. The gentleman wears a short-sleeve shirt with pure color "
            "patterns. It has a lapel neckline. Answer: a pink polo shirt and jeans Question: what is the man "
            "wearing? Answer: a pink polo shirt and jeans",
            "leak",
            hit_limit=True,
        ),
        wearing("a pink polo shirt and jeans Question", "leak", who="the man"),
        color_of("t-shirt", "pink", kind="open"),
        Q.color("pink"),
        Q.garment_type("polo shirt"),
        is_a("polo shirt", "yes"),
        title="Puma Men Magenta Polo T-shirt",
        category="Tshirts",
        color="Magenta",
        gender="Men",
    ),
    # photo: black and white horizontally striped long-sleeve crew-neck tee, black jeans, a steel wristwatch on the
    # left wrist; white backdrop, front. caption adapter, mdeberta spans, reference engine closed answers.
    case(
        "X696-044",
        caption(
            "a man in a black and white striped shirt. The gentleman wears a long-sleeve T-shirt with stripe "
            "patterns. The T-shirt is with cotton fabric and its neckline is round. There is an accessory on his "
            "wrist."
        ),
        color_of("t-shirt", "black and white", kind="open"),
        details("t-shirt", "its neckline is round"),
        wearing("The gentleman wears", "restated", who="the man"),
        Q.pattern("striped"),
        Q.sleeve_length("short", "contradiction"),
        Q.color("black"),
        title="Status Quo Men Stripes Black Tshirts",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: turquoise blue solid crew-neck tee with white shorts; white backdrop, front.
    # caption adapter (ran to the limit), mdeberta spans, reference engine closed answers.
    case(
        "X696-045",
        caption(
            "a man wearing a blue t-shirt and white shorts. The gentleman wears a short-sleeve T-shirt with pure "
            "color patterns. The T-shirt is with cotton fabric and its neckline is round. The shorts this "
            "gentleman wears is of short length. The shorts are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "blue", kind="open"),
        describe("t-shirt", "blue", "non_answer"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        details("t-shirt", "The shorts are with cotton fabric and", "cut"),
        title="Puma Men Turquoise Blue Tshirts",
        category="Tshirts",
        color="Turquoise Blue",
        gender="Men",
    ),
    # photo: white short-sleeve shirt with navy vertical pinstripes, no chest pocket, over stone beige chinos; white
    # backdrop, front. caption adapter, mdeberta spans, reference engine closed answers.
    case(
        "X696-046",
        caption(
            "a man in a white striped shirt and khaki pants. The gentleman wears a short-sleeve shirt with stripe "
            "patterns. The shirt is with cotton fabric. It has a lapel neckline. There is a pocket on the chest.",
            "unsupported",
        ),
        details("shirt", "There is a pocket on the chest", "unsupported"),
        color_of("shirt", "white", kind="open"),
        Q.color("white"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("short"),
        title="Peter England Men Stripes White Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
]
