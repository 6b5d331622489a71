"""BLIND_1559 (45 products; Myntra men's sportswear, VQA adapter, default questionnaire): written blind in the sixty-
sixth session. Measured blind at b37ad1b (the session's second rules): 91/99 failures found (91.9%) and 23/217
correct texts flagged (10.6%). The writer's notes, verbatim:

Scenario: a Myntra feed of men's sportswear (track suits, track pants, running shorts, jerseys, hoodies, sweatshirts,
training tees, windcheaters). Columns as the feed has them: title, category (Myntra article type: Tracksuits, Track
Pants, Shorts, Tshirts, Jerseys, Sweatshirts, Jackets, Tights), color (base colour), gender ("Men"); now and then a
column is missing. Photos are the usual catalog shots: a model on a plain light backdrop wearing the product with
other clothes (a white or black tee over track pants, shorts under a jersey, jeans under a hoodie), a few flat lays,
a few back views, a waist-down crop for one pair of track pants, props (dumbbell, skateboard, backpack).
Who wrote what: every text comes from Salesforce/blip2-opt-2.7b with the VQA adapter leoreigoto/Data3_V3_BLIP2_VQA,
greedy, 50 new tokens for the caption (empty prompt) and 30 for each answer (`Question: ... Answer:`), enrich's
default questionnaire, a subset per product (no sleeve question for bottoms). Closed answers (garment type, color,
pattern, sleeve length) are stored mapped when the raw text matched an option, raw otherwise ("pure color",
"black and white", "camouflage", "jacket/coat", and the non-answers "yes", "grey" for the pattern). The adapter was
trained only on color / "what cloth" / yes-no questions with unmasked labels, so: captions often come back as the
training format itself ("Question: what cloth is the person wearing? Answer: tee/tank ..."), the "what is the person
wearing" answers are often In-shop class names ("tee/tank", "sweatshirt/hoodie", "jacket/coat"), the pattern and
material questions often get a color or "yes", open answers loop or run to the limit, "cotton" is its default
material, and the color question often names the most visible other garment (the tee over the track pants).
Labeling conventions and judgement calls: judged against the photo I imagined (the comment above each case) and the
title. A class name as the answer to "what is the person wearing" is correct when it names something the person
wears, even when that is the other garment (a tank top for a pair of shorts): it is true of the photo. "sweater" for
a crew-neck sweatshirt, "jacket" for a tracksuit flat lay and "blue" for teal are accepted as loose but right.
"striped" for pants or a tracksuit with side stripes is accepted. A color given as the pattern, "yes"/"no"/
"nothing" to an open question, "the shorts" as the details are non_answer. "the garment is made of a material" and
"the material is" are restated. A material contradicting the title (Dri-FIT, Rapid-Dry, HeatGear) or the photo
(denim for a fleece hoodie, leather) is unsupported; "cotton" for a polyester jersey or running tee is unsupported
too, by what the photo shows (shiny mesh knit). A hood or zip that the garment does not have, a back number on a
front view, a liner that cannot be seen, are unsupported. The color of the tee, the shorts or the chinos given as
the product's color is other_garment_color; "a black shirt and black pants" for a red shirt is contradiction; a
wrong hue that is no other garment's (black for navy pants) is contradiction. "a woman" / "she" for the men's
model is pronoun. A text that repeats a phrase until the limit is loop; one that is cut at the limit without
repeating itself is cut. Captions that are the question format are leak, also when what they say is right.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import caption, case

BLIND_1559 = [
    # 001 truth: model front view, black Puma tracksuit (full-zip track jacket, stand collar, white piping on the
    # sleeves, matching black track pants), white sneakers, polyester tricot. All texts: VQA adapter.
    case(
        "X1559-001",
        caption("a man in a black track suit standing in front of a white wall"),
        Q.wearing("jacket/coat"),
        Q.garment_type("tracksuit"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description(
            "a black track jacket with white piping on the sleeves and a stand collar, worn with matching black "
            "track pants and white running shoes with a",
            "cut",
            hit_limit=True,
        ),
        Q.details(
            "the jacket has a zipper on the front and white piping on the sleeves the jacket has a zipper on the "
            "front and white piping on the",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Puma Men Black Solid Tracksuit",
        category="Tracksuits",
        color="Black",
    ),
    # 002 truth: navy blue running tee (polyester, Rapid-Dry), model in grey shorts. All texts: VQA adapter.
    case(
        "X1559-002",
        caption(
            "Question: what cloth is the person wearing? Answer: tee/tank Question: what is the color of the tee? "
            "Answer: blue",
            "leak",
        ),
        Q.wearing("tee/tank"),
        Q.garment_type("t-shirt"),
        Q.color("grey", "other_garment_color"),
        Q.pattern("solid"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Navy Blue Rapid-Dry Running T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # 003 truth: black Nike Dri-FIT running shorts, model in a white tee, white shoes. All texts: VQA adapter.
    case(
        "X1559-003",
        caption("a man in a white shirt and black shorts"),
        Q.wearing("shorts"),
        Q.garment_type("shorts"),
        Q.color("white", "other_garment_color"),
        Q.description(
            "black shorts black shorts black shorts black shorts black shorts black shorts black shorts black shorts "
            "black shorts black shorts black shorts black shorts black shorts black shorts black shorts",
            "loop",
            hit_limit=True,
        ),
        Q.details("they are short", "non_answer"),
        gender="Men",
        title="Nike Men Black Dri-FIT Running Shorts",
        category="Shorts",
        color="Black",
    ),
    # 004 truth: grey melange pullover hoodie (no zip, kangaroo pocket, drawstring hood), black joggers, cotton
    # fleece. All texts: VQA adapter.
    case(
        "X1559-004",
        caption("sweatshirt/hoodie"),
        Q.wearing("sweatshirt/hoodie"),
        Q.garment_type("hoodie"),
        Q.color("grey"),
        Q.pattern("grey", "non_answer"),
        Q.sleeve_length("long"),
        Q.details("a zipper on the front and two pockets", "unsupported"),
        Q.material("cotton"),
        gender="Men",
        title="Adidas Men Grey Melange Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # 005 truth: Manchester United home replica jersey, red, white collar trim, club crest and sponsor print, shiny
    # polyester; model in black shorts. All texts: VQA adapter.
    case(
        "X1559-005",
        caption("a man wearing a red soccer jersey and black shorts"),
        Q.wearing("tee/tank"),
        Q.garment_type("jersey"),
        Q.color("red"),
        Q.pattern("red", "non_answer"),
        Q.description(
            "a red manchester united home jersey with a white collar and the adidas logo and the club crest on the "
            "chest and the teamviewer sponsor across the",
            "cut",
            hit_limit=True,
        ),
        Q.details("the manchester united logo on the chest"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="ADIDAS Men Red Manchester United Home Jersey",
        category="Jerseys",
        color="Red",
    ),
    # 006 truth: black track pants with two white side stripes, model in a plain white tee. All texts: VQA adapter.
    case(
        "X1559-006",
        caption("a man in a white t - shirt and black pants"),
        Q.garment_type("t-shirt", "contradiction"),
        Q.color("black"),
        Q.pattern("striped"),
        Q.description("black pants with white stripes Question: what is the color of the shirt? Answer: white", "leak"),
        Q.details("two white stripes on the side of the leg"),
        gender="Men",
        title="Reebok Men Black Solid Track Pants with Side Stripes",
        category="Track Pants",
        color="Black",
    ),
    # 007 truth: back view, olive green running shorts, model in a black tee. All texts: VQA adapter.
    case(
        "X1559-007",
        caption("the back of a man in a black shirt and green shorts"),
        Q.wearing("a black shirt and green shorts"),
        Q.garment_type("shorts"),
        Q.color("black", "other_garment_color"),
        Q.pattern("black", "non_answer"),
        Q.description("the garment is a garment", "restated"),
        gender="Men",
        title="Proline Active Men Olive Green Solid Running Shorts",
        category="Shorts",
        color="Olive",
    ),
    # 008 truth: teal polo tee (collar, two-button placket, short sleeves), model in navy track pants, polyester.
    # All texts: VQA adapter.
    case(
        "X1559-008",
        caption("a man wearing a blue polo shirt and blue pants"),
        Q.wearing("a blue polo shirt and blue pants"),
        Q.garment_type("polo shirt"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length("yes", "non_answer"),
        Q.description(
            "a blue polo shirt with a collar and buttons on the front of the shirt and a collar and buttons on the "
            "front of the shirt and a collar and",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="Technosport Men Teal Solid Polo Collar Sports T-shirt",
        category="Tshirts",
        color="Teal",
    ),
    # 009 truth: flat lay, black pullover hoodie with a large white Nike swoosh print, long sleeves, cotton fleece.
    # All texts: VQA adapter.
    case(
        "X1559-009",
        caption("a black hoodie with a white nike logo on it"),
        Q.wearing("sweatshirt/hoodie"),
        Q.color("black"),
        Q.pattern("graphic"),
        Q.sleeve_length("short", "contradiction"),
        Q.details(
            "the nike logo on the front of the hoodie is white and the hood is black and the nike logo on the front "
            "of the hoodie is white and the",
            "loop",
            hit_limit=True,
        ),
        Q.material("leather", "unsupported"),
        gender="Men",
        title="Nike Men Black Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
    ),
    # 010 truth: charcoal training tee (small UA logo on the chest, straight hem), black shorts, model holding a
    # dumbbell. All texts: VQA adapter.
    case(
        "X1559-010",
        caption("a man holding a dumbbell in his hand"),
        Q.wearing("she is wearing a grey shirt and black shorts", "pronoun"),
        Q.garment_type("t-shirt"),
        Q.color("grey"),
        Q.pattern("grey", "non_answer"),
        Q.sleeve_length("short"),
        Q.description("a grey t - shirt with the under armour logo on the chest"),
        Q.details(
            "a small under armour logo on the left side of the chest and a curved hem that is longer at the back "
            "than at the",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="UNDER ARMOUR Men Charcoal Grey Solid Training T-shirt",
        category="Tshirts",
        color="Charcoal",
    ),
    # 011 truth: blue colourblocked track jacket (white and black panels, stand collar, no hood), over a white tee,
    # black track pants. All texts: VQA adapter.
    case(
        "X1559-011",
        caption(
            "Question: what is the color of the jacket? Answer: blue Question: what is the color of the pants? "
            "Answer: black",
            "leak",
        ),
        Q.garment_type("jacket"),
        Q.color("blue"),
        Q.pattern("color block"),
        Q.sleeve_length("long"),
        Q.details("the jacket has a hood and a zipper on the front", "unsupported"),
        Q.material("polyester"),
        gender="Men",
        title="Puma Men Blue Colourblocked Track Jacket",
        category="Jackets",
        color="Blue",
    ),
    # 012 truth: neon yellow-green running tee, round neck, short sleeves; black shorts. All texts: VQA adapter.
    case(
        "X1559-012",
        caption("Question: what is the color of the tee? Answer: yellow", "leak"),
        Q.wearing("tee/tank tee/tank tee/tank tee/tank tee/tank tee/tank tee/tank tee/tank", "loop", hit_limit=True),
        Q.garment_type("t-shirt"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.details("the t - shirt has a round neck and short sleeves"),
        Q.material("yes", "non_answer"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Fluorescent Green Rapid-Dry Running T-shirt",
        category="Tshirts",
        color="Fluorescent Green",
    ),
    # 013 truth: flat lay, navy blue track pants, elastic waist with drawstring, two side pockets, polyester knit.
    # No gender column. All texts: VQA adapter.
    case(
        "X1559-013",
        caption("a pair of blue pants on a white background"),
        Q.garment_type("track pants"),
        Q.color("black", "contradiction"),
        Q.pattern("blue", "non_answer"),
        Q.description("Question: Describe the garment. Answer: a pair of blue pants", "leak"),
        Q.details("an elastic waistband with a drawstring and two side pockets"),
        Q.material("polyester"),
        title="Kappa Men Navy Blue Solid Track Pants",
        category="Track Pants",
        color="Navy Blue",
    ),
    # 014 truth: black Tiro track pants (white 3 stripes, ankle zips), model in a red tee. All texts: VQA adapter.
    case(
        "X1559-014",
        caption("a man in a red shirt and black pants"),
        Q.wearing("a black shirt and black pants", "contradiction"),
        Q.garment_type("pants"),
        Q.color("red", "other_garment_color"),
        Q.description("black pants with white stripes on the side and a zipper at the bottom of the leg"),
        Q.details(
            "the pants are black with white stripes on the side and a zipper at the bottom of the leg and a pocket "
            "on the side and a zipper on the",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="ADIDAS Men Black Tiro Training Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # 015 truth: grey Dri-FIT training shorts, model in a grey tee of nearly the same shade (one color really is
    # right for both). All texts: VQA adapter.
    case(
        "X1559-015",
        caption("a man in a grey shirt and grey shorts"),
        Q.garment_type("shorts"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.details("side pockets and an elastic waistband"),
        Q.material("polyester"),
        gender="Men",
        title="Nike Men Grey Dri-FIT Training Shorts",
        category="Shorts",
        color="Grey",
    ),
    # 016 truth: FC Barcelona home jersey, maroon and blue vertical stripes, crest left, swoosh right, sponsor in the
    # middle, polyester; blue shorts. All texts: VQA adapter.
    case(
        "X1559-016",
        caption("a man in a red and blue striped soccer jersey"),
        Q.wearing("a red and blue striped shirt and blue shorts"),
        Q.garment_type("jersey"),
        Q.color("red"),
        Q.pattern("striped"),
        Q.sleeve_length("short"),
        Q.details(
            "the barcelona logo on the left side of the chest and the nike logo on the right side of the chest and "
            "the spotify logo in the middle of",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Nike Men Maroon & Blue Striped FC Barcelona Stadium Jersey",
        category="Jerseys",
        color="Maroon",
    ),
    # 017 truth: black hooded windcheater (nylon, full zip), black joggers. All texts: VQA adapter.
    case(
        "X1559-017",
        caption("a man in a black jacket with a hood"),
        Q.wearing("jacket/coat"),
        Q.garment_type("jacket"),
        Q.color("black"),
        Q.description(
            "black jacket black jacket black jacket black jacket black jacket black jacket black jacket black jacket "
            "black jacket black jacket black jacket black jacket black jacket black jacket black jacket",
            "loop",
            hit_limit=True,
        ),
        Q.details("a hood and a zipper Question: what is the color of the pants? Answer: black", "leak"),
        Q.material("nylon"),
        gender="Men",
        title="Puma Men Black Solid Hooded Windcheater Jacket",
        category="Jackets",
        color="Black",
    ),
    # 018 truth: maroon crew-neck sweatshirt, model in blue jeans. All texts: VQA adapter.
    case(
        "X1559-018",
        caption("a man wearing a red sweater and blue jeans"),
        Q.garment_type("sweater"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a red sweater"),
        Q.details(
            "the sweater is red and the jeans are blue and the sweater is red and the jeans are blue and the sweater "
            "is red and the jeans are",
            "loop",
            hit_limit=True,
        ),
        Q.material("fleece"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Maroon Solid Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
    ),
    # 019 truth: grey and black colourblocked tracksuit (grey body, black sleeve and side panels), male model with
    # short hair. All texts: VQA adapter.
    case(
        "X1559-019",
        caption("a woman in a grey and black track suit", "pronoun"),
        Q.wearing("a grey and black jacket and black pants"),
        Q.garment_type("tracksuit"),
        Q.color("grey"),
        Q.pattern("color block"),
        Q.sleeve_length("long"),
        Q.description(
            "a grey and black track suit with a zipper on the front of the jacket and black panels on the sleeves "
            "and black panels on the sides of the",
            "cut",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="Sports52 wear Men Grey & Black Colourblocked Tracksuit",
        category="Tracksuits",
        color="Grey",
    ),
    # 020 truth: blue running shorts (small white logo on the left leg, polyester), model in a white tank top; no
    # liner or back pocket visible. All texts: VQA adapter.
    case(
        "X1559-020",
        caption("a man in a white tank top and blue shorts"),
        Q.wearing("tee/tank"),
        Q.garment_type("tank top", "contradiction"),
        Q.color("blue"),
        Q.description("blue shorts with a white logo on the left leg"),
        Q.details("the shorts have a built - in liner and a zip pocket on the back", "unsupported"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="ASICS Men Blue Solid Running Shorts",
        category="Shorts",
        color="Blue",
    ),
    # 021 truth: white Dri-FIT training tee with a small black swoosh, round neck; black shorts. All texts: VQA
    # adapter.
    case(
        "X1559-021",
        caption("Question: what is the color of the shirt? Answer: white", "leak"),
        Q.wearing("a white shirt and black shorts"),
        Q.garment_type("t-shirt"),
        Q.color("white"),
        Q.pattern("pure color"),
        Q.sleeve_length("short"),
        Q.description("a white t - shirt with a black nike logo on the chest"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Nike Men White Solid Dri-FIT Training T-shirt",
        category="Tshirts",
        color="White",
    ),
    # 022 truth: navy sweatshirt with a large white "adidas" print, long sleeves, grey joggers. All texts: VQA
    # adapter.
    case(
        "X1559-022",
        caption("a man wearing a blue sweatshirt with the word adidas on it"),
        Q.garment_type("sweatshirt"),
        Q.color("blue"),
        Q.pattern("graphic"),
        Q.sleeve_length("short", "contradiction"),
        Q.description(
            "a blue sweatshirt with the word adidas on it Question: what is the color of the pants? Answer: grey "
            "Question: what is the color of the",
            "leak",
            hit_limit=True,
        ),
        Q.details("the word adidas is printed on the front"),
        gender="Men",
        title="ADIDAS Men Navy Blue Brand Logo Printed Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
    ),
    # 023 truth: flat lay, red track jacket with a white stripe down each sleeve, full zip. All texts: VQA adapter.
    case(
        "X1559-023",
        caption("a red jacket with a white stripe on the sleeve"),
        Q.wearing("nothing", "non_answer"),
        Q.garment_type("jacket/coat"),
        Q.color("red"),
        Q.pattern("red", "non_answer"),
        Q.sleeve_length("long"),
        Q.description(
            "a red jacket with a white stripe on the sleeve and a red jacket with a white stripe on the sleeve and a "
            "red jacket with a white",
            "loop",
            hit_limit=True,
        ),
        Q.details("white stripes on the sleeves and a zipper on the front"),
        gender="Men",
        title="Puma Men Red Solid Track Jacket",
        category="Jackets",
        color="Red",
    ),
    # 024 truth: back view, model with the hood up, black hoodie with "TRAIN HARD" printed on the back, black joggers.
    # All texts: VQA adapter.
    case(
        "X1559-024",
        caption("the back of a man wearing a black hoodie with the words train hard on it"),
        Q.wearing("she is wearing a black hoodie", "pronoun"),
        Q.garment_type("hoodie"),
        Q.color("black"),
        Q.pattern("graphic"),
        Q.sleeve_length("long"),
        Q.description("a black hoodie with the words train hard on the back"),
        Q.material("the garment is made of a material", "restated"),
        gender="Men",
        title="Alcis Men Black Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
    ),
    # 025 truth: black long-sleeve compression tee (HeatGear, polyester/elastane), black shorts. All texts: VQA
    # adapter.
    case(
        "X1559-025",
        caption(
            "black black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("shirt"),
        Q.color("black"),
        Q.sleeve_length("long"),
        Q.description("it is black"),
        Q.details("the shirt is tight"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="UNDER ARMOUR Men Black HeatGear Compression Long Sleeve T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # 026 truth: flat lay, black sports shorts with a small white Puma cat logo. All texts: VQA adapter.
    case(
        "X1559-026",
        caption("Question: what is the color of the shorts? Answer: black", "leak"),
        Q.wearing("shorts"),
        Q.garment_type("shorts"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.description("a pair of black shorts with a white puma logo"),
        Q.details("the shorts", "non_answer"),
        gender="Men",
        title="Puma Men Black Solid Sports Shorts",
        category="Shorts",
        color="Black",
    ),
    # 027 truth: grey melange cotton joggers with ribbed ankle cuffs, model in a black tee. All texts: VQA adapter.
    case(
        "X1559-027",
        caption("a man wearing a black shirt and grey pants"),
        Q.garment_type("pants"),
        Q.color("black", "other_garment_color"),
        Q.description("grey jogger pants with cuffs at the ankle"),
        Q.details(
            "the pants the pants the pants the pants the pants the pants the pants the pants the pants the pants the "
            "pants the pants the pants the pants the pants",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Grey Melange Solid Joggers",
        category="Track Pants",
        color="Grey Melange",
    ),
    # 028 truth: front view, India cricket ODI jersey, blue with orange shoulder panels, "INDIA" across the chest, no
    # number on the front, polyester; navy trousers. All texts: VQA adapter.
    case(
        "X1559-028",
        caption("a man in a blue cricket jersey with the word india on it"),
        Q.wearing("she is wearing a blue jersey", "pronoun"),
        Q.garment_type("jersey"),
        Q.color("blue"),
        Q.pattern("color block"),
        Q.sleeve_length("short"),
        Q.details("the word india on the front and the number 18 and the name kohli on the back", "unsupported"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="MPL Sports Men Blue & Orange India Cricket ODI Fan Jersey",
        category="Jerseys",
        color="Blue",
    ),
    # 029 truth: black Windrunner jacket with a white chevron across the chest, hood, long sleeves; black pants.
    # All texts: VQA adapter.
    case(
        "X1559-029",
        caption("a man in a black and white jacket"),
        Q.garment_type("jacket"),
        Q.color("black and white"),
        Q.pattern("black", "non_answer"),
        Q.sleeve_length("short", "contradiction"),
        Q.description("a black and white jacket with a hood and a zipper on the front"),
        Q.material("polyester"),
        gender="Men",
        title="Nike Men Black Sportswear Windrunner Hooded Jacket",
        category="Jackets",
        color="Black",
    ),
    # 030 truth: navy half-zip sweatshirt (zip at the neck only), khaki chinos. All texts: VQA adapter.
    case(
        "X1559-030",
        caption("Question: what cloth is the person wearing? Answer: sweatshirt/hoodie", "leak"),
        Q.garment_type("sweatshirt"),
        Q.color("khaki", "other_garment_color"),
        Q.sleeve_length("long"),
        Q.description(
            "a blue sweatshirt with a zipper at the neck and a zipper at the neck and a zipper at the neck and a "
            "zipper at the neck and a",
            "loop",
            hit_limit=True,
        ),
        Q.details("a zipper at the neck"),
        gender="Men",
        title="Puma Men Navy Blue Solid Half-Zip Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
    ),
    # 031 truth: black cotton training tank top, grey shorts. All texts: VQA adapter; all right.
    case(
        "X1559-031",
        caption("a man in a black tank top and grey shorts"),
        Q.wearing("tee/tank"),
        Q.garment_type("tank top"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        gender="Men",
        title="Puma Men Black Solid Cotton Training Tank Top",
        category="Tshirts",
        color="Black",
    ),
    # 032 truth: blue football jersey with white V-neck trim and a swoosh on the right chest, polyester; model in
    # white shorts. All texts: VQA adapter.
    case(
        "X1559-032",
        caption("a man in a blue soccer jersey and white shorts"),
        Q.garment_type("jersey"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.details("a v - neck and a nike logo on the right side of the chest"),
        Q.material(
            "polyester polyester polyester polyester polyester polyester polyester polyester polyester polyester "
            "polyester polyester polyester polyester polyester",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Nike Men Blue Dri-FIT Park Football Jersey",
        category="Jerseys",
        color="Blue",
    ),
    # 033 truth: flat lay, navy tracksuit, the jacket and the pants laid side by side. All texts: VQA adapter.
    case(
        "X1559-033",
        caption("a blue jacket and a pair of blue pants on a white background"),
        Q.wearing("no", "non_answer"),
        Q.garment_type("jacket"),
        Q.color("navy"),
        Q.pattern("solid"),
        Q.description(
            "the jacket and the pants are blue and the jacket has a zipper and the pants have an elastic waist and "
            "the jacket has a zipper and the pants",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Proline Active Men Navy Blue Solid Tracksuit",
        category="Tracksuits",
        color="Navy Blue",
    ),
    # 034 truth: white running tee, short sleeves, polyester; male model with shoulder-length hair, black shorts.
    # All texts: VQA adapter.
    case(
        "X1559-034",
        caption("a woman in a white shirt and black shorts", "pronoun"),
        Q.garment_type("t-shirt"),
        Q.color("white"),
        Q.sleeve_length("short"),
        Q.description("a black t - shirt with short sleeves", "other_garment_color"),
        Q.material("polyester"),
        gender="Men",
        title="ADIDAS Men White Own The Run Running T-shirt",
        category="Tshirts",
        color="White",
    ),
    # 035 truth: olive zip-front hoodie worn open over a white tee, black joggers; cotton fleece. All texts: VQA
    # adapter.
    case(
        "X1559-035",
        caption("a man wearing a green jacket over a white shirt and black pants"),
        Q.garment_type("hoodie"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a green hoodie with a zipper on the front and two pockets"),
        Q.details("the hood has a drawstring"),
        Q.material("yes", "non_answer"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Olive Green Solid Front-Open Hooded Sweatshirt",
        category="Sweatshirts",
        color="Olive",
    ),
    # 036 truth: black running tights worn under black shorts, grey tee on top. All texts: VQA adapter.
    case(
        "X1559-036",
        caption("a man in a grey shirt and black leggings"),
        Q.wearing("a grey shirt, black shorts and black leggings"),
        Q.garment_type("leggings"),
        Q.color("black"),
        Q.pattern("black", "non_answer"),
        Q.details(
            "black black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        Q.material("spandex"),
        gender="Men",
        title="Slazenger Men Black Solid Running Tights",
        category="Tights",
        color="Black",
    ),
    # 037 truth: yellow football jersey with a black printed pattern on the front, black shorts, black socks. All
    # texts: VQA adapter.
    case(
        "X1559-037",
        caption(
            "Question: what cloth is the person wearing? Answer: tee/tank Question: what is the color of the tee? "
            "Answer: yellow Question: what is the color of the shorts? Answer: black Question: what is the color of "
            "the",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("jersey"),
        Q.color("yellow"),
        Q.pattern("printed"),
        Q.sleeve_length("short"),
        Q.description(
            "a yellow and black jersey with black shorts and black socks and black shoes and black socks and black "
            "shoes and black socks and black shoes and",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Nivia Men Yellow & Black Printed Football Jersey",
        category="Jerseys",
        color="Yellow",
    ),
    # 038 truth: white pullover hoodie (hood, kangaroo pocket, cotton fleece), blue jeans, model holding a
    # skateboard. All texts: VQA adapter.
    case(
        "X1559-038",
        caption("a man holding a skateboard wearing a white hoodie and blue jeans"),
        Q.wearing("a white hoodie and blue jeans"),
        Q.garment_type("hoodie"),
        Q.color("white"),
        Q.pattern("white", "non_answer"),
        Q.details("a hood and a kangaroo pocket"),
        Q.material("denim", "unsupported"),
        gender="Men",
        title="Puma Men White Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="White",
    ),
    # 039 truth: Real Madrid home jersey, white, sponsor across the chest, crest on the left, white shorts. All
    # texts: VQA adapter.
    case(
        "X1559-039",
        caption("a man in a white soccer jersey and white shorts"),
        Q.wearing("he is wearing a white soccer jersey and white shorts"),
        Q.garment_type("jersey"),
        Q.color("white"),
        Q.pattern("yes", "non_answer"),
        Q.sleeve_length("short"),
        Q.details("the fly emirates logo on the front and the real madrid logo on the left side of the chest"),
        Q.material("Answer: polyester", "leak"),
        gender="Men",
        title="ADIDAS Men White Real Madrid Home Jersey",
        category="Jerseys",
        color="White",
    ),
    # 040 truth: back view, black tracksuit, three white stripes on the shoulders and down the sleeves and the pant
    # legs, nothing on the back panel; polyester tricot. All texts: VQA adapter.
    case(
        "X1559-040",
        caption("the back of a man in a black jacket and black pants"),
        Q.wearing("he is wearing a black jacket and black pants"),
        Q.garment_type("tracksuit"),
        Q.color("black"),
        Q.pattern("striped"),
        Q.description(
            "a black track suit with three white stripes on the shoulders and the sleeves and the legs of the pants "
            "and the back of the jacket and the",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="ADIDAS Men Black Essentials 3-Stripes Tracksuit",
        category="Tracksuits",
        color="Black",
    ),
    # 041 truth: plain orange training tee, black track pants. No gender column. All texts: VQA adapter.
    case(
        "X1559-041",
        caption("a man wearing an orange shirt and black pants"),
        Q.wearing(
            "orange shirt black pants orange shirt black pants orange shirt black pants orange shirt black pants "
            "orange shirt black pants orange shirt black pants orange shirt black pants orange",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("orange"),
        Q.pattern("striped", "contradiction"),
        Q.sleeve_length("short"),
        title="Kappa Men Orange Solid Training T-shirt",
        category="Tshirts",
        color="Orange",
    ),
    # 042 truth: blue windcheater with a hood, nylon; model wearing a backpack, grey track pants. All texts: VQA
    # adapter.
    case(
        "X1559-042",
        caption("a man with a backpack wearing a blue jacket"),
        Q.garment_type("jacket"),
        Q.color("blue"),
        Q.sleeve_length("long"),
        Q.description(
            "blue jacket with a hood blue jacket with a hood blue jacket with a hood blue jacket with a hood blue "
            "jacket with a hood blue jacket with a hood",
            "loop",
            hit_limit=True,
        ),
        Q.details("the jacket has a hood and a backpack", "unsupported"),
        Q.material("nylon"),
        gender="Men",
        title="Wildcraft Men Blue Solid Hooded Windcheater",
        category="Jackets",
        color="Blue",
    ),
    # 043 truth: waist-down crop, charcoal track pants with zip side pockets, white sneakers; cotton blend. No
    # category column. All texts: VQA adapter.
    case(
        "X1559-043",
        caption("a man's legs in grey pants and white sneakers"),
        Q.garment_type("pants"),
        Q.color("grey"),
        Q.description("a pair of grey pants and a pair of white sneakers"),
        Q.details("the details of the pants are the details", "restated"),
        Q.material("cotton"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Charcoal Solid Track Pants",
        color="Charcoal",
    ),
    # 044 truth: flat lay, front only, blue sweatshirt with a white and red Puma logo print on the chest. All texts:
    # VQA adapter.
    case(
        "X1559-044",
        caption(
            "a blue sweatshirt with a white and red puma logo on the front and a white and red puma logo on the back "
            "and a white and red puma logo on the front and a white and red puma logo on the",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("sweatshirt"),
        Q.color("blue"),
        Q.pattern("graphic"),
        Q.sleeve_length("long"),
        Q.description("a blue sweatshirt"),
        Q.material("the material is", "restated"),
        gender="Men",
        title="Puma Men Blue Brand Logo Printed Sweatshirt",
        category="Sweatshirts",
        color="Blue",
    ),
    # 045 truth: grey running tee with a camouflage print, polyester, black shorts. All texts: VQA adapter.
    case(
        "X1559-045",
        caption("a man in a grey camouflage shirt and black shorts"),
        Q.wearing("a grey shirt and grey shorts", "contradiction"),
        Q.garment_type("t-shirt"),
        Q.color("grey"),
        Q.pattern("camouflage"),
        Q.description("a grey t - shirt with a camouflage pattern"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="ASICS Men Grey Camouflage Printed Running T-shirt",
        category="Tshirts",
        color="Grey",
    ),
]
