"""BLIND_1082 (46 products; Myntra men's tees and shirts, caption adapter e3): written blind in the fifty-ninth session.
Measured blind at b845312 (the session's eighth rules): 116/137 failures found (84.7%) and 3/183 correct texts flagged
(1.6%). The writer's notes, verbatim:

Scenario: a Myntra-like men's topwear feed (article types Tshirts and Shirts), each product photographed on a model
who also wears jeans, chino or denim shorts, knit shorts or track pants; mostly white studio backdrops, a few grey
ones, front or three-quarter views, some props (sunglasses in hand, a watch). Seller columns are title, category
(the article type), color (the base colour) and gender; a few rows lack one of them, one seller color is wrong
(a "Brown" shirt that photographs maroon), two rows carry "Multi"/no color for multicolored garments.

Who wrote what: every caption and every open answer (wearing, describe, details, material, and the few color
questions asked open) is free generation from Salesforce/blip2-opt-2.7b with the caption adapter at epoch 3
(leoreigoto/Data2_V2_Blip2_Finetune_Caption), greedy, 50 new tokens for captions and 30 for answers. It talks in
the DeepFashion-MultiModal template ("This gentleman wears a short-sleeve T-shirt with pure color patterns. The
T-shirt is with cotton fabric. It has a round neckline."), calls checks "lattice" and prints "graphic", names hues
only when the base model's habits show through, often answers a question with the caption template, invents
template accessories (wrist accessory, glasses, hat, ring, belt, neckwear), says "lady"/"her" from the
women-heavy training data, and, trained without an end token, sometimes loops or runs to the token limit, or goes
on with a new "Question: ... Answer:" turn. Closed answers (garment_type, color, color of the <garment>, pattern,
sleeve_length, "Is this a ...?") come from enrich's reference engine ranking candidate values with the same adapter:
always one clean candidate, sometimes the wrong one.

Labeling conventions and judgement calls:
- Texts that ended by themselves after a full sentence are not hit_limit; hit_limit=True only where the text ran to
  max_new_tokens (all loops and cuts, and leaks that went on to the limit).
- A text with two faults gets one label: a leak that is also cut is "leak"; a loop is "loop" even if its last
  repeat is cut.
- Another garment's color: "other_garment_color" when an open answer or caption gives the garment it talks about
  the color of another garment in the photo; when a closed answer does it, "contradiction" (the TARGETS comment
  defines other_garment_color for open answers).
- A color that comes from the garment's own print or trim (the red of red stripes on a white tee, the navy of a
  grey-and-navy raglan swapped) is "contradiction", not other_garment_color.
- Template accessories the photo does not show (no watch, no glasses, no hat, a belt hidden by an untucked top,
  "wears sunglasses" when he holds them) and pockets, patches or zips that are not there are "unsupported"; so is
  a fabric the garment is not (leather, chiffon, denim for a jersey tee, knitted for a woven flannel, cotton for a
  Dri-FIT polyester tee).
- The template's pattern words are judged as patterns: "lattice" = checked (correct for checks), "graphic" =
  printed, "pure color" = solid; "pure color" for a striped shirt or "striped" for a checked one is a contradiction.
- A one-word answer or yes/no to an open wearing/details question is "non_answer" even when the word is true
  ("striped", "navy", "shirt"); a template caption returned for an open color question (no hue at all) is also
  "non_answer". The material question is open but a short fabric sentence is a real answer.
- "restated": the answer turns the question back into a statement ("The shirt details are the details of the
  shirt.") with nothing added.
- "pronoun": she/her/lady/female for a Men row; no pronoun labels where the row has no gender.
- Charcoal answered "black" is a contradiction here (the photo's charcoal is clearly grey); navy answered "blue" or
  cream answered "cream"/"white" group names are accepted as correct; teal answered "teal" is correct.
- The mislabelled "Brown" shirt photographs maroon: "maroon" is correct for the photo even though the seller says
  Brown.
- All-black outfits (black shirt + black jeans, black tee + black track pants) and a blue tee with blue denim
  shorts: the same color for two garments is correct there.
- Two local question makers ask the details of a second garment ("What are the shorts details?") so that one
  product never has two texts with one question id; where a color question is asked both closed and open, the
  closed one is the garment-level "What is the color of the garment?".
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

# the experiments' "What are the <garment> details?" for a second garment of the same product
shorts_details = question("details_shorts", "What are the shorts details?", "open")
track_pants_details = question("details_track_pants", "What are the track pants details?", "open")

BLIND_1082 = [
    # photo: navy blue plain short-sleeve round-neck cotton tee, untucked, light-blue faded slim jeans, white sneakers;
    # white backdrop, front view, hands in pockets. Caption and open answers: caption adapter e3; closed: reference
    # engine.
    case(
        "X1082-001",
        caption(
            "The gentleman is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has a round neckline. The gentleman wears a long pants. The pants are with denim fabric and "
            "pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a navy blue t-shirt and light blue jeans", who="the man"),
        color_of("t-shirt", "navy blue"),
        color_of("jeans", "navy blue", "contradiction"),
        describe(
            "t-shirt", "The T-shirt has short sleeves, cotton fabric and pure color patterns. It has a round neckline."
        ),
        details(
            "jeans",
            "The pants are of long length. The fabric is denim and it has pure color patterns. The pants are of long "
            "length. The fabric is denim and it has",
            "loop",
            hit_limit=True,
        ),
        title="Roadster Men Navy Blue Solid Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: white long-sleeve formal shirt, sleeves rolled to the elbow, untucked, one chest pocket, dark indigo jeans;
    # light grey backdrop, front view. Caption/open: caption adapter e3; closed: reference engine.
    case(
        "X1082-002",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The pants this man wears is of long length. The pants are with denim fabric and pure "
            "color patterns. This",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "white"),
        color_of("jeans", "white", "contradiction"),
        B.sleeve_length("long sleeves"),
        details(
            "shirt",
            "The shirt has long sleeves rolled up to the elbows, a lapel collar, a button placket and a pocket on the "
            "chest.",
        ),
        wearing("She wears a long-sleeve shirt with pure color patterns and a long denim pants.", "pronoun"),
        B.material("The shirt is with cotton fabric."),
        title="Peter England Men White Slim Fit Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: grey melange polo tee with two-button placket and small navy logo on the chest, black track pants with one
    # white stripe down each side; white backdrop, three-quarter view, bare wrists. Caption/open: caption adapter e3;
    # closed: reference engine.
    case(
        "X1082-003",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a lapel neckline. The man wears a long pants. This man wears glasses.",
            "unsupported",
        ),
        wearing("a grey polo shirt and grey track pants", "other_garment_color", who="the man"),
        color_of("t-shirt", "grey"),
        color_of("track pants", "black"),
        B.pattern("solid"),
        describe(
            "t-shirt",
            "The T-shirt is grey with a polo collar, two buttons and a small logo on the chest. The track pants are "
            "black with white stripes. The T-shirt is grey with",
            "loop",
            hit_limit=True,
        ),
        is_a("polo shirt", "yes"),
        title="U.S. Polo Assn. Men Grey Melange Solid Polo T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: blue-and-white gingham check short-sleeve shirt with one chest pocket, khaki chino shorts, brown leather
    # watch on the left wrist; white backdrop, front view. Caption/open: caption adapter e3; closed: reference engine.
    case(
        "X1082-004",
        caption(
            "This gentleman wears a short-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. There is an accessory on his wrist. This gentleman wears a three-point shorts."
        ),
        color_of("shirt", "blue"),
        color_of("shorts", "blue", "contradiction"),
        B.pattern("checked"),
        details(
            "shirt", "The shirt has lattice patterns, short sleeves and a lapel collar with a pocket on the chest."
        ),
        shorts_details(
            "The shorts are of three-point length. The fabric is cotton and it has lattice patterns.", "contradiction"
        ),
        wearing("He wears a blue checked shirt and blue shorts.", "other_garment_color", who="he"),
        title="Wrangler Men Blue & White Checked Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: black short-sleeve round-neck tee with a big white-and-grey skull print and text under it, grey ripped slim
    # jeans (rips at both knees), no hat; white backdrop, front view. Caption/open: caption adapter e3; closed:
    # reference engine.
    case(
        "X1082-005",
        caption(
            "The man is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. There is a hat on his head.",
            "unsupported",
        ),
        color_of("t-shirt", "black"),
        color_of("jeans", "grey"),
        B.pattern("graphic"),
        describe(
            "t-shirt",
            "The T-shirt is black with a white skull print on the front. The print has a skull with wings and some "
            "words written under it in a big white font with a",
            "cut",
            hit_limit=True,
        ),
        details("jeans", "The jeans are grey with rips on both knees."),
        wearing("a black t-shirt with a skull print and black jeans", "other_garment_color", who="the man"),
        title="Tantra Men Black Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: olive long-sleeve casual shirt with two flap chest pockets, untucked, black slim jeans, no watch; white
    # backdrop, front view. Caption/open: caption adapter e3; closed: reference engine.
    case(
        "X1082-006",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. There is an accessory on his wrist. The pants this man wears is of long length.",
            "unsupported",
        ),
        color_of("shirt", "olive"),
        color_of("jeans", "black"),
        describe("shirt", "The shirt is olive green with long sleeves and two flap pockets on the chest."),
        B.material("The shirt is with denim fabric.", "unsupported"),
        wearing("The man is wearing a black shirt and black jeans.", "other_garment_color", who="the man"),
        B.sleeve_length("long sleeves"),
        title="HIGHLANDER Men Olive Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: white crew-neck tee with thin red horizontal stripes, navy chino shorts; white backdrop, three-quarter
    # view. Caption/open: caption adapter e3; closed: reference engine.
    case(
        "X1082-007",
        caption(
            "The gentleman wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a three-point shorts. The shorts are with cotton fabric and "
            "pure color patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "white"),
        B.pattern("striped"),
        color_of("shorts", "navy blue"),
        wearing("a red and white striped t-shirt and blue shorts", who="the man"),
        describe("t-shirt", "The T-shirt is red with short sleeves and a round neck.", "contradiction"),
        details("t-shirt", "striped", "non_answer"),
        title="United Colors of Benetton Men White Striped Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: maroon V-neck short-sleeve tee, mid-wash blue jeans; white backdrop, front view. Caption/open: caption
    # adapter e3; closed: reference engine.
    case(
        "X1082-008",
        caption(
            "This lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a v-shape neckline. This lady wears a long pants.",
            "pronoun",
        ),
        wearing("a maroon v-neck t-shirt and blue jeans"),
        color_of("t-shirt", "maroon"),
        color_of("jeans", "blue"),
        B.garment_type("t-shirt"),
        describe(
            "t-shirt",
            "The T-shirt has short sleeves, cotton fabric and pure color patterns. It has a v-shape neckline. The "
            "T-shirt has short sleeves, cotton fabric and pure",
            "loop",
            hit_limit=True,
        ),
        title="Basics Men Maroon Solid V-Neck T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: yellow polyester training tee with raglan sleeves and a black Puma cat logo on the chest, black Puma track
    # pants with a small white logo on the thigh; white backdrop, mid-stride pose. Caption/open: caption adapter e3;
    # closed: reference engine.
    case(
        "X1082-009",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns. It has a round neckline. This man wears "
            "a long pants with pure color patterns."
        ),
        color_of("t-shirt", "yellow"),
        color_of("track pants", "black"),
        B.garment_type("track pants", "contradiction"),
        wearing(
            "The man is wearing a yellow t-shirt and black track pants. Question: What is the color of the track "
            "pants? Answer: The track pants are",
            "leak",
            who="the man",
            hit_limit=True,
        ),
        details("t-shirt", "The T-shirt has a black Puma logo on the chest and short raglan sleeves."),
        B.material("The T-shirt is with chiffon fabric.", "unsupported"),
        title="Puma Men Yellow dryCELL Training T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: light-blue denim shirt, long sleeves, two chest pockets with snap buttons, black jeans; white backdrop,
    # front view. Caption/open: caption adapter e3; closed: reference engine.
    case(
        "X1082-010",
        caption(
            "This gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It "
            "has a lapel neckline. The pants this gentleman wears is of long length. The pants are with denim fabric."
        ),
        color_of("shirt", "light blue"),
        color_of("jeans", "blue", "contradiction"),
        B.material("The shirt is with denim fabric."),
        details("shirt", "The shirt has two pockets on the chest with snap buttons and long sleeves."),
        wearing("shirt", "non_answer", who="the man"),
        describe(
            "shirt",
            "The shirt is blue with long sleeves. The shirt is blue with long sleeves. The shirt is blue with long "
            "sleeves. The shirt is blue with long",
            "loop",
            hit_limit=True,
        ),
        title="Levis Men Blue Denim Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: red Nike Dri-FIT training tee with a white swoosh, grey heather track pants with tapered cuffs; white
    # backdrop, front view. Caption/open: caption adapter e3; closed: reference engine.
    case(
        "X1082-011",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns. It has a round neckline. This man wears "
            "a long pants with pure color patterns."
        ),
        color_of("t-shirt", "red"),
        color_of("track pants", "grey"),
        wearing(
            "He wears a red t-shirt and grey jogger pants. Question: What is he wearing? Answer: He wears a red "
            "t-shirt and grey jogger pants. Question",
            "leak",
            who="he",
            hit_limit=True,
        ),
        details("track pants", "The track pants are red with a white swoosh.", "other_garment_color"),
        B.sleeve_length("short sleeves"),
        B.material("The T-shirt is with cotton fabric.", "unsupported"),
        title="Nike Men Red Dri-FIT Training T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: pink solid slim-fit shirt, long sleeves buttoned at the cuff, one chest pocket, untucked, light-grey jeans,
    # no belt visible; white backdrop, front view. Caption/open: caption adapter e3; closed: reference engine.
    case(
        "X1082-012",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. There is a belt on his waist.",
            "unsupported",
        ),
        color_of("shirt", "pink"),
        color_of("jeans", "grey"),
        describe(
            "shirt",
            "The shirt is pink with long sleeves, buttoned cuffs and a spread collar. It is made of cotton fabric and "
            "there is a small pocket on the",
            "cut",
            hit_limit=True,
        ),
        wearing("a pink shirt and grey jeans", who="the man"),
        is_a("shirt", "yes"),
        details("jeans", "The jeans are pink.", "other_garment_color"),
        title="Arrow Men Pink Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: charcoal grey tee with a faded multicolor motorcycle print on the front, beige chino shorts with side
    # pockets, no belt; white backdrop, front view. Caption/open: caption adapter e3; closed: reference engine.
    case(
        "X1082-013",
        caption(
            "The gentleman is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton "
            "fabric. It has a round neckline. The gentleman wears a three-point shorts with pure color patterns."
        ),
        color_of("t-shirt", "black", "contradiction"),
        color_of("shorts", "beige"),
        B.pattern("printed"),
        describe("t-shirt", "The T-shirt is dark grey with a motorcycle print on the front."),
        details(
            "shorts",
            "The shorts are of three-point length. The fabric is cotton and it has pure color patterns. There are two "
            "pockets on the sides and a",
            "cut",
            hit_limit=True,
        ),
        wearing("a grey t-shirt and khaki shorts with a brown belt", "unsupported"),
        title="Status Quo Men Charcoal Printed Round Neck T-shirt",
        category="Tshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: black short-sleeve shirt with a small white leaf print all over, mid-blue jeans; white backdrop, front
    # view. Caption/open: caption adapter e3; closed: reference engine.
    case(
        "X1082-014",
        caption(
            "This man wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The man wears a long pants. The pants are with denim fabric and pure color patterns."
        ),
        color_of("shirt", "black"),
        color_of("jeans", "black", "contradiction"),
        B.pattern("printed"),
        describe("shirt", "The shirt is blue with a white floral print and short sleeves.", "other_garment_color"),
        wearing(
            "The man is wearing a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The man wears a long pants. The",
            "cut",
            who="the man",
            hit_limit=True,
        ),
        B.sleeve_length("short sleeves"),
        title="Mast & Harbour Men Black Printed Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: olive henley tee, short sleeves, three-button placket, black jeans; white backdrop, front view.
    # Caption/open: caption adapter e3; closed: reference engine.
    case(
        "X1082-015",
        caption(
            "This gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. This gentleman wears a long trousers. The trousers are with denim fabric and "
            "pure color patterns. The trousers",
            "cut",
            hit_limit=True,
        ),
        wearing("The man is wearing a black t-shirt and black jeans.", "other_garment_color", who="the man"),
        color_of("t-shirt", "olive"),
        color_of("jeans", "black"),
        details(
            "t-shirt",
            "The T-shirt has short sleeves and a round neck with three buttons. It is with cotton fabric and pure "
            "color patterns.",
        ),
        is_a("t-shirt", "yes"),
        B.material(
            "The T-shirt is with cotton fabric. The T-shirt is with cotton fabric. The T-shirt is with cotton fabric. "
            "The T-shirt is with cotton",
            "loop",
            hit_limit=True,
        ),
        title="HERE&NOW Men Olive Solid Henley T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: navy shirt with thin white vertical pinstripes, long sleeves, button-down collar, mid-blue jeans; white
    # backdrop, front view. Caption/open: caption adapter e3; closed: reference engine.
    case(
        "X1082-016",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The pants this man wears is of long length.",
            "contradiction",
        ),
        color_of("shirt", "navy blue"),
        B.pattern("striped"),
        color_of("jeans", "navy blue", "contradiction"),
        describe("shirt", "The shirt is navy blue with thin white stripes, long sleeves and a button-down collar."),
        details(
            "shirt",
            "Question: What are the shirt details? Answer: The shirt has long sleeves and a lapel collar. Question: "
            "What are the jeans details? Answer:",
            "leak",
            hit_limit=True,
        ),
        wearing("He is wearing a striped shirt and jeans.", who="he"),
        title="Arrow Men Navy Blue Striped Slim Fit Formal Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: colour-block tee, white body with navy and red chest panels, navy track pants with white piping down the
    # sides and elastic ankle cuffs, no pockets visible; white backdrop, front view. Caption/open: caption adapter e3;
    # closed: reference engine.
    case(
        "X1082-017",
        caption(
            "This man wears a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. This man wears a long pants with pure color patterns."
        ),
        color_of("t-shirt", "white"),
        color_of("track pants", "navy blue"),
        B.pattern("colour block"),
        wearing("a white, red and navy t-shirt and navy track pants", who="the man"),
        describe(
            "t-shirt",
            "Her T-shirt has short sleeves, cotton fabric and color block patterns. It has a round neckline.",
            "pronoun",
        ),
        track_pants_details(
            "The track pants are of long length with white piping down the sides and a zip pocket on the thigh.",
            "unsupported",
        ),
        details("t-shirt", "The T-shirt details of the T-shirt are the T-shirt details.", "restated"),
        title="FILA Men White & Navy Colourblocked Round Neck T-shirt",
        category="Tshirts",
        color="Multi",
        gender="Men",
    ),
    # photo: solid shirt that photographs maroon (seller says Brown), long sleeves, mid-blue jeans; grey backdrop, front
    # view. Caption/open: caption adapter e3; closed: reference engine.
    case(
        "X1082-018",
        caption(
            "This gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. This gentleman wears a long pants. The pants are with denim fabric."
        ),
        color_of("shirt", "maroon"),
        color_of("jeans", "blue"),
        wearing(
            "a maroon shirt and blue jeans, a maroon shirt and blue jeans, a maroon shirt and blue jeans, a maroon "
            "shirt and blue jeans, a maroon",
            "loop",
            who="the man",
            hit_limit=True,
        ),
        describe("shirt", "The shirt is blue with long sleeves and a lapel collar.", "other_garment_color"),
        details("shirt", "The shirt details are the details of the shirt.", "restated"),
        title="Genesis Men Solid Brown Shirt",
        category="Shirts",
        color="Brown",
        gender="Men",
    ),
    # photo: teal crew-neck tee with a small white CHIMP print on the chest, grey marl knit shorts with a drawstring;
    # white backdrop, front view. Caption/open: caption adapter e3; closed: reference engine.
    case(
        "X1082-019",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. This man wears a three-point shorts. The shorts are with cotton fabric and pure "
            "color patterns. This man wears a",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "teal"),
        color_of("shorts", "teal", "contradiction"),
        wearing("She is wearing a teal t-shirt and grey shorts.", "pronoun"),
        details("shorts", "The shorts are grey with a drawstring waist."),
        B.sleeve_length("short sleeves"),
        title="Chimp Men Teal Printed Round Neck T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: beige long-sleeve cotton shirt, sleeves rolled to the elbows, untucked (waist hidden), navy chino shorts;
    # white backdrop, front view. Caption/open: caption adapter e3; closed: reference engine.
    case(
        "X1082-020",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The man wears a three-point shorts. The shorts are with cotton fabric and pure color "
            "patterns."
        ),
        color_of("shirt", "beige"),
        color_of("shorts", "navy blue"),
        describe("shirt", "The shirt is navy blue with long sleeves rolled up to the elbows.", "other_garment_color"),
        wearing(
            "a beige shirt and navy blue shorts. The shirt is beige with long sleeves. The shorts are navy blue. The "
            "shirt is beige with long sleeves. The",
            "loop",
            who="the man",
            hit_limit=True,
        ),
        B.material("The shirt is with cotton fabric. There is a belt on his waist.", "unsupported"),
        B.garment_type("shirt"),
        title="Basics Men Beige Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Beige",
        gender="Men",
    ),
    # photo: plain white crew-neck tee, black track pants with a small HRX logo on the left thigh; white backdrop, front
    # view. Caption/open: caption adapter e3; closed: reference engine.
    case(
        "X1082-021",
        caption(
            "The gentleman is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has a round neckline. The gentleman wears a long pants. The pants are with cotton fabric and "
            "pure color patterns. The gentleman wears",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "white"),
        color_of("track pants", "black"),
        wearing("a white t-shirt and black track pants", who="the man"),
        describe("t-shirt", "The T-shirt is black with a round neck and short sleeves.", "other_garment_color"),
        details("track pants", "yes", "non_answer"),
        is_a("t-shirt", "yes"),
        title="HRX by Hrithik Roshan Men White Solid Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: lavender solid formal shirt, long sleeves, no pocket, dark blue jeans, silver watch on the left wrist;
    # white backdrop, front view. Caption/open: caption adapter e3; closed: reference engine.
    case(
        "X1082-022",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. There is an accessory on his wrist. The man wears a long pants."
        ),
        color_of("shirt", "lavender"),
        color_of("jeans", "lavender", "contradiction"),
        details("shirt", "The shirt has long sleeves, a lapel collar and a chest pocket with a logo.", "unsupported"),
        wearing("The lady is wearing a long-sleeve shirt with pure color patterns and a long denim pants.", "pronoun"),
        B.pattern("solid"),
        B.material("The shirt is with cotton fabric."),
        title="Van Heusen Men Lavender Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: mustard polo tee with navy tipping on the collar, dark blue jeans, bare wrists; white backdrop, front view.
    # Caption/open: caption adapter e3; closed: reference engine.
    case(
        "X1082-023",
        caption(
            "This gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a lapel neckline. There is an accessory on his wrist.",
            "unsupported",
        ),
        color_of("t-shirt", "mustard"),
        color_of("jeans", "blue"),
        B.garment_type("t-shirt"),
        describe("t-shirt", "The T-shirt is mustard yellow with a polo collar with navy blue tipping and two buttons."),
        details(
            "t-shirt",
            "The T-shirt has short sleeves, cotton fabric and striped patterns. It has a lapel neckline.",
            "contradiction",
        ),
        wearing("yes", "non_answer", who="the man"),
        title="Classic Polo Men Mustard Solid Polo T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: red-and-black buffalo check flannel shirt, long sleeves, two chest pockets, black jeans; white backdrop,
    # front view. Caption/open: caption adapter e3; closed: reference engine.
    case(
        "X1082-024",
        caption(
            "This man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The man wears a long pants. The pants are with denim fabric and pure color patterns."
        ),
        color_of("shirt", "red"),
        color_of("jeans", "black"),
        B.pattern("checked"),
        describe("shirt", "The shirt is red and black checked with long sleeves and two chest pockets."),
        details("jeans", "The jeans are red and black checked.", "other_garment_color"),
        B.material("The shirt is with knitted fabric.", "unsupported"),
        wearing(
            "a red and black checked shirt and black jeans. Question: What is the color of the jeans? Answer: black",
            "leak",
            who="the man",
        ),
        title="Roadster Men Red & Black Checked Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: blue melange crew-neck tee, mid-blue denim shorts with rolled hems; white backdrop, front view.
    # Caption/open: caption adapter e3; closed: reference engine.
    case(
        "X1082-025",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a three-point shorts. The shorts are with denim fabric and "
            "pure color patterns."
        ),
        color_of("t-shirt", "blue"),
        color_of("shorts", "blue"),
        wearing("a blue t-shirt and blue denim shorts", who="the man"),
        details(
            "shorts",
            "The shorts are of three-point length with rolled-up hems. The fabric is denim and it has pure color "
            "patterns. There are two pockets on the front and",
            "cut",
            hit_limit=True,
        ),
        B.material("The T-shirt is with denim fabric.", "unsupported"),
        describe(
            "t-shirt",
            "The T-shirt has short sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "T-shirt has short sleeves, cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        title="Jack & Jones Men Blue Melange Solid Round Neck T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: white short-sleeve shirt with a small navy paisley print all over, one chest pocket, beige chino shorts;
    # white backdrop, front view; the row has no gender column. Caption/open: caption adapter e3; closed: reference
    # engine.
    case(
        "X1082-026",
        caption(
            "This person wears a short-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. This person wears a three-point shorts. The shorts are with cotton fabric."
        ),
        B.color("white"),
        color_of("shorts", "white", "contradiction"),
        color_of(
            "shirt",
            "The shirt has short sleeves, cotton fabric and graphic patterns. It has a lapel neckline.",
            "non_answer",
            kind="open",
        ),
        B.pattern("printed"),
        describe("shirt", "The shirt is white with a small blue paisley print all over and short sleeves."),
        details(
            "shirt",
            "The shirt has a paisley print all over, short sleeves with a turned-up hem, a lapel collar, a button "
            "placket and a pocket on the",
            "cut",
            hit_limit=True,
        ),
        title="Moda Rapido Men White Printed Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # photo: black polo tee with white-and-red tipping on the collar and sleeve hems and a small flag logo, untucked
    # over grey jeans; white backdrop, front view. Caption/open: caption adapter e3; closed: reference engine.
    case(
        "X1082-027",
        caption(
            "This gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a lapel neckline. This gentleman wears a long pants. The pants are with denim fabric and pure "
            "color patterns."
        ),
        color_of("t-shirt", "black"),
        color_of("jeans", "black", "contradiction"),
        describe(
            "t-shirt",
            "The T-shirt is black with white and red stripes on the collar and the sleeves and a small flag logo on "
            "the chest. The T-shirt is with cotton fabric and it",
            "cut",
            hit_limit=True,
        ),
        wearing("He is wearing a black polo t-shirt and grey jeans.", who="he"),
        B.sleeve_length("short sleeves"),
        details("jeans", "The jeans are grey with a zip fly and a leather patch on the back pocket.", "unsupported"),
        title="Tommy Hilfiger Men Black Solid Polo T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: grey solid shirt, long sleeves, black jeans, holding sunglasses in his right hand (not wearing them); white
    # backdrop, front view. Caption/open: caption adapter e3; closed: reference engine.
    case(
        "X1082-028",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The man wears a long pants. This man wears sunglasses.",
            "unsupported",
        ),
        color_of("shirt", "grey"),
        color_of("jeans", "grey", "contradiction"),
        wearing("a grey shirt and black jeans", who="the man"),
        describe(
            "shirt",
            "The shirt is grey with long sleeves. The shirt is grey with long sleeves. The shirt is grey with long "
            "sleeves. The shirt is grey",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("shirt"),
        B.material("The shirt is with cotton fabric."),
        title="Blackberrys Men Grey Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Grey",
        gender="Men",
    ),
    # photo: orange tee with a white-and-navy SURF CLUB graphic, light-blue denim shorts; white backdrop, front view.
    # Caption/open: caption adapter e3; closed: reference engine.
    case(
        "X1082-029",
        caption(
            "This lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. This lady wears a three-point shorts. The shorts are with denim fabric.",
            "pronoun",
        ),
        color_of("t-shirt", "orange"),
        color_of("shorts", "light blue"),
        B.pattern("graphic"),
        describe("t-shirt", "The T-shirt is orange with a white and navy surf club print on the front."),
        wearing("an orange t-shirt and orange shorts", "other_garment_color", who="the man"),
        details("shorts", "The shorts details are shorts.", "restated"),
        title="Killer Men Orange Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="Orange",
        gender="Men",
    ),
    # photo: navy mandarin-collar shirt, long sleeves, curved hem, light-wash blue jeans; white backdrop, front view.
    # Caption/open: caption adapter e3; closed: reference engine.
    case(
        "X1082-030",
        caption(
            "This gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand neckline. This gentleman wears a long pants. The pants are with denim fabric."
        ),
        color_of("shirt", "navy blue"),
        color_of("jeans", "light blue"),
        describe("shirt", "The shirt is light blue with a mandarin collar and long sleeves.", "other_garment_color"),
        details(
            "shirt",
            "The shirt has a mandarin collar, long sleeves with buttoned cuffs, a full button placket and a curved "
            "hem. The collar is with cotton fabric and the",
            "cut",
            hit_limit=True,
        ),
        B.sleeve_length("long sleeves"),
        wearing("navy", "non_answer"),
        title="Indian Terrain Men Navy Blue Solid Mandarin Collar Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: sea green training tee with three white stripes over the shoulders, black track pants with three white side
    # stripes; white backdrop, front view. Caption/open: caption adapter e3; closed: reference engine.
    case(
        "X1082-031",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns. It has a round neckline. This man wears "
            "a long pants with striped patterns."
        ),
        color_of("t-shirt", "green"),
        color_of("track pants", "green", "contradiction"),
        B.garment_type("t-shirt"),
        wearing(
            "a green adidas t-shirt with white stripes on the shoulders and black adidas track pants with white "
            "stripes",
            who="the man",
        ),
        details("t-shirt", "The T-shirt is black with three white stripes on the shoulders.", "other_garment_color"),
        B.material(
            "The T-shirt is with cotton fabric. Question: What is the color of the T-shirt? Answer: The T-shirt is "
            "with cotton fabric. Question:",
            "leak",
            hit_limit=True,
        ),
        title="ADIDAS Men Sea Green 3-Stripes Training T-shirt",
        category="Tshirts",
        color="Sea Green",
        gender="Men",
    ),
    # photo: coffee-brown solid shirt, long sleeves, mid-blue jeans; white backdrop, front view. Caption/open: caption
    # adapter e3; closed: reference engine.
    case(
        "X1082-032",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The man wears a long pants. The pants are with denim fabric and pure color patterns."
        ),
        color_of("shirt", "brown"),
        color_of("jeans", "blue"),
        describe("shirt", "The shirt is black with long sleeves and a lapel collar.", "contradiction"),
        wearing("a brown shirt and blue jeans", who="the man"),
        details("jeans", "The jeans details are the jeans.", "restated"),
        is_a("shirt", "no", "contradiction"),
        title="John Miller Men Brown Solid Casual Shirt",
        category="Shirts",
        color="Brown",
        gender="Men",
    ),
    # photo: purple tee with a white Being Human logo print on the chest, grey melange knit shorts with drawstring;
    # white backdrop, front view. Caption/open: caption adapter e3; closed: reference engine.
    case(
        "X1082-033",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a three-point shorts. The shorts are with cotton fabric and "
            "pure color patterns. The shorts have",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "purple"),
        color_of("shorts", "grey"),
        wearing("He wears a purple t-shirt with a white print and grey shorts.", who="he"),
        describe("t-shirt", "The T-shirt is purple with short sleeves and a white Being Human logo on the chest."),
        details(
            "shorts",
            "Her shorts are of three-point length. The fabric is cotton and it has pure color patterns.",
            "pronoun",
        ),
        B.sleeve_length("long sleeves", "contradiction"),
        title="Being Human Men Purple Printed Round Neck T-shirt",
        category="Tshirts",
        color="Purple",
        gender="Men",
    ),
    # photo: tropical-print resort shirt, blue ground with white hibiscus and green leaves, short sleeves, camp collar,
    # beige chino shorts, no glasses; white backdrop, front view; the row has no color column. Caption/open: caption
    # adapter e3; closed: reference engine.
    case(
        "X1082-034",
        caption(
            "This man wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. This man wears a three-point shorts. This man wears sunglasses.",
            "unsupported",
        ),
        color_of("shirt", "blue"),
        color_of("shorts", "blue", "contradiction"),
        B.pattern("floral"),
        describe(
            "shirt",
            "The shirt is blue with white hibiscus flowers and green leaves all over, short sleeves and a camp collar.",
        ),
        wearing("a floral shirt and shorts", who="the man"),
        details(
            "shirt",
            "The shirt has floral patterns, floral patterns, floral patterns, floral patterns, floral patterns, "
            "floral patterns, floral patterns, floral patterns",
            "loop",
            hit_limit=True,
        ),
        title="WROGN Men Blue & White Tropical Printed Casual Shirt",
        category="Shirts",
        gender="Men",
    ),
    # photo: peach crew-neck tee with a chest pocket on the left, mid-blue jeans, no hat; white backdrop, front view.
    # Caption/open: caption adapter e3; closed: reference engine.
    case(
        "X1082-035",
        caption(
            "The gentleman is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has a round neckline. This gentleman wears a hat.",
            "unsupported",
        ),
        color_of("t-shirt", "peach"),
        color_of("jeans", "blue"),
        wearing("The man is wearing a white t-shirt and blue jeans.", "contradiction", who="the man"),
        describe("t-shirt", "The T-shirt is peach with a pocket on the left chest and short sleeves."),
        details(
            "t-shirt",
            "The T-shirt has a pocket on the chest and short sleeves. The T-shirt has a pocket on the chest and short "
            "sleeves. The T-shirt has a",
            "loop",
            hit_limit=True,
        ),
        B.material("The T-shirt is with cotton fabric."),
        title="Pepe Jeans Men Peach Solid Pocket T-shirt",
        category="Tshirts",
        color="Peach",
        gender="Men",
    ),
    # photo: all black: black slim shirt with long sleeves, spread collar, black buttons, no pockets, black jeans; white
    # backdrop, front view. Caption/open: caption adapter e3; closed: reference engine.
    case(
        "X1082-036",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. This man wears a long pants. The pants are with denim fabric and pure color patterns."
        ),
        color_of("shirt", "black"),
        color_of("jeans", "black"),
        wearing("a black shirt and black jeans", who="the man"),
        describe(
            "shirt",
            "The shirt is black with long sleeves, a spread collar and two chest pockets with flaps.",
            "unsupported",
        ),
        B.material("The shirt is with leather fabric.", "unsupported"),
        details("jeans", "She wears a long pants. The pants are with denim fabric and pure color patterns.", "pronoun"),
        title="Jack & Jones Men Black Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: white tee with a big black-and-red typography print, light-blue ripped jeans, no jewellery; white backdrop,
    # front view. Caption/open: caption adapter e3; closed: reference engine.
    case(
        "X1082-037",
        caption(
            "This man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. This man wears a long pants. This man wears a ring on his finger.",
            "unsupported",
        ),
        color_of("t-shirt", "white"),
        color_of(
            "jeans",
            "The pants are of long length. The fabric is denim and it has pure color patterns.",
            "non_answer",
            kind="open",
        ),
        B.pattern("graphic"),
        describe("t-shirt", "The T-shirt is white with a big black and red text print on the front."),
        wearing("a white graphic t-shirt and ripped blue jeans"),
        details("t-shirt", "The T-shirt is red with a black print.", "contradiction"),
        title="Difference of Opinion Men White Typography Printed T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: sky-blue oxford shirt, long sleeves, button-down collar, navy chino shorts, bare wrists; white backdrop,
    # front view. Caption/open: caption adapter e3; closed: reference engine.
    case(
        "X1082-038",
        caption(
            "This gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. There is an accessory on his wrist. This gentleman wears a three-point shorts.",
            "unsupported",
        ),
        color_of("shirt", "light blue"),
        color_of("shorts", "navy blue"),
        describe("shirt", "The shirt is light blue with a button-down collar and long sleeves."),
        details("shorts", "The shorts are light blue with a button-down collar.", "other_garment_color"),
        B.garment_type("shorts", "contradiction"),
        wearing("He is wearing a light blue shirt and navy shorts.", who="he"),
        B.sleeve_length("long sleeves"),
        title="Allen Solly Men Blue Solid Button-Down Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: grey raglan tee with navy sleeves, black knit shorts; white backdrop, front view. Caption/open: caption
    # adapter e3; closed: reference engine.
    case(
        "X1082-039",
        caption(
            "This man wears a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. This man wears a three-point shorts with pure color patterns."
        ),
        color_of("t-shirt", "grey"),
        color_of("shorts", "black"),
        B.pattern("colour block"),
        wearing("a black t-shirt and black shorts", "other_garment_color", who="the man"),
        describe("t-shirt", "The T-shirt is navy blue with grey sleeves.", "contradiction"),
        details(
            "t-shirt",
            "The T-shirt details are the sleeves, the sleeves, the sleeves, the sleeves, the sleeves, the sleeves, "
            "the sleeves, the sleeves, the",
            "loop",
            hit_limit=True,
        ),
        title="Campus Sutra Men Grey & Navy Colourblocked Raglan T-shirt",
        category="Tshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: yellow slim shirt, long sleeves, one chest pocket, light-grey jeans; white backdrop, front view.
    # Caption/open: caption adapter e3; closed: reference engine.
    case(
        "X1082-040",
        caption(
            "This lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline.",
            "pronoun",
        ),
        color_of("shirt", "yellow"),
        color_of("jeans", "grey"),
        wearing(
            "a yellow shirt and grey jeans. Question: What is the color of the shirt? Answer: yellow. Question: What "
            "is the color of the jeans? Answer",
            "leak",
            who="the man",
            hit_limit=True,
        ),
        describe("shirt", "The shirt is yellow with long sleeves, a lapel collar and a pocket on the chest."),
        details("jeans", "The jeans are yellow.", "other_garment_color"),
        title="Basics Men Yellow Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: navy-and-white breton stripe tee, khaki chino shorts with side pockets and turned-up hems; white backdrop,
    # front view. Caption/open: caption adapter e3; closed: reference engine.
    case(
        "X1082-041",
        caption(
            "The gentleman wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a three-point shorts. The shorts are with cotton fabric and "
            "pure color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "navy blue"),
        color_of("shorts", "khaki"),
        B.pattern("solid", "contradiction"),
        describe("t-shirt", "The T-shirt has navy blue and white horizontal stripes and short sleeves."),
        wearing(
            "The man is wearing a striped t-shirt and shorts. The man is wearing a striped t-shirt and shorts. The "
            "man is wearing a striped t-shirt and",
            "loop",
            who="the man",
            hit_limit=True,
        ),
        details("shorts", "The shorts are beige with two side pockets and turned-up hems."),
        title="Celio Men Navy Blue & White Striped Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: green-and-navy checked shirt, long sleeves, button-down collar, one plain chest pocket, mid-blue jeans;
    # white backdrop, front view. Caption/open: caption adapter e3; closed: reference engine.
    case(
        "X1082-042",
        caption(
            "This man wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. This man wears a long pants. The pants are with denim fabric.",
            "contradiction",
        ),
        color_of("shirt", "green"),
        color_of("jeans", "The jeans are green.", "other_garment_color", kind="open"),
        B.pattern("checked"),
        describe("shirt", "The shirt is green and navy blue checked with long sleeves and a button-down collar."),
        details(
            "shirt",
            "The shirt has long sleeves and lattice patterns. There are two flap pockets on the chest.",
            "unsupported",
        ),
        wearing("a green checked shirt and blue jeans", who="the man"),
        title="Indian Terrain Men Green & Navy Checked Casual Shirt",
        category="Shirts",
        color="Green",
        gender="Men",
    ),
    # photo: all black: black tee with a white HRX logo print on the chest, untucked, plain black track pants; white
    # backdrop, front view. Caption/open: caption adapter e3; closed: reference engine.
    case(
        "X1082-043",
        caption(
            "This man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. There is a belt on his waist. This man wears a long pants.",
            "unsupported",
        ),
        color_of("t-shirt", "black"),
        color_of("track pants", "black"),
        wearing("a black t-shirt and black track pants", who="the man"),
        describe("t-shirt", "The T-shirt is black with a white HRX logo printed on the chest."),
        details(
            "track pants",
            "Answer: The track pants are black. Question: What is the color of the T-shirt? Answer: black",
            "leak",
        ),
        B.garment_type("jeans", "contradiction"),
        title="HRX by Hrithik Roshan Men Black Printed Training T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: cream shirt with thin brown vertical stripes, long sleeves, small chest pocket, mid-blue jeans, no tie;
    # white backdrop, front view. Caption/open: caption adapter e3; closed: reference engine.
    case(
        "X1082-044",
        caption(
            "This gentleman wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. This gentleman wears a neckwear.",
            "unsupported",
        ),
        color_of("shirt", "cream"),
        color_of("jeans", "blue"),
        describe("shirt", "The shirt is cream with thin brown stripes and long sleeves."),
        details(
            "shirt",
            "The shirt has long sleeves with buttoned cuffs, a lapel collar, a full button placket, striped patterns "
            "and a small pocket on the left side of the chest with a",
            "cut",
            hit_limit=True,
        ),
        wearing("The man is wearing a blue shirt and blue jeans.", "other_garment_color", who="the man"),
        B.sleeve_length("long sleeves"),
        title="Peter England Men Cream & Brown Striped Slim Fit Formal Shirt",
        category="Shirts",
        color="Cream",
        gender="Men",
    ),
    # photo: rust crew-neck tee, olive cargo shorts with big side pockets; white backdrop, front view; the row has no
    # category column. Caption/open: caption adapter e3; closed: reference engine.
    case(
        "X1082-045",
        caption(
            "The gentleman is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has a round neckline. The T-shirt is with cotton fabric. It has a round neckline. The T-shirt "
            "is with cotton fabric. It has",
            "loop",
            hit_limit=True,
        ),
        color_of("t-shirt", "rust"),
        color_of("shorts", "olive"),
        wearing("a rust t-shirt and olive cargo shorts", who="the man"),
        details("shorts", "The shorts are rust with big pockets on the sides.", "other_garment_color"),
        describe("t-shirt", "The T-shirt is olive green with short sleeves and a round neck.", "other_garment_color"),
        B.material("The T-shirt is with cotton fabric."),
        title="Wrangler Men Rust Solid Round Neck T-shirt",
        color="Rust",
        gender="Men",
    ),
    # photo: lime green training tee with a black Reebok logo on the chest, short sleeves, black running shorts; white
    # backdrop, front view. Caption/open: caption adapter e3; closed: reference engine.
    case(
        "X1082-046",
        caption(
            "This man wears a sleeveless T-shirt with pure color patterns. It has a round neckline. This man wears a "
            "three-point shorts.",
            "contradiction",
        ),
        color_of("t-shirt", "green"),
        color_of("shorts", "black"),
        B.sleeve_length("short sleeves"),
        wearing(
            "a lime green t-shirt and black shorts. The t-shirt has short sleeves and a round neckline with a black "
            "logo on the chest. The shorts are of three-point",
            "cut",
            who="the man",
            hit_limit=True,
        ),
        describe("t-shirt", "The T-shirt is lime green with a black Reebok logo on the chest and short sleeves."),
        details("t-shirt", "What are the t-shirt details? The t-shirt details.", "restated"),
        title="Reebok Men Lime Green Training T-shirt",
        category="Tshirts",
        color="Lime Green",
        gender="Men",
    ),
]
