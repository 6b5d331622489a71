"""BLIND_822 (46 products; older Myntra feed, mixed, caption adapter epoch 3): written blind in the fifty-sixth session.
Measured blind at 030e815 (the session's second rules): 111/121 failures found (91.7%) and 9/168 correct texts flagged
(5.4%). The writer's notes, verbatim:

Scenario: the older Myntra feed of the shared photos' kind, with short seller titles ("Puma Men Yellow Tshirt"),
a mixed men's and women's catalog: t-shirts, shirts, tops, jeans, trousers, track pants, shorts, skirts, dresses,
kurtas, sweaters, sweatshirts and jackets. Photos are product shots on a white backdrop, mostly worn by a model who
also wears other garments (a t-shirt under an open jacket or shirt, jeans or leggings under the product); two are
packshots with no model. Catalog columns as the feed has them: title, category (the seller's article type), color
(the seller's base colour), gender; two rows lack a column (one has no category, one no color).

Who wrote what: every caption and every open answer comes from the caption adapter at epoch 3
(leoreigoto/Data2_V2_Blip2_Finetune_Caption on blip2-opt-2.7b, greedy, 50 new tokens for captions, 30 for answers).
It writes the DeepFashion-MultiModal template ("The lady wears a short-sleeve T-shirt with pure color patterns. The
T-shirt is with cotton fabric and its neckline is round."), names patterns rather than hues in that template, calls
men "the lady" and kurtas "dresses" or "shirts" now and then, and, having no trained end token, often returns the
template for a question and runs on until it is cut or loops. Short questions ("What is she wearing?") still get a
short answer that stops, since the LoRA only touched q/k and the base's newline stop survives there. Closed answers
(garment type, color, pattern, sleeve length, the color-of-garment and "Is this a ...?" questions) come from enrich's
--engine reference ranking the candidates with the same adapter: one candidate each, never a loop or a cut, but
often the color of the other garment in the photo or the wrong garment.

Labeling conventions and judgement calls:
- One failure kind per text, the one a reviewer would name first; a loop that runs to the limit is "loop" (with
  hit_limit=True), not "cut"; a text that leaks the "Question: ... Answer:" format is "leak" even when it then
  repeats itself or runs to the limit (hit_limit=True where it did).
- "cut" is a text that stops mid-sentence at the token limit (hit_limit=True), whatever it said before the cut.
- An open answer that gives the product the color of another garment in the photo is "other_garment_color"; a
  closed answer that picks another garment's color (or any wrong color) is "contradiction", as is a closed pick of
  the wrong garment or pattern, and an open answer that inverts a print ("white with black polka dots" for a black
  top with white dots) or calls the product another garment (a kurta a "dress" or "shirt", a sweatshirt a
  "sweater").
- A kurta called a "top" or a "long top" and a zip or pullover hoodie called a "hoodie" are correct; a cardigan
  answered "sweater" for garment type is correct; mustard answered "yellow", lavender "purple", olive "green",
  charcoal "grey" are correct (same color family).
- Seller labels are not always right: the "Brown" kurta (X822-043) photographs as rust, so "orange" and "rust" are
  labeled correct, judged against the photo, not the seller.
- Invented details the photo does not show (a wrist accessory, a ring, a pocket, a zip, a drawstring hidden under
  a t-shirt, a back zip on a front view, pants on a packshot) are "unsupported"; a material the title or photo
  rules out (leather for a denim or quilted nylon jacket, cotton for a Dri-FIT tee, wool or silk for cotton
  garments) is also "unsupported", not "contradiction".
- "pronoun" is "the lady"/"she" for a Men's product or "the gentleman"/"the man" for a Women's product, in a text
  whose garment words are otherwise right.
- "non_answer" is a bare one-word or yes/no answer to an open question, or only the question's own words back
  ("shorts", "The shorts are short."); "restated" is a sentence that turns the question into its own answer ("The
  shirt details are the details of the shirt.") or opens by echoing the question before answering.
- The packshot of a pack of three tees answered "multi" for color is correct; the caption template of a man
  wearing the tee and long pants for a flat packshot is "unsupported".
- DeepFashion pattern words ("pure color", "lattice" for checks, "mixed patterns" for an ethnic print, "color
  block" for side panels or stripes on track pants) are correct when they fit the photo.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    wearing,
)

garment_type = BLIND_QUESTIONS.garment_type
color = BLIND_QUESTIONS.color
pattern = BLIND_QUESTIONS.pattern
sleeve_length = BLIND_QUESTIONS.sleeve_length
material = BLIND_QUESTIONS.material

BLIND_822 = [
    # photo: man, front view, white backdrop: navy round-neck short-sleeve tee with a small white logo on the left
    # chest, mid-blue jeans. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X822-001",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The gentleman wears a long denim pants."
        ),
        wearing("a navy blue t-shirt and blue jeans", who="he"),
        color_of("t-shirt", "navy blue"),
        garment_type("t-shirt"),
        describe(
            "t-shirt",
            "The T-shirt is with cotton fabric and its neckline is round. The T-shirt is with cotton fabric and its "
            "neckline is round. The T-shirt is",
            "loop",
            hit_limit=True,
        ),
        details("t-shirt", "a small white logo on the left side of the chest"),
        title="Puma Men Navy Blue Tshirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman, front view, white backdrop: sleeveless peach top with pleats at the round neckline, white skinny
    # jeans, no jewellery. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X822-002",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. The "
            "lady wears a long denim pants. There is an accessory on her wrist.",
            "unsupported",
        ),
        wearing("a peach top and white jeans", who="she"),
        color_of("top", "white", "contradiction"),
        pattern("solid"),
        sleeve_length("sleeveless"),
        details("top", "pleats around the round neckline"),
        describe(
            "top",
            "The tank top is with chiffon fabric and its neckline is round. The lady wears a long pants. The pants "
            "are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        title="Vero Moda Women Peach Top",
        category="Tops",
        color="Peach",
        gender="Women",
    ),
    # photo: man, front view, white backdrop: white shirt with a thin blue check, one chest pocket, sleeves rolled
    # to the elbow, dark navy chinos. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X822-003",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The lady wears a long trousers with pure color patterns.",
            "pronoun",
        ),
        wearing(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and it "
            "has a lapel neckline. The gentleman wears a",
            "cut",
            who="he",
            hit_limit=True,
        ),
        color_of("shirt", "white"),
        pattern("checked"),
        details(
            "shirt",
            "the collar, the buttons, the pocket, the collar, the buttons, the pocket, the collar, the buttons, the "
            "pocket, the collar, the",
            "loop",
            hit_limit=True,
        ),
        describe("shirt", "Describe the shirt: the shirt is the shirt he is wearing.", "restated"),
        is_a("shirt", "yes"),
        title="Wrangler Men Check White Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: woman, full length, white backdrop: maroon straight kurta with a gold block print on the yoke,
    # three-quarter sleeves, cream churidar. Caption and open answers: caption adapter epoch 3; closed: reference.
    case(
        "X822-004",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is round. The lady wears leggings.",
            "contradiction",
        ),
        wearing("a maroon kurta with cream leggings", who="she"),
        color_of("kurta", "maroon"),
        garment_type("kurta"),
        describe("kurta", "a maroon kurta with a gold print around the neck and three-quarter sleeves"),
        material(
            "The garment is with cotton fabric and graphic patterns. The garment is with cotton fabric and graphic "
            "patterns. The garment is with",
            "loop",
            hit_limit=True,
        ),
        title="Biba Women Maroon Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: man, full body, white backdrop: mid-blue slim jeans with light whiskering, grey melange crew tee worn
    # untucked, white sneakers, no watch. Caption and open answers: caption adapter epoch 3; closed: reference.
    case(
        "X822-005",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The gentleman wears a long denim "
            "pants. The pants are with denim fabric and pure color patterns."
        ),
        wearing("a grey t-shirt and blue jeans", who="he"),
        color_of("jeans", "grey", "contradiction"),
        details(
            "jeans",
            "The jeans are with denim fabric and pure color patterns. There is an accessory on his wrist.",
            "unsupported",
        ),
        describe("jeans", "slim blue jeans with faded thighs and five pockets"),
        garment_type("jeans"),
        material(
            "Answer: The jeans are with denim fabric and pure color patterns. Answer: The jeans are with denim fabric "
            "and",
            "leak",
            hit_limit=True,
        ),
        title="Levis Men Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: woman, front view, white backdrop: black sleeveless knee-length sheath dress with a round neck, black
    # heels. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X822-006",
        caption(
            "The female wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. The dress "
            "is of knee length. The female wears a sleeveless dress with pure color patterns. The dress is with "
            "cotton",
            "loop",
            hit_limit=True,
        ),
        wearing("a black sleeveless dress", who="she"),
        color_of("dress", "black"),
        sleeve_length("sleeveless"),
        details("dress", "a round neckline, and it is of knee length"),
        describe("dress", "The dress is the dress she is wearing.", "restated"),
        title="Mango Women Black Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: man, white backdrop: grey melange crew-neck sweatshirt with a navy ROADSTER print across the chest,
    # ribbed cuffs and hem, black jeans. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X822-007",
        caption(
            "The gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with knitted fabric and "
            "its neckline is round. The gentleman wears a long denim pants.",
            "contradiction",
        ),
        wearing("a grey sweatshirt with a navy print and black jeans", who="he"),
        color_of("sweatshirt", "grey"),
        pattern("graphic"),
        details("sweatshirt", "ribbed cuffs and hem, and a printed logo across the chest"),
        describe(
            "sweatshirt", "The sweatshirt is black with a round neckline and long sleeves.", "other_garment_color"
        ),
        title="Roadster Men Grey Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman, white backdrop: dark navy skinny jeans, white t-shirt with a small pink floral print tucked in,
    # tan belt. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X822-008",
        caption(
            "The lady wears a short-sleeve T-shirt with floral patterns. The T-shirt is with cotton fabric. The lady "
            "wears a long denim pants. The lady wears a belt."
        ),
        wearing(
            "The lady wears a short-sleeve T-shirt with floral patterns. The T-shirt is with cotton fabric. The lady "
            "wears a long denim pants. The lady wears",
            "cut",
            who="she",
            hit_limit=True,
        ),
        color_of("jeans", "white", "contradiction"),
        garment_type("jeans"),
        details("jeans", "dark wash, skinny fit, worn with a tan belt"),
        is_a("pair of jeans", "yes"),
        title="Only Women Navy Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man, white backdrop: black tapered track pants with two white side stripes, black crew t-shirt worn
    # untucked over the waistband. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X822-009",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The man wears a long pants. The pants are "
            "with cotton fabric and color block patterns."
        ),
        wearing("a black t-shirt and black track pants with white stripes", who="he"),
        color_of("track pants", "black"),
        describe(
            "track pants",
            "The track pants are black with white stripes on the sides and an elastic waistband with a drawstring",
            "unsupported",
        ),
        details("track pants", "track pants", "non_answer"),
        garment_type("track pants"),
        title="Puma Men Black Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: woman, white backdrop: ankle-length flared skirt with an orange, blue and green ethnic print, plain
    # white tank top tucked in. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X822-010",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The lady wears a long skirt. The skirt is "
            "with cotton fabric and mixed patterns."
        ),
        wearing(
            "The lady wears a sleeveless tank top. Question: What is the color of the skirt? Answer: The skirt is with",
            "leak",
            who="she",
            hit_limit=True,
        ),
        color_of("skirt", "white", "contradiction"),
        pattern("printed"),
        details(
            "skirt",
            "The skirt is with cotton fabric and mixed patterns. The skirt is with cotton fabric and mixed patterns. "
            "The skirt is with cotton",
            "loop",
            hit_limit=True,
        ),
        describe("skirt", "a long flared skirt with an orange, blue and green print"),
        title="Global Desi Women Printed Skirt",
        category="Skirts",
        color="Multi",
        gender="Women",
    ),
    # photo: man, white backdrop: olive utility shirt with two flap chest pockets, worn open over a white crew
    # t-shirt, beige chinos; no zips. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X822-011",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it "
            "has a lapel neckline. Inside it he wears a T-shirt. The gentleman wears a long trousers."
        ),
        wearing("an olive shirt over a white t-shirt, and beige trousers", who="he"),
        color_of("shirt", "The shirt is white.", "other_garment_color", kind="open"),
        color("olive"),
        details(
            "shirt", "two flap pockets on the chest, buttons down the front and a zip on the sleeve", "unsupported"
        ),
        is_a("t-shirt", "yes", "contradiction"),
        title="Roadster Men Olive Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: woman, three-quarter view, white backdrop: pink fitted training tee with a white swoosh on the chest,
    # black leggings. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X822-012",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. Its neckline is round. The lady wears a "
            "long leggings."
        ),
        wearing(
            "Question: What is she wearing? Answer: The lady wears a short-sleeve T-shirt with pure color patterns. "
            "The lady",
            "leak",
            who="she",
            hit_limit=True,
        ),
        color_of("t-shirt", "pink"),
        sleeve_length("short"),
        describe("t-shirt", "a pink t-shirt with a white logo on the chest and short sleeves"),
        material("The T-shirt is with cotton fabric.", "unsupported"),
        title="Nike Women Dri-FIT Pink Tshirt",
        category="Tshirts",
        color="Pink",
        gender="Women",
    ),
    # photo: man, white backdrop: black quilted puffer jacket half zipped, stand collar, red crew t-shirt showing
    # under it, blue jeans. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X822-013",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns and a stand collar. Inside it he wears a "
            "T-shirt. The man wears long denim pants."
        ),
        wearing("a black jacket, a red t-shirt and blue jeans", who="he"),
        describe("jacket", "a red quilted jacket with a zip", "other_garment_color"),
        color("black"),
        details(
            "jacket",
            "the quilted panels, the zip, the stand collar, the quilted panels, the zip, the stand collar, the "
            "quilted panels, the zip, the",
            "loop",
            hit_limit=True,
        ),
        garment_type("jacket"),
        material("The jacket is with leather fabric.", "unsupported"),
        title="Fort Collins Men Black Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: woman, white backdrop: lavender long-sleeve formal shirt tucked into a black knee-length pencil skirt.
    # Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X822-014",
        caption(
            "The female is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "it has a lapel neckline. The female wears a knee-length skirt."
        ),
        wearing("a lavender shirt and a black skirt", who="she"),
        color_of("shirt", "purple"),
        describe("shirt", "The shirt is black with long sleeves and a collar.", "other_garment_color"),
        details("shirt", "The shirt details are the details of the shirt.", "restated"),
        pattern("solid"),
        title="Arrow Woman Lavender Shirt",
        category="Shirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: man, white backdrop: khaki chino shorts ending above the knee with side pockets, navy polo t-shirt,
    # brown loafers. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X822-015",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "lady wears a medium short pants.",
            "pronoun",
        ),
        wearing("a navy blue polo t-shirt and khaki shorts", who="he"),
        color_of("shorts", "navy blue", "contradiction"),
        details("shorts", "shorts", "non_answer"),
        describe("shorts", "khaki chino shorts that end above the knee, with side pockets"),
        garment_type("shorts"),
        title="Basics Men Khaki Shorts",
        category="Shorts",
        color="Khaki",
        gender="Men",
    ),
    # photo: woman, white backdrop: mustard cable-knit crew-neck pullover, mid-blue jeans.
    # Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X822-016",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric and its "
            "neckline is round. The lady wears a long denim pants."
        ),
        wearing("a yellow sweater and blue jeans", who="she"),
        color_of("sweater", "yellow"),
        describe("sweater", "The sweater is blue with a cable knit pattern.", "other_garment_color"),
        material("The sweater is with knitted fabric."),
        sleeve_length("long"),
        details(
            "sweater",
            "The sweater is with knitted fabric and its neckline is round. The lady wears a long denim pants. The "
            "pants are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        title="Vero Moda Women Mustard Sweater",
        category="Sweaters",
        color="Mustard",
        gender="Women",
    ),
    # photo: man, full length, white backdrop: white cotton knee-length kurta with a mandarin collar and a short
    # button placket, white churidar, brown juttis. Caption and open answers: caption adapter epoch 3; closed:
    # reference engine.
    case(
        "X822-017",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it "
            "has a stand neckline. The gentleman wears a long pants.",
            "contradiction",
        ),
        wearing("a white kurta and white pyjama", who="he"),
        color_of("kurta", "white"),
        is_a("kurta", "no", "contradiction"),
        details(
            "kurta",
            "The kurta has a mandarin collar and a button placket, and it is of knee length. The kurta has a mandarin "
            "collar and a button placket",
            "loop",
            hit_limit=True,
        ),
        garment_type("kurta"),
        title="Fabindia Men White Kurta",
        category="Kurtas",
        color="White",
        gender="Men",
    ),
    # photo: woman, white backdrop: white crew-neck tee with a black cat graphic on the front and no pocket,
    # light-blue denim shorts. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X822-018",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a three-point shorts. The shorts are with denim fabric."
        ),
        wearing("a white graphic t-shirt and denim shorts", who="she"),
        color_of("t-shirt", "The t-shirt is blue.", "other_garment_color", kind="open"),
        pattern("graphic"),
        details("t-shirt", "a black cat printed on the front"),
        describe("t-shirt", "The T-shirt is white with a black print and a pocket on the chest.", "unsupported"),
        title="Tokyo Talkies Women White Tshirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: man, white backdrop: solid red pique polo with white tipping on the collar, a navy embroidered logo and
    # a two-button placket, beige chinos. Caption and open answers: caption adapter epoch 3; closed: reference.
    case(
        "X822-019",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and it has a lapel neckline. The gentleman wears a long trousers."
        ),
        wearing(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and it has a lapel neckline. The gentleman",
            "cut",
            who="he",
            hit_limit=True,
        ),
        color_of("t-shirt", "red"),
        details(
            "t-shirt",
            "the collar, the buttons, the logo, the collar, the buttons, the logo, the collar, the buttons, the logo, "
            "the collar, the buttons,",
            "loop",
            hit_limit=True,
        ),
        describe("t-shirt", "The T-shirt is red with white stripes.", "contradiction"),
        pattern("solid"),
        garment_type("t-shirt"),
        title="US Polo Men Red Polo Tshirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: woman, white backdrop: sea-green A-line kurta with a small white floral print, long sleeves, V-neck,
    # white palazzo pants. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X822-020",
        caption(
            "The lady wears a long-sleeve top with floral patterns. The top is with cotton fabric and its neckline is "
            "V-shape. The lady wears a long pants. The pants are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a green floral kurta and white palazzo pants", who="she"),
        color_of("kurta", "green"),
        pattern("floral"),
        describe("kurta", "The kurta is white and has long sleeves.", "other_garment_color"),
        sleeve_length("long"),
        details("kurta", "The kurta details are the details on the kurta.", "restated"),
        title="W Women Green Kurta",
        category="Kurtas",
        color="Sea Green",
        gender="Women",
    ),
    # photo: man, white backdrop: charcoal grey flat-front formal trousers, light-blue formal shirt tucked in,
    # black belt, black shoes. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X822-021",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The "
            "gentleman wears a long trousers. The trousers are with cotton fabric and pure color patterns. The "
            "gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a light blue shirt, dark grey trousers and a black belt", who="he"),
        color_of("trousers", "blue", "contradiction"),
        describe("trousers", "The trousers are light blue formal trousers.", "other_garment_color"),
        details("trousers", "the details of the trousers are the trousers details", "restated"),
        garment_type("trousers"),
        title="Arrow Men Charcoal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: woman, white backdrop: black top with small white polka dots, short puff sleeves, round neck, blue
    # jeans. Row without a category. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X822-022",
        caption(
            "The gentleman wears a short-sleeve shirt with graphic patterns. The shirt is with chiffon fabric and its "
            "neckline is round. The gentleman wears a long denim pants.",
            "pronoun",
        ),
        wearing(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with chiffon fabric and its "
            "neckline is round. The lady wears a long",
            "cut",
            who="she",
            hit_limit=True,
        ),
        color_of("top", "black"),
        pattern("printed"),
        details("top", "white polka dots and puff sleeves"),
        describe("top", "The top is white with black polka dots.", "contradiction"),
        title="Harpa Women Black Top",
        color="Black",
        gender="Women",
    ),
    # photo: man, white backdrop: navy V-neck pullover sweater, no zip, over a white collared shirt whose collar
    # and cuffs show, khaki chinos. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X822-023",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric and its "
            "neckline is V-shape. The lady wears a long trousers.",
            "pronoun",
        ),
        wearing("a navy sweater over a white shirt, and khaki trousers", who="he"),
        color_of("sweater", "navy blue"),
        describe("sweater", "The sweater is white with a V-neck.", "other_garment_color"),
        details("sweater", "the V-neck, the ribbed cuffs and a zip on the chest", "unsupported"),
        garment_type("sweater"),
        title="Indian Terrain Men Navy Sweater",
        category="Sweaters",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman, white backdrop: olive utility jacket worn open over a black tank top, flap chest pockets, snap
    # buttons, drawstring waist, blue jeans. Caption and open answers: caption adapter epoch 3; closed: reference.
    case(
        "X822-024",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. Inside it she wears a tank top. The lady "
            "wears a long denim pants."
        ),
        wearing("an olive green jacket over a black top, and blue jeans", who="she"),
        color_of("jacket", "black", "contradiction"),
        describe(
            "jacket",
            "The jacket is with cotton fabric and pure color patterns. The jacket is with cotton fabric and pure "
            "color patterns. The jacket is with cotton fabric",
            "loop",
            hit_limit=True,
        ),
        details("jacket", "flap pockets on the chest, snap buttons and a drawstring at the waist"),
        is_a("jacket", "yes"),
        title="Roadster Women Olive Jacket",
        category="Jackets",
        color="Olive",
        gender="Women",
    ),
    # photo: packshot, no model: yellow round-neck short-sleeve tee laid flat on a white backdrop, black Puma cat
    # logo on the chest. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X822-025",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The gentleman wears a long pants.",
            "unsupported",
        ),
        wearing("a yellow t-shirt", who="he"),
        color_of("t-shirt", "yellow"),
        details("t-shirt", "a black logo on the chest"),
        describe("t-shirt", "yes", "non_answer"),
        sleeve_length("short"),
        title="Puma Men Yellow Tshirt",
        category="Tshirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: woman, white backdrop: royal-blue midi wrap dress with a small white floral print, short flutter
    # sleeves, V-neck, nude heels. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X822-026",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric and its "
            "neckline is V-shape. The dress is of medium length."
        ),
        wearing(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric and its "
            "neckline is V-shape. The dress is",
            "cut",
            who="she",
            hit_limit=True,
        ),
        color_of("dress", "blue"),
        details(
            "dress",
            "Question: What are the dress details? Answer: The dress is with chiffon fabric and its neckline is "
            "V-shape.",
            "leak",
        ),
        describe("dress", "The dress is white with floral patterns.", "contradiction"),
        pattern("floral"),
        title="Femella Women Blue Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: man, white backdrop: black slim jeans, maroon long-sleeve henley t-shirt, white sneakers.
    # Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X822-027",
        caption(
            "The gentleman wears a long-sleeve T-shirt with pure color patterns. The gentleman wears a long denim "
            "pants. The pants are with denim fabric and pure color patterns. The gentleman wears a long denim pants. "
            "The pants",
            "loop",
            hit_limit=True,
        ),
        wearing("She wears a maroon t-shirt and black jeans.", "pronoun", who="he"),
        color_of("jeans", "black"),
        details("jeans", "The jeans are maroon with five pockets.", "other_garment_color"),
        garment_type("jeans"),
        material("denim"),
        describe("jeans", "The jeans he is wearing are the jeans.", "restated"),
        title="Spykar Men Black Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: woman, white backdrop: light-blue denim shorts with a frayed, rolled hem, white crop top, no rings or
    # other jewellery. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X822-028",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The lady wears a three-point shorts. The "
            "shorts are with denim fabric and pure color patterns. The lady wears a ring on her finger.",
            "unsupported",
        ),
        wearing("a white crop top and blue denim shorts", who="she"),
        color_of("shorts", "blue"),
        details("shorts", "a frayed hem and rolled-up edges"),
        describe("shorts", "The shorts are short.", "non_answer"),
        garment_type("skirt", "contradiction"),
        title="Denizen Women Blue Shorts",
        category="Shorts",
        color="Blue",
        gender="Women",
    ),
    # photo: man, white backdrop: maroon solid long-sleeve shirt with a chest pocket, tucked into dark blue jeans,
    # brown belt. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X822-029",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it "
            "has a lapel neckline. The gentleman wears a long denim pants."
        ),
        wearing("a maroon shirt and blue jeans", who="he"),
        color_of("shirt", "brown", "contradiction"),
        describe(
            "shirt",
            "The shirt is maroon with long sleeves, a pointed collar, a chest pocket and buttons down the front, and "
            "it is tucked into the",
            "cut",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        pattern("solid"),
        details(
            "shirt",
            "Answer: the pocket and the buttons Question: What is the color of the shirt? Answer: maroon",
            "leak",
        ),
        title="Genesis Men Maroon Shirt",
        category="Shirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: woman, white backdrop: pink cotton pullover hoodie with a white Puma print and a kangaroo pocket, grey
    # joggers. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X822-030",
        caption(
            "The lady wears a long-sleeve hoodie with graphic patterns. The hoodie is with cotton fabric. The lady "
            "wears long pants with pure color patterns."
        ),
        wearing("a pink hoodie and grey pants", who="she"),
        color_of("sweatshirt", "pink"),
        describe("sweatshirt", "The sweatshirt is grey with a white print.", "other_garment_color"),
        details("sweatshirt", "a hood with drawstrings, a kangaroo pocket and a white logo on the front"),
        material("The garment is made of wool.", "unsupported"),
        title="Puma Women Pink Sweatshirt",
        category="Sweatshirts",
        color="Pink",
        gender="Women",
    ),
    # photo: man, white backdrop: mid-blue denim trucker jacket worn open over a white crew t-shirt, black jeans.
    # Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X822-031",
        caption(
            "The gentleman wears a long-sleeve denim jacket with pure color patterns. Inside it he wears a T-shirt. "
            "The gentleman wears a long denim pants."
        ),
        wearing(
            "The lady wears a long-sleeve denim jacket with pure color patterns. Inside it she wears a T-shirt.",
            "pronoun",
            who="he",
        ),
        color_of("jacket", "blue"),
        material("The jacket is with leather fabric.", "unsupported"),
        details("jacket", "button flap pockets on the chest, a pointed collar and buttoned cuffs"),
        describe("jacket", "The jacket is white with long sleeves.", "other_garment_color"),
        title="Wrangler Men Blue Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: woman, white backdrop: beige high-waist wide-leg trousers with a self belt and side pockets, black
    # sleeveless top tucked in. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X822-032",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The lady wears long trousers. The "
            "trousers are with cotton fabric and pure color patterns."
        ),
        wearing("a black top and beige trousers", who="she"),
        color_of("trousers", "beige"),
        describe("trousers", "The trousers are black and wide.", "other_garment_color"),
        details("trousers", "wide legs, a high waist with a self belt, and side pockets"),
        garment_type("trousers"),
        material(
            "The trousers are with cotton fabric and pure color patterns. The lady wears a sleeveless tank top with "
            "pure color patterns. The tank top is",
            "cut",
            hit_limit=True,
        ),
        title="Vero Moda Women Beige Trousers",
        category="Trousers",
        color="Beige",
        gender="Women",
    ),
    # photo: man, white backdrop: grey melange V-neck short-sleeve tee without a pocket, navy track pants.
    # Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X822-033",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is V-shape. The gentleman wears a long pants."
        ),
        wearing("What is he wearing? He is wearing a grey t-shirt and navy pants.", "restated", who="he"),
        color_of("t-shirt", "grey"),
        sleeve_length("short"),
        describe(
            "t-shirt",
            "The T-shirt is with cotton fabric and its neckline is V-shape. The T-shirt is with cotton fabric and its "
            "neckline is V-shape. The",
            "loop",
            hit_limit=True,
        ),
        details("t-shirt", "a V-neck, short sleeves and a chest pocket", "unsupported"),
        title="Proline Men Grey Tshirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman, front view, white backdrop: black pleated mini skirt, white long-sleeve shirt tucked in; the
    # back of the skirt is not visible. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X822-034",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The lady wears a short skirt. The skirt is with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a white shirt and a short black skirt", who="she"),
        color_of("skirt", "black"),
        garment_type("skirt"),
        describe("skirt", "The skirt is white and pleated.", "other_garment_color"),
        details("skirt", "pleats all around and a zip at the back", "unsupported"),
        title="Mango Women Black Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: man, white backdrop: sky-blue shirt with thin white vertical stripes and a button-down collar, navy
    # trousers. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X822-035",
        caption(
            "The gentleman wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric and it has "
            "a lapel neckline. The gentleman wears a long trousers."
        ),
        wearing("a blue striped shirt and navy trousers", who="he"),
        pattern("striped"),
        color_of("shirt", "white", "contradiction"),
        details(
            "shirt",
            "Question: What are the shirt details? Answer: The shirt is with cotton fabric. Question: What are the "
            "shirt details? Answer: The",
            "leak",
            hit_limit=True,
        ),
        describe("shirt", "a light blue shirt with thin white stripes and a button-down collar"),
        title="Peter England Men Blue Striped Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: woman, white backdrop: olive round-neck tee with rolled sleeve hems, light-blue jeans.
    # Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X822-036",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long denim pants."
        ),
        wearing("green", "non_answer", who="she"),
        color_of("t-shirt", "green"),
        describe("t-shirt", "an olive green t-shirt with rolled-up sleeves"),
        details(
            "t-shirt",
            "rolled sleeves, the rolled sleeves, the rolled sleeves, the rolled sleeves, the rolled sleeves, the "
            "rolled sleeves, the",
            "loop",
            hit_limit=True,
        ),
        is_a("t-shirt", "yes"),
        title="United Colors of Benetton Women Olive Tshirt",
        category="Tshirts",
        color="Olive",
        gender="Women",
    ),
    # photo: man, white backdrop: navy full-zip hooded sweatshirt zipped up, white HRX print on the chest, black
    # track pants, no watch. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X822-037",
        caption(
            "The gentleman wears a long-sleeve hoodie with graphic patterns. The hoodie is with cotton fabric. There "
            "is an accessory on his wrist. The gentleman wears a long pants.",
            "unsupported",
        ),
        wearing("a navy blue hoodie and black track pants", who="he"),
        color_of("sweatshirt", "black", "contradiction"),
        garment_type("sweatshirt"),
        details("sweatshirt", "a full-length zip, a hood and a white print on the chest"),
        describe(
            "sweatshirt",
            "The sweatshirt is with cotton fabric and graphic patterns. It has a hood. The sweatshirt is with cotton "
            "fabric and graphic patterns. It has a",
            "loop",
            hit_limit=True,
        ),
        title="HRX Men Navy Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman, white backdrop: indigo straight cotton kurta with small white printed motifs, three-quarter
    # sleeves, side slits, white churidar. Caption and open answers: caption adapter epoch 3; closed: reference.
    case(
        "X822-038",
        caption(
            "The lady wears a medium-sleeve top with mixed patterns. The top is with cotton fabric and its neckline is "
            "round. The lady wears leggings."
        ),
        wearing(
            "The lady wears a medium-sleeve top with mixed patterns. The top is with cotton fabric and its neckline "
            "is round. The lady wears leggings. The lady",
            "cut",
            who="she",
            hit_limit=True,
        ),
        color_of("kurta", "blue"),
        is_a("kurta", "yes"),
        describe("kurta", "an indigo kurta with small white motifs, three-quarter sleeves and side slits"),
        material("The garment is with silk fabric.", "unsupported"),
        title="Aurelia Women Blue Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: man, white backdrop: navy slim chinos with rolled hems, white linen shirt worn untucked with sleeves
    # rolled. Row without a color. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X822-039",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric",
            "cut",
            hit_limit=True,
        ),
        wearing("a white shirt and navy chinos", who="he"),
        color_of("trousers", "navy blue"),
        describe("trousers", "The trousers are white cotton chinos.", "other_garment_color"),
        details(
            "trousers",
            "slim fit and rolled hems Question: What is the color of the trousers? Answer: navy blue",
            "leak",
        ),
        garment_type("trousers"),
        title="Basics Men Navy Chinos",
        category="Trousers",
        gender="Men",
    ),
    # photo: woman, white backdrop: red off-shoulder top with a ruffle layer and short sleeves, blue jeans.
    # Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X822-040",
        caption(
            "The lady wears a short-sleeve top with pure color patterns. The top is with chiffon fabric and its "
            "neckline is other. The lady wears a long denim pants."
        ),
        wearing("a red off-shoulder top and blue jeans", who="she"),
        color_of("top", "red"),
        sleeve_length("short"),
        details("top", "a ruffle and a round neckline", "unsupported"),
        describe(
            "top",
            "Question: Describe the top. Answer: The top is red. Question: Describe the top. Answer: The top is red. "
            "Question:",
            "leak",
            hit_limit=True,
        ),
        is_a("dress", "yes", "contradiction"),
        title="Tokyo Talkies Women Red Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: man, white backdrop: grey running shorts with a black elastic waistband and black side panels, black
    # training t-shirt. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X822-041",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The man wears a three-point shorts. The "
            "shorts are with cotton fabric and color block patterns."
        ),
        wearing("a black t-shirt and grey shorts", who="he"),
        color_of("shorts", "black", "contradiction"),
        describe("shorts", "The shorts are black running shorts.", "other_garment_color"),
        details("shorts", "no", "non_answer"),
        is_a("pair of shorts", "yes"),
        title="Nike Men Grey Shorts",
        category="Shorts",
        color="Grey",
        gender="Men",
    ),
    # photo: woman, white backdrop: light-blue distressed boyfriend jeans with knee rips and rolled hems, navy and
    # white striped t-shirt. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X822-042",
        caption(
            "The lady wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long denim pants. The pants are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a striped t-shirt and ripped blue jeans", who="she"),
        color_of("jeans", "blue"),
        pattern("striped", "contradiction"),
        describe(
            "jeans",
            "The jeans are with denim fabric and pure color patterns. The jeans are with denim fabric and pure color "
            "patterns. The jeans are with",
            "loop",
            hit_limit=True,
        ),
        details("jeans", "rips at the knees and rolled-up hems"),
        title="Roadster Women Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: man, white backdrop: long kurta that photographs rust (burnt orange), not brown, with a mandarin collar,
    # button placket and a tonal embroidered yoke, cream pyjama. Caption and open answers: caption adapter epoch 3;
    # closed: reference engine.
    case(
        "X822-043",
        caption(
            "The lady wears a long-sleeve top with pure color patterns. The top is with other fabric and it has a "
            "stand neckline. The lady wears a long pants.",
            "pronoun",
        ),
        wearing("a rust kurta and cream pyjama", who="he"),
        color("orange"),
        garment_type("kurta"),
        details(
            "kurta",
            "a mandarin collar, a button placket and an embroidered yoke, a mandarin collar, a button placket and an "
            "embroidered yoke, a",
            "loop",
            hit_limit=True,
        ),
        describe("kurta", "The kurta is cream with long sleeves.", "other_garment_color"),
        title="Manyavar Men Brown Kurta",
        category="Kurtas",
        color="Brown",
        gender="Men",
    ),
    # photo: woman, white backdrop: grey long open-front cardigan with no buttons and two patch pockets, white
    # t-shirt, black jeans. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X822-044",
        caption(
            "The lady wears a long-sleeve cardigan with pure color patterns. Inside it she wears a T-shirt. The lady "
            "wears a long pants."
        ),
        wearing(
            "The lady wears a long-sleeve cardigan with pure color patterns. Inside it she wears a T-shirt. The lady "
            "wears a long pants. The lady wears a",
            "cut",
            who="she",
            hit_limit=True,
        ),
        color_of("cardigan", "white", "contradiction"),
        garment_type("sweater"),
        material("The cardigan is with knitted fabric."),
        details("cardigan", "an open front with no buttons and two patch pockets"),
        describe("cardigan", "cardigan", "non_answer"),
        title="Only Women Grey Cardigan",
        category="Sweaters",
        color="Grey",
        gender="Women",
    ),
    # photo: packshot, no model: three folded round-neck tees without pockets (black, white, olive) stacked on a
    # white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X822-045",
        caption(
            "The T-shirt is with cotton fabric and its neckline is round. The T-shirt is with cotton fabric and its "
            "neckline is round. The T-shirt is with cotton fabric and its neckline is round. The T-shirt is with",
            "loop",
            hit_limit=True,
        ),
        wearing("three t-shirts in black, white and green", who="he"),
        color("multi"),
        garment_type("t-shirt"),
        describe("t-shirt", "a pack of three plain t-shirts in black, white and olive"),
        is_a("t-shirt", "yes"),
        details("t-shirt", "The T-shirt is with a pocket on the chest.", "unsupported"),
        title="Campbell Men Pack of 3 Tshirts",
        category="Tshirts",
        color="Multi",
        gender="Men",
    ),
    # photo: woman, side angle, white backdrop: red sleeveless V-neck maxi dress with a thin black belt and a side
    # slit. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X822-046",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is V-shape. The dress is of long length. The lady wears a belt."
        ),
        wearing("The man wears a long sleeveless dress with a belt.", "pronoun", who="she"),
        color_of("dress", "black", "contradiction"),
        sleeve_length("sleeveless"),
        details("dress", "a V-neck, a thin black belt at the waist and a slit at the side"),
        describe("dress", "a long red dress"),
        title="Athena Women Red Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
]
