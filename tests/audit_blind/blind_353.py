"""BLIND_353 (46 products; women's winter wear: sweaters, cardigans, shrugs, jackets, coats, kurtas, shawls): written
blind in the forty-fourth session. Measured blind at d9788e8 (the session's rules as they stood): 118/136 failures
found (86.8%) and 11/176 correct texts flagged (6.2%). The writer's notes, verbatim:

Scenario: an English catalog feed from an Indian marketplace for its women's winter range: pullovers and cardigans
(cable knit, ribbed, Fair Isle, Christmas jacquard), shrugs, sweatshirts and hoodies, puffer, denim, biker, teddy and
fleece jackets, overcoats and trench coats, thermal tops, woollen kurtas, shawls and stoles. Most photos are model
shots on a white studio backdrop, the garment worn over jeans, leggings, trousers, a kurta or a dress; a few stand in
front of a brick wall, a grey wall or a wooden door, next to a plant or a small Christmas tree; shawls, stoles and
one jacket are shot flat or on a ghost mannequin. Each row has the seller's title, category, color and gender; a few
rows miss the gender or the color, as real feeds do.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a woman in a
maroon sweater and jeans") unless the comment says the caption adapter wrote them (the DeepFashion template, "The
lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric ..."). The adapter
was trained with no end-of-answer token, so each of its texts runs to its limit (50 new tokens for captions, 30 for
answers) and carries hit_limit=True; asked any question it returns its template. The open questions (wearing,
description, details, material, neckline, fastening) come from the base model or the VQA adapter, which stop on
their own, unless the comment names the caption adapter. The closed questions (garment_type, color, pattern,
sleeve_length, per-piece colors, "Is this a ...?") are enrich's `--engine reference` answers chosen from candidate
sets: never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: red for maroon, burgundy, wine or rust-red; brown for camel or
  tan; blue for navy or teal; green for olive, bottle green or mint; purple for lavender or mauve; yellow for
  mustard; pink for peach or magenta; orange for rust; white or cream for off white and ivory; grey for charcoal or
  grey melange. "brown and white" for a brown and beige Fair Isle knit is correct (the model has no word for beige
  in a pattern). A trim or lining color given as the garment's color (white for a denim jacket's sherpa collar) is
  contradiction; the color of another piece worn in the photo (the kurta under a cardigan, the jeans, a scarf, the
  dress under a shrug) given to the product or to another piece is other_garment_color.
- Garment synonyms are correct: sweater for a sweatshirt, pullover or sweater vest; jacket, cardigan or sweater for
  a shrug; vest for a sleeveless puffer; shirt for a shacket or a thermal top; scarf for a shawl or a stole; top for
  a kurta; lace cardigan for a crochet shrug; fur coat for a teddy or faux fur jacket. A woollen kurta called a
  dress (caption or reference garment_type) is contradiction: the seller sells a kurta, and the model's "dress" is
  the error the product must catch. The kurta or dress worn under a cardigan, shawl or stole, called a dress, is
  not the product and is correct. Jacket for a knee-length overcoat from the reference engine is contradiction;
  "no" to "Is this a shrug/cardigan?" for the product itself, and "yes" to "Is this a jacket?" for a hoodie, are
  contradiction.
- Closed answers that are wrong: ribbed knit, Fair Isle bands or colour-block halves answered "striped" are
  contradiction; black-and-white houndstooth answered "grey" is contradiction; "long sleeves" for a sleeveless
  puffer worn over a long-sleeve top is contradiction (the sleeves are the top's), while "sleeveless" for a sweater
  vest over a shirt is correct; "sleeveless" for a short-sleeve shrug worn over a slip dress is contradiction.
- Materials: the fabric the title names (wool, fleece, faux fur as "fur", faux leather as "leather", velvet,
  pashmina, denim) is correct, and so are plausible looks ("cotton" for a thermal top or a crochet shrug,
  "polyester" for a puffer, "flannel" for a checked wool-blend shacket, "tweed" for a houndstooth wool coat). A
  fabric that the title contradicts and the photo does not show (silk for a Kani wool shawl, cotton for a woollen
  kurta, leather for a woollen trench coat, denim for a fleece jacket) is unsupported.
- Invented parts not in the photo (a fur collar, a belt on a biker jacket that has none, a hood, a zipper on an open
  cardigan, tassels on a folded shawl whose ends are hidden, lace trim, gloves, jeans on a photo cropped at the
  hips) are unsupported.
- One color given to two garments ("a green jacket and green jeans" over black jeans, "a gray sweater and gray
  pants" over black jeans) is contradiction; a closed per-piece color that is the product's color (blue for the
  white top under a navy gilet, white for the jeans under a white striped sweater) is other_garment_color.
- A print's color given as the product's color (red for a black shawl woven with red paisley) is contradiction.
- The adapter's caption for a flat-lay shawl ("The lady wears a long-sleeve sweater ...") misnames the garment:
  contradiction, hit_limit kept.
- Adapter texts: a text that repeats a sentence of its template is loop; one that stops mid-sentence without a
  repeat is cut; the template answering the material or neckline question is restated (the template for a question
  it does not answer), the template misnaming the garment (a puffer coat as a dress) is contradiction, hit_limit
  kept in each case. The template answering wearing, description or details does answer it: cut or loop.
- Base texts: "it is made of" stopped early is cut (no hit_limit); an empty answer, "the details of the sweater",
  "nothing" and "the garment has details" are non_answer; the material or details question answered with only the
  garment's name and color is restated; a text that runs on into "Question: ... Answer: ..." is leak; "a man" or
  "he" for the women's catalog model is pronoun.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_jeans = question("color_jeans", "What is the color of the jeans?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_skirt = question("color_skirt", "What is the color of the skirt?", "closed")
color_top = question("color_top", "What is the color of the top?", "closed")
neckline = question("neckline", "What is the neckline of the garment?", "open")
fastening = question("fastening", "How is the garment fastened?", "open")

BLIND_353 = [
    # photo: model in a maroon cable-knit round-neck pullover over blue jeans, white studio backdrop, front view.
    # no adapter texts
    case(
        "X353-001",
        caption("a woman wearing a maroon sweater and jeans"),
        D.wearing("a red sweater and blue jeans"),
        D.garment_type("sweater"),
        D.color("red"),
        B.sleeve_length("long sleeves"),
        D.material("wool"),
        neckline("round neck"),
        title="Women Maroon Cable Knit Pullover Sweater",
        category="Sweaters",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in a grey melange zip-up hooded sweatshirt, open over a white tee, black jeans, white backdrop.
    # caption, neckline: adapter
    case(
        "X353-002",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has "
            "a hooded neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a gray hoodie and black jeans"),
        D.color("grey"),
        color_jeans("grey", "other_garment_color"),
        D.details("the hoodie has a zipper and a drawstring hood"),
        is_a("hoodie", "yes"),
        neckline(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has "
            "a hooded neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Women Grey Melange Zip-Up Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: model in a mustard open-front button cardigan over a white kurta and white leggings, beige wall behind.
    # no adapter texts
    case(
        "X353-003",
        caption("a woman in a yellow cardigan standing in front of a wall"),
        D.wearing("a white dress and a yellow sweater"),
        D.color("white", "other_garment_color"),
        D.garment_type("cardigan"),
        D.details(
            "buttons down the front Question: what is the color of the buttons? Answer: brown",
            "leak",
        ),
        D.material("a yellow cardigan", "restated"),
        title="Women Mustard Solid Button-Front Cardigan",
        category="Cardigans",
        color="Mustard",
        gender="Women",
    ),
    # photo: black faux-leather biker jacket on a ghost mannequin, white backdrop: asymmetric zip, zip pockets, no belt.
    # no adapter texts
    case(
        "X353-004",
        caption("a man wearing a black leather jacket", "pronoun"),
        D.garment_type("jacket"),
        D.color("black"),
        D.details("zippers and a belt", "unsupported"),
        D.material("leather"),
        is_a("coat", "no"),
        fastening("zipper"),
        title="Women Black Faux Leather Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: model in a long camel belted overcoat with notched lapels over a black turtleneck and black trousers,
    # plain grey wall behind. details: adapter
    case(
        "X353-005",
        caption("a woman in a brown coat standing in front of a gray wall"),
        D.wearing("a brown coat and black pants"),
        D.color("black", "other_garment_color"),
        D.garment_type("coat"),
        D.description("the coat is long and has a belt and a hood", "unsupported"),
        D.material("wool"),
        fastening("buttons and a belt"),
        D.details(
            "The coat is with wool fabric and pure color patterns. It has a lapel neckline. The lady wears a long "
            "pants. The pants are with cotton",
            "cut",
            hit_limit=True,
        ),
        title="Women Camel Brown Solid Longline Overcoat",
        category="Coats",
        color="Camel Brown",
        gender="Women",
    ),
    # photo: model with an off-white wool shawl draped over both shoulders, red paisley embroidery on its border, worn
    # over a navy kurta, white backdrop. no adapter texts
    case(
        "X353-006",
        caption("a woman wearing a white shawl with red embroidery"),
        D.wearing("a blue dress and a white shawl"),
        D.color("white"),
        D.details("red embroidery on the border and tassels", "unsupported"),
        D.material("the shawl is made of", "cut"),
        is_a("shawl", "yes"),
        title="Women Off-White Kashmiri Embroidered Wool Shawl",
        category="Shawls",
        color="Off White",
        gender="Women",
    ),
    # photo: model in a navy long-sleeve round-neck thermal top over black leggings, white backdrop.
    # no adapter texts
    case(
        "X353-007",
        caption("a woman wearing a black long sleeve shirt and leggings", "contradiction"),
        D.wearing("a blue shirt and", "cut"),
        D.color("blue"),
        B.sleeve_length("long sleeves"),
        D.material("", "non_answer"),
        title="Women Navy Blue Solid Thermal Top",
        category="Thermal Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a pink fleece sweatshirt with a white "WINTER VIBES" print across the chest, blue jeans, white
    # backdrop. caption, wearing, details: adapter
    case(
        "X353-008",
        caption(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "The lady wears",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It has a "
            "round neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        D.color("pink"),
        D.pattern("graphic"),
        color_jeans("blue"),
        is_a("sweatshirt", "yes"),
        D.details(
            "The sweater is with cotton fabric and graphic patterns. It has a round neckline. The sweater is with "
            "cotton fabric and graphic patterns. It",
            "loop",
            hit_limit=True,
        ),
        title="Women Pink Graphic Printed Fleece Sweatshirt",
        category="Sweatshirts",
        color="Pink",
        gender="Women",
    ),
    # photo: model in an olive quilted puffer jacket, zipped, plain hood (no fur), black jeans, white backdrop.
    # no adapter texts
    case(
        "X353-009",
        caption("a woman in a green puffer jacket and black jeans"),
        D.wearing("a green jacket and green jeans", "contradiction"),
        D.color("green"),
        D.details("the jacket has a hood and a fur collar", "unsupported"),
        D.material("polyester"),
        is_a("jacket", "yes"),
        neckline("a hood"),
        fastening("the jacket is fastened", "restated"),
        title="Women Olive Green Hooded Quilted Puffer Jacket",
        category="Jackets",
        color="Olive",
        gender="Women",
    ),
    # photo: model in a cream straight woollen kurta with maroon embroidery at the yoke, maroon straight pants, white
    # backdrop. no adapter texts
    case(
        "X353-010",
        caption("a woman in a white dress with red embroidery", "contradiction"),
        D.wearing("a white kurta and red pants"),
        D.garment_type("kurta"),
        D.color("red", "other_garment_color"),
        color_pants("red"),
        D.material("wool"),
        D.details("the kurta has embroidery on the neck and a belt", "unsupported"),
        title="Women Cream Embroidered Woollen Straight Kurta",
        category="Kurtas",
        color="Cream",
        gender="Women",
    ),
    # photo: model in a black cropped open-front long-sleeve shrug over a red sleeveless knee-length dress, white
    # backdrop. no adapter texts
    case(
        "X353-011",
        caption("a woman in a red dress and black jacket"),
        D.wearing("a red dress with a black shrug"),
        D.color("red", "other_garment_color"),
        D.garment_type("cardigan"),
        B.sleeve_length("long sleeves"),
        is_a("shrug", "yes"),
        D.details("the shrug is black", "restated"),
        title="Women Black Solid Open-Front Cropped Shrug",
        category="Shrugs",
        color="Black",
        gender="Women",
    ),
    # photo: model in a white crew-neck pullover with navy horizontal stripes, light blue jeans, white backdrop.
    # caption, details, neckline: adapter
    case(
        "X353-012",
        caption(
            "The lady wears a long-sleeve sweater with striped patterns. The sweater is with knitting fabric. It has "
            "a round neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a striped sweater and jeans"),
        D.details(
            "The sweater is with knitting fabric and striped patterns. It has a round neckline. The sweater is with "
            "knitting fabric and striped patterns. It",
            "loop",
            hit_limit=True,
        ),
        D.color("white"),
        D.pattern("striped"),
        color_jeans("white", "other_garment_color"),
        neckline(
            "The lady wears a long-sleeve sweater with striped patterns. The sweater is with knitting fabric. It has "
            "a round neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Women White & Navy Striped Pullover Sweater",
        category="Sweaters",
        color="White",
        gender="Women",
    ),
    # photo: short-haired model in a charcoal single-breasted wool-blend coat over a white shirt and grey trousers,
    # white backdrop. no adapter texts
    case(
        "X353-013",
        caption("a man in a gray coat and white shirt", "pronoun"),
        D.wearing("a man in a gray coat and a white shirt", "pronoun"),
        D.color("grey"),
        D.garment_type("coat"),
        color_pants("grey"),
        D.material("a gray coat", "restated"),
        title="Women Charcoal Grey Single-Breasted Wool Blend Coat",
        category="Coats",
        color="Charcoal",
        gender="Women",
    ),
    # photo: model in a rust ribbed turtleneck sweater tucked into black high-waist trousers, off-white wall with a
    # potted plant beside her. caption, wearing: adapter
    case(
        "X353-014",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a high neckline. The lady wears a long-sleeve sweater with pure color patterns. The sweater",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a high neckline. The lady wears",
            "cut",
            hit_limit=True,
        ),
        D.color("orange"),
        D.pattern("striped", "contradiction"),
        D.details("the sweater is tucked into the pants"),
        D.material("it is made of", "cut"),
        title="Women Rust Ribbed Turtleneck Sweater",
        category="Sweaters",
        color="Rust",
        gender="Women",
    ),
    # photo: teal woollen stole with fringed ends, laid flat on white, no person. no adapter texts
    case(
        "X353-015",
        caption("a blue scarf with fringes on a white background"),
        D.garment_type("scarf"),
        D.color("blue"),
        D.pattern("solid"),
        D.material("cotton", "unsupported"),
        is_a("stole", "no", "contradiction"),
        D.details("fringes on the ends"),
        title="Women Teal Blue Solid Woollen Stole with Fringes",
        category="Stoles",
        color="Teal",
        gender="Women",
    ),
    # photo: model in a knee-length beige open-front cardigan with two patch pockets over a white tee and blue jeans,
    # white backdrop. no adapter texts
    case(
        "X353-016",
        caption("a woman wearing a long beige cardigan and jeans"),
        D.wearing(
            "a beige sweater and jeans Question: what is the color of the sweater? Answer: beige",
            "leak",
        ),
        D.color("beige"),
        color_jeans("blue"),
        color_top("beige", "other_garment_color"),
        D.description("a long cardigan with pockets and a hood", "unsupported"),
        title="Women Beige Longline Open-Front Cardigan",
        category="Cardigans",
        color="Beige",
        gender="Women",
    ),
    # photo: model in a red and black buffalo-check wool-blend shacket, open over a black tee and black jeans, white
    # backdrop. no adapter texts
    case(
        "X353-017",
        caption("a woman in a red and black plaid jacket"),
        D.wearing("he is wearing a red and black plaid shirt", "pronoun"),
        D.pattern("checked"),
        D.color("red"),
        color_jeans("red", "other_garment_color"),
        D.material("flannel"),
        D.details("the shirt has two pockets and buttons"),
        title="Women Red & Black Checked Wool Blend Shacket",
        category="Jackets",
        color="Red",
        gender="Women",
    ),
    # photo: model in a lavender ribbed V-neck cardigan with pearl buttons over a white top and white jeans, white
    # backdrop. caption, wearing, material: adapter
    case(
        "X353-018",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a v-shape neckline. The lady wears a long-sleeve sweater with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a v-shape",
            "restated",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a v-shape neckline. The lady wears a long pants. The",
            "cut",
            hit_limit=True,
        ),
        D.color("purple"),
        color_pants("white"),
        is_a("cardigan", "yes"),
        title="Women Lavender Ribbed Cardigan with Pearl Buttons",
        category="Cardigans",
        color="Lavender",
        gender="Women",
    ),
    # photo: model in a black pullover hoodie with a kangaroo pocket over grey joggers, white backdrop.
    # no adapter texts
    case(
        "X353-019",
        caption("a woman in a black hoodie and gray sweatpants"),
        D.wearing("a black hoodie and gray pants"),
        D.color("grey", "other_garment_color"),
        D.garment_type("hoodie"),
        D.details("nothing", "non_answer"),
        is_a("jacket", "yes", "contradiction"),
        D.material("cotton"),
        title="Women Black Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Women",
    ),
    # photo: model in a pastel pink faux-fur teddy jacket with a stand collar (no hood), zipped, white jeans, white
    # backdrop. no adapter texts
    case(
        "X353-020",
        caption("a woman in a pink fur coat"),
        D.wearing("a pink jacket and white pants"),
        D.color("white", "other_garment_color"),
        D.material("fur Question: what is the color of the jacket? Answer: pink", "leak"),
        D.description("a pink jacket with a hood", "unsupported"),
        B.sleeve_length("long sleeves"),
        fastening("a zipper"),
        title="Women Pink Faux Fur Teddy Jacket",
        category="Jackets",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a bottle-green straight woollen kurta with small gold buttons on the placket, white churidar,
    # white backdrop. description: adapter
    case(
        "X353-021",
        caption("a woman wearing a green kurta and white pants"),
        D.wearing("a green top and white leggings"),
        D.garment_type("dress", "contradiction"),
        D.color("green"),
        D.details("gold buttons on the front"),
        D.material("velvet", "unsupported"),
        D.description(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has "
            "a round neckline. The dress is of long length. The",
            "contradiction",
            hit_limit=True,
        ),
        title="Women Bottle Green Woollen Straight Kurta",
        category="Kurtas",
        color="Bottle Green",
        gender="Women",
    ),
    # photo: model in a white chunky-knit open cardigan over a light blue denim shirt and blue jeans, white backdrop.
    # caption: adapter
    case(
        "X353-022",
        caption(
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitting "
            "fabric. Her outer clothing is a cardigan. The lady wears a long pants. The pants are with denim "
            "fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("he is wearing a white sweater and jeans", "pronoun"),
        D.color("white"),
        color_jeans("blue"),
        D.material("wool"),
        D.details("", "non_answer"),
        title="Women White Chunky Knit Open-Front Cardigan",
        category="Cardigans",
        color="White",
        gender="Women",
    ),
    # photo: full-length model walking in a black double-breasted belted woollen trench coat, red scarf at the neck,
    # black boots, white backdrop. no adapter texts
    case(
        "X353-023",
        caption("a woman in a black coat and red scarf"),
        D.wearing("a black coat and a red scarf and red gloves", "unsupported"),
        D.color("red", "other_garment_color"),
        D.garment_type("coat"),
        D.details("buttons and a belt"),
        D.material("leather", "unsupported"),
        title="Women Black Double-Breasted Woollen Trench Coat",
        category="Coats",
        color="Black",
        gender="Women",
    ),
    # photo: model in a yellow long-sleeve cropped sweatshirt with a small embroidered logo, black leggings, white
    # backdrop. no adapter texts; the feed row has no gender
    case(
        "X353-024",
        caption("a woman in a yellow sweatshirt and black leggings"),
        D.wearing(
            "a yellow sweater Question: what is the color of the pants? Answer: black",
            "leak",
        ),
        D.color("yellow"),
        B.sleeve_length("short sleeves", "contradiction"),
        D.details("the sweatshirt is yellow", "restated"),
        D.pattern("solid"),
        D.material("cotton"),
        title="Women Yellow Cropped Sweatshirt",
        category="Sweatshirts",
        color="Yellow",
    ),
    # photo: model in a grey melange shawl-collar cardigan with a tie belt over a black top and black jeans, white
    # backdrop. caption: adapter
    case(
        "X353-025",
        caption(
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitting fabric. It "
            "has a lapel neckline. The lady wears a long pants. The pants are with denim fabric and solid color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a gray sweater and gray pants", "contradiction"),
        D.color("black", "other_garment_color"),
        D.details("a belt and a zipper", "unsupported"),
        is_a("cardigan", "yes"),
        neckline("v neck"),
        title="Women Grey Melange Shawl Collar Belted Cardigan",
        category="Cardigans",
        color="Grey",
        gender="Women",
    ),
    # photo: model in a navy sleeveless quilted puffer jacket (gilet) over a white long-sleeve top and blue jeans,
    # white backdrop. no adapter texts
    case(
        "X353-026",
        caption("a woman wearing a blue vest and jeans"),
        D.wearing("a blue jacket and a white shirt"),
        B.sleeve_length("long sleeves", "contradiction"),
        D.color("blue"),
        D.garment_type("jacket"),
        is_a("vest", "yes"),
        color_top("blue", "other_garment_color"),
        D.details("it has a lot of details", "non_answer"),
        title="Women Navy Blue Sleeveless Quilted Puffer Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a brown pullover with beige Fair Isle bands of snowflakes over brown corduroy pants, white
    # backdrop. details, material: adapter
    case(
        "X353-027",
        caption("a woman in a brown and white sweater"),
        D.wearing("a sweater and brown pants"),
        D.pattern("striped", "contradiction"),
        D.color("brown"),
        D.details(
            "The sweater is with knitting fabric and lattice patterns. It has a round neckline. The sweater is "
            "with knitting fabric and lattice patterns. It",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The lady wears a long-sleeve sweater with lattice patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The",
            "restated",
            hit_limit=True,
        ),
        color_pants("brown"),
        title="Women Brown Fair Isle Self-Design Pullover",
        category="Sweaters",
        color="Brown",
        gender="Women",
    ),
    # photo: model cropped at the hips in a peach fleece round-neck long-sleeve thermal top, white backdrop.
    # no adapter texts
    case(
        "X353-028",
        caption("a woman in a pink long sleeve shirt and jeans", "unsupported"),
        D.wearing("a pink top Question: what is the color of the pants? Answer: black", "leak"),
        D.color("pink"),
        D.material("fleece"),
        B.sleeve_length("long sleeves"),
        D.details("the top has buttons on the front", "unsupported"),
        title="Women Peach Fleece Thermal Top",
        category="Thermal Tops",
        color="Peach",
        gender="Women",
    ),
    # photo: model in a maroon A-line woollen kurta with white thread embroidery at the neck, black leggings, in front
    # of a red brick wall. no adapter texts
    case(
        "X353-029",
        caption("a woman in a red dress standing in front of a brick wall", "contradiction"),
        D.wearing("a red top and black leggings"),
        D.color("red"),
        color_pants("red", "other_garment_color"),
        D.details("white embroidery around the neck"),
        D.material("cotton", "unsupported"),
        neckline("the neckline of the kurta", "non_answer"),
        title="Women Maroon Embroidered Woollen A-Line Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in a knee-length camel teddy-borg coat over a white turtleneck and white trousers, white backdrop.
    # wearing, material: adapter
    case(
        "X353-030",
        caption("a woman wearing a brown coat and white pants"),
        D.wearing(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with fur fabric. It has a lapel "
            "neckline. The lady wears a long-sleeve coat with pure color patterns. The coat",
            "loop",
            hit_limit=True,
        ),
        D.color("brown"),
        color_pants("brown", "other_garment_color"),
        D.garment_type("coat"),
        D.material(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with fur fabric. It has a lapel "
            "neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Women Camel Teddy Borg Longline Coat",
        category="Coats",
        color="Camel",
        gender="Women",
    ),
    # photo: model in a pink knitted cropped shrug with three-quarter sleeves and plain edges over a white sleeveless
    # kurta, white backdrop. no adapter texts
    case(
        "X353-031",
        caption("a woman in a pink sweater and white dress"),
        D.wearing("a pink sweater"),
        B.sleeve_length("three-quarter sleeves"),
        D.color("white", "other_garment_color"),
        is_a("shrug", "no", "contradiction"),
        D.description("a pink cropped sweater with a lace trim", "unsupported"),
        D.material("it is made of", "cut"),
        title="Women Pink Knitted Cropped Shrug",
        category="Shrugs",
        color="Pink",
        gender="Women",
    ),
    # photo: black wool shawl woven with a red, green and yellow Kani paisley pattern, folded flat on white, its ends
    # folded under and not visible. caption: adapter
    case(
        "X353-032",
        caption(
            "The lady wears a long-sleeve sweater with lattice patterns. The sweater is with wool fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "The",
            "contradiction",
            hit_limit=True,
        ),
        D.garment_type("scarf"),
        D.color("red", "contradiction"),
        D.details("the scarf has a paisley pattern and tassels", "unsupported"),
        D.material("silk", "unsupported"),
        title="Women Black Kani Woven Wool Shawl",
        category="Shawls",
        color="Black",
        gender="Women",
    ),
    # photo: model in a mid-blue denim jacket with a white sherpa collar, over a black hoodie and black jeans, white
    # backdrop. no adapter texts
    case(
        "X353-033",
        caption("a woman in a denim jacket with a white fur collar"),
        D.wearing("a blue jean jacket and a black hoodie"),
        D.color("white", "contradiction"),
        color_jeans("blue", "other_garment_color"),
        D.material("denim Question: what is the color of the collar? Answer: white", "leak"),
        is_a("jacket", "yes"),
        D.details("buttons and a fur collar"),
        title="Women Blue Denim Jacket with Sherpa Collar",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a red crew-neck pullover with a white reindeer and snowflake jacquard, black jeans, a small
    # Christmas tree prop beside her, white backdrop. description: adapter
    case(
        "X353-034",
        caption("a woman in a red christmas sweater standing next to a christmas tree"),
        D.wearing("she is wearing a red sweater with reindeer on it"),
        D.color("red"),
        D.pattern("graphic"),
        D.details("the sweater has a hood", "unsupported"),
        color_jeans("red", "other_garment_color"),
        D.description(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        title="Women Red Reindeer Jacquard Christmas Sweater",
        category="Sweaters",
        color="Red",
        gender="Women",
    ),
    # photo: model in a black long-sleeve turtleneck thermal top tucked into a beige A-line skirt, white backdrop.
    # description: adapter
    case(
        "X353-035",
        caption("a woman in a black turtleneck and a beige skirt"),
        D.description(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "high neckline. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        D.color("black"),
        color_skirt("black", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.material("cotton"),
        D.details("none", "non_answer"),
        title="Women Black Turtleneck Thermal Top",
        category="Thermal Tops",
        color="Black",
        gender="Women",
    ),
    # photo: model in a mint green zip-through fleece jacket with white piping and two zip pockets, white jeans, in
    # front of a wooden door. description: adapter
    case(
        "X353-036",
        caption("a woman in a green jacket standing in front of a wooden door"),
        D.wearing("a green jacket and white jeans"),
        D.color("green"),
        D.details("a zipper and two pockets"),
        color_jeans("green", "other_garment_color"),
        D.material("denim", "unsupported"),
        D.description(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a stand neckline. The lady wears a long-sleeve jacket with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        title="Women Mint Green Zip-Through Fleece Jacket",
        category="Jackets",
        color="Mint Green",
        gender="Women",
    ),
    # photo: model in a mauve V-neck cable-knit sweater vest over a white long-sleeve shirt, grey trousers, white
    # backdrop. no adapter texts
    case(
        "X353-037",
        caption("a woman in a purple sweater vest and white shirt"),
        D.wearing("a purple sweater and a white shirt"),
        B.sleeve_length("sleeveless"),
        D.color("white", "other_garment_color"),
        D.material("a purple sweater", "restated"),
        D.details("the details of the sweater", "non_answer"),
        title="Women Mauve Cable Knit Sweater Vest",
        category="Sweaters",
        color="Mauve",
        gender="Women",
    ),
    # photo: model in a knee-length olive wool-blend overcoat with buttons over a black top and black jeans, white
    # backdrop. caption, neckline: adapter
    case(
        "X353-038",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with wool fabric. It has a lapel "
            "neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. Her outer",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green coat and black pants"),
        D.color("green"),
        D.garment_type("jacket", "contradiction"),
        D.description("a long green coat with buttons"),
        D.material("wool"),
        neckline(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with wool fabric. It has a lapel "
            "neckline. The lady",
            "restated",
            hit_limit=True,
        ),
        D.details("", "non_answer"),
        title="Women Olive Solid Longline Wool Blend Overcoat",
        category="Coats",
        color="Olive",
        gender="Women",
    ),
    # photo: model in a white woollen kurta with multicolor floral embroidery on the front, blue jeans, white
    # backdrop. no adapter texts
    case(
        "X353-039",
        caption("a woman in a white top with flowers and jeans"),
        D.wearing("a white dress and blue jeans", "contradiction"),
        D.pattern("floral"),
        D.color("white"),
        color_jeans("white", "other_garment_color"),
        D.material("wool"),
        D.details("red and yellow flowers embroidered on the front"),
        is_a("kurta", "yes"),
        title="Women White Floral Embroidered Woollen Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: model in a knee-length grey open-front hooded cardigan (no fastening) over black leggings, white
    # backdrop. caption: adapter
    case(
        "X353-040",
        caption(
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitting "
            "fabric. It has a hooded neckline. The lady wears a long leggings. The leggings are with cotton "
            "fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a long gray sweater with a hood"),
        D.color("grey"),
        is_a("cardigan", "no", "contradiction"),
        D.details("a hood and a zipper", "unsupported"),
        B.sleeve_length("long sleeves"),
        D.material("", "non_answer"),
        title="Women Grey Longline Hooded Cardigan",
        category="Cardigans",
        color="Grey",
        gender="Women",
    ),
    # photo: model in a burgundy velvet single-breasted blazer jacket with two buttons over a black top and black
    # trousers, white backdrop. no adapter texts
    case(
        "X353-041",
        caption("a man in a red velvet jacket", "pronoun"),
        D.wearing("a red jacket and black pants"),
        D.details(
            "buttons on the front Question: what is the color of the jacket? Answer: red",
            "leak",
        ),
        D.color("brown", "contradiction"),
        D.material("velvet"),
        color_pants("black"),
        fastening("two buttons"),
        title="Women Burgundy Velvet Single-Breasted Blazer Jacket",
        category="Jackets",
        color="Burgundy",
        gender="Women",
    ),
    # photo: model in a colour-block sweatshirt (white chest and shoulders, blue body and sleeves) over blue jeans,
    # white backdrop. no adapter texts
    case(
        "X353-042",
        caption("a woman in a blue and white sweatshirt and jeans"),
        D.wearing("a blue and white sweater"),
        D.color("blue"),
        D.pattern("striped", "contradiction"),
        color_jeans("blue"),
        D.details("the sleeves are blue"),
        D.material("a blue and white sweatshirt", "restated"),
        B.sleeve_length("long sleeves"),
        title="Women Blue & White Colourblocked Sweatshirt",
        category="Sweatshirts",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a knee-length beige hooded quilted puffer coat, zipped, black jeans, white backdrop.
    # caption, wearing, details: adapter
    case(
        "X353-043",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "hooded neckline. The dress is of long length. The lady wears a",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. It has a "
            "hooded neckline. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The coat is with cotton fabric and pure color patterns. It has a hooded neckline. The coat is with "
            "cotton fabric and pure color patterns. It",
            "loop",
            hit_limit=True,
        ),
        D.color("beige"),
        is_a("coat", "yes"),
        title="Women Beige Hooded Longline Puffer Coat",
        category="Coats",
        color="Beige",
        gender="Women",
    ),
    # photo: model in a black and white houndstooth wool-blend coat with a notched collar over a black turtleneck,
    # white backdrop. wearing: adapter; the feed row has no color
    case(
        "X353-044",
        caption("a woman in a black and white checkered coat"),
        D.wearing(
            "The lady wears a long-sleeve coat with lattice patterns. The coat is with wool fabric. It has a "
            "lapel neckline. The lady wears a long-sleeve coat with lattice patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.pattern("checked"),
        D.color("grey", "contradiction"),
        D.material("tweed"),
        D.description("a black and white coat with a fur collar", "unsupported"),
        color_top("black"),
        fastening("yes", "non_answer"),
        title="Women Black & White Houndstooth Wool Blend Coat",
        category="Coats",
        gender="Women",
    ),
    # photo: model with a magenta pashmina stole draped around the neck and over one shoulder, worn over a black
    # kurta, white backdrop. no adapter texts
    case(
        "X353-045",
        caption("a woman wearing a pink scarf and a black dress"),
        D.wearing("a black shirt with a pink scarf"),
        D.color("black", "other_garment_color"),
        D.garment_type("scarf"),
        D.material("pashmina"),
        is_a("stole", "yes"),
        D.description("a pink scarf with a gold border", "unsupported"),
        D.details("", "non_answer"),
        title="Women Magenta Solid Pashmina Stole",
        category="Stoles",
        color="Magenta",
        gender="Women",
    ),
    # photo: model in an ivory crochet-knit open shrug with short sleeves and scalloped edges over a black slip dress,
    # white backdrop. caption: adapter
    case(
        "X353-046",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It "
            "has a round neckline. Her outer clothing is a cardigan with lace fabric. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white sweater and a black dress"),
        D.color("white"),
        B.sleeve_length("sleeveless", "contradiction"),
        D.material("cotton"),
        is_a("shrug", "yes"),
        D.details("white lace with a scalloped edge"),
        title="Women Ivory Crochet Open-Front Shrug",
        category="Shrugs",
        color="Off White",
        gender="Women",
    ),
]
