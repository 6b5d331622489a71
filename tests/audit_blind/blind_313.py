"""BLIND_313 (46 products; women's knitwear, outerwear and winter wear: sweaters, coats, puffers, ponchos, thermals):
written blind in the forty-third session. Measured blind at a4b314a (the session's rules as they stood): 98/125
failures found (78.4%) and 13/159 correct texts flagged (8.2%). The writer's notes, verbatim:

Scenario: an English catalog feed of women's knitwear, outerwear and winter wear: pullovers (cable knit, ribbed,
chunky, mohair, cashmere, Fair Isle, polka dot, striped), turtlenecks, cardigans (open front, buttoned, cropped,
longline), shrugs, ponchos and a cape coat, wool coats (overcoat, peacoat, wrap coat, duffle, houndstooth, plaid),
puffer jackets and coats, a parka, a gilet, faux fur, faux leather and shearling jackets, knit dresses and thermals
(base-layer top, leggings, a top-and-leggings set), plus a knit co-ord. Model shots on studio backdrops (grey, white,
beige, pink, yellow, lilac) and outdoors (snow, mountains, city street, brick and graffiti walls, a park, woods),
most of them layered: a coat over a turtleneck, a cardigan over a cami, a shrug over a slip dress, scarves, hats,
boots, tights. Each product has the seller's title, category, color and gender; a few rows miss the gender or the
color, as real feeds do.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a woman in a
tan coat ...") unless the comment says the caption adapter wrote them; the adapter (the original experiments'
caption-only LoRA) writes the DeepFashion template ("The lady wears a long-sleeve sweater with pure color patterns.
The sweater is with knitting fabric ...") with no end token, so all its texts run to the limit (50 new tokens for a
caption, 30 for an answer) and carry hit_limit=True; asked a question, it returns the template again. Open questions
(wearing, description, details, material) come from the base model unless the comment names the adapter; the base
model stops on its own, never with hit_limit. Closed questions (garment_type, color, pattern, sleeve_length, the
per-piece colors and the yes/no "Is this a ...?") are enrich's `--engine reference` closed answers, chosen from
candidate sets: they never loop or get cut.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: brown or tan for camel, chocolate or taupe; beige for oatmeal or
  taupe; white or cream for ivory, off white or cream; grey for charcoal, grey melange or silver; blue for navy,
  cobalt or teal; green for olive, teal or mint; purple for lilac or lavender; pink for dusty pink or fuchsia; yellow
  for mustard. Navy as black and mustard as orange are contradiction.
- A color that belongs to another piece in the photo (the turtleneck under the coat, the jeans, the scarf, the hat,
  the boots, the slip dress under the shrug) given as the product's color is other_garment_color. The color of a
  print or knitted-in motif (white snowflakes on red, white dots on black) or of the backdrop wall given as the
  garment's color is contradiction (white for the houndstooth coat, black for the red checked coat). A per-piece
  question (the coat's, the sweater's, the jacket's color) answered with the color of the hat, the trousers or the
  tee is other_garment_color. Where the print color is also the color of another piece in the photo (black
  stripes on the poncho, black leggings), the other piece wins: other_garment_color.
- Garment synonyms are correct: sweater or jumper for a pullover, sweater for a cardigan, jacket for a coat and
  coat for a puffer jacket, fur coat for a faux fur jacket, cape for a poncho and for a cape coat, cardigan or
  sweater for a shrug, vest for a gilet, long underwear for a thermal set, turtleneck for a roll neck. A poncho
  called a scarf, a sweater dress called a sweater and pants, a shrug answered as the dress under it, or "yes" to
  "Is this a skirt?" for a sweater worn with a skirt, "yes" to "Is this a dress?" for the shrug over a slip dress,
  and "no" to "Is this a cardigan / puffer jacket / turtleneck?" for one are contradiction.
- A sleeve length or pattern that belongs to the layer underneath (the sweater's long sleeves under a gilet or a
  poncho, the plaid trousers or skirt under a plain top) is contradiction (pattern/sleeves of the product).
  "sleeveless" for a cape coat with arm slits is correct; "sleeveless" for a long-sleeve sweater dress and "short
  sleeves" for a long-sleeve pullover are contradiction.
- Materials: a fiber the title names is correct (wool blend, mohair, cashmere, faux fur, faux leather as leather,
  shearling as fur, fleece); a plausible look-alike guess where the title names none (wool for a plain knit, cotton
  for a thermal or a striped cotton-look knit, nylon for a shiny puffer shell, "knit", "yarn") is correct; wool for a
  sweater the title says is acrylic, down for a puffer whose filling nobody names, "wool and cashmere" for a coat
  whose title names neither, fur for a parka whose only fur is the hood trim, and leather for a knit sweater (the
  skirt's material) are unsupported.
- Invented items or details the photo does not show (a belt, a fur collar or lining, a logo, a chest pocket, a hood,
  a zipper or buttons on a jacket that has neither, reindeer, a turtleneck on a crew neck, a necklace, a bow, a hat,
  buttons on a cape's non-existent sleeves, a leggings pocket, fur trim on a plain hood) are unsupported.
- Adapter texts: a template that repeats one of its own sentences is loop; one that stops mid-sentence without
  repeating is cut; a template returned to the material question is restated (even though it is also cut); a
  template that names the product as another garment (a sweater dress as "a long-sleeve sweater ... a long skirt") is
  contradiction, hit_limit kept. The template answering wearing, description or details does answer it: cut or loop.
  The adapter answered the details, description, wearing or material question on a few products (the comments say
  which), as a production run choosing it for the richer details would.
- Base answers: "he is wearing" or "a man in" for a woman is pronoun; a run-on into "Question: ... Answer: ..." is
  leak even where the first words are right; "it is made of" stopped early is cut without hit_limit; an empty answer,
  "the details of the sweater", "it is a puffer jacket" to the details question and "it is made of fabric" are
  non_answer; a material question answered with a color or with the garment's name and color is restated.
- One color given to every piece ("a grey sweater and grey jeans" where the jeans are blue, "a pink jacket, a pink
  shirt" over a white tee) is contradiction, and so is a color no piece in the photo has ("blue jeans" for white
  ones, "red jeans").
- Layered answers that name the underlayer in its own color ("a blue sweater with a white collar", "a brown jacket and
  a white sweater"), walls and props in captions ("against a pink wall", "holding skis", "a cup of coffee") and "a
  red and white christmas sweater" for the Fair Isle one are correct.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_coat = question("color_coat", "What is the color of the coat?", "closed")
color_sweater = question("color_sweater", "What is the color of the sweater?", "closed")
color_jacket = question("color_jacket", "What is the color of the jacket?", "closed")
color_scarf = question("color_scarf", "What is the color of the scarf?", "closed")

BLIND_313 = [
    # photo: camel wool-blend longline overcoat, notch lapels, open over a white turtleneck and black trousers, plain
    # beige studio backdrop, full length front view.
    # adapter: none
    case(
        "X313-001",
        caption("a woman in a tan coat and white turtleneck"),
        D.wearing("a brown coat, a brown sweater and black pants", "contradiction"),
        D.garment_type("coat"),
        D.color("white", "other_garment_color"),
        color_sweater("black", "other_garment_color"),
        D.material("wool"),
        is_a("coat", "yes"),
        title="Women Camel Brown Wool Blend Longline Overcoat",
        category="Coats",
        color="Camel Brown",
        gender="Women",
    ),
    # photo: grey melange cable-knit crew neck pullover, worn with mid-blue jeans, white studio backdrop, front view.
    # caption, details: adapter
    case(
        "X313-002",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The lady wears a long trousers. The trousers are with denim fabric and solid color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey sweater and grey jeans", "contradiction"),
        D.color("grey"),
        D.pattern("cable knit"),
        D.details(
            "The sweater is with knitting fabric and pure color patterns. It has a round neckline. The sweater is "
            "with knitting fabric and pure",
            "loop",
            hit_limit=True,
        ),
        D.material("wool", "unsupported"),
        title="Women Grey Melange Cable Knit Acrylic Pullover",
        category="Sweaters",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: black hooded quilted puffer jacket zipped to the chin, black leggings, outdoors in falling snow, snowy
    # pines behind, front view.
    # adapter: none
    case(
        "X313-003",
        caption("a woman in a black puffer jacket standing in the snow"),
        D.wearing("a black jacket"),
        D.garment_type("jacket"),
        D.color("black"),
        D.details(
            "it has a hood and a zipper Question: is the jacket waterproof? Answer: yes",
            "leak",
        ),
        D.material("it is made of down feathers", "unsupported"),
        is_a("puffer jacket", "no", "contradiction"),
        title="Women Black Hooded Quilted Puffer Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: burgundy ribbed turtleneck sweater tucked into a black faux leather midi skirt, outdoors against a red
    # brick wall, three-quarter view.
    # details: adapter
    case(
        "X313-004",
        caption("a woman in a red sweater and black skirt standing in front of a brick wall"),
        D.wearing("a red turtleneck and a black leather skirt"),
        D.color("black", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.details(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a standing neckline. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.material("it is made of leather", "unsupported"),
        title="Women Burgundy Ribbed Turtleneck Sweater",
        category="Sweaters",
        color="Burgundy",
        gender="Women",
    ),
    # photo: off white chunky knit open front cardigan, no buttons, over a white tank top with blue jeans, grey studio
    # backdrop, front view.
    # caption, details: adapter
    case(
        "X313-005",
        caption(
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitting fabric. The "
            "lady wears a long trousers. The trousers are with denim fabric and pure color patterns. The lady wears a "
            "long-sleeve cardigan with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white sweater and white jeans", "contradiction"),
        D.garment_type("cardigan"),
        D.color("white"),
        is_a("cardigan", "yes"),
        D.details(
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitting fabric. It "
            "has a",
            "cut",
            hit_limit=True,
        ),
        title="Women Off White Chunky Knit Open Front Cardigan",
        category="Cardigans",
        color="Off White",
        gender="Women",
    ),
    # photo: navy double-breasted pea coat with gold buttons, grey knit scarf, on a city street, front view.
    # adapter: none
    case(
        "X313-006",
        caption("a woman in a black coat walking down the street", "contradiction"),
        D.wearing("a blue coat and a grey scarf"),
        D.color("navy blue"),
        color_coat("black", "contradiction"),
        D.details("double breasted with gold buttons and a belt", "unsupported"),
        D.sleeve_length("long sleeves"),
        title="Women Navy Blue Double Breasted Pea Coat",
        category="Coats",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: mustard oversized chunky knit pullover with white wide-leg trousers, pink painted studio wall, front view.
    # description: adapter
    case(
        "X313-007",
        caption("a woman in a yellow sweater and white pants against a pink wall"),
        D.wearing("he is wearing a yellow sweater and white pants", "pronoun"),
        D.color("orange", "contradiction"),
        D.pattern("solid"),
        D.description(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.material("it is made of yarn"),
        title="Women Mustard Oversized Chunky Knit Pullover",
        category="Sweaters",
        color="Mustard",
        gender="Women",
    ),
    # photo: red crew neck Fair Isle sweater with white snowflake bands at yoke and hem (no animals), blue jeans,
    # outdoors in a snowy forest, front view.
    # adapter: none
    case(
        "X313-008",
        caption("a woman wearing a red and white christmas sweater in the snow"),
        D.wearing("a red sweater and red jeans", "contradiction"),
        D.color("white", "contradiction"),
        D.details("snowflakes and reindeer", "unsupported"),
        is_a("sweater", "yes"),
        title="Women Red Fair Isle Crew Neck Sweater",
        category="Sweaters",
        color="Red",
        gender="Women",
    ),
    # photo: charcoal grey turtleneck knit midi sweater dress, long sleeves, black knee-high boots, white studio
    # backdrop, full length front view.
    # caption, material: adapter
    case(
        "X313-009",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a standing neckline. The lady wears a long skirt. The skirt is with knitting fabric and pure color "
            "patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a grey sweater dress and black boots"),
        D.garment_type("dress"),
        D.color("black", "other_garment_color"),
        D.material(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with knitting fabric. It has a "
            "standing neckline. The",
            "restated",
            hit_limit=True,
        ),
        is_a("dress", "yes"),
        title="Women Charcoal Grey Turtleneck Knit Midi Sweater Dress",
        category="Dresses",
        color="Charcoal",
        gender="Women",
    ),
    # photo: light pink faux fur teddy jacket, cropped, open front with no fastening in view, two patch pockets, over
    # a white tee and blue jeans, outdoors in a park, front view.
    # adapter: none
    case(
        "X313-010",
        caption("a woman in a pink fur coat"),
        D.wearing("a pink jacket, a pink shirt and blue jeans", "contradiction"),
        D.material("fur"),
        D.details("it has a zipper and pockets", "unsupported"),
        D.color("pink"),
        color_jacket("white", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        title="Women Pink Faux Fur Teddy Jacket",
        category="Jackets",
        color="Pink",
        gender="Women",
    ),
    # photo: olive green knee-length parka, hood with faux fur trim, drawstring waist, zip front under a storm flap,
    # outdoors on a snowy street, front view.
    # caption, details: adapter
    case(
        "X313-011",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "lapel neckline. There is an accessory on her head. The lady wears a long-sleeve jacket with pure color "
            "patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a green jacket with a fur hood"),
        D.color("green"),
        is_a("parka", "yes"),
        D.details(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "lapel neckline. There is an",
            "cut",
            hit_limit=True,
        ),
        D.material("it is made of fur", "unsupported"),
        title="Women Olive Green Hooded Parka with Faux Fur Trim",
        category="Jackets & Coats",
        color="Olive",
        gender="Women",
    ),
    # photo: black fitted thermal turtleneck base layer top tucked into grey plaid trousers, light grey studio
    # backdrop, front view.
    # adapter: none
    case(
        "X313-012",
        caption("a woman in a black turtleneck and plaid pants"),
        D.wearing("a black turtleneck and plaid pants"),
        D.garment_type("top"),
        D.color("grey", "other_garment_color"),
        D.pattern("checked", "contradiction"),
        D.material("black", "restated"),
        title="Women Black Thermal Turtleneck Base Layer Top",
        category="Thermals",
        color="Black",
        gender="Women",
    ),
    # photo: beige knitted poncho with fringed hem over a white long-sleeve top and brown trousers, outdoors in a park
    # with autumn leaves, front view.
    # adapter: none
    case(
        "X313-013",
        caption("a woman wearing a beige poncho with fringes in a park"),
        D.wearing("a scarf", "contradiction"),
        D.garment_type("cape"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.color("brown", "other_garment_color"),
        D.details("fringe on the bottom"),
        title="Women Beige Knitted Fringed Poncho",
        category="Shrugs & Ponchos",
        color="Beige",
        gender="Women",
    ),
    # photo: cream cropped long-sleeve knit shrug over a black satin slip dress, white studio backdrop, front view.
    # caption: adapter
    case(
        "X313-014",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The lady wears a long-sleeve sweater with pure color patterns. The sweater is with "
            "knitting fabric",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black dress and a white sweater"),
        D.garment_type("dress", "contradiction"),
        D.color("black", "other_garment_color"),
        is_a("shrug", "yes"),
        D.description("a white cropped sweater"),
        title="Women Cream Cropped Knit Shrug",
        category="Shrugs",
        color="Cream",
        gender="Women",
    ),
    # photo: camel belted wrap coat with tie belt, no collar trim, over a black turtleneck, outdoors on a city street,
    # holding a paper coffee cup, front view.
    # adapter: none
    case(
        "X313-015",
        caption("a woman in a brown coat holding a cup of coffee"),
        D.wearing("a brown coat with a belt"),
        D.color("tan"),
        D.details("belt, pockets, and a fur collar", "unsupported"),
        D.material("wool and cashmere", "unsupported"),
        title="Women Camel Belted Wrap Coat",
        category="Coats",
        color="Camel",
        gender="Women",
    ),
    # photo: dusty pink V-neck button cardigan worn buttoned on its own, white jeans, pale pink studio backdrop,
    # front view.
    # adapter: none
    case(
        "X313-016",
        caption("a woman in a pink cardigan and white jeans"),
        D.wearing("a pink sweater"),
        D.color("white", "other_garment_color"),
        D.details("buttons down the front"),
        is_a("cardigan", "no", "contradiction"),
        D.material("the cardigan is pink", "restated"),
        title="Women Dusty Pink V-Neck Button Cardigan",
        category="Cardigans",
        color="Dusty Pink",
        gender="Women",
    ),
    # photo: white longline hooded puffer coat, black beanie, outdoors in snow with mountains behind, front view; the
    # hood is plain, no fur.
    # adapter: none
    case(
        "X313-017",
        caption("a woman in a white puffer coat standing in the snow with mountains in the background"),
        D.wearing("a white coat and a black hat"),
        D.color("white"),
        color_coat("black", "other_garment_color"),
        D.garment_type("coat"),
        D.details("it has a hood and a fur lining", "unsupported"),
        D.material("nylon Question: what is the color of the coat? Answer: white", "leak"),
        title="Women White Longline Hooded Puffer Coat",
        category="Coats",
        color="White",
        gender="Women",
    ),
    # photo: teal cowl neck pullover tucked into camel trousers, beige studio backdrop, front view.
    # caption: adapter
    case(
        "X313-018",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a standing neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue sweater and brown pants"),
        D.color("green"),
        D.description("a blue sweater with a cowl neck"),
        D.material("a blue sweater", "restated"),
        D.sleeve_length("short sleeves", "contradiction"),
        title="Women Teal Cowl Neck Pullover",
        category="Sweaters",
        color="Teal",
        gender="Women",
    ),
    # photo: black wool-blend single-breasted overcoat, buttoned, red scarf, outdoors on a street, front view.
    # details: adapter
    case(
        "X313-019",
        caption("a woman in a black coat and red scarf"),
        D.wearing("a black coat and a red scarf"),
        D.color("red", "other_garment_color"),
        color_scarf("red"),
        D.details(
            "The jacket is with cotton fabric and pure color patterns. It has a lapel neckline. The jacket is with "
            "cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        D.material("", "non_answer"),
        is_a("coat", "yes"),
        title="Women Black Solid Wool Blend Overcoat",
        category="Coats",
        color="Black",
        gender="Women",
    ),
    # photo: navy and white Breton striped crew neck knit sweater, white jeans, harbour backdrop with boats, front
    # view.
    # caption: adapter
    case(
        "X313-020",
        caption(
            "The lady wears a long-sleeve sweater with striped patterns. The sweater is with knitting fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a striped sweater and blue jeans", "contradiction"),
        D.color("blue"),
        D.pattern("striped"),
        D.details("blue and white stripes"),
        D.material(
            "cotton Question: what is the pattern of the sweater? Answer: striped",
            "leak",
        ),
        title="Women Navy & White Striped Knit Sweater",
        category="Sweaters",
        color="Navy",
        gender="Women",
    ),
    # photo: lilac ribbed turtleneck sweater, no jewellery, lilac studio backdrop, waist-up front view.
    # material: adapter
    case(
        "X313-021",
        caption("a woman in a purple turtleneck sweater"),
        D.wearing("a purple sweater and a gold necklace", "unsupported"),
        D.color("purple"),
        D.garment_type("sweater"),
        is_a("turtleneck", "yes"),
        D.details("the details of the sweater", "non_answer"),
        D.material(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a standing neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Women Lilac Ribbed Turtleneck Sweater",
        category="Sweaters",
        color="Lavender",
        gender="Women",
    ),
    # photo: red cable-knit crew neck mini sweater dress, black opaque tights, white studio backdrop, front view.
    # adapter: none
    case(
        "X313-022",
        caption("a woman in a red sweater dress and black tights"),
        D.wearing("a red sweater and black pants", "contradiction"),
        D.garment_type("dress"),
        D.color("red"),
        D.pattern("cable knit"),
        D.details("cable knit pattern and a turtleneck", "unsupported"),
        D.sleeve_length("sleeveless", "contradiction"),
        title="Women Red Cable Knit Mini Sweater Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: grey melange thermal long-sleeve top and matching leggings set, white studio backdrop, full length.
    # adapter: none
    case(
        "X313-023",
        caption("a woman in grey long underwear"),
        D.wearing("he is wearing a grey thermal shirt and leggings", "pronoun"),
        D.color("grey"),
        D.material("it is made of cotton"),
        D.details("the thermal set has details", "non_answer"),
        D.sleeve_length("long sleeves"),
        title="Women Grey Melange Thermal Top and Leggings Set",
        category="Thermal Sets",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: black faux leather biker jacket with faux shearling collar, asymmetric zip, over a white tee and black
    # jeans, in front of a graffiti wall, front view.
    # adapter: none
    case(
        "X313-024",
        caption("a woman in a black leather jacket standing in front of a graffiti wall"),
        D.wearing("a black leather jacket, a white t - shirt and black jeans"),
        D.color("black"),
        D.material("leather"),
        D.details("zipper, fur collar"),
        is_a("jacket", "yes"),
        title="Women Black Faux Leather Biker Jacket with Faux Shearling Collar",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: oatmeal longline open knit cardigan over a chocolate brown turtleneck and beige trousers, studio, front
    # view.
    # caption, description: adapter
    case(
        "X313-025",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. The "
            "lady wears a long trousers. The trousers are with cotton fabric and pure color patterns. The lady wears a "
            "long-sleeve sweater with pure color",
            "loop",
            hit_limit=True,
        ),
        D.description(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a V-shape neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        D.color("brown", "other_garment_color"),
        D.garment_type("cardigan"),
        D.wearing("a beige cardigan and a brown sweater"),
        title="Women Oatmeal Longline Knit Cardigan",
        category="Cardigans",
        color="Beige",
        gender="Women",
    ),
    # photo: silver metallic cropped puffer jacket over a black turtleneck, grey studio backdrop, front view.
    # adapter: none
    case(
        "X313-026",
        caption("a woman in a silver puffer jacket"),
        D.wearing("a grey jacket and a grey shirt", "contradiction"),
        D.color("grey"),
        D.material("silver", "restated"),
        D.sleeve_length("long sleeves"),
        D.details("it is a puffer jacket", "non_answer"),
        title="Women Silver Metallic Cropped Puffer Jacket",
        category="Jackets",
        color="Silver",
        gender="Women",
    ),
    # photo: black and white houndstooth single-breasted coat, no belt, over a black sweater and black trousers,
    # grey plaster wall, front view.
    # adapter: none
    case(
        "X313-027",
        caption("a woman in a black and white checkered coat"),
        D.pattern("checked"),
        D.color("black"),
        D.wearing("a black and white coat and a black hat", "unsupported"),
        D.details("buttons, pockets and a collar"),
        D.description("a black and white plaid coat with a belt", "unsupported"),
        color_coat("white", "contradiction"),
        title="Women Black & White Houndstooth Check Coat",
        category="Coats",
        color="Black",
        gender="Women",
    ),
    # photo: cobalt blue fuzzy mohair-blend crew neck sweater over a white collared shirt (collar and cuffs show),
    # black pleated skirt, studio, front view.
    # adapter: none
    case(
        "X313-028",
        caption("a woman in a blue sweater and a black skirt"),
        D.wearing("a blue sweater with a white collar"),
        D.color("black", "other_garment_color"),
        D.details("fuzzy texture"),
        D.material("mohair"),
        is_a("skirt", "yes", "contradiction"),
        title="Women Cobalt Blue Mohair Blend Sweater",
        category="Sweaters",
        color="Blue",
        gender="Women",
    ),
    # photo: red hooded cropped puffer jacket, black jeans, white studio backdrop, front view.
    # caption, details: adapter
    case(
        "X313-029",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "standing neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("he is wearing a red jacket and black jeans", "pronoun"),
        D.color("red"),
        D.garment_type("jacket"),
        D.details(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "standing neckline. The lady wears a long-sleeve jacket with",
            "loop",
            hit_limit=True,
        ),
        D.material("nylon"),
        title="Women Red Hooded Cropped Puffer Jacket",
        category="Jackets",
        color="Red",
        gender="Women",
    ),
    # photo: taupe ribbed knit co-ord, crew neck sweater and wide-leg trousers, white studio backdrop, full length.
    # adapter: none
    case(
        "X313-030",
        caption("a woman in a beige sweater and pants"),
        D.wearing("he is wearing a brown sweater and brown pants", "pronoun"),
        D.color("beige"),
        D.material("it is made of knit"),
        D.details("ribbed"),
        D.description(
            "a beige sweater and pants set Question: what is the material of the sweater? Answer: wool",
            "leak",
        ),
        title="Women Taupe Ribbed Knit Sweater and Trousers Set",
        category="Co-ords",
        color="Taupe",
        gender="Women",
    ),
    # photo: grey wool cape coat with arm slits, no sleeves, over a black turtleneck and black trousers, grey studio
    # backdrop, front view.
    # adapter: none
    case(
        "X313-031",
        caption("a woman in a grey cape"),
        D.wearing("a grey coat and grey pants", "contradiction"),
        D.sleeve_length("sleeveless"),
        D.color("grey"),
        is_a("cape", "yes"),
        D.details("it has buttons on the sleeves", "unsupported"),
        title="Women Grey Wool Cape Coat",
        category="Coats",
        color="Grey",
        gender="Women",
    ),
    # photo: fuchsia chunky knit sweater with balloon sleeves, blue jeans, bright yellow studio wall, front view.
    # adapter: none
    case(
        "X313-032",
        caption("a woman in a pink sweater standing in front of a yellow wall"),
        D.wearing("a pink sweater and jeans"),
        D.color("yellow", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.description("a pink sweater with puffy sleeves and a bow", "unsupported"),
        D.material("it is made of", "cut"),
        title="Women Fuchsia Balloon Sleeve Chunky Sweater",
        category="Sweaters",
        color="Fuchsia",
        gender="Women",
    ),
    # photo: tan faux suede jacket with cream shearling collar and lining, over a cream sweater, outdoors on a frosty
    # field, front view.
    # caption: adapter
    case(
        "X313-033",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. It has a "
            "lapel neckline. The lady wears a long-sleeve jacket with pure color patterns. The jacket is with leather "
            "fabric. It",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a brown jacket and a white sweater"),
        D.color("white", "other_garment_color"),
        D.material("suede and fur"),
        D.details("buttons", "unsupported"),
        is_a("jacket", "yes"),
        title="Women Tan Faux Suede Shearling Jacket",
        category="Jackets",
        color="Tan",
        gender="Women",
    ),
    # photo: black fleece-lined thermal leggings with a grey sweatshirt, no pockets, white studio, full length.
    # adapter: none
    case(
        "X313-034",
        caption("a woman in a grey sweater and grey leggings", "contradiction"),
        D.wearing("a grey sweater and black leggings"),
        D.garment_type("leggings"),
        D.color("grey", "other_garment_color"),
        D.material("fleece"),
        D.description("black leggings with a pocket", "unsupported"),
        title="Women Black Fleece Lined Thermal Leggings",
        category="Thermals",
        color="Black",
        gender="Women",
    ),
    # photo: ivory cable-knit turtleneck sweater, brown wool beret, beige studio backdrop, waist-up front view.
    # adapter: none; the feed row has no gender
    case(
        "X313-035",
        caption("a woman in a white sweater and a brown hat"),
        D.wearing("a white sweater and a hat"),
        D.color("cream"),
        D.details("the sweater has a cable knit pattern"),
        D.material("wool"),
        is_a("turtleneck", "yes"),
        title="Women Ivory Cable Knit Turtleneck Sweater",
        category="Sweaters",
        color="Ivory",
    ),
    # photo: navy ribbed knit bodycon midi dress, long sleeves, round neck, no jewellery, white studio, full length.
    # caption, material: adapter
    case(
        "X313-036",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with knitting fabric. It has a "
            "round neckline. The dress is of long length. There is an accessory on her wrist. The lady wears a "
            "long-sleeve dress",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black dress", "contradiction"),
        D.color("navy blue"),
        D.garment_type("dress"),
        D.sleeve_length("long sleeves"),
        D.material(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with knitting fabric. It has a "
            "round neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Women Navy Ribbed Knit Bodycon Midi Dress",
        category="Dresses",
        color="Navy",
        gender="Women",
    ),
    # photo: grey and black striped roll neck knit poncho, black leggings, brown boots, outdoors in woods, front view.
    # adapter: none
    case(
        "X313-037",
        caption("a woman wearing a grey and black striped poncho in the woods"),
        D.wearing("a grey poncho and black leggings"),
        D.pattern("striped"),
        D.color("black", "other_garment_color"),
        is_a("poncho", "yes"),
        D.details("roll neck"),
        D.material("wool Question: what is the pattern of the poncho? Answer: striped", "leak"),
        title="Women Grey Striped Roll Neck Knit Poncho",
        category="Ponchos",
        color="Grey",
        gender="Women",
    ),
    # photo: mint green cropped cardigan with pearl buttons over a white cami, blue jeans, pink studio backdrop, front
    # view.
    # adapter: none
    case(
        "X313-038",
        caption("a woman in a green sweater and jeans"),
        D.wearing("a green cardigan and blue jeans"),
        D.color("white", "other_garment_color"),
        D.details("pearl buttons"),
        D.material("mint green", "restated"),
        is_a("cardigan", "yes"),
        title="Women Mint Green Cropped Cardigan with Pearl Buttons",
        category="Cardigans",
        color="Mint",
        gender="Women",
    ),
    # photo: brown quilted puffer gilet, sleeveless, over a cream long-sleeve turtleneck sweater, blue jeans, outdoors
    # on a country lane, front view.
    # adapter: none
    case(
        "X313-039",
        caption("a woman in a brown vest and white sweater"),
        D.wearing("a brown jacket and a white sweater"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.garment_type("vest"),
        is_a("vest", "yes"),
        D.color("brown"),
        D.details("it has a hood", "unsupported"),
        title="Women Brown Quilted Puffer Gilet",
        category="Jackets",
        color="Brown",
        gender="Women",
    ),
    # photo: red and black checked wool-blend coat with black buttons, notch collar, no hood, on a snowy street, front
    # view.
    # caption: adapter
    case(
        "X313-040",
        caption(
            "The lady wears a long-sleeve jacket with lattice patterns. The jacket is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red and black plaid coat"),
        D.pattern("checked"),
        D.color("black", "contradiction"),
        D.details("black buttons and a hood", "unsupported"),
        is_a("coat", "yes"),
        title="Women Red Checked Wool Blend Coat",
        category="Coats",
        color="Red",
        gender="Women",
    ),
    # photo: grey cashmere V-neck sweater, no pockets, with blue jeans, light grey studio backdrop, front view,
    # a woman.
    # adapter: none
    case(
        "X313-041",
        caption("a man in a grey sweater", "pronoun"),
        D.wearing("a grey sweater and jeans"),
        D.color("grey"),
        D.material("cashmere"),
        D.details(
            "a v neck Question: what is the material of the sweater? Answer: cashmere",
            "leak",
        ),
        D.description("a grey v - neck sweater with a pocket on the chest", "unsupported"),
        title="Women Grey Cashmere V-Neck Sweater",
        category="Sweaters",
        color="Grey",
        gender="Women",
    ),
    # photo: black turtleneck sweater with white polka dots, black trousers, white studio backdrop, front view.
    # adapter: none
    case(
        "X313-042",
        caption("a woman in a black and white polka dot sweater"),
        D.color("white", "contradiction"),
        D.pattern("printed"),
        D.wearing("a black sweater with white dots and black pants"),
        is_a("turtleneck", "no", "contradiction"),
        D.details(
            "the sweater has white polka dots Question: what is the color of the sweater? Answer: black",
            "leak",
        ),
        title="Women Black Polka Dot Turtleneck Sweater",
        category="Sweaters",
        color="Black",
        gender="Women",
    ),
    # photo: lavender hooded puffer jacket, no logo, black ski pants, white knit hat, holding skis on a snowy slope,
    # front view.
    # adapter: none
    case(
        "X313-043",
        caption("a woman in a purple jacket holding skis in the snow"),
        D.wearing("a purple jacket, black pants and a white hat"),
        D.color("white", "other_garment_color"),
        D.details("hood, zipper, and a logo on the chest", "unsupported"),
        D.material("it is made of fabric", "non_answer"),
        D.garment_type("coat"),
        title="Women Lavender Hooded Puffer Jacket",
        category="Jackets",
        color="Lavender",
        gender="Women",
    ),
    # photo: chocolate brown oversized turtleneck sweater with a brown and cream plaid mini skirt, studio, full length.
    # caption, wearing: adapter
    case(
        "X313-044",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a standing neckline. The lady wears a short skirt. The skirt is with cotton fabric and lattice "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a standing neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        D.color("brown"),
        D.garment_type("sweater"),
        D.pattern("checked", "contradiction"),
        D.material("a brown sweater", "restated"),
        title="Women Chocolate Brown Oversized Turtleneck Sweater",
        category="Sweaters",
        color="Brown",
        gender="Women",
    ),
    # photo: black long-sleeve knit wrap shrug tied at the front over a pink satin slip dress, studio, front view.
    # adapter: none; the feed row has no color
    case(
        "X313-045",
        caption("a woman in a black cardigan and a pink dress"),
        D.wearing("a black sweater and a pink dress"),
        D.garment_type("cardigan"),
        D.color("pink", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.description("a black shrug with a tie at the front"),
        is_a("dress", "yes", "contradiction"),
        title="Women Black Knit Wrap Shrug",
        category="Shrugs",
        gender="Women",
    ),
    # photo: camel hooded duffle coat with wooden toggles, red scarf, outdoors in snow, front view.
    # adapter: none; the feed row has no gender
    case(
        "X313-046",
        caption("a woman in a brown coat with a red scarf"),
        D.wearing("a brown coat and a red scarf"),
        D.details("toggles, a hood and a fur trim", "unsupported"),
        D.color("red", "other_garment_color"),
        D.material("wool Question: what is the color of the coat? Answer: brown", "leak"),
        is_a("coat", "yes"),
        title="Women Camel Hooded Duffle Coat",
        category="Coats",
        color="Camel",
    ),
]
