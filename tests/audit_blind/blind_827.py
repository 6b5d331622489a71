"""BLIND_827 (46 products; Myntra women's winterwear, epoch-1 caption LoRA): written blind in the fifty-sixth session.
Measured blind at 4c2dc86 (the session's third rules): 117/133 failures found (88.0%) and 11/189 correct texts flagged
(5.8%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's winterwear (pullovers, cardigans, shrugs, jackets, blazers, coats): studio
product shots on a white or light grey backdrop, the garment worn by a model over or with other clothes (tees, tank
tops, turtlenecks, jeans, skirts, dresses), a few with bags, hats or jewellery. Seller columns: title, category
(Myntra article type), color (Myntra base colour), gender; a few rows lack one column.

Who wrote what: every caption and every open answer is free generation by the caption adapter after its first epoch
(leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch on blip2-opt-2.7b, greedy, 50 tokens for captions, 30 for
answers). Its captions follow the DeepFashion-MultiModal template ("The lady wears a long-sleeve sweater with pure
color patterns. The sweater is with knitting fabric. It has a round neckline."), name patterns and fabrics but no
hues, often invent template accessories (ring, wrist accessory, hat), and, with no end token trained, often run to the
limit (cut mid-sentence) or repeat their first sentences. At epoch 1 the base model's question answering survives in
part: short open answers often stop on their own and name hues, but they carry the base's habits (one color for two
garments, the color of the top or jeans under the product, the `Question: ... Answer:` format continued, he for a
woman, a one-word reply to an open question). Some open answers fall back to the caption template. Closed answers
(garment_type, color, pattern, sleeve_length, neckline, is_a) come from enrich's reference engine over the same
adapter: one candidate value each, never looping or cut.

Labeling conventions and judgement calls:
- One label per text: where a text has two faults, the label is the one a reader meets first or that dominates
  (a cut caption that also says "cotton" is labeled cut; a leak that then repeats is labeled leak).
- cut: a text that hit its token limit and stops mid-phrase (hit_limit=True). loop: a text that repeats a sentence
  or list at least twice in a row and runs to the limit (hit_limit=True). A sentence said twice then cut is a cut.
- other_garment_color: the product's color answer (closed or open) is the color of another worn garment (inner tee,
  jeans, dress, trousers). contradiction also covers: a wrong hue not taken from any other garment, the inner
  garment's pattern, sleeve length or type given as the product's, a yes/no garment answer the photo and seller
  contradict, one color given to two garments ("grey sweater and grey pants" when the pants are black), and a
  fabric the seller's title contradicts (cotton for a wool blend, acrylic or cashmere).
- Color synonyms and shades count as correct: mustard = yellow, burgundy/wine = maroon, teal = blue, off-white or
  cream = white, camel/tan = brown, khaki = beige, peach = pink, lavender/mauve = purple, lime/sea green = green. A
  multi-color answer that lists the product's own colors is correct; khaki answered "green" is a contradiction.
- Garment type: a shrug answered "cardigan", a coat "jacket", a blazer "jacket", a vest/gilet "vest", a cardigan
  "sweater" are correct; a shacket answered "shirt" against the seller's Jackets is a contradiction.
- Material: a fiber named in the title is the truth. Where the title names none, a construction or surface the photo
  shows (knit, knitting fabric, crochet, lace, denim, leather-look, fur, sherpa, corduroy) is correct, and a fiber
  (wool, cotton, polyester, cashmere) is unsupported. The template's fabric for the other garments (jeans "denim",
  leggings "cotton") is not labeled.
- unsupported: an invented detail (hood, belt, chest pocket, elbow patches, reindeer, ring, hat, wrist accessory
  absent from the photo), including a detail of another garment given to the product (a hoodie's hood on a jacket).
- non_answer: an empty, yes/no or one-word reply to an open question, or a reply about something else entirely.
  restated: a sentence that gives the question's words back with no attribute.
- pronoun: he/his/gentleman for a product whose gender is Women. Rows without gender carry no pronoun label.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    question,
    wearing,
)

Q = BLIND_QUESTIONS
neckline = question("neckline", "What is the neckline of the garment?", "closed")

BLIND_827 = [
    # photo: mustard yellow ribbed crew-neck pullover, long sleeves, tucked into blue skinny jeans; white backdrop,
    # front view. Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X827-001",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It has"
            " a round neckline. The trousers this lady wears is of long length. The trousers are with denim fabric and"
            " pure",
            failure="cut",
            hit_limit=True,
        ),
        wearing("a yellow sweater and blue jeans", who="she"),
        Q.color("mustard"),
        Q.garment_type("sweater"),
        Q.sleeve_length("long"),
        Q.material("The sweater is with knitting fabric."),
        describe("sweater", "a mustard yellow ribbed sweater with a round neck and long sleeves, tucked into jeans"),
        title="Roadster Women Mustard Solid Pullover Sweater",
        category="Sweaters",
        color="Mustard",
        gender="Women",
    ),
    # photo: long black open-front shrug over a white tee with a pink floral graphic, light blue jeans; white
    # backdrop. Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X827-002",
        caption(
            "Her T-shirt has short sleeves, cotton fabric and graphic patterns. It has a round neckline. This lady also"
            " wears an outer clothing, with cotton fabric and pure color patterns. The trousers are of long length. The"
            " trousers are",
            failure="cut",
            hit_limit=True,
        ),
        Q.color("white", failure="other_garment_color"),
        Q.garment_type("cardigan"),
        wearing("a black shrug over a white t-shirt and jeans", who="the woman"),
        color_of("shrug", "white", failure="other_garment_color", kind="open"),
        details("shrug", "the shrug is long and open at the front with no buttons"),
        Q.pattern("graphic", failure="contradiction"),
        title="ONLY Women Black Solid Longline Shrug",
        category="Shrug",
        color="Black",
        gender="Women",
    ),
    # photo: navy blue quilted puffer jacket with an attached hood, zipped up, black leggings; white backdrop.
    # Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X827-003",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a"
            " standing neckline. The lady wears a long-sleeve jacket with pure color patterns. The jacket is with"
            " cotton fabric. It has",
            failure="loop",
            hit_limit=True,
        ),
        Q.color("navy blue"),
        color_of("jacket", "blue", kind="open"),
        wearing("a blue puffer jacket with a hood", who="she"),
        Q.material("cotton", failure="unsupported"),
        is_a("jacket", "yes"),
        describe(
            "jacket",
            "a navy quilted jacket with a hood and a zip front. Question: What is the color of the jacket? Answer:"
            " navy",
            failure="leak",
        ),
        title="Fort Collins Women Navy Blue Solid Padded Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: grey melange cable-knit crew-neck sweater, black straight trousers; white backdrop, three-quarter view.
    # Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X827-004",
        caption(
            "This woman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It"
            " has a round neckline. The pants this woman wears is of long length. The pants are with cotton fabric and"
            " pure color patterns."
        ),
        Q.color("grey"),
        Q.pattern("solid"),
        wearing("a grey sweater and grey pants", failure="contradiction", who="she"),
        details("sweater", "cable knit pattern on the front and the sleeves, ribbed cuffs and hem"),
        Q.material("wool", failure="unsupported"),
        Q.sleeve_length("long"),
        title="Mast & Harbour Women Grey Melange Cable Knit Sweater",
        category="Sweaters",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: knee-length camel double-breasted overcoat with notch lapels and a self belt, over a black turtleneck
    # and black trousers, black handbag in hand; white backdrop. Caption and open answers: caption adapter epoch 1;
    # closed: reference engine.
    case(
        "X827-005",
        caption(
            "The female wears a long-sleeve outer clothing with pure color patterns. It has a lapel neckline. The outer"
            " clothing is with cotton fabric. There is an accessory in her hand. The trousers are of long length.",
            failure="contradiction",
        ),
        Q.color("brown"),
        Q.garment_type("coat"),
        color_of("coat", "black", failure="other_garment_color", kind="open"),
        wearing("a brown coat over a black sweater, black pants and a black bag", who="she"),
        details("coat", "double breasted with two rows of buttons, notched lapels and a belt at the waist"),
        Q.material("wool"),
        title="Vero Moda Women Camel Brown Solid Wool Blend Overcoat",
        category="Coats",
        color="Camel Brown",
        gender="Women",
    ),
    # photo: maroon cropped open-front shrug with elbow-length sleeves over a black sleeveless bodycon dress; white
    # backdrop. Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X827-006",
        caption(
            "Her dress has no sleeves, cotton fabric and pure color patterns. It has a round neckline. This lady also"
            " wears an outer clothing, with knitting fabric and pure color patterns. The outer clothing has medium"
            " sleeves. The dress is of",
            failure="cut",
            hit_limit=True,
        ),
        Q.color("black", failure="other_garment_color"),
        Q.sleeve_length("three-quarter"),
        wearing("a maroon shrug over a black dress", who="the woman"),
        describe("shrug", "a shrug", failure="non_answer"),
        color_of(
            "shrug", "maroon Question: What is the color of the dress? Answer: black", failure="leak", kind="open"
        ),
        Q.garment_type("cardigan"),
        title="Sassafras Women Maroon Open Front Crop Shrug",
        category="Shrug",
        color="Maroon",
        gender="Women",
    ),
    # photo: olive green bomber jacket with ribbed navy collar, cuffs and hem, zip pocket on the left sleeve, worn
    # open over a white tee, blue jeans; white backdrop. Caption and open answers: caption adapter epoch 1; closed:
    # reference engine.
    case(
        "X827-007",
        caption(
            "The person wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a"
            " standing neckline. The person wears a long-sleeve jacket with pure color patterns. The jacket is with"
            " cotton fabric.",
            failure="loop",
            hit_limit=True,
        ),
        Q.color("olive"),
        color_of("jacket", "white", failure="other_garment_color", kind="open"),
        wearing("he is wearing a green jacket and blue jeans", failure="pronoun", who="she"),
        details("jacket", "ribbed collar, cuffs and hem, a zip front and a pocket on the left sleeve"),
        Q.material("polyester", failure="unsupported"),
        is_a("jacket", "yes"),
        title="HERE&NOW Women Olive Green Solid Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Women",
    ),
    # photo: baby pink pointelle-knit cardigan, V-neck, buttoned with small pearl-look buttons, black jeans, a silver
    # watch on her left wrist; white backdrop. Caption and open answers: caption adapter epoch 1; closed: reference
    # engine.
    case(
        "X827-008",
        caption(
            "This lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitting fabric. It"
            " has a V-shape neckline. The trousers this lady wears is of long length. There is an accessory on her"
            " wrist. The",
            failure="cut",
            hit_limit=True,
        ),
        Q.color("pink"),
        describe(
            "cardigan",
            "a light pink knit cardigan with a v neck, small white buttons down the front and an open-work pattern",
        ),
        Q.material("knitted"),
        color_of(
            "cardigan",
            "light pink Question: What is the color of the jeans? Answer: black",
            failure="leak",
            kind="open",
        ),
        wearing("a pink sweater and black jeans", who="she"),
        title="Tokyo Talkies Women Pink Self Design Cardigan",
        category="Sweaters",
        color="Pink",
        gender="Women",
    ),
    # photo: black faux-leather biker jacket with an asymmetric silver zip, zipped cuffs and a buckled hem belt, worn
    # open over a red-and-white horizontally striped top, blue jeans; white backdrop. Caption and open answers:
    # caption adapter epoch 1; closed: reference engine.
    case(
        "X827-009",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a round"
            " neckline. This lady also wears an outer clothing, with leather fabric and pure color patterns. The lady"
            " wears a long",
            failure="cut",
            hit_limit=True,
        ),
        Q.color("red", failure="other_garment_color"),
        Q.pattern("striped", failure="contradiction"),
        Q.garment_type("jacket"),
        Q.material("leather"),
        details("jacket", "silver zips on the front and the cuffs, a belt at the hem and notch lapels"),
        wearing("a black leather jacket, a red and white striped top and jeans", who="she"),
        color_of("jacket", "black", kind="open"),
        title="Harpa Women Black Solid Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: off-white cable-knit turtleneck sweater with a brown-and-beige plaid mini skirt; light grey backdrop.
    # Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X827-010",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It has"
            " a standing neckline. The skirt this lady wears is of medium short length. The skirt is with cotton fabric"
            " and lattice patterns."
        ),
        Q.color("white"),
        color_of("sweater", "brown", failure="other_garment_color", kind="open"),
        neckline("high neck"),
        wearing("a white sweater and a brown plaid skirt", who="the woman"),
        Q.material("cotton", failure="contradiction"),
        details(
            "sweater",
            "the sweater has cable knit on the front, the sleeves, the back, the front, the sleeves, the back, the"
            " front, the sleeves, the back, the front",
            failure="loop",
            hit_limit=True,
        ),
        title="DressBerry Women Off-White Cable Knit Acrylic Turtleneck Sweater",
        category="Sweaters",
        color="Off White",
        gender="Women",
    ),
    # photo: red single-breasted longline coat, buttoned, notch lapels, two welt pockets, black tights and black ankle
    # boots; white backdrop. Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X827-011",
        caption(
            "The female wears a long-sleeve outer clothing with pure color patterns. It has a lapel neckline. The outer"
            " clothing is with cotton fabric. The female wears a long-sleeve outer clothing with pure color patterns."
            " It has a lapel",
            failure="loop",
            hit_limit=True,
        ),
        Q.color("red"),
        Q.garment_type("coat"),
        wearing("a red coat", who="she"),
        describe("coat", "This red coat has a hood and two flap pockets.", failure="unsupported"),
        Q.sleeve_length("long"),
        details("coat", "the coat has details", failure="restated"),
        title="MANGO Women Red Solid Longline Coat",
        category="Coats",
        color="Red",
        gender="Women",
    ),
    # photo: navy sweater with thin white horizontal stripes (Breton style), boat neck, white jeans, no jewellery;
    # white backdrop. Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X827-012",
        caption(
            "This woman wears a long-sleeve sweater with striped patterns. The sweater is with knitting fabric. It has"
            " a round neckline. The pants this woman wears is of long length. There is an accessory on her wrist.",
            failure="unsupported",
        ),
        Q.color("navy blue"),
        Q.pattern("striped"),
        color_of("sweater", "blue and white", kind="open"),
        wearing("she is wearing a blue and white striped sweater and white jeans", who="she"),
        details("sweater", "the sweater details are the details of the sweater", failure="restated"),
        Q.material("knit"),
        title="Duke Women Navy Blue Striped Pullover",
        category="Sweaters",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: teal fine-knit V-neck pullover over a white collared shirt (collar and cuffs showing), grey trousers;
    # white backdrop. Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X827-013",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It has"
            " a V-shape neckline. The pants this lady wears is of long length. The pants are with cotton fabric and"
            " pure color patterns. There",
            failure="cut",
            hit_limit=True,
        ),
        Q.color("blue"),
        color_of("sweater", "teal", kind="open"),
        wearing("a blue sweater over a white shirt and grey pants", who="she"),
        describe("sweater", "a teal v-neck sweater with long sleeves and ribbed cuffs, worn over a white shirt"),
        Q.garment_type("shirt", failure="contradiction"),
        is_a("sweater", "no", failure="contradiction"),
        title="Allen Solly Woman Teal Blue Solid V-Neck Sweater",
        category="Sweaters",
        color="Teal",
        gender="Women",
    ),
    # photo: beige double-breasted trench coat, belted and buttoned, epaulettes, nude heels, no jewellery visible;
    # white backdrop. Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X827-014",
        caption(
            "The lady wears a long-sleeve outer clothing with pure color patterns. It has a lapel neckline. The outer"
            " clothing is with cotton fabric. There is a belt around her waist. The female is wearing a ring on her"
            " finger.",
            failure="unsupported",
        ),
        Q.color("beige"),
        color_of("coat", "khaki", kind="open"),
        wearing("a beige trench coat with a belt", who="she"),
        details(
            "coat",
            "Question: What are the coat details? Answer: The coat has a belt and buttons. Question: What",
            failure="leak",
            hit_limit=True,
        ),
        Q.garment_type("coat"),
        Q.material("cotton"),
        title="Marks & Spencer Women Beige Cotton Blend Trench Coat",
        category="Coats",
        color="Beige",
        gender="Women",
    ),
    # photo: mid-blue washed denim trucker jacket, buttoned, over a grey hoodie with the hood out, black jeans; white
    # backdrop. Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X827-015",
        caption(
            "The person wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with denim"
            " fabric. It has a lapel neckline. The person wears a long-sleeve outer clothing with pure color patterns."
            " The outer clothing",
            failure="loop",
            hit_limit=True,
        ),
        Q.color("grey", failure="other_garment_color"),
        color_of("jacket", "blue", kind="open"),
        wearing("a denim jacket over a grey hoodie and black jeans", who="the woman"),
        Q.material("denim"),
        describe("jacket", "a blue denim jacket with a hood", failure="unsupported"),
        is_a("jacket", "yes"),
        Q.pattern("solid"),
        title="Levis Women Blue Washed Denim Trucker Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: lavender crochet cropped shrug with long sleeves over a white camisole, white trousers; white backdrop.
    # Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X827-016",
        caption(
            "This lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It has"
            " a suspenders neckline. This lady also wears an outer clothing, with knitting fabric and lattice patterns."
            " The pants",
            failure="cut",
            hit_limit=True,
        ),
        Q.color("purple"),
        Q.garment_type("tank top", failure="contradiction"),
        wearing("a purple shrug over a white tank top and white pants", who="she"),
        color_of("shrug", "white", failure="other_garment_color", kind="open"),
        Q.sleeve_length("sleeveless", failure="contradiction"),
        Q.material("crochet"),
        title="AND Women Lavender Solid Crochet Shrug",
        category="Shrug",
        color="Lavender",
        gender="Women",
    ),
    # photo: burgundy rib-knit longline cardigan worn open with a tie belt and two patch pockets, black top and black
    # leggings; white backdrop. Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X827-017",
        caption(
            "This woman wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitting fabric. It"
            " has a V-shape neckline. The leggings this woman wears is of long length. The leggings are with cotton"
            " fabric and pure color patterns."
        ),
        Q.color("maroon"),
        color_of("cardigan", "wine red", kind="open"),
        wearing("he is wearing a maroon cardigan and black leggings", failure="pronoun"),
        details("cardigan", "ribbed knit, two patch pockets, a tie belt and long sleeves"),
        Q.pattern("striped", failure="contradiction"),
        Q.material("wool", failure="unsupported"),
        title="Chemistry Women Burgundy Ribbed Longline Cardigan",
        category="Sweaters",
        color="Burgundy",
        gender="Women",
    ),
    # photo: sheer kimono-style shrug with a multicolor floral print (pink, green, yellow flowers on black), wide
    # elbow-length sleeves, tassel trim at the hem, over a black tank top and black jeans; white backdrop. Caption and
    # open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X827-018",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. It has a round neckline. This lady"
            " also wears an outer clothing, with chiffon fabric and floral patterns. The trousers this lady wears is of"
            " long length."
        ),
        Q.color("multicolor"),
        Q.pattern("floral"),
        wearing("a floral kimono over a black top and black jeans", who="she"),
        describe(
            "shrug",
            "a black and pink floral shrug with wide sleeves and a tassel trim at the hem, a tassel trim at the hem, a"
            " tassel trim at the hem, a tassel",
            failure="loop",
            hit_limit=True,
        ),
        Q.sleeve_length("three-quarter"),
        details("shrug", "tassel trim at the hem, a tie belt and two side pockets", failure="unsupported"),
        title="Trend Arrest Women Multicoloured Floral Printed Kimono Shrug",
        category="Shrug",
        color="Multi",
        gender="Women",
    ),
    # photo: red hooded windcheater with grey contrast shoulder panels, zipped, drawstring hood, two zip pockets,
    # elastic cuffs, black track pants; white backdrop. Caption and open answers: caption adapter epoch 1; closed:
    # reference engine.
    case(
        "X827-019",
        caption(
            "The person wears a long-sleeve jacket with color block patterns. The jacket is with other fabric. It has a"
            " standing neckline. The pants this person wears is of long length. The pants are with cotton fabric and"
            " pure color patterns."
        ),
        Q.color("red"),
        color_of("jacket", "red and grey", kind="open"),
        wearing("a red and grey hooded jacket and black pants", who="the woman"),
        Q.material("wool fleece", failure="unsupported"),
        is_a("jacket", "yes"),
        details(
            "jacket",
            "a zip front, a drawstring hood, two zip pockets and elastic cuffs, a zip front, a drawstring hood, two zip"
            " pockets and elastic cuffs, a",
            failure="loop",
            hit_limit=True,
        ),
        title="Wildcraft Women Red Colourblocked Hooded Windcheater Jacket",
        category="Jackets",
        color="Red",
        gender="Women",
    ),
    # photo: peach batwing sweater with dropped shoulders, light grey jeans, sunglasses pushed up on her head; white
    # backdrop. Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X827-020",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It has"
            " a round neckline. The lady wears glasses. The pants this lady wears is of long length. The pants are with"
            " denim",
            failure="cut",
            hit_limit=True,
        ),
        Q.color("pink"),
        color_of("sweater", "grey", failure="other_garment_color", kind="open"),
        wearing("a peach sweater and grey jeans", who="she"),
        Q.sleeve_length("long"),
        describe("sweater", "Describe the sweater. The sweater is a sweater", failure="restated"),
        title="Madame Women Peach Solid Batwing Sweater",
        category="Sweaters",
        color="Peach",
        gender="Women",
    ),
    # photo: olive quilted sleeveless puffer vest, zipped, high collar, two side pockets, over a cream long-sleeve
    # turtleneck sweater, blue jeans, brown boots; white backdrop. Caption and open answers: caption adapter epoch 1;
    # closed: reference engine.
    case(
        "X827-021",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It has"
            " a standing neckline. This lady also wears an outer clothing, with cotton fabric and pure color patterns."
            " The pants",
            failure="cut",
            hit_limit=True,
        ),
        Q.sleeve_length("long", failure="contradiction"),
        Q.garment_type("vest"),
        Q.color("olive"),
        color_of("jacket", "white", failure="other_garment_color", kind="open"),
        wearing("a green vest over a white turtleneck and blue jeans", who="she"),
        describe("jacket", "a quilted olive vest with a high collar, zip front and two side pockets"),
        title="Kraus Women Olive Quilted Sleeveless Puffer Jacket",
        category="Jackets",
        color="Olive",
        gender="Women",
    ),
    # photo: charcoal grey longline open cardigan with side slits, no buttons, over a white tee and ripped blue jeans;
    # white backdrop. Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X827-022",
        caption(
            "The gentleman wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitting fabric."
            " The shirt this gentleman wears has short sleeves. The pants this gentleman wears is of long length. The"
            " pants are with denim fabric and pure color patterns.",
            failure="pronoun",
        ),
        Q.color("grey"),
        color_of("cardigan", "dark grey", kind="open"),
        wearing("a grey cardigan, a white t-shirt and ripped blue jeans", who="she"),
        details("cardigan", "long length, no buttons, side slits"),
        Q.material(
            "Question: What material is the garment made of? Answer: knit Question: What material is the garment made",
            failure="leak",
        ),
        is_a("sweater", "yes"),
        title="Pepe Jeans Women Charcoal Grey Solid Longline Cardigan",
        category="Sweaters",
        color="Charcoal",
        gender="Women",
    ),
    # photo: black shaggy faux-fur short jacket, hook closure, no belt, over a black knee-length dress; light grey
    # backdrop. Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X827-023",
        caption(
            "This lady wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with furry"
            " fabric. It has a lapel neckline. The dress this lady wears is of medium short length. The dress is with"
            " cotton fabric and",
            failure="cut",
            hit_limit=True,
        ),
        Q.color("black"),
        Q.material("fur"),
        wearing("a black fur jacket and a black dress", who="she"),
        describe("jacket", "a black fur coat with a belt", failure="unsupported"),
        Q.garment_type("coat"),
        color_of("jacket", "", failure="non_answer", kind="open"),
        title="Zink London Women Black Faux Fur Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: mustard-and-black buffalo check overshirt jacket (shacket), open over a black tee, black jeans; white
    # backdrop. Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X827-024",
        caption(
            "The person wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a"
            " lapel neckline. The person wears a long-sleeve shirt with lattice patterns. The shirt is with cotton"
            " fabric. It has",
            failure="loop",
            hit_limit=True,
        ),
        Q.color("yellow"),
        Q.pattern("checked"),
        color_of("jacket", "yellow and black", kind="open"),
        wearing("a yellow and black plaid shirt over a black t-shirt and black jeans", who="she"),
        Q.garment_type("shirt", failure="contradiction"),
        Q.material("wool", failure="unsupported"),
        title="109F Women Mustard Checked Overshirt Jacket",
        category="Jackets",
        color="Mustard",
        gender="Women",
    ),
    # photo: white cropped puffer jacket with a high neck, zipped, black high-waist trousers, black beanie; white
    # backdrop. Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X827-025",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a"
            " standing neckline. The lady wears a hat. The pants this lady wears is of long length. The pants are with"
            " cotton",
            failure="cut",
            hit_limit=True,
        ),
        Q.color("white"),
        color_of("jacket", "black", failure="other_garment_color", kind="open"),
        wearing("she is wearing a white puffer jacket, black pants and a black hat", who="she"),
        describe("jacket", "white", failure="non_answer"),
        Q.sleeve_length("long"),
        is_a("jacket", "yes"),
        title="People Women White Solid Cropped Puffer Jacket",
        category="Jackets",
        color="White",
        gender="Women",
    ),
    # photo: navy blue diamond self-design cardigan with gold buttons, buttoned, over a white collared shirt, beige
    # trousers; no elbow patches; white backdrop. Caption and open answers: caption adapter epoch 1; closed: reference
    # engine.
    case(
        "X827-026",
        caption(
            "This female is wearing a long-sleeve cardigan with lattice patterns. The cardigan is with knitting fabric."
            " It has a V-shape neckline. The pants this female wears is of long length. The pants are with cotton"
            " fabric and pure color patterns."
        ),
        Q.color("navy blue"),
        Q.material("cotton", failure="contradiction"),
        color_of("cardigan", "beige", failure="other_garment_color", kind="open"),
        wearing("a navy cardigan with gold buttons over a white shirt and beige pants", who="she"),
        details("cardigan", "gold buttons, a v neck, and elbow patches", failure="unsupported"),
        Q.garment_type("cardigan"),
        title="Monte Carlo Women Navy Blue Self Design Woollen Cardigan",
        category="Sweaters",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: rust orange chunky-knit oversized sweater, ribbed mock neck, dropped shoulders, black faux-leather mini
    # skirt; white backdrop. No gender column in this row. Caption and open answers: caption adapter epoch 1; closed:
    # reference engine.
    case(
        "X827-027",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It has"
            " a standing neckline. The skirt this lady wears is of medium short length. The skirt is with leather"
            " fabric and pure color patterns."
        ),
        Q.color("orange"),
        color_of("sweater", "black", failure="other_garment_color", kind="open"),
        wearing("an orange sweater and a black leather skirt"),
        describe(
            "sweater",
            "a rust chunky knit sweater with dropped shoulders and a ribbed mock neck. The sweater is oversized and has"
            " a ribbed hem and cuffs. The sweater is oversized and",
            failure="cut",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        Q.material(
            "The sweater is with knitting fabric. The sweater is with knitting fabric. The sweater is with knitting"
            " fabric. The sweater is",
            failure="loop",
            hit_limit=True,
        ),
        title="Cayman Women Rust Solid Chunky Knit Sweater",
        category="Sweaters",
        color="Rust",
    ),
    # photo: black single-button blazer, two flap pockets and no chest pocket, over a white tee, blue jeans; white
    # backdrop. Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X827-028",
        caption(
            "The person wears a long-sleeve outer clothing with pure color patterns. It has a lapel neckline. The"
            " T-shirt this person wears has short sleeves. The T-shirt is with cotton fabric and pure color patterns."
            " The pants are",
            failure="cut",
            hit_limit=True,
        ),
        Q.color("black"),
        Q.garment_type("jacket"),
        color_of("blazer", "white", failure="other_garment_color", kind="open"),
        wearing("a black blazer, a white t-shirt and blue jeans", who="she"),
        details("blazer", "notched lapels, one button, two flap pockets and a chest pocket", failure="unsupported"),
        Q.material("wool", failure="unsupported"),
        title="Tokyo Talkies Women Black Solid Single-Breasted Blazer",
        category="Blazers",
        color="Black",
        gender="Women",
    ),
    # photo: light grey long wrap coat with a self belt and wide lapels, over a black turtleneck, black trousers;
    # light grey backdrop. Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X827-029",
        caption(
            "This lady wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with cotton"
            " fabric. It has a lapel neckline. There is a belt around her waist. The pants this lady wears is of long"
            " length.",
            failure="contradiction",
        ),
        Q.color("grey"),
        color_of("coat", "grey", kind="open"),
        wearing("he is wearing a grey coat over a black sweater", failure="pronoun", who="she"),
        Q.material("wool"),
        describe("coat", "a long grey wrap coat with a belt, wide lapels and long sleeves"),
        details("coat", "the coat details are the details of the coat", failure="restated"),
        Q.garment_type("coat"),
        title="ONLY Women Grey Solid Wool Blend Wrap Coat",
        category="Coats",
        color="Grey",
        gender="Women",
    ),
    # photo: sea green cropped button-front cardigan worn buttoned as a top, round neck, white wide-leg trousers;
    # white backdrop. Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X827-030",
        caption(
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitting fabric. It"
            " has a round neckline. The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is"
            " with knitting fabric. It",
            failure="loop",
            hit_limit=True,
        ),
        Q.color("green"),
        color_of("cardigan", "white", failure="other_garment_color", kind="open"),
        wearing("a green cardigan and white pants", who="the woman"),
        details(
            "cardigan",
            "Question: What are the cardigan details? Answer: buttons Question: What are the cardigan details? Answer:",
            failure="leak",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        title="Harpa Women Sea Green Solid Cropped Cardigan",
        category="Sweaters",
        color="Sea Green",
        gender="Women",
    ),
    # photo: coffee brown corduroy trucker jacket, open, over a cream knit top, blue jeans; white backdrop. Caption
    # and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X827-031",
        caption(
            "The person wears a long-sleeve outer clothing with striped patterns. The outer clothing is with cotton"
            " fabric. It has a lapel neckline. The pants the person wears is of long length. The pants are with denim"
            " fabric and",
            failure="cut",
            hit_limit=True,
        ),
        Q.color("brown"),
        Q.material("corduroy"),
        color_of("jacket", "cream", failure="other_garment_color", kind="open"),
        wearing("a brown corduroy jacket over a cream top and blue jeans", who="she"),
        describe("jacket", "no", failure="non_answer"),
        is_a("jacket", "yes"),
        title="Roadster Women Coffee Brown Corduroy Trucker Jacket",
        category="Jackets",
        color="Coffee Brown",
        gender="Women",
    ),
    # photo: cream sherpa (teddy fleece) zip jacket with brown faux-suede trims, zipped, black leggings; white
    # backdrop. Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X827-032",
        caption(
            "This lady wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with furry"
            " fabric. It has a lapel neckline. The leggings this lady wears is of long length. The leggings are with"
            " cotton fabric and",
            failure="cut",
            hit_limit=True,
        ),
        Q.color("white"),
        color_of("jacket", "cream", kind="open"),
        wearing("a fuzzy cream jacket and black leggings", who="she"),
        Q.material("sherpa fleece"),
        details("jacket", "the details of the jacket are on the jacket", failure="restated"),
        Q.garment_type("sweatshirt", failure="contradiction"),
        title="DressBerry Women Cream-Coloured Solid Sherpa Jacket",
        category="Jackets",
        color="Cream",
        gender="Women",
    ),
    # photo: cardigan with horizontal stripes of red, navy, mustard and white, V-neck, buttoned, blue jeans, no
    # rings; white backdrop. Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X827-033",
        caption(
            "This woman wears a long-sleeve cardigan with striped patterns. The cardigan is with knitting fabric. It"
            " has a V-shape neckline. The female is wearing a ring on her finger. The pants this woman wears is of long"
            " length.",
            failure="unsupported",
        ),
        Q.color("multicolor"),
        Q.pattern("striped"),
        color_of("cardigan", "red, blue, yellow and white stripes", kind="open"),
        wearing("a striped cardigan and jeans", who="she"),
        Q.material("yes", failure="non_answer"),
        Q.sleeve_length("long"),
        describe(
            "cardigan",
            "The cardigan has stripes of red, blue, yellow and white and a row of buttons. It has a v-neck. It has a"
            " v-neck. It has a v-neck. It",
            failure="loop",
            hit_limit=True,
        ),
        title="Mast & Harbour Women Multicoloured Striped Cardigan",
        category="Sweaters",
        color="Multi",
        gender="Women",
    ),
    # photo: white floral lace cropped shrug with long sleeves over a navy blue sleeveless V-neck dress; pale grey
    # backdrop. Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X827-034",
        caption(
            "Her dress has no sleeves, cotton fabric and pure color patterns. It has a V-shape neckline. This lady also"
            " wears an outer clothing, with other fabric and floral patterns. The dress is of medium short length."
        ),
        Q.color("navy blue", failure="other_garment_color"),
        Q.pattern("floral"),
        wearing("a white lace shrug over a blue dress", who="she"),
        color_of("shrug", "blue", failure="other_garment_color", kind="open"),
        Q.material("lace"),
        Q.sleeve_length("sleeveless", failure="contradiction"),
        title="Kazo Women White Lace Cropped Shrug",
        category="Shrug",
        color="White",
        gender="Women",
    ),
    # photo: maroon puffer jacket with a detachable hood trimmed in grey faux fur, zipped, two zip pockets, black
    # jeans, no hat; white backdrop. Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X827-035",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a"
            " standing neckline. The lady wears a hat. The pants this lady wears is of long length.",
            failure="unsupported",
        ),
        Q.color("red"),
        color_of("jacket", "grey", failure="contradiction", kind="open"),
        wearing("a maroon puffer jacket with a fur hood and black jeans", who="she"),
        is_a("jacket", "yes"),
        details("jacket", "a detachable hood with faux fur trim, a zip front and two zip pockets"),
        Q.material(
            "The jacket is made of polyester with a polyester lining and a polyester filling. The hood is made of"
            " polyester and the fur is made of",
            failure="cut",
            hit_limit=True,
        ),
        title="Fort Collins Women Maroon Solid Padded Jacket with Detachable Hood",
        category="Jackets",
        color="Maroon",
        gender="Women",
    ),
    # photo: lime green crew-neck pullover, white jeans, white handbag in hand; white backdrop. Caption and open
    # answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X827-036",
        caption(
            "The female wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It"
            " has a round neckline. There is an accessory in her hand. The pants this female wears is of long length."
            " The pants are",
            failure="cut",
            hit_limit=True,
        ),
        Q.color("green"),
        color_of("sweater", "yellow", failure="contradiction", kind="open"),
        wearing("a green sweater, white jeans and a white bag", who="she"),
        Q.material("cashmere", failure="unsupported"),
        Q.garment_type("sweater"),
        details("sweater", "none", failure="non_answer"),
        title="Allen Solly Woman Lime Green Solid Pullover",
        category="Sweaters",
        color="Lime Green",
        gender="Women",
    ),
    # photo: calf-length black puffer coat, zipped, hood down, white sneakers; white backdrop. Caption and open
    # answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X827-037",
        caption(
            "The person wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with cotton"
            " fabric. It has a standing neckline. The person wears a long-sleeve outer clothing with pure color"
            " patterns. The outer",
            failure="loop",
            hit_limit=True,
        ),
        Q.color("black"),
        Q.garment_type("jacket"),
        wearing("a long black puffer coat and white shoes", who="she"),
        describe("coat", "black", failure="non_answer"),
        is_a("coat", "yes"),
        details(
            "coat",
            "Question: What are the coat details? Answer: a zip Question: What are the coat details? Answer: a zip",
            failure="leak",
            hit_limit=True,
        ),
        title="Vero Moda Women Black Longline Puffer Coat",
        category="Coats",
        color="Black",
        gender="Women",
    ),
    # photo: mauve sweater with pearl bead embellishment on the shoulders and neckline, ribbed cuffs, navy blue jeans;
    # white backdrop. Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X827-038",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It has"
            " a round neckline. The pants this lady wears is of long length. The pants are with denim fabric and pure"
            " color patterns."
        ),
        Q.color("purple"),
        color_of("sweater", "blue", failure="other_garment_color", kind="open"),
        details("sweater", "pearls on the shoulders and the neckline, ribbed cuffs"),
        wearing("He is wearing a purple sweater and blue jeans.", failure="pronoun", who="she"),
        Q.material("wool", failure="unsupported"),
        Q.pattern("solid"),
        title="Madame Women Mauve Embellished Pullover",
        category="Sweaters",
        color="Mauve",
        gender="Women",
    ),
    # photo: beige longline coat with a brown glen check, open, notch lapels, over a white turtleneck and black
    # trousers; white backdrop. Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X827-039",
        caption(
            "This woman wears a long-sleeve outer clothing with lattice patterns. It has a lapel neckline. The outer"
            " clothing is with cotton fabric. This woman wears a long-sleeve sweater with pure color patterns inside."
            " The pants this woman wears is of",
            failure="cut",
            hit_limit=True,
        ),
        Q.color("beige"),
        Q.pattern("solid", failure="contradiction"),
        color_of("coat", "brown and beige checks", kind="open"),
        wearing(
            "Question: What is she wearing? Answer: a coat Question: What is she wearing? Answer: a coat Question:",
            failure="leak",
            who="she",
            hit_limit=True,
        ),
        Q.material("wool", failure="unsupported"),
        describe("coat", "a long beige checked coat with notched lapels, worn open over a white turtleneck"),
        title="HERE&NOW Women Beige & Brown Checked Longline Coat",
        category="Coats",
        color="Beige",
        gender="Women",
    ),
    # photo: grey melange waterfall-front shrug with long sleeves, open, over a black tank top, blue jeans; white
    # backdrop. This row has no color column. Caption and open answers: caption adapter epoch 1; closed: reference
    # engine.
    case(
        "X827-040",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. It has a round neckline. This lady"
            " also wears an outer clothing, with knitting fabric and pure color patterns. The pants this lady wears is"
            " of long length."
        ),
        Q.color("black", failure="other_garment_color"),
        color_of("shrug", "grey", kind="open"),
        wearing("a grey shrug over a black tank top and blue jeans", who="she"),
        Q.garment_type("tank top", failure="contradiction"),
        details(
            "shrug",
            "a waterfall front, long sleeves, no buttons, a waterfall front, long sleeves, no buttons, a waterfall"
            " front, long sleeves, no",
            failure="loop",
            hit_limit=True,
        ),
        title="Tokyo Talkies Women Grey Melange Waterfall Shrug",
        category="Shrug",
        gender="Women",
    ),
    # photo: black denim jacket with a white sherpa collar and lining, button front, two chest flap pockets, no hood,
    # open over a grey tee, black jeans; white backdrop. Caption and open answers: caption adapter epoch 1; closed:
    # reference engine.
    case(
        "X827-041",
        caption(
            "The person wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with denim"
            " fabric. It has a lapel neckline. The T-shirt this person wears has short sleeves. The pants are with"
            " denim fabric and pure color",
            failure="cut",
            hit_limit=True,
        ),
        Q.color("black"),
        color_of("jacket", "black with a white collar", kind="open"),
        Q.material("denim"),
        wearing("a black denim jacket with a white fur collar over a grey t-shirt and black jeans", who="the woman"),
        is_a("jacket", "no", failure="contradiction"),
        details(
            "jacket",
            "a white sherpa collar, button front, two chest flap pockets, and a hood",
            failure="unsupported",
        ),
        title="Levis Women Black Sherpa Lined Denim Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: red sweater with a white-and-green Fair Isle yoke and small white snowflakes on the body and sleeves (no
    # animals), black leggings; white backdrop. Caption and open answers: caption adapter epoch 1; closed: reference
    # engine.
    case(
        "X827-042",
        caption(
            "This lady wears a long-sleeve sweater with graphic patterns. The sweater is with knitting fabric. It has a"
            " round neckline. The leggings this lady wears is of long length. The leggings are with cotton fabric and"
            " pure color patterns."
        ),
        Q.color("red"),
        Q.pattern("graphic"),
        color_of("sweater", "red and white", kind="open"),
        wearing("a red christmas sweater with reindeer", failure="unsupported", who="she"),
        describe(
            "sweater",
            "a red sweater with a white and green pattern around the neck and snowflakes on the front and the sleeves"
            " and the sleeves and the sleeves and the",
            failure="loop",
            hit_limit=True,
        ),
        Q.material("she is wearing a sweater", failure="non_answer"),
        title="Duke Women Red Fair Isle Pullover",
        category="Sweaters",
        color="Red",
        gender="Women",
    ),
    # photo: khaki utility jacket with four flap pockets, drawstring waist, zip front under a snap placket, over a
    # black tee, black jeans; white backdrop. Caption and open answers: caption adapter epoch 1; closed: reference
    # engine.
    case(
        "X827-043",
        caption(
            "The lady wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with cotton"
            " fabric. It has a lapel neckline. The T-shirt this lady wears has short sleeves, cotton fabric and pure"
            " color patterns. The",
            failure="cut",
            hit_limit=True,
        ),
        Q.color("green", failure="contradiction"),
        color_of("jacket", "khaki", kind="open"),
        wearing("a khaki jacket and black jeans", who="she"),
        details("jacket", "four flap pockets, a drawstring waist and a zip front with a snap placket"),
        Q.material("cotton"),
        Q.garment_type("jacket"),
        Q.sleeve_length("long"),
        title="Kraus Women Khaki Cotton Utility Jacket",
        category="Jackets",
        color="Khaki",
        gender="Women",
    ),
    # photo: tan fine-knit crew-neck sweater, pearl necklace, cream trousers; white backdrop. Caption and open
    # answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X827-044",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It has"
            " a round neckline. The female has neckwear. The pants this lady wears is of long length."
        ),
        Q.color("brown"),
        Q.material("cotton", failure="contradiction"),
        color_of("sweater", "white", failure="other_garment_color", kind="open"),
        wearing("a brown sweater, white pants and a pearl necklace", who="she"),
        describe(
            "sweater",
            "a tan sweater with a round neck Question: Describe the pants. Answer: white",
            failure="leak",
        ),
        title="Marks & Spencer Women Tan Brown Pure Cashmere Sweater",
        category="Sweaters",
        color="Tan",
        gender="Women",
    ),
    # photo: pastel pink fluffy faux-fur hip-length coat, open over a white tee and blue jeans; white backdrop.
    # Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X827-045",
        caption(
            "This gentleman wears a long-sleeve outer clothing with furry fabric and pure color patterns. It has a"
            " lapel neckline. His T-shirt has short sleeves, cotton fabric and pure color patterns. The pants are of"
            " long length.",
            failure="pronoun",
        ),
        Q.color("pink"),
        color_of("coat", "white", failure="other_garment_color", kind="open"),
        wearing("a pink fur coat, a white t-shirt and jeans", who="she"),
        Q.material("faux fur"),
        is_a("coat", "yes"),
        describe("coat", "The coat she is wearing is a coat that she is wearing.", failure="restated"),
        title="Vero Moda Women Pink Faux Fur Coat",
        category="Coats",
        color="Pink",
        gender="Women",
    ),
    # photo: colour-blocked sweater, navy body with a white chest panel and a thin red stripe between them, blue
    # jeans; white backdrop. This row has no category column. Caption and open answers: caption adapter epoch 1;
    # closed: reference engine.
    case(
        "X827-046",
        caption(
            "The lady wears a long-sleeve sweater with color block patterns. The sweater is with knitting fabric. It"
            " has a round neckline. The pants this lady wears is of long length. The pants are with denim fabric and"
            " pure color patterns."
        ),
        Q.color("navy blue"),
        Q.pattern("color block"),
        Q.garment_type("sweatshirt", failure="contradiction"),
        color_of("sweater", "blue, white and red", kind="open"),
        wearing("she is wearing a navy blue sweater with a white panel and blue jeans", who="she"),
        details(
            "sweater",
            "What are the sweater details? The sweater details are the colors of the sweater",
            failure="restated",
        ),
        title="Roadster Women Navy Blue & White Colourblocked Sweater",
        color="Navy Blue",
        gender="Women",
    ),
]
