"""BLIND_528 (46 products; Myntra women's western wear: tops, tees, shirts, dresses, jeans, co-ords, jackets): written
blind in the fiftieth session. Measured blind at d754f45 (the session's rules as they stood): 113/125 failures found
(90.4%) and 6/152 correct texts flagged (3.9%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog feed of women's western wear: tops, t-shirts, shirts, dresses, jumpsuits,
co-ord sets, jeans, trousers, skirts, shorts, jackets, blazers and sweaters, shot mostly on plain studio backdrops, a
few outdoors (beach, garden, brick wall, snowy street). Many photos show a full outfit, so the product sits next to
another garment of another color (a white tee under a denim jacket, a red top over black jeans). Each row has the
seller's title, category, color and gender; a few rows miss the gender or the color, as real feeds do. The questions
are the experiments' own (What is she wearing? What is the color of the top / dress / jeans? Describe the dress.
What are the dress details? What material is the dress made of?) plus enrich's closed garment_type, color, pattern
and sleeve_length and a yes/no "Is this a ...?".

Who wrote what: captions and open answers come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase,
"a woman in a black crop top and blue jeans"; it stops on its own and never has hit_limit) unless the comment above
the case says the caption adapter (epoch 1 or epoch 3) wrote them. The caption adapter writes the DeepFashion
template ("The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric ..."), has
no end token, runs to its limit (50 new tokens for captions, 30 for answers, hit_limit=True) and returns the
template to any question. Epoch 1 and epoch 3 write the same template; epoch 3 falls into repeating it sooner. The
closed questions (garment_type, color, pattern, sleeve_length, the per-piece color questions and "Is this a ...?")
are the VQA adapter's choices through enrich's `--engine reference`: a value picked from a candidate set, so never
a loop or a cut, but often the wrong candidate.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: blue for navy or light blue, green for olive or teal, purple for
  lavender or lilac, pink for peach, red for maroon, yellow for mustard, white for off white, orange or brown for
  rust. Navy given as black and mustard given as orange are contradictions.
- The color of another piece in the photo given as the product's color (the tucked-in tee, the jeans under a top,
  the blouse under a pinafore, the leggings under a puffer) is other_garment_color; the color of a print (white dots,
  an orange tiger), of a wall or of a hedge given as the garment's color is contradiction. A per-piece question about
  the other piece ("What is the color of the top?" on a trousers product) answered with that piece's real color is
  correct.
- Garment synonyms are correct: shirt for a tee, pants for trousers, suit for a blazer worn with trousers, overalls
  for dungarees, sweater for a cardigan or a sweater vest, jacket for a blazer, tank top for a camisole. A jumpsuit
  or dungarees called a dress, jeans, or "a T-shirt and long pants" (the adapter) is contradiction; a pleated or
  ribbed fabric answered "striped" is contradiction; a sleeveless pinafore answered "long sleeves" (the blouse under
  it has them) is contradiction, and so are three-quarter sleeves answered "long sleeves".
- Lilac answered blue is contradiction. A color the base model gives the other piece of the outfit that only the
  product has (white joggers under a white tee) is contradiction; the other piece's color given to the product in
  an open answer ("a white suit" for a beige blazer over white trousers, "white shorts" under a white shirt) is
  other_garment_color.
- The reference engine naming the piece under the product (shirt for a sweater vest over a shirt or for a denim
  jacket over a tee), jeans for trousers or dungarees, skirt for paperbag shorts, shorts for a mini skirt and
  "no" to "Is this a jacket?" on a jacket are contradictions; a cable knit answered "striped" is too.
- A multicoloured print answered with its dominant hue (blue for a blue, orange and white shirt dress) is correct.
- Materials: one the title names or the photo shows (denim, leather for faux leather, knit as wool, lace, linen,
  satin) is correct; chiffon for georgette is correct; cotton as a guess on a plain cotton-look garment and polyester
  for a puffer shell are correct. Silk for satin or crepe, denim for a twill utility jumpsuit and wool for a cotton
  check are unsupported.
- Invented details not in the photo (buttons on a wrap dress, a side slit, rips, a hood, a pocket square, pockets and
  a belt on a tiered dress, a bow at the neck) are unsupported. A necklace or a lace collar not in the photo is too.
  Props that are in the photo (a straw hat, a clutch) are correct.
- Adapter texts: repeating a template sentence is loop; stopping mid-sentence without a repeat is cut; a template
  returned for the material question is restated (hit_limit kept); a template that misnames the garment itself is
  contradiction (hit_limit kept). Template details it invents before the cut ("an accessory on her wrist") do not
  change the label: one kind per text, the first the auditor would see.
- Base answers: stopping after "it is made of" is cut (no hit_limit); an empty answer, "the details of the dress",
  "it is a top", "they are short" and "made of the same fabric" are non_answer; a material question answered with
  the garment's name or color is restated; running on into "Question: ... Answer: ..." is leak even where the start
  is right; "he" or "a man" for a woman is pronoun.
- Co-ord sets named piece by piece in their colors are correct; garment_type is not asked of co-ord sets.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import caption, case, describe, details, is_a, question, wearing

color_top = question("color_top", "What is the color of the top?", "closed")
color_dress = question("color_dress", "What is the color of the dress?", "closed")
color_jeans = question("color_jeans", "What is the color of the jeans?", "closed")
material_dress = question("material", "What material is the dress made of?", "open")

BLIND_528 = [
    # photo: model in a black sleeveless square-neck crop top with light blue high-rise jeans, white studio backdrop,
    # front view to the knees. adapter: none
    case(
        "X528-001",
        caption("a woman in a black crop top and blue jeans"),
        wearing("a black top and jeans", who="she"),
        color_top("black"),
        B.garment_type("top"),
        B.color("blue", "other_garment_color"),
        B.sleeve_length("short sleeves", "contradiction"),
        B.material("cotton"),
        title="Women Black Solid Square Neck Crop Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: navy georgette wrap midi dress with small white flowers, short flutter sleeves, v-neck, tie at the waist,
    # outdoor garden backdrop, full length. caption: adapter (epoch 3)
    case(
        "X528-002",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a short-sleeve dress with floral patterns. The dress is",
            "loop",
            hit_limit=True,
        ),
        color_dress("black", "contradiction"),
        describe("dress", "it is a blue floral dress with a v neck"),
        details("dress", "the dress has buttons down the front and a slit", "unsupported"),
        material_dress("chiffon"),
        B.pattern("floral"),
        title="Women Navy Blue Floral Print Georgette Wrap Midi Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: light-wash wide-leg high-rise jeans, white t-shirt tucked in, white sneakers, beige backdrop, full
    # length. details: adapter (epoch 1)
    case(
        "X528-003",
        caption("a woman in white t - shirt and blue jeans standing in front of a beige wall"),
        wearing("a white shirt and jeans", who="she"),
        color_jeans("white", "other_garment_color"),
        B.garment_type("jeans"),
        is_a("pair of jeans", "yes"),
        details(
            "jeans",
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long denim pants. The pants are with "
            "denim fabric and",
            "cut",
            hit_limit=True,
        ),
        title="Women Blue Wide Leg High-Rise Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: white oversized cotton shirt, sleeves rolled to the elbow, worn open over a black tank top with black
    # shorts, grey backdrop. caption: adapter (epoch 1)
    case(
        "X528-004",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long-sleeve shirt with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "a white shirt and black shorts Question: what is the color of the shirt? Answer: white",
            "leak",
            who="she",
        ),
        B.color("black", "other_garment_color"),
        B.sleeve_length("long sleeves"),
        B.pattern("solid"),
        B.material("cotton"),
        title="Women White Solid Oversized Cotton Casual Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: olive sleeveless utility jumpsuit in cotton twill with flap chest pockets and a tie belt, white sneakers,
    # white backdrop, full length. adapter: none
    case(
        "X528-005",
        caption("a woman in a green jumpsuit"),
        wearing("a green dress with a belt", "contradiction", who="she"),
        B.garment_type("dress", "contradiction"),
        B.color("green"),
        describe("jumpsuit", "it is a green jumpsuit with pockets"),
        B.material("denim", "unsupported"),
        title="Women Olive Green Solid Cotton Utility Jumpsuit",
        category="Jumpsuit",
        color="Olive",
        gender="Women",
    ),
    # photo: lavender t-shirt with white "STAY KIND" lettering on the chest, tucked into black jeans, pink painted
    # wall behind. adapter: none
    case(
        "X528-006",
        caption("a woman wearing a purple t - shirt with the words stay kind"),
        wearing("she is wearing a pink shirt and black pants", "contradiction", who="she"),
        color_top("purple"),
        B.color("pink", "contradiction"),
        B.pattern("graphic"),
        B.sleeve_length("short sleeves"),
        details("t-shirt", "the t - shirt says stay kind on it"),
        title="Women Lavender Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: red fit-and-flare mini dress with white polka dots, short puff sleeves, square neck, white backdrop.
    # caption: adapter (epoch 3)
    case(
        "X528-007",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "square neckline. There is an accessory on her wrist. The lady wears a short-sleeve dress with graphic",
            "loop",
            hit_limit=True,
        ),
        color_dress("white", "contradiction"),
        describe("dress", "a red dress with white polka dots"),
        B.pattern("polka dot"),
        B.sleeve_length("sleeveless", "contradiction"),
        material_dress("the dress is made of cotton"),
        title="Women Red Polka Dot Fit & Flare Mini Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: mid-blue washed denim jacket worn open over a white crew-neck tee, black skinny jeans, red brick wall
    # behind. adapter: none
    case(
        "X528-008",
        caption("a woman in a denim jacket standing in front of a brick wall"),
        wearing("a denim jacket and a white shirt", who="she"),
        B.color("white", "other_garment_color"),
        B.garment_type("shirt", "contradiction"),
        B.material("denim"),
        is_a("jacket", "yes"),
        title="Women Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: beige satin pleated midi skirt, black fitted long-sleeve top tucked in, white backdrop, full length.
    # adapter: none
    case(
        "X528-009",
        caption("a woman in a black top and a beige pleated skirt"),
        wearing("he is wearing a black shirt and a skirt", "pronoun", who="she"),
        B.color("beige"),
        B.pattern("striped", "contradiction"),
        B.garment_type("skirt"),
        B.material("silk", "unsupported"),
        title="Women Beige Satin Pleated Midi A-Line Skirt",
        category="Skirts",
        color="Beige",
        gender="Women",
    ),
    # photo: green-and-white gingham short-sleeve shirt with matching shorts, beach and sea behind.
    # caption, material: adapter (epoch 1)
    case(
        "X528-010",
        caption(
            "The lady wears a short-sleeve shirt with lattice patterns and a shorts. The shirt is with cotton fabric. "
            "It has a lapel neckline. The shorts are with cotton fabric and lattice patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a green and white checkered shirt and shorts", who="she"),
        B.pattern("striped", "contradiction"),
        B.color("green"),
        color_top("green"),
        B.material(
            "The lady wears a short-sleeve shirt with lattice patterns and a shorts. The shirt is with cotton fabric. "
            "It has a lapel",
            "restated",
            hit_limit=True,
        ),
        title="Women Green & White Checked Shirt with Shorts Co-Ord Set",
        category="Co-Ords",
        color="Green",
        gender="Women",
    ),
    # photo: mustard cable-knit crew-neck pullover, blue jeans, cropped at the hip, white backdrop. adapter: none
    case(
        "X528-011",
        caption("a woman wearing a yellow sweater"),
        B.color("orange", "contradiction"),
        B.pattern("striped", "contradiction"),
        B.sleeve_length("long sleeves"),
        B.material("wool"),
        describe("sweater", "it is a yellow knit sweater with a cable pattern"),
        details("sweater", "the sweater has a hood and a zipper", "unsupported"),
        title="Women Mustard Cable Knit Pullover Sweater",
        category="Sweaters",
        color="Mustard",
        gender="Women",
    ),
    # photo: black straight formal trousers, white sleeveless blouse tucked in, black heels, grey backdrop, full
    # length. caption: adapter (epoch 3)
    case(
        "X528-012",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long trousers. The tank top is with "
            "chiffon fabric. The trousers are with cotton fabric and pure color patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a white top and black pants", who="she"),
        color_top("white"),
        B.color("black"),
        B.garment_type("jeans", "contradiction"),
        B.material("black pants", "restated"),
        title="Women Black High-Rise Formal Trousers",
        category="Trousers",
        color="Black",
    ),
    # photo: off-white tiered cotton maxi dress with white schiffli embroidery, three-quarter sleeves, v-neck,
    # standing before a wooden door. details: adapter (epoch 3)
    case(
        "X528-013",
        caption("a woman in a white dress standing in front of a wooden door"),
        color_dress("white"),
        B.sleeve_length("long sleeves", "contradiction"),
        describe("dress", "a long white dress with a lace collar", "unsupported"),
        details(
            "dress",
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The dress",
            "cut",
            hit_limit=True,
        ),
        material_dress("cotton"),
        title="Women Off White Embroidered Cotton Tiered Maxi Dress",
        category="Dresses",
        color="Off White",
        gender="Women",
    ),
    # photo: light blue frayed denim shorts, pink tank top, sunglasses pushed up on the head, beach behind.
    # adapter: none
    case(
        "X528-014",
        caption("a woman in a pink top and denim shorts on the beach"),
        wearing("he is wearing a pink tank top and shorts", "pronoun", who="she"),
        B.color("pink", "other_garment_color"),
        B.garment_type("shorts"),
        details("shorts", "they are short", "non_answer"),
        B.material("denim"),
        title="Women Blue Denim Mid-Rise Frayed Shorts",
        category="Shorts",
        color="Blue",
        gender="Women",
    ),
    # photo: beige single-breasted blazer over a white tee, white straight trousers, grey studio backdrop.
    # caption: adapter (epoch 1)
    case(
        "X528-015",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long-sleeve jacket with pure color patterns. The jacket",
            "loop",
            hit_limit=True,
        ),
        wearing("a white suit", "other_garment_color", who="she"),
        B.color("white", "other_garment_color"),
        B.garment_type("blazer"),
        is_a("jacket", "yes"),
        B.sleeve_length("long sleeves"),
        title="Women Beige Solid Single-Breasted Blazer",
        category="Blazers",
        color="Beige",
        gender="Women",
    ),
    # photo: peach crepe top with a ruffled hem and short puff sleeves, white flared trousers, potted plant beside
    # her against a white wall. adapter: none
    case(
        "X528-016",
        caption("a woman in a pink top and white pants standing next to a plant"),
        color_top("pink"),
        B.sleeve_length("sleeveless", "contradiction"),
        describe("top", "it is a pink top with ruffles"),
        B.material("the top is made of silk", "unsupported"),
        B.pattern("solid"),
        title="Women Peach Crepe Ruffled Puff Sleeve Top",
        category="Tops",
        color="Peach",
        gender="Women",
    ),
    # photo: black skinny jeans, red long-sleeve ribbed top tucked in, black ankle boots, white backdrop, full length.
    # caption: adapter (epoch 3)
    case(
        "X528-017",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long denim pants. The sweater is with "
            "knitting fabric. The pants are with denim fabric and pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        color_jeans("black"),
        color_top("black", "other_garment_color"),
        wearing("a red shirt and black jeans", who="she"),
        B.garment_type("jeans"),
        is_a("pair of jeans", "yes"),
        title="Women Black Skinny Fit Stretchable Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: black ribbed sleeveless bodycon midi dress, no slit, gold hoop earrings, beige backdrop, front view.
    # adapter: none
    case(
        "X528-018",
        caption("a woman in a black dress posing for a photo"),
        color_dress("black"),
        describe("dress", "a black dress with a slit on the side", "unsupported"),
        details("dress", "the details of the dress", "non_answer"),
        material_dress("it is made of", "cut"),
        B.sleeve_length("sleeveless"),
        title="Women Black Ribbed Bodycon Midi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: white oversized tee with a large black-and-orange tiger print on the front, grey joggers, white
    # backdrop. adapter: none
    case(
        "X528-019",
        caption("a woman wearing a white t - shirt with a tiger on it"),
        B.color("orange", "contradiction"),
        B.pattern("graphic"),
        wearing("a white t - shirt and white pants", "contradiction", who="she"),
        color_top("white"),
        details(
            "t-shirt",
            "a tiger Question: what is the color of the t - shirt? Answer: white",
            "leak",
        ),
        title="Women White Graphic Printed Oversized T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: baby pink ribbed sleeveless crop top with a matching ribbed midi skirt, white backdrop, full length.
    # caption, material: adapter (epoch 3)
    case(
        "X528-020",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The tank top is with "
            "cotton fabric. It has a round neckline. The skirt is with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("a pink top and skirt", who="she"),
        color_top("pink"),
        B.color("pink"),
        B.pattern("striped", "contradiction"),
        B.material(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The tank top is with "
            "cotton fabric. It",
            "restated",
            hit_limit=True,
        ),
        title="Women Pink Ribbed Crop Top & Midi Skirt Co-Ord Set",
        category="Co-Ords",
        color="Pink",
        gender="Women",
    ),
    # photo: yellow strappy smocked sundress with small white and green flowers, straw hat, wheat field behind.
    # adapter: none
    case(
        "X528-021",
        caption("a woman in a yellow dress and a straw hat in a field"),
        color_dress("white", "contradiction"),
        describe("dress", "a yellow sundress with white flowers"),
        details("dress", "the dress has a smocked bodice and spaghetti straps"),
        material_dress("the dress is made of cotton"),
        B.sleeve_length("short sleeves", "contradiction"),
        title="Women Yellow Floral Print Smocked Sundress",
        category="Dresses",
        color="Yellow",
        gender="Women",
    ),
    # photo: blue-and-white vertical striped long-sleeve shirt, white jeans, white backdrop.
    # caption: adapter (epoch 1)
    case(
        "X528-022",
        caption(
            "The lady wears a long-sleeve shirt with stripe patterns and a long pants. The shirt is with cotton "
            "fabric. It has a lapel neckline. The pants are with denim fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue and white striped shirt and", "cut", who="she"),
        color_top("blue"),
        color_jeans("blue", "other_garment_color"),
        B.pattern("striped"),
        title="Women Blue & White Striped Regular Fit Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: black crepe halter-neck wide-leg jumpsuit, gold clutch in her hand, beige curtain behind, full length.
    # caption: adapter (epoch 3)
    case(
        "X528-023",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. There is an accessory on her wrist. The lady wears a sleeveless dress with",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a black jumpsuit and a gold clutch", who="she"),
        B.garment_type("jumpsuit"),
        B.color("black"),
        is_a("dress", "yes", "contradiction"),
        B.material("the jumpsuit is made of fabric", "non_answer"),
        title="Women Black Crepe Halter Neck Wide Leg Jumpsuit",
        category="Jumpsuit",
        color="Black",
        gender="Women",
    ),
    # photo: blue denim button-front A-line mini skirt, white off-shoulder top, white backdrop. adapter: none
    case(
        "X528-024",
        caption("a woman in a white top and denim skirt"),
        wearing(
            "a white off the shoulder top and a denim skirt Question: what is the color of the skirt? Answer: blue",
            "leak",
            who="she",
        ),
        B.color("white", "other_garment_color"),
        B.garment_type("shorts", "contradiction"),
        B.material("denim"),
        title="Women Blue Denim A-Line Mini Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: grey melange v-neck button cardigan worn open over a white top, blue jeans, white backdrop.
    # caption, description: adapter (epoch 1)
    case(
        "X528-025",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a v-shape neckline. The lady wears a long-sleeve sweater with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        wearing("a grey cardigan and jeans", who="she"),
        B.color("grey"),
        B.garment_type("sweater"),
        describe(
            "sweater",
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a v-shape neckline. The",
            "cut",
            hit_limit=True,
        ),
        B.material("a grey cardigan", "restated"),
        title="Women Grey Melange Solid Button Cardigan",
        category="Sweaters",
        color="Grey",
        gender="Women",
    ),
    # photo: teal satin slip midi dress with thin straps and a cowl neck, black heels, grey backdrop.
    # details: adapter (epoch 3)
    case(
        "X528-026",
        caption("a woman in a green satin dress"),
        color_dress("green"),
        describe("dress", "a green silk dress with thin straps", "unsupported"),
        details(
            "dress",
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The",
            "cut",
            hit_limit=True,
        ),
        material_dress("satin"),
        B.sleeve_length("sleeveless"),
        title="Women Teal Blue Satin Slip Midi Dress",
        category="Dresses",
        color="Teal",
        gender="Women",
    ),
    # photo: khaki cargo trousers with side pockets, black cropped tee, white sneakers, grey concrete wall behind.
    # adapter: none
    case(
        "X528-027",
        caption("a woman in a black top and khaki pants"),
        wearing("he is wearing a black crop top and cargo pants", "pronoun", who="she"),
        B.color("black", "other_garment_color"),
        B.garment_type("trousers"),
        details("pants", "the pants have pockets on the side"),
        B.material("cotton Question: what is the color of the pants? Answer: khaki", "leak"),
        title="Women Khaki Solid Cargo Trousers",
        category="Trousers",
        color="Khaki",
        gender="Women",
    ),
    # photo: maroon ribbed long-sleeve fitted top, black trousers, white backdrop, cropped at the thigh.
    # caption: adapter (epoch 3)
    case(
        "X528-028",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long-sleeve shirt with pure color patterns. The shirt is",
            "loop",
            hit_limit=True,
        ),
        color_top("red"),
        wearing("a red shirt and black pants", who="she"),
        B.color("black", "other_garment_color"),
        B.sleeve_length("long sleeves"),
        B.pattern("striped", "contradiction"),
        title="Women Maroon Ribbed Fitted Long Sleeve Top",
        category="Tops",
        color="Maroon",
        gender="Women",
    ),
    # photo: knee-length shirt dress in a blue, orange and white abstract print, self belt, long sleeves rolled up,
    # white backdrop. material: adapter (epoch 1). The feed row has no gender.
    case(
        "X528-029",
        caption("a woman in a colorful dress"),
        color_dress("blue"),
        describe("dress", "a shirt dress with a belt and", "cut"),
        details("dress", "it has buttons down the front and a collar"),
        material_dress(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a lapel "
            "neckline. The dress",
            "restated",
            hit_limit=True,
        ),
        B.pattern("printed"),
        title="Women Multicoloured Abstract Print Shirt Dress",
        category="Dresses",
        color="Multi",
    ),
    # photo: black faux leather biker jacket with silver zips over a grey tee, black jeans, city street behind.
    # caption: adapter (epoch 3)
    case(
        "X528-030",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. It has a "
            "lapel neckline. The lady wears a long-sleeve jacket with pure color patterns. The jacket",
            "loop",
            hit_limit=True,
        ),
        wearing("a black leather jacket and black jeans", who="she"),
        B.color("grey", "other_garment_color"),
        B.material("leather"),
        is_a("jacket", "no", "contradiction"),
        title="Women Black Solid Faux Leather Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: navy-and-white horizontal breton stripe tee, short sleeves, round neck, white shorts, white backdrop.
    # adapter: none
    case(
        "X528-031",
        caption("a woman in a blue and white striped shirt"),
        color_top("black", "contradiction"),
        B.pattern("striped"),
        wearing("he is wearing a striped shirt", "pronoun", who="she"),
        B.sleeve_length("long sleeves", "contradiction"),
        describe("t-shirt", "a navy blue and white striped t - shirt with a round neck"),
        title="Women Navy Blue Striped Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: lilac georgette tiered maxi dress, sleeveless with ruffled straps, no belt or pockets, sea behind.
    # caption: adapter (epoch 1)
    case(
        "X528-032",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of long length. There is an accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        color_dress("blue", "contradiction"),
        describe("dress", "a purple dress on the beach"),
        details("dress", "the dress has a belt and pockets", "unsupported"),
        wearing("a purple dress", who="she"),
        material_dress("chiffon"),
        title="Women Lilac Georgette Tiered Maxi Dress",
        category="Dresses",
        color="Lavender",
        gender="Women",
    ),
    # photo: light blue mom-fit jeans with rolled hems, no rips, yellow tank top tucked in, white sneakers, white
    # backdrop. adapter: none
    case(
        "X528-033",
        caption("a woman in a yellow tank top and jeans"),
        color_jeans("yellow", "other_garment_color"),
        color_top("yellow"),
        wearing("a yellow shirt and blue jeans", who="she"),
        details("jeans", "the jeans are ripped at the knees", "unsupported"),
        B.garment_type("jeans"),
        title="Women Light Blue Mom Fit High-Rise Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: green-and-white checked sleeveless pinafore dress over a white long-sleeve blouse, white backdrop.
    # adapter: none
    case(
        "X528-034",
        caption("a woman wearing a green plaid dress and a white shirt"),
        color_dress("white", "other_garment_color"),
        B.sleeve_length("long sleeves", "contradiction"),
        B.pattern("checked"),
        describe("dress", "a green and white checkered dress with a white shirt underneath"),
        material_dress("the dress is made of wool", "unsupported"),
        title="Women Green Checked Cotton Pinafore Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: black high-rise linen shorts with a paperbag waist tied in a bow, white linen shirt tucked in, white
    # backdrop. caption: adapter (epoch 3)
    case(
        "X528-035",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a shorts. The shirt is with cotton "
            "fabric. It has a lapel neckline. The shorts are with cotton fabric and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a white shirt and white shorts", "other_garment_color", who="she"),
        B.color("black"),
        B.garment_type("skirt", "contradiction"),
        details("shorts", "the shorts have a bow on the front"),
        B.material("linen"),
        title="Women Black High-Rise Paperbag Linen Shorts",
        category="Shorts",
        color="Black",
        gender="Women",
    ),
    # photo: rust satin sleeveless cowl-neck top, black trousers, grey backdrop, cropped at the hip. adapter: none
    case(
        "X528-036",
        caption("a woman in an orange satin top and black pants"),
        color_top("brown"),
        B.color("orange"),
        B.material("silk", "unsupported"),
        B.sleeve_length("sleeveless"),
        describe("top", "it is a top", "non_answer"),
        title="Women Rust Satin Cowl Neck Top",
        category="Tops",
        color="Rust",
        gender="Women",
    ),
    # photo: white cotton broderie anglaise mini dress with short puff sleeves and a square neck, green hedge behind.
    # caption, description: adapter (epoch 3)
    case(
        "X528-037",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "square neckline. The lady wears a short-sleeve dress with pure color patterns. The dress is",
            "loop",
            hit_limit=True,
        ),
        color_dress("white"),
        describe(
            "dress",
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "square neckline. The",
            "cut",
            hit_limit=True,
        ),
        details("dress", "the dress has small holes in it"),
        material_dress("cotton"),
        B.color("green", "contradiction"),
        title="Women White Broderie Anglaise Cotton Mini Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: navy double-breasted blazer with gold buttons, no pocket square, white shirt, navy trousers, office
    # backdrop. adapter: none
    case(
        "X528-038",
        caption("a woman in a navy blue suit with gold buttons"),
        wearing("a blue blazer and a white shirt", who="she"),
        B.color("black", "contradiction"),
        B.garment_type("blazer"),
        details("blazer", "the blazer has gold buttons and a pocket square", "unsupported"),
        B.sleeve_length("long sleeves"),
        title="Women Navy Blue Double-Breasted Blazer",
        category="Blazers",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: blue denim wide-leg dungarees over a white short-sleeve t-shirt, white backdrop, full length.
    # caption: adapter (epoch 1)
    case(
        "X528-039",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long denim pants. The T-shirt is "
            "with cotton fabric. It has a round neckline. The pants are with denim fabric and",
            "contradiction",
            hit_limit=True,
        ),
        wearing("overalls", who="she"),
        B.garment_type("jeans", "contradiction"),
        B.color("white", "other_garment_color"),
        B.material("denim"),
        color_top("white"),
        title="Women Blue Denim Wide Leg Dungarees",
        category="Jumpsuit",
        color="Blue",
        gender="Women",
    ),
    # photo: black camisole with lace trim at the neckline, beige trousers, white backdrop. adapter: none
    case(
        "X528-040",
        caption("a woman wearing a black tank top with lace and a necklace", "unsupported"),
        color_top("black"),
        B.sleeve_length("sleeveless"),
        wearing(
            "she is wearing a black lace top and beige pants Question: what is she wearing? Answer: a black lace top",
            "leak",
            who="she",
        ),
        B.material("lace"),
        B.garment_type("top"),
        title="Women Black Lace Trim Camisole Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: cream cable-knit sleeveless sweater vest over a light blue long-sleeve collared shirt, grey trousers,
    # white backdrop. caption: adapter (epoch 3). The feed row has no color.
    case(
        "X528-041",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. There is an accessory on her wrist. The lady wears a long-sleeve shirt with pure",
            "loop",
            hit_limit=True,
        ),
        wearing("a white sweater vest and a blue shirt", who="she"),
        B.color("blue", "other_garment_color"),
        B.sleeve_length("sleeveless"),
        B.garment_type("shirt", "contradiction"),
        is_a("vest", "yes"),
        title="Women Cream Cable Knit Sweater Vest",
        category="Sweaters",
        gender="Women",
    ),
    # photo: black tiered maxi skirt with a white floral print, no slit, black tee tucked in, white backdrop.
    # adapter: none
    case(
        "X528-042",
        caption("a woman in a black shirt and a floral skirt"),
        wearing("a black top and a black and white floral skirt", who="she"),
        B.color("white", "contradiction"),
        B.pattern("floral"),
        B.garment_type("dress", "contradiction"),
        details("skirt", "the skirt has a slit", "unsupported"),
        title="Women Black & White Floral Print Tiered Maxi Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: red halter-neck maxi dress, gold sandals, beach at sunset, back three-quarter view. adapter: none
    case(
        "X528-043",
        caption("a woman in a red dress on the beach at sunset"),
        wearing("he is wearing a red dress", "pronoun", who="she"),
        color_dress("red"),
        describe("dress", "a long red dress"),
        details("dress", "", "non_answer"),
        material_dress("the dress is red", "restated"),
        B.sleeve_length("sleeveless"),
        title="Women Red Solid Halter Neck Maxi Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: pink satin button-down shirt, long sleeves, blue jeans, white backdrop. caption: adapter (epoch 1)
    case(
        "X528-044",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long denim pants. The shirt is with "
            "chiffon fabric. It has a lapel neckline. The pants are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a pink shirt and jeans", who="she"),
        color_top("blue", "other_garment_color"),
        B.color("pink"),
        B.material("satin"),
        B.sleeve_length("short sleeves", "contradiction"),
        title="Women Pink Satin Button Down Shirt",
        category="Shirts",
        color="Pink",
        gender="Women",
    ),
    # photo: olive quilted hooded puffer jacket, black leggings, snowy street behind, full length. adapter: none
    case(
        "X528-045",
        caption("a man in a green jacket standing in the snow", "pronoun"),
        wearing("a green jacket and black leggings", who="she"),
        B.color("black", "other_garment_color"),
        B.garment_type("jacket"),
        B.material("polyester"),
        details("jacket", "the jacket has a hood and a zipper"),
        title="Women Olive Green Quilted Hooded Puffer Jacket",
        category="Jackets",
        color="Olive",
        gender="Women",
    ),
    # photo: navy crepe short-sleeve top with white polka dots and matching wide-leg trousers, no bow, white
    # backdrop, full length. caption: adapter (epoch 3)
    case(
        "X528-046",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns and a long trousers. The shirt is with chiffon "
            "fabric. It has a round neckline. The trousers are with chiffon fabric and graphic patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue and white polka dot shirt and pants", who="she"),
        color_top("white", "contradiction"),
        B.pattern("polka dot"),
        describe(
            "top",
            "a blue top with white polka dots and a bow at the neck",
            "unsupported",
        ),
        B.material("the top and pants are made of the same fabric", "non_answer"),
        title="Women Navy Blue Polka Dot Crepe Top with Trousers Co-Ord Set",
        category="Co-Ords",
        color="Navy Blue",
        gender="Women",
    ),
]
