"""BLIND_1360 (45 products; Myntra men's bottomwear, base BLIP-2 zero-shot): written blind in the sixty-fourth session.
Measured blind at d381b30 (the session's first rules): 46/55 failures found (83.6%) and 18/180 correct texts flagged
(10.0%). The writer's notes, verbatim:

Scenario: a Myntra feed of men's jeans, trousers, track pants and shorts (article types Jeans, Trousers, Track Pants,
Shorts), each shot on a model wearing the product with a top (t-shirt, shirt, polo, hoodie, jacket), on a plain
backdrop; a few flat lays, back views, waist-down crops and props (stool, skateboard, crate, bottle, coffee cup). The
catalog columns are Myntra's: title, category (article type), color (base colour), gender; a few rows lack one.
Who wrote what: every text comes from the untuned Salesforce/blip2-opt-2.7b, no adapter. The caption is the base
model with no text prompt (greedy, 50 new tokens). The answers are the same model zero-shot on the experiments'
questionnaire, `Question: ... Answer:`, greedy, 30 new tokens, free generation (so the color questions are stored
open): "What is he wearing?", "What is the color of the {jeans|pants|shorts}?", "What are the {...} details?", and on
some products "What is the color of the shirt?" (asked whatever the top is) and "Describe the {...}.". Trousers and
track pants are asked about as "pants", as in the experiments.
Labeling conventions and judgement calls: judged against the photo I imagined (comment above each case) and the
title. The base model answers short questions well, so most colors and "wearing" answers are right; its failures are
the documented ones: the top's color given to the bottom (other_garment_color), trousers and chinos called "jeans",
a blazer-and-trousers outfit called "a suit", track pants called "pajamas"/"a tracksuit" (contradiction), and
invented details (rips on clean jeans, pleats, a drawstring hidden under the t-shirt, linen, a brand that is not
the seller's) marked unsupported. A color near the seller's (navy -> "blue", beige -> "khaki", maroon -> "red" in a
caption, grey melange -> "grey") is correct. A correct color given as the "details" answer, or a true but thin
answer ("slim fit", "pockets", "denim"), is left unmarked; "they are short", "they are jeans", "shorts", "a pair of
jeans" for a description, "denim" for the color, "nothing" on a flat lay, and an empty answer are non_answer; answers
that only turn the question back into a sentence ("the shorts are short") are restated. "What is the color of the
shirt?" is answered about whatever top is worn (a hoodie, sweater or polo counts as the shirt); on a flat lay with no
top, answering a shirt color is unsupported. Loops and long answers that ran to 30 tokens carry hit_limit=True; a
long answer cut mid-phrase without repeating is cut. "a woman" in a caption of a man (long hair, or a crop that
hides the face) is pronoun.
"""

from tests.audit_corpus import caption, case, color_of, describe, details, wearing

M = "Men"

BLIND_1360 = [
    # Photo: man in a white crew-neck t-shirt, mid-blue clean slim jeans, white sneakers, grey backdrop, front view.
    # Caption: base BLIP-2, no prompt; answers: base BLIP-2 zero-shot.
    case(
        "X1360-001",
        caption("a man in a white t-shirt and blue jeans"),
        wearing("a white t-shirt and blue jeans", who="he"),
        color_of("jeans", "blue", kind="open"),
        color_of("shirt", "white", kind="open"),
        details("jeans", "slim fit"),
        describe("jeans", "a pair of jeans", "non_answer"),
        gender=M,
        title="Roadster Men Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: black skinny jeans with big rips at both knees, grey graphic t-shirt, black sneakers, front view.
    # Caption and answers: base BLIP-2 zero-shot. The details answer loops to the limit.
    case(
        "X1360-002",
        caption("a man wearing ripped black jeans and a grey t-shirt"),
        wearing("ripped jeans", who="he"),
        color_of("jeans", "black", kind="open"),
        details(
            "jeans",
            "ripped knees, ripped knees, ripped knees, ripped knees, ripped knees, ripped knees, ripped knees, "
            "ripped knees, ripped knees, ripped",
            "loop",
            hit_limit=True,
        ),
        describe("jeans", "they are ripped"),
        gender=M,
        title="Flying Machine Men Black Jackson Skinny Fit Highly Distressed Stretchable Jeans",
        category="Jeans",
        color="Black",
    ),
    # Photo: man in a red HRX t-shirt worn untucked over the waistband, solid black track pants, black running shoes.
    # Caption and answers: base BLIP-2. Pants color given the t-shirt's red; the drawstring is hidden by the t-shirt.
    case(
        "X1360-003",
        caption("a man in a red t-shirt and black pants"),
        wearing("a red shirt and black pants", who="he"),
        color_of("pants", "red", "other_garment_color", kind="open"),
        color_of("shirt", "red", kind="open"),
        details("pants", "they have a drawstring", "unsupported"),
        gender=M,
        title="HRX by Hrithik Roshan Men Black Solid Rapid-Dry Running Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Photo: man in a white formal shirt tucked into flat-front grey slim trousers, brown belt, brown loafers, side
    # angle; plain hems. Caption and answers: base BLIP-2. The cuffs (turn-ups) are invented.
    case(
        "X1360-004",
        caption("a man in a white shirt and grey pants"),
        wearing("a white shirt and grey pants", who="he"),
        color_of("pants", "grey", kind="open"),
        color_of("shirt", "white", kind="open"),
        details("pants", "they have cuffs at the bottom", "unsupported"),
        describe("pants", "grey pants with a brown belt"),
        gender=M,
        title="WROGN Men Grey Slim Fit Solid Regular Trousers",
        category="Trousers",
        color="Grey",
    ),
    # Photo: man in a white linen shirt, sleeves rolled, navy chino shorts above the knee, white sneakers.
    # Caption and answers: base BLIP-2.
    case(
        "X1360-005",
        caption("a man in a white shirt and blue shorts"),
        wearing("shorts", who="he"),
        color_of("shorts", "blue", kind="open"),
        details("shorts", "they are short", "non_answer"),
        color_of("shirt", "white", kind="open"),
        gender=M,
        title="Highlander Men Navy Blue Solid Regular Fit Chino Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
    # Photo: light-blue faded slim jeans, black t-shirt, black boots, man leaning on a wooden bar stool (prop).
    # Caption and answers: base BLIP-2.
    case(
        "X1360-006",
        caption("a man in a black shirt and jeans leaning on a stool"),
        wearing("jeans", who="he"),
        color_of("jeans", "blue", kind="open"),
        details("jeans", "faded"),
        describe("jeans", "a pair of blue jeans"),
        gender=M,
        title="Levis Men Blue 511 Slim Fit Mid-Rise Light Fade Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: man in a navy polo shirt, khaki slim chinos, brown loafers, plain backdrop. Caption and answers: base
    # BLIP-2. Nothing in the photo or the title says cotton.
    case(
        "X1360-007",
        caption("a man in a blue polo shirt and khaki pants"),
        wearing("a polo shirt and khaki pants", who="he"),
        color_of("pants", "khaki", kind="open"),
        color_of("shirt", "blue", kind="open"),
        details("pants", "they are made of cotton", "unsupported"),
        gender=M,
        title="Mast & Harbour Men Khaki Slim Fit Chinos",
        category="Trousers",
        color="Khaki",
    ),
    # Photo: man in a black Puma hoodie, grey melange joggers with ribbed ankle cuffs, white sneakers.
    # Caption and answers: base BLIP-2.
    case(
        "X1360-008",
        caption("a man in a black hoodie and grey sweatpants"),
        wearing("a black hoodie and grey sweatpants", who="he"),
        color_of("pants", "grey", kind="open"),
        color_of("shirt", "black", kind="open"),
        details("pants", "they are sweatpants", "non_answer"),
        describe("pants", "grey sweatpants with a black hoodie"),
        gender=M,
        title="Puma Men Grey Melange Solid Regular Fit Track Pants",
        category="Track Pants",
        color="Grey Melange",
    ),
    # Photo: waist-down crop, face not shown: black skinny jeans, hem of a white shirt, white sneakers.
    # Caption and answers: base BLIP-2. The caption makes the model a woman.
    case(
        "X1360-009",
        caption("a woman's legs in black jeans and white sneakers", "pronoun"),
        wearing("black jeans and white sneakers", who="he"),
        color_of("jeans", "black", kind="open"),
        details("jeans", "skinny"),
        color_of("shirt", "white", kind="open"),
        gender=M,
        title="Roadster Men Black Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Black",
    ),
    # Photo: man in a grey Nike training t-shirt, black shorts with a small white swoosh on the leg, black sneakers.
    # Caption and answers: base BLIP-2. The shorts get the t-shirt's grey.
    case(
        "X1360-010",
        caption("a man in a grey shirt and black shorts"),
        wearing("a nike shirt and shorts", who="he"),
        color_of("shorts", "grey", "other_garment_color", kind="open"),
        details("shorts", "nike logo"),
        color_of("shirt", "grey", kind="open"),
        gender=M,
        title="Nike Men Black Dri-FIT Flex Training Shorts",
        category="Shorts",
        color="Black",
    ),
    # Photo: mid-blue jeans with whiskering and small abrasions on the thighs, olive overshirt open over a white tee.
    # Caption and answers: base BLIP-2. The description runs on to the limit and stops mid-phrase.
    case(
        "X1360-011",
        caption("a man wearing a green jacket and jeans"),
        wearing("he is wearing a green jacket, a white t-shirt and blue jeans", who="he"),
        color_of("jeans", "blue", kind="open"),
        details("jeans", "they are ripped"),
        color_of("shirt", "green", kind="open"),
        describe(
            "jeans",
            "the jeans are blue with a light wash on the thighs and a darker wash on the knees and a small tear on "
            "the left knee and a",
            "cut",
            hit_limit=True,
        ),
        gender=M,
        title="Spykar Men Blue Super Slim Fit Low-Rise Mildly Distressed Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: man in a light pink formal shirt tucked into navy formal trousers, black belt, black shoes, side pose.
    # Caption and answers: base BLIP-2. Trousers called jeans; navy called black; the details answer runs on into a
    # new Question/Answer turn.
    case(
        "X1360-012",
        caption("a man in a pink shirt and blue pants"),
        wearing("a pink shirt and jeans", "contradiction", who="he"),
        color_of("pants", "black", "contradiction", kind="open"),
        color_of("shirt", "pink", kind="open"),
        details("pants", "they are slim fit Question: What is the color of the belt? Answer: black", "leak"),
        gender=M,
        title="Louis Philippe Sport Men Navy Blue Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Navy Blue",
    ),
    # Photo: light grey slim jeans, white shirt untucked, white sneakers, grey backdrop. Caption and answers: base
    # BLIP-2. The caption gives the jeans the shirt's white.
    case(
        "X1360-013",
        caption("a man in a white shirt and white jeans", "other_garment_color"),
        wearing("a white shirt and grey jeans", who="he"),
        color_of("jeans", "grey", kind="open"),
        color_of("shirt", "white", kind="open"),
        details("jeans", "the jeans details", "restated"),
        gender=M,
        title="Jack & Jones Men Grey Slim Fit Low-Rise Clean Look Jeans",
        category="Jeans",
        color="Grey",
    ),
    # Photo: man in a black t-shirt, olive cargo shorts with flap side pockets, brown sandals.
    # Caption and answers: base BLIP-2. All right.
    case(
        "X1360-014",
        caption("a man in a black t-shirt and green cargo shorts"),
        wearing("cargo shorts", who="he"),
        color_of("shorts", "green", kind="open"),
        details("shorts", "pockets"),
        describe("shorts", "they are cargo shorts with pockets on the side"),
        gender=M,
        title="Highlander Men Olive Green Solid Regular Fit Cargo Shorts",
        category="Shorts",
        color="Olive",
    ),
    # Photo: flat lay, folded dark blue jeans on a white surface, no person, no top. Caption and answers: base
    # BLIP-2. "nothing" says nothing of the product; the shirt color is the backdrop's.
    case(
        "X1360-015",
        caption("a pair of blue jeans on a white background"),
        wearing("nothing", "non_answer", who="he"),
        color_of("jeans", "blue", kind="open"),
        details("jeans", "pockets"),
        color_of("shirt", "white", "unsupported", kind="open"),
        gender=M,
        title="The Indian Garage Co Men Blue Regular Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: navy track pants with three white stripes down each side, white adidas t-shirt, black sneakers.
    # Caption and answers: base BLIP-2. No jacket: not a tracksuit; the pants get the t-shirt's white.
    case(
        "X1360-016",
        caption("a man in a white t-shirt and navy blue track pants"),
        wearing("a tracksuit", "contradiction", who="he"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        details("pants", "three stripes"),
        color_of("shirt", "white", kind="open"),
        gender=M,
        title="ADIDAS Men Navy Blue Tiro 19 Training Track Pants",
        category="Track Pants",
        color="Navy Blue",
    ),
    # Photo: back view, man facing away, light blue loose jeans with two back pockets, black oversized t-shirt.
    # Caption and answers: base BLIP-2. Jeans color from the t-shirt; the description loops to the limit.
    case(
        "X1360-017",
        caption("the back of a man wearing jeans and a black t-shirt"),
        wearing("a black shirt and jeans", who="he"),
        color_of("jeans", "black", "other_garment_color", kind="open"),
        details("jeans", "back pockets"),
        describe(
            "jeans",
            "the jeans have a pocket on the back of the jeans and a pocket on the back of the jeans and a pocket on "
            "the back of the",
            "loop",
            hit_limit=True,
        ),
        gender=M,
        title="Urbano Fashion Men Blue Loose Fit Mid-Rise Heavy Fade Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: beige flat-front tapered trousers, navy blazer over a white shirt, brown shoes; light studio lighting.
    # Caption and answers: base BLIP-2. Contrasting blazer and trousers are not a suit; the pants get the shirt's
    # white; no pleats.
    case(
        "X1360-018",
        caption("a man in a blue blazer and beige pants"),
        wearing("a suit", "contradiction", who="he"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        color_of("shirt", "white", kind="open"),
        details("pants", "pleated", "unsupported"),
        gender=M,
        title="Arrow Men Beige Tapered Fit Solid Formal Trousers",
        category="Trousers",
        color="Beige",
    ),
    # Photo: solid black joggers with a visible drawstring, white hoodie tucked up, ankle cuffs, white sneakers,
    # holding a skateboard. Caption and answers: base BLIP-2. There is no stripe on the joggers.
    case(
        "X1360-019",
        caption("a man in a white hoodie holding a skateboard"),
        wearing("a white hoodie and black pants", who="he"),
        color_of("pants", "black", kind="open"),
        details("pants", "they have a drawstring"),
        color_of("shirt", "white", kind="open"),
        describe("pants", "black pants with a white stripe", "unsupported"),
        gender=M,
        title="Kook N Keech Men Black Solid Joggers",
        category="Track Pants",
        color="Black",
    ),
    # Photo: charcoal grey skinny jeans (clean, no rips), black leather jacket over a white tee, black boots.
    # Caption and answers: base BLIP-2. The shirt question gets the jacket's black; the hole is invented.
    case(
        "X1360-020",
        caption("a man in a black leather jacket and grey jeans"),
        wearing("a leather jacket", who="he"),
        color_of("jeans", "grey", kind="open"),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        details("jeans", "they have a hole in the knee", "unsupported"),
        gender=M,
        title="Mufti Men Charcoal Grey Skinny Fit Clean Look Jeans",
        category="Jeans",
        color="Charcoal",
    ),
    # Photo: man in a short-sleeved blue-and-white striped shirt, beige chino shorts, tan loafers.
    # Caption and answers: base BLIP-2. The details answer loops to the limit.
    case(
        "X1360-021",
        caption("a man in a blue and white striped shirt and khaki shorts"),
        wearing("shorts and a striped shirt", who="he"),
        color_of("shorts", "khaki", kind="open"),
        color_of("shirt", "blue and white", kind="open"),
        details(
            "shorts",
            "they are khaki shorts with a striped shirt and a striped shirt and a striped shirt and a striped shirt "
            "and a striped shirt and a",
            "loop",
            hit_limit=True,
        ),
        gender=M,
        title="Nautica Men Beige Solid Regular Fit Shorts",
        category="Shorts",
        color="Beige",
    ),
    # Photo: olive slim chinos, white t-shirt, white sneakers, man sitting on a tall chair (prop).
    # Caption and answers: base BLIP-2. The details answer is about the pose, not the pants.
    case(
        "X1360-022",
        caption("a man sitting on a chair wearing a white t-shirt and green pants"),
        wearing("he is wearing a white t-shirt and green pants", who="he"),
        color_of("pants", "green", kind="open"),
        details("pants", "he is sitting on a chair", "non_answer"),
        describe("pants", "the pants are green"),
        gender=M,
        title="Peter England Casuals Men Olive Green Slim Fit Solid Chinos",
        category="Trousers",
        color="Olive",
    ),
    # Photo: mid-blue jeans with heavy rips, red-and-black checked shirt open over a black tee.
    # Caption and answers: base BLIP-2. The jeans get the shirt's red.
    case(
        "X1360-023",
        caption("a man in a red plaid shirt and ripped jeans"),
        wearing("a red plaid shirt", who="he"),
        color_of("jeans", "red", "other_garment_color", kind="open"),
        color_of("shirt", "red and black", kind="open"),
        details("jeans", "ripped"),
        describe("jeans", "ripped jeans"),
        gender=M,
        title="Flying Machine Men Blue Slim Tapered Fit Mid-Rise Highly Distressed Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: man in a navy Jockey t-shirt, grey melange straight track pants with side pockets, grey slides.
    # Caption and answers: base BLIP-2. "pajamas" gives the product another kind.
    case(
        "X1360-024",
        caption("a man in a blue t-shirt and grey pants"),
        wearing("pajamas", "contradiction", who="he"),
        color_of("pants", "grey", kind="open"),
        details("pants", "pockets"),
        color_of("shirt", "blue", kind="open"),
        gender=M,
        title="Jockey Men Grey Melange Straight Fit Solid Track Pants",
        category="Track Pants",
        color="Grey Melange",
    ),
    # Photo: mid-blue denim shorts with rolled hems, white linen shirt, brown sandals.
    # Caption and answers: base BLIP-2. The shorts get the shirt's white.
    case(
        "X1360-025",
        caption("a man in a white shirt and denim shorts"),
        wearing("shorts", who="he"),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        details("shorts", "denim"),
        describe("shorts", "they are denim shorts"),
        gender=M,
        title="Mast & Harbour Men Blue Regular Fit Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Photo: light blue oxford shirt tucked into navy cotton trousers, brown belt, brown shoes. The feed row has no
    # base colour. Caption and answers: base BLIP-2. Two blues are right here; the trousers are not jeans.
    case(
        "X1360-026",
        caption("a man in a blue shirt and blue pants"),
        wearing("a blue shirt and jeans", "contradiction", who="he"),
        color_of("pants", "blue", kind="open"),
        color_of("shirt", "blue", kind="open"),
        details("pants", "they have a belt"),
        gender=M,
        title="Marks & Spencer Men Navy Blue Regular Fit Solid Trousers",
        category="Trousers",
    ),
    # Photo: olive joggers with zip side pockets, drawstring showing, ankle cuffs, small logo on the thigh, black
    # t-shirt. Caption and answers: base BLIP-2. Pants color from the t-shirt; details cut at the limit.
    case(
        "X1360-027",
        caption("a man in a black t-shirt and green pants"),
        wearing("a black t-shirt and green joggers", who="he"),
        color_of("pants", "black", "other_garment_color", kind="open"),
        color_of("shirt", "black", kind="open"),
        details(
            "pants",
            "they have zippered pockets on the side and a drawstring at the waist and elastic cuffs at the ankles "
            "and a logo on the",
            "cut",
            hit_limit=True,
        ),
        gender=M,
        title="Roadster Men Olive Green Solid Slim Fit Joggers",
        category="Track Pants",
        color="Olive",
    ),
    # Photo: man with shoulder-length hair and a beard, grey sweatshirt, black slim tapered jeans, white sneakers.
    # Caption and answers: base BLIP-2. The caption calls him a woman.
    case(
        "X1360-028",
        caption("a woman with long hair wearing a grey sweatshirt and black jeans", "pronoun"),
        wearing("a grey sweatshirt and black jeans", who="he"),
        color_of("jeans", "black", kind="open"),
        details("jeans", "slim"),
        color_of("shirt", "grey", kind="open"),
        describe("jeans", "black jeans with a grey sweatshirt"),
        gender=M,
        title="Levis Men Black 512 Slim Tapered Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Black",
    ),
    # Photo: charcoal trousers with a faint check, white shirt tucked in, black belt, black shoes.
    # Caption and answers: base BLIP-2. All right (grey for charcoal, plaid for checks).
    case(
        "X1360-029",
        caption("a man in a white shirt and grey pants"),
        wearing("a white shirt and grey pants", who="he"),
        color_of("pants", "grey", kind="open"),
        details("pants", "plaid"),
        describe("pants", "grey plaid pants"),
        gender=M,
        title="Van Heusen Men Charcoal Grey Slim Fit Checked Formal Trousers",
        category="Trousers",
        color="Charcoal",
    ),
    # Photo: man jogging, side-on, navy running shorts, bright yellow running tee, running shoes. Back not shown.
    # Caption and answers: base BLIP-2. Shorts get the tee's yellow; the back pocket is not visible.
    case(
        "X1360-030",
        caption("a man running in a yellow shirt and blue shorts"),
        wearing("running shorts", who="he"),
        color_of("shorts", "yellow", "other_garment_color", kind="open"),
        color_of("shirt", "yellow", kind="open"),
        details("shorts", "the shorts have a zipper pocket on the back", "unsupported"),
        gender=M,
        title="Puma Men Navy Blue Solid Running Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
    # Photo: dark blue clean-look jeans, white shirt tucked in, brown belt. Feed row without gender.
    # Caption and answers: base BLIP-2. No rips anywhere.
    case(
        "X1360-031",
        caption("a man in a white shirt and blue jeans"),
        wearing("a white shirt and jeans", who="he"),
        color_of("jeans", "dark blue", kind="open"),
        details("jeans", "ripped", "unsupported"),
        describe("jeans", "dark blue jeans"),
        title="Dennis Lingo Men Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: all black: black Under Armour t-shirt, black joggers with a UA logo on the thigh, black shoes.
    # Caption and answers: base BLIP-2. One color for both garments is right here.
    case(
        "X1360-032",
        caption("a man in a black shirt and black pants"),
        wearing("a black shirt and black pants", who="he"),
        color_of("pants", "black", kind="open"),
        color_of("shirt", "black", kind="open"),
        details("pants", "under armour"),
        gender=M,
        title="UNDER ARMOUR Men Black Sportstyle Solid Joggers",
        category="Track Pants",
        color="Black",
    ),
    # Photo: khaki cargo trousers with large side pockets, black t-shirt, black boots.
    # Caption and answers: base BLIP-2. All right.
    case(
        "X1360-033",
        caption("a man in a black t-shirt and khaki pants"),
        wearing("cargo pants", who="he"),
        color_of("pants", "beige", kind="open"),
        details("pants", "cargo pockets"),
        color_of("shirt", "black", kind="open"),
        describe("pants", "khaki cargo pants with a black shirt and black boots"),
        gender=M,
        title="Mufti Men Khaki Slim Fit Solid Cargo Trousers",
        category="Trousers",
        color="Khaki",
    ),
    # Photo: grey sweat shorts with a white drawstring, white polo shirt, white sneakers.
    # Caption and answers: base BLIP-2. The shirt question gets the shorts' grey.
    case(
        "X1360-034",
        caption("a man in a white polo shirt and grey shorts"),
        wearing("polo shirt and shorts", who="he"),
        color_of("shorts", "grey", kind="open"),
        details("shorts", "drawstring"),
        color_of("shirt", "grey", "other_garment_color", kind="open"),
        gender=M,
        title="U.S. Polo Assn. Men Grey Solid Regular Fit Shorts",
        category="Shorts",
        color="Grey",
    ),
    # Photo: denim on denim: light blue denim jacket over a white tee, dark blue jeans with small abrasions.
    # Caption and answers: base BLIP-2. "denim" is not a color.
    case(
        "X1360-035",
        caption("a man in a denim jacket and jeans"),
        wearing("a denim jacket and jeans", who="he"),
        color_of("jeans", "denim", "non_answer", kind="open"),
        color_of("shirt", "white", kind="open"),
        details("jeans", "distressed"),
        gender=M,
        title="Jack & Jones Men Blue Glenn Slim Fit Low Distressed Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: black chinos, mustard t-shirt, white sneakers, one foot up on a wooden crate (prop).
    # Caption and answers: base BLIP-2. The details answer came back empty (newline at once).
    case(
        "X1360-036",
        caption("a man in a yellow shirt standing on a wooden box"),
        wearing("a yellow shirt and black pants", who="he"),
        color_of("pants", "black", kind="open"),
        color_of("shirt", "yellow", kind="open"),
        details("pants", "", "non_answer"),
        gender=M,
        title="Highlander Men Black Slim Fit Solid Chinos",
        category="Trousers",
        color="Black",
    ),
    # Photo: side view, grey fleece joggers with a Nike swoosh, navy Nike hoodie, white sneakers.
    # Caption and answers: base BLIP-2. The description loops to the limit.
    case(
        "X1360-037",
        caption("a man in a blue hoodie and grey sweatpants"),
        wearing("a hoodie and sweatpants", who="he"),
        color_of("pants", "grey", kind="open"),
        details("pants", "nike"),
        describe(
            "pants",
            "the pants are grey and the pants are grey and the pants are grey and the pants are grey and the pants "
            "are grey and the",
            "loop",
            hit_limit=True,
        ),
        gender=M,
        title="Nike Men Grey Sportswear Club Fleece Joggers",
        category="Track Pants",
        color="Grey",
    ),
    # Photo: mid-blue regular jeans, brown suede jacket over a white tee, brown boots. Feed row without base colour.
    # Caption and answers: base BLIP-2. The jeans get the jacket's brown; the details answer starts a new turn.
    case(
        "X1360-038",
        caption("a man in a brown jacket and blue jeans"),
        wearing("a brown jacket and jeans", who="he"),
        color_of("jeans", "brown", "other_garment_color", kind="open"),
        details("jeans", "blue jeans Question: What is the color of the jacket? Answer: brown", "leak"),
        color_of("shirt", "white", kind="open"),
        gender=M,
        title="Wrangler Men Blue Regular Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
    ),
    # Photo: navy track pants with thin red side piping, white t-shirt, man holding a water bottle (prop).
    # Caption and answers: base BLIP-2. All right.
    case(
        "X1360-039",
        caption("a man in a white t-shirt holding a bottle of water"),
        wearing("a white shirt and blue pants", who="he"),
        color_of("pants", "navy blue", kind="open"),
        details("pants", "red stripe"),
        color_of("shirt", "white", kind="open"),
        gender=M,
        title="Proline Active Men Navy Blue Solid Slim Fit Track Pants",
        category="Track Pants",
        color="Navy Blue",
    ),
    # Photo: crop from the chin down: white henley, maroon cotton shorts, white sneakers.
    # Caption and answers: base BLIP-2. The caption calls the model a woman; "shorts" says nothing of details.
    case(
        "X1360-040",
        caption("a woman in a white shirt and red shorts", "pronoun"),
        wearing("shorts", who="he"),
        color_of("shorts", "maroon", kind="open"),
        details("shorts", "shorts", "non_answer"),
        color_of("shirt", "white", kind="open"),
        gender=M,
        title="Roadster Men Maroon Solid Regular Fit Shorts",
        category="Shorts",
        color="Maroon",
    ),
    # Photo: teal slim chinos, white shirt, brown loafers. Caption and answers: base BLIP-2. Chinos called jeans.
    case(
        "X1360-041",
        caption("a man wearing a white shirt and teal pants"),
        wearing("a white shirt and jeans", "contradiction", who="he"),
        color_of("pants", "teal", kind="open"),
        color_of("shirt", "white", kind="open"),
        details("pants", "slim fit"),
        gender=M,
        title="Dennis Lingo Men Teal Slim Fit Solid Chinos",
        category="Trousers",
        color="Teal",
    ),
    # Photo: flat lay: black skinny jeans with light abrasions, a folded white t-shirt and a black belt beside them.
    # Caption and answers: base BLIP-2. The outfit answer names what is laid out; the details answer loops.
    case(
        "X1360-042",
        caption("a pair of black jeans, a white t-shirt and a belt"),
        wearing("a white t-shirt and black jeans", who="he"),
        color_of("jeans", "black", kind="open"),
        color_of("shirt", "white", kind="open"),
        details(
            "jeans",
            "black, black, black, black, black, black, black, black, black, black, black, black, black, black, black,",
            "loop",
            hit_limit=True,
        ),
        gender=M,
        title="WROGN Men Black Skinny Fit Mid-Rise Mildly Distressed Stretchable Jeans",
        category="Jeans",
        color="Black",
    ),
    # Photo: face cropped at the mouth: navy t-shirt untucked over light grey cotton trousers with a drawstring waist,
    # white sneakers. Caption and answers: base BLIP-2. The pants get the t-shirt's blue; linen is invented.
    case(
        "X1360-043",
        caption("a man in a blue t-shirt and grey pants"),
        wearing("blue t-shirt and grey pants", who="he"),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        color_of("shirt", "blue", kind="open"),
        details("pants", "they are made of linen", "unsupported"),
        describe("pants", "the pants are grey"),
        gender=M,
        title="Mast & Harbour Men Grey Solid Regular Fit Trousers",
        category="Trousers",
        color="Grey",
    ),
    # Photo: back view, black knit shorts with a small Puma cat logo on the back of the left leg, white tee.
    # Caption and answers: base BLIP-2. The description only turns the question back.
    case(
        "X1360-044",
        caption("the back of a man in a white shirt and black shorts"),
        wearing("shorts", who="he"),
        color_of("shorts", "black", kind="open"),
        details("shorts", "puma logo"),
        describe("shorts", "the shorts are short", "restated"),
        gender=M,
        title="Puma Men Black Solid Knitted Regular Fit Shorts",
        category="Shorts",
        color="Black",
    ),
    # Photo: dark indigo slim jeans, camel crew-neck sweater over the waistband, brown boots, holding a coffee cup.
    # Caption and answers: base BLIP-2. The brand is Pepe Jeans and no label shows; the description is circular.
    case(
        "X1360-045",
        caption("a man in a brown sweater holding a cup of coffee"),
        wearing("a sweater and jeans", who="he"),
        color_of("jeans", "blue", kind="open"),
        color_of("shirt", "brown", kind="open"),
        details("jeans", "levi's", "unsupported"),
        describe("jeans", "the jeans are a pair of jeans", "restated"),
        gender=M,
        title="Pepe Jeans Men Blue Vapour Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
]
