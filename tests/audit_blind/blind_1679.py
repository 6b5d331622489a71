"""BLIND_1679 (45 products; Myntra men's sportswear, VQA adapter, default questionnaire): written blind in the sixty-
seventh session. Measured blind at c32e5e8 (the session's third and final rules): 95/112 failures found (84.8%) and
8/248 correct texts flagged (3.2%). The writer's notes, verbatim:

Scenario: a Myntra men's sportswear feed (track suits, track pants, jerseys, running tees and shorts, hoodies and
sweatshirts, a few track jackets and tights). The feed's columns are kept as Myntra has them: `title` (brand first,
Myntra's display-name style), `category` (the article type: Tshirts, Track Pants, Shorts, Sweatshirts, Jackets,
Tracksuits, Tights; jerseys sit under Tshirts), `color` (the base colour: Navy Blue, Grey Melange, Charcoal...) and
gender Men; a column is missing now and then, as in the real feed. The photos are the catalog's usual shots: a male
model on a white or light-grey backdrop wearing the product with other clothes (a tee over the track pants, shorts
under the jersey), some back views (jerseys with a name and number, a hoodie with a back print), a few flat lays, and
props now and then (a football, a dumbbell, a skipping rope, a water bottle).
Who wrote what: every text is from one enrich run: BLIP-2 OPT-2.7b with the VQA LoRA
(leoreigoto/Data3_V3_BLIP2_VQA) loaded for every prompt, greedy, 50 new tokens for the caption and 30 for answers,
enrich's default questionnaire (wearing, garment_type, color, pattern, sleeve_length, description, details,
material), closed answers stored as the mapped option when one matched and as the raw generation when none did. The
caption step ran on the same adapter with no prompt, so it often produced the VQA training format instead of a
caption ("Question: ... Answer: ..."); when it did not, it gave the base model's short caption. The adapter never
learned to stop, so open answers often loop or run to the limit, and a short answer sometimes carries on into a new
"Question: ... Answer:" pair. It also answers in the In-shop vocabulary (tee, sweatshirt, pants, denim, "navy",
"white-black") and sometimes answers a question it was not trained on with a color or a yes/no.
Bottoms were not asked the sleeve question (I imagined the questionnaire skipping it where the category has no
sleeves); everything else was asked, 6 to 8 questions per product.
Labeling conventions and judgement calls: truth is the photo described in the comment above each case plus the
title; the comment also states the real fabric from the product page, and material answers are judged against it
(a plausible but wrong fabric, e.g. cotton for a polyester Dri-FIT tee, or denim for running shorts, is
`unsupported`). A closed color answer that gives the color of another garment in the photo (the model's tee for a
pair of track pants) is `other_garment_color`, as is an open answer that gives the product that other garment's
color; a color that matches nothing in the photo, or navy read as black, is `contradiction`. A wrong garment class
(pants for a hoodie, denim for track pants) and a wrong sleeve length are `contradiction`. A nearby hue that a
shopper would accept is correct (teal as blue, olive as green, charcoal as grey, maroon as red). For a tracksuit,
"jacket" or "sweatshirt" as the garment type names the top half only; I left it unmarked, since the option list
has no tracksuit. For flat lays, "What is the person wearing?" answered with the product's name is taken as correct.
An answer about a prop instead of the garment, a bare yes/no to a question that is not a yes/no one, or a color
given for the pattern is `non_answer`; the question's words back with nothing added is `restated`. Any text that repeats
the same phrase until the limit is `loop` (with hit_limit), even when the first phrase was right; an answer that
is right until it is cut mid-phrase at the limit is `cut`; any text that carries the "Question: ... Answer:" format
is `leak`, whatever the answer inside it. "she"/"a woman" for these men's products is `pronoun`. One label per
text: the first thing a reader would call wrong.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case

BLIND_1679 = [
    # Photo: model in a white crew-neck tee and black track pants with three white stripes down the side, white
    # sneakers, white backdrop; the pants are polyester tricot. All texts: enrich, OPT-2.7b + VQA LoRA.
    case(
        "X1679-001",
        caption("Question: What is the color of the pants? Answer: black", "leak"),
        D.wearing("tee and pants"),
        D.garment_type("pants"),
        D.color("black"),
        D.pattern("solid"),
        D.description(
            "a pair of black track pants with white stripes on the side and a white stripe on the side and a white "
            "stripe on the side and a",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton", "unsupported"),
        gender="Men",
        title="ADIDAS Men Black Solid Tiro 21 Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Photo: model in a navy Dri-FIT running tee with a small white swoosh on the chest, black running shorts, grey
    # backdrop; polyester. All texts: enrich, OPT-2.7b + VQA LoRA.
    case(
        "X1679-002",
        caption("a man in a blue t-shirt and black shorts"),
        D.wearing("tee and denim", "contradiction"),
        D.garment_type("tee"),
        D.color("black", "other_garment_color"),
        D.pattern("solid"),
        D.sleeve_length("short"),
        D.details("nike logo on the chest"),
        D.material("polyester"),
        gender="Men",
        title="Nike Men Navy Blue Dri-FIT Miler Running T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: model in a grey melange pullover hoodie with a kangaroo pocket and drawstrings, black track pants,
    # hands in the pocket, white backdrop; cotton-polyester fleece. All texts: enrich, OPT-2.7b + VQA LoRA.
    case(
        "X1679-003",
        caption("a man wearing a grey hoodie and black pants standing in front of a white wall"),
        D.wearing("sweatshirt and pants"),
        D.garment_type("pants", "contradiction"),
        D.color("grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey", "loop", hit_limit=True),
        D.pattern("solid"),
        D.sleeve_length("long"),
        D.description(
            "a grey hooded sweatshirt with a kangaroo pocket on the front and a drawstring hood, the sweatshirt has "
            "ribbed cuffs and a ribbed hem and the",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        gender="Men",
        title="Puma Men Grey Melange Solid Essential Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # Photo: model in black running shorts with a small reflective logo on the left leg, neon green tee, light-grey
    # backdrop; front view, nothing of the back. Polyester. All texts: enrich, OPT-2.7b + VQA LoRA.
    case(
        "X1679-004",
        caption(
            "Question: what cloth is the person wearing? Answer: tee, shorts Question: what is the color of the tee? "
            "Answer: green Question: what is the color of the shorts? Answer: black Question: what is the",
            "leak",
            hit_limit=True,
        ),
        D.wearing("tee and shorts"),
        D.garment_type("shorts"),
        D.color("green", "other_garment_color"),
        D.pattern("solid"),
        D.description(
            "a pair of black shorts with a white logo on the leg and a green t-shirt and a pair of black shorts with "
            "a white logo on the leg and",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "the shorts have a drawstring waist and two side pockets and a zip pocket on the back", "unsupported"
        ),
        D.material("polyester"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Rapid-Dry Solid Running Shorts",
        category="Shorts",
        color="Black",
    ),
    # Photo: model in a zipped navy track jacket with red panels on the shoulders and a stand collar, navy track
    # pants with red piping, white backdrop; polyester. All texts: enrich, OPT-2.7b + VQA LoRA.
    case(
        "X1679-005",
        caption("a man in a blue and red track suit"),
        D.wearing("jacket and pants"),
        D.garment_type("jacket"),
        D.color("black", "contradiction"),
        D.pattern("color block"),
        D.sleeve_length("long"),
        D.description(
            "a navy blue jacket with red stripes on the shoulders and a zipper on the front, the jacket has a high "
            "collar and two pockets on the",
            "cut",
            hit_limit=True,
        ),
        D.material("polyester"),
        gender="Men",
        title="Alcis Men Navy Blue & Red Colourblocked Tracksuit",
        category="Tracksuits",
        color="Navy Blue",
    ),
    # Photo: flat lay on white: a red football jersey with a white ribbed collar, the club crest and a white sponsor
    # print on the chest, short sleeves; polyester. All texts: enrich, OPT-2.7b + VQA LoRA.
    case(
        "X1679-006",
        caption("Question: What is the color of the shirt? Answer: red", "leak"),
        D.wearing("a red soccer jersey"),
        D.garment_type("tee"),
        D.color("red"),
        D.pattern("red", "non_answer"),
        D.sleeve_length("short"),
        D.details("the shirt has a white collar and a logo on the chest"),
        D.material("polyester"),
        gender="Men",
        title="ADIDAS Men Red Manchester United Home Replica Football Jersey",
        category="Tshirts",
        color="Red",
    ),
    # Photo: model in a black full-zip fleece hoodie worn open over a white tee, grey joggers, white backdrop;
    # cotton-polyester fleece. All texts: enrich, OPT-2.7b + VQA LoRA.
    case(
        "X1679-007",
        caption("a woman in a black hoodie and grey pants", "pronoun"),
        D.wearing("sweatshirt and pants"),
        D.garment_type("sweatshirt"),
        D.color("white", "other_garment_color"),
        D.pattern("solid"),
        D.sleeve_length("long"),
        D.description("she is wearing a black hoodie with a white t-shirt underneath", "pronoun"),
        D.material("fleece"),
        gender="Men",
        title="Nike Men Black Sportswear Club Fleece Full-Zip Hoodie",
        category="Sweatshirts",
        color="Black",
    ),
    # Photo: model in charcoal training shorts with a small white logo on the left leg and a white tank top,
    # holding a dumbbell, grey backdrop; polyester. All texts: enrich, OPT-2.7b + VQA LoRA.
    case(
        "X1679-008",
        caption("a man holding a dumbbell in a white tank top and grey shorts"),
        D.wearing("tank and shorts"),
        D.garment_type("shorts"),
        D.color("grey"),
        D.pattern("solid"),
        D.description("a pair of grey shorts with a white logo on the left leg"),
        D.details("dumbbell", "non_answer"),
        D.material("polyester"),
        gender="Men",
        title="Reebok Men Charcoal Grey Solid Training Shorts",
        category="Shorts",
        color="Charcoal",
    ),
    # Photo: model in a yellow Dortmund replica jersey with a black collar, black sleeve trims and a tonal graphic
    # print, black shorts, grey backdrop; polyester. All texts: enrich, OPT-2.7b + VQA LoRA.
    case(
        "X1679-009",
        caption(
            "Question: what is the color of the tee? Answer: yellow-black Question: what is the color of the shorts? "
            "Answer: black",
            "leak",
        ),
        D.wearing("tee and shorts"),
        D.garment_type("tee"),
        D.color("yellow-black"),
        D.pattern("graphic"),
        D.sleeve_length("short"),
        D.description("a yellow shirt with a black collar and black shorts"),
        D.material("cotton", "unsupported"),
        gender="Men",
        title="Puma Men Yellow Borussia Dortmund Home Replica Jersey",
        category="Tshirts",
        color="Yellow",
    ),
    # Photo: model in a red long-sleeve compression tee and black shorts, dark-grey backdrop; polyester-elastane.
    # All texts: enrich, OPT-2.7b + VQA LoRA.
    case(
        "X1679-010",
        caption(
            "Question: what is the color of the tee? Answer: red Question: what is the color of the shorts? Answer: "
            "black",
            "leak",
        ),
        D.wearing("tee and shorts"),
        D.garment_type("tee"),
        D.color("red"),
        D.pattern("solid"),
        D.sleeve_length("short", "contradiction"),
        D.details(
            "the sleeves, the neckline, the collar, the sleeves, the neckline, the collar, the sleeves, the neckline, "
            "the collar, the sleeves",
            "loop",
            hit_limit=True,
        ),
        D.material("polyester"),
        gender="Men",
        title="Under Armour Men Red HeatGear Long Sleeve Compression T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # Photo: side view, model in a running pose in blue running shorts with split hems and a white tee, white
    # backdrop; polyester. All texts: enrich, OPT-2.7b + VQA LoRA.
    case(
        "X1679-011",
        caption("a man running in a white shirt and blue shorts"),
        D.wearing("tee and shorts"),
        D.garment_type("shorts"),
        D.color("white", "other_garment_color"),
        D.pattern("solid"),
        D.description("a white shirt and blue shorts"),
        D.details("the shorts are short", "non_answer"),
        D.material("denim", "unsupported"),
        gender="Men",
        title="ASICS Men Blue Solid Core Split Running Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Photo: model in a black tracksuit (zipped jacket with three white stripes on the sleeves, pants with white
    # side stripes), white sneakers, white backdrop; polyester. All texts: enrich, OPT-2.7b + VQA LoRA.
    case(
        "X1679-012",
        caption("a man in a black adidas track suit with white stripes"),
        D.wearing("jacket and pants"),
        D.garment_type("track suit"),
        D.color("black-white"),
        D.pattern("no", "non_answer"),
        D.sleeve_length("long"),
        D.description(
            "a black track suit with white stripes on the sleeves and the legs, the jacket has a zipper on the front "
            "and a high collar and the pants have",
            "cut",
            hit_limit=True,
        ),
        D.material("polyester"),
        gender="Men",
        title="ADIDAS Men Black Solid MTS Basic 3-Stripes Tracksuit",
        category="Tracksuits",
        color="Black",
    ),
    # Photo: model in navy cotton track pants with an elastic drawstring waist and side pockets, a white tee,
    # hands in the pockets, white backdrop; cotton-rich. All texts: enrich, OPT-2.7b + VQA LoRA.
    case(
        "X1679-013",
        caption(
            "tee, pants, tee, pants, tee, pants, tee, pants, tee, pants, tee, pants, tee, pants, tee, pants, tee, "
            "pants, tee, pants, tee, pants, tee, pants, tee",
            "loop",
            hit_limit=True,
        ),
        D.wearing("tee and pants"),
        D.garment_type("pants"),
        D.color("white", "other_garment_color"),
        D.pattern("solid"),
        D.description("white", "other_garment_color"),
        D.details(
            "the pants have two side pockets and an elastic waist with a drawstring and the pants have a straight fit "
            "and the hem of the pants is",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        gender="Men",
        title="Jockey Men Navy Blue Solid Straight Fit Track Pants",
        category="Track Pants",
        color="Navy Blue",
    ),
    # Photo: model in a black sleeveless training tee and grey shorts, holding a skipping rope, white backdrop;
    # polyester. All texts: enrich, OPT-2.7b + VQA LoRA.
    case(
        "X1679-014",
        caption("a woman with a jump rope wearing a black tank top and grey shorts", "pronoun"),
        D.wearing("tank and shorts"),
        D.garment_type("tank"),
        D.color("black"),
        D.pattern("solid"),
        D.sleeve_length("long", "contradiction"),
        D.details(
            "the person is wearing a black tank top and grey shorts and a jump rope and a black tank top and grey "
            "shorts and a jump rope and",
            "loop",
            hit_limit=True,
        ),
        D.material("polyester"),
        gender="Men",
        title="Nike Men Black Dri-FIT Sleeveless Training T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: model in an olive pullover hoodie (no zip) with a kangaroo pocket, blue jeans, white backdrop; cotton
    # fleece. All texts: enrich, OPT-2.7b + VQA LoRA.
    case(
        "X1679-015",
        caption("a man wearing a green hoodie and jeans"),
        D.wearing("sweatshirt and denim"),
        D.garment_type("sweatshirt"),
        D.color("olive"),
        D.pattern("solid"),
        D.sleeve_length("long"),
        D.description(
            "a green hooded sweatshirt with a front pocket and a drawstring hood and a zipper on the front",
            "unsupported",
        ),
        D.material("denim", "unsupported"),
        gender="Men",
        title="Campus Sutra Men Olive Green Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Olive",
    ),
    # Photo: model in a zipped track jacket, black body with a white chest panel, black track pants (not denim),
    # light-grey backdrop; polyester. All texts: enrich, OPT-2.7b + VQA LoRA.
    case(
        "X1679-016",
        caption("Question: what cloth is the person wearing? Answer: jacket, pants", "leak"),
        D.wearing("jacket and denim", "contradiction"),
        D.garment_type("jacket"),
        D.color("black"),
        D.pattern("color block"),
        D.sleeve_length("long"),
        D.description("a black and white jacket with a zipper and a high collar"),
        D.material("cotton", "unsupported"),
        gender="Men",
        title="Puma Men Black & White Colourblocked Track Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: model in a royal blue sports polo with a small white logo on the chest, white shorts, white backdrop;
    # polyester pique. All texts: enrich, OPT-2.7b + VQA LoRA.
    case(
        "X1679-017",
        caption("a man in a blue polo shirt and white shorts"),
        D.wearing("polo shirt and shorts"),
        D.garment_type("polo shirt"),
        D.color("blue"),
        D.pattern("solid"),
        D.sleeve_length("yes", "non_answer"),
        D.details("the polo shirt has a collar and a button placket and a logo on the chest"),
        D.material("the garment is made of the material of the garment", "restated"),
        gender="Men",
        title="Kappa Men Blue Solid Polo Collar Sports T-shirt",
        category="Tshirts",
        color="Blue",
    ),
    # Photo: model in dark-grey tapered track pants with zipped pockets and zipped ankles, a black tee, white
    # backdrop; polyester. All texts: enrich, OPT-2.7b + VQA LoRA.
    case(
        "X1679-018",
        caption("a man in a black shirt and grey pants"),
        D.wearing("tee and denim", "contradiction"),
        D.garment_type("pants"),
        D.color("black", "other_garment_color"),
        D.pattern("solid"),
        D.description("a black t-shirt and grey pants"),
        D.details(
            "the pants have zippered pockets and zippered ankles and a drawstring waist and zippered pockets and "
            "zippered ankles and a drawstring waist and",
            "loop",
            hit_limit=True,
        ),
        D.material("polyester"),
        gender="Men",
        title="Nike Men Grey Dri-FIT Tapered Training Track Pants",
        category="Track Pants",
        color="Grey",
    ),
    # Photo: model in a teal running tee with black raglan sleeves and a black collar, black track pants, white
    # backdrop; polyester. All texts: enrich, OPT-2.7b + VQA LoRA.
    case(
        "X1679-019",
        caption(
            "Question: what cloth is the person wearing? Answer: tee, pants Question: what is the color of the tee? "
            "Answer: teal-black Question: what is the color of the pants? Answer: black Question: is this",
            "leak",
            hit_limit=True,
        ),
        D.wearing("tee and pants"),
        D.garment_type("tee"),
        D.color("blue"),
        D.pattern("color block"),
        D.sleeve_length("short"),
        D.description("a blue t-shirt with black sleeves and a black collar"),
        D.material("cotton", "unsupported"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Teal Blue Rapid-Dry Raglan Running T-shirt",
        category="Tshirts",
        color="Teal",
    ),
    # Photo: back view: model in a red-and-black cricket replica jersey with "KOHLI" and 18 printed on the back,
    # black track pants, white backdrop; polyester. All texts: enrich, OPT-2.7b + VQA LoRA.
    case(
        "X1679-020",
        caption("the back of a man in a red and black jersey with the number 18 on it"),
        D.wearing("tee and pants"),
        D.garment_type("tee"),
        D.color("red-black"),
        D.pattern("graphic"),
        D.sleeve_length("short"),
        D.description(
            "a red shirt with the number 18 on the back and the number 18 on the sleeve and the number 18 on the "
            "front and the number 18",
            "loop",
            hit_limit=True,
        ),
        D.details("the number 18 on the back and the name kohli"),
        D.material("polyester"),
        gender="Men",
        title="Puma Men Red & Black Royal Challengers Bangalore Replica Jersey",
        category="Tshirts",
        color="Red",
    ),
    # Photo: model in a black hooded windcheater with a neon green zip, hood down, black track pants, white
    # backdrop; polyester. All texts: enrich, OPT-2.7b + VQA LoRA.
    case(
        "X1679-021",
        caption("a man in a black jacket with a hood"),
        D.wearing("jacket Question: What is the color of the jacket? Answer: black", "leak"),
        D.garment_type("jacket"),
        D.color(
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            hit_limit=True,
        ),
        D.pattern("solid"),
        D.sleeve_length("long"),
        D.description("a black jacket with a hood and a green zipper"),
        D.material("polyester"),
        gender="Men",
        title="Wildcraft Men Black Hypadry Hooded Windcheater Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: model in a grey melange tracksuit (pullover hoodie with a kangaroo pocket, matching joggers), white
    # backdrop; cotton blend. All texts: enrich, OPT-2.7b + VQA LoRA.
    case(
        "X1679-022",
        caption(
            "Question: what cloth is the person wearing? Answer: sweatshirt, pants Question: what is the color of the "
            "sweatshirt? Answer: heather grey Question: what is the color of the pants? Answer: heather grey Question:",
            "leak",
            hit_limit=True,
        ),
        D.wearing("sweatshirt and pants"),
        D.garment_type("sweatshirt"),
        D.color("grey melange"),
        D.pattern("solid"),
        D.sleeve_length("long"),
        D.description("a grey sweatshirt with a hood and grey pants"),
        D.details(
            "the hood, the pocket, the cuffs, the hood, the pocket, the cuffs, the hood, the pocket, the cuffs, the "
            "hood, the",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        gender="Men",
        title="Sports52 wear Men Grey Melange Solid Hooded Tracksuit",
        category="Tracksuits",
        color="Grey Melange",
    ),
    # Photo: model in a white running tee with a small black logo on the chest, black shorts, white backdrop;
    # recycled polyester. All texts: enrich, OPT-2.7b + VQA LoRA.
    case(
        "X1679-023",
        caption(
            "Question: what is the color of the tee? Answer: white-black Question: what is the color of the shorts? "
            "Answer: black Question: what cloth is the person wearing? Answer: tee, shorts Question:",
            "leak",
            hit_limit=True,
        ),
        D.wearing(
            "tee, shorts, tee, shorts, tee, shorts, tee, shorts, tee, shorts, tee, shorts, tee, shorts, tee, shorts",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("tee"),
        D.color("black", "other_garment_color"),
        D.pattern("solid"),
        D.sleeve_length("short"),
        D.description("a black t-shirt with a white adidas logo on the chest", "other_garment_color"),
        D.material("polyester"),
        gender="Men",
        title="ADIDAS Men White Own The Run Running T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: flat lay on white, no person: navy running shorts with white side piping and a white drawstring;
    # polyester. All texts: enrich, OPT-2.7b + VQA LoRA.
    case(
        "X1679-024",
        caption("a pair of navy blue shorts on a white background"),
        D.wearing("shorts"),
        D.garment_type("shorts"),
        D.color("black", "contradiction"),
        D.pattern("solid"),
        D.description("a pair of navy blue shorts with a drawstring waist"),
        D.details("she is wearing a pair of navy shorts with white piping on the sides and a drawstring", "pronoun"),
        D.material("denim", "unsupported"),
        gender="Men",
        title="Proline Active Men Navy Blue Solid Running Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
    # Photo: model in a red pullover hoodie with a large white PUMA print on the chest and a kangaroo pocket, black
    # jeans, white backdrop; cotton fleece. All texts: enrich, OPT-2.7b + VQA LoRA.
    case(
        "X1679-025",
        caption("a man in a red hoodie with the word puma on it"),
        D.wearing("she is wearing a red hoodie and black jeans", "pronoun"),
        D.garment_type("hoodie"),
        D.color("red"),
        D.pattern("solid", "contradiction"),
        D.sleeve_length("long"),
        D.description(
            "a red hooded sweatshirt with the word puma printed on the front in white letters and a kangaroo pocket "
            "on the front and a",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        gender="Men",
        title="Puma Men Red Brand Logo Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Red",
    ),
    # Photo: model in plain white football shorts (no stripes) and a blue jersey, holding a football, light-grey
    # backdrop; polyester. All texts: enrich, OPT-2.7b + VQA LoRA.
    case(
        "X1679-026",
        caption(
            "a man in a blue shirt and white shorts holding a soccer ball soccer ball soccer ball soccer ball soccer "
            "ball soccer ball soccer ball soccer ball soccer ball soccer ball soccer ball soccer ball soccer ball "
            "soccer ball soccer ball soccer ball",
            "loop",
            hit_limit=True,
        ),
        D.wearing("tee and shorts"),
        D.garment_type("shorts"),
        D.color("blue", "other_garment_color"),
        D.pattern("solid"),
        D.description("a soccer ball", "non_answer"),
        D.details("the shorts have a white elastic waistband and a blue stripe on the side", "unsupported"),
        D.material("polyester"),
        gender="Men",
        title="Nivia Men White Solid Football Shorts",
        category="Shorts",
        color="White",
    ),
    # Photo: model in black running tights with a small white logo on the thigh, black shorts over them and a grey
    # tee, white backdrop; polyester-elastane. All texts: enrich, OPT-2.7b + VQA LoRA.
    case(
        "X1679-027",
        caption("a man in a grey shirt and black shorts and black leggings"),
        D.wearing("tee, shorts, leggings"),
        D.garment_type("leggings"),
        D.color("grey", "other_garment_color"),
        D.pattern("solid"),
        D.description("black leggings with a white logo on the thigh"),
        D.details("the details of the garment", "restated"),
        D.material("spandex"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Solid Rapid-Dry Running Tights",
        category="Tights",
        color="Black",
    ),
    # Photo: model in a blue short-sleeve India cricket fan jersey with tricolour stripes on the shoulders and
    # "INDIA" across the chest, white track pants, white backdrop; polyester. All texts: enrich, OPT-2.7b + VQA LoRA.
    case(
        "X1679-028",
        caption("a man in a blue shirt with the word india on it"),
        D.wearing("tee and denim", "contradiction"),
        D.garment_type("tee"),
        D.color("blue"),
        D.pattern("graphic"),
        D.sleeve_length("long", "contradiction"),
        D.details("the word india on the front and orange stripes on the shoulders"),
        D.material("cotton", "unsupported"),
        gender="Men",
        title="ADIDAS Men Blue India Cricket ODI Fan Jersey",
        category="Tshirts",
        color="Blue",
    ),
    # Photo: back view: model in a black track jacket with a white stripe down each sleeve, black track pants,
    # white backdrop; polyester tricot. All texts: enrich, OPT-2.7b + VQA LoRA.
    case(
        "X1679-029",
        caption("the back of a man in a black jacket"),
        D.wearing("jacket and pants"),
        D.garment_type("jacket"),
        D.color("black"),
        D.pattern("solid"),
        D.sleeve_length("long"),
        D.details(
            "the collar, the sleeves, the zipper, the pockets, the collar, the sleeves, the zipper, the pockets, the "
            "collar, the",
            "loop",
            hit_limit=True,
        ),
        D.material("polyester Question: What is the color of the jacket? Answer: black", "leak"),
        gender="Men",
        title="Puma Men Black Solid Iconic T7 Track Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: model in a lime green running tee with a black abstract print on the front, black shorts, white
    # backdrop; polyester. All texts: enrich, OPT-2.7b + VQA LoRA.
    case(
        "X1679-030",
        caption("a woman in a green shirt and black shorts", "pronoun"),
        D.wearing("tee and shorts"),
        D.garment_type("tee"),
        D.color("green"),
        D.pattern("graphic"),
        D.sleeve_length("short"),
        D.description(
            "a green t-shirt with a black print on the front and black shorts and a green t-shirt with a black "
            "print on the front and",
            "loop",
            hit_limit=True,
        ),
        D.material("polyester"),
        gender="Men",
        title="Puma Men Lime Green Printed Running T-shirt",
        category="Tshirts",
        color="Lime Green",
    ),
    # Photo: model in a navy crew-neck sweatshirt with a small white logo on the chest and ribbed cuffs, grey track
    # pants, white backdrop; cotton fleece. All texts: enrich, OPT-2.7b + VQA LoRA.
    case(
        "X1679-031",
        caption("Question: What is the color of the sweatshirt? Answer: navy", "leak"),
        D.wearing("sweatshirt and pants"),
        D.garment_type("sweatshirt"),
        D.color("black", "contradiction"),
        D.pattern("solid"),
        D.sleeve_length("long"),
        D.details(
            "a small white logo on the chest, ribbed cuffs and a ribbed hem, the sweatshirt has a crew neck and "
            "dropped shoulders and the sleeves are",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        gender="Men",
        title="Nike Men Navy Blue Solid Sportswear Club Crew Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
    ),
    # Photo: flat lay on white: black slim track pants with a white stripe down each side, drawstring waist, side
    # pockets; polyester. The feed row has no category. All texts: enrich, OPT-2.7b + VQA LoRA.
    case(
        "X1679-032",
        caption("a pair of black pants with a white stripe on the side"),
        D.wearing("pants"),
        D.garment_type("pants"),
        D.color("black"),
        D.pattern("white", "non_answer"),
        D.description("a pair of black sweatpants with a white stripe down the side"),
        D.details("the pants have a drawstring waist and two pockets on the front"),
        D.material("Question: What is the material of the pants? Answer: polyester", "leak"),
        gender="Men",
        title="Proline Active Men Black Slim Fit Solid Track Pants",
        color="Black",
    ),
    # Photo: model in a charcoal full-zip hoodie worn open over a white tee, black track pants, white sneakers,
    # white backdrop; cotton blend. The feed row has no gender. All texts: enrich, OPT-2.7b + VQA LoRA.
    case(
        "X1679-033",
        caption("a man in a grey hoodie and black pants"),
        D.wearing("sweatshirt, tee, pants"),
        D.garment_type("sweatshirt"),
        D.color("white", "other_garment_color"),
        D.pattern("solid"),
        D.sleeve_length("long"),
        D.description(
            "a grey hoodie with a white shirt under it and black pants and white shoes and a grey hoodie with a "
            "white shirt under it and black",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        title="HRX by Hrithik Roshan Men Charcoal Grey Solid Zip-Front Hooded Sweatshirt",
        category="Sweatshirts",
        color="Charcoal",
    ),
    # Photo: model in black 2-in-1 running shorts with grey inner tights showing below the hem and a swoosh on the
    # left leg, an orange tee, white backdrop; polyester. All texts: enrich, OPT-2.7b + VQA LoRA.
    case(
        "X1679-034",
        caption("a man in an orange shirt and black shorts"),
        D.wearing("tee and shorts and leggings"),
        D.garment_type("shorts"),
        D.color("orange", "other_garment_color"),
        D.pattern("solid"),
        D.description(
            "black shorts with grey leggings underneath and an orange shirt and black shorts with grey leggings "
            "underneath and an orange shirt and",
            "loop",
            hit_limit=True,
        ),
        D.details("a swoosh on the left leg and a grey inner layer"),
        D.material("cotton", "unsupported"),
        gender="Men",
        title="Nike Men Black Flex Stride 2-in-1 Running Shorts",
        category="Shorts",
        color="Black",
    ),
    # Photo: model in a tracksuit: maroon jacket with navy sleeves worn open over a white tee, navy track pants with
    # a maroon side stripe, white backdrop; polyester. All texts: enrich, OPT-2.7b + VQA LoRA.
    case(
        "X1679-035",
        caption("a man in a red and blue track suit with a white shirt"),
        D.wearing("jacket, tee, pants"),
        D.garment_type("jacket"),
        D.color("white", "other_garment_color"),
        D.pattern("color block"),
        D.sleeve_length("long"),
        D.description(
            "a maroon track jacket with navy blue sleeves and a white zipper, worn open over a white t-shirt, with "
            "navy blue track pants that have a",
            "cut",
            hit_limit=True,
        ),
        D.material("the garment is made of fabric", "restated"),
        gender="Men",
        title="Reebok Men Maroon & Navy Blue Colourblocked Tracksuit",
        category="Tracksuits",
        color="Maroon",
    ),
    # Photo: model in a football jersey with vertical black and white stripes, black shorts, white backdrop;
    # polyester. All texts: enrich, OPT-2.7b + VQA LoRA.
    case(
        "X1679-036",
        caption("a man in a black and white striped shirt and black shorts"),
        D.wearing("tee and shorts"),
        D.garment_type("tee"),
        D.color("white-black"),
        D.pattern("striped"),
        D.sleeve_length("short"),
        D.details(
            "the stripes, the collar, the sleeves, the stripes, the collar, the sleeves, the stripes, the collar, "
            "the sleeves, the stripes",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton", "unsupported"),
        gender="Men",
        title="Nivia Men White & Black Striped Football Jersey",
        category="Tshirts",
        color="White",
    ),
    # Photo: model in a zipped neon orange lightweight running jacket with a stand collar (no hood), black tights,
    # light-grey backdrop; polyester. All texts: enrich, OPT-2.7b + VQA LoRA.
    case(
        "X1679-037",
        caption(
            "Question: What is the color of the jacket? Answer: orange Question: What is the color of the pants? "
            "Answer: black",
            "leak",
        ),
        D.wearing("jacket and leggings"),
        D.garment_type("jacket"),
        D.color("orange"),
        D.pattern("orange", "non_answer"),
        D.sleeve_length("long"),
        D.description("a bright orange jacket with a zipper and a hood", "unsupported"),
        D.material("polyester"),
        gender="Men",
        title="ASICS Men Orange Lightweight Running Jacket",
        category="Jackets",
        color="Orange",
    ),
    # Photo: model in a black cotton tee with a large grey Puma cat logo, black shorts, holding a water bottle,
    # white backdrop; cotton. All texts: enrich, OPT-2.7b + VQA LoRA.
    case(
        "X1679-038",
        caption("a man holding a water bottle in a black t-shirt with a grey puma logo on it"),
        D.wearing("tee and shorts"),
        D.garment_type("tee"),
        D.color("black"),
        D.pattern("graphic"),
        D.sleeve_length(
            "short sleeve-short sleeve-short sleeve-short sleeve-short sleeve-short sleeve-short sleeve-short "
            "sleeve-short sleeve-short sleeve",
            "loop",
            hit_limit=True,
        ),
        D.description("a black t-shirt with a grey puma logo"),
        D.material("cotton"),
        gender="Men",
        title="Puma Men Black Graphic Printed Training T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: model in a grey half-zip long-sleeve training top with a small logo on the chest, black shorts, white
    # backdrop; polyester knit (not fleece). All texts: enrich, OPT-2.7b + VQA LoRA.
    case(
        "X1679-039",
        caption("Question: What is the color of the sweatshirt? Answer: grey", "leak"),
        D.wearing("sweatshirt and shorts"),
        D.garment_type("sweatshirt"),
        D.color("grey"),
        D.pattern("solid"),
        D.sleeve_length("long"),
        D.details(
            "the garment has a zipper on the front and a logo on the chest and a zipper on the front and a logo on "
            "the chest and a zipper on",
            "loop",
            hit_limit=True,
        ),
        D.material("fleece", "unsupported"),
        gender="Men",
        title="Under Armour Men Grey Tech 2.0 Half-Zip Training Sweatshirt",
        category="Sweatshirts",
        color="Grey",
    ),
    # Photo: model in a red sleeveless basketball jersey with a white 23 and white trim at the neck and armholes,
    # matching red shorts, light-grey backdrop; polyester mesh. All texts: enrich, OPT-2.7b + VQA LoRA.
    case(
        "X1679-040",
        caption("a man in a red basketball uniform with the number 23"),
        D.wearing("tank and shorts"),
        D.garment_type("tank"),
        D.color("red"),
        D.pattern("solid"),
        D.sleeve_length("sleeveless"),
        D.description("a red basketball jersey with the number 23 on the front and white trim on the arm holes"),
        D.material("mesh"),
        gender="Men",
        title="Nivia Men Red & White Printed Basketball Jersey",
        category="Tshirts",
        color="Red",
    ),
    # Photo: model in plain black slim running track pants with a small white logo at the hip, a neon yellow tee,
    # white backdrop; polyester. All texts: enrich, OPT-2.7b + VQA LoRA.
    case(
        "X1679-041",
        caption("a man in a yellow shirt and black pants"),
        D.wearing("tee and pants"),
        D.garment_type("pants Question: What is the color of the pants? Answer: black", "leak"),
        D.color("black"),
        D.pattern("solid"),
        D.description("a pair of black pants with a yellow stripe on the side", "unsupported"),
        D.material("polyester"),
        gender="Men",
        title="Alcis Men Black Solid Slim Fit Running Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Photo: model in a white pullover hoodie with a large black Nike print on the chest, black track pants, white
    # backdrop; cotton fleece. All texts: enrich, OPT-2.7b + VQA LoRA.
    case(
        "X1679-042",
        caption("a man wearing a white hoodie with a black nike logo"),
        D.wearing("sweatshirt and pants"),
        D.garment_type("sweatshirt"),
        D.color("black", "other_garment_color"),
        D.pattern("graphic"),
        D.sleeve_length("long"),
        D.description(
            "a white hoodie with a black nike logo printed across the chest and a kangaroo pocket and a drawstring "
            "hood, worn with black track pants and",
            "cut",
            hit_limit=True,
        ),
        D.material("", "non_answer"),
        gender="Men",
        title="Nike Men White Printed Sportswear Hooded Sweatshirt",
        category="Sweatshirts",
        color="White",
    ),
    # Photo: model in a blue Italy home replica jersey with a v-neck, gold trim, the crest on the left chest and a
    # Puma logo on the right, white shorts, white backdrop; polyester. All texts: enrich, OPT-2.7b + VQA LoRA.
    case(
        "X1679-043",
        caption("a man in a blue soccer jersey and white shorts"),
        D.wearing("tee and shorts"),
        D.garment_type("tee"),
        D.color("blue Question: What is the color of the shorts? Answer: white", "leak"),
        D.pattern("pure color"),
        D.sleeve_length("short"),
        D.details(
            "the shirt has a v-neck collar and a logo on the chest and a logo on the right side of the chest and a "
            "logo on the left side of the",
            "cut",
            hit_limit=True,
        ),
        D.material("polyester"),
        gender="Men",
        title="Puma Men Blue Italia Home Replica Football Jersey",
        category="Tshirts",
        color="Blue",
    ),
    # Photo: model in olive cotton sports shorts with side pockets, a drawstring and a small Puma logo on the left
    # leg, a black tee, cropped at the chest, white backdrop; cotton. All texts: enrich, OPT-2.7b + VQA LoRA.
    case(
        "X1679-044",
        caption("Question: what cloth is the person wearing? Answer: tee, shorts", "leak"),
        D.wearing("tee and shorts"),
        D.garment_type("shorts"),
        D.color("green"),
        D.pattern("solid"),
        D.description("she is wearing black shirt and green shorts", "pronoun"),
        D.details(
            "the shorts have pockets on the sides and an elastic waistband with a drawstring and a puma logo on the "
            "left leg and the shorts are",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        gender="Men",
        title="Puma Men Olive Green Solid Regular Fit Sports Shorts",
        category="Shorts",
        color="Olive",
    ),
    # Photo: back view: model in a black pullover hoodie with a large white ADIDAS print across the back, grey
    # joggers, white backdrop; the front is not visible. Cotton fleece. All texts: enrich, OPT-2.7b + VQA LoRA.
    case(
        "X1679-045",
        caption("the back of a man in a black hoodie with the word adidas on it"),
        D.wearing("sweatshirt and pants"),
        D.garment_type("jacket", "contradiction"),
        D.color("grey", "other_garment_color"),
        D.pattern("graphic"),
        D.sleeve_length("long"),
        D.description(
            "a black hoodie with white letters on the back and a white adidas logo on the front and a kangaroo pocket",
            "unsupported",
        ),
        D.material("cotton"),
        gender="Men",
        title="ADIDAS Men Black Back Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
    ),
]
