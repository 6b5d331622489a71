"""BLIND_355 (46 products; men's everyday wear on an Indian marketplace, model shots and flat-lays): written blind in
the forty-fourth session. Measured blind at 21bf8f7 (the session's rules as they stood): 107/131 failures found
(81.7%) and 5/168 correct texts flagged (3.0%). The writer's notes, verbatim:

Scenario: a men's catalog drawn at random from one night's run on an Indian marketplace feed: t-shirts (crew neck,
polo, henley, printed, colour-blocked), shirts (checked, striped, denim, linen, flannel, tropical print), jeans,
chinos, formal and cargo trousers, shorts, track pants and joggers, kurtas (plain, printed, chikankari, pathani,
jacquard), jackets (bomber, biker, trucker, nehru, denim, puffer), sweaters, cardigans and a hoodie, and innerwear
(vests, trunks, boxers). Model shots on studio backdrops, walls, beaches, gyms and wedding sets, plus flat-lays on
white, grey and wooden surfaces. Each row has the seller's title, category, color and gender; a few miss one.

Who wrote what: captions come either from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a man
in a ...") or from the caption adapter (DeepFashion template, "The gentleman wears a long-sleeve shirt with pure
color patterns. The shirt is with cotton fabric ..."). The adapter never learned to stop, so each of its texts runs
to its limit (50 tokens for captions, 30 for answers) and carries hit_limit=True, and asked any question it returns
its template. Open questions (wearing, description, details, material, neckline) come from the base model unless the
comment says the adapter answered them; the base model stops on its own and never has hit_limit. Closed questions
(garment_type, color, pattern, sleeve_length, fit, the per-piece colors and "Is this a ...?") are enrich's
`--engine reference` answers, chosen from candidate sets: never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words are correct: blue for navy or teal blue, green for olive or teal, red for maroon, yellow for mustard,
  white for cream or off white, grey for grey melange, beige or khaki or tan for khaki and beige, brown for a
  suede-look brown. Mustard answered "orange" and charcoal answered "black" are contradiction.
- The color of a print, trim, waistband or buttons given as the garment's color (white print on a black tee, gold
  buttons on an off-white kurta, the black waistband of grey trunks) is contradiction; so is the color of a wall,
  a prop or a table (the pink wall, the marigold garland, the wooden table). The color of another garment worn in
  the photo (the tee under a shirt, the shorts with a tee, the kurta under a nehru jacket) given to the garment
  asked about is other_garment_color, in either direction (a shirt's white given to the trousers too).
- A color for every garment that no garment has ("a grey shirt and grey pants" on a white-and-black checked shirt
  with black trousers) is contradiction.
- Garment synonyms are correct: shirt for a kurta, vest for a nehru jacket, tank top for an innerwear vest, boxer
  briefs or underwear for trunks, sweatpants for track pants or joggers, jean shorts for denim shorts, sweater for a
  cardigan, hawaiian shirt for a tropical-print shirt. Wrong yes/no on "Is this a ...?" is contradiction, and so is
  a garment_type the seller's category plainly contradicts (shorts for a pack of trunks).
- Materials: one the title names (linen, flannel, denim on a denim piece, cotton on "pure cotton") or one plainly
  visible (leather look on a biker jacket, knit wool on a cable or argyle sweater) is correct; cotton on a
  cotton-look tee, shirt or innerwear is a plausible guess and correct; one neither named nor visible (leather on a
  polyester-look bomber, linen or silk on a kurta, silk on a woven nehru jacket or a printed casual shirt, denim on
  a khaki cotton shirt, down in a padded puffer, cotton and spandex in trunks) is unsupported.
- Invented details (a patch on a sleeve, a chest pocket the shirt does not have, a button-down collar on a mandarin
  collar, a pineapple print, a zip pocket, a drawstring on boxers, a zipper on a pullover hoodie or at track pants'
  ankles, a hood on a puffer, epaulettes, a belt hidden under an untucked tee, a button fly, embroidery on a plain
  collar, a side stripe on plain shorts) are unsupported.
- A wrong neckline (v neck for a mandarin collar, collar for a round neck), wrong sleeves (long for a sleeveless
  nehru jacket, short for full sleeves), a wrong fit (slim for relaxed cargo trousers) and chinos called jeans are
  contradiction; a print color named as the garment's in the wearing answer ("a blue sweater" for a grey one with
  a navy stripe band) is contradiction too.
- Adapter texts: a text that repeats a sentence of the template is loop; one that stops mid-sentence without
  repeating is cut (even where it got a detail wrong before the cut, e.g. a lapel neckline for a crew neck); the
  template returned for the material question is restated. The template answering wearing, description or details
  does answer it, so those are cut or loop.
- A base answer stopped early ("they are made of", "the pants have a") is cut without hit_limit. An empty answer,
  "the details of the pants", "they are jeans" for the details and "they are short" for the shorts' details are
  non_answer. A material question answered with the garment's name or color is restated.
- Base answers that run on into "Question: ... Answer: ..." are leak, even where the first words are right.
- "she" for a man is pronoun.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_tshirt = question("color_tshirt", "What is the color of the t-shirt?", "closed")
color_shirt = question("color_shirt", "What is the color of the shirt?", "closed")
color_jeans = question("color_jeans", "What is the color of the jeans?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_trousers = question("color_trousers", "What is the color of the trousers?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
color_jacket = question("color_jacket", "What is the color of the jacket?", "closed")
fit = question("fit", "What is the fit of the garment?", "closed")
neckline = question("neckline", "What is the neckline of the garment?", "open")

BLIND_355 = [
    # photo: model in a navy blue round-neck short-sleeve cotton t-shirt with light blue jeans, white studio backdrop.
    # adapter: none
    case(
        "X355-001",
        caption("a man in a navy blue t-shirt and jeans"),
        D.wearing("she is wearing a blue t-shirt and jeans", "pronoun"),
        color_tshirt("blue"),
        neckline("round neck"),
        D.sleeve_length("short sleeves"),
        D.material("cotton"),
        title="Men Navy Blue Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a white-and-black checked full-sleeve slim shirt, black trousers, plain grey backdrop, front.
    # adapter: none
    case(
        "X355-002",
        caption("a man wearing a black and white checkered shirt"),
        D.wearing("a grey shirt and grey pants", "contradiction"),
        D.pattern("checked"),
        D.color("white"),
        fit("slim fit"),
        D.details("it has a pocket on the chest and", "cut"),
        color_pants("grey", "contradiction"),
        title="Men White & Black Checked Slim Fit Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: flat-lay of light blue slim jeans with whiskering, button and fly visible, on a white surface.
    # caption, details: adapter
    case(
        "X355-003",
        caption(
            "The trousers are of long length. The trousers are with denim fabric and pure color patterns. The "
            "trousers are of long length. The trousers are with denim fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of jeans", "yes"),
        color_jeans("light blue"),
        fit("slim fit"),
        D.details(
            "The trousers are with denim fabric and pure color patterns. The trousers are of long length. The "
            "trousers are with denim fabric and pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.material("blue jeans", "restated"),
        title="Men Light Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: model in an olive green zip-front bomber jacket with ribbed cuffs, open over a white t-shirt, black
    # jeans, city street behind. No patches. adapter: none
    case(
        "X355-004",
        caption("a man in a green jacket standing on a street"),
        D.wearing("a green jacket, white t-shirt and black jeans"),
        color_jacket("white", "other_garment_color"),
        D.garment_type("jacket"),
        D.details("it has a zipper and a patch on the sleeve", "unsupported"),
        D.material("leather", "unsupported"),
        title="Men Olive Green Solid Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: model in a maroon cable-knit crew-neck pullover, a light blue shirt collar showing at the neck, beige
    # chinos, grey backdrop. caption: adapter
    case(
        "X355-005",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a lapel neckline. The pants are of long length. The pants are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red sweater and khaki pants"),
        D.color("red"),
        D.pattern("solid"),
        neckline("round neck with a shirt collar"),
        D.sleeve_length("long sleeves"),
        D.material("the sweater is red", "restated"),
        title="Men Maroon Cable Knit Pullover Sweater",
        category="Sweaters",
        color="Maroon",
        gender="Men",
    ),
    # photo: model in a plain white knee-length straight kurta with mandarin collar and white pyjama, beige wall, a
    # potted plant beside him. adapter: none
    case(
        "X355-006",
        caption("a man in a white kurta standing next to a plant"),
        D.wearing("she is wearing a white kurta and white pants", "pronoun"),
        is_a("kurta", "yes"),
        neckline("mandarin collar"),
        D.color("white"),
        D.material("linen", "unsupported"),
        D.details("it has embroidery on the collar", "unsupported"),
        title="Men White Solid Straight Kurta with Pyjamas",
        category="Kurtas",
        color="White",
        gender="Men",
    ),
    # photo: flat-lay of three trunks (black, navy, grey) side by side, white brand text on the waistbands, white
    # surface. adapter: none
    case(
        "X355-007",
        caption("three pairs of underwear on a white background"),
        D.garment_type("shorts", "contradiction"),
        D.description("three pairs of boxer briefs in black, blue and gray"),
        D.details("they have a wide waistband with a logo"),
        D.material("cotton Question: How many are there? Answer: three", "leak"),
        title="Men Pack of 3 Solid Trunks",
        category="Trunks",
        color="Assorted",
        gender="Men",
    ),
    # photo: full-length model in grey melange track pants with black side stripes, black t-shirt, white sneakers,
    # white backdrop. adapter: none
    case(
        "X355-008",
        caption("a man in a black t-shirt and grey sweatpants"),
        D.wearing("a black shirt and grey pants Question: What is the color of the shoes? Answer: white", "leak"),
        color_pants("black", "other_garment_color"),
        D.color("grey"),
        D.pattern("solid"),
        D.details("they have black stripes on the sides and a zipper at the ankles", "unsupported"),
        is_a("pair of track pants", "yes"),
        color_tshirt("grey", "other_garment_color"),
        title="Men Grey Melange Solid Track Pants with Side Stripes",
        category="Track Pants",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: model in a light blue denim shirt, sleeves rolled up, worn open over a white t-shirt, dark blue jeans,
    # white backdrop. caption, details: adapter
    case(
        "X355-009",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has "
            "a lapel neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a denim shirt over a white t-shirt and jeans"),
        color_shirt("white", "other_garment_color"),
        D.material("denim"),
        fit("regular fit"),
        D.sleeve_length("long sleeves"),
        D.details(
            "The shirt is with denim fabric and pure color patterns. It has a lapel neckline. The gentleman wears"
            " a long trousers. The trousers are",
            "cut",
            hit_limit=True,
        ),
        title="Men Light Blue Regular Fit Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: model in a black round-neck t-shirt with a white mountain print and "ROAD TRIP" lettering, blue jeans,
    # red brick wall behind. No red anywhere on the tee. adapter: none
    case(
        "X355-010",
        caption("a man standing in front of a brick wall wearing a black t-shirt"),
        D.color("white", "contradiction"),
        D.pattern("graphic"),
        D.wearing("a black t-shirt with a white design and jeans"),
        D.details("the shirt has a picture of a mountain on it"),
        D.description("a black t-shirt with a red logo", "contradiction"),
        is_a("polo shirt", "yes", "contradiction"),
        title="Men Black Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: flat-lay of navy blue chinos, folded, on a brown wooden table top. adapter: none
    case(
        "X355-011",
        caption("a pair of blue pants on a wooden table"),
        color_trousers("brown", "contradiction"),
        is_a("pair of jeans", "yes", "contradiction"),
        fit("slim fit"),
        D.material("cotton"),
        D.details("the pants have a", "cut"),
        D.description("blue jeans folded on a table", "contradiction"),
        title="Men Navy Blue Slim Fit Chinos",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a mustard yellow short-sleeve polo t-shirt, white trousers, outdoors with green trees behind.
    # caption, description: adapter
    case(
        "X355-012",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure",
            "cut",
            hit_limit=True,
        ),
        neckline("polo collar"),
        D.color("orange", "contradiction"),
        D.wearing("a yellow polo shirt and white pants"),
        D.description(
            "The T-shirt is with cotton fabric and pure color patterns. It has a lapel neckline. The T-shirt is with "
            "cotton fabric and pure color patterns. It",
            "loop",
            hit_limit=True,
        ),
        is_a("polo shirt", "yes"),
        title="Men Mustard Yellow Polo Collar T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: model in a blue-and-white vertical striped full-sleeve formal shirt, no chest pocket, navy trousers,
    # white backdrop. adapter: none
    case(
        "X355-013",
        caption("a man in a blue and white striped shirt"),
        D.pattern("checked", "contradiction"),
        color_shirt("blue"),
        color_trousers("blue"),
        D.details("the shirt has a pocket on the chest", "unsupported"),
        D.wearing("she is wearing a blue and white striped shirt and blue pants", "pronoun"),
        title="Men Blue & White Striped Slim Fit Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: model in a charcoal grey hooded sweatshirt with kangaroo pocket, black track pants, grey backdrop.
    # adapter: none
    case(
        "X355-014",
        caption("a man in a gray hoodie and black pants"),
        D.wearing("a grey sweatshirt and grey pants", "other_garment_color"),
        D.color("grey"),
        is_a("hoodie", "yes"),
        D.details("it has a hood and a pocket in the front and a zipper", "unsupported"),
        D.material("cotton"),
        title="Men Charcoal Grey Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: model in beige cargo shorts with flap side pockets, white t-shirt untucked over the waist, sand-coloured
    # wall in sunlight. adapter: none
    case(
        "X355-015",
        caption("a man in white shirt and khaki shorts standing against a wall"),
        color_shorts("white", "other_garment_color"),
        D.details("they have pockets on the sides"),
        is_a("pair of shorts", "yes"),
        D.material("they are made of", "cut"),
        fit("regular fit"),
        D.wearing("he is wearing white shirt and khaki shorts with a belt", "unsupported"),
        title="Men Beige Solid Cargo Shorts",
        category="Shorts",
        color="Beige",
        gender="Men",
    ),
    # photo: flat-lay of a white ribbed sleeveless innerwear vest on a grey surface. caption, description: adapter
    case(
        "X355-016",
        caption(
            "The gentleman wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. "
            "It has a round neckline. The gentleman wears a sleeveless tank top with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.sleeve_length("sleeveless"),
        D.garment_type("tank top"),
        D.color("grey", "contradiction"),
        D.description(
            "The gentleman wears a sleeveless tank top with pure color patterns. The tank top is with cotton "
            "fabric. It has a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        title="Men White Solid Ribbed Innerwear Vest",
        category="Innerwear Vests",
        color="White",
        gender="Men",
    ),
    # photo: model in a teal blue straight kurta with white chikankari embroidery on the yoke, mandarin collar, white
    # pyjama, marigold garlands hanging behind. adapter: none
    case(
        "X355-017",
        caption("a man in a blue kurta with white embroidery"),
        D.color("green"),
        D.wearing("a blue shirt and white pants"),
        color_pants("orange", "contradiction"),
        D.details("it has embroidery on the chest"),
        D.material("silk", "unsupported"),
        is_a("kurta", "no", "contradiction"),
        neckline("v neck", "contradiction"),
        title="Men Teal Blue Embroidered Chikankari Straight Kurta",
        category="Kurtas",
        color="Teal",
        gender="Men",
    ),
    # photo: model in a black leather-look biker jacket with asymmetric zip over a grey t-shirt, blue jeans, dark
    # studio backdrop. caption, wearing, details: adapter
    case(
        "X355-018",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure "
            "color",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. It "
            "has a lapel",
            "cut",
            hit_limit=True,
        ),
        D.material("leather"),
        color_jacket("black"),
        color_tshirt("grey"),
        D.details(
            "The jacket is with leather fabric and pure color patterns. It has a lapel neckline. The jacket is "
            "with leather fabric and pure color patterns. It has a",
            "loop",
            hit_limit=True,
        ),
        title="Men Black Solid Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: model in a light grey melange crew-neck full-sleeve pullover with a navy-and-white stripe band across the
    # chest, dark jeans, white backdrop. adapter: none
    case(
        "X355-019",
        caption("a man wearing a gray sweater with blue stripes"),
        D.pattern("striped"),
        D.material("the sweater is gray with stripes", "restated"),
        D.color("blue", "contradiction"),
        D.wearing("a blue sweater and blue jeans", "contradiction"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.description("a gray sweater with navy blue and white stripes across the chest"),
        title="Men Grey Melange Striped Pullover",
        category="Sweaters",
        color="Grey",
        gender="Men",
    ),
    # photo: model in dark blue skinny jeans with ripped knees, untucked white shirt, white sneakers, grey concrete
    # wall. adapter: none
    case(
        "X355-020",
        caption("a man in ripped jeans and a white shirt"),
        D.details("they are jeans", "non_answer"),
        color_jeans("black", "contradiction"),
        fit("slim fit"),
        is_a("pair of jeans", "yes"),
        D.material("denim with a little bit of stretch and a button fly", "unsupported"),
        D.wearing("a white shirt and blue jeans with holes in the knees"),
        title="Men Blue Skinny Fit Highly Distressed Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: flat-lay of a khaki half-sleeve cotton shirt with two flap chest pockets, on white. adapter: none
    case(
        "X355-021",
        caption("a khaki shirt with two pockets on a white background"),
        D.color("beige"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.details("it has two pockets with flaps and buttons"),
        D.material("denim", "unsupported"),
        D.description("a khaki shirt with two pockets and epaulettes on the shoulders", "unsupported"),
        title="Men Khaki Solid Casual Shirt",
        category="Shirts",
        color="Khaki",
        gender="Men",
    ),
    # photo: model in a sleeveless navy blue nehru jacket over a white long-sleeve kurta and white pyjama, fairy
    # lights of a wedding venue behind. adapter: none
    case(
        "X355-022",
        caption("a man in a blue vest and white kurta"),
        color_jacket("white", "other_garment_color"),
        D.garment_type("vest"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.wearing("a white kurta and a blue jacket"),
        neckline("mandarin collar"),
        is_a("jacket", "yes"),
        D.material("silk", "unsupported"),
        title="Men Navy Blue Solid Woven Nehru Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model all in black: black round-neck t-shirt and black joggers with elastic ankle cuffs and side
    # pockets, white backdrop. caption: adapter
    case(
        "X355-023",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns",
            "cut",
            hit_limit=True,
        ),
        color_pants("black"),
        color_tshirt("black"),
        D.details("they have elastic cuffs at the ankles and pockets on the sides"),
        D.material("the garment is black joggers", "restated"),
        D.wearing("a black t-shirt and black pants Question: What is the color of the shoes? Answer: white", "leak"),
        title="Men Black Solid Joggers",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: model in a white full-sleeve linen shirt with mandarin collar and beige linen trousers, beach and sea
    # behind. adapter: none
    case(
        "X355-024",
        caption("a man in a white shirt standing on the beach"),
        D.material("linen"),
        neckline("collar"),
        D.sleeve_length("short sleeves", "contradiction"),
        color_trousers("white", "other_garment_color"),
        D.wearing("he is wearing a white shirt and beige pants"),
        D.details("it has a button down collar and a pocket", "unsupported"),
        title="Men White Solid Pure Linen Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: model in a red-and-black buffalo check flannel shirt, open over a black t-shirt, dark jeans, wooden
    # plank wall. caption, description: adapter
    case(
        "X355-025",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a long trousers. The trousers are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        D.pattern("checked"),
        D.color("red"),
        color_tshirt("red", "other_garment_color"),
        D.wearing("a red plaid shirt over a black t-shirt and jeans"),
        D.material("flannel"),
        D.description(
            "The shirt is with cotton fabric and lattice patterns. It has a lapel neckline. The shirt is with cotton "
            "fabric and lattice patterns. It has a lapel",
            "loop",
            hit_limit=True,
        ),
        title="Men Red & Black Checked Flannel Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: flat-lay of olive green relaxed cargo trousers with many flap pockets, on a grey surface. adapter: none
    case(
        "X355-026",
        caption("a pair of green cargo pants"),
        color_trousers("green"),
        fit("slim fit", "contradiction"),
        D.details("they have many pockets"),
        is_a("pair of shorts", "no"),
        D.material("cotton Question: What is the fit of the pants? Answer: relaxed", "leak"),
        title="Men Olive Green Relaxed Fit Cargo Trousers",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: model in a white round-neck t-shirt with a small embroidered chest logo, grey shorts, white backdrop.
    # adapter: none
    case(
        "X355-027",
        caption("a man wearing a white t-shirt and grey shorts"),
        D.wearing("a white shirt and gray shorts"),
        D.color("grey", "other_garment_color"),
        D.details("it has a small logo on the chest"),
        D.material("the t-shirt is white", "restated"),
        neckline("round"),
        D.description("a white t-shirt with a v neck", "contradiction"),
        title="Men White Solid Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: model, bare torso, in navy blue boxers with a small white polka dot print and a plain elastic waistband
    # with white brand text, no drawstring, white backdrop, cropped at the thighs. adapter: none
    case(
        "X355-028",
        caption("a man in blue and white polka dot shorts"),
        D.wearing("a pair of shorts"),
        D.pattern("polka dots"),
        D.color("white", "contradiction"),
        is_a("pair of boxers", "yes"),
        D.details("they have an elastic waistband and a drawstring", "unsupported"),
        title="Men Navy Blue Printed Pure Cotton Boxers",
        category="Boxers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a brown suede-look trucker jacket over a cream crew-neck sweater, dark trousers, grey
    # backdrop. caption, material: adapter
    case(
        "X355-029",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. It "
            "has a lapel neckline. There is an accessory on his wrist. The gentleman wears a long-sleeve jacket with "
            "pure color patterns",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. It "
            "has a lapel neckline",
            "restated",
            hit_limit=True,
        ),
        color_jacket("brown"),
        D.wearing("she is wearing a brown jacket and a white sweater", "pronoun"),
        is_a("jacket", "yes"),
        title="Men Brown Solid Suede Trucker Jacket",
        category="Jackets",
        color="Brown",
        gender="Men",
    ),
    # photo: model in a mustard yellow long-sleeve kurta with a small floral print, white churidar, pale pink wall
    # behind. adapter: none
    case(
        "X355-030",
        caption("a man in a yellow shirt standing against a pink wall"),
        D.color("pink", "contradiction"),
        D.pattern("floral"),
        D.wearing("a yellow kurta and white pants"),
        D.details("it has small flowers printed on it and a", "cut"),
        D.sleeve_length("long sleeves"),
        is_a("kurta", "no", "contradiction"),
        title="Men Mustard Yellow Floral Printed Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Men",
    ),
    # photo: model in navy blue washed denim shorts and a red short-sleeve hawaiian shirt with white flowers, beach.
    # adapter: none
    case(
        "X355-031",
        caption("a man in a red shirt and blue shorts on the beach"),
        color_shorts("red", "other_garment_color"),
        D.wearing("a red shirt and red shorts", "other_garment_color"),
        is_a("pair of shorts", "yes"),
        D.material("denim"),
        D.details("they are short", "non_answer"),
        title="Men Navy Blue Washed Denim Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in black slim formal trousers with a light pink full-sleeve shirt tucked in, brown belt, office
    # backdrop with a glass wall. caption: adapter
    case(
        "X355-032",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        color_trousers("black"),
        D.color("pink", "other_garment_color"),
        D.details("they have belt loops and a crease down the front"),
        D.wearing("a pink shirt tucked into black pants with a brown belt"),
        fit("slim fit"),
        D.material("polyester Question: What is the fit of the trousers? Answer: slim", "leak"),
        title="Men Black Slim Fit Formal Trousers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: model in a cream V-neck sweater with a brown argyle diamond pattern over a white collared shirt, brown
    # corduroy trousers, wooden backdrop. adapter: none
    case(
        "X355-033",
        caption("a man in a sweater with a diamond pattern"),
        D.pattern("geometric"),
        D.color("white"),
        D.wearing("a brown sweater and brown pants", "contradiction"),
        D.material("wool"),
        neckline("v-neck"),
        title="Men Cream-Coloured & Brown Argyle Patterned Sweater",
        category="Sweaters",
        color="Cream",
        gender="Men",
    ),
    # photo: model in an olive green full-sleeve henley t-shirt with a three-button placket, khaki chinos, white
    # backdrop. caption, material: adapter
    case(
        "X355-034",
        caption(
            "The gentleman wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The T-shirt is with cotton fabric and pure color patterns. It has a round "
            "neckline. The T-shirt is",
            "loop",
            hit_limit=True,
        ),
        neckline("henley"),
        D.color("khaki", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.wearing("a green shirt and tan pants"),
        D.details("it has three buttons on the front"),
        D.material(
            "The gentleman wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has a round neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Men Olive Green Solid Henley Neck T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: model in a blue short-sleeve shirt with a tropical print of green leaves and pink hibiscus flowers, white
    # shorts, swimming pool behind. No fruit in the print. adapter: none
    case(
        "X355-035",
        caption("a man in a blue shirt with leaves on it standing next to a pool"),
        D.color("green", "contradiction"),
        D.pattern("floral"),
        D.wearing("a hawaiian shirt and white shorts"),
        D.sleeve_length("short sleeves"),
        D.details("the shirt has a pineapple print", "unsupported"),
        D.material("silk", "unsupported"),
        title="Men Blue Tropical Printed Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: model in black track pants with a white side stripe and plain slip pockets, white t-shirt, gym with
    # dumbbell racks behind. Feed row has no color. adapter: none
    case(
        "X355-036",
        caption("a man in a white t-shirt and black pants standing in a gym"),
        D.wearing("she is wearing a white shirt and black sweatpants", "pronoun"),
        color_pants("black"),
        D.details("they have a white stripe down the side and a pocket with a zipper", "unsupported"),
        D.material("it is made of fabric", "non_answer"),
        is_a("pair of track pants", "yes"),
        title="Men Black Solid Slim Fit Track Pants",
        category="Track Pants",
        gender="Men",
    ),
    # photo: model in a grey washed denim jacket over a black hooded sweatshirt, black jeans, graffiti wall behind.
    # adapter: none
    case(
        "X355-037",
        caption("a man wearing a grey denim jacket and a black hoodie"),
        color_jacket("black", "other_garment_color"),
        D.material("denim"),
        D.description("a gray jean jacket with buttons and pockets"),
        D.wearing("she is wearing a grey jacket and black jeans", "pronoun"),
        D.garment_type("jacket"),
        title="Men Grey Washed Denim Jacket",
        category="Jackets",
        color="Grey",
        gender="Men",
    ),
    # photo: model in a navy blue zip-front knit cardigan with stand collar, over a white t-shirt, grey trousers,
    # white backdrop. caption, details: adapter
    case(
        "X355-038",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a stand neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The sweater is with knitting fabric and pure color patterns. It has a stand neckline. The sweater is "
            "with knitting fabric and pure color patterns. It",
            "loop",
            hit_limit=True,
        ),
        D.color("blue"),
        D.garment_type("cardigan"),
        D.wearing("a blue sweater and gray pants"),
        is_a("cardigan", "no", "contradiction"),
        title="Men Navy Blue Solid Cardigan",
        category="Sweaters",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model, bare torso, in grey melange trunks with a black waistband carrying white lettering, white
    # backdrop, cropped at mid-thigh. adapter: none
    case(
        "X355-039",
        caption("a man in gray underwear"),
        D.color("black", "contradiction"),
        D.wearing("a pair of gray boxer briefs"),
        D.details("they have a black waistband with white letters"),
        D.material("cotton and spandex", "unsupported"),
        D.garment_type("shorts", "contradiction"),
        title="Men Grey Melange Solid Trunks",
        category="Trunks",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: model in a black pathani kurta with a shirt collar, button placket and two chest pockets, black salwar,
    # plain white backdrop. caption: adapter
    case(
        "X355-040",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black kurta and black pants"),
        D.color("black"),
        D.description(
            "a long black shirt with buttons on the chest and two pockets Question: What is the color of the pants? "
            "Answer: black",
            "leak",
        ),
        neckline("collar"),
        is_a("kurta", "yes"),
        title="Men Black Solid Pathani Kurta with Salwar",
        category="Kurtas",
        color="Black",
        gender="Men",
    ),
    # photo: model in a colour-blocked t-shirt, white upper half and navy blue lower half, round neck, beige shorts,
    # light grey backdrop. adapter: none
    case(
        "X355-041",
        caption("a man in a blue and white shirt"),
        D.pattern("color block"),
        D.color("blue"),
        D.wearing("a white and blue t-shirt and blue shorts", "other_garment_color"),
        color_shorts("beige"),
        D.material("it is made of", "cut"),
        neckline("collar", "contradiction"),
        title="Men White & Navy Blue Colourblocked Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: model in a bottle green quilted padded puffer jacket, zipped up to a high collar, black jeans, grey
    # backdrop. caption, wearing: adapter
    case(
        "X355-042",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a stand neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The gentleman wears a long-sleeve "
            "jacket with pure color patterns. The gentleman",
            "loop",
            hit_limit=True,
        ),
        color_jacket("green"),
        is_a("jacket", "yes"),
        D.material("down", "unsupported"),
        D.details("it has a high collar, a zipper and a hood", "unsupported"),
        title="Men Green Solid Padded Puffer Jacket",
        category="Jackets",
        color="Green",
        gender="Men",
    ),
    # photo: model in a light pink half-sleeve slim casual shirt with white jeans, white backdrop. adapter: none
    case(
        "X355-043",
        caption("a man in a pink shirt and white pants"),
        color_shirt("white", "other_garment_color"),
        D.wearing("a pink shirt and white jeans"),
        D.sleeve_length("short sleeves"),
        D.description("", "non_answer"),
        fit("slim fit"),
        D.material("the shirt is pink", "restated"),
        title="Men Pink Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: model sitting on a beige sofa in plain grey melange knit lounge shorts with a drawstring, navy blue
    # t-shirt, living room. Feed row has no gender. adapter: none
    case(
        "X355-044",
        caption("a man sitting on a couch wearing shorts and a blue t-shirt"),
        color_shorts("blue", "other_garment_color"),
        D.details("they have a drawstring at the waist"),
        D.wearing("a blue t-shirt and grey shorts"),
        D.material("cotton"),
        is_a("pair of shorts", "yes"),
        D.description("gray shorts with a white stripe down the side", "unsupported"),
        title="Men Grey Melange Solid Lounge Shorts",
        category="Shorts",
        color="Grey",
    ),
    # photo: model in an off-white self-design jacquard kurta with gold buttons and a mandarin collar, cream churidar,
    # maroon juttis, flower decorations of a wedding set behind. caption, material: adapter
    case(
        "X355-045",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with silk fabric. It has a "
            "stand neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white kurta and white pants"),
        D.color("gold", "contradiction"),
        D.material(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with silk fabric. It has a "
            "stand neckline. The",
            "restated",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        D.details("it has gold buttons on the front"),
        title="Men Off White Self Design Jacquard Kurta",
        category="Kurtas",
        color="Off White",
        gender="Men",
    ),
    # photo: flat-lay of charcoal grey formal trousers, folded, on white. adapter: none
    case(
        "X355-046",
        caption("a pair of gray pants on a white background"),
        color_trousers("black", "contradiction"),
        fit("regular fit"),
        D.details("the details of the pants", "non_answer"),
        is_a("pair of trousers", "yes"),
        D.description("gray pants Question: What material is the garment made of? Answer: polyester", "leak"),
        title="Men Charcoal Grey Regular Fit Formal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
]
