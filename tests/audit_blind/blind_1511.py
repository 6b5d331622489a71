"""BLIND_1511 (45 products; Myntra men's sportswear, VQA adapter, default questionnaire): written blind in the sixty-
fifth session. Measured blind at 71dbb3c (the session's sixth rules): 89/100 failures found (89.0%) and 8/244 correct
texts flagged (3.3%). The writer's notes, verbatim:

Scenario: a Myntra men's sportswear feed (tracksuits, track pants, jerseys and training tees, running shorts,
hoodies and sweatshirts, track jackets and windcheaters). The columns are the feed's own: title (Myntra's product
display name), category (the article type: Tracksuits, Track Pants, Tshirts, Shorts, Sweatshirts, Jackets, Rain
Jacket), color (the base colour: Navy Blue, Grey Melange, Charcoal, Fluorescent Green...) and gender; a few rows
lack one of them, as real feeds do. Photos are the usual catalog shots: a model on a light grey or white backdrop
wearing the product with other clothes (jeans, joggers, a tee under an open jacket), a few flat lays, two back
views, now and then a prop (a football, a dumbbell, a gym bag).
Who wrote what: every text is an answer from the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA on
Salesforce/blip2-opt-2.7b, greedy, 30 new tokens) to enrich's default questionnaire. There is no caption: the
questionnaire asks none. The sleeve question is not asked for bottoms (track pants, shorts) and a few rows miss a
question or two. Closed answers (garment type, color, pattern, sleeves) are stored as the matched candidate when
the answer maps, and as the raw generated text when it does not, so a leak, a "yes" or a color for the pattern can
sit in a closed field too.
The adapter was trained on In-shop color / "what cloth" / yes-no pairs only, so it answers short closed questions
well and open ones (description, details) badly: it runs on, repeats itself, echoes the Question/Answer format,
answers "yes" or a bare color, and invents hoods, pockets and logos.
Labeling conventions and judgement calls: judged against the photo I imagined (the comment above each case) and the
title. For a tracksuit, naming either piece (jacket) is right. Near hues are right (olive = green, charcoal = grey,
maroon = red, melange = grey); navy or charcoal read as black and neon green read as yellow are contradictions, and so
are a full-zip hoodie typed as a jacket and a prop (a dumbbell) given as the garment's detail. A color that belongs to
another visible garment given to the product is other_garment_color; the product's color given to another garment in the
same answer is contradiction. A bare color, "yes"/"no" or nothing as the answer to the details, pattern or material
question is non_answer; a tautology or an echo of the question is restated. A detail the photo cannot show (a front logo
on a back view, a hood on a crew neck, a zip on a pullover) is unsupported, and so is a material the title or the fabric
in the photo rules out (cotton for Dri-FIT / Rapid-Dry, for shiny tricot or jersey mesh; leather for a rain jacket). A
text that runs to the limit and repeats is loop; one that runs to the limit mid-phrase without repeating is cut; one
that echoes "Question:"/"Answer:" is leak whatever else is wrong with it. For flat lays, naming the garment answers the
wearing question. hit_limit marks every text that used all 30 tokens. About three texts in ten came out wrong: the
closed answers that map are mostly right, the open ones often run on.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import case

BLIND_1511 = [
    # 001 photo: model, front, light grey backdrop: black zip track jacket with white piping down the sleeves,
    # matching black track pants with white side piping, white sneakers. Shiny polyester tricot. VQA adapter wrote
    # every answer.
    case(
        "X1511-001",
        Q.wearing("a black jacket and black pants"),
        Q.garment_type("jacket"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeve"),
        Q.description(
            "a black jacket with white stripes on the sleeves and black pants with white stripes on the sides"
        ),
        Q.details(
            "zipper, zipper, zipper, zipper, zipper, zipper, zipper, zipper, zipper, zipper, zipper, zipper, zipper,"
            " zipper, zipper,",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Proline Active Men Black Solid Tracksuit",
        category="Tracksuits",
        color="Black",
    ),
    # 002 photo: model, front, cropped at the chest: navy track pants with a small white Puma cat on the left thigh,
    # white printed tee, white shoes. Shiny polyester knit. VQA adapter wrote every answer.
    case(
        "X1511-002",
        Q.wearing("a white tee and blue pants"),
        Q.garment_type("pants"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.description("a pair of blue pants with a white logo on the left thigh"),
        Q.details(
            "the pants have a drawstring waist and two side pockets and a zipper pocket on the back and a zipper"
            " pocket on the",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Puma Men Navy Blue Solid Slim Fit Track Pants",
        category="Track Pants",
        color="Navy Blue",
    ),
    # 003 photo: model, front: red football jersey, white three stripes on the shoulders, white sponsor print across
    # the chest, dark blue jeans. Polyester mesh. VQA adapter wrote every answer.
    case(
        "X1511-003",
        Q.wearing("a red tee and jeans"),
        Q.garment_type("tee"),
        Q.color("red"),
        Q.pattern("printed"),
        Q.sleeve_length("short sleeve"),
        Q.description("a red tee with a white logo"),
        Q.details("red", "non_answer"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="ADIDAS Men Red Manchester United Home Jersey",
        category="Tshirts",
        color="Red",
    ),
    # 004 photo: lower-body crop: black running shorts with a small white swoosh, bare legs, running shoes, the hem of
    # a grey tee just visible. VQA adapter wrote every answer.
    case(
        "X1511-004",
        Q.wearing("black shorts"),
        Q.garment_type("shorts"),
        Q.color("black"),
        Q.pattern("black", "non_answer"),
        Q.description("black shorts with a white logo"),
        Q.details(
            "the shorts are black and the shorts are black and the shorts are black and the shorts are black and the"
            " shorts are black and",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Nike Men Black Dri-FIT Challenger Running Shorts",
        category="Shorts",
        color="Black",
    ),
    # 005 photo: model, front: grey melange pullover hoodie with kangaroo pocket and drawcords, black joggers.
    # Cotton-rich fleece. VQA adapter wrote every answer.
    case(
        "X1511-005",
        Q.wearing("a grey hoodie and black pants"),
        Q.garment_type("sweatshirt"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeve"),
        Q.description(
            "a grey hoodie with a hood and a pocket in the front and a drawstring on the hood and a logo on the chest"
            " and a",
            "cut",
            hit_limit=True,
        ),
        Q.details(
            "hood, pocket, hood, pocket, hood, pocket, hood, pocket, hood, pocket, hood, pocket, hood, pocket, hood,",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Grey Melange Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # 006 photo: model, front: neon green running tee with a small white reflective logo on the chest, black shorts.
    # VQA adapter wrote every answer.
    case(
        "X1511-006",
        Q.wearing("she is wearing a green tee and black shorts", "pronoun"),
        Q.garment_type("tee"),
        Q.color("yellow", "contradiction"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeve"),
        Q.description("a green tee with a white logo on the chest"),
        Q.details(
            "Question: What are the details of the garment? Answer: a green tee with a white logo on the chest"
            " Question: What are the",
            "leak",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="Reebok Men Fluorescent Green Running T-shirt",
        category="Tshirts",
        color="Fluorescent Green",
    ),
    # 007 photo: model, front: black track pants with three white stripes down the sides and ankle zips, plain white
    # tee, black trainers. VQA adapter wrote every answer.
    case(
        "X1511-007",
        Q.wearing("a white tee and black pants"),
        Q.garment_type("pants"),
        Q.color("black"),
        Q.pattern("striped"),
        Q.description("a pair of black pants with white stripes on the sides"),
        Q.details("the pants have white stripes on the sides and a zipper on the bottom of the legs"),
        Q.material("polyester"),
        gender="Men",
        title="ADIDAS Men Black Tiro 21 Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # 008 photo: model, front: teal running shorts, loose white tee over them, white shoes. VQA adapter wrote every
    # answer.
    case(
        "X1511-008",
        Q.wearing("a white tee and blue shorts"),
        Q.garment_type("shorts"),
        Q.color("white", "other_garment_color"),
        Q.pattern("white", "non_answer"),
        Q.description("blue shorts"),
        Q.details(
            "Question: What are the details of the shorts? Answer: the shorts are blue Question: What are the details"
            " of the shorts? Answer:",
            "leak",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="ASICS Men Teal Blue Solid Running Shorts",
        category="Shorts",
        color="Teal",
    ),
    # 009 photo: model, front: olive windcheater zipped to the chin, hood down behind the neck, chest zip pocket, grey
    # joggers. VQA adapter wrote every answer.
    case(
        "X1511-009",
        Q.wearing("a green jacket and grey pants"),
        Q.garment_type("jacket"),
        Q.color("green"),
        Q.pattern("green", "non_answer"),
        Q.sleeve_length("long sleeve"),
        Q.description("a green jacket with a hood and a zipper"),
        Q.details(
            "the jacket has a hood and a zipper and a pocket on the chest and a pocket on the sleeve and a pocket on"
            " the sleeve and a pocket on the sleeve",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="Wildcraft Men Olive Green Hooded Windcheater Jacket",
        category="Jackets",
        color="Olive",
    ),
    # 010 photo: BACK view, model facing away: blue cricket fan jersey, "KOHLI 18" printed in orange on the back,
    # orange accents on the sleeves, black track pants. The chest is not visible. VQA adapter wrote every answer.
    case(
        "X1511-010",
        Q.wearing("she is wearing a blue tee and black pants", "pronoun"),
        Q.garment_type("tee"),
        Q.color("blue"),
        Q.pattern("printed"),
        Q.sleeve_length("short sleeve"),
        Q.description("a blue tee with the number 18 on the back"),
        Q.details("a logo on the chest and a collar", "unsupported"),
        Q.material("polyester"),
        gender="Men",
        title="MPL Sports Men Blue India Cricket Fan Jersey",
        category="Tshirts",
        color="Blue",
    ),
    # 011 photo: model, front: dark navy track jacket open over a white tee, white three stripes down the sleeves,
    # matching navy pants with side stripes, white shoes. VQA adapter wrote every answer.
    case(
        "X1511-011",
        Q.wearing("a blue jacket, a white tee and blue pants"),
        Q.garment_type("jacket"),
        Q.color("black", "contradiction"),
        Q.pattern("striped"),
        Q.sleeve_length("long sleeve"),
        Q.description(
            "a blue jacket with white stripes on the sleeves and a white tee and blue pants with white stripes on the"
            " sides and white shoes and a",
            "cut",
            hit_limit=True,
        ),
        Q.details("stripes"),
        Q.material("polyester"),
        gender="Men",
        title="ADIDAS Men Navy Blue Essentials 3-Stripes Tracksuit",
        category="Tracksuits",
        color="Navy Blue",
    ),
    # 012 photo: model, front: black crew-neck sweatshirt (no hood) with a large white Puma logo print on the chest,
    # blue jeans. VQA adapter wrote every answer.
    case(
        "X1511-012",
        Q.wearing("a black sweatshirt and black jeans", "contradiction"),
        Q.garment_type("sweatshirt"),
        Q.color("black"),
        Q.pattern("graphic"),
        Q.sleeve_length("yes", "non_answer"),
        Q.description("a black sweatshirt with a hood and a white logo", "unsupported"),
        Q.details(
            "the logo is on the chest and the logo is on the chest and the logo is on the chest and the logo is on"
            " the chest and",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        title="Puma Men Black Printed Sweatshirt",
        category="Sweatshirts",
        color="Black",
    ),
    # 013 photo: FLAT LAY on white: grey melange joggers, ribbed cuffs, white drawcord. No person. VQA adapter wrote
    # every answer. The feed row has no gender.
    case(
        "X1511-013",
        Q.wearing(
            "a pair of grey pants and a pair of grey pants and a pair of grey pants and a pair of grey pants and a"
            " pair",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("pants"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.description("a pair of grey pants with a drawstring"),
        Q.details("", "non_answer"),
        Q.material("cotton"),
        title="Proline Active Men Grey Melange Solid Joggers",
        category="Track Pants",
        color="Grey Melange",
    ),
    # 014 photo: model, front: white polo with navy tipping on the collar, navy shorts. Rapid-Dry polyester.
    # VQA adapter wrote every answer.
    case(
        "X1511-014",
        Q.wearing("a white polo shirt and blue shorts"),
        Q.garment_type("polo shirt"),
        Q.color("white"),
        Q.pattern("white", "non_answer"),
        Q.sleeve_length("short sleeve"),
        Q.description("a white polo shirt with a blue collar"),
        Q.details(
            "a white polo shirt with a blue collar and a blue collar and a blue collar and a blue collar and a blue"
            " collar and a",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="HRX by Hrithik Roshan Men White Solid Rapid-Dry Polo T-shirt",
        category="Tshirts",
        color="White",
    ),
    # 015 photo: model, front: grey running shorts with a small black logo on the leg, black tee, black shoes.
    # VQA adapter wrote every answer.
    case(
        "X1511-015",
        Q.wearing("a black tee and black shorts", "other_garment_color"),
        Q.garment_type("shorts"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.description(
            "grey shorts with a black logo and a black logo and a black logo and a black logo and a black logo and a"
            " black",
            "loop",
            hit_limit=True,
        ),
        Q.details("short shorts", "non_answer"),
        Q.material("polyester"),
        gender="Men",
        title="UNDER ARMOUR Men Grey Launch SW 7 Running Shorts",
        category="Shorts",
        color="Grey",
    ),
    # 016 photo: model, front: black track jacket zipped up, white tape down the sleeves, small white logo on the
    # chest, black track pants. Polyester tricot. No pockets visible on the jacket. VQA adapter wrote every answer.
    case(
        "X1511-016",
        Q.wearing("a black jacket and black pants"),
        Q.garment_type("jacket"),
        Q.color("black"),
        Q.pattern("striped"),
        Q.sleeve_length("long sleeve"),
        Q.description(
            "a black jacket with white stripes on the sleeves and a white logo on the chest and a zipper on the front"
            " and two pockets on the",
            "cut",
            hit_limit=True,
        ),
        Q.details("zipper"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Puma Men Black T7 Solid Track Jacket",
        category="Jackets",
        color="Black",
    ),
    # 017 photo: model, front: maroon track jacket open over a white tee, matching maroon pants. VQA adapter wrote
    # every answer.
    case(
        "X1511-017",
        Q.wearing(
            "a red jacket and red pants and a white tee and a red jacket and red pants and a white tee and a red jacket"
            " and",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("tracksuit"),
        Q.color("maroon"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeve"),
        Q.description("a red jacket and red pants"),
        Q.details(
            "Question: What are the details of the garment? Answer: a red jacket and red pants Question: What are the"
            " details of the garment? Answer",
            "leak",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="Sports52 wear Men Maroon Solid Tracksuit",
        category="Tracksuits",
        color="Maroon",
    ),
    # 018 photo: model, front: royal blue cotton tee with a white graphic print on the chest, black track pants, a
    # black gym bag over one shoulder. VQA adapter wrote every answer.
    case(
        "X1511-018",
        Q.wearing("a blue tee and black pants"),
        Q.garment_type("tee"),
        Q.color("blue"),
        Q.pattern("graphic"),
        Q.sleeve_length("short sleeve"),
        Q.description(
            "a blue tee with a white graphic Question: Describe the garment. Answer: a blue tee with a white graphic"
            " Question: Describe the",
            "leak",
            hit_limit=True,
        ),
        Q.details(
            "a black bag and a blue tee and a black bag and a blue tee and a black bag and a blue tee and a black",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        title="Puma Men Blue Printed Round Neck T-shirt",
        category="Tshirts",
        color="Blue",
    ),
    # 019 photo: model, front: navy full-zip fleece hoodie, open over a white tee, grey joggers. VQA adapter wrote
    # every answer.
    case(
        "X1511-019",
        Q.wearing("a blue hoodie and a white tee and grey pants"),
        Q.garment_type("jacket", "contradiction"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeve"),
        Q.description("a blue hoodie with a zipper"),
        Q.details(
            "a blue hoodie with a zipper and a white tee and grey pants and a white tee and grey pants and a white tee"
            " and grey",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        title="Nike Men Navy Blue Club Fleece Full-Zip Hoodie",
        category="Sweatshirts",
        color="Navy Blue",
    ),
    # 020 photo: model, front: black training shorts, black tee, black shoes (all black). VQA adapter wrote every
    # answer.
    case(
        "X1511-020",
        Q.wearing(
            "a black tee and black shorts and black shoes and a black tee and black shorts and black shoes and a black"
            " tee and black",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("shorts"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.description("black shorts"),
        Q.details("black", "non_answer"),
        Q.material("polyester"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Solid Rapid-Dry Training Shorts",
        category="Shorts",
        color="Black",
    ),
    # 021 photo: model, front: orange running tee, round neck, small silver swoosh on the chest, black shorts. The back
    # is not shown. VQA adapter wrote every answer.
    case(
        "X1511-021",
        Q.wearing("a orange tee and black shorts"),
        Q.garment_type("tee"),
        Q.color("orange"),
        Q.pattern("orange", "non_answer"),
        Q.sleeve_length("short sleeve"),
        Q.description("a orange tee"),
        Q.details(
            "the tee is orange and has a round neck and short sleeves and a logo on the chest and a logo on the back"
            " and a logo on the",
            "cut",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="Nike Men Orange Dri-FIT Miler Running T-shirt",
        category="Tshirts",
        color="Orange",
    ),
    # 022 photo: model, cropped from the waist: charcoal track pants, side pockets, white tee hanging over the
    # waistband. VQA adapter wrote every answer.
    case(
        "X1511-022",
        Q.wearing("she is wearing a white tee and grey pants", "pronoun"),
        Q.garment_type("pants"),
        Q.color("black", "contradiction"),
        Q.pattern("solid"),
        Q.description(
            "grey pants with a drawstring and two pockets and a drawstring and two pockets and a drawstring and two"
            " pockets and a",
            "loop",
            hit_limit=True,
        ),
        Q.details("pockets"),
        Q.material("cotton"),
        gender="Men",
        title="Jockey Men Charcoal Grey Slim Fit Track Pants",
        category="Track Pants",
        color="Charcoal",
    ),
    # 023 photo: model, front: white pullover hoodie with a large black Adidas logo, kangaroo pocket, drawcords, black
    # track pants. VQA adapter wrote every answer.
    case(
        "X1511-023",
        Q.wearing("a white hoodie and black pants"),
        Q.garment_type("hoodie"),
        Q.color("white"),
        Q.pattern("graphic"),
        Q.sleeve_length("long sleeve"),
        Q.description("a white hoodie with a black logo on the front"),
        Q.details("the hoodie has a hood and a drawstring and a pocket on the front"),
        Q.material("cotton"),
        gender="Men",
        title="ADIDAS Men White Essentials Big Logo Hooded Sweatshirt",
        category="Sweatshirts",
        color="White",
    ),
    # 024 photo: model, front: cricket replica jersey, red body with black shoulders and gold print, black track
    # pants. Polyester. VQA adapter wrote every answer.
    case(
        "X1511-024",
        Q.wearing("a red and black tee and black pants"),
        Q.garment_type("tee"),
        Q.color("black", "contradiction"),
        Q.pattern("color block"),
        Q.sleeve_length("short sleeve"),
        Q.description("a red and black tee with a logo on the chest"),
        Q.details(
            "a red and black tee with a logo on the chest and a logo on the chest and a logo on the chest and a logo"
            " on the",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Puma Men Red Royal Challengers Bangalore Replica Jersey",
        category="Tshirts",
        color="Red",
    ),
    # 025 photo: FLAT LAY on white: navy sports shorts, white drawcord, two side zip pockets. No person. VQA adapter
    # wrote every answer.
    case(
        "X1511-025",
        Q.wearing("blue shorts"),
        Q.garment_type("shorts"),
        Q.color("black", "contradiction"),
        Q.pattern("blue", "non_answer"),
        Q.description("a pair of blue shorts"),
        Q.details("what are the details of the garment", "restated"),
        Q.material("polyester"),
        gender="Men",
        title="WROGN ACTIVE Men Navy Blue Solid Regular Fit Sports Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
    # 026 photo: model, front: black hooded rain jacket, zipped, hood down, black pants. Nylon shell. VQA adapter
    # wrote every answer.
    case(
        "X1511-026",
        Q.wearing("she is wearing a black jacket and black pants", "pronoun"),
        Q.garment_type("jacket"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeve"),
        Q.description("a black jacket with a hood"),
        Q.details(
            "the jacket has a hood and a zipper and a hood and a zipper and a hood and a zipper and a hood and a"
            " zipper and",
            "loop",
            hit_limit=True,
        ),
        Q.material("leather", "unsupported"),
        gender="Men",
        title="Columbia Men Black Watertight II Rain Jacket",
        category="Rain Jacket",
        color="Black",
    ),
    # 027 photo: model, front: royal blue track jacket with a white and black colour-blocked chest panel, navy pants.
    # VQA adapter wrote every answer.
    case(
        "X1511-027",
        Q.wearing("a blue and white jacket and blue pants"),
        Q.garment_type("jacket"),
        Q.color("blue"),
        Q.pattern("color block"),
        Q.sleeve_length("long sleeve"),
        Q.description(
            "a blue and white jacket and blue pants Question: Describe the garment. Answer: a blue and white jacket"
            " and blue pants Question:",
            "leak",
            hit_limit=True,
        ),
        Q.details("the details of the garment", "restated"),
        Q.material("polyester"),
        gender="Men",
        title="Puma Men Blue Colourblocked Tracksuit",
        category="Tracksuits",
        color="Blue",
    ),
    # 028 photo: model, front: black long-sleeve compression top, white swoosh on the chest, black shorts.
    # VQA adapter wrote every answer.
    case(
        "X1511-028",
        Q.wearing("a black tee and black shorts"),
        Q.garment_type("tee"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeve", "contradiction"),
        Q.description("a black tee with long sleeves"),
        Q.details("a white logo on the chest"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Nike Pro Men Black Dri-FIT Long Sleeve Compression T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # 029 photo: model, front: black track pants with red-and-white logo tape and snap buttons down the sides, white
    # tee. VQA adapter wrote every answer. The feed row has no category.
    case(
        "X1511-029",
        Q.wearing(
            "a white tee and black pants Question: What is the color of the pants? Answer: black Question: What is the"
            " color of the",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("pants"),
        Q.color("black"),
        Q.pattern("striped"),
        Q.description("a black pants with a red and white stripe on the side"),
        Q.details("buttons on the side"),
        Q.material("black", "non_answer"),
        gender="Men",
        title="Kappa Men Black Banda Track Pants",
        color="Black",
    ),
    # 030 photo: model, front: olive crew-neck pullover sweatshirt (no hood, no zip), black joggers. VQA adapter
    # wrote every answer.
    case(
        "X1511-030",
        Q.wearing("a green sweatshirt and black pants"),
        Q.garment_type("sweatshirt"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a green sweatshirt with a hood and a zipper in the front", "unsupported"),
        Q.details("hood", "unsupported"),
        Q.material("cotton"),
        gender="Men",
        title="Proline Active Men Olive Green Solid Sweatshirt",
        category="Sweatshirts",
        color="Olive",
    ),
    # 031 photo: model, front, one foot on a football: white football shorts with three black stripes down the side,
    # black football jersey. VQA adapter wrote every answer.
    case(
        "X1511-031",
        Q.wearing("a black tee and white shorts"),
        Q.garment_type("shorts"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.description("white shorts and a soccer ball"),
        Q.details("three black stripes on the side"),
        Q.material("polyester"),
        gender="Men",
        title="ADIDAS Men White Tastigo 19 Football Shorts",
        category="Shorts",
        color="White",
    ),
    # 032 photo: model, front: grey melange training tee, small black logo on the chest, black shorts. VQA adapter
    # wrote every answer.
    case(
        "X1511-032",
        Q.wearing("a grey tee and black shorts"),
        Q.garment_type("tee"),
        Q.color("grey"),
        Q.pattern("grey", "non_answer"),
        Q.sleeve_length("short"),
        Q.description(
            "grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey"
            " grey grey grey grey grey grey grey grey grey",
            "loop",
            hit_limit=True,
        ),
        Q.details("a logo on the chest"),
        Q.material("cotton"),
        gender="Men",
        title="Reebok Men Grey Melange Workout Ready T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # 033 photo: model, front: navy windcheater with a red chest panel, hood, one chest pocket, grey track pants.
    # VQA adapter wrote every answer.
    case(
        "X1511-033",
        Q.wearing("a blue and red jacket and grey pants"),
        Q.garment_type("jacket"),
        Q.color(
            "blue Question: What is the color of the garment? Answer: blue Question: What is the color of the"
            " garment? Answer: blue",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("color block"),
        Q.sleeve_length("long sleeve"),
        Q.description("the garment is a garment that you wear", "restated"),
        Q.details(
            "the jacket has a hood and a zipper and a pocket on the chest and a pocket on the side and a pocket on the"
            " back and a",
            "cut",
            hit_limit=True,
        ),
        Q.material("nylon"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Navy Blue & Red Colourblocked Windcheater",
        category="Jackets",
        color="Navy Blue",
    ),
    # 034 photo: model, front: grey track pants, black pullover hoodie, white sneakers. VQA adapter wrote every
    # answer.
    case(
        "X1511-034",
        Q.wearing("a black hoodie and grey pants"),
        Q.garment_type("pants"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.description("Answer: grey pants", "leak"),
        Q.details(
            "grey pants with a black hoodie and white shoes and a black hoodie and white shoes and a black hoodie and"
            " white shoes and",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        title="FILA Men Grey Solid Track Pants",
        category="Track Pants",
        color="Grey",
    ),
    # 035 photo: model, front: yellow football jersey with a green collar and cuffs, crest on the chest, blue shorts.
    # Polyester. VQA adapter wrote every answer.
    case(
        "X1511-035",
        Q.wearing("a yellow tee and blue shorts"),
        Q.garment_type("tee"),
        Q.color("yellow"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeve"),
        Q.description("a yellow tee with a green collar and a logo on the chest"),
        Q.details("yes", "non_answer"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Nike Men Yellow Brazil Stadium Home Football Jersey",
        category="Tshirts",
        color="Yellow",
    ),
    # 036 photo: model, front: track jacket with a grey melange body and black sleeves, black pants, white shoes.
    # VQA adapter wrote every answer.
    case(
        "X1511-036",
        Q.wearing("a grey and black jacket and black pants"),
        Q.garment_type("jacket"),
        Q.color("grey"),
        Q.pattern("color block"),
        Q.sleeve_length("long sleeve"),
        Q.description(
            "he is wearing a grey and black jacket and black pants and white shoes and he is wearing a grey and black"
            " jacket and",
            "loop",
            hit_limit=True,
        ),
        Q.details("the jacket is grey and black and the pants are black"),
        Q.material("cotton"),
        gender="Men",
        title="Performax Men Grey Melange & Black Colourblocked Tracksuit",
        category="Tracksuits",
        color="Grey Melange",
    ),
    # 037 photo: BACK view, model facing away: red pullover hoodie, hood down, plain back, black pants. The front is
    # not visible. VQA adapter wrote every answer.
    case(
        "X1511-037",
        Q.wearing("a red hoodie and black pants"),
        Q.garment_type("sweatshirt"),
        Q.color("red"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeve"),
        Q.description("a red hoodie with a white logo on the front and a pocket", "unsupported"),
        Q.details("a red hoodie with a hood"),
        Q.material("cotton"),
        gender="Men",
        title="Puma Men Red Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Red",
    ),
    # 038 photo: model, front: black running shorts with an all-over grey geometric print, white tee. VQA adapter
    # wrote every answer.
    case(
        "X1511-038",
        Q.wearing(
            "a white tee and black shorts and white shoes and a white tee and black shorts and white shoes and a white"
            " tee and black",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("shorts"),
        Q.color("black"),
        Q.pattern("solid", "contradiction"),
        Q.description("black shorts with a grey print"),
        Q.details(
            "Question: What are the details of the garment? Answer: a black shorts with a grey pattern on the side"
            " Question: What are",
            "leak",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="Alcis Men Black Printed Running Shorts",
        category="Shorts",
        color="Black",
    ),
    # 039 photo: model, front: navy polo with white horizontal stripes, three-button placket, grey shorts. VQA adapter
    # wrote every answer. The feed row has no base colour.
    case(
        "X1511-039",
        Q.wearing("a blue and white striped polo shirt and grey shorts"),
        Q.garment_type("polo shirt"),
        Q.color("navy blue"),
        Q.pattern("striped"),
        Q.sleeve_length("short sleeve"),
        Q.description(
            "a blue and white striped polo shirt with a collar and buttons on the front and a logo on the chest and a"
            " logo on the",
            "cut",
            hit_limit=True,
        ),
        Q.details(
            "stripes, stripes, stripes, stripes, stripes, stripes, stripes, stripes, stripes, stripes, stripes,"
            " stripes, stripes, stripes, stripes,",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        title="Puma Men Navy Blue Striped Polo Collar T-shirt",
        category="Tshirts",
    ),
    # 040 photo: model, front: black track jacket unzipped over a red tee, white three stripes on the shoulders,
    # black pants. VQA adapter wrote every answer.
    case(
        "X1511-040",
        Q.wearing("a black jacket and a red tee and black pants"),
        Q.garment_type("jacket"),
        Q.color("red", "other_garment_color"),
        Q.pattern("striped"),
        Q.sleeve_length("long sleeve"),
        Q.description("she is wearing a black jacket with white stripes", "pronoun"),
        Q.details("white stripes on the shoulders and a zipper"),
        Q.material("polyester"),
        gender="Men",
        title="ADIDAS Men Black Tiro Track Jacket",
        category="Jackets",
        color="Black",
    ),
    # 041 photo: model, front: olive joggers with ribbed cuffs and a drawcord, black tee. VQA adapter wrote every
    # answer.
    case(
        "X1511-041",
        Q.wearing("a black tee and black pants", "other_garment_color"),
        Q.garment_type("pants"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.description("a pair of green pants with a drawstring and cuffs at the bottom"),
        Q.details(
            "the pants are green and the pants are green and the pants are green and the pants are green and the"
            " pants are",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Olive Green Solid Joggers",
        category="Track Pants",
        color="Olive",
    ),
    # 042 photo: model, front, a dumbbell in his right hand: black sleeveless muscle tank, grey shorts. VQA adapter
    # wrote every answer.
    case(
        "X1511-042",
        Q.wearing("a black tank top and grey shorts"),
        Q.garment_type("tank"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeve", "contradiction"),
        Q.description("a black tank top"),
        Q.details("a dumbbell", "contradiction"),
        Q.material("polyester"),
        gender="Men",
        title="Proline Active Men Black Solid Sleeveless Training T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # 043 photo: model, front: charcoal pullover training hoodie, small logo on the chest, kangaroo pocket, black
    # shorts. Polyester fleece. VQA adapter wrote every answer.
    case(
        "X1511-043",
        Q.wearing("a grey hoodie and grey shorts", "contradiction"),
        Q.garment_type("hoodie"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeve"),
        Q.description(
            "a grey hoodie with a hood and a pocket on the front and a logo on the chest and a logo on the sleeve and"
            " a",
            "cut",
            hit_limit=True,
        ),
        Q.details("no", "non_answer"),
        Q.material("polyester"),
        gender="Men",
        title="Nike Men Charcoal Grey Therma-FIT Training Hoodie",
        category="Sweatshirts",
        color="Charcoal",
    ),
    # 044 photo: model, front: black track jacket open over a white tee, matching black pants. VQA adapter wrote
    # every answer; the material question is missing from this row. The feed row has no gender.
    case(
        "X1511-044",
        Q.wearing("a white jacket and white pants", "other_garment_color"),
        Q.garment_type("jacket"),
        Q.color("black"),
        Q.pattern("black", "non_answer"),
        Q.sleeve_length("long sleeve"),
        Q.description("a black jacket and black pants with a white tee"),
        Q.details("a zipper on the front"),
        title="Reebok Men Black Solid Tracksuit",
        category="Tracksuits",
        color="Black",
    ),
    # 045 photo: model, front: red polyester sports shorts with a white stripe down the side and a small logo on the
    # leg, white tee. VQA adapter wrote every answer.
    case(
        "X1511-045",
        Q.wearing("a white tee and red shorts"),
        Q.garment_type("shorts"),
        Q.color("red"),
        Q.pattern("solid"),
        Q.description("red shorts with a white stripe on the side"),
        Q.details(
            "the shorts have a white stripe on the side and a logo on the leg and a drawstring at the waist and a"
            " pocket on the side and a",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Kappa Men Red Solid Sports Shorts",
        category="Shorts",
        color="Red",
    ),
]
