"""BLIND_1430 (45 products; Myntra women's western bottoms worn with tops, VQA adapter, each garment's color asked):
written blind in the sixty-fourth session. Measured blind at 9207eb7 (the session's fifth and final rules): 55/66
failures found (83.3%) and 12/176 correct texts flagged (6.8%). The writer's notes, verbatim:

Scenario: a Myntra women's western-wear feed of bottoms only (Jeans, Jeggings, Skirts, Palazzos, Leggings, Shorts),
shot the catalog's usual way: a model on a plain grey, white or beige backdrop wearing the product with a top (now and
then a jacket or a flannel over it), a few back views, a seated pose, props (a clutch, a handbag, a yoga mat, a water
bottle) and one flat lay with no top at all. The columns are the feed's own: title, category (Myntra's article type),
color (its base colour) and gender ("Women"); a few rows lack one of them, as real rows do.
Who wrote what: every text is from Salesforce/blip2-opt-2.7b with the VQA LoRA adapter
leoreigoto/Data3_V3_BLIP2_VQA, greedy, 30 new tokens, prompt "Question: ... Answer:", decoding stopped at a newline.
No captions: with the VQA adapter the caption prompt is not run (training on VQA alone broke captions). Each product
was asked what the person is wearing, the color of the product (named as its type: jeans, skirt, palazzos...) and of
every other garment in the shot (top, shirt, t-shirt, jacket...), the yes/no garment question, and, for most
products, the product's details, a description, the pattern, the garment type or the material. The adapter usually
answers in one or two words and stops, but it was trained without an end-of-answer token, so some answers run on to
the 30-token limit: loops, answers cut mid-list, and "Question: ... Answer:" leaking back in.
Labeling conventions and judgement calls: judged against the photo I imagined (the comment above each case) and the
title. A near color is right ("blue" for Navy Blue, "yellow" for Mustard, "purple" for Lavender, "white" for a
cream blouse, "green" for Olive); a different color family is wrong ("white" for Beige palazzos, "red" for navy
palazzos). A wrong color on the product that is another garment's color in the shot is other_garment_color; a
wrong color on the top (or jacket) that is the product's or another garment's color is contradiction, as is any
other wrong color, a "no" to the product's own yes/no question, and a wrong garment ("dress" for a palazzo co-ord,
"skirt" for wide palazzos, "cargo pants" for shorts). A color answer to a top that is not in the photo (flat lay) is
unsupported, like invented details (a slit, an elastic waist hidden under the shirt, a zipper on the unseen back)
and "leather" for faux leather. An empty answer, "yes" to a color question, "clothes" or "a woman" for what the
person wears, the view instead of the details, or only the garment's name back is non_answer; "the details of X
are the details of X" is restated. "he"/"a man" for these women models is pronoun. Runs to the token limit are
marked hit_limit and labeled by what went wrong first: a loop is loop, a list that is cut is cut, a "Question:"
coming back is leak. A "yes" to the garment question, a plain garment name to "What is the person wearing?" and the
answer "shorts" to that question on the flat lay are counted right.
"""

from tests.audit_corpus import BLIND_QUESTIONS, case, color_of, describe, details, is_a, wearing

OPEN = "open"

BLIND_1430 = [
    # Front view, grey backdrop: mid-blue skinny jeans, white crew-neck tee tucked in, white sneakers.
    # All texts: VQA adapter. All correct.
    case(
        "X1430-001",
        wearing("a white t-shirt and blue jeans"),
        color_of("jeans", "blue", kind=OPEN),
        color_of("t-shirt", "white", kind=OPEN),
        is_a("pair of jeans", "yes"),
        details("jeans", "skinny fit"),
        gender="Women",
        title="Roadster Women Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Front view, white backdrop: black wide-leg palazzos, mustard sleeveless top, black flat sandals.
    # VQA adapter: palazzos' color given the top's mustard; details loop.
    case(
        "X1430-002",
        wearing("pants"),
        color_of("palazzos", "mustard", "other_garment_color", kind=OPEN),
        color_of("top", "mustard", kind=OPEN),
        is_a("pair of palazzos", "yes"),
        details(
            "palazzos",
            "wide leg, wide leg, wide leg, wide leg, wide leg, wide leg, wide leg, wide leg, wide leg, wide leg",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="HERE&NOW Women Black Solid Flared Palazzos",
        category="Palazzos",
        color="Black",
    ),
    # Front view: pink A-line midi skirt with small white flowers, white sleeveless blouse tucked in, beige block
    # heels. No slit, plain hem. VQA adapter: the blouse given the skirt's pink; the details invent a slit and a
    # ruffle.
    case(
        "X1430-003",
        wearing("a white blouse and a pink floral skirt"),
        color_of("skirt", "pink", kind=OPEN),
        color_of("blouse", "pink", "contradiction", kind=OPEN),
        is_a("skirt", "yes"),
        BLIND_QUESTIONS.pattern("floral"),
        details("skirt", "the skirt has a slit on the side and a ruffled hem", "unsupported"),
        gender="Women",
        title="DressBerry Women Pink Floral Print A-Line Midi Skirt",
        category="Skirts",
        color="Pink",
    ),
    # Front view: navy cotton shorts with rolled hems, red-and-white horizontally striped tee. VQA adapter. Correct.
    case(
        "X1430-004",
        wearing("shorts"),
        color_of("shorts", "navy blue", kind=OPEN),
        color_of("t-shirt", "red and white striped", kind=OPEN),
        is_a("pair of shorts", "yes"),
        BLIND_QUESTIONS.garment_type("shorts"),
        gender="Women",
        title="Tokyo Talkies Women Navy Blue Solid Regular Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
    # Front view, white backdrop: black high-rise skinny jeans, white shirt knotted at the waist, black boots.
    # VQA adapter: black given to the white shirt too, in the wearing answer and in the shirt's color.
    case(
        "X1430-005",
        wearing("black jeans and a black shirt", "contradiction"),
        color_of("jeans", "black", kind=OPEN),
        color_of("shirt", "black", "contradiction", kind=OPEN),
        is_a("pair of jeans", "yes"),
        details("jeans", "high waisted"),
        gender="Women",
        title="Kraus Jeans Women Black Skinny Fit High-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Black",
    ),
    # Front view: olive straight palazzos, black crop top, black sandals. VQA adapter: "clothes"; "no" to its own
    # garment.
    case(
        "X1430-006",
        wearing("clothes", "non_answer"),
        color_of("palazzos", "green", kind=OPEN),
        color_of("crop top", "black", kind=OPEN),
        is_a("pair of palazzos", "no", "contradiction"),
        details("palazzos", "straight leg"),
        BLIND_QUESTIONS.garment_type("pants"),
        gender="Women",
        title="SASSAFRAS Women Olive Green Solid Straight Palazzos",
        category="Palazzos",
        color="Olive",
    ),
    # Front view: light-wash mom jeans with ripped knees, black fitted top, black sneakers. VQA adapter: the
    # description is cut at the limit.
    case(
        "X1430-007",
        wearing("ripped jeans and a black top"),
        color_of("jeans", "light blue", kind=OPEN),
        color_of("top", "black", kind=OPEN),
        is_a("pair of jeans", "yes"),
        details("jeans", "ripped knees"),
        describe(
            "jeans",
            "a pair of light blue mom jeans with ripped knees and a black top tucked in at the waist with a pair of"
            " black sneakers and a black",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="ONLY Women Blue Mom Fit High-Rise Highly Distressed Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Front view: maroon ankle-length leggings under a long grey tunic top that covers the hips.
    # VQA adapter: the leggings given the top's grey; the details only name the garment.
    case(
        "X1430-008",
        wearing("a grey top and maroon leggings"),
        color_of("leggings", "grey", "other_garment_color", kind=OPEN),
        color_of("top", "grey", kind=OPEN),
        is_a("pair of leggings", "yes"),
        details("leggings", "leggings", "non_answer"),
        gender="Women",
        title="Mast & Harbour Women Maroon Solid Ankle-Length Leggings",
        category="Leggings",
        color="Maroon",
    ),
    # Front view: white denim shorts with a frayed hem, light-blue chambray shirt knotted at the front.
    # VQA adapter: the wearing answer names the person; the shorts given the shirt's blue.
    case(
        "X1430-009",
        wearing("a woman", "non_answer"),
        color_of("shorts", "blue", "other_garment_color", kind=OPEN),
        color_of("shirt", "blue", kind=OPEN),
        is_a("pair of shorts", "yes"),
        details("shorts", "frayed hem"),
        BLIND_QUESTIONS.material("denim"),
        gender="Women",
        title="FOREVER 21 Women White Solid Denim Shorts",
        category="Shorts",
        color="White",
    ),
    # Front view: black knee-length pencil skirt, cream silk blouse tucked in, nude heels, a tan handbag on the arm.
    # The front shows no slit. VQA adapter: the description invents a back slit.
    case(
        "X1430-010",
        wearing("a white blouse and a black skirt"),
        color_of("skirt", "black", kind=OPEN),
        color_of("blouse", "white", kind=OPEN),
        is_a("skirt", "yes"),
        describe("skirt", "a black pencil skirt with a slit in the back", "unsupported"),
        gender="Women",
        title="AND Women Black Solid Pencil Skirt",
        category="Skirts",
        color="Black",
    ),
    # Front view: grey slim jeggings, pink hoodie, white sneakers. VQA adapter. Correct.
    case(
        "X1430-011",
        wearing("a pink hoodie and grey jeans"),
        color_of("jeggings", "grey", kind=OPEN),
        color_of("hoodie", "pink", kind=OPEN),
        is_a("pair of jeggings", "yes"),
        BLIND_QUESTIONS.garment_type("pants"),
        gender="Women",
        title="Roadster Women Grey Slim Fit Mid-Rise Jeggings",
        category="Jeggings",
        color="Grey",
    ),
    # Front view: mustard palazzos with a small white geometric print, white tank top. VQA adapter: color loop;
    # the tank top given the palazzos' yellow; the details restate the question.
    case(
        "X1430-012",
        wearing("a white tank top and yellow pants"),
        color_of(
            "palazzos",
            "yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow",
            "loop",
            kind=OPEN,
            hit_limit=True,
        ),
        color_of("tank top", "yellow", "contradiction", kind=OPEN),
        BLIND_QUESTIONS.pattern("printed"),
        is_a("pair of palazzos", "yes"),
        details("palazzos", "the palazzos have details on the palazzos", "restated"),
        gender="Women",
        title="HERE&NOW Women Mustard Yellow & White Printed Wide Leg Palazzos",
        category="Palazzos",
        color="Mustard",
    ),
    # Front view: mid-blue denim A-line mini skirt with a button front, black-and-white striped tee tucked in.
    # VQA adapter. Correct.
    case(
        "X1430-013",
        wearing("a striped shirt and a denim skirt"),
        color_of("skirt", "blue", kind=OPEN),
        color_of("t-shirt", "black and white", kind=OPEN),
        is_a("skirt", "yes"),
        details("skirt", "buttons down the front"),
        BLIND_QUESTIONS.material("denim"),
        gender="Women",
        title="Vero Moda Women Blue Denim A-Line Mini Skirt",
        category="Skirts",
        color="Blue",
    ),
    # Back view, beige backdrop: beige flared palazzos, black turtleneck top. VQA adapter: white for the beige
    # palazzos; the details talk about the view, not the garment.
    case(
        "X1430-014",
        wearing("a black top and beige pants"),
        color_of("palazzos", "white", "contradiction", kind=OPEN),
        color_of("top", "black", kind=OPEN),
        is_a("pair of palazzos", "yes"),
        details("palazzos", "the back of the pants", "non_answer"),
        gender="Women",
        title="SASSAFRAS Women Beige Solid Flared Palazzos",
        category="Palazzos",
        color="Beige",
    ),
    # Front view: black full-length leggings, white oversized shirt, white sneakers. No gender column.
    # VQA adapter: "he"; the details loop.
    case(
        "X1430-015",
        wearing("he is wearing black leggings and a white shirt", "pronoun"),
        color_of("leggings", "black", kind=OPEN),
        color_of("shirt", "white", kind=OPEN),
        is_a("pair of leggings", "yes"),
        details(
            "leggings",
            "the leggings are black and the shirt is white and the leggings are black and the shirt is white and the"
            " leggings are black and",
            "loop",
            hit_limit=True,
        ),
        title="Marks & Spencer Women Black Solid Full-Length Leggings",
        category="Leggings",
        color="Black",
    ),
    # Front view: dark indigo straight jeans, mustard knit sweater, brown boots. Button and zip fly hidden by the
    # sweater. VQA adapter: the sweater given the jeans' blue; the details loop.
    case(
        "X1430-016",
        wearing("jeans and a yellow sweater"),
        color_of("jeans", "blue", kind=OPEN),
        color_of("sweater", "blue", "contradiction", kind=OPEN),
        details(
            "jeans",
            "the jeans are straight leg and have a zipper fly and a button fly and a zipper fly and a button fly and a"
            " zipper fly and",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of jeans", "yes"),
        gender="Women",
        title="Kraus Jeans Women Navy Blue Straight Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Navy Blue",
    ),
    # Front view: red flared skater mini skirt, black tee with a small white graphic, tucked in.
    # VQA adapter: the tee's answer runs on into the prompt format; the description loops on the tee.
    case(
        "X1430-017",
        wearing("a black t-shirt and a red skirt"),
        color_of("skirt", "red", kind=OPEN),
        color_of(
            "t-shirt",
            "black Question: What is the color of the skirt? Answer: red Question: What is the color of the t-shirt?"
            " Answer: black",
            "leak",
            kind=OPEN,
            hit_limit=True,
        ),
        is_a("skirt", "yes"),
        BLIND_QUESTIONS.pattern("solid"),
        describe(
            "skirt",
            "a red skirt with a black t shirt and a black t shirt and a black t shirt and a black t shirt and a"
            " black t",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Tokyo Talkies Women Red Solid Flared Mini Skirt",
        category="Skirts",
        color="Red",
    ),
    # Front view, beige backdrop: off-white wide-leg palazzos with a matching off-white crop top (a co-ord look).
    # VQA adapter: called a dress twice; both whites are right.
    case(
        "X1430-018",
        wearing("a white dress", "contradiction"),
        color_of("palazzos", "white", kind=OPEN),
        color_of("top", "white", kind=OPEN),
        is_a("pair of palazzos", "yes"),
        BLIND_QUESTIONS.garment_type("dress", "contradiction"),
        gender="Women",
        title="DressBerry Women Off-White Solid Wide Leg Palazzos",
        category="Palazzos",
        color="Off White",
    ),
    # Gym pose with a water bottle: charcoal ankle leggings with a small white logo on the left thigh, fluorescent
    # green sports tee. VQA adapter: the leggings given the tee's green; the description loops on the logo.
    case(
        "X1430-019",
        wearing("a green shirt and black leggings"),
        color_of("leggings", "green", "other_garment_color", kind=OPEN),
        color_of("t-shirt", "green", kind=OPEN),
        is_a("pair of leggings", "yes"),
        details("leggings", "the leggings have a logo on the side"),
        describe(
            "leggings",
            "a pair of black leggings with a green shirt and a white logo on the side of the leggings and a white logo"
            " on the side of",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="HRX by Hrithik Roshan Women Charcoal Grey Solid Ankle-Length Training Leggings",
        category="Leggings",
        color="Charcoal",
    ),
    # Front view: black denim shorts with a frayed hem and small rips, white crop top, light-blue denim jacket open
    # over it. VQA adapter: the crop top given the jacket's blue.
    case(
        "X1430-020",
        wearing("a denim jacket and black shorts"),
        color_of("shorts", "black", kind=OPEN),
        color_of("crop top", "blue", "contradiction", kind=OPEN),
        color_of("jacket", "light blue", kind=OPEN),
        is_a("pair of shorts", "yes"),
        details("shorts", "distressed"),
        gender="Women",
        title="Roadster Women Black Washed Distressed Denim Shorts",
        category="Shorts",
        color="Black",
    ),
    # Front view: mid-blue wide-leg high-rise jeans, white ribbed tank top, brown leather belt.
    # VQA adapter: the wearing answer loops on the belt; nothing for the tank top.
    case(
        "X1430-021",
        wearing(
            "a white tank top and blue jeans with a brown belt and a brown belt and a brown belt and a brown belt and a"
            " brown belt and",
            "loop",
            hit_limit=True,
        ),
        color_of("jeans", "blue", kind=OPEN),
        color_of("tank top", "", "non_answer", kind=OPEN),
        is_a("pair of jeans", "yes"),
        details("jeans", "wide leg"),
        gender="Women",
        title="ONLY Women Blue Wide Leg High-Rise Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Flat lay on white: khaki cotton shorts with side pockets, no top and no person. The questionnaire still asks
    # for the top's color. VQA adapter: a white top that is not there (the backdrop's white).
    case(
        "X1430-022",
        wearing("shorts"),
        color_of("shorts", "khaki", kind=OPEN),
        color_of("top", "white", "unsupported", kind=OPEN),
        is_a("pair of shorts", "yes"),
        details("shorts", "pockets"),
        gender="Women",
        title="Mast & Harbour Women Khaki Solid Regular Fit Shorts",
        category="Shorts",
        color="Khaki",
    ),
    # Front view: emerald green satin pleated midi skirt, black long-sleeve bodysuit. VQA adapter: the bodysuit
    # given the skirt's green.
    case(
        "X1430-023",
        wearing("a black top and a green skirt"),
        color_of("skirt", "green", kind=OPEN),
        color_of("top", "green", "contradiction", kind=OPEN),
        is_a("skirt", "yes"),
        details("skirt", "pleated"),
        BLIND_QUESTIONS.material("satin"),
        gender="Women",
        title="AND Women Green Satin Finish Pleated Midi Skirt",
        category="Skirts",
        color="Green",
    ),
    # Front view: light grey skinny jeans, white shirt, white sneakers. VQA adapter: grey for the white shirt; the
    # description loops (there is no bag).
    case(
        "X1430-024",
        wearing("a white shirt and grey jeans"),
        color_of("jeans", "grey", kind=OPEN),
        color_of("shirt", "grey", "contradiction", kind=OPEN),
        is_a("pair of jeans", "yes"),
        describe(
            "jeans",
            "a pair of grey jeans with a white shirt and a pair of white sneakers and a white bag and a pair of white"
            " sneakers and a",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Kraus Jeans Women Grey Skinny Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Grey",
    ),
    # Front view: teal ankle leggings under a long white tunic top with small blue prints (leggings show below the
    # knee). VQA adapter: the prompt leaks into the wearing answer; "no" to its own garment.
    case(
        "X1430-025",
        wearing("Question: What is the person wearing? Answer: a white shirt and blue pants", "leak"),
        color_of("leggings", "turquoise", kind=OPEN),
        color_of("top", "white", kind=OPEN),
        is_a("pair of leggings", "no", "contradiction"),
        details("leggings", "ankle length"),
        gender="Women",
        title="HERE&NOW Women Teal Solid Ankle-Length Leggings",
        category="Leggings",
        color="Teal",
    ),
    # Front view: brown faux-leather mini skirt, cream chunky knit sweater tucked in, black tights.
    # VQA adapter: "leather" for faux leather; a back zipper the front view does not show.
    case(
        "X1430-026",
        wearing("a white sweater and a brown leather skirt"),
        color_of("skirt", "brown", kind=OPEN),
        color_of("sweater", "white", kind=OPEN),
        BLIND_QUESTIONS.material("leather", "unsupported"),
        is_a("skirt", "yes"),
        details("skirt", "the skirt has a zipper on the back", "unsupported"),
        gender="Women",
        title="FOREVER 21 Women Brown Solid Faux Leather A-Line Mini Skirt",
        category="Skirts",
        color="Brown",
    ),
    # Front view: black-and-white vertically striped palazzos, solid black fitted top. VQA adapter: the top given the
    # palazzos' stripes.
    case(
        "X1430-027",
        wearing("black and white striped pants and a black top"),
        color_of("palazzos", "black and white", kind=OPEN),
        color_of("top", "black and white", "contradiction", kind=OPEN),
        BLIND_QUESTIONS.pattern("striped"),
        is_a("pair of palazzos", "yes"),
        gender="Women",
        title="Tokyo Talkies Women Black & White Striped Wide Leg Palazzos",
        category="Palazzos",
        color="Black",
    ),
    # Back view: blue boyfriend jeans with rolled hems, grey melange sweatshirt, white sneakers; back pockets show.
    # VQA adapter: the jeans given the sweatshirt's grey; the description runs to the limit and is cut.
    case(
        "X1430-028",
        wearing("jeans"),
        color_of("jeans", "grey", "other_garment_color", kind=OPEN),
        color_of("sweatshirt", "grey", kind=OPEN),
        details("jeans", "back pockets"),
        is_a("pair of jeans", "yes"),
        describe(
            "jeans",
            "a pair of blue boyfriend jeans with a grey sweatshirt, the jeans are loose at the hips and tapered at the"
            " ankles with rolled up hems and a",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Roadster Women Blue Boyfriend Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Front view: peach linen-look shorts with a paperbag waist and a fabric belt, white tee with a small print.
    # VQA adapter: the shorts' answer is right, then the prompt format comes back.
    case(
        "X1430-029",
        wearing("a white t-shirt and pink shorts"),
        color_of(
            "shorts",
            "pink Question: What is the color of the t-shirt? Answer: white Question: What is the color of the"
            " shorts? Answer: pink",
            "leak",
            kind=OPEN,
            hit_limit=True,
        ),
        color_of("t-shirt", "white", kind=OPEN),
        details("shorts", "a belt"),
        is_a("pair of shorts", "yes"),
        gender="Women",
        title="DressBerry Women Peach-Coloured Solid Regular Shorts",
        category="Shorts",
        color="Peach",
    ),
    # Front view: navy flared palazzos, white shirt worn untucked over the waistband, a red clutch in hand.
    # VQA adapter: the palazzos given the clutch's red; the details invent an elastic waist the shirt hides.
    case(
        "X1430-030",
        wearing("a white shirt and blue pants"),
        color_of("palazzos", "red", "contradiction", kind=OPEN),
        color_of("shirt", "white", kind=OPEN),
        is_a("pair of palazzos", "yes"),
        details("palazzos", "elastic waist", "unsupported"),
        gender="Women",
        title="Marks & Spencer Women Navy Blue Solid Flared Palazzos",
        category="Palazzos",
        color="Navy Blue",
    ),
    # Standing on a yoga mat: black high-waist leggings, lavender sports top. VQA adapter: "yes" to the leggings'
    # color.
    case(
        "X1430-031",
        wearing("a purple top and black leggings"),
        color_of("leggings", "yes", "non_answer", kind=OPEN),
        color_of("top", "purple", kind=OPEN),
        is_a("pair of leggings", "yes"),
        details("leggings", "high waist"),
        gender="Women",
        title="Vero Moda Women Black Solid High-Rise Leggings",
        category="Leggings",
        color="Black",
    ),
    # Front view: white straight jeans with a white tee (an all-white look). VQA adapter. Correct: both whites are
    # right.
    case(
        "X1430-032",
        wearing("white jeans and a white shirt"),
        color_of("jeans", "white", kind=OPEN),
        color_of("t-shirt", "white", kind=OPEN),
        is_a("pair of jeans", "yes"),
        details("jeans", "straight leg"),
        gender="Women",
        title="ONLY Women White Straight Fit High-Rise Jeans",
        category="Jeans",
        color="White",
    ),
    # Front view: lavender pleated tennis mini skirt, white cropped tee. VQA adapter: the tee given the skirt's
    # purple.
    case(
        "X1430-033",
        wearing("a white t-shirt and a purple skirt"),
        color_of("skirt", "purple", kind=OPEN),
        color_of("t-shirt", "purple", "contradiction", kind=OPEN),
        is_a("skirt", "yes"),
        BLIND_QUESTIONS.pattern("solid"),
        gender="Women",
        title="SASSAFRAS Women Lavender Solid Pleated Mini Skirt",
        category="Skirts",
        color="Lavender",
    ),
    # Front view: olive cargo shorts with flap pockets on the sides, black tank top. VQA adapter: "a man"; the
    # garment type says pants.
    case(
        "X1430-034",
        wearing("a man in a black tank top and green shorts", "pronoun"),
        color_of("shorts", "green", kind=OPEN),
        color_of("tank top", "black", kind=OPEN),
        details("shorts", "pockets on the side"),
        is_a("pair of shorts", "yes"),
        BLIND_QUESTIONS.garment_type("cargo pants", "contradiction"),
        gender="Women",
        title="Roadster Women Olive Green Solid Cargo Shorts",
        category="Shorts",
        color="Olive",
    ),
    # Front view: cream palazzos with large pink and green flowers, solid pink top. Drawstring waist visible.
    # VQA adapter: the details loop.
    case(
        "X1430-035",
        wearing("a pink top and floral pants"),
        color_of("palazzos", "multicolor", kind=OPEN),
        color_of("top", "pink", kind=OPEN),
        BLIND_QUESTIONS.pattern("floral"),
        is_a("pair of palazzos", "yes"),
        details(
            "palazzos",
            "the pants have a drawstring waist and a drawstring waist and a drawstring waist and a drawstring waist"
            " and a drawstring",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="HERE&NOW Women Multicoloured Floral Printed Palazzos",
        category="Palazzos",
        color="Multi",
    ),
    # Front view: black skinny jeans, red-and-black checked flannel shirt open over a black tee.
    # VQA adapter: "he" in the details.
    case(
        "X1430-036",
        wearing("a red plaid shirt and black jeans"),
        color_of("jeans", "black", kind=OPEN),
        color_of("shirt", "red", kind=OPEN),
        color_of("t-shirt", "black", kind=OPEN),
        is_a("pair of jeans", "yes"),
        details("jeans", "he is wearing a pair of black jeans with a red shirt", "pronoun"),
        gender="Women",
        title="Kraus Jeans Women Black Skinny Fit Mid-Rise Stretchable Jeans",
        category="Jeans",
        color="Black",
    ),
    # Front view: rust satin palazzos, cream camisole. VQA adapter: a skirt for the wide palazzos; the description
    # only names the garment.
    case(
        "X1430-037",
        wearing("a white top and an orange skirt", "contradiction"),
        color_of("palazzos", "brown", kind=OPEN),
        color_of("top", "white", kind=OPEN),
        is_a("pair of palazzos", "yes"),
        describe("palazzos", "a pair of palazzos", "non_answer"),
        gender="Women",
        title="Mast & Harbour Women Rust Solid Satin Palazzos",
        category="Palazzos",
        color="Rust",
    ),
    # Front view: navy ankle leggings, long mustard-yellow tunic top. No gender column. VQA adapter: the leggings
    # given the top's yellow; the description loops.
    case(
        "X1430-038",
        wearing("a yellow top and blue leggings"),
        color_of("leggings", "yellow", "other_garment_color", kind=OPEN),
        color_of("top", "yellow", kind=OPEN),
        is_a("pair of leggings", "yes"),
        describe(
            "leggings",
            "the leggings are blue and the top is yellow and the leggings are blue and the top is yellow and the"
            " leggings are blue and the",
            "loop",
            hit_limit=True,
        ),
        title="Tokyo Talkies Women Navy Blue Solid Ankle-Length Leggings",
        category="Leggings",
        color="Navy Blue",
    ),
    # Front view: grey melange jersey lounge shorts with a white drawstring, white cropped tank. VQA adapter. Correct.
    case(
        "X1430-039",
        wearing("grey shorts and a white tank top"),
        color_of("shorts", "grey", kind=OPEN),
        color_of("tank top", "white", kind=OPEN),
        details("shorts", "drawstring"),
        is_a("pair of shorts", "yes"),
        BLIND_QUESTIONS.garment_type("shorts"),
        gender="Women",
        title="FOREVER 21 Women Grey Melange Solid Lounge Shorts",
        category="Shorts",
        color="Grey Melange",
    ),
    # Front view: black A-line midi skirt, grey tee knotted at the waist, white sneakers, a black shoulder bag and
    # sunglasses pushed up on the head. VQA adapter: the wearing answer is cut at the limit; the tee given the
    # skirt's black.
    case(
        "X1430-040",
        wearing(
            "a grey t-shirt and a black skirt with white sneakers and a black bag on her shoulder and a pair of"
            " sunglasses on her head and a",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "black", kind=OPEN),
        color_of("t-shirt", "black", "contradiction", kind=OPEN),
        is_a("skirt", "yes"),
        BLIND_QUESTIONS.pattern("solid"),
        gender="Women",
        title="AND Women Black Solid A-Line Midi Skirt",
        category="Skirts",
        color="Black",
    ),
    # Seated on a wooden stool: mid-blue flared jeans, white blouse with puff sleeves. VQA adapter: the jeans given
    # the blouse's white; "Answer:" leaks.
    case(
        "X1430-041",
        wearing("jeans"),
        color_of("jeans", "white", "other_garment_color", kind=OPEN),
        color_of("blouse", "Answer: white", "leak", kind=OPEN),
        is_a("pair of jeans", "yes"),
        details("jeans", "flared"),
        gender="Women",
        title="Roadster Women Blue Flared High-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Front view: beige and brown checked A-line mini skirt, black turtleneck sweater, black boots. VQA adapter.
    # Correct.
    case(
        "X1430-042",
        wearing("a black sweater and a plaid skirt"),
        color_of("skirt", "beige and brown", kind=OPEN),
        color_of("sweater", "black", kind=OPEN),
        BLIND_QUESTIONS.pattern("checked"),
        is_a("skirt", "yes"),
        gender="Women",
        title="SASSAFRAS Women Beige & Brown Checked A-Line Mini Skirt",
        category="Skirts",
        color="Beige",
    ),
    # Front view: white ankle leggings, long black tunic top. VQA adapter: the leggings given the top's black;
    # empty details.
    case(
        "X1430-043",
        wearing("black top and white leggings"),
        color_of("leggings", "black", "other_garment_color", kind=OPEN),
        color_of("top", "black", kind=OPEN),
        is_a("pair of leggings", "yes"),
        details("leggings", "", "non_answer"),
        gender="Women",
        title="Marks & Spencer Women White Solid Ankle-Length Leggings",
        category="Leggings",
        color="White",
    ),
    # Front view: mid-blue mom jeans, light-blue denim jacket open over a white tee (double denim). VQA adapter:
    # the tee given the denim's blue; the details run on to the jacket and are cut.
    case(
        "X1430-044",
        wearing("a denim jacket and jeans"),
        color_of("jeans", "blue", kind=OPEN),
        color_of("jacket", "blue", kind=OPEN),
        color_of("t-shirt", "blue", "contradiction", kind=OPEN),
        is_a("pair of jeans", "yes"),
        details(
            "jeans",
            "the jeans have a high waist and a button fly and the jacket has a collar and a button front and a pocket"
            " on the chest and a",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="ONLY Women Blue Mom Fit High-Rise Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Front view: maroon flared palazzos, black fitted top. No color column. VQA adapter: the top given the
    # palazzos' maroon; the details restate the question.
    case(
        "X1430-045",
        wearing("a black top and maroon pants"),
        color_of("palazzos", "maroon", kind=OPEN),
        color_of("top", "maroon", "contradiction", kind=OPEN),
        is_a("pair of palazzos", "yes"),
        details("palazzos", "the details of the palazzos are the details of the palazzos", "restated"),
        gender="Women",
        title="DressBerry Women Maroon Solid Flared Palazzos",
        category="Palazzos",
    ),
]
