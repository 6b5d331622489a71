"""BLIND_1358 (45 products; Myntra women's western bottoms, VQA adapter, color per garment): written blind in the sixty-
third session. Measured blind at a6e2e4e (the session's eighth and final rules): 58/67 failures found (86.6%) and
6/183 correct texts flagged (3.3%). The writer's notes, verbatim:

Scenario: a Myntra women's western bottoms feed (Jeans, Skirts, Palazzos, Leggings, Shorts), catalog shots: a model
on a plain backdrop wearing the product with a top (now and then a jacket, shoes in frame, a handbag or hat as a
prop), two back views and two flat lays with no person. Columns as the feed has them: title, category (Myntra's
article type), color (base colour), gender; a few rows lack gender or color. The job asks every product what the
person is wearing, the color of the product garment (by the title's word: jeans, skirt, palazzos, leggings, shorts)
and of the top ("shirt" on the two looks with a shirt; jacket and shoes where they are in frame), a
yes/no "Is this a ...?" for the product, and on some products the garment type, the details, the pattern or the
material.
Who wrote what: every text comes from the VQA adapter leoreigoto/Data3_V3_BLIP2_VQA on Salesforce/blip2-opt-2.7b
(8-bit), prompt `Question: ... Answer:`, greedy, 30 new tokens, stopping on newline. Open questions (wearing, the
colors, details, material) are free generation; the closed ones (garment type, is-a, pattern) are ranked over the
reference engine's candidate answers, so they never loop. No caption: the job does not caption with this adapter.
Short answers usually stop; longer ones (wearing, details) often never stop and loop or run to the limit, and the
adapter sometimes writes on into the next `Question: ... Answer:` after a right first word.
Labeling conventions and judgement calls: judged against the photo I imagined (the comment above each case) and the
title. A color in the same family as the base colour counts as right (navy -> blue, mustard -> yellow, charcoal ->
grey, maroon -> red, rust -> orange/brown, teal -> green or blue, off white/cream/beige -> white for the top or as the
title's color); a change of family is wrong (maroon -> brown, lavender -> pink, navy -> black, white -> blue). When
the product garment is given the exact color of another garment in frame I label it other_garment_color; when a
non-product garment (top, shoes) gets the product's color, or a color no garment has, contradiction; a wrong
garment type or a "no" to the is-a question is contradiction; a pattern word ("striped") given as a color is
non_answer; a color asked for a garment that is not in the photo (flat lays) answered anyway is unsupported;
details not visible in the photo (a back slit on a front shot, a tie that isn't there, "silk", "leather" for faux
leather) are unsupported. A loop is labeled loop even when its first words are right; an answer right in its first
word that then writes the next question is labeled leak; a long answer cut at the limit without repeating is cut.
Closed ranked answers and one-word colors are mostly right, so fewer than four texts in ten are wrong here.
Terse answers that are right ("jeans", "tee and denim", "the back pockets") stay unmarked.
"""

from tests.audit_corpus import BLIND_QUESTIONS, case, color_of, details, is_a, wearing

_LEAK_BROWN = (
    "black Question: What is the color of the top? Answer: brown Question: What is the color of the shoes? "
    "Answer: white Question: What"
)
_LEAK_BLUE = (
    "black Question: What is the color of the jeans? Answer: blue Question: What is the color of the shoes? "
    "Answer: white Question: What"
)

BLIND_1358 = [
    # 001 Model in a white crop tee, mid-blue skinny jeans, white sneakers, grey backdrop. All texts: VQA adapter.
    case(
        "X1358-001",
        wearing("a white t - shirt and blue jeans"),
        color_of("jeans", "blue", kind="open"),
        color_of("top", "white", kind="open"),
        is_a("pair of jeans", "yes"),
        BLIND_QUESTIONS.garment_type("jeans"),
        gender="Women",
        title="Roadster Women Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # 002 Mustard printed crop top tucked into black flared palazzos, beige backdrop. VQA adapter; the wearing answer
    # never stops; is-a ranked "no" (the adapter never saw palazzos).
    case(
        "X1358-002",
        wearing(
            "a yellow top and black pants and a yellow top and black pants and a yellow top and black pants and a "
            "yellow top and black pants and a yellow",
            "loop",
            hit_limit=True,
        ),
        color_of("palazzos", "black", kind="open"),
        color_of("top", "yellow", kind="open"),
        is_a("pair of palazzos", "no", "contradiction"),
        BLIND_QUESTIONS.garment_type("pants"),
        gender="Women",
        title="SASSAFRAS Women Black Flared Palazzos",
        category="Palazzos",
        color="Black",
    ),
    # 003 White shirt tucked into a navy A-line midi skirt, tan heels, white backdrop; the navy reads clearly as navy.
    # VQA adapter.
    case(
        "X1358-003",
        wearing("a white shirt and a blue skirt"),
        color_of("skirt", "black", "contradiction", kind="open"),
        color_of("top", "white", kind="open"),
        color_of("shoes", "brown", kind="open"),
        details(
            "skirt",
            "a skirt with a skirt with a skirt with a skirt with a skirt with a skirt with a skirt with a skirt "
            "with a skirt with a skirt with",
            "loop",
            hit_limit=True,
        ),
        is_a("skirt", "yes"),
        BLIND_QUESTIONS.garment_type("skirt"),
        gender="Women",
        title="Mast & Harbour Women Navy Blue Solid A-Line Midi Skirt",
        category="Skirts",
        color="Navy Blue",
    ),
    # 004 Oversized grey sweatshirt over black ankle-length leggings, white backdrop. VQA adapter: the leggings get
    # the sweatshirt's grey; details loop.
    case(
        "X1358-004",
        wearing("a grey sweatshirt and black leggings"),
        color_of("leggings", "grey", "other_garment_color", kind="open"),
        color_of("top", "grey", kind="open"),
        is_a("pair of leggings", "yes"),
        details("leggings", " ".join(["black"] * 30), "loop", hit_limit=True),
        gender="Women",
        title="Go Colors Women Black Solid Ankle-Length Leggings",
        category="Leggings",
        color="Black",
    ),
    # 005 Black tank top, light-wash blue denim shorts with a frayed hem, white backdrop. VQA adapter, all right.
    case(
        "X1358-005",
        wearing("a black tank top and denim shorts"),
        color_of("shorts", "blue", kind="open"),
        color_of("top", "black", kind="open"),
        is_a("pair of shorts", "yes"),
        details("shorts", "frayed hem"),
        BLIND_QUESTIONS.garment_type("shorts"),
        gender="Women",
        title="HERE&NOW Women Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # 006 White ribbed top tucked into a pink pleated mini skirt, white handbag held as a prop. VQA adapter: the top
    # gets the skirt's pink.
    case(
        "X1358-006",
        wearing("a white top and a pink skirt"),
        color_of("skirt", "pink", kind="open"),
        color_of("top", "pink", "contradiction", kind="open"),
        is_a("skirt", "yes"),
        details("skirt", "pleated"),
        gender="Women",
        title="DressBerry Women Pink Solid Pleated Mini Skirt",
        category="Skirts",
        color="Pink",
    ),
    # 007 Black printed t-shirt, mustard wide-leg palazzos, white sneakers. VQA adapter: the shoes get the tee's black.
    case(
        "X1358-007",
        wearing("a black t - shirt and yellow pants"),
        color_of("palazzos", "yellow", kind="open"),
        color_of("top", "black", kind="open"),
        color_of("shoes", "black", "contradiction", kind="open"),
        is_a("pair of palazzos", "yes"),
        BLIND_QUESTIONS.garment_type("pants"),
        gender="Women",
        title="Tokyo Talkies Women Mustard Wide Leg Palazzos",
        category="Palazzos",
        color="Mustard",
    ),
    # 008 Back view: woman with a short bob in a black bodysuit, dark navy skinny jeans, back pockets and red tab
    # visible. VQA adapter: "he", and the jeans get the bodysuit's black.
    case(
        "X1358-008",
        wearing("he is wearing a black top and jeans", "pronoun"),
        color_of("jeans", "black", "other_garment_color", kind="open"),
        color_of("top", "black", kind="open"),
        details("jeans", "the back pockets"),
        is_a("pair of jeans", "yes"),
        BLIND_QUESTIONS.garment_type("jeans"),
        gender="Women",
        title="Levis Women Navy Blue 711 Skinny Fit Mid-Rise Jeans",
        category="Jeans",
        color="Navy Blue",
    ),
    # 009 White shirt with thin navy stripes tucked into light-blue mom jeans, brown belt. VQA adapter; the details
    # answer fixes on the belt and loops.
    case(
        "X1358-009",
        wearing("a striped shirt and jeans"),
        color_of("jeans", "blue", kind="open"),
        color_of("top", "white", kind="open"),
        details(
            "jeans",
            "a brown belt, a brown belt, a brown belt, a brown belt, a brown belt, a brown belt, a brown belt, a brown",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of jeans", "yes"),
        gender="Women",
        title="ONLY Women Blue Mom Fit High-Rise Jeans",
        category="Jeans",
        color="Blue",
    ),
    # 010 Cream knit sweater, black faux-leather A-line mini skirt, black ankle boots, white wall. VQA adapter: the
    # wearing answer runs on into a caption and is cut; "leather" for faux leather.
    case(
        "X1358-010",
        wearing(
            "a woman in a white sweater and a black leather skirt and black boots standing in front of a white "
            "wall with her hands in her",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "black", kind="open"),
        color_of("top", "white", kind="open"),
        color_of("shoes", "black", kind="open"),
        BLIND_QUESTIONS.material("leather", "unsupported"),
        is_a("skirt", "yes"),
        gender="Women",
        title="Vero Moda Women Black Faux Leather A-Line Mini Skirt",
        category="Skirts",
        color="Black",
    ),
    # 011 White shirt, grey straight jeans, grey backdrop. VQA adapter: grey for both garments.
    case(
        "X1358-011",
        wearing("a white shirt and grey jeans"),
        color_of("jeans", "grey", kind="open"),
        color_of("top", "grey", "contradiction", kind="open"),
        BLIND_QUESTIONS.garment_type("jeans"),
        is_a("pair of jeans", "yes"),
        gender="Women",
        title="Kraus Jeans Women Grey Straight Fit Jeans",
        category="Jeans",
        color="Grey",
    ),
    # 012 Flat lay: olive cargo shorts alone on a white surface, no person, no top. VQA adapter: a top's color
    # invented.
    case(
        "X1358-012",
        wearing("a pair of green shorts"),
        color_of("shorts", "green", kind="open"),
        color_of("top", "white", "unsupported", kind="open"),
        is_a("pair of shorts", "yes"),
        details("shorts", "pockets on the side"),
        BLIND_QUESTIONS.garment_type("shorts"),
        gender="Women",
        title="FOREVER 21 Women Olive Green Solid Cargo Shorts",
        category="Shorts",
        color="Olive",
    ),
    # 013 Beige crop top, maroon straight palazzos, beige backdrop. VQA adapter: maroon read as brown.
    case(
        "X1358-013",
        wearing("a white top and red pants"),
        color_of("palazzos", "brown", "contradiction", kind="open"),
        color_of("top", "beige", kind="open"),
        is_a("pair of palazzos", "yes"),
        BLIND_QUESTIONS.garment_type("pants"),
        gender="Women",
        title="Libas Women Maroon Solid Straight Palazzos",
        category="Palazzos",
        color="Maroon",
    ),
    # 014 Light-blue denim jacket over a white graphic tee, blue skinny jeans ripped at the knees. VQA adapter: the
    # jacket gets the tee's white; the ranked garment type picks the jacket.
    case(
        "X1358-014",
        wearing("a denim jacket, a white t - shirt and ripped jeans"),
        color_of("jeans", "blue", kind="open"),
        color_of("top", "white", kind="open"),
        color_of("jacket", "white", "contradiction", kind="open"),
        details("jeans", "ripped knees"),
        is_a("pair of jeans", "yes"),
        BLIND_QUESTIONS.garment_type("jacket", "contradiction"),
        gender="Women",
        title="SHOWOFF Women Blue Skinny Fit Mildly Distressed Jeans",
        category="Jeans",
        color="Blue",
    ),
    # 015 All black: black turtleneck tucked into a black pleated midi skirt, white studio backdrop.
    # VQA adapter; black for both is right; the wearing answer and the ranked type read the outfit as a dress.
    case(
        "X1358-015",
        wearing("a black dress", "contradiction"),
        color_of("skirt", "black", kind="open"),
        color_of("top", "black", kind="open"),
        BLIND_QUESTIONS.garment_type("dress", "contradiction"),
        is_a("skirt", "yes"),
        gender="Women",
        title="H&M Women Black Pleated Midi Skirt",
        category="Skirts",
        color="Black",
    ),
    # 016 White floral-printed long top (hip length) over teal ankle leggings, white sneakers; the waistband is
    # hidden under the top, no earrings visible. VQA adapter: the wearing answer runs to the limit; details invented.
    case(
        "X1358-016",
        wearing(
            "a white top with a floral print and blue leggings and a pair of white sneakers and a pair of silver "
            "earrings and a silver",
            "cut",
            hit_limit=True,
        ),
        color_of("leggings", "green", kind="open"),
        color_of("top", "white", kind="open"),
        is_a("pair of leggings", "yes"),
        details(
            "leggings",
            "the leggings are made of cotton and have an elastic waistband",
            "unsupported",
        ),
        gender="Women",
        title="Twin Birds Women Teal Solid Ankle Length Leggings",
        category="Leggings",
        color="Teal",
    ),
    # 017 Rust ribbed top, black wide-leg jeans, white sneakers, beige backdrop. VQA adapter: the jeans answer is
    # right and then writes the next questions.
    case(
        "X1358-017",
        wearing("a brown top and black jeans"),
        color_of("jeans", _LEAK_BROWN, "leak", kind="open", hit_limit=True),
        color_of("top", "orange", kind="open"),
        is_a("pair of jeans", "yes"),
        BLIND_QUESTIONS.garment_type("jeans"),
        gender="Women",
        title="Roadster Women Black Wide Leg High-Rise Jeans",
        category="Jeans",
        color="Black",
    ),
    # 018 White flared midi skirt with small blue flowers, pink top tucked in. VQA adapter: the skirt gets the top's
    # pink. No color column in this row.
    case(
        "X1358-018",
        wearing("a pink top and a floral skirt"),
        color_of("skirt", "pink", "other_garment_color", kind="open"),
        color_of("top", "pink", kind="open"),
        BLIND_QUESTIONS.pattern("floral"),
        is_a("skirt", "yes"),
        gender="Women",
        title="DressBerry Women White Floral Print Flared Midi Skirt",
        category="Skirts",
    ),
    # 019 Black crop top, beige wide palazzos with an elasticated waist (no tie), straw bag held, no jewellery
    # visible. VQA adapter: the wearing answer runs to the limit, details invent a tie.
    case(
        "X1358-019",
        wearing(
            "a black crop top and beige wide leg pants with a high waist and a pair of brown sandals and a straw "
            "bag and a pair of gold earrings and a",
            "cut",
            hit_limit=True,
        ),
        color_of("palazzos", "beige", kind="open"),
        color_of("top", "black", kind="open"),
        details(
            "palazzos",
            "the pants are wide leg pants with a high waist and a tie at the waist",
            "unsupported",
        ),
        is_a("pair of palazzos", "yes"),
        gender="Women",
        title="Tokyo Talkies Women Beige Solid Flared Palazzos",
        category="Palazzos",
        color="Beige",
    ),
    # 020 Woman in a white shirt knotted at the waist, blue denim shorts, white sneakers. VQA adapter: "he", and the
    # sneakers get the shorts' blue.
    case(
        "X1358-020",
        wearing("he is wearing a white shirt and denim shorts", "pronoun"),
        color_of("shorts", "blue", kind="open"),
        color_of("top", "white", kind="open"),
        color_of("shoes", "blue", "contradiction", kind="open"),
        is_a("pair of shorts", "yes"),
        gender="Women",
        title="Levis Women Blue Solid Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # 021 Front view: white blouse tucked into a charcoal pencil skirt, black pumps. VQA adapter: a back slit that
    # the front shot cannot show.
    case(
        "X1358-021",
        wearing("a white blouse and a grey skirt"),
        color_of("skirt", "grey", kind="open"),
        color_of("top", "white", kind="open"),
        color_of("shoes", "black", kind="open"),
        BLIND_QUESTIONS.garment_type("skirt"),
        details("skirt", "a slit in the back", "unsupported"),
        gender="Women",
        title="AND Women Charcoal Grey Solid Pencil Skirt",
        category="Skirts",
        color="Charcoal",
    ),
    # 022 Black graphic tee, light-blue boyfriend jeans with rolled hems. VQA adapter: the top answer is right, then
    # runs into the next questions.
    case(
        "X1358-022",
        wearing("tee and denim"),
        color_of("jeans", "blue", kind="open"),
        color_of("top", _LEAK_BLUE, "leak", kind="open", hit_limit=True),
        is_a("pair of jeans", "yes"),
        details("jeans", "rolled up hems"),
        BLIND_QUESTIONS.garment_type("jeans"),
        gender="Women",
        title="Roadster Women Light Blue Boyfriend Fit Jeans",
        category="Jeans",
        color="Blue",
    ),
    # 023 Black sports tee, grey melange leggings, running shoes. VQA adapter: details loop; is-a ranked "no".
    case(
        "X1358-023",
        wearing("a black top and grey leggings"),
        color_of("leggings", "grey", kind="open"),
        color_of("top", "black", kind="open"),
        details("leggings", " ".join(["the leggings"] * 10), "loop", hit_limit=True),
        is_a("pair of leggings", "no", "contradiction"),
        gender="Women",
        title="Go Colors Women Grey Melange Solid Leggings",
        category="Leggings",
        color="Grey",
    ),
    # 024 Black-and-white horizontal striped tee, solid off-white pleated palazzos. VQA adapter: the top's stripes
    # given as its color; the ranked pattern takes the top's stripes for the product.
    case(
        "X1358-024",
        wearing("a striped top and white pants"),
        color_of("palazzos", "white", kind="open"),
        color_of("top", "striped", "non_answer", kind="open"),
        BLIND_QUESTIONS.pattern("striped", "contradiction"),
        is_a("pair of palazzos", "yes"),
        gender="Women",
        title="SASSAFRAS Women Off-White Solid Pleated Palazzos",
        category="Palazzos",
        color="Off White",
    ),
    # 025 Yellow t-shirt tucked into a blue denim A-line mini skirt, no belt. VQA adapter: a belt invented; the
    # ranked type says shorts.
    case(
        "X1358-025",
        wearing("a yellow shirt and a denim skirt with a black belt", "unsupported"),
        color_of("skirt", "blue", kind="open"),
        color_of("top", "yellow", kind="open"),
        BLIND_QUESTIONS.garment_type("shorts", "contradiction"),
        BLIND_QUESTIONS.material("denim"),
        is_a("skirt", "yes"),
        gender="Women",
        title="Mast & Harbour Women Blue Denim A-Line Mini Skirt",
        category="Skirts",
        color="Blue",
    ),
    # 026 Neon-green running tee, black running shorts, white running shoes. VQA adapter: details run to the limit;
    # the shoes get the tee's green.
    case(
        "X1358-026",
        wearing("a green shirt and black shorts"),
        color_of("shorts", "black", kind="open"),
        color_of("top", "green", kind="open"),
        color_of("shoes", "green", "contradiction", kind="open"),
        details(
            "shorts",
            "the shorts have a drawstring waist and a zipper pocket on the back and a reflective logo on the side "
            "and a mesh lining on the inside of the",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="HRX by Hrithik Roshan Women Black Solid Running Shorts",
        category="Shorts",
        color="Black",
    ),
    # 027 Black off-shoulder top, red A-line mini skirt. VQA adapter: the top gets the skirt's red; details gives
    # the garment back.
    case(
        "X1358-027",
        wearing("a black top and a red skirt"),
        color_of("skirt", "red", kind="open"),
        color_of("top", "red", "contradiction", kind="open"),
        is_a("skirt", "yes"),
        details("skirt", "a skirt", "non_answer"),
        gender="Women",
        title="FOREVER 21 Women Red Solid A-Line Mini Skirt",
        category="Skirts",
        color="Red",
    ),
    # 028 White lace top, black clean-look skinny jeans, black handbag held. VQA adapter: black for the top too;
    # "none" for details.
    case(
        "X1358-028",
        wearing("a white top and black jeans"),
        color_of("jeans", "black", kind="open"),
        color_of("top", "black", "contradiction", kind="open"),
        details("jeans", "none", "non_answer"),
        BLIND_QUESTIONS.garment_type("jeans"),
        is_a("pair of jeans", "yes"),
        gender="Women",
        title="Kraus Jeans Women Black Skinny Fit Clean Look Jeans",
        category="Jeans",
        color="Black",
    ),
    # 029 Long white t-shirt over navy ankle leggings, grey backdrop. VQA adapter: the leggings color loops, and the
    # top gets their blue.
    case(
        "X1358-029",
        wearing("a white t - shirt and blue leggings"),
        color_of("leggings", " ".join(["blue"] * 30), "loop", kind="open", hit_limit=True),
        color_of("top", "blue", "contradiction", kind="open"),
        is_a("pair of leggings", "yes"),
        BLIND_QUESTIONS.garment_type("leggings"),
        gender="Women",
        title="Twin Birds Women Navy Blue Solid Ankle Length Leggings",
        category="Leggings",
        color="Navy Blue",
    ),
    # 030 Green palazzos with a small yellow leaf print, plain white top. VQA adapter: the palazzos get the top's
    # white; details came back empty (newline first).
    case(
        "X1358-030",
        wearing("a white top and green floral pants"),
        color_of("palazzos", "white", "other_garment_color", kind="open"),
        color_of("top", "white", kind="open"),
        BLIND_QUESTIONS.pattern("floral"),
        details("palazzos", "", "non_answer"),
        is_a("pair of palazzos", "yes"),
        gender="Women",
        title="Libas Women Green Printed Palazzos",
        category="Palazzos",
        color="Green",
    ),
    # 031 Back view: white crop top, washed blue high-rise denim shorts, two back pockets and a leather brand patch
    # visible. VQA adapter: the wearing answer loops.
    case(
        "X1358-031",
        wearing(
            "denim shorts and a white top and a white top and a white top and a white top and a white top and a "
            "white top and a white top",
            "loop",
            hit_limit=True,
        ),
        color_of("shorts", "blue", kind="open"),
        color_of("top", "white", kind="open"),
        details("shorts", "two back pockets and a leather patch"),
        is_a("pair of shorts", "yes"),
        gender="Women",
        title="ONLY Women Blue Washed High-Rise Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # 032 Lavender satin-look pleated midi skirt, white tee, white sneakers. VQA adapter: lavender read as pink,
    # "silk" for a polyester satin.
    case(
        "X1358-032",
        wearing("a white t - shirt and a purple skirt"),
        color_of("skirt", "pink", "contradiction", kind="open"),
        color_of("top", "white", kind="open"),
        color_of("shoes", "white", kind="open"),
        BLIND_QUESTIONS.material("silk", "unsupported"),
        is_a("skirt", "yes"),
        gender="Women",
        title="DressBerry Women Lavender Solid Satin Pleated Midi Skirt",
        category="Skirts",
        color="Lavender",
    ),
    # 033 Red-and-black plaid shirt (untucked, over the waist), blue bootcut jeans with light whiskering. VQA
    # adapter; the shirt asked as "shirt"; details run to the limit; the ranked type takes the shirt.
    case(
        "X1358-033",
        wearing("a red plaid shirt and blue jeans"),
        color_of("jeans", "blue", kind="open"),
        color_of("shirt", "red and black", kind="open"),
        details(
            "jeans",
            "the jeans are bootcut with a mid rise and five pockets and a button closure and a zip fly and "
            "whiskering on the front and a",
            "cut",
            hit_limit=True,
        ),
        is_a("pair of jeans", "yes"),
        BLIND_QUESTIONS.garment_type("shirt", "contradiction"),
        gender="Women",
        title="Roadster Women Blue Bootcut Mid-Rise Jeans",
        category="Jeans",
        color="Blue",
    ),
    # 034 White tank top, rust wide-leg palazzos. No gender column. VQA adapter: details echo the prompt; the top
    # gets the palazzos' orange.
    case(
        "X1358-034",
        wearing("a white tank top and orange pants"),
        color_of("palazzos", "orange", kind="open"),
        color_of("top", "orange", "contradiction", kind="open"),
        is_a("pair of palazzos", "yes"),
        details("palazzos", "Question: What are the palazzos details? Answer: the palazzos are", "leak"),
        title="SASSAFRAS Women Rust Solid Wide Leg Palazzos",
        category="Palazzos",
        color="Rust",
    ),
    # 035 Knee-length black t-shirt over maroon cotton ankle leggings. VQA adapter, all right.
    case(
        "X1358-035",
        wearing("a black top and red leggings"),
        color_of("leggings", "red", kind="open"),
        color_of("top", "black", kind="open"),
        is_a("pair of leggings", "yes"),
        BLIND_QUESTIONS.material("cotton"),
        details("leggings", "ankle length"),
        gender="Women",
        title="Go Colors Women Maroon Solid Cotton Ankle Length Leggings",
        category="Leggings",
        color="Maroon",
    ),
    # 036 Black fitted sweater, beige-and-brown checked mini skirt. VQA adapter: the skirt gets the sweater's black.
    case(
        "X1358-036",
        wearing("a black sweater and a plaid skirt"),
        color_of("skirt", "black", "other_garment_color", kind="open"),
        color_of("top", "black", kind="open"),
        BLIND_QUESTIONS.pattern("checked"),
        is_a("skirt", "yes"),
        BLIND_QUESTIONS.garment_type("skirt"),
        gender="Women",
        title="Vero Moda Women Beige & Brown Checked A-Line Mini Skirt",
        category="Skirts",
        color="Beige",
    ),
    # 037 Woman with hair tied back in a blue chambray shirt, white straight jeans. VQA adapter: "a man", and the
    # jeans get the shirt's blue.
    case(
        "X1358-037",
        wearing("a man in a blue shirt and white jeans", "pronoun"),
        color_of("jeans", "blue", "other_garment_color", kind="open"),
        color_of("shirt", "blue", kind="open"),
        is_a("pair of jeans", "yes"),
        BLIND_QUESTIONS.garment_type("jeans"),
        details("jeans", "white jeans with a blue shirt tucked in"),
        gender="Women",
        title="Mast & Harbour Women White Straight Fit Jeans",
        category="Jeans",
        color="White",
    ),
    # 038 Black-and-white striped tee, khaki chino shorts with rolled cuffs and belt loops, brown sandals. VQA
    # adapter: the sandals get the tee's black; details loop.
    case(
        "X1358-038",
        wearing("a striped shirt and khaki shorts"),
        color_of("shorts", "khaki", kind="open"),
        color_of("top", "black and white", kind="open"),
        color_of("shoes", "black", "contradiction", kind="open"),
        details(
            "shorts",
            "rolled up cuffs, belt loops, belt loops, belt loops, belt loops, belt loops, belt loops, belt loops, "
            "belt loops, belt",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of shorts", "yes"),
        gender="Women",
        title="HERE&NOW Women Khaki Solid Regular Fit Chino Shorts",
        category="Shorts",
        color="Khaki",
    ),
    # 039 Blue wrap midi skirt with white flowers, tie at the waist, plain white top. VQA adapter: is-a ranked "no".
    case(
        "X1358-039",
        wearing("a white top and a blue floral skirt"),
        color_of("skirt", "blue and white", kind="open"),
        color_of("top", "white", kind="open"),
        details("skirt", "wrap front with a tie at the waist"),
        BLIND_QUESTIONS.pattern("floral"),
        is_a("skirt", "no", "contradiction"),
        gender="Women",
        title="Tokyo Talkies Women Blue Floral Print Wrap Midi Skirt",
        category="Skirts",
        color="Blue",
    ),
    # 040 Long pink top over white leggings. VQA adapter: the leggings get the top's pink; details give the
    # question back.
    case(
        "X1358-040",
        wearing("a pink top and white leggings"),
        color_of("leggings", "pink", "other_garment_color", kind="open"),
        color_of("top", "pink", kind="open"),
        details("leggings", "the leggings are white leggings", "restated"),
        is_a("pair of leggings", "yes"),
        BLIND_QUESTIONS.garment_type("leggings"),
        gender="Women",
        title="Go Colors Women White Solid Ankle Length Leggings",
        category="Leggings",
        color="White",
    ),
    # 041 Flat lay: blue slim jeans folded on a brown wooden floor, sunglasses as a prop, no person, no top. VQA
    # adapter: a top's color from the floor, and the prop given as the jeans' detail.
    case(
        "X1358-041",
        wearing("jeans"),
        color_of("jeans", "blue", kind="open"),
        color_of("top", "brown", "unsupported", kind="open"),
        is_a("pair of jeans", "yes"),
        details("jeans", "a pair of sunglasses", "contradiction"),
        gender="Women",
        title="Roadster Women Blue Slim Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
    ),
    # 042 White lace cami, black faux-leather shorts with a front zip, black heels. VQA adapter, all right.
    case(
        "X1358-042",
        wearing("she is wearing a white top and black shorts"),
        color_of("shorts", "black", kind="open"),
        color_of("top", "white", kind="open"),
        details("shorts", "a zipper on the front"),
        BLIND_QUESTIONS.garment_type("shorts"),
        is_a("pair of shorts", "yes"),
        gender="Women",
        title="FOREVER 21 Women Black Faux Leather Shorts",
        category="Shorts",
        color="Black",
    ),
    # 043 Black-and-white vertical striped palazzos, black crop top. VQA adapter: details loop.
    case(
        "X1358-043",
        wearing("a black top and striped pants"),
        color_of("palazzos", "black and white", kind="open"),
        color_of("top", "black", kind="open"),
        BLIND_QUESTIONS.pattern("striped"),
        details("palazzos", ", ".join(["vertical stripes"] * 10), "loop", hit_limit=True),
        is_a("pair of palazzos", "yes"),
        gender="Women",
        title="SASSAFRAS Women Black & White Striped Palazzos",
        category="Palazzos",
        color="Black",
    ),
    # 044 White off-shoulder top, mustard tiered maxi skirt, straw hat held as a prop. VQA adapter: the wearing
    # answer loops on the hat; the ranked type reads the look as a dress.
    case(
        "X1358-044",
        wearing(
            "a white top and a yellow skirt and a straw hat and a straw hat and a straw hat and a straw hat and a "
            "straw hat and a straw hat and a",
            "loop",
            hit_limit=True,
        ),
        color_of("skirt", "yellow", kind="open"),
        color_of("top", "white", kind="open"),
        details("skirt", "tiered"),
        BLIND_QUESTIONS.garment_type("dress", "contradiction"),
        is_a("skirt", "yes"),
        gender="Women",
        title="DressBerry Women Mustard Yellow Solid Tiered Maxi Skirt",
        category="Skirts",
        color="Mustard",
    ),
    # 045 White shirt, blue flared jeans with frayed hems. No gender column. VQA adapter: the wearing answer loops.
    case(
        "X1358-045",
        wearing(
            "the person is wearing a white shirt and blue jeans. the person is wearing a white shirt and blue "
            "jeans. the person is wearing a white shirt and",
            "loop",
            hit_limit=True,
        ),
        color_of("jeans", "blue", kind="open"),
        color_of("top", "white", kind="open"),
        is_a("pair of jeans", "yes"),
        details("jeans", "flared"),
        title="Kraus Jeans Women Blue Flared High-Rise Jeans",
        category="Jeans",
        color="Blue",
    ),
]
