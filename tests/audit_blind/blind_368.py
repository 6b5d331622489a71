"""BLIND_368 (46 products; DeepFashion In-shop women's clothes on white backdrops, front, side and back views): written
blind in the forty-fifth session. Measured blind at 5605aec (the session's rules as they stood): 105/125 failures
found (84.0%) and 3/154 correct texts flagged (1.9%). The writer's notes, verbatim:

Scenario: a DeepFashion In-shop style catalog of women's clothes photographed on a plain white studio backdrop, in
front, side and back views: blouses and shirts, tees and tanks, graphic tees, cardigans, sweaters, dresses, skirts,
shorts, pants and jeans, jackets and blazers, rompers and jumpsuits. Most models wear the product with other pieces
(a tee under a cardigan, a blouse tucked into a skirt, a tank over denim shorts), a few wear a watch or a bracelet.
Each row has the seller's title, In-shop style category (Blouses_Shirts, Tees_Tanks, ...), a vendor color (Navy,
Taupe, Heather grey, Navy-pink ...) and the gender; a few rows miss the color or the gender, as real feeds do.

Who wrote what: every caption comes from the experiments' caption adapter (DeepFashion-MultiModal template, "The lady
wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric ..."): trained with no end
token, it always runs to its 50-token limit (hit_limit=True) and has no hue names. The open questions of the default
questionnaire (wearing, description, details, material, and the set's own neckline question) come from the untuned
base model: short, lowercase, stopping on its own (never hit_limit). The closed questions (garment_type, color,
pattern, sleeve_length, the per-piece color questions and "Is this a ...?") are enrich's `--engine reference`
answers, picked from candidate sets: they never loop or run to a limit.

Labeling conventions and judgement calls:
- An adapter caption that happens to stop at the end of a sentence at its limit, and whose sentences are all true of
  the photo, is correct (hit_limit=True is kept: the limit was reached, nothing was lost that the photo needed).
  One that stops mid-sentence is cut; one that starts the template over, or repeats a sentence, is loop.
- The adapter's template words are read for what they claim: "pure color patterns" for a floral print, "long length"
  trousers for shorts, a "dress" for a romper, a "tank top" and "trousers" for a one-piece jumpsuit are contradiction
  (the auditor sees the wrong garment or pattern before the cut). "Upper clothing" and "lower clothing" for a romper
  name no garment and are correct. "Lattice patterns" for plaid, gingham or crochet lace is correct; "knitting
  fabric" for a knit, "furry" for a fuzzy mohair-look knit are correct. "There is an accessory on her wrist" with
  no bracelet or watch in the photo is unsupported (the caption ends on that sentence, so no cut to label instead).
- Shade words are correct: white for cream or ivory, blue for navy, indigo or light wash, red or purple for wine or
  burgundy, brown or beige for taupe or khaki, green for mint or olive, pink or orange for coral, pink for blush,
  yellow for mustard, grey for heather grey or charcoal. For a two-color vendor color (Navy-white, Black-white) either
  color of the ground is correct.
- The color of another piece the model wears (the tee under the cardigan, the top over the shorts, the pants under
  the tank) given as the product's color is other_garment_color. The color of the print on the garment (the red
  rose of a black tee, the white flowers of a blue dress) is contradiction, as is a reference-engine grey for a
  black-and-white gingham.
- A pattern taken from another piece (striped for plain shorts worn with a striped top, floral for a plain cardigan
  worn over a floral dress) and "striped" for knife pleats are contradiction; a wrong sleeve length is contradiction.
- Garment synonyms are correct: shirt or top for a blouse, t-shirt dress for a jersey dress, sweatpants for
  joggers, tan pants for beige chinos, jacket for a blazer, checkered for gingham. "A blue floral dress" for a romper
  is contradiction.
- An open answer that gives two pieces one color ("a red sweater and red pants" for black pants, "a black leather
  jacket and a black shirt" for a grey tee, "a pink skirt" for a navy skirt with pink flowers) is contradiction: the
  color is wrong for a piece the photo shows, whichever piece is the product.
- Answers to "What is the person wearing?" and "Describe the garment." that name the whole outfit in the right colors
  are correct (the photo shows it). Details and materials: what the photo shows or the title names is correct, and
  so is a plausible guess on a plain-looking fabric (cotton for a tee or a poplin shirt, wool for a cable knit,
  polyester for a printed blouse, cotton for a drapey cardigan); leather for a cotton utility jacket is unsupported.
  Invented details (a hat, a hood, a necklace on a back view, gold buttons on a one-button blazer, buttons on an
  open-front cardigan, a belt that is not there, a neckline or a button fly a back view does not show, a drawstring
  hidden under a blouse, a chest pocket) are unsupported.
- Base answers: one stopped short ("the sweater is made of") is cut without hit_limit; one that repeats a phrase
  over and over is loop even though it stopped; one that runs on into "Question: ... Answer: ..." is leak even
  where its first words are right; an empty answer, "i don't know", "it is a garment" and "made of fabric" are
  non_answer; the material or details question answered with the garment's name and color (or its color alone),
  and "the skirt is a skirt", are restated; "he" or "a man" for a woman is pronoun.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
color_skirt = question("color_skirt", "What is the color of the skirt?", "closed")
neckline = question("neckline", "What is the neckline of the garment?", "open")

BLIND_368 = [
    # photo: front view, cream sheer chiffon blouse with short sleeves and a pleated front, worn with black trousers,
    # white backdrop.
    # caption: adapter
    case(
        "X368-001",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The trousers the lady wears is of long length. The trousers are with cotton fabric and "
            "pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and white pants", "contradiction"),
        D.color("white"),
        D.sleeve_length("short sleeves"),
        D.material("chiffon"),
        title="Sheer Chiffon Pleated Blouse",
        category="Blouses_Shirts",
        color="Cream",
        gender="WOMEN",
    ),
    # photo: front view, heather grey tee with "BROOKLYN" printed across the chest, worn with denim shorts, white
    # backdrop.
    # caption: adapter
    case(
        "X368-002",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a grey t-shirt and denim shorts"),
        D.color("grey"),
        D.pattern("graphic"),
        D.description("a grey t-shirt with the word brooklyn on it"),
        D.details("the t-shirt has the word brooklyn on it and a pocket", "unsupported"),
        title="Brooklyn Graphic Tee",
        category="Graphic_Tees",
        color="Heather grey",
        gender="WOMEN",
    ),
    # photo: side view, black ribbed knit tank worn with white skinny jeans, white backdrop.
    # caption: adapter
    case(
        "X368-003",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. The neckline of it is round. "
            "The lower clothing is of long length. The fabric is denim and it has pure color patterns.",
            hit_limit=True,
        ),
        D.wearing("a black tank top and black jeans", "contradiction"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("sleeveless"),
        D.material("cotton"),
        is_a("tank top", "yes"),
        title="Ribbed Knit Tank",
        category="Tees_Tanks",
        color="Black",
        gender="WOMEN",
    ),
    # photo: front view, navy open-front knit cardigan (no buttons, no pockets) over a white tee, blue jeans, white
    # backdrop.
    # caption: adapter
    case(
        "X368-004",
        caption(
            "This woman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. This woman also wears an outer clothing, with knitting fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue cardigan over a white shirt and jeans"),
        D.color("white", "other_garment_color"),
        D.description("a navy blue cardigan with a white t-shirt"),
        D.details("the cardigan has buttons down the front and two pockets", "unsupported"),
        D.material("a blue cardigan", "restated"),
        title="Open-Front Knit Cardigan",
        category="Cardigans",
        color="Navy",
        gender="WOMEN",
    ),
    # photo: front view, sleeveless knee-length sundress, red ground with cream flowers, v neck, white backdrop.
    # caption: adapter
    case(
        "X368-005",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The dress is of knee length. The lady wears a sleeveless dress with pure color",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a red floral dress"),
        D.color("red"),
        D.pattern("floral"),
        D.description("a red and white floral dress with a belt", "unsupported"),
        title="Floral Print Sundress",
        category="Dresses",
        color="Red-cream",
        gender="WOMEN",
    ),
    # photo: front view, black knife-pleated midi skirt with a white long-sleeve blouse tucked in, white backdrop.
    # caption: adapter
    case(
        "X368-006",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. Its "
            "neckline is lapel. The skirt this lady wears is of long length. The skirt is with chiffon fabric and "
            "pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and a black skirt"),
        D.color("black"),
        D.pattern("striped", "contradiction"),
        D.description("a white shirt tucked into a black pleated skirt"),
        D.details("the skirt is pleated"),
        title="Pleated Midi Skirt",
        category="Skirts",
        color="Black",
        gender="WOMEN",
    ),
    # photo: back view, light-wash distressed denim cutoff shorts with frayed hems, white tank top, white backdrop.
    # caption: adapter
    case(
        "X368-007",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. The "
            "shorts the lady wears is of short length. The shorts are with denim fabric and pure color patterns.",
            hit_limit=True,
        ),
        D.wearing(
            "she is wearing a white tank top and denim shorts and a white hat",
            "unsupported",
        ),
        D.color("white", "other_garment_color"),
        color_shorts("blue"),
        D.details("the shorts have a button fly and a frayed hem", "unsupported"),
        D.material("denim"),
        title="Distressed Denim Cutoffs",
        category="Shorts",
        color="Light wash",
        gender="WOMEN",
    ),
    # photo: front view, burgundy cable-knit crewneck sweater with long sleeves, black pants, white backdrop.
    # caption: adapter
    case(
        "X368-008",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The sweater is with knitting fabric. It has a round neckline. The sweater is",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red sweater and red pants", "contradiction"),
        D.color("red"),
        D.sleeve_length("long sleeves"),
        D.description("he is wearing a red sweater", "pronoun"),
        D.details("cable knit"),
        D.material("wool"),
        title="Cable Knit Sweater",
        category="Sweaters",
        color="Burgundy",
        gender="WOMEN",
    ),
    # photo: front view, olive cotton utility jacket, zipped halfway, four flap pockets, over a black tee, black
    # jeans, white backdrop.
    # caption: adapter
    case(
        "X368-009",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. This lady also wears an outer clothing, with cotton fabric and pure color "
            "patterns. The pants",
            "cut",
            hit_limit=True,
        ),
        D.wearing("he is wearing a green jacket and a black shirt", "pronoun"),
        D.garment_type("jacket"),
        D.color("black", "other_garment_color"),
        D.details("the jacket has four pockets and a zipper"),
        D.material("leather", "unsupported"),
        title="Utility Field Jacket",
        category="Jackets_Coats",
        color="Olive",
        gender="WOMEN",
    ),
    # photo: front view, coral short-sleeve woven romper with a tie waist, white backdrop.
    # caption: adapter
    case(
        "X368-010",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The dress is of short length. There is an accessory on her wrist. The",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing(
            "she is wearing a pink romper Question: what is she wearing? Answer: a pink romper",
            "leak",
        ),
        D.garment_type("dress", "contradiction"),
        is_a("romper", "yes"),
        D.color("orange"),
        D.details("the romper has a tie waist"),
        title="Tie-Waist Woven Romper",
        category="Rompers_Jumpsuits",
        color="Coral",
        gender="WOMEN",
    ),
    # photo: side view, white wide-leg linen pants with a black short-sleeve top, white backdrop.
    # caption: adapter
    case(
        "X368-011",
        caption(
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. The lower clothing is of "
            "long length. The fabric is cotton and it has pure color patterns. The lower clothing is of long length. "
            "The fabric is",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black top and white pants"),
        D.color("black", "other_garment_color"),
        color_pants("white"),
        D.description(
            "a pair of white pants with a black shirt Question: what is the color of the pants? Answer: white",
            "leak",
        ),
        D.material("linen"),
        title="Wide-Leg Linen Pants",
        category="Pants",
        color="White",
        gender="WOMEN",
    ),
    # photo: front view, blue-and-white striped long-sleeve button-down shirt, collar, blue jeans, white backdrop.
    # caption: adapter
    case(
        "X368-012",
        caption(
            "The lady wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric. Its neckline "
            "is lapel. The trousers this lady wears is of long length. The trousers are with denim fabric and pure "
            "color patterns.",
            hit_limit=True,
        ),
        D.wearing("a blue and white striped shirt and jeans"),
        D.color("blue"),
        D.pattern("striped"),
        D.details(
            "the shirt has a collar and buttons and a pocket on the chest",
            "unsupported",
        ),
        D.material("cotton Question: what is the pattern of the shirt? Answer: striped", "leak"),
        title="Striped Button-Down Shirt",
        category="Blouses_Shirts",
        color="Blue-white",
        gender="WOMEN",
    ),
    # photo: back view, black lace sheath dress with short sleeves and an exposed back zipper, no jewellery, white
    # backdrop.
    # caption: adapter
    case(
        "X368-013",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with other fabric. The dress "
            "is of knee length. There is an accessory on her wrist.",
            "unsupported",
            hit_limit=True,
        ),
        D.wearing("a black lace dress"),
        D.color("black"),
        D.description("a black lace dress with a high neck", "unsupported"),
        D.details("the dress has a zipper on the back"),
        D.material("lace"),
        title="Lace Sheath Dress",
        category="Dresses",
        color="Black",
        gender="WOMEN",
    ),
    # photo: front view, white tee with thin black stripes tucked into a black knee-length skirt, white backdrop.
    # caption: adapter
    case(
        "X368-014",
        caption(
            "The lady wears a short-sleeve T-shirt with stripe patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The skirt this lady wears is of knee length. The skirt is with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black and white striped shirt and a striped skirt", "contradiction"),
        D.color("white"),
        D.pattern("striped"),
        D.description("a white t-shirt with black stripes tucked into a skirt"),
        title="Striped Cotton Tee",
        category="Tees_Tanks",
        color="White-black",
        gender="WOMEN",
    ),
    # photo: front view, mint green crewneck pullover with ribbed collar and cuffs, grey jeans, white backdrop.
    # caption: adapter
    case(
        "X368-015",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The pants this lady wears is of long length. The pants are with denim fabric and "
            "pure color patterns.",
            hit_limit=True,
        ),
        D.wearing("a man in a green sweater and grey jeans", "pronoun"),
        D.color("grey", "other_garment_color"),
        D.details("the sweater has a ribbed collar and cuffs"),
        D.material("the sweater is made of", "cut"),
        title="Crewneck Pullover",
        category="Sweaters",
        color="Mint",
        gender="WOMEN",
    ),
    # photo: side view, black faux leather moto jacket with an asymmetric zip (no belt) over a grey tee, black
    # jeans, a silver bracelet, white backdrop.
    # caption: adapter
    case(
        "X368-016",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. This "
            "lady also wears an outer clothing, with leather fabric and pure color patterns. There is an accessory on "
            "her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black leather jacket and a black shirt", "contradiction"),
        D.garment_type("jacket"),
        D.color("black"),
        D.details("the jacket has a zipper and a belt", "unsupported"),
        D.material("leather"),
        title="Faux Leather Moto Jacket",
        category="Jackets_Coats",
        color="Black",
        gender="WOMEN",
    ),
    # photo: front view, navy mini skirt with a pink floral print, worn with a pink tee, white backdrop.
    # caption: adapter
    case(
        "X368-017",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The skirt this lady wears is of short length. The skirt is with chiffon fabric and "
            "floral patterns.",
            hit_limit=True,
        ),
        D.wearing("a pink shirt and a pink skirt", "contradiction"),
        D.color("blue"),
        color_skirt("blue"),
        D.pattern("floral"),
        D.description("a blue skirt with pink flowers"),
        D.details(
            "the skirt has a pink floral print Question: what is the color of the shirt? Answer: pink",
            "leak",
        ),
        title="Floral Print Mini Skirt",
        category="Skirts",
        color="Navy-pink",
        gender="WOMEN",
    ),
    # photo: front view, heather grey short-sleeve jersey t-shirt dress, no pockets, white sneakers, white backdrop.
    # caption: adapter
    case(
        "X368-018",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of knee length. The dress is of knee length. The dress is of knee",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a grey t-shirt dress and white sneakers"),
        D.garment_type("dress"),
        D.color("grey"),
        D.description("a grey dress with a hood", "unsupported"),
        D.details("the dress has a pocket on the chest", "unsupported"),
        title="Jersey T-Shirt Dress",
        category="Dresses",
        color="Heather grey",
    ),
    # photo: front view, blush pink satin long-sleeve blouse with a tie bow at the neck, black trousers, white
    # backdrop.
    # caption: adapter
    case(
        "X368-019",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The trousers this lady wears is of long length. The trousers are with cotton",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink blouse and black pants"),
        D.color("pink"),
        D.description("a man wearing a pink shirt", "pronoun"),
        D.details("the blouse has a bow at the neck"),
        D.material("satin Question: what color is the blouse? Answer: pink", "leak"),
        title="Tie-Neck Satin Blouse",
        category="Blouses_Shirts",
        color="Blush",
        gender="WOMEN",
    ),
    # photo: front view, ivory cami with spaghetti straps and lace trim at the neckline, blue jeans, white backdrop.
    # caption: adapter
    case(
        "X368-020",
        caption(
            "The upper clothing has no sleeves, chiffon fabric and pure color patterns. The neckline of it is "
            "v-shape. The lower clothing is of long length. The fabric is denim and it has pure color patterns. There "
            "is an accessory",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white tank top and blue jeans"),
        D.color("white"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.details("lace trim"),
        D.material("a white tank top", "restated"),
        title="Lace-Trim Cami",
        category="Tees_Tanks",
        color="Ivory",
        gender="WOMEN",
    ),
    # photo: back view, black high-rise skinny jeans with two back pockets, white long-sleeve blouse, white backdrop.
    # caption: adapter
    case(
        "X368-021",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. The "
            "trousers this lady wears is of long length. The trousers are with denim fabric and pure color patterns. "
            "The lady wears",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and black jeans"),
        D.color("white", "other_garment_color"),
        color_pants("black"),
        D.description(
            "a pair of black skinny jeans Question: what is the color of the shirt? Answer: white",
            "leak",
        ),
        D.details("the jeans have two back pockets"),
        title="High-Rise Skinny Jeans",
        category="Denim",
        color="Black",
        gender="WOMEN",
    ),
    # photo: side view, taupe turtleneck pullover with long sleeves, black leggings, white backdrop.
    # caption: adapter
    case(
        "X368-022",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. Its "
            "neckline is stand. The pants this lady wears is of long length. The pants are with cotton fabric and "
            "pure color patterns.",
            hit_limit=True,
        ),
        D.wearing("a beige sweater and beige leggings", "contradiction"),
        D.color("brown"),
        D.description("the sweater is", "cut"),
        D.details("a turtleneck"),
        D.material("wool"),
        title="Turtleneck Pullover",
        category="Sweaters",
        color="Taupe",
        gender="WOMEN",
    ),
    # photo: front view, sleeveless shift dress, navy bodice and white skirt (color block), no belt, white backdrop.
    # caption: adapter
    case(
        "X368-023",
        caption(
            "The lady wears a sleeveless dress with color block patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of knee length. The lady wears a sleeveless dress with color block",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue and white dress"),
        D.color("blue"),
        D.pattern("color block"),
        D.sleeve_length("sleeveless"),
        D.description("a blue and white dress with a white belt", "unsupported"),
        D.details("the details of the dress", "non_answer"),
        title="Colorblock Shift Dress",
        category="Dresses",
        color="Navy-white",
        gender="WOMEN",
    ),
    # photo: front view, light blue denim jacket with button front and chest pockets, open over a white tee, black
    # jeans, white backdrop.
    # caption: adapter
    case(
        "X368-024",
        caption(
            "This lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. This "
            "lady also wears an outer clothing, with denim fabric and pure color patterns. The pants this lady wears "
            "is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a denim jacket, a white t-shirt and black jeans"),
        D.color("white", "other_garment_color"),
        is_a("jacket", "yes"),
        D.description(
            "a denim jacket with a white shirt and black pants Question: what is the woman wearing? Answer: a denim "
            "jacket",
            "leak",
        ),
        D.details("the jacket has buttons and chest pockets"),
        D.material("denim"),
        title="Classic Denim Jacket",
        category="Jackets_Coats",
        color="Light blue",
        gender="WOMEN",
    ),
    # photo: front view, khaki cotton chino shorts with a navy-and-white striped tee, white backdrop.
    # caption: adapter
    case(
        "X368-025",
        caption(
            "The lady wears a short-sleeve shirt with stripe patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The trousers this lady wears is of long length. The trousers are with cotton fabric and "
            "pure",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a blue and white striped shirt and khaki shorts"),
        D.color("blue", "other_garment_color"),
        D.pattern("striped", "contradiction"),
        color_shorts("beige"),
        D.material("cotton"),
        title="Cotton Chino Shorts",
        category="Shorts",
        color="Khaki",
        gender="WOMEN",
    ),
    # photo: front view, mustard peasant blouse with three-quarter sleeves and embroidery around the neckline, denim
    # shorts, white backdrop.
    # caption: adapter
    case(
        "X368-026",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The shorts the lady wears is of short length. The shorts are with denim fabric and pure "
            "color patterns.",
            hit_limit=True,
        ),
        D.wearing("a yellow shirt and yellow shorts", "contradiction"),
        D.color("yellow"),
        D.sleeve_length("three-quarter sleeves"),
        D.description("it is a garment", "non_answer"),
        D.details("embroidery on the neckline"),
        title="Embroidered Peasant Blouse",
        category="Blouses_Shirts",
        color="Mustard",
        gender="WOMEN",
    ),
    # photo: side view, charcoal longline duster cardigan over a black tank and black pants, white backdrop.
    # caption: adapter
    case(
        "X368-027",
        caption(
            "This woman wears a sleeveless tank top with pure color patterns. This woman also wears an outer "
            "clothing, with knitting fabric and pure color patterns. This woman also wears an outer clothing, with "
            "knitting fabric and",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a grey cardigan and a black top and black pants"),
        D.garment_type("cardigan"),
        D.color("black", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.material("the cardigan is made of", "cut"),
        title="Longline Duster Cardigan",
        category="Cardigans",
        color="Charcoal",
        gender="WOMEN",
    ),
    # photo: back view, white cotton eyelet midi sundress with spaghetti straps, smocked back, white backdrop.
    # caption: adapter
    case(
        "X368-028",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. The dress "
            "is of long length. There is an accessory on her wrist. There is an accessory on her wrist. There is an",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white dress"),
        D.color("white"),
        D.description("a white dress with holes in it"),
        D.details("the dress has buttons down the front", "unsupported"),
        D.material("cotton"),
        title="Eyelet Midi Sundress",
        category="Dresses",
        color="White",
        gender="WOMEN",
    ),
    # photo: front view, black tee with a large red rose print, blue jeans, white backdrop.
    # caption: adapter
    case(
        "X368-029",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The pants this lady wears is of long length. The pants are with denim fabric and pure "
            "color patterns.",
            hit_limit=True,
        ),
        D.wearing("a black t-shirt with a rose on it and jeans"),
        D.color("red", "contradiction"),
        D.pattern("graphic"),
        D.description("a black t-shirt with a red rose on the front"),
        D.details("the t-shirt has a red rose on it and the words", "cut"),
        title="Rose Graphic Tee",
        category="Graphic_Tees",
        color="Black",
        gender="WOMEN",
    ),
    # photo: front view, indigo button-front denim A-line skirt with a tucked-in striped tee, white backdrop.
    # caption: adapter
    case(
        "X368-030",
        caption(
            "The lady wears a short-sleeve T-shirt with stripe patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The skirt this lady wears is of knee length. The skirt is with denim fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a striped shirt and a denim skirt"),
        D.color("blue"),
        D.description("the skirt is a skirt", "restated"),
        D.details("the skirt has buttons down the front"),
        D.material("denim"),
        title="Button-Front Denim Skirt",
        category="Skirts",
        color="Indigo",
        gender="WOMEN",
    ),
    # photo: front view, black sleeveless crepe jumpsuit with a v neck and wide legs, white backdrop.
    # caption: adapter
    case(
        "X368-031",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a v-shape neckline. The trousers this lady wears is of long length. The trousers are with cotton",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a black jumpsuit"),
        D.garment_type("jumpsuit"),
        is_a("dress", "no"),
        D.color("black"),
        D.details("the jumpsuit has a v neck and a belt at the waist", "unsupported"),
        title="Wide-Leg Crepe Jumpsuit",
        category="Rompers_Jumpsuits",
        color="Black",
        gender="WOMEN",
    ),
    # photo: front view, sleeveless black blouse with white polka dots, white trousers, white backdrop.
    # caption: adapter
    case(
        "X368-032",
        caption(
            "The lady wears a sleeveless shirt with graphic patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The trousers this lady wears is of long length. The trousers are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black and white polka dot top and white pants"),
        D.pattern("polka dot"),
        D.color("black"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.description("a black and white polka dot blouse"),
        D.material(
            "it is made of polyester Question: what is the pattern of the blouse? Answer: polka dot",
            "leak",
        ),
        title="Polka Dot Sleeveless Blouse",
        category="Blouses_Shirts",
        color="Black-white",
        gender="WOMEN",
    ),
    # photo: back view, navy-and-cream Breton striped sweater with long sleeves, blue jeans, white backdrop.
    # caption: adapter
    case(
        "X368-033",
        caption(
            "The lady wears a long-sleeve sweater with stripe patterns. The sweater is with knitting fabric. The "
            "pants this lady wears is of long length. The pants are with denim fabric and pure color patterns. There "
            "is an accessory on",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "she is wearing a blue and white striped sweater and jeans and a necklace",
            "unsupported",
        ),
        D.color("blue"),
        D.pattern("striped"),
        D.details(
            "the sweater has a v neck Question: what is the color of the sweater? Answer: blue and white",
            "leak",
        ),
        is_a("sweater", "yes"),
        title="Breton Stripe Sweater",
        category="Sweaters",
        color="Navy-cream",
        gender="WOMEN",
    ),
    # photo: front view, wine jersey wrap dress with long sleeves and a tie at the waist, white backdrop.
    # caption: adapter
    case(
        "X368-034",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The dress is of knee length. The lady wears a long-sleeve dress with pure color "
            "patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a purple dress"),
        D.color("red"),
        D.sleeve_length("long sleeves"),
        D.description("a burgundy wrap dress with a tie at the waist"),
        D.details("the dress has a tie at the waist and", "cut"),
        title="Jersey Wrap Dress",
        category="Dresses",
        color="Wine",
        gender="WOMEN",
    ),
    # photo: side view, white crochet lace shorts, the waist hidden under a loose beige short-sleeve blouse, white
    # backdrop.
    # caption: adapter
    case(
        "X368-035",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. The "
            "shorts the lady wears is of short length. The shorts are with other fabric and lattice patterns.",
            hit_limit=True,
        ),
        D.wearing("a beige top and white shorts"),
        D.color("white"),
        color_shorts("white"),
        D.details("the shorts have a drawstring waist", "unsupported"),
        D.material("the shorts are made of lace and lace and lace and lace", "loop"),
        title="Crochet Lace Shorts",
        category="Shorts",
        color="White",
        gender="WOMEN",
    ),
    # photo: front view, red v-neck jersey tee, black faux leather mini skirt, white backdrop.
    # caption: adapter
    case(
        "X368-036",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a v-shape neckline. The skirt this lady wears is of short length. The skirt is with leather",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red shirt and a black skirt"),
        D.color("red"),
        neckline("a round neck", "contradiction"),
        D.description("he is wearing a red t-shirt", "pronoun"),
        D.material("cotton"),
        title="V-Neck Jersey Tee",
        category="Tees_Tanks",
        color="Red",
        gender="WOMEN",
    ),
    # photo: front view, cream cropped button cardigan buttoned over a sleeveless floral chiffon dress, white
    # backdrop.
    # caption: adapter
    case(
        "X368-037",
        caption(
            "This lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. This lady "
            "also wears an outer clothing, with knitting fabric and pure color patterns. The dress is of knee",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white cardigan and a floral dress"),
        D.garment_type("cardigan"),
        D.color("white"),
        D.pattern("floral", "contradiction"),
        D.details("the cardigan has buttons and pockets", "unsupported"),
        title="Cropped Button Cardigan",
        category="Cardigans",
        color="Cream",
        gender="WOMEN",
    ),
    # photo: front view, grey-and-black plaid ankle trousers with a black crewneck sweater, white backdrop.
    # caption: adapter
    case(
        "X368-038",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The trousers this lady wears is of long length. The trousers are with cotton "
            "fabric and lattice patterns.",
            hit_limit=True,
        ),
        D.wearing("a black sweater and plaid pants"),
        D.pattern("plaid"),
        D.color("grey"),
        color_pants("grey"),
        D.description(
            "the pants are plaid and the pants are plaid and the pants are plaid",
            "loop",
        ),
        D.material("the pants are made of", "cut"),
        title="Plaid Ankle Trousers",
        category="Pants",
        color="Grey-black",
        gender="WOMEN",
    ),
    # photo: front view, blue chiffon maxi dress with white flowers, short flutter sleeves, v neck, no jewellery,
    # white backdrop.
    # caption: adapter
    case(
        "X368-039",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of long length. The lady wears a short-sleeve dress with floral patterns. "
            "The dress",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue floral dress"),
        D.color("white", "contradiction"),
        D.pattern("floral"),
        D.sleeve_length("short sleeves"),
        D.details("a blue floral dress", "restated"),
        D.material(
            "it is made of chiffon and it is made of chiffon and it is made of chiffon",
            "loop",
        ),
        title="Floral Maxi Dress",
        category="Dresses",
        color="Blue",
        gender="WOMEN",
    ),
    # photo: side view, white single-button crepe blazer with notched lapels over a black cami, black trousers,
    # white backdrop.
    # caption: adapter
    case(
        "X368-040",
        caption(
            "This lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. This "
            "lady also wears an outer clothing, with cotton fabric and pure color patterns. The trousers this lady "
            "wears is of long",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white blazer and black pants"),
        D.garment_type("jacket"),
        D.color("black", "other_garment_color"),
        D.description("a woman in a white blazer and black pants"),
        D.details("the blazer has two gold buttons", "unsupported"),
        title="Tailored Crepe Blazer",
        category="Jackets_Coats",
        color="White",
        gender="WOMEN",
    ),
    # photo: back view, olive racerback jersey tank with grey joggers, a black watch on the left wrist, white
    # backdrop.
    # caption: adapter
    case(
        "X368-041",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. The lower clothing is of long "
            "length. The fabric is cotton and it has pure color patterns. There is an accessory on her wrist.",
            hit_limit=True,
        ),
        D.wearing("a green tank top and grey sweatpants"),
        D.color("grey", "other_garment_color"),
        D.sleeve_length("sleeveless"),
        D.details("racerback"),
        D.material("the garment is made of fabric", "non_answer"),
        title="Racerback Jersey Tank",
        category="Tees_Tanks",
        color="Olive",
        gender="WOMEN",
    ),
    # photo: side view, red satin midi slip skirt with a white tee tucked in, white backdrop.
    # caption: adapter
    case(
        "X368-042",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "skirt this lady wears is of long length. The skirt is of long length. The skirt is of long length. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("he is wearing a white t-shirt and a red skirt", "pronoun"),
        D.color("red"),
        color_skirt("white", "other_garment_color"),
        D.description("a red skirt Question: what color is the skirt? Answer: red", "leak"),
        D.material("satin"),
        title="Satin Slip Midi Skirt",
        category="Skirts",
        color="Red",
        gender="WOMEN",
    ),
    # photo: front view, sleeveless navy romper with a white floral print and a v neck, white backdrop.
    # caption: adapter
    case(
        "X368-043",
        caption(
            "The upper clothing has no sleeves, chiffon fabric and floral patterns. The neckline of it is v-shape. "
            "The lower clothing is of short length. The fabric is chiffon and it has floral patterns.",
            hit_limit=True,
        ),
        D.wearing("a blue floral romper"),
        is_a("romper", "yes"),
        D.color("white", "contradiction"),
        D.pattern("floral"),
        D.description("a blue floral dress", "contradiction"),
        title="Floral Print Romper",
        category="Rompers_Jumpsuits",
        color="Navy",
    ),
    # photo: back view, white poplin long-sleeve button-up shirt tucked into beige chinos, hair in a low bun, white
    # backdrop.
    # caption: adapter
    case(
        "X368-044",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The "
            "trousers this lady wears is of long length. The trousers are with cotton fabric and pure color patterns. "
            "The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a man wearing a white shirt and tan pants", "pronoun"),
        D.color("beige", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.details("", "non_answer"),
        D.material("white", "restated"),
        title="Poplin Button-Up Shirt",
        category="Blouses_Shirts",
        color="White",
        gender="WOMEN",
    ),
    # photo: front view, black-and-white gingham fit-and-flare dress with short sleeves and a square neck, no
    # jewellery, white backdrop.
    # caption: adapter
    case(
        "X368-045",
        caption(
            "The lady wears a short-sleeve dress with lattice patterns. The dress is with cotton fabric. It has a "
            "square neckline. The dress is of knee length. There is an accessory on her wrist.",
            "unsupported",
            hit_limit=True,
        ),
        D.wearing("a black and white checkered dress and a black belt", "unsupported"),
        D.pattern("plaid"),
        D.color("grey", "contradiction"),
        D.description("a black and white gingham dress with a square neck"),
        D.details("i don't know", "non_answer"),
        title="Gingham Fit-and-Flare Dress",
        category="Dresses",
        color="Black-white",
        gender="WOMEN",
    ),
    # photo: front view, pink fuzzy knit pullover with a white shirt collar peeking out at the neck (cuffs hidden),
    # blue jeans, white backdrop.
    # caption: adapter
    case(
        "X368-046",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with furry fabric. It has "
            "a round neckline. The pants this lady wears is of long length. The pants are with denim fabric and pure "
            "color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink sweater over a white shirt and jeans"),
        D.color("pink"),
        D.description("a pink fuzzy sweater with a white collar"),
        D.details("the sweater has a white collar and white cuffs", "unsupported"),
        D.material("a pink sweater", "restated"),
        title="Fuzzy Knit Pullover",
        category="Sweaters",
        gender="WOMEN",
    ),
]
