"""BLIND_505 (46 products; men's and boys' casual and ethnic wear on models in full outfits): written blind in the
forty-ninth session. Measured blind at 1418e63 (the session's rules as they stood): 126/135 failures found (93.3%)
and 5/170 correct texts flagged (2.9%). The writer's notes, verbatim:

Scenario: a Myntra English catalog feed for men and boys: t-shirts (polo, henley, graphic, striped, a pack of two),
casual and formal shirts, sweatshirts and hoodies, jackets (biker, puffer, bomber, denim, suede, windcheater), jeans,
track pants and joggers, shorts, kurta pyjama sets and nehru jackets. Every photo is a model in a full outfit (the
product plus the other garments he wears), mostly full-length front views on a studio backdrop, some against a wall,
a door, a garland or a plant. Each row has the seller's title, category, color and gender; two rows miss the gender.

Who wrote what: enrich's default questionnaire plus per-garment color questions. Open questions (wearing,
description, details, material, the set's print and fit questions) come from the untuned base
`Salesforce/blip2-opt-2.7b`: short lowercase texts that stop on their own, never hit_limit. Closed questions
(garment_type, color, pattern, sleeve_length, the per-piece color questions, "Is this a ...?") come from the VQA
adapter through `--engine reference`: a value chosen from a candidate set, never a loop or a cut. A few captions and
details come from the caption adapter (epoch 3): the DeepFashion template ("This gentleman wears a long-sleeve shirt
with pure color patterns. ..."), no end token, so every such text runs to its limit and carries hit_limit=True.
Other captions come from the base model. The comment above each case names the adapter texts.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: blue for navy or teal, green for olive, teal or sea green, red for
  maroon, grey for charcoal or grey melange, yellow for mustard, orange for rust, white for cream, brown for tan,
  khaki for beige. Purple for burgundy is a contradiction (the reference engine picked the wrong hue).
- Garment synonyms are correct: shirt for a t-shirt or a short kurta, sweater for a sweatshirt, hoodie for a hooded
  sweatshirt, vest for a nehru jacket, sweatpants or pants for track pants and joggers, pajamas for a pyjama, jacket
  for a zip-front sweatshirt, jean jacket for a denim jacket. A kurta called a dress is a contradiction.
- A color answer that gives the product the color of another garment in the photo (the tee under the jacket, the
  jeans under the shirt, the pyjama under the kurta) is other_garment_color; a color no garment has (the wall, the
  backdrop, the garland, the color of a print alone) is contradiction. A per-piece color question (color of the
  pants on a shirt product) answered with the product's color is other_garment_color too.
- garment_type naming the other garment of the outfit (shirt for the jeans product) is contradiction: the auditor
  sees a garment that is not the seller's. Long sleeves for a sleeveless nehru jacket (the kurta's sleeves) is
  contradiction, and so is short sleeves for full sleeves rolled to the elbow (the title says full sleeves).
  garment_type dress for a boy's kurta is contradiction; "no" to "Is this a sweatshirt?" for the zip-front
  sweatshirt is contradiction (the seller's category), even though garment_type jacket for it is a synonym.
- Materials: the one the title names is correct; a plausible guess for a fabric that looks like it (cotton on a
  matte tee, polyester on track pants, nylon on a bomber, leather on a suede or leather-look jacket) is correct; a
  material the title contradicts (silk or polyester on a pure cotton garment, wool on a cotton hoodie) is
  unsupported. Denim for a checked shirt (the jeans' fabric) is unsupported.
- Invented items or details (a tie, a hat, sunglasses, a belt hidden by an untucked shirt, a hood on a crew neck, a
  zip pocket, a logo, a chain, a fur collar, gold embroidery on white-on-white work) are unsupported.
- Other wrong closed values are contradiction: pants for cargo shorts, striped for checks, solid for white-on-white
  embroidery, sweatshirt for a hooded windcheater, "no" to "Is this a polo shirt?" for a polo. Open answers that give
  the product a color it does not have (black for navy, white for grey melange, red stripes for navy ones) are
  contradiction.
- "she", "her", "a girl", "a woman" or the adapter's "The lady wears" for a man or a boy is pronoun; for the
  adapter text the pronoun is labelled, not the cut (hit_limit kept). The adapter's "This man wears" for a boy is
  correct (same gender).
- Adapter texts: one that repeats a sentence of its template is loop; one that stops mid-sentence without repeating
  is cut, even where it names a wrong fabric before the cut; the template answering "What are the details of the
  garment?" does answer it (so loop or cut, not restated). Cotton in the template for a cotton flannel shirt or
  a kurta is not a failure of its own; the loop or cut is what is labelled.
- A base answer stopped early mid-phrase ("the kurta is made of") is cut without hit_limit. An empty answer, "the
  details of the sweatshirt", "the kurta has details", "none", "i don't know", "fabric" or "it is made of fabric"
  is non_answer. A material question answered with the garment's name or color ("a pink polo shirt", "blue track
  pants"), or a details question answered "they are jeans", "they are short" or "they are t-shirts", is restated.
- A base answer that runs on into "Question: ... Answer: ..." is leak, even where its first words are right.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_tshirt = question("color_tshirt", "What is the color of the t-shirt?", "closed")
color_shirt = question("color_shirt", "What is the color of the shirt?", "closed")
color_jeans = question("color_jeans", "What is the color of the jeans?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
color_jacket = question("color_jacket", "What is the color of the jacket?", "closed")
color_kurta = question("color_kurta", "What is the color of the kurta?", "closed")
color_pyjama = question("color_pyjama", "What is the color of the pyjama?", "closed")
printed = question("print", "What is printed on the garment?", "open")
fit = question("fit", "What is the fit of the garment?", "open")

BLIND_505 = [
    # photo: man in a white polo t-shirt tucked into navy chinos, white sneakers, plain grey backdrop, full-length
    # front view. No adapter text.
    case(
        "X505-001",
        caption("a man in a white polo shirt and blue pants standing in front of a grey wall"),
        D.wearing("a white polo shirt and blue pants"),
        D.garment_type("polo shirt"),
        D.color("white"),
        D.sleeve_length("short sleeves"),
        D.material("polyester", "unsupported"),
        color_pants("grey", "contradiction"),
        title="Men White Solid Polo Collar Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: man in a navy round-neck t-shirt with an orange and white "BROOKLYN" print, light blue jeans, white
    # backdrop. No adapter text.
    case(
        "X505-002",
        caption("a man wearing a blue t-shirt with the word brooklyn on it"),
        D.wearing("a black t-shirt and jeans", "contradiction"),
        D.color("blue"),
        D.pattern("graphic"),
        printed("brooklyn"),
        D.details("the t-shirt has a round neck and a pocket on the chest", "unsupported"),
        D.material("a blue t-shirt", "restated"),
        title="Men Navy Blue Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a black t-shirt with a large white skull print, grey joggers, red brick wall behind him.
    # No adapter text.
    case(
        "X505-003",
        caption("a man in a black t-shirt standing in front of a brick wall"),
        D.wearing("a black t-shirt with a skull on it and grey pants"),
        D.color("white", "contradiction"),
        D.description("a black t-shirt with a white skull print"),
        D.material("it is made of", "cut"),
        color_pants("grey"),
        title="Men Black Graphic Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: boy of about eight in a yellow t-shirt with a green dinosaur print, blue denim shorts, white backdrop.
    # No adapter text.
    case(
        "X505-004",
        caption("a young boy in a yellow shirt and blue shorts"),
        D.wearing("she is wearing a yellow t-shirt and blue shorts", "pronoun"),
        D.color("green", "contradiction"),
        D.pattern("printed"),
        D.details("a dinosaur on the front"),
        color_shorts("yellow", "other_garment_color"),
        title="Boys Yellow Dinosaur Printed Cotton T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Boys",
    ),
    # photo: man in an olive full-sleeve casual shirt, untucked, beige chinos, brown loafers, white backdrop.
    # caption: adapter
    case(
        "X505-005",
        caption(
            "This gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The pants this gentleman wears is of long length. The pants are with cotton "
            "fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green shirt and khaki pants"),
        D.color("green"),
        D.sleeve_length("long sleeves"),
        D.description("a blue shirt with a collar", "contradiction"),
        color_pants("green", "other_garment_color"),
        D.material("cotton"),
        title="Men Olive Green Slim Fit Solid Pure Cotton Casual Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: man in a blue and white checked full-sleeve shirt, sleeves rolled to the elbow, dark blue jeans, grey
    # backdrop. No adapter text.
    case(
        "X505-006",
        caption("a man wearing a blue and white checkered shirt and jeans"),
        D.pattern("checked"),
        D.color("blue"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.details("the shirt has a collar and buttons down the front"),
        D.material("denim", "unsupported"),
        color_jeans("blue"),
        title="Men Blue & White Checked Full Sleeves Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a maroon crew-neck sweatshirt, black track pants, white sneakers, grey backdrop.
    # No adapter text.
    case(
        "X505-007",
        caption("a man in a red sweatshirt and black pants"),
        D.wearing("a red sweater and black pants"),
        D.garment_type("sweatshirt"),
        D.color("black", "other_garment_color"),
        D.description("a red sweater with a hood", "unsupported"),
        D.details("the details of the sweatshirt", "non_answer"),
        title="Men Maroon Solid Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: man in a grey melange hooded sweatshirt with a kangaroo pocket and drawstrings, blue jeans, white
    # sneakers, white backdrop. caption: adapter
    case(
        "X505-008",
        caption(
            "This man wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has "
            "a hooded neckline. This man wears a long-sleeve sweater with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white hoodie and blue jeans", "contradiction"),
        is_a("hoodie", "yes"),
        D.color("blue", "other_garment_color"),
        D.details("a hood with drawstrings and a front pocket"),
        D.material("wool", "unsupported"),
        title="Men Grey Melange Solid Hooded Cotton Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: man in a black leather-look biker jacket, open over a white t-shirt, blue jeans, black boots, grey
    # backdrop. No adapter text.
    case(
        "X505-009",
        caption("a man in a black leather jacket and jeans"),
        D.wearing("a black jacket and a white t-shirt"),
        D.color("white", "other_garment_color"),
        color_jacket("black"),
        D.details("the jacket has a hood and a zipper", "unsupported"),
        D.material("leather"),
        is_a("jacket", "yes"),
        title="Men Black Solid Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: man in a navy padded puffer jacket with a stand collar (no hood), zipped half way over a grey t-shirt,
    # black jeans, white backdrop. No adapter text.
    case(
        "X505-010",
        caption("a man in a blue puffer jacket and black pants"),
        D.wearing("a blue jacket, a grey shirt and black jeans"),
        D.color("black", "other_garment_color"),
        D.material("polyester"),
        D.details("a hood, a zipper and two pockets", "unsupported"),
        D.sleeve_length("long sleeves"),
        title="Men Navy Blue Solid Padded Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in mid-blue slim jeans, white t-shirt tucked in at the front, white sneakers, white backdrop.
    # No adapter text.
    case(
        "X505-011",
        caption("a man in a white t-shirt and blue jeans"),
        D.garment_type("jeans"),
        D.color("white", "other_garment_color"),
        color_jeans("blue"),
        D.details("they are jeans", "restated"),
        fit("slim fit"),
        D.material("denim"),
        title="Men Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: man in black skinny jeans, a red and black buffalo-check flannel shirt buttoned up, black boots, white
    # backdrop. caption: adapter
    case(
        "X505-012",
        caption(
            "This gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The pants this gentleman wears is of long length. The pants are with denim fabric",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red and black checkered shirt and black jeans"),
        D.garment_type("shirt", "contradiction"),
        color_jeans("black"),
        D.color("red", "other_garment_color"),
        fit("skinny"),
        D.details("the jeans have a chain on the side", "unsupported"),
        title="Men Black Skinny Fit Stretchable Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: man in light blue jeans with ripped knees, an olive t-shirt, white sneakers, concrete floor and wall.
    # No adapter text.
    case(
        "X505-013",
        caption("a man in a green t-shirt and ripped jeans"),
        D.details("ripped knees and a faded wash"),
        D.color("blue"),
        color_tshirt("blue", "other_garment_color"),
        D.description(
            "a pair of light blue jeans with holes in the knees Question: what is the color of the jeans? Answer: "
            "light blue",
            "leak",
        ),
        D.material("denim"),
        title="Men Blue Slim Fit Highly Distressed Light Fade Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: man in black track pants with white side stripes, a grey t-shirt, white sneakers, white backdrop.
    # No adapter text.
    case(
        "X505-014",
        caption("a man wearing black track pants with white stripes"),
        D.wearing("a white t-shirt and black track pants", "contradiction"),
        D.garment_type("pants"),
        color_pants("black"),
        D.color("grey", "other_garment_color"),
        D.details("white stripes on the side and an elastic waistband"),
        D.material("polyester"),
        title="Men Black Solid Slim-Fit Track Pants with Contrast Side Stripes",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: man in navy cotton track pants with slip pockets (no zips), a white t-shirt, grey sneakers, white
    # backdrop. The feed row has no gender. No adapter text.
    case(
        "X505-015",
        caption("a man in a white shirt and blue pants"),
        D.wearing("he is wearing a white t-shirt and navy blue pants"),
        D.color("white", "other_garment_color"),
        D.details("the pants have a drawstring and a zipper pocket on the side", "unsupported"),
        D.material("cotton"),
        D.description(
            "a pair of blue pants Question: what is the material of the pants? Answer: cotton",
            "leak",
        ),
        title="Navy Blue Solid Cotton Track Pants",
        category="Track Pants",
        color="Navy Blue",
    ),
    # photo: man in beige cargo shorts with flap side pockets, a black t-shirt, white sneakers, white backdrop.
    # No adapter text.
    case(
        "X505-016",
        caption("a man in a black t-shirt and khaki shorts"),
        D.garment_type("pants", "contradiction"),
        D.color("black", "other_garment_color"),
        color_shorts("brown"),
        D.details("they are short", "restated"),
        D.material("cotton"),
        title="Men Beige Solid Cotton Cargo Shorts",
        category="Shorts",
        color="Beige",
        gender="Men",
    ),
    # photo: man in navy washed denim shorts, a white t-shirt with a small blue chest print, white sneakers, no belt,
    # white backdrop. No adapter text.
    case(
        "X505-017",
        caption("a man wearing a white t-shirt and blue shorts"),
        D.wearing("a white shirt and denim shorts"),
        D.color("white", "other_garment_color"),
        D.material("denim"),
        D.details("the shorts have a brown belt", "unsupported"),
        color_shorts("blue"),
        title="Men Navy Blue Washed Denim Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a cream mandarin-collar kurta, white pyjama, tan mojaris, beige backdrop. details: adapter
    case(
        "X505-018",
        caption("a man in a white kurta and pajamas"),
        D.wearing("a white kurta and white pants"),
        D.garment_type("kurta"),
        D.color("yellow", "contradiction"),
        D.material("silk", "unsupported"),
        color_pyjama("white"),
        D.details(
            "The shirt is with cotton fabric and pure color patterns. It has a stand neckline. The shirt is with "
            "cotton fabric and pure",
            "loop",
            hit_limit=True,
        ),
        title="Men Cream-Coloured Solid Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Cream",
        gender="Men",
    ),
    # photo: man in a maroon knee-length kurta with gold buttons, white churidar, a framed painting and a potted
    # plant on the wall behind. caption: adapter
    case(
        "X505-019",
        caption(
            "This gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand neckline. The pants this gentleman wears is of long length. The pants are with cotton",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red kurta and white pants"),
        D.color("red"),
        color_pyjama("red", "other_garment_color"),
        D.details("gold buttons and a collar"),
        D.description("she is wearing a red kurta with gold buttons", "pronoun"),
        title="Men Maroon Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Maroon",
        gender="Men",
    ),
    # photo: man in a navy sleeveless nehru jacket over a white full-sleeve kurta and white pyjama, grey backdrop.
    # No adapter text.
    case(
        "X505-020",
        caption("a man in a blue vest and white kurta"),
        D.garment_type("vest"),
        D.color("white", "other_garment_color"),
        color_jacket("blue"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.details("the jacket has a mandarin collar and buttons down the front"),
        D.material("fabric", "non_answer"),
        title="Men Navy Blue Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: boy of about six in a yellow kurta, white pyjama and a sleeveless blue nehru jacket with a floral print,
    # white backdrop. No adapter text.
    case(
        "X505-021",
        caption("a little boy in a yellow kurta and a floral vest"),
        D.wearing("a yellow dress and white pants", "contradiction"),
        color_kurta("yellow"),
        color_pyjama("yellow", "other_garment_color"),
        color_jacket("blue"),
        D.details("a floral print jacket and a mandarin collar"),
        title="Boys Yellow Kurta with Pyjamas & Printed Nehru Jacket",
        category="Kurta Sets",
        color="Yellow",
        gender="Boys",
    ),
    # photo: man in a mustard sleeveless nehru jacket over a cream kurta and beige pyjama, a carved wooden door
    # behind him. caption: adapter
    case(
        "X505-022",
        caption(
            "The lady wears a sleeveless vest with pure color patterns. The vest is with cotton fabric. It has a "
            "stand neckline. The lady wears a long-sleeve shirt with pure color patterns. The shirt",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing("a yellow vest and a white kurta"),
        D.color("yellow"),
        D.sleeve_length("sleeveless"),
        color_kurta("yellow", "other_garment_color"),
        D.material("it is made of silk", "unsupported"),
        D.details("none", "non_answer"),
        title="Men Mustard Yellow Solid Cotton Blend Nehru Jacket",
        category="Nehru Jackets",
        color="Mustard",
        gender="Men",
    ),
    # photo: boy in a red crew-neck fleece sweatshirt, grey joggers, holding a football, white backdrop.
    # No adapter text.
    case(
        "X505-023",
        caption("a young boy holding a soccer ball"),
        D.wearing("a red sweatshirt and grey pants"),
        D.color("red"),
        color_pants("red", "other_garment_color"),
        D.details("a hood and a zipper", "unsupported"),
        is_a("sweatshirt", "no", "contradiction"),
        title="Boys Red Solid Fleece Sweatshirt",
        category="Sweatshirts",
        color="Red",
        gender="Boys",
    ),
    # photo: boy in a blue washed denim jacket with two flap chest pockets, open over a red t-shirt, black jeans,
    # white backdrop. No adapter text.
    case(
        "X505-024",
        caption("a boy wearing a denim jacket and black jeans"),
        D.wearing("a girl in a blue jacket and black pants", "pronoun"),
        D.color("red", "other_garment_color"),
        color_jacket("blue"),
        D.material("denim"),
        D.details("the jacket has buttons and two chest pockets"),
        D.garment_type("shirt", "contradiction"),
        title="Boys Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Boys",
    ),
    # photo: man in a teal henley t-shirt (three-button placket), khaki chinos, a tall potted plant beside him,
    # white backdrop. No adapter text.
    case(
        "X505-025",
        caption("a man in a blue shirt standing next to a plant"),
        D.wearing("a teal shirt and khaki pants"),
        D.garment_type("t-shirt"),
        D.color("green"),
        D.details(
            "buttons on the neck Question: what is the material of the t-shirt? Answer: cotton",
            "leak",
        ),
        D.material("cotton"),
        D.description("", "non_answer"),
        title="Men Teal Blue Solid Henley Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: man in a white t-shirt with navy horizontal stripes, blue jeans, white backdrop. No adapter text.
    case(
        "X505-026",
        caption("a man in a striped shirt and jeans"),
        D.pattern("striped"),
        D.color("white"),
        D.wearing("a white and red striped shirt and blue jeans", "contradiction"),
        D.sleeve_length("short sleeves"),
        D.material("cotton and polyester with a logo on the chest", "unsupported"),
        color_jeans("white", "other_garment_color"),
        title="Men White & Navy Blue Striped Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: man in a rust linen full-sleeve shirt, white trousers, sunlit white wall behind. The feed row has no
    # gender. details: adapter
    case(
        "X505-027",
        caption("a man in an orange shirt and white pants"),
        D.details(
            "The shirt is with linen fabric and pure color patterns. It has a lapel neckline. The shirt is with linen "
            "fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        D.color("orange"),
        D.material("linen"),
        D.sleeve_length("long sleeves"),
        color_pants("orange", "other_garment_color"),
        title="Men Rust Orange Solid Linen Casual Shirt",
        category="Shirts",
        color="Rust",
    ),
    # photo: man in a black formal shirt with one chest pocket, tucked into grey trousers, black belt, black shoes,
    # no tie, grey backdrop. No adapter text.
    case(
        "X505-028",
        caption("a man in a black shirt and grey pants"),
        D.wearing("a black shirt, grey pants and a black tie", "unsupported"),
        D.color("black"),
        D.garment_type("shirt"),
        D.details("the shirt has a collar, buttons and", "cut"),
        color_pants("black", "other_garment_color"),
        title="Men Black Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in a charcoal grey bomber jacket with ribbed cuffs, over a black t-shirt, black jeans, concrete wall.
    # caption and details: adapter
    case(
        "X505-029",
        caption(
            "This gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a stand neckline. The pants this gentleman wears is of long length. The pants are with denim",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black jacket and black pants", "other_garment_color"),
        D.color("grey"),
        D.details(
            "The jacket is with cotton fabric and pure color patterns. It has a stand neckline. The jacket is with "
            "cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        color_tshirt("grey", "other_garment_color"),
        D.material("nylon"),
        title="Men Charcoal Grey Solid Bomber Jacket",
        category="Jackets",
        color="Charcoal",
        gender="Men",
    ),
    # photo: man in an olive hooded windcheater, zipped, black track pants, outdoors in a park with trees behind.
    # No adapter text.
    case(
        "X505-030",
        caption("a man in a green jacket standing in a park"),
        D.wearing("a green jacket with a hood and black pants"),
        D.color("green"),
        D.garment_type("sweatshirt", "contradiction"),
        D.material("it is a green jacket", "restated"),
        D.details(
            "the jacket has a hood and zipper Question: what is the color of the jacket? Answer: green",
            "leak",
        ),
        title="Men Olive Green Hooded Windcheater Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: boy in blue track pants with white side piping, a white t-shirt with a red car print, white backdrop.
    # No adapter text.
    case(
        "X505-031",
        caption("a little boy in a white t-shirt with a red car on it"),
        D.wearing("her shirt is white and her pants are blue", "pronoun"),
        D.garment_type("t-shirt", "contradiction"),
        D.color("blue"),
        color_pants("red", "contradiction"),
        D.details("an elastic waist and white piping on the side"),
        D.material("blue track pants", "restated"),
        title="Boys Blue Solid Track Pants",
        category="Track Pants",
        color="Blue",
        gender="Boys",
    ),
    # photo: boy in grey melange jersey shorts, a white t-shirt, white sneakers, white backdrop. No adapter text.
    case(
        "X505-032",
        caption("a boy in a white shirt and gray shorts"),
        D.color("gray"),
        D.details("", "non_answer"),
        D.material("polyester", "unsupported"),
        color_shorts("white", "other_garment_color"),
        D.wearing("a white t-shirt and grey shorts and a black cap", "unsupported"),
        title="Boys Grey Melange Solid Cotton Shorts",
        category="Shorts",
        color="Grey",
        gender="Boys",
    ),
    # photo: man in a pink polo t-shirt, white shorts, white sneakers, light blue studio backdrop. No adapter text.
    case(
        "X505-033",
        caption("a man in a pink polo shirt and white shorts"),
        D.wearing(
            "a pink shirt and white shorts Question: what is the color of the shirt? Answer: pink",
            "leak",
        ),
        D.color("pink"),
        D.sleeve_length("short sleeves"),
        D.details("a collar and two buttons on the front"),
        D.material("a pink polo shirt", "restated"),
        is_a("polo shirt", "no", "contradiction"),
        title="Men Pink Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Pink",
        gender="Men",
    ),
    # photo: man in a green and black checked flannel shirt worn open and untucked over a black t-shirt (the shirt
    # hides the waistband), blue jeans, white backdrop. details: adapter
    case(
        "X505-034",
        caption("a man wearing a green plaid shirt over a black t-shirt"),
        D.color("black", "other_garment_color"),
        D.pattern("checked"),
        color_shirt("green"),
        D.description("a green and black flannel shirt"),
        D.details(
            "The shirt is with cotton fabric and lattice patterns. It has a lapel neckline. The shirt is with cotton "
            "fabric and lattice",
            "loop",
            hit_limit=True,
        ),
        D.material("flannel"),
        D.wearing(
            "a green plaid shirt, a black t-shirt, blue jeans and a brown belt",
            "unsupported",
        ),
        title="Men Green & Black Checked Flannel Casual Shirt",
        category="Shirts",
        color="Green",
        gender="Men",
    ),
    # photo: man in a white chikankari-embroidered kurta and white pyjama, white on white, pale blue backdrop.
    # No adapter text.
    case(
        "X505-035",
        caption("a man in a white kurta and white pants"),
        D.details("white embroidery on the front"),
        D.color("white"),
        D.pattern("solid", "contradiction"),
        D.material("cotton"),
        D.description("a white kurta with gold embroidery", "unsupported"),
        color_pyjama("blue", "contradiction"),
        title="Men White Chikankari Embroidered Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
        gender="Men",
    ),
    # photo: man in a black crew-neck sweatshirt with a white "NYC" print, blue jeans, white backdrop.
    # No adapter text.
    case(
        "X505-036",
        caption("a man in a black sweatshirt with the word nyc on it"),
        D.wearing("a woman in a black sweatshirt and blue jeans", "pronoun"),
        D.color("black"),
        printed("nyc"),
        D.details("the sweatshirt has a nyc print on the front and a hood", "unsupported"),
        D.material("a black sweatshirt", "restated"),
        color_jeans("black", "other_garment_color"),
        title="Men Black Typography Printed Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in a sea green short kurta with a white leaf print and a mandarin collar, blue jeans, white
    # backdrop. No adapter text.
    case(
        "X505-037",
        caption("a man in a green shirt and jeans"),
        D.wearing("a green kurta with white leaves and blue jeans"),
        D.garment_type("kurta"),
        D.color("blue", "other_garment_color"),
        D.pattern("printed"),
        D.material("the kurta is made of", "cut"),
        D.description("a green kurta with a white leaf print and a mandarin collar"),
        title="Men Sea Green Leaf Printed Short Kurta",
        category="Kurtas",
        color="Sea Green",
        gender="Men",
    ),
    # photo: boy in a blue and white checked half-sleeve shirt, khaki shorts, white backdrop. caption: adapter
    case(
        "X505-038",
        caption(
            "This man wears a short-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The shorts this man wears is of three-point length. The shorts are with",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue and white checkered shirt and brown shorts"),
        D.color("blue"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.pattern("striped", "contradiction"),
        color_shorts("blue", "other_garment_color"),
        D.details("a pocket on the chest and a bow tie", "unsupported"),
        title="Boys Blue & White Checked Cotton Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Boys",
    ),
    # photo: man in a burgundy zip-front sweatshirt with two side pockets, open over a white t-shirt, black joggers,
    # no hat, white backdrop. No adapter text.
    case(
        "X505-039",
        caption("a man in a maroon zip up jacket and black pants"),
        D.garment_type("jacket"),
        D.color("purple", "contradiction"),
        D.details("a zipper and two pockets"),
        D.material("i don't know", "non_answer"),
        D.wearing("a red jacket and black pants with a black hat", "unsupported"),
        is_a("sweatshirt", "no", "contradiction"),
        title="Men Burgundy Solid Zip-Front Sweatshirt",
        category="Sweatshirts",
        color="Burgundy",
        gender="Men",
    ),
    # photo: man in a blue washed denim jacket with two chest pockets, over a white t-shirt, black jeans, white
    # backdrop. details: adapter
    case(
        "X505-040",
        caption("a man in a denim jacket and black jeans"),
        D.wearing("a blue jean jacket, a white t-shirt and black jeans"),
        color_jacket("blue"),
        color_jeans("blue", "other_garment_color"),
        D.color("blue"),
        D.material("it is made of fabric", "non_answer"),
        D.details(
            "The jacket is with denim fabric and pure color patterns. It has a lapel neckline. The jacket is with "
            "denim fabric and",
            "loop",
            hit_limit=True,
        ),
        title="Men Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: man in grey melange joggers with ribbed ankle cuffs, a navy hoodie, white sneakers, white backdrop.
    # No adapter text.
    case(
        "X505-041",
        caption("a man in a blue hoodie and gray sweatpants"),
        D.garment_type("sweatshirt", "contradiction"),
        D.color("blue", "other_garment_color"),
        color_pants("grey"),
        D.details("elastic cuffs at the ankles and a drawstring waist"),
        D.description(
            "the pants are grey Question: what are the details of the pants? Answer:",
            "leak",
        ),
        title="Men Grey Melange Solid Joggers",
        category="Track Pants",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: pack of two: two men side by side, one in a black round-neck t-shirt, one in a white one, both in blue
    # jeans, white backdrop. No adapter text.
    case(
        "X505-042",
        caption("two men in black and white t-shirts"),
        D.wearing("a black t-shirt and jeans"),
        D.color("black"),
        D.garment_type("t-shirt"),
        color_jeans("blue"),
        D.material("cotton Question: what is the fit of the t-shirts? Answer: regular", "leak"),
        D.details("they are t-shirts", "restated"),
        title="Men Pack of 2 Solid Round Neck Pure Cotton T-shirts",
        category="Tshirts",
        color="Multi",
        gender="Men",
    ),
    # photo: man in a mid-blue denim full-sleeve shirt, beige chinos, brown shoes, white backdrop. details: adapter
    case(
        "X505-043",
        caption("a man in a denim shirt and khaki pants"),
        D.details(
            "The shirt is with denim fabric and pure color patterns. It has a lapel neckline. The pants this "
            "gentleman wears is of",
            "cut",
            hit_limit=True,
        ),
        D.color("blue"),
        D.material("denim"),
        color_pants("blue", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        title="Men Blue Slim Fit Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: boy in a green kurta with gold buttons, white pyjama, an orange marigold garland hanging behind him.
    # No adapter text.
    case(
        "X505-044",
        caption("a little boy in a green kurta and white pants"),
        D.wearing("she is wearing a green kurta and white pajamas", "pronoun"),
        D.color("orange", "contradiction"),
        color_kurta("green"),
        color_pyjama("white"),
        D.material("silk", "unsupported"),
        D.garment_type("dress", "contradiction"),
        D.details("the kurta has details", "non_answer"),
        title="Boys Green Solid Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Green",
        gender="Boys",
    ),
    # photo: man in a blue half-sleeve resort shirt with a white floral print, beige shorts, a potted palm beside
    # him, no sunglasses, white backdrop. No adapter text.
    case(
        "X505-045",
        caption("a man in a blue hawaiian shirt and khaki shorts"),
        D.pattern("floral"),
        D.color("white", "contradiction"),
        D.sleeve_length("short sleeves"),
        D.details("a white flower print and a", "cut"),
        D.wearing("a blue shirt with flowers and khaki shorts and sunglasses", "unsupported"),
        D.material("rayon"),
        title="Men Blue Floral Printed Viscose Rayon Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a tan suede trucker jacket with two chest pockets, open over a white t-shirt, blue jeans,
    # white backdrop. caption: adapter
    case(
        "X505-046",
        caption(
            "This gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. It "
            "has a lapel neckline. This gentleman wears a long-sleeve jacket with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a brown jacket, a white shirt and blue jeans"),
        D.color("brown"),
        D.material("leather"),
        color_tshirt("brown", "other_garment_color"),
        D.details("buttons, two chest pockets and a fur collar", "unsupported"),
        is_a("jacket", "yes"),
        title="Men Tan Brown Solid Suede Trucker Jacket",
        category="Jackets",
        color="Tan",
        gender="Men",
    ),
]
