"""BLIND_414 (46 products; men's casual, ethnic and innerwear catalog, model shots and flat-lays): written blind in the
forty-sixth session. Measured blind at 42a062e (the session's rules as they stood): 117/140 failures found (83.6%)
and 4/169 correct texts flagged (2.4%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog feed for men, drawn at random from one night's run: tshirts (crew neck,
polo, henley, graphic), shirts (denim, linen, flannel checks, florals, formal stripes), jeans, chinos and formal
trousers, cargo and sports shorts, track pants and joggers, kurtas and kurta sets (with pyjamas, churidars, a Pathani
salwar, a Nehru jacket), jackets (biker, bomber, denim, puffer, a sleeveless puffer), sweatshirts and hoodies,
sweaters, and innerwear (packs of briefs and vests, boxers, a vest worn with trunks). Most photos are model shots on
a studio backdrop; some are outdoors (beach, street, gym, a pool, a boat, graffiti, snow, festive flowers and lights),
and some are flat-lays or a ghost mannequin with no person. Each row has the seller's title, category, color and
gender; a few miss the gender or the color, as real feeds do.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a man in a blue
shirt standing in front of a wall") or, where the comment says so, from the caption-only LoRA adapter (the
DeepFashion-MultiModal template: "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with
cotton fabric ..."). The adapter was trained with no end-of-answer token: each of its texts runs to the token limit
(50 new tokens for captions, 30 for answers) and carries hit_limit=True, and asked a question it answers with the
template. The open questions (wearing, description, details, material, collar) come from the base model unless the
comment names the adapter; the base model stops on its own and never has hit_limit. The closed questions
(garment_type, color, pattern, sleeve_length, fit, the per-piece colors and "Is this a ...?") are enrich's
`--engine reference` answers, chosen from candidate sets: they never loop or get cut, but they can pick the wrong
candidate.

Labeling conventions and judgement calls:
- Shade words count as correct for the seller's color: blue for navy, teal or indigo, green for olive, sage or teal,
  red for maroon or burgundy, purple for lavender, white for cream or off white, grey for charcoal or grey melange,
  beige or khaki for each other, yellow for mustard. Mustard answered "orange" is a contradiction.
- A color of the print, the stripes, the side taping, the contrast panels or the lining given as the garment's color
  is contradiction; the color of another garment in the photo (the tee under a jacket, the shirt over trousers, the
  pyjama of a kurta set) given to the product is other_garment_color. Where a color is both (print and other
  garment), I changed the other garment so that only one reading is possible.
- Garment synonyms count as correct: tank top for an innerwear vest, vest for a Nehru jacket or a sleeveless puffer,
  hoodie for a hooded sweatshirt, sweatpants or pants for track pants and joggers, shorts or plaid shorts for woven
  boxers in free text, polo shirt or shirt for a polo t-shirt, a white shirt for a white tee worn under a jacket,
  pajamas for a pyjama, "pathani suit" for a Pathani kurta set. The base model calling a kurta "a red shirt" in a
  caption is correct (a kurta is a long shirt; the auditor should not need more); the adapter calling a kurta a
  "shirt" is accepted the same way and labelled by its loop or cut, but calling it a "dress" is contradiction, and
  so is calling innerwear vests "t-shirts" (sleeves they do not have). The adapter's "sweater" for a hooded
  sweatshirt is accepted as a synonym (labelled cut).
- Materials: one the title names (cotton, linen, denim, flannel, leather for faux leather) is correct; a plausible
  guess for a fabric the title does not name (polyester for track pants and sports shorts, cotton for chinos,
  fleece for a sweatshirt, nylon for a puffer, wool for a cable knit with no material named) is correct; a material
  the title contradicts (wool for an acrylic or a pure-cotton sweater, silk for a cotton kurta set) or that is not
  visible on the garment at all ("marble", the table under a flat-lay; wool for a cotton-fleece hoodie; silk for a
  cotton-blend festive set or for an embroidered kurta whose title names no fabric) is unsupported.
- Invented details and items (a chest pocket, a drawstring, a button-down collar the photo does not show, a hat,
  pants on a flat-lay of a shirt, text on a print beyond the one word printed) are unsupported. A wrong detail that
  the title itself contradicts (a "v neck" on a round-neck vest) is contradiction.
- The reference engine's wrong closed answers are contradiction (mustard as orange, long sleeves for half sleeves,
  a cable knit as striped, white-on-white chikankari as solid, slim for a regular fit), except where the value is
  the color of another garment in the photo (other_garment_color). The long sleeves of the sweatshirt under a
  sleeveless puffer answered for the puffer are contradiction (an attribute, not a color).
- Adapter texts: a text that repeats a sentence (or a clause) of the template is loop; one that stops mid-sentence
  without repeating is cut. Where the template misnames the garment or its sleeves against the title (a kurta as a
  dress, a sleeveless puffer as long-sleeve), that is labelled contradiction with hit_limit kept.
- Base texts: an early stop mid-phrase ("it is made of") is cut without hit_limit; an empty answer, "nothing", "the
  details of the vest", "the trousers have details", "the shorts are short", "it is made of fabric" are non_answer;
  a material question answered with the garment's name or color, and the collar question answered "the shirt has a
  collar", are restated; a text running on into "Question: ... Answer: ..." is leak even when its first words are
  right; "she" or "a woman" for a man is pronoun.
- Flat-lays and the ghost mannequin: "What is the person wearing?" answered with the garment on the flat-lay ("a
  pair of blue sweatpants") is correct; "nothing" is non_answer; an added garment that is not in the photo (white
  pants under a mannequin tee, an orange shirt read from a jacket's lining) is unsupported.
- One color for every garment: where the product's color is given to another garment too ("a white shirt and white
  pants" for a white polo over black chinos, "yellow pants" under a mustard sweater) the text is contradiction;
  where the product is given another garment's color (blue jeans called "black" under a black hoodie, black joggers
  under a white sweatshirt called white) it is other_garment_color. A color no garment in the photo has ("blue
  jeans" for black ones) is contradiction.
- The reference engine's garment_type "boxers" for briefs and "yes" to "Is this a pair of jeans?" for joggers are
  contradiction (the title names the garment).
- Packs of innerwear in assorted colors carry seller color "Multi"; I asked no color question of them.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_shirt = question("color_shirt", "What is the color of the shirt?", "closed")
color_jeans = question("color_jeans", "What is the color of the jeans?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_trousers = question("color_trousers", "What is the color of the trousers?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
color_jacket = question("color_jacket", "What is the color of the jacket?", "closed")
color_kurta = question("color_kurta", "What is the color of the kurta?", "closed")
color_pyjama = question("color_pyjama", "What is the color of the pyjama?", "closed")
fit = question("fit", "What is the fit of the garment?", "closed")
collar = question("collar", "What kind of collar does the shirt have?", "open")

BLIND_414 = [
    # photo: man in a navy blue crew-neck short-sleeve tee, light blue jeans, white studio backdrop, waist up.
    # no adapter text
    case(
        "X414-001",
        caption("a man in a blue t-shirt and jeans"),
        D.wearing("a navy t-shirt and blue jeans"),
        B.color("navy"),
        B.sleeve_length("short sleeves"),
        fit("slim"),
        D.description(
            "a blue t-shirt Question: what is the color of the jeans? Answer: blue",
            "leak",
        ),
        D.details("the t-shirt has a pocket on the chest", "unsupported"),
        title="Men Navy Blue Solid Slim Fit Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a white polo tee with thin navy stripes, black chinos, plain grey wall.
    # caption, details: adapter
    case(
        "X414-002",
        caption(
            "The gentleman wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and white pants", "contradiction"),
        B.color("black", "other_garment_color"),
        B.pattern("striped"),
        D.details(
            "The T-shirt is with cotton fabric. It has a lapel neckline. The T-shirt is with cotton fabric. It has a "
            "lapel",
            "loop",
            hit_limit=True,
        ),
        is_a("polo shirt", "yes"),
        title="Men White & Navy Striped Polo Collar T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: flat-lay of olive green cargo shorts with side flap pockets on a light wooden floor; no person.
    # no adapter text
    case(
        "X414-003",
        caption("a pair of green shorts on a wooden floor"),
        D.wearing("a pair of shorts"),
        color_shorts("brown", "contradiction"),
        D.details("the shorts have pockets on the side"),
        D.description("the shorts are short", "non_answer"),
        D.material("cotton"),
        title="Men Olive Green Solid Cotton Cargo Shorts",
        category="Shorts",
        color="Olive",
        gender="Men",
    ),
    # photo: man in black track pants with white side taping, a grey tee and white running shoes, full length, white
    # studio backdrop. no adapter text
    case(
        "X414-004",
        caption("a man in a grey t-shirt and black pants"),
        D.wearing("a grey t-shirt and black track pants"),
        color_pants("grey", "other_garment_color"),
        D.details("the pants have white stripes on the side"),
        D.description(
            "black track pants with white stripes on the side and a zipper pocket",
            "unsupported",
        ),
        D.material("they are black track pants", "restated"),
        B.garment_type("track pants"),
        title="Men Black Solid Track Pants with Side Taping",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: man in a white mandarin-collar cotton kurta and white pyjama, a wall hung with marigold garlands behind.
    # description: adapter
    case(
        "X414-005",
        caption("a man in a white kurta standing in front of a wall with flowers"),
        D.wearing("a white kurta and pyjama"),
        color_kurta("white"),
        color_pyjama("white"),
        is_a("kurta", "no", "contradiction"),
        D.details("the kurta has a mandarin collar and buttons on the front"),
        D.material("silk", "unsupported"),
        D.description(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The "
            "gentleman wears a long-sleeve shirt with",
            "loop",
            hit_limit=True,
        ),
        title="Men White Solid Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
        gender="Men",
    ),
    # photo: man in a brown faux-leather biker jacket, open over a white tee, black jeans, red brick wall behind.
    # no adapter text
    case(
        "X414-006",
        caption("a man in a leather jacket standing in front of a brick wall"),
        D.wearing("a brown leather jacket, white t-shirt and black jeans"),
        color_jacket("black", "other_garment_color"),
        B.color("brown"),
        D.material("leather"),
        D.description("she is wearing a brown leather jacket", "pronoun"),
        D.details("the jacket has a zipper and a belt", "unsupported"),
        is_a("jacket", "yes"),
        title="Men Brown Solid Faux Leather Biker Jacket",
        category="Jackets",
        color="Brown",
        gender="Men",
    ),
    # photo: man in a grey melange hooded sweatshirt with a kangaroo pocket and drawstrings, blue jeans, white
    # backdrop. caption: adapter
    case(
        "X414-007",
        caption(
            "The guy wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has a "
            "hooded neckline. The guy wears a long trousers. The trousers are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey hoodie and jeans"),
        D.description("a grey hoodie with a", "cut"),
        B.color("grey"),
        B.garment_type("sweatshirt"),
        is_a("hoodie", "yes"),
        D.details("the hoodie has a pocket in the front and a drawstring"),
        D.material("wool", "unsupported"),
        title="Men Grey Melange Solid Cotton Fleece Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: man in an open red-and-black checked flannel shirt with two flap chest pockets over a black tee, blue
    # jeans, city street behind. no adapter text
    case(
        "X414-008",
        caption("a man in a plaid shirt and jeans standing on a street"),
        color_shirt("red"),
        D.wearing("a red plaid shirt, a black t-shirt and jeans"),
        B.pattern("checked"),
        D.details(
            "the shirt has two pockets on the chest and a button down collar",
            "unsupported",
        ),
        D.description(
            "a red and black plaid shirt with a black t-shirt under it Question: what is the color of the jeans? "
            "Answer: blue",
            "leak",
        ),
        D.material("flannel"),
        title="Men Red & Black Checked Casual Flannel Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: flat-lay of three briefs (black, grey, navy) side by side on white, white brand text on the waistbands.
    # no adapter text
    case(
        "X414-009",
        caption("three pairs of underwear on a white background"),
        D.wearing("nothing", "non_answer"),
        D.description("three pairs of briefs in black, grey and blue"),
        B.garment_type("boxers", "contradiction"),
        D.details("the briefs have a logo on the waistband"),
        D.material("cotton"),
        is_a("pair of shorts", "no"),
        title="Men Pack of 3 Solid Cotton Briefs",
        category="Briefs",
        color="Multi",
        gender="Men",
    ),
    # photo: man in a white round-neck innerwear vest and grey trunks, white backdrop, cropped at mid thigh.
    # no adapter text
    case(
        "X414-010",
        caption("a man in a white tank top and white underwear", "contradiction"),
        D.wearing("a white tank top and grey boxers"),
        B.color("grey", "other_garment_color"),
        B.sleeve_length("sleeveless"),
        D.material("cotton"),
        D.description(
            "a man in a white tank top Question: what is he wearing? Answer: a white tank top",
            "leak",
        ),
        D.details("the tank top has a v neck", "contradiction"),
        title="Men White Solid Round Neck Cotton Innerwear Vest",
        category="Innerwear Vests",
        color="White",
        gender="Men",
    ),
    # photo: man in a light blue denim shirt, sleeves rolled to the elbow, beige chinos, grey studio backdrop.
    # caption: adapter
    case(
        "X414-011",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. The neckline "
            "of the shirt is lapel. This man wears a long trousers. The trousers are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue shirt and blue pants", "contradiction"),
        color_shirt("blue"),
        B.sleeve_length("long sleeves"),
        D.details("she has rolled up the sleeves", "pronoun"),
        D.material("denim"),
        title="Men Blue Solid Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: man in black slim jeans, a white shirt tucked in, brown belt, white wall; the product is the jeans.
    # no adapter text
    case(
        "X414-012",
        caption("a man in a white shirt and black jeans"),
        color_jeans("black"),
        D.wearing("a white shirt and white jeans", "other_garment_color"),
        fit("slim"),
        B.color("white", "other_garment_color"),
        D.details("the jeans have pockets and belt loops"),
        D.material("denim"),
        title="Men Black Slim Fit Stretchable Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: man in a mustard yellow crew-neck pullover, a white shirt collar showing, grey trousers, studio.
    # caption, description: adapter
    case(
        "X414-013",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a round neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow sweater and yellow pants", "contradiction"),
        B.color("orange", "contradiction"),
        D.material("wool", "unsupported"),
        D.details("ribbed cuffs and hem"),
        D.description(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "The gentleman wears a long-sleeve sweater",
            "loop",
            hit_limit=True,
        ),
        title="Men Mustard Yellow Solid Acrylic Pullover Sweater",
        category="Sweaters",
        color="Mustard",
        gender="Men",
    ),
    # photo: man in a maroon short kurta with a small white block print, blue jeans, sitting on a stool, beige wall.
    # no adapter text
    case(
        "X414-014",
        caption("a man in a red shirt sitting on a stool"),
        D.wearing("a maroon kurta and jeans"),
        color_kurta("maroon"),
        B.pattern("printed"),
        D.material("it is made of fabric", "non_answer"),
        D.description("the kurta is maroon with a white print and a mandarin collar"),
        D.details("", "non_answer"),
        title="Men Maroon Printed Straight Short Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Men",
    ),
    # photo: flat-lay of a navy bomber jacket, front open to show an orange lining, on a grey backdrop; no person.
    # caption, material: adapter
    case(
        "X414-015",
        caption(
            "The upper clothing has long sleeves, polyester fabric and pure color patterns. It has a stand neckline. "
            "The upper clothing has long sleeves, polyester fabric and pure",
            "loop",
            hit_limit=True,
        ),
        B.color("orange", "contradiction"),
        B.garment_type("jacket"),
        D.material(
            "The upper clothing has long sleeves, polyester fabric and pure color patterns. It has a stand neckline. "
            "The upper",
            "restated",
            hit_limit=True,
        ),
        D.details("the jacket has a zipper and ribbed cuffs"),
        D.wearing("a blue jacket and an orange shirt", "unsupported"),
        is_a("bomber jacket", "yes"),
        title="Men Navy Blue Solid Bomber Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in light grey chino shorts (belt loops, button, no drawstring) and a white tee, on a sandy beach.
    # no adapter text
    case(
        "X414-016",
        caption("a man in white t-shirt and shorts on the beach"),
        color_shorts("white", "other_garment_color"),
        D.wearing("a white t-shirt and grey shorts"),
        D.details("the shorts have a drawstring", "unsupported"),
        D.description(
            "a pair of grey shorts Question: what is the color of the t-shirt? Answer: white",
            "leak",
        ),
        fit("slim", "contradiction"),
        title="Men Grey Solid Regular Fit Chino Shorts",
        category="Shorts",
        color="Grey",
        gender="Men",
    ),
    # photo: man in a black crew-neck tee with a large white skull print, black jeans, white backdrop.
    # no adapter text
    case(
        "X414-017",
        caption("a man in a black t-shirt with a skull on it"),
        B.color("white", "contradiction"),
        B.pattern("graphic"),
        D.wearing("a black t-shirt and blue jeans", "contradiction"),
        D.description(
            "a black t-shirt with a white skull print on the front and back",
            "unsupported",
        ),
        D.details("a skull"),
        D.material("cotton"),
        title="Men Black Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in khaki chinos, a navy polo tucked in, white sneakers, studio; the product is the chinos.
    # caption, details: adapter
    case(
        "X414-018",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers",
            "cut",
            hit_limit=True,
        ),
        color_trousers("beige"),
        D.wearing("a blue polo shirt and khaki pants"),
        B.color("navy", "other_garment_color"),
        fit("slim"),
        D.details(
            "The trousers are with cotton fabric and pure color patterns. The gentleman wears a long trousers. The "
            "trousers are with cotton fabric and pure",
            "loop",
            hit_limit=True,
        ),
        D.material("the pants are made of", "cut"),
        title="Men Khaki Slim Fit Chinos",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: man in a sage green half-sleeve linen shirt (plain collar, no pocket), beige linen trousers, potted plants
    # behind. no adapter text
    case(
        "X414-019",
        caption("a man in a green shirt standing in front of plants"),
        color_shirt("green"),
        D.material("linen"),
        B.sleeve_length("long sleeves", "contradiction"),
        D.details("the shirt has a pocket on the chest", "unsupported"),
        D.wearing("he is wearing a green shirt and green pants", "contradiction"),
        title="Men Sage Green Solid Linen Short Sleeves Casual Shirt",
        category="Shirts",
        color="Green",
        gender="Men",
    ),
    # photo: man in a navy Nehru jacket over a cream kurta and white churidar, festive string lights behind.
    # no adapter text
    case(
        "X414-020",
        caption("a man in a blue vest and white pants"),
        D.wearing("a blue jacket, a white kurta and white pants"),
        color_kurta("blue", "other_garment_color"),
        color_jacket("navy"),
        D.description("she is wearing a traditional indian outfit", "pronoun"),
        is_a("kurta", "yes"),
        D.material("silk", "unsupported"),
        title="Men Cream & Navy Blue Cotton Blend Kurta with Churidar & Nehru Jacket",
        category="Kurta Sets",
        color="Cream",
        gender="Men",
    ),
    # photo: ghost mannequin of a plain white round-neck tee on white; no person. no adapter text
    case(
        "X414-021",
        caption("a white t-shirt on a white background"),
        D.wearing("a white t-shirt and white pants", "unsupported"),
        B.color("white"),
        D.details("the t-shirt has a round neck and short sleeves"),
        D.material("it is made of", "cut"),
        D.description("a white t-shirt with a black logo on the chest", "unsupported"),
        title="Men White Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: man in light blue skinny jeans ripped at the knees and a black hoodie, sitting on concrete steps.
    # caption, description: adapter
    case(
        "X414-022",
        caption(
            "The guy wears a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton fabric. It "
            "has a hooded neckline. The guy wears a long trousers. The trousers are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black hoodie and black jeans", "other_garment_color"),
        color_jeans("blue"),
        D.details("the jeans are ripped at the knees"),
        D.description(
            "The trousers are with denim fabric and pure color patterns. The guy wears a long-sleeve sweatshirt with "
            "pure color patterns. The trousers are with denim fabric and pure",
            "loop",
            hit_limit=True,
        ),
        fit("slim", "contradiction"),
        title="Men Blue Skinny Fit Mildly Distressed Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: man in black cuffed joggers and a white sweatshirt, white backdrop, full length. no adapter text
    case(
        "X414-023",
        caption("a man in a white sweatshirt and black pants"),
        color_pants("black"),
        B.color("black"),
        D.wearing("a white sweatshirt and white pants", "other_garment_color"),
        D.details("the pants have an elastic waistband and cuffs at the ankles"),
        is_a("pair of jeans", "yes", "contradiction"),
        D.material("the pants are black", "restated"),
        title="Men Black Solid Joggers",
        category="Track Pants",
        gender="Men",
    ),
    # photo: man in a teal blue kurta with gold embroidery at the neck and placket, white pyjama, carved wooden door.
    # caption: adapter
    case(
        "X414-024",
        caption(
            "The gentleman wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has "
            "a stand neckline. The gentleman wears a long trousers. The",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a blue kurta and white pajamas"),
        D.description(
            "a man in a blue kurta and white pajamas Question: what is the color of the kurta? Answer: blue",
            "leak",
        ),
        color_kurta("green"),
        D.details("the kurta has gold embroidery on the neck"),
        color_pyjama("white"),
        D.material("silk", "unsupported"),
        title="Men Teal Blue Embroidered Kurta with Pyjamas",
        category="Kurta Sets",
        color="Teal",
        gender="Men",
    ),
    # photo: man in a grey melange crew-neck sweatshirt with "BROOKLYN" printed across the chest in navy, blue jeans,
    # white backdrop. no adapter text
    case(
        "X414-025",
        caption("a man wearing a grey sweatshirt with the word brooklyn on it"),
        B.color("grey"),
        B.pattern("printed"),
        B.sleeve_length("short sleeves", "contradiction"),
        D.details("the sweatshirt says brooklyn nyc est 1898", "unsupported"),
        D.wearing("she is wearing a grey sweatshirt and blue jeans", "pronoun"),
        D.material("fleece"),
        title="Men Grey Melange Printed Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: man in a black hooded padded jacket, zipped, grey trousers, bareheaded, snowy street behind.
    # description: adapter
    case(
        "X414-026",
        caption("a man in a black jacket standing in the snow"),
        color_jacket("black"),
        D.details("the jacket has a hood with fur trim and a zipper", "unsupported"),
        D.material("nylon"),
        D.wearing("a black jacket and gray pants and a black hat", "unsupported"),
        D.description(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a hooded neckline. The "
            "lower clothing is of long length. The fabric is cotton and it",
            "cut",
            hit_limit=True,
        ),
        title="Men Black Solid Hooded Padded Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: man in a blue short-sleeve shirt with a white floral print, beige shorts, beach and sea behind.
    # no adapter text
    case(
        "X414-027",
        caption("a man in a floral shirt standing on the beach"),
        color_shirt("white", "contradiction"),
        B.pattern("floral"),
        D.material("a blue floral shirt", "restated"),
        D.wearing("a blue floral shirt and shorts"),
        D.details("the shirt has a floral print and a pocket on the chest", "unsupported"),
        D.description("a blue shirt with white flowers on it"),
        title="Men Blue Floral Printed Resort Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: man in charcoal grey formal trousers and a light pink formal shirt tucked in, studio; the product is the
    # trousers. caption: adapter
    case(
        "X414-028",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The "
            "neckline "
            "of the shirt is lapel. This man wears a long-sleeve shirt with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        color_trousers("pink", "other_garment_color"),
        D.wearing("a pink shirt and grey pants"),
        fit("slim"),
        D.details("the trousers have details", "non_answer"),
        title="Men Charcoal Grey Slim Fit Formal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: man in navy checked woven boxers with a button fly, a white tee, white studio backdrop.
    # description: adapter
    case(
        "X414-029",
        caption("a man in a white t-shirt and plaid shorts"),
        color_shorts("white", "other_garment_color"),
        B.pattern("checked"),
        D.wearing(
            "a white t-shirt and blue plaid shorts Question: what is the color of the shorts? Answer: blue",
            "leak",
        ),
        B.garment_type("boxers"),
        D.details("the boxers have an elastic waistband and buttons on the front"),
        D.material("cotton"),
        D.description(
            "The lower clothing is of three-point length. The fabric is cotton and it has lattice patterns. The upper "
            "clothing",
            "cut",
            hit_limit=True,
        ),
        title="Men Navy Blue Checked Pure Cotton Boxers",
        category="Boxers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: flat-lay of a folded black mandarin-collar shirt with one chest pocket on a white marble table.
    # no adapter text
    case(
        "X414-030",
        caption("a black shirt on a marble table"),
        B.garment_type("shirt"),
        B.color("black"),
        collar("the shirt has a collar", "restated"),
        D.details("the shirt has a pocket on the left side of the chest and buttons"),
        D.wearing("a black shirt and white pants", "unsupported"),
        D.material("marble", "unsupported"),
        title="Men Black Solid Mandarin Collar Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in a cream cable-knit crew-neck pullover and dark jeans, wood-panelled cabin wall behind.
    # caption: adapter
    case(
        "X414-031",
        caption(
            "The guy wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It has "
            "a round neckline. The guy wears a long trousers. The trousers are with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white sweater and jeans"),
        B.color("white"),
        B.pattern("striped", "contradiction"),
        D.details("the sweater has a cable knit pattern"),
        D.material("wool"),
        D.description("a cream colored cable knit sweater with a shawl collar", "unsupported"),
        title="Men Cream-Coloured Cable Knit Pullover",
        category="Sweaters",
        color="Cream",
        gender="Men",
    ),
    # photo: man in a yellow mandarin-collar kurta (no pocket) with a white churidar, yellow and orange marigolds
    # behind. description: adapter
    case(
        "X414-032",
        caption("a man in a yellow kurta standing in front of flowers"),
        D.wearing("a yellow kurta and white pants"),
        color_kurta("yellow"),
        color_pyjama("yellow", "other_garment_color"),
        D.details("the kurta has a mandarin collar and a pocket", "unsupported"),
        D.material("cotton"),
        D.description(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The "
            "gentleman wears a long-sleeve shirt",
            "loop",
            hit_limit=True,
        ),
        title="Men Yellow Solid Cotton Blend Kurta with Churidar",
        category="Kurta Sets",
        color="Yellow",
        gender="Men",
    ),
    # photo: man in a red zip-up hoodie over a black tee, grey track pants, gym with weight racks behind.
    # no adapter text
    case(
        "X414-033",
        caption("a man in a red hoodie standing in a gym"),
        B.color("red"),
        D.wearing("a red hoodie and gray sweatpants"),
        is_a("hoodie", "yes"),
        D.details("the hoodie has a zipper in the front and a hood"),
        D.description(
            "a red hoodie with a zipper Question: what is the color of the hoodie? Answer: red",
            "leak",
        ),
        D.material("it is a red hoodie", "restated"),
        title="Men Red Solid Front-Open Hooded Sweatshirt",
        category="Sweatshirts",
        color="Red",
        gender="Men",
    ),
    # photo: flat-lay of two folded sleeveless round-neck innerwear vests, one white and one grey, on white.
    # description: adapter
    case(
        "X414-034",
        caption("two white t-shirts on a white background", "contradiction"),
        B.garment_type("vest"),
        B.sleeve_length("sleeveless"),
        D.material("cotton"),
        D.description(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "lower clothing is of",
            "cut",
            hit_limit=True,
        ),
        D.details("the details of the vest", "non_answer"),
        title="Men Pack of 2 Cotton Innerwear Vests",
        category="Innerwear Vests",
        color="Multi",
        gender="Men",
    ),
    # photo: man in a light blue washed denim jacket over a white tee, black jeans, white wall.
    # caption, details: adapter
    case(
        "X414-035",
        caption(
            "This man wears a long-sleeve jacket with pure color patterns. The jacket is with denim fabric. The "
            "neckline of the jacket is lapel. This man wears a long trousers. The trousers are with denim",
            "cut",
            hit_limit=True,
        ),
        color_jacket("black", "other_garment_color"),
        D.wearing("a denim jacket, a white shirt and black jeans"),
        D.material("denim"),
        D.details(
            "The jacket is with denim fabric and pure color patterns. The neckline of the jacket is lapel. The jacket "
            "is with denim fabric and pure",
            "loop",
            hit_limit=True,
        ),
        title="Men Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: man in olive relaxed-fit cargo trousers and a black tee, graffiti-covered wall behind.
    # no adapter text
    case(
        "X414-036",
        caption("a man standing in front of a wall with graffiti"),
        color_pants("green"),
        D.wearing("a black t-shirt and black cargo pants", "other_garment_color"),
        D.details("the pants have pockets on the side"),
        B.color("black", "other_garment_color"),
        fit("relaxed"),
        D.material("the cargo pants are green", "restated"),
        title="Men Olive Green Relaxed Fit Cargo Trousers",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: man in a burgundy long-sleeve henley tee with a three-button placket, black jeans, white wall.
    # no adapter text
    case(
        "X414-037",
        caption("a woman in a red shirt", "pronoun"),
        D.wearing("a red shirt and blue jeans", "contradiction"),
        B.color("maroon"),
        B.garment_type("t-shirt"),
        B.sleeve_length("long sleeves"),
        D.details("the shirt has buttons on the front and a pocket", "unsupported"),
        title="Men Burgundy Solid Henley Neck T-shirt",
        category="Tshirts",
        color="Burgundy",
        gender="Men",
    ),
    # photo: man in navy sports shorts with a white drawstring and a small logo on the left leg, a white tank top,
    # standing by a swimming pool. description: adapter
    case(
        "X414-038",
        caption("a man standing by a swimming pool"),
        color_shorts("blue"),
        D.wearing("a white tank top and white shorts", "other_garment_color"),
        D.details("the shorts have a white drawstring and a logo on the", "cut"),
        D.material("a pair of blue shorts", "restated"),
        D.description(
            "The lower clothing is of three-point length. The fabric is cotton and it has pure color patterns. The "
            "lower clothing is of three-point length. The fabric",
            "loop",
            hit_limit=True,
        ),
        title="Men Navy Blue Solid Sports Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a black Pathani kurta with a collar and a chest pocket, black salwar, plain grey backdrop.
    # no adapter text
    case(
        "X414-039",
        caption("a man in a black outfit"),
        D.wearing("a black kurta and black pants"),
        color_kurta("black"),
        color_pyjama("black"),
        D.details("the kurta has a collar and a pocket on the", "cut"),
        D.description(
            "a black pathani suit with a collar Question: what is the color of the pants? Answer: black",
            "leak",
        ),
        D.material("it is a black kurta", "restated"),
        title="Men Black Solid Pathani Kurta with Salwar",
        category="Kurta Sets",
        color="Black",
    ),
    # photo: man in a navy sleeveless puffer with a zip and two pockets over a grey long-sleeve sweatshirt, blue jeans,
    # white backdrop. caption: adapter
    case(
        "X414-040",
        caption(
            "The guy wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "stand neckline. The guy wears a long trousers. The trousers are with",
            "contradiction",
            hit_limit=True,
        ),
        B.sleeve_length("long sleeves", "contradiction"),
        D.wearing("a blue vest and a grey sweatshirt and jeans"),
        B.color("navy"),
        color_jacket("grey", "other_garment_color"),
        D.details("the vest has a zipper, two pockets and a hood", "unsupported"),
        title="Men Navy Blue Solid Sleeveless Puffer Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a lavender polo tee with a small embroidered logo on the chest, white trousers, on a boat deck.
    # no adapter text
    case(
        "X414-041",
        caption("a man in a purple shirt standing on a boat"),
        B.color("purple"),
        D.wearing("a purple polo shirt and purple pants", "contradiction"),
        D.details("the polo shirt has a logo on the chest and a collar"),
        is_a("polo shirt", "yes"),
        D.material("a purple polo shirt", "restated"),
        fit("slim", "contradiction"),
        title="Men Lavender Solid Polo Collar Regular Fit T-shirt",
        category="Tshirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: man in a white formal shirt with thin blue vertical stripes (spread collar, no pocket), black trousers,
    # office backdrop. caption: adapter
    case(
        "X414-042",
        caption(
            "This man wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. The neckline "
            "of "
            "the shirt is lapel. This man wears a long trousers. The trousers are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        color_shirt("blue", "contradiction"),
        B.pattern("striped"),
        D.material("the shirt is made of", "cut"),
        D.wearing("a white shirt and black pants"),
        D.description("a white shirt with blue stripes"),
        D.details("the shirt has a button down collar and a pocket", "unsupported"),
        title="Men White & Blue Striped Slim Fit Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: man in a navy crew-neck sweatshirt with white colour-block panels on the sleeves, black jeans, white
    # backdrop. no adapter text
    case(
        "X414-043",
        caption("a man in a blue and white sweatshirt"),
        B.color("white", "contradiction"),
        B.pattern("color block"),
        D.description("she is wearing a blue sweatshirt with white sleeves", "pronoun"),
        D.wearing("a blue sweatshirt and black pants"),
        D.details("the sweatshirt has white stripes on the sleeves"),
        D.material("cotton"),
        title="Men Navy Blue Colourblocked Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: flat-lay of folded navy track pants with red and white side stripes on white; no person.
    # no adapter text
    case(
        "X414-044",
        caption("a pair of blue pants on a white background"),
        color_pants("red", "contradiction"),
        B.garment_type("track pants"),
        D.details("the pants have red and white stripes on the side"),
        D.wearing("a pair of blue sweatpants"),
        D.material("polyester"),
        D.description(
            "navy blue track pants with red and white stripes Question: what is the material of the pants? Answer: "
            "polyester",
            "leak",
        ),
        title="Men Navy Blue Solid Track Pants",
        category="Track Pants",
        color="Navy Blue",
    ),
    # photo: man in a white chikankari-embroidered kurta (white-on-white threadwork) with beige trousers, garden.
    # caption: adapter
    case(
        "X414-045",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a stand neckline. The gentleman wears a long-sleeve shirt with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white kurta and pants"),
        color_kurta("white"),
        B.pattern("solid", "contradiction"),
        D.details("the kurta has embroidery on the front"),
        D.description("she is wearing a white kurta with embroidery", "pronoun"),
        D.material("cotton"),
        title="Men White Chikankari Embroidered Straight Cotton Kurta",
        category="Kurtas",
        color="White",
        gender="Men",
    ),
    # photo: man in a navy V-neck pullover over a light blue shirt, khaki chinos, studio.
    # description: adapter
    case(
        "X414-046",
        caption("a man in a blue sweater and khaki pants"),
        B.color("navy"),
        D.wearing("a blue sweater, a blue shirt and blue pants", "contradiction"),
        D.details("the sweater has a v neck"),
        D.material("wool", "unsupported"),
        B.sleeve_length("long sleeves"),
        D.description(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a V-shape neckline. The gentleman wears a long trousers. The trousers",
            "cut",
            hit_limit=True,
        ),
        title="Men Navy Blue V-Neck Pure Cotton Sweater",
        category="Sweaters",
        color="Navy Blue",
        gender="Men",
    ),
]
