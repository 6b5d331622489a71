"""BLIND_478 (46 products; men's shirts, tees, polos, jeans, chinos, jackets, kurtas, track pants on models): written
blind in the forty-eighth session. Measured blind at 47ee318 (the session's rules as they stood): 115/140 failures
found (82.1%) and 1/184 correct texts flagged (0.5%). The writer's notes, verbatim:

Scenario: a Myntra men's catalog night: casual and formal shirts, t-shirts and polos, jeans, chinos and trousers,
jackets (utility, bomber, biker, denim, puffer, windcheater), kurtas and track pants. Every photo is a model in a
full outfit, so the product always shares the frame with other garments (a tee under an open shirt or jacket, the
shirt above the jeans, a churidar under the kurta), and some shoots add walls, curtains, plants, a scooter, a
basketball or a printed beach backdrop. Each row has the seller's title, category, color and gender; a few rows miss
the gender or the color, as real feeds do. The questionnaire is enrich's default one plus per-garment color questions
(shirt, t-shirt, pants, jeans, jacket, kurta) and a few yes/no "Is this a ...?" questions.

Who wrote what: the open questions (wearing, description, details, material) and most captions come from the untuned
base `Salesforce/blip2-opt-2.7b`: short lowercase texts ("a man in a blue shirt and khaki pants", "t - shirt" as its
tokenizer spells it) that stop on their own, so they never carry hit_limit. Eight captions come from the caption-only
LoRA adapter (DeepFashion template, "The gentleman wears a long-sleeve shirt with pure color patterns ..."); trained
with no end token, it always runs to its 50-token limit (hit_limit=True). The comment over each case names the
adapter caption where there is one. The closed questions (garment_type, color, pattern, sleeve_length, the
per-garment colors and "Is this a ...?") are the VQA adapter's answers through enrich's `--engine reference`: one
value from a candidate set, never a loop or a cut, but often the wrong value.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: blue for navy, teal or indigo; green for olive, sea green or teal;
  red for maroon; orange for rust; grey for charcoal or grey melange; beige, tan or khaki for beige chinos; cream or
  white for off white; purple for lavender; pink for peach. Black for charcoal trousers and pink for lavender are
  contradiction (another text of the same product has the right shade).
- Garment synonyms are correct: pants or trousers for chinos, sweatpants for track pants, tee/t - shirt for a
  t-shirt, polo shirt or shirt for a polo t-shirt, suit jacket for a blazer, pajamas for a churidar, "a long orange
  shirt" in a description of a kurta. The reference engine's "shirt" as the garment_type of a kurta or of a utility
  jacket, "t-shirt" for a shirt, "jeans" for track pants or chinos and "jacket" for a tee are contradiction.
- A color of another piece in the photo (the tee under the jacket, the shirt above the jeans, the tie, the belt)
  given to the product or to a piece that lacks it is other_garment_color, also in an open answer that gives two
  garments one color. A color no garment has (the wall, the plant, the sky backdrop, the scooter, the marigolds, a
  print or trim color) is contradiction.
- Open answers that describe another garment than the product ("he is wearing a checkered shirt" for the jeans)
  and "yes" to "Is this a jacket?" for a shirt or jeans are contradiction. Sleeve length of a long-sleeve garment
  with rolled-up sleeves answered "short sleeves" is contradiction; side taping on track pants is not a pattern
  ("solid" correct); the tipped collar of a polo answered "striped" is contradiction.
- Invented details and items (a chest pocket the shirt lacks, pockets on the back of a front view, a collar on a
  round-neck tee, a hood, a fur collar, ripped knees, a tiger print, embroidery on the sleeves, a belt on beltless
  chinos, a tie, a hat, a backpack, a cup of coffee) are unsupported, in captions as in answers. Materials: the one
  the title names, or a plausible guess on what the photo shows (cotton for a plain tee, polyester for track pants,
  nylon for a shiny bomber) is correct; a material that the title contradicts (polyester for a pure cotton tee,
  silk for a cotton kurta, leather for a cotton jacket, cotton for a linen shirt) or that belongs to the backdrop
  ("brick") is unsupported.
- A base answer that repeats a phrase three times or more is loop, even though it stopped on its own. A base answer
  ending on a dangling word ("the kurta is made of") is cut, without hit_limit. Every adapter caption is at least cut;
  one that repeats its first sentence is loop; one that names another garment than the product (a sweater for a
  trucker jacket) is contradiction. A kurta called "a long-sleeve shirt" by the template is not counted against it;
  the loop is labelled.
- Answers that run on into "Question: ... Answer: ..." are leak even where the first part is right.
- Empty answers, "i don't know", "yes", "the shirt", "it is made of fabric", "the details of the jacket" and "they
  are jeans" are non_answer. A material, details or description question answered with only the garment's name and
  color ("a purple shirt", "the jacket is black", "he is wearing a black polo shirt") is restated.
- "she" for a male model (long hair in a bun, or not) is pronoun; every such row has gender Men.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_shirt = question("color_shirt", "What is the color of the shirt?", "closed")
color_tshirt = question("color_t_shirt", "What is the color of the t-shirt?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_jeans = question("color_jeans", "What is the color of the jeans?", "closed")
color_jacket = question("color_jacket", "What is the color of the jacket?", "closed")
color_kurta = question("color_kurta", "What is the color of the kurta?", "closed")

BLIND_478 = [
    # photo: man in a navy blue long-sleeve cotton shirt with one chest pocket, tucked into beige chinos, brown belt,
    # plain white studio backdrop, front view, full length.
    case(
        "X478-001",
        caption("a man in a blue shirt and khaki pants"),
        D.wearing("a blue shirt and a blue tie", "unsupported"),
        D.garment_type("shirt"),
        D.color("blue"),
        color_pants("blue", "other_garment_color"),
        D.details(
            "the shirt has a pocket on the chest and a pocket on the sleeve",
            "unsupported",
        ),
        D.material("cotton"),
        title="Men Navy Blue Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in an open olive green cotton utility jacket with two flap chest pockets, long sleeves, over a white
    # crew-neck tee, black jeans, grey backdrop, front view.
    case(
        "X478-002",
        caption("a man wearing a green jacket and black jeans"),
        D.wearing("a white t - shirt, a green jacket and black jeans"),
        D.garment_type("shirt", "contradiction"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.details("the jacket has two pockets with flaps on the chest"),
        D.material("leather", "unsupported"),
        title="Men Olive Green Solid Cotton Utility Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: man in blue mid-rise light-fade slim jeans, black crew-neck tee, white sneakers, white backdrop, front
    # view, full length. caption: adapter
    case(
        "X478-003",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is "
            "with cotton fabric. It has a round neckline. The pants are with denim fabric and pure color patterns. "
            "There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black t - shirt and blue jeans"),
        D.color("black", "other_garment_color"),
        color_jeans("blue"),
        D.details("the jeans are faded"),
        D.material("blue jeans", "restated"),
        is_a("jeans", "yes", article="a pair of"),
        title="Men Blue Slim Fit Mid-Rise Light Fade Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a maroon short-sleeve polo t-shirt, white tipping on the collar and the sleeve hems, grey chinos,
    # standing in front of a red-brown exposed brick wall, three-quarter view.
    case(
        "X478-004",
        caption("a man in a red shirt standing in front of a brick wall"),
        D.wearing("a red polo shirt and grey pants"),
        D.color("maroon"),
        D.pattern("striped", "contradiction"),
        D.sleeve_length("short sleeves"),
        D.details("the collar and the sleeves have white stripes"),
        D.material("brick", "unsupported"),
        title="Men Maroon Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: man in a knee-length white cotton kurta, mandarin collar, long sleeves, white churidar, beige wall,
    # front view, full length.
    case(
        "X478-005",
        caption("a man in a white kurta and white pants standing in front of a wall"),
        D.wearing("she is wearing a white kurta and pants", "pronoun"),
        D.garment_type("kurta"),
        D.color("white"),
        D.sleeve_length("long sleeves"),
        D.description(
            "a white kurta with a mandarin collar Question: What is the color of the kurta? Answer: white",
            "leak",
        ),
        is_a("kurta", "yes"),
        title="Men White Solid Straight Cotton Kurta",
        category="Kurtas",
        color="White",
        gender="Men",
    ),
    # photo: man in black track pants with white side taping, a grey pullover hoodie, white sneakers, white
    # backdrop, front view, full length.
    case(
        "X478-006",
        caption("a man in a grey hoodie and black pants"),
        D.wearing("a grey sweatshirt and grey track pants", "other_garment_color"),
        D.color("grey", "other_garment_color"),
        D.pattern("solid"),
        D.details("the pants have white stripes on the sides"),
        D.material("polyester"),
        color_pants("white", "contradiction"),
        title="Men Black Solid Track Pants with Side Taping",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: man in a light blue denim shirt, long sleeves rolled up to the elbows, two chest pockets, worn open over
    # a white tee, black jeans, grey backdrop. caption: adapter
    case(
        "X478-007",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It "
            "has a lapel collar. The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with "
            "denim",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a denim shirt and black jeans"),
        D.color("white", "other_garment_color"),
        color_shirt("blue"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.material("denim"),
        title="Men Light Blue Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: man in beige slim chinos without a belt, navy short-sleeve polo tucked out, brown loafers, white
    # backdrop, front view, full length.
    case(
        "X478-008",
        caption("a man in a blue polo shirt and khaki pants"),
        D.wearing("a blue shirt and tan pants"),
        D.color("blue", "other_garment_color"),
        D.garment_type("jeans", "contradiction"),
        D.description("a pair of khaki pants with a belt", "unsupported"),
        D.material("cotton"),
        title="Men Beige Slim Fit Chinos",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: man in a black faux leather biker jacket, asymmetric zip, notched collar without fur, over a grey tee,
    # blue jeans, white backdrop.
    case(
        "X478-009",
        caption(
            "a man wearing a black leather jacket and a black shirt",
            "other_garment_color",
        ),
        D.wearing("a black leather jacket and blue jeans"),
        D.color("black"),
        D.garment_type("jacket"),
        D.description("a black leather jacket with a fur collar", "unsupported"),
        D.details(
            "the jacket has a zipper on the front and a zipper on the front and a zipper on the front",
            "loop",
        ),
        D.material("leather"),
        title="Men Black Solid Faux Leather Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: man in a white shirt with thin navy vertical stripes, long sleeves buttoned at the cuff, no pocket, navy
    # chinos, plain grey wall, front view.
    case(
        "X478-010",
        caption("a man in a striped shirt and blue pants"),
        D.wearing("a blue and white striped shirt and blue pants"),
        D.color("white"),
        D.pattern("striped"),
        D.sleeve_length("short sleeves", "contradiction"),
        color_pants("white", "other_garment_color"),
        D.details("the shirt has a pocket on the chest", "unsupported"),
        title="Men White & Navy Blue Striped Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: man in a mustard yellow round-neck tee with white "NYC" lettering on the chest, black joggers, white
    # backdrop, front view.
    case(
        "X478-011",
        caption("a man wearing a yellow t - shirt with the word nyc on it"),
        D.wearing("a yellow shirt and black pants"),
        D.color("yellow"),
        D.pattern("striped", "contradiction"),
        D.sleeve_length("short sleeves"),
        D.description("a yellow t - shirt with a picture of a city", "unsupported"),
        D.material("a yellow t - shirt", "restated"),
        title="Men Mustard Yellow Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: man in charcoal grey slim formal trousers, white shirt tucked in, black belt, black shoes, white
    # backdrop, full length.
    case(
        "X478-012",
        caption("a man in a white shirt and grey pants"),
        D.wearing("a white shirt and black pants", "contradiction"),
        D.color("grey"),
        color_shirt("grey", "other_garment_color"),
        D.garment_type("pants"),
        D.details("the pants have pockets on the back", "unsupported"),
        D.material(
            "the pants are made of cotton Question: What is the color of the pants? Answer: grey",
            "leak",
        ),
        title="Men Charcoal Grey Slim Fit Formal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: man in a red-and-black buffalo check flannel shirt, long sleeves, worn open over a black tee, blue jeans,
    # white backdrop. caption: adapter
    case(
        "X478-013",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has "
            "a lapel collar. The gentleman wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red and black plaid shirt, blue jeans and a black hat", "unsupported"),
        D.color("red"),
        D.pattern("checked"),
        color_tshirt("red", "other_garment_color"),
        D.material("flannel"),
        is_a("jacket", "yes", "contradiction"),
        title="Men Red & Black Buffalo Checked Flannel Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: man in a navy blue nylon bomber jacket with striped rib-knit collar and cuffs, no hood, zipped halfway
    # over a white tee, beige chinos, white backdrop.
    case(
        "X478-014",
        caption("a man in a blue jacket and white shirt"),
        D.wearing("a navy bomber jacket, a white t - shirt and khaki pants"),
        D.color("blue"),
        color_jacket("white", "other_garment_color"),
        D.description("a blue jacket with a hood", "unsupported"),
        D.details("the jacket has a zipper and a zipper and a zipper", "loop"),
        D.material("nylon"),
        is_a("jacket", "yes"),
        title="Men Navy Blue Solid Bomber Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a sea green short-sleeve linen shirt, white chinos, seated on a wooden stool, white backdrop.
    case(
        "X478-015",
        caption("a man in a green shirt sitting on a chair"),
        D.wearing("a green shirt and white pants"),
        D.color("green"),
        color_pants("green", "other_garment_color"),
        D.sleeve_length("short sleeves"),
        D.material("cotton", "unsupported"),
        D.details(
            "the shirt has a collar and buttons Question: What is the color of the shirt? Answer: green",
            "leak",
        ),
        title="Men Sea Green Solid Linen Casual Shirt",
        category="Shirts",
        color="Sea Green",
        gender="Men",
    ),
    # photo: man in black skinny jeans without rips, white shirt untucked, brown boots, white backdrop, full length.
    case(
        "X478-016",
        caption("a man in a white shirt and black jeans"),
        D.wearing("a white shirt and white jeans", "other_garment_color"),
        D.color("black"),
        color_jeans("black"),
        color_shirt("black", "other_garment_color"),
        D.details("the jeans are ripped at the knees", "unsupported"),
        title="Men Black Skinny Fit Clean Look Stretchable Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: man in a rust orange cotton kurta, mandarin collar, long sleeves, white pyjama pants, mustard yellow
    # wall behind him, front view.
    case(
        "X478-017",
        caption("a man in an orange kurta standing in front of a yellow wall"),
        D.wearing("an orange kurta and orange pants", "other_garment_color"),
        D.color("yellow", "contradiction"),
        D.garment_type("kurta"),
        D.details("yes", "non_answer"),
        D.description("a long orange shirt with a mandarin collar"),
        D.material("silk", "unsupported"),
        title="Men Rust Orange Solid Cotton Straight Kurta",
        category="Kurtas",
        color="Rust",
        gender="Men",
    ),
    # photo: man in a grey melange long-sleeve henley tee, three-button placket, blue jeans, white backdrop.
    case(
        "X478-018",
        caption("a man in a grey shirt and jeans"),
        D.wearing("a grey henley shirt and blue jeans"),
        D.color("grey"),
        D.sleeve_length("long sleeves"),
        D.pattern("striped", "contradiction"),
        color_jeans("grey", "other_garment_color"),
        D.details("the shirt has buttons on the", "cut"),
        D.material("", "non_answer"),
        title="Men Grey Melange Solid Henley Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: man in olive green jogger track pants with side zip pockets and cuffed hems, black round-neck tee,
    # white backdrop, full length. caption: adapter
    case(
        "X478-019",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is "
            "with cotton fabric. The pants are with cotton fabric and pure color patterns. The gentleman wears a "
            "short-sleeve T-shirt with pure",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black t - shirt and green pants"),
        D.color("black", "other_garment_color"),
        color_pants("green"),
        D.garment_type("jeans", "contradiction"),
        D.details("the pants have pockets on the sides"),
        D.material("the pants are made of a", "cut"),
        title="Men Olive Green Solid Joggers Track Pants",
        category="Track Pants",
        color="Olive",
        gender="Men",
    ),
    # photo: man in a white short-sleeve polo with thin red horizontal stripes, navy chinos, white backdrop.
    # (row without gender)
    case(
        "X478-020",
        caption("a man in a striped polo shirt holding a cup of coffee", "unsupported"),
        D.wearing("a striped shirt and blue pants"),
        D.color("blue", "other_garment_color"),
        D.pattern("striped"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.description("a white shirt with red stripes and a collar"),
        D.details("the shirt", "non_answer"),
        title="Men White & Red Striped Polo Collar T-shirt",
        category="Tshirts",
        color="White",
    ),
    # photo: man in a black silk-blend kurta with gold embroidery on the placket and collar only, plain sleeves,
    # white churidar, maroon curtain behind.
    case(
        "X478-021",
        caption("a man in a black and gold kurta"),
        D.wearing("a black kurta with gold embroidery and white pants"),
        D.color("gold", "contradiction"),
        color_kurta("black"),
        D.description("he is wearing a black kurta with gold", "cut"),
        D.details("the kurta has gold embroidery on the collar and the sleeves", "unsupported"),
        D.material("silk"),
        is_a("kurta", "yes"),
        title="Men Black Embroidered Silk Blend Straight Kurta",
        category="Kurtas",
        color="Black",
        gender="Men",
    ),
    # photo: man in light-wash blue jeans, distressed at the knees, untucked white-and-blue checked shirt, white
    # sneakers, white backdrop, full length.
    case(
        "X478-022",
        caption("a man in a checkered shirt and ripped jeans"),
        D.wearing("a white shirt and blue jeans"),
        D.color("blue"),
        D.garment_type("shirt", "contradiction"),
        D.description("he is wearing a blue and white checkered shirt", "contradiction"),
        D.details("the jeans are ripped"),
        D.material("denim"),
        title="Men Blue Slim Fit Mildly Distressed Light Fade Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a plain teal blue round-neck cotton tee, grey track pants, white backdrop.
    case(
        "X478-023",
        caption("a man wearing a blue t - shirt and grey pants"),
        D.wearing("a green t - shirt and grey sweatpants"),
        D.color("green"),
        D.pattern("striped", "contradiction"),
        color_tshirt("grey", "other_garment_color"),
        D.details("a round neck and short sleeves"),
        D.material("polyester", "unsupported"),
        title="Men Teal Blue Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: man in a coffee brown suede trucker jacket, button front, two buttoned chest pockets, over a white tee,
    # black jeans, white backdrop. caption: adapter
    case(
        "X478-024",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a lapel collar. The gentleman wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a brown jacket and black jeans"),
        D.color("brown"),
        color_tshirt("brown", "other_garment_color"),
        D.garment_type("jacket"),
        D.details("the jacket has buttons on the front and two pockets on the chest"),
        D.material("suede"),
        is_a("jacket", "no", "contradiction"),
        title="Men Coffee Brown Solid Suede Trucker Jacket",
        category="Jackets",
        color="Coffee Brown",
        gender="Men",
    ),
    # photo: man in a white short-sleeve cuban-collar shirt with a small navy leaf print, beige chinos, a potted palm
    # beside him, white backdrop.
    case(
        "X478-025",
        caption("a man in a white shirt standing next to a plant"),
        D.wearing("a white shirt with leaves and beige pants"),
        D.color("white"),
        D.pattern("floral"),
        D.sleeve_length("long sleeves", "contradiction"),
        color_shirt("green", "contradiction"),
        D.description(
            "a white shirt with a print of leaves Question: What is the pattern of the shirt? Answer: floral",
            "leak",
        ),
        title="Men White & Navy Blue Tropical Printed Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: man in a black round-neck tee under an open grey unstructured blazer, blue jeans, white backdrop; the
    # tee's sleeves are hidden by the blazer.
    case(
        "X478-026",
        caption("a man in a grey blazer and black t - shirt"),
        D.wearing("a grey suit jacket, a black t - shirt and jeans"),
        D.color("grey", "other_garment_color"),
        D.garment_type("jacket", "contradiction"),
        color_tshirt("black"),
        D.details("the shirt has a collar", "unsupported"),
        D.material("cotton"),
        title="Men Black Solid Round Neck Slim Fit T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in olive green chinos, white linen shirt tucked in, brown leather belt, white backdrop, full length.
    case(
        "X478-027",
        caption("a man in a white shirt and green pants"),
        D.wearing("a white shirt and olive pants"),
        D.color("green"),
        D.garment_type("jeans", "contradiction"),
        color_pants("brown", "other_garment_color"),
        D.details("the pants have a belt and a belt and a belt and a belt", "loop"),
        D.material("cotton"),
        title="Men Olive Green Slim Fit Solid Regular Chinos",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: man in a navy blue kurta with a small white floral print all over, long sleeves, white pyjama, white
    # backdrop.
    case(
        "X478-028",
        caption("a man in a blue kurta with white flowers"),
        D.wearing(
            "he is wearing a blue kurta and white pajamas Question: What is the color of the kurta? Answer: blue",
            "leak",
        ),
        D.color("blue"),
        D.pattern("floral"),
        D.garment_type("shirt", "contradiction"),
        D.description("a blue kurta with a floral print"),
        D.material("the kurta is made of", "cut"),
        title="Men Navy Blue & White Floral Printed Pure Cotton Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a black short-sleeve polo, blue jeans, leaning on a red vintage scooter, street shoot.
    case(
        "X478-029",
        caption("a man in a black polo shirt sitting on a red scooter"),
        D.wearing("a black shirt and red pants", "contradiction"),
        D.color("red", "contradiction"),
        D.sleeve_length("short sleeves"),
        D.garment_type("polo shirt"),
        D.details("he is wearing a black polo shirt", "restated"),
        title="Men Black Solid Polo Collar Pure Cotton T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: man with long hair tied in a bun, in grey melange cotton track pants with a black drawstring, a white
    # tee, white backdrop, full length.
    case(
        "X478-030",
        caption("a man with long hair wearing a white t - shirt and grey sweatpants"),
        D.wearing("she is wearing a white t - shirt and grey pants", "pronoun"),
        D.color("grey"),
        D.garment_type("jeans", "contradiction"),
        color_pants("grey"),
        color_tshirt("grey", "other_garment_color"),
        D.details("the pants have a drawstring"),
        D.material("cotton"),
        title="Men Grey Melange Solid Cotton Track Pants",
        category="Track Pants",
        color="Grey",
        gender="Men",
    ),
    # photo: man in a light blue oxford shirt, button-down collar, one chest pocket, long sleeves, dark grey trousers,
    # in front of a pale blue painted wall.
    case(
        "X478-031",
        caption("a man in a blue shirt standing in front of a blue wall"),
        D.wearing("a blue shirt and grey pants"),
        D.color("blue"),
        D.sleeve_length("long sleeves"),
        D.details("the shirt has a button down collar and a pocket on the chest"),
        D.material("oxford cotton"),
        title="Men Blue Solid Oxford Cotton Button-Down Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: man in dark indigo slim jeans, a brown leather jacket over a white tee, a watch on his wrist, white
    # backdrop, full length. caption: adapter
    case(
        "X478-032",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with "
            "leather fabric. The pants are with denim fabric and pure color patterns. There is an accessory on his "
            "wrist. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a brown leather jacket, a white shirt and jeans"),
        D.color("brown", "other_garment_color"),
        color_jeans("blue"),
        D.garment_type("jeans"),
        D.details("the jeans have a hole in the knee", "unsupported"),
        is_a("jacket", "yes", "contradiction"),
        title="Men Navy Blue Dark Wash Slim Fit Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a lavender short-sleeve shirt without pockets, white chinos, white backdrop, front view.
    case(
        "X478-033",
        caption("a man in a purple shirt and white pants"),
        D.wearing("a pink shirt and white pants", "contradiction"),
        D.color("purple"),
        D.garment_type("t-shirt", "contradiction"),
        color_pants("white"),
        D.sleeve_length("short sleeves"),
        D.details(
            "the shirt has a pocket on the chest and a pocket on the back",
            "unsupported",
        ),
        D.material("a purple shirt", "restated"),
        title="Men Lavender Solid Casual Shirt",
        category="Shirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: man in a plain yellow mandarin-collar kurta, long sleeves, white pyjama, orange marigold garlands hanging
    # behind him.
    case(
        "X478-034",
        caption("a man in a yellow kurta with flowers in the background"),
        D.wearing("a yellow kurta and white pajamas"),
        D.color("orange", "contradiction"),
        D.pattern("floral", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.description("a yellow kurta with a yellow kurta with a yellow kurta", "loop"),
        is_a("kurta", "yes"),
        title="Men Yellow Solid Mandarin Collar Kurta",
        category="Kurtas",
        color="Yellow",
        gender="Men",
    ),
    # photo: man in a red quilted puffer jacket with a stand collar and no hood, zipped up, black tee visible at the
    # neck, black jeans, white backdrop.
    case(
        "X478-035",
        caption("a man in a red jacket with a black backpack", "unsupported"),
        D.wearing("a red puffer jacket and black pants"),
        D.color("red"),
        color_tshirt("red", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.details("the jacket has a hood", "unsupported"),
        D.material("i don't know", "non_answer"),
        title="Men Red Solid Padded Puffer Jacket",
        category="Jackets",
        color="Red",
        gender="Men",
    ),
    # photo: man in a white round-neck tee with a large blue-and-orange abstract brush-stroke print on the front,
    # blue jeans, white backdrop.
    case(
        "X478-036",
        caption("a man wearing a white t - shirt with a graphic design"),
        D.wearing("a white t - shirt and blue jeans"),
        D.color("orange", "contradiction"),
        D.pattern("graphic"),
        D.sleeve_length("short sleeves"),
        D.details("the shirt has a picture of a tiger on it", "unsupported"),
        color_jeans("blue"),
        D.material(
            "the shirt is made of cotton Question: What is the color of the shirt? Answer: white",
            "leak",
        ),
        title="Men White Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: man in an off-white chikankari embroidered cotton kurta, long sleeves, beige pants, white backdrop.
    # caption: adapter
    case(
        "X478-037",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel collar. The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with "
            "cotton",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white kurta and beige pants"),
        D.color("cream"),
        D.garment_type("kurta"),
        D.details("the kurta has embroidery on the front"),
        D.material("cotton"),
        is_a("shirt", "yes", "contradiction"),
        title="Men Off White Chikankari Embroidered Pure Cotton Kurta",
        category="Kurtas",
        color="Off White",
        gender="Men",
    ),
    # photo: man in navy blue track pants with white piping, a red tee, holding a basketball, white backdrop.
    case(
        "X478-038",
        caption("a man holding a basketball"),
        D.wearing("a red shirt and red pants", "other_garment_color"),
        D.color("red", "other_garment_color"),
        color_pants("blue"),
        D.garment_type("track pants"),
        D.details(
            "the pants have a white stripe Question: What is the color of the pants? Answer: blue",
            "leak",
        ),
        title="Men Navy Blue Solid Slim Fit Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a mid-blue washed denim jacket over a grey hoodie (hood out over the collar), black jeans, white
    # backdrop.
    case(
        "X478-039",
        caption("a man in a denim jacket and a grey hoodie"),
        D.wearing("a denim jacket, a grey hoodie and black jeans"),
        D.color("grey", "other_garment_color"),
        color_jacket("blue"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.details("the details of the jacket", "non_answer"),
        D.material("denim"),
        title="Men Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a green short-sleeve polo with a small embroidered logo on the chest, white chinos, white
    # backdrop. (row without color)
    case(
        "X478-040",
        caption("a man in a green polo shirt and white pants"),
        D.wearing("a man wearing a green shirt and white pants"),
        D.color("green"),
        color_pants("green", "other_garment_color"),
        D.sleeve_length("short sleeves"),
        D.details("the shirt has a logo on the chest"),
        D.material(
            "cotton and polyester and cotton and polyester and cotton and polyester",
            "loop",
        ),
        title="Men Green Solid Polo Collar T-shirt with Logo Detail",
        category="Tshirts",
        gender="Men",
    ),
    # photo: man in a white formal shirt without pockets, navy tie, grey suit trousers, white backdrop, waist up.
    case(
        "X478-041",
        caption("a man in a white shirt and a blue tie"),
        D.wearing("a white shirt, a blue tie and grey pants"),
        D.color("white"),
        D.garment_type("shirt"),
        color_shirt("blue", "other_garment_color"),
        D.pattern("solid"),
        D.description("a white shirt with a collar and cuffs"),
        D.details("the shirt has a pocket on the chest", "unsupported"),
        title="Men White Solid Slim Fit Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: man in grey slim jeans, navy crew-neck sweater, white sneakers, white backdrop, full length.
    case(
        "X478-042",
        caption("a man in a blue sweater and grey jeans"),
        D.wearing("he is wearing a blue sweater and blue jeans", "other_garment_color"),
        D.color("grey"),
        color_jeans("blue", "other_garment_color"),
        D.details("they are jeans", "non_answer"),
        D.material("grey jeans", "restated"),
        is_a("jeans", "yes", article="a pair of"),
        title="Men Grey Slim Fit Clean Look Jeans",
        category="Jeans",
        color="Grey",
        gender="Men",
    ),
    # photo: man in an indigo blue ikat-print cotton kurta with three-quarter sleeves, white pants, white backdrop.
    # (row without gender)
    case(
        "X478-043",
        caption("a man in a blue and white kurta"),
        D.wearing("a blue kurta and white pants"),
        D.color("blue"),
        D.pattern("printed"),
        color_pants("blue", "other_garment_color"),
        D.sleeve_length("three-quarter sleeves"),
        D.description("he is wearing a blue kurta", "restated"),
        D.material(
            "the kurta is made of cotton Question: What is the color of the kurta? Answer: blue",
            "leak",
        ),
        title="Men Indigo Blue Ikat Printed Cotton Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # photo: man in a black windcheater jacket with a reflective strip across the chest, zipped, a white tee at the
    # neck, grey track pants, white backdrop.
    case(
        "X478-044",
        caption("a man in a black jacket and grey pants with a backpack", "unsupported"),
        D.wearing("a black jacket and grey sweatpants"),
        D.color("black"),
        D.garment_type("jacket"),
        D.details("the jacket has a zipper and a", "cut"),
        D.material("the jacket is black", "restated"),
        title="Men Black Solid Windcheater Sporty Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: man in a peach long-sleeve linen-blend shirt, white trousers, in front of a printed beach-and-blue-sky
    # backdrop.
    case(
        "X478-045",
        caption("a man in a pink shirt and white pants on the beach"),
        D.wearing("she is wearing a pink shirt and white pants", "pronoun"),
        D.color("pink"),
        color_pants("blue", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.material("linen"),
        D.details("", "non_answer"),
        title="Men Peach-Coloured Solid Linen Blend Casual Shirt",
        category="Shirts",
        color="Peach",
        gender="Men",
    ),
    # photo: man in black slim chinos, a grey round-neck tee, white sneakers, white backdrop, full length.
    # caption: adapter
    case(
        "X478-046",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("she is wearing a grey t - shirt and black pants", "pronoun"),
        D.color("black"),
        color_tshirt("grey"),
        D.garment_type("pants"),
        D.description("a pair of black pants"),
        D.material("it is made of fabric", "non_answer"),
        title="Men Black Slim Fit Solid Chinos",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
]
