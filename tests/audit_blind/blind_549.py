"""BLIND_549 (46 products; Myntra kids' night, boys' and girls' wear): written blind in the fifty-first session.
Measured blind at 75f2757 (the session's second rules): 102/123 failures found (82.9%) and 2/168 correct texts flagged
(1.2%). The writer's notes, verbatim:

Scenario: a Myntra kids' feed (Boys and Girls rows): boys' t-shirts, shirts, shorts, joggers, jeans, sweatshirts,
kurta pyjama sets; girls' frocks, tops, leggings, skirts, jumpsuits, lehenga cholis, night suits. Most photos are
children modelling in a studio on a white, light grey or beige backdrop, usually with other clothes on (jeans under
a shirt, a t-shirt under a dungaree, a dupatta over a choli), some holding props (balloon, teddy, pillow); a few
are flat-lays of the product alone. The seller's columns are title, category (Myntra article type), color
(base colour) and gender; a few rows lack one of them, as real feeds do.

Who wrote what: Salesforce/blip2-opt-2.7b (base, no adapter) wrote the open answers (What is the boy/girl
wearing? Describe the frock. What are the shirt details? the open color questions) and the material answers, and
the captions of the rows not given to an adapter: short, lowercase, mostly right on the main garment, but it lends
one garment's color to another, invents pockets, zippers and bows, sometimes gives a one-word or restated answer,
now and then keeps going into a new "Question: ... Answer:" turn or repeats a phrase until the 30-token limit, and
gets he/she wrong for children with short or long hair. The caption-only LoRA adapters wrote the captions of the
other rows: epoch 1 starts like the base model ("a boy wearing ...") and drifts into the DeepFashion template;
epoch 3 writes the template itself ("The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt
is with cotton fabric.") with no hue names, calls most children "the lady", and, trained without an end token,
runs every caption to the 50-token limit (repeating a sentence or stopping mid-sentence). Closed answers
(garment_type, color, pattern, sleeve length, "Is this a ...?") come from enrich's reference engine with the VQA
adapter: one candidate value each, never cut or looped, but sometimes the wrong candidate (the jeans' color for
the shirt, "dress" for a kurta, "no" for a lehenga).

Labeling conventions and judgement calls:
- One label per text. A loop that runs to the limit is "loop", not "cut", even when it also calls a boy "the lady".
  When a cut (not looping) text also has a content failure (a wrong pronoun, color or garment) the content failure
  is the label; hit_limit is still set.
- A caption that ran to its 50-token limit is "cut" even where the limit fell right after a full stop: the model
  had not stopped, and the next sentence was already begun by the template.
- "other_garment_color": the product given the color of another garment in the photo (jeans, dupatta, choli,
  t-shirt under a dungaree). A color taken from a prop (balloon) or a wrong shade nobody wears is "contradiction".
- "contradiction": a color, garment type, pattern, sleeve length or yes/no that the photo and the seller's columns
  contradict, including a pattern borrowed from another garment.
- "unsupported": an invented detail (pocket, zipper, bow, distressing, embroidery, drawstring) or a material the
  photo and title rule out (denim for a cotton jumpsuit, wool for a fleece sweatshirt, silk for a printed cotton
  lehenga). A material that is the evident fabric of the garment (cotton tee, denim jeans, velvet frock) is correct.
- "pronoun": he/she, his/her, lady/gentleman, or boy/girl wrong for the row's gender, in a caption or an answer.
- "non_answer": nothing useful: yes/no, "i don't know", one bare word ("yellow", "clothes", "pink") to an open
  question that asks for more, or the question's words back ("the shorts are short").
  "restated": a sentence that gives the question back as an answer ("the night suit is a night suit").
- Close shades are right: cream called white, maroon called red, peach called pink, khaki called beige, mustard
  called yellow, a light-blue-and-white check called blue. Lavender called pink is a contradiction (another group).
- A flat-lay asked "What is the boy wearing?" is answered correctly when it names the garment shown.
- A correct closed answer may differ from the seller's wording (polo shirt for Tshirts, t-shirt for a graphic Top).
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

garment_type = BLIND_QUESTIONS.garment_type
color = BLIND_QUESTIONS.color
pattern = BLIND_QUESTIONS.pattern
sleeves = BLIND_QUESTIONS.sleeve_length
material = BLIND_QUESTIONS.material

BOY = "the boy"
GIRL = "the girl"

BLIND_549 = [
    # photo: boy in a navy blue round-neck t-shirt with a yellow dinosaur graphic on the chest, grey denim shorts, white
    # backdrop, front view. Base model: caption, open answers, material; reference engine: closed answers.
    case(
        "X549-001",
        caption("a young boy wearing a blue t-shirt with a dinosaur on it"),
        wearing("a black t-shirt and grey shorts", "contradiction", who=BOY),
        color_of("t-shirt", "navy blue"),
        details("t-shirt", "the t-shirt has a yellow dinosaur on the front and a pocket on the chest", "unsupported"),
        material("cotton"),
        title="Gini and Jony Boys Navy Blue Dinosaur Print Pure Cotton T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl in a pink sleeveless fit-and-flare frock with a white floral print, white sandals, holding a small
    # brown teddy bear, light grey backdrop. Caption: epoch-3 caption adapter; open answers and material: base model;
    # closed answers: reference engine.
    case(
        "X549-002",
        caption(
            "The lady wears a tank dress with floral patterns. The dress is with chiffon fabric. It has a round "
            "neckline. The dress is of knee length. The lady wears a tank dress with floral patterns. The dress is "
            "with chiffon",
            "loop",
            hit_limit=True,
        ),
        wearing("a pink dress with white flowers", who=GIRL),
        describe("frock", "it is a pink frock with a white collar and puff sleeves", "contradiction"),
        is_a("frock", "yes"),
        sleeves("sleeveless"),
        color("pink"),
        title="Cherry Crumble Girls Pink Floral Print Fit and Flare Dress",
        category="Dresses",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in a light blue and white checked full-sleeve casual shirt, buttoned, over dark navy jeans, white
    # backdrop. Base model: caption, open answers, material; reference engine: closed answers.
    case(
        "X549-003",
        caption("a little boy in a checkered shirt and jeans posing for a picture"),
        wearing("a blue shirt and blue jeans", who=BOY),
        details("shirt", "it has a collar, buttons down the front and long sleeves"),
        color_of("shirt", "navy blue", "other_garment_color"),
        pattern("checked"),
        sleeves("long sleeves"),
        material("denim", "unsupported"),
        title="Allen Solly Junior Boys Blue & White Checked Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in black ankle-length leggings under a mustard yellow knee-length kurti, side view, white backdrop.
    # Base model: caption, open answers, material; reference engine: closed answers.
    case(
        "X549-004",
        caption("a girl in a yellow top and black leggings"),
        wearing("a yellow dress and black leggings", who=GIRL),
        color_of("leggings", "yellow", "other_garment_color", kind="open"),
        garment_type("leggings"),
        color("black"),
        details("leggings", "the leggings have a drawstring waist and a pocket on the side", "unsupported"),
        material("cotton Question: What is the color of the leggings? Answer: black", "leak"),
        title="Go Colors Girls Black Solid Ankle-Length Cotton Lycra Leggings",
        category="Leggings",
        color="Black",
        gender="Girls",
    ),
    # photo: boy in olive green cargo shorts with flap pockets on the sides, a plain white t-shirt, white sneakers,
    # white backdrop. Caption: epoch-1 caption adapter; open answers: base model; closed answers: reference engine.
    case(
        "X549-005",
        caption(
            "a boy wearing a white t-shirt and green shorts. The shorts are with cotton fabric and pure color "
            "patterns. The t-shirt is with cotton fabric and pure color patterns. The shorts are with cotton fabric "
            "and",
            "loop",
            hit_limit=True,
        ),
        wearing("a white t-shirt and green shorts", who=BOY),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        details("shorts", "the shorts have pockets on the sides"),
        garment_type("shorts"),
        color("khaki", "contradiction"),
        title="612 league Boys Olive Solid Cargo Shorts",
        category="Shorts",
        color="Olive",
        gender="Boys",
    ),
    # photo: girl in a white cotton top with a small red strawberry print and short puff sleeves, blue denim shorts (no
    # belt), white backdrop. Base model: caption, open answers, material; reference engine: closed answers.
    case(
        "X549-006",
        caption("a little girl wearing a white shirt with strawberries on it"),
        wearing("she is wearing a white top with strawberries and blue shorts with a belt", "unsupported", who=GIRL),
        describe("top", "the top is white with red strawberries and short puff sleeves"),
        color("red", "contradiction"),
        sleeves("short sleeves"),
        material("it is made of cotton"),
        title="Peppermint Girls White Strawberry Print Pure Cotton Top",
        category="Tops",
        color="White",
        gender="Girls",
    ),
    # photo: boy in grey melange joggers with a black stripe down each side and ribbed ankle cuffs, a black pullover
    # hoodie, white backdrop, three-quarter view. Base model: caption, open answers, material; reference engine: closed
    # answers.
    case(
        "X549-007",
        caption("a young boy in a black hoodie and black sweatpants", "other_garment_color"),
        wearing("a black hoodie and grey pants", who=BOY),
        color_of("joggers", "black", "other_garment_color", kind="open"),
        details("joggers", "the joggers have a black stripe on the side and elastic cuffs at the ankles"),
        garment_type("pants"),
        material("cotton"),
        title="Little Kangaroos Boys Grey Melange Solid Joggers",
        category="Track Pants",
        color="Grey Melange",
        gender="Boys",
    ),
    # photo: girl in a red tartan-check pleated skirt (red with black and thin yellow lines), a white full-sleeve
    # t-shirt, black shoes, white backdrop. Caption: epoch-3 caption adapter; open answers and material: base model;
    # closed answers: reference engine.
    case(
        "X549-008",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a short skirt. The skirt is with cotton fabric and lattice patterns. "
            "The",
            "cut",
            hit_limit=True,
        ),
        wearing("a white shirt and a red plaid skirt", who=GIRL),
        describe("skirt", "a red and black plaid skirt with pleats"),
        color_of("skirt", "white", "other_garment_color"),
        pattern("checked"),
        is_a("skirt", "yes"),
        material("wool", "unsupported"),
        title="Tiny Girl Red Checked Pleated Cotton Skirt",
        category="Skirts",
        color="Red",
        gender="Girls",
    ),
    # photo: boy in a cream silk-blend kurta with golden embroidery along the placket, white churidar pyjama, brown
    # mojaris, beige backdrop. Base model: caption, open answers, material; reference engine: closed answers.
    case(
        "X549-009",
        caption("a young girl in a white kurta standing in front of a beige wall", "pronoun"),
        wearing("a white kurta and white pants", who=BOY),
        describe(
            "kurta",
            "the kurta is cream with gold embroidery around the collar and buttons down the front and the sleeves are "
            "long and the kurta is",
            "cut",
            hit_limit=True,
        ),
        garment_type("dress", "contradiction"),
        color("cream"),
        is_a("kurta", "yes"),
        material("silk"),
        title="Jashvi Boys Cream-Coloured Silk Blend Kurta with Pyjamas",
        category="Kurta Sets",
        color="Cream",
        gender="Boys",
    ),
    # photo: girl in a maroon lehenga with a wide golden zari border, a matching maroon short-sleeve choli, a pink net
    # dupatta over one shoulder, gold-toned jhumkas, beige backdrop. Caption: epoch-1 caption adapter; open answers and
    # material: base model; closed answers: reference engine.
    case(
        "X549-010",
        caption(
            "a little girl in a red and gold dress with a pink dupatta. The dress is with silk fabric and floral "
            "patterns. The dress is with silk fabric and floral patterns. The dress is with silk fabric and floral "
            "patterns",
            "loop",
            hit_limit=True,
        ),
        wearing("a red and gold lehenga", who=GIRL),
        describe("lehenga", "the lehenga is pink with gold embroidery", "other_garment_color"),
        color("maroon"),
        sleeves("short sleeves"),
        is_a("lehenga", "no", "contradiction"),
        material("silk"),
        title="Biba Girls Maroon & Gold-Toned Art Silk Ready to Wear Lehenga with Choli and Dupatta",
        category="Lehenga Choli",
        color="Maroon",
        gender="Girls",
    ),
    # photo: boy in mid-blue slim-fit jeans with light whiskering, an untucked red and black checked flannel shirt,
    # white sneakers, white backdrop, full length. Base model: caption, open answers, material; reference engine: closed
    # answers.
    case(
        "X549-011",
        caption("a young boy in a red and black plaid shirt and jeans"),
        wearing("a red and black checkered shirt and blue jeans", who=BOY),
        color_of("jeans", "red", "other_garment_color", kind="open"),
        details("jeans", "the jeans have a button fly, five pockets, and a zipper on the back", "unsupported"),
        garment_type("jeans"),
        material("denim"),
        title="Pepe Jeans Boys Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in a mustard yellow sleeveless cotton jumpsuit, no pockets, a tie belt at the waist, cropped legs,
    # white sneakers, white backdrop. Base model: caption, open answers, material; reference engine: closed answers.
    case(
        "X549-012",
        caption("a little girl wearing a yellow jumpsuit and white sneakers"),
        wearing("yellow", "non_answer", who=GIRL),
        describe(
            "jumpsuit", "the jumpsuit is yellow with a belt at the waist and two pockets on the front", "unsupported"
        ),
        garment_type("jumpsuit"),
        sleeves("long sleeves", "contradiction"),
        material("it is made of denim", "unsupported"),
        title="Hopscotch Girls Mustard Yellow Solid Cotton Basic Jumpsuit",
        category="Jumpsuit",
        color="Mustard",
        gender="Girls",
    ),
    # photo: boy in a red crew-neck sweatshirt with "BROOKLYN" printed in white across the chest, black joggers, white
    # backdrop. Caption: epoch-3 caption adapter; open answers and material: base model (the boy has shoulder- length
    # hair); closed answers: reference engine.
    case(
        "X549-013",
        caption(
            "The gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("she is wearing a red sweatshirt and black pants", "pronoun", who=BOY),
        details("sweatshirt", "it says brooklyn on the front and has a hood", "unsupported"),
        color_of("sweatshirt", "red", kind="open"),
        pattern("graphic"),
        material("fleece"),
        title="HRX by Hrithik Roshan Boys Red Brooklyn Printed Sweatshirt",
        category="Sweatshirts",
        color="Red",
        gender="Boys",
    ),
    # photo: flat-lay of a lavender night suit, full-sleeve top and pyjama with small white stars and crescent moons, on
    # a white surface, no child. Base model: caption, open answers, material; reference engine: closed answers.
    case(
        "X549-014",
        caption("a purple pajama set with stars and moons on it"),
        describe("night suit", "the night suit is purple and white with stars and moons"),
        wearing("a pink and white pajama set", "contradiction", who=GIRL),
        color("lavender"),
        pattern("checked", "contradiction"),
        sleeves("long sleeves"),
        material("cotton"),
        title="Mothercare Girls Lavender Star & Moon Print Pure Cotton Night Suit",
        category="Night suits",
        color="Lavender",
        gender="Girls",
    ),
    # photo: boy in a white polo t-shirt with navy tipping on the collar and a small embroidered logo on the chest, navy
    # blue chinos, white backdrop. Base model: caption, open answers; reference engine: closed answers.
    case(
        "X549-015",
        caption("a young boy wearing a white polo shirt and blue pants"),
        wearing("a white shirt and blue pants", who=BOY),
        color_of("t-shirt", "navy blue", "other_garment_color"),
        details(
            "t-shirt",
            "Question: What are the t-shirt details? Answer: the t-shirt has a collar and a logo on the chest",
            "leak",
        ),
        sleeves("short sleeves"),
        garment_type("polo shirt"),
        title="U.S. Polo Assn. Kids Boys White Solid Polo Collar T-shirt",
        category="Tshirts",
        color="White",
        gender="Boys",
    ),
    # photo: girl in a navy blue frock with white polka dots, short flutter sleeves and a red satin bow at the waist,
    # red ballerina shoes, white backdrop. Caption: epoch-1 caption adapter; open answers: base model; closed answers:
    # reference engine.
    case(
        "X549-016",
        caption(
            "a little girl in a blue and white polka dot dress with a red bow on the waist. The dress is with cotton "
            "fabric and dot patterns. It has short sleeves and a round neckline. The girl wears red shoes on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue and white polka dot dress", who=GIRL),
        describe("frock", "the frock is red with white polka dots and a bow", "other_garment_color"),
        color_of("frock", "navy blue"),
        pattern("polka dots"),
        is_a("frock", "yes"),
        title="Cutecumber Girls Navy Blue Polka Dot Fit and Flare Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: boy in light-wash blue denim shorts with rolled hems, a yellow t-shirt with a small chest print, white
    # backdrop. Base model: caption, open answers, material; reference engine: closed answers. Feed lacks the color.
    case(
        "X549-017",
        caption("a little boy wearing a yellow shirt and denim shorts"),
        wearing("a yellow t-shirt and jean shorts", who=BOY),
        details("shorts", "the shorts are short", "non_answer"),
        color_of("shorts", "light blue", kind="open"),
        garment_type("jeans", "contradiction"),
        material("denim"),
        title="Palm Tree Boys Blue Washed Denim Shorts",
        category="Shorts",
        gender="Boys",
    ),
    # photo: girl in a peach sleeveless top with a white lace yoke, grey jeggings, white backdrop. Caption: epoch-3
    # caption adapter; open answers and material: base model; closed answers: reference engine.
    case(
        "X549-018",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a round "
            "neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color patterns. "
            "The lady wears a long leggings. The leggings",
            "loop",
            hit_limit=True,
        ),
        wearing("a pink top and grey pants", who=GIRL),
        describe("top", "the top is the top the girl is wearing", "restated"),
        color("grey", "other_garment_color"),
        sleeves("sleeveless"),
        material("cotton"),
        title="Gini and Jony Girls Peach-Coloured Solid Top with Lace Yoke",
        category="Tops",
        color="Peach",
        gender="Girls",
    ),
    # photo: boy in a short-sleeve white shirt with an all-over small blue anchor print, khaki shorts, white backdrop.
    # Base model: caption, open answers; reference engine: closed answers.
    case(
        "X549-019",
        caption("a boy in a blue shirt with anchors on it", "contradiction"),
        wearing("a shirt and shorts", who=BOY),
        details(
            "shirt",
            "the shirt has anchors on it, the shirt has anchors on it, the shirt has anchors on it, the shirt has "
            "anchors",
            "loop",
            hit_limit=True,
        ),
        color_of("shirt", "beige", "other_garment_color"),
        pattern("printed"),
        sleeves("short sleeves"),
        garment_type("shirt"),
        title="YK Boys White & Blue Anchor Print Pure Cotton Casual Shirt",
        category="Shirts",
        color="White",
        gender="Boys",
    ),
    # photo: girl in a yellow cotton lehenga with a pink and green floral print and a narrow gold gota border, a
    # sleeveless pink choli, a green dupatta, white backdrop, front view. Base model: caption, open answers, material;
    # reference engine: closed answers.
    case(
        "X549-020",
        caption("a little girl in a yellow and pink lehenga"),
        wearing("a yellow skirt and a pink top", who=GIRL),
        describe(
            "lehenga",
            "the lehenga is yellow with pink and green flowers and a gold border and a gold border and a gold border "
            "and a gold border and a gold",
            "loop",
            hit_limit=True,
        ),
        color_of("lehenga", "pink", "other_garment_color"),
        pattern("floral"),
        is_a("lehenga", "yes"),
        material("the lehenga is made of silk and has a lot of embroidery on it", "unsupported"),
        title="Kid1 Girls Yellow & Pink Printed Cotton Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Yellow",
        gender="Girls",
    ),
    # photo: boy in a red and navy horizontally striped round-neck t-shirt, blue jeans, white backdrop. Caption: epoch-3
    # caption adapter (ran to the limit, stopped after a full stop); open answers and material: base model; closed
    # answers: reference engine.
    case(
        "X549-021",
        caption(
            "The gentleman wears a short-sleeve T-shirt with stripe patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long pants. The pants are with denim fabric and pure color "
            "patterns.",
            "cut",
            hit_limit=True,
        ),
        wearing("a red and blue striped shirt and jeans", who=BOY),
        color_of("t-shirt", "red"),
        pattern("striped"),
        describe("t-shirt", "he is wearing a red and white striped t-shirt", "contradiction"),
        material("cotton"),
        title="Mothercare Boys Red & Navy Blue Striped Round Neck T-shirt",
        category="Tshirts",
        color="Red",
        gender="Boys",
    ),
    # photo: girl with a short bob in a black t-shirt-style top with "GIRL POWER" in gold glitter letters, blue jeans,
    # white backdrop. Base model: caption, open answers, material; reference engine: closed answers.
    case(
        "X549-022",
        caption("a young boy wearing a black t-shirt that says girl power", "pronoun"),
        wearing("a black t-shirt and blue jeans", who=GIRL),
        color_of("top", "black", kind="open"),
        details("top", "the top says girl power in gold letters"),
        garment_type("t-shirt"),
        material("his shirt is made of cotton", "pronoun"),
        title="Tales & Stories Girls Black Girl Power Glitter Print Top",
        category="Tops",
        color="Black",
        gender="Girls",
    ),
    # photo: flat-lay of navy blue joggers with a white drawstring and two side pockets on a white surface, no child.
    # Caption: epoch-1 caption adapter; open answers and material: base model; closed answers: reference engine.
    case(
        "X549-023",
        caption(
            "a pair of navy blue sweatpants with a white drawstring. The pants are with cotton fabric and pure color "
            "patterns. The pants are with cotton fabric and pure color patterns. The pants are with cotton fabric",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "navy blue sweatpants Question: What is the boy wearing? Answer: navy blue sweatpants Question:",
            "leak",
            who=BOY,
            hit_limit=True,
        ),
        details("joggers", "the joggers have a white drawstring and pockets on the side"),
        color_of("joggers", "black", "contradiction"),
        garment_type("pants"),
        material("cotton"),
        title="Marks & Spencer Boys Navy Blue Solid Pure Cotton Joggers",
        category="Track Pants",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl in a white cotton A-line frock with a multicolour floral embroidered yoke and three-quarter sleeves,
    # no sash, holding a yellow balloon, white backdrop. Base model: caption, open answers, material; reference engine:
    # closed answers.
    case(
        "X549-024",
        caption("a little girl in a white dress holding a yellow balloon"),
        wearing("a white dress with a pink sash", "unsupported", who=GIRL),
        describe("frock", "the frock is yellow with flowers", "contradiction"),
        color("white"),
        sleeves("three-quarter sleeves"),
        material("cotton"),
        title="Budding Bees Girls White Embroidered Cotton A-Line Dress",
        category="Dresses",
        color="White",
        gender="Girls",
    ),
    # photo: boy in a navy blue full-sleeve kurta, white churidar and a maroon printed Nehru jacket over the kurta, bare
    # head, white backdrop. Base model: caption, open answers, material; reference engine: closed answers.
    case(
        "X549-025",
        caption("a young boy in a traditional indian outfit with a turban", "unsupported"),
        wearing("a blue kurta and a red vest", who=BOY),
        describe("kurta", "the kurta is maroon with a printed pattern", "other_garment_color"),
        color("navy blue"),
        garment_type("jacket", "contradiction"),
        sleeves("long sleeves"),
        material("cotton"),
        title="Vastramay Boys Navy Blue Kurta with Churidar & Maroon Printed Nehru Jacket",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl in a blue denim button-front mini skirt, a pink t-shirt with a white unicorn print, white backdrop.
    # Caption: epoch-3 caption adapter; open answers and material: base model; closed answers: reference engine.
    case(
        "X549-026",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a short skirt. The skirt is with denim fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a pink shirt and a blue skirt", who=GIRL),
        describe("skirt", "the skirt is pink with a unicorn on it", "other_garment_color"),
        color_of("skirt", "blue"),
        is_a("skirt", "yes"),
        material("denim"),
        title="Nauti Nati Girls Blue Denim Button-Front A-Line Mini Skirt",
        category="Skirts",
        color="Blue",
        gender="Girls",
    ),
    # photo: boy with longish hair in a plain mustard yellow t-shirt with a small chest pocket, black shorts, white
    # backdrop. Caption: epoch-3 caption adapter; open answers and material: base model; closed answers: reference
    # engine.
    case(
        "X549-027",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a short shorts. The shorts are with cotton fabric and pure color "
            "patterns.",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a yellow t-shirt and black shorts", who=BOY),
        details("t-shirt", "it has a pocket on the chest"),
        color_of("t-shirt", "mustard"),
        sleeves("short sleeves"),
        material("yes", "non_answer"),
        title="Allen Solly Junior Boys Mustard Yellow Solid Pure Cotton Pocket T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Boys",
    ),
    # photo: girl in a light blue denim dungaree jumpsuit (two buttons on the straps, bib pocket, cuffed hems) over a
    # red and white striped t-shirt, white backdrop. Base model: caption, open answers; reference engine: closed
    # answers.
    case(
        "X549-028",
        caption("a little girl wearing overalls and a striped shirt"),
        wearing("a denim jumpsuit", who=GIRL),
        color_of("jumpsuit", "red and white", "other_garment_color", kind="open"),
        pattern("striped", "contradiction"),
        garment_type("jumpsuit"),
        describe(
            "jumpsuit",
            "it is a blue denim overall with two buttons on the straps and a pocket on the chest and the legs are "
            "rolled up at the bottom and the",
            "cut",
            hit_limit=True,
        ),
        title="Cherry Crumble Girls Blue Denim Dungaree Jumpsuit",
        category="Jumpsuit",
        color="Blue",
        gender="Girls",
    ),
    # photo: boy in an olive green pullover hooded sweatshirt with a kangaroo pocket and no zip, beige chinos, white
    # backdrop. Base model: caption, open answers, material; reference engine: closed answers.
    case(
        "X549-029",
        caption("a young boy in a green hoodie"),
        wearing("a green hoodie and khaki pants", who=BOY),
        details("sweatshirt", "the sweatshirt has a hood and a zipper in the front and a pocket", "unsupported"),
        color_of("sweatshirt", "olive"),
        garment_type("jacket", "contradiction"),
        sleeves("long sleeves"),
        material("i don't know", "non_answer"),
        title="Pantaloons Junior Boys Olive Green Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Olive",
        gender="Boys",
    ),
    # photo: girl in magenta capri leggings and a white t-shirt with a grey cat print, white backdrop. Caption: epoch-1
    # caption adapter; open answers and material: base model; closed answers: reference engine. Feed lacks category.
    case(
        "X549-030",
        caption(
            "a little girl wearing a white t-shirt with a cat on it and pink leggings. The t-shirt is with cotton "
            "fabric and graphic patterns. The leggings are with cotton fabric and pure color patterns. The t-shirt "
            "is with",
            "cut",
            hit_limit=True,
        ),
        wearing("a white shirt and pink pants", who=GIRL),
        color_of("leggings", "white", "other_garment_color"),
        details("leggings", "the leggings details are the details of the leggings", "restated"),
        garment_type("leggings"),
        material(
            "Question: What material is the garment made of? Answer: cotton Question: What material is the garment "
            "made of? Answer: cotton Question",
            "leak",
            hit_limit=True,
        ),
        title="Lil Tomatoes Girls Magenta Solid Capri Leggings",
        color="Magenta",
        gender="Girls",
    ),
    # photo: boy in a light blue chambray shirt, full sleeves rolled up with tabs, two flap chest pockets, black jeans,
    # white backdrop. Base model: caption, open answers, material; reference engine: closed answers.
    case(
        "X549-031",
        caption("a young boy wearing a denim shirt and black jeans"),
        wearing("he is wearing a blue denim shirt and black jeans", who=BOY),
        details("shirt", "it has two pockets on the chest and the sleeves are rolled up"),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        pattern("checked", "contradiction"),
        is_a("shirt", "no", "contradiction"),
        material("denim"),
        title="Pepe Jeans Boys Blue Chambray Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in pigtails in a yellow cotton night suit: short-sleeve top with a sleeping bunny print and yellow and
    # white checked shorts, white backdrop. Base model: caption, open answers, material; reference engine: closed
    # answers.
    case(
        "X549-032",
        caption("a little girl in yellow pajamas"),
        wearing("yellow pajamas", who=GIRL),
        describe("night suit", "the night suit is a night suit", "restated"),
        color("yellow"),
        sleeves("short sleeves"),
        material("it is made of silk", "unsupported"),
        title="YK Girls Yellow Bunny Print Pure Cotton Night Suit",
        category="Night suits",
        color="Yellow",
        gender="Girls",
    ),
    # photo: boy in plain charcoal grey skinny jeans (no rips), a white t-shirt with a black skateboard graphic, grey
    # sneakers, white backdrop. Caption: epoch-1 caption adapter; open answers: base model; closed answers: reference
    # engine.
    case(
        "X549-033",
        caption(
            "a boy wearing a white t-shirt with a skateboard on it and grey jeans. The jeans are with denim fabric "
            "and pure color patterns. The t-shirt is with cotton fabric and graphic patterns. The boy",
            "cut",
            hit_limit=True,
        ),
        wearing("clothes", "non_answer", who=BOY),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        details("jeans", "the jeans are ripped on the knees", "unsupported"),
        garment_type("jeans"),
        color("charcoal"),
        title="Flying Machine Boys Charcoal Grey Skinny Fit Stretchable Jeans",
        category="Jeans",
        color="Charcoal",
        gender="Boys",
    ),
    # photo: girl in a red velvet party frock with long sleeves, a sequinned bodice and a flared net skirt, black shoes,
    # white backdrop. Base model: caption, open answers, material; reference engine: closed answers.
    case(
        "X549-034",
        caption("a little girl in a red dress"),
        wearing("a pink dress and black shoes", "contradiction", who=GIRL),
        describe("frock", "the frock is red velvet with a sparkly top and a net skirt"),
        sleeves("sleeveless", "contradiction"),
        color("red"),
        material("velvet Question: Is this a frock? Answer: yes", "leak"),
        title="Toy Balloon Kids Girls Red Velvet Sequinned Fit and Flare Party Dress",
        category="Dresses",
        color="Red",
        gender="Girls",
    ),
    # photo: flat-lay of a pack of two plain round-neck t-shirts, one grey melange and one navy blue, side by side on a
    # white surface, no child. Base model: caption, open answers, material; reference engine: closed answers.
    case(
        "X549-035",
        caption("two t-shirts with a logo on the chest laid out on a white table", "unsupported"),
        wearing("a t-shirt", who=BOY),
        color("grey"),
        details("t-shirts", "the t-shirts have a round neck and short sleeves"),
        color_of("t-shirts", "black", "contradiction"),
        material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton",
            "loop",
            hit_limit=True,
        ),
        title="Marks & Spencer Boys Pack of 2 Solid Round Neck Pure Cotton T-shirts",
        category="Tshirts",
        color="Multi",
        gender="Boys",
    ),
    # photo: girl in a navy and white breton-striped full-sleeve top, a red A-line skirt, white backdrop. Caption:
    # epoch-3 caption adapter; open answers: base model; closed answers: reference engine.
    case(
        "X549-036",
        caption(
            "The lady wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric. It has a round "
            "neckline. The lady wears a short skirt. The skirt is with cotton fabric and pure color patterns. The "
            "lady wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue and white striped shirt and a red skirt", who=GIRL),
        color_of("top", "red", "other_garment_color"),
        pattern("striped"),
        sleeves("long sleeves"),
        describe("top", "the top is navy and white striped with long sleeves and a bow on the shoulder", "unsupported"),
        title="H&M Girls Navy Blue & White Striped Long Sleeve Top",
        category="Tops",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: boy in navy blue knit shorts with a white drawstring and a red stripe down each side, a plain grey t-shirt,
    # white backdrop. Base model: caption, open answers, material; reference engine: closed answers.
    case(
        "X549-037",
        caption("a young boy wearing a grey shirt and blue shorts"),
        wearing("a grey shirt and navy shorts", who=BOY),
        color_of("shorts", "the color of the shorts is the color of the shorts", "restated", kind="open"),
        details(
            "shorts",
            "they have a drawstring and a red stripe on the side and a red stripe on the side and a red stripe on the "
            "side and a red",
            "loop",
            hit_limit=True,
        ),
        garment_type("shorts"),
        material("polyester", "unsupported"),
        title="Gini and Jony Boys Navy Blue Solid Pure Cotton Regular Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl in a peach georgette lehenga with silver mirror work, an off-white sleeveless choli, a sheer peach net
    # dupatta, white backdrop. Caption: epoch-3 caption adapter; open answers: base model; closed answers: reference
    # engine.
    case(
        "X549-038",
        caption(
            "The gentleman wears a tank shirt with pure color patterns. The shirt is with chiffon fabric. The "
            "gentleman wears a long skirt. The skirt is with chiffon fabric and pure color patterns. There is an "
            "accessory on his",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a peach lehenga and a white top", who=GIRL),
        describe("lehenga", "the lehenga is peach with silver mirror work and a net dupatta"),
        color("white", "other_garment_color"),
        sleeves("sleeveless"),
        is_a("lehenga", "yes"),
        title="Aarika Girls Peach-Coloured Mirror Work Georgette Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Peach",
        gender="Girls",
    ),
    # photo: boy in a maroon full-sleeve shirt with a tiny white dot print and one chest pocket, beige chinos, white
    # backdrop. Caption: epoch-1 caption adapter; open answers and material: base model; closed answers: reference
    # engine.
    case(
        "X549-039",
        caption(
            "a young boy in a maroon shirt with small white dots and beige pants. The shirt is with cotton fabric "
            "and dot patterns. It has long sleeves and a lapel neckline. The pants are with cotton fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a red shirt and khaki pants", who=BOY),
        details(
            "shirt",
            "the shirt has long sleeves and a collar and buttons down the front and a pocket on the left chest and "
            "the sleeves have",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "beige", "other_garment_color"),
        pattern("polka dots"),
        material("cotton"),
        title="Cherokee Boys Maroon Micro Dot Print Slim Fit Casual Shirt",
        category="Shirts",
        color="Maroon",
        gender="Boys",
    ),
    # photo: girl in a sky blue three-tier cotton frock with white lace trim on each tier, short sleeves, loose hair,
    # white shoes, white backdrop. Base model: caption, open answers, material; reference engine: closed answers.
    case(
        "X549-040",
        caption("a little girl in a blue dress with white lace and a hair band", "unsupported"),
        wearing(
            "a blue dress Question: What is the girl wearing? Answer: a blue dress Question: What is the girl "
            "wearing? Answer:",
            "leak",
            who=GIRL,
            hit_limit=True,
        ),
        describe("frock", "the frock is light blue with three tiers and lace on the edges"),
        color("blue"),
        sleeves("short sleeves"),
        pattern("floral", "contradiction"),
        material("the frock is made of cotton"),
        title="Hopscotch Girls Blue Tiered Cotton Dress with Lace Detail",
        category="Dresses",
        color="Blue",
        gender="Girls",
    ),
    # photo: flat-lay of a yellow full-sleeve kurta with mirror work around the band collar and white pyjamas on a white
    # surface, no child. Caption: epoch-3 caption adapter; open answers and material: base model; closed answers:
    # reference engine.
    case(
        "X549-041",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "stand neckline. The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton "
            "fabric",
            "loop",
            hit_limit=True,
        ),
        wearing("a yellow kurta and white pajamas", who=BOY),
        describe("kurta", "the kurta is yellow with mirror work around the neck"),
        garment_type("kurta"),
        color("white", "other_garment_color"),
        is_a("kurta", "yes"),
        material("yellow", "non_answer"),
        title="Jompers Boys Yellow Mirror Work Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Yellow",
        gender="Boys",
    ),
    # photo: flat-lay of a pink tulle tutu skirt with a glittery elastic waistband on a white surface. Base model:
    # caption, open answers, material; reference engine: closed answers. Feed lacks the gender column.
    case(
        "X549-042",
        caption("a pink tutu skirt on a white background"),
        wearing("a pink tutu", who=GIRL),
        describe("skirt", "pink", "non_answer"),
        color("pink"),
        pattern("solid"),
        garment_type("dress", "contradiction"),
        material("tulle"),
        title="Lil Lollipop Girls Pink Tulle Tutu Skirt with Glitter Waistband",
        category="Skirts",
        color="Pink",
    ),
    # photo: boy in a plain grey melange sweatshirt with "ADVENTURE" printed in black on the chest, blue jeans, white
    # backdrop. Base model: caption, open answers, material; reference engine: closed answers.
    case(
        "X549-043",
        caption("a young boy in a grey sweatshirt and jeans"),
        wearing("a grey sweatshirt", who=BOY),
        color_of("sweatshirt", "blue", "other_garment_color"),
        details("sweatshirt", "he is wearing a sweatshirt", "restated"),
        pattern("printed"),
        material("wool", "unsupported"),
        title="Kook N Keech Boys Grey Melange Adventure Printed Cotton Fleece Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Boys",
    ),
    # photo: girl in a sleeveless olive green top with white floral embroidery at the neckline, white shorts, white
    # backdrop, front view only. Caption: epoch-1 caption adapter; open answers: base model; closed answers: reference
    # engine.
    case(
        "X549-044",
        caption(
            "a little girl wearing a green top and white shorts. The top is with cotton fabric and floral patterns. "
            "The shorts are with cotton fabric and pure color patterns. The top is with cotton fabric and floral "
            "patterns.",
            "loop",
            hit_limit=True,
        ),
        wearing("he is wearing a green shirt and white shorts", "pronoun", who=GIRL),
        describe("top", "the top is green with white flowers around the neck and buttons on the back", "unsupported"),
        color("olive"),
        sleeves("sleeveless"),
        color_of("top", "white", "other_garment_color", kind="open"),
        title="Naughty Ninos Girls Olive Green Embroidered Sleeveless Top",
        category="Tops",
        color="Olive",
        gender="Girls",
    ),
    # photo: boy in khaki chino shorts with belt loops and slant pockets, a blue and white checked short-sleeve shirt
    # (no tie), brown loafers, white backdrop. Base model: caption, open answers, material; reference engine: closed
    # answers.
    case(
        "X549-045",
        caption("a young boy in a checkered shirt and khaki shorts"),
        wearing("a blue and white shirt with a tie and beige shorts", "unsupported", who=BOY),
        color_of(
            "shorts",
            "khaki Question: What is the color of the shirt? Answer: blue Question: What is the color of the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        details("shorts", "the shorts have belt loops and pockets"),
        garment_type("shorts"),
        is_a("shorts", "no", "contradiction"),
        material("cotton"),
        title="Allen Solly Junior Boys Khaki Solid Cotton Chino Shorts",
        category="Shorts",
        color="Khaki",
        gender="Boys",
    ),
    # photo: girl in a pink and white striped full-sleeve cotton night suit with a red heart appliqué on the top,
    # holding a grey soft toy, white backdrop. Base model: caption, open answers, material; reference engine: closed
    # answers.
    case(
        "X549-046",
        caption("a little girl in pink pajamas holding a stuffed animal"),
        wearing("pink and white striped pajamas", who=GIRL),
        describe(
            "night suit",
            "the night suit is pink and white stripes with a heart on the front and a heart on the front and a heart "
            "on the front and a heart on the front and",
            "loop",
            hit_limit=True,
        ),
        color("pink"),
        pattern("striped"),
        sleeves("short sleeves", "contradiction"),
        material("cotton"),
        title="Clothing Culture Girls Pink & White Striped Pure Cotton Night Suit",
        category="Night suits",
        color="Pink",
        gender="Girls",
    ),
]
