"""BLIND_280 (46 products; men's everyday catalog, model shots and flat-lays, base model and caption adapter): written
blind in the forty-second session. Measured blind at a216288 (the session's rules as they stood): 106/137 failures
found (77.4%) and 7/175 correct texts flagged (4.0%). The writer's notes, verbatim:

Scenario: a Myntra-like men's catalog drawn at random from a night's run: t-shirts (plain, polo, graphic, gym vests,
packs of three), shirts (formal, checked, striped, printed, denim, linen), jeans, trousers and chinos, track pants
and joggers, shorts, jackets (denim, bomber, puffer, suede, windcheater), sweaters and a cardigan, kurtas (some with
pyjamas or a Nehru jacket over them) and innerwear (vests, trunks, boxers, multi-packs). About two thirds are model
shots, often layered (a tee under an open shirt, a shirt under a sweater, a kurta under a jacket) and with props
or walls in the frame (brick wall, wooden door, plants, marigolds, a gym rack, a sofa, a beach backdrop); the rest
are flat-lays on white, on a wooden floor or fanned out for packs. Each row has the seller's title, category, color
and gender; a few rows miss the gender, the color or the category, as real feeds do.

Who wrote what: the base `Salesforce/blip2-opt-2.7b` with no adapter answers the default questionnaire (wearing,
description, details, material, plus a few of the set's own open questions such as the neckline) in short lowercase
texts, and stops on its own: never hit_limit (an answer that stops early, mid-phrase, is still cut). The caption
adapter of the original experiments (DeepFashion template, "The gentleman wears ...", trained without an end token)
writes the caption on some items and, where the comment says so, answers a question too: it runs to its limit
(hit_limit=True) and returns its template whatever the prompt. Closed answers (garment_type, color, pattern,
sleeve_length, per-piece colors, "Is this a ...?") come from enrich's `--engine reference`, chosen from candidate
sets: never a loop or a cut, but wrong where BLIP-2 ranks the wrong candidate first.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: blue for navy, red for maroon, yellow for mustard, green for
  olive, grey for charcoal or grey melange, white for cream or off white, brown for tan, pink for peach, khaki for
  beige. Mustard answered "orange" and navy answered "black" are contradiction.
- The color of another garment in the photo (the tee under a jacket, the trousers below a shirt, the Nehru jacket
  over a kurta) given as the product's color is other_garment_color. The color of a print, a trim or a waistband,
  of a wall, a door, a floor or props given as the garment's color is contradiction.
- Synonyms are correct: shirt or t-shirt for tee, sweatpants for joggers and track pants, pants for trousers and
  chinos, tank top for a vest or gym tee, boxer briefs or underwear for trunks, shorts for boxers, sweater for a
  cardigan or hoodie, vest for a Nehru jacket, plaid for checked, floral for a leaf print, printed for polka dots.
  The base model calling a kurta "a blue shirt" in a free answer is correct; the reference engine's garment_type
  "shirt" for a kurta, "jeans" for cargo trousers or "jacket" for a denim shirt is contradiction.
- Packs: one garment named for a pack of two or three ("a pair of black underwear" for a 3-pack) is contradiction,
  and so is the reference engine's single color ("black") for a multi-color pack the seller lists as Multi.
- One color repeated for every garment ("a white tank top and white shorts" when the shorts are grey, "blue pants"
  under a blue shirt for black trousers) is contradiction: the wrong color lands on the other piece, not the product,
  so it is not other_garment_color. Floor planks, ribbing and self-design knit answered "striped" are contradiction.
- Materials: a plausible fabric for the look (cotton tee, polyester track pants, wool sweater, nylon windcheater,
  denim jeans, leather for suede) is correct; one that contradicts the title (linen for a pure-cotton shirt) is
  contradiction; silk on a cotton-look kurta, or a material nobody can see, is unsupported; another garment's
  material (leather for jeans worn with a leather jacket) is contradiction.
- Invented parts not in the photo (a hood, a chest pocket on a plain tee, a fur collar, pleats on a flat front,
  gold embroidery on a plain collar, the print on an unseen back, dumbbells "held" that sit on a rack) are
  unsupported. Captions that only describe the setting ("a man sitting on a couch") are correct.
- Adapter texts: one that repeats a template sentence is loop, one that stops mid-sentence without repeating is cut;
  its template returned for the material question is restated (even if cut); where its template misnames the
  product itself (the kurta set as "shirt" and "pants"), the misnaming is what the auditor sees first:
  contradiction, hit_limit kept. A misnamed other piece (the hoodie over track pants called "sweater") stays cut.
- Base answers: running on into "Question: ... Answer:" is leak; an early stop mid-phrase is cut (no hit_limit); an
  empty answer, "the shirt has details", "they are shorts" are non_answer; the material question answered with the
  garment and its color, or with the question's own words, is restated. "she" or "a woman" for a man is pronoun.
- Side stripes on track pants, a white waistband on trunks, sleeves rolled to the elbow: the garment stays solid,
  the color stays the body's, the sleeves stay long ("short sleeves" for rolled long sleeves is contradiction).
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_jeans = question("color_jeans", "What is the color of the jeans?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_shirt = question("color_shirt", "What is the color of the shirt?", "closed")
color_pyjamas = question("color_pyjamas", "What is the color of the pyjamas?", "closed")
neckline = question("neckline", "What is the neckline of the garment?", "open")
fit = question("fit", "What is the fit of the garment?", "open")

GENT_TEE = (
    "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has a "
    "round neckline. The gentleman wears long pants. The pants are with denim fabric and pure"
)

BLIND_280 = [
    # photo: model in a navy crew-neck t-shirt, light blue jeans, white sneakers, plain grey studio backdrop, front.
    case(
        "X280-001",
        caption("a man in a navy blue t - shirt and jeans"),
        D.wearing("a blue t - shirt and blue jeans"),
        D.garment_type("t-shirt"),
        D.color("black", "contradiction"),
        D.pattern("solid"),
        D.material("cotton"),
        D.details("a round neck and short sleeves with a pocket", "unsupported"),
        title="Men Navy Blue Solid Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a white formal shirt (no chest pocket), black slim trousers, hand in pocket, white wall.
    # caption: adapter
    case(
        "X280-002",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel collar. The gentleman wears long trousers. The trousers are with",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and black pants"),
        D.color("black", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.details("the shirt has a pocket on the chest", "unsupported"),
        title="Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: flat-lay of olive green cargo shorts with flap pockets on a white background.
    case(
        "X280-003",
        caption("a pair of green cargo shorts on a white background"),
        D.wearing("shorts"),
        D.garment_type("shorts"),
        D.color("brown", "contradiction"),
        D.details("they are shorts", "non_answer"),
        D.material("cotton"),
        title="Men Olive Green Solid Cargo Shorts",
        category="Shorts",
        color="Olive",
        gender="Men",
    ),
    # photo: model in black track pants with white side stripes, grey round-neck t-shirt, white studio, side view.
    case(
        "X280-004",
        caption("a man in a grey shirt and black pants"),
        D.color("grey", "other_garment_color"),
        D.pattern("solid"),
        D.wearing("a grey t - shirt and grey pants", "contradiction"),
        D.details("white stripes on the side"),
        is_a("track pants", "yes", article="a pair of"),
        D.material("polyester"),
        D.description("black pants with white stripes and a grey shirt with a", "cut"),
        title="Men Black Solid Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: model in a maroon cable-knit pullover with a white shirt collar showing, beige chinos, grey backdrop.
    # caption: adapter
    case(
        "X280-005",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a lapel collar. The gentleman wears long pants. The pants are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red sweater and red pants", "contradiction"),
        D.color("white", "other_garment_color"),
        D.pattern("solid"),
        D.material("wool"),
        D.description("a red sweater with a white collar"),
        title="Men Maroon Cable Knit Pullover Sweater",
        category="Sweaters",
        color="Maroon",
        gender="Men",
    ),
    # photo: model in a blue washed denim jacket (no hood) open over a black t-shirt, black jeans, grey backdrop.
    case(
        "X280-006",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with denim fabric. It "
            "has a lapel collar. The gentleman wears long pants. The pants are with denim fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a denim jacket, black t - shirt and black jeans"),
        D.garment_type("jacket"),
        D.color("black", "other_garment_color"),
        D.material("denim"),
        D.details("it has a hood", "unsupported"),
        title="Men Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: flat-lay of three trunks (black, grey, navy) side by side on white, waistbands with a printed logo.
    case(
        "X280-007",
        caption("three pairs of men's underwear on a white background"),
        D.garment_type("underwear"),
        D.description("three boxer briefs in black, grey and blue"),
        D.wearing("a pair of black underwear", "contradiction"),
        D.material("cotton"),
        D.color("black", "contradiction"),
        D.details("the underwear", "non_answer"),
        title="Men Pack of 3 Solid Trunks",
        category="Trunks",
        color="Multi",
        gender="Men",
    ),
    # photo: model in a white straight kurta with white chikankari embroidery and white buttons, white pyjama, beige
    # wall, a potted green plant on the left.
    case(
        "X280-008",
        caption("a man in a white kurta standing next to a plant"),
        D.wearing("a white kurta and pajamas"),
        D.garment_type("kurta"),
        D.color("green", "contradiction"),
        D.details("embroidery on the front and gold buttons", "unsupported"),
        is_a("kurta", "yes"),
        D.material("silk", "unsupported"),
        title="Men White Chikankari Embroidered Straight Kurta",
        category="Kurtas",
        color="White",
        gender="Men",
    ),
    # photo: model in light blue clean-look slim jeans, white crew-neck t-shirt untucked, white sneakers, grey wall.
    # caption: adapter
    case(
        "X280-009",
        caption(GENT_TEE, "cut", hit_limit=True),
        D.wearing("a white shirt and blue jeans"),
        color_jeans("blue"),
        D.details("the jeans are ripped at the knees", "unsupported"),
        D.material("denim"),
        D.description("light blue jeans"),
        fit("slim fit Question: What is the color of the jeans? Answer: blue", "leak"),
        title="Men Blue Slim Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: model in a red and black checked flannel shirt (one chest pocket) open over a grey t-shirt, blue jeans,
    # white backdrop.
    case(
        "X280-010",
        caption("a man wearing a red and black plaid shirt"),
        D.pattern("checked"),
        D.color("grey", "other_garment_color"),
        D.wearing("a plaid shirt over a gray t - shirt and jeans"),
        D.description("red and black plaid shirt Question: What is the color of the shirt? Answer: red", "leak"),
        D.sleeve_length("long sleeves"),
        D.details("the shirt has two pockets on the chest", "unsupported"),
        title="Men Red & Black Checked Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: model in beige linen trousers, a white linen shirt worn untucked over the waistband, wooden floor.
    case(
        "X280-011",
        caption("a man in a white shirt and white pants", "contradiction"),
        D.garment_type("trousers"),
        D.color("white", "other_garment_color"),
        D.material("linen"),
        D.details("the pants have a drawstring waist", "unsupported"),
        D.wearing("she is wearing a white shirt and tan pants", "pronoun"),
        title="Men Beige Relaxed Fit Linen Trousers",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: flat-lay of a navy blue v-neck pullover sweater on white, sleeves folded in.
    # caption: adapter
    case(
        "X280-012",
        caption(
            "The sweater is with knitting fabric and pure color patterns. It has long sleeves and a V-shape "
            "neckline. The sweater is with knitting fabric and pure color patterns. It has long",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("sweater"),
        D.color("black", "contradiction"),
        D.sleeve_length("long sleeves"),
        neckline("v-neck"),
        D.material("wool"),
        D.wearing("a black sweater", "contradiction"),
        title="Men Navy Blue V-Neck Pullover Sweater",
        category="Sweaters",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a white half-sleeve shirt with a green tropical leaf print, beige shorts, potted palm beside.
    case(
        "X280-013",
        caption("a man wearing a white shirt with green leaves"),
        D.color("green", "contradiction"),
        D.pattern("floral"),
        D.sleeve_length("short sleeves"),
        D.wearing("a white shirt with leaves and beige shorts"),
        D.details("the shirt has a floral print"),
        D.description(
            "a white shirt with green leaves Question: What is the pattern of the shirt? Answer: floral", "leak"
        ),
        D.material("the shirt is made of", "cut"),
        title="Men White & Green Tropical Printed Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: model in a zipped olive bomber jacket with ribbed cuffs and hem, black jeans, grey backdrop.
    # caption, details: adapter
    case(
        "X280-014",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a stand collar. The gentleman wears long pants. The pants are with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a stand collar. The gentleman wears long pants. The pants",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green jacket and black jeans"),
        D.color("black", "other_garment_color"),
        D.garment_type("jacket"),
        is_a("bomber jacket", "yes"),
        title="Men Olive Green Solid Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: model in grey melange joggers with elastic ankle cuffs, white t-shirt, white sneakers, white backdrop.
    case(
        "X280-015",
        caption("a man in a white t - shirt and grey sweatpants"),
        D.wearing("a white t - shirt and white pants", "contradiction"),
        D.color("grey"),
        D.details("elastic cuffs at the ankles"),
        D.material("cotton"),
        is_a("jeans", "yes", "contradiction", article="a pair of"),
        title="Men Grey Melange Solid Joggers",
        category="Track Pants",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: flat-lay of a black round-neck t-shirt with a large white skull print on the front, front view only.
    case(
        "X280-016",
        caption("a black t - shirt with a skull on it"),
        D.color("white", "contradiction"),
        D.pattern("graphic"),
        D.wearing("a black t - shirt"),
        D.details("a skull print on the front and the back", "unsupported"),
        D.material("", "non_answer"),
        title="Men Black Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: model in a sky blue short-sleeve kurta with a mandarin collar, white churidar, in front of a brown
    # wooden door.
    case(
        "X280-017",
        caption("a man standing in front of a wooden door"),
        D.wearing("a blue shirt and white pants"),
        D.garment_type("shirt", "contradiction"),
        D.color("brown", "contradiction"),
        D.sleeve_length("short sleeves"),
        is_a("kurta", "no", "contradiction"),
        D.description("a blue kurta with a mandarin collar"),
        D.material("a blue kurta", "restated"),
        title="Men Blue Solid Short Kurta",
        category="Kurtas",
        color="Blue",
        gender="Men",
    ),
    # photo: torso-crop model shot in a white sleeveless innerwear vest and grey trunks, grey backdrop.
    case(
        "X280-018",
        caption("a man in a white tank top"),
        D.wearing("a white tank top and white shorts", "contradiction"),
        D.garment_type("vest"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.material("cotton"),
        D.color("grey", "other_garment_color"),
        title="Men White Solid Cotton Innerwear Vest",
        category="Innerwear Vests",
        color="White",
        gender="Men",
    ),
    # photo: model in a mustard yellow polo t-shirt (two-button placket), navy shorts, white backdrop.
    # caption, material: adapter
    case(
        "X280-019",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a lapel collar. The gentleman wears a shorts. The shorts are with cotton fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow polo shirt and blue shorts"),
        D.color("orange", "contradiction"),
        D.garment_type("polo shirt"),
        D.details("a collar and two buttons"),
        is_a("t-shirt", "no", "contradiction"),
        D.material(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a lapel collar. The gentleman",
            "restated",
            hit_limit=True,
        ),
        title="Men Mustard Yellow Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: model in dark indigo straight jeans (front view), a black leather jacket over a black t-shirt, red brick
    # wall.
    case(
        "X280-020",
        caption("a man in a leather jacket standing in front of a brick wall"),
        color_jeans("black", "other_garment_color"),
        D.wearing("a black leather jacket, black t - shirt and jeans"),
        D.color("red", "contradiction"),
        D.description("dark blue jeans"),
        D.details("a black leather patch on the back", "unsupported"),
        D.material("leather", "contradiction"),
        title="Men Navy Blue Straight Fit Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: flat-lay of navy washed denim shorts with turned-up hems on white.
    case(
        "X280-021",
        caption("a pair of denim shorts on a white background"),
        D.wearing("a pair of denim shorts"),
        D.color("blue"),
        D.details("the shorts are short", "non_answer"),
        D.material("denim"),
        D.description("a pair of blue denim shorts with a pair of blue denim shorts", "loop"),
        title="Men Navy Blue Washed Denim Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in black flat-front formal trousers, a light blue shirt tucked in, brown belt, grey backdrop.
    case(
        "X280-022",
        caption("a man in a blue shirt and blue pants", "contradiction"),
        D.wearing("a blue shirt tucked into black pants with a brown belt"),
        D.color("blue", "other_garment_color"),
        D.garment_type("trousers"),
        D.details("pleated front and cuffs", "unsupported"),
        D.material("polyester"),
        title="Men Black Slim Fit Formal Trousers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: model in a navy hooded puffer jacket, zipped, grey joggers, pale blue backdrop. (feed row has no gender)
    case(
        "X280-023",
        caption("a man wearing a blue puffer jacket with a hood"),
        D.wearing("a blue jacket and grey pants"),
        D.color("grey", "other_garment_color"),
        D.material("polyester"),
        D.description("a blue puffer jacket with a", "cut"),
        is_a("jacket", "yes"),
        D.details("a fur lined hood", "unsupported"),
        title="Men Navy Blue Solid Padded Puffer Jacket",
        category="Jackets",
        color="Navy Blue",
    ),
    # photo: flat-lay of two checked boxers, one blue-and-white, one red-and-navy, on white.
    case(
        "X280-024",
        caption("two pairs of plaid boxer shorts"),
        D.garment_type("shorts"),
        D.pattern("checked"),
        D.description("blue and red plaid shorts with an elastic waistband"),
        D.wearing("a pair of red plaid shorts", "contradiction"),
        D.material("cotton"),
        D.details("the shorts", "non_answer"),
        title="Men Pack of 2 Checked Boxers",
        category="Boxers",
        color="Multi",
        gender="Men",
    ),
    # photo: model in a maroon kurta with tonal woven buttis and a plain mandarin collar, white pyjamas, cream wall.
    # caption: adapter
    case(
        "X280-025",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand collar. The gentleman wears long pants. The pants are with cotton fabric and pure color "
            "patterns.",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a red kurta and white pants"),
        D.color("red"),
        color_pyjamas("white"),
        D.garment_type("kurta"),
        D.material("silk", "unsupported"),
        D.details("gold embroidery on the collar", "unsupported"),
        title="Men Maroon Woven Design Kurta with Pyjamas",
        category="Kurta Sets",
        color="Maroon",
        gender="Men",
    ),
    # photo: model in a plain white crew-neck t-shirt, olive cargo pants, white wall with a black framed poster.
    case(
        "X280-026",
        caption("a man standing in front of a white wall with a poster"),
        D.wearing("a white t - shirt and green pants"),
        D.color("white"),
        D.material("polyester", "contradiction"),
        D.details("a pocket on the chest", "unsupported"),
        D.description("a black t - shirt", "contradiction"),
        title="Men White Solid Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: model in a cream straight kurta under a navy Nehru jacket, white churidar, grey backdrop.
    case(
        "X280-027",
        caption("a man in a blue vest and white kurta"),
        D.wearing("a white kurta with a blue jacket"),
        D.color("blue", "other_garment_color"),
        D.garment_type("kurta"),
        is_a("jacket", "yes", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.material("he is wearing a kurta", "restated"),
        title="Men Cream-Coloured Solid Straight Kurta",
        category="Kurtas",
        color="Cream",
        gender="Men",
    ),
    # photo: flat-lay of folded charcoal grey slim chinos, front view, button and zip fly visible, white background.
    # caption: adapter
    case(
        "X280-028",
        caption(
            "The trousers are with cotton fabric and pure color patterns. The trousers are with cotton fabric and "
            "pure color patterns. The trousers are with cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("trousers"),
        D.color("grey"),
        D.wearing("grey pants"),
        D.material("cotton"),
        D.details("a button and zip fly"),
        fit("the pants are folded on a white background", "non_answer"),
        title="Men Charcoal Grey Slim Fit Chinos",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: model in a grey fine-knit plain turtleneck pullover, black trousers, black backdrop.
    case(
        "X280-029",
        caption("a man in a grey turtleneck sweater"),
        D.wearing("he is wearing a grey sweater and black pants"),
        D.color("black", "other_garment_color"),
        neckline("turtleneck"),
        D.material("Question: What material is the garment made of? Answer: wool", "leak"),
        D.pattern("striped", "contradiction"),
        D.details("a zipper on the neck", "unsupported"),
        title="Men Grey Solid Turtle Neck Pullover",
        category="Sweaters",
        color="Grey",
        gender="Men",
    ),
    # photo: model in a blue and white vertical striped shirt with a chest pocket, long sleeves rolled to the elbows,
    # navy chinos, white backdrop.
    case(
        "X280-030",
        caption("a man wearing a blue and white striped shirt"),
        D.pattern("striped"),
        D.color("blue"),
        D.description("a blue and white striped shirt with a button down collar"),
        D.details("a pocket on the left chest and a button down collar"),
        D.wearing("a striped shirt and blue pants"),
        D.sleeve_length("short sleeves", "contradiction"),
        title="Men Blue & White Striped Slim Fit Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: model sitting on a beige sofa in grey melange lounge shorts with drawstring, black t-shirt.
    case(
        "X280-031",
        caption("a man sitting on a couch"),
        D.wearing("a black t - shirt and grey shorts"),
        D.color("black", "other_garment_color"),
        D.details("drawstring waist and side pockets"),
        is_a("shorts", "yes", article="a pair of"),
        D.material("grey shorts", "restated"),
        D.description("a man sitting on a couch with a remote", "unsupported"),
        title="Men Grey Melange Solid Lounge Shorts",
        category="Shorts",
        color="Grey",
        gender="Men",
    ),
    # photo: model in a tan suede trucker jacket with two buttoned chest pockets, white tee, blue jeans, beige wall.
    # caption: adapter
    case(
        "X280-032",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. It "
            "has a lapel collar. The gentleman wears long pants. The pants are with denim fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a brown jacket, white t - shirt and jeans"),
        D.color("brown"),
        D.material("leather"),
        D.details("two chest pockets with buttons"),
        D.description("a brown jacket with a fur collar", "unsupported"),
        D.garment_type("jacket"),
        title="Men Tan Brown Solid Suede Trucker Jacket",
        category="Jackets",
        color="Tan",
        gender="Men",
    ),
    # photo: torso-crop model shot in navy trunks with a white logo waistband, grey backdrop.
    case(
        "X280-033",
        caption("a man in blue underwear"),
        D.wearing("black boxer briefs", "contradiction"),
        D.color("white", "contradiction"),
        D.details("a white waistband with a logo"),
        D.material("cotton"),
        D.description("a pair of blue underwear with a white waistband and a", "cut"),
        title="Men Navy Blue Solid Trunks",
        category="Trunks",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a mustard yellow straight kurta with small white floral motifs, white pyjama, orange marigold
    # garlands hanging behind.
    case(
        "X280-034",
        caption("a man in a yellow kurta with flowers"),
        D.color("orange", "contradiction"),
        D.pattern("floral"),
        D.wearing("a yellow kurta and white pants"),
        D.details("the kurta has a floral print and a mandarin collar"),
        D.material("a yellow kurta", "restated"),
        D.description("an orange kurta with white flowers", "contradiction"),
        title="Men Yellow Printed Straight Kurta",
        category="Kurtas",
        color="Yellow",
        gender="Men",
    ),
    # photo: model in black skinny jeans with ripped knees, white shirt, white sneakers, grey backdrop.
    case(
        "X280-035",
        caption("a man in a white shirt and black ripped jeans"),
        color_jeans("black"),
        D.wearing("a white shirt and black jeans"),
        D.details("ripped knees"),
        D.description("black jeans with white sneakers"),
        D.material("the jeans are made of", "cut"),
        color_shirt("black", "contradiction"),
        title="Men Black Skinny Fit Highly Distressed Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: flat-lay of a red self-design button-front cardigan (no pockets), buttoned, on white.
    # caption, material: adapter
    case(
        "X280-036",
        caption(
            "The cardigan is with knitting fabric and pure color patterns. It has long sleeves. The cardigan is with "
            "knitting fabric and pure color patterns. It has long sleeves. The cardigan is",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("cardigan"),
        D.color("red"),
        D.pattern("striped", "contradiction"),
        D.wearing("a red sweater"),
        D.details("buttons down the front and two pockets", "unsupported"),
        D.material(
            "The cardigan is with knitting fabric and pure color patterns. It has long sleeves. The cardigan is with "
            "knitting fabric and pure",
            "restated",
            hit_limit=True,
        ),
        title="Men Red Self-Design Cardigan",
        category="Sweaters",
        color="Red",
        gender="Men",
    ),
    # photo: model in a navy short-sleeve shirt with white polka dots, khaki shorts, printed beach backdrop.
    case(
        "X280-037",
        caption("a man standing on the beach"),
        D.wearing("she is wearing a blue shirt with white polka dots", "pronoun"),
        D.color("white", "contradiction"),
        D.pattern("printed"),
        D.sleeve_length("short sleeves"),
        D.description("a blue polka dot shirt Question: What is the color of the shorts? Answer: khaki", "leak"),
        D.material("cotton"),
        title="Men Navy Blue Printed Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in navy slim track pants with a red side stripe, white hoodie, white sneakers, running pose, white
    # backdrop. caption: adapter
    case(
        "X280-038",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "The gentleman wears long pants. The pants are with cotton fabric and pure color patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white hoodie and blue sweatpants"),
        color_pants("white", "other_garment_color"),
        D.color("blue"),
        D.details("a red stripe on the side"),
        is_a("track pants", "yes", article="a pair of"),
        D.pattern("striped", "contradiction"),
        title="Men Navy Blue Slim Fit Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a black windcheater with a zip front and hood down, grey track pants, white backdrop.
    case(
        "X280-039",
        caption("a woman in a black jacket", "pronoun"),
        D.wearing("a black jacket and grey pants"),
        D.garment_type("jacket"),
        D.color("black"),
        D.material("leather", "unsupported"),
        D.details("a zip front and a hood"),
        D.description("a black jacket with a grey", "cut"),
        title="Men Black Solid Windcheater Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: flat-lay of a white long-sleeve mandarin-collar shirt on a brown wooden plank floor.
    case(
        "X280-040",
        caption("a white shirt on a wooden floor"),
        D.color("brown", "contradiction"),
        D.wearing("a white shirt"),
        D.details("the shirt has details", "non_answer"),
        D.sleeve_length("long sleeves"),
        D.pattern("striped", "contradiction"),
        D.material("linen", "contradiction"),
        title="Men White Pure Cotton Mandarin Collar Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: model in khaki relaxed cargo trousers with side pockets, black t-shirt, black boots, grey backdrop.
    # (feed row has no color)
    case(
        "X280-041",
        caption("a man in a black t - shirt and khaki cargo pants"),
        D.wearing("a black t - shirt, khaki pants and black boots"),
        D.color("black", "other_garment_color"),
        D.details("large pockets on the sides"),
        color_pants("black", "other_garment_color"),
        D.garment_type("jeans", "contradiction"),
        D.material("cotton"),
        title="Men Khaki Relaxed Fit Cargo Trousers",
        category="Trousers",
        gender="Men",
    ),
    # photo: model in a black sleeveless gym t-shirt with white "BEAST MODE" text, grey shorts, gym with a dumbbell
    # rack behind him (hands empty).
    case(
        "X280-042",
        caption("a man in a black tank top holding dumbbells", "unsupported"),
        D.wearing("a black tank top and grey shorts"),
        D.sleeve_length("sleeveless"),
        D.pattern("graphic"),
        D.color("grey", "other_garment_color"),
        D.details("white text on the front"),
        D.material("she is wearing a black tank top", "pronoun"),
        title="Men Black Printed Sleeveless Gym T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: model in a blue denim shirt with white snap buttons, worn open over a white tee, black jeans.
    # caption, wearing: adapter
    case(
        "X280-043",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has "
            "a lapel collar. The gentleman wears long pants. The pants are with denim fabric and pure color "
            "patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has "
            "a lapel collar. The gentleman wears long pants. The",
            "cut",
            hit_limit=True,
        ),
        D.color("blue"),
        D.material("denim"),
        D.garment_type("jacket", "contradiction"),
        D.description("a blue denim shirt with white buttons"),
        D.details("two chest pockets with flaps and a", "cut"),
        title="Men Blue Solid Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: model in a bottle green pullover with cream horizontal stripes over a blue denim shirt, beige chinos.
    case(
        "X280-044",
        caption("a man in a green and white striped sweater"),
        D.pattern("striped"),
        D.color("blue", "other_garment_color"),
        D.description("a green striped sweater with a collared shirt underneath"),
        D.wearing("a green sweater with white stripes, a blue shirt and khaki", "cut"),
        D.material("wool"),
        D.sleeve_length("short sleeves", "contradiction"),
        title="Men Green Striped Pullover Sweater",
        category="Sweaters",
        color="Green",
        gender="Men",
    ),
    # photo: flat-lay of three crew-neck t-shirts (black, white, olive) fanned out on a white background.
    # (feed row has no category)
    case(
        "X280-045",
        caption("three t - shirts on a white background"),
        D.wearing("a black t - shirt", "contradiction"),
        D.description("three t - shirts in black, white and green"),
        D.garment_type("t-shirt"),
        D.sleeve_length("short sleeves"),
        D.color("black", "contradiction"),
        D.material("what material is the garment made of?", "restated"),
        D.details("the t - shirts", "non_answer"),
        title="Men Pack of 3 Solid Round Neck T-shirts",
        color="Multi",
        gender="Men",
    ),
    # photo: model in a peach long-sleeve linen shirt (no pocket), button-down collar, curved hem, white trousers, blue
    # sky backdrop.
    case(
        "X280-046",
        caption("a man in a pink shirt and white pants"),
        D.color("pink"),
        D.wearing("she is wearing a pink shirt and white pants", "pronoun"),
        D.material("linen"),
        D.details("a button down collar and a pocket on the chest", "unsupported"),
        D.sleeve_length("long sleeves"),
        color_shirt("blue", "contradiction"),
        title="Men Peach-Coloured Linen Casual Shirt",
        category="Shirts",
        color="Peach",
        gender="Men",
    ),
]
