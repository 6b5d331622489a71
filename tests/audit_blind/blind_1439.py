"""BLIND_1439 (45 products; Myntra men's sportswear, VQA adapter, default questionnaire): written blind in the sixty-
fourth session. Measured blind at 9207eb7 (the session's fifth and final rules): 75/87 failures found (86.2%) and
15/213 correct texts flagged (7.0%). The writer's notes, verbatim:

Scenario: a Myntra men's sportswear feed (Tshirts, Jerseys, Track Pants, Shorts, Sweatshirts, Tracksuits, Jackets,
one pair of Tights), catalog columns as Myntra has them (title = productDisplayName, category = articleType, color =
baseColour, gender "Men"), one now and then missing. Photos are the usual studio shots: a model on a plain backdrop
wearing the product with other clothes (a tee under the track pants, jeans under the hoodie), a few back views, two
flat lays, props now and then (water bottle, tennis racket, football, dumbbell).
Who wrote what: every text comes from the VQA adapter leoreigoto/Data3_V3_BLIP2_VQA on Salesforce/blip2-opt-2.7b,
greedy, 30 new tokens, asked enrich's default questionnaire (not every question for every product: 4 to 8 of them).
No caption step in this run: the VQA adapter cannot caption, so the job had captioning off. Closed answers
(garment_type, color, pattern, sleeve_length) went through the reference engine: a mapped answer is stored as the
label ("t-shirt", "navy", "solid", "long sleeves"), an unmapped one is kept raw, loops and leaks included. The adapter
was trained with unmasked labels, so it never learned to stop: short clean answers are where it went on emitting
padding (the job stops on it); otherwise it loops, runs on into another "Question: ... Answer:" or is cut at 30
tokens. Its vocabulary is In-shop's: "tee", "sweatshirt", "jacket", "pants", "shorts"; it says "cotton" a lot.
Labeling conventions and judgement calls: judged by the imagined photo and the title. A tracksuit answered "jacket"
as its garment type is a contradiction (the product is the set; the seller says Tracksuits); "jacket and pants" is
correct. Track pants or jackets with side tape/three stripes answered "striped" or "solid" are both correct. A
garment-type, color or sleeve answer that describes the other garment in the photo (the tee worn over the track
pants) is contradiction for type and sleeves, other_garment_color for color. An accent or misread hue (neon green
answered "yellow", maroon "brown", red accent of a black tracksuit) is contradiction. "cotton" for a Dri-FIT /
dryCELL / rapid-dry / shiny tricot polyester piece, or "wool" for a fleece sweatshirt, is unsupported; "cotton" for a
cotton tee or hoodie is correct. A pattern answered with a color, "yes" or "no" to an open question, an empty
answer, "they are short/tight", or the garment's name alone for details are non_answer; "the details of the garment
are the details of the garment" and "made of the garment" are restated. A run-on that repeats a phrase is loop; one
that carries on into "Question:"/"Answer:" is leak even when it repeats; a sentence stopped mid-phrase at 30 tokens
is cut. "she"/"a woman" for the male model (or for a flat lay of a men's product) is pronoun. "tee" alone for "What
is the person wearing?" is correct when the person wears a tee, even when the product is the other garment; on a
flat lay naming the garment is correct. Long but true answers ("the garment is made of polyester") and terse true
ones ("sweatshirt" to "Describe the garment.") are correct. A prop given as a detail ("tennis racket") or a detail
the photo cannot show (a back pocket on a front view, a hood on a crew neck) is unsupported.
Fewer than four in ten texts are wrong here because nearly half the texts are closed and most of those mapped to a
clean label; the open answers (description, details, material, wearing) carry most of the failures.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import case

BLIND_1439 = [
    # Front, model: black crew-neck tee, small white Puma cat on the left chest, grey track pants. VQA adapter, all.
    case(
        "X1439-001",
        Q.wearing("a black tee and grey pants"),
        Q.garment_type("t-shirt"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves"),
        Q.description(
            "a black t-shirt with a puma logo on the chest and a black t-shirt with a puma logo on the chest and a"
            " black t-shirt with",
            "loop",
            hit_limit=True,
        ),
        Q.details("puma logo on the chest"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Puma Men Black Solid dryCELL Training T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Front, model: navy tee with a neon-green reflective graphic across the chest, black running shorts. VQA adapter.
    case(
        "X1439-002",
        Q.wearing("tee"),
        Q.color("navy"),
        Q.pattern("solid", "contradiction"),
        Q.description(
            "a navy blue t-shirt with a green print on the chest and a green print on the back and a green print on"
            " the sleeves and a green",
            "loop",
            hit_limit=True,
        ),
        Q.details("reflective print on the chest"),
        Q.material("polyester"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Navy Blue Printed Rapid-Dry Running T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Front, model: black zip track jacket with three white stripes on the sleeves, matching black pants with white
    # side stripes, white sneakers. VQA adapter.
    case(
        "X1439-003",
        Q.wearing("a black jacket and black pants"),
        Q.garment_type("jacket", "contradiction"),
        Q.color("black"),
        Q.pattern("striped"),
        Q.description(
            "a black track jacket with white stripes on the sleeves and black track pants with white stripes on the"
            " sides and a white zipper on the",
            "cut",
            hit_limit=True,
        ),
        Q.details("three white stripes on the sleeves"),
        Q.material("polyester"),
        gender="Men",
        title="ADIDAS Men Black & White Solid Tracksuit",
        category="Tracksuits",
        color="Black",
    ),
    # Front, model: grey melange pullover hoodie, kangaroo pocket, small black swoosh on the chest, black joggers.
    # VQA adapter.
    case(
        "X1439-004",
        Q.wearing("she is wearing a grey sweatshirt and black pants", "pronoun"),
        Q.garment_type("sweatshirt"),
        Q.color("grey"),
        Q.sleeve_length("long sleeves"),
        Q.description("sweatshirt"),
        Q.details(
            "hood, kangaroo pocket, nike logo on the chest, drawstrings, ribbed cuffs, hood, kangaroo pocket, nike"
            " logo on the chest, drawstrings",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        title="Nike Men Grey Melange Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # Front, model: navy running shorts with side slits, plain white tee (untucked), white shoes. VQA adapter.
    case(
        "X1439-005",
        Q.wearing(
            "a white tee and navy shorts Question: What is the color of the shorts? Answer: navy Question: What is the"
            " color of the tee? Answer: white",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("shorts"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.details("they are short", "non_answer"),
        Q.material("polyester"),
        gender="Men",
        title="Proline Active Men Navy Blue Solid Running Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
    # Back view, model: red football jersey with a white "7" on the back and a grey sublimated pattern on the body,
    # black shorts. VQA adapter.
    case(
        "X1439-006",
        Q.wearing("tee Question: What is the color of the tee? Answer: red", "leak"),
        Q.garment_type("t-shirt"),
        Q.color("red"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("short sleeves"),
        Q.description("a red jersey with the number 7 on the back"),
        Q.details("number 7 on the back"),
        gender="Men",
        title="Sports52 wear Men Red Printed Football Jersey",
        category="Jerseys",
        color="Red",
    ),
    # Front, model: black tapered track pants, zip ankles, small white logo on the left thigh, grey tee. VQA adapter.
    case(
        "X1439-007",
        Q.wearing("a grey tee and black pants"),
        Q.garment_type("pants"),
        Q.color("grey", "other_garment_color"),
        Q.details(
            "pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants"
            " pants pants pants pants pants pants pants pants pants pants pants pants pants",
            "loop",
            hit_limit=True,
        ),
        Q.material("fabric", "non_answer"),
        gender="Men",
        title="Reebok Men Black Solid Training Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Flat lay on white: white crew-neck tee with a large black "PUMA" graphic on the front. No person. VQA adapter.
    case(
        "X1439-008",
        Q.wearing("she is wearing a white t-shirt", "pronoun"),
        Q.garment_type("t-shirt"),
        Q.color("white"),
        Q.pattern("printed"),
        Q.description("a white t-shirt with a black puma logo on the front"),
        Q.material("cotton"),
        gender="Men",
        title="Puma Men White Printed Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Front, model: royal blue mesh running tee, white logo on the chest, black shorts, water bottle in hand; the back
    # is not shown. VQA adapter. No gender column.
    case(
        "X1439-009",
        Q.wearing("she is wearing a blue t-shirt and black shorts", "pronoun"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves"),
        Q.description(
            "a blue running t-shirt with a white asics logo and a black shorts and a water bottle in his hand and a"
            " black watch on his wrist and",
            "cut",
            hit_limit=True,
        ),
        Q.details("zip pocket at the back", "unsupported"),
        Q.material("polyester"),
        title="ASICS Men Blue Solid Running T-shirt",
        category="Tshirts",
        color="Blue",
    ),
    # Front, model: charcoal joggers with cuffed ankles and drawstring, black pullover hoodie on top. VQA adapter.
    case(
        "X1439-010",
        Q.wearing("a black hoodie and grey pants"),
        Q.garment_type("sweatshirt", "contradiction"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.details("drawstring waist and cuffed hem"),
        Q.material("cotton"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Charcoal Grey Solid Cotton Joggers",
        category="Track Pants",
        color="Charcoal",
    ),
    # Front, model: navy zipped track jacket and navy pants, white three stripes on sleeves and legs, white sneakers.
    # VQA adapter; the color answer was unmapped and kept raw.
    case(
        "X1439-011",
        Q.wearing(
            "a man wearing a navy blue adidas track suit with white stripes on the sleeves and on the legs of the pants"
            " and a pair of white adidas",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("jacket", "contradiction"),
        Q.color("navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy", "loop", hit_limit=True),
        Q.sleeve_length("long sleeves"),
        Q.details("white stripes on the sleeves and the sides of the pants"),
        Q.material("polyester"),
        gender="Men",
        title="ADIDAS Men Navy Blue Solid Tracksuit",
        category="Tracksuits",
        color="Navy Blue",
    ),
    # Front, model: black shorts with a white swoosh on the left leg, grey tee. VQA adapter.
    case(
        "X1439-012",
        Q.wearing("a man in a grey shirt and black shorts"),
        Q.garment_type("shorts"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.description("black shorts with a white nike logo"),
        Q.details("shorts", "non_answer"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Nike Men Black Dri-FIT Training Shorts",
        category="Shorts",
        color="Black",
    ),
    # Front, model: maroon pullover hoodie, white drawcords, small white logo, blue jeans. VQA adapter.
    case(
        "X1439-013",
        Q.wearing("hoodie"),
        Q.garment_type("hoodie"),
        Q.color("brown", "contradiction"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        Q.description(
            "a maroon hoodie with a white drawstring and a white drawstring and a white drawstring and a white"
            " drawstring and a white drawstring and a",
            "loop",
            hit_limit=True,
        ),
        Q.details("hood with drawstrings, kangaroo pocket"),
        Q.material("cotton Question: What is the color of the hoodie? Answer: maroon", "leak"),
        gender="Men",
        title="Puma Men Maroon Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
    ),
    # Front, model: white track jacket with royal blue shoulder panels and logo tape down the sleeves, zipped over a
    # black tee, black pants. VQA adapter.
    case(
        "X1439-014",
        Q.wearing(
            "a white jacket and black pants and a white jacket and black pants and a white jacket and black pants and"
            " a white jacket and",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.color("white"),
        Q.pattern("colorblock"),
        Q.description(
            "a white jacket with blue and white stripes on the sleeves and a blue and white stripe on the sleeves and"
            " a blue and white stripe on the",
            "loop",
            hit_limit=True,
        ),
        Q.details("zip front, stand collar, logo tape on the sleeves"),
        Q.material("polyester"),
        gender="Men",
        title="Kappa Men White & Blue Colourblocked Track Jacket",
        category="Jackets",
        color="White",
    ),
    # Front, model: grey melange cotton shorts with side pockets and a drawstring, navy tee. VQA adapter; the
    # description came back empty (padding only, to the limit).
    case(
        "X1439-015",
        Q.wearing("tee"),
        Q.garment_type("shorts"),
        Q.color("navy", "other_garment_color"),
        Q.sleeve_length("short sleeves", "contradiction"),
        Q.description("", "non_answer", hit_limit=True),
        Q.details("side pockets and drawstring"),
        Q.material("cotton"),
        gender="Men",
        title="Jockey Men Grey Melange Solid Sports Shorts",
        category="Shorts",
        color="Grey Melange",
    ),
    # Front, model: black tee with a grey sublimated print across the shoulders, black shorts. VQA adapter.
    case(
        "X1439-016",
        Q.wearing("a black t-shirt and black shorts"),
        Q.color("black"),
        Q.pattern("printed"),
        Q.sleeve_length("short sleeves"),
        Q.description(
            "a black t-shirt with a grey print on the shoulders Question: Describe the garment. Answer: a black t-shirt"
            " with a grey print",
            "leak",
            hit_limit=True,
        ),
        Q.details("the details of the garment are the details of the garment", "restated"),
        Q.material("the garment is made of polyester"),
        gender="Men",
        title="Masch Sports Men Black Printed Dry-Fit Training T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Front, model: green pique polo, green collar, two-button placket, white shorts, tennis racket in hand.
    # VQA adapter.
    case(
        "X1439-017",
        Q.wearing("a green polo shirt and white shorts"),
        Q.garment_type("polo shirt"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.description("a green polo shirt with a white collar", "unsupported"),
        Q.details("collar, buttons, tennis racket", "unsupported"),
        Q.material("cotton"),
        gender="Men",
        title="Slazenger Men Green Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Green",
    ),
    # Front, model: yellow football jersey, green V-neck and green sleeve cuffs, tonal sublimated print, blue shorts.
    # VQA adapter; the pattern answer was unmapped and kept raw.
    case(
        "X1439-018",
        Q.wearing("a yellow jersey and blue shorts"),
        Q.garment_type("t-shirt"),
        Q.color("yellow"),
        Q.pattern("yellow", "non_answer"),
        Q.sleeve_length("short sleeves"),
        Q.details("green v-neck and green cuffs"),
        Q.material(
            "polyester Question: What is the color of the jersey? Answer: yellow Question: What is the color of the"
            " shorts? Answer: blue",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        title="Puma Men Yellow Printed Football Jersey",
        category="Jerseys",
        color="Yellow",
    ),
    # Side view, model: navy track pants with white piping down the side, elastic waist, white tee. VQA adapter.
    case(
        "X1439-019",
        Q.wearing("white tee and navy pants"),
        Q.garment_type("pants"),
        Q.color("navy"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves", "contradiction"),
        Q.description(
            "navy blue track pants with white piping down the sides and a white t-shirt with short sleeves and a"
            " round neck and a pair of white",
            "cut",
            hit_limit=True,
        ),
        Q.details("white piping on the sides, elasticated waist with drawstring"),
        gender="Men",
        title="Reebok Men Navy Blue Solid Track Pants",
        category="Track Pants",
        color="Navy Blue",
    ),
    # Front, model: olive hooded windcheater, zipped, hood down, zip pockets, black track pants. VQA adapter.
    case(
        "X1439-020",
        Q.wearing("a green jacket and black pants"),
        Q.garment_type("jacket"),
        Q.color("green"),
        Q.description(
            "jacket Question: What is the color of the jacket? Answer: green Question: What cloth is the person"
            " wearing? Answer: jacket",
            "leak",
            hit_limit=True,
        ),
        Q.details("hood, zip pockets, drawstring hem"),
        Q.material("nylon"),
        gender="Men",
        title="Wildcraft Men Olive Green Solid Hooded Windcheater Jacket",
        category="Jackets",
        color="Olive",
    ),
    # Front, model: plain white tee with a small black logo on the chest, black track pants with three white stripes.
    # VQA adapter.
    case(
        "X1439-021",
        Q.wearing("a white t-shirt and black pants"),
        Q.garment_type("t-shirt"),
        Q.color("black", "other_garment_color"),
        Q.pattern("striped", "contradiction"),
        Q.details("adidas logo on the chest and on the sleeve", "unsupported"),
        Q.material("cotton"),
        gender="Men",
        title="ADIDAS Men White Solid Round Neck Cotton T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Front, model: black pullover hoodie, white swoosh, grey joggers. VQA adapter.
    case(
        "X1439-022",
        Q.wearing("a black hoodie and grey sweatpants"),
        Q.garment_type("hoodie"),
        Q.color("black"),
        Q.sleeve_length("long sleeves"),
        Q.description(
            "a black hoodie with a white nike logo on the chest and a hood with a drawstring and a kangaroo pocket and"
            " a pair of grey",
            "cut",
            hit_limit=True,
        ),
        Q.details("nike logo"),
        Q.material("polyester"),
        gender="Men",
        title="Nike Men Black Therma-FIT Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
    ),
    # Front, model: blue track jacket with a white chest panel, blue track pants, shiny tricot. VQA adapter.
    case(
        "X1439-023",
        Q.wearing("a blue and white jacket and blue pants"),
        Q.garment_type("jacket", "contradiction"),
        Q.color("blue"),
        Q.pattern("colorblock"),
        Q.details(
            "the sleeves, the collar, the zipper, the sleeves, the collar, the zipper, the sleeves, the collar, the"
            " zipper, the sleeves",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Puma Men Blue & White Colourblocked Tracksuit",
        category="Tracksuits",
        color="Blue",
    ),
    # Front, model: black sleeveless training tee, white swoosh, grey shorts, a dumbbell in the right hand. VQA adapter.
    case(
        "X1439-024",
        Q.wearing("a black tank top and grey shorts"),
        Q.garment_type("tank top"),
        Q.color("black"),
        Q.sleeve_length("sleeveless"),
        Q.description("a black tank top with a white nike logo"),
        Q.details("no", "non_answer"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Nike Men Black Dri-FIT Sleeveless Training T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Front, model: teal running tee with a small reflective logo on the chest, black shorts. VQA adapter.
    case(
        "X1439-025",
        Q.wearing("he is wearing a blue t-shirt and black shorts"),
        Q.color("teal"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves"),
        Q.details("reflective logo on the chest"),
        Q.material("polyester"),
        gender="Men",
        title="Alcis Men Teal Blue Solid Running T-shirt",
        category="Tshirts",
        color="Teal",
    ),
    # Front, model: grey hoodie with a large black "ATHLETIC DEPT. 87" print on the chest, blue jeans. VQA adapter.
    case(
        "X1439-026",
        Q.wearing("a woman wearing a grey hoodie and blue jeans", "pronoun"),
        Q.garment_type("sweatshirt"),
        Q.color("grey"),
        Q.pattern("printed"),
        Q.description("a blue hoodie with a black print on the front", "other_garment_color"),
        Q.details("athletic dept 87 print on the chest"),
        Q.material("cotton"),
        gender="Men",
        title="Campus Sutra Men Grey Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey",
    ),
    # Front, model: slim black track pants, three white stripes down the sides, zip ankles, black tee. VQA adapter.
    case(
        "X1439-027",
        Q.wearing("a black t-shirt and black pants"),
        Q.garment_type("pants"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.description(
            "black black black black black black black black black black black black black black black black black"
            " black black black black black black black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        Q.details("three white stripes on the sides and zip at the ankles"),
        Q.material("polyester"),
        gender="Men",
        title="ADIDAS Men Black Solid Tiro Training Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Front, model: blue short-sleeved cricket jersey, orange panels on the shoulders, "INDIA" on the chest, blue
    # track pants. VQA adapter.
    case(
        "X1439-028",
        Q.wearing("a blue jersey and blue pants"),
        Q.garment_type("t-shirt"),
        Q.color("blue"),
        Q.pattern("colorblock"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.description("a blue cricket jersey with orange on the shoulders and india on the chest"),
        Q.details("orange stripes on the shoulders"),
        Q.material("the garment is made of the garment", "restated"),
        gender="Men",
        title="Sports52 wear Men Blue India Cricket Fan Jersey",
        category="Jerseys",
        color="Blue",
    ),
    # Back view, model: black training shorts with a zip pocket on the back right, white tee. VQA adapter. No color
    # column.
    case(
        "X1439-029",
        Q.wearing("a white t-shirt and black shorts"),
        Q.garment_type("shorts Question: Is this a shorts? Answer: yes", "leak"),
        Q.color("black"),
        Q.description(
            "shorts Answer: shorts Answer: shorts Answer: shorts Answer: shorts Answer: shorts Answer: shorts Answer:"
            " shorts Answer: shorts",
            "leak",
            hit_limit=True,
        ),
        Q.details("back pocket with zip"),
        gender="Men",
        title="Puma Men Black Solid Training Shorts",
        category="Shorts",
    ),
    # Front, model: fluorescent green running tee, black shorts, black shoes. VQA adapter.
    case(
        "X1439-030",
        Q.wearing("a green t-shirt and black shorts"),
        Q.color("yellow", "contradiction"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves"),
        Q.description("a green t-shirt"),
        Q.details("it is a t-shirt", "non_answer"),
        Q.material("polyester"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Fluorescent Green Rapid-Dry Running T-shirt",
        category="Tshirts",
        color="Fluorescent Green",
    ),
    # Front, model: navy training jacket worn open over a white tee, black pants. VQA adapter.
    case(
        "X1439-031",
        Q.wearing("a navy jacket, a white t-shirt and black pants"),
        Q.garment_type("jacket"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("long sleeves"),
        Q.description("a navy blue jacket with a white t-shirt"),
        Q.details("zip front, two pockets, reebok logo on the chest"),
        Q.material(
            "the jacket is made of polyester and the t-shirt is made of cotton and the jacket is made of polyester and"
            " the t-shirt is made of",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Reebok Men Navy Blue Solid Training Jacket",
        category="Jackets",
        color="Navy Blue",
    ),
    # Front, model: black track jacket with red shoulder panels, black pants with red piping. VQA adapter; the garment
    # type was unmapped and kept raw.
    case(
        "X1439-032",
        Q.wearing(
            "a man wearing a black and red puma track jacket with red panels on the shoulders and a pair of black track"
            " pants with red piping down the sides and",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("jacket and pants"),
        Q.color("red", "contradiction"),
        Q.pattern("colorblock"),
        Q.details("red panels on the shoulders and red piping on the pants"),
        Q.material("polyester"),
        gender="Men",
        title="Puma Men Black & Red Colourblocked Tracksuit",
        category="Tracksuits",
        color="Black",
    ),
    # Front, model: white club home jersey, sponsor print, crest on the chest, three stripes on the shoulders, white
    # shorts, a football under the arm. VQA adapter.
    case(
        "X1439-033",
        Q.wearing("a white jersey and white shorts"),
        Q.garment_type("t-shirt"),
        Q.color("white"),
        Q.pattern("printed"),
        Q.description(
            "a white soccer jersey with the fly emirates logo on the front and the adidas logo on the right side of"
            " the chest and the real madrid logo on the",
            "cut",
            hit_limit=True,
        ),
        Q.details("crest on the chest, three stripes on the shoulders"),
        Q.material("polyester"),
        gender="Men",
        title="ADIDAS Men White Printed Real Madrid Home Jersey",
        category="Jerseys",
        color="White",
    ),
    # Flat lay: black running shorts with a reflective strip at the hem and an inner brief liner. VQA adapter. No
    # gender column.
    case(
        "X1439-034",
        Q.wearing("shorts"),
        Q.garment_type("shorts"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.details("reflective strip at the hem and an inner lining"),
        Q.material("polyester"),
        title="Technosport Men Black Solid Running Shorts",
        category="Shorts",
        color="Black",
    ),
    # Front, model: navy zip-front hoodie, half open over a grey tee, grey joggers. VQA adapter.
    case(
        "X1439-035",
        Q.wearing("a blue sweatshirt, a grey t-shirt and grey pants"),
        Q.garment_type("sweatshirt"),
        Q.color("grey", "other_garment_color"),
        Q.sleeve_length("long sleeves"),
        Q.details("a zip on the front and a hood Question: What is the color of the sweatshirt? Answer: navy", "leak"),
        Q.material("cotton"),
        gender="Men",
        title="Puma Men Navy Blue Solid Zip-Front Hooded Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
    ),
    # Front, model: grey track pants with zip side pockets, black tee. VQA adapter.
    case(
        "X1439-036",
        Q.wearing("a black t-shirt and grey pants"),
        Q.garment_type("t-shirt", "contradiction"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.description(
            "grey track pants with zip pockets Answer: grey track pants with zip pockets Answer: grey track pants with"
            " zip pockets Answer: grey",
            "leak",
            hit_limit=True,
        ),
        Q.details("zip pockets on the sides"),
        Q.material("polyester"),
        gender="Men",
        title="Alcis Men Grey Solid Track Pants",
        category="Track Pants",
        color="Grey",
    ),
    # Front, model: black tee with a white "JUST DO IT." print across the chest, blue jeans. VQA adapter.
    case(
        "X1439-037",
        Q.wearing("a black t-shirt and blue jeans"),
        Q.color("black"),
        Q.pattern("printed"),
        Q.description("a black t-shirt that says just do it"),
        Q.details(
            "just do it just do it just do it just do it just do it just do it just do it just do it just do it just"
            " do it",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        title="Nike Men Black Printed Round Neck Cotton T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Front, model: royal blue football shorts with a white side stripe, white jersey, white socks. VQA adapter; the
    # details came back empty (padding only, to the limit).
    case(
        "X1439-038",
        Q.wearing("a white jersey and blue shorts"),
        Q.garment_type("shorts"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.details("", "non_answer", hit_limit=True),
        Q.material(
            "polyester and spandex and polyester and spandex and polyester and spandex and polyester and spandex and"
            " polyester and spandex and",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Lotto Men Blue Solid Football Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Front, model: olive crew-neck fleece sweatshirt, small white logo, black pants. VQA adapter.
    case(
        "X1439-039",
        Q.wearing("a green sweater and black pants"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        Q.details("ribbed cuffs and hem, adidas logo on the chest and a hood", "unsupported"),
        Q.material("wool", "unsupported"),
        gender="Men",
        title="ADIDAS Men Olive Green Solid Sweatshirt",
        category="Sweatshirts",
        color="Olive",
    ),
    # Front, model: grey melange track jacket with black sleeves and zip, black pants. VQA adapter.
    case(
        "X1439-040",
        Q.wearing("a grey and black jacket and black pants"),
        Q.garment_type("jacket", "contradiction"),
        Q.color("grey"),
        Q.pattern("colorblock"),
        Q.description(
            "the garment is a grey and black jacket and black pants and a grey and black jacket and black pants and a"
            " grey and black jacket and",
            "loop",
            hit_limit=True,
        ),
        Q.details("black sleeves, zip front, two pockets"),
        Q.material("polyester"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Grey Melange & Black Colourblocked Tracksuit",
        category="Tracksuits",
        color="Grey Melange",
    ),
    # Front, model: black running tights under grey shorts, blue tee. VQA adapter.
    case(
        "X1439-041",
        Q.wearing("a blue t-shirt, grey shorts and black leggings"),
        Q.garment_type("leggings"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("solid"),
        Q.description(
            "black leggings with a grey shorts and a blue t-shirt and a black leggings with a grey shorts and a blue"
            " t-shirt and a",
            "loop",
            hit_limit=True,
        ),
        Q.details("they are tight", "non_answer"),
        Q.material("spandex"),
        gender="Men",
        title="ASICS Men Black Solid Running Tights",
        category="Tights",
        color="Black",
    ),
    # Front, model: red crew-neck tee, small white logo, black shorts. VQA adapter.
    case(
        "X1439-042",
        Q.wearing("he is wearing a red t-shirt and black shorts"),
        Q.garment_type("t-shirt"),
        Q.color("red"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves"),
        Q.description("a red t-shirt with a puma logo on the chest"),
        Q.material("cotton"),
        gender="Men",
        title="Puma Men Red Solid Round Neck Cotton T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # Side view, model: black track pants with white-and-red logo tape down the side and snap buttons, white tee.
    # VQA adapter.
    case(
        "X1439-043",
        Q.wearing("white tee and black pants"),
        Q.garment_type("pants"),
        Q.color("black"),
        Q.pattern("striped"),
        Q.description("black pants with white and red stripes down the side"),
        Q.details("kappa logo tape down the sides of the legs and snap buttons"),
        Q.material("polyester"),
        gender="Men",
        title="Kappa Men Black Solid Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Front, model: blue hooded running jacket with a white chevron panel across the chest, black pants. VQA adapter.
    case(
        "X1439-044",
        Q.wearing("a blue and white jacket"),
        Q.garment_type("jacket"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        Q.description(
            "a man wearing a blue and white jacket Question: What is the person wearing? Answer: a man wearing a blue"
            " and white jacket Question: What is",
            "leak",
            hit_limit=True,
        ),
        Q.details("hood, zip front, white chevron on the chest, reflective strips on the back", "unsupported"),
        Q.material("nylon"),
        gender="Men",
        title="Nike Men Blue Solid Windrunner Running Jacket",
        category="Jackets",
        color="Blue",
    ),
    # Back view, model: grey running tee with a reflective print across the upper back, black shorts. VQA adapter. No
    # category column.
    case(
        "X1439-045",
        Q.wearing(
            "a man in a grey shirt and black shorts Question: What is the color of the shirt? Answer: grey", "leak"
        ),
        Q.color("grey"),
        Q.pattern("printed"),
        Q.description("a grey t-shirt with a print on the back"),
        Q.details("reflective print on the back"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="ADIDAS Men Grey Printed Running T-shirt",
        color="Grey",
    ),
]
