"""BLIND_1526 (45 products; Myntra women's western bottoms, VQA adapter, every garment's color): written blind in the
sixty-fifth session. Measured blind at 71dbb3c (the session's sixth rules): 66/79 failures found (83.5%) and 8/226
correct texts flagged (3.5%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's western bottoms (Jeans, Jeggings, Skirts, Palazzos, Culottes, Leggings, Shorts),
shot the usual catalog way: a model on a plain white or grey backdrop wearing the product with a top and shoes, now
and then a back view, a seated pose on a stool, a styled flat lay, or a prop in the hand (tote, straw hat,
sunglasses). The catalog columns are Myntra's: title, category (articleType), color (baseColour) and gender; a few
rows lack one of them, as the feed has them. No captions: the run only asked questions.
Who wrote what: every text is BLIP-2 OPT-2.7b with the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA), prompt
`Question: ... Answer:`, greedy, 30 new tokens. The questionnaire per product: What is the person wearing? (open,
free generation), What type of garment is this? (closed, ranked candidates), Is this a <product>? (closed yes/no),
What are the <product> details? (open), then What is the color of the <garment>? (open, free generation) once for
every garment visible in the shot (top, the product, outer layer, tights, belt, shoes), so products have 5 to 8
texts. The adapter learned its answers from In-shop attributes, so it often answers "What is the person wearing?"
with an In-shop class ("denim", "tee/tank", "blouse/shirt") and colors in vendor style ("heather grey", "navy-white");
it never learned to stop: most open answers still end on a newline the base kept, about one in seven runs on:
hyphen loops ("black-black-black"), phrase loops, the next `Question: ... Answer:` written out (a leak), or a list
cut at 30 tokens. Closed questions cannot loop; they fail by picking the top's class or "no" for names the In-shop
classes lack (palazzos, culottes, leggings seen under a long top).
Labeling conventions and judgement calls: judged against the photo I imagined and the title. A color question
answered with another garment's color in the same shot is `other_garment_color` when the question is about the
product (the bottom), `contradiction` when it is about the top or the shoes (the color belongs to another garment the
other texts name). A color plainly wrong for the photo and the seller's baseColour (Beige palazzos called "white",
Navy leggings called "black") is `contradiction`. Near shades I accept: khaki or taupe for Beige/Khaki, burgundy for
Maroon, sea green for Teal, cream for an off-white knit, brown for tan sandals, pink for Peach. An In-shop class
answer to "What is the person wearing?" that names only one of the garments ("denim", "tee/tank") is left correct:
it is true of the photo. garment_type "pants" for palazzos or culottes and "jeans" for jeggings are correct;
"tee/tank", "jacket/coat", "sweatshirt/hoodie" or "dress" for a bottoms product are `contradiction`. A details answer
that only gives back the garment's name ("they are palazzos", "the culottes"), "yes", or nothing is `non_answer`; one
that says the question back as its answer is `restated`. A loop on a correct color is still `loop`; a run-on list
cut at the limit is `cut` even when it also invents items; a run-on that writes the next question is `leak`. Invented
belts, drawstrings, ruffles, rips on a clean back, a person in a flat lay are `unsupported`. "he" for the women's
model is `pronoun`. Every run-on text that reached 30 new tokens has hit_limit=True.
"""

from tests.audit_corpus import BLIND_QUESTIONS, case, color_of, details, is_a, wearing

garment_type = BLIND_QUESTIONS.garment_type

BLIND_1526 = [
    # Photo: model on grey, white round-neck tee tucked into mid-blue skinny jeans, white sneakers.
    # VQA adapter wrote every text; all correct.
    case(
        "X1526-001",
        wearing("a white t-shirt and blue jeans"),
        garment_type("jeans"),
        is_a("pair of jeans", "yes"),
        details("jeans", "skinny fit with five pockets"),
        color_of("t-shirt", "white", kind="open"),
        color_of("jeans", "blue", kind="open"),
        color_of("sneakers", "white", kind="open"),
        gender="Women",
        title="Roadster Women Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: mustard crop top, black wide-leg palazzos, black heels just visible under the hem. VQA adapter.
    # "no" to palazzos (no such In-shop class); the details ran into a hyphen loop; the top's color said the question
    # back.
    case(
        "X1526-002",
        wearing("a yellow top and black pants"),
        garment_type("pants"),
        is_a("pair of palazzos", "no", "contradiction"),
        details(
            "palazzos",
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            hit_limit=True,
        ),
        color_of("top", "the color of the top is the color of the top", "restated", kind="open"),
        color_of("palazzos", "black", kind="open"),
        gender="Women",
        title="SASSAFRAS Women Black Solid Wide Leg Palazzos",
        category="Palazzos",
        color="Black",
    ),
    # Photo: white blouse tucked into a navy midi skirt with small white polka dots, tan flat sandals. VQA adapter.
    # The skirt's color came back as the dots' (and the blouse's) white.
    case(
        "X1526-003",
        wearing("a white shirt and a blue skirt"),
        garment_type("skirt"),
        is_a("skirt", "yes"),
        details("skirt", "polka dot"),
        color_of("blouse", "white", kind="open"),
        color_of("skirt", "white", "other_garment_color", kind="open"),
        color_of("sandals", "brown", kind="open"),
        gender="Women",
        title="Tokyo Talkies Women Navy Blue Printed A-Line Midi Skirt",
        category="Skirts",
        color="Navy Blue",
    ),
    # Photo: long grey melange t-shirt reaching mid-thigh, black ankle-length leggings, white sneakers. VQA adapter.
    # Details looped; the leggings got the top's vendor color.
    case(
        "X1526-004",
        wearing("a grey shirt and black leggings"),
        garment_type("leggings"),
        is_a("pair of leggings", "yes"),
        details(
            "leggings",
            "the leggings are black and the leggings are black and the leggings are black and the leggings are"
            " black and the",
            "loop",
            hit_limit=True,
        ),
        color_of("top", "heather grey", kind="open"),
        color_of("leggings", "heather grey", "other_garment_color", kind="open"),
        color_of("sneakers", "white", kind="open"),
        gender="Women",
        title="Go Colors Women Black Solid Ankle-Length Leggings",
        category="Leggings",
        color="Black",
    ),
    # Photo: white shirt with thin blue stripes, half tucked, beige linen shorts with a self tie belt, barefoot on a
    # white backdrop. VQA adapter. Khaki for beige accepted; details only names the garment; the shirt's color looped.
    case(
        "X1526-005",
        wearing("a striped shirt and khaki shorts"),
        garment_type("shorts"),
        is_a("pair of shorts", "yes"),
        details("shorts", "they are shorts", "non_answer"),
        color_of(
            "shirt",
            "white-navy-white-navy-white-navy-white-navy-white-navy-white-navy-white-navy-white",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("shorts", "khaki", kind="open"),
        gender="Women",
        title="DressBerry Women Beige Solid Regular Shorts",
        category="Shorts",
        color="Beige",
    ),
    # Photo: black bodysuit, light-blue skinny jeans with ripped knees, black ankle boots; no belt (bodysuit sits
    # over the waistband). VQA adapter. The belt is invented; the jeans got the top's black.
    case(
        "X1526-006",
        wearing("a black top and ripped jeans and black boots and a black belt", "unsupported"),
        garment_type("jeans"),
        is_a("pair of jeans", "yes"),
        details("jeans", "ripped knees"),
        color_of("top", "black", kind="open"),
        color_of("jeans", "black", "other_garment_color", kind="open"),
        color_of("boots", "black", kind="open"),
        gender="Women",
        title="ONLY Women Blue Skinny Fit High-Rise Highly Distressed Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: cream cable-knit sweater tucked into an olive pleated midi skirt, nude block heels. VQA adapter.
    # The wearing answer looped; the skirt's answer was right, then wrote out the next question.
    case(
        "X1526-007",
        wearing(
            "a white sweater and a green skirt and a white sweater and a green skirt and a white sweater and a green",
            "loop",
            hit_limit=True,
        ),
        garment_type("skirt"),
        is_a("skirt", "yes"),
        details("skirt", "pleated"),
        color_of("sweater", "cream", kind="open"),
        color_of(
            "skirt",
            "olive Question: What is the color of the sweater? Answer: cream Question: What is the color of the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        color_of("heels", "beige", kind="open"),
        gender="Women",
        title="AND Women Olive Green Pleated A-Line Midi Skirt",
        category="Skirts",
        color="Olive",
    ),
    # Photo: black fitted tee, red wrap mini skirt with small white and yellow flowers, plain hem, black strappy
    # heels. VQA adapter. "he"; the ruffled hem is invented.
    case(
        "X1526-008",
        wearing("he is wearing a black top and a red skirt", "pronoun"),
        garment_type("skirt"),
        is_a("skirt", "yes"),
        details("skirt", "floral print with a ruffled hem", "unsupported"),
        color_of("top", "black", kind="open"),
        color_of("skirt", "red", kind="open"),
        color_of("heels", "black", kind="open"),
        gender="Women",
        title="U&F Women Red Floral Print Wrap Mini Skirt",
        category="Skirts",
        color="Red",
    ),
    # Photo: indigo short top, white flared palazzos with a blue block print, elastic waist hidden under the top,
    # no tassels. VQA adapter. The drawstring and tassels are invented; the palazzos got the top's (and print's) blue.
    case(
        "X1526-009",
        wearing("a blue top and white pants"),
        garment_type("pants"),
        is_a("pair of palazzos", "yes"),
        details("palazzos", "block print with a drawstring and tassels", "unsupported"),
        color_of("top", "blue", kind="open"),
        color_of("palazzos", "blue", "other_garment_color", kind="open"),
        gender="Women",
        title="Libas Women White Printed Flared Palazzos",
        category="Palazzos",
        color="White",
    ),
    # Photo: flat lay, the cropped jeans folded on a white surface, nothing else. VQA adapter.
    # Only the color question went wrong: a loop on the right color.
    case(
        "X1526-010",
        wearing("blue jeans"),
        garment_type("jeans"),
        is_a("pair of jeans", "yes"),
        details("jeans", "the jeans are cropped"),
        color_of(
            "jeans",
            "blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        gender="Women",
        title="HERE&NOW Women Blue Slim Fit Mid-Rise Clean Look Stretchable Cropped Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: white graphic tee with red lettering tucked into black denim shorts with a frayed hem, white sneakers.
    # VQA adapter. Details leaked the next prompt; the sneakers got the shorts' black.
    case(
        "X1526-011",
        wearing("a white t-shirt with a red print and black shorts"),
        garment_type("shorts"),
        is_a("pair of shorts", "yes"),
        details(
            "shorts",
            "frayed hem Question: What are the shorts details? Answer: frayed hem Question: What are the",
            "leak",
            hit_limit=True,
        ),
        color_of("t-shirt", "white", kind="open"),
        color_of("shorts", "black", kind="open"),
        color_of("sneakers", "black", "contradiction", kind="open"),
        gender="Women",
        title="Mast & Harbour Women Black Regular Fit Denim Shorts",
        category="Shorts",
        color="Black",
    ),
    # Photo: black tee with white stripes, mustard pleated flared midi skirt, white sneakers. VQA adapter.
    # "a striped shirt" names only the top but is true; the details and the skirt's color looped.
    case(
        "X1526-012",
        wearing("a striped shirt"),
        garment_type("skirt"),
        is_a("skirt", "yes"),
        details(
            "skirt",
            "the skirt is pleated and the skirt is pleated and the skirt is pleated and the skirt is pleated and the"
            " skirt",
            "loop",
            hit_limit=True,
        ),
        color_of("t-shirt", "black-white", kind="open"),
        color_of(
            "skirt",
            "mustard-yellow-mustard-yellow-mustard-yellow-mustard-yellow-mustard-yellow-mustard-yellow-mustard",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("sneakers", "white", kind="open"),
        gender="Women",
        title="Berrylush Women Mustard Yellow Pleated Flared Midi Skirt",
        category="Skirts",
        color="Mustard",
    ),
    # Photo: back view, white shirt untucked over mid-blue straight jeans, clean back pockets, no shoes in frame.
    # VQA adapter. No rips anywhere (clean look, and the knees are not even in view from the back).
    case(
        "X1526-013",
        wearing("a white shirt and blue jeans"),
        garment_type("jeans"),
        is_a("pair of jeans", "yes"),
        details("jeans", "ripped knees", "unsupported"),
        color_of("shirt", "white", kind="open"),
        color_of("jeans", "light blue", kind="open"),
        gender="Women",
        title="Kraus Jeans Women Blue Straight Fit High-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: long mauve-pink tunic top to mid-thigh, charcoal leggings, grey sports shoes. VQA adapter.
    # "no" to leggings under the long top; the top's color ran on into the next prompt.
    case(
        "X1526-014",
        wearing("a pink top and grey pants"),
        garment_type("leggings"),
        is_a("pair of leggings", "no", "contradiction"),
        details("leggings", "ankle length"),
        color_of(
            "top",
            "pink Question: What is the color of the leggings? Answer: grey Question: What is the color of the shoes",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        color_of("leggings", "grey", kind="open"),
        color_of("shoes", "grey", kind="open"),
        gender="Women",
        title="De Moza Women Charcoal Grey Solid Ankle-Length Leggings",
        category="Leggings",
        color="Charcoal",
    ),
    # Photo: rust printed short top over off-white palazzos (waist hidden), brown flats. VQA adapter.
    # "clothes" says nothing; the details ran to the limit.
    case(
        "X1526-015",
        wearing("clothes", "non_answer"),
        garment_type("pants"),
        is_a("pair of palazzos", "yes"),
        details(
            "palazzos",
            "wide legs with an elastic waist and side pockets and a drawstring and a pair of brown flats and a",
            "cut",
            hit_limit=True,
        ),
        color_of("top", "rust", kind="open"),
        color_of("palazzos", "off white", kind="open"),
        color_of("flats", "brown", kind="open"),
        gender="Women",
        title="W Women Off-White Solid Wide Leg Palazzos",
        category="Palazzos",
        color="Off White",
    ),
    # Photo: red satin shirt, black skinny jeans, black pointed heels. VQA adapter.
    # The shirt's answer was right and then leaked; the heels got the shirt's red.
    case(
        "X1526-016",
        wearing("a red shirt and black pants and black heels"),
        garment_type("jeans"),
        is_a("pair of jeans", "yes"),
        details("jeans", "skinny"),
        color_of(
            "shirt",
            "red Question: What is the color of the jeans? Answer: black Question: What is the color of",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        color_of("jeans", "black", kind="open"),
        color_of("heels", "red", "contradiction", kind="open"),
        gender="Women",
        title="Vero Moda Women Black Skinny Fit Mid-Rise Jeans",
        category="Jeans",
        color="Black",
    ),
    # Photo: white crop tee, pink corduroy A-line mini skirt with a button front and no pockets, white sneakers,
    # a small white shoulder bag. VQA adapter. Pockets invented; the top got the skirt's pink.
    case(
        "X1526-017",
        wearing("a white shirt and a pink skirt"),
        garment_type("skirt"),
        is_a("skirt", "yes"),
        details("skirt", "buttons on the front and two pockets", "unsupported"),
        color_of("top", "pink", "contradiction", kind="open"),
        color_of("skirt", "pink", kind="open"),
        color_of("sneakers", "white", kind="open"),
        gender="Women",
        title="SASSAFRAS Women Pink Solid A-Line Corduroy Mini Skirt",
        category="Skirts",
        color="Pink",
    ),
    # Photo: yellow tank top, light-wash denim shorts, brown sandals, sunglasses pushed up on the head.
    # VQA adapter. "tee/tank" (In-shop class) is true of the photo; the shorts got the tank's yellow.
    case(
        "X1526-018",
        wearing("tee/tank"),
        garment_type("shorts"),
        is_a("pair of shorts", "yes"),
        details("shorts", "denim"),
        color_of("tank top", "yellow", kind="open"),
        color_of("shorts", "yellow", "other_garment_color", kind="open"),
        color_of("sandals", "brown", kind="open"),
        gender="Women",
        title="Roadster Women Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Photo: pink floral blouse tucked into black flared palazzos, feet cut off by the frame. VQA adapter.
    # The details wrote the next prompt out.
    case(
        "X1526-019",
        wearing("blouse/shirt"),
        garment_type("pants"),
        is_a("pair of palazzos", "yes"),
        details(
            "palazzos",
            "the palazzos are black Question: What are the palazzos details? Answer: the palazzos are black Question:",
            "leak",
            hit_limit=True,
        ),
        color_of("top", "pink", kind="open"),
        color_of("palazzos", "black", kind="open"),
        gender="Women",
        title="Tokyo Talkies Women Black Solid Flared Palazzos",
        category="Palazzos",
        color="Black",
    ),
    # Photo: white shirt knotted at the waist, navy skinny jeggings, white sneakers. VQA adapter.
    # "jeans" for jeggings accepted; the wearing answer looped; the details only name the garment.
    case(
        "X1526-020",
        wearing(
            "a white shirt and blue jeans and a white shirt and blue jeans and a white shirt and blue jeans and a"
            " white",
            "loop",
            hit_limit=True,
        ),
        garment_type("jeans"),
        is_a("pair of jeggings", "yes"),
        details("jeggings", "jeggings", "non_answer"),
        color_of("shirt", "white", kind="open"),
        color_of("jeggings", "navy", kind="open"),
        color_of("sneakers", "white", kind="open"),
        gender="Women",
        title="Mast & Harbour Women Navy Blue Skinny Fit Mid-Rise Jeggings",
        category="Jeggings",
        color="Navy Blue",
    ),
    # Photo: black turtleneck tucked into a grey and black checked pencil skirt, black pumps. VQA adapter.
    # Front view: the back is not in the photo; the details list ran to the limit. The pumps got the skirt's grey.
    case(
        "X1526-021",
        wearing("a black sweater and a grey skirt"),
        garment_type("skirt"),
        is_a("skirt", "yes"),
        details(
            "skirt",
            "plaid with a slit at the back and a zip at the back and a button at the waist and a belt loop and a",
            "cut",
            hit_limit=True,
        ),
        color_of("top", "black", kind="open"),
        color_of("skirt", "grey", kind="open"),
        color_of("pumps", "grey", "contradiction", kind="open"),
        gender="Women",
        title="Chemistry Women Grey & Black Checked Pencil Skirt",
        category="Skirts",
        color="Grey",
    ),
    # Photo: flat lay, the teal leggings folded on white, no person, no top. VQA adapter. Feed row has no gender.
    # A woman and a black top invented; sea green for teal accepted.
    case(
        "X1526-022",
        wearing("a woman wearing a black top and green leggings", "unsupported"),
        garment_type("leggings"),
        is_a("pair of leggings", "yes"),
        details("leggings", "elasticated waistband"),
        color_of("leggings", "sea green", kind="open"),
        title="Go Colors Women Teal Solid Ankle-Length Leggings",
        category="Leggings",
        color="Teal",
    ),
    # Photo: pink crop top, white maxi skirt with pink flowers and green leaves down to the floor (feet hidden),
    # straw hat held in one hand. VQA adapter. The wearing list ran to the limit (sandals not in view); garment type
    # read crop top and maxi as one dress; the skirt got the top's (and the flowers') pink.
    case(
        "X1526-023",
        wearing(
            "a pink top and a white skirt with pink flowers and green leaves and a straw hat in her hand and a pair of"
            " white sandals and",
            "cut",
            hit_limit=True,
        ),
        garment_type("dress", "contradiction"),
        is_a("skirt", "yes"),
        details("skirt", "floral print"),
        color_of("top", "pink", kind="open"),
        color_of("skirt", "pink", "other_garment_color", kind="open"),
        gender="Women",
        title="DressBerry Women White Floral Print Flared Maxi Skirt",
        category="Skirts",
        color="White",
    ),
    # Photo: white tee, light-blue high-rise mom jeans, oversized denim jacket in the same wash, white sneakers.
    # VQA adapter. Garment type picked the jacket; the details looped; the sneakers' answer ran into the next prompt.
    case(
        "X1526-024",
        wearing("a denim jacket and jeans"),
        garment_type("jacket/coat", "contradiction"),
        is_a("pair of jeans", "yes"),
        details(
            "jeans",
            "mom fit with a high waist and a high waist and a high waist and a high waist and a high waist",
            "loop",
            hit_limit=True,
        ),
        color_of("jacket", "blue", kind="open"),
        color_of("t-shirt", "white", kind="open"),
        color_of("jeans", "blue", kind="open"),
        color_of(
            "sneakers",
            "white Question: What is the color of the sneakers? Answer: white Question: What is the color of the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        gender="Women",
        title="HERE&NOW Women Blue Mom Fit High-Rise Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: white printed tee, maroon culottes to mid-calf, black sandals. VQA adapter.
    # Burgundy for maroon accepted; "no" to culottes; details only names the garment.
    case(
        "X1526-025",
        wearing("a white top and red pants"),
        garment_type("pants"),
        is_a("pair of culottes", "no", "contradiction"),
        details("culottes", "the culottes", "non_answer"),
        color_of("top", "white", kind="open"),
        color_of("culottes", "burgundy", kind="open"),
        color_of("sandals", "black", kind="open"),
        gender="Women",
        title="SASSAFRAS Women Maroon Solid Culottes",
        category="Culottes",
        color="Maroon",
    ),
    # Photo: grey hoodie over mid-blue skinny jeans, white sneakers. VQA adapter.
    # Garment type picked the hoodie; details came back empty; the jeans got the hoodie's grey.
    case(
        "X1526-026",
        wearing("sweatshirt/hoodie"),
        garment_type("sweatshirt/hoodie", "contradiction"),
        is_a("pair of jeans", "yes"),
        details("jeans", "", "non_answer"),
        color_of("hoodie", "grey", kind="open"),
        color_of("jeans", "grey", "other_garment_color", kind="open"),
        color_of("sneakers", "white", kind="open"),
        gender="Women",
        title="Levis Women Blue 711 Skinny Fit Mid-Rise Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: black tank top, black and white vertical-striped wide palazzos, black sliders. VQA adapter.
    # Feed row has no color. The details ran to the limit; the palazzos' color looped on the right colors.
    case(
        "X1526-027",
        wearing("a black tank top and black and white striped pants"),
        garment_type("pants"),
        is_a("pair of palazzos", "yes"),
        details(
            "palazzos",
            "vertical stripes with an elastic waist and two side pockets and a wide leg and a flared hem with a",
            "cut",
            hit_limit=True,
        ),
        color_of("top", "black", kind="open"),
        color_of(
            "palazzos",
            "black-white-black-white-black-white-black-white-black-white-black-white-black-white-black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("sliders", "black", kind="open"),
        gender="Women",
        title="Berrylush Women Black & White Striped Wide Leg Palazzos",
        category="Palazzos",
    ),
    # Photo: oversized white tee, lavender biker shorts, white sneakers. VQA adapter. "he"; the sneakers got the
    # shorts' purple.
    case(
        "X1526-028",
        wearing("he is wearing a white shirt and purple shorts", "pronoun"),
        garment_type("shorts"),
        is_a("pair of shorts", "yes"),
        details("shorts", "biker shorts"),
        color_of("t-shirt", "white", kind="open"),
        color_of("shorts", "lavender", kind="open"),
        color_of("sneakers", "purple", "contradiction", kind="open"),
        gender="Women",
        title="FOREVER 21 Women Lavender Solid Biker Shorts",
        category="Shorts",
        color="Lavender",
    ),
    # Photo: beige knit sweater tucked into a black faux-leather mini skirt (zip at the back, not in view), black
    # knee-high boots. VQA adapter. Details looped; the sweater got the skirt's black.
    case(
        "X1526-029",
        wearing("a sweater and a black leather skirt"),
        garment_type("skirt"),
        is_a("skirt", "yes"),
        details(
            "skirt",
            "the skirt has a zipper on the front and the skirt has a zipper on the front and the skirt has a",
            "loop",
            hit_limit=True,
        ),
        color_of("sweater", "black", "contradiction", kind="open"),
        color_of("skirt", "black", kind="open"),
        color_of("boots", "black", kind="open"),
        gender="Women",
        title="ONLY Women Black Faux Leather A-Line Mini Skirt",
        category="Skirts",
        color="Black",
    ),
    # Photo: model seated on a wooden stool, light-pink shirt, blue wide-leg jeans, white heels. VQA adapter.
    # The shirt's color leaked the next prompt; the heels got the shirt's pink.
    case(
        "X1526-030",
        wearing("a pink shirt and blue jeans"),
        garment_type("jeans"),
        is_a("pair of jeans", "yes"),
        details("jeans", "wide legs"),
        color_of(
            "shirt",
            "pink Question: What is the color of the jeans? Answer: blue Question: What is the color of the heels",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        color_of("jeans", "blue", kind="open"),
        color_of("heels", "pink", "contradiction", kind="open"),
        gender="Women",
        title="Tokyo Talkies Women Blue Wide Leg High-Rise Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: long white tunic top with a black print, maroon leggings, barefoot. VQA adapter.
    # The drawstring is invented (the waist is under the tunic); the leggings' color looped.
    case(
        "X1526-031",
        wearing("a white shirt and red pants"),
        garment_type("leggings"),
        is_a("pair of leggings", "yes"),
        details("leggings", "the leggings are made of cotton and have a drawstring waist", "unsupported"),
        color_of("top", "white", kind="open"),
        color_of(
            "leggings",
            "maroon-maroon-maroon-maroon-maroon-maroon-maroon-maroon-maroon-maroon-maroon-maroon-maroon-maroon-maroon",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        gender="Women",
        title="Go Colors Women Maroon Solid Ankle-Length Cotton Leggings",
        category="Leggings",
        color="Maroon",
    ),
    # Photo: black tee tucked into khaki chino shorts with belt loops and rolled hems, tan leather belt, white
    # sneakers. VQA adapter; all correct (taupe for khaki accepted).
    case(
        "X1526-032",
        wearing("a black shirt and khaki shorts"),
        garment_type("shorts"),
        is_a("pair of shorts", "yes"),
        details("shorts", "belt loops and a rolled hem"),
        color_of("t-shirt", "black", kind="open"),
        color_of("shorts", "taupe", kind="open"),
        color_of("belt", "brown", kind="open"),
        color_of("sneakers", "white", kind="open"),
        gender="Women",
        title="Roadster Women Khaki Solid Regular Fit Chino Shorts",
        category="Shorts",
        color="Khaki",
    ),
    # Photo: white off-shoulder top, mid-blue denim A-line mini skirt with no slit, white sandals. VQA adapter.
    # "no" to skirt; the details looped on an invented slit.
    case(
        "X1526-033",
        wearing("denim"),
        garment_type("skirt"),
        is_a("skirt", "no", "contradiction"),
        details(
            "skirt",
            "denim skirt with a slit in the front and a slit in the back and a slit in the front and a slit",
            "loop",
            hit_limit=True,
        ),
        color_of("top", "white", kind="open"),
        color_of("skirt", "blue", kind="open"),
        color_of("sandals", "white", kind="open"),
        gender="Women",
        title="Vero Moda Women Blue Denim A-Line Mini Skirt",
        category="Skirts",
        color="Blue",
    ),
    # Photo: black printed shirt tucked into beige pleated palazzos, black heels. VQA adapter.
    # Details looped; beige palazzos called white.
    case(
        "X1526-034",
        wearing("a black shirt and beige pants"),
        garment_type("pants"),
        is_a("pair of palazzos", "yes"),
        details(
            "palazzos",
            "pleated with a pleated waist and a pleated waist and pleated pleated pleated pleated pleated pleated"
            " pleated",
            "loop",
            hit_limit=True,
        ),
        color_of("shirt", "black", kind="open"),
        color_of("palazzos", "white", "contradiction", kind="open"),
        color_of("heels", "black", kind="open"),
        gender="Women",
        title="SASSAFRAS Women Beige Pleated Wide Leg Palazzos",
        category="Palazzos",
        color="Beige",
    ),
    # Photo: pink sweatshirt over grey slim jeans, white sneakers. VQA adapter.
    # The details list ran to the limit; the sneakers got the jeans' grey.
    case(
        "X1526-035",
        wearing("a pink sweater and grey jeans"),
        garment_type("jeans"),
        is_a("pair of jeans", "yes"),
        details(
            "jeans",
            "slim fit with a button and a zipper fly and five pockets and a pair of white sneakers and a pink",
            "cut",
            hit_limit=True,
        ),
        color_of("sweatshirt", "pink", kind="open"),
        color_of("jeans", "grey", kind="open"),
        color_of("sneakers", "grey", "contradiction", kind="open"),
        gender="Women",
        title="HERE&NOW Women Grey Slim Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Grey",
    ),
    # Photo: light-blue chambray shirt tied at the waist, white denim shorts, brown sandals. VQA adapter.
    # The wearing answer leaked; "yes" to the details; the shorts got the shirt's blue.
    case(
        "X1526-036",
        wearing(
            "a blue shirt and white shorts Question: What is the person wearing? Answer: a blue shirt and white shorts"
            " Question",
            "leak",
            hit_limit=True,
        ),
        garment_type("shorts"),
        is_a("pair of shorts", "yes"),
        details("shorts", "yes", "non_answer"),
        color_of("shirt", "blue", kind="open"),
        color_of("shorts", "blue", "other_garment_color", kind="open"),
        color_of("sandals", "brown", kind="open"),
        gender="Women",
        title="Mast & Harbour Women White Solid Denim Shorts",
        category="Shorts",
        color="White",
    ),
    # Photo: white tee tucked into a rust wrap midi skirt with a small black floral print, black sandals.
    # VQA adapter; all correct.
    case(
        "X1526-037",
        wearing("a white shirt and an orange skirt"),
        garment_type("skirt"),
        is_a("skirt", "yes"),
        details("skirt", "floral print with a wrap"),
        color_of("t-shirt", "white", kind="open"),
        color_of("skirt", "orange", kind="open"),
        color_of("sandals", "black", kind="open"),
        gender="Women",
        title="Berrylush Women Rust Orange Floral Print Wrap Midi Skirt",
        category="Skirts",
        color="Rust",
    ),
    # Photo: back view, long yellow tunic top, navy leggings, barefoot. VQA adapter. Feed row has no gender.
    # "the back" says nothing about the leggings; navy read as black.
    case(
        "X1526-038",
        wearing("a yellow shirt and blue pants"),
        garment_type("leggings"),
        is_a("pair of leggings", "yes"),
        details("leggings", "the back", "non_answer"),
        color_of("top", "yellow", kind="open"),
        color_of("leggings", "black", "contradiction", kind="open"),
        title="Go Colors Women Navy Blue Solid Cotton Leggings",
        category="Leggings",
        color="Navy Blue",
    ),
    # Photo: white shirt with black stripes, blue boyfriend jeans with rolled hems, black loafers, black tote on the
    # shoulder; no belt, no watch. VQA adapter. The wearing list ran to the limit and invented items on the way.
    case(
        "X1526-039",
        wearing(
            "a white shirt with black stripes and blue jeans with a black bag and black shoes and a black belt and a"
            " black watch and a",
            "cut",
            hit_limit=True,
        ),
        garment_type("jeans"),
        is_a("pair of jeans", "yes"),
        details("jeans", "rolled up hems"),
        color_of("shirt", "white-black", kind="open"),
        color_of("jeans", "blue", kind="open"),
        color_of("loafers", "black", kind="open"),
        gender="Women",
        title="ONLY Women Blue Boyfriend Fit Mid-Rise Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: white crop top, green paperbag-waist shorts with a tie belt, white sandals. VQA adapter.
    # "he"; the shorts' color was right, then it wrote the same question again.
    case(
        "X1526-040",
        wearing("he is wearing a white top and green shorts", "pronoun"),
        garment_type("shorts"),
        is_a("pair of shorts", "yes"),
        details("shorts", "paper bag waist with a belt"),
        color_of("top", "white", kind="open"),
        color_of(
            "shorts",
            "green Question: What is the color of the shorts? Answer: green Question: What is the color of the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        color_of("sandals", "white", kind="open"),
        gender="Women",
        title="Tokyo Talkies Women Green Solid Paperbag Shorts",
        category="Shorts",
        color="Green",
    ),
    # Photo: black turtleneck, brown and beige checked A-line mini skirt, black opaque tights, black ankle boots.
    # VQA adapter. Feed row has no color. Black for every garment, the skirt too.
    case(
        "X1526-041",
        wearing("a black sweater, a plaid skirt and black tights"),
        garment_type("skirt"),
        is_a("skirt", "yes"),
        details("skirt", "plaid"),
        color_of("sweater", "black", kind="open"),
        color_of("skirt", "black", "other_garment_color", kind="open"),
        color_of("tights", "black", kind="open"),
        color_of("boots", "black", kind="open"),
        gender="Women",
        title="Vero Moda Women Brown Checked A-Line Mini Skirt",
        category="Skirts",
    ),
    # Photo: styled flat lay, black jeggings laid out with a white tee above them, white sneakers and sunglasses
    # beside; pull-on elastic waist, no fly, back pockets only. VQA adapter. Garment type picked the tee; the zip fly
    # and front pockets are invented.
    case(
        "X1526-042",
        wearing("a white t-shirt and black jeans"),
        garment_type("tee/tank", "contradiction"),
        is_a("pair of jeggings", "yes"),
        details("jeggings", "high waist with five pockets and a zip fly", "unsupported"),
        color_of("t-shirt", "white", kind="open"),
        color_of("jeggings", "black", kind="open"),
        color_of("sneakers", "white", kind="open"),
        gender="Women",
        title="HERE&NOW Women Black Skinny Fit High-Rise Jeggings",
        category="Jeggings",
        color="Black",
    ),
    # Photo: white tank top, peach wide-leg palazzos, tan sandals. VQA adapter.
    # Pink for peach accepted; details only names the garment; the sandals got the palazzos' peach.
    case(
        "X1526-043",
        wearing("a white top and pink pants"),
        garment_type("pants"),
        is_a("pair of palazzos", "yes"),
        details("palazzos", "they are palazzos", "non_answer"),
        color_of("top", "white", kind="open"),
        color_of("palazzos", "peach", kind="open"),
        color_of("sandals", "peach", "contradiction", kind="open"),
        gender="Women",
        title="Tokyo Talkies Women Peach-Coloured Solid Wide Leg Palazzos",
        category="Palazzos",
        color="Peach",
    ),
    # Photo: back view, white crop tee, mid-blue ripped denim shorts with frayed hems (the rips are on the front, the
    # title says so). VQA adapter. The shorts' color said the question back.
    case(
        "X1526-044",
        wearing("a white shirt and denim shorts"),
        garment_type("shorts"),
        is_a("pair of shorts", "yes"),
        details("shorts", "ripped with a distressed look"),
        color_of("t-shirt", "white", kind="open"),
        color_of("shorts", "the shorts are the color of the shorts", "restated", kind="open"),
        gender="Women",
        title="Roadster Women Blue Ripped Distressed Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Photo: navy and white Breton-striped top, white slim jeans, tan espadrilles. VQA adapter.
    # The jeans got the stripes' navy.
    case(
        "X1526-045",
        wearing("she is wearing a striped shirt and white jeans"),
        garment_type("jeans"),
        is_a("pair of jeans", "yes"),
        details("jeans", "slim fit"),
        color_of("top", "navy-white", kind="open"),
        color_of("jeans", "navy", "other_garment_color", kind="open"),
        color_of("shoes", "beige", kind="open"),
        gender="Women",
        title="Kraus Jeans Women White Slim Fit Mid-Rise Jeans",
        category="Jeans",
        color="White",
    ),
]
