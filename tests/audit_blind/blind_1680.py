"""BLIND_1680 (45 products; Myntra men's tees, polos and shirts, base BLIP-2 zero-shot): written blind in the sixty-
seventh session. Measured blind at c32e5e8 (the session's third and final rules): 45/63 failures found (71.4%) and
22/224 correct texts flagged (9.8%). The writer's notes, verbatim:

Scenario: a Myntra men's topwear feed (article types Tshirts and Shirts; the feed's title, category, base colour and
gender columns, one left out here and there as feeds do). Photos are the usual catalog shots: a model on a plain
grey or white backdrop wearing the product with jeans, chinos, shorts or trousers, a few layered under a blazer or a
jacket, a few flat lays, a hanger shot, two back views, props (a stool, a skateboard, sunglasses, a tennis racket).
Who wrote what: every text is the untuned Salesforce/blip2-opt-2.7b, zero-shot. The caption is its unprompted caption
(max 50 new tokens); the answers are enrich's default questionnaire asked with free generation, prompt
"Question: <question> Answer:", greedy, max 30 new tokens, stopping on the newline. Each product got 4 to 7 of the
questions. Being the base model, most answers are short and stop cleanly; it goes wrong on colors (it names the
jeans', the tie's, the blazer's color), on layered outfits (answers the jacket), on invented small details (pockets,
trims, button-down collars, white logos), on pronouns for long-haired or young models, and now and then it runs on
to the token limit (looping or cut) or echoes the prompt format.
Labeling conventions and judgement calls: judged against the imagined photo and the title. Near hues are right
(teal as blue, olive as green, burgundy as red, lavender as purple, grey melange as grey). A bare "cotton" for a tee
or casual shirt whose title names no fabric is left unmarked as a fair default; a fabric the title contradicts
(cotton for Dri-FIT or Dry-Fit) is a contradiction; a fabric or a blend/percentage that neither the title nor the
photo supports (silk, linen on twill, polyester on a melange cotton tee, "100% cotton") is unsupported; flannel on a
visibly brushed buffalo check is left unmarked. Answering a layered outer garment (the blazer, the leather jacket,
the open denim shirt's undershirt) for the garment type or material is a contradiction; giving the product another
garment's color is other_garment_color. A sleeve length or pattern that the photo or title contradicts (long for a
short-sleeved polo, stripes for a colourblocked tee, short for long sleeves rolled to the elbow) is a contradiction.
"nothing" for "What is the person wearing?" on a flat lay is a non_answer (it says nothing of the product); "no
details" on a plain tee is true and left unmarked; "black" as the pattern of a solid black shirt is a non_answer.
Three white stripes on an Adidas tee's shoulders answered as pattern "stripes" left unmarked (visible). A text that
is both cut and partly invented is labeled cut; a loop is labeled loop. Every wrong text of a product is marked (up
to four on the layered tee under a leather jacket). "white" for a navy polo with a white shoulder panel, worn with
white trousers, is marked other_garment_color: the base colour is navy. About one text in five is wrong, fewer than
in the adapters' runs: the untuned base answers the short closed questions well, and most of its errors sit in colors
on layered or two-tone outfits and in the open details.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import caption, case

BLIND_1680 = [
    # Model, grey backdrop: navy round-neck tee, mid-blue jeans. All base BLIP-2; all correct.
    case(
        "X1680-001",
        caption("a man wearing a navy blue t-shirt and jeans"),
        Q.wearing("a navy blue t-shirt and jeans"),
        Q.garment_type("t-shirt"),
        Q.color("navy blue"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.material("cotton"),
        gender="Men",
        title="Roadster Men Navy Blue Solid Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Model, white backdrop: white tee with a large tiger graphic on the chest, blue jeans. Base BLIP-2; the color
    # answer gives the jeans' blue.
    case(
        "X1680-002",
        caption("a man in a white t-shirt with a tiger on it"),
        Q.garment_type("t-shirt"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("graphic"),
        Q.description("a white t-shirt with a tiger on it"),
        Q.details("the tiger is on the front of the shirt"),
        Q.material("cotton"),
        gender="Men",
        title="HERE&NOW Men White Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Model: black-and-grey checked slim shirt, sleeves rolled to the elbow, one chest pocket, khaki chinos. Base
    # BLIP-2; the details answer runs to the 30-token limit mid-sentence.
    case(
        "X1680-003",
        caption("a man in a plaid shirt and khaki pants"),
        Q.garment_type("a shirt"),
        Q.color("black and grey"),
        Q.pattern("plaid"),
        Q.sleeve_length("long"),
        Q.details(
            "the shirt has a collar, buttons, and a pocket on the left side of the chest, and the sleeves are rolled"
            " up to the elbows, and the",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="WROGN Men Black & Grey Checked Slim Fit Casual Shirt",
        category="Shirts",
        color="Black",
    ),
    # Model: maroon pique polo with a plain maroon collar, beige chinos, white sneakers. Base BLIP-2; the description
    # invents a white collar.
    case(
        "X1680-004",
        caption("a man in a maroon polo shirt and khaki pants"),
        Q.wearing("a maroon polo shirt"),
        Q.garment_type("polo shirt"),
        Q.color("maroon"),
        Q.sleeve_length("short sleeves"),
        Q.description("a maroon polo shirt with a white collar", "unsupported"),
        Q.material("cotton"),
        gender="Men",
        title="Mast & Harbour Men Maroon Polo Collar T-shirt",
        category="Tshirts",
        color="Maroon",
    ),
    # Flat lay on white: black round-neck tee with a white Puma cat logo and wordmark on the chest. Base BLIP-2; all
    # correct.
    case(
        "X1680-005",
        caption("a black t-shirt with a white puma logo"),
        Q.wearing("a black t-shirt"),
        Q.garment_type("t-shirt"),
        Q.color("black"),
        Q.pattern("printed"),
        Q.details("puma logo on the front"),
        Q.material("cotton"),
        gender="Men",
        title="Puma Men Black Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Model with long hair in a bun and a beard: grey melange polo with a small embroidered logo and white buttons,
    # dark jeans. Base BLIP-2; "she" for the man.
    case(
        "X1680-006",
        caption("a man in a grey polo shirt"),
        Q.wearing("she is wearing a grey polo shirt and jeans", "pronoun"),
        Q.garment_type("polo"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.details("the polo shirt has a logo on the left chest and the buttons are white"),
        Q.material("cotton"),
        gender="Men",
        title="U.S. Polo Assn. Men Grey Melange Solid Polo T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # Model: white formal shirt tucked into navy trousers, navy tie. Base BLIP-2; the color answer gives the tie's.
    case(
        "X1680-007",
        caption("a man in a white shirt and a blue tie"),
        Q.garment_type("dress shirt"),
        Q.color("blue", "other_garment_color"),
        Q.sleeve_length("long"),
        Q.description("a white dress shirt with a blue tie"),
        Q.details("the shirt has a collar, cuffs, and buttons"),
        Q.material("cotton"),
        gender="Men",
        title="Louis Philippe Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Model sitting on a wooden stool: olive cotton-twill casual shirt, black jeans. Base BLIP-2; "linen" is not in
    # the title and the twill does not look like it.
    case(
        "X1680-008",
        caption("a man in a green shirt sitting on a stool"),
        Q.wearing("a green shirt and black jeans"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.material("linen", "unsupported"),
        gender="Men",
        title="Highlander Men Olive Green Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Olive",
    ),
    # Model: royal blue Dri-FIT training tee with a round neck and a white swoosh, black shorts. Base BLIP-2; a v-neck
    # invented; "cotton" against the title's Dri-FIT.
    case(
        "X1680-009",
        caption("a man in a blue nike shirt and black shorts"),
        Q.garment_type("athletic shirt"),
        Q.color("blue"),
        Q.sleeve_length("short"),
        Q.description("a blue nike t-shirt with a white swoosh"),
        Q.details("the shirt has a v-neck", "unsupported"),
        Q.material("cotton", "contradiction"),
        gender="Men",
        title="Nike Men Blue Dri-FIT Training T-shirt",
        category="Tshirts",
        color="Blue",
    ),
    # Model: mid-blue denim shirt with two flap chest pockets worn open over a white tee, khaki chinos. Base BLIP-2;
    # the type and color answers are the undershirt's.
    case(
        "X1680-010",
        caption("a man wearing a denim shirt and white t-shirt"),
        Q.wearing("a denim shirt over a white t-shirt"),
        Q.garment_type("t-shirt", "contradiction"),
        Q.color("white", "other_garment_color"),
        Q.material("denim"),
        Q.details("the shirt has two pockets on the front"),
        gender="Men",
        title="Levis Men Blue Denim Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Back view: red running tee with a small black HRX print on the upper back, black track pants. Base BLIP-2; the
    # front is not in the photo, yet the details answer places a logo there.
    case(
        "X1680-011",
        caption("the back of a man in a red shirt"),
        Q.garment_type("t-shirt"),
        Q.color("red"),
        Q.pattern("solid"),
        Q.description("a red t-shirt with a black logo on the back"),
        Q.details("the shirt has a logo on the front", "unsupported"),
        Q.material("polyester"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Red Rapid-Dry Running T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # Model: mustard tee with a wide navy chest panel (colour block), grey joggers. Base BLIP-2; "stripes" for the
    # colour block.
    case(
        "X1680-012",
        caption("a man in a yellow and blue t-shirt"),
        Q.color("yellow"),
        Q.pattern("stripes", "contradiction"),
        Q.sleeve_length("short"),
        Q.description("a yellow and blue t-shirt"),
        Q.details("the t-shirt is yellow and blue"),
        gender="Men",
        title="Campus Sutra Men Mustard Yellow & Navy Colourblocked Round Neck T-shirt",
        category="Tshirts",
        color="Mustard",
    ),
    # Model: white polo with navy horizontal stripes, short sleeves, navy shorts. Base BLIP-2; "long" sleeves; the
    # details answer runs on into a question of its own.
    case(
        "X1680-013",
        caption("a man in a white and blue striped polo shirt"),
        Q.garment_type("polo shirt"),
        Q.color("white"),
        Q.pattern("striped"),
        Q.sleeve_length("the sleeves are long", "contradiction"),
        Q.details("blue stripes Question: What is the material of the garment? Answer: cotton", "leak"),
        gender="Men",
        title="Tommy Hilfiger Men White Striped Polo T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Flat lay on white: charcoal full-sleeve henley with a three-button placket. Base BLIP-2; "nothing" for the
    # wearing question (no person).
    case(
        "X1680-014",
        caption("a grey long sleeved henley shirt laid out on a white surface"),
        Q.wearing("nothing", "non_answer"),
        Q.garment_type("henley"),
        Q.color("grey"),
        Q.sleeve_length("long"),
        Q.details("three buttons on the front"),
        Q.material("cotton"),
        gender="Men",
        title="Roadster Men Charcoal Grey Solid Henley T-shirt",
        category="Tshirts",
        color="Charcoal",
    ),
    # Model holding sunglasses: blue-and-white checked shirt with a spread collar and one chest pocket, beige chinos.
    # Base BLIP-2; "button down collar" invented; the details answer loops to the limit.
    case(
        "X1680-015",
        caption("a man in a blue and white plaid shirt holding sunglasses"),
        Q.wearing("a blue and white plaid shirt and khaki pants"),
        Q.pattern("plaid"),
        Q.sleeve_length("long sleeves"),
        Q.description("a blue and white plaid shirt with a button down collar", "unsupported"),
        Q.details(
            "the shirt has a button down collar and a pocket on the chest and a pocket on the chest and a pocket on"
            " the chest and a pocket",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Allen Solly Men Blue & White Checked Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Model: black tee with a big white "BRKLYN" print, light blue ripped jeans. Base BLIP-2; "long" for the short
    # sleeves; "brooklyn" read for BRKLYN is accepted.
    case(
        "X1680-016",
        caption("a man in a black t-shirt and ripped jeans"),
        Q.garment_type("t-shirt"),
        Q.color("black"),
        Q.pattern("letters"),
        Q.sleeve_length("long", "contradiction"),
        Q.description("a black t-shirt with the word brooklyn on it"),
        Q.details("the t-shirt has a white print on the front that says brooklyn"),
        Q.material("cotton"),
        gender="Men",
        title="Jack & Jones Men Black Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Model, young and clean-shaven: light pink formal shirt, grey trousers, black belt. Base BLIP-2; the caption
    # calls him a woman; "silk" invented.
    case(
        "X1680-017",
        caption("a young woman in a pink shirt and grey pants", "pronoun"),
        Q.wearing("a pink shirt and grey pants"),
        Q.garment_type("shirt"),
        Q.color("pink"),
        Q.sleeve_length("long"),
        Q.material("silk", "unsupported"),
        gender="Men",
        title="Peter England Men Light Pink Slim Fit Formal Shirt",
        category="Shirts",
        color="Pink",
    ),
    # Model: teal casual shirt, white trousers. Base BLIP-2; teal read as blue (accepted); the color answer gives the
    # trousers' white.
    case(
        "X1680-018",
        caption("a man in a blue shirt and white pants"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.description("a blue button down shirt"),
        Q.details("a collar and buttons"),
        gender="Men",
        title="Dennis Lingo Men Teal Solid Slim Fit Casual Shirt",
        category="Shirts",
        color="Teal",
    ),
    # Model, side pose: navy polo with a small red embroidered logo and a two-button placket, white shorts. Base
    # BLIP-2; the details answer makes the logo white.
    case(
        "X1680-019",
        caption("a man in a blue polo shirt and white shorts"),
        Q.wearing("he is wearing a blue polo shirt and white shorts"),
        Q.color("navy"),
        Q.pattern("solid color"),
        Q.sleeve_length("short"),
        Q.details("the polo shirt has a white nautica logo on the chest and two buttons on the collar", "unsupported"),
        gender="Men",
        title="Nautica Men Navy Blue Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Back view: black oversized tee with a large white skull print across the back, black cargo pants. Base BLIP-2;
    # the details answer loops; "100% cotton" is not in the title.
    case(
        "X1680-020",
        caption("the back of a man wearing a black t-shirt with a skull on it"),
        Q.garment_type("t-shirt"),
        Q.color("black"),
        Q.pattern("skull"),
        Q.description("a black t-shirt with a skull on the back"),
        Q.details(
            "the skull is on the back of the shirt and the skull is on the back of the shirt and the skull is on the"
            " back of the shirt and",
            "loop",
            hit_limit=True,
        ),
        Q.material("100% cotton", "unsupported"),
        gender="Men",
        title="Difference of Opinion Men Black Oversized Graphic Printed T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Model: white formal shirt with fine blue vertical stripes under an open dark grey blazer, grey trousers. Base
    # BLIP-2; the color and type answers are the blazer's.
    case(
        "X1680-021",
        caption("a man in a grey suit and a white shirt"),
        Q.wearing("a grey suit and a white shirt"),
        Q.garment_type("suit", "contradiction"),
        Q.color("grey", "other_garment_color"),
        Q.pattern("striped"),
        Q.sleeve_length("long"),
        gender="Men",
        title="Arrow Men White & Blue Striped Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Model: olive camouflage-print round-neck tee, black jeans. Base BLIP-2; the sleeve answer runs on into the next
    # prompt's format.
    case(
        "X1680-022",
        caption("a man in a camouflage t-shirt and black jeans"),
        Q.color("green"),
        Q.pattern("camouflage"),
        Q.sleeve_length("short Question: What is the pattern of the garment? Answer: camouflage", "leak"),
        Q.description("a green camouflage t-shirt"),
        Q.details("camouflage"),
        gender="Men",
        title="Flying Machine Men Olive Printed Round Neck T-shirt",
        category="Tshirts",
        color="Olive",
    ),
    # Model: plain blue formal shirt with a blue collar, navy trousers. Base BLIP-2; the pattern answer repeats the
    # question; a white collar invented.
    case(
        "X1680-023",
        caption("a man in a blue shirt and blue pants"),
        Q.garment_type("a dress shirt"),
        Q.color("blue"),
        Q.pattern("the pattern of the garment is the pattern of the garment", "restated"),
        Q.sleeve_length("long"),
        Q.description("a blue dress shirt with a white collar", "unsupported"),
        gender="Men",
        title="Van Heusen Men Blue Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Model holding a skateboard: plain mustard round-neck tee, blue jeans. Feed row without the colour column. Base
    # BLIP-2; the details answer is the prop.
    case(
        "X1680-024",
        caption("a man holding a skateboard"),
        Q.wearing("a yellow t-shirt and jeans"),
        Q.garment_type("t-shirt"),
        Q.color("yellow"),
        Q.description("a yellow t-shirt"),
        Q.details("skateboard", "unsupported"),
        gender="Men",
        title="Roadster Men Mustard Yellow Solid Round Neck T-shirt",
        category="Tshirts",
    ),
    # Model: red-and-black buffalo check brushed flannel shirt with two chest pockets, worn open over a black tee,
    # black jeans. Base BLIP-2; the details answer loops between the two pockets to the limit.
    case(
        "X1680-025",
        caption("a man wearing a red and black plaid shirt"),
        Q.wearing("a red and black plaid shirt and black jeans"),
        Q.color("red and black"),
        Q.pattern("plaid"),
        Q.sleeve_length("long"),
        Q.material("flannel"),
        Q.details(
            "the shirt has a pocket on the left chest and a pocket on the right chest and a pocket on the left chest"
            " and a pocket",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Highlander Men Red & Black Buffalo Check Casual Shirt",
        category="Shirts",
        color="Red",
    ),
    # Model: black tee with a big yellow-and-black Batman logo, grey joggers. Base BLIP-2; the details answer loops to
    # the limit.
    case(
        "X1680-026",
        caption("a man wearing a black batman t-shirt"),
        Q.wearing("a black batman t-shirt and grey sweatpants"),
        Q.garment_type("t-shirt"),
        Q.color("black"),
        Q.pattern("batman"),
        Q.details(
            "batman logo on the front of the shirt in yellow and black with the batman logo on the front of the shirt"
            " in yellow and black with",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Bewakoof Men Black Batman Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Model: plain grey formal shirt with a grey collar, black trousers. Base BLIP-2; the color answer gives the
    # trousers' black, the description puts black on the collar, the details answer is a bare "yes".
    case(
        "X1680-027",
        caption("a man in a grey shirt and black pants"),
        Q.garment_type("shirt"),
        Q.color("black", "other_garment_color"),
        Q.sleeve_length("long"),
        Q.description("a grey shirt with a black collar", "other_garment_color"),
        Q.details("yes", "non_answer"),
        Q.material("cotton"),
        gender="Men",
        title="Raymond Men Grey Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Grey",
    ),
    # Model: white mandarin-collar shirt, long sleeves rolled up above the elbow, light blue jeans. Base BLIP-2;
    # "short" for the rolled long sleeves.
    case(
        "X1680-028",
        caption("a man in a white shirt and jeans"),
        Q.wearing("a white shirt and blue jeans"),
        Q.garment_type("a white shirt"),
        Q.color("white"),
        Q.sleeve_length("short", "contradiction"),
        Q.details("a mandarin collar"),
        gender="Men",
        title="Urbano Fashion Men White Solid Mandarin Collar Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # Model: grey melange cotton tee with a black Puma logo on the chest, black track pants. Base BLIP-2; "polyester"
    # not supported; the description echoes the prompt.
    case(
        "X1680-029",
        caption("a man wearing a grey puma t-shirt"),
        Q.color("grey"),
        Q.pattern("logo"),
        Q.sleeve_length("short"),
        Q.material("polyester", "unsupported"),
        Q.description("Question: Describe the garment. Answer: a grey t-shirt with a puma logo", "leak"),
        gender="Men",
        title="Puma Men Grey Melange Essential Logo Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # Model: navy polo with a white colour-block panel across the shoulders, navy collar, white trousers. Base BLIP-2;
    # "white" for a navy polo (the trousers and the panel); stripes on the sleeves invented; "i don't know".
    case(
        "X1680-030",
        caption("a man in a navy blue and white polo shirt and white pants"),
        Q.garment_type("polo shirt"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("short"),
        Q.details("the polo shirt has a white collar and white stripes on the sleeves", "unsupported"),
        Q.material("i don't know", "non_answer"),
        gender="Men",
        title="Louis Philippe Sport Men Navy & White Colourblocked Polo T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Model, plain sand backdrop: beige linen shirt without pockets, white shorts. Base BLIP-2; a pocket invented.
    case(
        "X1680-031",
        caption("a man in a beige shirt and white shorts"),
        Q.color("beige"),
        Q.sleeve_length("long"),
        Q.description("a beige linen shirt"),
        Q.details("the shirt has a collar and a pocket", "unsupported"),
        Q.material("linen"),
        gender="Men",
        title="Mast & Harbour Men Beige Linen Casual Shirt",
        category="Shirts",
        color="Beige",
    ),
    # Model: green-and-white checked short-sleeve shirt with a chest pocket and a spread collar, navy chinos. Base
    # BLIP-2; the material answer runs on to the limit.
    case(
        "X1680-032",
        caption("a man in a green and white checkered shirt"),
        Q.wearing("a green and white checked shirt and blue pants"),
        Q.garment_type("shirt"),
        Q.pattern("checkered"),
        Q.sleeve_length("short"),
        Q.material(
            "the garment is made of cotton and is a check pattern with a button down collar and a chest pocket. it"
            " has a curved hem and",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Indian Terrain Men Green Checked Slim Fit Casual Shirt",
        category="Shirts",
        color="Green",
    ),
    # Model: black dry-fit sports tee, grey shorts. Feed row without gender. Base BLIP-2; "cotton" against Dry-Fit;
    # the details answer says nothing.
    case(
        "X1680-033",
        caption("a man in a black shirt and grey shorts"),
        Q.garment_type("t-shirt"),
        Q.color("black"),
        Q.sleeve_length("short"),
        Q.material("cotton", "contradiction"),
        Q.details("it is a shirt", "non_answer"),
        title="Chkokko Men Black Solid Dry-Fit Sports T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Model: off-white tee with a green tropical-leaf print and no pocket, navy shorts. Base BLIP-2; a pocket
    # invented.
    case(
        "X1680-034",
        caption("a man in a white shirt with leaves on it"),
        Q.wearing("a white shirt with green leaves and blue shorts"),
        Q.color("white"),
        Q.pattern("leaves"),
        Q.sleeve_length("short"),
        Q.description("a white t-shirt with green leaves"),
        Q.details("the shirt has a pocket on the left chest", "unsupported"),
        gender="Men",
        title="Moda Rapido Men Off-White Printed Round Neck T-shirt",
        category="Tshirts",
        color="Off White",
    ),
    # Model: grey melange crew-neck tee under an open black leather jacket, black jeans. Base BLIP-2; type, color and
    # material are the jacket's.
    case(
        "X1680-035",
        caption("a man wearing a black leather jacket and a grey t-shirt"),
        Q.wearing("a leather jacket"),
        Q.garment_type("jacket", "contradiction"),
        Q.color("black", "other_garment_color"),
        Q.material("leather", "contradiction"),
        Q.description("a black leather jacket", "contradiction"),
        gender="Men",
        title="Levis Men Grey Melange Solid Crew Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # Hanger shot against a white wall: light-wash denim shirt with two flap pockets and ordinary buttons. Base BLIP-2;
    # "snap buttons" invented.
    case(
        "X1680-036",
        caption("a blue denim shirt hanging on a wooden hanger"),
        Q.wearing("a denim shirt"),
        Q.garment_type("denim shirt"),
        Q.color("blue"),
        Q.material("denim"),
        Q.details("it has two pockets and snap buttons", "unsupported"),
        gender="Men",
        title="Roadster Men Blue Faded Denim Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Model: plain white polo with a white collar, red shorts. Base BLIP-2; the shorts' red in the color answer and on
    # the collar.
    case(
        "X1680-037",
        caption("a man in a white polo shirt and red shorts"),
        Q.garment_type("polo"),
        Q.color("red", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a white polo shirt with a red collar", "other_garment_color"),
        gender="Men",
        title="Wrangler Men White Solid Polo T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Model: navy-and-white horizontally striped round-neck tee, beige chinos. Base BLIP-2; all correct.
    case(
        "X1680-038",
        caption("a man in a navy and white striped t-shirt"),
        Q.color("navy blue and white"),
        Q.pattern("stripes"),
        Q.sleeve_length("short"),
        Q.details("the shirt has horizontal stripes"),
        Q.material("cotton"),
        gender="Men",
        title="Highlander Men Navy Blue & White Striped Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Model with shoulder-length hair: burgundy casual shirt, dark jeans. Base BLIP-2; caption and description call
    # him a woman.
    case(
        "X1680-039",
        caption("a woman in a red shirt and jeans", "pronoun"),
        Q.wearing("a red shirt and jeans"),
        Q.garment_type("shirt"),
        Q.color("red"),
        Q.sleeve_length("long"),
        Q.description("she is wearing a red button up shirt", "pronoun"),
        gender="Men",
        title="Blackberrys Men Burgundy Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Burgundy",
    ),
    # Model: plain black casual shirt, grey trousers. Feed row without category. Base BLIP-2; the color as the
    # pattern; the details answer repeats the question.
    case(
        "X1680-040",
        caption("a man in a black shirt and grey pants"),
        Q.garment_type("a black shirt"),
        Q.color("black"),
        Q.pattern("black", "non_answer"),
        Q.details("the details of the garment", "restated"),
        Q.material("cotton"),
        gender="Men",
        title="SPYKAR Men Black Solid Slim Fit Casual Shirt",
        color="Black",
    ),
    # Model: plain white round-neck tee, grey sweatpants. Feed row without gender. Base BLIP-2; "undershirt" against
    # the title's T-shirt; "no details" is true of it.
    case(
        "X1680-041",
        caption("a man in a white t-shirt"),
        Q.wearing("a white t-shirt and grey sweatpants"),
        Q.garment_type("undershirt", "contradiction"),
        Q.color("white"),
        Q.sleeve_length("short"),
        Q.details("no details"),
        Q.material("cotton"),
        title="Jockey Men White Solid Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Model holding a tennis racket: plain yellow polo with a yellow collar, white shorts. Base BLIP-2; a white trim
    # invented; the sleeve answer only names what was asked.
    case(
        "X1680-042",
        caption("a man holding a tennis racket"),
        Q.wearing("a yellow shirt and white shorts"),
        Q.garment_type("tennis shirt"),
        Q.color("yellow"),
        Q.sleeve_length("the length of the sleeves", "restated"),
        Q.description("a yellow tennis shirt with white trim", "unsupported"),
        gender="Men",
        title="Harvard Men Yellow Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Yellow",
    ),
    # Model: black tee with three white stripes over the shoulders and a white logo, black shorts. Base BLIP-2; the
    # brand for the garment type.
    case(
        "X1680-043",
        caption("a man wearing a black adidas t-shirt and black shorts"),
        Q.garment_type("adidas", "non_answer"),
        Q.color("black"),
        Q.pattern("stripes"),
        Q.sleeve_length("short sleeves"),
        Q.details("three white stripes on the shoulders"),
        Q.material("cotton"),
        gender="Men",
        title="ADIDAS Men Black Solid Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Flat lay on grey: white tee with a black "JUST DO IT." print and swoosh on the front. Base BLIP-2; the
    # description runs to the limit and is cut.
    case(
        "X1680-044",
        caption("a white nike t-shirt with the words just do it"),
        Q.wearing("a white t-shirt"),
        Q.garment_type("t-shirt"),
        Q.color("white"),
        Q.pattern("just do it"),
        Q.sleeve_length("short"),
        Q.description(
            "white t-shirt with black just do it print on front with nike logo on the front and the back of the"
            " shirt is white and",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Nike Men White Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Model: lavender slim casual shirt with a spread collar and no pocket, white jeans. Base BLIP-2; the details
    # answer invents a button-down collar, a pocket and the fabric.
    case(
        "X1680-045",
        caption("a man in a purple shirt and white jeans"),
        Q.color("purple"),
        Q.garment_type("dress shirt"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.details(
            "the shirt has a button-down collar and a pocket on the left chest. it is made of 100% cotton and has a"
            " slim fit.",
            "unsupported",
        ),
        gender="Men",
        title="Dennis Lingo Men Lavender Solid Slim Fit Casual Shirt",
        category="Shirts",
        color="Lavender",
    ),
]
