"""BLIND_1655 (45 products; Myntra men's sportswear, VQA adapter, default questionnaire): written blind in the sixty-
seventh session. Measured blind at 96772b2 (the session's first rules): 95/103 failures found (92.2%) and 38/266
correct texts flagged (14.3%). The writer's notes, verbatim:

Scenario: a Myntra men's sportswear feed (t-shirts and football/cricket/basketball jerseys, track pants, running shorts,
compression tights, hoodies and sweatshirts, tracksuits, training jackets and a windcheater). Columns as the feed has
them: title (productDisplayName), category (Myntra articleType: Tshirts, Track Pants, Shorts, Tights, Sweatshirts,
Tracksuits, Jackets), color (baseColour), gender ("Men"); a few rows lack one column, as the feed does. Photos are the
usual catalog shots: a male model on a white or light grey backdrop wearing the product with other clothes (a tee over
track pants, a hoodie over joggers), some back views, three flat lays, one prop (a water bottle).
Who wrote what: every text comes from BLIP-2 OPT-2.7b with the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA, one epoch,
unmasked labels, no end-of-answer token), greedy, 50 new tokens for the caption and 30 for answers. enrich captioned
with the same adapter (empty prompt) and then asked its default questionnaire: wearing, garment_type, color, pattern,
sleeve_length, description, details, material. Closed answers (garment_type, color, pattern, sleeve_length) were mapped
to the candidate list; when no candidate matched the raw generation was kept, so raw vendor-style colors ("heather
grey", "red-white", "navy-red") and the odd raw loop or leak show up in closed fields. Bottomwear items were not asked
the sleeve question, and items from the second batch ran a shorter list, so products carry 4 to 8 questions. What this
adapter does: short answers come out in the In-shop vocabulary (tee, tank, shorts, pants, sweatshirt, jacket, polo
shirt, vendor colors with hyphens) and often stop fine; anything longer (wearing lists, descriptions, details, material)
tends to loop or run to the limit. With an empty prompt it often writes its own training format ("Question: ... Answer:
...") instead of a caption; otherwise the caption is a short base-model sentence. It says "she" now and then (In-shop is
mostly women). It picks up the color of the other garment on the model for bottoms and for open jackets/hoodies, and
gives one color to both garments in descriptions. Material is a guess: "polyester" and "cotton" mostly.
Labeling conventions and judgement calls: judged against the photo I imagined and the title. A loop that ran to the
limit is "loop" (hit_limit=True); a sentence stopped mid-phrase by the limit is "cut"; any "Question:"/"Answer:" text in
the output is "leak" even when the answer inside it is right. A closed color naming the other garment's color is
"other_garment_color"; a text giving two garments one color, or a garment/color/sleeve the photo or title rules out, is
"contradiction" (including "short" sleeves for a sleeveless jersey, "sweatshirt" as the type of joggers, a water bottle
given as the garment's detail, "cotton" for a title that says Dri-FIT). Invented details (a zipper on a pullover, a hood
on a crew neck or a stand-collar jacket, a pocket on a back view) and fabric guesses the photo argues against (cotton
for shiny tricot or quick-dry running tees, wool for a fleece hoodie) are "unsupported"; a plausible fabric guess for
the garment family (cotton for a fleece hoodie or cotton-melange joggers, nylon for a windcheater) is left unmarked.
Loose but true wording is correct: "jacket" for a tracksuit shot where the jacket dominates or for a zip hoodie, "tee"
for a jersey, "vest" for a tank, "blue"/"red" for teal/maroon, "polo shirt" for a collared cricket jersey, a bare class
name ("tee", "shorts") as a caption or description, an answer about the garment for "What is the person wearing?" on a
flat lay. "yes", "no", "i don't know", a color given as the pattern, or the class name alone as the details are
"non_answer"; the question's own words given back ("the tee is a tee", "the shorts are short") are "restated" or
"non_answer" as marked. Two closed answers (a color, a sleeve length) were mapped from raw generations that ran to the
limit: the stored word is right, so they stay unmarked with hit_limit=True.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import caption, case

BLIND_1655 = [
    # Truth: model in a black crew-neck running tee, small white swoosh on the left chest, grey shorts, white backdrop.
    # All texts: VQA adapter (caption with an empty prompt, answers to enrich's default questionnaire).
    case(
        "X1655-001",
        caption(
            "Question: what cloth is the person wearing? Answer: tee Question: is this a tee? Answer: yes Question: "
            "what is the color of the tee? Answer: black Question: what cloth is",
            "leak",
            hit_limit=True,
        ),
        Q.wearing(
            "tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee "
            "tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("the tee is black with a white logo on the chest"),
        Q.details(
            "the sleeves, the neckline, the sleeves, the neckline, the sleeves, the neckline, the sleeves, the "
            "neckline, the sleeves",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="Nike Men Black Dri-FIT Running T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Truth: model in shiny navy tricot track pants with a thin white side piping, plain white tee, front view.
    # All texts: VQA adapter.
    case(
        "X1655-002",
        caption("a man wearing a white tee and navy pants"),
        Q.wearing("tee and pants"),
        Q.garment_type("pants"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.description("she is wearing a white tee and navy blue pants", "pronoun"),
        Q.details(
            "the pants have an elastic waistband with a drawstring, two side pockets and a white stripe down the side "
            "of the leg and a zip pocket on the",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Puma Men Navy Blue Solid Track Pants",
        category="Track Pants",
        color="Navy Blue",
    ),
    # Truth: model in a grey melange pullover hoodie (kangaroo pocket, black logo, no zip) over black track pants.
    # All texts: VQA adapter.
    case(
        "X1655-003",
        caption("a man in a grey hoodie and black pants standing in front of a white wall"),
        Q.wearing("sweatshirt"),
        Q.garment_type("hoodie"),
        Q.color("heather grey"),
        Q.pattern("grey", "non_answer"),
        Q.sleeve_length("long"),
        Q.description(
            "sweatshirt with a hood and a kangaroo pocket on the front and a hood and a kangaroo pocket on the front "
            "and a hood and a kangaroo pocket",
            "loop",
            hit_limit=True,
        ),
        Q.details("the sweatshirt has a zipper on the front and a hood with a drawstring", "unsupported"),
        Q.material("cotton"),
        gender="Men",
        title="Adidas Men Grey Melange Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # Truth: model in the red home jersey, white three stripes on the shoulders, white sponsor print, V collar;
    # black shorts. All texts: VQA adapter.
    case(
        "X1655-004",
        caption(
            "Question: what is the color of the tee? Answer: red-white Question: what is the color of the tee? "
            "Answer: red-white Question: what is the color of the tee? Answer:",
            "leak",
            hit_limit=True,
        ),
        Q.wearing("tee"),
        Q.garment_type("t-shirt"),
        Q.color("red-white"),
        Q.pattern("graphic"),
        Q.sleeve_length("short"),
        Q.description(
            "red-white-red-white-red-white-red-white-red-white-red-white-red-white-red-white",
            "loop",
            hit_limit=True,
        ),
        Q.details(
            "three stripes on the shoulders and a logo on the chest and a sponsor logo on the front and a crest on "
            "the left chest and a v-neck collar with a",
            "cut",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="ADIDAS Men Red Manchester United Home Jersey",
        category="Tshirts",
        color="Red",
    ),
    # Truth: model in a teal quick-dry running tee with a small reflective logo on the chest, black shorts.
    # All texts: VQA adapter.
    case(
        "X1655-005",
        caption("a man in a blue shirt and black shorts"),
        Q.wearing("a tee"),
        Q.garment_type("t-shirt"),
        Q.color("teal"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("the tee is a tee", "restated"),
        Q.details(
            "the tee has a round neck and short sleeves and a reflective logo on the chest and a reflective strip on "
            "the back and a mesh panel under the",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Teal Rapid-Dry Running T-shirt",
        category="Tshirts",
        color="Teal",
    ),
    # Truth: close crop, waist to knee: black running shorts with a white side panel, hem of a grey tee visible.
    # All texts: VQA adapter.
    case(
        "X1655-006",
        caption("black shorts with a white stripe on the side"),
        Q.wearing("shorts"),
        Q.garment_type("shorts"),
        Q.color("black"),
        Q.description(
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            hit_limit=True,
        ),
        Q.details("the shorts are short", "non_answer"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Proline Men Black Running Shorts",
        category="Shorts",
        color="Black",
    ),
    # Truth: model in a navy tracksuit (zip jacket with a white band across the chest, plain navy pants), white shoes.
    # All texts: VQA adapter.
    case(
        "X1655-007",
        caption("a man wearing a blue jacket and blue pants"),
        Q.wearing(
            "jacket and pants Question: what is the color of the jacket? Answer: navy Question: what is the color of "
            "the pants? Answer: navy",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.color("navy"),
        Q.pattern("color block"),
        Q.sleeve_length("long"),
        Q.description(
            "the jacket is navy blue with a white stripe across the chest and the pants are navy blue with a white "
            "stripe across the chest and the pants are navy",
            "loop",
            hit_limit=True,
        ),
        Q.details("zipper"),
        Q.material("polyester"),
        gender="Men",
        title="FILA Men Navy Blue Solid Tracksuit",
        category="Tracksuits",
        color="Navy Blue",
    ),
    # Truth: model in a white golf polo (collar, two-button placket), black track pants. All texts: VQA adapter.
    case(
        "X1655-008",
        caption("polo shirt"),
        Q.wearing("polo shirt"),
        Q.garment_type("polo shirt"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("she is wearing a white polo shirt with a collar and buttons", "pronoun"),
        Q.details(
            "the collar, the buttons, the sleeves, the collar, the buttons, the sleeves, the collar, the buttons, the "
            "sleeves, the collar",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Nike Men White Dri-FIT Solid Polo T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Truth: model in an olive full-zip hoodie worn open over a white tee, black joggers. All texts: VQA adapter.
    case(
        "X1655-009",
        caption("a man in an olive jacket and a white t-shirt"),
        Q.wearing("jacket"),
        Q.garment_type("jacket"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description(
            "an olive green hooded sweatshirt with a full zip and two pockets and a hood and a full zip and two "
            "pockets and a hood and a full",
            "loop",
            hit_limit=True,
        ),
        Q.details("hood, zipper, pockets"),
        Q.material("cotton"),
        gender="Men",
        title="Wildcraft Men Olive Green Hooded Sweatshirt",
        category="Sweatshirts",
        color="Olive",
    ),
    # Truth: model in grey melange training shorts with a drawstring, black sleeveless tank. All texts: VQA adapter.
    case(
        "X1655-010",
        caption(
            "Question: what cloth is the person wearing? Answer: shorts Question: what is the color of the shorts? "
            "Answer: grey-black Question: is this a shorts? Answer: yes Question: what",
            "leak",
            hit_limit=True,
        ),
        Q.wearing("tank and shorts"),
        Q.garment_type("shorts"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.description("grey shorts with an elastic waistband and a drawstring"),
        Q.details(
            "the shorts have a drawstring and pockets on the side and the back and the side and the back and the side "
            "and the back and the side",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Reebok Men Grey Melange Training Shorts",
        category="Shorts",
        color="Grey Melange",
    ),
    # Truth: flat lay of a black tee with a large white cat-logo print on the front. All texts: VQA adapter.
    case(
        "X1655-011",
        caption("a black t-shirt with a white puma logo on the front"),
        Q.wearing("tee"),
        Q.garment_type("graphic tee"),
        Q.color("black"),
        Q.pattern("graphic"),
        Q.sleeve_length("short"),
        Q.description(
            "Answer: black tee with a white puma logo Question: describe the tee. Answer: black tee with a white puma "
            "logo Question: describe the tee. Answer",
            "leak",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        title="Puma Men Black Graphic Printed Training T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Truth: model in black track pants with three white side stripes and zipped ankles, red tee. All: VQA adapter.
    case(
        "X1655-012",
        caption(
            "a man in a red shirt and black pants with white stripes on the side standing in front of a white wall "
            "with his hands in his pockets and his feet apart and his head turned to the left and his",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("tee and pants"),
        Q.garment_type("track pants"),
        Q.color("red", "other_garment_color"),
        Q.pattern("striped"),
        Q.description("black pants with three white stripes on the side and a zipper at the bottom"),
        Q.details("three stripes"),
        Q.material("polyester"),
        gender="Men",
        title="ADIDAS Men Black Tiro Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Truth: cropped shot of royal blue running shorts with a small white logo on the left leg, white tee.
    # All texts: VQA adapter.
    case(
        "X1655-013",
        caption("shorts"),
        Q.wearing("she is wearing a tee and shorts", "pronoun"),
        Q.garment_type("shorts"),
        Q.color("blue"),
        Q.description("the shorts are blue with a white logo on the left leg"),
        Q.details("shorts", "non_answer"),
        Q.material("yes", "non_answer"),
        gender="Men",
        title="ASICS Men Blue Solid Running Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Truth: model in a charcoal training tee (crew neck, small logo on the chest), black shorts. All: VQA adapter.
    case(
        "X1655-014",
        caption("a man in a grey shirt and black shorts"),
        Q.wearing("grey tee and grey shorts", "contradiction"),
        Q.garment_type("t-shirt"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("the tee is grey"),
        Q.details(
            "the tee has a round neck and short sleeves and a logo on the chest and a logo on the back and a logo on "
            "the sleeve and a logo",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="Under Armour Men Charcoal Grey Tech Training T-shirt",
        category="Tshirts",
        color="Charcoal",
    ),
    # Truth: model in a yellow hooded windcheater, zipped, hem drawcord, black track pants. All texts: VQA adapter.
    case(
        "X1655-015",
        caption("a man in a yellow jacket and black pants standing in front of a white background"),
        Q.wearing("jacket"),
        Q.garment_type("jacket"),
        Q.color("green", "contradiction"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description(
            "the jacket is yellow with a hood and a zipper on the front and a zipper on the front and a zipper on the "
            "front and a zipper on the",
            "loop",
            hit_limit=True,
        ),
        Q.details("hood, zipper, pockets, drawstring"),
        Q.material("nylon"),
        gender="Men",
        title="Puma Men Yellow Solid Hooded Windcheater Jacket",
        category="Jackets",
        color="Yellow",
    ),
    # Truth: model in the sky blue home jersey with a navy collar trim, white shorts. All texts: VQA adapter.
    case(
        "X1655-016",
        caption("a man in a blue shirt and white shorts"),
        Q.wearing(
            "tee and shorts Question: what is the color of the tee? Answer: sky blue Question: what is the color of "
            "the shorts? Answer",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("sky blue"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("the tee is white with a blue collar", "other_garment_color"),
        Q.details(
            "the collar is navy blue and the sleeves are navy blue and the collar is navy blue and the sleeves are "
            "navy blue and the collar",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Puma Men Blue Manchester City Home Jersey",
        category="Tshirts",
        color="Blue",
    ),
    # Truth: model in charcoal fleece joggers with ribbed ankle cuffs, black pullover hoodie on top. The feed row has
    # no color. All texts: VQA adapter.
    case(
        "X1655-017",
        caption("a man in a black hoodie and grey pants"),
        Q.wearing("sweatshirt and pants"),
        Q.garment_type("sweatshirt", "contradiction"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.description("the pants are grey with cuffs at the ankles"),
        Q.details("pants", "non_answer"),
        Q.material("fleece"),
        gender="Men",
        title="Nike Men Charcoal Grey Club Fleece Joggers",
        category="Track Pants",
    ),
    # Truth: back view of a model in a white running tee with a small reflective logo at the upper back, black
    # shorts; the front (neck, chest) is not visible. All texts: VQA adapter.
    case(
        "X1655-018",
        caption("the back of a man wearing a white t-shirt and black shorts"),
        Q.wearing("tee"),
        Q.garment_type("t-shirt"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("white tee"),
        Q.details("the tee has a v-neck and a pocket on the chest", "unsupported"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="ADIDAS Men White Own The Run Running T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Truth: model in a grey zip jacket with black shoulder panels and black track pants (a colourblocked tracksuit).
    # All texts: VQA adapter.
    case(
        "X1655-019",
        caption(
            "Question: what is the color of the jacket? Answer: grey-black Question: what is the color of the pants? "
            "Answer: grey-black Question: what is the color of the",
            "leak",
            hit_limit=True,
        ),
        Q.wearing("jacket and pants"),
        Q.garment_type("jacket"),
        Q.color("grey-black"),
        Q.pattern("color block"),
        Q.sleeve_length("long"),
        Q.description("the jacket is grey and the pants are grey", "contradiction"),
        Q.details(
            "the jacket has a zipper and the pants have a zipper and the jacket has a zipper and the pants have a "
            "zipper and the jacket has a",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Proline Men Grey & Black Colourblocked Tracksuit",
        category="Tracksuits",
        color="Grey",
    ),
    # Truth: male model in black compression tights (white logo on the left thigh) and a grey tee. All: VQA adapter.
    case(
        "X1655-020",
        caption("a woman in black leggings and a grey t-shirt", "pronoun"),
        Q.wearing("leggings"),
        Q.garment_type("leggings"),
        Q.color("black"),
        Q.description("the leggings are leggings", "restated"),
        Q.details(
            "the leggings have a white logo on the left thigh and a white logo on the right thigh and a white logo on "
            "the left thigh and a white",
            "loop",
            hit_limit=True,
        ),
        Q.material("spandex"),
        gender="Men",
        title="Nike Men Black Pro Dri-FIT Compression Tights",
        category="Tights",
        color="Black",
    ),
    # Truth: model in a red crew-neck sweatshirt with a black panel across the chest and upper sleeves, no hood;
    # black track pants. All texts: VQA adapter.
    case(
        "X1655-021",
        caption("a man wearing a red and black sweatshirt"),
        Q.wearing(
            "sweatshirt and pants and sweatshirt and pants and sweatshirt and pants and sweatshirt and pants and "
            "sweatshirt and pants and sweatshirt",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("sweatshirt"),
        Q.color("red-black"),
        Q.pattern("color block"),
        Q.sleeve_length("long"),
        Q.description("the sweatshirt is red with a black stripe across the chest and the sleeves"),
        Q.details("the sweatshirt has a hood and a kangaroo pocket", "unsupported"),
        Q.material("cotton"),
        gender="Men",
        title="Puma Men Red Colourblocked Sweatshirt",
        category="Sweatshirts",
        color="Red",
    ),
    # Truth: model in a sleeveless royal blue basketball jersey, white number 23 front and back, black shorts.
    # All texts: VQA adapter.
    case(
        "X1655-022",
        caption("a man in a blue tank top with the number 23 on it"),
        Q.wearing("tank"),
        Q.garment_type("tank top"),
        Q.color("blue"),
        Q.pattern("graphic"),
        Q.sleeve_length("short", "contradiction"),
        Q.description("tank top with the number 23 on the front"),
        Q.details(
            "the number 23 on the front and the number 23 on the back and the number 23 on the front and the number "
            "23 on the back and the",
            "loop",
            hit_limit=True,
        ),
        Q.material("mesh"),
        gender="Men",
        title="Nike Men Blue Dri-FIT Basketball Jersey",
        category="Tshirts",
        color="Blue",
    ),
    # Truth: model in black running shorts with a small reflective logo, neon green tee. All texts: VQA adapter.
    case(
        "X1655-023",
        caption("a man in a green shirt and black shorts"),
        Q.wearing("tee and shorts"),
        Q.garment_type("shorts"),
        Q.color("neon green", "other_garment_color"),
        Q.pattern("solid"),
        Q.description(
            "the shorts are black and have a reflective logo on the left leg and a zip pocket on the back and a "
            "drawstring at the waist and an elastic",
            "cut",
            hit_limit=True,
        ),
        Q.details("reflective logo"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Rapid-Dry Running Shorts",
        category="Shorts",
        color="Black",
    ),
    # Truth: side view of a model in grey melange cotton joggers (drawstring, ankle cuffs), white tee. The feed row
    # has no category. All texts: VQA adapter.
    case(
        "X1655-024",
        caption("a man in a white shirt and grey pants"),
        Q.wearing("tee and pants"),
        Q.garment_type("tee", "contradiction"),
        Q.color("grey"),
        Q.pattern("grey", "non_answer"),
        Q.description("the pants are grey with a drawstring at the waist and cuffs at the ankles"),
        Q.details(
            "drawstring, pockets, cuffs, drawstring, pockets, cuffs, drawstring, pockets, cuffs, drawstring, pockets, "
            "cuffs, drawstring",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        title="Puma Men Grey Melange Solid Joggers",
        color="Grey Melange",
    ),
    # Truth: model in a navy fleece pullover hoodie with a white swoosh, grey joggers. All texts: VQA adapter.
    case(
        "X1655-025",
        caption(
            "Question: what cloth is the person wearing? Answer: sweatshirt Question: what is the color of the "
            "sweatshirt? Answer: navy Question: is this a sweatshirt? Answer: yes Question: what",
            "leak",
            hit_limit=True,
        ),
        Q.wearing(
            "sweatshirt Question: is this a sweatshirt? Answer: yes Question: what is the color of the sweatshirt? "
            "Answer: navy Question: is",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("hoodie"),
        Q.color("navy"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("the sweatshirt is navy and the pants are navy", "contradiction"),
        Q.details("the hood has a drawstring and there is a kangaroo pocket on the front"),
        Q.material("fleece"),
        gender="Men",
        title="Nike Men Navy Blue Club Fleece Pullover Hoodie",
        category="Sweatshirts",
        color="Navy Blue",
    ),
    # Truth: model in the blue ODI cricket jersey (collar, short placket, orange shoulder accents, INDIA in orange
    # across the chest), white trousers. All texts: VQA adapter.
    case(
        "X1655-026",
        caption("a man in a blue shirt with india written on it"),
        Q.wearing("polo shirt"),
        Q.garment_type("polo shirt"),
        Q.color("blue-orange"),
        Q.pattern("graphic"),
        Q.sleeve_length("short"),
        Q.description("the shirt is blue with orange on the shoulders and india written on the front in orange"),
        Q.details(
            "Question: what are the details of the shirt? Answer: india Question: what are the details of the shirt? "
            "Answer: india",
            "leak",
            hit_limit=True,
        ),
        Q.material(
            "polyester polyester polyester polyester polyester polyester polyester polyester polyester polyester "
            "polyester polyester polyester polyester polyester",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="ADIDAS Men Blue India Cricket ODI Jersey",
        category="Tshirts",
        color="Blue",
    ),
    # Truth: flat lay of black sports shorts with an elastic waistband and a small white logo on the left leg.
    # All texts: VQA adapter.
    case(
        "X1655-027",
        caption("black shorts on a white background"),
        Q.wearing("shorts"),
        Q.garment_type("shorts"),
        Q.color("black"),
        Q.description("the shorts are black with a white puma logo on the left leg"),
        Q.details("elastic waistband"),
        Q.material("i don't know", "non_answer"),
        gender="Men",
        title="Puma Men Black Solid Sports Shorts",
        category="Shorts",
        color="Black",
    ),
    # Truth: model in a navy tracksuit: zip jacket with red stripes down the sleeves, navy pants with red side
    # stripes. All texts: VQA adapter.
    case(
        "X1655-028",
        caption("a man in a blue and red jacket and blue pants"),
        Q.wearing(
            "jacket and pants and a jacket and pants and a jacket and pants and a jacket and pants and a jacket and "
            "pants and a",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.color("navy-red"),
        Q.pattern("striped"),
        Q.sleeve_length("long"),
        Q.description(
            "navy blue jacket with red stripes on the sleeves and matching pants with red stripes on the side and a "
            "zipper on the front of the jacket and two",
            "cut",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="Reebok Men Navy Blue & Red Tracksuit",
        category="Tracksuits",
        color="Navy Blue",
    ),
    # Truth: model in a black full-zip training jacket with a stand collar (no hood), zipped, grey joggers, hands in
    # the jacket's pockets. All texts: VQA adapter.
    case(
        "X1655-029",
        caption("a man in a black jacket and grey pants standing with his hands in his pockets"),
        Q.wearing("she is wearing a black jacket", "pronoun"),
        Q.garment_type("jacket"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a black jacket with a high collar and a full zip"),
        Q.details("the jacket has a hood", "unsupported"),
        gender="Men",
        title="Nike Men Black Therma Training Jacket",
        category="Jackets",
        color="Black",
    ),
    # Truth: back view of grey melange cotton track pants with one back pocket, black tee. The feed row has no
    # gender. All texts: VQA adapter.
    case(
        "X1655-030",
        caption("the back of a man in grey pants and a black shirt"),
        Q.wearing("pants"),
        Q.garment_type("track pants"),
        Q.color("black", "other_garment_color"),
        Q.description("the pants are grey and have a pocket on the back"),
        Q.details("back pocket"),
        Q.material("cotton"),
        title="Jockey Men Grey Melange Solid Track Pants",
        category="Track Pants",
        color="Grey Melange",
    ),
    # Truth: model in a white crew-neck tee with a big red PUMA print, black track pants. All texts: VQA adapter.
    case(
        "X1655-031",
        caption("a man wearing a white t-shirt with a red puma logo on it"),
        Q.wearing("graphic tee"),
        Q.garment_type("t-shirt"),
        Q.color("white-red"),
        Q.pattern("graphic"),
        Q.sleeve_length("short"),
        Q.description(
            "white tee with red puma logo on the front and a red puma logo on the front and a red puma logo on the "
            "front and a red puma",
            "loop",
            hit_limit=True,
        ),
        Q.details("round neck"),
        Q.material("cotton"),
        gender="Men",
        title="Puma Men White Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Truth: cropped shot of bright orange running shorts with a black waistband, black tee. The feed row has no
    # color. All texts: VQA adapter.
    case(
        "X1655-032",
        caption("a man in a black shirt and orange shorts"),
        Q.wearing("tee and shorts"),
        Q.garment_type("shorts"),
        Q.color("red", "contradiction"),
        Q.description("orange shorts with a black waistband"),
        Q.details(
            "the shorts have a zipper on the back pocket and a zipper on the back pocket and a zipper on the back "
            "pocket and a",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="Nike Men Orange Flex Stride Running Shorts",
        category="Shorts",
    ),
    # Truth: model in a black full-zip hoodie, zipped, three white stripes down the sleeves, kangaroo pockets, black
    # pants. All texts: VQA adapter.
    case(
        "X1655-033",
        caption("a man in a black hoodie with white stripes on the sleeves"),
        Q.wearing("sweatshirt"),
        Q.garment_type("sweatshirt"),
        Q.color("black"),
        Q.pattern("striped"),
        Q.sleeve_length("long"),
        Q.description(
            "black-white-black-white-black-white-black-white-black-white-black-white-black-white-black",
            "loop",
            hit_limit=True,
        ),
        Q.details(
            "the sweatshirt has a zipper on the front, a hood and two pockets on the front and three white stripes on "
            "the sleeves and a logo on the",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        title="ADIDAS Men Black Essentials 3-Stripes Full-Zip Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
    ),
    # Truth: model in the yellow home jersey with a black collar and black sponsor print, black shorts.
    # All texts: VQA adapter.
    case(
        "X1655-034",
        caption("a man in a yellow and black soccer jersey"),
        Q.wearing("tee"),
        Q.garment_type("t-shirt"),
        Q.color("yellow-black"),
        Q.pattern("yellow", "non_answer"),
        Q.sleeve_length("short"),
        Q.description("the tee is yellow and the shorts are yellow", "contradiction"),
        Q.details("the collar is black"),
        Q.material("polyester"),
        gender="Men",
        title="Puma Men Yellow Borussia Dortmund Home Jersey",
        category="Tshirts",
        color="Yellow",
    ),
    # Truth: model in grey training shorts, white tee. All texts: VQA adapter.
    case(
        "X1655-035",
        caption(
            "Question: what cloth is the person wearing? Answer: shorts Question: what is the color of the shorts? "
            "Answer: white Question: is this a shorts? Answer: yes Question:",
            "leak",
            hit_limit=True,
        ),
        Q.wearing("shorts"),
        Q.garment_type("shorts"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.description(
            "grey shorts Question: what are the details of the shorts? Answer: grey shorts Question: what are the "
            "details of the shorts? Answer:",
            "leak",
            hit_limit=True,
        ),
        Q.details("no", "non_answer"),
        Q.material("cotton", "contradiction"),
        gender="Men",
        title="Nike Men Grey Dri-FIT Training Shorts",
        category="Shorts",
        color="Grey",
    ),
    # Truth: back view of a model in a royal blue pullover hoodie, hood down, plain back (no print), grey joggers.
    # All texts: VQA adapter.
    case(
        "X1655-036",
        caption("a man in a blue hoodie"),
        Q.wearing("sweatshirt"),
        Q.garment_type("hoodie"),
        Q.color("blue"),
        Q.pattern(
            "solid Question: is this a hoodie? Answer: yes Question: what is the color of the hoodie? Answer: blue",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        Q.description("blue hoodie with a white logo on the back", "unsupported"),
        Q.details("hood"),
        gender="Men",
        title="Puma Men Blue Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Blue",
    ),
    # Truth: model in a navy tracksuit with grey side panels, jacket worn open over a white tee. All: VQA adapter.
    case(
        "X1655-037",
        caption("a man in a blue jacket and blue pants and a white shirt"),
        Q.wearing("jacket, tee and pants"),
        Q.garment_type("tracksuit"),
        Q.color("white", "other_garment_color"),
        Q.pattern("color block"),
        Q.sleeve_length("long"),
        Q.description(
            "the jacket is navy blue with grey panels on the sides and the pants are navy blue with grey panels on the "
            "sides and there is a white tee under",
            "cut",
            hit_limit=True,
        ),
        Q.details(
            "zipper, pockets, zipper, pockets, zipper, pockets, zipper, pockets, zipper, pockets, zipper, pockets, "
            "zipper",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Navy Blue & Grey Colourblocked Tracksuit",
        category="Tracksuits",
        color="Navy Blue",
    ),
    # Truth: front view of a model in a black sleeveless training tank (standard back, not a racerback), grey shorts.
    # All texts: VQA adapter.
    case(
        "X1655-038",
        caption("a man in a black tank top and grey shorts"),
        Q.wearing("tank"),
        Q.garment_type("vest"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        Q.description("she is wearing a black tank top", "pronoun"),
        Q.details("the tank top has a racerback", "unsupported"),
        gender="Men",
        title="Nike Men Black Dri-FIT Training Tank",
        category="Tshirts",
        color="Black",
    ),
    # Truth: model in a maroon polo-collar sports tee (two buttons), black track pants. All texts: VQA adapter.
    case(
        "X1655-039",
        caption("a man in a red polo shirt and black pants"),
        Q.wearing(
            "polo shirt and pants and a polo shirt and pants and a polo shirt and pants and a polo shirt and pants and "
            "a polo",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("polo shirt"),
        Q.color("burgundy"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("the polo shirt is maroon with a collar and two buttons"),
        Q.details("the collar, the buttons, the sleeves"),
        Q.material("polyester"),
        gender="Men",
        title="Masch Sports Men Maroon Solid Polo Collar Sports T-shirt",
        category="Tshirts",
        color="Maroon",
    ),
    # Truth: model in a charcoal fleece pullover hoodie with a large white graphic on the front, black joggers.
    # All texts: VQA adapter.
    case(
        "X1655-040",
        caption("a man in a grey hoodie with a white design on the front"),
        Q.wearing("sweatshirt and pants"),
        Q.garment_type("hoodie"),
        Q.color("charcoal"),
        Q.pattern("graphic"),
        Q.sleeve_length("long"),
        Q.description("grey hooded sweatshirt with a white graphic on the front"),
        Q.details(
            "the hood has a drawstring and the hood has a drawstring and the hood has a drawstring and the hood has a "
            "drawstring and the",
            "loop",
            hit_limit=True,
        ),
        Q.material("wool", "unsupported"),
        gender="Men",
        title="Puma Men Charcoal Grey Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Charcoal",
    ),
    # Truth: flat lay of black track pants with a small white swoosh on the left thigh, side seam pockets, no zips.
    # Second batch, short questionnaire. All texts: VQA adapter.
    case(
        "X1655-041",
        caption("a pair of black pants on a white background"),
        Q.garment_type("track pants"),
        Q.color("black"),
        Q.description("black pants with a white logo"),
        Q.details(
            "the pants have a zipper on the side and a zipper on the side and a zipper on the side and a zipper on the "
            "side and a",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Nike Men Black Solid Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Truth: model holding a water bottle, in a green crew-neck training tee and black shorts. All: VQA adapter.
    case(
        "X1655-042",
        caption("a man holding a water bottle wearing a green shirt and black shorts"),
        Q.wearing("tee and shorts"),
        Q.garment_type("t-shirt"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("the tee is green and the shorts are green", "contradiction"),
        Q.details("a water bottle", "contradiction"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="ADIDAS Men Green Solid Round Neck Training T-shirt",
        category="Tshirts",
        color="Green",
    ),
    # Truth: model in a navy pullover hoodie, grey track pants, plain white backdrop. All texts: VQA adapter.
    case(
        "X1655-043",
        caption(
            "sweatshirt sweatshirt sweatshirt sweatshirt sweatshirt sweatshirt sweatshirt sweatshirt sweatshirt "
            "sweatshirt sweatshirt sweatshirt sweatshirt sweatshirt sweatshirt sweatshirt sweatshirt sweatshirt "
            "sweatshirt sweatshirt sweatshirt sweatshirt sweatshirt sweatshirt",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("sweatshirt"),
        Q.garment_type("sweatshirt"),
        Q.color("grey", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("navy hooded sweatshirt"),
        Q.details("hood"),
        gender="Men",
        title="Proline Men Navy Blue Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
    ),
    # Truth: back view of a model in black running shorts with a zip pocket and a reflective logo at the back, grey
    # tee. The closed color was mapped from a raw "black black black ..." that ran to the limit. All: VQA adapter.
    case(
        "X1655-044",
        caption("the back of a man in a grey shirt and black shorts"),
        Q.wearing("grey shirt and black shorts"),
        Q.garment_type("shorts"),
        Q.color("black", hit_limit=True),
        Q.description(
            "Question: describe the shorts. Answer: black shorts Question: describe the shorts. Answer: black shorts "
            "Question: describe the shorts. Answer: black",
            "leak",
            hit_limit=True,
        ),
        Q.details("the shorts have a pocket"),
        Q.material("cotton", "contradiction"),
        gender="Men",
        title="Nike Men Black Dri-FIT Challenger Running Shorts",
        category="Shorts",
        color="Black",
    ),
    # Truth: model in a black tracksuit, jacket with grey shoulder panels zipped to the neck, black pants with a grey
    # side stripe, hands in pockets. The closed sleeve answer was mapped from a raw "long sleeves long sleeves ..."
    # that ran to the limit.
    # All texts: VQA adapter.
    case(
        "X1655-045",
        caption("a man in a black and grey jacket and black pants with his hands in his pockets"),
        Q.wearing("jacket"),
        Q.garment_type("jacket"),
        Q.color("black-grey"),
        Q.pattern("color block"),
        Q.sleeve_length("long", hit_limit=True),
        Q.description(
            "black jacket with grey panels on the shoulders and black pants with a grey stripe down the side and a "
            "black jacket with grey panels on the",
            "loop",
            hit_limit=True,
        ),
        Q.details(
            "the jacket has a high neck, a full zip and two zip pockets and the pants have an elastic waist with a "
            "drawstring and two zip pockets and",
            "cut",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="Puma Men Black & Grey Colourblocked Tracksuit",
        category="Tracksuits",
        color="Black",
    ),
]
