"""BLIND_511 (46 products; Myntra men's night batch: shirts, tees, polos, sweatshirts, jackets, bottoms, kurtas):
written blind in the forty-ninth session. Measured blind at a2398be (the session's rules as they stood): 114/127
failures found (89.8%) and 6/159 correct texts flagged (3.8%). The writer's notes, verbatim:

Scenario: a nightly enrich run over a Myntra-like English feed of menswear: casual and formal shirts, t-shirts
(round neck, henley, v-neck, a pack of three), polos, sweatshirts and hoodies, jackets (biker, bomber, puffer, denim,
suede), jeans, trousers (chinos, cargos, formal, linen), shorts and kurtas. Every photo is a model in a full outfit
(the product worn with another top or bottom, often a layer over or under it), on studio backdrops, coloured walls,
brick, printed beach scenes or with props (a plant, a bicycle, marigold decor). The feed has title, category, color
and gender; a few rows miss one column, as real feeds do. The default questionnaire is asked, plus a few questions of
the set's own: per-piece colors (pants, jeans, shorts), the collar of a shirt and the fit of jeans.

Who wrote what: open questions (wearing, description, details, material, collar, fit) come from the untuned base
`Salesforce/blip2-opt-2.7b`: short, lowercase, stops on its own, never hit_limit. The closed questions
(garment_type, color, pattern, sleeve_length, the per-piece colors, "Is this a ...?") are enrich's
`--engine reference` answers from the VQA adapter, chosen from candidate sets: never a loop or a cut, but the chosen
candidate can be wrong. The caption adapter (epoch 3) wrote some captions and some details answers (each case's
comment says which): the DeepFashion template with no hue names ("pure color", "lattice", "graphic", "color block"),
no end token, so it always runs to its limit (50 tokens for captions, 30 for answers) with hit_limit=True, and
answers any question with its template.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: blue for navy or teal blue, green for olive or teal, red for
  maroon or burgundy, yellow for mustard, purple for lavender, brown for tan, white for cream or off white, grey for
  charcoal or grey melange. The reference engine's wrong picks are contradiction (navy as black, mustard as orange,
  lavender as pink, burgundy as purple, dark indigo as black, the backdrop wall's yellow as the shirt's color, the
  gold brocade as a maroon kurta's color).
- The color of the other piece of the outfit (the jeans under a tee, the tee under a jacket, the shirt over
  trousers) given to the product is other_garment_color, in closed and open texts alike. Where the white print on a
  black kurta and the white pyjama both could be the source, it is still other_garment_color (the pyjama is the
  larger white area).
- Garment synonyms are correct: shirt or t-shirt for a polo, hoodie or sweater for a sweatshirt (a hoodie only when
  it has a hood), pants for trousers, chinos or cargos, pajama for a churidar, jean jacket for a denim jacket, the
  adapter's "T-shirt" for a polo. Wrong garments are contradiction: hoodie for a crew-neck sweatshirt, jacket for a
  denim shirt worn open, jeans for denim shorts, shirt for a kurta (closed, or the adapter's template), "no" to
  "Is this a polo shirt?" for a polo.
- Pattern and sleeves: "solid" for a striped polo, "striped" for a solid polo with tipped collar, "checked" for the
  jeans (the shirt's pattern) are contradiction; "short sleeves" for long sleeves rolled up above the elbow is
  contradiction, and so is "long sleeves" for a short-sleeved polo. A white-on-white embroidered kurta answered
  "embroidered" is correct.
- Materials: one the title names (linen, suede, corduroy, silk blend, cotton) or plainly visible (denim, leather look
  on a faux-leather biker jacket, nylon sheen on a bomber, polyester on running shorts) is correct; "cotton" on a
  plain tee, polo, sweatshirt or kurta is a plausible guess and correct. A material neither named nor visible, or one
  the title contradicts (silk on a cotton kurta, polyester on a cotton polo, down on a padded polyester jacket, denim
  on cotton twill cargos, wool on a cotton flannel or a cotton sweatshirt) is unsupported.
- Invented details not in the photo (a chest pocket, a zipper on a pullover, a belt on a biker jacket, a tie, a hat,
  a fur collar, ripped knees on clean jeans, a button fly hidden under the shirt, a side stripe, a hood on a crew
  neck) are unsupported. A hood that is visible because a hoodie is worn under a jacket is correct.
- Adapter texts: a repeated template sentence is loop; stopping mid-sentence without repeating is cut. Where the
  template misnames the product (a jacket or a kurta as "shirt"), that misnaming is what the auditor sees first:
  contradiction, hit_limit kept. A template answering details about the other piece as well is still cut.
- Base answers: an early stop mid-phrase ("it is made of", "white pants with a") is cut without hit_limit; an empty
  answer, "the details of the t-shirt", "the shorts are short" and a bare "jeans" for details are non_answer; the
  material question answered with the garment ("khaki pants", "kurta") is restated; running on into "Question: ...
  Answer: ..." is leak even when the first words are right; "she" for a male model, or "a woman in" for a long-haired
  male model, is pronoun.
- All-black outfits answered "a black shirt and black pants" are correct: both pieces really are black.
- A pack of three tees photographed on the model in the grey one: "a gray t-shirt" is correct (seller color Multi).
- The product's color repeated on the other piece ("a blue shirt and blue pants" for beige chinos, "a white sweater
  and white pants" for brown trousers, "a blue hoodie" under a navy jacket) is contradiction: one color for two
  garments, the other piece's text is what is wrong. The other way round ("grey jeans" for the black jeans sold,
  under a grey tee) is other_garment_color.
- Closed garment_type "shirt" for a round-neck tee and "t-shirt" for a button-down shirt are contradiction, and so
  is "no" to "Is this a jacket?" for the bomber jacket.
- Restated: the material question answered with the garment ("white polo shirt", "blue jeans", "grey pants"), "the
  shirt has a collar" for the collar question, "the t-shirt is a t-shirt" for the description. Non_answer: "the fit
  of the jeans", and details answered with only the color ("the pants are white").
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_jeans = question("color_jeans", "What is the color of the jeans?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
collar = question("collar", "What type of collar does the shirt have?", "open")
fit = question("fit", "What is the fit of the jeans?", "open")

BLIND_511 = [
    # photo: navy blue checked casual shirt, untucked, with beige chinos and white sneakers; plain grey backdrop,
    # front view. No adapter text.
    case(
        "X511-001",
        caption("a man in a blue plaid shirt and khaki pants"),
        D.wearing("a blue shirt and blue pants", "contradiction"),
        D.garment_type("shirt"),
        D.color("black", "contradiction"),
        D.pattern("checked"),
        D.material("cotton"),
        D.description(
            "a plaid shirt Question: what is the color of the pants? Answer: beige",
            "leak",
        ),
        title="Roadster Men Navy Blue Checked Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black round-neck t-shirt with a white slogan print on the chest, blue jeans; white wall, front view.
    # caption: adapter
    case(
        "X511-002",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a crew neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black t-shirt and blue jeans"),
        D.color("blue", "other_garment_color"),
        D.pattern("printed"),
        D.details("the t-shirt has a white print on the front"),
        D.description(
            "a black t-shirt with white writing on it Question: what is the color of the jeans? Answer: blue",
            "leak",
        ),
        title="HRX Men Black Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: olive green pique polo with a small embroidered logo, khaki shorts; light studio backdrop, front view.
    # No adapter text.
    case(
        "X511-003",
        caption("a man in a green polo shirt and khaki shorts"),
        D.wearing(
            "a green shirt and khaki shorts Question: what is the color of the shirt? Answer: green",
            "leak",
        ),
        D.garment_type("polo shirt"),
        D.color("green"),
        D.details(
            "the shirt has two buttons on the collar and a pocket on the chest",
            "unsupported",
        ),
        D.material("polyester", "unsupported"),
        title="U.S. Polo Assn. Men Olive Green Solid Cotton Polo Collar T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: grey melange pullover hoodie (kangaroo pocket, drawstrings), black joggers; hood up, grey backdrop.
    # No adapter text.
    case(
        "X511-004",
        caption("a man wearing a grey hoodie and black sweatpants"),
        D.wearing("she is wearing a grey hoodie", "pronoun"),
        D.garment_type("sweatshirt"),
        D.color("black", "other_garment_color"),
        D.details("the hoodie has a zipper on the front and two pockets", "unsupported"),
        D.material("cotton"),
        title="Men Grey Melange Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: black faux-leather biker jacket, open, over a white t-shirt, blue jeans; dark grey backdrop, no belt on
    # the jacket. caption: adapter
    case(
        "X511-005",
        caption(
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. It has a crew neckline. The "
            "lower clothing is of long length. The fabric is denim and it has pure color patterns. This gentleman "
            "also wears an outer clothing, with leather",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black leather jacket, white t-shirt and blue jeans"),
        D.garment_type("jacket"),
        D.color("black"),
        D.material("leather"),
        D.details("the jacket has silver zippers and a belt at the waist", "unsupported"),
        title="Men Black Solid Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: light blue slim fit jeans, lightly distressed at the knees, worn with an untucked white shirt; grey
    # floor and wall, full length. details: adapter
    case(
        "X511-006",
        caption("a man in a white shirt and ripped jeans"),
        D.wearing("a white shirt and jeans"),
        D.color("white", "other_garment_color"),
        fit("the fit of the jeans", "non_answer"),
        D.details(
            "The lower clothing is of long length. The fabric is denim and it has pure color patterns. The upper "
            "clothing has long sleeves, cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        is_a("pair of jeans", "yes"),
        title="Men Light Blue Slim Fit Mildly Distressed Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: white chikankari-embroidered cotton kurta with self-coloured white buttons, white pyjama; beige wall,
    # front view. No adapter text.
    case(
        "X511-007",
        caption("a man in a white kurta and white pants"),
        D.wearing("a white kurta pajama"),
        D.color("white"),
        D.pattern("embroidered"),
        D.details("the kurta has embroidery on the front and gold buttons", "unsupported"),
        D.material("silk", "unsupported"),
        title="Men White Chikankari Embroidered Pure Cotton Straight Kurta",
        category="Kurtas",
        color="White",
        gender="Men",
    ),
    # photo: charcoal grey formal trousers, light blue shirt tucked in, black belt, no tie; white backdrop, cropped at
    # the shoulders. No adapter text.
    case(
        "X511-008",
        caption("a man in a blue shirt and grey pants"),
        D.wearing("a blue shirt and grey pants with a black belt and a tie", "unsupported"),
        D.color("blue", "other_garment_color"),
        color_pants("grey"),
        D.description("a pair of grey dress pants with a", "cut"),
        D.material("grey pants", "restated"),
        title="Men Charcoal Grey Slim Fit Formal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: navy chino shorts, white printed t-shirt, white sneakers; light studio backdrop, full length.
    # caption: adapter
    case(
        "X511-009",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a crew neckline. The gentleman wears a three-point shorts. The shorts are with cotton fabric and pure "
            "color patterns",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt and white shorts", "other_garment_color"),
        D.garment_type("shorts"),
        color_shorts("blue"),
        D.details("the shorts are short", "non_answer"),
        D.material("cotton"),
        title="Men Navy Blue Solid Slim Fit Chino Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: maroon crew-neck sweatshirt with a white "BROOKLYN" print, blue jeans; grey backdrop. No adapter text.
    case(
        "X511-010",
        caption("a man wearing a red sweatshirt with the word brooklyn on it"),
        D.wearing("a red sweatshirt and jeans"),
        D.color("red"),
        D.garment_type("hoodie", "contradiction"),
        D.description("a maroon sweatshirt with white letters"),
        D.material("cotton Question: what is the color of the jeans? Answer: blue", "leak"),
        D.details("the sweatshirt has a white brooklyn print and a hood", "unsupported"),
        title="Men Maroon Typography Printed Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: white linen shirt with a mandarin collar, sleeves rolled above the elbow, beige linen trousers; white
    # wall with a potted plant beside the model. No adapter text.
    case(
        "X511-011",
        caption("a man in a white shirt standing next to a plant"),
        D.wearing("a white shirt and beige pants"),
        collar("the shirt has a collar", "restated"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.material("linen"),
        D.color("beige", "other_garment_color"),
        title="Men White Solid Pure Linen Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: mustard yellow henley t-shirt (three-button placket, no pocket), black jeans; red brick wall, the model
    # leaning on it. No adapter text.
    case(
        "X511-012",
        caption("a man in a yellow shirt leaning against a brick wall"),
        D.wearing("a yellow shirt and black jeans"),
        D.color("orange", "contradiction"),
        D.pattern("solid"),
        D.details("the t-shirt has three buttons on the neck"),
        D.description(
            "a mustard yellow t-shirt with a button placket and a chest pocket",
            "unsupported",
        ),
        title="Men Mustard Yellow Solid Henley Neck T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: olive green nylon bomber jacket, zipped halfway, over a black tee, black jeans; white backdrop.
    # caption: adapter
    case(
        "X511-013",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a stand neckline. The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a green jacket and black pants"),
        D.color("black", "other_garment_color"),
        D.garment_type("jacket"),
        D.material("nylon"),
        D.details("the jacket has a zipper and ribbed cuffs"),
        is_a("jacket", "no", "contradiction"),
        title="Men Olive Green Solid Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: black skinny jeans, clean (no rips), grey crew-neck tee; white backdrop, full length. No adapter text.
    case(
        "X511-014",
        caption("a man in a grey shirt and grey jeans", "other_garment_color"),
        D.garment_type("jeans"),
        D.color("grey", "other_garment_color"),
        color_jeans("black"),
        D.wearing("a grey t-shirt and black jeans"),
        D.details("the jeans are ripped at the knees", "unsupported"),
        D.material("denim"),
        title="Men Black Skinny Fit Clean Look Stretchable Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: long-haired male model in a navy kurta with a small white floral print, white churidar; grey backdrop.
    # No adapter text.
    case(
        "X511-015",
        caption("a woman in a blue kurta and white pants", "pronoun"),
        D.wearing("a blue kurta and white pajama"),
        D.color("blue"),
        D.pattern("floral"),
        D.description("a blue kurta with white flowers"),
        D.details("the kurta has a mandarin collar and", "cut"),
        title="Men Navy Blue Floral Printed Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: white polo with navy tipping on the collar and cuffs, navy trousers; light grey backdrop.
    # caption: adapter
    case(
        "X511-016",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white polo shirt and blue pants"),
        D.color("white"),
        D.pattern("striped", "contradiction"),
        D.details("the collar and sleeves have blue stripes"),
        D.material("white polo shirt", "restated"),
        title="Men White Solid Polo Collar T-shirt with Tipping Detail",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: khaki chinos, black crew-neck tee, white sneakers; studio backdrop, full length. No adapter text.
    case(
        "X511-017",
        caption("a man in a black shirt and khaki pants"),
        D.wearing("a black shirt and tan pants"),
        D.garment_type("trousers"),
        D.color("black", "other_garment_color"),
        color_pants("beige"),
        D.material("khaki pants", "restated"),
        D.details("the pants have a", "cut"),
        title="Men Khaki Slim Fit Chinos Trousers",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: blue denim shirt worn open over a white tee, black jeans; white backdrop.
    # caption and details: adapter
    case(
        "X511-018",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has "
            "a lapel neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a denim shirt over a white t-shirt and black jeans"),
        D.color("white", "other_garment_color"),
        D.material("denim"),
        D.garment_type("jacket", "contradiction"),
        D.details(
            "The shirt is with denim fabric and pure color patterns. It has a lapel neckline. The shirt is with denim "
            "fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        title="Men Blue Solid Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: plain white round-neck tee, olive cargo pants; green leafy wall backdrop. The feed row has no color.
    # No adapter text.
    case(
        "X511-019",
        caption("a man in a white t-shirt standing in front of a green wall"),
        D.wearing("a white t-shirt and green pants"),
        D.color("green", "other_garment_color"),
        D.garment_type("shirt", "contradiction"),
        D.details("the details of the t-shirt", "non_answer"),
        D.sleeve_length("short sleeves"),
        title="Men White Solid Pure Cotton Round Neck T-shirt",
        category="Tshirts",
        gender="Men",
    ),
    # photo: navy padded puffer jacket with a hood, open over a grey hoodie, black jeans; grey backdrop.
    # No adapter text.
    case(
        "X511-020",
        caption("a man in a blue jacket and black jeans"),
        D.wearing("a blue puffer jacket and a grey hoodie"),
        D.color("grey", "other_garment_color"),
        D.garment_type("jacket"),
        D.material("down", "unsupported"),
        D.details("the jacket has a hood and a zipper"),
        D.description("a blue jacket and a blue hoodie", "contradiction"),
        title="Men Navy Blue Solid Hooded Padded Polyester Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: mid-blue straight jeans, red checked flannel shirt untucked over the waistband; white backdrop.
    # caption: adapter
    case(
        "X511-021",
        caption(
            "The lower clothing is of long length. The fabric is denim and it has pure color patterns. The upper "
            "clothing has long sleeves, cotton fabric and lattice patterns. The lower clothing is of long length. The "
            "fabric is denim and it",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red plaid shirt and blue jeans"),
        D.color("blue"),
        D.pattern("checked", "contradiction"),
        fit("regular fit"),
        D.details("the jeans have five pockets and a button fly", "unsupported"),
        title="Men Blue Straight Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: maroon silk-blend kurta with gold brocade at the placket and collar, cream churidar; marigold garland
    # decor behind. No adapter text.
    case(
        "X511-022",
        caption("a man in a red kurta with gold embroidery"),
        D.wearing("a red and gold kurta and white pants"),
        D.color("gold", "contradiction"),
        D.material("silk"),
        is_a("kurta", "yes"),
        D.details("the kurta has gold buttons and a mandarin collar"),
        D.description("a red kurta with gold", "cut"),
        title="Men Maroon Woven Design Silk Blend Kurta with Churidar",
        category="Kurtas",
        color="Maroon",
        gender="Men",
    ),
    # photo: grey melange knit lounge shorts with drawstring and side pockets, black tee; white backdrop.
    # No adapter text.
    case(
        "X511-023",
        caption("a man in black shirt and grey shorts"),
        D.wearing("a black t-shirt and gray shorts"),
        D.color("black", "other_garment_color"),
        D.garment_type("shorts"),
        D.details("the shorts have a drawstring and two side pockets"),
        D.material("", "non_answer"),
        D.description(
            "a pair of shorts Question: what is the color of the shirt? Answer: black",
            "leak",
        ),
        title="Men Grey Melange Solid Lounge Shorts",
        category="Shorts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: lavender formal shirt, no tie, navy trousers; grey backdrop. details: adapter
    case(
        "X511-024",
        caption("a man in a purple shirt and blue pants"),
        D.wearing("a purple shirt and navy pants"),
        D.color("pink", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.description("a purple dress shirt with a tie", "unsupported"),
        D.details(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.material("silk", "unsupported"),
        title="Men Lavender Solid Slim Fit Formal Shirt",
        category="Shirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: black zip-up hoodie worn open over a white tee, blue jeans; white backdrop. No adapter text.
    case(
        "X511-025",
        caption("a man in a black hoodie and jeans"),
        D.wearing("a black hoodie over a white t-shirt and blue jeans"),
        D.color("white", "other_garment_color"),
        D.garment_type("sweatshirt"),
        D.details("the hoodie has a zipper and two pockets"),
        D.description(
            "a black hoodie with a white drawstring Question: what is the color of the t-shirt? Answer: white",
            "leak",
        ),
        title="Men Black Solid Hooded Front-Open Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: navy and white horizontally striped Breton tee, no pocket, beige shorts; light backdrop.
    # No adapter text.
    case(
        "X511-026",
        caption("a man in a striped shirt and beige shorts"),
        D.wearing("a blue and white striped shirt"),
        D.pattern("striped"),
        D.color("blue"),
        D.details("the t-shirt has a pocket on the left chest", "unsupported"),
        D.material("it is made of", "cut"),
        title="Men Navy Blue & White Striped Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: teal blue polo, white jeans; light grey backdrop. caption: adapter
    case(
        "X511-027",
        caption(
            "The man is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a lapel neckline. The man wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. The man is wearing",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green shirt and white jeans"),
        D.color("green"),
        D.garment_type("polo shirt"),
        is_a("polo shirt", "no", "contradiction"),
        D.material("polo shirt", "restated"),
        title="Men Teal Blue Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: olive cotton-twill cargo trousers with flap side pockets, black tee, bare head; white wall.
    # No adapter text.
    case(
        "X511-028",
        caption("a man in a black t-shirt and green cargo pants"),
        D.garment_type("trousers"),
        D.color("green"),
        D.details("the pants have pockets on the sides"),
        D.wearing(
            "he is wearing a black t-shirt and green pants and black shoes and a black hat",
            "unsupported",
        ),
        D.material("denim", "unsupported"),
        title="Men Olive Green Relaxed Fit Cotton Cargo Trousers",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: black and white tropical leaf print short-sleeve shirt, no pocket, black shorts; bright yellow wall.
    # No adapter text.
    case(
        "X511-029",
        caption("a man in a hawaiian shirt standing in front of a yellow wall"),
        D.wearing("a black and white shirt and black shorts"),
        D.color("yellow", "contradiction"),
        D.pattern("floral"),
        D.description("a black and white shirt with a leaf print"),
        D.details("the shirt has a pocket on the chest and buttons", "unsupported"),
        title="Men Black & White Tropical Printed Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: tan suede trucker jacket over a white shirt, blue jeans; plain collar, no fur; beige backdrop.
    # caption: adapter
    case(
        "X511-030",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with leather fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns. There",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a brown jacket and blue jeans"),
        D.color("brown"),
        D.material("suede"),
        D.garment_type("jacket"),
        D.details("the jacket has a fur collar", "unsupported"),
        title="Men Tan Brown Solid Suede Trucker Jacket",
        category="Jackets",
        color="Tan",
        gender="Men",
    ),
    # photo: dark indigo slim fit jeans, white crew-neck sweatshirt; grey backdrop. No adapter text.
    case(
        "X511-031",
        caption("a man in a white sweatshirt and blue jeans"),
        D.color("white", "other_garment_color"),
        color_jeans("black", "contradiction"),
        D.wearing("a white sweater and dark blue jeans"),
        fit("slim fit"),
        D.details("jeans", "non_answer"),
        D.material("blue jeans", "restated"),
        title="Men Navy Blue Slim Fit Stretchable Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: long-haired male model in a mustard straight kurta, white pyjama; haldi decor with marigolds behind.
    # caption and details: adapter
    case(
        "X511-032",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a stand neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("she is wearing a yellow kurta", "pronoun"),
        D.color("yellow"),
        D.garment_type("kurta"),
        D.material("cotton"),
        D.details(
            "The shirt is with cotton fabric and pure color patterns. It has a stand neckline. The shirt is with "
            "cotton fabric and pure",
            "loop",
            hit_limit=True,
        ),
        title="Men Mustard Yellow Solid Straight Cotton Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Men",
    ),
    # photo: navy v-neck t-shirt, grey joggers; white backdrop. No adapter text.
    case(
        "X511-033",
        caption("a man in a blue v-neck shirt and gray sweatpants"),
        D.wearing("a blue shirt and gray pants"),
        D.color("black", "contradiction"),
        D.garment_type("t-shirt"),
        D.description("the t-shirt is a t-shirt", "restated"),
        title="Men Navy Blue Solid V-Neck Slim Fit T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: colour-block sweatshirt (white top half, navy lower half, thin red stripe between), black pants;
    # grey backdrop. No adapter text.
    case(
        "X511-034",
        caption("a man wearing a blue and white sweatshirt"),
        D.wearing("a blue and white sweater and black pants"),
        D.color("white"),
        D.pattern("color block"),
        D.details("the sweatshirt has a red stripe across the chest"),
        D.material("wool", "unsupported"),
        D.description("a sweatshirt with", "cut"),
        title="Men White & Navy Blue Colourblocked Cotton Sweatshirt",
        category="Sweatshirts",
        color="White",
        gender="Men",
    ),
    # photo: light blue denim shorts, white graphic tee; studio with a bicycle prop leaning on the wall.
    # caption and details: adapter
    case(
        "X511-035",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a crew neckline. The gentleman wears a three-point shorts. The shorts are with denim fabric and pure "
            "color patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt and denim shorts"),
        D.color("white", "other_garment_color"),
        D.garment_type("jeans", "contradiction"),
        D.material("denim"),
        D.details(
            "The shorts are with denim fabric and pure color patterns. The gentleman wears a short-sleeve T-shirt with "
            "graphic patterns. The",
            "cut",
            hit_limit=True,
        ),
        title="Men Light Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: black solid shirt, black trousers, all black outfit; grey backdrop. No adapter text.
    case(
        "X511-036",
        caption("a man in a black shirt and black pants"),
        D.wearing("a black shirt and black pants"),
        D.color("black"),
        color_pants("black"),
        D.garment_type("t-shirt", "contradiction"),
        D.details(
            "the shirt has buttons down the front Question: what is the material of the shirt? Answer: cotton",
            "leak",
        ),
        title="Men Black Solid Slim Fit Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: pack of three plain tees (black, grey, white); the model wears the grey one with blue jeans, the other
    # two folded at his feet. The feed row has no gender. No adapter text.
    case(
        "X511-037",
        caption("a man in a gray t-shirt"),
        D.wearing("a grey t-shirt and jeans"),
        D.color("grey"),
        D.description("a gray t-shirt"),
        D.details("the t-shirt has a crew neck and short sleeves"),
        is_a("t-shirt", "yes"),
        title="Pack of 3 Men Solid Round Neck Cotton T-shirts",
        category="Tshirts",
        color="Multi",
    ),
    # photo: light blue denim jacket over a black hoodie, its hood out over the jacket collar, black jeans; white
    # backdrop. caption: adapter
    case(
        "X511-038",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. This gentleman also wears an "
            "outer clothing, with denim fabric and pure color patterns. This gentleman also wears an outer clothing, "
            "with denim",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a denim jacket and a black hoodie"),
        D.color("black", "other_garment_color"),
        D.garment_type("jacket"),
        D.material("denim"),
        D.description("a blue jean jacket with a hood"),
        title="Men Light Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: white linen trousers, light blue linen shirt; printed beach backdrop. No adapter text.
    case(
        "X511-039",
        caption("a man in a blue shirt and white pants on the beach"),
        D.wearing("a light blue shirt and white pants"),
        D.color("blue", "other_garment_color"),
        color_pants("white"),
        D.material("linen"),
        D.description("white pants with a", "cut"),
        D.details("the pants are white", "non_answer"),
        title="Men White Relaxed Fit Linen Trousers",
        category="Trousers",
        color="White",
        gender="Men",
    ),
    # photo: black kurta with a small white geometric print, white pyjama; grey backdrop. The feed row has no
    # category. No adapter text.
    case(
        "X511-040",
        caption("a man in a black and white kurta"),
        D.wearing("a black kurta and white pants"),
        D.color("white", "other_garment_color"),
        D.pattern("printed"),
        D.garment_type("shirt", "contradiction"),
        D.material("kurta", "restated"),
        title="Men Black Geometric Printed Straight Kurta",
        color="Black",
        gender="Men",
    ),
    # photo: red and black buffalo-check flannel overshirt with two flap chest pockets, open over a black tee, grey
    # jeans; white backdrop. caption: adapter
    case(
        "X511-041",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red and black plaid shirt and gray jeans"),
        D.color("red"),
        D.pattern("checked"),
        D.details(
            "the shirt has two chest pockets with flaps Question: what is the color of the t-shirt? Answer: black",
            "leak",
        ),
        D.material("wool", "unsupported"),
        title="Men Red & Black Buffalo Checked Cotton Flannel Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: cream oversized crew-neck sweatshirt with a small embroidered logo on the chest, brown trousers;
    # beige backdrop. No adapter text.
    case(
        "X511-042",
        caption("a man in a white sweatshirt and brown pants"),
        D.color("brown", "other_garment_color"),
        D.wearing("a white sweater and white pants", "contradiction"),
        D.garment_type("sweatshirt"),
        D.details("the sweatshirt has a small logo on the chest"),
        D.description("a sweatshirt with a hood and a pocket", "unsupported"),
        D.material("the sweatshirt is made of", "cut"),
        title="Men Cream-Coloured Solid Oversized Sweatshirt",
        category="Sweatshirts",
        color="Cream",
        gender="Men",
    ),
    # photo: navy and white horizontally striped short-sleeve polo, beige chinos; light grey backdrop.
    # No adapter text.
    case(
        "X511-043",
        caption("a man in a blue and white striped polo shirt"),
        D.wearing("a blue and white striped shirt and blue pants", "contradiction"),
        D.pattern("solid", "contradiction"),
        D.color("blue"),
        D.sleeve_length("long sleeves", "contradiction"),
        title="Men Navy Blue & White Striped Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: grey faded jeans, a navy jacket over a white tee, the tee untucked over the waistband; white backdrop.
    # caption: adapter
    case(
        "X511-044",
        caption(
            "The lower clothing is of long length. The fabric is denim and it has pure color patterns. This gentleman "
            "also wears an outer clothing, with cotton fabric and pure color patterns. The upper clothing has short "
            "sleeves, cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue jacket, white t-shirt and jeans"),
        D.color("blue", "other_garment_color"),
        color_jeans("grey"),
        D.details(
            "the jeans have a button fly Question: what is the color of the jacket? Answer: blue",
            "leak",
        ),
        title="Men Grey Slim Fit Heavy Fade Stretchable Jeans",
        category="Jeans",
        color="Grey",
        gender="Men",
    ),
    # photo: black running shorts (no side stripe), red dri-fit tee, mid-stride pose; white backdrop.
    # No adapter text.
    case(
        "X511-045",
        caption("a man in a red shirt and black shorts running"),
        D.wearing("she is wearing a red shirt and black shorts", "pronoun"),
        D.color("black"),
        color_shorts("red", "other_garment_color"),
        D.material("polyester"),
        D.details("the shorts have a white stripe on the side", "unsupported"),
        title="Men Black Solid Rapid-Dry Running Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: burgundy corduroy shirt, beige chinos; plain light backdrop. details: adapter
    case(
        "X511-046",
        caption("a man in a red corduroy shirt and khaki pants"),
        D.wearing("she is wearing a maroon shirt and beige pants", "pronoun"),
        D.color("purple", "contradiction"),
        D.material("corduroy"),
        D.description("a dark red shirt with buttons"),
        D.details(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long",
            "cut",
            hit_limit=True,
        ),
        title="Men Burgundy Solid Corduroy Casual Shirt",
        category="Shirts",
        color="Burgundy",
        gender="Men",
    ),
]
