"""BLIND_1574 (45 products; Myntra women's western bottoms, VQA adapter, each garment's color): written blind in the
sixty-sixth session. Measured blind at d0844da (the session's third rules): 67/75 failures found (89.3%) and 7/186
correct texts flagged (3.8%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's western bottoms (Jeans, Skirts, Palazzos, Leggings, Jeggings, Culottes, Shorts),
catalog columns as the feed has them (title, category = articleType, color = baseColour, gender; a column left out
now and then). The photos are the catalog's usual shots: a model on a plain light backdrop wearing the product with
a top (tee, shirt, crop top, sweater, jacket), a few back views, two flat lays with no person, a prop now and then
(handbag, hat, sunglasses). The job ran the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA on blip2-opt-2.7b), no
caption, and asked per product: "What is she wearing?", the color of the product garment and the color of each
other garment the category template expects (the top, a jacket or coat when the shot has one), plus some of "Is
this a ...?", the closed garment type and pattern, "What are the X details?" / "Describe the X." and the material.
Who wrote what: every text is the VQA adapter's. Color, garment type, pattern and "Is this a ...?" are closed
(reference engine; the raw text is kept when it does not map, hence a "yes" or "denim" as a color). "What is she
wearing?", details, describe and material are free generation, greedy, 30 new tokens, stopped on newline/eos: the
adapter was trained without an end-of-answer token, so it often runs on to the limit (loops, answers cut in the
middle of a list, or the training template "Question: ... Answer: ..." continued after the answer).
Labeling conventions and judgement calls: judged against the imagined photo and the title. A color answer for the
product that is in fact the color of the top (or of the jacket) is other_garment_color; the same for a top's color
question answered with the bottom's color. A color answer that is simply a wrong hue for the product (maroon as
"brown", navy as "black") is contradiction, and so is a wrong garment type, a "no" to "Is this a ...?" for the
right garment, a top+skirt read as a "dress", and the top's pattern given as the product's pattern. A color given
for a top that is not in the photo (flat lays) is unsupported, as are invented details (a slit, knee rips not
visible, a dupatta) and a material that the title contradicts or the photo rules out (cotton for linen, silk for a
polyester satin, leather for corduroy). Near hues are accepted (mustard = yellow, navy = blue, teal = green, rust =
orange, cream = white, checked = plaid, eyelet = lace, leopard print = brown). An answer that only names the top
garment is incomplete but true, so unmarked. A details answer that gives a color instead of details is unmarked
when the color is right. Bare question words ("shorts" for the shorts' details), "no", "yes" and empty answers to
open or color questions are non_answer; a sentence that only says the garment is itself ("the culottes are
culottes", "it is a skirt") is restated. A loop is labeled loop even when the looped phrase is also invented; a
list that stops mid-phrase at the limit is cut; a run-on into "Question: ... Answer:" is leak. hit_limit marks
every text that ran to 30 tokens. "he"/"a man" for the women's models is pronoun.
"""

from tests.audit_corpus import BLIND_QUESTIONS, case, color_of, describe, details, is_a, wearing

garment_type = BLIND_QUESTIONS.garment_type
pattern = BLIND_QUESTIONS.pattern
material = BLIND_QUESTIONS.material

BLIND_1574 = [
    # Photo: front view, mid-blue skinny jeans, white round-neck tee tucked in, white sneakers, grey backdrop.
    # Texts: VQA adapter; colors and yes/no closed, wearing and details free generation.
    case(
        "X1574-001",
        wearing("blue jeans and a white t-shirt", who="she"),
        color_of("jeans", "blue"),
        color_of("t-shirt", "white"),
        is_a("pair of jeans", "yes"),
        details(
            "jeans",
            "the jeans have a button and a zipper and a button and a zipper and a button and a zipper and a button"
            " and a zipper and a button and",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Roadster Women Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: black flared palazzos, mustard-yellow ribbed crop top, black block heels, front view.
    # Texts: VQA adapter. The crop top's color is given the palazzos' black; palazzos are not an In-shop class.
    case(
        "X1574-002",
        wearing("black pants and a yellow top", who="she"),
        color_of("palazzos", "black"),
        color_of("crop top", "black", "other_garment_color"),
        garment_type("pants"),
        is_a("pair of palazzos", "no", "contradiction"),
        gender="Women",
        title="SASSAFRAS Women Black Solid Flared Palazzos",
        category="Palazzos",
        color="Black",
    ),
    # Photo: navy A-line midi skirt with a small white floral print, white sleeveless blouse tucked in, tan handbag
    # held at the side. No slit on the skirt. Texts: VQA adapter.
    case(
        "X1574-003",
        wearing("a white top and a blue floral skirt", who="she"),
        color_of("skirt", "blue"),
        color_of("top", "white"),
        pattern("floral"),
        details("skirt", "the skirt is a-line and has a slit on the side", "unsupported"),
        describe("skirt", "a skirt", "restated"),
        gender="Women",
        title="AND Women Navy Blue Printed A-Line Midi Skirt",
        category="Skirts",
        color="Navy Blue",
    ),
    # Photo: grey melange ankle-length leggings, long black tee to mid-thigh, white sneakers, three-quarter view.
    # Texts: VQA adapter.
    case(
        "X1574-004",
        wearing("a black shirt and grey leggings", who="she"),
        color_of("leggings", "grey"),
        color_of("t-shirt", "black"),
        is_a("pair of leggings", "yes"),
        details("leggings", "leggings", "non_answer"),
        gender="Women",
        title="Go Colors Women Grey Melange Solid Ankle-Length Leggings",
        category="Leggings",
        color="Grey Melange",
    ),
    # Photo: pink cotton shorts with a white drawstring, white tank top, front view, plain backdrop.
    # Texts: VQA adapter; all right.
    case(
        "X1574-005",
        wearing("pink shorts and a white tank top", who="she"),
        color_of("shorts", "pink"),
        color_of("tank top", "white"),
        garment_type("shorts"),
        details("shorts", "drawstring waist"),
        gender="Women",
        title="DOLCE CRUDO Women Pink Solid Regular Shorts",
        category="Shorts",
        color="Pink",
    ),
    # Photo: light-wash wide-leg high-rise jeans, black long-sleeve bodysuit, black ankle boots, front view.
    # Texts: VQA adapter; the wearing answer runs on into the training template.
    case(
        "X1574-006",
        wearing(
            "jeans Question: What is the color of the jeans? Answer: blue Question: What is the color of the",
            "leak",
            who="she",
            hit_limit=True,
        ),
        color_of("jeans", "blue"),
        color_of("top", "black"),
        is_a("pair of jeans", "yes"),
        details("jeans", "wide leg"),
        material("denim"),
        gender="Women",
        title="HERE&NOW Women Blue Wide Leg High-Rise Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: black pleated mini skirt, grey melange crew-neck sweatshirt, white sneakers, small black backpack on one
    # shoulder. Texts: VQA adapter; the skirt gets the sweatshirt's grey, the wearing answer runs into the template.
    case(
        "X1574-007",
        wearing(
            "a grey sweatshirt and a black skirt and a black backpack Question: What is the color of the backpack?"
            " Answer: black Question:",
            "leak",
            who="she",
            hit_limit=True,
        ),
        color_of("skirt", "grey", "other_garment_color"),
        color_of("sweatshirt", "grey"),
        pattern("solid"),
        details("skirt", "pleated"),
        is_a("skirt", "yes"),
        gender="Women",
        title="Mast & Harbour Women Black Solid Pleated Mini Skirt",
        category="Skirts",
        color="Black",
    ),
    # Photo: black skinny jeans, white tee under an open red-and-black checked flannel shirt, black ankle boots, no
    # belt. Texts: VQA adapter; the tee gets black, the details answer loops on a belt.
    case(
        "X1574-008",
        wearing("a red and black plaid shirt and black jeans", who="she"),
        color_of("jeans", "black"),
        color_of("shirt", "red"),
        color_of("t-shirt", "black", "other_garment_color"),
        details(
            "jeans",
            "black jeans with a white t-shirt and a red and black plaid shirt and black boots and a black belt and a"
            " black belt and a black belt",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Tokyo Talkies Women Black Skinny Fit High-Rise Clean Look Jeans",
        category="Jeans",
        color="Black",
    ),
    # Photo: off-white straight palazzos with a blue floral block print, short solid blue kurti-style top, no
    # dupatta. Texts: VQA adapter; the wearing answer adds a dupatta.
    case(
        "X1574-009",
        wearing("a blue top and white pants with a blue print and a blue dupatta", "unsupported", who="she"),
        color_of("palazzos", "white"),
        color_of("top", "blue"),
        pattern("floral"),
        is_a("pair of palazzos", "yes"),
        garment_type("pants"),
        details(
            "palazzos",
            "the palazzos have a blue print on the white and a blue print on the white and a blue print on the white"
            " and a blue",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Libas Women Off-White & Blue Printed Straight Palazzos",
        category="Palazzos",
        color="Off White",
    ),
    # Photo: back view, hair tied up; mid-blue skinny jeans with a red tab on the back pocket, white blouse. The knees
    # are not visible from behind. Texts: VQA adapter.
    case(
        "X1574-010",
        wearing("he is wearing a white shirt and blue jeans", "pronoun", who="she"),
        color_of("jeans", "blue"),
        color_of("shirt", "white"),
        details("jeans", "ripped at the knee", "unsupported"),
        is_a("pair of jeans", "yes"),
        gender="Women",
        title="Levis Women Blue 711 Skinny Fit Mid-Rise Low Distress Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: mustard corduroy A-line mini skirt, black turtleneck sweater, black tights, black ankle boots.
    # Texts: VQA adapter.
    case(
        "X1574-011",
        wearing(
            "a black sweater and a yellow skirt and black tights and black boots and a black sweater and a yellow"
            " skirt and black tights and black boots and",
            "loop",
            who="she",
            hit_limit=True,
        ),
        color_of("skirt", "yellow"),
        color_of("sweater", "black"),
        material("leather", "unsupported"),
        garment_type("skirt"),
        gender="Women",
        title="ONLY Women Mustard Yellow Solid A-Line Mini Skirt",
        category="Skirts",
        color="Mustard",
    ),
    # Photo: flat lay, maroon leggings alone on a white surface under warm light, no person, no top.
    # Texts: VQA adapter; the top question (asked by the template) is answered with the backdrop.
    case(
        "X1574-012",
        wearing("a pair of maroon leggings", who="she"),
        color_of("leggings", "brown", "contradiction"),
        color_of("top", "white", "unsupported"),
        is_a("pair of leggings", "yes"),
        details("leggings", "elastic waistband"),
        gender="Women",
        title="De Moza Women Maroon Solid Ankle-Length Leggings",
        category="Leggings",
        color="Maroon",
    ),
    # Photo: black-and-white vertical striped flared palazzos, solid black tank top, front view.
    # Texts: VQA adapter; black for both garments is right here, the wide flare is typed as a skirt.
    case(
        "X1574-013",
        wearing("a black tank top and black and white striped pants", who="she"),
        color_of("palazzos", "black"),
        color_of("tank top", "black"),
        pattern("striped"),
        garment_type("skirt", "contradiction"),
        is_a("pair of palazzos", "yes"),
        details(
            "palazzos",
            "the palazzos are striped and have a striped pattern and a striped pattern and a striped pattern and a"
            " striped pattern and a",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="StyleStone Women Black & White Striped Flared Palazzos",
        category="Palazzos",
        color="Black",
    ),
    # Photo: light-blue denim shorts with a frayed hem, white linen shirt knotted at the waist, straw hat.
    # Texts: VQA adapter; the shorts get the shirt's white.
    case(
        "X1574-014",
        wearing("a white shirt and denim shorts and a hat", who="she"),
        color_of("shorts", "white", "other_garment_color"),
        color_of("shirt", "white"),
        details("shorts", "frayed hem"),
        garment_type("shorts"),
        is_a("pair of shorts", "yes"),
        gender="Women",
        title="H&M Women Light Blue Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Photo: black faux-leather pencil skirt with a back zip, white ribbed crop top, black heels.
    # Texts: VQA adapter.
    case(
        "X1574-015",
        wearing("a white top and a black leather skirt", who="she"),
        color_of("skirt", "black"),
        color_of("crop top", "white"),
        material("leather"),
        describe(
            "skirt",
            "a black leather skirt with a zipper on the side and a zipper on the back and a zipper on the front and a"
            " zipper on the",
            "loop",
            hit_limit=True,
        ),
        garment_type("skirt"),
        gender="Women",
        title="FOREVER 21 Women Black Solid Faux Leather Pencil Skirt",
        category="Skirts",
        color="Black",
    ),
    # Photo: dark-blue bootcut jeans, pink satin blouse tucked in, nude heels. The feed has no color for this row.
    # Texts: VQA adapter.
    case(
        "X1574-016",
        wearing(
            "she is wearing a pink shirt and blue jeans and she is wearing a pink shirt and blue jeans and she is"
            " wearing a pink shirt and",
            "loop",
            who="she",
            hit_limit=True,
        ),
        color_of("jeans", "blue"),
        color_of("blouse", "pink"),
        details("jeans", "bootcut"),
        is_a("pair of jeans", "yes"),
        garment_type("jeans"),
        gender="Women",
        title="Kraus Jeans Women Blue Bootcut Mid-Rise Jeans",
        category="Jeans",
    ),
    # Photo: black calf-length cropped leggings, neon-green racerback sports tank, trainers, side view.
    # Texts: VQA adapter; the tank's color comes back as "yes", the cropped leggings are typed as shorts.
    case(
        "X1574-017",
        wearing("a green tank top and black leggings", who="she"),
        color_of("leggings", "black"),
        color_of("tank top", "yes", "non_answer"),
        garment_type("shorts", "contradiction"),
        is_a("pair of leggings", "yes"),
        gender="Women",
        title="Twin Birds Women Black Solid Cropped Leggings",
        category="Leggings",
        color="Black",
    ),
    # Photo: model with short cropped hair, oversized grey blazer over a white tee, light-blue mom jeans, loafers.
    # Texts: VQA adapter; "a man", and the tee gets the blazer's grey.
    case(
        "X1574-018",
        wearing("a man in a grey blazer and blue jeans", "pronoun", who="she"),
        color_of("jeans", "blue"),
        color_of("jacket", "grey"),
        color_of("t-shirt", "grey", "other_garment_color"),
        is_a("pair of jeans", "yes"),
        details("jeans", "high waisted"),
        gender="Women",
        title="Vero Moda Women Blue Regular Fit High-Rise Mom Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: green flared palazzos with a pink floral print, solid pink top, front view.
    # Texts: VQA adapter; the palazzos get the top's pink.
    case(
        "X1574-019",
        wearing("a pink top and green pants", who="she"),
        color_of("palazzos", "pink", "other_garment_color"),
        color_of("top", "pink"),
        pattern("floral"),
        is_a("pair of palazzos", "yes"),
        details("palazzos", "no", "non_answer"),
        gender="Women",
        title="W Women Green & Pink Printed Flared Palazzos",
        category="Palazzos",
        color="Green",
    ),
    # Photo: beige linen shorts with a drawstring and side pockets, navy-and-white striped Breton tee, front view.
    # Texts: VQA adapter.
    case(
        "X1574-020",
        wearing("a striped shirt and khaki shorts", who="she"),
        color_of("shorts", "beige"),
        color_of("t-shirt", "blue"),
        pattern("solid"),
        material("linen"),
        details(
            "shorts",
            "the shorts are made of linen and have a drawstring at the waist and two pockets on the side and a button"
            " on the",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Marks & Spencer Women Beige Solid Linen Shorts",
        category="Shorts",
        color="Beige",
    ),
    # Photo: grey super-skinny jeans, black leather biker jacket over a white tee, black boots.
    # Texts: VQA adapter; the jeans get the jacket's black.
    case(
        "X1574-021",
        wearing("a black leather jacket and grey jeans", who="she"),
        color_of("jeans", "black", "other_garment_color"),
        color_of("jacket", "black"),
        color_of("t-shirt", "white"),
        is_a("pair of jeans", "yes"),
        details(
            "jeans",
            "the jeans are skinny and have a zipper on the side of the leg and a zipper on the side of the leg and a"
            " zipper on the side of",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="SPYKAR Women Grey Super Skinny Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Grey",
    ),
    # Photo: red-and-white gingham A-line mini skirt, white puff-sleeve blouse, white sneakers, no belt, no bag.
    # Texts: VQA adapter.
    case(
        "X1574-022",
        wearing(
            "a white shirt and a red and white checkered skirt with a white belt and white sneakers with white socks"
            " and a white bag with a red",
            "cut",
            who="she",
            hit_limit=True,
        ),
        color_of("skirt", "red"),
        color_of("shirt", "red", "other_garment_color"),
        pattern("plaid"),
        is_a("skirt", "yes"),
        describe("skirt", "a red and white checkered skirt with a white shirt"),
        gender="Women",
        title="Berrylush Women Red & White Checked A-Line Mini Skirt",
        category="Skirts",
        color="Red",
    ),
    # Photo: navy lounge shorts with a small white star print, grey melange tee, plain backdrop.
    # Texts: VQA adapter.
    case(
        "X1574-023",
        wearing("pajamas", who="she"),
        color_of("shorts", "blue"),
        color_of("t-shirt", "grey"),
        pattern("stars"),
        details(
            "shorts",
            "the shorts have a drawstring waist and a star print and a star print and a star print and a star print"
            " and a star print and a",
            "loop",
            hit_limit=True,
        ),
        garment_type("shorts"),
        gender="Women",
        title="Clovia Women Navy Blue Printed Lounge Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
    # Photo: black slim jeans, camel wool coat open over a white shirt, brown scarf, front view, no bag. The feed
    # leaves gender out for this row. Texts: VQA adapter; the black denim is taken for trousers.
    case(
        "X1574-024",
        wearing("a brown coat and black pants", who="she"),
        color_of("jeans", "black"),
        color_of("coat", "brown"),
        color_of("shirt", "white"),
        is_a("pair of jeans", "no", "contradiction"),
        details(
            "jeans",
            "black jeans with a brown coat and a white shirt and a brown scarf and a brown bag and brown boots and a"
            " white shirt with a",
            "cut",
            hit_limit=True,
        ),
        title="Pepe Jeans Women Black Slim Fit Mid-Rise Jeans",
        category="Jeans",
        color="Black",
    ),
    # Photo: white churidar leggings under a long yellow printed kurta (knee length), juttis, front view.
    # Texts: VQA adapter; the kurta is read as a dress and the leggings are lost.
    case(
        "X1574-025",
        wearing("a yellow dress", "contradiction", who="she"),
        color_of("leggings", "white"),
        color_of("top", "yellow"),
        is_a("pair of leggings", "yes"),
        garment_type("dress", "contradiction"),
        gender="Women",
        title="Dollar Missy Women White Solid Churidar Leggings",
        category="Leggings",
        color="White",
    ),
    # Photo: mid-blue straight jeans with slashed knees, light-blue chambray shirt open over a white tank top.
    # Texts: VQA adapter; blue for jeans and shirt is right, the tank is not blue.
    case(
        "X1574-026",
        wearing("a blue shirt and blue jeans", who="she"),
        color_of("jeans", "blue"),
        color_of("shirt", "blue"),
        color_of("tank top", "blue", "other_garment_color"),
        details("jeans", "ripped knees"),
        is_a("pair of jeans", "yes"),
        gender="Women",
        title="Roadster Women Blue Straight Fit Mid-Rise Slash Knee Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: olive satin A-line midi skirt, cream knit sweater tucked in, brown heels. Polyester satin.
    # Texts: VQA adapter; the wearing answer runs on into the template.
    case(
        "X1574-027",
        wearing(
            "sweater Question: What is the color of the sweater? Answer: white Question: What is the color of the"
            " skirt? Answer",
            "leak",
            who="she",
            hit_limit=True,
        ),
        color_of("skirt", "green"),
        color_of("sweater", "white"),
        material("silk", "unsupported"),
        describe("skirt", "a green skirt"),
        is_a("skirt", "yes"),
        gender="Women",
        title="DressBerry Women Olive Green Solid Satin A-Line Midi Skirt",
        category="Skirts",
        color="Olive",
    ),
    # Photo: black high-rise shorts, leopard-print blouse, sunglasses pushed up on the head, front view.
    # Texts: VQA adapter.
    case(
        "X1574-028",
        wearing("a leopard print shirt and black shorts", who="she"),
        color_of("shorts", "black"),
        color_of("shirt", "brown"),
        pattern("solid"),
        details(
            "shorts",
            "black shorts Question: What is the color of the shirt? Answer: brown Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        is_a("pair of shorts", "yes"),
        gender="Women",
        title="Tokyo Talkies Women Black High-Rise Regular Shorts",
        category="Shorts",
        color="Black",
    ),
    # Photo: mustard wide-leg palazzos with a white geometric print, white sleeveless top, front view.
    # Texts: VQA adapter; the top gets the palazzos' yellow.
    case(
        "X1574-029",
        wearing("a white top and yellow pants", who="she"),
        color_of("palazzos", "yellow"),
        color_of("top", "yellow", "other_garment_color"),
        pattern("printed"),
        is_a("pair of palazzos", "yes"),
        details(
            "palazzos",
            "the palazzos are yellow and white and have a white top and a white top and a white top and a white top"
            " and a white",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="HERE&NOW Women Mustard Yellow Printed Wide Leg Palazzos",
        category="Palazzos",
        color="Mustard",
    ),
    # Photo: back view, navy ankle-length leggings (near black in the shot), long white shirt over the hips.
    # Texts: VQA adapter; the open answer calls the leggings black, the closed one gets blue.
    case(
        "X1574-030",
        wearing("a white shirt and black leggings", "contradiction", who="she"),
        color_of("leggings", "blue"),
        color_of("shirt", "white"),
        is_a("pair of leggings", "yes"),
        garment_type("leggings"),
        describe(
            "leggings",
            "navy blue leggings with a white shirt and white sneakers the leggings are made of a soft stretchy fabric"
            " that is comfortable to wear and the",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Lyra Women Navy Blue Solid Ankle-Length Leggings",
        category="Leggings",
        color="Navy Blue",
    ),
    # Photo: mid-blue flared high-rise jeans, brown knit cropped cardigan buttoned up, platform sandals.
    # Texts: VQA adapter; the closed type takes the top.
    case(
        "X1574-031",
        wearing("brown sweater and jeans", who="she"),
        color_of("jeans", "blue"),
        color_of("sweater", "brown"),
        details("jeans", "flared"),
        material("denim"),
        is_a("pair of jeans", "yes"),
        garment_type("sweater", "contradiction"),
        gender="Women",
        title="ONLY Women Blue Flared High-Rise Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: white tiered eyelet maxi skirt, white cami, light-blue denim jacket, tan sandals. White on white reads as
    # a dress. Texts: VQA adapter.
    case(
        "X1574-032",
        wearing("a denim jacket and a white dress", "contradiction", who="she"),
        color_of("skirt", "white"),
        color_of("jacket", "blue"),
        color_of("top", "white"),
        details("skirt", "lace"),
        is_a("skirt", "no", "contradiction"),
        garment_type("dress", "contradiction"),
        gender="Women",
        title="Athena Women White Broderie Tiered Maxi Skirt",
        category="Skirts",
        color="White",
    ),
    # Photo: flat lay, black skinny jeans alone on a light grey surface, no person, no top.
    # Texts: VQA adapter; the template's top question gets an answer anyway.
    case(
        "X1574-033",
        wearing("black jeans", who="she"),
        color_of("jeans", "black"),
        color_of("top", "black", "unsupported"),
        details("jeans", "the jeans have a button and a zipper"),
        is_a("pair of jeans", "yes"),
        gender="Women",
        title="Kotty Women Black Skinny Fit High-Rise Jeans",
        category="Jeans",
        color="Black",
    ),
    # Photo: navy chino shorts, white polo t-shirt with a small logo, white sneakers, front view.
    # Texts: VQA adapter; polo shirt is an In-shop class, so the type answer goes to the top.
    case(
        "X1574-034",
        wearing(
            "a white polo shirt and blue shorts and white sneakers and a white polo shirt and blue shorts and white"
            " sneakers and a white polo shirt and",
            "loop",
            who="she",
            hit_limit=True,
        ),
        color_of("shorts", "blue"),
        color_of("shirt", "white"),
        is_a("pair of shorts", "yes"),
        details("shorts", "shorts", "non_answer"),
        garment_type("polo shirt", "contradiction"),
        gender="Women",
        title="U.S. Polo Assn. Women Navy Blue Solid Regular Fit Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
    # Photo: rust solid culottes, black-and-white striped tee tucked in, white sneakers, front view.
    # Texts: VQA adapter; the pattern answer is the tee's.
    case(
        "X1574-035",
        wearing("a black and white striped shirt and orange pants", who="she"),
        color_of("culottes", "orange"),
        color_of("t-shirt", "black"),
        pattern("striped", "contradiction"),
        details("culottes", "the culottes are culottes", "restated"),
        garment_type("pants"),
        gender="Women",
        title="SASSAFRAS Women Rust Solid Culottes",
        category="Culottes",
        color="Rust",
    ),
    # Photo: blue denim button-front mini skirt, black tee with a white graphic print, black boots.
    # Texts: VQA adapter; the skirt gets the tee's black.
    case(
        "X1574-036",
        wearing("a black t-shirt and a denim skirt", who="she"),
        color_of("skirt", "black", "other_garment_color"),
        color_of("t-shirt", "black"),
        details("skirt", "buttons down the front"),
        is_a("skirt", "yes"),
        describe(
            "skirt",
            "a denim skirt with a black t-shirt with a white graphic print on the front and a black t-shirt with a"
            " white graphic print on the",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="FOREVER 21 Women Blue Denim Button-Front Mini Skirt",
        category="Skirts",
        color="Blue",
    ),
    # Photo: teal slim jeggings, white tunic top, side view.
    # Texts: VQA adapter; the wearing answer runs on into the template.
    case(
        "X1574-037",
        wearing(
            "a white shirt and green pants Question: What is the color of the pants? Answer: green Question: What is"
            " the color",
            "leak",
            who="she",
            hit_limit=True,
        ),
        color_of("jeggings", "green"),
        color_of("top", "white"),
        is_a("pair of leggings", "yes"),
        details("jeggings", "slim fit"),
        gender="Women",
        title="Go Colors Women Teal Solid Slim Fit Jeggings",
        category="Jeggings",
        color="Teal",
    ),
    # Photo: black flared skirt with a small white floral print (black ground), red short-sleeve top tucked in.
    # Texts: VQA adapter; the closed color picks the print's white.
    case(
        "X1574-038",
        wearing("a red top and a black and white floral skirt", who="she"),
        color_of("skirt", "white", "contradiction"),
        color_of("top", "red"),
        pattern("floral"),
        details(
            "skirt",
            "the skirt is black and white with a floral print on the skirt and a floral print on the skirt and a"
            " floral print on the skirt",
            "loop",
            hit_limit=True,
        ),
        is_a("skirt", "yes"),
        gender="Women",
        title="Harpa Women Black & White Floral Print Flared Skirt",
        category="Skirts",
        color="Black",
    ),
    # Photo: all-white look: white linen wide-leg palazzos, white top, tan belt. The feed leaves gender out here.
    # Texts: VQA adapter; white for both garments is right.
    case(
        "X1574-039",
        wearing(
            "a white top and white pants and a brown belt and white shoes and a white top and white pants and a brown"
            " belt and white shoes and a",
            "loop",
            who="she",
            hit_limit=True,
        ),
        color_of("palazzos", "white"),
        color_of("top", "white"),
        color_of("belt", "brown"),
        is_a("pair of palazzos", "yes"),
        material("cotton", "unsupported"),
        title="Vero Moda Women White Solid Linen Wide Leg Palazzos",
        category="Palazzos",
        color="White",
    ),
    # Photo: washed-blue boyfriend jeans rolled at the ankle, mustard-yellow tee, tan sandals, long hair.
    # Texts: VQA adapter; "denim" as a color, "he" in the description.
    case(
        "X1574-040",
        wearing("a yellow shirt and jeans", who="she"),
        color_of("jeans", "denim", "non_answer"),
        color_of("t-shirt", "yellow"),
        details("jeans", "the jeans are rolled up at the bottom"),
        is_a("pair of jeans", "yes"),
        describe("jeans", "he is wearing a pair of blue jeans with a yellow t-shirt", "pronoun"),
        gender="Women",
        title="Trend Arrest Women Blue Washed Boyfriend Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: back view, black straight palazzos with an elastic back waist, white shirt tucked in.
    # Texts: VQA adapter; the shirt gets the palazzos' black.
    case(
        "X1574-041",
        wearing("black pants", who="she"),
        color_of("palazzos", "black"),
        color_of("shirt", "black", "other_garment_color"),
        is_a("pair of palazzos", "yes"),
        details("palazzos", "elastic waist"),
        garment_type("pants"),
        gender="Women",
        title="Besiva Women Black Solid Straight Palazzos",
        category="Palazzos",
        color="Black",
    ),
    # Photo: black ankle-length leggings, oversized white hoodie to the hips, white sneakers.
    # Texts: VQA adapter; the details answer is empty (newline first), the type goes to the hoodie.
    case(
        "X1574-042",
        wearing("a white hoodie and black leggings", who="she"),
        color_of("leggings", "black"),
        color_of("hoodie", "white"),
        garment_type("sweatshirt", "contradiction"),
        is_a("pair of leggings", "yes"),
        details("leggings", "", "non_answer"),
        gender="Women",
        title="Dollar Missy Women Black Solid Ankle-Length Leggings",
        category="Leggings",
        color="Black",
    ),
    # Photo: white denim high-rise shorts with a cuffed hem, light-pink tank top, sunglasses, front view.
    # Texts: VQA adapter; the tank gets the shorts' white.
    case(
        "X1574-043",
        wearing("a pink tank top and white shorts and sunglasses", who="she"),
        color_of("shorts", "white"),
        color_of("tank top", "white", "other_garment_color"),
        is_a("pair of shorts", "yes"),
        details(
            "shorts",
            "the shorts are white and have a cuffed hem and a pink tank top and a pink tank top and a pink tank top"
            " and a",
            "loop",
            hit_limit=True,
        ),
        garment_type("shorts"),
        gender="Women",
        title="FOREVER 21 Women White Solid High-Rise Denim Shorts",
        category="Shorts",
        color="White",
    ),
    # Photo: black bodycon mini skirt, silver sequin camisole, black strappy heels, no jewellery.
    # Texts: VQA adapter.
    case(
        "X1574-044",
        wearing("a silver sequin top and a black skirt", who="she"),
        color_of("skirt", "black"),
        color_of("top", "silver"),
        describe(
            "skirt",
            "a black skirt with a silver top and black heels and a silver necklace and a silver bracelet and a silver"
            " ring and a",
            "cut",
            hit_limit=True,
        ),
        details("skirt", "it is a skirt", "restated"),
        is_a("skirt", "yes"),
        gender="Women",
        title="Berrylush Women Black Solid Bodycon Mini Skirt",
        category="Skirts",
        color="Black",
    ),
    # Photo: back view, mid-blue cropped slim jeans, black tee, white sneakers.
    # Texts: VQA adapter; the jeans get the tee's black.
    case(
        "X1574-045",
        wearing("she is wearing a black t-shirt and blue jeans", who="she"),
        color_of("jeans", "black", "other_garment_color"),
        color_of("t-shirt", "black"),
        is_a("pair of jeans", "yes"),
        details("jeans", "the jeans are cropped at the ankle"),
        gender="Women",
        title="Roadster Women Blue Slim Fit Mid-Rise Clean Look Cropped Jeans",
        category="Jeans",
        color="Blue",
    ),
]
