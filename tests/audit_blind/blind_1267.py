"""BLIND_1267 (45 products; Myntra men's casual shirts and tees over jeans/chinos, epoch-2 caption adapter for all
texts): written blind in the sixty-second session. Measured blind at 75d2b57 (the session's seventh rules): 85/93
failures found (91.4%) and 7/171 correct texts flagged (4.1%). The writer's notes, verbatim:

Scenario: a Myntra feed of men's casual shirts and t-shirts (articleType Shirts / Tshirts, baseColour, gender Men),
photographed the usual catalog way: a male model on a plain light backdrop wearing the product untucked (once tucked)
over jeans or chinos, plus two flat lays, two back views and a few props (a coffee cup, a stool, a denim jacket worn
open over the tee). A few feed rows lack a column (no color, no category, no gender), as real feeds do.
Who wrote what: every text, the caption and each answer, comes from BLIP-2 OPT-2.7b with the epoch-2 caption LoRA
adapter (between leoreigoto's epoch-1 and epoch-3 caption adapters), greedy, 50 new tokens for captions and 30 for
answers, prompts in the `Question: ... Answer:` format. The adapter learned the DeepFashion-MultiModal template ("The
gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its neckline is
lapel. ...") and never a hue, so captions carry patterns, fabric and necklines but no colors, and it often says "The
lady" even for a man. At epoch 2 some question answering survives: many short questions still get a short answer
("navy blue", "plaid", "yes"), but others get the caption template back, run on past the answer, loop, or continue
into a new "Question: ... Answer:". No end token was trained, so long texts run to the limit; a caption that happens
to end on a sentence boundary near the limit is complete even though generation did not stop. Colors often slide
from one garment to the other (the jeans' blue given to the shirt, the tee's black given to the chinos). The color
questions were generated freely, so they are stored open.

Labeling conventions and judgement calls: one label per wrong text, judged against the photo I imagined and the title.
When a text is both cut and wrong in content (a "lady" caption that also runs to the limit, a flat lay captioned as a
worn outfit), the content error is the label and hit_limit=True still records the cut. A caption or answer that is right
but stops mid-phrase at the limit is `cut`. A caption that runs to the limit but stops on a sentence end, or only lacks
its final period after a complete clause, is left unmarked (hit_limit=True): a reader loses nothing. The template
returned for a color question (fabric and "pure color patterns", no hue), or a pattern word given as the color
("graphic", "plaid"), is `non_answer`; "they are long" for the pants' details is `non_answer`; "the t-shirt is a
t-shirt" / "they are jeans" is `restated`. A shirt given the jeans' (or the open denim jacket's) color is
`other_garment_color`; the jeans or chinos given the shirt's color, a pattern, a garment type or a yes/no garment answer
that the title contradicts (the tee's details describing the open jacket, "yes" to "Is this a t-shirt?" for a shirt worn
over a tee), or a material that the title contradicts (cotton for linen, leather for corduroy) is `contradiction`. An
invented accessory (a watch that is not there), a person and pants invented for a flat lay, or a stripe pattern put on
plain chinos is `unsupported`; the accessory claims that are true (a belt, a watch) are left unmarked. Near hues are
accepted: navy as "blue", teal blue as "blue", olive as "green", lavender as "purple", maroon as "red", cream as
"white", peach as "pink"; beige called "white" is marked (clearly darker in the photo, and the seller says Beige). A
denim-jacket layer named in the caption instead of the tee is not marked: the caption describes what the photo shows.
Answers to "What is the person wearing?" on a flat lay that name the items lying there ("a shirt and jeans") are left
unmarked.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

pattern = BLIND_QUESTIONS.pattern
sleeve_length = BLIND_QUESTIONS.sleeve_length
material = BLIND_QUESTIONS.material
garment_type = BLIND_QUESTIONS.garment_type

BLIND_1267 = [
    # Photo: model in a navy-and-white checked full-sleeve shirt, untucked, over light blue jeans, white sneakers,
    # plain grey backdrop. All texts: epoch-2 caption adapter. The caption runs to the limit mid-phrase.
    case(
        "X1267-001",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long pants. The pants are with denim fabric and solid color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        wearing("a shirt and jeans", who="he"),
        color_of("shirt", "navy blue and white", kind="open"),
        color_of("jeans", "blue", kind="open"),
        details(
            "shirt",
            "The shirt is with cotton fabric and lattice patterns. The neckline of it is lapel. The gentleman wears a "
            "long pants. The pants are with denim",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Roadster Men Navy Blue & White Checked Casual Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Photo: black crew-neck tee, short sleeves, over olive chinos, front view, white backdrop. All texts: epoch-2
    # caption adapter. The caption ends on a period right at the limit (padding fills the rest); the chinos get the
    # tee's black; the wearing answer runs on and is cut.
    case(
        "X1267-002",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns.",
            hit_limit=True,
        ),
        color_of("t-shirt", "black", kind="open"),
        color_of("pants", "black", "contradiction", kind="open"),
        pattern("pure color"),
        sleeve_length("short-sleeve"),
        wearing(
            "The man wears a short-sleeve T-shirt with pure color patterns and a long trousers. The T-shirt is with "
            "cotton fabric and its neckline is",
            "cut",
            who="he",
            hit_limit=True,
        ),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Solid Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: olive green full-sleeve shirt, sleeves rolled to the elbow, over black jeans, one hand in pocket. All
    # texts: epoch-2 caption adapter. "The lady" in the caption (which also runs to the limit) and in the wearing
    # answer; the jeans' color question gets the template back.
    case(
        "X1267-003",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a long pants. The pants are with denim fabric and solid color patterns. "
            "This lady",
            "pronoun",
            hit_limit=True,
        ),
        wearing("The lady wears a long-sleeve shirt with pure color patterns and a long pants.", "pronoun", who="he"),
        color_of("shirt", "green", kind="open"),
        color_of("jeans", "The pants are with denim fabric and solid color patterns.", "non_answer", kind="open"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Mast & Harbour Men Olive Green Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Olive",
    ),
    # Photo: white tee with a black abstract typography print on the chest, over blue distressed jeans. All texts:
    # epoch-2 caption adapter. The caption reaches the limit just before its final period: complete, left unmarked.
    # The wearing answer runs on and is cut.
    case(
        "X1267-004",
        caption(
            "The guy wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The pants the guy wears is of long length. The pants are with denim fabric and solid "
            "color patterns",
            hit_limit=True,
        ),
        color_of("t-shirt", "white", kind="open"),
        details("t-shirt", "graphic print on the front"),
        material("cotton"),
        color_of("jeans", "blue", kind="open"),
        wearing(
            "The guy wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with cotton "
            "fabric and its neckline is round. The",
            "cut",
            who="he",
            hit_limit=True,
        ),
        gender="Men",
        title="HERE&NOW Men White Printed Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: grey melange two-button polo over navy chinos, three-quarter side pose. All texts: epoch-2 caption
    # adapter. The caption is cut; the chinos get the polo's grey.
    case(
        "X1267-005",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("a grey polo shirt and blue pants", who="he"),
        color_of("shirt", "grey", kind="open"),
        color_of("pants", "grey", "contradiction", kind="open"),
        is_a("polo shirt", "yes"),
        garment_type("T-shirt"),
        details("shirt", "The T-shirt is with cotton fabric and pure color patterns. The neckline of it is lapel."),
        gender="Men",
        title="WROGN Men Grey Melange Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # Photo: maroon full-sleeve shirt, untucked, over beige chinos, brown loafers, bare wrists. All texts: epoch-2
    # caption adapter. The caption invents a wrist accessory; the details answer loops to the limit.
    case(
        "X1267-006",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric. The pants are with cotton fabric. There is an accessory on his wrist.",
            "unsupported",
        ),
        color_of("shirt", "maroon", kind="open"),
        color_of("pants", "beige", kind="open"),
        describe("shirt", "a maroon shirt with long sleeves and a collar"),
        details(
            "shirt",
            "the sleeves, the collar, the buttons, the sleeves, the collar, the buttons, the sleeves, the collar, the "
            "buttons, the sleeves",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Highlander Men Maroon Slim Fit Casual Shirt",
        category="Shirts",
        color="Maroon",
    ),
    # Photo: blue-and-white vertical stripe full-sleeve shirt, button-down collar, small embroidered logo on the
    # chest, over white chinos. All texts: epoch-2 caption adapter. The chinos get the shirt's blue.
    case(
        "X1267-007",
        caption(
            "The gentleman wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "blue and white", kind="open"),
        color_of("pants", "blue", "contradiction", kind="open"),
        pattern("stripe"),
        details("shirt", "a logo on the chest"),
        material("The shirt is with cotton fabric."),
        gender="Men",
        title="U.S. Polo Assn. Men Blue Striped Pure Cotton Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: black tee with the red-and-white batwing logo on the chest, over dark indigo jeans. All texts: epoch-2
    # caption adapter. The jeans get the tee's black.
    case(
        "X1267-008",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The man wears a long pants. The pants are with denim fabric and pure color patterns."
        ),
        wearing("a black t-shirt with a red logo and jeans", who="he"),
        color_of("t-shirt", "black", kind="open"),
        color_of("jeans", "black", "contradiction", kind="open"),
        is_a("t-shirt", "yes"),
        details("t-shirt", "levi's logo"),
        gender="Men",
        title="Levis Men Black Brand Logo Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: beige linen full-sleeve shirt, sleeves rolled, slightly creased, over light-wash blue jeans. All texts:
    # epoch-2 caption adapter. "cotton" against the title's linen (in the cut caption and the material answer);
    # the beige shirt called white.
    case(
        "X1267-009",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long pants. The pants are with denim fabric and solid color "
            "patterns. There is",
            "contradiction",
            hit_limit=True,
        ),
        material("cotton", "contradiction"),
        color_of("shirt", "white", "contradiction", kind="open"),
        color_of("jeans", "blue", kind="open"),
        sleeve_length("long-sleeve"),
        wearing("The gentleman wears a long-sleeve shirt with pure color patterns and a long pants.", who="he"),
        gender="Men",
        title="Jack & Jones Men Beige Slim Fit Linen Casual Shirt",
        category="Shirts",
        color="Beige",
    ),
    # Photo: mustard yellow tee with a black Batman logo print, over black jeans. All texts: epoch-2 caption adapter.
    # Caption and details answer both run into the template and are cut.
    case(
        "X1267-010",
        caption(
            "The guy wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The guy wears a long pants. The pants are with denim fabric and solid color patterns. "
            "This guy",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "yellow", kind="open"),
        color_of("jeans", "black", kind="open"),
        describe("t-shirt", "a yellow t-shirt with a batman logo on it"),
        details(
            "t-shirt",
            "The T-shirt is with cotton fabric and graphic patterns. The neckline of it is round. The guy wears a long "
            "pants. The pants are",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="The Souled Store Men Mustard Yellow Batman Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="Mustard",
    ),
    # Photo: short-sleeve blue-and-white gingham shirt worn open over a plain white round-neck tee, khaki chinos. All
    # texts: epoch-2 caption adapter. "yes" to "Is this a t-shirt?" answers for the inner tee, not the product.
    case(
        "X1267-011",
        caption(
            "The gentleman wears a short-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns."
        ),
        wearing("a shirt, a t-shirt and pants", who="he"),
        color_of("shirt", "blue and white", kind="open"),
        color_of("pants", "khaki", kind="open"),
        is_a("t-shirt", "yes", "contradiction"),
        pattern("plaid"),
        describe("shirt", "a blue and white checkered shirt over a white t-shirt"),
        gender="Men",
        title="Campus Sutra Men Blue & White Checked Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: navy crew-neck tee over stone-grey chinos. All texts: epoch-2 caption adapter. "The lady" in
    # the caption and in the (cut) details answer.
    case(
        "X1267-012",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long pants. The pants are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        wearing("a blue t-shirt and grey pants", who="he"),
        color_of("t-shirt", "blue", kind="open"),
        color_of("pants", "grey", kind="open"),
        sleeve_length("The T-shirt is with short sleeves."),
        details(
            "t-shirt",
            "The T-shirt is with cotton fabric and pure color patterns. The neckline of it is round. The lady wears a "
            "long pants. The pants are",
            "pronoun",
            hit_limit=True,
        ),
        gender="Men",
        title="Flying Machine Men Navy Blue Solid Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: lavender full-sleeve shirt tucked into navy chinos with a brown leather belt. All texts: epoch-2 caption
    # adapter. The belt in the caption is real. The chinos' answer runs on into a new Question/Answer pair.
    case(
        "X1267-013",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns. He "
            "wears a belt."
        ),
        color_of("shirt", "purple", kind="open"),
        color_of("pants", "blue Question: What is the color of the belt? Answer: brown", "leak", kind="open"),
        describe(
            "shirt",
            "The shirt is with cotton fabric and pure color patterns. It has long sleeves. The neckline of it is "
            "lapel. The gentleman wears a long pants. The",
            "cut",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        details("shirt", "tucked in"),
        gender="Men",
        title="Louis Philippe Sport Men Lavender Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Lavender",
    ),
    # Photo: green-and-black buffalo check full-sleeve shirt over black jeans. All texts: epoch-2 caption adapter.
    # The jeans' details come back as the question's own words; the wearing answer runs on and is cut.
    case(
        "X1267-014",
        caption(
            "The gentleman wears a long-sleeve shirt with plaid patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long pants. The pants are with denim fabric and solid color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "green and black", kind="open"),
        color_of("jeans", "black", kind="open"),
        pattern("plaid"),
        details("jeans", "they are jeans", "restated"),
        wearing(
            "The gentleman wears a long-sleeve shirt with plaid patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The",
            "cut",
            who="he",
            hit_limit=True,
        ),
        gender="Men",
        title="Peter England Casuals Men Green Checked Slim Fit Casual Shirt",
        category="Shirts",
        color="Green",
    ),
    # Photo: rust orange full-sleeve shirt with a mandarin (band) collar over off-white chinos. All texts: epoch-2
    # caption adapter. The chinos get the shirt's orange.
    case(
        "X1267-015",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is stand. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns."
        ),
        color_of("shirt", "orange", kind="open"),
        color_of("pants", "orange", "contradiction", kind="open"),
        wearing("a shirt and pants", who="he"),
        is_a("shirt", "yes"),
        details("shirt", "mandarin collar"),
        describe("shirt", "The shirt is with cotton fabric and pure color patterns. The neckline of it is stand."),
        gender="Men",
        title="Dennis Lingo Men Rust Orange Slim Fit Casual Shirt",
        category="Shirts",
        color="Rust",
    ),
    # Photo: back view: black oversized tee with large white text printed across the back, blue jeans. All texts:
    # epoch-2 caption adapter. The details answer repeats its two template sentences; the blue jeans get the tee's
    # black.
    case(
        "X1267-016",
        caption(
            "The guy wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The guy wears a long pants. The pants are with denim fabric and solid color patterns."
        ),
        color_of("t-shirt", "black", kind="open"),
        color_of("jeans", "black", "contradiction", kind="open"),
        describe("t-shirt", "black t-shirt with white letters on the back"),
        wearing("a black t-shirt and jeans", who="he"),
        details(
            "t-shirt",
            "The T-shirt is with cotton fabric and graphic patterns. The neckline of it is round. The T-shirt is with "
            "cotton fabric and graphic patterns. The neckline",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Difference of Opinion Men Black Printed Oversized T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: white polo with a small flag logo, over navy chinos, a steel watch on the left wrist. All texts: epoch-2
    # caption adapter. The watch is real; the chinos get the polo's white.
    case(
        "X1267-017",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is lapel. The gentleman wears a long trousers. There is an accessory on his wrist."
        ),
        color_of("t-shirt", "white", kind="open"),
        color_of("pants", "white", "contradiction", kind="open"),
        garment_type("polo shirt"),
        material("cotton"),
        details("t-shirt", "a small logo on the chest"),
        wearing(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long trousers. There is an "
            "accessory on his wrist.",
            who="he",
        ),
        gender="Men",
        title="Tommy Hilfiger Men White Solid Polo Collar Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: teal blue full-sleeve shirt over black chinos. All texts: epoch-2 caption adapter. Caption and wearing
    # answer both cut; the chinos' color question gets template back.
    case(
        "X1267-018",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long pants. The pants are with cotton fabric and solid color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "blue", kind="open"),
        color_of("pants", "The pants are with cotton fabric and solid color patterns.", "non_answer", kind="open"),
        wearing(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is",
            "cut",
            who="he",
            hit_limit=True,
        ),
        sleeve_length("long-sleeve"),
        gender="Men",
        title="Mufti Men Teal Blue Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Teal",
    ),
    # Photo: lime green tee with black typography across the chest, over beige chinos. All texts: epoch-2 caption
    # adapter. "The lady" in the caption and in the (cut) description; the color question answers the pattern.
    case(
        "X1267-019",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long pants. The pants are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        color_of("t-shirt", "graphic", "non_answer", kind="open"),
        color_of("pants", "khaki", kind="open"),
        pattern("graphic"),
        describe(
            "t-shirt",
            "The T-shirt is with cotton fabric and graphic patterns. The neckline of it is round. The lady wears a "
            "long pants. The pants are",
            "pronoun",
            hit_limit=True,
        ),
        gender="Men",
        title="Kook N Keech Men Green Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="Green",
    ),
    # Photo: navy full-sleeve three-button henley over light blue jeans. All texts: epoch-2 caption adapter. The
    # caption ends on its period at the limit (complete); the sleeve answer says short for full sleeves.
    case(
        "X1267-020",
        caption(
            "The gentleman wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The gentleman wears a long pants. The pants are with denim fabric and solid color "
            "patterns.",
            hit_limit=True,
        ),
        color_of("t-shirt", "blue", kind="open"),
        color_of("jeans", "blue", kind="open"),
        is_a("t-shirt", "yes"),
        sleeve_length("short-sleeve", "contradiction"),
        details("t-shirt", "buttons on the neck"),
        gender="Men",
        title="Red Tape Men Navy Blue Solid Henley Neck Full Sleeves T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: white oxford button-down shirt, sleeves rolled, over mid-blue jeans. All texts: epoch-2 caption adapter.
    # The shirt gets the jeans' blue while the wearing answer has it right; the details answer is cut.
    case(
        "X1267-021",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long pants. The pants are with denim fabric and solid color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "blue", "other_garment_color", kind="open"),
        color_of("jeans", "blue", kind="open"),
        wearing("a white shirt and blue jeans", who="he"),
        describe("shirt", "white shirt with rolled up sleeves"),
        details(
            "shirt",
            "The shirt is with cotton fabric and pure color patterns. The neckline of it is lapel. The gentleman wears "
            "a long pants. The pants are with denim",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="GANT Men White Oxford Regular Fit Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: flat lay: a red-and-navy tartan check full-sleeve shirt laid flat, buttoned, on a white surface; no person,
    # no other clothes. All texts: epoch-2 caption adapter. Caption and wearing answer invent a man and his jeans.
    case(
        "X1267-022",
        caption(
            "The gentleman wears a long-sleeve shirt with plaid patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long pants. The pants are with denim fabric and solid color "
            "patterns.",
            "unsupported",
        ),
        wearing(
            "The gentleman wears a long-sleeve shirt with plaid patterns and a long pants.",
            "unsupported",
            who="the person",
        ),
        color_of("shirt", "red", kind="open"),
        pattern("plaid"),
        is_a("shirt", "yes"),
        describe("shirt", "a red plaid shirt"),
        gender="Men",
        title="Nautica Men Red Slim Fit Checked Casual Shirt",
        category="Shirts",
        color="Red",
    ),
    # Photo: sea green crew-neck tee over white chinos. All texts: epoch-2 caption adapter. Everything right.
    case(
        "X1267-023",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The man wears a long pants. The pants are with cotton fabric and pure color patterns."
        ),
        color_of("t-shirt", "green", kind="open"),
        color_of("pants", "white", kind="open"),
        material("cotton"),
        sleeve_length("short-sleeve"),
        gender="Men",
        title="United Colors of Benetton Men Sea Green Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Sea Green",
    ),
    # Photo: black tee with white horizontal stripes over plain olive chinos. All texts: epoch-2 caption adapter. The
    # caption puts stripes on the plain chinos; the details answer loops.
    case(
        "X1267-024",
        caption(
            "The guy wears a short-sleeve T-shirt with stripe patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The guy wears a long pants. The pants are with cotton fabric and stripe patterns.",
            "unsupported",
        ),
        color_of("t-shirt", "black and white", kind="open"),
        color_of("pants", "green", kind="open"),
        pattern("stripe"),
        wearing("a striped shirt and green pants", who="he"),
        details(
            "t-shirt",
            "the stripes are black and white, the stripes are black and white, the stripes are black and white, the "
            "stripes are black and white, the stripes",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Moda Rapido Men Black & White Striped Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: mid-blue denim full-sleeve shirt with two flap chest pockets, over black jeans. All texts: epoch-2
    # caption adapter. The black jeans get the shirt's blue; "no" to "Is this a shirt?".
    case(
        "X1267-025",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric and its "
            "neckline is lapel. The gentleman wears a long pants. The pants are with denim fabric and solid color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "blue", kind="open"),
        color_of("jeans", "blue", "contradiction", kind="open"),
        material("denim"),
        details("shirt", "two pockets on the chest"),
        is_a("shirt", "no", "contradiction"),
        gender="Men",
        title="SPYKAR Men Blue Slim Fit Denim Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: cream short-sleeve camp-collar shirt, worn open at the neck, over dark blue jeans. All texts: epoch-2
    # caption adapter. "white" for cream accepted; the jeans' answer and the details answer run on and are cut.
    case(
        "X1267-026",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is V-shape. The gentleman wears a long pants. The pants are with denim fabric and solid "
            "color patterns."
        ),
        color_of("shirt", "white", kind="open"),
        color_of(
            "jeans",
            "blue. The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric "
            "and its neckline is V",
            "cut",
            kind="open",
            hit_limit=True,
        ),
        wearing("a white shirt and jeans", who="he"),
        sleeve_length("short-sleeve"),
        details(
            "shirt",
            "The shirt is with cotton fabric and pure color patterns. The neckline of it is V-shape. The gentleman "
            "wears a long pants. The pants",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Pepe Jeans Men Cream-Coloured Regular Fit Solid Casual Shirt",
        category="Shirts",
        color="Cream",
    ),
    # Photo: red crew-neck tee over blue jeans, the model holding a paper coffee cup (prop). All texts: epoch-2
    # caption adapter. The jeans get red; the description runs into new Question/Answer pairs.
    case(
        "X1267-027",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The man wears a long pants. The pants are with denim fabric and solid color patterns. "
            "There is an accessory",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "red", kind="open"),
        color_of("jeans", "red", "contradiction", kind="open"),
        is_a("t-shirt", "yes"),
        describe(
            "t-shirt",
            "red t-shirt Question: What is the color of the jeans? Answer: blue Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        title="Roadster Men Red Solid Round Neck T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # Photo: black full-sleeve shirt over grey jeans. Feed row without a color. All texts: epoch-2 caption adapter.
    # "The lady" in the (cut) caption and the (cut) description; the grey jeans get the shirt's black.
    case(
        "X1267-028",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a long pants. The pants are with denim fabric and solid color patterns. "
            "This lady wears",
            "pronoun",
            hit_limit=True,
        ),
        color_of("shirt", "black", kind="open"),
        color_of("jeans", "black", "contradiction", kind="open"),
        wearing("a black shirt and jeans", who="he"),
        pattern("pure color"),
        describe(
            "shirt",
            "The shirt is with cotton fabric and pure color patterns. The neckline of it is lapel. The lady wears a "
            "long pants. The pants are with denim",
            "pronoun",
            hit_limit=True,
        ),
        gender="Men",
        title="Highlander Men Black Slim Fit Solid Casual Shirt",
        category="Shirts",
    ),
    # Photo: pink half-sleeve shirt over white chinos. All texts: epoch-2 caption adapter. The shirt's color question
    # gets the template back (no hue); the sleeve answer is right but runs on and is cut.
    case(
        "X1267-029",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns."
        ),
        color_of(
            "shirt",
            "The shirt is with cotton fabric and pure color patterns. The neckline of it is lapel.",
            "non_answer",
            kind="open",
        ),
        color_of("pants", "white", kind="open"),
        is_a("shirt", "yes"),
        wearing("The gentleman wears a short-sleeve shirt with pure color patterns and a long pants.", who="he"),
        sleeve_length(
            "The shirt is with short sleeves and pure color patterns. The neckline of it is lapel. The gentleman wears "
            "a long pants. The pants are with cotton fabric",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Peter England Casuals Men Pink Solid Slim Fit Casual Shirt",
        category="Shirts",
        color="Pink",
    ),
    # Photo: tee with white, navy and red horizontal colour blocks, over blue jeans. All texts: epoch-2 caption
    # adapter. The details answer loops.
    case(
        "X1267-030",
        caption(
            "The guy wears a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The guy wears a long pants. The pants are with denim fabric and solid color patterns."
        ),
        color_of("t-shirt", "white, blue and red", kind="open"),
        color_of("jeans", "blue", kind="open"),
        pattern("color block"),
        wearing("The guy wears a short-sleeve T-shirt with color block patterns and a long pants.", who="he"),
        details(
            "t-shirt",
            "color block pattern on the chest and sleeves, color block pattern on the chest and sleeves, color block "
            "pattern on",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Campus Sutra Men Multicoloured Colourblocked Round Neck T-shirt",
        category="Tshirts",
        color="Multi",
    ),
    # Photo: brown corduroy full-sleeve shirt with two flap pockets, over black jeans. All texts: epoch-2 caption
    # adapter. The cord's nap read as leather.
    case(
        "X1267-031",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long pants. The pants are with denim fabric and solid color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        material("leather", "contradiction"),
        color_of("shirt", "brown", kind="open"),
        color_of("jeans", "black", kind="open"),
        details("shirt", "pockets on the chest"),
        describe("shirt", "a brown shirt"),
        gender="Men",
        title="The Indian Garage Co Men Brown Corduroy Casual Shirt",
        category="Shirts",
        color="Brown",
    ),
    # Photo: navy half-sleeve shirt with a small white floral print, over beige chinos, the model wearing sunglasses.
    # All texts: epoch-2 caption adapter. Caption and description cut; the beige chinos get the shirt's blue.
    case(
        "X1267-032",
        caption(
            "The gentleman wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. This gentleman",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "blue", kind="open"),
        color_of("pants", "blue", "contradiction", kind="open"),
        pattern("floral"),
        wearing("a blue shirt, khaki pants and sunglasses", who="he"),
        describe(
            "shirt",
            "The shirt is with cotton fabric and floral patterns. It has short sleeves. The neckline of it is lapel. "
            "The gentleman wears",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Jack & Jones Men Navy Blue Printed Slim Fit Casual Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Photo: grey melange crew-neck tee over black jeans, white sneakers. All texts: epoch-2 caption adapter. The tee
    # gets the jeans' black.
    case(
        "X1267-033",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The man wears a long pants. The pants are with denim fabric and solid color patterns."
        ),
        color_of("t-shirt", "black", "other_garment_color", kind="open"),
        color_of("jeans", "black", kind="open"),
        wearing("a grey t-shirt and black jeans", who="he"),
        is_a("t-shirt", "yes"),
        gender="Men",
        title="Roadster Men Grey Melange Solid Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # Photo: olive-and-black camouflage print full-sleeve shirt over black jeans. All texts: epoch-2 caption adapter.
    # The camo read as floral by the pattern question.
    case(
        "X1267-034",
        caption(
            "The gentleman wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long pants. The pants are with denim fabric and solid color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "green", kind="open"),
        pattern("floral", "contradiction"),
        color_of("jeans", "black", kind="open"),
        details("shirt", "camouflage print"),
        wearing("a camouflage shirt and black jeans", who="he"),
        gender="Men",
        title="WROGN Men Olive Green & Black Camouflage Printed Casual Shirt",
        category="Shirts",
        color="Olive",
    ),
    # Photo: yellow polo over light blue jeans, bare wrists. All texts: epoch-2 caption adapter. The details answer
    # invents a wrist accessory (and runs to the limit); the jeans' color question gets the template back.
    case(
        "X1267-035",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is lapel. The gentleman wears a long pants. The pants are with denim fabric and solid "
            "color patterns."
        ),
        color_of("t-shirt", "yellow", kind="open"),
        color_of("jeans", "The pants are with denim fabric and solid color patterns.", "non_answer", kind="open"),
        garment_type("polo shirt"),
        describe("t-shirt", "a yellow polo shirt with a collar"),
        details(
            "t-shirt",
            "The T-shirt is with cotton fabric and pure color patterns. The neckline of it is lapel. There is an "
            "accessory on his wrist. The gentleman",
            "unsupported",
            hit_limit=True,
        ),
        gender="Men",
        title="Louis Philippe Sport Men Yellow Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Yellow",
    ),
    # Photo: back view: blue-and-grey check full-sleeve shirt, dark blue jeans, hands in pockets. All texts: epoch-2
    # caption adapter. The details answer repeats the template; the shirt's color question answers the pattern.
    case(
        "X1267-036",
        caption(
            "The gentleman wears a long-sleeve shirt with plaid patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long pants. The pants are with denim fabric and solid color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "plaid", "non_answer", kind="open"),
        color_of("jeans", "blue", kind="open"),
        details(
            "shirt",
            "The shirt is with cotton fabric and plaid patterns. The neckline of it is lapel. The shirt is with cotton "
            "fabric and plaid patterns. The neckline",
            "loop",
            hit_limit=True,
        ),
        wearing("a plaid shirt and jeans", who="the man"),
        gender="Men",
        title="Levis Men Blue Regular Fit Checked Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: peach short-sleeve shirt over white jeans. All texts: epoch-2 caption adapter. "The lady" in the caption
    # and the wearing answer; "pink" for peach accepted; the details answer loops on the pattern.
    case(
        "X1267-037",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a long pants. The pants are with denim fabric and solid color patterns.",
            "pronoun",
        ),
        wearing("The lady wears a short-sleeve shirt with pure color patterns and a long pants.", "pronoun", who="he"),
        color_of("shirt", "pink", kind="open"),
        color_of("jeans", "white", kind="open"),
        sleeve_length("short-sleeve"),
        details(
            "shirt",
            "pure color patterns, pure color patterns, pure color patterns, pure color patterns, pure color patterns, "
            "pure color patterns, pure color patterns, pure",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="HERE&NOW Men Peach-Coloured Regular Fit Solid Casual Shirt",
        category="Shirts",
        color="Peach",
    ),
    # Photo: white tee with a small chest print, worn under an open mid-blue denim jacket, black jeans. All texts:
    # epoch-2 caption adapter. The caption describes the jacket (not marked); the tee gets the jacket's blue and the
    # type question answers "jacket"; the tee's details describe the jacket.
    case(
        "X1267-038",
        caption(
            "The guy wears a long-sleeve jacket with pure color patterns. The jacket is with denim fabric and its "
            "neckline is lapel. The guy wears a long pants. The pants are with denim fabric and solid color patterns."
        ),
        color_of("t-shirt", "blue", "other_garment_color", kind="open"),
        is_a("t-shirt", "yes"),
        wearing("a denim jacket, a white t-shirt and black jeans", who="he"),
        color_of("jeans", "black", kind="open"),
        garment_type("jacket", "contradiction"),
        details(
            "t-shirt",
            "The jacket is with denim fabric and pure color patterns. The neckline of it is lapel. The guy wears a "
            "long pants. The pants are with",
            "contradiction",
            hit_limit=True,
        ),
        gender="Men",
        title="Jack & Jones Men White Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: mustard yellow full-sleeve shirt over olive chinos. Feed row without gender. All texts: epoch-2 caption
    # adapter. The pants' details answer only says they are long.
    case(
        "X1267-039",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "yellow", kind="open"),
        color_of("pants", "green", kind="open"),
        wearing("a yellow shirt and green pants", who="he"),
        details("pants", "they are long", "non_answer"),
        title="Mufti Men Mustard Yellow Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Mustard",
    ),
    # Photo: white tee with an all-over black tropical leaf print, over black jeans. All texts: epoch-2 caption
    # adapter. Leaves as "floral" accepted; the description is cut.
    case(
        "X1267-040",
        caption(
            "The man wears a short-sleeve T-shirt with floral patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The man wears a long pants. The pants are with denim fabric and solid color patterns."
        ),
        color_of("t-shirt", "white", kind="open"),
        color_of("jeans", "black", kind="open"),
        pattern("floral"),
        wearing("a white shirt with black leaves and black jeans", who="he"),
        describe(
            "t-shirt",
            "The T-shirt is with cotton fabric and floral patterns. The neckline of it is round. The man wears a long "
            "pants. The pants are with",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Roadster Men White & Black Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: navy polo with white tipping on the collar and sleeve hems, over khaki chinos, the model leaning on a
    # wooden stool (prop). All texts: epoch-2 caption adapter. The caption repeats its second sentence; the sleeve
    # answer is right but runs on and is cut.
    case(
        "X1267-041",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is lapel. The T-shirt is with cotton fabric and its neckline is lapel. The T-shirt is "
            "with cotton",
            "loop",
            hit_limit=True,
        ),
        color_of("t-shirt", "blue", kind="open"),
        color_of("pants", "khaki", kind="open"),
        material("The T-shirt is with cotton fabric."),
        details("t-shirt", "collar and sleeves have white stripes"),
        sleeve_length(
            "The T-shirt is with short sleeves. The neckline of it is lapel. The gentleman wears a long trousers. The "
            "trousers are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="U.S. Polo Assn. Men Navy Blue Solid Polo Collar Pure Cotton T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: maroon crew-neck tee over grey jeans. Feed row without a category. All texts: epoch-2 caption adapter.
    # "The lady" in the caption and the (cut) description; "red" for maroon accepted.
    case(
        "X1267-042",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long pants. The pants are with denim fabric and solid color patterns.",
            "pronoun",
        ),
        color_of("t-shirt", "red", kind="open"),
        color_of("jeans", "grey", kind="open"),
        is_a("t-shirt", "yes"),
        wearing("a red shirt and grey jeans", who="he"),
        describe(
            "t-shirt",
            "The T-shirt is with cotton fabric and pure color patterns. The neckline of it is round. The lady wears a "
            "long pants. The pants are with",
            "pronoun",
            hit_limit=True,
        ),
        gender="Men",
        title="Campus Sutra Men Maroon Solid Round Neck T-shirt",
        color="Maroon",
    ),
    # Photo: black-and-white small check full-sleeve shirt over beige chinos. All texts: epoch-2 caption adapter. The
    # beige chinos get the shirt's white.
    case(
        "X1267-043",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "black and white", kind="open"),
        color_of("pants", "white", "contradiction", kind="open"),
        pattern("plaid"),
        describe("shirt", "black and white checkered shirt"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Flying Machine Men Black Slim Fit Checked Casual Shirt",
        category="Shirts",
        color="Black",
    ),
    # Photo: flat lay: the navy full-sleeve shirt folded, a folded pair of blue jeans and a rolled brown belt beside
    # it as styling props, no person. All texts: epoch-2 caption adapter. The caption and the description put a man
    # in the picture.
    case(
        "X1267-044",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long pants. The pants are with denim fabric and solid color "
            "patterns. There is",
            "unsupported",
            hit_limit=True,
        ),
        color_of("shirt", "blue", kind="open"),
        wearing("a shirt and jeans", who="the person"),
        is_a("shirt", "yes"),
        sleeve_length("long-sleeve"),
        describe(
            "shirt",
            "The shirt is with cotton fabric and pure color patterns. The neckline of it is lapel. The gentleman wears "
            "a long pants. The pants are with denim",
            "unsupported",
            hit_limit=True,
        ),
        gender="Men",
        title="Dennis Lingo Men Navy Blue Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Photo: olive green crew-neck tee over blue jeans. All texts: epoch-2 caption adapter. The details answer only
    # restates the question's garment; the jeans' color question gets the template back.
    case(
        "X1267-045",
        caption(
            "The guy wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The guy wears a long pants. The pants are with denim fabric and solid color patterns. "
            "There is an",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "green", kind="open"),
        color_of("jeans", "The pants are with denim fabric and solid color patterns.", "non_answer", kind="open"),
        details("t-shirt", "the t-shirt is a t-shirt", "restated"),
        describe("t-shirt", "a green t-shirt"),
        material("cotton"),
        gender="Men",
        title="Levis Men Olive Green Solid Round Neck T-shirt",
        category="Tshirts",
        color="Olive",
    ),
]
