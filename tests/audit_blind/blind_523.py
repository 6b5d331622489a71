"""BLIND_523 (46 products; a Myntra men's night: shirts to kurtas and Nehru jackets, models in full outfits): written
blind in the fiftieth session. Measured blind at fb7dbb8 (the session's rules as they stood): 119/138 failures found
(86.2%) and 2/172 correct texts flagged (1.2%). The writer's notes, verbatim:

Scenario: a Myntra-style English feed of men's wear run in one night through enrich's default questionnaire
(caption, garment_type, color, pattern, sleeve_length, material, description, details, wearing) plus per-garment
color questions ("What is the color of the jeans?") and, for printed tees and sweatshirts, "What is printed on the
garment?". Shirts, t-shirts, polos, sweatshirts, hoodies, jackets, blazers, jeans, chinos, track pants, shorts,
kurtas and Nehru jackets, every model photographed in a full outfit (a tee under the jacket, a shirt over the
chinos, a pyjama under the kurta), on studio backdrops, coloured walls, brick, a pool, a beach, festive doors.
Each row has the seller's title, category, color and gender; a few rows miss one column, as real feeds do.

Who wrote what: the base `Salesforce/blip2-opt-2.7b` writes the open answers and most captions: short, lowercase,
and it stops on its own (never hit_limit). Where the comment says so, the caption adapter (epoch 1 or epoch 3)
wrote the caption, the description or the details: it returns the DeepFashion template ("The gentleman wears a
long-sleeve shirt with lattice patterns. The shirt is with cotton fabric ...") whatever the prompt, has no end token
and runs to its limit (50 new tokens for captions, 30 for answers), so every adapter text carries hit_limit=True.
The closed questions (garment_type, color, pattern, sleeve_length, the per-garment colors, "Is this a ...?") come
from the VQA adapter through `--engine reference`: a value chosen from a candidate set, never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words are correct: blue for navy or indigo, grey for charcoal or grey melange, green for olive or teal,
  red for maroon, yellow for mustard, purple for lavender, white for off white or cream, beige, tan or khaki for
  khaki or beige. A color of the print, the trim, the embroidery, the wall or the door given as the garment's color
  is contradiction; the color of another piece of the outfit (the tee under the jacket, the chinos under the
  shirt) given to the product, or the product's color given to another piece, is other_garment_color.
- Synonyms are correct: tee or shirt for a t-shirt, polo or t-shirt for a polo (Myntra files polos under Tshirts),
  sweater for a sweatshirt, jacket or suit for a blazer, vest or jacket for a Nehru jacket, pants, trousers or
  khakis for chinos, joggers, sweatpants or tracksuit for track pants, pajamas for a kurta pyjama. A kurta called
  a shirt (by the base model or by the adapter's template) is contradiction: the auditor sees another garment. A
  hoodie answer for a crew-neck sweatshirt, jeans for chinos, and the type of another piece of the outfit ("hoodie"
  for the denim jacket worn over one, "kurta" for the Nehru jacket) are contradiction.
- Materials: one the title names, or one a photo shows plainly (denim jeans, a faux-leather biker jacket as
  "leather", velvet, a nylon puffer, a polyester sports tee), or a plausible guess on a plain fabric (cotton for a
  tee, a polo, chinos or a kurta that does not say otherwise, wool for a formal blazer) is correct. A material
  neither named nor visible (silk on a cotton kurta or a formal shirt, leather on a cotton bomber, denim on twill
  chinos, wool on a fleece sweatshirt, silk on a jacquard Nehru jacket) is unsupported.
- Invented items or details not in the photo (a tie, a pocket square, a belt hidden by an untucked tee, a hood, a
  zipper, a logo or a pocket on a plain garment, a fur collar, a backpack, gold buttons) are unsupported.
- A material question answered with the garment's name or color, or with its own words, is restated. An empty
  answer, "they are short", "they are jeans", "it's a t-shirt", "the hoodie has a hood" and "the details of the
  sweatshirt" are non_answer. A base answer stopped early ("it is made of", "the pants have") is cut, no hit_limit.
- Base answers that run on into "Question: ... Answer: ..." are leak, even where the first words are right.
- "she", "a woman" or the adapter's "The lady" for a man are pronoun (also on adapter texts, where the pronoun is
  the first thing the auditor reads, hit_limit kept).
- Adapter texts: a template that repeats a sentence is loop; one that stops mid-sentence without repeating is cut,
  even where the adapter named a fabric or neckline wrong before the cut; one that misnames the product (a blazer
  as a shirt, the hoodie under the denim jacket described as the garment, a kurta as a shirt) is contradiction.
  The template answering the caption, the description or the details does answer it, so those are cut or loop. The
  template describing the top first and the bottom after, for a bottom-wear product, is still just cut or loop.
- Closed answers: a wrong closed answer is contradiction (checked as striped, a solid polo with tipped collar as
  striped, a subtle-check blazer as solid, long sleeves as short, the stripes' white for navy track pants), except
  where its color is another piece's (other_garment_color). The pattern of the shirt given for the chinos is
  contradiction (no other text gives the chinos a pattern). A per-garment color question about another piece,
  answered with that piece's own color, is correct. Sleeve and pattern questions are not asked of bottoms.
- Colors the base model gives the other pieces loosely (charcoal trousers as black) are not counted; only a color
  the photo has on another piece, or on no piece at all, is a failure.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_shirt = question("color_shirt", "What is the color of the shirt?", "closed")
color_tshirt = question("color_tshirt", "What is the color of the t-shirt?", "closed")
color_jeans = question("color_jeans", "What is the color of the jeans?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
color_blazer = question("color_blazer", "What is the color of the blazer?", "closed")
color_hoodie = question("color_hoodie", "What is the color of the hoodie?", "closed")
color_sweatshirt = question("color_sweatshirt", "What is the color of the sweatshirt?", "closed")
color_kurta = question("color_kurta", "What is the color of the kurta?", "closed")
printed = question("print", "What is printed on the garment?", "open")

BLIND_523 = [
    # photo: man in a navy-and-white checked full-sleeve shirt, sleeves down, untucked over light blue jeans, plain
    # grey studio backdrop, front view.
    # details: caption adapter, epoch 3
    case(
        "X523-001",
        caption("a man in a blue and white checkered shirt"),
        D.wearing("a blue plaid shirt and jeans"),
        D.color("blue"),
        D.pattern("striped", "contradiction"),
        D.details(
            "His shirt has long sleeves, cotton fabric and lattice patterns. It has a lapel neckline. The trousers "
            "this gentleman wears is of long",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton Question: what is the color of the jeans? Answer: blue", "leak"),
        title="Roadster Men Navy Blue & White Regular Fit Checked Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a white solid formal shirt tucked into charcoal grey trousers, black belt, light grey backdrop.
    # details: caption adapter, epoch 3
    case(
        "X523-002",
        caption("a man in a white shirt and grey pants"),
        D.wearing("a grey shirt and grey pants", "other_garment_color"),
        D.color("white"),
        color_pants("grey"),
        D.sleeve_length("long sleeves"),
        D.description("a white dress shirt with a collar and buttons"),
        D.material("silk", "unsupported"),
        D.details(
            "His shirt has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. His shirt "
            "has long sleeves, cotton fabric and pure",
            "loop",
            hit_limit=True,
        ),
        title="Van Heusen Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: man in an olive green solid shirt worn open over a white crew-neck t-shirt, black jeans, in front of a
    # white-painted brick wall.
    # description: caption adapter, epoch 1
    case(
        "X523-003",
        caption("a man standing in front of a white brick wall"),
        D.wearing("a green shirt over a white t-shirt and black jeans"),
        D.color("white", "other_garment_color"),
        D.garment_type("shirt"),
        color_tshirt("white"),
        D.description(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.material("a green shirt", "restated"),
        title="HIGHLANDER Men Olive Green Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: man in a short-sleeve black shirt with a pink and white floral print, camp collar, no chest pocket,
    # beige shorts, white backdrop.
    # description: caption adapter, epoch 1
    case(
        "X523-004",
        caption("a man wearing a black shirt with pink flowers"),
        D.wearing("a floral shirt and khaki shorts"),
        D.color("pink", "contradiction"),
        D.pattern("floral"),
        D.sleeve_length("short sleeves"),
        D.details("it has flowers on it and a pocket on the chest", "unsupported"),
        D.description(
            "His shirt has short sleeves, cotton fabric and floral patterns. It has a lapel neckline. The shorts this "
            "gentleman wears is of",
            "cut",
            hit_limit=True,
        ),
        title="Mast & Harbour Men Black & Pink Floral Printed Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in a light blue and white pinstriped formal shirt, no tie, under an open navy blazer with matching
    # navy trousers, white backdrop.
    # caption: caption adapter, epoch 3
    case(
        "X523-005",
        caption(
            "His shirt has long sleeves, cotton fabric and striped patterns. It has a lapel neckline. The gentleman "
            "wears a long trousers. The trousers are with cotton fabric and pure color patterns. There is a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a suit and tie", "unsupported"),
        D.color("navy", "other_garment_color"),
        D.pattern("striped"),
        color_blazer("blue"),
        is_a("shirt", "yes"),
        title="Louis Philippe Men Blue & White Slim Fit Striped Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a beige linen shirt with a mandarin collar, long sleeves down, white trousers, sitting on a
    # wooden bench against a wood-panelled cafe wall.
    case(
        "X523-006",
        caption("a man sitting on a wooden bench"),
        D.wearing("a beige shirt and white pants"),
        D.color("white", "other_garment_color"),
        D.material("linen"),
        D.description("a beige linen shirt with a mandarin collar"),
        D.details("mandarin collar Question: what is the color of the pants? Answer: white", "leak"),
        D.sleeve_length("short sleeves", "contradiction"),
        title="Peter England Men Beige Linen Regular Fit Casual Shirt",
        category="Shirts",
        color="Beige",
        gender="Men",
    ),
    # photo: man in a black solid round-neck sports t-shirt and black track pants, plain grey studio backdrop.
    # details: caption adapter, epoch 1
    case(
        "X523-007",
        caption("a man in a black t-shirt and black pants"),
        D.wearing("a black t-shirt and black pants Question: what is the color of the t-shirt? Answer: black", "leak"),
        D.color("black"),
        D.sleeve_length("short sleeves"),
        D.material("it's a t-shirt", "non_answer"),
        D.details(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "The gentleman wears a short-sleeve",
            "loop",
            hit_limit=True,
        ),
        title="HRX by Hrithik Roshan Men Black Solid Round Neck Sports T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in a white t-shirt with a large red and blue Spider-Man graphic on the chest, blue jeans, white
    # backdrop.
    case(
        "X523-008",
        caption("a man wearing a spiderman t-shirt"),
        D.wearing("a white t-shirt with a spiderman on it and white jeans", "other_garment_color"),
        D.color("red", "contradiction"),
        D.pattern("graphic"),
        printed("spider man"),
        color_jeans("blue"),
        D.material("it is made of", "cut"),
        title="The Souled Store Men White Spider-Man Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: man in a navy and white horizontally striped round-neck t-shirt, no pocket, beige chinos, light grey
    # backdrop.
    # caption: caption adapter, epoch 3
    case(
        "X523-009",
        caption(
            "The gentleman wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long trousers. The trousers are with cotton",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a striped shirt and khaki pants"),
        D.color("blue"),
        D.pattern("striped"),
        color_pants("navy", "other_garment_color"),
        D.description("a blue and white striped t-shirt with a pocket", "unsupported"),
        title="Roadster Men Navy Blue & White Striped Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a maroon solid polo t-shirt with a small embroidered logo on the chest, navy chinos, white
    # backdrop.
    case(
        "X523-010",
        caption("a man in a red polo shirt and red pants", "other_garment_color"),
        D.wearing("a red polo shirt and navy pants"),
        D.garment_type("polo shirt"),
        D.color("maroon"),
        color_pants("maroon", "other_garment_color"),
        D.details("it has a logo on the chest"),
        D.material("a red polo shirt", "restated"),
        title="U.S. Polo Assn. Men Maroon Solid Polo Collar Pure Cotton T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: man in a white solid polo with navy and red tipping on the collar and sleeve hems, beige shorts,
    # standing by a swimming pool with blue water behind him.
    case(
        "X523-011",
        caption("a man standing by a swimming pool"),
        D.wearing("a white shirt and white shorts", "other_garment_color"),
        D.color("blue", "contradiction"),
        D.sleeve_length("short sleeves"),
        D.details("the collar has red and blue stripes"),
        D.pattern("striped", "contradiction"),
        title="Tommy Hilfiger Men White Solid Polo Collar T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: man with shoulder-length hair in a teal green polo and grey joggers, against a mustard yellow wall.
    # description: caption adapter, epoch 1
    case(
        "X523-012",
        caption("a man in a green shirt standing against a yellow wall"),
        D.wearing("a yellow shirt and grey pants", "contradiction"),
        D.color("green"),
        D.garment_type("t-shirt"),
        D.description(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a lapel neckline. The lady",
            "pronoun",
            hit_limit=True,
        ),
        D.material("cotton"),
        color_pants("yellow", "contradiction"),
        title="Allen Solly Men Teal Green Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: man in a grey melange crew-neck sweatshirt (no hood) with ribbed cuffs and hem, black jeans, white
    # backdrop.
    case(
        "X523-013",
        caption("a man in a grey sweatshirt and black jeans"),
        D.wearing("a grey sweater and grey jeans", "other_garment_color"),
        D.garment_type("hoodie", "contradiction"),
        D.color("grey"),
        D.sleeve_length("long sleeves"),
        D.material("wool", "unsupported"),
        D.details("the sweatshirt has ribbed cuffs and a hem"),
        title="Mast & Harbour Men Grey Melange Solid Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: man in a mustard yellow sweatshirt with "BROOKLYN" printed in white across the chest, blue jeans,
    # in front of a red brick wall.
    # caption: caption adapter, epoch 3
    case(
        "X523-014",
        caption(
            "This man is wearing a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. The "
            "neckline of the sweater is round. This man wears a long trousers. The trousers are with denim",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow sweatshirt and blue jeans"),
        D.color("red", "contradiction"),
        printed("brooklyn"),
        color_jeans("yellow", "other_garment_color"),
        D.material("cotton"),
        title="HERE&NOW Men Mustard Yellow Typography Printed Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: man in a navy and white colourblocked crew-neck sweatshirt (navy body, white chest panel), no hood,
    # grey track pants, white backdrop.
    case(
        "X523-015",
        caption("a man in a blue and white sweatshirt"),
        D.wearing("he is wearing a blue and white sweatshirt and grey joggers"),
        D.pattern("colorblock"),
        D.color("grey", "other_garment_color"),
        D.description("a blue and white sweatshirt with a hood", "unsupported"),
        D.details("the details of the sweatshirt", "non_answer"),
        title="Campus Sutra Men Navy Blue & White Colourblocked Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a plain black pullover hoodie (no print, no logo) and black joggers, grey backdrop.
    # details: caption adapter, epoch 3
    case(
        "X523-016",
        caption("a man in a black hoodie"),
        D.wearing("a black hoodie with a white logo and black pants", "unsupported"),
        D.garment_type("hoodie"),
        D.color("black"),
        D.details(
            "This man is wearing a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "This man is wearing a long",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        title="HRX by Hrithik Roshan Men Black Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in an olive green pullover hoodie with kangaroo pocket and drawstrings (no zip), blue jeans, no
    # bag, outdoors among trees.
    case(
        "X523-017",
        caption("a man in a green hoodie standing in the woods with a backpack", "unsupported"),
        D.wearing("a green hoodie and jeans"),
        D.color("green"),
        color_jeans("green", "other_garment_color"),
        D.description("a green hoodie with a zipper", "unsupported"),
        D.sleeve_length("long sleeves"),
        is_a("hoodie", "yes"),
        title="Roadster Men Olive Green Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: young man with long curly hair in a lavender hoodie with a small white smiley-face print on the chest,
    # white trousers, white backdrop.
    case(
        "X523-018",
        caption("a woman in a purple hoodie", "pronoun"),
        D.wearing("a purple hoodie and white pants"),
        D.color("purple"),
        D.pattern("graphic"),
        printed("a smiley face"),
        D.material("cotton Question: what is the color of the pants? Answer: white", "leak"),
        D.details("the hoodie has a hood", "non_answer"),
        title="Bewakoof Men Lavender Graphic Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: man in a black faux-leather biker jacket with zips on the cuffs (no fur collar), white t-shirt, blue
    # jeans, grey concrete wall.
    # caption: caption adapter, epoch 1
    case(
        "X523-019",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. It "
            "has a lapel neckline. The gentleman wears a long-sleeve jacket with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black leather jacket, a white t-shirt and blue jeans"),
        D.color("white", "other_garment_color"),
        D.material("leather"),
        color_tshirt("white"),
        D.details("the jacket has zippers on the sleeves"),
        D.description("a black leather jacket with a fur collar", "unsupported"),
        title="Roadster Men Black Solid Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: man in a blue denim trucker jacket worn open over a grey pullover hoodie (hood out over the collar),
    # black jeans, city street backdrop.
    # description: caption adapter, epoch 3
    case(
        "X523-020",
        caption("a man in a denim jacket and a grey hoodie"),
        D.wearing("a denim jacket and a grey hoodie and black jeans"),
        D.garment_type("hoodie", "contradiction"),
        D.color("grey", "other_garment_color"),
        D.material("denim"),
        color_jeans("black"),
        D.description(
            "This man is wearing a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "The neckline of the sweater",
            "contradiction",
            hit_limit=True,
        ),
        title="Levis Men Blue Solid Denim Trucker Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a red hooded puffer jacket, zipped, black track pants, plain white backdrop. The feed row has
    # no color.
    case(
        "X523-021",
        caption("a man in a red puffer jacket"),
        D.wearing("a red jacket and red pants", "other_garment_color"),
        D.color("red"),
        D.material("nylon"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.details("it has a hood and a zipper"),
        D.description(
            "a red puffer jacket with a hood Question: what is the color of the pants? Answer: black", "leak"
        ),
        title="Puma Men Red Solid Hooded Padded Jacket",
        category="Jackets",
        gender="Men",
    ),
    # photo: man in a khaki cotton bomber jacket with rib collar, zip front and two side pockets, open over a white
    # t-shirt, black jeans, grey concrete wall.
    # caption: caption adapter, epoch 3
    case(
        "X523-022",
        caption(
            "His jacket has long sleeves, cotton fabric and pure color patterns. It has a standing neckline. The "
            "trousers this gentleman wears is of long length. The trousers are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a tan bomber jacket and a white shirt"),
        D.color("beige"),
        D.garment_type("jacket"),
        color_jeans("beige", "other_garment_color"),
        D.details("the jacket has a zipper and two pockets"),
        D.material("leather", "unsupported"),
        title="WROGN Men Khaki Solid Bomber Jacket",
        category="Jackets",
        color="Khaki",
        gender="Men",
    ),
    # photo: man in a charcoal grey single-breasted two-button blazer over a white shirt, no tie, no pocket square,
    # matching grey trousers, beige backdrop.
    case(
        "X523-023",
        caption("a man in a gray suit and white shirt"),
        D.wearing("a grey suit and a white shirt"),
        D.garment_type("blazer"),
        D.color("white", "other_garment_color"),
        color_shirt("white"),
        D.material("the blazer is made of", "cut"),
        D.details("it has two buttons and a pocket square", "unsupported"),
        title="Louis Philippe Men Charcoal Grey Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: man in a navy blazer with a faint tonal check, light blue shirt, beige chinos, wood-panelled wall.
    # description: caption adapter, epoch 1
    case(
        "X523-024",
        caption("a man in a blue blazer and tan pants"),
        D.wearing("a blue jacket, a blue shirt and tan pants"),
        D.color("blue"),
        D.pattern("solid", "contradiction"),
        color_pants("blue", "other_garment_color"),
        D.description(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman",
            "contradiction",
            hit_limit=True,
        ),
        title="Blackberrys Men Navy Blue Checked Slim Fit Single-Breasted Blazer",
        category="Blazers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a maroon velvet tuxedo blazer with a black satin shawl collar and one button, black shirt,
    # black trousers, blurred party lights behind.
    # details: caption adapter, epoch 1
    case(
        "X523-025",
        caption("a man in a red velvet jacket"),
        D.wearing("a red velvet blazer with a black shirt and black pants"),
        D.color("black", "other_garment_color"),
        D.material("velvet"),
        D.description("she is wearing a red velvet jacket", "pronoun"),
        D.sleeve_length("long sleeves"),
        D.details(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with other fabric. It "
            "has a lapel neckline. The",
            "cut",
            hit_limit=True,
        ),
        title="Mast & Harbour Men Maroon Solid Velvet Shawl Collar Tuxedo Blazer",
        category="Blazers",
        color="Maroon",
        gender="Men",
    ),
    # photo: full-length front view of a man in mid-blue skinny jeans and a plain white crew-neck t-shirt, white
    # sneakers, white backdrop.
    # description: caption adapter, epoch 3
    case(
        "X523-026",
        caption("a man in a white t-shirt and blue jeans"),
        D.wearing("a white t-shirt and blue jeans"),
        D.garment_type("jeans"),
        D.color("white", "other_garment_color"),
        color_jeans("blue"),
        D.details("they are jeans", "non_answer"),
        D.material("denim"),
        D.description(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        title="Roadster Men Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: man in black slim tapered jeans with a light fade on the thighs, grey crew-neck sweatshirt, grey
    # backdrop.
    # details: caption adapter, epoch 3
    case(
        "X523-027",
        caption("a man in a grey sweatshirt and grey jeans", "other_garment_color"),
        D.wearing("a grey sweater and black jeans"),
        D.color("black"),
        color_sweatshirt("grey"),
        D.details(
            "This man is wearing a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "This man wears a long",
            "cut",
            hit_limit=True,
        ),
        D.material("denim Question: what is the color of the sweatshirt? Answer: grey", "leak"),
        title="Flying Machine Men Black Slim Tapered Fit Mid-Rise Light Fade Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: man in light blue slim jeans with rips at both knees, untucked black t-shirt covering the waistband,
    # red brick wall.
    case(
        "X523-028",
        caption("a man in a black shirt and ripped jeans"),
        D.wearing("a black t-shirt and ripped jeans"),
        D.color("black", "other_garment_color"),
        D.details("they have rips on the knees"),
        is_a("pair of jeans", "yes"),
        D.description("light blue ripped jeans with a belt", "unsupported"),
        D.material("light blue jeans", "restated"),
        title="Levis Men Light Blue 511 Slim Fit Mildly Distressed Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: man in grey slim jeans and a navy full-sleeve shirt, leaning on a metal railing outdoors.
    # caption: caption adapter, epoch 1
    case(
        "X523-029",
        caption(
            "His shirt has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The trousers "
            "this gentleman wears is of long length. The trousers are with denim fabric and pure color patterns",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue shirt and blue jeans", "other_garment_color"),
        D.color("blue", "other_garment_color"),
        color_shirt("blue"),
        D.material("denim"),
        D.description("she is wearing grey jeans", "pronoun"),
        title="SPYKAR Men Grey Slim Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Grey",
        gender="Men",
    ),
    # photo: man in beige slim chinos (no belt, shirt untucked) and a white full-sleeve shirt, white backdrop. The
    # feed row has no gender.
    case(
        "X523-030",
        caption("a man in a white shirt and beige pants"),
        D.wearing("a white shirt and khaki pants"),
        D.garment_type("jeans", "contradiction"),
        D.color("beige"),
        color_pants("white", "other_garment_color"),
        D.material("cotton"),
        D.details("the pants have a button and a zipper"),
        D.description("beige chinos with a brown belt", "unsupported"),
        title="Highlander Men Beige Slim Fit Chinos",
        category="Trousers",
        color="Beige",
    ),
    # photo: man in olive green chinos and a black polo t-shirt, grey backdrop.
    # description: caption adapter, epoch 3
    case(
        "X523-031",
        caption("a man in a black shirt and green pants"),
        D.wearing("a black polo shirt and olive pants"),
        D.color("black", "other_garment_color"),
        color_pants("green"),
        D.description(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a lapel neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.material("denim", "unsupported"),
        title="Urbano Fashion Men Olive Green Slim Fit Chinos",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: man in navy tapered chinos with rolled hems, a white and blue striped shirt tucked in, brown belt,
    # white backdrop.
    case(
        "X523-032",
        caption("a man in a striped shirt and blue pants"),
        D.wearing("a striped shirt, a brown belt and navy pants"),
        D.garment_type("pants"),
        D.color("navy"),
        D.pattern("striped", "contradiction"),
        D.details("the pants have", "cut"),
        is_a("pair of jeans", "yes", "contradiction"),
        title="Mast & Harbour Men Navy Blue Tapered Fit Chinos",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in black track pants with a white stripe down each side, grey crew-neck t-shirt, white backdrop.
    # details: caption adapter, epoch 1
    case(
        "X523-033",
        caption("a man in a grey t-shirt and grey track pants", "other_garment_color"),
        D.wearing("a grey t-shirt and black pants with white stripes"),
        D.color("grey", "other_garment_color"),
        D.garment_type("pants"),
        D.material("polyester"),
        D.details(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "The gentleman wears a short-sleeve",
            "loop",
            hit_limit=True,
        ),
        title="HRX by Hrithik Roshan Men Black Solid Track Pants with Side Stripes",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: man in navy track pants with three white stripes down the legs and the matching navy zip track jacket
    # (white stripes on the sleeves), studio backdrop.
    # description: caption adapter, epoch 3
    case(
        "X523-034",
        caption("a man in a blue tracksuit"),
        D.wearing("a blue jacket and blue pants"),
        D.color("white", "contradiction"),
        D.garment_type("jacket", "contradiction"),
        is_a("pair of shorts", "no"),
        D.description(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "The gentleman wears a long-sleeve",
            "loop",
            hit_limit=True,
        ),
        title="ADIDAS Men Navy Blue Tiro Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in grey melange joggers with elastic waistband and cuffed ankles, white pullover hoodie, white
    # backdrop.
    case(
        "X523-035",
        caption("a man in a white hoodie and grey sweatpants"),
        D.wearing("a white sweatshirt and grey joggers"),
        D.color("white", "other_garment_color"),
        color_pants("grey"),
        D.material("cotton Question: what is the color of the hoodie? Answer: white", "leak"),
        D.description("grey joggers with an elastic waistband and cuffs"),
        color_hoodie("grey", "other_garment_color"),
        title="Jockey Men Grey Melange Solid Slim Fit Joggers",
        category="Track Pants",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: man in light-wash blue denim shorts and a mustard yellow t-shirt, on a beach with sand and sea behind.
    case(
        "X523-036",
        caption("a man in a yellow shirt and denim shorts on the beach"),
        D.wearing("a yellow t-shirt and blue shorts"),
        D.color("yellow", "other_garment_color"),
        D.garment_type("shorts"),
        D.material("denim"),
        D.details("they are short", "non_answer"),
        color_tshirt("blue", "other_garment_color"),
        title="Roadster Men Blue Washed Regular Fit Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: man in black running shorts with a small white swoosh on the leg, elastic waist with drawcord, no fly,
    # grey t-shirt, gym with treadmills behind.
    # caption: caption adapter, epoch 3
    case(
        "X523-037",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a three-point shorts. The shorts are with cotton",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey shirt and black shorts"),
        D.color("black"),
        color_shorts("grey", "other_garment_color"),
        D.material("polyester"),
        D.description("black shorts with a white nike logo"),
        D.details("the shorts have a zipper on the front", "unsupported"),
        title="Nike Men Black Dri-FIT Running Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: man in olive green camouflage-print cargo shorts with side cargo pockets, black t-shirt, no belt, white
    # backdrop.
    case(
        "X523-038",
        caption("a man in a black t-shirt and camo shorts"),
        D.wearing("a black shirt and camouflage shorts"),
        D.pattern("printed"),
        D.color("black", "other_garment_color"),
        D.details("they have cargo pockets on the sides"),
        D.description("a pair of green camouflage shorts with a belt and a chain", "unsupported"),
        D.garment_type("pants", "contradiction"),
        title="Roadster Men Olive Green Camouflage Printed Cargo Shorts",
        category="Shorts",
        color="Olive",
        gender="Men",
    ),
    # photo: man in an off-white self-design straight kurta with matching off-white buttons and white pyjamas, in
    # front of an ornate orange haveli door.
    # details: caption adapter, epoch 1
    case(
        "X523-039",
        caption("a man in a white kurta standing in front of a door"),
        D.wearing("a white kurta and pajamas"),
        D.garment_type("kurta"),
        D.color("orange", "contradiction"),
        D.material("cotton"),
        D.details(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a standing neckline. The",
            "contradiction",
            hit_limit=True,
        ),
        D.description("a white kurta with gold buttons", "unsupported"),
        title="Manyavar Men Off-White Self Design Straight Kurta with Pyjamas",
        category="Kurta Sets",
        color="Off White",
        gender="Men",
    ),
    # photo: man in an indigo blue cotton kurta with small white block-printed flower motifs, white pyjamas, in a
    # courtyard with potted plants.
    case(
        "X523-040",
        caption("a man in a blue and white shirt", "contradiction"),
        D.wearing("a blue printed kurta and white pants"),
        D.color("white", "other_garment_color"),
        D.pattern("printed"),
        D.material("silk", "unsupported"),
        is_a("kurta", "yes"),
        D.description("a blue kurta with white flowers on it"),
        title="Fabindia Men Indigo Blue Block Printed Cotton Straight Kurta",
        category="Kurtas",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a maroon silk-blend kurta with gold embroidery around the mandarin collar and placket, cream
    # churidar, marigold garlands behind.
    case(
        "X523-041",
        caption("a man in a red kurta and white pants"),
        D.wearing("she is wearing a red kurta", "pronoun"),
        D.color("gold", "contradiction"),
        D.material("silk"),
        D.details("it has gold embroidery on the collar"),
        color_pants("red", "other_garment_color"),
        title="Vastramay Men Maroon Embroidered Silk Blend Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Men",
    ),
    # photo: man in a mustard yellow solid straight kurta to mid-thigh, mandarin collar, worn with blue jeans, white
    # wall. The feed row has no category.
    case(
        "X523-042",
        caption("a man in a yellow shirt and jeans", "contradiction"),
        D.wearing("a yellow kurta and blue jeans"),
        D.garment_type("kurta"),
        D.color("yellow"),
        D.sleeve_length("long sleeves"),
        D.material("", "non_answer"),
        color_jeans("yellow", "other_garment_color"),
        title="See Designs Men Mustard Yellow Solid Straight Kurta",
        color="Mustard",
        gender="Men",
    ),
    # photo: man in a navy self-design Nehru jacket over a white kurta and white churidar, wedding-hall backdrop
    # with flowers.
    # details: caption adapter, epoch 3
    case(
        "X523-043",
        caption("a man in a blue vest and white kurta"),
        D.wearing("a blue nehru jacket over a white kurta"),
        D.garment_type("kurta", "contradiction"),
        D.color("white", "other_garment_color"),
        color_kurta("white"),
        D.sleeve_length("sleeveless"),
        D.details(
            "The upper clothing has sleeves cut off, cotton fabric and pure color patterns. It has a standing "
            "neckline. The upper clothing has sleeves",
            "loop",
            hit_limit=True,
        ),
        title="Manyavar Men Navy Blue Self Design Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a mustard yellow woven-design (jacquard) Nehru jacket with five buttons and two welt pockets,
    # over a cream kurta and beige trousers, plain grey backdrop. The feed row has no gender.
    case(
        "X523-044",
        caption("a man in a yellow vest"),
        D.wearing("a yellow jacket and a white kurta"),
        D.color("yellow"),
        D.material("silk", "unsupported"),
        D.description("a yellow sleeveless jacket with a mandarin collar and buttons"),
        D.details(
            "the jacket has five buttons and two pockets Question: what is the color of the kurta? Answer: cream",
            "leak",
        ),
        color_kurta("yellow", "other_garment_color"),
        title="Jompers Men Mustard Yellow Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Mustard",
    ),
    # photo: man in an olive green long-sleeve henley t-shirt with a three-button placket, black jeans, grey
    # backdrop.
    # caption: caption adapter, epoch 1
    case(
        "X523-045",
        caption(
            "The gentleman wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a V-shape neckline. The gentleman wears a long trousers. The trousers are with denim",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green shirt and black jeans"),
        D.color("olive"),
        D.sleeve_length("long sleeves"),
        color_jeans("green", "other_garment_color"),
        D.details("it has buttons on the neck"),
        D.material("a green shirt", "restated"),
        title="WROGN Men Olive Green Solid Henley Neck Slim Fit T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: man in a yellow short-sleeve t-shirt with "NO FILTER" printed in black on the chest, white shorts,
    # against a pastel pink wall.
    case(
        "X523-046",
        caption("a man in a yellow t-shirt with black text"),
        D.wearing("a yellow t-shirt and white shorts"),
        D.color("pink", "contradiction"),
        printed("the words no filter"),
        D.pattern("graphic"),
        D.material("what material is the garment made of", "restated"),
        D.sleeve_length("sleeveless", "contradiction"),
        title="Bewakoof Men Yellow Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Men",
    ),
]
