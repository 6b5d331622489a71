"""BLIND_411 (46 products; men's casual, formal and ethnic wear, model shots): written blind in the forty-sixth session.
Measured blind at 1291946 (the session's rules as they stood): 103/121 failures found (85.1%) and 2/152 correct texts
flagged (1.3%). The writer's notes, verbatim:

Scenario: a Myntra-like English men's catalog drawn at random from a night's run: t-shirts (crew, polo, henley,
printed, striped), shirts (formal, checked, striped, printed, denim), jeans, trousers and chinos, shorts, track
pants and joggers, kurtas, jackets (biker, bomber, denim, puffer), blazers, sweaters and sweatshirts. Every photo is
a model shot, so the product is nearly always worn with other garments (a tee under a jacket, a shirt over jeans),
and some photos have walls, plants, a gym, a coffee cup or a stool in them. Each row has the seller's title,
category, color and gender; a few rows miss the gender or the color, as real feeds do.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a man in a
navy blue t-shirt and jeans") or from the caption-only LoRA adapter (the DeepFashion template, "The gentleman wears a
long-sleeve shirt with pure color patterns. The shirt is with cotton fabric ..."), as each case's comment says. The
adapter has no end-of-answer token: each of its texts runs to its limit (hit_limit=True), ends mid-sentence or
loops, and asked a question it returns its template. Open answers (wearing, description, details, material) come
from the base model unless the comment names the adapter; the base model writes short lowercase texts and stops on
its own (never hit_limit). Closed answers (garment_type, color, pattern, sleeve_length, the per-piece colors and the
yes/no "Is this a ...?") are enrich's `--engine reference` choices from candidate sets: never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words are correct: blue for navy, indigo or teal, green for olive or teal, red for maroon, yellow for
  mustard, purple for lavender, white for off white or cream, grey for charcoal or melange, khaki or beige for
  chinos. Pink for lavender (when the caption says purple), pink for maroon, red for light pink, black for navy
  or grey, and orange for mustard are contradiction.
- A closed or open color that is the color of another garment in the photo (the tee under the jacket, the pants
  under the shirt) is other_garment_color; a color of the print, the trim, the side tape or the embroidery given as
  the garment's color is contradiction (no other garment in the photo has it). A color the photo's props give
  (a green plant, a red brick wall) is contradiction. One color given to two garments where one of them has
  another ("white pants" under a white shirt for charcoal pants, "black pants" with a black tee for grey joggers)
  is other_garment_color; a color no piece in the photo has ("white pants" for grey trousers) is contradiction.
- Garment synonyms are correct: shirt or long shirt for a kurta, suit or jacket for a blazer, hoodie for a
  sweatshirt, sweater for a sweatshirt (the adapter's only word for it), sweatpants or pants for track pants, pants
  for trousers or chinos, polo shirt for a polo t-shirt, hawaiian shirt for a tropical printed shirt. A cardigan
  answered "jacket" by the reference engine, shorts answered "trousers", chinos answered yes to "Is this a pair of
  jeans?", a kurta answered no to "Is this a kurta?" are contradiction.
- Layered outfits named piece by piece in their own colors are correct ("a denim jacket over a black hoodie"; "a
  black jacket and black pants" for an all-black outfit where both really are black).
- A belt, a logo, a hood, pockets or rolled sleeves that the photo shows are correct; invented items (a pocket
  square, a bow tie, a dupatta, a scarf, a belt under an untucked tee, a chest pocket or logo on a plain tee or
  polo, an orange lining the closed jacket does not show, rips on clean jeans, a v-neck on a crew neck, a shawl
  collar on a plain cardigan, a skull for a typography print, embroidery on plain sleeves) are unsupported.
- Materials: one the title names is correct (faux leather answered "leather" is correct); wool for a sweater whose
  title names no material is a plausible guess and correct; silk for a cotton kurta, wool for an acrylic sweater,
  leather for a padded nylon puffer are unsupported. A material question answered with the garment's color or name,
  or with the adapter's template, is restated (even where the template names a fabric).
- Adapter texts: one that repeats a sentence of the template is loop, one that stops mid-sentence without repeating
  is cut. The template calls kurtas "shirt" and sweatshirts "sweater": synonyms, so those stay cut or loop. The
  template answering "What is the person wearing?" or "What are the details of the garment?" is cut or loop, not
  restated.
- A base answer that stops in the middle of a phrase ("it is made of", "there is a print on the front that says")
  is cut without hit_limit. An empty answer, "the shorts are short", "the jeans have details" and "he is sitting on a
  stool" (for the description) are non_answer; the question echoed back ("describe the garment") is restated.
- A base answer that runs on into "Question: ... Answer: ..." is leak, even where its first words are right.
- "she" or "a woman" for a men's product is pronoun.
- Sleeves rolled to the elbow answered "long sleeves" are correct; a short-sleeved shirt or tee answered "long
  sleeves" is contradiction. Side stripes on track pants with pattern "solid" are correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_shirt = question("color_shirt", "What is the color of the shirt?", "closed")
color_tshirt = question("color_tshirt", "What is the color of the t-shirt?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_jeans = question("color_jeans", "What is the color of the jeans?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
color_kurta = question("color_kurta", "What is the color of the kurta?", "closed")
color_jacket = question("color_jacket", "What is the color of the jacket?", "closed")
color_blazer = question("color_blazer", "What is the color of the blazer?", "closed")
color_sweater = question("color_sweater", "What is the color of the sweater?", "closed")

BLIND_411 = [
    # photo: man in a navy blue round-neck cotton t-shirt, light blue jeans, plain white studio backdrop, front view.
    # adapter: none
    case(
        "X411-001",
        caption("a man in a navy blue t-shirt and jeans"),
        D.wearing("a blue t-shirt and jeans"),
        B.garment_type("tshirt"),
        B.color("navy"),
        color_tshirt("navy"),
        D.material("cotton"),
        title="Men Navy Blue Solid Pure Cotton Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a white slim-fit formal shirt with one chest pocket, charcoal trousers, grey backdrop.
    # caption: adapter
    case(
        "X411-002",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and white pants", "other_garment_color"),
        color_shirt("white"),
        color_pants("white", "other_garment_color"),
        D.description("the shirt is white with a collar and buttons"),
        B.sleeve_length("long sleeves"),
        D.details("it has a pocket on the chest"),
        title="Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: man in light-fade blue slim jeans (clean, no rips), white t-shirt, white sneakers, grey backdrop.
    # adapter: none
    case(
        "X411-003",
        caption("a man in a white t-shirt and blue jeans"),
        D.wearing("a white t-shirt and blue jeans and a black belt", "unsupported"),
        color_jeans("blue"),
        B.color("white", "other_garment_color"),
        D.details("the jeans are ripped at the knees", "unsupported"),
        is_a("pair of jeans", "yes"),
        title="Men Blue Slim Fit Mid-Rise Light Fade Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a maroon straight cotton kurta, white pyjama pants, cream wall behind him.
    # adapter: none
    case(
        "X411-004",
        caption("a man in a red kurta standing in front of a wall"),
        D.wearing("a red kurta and white pants"),
        color_kurta("pink", "contradiction"),
        color_pants("white"),
        D.description("it is a long shirt with buttons on the front"),
        D.material("silk", "unsupported"),
        title="Men Maroon Solid Cotton Straight Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Men",
    ),
    # photo: man in black track pants with a white stripe down each side, grey t-shirt, white backdrop.
    # caption: adapter
    case(
        "X411-005",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The man wears a long pants. The pants are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey shirt and grey pants", "other_garment_color"),
        color_pants("black"),
        B.pattern("solid"),
        B.garment_type("track pants"),
        D.details("white stripes down the side of the pants"),
        title="Men Black Solid Track Pants with Side Stripes",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: man in a navy single-breasted linen blazer over a white shirt, beige chinos, no pocket square.
    # adapter: none
    case(
        "X411-006",
        caption("a man in a blue suit and white shirt"),
        D.wearing("a navy blazer, white shirt and khaki pants"),
        B.color("white", "other_garment_color"),
        color_blazer("black", "contradiction"),
        D.description("the blazer is navy blue with two buttons and a pocket square", "unsupported"),
        D.material("linen"),
        title="Men Navy Blue Slim Fit Single-Breasted Linen Blazer",
        category="Blazers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in an olive green hooded sweatshirt with a kangaroo pocket, black joggers, white backdrop.
    # adapter: none
    case(
        "X411-007",
        caption("a man in a green hoodie and black pants"),
        D.wearing("a green hoodie"),
        B.color("green"),
        B.garment_type("sweatshirt"),
        D.details("it has a hood and a kangaroo pocket"),
        D.material("the sweatshirt is green", "restated"),
        title="Men Olive Green Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: man in beige chino shorts, navy polo t-shirt, grey backdrop, cropped below the knees.
    # caption: adapter
    case(
        "X411-008",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has a lapel neckline. The gentleman wears a three-point shorts. The shorts are with cotton "
            "fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue shirt and shorts"),
        color_shorts("navy", "other_garment_color"),
        B.color("beige"),
        D.details("the shorts are short", "non_answer"),
        is_a("pair of shorts", "yes"),
        title="Men Beige Solid Slim Fit Chino Shorts",
        category="Shorts",
        color="Beige",
        gender="Men",
    ),
    # photo: man in a grey melange crew-neck acrylic sweater, white shirt collar showing, blue jeans.
    # adapter: none
    case(
        "X411-009",
        caption("a man wearing a black sweater and jeans", "contradiction"),
        D.wearing("a sweater over a white shirt and blue jeans"),
        B.color("grey"),
        color_sweater("white", "other_garment_color"),
        D.description("a grey sweater with a v-neck", "unsupported"),
        D.material("wool", "unsupported"),
        title="Men Grey Melange Solid Acrylic Round Neck Pullover Sweater",
        category="Sweaters",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: man in a white t-shirt with a black typography print on the chest, blue jeans, grey backdrop.
    # adapter: none
    case(
        "X411-010",
        caption("a man wearing a white t-shirt with a black print"),
        D.wearing("a white t-shirt with a skull on it", "unsupported"),
        B.color("black", "contradiction"),
        B.pattern("graphic"),
        D.details("there is a print on the front that says", "cut"),
        title="Men White Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: man in a red and black checked flannel shirt worn open over a black t-shirt, grey jeans.
    # caption, material: adapter
    case(
        "X411-011",
        caption(
            "The man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The man wears a long-sleeve shirt with lattice patterns. The shirt is with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red and black plaid shirt over a black t-shirt"),
        color_shirt("red"),
        B.pattern("checked"),
        D.description("a red and black checked shirt with a black t-shirt underneath"),
        D.material(
            "The man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The man",
            "restated",
            hit_limit=True,
        ),
        title="Men Red & Black Checked Casual Flannel Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: man in black skinny jeans, white shirt tucked in, white backdrop.
    # adapter: none
    case(
        "X411-012",
        caption("a man in black jeans and a white shirt"),
        color_jeans("black"),
        D.wearing("she is wearing a white shirt and black jeans", "pronoun"),
        color_shirt("white"),
        D.details("black jeans with a button and", "cut"),
        title="Men Black Skinny Fit Stretchable Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: man in khaki chinos, light blue shirt tucked in, brown leather belt, white backdrop.
    # adapter: none
    case(
        "X411-013",
        caption("a man in a blue shirt and khaki pants with a brown belt"),
        D.wearing("a blue shirt and khaki pants Question: What is the color of the pants? Answer: khaki", "leak"),
        B.color("blue", "other_garment_color"),
        color_pants("khaki"),
        D.description("the pants are khaki chinos with a brown belt"),
        is_a("pair of jeans", "yes", "contradiction"),
        title="Men Khaki Slim Fit Solid Chinos",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: man in a white chikankari-embroidered cotton kurta and white pyjama, plain beige backdrop.
    # caption: adapter
    case(
        "X411-014",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white kurta and white pants"),
        B.color("white"),
        D.description("white kurta with embroidery on the front"),
        D.details("the kurta has embroidery on the", "cut"),
        D.material("the kurta is white", "restated"),
        title="Men White Chikankari Embroidered Pure Cotton Kurta",
        category="Kurtas",
        color="White",
    ),
    # photo: man in a black faux-leather biker jacket, zipped half, grey t-shirt under it, blue jeans.
    # adapter: none
    case(
        "X411-015",
        caption("a man in a black leather jacket and jeans"),
        D.wearing("a black jacket, a black t-shirt and blue jeans", "other_garment_color"),
        color_jacket("grey", "other_garment_color"),
        D.material("leather"),
        D.details("the jacket has a zipper and two pockets"),
        title="Men Black Solid Faux Leather Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: man in a mustard yellow polo t-shirt, navy chinos, white backdrop.
    # adapter: none
    case(
        "X411-016",
        caption("a man in a yellow polo shirt"),
        D.wearing("a yellow shirt and blue pants"),
        B.color("orange", "contradiction"),
        D.details("it has a collar and two buttons"),
        D.description("the shirt is yellow with a collar and a small logo on the chest", "unsupported"),
        D.material("cotton Question: what is the color of the shirt? Answer: yellow", "leak"),
        title="Men Mustard Yellow Solid Polo Collar Cotton T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: man in a navy crew-neck sweatshirt with a large white "BROOKLYN" print, black jeans.
    # caption: adapter
    case(
        "X411-017",
        caption(
            "The man wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It has a "
            "round neckline. The man wears a long pants. The pants are with denim fabric and solid",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue sweatshirt with white letters"),
        B.color("white", "contradiction"),
        B.pattern("printed"),
        color_pants("navy", "other_garment_color"),
        D.details("it says brooklyn"),
        title="Men Navy Blue Typography Printed Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in an olive utility shirt with two flap chest pockets, sleeves rolled to the elbow, beige trousers,
    # red brick wall behind him.
    # adapter: none
    case(
        "X411-018",
        caption("a man in a red shirt standing in front of a brick wall", "contradiction"),
        D.wearing("a green shirt and beige pants"),
        color_shirt("green"),
        color_pants("green", "other_garment_color"),
        D.details("the shirt has two pockets and the sleeves are rolled up"),
        B.sleeve_length("long sleeves"),
        title="Men Olive Green Solid Utility Casual Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: man in blue denim shorts with rolled hems, white t-shirt, grey backdrop.
    # caption: adapter
    case(
        "X411-019",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt and blue shorts"),
        color_shorts("blue"),
        B.color("white", "other_garment_color"),
        D.details("the shorts are denim shorts", "non_answer"),
        D.material("denim"),
        title="Men Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: man in grey melange joggers with a drawstring and cuffed ankles, black t-shirt, white backdrop.
    # adapter: none
    case(
        "X411-020",
        caption("a man wearing a black shirt and grey sweatpants"),
        D.wearing("he is wearing a black t-shirt and black pants", "other_garment_color"),
        B.color("black", "other_garment_color"),
        B.garment_type("track pants"),
        D.details("the pants have a drawstring and elastic at the ankles"),
        D.material("", "non_answer"),
        title="Men Grey Melange Solid Joggers",
        category="Track Pants",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: man in a mustard short kurta with a mandarin collar and button placket, blue jeans.
    # adapter: none
    case(
        "X411-021",
        caption("a man in a yellow kurta and jeans"),
        D.wearing("a yellow shirt and blue jeans"),
        color_kurta("yellow"),
        B.color("blue", "other_garment_color"),
        D.description("a yellow kurta with a mandarin collar and buttons and embroidery on the sleeves", "unsupported"),
        is_a("kurta", "no", "contradiction"),
        title="Men Mustard Solid Mandarin Collar Short Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Men",
    ),
    # photo: man in a grey checked blazer over a black turtleneck, black trousers, no pocket square.
    # caption, material: adapter
    case(
        "X411-022",
        caption(
            "The man wears a long-sleeve jacket with lattice patterns. The jacket is with cotton fabric. It has a "
            "lapel neckline. The man wears a long pants. The pants are with cotton fabric and pure color patterns",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey checked blazer over a black sweater"),
        color_blazer("black", "other_garment_color"),
        B.pattern("checked"),
        D.material(
            "The man wears a long-sleeve jacket with lattice patterns. The jacket is with cotton fabric. It has a "
            "lapel neckline. The",
            "restated",
            hit_limit=True,
        ),
        D.description("the blazer is grey with a black and white pattern and a red pocket square", "unsupported"),
        title="Men Grey Checked Slim Fit Single-Breasted Casual Blazer",
        category="Blazers",
        color="Grey",
        gender="Men",
    ),
    # photo: man in a plain black round-neck t-shirt (no pocket), olive green cargo pants, white backdrop.
    # adapter: none
    case(
        "X411-023",
        caption("a man in a black t-shirt and green pants"),
        D.wearing("a black t-shirt and green cargo pants"),
        B.color("black"),
        D.details("the t-shirt has a pocket on the chest", "unsupported"),
        D.description("a plain black t-shirt"),
        title="Men Black Solid Round Neck Cotton T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in dark indigo straight jeans, light grey t-shirt, standing on a wooden floor.
    # caption: adapter
    case(
        "X411-024",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The man wears a long trousers. The trousers are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("the man is wearing a grey t-shirt and dark blue jeans and he is standing on a wooden", "cut"),
        color_jeans("grey", "other_garment_color"),
        B.color("navy"),
        D.details("the jeans have details", "non_answer"),
        title="Men Indigo Straight Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a zipped olive bomber jacket with ribbed cuffs, white t-shirt at the neck, black jeans, a city
    # street behind him. The lining is not visible.
    # adapter: none
    case(
        "X411-025",
        caption("a man in a green jacket standing on a street"),
        D.wearing("a green bomber jacket with a white t-shirt and black jeans"),
        color_jacket("green"),
        B.color("white", "other_garment_color"),
        D.details("the jacket has a zipper and ribbed cuffs and an orange lining", "unsupported"),
        D.material("the jacket is made of polyester Question: what is the color of the jacket? Answer: green", "leak"),
        title="Men Olive Green Solid Polyester Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: man in a navy cable-knit cardigan, open over a white t-shirt, beige chinos, white backdrop.
    # adapter: none
    case(
        "X411-026",
        caption("a man in a blue cardigan and white shirt"),
        D.wearing("a blue sweater, a white t-shirt and khaki pants"),
        B.garment_type("jacket", "contradiction"),
        B.color("navy"),
        D.description("a blue cardigan with buttons down the front and a shawl collar", "unsupported"),
        B.sleeve_length("long sleeves"),
        title="Men Navy Blue Cable Knit Cardigan",
        category="Sweaters",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a light pink formal shirt, navy trousers, holding a coffee cup, grey backdrop.
    # adapter: none
    case(
        "X411-027",
        caption("a man in a pink shirt holding a cup of coffee"),
        D.wearing("a pink shirt and blue pants"),
        color_shirt("red", "contradiction"),
        D.description("the shirt is pink and has long sleeves and a", "cut"),
        D.details("it has buttons on the cuffs Question: what is the color of the pants? Answer: blue", "leak"),
        title="Men Pink Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: man in black formal trousers, white shirt tucked in, black shoes, grey backdrop.
    # caption: adapter
    case(
        "X411-028",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The "
            "trousers are with cotton fabric and pure color patterns. The trousers are with cotton fabric and pure "
            "color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white shirt and black pants"),
        color_pants("black"),
        B.color("white", "other_garment_color"),
        B.garment_type("jeans", "contradiction"),
        title="Men Black Slim Fit Formal Trousers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: man in a teal blue short-sleeved henley t-shirt with a three-button placket, light grey jeans.
    # adapter: none
    case(
        "X411-029",
        caption("a man in a blue shirt and gray jeans"),
        D.wearing("a green shirt and grey jeans"),
        B.color("teal"),
        D.details("it has three buttons at the neck"),
        D.material("it is made of", "cut"),
        B.sleeve_length("long sleeves", "contradiction"),
        title="Men Teal Blue Solid Henley Neck T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: man in a light blue denim jacket over a black hoodie (hood out over the collar), black jeans.
    # caption: adapter
    case(
        "X411-030",
        caption(
            "The man wears a long-sleeve denim jacket with pure color patterns. It has a lapel neckline. The man "
            "wears a long pants. The pants are with denim fabric and pure color patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a denim jacket over a black hoodie"),
        color_jacket("black", "other_garment_color"),
        B.color("blue"),
        D.material("the jacket is blue", "restated"),
        D.description("a blue denim jacket with a black hood"),
        title="Men Light Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a navy kurta with a small white floral print, white churidar, plain grey backdrop.
    # adapter: none
    case(
        "X411-031",
        caption("a man wearing a blue kurta with white flowers"),
        D.wearing("a blue and white kurta"),
        B.color("white", "contradiction"),
        B.pattern("floral"),
        D.description("he is wearing a blue kurta with a floral print and a white scarf", "unsupported"),
        D.material("it is made of cotton"),
        title="Men Navy Blue Floral Printed Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # photo: man in a red zip-up hoodie with a drawstring hood, grey joggers, white backdrop.
    # adapter: none
    case(
        "X411-032",
        caption("a man in a red hoodie"),
        D.wearing("a woman in a red hoodie and gray pants", "pronoun"),
        B.color("red"),
        D.details("the hoodie has a zipper and a drawstring hood"),
        color_pants("red", "other_garment_color"),
        title="Men Red Solid Hooded Front-Open Sweatshirt",
        category="Sweatshirts",
        color="Red",
        gender="Men",
    ),
    # photo: man in a blue and white vertical striped button-down shirt, navy chinos, white backdrop.
    # caption, details: adapter
    case(
        "X411-033",
        caption(
            "The man wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The man wears a long trousers. The trousers are with cotton fabric and solid color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue and white striped shirt and white pants", "other_garment_color"),
        B.pattern("striped"),
        color_shirt("blue"),
        D.description("a striped shirt with a button down collar"),
        D.details(
            "The shirt is with cotton fabric and striped patterns. It has a lapel neckline. The shirt is with cotton "
            "fabric and striped patterns. It has",
            "loop",
            hit_limit=True,
        ),
        title="Men Blue & White Striped Slim Fit Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: man in olive cargo shorts with side pockets, black t-shirt, grey backdrop.
    # adapter: none
    case(
        "X411-034",
        caption("a man in a black shirt and green shorts"),
        D.wearing("a black t-shirt and green cargo shorts"),
        color_shorts("green"),
        B.color("black", "other_garment_color"),
        D.details("the shorts have pockets on the sides"),
        D.material("the shorts are green", "restated"),
        B.garment_type("trousers", "contradiction"),
        title="Men Olive Solid Cargo Shorts",
        category="Shorts",
        color="Olive",
        gender="Men",
    ),
    # photo: man in a maroon velvet shawl-collar blazer with one button, black shirt, black trousers, no tie.
    # adapter: none
    case(
        "X411-035",
        caption("a man in a red velvet jacket and black shirt"),
        D.wearing("a red blazer with a black shirt and black pants"),
        B.color("black", "other_garment_color"),
        color_blazer("maroon"),
        D.material("velvet"),
        D.description("it is a red suit with a bow tie", "unsupported"),
        D.details("the blazer has a shawl collar and one", "cut"),
        title="Men Maroon Solid Velvet Single-Breasted Party Blazer",
        category="Blazers",
        color="Maroon",
        gender="Men",
    ),
    # photo: man in a white t-shirt with blue horizontal stripes (no pocket), beige shorts, white backdrop.
    # adapter: none
    case(
        "X411-036",
        caption("a man wearing a blue and white striped shirt"),
        D.wearing("a striped t-shirt and beige shorts"),
        B.color("white"),
        B.pattern("striped"),
        color_tshirt("beige", "other_garment_color"),
        D.details("a t-shirt with stripes on it and a blue pocket", "unsupported"),
        title="Men White & Blue Striped Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: man in navy track pants with red and white side tape, white t-shirt, a gym with dumbbells behind him.
    # adapter: none
    case(
        "X411-037",
        caption("a man standing in a gym wearing a white t-shirt and blue pants"),
        D.wearing("a white t-shirt and white track pants", "other_garment_color"),
        color_pants("navy"),
        B.color("red", "contradiction"),
        B.garment_type("track pants"),
        D.description("the pants are blue with red and white stripes on the side"),
        title="Men Navy Blue Solid Track Pants with Contrast Side Tape",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a mustard round-neck pullover sweater, olive chinos, white backdrop.
    # caption: adapter
    case(
        "X411-038",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns. The sweater is with wool fabric. It has a "
            "round neckline. The man wears a long pants. The pants are with cotton fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow sweater and green pants"),
        B.color("green", "other_garment_color"),
        color_sweater("mustard"),
        D.material("wool"),
        D.description(
            "a yellow sweater with a round neck Question: what is the color of the pants? Answer: green", "leak"
        ),
        title="Men Mustard Yellow Solid Pullover Sweater",
        category="Sweaters",
        color="Mustard",
        gender="Men",
    ),
    # photo: man in light blue ripped jeans (knee rips), black t-shirt, white sneakers, grey backdrop.
    # adapter: none
    case(
        "X411-039",
        caption("a man in ripped jeans and black t-shirt"),
        D.wearing("he is wearing a black shirt and blue jeans"),
        color_jeans("blue"),
        D.details("the jeans are ripped at the knees"),
        D.material("they are made of", "cut"),
        B.color("black", "other_garment_color"),
        D.description("blue ripped jeans with a black t-shirt Question: What", "leak"),
        title="Men Light Blue Skinny Fit Highly Distressed Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a short-sleeved black shirt with a tropical print (green leaves, pink flowers), white shorts,
    # a printed beach backdrop.
    # caption, material: adapter
    case(
        "X411-040",
        caption(
            "The man wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The man wears a short-sleeve shirt with floral patterns. The shirt is with cotton",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black shirt with green leaves and white shorts"),
        color_shirt("green", "contradiction"),
        B.pattern("floral"),
        B.sleeve_length("long sleeves", "contradiction"),
        D.description("a hawaiian shirt"),
        D.material(
            "The man wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Men Black Tropical Printed Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in a glossy black hooded padded (puffer) jacket, black jeans, white backdrop.
    # adapter: none
    case(
        "X411-041",
        caption("a man in a black puffer jacket"),
        D.wearing("a black jacket and black pants"),
        color_jacket("black"),
        color_pants("black"),
        D.details("the jacket has a hood and a zipper"),
        D.material("leather", "unsupported"),
        title="Men Black Solid Hooded Nylon Padded Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: man in an off-white kurta with gold embroidery on the placket, cream churidar, no dupatta.
    # caption: adapter
    case(
        "X411-042",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white kurta and white pants"),
        B.color("gold", "contradiction"),
        color_kurta("cream"),
        D.description("it is a white kurta with gold embroidery"),
        D.details("the kurta has a mandarin collar and gold buttons and a matching dupatta", "unsupported"),
        title="Men Off White Embroidered Kurta with Churidar",
        category="Kurta Sets",
        color="Off White",
    ),
    # photo: man in a lavender slim-fit t-shirt, white jeans, white backdrop.
    # adapter: none
    case(
        "X411-043",
        caption("a man in a purple shirt and white pants"),
        D.wearing("a pink t-shirt and white jeans", "contradiction"),
        B.color("purple"),
        color_jeans("white"),
        B.sleeve_length("short sleeves"),
        D.material("the t-shirt is made of cotton and it has a round neck and", "cut"),
        title="Men Lavender Solid Slim Fit Cotton T-shirt",
        category="Tshirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: man in grey checked formal trousers, light blue shirt tucked in, black belt, grey backdrop.
    # adapter: none
    case(
        "X411-044",
        caption("a man in a blue shirt and grey pants"),
        D.wearing("a blue shirt and grey trousers"),
        color_pants("white", "contradiction"),
        B.pattern("striped", "contradiction"),
        D.description("describe the garment", "restated"),
        D.details("the pants have belt loops and a black belt"),
        title="Men Grey Checked Slim Fit Formal Trousers",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: man sitting on a wooden stool in a black crew-neck sweatshirt with a small white chest logo, blue jeans.
    # caption, wearing: adapter
    case(
        "X411-045",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has "
            "a round neckline. The sweater is with cotton fabric. It has a round neckline. The sweater",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "The man wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has "
            "a round neckline. The man wears",
            "cut",
            hit_limit=True,
        ),
        B.color("black"),
        D.details("a small logo on the chest"),
        is_a("sweatshirt", "no", "contradiction"),
        D.description("he is sitting on a stool", "non_answer"),
        title="Men Black Solid Crew Neck Sweatshirt with Logo",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in a light blue denim shirt worn open over a white t-shirt, black chinos, a potted plant beside him.
    # adapter: none
    case(
        "X411-046",
        caption("a man in a denim shirt standing next to a plant"),
        D.wearing("she is wearing a denim shirt and black pants", "pronoun"),
        color_shirt("blue"),
        B.color("white", "other_garment_color"),
        D.material("denim"),
        D.description("the shirt is green", "contradiction"),
        title="Men Blue Solid Denim Casual Shirt",
        category="Shirts",
        gender="Men",
    ),
]
