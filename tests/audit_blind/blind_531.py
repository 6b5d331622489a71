"""BLIND_531 (46 products; men's and women's winter and outerwear worn over other clothes): written blind in the
fiftieth session. Measured blind at e273f8d (the session's rules as they stood): 123/146 failures found (84.2%) and
9/184 correct texts flagged (4.9%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog feed for a winter and outerwear night, men and women: bomber, puffer, biker,
denim, teddy, utility and faux-fur jackets, parkas and windcheaters, blazers and a Nehru jacket, overcoats and trench
and pea coats, pullover, turtleneck, Fair Isle and sleeveless sweaters, cardigans and shrugs, sweatshirts and hoodies,
thermal tops. Almost every photo is layered: the product is worn over (or, for a turtleneck and a thermal, under)
another top, with jeans, trousers, joggers, a skirt or a dress, so the per-garment color questions (jacket, sweater,
inner top, pants) each have a different right answer in the same photo. Backdrops vary: plain studio, brick, concrete
and colored walls, snow, autumn leaves, a running track, a Christmas tree, a bookshelf, props (a mug, a stool, a sofa).
Each row has the seller's title, category (Myntra article types), color and gender; a few miss one column.

Who wrote what: captions and open answers (wearing, description, details, material) come from the untuned base
`Salesforce/blip2-opt-2.7b` (short, lowercase, stops on its own: never hit_limit) unless the comment before the case
names the caption adapter. The caption adapter (epoch 1 or epoch 3 of the caption-only LoRA) writes the DeepFashion
template ("The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric ...")
with no hue names and no end token, so its texts run to the limit (50 new tokens for captions, 30 for answers) and
carry hit_limit=True; asked a question (details, material), it returns the same template. Epoch 1 sometimes opens
with a short base-style phrase ("a man in a blue jacket.") before falling into the template. The closed answers
(garment_type, color, pattern, sleeve_length, the per-garment colors and "Is this a ...?") are enrich's `--engine
reference` choices from candidate sets (the VQA adapter): a single candidate word, never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: green for olive, teal or a khaki parka that reads olive; blue for
  navy or teal blue; grey for charcoal or grey melange; red for maroon; yellow for mustard; orange for rust; pink for
  peach; purple for lavender; white or cream for off white; tan for beige; brown for camel.
- Seller-color contradictions by the reference engine: navy as black, charcoal as black, mustard as orange, the
  wall's color, the color of the print or of the Fair Isle pattern. When the color the engine gives is the one of
  another garment in the photo (the inner tee, the jeans, the coat over a sweater, the dress under a shrug), the text
  is other_garment_color, and so is an inner-top or pants question answered with the product's own color.
- Garment synonyms are correct: suit or jacket for a blazer, coat for a puffer, parka or jacket, vest for a gilet,
  a sweater vest or a Nehru jacket, cardigan for a shrug, sweater for a cardigan in open text, t-shirt for a thermal
  top, hoodie for a hooded sweatshirt, shirt for a shacket. A closed answer naming another garment of the photo (hoodie
  for the jacket over it, shirt for a thermal under a denim shirt, coat for a sweater under it, dress for a shrug) is
  contradiction, and so is a "yes" to "Is this a dress?" for the jacket worn over one or for a belted trench coat.
  The closed set offers "sweatshirt", so "sweater" for a sweatshirt (garment_type, or yes to "Is this a sweater?") is
  contradiction; so are cardigan for a pullover, jacket for a cardigan, sweatshirt for a turtleneck sweater, shirt
  for a sweater vest and sweater for a leather jacket (the sweater is under it).
- Pattern or sleeves of another garment (floral of the dress under a cardigan, checked of the shirt under a gilet,
  graphic of the tee under a bomber, long sleeves for a sleeveless gilet, sweater vest or Nehru jacket) are
  contradiction, and so is "striped" for a Fair Isle sweater (its bands are a knit motif, not stripes); "printed"
  for it is correct, as the nearest candidate. The white logo's color for a black windcheater is contradiction.
- Materials: one the title names or the photo shows (leather for faux leather, fur for faux fur, fleece, denim,
  satin, tweed, corduroy, wool for a wool blend) is correct; wool for a plain knit or a suiting blazer, cotton for a
  sweatshirt, thermal, knit shrug or utility jacket, nylon or polyester for a shell jacket are plausible guesses and
  correct. Down for a puffer whose title says padded, denim for corduroy or for a thermal top (the shirt over it),
  silk for a plain woven Nehru jacket are unsupported.
- Invented items (a pocket square, a fur collar or fur trim not there, a hood on a crew-neck sweatshirt or a coat,
  a beanie, studs, a belt, a tie, epaulettes, reflective stripes, stripes on the sleeves, reindeer on a snowflake
  sweater, a v-neck on a crew neck, buttons and a collar on a round-neck pullover) are unsupported. A hood that
  belongs to the hoodie worn under a jacket, a white collar of the shirt under a sweater vest, and fur trim that is
  really on the hood are correct.
- Adapter texts: one that repeats a sentence of the template is loop; one that stops mid-sentence without repeating
  is cut, even where it names a wrong fabric or an accessory before the cut. The template returned for the material
  question is restated. Where the template misnames the garment itself (a tweed blazer as "a long-sleeve shirt") the
  text is contradiction, hit_limit kept; "The lady" for a man's product is pronoun, hit_limit kept.
- A base answer that stops early on a dangling word ("the blazer is made of a") is cut, without hit_limit. "the
  details of the jacket", "the blazer has a lot of details" and "the garment" are non_answer; a material answered
  with the garment's name and color ("a cream shrug", "the hoodie is made of the hoodie") is restated; "clothes" for
  what the person wears is non_answer. A beanie that is grey called "a black hat" (the cardigan's black) is
  other_garment_color, like pants given the color of the top.
- Base answers that run on into "Question: ... Answer: ..." are leak, even where the first words are right.
- "she" for a man or "he" for a woman is pronoun; "he" or "she" that matches the gender is correct.
- One failure kind per text: the one the auditor sees first.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, is_a

BLIND_531 = [
    # photo: man in an olive green nylon bomber jacket, open over a white crew-neck tee, black slim jeans, white
    # studio backdrop, front view.
    # details: adapter, epoch 3
    case(
        "X531-001",
        caption("a man wearing an olive green bomber jacket and black jeans"),
        D.wearing(
            "a green jacket and a white t-shirt Question: what is the color of the pants? Answer: black",
            "leak",
        ),
        color_of("jacket", "green"),
        color_of("inner top", "white"),
        color_of("pants", "black"),
        D.material("nylon"),
        D.details(
            "The jacket is with cotton fabric and pure color patterns. It has a stand neckline. The jacket is with "
            "cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        title="Roadster Men Olive Green Solid Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in a navy blue hooded puffer jacket, half zipped over a grey turtleneck, blue jeans, grey backdrop;
    # no fur anywhere.
    # caption: adapter, epoch 3
    case(
        "X531-002",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "stand neckline. The lady wears long trousers. The trousers are with denim fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue puffer jacket"),
        D.color("blue"),
        color_of("inner top", "blue", "other_garment_color"),
        D.details("a hood and a zipper and a fur collar", "unsupported"),
        is_a("jacket", "yes"),
        title="Mast & Harbour Women Navy Blue Solid Hooded Puffer Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man in a charcoal grey single-breasted blazer over a light blue formal shirt (open collar, no tie), dark
    # grey trousers, no pocket square, grey backdrop.
    case(
        "X531-003",
        caption("a man in a grey suit and blue shirt"),
        D.wearing("a grey suit, a blue shirt and a red tie", "unsupported"),
        D.garment_type("blazer"),
        D.color("black", "contradiction"),
        color_of("inner top", "blue"),
        D.material("wool"),
        D.details("two buttons and a pocket square", "unsupported"),
        title="Allen Solly Men Charcoal Grey Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: woman in a beige open-front cropped knit shrug over a black fitted crop top, black high-waist jeans,
    # white backdrop.
    case(
        "X531-004",
        caption("a woman in a beige cardigan and black pants"),
        D.wearing("a black crop top and a beige shrug"),
        D.color("black", "other_garment_color"),
        D.garment_type("cardigan"),
        D.sleeve_length("long sleeves"),
        D.material("cotton"),
        D.details("the details of the shrug", "non_answer"),
        title="Tokyo Talkies Women Beige Solid Open-Front Crop Shrug",
        category="Shrugs",
        color="Beige",
        gender="Women",
    ),
    # photo: man in a black hooded sweatshirt with a small white printed logo on the chest, kangaroo pocket, grey
    # joggers, outdoors against a bare concrete wall.
    case(
        "X531-005",
        caption("a man in a black hoodie standing in front of a concrete wall"),
        D.wearing("a black hoodie and black pants", "other_garment_color"),
        D.garment_type("hoodie"),
        D.color("black"),
        D.pattern("printed"),
        D.details("a hood and a kangaroo pocket"),
        D.material("cotton Question: what is the color of the hoodie? Answer: black", "leak"),
        title="HRX by Hrithik Roshan Men Black Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a camel brown belted longline wool-blend overcoat over a white turtleneck sweater, black
    # trousers, city street behind her; notch lapels, no fur.
    # caption, material: adapter, epoch 1
    case(
        "X531-006",
        caption(
            "a woman in a brown coat. The lady wears a long-sleeve coat with pure color patterns. The coat is with "
            "wool fabric. It has a lapel neckline. The lady wears long trousers. The trousers are with",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a brown coat and a white sweater"),
        D.color("brown"),
        color_of("sweater", "white"),
        D.details("a belt and a fur collar", "unsupported"),
        D.material(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with wool fabric. It has a lapel "
            "neckline. The lady",
            "restated",
            hit_limit=True,
        ),
        is_a("coat", "yes"),
        title="Vero Moda Women Camel Brown Solid Belted Longline Overcoat",
        category="Coats",
        color="Camel Brown",
        gender="Women",
    ),
    # photo: man in a mustard yellow quilted puffer jacket, open over a black hoodie whose hood lies over the collar,
    # black cargo pants, white backdrop.
    # details: adapter, epoch 3
    case(
        "X531-007",
        caption("a man in a yellow puffer jacket with a black hood"),
        D.garment_type("jacket"),
        color_of("jacket", "orange", "contradiction"),
        color_of("inner top", "black"),
        color_of("pants", "black"),
        D.material("down", "unsupported"),
        D.details(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. The "
            "gentleman wears a long-sleeve",
            "loop",
            hit_limit=True,
        ),
        title="Campus Sutra Men Mustard Yellow Solid Padded Puffer Jacket",
        category="Jackets",
        color="Mustard",
        gender="Men",
    ),
    # photo: woman in a maroon cable-knit crew-neck pullover, blue jeans, holding a white coffee mug, light grey wall.
    case(
        "X531-008",
        caption("a woman in a red sweater holding a cup of coffee"),
        D.wearing("clothes", "non_answer"),
        D.color("red"),
        D.pattern("solid"),
        D.garment_type("cardigan", "contradiction"),
        D.material("wool"),
        D.details("a white collar and buttons", "unsupported"),
        color_of("pants", "red", "other_garment_color"),
        title="Roadster Women Maroon Cable Knit Pullover Sweater",
        category="Sweaters",
        color="Maroon",
        gender="Women",
    ),
    # photo: man in a navy blue textured overcoat over a grey crew-neck sweater (white shirt collar showing), grey
    # trousers, grey backdrop.
    # caption: adapter, epoch 3
    case(
        "X531-009",
        caption(
            "The gentleman wears a long-sleeve coat with pure color patterns. The coat is with wool fabric. It has a "
            "lapel neckline. The gentleman wears a long-sleeve coat with pure color patterns. The coat is with wool",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue coat and grey pants"),
        D.garment_type("coat"),
        D.color("grey", "other_garment_color"),
        color_of("sweater", "grey"),
        D.material("wool"),
        D.details("the coat has buttons and a", "cut"),
        title="Louis Philippe Men Navy Blue Textured Wool Blend Overcoat",
        category="Coats",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a pink cropped hooded sweatshirt with drawstrings, white joggers, pale blue wall behind.
    case(
        "X531-010",
        caption("a woman in a pink hoodie standing in front of a blue wall"),
        D.wearing("a pink hoodie and white pants"),
        D.garment_type("sweatshirt"),
        D.color("blue", "contradiction"),
        D.details("a hood and drawstrings"),
        D.material("the hoodie is made of the hoodie", "restated"),
        is_a("sweater", "yes", "contradiction"),
        title="Sassafras Women Pink Solid Cropped Hooded Sweatshirt",
        category="Sweatshirts",
        color="Pink",
        gender="Women",
    ),
    # photo: man in a black faux-leather biker jacket with an asymmetric zip and snap-button collar (no studs), open
    # over a white tee, blue jeans, red brick wall.
    case(
        "X531-011",
        caption("a man in a black leather jacket standing in front of a brick wall"),
        D.wearing(
            "a black leather jacket and blue jeans Question: what is the man wearing? Answer: a black leather jacket",
            "leak",
        ),
        D.material("leather"),
        D.details("zippers and a studded collar", "unsupported"),
        color_of("jacket", "black"),
        color_of("inner top", "white"),
        color_of("pants", "black", "other_garment_color"),
        title="Jack & Jones Men Black Solid Faux Leather Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: woman in an off-white cable-knit buttoned cardigan over a blue floral midi dress, cream backdrop.
    # caption and details: adapter, epoch 1
    case(
        "X531-012",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has "
            "a V-shape neckline. The lady wears a long-sleeve sweater with pure color patterns. The sweater is with "
            "knitting",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white cardigan over a blue floral dress"),
        D.color("white"),
        D.pattern("floral", "contradiction"),
        D.garment_type("jacket", "contradiction"),
        D.details(
            "The sweater is with knitting fabric. It has a V-shape neckline. There is an accessory on her wrist. The "
            "lady wears a long",
            "cut",
            hit_limit=True,
        ),
        title="ONLY Women Off White Cable Knit Button-Up Cardigan",
        category="Sweaters",
        color="Off White",
        gender="Women",
    ),
    # photo: man in a grey melange crew-neck sweatshirt printed "NEW YORK" on the chest, black track pants, park with
    # trees behind.
    case(
        "X531-013",
        caption("a man in a grey sweatshirt with the words new york on it"),
        D.garment_type("sweatshirt"),
        D.color("grey"),
        D.pattern("printed"),
        D.material("the sweatshirt is made of", "cut"),
        D.description("a grey sweatshirt with a hood", "unsupported"),
        D.wearing("she is wearing a grey sweatshirt", "pronoun"),
        title="WROGN Men Grey Melange Printed Round Neck Sweatshirt",
        category="Sweatshirts",
        gender="Men",
    ),
    # photo: woman in a black belted longline trench coat over a white shirt, black ankle boots, walking on a path of
    # orange autumn leaves; no epaulettes.
    case(
        "X531-014",
        caption("a woman in a black coat walking in the autumn leaves"),
        D.wearing("a black trench coat and black boots"),
        D.color("black"),
        D.details("buttons, a belt and epaulettes on the shoulders", "unsupported"),
        D.material("it is made of", "cut"),
        color_of("inner top", "orange", "contradiction"),
        is_a("dress", "yes", "contradiction"),
        title="DressBerry Women Black Solid Longline Trench Coat",
        category="Coats",
        color="Black",
        gender="Women",
    ),
    # photo: man in a brown sleeveless quilted puffer gilet over a blue-and-white checked full-sleeve shirt, beige
    # chinos, white backdrop; stand collar, no hood.
    case(
        "X531-015",
        caption("a man in a brown vest and a blue checkered shirt"),
        D.wearing("a brown jacket and a blue shirt"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.garment_type("vest"),
        D.pattern("checked", "contradiction"),
        D.color("brown"),
        color_of("pants", "beige"),
        D.details("a zipper and a hood", "unsupported"),
        title="Peter England Men Brown Solid Sleeveless Padded Jacket",
        category="Jackets",
        color="Brown",
        gender="Men",
    ),
    # photo: woman in a lavender zip-up teddy fleece jacket with two side pockets, over a white tee, light blue mom
    # jeans, white backdrop.
    # caption, details: adapter, epoch 3
    case(
        "X531-016",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "stand neckline. The lady wears long jeans. The jeans are with denim fabric and pure color patterns. Her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a purple fleece jacket and jeans"),
        D.color("purple"),
        D.material("fleece Question: what is the color of the jacket? Answer: purple", "leak"),
        D.details(
            "The jacket is with cotton fabric. It has a stand neckline. The jacket is with cotton fabric. It has a "
            "stand "
            "neckline. The",
            "loop",
            hit_limit=True,
        ),
        color_of("inner top", "purple", "other_garment_color"),
        is_a("coat", "no"),
        title="Harpa Women Lavender Solid Teddy Fleece Jacket",
        category="Jackets",
        color="Lavender",
        gender="Women",
    ),
    # photo: man in a navy-and-white Breton striped crew-neck pullover over a light blue shirt (collar out), khaki
    # chinos, grey backdrop.
    case(
        "X531-017",
        caption("a man in a blue and white striped sweater"),
        D.pattern("striped"),
        D.garment_type("cardigan", "contradiction"),
        D.color("blue"),
        color_of("inner top", "blue"),
        D.wearing("a blue and white striped sweater and khaki pants"),
        D.details("a v neck and ribbed cuffs", "unsupported"),
        D.material("a blue and white striped sweater", "restated"),
        title="U.S. Polo Assn. Men Navy Blue Striped Pullover Sweater",
        category="Sweaters",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in an olive green cotton utility jacket with flap chest pockets and snap buttons, over a black tee,
    # black jeans, wall of potted green plants behind; no belt.
    case(
        "X531-018",
        caption("a woman in a green jacket standing in front of plants"),
        D.color("green"),
        color_of("inner top", "green", "other_garment_color"),
        D.details("flap pockets and buttons"),
        D.wearing("he is wearing a green jacket and black pants", "pronoun"),
        D.material("cotton"),
        D.description("a green jacket with a belt at the waist", "unsupported"),
        title="Roadster Women Olive Green Solid Utility Jacket",
        category="Jackets",
        color="Olive",
        gender="Women",
    ),
    # photo: man in a teal blue quilted bomber, open over a grey hoodie with the hood out, black jeans, dark grey
    # backdrop.
    # caption: adapter, epoch 3
    case(
        "X531-019",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has "
            "a stand neckline. The gentleman wears long pants. The pants are with denim fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue jacket and a grey hoodie"),
        color_of("jacket", "green"),
        color_of("inner top", "grey"),
        D.color("black", "other_garment_color"),
        D.garment_type("hoodie", "contradiction"),
        D.details("the details of the jacket", "non_answer"),
        title="Nautica Men Teal Blue Quilted Bomber Jacket",
        category="Jackets",
        color="Teal Blue",
        gender="Men",
    ),
    # photo: woman in a red double-breasted wool-blend pea coat with a wide collar (no hood), over a black turtleneck,
    # black tights and boots, white backdrop.
    # details: adapter, epoch 3
    case(
        "X531-020",
        caption("a woman in a red coat and black boots"),
        D.color("red"),
        D.garment_type("coat"),
        D.wearing(
            "she is wearing a red coat Question: what is she wearing? Answer: a red coat",
            "leak",
        ),
        D.details(
            "The coat is with wool fabric and pure color patterns. It has a lapel neckline. The coat is with wool "
            "fabric "
            "and pure color",
            "loop",
            hit_limit=True,
        ),
        D.material("wool"),
        color_of("sweater", "red", "other_garment_color"),
        D.description("a red coat with a hood", "unsupported"),
        title="MANGO Women Red Solid Double-Breasted Wool Blend Pea Coat",
        category="Coats",
        color="Red",
        gender="Women",
    ),
    # photo: man in a varsity bomber with a black body, white sleeves and an embroidered letter "H" on the chest,
    # ribbed cuffs, over a black tee, blue jeans, white backdrop.
    case(
        "X531-021",
        caption("a man in a black and white varsity jacket"),
        D.pattern("colorblocked"),
        D.sleeve_length("long sleeves"),
        color_of("jacket", "black"),
        color_of("inner top", "black"),
        D.wearing("a black and white jacket and blue jeans"),
        D.details("a letter on the chest and ribbed cuffs"),
        title="Highlander Men Black & White Colourblocked Varsity Bomber Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a mustard yellow ribbed turtleneck sweater, beige wide-leg trousers, white-painted brick wall.
    # caption, details: adapter, epoch 1
    case(
        "X531-022",
        caption(
            "a woman in a yellow sweater. The lady wears a long-sleeve sweater with pure color patterns. The sweater "
            "is "
            "with knitting fabric. It has a stand neckline. The lady wears long trousers. The trousers are with "
            "cotton",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow sweater and beige pants"),
        D.color("yellow"),
        D.material("wool"),
        color_of("pants", "yellow", "other_garment_color"),
        D.garment_type("sweatshirt", "contradiction"),
        D.details(
            "The sweater is with knitting fabric. It has a stand neckline. The sweater is with knitting fabric. It "
            "has a "
            "stand neckline. The",
            "loop",
            hit_limit=True,
        ),
        title="AND Women Mustard Yellow Ribbed Turtleneck Sweater",
        category="Sweaters",
        color="Mustard",
        gender="Women",
    ),
    # photo: man in a charcoal grey hooded puffer jacket zipped to the chin (hood down, no fur), black track pants,
    # bare head, snowy mountains behind.
    case(
        "X531-023",
        caption("a man in a grey jacket standing in the snow"),
        D.garment_type("coat"),
        D.color("grey"),
        D.details("a hood and a zipper and a fur trim on the hood", "unsupported"),
        D.material("polyester"),
        D.wearing("a grey jacket, black pants and a black beanie", "unsupported"),
        color_of("pants", "grey", "other_garment_color"),
        D.description("a garment", "non_answer"),
        title="Roadster Men Charcoal Grey Solid Hooded Puffer Jacket",
        category="Jackets",
        color="Charcoal",
        gender="Men",
    ),
    # photo: woman in a mid-blue washed denim jacket with chest flap pockets and metal buttons, over a white hoodie
    # with the hood out over the collar, black leggings, white backdrop.
    case(
        "X531-024",
        caption("a woman in a denim jacket and a white hoodie"),
        D.material("denim"),
        D.color("white", "other_garment_color"),
        color_of("inner top", "white"),
        D.pattern("solid"),
        D.details("buttons and chest pockets"),
        D.description("a blue denim jacket with a white hood"),
        color_of("pants", "blue", "other_garment_color"),
        title="Levis Women Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a beige self-design single-breasted blazer (notch lapels, two buttons, welt pocket) over a black
    # turtleneck, black trousers, seated on a wooden stool, studio.
    case(
        "X531-025",
        caption("a man in a beige blazer sitting on a wooden stool"),
        D.wearing("a tan blazer and a black turtleneck"),
        D.color("black", "other_garment_color"),
        D.garment_type("blazer"),
        color_of("inner top", "black"),
        D.details("two buttons, notched lapels and a pocket"),
        D.material("the blazer is made of a", "cut"),
        D.description(
            "a beige blazer with a black shirt Question: describe the shirt. Answer: a black turtleneck",
            "leak",
        ),
        title="Van Heusen Men Beige Self-Design Slim Fit Single-Breasted Blazer",
        category="Blazers",
        color="Beige",
        gender="Men",
    ),
    # photo: woman in a black long-sleeve round-neck thermal top, grey joggers, plain white backdrop. (no gender column)
    case(
        "X531-026",
        caption("a woman wearing a black long sleeve top and grey pants"),
        D.garment_type("t-shirt"),
        D.color("black"),
        D.sleeve_length("long sleeves"),
        D.material("cotton"),
        D.details("a round neck and long sleeves"),
        is_a("sweater", "no"),
        D.wearing("he is wearing a black shirt and grey pants", "pronoun"),
        title="Jockey Women Black Solid Thermal Top",
        category="Thermal Tops",
        color="Black",
    ),
    # photo: man in a maroon round-neck thermal top worn under an open blue denim shirt, black jeans, grey backdrop.
    # caption: adapter, epoch 3
    case(
        "X531-027",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has "
            "a "
            "lapel neckline. The gentleman wears long pants. The pants are with denim fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue denim shirt and a maroon t-shirt"),
        D.color("blue", "other_garment_color"),
        D.garment_type("shirt", "contradiction"),
        color_of("inner top", "red"),
        D.material("denim", "unsupported"),
        title="Dollar Thermals Men Maroon Solid Thermal Top",
        category="Thermal Tops",
        color="Maroon",
        gender="Men",
    ),
    # photo: woman in a grey melange hooded longline open-front cardigan with two patch pockets, over a white tee,
    # blue jeans, white backdrop.
    # details: adapter, epoch 1
    case(
        "X531-028",
        caption("a woman in a grey cardigan and blue jeans"),
        D.garment_type("cardigan"),
        D.color("grey"),
        D.details(
            "The sweater is with knitting fabric. It has a V-shape neckline. The sweater is with knitting fabric. It "
            "has "
            "a V-shape",
            "loop",
            hit_limit=True,
        ),
        D.material("wool"),
        D.wearing("a grey sweater and a white shirt"),
        color_of("inner top", "grey", "other_garment_color"),
        color_of("pants", "white", "other_garment_color"),
        title="ONLY Women Grey Melange Hooded Longline Cardigan",
        category="Sweaters",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: man running in a black hooded windcheater with a small white logo on the chest (no stripes, no
    # reflective trim), black shorts, red running track.
    case(
        "X531-029",
        caption("a man in a black jacket running on a track"),
        D.wearing("a black jacket and black shorts"),
        D.material("nylon"),
        D.details("a hood, a zipper and reflective stripes", "unsupported"),
        D.garment_type("jacket"),
        D.color("white", "contradiction"),
        D.description("a black jacket with a hood and white stripes on the sleeves", "unsupported"),
        title="Puma Men Black Solid Hooded Windcheater Jacket",
        category="Rain Jacket",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a peach oversized round-neck sweatshirt with ribbed cuffs, light blue jeans, seated on a white
    # sofa with a grey throw pillow.
    case(
        "X531-030",
        caption("a woman in a pink sweatshirt sitting on a couch"),
        D.color("pink"),
        D.garment_type("sweater", "contradiction"),
        D.material("cotton"),
        D.details("a round neck and ribbed cuffs"),
        D.description("the sweatshirt", "non_answer"),
        color_of("pants", "pink", "other_garment_color"),
        D.wearing(
            "a peach sweatshirt and jeans Question: what is the color of the jeans? Answer: blue",
            "leak",
        ),
        title="Pluss Women Peach Solid Oversized Sweatshirt",
        category="Sweatshirts",
        color="Peach",
        gender="Women",
    ),
    # photo: man in a navy blue v-neck sleeveless sweater vest over a white full-sleeve formal shirt, grey trousers,
    # office with glass partitions behind.
    case(
        "X531-031",
        caption("a man in a blue sweater vest and a white shirt"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.garment_type("shirt", "contradiction"),
        D.color("blue"),
        color_of("inner top", "white"),
        D.details("a v neck and a white collar"),
        D.material("cotton Question: what is the color of the shirt? Answer: white", "leak"),
        title="Allen Solly Men Navy Blue Solid V-Neck Sleeveless Sweater",
        category="Sweaters",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a rust corduroy shacket with chest pockets and buttons, open over a cream knit top, brown
    # trousers, cream wall.
    # caption: adapter, epoch 3
    case(
        "X531-032",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        D.wearing("an orange jacket and brown pants"),
        D.color("brown", "other_garment_color"),
        D.material("denim", "unsupported"),
        D.details("buttons and chest pockets"),
        color_of("pants", "brown"),
        title="Tokyo Talkies Women Rust Solid Corduroy Shacket",
        category="Jackets",
        color="Rust",
        gender="Women",
    ),
    # photo: man in an olive zip-through hooded sweatshirt, open over a black tee, grey joggers, white backdrop.
    case(
        "X531-033",
        caption("a man in a green hoodie and black shirt"),
        D.garment_type("sweatshirt"),
        color_of("inner top", "black"),
        color_of("pants", "green", "other_garment_color"),
        D.details("a zipper and a hood"),
        D.material(
            "polyester and cotton Question: what is the color of the hoodie? Answer: green",
            "leak",
        ),
        D.wearing("she is wearing a green sweatshirt", "pronoun"),
        title="Mast & Harbour Men Olive Solid Hooded Zip-Through Sweatshirt",
        category="Sweatshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in a white shaggy cropped faux-fur jacket over a black satin slip dress, no belt, blurred party
    # lights behind at night.
    case(
        "X531-034",
        caption("a woman in a white fur coat and black dress"),
        D.material("fur"),
        D.color("black", "other_garment_color"),
        D.garment_type("coat"),
        D.description("a white fur jacket with a black belt", "unsupported"),
        is_a("dress", "yes", "contradiction"),
        D.wearing("he is wearing a white fur coat and a black dress", "pronoun"),
        title="FOREVER 21 Women White Faux Fur Cropped Jacket",
        category="Jackets",
        color="White",
        gender="Women",
    ),
    # photo: man in a grey checked single-breasted tweed blazer over a white tee, blue jeans, bookshelf behind.
    # caption: adapter, epoch 3
    case(
        "X531-035",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears long pants. The pants are with denim fabric and pure color patterns. "
            "There is an accessory on his",
            "contradiction",
            hit_limit=True,
        ),
        D.pattern("checked"),
        D.color("grey"),
        D.wearing("a grey plaid blazer, a white t-shirt and jeans"),
        D.material("tweed"),
        D.details("the blazer has a lot of details", "non_answer"),
        color_of("inner top", "grey", "other_garment_color"),
        title="Blackberrys Men Grey Checked Slim Fit Tweed Blazer",
        category="Blazers",
        color="Grey",
        gender="Men",
    ),
    # photo: woman in a black satin bomber jacket over a white graphic-print tee, blue jeans, pastel pink wall.
    case(
        "X531-036",
        caption("a woman in a black jacket and white shirt standing in front of a pink wall"),
        D.color("pink", "contradiction"),
        D.material("satin"),
        D.pattern("graphic", "contradiction"),
        color_of("inner top", "white"),
        D.details("the jacket has a zipper and a pocket"),
        D.wearing("she is wearing a black jacket and jeans"),
        D.description("a black jacket with a", "cut"),
        title="SASSAFRAS Women Black Satin Bomber Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: man in a royal blue padded jacket zipped halfway over a grey tee, black jeans, white backdrop.
    # caption, details: adapter, epoch 1
    case(
        "X531-037",
        caption(
            "a man in a blue jacket. The lady wears a long-sleeve jacket with pure color patterns. The jacket is with "
            "cotton fabric. It has a stand neckline. The lady wears long pants. The pants are with denim",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing("a blue jacket and black jeans"),
        D.color("blue"),
        color_of("inner top", "grey"),
        D.material("polyester"),
        D.details(
            "a man in a blue jacket. The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is "
            "with cotton fabric. The",
            "cut",
            hit_limit=True,
        ),
        title="Roadster Men Blue Solid Padded Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a green Fair Isle crew-neck sweater with cream snowflake and geometric bands (no reindeer), blue
    # jeans, decorated Christmas tree beside her.
    case(
        "X531-038",
        caption("a woman in a green and white sweater standing next to a christmas tree"),
        D.pattern("striped", "contradiction"),
        D.color("white", "contradiction"),
        D.material("wool"),
        D.details("snowflakes and reindeer on the front", "unsupported"),
        D.wearing("a green sweater and blue jeans"),
        D.description("a green sweater with a christmas pattern"),
        title="Vero Moda Women Green Fair Isle Pullover Sweater",
        category="Sweaters",
        color="Green",
        gender="Women",
    ),
    # photo: man in a black longline overcoat, open over a grey hoodie with the hood out, black jeans, city street.
    # details, material: adapter, epoch 3
    case(
        "X531-039",
        caption("a man in a black coat and a grey hoodie walking down the street"),
        D.garment_type("coat"),
        color_of("jacket", "black"),
        color_of("inner top", "black", "other_garment_color"),
        D.details(
            "The gentleman wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. The "
            "gentleman wears a long-sleeve coat with",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The gentleman wears a long-sleeve coat with pure color patterns. The coat is with wool fabric. It has a "
            "lapel",
            "restated",
            hit_limit=True,
        ),
        D.wearing("a black coat, a grey hoodie and black jeans"),
        title="Roadster Men Black Solid Longline Overcoat",
        category="Coats",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a brown faux-leather biker jacket with zipped cuffs and a belted hem, over a beige turtleneck
    # sweater, black trousers, grey backdrop. (no color column)
    # details: adapter, epoch 3
    case(
        "X531-040",
        caption("a woman in a brown leather jacket and a beige sweater"),
        D.color("beige", "other_garment_color"),
        color_of("sweater", "beige"),
        D.material("it is made of leather"),
        D.details(
            "The jacket is with leather fabric and pure color patterns. It has a lapel neckline. The jacket is with "
            "leather fabric and pure",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("sweater", "contradiction"),
        D.wearing("a brown jacket and a", "cut"),
        D.description("a brown leather jacket with zippers"),
        title="Madame Women Brown Faux Leather Biker Jacket",
        category="Jackets",
        gender="Women",
    ),
    # photo: man in an off-white cable-knit turtleneck sweater under an open camel overcoat, grey trousers, grey
    # backdrop.
    # details: adapter, epoch 3
    case(
        "X531-041",
        caption("a man in a brown coat and white sweater"),
        D.garment_type("coat", "contradiction"),
        D.color("brown", "other_garment_color"),
        color_of("sweater", "white"),
        D.material("wool"),
        D.wearing("he is wearing a brown coat and a white turtleneck"),
        is_a("sweater", "yes"),
        D.details(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a stand neckline. The",
            "cut",
            hit_limit=True,
        ),
        title="Louis Philippe Men Off White Cable Knit Turtleneck Sweater",
        category="Sweaters",
        color="Off White",
        gender="Men",
    ),
    # photo: woman in a navy blue knee-length quilted puffer coat with a hood trimmed in faux fur, zipped, snowy
    # street.
    # caption, material: adapter, epoch 3
    case(
        "X531-042",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. It has a "
            "stand "
            "neckline. The coat is of long length. The lady wears a long-sleeve coat with pure color patterns. The "
            "coat",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a navy blue puffer coat"),
        D.color("black", "contradiction"),
        D.details("a hood with fur and a zipper"),
        D.material(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. It has a "
            "stand "
            "neckline. The coat is of",
            "restated",
            hit_limit=True,
        ),
        D.description("he is wearing a long blue coat", "pronoun"),
        title="DressBerry Women Navy Blue Solid Longline Hooded Puffer Coat",
        category="Coats",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man in a black sleeveless Nehru jacket with a mandarin collar and buttons, over a white full-sleeve
    # kurta and white pyjama, warm festive lights behind.
    case(
        "X531-043",
        caption("a man in a black vest and white kurta"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.garment_type("vest"),
        D.color("white", "other_garment_color"),
        color_of("inner top", "white"),
        D.details("a mandarin collar and buttons"),
        D.material("silk", "unsupported"),
        D.description("the jacket", "non_answer"),
        title="Manyavar Men Black Solid Woven Nehru Jacket",
        category="Nehru Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a cream cropped open-front knit shrug over a pink floral sundress, flower garden behind.
    case(
        "X531-044",
        caption("a woman in a pink floral dress and a white cardigan"),
        D.garment_type("dress", "contradiction"),
        D.color("pink", "other_garment_color"),
        D.pattern("floral", "contradiction"),
        D.material("a cream shrug", "restated"),
        D.wearing("a white shrug over a pink dress"),
        D.details("the shrug has details", "non_answer"),
        title="Tokyo Talkies Women Cream Solid Cropped Knit Shrug",
        category="Shrugs",
        color="Cream",
        gender="Women",
    ),
    # photo: man in a khaki (olive-toned) longline hooded parka, open over a black crew-neck sweater, dark jeans,
    # forest behind.
    # caption, details: adapter, epoch 1
    case(
        "X531-045",
        caption(
            "a man in a green jacket in the woods. The gentleman wears a long-sleeve jacket with pure color patterns. "
            "The jacket is with cotton fabric. It has a stand neckline. The gentleman wears long pants. The",
            "cut",
            hit_limit=True,
        ),
        D.color("green"),
        D.garment_type("jacket"),
        D.details(
            "The jacket is with cotton fabric. It has a stand neckline. The jacket is with cotton fabric. It has a "
            "stand neckline. The",
            "loop",
            hit_limit=True,
        ),
        D.material("a green parka jacket", "restated"),
        color_of("inner top", "green", "other_garment_color"),
        D.wearing("a green parka and a black sweater"),
        title="Roadster Men Khaki Solid Hooded Longline Parka Jacket",
        category="Jackets",
        color="Khaki",
        gender="Men",
    ),
    # photo: woman in a black longline open-front cardigan with two patch pockets, over a grey tee, black leggings,
    # grey knit beanie, white backdrop.
    # details: adapter, epoch 1
    case(
        "X531-046",
        caption("a woman in a black cardigan and a grey beanie"),
        D.wearing("a black cardigan and a black hat", "other_garment_color"),
        D.description("the garment", "non_answer"),
        D.material("a black cardigan", "restated"),
        D.color("black"),
        D.details(
            "The sweater is with knitting fabric and pure color patterns. The sweater is with knitting fabric and pure "
            "color patterns. The sweater",
            "loop",
            hit_limit=True,
        ),
        color_of("inner top", "grey"),
        title="Roadster Women Black Longline Open-Front Cardigan",
        category="Sweaters",
        color="Black",
        gender="Women",
    ),
]
