"""BLIND_1247 (45 products; Myntra men's sportswear, VQA adapter, default questionnaire): written blind in the sixty-
second session. Measured blind at bdc3a30 (the session's fourth rules): 70/81 failures found (86.4%) and 12/230
correct texts flagged (5.2%). The writer's notes, verbatim:

Scenario: a Myntra feed of men's sportswear (tracksuits, football jerseys, running shorts, hoodies, with some running
tees, track pants and track jackets), mostly the catalog's usual front shot of a model on a white or light grey
backdrop wearing the product with other clothes (a tee with shorts or track pants, joggers or jeans under a hoodie),
now and then a back view, a flat lay, or a prop (a football, a dumbbell, a water bottle). Catalog columns as the feed
has them: title (Myntra's product display name), category (Myntra's article type: Tshirts, Tracksuits, Track Pants,
Shorts, Sweatshirts, Jackets, Jerseys), color (base colour), gender; a few rows lack one of them.
Who wrote what: every text is BLIP-2 OPT-2.7b with the VQA LoRA (leoreigoto/Data3_V3_BLIP2_VQA) run by enrich on its
default questionnaire, greedy, 30 new tokens, stopping on a newline when the model emits one. The job ran without a
caption step (the VQA-only adapter breaks captions), so there are no captions. I kept 4 to 8 of the questionnaire's
answers per product; the sleeve question is left out for bottoms. Closed answers (garment type, color, pattern,
sleeves) are stored as the option when the generation matched one and as the raw generation otherwise, so a closed
answer that ran on (a loop, a leaked "Question: ... Answer:") is stored raw. The adapter never learned to stop: short
answers often end on a newline, but longer open answers (description, details) run on into loops, leaked prompts or
the token limit; it was never trained on material and says "cotton" for most things, and it reads neon green as
yellow, navy as black, and often gives the color of the tee worn with shorts or track pants.
Labeling conventions and judgement calls: judged against the photo I imagined (in the comment above each case) and the
title. Near hues I counted right: "blue" for teal or navy, "green" for olive, "grey" for charcoal or melange, "red" for
maroon in an open answer, the dominant hue for a multicolor print. A color answer that is the other garment's color (the
tee with shorts, the hoodie over joggers) is other_garment_color; a wrong hue of the product itself (navy called black,
neon green called yellow, the accent color of a colorblock) is contradiction. Part of a set named as the whole garment
type (jacket or hoodie for a tracksuit) and "shirt" for a football jersey or a compression top are contradiction;
"jacket" for a track jacket, "sweatshirt" for a hoodie, "sweatpants" or "joggers" for track pants are right. "cotton"
for a polyester garment (Dri-FIT, Rapid-Dry, woven shorts, replica jerseys) is unsupported; "cotton" for a fleece hoodie
or Jockey track pants is right. Details the photo cannot show (a back number in a front shot, a back pocket in a flat
lay of the front) are unsupported. A run-on that repeats is loop, one that ends mid-phrase without repeating is cut, one
that starts a new "Question:" is leak, all with hit_limit. A color given to the pattern question, "yes" or nothing to
"Describe the garment." and a scene description that never names the garment are non_answer; an answer that only says
the garment has details or material is restated. "she" for a male model is pronoun. The wearing question is judged on
the whole photo, so naming the tee worn with shorts is right there; a wearing answer that gives the product the other
garment's color ("grey shirt and grey pants" for black pants) is other_garment_color. "nothing" would have been right
for a flat lay, but the adapter always names a garment, and I counted the garment in the flat lay as right. About a
quarter of the texts came out wrong: the closed questions on plain sportswear (t-shirt, black, solid, short) are mostly
right, and the failures gather in the open description, details and material answers.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import case

BLIND_1247 = [
    # Photo: model on white backdrop, black crew-neck tee with a small white swoosh on the chest, grey running
    # shorts, white shoes. Title says Dri-FIT (polyester). All texts: VQA adapter via enrich.
    case(
        "X1247-001",
        Q.wearing("a black tee and grey shorts"),
        Q.garment_type("t-shirt"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("black tee with a white logo on the chest"),
        Q.details(
            "the logo on the chest, the logo on the chest, the logo on the chest, the logo on the chest, the logo",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Nike Men Black Dri-FIT Running T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: model in a navy tracksuit, jacket zipped up, white piping down the sleeves and the legs, small white
    # cat logo on the chest, white sneakers. All texts: VQA adapter via enrich.
    case(
        "X1247-002",
        Q.wearing("a navy blue jacket and pants"),
        Q.garment_type("jacket", "contradiction"),
        Q.color("navy blue"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("navy blue track suit with white lines down the sleeves and the legs"),
        Q.details(
            "zipper, white lines on the sleeves, white lines on the sleeves, white lines on the sleeves, white lines"
            " on",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Puma Men Navy Blue Solid Tracksuit",
        category="Tracksuits",
        color="Navy Blue",
    ),
    # Photo: full body, black track pants with three white stripes down the side and zips at the ankles, worn with a
    # plain white tee, white sneakers. All texts: VQA adapter via enrich.
    case(
        "X1247-003",
        Q.wearing("a white tee and black pants"),
        Q.garment_type("track pants"),
        Q.color("white", "other_garment_color"),
        Q.pattern("striped"),
        Q.description(
            "black pants with white stripes on the side and a zipper at the bottom of each leg and an elastic waistband"
            " with a drawstring and two pockets on the",
            "cut",
            hit_limit=True,
        ),
        Q.details("zippers at the ankles"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="ADIDAS Men Black Tiro 21 Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Photo: grey melange pullover hoodie, kangaroo pocket, white drawstrings, worn with black joggers. All texts:
    # VQA adapter via enrich.
    case(
        "X1247-004",
        Q.wearing("a grey hoodie and black pants"),
        Q.garment_type("hoodie"),
        Q.color("grey"),
        Q.sleeve_length("long"),
        Q.description("grey hoodie with a hood and a pocket on the front"),
        Q.details("drawstrings on the hood and a pocket on the front"),
        Q.material("cotton"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Grey Melange Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # Photo: front view, red replica football jersey, white sponsor lettering on the chest, white three stripes on
    # the shoulders, black collar trim; black shorts. No number on the front. All texts: VQA adapter via enrich.
    case(
        "X1247-005",
        Q.wearing("a red jersey and black shorts"),
        Q.garment_type("jersey"),
        Q.color("red"),
        Q.pattern("solid"),
        Q.description(
            "red jersey with white writing on the front and white stripes on the shoulders and a black collar and a"
            " black logo on the right side of the",
            "cut",
            hit_limit=True,
        ),
        Q.details("the number 7 on the back", "unsupported"),
        Q.material("polyester"),
        gender="Men",
        title="ADIDAS Men Red Manchester United Home Jersey",
        category="Jerseys",
        color="Red",
    ),
    # Photo: black running shorts with split hems and a small silver logo on the left leg, worn with a lime green
    # tee. All texts: VQA adapter via enrich.
    case(
        "X1247-006",
        Q.wearing("a green tee and black shorts"),
        Q.garment_type("shorts"),
        Q.color("green", "other_garment_color"),
        Q.description(
            "green tee and black shorts with a white logo on the left leg and a white logo on the right leg and a white"
            " logo on the left",
            "loop",
            hit_limit=True,
        ),
        Q.details("they are shorts", "non_answer"),
        Q.material("polyester"),
        gender="Men",
        title="ASICS Men Black Silver Split Running Shorts",
        category="Shorts",
        color="Black",
    ),
    # Photo: charcoal joggers with cuffed ankles and a drawstring waist, white tee, grey sneakers. All texts: VQA
    # adapter via enrich.
    case(
        "X1247-007",
        Q.wearing("a white shirt and grey pants"),
        Q.garment_type("track pants"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.description(
            "grey joggers with elastic cuffs at the ankles and an elastic waistband with a drawstring and two pockets"
            " on the sides and a small",
            "cut",
            hit_limit=True,
        ),
        Q.details("elastic waistband with a drawstring"),
        gender="Men",
        title="Reebok Men Charcoal Grey Solid Joggers",
        category="Track Pants",
        color="Charcoal",
    ),
    # Photo: olive fleece pullover hoodie with a small white swoosh on the chest, kangaroo pocket, black shorts.
    # All texts: VQA adapter via enrich.
    case(
        "X1247-008",
        Q.wearing(
            "a green hoodie Question: What is the color of the hoodie? Answer: green Question: What is the color of"
            " the",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("hoodie"),
        Q.color("green"),
        Q.sleeve_length("long"),
        Q.description(
            "green hoodie with a hood and a white logo on the front of the hoodie and a white logo on the front of the"
            " hoodie and a white",
            "loop",
            hit_limit=True,
        ),
        Q.details("a hood, a pocket on the front and a white logo"),
        Q.material("fleece"),
        gender="Men",
        title="Nike Men Olive Green Solid Club Fleece Hooded Sweatshirt",
        category="Sweatshirts",
        color="Olive",
    ),
    # Photo: round-neck polyester tee with an all-over sublimated abstract print (mostly royal blue, with black and
    # yellow streaks), black track pants. All texts: VQA adapter via enrich.
    case(
        "X1247-009",
        Q.wearing("a blue and yellow shirt and black pants"),
        Q.garment_type("t-shirt"),
        Q.color(
            "blue and yellow and black and blue and yellow and black and blue and yellow and black and blue and yellow"
            " and",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("printed"),
        Q.description("blue shirt with a yellow and black print"),
        Q.details(
            "print all over the shirt with blue and yellow and black lines going across the front of the shirt from"
            " the left shoulder to the right side of",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Dida Sportswear Men Multicoloured Printed Sublimation T-shirt",
        category="Tshirts",
        color="Multi",
    ),
    # Photo: flat lay on white, navy running shorts seen from the front, white drawstring, small white logo on the
    # left leg. No person. All texts: VQA adapter via enrich.
    case(
        "X1247-010",
        Q.wearing("blue shorts"),
        Q.garment_type("shorts"),
        Q.color("navy blue"),
        Q.pattern("solid"),
        Q.description("navy blue shorts with a white drawstring"),
        Q.details("two side pockets and a zip pocket on the back", "unsupported"),
        gender="Men",
        title="Proline Active Men Navy Blue Solid Running Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
    # Photo: black track jacket with yellow shoulder panels, worn open over a white tee, black track pants. All
    # texts: VQA adapter via enrich.
    case(
        "X1247-011",
        Q.wearing(
            "a black jacket and a white shirt and black pants and white shoes and black pants and white shoes and black"
            " pants and white shoes and black",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.color("black"),
        Q.pattern("color block"),
        Q.sleeve_length("long"),
        Q.description("black jacket with yellow on the shoulders"),
        Q.details(
            "zipper, pockets, collar, zipper, pockets, collar, zipper, pockets, collar, zipper, pockets, collar,"
            " zipper, pockets",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="Puma Men Black Colourblocked Track Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: white running tee with a black reflective logo on the chest, black shorts, white backdrop. All texts:
    # VQA adapter via enrich.
    case(
        "X1247-012",
        Q.wearing("a white tee and black shorts"),
        Q.garment_type("t-shirt"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description(
            "white tee with a black logo on the chest Question: What is the color of the tee? Answer: white Question:"
            " What is",
            "leak",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="ADIDAS Men White Own The Run Solid Running T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: teal running tee with a small reflective logo on the chest, black shorts. Title says Rapid-Dry. All
    # texts: VQA adapter via enrich.
    case(
        "X1247-013",
        Q.wearing(
            "a blue shirt Question: What is the color of the shirt? Answer: blue Question: What is the person wearing",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.details("a logo on the chest"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Teal Rapid-Dry Solid Running T-shirt",
        category="Tshirts",
        color="Teal",
    ),
    # Photo: black long-sleeve compression top, skin tight, small white logo on the chest, black shorts. All texts:
    # VQA adapter via enrich.
    case(
        "X1247-014",
        Q.wearing("a black shirt and black shorts"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("black"),
        Q.sleeve_length("short", "contradiction"),
        Q.description("black long sleeve shirt with a white logo on the chest"),
        Q.details(
            "tight fit, tight fit, tight fit, tight fit, tight fit, tight fit, tight fit, tight fit, tight",
            "loop",
            hit_limit=True,
        ),
        Q.material("spandex"),
        gender="Men",
        title="UNDER ARMOUR Men Black HeatGear Compression Long Sleeve T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: fluorescent green round-neck tee, plain, black track pants. All texts: VQA adapter via enrich.
    case(
        "X1247-015",
        Q.wearing("a green shirt and black track pants"),
        Q.garment_type("t-shirt"),
        Q.color("yellow", "contradiction"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.details("round neck and short sleeves"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Technosport Men Fluorescent Green Solid Dri-Fit Round Neck T-shirt",
        category="Tshirts",
        color="Fluorescent Green",
    ),
    # Photo: back view, blue and maroon vertical stripes, the back is blank (stadium jersey, no name, no number),
    # navy shorts. All texts: VQA adapter via enrich.
    case(
        "X1247-016",
        Q.wearing(
            "a blue and red striped shirt and blue shorts and white socks and blue shorts and white socks and blue"
            " shorts and white socks",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("jersey"),
        Q.color("blue"),
        Q.pattern("striped"),
        Q.sleeve_length("short"),
        Q.description("blue and red striped jersey"),
        Q.details("the name messi and the number 10 on the back", "unsupported"),
        gender="Men",
        title="Nike Men Blue & Maroon Striped FC Barcelona Stadium Jersey",
        category="Jerseys",
        color="Blue",
    ),
    # Photo: maroon pullover hoodie with a large white "REEBOK" print across the chest, grey joggers. All texts:
    # VQA adapter via enrich.
    case(
        "X1247-017",
        Q.wearing("a red hoodie and grey pants"),
        Q.garment_type("sweatshirt"),
        Q.color("maroon"),
        Q.pattern("solid", "contradiction"),
        Q.description("maroon hoodie with the word reebok on the front"),
        Q.details(
            "hood with drawstring, ribbed cuffs, ribbed hem, hood with drawstring, ribbed cuffs, ribbed hem, hood with"
            " drawstring, ribbed",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        title="Reebok Men Maroon Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
    ),
    # Photo: navy tracksuit with white three stripes on sleeves and legs, jacket half-zipped over a white tee. All
    # texts: VQA adapter via enrich.
    case(
        "X1247-018",
        Q.wearing("a blue and white track suit"),
        Q.garment_type("tracksuit"),
        Q.color("black", "contradiction"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description(
            "blue track suit with white stripes on the sleeves and white stripes on the legs, the jacket has a zipper"
            " on the front and the pants have an elastic",
            "cut",
            hit_limit=True,
        ),
        Q.details("three stripes on the sleeves and the legs"),
        gender="Men",
        title="ADIDAS Men Navy Blue & White Solid Tracksuit",
        category="Tracksuits",
        color="Navy Blue",
    ),
    # Photo: black straight-fit track pants with side pockets, worn with a grey melange tee. Gender column empty in
    # the feed. All texts: VQA adapter via enrich.
    case(
        "X1247-019",
        Q.wearing("a grey shirt and grey pants", "other_garment_color"),
        Q.garment_type("sweatpants"),
        Q.color("grey", "other_garment_color"),
        Q.pattern("solid"),
        Q.description("black pants and a grey shirt"),
        Q.details("pockets on the sides"),
        Q.material("cotton"),
        title="Jockey Men Black Solid Straight Fit Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Photo: flat lay of a yellow football jersey, blue collar and sleeve bands, a blue "10" printed on the front.
    # No person, back not shown. All texts: VQA adapter via enrich.
    case(
        "X1247-020",
        Q.wearing("a yellow jersey"),
        Q.garment_type("jersey"),
        Q.color("yellow"),
        Q.pattern("printed"),
        Q.sleeve_length("short"),
        Q.description(
            "yellow jersey with a blue collar and blue cuffs on the sleeves and the number 10 on the front in blue and"
            " a small logo on the right side of",
            "cut",
            hit_limit=True,
        ),
        Q.details(
            "the number 10 on the front and the number 10 on the back and the number 10 on the front and the number 10"
            " on the",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Sports52 wear Men Yellow & Blue Printed Football Jersey",
        category="Tshirts",
        color="Yellow",
    ),
    # Photo: cropped at the chin (no face), black zip-front hoodie worn open over a white tee, blue jeans. All
    # texts: VQA adapter via enrich.
    case(
        "X1247-021",
        Q.wearing("she is wearing a black jacket and a white shirt", "pronoun"),
        Q.garment_type("hoodie"),
        Q.color("black"),
        Q.sleeve_length("long"),
        Q.description("black hoodie with a zipper and a white shirt underneath"),
        Q.details("the garment", "non_answer"),
        Q.material("cotton"),
        gender="Men",
        title="Puma Men Black Solid Zip-Front Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
    ),
    # Photo: model in a red training tee and black football shorts, holding a football under his arm. All texts:
    # VQA adapter via enrich.
    case(
        "X1247-022",
        Q.wearing("a red shirt and black shorts"),
        Q.garment_type("shorts"),
        Q.color("red", "other_garment_color"),
        Q.pattern("solid"),
        Q.description("a man holding a soccer ball", "non_answer"),
        Q.details("white logo on the left leg"),
        gender="Men",
        title="Puma Men Black Solid teamGOAL Football Shorts",
        category="Shorts",
        color="Black",
    ),
    # Photo: navy tracksuit, red panel across the chest and red stripes down the pant legs, jacket zipped, stand
    # collar. All texts: VQA adapter via enrich.
    case(
        "X1247-023",
        Q.wearing("a blue and red track suit"),
        Q.garment_type("tracksuit"),
        Q.color("blue"),
        Q.pattern("color block"),
        Q.sleeve_length("long"),
        Q.description(
            "navy blue track suit with red stripes on the sides of the pants and red stripes on the sides of the pants"
            " and red stripes on the sides of the",
            "loop",
            hit_limit=True,
        ),
        Q.details("zipper, high collar and two pockets"),
        Q.material("polyester"),
        gender="Men",
        title="Kappa Men Navy Blue & Red Colourblocked Tracksuit",
        category="Tracksuits",
        color="Navy Blue",
    ),
    # Photo: grey fleece pullover hoodie with a black logo on the chest, black joggers. All texts: VQA adapter via
    # enrich.
    case(
        "X1247-024",
        Q.wearing("a grey hoodie and black pants"),
        Q.garment_type("hoodie"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("she is wearing a grey hoodie with a black logo on the chest", "pronoun"),
        Q.details(
            "hood, hood, hood, hood, hood, hood, hood, hood, hood, hood, hood, hood, hood, hood, hood,",
            "loop",
            hit_limit=True,
        ),
        Q.material("fleece"),
        gender="Men",
        title="UNDER ARMOUR Men Grey Rival Fleece Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey",
    ),
    # Photo: white pique polo with a small logo on the chest, navy tennis shorts. All texts: VQA adapter via enrich;
    # the description came back empty (the model emitted a newline first).
    case(
        "X1247-025",
        Q.wearing("a white polo shirt and blue shorts"),
        Q.garment_type("polo shirt"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("", "non_answer"),
        Q.details(
            "collar, buttons, collar, buttons, collar, buttons, collar, buttons, collar, buttons, collar, buttons,"
            " collar",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        title="FILA Men White Solid Polo Collar Tennis T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: back view, model with long hair tied back, black running shorts with a zip pocket at the back of the
    # waistband, white tee. No logo visible from the back. All texts: VQA adapter via enrich.
    case(
        "X1247-026",
        Q.wearing("she is wearing a white shirt and black shorts", "pronoun"),
        Q.garment_type("shorts"),
        Q.color("black"),
        Q.description("black shorts with a white logo on the front", "unsupported"),
        Q.details("a zipper pocket on the back"),
        Q.material("polyester"),
        gender="Men",
        title="Nike Men Black Solid Dri-FIT Challenger Running Shorts",
        category="Shorts",
        color="Black",
    ),
    # Photo: navy track pants with a thin white stripe down each side, worn with a navy tee of the same shade. All
    # texts: VQA adapter via enrich.
    case(
        "X1247-027",
        Q.wearing("a blue shirt and blue pants"),
        Q.garment_type("track pants"),
        Q.color("navy blue"),
        Q.pattern("solid"),
        Q.description(
            "blue pants with a white stripe on the side of the leg and a white stripe on the side of the leg and a"
            " white stripe on the",
            "loop",
            hit_limit=True,
        ),
        Q.details("elastic waistband with drawstring and side pockets"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Navy Blue Solid Track Pants",
        category="Track Pants",
        color="Navy Blue",
    ),
    # Photo: black sleeveless running vest with a small white swoosh, grey shorts. All texts: VQA adapter via
    # enrich.
    case(
        "X1247-028",
        Q.wearing("a black tank top and grey shorts"),
        Q.garment_type("tank top"),
        Q.color("black"),
        Q.sleeve_length("short", "contradiction"),
        Q.description("black tank top with a white logo"),
        Q.details(
            "the logo Question: What is the color of the logo? Answer: white Question: What is the color of the logo?"
            " Answer",
            "leak",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="Nike Men Black Dri-FIT Miler Sleeveless Running T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: black hooded track jacket with grey side panels, matching black pants with grey panels, jacket zipped.
    # All texts: VQA adapter via enrich.
    case(
        "X1247-029",
        Q.wearing("a black hoodie and black pants"),
        Q.garment_type("hoodie", "contradiction"),
        Q.color("black"),
        Q.pattern("color block"),
        Q.description("black and grey track suit"),
        Q.details("hood, zipper, pockets and cuffs at the ankles"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Sports52 wear Men Black & Grey Hooded Tracksuit",
        category="Tracksuits",
        color="Black",
    ),
    # Photo: white replica football jersey with black trim, black sponsor text on the chest, white shorts. All texts:
    # VQA adapter via enrich.
    case(
        "X1247-030",
        Q.wearing("a white soccer jersey and white shorts"),
        Q.garment_type("jersey"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("white jersey with fly emirates on the front"),
        Q.material(
            "polyester and polyester and polyester and polyester and polyester and polyester and polyester and"
            " polyester and polyester and polyester and",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="ADIDAS Men White & Black Real Madrid Home Jersey",
        category="Jerseys",
        color="White",
    ),
    # Photo: side view, grey fleece joggers with cuffed ankles, black pullover hoodie on top. All texts: VQA adapter
    # via enrich.
    case(
        "X1247-031",
        Q.wearing("a black hoodie and grey pants"),
        Q.garment_type("joggers"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.description("grey sweatpants and a black hoodie"),
        Q.details("cuffs at the ankles and a drawstring at the waist"),
        gender="Men",
        title="Nike Men Grey Solid Club Fleece Joggers",
        category="Track Pants",
        color="Grey",
    ),
    # Photo: model mid-stride in blue woven running shorts and a black tee. All texts: VQA adapter via enrich.
    case(
        "X1247-032",
        Q.wearing(
            "a black tee and blue shorts Question: What is the color of the shorts? Answer: blue Question: What is the"
            " person",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("shorts"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.description("a man running in blue shorts and a black tee"),
        Q.details("logo on the left leg"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="ASICS Men Blue Core 7 Inch Running Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Photo: front view, black pullover hoodie with a large white "HRX" graphic across the chest, blue jeans. All
    # texts: VQA adapter via enrich.
    case(
        "X1247-033",
        Q.wearing("a black hoodie and jeans"),
        Q.garment_type("hoodie"),
        Q.color("black"),
        Q.pattern("graphic"),
        Q.sleeve_length("short", "contradiction"),
        Q.description("black hoodie with white letters on the front"),
        Q.details(
            "the letters hrx on the front and the letters hrx on the back and the letters hrx on the front and the"
            " letters hrx on",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
    ),
    # Photo: sky-blue replica jersey with white sponsor text, white shorts. All texts: VQA adapter via enrich.
    case(
        "X1247-034",
        Q.wearing("a blue shirt and white shorts"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description(
            "blue jersey with etihad airways written on the front in white letters and a white collar and a small puma"
            " logo on the right side of the",
            "cut",
            hit_limit=True,
        ),
        Q.details("etihad airways on the front"),
        Q.material("polyester"),
        gender="Men",
        title="PUMA Men Blue Manchester City FC Home Replica Jersey",
        category="Jerseys",
        color="Blue",
    ),
    # Photo: back view, black track jacket with white three stripes over the shoulders and down the sleeves, black
    # pants. All texts: VQA adapter via enrich.
    case(
        "X1247-035",
        Q.wearing("a black jacket and black pants"),
        Q.garment_type("jacket"),
        Q.color("black"),
        Q.sleeve_length("long"),
        Q.description("black jacket with white stripes on the shoulders"),
        Q.details(
            "the stripes on the sleeves Question: What are the details of the garment? Answer: the stripes on the"
            " sleeves Question:",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        title="ADIDAS Men Black Solid Tiro Track Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: flat lay on light grey, black woven running shorts with a drawstring, a blue water bottle beside them.
    # Color column missing in the feed. All texts: VQA adapter via enrich.
    case(
        "X1247-036",
        Q.wearing("a pair of black shorts"),
        Q.garment_type(
            "shorts Question: What is the color of the shorts? Answer: black Question: What is the color of the shorts?"
            " Answer",
            "leak",
            hit_limit=True,
        ),
        Q.color("black"),
        Q.pattern("solid"),
        Q.description("black shorts and a blue water bottle on a grey background"),
        Q.details("elastic waistband with a drawstring"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Puma Men Black Solid Active Woven Running Shorts",
        category="Shorts",
    ),
    # Photo: red training tee with a small tonal logo on the chest, black shorts. All texts: VQA adapter via enrich.
    case(
        "X1247-037",
        Q.wearing("a red shirt and black shorts"),
        Q.garment_type("t-shirt"),
        Q.color("red"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("red tee with a logo on the left side of the chest"),
        Q.details("short sleeves and a crew neck"),
        Q.material("polyester"),
        gender="Men",
        title="UNDER ARMOUR Men Red Solid Tech 2.0 Training T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # Photo: olive track pants with side pockets (no back pocket), black tee, model holding a dumbbell, front view.
    # All texts: VQA adapter via enrich.
    case(
        "X1247-038",
        Q.wearing(
            "a black shirt and green pants and black shoes and black socks and black shoes and black socks and black"
            " shoes and black socks and",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("track pants"),
        Q.color("green"),
        Q.description("green pants and a black shirt and a dumbbell in his hand"),
        Q.details("pockets on the sides and a pocket on the back", "unsupported"),
        gender="Men",
        title="Reebok Men Olive Green Solid Training Track Pants",
        category="Track Pants",
        color="Olive",
    ),
    # Photo: orange sublimated football jersey with black diagonal stripes across the chest, black V-neck collar,
    # black shorts. All texts: VQA adapter via enrich.
    case(
        "X1247-039",
        Q.wearing("an orange jersey and black shorts"),
        Q.garment_type("jersey"),
        Q.color("orange"),
        Q.pattern("printed"),
        Q.sleeve_length("short"),
        Q.description(
            "orange jersey with black stripes across the chest and a black v-neck collar with a small logo on the right"
            " side of the",
            "cut",
            hit_limit=True,
        ),
        Q.details("the jersey", "non_answer"),
        Q.material("polyester"),
        gender="Men",
        title="Dida Sportswear Men Orange & Black Printed Football Jersey",
        category="Jerseys",
        color="Orange",
    ),
    # Photo: black tracksuit, red panels over the shoulders of the jacket, small white swoosh on the chest, plain
    # black pants with a small white swoosh on the left thigh, jacket zipped. All texts: VQA adapter via enrich.
    case(
        "X1247-040",
        Q.wearing("a black and red jacket and black pants"),
        Q.garment_type("tracksuit"),
        Q.color("red", "contradiction"),
        Q.pattern("color block"),
        Q.sleeve_length("long"),
        Q.description(
            "black track suit with red on the shoulders and a white logo on the chest and a zipper on the front and"
            " black pants with a white logo on the left",
            "cut",
            hit_limit=True,
        ),
        Q.details("red on the shoulders and a zipper on the front"),
        Q.material("polyester"),
        gender="Men",
        title="Nike Men Black & Red Colourblocked Dri-FIT Academy Tracksuit",
        category="Tracksuits",
        color="Black",
    ),
    # Photo: navy pullover hoodie with a white cat logo on the chest, grey joggers. All texts: VQA adapter via
    # enrich.
    case(
        "X1247-041",
        Q.wearing("a blue hoodie and grey pants"),
        Q.garment_type("sweatshirt"),
        Q.color("grey", "other_garment_color"),
        Q.sleeve_length("long"),
        Q.description("he is wearing a navy blue hoodie with a white puma logo on the front"),
        Q.material("wool", "unsupported"),
        gender="Men",
        title="Puma Men Navy Blue Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
    ),
    # Photo: running shorts in a blue and black camouflage print, black tee. Category column missing in the feed.
    # All texts: VQA adapter via enrich.
    case(
        "X1247-042",
        Q.wearing("a black tee and blue shorts"),
        Q.garment_type("shorts"),
        Q.color("blue"),
        Q.pattern("camouflage"),
        Q.description("blue shorts with a camouflage pattern"),
        Q.details("the shorts have details", "restated"),
        gender="Men",
        title="Nike Men Blue & Black Camouflage Print Dri-FIT Running Shorts",
        color="Blue",
    ),
    # Photo: flat lay of a navy tracksuit, jacket and pants side by side on white, no person. All texts: VQA adapter
    # via enrich.
    case(
        "X1247-043",
        Q.wearing("a blue jacket and blue pants"),
        Q.garment_type("tracksuit"),
        Q.color("navy blue"),
        Q.pattern("solid"),
        Q.description("blue jacket and pants on a white background"),
        Q.details(
            "zipper, pockets, zipper, pockets, zipper, pockets, zipper, pockets, zipper, pockets, zipper, pockets,"
            " zipper, pockets, zipper",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Sports52 wear Men Navy Blue Solid Tracksuit",
        category="Tracksuits",
        color="Navy Blue",
    ),
    # Photo: charcoal hoodie with the hood up, face in shadow, black track pants. All texts: VQA adapter via enrich;
    # the pattern answer is a color, stored raw (unmapped), and "yes" to the description prompt.
    case(
        "X1247-044",
        Q.wearing("a person in a grey hoodie with the hood up"),
        Q.garment_type("hoodie"),
        Q.color("grey"),
        Q.pattern("grey", "non_answer"),
        Q.sleeve_length("long"),
        Q.description("yes", "non_answer"),
        Q.material("cotton"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Charcoal Grey Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Charcoal",
    ),
    # Photo: yellow replica jersey with black collar and black sponsor text, black shorts. All texts: VQA adapter
    # via enrich.
    case(
        "X1247-045",
        Q.wearing("a yellow jersey and black shorts"),
        Q.garment_type("jersey"),
        Q.color("yellow"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description(
            "yellow jersey with black writing on the front Question: What is the color of the jersey? Answer: yellow"
            " Question: What is the",
            "leak",
            hit_limit=True,
        ),
        Q.material("the garment is made of material", "restated"),
        gender="Men",
        title="PUMA Men Yellow & Black Borussia Dortmund Home Jersey",
        category="Jerseys",
        color="Yellow",
    ),
]
