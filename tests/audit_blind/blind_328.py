"""BLIND_328 (46 products; US department store winter catalog, men's and women's outerwear and knits): written blind in
the forty-fourth session. Measured blind at ef4211a (the session's rules as they stood): 105/118 failures found
(89.0%) and 4/154 correct texts flagged (2.6%). The writer's notes, verbatim:

Scenario: a US department store's English feed for its men's and women's winter catalog: wool coats, peacoats,
parkas, puffer coats and puffer vests, fleece jackets and pullovers, flannel shirts and shirt jackets, turtlenecks,
cardigans, wool trousers, corduroys and scarves. Model shots, either outdoors in snow (pine trees, a brick wall, a
cabin, a coffee cup in hand) or on a plain white studio background. Most photos show a layered outfit: a coat over a
sweater, a vest over a flannel shirt, a scarf over a coat, a sweater over the trousers on sale. Each row has the
seller's title, category, color and gender; a few rows miss the gender, as real feeds do.

Who wrote what: the untuned base `Salesforce/blip2-opt-2.7b` answers the default questionnaire's open questions
(wearing, description, details, material) and writes most captions: short lowercase texts that stop on their own
(never hit_limit); its failures are wrong colors (the snow's, another garment's), invented details (hoods, fur trim,
gloves, logos), wrong pronouns, runs into "Question: ... Answer:", early stops and non-answers. On some items the
caption-only LoRA adapter of the original experiments wrote the caption and sometimes an open answer: the
DeepFashion template ("The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton
fabric ..."), trained with no end token, so it runs to its limit (hit_limit=True) and returns the template to any
question; the comment above each case says which texts are the adapter's. The closed questions (garment_type,
color, pattern, sleeve_length, the per-piece colors and "Is this a ...?") are enrich's `--engine reference` answers,
chosen from candidate sets: they never loop or get cut; their failures are wrong picks.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: blue for navy, brown or tan for camel, grey for charcoal and
  heather grey, green for olive and forest green, red or maroon for burgundy, white for ivory and cream, beige for
  oatmeal and khaki, orange for rust, pink for blush, purple for lavender.
- A color given to the product that belongs to another piece in the photo (the sweater under the coat, the scarf
  or beanie over it, the coat over a sold scarf, the trousers' own color given to the sweater above them) is
  other_garment_color, for closed and open texts alike; so is a per-piece color question answered with the color
  of the product for a piece that has another one, and an open answer giving two pieces one color ("a blue sweater
  and blue pants" for khaki pants) too. A color no piece has (black for a navy coat, red from the
  brick wall behind, white from the snow) is contradiction.
- Garment synonyms are correct: jacket for a parka or a shirt jacket, sweater for a cardigan or a turtleneck,
  sweatshirt for a half-zip fleece pullover, fur for sherpa or faux fur, checkered and plaid for houndstooth,
  flannel for a plaid cotton shirt. A closed garment_type naming another piece of the photo (coat for the trousers
  worn under it) or the wrong kind (jacket or "Is this a vest? yes" for a coat, vest for a sleeved fleece) is
  contradiction; so is "long sleeves" for a puffer vest worn over a long-sleeved shirt, "striped" for corduroy
  wales and "solid" for a herringbone scarf.
- Materials: one the title names, or plainly visible (fleece, corduroy, down for a puffer, knit) is correct;
  cotton for corduroy is correct; a material neither named nor visible (cashmere, leather) or one the title
  contradicts (cotton for merino) is unsupported. A material question answered with the garment and its color is
  restated.
- Invented items or details not in the photo (a hood, fur trim, gloves, a hat, a tie, a logo, pom poms, a scarf,
  skiing) are unsupported; items really in the photo (a beanie, a coffee cup, boots, a brick wall) are correct.
- Base answers that stop mid-phrase ("the pants have", "it is made of wool and") are cut without hit_limit.
  "the details of the shirt", "it is a sweater" and an empty answer are non_answer; the question given back is
  restated.
- Adapter texts: repeating a sentence of the template is loop; stopping mid-sentence without a repeat is cut, even
  where the template invents an accessory or says cotton for wool; the template returned for the material question
  is restated (hit_limit kept).
- "he" for a woman or "she" for a man, and "a woman" in the caption of a man's photo, is pronoun; rows without a
  gender carry no pronoun failure.
- Runs into "Question: ... Answer: ..." are leak, even when the first words are right.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_coat = question("color_coat", "What is the color of the coat?", "closed")
color_vest = question("color_vest", "What is the color of the vest?", "closed")
color_jacket = question("color_jacket", "What is the color of the jacket?", "closed")
color_shirt = question("color_shirt", "What is the color of the shirt?", "closed")
color_sweater = question("color_sweater", "What is the color of the sweater?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_scarf = question("color_scarf", "What is the color of the scarf?", "closed")

BLIND_328 = [
    # photo: man in a navy single-breasted wool-blend topcoat, notch lapels, no hood, over a grey turtleneck and
    # charcoal trousers; outdoors in snow, full length.
    # adapter: none
    case(
        "X328-001",
        caption("a man in a navy coat standing in the snow"),
        D.wearing("a navy coat and a grey sweater"),
        B.color("blue"),
        color_coat("black", "contradiction"),
        B.material("wool"),
        D.details("the coat has a hood", "unsupported"),
        title="Men's Navy Wool-Blend Topcoat",
        category="Coats & Jackets",
        color="Navy",
        gender="Men",
    ),
    # photo: woman in a black quilted long puffer coat with a hood, zipped, on a white studio background.
    # caption: adapter
    case(
        "X328-002",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. It has a "
            "hooded collar. The lady wears a long-sleeve coat with pure color patterns. The coat",
            "loop",
            hit_limit=True,
        ),
        D.wearing("he is wearing a black puffer coat", "pronoun"),
        B.garment_type("coat"),
        B.color("black"),
        B.sleeve_length("long sleeves"),
        B.material("nylon"),
        title="Women's Black Hooded Quilted Nylon Long Puffer Coat",
        category="Coats & Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: man in a red and black buffalo check flannel shirt, buttoned, two flap chest pockets, blue jeans;
    # outdoors in snow, pine trees behind.
    # adapter: none
    case(
        "X328-003",
        caption("a man in a red and black plaid shirt standing in the snow"),
        D.wearing("a plaid shirt and jeans and a hat", "unsupported"),
        B.pattern("plaid"),
        B.color("red"),
        B.material("it is made of flannel"),
        D.details("the shirt has two chest pockets and a", "cut"),
        title="Men's Buffalo Check Cotton Flannel Shirt",
        category="Shirts",
        color="Red/Black",
        gender="Men",
    ),
    # photo: woman in a cream cable-knit turtleneck sweater with light blue jeans, white studio background.
    # adapter: none
    case(
        "X328-004",
        caption("a woman wearing a white turtleneck sweater and jeans"),
        B.color("white"),
        color_pants("blue"),
        color_sweater("blue", "other_garment_color"),
        B.material("it is made of cashmere", "unsupported"),
        D.description("a white turtleneck sweater with a cable knit pattern"),
        title="Women's Cable-Knit Turtleneck Sweater",
        category="Sweaters",
        color="Ivory",
        gender="Women",
    ),
    # photo: man in an olive quilted puffer vest, zipped, stand collar, over a navy flannel shirt with long sleeves,
    # jeans; outdoors in snow.
    # adapter: none
    case(
        "X328-005",
        caption("a man in a green vest and a blue shirt standing in the snow"),
        B.garment_type("vest"),
        B.sleeve_length("long sleeves", "contradiction"),
        color_vest("blue", "other_garment_color"),
        D.wearing("a green puffer vest"),
        D.details("it has a zipper and a hood", "unsupported"),
        title="Men's Olive Quilted Puffer Vest",
        category="Vests",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in a camel belted wool-blend wrap coat (plain notch collar, no fur) over a black turtleneck,
    # black knee boots; walking in snow.
    # adapter: none
    case(
        "X328-006",
        caption("a woman in a tan coat walking in the snow"),
        D.wearing("a brown coat and black boots"),
        B.color("brown"),
        color_coat("black", "other_garment_color"),
        D.details("the coat has a belt at the waist and a fur collar", "unsupported"),
        B.material("wool"),
        D.description("a long brown coat with a belt Question: what is the color of the coat? Answer: brown", "leak"),
        title="Women's Camel Wool-Blend Belted Wrap Coat",
        category="Coats & Jackets",
        color="Camel",
        gender="Women",
    ),
    # photo: man in charcoal flat-front wool trousers with a white dress shirt tucked in, brown belt; white studio
    # background, cropped at the chest.
    # adapter: none
    case(
        "X328-007",
        caption("a man in a white shirt and grey pants"),
        B.garment_type("pants"),
        B.color("white", "other_garment_color"),
        color_pants("grey"),
        B.material("it is made of cotton", "unsupported"),
        D.details("the details of the pants", "non_answer"),
        title="Men's Charcoal Wool Dress Trousers",
        category="Pants",
        color="Charcoal",
        gender="Men",
    ),
    # photo: woman in burgundy wide-wale corduroy pants, high waist, with a cream crewneck sweater; white background.
    # caption: adapter
    case(
        "X328-008",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric. The "
            "pants are of long length. The fabric is cotton and it has pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red pants and a white sweater"),
        B.color("red"),
        B.pattern("striped", "contradiction"),
        B.material("corduroy"),
        D.description("a pair of red pants with a high waist"),
        title="Women's Burgundy High-Rise Corduroy Pants",
        category="Pants",
        color="Burgundy",
        gender="Women",
    ),
    # photo: man in a heather grey full-zip fleece jacket, two zip hand pockets, black pants, black beanie;
    # outdoors on a snowy trail.
    # adapter: none
    case(
        "X328-009",
        caption("a man wearing a gray jacket and a black hat in the snow"),
        B.color("white", "contradiction"),
        B.material("fleece"),
        D.details("it has a zipper and two pockets"),
        D.wearing("she is wearing a grey jacket", "pronoun"),
        title="Men's Heather Grey Full-Zip Fleece Jacket",
        category="Coats & Jackets",
        color="Heather Grey",
        gender="Men",
    ),
    # photo: woman in a red and green tartan wool scarf with fringed ends, worn over a black wool coat; snow.
    # adapter: none
    case(
        "X328-010",
        caption("a woman wearing a plaid scarf and a black coat"),
        B.garment_type("scarf"),
        B.color("black", "other_garment_color"),
        B.pattern("plaid"),
        B.material("it is made of wool"),
        D.description("a red and green plaid scarf with fringe on the", "cut"),
        is_a("scarf", "yes"),
        title="Women's Tartan Plaid Wool Scarf",
        category="Scarves",
        color="Red",
        gender="Women",
    ),
    # photo: man in khaki fine-wale corduroy pants with a navy crewneck sweater; white background, full length.
    # adapter: none
    case(
        "X328-011",
        caption("a man in a blue sweater and khaki pants"),
        D.wearing("a blue sweater and blue pants", "other_garment_color"),
        B.color("blue", "other_garment_color"),
        color_pants("beige"),
        B.material("cotton"),
        D.details("the pants have a button and a zipper"),
        title="Men's Khaki Stretch Corduroy Pants",
        category="Pants",
        color="Khaki",
        gender="Men",
    ),
    # photo: woman in an oatmeal long open cardigan with V neck over a white tee and blue jeans; white background.
    # caption and material: adapter
    case(
        "X328-012",
        caption(
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitted fabric. It "
            "has a V-shape neckline. The lady wears a long-sleeve cardigan with",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("sweater"),
        B.color("beige"),
        is_a("cardigan", "no", "contradiction"),
        B.material(
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitted fabric. It "
            "has a V-shape neckline. The lady wears a long",
            "restated",
            hit_limit=True,
        ),
        D.wearing("he is wearing a beige cardigan and a white shirt and jeans", "pronoun"),
        title="Women's Oatmeal Long Open-Front Cardigan",
        category="Sweaters",
        color="Oatmeal",
        gender="Women",
    ),
    # photo: man in a black hooded parka with a faux-fur trimmed hood, zipped; outdoors in snow.
    # adapter: none
    case(
        "X328-013",
        caption("a man in a black parka with a fur hood standing in the snow"),
        is_a("parka", "yes"),
        B.color("black"),
        B.material("it is made of leather", "unsupported"),
        D.details("the jacket has a hood with fur trim and a zipper"),
        D.wearing("a black jacket with a fur hood Question: what is the man wearing? Answer: a black jacket", "leak"),
        title="Men's Black Hooded Parka with Faux-Fur Trim",
        category="Coats & Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a white down puffer jacket with a stand collar (no hood) and black leggings; snow all around.
    # adapter: none
    case(
        "X328-014",
        caption("a woman in a white jacket standing in the snow"),
        D.wearing("a white jacket Question: what is the woman wearing? Answer: a white jacket", "leak"),
        B.color("white"),
        D.details("it has a hood", "unsupported"),
        B.material("down"),
        title="Women's White Down Puffer Jacket",
        category="Coats & Jackets",
        color="White",
        gender="Women",
    ),
    # photo: man in a green and navy plaid flannel shirt worn open over a grey t-shirt, jeans; white background.
    # adapter: none
    case(
        "X328-015",
        caption("a man wearing a green plaid shirt over a gray t-shirt"),
        B.color("grey", "other_garment_color"),
        B.pattern("plaid"),
        D.description("a green and blue plaid flannel shirt"),
        D.details("the details of the shirt", "non_answer"),
        B.material("the shirt is made of", "cut"),
        title="Men's Green Plaid Flannel Shirt",
        category="Shirts",
        color="Green",
        gender="Men",
    ),
    # photo: woman in a black ribbed turtleneck with camel wide-leg trousers; white background.
    # adapter: none
    case(
        "X328-016",
        caption("a woman wearing a black turtleneck and brown pants"),
        B.color("black"),
        color_pants("black", "other_garment_color"),
        B.material("it is made of a ribbed knit"),
        D.wearing("he is wearing a black turtleneck and brown pants", "pronoun"),
        title="Women's Black Ribbed Turtleneck Sweater",
        category="Sweaters",
        color="Black",
        gender="Women",
    ),
    # photo: man in a camel single-breasted wool overcoat with a navy knit scarf; standing in snow in front of a
    # red brick wall.
    # adapter: none
    case(
        "X328-017",
        caption("a man in a brown coat standing in front of a brick wall"),
        B.color("red", "contradiction"),
        D.wearing("a brown coat and a blue scarf"),
        color_scarf("blue"),
        B.material("wool"),
        D.details("the coat has a double-breasted front and", "cut"),
        title="Men's Camel Wool Overcoat",
        category="Coats & Jackets",
        color="Camel",
        gender="Men",
    ),
    # photo: woman in a red wool-blend coat, notch lapels, single-breasted; white background, no accessories.
    # caption and details: adapter
    case(
        "X328-018",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. It has a "
            "lapel collar. There is an accessory on her wrist. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The coat is with cotton fabric and pure color patterns. It has a lapel collar. The coat is with cotton "
            "fabric and pure color patterns. It has",
            "loop",
            hit_limit=True,
        ),
        B.color("red"),
        D.wearing("a red coat"),
        B.material("wool"),
        title="Women's Red Wool-Blend Notch Collar Coat",
        category="Coats & Jackets",
        color="Red",
        gender="Women",
    ),
    # photo: man in a navy quilted puffer vest with snap pockets over a white and blue oxford shirt; white background.
    # adapter: none
    case(
        "X328-019",
        caption("a man in a blue vest and a white shirt"),
        B.garment_type("jacket", "contradiction"),
        B.sleeve_length("sleeveless"),
        B.color("blue"),
        D.details("it has a hood and a zipper", "unsupported"),
        D.wearing("she is wearing a blue vest and a white shirt", "pronoun"),
        B.material("polyester"),
        title="Men's Navy Quilted Vest",
        category="Vests",
        color="Navy",
        gender="Men",
    ),
    # photo: woman in grey wide-leg wool trousers with a black turtleneck tucked in; white background, full length.
    # adapter: none; the feed row has no gender
    case(
        "X328-020",
        caption("a woman in a black sweater and gray pants"),
        B.color("black", "other_garment_color"),
        color_pants("grey"),
        B.material("the pants are gray", "restated"),
        D.description("a pair of wide leg gray pants"),
        title="Grey Wool Wide-Leg Trousers",
        category="Pants",
        color="Grey",
    ),
    # photo: man in a brown corduroy trucker jacket with a cream sherpa collar and blue jeans; outdoors in snow.
    # adapter: none
    case(
        "X328-021",
        caption("a man in a brown jacket with a fur collar in the snow"),
        D.wearing("a brown jacket and blue jeans"),
        B.material("leather", "unsupported"),
        B.color("brown"),
        D.details("the jacket has a", "cut"),
        title="Men's Brown Corduroy Sherpa-Collar Trucker Jacket",
        category="Coats & Jackets",
        color="Brown",
        gender="Men",
    ),
    # photo: woman in a blush pink half-zip fleece pullover with a kangaroo pocket and black leggings; white
    # background.
    # adapter: none
    case(
        "X328-022",
        caption("a woman wearing a pink fleece jacket"),
        B.garment_type("sweatshirt"),
        B.color("pink"),
        B.material("it is made of wool", "unsupported"),
        D.wearing("a pink sweatshirt and white pants", "contradiction"),
        D.details("it has a zipper at the neck and a pocket on the", "cut"),
        title="Women's Blush Half-Zip Fleece Pullover",
        category="Sweatshirts & Fleece",
        color="Blush",
        gender="Women",
    ),
    # photo: man in a charcoal shawl-collar cable cardigan with horn buttons over a white tee, jeans; outdoors in
    # snow in front of a log cabin.
    # caption: adapter
    case(
        "X328-023",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric. "
            "It has a lapel collar. The gentleman wears a long pants. The pants are with denim",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a gray cardigan and jeans"),
        B.color("white", "other_garment_color"),
        is_a("cardigan", "yes"),
        B.material("wool"),
        D.details("the cardigan has a hood", "unsupported"),
        title="Men's Charcoal Wool-Blend Shawl Collar Cardigan",
        category="Sweaters",
        color="Charcoal",
        gender="Men",
    ),
    # photo: woman in an ivory fisherman turtleneck worn under an open navy coat, grey beanie; outdoors in snow.
    # adapter: none
    case(
        "X328-024",
        caption("a woman in a navy coat and a white sweater in the snow"),
        B.garment_type("coat", "contradiction"),
        B.color("blue", "other_garment_color"),
        color_sweater("white"),
        D.wearing("a white sweater and a blue coat and a hat"),
        B.material("it is made of cashmere", "unsupported"),
        title="Women's Merino Wool Fisherman Turtleneck",
        category="Sweaters",
        color="Ivory",
        gender="Women",
    ),
    # photo: man in a black double-breasted wool-blend peacoat with a wide collar; white background.
    # adapter: none
    case(
        "X328-025",
        caption("a man in a black pea coat"),
        D.wearing("she is wearing a black coat", "pronoun"),
        B.garment_type("coat"),
        B.color("black"),
        D.details("the coat has a double breasted front and a large collar"),
        B.material("it is made of wool Question: what color is the coat? Answer: black", "leak"),
        title="Men's Black Wool-Blend Peacoat",
        category="Coats & Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a forest green quilted puffer vest (no hood) over a cream cable sweater; outdoors in snow.
    # adapter: none
    case(
        "X328-026",
        caption("a woman in a green vest and white sweater in the snow"),
        B.sleeve_length("long sleeves", "contradiction"),
        B.color("white", "other_garment_color"),
        color_vest("green"),
        D.wearing("a green vest and a green sweater", "other_garment_color"),
        D.details("it has a hood", "unsupported"),
        B.material("the vest is green", "restated"),
        title="Women's Forest Green Quilted Puffer Vest",
        category="Vests",
        color="Forest Green",
        gender="Women",
    ),
    # photo: man in a grey herringbone wool scarf with fringed ends over a navy overcoat, bare hands; snow.
    # adapter: none
    case(
        "X328-027",
        caption("a man in a blue coat and a gray scarf"),
        B.color("grey"),
        B.pattern("solid", "contradiction"),
        D.description("a gray scarf with fringe"),
        D.wearing("a scarf and a coat and a pair of gloves", "unsupported"),
        title="Men's Grey Herringbone Wool Scarf",
        category="Scarves",
        color="Grey",
        gender="Men",
    ),
    # photo: woman in black straight-leg wool trousers with a red crewneck sweater; white background.
    # caption and wearing: adapter
    case(
        "X328-028",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric. It "
            "has a round neckline. The pants are of long length. The fabric is cotton",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric. It "
            "has a round neckline. The lady wears a long-sleeve sweater with",
            "loop",
            hit_limit=True,
        ),
        B.color("red", "other_garment_color"),
        color_sweater("red"),
        B.garment_type("pants"),
        title="Women's Black Wool-Blend Straight-Leg Trousers",
        category="Pants",
        color="Black",
        gender="Women",
    ),
    # photo: man in a navy quarter-zip fleece pullover, plain chest, with blue jeans; outdoors in snow.
    # adapter: none
    case(
        "X328-029",
        caption("a woman wearing a blue fleece pullover in the snow", "pronoun"),
        B.color("blue"),
        D.wearing("a blue jacket and a pair of blue jeans"),
        D.details("it has a zipper and a logo on the chest", "unsupported"),
        B.material("fleece"),
        title="Men's Navy Quarter-Zip Fleece Pullover",
        category="Sweatshirts & Fleece",
        color="Navy",
        gender="Men",
    ),
    # photo: woman in a red and white plaid flannel shirt with two chest pockets, tucked into black jeans; white
    # background.
    # adapter: none
    case(
        "X328-030",
        caption("a woman in a red plaid shirt and black jeans"),
        B.pattern("plaid"),
        B.color("black", "other_garment_color"),
        color_shirt("red"),
        D.wearing("she is wearing a red plaid shirt and black jeans"),
        B.material("the shirt is red and white", "restated"),
        D.details("the shirt has a collar and a pocket"),
        title="Women's Red Plaid Flannel Shirt",
        category="Shirts",
        color="Red",
        gender="Women",
    ),
    # photo: man in an olive hooded parka, zipped, with dark pants; outdoors in snow among pine trees.
    # caption, details and material: adapter
    case(
        "X328-031",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a hooded collar. The gentleman wears a long pants. The pants are",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The jacket is with cotton fabric and pure color patterns. It has a hooded collar. The jacket is with "
            "cotton fabric and pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        B.color("white", "contradiction"),
        is_a("parka", "yes"),
        D.wearing("a green jacket with a hood standing in the snow"),
        B.material(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a hooded collar. The gentleman",
            "restated",
            hit_limit=True,
        ),
        title="Men's Olive Hooded Parka",
        category="Coats & Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in a grey marl button cardigan over a black top, with jeans; white background.
    # adapter: none
    case(
        "X328-032",
        caption("a woman wearing a gray cardigan and black top"),
        B.garment_type("cardigan"),
        B.color("black", "other_garment_color"),
        B.material("it is made of wool", "unsupported"),
        D.description("a gray cardigan with buttons Question: describe the cardigan. Answer:", "leak"),
        D.wearing("he is wearing a gray cardigan", "pronoun"),
        title="Women's Grey Cotton-Blend Button Cardigan",
        category="Sweaters",
        color="Grey",
        gender="Women",
    ),
    # photo: man in brown wide-wale corduroy pants with a cream cable sweater; white background, full length.
    # adapter: none
    case(
        "X328-033",
        caption("a man in a white sweater and brown corduroy pants"),
        B.color("brown"),
        color_pants("white", "other_garment_color"),
        B.pattern("solid"),
        B.material("corduroy"),
        D.details("the pants have", "cut"),
        title="Men's Brown Wide-Wale Corduroy Pants",
        category="Pants",
        color="Brown",
        gender="Men",
    ),
    # photo: woman in a long navy quilted hooded coat holding a paper coffee cup, no scarf; outdoors in snow.
    # adapter: none
    case(
        "X328-034",
        caption("a woman in a blue coat holding a cup of coffee in the snow"),
        B.color("black", "contradiction"),
        D.wearing("a blue coat and a red scarf", "unsupported"),
        B.material("nylon"),
        D.details("the coat has a hood and a zipper and snaps"),
        title="Women's Navy Quilted Nylon Hooded Coat",
        category="Coats & Jackets",
        color="Navy",
        gender="Women",
    ),
    # photo: man in a burgundy merino turtleneck with grey wool trousers; white background.
    # adapter: none
    case(
        "X328-035",
        caption("a man in a maroon turtleneck sweater"),
        B.color("red"),
        color_pants("grey"),
        B.material("it is made of cotton", "unsupported"),
        D.wearing("a maroon sweater and maroon pants", "other_garment_color"),
        D.details("it is a sweater", "non_answer"),
        title="Men's Burgundy Merino Wool Turtleneck",
        category="Sweaters",
        color="Burgundy",
        gender="Men",
    ),
    # photo: woman in a beige long belted puffer coat with a stand collar and black boots; outdoors in snow.
    # caption: adapter
    case(
        "X328-036",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. It has a "
            "stand collar. There is an accessory on her waist. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a beige coat and black boots"),
        B.color("beige"),
        is_a("vest", "yes", "contradiction"),
        B.material("down"),
        D.description("a long beige coat with a belt and a fur hood", "unsupported"),
        title="Women's Beige Belted Long Down Puffer Coat",
        category="Coats & Jackets",
        color="Beige",
        gender="Women",
    ),
    # photo: man in a red quilted puffer vest over a black fleece jacket, standing still in snow, no skis.
    # adapter: none
    case(
        "X328-037",
        caption("a man in a red vest and black jacket skiing", "unsupported"),
        B.color("red"),
        B.sleeve_length("long sleeves", "contradiction"),
        color_jacket("black"),
        D.wearing("a red vest"),
        D.details("", "non_answer"),
        B.material("polyester"),
        title="Men's Red Quilted Puffer Vest",
        category="Vests",
        color="Red",
        gender="Men",
    ),
    # photo: woman in a black and white houndstooth wool-blend coat, no hood, two flap pockets; white background.
    # adapter: none
    case(
        "X328-038",
        caption("a woman in a black and white checkered coat"),
        B.pattern("plaid"),
        B.color("black"),
        D.wearing("she is wearing a black and white coat and a black hat", "unsupported"),
        B.material("wool"),
        D.details("the coat has a hood and two pockets", "unsupported"),
        D.description("the coat is black and white and it has a", "cut"),
        title="Women's Houndstooth Wool-Blend Coat",
        category="Coats & Jackets",
        color="Black/White",
        gender="Women",
    ),
    # photo: man in navy wool trousers under an open camel overcoat, brown shoes; walking in snow.
    # adapter: none
    case(
        "X328-039",
        caption("a man in a brown coat and blue pants walking in the snow"),
        B.garment_type("coat", "contradiction"),
        B.color("brown", "other_garment_color"),
        color_pants("blue"),
        B.material("it is made of fabric", "non_answer"),
        D.wearing("a brown coat, blue pants and brown shoes"),
        title="Men's Navy Wool Flat-Front Trousers",
        category="Pants",
        color="Navy",
        gender="Men",
    ),
    # photo: woman in a cream chunky knit scarf with plain ends and a matching pom-pom beanie over a red coat;
    # outdoors in snow.
    # adapter: none
    case(
        "X328-040",
        caption("a woman wearing a red coat and a white hat and scarf in the snow"),
        B.garment_type("scarf"),
        B.color("red", "other_garment_color"),
        B.material("it is knitted"),
        D.description("a white scarf"),
        D.details("the scarf has pom poms on the ends", "unsupported"),
        title="Women's Cream Chunky Knit Scarf",
        category="Scarves",
        color="Cream",
        gender="Women",
    ),
    # photo: man in a grey wool-blend car coat over a white shirt, open collar, no tie; white background.
    # adapter: none; the feed row has no gender
    case(
        "X328-041",
        caption("a man in a gray coat and white shirt"),
        D.wearing("a grey coat and a white shirt and a black tie", "unsupported"),
        B.color("white", "other_garment_color"),
        B.sleeve_length("long sleeves"),
        B.material("it is made of wool and", "cut"),
        title="Grey Wool-Blend Car Coat",
        category="Coats & Jackets",
        color="Grey",
    ),
    # photo: woman in rust wide-leg corduroy pants with a cream sweater and an open camel coat; outdoors in snow.
    # caption and wearing: adapter
    case(
        "X328-042",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric. The "
            "pants are of long length. The fabric is cotton and it has pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        B.color("orange"),
        color_sweater("white"),
        D.wearing(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric. The "
            "pants are of long length. The lady wears a long-sleeve sweater",
            "loop",
            hit_limit=True,
        ),
        B.material("the pants are made of corduroy and", "cut"),
        title="Women's Rust Wide-Leg Corduroy Pants",
        category="Pants",
        color="Rust",
        gender="Women",
    ),
    # photo: man in a grey and black buffalo check wool-blend shirt jacket with two flap chest pockets over a black
    # hoodie, jeans; outdoors in snow.
    # adapter: none
    case(
        "X328-043",
        caption("a man in a gray and black plaid jacket and a black hoodie"),
        B.garment_type("jacket"),
        B.pattern("plaid"),
        B.color("grey"),
        B.sleeve_length("short sleeves", "contradiction"),
        D.details("it has two chest pockets with flaps"),
        D.wearing("a black hoodie and a grey plaid shirt and jeans"),
        title="Men's Grey Plaid Wool-Blend Shirt Jacket",
        category="Coats & Jackets",
        color="Grey",
        gender="Men",
    ),
    # photo: woman in a lavender full-zip fleece jacket with long sleeves and black leggings; white background.
    # adapter: none
    case(
        "X328-044",
        caption("a woman wearing a purple fleece jacket"),
        B.color("purple"),
        D.wearing("she is wearing a purple jacket and black leggings"),
        D.details("what are the details of the jacket", "restated"),
        B.material("fleece"),
        B.garment_type("vest", "contradiction"),
        title="Women's Lavender Full-Zip Fleece Jacket",
        category="Sweatshirts & Fleece",
        color="Lavender",
        gender="Women",
    ),
    # photo: man in a black hooded puffer jacket with a red beanie; outdoors in snow.
    # adapter: none
    case(
        "X328-045",
        caption("a man in a black puffer jacket and a red hat in the snow"),
        B.color("red", "other_garment_color"),
        D.wearing("a black jacket and a red hat and a red scarf", "unsupported"),
        D.details("it has a zipper and a hood"),
        B.material("a black puffer jacket", "restated"),
        title="Men's Black Hooded Puffer Jacket",
        category="Coats & Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a navy and white striped wool scarf with tassels over a grey coat; white background.
    # adapter: none; the feed row has no gender
    case(
        "X328-046",
        caption("a woman wearing a blue and white striped scarf and a gray coat"),
        B.pattern("striped"),
        B.color("grey", "other_garment_color"),
        color_scarf("blue"),
        D.description("a blue and white striped scarf with tassels"),
        B.material("the scarf is made of wool Question: what is the color of the scarf? Answer: blue", "leak"),
        D.wearing("what is the person wearing", "restated"),
        title="Striped Wool Scarf",
        category="Scarves",
        color="Navy",
    ),
]
