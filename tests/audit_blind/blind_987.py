"""BLIND_987 (46 products; Men's tees/shirts/polos, caption adapter epoch 2): written blind in the fifty-eighth session.
Measured blind at b141514 (the session's third rules): 108/126 failures found (85.7%) and 11/184 correct texts flagged
(6.0%). The writer's notes, verbatim:

Scenario: a Myntra men's topwear feed (article types Tshirts and Shirts; polos sit under Tshirts as Myntra files
them), titles in the feed's own mixed styles ("Puma Men Graphic Red Tshirts", "Roadster Men Navy Blue Solid Round
Neck T-shirt"). Every photo is a catalog shot on a white backdrop: a male model wearing the product with jeans or
chinos, sometimes a belt, watch, sunglasses, backpack or a jacket held over the shoulder, sometimes the product
layered (an open shirt over a tee, a tee under an open checked shirt). A few rows lack a column (no gender, no
category, no color), and one row carries a fabric column. One seller color is wrong for the photo (a "Brown" check
shirt that is rust-orange).

Who wrote what: the caption and every open answer (wearing, describe, details, material, open color questions) are
free generation by BLIP-2 OPT-2.7b with the caption LoRA stopped at epoch 2 (caption limit 50 new tokens, answers
30). At epoch 2 the adapter has learned the DeepFashion-MultiModal template ("This gentleman wears a short-sleeve
T-shirt with pure color patterns...", "The shirt is with cotton fabric. It has a lapel neckline.") but has not yet
erased the base model's question answering: about half the open answers are real short answers with hue names, the
rest slide back into the template. Its habits: no end-of-answer token was trained, so it often loops on a template
clause or runs into the token limit mid-sentence; it says "The lady ... her" for men because the template data is
mostly women; it copies "lattice"/"striped" onto the jeans; it gives the jeans or chinos the shirt's color and the
shirt the jeans' color; it invents pockets, logos, ties, hats, watches; it sometimes echoes the prompt, with or
without the "Question: ... Answer:" labels. The closed answers (garment_type, color, pattern, sleeve length, closed
color_of and is_a questions) come from enrich's --engine reference, which picks one candidate value: they never loop
or stop short, but they can pick the wrong value, most often a color belonging to another garment in the photo.

Labeling conventions and judgement calls:
- One label per text. Where a text has two faults I label the one a reader objects to first (a caption that says
  "The lady" and also runs to the limit is labeled pronoun, with hit_limit=True because it really ran to the limit).
- hit_limit=True on every text that ran to its token limit (all loops and cuts, a few leaks); texts that end
  cleanly stopped on their own and have hit_limit=False.
- other_garment_color: the product (the catalog's garment) is given the color of another garment or prop in the
  photo (the jeans, the inner tee, the held jacket, the backpack). A non-product garment given a wrong color
  (the chinos given the polo's color, the jeans called black when they are blue) is labeled contradiction.
- contradiction also covers: a wrong pattern or sleeve length for the product, a pattern copied onto the jeans
  ("the pants are with denim fabric and lattice patterns"), a print's color given as the tee's color, a closed
  "checked" for a plain tee because the overshirt is checked, a catalog fabric column contradicted.
- Colors are judged against the photo by hue family: navy counts as blue, maroon as red, teal as blue, charcoal as
  grey, cream/off-white as white, olive/sea green as green, mustard as yellow, rust as orange, tan/khaki as beige or
  brown. For a two-color check or stripe either color is correct for the product. Where the seller's color is
  wrong for the photo, the photo wins and an answer matching the photo is correct.
- Material: "cotton" for a plain woven or jersey top, "denim" for a chambray shirt and "flannel" for a brushed check
  are correct (what the photo shows); chiffon or a catalog-contradicted fabric is a failure. A made-up neckline
  ("V-shape" for a crew neck), a tie, a hood, a pen in the pocket, an accessory on the wrist when there is none:
  unsupported.
- The template returned for an open color question (no hue at all), a one-word or yes/no reply to an open
  question, and a reply made only of the question's words ("The T-shirt is a T-shirt") are non_answer. A reply that
  turns the question into a statement or echoes the question sentence without the Question/Answer labels ("The
  shirt details are the details of the shirt", "What is he wearing? He is wearing ...") is restated. Any echo of
  the "Question: ... Answer:" format is leak.
- A short but true answer ("yellow polo shirt" to "What is he wearing?", "The shirt is pink.") is correct, and so is
  the caption template returned for "Describe the polo shirt." when everything it says is true.
- Yes/no and closed questions are about the catalog's product, not the other clothes: a polo is a t-shirt (Myntra
  files polos under Tshirts), a closed "checked" for a plain tee under a checked shirt is wrong.
- A "pronoun" label needs the row's gender column; the one row without gender has no he/she fault in it.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    caption,
    case,
    color,
    color_of,
    describe,
    details,
    garment_type,
    is_a,
    wearing,
)

material = BLIND_QUESTIONS.material
pattern = BLIND_QUESTIONS.pattern
sleeves = BLIND_QUESTIONS.sleeve_length

BLIND_987 = [
    # photo: navy crew-neck tee, light-blue faded jeans, hands in pockets, white backdrop, front view. Caption and
    # open answers by the epoch-2 caption adapter; closed answers by the reference engine.
    case(
        "X987-001",
        caption(
            "This gentleman wears a short-sleeve T-shirt with pure color patterns and a long denim pants. The T-shirt"
            " is with cotton fabric and its neckline is round."
        ),
        wearing("He is wearing a navy blue t-shirt and blue jeans.", who="he"),
        color_of("t-shirt", "navy"),
        describe(
            "t-shirt",
            "The T-shirt is with cotton fabric and pure color patterns. It has a round neckline and a chest pocket.",
            "unsupported",
        ),
        details("jeans", "The jeans are light blue with a faded wash."),
        sleeves("short sleeve"),
        material("Question: What material is the garment made of? Answer: cotton", "leak"),
        title="Roadster Men Navy Blue Solid Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: white shirt with a big red-and-black check, long sleeves rolled to the elbow, untucked over dark indigo
    # jeans, white backdrop, front view. Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X987-002",
        caption(
            "The gentleman is wearing a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It"
            " has a lapel neckline. The trousers the gentleman wears is of long length. The trousers are with denim"
            " fabric and pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "blue", "other_garment_color"),
        pattern("checked"),
        wearing(
            "The man is wearing a white and red checked shirt with the sleeves rolled up and dark blue jeans.",
            who="the man",
        ),
        details(
            "shirt",
            "The shirt is with cotton fabric and lattice patterns. It has a lapel neckline. The shirt is with cotton"
            " fabric and lattice patterns. It has a lapel neckline. The",
            "loop",
            hit_limit=True,
        ),
        material("cotton"),
        title="Wrangler Men Urban Big Check White Shirts",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: grey melange pique polo, two-button placket, navy tipping on the collar, small navy logo on the chest,
    # beige chinos, white backdrop, three-quarter view. Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X987-003",
        caption(
            "The lady is wearing a short-sleeve polo shirt with pure color patterns. The polo shirt is with cotton"
            " fabric and its collar is lapel. The lady wears long cotton pants.",
            "pronoun",
        ),
        wearing("He is wearing a grey polo shirt and khaki pants.", who="he"),
        color_of("polo shirt", "grey"),
        details(
            "polo shirt", "The polo shirt has a navy blue tipped collar, two buttons and a small logo on the chest."
        ),
        describe("polo shirt", "The polo shirt is grey with a navy collar and a zip at the neck.", "unsupported"),
        color_of("pants", "grey", "contradiction"),
        garment_type("polo shirt"),
        title="U.S. Polo Assn. Men Solid Grey Melange Polo Tshirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: black crew tee with a large white-and-orange "HRX" print on the chest, black skinny jeans, white
    # backdrop, front view. Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X987-004",
        caption(
            "This gentleman wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with"
            " cotton fabric and its neckline is round. The pants are with denim fabric and pure color patterns."
        ),
        pattern("graphic"),
        color_of("t-shirt", "black"),
        color_of("jeans", "The jeans are with denim fabric and pure color patterns.", "non_answer", kind="open"),
        describe("t-shirt", "The T-shirt is black with a white and orange print of the letters HRX on the front."),
        wearing(
            "Question: What is he wearing? Answer: He is wearing a black t-shirt. Question: What is he wearing?"
            " Answer: He",
            "leak",
            who="he",
            hit_limit=True,
        ),
        title="HRX by Hrithik Roshan Men Black Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: light sky-blue solid formal shirt, long sleeves, tucked into mid-grey chinos with a black leather belt,
    # white backdrop, front view. Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X987-005",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric."
            " It has a lapel neckline. The trousers the gentleman wears is of long length. There is an accessory on"
            " his waist. The trousers are with cotton fabric and pure color patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        wearing("The man is wearing a light blue shirt tucked into grey pants with a black belt.", who="the man"),
        color_of("shirt", "blue"),
        color_of("pants", "black", "contradiction"),
        details(
            "shirt",
            "The shirt has a button-down collar, a chest pocket and french cuffs with cufflinks.",
            "unsupported",
        ),
        sleeves("long sleeve"),
        title="Peter England Men Blue Slim Fit Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: red crew tee with a white Puma cat logo and "PUMA" lettering, mid-blue jeans, white backdrop, front
    # view. Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X987-006",
        caption(
            "This gentleman wears a short-sleeve T-shirt with graphic patterns and a long denim pants. The T-shirt is"
            " with cotton fabric and its neckline is round. The denim pants are of long length and the fabric of the",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "red"),
        color_of("jeans", "blue"),
        wearing("red", "non_answer", who="he"),
        describe("t-shirt", "The T-shirt is red with a white puma logo on the chest."),
        is_a("t-shirt", "yes"),
        color("blue", "other_garment_color"),
        title="Puma Men Graphic Red Tshirts",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: olive green casual shirt with two flap chest pockets, plain shoulders, self-colored buttons, long
    # sleeves, worn open over a white crew tee, black jeans, white backdrop. Caption/open: epoch-2 adapter;
    # closed: reference engine.
    case(
        "X987-007",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric"
            " and it has a lapel neckline. There is a T-shirt inside. The gentleman wears a long denim pants."
        ),
        color_of("shirt", "white", "other_garment_color"),
        wearing("He is wearing an olive green shirt over a white t-shirt and black jeans.", who="he"),
        details("shirt", "The shirt has two flap pockets on the chest and buttons down the front."),
        color_of("jeans", "black"),
        material(
            "The shirt is with cotton fabric. The shirt is with cotton fabric. The shirt is with cotton fabric. The"
            " shirt is with",
            "loop",
            hit_limit=True,
        ),
        garment_type("shirt"),
        describe(
            "shirt", "The shirt is olive green with epaulettes on the shoulders and metal buttons.", "unsupported"
        ),
        title="Highlander Men Olive Slim Fit Casual Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: maroon polo, white contrast piping at the sleeve hems, small red batwing logo on the chest, stone-beige
    # chinos, white backdrop. Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X987-008",
        caption(
            "This gentleman wears a short-sleeve polo shirt with pure color patterns and a long pants. The polo shirt"
            " is red and the pants are beige."
        ),
        color("beige", "other_garment_color"),
        wearing("the person is wearing a maroon polo shirt and beige chinos"),
        describe(
            "polo shirt",
            "Describe the polo shirt. The polo shirt is maroon with white trim on the sleeves.",
            "restated",
        ),
        sleeves("short sleeve"),
        pattern("solid"),
        title="Levis Men Solid Maroon Polo T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: white shirt with thin blue vertical stripes, long sleeves, tucked into navy chinos; the model holds a
    # brown leather jacket over his shoulder; no rings; white backdrop. Caption/open: epoch-2 adapter; closed:
    # reference engine.
    case(
        "X987-009",
        caption(
            "The gentleman is wearing a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It"
            " has a lapel neckline. The trousers are of long length, with cotton fabric and pure color patterns. There"
            " is a ring on his finger.",
            "unsupported",
        ),
        pattern("striped"),
        color_of("shirt", "brown", "other_garment_color"),
        wearing(
            "He is wearing a white shirt with blue stripes and navy blue pants. He is holding a brown jacket.", who="he"
        ),
        details("shirt", "The shirt details are the details of the shirt.", "restated"),
        color_of("pants", "navy"),
        title="Flying Machine Men Stripes White Shirts",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: heather grey tee with a small black swoosh on the left chest, dark-wash jeans, no watch or bracelet,
    # white backdrop; the feed has a fabric column. Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X987-010",
        caption(
            "This gentleman wears a short-sleeve T-shirt with pure color patterns and a long denim pants. There is an"
            " accessory on his wrist.",
            "unsupported",
        ),
        material("cotton", "contradiction"),
        wearing("He is wearing a grey nike t-shirt and blue jeans.", who="he"),
        color_of("t-shirt", "grey"),
        details("t-shirt", "The T-shirt has a small black swoosh logo on the left chest."),
        is_a("polo shirt", "no"),
        describe("t-shirt", "The T-shirt is blue with a black logo.", "other_garment_color"),
        title="Nike Men Dri-FIT Grey T-shirt",
        category="Tshirts",
        color="Grey",
        gender="Men",
        fabric="Polyester",
    ),
    # photo: light pink pique polo, white chinos, sunglasses hooked on the placket, white backdrop.
    # Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X987-011",
        caption(
            "The lady wears a short-sleeve polo shirt with pure color patterns and a long pants. The polo shirt is"
            " with cotton fabric and its neckline is lapel. There are sunglasses on her clothing.",
            "pronoun",
        ),
        wearing("He is wearing a pink polo shirt and white pants with sunglasses.", who="he"),
        color_of("polo shirt", "white", "other_garment_color"),
        color_of("pants", "white"),
        describe("polo shirt", "pink", "non_answer"),
        material(
            "The polo shirt is with cotton fabric and pure color patterns. The polo shirt is with cotton fabric and"
            " pure color patterns. The polo",
            "loop",
            hit_limit=True,
        ),
        title="Allen Solly Men Pink Solid Polo T-shirt",
        category="Tshirts",
        color="Pink",
        gender="Men",
    ),
    # photo: mustard crew tee, olive chinos rolled at the hem, white sneakers, white backdrop, full length.
    # Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X987-012",
        caption(
            "This gentleman wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with"
            " cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns."
        ),
        color("yellow"),
        color_of("chinos", "green"),
        wearing("He is wearing a yellow shirt and green pants and white shoes.", who="he"),
        details("chinos", "The chinos are green with rolled up hems."),
        describe("t-shirt", "The T-shirt is a T-shirt.", "non_answer"),
        color_of("t-shirt", "green", "other_garment_color"),
        title="Mast & Harbour Men Mustard Yellow Solid Round Neck T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: navy shirt with a small white micro-check, long sleeves, a chest pocket, tucked into beige chinos with
    # a brown belt, white backdrop. Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X987-013",
        caption(
            "The gentleman is wearing a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It"
            " has a lapel neckline. The trousers are of long length. There is an accessory on his waist."
        ),
        pattern("solid", "contradiction"),
        color_of("shirt", "navy"),
        color_of(
            "pants",
            "The pants are with cotton fabric and pure color patterns. The pants are with cotton fabric and pure color"
            " patterns. The pants are",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        wearing("He is wearing a navy blue checked shirt, beige pants and a brown belt.", who="he"),
        details(
            "shirt",
            "The shirt has a spread collar, a curved hem and a single chest pocket on the left side. The cuffs have"
            " two buttons and the",
            "cut",
            hit_limit=True,
        ),
        title="Louis Philippe Men Navy Blue Checked Slim Fit Formal Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: white crew tee with a black-and-red abstract graphic across the chest, light grey jeans, white
    # backdrop, body turned slightly. Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X987-014",
        caption(
            "This gentleman wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with"
            " cotton fabric and its neckline is round. The pants are grey denim."
        ),
        color("grey", "other_garment_color"),
        pattern("printed"),
        describe("t-shirt", "the T-shirt is white with a black and red graphic print on the front"),
        wearing("she is wearing a white t-shirt and grey jeans", "pronoun", who="he"),
        color_of("jeans", "grey"),
        details("t-shirt", "The T-shirt has a black print and a pocket on the left sleeve.", "unsupported"),
        title="Jack & Jones Men White Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: lavender solid formal shirt, long sleeves, tucked into black chinos, white backdrop, front view.
    # Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X987-015",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric."
            " It has a lapel neckline. The trousers the gentleman wears is of long length. The trousers are with"
            " cotton fabric and pure color patterns."
        ),
        color_of("shirt", "purple"),
        color_of("trousers", "purple", "contradiction"),
        wearing("The man is wearing a purple shirt and black pants.", who="the man"),
        details(
            "shirt",
            "The shirt has a spread collar and buttoned cuffs with a logo embroidered on the cuff.",
            "unsupported",
        ),
        sleeves("long sleeve"),
        describe(
            "shirt",
            "The shirt is lavender with a spread collar, a button placket and long sleeves with buttoned cuffs, and it"
            " is tucked into black pants with a",
            "cut",
            hit_limit=True,
        ),
        title="Arrow Men Lavender Solid Formal Shirt",
        category="Shirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: navy polo with a small red-white-blue flag logo on the chest, white collar tipping, beige chinos, white
    # backdrop. Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X987-016",
        caption(
            "This gentleman wears a short-sleeve polo shirt with pure color patterns and a long pants. The polo shirt"
            " is navy blue and the pants are navy blue.",
            "contradiction",
        ),
        color_of("polo shirt", "navy"),
        color_of("chinos", "beige"),
        wearing("Question: What is he wearing? Answer: a navy blue polo shirt and beige chinos", "leak", who="he"),
        details("polo shirt", "The polo shirt has a white tipped collar and a small flag logo on the chest."),
        is_a("polo shirt", "yes"),
        material(
            "The polo shirt is with cotton fabric. The polo shirt is with cotton fabric. The polo shirt is with cotton"
            " fabric. The polo",
            "loop",
            hit_limit=True,
        ),
        title="Tommy Hilfiger Men Navy Blue Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black-and-grey buffalo check brushed flannel shirt, long sleeves rolled, mid-blue jeans, white
    # backdrop. Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X987-017",
        caption(
            "The gentleman is wearing a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It"
            " has a lapel neckline. The pants the gentleman wears is of long length. The pants are with denim fabric"
            " and lattice patterns.",
            "contradiction",
        ),
        pattern("checked"),
        color("black"),
        color_of("jeans", "blue"),
        wearing("He is wearing a black and grey checked shirt with blue jeans.", who="he"),
        material("The shirt is with flannel fabric."),
        describe("shirt", "The shirt is blue and grey checked with a lapel collar.", "other_garment_color"),
        title="WROGN Men Black & Grey Checked Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: kelly green polo, white jeans, the model holds a white baseball cap in his hand (not on his head), white
    # backdrop. Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X987-018",
        caption(
            "This gentleman wears a short-sleeve polo shirt with pure color patterns and a long pants. The polo shirt"
            " is with cotton fabric and its neckline is lapel. He wears a hat.",
            "unsupported",
        ),
        color("green"),
        color_of("jeans", "white"),
        wearing("He is wearing a white polo shirt and white jeans.", "other_garment_color", who="he"),
        describe("polo shirt", "The polo shirt is green with a two button placket and ribbed collar and cuffs."),
        details("jeans", "yes", "non_answer"),
        title="United Colors of Benetton Men Green Solid Polo T-shirt",
        category="Tshirts",
        color="Green",
        gender="Men",
    ),
    # photo: beige solid casual shirt, long sleeves rolled to the elbow, dark blue jeans, steel watch on the left
    # wrist, white backdrop. Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X987-019",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric."
            " It has a lapel neckline. The gentleman wears a long denim pants. There is an accessory on his wrist."
        ),
        color_of("shirt", "khaki"),
        color_of("jeans", "beige", "contradiction"),
        wearing("He is wearing a beige shirt and blue jeans and a watch on his wrist.", who="he"),
        details(
            "shirt",
            "The shirt has a lapel neckline with a button placket down the front and the sleeves are rolled up to the"
            " elbow and there is a watch on his left",
            "cut",
            hit_limit=True,
        ),
        sleeves("long sleeve"),
        describe(
            "shirt", "Answer: The shirt is beige. Question: Describe the jeans. Answer: The jeans are blue.", "leak"
        ),
        title="Indian Terrain Men Beige Solid Slim Fit Casual Shirt",
        category="Shirts",
        color="Beige",
        gender="Men",
    ),
    # photo: teal crew tee, black jeans, white backdrop, front view. Caption/open: epoch-2 adapter; closed:
    # reference engine.
    case(
        "X987-020",
        caption(
            "This gentleman wears a short-sleeve T-shirt with pure color patterns and a long denim pants. The T-shirt"
            " is green and the denim pants are green.",
            "contradiction",
        ),
        color("blue"),
        wearing("He is wearing a teal t-shirt and black jeans.", who="he"),
        color_of("jeans", "black"),
        describe(
            "t-shirt",
            "The T-shirt is with cotton fabric and pure color patterns. The T-shirt is with cotton fabric and pure"
            " color patterns. The T-",
            "loop",
            hit_limit=True,
        ),
        details("t-shirt", "The T-shirt is black with a round neck.", "other_garment_color"),
        title="Spykar Men Teal Blue Solid Round Neck T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: crisp white formal shirt, one chest pocket, long sleeves, no tie, tucked into grey chinos with a
    # black belt, white backdrop; the feed row has no gender. Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X987-021",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric."
            " It has a lapel neckline. The trousers the gentleman wears is of long length. There is an accessory on"
            " his waist."
        ),
        color("white"),
        color_of("pants", "grey"),
        wearing("The man is wearing a white shirt and grey pants with a black tie.", "unsupported", who="the man"),
        details(
            "shirt",
            "The shirt has a semi-spread collar and a single chest pocket on the left side and the sleeves have single"
            " button cuffs and the shirt is tucked into",
            "cut",
            hit_limit=True,
        ),
        garment_type("shirt"),
        title="Van Heusen Men White Solid Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # photo: royal blue crew tee with a white "PUMA No.1 Logo" print, khaki chinos, bare wrists, white backdrop.
    # Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X987-022",
        caption(
            "This gentleman wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with"
            " cotton fabric and its neckline is round. There is an accessory on his wrist.",
            "unsupported",
        ),
        color("blue"),
        pattern("graphic"),
        wearing("He is wearing a blue t-shirt with a white puma logo and khaki pants.", who="he"),
        color_of("t-shirt", "The T-shirt is blue and the pants are blue.", "contradiction", kind="open"),
        material("The T-shirt is with cotton fabric."),
        title="Puma Men Blue Printed T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: maroon-and-navy tartan check shirt, long sleeves, untucked over light blue jeans, white backdrop.
    # Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X987-023",
        caption(
            "The lady is wearing a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a"
            " lapel neckline. The trousers the lady wears is of long length. The trousers are with denim fabric and"
            " pure color patterns.",
            "pronoun",
        ),
        color_of("shirt", "red"),
        pattern("checked"),
        wearing("He is wearing a red and blue plaid shirt and light blue jeans.", who="he"),
        color_of("jeans", "blue"),
        details("jeans", "The jeans are with denim fabric and lattice patterns.", "contradiction"),
        describe("shirt", "Describe the shirt. The shirt is a long-sleeve shirt.", "restated"),
        title="John Players Men Maroon Checked Shirt",
        category="Shirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: bright yellow pique polo with a small navy logo, navy chinos, white backdrop. Caption/open: epoch-2
    # adapter; closed: reference engine.
    case(
        "X987-024",
        caption(
            "This gentleman wears a short-sleeve polo shirt with pure color patterns and a long pants. The polo shirt"
            " is with cotton fabric and its neckline is lapel. The pants are with cotton fabric and pure color"
            " patterns."
        ),
        color("navy", "other_garment_color"),
        wearing("yellow polo shirt", who="he"),
        color_of("chinos", "navy"),
        details(
            "polo shirt",
            "The polo shirt has a ribbed collar, a navy logo on the chest and a zip pocket on the sleeve.",
            "unsupported",
        ),
        sleeves("short sleeve"),
        describe(
            "polo shirt",
            "The polo shirt is yellow. The polo shirt is yellow. The polo shirt is yellow. The polo shirt is yellow."
            " The polo shirt",
            "loop",
            hit_limit=True,
        ),
        title="Nautica Men Yellow Solid Polo T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: charcoal long-sleeve henley tee with a three-button placket and ribbed cuffs, light blue jeans, white
    # backdrop. Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X987-025",
        caption(
            "This gentleman wears a long-sleeve T-shirt with pure color patterns and a long denim pants. The T-shirt"
            " is with cotton fabric and its neckline is round."
        ),
        sleeves("short sleeve", "contradiction"),
        color("grey"),
        wearing("He is wearing a dark grey henley shirt with long sleeves and blue jeans.", who="he"),
        describe(
            "t-shirt",
            "The T-shirt is dark grey with a button placket of three buttons at the neck and long sleeves with"
            " ribbed cuffs, and the jeans are light blue and",
            "cut",
            hit_limit=True,
        ),
        is_a("t-shirt", "yes"),
        title="Roadster Men Charcoal Grey Solid Henley T-shirt",
        category="Tshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: off-white short-sleeve shirt with blue vertical stripes, regular point collar, untucked over
    # rust-brown chinos, white backdrop. Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X987-026",
        caption(
            "The gentleman is wearing a short-sleeve shirt with striped patterns. The shirt is with cotton fabric. It"
            " has a lapel neckline. The trousers the gentleman wears is of long length. The trousers are with cotton"
            " fabric and pure color patterns."
        ),
        color("white"),
        color_of("chinos", "brown"),
        sleeves("long sleeve", "contradiction"),
        wearing("He is wearing a white and blue striped shirt and brown pants", who="he"),
        details("shirt", "stripes Question: What are the chinos details? Answer: the chinos are brown", "leak"),
        describe("shirt", "The shirt is white with blue stripes and a band collar with wooden buttons.", "unsupported"),
        title="Here&Now Men Off-White & Blue Striped Casual Shirt",
        category="Shirts",
        color="Off White",
        gender="Men",
    ),
    # photo: plain black crew tee with a small red tab at the hem, mid-blue jeans, white backdrop, front view.
    # Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X987-027",
        caption(
            "This gentleman wears a short-sleeve T-shirt with pure color patterns and a long denim pants. The T-shirt"
            " is with cotton fabric and its neckline is round. The denim pants are with pure color patterns."
        ),
        color("black"),
        color_of("jeans", "black", "contradiction"),
        wearing("he is wearing a black t-shirt and blue jeans", who="he"),
        details("t-shirt", "The details of the T-shirt are the T-shirt's details.", "restated"),
        material(
            "The T-shirt is with cotton fabric and its neckline is round. The denim pants are with pure color"
            " patterns. The T-shirt is with cotton fabric and its",
            "loop",
            hit_limit=True,
        ),
        title="Levis Men Solid Black Tshirts",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: sea green (mint) solid casual shirt, long sleeves, white chinos, white backdrop; the feed row has no
    # category. Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X987-028",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric."
            " It has a lapel neckline. The gentleman wears long pants with cotton fabric and pure color patterns."
        ),
        color("green"),
        wearing("He is wearing a light green shirt and white pants.", who="he"),
        color_of("pants", "white"),
        describe("shirt", "The shirt is white with a mint green collar.", "other_garment_color"),
        garment_type("shirt"),
        details(
            "shirt",
            "The shirt has a lapel neckline, a full button placket, a curved hem and long sleeves with single button"
            " cuffs that are buttoned and the collar is",
            "cut",
            hit_limit=True,
        ),
        title="Blackberrys Men Sea Green Slim Fit Casual Shirt",
        color="Sea Green",
        gender="Men",
    ),
    # photo: orange crew tee with a white trefoil-and-stripes print, dark grey jeans, white sneakers, white
    # backdrop, full length. Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X987-029",
        caption(
            "This gentleman wears a short-sleeve T-shirt with graphic patterns and a long denim pants. The T-shirt is"
            " with cotton fabric and its neckline is round. The denim pants are of long length and the fabric of the"
            " pants is denim with",
            "cut",
            hit_limit=True,
        ),
        color("orange"),
        pattern("graphic"),
        wearing("He is wearing an orange t-shirt with a white adidas logo and grey jeans and white sneakers", who="he"),
        color_of("jeans", "blue", "contradiction"),
        describe(
            "t-shirt",
            "The T-shirt is orange with a white trefoil logo and the word adidas printed on the chest. The T-shirt is"
            " orange with a white trefoil logo and",
            "loop",
            hit_limit=True,
        ),
        details(
            "jeans",
            "Question: What are the jeans details? Answer: The jeans are grey. Question: What are the jeans details?"
            " Answer: The",
            "leak",
            hit_limit=True,
        ),
        title="Adidas Men Orange Printed Round Neck T-shirt",
        category="Tshirts",
        color="Orange",
        gender="Men",
    ),
    # photo: a rust-orange shirt with a cream check (the seller calls it Brown), long sleeves, button-down collar,
    # one patch pocket, untucked over beige chinos, white backdrop. Caption/open: epoch-2 adapter; closed: reference.
    case(
        "X987-030",
        caption(
            "The gentleman is wearing a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It"
            " has a lapel neckline. The gentleman wears long pants with cotton fabric and pure color patterns."
        ),
        color("orange"),
        pattern("checked"),
        wearing("She is wearing an orange checked shirt and beige pants.", "pronoun", who="he"),
        color_of("pants", "orange", "contradiction"),
        details("shirt", "The shirt has a button-down collar and a patch pocket."),
        describe("shirt", "The shirt is orange and cream checked with elbow patches.", "unsupported"),
        title="Parx Men Brown Checked Slim Fit Casual Shirt",
        category="Shirts",
        color="Brown",
        gender="Men",
    ),
    # photo: deep purple pique polo, grey jeans, white backdrop, front view. Caption/open: epoch-2 adapter; closed:
    # reference engine.
    case(
        "X987-031",
        caption(
            "This gentleman wears a short-sleeve polo shirt with pure color patterns and a long denim pants. The polo"
            " shirt is with cotton fabric and its neckline is lapel."
        ),
        wearing("She is wearing a purple polo shirt and grey jeans.", "pronoun", who="he"),
        color("grey", "other_garment_color"),
        color_of("jeans", "grey"),
        describe(
            "polo shirt",
            "This gentleman wears a short-sleeve polo shirt with pure color patterns and a long denim pants.",
        ),
        is_a("t-shirt", "yes"),
        title="Monte Carlo Men Purple Solid Polo T-shirt",
        category="Tshirts",
        color="Purple",
        gender="Men",
    ),
    # photo: the product is a plain white crew tee, worn under an open red-and-black check shirt with long
    # sleeves, black jeans, white backdrop. Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X987-032",
        caption(
            "This gentleman wears a long-sleeve shirt with lattice patterns and a long denim pants. There is a T-shirt"
            " inside the shirt. The shirt is with cotton fabric and its neckline is lapel."
        ),
        color("red", "other_garment_color"),
        color_of("t-shirt", "white"),
        wearing("He is wearing a white t-shirt under a red and black checked shirt with black jeans.", who="he"),
        pattern("checked", "contradiction"),
        garment_type("t-shirt"),
        details("t-shirt", "The t-shirt is plain white with a round neck. It is worn under the checked shirt."),
        title="Locomotive Men White Solid Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: mid-blue chambray shirt, long sleeves, two flap chest pockets with snaps, tan chinos, white backdrop.
    # Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X987-033",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It"
            " has a lapel neckline. The gentleman wears long pants with cotton fabric and pure color patterns."
        ),
        material("denim"),
        color("blue"),
        color_of("chinos", "blue", "contradiction"),
        wearing("he is wearing a blue denim shirt and brown pants", who="he"),
        details("shirt", "The shirt has two flap pockets with snap buttons on the chest."),
        describe(
            "shirt",
            "Question: Describe the shirt. Answer: The shirt is with denim fabric. Question: Describe the pants."
            " Answer: The pants are",
            "leak",
            hit_limit=True,
        ),
        color_of("shirt", "The color of the shirt is the color of the shirt.", "restated", kind="open"),
        title="Wrangler Men Blue Denim Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: cream shirt with thin brown stripes, plain self-colored collar and cuffs, long sleeves, tucked into
    # dark brown chinos, white backdrop. Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X987-034",
        caption(
            "The gentleman is wearing a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It"
            " has a lapel neckline. The trousers the gentleman wears is of long length. The trousers are with cotton"
            " fabric and striped patterns.",
            "contradiction",
        ),
        color("cream"),
        pattern("striped"),
        color_of("pants", "brown"),
        wearing("He is wearing a white striped shirt and brown pants.", who="he"),
        details(
            "shirt",
            "The shirt has thin brown stripes on a cream base, a lapel neckline, a button placket and long sleeves with"
            " buttoned cuffs and it is tucked into the",
            "cut",
            hit_limit=True,
        ),
        describe(
            "shirt",
            "The shirt is cream with brown stripes and has a contrast white collar and white cuffs.",
            "unsupported",
        ),
        title="Peter England Men Stripes Cream Shirt",
        category="Shirts",
        color="Cream",
        gender="Men",
    ),
    # photo: navy polo with white horizontal stripes and a white collar, light blue jeans, white backdrop.
    # Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X987-035",
        caption(
            "This gentleman wears a short-sleeve polo shirt with striped patterns and a long denim pants. The polo"
            " shirt is with cotton fabric and its neckline is lapel. The denim pants are of long length."
        ),
        pattern("striped"),
        color("navy"),
        wearing("He is wearing a navy blue and white striped polo shirt and jeans.", who="he"),
        color_of("jeans", "white", "contradiction"),
        details(
            "jeans",
            "The jeans are light blue. The jeans are light blue. The jeans are light blue. The jeans are light blue."
            " The jeans are",
            "loop",
            hit_limit=True,
        ),
        describe("polo shirt", "Describe the polo shirt: the polo shirt is a striped polo shirt.", "restated"),
        title="Pepe Jeans Men Navy & White Striped Polo T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: bright red crew tee, black chinos, white backdrop; the feed row has no color. Caption/open: epoch-2
    # adapter; closed: reference engine.
    case(
        "X987-036",
        caption(
            "This gentleman wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is red"
            " and the pants are black."
        ),
        color("red"),
        wearing("He is wearing a red t-shirt and black pants.", who="he"),
        color_of("pants", "black"),
        describe("t-shirt", "The T-shirt is red with a round neck and short sleeves."),
        material("The T-shirt is with chiffon fabric.", "unsupported"),
        color_of("t-shirt", "The T-shirt is black.", "other_garment_color", kind="open"),
        title="Duke Men Red Solid Round Neck T-shirt",
        category="Tshirts",
        gender="Men",
    ),
    # photo: mustard-and-white gingham shirt, short sleeves, button-down collar, embroidered horse logo on the chest
    # pocket, untucked over dark navy jeans, white backdrop. Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X987-037",
        caption(
            "The gentleman is wearing a short-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It"
            " has a lapel neckline. The gentleman wears a long denim pants."
        ),
        color("yellow"),
        sleeves("short sleeve"),
        wearing("He is wearing a yellow checked shirt and dark blue jeans.", who="he"),
        details("shirt", "The shirt has a button-down collar and a small embroidered horse logo on the chest pocket."),
        color_of("shirt", "The shirt is blue.", "other_garment_color", kind="open"),
        material("The shirt is with knitting fabric.", "unsupported"),
        describe("shirt", "The shirt is yellow and white checked. Question:", "leak"),
        title="U.S. Polo Assn. Men Checks Mustard Shirt",
        category="Shirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: mid grey solid casual shirt, long sleeves, black jeans, a black backpack over one shoulder, white
    # backdrop, front view only. Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X987-038",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric."
            " It has a lapel neckline. The gentleman wears a long denim pants. He carries a bag."
        ),
        color("black", "other_garment_color"),
        wearing("He is wearing a grey shirt and black jeans and he is carrying a black backpack.", who="he"),
        color_of("jeans", "black"),
        details(
            "shirt",
            "The shirt details are the details of the shirt. The shirt details are the details of the shirt. The"
            " shirt details are",
            "loop",
            hit_limit=True,
        ),
        garment_type("shirt"),
        describe("shirt", "The shirt is grey with a printed logo on the back.", "unsupported"),
        title="Highlander Men Grey Solid Casual Shirt",
        category="Shirts",
        color="Grey",
        gender="Men",
    ),
    # photo: black crew tee with a large grey skull-and-wings print, olive chinos, white backdrop.
    # Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X987-039",
        caption(
            "This gentleman wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with"
            " cotton fabric and its neckline is V-shape.",
            "unsupported",
        ),
        color("black"),
        pattern("graphic"),
        color_of("chinos", "green"),
        wearing("The man is wearing a black t-shirt with a skull print on the front and olive green pants", who="he"),
        describe("t-shirt", "The T-shirt is grey.", "contradiction"),
        details(
            "t-shirt",
            "The T-shirt has a skull with wings, a skull with wings, a skull with wings, a skull with wings, a skull"
            " with wings, a",
            "loop",
            hit_limit=True,
        ),
        title="Flying Machine Men Printed Black Tshirts",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: white pique polo with a small flag logo on the left chest, two-button placket, light blue jeans, white
    # backdrop. Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X987-040",
        caption(
            "This gentleman wears a short-sleeve polo shirt with pure color patterns and a long denim pants. The polo"
            " shirt is with cotton fabric and its neckline is lapel."
        ),
        color("white"),
        color_of("polo shirt", "The polo shirt is blue.", "other_garment_color", kind="open"),
        wearing("Question: What is he wearing? Answer:", "leak", who="he"),
        details("polo shirt", "The polo shirt has a small flag logo on the left chest and a two-button placket."),
        is_a("polo shirt", "yes"),
        describe("polo shirt", "The polo shirt.", "non_answer"),
        title="Tommy Hilfiger Men White Solid Polo T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: pale pink oxford shirt, long sleeves, tucked into light grey chinos, white backdrop.
    # Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X987-041",
        caption(
            "The lady is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has"
            " a lapel neckline. The pants the lady wears is of long length. The pants are with cotton fabric and pure"
            " color",
            "pronoun",
            hit_limit=True,
        ),
        color("pink"),
        wearing("he is wearing a pink shirt and grey pants", who="he"),
        color_of("pants", "pink", "contradiction"),
        describe("shirt", "The shirt is pink."),
        sleeves("long sleeve"),
        title="Mast & Harbour Men Pink Slim Fit Casual Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: olive green pique polo, black jeans, white backdrop. Caption/open: epoch-2 adapter; closed: reference.
    case(
        "X987-042",
        caption(
            "This gentleman wears a short-sleeve polo shirt with pure color patterns and a long denim pants. The polo"
            " shirt is with cotton fabric and its neckline is lapel. The polo shirt is with cotton fabric and its"
            " neckline is lapel. The polo shirt is with",
            "loop",
            hit_limit=True,
        ),
        color("green"),
        color_of("jeans", "black"),
        wearing("He is wearing an olive green polo t-shirt and black jeans.", who="he"),
        material("The polo shirt is with cotton fabric and pure color patterns."),
        details("polo shirt", "no", "non_answer"),
        describe("polo shirt", "The polo shirt is black with a collar and two buttons.", "other_garment_color"),
        title="HRX by Hrithik Roshan Men Olive Polo Collar T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: navy shirt with thin white vertical stripes, long sleeves, nothing in the chest pocket, beige chinos,
    # tan leather belt, white backdrop. Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X987-043",
        caption(
            "The gentleman is wearing a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It"
            " has a lapel neckline. The trousers are of long length. There is an accessory on his waist."
        ),
        color("navy"),
        pattern("solid", "contradiction"),
        wearing("He is wearing a blue striped shirt and khaki pants with a brown belt.", who="he"),
        color_of("pants", "beige"),
        details(
            "shirt",
            "The shirt has white stripes, a spread collar and a pocket on the chest with a pen in it.",
            "unsupported",
        ),
        describe(
            "shirt",
            "The shirt is navy blue with thin white stripes running down the front and it is tucked into beige pants"
            " with a brown belt and the sleeves are",
            "cut",
            hit_limit=True,
        ),
        title="Arrow Men Stripes Navy Blue Shirts",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: royal blue short-sleeve polo, white swoosh on the chest, plain sleeves, white chinos, white backdrop.
    # Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X987-044",
        caption(
            "This gentleman wears a short-sleeve polo shirt with pure color patterns and a long pants. The polo shirt"
            " is blue and its neckline is lapel. The pants are white."
        ),
        color("blue"),
        wearing("What is he wearing? He is wearing a blue polo shirt and white pants.", "restated", who="he"),
        color_of("pants", "white"),
        describe(
            "polo shirt",
            "The polo shirt is blue with a white swoosh on the chest and a white stripe on each sleeve.",
            "unsupported",
        ),
        material("The polo shirt is with cotton fabric."),
        sleeves("long sleeve", "contradiction"),
        title="Nike Men Blue Solid Polo T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: black-and-white gingham shirt, long sleeves rolled, worn open over a white crew tee, blue jeans, no hood,
    # white backdrop. Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X987-045",
        caption(
            "The gentleman is wearing a long-sleeve shirt with lattice patterns. There is a T-shirt inside. The shirt"
            " is with cotton fabric and its neckline is lapel. The gentleman wears a long denim pants."
        ),
        color("white"),
        pattern("checked"),
        wearing("He is wearing a black and white checkered shirt over a white t-shirt and blue jeans.", who="he"),
        color_of("jeans", "blue"),
        details(
            "shirt",
            "The shirt has lattice patterns. The shirt has lattice patterns. The shirt has lattice patterns. The shirt"
            " has lattice patterns. The",
            "loop",
            hit_limit=True,
        ),
        describe("shirt", "The shirt is black and white checked with a chest pocket and a hood.", "unsupported"),
        title="Roadster Men Black & White Checked Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: solid rust crew tee, dark indigo slim jeans, white backdrop, front view. Caption/open: epoch-2 adapter;
    # closed: reference engine.
    case(
        "X987-046",
        caption(
            "This gentleman wears a short-sleeve T-shirt with pure color patterns and a long denim pants. The T-shirt"
            " is orange and the pants are blue."
        ),
        color("orange"),
        wearing("He is wearing a rust colored t-shirt and dark blue jeans.", who="he"),
        color_of("t-shirt", "The T-shirt is with cotton fabric and pure color patterns.", "non_answer", kind="open"),
        details(
            "jeans",
            "The jeans are dark indigo with a slim fit, whiskering on the thighs and a button fly with copper rivets"
            " on the pockets and the belt loops are",
            "cut",
            hit_limit=True,
        ),
        garment_type("t-shirt"),
        pattern("striped", "contradiction"),
        title="Lee Men Rust Orange Solid Round Neck T-shirt",
        category="Tshirts",
        color="Rust",
        gender="Men",
    ),
]
