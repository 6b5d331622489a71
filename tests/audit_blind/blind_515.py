"""BLIND_515 (46 products; Myntra women's western wear: tops, shirts, dresses, jumpsuits, co-ords, bottoms, layers):
written blind in the fiftieth session. Measured blind at 2d8ef52 (the session's rules as they stood): 109/132
failures found (82.6%) and 5/173 correct texts flagged (2.9%). The writer's notes, verbatim:

Scenario: a Myntra English catalog feed for one night of women's western wear: t-shirts, tops and blouses, shirts,
dresses, jumpsuits, co-ord sets, jeans, trousers, skirts, shorts, jackets, shrugs and sweaters. Most photos are on a
model in a studio, with the rest of the outfit visible (jeans under a tee, a tee under a jacket, a tucked-in shirt over
a skirt); a few are outdoors (beach, brick wall, snow, a field of flowers) and one is a flat lay. Each row carries the
seller's title (brand first), category, color and gender; a few rows miss the gender or the color.

Who wrote what: enrich's default questionnaire. The caption and the open answers (wearing, description, details,
material, the neckline question) come from the untuned base `Salesforce/blip2-opt-2.7b` unless the comment above the
case names the caption adapter (epoch 1 `..._Caption_First_Epoch` or epoch 3 `..._Blip2_Finetune_Caption`). The base
model writes short lowercase texts and stops on its own (never hit_limit). The adapter writes the DeepFashion template
("The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric ...") with no end
token, so each adapter text runs to its limit (50 tokens for captions, 30 for answers) and carries hit_limit=True; it
returns its template whatever the question. The closed questions (garment_type, color, pattern, sleeve_length, the
per-piece color questions and "Is this a ...?") are enrich's `--engine reference` answers, values chosen from
candidate sets: never a loop or a cut, but sometimes the wrong candidate.

Labeling conventions and judgement calls:
- Shade words are correct: red for maroon, orange for rust, yellow for mustard, pink for peach, purple for lavender or
  lilac, green for olive or teal, blue for navy or teal, grey for charcoal or grey melange, white for cream, khaki or
  tan or beige for beige and khaki. Navy answered black is contradiction.
- A print or check color given as the garment's color (blue for a white dress with blue flowers, green for a white
  shirt with green leaves, white for a black skirt with white dots, white for a red-and-white gingham top) is
  contradiction. The color of another piece in the photo (the tee under the jacket, the tucked-in shirt, the top worn
  with the shorts) given as the product's color is other_garment_color, whether closed or open.
- The reverse, the product's color given to another piece ("white pants" for beige trousers under a white shirt,
  "black" for the white pants worn with a black tank top), is contradiction.
- Garment synonyms are correct: cardigan or sweater for a shrug-like knit, jean jacket for denim jacket, kimono or
  jacket for a longline shrug, blazer for a jacket, top for a blouse, shirt or jacket for a shacket (category Jackets),
  sweater for a cardigan. A jumpsuit named shirt and pants or tank top and pants by the adapter, a sweater dress named
  a sweater, a jumpsuit called "a blue dress", a shirt dress answered "shirt", a denim jacket answered "dress" (the
  dress under it), a shrug answered "no" to "Is this a shrug?", a shirt-and-trousers co-ord answered "yes" to "Is this
  a jumpsuit?" and a satin co-ord set called pajamas are contradiction.
- Houndstooth answered "checked", a tropical leaf print answered "floral" and tie-dye answered "printed" are correct.
  Pleats answered "striped" is contradiction, and so are wrong sleeve lengths: sleeveless answered "long sleeves",
  short or puff sleeves answered "long sleeves" or "sleeveless", and "sleeveless" for a long-sleeve jacket or shrug
  worn over a sleeveless dress (the reference engine answered for the dress; a sleeve length is no color, so this is
  contradiction, not other_garment_color). Black jeans answered "blue" is contradiction.
- Materials: one the title names, or a plausible guess on what the photo shows (cotton on a plain tee or shirt, wool
  or knit on a knitted sweater, chiffon on georgette, leather on faux leather, crochet-look cotton) is correct; silk
  on a satin dress, silk on a plain top whose title names no fabric, linen on a shirt whose title says cotton and
  cotton on trousers whose title says linen blend are unsupported. The garment's name given as its material
  ("jeans", "it is a puffer jacket", "a black tank top", "the jacket is black") is restated.
- Invented items the photo does not show (a belt on a plain dress, a slit, pockets on a plain skirt, gold buttons on a
  blazer with black ones, tassels, a collar on a collarless dress, a fur trim on a plain hood, earrings, a scarf, a
  bikini) are unsupported. A quilted puffer answered "striped" is contradiction. Items the photo does show (heels,
  boots, a straw hat, a brown belt, a plant or a brick wall behind) are correct.
- Adapter texts: one that repeats a sentence of the template is loop; one that stops mid-sentence without repeating
  is cut; the template returned for the material question is restated; where the template misnames the garment
  itself (a jumpsuit as a top and pants, a sweater dress as a sweater) or describes another piece of the outfit as
  the garment (the tee for the jeans' description, the dress under it for a shrug's details) it is contradiction,
  hit_limit kept. A template that names a shirt for a shacket is no misnaming: it is labelled by its cut.
- Base answers: one stopped early ("it is made of", "the top is made of", "it is made of cotton and") is cut without
  hit_limit; an empty answer, "they are black jeans" and "the set has details" for the details, "it is a garment" for
  the description and "it is made of fabric" for the material are non_answer; "the garment is a shirt" and "it is a
  skirt" for "Describe the garment." are restated; an answer running on into "Question: ... Answer: ..." is leak
  even where its first words are right; "he" for the woman is pronoun.
- The flat lay (no person) is not asked "What is the person wearing?"; that case asks only the garment questions.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_top = question("color_top", "What is the color of the top?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
color_skirt = question("color_skirt", "What is the color of the skirt?", "closed")
color_trousers = question("color_trousers", "What is the color of the trousers?", "closed")
neckline = question("neckline", "What is the neckline of the top?", "open")

BLIND_515 = [
    # photo: model in a white round-neck short-sleeve tee worn untucked over mid-blue jeans, white studio backdrop.
    # no adapter text
    case(
        "X515-001",
        caption("a woman wearing a white t-shirt and jeans"),
        D.wearing("a white t-shirt and blue jeans"),
        D.garment_type("t-shirt"),
        D.color("white"),
        D.sleeve_length("short sleeves"),
        D.material("cotton"),
        title="Roadster Women White Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: model in a black-and-white horizontally striped long-sleeve collared shirt tucked into black trousers,
    # light grey backdrop. caption: adapter (epoch 3)
    case(
        "X515-002",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a "
            "lapel collar. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black and white striped shirt and black pants"),
        D.color("black"),
        D.pattern("striped"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.details("the shirt has buttons down the front and a collar"),
        D.material("linen", "unsupported"),
        title="HERE&NOW Women Black & White Striped Pure Cotton Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Women",
    ),
    # photo: model in a maroon fit-and-flare midi dress with a small white floral print, V-neck, short flutter
    # sleeves, no belt, standing in front of a plain white wall. no adapter text
    case(
        "X515-003",
        caption("a woman in a red floral dress standing in front of a white wall"),
        D.wearing("a red dress with white polka dots", "contradiction"),
        D.color("pink", "contradiction"),
        D.pattern("floral"),
        D.sleeve_length("short sleeves"),
        D.description("a red dress with white flowers"),
        D.details("the dress has a v-neck and a belt", "unsupported"),
        title="SASSAFRAS Women Maroon Floral Print Fit & Flare Midi Dress",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in a navy blue sleeveless V-neck wide-leg crepe jumpsuit with a self tie at the waist (no
    # visible pockets), grey backdrop.
    # caption: adapter (epoch 1)
    case(
        "X515-004",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a long pants. The pants are with cotton fabric and pure color",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a blue dress", "contradiction"),
        D.garment_type("jumpsuit"),
        D.color("blue"),
        is_a("dress", "no"),
        D.details("the jumpsuit has pockets and a belt", "unsupported"),
        D.material("crepe"),
        title="Tokyo Talkies Women Navy Blue Solid Crepe Basic Jumpsuit",
        category="Jumpsuit",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in olive green cargo trousers with side flap pockets, worn with a white cropped tank top,
    # white sneakers, beige backdrop. no adapter text
    case(
        "X515-005",
        caption("a woman wearing a white crop top and green cargo pants"),
        D.wearing("a white top and white pants", "contradiction"),
        D.color("green"),
        color_pants("white", "other_garment_color"),
        D.details("the pants have pockets on the sides"),
        D.material("the pants are made of", "cut"),
        title="Bershka Women Olive Green Cargo Trousers",
        category="Trousers",
        color="Olive",
        gender="Women",
    ),
    # photo: model in light-wash blue skinny jeans with a black tee tucked in, white backdrop, full length.
    # no adapter text
    case(
        "X515-006",
        caption("a woman in black top and jeans posing for a photo"),
        D.wearing("he is wearing a black shirt and blue jeans", "pronoun"),
        D.garment_type("jeans"),
        D.color("black", "other_garment_color"),
        D.description("the jeans are blue"),
        D.details("the jeans have a button and a zipper and a belt", "unsupported"),
        D.material("denim"),
        title="DOLCE CRUDO Women Blue Skinny Fit High-Rise Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a pink cable-knit long-sleeve crew-neck pullover over blue jeans, hand on hip, a silver watch
    # on the wrist, grey backdrop. caption, details and material: adapter (epoch 3)
    case(
        "X515-007",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("sweater"),
        D.color("pink"),
        D.sleeve_length("long sleeves"),
        D.description("a pink sweater with a cable knit pattern"),
        D.details(
            "The sweater is with knitting fabric and pure color patterns. It has a round neckline. The sweater is "
            "with knitting fabric",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round",
            "restated",
            hit_limit=True,
        ),
        title="Marks & Spencer Women Pink Cable Knit Pullover",
        category="Sweaters",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a mustard yellow wrap top with a small white-and-orange floral print, tie at the waist,
    # three-quarter sleeves, with white jeans, plain backdrop. no adapter text
    case(
        "X515-008",
        caption("a woman in a yellow top and white pants"),
        D.wearing("a yellow floral top and white jeans"),
        D.color("orange", "contradiction"),
        D.pattern("floral"),
        D.description("a yellow top with flowers and a necklace", "unsupported"),
        D.details("the top has a wrap front and a tie at the waist"),
        D.material("it is made of", "cut"),
        title="Berrylush Women Mustard Floral Print Wrap Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in a black faux-leather biker jacket with silver zips on the sleeves, open over a white tee and
    # blue jeans, studio. caption: adapter (epoch 1)
    case(
        "X515-009",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. It has "
            "a lapel collar. The lady wears a short-sleeve T-shirt with pure color patterns. The T",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black leather jacket, white t-shirt and jeans"),
        D.color("white", "other_garment_color"),
        D.description("a black leather jacket with a white shirt and a red scarf", "unsupported"),
        D.details("the jacket has zippers on the sleeves and a collar"),
        D.material("the jacket is black", "restated"),
        title="Roadster Women Black Faux Leather Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: model in a white schiffli-embroidered cotton top with short puff sleeves and a ruffled hem, with blue
    # denim shorts, potted plant beside her. no adapter text
    case(
        "X515-010",
        caption("a woman in a white top and denim shorts standing by a plant"),
        D.wearing("a white blouse and white shorts", "contradiction"),
        is_a("blouse", "yes"),
        D.description(
            "a white top with puff sleeves Question: what is the color of the shorts? Answer: blue",
            "leak",
        ),
        D.details("the top has lace on the sleeves and the neckline"),
        D.material("it is made of cotton and", "cut"),
        title="Mast & Harbour Women White Schiffli Embroidered Pure Cotton Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: model in a red sleeveless square-neck bodycon mini dress and black heels, black backdrop.
    # details: adapter (epoch 3)
    case(
        "X515-011",
        caption("a woman in a red dress posing"),
        D.wearing("a red dress and black heels"),
        D.garment_type("dress"),
        D.color("red"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.details(
            "The dress is with cotton fabric and pure color patterns. It has a square neckline. The dress is with "
            "cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        D.material("it is made of a stretchy fabric"),
        title="Athena Women Red Solid Bodycon Mini Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: model in an oversized grey melange short-sleeve tee with a black "NYC" graphic, black biker shorts,
    # white backdrop. caption, details and material: adapter (epoch 1)
    case(
        "X515-012",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a grey shirt and grey shorts", "contradiction"),
        D.color("grey"),
        D.pattern("graphic"),
        D.description("a grey t-shirt with the words new york city on it"),
        D.details(
            "The T-shirt is with cotton fabric and graphic patterns. It has a round neckline. The T-shirt is with "
            "cotton fabric and graphic",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round",
            "restated",
            hit_limit=True,
        ),
        title="Roadster Women Grey Melange Typography Printed Oversized T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: model in beige high-waist pleated wide-leg linen-blend trousers with a black ribbed tank top tucked in,
    # cream backdrop. caption: adapter (epoch 1)
    case(
        "X515-013",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a round "
            "neckline. The lady wears a long trousers. The trousers are with linen fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black tank top and khaki pants"),
        D.color("black", "other_garment_color"),
        D.garment_type("trousers"),
        D.details("the pants have a high waist and pleats"),
        D.material("cotton", "unsupported"),
        title="MANGO Women Beige Linen Blend Pleated Wide Leg Trousers",
        category="Trousers",
        color="Beige",
        gender="Women",
    ),
    # photo: model in a light blue denim shirt dress, sleeves rolled up, brown leather belt, knee length, studio.
    # caption and details: adapter (epoch 3)
    case(
        "X515-014",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with denim fabric. It has a "
            "lapel collar. There is a belt. The lady wears a long-sleeve dress with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue denim dress with a brown belt"),
        D.garment_type("shirt", "contradiction"),
        is_a("dress", "yes"),
        D.details(
            "The dress is with denim fabric and pure color patterns. It has a lapel collar. There is a belt. The "
            "dress is with",
            "cut",
            hit_limit=True,
        ),
        D.material("denim"),
        title="DressBerry Women Blue Denim Shirt Dress with Belt",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a plain black A-line mini skirt (no pockets, side zip not visible) with a white shirt tucked
    # in, white backdrop. no adapter text
    case(
        "X515-015",
        caption("a woman in a white shirt and black skirt"),
        D.wearing("a white shirt and a black skirt"),
        D.color("white", "other_garment_color"),
        color_skirt("black"),
        D.description("he is wearing a black skirt and a white shirt", "pronoun"),
        D.details("the skirt has pockets", "unsupported"),
        title="SASSAFRAS Women Black Solid A-Line Mini Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: model in a lavender ribbed-knit co-ord set: cropped short-sleeve top and matching flared trousers,
    # white backdrop. no adapter text
    case(
        "X515-016",
        caption("a woman in a purple top and pants"),
        D.wearing("a purple crop top and pants"),
        D.color("purple"),
        color_pants("purple"),
        D.description(
            "a purple top and pants set Question: what is the material of the top? Answer: cotton",
            "leak",
        ),
        D.details("the set has details", "non_answer"),
        D.material("cotton"),
        title="Trendyol Women Lavender Ribbed Top with Flared Trousers Co-Ord Set",
        category="Co-Ords",
        color="Lavender",
        gender="Women",
    ),
    # photo: model on a beach in a sleeveless V-neck white georgette maxi dress with a blue floral print.
    # caption and details: adapter (epoch 1)
    case(
        "X515-017",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a sleeveless dress with floral patterns. The dress is",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white floral dress on the beach"),
        D.color("blue", "contradiction"),
        D.description("a long white dress with blue flowers"),
        D.details(
            "The dress is with chiffon fabric and floral patterns. It has a v-shape neckline. The dress is with "
            "chiffon fabric and",
            "loop",
            hit_limit=True,
        ),
        D.material("chiffon"),
        title="Sangria Women White & Blue Floral Print Georgette Maxi Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: model in a rust oversized long-sleeve shirt with a chest pocket, open over black cycling shorts,
    # white backdrop. no adapter text
    case(
        "X515-018",
        caption("a woman in an orange shirt and black shorts"),
        D.wearing("an orange shirt and black shorts"),
        D.color("orange"),
        D.sleeve_length("long sleeves"),
        D.description("the garment is a shirt", "restated"),
        D.details("the shirt has a pocket on the chest and buttons"),
        D.material(
            "it is made of cotton Question: what is the color of the shorts? Answer: black",
            "leak",
        ),
        title="Roadster Women Rust Solid Oversized Casual Shirt",
        category="Shirts",
        color="Rust",
        gender="Women",
    ),
    # photo: model in a cropped blue denim jacket worn open over a black satin slip dress, studio.
    # no adapter text
    case(
        "X515-019",
        caption("a woman in a denim jacket and a black dress"),
        D.wearing("a blue jean jacket and a black dress"),
        D.garment_type("dress", "contradiction"),
        D.color("black", "other_garment_color"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.details("the jacket has buttons and pockets"),
        D.material("denim"),
        title="Kraus Jeans Women Blue Cropped Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: model in an emerald green satin slip midi dress with spaghetti straps, no slit, front view, grey
    # backdrop, no jewellery. caption: adapter (epoch 3)
    case(
        "X515-020",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with silk fabric. It has a "
            "suspenders neckline. The lady wears a sleeveless dress with pure color patterns. The dress",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a green dress and gold earrings", "unsupported"),
        D.sleeve_length("sleeveless"),
        D.description("a green dress with thin straps"),
        D.details("the dress has a slit on the side", "unsupported"),
        D.material("silk", "unsupported"),
        title="Vero Moda Women Green Satin Slip Midi Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: flat lay of black high-rise mom jeans on a white surface, no person. no adapter text
    case(
        "X515-021",
        caption("a pair of black jeans on a white background"),
        D.garment_type("jeans"),
        D.color("blue", "contradiction"),
        D.pattern("solid"),
        D.description("black jeans"),
        D.details("they are black jeans", "non_answer"),
        D.material("denim"),
        title="Levis Women Black Mom Fit High-Rise Jeans",
        category="Jeans",
        color="Black",
    ),
    # photo: model in a blue-and-white striped co-ord set: short-sleeve collared shirt and matching shorts, studio.
    # caption and material: adapter (epoch 1)
    case(
        "X515-022",
        caption(
            "The lady wears a short-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a "
            "lapel collar. The lady wears a shorts. The shorts are with cotton fabric and striped patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue and white striped shirt and shorts"),
        D.color("blue"),
        D.pattern("striped"),
        color_shorts("blue"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.material(
            "The lady wears a short-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a "
            "lapel collar. The",
            "restated",
            hit_limit=True,
        ),
        title="Styli Women Blue & White Striped Shirt with Shorts Co-Ord Set",
        category="Co-Ords",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a black sheer net long-sleeve shrug open over a white camisole and blue jeans, studio.
    # no adapter text
    case(
        "X515-023",
        caption("a woman wearing a black cardigan over a white top"),
        D.wearing("a black shrug, white top and blue jeans"),
        is_a("shrug", "no", "contradiction"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.details("the shrug has buttons", "unsupported"),
        D.material("net"),
        title="Zima Leto Women Black Sheer Net Longline Shrug",
        category="Shrug",
        color="Black",
        gender="Women",
    ),
    # photo: model in a red-and-black buffalo-check flannel shirt, long sleeves, worn open over a black tee with
    # blue jeans, wooden door behind. no adapter text
    case(
        "X515-024",
        caption("a woman wearing a red and black plaid shirt"),
        D.wearing("she is wearing a red and black checkered shirt and a black t-shirt"),
        D.pattern("checked"),
        D.color("red"),
        D.description("a red plaid flannel shirt"),
        D.details("the shirt has two pockets on the chest and buttons down the front"),
        D.material("flannel"),
        title="HERE&NOW Women Red & Black Buffalo Checked Flannel Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Women",
    ),
    # photo: model in an oversized white linen long-sleeve shirt with beige trousers, wooden chair and a plant
    # beside her. caption and details: adapter (epoch 3)
    case(
        "X515-025",
        caption(
            "The female is wearing a long-sleeve shirt with pure color patterns. The shirt is with linen fabric. It "
            "has a lapel collar. The female wears a long trousers. The trousers are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and white pants", "contradiction"),
        D.color("white"),
        D.details(
            "The shirt is with linen fabric and pure color patterns. It has a lapel collar. The shirt is with linen "
            "fabric and pure",
            "loop",
            hit_limit=True,
        ),
        D.material("linen"),
        title="Marks & Spencer Women White Pure Linen Oversized Casual Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: model in a black tiered ruffle mini skirt with white polka dots and a white tee, white backdrop.
    # no adapter text
    case(
        "X515-026",
        caption("a woman in a black and white polka dot skirt"),
        D.wearing("a white t-shirt and a polka dot skirt"),
        D.pattern("polka dots"),
        D.color("white", "contradiction"),
        D.description("it is a skirt", "restated"),
        D.details("the skirt has tiers and a bow on the back", "unsupported"),
        title="Berrylush Women Black Polka Dot Print Tiered Mini Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: model outdoors in snow in a teal blue quilted hooded puffer jacket (plain hood, no fur trim), zipped,
    # with black trousers. no adapter text
    case(
        "X515-027",
        caption("a woman in a green puffer jacket standing in the snow"),
        D.wearing("a blue jacket and black pants"),
        D.garment_type("jacket"),
        D.color("blue"),
        D.pattern("striped", "contradiction"),
        D.details("the jacket has a hood with a fur trim and a zipper", "unsupported"),
        D.material("it is a puffer jacket", "restated"),
        title="Fort Collins Women Teal Solid Hooded Padded Jacket",
        category="Jackets",
        color="Teal",
        gender="Women",
    ),
    # photo: model in a black-and-white houndstooth single-breasted blazer with black buttons, black trousers,
    # grey backdrop. caption: adapter (epoch 1)
    case(
        "X515-028",
        caption(
            "The lady wears a long-sleeve jacket with lattice patterns. The jacket is with cotton fabric. It has a "
            "suit collar. The lady wears a long trousers. The trousers are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "he is wearing a black and white checkered blazer and black pants",
            "pronoun",
        ),
        D.pattern("checked"),
        D.color("black"),
        D.description("a black and white jacket with gold buttons", "unsupported"),
        title="Tokyo Talkies Women Black & White Houndstooth Single-Breasted Blazer",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: model in a peach square-neck top with short puff sleeves, with blue jeans, pale backdrop.
    # no adapter text
    case(
        "X515-029",
        caption("a woman in a pink blouse"),
        D.wearing("a pink top and blue jeans"),
        D.color("pink"),
        D.sleeve_length("short sleeves"),
        D.description("a blue top with puff sleeves", "other_garment_color"),
        neckline("square neck"),
        D.material("silk", "unsupported"),
        D.details("he is wearing a pink top with puff sleeves", "pronoun"),
        title="SASSAFRAS Women Peach Square Neck Puff Sleeve Top",
        category="Tops",
        color="Peach",
        gender="Women",
    ),
    # photo: model in a khaki long-sleeve utility jumpsuit with a collar, chest pockets and a tie belt, studio.
    # caption: adapter (epoch 3)
    case(
        "X515-030",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel collar. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a tan jumpsuit with a belt"),
        D.garment_type("jumpsuit"),
        D.color("beige"),
        D.sleeve_length("short sleeves", "contradiction"),
        is_a("dress", "no"),
        D.description(
            "a jumpsuit with pockets Question: what is the color of the jumpsuit? Answer: khaki",
            "leak",
        ),
        title="Roadster Women Khaki Solid Utility Jumpsuit with Belt",
        category="Jumpsuit",
        color="Khaki",
    ),
    # photo: model in a black ribbed sleeveless scoop-neck tank top (no pocket) tucked into white wide-leg pants,
    # white backdrop. caption: adapter (epoch 1)
    case(
        "X515-031",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a round "
            "neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black tank top and white pants"),
        D.color("black"),
        color_pants("black", "contradiction"),
        D.details("the top has a scoop neck and a pocket", "unsupported"),
        D.material("a black tank top", "restated"),
        title="H&M Women Black Ribbed Tank Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: model in a mustard knitted button-front cardigan over a white top, blue jeans, studio.
    # no adapter text
    case(
        "X515-032",
        caption("a woman in a yellow cardigan"),
        D.wearing("a yellow sweater and a white shirt"),
        D.garment_type("sweater"),
        D.color("yellow"),
        D.description("a yellow cardigan with buttons"),
        D.material("knit"),
        title="Mast & Harbour Women Mustard Yellow Solid Button Cardigan",
        category="Sweaters",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in a white short-sleeve collared shirt with a green tropical leaf print, white shorts, studio.
    # caption and material: adapter (epoch 1)
    case(
        "X515-033",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "lapel collar. The lady wears a short-sleeve shirt with floral patterns. The shirt is with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white shirt with green leaves on it"),
        D.color("green", "contradiction"),
        D.pattern("floral"),
        D.details("the shirt has leaves on it and a collar"),
        D.material(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "lapel collar. The",
            "restated",
            hit_limit=True,
        ),
        title="Vishudh Women White & Green Tropical Printed Casual Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: model in white denim shorts with frayed hems (no drawstring) and a pink tee, white backdrop.
    # caption: adapter (epoch 3)
    case(
        "X515-034",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a shorts. The shorts are with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink top and white shorts"),
        D.garment_type("shorts"),
        D.color("pink", "other_garment_color"),
        D.details("the shorts have frayed edges and a drawstring", "unsupported"),
        D.material("denim"),
        title="ONLY Women White Frayed Hem Denim Shorts",
        category="Shorts",
        color="White",
        gender="Women",
    ),
    # photo: model in a navy blue pleated midi skirt and a white tee, red brick wall behind. no adapter text
    case(
        "X515-035",
        caption("a woman standing in front of a brick wall wearing a blue skirt"),
        D.wearing("a white t-shirt and a blue skirt"),
        D.color("black", "contradiction"),
        D.pattern("striped", "contradiction"),
        color_skirt("white", "other_garment_color"),
        D.description("a long black pleated skirt", "contradiction"),
        D.details("the skirt has pleats"),
        title="Dorothy Perkins Women Navy Blue Accordion Pleated Midi Skirt",
        category="Skirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in an olive green long-sleeve shacket (shirt-jacket) with flap chest pockets, open over a black
    # tee and jeans, studio. caption: adapter (epoch 3)
    case(
        "X515-036",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel collar. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green jacket and a green t-shirt", "contradiction"),
        D.garment_type("shirt"),
        D.color("green"),
        D.description("it is a garment", "non_answer"),
        D.details("the jacket has pockets on the chest"),
        D.material("cotton Question: what is the color of the t-shirt? Answer: black", "leak"),
        title="Roadster Women Olive Green Solid Utility Shacket",
        category="Jackets",
        color="Olive",
        gender="Women",
    ),
    # photo: model in a black satin co-ord set: long-sleeve button-down shirt and matching straight trousers,
    # no belt, grey backdrop. no adapter text
    case(
        "X515-037",
        caption("a woman in black satin pajamas", "contradiction"),
        D.wearing("a black shirt and black pants"),
        D.color("black"),
        D.sleeve_length("long sleeves"),
        is_a("jumpsuit", "yes", "contradiction"),
        D.details("the shirt has buttons and a collar and a belt", "unsupported"),
        D.material("satin"),
        title="SASSAFRAS Women Black Satin Shirt with Trousers Co-Ord Set",
        category="Co-Ords",
        color="Black",
        gender="Women",
    ),
    # photo: model in a pink-and-blue tie-dye short-sleeve tee with denim shorts, white backdrop.
    # caption: adapter (epoch 3)
    case(
        "X515-038",
        caption(
            "The lady wears a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a short-sleeve T-shirt with color block patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a tie dye shirt and jean shorts"),
        D.color("pink"),
        D.pattern("printed"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.description("a pink and blue tie dye shirt"),
        D.details("", "non_answer"),
        title="Kook N Keech Women Multicoloured Tie-Dye Round Neck T-shirt",
        category="Tshirts",
        color="Multi",
        gender="Women",
    ),
    # photo: model in a black knee-length turtleneck long-sleeve sweater dress with black knee boots, studio.
    # caption and details: adapter (epoch 1)
    case(
        "X515-039",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a high neckline. The lady wears a long-sleeve sweater with pure color patterns. The sweater",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a black sweater dress and black boots"),
        D.garment_type("sweater", "contradiction"),
        is_a("dress", "yes"),
        D.color("black"),
        D.details(
            "The sweater is with knitting fabric and pure color patterns. It has a high neckline. The sweater is with "
            "knitting fabric and",
            "contradiction",
            hit_limit=True,
        ),
        D.material("wool"),
        title="Vero Moda Women Black Turtle Neck Sweater Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: model in a red-and-white gingham check top with short puff sleeves, tucked into a blue denim mini
    # skirt, plain neckline without a bow, studio. no adapter text
    case(
        "X515-040",
        caption("a woman in a red and white checkered top and a denim skirt"),
        D.wearing("a red checkered shirt and a blue skirt"),
        D.pattern("checked"),
        D.color("white", "contradiction"),
        D.description("a red and white gingham top"),
        D.details("the top has puff sleeves and a bow at the neck", "unsupported"),
        D.material("the top is made of", "cut"),
        title="Berrylush Women Red & White Gingham Checked Puff Sleeve Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: model on a beach in a cream sleeveless cotton crochet top (no tassels) with beige shorts.
    # no adapter text
    case(
        "X515-041",
        caption("a woman in a white crochet top on the beach"),
        D.wearing("a white top and shorts"),
        D.color("white"),
        D.sleeve_length("sleeveless"),
        D.description("a white crochet top with a white bikini", "unsupported"),
        D.details("the top has a crochet pattern and tassels", "unsupported"),
        D.material("it is made of fabric", "non_answer"),
        title="Trend Arrest Women Cream Cotton Crochet Top",
        category="Tops",
        color="Cream",
        gender="Women",
    ),
    # photo: model in charcoal grey straight-fit formal trousers with a light pink long-sleeve shirt tucked in,
    # office-like backdrop. caption and details: adapter (epoch 3)
    case(
        "X515-042",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel collar. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("he is wearing a pink shirt and grey pants", "pronoun"),
        D.garment_type("trousers"),
        D.color("grey"),
        color_trousers("pink", "other_garment_color"),
        D.details(
            "The trousers are with cotton fabric and pure color patterns. The lady wears a long-sleeve shirt with "
            "pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        title="Allen Solly Woman Charcoal Grey Straight Fit Formal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Women",
    ),
    # photo: model in a lilac smocked midi dress with short puff sleeves and a tiny white floral print, round neck
    # without a collar, straw hat, standing in a field of flowers. no adapter text
    case(
        "X515-043",
        caption("a woman in a purple dress standing in a field of flowers"),
        D.wearing("she is wearing a purple floral dress and a straw hat"),
        D.color("purple"),
        D.pattern("floral"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.description("a purple dress with white flowers and a white collar", "unsupported"),
        D.material(
            "it is made of cotton Question: what is the pattern of the dress? Answer: floral",
            "leak",
        ),
        title="AASK Women Lilac Floral Print Smocked Midi Dress",
        category="Dresses",
        color="Lavender",
        gender="Women",
    ),
    # photo: side view of a model in blue ripped boyfriend jeans with a yellow tee, white backdrop.
    # description: adapter (epoch 3)
    case(
        "X515-044",
        caption("a woman in a yellow shirt and ripped jeans"),
        D.wearing("a yellow t-shirt and blue ripped jeans"),
        D.color("yellow", "other_garment_color"),
        D.description(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The",
            "contradiction",
            hit_limit=True,
        ),
        D.details("the jeans have rips on the knees"),
        D.material("jeans", "restated"),
        title="Roadster Women Blue Boyfriend Fit Mildly Distressed Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a brown ribbed turtleneck long-sleeve sweater tucked into a black leather-look mini skirt,
    # studio. caption: adapter (epoch 1)
    case(
        "X515-045",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a high neckline. The lady wears a short skirt. The skirt is with leather fabric",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a brown sweater and black skirt"),
        D.garment_type("sweater"),
        D.color("brown"),
        D.description("he is wearing a brown turtleneck sweater", "pronoun"),
        color_skirt("brown", "contradiction"),
        D.details("the sweater has a high neck"),
        D.material("it is made of knit fabric"),
        title="Marks & Spencer Women Brown Ribbed Turtle Neck Pullover",
        category="Sweaters",
        color="Brown",
        gender="Women",
    ),
    # photo: model in a white longline georgette shrug (kimono style) with a blue floral print, open over a black
    # sleeveless dress, studio. details: adapter (epoch 1)
    case(
        "X515-046",
        caption("a woman in a black dress with a white kimono"),
        D.wearing("a black dress and a white floral kimono"),
        D.garment_type("jacket"),
        D.color("black", "other_garment_color"),
        D.pattern("floral"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.details(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a round "
            "neckline. The",
            "contradiction",
            hit_limit=True,
        ),
        D.material("chiffon"),
        title="Sera Women White & Blue Floral Print Georgette Longline Shrug",
        category="Shrug",
        color="White",
    ),
]
