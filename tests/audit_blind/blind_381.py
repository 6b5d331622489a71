"""BLIND_381 (46 products; women's Myntra-like catalog: kurtas, sets, tops, denim, sarees, outerwear, model shots):
written blind in the forty-fifth session. Measured blind at 8d466c7 (the session's rules as they stood): 116/136
failures found (85.3%) and 3/176 correct texts flagged (1.7%). The writer's notes, verbatim:

Scenario: a Myntra-like English women's catalog drawn at random from a night's run: kurtas and kurta sets (with
trousers, palazzos or sharara and a dupatta), tops, t-shirts, shirts, dresses, jeans, trousers, leggings, sarees,
sweatshirts and jackets, all on models, mostly against plain studio backdrops, some against coloured walls, a garden
or a beach. Most photos show a whole outfit: the product (the jeans, the leggings, the trousers) is worn with another
garment of another color, which is where BLIP-2 goes wrong most. Each row has the seller's title, category, color and
gender; a few rows miss one of them, as real feeds do.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a woman in a ...")
unless the comment says the caption adapter wrote them (the DeepFashion template, "The lady wears ... The upper
clothing has ..."); the adapter has no end-of-answer token, so its texts run to their limit (hit_limit=True), and
asked a question it returns its template. The experiments' questions ("What is she wearing?", "Describe the shirt.",
"What is the shirt color?", "What is the color of the pants?") were also put to the VQA adapter on some items: it has
no end token either, so its answers loop on one color or one pair of In-shop classes and carry hit_limit=True. Every
other open answer (wearing, description, details, material) is the base model's, which stops on its own and never
has hit_limit. The closed questions (garment_type, color, pattern, sleeve_length, color of the top / bottom, "Is this
a ...?") are enrich's `--engine reference` answers, chosen from candidate sets: never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: blue for navy or teal, green for olive or teal green, red for
  maroon, pink for peach, yellow for mustard, purple for lavender, white for off white, grey for grey melange.
  Navy answered "black" is contradiction.
- The color of another piece in the photo (the tee over the jeans, the kurta over the leggings, the blouse of a
  saree, the dupatta of a set) given as the product's or a piece's color is other_garment_color. A print or border
  color (white flowers on navy, the gold zari border of a green saree) given as the garment's color is contradiction,
  and so is the color of the wall or the sea behind the model.
- Garments: kurta, kurti, salwar kameez and "kurta and pants" are correct for kurtas and kurta sets; palazzo pants,
  trousers and pants are synonyms; hoodie for a hooded sweatshirt, sweatpants for joggers, sundress for a maxi
  dress are correct. A kurta or a saree called "dress" (by the base model, the adapter's template or the reference
  engine) is contradiction, and so is a garment_type that names the other garment of the outfit (t-shirt for the
  jeans, kurta for the leggings, dress for a jacket worn over a dress).
- Adapter texts: a template that repeats a sentence is loop; one that stops mid-sentence without repeating is cut,
  even where it carries an invented accessory ("There is an accessory on her wrist") or a guessed fabric; a template
  that misnames the garment itself (a saree as "a shirt and a skirt" or "a dress") is contradiction; a template
  returned for the material question is restated. The VQA adapter's "pink-pink-pink..." is loop.
- A base answer that stops early ("it is made of", "the dress has a") is cut without hit_limit. An empty answer,
  "the details of the dress" and "the kurta has details" are non_answer; a material question answered with the
  garment's name and color is restated.
- Invented items (a belt, a logo, a hat, a necklace, a slit, a hood string, pockets) the photo does not show are
  unsupported; a material neither in the title nor visible (silk on crepe, wool on cotton, polyester on a plain
  bomber) is unsupported; a material the title names (satin, fleece, lycra, denim, silk blend) is correct, chiffon
  for georgette is correct, and "cotton" on a plain cotton-look kurta or tee is correct.
- Base answers running on into "Question: ... Answer:" are leak even where the first words are right.
- "he", "his" or "a man" for a women's product is pronoun.
- Pleats answered "striped" and a three-quarter or short sleeve answered "long sleeves" are contradiction.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question, wearing

color_top = question("color_top", "What is the color of the top?", "closed")
color_bottom = question("color_bottom", "What is the color of the bottom?", "closed")
shirt_color = question("shirt_color", "What is the shirt color?", "open")
pants_color = question("pants_color", "What is the color of the pants?", "open")
describe_shirt = question("describe_shirt", "Describe the shirt.", "open")


def she(text: str, failure: str | None = None, hit_limit: bool = False):
    """The experiments' "What is she wearing?"."""
    return wearing(text, failure, who="she", hit_limit=hit_limit)


BLIND_381 = [
    # photo: model in a navy blue straight kurta with small white flowers, white palazzos, plain white backdrop,
    # front view, full length.
    # no adapter texts
    case(
        "X381-001",
        caption("a woman in a blue floral kurta and white pants"),
        she("a blue kurta with white pants and a white scarf", "unsupported"),
        color_top("blue"),
        color_bottom("white"),
        D.garment_type("kurta"),
        D.pattern("solid", "contradiction"),
        D.material("cotton"),
        title="Women Navy Blue Floral Printed Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a pink kurta with gold foil ethnic motifs at the yoke, matching pink trousers, a sheer pink
    # dupatta over one shoulder, beige backdrop, front view.
    # caption: adapter
    case(
        "X381-002",
        caption(
            "The upper clothing has long sleeves, cotton fabric and graphic patterns. The neckline of it is round. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns. This lady",
            "cut",
            hit_limit=True,
        ),
        she("a pink kurta and pants with a scarf"),
        color_top("pink"),
        color_bottom("white", "contradiction"),
        D.description("a pink kurta with gold print on the neck"),
        D.sleeve_length("three-quarter sleeves"),
        D.material("silk", "unsupported"),
        is_a("dress", "yes", "contradiction"),
        title="Women Pink Ethnic Motifs Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a black ribbed sleeveless crop top and high-waist blue jeans, plain white backdrop, front view.
    # no adapter texts
    case(
        "X381-003",
        caption("a woman in a black crop top and blue jeans"),
        D.wearing("a black tank top and blue jeans"),
        D.garment_type("top"),
        D.color("blue", "other_garment_color"),
        D.sleeve_length("sleeveless"),
        D.details("the top has a zipper on the back", "unsupported"),
        D.material("the top is black", "restated"),
        title="Women Black Solid Ribbed Crop Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: model in a white t-shirt with "BROOKLYN" printed in red on the chest, blue jeans, light grey backdrop.
    # caption: adapter
    case(
        "X381-004",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with cotton "
            "fabric and its neckline is round. The pants are with denim fabric and pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        she("a white t-shirt with red letters and blue jeans"),
        color_top("red", "contradiction"),
        D.pattern("graphic"),
        D.description(
            "a white t-shirt with the word brooklyn on it and a picture of a bridge",
            "unsupported",
        ),
        D.material("cotton"),
        title="Women White Typography Printed Cotton T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: model in a blue and white vertical-striped long-sleeve shirt tucked into beige trousers, white backdrop.
    # no adapter texts
    case(
        "X381-005",
        caption("a woman wearing a blue and white striped shirt and beige pants"),
        D.wearing("a striped shirt and khaki pants"),
        color_top("beige", "other_garment_color"),
        D.pattern("striped"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.details("the shirt has a collar and buttons down the front"),
        D.material(
            "the shirt is made of cotton and polyester and it has a pocket",
            "unsupported",
        ),
        title="Women Blue & White Striped Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a maroon crepe A-line midi dress with puff sleeves, white sneakers, white brick wall behind.
    # no adapter texts
    case(
        "X381-006",
        caption("a woman in a red dress standing in front of a white brick wall"),
        she(
            "a maroon dress and white sneakers Question: What is she holding? Answer: a bag",
            "leak",
        ),
        D.color("maroon"),
        D.garment_type("dress"),
        D.sleeve_length("short sleeves"),
        D.material("silk", "unsupported"),
        D.details("the details of the dress", "non_answer"),
        title="Women Maroon Crepe A-Line Midi Dress",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in mid-blue skinny jeans and a white tee tucked in, white sneakers, light grey backdrop.
    # caption and details: adapter
    case(
        "X381-007",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long denim pants. The T-shirt is "
            "with cotton fabric. It has a round neckline. The pants are with denim fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt and blue jeans"),
        D.garment_type("t-shirt", "contradiction"),
        D.color("white", "other_garment_color"),
        color_bottom("blue"),
        D.details(
            "The pants are with denim fabric and pure color patterns. The pants are with denim fabric and pure color "
            "patterns. The pants",
            "loop",
            hit_limit=True,
        ),
        title="Women Blue Skinny Fit Mid-Rise Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: model in beige tapered trousers and a black fitted long-sleeve top, white backdrop, full length.
    # no adapter texts
    case(
        "X381-008",
        caption("a woman in a black top and beige pants"),
        she("she is wearing a black top and khaki pants"),
        color_bottom("black", "other_garment_color"),
        D.garment_type("trousers"),
        D.color("beige"),
        D.material("it is made of", "cut"),
        D.details("the pants have pockets on the side and a drawstring", "unsupported"),
        title="Women Beige Solid Tapered Trousers",
        category="Trousers",
        color="Beige",
        gender="Women",
    ),
    # photo: model in black ankle-length leggings under a knee-length mustard kurta, light grey backdrop.
    # wearing: VQA adapter
    case(
        "X381-009",
        caption("a woman in a yellow kurta and black leggings"),
        D.wearing(
            "a blouse and a leggings, a blouse and a leggings, a blouse and a leggings, a blouse and a leggings, a "
            "blouse and a",
            "loop",
            hit_limit=True,
        ),
        D.color("yellow", "other_garment_color"),
        color_bottom("black"),
        D.garment_type("leggings"),
        is_a("pair of leggings", "yes"),
        D.details(
            "the leggings are black and the kurta is yellow Question: what is the color of the leggings? Answer: black",
            "leak",
        ),
        title="Women Black Solid Ankle-Length Leggings",
        category="Leggings",
        color="Black",
        # no gender column in this row
    ),
    # photo: model in a red silk-blend saree with a broad gold zari border, red blouse, plain cream backdrop.
    # caption: adapter
    case(
        "X381-010",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long skirt. The shirt is with silk "
            "fabric. The skirt is with silk fabric and pure color patterns. There is an accessory on her wrist. The "
            "lady",
            "contradiction",
            hit_limit=True,
        ),
        she("a red saree with gold border"),
        D.color("red"),
        D.garment_type("saree"),
        D.material("silk"),
        D.pattern("striped", "contradiction"),
        D.details("the saree has a gold border and a gold blouse", "contradiction"),
        title="Women Red & Gold-Toned Zari Silk Blend Saree",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: model in a grey melange hooded sweatshirt with a kangaroo pocket, black joggers, white backdrop.
    # no adapter texts
    case(
        "X381-011",
        caption("a woman in a grey hoodie and black pants"),
        D.wearing("a grey sweatshirt with a hood and grey pants", "other_garment_color"),
        color_top("grey"),
        color_bottom("grey", "other_garment_color"),
        D.garment_type("sweatshirt"),
        D.sleeve_length("long sleeves"),
        D.details("he is wearing a hoodie with a kangaroo pocket", "pronoun"),
        title="Women Grey Melange Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: model in an olive green bomber jacket open over a white tee, blue jeans, light grey backdrop.
    # caption and description: adapter
    case(
        "X381-012",
        caption(
            "This lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. The lady "
            "wears a short-sleeve T-shirt with pure color patterns. The lady wears a long-sleeve jacket with pure",
            "loop",
            hit_limit=True,
        ),
        she("a green jacket over a white t-shirt and jeans"),
        D.color("green"),
        D.garment_type("jacket"),
        D.description(
            "The jacket is with cotton fabric and pure color patterns. It has long sleeves. The T-shirt is with cotton "
            "fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.material("polyester", "unsupported"),
        title="Women Olive Green Solid Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Women",
    ),
    # photo: model in a mustard A-line kurta with a small mandarin collar and a white ethnic-motif print, white
    # leggings, outdoors in a garden with green plants behind.
    # no adapter texts
    case(
        "X381-013",
        caption("a woman in a yellow dress standing in a garden", "contradiction"),
        D.wearing("a yellow kurta and white leggings"),
        color_top("yellow"),
        color_bottom("green", "contradiction"),
        D.pattern("printed"),
        D.description("a yellow kurta with a mandarin collar and three quarter sleeves"),
        D.material("it is made of cotton and has a", "cut"),
        title="Women Mustard Yellow Ethnic Motifs Printed A-Line Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in a sleeveless peach top with a ruffled neckline, white jeans, white backdrop.
    # shirt_color: VQA adapter
    case(
        "X381-014",
        caption("a woman in a pink top and white jeans"),
        D.wearing("a pink ruffle top and white jeans"),
        shirt_color(
            "pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink",
            "loop",
            hit_limit=True,
        ),
        D.color("white", "other_garment_color"),
        D.sleeve_length("sleeveless"),
        D.details("the top has ruffles around the neck"),
        D.material("georgette", "unsupported"),
        title="Women Peach-Coloured Ruffled Sleeveless Top",
        category="Tops",
        color="Peach",
        gender="Women",
    ),
    # photo: model in a black wrap dress with white polka dots, short sleeves, knee length, beige wall behind.
    # caption: adapter
    case(
        "X381-015",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. There is a belt in her waist. The dress is of medium length. The lady",
            "cut",
            hit_limit=True,
        ),
        she("a black dress with white polka dots"),
        D.color("black"),
        D.pattern("polka dots"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.material("a black and white dress", "restated"),
        D.details("the dress has a v neck and a tie at the waist"),
        title="Women Black & White Polka Dot Print Wrap Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: model in light blue wide-leg jeans and a black sleeveless crop top, white backdrop.
    # caption: adapter; wearing: VQA adapter
    case(
        "X381-016",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long denim pants. The tank top is "
            "with cotton fabric. The pants are with denim fabric and pure color patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        she(
            "a tank top and a denim pants. a tank top and a denim pants. a tank top and a denim pants. a",
            "loop",
            hit_limit=True,
        ),
        color_top("black"),
        color_bottom("blue"),
        D.garment_type("jeans"),
        D.color("black", "other_garment_color"),
        D.details("the jeans have a belt and rips on the knees", "unsupported"),
        title="Women Light Blue Wide Leg High-Rise Jeans",
        category="Jeans",
        color="Light Blue",
        gender="Women",
    ),
    # photo: model in a white long-sleeve formal shirt tucked into black trousers, white wall, front view.
    # no adapter texts
    case(
        "X381-017",
        caption("a woman in a white shirt and black pants standing against a white wall"),
        D.wearing("he is wearing a white button down shirt and black pants", "pronoun"),
        color_top("white"),
        color_bottom("black"),
        D.description("a white shirt with a black collar", "contradiction"),
        D.material("cotton"),
        D.pattern("solid"),
        title="Women White Solid Formal Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: model in a green kurta with a thread-embroidered yoke, green palazzos, a multicoloured printed dupatta
    # across the arms, pale grey backdrop.
    # details and material: adapter
    case(
        "X381-018",
        caption("a woman in a green kurta with a dupatta"),
        she("a green salwar kameez"),
        color_top("green"),
        color_bottom("green"),
        D.details(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is "
            "v-shape. "
            "The lower clothing is of long length. The fabric is cotton",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is "
            "v-shape. "
            "The lower clothing is of long",
            "restated",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        title="Women Green Yoke Design Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: model in a plain navy round-neck t-shirt, grey joggers, white backdrop.
    # no adapter texts
    case(
        "X381-019",
        caption("a woman wearing a black t-shirt and grey pants", "contradiction"),
        D.wearing("a blue t-shirt and gray sweatpants"),
        D.color("navy blue"),
        D.garment_type("t-shirt"),
        D.sleeve_length("short sleeves"),
        D.details("the t-shirt has a small logo on the chest", "unsupported"),
        title="Women Navy Blue Solid Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a teal georgette saree, black sleeveless blouse, pallu over the shoulder, plain white backdrop.
    # no adapter texts
    case(
        "X381-020",
        caption("a woman in a blue saree"),
        she("a blue saree and a black blouse"),
        D.color("black", "other_garment_color"),
        D.material("chiffon"),
        D.garment_type("saree"),
        D.details("the saree has a gold border and sequins", "unsupported"),
        D.description(
            "a blue saree with a black blouse Question: what is the color of the saree? Answer: blue",
            "leak",
        ),
        title="Women Teal Solid Georgette Saree",
        category="Sarees",
        color="Teal",
        gender="Women",
    ),
    # photo: model in maroon churidar leggings under a white straight kurta, plain grey backdrop.
    # no adapter texts
    case(
        "X381-021",
        caption("a woman in a white kurta and red leggings"),
        D.wearing("a white top and maroon pants"),
        color_bottom("maroon"),
        D.color("white", "other_garment_color"),
        is_a("pair of leggings", "no", "contradiction"),
        D.material("", "non_answer"),
        title="Women Maroon Solid Churidar-Length Leggings",
        category="Leggings",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in a navy maxi dress with a white floral print, short flutter sleeves, ankle length, white
    # backdrop.
    # caption: adapter
    case(
        "X381-022",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of long length. There is an accessory on her wrist. There is",
            "cut",
            hit_limit=True,
        ),
        she("a blue floral dress"),
        D.color("white", "contradiction"),
        D.pattern("floral"),
        D.sleeve_length("short sleeves"),
        D.material("silk", "unsupported"),
        D.description("a blue dress with white flowers and a slit on the side", "unsupported"),
        title="Women Navy Blue Floral Print Maxi Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in an off-white chikankari-embroidered top with three-quarter sleeves, blue jeans, white backdrop.
    # no adapter texts
    case(
        "X381-023",
        caption("a woman in a white top and jeans"),
        D.wearing("a white embroidered top and blue jeans"),
        D.color("white"),
        D.details("the top has embroidery on the front"),
        D.sleeve_length("three-quarter sleeves"),
        D.material("cotton"),
        title="Women Off White Chikankari Embroidered Cotton Top",
        category="Tops",
        color="Off White",
        gender="Women",
    ),
    # photo: model in a lavender sweatshirt with a small white typography print, blue jeans, white backdrop.
    # caption, description and material: adapter
    case(
        "X381-024",
        caption(
            "The lady wears a long-sleeve sweater with graphic patterns and a long denim pants. The sweater is with "
            "cotton fabric. It has a round neckline. The pants are with denim fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        she("a purple sweatshirt and blue jeans"),
        color_top("purple"),
        color_bottom("purple", "other_garment_color"),
        D.description(
            "The sweater is with cotton fabric and graphic patterns. It has long sleeves. The sweater is with cotton "
            "fabric and graphic patterns. It",
            "loop",
            hit_limit=True,
        ),
        D.pattern("graphic"),
        D.material(
            "The sweater is with cotton fabric and graphic patterns. It has long sleeves and a round neckline. The "
            "pants are with denim",
            "restated",
            hit_limit=True,
        ),
        title="Women Lavender Typography Printed Sweatshirt",
        category="Sweatshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: model in a black denim jacket open over a white knee-length dress, white backdrop.
    # no adapter texts
    case(
        "X381-025",
        caption("a woman in a black jacket and white dress"),
        she("a black denim jacket over a white dress"),
        D.garment_type("dress", "contradiction"),
        D.color("black"),
        D.material("denim"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.details("the jacket has buttons on the front and two pockets on the chest"),
        title="Women Black Solid Denim Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: model in an indigo-blue kurta with a white block print, long sleeves, calf length, white pants,
    # off-white backdrop.
    # caption and material: adapter
    case(
        "X381-026",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a round "
            "neckline. The dress is of long length. The lady wears a long-sleeve dress with graphic patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a blue and white kurta with white pants"),
        color_top("blue"),
        D.material(
            "The dress is with cotton fabric and graphic patterns. It has a round neckline. The dress is of long "
            "length. The dress is with",
            "restated",
            hit_limit=True,
        ),
        D.pattern("printed"),
        D.sleeve_length("long sleeves"),
        D.garment_type("dress", "contradiction"),
        title="Women Blue & White Block Printed Calf Length Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a green and white checked long-sleeve shirt, blue jeans, standing against a yellow wall.
    # details: adapter
    case(
        "X381-027",
        caption("a woman in a green plaid shirt standing in front of a yellow wall"),
        she(
            "a green and white plaid shirt with blue jeans and a brown belt",
            "unsupported",
        ),
        D.color("yellow", "contradiction"),
        D.pattern("checked"),
        D.details(
            "The shirt is with cotton fabric and lattice patterns. It has long sleeves and a lapel neckline. The "
            "shirt is with cotton fabric and lattice",
            "loop",
            hit_limit=True,
        ),
        D.sleeve_length("long sleeves"),
        title="Women Green & White Checked Casual Shirt",
        category="Shirts",
        color="Green",
        gender="Women",
    ),
    # photo: model in black straight formal trousers and a white shirt tucked in, grey backdrop.
    # pants_color: VQA adapter
    case(
        "X381-028",
        caption("a woman in a white shirt and black pants"),
        D.wearing("a white shirt and black trousers"),
        pants_color(
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            hit_limit=True,
        ),
        D.color("white", "other_garment_color"),
        D.garment_type("trousers"),
        D.details("the pants have a crease down the front"),
        D.material("polyester", "unsupported"),
        title="Women Black Solid Straight Formal Trousers",
        category="Trousers",
        color="Black",
        gender="Women",
    ),
    # photo: model in a mustard shirt dress with rolled short sleeves and a self-fabric tie belt, knee length,
    # white backdrop.
    # no adapter texts
    case(
        "X381-029",
        caption("a woman in a yellow shirt dress with a belt"),
        she("a yellow dress"),
        D.color("yellow"),
        D.garment_type("shirt", "contradiction"),
        D.sleeve_length("short sleeves"),
        D.material("it is made of a", "cut"),
        D.description(
            "a yellow dress with buttons Question: what is the color of the belt? Answer: yellow",
            "leak",
        ),
        title="Women Mustard Yellow Solid Shirt Dress with Belt",
        category="Dresses",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in a black kurta with gold embroidery at the neckline and the sleeve hems, black sharara,
    # plain beige backdrop.
    # no adapter texts
    case(
        "X381-030",
        caption("a woman in a black kurta and black pants"),
        D.wearing("a black kurta and white pants", "contradiction"),
        color_top("black"),
        color_bottom("gold", "contradiction"),
        D.details("the kurta has gold embroidery on the neckline and sleeves"),
        D.description(
            "a black anarkali dress with gold embroidery Question: is this a kurta? Answer: yes",
            "leak",
        ),
        title="Women Black Embroidered Kurta with Sharara",
        color="Black",
        gender="Women",
        # no category column in this row
    ),
    # photo: model in an oversized pink t-shirt with a cartoon cat print, black biker shorts, white backdrop.
    # caption: adapter
    case(
        "X381-031",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a three-point shorts. The T-shirt is with "
            "cotton fabric. It has a round neckline. The shorts are with cotton fabric and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        she("a pink t-shirt and black shorts"),
        color_top("pink"),
        color_bottom("pink", "other_garment_color"),
        D.pattern("graphic"),
        D.description("a pink t-shirt with a cartoon cat on the front"),
        D.material("the t-shirt is pink", "restated"),
        title="Women Pink Graphic Printed Oversized T-shirt",
        category="Tshirts",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a yellow saree with a green floral print, pink blouse, earrings, no necklace, white backdrop.
    # no adapter texts
    case(
        "X381-032",
        caption("a woman in a yellow saree with flowers"),
        D.wearing("a yellow floral saree and a pink blouse"),
        D.color("pink", "other_garment_color"),
        D.pattern("floral"),
        D.material("the saree is made of", "cut"),
        D.details("she is wearing a necklace and earrings", "unsupported"),
        title="Women Yellow & Green Floral Print Saree",
        category="Sarees",
        color="Yellow",
        gender="Women",
    ),
    # photo: model in black straight-fit jeans and a grey knitted sweater, white backdrop.
    # caption: adapter
    case(
        "X381-033",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long denim pants. The sweater is with "
            "knitting fabric. The pants are with denim fabric and pure color patterns. The lady wears a long-sleeve "
            "sweater",
            "loop",
            hit_limit=True,
        ),
        she("a gray sweater and black jeans"),
        color_bottom("black"),
        D.color("grey", "other_garment_color"),
        D.garment_type("jeans"),
        is_a("pair of jeans", "yes"),
        D.details("the jeans are black", "non_answer"),
        title="Women Black Straight Fit Clean Look Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: model in a red satin wrap top with long sleeves and a side tie, black trousers, pink wall behind.
    # no adapter texts
    case(
        "X381-034",
        caption("a woman in a red top standing in front of a pink wall"),
        D.wearing("a red top and black pants"),
        D.color("pink", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.details("the top has a tie at the waist"),
        D.material("satin"),
        D.description("he is wearing a red wrap top", "pronoun"),
        title="Women Red Satin Wrap Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: model in a plain black fleece sweatshirt, blue jeans, white backdrop.
    # details: adapter
    case(
        "X381-035",
        caption("a woman in a black sweatshirt and jeans"),
        she("a black sweatshirt and blue jeans"),
        color_top("black"),
        color_bottom("black", "other_garment_color"),
        D.details(
            "The sweater is with cotton fabric and pure color patterns. It has long sleeves and a round neckline. The "
            "pants are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        D.material("fleece"),
        D.description("a black sweatshirt with a hood", "unsupported"),
        title="Women Black Solid Fleece Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Women",
    ),
    # photo: model in a brown faux leather biker jacket (zip, no belt) over a black tee, black jeans, grey backdrop.
    # caption: adapter
    case(
        "X381-036",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns and a long denim pants. The jacket is with "
            "leather fabric. The lady wears a short-sleeve T-shirt with pure color patterns. The lady wears a "
            "long-sleeve jacket",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a brown leather jacket, a black top and black jeans"),
        D.color("black", "other_garment_color"),
        D.material("leather"),
        D.garment_type("jacket"),
        D.details("the jacket has a zipper and a belt", "unsupported"),
        D.description(
            "a brown leather jacket Question: what is the color of the jeans? Answer: black",
            "leak",
        ),
        title="Women Brown Solid Faux Leather Biker Jacket",
        category="Jackets",
        color="Brown",
        gender="Women",
    ),
    # photo: model in a teal green straight kurta with a gold sequinned yoke, white pants, white backdrop.
    # caption: adapter
    case(
        "X381-037",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is "
            "round. The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The "
            "upper clothing has",
            "loop",
            hit_limit=True,
        ),
        she("a green kurta and white pants"),
        color_top("blue"),
        color_bottom("white"),
        D.garment_type("kurta"),
        D.details("the kurta has details", "non_answer"),
        D.material("a green kurta", "restated"),
        title="Women Teal Green Yoke Design Straight Kurta",
        category="Kurtas",
        color="Teal Green",
        gender="Women",
    ),
    # photo: model in a white sleeveless tiered cotton maxi dress, barefoot on a beach, blue sea and sky behind.
    # no adapter texts
    case(
        "X381-038",
        caption("a woman in a white dress standing on the beach"),
        D.wearing("a white sundress"),
        D.color("blue", "contradiction"),
        D.sleeve_length("sleeveless"),
        D.description("a white maxi dress with a straw hat", "unsupported"),
        D.material("cotton"),
        D.details("the dress has ruffles and a", "cut"),
        title="Women White Solid Tiered Cotton Maxi Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: model in navy lycra ankle-length leggings under a white kurti with a small blue print, grey backdrop.
    # caption: adapter
    case(
        "X381-039",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns and a long leggings. The shirt is with cotton "
            "fabric. The leggings are with cotton fabric and pure color patterns. There is an accessory on her wrist. "
            "The",
            "cut",
            hit_limit=True,
        ),
        she("a white kurta and blue leggings"),
        color_bottom("blue"),
        D.garment_type("kurta", "contradiction"),
        D.color("navy blue"),
        D.material("lycra"),
        D.description("his leggings are blue", "pronoun"),
        title="Women Navy Blue Solid Lycra Ankle Length Leggings",
        category="Leggings",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a pink satin long-sleeve shirt, white trousers, white backdrop.
    # shirt_color and describe_shirt: VQA adapter
    case(
        "X381-040",
        caption("a woman in a pink shirt and white pants"),
        D.wearing("a pink satin shirt and white pants"),
        shirt_color(
            "pink white pink white pink white pink white pink white pink white pink white pink white pink white",
            "loop",
            hit_limit=True,
        ),
        describe_shirt(
            "the shirt is pink and the sleeves are long and the collar is white and the sleeves are long and the "
            "collar is white and the",
            "loop",
            hit_limit=True,
        ),
        D.sleeve_length("long sleeves"),
        D.material("satin"),
        D.color("white", "other_garment_color"),
        title="Women Pink Solid Satin Casual Shirt",
        category="Shirts",
        color="Pink",
        gender="Women",
    ),
    # photo: model in an olive green polo t-shirt with a three-button placket, beige trousers, white backdrop.
    # no adapter texts
    case(
        "X381-041",
        caption("a man in a green polo shirt and khaki pants", "pronoun"),
        she("a green polo shirt and beige pants"),
        D.color("green"),
        D.garment_type("t-shirt"),
        D.details("the polo has a collar and three buttons"),
        D.pattern("solid"),
        color_bottom("green", "other_garment_color"),
        title="Women Olive Green Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Women",
    ),
    # photo: model in navy pleated wide-leg trousers and a white sleeveless top tucked in, white backdrop.
    # caption and material: adapter
    case(
        "X381-042",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long trousers. The tank top is with "
            "cotton fabric. The trousers are with chiffon fabric and pure color patterns. The lady wears a sleeveless",
            "loop",
            hit_limit=True,
        ),
        she("a white tank top and blue pants"),
        color_bottom("black", "contradiction"),
        D.color("navy blue"),
        D.pattern("striped", "contradiction"),
        D.material(
            "The trousers are with chiffon fabric and pure color patterns. The lady wears a sleeveless tank top with "
            "pure color",
            "restated",
            hit_limit=True,
        ),
        title="Women Navy Blue Pleated Wide Leg Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a peach floral-printed kurta, matching peach trousers, an off-white dupatta with a peach
    # border, white backdrop.
    # no adapter texts
    case(
        "X381-043",
        caption("a woman in a pink floral kurta with a white dupatta"),
        D.wearing(
            "a pink kurta and pants with a dupatta Question: What is the color of the dupatta? Answer:",
            "leak",
        ),
        color_top("pink"),
        color_bottom("white", "other_garment_color"),
        D.pattern("floral"),
        D.description("", "non_answer"),
        D.material("the kurta is made of the", "cut"),
        title="Women Peach Floral Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Peach",
        gender="Women",
    ),
    # photo: model in a green Banarasi silk saree with a gold zari border and gold lattice buttis, green blouse,
    # maroon backdrop curtain.
    # caption and description: adapter
    case(
        "X381-044",
        caption(
            "The lady wears a long-sleeve dress with lattice patterns. The dress is with silk fabric. It has a round "
            "neckline. The dress is of long length. There is an accessory on her wrist. The lady wears a long",
            "contradiction",
            hit_limit=True,
        ),
        she("a green saree with a gold border"),
        D.color("gold", "contradiction"),
        D.description(
            "The dress is with silk fabric and lattice patterns. It has a round neckline. The dress is with silk "
            "fabric and lattice",
            "loop",
            hit_limit=True,
        ),
        D.material("silk"),
        is_a("saree", "yes"),
        title="Women Green & Gold-Toned Woven Design Banarasi Silk Saree",
        category="Sarees",
        color="Green",
        gender="Women",
    ),
    # photo: model in a blue and white horizontal-striped cotton top with a boat neck and three-quarter sleeves,
    # white jeans, white backdrop.
    # no adapter texts
    case(
        "X381-045",
        caption("a woman wearing a striped shirt and white pants"),
        D.wearing("a blue and white striped top"),
        D.pattern("striped"),
        D.details("the top has a boat neck and three quarter sleeves"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.material("wool", "unsupported"),
        D.description("a striped top with a boat neck and a", "cut"),
        title="Women Blue & White Striped Cotton Top",
        category="Tops",
        gender="Women",
        # no color column in this row
    ),
    # photo: model in a green fit-and-flare dress with a small white and pink floral print, short sleeves, knee
    # length, light grey backdrop.
    # wearing: VQA adapter
    case(
        "X381-046",
        caption("a woman in a green floral dress"),
        D.wearing(
            "a dress with a floral pattern and a dress with a floral pattern and a dress with a floral pattern and a",
            "loop",
            hit_limit=True,
        ),
        D.color("green"),
        D.pattern("floral"),
        D.sleeve_length("short sleeves"),
        D.details("the dress has a", "cut"),
        D.material("it is a green floral dress", "restated"),
        title="Women Green Floral Print Fit & Flare Dress",
        category="Dresses",
        color="Green",
        # no gender column in this row
    ),
]
