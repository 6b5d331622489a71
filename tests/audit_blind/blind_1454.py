"""BLIND_1454 (45 products; Myntra women's western bottoms, VQA adapter, each garment's color): written blind in the
sixty-fifth session. Measured blind at 0c250e6 (the session's first rules): 64/69 failures found (92.8%) and 2/174
correct texts flagged (1.1%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's western bottoms (Jeans, Jeggings, Skirts, Palazzos, Leggings, Shorts), each
photographed the usual catalog way: a model on a plain backdrop wearing the product with a top (a shirt, tee, tank,
sweater, sometimes a jacket over it), now and then a back view, a flat lay with no person, a prop (a handbag, a straw
bag, a yoga mat) or a colored wall. Catalog columns as Myntra exports them: title, category (the article type), color
(the base colour) and gender ("Women"); a few rows miss one of them. No caption was asked: the run used the VQA
adapter only (leoreigoto/Data3_V3_BLIP2_VQA on Salesforce/blip2-opt-2.7b), which cannot caption. Each product got
"What is the person wearing?", the color of the bottom and of the top (and of a jacket or shirt when one is worn),
and some of: "Is this a ...?", the garment type, the pattern, the bottom's details, the material.
Who wrote what: every text is the VQA adapter's. Open questions (wearing, the colors, details, material) are free
generation, greedy, 30 new tokens at most, so the adapter's missing end-of-answer shows: answers that run on into
another "Question: ... Answer:", loops, answers cut at the limit. Closed questions (is-a, garment type, pattern) are
the reference engine ranking its candidates, so they are one word, right or wrong, never run on.
Labeling conventions and judgement calls: judged against the photo I imagined (the comment above each case) and the
title. A color that is the name of a near shade of the seller's colour is right (navy for Navy Blue, burgundy for
Maroon, turquoise for Teal, orange for Rust, heather grey for Grey Melange, khaki for Beige, pink for Peach, green for
Olive). The top's color asked on a flat lay with no top: the bottom's color given is other_garment_color, a color
taken from the white backdrop is unsupported. A color taken from a bag or a wall is a contradiction, not another
garment's color. A closed pattern answer that describes the top (striped, plaid) while the product is solid is a
contradiction. "no" to "Is this a pair of palazzos?" on a photo that plainly shows them is a contradiction (the adapter
never saw the word). An answer that gives the right value and then leaks the next "Question:" is a leak, labeled
leak even when the first words are right; a loop is labeled loop even when it began right. Details that only say
the garment's color or kind back are non_answer ("they are shorts") or restated ("the skirt is a yellow skirt").
A few clean short answers carry hit_limit=True: the adapter learned to emit padding after the answer, so generation
ran to 30 tokens of <pad> that decoding stripped; the text itself is right and I left it unmarked. A tunic read as
"a dress" and jeggings called leggings I left correct. "denim" as the color of jeans (the In-shop class name, no
hue) is non_answer, and so is an empty answer (padding from the first new token, so it also ran to the limit).
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import case, color_of, details, is_a, wearing

BLIND_1454 = [
    # Model front view, grey backdrop: white crop tee tucked into mid-blue skinny jeans, white sneakers.
    # All texts: VQA adapter (open: free generation; closed: reference engine).
    case(
        "X1454-001",
        wearing("a white tee and blue denim"),
        color_of("jeans", "blue", kind="open", hit_limit=True),
        color_of("top", "white", kind="open"),
        is_a("pair of jeans", "yes"),
        B.garment_type("jeans"),
        details("jeans", "the jeans are skinny and have five pockets"),
        gender="Women",
        title="Roadster Women Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Model, beige backdrop: mustard ribbed top tucked into black wide-leg palazzos.
    # All texts: VQA adapter.
    case(
        "X1454-002",
        wearing(
            "a yellow top and black pants Question: What is the color of the pants? Answer: black Question: What",
            "leak",
            hit_limit=True,
        ),
        color_of("palazzos", "black", kind="open"),
        color_of("top", "black", "other_garment_color", kind="open"),
        is_a("pair of palazzos", "no", "contradiction"),
        B.garment_type("pants"),
        gender="Women",
        title="SASSAFRAS Women Black Solid Wide Leg Palazzos",
        category="Palazzos",
        color="Black",
    ),
    # Flat lay on white: one pair of black leggings, nothing else in the frame, no person.
    # All texts: VQA adapter.
    case(
        "X1454-003",
        wearing("leggings"),
        color_of("leggings", "black", kind="open"),
        color_of("top", "black", "other_garment_color", kind="open"),
        is_a("pair of leggings", "yes"),
        B.garment_type("leggings"),
        gender="Women",
        title="Go Colors Women Black Solid Ankle-Length Leggings",
        category="Leggings",
        color="Black",
    ),
    # Model front view: white button-down shirt tucked into a black A-line mini skirt, black ankle boots. The back of
    # the skirt is not seen.
    # All texts: VQA adapter.
    case(
        "X1454-004",
        wearing("a white blouse and a black skirt"),
        color_of("skirt", "black", kind="open"),
        color_of(
            "shirt",
            "white Question: What is the color of the skirt? Answer: black Question: What is the color of the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        is_a("skirt", "yes"),
        B.garment_type("skirt"),
        details("skirt", "the skirt is a mini skirt with a zipper at the back", "unsupported"),
        gender="Women",
        title="DressBerry Women Black Solid A-Line Mini Skirt",
        category="Skirts",
        color="Black",
    ),
    # Model against a backdrop with potted plants: white tank, light-blue washed denim shorts with a frayed hem.
    # All texts: VQA adapter.
    case(
        "X1454-005",
        wearing("a white tank and denim shorts"),
        color_of("shorts", "light blue Question: What is the color of the top? Answer: white", "leak", kind="open"),
        color_of("top", "white", kind="open"),
        is_a("pair of shorts", "yes"),
        details(
            "shorts",
            "the shorts are frayed at the hem and have a frayed hem and a frayed hem and a frayed hem and a frayed",
            "loop",
            hit_limit=True,
        ),
        B.pattern("solid"),
        gender="Women",
        title="HERE&NOW Women Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Model three-quarter view: cream knit top tucked into a navy pleated midi skirt.
    # All texts: VQA adapter.
    case(
        "X1454-006",
        wearing("a cream sweater and a blue skirt"),
        color_of("skirt", "navy", kind="open"),
        color_of("top", "cream", kind="open"),
        is_a("skirt", "yes"),
        details("skirt", "pleated"),
        B.garment_type("skirt"),
        gender="Women",
        title="Tokyo Talkies Women Navy Blue Pleated Midi Skirt",
        category="Skirts",
        color="Navy Blue",
    ),
    # Model: solid blue crop top, white flared palazzos with a blue floral print.
    # All texts: VQA adapter.
    case(
        "X1454-007",
        wearing("a blue top and white pants"),
        color_of(
            "palazzos",
            "white Question: What is the color of the palazzos? Answer: white Question: What is the color of the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        color_of("top", "blue", kind="open"),
        B.pattern("floral"),
        is_a("pair of palazzos", "yes"),
        details(
            "palazzos",
            "the pants are white with blue flowers on them and the pants are white with blue flowers on",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Libas Women White & Blue Printed Flared Palazzos",
        category="Palazzos",
        color="White",
    ),
    # Back view: black tee, dark blue skinny jeans, both back pockets and the red tab visible.
    # All texts: VQA adapter.
    case(
        "X1454-008",
        wearing("a black tee and blue jeans"),
        color_of("jeans", "black", "other_garment_color", kind="open"),
        color_of("top", "black", kind="open"),
        details("jeans", "the jeans have two back pockets and a red tab on the back pocket"),
        is_a("pair of jeans", "yes"),
        gender="Women",
        title="Levis Women Blue 711 Skinny Fit Mid-Rise Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Model: red-and-black checked flannel shirt half tucked into black straight high-rise jeans.
    # All texts: VQA adapter.
    case(
        "X1454-009",
        wearing("a red plaid shirt and black jeans"),
        color_of("jeans", "black", kind="open"),
        color_of("shirt", "red and black", kind="open"),
        B.pattern("plaid", "contradiction"),
        B.garment_type("jeans"),
        details("jeans", "the jeans are black", "non_answer"),
        gender="Women",
        title="Kraus Jeans Women Black Straight Fit High-Rise Jeans",
        category="Jeans",
        color="Black",
    ),
    # Model: long grey tunic top reaching mid-thigh over maroon ankle-length leggings.
    # All texts: VQA adapter.
    case(
        "X1454-010",
        wearing("a grey sweater and red leggings"),
        color_of("leggings", "burgundy", kind="open"),
        color_of(
            "top",
            "grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        is_a("pair of leggings", "yes"),
        B.garment_type("leggings"),
        gender="Women",
        title="De Moza Women Maroon Solid Ankle-Length Leggings",
        category="Leggings",
        color="Maroon",
    ),
    # Model: black tank, olive cargo shorts with flap pockets on the sides.
    # All texts: VQA adapter.
    case(
        "X1454-011",
        wearing("a black tank and green shorts"),
        color_of("shorts", "olive", kind="open"),
        color_of("top", "black Question: What is the color of the shorts? Answer: olive", "leak", kind="open"),
        details("shorts", "the shorts have pockets on the sides"),
        is_a("pair of shorts", "yes"),
        gender="Women",
        title="Mast & Harbour Women Olive Green Solid Cargo Shorts",
        category="Shorts",
        color="Olive",
    ),
    # Model: black sleeveless bodysuit, beige knee-length pencil skirt, tan leather handbag held at the hip.
    # All texts: VQA adapter.
    case(
        "X1454-012",
        wearing("a black top and a khaki skirt"),
        color_of("skirt", "beige", kind="open"),
        color_of("top", "brown", "contradiction", kind="open"),
        is_a("skirt", "yes"),
        B.garment_type("skirt"),
        details(
            "skirt",
            "the skirt is a knee length pencil skirt in a beige color with a "
            "high waist and a fitted silhouette that hugs the",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="AND Women Beige Solid Pencil Skirt",
        category="Skirts",
        color="Beige",
    ),
    # Model: light-blue denim shirt tucked into mid-blue wide-leg high-rise jeans (denim on denim).
    # All texts: VQA adapter.
    case(
        "X1454-013",
        wearing("a blue denim shirt and blue jeans"),
        color_of("jeans", "blue", kind="open"),
        color_of("shirt", "blue", kind="open"),
        is_a("pair of jeans", "yes"),
        details("jeans", "the jeans are wide leg with a high waist"),
        B.garment_type("jeans"),
        gender="Women",
        title="ONLY Women Blue Wide Leg High-Rise Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Model in front of a pink wall: white crop top, mustard flared palazzos.
    # All texts: VQA adapter.
    case(
        "X1454-014",
        wearing("a white top and yellow pants"),
        color_of("palazzos", "yellow", kind="open"),
        color_of("top", "pink", "contradiction", kind="open"),
        is_a("pair of palazzos", "no", "contradiction"),
        B.garment_type("pants"),
        gender="Women",
        title="FabAlley Women Mustard Solid Flared Palazzos",
        category="Palazzos",
        color="Mustard",
    ),
    # Model: grey turtleneck sweater tucked into a black faux-leather mini skirt.
    # All texts: VQA adapter.
    case(
        "X1454-015",
        wearing(
            "a grey sweater and a black leather skirt Question: What is the color of the sweater? Answer: grey",
            "leak",
        ),
        color_of("skirt", "black", kind="open"),
        color_of("top", "grey", kind="open", hit_limit=True),
        B.material("leather"),
        is_a("skirt", "yes"),
        gender="Women",
        title="Vero Moda Women Black Faux Leather Mini Skirt",
        category="Skirts",
        color="Black",
    ),
    # Model front view: white shirt, untucked, over grey slim jeans; white sneakers. Back pockets not seen.
    # All texts: VQA adapter.
    case(
        "X1454-016",
        wearing("a white shirt and grey jeans"),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        color_of("shirt", "white", kind="open"),
        is_a("pair of jeans", "yes"),
        details(
            "jeans",
            "the jeans have a mid rise waist, a button closure, a zip fly, "
            "two front pockets and two back pockets with a",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Roadster Women Grey Slim Fit Mid-Rise Jeans",
        category="Jeans",
        color="Grey",
    ),
    # Model: white tee tucked into a pink floral-print flared midi skirt.
    # All texts: VQA adapter.
    case(
        "X1454-017",
        wearing("a white tee and a floral skirt"),
        color_of("skirt", "pink", kind="open"),
        color_of("top", "pink", "other_garment_color", kind="open"),
        B.pattern("floral"),
        details(
            "skirt",
            "the skirt is a floral print with a floral print and a floral print and a floral print and a floral print",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Tokyo Talkies Women Pink Floral Print Flared Midi Skirt",
        category="Skirts",
        color="Pink",
    ),
    # Model: black crop top, blue skinny jeggings (no fly, elastic waist visible).
    # All texts: VQA adapter.
    case(
        "X1454-018",
        wearing("a black top and blue leggings"),
        color_of("jeggings", "denim", "non_answer", kind="open"),
        color_of("top", "black", kind="open"),
        B.garment_type("leggings"),
        gender="Women",
        title="SPYKAR Women Blue Skinny Fit Jeggings",
        category="Jeggings",
        color="Blue",
    ),
    # Model: black-and-white horizontal striped tee, black solid flared palazzos.
    # All texts: VQA adapter.
    case(
        "X1454-019",
        wearing("a striped shirt and black pants"),
        color_of("palazzos", "black and white", "other_garment_color", kind="open"),
        color_of("top", "black and white", kind="open"),
        B.pattern("striped", "contradiction"),
        is_a("pair of palazzos", "yes"),
        details("palazzos", "the palazzo pants are palazzo pants", "restated"),
        gender="Women",
        title="Harpa Women Black Solid Flared Palazzos",
        category="Palazzos",
        color="Black",
    ),
    # Model: yellow floral blouse, dark blue denim shorts. No gender column in this row.
    # All texts: VQA adapter.
    case(
        "X1454-020",
        wearing(
            "a yellow blouse and denim shorts Question: What is the color of "
            "the blouse? Answer: yellow Question: What is",
            "leak",
            hit_limit=True,
        ),
        color_of("shorts", "blue", kind="open"),
        color_of("top", "yellow", kind="open"),
        details("shorts", "they are shorts", "non_answer"),
        is_a("pair of shorts", "yes"),
        title="Levis Women Blue Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Model: long white shirt worn open over a white tee, navy ankle-length leggings (they read dark but clearly navy).
    # All texts: VQA adapter.
    case(
        "X1454-021",
        wearing("a white shirt and black leggings", "contradiction"),
        color_of("leggings", "navy", kind="open"),
        color_of("top", "white", kind="open"),
        is_a("pair of leggings", "yes"),
        details(
            "leggings",
            "the leggings are navy blue and ankle length and they are worn "
            "with a white shirt and a white tee under the",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Go Colors Women Navy Blue Solid Ankle-Length Leggings",
        category="Leggings",
        color="Navy Blue",
    ),
    # Model: black fitted top, red wrap mini skirt with a tie at the side.
    # All texts: VQA adapter.
    case(
        "X1454-022",
        wearing("a black top and a red skirt"),
        color_of("skirt", "red", kind="open", hit_limit=True),
        color_of("top", "black", kind="open", hit_limit=True),
        is_a("skirt", "yes"),
        B.garment_type("skirt"),
        details(
            "skirt",
            "the skirt is a wrap skirt with a tie at the side and a slit at the side and a tie at the side and a slit",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="DressBerry Women Red Solid Wrap Mini Skirt",
        category="Skirts",
        color="Red",
    ),
    # Model: white off-shoulder top, blue skinny jeans with rips at both knees.
    # All texts: VQA adapter.
    case(
        "X1454-023",
        wearing(
            "a white off the shoulder top and a pair of blue ripped jeans "
            "with a white off the shoulder top and a pair of",
            "loop",
            hit_limit=True,
        ),
        color_of("jeans", "blue", kind="open"),
        color_of("top", "white", kind="open"),
        details("jeans", "the jeans are ripped at the knees"),
        is_a("pair of jeans", "yes"),
        gender="Women",
        title="Roadster Women Blue Skinny Fit Mid-Rise Mildly Distressed Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Model: oversized grey sweatshirt that almost covers black denim shorts; only a strip of the shorts shows.
    # All texts: VQA adapter.
    case(
        "X1454-024",
        wearing("a grey sweatshirt and black shorts"),
        color_of("shorts", "grey", "other_garment_color", kind="open"),
        color_of("top", "grey", kind="open"),
        is_a("pair of shorts", "no", "contradiction"),
        B.garment_type("sweatshirt", "contradiction"),
        gender="Women",
        title="Tokyo Talkies Women Black Solid Denim Shorts",
        category="Shorts",
        color="Black",
    ),
    # Model: black cami tucked into white wide-leg palazzos; the waistband is hidden under the cami's hem.
    # All texts: VQA adapter.
    case(
        "X1454-025",
        wearing("a black tank and white pants"),
        color_of("palazzos", "white", kind="open"),
        color_of("top", "black", kind="open"),
        details("palazzos", "the pants are wide leg and have a drawstring waist", "unsupported"),
        is_a("pair of palazzos", "yes"),
        gender="Women",
        title="FabAlley Women White Solid Wide Leg Palazzos",
        category="Palazzos",
        color="White",
    ),
    # Model: white tee knotted at the waist, olive A-line midi skirt with buttons down the front.
    # All texts: VQA adapter.
    case(
        "X1454-026",
        wearing(
            "a white tee and a green skirt and a white tee and a green skirt and a white tee and a green skirt and a",
            "loop",
            hit_limit=True,
        ),
        color_of("skirt", "green", kind="open"),
        color_of("top", "white", kind="open"),
        details("skirt", "the skirt has buttons down the front"),
        B.garment_type("skirt"),
        is_a("skirt", "yes"),
        gender="Women",
        title="Mast & Harbour Women Olive Green Solid A-Line Midi Skirt",
        category="Skirts",
        color="Olive",
    ),
    # Model: black graphic tee with a white print, blue bootcut jeans, heels.
    # All texts: VQA adapter.
    case(
        "X1454-027",
        wearing("a black graphic tee and blue jeans"),
        color_of("jeans", "blue", kind="open"),
        color_of("top", "Answer: black", "leak", kind="open"),
        is_a("pair of jeans", "yes"),
        B.garment_type("jeans"),
        gender="Women",
        title="Kraus Jeans Women Blue Bootcut Mid-Rise Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Model: white printed tunic top, teal ankle-length leggings.
    # All texts: VQA adapter.
    case(
        "X1454-028",
        wearing("a white shirt and green leggings"),
        color_of("leggings", "turquoise", kind="open"),
        color_of(
            "top",
            "white Question: Is this a pair of leggings? Answer: yes Question: What is the color of the top? Answer:",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        is_a("pair of leggings", "yes"),
        details("leggings", "the leggings are ankle length"),
        gender="Women",
        title="LYRA Women Teal Solid Ankle-Length Leggings",
        category="Leggings",
        color="Teal",
    ),
    # Model: black turtleneck, black-and-white houndstooth check A-line mini skirt.
    # All texts: VQA adapter.
    case(
        "X1454-029",
        wearing("a black sweater and a plaid skirt"),
        color_of("skirt", "black-white", kind="open"),
        color_of("top", "black", kind="open"),
        B.pattern("plaid"),
        is_a("skirt", "yes"),
        details(
            "skirt",
            "the skirt is an a-line mini skirt in a black and white "
            "houndstooth check that sits at the waist and flares out to",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="AND Women Black & White Checked A-Line Mini Skirt",
        category="Skirts",
        color="Black",
    ),
    # Model: lavender sweatshirt, light-blue loose mom jeans, white sneakers.
    # All texts: VQA adapter.
    case(
        "X1454-030",
        wearing("a purple sweatshirt and blue jeans"),
        color_of("jeans", "lavender", "other_garment_color", kind="open"),
        color_of("top", "lavender", kind="open"),
        details(
            "jeans",
            "the jeans are high waisted and have a loose fit and the jeans "
            "are high waisted and have a loose fit and the",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of jeans", "yes"),
        gender="Women",
        title="Roadster Women Light Blue Mom Fit High-Rise Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Model: white linen shirt tucked into rust flared palazzos.
    # All texts: VQA adapter.
    case(
        "X1454-031",
        wearing("a white shirt and orange pants"),
        color_of("palazzos", "orange", kind="open"),
        color_of("shirt", "", "non_answer", kind="open", hit_limit=True),
        is_a("pair of palazzos", "no", "contradiction"),
        B.garment_type("pants"),
        details("palazzos", "the pants are flared with a wide leg and the shirt is tucked in"),
        gender="Women",
        title="SASSAFRAS Women Rust Solid Flared Palazzos",
        category="Palazzos",
        color="Rust",
    ),
    # Model: navy-and-white striped tee, white denim shorts, plain white backdrop.
    # All texts: VQA adapter.
    case(
        "X1454-032",
        wearing(
            "a navy and white striped tee with short sleeves and a round "
            "neck and a pair of white denim shorts with rolled",
            "cut",
            hit_limit=True,
        ),
        color_of("shorts", "white", kind="open"),
        color_of("top", "navy-white", kind="open"),
        is_a("pair of shorts", "yes"),
        B.pattern("striped", "contradiction"),
        gender="Women",
        title="HERE&NOW Women White Solid Denim Shorts",
        category="Shorts",
        color="White",
    ),
    # Model, all black: black tee, black leggings, black trainers. No gender column in this row.
    # All texts: VQA adapter.
    case(
        "X1454-033",
        wearing("a black top and black leggings"),
        color_of("leggings", "black", kind="open"),
        color_of("top", "black", kind="open"),
        is_a("pair of leggings", "yes"),
        B.garment_type("leggings"),
        B.material("cotton", "unsupported"),
        title="Marks & Spencer Women Black Solid Leggings",
        category="Leggings",
        color="Black",
    ),
    # Model: white shirt with rolled sleeves, yellow tiered mini skirt.
    # All texts: VQA adapter.
    case(
        "X1454-034",
        wearing("a white blouse and a yellow skirt"),
        color_of("skirt", "yellow", kind="open"),
        color_of("top", "yellow", "other_garment_color", kind="open"),
        details("skirt", "the skirt is a yellow skirt", "restated"),
        is_a("skirt", "yes"),
        gender="Women",
        title="Tokyo Talkies Women Yellow Solid Tiered Mini Skirt",
        category="Skirts",
        color="Yellow",
    ),
    # Model: cream blouse with puff sleeves, black flared high-rise jeans, heels.
    # All texts: VQA adapter.
    case(
        "X1454-035",
        wearing("a white blouse and black jeans"),
        color_of("jeans", "denim", "non_answer", kind="open"),
        color_of("top", "cream", kind="open"),
        is_a("pair of jeans", "yes"),
        details("jeans", "the jeans are flared at the bottom"),
        B.garment_type("jeans"),
        gender="Women",
        title="ONLY Women Black Flared High-Rise Jeans",
        category="Jeans",
        color="Black",
    ),
    # Model: white sleeveless top, indigo palazzos with a white block print, a straw bag in her hand.
    # All texts: VQA adapter.
    case(
        "X1454-036",
        wearing("a white top and blue pants"),
        color_of("palazzos", "blue and white", kind="open"),
        color_of("top", "white", kind="open"),
        B.pattern("printed"),
        details(
            "palazzos",
            "she is wearing a white top and blue pants with a white print on them and he is holding a straw bag",
            "pronoun",
        ),
        gender="Women",
        title="Global Desi Women Blue Printed Palazzos",
        category="Palazzos",
        color="Blue",
    ),
    # Model on a yoga mat (prop): pink tank, grey melange full-length leggings.
    # All texts: VQA adapter.
    case(
        "X1454-037",
        wearing("a pink tank and grey leggings"),
        color_of("leggings", "heather grey", kind="open"),
        color_of("top", "grey", "other_garment_color", kind="open"),
        is_a("pair of leggings", "yes"),
        details("leggings", "the leggings are grey", "non_answer"),
        gender="Women",
        title="Go Colors Women Grey Melange Solid Leggings",
        category="Leggings",
        color="Grey Melange",
    ),
    # Model: white sleeveless top, blue denim A-line mini skirt with a button front and two front patch pockets.
    # All texts: VQA adapter.
    case(
        "X1454-038",
        wearing("a white top and a denim skirt"),
        color_of("skirt", "blue", kind="open"),
        color_of("top", "blue", "other_garment_color", kind="open"),
        is_a("skirt", "yes"),
        B.garment_type("shorts", "contradiction"),
        details(
            "skirt",
            "the skirt has buttons down the front and a pocket on the front and a pocket on the front and a pocket on",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="DressBerry Women Blue Denim A-Line Mini Skirt",
        category="Skirts",
        color="Blue",
    ),
    # Flat lay on white: navy slim jeans folded, no person, no top in the frame.
    # All texts: VQA adapter.
    case(
        "X1454-039",
        wearing("a pair of jeans"),
        color_of("jeans", "navy", kind="open"),
        color_of("top", "white", "unsupported", kind="open"),
        is_a("pair of jeans", "yes"),
        B.garment_type("jeans"),
        gender="Women",
        title="Roadster Women Navy Blue Slim Fit Jeans",
        category="Jeans",
        color="Navy Blue",
    ),
    # Model: white ribbed tank, peach shorts with a self tie belt.
    # All texts: VQA adapter.
    case(
        "X1454-040",
        wearing("a white tank and pink shorts"),
        color_of("shorts", "peach", kind="open"),
        color_of(
            "top",
            "white-white-white-white-white-white-white-white-white-white-white-white-white-white-white",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details("shorts", "the shorts have a tie waist"),
        is_a("pair of shorts", "yes"),
        B.garment_type("skirt", "contradiction"),
        gender="Women",
        title="FabAlley Women Peach Solid Regular Shorts",
        category="Shorts",
        color="Peach",
    ),
    # Model: black tee tucked into an emerald green satin slip midi skirt. No category column in this row.
    # All texts: VQA adapter.
    case(
        "X1454-041",
        wearing("a black tee and a green skirt"),
        color_of("skirt", "green", kind="open"),
        color_of("top", "black", kind="open"),
        B.material("silk", "unsupported"),
        is_a("skirt", "yes"),
        gender="Women",
        title="Tokyo Talkies Women Green Satin Slip Midi Skirt",
        color="Green",
    ),
    # Model: black leather jacket open over a white tee, blue straight jeans, ankle boots.
    # All texts: VQA adapter.
    case(
        "X1454-042",
        wearing("a black leather jacket, a white tee and blue jeans"),
        color_of("jeans", "blue", kind="open"),
        color_of("top", "black", "other_garment_color", kind="open"),
        color_of("jacket", "black", kind="open"),
        is_a("pair of jeans", "yes"),
        details(
            "jeans",
            "the jeans are straight leg with a button fly and a zipper fly and a button fly and a zipper fly and a",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Kraus Jeans Women Blue Straight Fit Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Model: long black tunic top to the knee over white ankle-length leggings, grey backdrop.
    # All texts: VQA adapter.
    case(
        "X1454-043",
        wearing("a black dress and white leggings"),
        color_of("leggings", "white", kind="open"),
        color_of(
            "top",
            "black and white and black and white and black and white and black and white and black and white and black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        is_a("pair of leggings", "yes"),
        B.garment_type("leggings"),
        details("leggings", "the leggings are white leggings", "restated"),
        gender="Women",
        title="Go Colors Women White Solid Ankle-Length Leggings",
        category="Leggings",
        color="White",
    ),
    # Model: pink checked shirt worn open over a white tee, knee-length blue washed denim bermuda shorts, cuffed hem.
    # All texts: VQA adapter.
    case(
        "X1454-044",
        wearing("a pink plaid shirt, a white tee and denim shorts"),
        color_of("shorts", "pink", "other_garment_color", kind="open"),
        color_of("shirt", "pink", kind="open"),
        is_a("pair of shorts", "yes"),
        details(
            "shorts",
            "the shorts are knee length and have a cuffed hem and two front "
            "pockets and the shirt is pink and the tee is",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Roadster Women Blue Washed Denim Bermuda Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Model walking, side view: white shirt tucked into a black pleated maxi skirt.
    # All texts: VQA adapter.
    case(
        "X1454-045",
        wearing("he is wearing a white shirt and a black skirt", "pronoun"),
        color_of("skirt", "black", kind="open"),
        color_of("shirt", "white", kind="open"),
        is_a("skirt", "yes"),
        details("skirt", "the skirt is pleated and long"),
        gender="Women",
        title="AND Women Black Solid Pleated Maxi Skirt",
        category="Skirts",
        color="Black",
    ),
]
