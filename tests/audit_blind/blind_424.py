"""BLIND_424 (46 products; men's casual outdoor wear: flannels, henleys, fleece, vests, cargos, chinos, shorts): written
blind in the forty-sixth session. Measured blind at 0917e5c (the session's rules as they stood): 120/140 failures
found (85.7%) and 10/170 correct texts flagged (5.9%). The writer's notes, verbatim:

Scenario: the English catalog feed of an American outdoor brand's men's casual line: flannel shirts (buffalo check,
tartan, plaid and solid, one sherpa-lined shirt jacket), henleys (long and short sleeve, waffle and thermal knit),
fleece jackets and pullovers, vests and gilets (quilted, down, fleece), cargo pants, chinos and shorts. Model shots
either outdoors (lake shores, forest trails, snow, a red barn, a cabin wall, a brick wall, a campfire, a pier) or on a
plain white backdrop. Models are styled in layers (a flannel over a tee, a vest over a henley, a fleece over a
flannel, tees tucked into chinos) and sometimes in a beanie, which the brand does not sell. Each row has the seller's
title, category, color and gender; a few rows miss the gender or the color, as real feeds do.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a man in a red
and black plaid shirt standing by a lake") unless the comment names the caption adapter, which writes the
DeepFashion template ("The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton
fabric. It has a lapel neckline ..."). The adapter was trained with no end-of-answer token, so each adapter text
runs to its limit and carries hit_limit=True; asked a question, it returns its caption template. The open questions
(wearing, description, details, material, the fit question and the experiments' "What is he wearing?") are the base
model's unless the comment says the adapter answered them; the base model stops on its own and never has hit_limit.
The closed questions (garment_type, color, pattern, sleeve_length, color of the shirt / pants / shorts / jacket /
vest, and "Is this a ...?") are enrich's `--engine reference` answers chosen from candidate sets: never a loop or a
cut, but they can pick the wrong candidate, often the color of another piece in the photo.

Labeling conventions and judgement calls:
- Shade words are correct: green for olive or forest green, beige for khaki, stone or tan, brown for tan or rust,
  orange for rust, blue for navy or heather blue, grey for charcoal or heather grey, red for burgundy, white or beige
  for oatmeal, yellow for mustard. A color the seller's color contradicts (navy or a navy/green tartan called black,
  mustard called orange, burgundy called purple) is contradiction.
- Black for the charcoal half-zip is counted correct (the photo, in shade on a pier, shows it near black); black for
  the navy chinos is not (they are plainly blue on white).
- For a plaid shirt, the dominant hue alone (red for red/black buffalo check, green for green/navy tartan) is correct;
  "plaid" and "checked" are both correct patterns for a plaid or tartan.
- The color of another piece in the photo (the tee under the flannel, the jeans, the vest over the henley, the
  beanie) given for the product is other_garment_color. A pattern borrowed from another piece (plaid for a solid
  vest worn over a plaid shirt) is contradiction, and so is "long sleeves" for a vest worn over a long-sleeve top:
  the auditor sees the product's sleeve length contradicted.
- The color of a wall, a truck or a barn given as the garment's color is contradiction (it is no garment's color).
  The caption naming the red barn or the red truck is correct.
- Garment synonyms are correct: shirt or t-shirt for a henley, vest for a gilet, jacket for a shirt jacket, hoodie for
  a hooded fleece jacket, sweater for a quarter-zip fleece pullover, khakis or pants for chinos, hat for a beanie.
  Sweater for a full-zip fleece jacket or a henley, jacket for a vest, pants for shorts, jeans for cargo pants or
  chinos are contradiction.
- Materials: one the title names is correct (flannel, fleece, down, canvas, nylon, cotton); cotton for a flannel
  shirt or a chino is correct, polyester or nylon for a quilted or tech piece is a plausible correct guess, fur for a
  sherpa lining is correct. Wool for a cotton flannel or for sherpa fleece, linen for slub cotton, denim for chinos
  are unsupported. A material question answered with the garment's name, color or pattern is restated; "it is made of
  fabric" is non_answer; "it is made of" cut short is cut.
- Invented items not in the photo (a hood, a chest pocket the shirt does not have, a belt, a drawstring, a backpack,
  a hat, a watch, sunglasses) are unsupported; a beanie or a backpack the model really wears is correct.
- The adapter's "pants of three-point length" is the DeepFashion wording for shorts, not a misnaming; its
  "long-sleeve sweater" for a quarter-zip fleece pullover is a synonym (cut or loop decides), but for a henley or a
  vest it is contradiction. A template that names another piece of the outfit first (the tee over the cargo pants,
  the jacket over the work pants) is cut or loop: it does not misname the product.
- "she" or "a woman" for the male models (one has long hair) is pronoun.
- Base answers running on into "Question: ... Answer: ..." are leak, whatever the first words.
- Adapter texts: a repeated template sentence is loop; a text cut mid-sentence without repeating is cut; a template
  returned to the material question is restated; a template that misnames the product itself (a vest as a tank top
  or as a long-sleeve sweater) is contradiction, hit_limit kept. The template answering the wearing, description or
  details question is cut or loop, not restated.
- An empty answer, "the details of the pants", "the shirt has details" and "they are short" are non_answer.
- A base answer that repeats a phrase before it stops ("a zipper and a zipper and a zipper") is loop, without
  hit_limit. A fit the title contradicts ("slim fit" for classic-fit chinos) is contradiction.
- The reference engine's wrong closed answers are contradiction (plaid for a solid flannel, solid or striped for a
  plaid, long sleeves for a short-sleeve henley, "yes" to "Is this a jacket?" for a shirt), except where the color
  it gives is another piece's (other_garment_color).
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question, wearing

color_shirt = question("color_shirt", "What is the color of the shirt?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
color_jacket = question("color_jacket", "What is the color of the jacket?", "closed")
color_vest = question("color_vest", "What is the color of the vest?", "closed")
fit = question("fit", "What is the fit of the pants?", "open")

BLIND_424 = [
    # photo: man in a red-and-black buffalo check flannel shirt, unbuttoned over a white tee, blue jeans, standing on
    # a lake shore, pine trees behind. no adapter texts.
    case(
        "X424-001",
        caption("a man in a red and black plaid shirt standing by a lake"),
        D.wearing("a red and black plaid shirt and jeans"),
        D.color("red"),
        D.pattern("plaid"),
        color_shirt("blue", "other_garment_color"),
        D.material("red and black plaid", "restated"),
        D.details(
            "the shirt is red and black Question: what is the material of the shirt? Answer: flannel",
            "leak",
        ),
        title="Men's Buffalo Check Flannel Shirt",
        category="Flannel Shirts",
        color="Red/Black",
        gender="Men",
    ),
    # photo: man in a green-and-navy tartan flannel shirt, untucked, khaki chinos, white backdrop, front view.
    # caption: adapter
    case(
        "X424-002",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color",
            "cut",
            hit_limit=True,
        ),
        D.color("green"),
        D.sleeve_length("long sleeves"),
        D.details("two chest pockets with button flaps"),
        D.material("wool", "unsupported"),
        is_a("shirt", "yes"),
        D.pattern("striped", "contradiction"),
        title="Men's Tartan Cotton Flannel Shirt",
        category="Flannel Shirts",
        color="Green Tartan",
        gender="Men",
    ),
    # photo: man in a charcoal waffle-knit long-sleeve henley, three-button placket, no pocket, dark jeans, leaning on
    # a weathered wooden cabin wall. no adapter texts.
    case(
        "X424-003",
        caption("a man in a gray shirt leaning against a wooden wall"),
        D.wearing("a gray henley shirt and jeans"),
        D.color("grey"),
        D.garment_type("shirt"),
        D.details("a button placket and a chest pocket", "unsupported"),
        D.material("cotton Question: what is the color of the shirt? Answer: gray", "leak"),
        D.description("a gray long sleeve shirt with three buttons and a", "cut"),
        title="Men's Waffle Knit Cotton Henley",
        category="Henleys",
        color="Charcoal",
        gender="Men",
    ),
    # photo: man in a black full-zip polar fleece jacket, zipped, stand collar, hands in the side pockets, grey beanie,
    # on a snowy trail. no adapter texts.
    case(
        "X424-004",
        caption("a man wearing a black jacket and a gray beanie in the snow"),
        wearing("she is wearing a black jacket and a hat", "pronoun", who="he"),
        D.color("grey", "other_garment_color"),
        D.garment_type("jacket"),
        D.material("fleece"),
        D.details("the jacket has a zipper and pockets"),
        is_a("sweater", "yes", "contradiction"),
        title="Men's Full-Zip Polar Fleece Jacket",
        category="Fleece Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: model in olive ripstop cargo pants with side cargo pockets (no ankle drawstring), plain white t-shirt,
    # white backdrop, full body. caption and description: adapter
    case(
        "X424-005",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has a round neckline. The trousers are of long length. The trousers are of long length. The "
            "trousers are",
            "loop",
            hit_limit=True,
        ),
        color_pants("green"),
        D.color("white", "other_garment_color"),
        D.details("cargo pockets on the sides and a drawstring at the ankle", "unsupported"),
        is_a("pair of cargo pants", "yes"),
        D.material("cotton"),
        D.description(
            "The trousers are of long length. The trousers are with cotton fabric and pure color patterns. The "
            "trousers are of long length. The trousers are with cotton",
            "loop",
            hit_limit=True,
        ),
        title="Men's Cotton Ripstop Cargo Pants",
        category="Pants",
        color="Olive",
        gender="Men",
    ),
    # photo: man in a navy quilted down vest over a red flannel shirt, jeans, autumn forest path. no adapter texts.
    case(
        "X424-006",
        caption("a man wearing a blue vest over a red plaid shirt in the woods"),
        D.wearing("a blue vest, a red shirt and a hat", "unsupported"),
        D.color("red", "other_garment_color"),
        D.garment_type("vest"),
        D.sleeve_length("sleeveless"),
        D.material("down"),
        D.details("the vest", "non_answer"),
        D.description("a blue vest with a zipper and a hood", "unsupported"),
        title="Men's Quilted Down Vest",
        category="Vests",
        color="Navy",
        gender="Men",
    ),
    # photo: model in tan slim chinos, light blue oxford shirt tucked in, brown leather belt, white backdrop.
    # no adapter texts.
    case(
        "X424-007",
        caption("a man in a blue shirt and khaki pants"),
        color_pants("beige"),
        D.color("blue", "other_garment_color"),
        D.wearing("a blue shirt, khaki pants and a brown belt"),
        D.material("denim", "unsupported"),
        fit("slim fit"),
        D.garment_type("jeans", "contradiction"),
        title="Men's Slim Fit Stretch Chinos",
        category="Chinos",
        color="Khaki",
        gender="Men",
    ),
    # photo: man in stone-colored nylon cargo shorts and a navy tee, sitting on a rock by a river. no adapter texts.
    case(
        "X424-008",
        caption("a man sitting on a rock by a river"),
        color_shorts("blue", "other_garment_color"),
        D.garment_type("pants", "contradiction"),
        D.wearing("a blue shirt and shorts"),
        D.details("they are short", "non_answer"),
        D.material("nylon"),
        D.description("the shorts are shorts", "restated"),
        title="Men's Quick-Dry Nylon Cargo Shorts",
        category="Shorts",
        color="Stone",
        gender="Men",
    ),
    # photo: man in a forest-green quarter-zip fleece pullover, grey chinos, white backdrop.
    # details: adapter
    case(
        "X424-009",
        caption("a man in a green sweater"),
        D.color("green"),
        D.details(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitted "
            "fabric. It has a stand neckline. The gentleman wears a long trousers. The trousers",
            "cut",
            hit_limit=True,
        ),
        D.material("it is made of a material", "non_answer"),
        D.sleeve_length("long sleeves"),
        D.description("a green fleece pullover with a zipper at the neck"),
        D.wearing(
            "a green sweater and gray pants Question: what is the man wearing? Answer: a green sweater",
            "leak",
        ),
        title="Men's Quarter-Zip Fleece Pullover",
        category="Fleece Jackets",
        color="Forest Green",
        gender="Men",
    ),
    # photo: man in a blue-and-white plaid flannel shirt, buttoned, jeans, standing in front of a red barn wall.
    # details: adapter
    case(
        "X424-010",
        caption("a man in a blue plaid shirt standing in front of a red barn"),
        D.color("red", "contradiction"),
        D.pattern("plaid"),
        D.wearing("a blue and white plaid shirt and blue jeans"),
        D.details(
            "The shirt is with cotton fabric and lattice patterns. It has a lapel neckline. The shirt is with "
            "cotton fabric and lattice patterns. It has a",
            "loop",
            hit_limit=True,
        ),
        D.material("it is made of", "cut"),
        title="Men's Heritage Flannel Shirt",
        category="Flannel Shirts",
        color="Blue Plaid",
        gender="Men",
    ),
    # photo: model in an oatmeal (light heathered beige) long-sleeve slub henley, khaki chinos, white backdrop.
    # no adapter texts.
    case(
        "X424-011",
        caption("a man in a white shirt and khaki pants"),
        D.color("beige"),
        D.details("three buttons at the neck"),
        D.material("linen", "unsupported"),
        D.wearing(
            "a white shirt and khaki pants Question: what is the color of the shirt? Answer: white",
            "leak",
        ),
        is_a("henley shirt", "yes"),
        D.sleeve_length("short sleeves", "contradiction"),
        title="Men's Slub Cotton Henley",
        category="Henleys",
        color="Oatmeal",
        gender="Men",
    ),
    # photo: model in a grey quilted insulated vest over a navy long-sleeve henley, dark jeans, white backdrop.
    # caption and wearing: adapter
    case(
        "X424-012",
        caption(
            "The gentleman wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a "
            "stand neckline. The gentleman wears a long-sleeve shirt with pure color",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long-sleeve shirt with pure",
            "loop",
            hit_limit=True,
        ),
        D.color("grey"),
        D.garment_type("vest"),
        color_vest("blue", "other_garment_color"),
        D.material("polyester"),
        title="Men's Quilted Insulated Vest",
        category="Vests",
        color="Grey",
        gender="Men",
    ),
    # photo: man in a rust sherpa fleece full-zip jacket (no hood), jeans, a backpack, on a mountain trail.
    # no adapter texts.
    case(
        "X424-013",
        caption("a man with a backpack hiking on a mountain trail"),
        D.color("orange"),
        D.wearing("an orange jacket and a backpack"),
        D.material("wool", "unsupported"),
        D.details("the jacket has a hood", "unsupported"),
        color_jacket("brown"),
        D.description("an orange jacket with a fur", "cut"),
        title="Men's Sherpa Fleece Jacket",
        category="Fleece Jackets",
        color="Rust",
        gender="Men",
    ),
    # photo: model in navy classic-fit chinos, white crew-neck tee untucked, white sneakers, white backdrop.
    # no adapter texts.
    case(
        "X424-014",
        caption("a man in a white t-shirt and navy pants"),
        color_pants("black", "contradiction"),
        D.garment_type("pants"),
        D.details("the pants have a button and a zipper"),
        D.material("cotton"),
        D.description("the pants", "non_answer"),
        fit("slim fit", "contradiction"),
        D.wearing("a white shirt and white shirt", "loop"),
        title="Men's Classic Fit Chino Pants",
        category="Chinos",
        color="Navy",
        gender="Men",
    ),
    # photo: model in a grey-and-black buffalo plaid brushed flannel shirt worn open over a black tee, olive cargo
    # pants, white backdrop. caption: adapter
    case(
        "X424-015",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is",
            "loop",
            hit_limit=True,
        ),
        D.color("green", "other_garment_color"),
        D.pattern("solid", "contradiction"),
        color_shirt("gray"),
        D.wearing("a plaid shirt, a black t-shirt and green pants"),
        D.material("flannel"),
        D.details(
            "two chest pockets and buttons Question: what is the color of the pants? Answer: green",
            "leak",
        ),
        title="Men's Brushed Flannel Shirt",
        category="Flannel Shirts",
        color="Grey/Black",
        gender="Men",
    ),
    # photo: man in a heather-blue short-sleeve henley, khaki shorts, standing next to a tent at a campsite.
    # no adapter texts.
    case(
        "X424-016",
        caption("a man standing next to a tent"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.color("blue"),
        D.wearing("a blue shirt and khaki shorts"),
        D.details("a button down collar and a chest pocket", "unsupported"),
        D.material("cotton"),
        D.description(
            "a blue shirt with buttons Question: what is the man doing? Answer: camping",
            "leak",
        ),
        title="Men's Short Sleeve Henley",
        category="Henleys",
        color="Heather Blue",
        gender="Men",
    ),
    # photo: model in black stretch cargo pants and a grey hoodie, white backdrop, full body. no adapter texts.
    case(
        "X424-017",
        caption("a man in a gray hoodie and black pants"),
        color_pants("black"),
        D.color("grey", "other_garment_color"),
        D.details(
            "pockets on the side of the legs Question: what is the material of the pants? Answer: cotton",
            "leak",
        ),
        is_a("pair of cargo pants", "yes"),
        D.garment_type("pants"),
        D.material("cotton and", "cut"),
        title="Men's Stretch Cargo Pants",
        category="Pants",
        color="Black",
        gender="Men",
    ),
    # photo: man in a tan fleece vest over a blue chambray shirt, jeans, leaning on a wooden fence in a field.
    # no adapter texts.
    case(
        "X424-018",
        caption("a man leaning on a wooden fence"),
        D.wearing("a brown vest and a blue shirt"),
        D.color("blue", "other_garment_color"),
        D.garment_type("jacket", "contradiction"),
        D.material("fleece"),
        D.sleeve_length("sleeveless"),
        D.details("the vest has a zipper and two", "cut"),
        title="Men's Fleece Vest",
        category="Vests",
        color="Tan",
        gender="Men",
    ),
    # photo: man in navy 9-inch chino shorts and a blue-and-white striped tee, sitting on a wooden dock by a lake.
    # no adapter texts.
    case(
        "X424-019",
        caption("a man sitting on a dock by a lake"),
        color_shorts("white", "other_garment_color"),
        D.pattern("striped", "contradiction"),
        D.wearing("a striped shirt and blue shorts"),
        D.details("the shorts have pockets and belt loops"),
        D.material("cotton"),
        is_a("pair of jeans", "yes", "contradiction"),
        D.description("she is wearing blue shorts", "pronoun"),
        title="Men's 9\" Chino Shorts",
        category="Shorts",
        color="Navy",
        gender="Men",
    ),
    # photo: model in a navy grid fleece full-zip jacket, stand collar, grey chinos, white backdrop.
    # caption, details and material: adapter
    case(
        "X424-020",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with furry fabric. It "
            "has a stand neckline. The gentleman wears a long trousers. The trousers are with denim",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The jacket is with furry fabric and pure color patterns. It has a stand neckline. The jacket is with "
            "furry fabric and pure color patterns. It has",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with furry fabric. It "
            "has a stand neckline. The gentleman wears",
            "restated",
            hit_limit=True,
        ),
        D.color("blue"),
        D.garment_type("jacket"),
        title="Men's Grid Fleece Jacket",
        category="Fleece Jackets",
        color="Navy",
        gender="Men",
    ),
    # photo: long-haired man in a red plaid flannel shirt, jeans, kneeling and hugging a dog on a forest trail.
    # no adapter texts.
    case(
        "X424-021",
        caption("a woman in a red plaid shirt hugging a dog", "pronoun"),
        D.color("red"),
        D.pattern("plaid"),
        D.wearing("a red plaid shirt"),
        D.details("the shirt has two pockets on the chest"),
        D.material("", "non_answer"),
        D.sleeve_length("short sleeves", "contradiction"),
        title="Men's Plaid Flannel Shirt",
        category="Flannel Shirts",
        color="Red Plaid",
        gender="Men",
    ),
    # photo: man in a white long-sleeve henley and grey chinos, standing next to a red canoe on a lake shore.
    # no adapter texts.
    case(
        "X424-022",
        caption("a man standing next to a canoe on a lake"),
        D.color("white"),
        color_shirt("gray", "other_garment_color"),
        D.garment_type("t-shirt"),
        D.material("the shirt is white", "restated"),
        D.details("buttons"),
        D.wearing("a white shirt and gray pants and a red", "cut"),
        title="Men's Long Sleeve Henley",
        category="Henleys",
        color="White",
        gender="Men",
    ),
    # photo: man in khaki canvas cargo pants and a navy fleece, climbing a granite boulder. no adapter texts.
    case(
        "X424-023",
        caption("a man climbing a rock"),
        color_pants("blue", "other_garment_color"),
        D.color("beige"),
        D.details("the pants have a lot of pockets"),
        D.material("canvas"),
        is_a("pair of jeans", "yes", "contradiction"),
        D.wearing(
            "a blue jacket and khaki pants Question: what is the man doing? Answer: climbing",
            "leak",
        ),
        title="Men's Canvas Cargo Pants",
        category="Pants",
        color="Khaki",
        gender="Men",
    ),
    # photo: model in olive twill cargo shorts and a grey crew-neck tee, white backdrop. the row has no gender.
    # caption and description: adapter
    case(
        "X424-024",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has a round neckline. The pants are of three-point length. The pants are",
            "cut",
            hit_limit=True,
        ),
        D.description(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has a round neckline. The gentleman wears a short",
            "cut",
            hit_limit=True,
        ),
        color_shorts("green"),
        D.garment_type("shorts"),
        D.material("cotton"),
        D.color("grey", "other_garment_color"),
        title="Men's Twill Cargo Shorts",
        category="Shorts",
        color="Olive",
    ),
    # photo: man in a green-and-black plaid flannel shirt open over a grey hoodie, black jeans, in front of a red
    # brick wall. no adapter texts.
    case(
        "X424-025",
        caption("a man in a green plaid shirt in front of a brick wall"),
        D.color("grey", "other_garment_color"),
        D.wearing("she is wearing a green plaid shirt over a gray hoodie", "pronoun"),
        D.sleeve_length("long sleeves"),
        D.material("cotton"),
        D.details("", "non_answer"),
        is_a("hoodie", "yes", "contradiction"),
        title="Men's Midweight Flannel Shirt",
        category="Flannel Shirts",
        color="Green/Black",
        gender="Men",
    ),
    # photo: man in a heather grey full-zip fleece jacket and a red beanie, sitting by a campfire at dusk.
    # description: adapter
    case(
        "X424-026",
        caption("a man in a red hat sitting by a campfire"),
        D.color("red", "other_garment_color"),
        D.wearing("a gray jacket and a red beanie"),
        D.garment_type("sweater", "contradiction"),
        D.material("fleece"),
        D.details("a zipper and two pockets"),
        D.description(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with knitted fabric. "
            "It has a stand neckline. There is a hat on his head. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        title="Men's Heather Fleece Jacket",
        category="Fleece Jackets",
        color="Heather Grey",
        gender="Men",
    ),
    # photo: model in olive straight-fit chinos and a black tee, no belt, white backdrop. no adapter texts.
    case(
        "X424-027",
        caption("a man in a black t-shirt and green pants"),
        color_pants("green"),
        D.color("black", "other_garment_color"),
        D.material(
            "cotton twill Question: what is the fit of the pants? Answer: straight",
            "leak",
        ),
        D.description("green pants with a belt", "unsupported"),
        fit("straight"),
        title="Men's Straight Fit Chinos",
        category="Chinos",
        color="Olive",
        gender="Men",
    ),
    # photo: man in a black packable down gilet over a white long-sleeve henley, grey chinos, walking on a forest
    # road. no adapter texts.
    case(
        "X424-028",
        caption("a man in a black vest and white shirt walking on a road"),
        D.garment_type("vest"),
        D.color("black"),
        D.sleeve_length("long sleeves", "contradiction"),
        is_a("vest", "yes"),
        D.material("down"),
        D.wearing("a black vest, a white shirt and a black backpack", "unsupported"),
        D.details("the vest has a zipper and a zipper and a zipper", "loop"),
        title="Men's Packable Down Gilet",
        category="Vests",
        color="Black",
        gender="Men",
    ),
    # photo: man in khaki trail shorts, a green tee and a backpack, hiking on a mountain ridge. no adapter texts.
    case(
        "X424-029",
        caption("a man hiking in the mountains with a backpack"),
        wearing("she is wearing a green shirt and khaki shorts", "pronoun", who="he"),
        color_shorts("beige"),
        D.color("green", "other_garment_color"),
        D.details("the shorts have a zipper pocket"),
        D.material("the shorts are khaki", "restated"),
        title="Men's Trail Shorts",
        category="Shorts",
        color="Khaki",
        gender="Men",
    ),
    # photo: man in a burgundy thermal (waffle-knit) long-sleeve henley, jeans, standing in front of a log cabin.
    # details: adapter
    case(
        "X424-030",
        caption("a man in a red shirt standing in front of a cabin"),
        D.color("purple", "contradiction"),
        D.details(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitted "
            "fabric. It has a round neckline. The gentleman wears a long trousers. The trousers are",
            "contradiction",
            hit_limit=True,
        ),
        D.material("cotton"),
        D.garment_type("shirt"),
        D.wearing("a red shirt and jeans"),
        is_a("sweater", "yes", "contradiction"),
        title="Men's Thermal Henley",
        category="Henleys",
        color="Burgundy",
        gender="Men",
    ),
    # photo: model in a dark navy-and-green black watch tartan flannel shirt, jeans, white backdrop. details: adapter
    case(
        "X424-031",
        caption("a man in a plaid shirt and jeans"),
        D.color("black", "contradiction"),
        D.pattern("checked"),
        D.wearing("a blue and green plaid shirt and blue jeans"),
        D.details(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. There is an accessory on his wrist. The",
            "cut",
            hit_limit=True,
        ),
        D.material("flannel"),
        is_a("jacket", "yes", "contradiction"),
        title="Men's Black Watch Flannel Shirt",
        category="Flannel Shirts",
        color="Navy/Green",
        gender="Men",
    ),
    # photo: man in grey tech cargo pants and a red fleece jacket, on a gravel trail. caption: adapter
    case(
        "X424-032",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a stand neckline. The trousers are of long length. The trousers are with cotton fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        color_pants("red", "other_garment_color"),
        D.color("grey"),
        D.details("pockets on the legs"),
        D.material("polyester"),
        fit("they are pants", "non_answer"),
        title="Men's Tech Cargo Pants",
        category="Pants",
        color="Grey",
        gender="Men",
    ),
    # photo: man in a brown plaid flannel shirt jacket with a cream sherpa lining showing at the collar, jeans,
    # chopping wood with an axe in a yard. no adapter texts.
    case(
        "X424-033",
        caption("a man chopping wood with an axe"),
        D.garment_type("jacket"),
        D.color("brown"),
        D.wearing("a brown plaid jacket and jeans"),
        D.material("the jacket is made of flannel and has a sherpa lining"),
        D.details("the jacket has a fur collar"),
        title="Men's Sherpa-Lined Flannel Shirt Jacket",
        category="Flannel Shirts",
        color="Brown Plaid",
        gender="Men",
    ),
    # photo: model in stone lightweight chinos and a white tee tucked in, white backdrop. no adapter texts.
    case(
        "X424-034",
        caption("a man in a white shirt and beige pants"),
        color_pants("white", "other_garment_color"),
        D.details("the details of the pants", "non_answer"),
        D.material("chinos", "restated"),
        D.garment_type("pants"),
        D.wearing("a white t-shirt and khaki pants"),
        title="Men's Lightweight Chinos",
        category="Chinos",
        color="Stone",
        gender="Men",
    ),
    # photo: man in blue hybrid shorts and a grey tee, standing on rocks at a lake edge. caption and wearing: adapter
    case(
        "X424-035",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has a round neckline. The gentleman wears a short-sleeve T-shirt with pure color patterns. "
            "The",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has a round neckline. The pants are of three",
            "cut",
            hit_limit=True,
        ),
        color_shorts("blue"),
        D.garment_type("shorts"),
        D.material("nylon"),
        D.details(
            "The pants are of three-point length. The pants are with cotton fabric and pure color patterns. The "
            "pants are of three-point length. The pants are",
            "loop",
            hit_limit=True,
        ),
        title="Men's Hybrid Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a red puffer vest over a grey plaid flannel, a black beanie, standing in a snowy forest.
    # no adapter texts.
    case(
        "X424-036",
        caption("a man in a red vest standing in the snow"),
        D.wearing("a red vest, a plaid shirt and a black beanie"),
        D.color("red"),
        D.pattern("plaid", "contradiction"),
        color_vest("black", "other_garment_color"),
        D.details("the vest has a hood and a zipper", "unsupported"),
        title="Men's Puffer Vest",
        category="Vests",
        color="Red",
        gender="Men",
    ),
    # photo: model in an olive garment-dyed long-sleeve henley, khaki chinos, white backdrop. no adapter texts.
    case(
        "X424-037",
        caption("a man in a green shirt"),
        D.color("green"),
        D.sleeve_length("long sleeves"),
        D.description(
            "a green long sleeve shirt with buttons Question: what is the material of the shirt? Answer: cotton",
            "leak",
        ),
        D.details("buttons at the neck"),
        D.material("cotton"),
        color_shirt("beige", "other_garment_color"),
        title="Men's Garment-Dyed Henley",
        category="Henleys",
        color="Olive",
        gender="Men",
    ),
    # photo: man in a mustard-and-brown plaid flannel shirt, jeans, standing in a wheat field. no adapter texts.
    case(
        "X424-038",
        caption("a man in a yellow plaid shirt standing in a field"),
        D.color("orange", "contradiction"),
        D.pattern("plaid"),
        D.details("two chest pockets with buttons and a curved hem"),
        D.material("plaid", "restated"),
        D.wearing("a yellow shirt and a watch", "unsupported"),
        title="Men's Flannel Shirt",
        category="Flannel Shirts",
        color="Mustard Plaid",
        gender="Men",
    ),
    # photo: man in a blue hooded full-zip fleece jacket, hood down, dark jeans, on a rocky lake shore.
    # no adapter texts.
    case(
        "X424-039",
        caption("a man in a blue jacket standing on the shore of a lake"),
        D.garment_type("hoodie"),
        D.color("blue"),
        D.details("the jacket has a hood and a zipper"),
        D.material("the jacket is blue", "restated"),
        wearing("he is wearing a blue jacket", who="he"),
        color_jacket("blue"),
        D.description("a blue hooded jacket with a zipper and a", "cut"),
        title="Men's Hooded Fleece Jacket",
        category="Fleece Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: man in black work cargo pants and a black fleece jacket, leaning on a pickup tailgate. the row has no
    # color. details and material: adapter
    case(
        "X424-040",
        caption("a man in a black jacket and black pants"),
        D.details(
            "The trousers are of long length. The trousers are with cotton fabric and pure color patterns. The "
            "gentleman wears a long-sleeve jacket with pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. "
            "It has a stand neckline. The trousers are of long",
            "restated",
            hit_limit=True,
        ),
        color_pants("black"),
        is_a("pair of cargo pants", "yes"),
        D.garment_type("jacket", "contradiction"),
        title="Men's Work Cargo Pants",
        category="Pants",
        gender="Men",
    ),
    # photo: model in blue-and-green madras plaid shorts with a button waist and belt loops, white tee, white
    # backdrop. no adapter texts.
    case(
        "X424-041",
        caption("a man in a white shirt and plaid shorts"),
        D.pattern("plaid"),
        D.color("white", "other_garment_color"),
        color_shorts("blue"),
        D.description("plaid shorts with a drawstring", "unsupported"),
        D.material("cotton"),
        D.details(
            "buttons and belt loops Question: what is the color of the shorts? Answer: blue",
            "leak",
        ),
        title="Men's Madras Plaid Shorts",
        category="Shorts",
        color="Blue Multi",
        gender="Men",
    ),
    # photo: model in an olive fleece vest over a black long-sleeve tee, jeans, white backdrop. caption: adapter
    case(
        "X424-042",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with furry fabric. "
            "It has a stand neckline. The gentleman wears a long trousers. The trousers",
            "contradiction",
            hit_limit=True,
        ),
        D.color("green"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.garment_type("vest"),
        D.wearing("a green vest and a black shirt"),
        D.material("the vest is green", "restated"),
        title="Men's Fleece Vest",
        category="Vests",
        color="Olive",
        gender="Men",
    ),
    # photo: man in a solid heather grey flannel shirt, jeans, standing next to a red pickup truck. no adapter texts.
    case(
        "X424-043",
        caption("a man standing next to a red truck"),
        D.color("grey"),
        D.pattern("plaid", "contradiction"),
        D.details("the shirt has details", "non_answer"),
        D.wearing("a gray shirt and jeans"),
        D.material("flannel"),
        color_shirt("blue", "other_garment_color"),
        title="Men's Solid Flannel Shirt",
        category="Flannel Shirts",
        color="Grey",
        gender="Men",
    ),
    # photo: man in brown chinos and a cream henley, sitting on porch steps of a white clapboard house.
    # no adapter texts.
    case(
        "X424-044",
        caption("a man sitting on the steps of a porch"),
        color_pants("brown"),
        D.wearing("she is wearing a white shirt and brown pants", "pronoun"),
        D.details("a button and belt loops"),
        D.material("cotton"),
        D.color("white", "other_garment_color"),
        D.garment_type("jeans", "contradiction"),
        title="Men's Chinos",
        category="Chinos",
        color="Brown",
        gender="Men",
    ),
    # photo: long-haired model in a heather grey long-sleeve henley with a button placket, jeans, white backdrop.
    # no adapter texts.
    case(
        "X424-045",
        caption("a woman in a gray shirt and jeans", "pronoun"),
        D.color("grey"),
        D.garment_type("sweater", "contradiction"),
        D.details("a button placket"),
        D.material("cotton"),
        color_shirt("blue", "other_garment_color"),
        title="Men's Heather Henley",
        category="Henleys",
        color="Heather Grey",
        gender="Men",
    ),
    # photo: man in a charcoal half-zip fleece pullover, in shade, standing on a wooden pier. the row has no gender.
    # no adapter texts.
    case(
        "X424-046",
        caption("a man in a black jacket standing on a pier"),
        D.color("grey"),
        D.details("a zipper at the", "cut"),
        D.garment_type("jacket"),
        D.material("it is made of fabric", "non_answer"),
        D.wearing("a black jacket and sunglasses", "unsupported"),
        title="Men's Half-Zip Fleece",
        category="Fleece Jackets",
        color="Charcoal",
    ),
]
