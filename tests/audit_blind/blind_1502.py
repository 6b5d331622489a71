"""BLIND_1502 (45 products; Myntra women's western bottoms, VQA adapter, colors): written blind in the sixty-fifth
session. Measured blind at 71dbb3c (the session's sixth rules): 69/73 failures found (94.5%) and 3/176 correct texts
flagged (1.7%). The writer's notes, verbatim:

Scenario: a Myntra women's western bottoms feed (Jeans, Skirts, Palazzos, Leggings, Shorts, one Jeggings) shot the
catalog's usual way: a model on a plain grey, beige or white backdrop wearing the product with a top (tee, shirt,
crop top, tank, blouse, sweater), now and then a back view, a flat lay with no top at all, a model seated on a stool
or holding a handbag. Catalog columns as the feed has them: title, category (Myntra article type), color (base
colour), gender "Women"; a few rows miss gender, color or category. Every product is asked what the person (or the
woman) is wearing, the color of the bottom and the color of the top by name, and a few of: "Is this a pair of
...?", garment type, pattern, material, the bottom's details, the garment's color.
Who wrote what: every text comes from BLIP-2 OPT-2.7b with the VQA adapter leoreigoto/Data3_V3_BLIP2_VQA, greedy,
prompt "Question: ... Answer:", 30 new tokens. The system does not caption (the VQA adapter's captions are broken),
so there is no caption text. Open answers (wearing, color of a named garment, details, material) are free
generation and keep whatever the adapter ran on into: because the adapter never learned to stop, many run to the
30-token limit as loops, as a new "Question: ... Answer:" turn, or as a sentence cut off. Closed answers (garment
type, pattern, the garment's color, "Is this ...?") are short words.
Labeling conventions and judgement calls: the product is the bottom; its truth is the photo and the title, and the
seller color is right unless the photo says otherwise. A bottom's color answered with the top's color (or the color
the top answer gives) is other_garment_color; the top's color answered with the bottom's color, or a bottom's color
taken from a prop (a handbag), is contradiction; a plain wrong color, pattern or garment kind for what the photo
shows is contradiction too (the pattern question answered "striped" for plain jeans under a striped top). A color of
a top that is not in the photo (flat lays) is unsupported, as are invented details (rips, embroidery, a belt) and a
material the title rules out ("leather" for a PU skirt, "silk" for crepe). Close hue names are right: navy as blue,
teal, cream as white, olive as green, khaki or camel as brown or beige, lavender as purple, peach as pink, charcoal
as grey. "jeans" for the jeggings and "pants" for palazzos are right. A text that runs on past a correct answer into
a new Question/Answer turn is leak even if the first word is right; one that repeats a phrase to the limit is loop;
one that runs on without repeating and stops mid-phrase is cut. "They are leggings" for the leggings' details says
nothing: non_answer; "the skirt is a skirt" is restated. "He"/"his" for a woman is pronoun. Partial answers
("shorts" for what the person wears, "a white t-shirt" when the tee hides the shorts) are left unmarked. About
three in ten texts are marked.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import case, color_of, details, is_a, wearing

BLIND_1502 = [
    # 001 truth: front view, mid-blue skinny jeans (clean look, no rips), white crew tee tucked in, white sneakers,
    # grey backdrop. All texts: VQA adapter. The details answer invents rips.
    case(
        "X1502-001",
        wearing("a white t-shirt and blue jeans"),
        color_of("jeans", "blue", kind="open"),
        color_of("t-shirt", "white", kind="open"),
        is_a("pair of jeans", "yes"),
        Q.garment_type("jeans"),
        details("jeans", "ripped at the knees", "unsupported"),
        gender="Women",
        title="Roadster Women Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # 002 truth: black knife-pleated midi skirt, mustard ribbed half-sleeve top tucked in, beige backdrop. VQA
    # adapter: top answered with the skirt's black; details loop.
    case(
        "X1502-002",
        wearing("a black skirt and a yellow top"),
        color_of("skirt", "black", kind="open"),
        color_of("top", "black", "contradiction", kind="open"),
        is_a("skirt", "yes"),
        Q.pattern("solid"),
        details(
            "skirt",
            "pleated pleated pleated pleated pleated pleated pleated pleated pleated pleated pleated pleated pleated "
            "pleated pleated pleated pleated pleated pleated pleated pleated pleated pleated pleated pleated pleated",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="SASSAFRAS Women Black Solid Accordion Pleated Midi Skirt",
        category="Skirts",
        color="Black",
    ),
    # 003 truth: off-white flared palazzos with a small blue block print, navy sleeveless top, white backdrop. VQA
    # adapter: "no" to palazzos (a word the VQA data never had); the wearing answer runs into a new question.
    case(
        "X1502-003",
        wearing(
            "a blue top and white pants Question: What is the color of the pants? Answer: white Question: What is "
            "the color",
            "leak",
            hit_limit=True,
        ),
        color_of("pants", "white", kind="open"),
        color_of("top", "blue", kind="open"),
        is_a("pair of palazzos", "no", "contradiction"),
        Q.pattern("floral"),
        Q.garment_type("pants"),
        gender="Women",
        title="W Women Off-White & Blue Printed Flared Palazzos",
        category="Palazzos",
        color="Off White",
    ),
    # 004 truth: side view, black ankle-length leggings, grey longline tee over the hips, white backdrop. VQA adapter:
    # "he", and a loop on the details.
    case(
        "X1502-004",
        wearing("he is wearing a grey shirt and black leggings", "pronoun"),
        color_of("leggings", "black", kind="open"),
        color_of("t-shirt", "grey", kind="open"),
        is_a("pair of leggings", "yes"),
        details(
            "leggings",
            "black leggings black leggings black leggings black leggings black leggings black leggings black "
            "leggings black leggings black leggings black leggings",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Go Colors Women Black Solid Ankle-Length Leggings",
        category="Leggings",
        color="Black",
    ),
    # 005 truth: light-blue washed denim shorts with a frayed hem, white crop top, grey backdrop. VQA adapter: the
    # shorts get the top's white; the top's (right) white runs into a new question.
    case(
        "X1502-005",
        wearing("shorts"),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        color_of(
            "top",
            "white Question: What is the color of the shorts? Answer: white Question: What is the color of the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        Q.garment_type("shorts"),
        is_a("pair of shorts", "yes"),
        details("shorts", "frayed hem"),
        gender="Women",
        title="Roadster Women Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # 006 truth: back view, black skinny jeans with the red tab on the back pocket, olive shirt, white backdrop. VQA
    # adapter: the jeans' color loops to the limit.
    case(
        "X1502-006",
        wearing("black jeans"),
        color_of(
            "jeans",
            "black black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("shirt", "green", kind="open"),
        is_a("pair of jeans", "yes"),
        Q.garment_type("denim"),
        details("jeans", "the back pocket has a red tab"),
        gender="Women",
        title="Levis Women Black 711 Skinny Fit Mid-Rise Jeans",
        category="Jeans",
        color="Black",
    ),
    # 007 truth: navy wrap midi skirt with pink and yellow flowers, white puff-sleeve blouse tucked in, beige
    # backdrop. VQA adapter: the skirt gets the blouse's white; the wearing answer loops.
    case(
        "X1502-007",
        wearing(
            "a white blouse and a floral skirt and a white blouse and a floral skirt and a white blouse and a floral "
            "skirt "
            "and a",
            "loop",
            hit_limit=True,
        ),
        color_of("skirt", "white", "other_garment_color", kind="open"),
        color_of("blouse", "white", kind="open"),
        Q.pattern("floral"),
        is_a("skirt", "yes"),
        gender="Women",
        title="Berrylush Women Navy Blue & Pink Floral Print Wrap Midi Skirt",
        category="Skirts",
        color="Navy Blue",
    ),
    # 008 truth: black solid rayon palazzos, black-and-white printed crop top, grey backdrop. VQA adapter: the
    # details loop on "wide legs".
    case(
        "X1502-008",
        wearing("a black and white top and black pants"),
        color_of("pants", "black", kind="open"),
        color_of("top", "black and white", kind="open"),
        Q.garment_type("pants"),
        Q.material("rayon"),
        details(
            "pants",
            "wide legs wide legs wide legs wide legs wide legs wide legs wide legs wide legs wide legs wide legs wide "
            "legs wide legs wide legs wide legs wide",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Tokyo Talkies Women Black Solid Viscose Rayon Wide Leg Palazzos",
        category="Palazzos",
        color="Black",
    ),
    # 009 truth: navy leggings under a long white cotton shirt, front view, grey backdrop. VQA adapter: leggings get
    # the shirt's white; the details give only the word back.
    case(
        "X1502-009",
        wearing("a white shirt and blue leggings", who="the woman"),
        color_of("leggings", "white", "other_garment_color", kind="open"),
        color_of("shirt", "white", kind="open"),
        is_a("pair of leggings", "yes"),
        Q.garment_type("leggings"),
        details("leggings", "leggings", "non_answer"),
        gender="Women",
        title="De Moza Women Navy Blue Solid Ankle-Length Leggings",
        category="Leggings",
        color="Navy Blue",
    ),
    # 010 truth: black high-rise paperbag-waist shorts with a self-fabric tie belt, pink cami top tucked in, white
    # backdrop. VQA adapter: the wearing answer and the details loop.
    case(
        "X1502-010",
        wearing(
            "black shorts and a pink top and black shorts and a pink top and black shorts and a pink top and black "
            "shorts "
            "and a pink top",
            "loop",
            hit_limit=True,
        ),
        color_of("shorts", "black", kind="open"),
        color_of("top", "pink", kind="open"),
        details(
            "shorts",
            "the shorts have a belt and a paperbag waist and a belt and a paperbag waist and a belt and a paperbag "
            "waist and a belt and a",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of shorts", "yes"),
        Q.pattern("solid"),
        gender="Women",
        title="SASSAFRAS Women Black Solid High-Rise Paperbag Shorts with Belt",
        category="Shorts",
        color="Black",
    ),
    # 011 truth: flat lay on white, light-blue high-rise mom jeans alone, no top in the photo. VQA adapter: it gives
    # a top that is not there a color.
    case(
        "X1502-011",
        wearing("blue jeans"),
        color_of("jeans", "light blue", kind="open"),
        color_of("top", "white", "unsupported", kind="open"),
        is_a("pair of jeans", "yes"),
        details("jeans", "high waist and a tapered leg"),
        gender="Women",
        title="DOLCE CRUDO Women Blue Mom Fit High-Rise Jeans",
        category="Jeans",
        color="Blue",
    ),
    # 012 truth: camel-beige A-line mini skirt, black tee tucked in, white backdrop. VQA adapter: the tee's color
    # runs on into a new question.
    case(
        "X1502-012",
        wearing("a black shirt and a beige skirt"),
        color_of("skirt", "khaki", kind="open"),
        color_of(
            "t-shirt",
            "black Question: What is the color of the skirt? Answer: beige Question: What is the color of the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        Q.garment_type("skirt"),
        is_a("skirt", "yes"),
        gender="Women",
        title="Harpa Women Beige Solid A-Line Mini Skirt",
        category="Skirts",
        color="Beige",
    ),
    # 013 truth: maroon crepe palazzos, black round-neck top, beige backdrop. VQA adapter: the top gets the maroon;
    # material "silk" where the title says crepe.
    case(
        "X1502-013",
        wearing("a black top and maroon pants"),
        color_of("pants", "maroon", kind="open"),
        color_of("top", "maroon", "contradiction", kind="open"),
        is_a("pair of palazzos", "yes"),
        Q.garment_type("pants"),
        Q.material("silk", "unsupported"),
        gender="Women",
        title="Global Desi Women Maroon Solid Crepe Palazzos",
        category="Palazzos",
        color="Maroon",
    ),
    # 014 truth: grey melange training leggings with a mesh panel down each side, black sports bra, running pose,
    # white backdrop. VQA adapter: all right.
    case(
        "X1502-014",
        wearing("a black sports bra and grey leggings"),
        color_of("leggings", "grey", kind="open"),
        color_of("sports bra", "black", kind="open"),
        is_a("pair of leggings", "yes"),
        details("leggings", "mesh panels on the side"),
        gender="Women",
        title="HRX by Hrithik Roshan Women Grey Melange Rapid-Dry Training Leggings with Mesh Panels",
        category="Leggings",
        color="Grey Melange",
    ),
    # 015 truth: olive cargo shorts with two flap pockets, drawstring waist, rolled hem, white tank top, grey
    # backdrop. VQA adapter: "he"; the details run on and are cut.
    case(
        "X1502-015",
        wearing("he is wearing a white tank top and green shorts", "pronoun"),
        color_of("shorts", "green", kind="open"),
        color_of("tank top", "white", kind="open"),
        details(
            "shorts",
            "the shorts have two large flap pockets on the sides and a drawstring waist and the hem is rolled up so "
            "that you can see the",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("shorts"),
        is_a("pair of shorts", "yes"),
        gender="Women",
        title="Roadster Women Olive Green Solid Cargo Shorts",
        category="Shorts",
        color="Olive",
    ),
    # 016 truth: dark-navy straight jeans, white Breton top with navy stripes, white backdrop. VQA adapter: the
    # pattern question answered with the top's stripes; the jeans' (right) color runs into a new question.
    case(
        "X1502-016",
        wearing("a striped shirt and blue jeans"),
        color_of(
            "jeans",
            "dark blue Question: What is the color of the shirt? Answer: white Question: What is the color of the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        color_of("shirt", "white", kind="open"),
        Q.pattern("striped", "contradiction"),
        is_a("pair of jeans", "yes"),
        gender="Women",
        title="Mango Women Navy Blue Straight Fit High-Rise Jeans",
        category="Jeans",
        color="Navy Blue",
    ),
    # 017 truth: red satin slip midi skirt, black fitted long-sleeve top, grey backdrop. VQA adapter: details say
    # the skirt is a skirt; the wearing answer runs on (shoes, a bag that is not there) and is cut.
    case(
        "X1502-017",
        wearing(
            "a red skirt and a black top with long sleeves and a pair of black shoes and a black bag on her shoulder "
            "and "
            "a black",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "red", kind="open"),
        color_of("top", "black", kind="open"),
        Q.material("satin"),
        is_a("skirt", "yes"),
        details("skirt", "the skirt is a skirt", "restated"),
        gender="Women",
        title="Athena Women Red Solid Satin Midi Slip Skirt",
        category="Skirts",
        color="Red",
    ),
    # 018 truth: mustard palazzos, white short-sleeve top, beige backdrop (no gender column). VQA adapter: the top
    # gets the mustard; the details give only the color.
    case(
        "X1502-018",
        wearing("she is wearing a white top and yellow pants"),
        color_of("pants", "yellow", kind="open"),
        color_of("top", "yellow", "contradiction", kind="open"),
        Q.garment_type("pants"),
        Q.pattern("solid"),
        details("pants", "the pants are yellow", "non_answer"),
        title="Libas Women Mustard Yellow Solid Flared Palazzos",
        category="Palazzos",
        color="Mustard",
    ),
    # 019 truth: maroon ankle leggings, white tunic top with a small maroon floral print, grey backdrop. VQA adapter:
    # "no" to leggings; the wearing answer runs into a new question.
    case(
        "X1502-019",
        wearing(
            "a white top and red leggings Question: What is the color of the leggings? Answer: red Question: What is",
            "leak",
            hit_limit=True,
        ),
        color_of("leggings", "maroon", kind="open"),
        color_of("top", "white", kind="open"),
        is_a("pair of leggings", "no", "contradiction"),
        Q.garment_type("leggings"),
        gender="Women",
        title="Jockey Women Maroon Solid Ankle-Length Leggings",
        category="Leggings",
        color="Maroon",
    ),
    # 020 truth: pink pure-cotton lounge shorts with drawstring, grey tee, white backdrop. VQA adapter: the shorts'
    # color loops; the details run on and are cut.
    case(
        "X1502-020",
        wearing("a grey t-shirt and pink shorts"),
        color_of(
            "shorts",
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink "
            "pink pink pink pink pink pink pink pink pink",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("t-shirt", "grey", kind="open"),
        is_a("pair of shorts", "yes"),
        Q.material("cotton"),
        details(
            "shorts",
            "the shorts have a drawstring waist and side pockets and they are made of a soft cotton fabric that is "
            "comfortable for lounging and",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Kryptic Women Pink Pure Cotton Lounge Shorts",
        category="Shorts",
        color="Pink",
    ),
    # 021 truth: mid-blue boyfriend jeans, ripped at both knees, rolled hems, black tank top, grey backdrop. VQA
    # adapter: all right (the rips are real here).
    case(
        "X1502-021",
        wearing("a black top and ripped jeans"),
        color_of("jeans", "blue", kind="open"),
        color_of("top", "black", kind="open"),
        details("jeans", "ripped at the knees and the hem is rolled up"),
        is_a("pair of jeans", "yes"),
        Q.garment_type("jeans"),
        gender="Women",
        title="Roadster Women Blue Boyfriend Fit Mid-Rise Highly Distressed Jeans",
        category="Jeans",
        color="Blue",
    ),
    # 022 truth: olive utility mini skirt, button front with two patch pockets, white shirt with rolled sleeves
    # tucked in, beige backdrop. VQA adapter: the shirt gets the olive; details loop.
    case(
        "X1502-022",
        wearing("a white shirt and a green skirt"),
        color_of("skirt", "green", kind="open"),
        color_of("shirt", "green", "contradiction", kind="open"),
        is_a("skirt", "yes"),
        details(
            "skirt",
            "the skirt has buttons down the front and two pockets on the front and buttons down the front and two "
            "pockets on the front and buttons",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Tokyo Talkies Women Olive Green Solid Utility Mini A-Line Skirt",
        category="Skirts",
        color="Olive",
    ),
    # 023 truth: black-and-white vertical striped palazzos with elastic waist, black top, white backdrop. VQA
    # adapter: all right.
    case(
        "X1502-023",
        wearing("a black top and striped pants"),
        color_of("pants", "black and white", kind="open"),
        color_of("top", "black", kind="open"),
        Q.pattern("striped"),
        is_a("pair of palazzos", "yes"),
        details("pants", "wide legs and an elastic waist"),
        gender="Women",
        title="Sera Women Black & White Striped Wide Leg Palazzos",
        category="Palazzos",
        color="Black",
    ),
    # 024 truth: flat lay, one pair of black leggings folded on white, no top and no person (no color column). VQA
    # adapter: a black top that is not there; the details give only the color.
    case(
        "X1502-024",
        wearing("leggings"),
        color_of("leggings", "black", kind="open"),
        color_of("top", "black", "unsupported", kind="open"),
        is_a("pair of leggings", "yes"),
        details("leggings", "black", "non_answer"),
        gender="Women",
        title="Marks & Spencer Women Black Solid Cotton Rich Leggings",
        category="Leggings",
    ),
    # 025 truth: white denim shorts, navy-and-white striped boat-neck top, grey backdrop. VQA adapter: the shorts get
    # the top's blue; pattern answered with the top's stripes.
    case(
        "X1502-025",
        wearing("a blue and white striped shirt and white shorts"),
        color_of("shorts", "blue", "other_garment_color", kind="open"),
        color_of("top", "blue", kind="open"),
        Q.pattern("striped", "contradiction"),
        Q.garment_type("shorts"),
        gender="Women",
        title="ONLY Women White Solid Regular Fit Denim Shorts",
        category="Shorts",
        color="White",
    ),
    # 026 truth: black skinny jeans, white shirt, white backdrop. VQA adapter: one grey for both
    # garments (the base model's habit kept by the adapter); the details loop.
    case(
        "X1502-026",
        wearing("a white shirt and black jeans"),
        color_of("jeans", "grey", "contradiction", kind="open"),
        color_of("shirt", "grey", "contradiction", kind="open"),
        is_a("pair of jeans", "yes"),
        details(
            "jeans",
            "skinny skinny skinny skinny skinny skinny skinny skinny skinny skinny skinny skinny skinny skinny skinny "
            "skinny skinny skinny skinny skinny skinny skinny skinny skinny skinny skinny skinny skinny skinny skinny",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Kotty Women Black Skinny Fit High-Rise Stretchable Jeans",
        category="Jeans",
        color="Black",
    ),
    # 027 truth: mid-blue denim A-line mini skirt with a button front, yellow puff-sleeve top, white backdrop. VQA
    # adapter: all right.
    case(
        "X1502-027",
        wearing("a yellow top and a denim skirt"),
        color_of("skirt", "blue", kind="open"),
        color_of("top", "yellow", kind="open"),
        Q.garment_type("skirt"),
        details("skirt", "buttons down the front"),
        Q.material("denim"),
        gender="Women",
        title="Roadster Women Blue Denim A-Line Button-Front Mini Skirt",
        category="Skirts",
        color="Blue",
    ),
    # 028 truth: teal wide-leg palazzos with elastic waist, white top, white sneakers, grey backdrop. VQA adapter:
    # details run on about the outfit and are cut.
    case(
        "X1502-028",
        wearing("a white shirt and green pants"),
        color_of("pants", "teal", kind="open"),
        color_of("top", "white", kind="open"),
        Q.garment_type("trousers"),
        details(
            "pants",
            "the pants are wide legged and flowy with an elastic waist and they are paired with a white top and a pair "
            "of white sneakers and a",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="AURELIA Women Teal Solid Wide Leg Palazzos",
        category="Palazzos",
        color="Teal",
    ),
    # 029 truth: white cotton-lycra leggings, pink tunic top to mid-thigh, grey backdrop. VQA adapter: the leggings
    # get the tunic's pink; the tunic's (right) pink runs into a new question.
    case(
        "X1502-029",
        wearing("a pink top and white leggings"),
        color_of("leggings", "pink", "other_garment_color", kind="open"),
        color_of(
            "top",
            "pink Question: What is the color of the leggings? Answer: pink Question: What is the color of the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        is_a("pair of leggings", "yes"),
        Q.material("cotton"),
        gender="Women",
        title="Lux Lyra Women White Solid Cotton Lycra Ankle-Length Leggings",
        category="Leggings",
        color="White",
    ),
    # 030 truth: black biker shorts almost hidden under an oversized white tee (an inch of black shows), white
    # backdrop. VQA adapter: sees only the tee.
    case(
        "X1502-030",
        wearing("a white t-shirt"),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        color_of("t-shirt", "white", kind="open"),
        is_a("pair of shorts", "no", "contradiction"),
        Q.garment_type("t-shirt", "contradiction"),
        gender="Women",
        title="Blissclub Women Black Solid High-Rise Biker Shorts",
        category="Shorts",
        color="Black",
    ),
    # 031 truth: back view, mid-blue straight jeans with plain back pockets, pink top, grey backdrop. VQA adapter:
    # the jeans' color runs into a new question; the details invent embroidery.
    case(
        "X1502-031",
        wearing("blue jeans and a pink top"),
        color_of(
            "jeans",
            "blue Question: What is the color of the jeans? Answer: blue Question: What is the color of the jeans? "
            "Answer:",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        color_of("top", "pink", kind="open"),
        details("jeans", "the back pockets have embroidery", "unsupported"),
        is_a("pair of jeans", "yes"),
        gender="Women",
        title="H&M Women Blue Straight High Jeans",
        category="Jeans",
        color="Blue",
    ),
    # 032 truth: peach tiered maxi skirt, white crop top, beige backdrop. VQA adapter: details loop on "tiered".
    case(
        "X1502-032",
        wearing("a white top and a pink skirt"),
        color_of("skirt", "pink", kind="open"),
        color_of("top", "white", kind="open"),
        is_a("skirt", "yes"),
        Q.pattern("solid"),
        details(
            "skirt",
            "tiered tiered tiered tiered tiered tiered tiered tiered tiered tiered tiered tiered tiered tiered tiered "
            "tiered tiered tiered tiered tiered tiered tiered tiered tiered tiered tiered tiered tiered tiered tiered",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Berrylush Women Peach-Coloured Solid Tiered Maxi Skirt",
        category="Skirts",
        color="Peach",
    ),
    # 033 truth: navy-and-white geometric print palazzos, black sleeveless top, white backdrop. VQA adapter: the
    # palazzos get the top's black; the details say the pants are printed pants.
    case(
        "X1502-033",
        wearing("a black top and printed pants"),
        color_of("pants", "black", "other_garment_color", kind="open"),
        color_of("top", "black", kind="open"),
        Q.pattern("geometric"),
        Q.garment_type("pants"),
        details("pants", "the pants are printed pants", "restated"),
        gender="Women",
        title="Vishudh Women Navy Blue & White Geometric Printed Palazzos",
        category="Palazzos",
        color="Navy Blue",
    ),
    # 034 truth: olive ankle leggings, white shirt knotted at the waist, grey backdrop. VQA adapter: "he"; the
    # leggings' (right) color runs into a new question.
    case(
        "X1502-034",
        wearing("he is wearing a white shirt and green pants", "pronoun"),
        color_of(
            "leggings",
            "green Question: Is this a pair of leggings? Answer: yes Question: Is this a pair of leggings? Answer: yes",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        color_of("shirt", "white", kind="open"),
        is_a("pair of leggings", "yes"),
        Q.garment_type("leggings"),
        gender="Women",
        title="Go Colors Women Olive Green Solid Ankle-Length Leggings",
        category="Leggings",
        color="Olive",
    ),
    # 035 truth: mid-blue denim shorts with frayed hems, lavender crop tee, white backdrop. VQA adapter: details
    # loop; the wearing answer runs into a new question.
    case(
        "X1502-035",
        wearing(
            "a purple top and blue shorts Question: What is the color of the top? Answer: purple Question: What is the",
            "leak",
            hit_limit=True,
        ),
        color_of("shorts", "blue", kind="open"),
        color_of("top", "purple", kind="open"),
        details(
            "shorts",
            "the shorts have a frayed hem and a frayed hem and a frayed hem and a frayed hem and a frayed hem and a "
            "frayed hem and a",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of shorts", "yes"),
        gender="Women",
        title="Tokyo Talkies Women Blue Denim Shorts with Frayed Hem",
        category="Shorts",
        color="Blue",
    ),
    # 036 truth: white wide-leg high-rise jeans, black bodysuit, grey backdrop. VQA adapter: all right.
    case(
        "X1502-036",
        wearing("a black top and white jeans"),
        color_of("jeans", "white", kind="open"),
        color_of("top", "black", kind="open"),
        is_a("pair of jeans", "yes"),
        Q.material("denim"),
        details("jeans", "wide leg with a high waist"),
        gender="Women",
        title="SASSAFRAS Women White Wide Leg High-Rise Jeans",
        category="Jeans",
        color="White",
    ),
    # 037 truth: brown PU (faux leather) A-line mini skirt, cream knit sweater, beige backdrop. VQA adapter:
    # "leather" where the title says PU; the sweater's (right) color runs into a new question.
    case(
        "X1502-037",
        wearing("a white sweater and a brown skirt"),
        color_of("skirt", "brown", kind="open"),
        color_of(
            "sweater",
            "white Question: What is the color of the skirt? Answer: brown Question: What is the color of the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        Q.material("leather", "unsupported"),
        is_a("skirt", "yes"),
        gender="Women",
        title="Trendyol Women Brown Solid PU A-Line Mini Skirt",
        category="Skirts",
        color="Brown",
    ),
    # 038 truth: navy palazzos with a drawstring waist, white top, back view half turned, grey backdrop. VQA
    # adapter: the top's (right) color runs into a new question.
    case(
        "X1502-038",
        wearing("a white top and blue pants"),
        color_of("pants", "blue", kind="open"),
        color_of(
            "top",
            "white Question: What is the color of the pants? Answer: blue Question: What is the color of the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        Q.garment_type("pants"),
        is_a("pair of palazzos", "yes"),
        details("pants", "drawstring at the waist"),
        gender="Women",
        title="Anouk Women Navy Blue Solid Flared Palazzos with Drawstring",
        category="Palazzos",
        color="Navy Blue",
    ),
    # 039 truth: black leggings, red peplum top, white backdrop. VQA adapter: the leggings get the top's red; the
    # details say only that they are leggings.
    case(
        "X1502-039",
        wearing("a red top and black leggings"),
        color_of("leggings", "red", "other_garment_color", kind="open"),
        color_of("top", "red", kind="open"),
        is_a("pair of leggings", "yes"),
        details("leggings", "they are leggings", "non_answer"),
        gender="Women",
        title="Twin Birds Women Black Solid Ankle-Length Leggings",
        category="Leggings",
        color="Black",
    ),
    # 040 truth: khaki chino shorts with belt loops (no belt), black tee, model seated on a wooden stool, white
    # backdrop. VQA adapter: invents a belt; the wearing answer runs on about the pose and is cut.
    case(
        "X1502-040",
        wearing(
            "a black shirt and khaki shorts and she is sitting on a wooden stool with her legs crossed and her hands "
            "on "
            "her knees and her",
            "cut",
            hit_limit=True,
        ),
        color_of("shorts", "brown", kind="open"),
        color_of("t-shirt", "black", kind="open"),
        is_a("pair of shorts", "yes"),
        Q.garment_type("shorts"),
        details("shorts", "the shorts have a belt", "unsupported"),
        gender="Women",
        title="Marks & Spencer Women Khaki Solid Chino Shorts",
        category="Shorts",
        color="Khaki",
    ),
    # 041 truth: mid-blue slim jeans, white blouse, model holding a red handbag at the hip, grey backdrop (no gender
    # column). VQA adapter: the jeans get the handbag's red; the details loop on jeans and bag.
    case(
        "X1502-041",
        wearing("a white top and blue jeans and a red bag"),
        color_of("jeans", "red", "contradiction", kind="open"),
        color_of("blouse", "white", kind="open"),
        is_a("pair of jeans", "yes"),
        Q.color("blue"),
        details(
            "jeans",
            "the jeans are blue and the bag is red and the jeans are blue and the bag is red and the jeans are blue "
            "and the",
            "loop",
            hit_limit=True,
        ),
        title="Wrogn Women Blue Slim Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
    ),
    # 042 truth: green floral midi skirt (green ground, small white flowers), black tee, white backdrop. VQA adapter:
    # the details loop.
    case(
        "X1502-042",
        wearing("a black shirt and a green skirt"),
        color_of("skirt", "green", kind="open"),
        color_of("t-shirt", "black", kind="open"),
        Q.pattern("floral"),
        is_a("skirt", "yes"),
        details(
            "skirt",
            "the skirt is green with a floral print and a ruffle hem and a floral print and a ruffle hem and a floral "
            "print and a ruffle",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="FOREVER 21 Women Green Floral Print Midi Skirt with Ruffle Hem",
        category="Skirts",
        color="Green",
    ),
    # 043 truth: beige linen palazzos, white linen shirt, white backdrop. VQA adapter: beige read as the shirt's
    # white in two answers.
    case(
        "X1502-043",
        wearing("a white shirt and white pants", "contradiction"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        color_of("shirt", "white", kind="open"),
        Q.material("linen"),
        is_a("pair of palazzos", "yes"),
        gender="Women",
        title="Marks & Spencer Women Beige Pure Linen Wide Leg Palazzos",
        category="Palazzos",
        color="Beige",
    ),
    # 044 truth: blue denim-look jeggings, white tee, white backdrop (no category column). VQA adapter: "he"; the
    # details run on and are cut.
    case(
        "X1502-044",
        wearing("he is wearing a white t-shirt and blue jeans", "pronoun"),
        color_of("leggings", "blue", kind="open"),
        color_of("t-shirt", "white", kind="open"),
        Q.garment_type("jeans"),
        Q.material("cotton"),
        details(
            "leggings",
            "they look like jeans but they are leggings and they are very stretchy and comfortable to wear and they "
            "are",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Kraus Jeans Women Blue Skinny Fit Stretchable Jeggings",
        color="Blue",
    ),
    # 045 truth: red shorts with small white polka dots, white tee, white backdrop. VQA adapter: the shorts' color
    # and the wearing answer loop.
    case(
        "X1502-045",
        wearing(
            "a white t-shirt and red shorts with white polka dots and white sneakers and a white t-shirt and red "
            "shorts "
            "with white polka",
            "loop",
            hit_limit=True,
        ),
        color_of(
            "shorts",
            "red red red red red red red red red red red red red red red red red red red red red red red red red red "
            "red red red red",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("t-shirt", "white", kind="open"),
        Q.pattern("polka dot"),
        is_a("pair of shorts", "yes"),
        gender="Women",
        title="DressBerry Women Red & White Polka Dot Print Shorts",
        category="Shorts",
        color="Red",
    ),
]
