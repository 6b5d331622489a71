"""BLIND_467 (46 products; men's winter wear: sweaters, sweatshirts, hoodies, jackets, puffers, thermal tops): written
blind in the forty-eighth session. Measured blind at 38c1dba (the session's rules as they stood): 109/122 failures
found (89.3%) and 12/153 correct texts flagged (7.8%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog feed of men's winter wear: pullovers and cardigans (cable knit, Fair Isle,
turtleneck, half-zip, sweater vest), sweatshirts and hoodies (plain, colourblocked, graphic and typography prints,
camouflage), jackets (puffer, sleeveless puffer, parka, bomber, biker, denim, corduroy, fleece, windcheater, varsity,
quilted, shacket) and thermal tops. The models wear blue, black or grey jeans or trousers under them, and often a
tee or shirt beneath an open jacket or cardigan; a few photos have a brick or grey wall, fake snow or a coffee cup,
one is a back view and one a flat lay of a pack of two. Each product has the seller's title, category, color and
gender; a few rows miss the color or the gender, as real feeds do. Questions: enrich's default questionnaire, the
per-piece color questions ("What is the color of the jeans / trousers / t-shirt / shirt / hoodie?"), the VQA
data's "Is this a ...?", and the set's own: hood (closed yes/no), neckline and closure (open).

Who wrote what: every caption and open answer comes from the untuned base `Salesforce/blip2-opt-2.7b` (short,
lowercase, stops on its own, never hit_limit) unless the comment above the case names the VQA adapter
(`leoreigoto/Data3_V3_BLIP2_VQA`). That adapter was trained with no end-of-answer token, so every text it writes
runs to its limit (30 new tokens for answers, 50 for captions) and carries hit_limit=True: it loops on its training
answers ("sweater-sweater-...", "the hood, the pocket, ...", "The person is wearing ... The person is wearing") or
is cut mid-phrase; asked for a caption it has no caption left and loops on its VQA answers. No caption adapter is
used in this set. The closed questions (garment_type, color, pattern, sleeve_length, per-piece colors, hood and
"Is this a ...?") are enrich's `--engine reference` answers, chosen from candidate sets: never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: blue for navy or teal, green for olive, teal or khaki-green, red
  for maroon or burgundy, yellow for mustard, orange for rust, brown for tan or coffee, beige for khaki, white or
  cream for off white and ecru, grey for charcoal or grey melange, pink for peach.
- Garment synonyms are correct: sweater or pullover for a knit; sweater for a sweatshirt in an open answer (the
  everyday loose use); sweatshirt for a hooded sweatshirt; coat or parka for a puffer or parka; vest for a
  sleeveless puffer or a sweater vest; shirt (plaid shirt) for a shacket; t-shirt or long sleeve shirt for a thermal
  top; jacket for a zip-front hoodie; cardigan for a zip-front knit. "sweater" for a thermal top, "hoodie" for the
  inner layer of a denim jacket, and "yes" to "Is this a hoodie?" for a crew-neck sweatshirt are contradiction.
- A color of another piece in the photo (jeans, trousers, the tee or shirt under the product) given to the product,
  or the product's color given to the jeans, trousers or inner tee, is other_garment_color. A color no piece has
  (the brick wall, the fake snow, the coffee cup, a grey wall) or the color of a print, lettering or lining given as
  the garment's color is contradiction. In an all-black outfit "black" for the jeans is correct.
- Patterns: melange as solid, cable knit as "self design", camouflage or a tiger print as "printed", a colourblocked
  varsity jacket as "colourblocked" are correct; cable knit or corduroy ribs as "striped" and a Fair Isle yoke as
  "solid" are contradiction. Camouflage given to the plain jeans is contradiction.
- Materials: a plausible guess for the look is correct (wool or cotton for a knit, cotton for a sweatshirt, polyester
  or nylon for a puffer or windcheater, fleece, denim, suede, corduroy, flannel for a checked shacket, leather for
  faux leather); a material the title names is correct. Leather for a puffer and wool for a parka shell are
  unsupported. A material question answered with the garment's name or color is restated; "it is made of fabric"
  and "the material of the sweatshirt" are non_answer; a base answer that stops early ("it is made of") is cut,
  without hit_limit.
- Invented items not in the photo (a hood on a crew neck, fur trim, a chest zip, chest pockets, a scarf, a tie, a
  belt, a beanie, boots on a photo cropped at the knees, a logo on the front of a back-view photo) are unsupported.
- "the garment fastens" for the closure question gives the question's words back: restated. The base caption's
  "brown jeans" under a brown jacket gives the jeans the jacket's color: other_garment_color.
- The wrong closed sleeve answer for a sleeveless puffer or sweater vest (the sleeves seen are the inner layer's) is
  contradiction, and so is the hood question answered wrong.
- VQA adapter texts: one that repeats itself is loop; one that stops mid-phrase without repeating is cut, even where
  it invents a detail before the cut (one kind per text, the cut is what the auditor sees first at the end).
- "she" or "a woman" for the male model is pronoun, also on the rows whose gender column is empty (the title says
  Men). Base answers that run on into "Question: ... Answer: ..." are leak, even where the first words are right.
- Flat lay of a pack of two thermal tops (black and grey): "black" for the color is correct (seller color Black);
  "a black shirt and grey pants" reads the grey top as pants: contradiction.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, is_a, question

hood = question("hood", "Does the garment have a hood?", "closed")
neckline = question("neckline", "What is the neckline of the garment?", "open")
closure = question("closure", "How does the garment fasten?", "open")

BLIND_467 = [
    # photo: man in a navy blue cable-knit crew-neck pullover, mid-blue jeans, plain white backdrop, front view.
    # adapter (VQA): material
    case(
        "X467-001",
        caption("a man wearing a navy blue sweater and jeans"),
        D.wearing("a blue sweater and jeans"),
        D.color("black", "contradiction"),
        D.pattern("striped", "contradiction"),
        D.material(
            "The sweater is made of wool and has a cable knit pattern on the front and the sleeves, with ribbed"
            " cuffs and a ribbed",
            "cut",
            hit_limit=True,
        ),
        color_of("jeans", "blue"),
        title="Men Navy Blue Cable Knit Pullover",
        category="Sweaters",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a black pullover hoodie with "BROOKLYN" in white letters across the chest, grey jeans, grey
    # studio backdrop, front view.
    # adapter (VQA): details
    case(
        "X467-002",
        caption("a man in a black hoodie with the word brooklyn on it"),
        D.wearing(
            "a black hoodie and grey jeans Question: what is the color of the hoodie? Answer: black",
            "leak",
        ),
        D.garment_type("hoodie"),
        D.color("white", "contradiction"),
        D.details(
            "the hood, the pocket, the print, the hood, the pocket, the print, the hood, the pocket, the print, the",
            "loop",
            hit_limit=True,
        ),
        color_of("jeans", "grey"),
        title="Men Black Brooklyn Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in an olive green hooded puffer jacket, zipped up, plain hood (no fur), black jeans, white backdrop.
    # adapter: none
    case(
        "X467-003",
        caption("a man in a green puffer jacket and black jeans"),
        D.garment_type("jacket"),
        D.color("green"),
        D.description("a green puffer jacket with a fur hood", "unsupported"),
        D.details("it has a hood and a zipper"),
        D.material("leather", "unsupported"),
        title="Men Olive Green Hooded Puffer Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: man in a charcoal grey melange crew-neck sweatshirt, mid-blue jeans, white wall, front view.
    # adapter (VQA): wearing
    case(
        "X467-004",
        caption("a man in a grey sweatshirt standing in front of a white wall"),
        D.wearing(
            "sweatshirt and long pants. sweatshirt and long pants. sweatshirt and long pants. sweatshirt and long"
            " pants. sweatshirt and",
            "loop",
            hit_limit=True,
        ),
        D.color("grey"),
        D.pattern("solid"),
        D.description("a grey sweatshirt with a hood", "unsupported"),
        color_of("jeans", "grey", "other_garment_color"),
        title="Men Charcoal Grey Melange Solid Sweatshirt",
        category="Sweatshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: man in a maroon zip-front hoodie worn open over a plain white t-shirt, black jeans, grey backdrop.
    # adapter: none
    case(
        "X467-005",
        caption("a man in a red hoodie and black jeans"),
        D.wearing("a maroon hoodie over a white t-shirt"),
        D.garment_type("jacket"),
        D.color("white", "other_garment_color"),
        color_of("t-shirt", "white"),
        D.material("a maroon hoodie", "restated"),
        title="Men Maroon Solid Zip-Front Hooded Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: man in a black ribbed crew-neck long-sleeve thermal top, grey trousers, white backdrop, cropped at the
    # thighs.
    # adapter: none
    case(
        "X467-006",
        caption("a man wearing a black long sleeved shirt"),
        D.garment_type("t-shirt"),
        D.color("black"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.material("it is made of", "cut"),
        D.details("it has a zipper on the front", "unsupported"),
        title="Men Black Solid Thermal Top",
        category="Thermal Tops",
        color="Black",
        gender="Men",
    ),
    # photo: man in a mustard yellow plain crew-neck sweater, beige chinos, light grey studio backdrop.
    # adapter: none
    case(
        "X467-007",
        caption("a man in a yellow sweater and khaki pants"),
        D.wearing("a yellow sweater and beige pants"),
        D.color("orange", "contradiction"),
        color_of("trousers", "yellow", "other_garment_color"),
        D.description("a mustard colored sweater with a scarf", "unsupported"),
        D.material("wool"),
        title="Men Mustard Yellow Solid Pullover Sweater",
        category="Sweaters",
        color="Mustard",
        gender="Men",
    ),
    # photo: man in an off-white cable-knit crew-neck pullover, mid-blue jeans, standing in front of a red brick wall.
    # adapter (VQA): description
    case(
        "X467-008",
        caption("a man in a white sweater standing in front of a brick wall"),
        D.color("red", "contradiction"),
        D.pattern("self design"),
        D.description(
            "The sweater is white and the pants are blue. The sweater is white and the pants are blue. The sweater is"
            " white and",
            "loop",
            hit_limit=True,
        ),
        color_of("jeans", "blue"),
        D.material("cotton"),
        title="Men Off-White Cable Knit Pullover",
        category="Sweaters",
        color="Off White",
        gender="Men",
    ),
    # photo: man in a tan suede bomber jacket with a ribbed collar, worn open over a white crew-neck tee, mid-blue
    # jeans, white backdrop.
    # adapter: none
    case(
        "X467-009",
        caption("a man in a brown jacket and brown jeans", "other_garment_color"),
        D.wearing("a brown leather jacket and a white shirt"),
        D.color("blue", "other_garment_color"),
        color_of("t-shirt", "white"),
        D.material("suede"),
        D.details("the jacket has a fur collar", "unsupported"),
        title="Men Tan Brown Solid Suede Bomber Jacket",
        category="Jackets",
        color="Tan",
        gender="Men",
    ),
    # photo: man in a mid-blue washed denim trucker jacket worn open over a grey pullover hoodie (hood out over the
    # collar), black jeans, white backdrop.
    # adapter: none
    case(
        "X467-010",
        caption("a man wearing a denim jacket over a grey hoodie"),
        D.wearing("a denim jacket, a grey hoodie and black jeans"),
        D.garment_type("hoodie", "contradiction"),
        D.color("blue"),
        D.details("the jacket has", "cut"),
        color_of("hoodie", "blue", "other_garment_color"),
        title="Men Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a red sleeveless puffer jacket (no hood) over a black crew-neck sweatshirt, mid-blue jeans, grey
    # backdrop.
    # adapter (VQA): wearing
    case(
        "X467-011",
        caption("a man wearing a red vest and a black sweater"),
        D.wearing(
            "The person is wearing a vest and a long-sleeve sweater and a pair of long pants. The person is wearing a"
            " vest and a",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("vest"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.color("red"),
        D.material("it is made of a", "cut"),
        title="Men Red Solid Sleeveless Puffer Jacket",
        category="Jackets",
        color="Red",
        gender="Men",
    ),
    # photo: man in a navy blue crew-neck sweatshirt with a broad white band across the chest and sleeves, mid-blue
    # jeans, white backdrop. (color column empty)
    # adapter: none
    case(
        "X467-012",
        caption("a man in a blue and white sweatshirt"),
        D.pattern("colourblocked"),
        D.color("navy"),
        D.description("a blue and white sweatshirt with a hood", "unsupported"),
        D.material("the material of the sweatshirt", "non_answer"),
        color_of("jeans", "blue"),
        title="Men Navy Blue & White Colourblocked Sweatshirt",
        category="Sweatshirts",
        gender="Men",
    ),
    # photo: man in an olive green half-zip knit pullover, zip at the neck, black trousers, white backdrop.
    # adapter: none
    case(
        "X467-013",
        caption("a man in a green sweater with a zipper"),
        D.wearing("a green sweater and black pants"),
        D.garment_type("sweater"),
        D.color("black", "other_garment_color"),
        closure("a zipper at the neck"),
        D.details("it has a zipper on the neck and two pockets on the chest", "unsupported"),
        title="Men Olive Green Solid Half-Zip Pullover",
        category="Sweaters",
        color="Olive",
        gender="Men",
    ),
    # photo: man in a cream pullover with a navy and red Fair Isle yoke, mid-blue jeans, white backdrop.
    # adapter (VQA): caption
    case(
        "X467-014",
        caption(
            "a sweater with a pattern of a sweater with a pattern of a sweater with a pattern of a sweater with a"
            " pattern of a sweater with a pattern of a sweater with a pattern of a",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a sweater with a christmas pattern and jeans"),
        D.pattern("solid", "contradiction"),
        D.color("white"),
        D.description("it is a sweater", "non_answer"),
        color_of("jeans", "blue"),
        title="Men Cream-Coloured & Navy Blue Fair Isle Pullover",
        category="Sweaters",
        color="Cream",
        gender="Men",
    ),
    # photo: man in a black faux leather biker jacket with asymmetric zip, worn open over a grey marl tee, black
    # jeans, white backdrop. No belt on the jacket.
    # adapter: none
    case(
        "X467-015",
        caption("a man in a black leather jacket and black jeans"),
        D.wearing("a black leather jacket, a grey t-shirt and black jeans"),
        D.material("leather"),
        color_of("t-shirt", "black", "other_garment_color"),
        D.details("zippers on the sleeves and the chest"),
        D.description("a black leather jacket with a belt", "unsupported"),
        title="Men Black Faux Leather Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: man in a teal blue pullover hoodie with a kangaroo pocket, black jeans, holding a brown paper coffee cup,
    # blurred cafe background.
    # adapter (VQA): description
    case(
        "X467-016",
        caption("a man in a green hoodie holding a cup of coffee"),
        D.wearing("a blue hoodie"),
        D.color("brown", "contradiction"),
        D.description(
            "The hoodie is blue and has a hood and a pocket. The hoodie is blue and has a hood and a pocket. The"
            " hoodie",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton Question: what is the color of the hoodie? Answer: teal", "leak"),
        hood("yes"),
        title="Men Teal Blue Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: man in a navy and white horizontally striped crew-neck pullover, beige chinos, white backdrop.
    # adapter: none
    case(
        "X467-017",
        caption("a man in a striped sweater and khaki pants"),
        D.pattern("striped"),
        D.color("blue"),
        color_of("trousers", "navy", "other_garment_color"),
        D.details("the details of the sweater", "non_answer"),
        D.material("a striped sweater", "restated"),
        title="Men Navy Blue & White Striped Pullover",
        category="Sweaters",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a beige V-neck button cardigan (no pockets) worn open over a white tee, navy trousers, white
    # backdrop.
    # adapter (VQA): details
    case(
        "X467-018",
        caption("a man wearing a beige cardigan and a white t-shirt"),
        D.garment_type("cardigan"),
        D.color("white", "other_garment_color"),
        D.details(
            "The cardigan has a v-neckline and buttons down the front, with two pockets at the hem and ribbed cuffs"
            " and a ribbed hem, the",
            "cut",
            hit_limit=True,
        ),
        closure("buttons"),
        color_of("trousers", "blue"),
        title="Men Beige Solid Cardigan",
        category="Sweaters",
        color="Beige",
        gender="Men",
    ),
    # photo: man in a long black hooded puffer parka, zipped, black jeans, black boots, grey backdrop: all black.
    # adapter: none
    case(
        "X467-019",
        caption("a man in a black puffer jacket"),
        D.wearing("a black coat and a black beanie", "unsupported"),
        D.color("black"),
        color_of("jeans", "black"),
        D.material("polyester Question: what is the color of the jeans? Answer: black", "leak"),
        D.details("", "non_answer"),
        title="Men Black Hooded Longline Puffer Parka",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: man in a burgundy V-neck pullover over a white collared shirt (collar out), grey trousers, no tie, white
    # backdrop.
    # adapter: none
    case(
        "X467-020",
        caption("a man wearing a red sweater over a white shirt"),
        D.wearing("she is wearing a red sweater and a white shirt and grey pants", "pronoun"),
        color_of("shirt", "white"),
        D.color("red"),
        neckline("round", "contradiction"),
        D.material("he is wearing a sweater", "restated"),
        title="Men Burgundy V-Neck Pullover Sweater",
        category="Sweaters",
        color="Burgundy",
        gender="Men",
    ),
    # photo: flat lay, no model: two folded long-sleeve crew-neck thermal tops, one black and one grey melange, side by
    # side on a white surface.
    # adapter: none
    case(
        "X467-021",
        caption("two black and grey long sleeve shirts on a white background"),
        D.wearing("a black shirt and grey pants", "contradiction"),
        D.garment_type("t-shirt"),
        D.color("black"),
        D.details("the shirts are black and grey"),
        title="Men Pack of 2 Solid Thermal Tops",
        category="Thermal Tops",
        color="Black",
        gender="Men",
    ),
    # photo: man in a mustard yellow hoodie with a large black tiger-face print on the front, mid-blue jeans, white
    # backdrop.
    # adapter: none
    case(
        "X467-022",
        caption("a man in a yellow hoodie with a tiger on it"),
        D.garment_type("sweater", "contradiction"),
        D.color("yellow"),
        D.description("a yellow hoodie with a black tiger print on the front and a pocket"),
        color_of("jeans", "yellow", "other_garment_color"),
        D.material("it is made of fabric", "non_answer"),
        title="Men Mustard Yellow Graphic Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: man in a khaki diamond-quilted jacket with a corduroy collar, snap buttons, mid-blue jeans, white
    # backdrop.
    # adapter (VQA): description, material
    case(
        "X467-023",
        caption("a man wearing a beige quilted jacket and jeans"),
        D.garment_type("jacket"),
        D.color("beige"),
        D.description(
            "The jacket is beige and has a collar. The jacket is beige and has a collar. The jacket is beige and has"
            " a collar. The",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "beige, beige, beige, beige, beige, beige, beige, beige, beige, beige, beige, beige, beige, beige, beige,",
            "loop",
            hit_limit=True,
        ),
        color_of("jeans", "beige", "other_garment_color"),
        title="Men Khaki Quilted Jacket",
        category="Jackets",
        color="Khaki",
        gender="Men",
    ),
    # photo: man in a navy blue bomber jacket worn open, bright orange lining showing at the front, white tee, black
    # jeans, white backdrop. No hood.
    # adapter: none
    case(
        "X467-024",
        caption("a man wearing a navy bomber jacket and black jeans"),
        D.wearing("a blue jacket with an orange lining"),
        D.color("orange", "contradiction"),
        color_of("t-shirt", "white"),
        D.details("orange lining and ribbed cuffs"),
        hood("yes", "contradiction"),
        title="Men Navy Blue Solid Bomber Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: back view: man in a rust orange plain crew-neck sweatshirt, mid-blue jeans, white backdrop; the front is
    # not shown.
    # adapter: none
    case(
        "X467-025",
        caption("the back of a man wearing an orange sweatshirt"),
        D.wearing("she is wearing an orange sweatshirt and jeans", "pronoun"),
        D.garment_type("sweatshirt"),
        D.color("orange"),
        D.details("a logo on the front", "unsupported"),
        D.material("an orange sweatshirt", "restated"),
        title="Men Rust Orange Solid Sweatshirt",
        category="Sweatshirts",
        color="Rust",
        gender="Men",
    ),
    # photo: man in a grey turtleneck rib-knit pullover (no zip), black trousers, white backdrop.
    # adapter: none
    case(
        "X467-026",
        caption("a man in a grey turtleneck sweater"),
        neckline("turtleneck"),
        D.color("grey"),
        color_of("trousers", "grey", "other_garment_color"),
        D.description("a grey turtleneck sweater with a zip", "unsupported"),
        D.material("wool Question: what is the color of the pants? Answer: black", "leak"),
        title="Men Grey Solid Turtle Neck Sweater",
        category="Sweaters",
        color="Grey",
        gender="Men",
    ),
    # photo: man in a white pullover hoodie with drawstrings and a kangaroo pocket, light blue jeans, white backdrop.
    # (gender column empty)
    # adapter (VQA): wearing
    case(
        "X467-027",
        caption("a man in a white hoodie and jeans"),
        D.wearing(
            "The person is wearing a white long-sleeve hoodie with a drawstring hood and a kangaroo pocket, and a pair"
            " of light blue denim jeans with",
            "cut",
            hit_limit=True,
        ),
        D.color("white"),
        hood("yes"),
        D.details("the details of the garment", "non_answer"),
        D.material("a white hoodie", "restated"),
        title="White Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="White",
    ),
    # photo: man in a royal blue padded puffer jacket with a stand collar (no hood), black jeans, studio set with
    # fake snow on the floor and white flakes in the air.
    # adapter: none
    case(
        "X467-028",
        caption("a man in a blue puffer jacket standing in the snow"),
        D.wearing("a blue jacket and black pants"),
        D.color("white", "contradiction"),
        D.details("a hood with fur trim", "unsupported"),
        D.material("the jacket is made of", "cut"),
        hood("no"),
        title="Men Blue Solid Padded Puffer Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a brown corduroy trucker jacket with a cream sherpa collar and two chest pockets, worn open over
    # a white tee, mid-blue jeans, photo cropped at the knees.
    # adapter: none
    case(
        "X467-029",
        caption("a man in a brown corduroy jacket with a fur collar"),
        D.wearing("a brown jacket and blue jeans and brown boots", "unsupported"),
        D.material("corduroy"),
        D.color("brown"),
        D.pattern("striped", "contradiction"),
        color_of("t-shirt", "white"),
        title="Men Brown Corduroy Trucker Jacket with Sherpa Collar",
        category="Jackets",
        color="Brown",
        gender="Men",
    ),
    # photo: man in a black zip-up polar fleece jacket, zipped to the chest, grey jeans, white backdrop.
    # adapter (VQA): details
    case(
        "X467-030",
        caption("a man wearing a black fleece jacket"),
        D.wearing("a black jacket and grey jeans"),
        D.garment_type("jacket"),
        D.color("grey", "other_garment_color"),
        D.details(
            "zipper, zipper, zipper, zipper, zipper, zipper, zipper, zipper, zipper, zipper, zipper, zipper, zipper,"
            " zipper, zipper",
            "loop",
            hit_limit=True,
        ),
        D.material("fleece"),
        title="Men Black Solid Polar Fleece Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: man in a peach plain crew-neck sweatshirt with a matching ribbed collar, mid-blue jeans, white backdrop.
    # adapter (VQA): material
    case(
        "X467-031",
        caption("a man wearing a pink sweatshirt and jeans"),
        D.wearing("a woman wearing a pink sweatshirt", "pronoun"),
        D.color("pink"),
        D.description("a pink sweatshirt with a white collar", "unsupported"),
        D.material(
            "cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-",
            "loop",
            hit_limit=True,
        ),
        color_of("jeans", "blue"),
        title="Men Peach-Coloured Solid Sweatshirt",
        category="Sweatshirts",
        color="Peach",
        gender="Men",
    ),
    # photo: man in a charcoal waffle-knit henley thermal top with a three-button placket, mid-blue jeans, white
    # backdrop.
    # adapter (VQA): caption
    case(
        "X467-032",
        caption(
            "The person is wearing a long-sleeve shirt and long pants. The person is wearing a long-sleeve shirt and"
            " long pants. The person is wearing a long-sleeve shirt and long pants. The person is wearing a long",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("sweater", "contradiction"),
        D.color("grey"),
        D.details("a henley neck with three buttons"),
        D.material("cotton"),
        color_of("jeans", "grey", "other_garment_color"),
        title="Men Charcoal Waffle Knit Henley Thermal Top",
        category="Thermal Tops",
        color="Charcoal",
        gender="Men",
    ),
    # photo: man in a coffee brown plain crew-neck pullover with ribbed cuffs and hem, beige trousers, white backdrop.
    # adapter: none
    case(
        "X467-033",
        caption("a man in a brown sweater and beige pants"),
        D.wearing("a brown sweater and khaki pants"),
        D.color("beige", "other_garment_color"),
        D.material("wool"),
        D.details(
            "ribbed cuffs Question: what is the material of the sweater? Answer: wool",
            "leak",
        ),
        color_of("trousers", "beige"),
        title="Men Coffee Brown Solid Pullover",
        category="Sweaters",
        color="Coffee Brown",
        gender="Men",
    ),
    # photo: man in a green and black buffalo-checked shacket worn open over a black tee, mid-blue jeans, white
    # backdrop. No hood.
    # adapter: none
    case(
        "X467-034",
        caption("a man in a green and black plaid shirt"),
        D.garment_type("shirt"),
        D.pattern("checked"),
        color_of("t-shirt", "green", "other_garment_color"),
        D.material("flannel"),
        D.description("a green and black flannel shirt with a hood", "unsupported"),
        title="Men Green & Black Checked Shacket",
        category="Jackets",
        color="Green",
        gender="Men",
    ),
    # photo: man in a navy blue hooded windcheater, zipped, two zip side pockets, grey trousers, white backdrop.
    # adapter (VQA): details
    case(
        "X467-035",
        caption("a man in a navy blue rain jacket"),
        D.wearing(
            "a blue jacket and gray pants Question: what is the color of the jacket? Answer: blue",
            "leak",
        ),
        D.color("black", "contradiction"),
        D.material("nylon"),
        D.description("a navy blue windbreaker with a hood and a zipper"),
        D.details(
            "the hood, the zipper, the pockets, the hood, the zipper, the pockets, the hood, the zipper, the pockets,"
            " the hood",
            "loop",
            hit_limit=True,
        ),
        title="Men Navy Blue Hooded Windcheater Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in an olive camouflage-print pullover hoodie, plain black jeans, white backdrop.
    # adapter (VQA): material
    case(
        "X467-036",
        caption("a man wearing a camouflage hoodie and black jeans"),
        D.wearing("a camouflage hoodie and camouflage pants", "contradiction"),
        D.pattern("printed"),
        D.color("green"),
        D.material(
            "The sweatshirt is with cotton fabric. The sweatshirt is with cotton fabric. The sweatshirt is with"
            " cotton fabric. The",
            "loop",
            hit_limit=True,
        ),
        color_of("jeans", "green", "other_garment_color"),
        title="Men Olive Green Camouflage Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: man in a grey V-neck sleeveless sweater vest over a white long-sleeve shirt (no tie), navy trousers,
    # white backdrop.
    # adapter: none
    case(
        "X467-037",
        caption("a man wearing a grey sweater vest over a white shirt"),
        D.wearing("a sweater vest and a tie", "unsupported"),
        D.garment_type("vest"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.color("grey"),
        color_of("shirt", "grey", "other_garment_color"),
        title="Men Grey Solid Sleeveless Sweater Vest",
        category="Sweaters",
        color="Grey",
        gender="Men",
    ),
    # photo: man in a black varsity jacket with white sleeves and a white "B" patch on the chest, snap front, white
    # tee under it, mid-blue jeans, white backdrop.
    # adapter: none
    case(
        "X467-038",
        caption("a man in a black and white varsity jacket"),
        D.wearing("he is wearing a black and white jacket"),
        D.color("black"),
        D.description("a black jacket with white leather sleeves and a letter on the chest"),
        D.material("the jacket is made of", "cut"),
        color_of("jeans", "black", "other_garment_color"),
        title="Men Black & White Colourblocked Varsity Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: man in an ecru high-neck rib-knit pullover, brown trousers, no belt visible (sweater over the waist),
    # white backdrop. (color column empty)
    # adapter (VQA): wearing
    case(
        "X467-039",
        caption("a man wearing a cream sweater and brown pants"),
        D.wearing(
            "sweater-sweater-sweater-sweater-sweater-sweater-sweater-sweater-sweater-sweater-sweater-sweater-",
            "loop",
            hit_limit=True,
        ),
        D.color("brown", "other_garment_color"),
        D.description("a cream sweater with a high neck and a brown belt", "unsupported"),
        D.material("wool"),
        color_of("trousers", "brown"),
        title="Men Cream-Coloured High Neck Pullover",
        category="Sweaters",
        gender="Men",
    ),
    # photo: man in a maroon puffer jacket with a hood, zip pockets, black jeans, white backdrop.
    # adapter (VQA): details
    case(
        "X467-040",
        caption("a man in a red puffer jacket with a hood"),
        D.wearing("he is wearing a red jacket and black jeans"),
        D.color("maroon"),
        D.material("polyester Question: is this a jacket? Answer: yes", "leak"),
        D.details(
            "The jacket has a detachable hood with a drawstring, two zip pockets at the front, ribbed cuffs, a quilted"
            " pattern and a high",
            "cut",
            hit_limit=True,
        ),
        is_a("jacket", "yes"),
        title="Men Maroon Puffer Jacket with Detachable Hood",
        category="Jackets",
        color="Maroon",
        gender="Men",
    ),
    # photo: man in a navy blue crew-neck long-sleeve thermal top, grey trousers, photo cropped at the hips.
    # adapter: none
    case(
        "X467-041",
        caption("a woman wearing a blue long sleeve shirt", "pronoun"),
        D.garment_type("t-shirt"),
        D.color("grey", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.material("it is a thermal top", "restated"),
        D.description("a navy blue thermal shirt with a round neck"),
        title="Men Navy Blue Solid Thermal Top",
        category="Thermal Tops",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a beige half-zip sweatshirt, olive green cargo trousers with side pockets, white backdrop.
    # adapter (VQA): description
    case(
        "X467-042",
        caption("a man in a beige sweatshirt and green cargo pants"),
        D.description(
            "The sweatshirt is beige and has a zipper on the neck and the pants are green and have pockets on the"
            " sides and the sweat",
            "cut",
            hit_limit=True,
        ),
        D.color("green", "other_garment_color"),
        closure("the garment fastens", "restated"),
        D.material("cotton"),
        color_of("trousers", "green"),
        title="Men Beige Solid Half-Zip Sweatshirt",
        category="Sweatshirts",
        color="Beige",
        gender="Men",
    ),
    # photo: man in a black crew-neck sweatshirt with "TOKYO" in red and white letters on the chest, mid-blue jeans,
    # white backdrop.
    # adapter: none
    case(
        "X467-043",
        caption("a man wearing a black sweatshirt with red letters on it"),
        D.wearing("a black sweatshirt and jeans"),
        D.color("red", "contradiction"),
        D.details("the sweatshirt has the word tokyo written on it in red and white"),
        D.material("a black sweatshirt", "restated"),
        is_a("hoodie", "yes", "contradiction"),
        title="Men Black Typography Printed Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in an olive longline parka with a faux-fur-trimmed hood, black jeans, standing against a plain grey
    # wall, photo cropped at the knees. (gender column empty)
    # adapter (VQA): wearing
    case(
        "X467-044",
        caption("a man in a green parka with a fur hood standing against a grey wall"),
        D.wearing(
            "The person is wearing a long-sleeve parka with a fur-trimmed hood and a pair of long black pants with a"
            " pair of black boots and a",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("coat"),
        D.color("grey", "contradiction"),
        D.material("wool", "unsupported"),
        hood("yes"),
        title="Men Olive Green Longline Parka with Faux Fur Hood",
        category="Jackets",
        color="Olive",
    ),
    # photo: man in a red pullover hoodie, navy blue jeans, white backdrop.
    # adapter: none
    case(
        "X467-045",
        caption("a woman in a red hoodie and blue jeans", "pronoun"),
        D.garment_type("sweatshirt"),
        D.color("red"),
        hood("no", "contradiction"),
        color_of("jeans", "blue"),
        D.details("the hoodie has a", "cut"),
        title="Men Red Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Red",
        gender="Men",
    ),
    # photo: man in a grey melange zip-front knit cardigan with a stand collar, worn half open over a black tee,
    # mid-blue jeans, white backdrop. No pockets.
    # adapter (VQA): details
    case(
        "X467-046",
        caption("a man wearing a grey zip up sweater over a black t-shirt"),
        D.wearing("she is wearing a grey sweater and a black shirt", "pronoun"),
        D.color("black", "other_garment_color"),
        color_of("t-shirt", "black"),
        D.details(
            "the zipper, the collar, the pockets, the zipper, the collar, the pockets, the zipper, the collar, the"
            " pockets, the zipper",
            "loop",
            hit_limit=True,
        ),
        D.material("acrylic"),
        title="Men Grey Melange Acrylic Zip-Front Cardigan",
        category="Sweaters",
        color="Grey Melange",
        gender="Men",
    ),
]
