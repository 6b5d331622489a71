"""BLIND_194 (46 products; young Indian-marketplace streetwear, men and women, studio and mirror-selfie shots):
written blind in the thirty-eighth session. Measured blind at bf18296 (after this session's first rule changes):
98/118 failures found (83.1%) and 6/144 correct texts flagged (4.2%). The writer's notes, verbatim:

Scenario:
A Myntra-like English catalog of youth streetwear: oversized graphic and solid tees, cargo and parachute pants, hoodies
and sweatshirts, denim and sherpa jackets, shackets (shirt-jackets, sold under "Shirts" or "Jackets"), co-ord sets,
baggy and cargo jeans, crop tops. Most photos are a single model on a coloured seamless studio backdrop (mustard,
lilac, teal, orange...), usually styled with a second garment of another colour (tee under a jacket, jeans under a
crop top); a handful are mirror selfies with the phone covering the face, and one is a back view. Catalog columns are
title, category, the seller's color (free-form: "Olive", "Charcoal", "Off White", "Multi") and gender (Men, Women,
Unisex). As in real feeds, one product has no seller color and one has no gender.

Who wrote what:
- Captions and short open answers without hit_limit in lowercase ("a man in a black t - shirt ...") come from the
  untuned base model Salesforce/blip2-opt-2.7b, which stops on the newline: never hit_limit. It writes "t - shirt"
  with spaces, answers in a few words, repeats one colour for every garment, sometimes gives the backdrop's colour,
  gets the person wrong when the face is hidden or the model is androgynous, and once returns nothing at all.
- Texts in the DeepFashion template ("The gentleman wears a long-sleeve sweater with pure color patterns. The sweater
  is with cotton fabric...") come from the original caption adapters (epoch 1 and epoch 3); their labels trained no
  end token, so every one of them runs to the 50-token caption limit or 30-token answer limit: hit_limit=True, and
  the text either loops or stops mid-sentence, and when asked a question they return the caption template.
- Short repeated answers, run-on answers ("... and the sleeves are") and "Question: ... Answer: ..."
  continuations come from the VQA adapter (no end token either): hit_limit=True.
- Closed questions (garment_type, color, pattern, sleeve_length) are the reference engine ranking a closed candidate
  set (raw text kept when unmapped): short, never hit_limit, and sometimes the wrong candidate (the tee's colour for
  the jeans, the print's colour, the other garment's category).
- A few open answers are spans picked by the extractive QA model over an adapter caption ("pure color patterns",
  "denim fabric"): never hit_limit.
- Fluent one-sentence descriptions ("an oversized black tee with ...") come from a retrained mixed-task adapter
  with masked labels and a trained terminator: they stop (no hit_limit), are usually right, and invent a detail now
  and then (a zip pocket, ripped knees, a sleeve print, a quilted lining).

Labeling conventions and judgement calls:
- Shade words and near synonyms of the seller's color are correct: purple for Lavender, grey / dark grey for
  Charcoal, red for Maroon, light blue for a washed Blue, navy blue for Indigo, khaki / tan for Beige, yellow or
  mustard for Mustard, white or cream for Off White, orange for Rust, light green for Sage. "brown" for a
  beige-and-brown check and "pink" for a pink-dominant tie-dye sold as "Multi" are counted correct (a colour the
  garment really has). A print's colour given as THE garment colour (orange for a black tee with an orange anime
  print), light blue for a mint sweatsuit, "striped" for a plain ribbed knit or a textured weave, and a wrong closed
  sleeve length (long for a short-sleeve resort shirt, short for a halter) are contradictions.
- Garment synonyms are correct: jacket / shirt for a shacket, plaid shirt for a checked shacket, sweater for a
  sweatshirt, sweatsuit / tracksuit for a sweatshirt-and-jogger co-ord, joggers for track pants, cargo pants for
  cargo jeans, jeans for baggy jeans. A closed garment_type that names the OTHER garment in the photo (pants for a
  tee, hoodie for cargo trousers) is a contradiction (seller category), and so is "dress" / "a white dress" for a
  long oversized tee worn over visible shorts.
- A material is correct when the title names it (Pure Cotton, Corduroy, Flannel, Fleece, Denim) or it is plainly
  visible (denim); a material named neither in the title nor visibly (cotton fleece for a plain hoodie, polyester for
  a printed cotton-look tee, cotton for a shiny parachute pant) is unsupported. So is any detail the photo cannot
  show (a back print from a front view, a drawstring under an untucked tee, a front logo on a back view).
- Co-ord sets named piece by piece in their own colours ("a black crop top and grey cargo pants") are correct.
- An answer that gives the colour of the other garment in the photo (the white tee's colour for the black jeans,
  the black top's colour for the grey pants, the inner tee's colour for a shacket) is other_garment_color; a colour
  nobody in the photo wears (the red backdrop for a navy sweatshirt) is contradiction.
- Adapter texts hit the limit; one kind each, the one seen first: a visible repetition is loop, a template that ends
  mid-sentence without looping yet is cut, a "Question: ... Answer:" continuation is leak, "The lady" in the first
  words for a male model is pronoun even though the text is also cut, and the caption template returned for an open
  question it does not answer (what is printed on the front) is restated.
- Base answers that only echo the question ("the details of the garment", "a garment that is worn by a woman") are
  restated, as are "a description of a denim jacket" and "the color of the pants is the color of the pants"; an empty
  answer, a bare colour for "what is the person wearing" or "describe the garment", "it is a sweatshirt" / "they are
  cargo pants" for the details, and extractive spans that name a DeepFashion pattern where a colour was asked ("pure
  color patterns", "graphic patterns") are non_answer. "a man taking a selfie in an elevator" (no garment named) and
  terse but true answers ("cherries" would have been; "strawberries" for a cherry print is unsupported) are counted
  as they stand. "he is wearing" for a short-haired woman and "a woman" for a long-haired or curly-haired man are
  pronoun failures; a unisex product worn by a woman is described as a woman, correctly.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, question

# extra open questions this set asks
print_text_tee = question("print", "What is written on the t-shirt?", "open")
print_text_sweat = question("print", "What is written on the sweatshirt?", "open")
print_back = question("print_back", "What is printed on the back?", "open")
print_front = question("print", "What is printed on the front?", "open")
pants_color = question("pants_color", "What is the color of the pants?", "open")
shorts_color = question("shorts_color", "What is the color of the shorts?", "open")
sleeves_color = question("sleeves_color", "What color are the sleeves?", "open")
set_pieces = question("pieces", "What pieces are in the set?", "open")

BLIND_194 = [
    # male model on a mustard backdrop, black drop-shoulder tee with white "NO SLEEP CLUB" text on the chest
    case(
        "X194-001",
        caption("a man wearing a black t - shirt with white text on it standing in front of a yellow wall"),
        D.color("black"),
        D.material("cotton"),
        D.details(
            "The T-shirt is with cotton fabric. It has a round neckline. The T-shirt is with cotton fabric. It has a "
            "round neckline. The T-shirt is with cotton fabric. It has a",
            "loop",
            hit_limit=True,
        ),
        print_text_tee("no sleep club"),
        gender="Men",
        title="Men Black Typography Printed Oversized Pure Cotton T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # woman on a pink backdrop, lavender ribbed square-neck crop top with short sleeves, white baggy jeans
    case(
        "X194-002",
        caption("a woman in a purple crop top and white jeans posing against a pink background"),
        D.color("purple"),
        D.wearing(
            "crop top and jeans crop top and jeans crop top and jeans crop top and jeans crop top and jeans crop",
            "loop",
            hit_limit=True,
        ),
        D.description("a fitted lavender crop top in ribbed knit with a square neckline and short sleeves"),
        D.pattern("striped", "contradiction"),
        D.details("white", "other_garment_color"),
        gender="Women",
        title="Women Lavender Solid Ribbed Crop Top",
        category="Tops",
        color="Lavender",
    ),
    # man on a grey backdrop, olive six-pocket cargo trousers, white tee worn untucked over the waistband, sneakers
    case(
        "X194-003",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long trousers. The T-shirt is "
            "with cotton fabric and its neckline is round. The trousers are with cotton fabric and pure color "
            "patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "white", "other_garment_color", kind="open"),
        D.color("green"),
        D.garment_type("cargo pants"),
        D.details(
            "relaxed fit cargo pants with flap pockets on both legs and an elasticated drawstring waist",
            "unsupported",
        ),
        gender="Men",
        title="Men Olive Green Relaxed Fit Cargo Trousers",
        category="Trousers",
        color="Olive",
    ),
    # woman on a baby-blue backdrop, dusty pink oversized hoodie (hood down) with a small "bloom" chest print, blue
    # jeans
    case(
        "X194-004",
        caption("a woman wearing a pink hoodie and jeans"),
        D.garment_type("sweatshirt"),
        D.color("pink"),
        D.material(
            "The sweater is with cotton fabric. The sweater is with cotton fabric. The sweater is with cotton fabric. "
            "The sweater is",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "it has a hood and a kangaroo pocket and the sleeves are long and the cuffs are ribbed and the hem is "
            "ribbed and the",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Women Pink Printed Oversized Hooded Sweatshirt",
        category="Sweatshirts",
        color="Pink",
    ),
    # man on a beige backdrop, light-wash denim jacket worn open over a white tee, black jeans
    case(
        "X194-005",
        caption("a man in a denim jacket and black jeans standing in front of a beige wall"),
        D.color("light blue"),
        D.material("denim"),
        color_of("jacket", "black", "other_garment_color", kind="open"),
        D.details(
            "The jacket is with denim fabric. It has a lapel collar. The gentleman wears a long-sleeve shirt with pure "
            "color patterns. The shirt is with denim fabric. It has a lapel collar. The gentleman wears a long",
            "loop",
            hit_limit=True,
        ),
        D.description("a description of a denim jacket", "restated"),
        gender="Men",
        title="Men Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
    ),
    # woman on an orange backdrop, co-ord: black cropped tank top and grey cargo trousers
    case(
        "X194-006",
        caption("a woman in a black crop top and grey cargo pants posing in front of an orange background"),
        D.color("black"),
        D.wearing("a black cropped tank top and grey cargo pants"),
        pants_color("black", "other_garment_color"),
        D.garment_type("two-piece set"),
        D.details(
            "Question: What is the color of the top? Answer: black Question: What is the color of the pants? Answer: "
            "grey Question: What",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Women Black Crop Top & Grey Cargo Trousers Co-Ords",
        category="Co-Ords",
        color="Black",
    ),
    # mirror selfie in a bedroom, man's face behind the phone, charcoal hoodie, black joggers
    case(
        "X194-007",
        caption("a man taking a selfie in the mirror wearing a grey hoodie"),
        D.color("dark grey"),
        D.wearing("a hoodie and sweatpants"),
        D.description(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a hooded neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure "
            "color patterns. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        D.pattern("solid"),
        D.material("cotton fleece", "unsupported"),
        gender="Men",
        title="Men Charcoal Grey Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Charcoal",
    ),
    # mirror selfie in a fitting room, woman's face hidden by the phone, white crop tee, mid-blue wide-leg baggy jeans
    case(
        "X194-008",
        caption("a man taking a picture of himself in a mirror", "pronoun"),
        D.color("blue"),
        D.garment_type("jeans"),
        D.details(
            "the jeans are blue and the jeans are blue and the jeans are blue and the jeans are blue and the jeans",
            "loop",
            hit_limit=True,
        ),
        D.wearing("white shirt and jeans"),
        gender="Women",
        title="Women Blue Wide Leg High-Rise Baggy Jeans",
        category="Jeans",
        color="Blue",
    ),
    # back view, man on a blue backdrop, white oversized tee with a large multicolour cartoon astronaut on the back
    case(
        "X194-009",
        caption("the back of a man's white t - shirt with a cartoon astronaut on it"),
        D.color("white"),
        D.pattern("graphic"),
        D.description(
            "an oversized white t-shirt with a large astronaut print on the back and a small logo on the front chest",
            "unsupported",
        ),
        D.wearing(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is "
            "with",
            "loop",
            hit_limit=True,
        ),
        print_back(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The pants this gentleman wears is of long length. The pants are with",
            "restated",
            hit_limit=True,
        ),
        gender="Men",
        title="Men White Graphic Printed Oversized T-shirt",
        category="Tshirts",
        color="White",
    ),
    # woman on an olive backdrop, beige-and-brown checked corduroy shacket worn open over a white tank, blue jeans;
    # two flap chest pockets and a button front are visible
    case(
        "X194-010",
        caption("a woman wearing a plaid shirt and jeans"),
        D.garment_type("jacket"),
        D.material("corduroy"),
        D.pattern("checked"),
        D.color("brown"),
        D.details("a beige checked shacket with two flap chest pockets, button front and a curved hem"),
        D.wearing(
            "jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket "
            "jacket jacket jacket jacket jacket",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Women Beige Checked Corduroy Shacket",
        category="Jackets",
        color="Beige",
    ),
    # man on a red backdrop, navy crewneck sweatshirt with a white arched "BROOKLYN 1987" print, khaki cargos
    case(
        "X194-011",
        caption("a man in a blue sweatshirt with the word brooklyn on it"),
        D.color("navy"),
        D.sleeve_length("long"),
        color_of("sweatshirt", "red", "contradiction", kind="open"),
        D.description(
            "The gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It "
            "has a round neckline. The pants the gentleman wears is of long length. The pants are with cotton fabric "
            "and solid color",
            "cut",
            hit_limit=True,
        ),
        print_text_sweat("brooklyn 1987"),
        D.details(
            "the letters are white and the letters are white and the letters are white and the letters are",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Men Navy Blue Varsity Printed Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
    ),
    # woman on a green backdrop, cream half-sleeve oversized tee with a faded green-and-brown vintage car print,
    # black biker shorts
    case(
        "X194-012",
        caption("a woman wearing a white t - shirt with a car on it"),
        D.color("cream"),
        D.wearing("a white dress", "contradiction"),
        D.details(
            "the car is green and the car is green and the car is green and the car is green and the car",
            "loop",
            hit_limit=True,
        ),
        D.description(
            "an off-white oversized tee with a vintage car graphic printed in green and brown, dropped shoulders and "
            "half sleeves"
        ),
        D.material("polyester", "unsupported"),
        gender="Unisex",
        title="Unisex Off-White Graphic Printed Oversized T-shirt",
        category="Tshirts",
        color="Off White",
    ),
    # man on a lilac backdrop, white oversized tee, black baggy jeans with visible front pockets, chunky sneakers
    case(
        "X194-013",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.color("white", "other_garment_color"),
        color_of("jeans", "black", kind="open"),
        D.details("black baggy jeans with a relaxed fit, five pockets and a clean look with no fading"),
        gender="Men",
        title="Men Black Baggy Fit Clean Look Jeans",
        category="Jeans",
        color="Black",
    ),
    # woman on a red backdrop, white boxy cropped tee with a small red cherry print, grey baggy cargos
    case(
        "X194-014",
        caption("a young woman in a white crop top and grey pants standing in front of a red background"),
        D.color("white"),
        D.pattern("printed"),
        D.wearing(
            "white shirt and grey pants Question: What is the color of the shirt? Answer: white Question: What is the "
            "color of the pants",
            "leak",
            hit_limit=True,
        ),
        D.details("strawberries", "unsupported"),
        D.description("a white crop top"),
        gender="Women",
        title="Women White Printed Boxy Crop T-shirt",
        category="Tshirts",
        color="White",
    ),
    # man on a white backdrop, olive twill shacket worn open over a black tee, black jeans
    case(
        "X194-015",
        caption("a man wearing a green jacket over a black t - shirt"),
        D.garment_type("shirt"),
        D.color("olive"),
        D.wearing(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel collar. The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with",
            "loop",
            hit_limit=True,
        ),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        D.sleeve_length("long"),
        gender="Men",
        title="Men Olive Green Solid Overshirt Shacket",
        category="Shirts",
        color="Olive",
    ),
    # woman on a peach backdrop, mint crew-neck sweatshirt and matching mint joggers (slip pockets, no zips), sneakers
    case(
        "X194-016",
        caption("a woman in a mint green sweatsuit"),
        D.color("light blue", "contradiction"),
        D.details(
            "green green green green green green green green green green green green green green green green green "
            "green green green green green green green green green green green green green",
            "loop",
            hit_limit=True,
        ),
        D.description(
            "a mint green co-ord set with a crew neck sweatshirt and matching joggers with a drawstring waist and a "
            "zip pocket",
            "unsupported",
        ),
        gender="Women",
        title="Women Mint Green Sweatshirt & Joggers Co-Ords",
        category="Co-Ords",
        color="Green",
    ),
    # man with long hair tied back on a grey backdrop, maroon oversized tee, beige cargo shorts
    case(
        "X194-017",
        caption("a woman with long hair wearing a red t - shirt", "pronoun"),
        D.color("maroon"),
        D.sleeve_length("short"),
        D.wearing("a red shirt and shorts"),
        D.details(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The shorts this lady wears is of three-point length. The shorts are with cotton "
            "fabric and",
            "pronoun",
            hit_limit=True,
        ),
        gender="Men",
        title="Men Maroon Solid Oversized T-shirt",
        category="Tshirts",
        color="Maroon",
    ),
    # woman on a yellow backdrop, washed-black cropped denim jacket over a white crop top, light blue jeans
    case(
        "X194-018",
        caption("a woman in a black denim jacket and blue jeans"),
        D.color("black"),
        D.material("denim fabric"),
        color_of("jacket", "blue", "other_garment_color", kind="open"),
        D.description("a cropped black denim jacket with a spread collar, button front and two chest flap pockets"),
        D.details(
            "the jacket has buttons and pockets and the jacket has buttons and pockets and the jacket has buttons and",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Women Black Cropped Denim Jacket",
        category="Jackets",
        color="Black",
    ),
    # man on a white backdrop, shiny black nylon-look parachute cargos with toggles at the hem, black tee (no gender
    # in the feed)
    case(
        "X194-019",
        caption("a man in black pants and a black t - shirt"),
        D.color("black"),
        D.material("cotton", "unsupported"),
        D.details(
            "The trousers are with cotton fabric and pure color patterns. The trousers are with cotton fabric and pure "
            "color patterns. The trousers are with cotton fabric and pure",
            "loop",
            hit_limit=True,
        ),
        D.wearing("black", "non_answer"),
        title="Black Parachute Cargo Pants",
        category="Trousers",
        color="Black",
    ),
    # woman with a short pixie cut on a cobalt blue backdrop, heather grey zip hoodie half zipped, drawstring hood, two
    # side pockets, black
    # leggings
    case(
        "X194-020",
        caption("a woman in a grey hoodie standing in front of a blue wall"),
        D.color("grey"),
        D.wearing("he is wearing a grey sweatshirt", "pronoun"),
        D.details(
            "it has a zip in the front and a hood with strings and two pockets on the side and the sleeves are long "
            "and the",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "cotton Question: What is the color of the hoodie? Answer: grey Question: What is the color of the pants? "
            "Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Women Grey Melange Zip-Front Hoodie",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # man on a sky blue backdrop, rust short-sleeve resort shirt with a cream abstract print and matching shorts
    case(
        "X194-021",
        caption("a man in an orange shirt and shorts"),
        D.color("rust"),
        D.pattern("printed"),
        D.wearing(
            "The gentleman wears a short-sleeve shirt with graphic patterns and a three-point shorts. The shirt is "
            "with cotton fabric and it has a lapel collar. The shorts are with cotton fabric and graphic patterns. "
            "The gentleman wears a short",
            "cut",
            hit_limit=True,
        ),
        shorts_color("orange"),
        D.sleeve_length("long", "contradiction"),
        gender="Men",
        title="Men Rust Printed Resort Shirt & Shorts Co-Ord Set",
        category="Co-Ords",
        color="Rust",
    ),
    # woman on a cream backdrop, black tank top, light blue acid-wash baggy jeans (no rips)
    case(
        "X194-022",
        caption("a woman in a black tank top and light blue jeans"),
        D.color("light blue"),
        D.pattern("faded"),
        D.wearing(
            "black shirt black jeans black shirt black jeans black shirt black jeans black shirt black jeans black",
            "loop",
            hit_limit=True,
        ),
        color_of("jeans", "black", "other_garment_color", kind="open"),
        D.description(
            "light blue acid wash jeans with a high rise, baggy wide legs and ripped knees",
            "unsupported",
        ),
        gender="Women",
        title="Women Light Blue Acid Wash Baggy Jeans",
        category="Jeans",
        color="Blue",
    ),
    # front view only, man on a purple backdrop, black hoodie with a small chest logo, black jeans (back print unseen)
    case(
        "X194-023",
        caption("a man in a black hoodie standing in front of a purple background"),
        D.color("black"),
        D.details("a skull on the back", "unsupported"),
        D.garment_type("hoodie"),
        D.description(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a hooded neckline. The pants this gentleman wears is of long length. The pants are with denim "
            "fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("black hoodie and black jeans"),
        gender="Men",
        title="Men Black Graphic Back Print Oversized Hoodie",
        category="Sweatshirts",
        color="Black",
    ),
    # mirror selfie, woman holding the phone at chest height, chocolate brown ribbed halter crop top, beige cargo pants
    case(
        "X194-024",
        caption("a woman taking a selfie in a mirror wearing a brown top and beige pants"),
        D.color("brown"),
        D.sleeve_length("short", "contradiction"),
        D.wearing(
            "she is wearing a brown top and she is wearing a brown top and she is wearing a brown top and she",
            "loop",
            hit_limit=True,
        ),
        D.description("a brown halter neck crop top"),
        color_of("pants", "brown", "other_garment_color", kind="open"),
        gender="Women",
        title="Women Brown Ribbed Halter Neck Crop Top",
        category="Tops",
        color="Brown",
    ),
    # man on a light grey backdrop, dark indigo rigid denim trucker jacket with contrast stitching, white hoodie
    # under it with the hood out, grey joggers
    case(
        "X194-025",
        caption("a man wearing a blue denim jacket over a white hoodie"),
        D.color("navy blue"),
        D.garment_type("jacket"),
        D.material(
            "The jacket is with denim fabric. The jacket is with denim fabric. The jacket is with denim fabric. The "
            "jacket is with denim fabric. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("he is wearing a jacket and a hoodie"),
        D.details(
            "a dark indigo denim trucker jacket with contrast stitching, button flap chest pockets and button cuffs"
        ),
        gender="Men",
        title="Men Indigo Oversized Denim Trucker Jacket",
        category="Jackets",
        color="Indigo",
    ),
    # woman on a teal backdrop, mustard crewneck sweatshirt with black "SELF LOVE CLUB" text, blue jeans
    case(
        "X194-026",
        caption("a woman wearing a yellow sweatshirt that says self love club"),
        D.color("mustard"),
        D.pattern("graphic"),
        D.wearing(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It has a "
            "round neckline. The lady wears a long-sleeve sweater with graphic patterns. The sweater is with cotton",
            "loop",
            hit_limit=True,
        ),
        print_text_sweat(
            "self love club and the sweatshirt is yellow and the jeans are blue and the shoes are white and the",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Women Yellow Typography Printed Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
    ),
    # man on a green backdrop, beige cargo joggers with cuffed ankles, black oversized tee half tucked so the
    # drawstring shows
    case(
        "X194-027",
        caption("a man wearing a black t - shirt and khaki pants"),
        D.color("khaki"),
        D.garment_type("joggers"),
        D.details("the details of the garment", "restated"),
        D.wearing(
            "black t-shirt and khaki pants black t-shirt and khaki pants black t-shirt and khaki pants black t-shirt",
            "loop",
            hit_limit=True,
        ),
        D.description("beige cargo joggers with elasticated cuffs, side flap pockets and a drawstring waist"),
        gender="Men",
        title="Men Beige Loose Fit Cargo Joggers",
        category="Track Pants",
        color="Beige",
    ),
    # woman on a white backdrop, oversized pink-and-blue plaid flannel shacket worn open over a white tee, denim shorts
    case(
        "X194-028",
        caption("a woman in a pink and blue plaid shirt and denim shorts"),
        D.color("pink"),
        D.pattern("checked"),
        D.material("flannel"),
        D.description(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a lapel "
            "collar. The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric",
            "loop",
            hit_limit=True,
        ),
        shorts_color("pink", "other_garment_color"),
        gender="Women",
        title="Women Pink & Blue Checked Flannel Shacket",
        category="Shirts",
        color="Pink",
    ),
    # man on a cream backdrop, sage green oversized tee with elbow-length sleeves, white wide-leg pants
    case(
        "X194-029",
        caption("a man in a green shirt and white pants"),
        D.garment_type("pants", "contradiction"),
        D.color("light green"),
        D.sleeve_length("half"),
        D.details(
            "it has a round neck and short sleeves and it is made of cotton and it is very comfortable and it is "
            "perfect for",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "green shirt Question: Is this a t-shirt? Answer: yes Question: Is this a t-shirt? Answer: yes Question:",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        title="Men Sage Green Solid Oversized T-shirt",
        category="Tshirts",
        color="Sage",
    ),
    # woman on a pink backdrop, olive parachute cargo trousers, black crop top, white sneakers
    case(
        "X194-030",
        caption(
            "The lady wears a tank tank top with pure color patterns. The tank top is with cotton fabric. The lady "
            "wears a long trousers. The trousers are with cotton fabric and pure color patterns. The lady wears a tank",
            "cut",
            hit_limit=True,
        ),
        D.color("olive"),
        color_of("pants", "green", kind="open"),
        D.wearing("a black top and green pants"),
        D.description(
            "olive green cargo pants with pockets on the side and the pants are loose and the pants are made of",
            "cut",
            hit_limit=True,
        ),
        D.details("they are cargo pants", "non_answer"),
        gender="Women",
        title="Women Olive Parachute Cargo Trousers",
        category="Trousers",
        color="Olive",
    ),
    # man with curly hair and earrings on a white backdrop, lavender crewneck sweatshirt, light jeans
    case(
        "X194-031",
        caption("a woman in a purple sweatshirt and jeans", "pronoun"),
        D.color("lavender"),
        D.wearing("a purple sweater"),
        D.details("it is a sweatshirt", "non_answer"),
        D.material(
            "cotton and polyester blend Question: What is the color of the sweatshirt? Answer: purple Question: What "
            "is the",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        title="Men Lavender Solid Sweatshirt",
        category="Sweatshirts",
        color="Lavender",
    ),
    # woman with a short bob on a red backdrop, black oversized tee with a large orange-and-white anime character print,
    # blue baggy jeans
    case(
        "X194-032",
        caption("a woman in a black t - shirt with an anime character on it"),
        D.color("orange", "contradiction"),
        D.description(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long denim pants. The denim pants are with denim fabric and solid color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "an oversized black tee with a large orange and white anime print on the front and dropped shoulders"
        ),
        D.wearing("he is wearing a black t - shirt and jeans", "pronoun"),
        gender="Women",
        title="Women Black Anime Graphic Printed Oversized T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # man on an orange backdrop, mid-blue denim jacket with a white sherpa collar (lining not visible), black tee,
    # black jeans
    case(
        "X194-033",
        caption("a man in a denim jacket with a fur collar"),
        D.material("denim"),
        D.color("blue"),
        D.details(
            "the collar is white and the collar is white and the collar is white and the collar is white and the",
            "loop",
            hit_limit=True,
        ),
        D.description(
            "a blue denim jacket with a white sherpa collar, button front and a quilted lining",
            "unsupported",
        ),
        D.wearing(
            "jacket Question: What is the color of the jacket? Answer: blue Question: What is the color of the collar? "
            "Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        title="Men Blue Sherpa Lined Denim Jacket",
        category="Jackets",
        color="Blue",
    ),
    # woman on a tan backdrop, co-ord: cream textured short-sleeve crop shirt and cream wide-leg trousers
    case(
        "X194-034",
        caption("a woman in a white shirt and white pants"),
        D.color("cream"),
        D.wearing(
            "The lady wears a short-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric and it has a lapel collar. The trousers are with cotton fabric and pure color patterns. "
            "There is an accessory",
            "cut",
            hit_limit=True,
        ),
        set_pieces("a cropped short sleeve shirt and wide leg trousers"),
        D.sleeve_length("short"),
        D.pattern("striped", "contradiction"),
        color_of("trousers", "pure color patterns", "non_answer", kind="open"),
        gender="Women",
        title="Women Off-White Textured Crop Shirt & Trousers Co-Ords",
        category="Co-Ords",
        color="Off White",
    ),
    # mirror selfie in an elevator, man's face behind the phone, white hoodie, grey washed baggy jeans with whiskering
    case(
        "X194-035",
        caption("a man taking a selfie in an elevator"),
        D.color("white", "other_garment_color"),
        D.wearing("white hoodie and grey jeans"),
        color_of(
            "jeans",
            "grey Question: What is the color of the hoodie? Answer: white Question: What is the color of the shoes? "
            "Answer:",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        D.details(
            "The trousers are with denim fabric and pure color patterns. The gentleman wears a long-sleeve sweater "
            "with pure color patterns. The sweater is with cotton fabric. It has a hooded",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Men Grey Washed Baggy Jeans",
        category="Jeans",
        color="Grey",
    ),
    # woman on a lime green backdrop, black cropped hoodie, black cargo pants
    case(
        "X194-036",
        caption("a woman in all black standing in front of a green background"),
        D.color("black"),
        D.description("a garment that is worn by a woman", "restated"),
        D.garment_type("hoodie"),
        D.details(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has "
            "a hooded neckline. The lady wears a long-sleeve sweater with pure color patterns. The sweater",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Women Black Solid Cropped Hoodie",
        category="Sweatshirts",
        color="Black",
    ),
    # man on a blue backdrop, lilac drop-shoulder tee with a small black "KARMA" chest print, black cargos (no seller
    # color in the feed)
    case(
        "X194-037",
        caption("a man wearing a purple t - shirt and black pants"),
        D.color("purple"),
        pants_color("purple", "other_garment_color"),
        D.details(
            "karma karma karma karma karma karma karma karma karma karma karma karma karma karma karma karma karma "
            "karma karma karma",
            "loop",
            hit_limit=True,
        ),
        D.sleeve_length("long", "contradiction"),
        gender="Men",
        title="Men Printed Oversized Drop Shoulder T-shirt",
        category="Tshirts",
    ),
    # woman on a beige backdrop, mid-blue denim cargo jeans with side pockets and a plain hem, white ribbed tank top
    # tucked in over a zip fly
    case(
        "X194-038",
        caption("a woman in a white tank top and blue cargo jeans"),
        D.garment_type("cargo pants"),
        D.material("denim"),
        D.details("blue denim cargo jeans with a button fly, six pockets and a raw hem", "unsupported"),
        D.description(
            "The lady wears a tank tank top with pure color patterns. The tank top is with cotton fabric. It has a "
            "suspenders neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.color("white", "other_garment_color"),
        D.wearing(
            "white tank top and jeans Question: What is the color of the jeans? Answer: blue Question: Is this a",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Women Blue Denim Cargo Jeans",
        category="Jeans",
        color="Blue",
    ),
    # man on a yellow backdrop, co-ord: black sweatshirt with white colour-blocked sleeves, black joggers with a white
    # side stripe
    case(
        "X194-039",
        caption("a man in a black and white tracksuit"),
        D.pattern("colour block"),
        D.color("black"),
        D.wearing(
            "The gentleman wears a long-sleeve sweater with color block patterns. The sweater is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long pants. The pants are with cotton fabric and color "
            "block patterns. The gentleman wears",
            "cut",
            hit_limit=True,
        ),
        sleeves_color("white"),
        D.material("polyester", "unsupported"),
        gender="Men",
        title="Men Black & White Colourblocked Sweatshirt with Joggers Co-Ords",
        category="Co-Ords",
        color="Black",
    ),
    # woman on a white backdrop, sky blue oversized sweatshirt with a white teddy bear print, white shorts
    case(
        "X194-040",
        caption("a woman wearing a blue sweatshirt with a teddy bear on it"),
        D.color("light blue"),
        print_front(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It has a "
            "round neckline. The shorts this lady wears is of three-point length. The shorts are with cotton",
            "restated",
            hit_limit=True,
        ),
        D.wearing("a blue sweatshirt and white shorts"),
        gender="Women",
        title="Women Sky Blue Graphic Printed Oversized Sweatshirt",
        category="Sweatshirts",
        color="Blue",
    ),
    # man on a brown backdrop, beige oversized hoodie with the hood up, white drawcords, matching beige joggers
    case(
        "X194-041",
        caption("a man in a beige hoodie with the hood up"),
        D.material("fleece"),
        D.color("tan"),
        D.details(
            "the hood is up and the hoodie has a pocket in the front and the strings are white and the sleeves are",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "beige hoodie and beige pants and white shoes and he is standing in front of a brown wall and he is",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Men Beige Cotton Fleece Oversized Hoodie",
        category="Sweatshirts",
        color="Beige",
    ),
    # woman with a buzz cut on a grey backdrop, light blue oversized distressed denim jacket with silver buttons and a
    # frayed hem, black tee, black shorts
    case(
        "X194-042",
        caption("a man in a denim jacket and black shorts", "pronoun"),
        D.color("blue"),
        D.details("a light blue oversized denim jacket with distressed details, ripped hem and silver buttons"),
        D.wearing(
            "denim jacket denim jacket denim jacket denim jacket denim jacket denim jacket denim jacket denim jacket "
            "denim",
            "loop",
            hit_limit=True,
        ),
        shorts_color("blue", "other_garment_color"),
        D.description("the garment is a jacket that is worn by the person", "restated"),
        gender="Women",
        title="Women Blue Oversized Distressed Denim Jacket",
        category="Jackets",
        color="Blue",
    ),
    # man on a navy backdrop, khaki relaxed cargo trousers (no fabric named in the title), navy hoodie
    case(
        "X194-043",
        caption("a man in a navy hoodie and khaki pants"),
        D.details("", "non_answer"),
        D.color("khaki"),
        D.garment_type("hoodie", "contradiction"),
        D.description(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a hooded neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "the color of the pants is the color of the pants", "restated", kind="open"),
        D.material("cotton twill", "unsupported"),
        gender="Men",
        title="Men Khaki Relaxed Cargo Trousers",
        category="Trousers",
        color="Khaki",
    ),
    # woman on a white backdrop, pink-blue-yellow tie-dye cropped tee (mostly pink), light jeans
    case(
        "X194-044",
        caption("a woman wearing a tie dye crop top and jeans"),
        D.pattern("tie-dye"),
        D.color("pink"),
        D.description(
            "The lady wears a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long denim pants. The denim pants are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "pink blue yellow pink blue yellow pink blue yellow pink blue yellow pink blue yellow pink blue yellow "
            "pink",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Women Multicoloured Tie-Dye Crop T-shirt",
        category="Tshirts",
        color="Multi",
    ),
    # mirror selfie, man in a black denim shacket worn open over a white tee, beige chinos; two chest pockets visible
    case(
        "X194-045",
        caption("a man taking a selfie in a mirror wearing a black shirt"),
        D.material("denim"),
        D.garment_type("shirt"),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        D.description("black", "non_answer"),
        D.details("a black denim shacket with a button front, two chest pockets and a curved hem"),
        D.wearing(
            "shirt Answer: shirt Answer: shirt Answer: shirt Answer: shirt Answer: shirt Answer: shirt Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        title="Men Black Denim Shacket",
        category="Shirts",
        color="Black",
    ),
    # woman on a black backdrop, red thigh-length oversized tee with black Japanese characters and "TOKYO" on the chest
    # only,
    # black shorts
    case(
        "X194-046",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton "
            "fabric.",
            "loop",
            hit_limit=True,
        ),
        D.color("red"),
        D.garment_type("dress", "contradiction"),
        D.wearing(
            "red t-shirt and black shorts and she is standing in front of a black wall and her hair is",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "graphic patterns", "non_answer", kind="open"),
        print_text_tee("tokyo"),
        D.details(
            "a red oversized tee with black japanese text and tokyo printed across the chest and on the sleeve",
            "unsupported",
        ),
        gender="Women",
        title="Women Red Graphic Print Oversized T-shirt",
        category="Tshirts",
        color="Red",
    ),
]
