"""BLIND_1507 (45 products; Myntra men casual tops, epoch-2 caption LoRA): written blind in the sixty-fifth session.
Measured blind at 71dbb3c (the session's sixth rules): 97/107 failures found (90.7%) and 9/148 correct texts flagged
(6.1%). The writer's notes, verbatim:

Scenario: a Myntra feed of men's casual shirts (article type "Shirts") and t-shirts ("Tshirts"), shot the usual way:
a male model on a plain grey or white backdrop wearing the product over jeans or chinos, sneakers, sometimes a watch,
a belt, a cap, sunglasses or a backpack; a few flat lays (one with folded jeans beside the shirt as a prop), a few
back views, one seated shot, one tee styled under an open checked shirt. Catalog columns as the feed has them:
title, category (article type), color (base colour), gender ("Men"); three rows lack gender, one lacks category,
one lacks color, as feeds do.
Who wrote what: every text comes from BLIP-2 OPT-2.7b with the epoch-2 caption LoRA (DeepFashion-MultiModal
templates), greedy, 50 new tokens for the caption and 30 for each answer, `Question: ... Answer:` prompts. No
terminator was trained, so captions usually run to the limit and stop mid-sentence; the template ("The gentleman
wears a short-sleeve T-shirt with pure color patterns...") comes back for many prompts, including colour and yes/no
questions. Epoch 2 is less overfit than epoch 3, so some short answers survive ("black", "yes", "a shirt and
jeans"), and those are where the one-colour-for-everything habit shows. Closed questions (garment type, colour,
pattern, sleeve length, "Is this a ...?", the colour-of questions unless marked open) are stored as the reference
engine kept them: a candidate label when the generation mapped onto one, the raw text when it did not.
Labeling conventions and judgement calls: a text is marked only when it is wrong for the photo I imagined or the
title. A text that ran to the limit and stops mid-phrase is `cut`, unless the words it kept already carry a plainer
failure (wrong pronoun, a garment or colour that contradicts, a loop), which is then the label; hit_limit is set
either way. The template returned for a colour question, or "pure color" as the colour, is `non_answer` (a pattern,
not a hue); the template returned for a yes/no question with no yes in it is `non_answer` when it ended, `cut` when
it ran out. "The lady"/"the female"/"she" for a male model is `pronoun`. An accessory, person, fabric or detail the
photo does not show is `unsupported`, as is "cotton" for a shirt sold as linen. Colour names I accept as right:
red for maroon, blue for navy and teal blue, purple for lavender, green for olive, white for off-white, beige for
khaki; black for navy and white for beige I count wrong (`contradiction`). The answer for one garment that gives the
other garment's colour is `other_garment_color`. Rolled-up long sleeves called "medium-sleeve" in the closed sleeve
field is marked `contradiction` (the product has long sleeves); the caption saying the same while it describes the
photo is left to its `cut` label. On the back view of a tee sold as "Printed" whose print is on the front only,
"pure color"/"solid" is marked `contradiction` against the title although it matches what the photo shows. For the
tee styled under an open checked shirt, texts describing the outer shirt as the product are `contradiction`, and its
red given as the product's colour is `other_garment_color`.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1507 = [
    # Photo: model facing camera, long-sleeve navy-and-white checked shirt, buttoned and untucked, over light-blue
    # jeans, white sneakers, grey backdrop, no watch. Caption and answers: epoch-2 caption adapter.
    case(
        "X1507-001",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long trousers. The trousers are with denim fabric and solid "
            "color",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "The gentleman wears a long-sleeve shirt with lattice patterns and a long denim trousers.", who="the man"
        ),
        color_of(
            "shirt",
            "The shirt is with cotton fabric and lattice patterns. The shirt is with cotton fabric and lattice "
            "patterns. The shirt is with cotton",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("jeans", "blue", kind="open"),
        Q.pattern("checked"),
        Q.sleeve_length("long-sleeve"),
        gender="Men",
        title="Roadster Men Navy Blue & White Checked Casual Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Photo: short-sleeve plain olive crew-neck tee over black slim jeans, watch on the left wrist, white backdrop.
    # Caption and answers: epoch-2 caption adapter.
    case(
        "X1507-002",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The pants this man wears is of long length. The pants are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "green"),
        color_of("jeans", "green", "other_garment_color"),
        Q.material("cotton"),
        is_a("t-shirt", "yes"),
        details(
            "t-shirt",
            "The T-shirt is with cotton fabric. It has a round neckline. There is an accessory on his wrist.",
        ),
        gender="Men",
        title="HRX by Hrithik Roshan Men Olive Green Solid Round Neck T-shirt",
        category="Tshirts",
        color="Olive",
    ),
    # Photo: short-sleeve white shirt with a small dark leaf print, camp collar, untucked over olive-green chinos,
    # white backdrop. Caption and answers: epoch-2 caption adapter.
    case(
        "X1507-003",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The pants the lady wears is of long length.",
            "pronoun",
        ),
        wearing("The lady wears a short-sleeve shirt with floral patterns and a long pants.", "pronoun", who="he"),
        color_of("shirt", "white", kind="open"),
        color_of("chinos", "white", "other_garment_color", kind="open"),
        Q.pattern("floral"),
        describe(
            "shirt",
            "The shirt is with cotton fabric and floral patterns. Its neckline is lapel. The shirt is with cotton "
            "fabric and floral patterns. Its neckline",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="WROGN Men White Slim Fit Printed Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: black crew-neck tee with a white typography print on the chest, blue ripped jeans, one hand in the
    # pocket, grey backdrop. Caption and answers: epoch-2 caption adapter.
    case(
        "X1507-004",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long trousers. The trousers are with denim fabric and solid "
            "color patterns. There",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "black"),
        color_of("jeans", "black", "other_garment_color"),
        details("jeans", "The trousers are with denim fabric and solid color patterns."),
        Q.garment_type("t-shirt"),
        Q.sleeve_length("short-sleeve"),
        gender="Men",
        title="HERE&NOW Men Black Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: long-sleeve blue-and-white vertical striped shirt, buttoned, over navy chinos, watch, white backdrop.
    # Caption and answers: epoch-2 caption adapter.
    case(
        "X1507-005",
        caption(
            "This man wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The trousers this man wears is of long length. The trousers are with cotton fabric "
            "and pure",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "The shirt is with cotton fabric and stripe patterns.", "non_answer", kind="open"),
        Q.color("blue"),
        Q.pattern("striped"),
        is_a(
            "shirt",
            "The gentleman wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric and its "
            "neckline is",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        title="U.S. Polo Assn. Men Blue & White Striped Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: grey melange polo (short sleeves, two-button placket) over dark-blue jeans, plain white backdrop.
    # Caption and answers: epoch-2 caption adapter.
    case(
        "X1507-006",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears long denim trousers."
        ),
        Q.garment_type("polo shirt"),
        color_of("t-shirt", "grey", kind="open"),
        color_of("jeans", "grey", "other_garment_color", kind="open"),
        wearing(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a lapel",
            "cut",
            who="the man",
            hit_limit=True,
        ),
        is_a("polo shirt", "yes"),
        gender="Men",
        title="Mast & Harbour Men Grey Melange Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # Photo: back view; black tee with a large white-and-yellow graphic across the back, blue jeans, arms down, no
    # watch visible. Caption and answers: epoch-2 caption adapter. No gender column in this row.
    case(
        "X1507-007",
        caption(
            "The upper clothing has short sleeves, cotton fabric and graphic patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is denim and it has solid color patterns."
        ),
        color_of("t-shirt", "black"),
        Q.pattern("graphic"),
        wearing(
            "The upper clothing has short sleeves, cotton fabric and graphic patterns. It has a round neckline. The "
            "lower clothing is of long",
            "cut",
            hit_limit=True,
        ),
        describe(
            "t-shirt",
            "The T-shirt is with cotton fabric and graphic patterns. It has a round neckline. There is an accessory on "
            "his wrist.",
            "unsupported",
        ),
        title="Bewakoof Men Black Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: maroon solid shirt, long sleeves rolled up to the elbows, untucked over black jeans, grey backdrop.
    # Caption and answers: epoch-2 caption adapter.
    case(
        "X1507-008",
        caption(
            "The gentleman wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The gentleman wears a long trousers. The trousers are with denim fabric and pure "
            "color",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("medium-sleeve", "contradiction"),
        color_of("shirt", "red", kind="open"),
        color_of("jeans", "black", kind="open"),
        Q.material("cotton"),
        details(
            "shirt",
            "The shirt is with cotton fabric and pure color patterns. The shirt is with cotton fabric and pure color "
            "patterns. The shirt is with",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Highlander Men Maroon Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Maroon",
    ),
    # Photo: red crew-neck tee with a white brand logo on the chest, light-blue jeans, white backdrop.
    # Caption and answers: epoch-2 caption adapter.
    case(
        "X1507-009",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long trousers. The trousers are with denim fabric and solid "
            "color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "red"),
        Q.garment_type("t-shirt"),
        Q.pattern("graphic"),
        color_of("jeans", "blue"),
        wearing(
            "Question: What is he wearing? Answer: The gentleman wears a short-sleeve T-shirt with graphic patterns. "
            "The T-shirt",
            "leak",
            who="he",
            hit_limit=True,
        ),
        gender="Men",
        title="Puma Men Red Brand Logo Printed Round Neck T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # Photo: mustard long-sleeve shirt worn open over a white crew-neck tee, blue jeans, grey backdrop.
    # Caption and answers: epoch-2 caption adapter.
    case(
        "X1507-010",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long trousers. The trousers are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        Q.color("yellow"),
        wearing("a yellow shirt and a white t-shirt and blue jeans", who="the man"),
        is_a("t-shirt", "yes", "contradiction"),
        Q.material("cotton"),
        gender="Men",
        title="Campus Sutra Men Mustard Yellow Solid Casual Shirt",
        category="Shirts",
        color="Mustard",
    ),
    # Photo: green-and-black buffalo-check shirt, long sleeves, one chest pocket, untucked over black jeans, watch on
    # the right wrist, no belt visible. Caption and answers: epoch-2 caption adapter.
    case(
        "X1507-011",
        caption(
            "This man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The trousers this man wears is of long length. The trousers are with denim fabric and "
            "solid color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "green and black", kind="open"),
        color_of("jeans", "green and black", "other_garment_color", kind="open"),
        Q.pattern("checked"),
        details(
            "shirt",
            "The shirt is with cotton fabric and lattice patterns. Its neckline is lapel. There is a belt on his "
            "waist.",
            "unsupported",
        ),
        gender="Men",
        title="The Indian Garage Co Men Green & Black Slim Fit Checked Casual Shirt",
        category="Shirts",
        color="Green",
    ),
    # Photo: flat lay; white polo laid out on a light grey surface, nothing else in the frame, no person.
    # Caption and answers: epoch-2 caption adapter.
    case(
        "X1507-012",
        caption(
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. It has a lapel neckline."
        ),
        wearing(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long denim trousers.",
            "unsupported",
        ),
        color_of("t-shirt", "white"),
        Q.garment_type("polo shirt"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="Levis Men White Solid Polo Collar Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: olive long-sleeve shirt tucked into beige chinos, brown belt, white backdrop. Caption and answers:
    # epoch-2 caption adapter. No gender column in this row.
    case(
        "X1507-013",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "Question: What is the man wearing? Answer: The gentleman wears a long-sleeve shirt with pure color "
            "patterns. The shirt is with",
            "leak",
            who="the man",
            hit_limit=True,
        ),
        color_of("shirt", "green", kind="open"),
        color_of("chinos", "green", "other_garment_color", kind="open"),
        details("chinos", "The pants are with cotton fabric and pure color patterns. There is a belt on his waist."),
        Q.pattern("solid"),
        title="Dennis Lingo Men Olive Green Slim Fit Casual Shirt",
        category="Shirts",
        color="Olive",
    ),
    # Photo: navy tee with a small all-over white print, white chinos, grey backdrop. Caption and answers: epoch-2
    # caption adapter.
    case(
        "X1507-014",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline.",
            "pronoun",
        ),
        color_of("t-shirt", "blue"),
        Q.pattern("printed"),
        color_of("chinos", "white", kind="open"),
        wearing("a t-shirt and white pants", who="the man"),
        is_a("t-shirt", "yes"),
        gender="Men",
        title="Jack & Jones Men Navy Blue Printed Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: pink long-sleeve solid shirt over navy chinos, one hand in the pocket, white backdrop. Caption and
    # answers: epoch-2 caption adapter.
    case(
        "X1507-015",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The trousers this man wears is of long length. The trousers are with cotton",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "pink", kind="open"),
        color_of("chinos", "blue", kind="open"),
        Q.color("pure color", "non_answer"),
        describe("shirt", "The shirt is with cotton fabric and pure color patterns. Its neckline is lapel."),
        Q.material("cotton"),
        Q.sleeve_length("long-sleeve"),
        gender="Men",
        title="Allen Solly Men Pink Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Pink",
    ),
    # Photo: light-blue linen shirt, long sleeves, untucked over off-white chinos, grey backdrop. Caption and
    # answers: epoch-2 caption adapter.
    case(
        "X1507-016",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton", "unsupported"),
        color_of("shirt", "blue", kind="open"),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        describe("shirt", "It is a shirt.", "restated"),
        details(
            "shirt",
            "The shirt has long sleeves and a lapel neckline. The shirt has long sleeves and a lapel neckline. The "
            "shirt has long",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Nautica Men Blue Linen Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: white crew-neck tee tucked into blue jeans, brown belt, steel watch, white backdrop. Caption and
    # answers: epoch-2 caption adapter.
    case(
        "X1507-017",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long trousers. The trousers are with denim fabric and "
            "solid color patterns. There",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "white"),
        color_of("jeans", "blue"),
        wearing(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long denim trousers. There is "
            "an accessory on his",
            "cut",
            who="he",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        is_a("t-shirt", "yes"),
        gender="Men",
        title="Tommy Hilfiger Men White Solid Crew Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: charcoal long-sleeve henley tee (three-button placket) over light-blue jeans, grey backdrop. Caption and
    # answers: epoch-2 caption adapter.
    case(
        "X1507-018",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long trousers. The trousers are with denim fabric and "
            "solid color",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        color_of("t-shirt", "grey"),
        color_of("jeans", "grey", "other_garment_color"),
        Q.sleeve_length("long-sleeve"),
        describe(
            "t-shirt",
            "The sweater is with cotton fabric and pure color patterns. It has a round neckline.",
            "contradiction",
        ),
        gender="Men",
        title="Roadster Men Charcoal Grey Solid Henley Neck T-shirt",
        category="Tshirts",
        color="Charcoal",
    ),
    # Photo: teal crew-neck tee with a chest graphic, black jeans, white backdrop. Caption and answers: epoch-2
    # caption adapter.
    case(
        "X1507-019",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure "
            "color",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "blue", kind="open"),
        color_of("jeans", "black", kind="open"),
        Q.pattern("graphic"),
        wearing(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The",
            "cut",
            who="the man",
            hit_limit=True,
        ),
        details("t-shirt", "The T-shirt is with cotton fabric and graphic patterns. It has a round neckline."),
        gender="Men",
        title="Locomotive Men Teal Blue Printed Round Neck T-shirt",
        category="Tshirts",
        color="Teal",
    ),
    # Photo: colourblocked tee, white chest panel and navy body and sleeves, over khaki chinos, grey backdrop.
    # Caption and answers: epoch-2 caption adapter.
    case(
        "X1507-020",
        caption(
            "The gentleman wears a short-sleeve T-shirt with color block patterns. It has a round neckline. The pants "
            "the gentleman wears is of long length. The pants are with cotton fabric and solid color patterns."
        ),
        color_of("t-shirt", "blue and white"),
        Q.pattern("color block"),
        color_of("chinos", "The pants are with cotton fabric and solid color patterns.", "non_answer", kind="open"),
        Q.garment_type("t-shirt"),
        is_a(
            "t-shirt",
            "The gentleman wears a short-sleeve T-shirt with color block patterns. It has a round neckline. The pants "
            "the gentleman",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Flying Machine Men Navy Blue & White Colourblocked Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: mid-blue denim shirt, long sleeves, untucked over khaki chinos, white backdrop. Caption and answers:
    # epoch-2 caption adapter.
    case(
        "X1507-021",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric and its "
            "neckline is lapel. The trousers this man wears is of long length. The trousers are with cotton fabric and "
            "pure",
            "cut",
            hit_limit=True,
        ),
        Q.material("denim"),
        color_of("shirt", "blue", kind="open"),
        color_of("chinos", "blue", "other_garment_color", kind="open"),
        details(
            "shirt",
            "The shirt is with denim fabric and pure color patterns. Its neckline is lapel. The shirt is with denim "
            "fabric and pure color patterns. Its",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("shirt"),
        gender="Men",
        title="Mufti Men Blue Slim Fit Denim Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: beige short-sleeve shirt over dark-blue jeans, model holding sunglasses in one hand, grey backdrop.
    # Caption and answers: epoch-2 caption adapter.
    case(
        "X1507-022",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The gentleman wears a long trousers. The trousers are with denim fabric and solid "
            "color patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "white", "contradiction", kind="open"),
        wearing("a shirt and jeans", who="the man"),
        Q.sleeve_length("short-sleeve"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Peter England Casuals Men Beige Linen Blend Casual Shirt",
        category="Shirts",
        color="Beige",
    ),
    # Photo: yellow crew-neck tee with a large cartoon print on the front, black jeans, white backdrop. Caption and
    # answers: epoch-2 caption adapter. No gender column in this row.
    case(
        "X1507-023",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long trousers. The trousers are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "yellow"),
        color_of("jeans", "black"),
        describe(
            "t-shirt",
            "The T-shirt is with cotton fabric and graphic patterns. It has a round neckline. The T-shirt is with "
            "cotton fabric and graphic patterns. It",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("graphic"),
        title="Bewakoof Men Yellow Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="Yellow",
    ),
    # Photo: black long-sleeve shirt over light-blue ripped jeans, white sneakers, grey backdrop. Caption and
    # answers: epoch-2 caption adapter.
    case(
        "X1507-024",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long trousers. The trousers are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "black"),
        color_of("jeans", "black", "other_garment_color"),
        wearing("black shirt and jeans", who="he"),
        details("jeans", "they are jeans", "restated"),
        Q.material("cotton"),
        gender="Men",
        title="Highlander Men Black Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Black",
    ),
    # Photo: rust-orange plain crew-neck tee over blue jeans, white backdrop. Caption and answers: epoch-2 caption
    # adapter.
    case(
        "X1507-025",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The pants this man wears is of long length. The pants are with denim fabric and "
            "pure color",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "orange", kind="open"),
        color_of("jeans", "blue", kind="open"),
        Q.garment_type("t-shirt"),
        is_a("t-shirt", "The T-shirt is with cotton fabric. It has a round neckline.", "non_answer"),
        gender="Men",
        title="Roadster Men Rust Orange Solid Round Neck T-shirt",
        category="Tshirts",
        color="Rust",
    ),
    # Photo: grey short-sleeve checked shirt over black jeans, watch on the left wrist, grey backdrop. Caption and
    # answers: epoch-2 caption adapter.
    case(
        "X1507-026",
        caption(
            "The lady wears a short-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a long trousers. The trousers are with denim fabric and solid color "
            "patterns. There is an",
            "pronoun",
            hit_limit=True,
        ),
        wearing(
            "The lady wears a short-sleeve shirt with lattice patterns and a long denim trousers. There is an "
            "accessory on her wrist.",
            "pronoun",
            who="the man",
        ),
        color_of("shirt", "grey", kind="open"),
        Q.pattern("checked"),
        Q.sleeve_length("short-sleeve"),
        gender="Men",
        title="WROGN Men Grey Regular Fit Checked Casual Shirt",
        category="Shirts",
        color="Grey",
    ),
    # Photo: plain white crew-neck tee worn under an open red-and-black checked long-sleeve shirt (styling), blue
    # jeans, grey backdrop; the tee's sleeves are hidden. Caption and answers: epoch-2 caption adapter.
    case(
        "X1507-027",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long trousers. The trousers are with denim fabric and solid "
            "color",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("shirt", "contradiction"),
        color_of("t-shirt", "white"),
        Q.color("red", "other_garment_color"),
        is_a("t-shirt", "yes"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        gender="Men",
        title="Roadster Men White Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: navy polo with a small embroidered logo, over white chinos, white backdrop. Caption and answers:
    # epoch-2 caption adapter.
    case(
        "X1507-028",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. It has a lapel neckline. The "
            "gentleman wears a long pants."
        ),
        color_of("t-shirt", "black", "contradiction"),
        color_of("chinos", "white"),
        Q.garment_type("polo shirt"),
        details(
            "t-shirt",
            "It has a lapel neckline. It has a lapel neckline. It has a lapel neckline. It has a lapel neckline. It "
            "has a",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        title="U.S. Polo Assn. Men Navy Blue Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: short-sleeve camp-collar shirt, black with a green tropical leaf print, over beige chinos, model wearing
    # sunglasses, white backdrop. Caption and answers: epoch-2 caption adapter.
    case(
        "X1507-029",
        caption(
            "The gentleman wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "The gentleman wears a short-sleeve shirt with floral patterns and a long pants. The gentleman wears "
            "glasses.",
            who="he",
        ),
        color_of("shirt", "black and green", kind="open"),
        Q.pattern("floral"),
        color_of("chinos", "black and green", "other_garment_color", kind="open"),
        describe("shirt", "The shirt is with cotton fabric and floral patterns. Its neckline is lapel."),
        gender="Men",
        title="Campus Sutra Men Black & Green Tropical Printed Casual Shirt",
        category="Shirts",
        color="Black",
    ),
    # Photo: maroon-and-white horizontal striped crew-neck tee over blue jeans, grey backdrop. Caption and answers:
    # epoch-2 caption adapter.
    case(
        "X1507-030",
        caption(
            "The gentleman wears a short-sleeve T-shirt with stripe patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long trousers. The trousers are with denim fabric and solid "
            "color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "red and white", kind="open"),
        Q.pattern("striped"),
        color_of("jeans", "blue", kind="open"),
        wearing("a striped shirt and jeans", who="the man"),
        details(
            "t-shirt",
            "The T-shirt is with cotton fabric and stripe patterns. It has a round neckline. The T-shirt is with "
            "cotton fabric and stripe patterns. It",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Mast & Harbour Men Maroon & White Striped Round Neck T-shirt",
        category="Tshirts",
        color="Maroon",
    ),
    # Photo: white long-sleeve shirt tucked into navy chinos, brown belt, watch, white backdrop. Caption and
    # answers: epoch-2 caption adapter.
    case(
        "X1507-031",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. It has a lapel neckline. The gentleman "
            "wears a long pants. There is a belt on his waist. There is an accessory on his wrist."
        ),
        color_of("shirt", "Question: What is the color of the pants? Answer: blue", "leak", kind="open"),
        color_of("pants", "blue", kind="open"),
        Q.material("cotton"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Louis Philippe Sport Men White Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: black crew-neck tee with a small red-and-white brand logo on the chest, light-grey jeans, white
    # backdrop. Caption and answers: epoch-2 caption adapter.
    case(
        "X1507-032",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long trousers. The trousers are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "black"),
        color_of("jeans", "black", "other_garment_color"),
        Q.pattern("graphic"),
        Q.garment_type("t-shirt"),
        gender="Men",
        title="Levis Men Black Brand Logo Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: lavender long-sleeve solid shirt over black chinos, grey backdrop. Caption and answers: epoch-2 caption
    # adapter. The wearing answer came back empty (the model emitted a newline first).
    case(
        "X1507-033",
        caption(
            "The female wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The female wears a long pants. The pants are with cotton fabric and pure color "
            "patterns.",
            "pronoun",
        ),
        color_of("shirt", "purple", kind="open"),
        color_of("pants", "black", kind="open"),
        wearing("", "non_answer", who="the man"),
        Q.sleeve_length("long-sleeve"),
        Q.garment_type("shirt"),
        gender="Men",
        title="Dennis Lingo Men Lavender Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Lavender",
    ),
    # Photo: khaki long-sleeve cotton shirt over dark-blue jeans, backpack slung on one shoulder, grey backdrop.
    # Caption and answers: epoch-2 caption adapter.
    case(
        "X1507-034",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The gentleman wears a long trousers. The trousers are with denim fabric and solid "
            "color patterns. There is a bag",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "beige", kind="open"),
        wearing("a shirt, jeans and a backpack", who="he"),
        details("shirt", "The shirt details are the details of the shirt.", "restated"),
        Q.material("denim", "unsupported"),
        gender="Men",
        title="Mast & Harbour Men Khaki Solid Casual Shirt",
        category="Shirts",
        color="Khaki",
    ),
    # Photo: back view; plain bottle-green tee (its print is on the front only) over beige chinos, white backdrop.
    # Caption and answers: epoch-2 caption adapter.
    case(
        "X1507-035",
        caption(
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns.",
            "contradiction",
        ),
        Q.pattern("solid", "contradiction"),
        color_of("t-shirt", "green"),
        wearing(
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "lower clothing",
            "cut",
            who="the person",
            hit_limit=True,
        ),
        color_of("chinos", "green", "other_garment_color"),
        gender="Men",
        title="Jack & Jones Men Green Printed Round Neck T-shirt",
        category="Tshirts",
        color="Green",
    ),
    # Photo: black oversized drop-shoulder tee with a large front graphic, light-blue jeans, bare head, grey
    # backdrop. Caption and answers: epoch-2 caption adapter.
    case(
        "X1507-036",
        caption(
            "The gentleman wears a medium-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long trousers. The trousers are with denim fabric and solid",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("short-sleeve"),
        color_of("t-shirt", "black"),
        describe(
            "t-shirt",
            "The T-shirt is with cotton fabric and graphic patterns. It has a round neckline. There is a hat on his "
            "head.",
            "unsupported",
        ),
        is_a("t-shirt", "yes"),
        gender="Men",
        title="Difference of Opinion Men Black Oversized Graphic Printed T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: teal mandarin-collar shirt, long sleeves, over beige chinos, white backdrop. Caption and answers:
    # epoch-2 caption adapter.
    case(
        "X1507-037",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is standing. The trousers this man wears is of long length. The trousers are with cotton fabric "
            "and pure",
            "cut",
            hit_limit=True,
        ),
        describe(
            "shirt", "The shirt is with cotton fabric and pure color patterns. Its neckline is lapel.", "contradiction"
        ),
        color_of("shirt", "green", kind="open"),
        color_of("chinos", "beige", kind="open"),
        Q.garment_type("shirt"),
        Q.color("pure color", "non_answer"),
        gender="Men",
        title="Roadster Men Teal Green Solid Mandarin Collar Casual Shirt",
        category="Shirts",
        color="Teal",
    ),
    # Photo: grey melange tee with a black brand logo print on the chest, blue jeans, white backdrop. Caption and
    # answers: epoch-2 caption adapter.
    case(
        "X1507-038",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long trousers. The trousers are with denim fabric and solid "
            "color",
            "cut",
            hit_limit=True,
        ),
        wearing("she is wearing a grey t-shirt and blue jeans", "pronoun", who="he"),
        color_of("t-shirt", "grey"),
        color_of("jeans", "blue"),
        Q.material("cotton"),
        gender="Men",
        title="Puma Men Grey Melange Brand Logo Printed T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # Photo: peach polo over white chinos, white backdrop. Caption and answers: epoch-2 caption adapter.
    case(
        "X1507-039",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure "
            "color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "white", "other_garment_color", kind="open"),
        color_of("chinos", "white", kind="open"),
        Q.garment_type("polo shirt"),
        Q.pattern("solid"),
        details(
            "t-shirt",
            "The T-shirt is with cotton fabric and pure color patterns. It has a lapel neckline. The T-shirt is with "
            "cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Allen Solly Men Peach-Coloured Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Peach",
    ),
    # Photo: flat lay; navy long-sleeve shirt with a small white geometric print, laid beside folded blue jeans and a
    # pair of sneakers (props), no person. Caption and answers: epoch-2 caption adapter.
    case(
        "X1507-040",
        caption(
            "The upper clothing has long sleeves, cotton fabric and graphic patterns. It has a lapel neckline. The "
            "lower clothing is of long length. The fabric is denim and it has solid color patterns."
        ),
        wearing(
            "The upper clothing has long sleeves, cotton fabric and graphic patterns. It has a lapel neckline. The "
            "lower",
            "cut",
            who="the person",
            hit_limit=True,
        ),
        color_of("shirt", "blue"),
        Q.pattern("printed"),
        Q.sleeve_length("long-sleeve"),
        gender="Men",
        title="Highlander Men Navy Blue Slim Fit Printed Casual Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Photo: model seated on a wooden stool, white crew-neck tee with a black text print, black chinos, no rings,
    # white backdrop. Caption and answers: epoch-2 caption adapter.
    case(
        "X1507-041",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The gentleman is",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "white"),
        color_of("chinos", "white", "other_garment_color"),
        wearing(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns and a long pants. There is a ring on his "
            "finger.",
            "unsupported",
            who="the man",
        ),
        Q.pattern("graphic"),
        gender="Men",
        title="Roadster Men White Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: off-white short-sleeve solid shirt over light-blue jeans, grey backdrop. Caption and answers: epoch-2
    # caption adapter.
    case(
        "X1507-042",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The shirt is with cotton fabric and its neckline is lapel. The shirt is with "
            "cotton",
            "loop",
            hit_limit=True,
        ),
        color_of("shirt", "white", kind="open"),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        Q.material("cotton"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Campus Sutra Men Off-White Solid Casual Shirt",
        category="Shirts",
        color="Off White",
    ),
    # Photo: black short-sleeve V-neck tee over beige chinos, white backdrop. Caption and answers: epoch-2 caption
    # adapter.
    case(
        "X1507-043",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a v-shape neckline. The gentleman wears a long pants."
        ),
        details("t-shirt", "It has a round neckline.", "contradiction"),
        color_of("t-shirt", "black"),
        color_of("chinos", "black", "other_garment_color"),
        Q.garment_type("t-shirt"),
        gender="Men",
        title="Mast & Harbour Men Black Solid V-Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: white-and-blue vertical striped shirt, long sleeves, over navy chinos, grey backdrop. Caption and
    # answers: epoch-2 caption adapter. No category column in this row.
    case(
        "X1507-044",
        caption(
            "This gentleman wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "blue and white", kind="open"),
        Q.pattern("checked", "contradiction"),
        wearing("a blue and white striped shirt and blue pants", who="he"),
        color_of(
            "pants",
            "The pants are with cotton fabric and pure color patterns. The pants are with cotton fabric and pure color "
            "patterns. The pants",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        gender="Men",
        title="Flying Machine Men White & Blue Slim Fit Striped Casual Shirt",
        color="White",
    ),
    # Photo: navy plain crew-neck tee over grey chinos, model wearing a black baseball cap, white backdrop. Caption
    # and answers: epoch-2 caption adapter. No color column in this row.
    case(
        "X1507-045",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. It has a round neckline. The "
            "gentleman wears a long pants. There is a hat on his head."
        ),
        color_of("t-shirt", "blue"),
        color_of("chinos", "grey"),
        wearing(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long pants. There is a hat on "
            "his head.",
            who="the man",
        ),
        Q.material("cotton"),
        is_a("t-shirt", "yes"),
        gender="Men",
        title="Roadster Men Navy Blue Solid Round Neck T-shirt",
        category="Tshirts",
    ),
]
