"""BLIND_1225 (45 products; Myntra men's innerwear, nightwear and lounge, base BLIP-2 zero-shot): written blind in the
sixty-second session. Measured blind at 189d17b (the session's first rules): 47/61 failures found (77.0%) and 19/216
correct texts flagged (8.8%). The writer's notes, verbatim:

Scenario: a Myntra men's feed of innerwear vests, boxers, trunks, night suits, lounge pants and shorts, track pants,
lounge tees and one bath robe. Catalog shots: a model on a plain grey or white backdrop wearing the product with other
clothes (jeans, a plain tee, a hoodie), a few back views, a few flat lays of multi-packs, and props now and then (a
mug, a phone, a bed, a stool, a water bottle, a basketball, slippers, a gift box). Columns as the feed has them:
title, category (Myntra article type), color (base colour), gender; a few rows lack one of them.
Who wrote what: every text is from the untuned Salesforce/blip2-opt-2.7b, no adapter. The caption is the unprompted
generation (50 new tokens at most); the answers use the `Question: ... Answer:` prompt, greedy, 30 new tokens at most.
Closed questions (type, color, pattern, sleeve length) were generated freely and mapped to the questionnaire's
options; the raw text is kept where it did not map ("boxer shorts", "stars", "hawaiian"). Not every product got every
question: sleeve length only for tops and sets, the rest varies per product (4 to 7 answers each).
Labeling conventions and judgement calls: judged by the photo I imagined and the title. A color in the same hue family
as the base colour counts as right (maroon -> red, grey melange -> gray, olive -> green, navy -> blue); navy or
charcoal called "black" is wrong (contradiction). A skin/beige vest called "white" is wrong. A color answer that names
the other garment in the shot (the jeans, the tee) is other_garment_color; an open answer that gives the product the
other garment's color is other_garment_color too, while one that gives the other garment the product's color is a
contradiction. For an assorted pack (base colour Multi) one color that is really in the pack counts as right. "Is this
a vest?" answered "no" for an Indian innerwear vest (the model reads the US sense, a waistcoat) is a contradiction.
For a set (night suit), naming only the top as the garment type is a contradiction; "pajamas" is right. A wearing
answer that names the item in a flat lay with no person is accepted; "nothing" or "i don't know" is a non_answer, and
so is a details answer that gives no detail ("they are short", "it's a t-shirt", a bare color). Answers that only
echo the question ("the details of the garment") are restated. A material named in the title or plainly true of the
item is right; a material against the title is a contradiction; one invented with nothing for it is unsupported.
Invented features (a logo, a stripe that is not there) are unsupported. A prop or accessory given as the garment's
detail is a contradiction. A text that ran to the token limit is marked hit_limit; when it also loops it is a loop,
when it stops mid-phrase it is a cut, and when it runs into a new `Question:` it is a leak, whatever else is wrong.
"""

from tests.audit_corpus import BLIND_QUESTIONS, DEFAULT_QUESTIONS, caption, case, details, is_a, wearing

Q = BLIND_QUESTIONS
D = DEFAULT_QUESTIONS

BLIND_1225 = [
    # Truth: front shot, model in a white ribbed sleeveless scoop-neck vest with blue jeans, grey backdrop.
    # Texts: base BLIP-2 (caption unprompted, answers zero-shot).
    case(
        "X1225-001",
        caption("a man in a white tank top and jeans"),
        wearing("a white tank top and jeans"),
        Q.garment_type("tank top"),
        Q.color("blue", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        D.description("a white tank top with a v neck", "unsupported"),
        gender="Men",
        title="Jockey Men White Solid Pure Cotton Innerwear Vest 8820",
        category="Innerwear Vests",
        color="White",
    ),
    # Truth: flat lay of three folded sleeveless vests, white, grey melange and black, side by side; no person.
    # Texts: base BLIP-2 (caption unprompted, answers zero-shot).
    case(
        "X1225-002",
        caption("three tank tops on a white background"),
        wearing("nothing", "non_answer"),
        Q.garment_type("tank top"),
        Q.color("white"),
        D.description("three tank tops in different colors"),
        D.details(
            "white, grey, black, white, grey, black, white, grey, black, white, grey, black, white, grey, black",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Dollar Bigboss Men Pack of 3 Assorted Solid Innerwear Vests",
        category="Innerwear Vests",
        color="Multi",
    ),
    # Truth: three-quarter view, model in a plain black sleeveless gym vest (no print or logo) with grey track pants.
    # Texts: base BLIP-2 (caption unprompted, answers zero-shot).
    case(
        "X1225-003",
        caption("a man in a black tank top and grey sweatpants"),
        wearing("a black tank top and gray sweatpants"),
        Q.color("black"),
        Q.sleeve_length("sleeveless"),
        is_a("vest", "no", "contradiction"),
        D.description("a black tank top with a white logo on the chest", "unsupported"),
        gender="Men",
        title="Van Heusen Men Black Solid Sleeveless Gym Vest",
        category="Innerwear Vests",
        color="Black",
    ),
    # Truth: model in a skin-coloured (beige) round-neck vest under an open light blue shirt, front.
    # Texts: base BLIP-2 (caption unprompted, answers zero-shot).
    case(
        "X1225-004",
        caption("a man in a white tank top and a blue shirt", "contradiction"),
        wearing("a tank top and a blue shirt"),
        Q.garment_type("tank top"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("solid"),
        Q.material("cotton"),
        gender="Men",
        title="Jockey Men Skin-Coloured Solid Innerwear Vest US26",
        category="Innerwear Vests",
        color="Beige",
    ),
    # Truth: model in a white half-sleeve round-neck undershirt (sold as a vest) with navy lounge pants.
    # Texts: base BLIP-2 (caption unprompted, answers zero-shot).
    case(
        "X1225-005",
        caption("a man in a white t-shirt and blue pants"),
        wearing("a white t-shirt"),
        Q.garment_type("t-shirt"),
        Q.sleeve_length("short"),
        Q.color("white"),
        D.details("round neck and short sleeves"),
        is_a("vest", "no", "contradiction"),
        gender="Men",
        title="Rupa Frontline Men Pack of 2 White Solid Round Neck Half Sleeve Vests",
        category="Innerwear Vests",
        color="White",
    ),
    # Truth: back view, model in a grey melange sleeveless vest with black shorts.
    # Texts: base BLIP-2 (caption unprompted, answers zero-shot).
    case(
        "X1225-006",
        caption("the back of a man in a grey tank top"),
        wearing("a gray tank top and black shorts"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton", "contradiction"),
        gender="Men",
        title="XYXX Men Grey Melange Solid Micro Modal Innerwear Vest",
        category="Innerwear Vests",
        color="Grey Melange",
    ),
    # Truth: model in a navy blue sleeveless vest with beige chinos, front; the navy reads dark in the photo.
    # Texts: base BLIP-2 (caption unprompted, answers zero-shot).
    case(
        "X1225-007",
        caption("a man in a black tank top and khaki pants", "contradiction"),
        wearing("a tank top and khaki pants"),
        Q.color("black", "contradiction"),
        is_a("vest", "yes"),
        Q.sleeve_length("sleeveless"),
        gender="Men",
        title="Hanes Men Navy Blue Solid Innerwear Vest",
        category="Innerwear Vests",
        color="Navy Blue",
    ),
    # Truth: model in a white racerback gym vest with black track pants, holding a water bottle (prop).
    # Texts: base BLIP-2 (caption unprompted, answers zero-shot).
    case(
        "X1225-008",
        caption("a man in a white tank top holding a water bottle"),
        wearing("a white tank top and black pants"),
        Q.garment_type("tank top"),
        Q.color("white"),
        D.description("a white tank top with a racer back"),
        Q.material("cotton"),
        gender="Men",
        title="Jockey Men White Solid Racerback Gym Vest",
        category="Innerwear Vests",
        color="White",
    ),
    # Truth: model in navy-and-green checked woven boxers with a plain white crew-neck tee, front.
    # Texts: base BLIP-2 (caption unprompted, answers zero-shot).
    case(
        "X1225-009",
        caption("a man in a white t-shirt and plaid shorts"),
        wearing("a white t-shirt and blue plaid shorts"),
        Q.garment_type("shorts"),
        Q.color("white", "other_garment_color"),
        Q.pattern("plaid"),
        Q.material("cotton"),
        gender="Men",
        title="Chromozome Men Navy Blue & Green Checked Pure Cotton Boxers",
        category="Boxers",
        color="Navy Blue",
    ),
    # Truth: flat lay of three knit boxers: navy with small white dots, grey melange plain, black with a small logo
    # print; no plaid anywhere.
    # Texts: base BLIP-2 (caption unprompted, answers zero-shot).
    case(
        "X1225-010",
        caption("three pairs of boxer shorts on a white background"),
        wearing("underwear"),
        Q.garment_type("boxer shorts"),
        Q.color("black"),
        Q.pattern("plaid", "contradiction"),
        D.description("three pairs of boxer shorts in different colors"),
        is_a("pair of boxers", "yes", article="a"),
        gender="Men",
        title="XYXX Men Pack of 3 Printed Knit Boxers",
        category="Boxers",
        color="Multi",
    ),
    # Truth: back view, model in red-and-white checked boxers with a grey tee; U.S. Polo waistband visible; the boxers
    # have a button fly, no pockets.
    # Texts: base BLIP-2 (caption unprompted, answers zero-shot).
    case(
        "X1225-011",
        caption("the back of a man wearing red plaid boxer shorts"),
        wearing("red plaid boxers"),
        Q.color("red"),
        D.details("elastic waistband with the brand name on it"),
        D.description(
            "a pair of red and white plaid boxer shorts with an elastic waistband and a button fly and two side "
            "pockets and a back pocket and a",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        title="U.S. Polo Assn. Men Red & White Checked Cotton Boxers",
        category="Boxers",
        color="Red",
    ),
    # Truth: model in black knit boxer shorts (closed front, no fly, no pockets) with a white sleeveless vest, front.
    # Texts: base BLIP-2 (caption unprompted, answers zero-shot).
    case(
        "X1225-012",
        caption("a man in a white tank top and black shorts"),
        wearing("a white tank top and black shorts"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("shorts"),
        Q.pattern("solid"),
        D.details("the shorts have a button fly and two pockets", "unsupported"),
        gender="Men",
        title="Jockey Men Black Solid Knit Boxer Shorts",
        category="Boxers",
        color="Black",
    ),
    # Truth: flat lay of two boxers, slightly overlapping: navy with thin white stripes and mid-blue with stripes.
    # Texts: base BLIP-2 (caption unprompted, answers zero-shot).
    case(
        "X1225-013",
        caption("a pair of blue striped boxer shorts", "contradiction"),
        wearing("boxer shorts"),
        Q.pattern("striped"),
        Q.color("blue"),
        D.details("the details of the garment", "restated"),
        Q.material("silk", "unsupported"),
        gender="Men",
        title="Marks & Spencer Men Pack of 2 Striped Cotton Boxers",
        category="Boxers",
        color="Navy Blue",
    ),
    # Truth: model sitting on a wooden stool, yellow boxers with a small banana print, black tee.
    # Texts: base BLIP-2 (caption unprompted, answers zero-shot).
    case(
        "X1225-014",
        caption("a man sitting on a stool wearing yellow shorts with bananas on them"),
        wearing("a black t-shirt and yellow shorts"),
        Q.color("yellow"),
        Q.pattern("floral", "contradiction"),
        D.description("a pair of yellow shorts with bananas on them"),
        is_a("pair of boxers", "no", "contradiction"),
        gender="Men",
        title="Bummer Men Yellow Banana Print Boxers",
        category="Boxers",
        color="Yellow",
    ),
    # Truth: model in grey melange woven boxers with a navy tee, front. The feed has no colour for this row.
    # Texts: base BLIP-2 (caption unprompted, answers zero-shot).
    case(
        "X1225-015",
        caption("a man in a blue shirt and grey shorts"),
        wearing("a blue shirt and gray shorts"),
        Q.garment_type("shorts"),
        Q.color("grey"),
        Q.pattern("solid"),
        details("shorts", "they are short", "non_answer"),
        gender="Men",
        title="Hanes Men Grey Melange Solid Woven Boxers",
        category="Boxers",
    ),
    # Truth: model with long hair tied in a bun, olive boxers with a small paisley print, white vest, front.
    # Texts: base BLIP-2 (caption unprompted, answers zero-shot).
    case(
        "X1225-016",
        caption("a woman in a white tank top and green shorts", "pronoun"),
        wearing("a white tank top and green shorts"),
        Q.color("green"),
        Q.pattern("paisley"),
        Q.material("cotton"),
        gender="Men",
        title="Van Heusen Men Olive Green Paisley Print Cotton Boxers",
        category="Boxers",
        color="Olive",
    ),
    # Truth: flat lay of two navy trunks with white waistbands carrying the Jockey logo.
    # Texts: base BLIP-2 (caption unprompted, answers zero-shot).
    case(
        "X1225-017",
        caption("two pairs of blue boxer briefs on a white background"),
        wearing("underwear"),
        Q.garment_type("underwear"),
        Q.color("blue"),
        D.details("white elastic waistband with the jockey logo"),
        is_a("pair of briefs", "yes"),
        gender="Men",
        title="Jockey Men Pack of 2 Navy Blue Solid Trunks",
        category="Trunk",
        color="Navy Blue",
    ),
    # Truth: model in black trunks with a white tee, front; Calvin Klein waistband.
    # Texts: base BLIP-2 (caption unprompted, answers zero-shot).
    case(
        "X1225-018",
        caption("a man in a white t-shirt and black underwear"),
        wearing("a white t-shirt and black underwear"),
        Q.color("black"),
        Q.garment_type("underwear"),
        Q.material("cotton"),
        D.details("calvin klein"),
        gender="Men",
        title="Calvin Klein Underwear Men Black Solid Cotton Stretch Trunks",
        category="Trunk",
        color="Black",
    ),
    # Truth: model holding a mug, navy-and-white vertical striped pyjama set: long-sleeve button-front shirt and
    # pyjamas with an elastic waist (no drawstring visible, one side pocket).
    # Texts: base BLIP-2 (caption unprompted, answers zero-shot).
    case(
        "X1225-019",
        caption("a man in blue striped pajamas holding a cup of coffee"),
        wearing("pajamas"),
        Q.garment_type("pajamas"),
        Q.color("blue"),
        Q.pattern("striped"),
        Q.sleeve_length("long"),
        D.description(
            "blue and white striped pajamas with a button down shirt and a pair of pants with a drawstring waist "
            "and a pocket on the",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Van Heusen Men Navy Blue & White Striped Pyjama Set",
        category="Night suits",
        color="Navy Blue",
    ),
    # Truth: model sitting on the edge of a bed, maroon-and-navy checked flannel night suit, collared shirt with
    # buttons, pants with a drawstring.
    # Texts: base BLIP-2 (caption unprompted, answers zero-shot).
    case(
        "X1225-020",
        caption("a man sitting on a bed in plaid pajamas"),
        wearing("plaid pajamas"),
        Q.color("red"),
        Q.pattern("plaid"),
        Q.material("flannel"),
        D.details("the shirt has a collar and buttons and the pants have a drawstring"),
        gender="Men",
        title="Louis Philippe Men Maroon & Navy Checked Flannel Night Suit",
        category="Night suits",
        color="Maroon",
    ),
    # Truth: model in a grey melange half-sleeve tee with a small chest print and grey-and-black checked shorts
    # (a night suit set).
    # Texts: base BLIP-2 (caption unprompted, answers zero-shot).
    case(
        "X1225-021",
        caption("a man in a grey t-shirt and plaid shorts"),
        wearing("a gray t-shirt and plaid shorts"),
        Q.garment_type("t-shirt", "contradiction"),
        Q.color("gray"),
        Q.sleeve_length("short"),
        Q.pattern("plaid"),
        gender="Men",
        title="Sweet Dreams Men Grey Melange T-shirt & Checked Shorts Night Suit",
        category="Night suits",
        color="Grey Melange",
    ),
    # Truth: model standing barefoot in an olive solid lounge set: half-sleeve tee and joggers.
    # Texts: base BLIP-2 (caption unprompted, answers zero-shot).
    case(
        "X1225-022",
        caption("a man in an olive green t-shirt and pants"),
        wearing("green shirt and pants"),
        Q.color("green"),
        Q.sleeve_length("short"),
        Q.material("cotton"),
        D.description("green t-shirt and green pants"),
        gender="Men",
        title="Ajile by Pantaloons Men Olive Green Solid Pure Cotton Lounge Set",
        category="Night suits",
        color="Olive",
    ),
    # Truth: flat lay, a blue night suit with a small white star print (folded shirt and pants), a pair of grey
    # slippers beside it (prop). The feed has no gender for this row.
    # Texts: base BLIP-2 (caption unprompted, answers zero-shot).
    case(
        "X1225-023",
        caption("a blue pajama set with stars on it and a pair of slippers"),
        wearing("a pajama set"),
        Q.garment_type("pajamas"),
        Q.color("blue"),
        Q.pattern("stars"),
        D.details("a pair of slippers", "contradiction"),
        title="Dreamz by Pantaloons Men Blue Star Print Night Suit",
        category="Night suits",
        color="Blue",
    ),
    # Truth: back view of a model with shoulder-length hair, charcoal grey tee and matching pyjama pants.
    # Texts: base BLIP-2 (caption unprompted, answers zero-shot).
    case(
        "X1225-024",
        caption("the back of a person in grey pajamas"),
        wearing("she is wearing a gray t-shirt and gray pants", "pronoun"),
        Q.color("gray"),
        Q.garment_type("pajamas"),
        Q.sleeve_length("short"),
        D.details("gray", "non_answer"),
        gender="Men",
        title="Hanes Men Charcoal Grey Solid Night Suit",
        category="Night suits",
        color="Charcoal",
    ),
    # Truth: model looking at his phone, blue-and-white checked pyjama set, the shirt with short sleeves.
    # Texts: base BLIP-2 (caption unprompted, answers zero-shot).
    case(
        "X1225-025",
        caption("a man in a blue and white plaid shirt and pants looking at his phone"),
        wearing("blue and white plaid pajamas"),
        Q.color("blue"),
        Q.pattern("striped", "contradiction"),
        Q.sleeve_length("long", "contradiction"),
        Q.material("cotton"),
        gender="Men",
        title="Park Avenue Men White & Blue Checked Pure Cotton Pyjama Set",
        category="Night suits",
        color="Blue",
    ),
    # Truth: model in a black satin night suit with white piping on collar and cuffs, front.
    # Texts: base BLIP-2 (caption unprompted, answers zero-shot).
    case(
        "X1225-026",
        caption("a man in black satin pajamas"),
        wearing("black pajamas"),
        Q.color("black"),
        Q.material("silk", "unsupported"),
        D.details("white piping on the collar and cuffs"),
        Q.garment_type("pajamas"),
        gender="Men",
        title="Mast & Harbour Men Black Solid Satin Night Suit",
        category="Night suits",
        color="Black",
    ),
    # Truth: model in a navy tee printed "SLEEP MODE" and navy checked pyjama pants, front.
    # Texts: base BLIP-2 (caption unprompted, answers zero-shot).
    case(
        "X1225-027",
        caption("a man wearing a t-shirt that says sleep mode"),
        wearing("a t-shirt and pajama pants"),
        Q.color("navy"),
        Q.pattern("plaid"),
        D.description(
            "a navy blue t-shirt with the words sleep mode on it Question: What is the person wearing? Answer: "
            "a navy blue t-shirt",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("short"),
        gender="Men",
        title="Bewakoof Men Navy Blue Printed Night Suit",
        category="Night suits",
        color="Navy Blue",
    ),
    # Truth: model in navy solid lounge pants (drawstring, side pockets) with a white tee, front.
    # Texts: base BLIP-2 (caption unprompted, answers zero-shot).
    case(
        "X1225-028",
        caption("a man in a white t-shirt and blue pants"),
        wearing("a white t-shirt and blue pants"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("pants"),
        D.details("drawstring waist and side pockets"),
        Q.material("cotton"),
        gender="Men",
        title="Jockey Men Navy Blue Solid Cotton Lounge Pants",
        category="Lounge Pants",
        color="Navy Blue",
    ),
    # Truth: model in plain grey melange lounge pants (no visible logo) with a black tee, front.
    # Texts: base BLIP-2 (caption unprompted, answers zero-shot).
    case(
        "X1225-029",
        caption("a man in a black t-shirt and gray sweatpants"),
        wearing("a black t-shirt and black pants", "other_garment_color"),
        Q.color("gray"),
        Q.garment_type("sweatpants"),
        Q.pattern("solid"),
        D.description("a pair of gray sweatpants with the hanes logo on the left leg", "unsupported"),
        gender="Men",
        title="Hanes Men Grey Melange Solid Lounge Pants",
        category="Lounge Pants",
        color="Grey Melange",
    ),
    # Truth: model sitting on a sofa with a cushion, red-and-black checked pyjama pants with a drawstring, black tee.
    # Texts: base BLIP-2 (caption unprompted, answers zero-shot).
    case(
        "X1225-030",
        caption("a man sitting on a couch in plaid pajama pants"),
        wearing("a black t-shirt and plaid pants"),
        Q.color("red"),
        Q.pattern("plaid"),
        D.description("red and black plaid pajama pants"),
        D.details(
            "the pants have a drawstring waist and a drawstring waist and a drawstring waist and a drawstring waist "
            "and a drawstring",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Roadster Men Red & Black Checked Pyjamas",
        category="Lounge Pants",
        color="Red",
    ),
    # Truth: model in black cotton lounge shorts with a white palm-leaf print and a grey tee, front.
    # Texts: base BLIP-2 (caption unprompted, answers zero-shot).
    case(
        "X1225-031",
        caption("a man in a gray t-shirt and black shorts with palm leaves"),
        wearing("gray t-shirt and black shorts"),
        Q.color("gray", "other_garment_color"),
        Q.pattern("hawaiian"),
        Q.material("polyester", "contradiction"),
        gender="Men",
        title="Jockey Men Black Tropical Print Cotton Lounge Shorts",
        category="Lounge Shorts",
        color="Black",
    ),
    # Truth: back view, model in blue solid cotton lounge shorts with a white tee; the only logo is embroidered on the
    # front of the left leg, not visible from the back. The feed has no colour for this row.
    # Texts: base BLIP-2 (caption unprompted, answers zero-shot).
    case(
        "X1225-032",
        caption("the back of a man in a white shirt and blue shorts"),
        wearing("white shirt and blue shorts"),
        Q.color("blue"),
        Q.garment_type("shorts"),
        D.details("there is a logo on the back", "unsupported"),
        Q.material("nylon", "unsupported"),
        gender="Men",
        title="U.S. Polo Assn. Men Blue Solid Lounge Shorts",
        category="Lounge Shorts",
    ),
    # Truth: flat lay of folded navy-and-white striped pyjama pants.
    # Texts: base BLIP-2 (caption unprompted, answers zero-shot).
    case(
        "X1225-033",
        caption("a pair of blue and white striped pajama pants"),
        wearing("pajamas"),
        Q.garment_type("pants"),
        Q.color("blue"),
        Q.pattern("striped"),
        Q.material("cotton"),
        D.details("they are pajamas", "non_answer"),
        gender="Men",
        title="Marks & Spencer Men Navy Blue Striped Pure Cotton Pyjamas",
        category="Lounge Pants",
        color="Navy Blue",
    ),
    # Truth: model in black Puma track pants with a white side stripe and a Puma logo on the thigh, white tee,
    # white sneakers.
    # Texts: base BLIP-2 (caption unprompted, answers zero-shot).
    case(
        "X1225-034",
        caption("a man in a white t-shirt and black track pants"),
        wearing("a white t-shirt and black track pants"),
        Q.color("black"),
        Q.garment_type("track pants"),
        D.details("white stripe down the side"),
        D.description("black track pants with a white stripe down the side and the puma logo"),
        Q.material("polyester"),
        gender="Men",
        title="Puma Men Black Solid Polyester Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Truth: model in navy Adidas track pants with three white side stripes and a grey hoodie; the navy reads dark.
    # Texts: base BLIP-2 (caption unprompted, answers zero-shot).
    case(
        "X1225-035",
        caption("a man in a gray hoodie and black adidas pants", "contradiction"),
        wearing("a gray hoodie and black pants", "contradiction"),
        Q.color("gray", "other_garment_color"),
        Q.pattern("solid"),
        is_a("pair of track pants", "yes"),
        D.details("three stripes on the side"),
        gender="Men",
        title="ADIDAS Men Navy Blue Solid Track Pants",
        category="Track Pants",
        color="Navy Blue",
    ),
    # Truth: side view, model in grey melange joggers (drawstring, side pockets, elastic ankle cuffs), black tee.
    # Texts: base BLIP-2 (caption unprompted, answers zero-shot).
    case(
        "X1225-036",
        caption("a man in a black t-shirt and gray joggers"),
        wearing("a black t-shirt and gray sweatpants"),
        Q.color("gray"),
        Q.garment_type("sweatpants"),
        D.details("elastic cuffs at the ankles"),
        D.description("a pair of gray sweatpants with a drawstring waist and pockets"),
        Q.material("Answer: cotton", "leak"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Grey Melange Solid Joggers",
        category="Track Pants",
        color="Grey Melange",
    ),
    # Truth: model in olive cotton cargo joggers with a white tee and a cap (prop); flap pockets on the legs.
    # Texts: base BLIP-2 (caption unprompted, answers zero-shot).
    case(
        "X1225-037",
        caption("a man in a white t-shirt and green cargo pants wearing a hat"),
        wearing("a white t-shirt and green pants"),
        Q.color("green"),
        Q.garment_type("cargo pants"),
        Q.material("denim", "unsupported"),
        D.details("pockets"),
        gender="Men",
        title="Roadster Men Olive Green Solid Cargo Joggers",
        category="Track Pants",
        color="Olive",
    ),
    # Truth: back view, model in black Nike Dri-FIT track pants and a black tee. The feed has no category here.
    # Texts: base BLIP-2 (caption unprompted, answers zero-shot).
    case(
        "X1225-038",
        caption("the back of a man in black"),
        wearing("black", "non_answer"),
        Q.color("black"),
        Q.garment_type("pants"),
        Q.material("polyester"),
        is_a("pair of track pants", "yes"),
        D.details("it's a pair of black pants", "non_answer"),
        gender="Men",
        title="Nike Men Black Dri-FIT Track Pants",
        color="Black",
    ),
    # Truth: model in charcoal grey plain track pants (no stripe) with a white tee, front.
    # Texts: base BLIP-2 (caption unprompted, answers zero-shot).
    case(
        "X1225-039",
        caption("a man in a white t-shirt and black sweatpants", "contradiction"),
        wearing("a white t-shirt and gray pants"),
        Q.color("gray"),
        Q.pattern("solid"),
        D.description("a pair of gray sweatpants with a white stripe", "unsupported"),
        gender="Men",
        title="Alcis Men Charcoal Grey Solid Track Pants",
        category="Track Pants",
        color="Charcoal",
    ),
    # Truth: model in maroon track pants with a black hoodie, holding a basketball (prop); drawstring, zip pockets.
    # Texts: base BLIP-2 (caption unprompted, answers zero-shot).
    case(
        "X1225-040",
        caption("a man in a black hoodie holding a basketball"),
        wearing("a black hoodie and red pants"),
        Q.color("black", "other_garment_color"),
        Q.garment_type("hoodie", "contradiction"),
        D.details("a drawstring and zip pockets"),
        Q.material("polyester"),
        gender="Men",
        title="Sports52 wear Men Maroon Solid Polyester Track Pants",
        category="Track Pants",
        color="Maroon",
    ),
    # Truth: flat lay of navy track pants with side pockets, a white drawstring and a small Jockey logo on the left
    # thigh. The feed has no colour for this row.
    # Texts: base BLIP-2 (caption unprompted, answers zero-shot).
    case(
        "X1225-041",
        caption("a pair of navy blue sweatpants on a white background"),
        wearing("sweatpants"),
        Q.color("blue"),
        Q.garment_type("sweatpants"),
        D.details(
            "the pants have pockets on the side and a drawstring waist with a white drawstring and the jockey logo "
            "on the left leg and the",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Jockey Men Navy Solid Track Pants",
        category="Track Pants",
    ),
    # Truth: model in a white-and-grey striped lounge tee with navy lounge pants, front.
    # Texts: base BLIP-2 (caption unprompted, answers zero-shot).
    case(
        "X1225-042",
        caption("a man in a gray and white striped shirt and blue pants"),
        wearing("a striped t-shirt and blue pants"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("striped"),
        Q.sleeve_length("short"),
        Q.material("cotton"),
        D.details("the details of the t-shirt", "restated"),
        gender="Men",
        title="Jockey Men White & Grey Striped Cotton Lounge T-shirt",
        category="Lounge Tshirts",
        color="White",
    ),
    # Truth: model in a plain black round-neck lounge tee with grey lounge pants, front.
    # Texts: base BLIP-2 (caption unprompted, answers zero-shot).
    case(
        "X1225-043",
        caption("a man in a black t-shirt and gray pants"),
        wearing("a black shirt and gray pants"),
        Q.garment_type("t-shirt"),
        Q.color("black"),
        Q.sleeve_length("short"),
        D.description("a black t-shirt"),
        D.details("it's a t-shirt", "non_answer"),
        gender="Men",
        title="Hanes Men Black Solid Round Neck Lounge T-shirt",
        category="Lounge Tshirts",
        color="Black",
    ),
    # Truth: model in a navy cotton terry bath robe (shawl collar, no hood) with a tie belt, grey pyjama pants under it.
    # Texts: base BLIP-2 (caption unprompted, answers zero-shot).
    case(
        "X1225-044",
        caption("a man in a blue robe"),
        wearing("a bathrobe"),
        Q.garment_type("robe"),
        Q.color("blue"),
        Q.sleeve_length("long"),
        Q.material("terry cloth"),
        is_a("bathrobe", "yes"),
        D.details("the robe has a hood", "unsupported"),
        gender="Men",
        title="Marks & Spencer Men Navy Blue Solid Cotton Terry Bath Robe",
        category="Bath Robe",
        color="Navy Blue",
    ),
    # Truth: two white sleeveless vests, one flat and one folded in its open gift box (prop); a small Jockey label at
    # the hem. No person.
    # Texts: base BLIP-2 (caption unprompted, answers zero-shot).
    case(
        "X1225-045",
        caption("two white tank tops and a box"),
        wearing("i don't know", "non_answer"),
        Q.garment_type("tank top"),
        Q.color("white"),
        is_a("vest", "no", "contradiction"),
        D.details("jockey"),
        gender="Men",
        title="Jockey Men Pack of 2 White Solid Innerwear Vests",
        category="Innerwear Vests",
        color="White",
    ),
]
