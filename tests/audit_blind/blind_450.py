"""BLIND_450 (46 products; men's and women's winter and festive knitwear and jackets): written blind in the forty-
seventh session. Measured blind at 496f1cc (the session's rules as they stood): 92/110 failures found (83.6%) and
5/137 correct texts flagged (3.6%). The writer's notes, verbatim:

Scenario: an Indian retailer's English catalog feed (Myntra-like) of winter and festive wear for men and women:
pullovers and cardigans (cable knit, Fair Isle, striped, turtlenecks, sweater vests), sweatshirts and hoodies, puffer
jackets and gilets, coats, Nehru jackets and ethnic jackets worn over kurtas, and shawls and stoles draped over
kurtas. Many photos are layered (a cardigan over a tee, a Nehru jacket over a kurta, a gilet over a hoodie), and
several are festive shoots (a Christmas tree, gift boxes, diyas, marigolds) or have walls and props in the frame.
Each row has the seller's title, category, color and gender; a few miss one of them, as real feeds do.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a man in a
maroon sweater ...") or from the caption-only LoRA adapter (DeepFashion template, "The gentleman wears a long-sleeve
sweater with pure color patterns. The sweater is with knitting fabric ..."). The adapter never learned to stop: all
its texts run to their limit (50 new tokens for captions, 30 for answers) and carry hit_limit=True, and asked a
question it returns the caption template. Open answers (wearing, description, details, material, neckline,
fastening) come from the base model unless the comment before the case says the adapter answered them; the base
model stops on its own and never has hit_limit. Closed answers (garment_type, color, pattern, sleeve_length, the
per-piece colors, hood, "Is this a ...?") are enrich's `--engine reference` answers, chosen from candidate sets:
never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words count as correct: red for maroon, blue for navy, teal or royal blue, green for olive, bottle green,
  teal, mint or emerald, yellow for mustard, purple for lavender, white or cream for off white, ivory or cream,
  grey for melange and for charcoal. Black for charcoal grey (base caption or closed color) is contradiction: the
  garment reads grey in the photo and the seller says grey. Beige answered beige is correct; brown given for a
  beige sweater whose trousers are brown is other_garment_color.
- The color of another piece in the photo (the kurta under a Nehru jacket, the tee under a cardigan, the hoodie
  under a gilet, the pants, the coat over the sold sweater) given as the product's color is other_garment_color.
  The color of a print, an embroidery, a wall, a brick wall or a Christmas tree given as the garment's color is
  contradiction.
- Garment synonyms count as correct: vest for a Nehru jacket or a sleeveless sweater, sweater for a cardigan or a
  shrug (a cardigan is a sweater that opens in front), cardigan for a shrug, scarf for a shawl or stole, coat for a
  long puffer or an overcoat, hoodie for a hooded sweatshirt. A hoodie for a hoodless crew-neck sweatshirt, a
  sweater (garment_type) for a sweatshirt, a jacket for a shawl-collar cardigan, a sweater for a draped shawl and
  a blanket for a shawl are contradiction. A closed garment_type naming the coat worn over the sold sweater is
  contradiction.
- Sleeve length: "long sleeves" for a sleeveless gilet, sweater vest, ethnic jacket or a draped shawl (the long
  sleeves are the inner garment's, or the drape) is contradiction. A cable knit answered "striped" is
  contradiction; a solid-colour cable knit answered "solid" is correct; a Fair Isle yoke answered "geometric" is
  correct.
- Materials: a fiber the title names (wool, cotton, velvet, silk blend) is correct; "wool" or "knitted" for a knit
  whose title names no fiber, wool for a wool-look overcoat, and polyester for a shiny synthetic puffer are
  plausible guesses and correct. A fiber that the title contradicts (wool or cotton for an acrylic knit, silk for
  a velvet jacket, leather for a faux suede or nylon jacket) or that nothing shows (down in a padded jacket) is
  unsupported.
- Invented details are unsupported: a pocket square, a belt, a hood, fringes, buttons on a waterfall cardigan,
  gold buttons where they are black, a Christmas tree and presents on a Santa print that shows Santa alone,
  embroidery on a back the front view does not show.
- Adapter texts: a repeated sentence of the template is loop; a template that stops mid-sentence without
  repeating is cut (even where it invents a fabric or a neckline before the cut); the template returned for the
  material question is restated. The template answering "What is the person wearing?" or "What are the details of
  the garment?" does answer it, so those are cut or loop.
- Base answers: stopped early ("it is made of", "a brown jacket and a white") is cut without hit_limit; running on
  into "Question: ... Answer: ..." is leak even where the first words are right; an empty answer, "the person is
  wearing clothes", "the details of the shawl", "the sweater has details" and "it is made of fabric" are
  non_answer; a material or details question answered only with the garment's name and color is restated; a short
  base loop ("a zipper, a zipper, a zipper") is loop.
- "he" for a woman and "she" for a man are pronoun; with no gender in the row the photo decides the person, and
  no pronoun case is labelled there.
- An answer that names only the other piece of a layered outfit ("a red dress" for a shrug worn over it) is true of
  the photo and correct; so is one closed color of a multicolour striped sweater (pink for seller color Multi),
  and navy for a white-and-navy striped sweater the seller lists as White.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_jacket = question("color_jacket", "What is the color of the jacket?", "closed")
color_kurta = question("color_kurta", "What is the color of the kurta?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_shawl = question("color_shawl", "What is the color of the shawl?", "closed")
hood = question("hood", "Does the garment have a hood?", "closed")
neckline = question("neckline", "What is the neckline of the garment?", "open")
fastening = question("fastening", "How is the garment fastened?", "open")

BLIND_450 = [
    # photo: man in a navy blue cable-knit crew-neck pullover, a white shirt collar showing at the neck, beige
    # chinos, plain grey studio backdrop, front view.
    # no adapter text
    case(
        "X450-001",
        caption("a man wearing a navy blue sweater and khaki pants"),
        D.wearing("a sweater"),
        D.color("navy"),
        D.pattern("striped", "contradiction"),
        D.material("wool"),
        title="Men Navy Blue Cable Knit Pullover Sweater",
        category="Sweaters",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a mustard open-front cardigan with wooden buttons and two patch pockets, worn unbuttoned over a
    # white tee, blue jeans, white wall, front view.
    # caption: adapter
    case(
        "X450-002",
        caption(
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitting fabric. "
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow cardigan and jeans"),
        D.color("white", "other_garment_color"),
        D.details("it has buttons and two pockets"),
        is_a("cardigan", "yes"),
        title="Women Mustard Yellow Solid Button-Down Cardigan",
        category="Cardigans",
        color="Mustard",
        gender="Women",
    ),
    # photo: man in a black Nehru jacket with black buttons and three welt pockets over a white kurta and white
    # churidar, beige backdrop, front view.
    # no adapter text
    case(
        "X450-003",
        caption("a man in a black vest and white kurta"),
        D.wearing("a black nehru jacket"),
        color_jacket("white", "other_garment_color"),
        color_kurta("white"),
        D.details("it has a mandarin collar and three pockets"),
        D.description("a black nehru jacket with gold buttons", "unsupported"),
        title="Men Black Solid Slim Fit Nehru Jacket",
        category="Nehru Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: woman with a maroon pashmina shawl with a gold zari paisley border draped over a black kurta, studio.
    # no adapter text
    case(
        "X450-004",
        caption("a woman wearing a red shawl with a paisley pattern"),
        D.wearing("he is wearing a red scarf", "pronoun"),
        color_shawl("black", "other_garment_color"),
        D.description("a red shawl with a gold border"),
        D.material("wool"),
        title="Women Maroon Embroidered Woollen Pashmina Shawl",
        category="Shawls",
        color="Maroon",
        gender="Women",
    ),
    # photo: man in an olive quilted hooded puffer jacket, zipped up, black pants, white backdrop, front view.
    # caption: adapter
    case(
        "X450-005",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. "
            "It has a lapel neckline. The pants this gentleman wears is of long length. The pants are with cotton "
            "fabric and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("the person is wearing clothes", "non_answer"),
        color_jacket("green"),
        hood("yes"),
        D.material("leather", "unsupported"),
        title="Men Olive Green Hooded Quilted Puffer Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in a grey melange hooded sweatshirt with a pink "WINTER VIBES" print on the chest, black joggers,
    # in front of a pink wall.
    # no adapter text
    case(
        "X450-006",
        caption("a woman in a grey hoodie standing in front of a pink wall"),
        D.color("pink", "contradiction"),
        D.pattern("graphic"),
        D.details("it says winter vibes on the front"),
        D.description(
            "a grey sweatshirt with a pink graphic print Question: what is the color of the sweatshirt? Answer: grey",
            "leak",
        ),
        title="Women Grey Melange Typography Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: man in a maroon V-neck pullover over a blue-and-white checked shirt, blue jeans, cream backdrop.
    # no adapter text
    case(
        "X450-007",
        caption("a man wearing a maroon sweater and a plaid shirt"),
        D.wearing("a maroon sweater"),
        D.color("maroon"),
        D.pattern("checked", "contradiction"),
        neckline("v-neck"),
        D.material("it is made of", "cut"),
        title="Men Maroon V-Neck Pullover",
        category="Sweaters",
        color="Maroon",
        gender="Men",
    ),
    # photo: woman in a cream cable-knit turtleneck sweater and a brown midi skirt, standing beside a lit Christmas
    # tree, front view.
    # no adapter text
    case(
        "X450-008",
        caption("a woman in a white sweater standing next to a christmas tree"),
        D.wearing("a white sweater and a brown skirt"),
        D.color("green", "contradiction"),
        D.details("it has a turtle neck and cable knit"),
        D.material("wool", "unsupported"),
        title="Women Cream Cable Knit Turtle Neck Acrylic Sweater",
        category="Sweaters",
        color="Cream",
        gender="Women",
    ),
    # photo: man in a plain grey melange crew-neck sweatshirt (no hood), blue jeans, white backdrop.
    # caption: adapter
    case(
        "X450-009",
        caption(
            "The gentleman wears a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton "
            "fabric. It has a round neckline. The pants this gentleman wears is of long length. The pants are with "
            "denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey sweatshirt and jeans"),
        D.garment_type("sweater", "contradiction"),
        D.color("grey"),
        is_a("hoodie", "yes", "contradiction"),
        D.material("a grey sweatshirt", "restated"),
        title="Men Grey Melange Solid Crew Neck Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman in a long black padded puffer coat with a faux-fur-trimmed hood, zipped, blue jeans, snowy
    # street, front view.
    # no adapter text
    case(
        "X450-010",
        caption("a woman in a black coat standing in the snow"),
        D.color("black"),
        D.details("it has a fur hood and a zipper"),
        D.description("a long black puffer jacket with a fur collar"),
        D.material("down", "unsupported"),
        title="Women Black Longline Padded Puffer Jacket with Faux Fur Trim",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: man in a beige jacquard Nehru jacket with small woven floral butis over a maroon kurta and cream
    # pyjama, marigold garlands behind him.
    # no adapter text
    case(
        "X450-011",
        caption("a man in a maroon kurta and a beige jacket"),
        color_jacket("maroon", "other_garment_color"),
        color_kurta("maroon"),
        D.pattern("floral"),
        D.details("the nehru jacket", "restated"),
        D.material("silk"),
        title="Men Beige Woven Design Silk Blend Nehru Jacket",
        category="Nehru Jackets",
        color="Beige",
        gender="Men",
    ),
    # photo: woman in a lavender crew-neck sweatshirt with white "PARIS" lettering, light blue jeans, white backdrop.
    # caption, details: adapter
    case(
        "X450-012",
        caption(
            "The lady wears a long-sleeve sweatshirt with graphic patterns. The sweatshirt is with cotton fabric. "
            "It has a round neckline. The lady wears a long-sleeve sweatshirt with graphic patterns. The "
            "sweatshirt is with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a purple sweatshirt that says paris"),
        D.color("white", "contradiction"),
        D.details(
            "The lady wears a long-sleeve sweatshirt with graphic patterns. The sweatshirt is with cotton fabric. "
            "It has a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        title="Women Lavender Typography Printed Cotton Sweatshirt",
        category="Sweatshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: man in a mustard half-zip mock-neck pullover, a white tee showing at the open zip, grey trousers,
    # grey backdrop.
    # no adapter text
    case(
        "X450-013",
        caption("a man in a yellow sweater and grey pants"),
        D.color("orange", "contradiction"),
        D.details("it has a zipper on the front"),
        fastening("zipper"),
        D.description("a yellow sweater with a zipper, a zipper, a zipper", "loop"),
        title="Men Mustard Half Zip Mock Neck Pullover",
        category="Sweaters",
        color="Mustard",
        gender="Men",
    ),
    # photo: woman in a red Fair Isle sweater with white snowflake and reindeer motifs, black leggings, holding a
    # wrapped gift box, festive studio with more gift boxes at her feet.
    # no adapter text
    case(
        "X450-014",
        caption("a woman in a red christmas sweater holding a gift box"),
        D.wearing("a red sweater with reindeer on it"),
        D.color("red"),
        color_pants("white", "contradiction"),
        D.material("a red sweater", "restated"),
        D.details("", "non_answer"),
        title="Women Red Fair Isle Reindeer Christmas Sweater",
        category="Sweaters",
        color="Red",
        gender="Women",
    ),
    # photo: man in a black padded bomber jacket with ribbed cuffs and collar, open over a white tee, blue jeans,
    # white backdrop.
    # caption, details, material: adapter
    case(
        "X450-015",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. "
            "It has a standing neckline. The pants this gentleman wears is of long length. The pants are with "
            "denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black jacket and blue jeans"),
        D.color("black"),
        D.details(
            "The jacket is with leather fabric. It has a standing neckline. The jacket is with leather fabric. It "
            "has a standing neckline. The",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. "
            "It has a standing neckline. The",
            "restated",
            hit_limit=True,
        ),
        is_a("jacket", "yes"),
        title="Men Black Padded Bomber Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: woman in an off-white knitted wrap shawl with fringed ends draped over her shoulders and arms, blue
    # jeans, brown boots, beige wall. The row has no color.
    # no adapter text
    case(
        "X450-016",
        caption("a woman wearing a white shawl and jeans"),
        D.wearing("a white sweater and jeans", "contradiction"),
        D.color("cream"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.details("it has fringes on the bottom"),
        title="Women Off White Knitted Fringed Wrap Shawl",
        category="Shawls",
        gender="Women",
    ),
    # photo: man in a navy quilted sleeveless puffer gilet, zipped, over a grey hoodie, black joggers, white
    # backdrop.
    # no adapter text
    case(
        "X450-017",
        caption("a man in a blue vest and grey hoodie"),
        D.wearing("a blue vest"),
        D.garment_type("vest"),
        color_jacket("grey", "other_garment_color"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.details("it has a zipper, two pockets and a hood", "unsupported"),
        title="Men Navy Blue Quilted Sleeveless Puffer Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a teal longline waterfall cardigan (open, no buttons) over a black top and black jeans, white
    # backdrop.
    # no adapter text
    case(
        "X450-018",
        caption("a woman in a green cardigan and black pants"),
        D.wearing("he is wearing a long green sweater", "pronoun"),
        D.color("black", "other_garment_color"),
        D.description("a long green cardigan with pockets and buttons", "unsupported"),
        D.material("it is a knitted cardigan"),
        title="Women Teal Blue Longline Open Front Acrylic Cardigan",
        category="Cardigans",
        color="Teal Blue",
        gender="Women",
    ),
    # photo: man in a white-and-navy Breton striped crew-neck sweater, navy chinos, light grey backdrop.
    # caption: adapter
    case(
        "X450-019",
        caption(
            "The gentleman wears a long-sleeve sweater with stripe patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The gentleman wears a long-sleeve sweater with stripe patterns. The sweater is "
            "with knitting fabric",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a striped sweater"),
        D.pattern("striped"),
        D.color("navy"),
        title="Men White & Navy Striped Pullover",
        category="Sweaters",
        color="White",
        gender="Men",
    ),
    # photo: woman in a short black velvet jacket with gold zari floral embroidery on the front and sleeves, worn
    # open over a cream dress, white backdrop, front view only.
    # no adapter text
    case(
        "X450-020",
        caption("a woman wearing a black jacket with gold embroidery"),
        D.wearing("a black jacket with gold embroidery and a white", "cut"),
        D.color("gold", "contradiction"),
        D.pattern("floral"),
        D.material("velvet"),
        D.details("it has gold flowers on the sleeves and the back", "unsupported"),
        title="Women Black Embroidered Velvet Festive Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: man in a light grey melange shawl-collar cardigan with brown wooden toggle buttons, white shirt, dark
    # jeans, white backdrop.
    # no adapter text
    case(
        "X450-021",
        caption("a man in a grey cardigan and white shirt"),
        D.garment_type("jacket", "contradiction"),
        D.color("grey"),
        D.details("it has a shawl collar and brown buttons"),
        D.material(
            "it is made of wool Question: what is the color of the cardigan? Answer: grey",
            "leak",
        ),
        title="Men Grey Melange Shawl Collar Cardigan",
        category="Cardigans",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman in a dusty pink cropped puffer jacket over a white turtleneck, white trousers, beige backdrop.
    # caption: adapter
    case(
        "X450-022",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "standing neckline. The lady wears a long-sleeve jacket with pure color patterns. The jacket is with "
            "cotton fabric. It",
            "loop",
            hit_limit=True,
        ),
        D.wearing("she is wearing a pink jacket and white pants"),
        D.color("pink"),
        color_pants("pink", "other_garment_color"),
        D.material("polyester"),
        title="Women Dusty Pink Cropped Puffer Jacket",
        category="Jackets",
        color="Pink",
        gender="Women",
    ),
    # photo: man in a brown sleeveless V-neck sweater vest over a light blue long-sleeve shirt, beige trousers,
    # white backdrop.
    # no adapter text
    case(
        "X450-023",
        caption("a man wearing a brown sweater vest and a blue shirt"),
        D.wearing("a sweater vest"),
        D.garment_type("vest"),
        D.color("blue", "other_garment_color"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.details("a brown sweater vest", "restated"),
        D.material("wool"),
        title="Men Brown Sleeveless Pure Wool Sweater",
        category="Sweaters",
        color="Brown",
        gender="Men",
    ),
    # photo: woman with a white woollen shawl with multicolour Kashmiri floral embroidery (hemmed edges, no fringe)
    # draped over a long navy kurta, studio. The row has no gender.
    # no adapter text
    case(
        "X450-024",
        caption("a woman wearing a white shawl with flowers on it"),
        D.wearing("a white shawl over a blue dress"),
        D.color("white"),
        color_shawl("navy", "other_garment_color"),
        D.description(
            "the shawl is white with colorful embroidery and it has a fringe",
            "unsupported",
        ),
        title="Women White Kashmiri Embroidered Wool Shawl",
        category="Shawls",
        color="White",
    ),
    # photo: man in a red sweatshirt with a printed Santa Claus face (Santa alone), black jeans, white backdrop.
    # no adapter text
    case(
        "X450-025",
        caption("a man in a red sweatshirt with santa claus on it"),
        D.wearing("she is wearing a red sweater with santa", "pronoun"),
        D.color("red"),
        D.pattern("graphic"),
        D.details("santa claus with a christmas tree and presents", "unsupported"),
        is_a("sweatshirt", "yes"),
        title="Men Red Santa Printed Christmas Sweatshirt",
        category="Sweatshirts",
        color="Red",
        gender="Men",
    ),
    # photo: woman in a charcoal grey chunky-knit pullover with puff sleeves, light blue jeans, grey backdrop.
    # caption: adapter
    case(
        "X450-026",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The lady wears a long-sleeve sweater with pure color patterns. The sweater is "
            "with knitting",
            "loop",
            hit_limit=True,
        ),
        D.color("black", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.description("a grey sweater with puffy sleeves"),
        D.material("a grey sweater", "restated"),
        title="Women Charcoal Grey Chunky Knit Puff Sleeve Pullover",
        category="Sweaters",
        color="Charcoal Grey",
        gender="Women",
    ),
    # photo: man in a navy hooded puffer jacket with a small white logo on the chest, zipped, grey joggers, printed
    # snowy-mountain backdrop. The row has no category.
    # no adapter text
    case(
        "X450-027",
        caption("a man wearing a blue jacket standing in front of a mountain"),
        D.wearing(
            "a blue jacket and gray pants Question: what is the person wearing? Answer: a blue jacket",
            "leak",
        ),
        color_jacket("grey", "other_garment_color"),
        D.details("it has a hood, a zipper and a logo on the chest"),
        D.material("the jacket is made of", "cut"),
        title="Men Navy Blue Hooded Puffer Jacket",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman with a solid mustard woollen shawl with tasselled ends over a white kurta, outdoors among trees.
    # no adapter text
    case(
        "X450-028",
        caption("a woman in a yellow shawl"),
        D.wearing("a yellow scarf and a white top"),
        D.color("yellow"),
        color_shawl("white", "other_garment_color"),
        D.details("the details of the shawl", "non_answer"),
        D.material("wool"),
        title="Women Mustard Solid Woollen Shawl with Tassels",
        category="Shawls",
        color="Mustard",
        gender="Women",
    ),
    # photo: man in a bottle green cable-knit cardigan, buttoned, over a white tee, blue jeans, white backdrop.
    # no adapter text
    case(
        "X450-029",
        caption("a man in a green sweater"),
        D.description("a green cardigan with buttons"),
        D.color("green"),
        D.pattern("solid"),
        is_a("cardigan", "no", "contradiction"),
        D.material("it is made of cotton and has a", "cut"),
        title="Men Bottle Green Cable Knit Cotton Cardigan",
        category="Cardigans",
        color="Bottle Green",
        gender="Men",
    ),
    # photo: woman in a beige knitted poncho with a black geometric pattern, black leggings, white backdrop.
    # caption: adapter
    case(
        "X450-030",
        caption(
            "The lady wears a sleeveless sweater with lattice patterns. The sweater is with knitting fabric. It has "
            "a round neckline. The lady wears a sleeveless sweater with lattice patterns. The sweater is with "
            "knitting fabric. It has",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a poncho and black leggings"),
        D.color("beige"),
        D.sleeve_length("sleeveless"),
        D.description("he is wearing a beige poncho with black designs", "pronoun"),
        title="Women Beige Geometric Knitted Poncho",
        category="Shawls",
        color="Beige",
        gender="Women",
    ),
    # photo: man in a royal blue velvet Nehru jacket with silver buttons over a white kurta, white churidar, diyas
    # on the floor and a rangoli behind him.
    # caption: adapter
    case(
        "X450-031",
        caption(
            "The gentleman wears a sleeveless vest with pure color patterns. The vest is with other fabric. It has a "
            "standing neckline. The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with "
            "cotton fabric",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue vest and a white kurta"),
        color_jacket("blue"),
        color_kurta("blue", "other_garment_color"),
        D.material("velvet"),
        D.details("it has silver buttons and a pocket square", "unsupported"),
        title="Men Royal Blue Velvet Festive Nehru Jacket",
        category="Nehru Jackets",
        color="Royal Blue",
        gender="Men",
    ),
    # photo: woman in a maroon double-breasted belted overcoat over a black turtleneck, black boots, on a street.
    # no adapter text
    case(
        "X450-032",
        caption("a woman in a red coat and black boots walking on a street"),
        D.wearing(
            "a red coat Question: what is the color of the coat? Answer: red Question: what is the",
            "leak",
        ),
        D.garment_type("coat"),
        D.color("brown", "contradiction"),
        D.material("wool"),
        title="Women Maroon Double Breasted Belted Overcoat",
        category="Coats",
        color="Maroon",
        gender="Women",
    ),
    # photo: man in a grey melange zip-through hooded sweatshirt, open over a black tee, black jeans, white backdrop.
    # no adapter text
    case(
        "X450-033",
        caption("a man wearing a gray hoodie and black pants"),
        D.garment_type("hoodie"),
        D.color("black", "other_garment_color"),
        D.details("it has a hood and a zipper and a zipper and a zipper", "loop"),
        D.description("she is wearing a grey hoodie with a zipper", "pronoun"),
        title="Men Grey Melange Hooded Zip-Through Cotton Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman in a mint green cardigan with pearl buttons over a white blouse with a lace collar, blue skirt,
    # cream backdrop.
    # caption, details: adapter (epoch-1 adapter)
    case(
        "X450-034",
        caption(
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitting fabric. "
            "It has a lapel neckline. There is an accessory on her wrist. The lady wears a long-sleeve cardigan with "
            "pure color patterns",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a green sweater and a blue skirt"),
        D.color("green"),
        D.details(
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitting fabric. "
            "It has a lapel neckline. There",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton", "unsupported"),
        is_a("cardigan", "yes"),
        title="Women Mint Green Pearl Button Acrylic Cardigan",
        category="Cardigans",
        color="Mint Green",
        gender="Women",
    ),
    # photo: man in a navy colour-blocked sweatshirt with a red and a white horizontal panel across the chest, grey
    # backdrop.
    # no adapter text
    case(
        "X450-035",
        caption("a man in a blue and red sweatshirt"),
        D.wearing("", "non_answer"),
        D.color("red", "contradiction"),
        D.pattern("colorblock"),
        D.description("a blue sweatshirt with a red and white stripe across the chest"),
        title="Men Navy Blue Colourblocked Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in an emerald green sleeveless longline velvet ethnic jacket with gold embroidery on the front,
    # over a white long-sleeve kurta and white palazzos, white backdrop.
    # no adapter text
    case(
        "X450-036",
        caption("a woman in a green jacket and white pants"),
        D.wearing("he is wearing a green jacket", "pronoun"),
        D.garment_type("jacket"),
        color_jacket("green"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.details("it has gold embroidery on the front"),
        D.material("silk", "unsupported"),
        title="Women Emerald Green Embroidered Velvet Longline Ethnic Jacket",
        category="Ethnic Jackets",
        color="Green",
        gender="Women",
    ),
    # photo: man with a brown-and-beige checked woollen shawl over a cream kurta, studio. The row has no gender.
    # no adapter text
    case(
        "X450-037",
        caption("a man wearing a brown shawl over a white kurta"),
        D.wearing("a brown blanket", "contradiction"),
        D.pattern("checked"),
        D.color("cream", "other_garment_color"),
        color_shawl("brown"),
        D.material("it is made of fabric", "non_answer"),
        title="Brown Checked Woollen Shawl",
        category="Shawls",
        color="Brown",
    ),
    # photo: woman in a white hooded puffer jacket, zipped, black leggings, beige backdrop.
    # caption, wearing, material: adapter
    case(
        "X450-038",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "standing neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a long-sleeve jacket with pure color patterns. The lady wears a long-sleeve jacket with "
            "pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.color("white"),
        hood("yes"),
        D.material(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has "
            "a standing neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Women White Hooded Puffer Jacket",
        category="Jackets",
        color="White",
        gender="Women",
    ),
    # photo: man in an oatmeal beige crew-neck sweater with a brown-and-navy Fair Isle yoke, brown corduroy
    # trousers, white backdrop.
    # no adapter text
    case(
        "X450-039",
        caption("a man in a beige sweater and brown pants"),
        D.color("brown", "other_garment_color"),
        D.pattern("geometric"),
        D.details("it has a pattern around the neck"),
        D.description("a beige sweater with a pattern around the neck and a hood", "unsupported"),
        title="Men Beige Fair Isle Yoke Crew Neck Sweater",
        category="Sweaters",
        color="Beige",
        gender="Men",
    ),
    # photo: woman in a black ribbed turtleneck pullover under an open grey check coat (styling), grey backdrop.
    # no adapter text
    case(
        "X450-040",
        caption("a woman in a grey coat and black turtleneck"),
        D.wearing("a grey coat and a black sweater"),
        D.garment_type("coat", "contradiction"),
        D.color("grey", "other_garment_color"),
        neckline("turtleneck"),
        D.material("wool Question: what is the color of the sweater? Answer:", "leak"),
        title="Women Black Turtle Neck Ribbed Pullover",
        category="Sweaters",
        color="Black",
        gender="Women",
    ),
    # photo: man in a tan faux-suede trucker jacket with a white sherpa collar and two chest pockets, white tee,
    # blue jeans, white backdrop.
    # no adapter text
    case(
        "X450-041",
        caption("a man in a brown jacket with a white fur collar"),
        D.wearing("a brown jacket and a white", "cut"),
        D.color("brown"),
        D.details("it has a fur collar and buttons and two chest pockets"),
        D.material("leather", "unsupported"),
        title="Men Tan Brown Faux Suede Sherpa Collar Trucker Jacket",
        category="Jackets",
        color="Tan",
        gender="Men",
    ),
    # photo: woman in an oversized sweater with pink, yellow, blue and white horizontal stripes, white jeans, white
    # backdrop.
    # caption: adapter
    case(
        "X450-042",
        caption(
            "The lady wears a long-sleeve sweater with stripe patterns. The sweater is with knitting fabric. It has "
            "a round neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a striped sweater and white jeans"),
        D.pattern("striped"),
        D.color("pink"),
        D.details("the sweater has details", "non_answer"),
        D.material("the sweater is made of wool", "unsupported"),
        title="Women Multicoloured Striped Oversized Acrylic Pullover",
        category="Sweaters",
        color="Multi",
        gender="Women",
    ),
    # photo: man in a charcoal grey single-breasted wool-blend overcoat with notch lapels and flap pockets, over a
    # black sweater, grey trousers, grey backdrop.
    # no adapter text
    case(
        "X450-043",
        caption("a man in a black coat and gray pants", "contradiction"),
        D.color("grey"),
        D.details("it has a notch lapel and two flap pockets"),
        D.material("a grey coat", "restated"),
        title="Men Charcoal Grey Single Breasted Wool Blend Overcoat",
        category="Coats",
        color="Charcoal Grey",
        gender="Men",
    ),
    # photo: woman in an off-white cropped knitted shrug with gold sequins over a red festive dress, white backdrop.
    # The row has no color.
    # no adapter text
    case(
        "X450-044",
        caption("a woman in a red dress and a white sweater"),
        D.wearing("a red dress"),
        D.garment_type("cardigan"),
        D.color("red", "other_garment_color"),
        D.details("it has gold sequins on the", "cut"),
        title="Women Off White Sequinned Cropped Shrug",
        category="Shrugs",
        gender="Women",
    ),
    # photo: man in a coffee brown high-neck pullover, black jeans, in front of a red brick wall.
    # no adapter text
    case(
        "X450-045",
        caption("a man in a brown sweater standing in front of a brick wall"),
        D.color("red", "contradiction"),
        neckline("high neck"),
        D.material("it is made of wool", "unsupported"),
        D.description(
            "a brown sweater with a high neck Question: describe the sweater. Answer: a brown sweater",
            "leak",
        ),
        title="Men Coffee Brown High Neck Pure Cotton Sweater",
        category="Sweaters",
        color="Coffee Brown",
        gender="Men",
    ),
    # photo: woman in a teal velvet bomber jacket with multicolour floral embroidery, over a white tee, black pants,
    # white backdrop.
    # caption: adapter
    case(
        "X450-046",
        caption(
            "The lady wears a long-sleeve jacket with floral patterns. The jacket is with other fabric. It has a "
            "standing neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        D.color("blue"),
        D.pattern("floral"),
        D.material("velvet"),
        color_pants("blue", "other_garment_color"),
        title="Women Teal Embroidered Velvet Bomber Jacket",
        category="Jackets",
        color="Teal",
        gender="Women",
    ),
]
