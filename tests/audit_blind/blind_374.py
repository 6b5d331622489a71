"""BLIND_374 (46 products; men's winter wear and outerwear from an Indian marketplace, model shots): written blind in
the forty-fifth session. Measured blind at fc78fbc (the session's rules as they stood): 120/139 failures found
(86.3%) and 5/174 correct texts flagged (2.9%). The writer's notes, verbatim:

Scenario: an Indian marketplace's English catalog feed (Myntra/Ajio-like) of men's winter and outerwear:
pullover sweaters and cardigans, sweatshirts and hoodies, puffer, padded, bomber, biker and denim jackets,
blazers, overcoats and trench coats, thermal sets and Nehru jackets. Every photo is a model shot, and most
outfits are layered: a jacket over a tee, a hoodie or a flannel shirt, a cardigan or a V-neck over a collared
shirt, a Nehru jacket over a kurta, a puffer gilet over a hoodie. Backdrops are plain studio walls in the main,
with a few brick, wooden, coloured or street backdrops and a potted plant. Each product has the seller's title,
category, color and gender; a few rows lack the gender or the color, as real feeds do. The questionnaire is the
default English one (wearing, garment_type, color, pattern, sleeve length, description, details, material),
plus per-piece color questions ("What is the color of the jacket?"), a fit question, a closure question, a
neckline question and a hood question for the products where they matter.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase: "a man in a
black puffer jacket") unless the comment says the caption adapter wrote them. The caption adapter (the original
experiments' caption-only LoRA) writes the DeepFashion template ("The gentleman wears a long-sleeve jacket with
pure color patterns. The jacket is with cotton fabric. It has a standing neckline. ..."), with no hue names, and,
trained with no end token, it runs to its limit (50 new tokens for captions, 30 for answers): every adapter text
carries hit_limit=True, and asked any question it returns its template. The open questions (wearing,
description, details, material, closure, neckline) come from the base model unless the comment names the adapter;
the base model stops on its own and never carries hit_limit. The closed questions (garment_type, color, pattern,
sleeve_length, fit, hood, the per-piece colors and "Is this a ...?") are enrich's `--engine reference` answers,
chosen from candidate sets: never a loop, never cut.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: blue for navy or teal, green for olive, bottle green or teal,
  brown for camel, tan, coffee or chocolate, tan for beige or khaki, red for maroon or wine, orange for rust,
  yellow for mustard, grey for charcoal or grey melange, white for off white or cream, purple for lavender.
  Pink for lavender and black for navy are contradictions.
- The color of another garment in the photo (the tee, hoodie, shirt or kurta under the jacket, the trousers)
  given as the product's color is other_garment_color, whether the closed engine or the base model gives it.
  The color of the backdrop, a print or the buttons given as the garment's color is contradiction.
- Layered outfits named piece by piece in their own colors are correct, and so is naming the inner layer only
  when the product is named too. A correct color given the product while another piece gets a wrong color ("a
  grey jacket and grey jeans" for blue jeans) is contradiction.
- Garment synonyms count as correct: jacket for a blazer, coat for an overcoat or trench, vest for a Nehru jacket
  or a puffer gilet, sweater for a cardigan or a sweater vest, shirt or t-shirt for a thermal top (in the
  closed garment_type as well: the candidate set has no thermal), long underwear for a thermal set, fur or fuzzy
  for sherpa, suit for a blazer worn with matching trousers. Hoodie for a sweatshirt with no hood, shirt for a
  coat or a jacket, kurta for a Nehru jacket and sweater for a puffer jacket are contradictions.
- A closed sleeve_length that gives the sleeves of the layer beneath a sleeveless product (a Nehru jacket over a
  kurta, a gilet over a hoodie, a sweater vest over a shirt) is contradiction; so is a "yes" to "Is this a
  hoodie?" when the hoodie is the inner layer under a jacket, a "yes" to "Does the jacket have a hood?" for a
  gilet whose only hood is the hoodie's, and a pattern that belongs to the inner layer. An open text that puts
  the inner hoodie's hood on the outfit in its own color ("a black jacket with a white hood") is correct.
  Quilting channels or diamond quilting answered "striped" or "checked" are contradictions; argyle or Fair Isle
  answered "geometric" is correct, Fair Isle answered "striped" is contradiction.
- Materials: one the title names is correct (faux leather answered "leather", fleece for cotton fleece, suede
  for faux suede); a plausible guess where the title names none (cotton for a sweatshirt, wool for a sweater,
  a blazer or an overcoat, nylon or polyester for a puffer) is correct; a material the title contradicts (wool
  for an acrylic or cotton knit, leather for a denim jacket) or one nothing shows (down for a padded polyester
  jacket, silk on a cotton-look jacket) is unsupported.
- Invented parts or accessories (a tie, a belt on a beltless coat, a hood on a collared jacket, a fur collar on a
  rib collar, a pocket square, a print on the back of a front-view photo, reindeer on a snowflake sweater) are
  unsupported.
- "she" or "her" for the man, and the adapter's "The lady wears ..." on a man, are pronoun (hit_limit kept on the
  adapter text).
- Adapter texts: one that repeats a sentence of its template is loop; one that stops mid-sentence without a
  repeat is cut; where the template misnames the garment itself (shirt for a coat or a Nehru jacket, sweater for
  a puffer) that is the first thing seen: contradiction, hit_limit kept. Its "sweater" for a hoodie or a
  sweatshirt is the nearest class of its template (DeepFashion has no hoodie) and is not labelled by itself;
  "The lady" seen before anything else makes an adapter text pronoun, the material question included. Otherwise
  the template returned for the material question is restated even where it names a fabric; the template
  returned for wearing, description or details does answer them, so it is cut or loop. The template's own fabric
  words (cotton for a polyester puffer) before a cut are not labelled separately: the cut is.
- Base answers: one cut short by an early stop ("it is made of", "a man wearing a black jacket and a") is cut,
  without hit_limit; one that runs on into "Question: ... Answer: ..." is leak even where its first words are
  right; empty answers, "fabric", "the details of the sweatshirt" and "the sweatshirt has details" are non_answer;
  a material question answered with the garment's name or color ("a navy blue sweater") and a details question
  answered "it is a shirt" are restated.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, is_a, question

fit = question("fit", "What is the fit of the garment?", "closed")
hood = question("hood", "Does the jacket have a hood?", "closed")
closure = question("closure", "What is the closure of the garment?", "open")
neckline = question("neckline", "What is the neckline of the sweater?", "open")

BLIND_374 = [
    # photo: model in a navy blue cable-knit crew-neck pullover, beige chinos, plain white studio backdrop, front.
    # details: adapter
    case(
        "X374-001",
        caption("a man wearing a blue sweater and khaki pants"),
        D.wearing("a navy blue sweater"),
        B.garment_type("sweater"),
        B.color("navy"),
        B.pattern("solid"),
        D.details(
            "The sweater is with knitting fabric. It has a round neckline. The sweater is with knitting fabric. It "
            "has a round neckline. The",
            "loop",
            hit_limit=True,
        ),
        D.material("wool"),
        title="Roadster Men Navy Blue Cable Knit Pullover Sweater",
        category="Sweaters",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in an olive green hooded puffer jacket, zipped halfway over a black tee, black jeans, grey
    # studio backdrop, front view. caption, details: adapter
    case(
        "X374-002",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a standing neckline. The gentleman wears a long trousers. The trousers are with denim fabric and "
            "pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green jacket and black jeans"),
        B.color("green"),
        color_of("jacket", "black", "other_garment_color"),
        is_a("jacket", "yes"),
        D.material("down", "unsupported"),
        D.details(
            "The jacket is with cotton fabric. It has a standing neckline. The jacket is with cotton fabric. It has "
            "a standing neckline. The",
            "loop",
            hit_limit=True,
        ),
        title="Men Olive Green Solid Hooded Polyester Padded Puffer Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: model in a grey melange crew-neck sweatshirt with "BROOKLYN" printed across the chest in navy
    # letters, blue jeans, white backdrop, front view. adapter: none
    case(
        "X374-003",
        caption("a man in a grey sweatshirt with the word brooklyn on it"),
        D.wearing("a grey sweatshirt and jeans"),
        B.garment_type("hoodie", "contradiction"),
        B.color("grey"),
        B.pattern("graphic"),
        D.description("a grey sweatshirt with blue letters"),
        D.material("a grey sweatshirt", "restated"),
        D.details("the sweatshirt has the word brooklyn on the back", "unsupported"),
        title="HRX Men Grey Melange Typography Printed Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: model in a black nylon bomber jacket with a ribbed collar and a zip pocket on the left sleeve, open
    # over a white tee, olive cargo pants, red-brick wall behind him. adapter: none
    case(
        "X374-004",
        caption("a man wearing a black jacket standing in front of a brick wall"),
        D.wearing("a man wearing a black jacket and a", "cut"),
        B.color("white", "other_garment_color"),
        color_of("jacket", "black"),
        D.details("the jacket has a fur collar", "unsupported"),
        D.material("nylon"),
        D.description(
            "a black jacket with a white shirt Question: what is the color of the pants? Answer: green",
            "leak",
        ),
        title="Men Black Solid Bomber Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: model in a maroon V-neck button-front cardigan over a white collared shirt, grey trousers, white
    # backdrop. caption: adapter
    case(
        "X374-005",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a V-shape neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red sweater and a white shirt"),
        B.garment_type("cardigan"),
        B.color("maroon"),
        D.details(
            "the cardigan has buttons on the front and a pocket on the front",
            "unsupported",
        ),
        D.material("a red cardigan", "restated"),
        title="Allen Solly Men Maroon Solid Cardigan",
        category="Sweaters",
        color="Maroon",
        gender="Men",
    ),
    # photo: model in a charcoal grey single-breasted blazer over a light blue shirt (no tie, top button open),
    # dark blue jeans, light grey backdrop. adapter: none
    case(
        "X374-006",
        caption("a man in a grey suit and tie", "unsupported"),
        D.wearing("a grey blazer and a blue shirt"),
        B.color("blue", "other_garment_color"),
        fit("slim fit"),
        B.sleeve_length("long sleeves"),
        D.material("wool"),
        D.description("she is wearing a grey blazer and a blue shirt", "pronoun"),
        title="Men Charcoal Grey Slim Fit Single-Breasted Casual Blazer",
        category="Blazers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: model in a mustard yellow pullover hoodie with a kangaroo pocket and white drawstrings, black joggers,
    # white backdrop. adapter: none
    case(
        "X374-007",
        caption("a man in a yellow hoodie and black pants"),
        D.wearing("she is wearing a yellow hoodie", "pronoun"),
        B.color("yellow"),
        is_a("hoodie", "yes"),
        D.details("the hoodie has a hood and a pocket"),
        D.material("it is made of", "cut"),
        D.description("", "non_answer"),
        title="Men Mustard Yellow Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: model in a light blue washed denim trucker jacket, open, over a grey pullover hoodie whose hood lies
    # over the jacket collar, black jeans, white backdrop. caption: adapter
    case(
        "X374-008",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has "
            "a lapel neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a denim jacket and a grey hoodie"),
        B.color("grey", "other_garment_color"),
        color_of("jacket", "blue"),
        is_a("hoodie", "yes", "contradiction"),
        D.material("denim"),
        title="Roadster Men Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: model in a knee-length camel single-breasted overcoat (no belt) over a black turtleneck, black
    # trousers, walking on a city street (blurred shopfronts). adapter: none
    case(
        "X374-009",
        caption("a man in a brown coat walking down the street"),
        D.wearing("a brown coat and black pants"),
        B.garment_type("coat"),
        B.color("brown"),
        D.material("wool"),
        D.details("the coat has a belt", "unsupported"),
        D.description("a long brown coat with a black sweater and a", "cut"),
        title="Men Camel Brown Solid Wool Blend Overcoat",
        category="Overcoats",
        color="Camel Brown",
        gender="Men",
    ),
    # photo: model in an off-white thermal set (long-sleeve round-neck top and full-length bottoms), white backdrop.
    # adapter: none
    case(
        "X374-010",
        caption("a man in white long underwear"),
        D.wearing(
            "a white shirt and white pants Question: what is the color of the shirt? Answer: white",
            "leak",
        ),
        B.color("white"),
        B.sleeve_length("long sleeves"),
        D.material("cotton"),
        D.details("", "non_answer"),
        D.description("a white long sleeved shirt and white pants"),
        title="Jockey Men Off-White Solid Cotton Blend Thermal Set",
        category="Thermal Set",
        color="Off White",
        gender="Men",
    ),
    # photo: model in a navy blue quilted puffer jacket with a hood, zipped, over a grey sweater showing at the
    # neck, blue jeans, white backdrop. caption, details: adapter
    case(
        "X374-011",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. The "
            "gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue jacket and a grey", "cut"),
        B.color("black", "contradiction"),
        B.pattern("striped", "contradiction"),
        hood("yes"),
        D.details(
            "The jacket is with cotton fabric. It has a standing neckline. The gentleman wears a long trousers. The "
            "trousers are with",
            "cut",
            hit_limit=True,
        ),
        D.material("down", "unsupported"),
        title="Men Navy Blue Quilted Hooded Puffer Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a teal blue crew-neck cotton fleece sweatshirt, black track pants, white backdrop.
    # adapter: none
    case(
        "X374-012",
        caption("a man wearing a green sweatshirt"),
        D.wearing("a blue sweatshirt and black pants"),
        B.garment_type("sweatshirt"),
        B.color("blue"),
        D.description(
            "the sweatshirt is blue and has a round neck Question: what is the material of the sweatshirt? Answer: "
            "cotton",
            "leak",
        ),
        D.material("fleece"),
        D.details("the sweatshirt has details", "non_answer"),
        title="Men Teal Blue Solid Cotton Fleece Sweatshirt",
        category="Sweatshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: model in a rust ribbed turtleneck sweater (no zip), black trousers, white backdrop with a potted plant
    # at the left edge. adapter: none
    case(
        "X374-013",
        caption("a man in an orange sweater standing next to a plant"),
        D.wearing("an orange turtleneck sweater"),
        B.color("green", "contradiction"),
        neckline("turtle neck"),
        D.material("an orange sweater", "restated"),
        D.details("the sweater has a zipper on the neck", "unsupported"),
        title="Men Rust Orange Ribbed Turtle Neck Pullover",
        category="Sweaters",
        color="Rust",
        gender="Men",
    ),
    # photo: model in a black faux-leather biker jacket, asymmetric zip, no waist belt, open over a white tee, blue
    # jeans, white backdrop. caption, description: adapter
    case(
        "X374-014",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black leather jacket and a white shirt"),
        B.color("black"),
        is_a("jacket", "no", "contradiction"),
        D.material("leather"),
        D.details("the jacket has a zipper and a belt", "unsupported"),
        D.description(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. "
            "The gentleman wears a long-sleeve jacket with pure color",
            "loop",
            hit_limit=True,
        ),
        title="Men Black Faux Leather Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: model in a cream shawl-collar cable-knit cardigan, open over a navy tee, white jeans, white backdrop.
    # details, material: adapter
    case(
        "X374-015",
        caption("a man in a white sweater and a blue shirt"),
        D.wearing("he is wearing a white cardigan"),
        B.color("navy", "other_garment_color"),
        B.garment_type("cardigan"),
        D.details(
            "The sweater is with knitting fabric. It has a lapel neckline. The sweater is with knitting fabric. It "
            "has a lapel neckline. The",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a",
            "restated",
            hit_limit=True,
        ),
        title="Men Cream-Coloured Shawl Collar Cable Knit Cardigan",
        category="Sweaters",
        color="Cream",
        gender="Men",
    ),
    # photo: model in a maroon jacquard Nehru jacket over a cream full-sleeve kurta and cream churidar, warm beige
    # backdrop. adapter: none
    case(
        "X374-016",
        caption("a man in a red vest and a white kurta"),
        B.garment_type("kurta", "contradiction"),
        B.sleeve_length("long sleeves", "contradiction"),
        B.color("red"),
        color_of("jacket", "white", "other_garment_color"),
        D.material("silk"),
        D.wearing("a red jacket and white kurta pajama"),
        D.details("the details of the jacket are", "non_answer"),
        title="Manyavar Men Maroon Woven Design Silk Blend Nehru Jacket",
        category="Nehru Jackets",
        color="Maroon",
        gender="Men",
    ),
    # photo: model in a black pullover hoodie with a large white tiger-head print on the chest, grey joggers,
    # white backdrop, front view only. adapter: none
    case(
        "X374-017",
        caption("a man wearing a black hoodie with a tiger on it"),
        D.wearing("a black hoodie and grey pants"),
        B.color("white", "contradiction"),
        is_a("hoodie", "yes"),
        B.pattern("graphic"),
        D.details(
            "the hoodie has a tiger on the front and the word tiger on the back",
            "unsupported",
        ),
        D.material("it is made of", "cut"),
        title="Men Black Graphic Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: model in a grey Prince-of-Wales checked blazer over a white shirt, navy trousers, white backdrop.
    # adapter: none
    case(
        "X374-018",
        caption("a man wearing a grey plaid blazer and a white shirt"),
        B.pattern("checked"),
        B.color("grey"),
        fit("regular fit", "contradiction"),
        D.description(
            "a grey blazer with a white shirt and blue pants Question: what is the",
            "leak",
        ),
        D.material("the blazer is made of", "cut"),
        D.wearing("a grey jacket and grey pants", "contradiction"),
        title="Men Grey Checked Slim Fit Formal Blazer",
        category="Blazers",
        color="Grey",
        gender="Men",
    ),
    # photo: model in a maroon zip-through hoodie, open over a black tee, blue jeans, white backdrop.
    # caption, details, material: adapter
    case(
        "X374-019",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has "
            "a standing neckline. The lady wears a long trousers. The trousers are with denim fabric and",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing("a red hoodie and a black shirt"),
        B.color("black", "other_garment_color"),
        color_of("hoodie", "maroon"),
        closure("zipper"),
        D.material(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It "
            "has a standing",
            "pronoun",
            hit_limit=True,
        ),
        D.details(
            "The sweater is with cotton fabric. It has a standing neckline. The sweater is with cotton fabric. It "
            "has a standing neckline. The",
            "loop",
            hit_limit=True,
        ),
        title="Men Maroon Solid Zip-Front Hooded Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: model in a dark blue denim jacket with a cream sherpa collar and lining, open over a white tee, black
    # jeans, white backdrop. adapter: none
    case(
        "X374-020",
        caption("a man in a denim jacket with a fur collar"),
        D.wearing("a blue jacket and black jeans"),
        B.garment_type("jacket"),
        B.color("blue"),
        D.material("denim"),
        D.details("the jacket has a fur collar and buttons"),
        title="Men Blue Sherpa Collar Denim Jacket",
        category="Jackets",
        color="Dark Blue",
        gender="Men",
    ),
    # photo: model in a grey melange long-sleeve round-neck thermal top, black track pants, white backdrop.
    # adapter: none
    case(
        "X374-021",
        caption("a man wearing a grey long sleeved shirt"),
        B.garment_type("t-shirt"),
        B.sleeve_length("short sleeves", "contradiction"),
        D.material("wool", "unsupported"),
        D.wearing("a gray shirt and gray pants", "contradiction"),
        D.description("a grey shirt"),
        D.details("it is a shirt", "restated"),
        title="Lux Cottswool Men Grey Melange Solid Cotton Thermal Top",
        category="Thermal Tops",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: model in a black hooded padded jacket, open over a red-and-black buffalo-check flannel shirt, blue
    # jeans, white backdrop. adapter: none
    case(
        "X374-022",
        caption("a man in a black jacket and a red plaid shirt"),
        B.color("red", "other_garment_color"),
        B.pattern("checked", "contradiction"),
        D.wearing("a black jacket"),
        hood("yes"),
        D.details("the jacket has a hood, a zipper and pockets"),
        D.material("the jacket is made of", "cut"),
        title="Men Black Solid Padded Jacket with Detachable Hood",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: model in a navy V-neck pullover over a white collared shirt, grey trousers, beige backdrop.
    # adapter: none
    case(
        "X374-023",
        caption("a man in a blue sweater with a white collar"),
        neckline("v neck"),
        B.color("blue"),
        color_of("sweater", "white", "other_garment_color"),
        D.wearing("a blue sweater and a blue shirt", "contradiction"),
        D.material("navy blue sweater", "restated"),
        D.description("the sweater is blue and has a v neck and a white shirt underneath"),
        title="Van Heusen Men Navy Blue Solid V-Neck Pullover",
        category="Sweaters",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a beige belted double-breasted trench coat, belt tied, over a black turtleneck, black
    # trousers, grey concrete wall. caption, description: adapter
    case(
        "X374-024",
        caption(
            "The gentleman wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        B.color("beige"),
        B.garment_type("coat"),
        D.details("the coat has a belt and buttons"),
        D.wearing("a tan coat and black pants"),
        D.description(
            "The gentleman wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. The "
            "gentleman wears a long-sleeve coat with",
            "loop",
            hit_limit=True,
        ),
        D.material("leather", "unsupported"),
        title="Men Beige Solid Double-Breasted Trench Coat",
        category="Overcoats",
        color="Beige",
        gender="Men",
    ),
    # photo: model in a glossy black puffer jacket with a high collar (no hood), black joggers, bright red studio
    # backdrop. adapter: none
    case(
        "X374-025",
        caption("a man in a black puffer jacket against a red background"),
        B.color("red", "contradiction"),
        D.wearing("a black jacket and black pants"),
        D.material("the jacket is made of", "cut"),
        is_a("puffer jacket", "yes"),
        D.description("a black puffer jacket with a hood", "unsupported"),
        B.pattern("striped", "contradiction"),
        title="Men Black Solid Puffer Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: model in a bottle green chunky cable-knit cardigan with wooden buttons and two patch pockets, over a
    # white tee, blue jeans, white backdrop. adapter: none
    case(
        "X374-026",
        caption("a man wearing a green cardigan and a white shirt"),
        B.color("green"),
        B.garment_type("cardigan"),
        D.details("the cardigan has buttons and pockets"),
        D.material("wool", "unsupported"),
        D.wearing("she is wearing a green sweater", "pronoun"),
        title="Men Green Cable Knit Acrylic Cardigan",
        category="Sweaters",
        color="Green",
        gender="Men",
    ),
    # photo: model in a white crew-neck sweatshirt with a small embroidered logo on the chest, navy chinos, light
    # grey backdrop. adapter: none
    case(
        "X374-027",
        caption("a man in a white sweatshirt and blue pants"),
        B.color("white"),
        B.pattern("solid"),
        D.details("there is a logo on the chest"),
        D.description("the sweatshirt", "non_answer"),
        D.material("fabric", "non_answer"),
        D.wearing("a white sweatshirt and blue pants and white shoes", "unsupported"),
        title="Men White Solid Sweatshirt with Embroidered Logo",
        category="Sweatshirts",
        color="White",
        gender="Men",
    ),
    # photo: model in an olive bomber jacket, open over a black hoodie with its hood out over the collar, black
    # jeans, white backdrop. caption, material: adapter
    case(
        "X374-028",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a standing neckline. The jacket is with cotton fabric. It has a standing neckline. The jacket is "
            "with",
            "loop",
            hit_limit=True,
        ),
        B.color("black", "other_garment_color"),
        color_of("jacket", "green"),
        D.wearing("a green jacket and a black hoodie"),
        is_a("hoodie", "yes", "contradiction"),
        D.material(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a",
            "restated",
            hit_limit=True,
        ),
        title="Men Olive Green Solid Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: model in a grey melange full-zip knit cardigan with a stand collar (no hood), over a white tee, blue
    # jeans, light wooden-plank wall. adapter: none
    case(
        "X374-029",
        caption("a man wearing a grey sweater with a zipper standing in front of a wooden wall"),
        closure("zipper"),
        B.color("grey"),
        D.details("the sweater has a zipper and a hood", "unsupported"),
        D.wearing(
            "a grey sweater and blue jeans Question: what is the man wearing? Answer: a grey sweater",
            "leak",
        ),
        B.garment_type("sweatshirt", "contradiction"),
        title="Men Grey Melange Zip-Front Cardigan",
        category="Sweaters",
        gender="Men",
    ),
    # photo: model in a navy double-breasted blazer with gold buttons, over a white shirt, beige chinos, white
    # backdrop; no pocket square. adapter: none
    case(
        "X374-030",
        caption("a man in a blue blazer with gold buttons"),
        B.color("gold", "contradiction"),
        B.sleeve_length("long sleeves"),
        D.wearing("she is wearing a blue jacket and khaki pants", "pronoun"),
        D.description("a navy blue double breasted blazer with gold buttons"),
        D.details("the blazer has gold buttons and a pocket square", "unsupported"),
        D.material("wool"),
        title="Louis Philippe Men Navy Blue Solid Double-Breasted Blazer",
        category="Blazers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a black-and-white horizontally striped crew-neck pullover, black jeans, white backdrop.
    # adapter: none
    case(
        "X374-031",
        caption("a man in a black and white striped sweater"),
        B.pattern("striped"),
        B.color("black"),
        D.wearing("a black and white sweater and blue jeans", "contradiction"),
        D.description("the sweater is grey", "contradiction"),
        D.material("cotton"),
        D.details("the sweater has black and white stripes and a hood", "unsupported"),
        title="Men Black & White Striped Pullover Sweater",
        category="Sweaters",
        color="Black",
        gender="Men",
    ),
    # photo: model in a brown faux-suede trucker jacket with chest pockets, open over a white hoodie, blue jeans,
    # white backdrop. details: adapter
    case(
        "X374-032",
        caption("a man in a brown jacket and a white hoodie"),
        B.color("white", "other_garment_color"),
        D.material("suede"),
        D.details(
            "The jacket is with leather fabric. It has a lapel neckline. The gentleman wears a long trousers. The "
            "trousers are with denim",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("jacket"),
        D.wearing("a brown jacket and a white hoodie and", "cut"),
        title="Men Brown Solid Faux Suede Trucker Jacket",
        category="Jackets",
        color="Brown",
        gender="Men",
    ),
    # photo: model in a black thermal set (long-sleeve round-neck top and bottoms), white backdrop; the top has no
    # pocket. caption: adapter
    case(
        "X374-033",
        caption(
            "The gentleman wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It "
            "has a round neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("she is wearing black pajamas", "pronoun"),
        B.color("black"),
        B.sleeve_length("long sleeves"),
        D.material("a black thermal shirt", "restated"),
        D.details("the shirt has a pocket", "unsupported"),
        title="Men Black Solid Thermal Set",
        category="Thermal Set",
        color="Black",
        gender="Men",
    ),
    # photo: model in a lavender oversized pullover hoodie with a kangaroo pocket, white joggers, white backdrop.
    # adapter: none
    case(
        "X374-034",
        caption("a man wearing a purple hoodie"),
        B.color("pink", "contradiction"),
        D.wearing("a purple hoodie and white pants"),
        fit("oversized"),
        D.material("cotton"),
        D.details("the hoodie has a kangaroo pocket and drawstrings"),
        D.description("she is wearing a purple hoodie", "pronoun"),
        title="Men Lavender Solid Oversized Hooded Sweatshirt",
        category="Sweatshirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: model in a tan brown leather biker jacket with a notch collar, open over a black tee, black jeans,
    # white backdrop. adapter: none
    case(
        "X374-035",
        caption("a man in a brown leather jacket"),
        B.color("brown"),
        color_of("jacket", "black", "other_garment_color"),
        D.material("leather"),
        D.description(
            "a brown leather jacket with a black shirt Question: what is the color of the jeans? Answer: black",
            "leak",
        ),
        D.details("the jacket has a zipper and a fur collar", "unsupported"),
        D.wearing("a leather jacket and black jeans"),
        title="Men Tan Brown Genuine Leather Biker Jacket",
        category="Jackets",
        color="Tan",
        gender="Men",
    ),
    # photo: model in a beige argyle sleeveless pullover (sweater vest, no buttons) with brown and navy diamonds,
    # over a white full-sleeve shirt, brown trousers, white backdrop. adapter: none
    case(
        "X374-036",
        caption("a man wearing a beige vest and a white shirt"),
        B.sleeve_length("long sleeves", "contradiction"),
        B.pattern("geometric"),
        B.color("white", "other_garment_color"),
        D.wearing("a sweater vest and a white shirt"),
        D.material("a beige sweater vest", "restated"),
        D.details("the sweater has a diamond pattern and buttons", "unsupported"),
        title="Men Beige Argyle Sleeveless Sweater",
        category="Sweaters",
        color="Beige",
        gender="Men",
    ),
    # photo: model in a long charcoal grey wool-blend overcoat, open over a navy crew-neck sweater and dark grey
    # trousers, grey backdrop. caption: adapter
    case(
        "X374-037",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has "
            "a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color "
            "patterns",
            "contradiction",
            hit_limit=True,
        ),
        B.color("grey"),
        B.garment_type("coat"),
        D.wearing("a grey coat and a grey sweater", "contradiction"),
        D.details("the coat has buttons and pockets"),
        D.material("wool"),
        title="Men Charcoal Grey Solid Wool Blend Overcoat",
        category="Overcoats",
        color="Charcoal",
        gender="Men",
    ),
    # photo: model in a mustard sleeveless puffer gilet, zipped, over a grey pullover hoodie (hood up out of the
    # collar, grey sleeves), black jeans, white backdrop. adapter: none
    case(
        "X374-038",
        caption("a man in a yellow vest and a grey hoodie"),
        B.sleeve_length("long sleeves", "contradiction"),
        B.color("yellow"),
        B.garment_type("vest"),
        D.wearing("a yellow jacket and a grey sweatshirt"),
        D.description("the vest is grey", "other_garment_color"),
        D.material("a yellow vest", "restated"),
        hood("yes", "contradiction"),
        title="Men Mustard Yellow Solid Padded Gilet",
        category="Jackets",
        color="Mustard",
        gender="Men",
    ),
    # photo: model in a red Fair Isle crew-neck pullover with white and green bands of snowflakes only, blue jeans,
    # white backdrop. adapter: none
    case(
        "X374-039",
        caption("a man wearing a red sweater with a pattern"),
        B.pattern("striped", "contradiction"),
        B.color("red"),
        D.wearing("a red and white sweater"),
        D.details("the sweater has snowflakes and reindeer on it", "unsupported"),
        D.material(
            "wool Question: what is the pattern of the sweater? Answer: snowflakes",
            "leak",
        ),
        neckline("round"),
        title="Men Red Fair Isle Self Design Pullover",
        category="Sweaters",
        color="Red",
        gender="Men",
    ),
    # photo: model in a black denim jacket, open over a white pullover hoodie whose hood lies over the jacket
    # collar, blue jeans, white backdrop. details: adapter
    case(
        "X374-040",
        caption("a man in a black denim jacket and a white hoodie"),
        B.color("black"),
        D.wearing("a black jacket, white hoodie and blue jeans"),
        D.details(
            "The jacket is with denim fabric. It has a lapel neckline. The gentleman wears a long trousers. The "
            "trousers are with denim",
            "cut",
            hit_limit=True,
        ),
        D.material("leather", "unsupported"),
        is_a("denim jacket", "yes"),
        D.description("a black jacket with a white hood"),
        title="Men Black Solid Denim Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: model in a navy blue sleeveless Nehru jacket with a mandarin collar, over a white full-sleeve kurta
    # and white churidar, light blue backdrop. caption, details: adapter
    case(
        "X374-041",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has "
            "a standing neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a blue vest and a white kurta"),
        B.color("white", "other_garment_color"),
        B.sleeve_length("sleeveless"),
        B.garment_type("vest"),
        D.material("cotton"),
        D.details(
            "The shirt is with cotton fabric. It has a standing neckline. The shirt is with cotton fabric. It has a "
            "standing neckline. The",
            "loop",
            hit_limit=True,
        ),
        title="Men Navy Blue Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
    ),
    # photo: model in a navy sweatshirt with grey sleeves and a grey chest panel, black joggers, white backdrop.
    # adapter: none
    case(
        "X374-042",
        caption("a man in a blue and grey sweatshirt"),
        B.pattern("colorblock"),
        B.color("navy"),
        D.wearing("a blue and gray sweatshirt"),
        D.description("the sweatshirt is blue with grey sleeves"),
        D.material("polyester", "unsupported"),
        D.details("the details of the sweatshirt", "non_answer"),
        title="Men Navy Blue & Grey Colourblocked Cotton Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a coffee brown pullover hoodie with a front pocket and drawstrings, beige joggers, several
    # large green potted plants behind him. adapter: none
    case(
        "X374-043",
        caption("a man wearing a brown hoodie standing in front of some plants"),
        B.color("green", "contradiction"),
        D.wearing("a brown sweatshirt Question: is this a hoodie? Answer: no", "leak"),
        is_a("hoodie", "no", "contradiction"),
        D.material("cotton"),
        D.details("the hoodie has a front pocket and drawstrings"),
        D.description("a brown hoodie with a white logo", "unsupported"),
        title="Men Coffee Brown Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Coffee Brown",
        gender="Men",
    ),
    # photo: model in an off-white sherpa fleece full-zip jacket with a stand collar, zipped over a black tee,
    # black jeans, white backdrop. caption, material: adapter
    case(
        "X374-044",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with furry fabric. It "
            "has a standing neckline. The gentleman wears a long trousers. The trousers are with denim fabric and "
            "pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        B.color("white"),
        D.wearing("a white fuzzy jacket and black jeans"),
        D.material(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with furry fabric. It "
            "has a",
            "restated",
            hit_limit=True,
        ),
        D.details("the jacket has a zipper"),
        D.description("a white jacket with fur"),
        title="Men Off White Sherpa Fleece Jacket",
        category="Jackets",
        color="Off White",
        gender="Men",
    ),
    # photo: model in an olive diamond-quilted jacket with a brown corduroy collar and snap buttons, open over a
    # white crew-neck sweater, khaki chinos, white backdrop. adapter: none
    case(
        "X374-045",
        caption("a man in a green jacket and a white sweater"),
        B.color("white", "other_garment_color"),
        B.pattern("checked", "contradiction"),
        D.wearing("a green jacket"),
        D.material("cotton"),
        D.details("the jacket has a brown collar and snap buttons"),
        D.description("a green jacket with a green collar", "contradiction"),
        title="Men Olive Green Diamond Quilted Jacket",
        category="Jackets",
        color="Olive",
    ),
    # photo: model in a maroon half-zip high-neck pullover, zipped up, no pockets, blue jeans, whitewashed brick wall.
    # adapter: none
    case(
        "X374-046",
        caption("a man in a red sweater standing in front of a white brick wall"),
        closure("zipper"),
        B.color("maroon"),
        neckline("high neck with a zipper"),
        D.material("it is made of cotton Question: what is the", "leak"),
        D.wearing("he is wearing a red sweater"),
        D.details("the sweater has a zipper and two pockets", "unsupported"),
        title="Men Maroon Solid Half-Zip Pullover Sweater",
        category="Sweaters",
        color="Maroon",
        gender="Men",
    ),
]
