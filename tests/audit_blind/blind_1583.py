"""BLIND_1583 (45 products; Myntra men's sportswear, VQA adapter): written blind in the sixty-sixth session. Measured
blind at 9074ceb (the session's fourth rules): 85/97 failures found (87.6%) and 18/163 correct texts flagged (11.0%).
The writer's notes, verbatim:

Scenario: a Myntra men's sportswear feed (tracksuits, track pants, track jackets, football / cricket / basketball
jerseys, running shorts and tees, hoodies and sweatshirts). Columns as the feed has them: title, category (Myntra's
article type: Tracksuits, Track Pants, Jackets, Jerseys, Shorts, Tshirts, Sweatshirts, Tights), color (the base
colour: Navy Blue, Grey Melange, Maroon...), gender ("Men"); a few rows lack one column. Photos are the catalog's
usual shots: a model on a plain light-grey backdrop wearing the product with other clothes (a white or black tee under
a track jacket, a tee over shorts or track pants), some flat lays on white, two back views, three props (a gym bag,
a cricket bat, a water bottle).
Who wrote what: every text is the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA on blip2-opt-2.7b) answering enrich's
default questionnaire, 4 to 7 of its questions per product, greedy, 30 new tokens. The job ran without captions (the
VQA adapter cannot caption), so there is no caption text. Closed questions (garment type, color, pattern, sleeve
length) show the mapped candidate when the generation mapped to one and the raw generation otherwise ("jacket and
pants", "green and white", a color given for the pattern, loops and leaks kept as generated). The adapter's habits:
In-shop class names ("tee/tank", "jacket/coat", "sweatshirt/hoodie", "sweater"), "she"/"a woman" for male models
(In-shop is mostly women), a color for any "What is the ... of the garment?" question, "yes"/"no" from its yes/no
training, the training format continuing after the answer ("Question: ... Answer: ..."), answers that never stop on
the open questions it was never trained on (describe, details, material), and the color of the tee worn with a bottom
or under a jacket given as the product's color.
Labeling conventions and judgement calls: judged by the photo I imagined and the title. A loop that runs to the limit
is "loop" (hit_limit) even when its first words are right; a text that runs to the limit mid-phrase without settling
into a repeat is "cut", even when it also piles up details. A color of the other garment worn in the shot given as the
product's color is "other_garment_color"; a color or garment kind wrong for the product itself (navy read as black,
"hoodie" for a crew-neck sweatshirt, "sweater" for a sweatshirt, "t-shirt" for shorts or track pants, "jacket" or
"hoodie" alone for a tracksuit, "short" sleeves on a sleeveless or long-sleeved top, "solid" for a typography print)
is "contradiction", as is a prop (bag, bat) answered as the garment and a wearing answer that gives the tee the
bottom's color. "jacket and pants" for a tracksuit is correct. Reddish names for maroon, "blue" for teal or navy,
"green" for olive or fluorescent green, "grey" for charcoal or melange are correct. A person invented for a flat lay,
a detail the photo does not show (a hood on a crew neck or a track jacket, a kangaroo pocket seen from the back, a
front zip on joggers, a wrong shirt number) and a material against the title or the look (cotton for Dri-FIT /
Rapid-Dry, mesh or shiny tricot) are "unsupported"; material is correct when the title states it or the look makes it
plain (fleece, tricot, mesh). A bare color, "yes" or "no" given to a pattern, sleeve, material, wearing, describe or
details question is "non_answer"; an answer that only says the question back is "restated". Terse but true answers
("jacket/coat", "pants", "black shorts") are correct.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import case

BLIND_1583 = [
    # Photo: model front, black zip tracksuit with white piping down the sleeves and legs, white logo on the chest,
    # white sneakers. All texts: VQA adapter; pattern kept raw (a color).
    case(
        "X1583-001",
        Q.wearing("a black jacket and black pants"),
        Q.garment_type("tracksuit"),
        Q.color("black"),
        Q.pattern("black", "non_answer"),
        Q.sleeve_length("long"),
        Q.details(
            "the jacket has a zipper and a logo on the chest and the pants have a drawstring and a logo on the chest "
            "and the pants have a drawstring and",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="Puma Men Black Solid Tracksuit",
        category="Tracksuits",
        color="Black",
    ),
    # Photo: model in a plain white tee and navy track pants with one white side stripe, white sneakers.
    # All texts: VQA adapter; garment type and color are the tee's.
    case(
        "X1583-002",
        Q.wearing("a white tee and blue pants"),
        Q.garment_type("t-shirt", "contradiction"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.description("a pair of blue pants with a white stripe on the side"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Navy Blue Solid Track Pants",
        category="Track Pants",
        color="Navy Blue",
    ),
    # Photo: model front in a white club home jersey (crest, sponsor print across the chest), navy shorts.
    # All texts: VQA adapter; pattern kept raw (a color).
    case(
        "X1583-003",
        Q.wearing("a white tee and blue shorts"),
        Q.garment_type("jersey"),
        Q.color("white"),
        Q.pattern("white", "non_answer"),
        Q.sleeve_length("short"),
        Q.details(
            "a logo on the chest and a logo on the chest and a logo on the chest and a logo on the chest and a logo "
            "on the chest and a",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Adidas Men White Real Madrid Home Football Jersey",
        category="Jerseys",
        color="White",
    ),
    # Photo: model in a grey tee and black running shorts with a small reflective swoosh on the left leg.
    # All texts: VQA adapter; wearing gives the tee the shorts' black; pattern kept raw.
    case(
        "X1583-004",
        Q.wearing("a black tee and black shorts", "contradiction"),
        Q.garment_type("shorts"),
        Q.color("black"),
        Q.pattern("black", "non_answer"),
        Q.details("a nike logo on the left leg"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Nike Men Black Dri-FIT Running Shorts",
        category="Shorts",
        color="Black",
    ),
    # Photo: male model front, grey melange pullover hoodie, hood down, kangaroo pocket, drawstrings, black joggers.
    # All texts: VQA adapter; sleeve length kept raw (leak).
    case(
        "X1583-005",
        Q.wearing("a woman wearing a grey sweatshirt and black pants", "pronoun"),
        Q.garment_type("hoodie"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.sleeve_length(
            "long sleeves Question: How long are the sleeves? Answer: long sleeves Question: How long are the "
            "sleeves? Answer: long",
            "leak",
            hit_limit=True,
        ),
        Q.description(
            "a grey sweatshirt/hoodie with a hood and a pocket and a hood and a pocket and a hood and a pocket and a "
            "hood and a",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="HRX by Hrithik Roshan Men Grey Melange Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # Photo: model in an open navy track jacket with three white stripes on the sleeves, white tee under it, black
    # track pants. All texts: VQA adapter; color is the tee's.
    case(
        "X1583-006",
        Q.wearing("a blue jacket and a white tee"),
        Q.garment_type("jacket"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.details("three white stripes on the sleeves"),
        Q.material(
            "the garment is made of the garment is made of the garment is made of the garment is made of the garment "
            "is made of the",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Adidas Men Navy Blue Solid Track Jacket",
        category="Jackets",
        color="Navy Blue",
    ),
    # Photo: flat lay on white, maroon jacket and pants of a tracksuit side by side, no person. All texts: VQA
    # adapter; garment type and pattern kept raw (unmapped).
    case(
        "X1583-007",
        Q.wearing("a man wearing a red jacket and red pants", "unsupported"),
        Q.garment_type("jacket and pants"),
        Q.color("red"),
        Q.pattern("red", "non_answer"),
        Q.sleeve_length("long"),
        Q.description(
            "the garment is a red jacket and red pants and the garment is a red jacket and red pants and the garment "
            "is a red jacket and red",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Proline Active Men Maroon Solid Tracksuit",
        category="Tracksuits",
        color="Maroon",
    ),
    # Photo: back view of a model in a blue cricket fan jersey with orange shoulder panels and a white "18" on the
    # back, navy track pants. All texts: VQA adapter; the number is wrong.
    case(
        "X1583-008",
        Q.wearing("a blue tee"),
        Q.garment_type("jersey"),
        Q.color("blue"),
        Q.pattern("printed"),
        Q.sleeve_length("short"),
        Q.details("the number 10 on the back", "unsupported"),
        gender="Men",
        title="MPL Sports Men Blue India Cricket Fan Jersey",
        category="Jerseys",
        color="Blue",
    ),
    # Photo: model in a bright yellow tee and royal blue running shorts with a black waistband. All texts: VQA
    # adapter; garment type and color are the tee's.
    case(
        "X1583-009",
        Q.wearing("a yellow tee and blue shorts"),
        Q.garment_type("t-shirt", "contradiction"),
        Q.color("yellow", "other_garment_color"),
        Q.pattern("solid"),
        Q.description("a pair of blue shorts with a black waistband"),
        Q.details(
            "the shorts have a drawstring and a logo on the left leg and a logo on the left leg and a logo on the "
            "left leg and a",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Puma Men Blue Solid Running Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Photo: model in a black hoodie with a white logo print on the chest, grey joggers, a red gym bag over his
    # shoulder (prop). All texts: VQA adapter; two answers are about the bag.
    case(
        "X1583-010",
        Q.wearing("a black sweatshirt and a red bag"),
        Q.garment_type("bag", "contradiction"),
        Q.color("black"),
        Q.pattern("printed"),
        Q.sleeve_length("long"),
        Q.details("a red bag with a black strap", "contradiction"),
        gender="Men",
        title="Kappa Men Black Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
    ),
    # Photo: flat lay on white, green football jersey with white horizontal hoops. Row has no base colour. All texts:
    # VQA adapter; color kept raw.
    case(
        "X1583-011",
        Q.wearing("a green and white striped tee"),
        Q.garment_type("jersey"),
        Q.color("green and white"),
        Q.pattern("striped"),
        Q.sleeve_length("short"),
        Q.material("polyester"),
        gender="Men",
        title="Nivia Men Green & White Striped Football Jersey",
        category="Jerseys",
    ),
    # Photo: model front, grey tracksuit zipped up, black stripes down the sleeves. All texts: VQA adapter; pattern
    # kept raw.
    case(
        "X1583-012",
        Q.wearing(
            "a grey jacket and grey pants Question: What is the color of the jacket? Answer: grey Question: What is "
            "the color of the pants? Answer",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("tracksuit"),
        Q.color("grey"),
        Q.pattern("grey", "non_answer"),
        Q.details("black stripes on the sleeves"),
        gender="Men",
        title="Reebok Men Grey Solid Tracksuit",
        category="Tracksuits",
        color="Grey",
    ),
    # Photo: model in a red training tee with a white swoosh on the chest, black shorts, black running shoes.
    # All texts: VQA adapter.
    case(
        "X1583-013",
        Q.wearing(
            "a man in a red tee and black shorts and a pair of black sneakers and a pair of black socks and a white "
            "wristband on his left wrist and a black",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("red"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("red", "non_answer"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Nike Men Red Dri-FIT Training T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # Photo: model in a white tee and plain black track pants with zip pockets, no stripe. All texts: VQA adapter;
    # color kept raw (loop, unmapped).
    case(
        "X1583-014",
        Q.wearing("tee/tank and pants"),
        Q.garment_type("track pants"),
        Q.color(
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black-",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        Q.description("a pair of black pants with a white stripe on the side", "unsupported"),
        gender="Men",
        title="Alcis Men Black Solid Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Photo: back view of a model in an olive hooded sweatshirt, hood down; front (pocket, drawstrings) not visible.
    # All texts: VQA adapter.
    case(
        "X1583-015",
        Q.wearing("a green sweatshirt/hoodie"),
        Q.garment_type("hoodie"),
        Q.color("green"),
        Q.sleeve_length("long"),
        Q.details("a hood with a drawstring and a kangaroo pocket", "unsupported"),
        gender="Men",
        title="Puma Men Olive Green Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Olive",
    ),
    # Photo: male model in a black-and-white vertically striped club jersey, black shorts. All texts: VQA adapter;
    # color kept raw.
    case(
        "X1583-016",
        Q.wearing("she is wearing a black and white striped tee", "pronoun"),
        Q.garment_type("jersey"),
        Q.color("black and white"),
        Q.pattern("striped"),
        Q.sleeve_length("short"),
        gender="Men",
        title="Adidas Men Black & White Juventus Home Football Jersey",
        category="Jerseys",
        color="Black",
    ),
    # Photo: model in a white tee and navy running shorts with a white side panel, white running shoes. All texts:
    # VQA adapter; color is the tee's.
    case(
        "X1583-017",
        Q.wearing(
            "a man wearing a white tee and a pair of blue shorts with a white stripe on the side and a pair of white "
            "sneakers with a white sole and a",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("shorts"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.details("the shorts have a white stripe on the side"),
        gender="Men",
        title="ASICS Men Navy Blue Solid Running Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
    # Photo: model in a charcoal crew-neck sweatshirt (no hood), blue jeans. All texts: VQA adapter.
    case(
        "X1583-018",
        Q.wearing("a grey sweatshirt and blue jeans"),
        Q.garment_type("hoodie", "contradiction"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a grey sweatshirt with a hood", "unsupported"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Charcoal Grey Solid Sweatshirt",
        category="Sweatshirts",
        color="Charcoal",
    ),
    # Photo: model in a navy tracksuit, jacket open over a white tee. All texts: VQA adapter; color is the tee's,
    # pattern kept raw.
    case(
        "X1583-019",
        Q.wearing("a blue jacket and blue pants and a white tee"),
        Q.garment_type("tracksuit"),
        Q.color("white", "other_garment_color"),
        Q.pattern("blue", "non_answer"),
        Q.description("blue", "non_answer"),
        Q.details(
            "zipper zipper zipper zipper zipper zipper zipper zipper zipper zipper zipper zipper zipper zipper zipper",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="FILA Men Navy Blue Solid Tracksuit",
        category="Tracksuits",
        color="Navy Blue",
    ),
    # Photo: model in a white collared cricket tee with navy collar tipping, white trousers, holding a bat (prop).
    # All texts: VQA adapter; sleeve length kept raw; details names the bat.
    case(
        "X1583-020",
        Q.wearing(
            "a white tee and white pants and a bat and a bat and a bat and a bat and a bat and a bat and a bat and a "
            "bat and a",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("white"),
        Q.sleeve_length("yes", "non_answer"),
        Q.description(
            "a white tee with a blue collar and a blue stripe on the sleeves and a blue stripe on the collar and a "
            "blue logo on the chest and a blue",
            "cut",
            hit_limit=True,
        ),
        Q.details("a cricket bat", "contradiction"),
        gender="Men",
        title="Kookaburra Men White Solid Cricket T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: model in a black tee and grey melange joggers with ribbed ankle cuffs and drawstring, no front zip.
    # All texts: VQA adapter; color is the tee's, pattern kept raw.
    case(
        "X1583-021",
        Q.wearing("a black tee and grey pants"),
        Q.garment_type("track pants"),
        Q.color("black", "other_garment_color"),
        Q.pattern("grey", "non_answer"),
        Q.details("a zipper on the front", "unsupported"),
        Q.material("cotton"),
        gender="Men",
        title="Puma Men Grey Melange Solid Cotton Joggers",
        category="Track Pants",
        color="Grey Melange",
    ),
    # Photo: model in a fluorescent green running tee, black shorts. All texts: VQA adapter; pattern kept raw.
    case(
        "X1583-022",
        Q.wearing("a green tee and black shorts"),
        Q.garment_type("t-shirt"),
        Q.color("green"),
        Q.pattern("green", "non_answer"),
        Q.sleeve_length("short"),
        Q.material("green", "non_answer"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Fluorescent Green Rapid-Dry Running T-shirt",
        category="Tshirts",
        color="Fluorescent Green",
    ),
    # Photo: model in an open black zip-up hoodie over a white tee, black track pants. All texts: VQA adapter; color
    # is the tee's.
    case(
        "X1583-023",
        Q.wearing("a black hoodie and a white tee"),
        Q.garment_type("hoodie"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("long"),
        Q.description("a black hoodie with a zipper and a white tee"),
        Q.details("the details of the garment are the details of the garment", "restated"),
        gender="Men",
        title="Nike Men Black Solid Zip-Up Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
    ),
    # Photo: model in a black tracksuit whose jacket has red panels over the shoulders and upper sleeves.
    # All texts: VQA adapter.
    case(
        "X1583-024",
        Q.wearing(
            "a black and red jacket and black pants Question: What is the color of the jacket? Answer: black and red "
            "Question: What",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("tracksuit"),
        Q.color("black"),
        Q.pattern("colour blocked"),
        Q.sleeve_length("long"),
        Q.details("red on the shoulders and sleeves"),
        gender="Men",
        title="Proline Active Men Black & Red Colourblocked Tracksuit",
        category="Tracksuits",
        color="Black",
    ),
    # Photo: model in a white tee and black running shorts. All texts: VQA adapter; color is the tee's; garment type
    # kept raw (leak).
    case(
        "X1583-025",
        Q.wearing("a white tee and black shorts"),
        Q.garment_type(
            "shorts Question: Is this a shorts? Answer: yes Question: Is this a shorts? Answer: yes Question: Is "
            "this a",
            "leak",
            hit_limit=True,
        ),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.description("black shorts"),
        gender="Men",
        title="Adidas Men Black Solid Running Shorts",
        category="Shorts",
        color="Black",
    ),
    # Photo: model in a sleeveless yellow basketball jersey with a black "23" on the front, black shorts.
    # All texts: VQA adapter.
    case(
        "X1583-026",
        Q.wearing("a yellow tank top and black shorts"),
        Q.garment_type("jersey"),
        Q.color("yellow"),
        Q.pattern("printed"),
        Q.sleeve_length("short", "contradiction"),
        Q.details("the number 23 on the front"),
        gender="Men",
        title="Puma Men Yellow Printed Basketball Jersey",
        category="Jerseys",
        color="Yellow",
    ),
    # Photo: model front, black track jacket zipped to a stand collar, black pants. All texts: VQA adapter; pattern
    # kept raw.
    case(
        "X1583-027",
        Q.wearing("jacket/coat"),
        Q.garment_type("jacket"),
        Q.color("black"),
        Q.pattern("black", "non_answer"),
        Q.details("a zipper and a collar"),
        Q.material("black", "non_answer"),
        gender="Men",
        title="Reebok Men Black Solid Track Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: male model in a red pullover hoodie with a small white logo on the chest, black joggers.
    # All texts: VQA adapter.
    case(
        "X1583-028",
        Q.wearing("a woman in a red hoodie", "pronoun"),
        Q.garment_type("hoodie"),
        Q.color("red"),
        Q.pattern("solid"),
        Q.description("a red hoodie with a white logo on the chest"),
        Q.details(
            "the hood, the sleeves, the pocket, the hood, the sleeves, the pocket, the hood, the sleeves, the pocket, "
            "the hood,",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Under Armour Men Red Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Red",
    ),
    # Photo: flat lay on white, navy track pants with a white side stripe and a drawstring, no zip pockets. Row has no
    # article type. All texts: VQA adapter; pattern kept raw.
    case(
        "X1583-029",
        Q.wearing("pants"),
        Q.garment_type("track pants"),
        Q.color("blue"),
        Q.pattern("blue", "non_answer"),
        Q.description("a pair of blue pants with a white stripe on the side"),
        Q.material(
            "the pants are made of a polyester material and have a white stripe on the side and a drawstring at the "
            "waist and a zip pocket on",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Kappa Men Navy Blue Solid Track Pants",
        color="Navy Blue",
    ),
    # Photo: model in a red football home jersey with a black-and-white collar and white crest and sponsor print,
    # black track pants. All texts: VQA adapter.
    case(
        "X1583-030",
        Q.wearing("a red tee"),
        Q.garment_type("jersey"),
        Q.color("red"),
        Q.pattern("printed"),
        Q.sleeve_length("short"),
        Q.description(
            "a red tee with a white collar and a white logo on the chest and a white logo on the chest and a white "
            "logo on the chest and a white",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Adidas Men Red Manchester United Home Football Jersey",
        category="Jerseys",
        color="Red",
    ),
    # Photo: model in a black long-sleeved compression tee, black shorts. All texts: VQA adapter.
    case(
        "X1583-031",
        Q.wearing("a black shirt and black shorts"),
        Q.garment_type("t-shirt"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("short", "contradiction"),
        Q.description("a black tee with long sleeves"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Solid Compression T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: male model in a teal blue tracksuit, jacket zipped. All texts: VQA adapter; pattern kept raw.
    case(
        "X1583-032",
        Q.wearing("a woman wearing a blue jacket and blue pants", "pronoun"),
        Q.garment_type("jacket", "contradiction"),
        Q.color("blue"),
        Q.pattern("blue", "non_answer"),
        Q.sleeve_length("long"),
        gender="Men",
        title="Slazenger Men Teal Blue Solid Tracksuit",
        category="Tracksuits",
        color="Teal",
    ),
    # Photo: model in a black tee and grey running shorts with a black waistband. All texts: VQA adapter; color is
    # the tee's, pattern kept raw.
    case(
        "X1583-033",
        Q.wearing(
            "tee/tank and shorts and shorts and shorts and shorts and shorts and shorts and shorts and shorts and "
            "shorts and shorts and shorts and shorts and",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("shorts"),
        Q.color("black", "other_garment_color"),
        Q.pattern("grey", "non_answer"),
        Q.details("no", "non_answer"),
        gender="Men",
        title="Nike Men Grey Solid Running Shorts",
        category="Shorts",
        color="Grey",
    ),
    # Photo: flat lay on white, navy pullover hoodie with a large white logo print on the front, plain back not shown.
    # All texts: VQA adapter.
    case(
        "X1583-034",
        Q.wearing("sweatshirt/hoodie"),
        Q.garment_type("hoodie"),
        Q.color("blue"),
        Q.pattern("printed"),
        Q.description(
            "a blue hoodie with a white puma logo on the front and a white puma logo on the back and a white puma "
            "logo on the",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        title="Puma Men Navy Blue Printed Cotton Hooded Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
    ),
    # Photo: model in a blue sublimation-printed mesh football jersey with a V-neck and the brand name across the
    # chest, black shorts. All texts: VQA adapter.
    case(
        "X1583-035",
        Q.wearing("a blue tee and black shorts"),
        Q.garment_type("jersey"),
        Q.color("blue"),
        Q.pattern("printed"),
        Q.details(
            "the jersey has a v-neck and a blue and white printed pattern on the front with a white logo on the right "
            "side of the chest and the nivia name printed across the",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Nivia Men Blue Printed Football Jersey",
        category="Jerseys",
        color="Blue",
    ),
    # Photo: model in a grey hoodie and black track pants with a white logo on the left thigh. Row has no base
    # colour. All texts: VQA adapter; color is the hoodie's.
    case(
        "X1583-036",
        Q.wearing("a grey hoodie and black pants"),
        Q.garment_type("track pants"),
        Q.color("grey", "other_garment_color"),
        Q.description("the garment is a garment", "restated"),
        Q.details("a white puma logo on the left thigh"),
        Q.material("black", "non_answer"),
        gender="Men",
        title="Puma Men Black Solid Track Pants",
        category="Track Pants",
    ),
    # Photo: model in a grey melange fleece tracksuit: zip hoodie jacket and joggers. All texts: VQA adapter; pattern
    # kept raw.
    case(
        "X1583-037",
        Q.wearing("a grey hoodie and grey pants"),
        Q.garment_type("hoodie", "contradiction"),
        Q.color("grey"),
        Q.pattern("grey", "non_answer"),
        Q.sleeve_length("long"),
        Q.material("fleece"),
        gender="Men",
        title="Nike Men Grey Melange Club Fleece Tracksuit",
        category="Tracksuits",
        color="Grey Melange",
    ),
    # Photo: model in a white running tee with black "RUN" typography across the chest, black shorts. All texts: VQA
    # adapter.
    case(
        "X1583-038",
        Q.wearing("yes", "non_answer"),
        Q.garment_type("t-shirt"),
        Q.color("white"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("short"),
        Q.description("a white tee with black letters on the front"),
        gender="Men",
        title="Puma Men White Typography Printed Running T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: model in a white tee and navy running shorts (dark under the studio light), drawstring, small logo;
    # front view. All texts: VQA adapter; color reads navy as black.
    case(
        "X1583-039",
        Q.wearing("a white tee and blue shorts"),
        Q.garment_type("shorts"),
        Q.color("black", "contradiction"),
        Q.pattern("solid"),
        Q.details(
            "a drawstring at the waist and a small logo on the left leg and a zip pocket on the back and a reflective "
            "strip on the back and a mesh",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Reebok Men Navy Blue Solid Running Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
    # Photo: model in a black pullover hoodie with three white stripes on the sleeves, white logo on the chest, black
    # track pants. All texts: VQA adapter.
    case(
        "X1583-040",
        Q.wearing("a black hoodie and black pants"),
        Q.garment_type("hoodie"),
        Q.color("black"),
        Q.sleeve_length("long"),
        Q.description(
            "a black hoodie with three white stripes on the sleeves and a white adidas logo on the chest and a hood "
            "with a drawstring and a kangaroo pocket on the",
            "cut",
            hit_limit=True,
        ),
        Q.details("three white stripes on the sleeves"),
        gender="Men",
        title="Adidas Men Black Essentials 3-Stripes Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
    ),
    # Photo: model in a sky-blue and white vertically striped football jersey, black shorts. All texts: VQA adapter;
    # color kept raw (loop).
    case(
        "X1583-041",
        Q.wearing("a blue and white striped tee"),
        Q.garment_type("jersey"),
        Q.color(
            "white and blue and white and blue and white and blue and white and blue and white and blue and white "
            "and blue and white and blue and",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("striped"),
        Q.sleeve_length("short"),
        title="Adidas Men White & Blue Argentina Home Football Jersey",
        category="Jerseys",
        color="White",
        gender="Men",
    ),
    # Photo: male model in a black track jacket (stand collar, no hood) with a white logo on the chest and white
    # sleeve stripes, black pants. Row has no gender column. All texts: VQA adapter; pattern kept raw.
    case(
        "X1583-042",
        Q.wearing("she is wearing a black jacket", "pronoun"),
        Q.garment_type("jacket"),
        Q.color("black"),
        Q.pattern("black", "non_answer"),
        Q.details("a hood and a zipper", "unsupported"),
        title="FILA Men Black Solid Track Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: model in a grey tee and black full-length running tights. All texts: VQA adapter; garment type and
    # pattern kept raw; wearing gives the tee the tights' black.
    case(
        "X1583-043",
        Q.wearing("a black tee and black leggings", "contradiction"),
        Q.garment_type("leggings"),
        Q.color("black"),
        Q.pattern("black", "non_answer"),
        Q.description("black", "non_answer"),
        Q.material("spandex"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Solid Running Tights",
        category="Tights",
        color="Black",
    ),
    # Photo: model in a blue running tee, black shorts. All texts: VQA adapter; sleeve length kept raw.
    case(
        "X1583-044",
        Q.wearing(
            "a blue tee Answer: blue Question: What is the color of the shorts? Answer: black Question: What is the",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("blue"),
        Q.sleeve_length("blue", "non_answer"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Nike Men Blue Dri-FIT Miler Running T-shirt",
        category="Tshirts",
        color="Blue",
    ),
    # Photo: model in a maroon crew-neck sweatshirt with ribbed collar, cuffs and hem, black track pants, holding a
    # water bottle (prop). All texts: VQA adapter.
    case(
        "X1583-045",
        Q.wearing("a red sweatshirt and black pants"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("red"),
        Q.sleeve_length("long"),
        Q.description("yes", "non_answer"),
        Q.details(
            "the sweatshirt has a ribbed collar and ribbed cuffs and a ribbed hem and a ribbed collar and ribbed cuffs "
            "and a ribbed hem and a ribbed",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Puma Men Maroon Solid Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
    ),
]
