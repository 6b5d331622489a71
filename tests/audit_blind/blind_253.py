"""BLIND_253 (46 products; men's and boys' tees, polos, shirts, kurtas, jeans, shorts, jackets, innerwear): written
blind in the forty-second session. Measured blind at f70100e (the session's rules as they stood): 107/141 failures
found (75.9%) and 10/175 correct texts flagged (5.7%). The writer's notes, verbatim:

Scenario: an Indian marketplace's English catalog feed for men and boys: round-neck and graphic tees, polos, casual
and formal shirts, kurtas (plain, chikankari, printed, short kurtas worn with jeans, a kurta-pyjama set and a Nehru
jacket), jeans, chino, cargo and printed shorts, track pants and joggers, puffer, denim, bomber, biker and track
jackets, and multipacks of tees, vests, trunks and track pants. About two thirds are model shots (studio walls in
plain or loud colors, brick walls, a beach, a pool, a gym, an office, a garden, festive lights and marigolds, a
football), the rest flat-lays on white, wood or colored boards. Each row has the seller's title, category, color and
gender; a few rows miss the gender or the color, as real feeds do. Seller colors are the feed's shade names (Navy
Blue, Olive, Maroon, Mustard, Teal, Rust, Charcoal Grey, Off White, Grey Melange, Khaki, Multi).

Who wrote what: the base `Salesforce/blip2-opt-2.7b` answers enrich's default questionnaire (wearing, description,
details, material) and the set's own open questions (how many pieces are in a pack, the neckline): short lowercase
texts that stop on their own and never carry hit_limit. Eight texts come from the caption-only LoRA adapter of the
original experiments (six captions and two details answers, named in the comments): the DeepFashion template
("The gentleman wears a long-sleeve jacket with pure color patterns ..."), trained with no end token, so each runs
to its limit (50 new tokens for captions, 30 for answers) and carries hit_limit=True. The closed questions
(garment_type, color, pattern, sleeve_length, the per-piece colors and the yes/no "Is this a ...?") are enrich's
`--engine reference` answers, picked from candidate sets; they never loop or hit a limit.

Labeling conventions and judgement calls:
- Shade words are correct: blue for navy or teal, green for olive or teal, red for maroon, yellow for mustard,
  orange for rust, grey for charcoal or grey melange, beige for khaki, cream or white for off white, brown for tan.
  Mustard answered orange, maroon answered purple, navy answered black (where nothing else in the photo is black)
  and grey melange answered white are contradiction.
- The color of another garment in the photo (the tee under a jacket, the jeans under a tee, the pyjama of a kurta
  set, the kurta under a Nehru jacket) given to the product is other_garment_color, in closed and open answers
  alike, and so is one color repeated for every garment in an outfit ("a grey shirt and grey pants" for a grey tee
  over black track pants). A color that only the print, the tipping or the backdrop has (white palm trees on navy
  shorts, blue leaves on a white shirt, white dots on a black shirt, a blue board under white vests) is
  contradiction.
- Multipacks with seller color Multi or two colors: a color one of the pieces has is correct; a count that is not
  the title's "Pack of N" is contradiction, even where a model shot shows only one piece.
- Black-and-white stripes answered "white" for seller color Black are correct (half the garment is white); side
  taping on track pants answered "striped" is correct; a tropical leaf print answered "floral" is correct; collar
  tipping answered "striped" on a solid polo is contradiction.
- Garment synonyms are correct: tank top for an innerwear vest, sweatpants for joggers or track pants, vest for a
  Nehru jacket, tunic for a kurta, top for a short kurta, underwear for trunks, dress shirt for a formal shirt.
  A kurta called "a white shirt" in a caption is contradiction; trunks answered "shorts" by garment_type is
  contradiction (the seller's category is innerwear).
- A layered product whose closed answers describe the layer (garment_type shirt, pattern checked, long sleeves for a
  white tee under an open flannel shirt; kurta and long sleeves for a sleeveless Nehru jacket over a kurta) is
  contradiction; the open answers naming both layers are correct.
- Materials: the title's material, or a plausible one for the look where the title names none (denim for jeans,
  nylon for a puffer, leather for a faux-leather biker jacket, cotton for tees and shorts) is correct; one the title
  contradicts (polyester or silk for pure cotton, linen for cotton, wool for a cotton blend, cotton for polyester)
  or that the look rules out (leather for a polyester bomber) is unsupported.
- Invented things not in the photo (a logo, a tie, a belt, a hood, rips, a number on a tee, a surfboard, a print on
  a back the photo does not show, a dupatta, pockets or collars the photo lacks) are unsupported.
- Base texts: an answer that runs on into "Question: ... Answer: ..." is leak even where its first words are right;
  one that repeats a phrase of its own is loop; one that stops on "a", "of" or "are" is cut (no hit_limit);
  an empty answer, "the details of the jeans", "it is a garment", "it is made of fabric" and "the jeans are black"
  (a color for the details question) and "it is made of cloth" are non_answer; the question's own words back ("the
  details of the garment are the details of the garment"), or a material question answered with the garment's name
  or color, are restated ("the material of the garment", "cream"); "she" or "a little girl" for a man or a boy is
  pronoun.
- Adapter texts: one that repeats a sentence of the template is loop, one that stops mid-sentence without repeating
  is cut; the cut or loop is labelled even where the template also invents a fabric or a neckline.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, is_a, question

count = question("count", "How many pieces are in the pack?", "open")
neckline = question("neckline", "What is the neckline of the garment?", "open")

BLIND_253 = [
    # photo: man in a navy blue round-neck tee with mid-blue jeans, plain white studio backdrop, front view.
    # adapter: none
    case(
        "X253-001",
        caption("a man in a navy blue t-shirt and jeans"),
        D.wearing("a black t-shirt and blue jeans", "contradiction"),
        D.garment_type("polo shirt", "contradiction"),
        D.color("blue"),
        D.sleeve_length("short sleeves"),
        D.details("the details of the garment are the details of the garment", "restated"),
        D.material("cotton"),
        title="Men Navy Blue Solid Pure Cotton Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a white pique polo with black tipping on the collar, black chinos, grey backdrop; no logo.
    # adapter: none
    case(
        "X253-002",
        caption("a man in a white polo shirt and black pants"),
        D.wearing("a white polo shirt and black pants"),
        D.color("black", "other_garment_color"),
        D.pattern("solid"),
        D.description("a white polo shirt with a black logo on the chest", "unsupported"),
        D.details("the collar has black stripes"),
        D.material("polyester", "unsupported"),
        title="Men White Solid Polo Collar Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: man in an olive full-sleeve shirt, sleeves rolled to the elbow, one chest pocket, beige chinos, red
    # brick wall behind. adapter: none
    case(
        "X253-003",
        caption("a man in a green shirt standing in front of a brick wall"),
        D.wearing(
            "he is wearing a green shirt and khaki pants Question: What is the color of the shirt? Answer: green",
            "leak",
        ),
        D.garment_type("shirt"),
        D.color("green"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.description("a green shirt with a pocket"),
        D.details("buttons buttons buttons buttons buttons buttons", "loop"),
        title="Men Olive Green Solid Casual Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: man in a plain maroon straight kurta with mandarin collar over a white pyjama; a table with marigolds
    # and brass diyas beside him. adapter: none
    case(
        "X253-004",
        caption("a man in a red kurta standing next to a table with flowers"),
        D.wearing("she is wearing a red kurta and white pants", "pronoun"),
        is_a("kurta", "yes"),
        D.color("red"),
        D.material("silk", "unsupported"),
        D.details("the kurta has gold embroidery on the neck", "unsupported"),
        title="Men Maroon Solid Cotton Straight Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Men",
    ),
    # photo: man in mid-blue slim jeans and a black crew-neck tee, cropped at the chest, white sneakers, white
    # backdrop. adapter: none
    case(
        "X253-005",
        caption("a man wearing a black t-shirt and blue jeans"),
        D.wearing("a black t-shirt and black jeans", "other_garment_color"),
        D.garment_type("jeans"),
        D.color("blue"),
        D.details("the details of the jeans", "non_answer"),
        D.material("the jeans are made of", "cut"),
        title="Men Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: flat-lay of three boys' short-sleeve tees (red with a dinosaur, navy with a car, grey melange with a
    # "cool dude" slogan) on white. adapter: none
    case(
        "X253-006",
        caption("three t-shirts with different designs on a white background"),
        D.garment_type("t-shirt"),
        D.color("red"),
        count("three"),
        D.pattern("printed"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.description("three t-shirts with superhero prints on them", "unsupported"),
        D.material("cotton Question: How many t-shirts are there? Answer: three", "leak"),
        title="Boys Pack of 3 Printed Pure Cotton T-shirts",
        category="Tshirts",
        color="Multi",
        gender="Boys",
    ),
    # photo: man in black track pants with white side taping, a grey melange tee, white sneakers, gym with racks
    # of dumbbells behind. adapter: none
    case(
        "X253-007",
        caption("a man in a grey t-shirt and black track pants"),
        D.wearing("a grey shirt and grey pants", "other_garment_color"),
        D.garment_type("track pants"),
        D.color("grey", "other_garment_color"),
        D.pattern("striped"),
        D.description(
            "a pair of black track pants with white stripes and a white logo on the pocket",
            "unsupported",
        ),
        D.details("white stripes on the side"),
        D.material("polyester"),
        title="Men Black Solid Polyester Track Pants with Side Taping",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: man in a red and navy checked full-sleeve shirt with one chest pocket and a spread collar, blue jeans,
    # white wall. caption: adapter
    case(
        "X253-008",
        caption(
            "This man wears a long-sleeve shirt with lattice patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with denim fabric and solid color patterns. His",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "a red and blue plaid shirt and a blue jeans and a blue jeans and a blue jeans",
            "loop",
        ),
        D.pattern("checked"),
        D.color("red"),
        D.sleeve_length("long sleeves"),
        D.description("a red plaid shirt with buttons"),
        D.details("the shirt has a button down collar and two pockets", "unsupported"),
        title="Men Red & Navy Blue Checked Cotton Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: man in a zipped black quilted puffer jacket with a stand collar (no hood), blue jeans, city street.
    # caption and details: adapter
    case(
        "X253-009",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a stand collar. The gentleman wears a long pants. The pants are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black jacket and jeans"),
        D.garment_type("jacket"),
        D.color("black"),
        D.description("a black jacket with a fur hood", "unsupported"),
        D.details(
            "The jacket is with cotton fabric and pure color patterns. It has a stand collar. The jacket is with "
            "cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        D.material("nylon"),
        title="Men Black Solid Padded Puffer Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: flat-lay of a folded white formal shirt on a light wooden table, a steel wristwatch beside it.
    # adapter: none
    case(
        "X253-010",
        caption("a white shirt and a watch on a wooden table"),
        D.wearing("a white shirt and a white tie", "unsupported"),
        D.garment_type("shirt"),
        D.color("white"),
        D.description("a white shirt with a white collar"),
        D.details(
            "the shirt has a white collar and white buttons and a white collar and white buttons",
            "loop",
        ),
        D.material("the shirt is made of", "cut"),
        title="Men White Slim Fit Solid Cotton Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: man in a mustard polo and navy chinos against a bright yellow wall. adapter: none
    case(
        "X253-011",
        caption("a man in a yellow polo shirt standing in front of a yellow wall"),
        D.wearing("a yellow shirt and blue pants"),
        D.garment_type("polo shirt"),
        D.color("orange", "contradiction"),
        D.sleeve_length("short sleeves"),
        D.description(
            "a yellow shirt with a collar and buttons and a collar and buttons and a collar and buttons",
            "loop",
        ),
        D.material("it is made of", "cut"),
        title="Men Mustard Yellow Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: boy (short hair) in blue denim shorts with a plain white tee, standing on grass in a park.
    # adapter: none
    case(
        "X253-012",
        caption("a young boy standing in the grass wearing shorts and a white shirt"),
        D.wearing("she is wearing a white shirt and blue shorts", "pronoun"),
        D.garment_type("shorts"),
        D.color("white", "other_garment_color"),
        D.details("the shorts are short", "non_answer"),
        D.material("denim"),
        title="Boys Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Boys",
    ),
    # photo: man in a white chikankari kurta (white floral thread embroidery on the front), white pyjama, beige
    # backdrop; no scarf. adapter: none
    case(
        "X253-013",
        caption("a man in a white kurta with embroidery"),
        D.wearing("a white kurta and white pants and a white scarf", "unsupported"),
        is_a("kurta", "yes"),
        D.color("white"),
        D.pattern("solid", "contradiction"),
        D.material("linen", "unsupported"),
        D.details("the kurta has floral embroidery on the front"),
        title="Men White Chikankari Embroidered Pure Cotton Kurta",
        category="Kurtas",
        color="White",
        gender="Men",
    ),
    # photo: flat-lay of five folded trunks (navy, black, grey, maroon, olive) fanned out on white. adapter: none
    case(
        "X253-014",
        caption("a group of colorful underwear on a white background"),
        D.garment_type("shorts", "contradiction"),
        count("four", "contradiction"),
        D.color("blue"),
        D.description("five pairs of underwear in different colors"),
        D.material("it is made of fabric", "non_answer"),
        title="Men Pack of 5 Solid Cotton Trunks",
        category="Trunks",
        color="Multi",
        gender="Men",
    ),
    # photo: man in a black tee with a large white-and-orange tiger face print on the chest, grey joggers, dark
    # grey backdrop. adapter: none
    case(
        "X253-015",
        caption("a man wearing a black t-shirt with a tiger on it"),
        D.wearing(
            "a black t-shirt with a tiger on it Question: What is the color of the t-shirt? Answer: black",
            "leak",
        ),
        D.color("black"),
        D.pattern("graphic"),
        D.description("a black t-shirt with a white tiger print"),
        D.details(
            "the tiger is orange and the tiger is orange and the tiger is orange",
            "loop",
        ),
        title="Men Black Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in charcoal grey joggers with a drawstring and ribbed cuffs, navy tee, white sneakers, white
    # backdrop; no zip on the joggers. adapter: none
    case(
        "X253-016",
        caption("a man in a blue shirt and grey pants"),
        D.wearing("a grey t-shirt and grey sweatpants", "other_garment_color"),
        D.garment_type("track pants"),
        D.color("grey"),
        D.description("grey sweatpants with a drawstring and a zipper on the side", "unsupported"),
        D.details("the pants have a drawstring and pockets and cuffs"),
        D.material("wool", "unsupported"),
        title="Men Charcoal Grey Solid Cotton Blend Joggers",
        category="Track Pants",
        color="Charcoal Grey",
        gender="Men",
    ),
    # photo: man in a mid-blue washed denim jacket (no rips) open over a white tee, black jeans, grey backdrop.
    # caption: adapter
    case(
        "X253-017",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with denim fabric. It "
            "has a lapel neckline. The gentleman wears a long-sleeve jacket with pure color patterns. The jacket",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a denim jacket and black jeans"),
        D.garment_type("shirt", "contradiction"),
        D.color("white", "other_garment_color"),
        D.material("denim"),
        D.details("ripped on the sleeves", "unsupported"),
        title="Men Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: flat-lay of a teal polo, short sleeves, three-button placket, on white. adapter: none
    case(
        "X253-018",
        caption("a teal polo shirt on a white background"),
        D.garment_type("polo shirt"),
        D.color("green"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.description(
            "a green polo shirt Question: What are the details of the garment? Answer: the collar",
            "leak",
        ),
        D.details("the collar and the buttons"),
        D.material("the garment is made of material", "non_answer"),
        title="Men Teal Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: man in a rust short-sleeve linen shirt with a chest pocket, beige chinos, on a beach, front view only;
    # no surfboard. adapter: none
    case(
        "X253-019",
        caption(
            "a man in an orange shirt standing on the beach with a surfboard",
            "unsupported",
        ),
        D.wearing("an orange shirt and khaki pants"),
        D.color("orange"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.description("an orange button up shirt with a pocket"),
        D.details("the shirt has a palm tree print on the back", "unsupported"),
        D.material("linen"),
        title="Men Rust Solid Pure Linen Casual Shirt",
        category="Shirts",
        color="Rust",
        gender="Men",
    ),
    # photo: boy in plain navy track pants with an elastic waistband and a white school tee, studio; no stripes.
    # adapter: none. The row has no gender.
    case(
        "X253-020",
        caption("a young boy wearing a white shirt and blue pants"),
        D.wearing("a white shirt and black pants", "contradiction"),
        D.garment_type("track pants"),
        D.color("blue"),
        D.pattern("solid"),
        D.description("a pair of blue pants with a white stripe", "unsupported"),
        D.details("the pants have an elastic waist band"),
        is_a("pair of jeans", "yes", "contradiction"),
        title="Boys Navy Blue Solid Track Pants",
        category="Track Pants",
        color="Navy Blue",
    ),
    # photo: man (long hair tied back) in a black tee with white horizontal stripes, black jeans, white backdrop.
    # adapter: none
    case(
        "X253-021",
        caption("a man in a black and white striped shirt"),
        D.wearing("she is wearing a striped shirt and black jeans", "pronoun"),
        D.pattern("striped"),
        D.color("white"),
        D.sleeve_length("short sleeves"),
        D.description("a black and white striped t-shirt with a pocket", "unsupported"),
        D.material("it is made of cloth", "non_answer"),
        title="Men Black & White Striped Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: flat-lay of light-fade blue jeans, folded to show the front and coin pocket, on white; no belt.
    # adapter: none
    case(
        "X253-022",
        caption("a pair of blue jeans on a white background"),
        D.garment_type("jeans"),
        D.color("blue"),
        D.description("a pair of jeans with a black belt", "unsupported"),
        D.details("the jeans have a", "cut"),
        D.material("the jeans are made of jeans", "restated"),
        title="Men Blue Light Fade Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a sleeveless navy jacquard Nehru jacket buttoned over a full-sleeve white kurta and white
    # churidar, studio. adapter: none
    case(
        "X253-023",
        caption("a man in a blue vest and white kurta"),
        D.wearing("a white kurta and a blue jacket"),
        D.garment_type("kurta", "contradiction"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.details(
            "the jacket has buttons on the front and a pocket on the chest and buttons on the front and a pocket",
            "loop",
        ),
        title="Men Navy Blue Woven Design Polyester Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man sitting by a pool in a white short-sleeve shirt with a blue tropical leaf print, beige shorts.
    # adapter: none
    case(
        "X253-024",
        caption("a man in a floral shirt sitting by the pool"),
        D.wearing("a blue and white shirt and shorts"),
        D.pattern("floral"),
        D.color("blue", "contradiction"),
        D.sleeve_length("short sleeves"),
        D.description("a white shirt with blue leaves on it"),
        D.details(
            "the shirt has a white collar and a white collar and a white collar and a white",
            "loop",
        ),
        D.material("silk", "unsupported"),
        title="Men White & Blue Tropical Printed Pure Cotton Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: man in one grey melange round-neck sleeveless innerwear vest, torso shot, white backdrop.
    # adapter: none
    case(
        "X253-025",
        caption("a man in a grey tank top"),
        D.wearing(
            "a grey tank top Question: What is the color of the garment? Answer: grey",
            "leak",
        ),
        D.garment_type("vest"),
        D.color("white", "contradiction"),
        D.sleeve_length("sleeveless"),
        count("one", "contradiction"),
        D.description("a grey vest with a v neck", "unsupported"),
        D.material("cotton"),
        title="Men Pack of 2 Grey Melange Solid Cotton Innerwear Vests",
        category="Innerwear Vests",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: man in khaki chino shorts with belt loops and side pockets, navy polo, outdoor cafe.
    # caption: adapter
    case(
        "X253-026",
        caption(
            "This gentleman is wearing a short-sleeve T-shirt with solid color patterns and a three-point shorts. "
            "The T-shirt is with cotton fabric and its neckline is lapel. The shorts are with",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue polo shirt and blue shorts", "other_garment_color"),
        D.garment_type("shorts"),
        D.color("blue", "other_garment_color"),
        color_of("shorts", "beige"),
        D.details("the shorts have pockets and a belt loop"),
        D.material("cotton Question: What is the color of the shorts? Answer: beige", "leak"),
        title="Men Khaki Solid Chino Shorts",
        category="Shorts",
        color="Khaki",
        gender="Men",
    ),
    # photo: flat-lay of an off-white long straight kurta with a mandarin collar and gold buttons, on white.
    # adapter: none
    case(
        "X253-027",
        caption("a white shirt with gold buttons on a white background", "contradiction"),
        D.garment_type("kurta"),
        D.color("cream"),
        D.description(
            "a long white tunic with gold buttons Question: What are the details of the garment? Answer: gold buttons",
            "leak",
        ),
        D.details("gold buttons and a mandarin collar"),
        D.material("cream", "restated"),
        title="Men Off White Solid Cotton Blend Straight Kurta",
        category="Kurtas",
        color="Off White",
        gender="Men",
    ),
    # photo: man in an olive bomber jacket (ribbed collar, no hood, zip pocket on the left sleeve) open over a black
    # tee, black jeans, grey wall. adapter: none
    case(
        "X253-028",
        caption("a man in a green jacket and black pants"),
        D.wearing("a green jacket and a green shirt and green pants", "other_garment_color"),
        D.garment_type("jacket"),
        D.color("black", "other_garment_color"),
        D.description("a green jacket with a hood", "unsupported"),
        D.details("a zipper and a pocket on the sleeve"),
        D.material("leather", "unsupported"),
        title="Men Olive Green Solid Polyester Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: boy (longish hair) in a red and navy colourblocked tee and blue jeans, holding a football on a green
    # field; no number on the tee. adapter: none
    case(
        "X253-029",
        caption("a little girl holding a soccer ball", "pronoun"),
        D.wearing("a red and blue shirt"),
        D.pattern("colorblock"),
        D.color("red"),
        D.sleeve_length("short sleeves"),
        D.description("a red and blue t-shirt with a white number 10 on it", "unsupported"),
        D.details("the shirt is red and blue and red and blue and red and blue", "loop"),
        title="Boys Red & Navy Colourblocked Round Neck T-shirt",
        category="Tshirts",
        color="Red",
        gender="Boys",
    ),
    # photo: man in a light blue full-sleeve formal shirt tucked into grey trousers, open office behind; no tie.
    # adapter: none
    case(
        "X253-030",
        caption("a man in a blue shirt and grey pants standing in an office"),
        D.wearing("a blue shirt tucked in grey pants"),
        D.color("grey", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.description("a light blue shirt with a tie", "unsupported"),
        D.details("the details of the garment are", "cut"),
        D.material("cotton"),
        title="Men Blue Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: man in black skinny jeans (clean look, no rips) and a white shirt, white backdrop. adapter: none
    case(
        "X253-031",
        caption("a man in a white shirt and black jeans"),
        D.wearing("a white shirt and black jeans and a white shirt and black jeans", "loop"),
        D.garment_type("jeans"),
        D.color("black"),
        is_a("pair of jeans", "yes"),
        D.description("a pair of black jeans with rips on the knees", "unsupported"),
        D.details("the jeans are black", "non_answer"),
        title="Men Black Skinny Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: flat-lay of a maroon polo with two thin white tipping lines on the collar and sleeve hems, on white.
    # adapter: none
    case(
        "X253-032",
        caption("a maroon polo shirt with white stripes on the collar"),
        D.garment_type("polo shirt"),
        D.color("purple", "contradiction"),
        D.pattern("striped", "contradiction"),
        D.description("a red polo shirt with white lines on the collar"),
        D.details("", "non_answer"),
        D.material("cotton"),
        title="Men Maroon Solid Polo Collar Pure Cotton T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: man in a mustard short kurta with small white block prints, full sleeves, mustard collar, worn over
    # blue jeans, white backdrop. adapter: none
    case(
        "X253-033",
        caption("a man in a yellow kurta and jeans"),
        D.wearing("a yellow top and blue jeans"),
        is_a("kurta", "no", "contradiction"),
        D.color("yellow"),
        D.pattern("printed"),
        D.sleeve_length("long sleeves"),
        D.description("a yellow kurta with a white print and a white collar", "unsupported"),
        D.material("the material is yellow", "restated"),
        title="Men Mustard Yellow Printed Short Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Men",
    ),
    # photo: man in a zipped navy track jacket with white stripes down the sleeves, black track pants, gym.
    # adapter: none
    case(
        "X253-034",
        caption("a man in a black jacket and black pants in a gym", "other_garment_color"),
        D.wearing("a blue jacket and black pants"),
        D.garment_type("jacket"),
        D.color("black", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.details("white stripes on the sleeves and a zipper"),
        D.material("cotton", "unsupported"),
        title="Men Navy Blue Solid Polyester Track Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: flat-lay of two plain round-neck tees side by side, one white and one black, on light grey.
    # adapter: none
    case(
        "X253-035",
        caption("two t-shirts one black and one white"),
        D.garment_type("t-shirt"),
        D.color("white"),
        count("two"),
        D.description("a white t-shirt and a black t-shirt"),
        D.material("cotton"),
        title="Men Pack of 2 Solid Pure Cotton Round Neck T-shirts",
        category="Tshirts",
        color="White & Black",
        gender="Men",
    ),
    # photo: man (shoulder-length hair) in a tan faux-leather biker jacket with an asymmetric zip and no belt, open
    # over a white tee, blue jeans, street. caption: adapter
    case(
        "X253-036",
        caption(
            "The gentleman wears a long-sleeve jacket with solid color patterns. The jacket is with leather fabric. It "
            "has a lapel neckline. The gentleman wears a long pants. The pants are with denim fabric",
            "cut",
            hit_limit=True,
        ),
        D.wearing("she is wearing a brown jacket", "pronoun"),
        D.color("brown"),
        D.sleeve_length("long sleeves"),
        D.description("a brown leather jacket with a belt", "unsupported"),
        D.details("a zipper on the front and pockets"),
        D.material("leather"),
        title="Men Tan Brown Solid Faux Leather Biker Jacket",
        category="Jackets",
        color="Tan",
        gender="Men",
    ),
    # photo: boy (long curly hair) in a blue kurta with a white pyjama, string lights behind. adapter: none
    case(
        "X253-037",
        caption("a little boy in a blue kurta with lights in the background"),
        D.wearing("she is wearing a blue kurta and white pants", "pronoun"),
        color_of("kurta", "blue"),
        color_of("pyjamas", "blue", "other_garment_color"),
        is_a("kurta", "yes"),
        D.material("silk", "unsupported"),
        title="Boys Blue Solid Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Blue",
        gender="Boys",
    ),
    # photo: man in a black full-sleeve shirt with white polka dots and a black collar, beige chinos, white wall.
    # adapter: none
    case(
        "X253-038",
        caption("a man in a black shirt with white polka dots"),
        D.wearing("a black and white shirt and white pants", "contradiction"),
        D.pattern("printed"),
        D.color("white", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.description("a black shirt with white dots and a white collar", "unsupported"),
        D.material(
            "cotton Question: What is the pattern of the garment? Answer: polka dots",
            "leak",
        ),
        title="Men Black & White Polka Dot Printed Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: flat-lay of olive cargo shorts with flap pockets on both sides, drawstring waist, on white; no belt.
    # adapter: none
    case(
        "X253-039",
        caption("a pair of green cargo shorts with a belt", "unsupported"),
        D.garment_type("shorts"),
        D.color("green"),
        D.description(
            "a pair of green shorts with pockets on the sides Question: What is the material of the shorts? Answer: "
            "cotton",
            "leak",
        ),
        D.details("pockets pockets pockets pockets pockets", "loop"),
        D.material("cotton"),
        title="Men Olive Green Solid Cotton Cargo Shorts",
        category="Shorts",
        color="Olive",
        gender="Men",
    ),
    # photo: flat-lay of three folded white sleeveless vests on a blue board. adapter: none
    case(
        "X253-040",
        caption("a white tank top on a blue background"),
        D.garment_type("vest"),
        D.color("blue", "contradiction"),
        count("three"),
        D.sleeve_length("sleeveless"),
        D.description("a white tank top"),
        D.details("the vest has a", "cut"),
        D.material("the vest is made of white", "restated"),
        title="Men Pack of 3 White Solid Cotton Innerwear Vests",
        category="Innerwear Vests",
        color="White",
        gender="Men",
    ),
    # photo: man in a long green kurta with small white ethnic motifs, full sleeves, mandarin collar, white churidar,
    # garden; no dupatta. adapter: none. The row has no color.
    case(
        "X253-041",
        caption("a man in a green kurta standing in a garden"),
        D.wearing("a green and white kurta"),
        D.pattern("printed"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("three-quarter sleeves", "contradiction"),
        D.description("a green kurta with white flowers and a white dupatta", "unsupported"),
        D.details("the kurta has a mandarin collar and buttons on the front"),
        D.material("cotton"),
        title="Men Green Ethnic Motifs Printed Pure Cotton Kurta",
        category="Kurtas",
        gender="Men",
    ),
    # photo: man (long hair) in a buttoned mid-blue denim shirt with two flap chest pockets, black chinos, leaning on
    # a brick wall. details: adapter
    case(
        "X253-042",
        caption("a man in a denim shirt leaning against a brick wall"),
        D.wearing("she is wearing a denim shirt", "pronoun"),
        D.garment_type("shirt"),
        D.color("blue"),
        D.description("it is a garment", "non_answer"),
        D.details(
            "The shirt is with denim fabric and pure color patterns. It has a lapel neckline. The shirt is with denim "
            "fabric and pure",
            "loop",
            hit_limit=True,
        ),
        D.material("denim"),
        title="Men Blue Solid Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: flat-lay of two boys' track pants, one grey melange and one navy, on white. adapter: none
    case(
        "X253-043",
        caption("two pairs of sweatpants on a white background"),
        D.garment_type("track pants"),
        D.color("grey"),
        count("three", "contradiction"),
        D.description("a grey pair of pants and a black pair of pants", "contradiction"),
        D.details("", "non_answer"),
        title="Boys Pack of 2 Solid Track Pants",
        category="Track Pants",
        color="Grey & Navy",
        gender="Boys",
    ),
    # photo: man in an orange full-sleeve henley tee (three-button placket, round neck), blue jeans, white backdrop.
    # caption: adapter
    case(
        "X253-044",
        caption(
            "The gentleman wears a long-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with denim fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("an orange t-shirt and blue jeans"),
        D.color("orange"),
        D.sleeve_length("short sleeves", "contradiction"),
        neckline("a v neck", "contradiction"),
        D.material("the material of the garment", "restated"),
        title="Men Orange Solid Henley Neck Cotton T-shirt",
        category="Tshirts",
        color="Orange",
        gender="Men",
    ),
    # photo: flat-lay of navy shorts with a white palm tree print and a white drawstring, on white. adapter: none
    case(
        "X253-045",
        caption("a pair of white shorts with blue palm trees", "contradiction"),
        D.garment_type("shorts"),
        D.color("white", "contradiction"),
        D.pattern("printed"),
        D.description("a pair of blue shorts with white coconut trees"),
        D.details(
            "the shorts have a drawstring and a drawstring and a drawstring and a drawstring",
            "loop",
        ),
        D.material("cotton"),
        title="Men Navy Blue Printed Regular Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a plain white round-neck tee under an open red and black flannel check shirt, black jeans,
    # white backdrop. adapter: none
    case(
        "X253-046",
        caption("a man wearing a red plaid shirt over a white t-shirt"),
        D.wearing("a red and black plaid shirt and black jeans"),
        D.garment_type("shirt", "contradiction"),
        D.color("white"),
        D.pattern("checked", "contradiction"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.material("cotton"),
        title="Men White Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
]
