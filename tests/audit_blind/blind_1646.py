"""BLIND_1646 (45 products; Myntra women's bottoms with tops, VQA adapter, per-garment colors): written blind in the
sixty-seventh session. Measured blind at 0f3a531 (the session's first rules): 56/64 failures found (87.5%) and 6/176
correct texts flagged (3.4%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's western bottoms (jeans, jeggings, skirts, palazzos, leggings, shorts). Most photos
are the usual studio shots: a model on a plain light backdrop wearing the product with a top (now and then a shirt,
jacket or sweater over it), shoes, sometimes a handbag, hat or tote held as a prop. Three are flat lays with no top in
the frame, three are back views. Catalog columns as the feed gives them: title, category (Myntra article type),
color (base colour), gender; a few rows lack one of them.
Who wrote what: every text is from BLIP-2 OPT-2.7b with the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA), free
generation, greedy, 30 new tokens, prompt `Question: ... Answer:`. This run has no caption step (the VQA adapter's
captions are broken), so there are no captions. The questionnaire asks what the person (sometimes "she") is wearing,
the color of each garment visible in the photo by name (the bottom by its category word, then the top, jacket,
shirt...), and a few of: "Is this a ...?", details, describe, type, pattern, material. Most answers come out short
(after a short In-shop style answer the adapter mostly emits padding, which decoding drops), but it never learned a
terminator, so some answers loop or run to the limit, and a few run on into the prompt format.
Labeling conventions and judgement calls: judged against the imagined photo and the title. Near hues are accepted
(olive -> "green", rust -> "orange", teal -> "green", lavender -> "purple", cream -> "white", beige chinos ->
"khaki", leopard blouse -> "brown"); navy read as "black" is marked contradiction (the seller says navy and the
photo shows navy). The bottom given the top's or jacket's color, or the top given the bottom's, is
other_garment_color; a garment given the color of a held bag is contradiction. A top's color answered for a flat lay
with no top is unsupported, as are details not visible or not true in the photo (drawstring on chinos, back zip seen
from the front, side slit that is not there) and a material the photo cannot show and the title does not say.
"leather" for a faux-leather skirt is contradiction (the title says faux). A wide palazzo called a skirt or dress,
or "no" to "Is this a palazzo / pair of leggings?" for the product, is contradiction. "they are short(s)" and empty
answers are non_answer; answers that only echo the question's words are restated. A loop or cut that ran to 30
tokens is marked hit_limit; an answer that regenerates "Question:/Answer:" is leak even when it also repeats.
Same colors for two garments are left unmarked when the photo really has them (double denim, all-white outfit).
About a quarter of the texts are wrong: most color and yes/no answers are short and right; the adapter's worst habit
here is one color for two garments, then loops on the open questions.
"""

from tests.audit_corpus import BLIND_QUESTIONS, case, color_of, describe, details, is_a, material, wearing

BLIND_1646 = [
    # Front shot: white round-neck tee tucked into mid-blue skinny jeans, white sneakers. All VQA adapter, all right.
    case(
        "X1646-001",
        wearing("a white t-shirt and blue jeans"),
        color_of("jeans", "blue", kind="open"),
        color_of("t-shirt", "white", kind="open"),
        is_a("pair of jeans", "yes"),
        details("jeans", "the jeans have a button closure and pockets"),
        gender="Women",
        title="Roadster Women Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Front shot: black flared mini skirt, white cropped shirt, black ankle boots. VQA adapter: the shirt gets the
    # skirt's black; a back zip is claimed that a front shot cannot show.
    case(
        "X1646-002",
        wearing("a white shirt and a black skirt"),
        color_of("skirt", "black", kind="open"),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        is_a("skirt", "yes"),
        details("skirt", "it has a zipper at the back and a flared hem", "unsupported"),
        gender="Women",
        title="HERE&NOW Women Black Solid Flared Mini Skirt",
        category="Skirts",
        color="Black",
    ),
    # Front shot: olive green flared palazzos, black ribbed crop top, tan flats. VQA adapter: says "no" to the
    # palazzo question (In-shop has no palazzo class); details echoes the question.
    case(
        "X1646-003",
        wearing("a black top and green pants"),
        color_of("palazzos", "green", kind="open"),
        color_of("top", "black", kind="open"),
        is_a("palazzo", "no", "contradiction"),
        BLIND_QUESTIONS.garment_type("pants"),
        details("palazzos", "the palazzos are palazzos", "restated"),
        gender="Women",
        title="SASSAFRAS Women Olive Green Solid Flared Palazzos",
        category="Palazzos",
        color="Olive",
    ),
    # Front shot: light-blue skinny jeans with knee rips, grey melange tee, white sneakers. VQA adapter: the details
    # answer loops on "ripped" to the limit.
    case(
        "X1646-004",
        wearing("a grey t-shirt and ripped jeans"),
        color_of("jeans", "blue", kind="open"),
        color_of("t-shirt", "grey", kind="open"),
        details(
            "jeans",
            "ripped ripped ripped ripped ripped ripped ripped ripped ripped ripped ripped ripped ripped ripped ripped"
            " ripped ripped ripped ripped ripped ripped ripped ripped ripped ripped ripped ripped ripped ripped",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of jeans", "yes"),
        gender="Women",
        title="Levis Women Blue 711 Skinny Fit Mid-Rise Mildly Distressed Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Front shot: black ankle-length leggings under a long white cotton tunic top, white sneakers. VQA adapter, all
    # right.
    case(
        "X1646-005",
        wearing("a white shirt and black leggings"),
        color_of("leggings", "black", kind="open"),
        color_of("top", "white", kind="open"),
        is_a("pair of leggings", "yes"),
        gender="Women",
        title="Go Colors Women Black Solid Ankle-Length Leggings",
        category="Leggings",
        color="Black",
    ),
    # Front shot: dark navy denim shorts, yellow-and-white striped tee, white sneakers. VQA adapter: the shorts get
    # the tee's yellow; the details answer says nothing.
    case(
        "X1646-006",
        wearing("a yellow and white striped shirt and blue shorts"),
        color_of("shorts", "yellow", "other_garment_color", kind="open"),
        color_of("t-shirt", "yellow", kind="open"),
        details("shorts", "they are short", "non_answer"),
        is_a("pair of shorts", "yes"),
        material("denim"),
        gender="Women",
        title="ONLY Women Navy Blue Solid Denim Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
    # Front shot: mustard pleated midi skirt, black fitted tee tucked in, model holds a tan leather handbag. VQA
    # adapter: the skirt gets the bag's brown; describe loops to the limit.
    case(
        "X1646-007",
        wearing("a black top and a yellow skirt"),
        color_of("skirt", "brown", "contradiction", kind="open"),
        color_of("top", "black", kind="open"),
        describe(
            "skirt",
            "a pleated skirt with a pleated skirt with a pleated skirt with a pleated skirt with a pleated skirt with"
            " a pleated skirt with a",
            "loop",
            hit_limit=True,
        ),
        BLIND_QUESTIONS.pattern("solid"),
        gender="Women",
        title="DressBerry Women Mustard Yellow Solid Accordion Pleated Midi Skirt",
        category="Skirts",
        color="Mustard",
    ),
    # Front shot: grey straight-fit jeans, white shirt, open black blazer, black loafers. VQA adapter: the jeans get
    # the blazer's black; details lists on and is cut at the limit.
    case(
        "X1646-008",
        wearing("a black jacket, a white shirt and grey jeans"),
        color_of("jeans", "black", "other_garment_color", kind="open"),
        color_of("shirt", "white", kind="open"),
        color_of("jacket", "black", kind="open"),
        is_a("pair of jeans", "yes"),
        details(
            "jeans",
            "the jeans are straight fit with a button closure, belt loops, two front pockets, two back pockets, a coin"
            " pocket and a zip fly and a",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Mast & Harbour Women Grey Straight Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Grey",
    ),
    # Front shot: red flared skirt with small white flowers, white crop top, tan sandals. VQA adapter: the top gets
    # the skirt's red; details runs on, inventing a lining, and is cut at the limit.
    case(
        "X1646-009",
        wearing("a white top and a red floral skirt"),
        color_of("skirt", "red", kind="open"),
        color_of("top", "red", "other_garment_color", kind="open"),
        BLIND_QUESTIONS.pattern("floral"),
        is_a("skirt", "yes"),
        details(
            "skirt",
            "the skirt has a floral print, a flared hem and an elasticated waistband with a tie-up detail at the"
            " front, the skirt is lined and has a",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Tokyo Talkies Women Red & White Floral Print Flared Skirt",
        category="Skirts",
        color="Red",
    ),
    # Flat lay: black skinny jeans folded on a white board, no top, no person. VQA adapter: a top's color is
    # invented; details comes back empty.
    case(
        "X1646-010",
        wearing("a pair of black jeans"),
        color_of("jeans", "black", kind="open"),
        color_of("top", "white", "unsupported", kind="open"),
        is_a("pair of jeans", "yes"),
        details("jeans", "", "non_answer"),
        gender="Women",
        title="Kraus Jeans Women Black Skinny Fit High-Rise Stretchable Jeans",
        category="Jeans",
        color="Black",
    ),
    # Front shot: navy straight palazzos, white sleeveless top, silver sandals. VQA adapter: "he" for a woman; the
    # rest right (navy read as blue).
    case(
        "X1646-011",
        wearing("he is wearing a white shirt and blue pants", "pronoun", who="she"),
        color_of("palazzos", "blue", kind="open"),
        color_of("top", "white", kind="open"),
        is_a("palazzo", "yes"),
        BLIND_QUESTIONS.garment_type("pants"),
        gender="Women",
        title="W Women Navy Blue Solid Straight Palazzos",
        category="Palazzos",
        color="Navy Blue",
    ),
    # Front shot: beige chino shorts with belt loops and a button, navy-and-white striped tee. VQA adapter: a
    # drawstring that is not there.
    case(
        "X1646-012",
        wearing("a blue and white striped shirt and khaki shorts"),
        color_of("shorts", "khaki", kind="open"),
        color_of("shirt", "blue", kind="open"),
        details("shorts", "the shorts have a drawstring waist", "unsupported"),
        is_a("pair of shorts", "yes"),
        gender="Women",
        title="Marks & Spencer Women Beige Solid Chino Shorts",
        category="Shorts",
        color="Beige",
    ),
    # Front shot: pink pencil skirt, black tank top, black handbag on the shoulder, nude heels. VQA adapter, all
    # right.
    case(
        "X1646-013",
        wearing("a black top and a pink skirt"),
        color_of("skirt", "pink", kind="open"),
        color_of("top", "black", kind="open"),
        is_a("skirt", "yes"),
        describe("skirt", "a pink pencil skirt"),
        gender="Women",
        title="StyleStone Women Pink Solid Pencil Skirt",
        category="Skirts",
        color="Pink",
    ),
    # Front shot: maroon leggings under a long grey melange sweatshirt, white sneakers. VQA adapter: "no" to the
    # leggings question; details loops on the word.
    case(
        "X1646-014",
        wearing("a grey sweatshirt and red leggings"),
        color_of("leggings", "burgundy", kind="open"),
        color_of("sweatshirt", "grey", kind="open"),
        is_a("pair of leggings", "no", "contradiction"),
        details(
            "leggings",
            "leggings leggings leggings leggings leggings leggings leggings leggings leggings leggings leggings"
            " leggings leggings leggings leggings leggings leggings leggings leggings leggings leggings leggings"
            " leggings leggings leggings leggings leggings leggings leggings leggings",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="De Moza Women Maroon Solid Ankle-Length Leggings",
        category="Leggings",
        color="Maroon",
    ),
    # Front shot: white wide-leg palazzos with a white lace top, all-white look, gold flats. VQA adapter: reads the
    # outfit as a dress twice; both white answers are right.
    case(
        "X1646-015",
        wearing("a white dress", "contradiction"),
        color_of("palazzos", "white", kind="open"),
        color_of("top", "white", kind="open"),
        is_a("palazzo", "yes"),
        BLIND_QUESTIONS.garment_type("dress", "contradiction"),
        gender="Women",
        title="FabAlley Women White Solid Wide Leg Palazzos",
        category="Palazzos",
        color="White",
    ),
    # Front shot: light-wash mom jeans, black graphic tee tucked in, white sneakers. VQA adapter: details loops on
    # "high waist"; the rest right.
    case(
        "X1646-016",
        wearing("a black t-shirt with a graphic print and blue jeans"),
        color_of("jeans", "blue", kind="open"),
        color_of("t-shirt", "black", kind="open"),
        details(
            "jeans",
            "high waist, high waist, high waist, high waist, high waist, high waist, high waist, high waist, high"
            " waist, high waist,",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of jeans", "yes"),
        describe("jeans", "blue jeans"),
        gender="Women",
        title="Roadster Women Blue Mom Fit High-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Front shot: black frayed denim shorts, white tank top, red checked shirt tied at the waist, white sneakers, a
    # black watch. VQA adapter: the shorts get the shirt's red; wearing is cut at the limit.
    case(
        "X1646-017",
        wearing(
            "a white tank top, a red plaid shirt tied around the waist, black denim shorts with a frayed hem, white"
            " sneakers, a black watch and a silver",
            "cut",
            hit_limit=True,
        ),
        color_of("shorts", "red", "other_garment_color", kind="open"),
        color_of("tank top", "white", kind="open"),
        color_of("shirt", "red", kind="open"),
        details("shorts", "frayed hem"),
        is_a("pair of shorts", "yes"),
        gender="Women",
        title="HERE&NOW Women Black Solid Denim Shorts with Raw Hem",
        category="Shorts",
        color="Black",
    ),
    # Back view: khaki A-line mini skirt with a visible back zip, white tee. VQA adapter: the yes/no answer loops.
    case(
        "X1646-018",
        wearing("a white t-shirt and a tan skirt"),
        color_of("skirt", "tan", kind="open"),
        color_of("t-shirt", "white", kind="open"),
        details("skirt", "the skirt has a zip at the back"),
        is_a(
            "skirt",
            "yes it is a skirt it is a skirt it is a skirt it is a skirt it is a skirt it is a skirt it is a",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Vero Moda Women Khaki Solid A-Line Mini Skirt",
        category="Skirts",
        color="Khaki",
    ),
    # Front shot: black-and-white vertical striped palazzos, black crop top, black sandals. VQA adapter: the top gets
    # the palazzos' two colors; details loops.
    case(
        "X1646-019",
        wearing("a black top and black and white striped pants"),
        color_of("palazzos", "black and white", kind="open"),
        color_of("top", "black and white", "other_garment_color", kind="open"),
        BLIND_QUESTIONS.pattern("striped"),
        is_a("palazzo", "yes"),
        details(
            "palazzos",
            "stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes"
            " stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Harpa Women Black & White Striped Wide Leg Palazzos",
        category="Palazzos",
        color="Black",
    ),
    # Front shot: mid-blue bootcut jeans, pink ruffled top, tan block heels. VQA adapter: the top gets the
    # jeans' blue; describe regenerates the prompt format.
    case(
        "X1646-020",
        wearing("a pink top and blue jeans", who="she"),
        color_of("jeans", "blue", kind="open"),
        color_of("top", "blue", "other_garment_color", kind="open"),
        details("jeans", "the jeans are bootcut"),
        describe("jeans", "blue jeans Question: What is the color of the jeans? Answer: blue", "leak"),
        gender="Women",
        title="SHOWOFF Women Blue Bootcut Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Front shot: grey melange leggings, black racerback tank top, grey sneakers. VQA adapter: the tank gets the
    # leggings' grey; a material the photo cannot show.
    case(
        "X1646-021",
        wearing("a black tank top and grey leggings"),
        color_of("leggings", "grey", kind="open"),
        color_of("tank top", "grey", "other_garment_color", kind="open"),
        is_a("pair of leggings", "yes"),
        material("cotton", "unsupported"),
        gender="Women",
        title="Go Colors Women Grey Melange Solid Ankle-Length Leggings",
        category="Leggings",
        color="Grey Melange",
    ),
    # Front shot: dark denim A-line skirt with a button front, white shirt tucked in, brown belt. VQA adapter, all
    # right ("denim" is an In-shop class).
    case(
        "X1646-022",
        wearing("a white shirt and a denim skirt"),
        color_of("skirt", "blue", kind="open"),
        color_of("shirt", "white", kind="open"),
        details("skirt", "buttons down the front"),
        is_a("skirt", "yes"),
        BLIND_QUESTIONS.garment_type("denim"),
        gender="Women",
        title="Levis Women Navy Blue Solid A-Line Denim Skirt",
        category="Skirts",
        color="Navy Blue",
    ),
    # Front shot: mid-blue boyfriend jeans with rolled hems, white tee, open olive shirt-jacket, white sneakers,
    # sunglasses on the head. VQA adapter: wearing lists on and is cut at the limit.
    case(
        "X1646-023",
        wearing(
            "a white t-shirt, a green jacket, blue jeans, white sneakers, sunglasses, a watch, a necklace, a"
            " bracelet, a ring, a belt, a bag, a hat, a",
            "cut",
            hit_limit=True,
        ),
        color_of("jeans", "blue", kind="open"),
        color_of("t-shirt", "white", kind="open"),
        color_of("jacket", "green", kind="open"),
        is_a("pair of jeans", "yes"),
        gender="Women",
        title="Kraus Jeans Women Blue Boyfriend Fit Mid-Rise Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Front shot: rust flared palazzos, beige knitted top, tan sandals. The feed row has no color. VQA adapter: the
    # type answer calls the wide palazzos a skirt; details only echoes the question.
    case(
        "X1646-024",
        wearing("a beige top and orange pants"),
        color_of("palazzos", "orange", kind="open"),
        color_of("top", "beige", kind="open"),
        BLIND_QUESTIONS.garment_type("skirt", "contradiction"),
        is_a("palazzo", "yes"),
        details("palazzos", "the palazzos details are the details of the palazzos", "restated"),
        gender="Women",
        title="Trends Women Rust Solid Flared Palazzos",
        category="Palazzos",
    ),
    # Front shot: black faux-leather mini skirt, white cable-knit sweater, black boots. VQA adapter: "leather" where
    # the title says faux; details loops on a zipper it cannot see.
    case(
        "X1646-025",
        wearing("a white sweater and a black leather skirt"),
        color_of("skirt", "black", kind="open"),
        color_of("sweater", "white", kind="open"),
        material("leather", "contradiction"),
        is_a("skirt", "yes"),
        details(
            "skirt",
            "the skirt has a zipper at the back and a zipper at the back and a zipper at the back and a zipper at the"
            " back and a",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="ONLY Women Black Solid Faux Leather A-Line Mini Skirt",
        category="Skirts",
        color="Black",
    ),
    # Back view: black slim-fit jeans showing back pockets and the leather patch, grey tee. VQA adapter: the tee
    # gets the jeans' black.
    case(
        "X1646-026",
        wearing("a grey t-shirt and black jeans"),
        color_of("jeans", "black", kind="open"),
        color_of("t-shirt", "black", "other_garment_color", kind="open"),
        details("jeans", "two back pockets and a brand patch"),
        is_a("pair of jeans", "yes"),
        gender="Women",
        title="Roadster Women Black Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Black",
    ),
    # Front shot: pink cotton shorts with slant pockets, white tee, white sneakers. VQA adapter: "a man" for a woman;
    # the tee gets the shorts' pink.
    case(
        "X1646-027",
        wearing("a man wearing a white t-shirt and pink shorts", "pronoun", who="she"),
        color_of("shorts", "pink", kind="open"),
        color_of("t-shirt", "pink", "other_garment_color", kind="open"),
        details("shorts", "pockets"),
        is_a("pair of shorts", "yes"),
        gender="Women",
        title="Mast & Harbour Women Pink Solid Regular Fit Shorts",
        category="Shorts",
        color="Pink",
    ),
    # Front shot: brown ribbed flared leggings, cream crop top, white sneakers. VQA adapter: "no" to leggings and the
    # ribbing read as stripes.
    case(
        "X1646-028",
        wearing("a white crop top and brown pants"),
        color_of("leggings", "brown", kind="open"),
        color_of("top", "white", kind="open"),
        is_a("pair of leggings", "no", "contradiction"),
        BLIND_QUESTIONS.pattern("striped", "contradiction"),
        details("leggings", "ribbed flared"),
        gender="Women",
        title="SASSAFRAS Women Brown Ribbed Flared Leggings",
        category="Leggings",
        color="Brown",
    ),
    # Front shot: blue slim jeans with a light-blue chambray shirt, white sneakers: both garments really blue. VQA
    # adapter: the jeans' color loops.
    case(
        "X1646-029",
        wearing("a blue shirt and blue jeans"),
        color_of(
            "jeans",
            "blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("shirt", "blue", kind="open"),
        is_a("pair of jeans", "yes"),
        gender="Women",
        title="Levis Women Blue 312 Shaping Slim Fit Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Front shot: green floral tiered maxi skirt, white camisole, model holds a straw hat. VQA adapter: details
    # loops on "a ruffle hem".
    case(
        "X1646-030",
        wearing("a white top and a green floral skirt and a hat"),
        color_of("skirt", "green", kind="open"),
        color_of("top", "white", kind="open"),
        BLIND_QUESTIONS.pattern("floral"),
        describe("skirt", "a long skirt with a floral print and ruffles"),
        details(
            "skirt",
            "the skirt has a floral print and a ruffle hem and a ruffle hem and a ruffle hem and a ruffle hem and a"
            " ruffle hem and a",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="DressBerry Women Green Floral Printed Tiered Maxi Skirt",
        category="Skirts",
        color="Green",
    ),
    # Front shot: light-blue wide-leg jeans, black bodysuit, black heels. The feed row has no gender. VQA adapter:
    # the jeans get the bodysuit's black.
    case(
        "X1646-031",
        wearing("a black top and blue jeans"),
        color_of("jeans", "black", "other_garment_color", kind="open"),
        color_of("top", "black", kind="open"),
        is_a("pair of jeans", "yes"),
        details("jeans", "wide leg"),
        title="HERE&NOW Women Blue Wide Leg High-Rise Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Front shot: lavender paperbag-waist shorts with a self belt, white shirt, white sandals. VQA adapter: describe
    # only gives the garment word back.
    case(
        "X1646-032",
        wearing("a white shirt and purple shorts"),
        color_of("shorts", "purple", kind="open"),
        color_of("shirt", "white", kind="open"),
        details("shorts", "paper bag waist with a belt"),
        describe("shorts", "the shorts", "restated"),
        BLIND_QUESTIONS.garment_type("shorts"),
        gender="Women",
        title="FabAlley Women Lavender Solid High-Rise Paperbag Shorts",
        category="Shorts",
        color="Lavender",
    ),
    # Flat lay: black high-waist leggings laid out on grey, no top, no person. VQA adapter: "nothing" for wearing; a
    # top's color invented.
    case(
        "X1646-033",
        wearing("nothing", "non_answer"),
        color_of("leggings", "black", kind="open"),
        color_of("top", "black", "unsupported", kind="open"),
        is_a("pair of leggings", "yes"),
        gender="Women",
        title="Marks & Spencer Women Black Solid High Waist Leggings",
        category="Leggings",
        color="Black",
    ),
    # Front shot: mid-blue straight jeans, light-blue denim jacket, white tee under it. VQA adapter: the tee gets the
    # denim's blue (jeans and jacket both blue is right); the yes/no answer regenerates the prompt.
    case(
        "X1646-034",
        wearing("a denim jacket and jeans"),
        color_of("jeans", "blue", kind="open"),
        color_of("jacket", "blue", kind="open"),
        color_of("t-shirt", "blue", "other_garment_color", kind="open"),
        details("jeans", "straight leg"),
        is_a(
            "pair of jeans",
            "yes Question: Is this a pair of jeans? Answer: yes Question: Is this a pair of jeans? Answer: yes",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Vero Moda Women Blue Straight Fit High-Rise Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Front shot: black pleated palazzos, leopard print blouse, black heels. VQA adapter: the blouse's print given as
    # the product's pattern.
    case(
        "X1646-035",
        wearing("a leopard print blouse and black pants"),
        color_of("palazzos", "black", kind="open"),
        color_of("blouse", "brown", kind="open"),
        BLIND_QUESTIONS.pattern("animal print", "contradiction"),
        is_a("palazzo", "yes"),
        details("palazzos", "pleats at the front"),
        gender="Women",
        title="SASSAFRAS Women Black Solid Pleated Palazzos",
        category="Palazzos",
        color="Black",
    ),
    # Front shot: blue denim A-line mini skirt with front pockets, black tee tucked in. VQA adapter: wearing runs
    # into the next prompt; the tee gets the skirt's blue.
    case(
        "X1646-036",
        wearing("a black t-shirt and a denim skirt Question: What is the color of the skirt? Answer: blue", "leak"),
        color_of("skirt", "blue", kind="open"),
        color_of("t-shirt", "blue", "other_garment_color", kind="open"),
        is_a("skirt", "yes"),
        details("skirt", "front pockets"),
        gender="Women",
        title="Roadster Women Blue Denim A-Line Mini Skirt",
        category="Skirts",
        color="Blue",
    ),
    # Front shot: blue denim shorts, white bralette top under an open pink shirt. VQA adapter: the top gets the
    # shirt's pink; details says nothing.
    case(
        "X1646-037",
        wearing("a pink shirt, a white top and blue shorts"),
        color_of("shorts", "blue", kind="open"),
        color_of("shirt", "pink", kind="open"),
        color_of("top", "pink", "other_garment_color", kind="open"),
        details("shorts", "they are shorts", "non_answer"),
        gender="Women",
        title="Levis Women Blue Solid High-Rise Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Front shot: teal wide palazzos, white top with small embroidery at the neck, tan flats. VQA adapter: the top
    # gets the palazzos' green (teal read as green is right for the palazzos).
    case(
        "X1646-038",
        wearing("a white top and green pants"),
        color_of("palazzos", "green", kind="open"),
        color_of("top", "green", "other_garment_color", kind="open"),
        describe("palazzos", "wide leg pants"),
        BLIND_QUESTIONS.garment_type("pants"),
        gender="Women",
        title="W Women Teal Blue Solid Wide Leg Palazzos",
        category="Palazzos",
        color="Teal",
    ),
    # Front shot: mid-blue skinny jeans with a whiskered front, white blouse, nude heels. VQA adapter: the color
    # answer describes washes that are not there and is cut at the limit.
    case(
        "X1646-039",
        wearing("a white blouse and blue jeans"),
        color_of(
            "jeans",
            "blue with a light wash on the thighs and a dark wash on the back and a light wash on the front and a"
            " light wash on",
            "cut",
            kind="open",
            hit_limit=True,
        ),
        color_of("blouse", "white", kind="open"),
        is_a("pair of jeans", "yes"),
        details("jeans", "skinny"),
        gender="Women",
        title="Mast & Harbour Women Blue Skinny Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Front shot: grey skinny jeggings, maroon fitted top tucked in, black flats. VQA adapter: the jeggings get the
    # top's maroon; "yes" to jeans is fair for jeggings.
    case(
        "X1646-040",
        wearing("a maroon top and grey jeans"),
        color_of("jeggings", "maroon", "other_garment_color", kind="open"),
        color_of("top", "maroon", kind="open"),
        is_a("pair of jeans", "yes"),
        details("jeggings", "elastic waist"),
        gender="Women",
        title="Kraus Jeans Women Grey Skinny Fit Mid-Rise Jeggings",
        category="Jeggings",
        color="Grey",
    ),
    # Front shot: yellow-and-black checked mini skirt, black turtleneck, black tights and boots. VQA adapter: a side
    # slit the skirt does not have; describe loops.
    case(
        "X1646-041",
        wearing("a black sweater and a yellow plaid skirt"),
        color_of("skirt", "yellow", kind="open"),
        color_of("sweater", "black", kind="open"),
        BLIND_QUESTIONS.pattern("plaid"),
        details("skirt", "the skirt has a slit on the side", "unsupported"),
        is_a("skirt", "yes"),
        describe(
            "skirt",
            "a yellow and black plaid skirt with a yellow and black plaid skirt with a yellow and black plaid",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Berrylush Women Yellow & Black Checked A-Line Mini Skirt",
        category="Skirts",
        color="Yellow",
    ),
    # Front shot: white denim shorts with a frayed hem, blue-and-white striped shirt knotted at the waist. VQA
    # adapter, all right.
    case(
        "X1646-042",
        wearing("a blue and white striped shirt and white shorts"),
        color_of("shorts", "white", kind="open"),
        color_of("shirt", "blue and white", kind="open"),
        is_a("pair of shorts", "yes"),
        describe("shorts", "white denim shorts with a frayed hem"),
        material("denim"),
        gender="Women",
        title="ONLY Women White Solid Denim Shorts",
        category="Shorts",
        color="White",
    ),
    # Front shot: olive cargo shorts, black tank top, model holds a white canvas tote. The feed row has no category.
    # VQA adapter: the shorts get the tote's white.
    case(
        "X1646-043",
        wearing("a black tank top, green shorts and a white bag"),
        color_of("shorts", "white", "contradiction", kind="open"),
        color_of("tank top", "black", kind="open"),
        details("shorts", "pockets on the side"),
        is_a("pair of shorts", "yes"),
        gender="Women",
        title="Roadster Women Olive Green Solid Cargo Shorts",
        color="Olive",
    ),
    # Back view: navy leggings, white loose tee, white sneakers. VQA adapter: navy read as black;
    # details loops on a logo.
    case(
        "X1646-044",
        wearing("she is wearing a white top and blue leggings", who="she"),
        color_of("leggings", "black", "contradiction", kind="open"),
        color_of("top", "white", kind="open"),
        is_a("pair of leggings", "yes"),
        details(
            "leggings",
            "the leggings are navy blue and have an elastic waist and a logo on the back and a logo on the back and a"
            " logo on",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Marks & Spencer Women Navy Blue Solid Leggings",
        category="Leggings",
        color="Navy Blue",
    ),
    # Front shot: blue flared jeans, white eyelet top, gold sandals. VQA adapter: wearing regenerates the prompt
    # and its own answer to the limit; the top gets the jeans' blue.
    case(
        "X1646-045",
        wearing(
            "a white top and blue jeans Question: What is she wearing? Answer: a white top and blue jeans Question:"
            " What is she",
            "leak",
            who="she",
            hit_limit=True,
        ),
        color_of("jeans", "blue", kind="open"),
        color_of("top", "blue", "other_garment_color", kind="open"),
        is_a("pair of jeans", "yes"),
        details("jeans", "flared"),
        gender="Women",
        title="Mast & Harbour Women Blue Flared High-Rise Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
]
