"""BLIND_1223 (45 products; Myntra men's sportswear, VQA adapter, default questionnaire): written blind in the sixty-
first session. Measured blind at 1ef79ed (the session's sixth rules): 75/86 failures found (87.2%) and 23/236 correct
texts flagged (9.7%). The writer's notes, verbatim:

Scenario: a Myntra men's sportswear feed (track suits, football and basketball jerseys, running shorts and tights,
hoodies and sweatshirts, track pants and track jackets). Catalog columns as Myntra exports them: title
(productDisplayName), category (articleType: Tshirts, Jerseys, Shorts, Track Pants, Tracksuits, Sweatshirts, Jackets,
Tights), color (baseColour: Navy Blue, Grey Melange, Fluorescent Green...), gender ("Men"); a column is missing here
and there, as in the real export. Photos are the usual catalog shots: a model on a white or light grey backdrop
wearing the product with other clothes, a few flat lays, two back views, one prop (a water bottle), one held football.
Who wrote what: no caption in this run (enrich was configured without the caption step, the VQA adapter cannot
caption anyway). Every answer is from Salesforce/blip2-opt-2.7b + leoreigoto/Data3_V3_BLIP2_VQA, greedy, 30 new
tokens, `Question: ... Answer:` prompts from enrich's default questionnaire. Closed questions (garment type, color,
pattern, sleeve length) are stored as the mapped label when the answer maps onto the closed set and as the raw
generated text when it does not (so "tee/tank", "sweatshirt/hoodie", "jacket/coat", "black and white" and whole
loops survive raw). The adapter's habits show: In-shop class names ("tee/tank", "jacket/coat") for the garment
questions; short answers for short questions, mostly right; the open questions it never trained on (describe,
details, material) run on into loops, get cut at 30 tokens, or carry on into a new `Question: ... Answer:` turn.
Labeling conventions and judgement calls: judged against the imagined photo and the title. A neighbouring garment
class is accepted (a tracksuit's top answered "jacket", a zip hoodie answered "jacket/coat", a jersey answered
"tee/tank"); a class the product is not (a crew sweatshirt called a hoodie, shorts for a jersey, the tee a model wears
over track pants) is a contradiction. A hue-family color is accepted (olive -> green, maroon -> red, charcoal -> grey,
teal -> green, navy -> blue); a color that is not the product's (navy read as black, neon green read as yellow) is a
contradiction, and a color that belongs to another garment in the photo (the tee worn with shorts, the t-shirt under
an open jacket) is other_garment_color. On a two-colour striped jersey one of its two colours is accepted even where
the seller's baseColour is the other. Materials: a plausible fabric is accepted when nothing contradicts it; cotton
for a Dri-FIT title, denim or plastic for a knit garment is unsupported; invented parts (a hood, a back zip, a bottle
pocket) are unsupported. An answer that only names the class to a details question is a non_answer; an answer that
just turns the question into a sentence is restated. Loops and cut answers carry hit_limit=True; a leak that ran to
the limit too. A text with more than one fault gets the one that strikes first (a loop that also invents a detail is
a loop). "she"/"woman" for a man is pronoun, even where the feed leaves gender out. About a quarter of the texts are
wrong, fewer than the usual four in ten: the short closed questions are the ones this adapter was trained on and it
mostly gets them right; the failures gather in the open questions.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import case

BLIND_1223 = [
    # 001 Photo: model, front, white backdrop; navy running shorts with split hem and a small white swoosh on the
    # left leg, worn with a plain white crew tee and white shoes. All answers: VQA adapter.
    case(
        "X1223-001",
        Q.wearing("tee/tank and shorts"),
        Q.garment_type("shorts"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.description("a pair of navy blue running shorts"),
        Q.details(
            "the shorts have a white logo on the left leg and a white logo on the right leg and a white logo on "
            "the left leg and a white logo on the",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Nike Men Navy Blue Dri-FIT Running Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
    # 002 Photo: model, full length, grey backdrop; black tracksuit, jacket zipped to mid-chest over a white tee,
    # white piping down the sleeves and the pant legs, white sneakers. All answers: VQA adapter.
    case(
        "X1223-002",
        Q.wearing("jacket/coat and pants"),
        Q.garment_type("jacket/coat"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a man wearing a black track suit"),
        Q.details(
            "the jacket has a zipper on the front and two pockets on the side. the pants have a white stripe on "
            "the side and a drawstring at the",
            "cut",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="Puma Men Black Track Suit",
        category="Tracksuits",
        color="Black",
    ),
    # 003 Photo: model (a man), white backdrop; grey melange pullover hoodie (no zip), black adidas logo printed on
    # the chest, kangaroo pocket, drawcords; black track pants. All answers: VQA adapter.
    case(
        "X1223-003",
        Q.wearing("she is wearing a grey hoodie", "pronoun"),
        Q.garment_type("hoodie"),
        Q.color("grey"),
        Q.pattern("graphic"),
        Q.description("a grey hoodie with a black adidas logo on the chest"),
        Q.details(
            "the hoodie has a hood with a drawstring, a kangaroo pocket, and a zipper on the front", "unsupported"
        ),
        Q.material("cotton"),
        gender="Men",
        title="Adidas Men Grey Melange Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # 004 Photo: flat lay on white; red short-sleeve football jersey, white collar trim, club crest, white sponsor
    # print across the chest. All answers: VQA adapter.
    case(
        "X1223-004",
        Q.wearing("a red shirt with a white collar"),
        Q.garment_type("jersey"),
        Q.color("red"),
        Q.pattern(
            "red red red red red red red red red red red red red red red red red red red red red red red red red "
            "red red red red red",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("short"),
        Q.description("a red football jersey with a white collar and a white logo"),
        Q.material("polyester"),
        gender="Men",
        title="Nike Men Red Manchester United Home Jersey",
        category="Jerseys",
        color="Red",
    ),
    # 005 Photo: model, white backdrop; royal blue track pants with a white side stripe and zipped ankle cuffs, shiny
    # tricot; worn with a grey melange crew tee. All answers: VQA adapter.
    case(
        "X1223-005",
        Q.wearing("a grey t-shirt and blue pants"),
        Q.garment_type("tee/tank", "contradiction"),
        Q.color("grey", "other_garment_color"),
        Q.pattern("solid"),
        Q.description("blue track pants with a white stripe down the side"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Reebok Men Blue Track Pants",
        category="Track Pants",
        color="Blue",
    ),
    # 006 Photo: model, front; white football jersey, v-neck with black trim, crest and sponsor print; black track
    # pants. All answers: VQA adapter.
    case(
        "X1223-006",
        Q.wearing("tee/tank and pants"),
        Q.garment_type("tee/tank"),
        Q.color("white"),
        Q.sleeve_length("short"),
        Q.details(
            "v-neck Question: What is the color of the shirt? Answer: white Question: What is the color of the "
            "pants? Answer: black",
            "leak",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="Adidas Men White Real Madrid Home Jersey",
        category="Jerseys",
        color="White",
    ),
    # 007 Photo: model (a man), white backdrop; black crew-neck running tee with a small grey logo on the chest, grey
    # shorts. All answers: VQA adapter.
    case(
        "X1223-007",
        Q.wearing("she is wearing a black t-shirt and grey shorts", "pronoun"),
        Q.garment_type("t-shirt"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a black t-shirt with a logo on the chest"),
        Q.details(
            "the t-shirt has a crew neck and short sleeves and a logo on the chest and a logo on the back",
            "unsupported",
        ),
        Q.material("polyester"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Running T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # 008 Photo: model; olive full-zip hoodie worn open over a black tee, black joggers. All answers: VQA adapter.
    case(
        "X1223-008",
        Q.wearing("jacket/coat"),
        Q.garment_type("jacket"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a green hooded sweatshirt with a zipper"),
        Q.details("details of the garment", "non_answer"),
        Q.material("cotton"),
        gender="Men",
        title="Puma Men Olive Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Olive",
    ),
    # 009 Photo: model, grey backdrop; charcoal tracksuit, black panels over the shoulders (color block), matching
    # charcoal pants, jacket zipped to the chest. All answers: VQA adapter.
    case(
        "X1223-009",
        Q.wearing(
            "jacket/coat, pants, jacket/coat, pants, jacket/coat, pants, jacket/coat, pants, jacket/coat, pants, "
            "jacket",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("tracksuit"),
        Q.color("grey"),
        Q.pattern("color block"),
        Q.sleeve_length("long"),
        Q.description("a grey track suit with black sleeves and black pants", "contradiction"),
        Q.material("polyester"),
        gender="Men",
        title="Nike Men Charcoal Tracksuit",
        category="Tracksuits",
        color="Charcoal",
    ),
    # 010 Photo: model, slight side angle; neon green woven running shorts (shiny, light), black waistband; black tee.
    # All answers: VQA adapter.
    case(
        "X1223-010",
        Q.wearing("a black t-shirt and green shorts"),
        Q.garment_type("shorts"),
        Q.color("yellow", "contradiction"),
        Q.pattern("solid"),
        Q.description("the garment is a pair of shorts that the person is wearing", "restated"),
        Q.details("the shorts have a black waistband and a black logo on the left leg"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="ASICS Men Fluorescent Green Running Shorts",
        category="Shorts",
        color="Fluorescent Green",
    ),
    # 011 Photo: model; navy knit track jacket with a stand collar (no hood), white zip, white stripes down the
    # sleeves, over a white tee, with blue jeans. All answers: VQA adapter.
    case(
        "X1223-011",
        Q.wearing("jacket/coat and denim"),
        Q.garment_type("jacket"),
        Q.color("blue"),
        Q.pattern("striped"),
        Q.sleeve_length("long"),
        Q.description(
            "a navy blue track jacket with white stripes on the sleeves and a white zipper on the front. the jacket "
            "is worn over a white t-shirt and a pair of",
            "cut",
            hit_limit=True,
        ),
        Q.details("the jacket has a zipper on the front, two pockets on the side, and a hood", "unsupported"),
        Q.material("denim", "unsupported"),
        gender="Men",
        title="Proline Men Navy Blue Track Jacket",
        category="Jackets",
        color="Navy Blue",
    ),
    # 012 Photo: model; maroon pullover hoodie, white FILA logo on the chest, grey joggers. All answers: VQA adapter.
    case(
        "X1223-012",
        Q.wearing("sweatshirt/hoodie and pants"),
        Q.garment_type("sweatshirt/hoodie"),
        Q.color("red"),
        Q.pattern("solid"),
        Q.description(
            "a maroon hoodie with a white logo on the chest Question: What is the color of the hoodie? Answer: maroon",
            "leak",
        ),
        Q.material("fleece"),
        gender="Men",
        title="FILA Men Maroon Hooded Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
    ),
    # 013 Photo: model; shiny yellow polyester away jersey, navy collar and navy side panels, navy shorts. All
    # answers: VQA adapter.
    case(
        "X1223-013",
        Q.wearing("tee/tank and shorts"),
        Q.garment_type("shorts", "contradiction"),
        Q.color("yellow"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a yellow and blue jersey"),
        Q.details(
            "the jersey has a blue collar and blue stripes on the sides. the jersey has a blue collar and blue "
            "stripes on the sides. the jersey has a blue",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Puma Men Yellow Arsenal Away Jersey",
        category="Jerseys",
        color="Yellow",
    ),
    # 014 Photo: back view; black tapered track pants, three white stripes down the sides, zips at the ankles; white
    # tee. All answers: VQA adapter.
    case(
        "X1223-014",
        Q.wearing("tee/tank and pants"),
        Q.garment_type("pants"),
        Q.color("black"),
        Q.pattern("striped"),
        Q.description("black pants with white stripes on the side"),
        Q.details("the pants have a zipper on the back", "unsupported"),
        Q.material("polyester"),
        gender="Men",
        title="Adidas Men Black Tiro Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # 015 Photo: model; light grey heather pullover hoodie with a black swoosh on the chest only; black shorts. All
    # answers: VQA adapter.
    case(
        "X1223-015",
        Q.wearing("a hoodie and shorts"),
        Q.garment_type("hoodie"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description(
            "a grey hoodie with a black nike logo on the chest and a black nike logo on the sleeve and a black "
            "nike logo on the back and a black nike",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        title="Nike Men Grey Melange Pullover Hoodie",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # 016 Photo: model; tight black long-sleeve compression top, small grey logo on the chest; black shorts. All
    # answers: VQA adapter.
    case(
        "X1223-016",
        Q.wearing("tee/tank and shorts"),
        Q.garment_type("t-shirt"),
        Q.color("black"),
        Q.sleeve_length("short", "contradiction"),
        Q.description("a black long sleeve shirt"),
        Q.details("the shirt is tight fitting and has a logo on the chest"),
        Q.material("spandex"),
        gender="Men",
        title="Under Armour Men Black HeatGear Compression T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # 017 Photo: model; blue collared cricket ODI jersey, orange and green accents on the shoulders, "INDIA" in orange
    # on the chest; white cricket trousers. All answers: VQA adapter.
    case(
        "X1223-017",
        Q.wearing("tee/tank and pants"),
        Q.garment_type("polo shirt"),
        Q.color("blue"),
        Q.pattern("graphic"),
        Q.sleeve_length("short"),
        Q.description(
            "a blue shirt with orange and green stripes on the shoulders and the word india written on the front"
        ),
        Q.material(
            "polyester Question: What is the color of the shirt? Answer: blue Question: What is the color of the "
            "pants? Answer: white",
            "leak",
        ),
        gender="Men",
        title="Adidas Men Blue India ODI Cricket Jersey",
        category="Jerseys",
        color="Blue",
    ),
    # 018 Photo: model; grey running shorts with black side panels, front view only; white sleeveless tank top. Feed
    # row without gender. All answers: VQA adapter.
    case(
        "X1223-018",
        Q.wearing("tee/tank and shorts"),
        Q.garment_type("tee/tank", "contradiction"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.description("grey shorts"),
        Q.details("the shorts have a drawstring waist and a zip pocket on the back", "unsupported"),
        Q.material("polyester"),
        title="Reebok Men Grey Running Shorts",
        category="Shorts",
        color="Grey",
    ),
    # 019 Photo: model holding a football; navy tracksuit, white stripes down the sleeves and the pant legs, white
    # sneakers. All answers: VQA adapter.
    case(
        "X1223-019",
        Q.wearing("jacket/coat and pants"),
        Q.garment_type("tracksuit"),
        Q.color("navy"),
        Q.pattern("striped"),
        Q.sleeve_length("long"),
        Q.description("a navy blue track suit with white stripes on the sleeves"),
        Q.details(
            "the jacket has a white stripe on the sleeves and a white stripe on the pants. the jacket has a white "
            "stripe on the sleeves and a white stripe on the",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester Question: What is the color of the pants? Answer: navy blue", "leak"),
        gender="Men",
        title="Puma Men Navy Blue Tracksuit",
        category="Tracksuits",
        color="Navy Blue",
    ),
    # 020 Photo: model; teal pullover hoodie with white drawcords, black joggers. All answers: VQA adapter.
    case(
        "X1223-020",
        Q.wearing("sweatshirt/hoodie"),
        Q.garment_type(
            "sweatshirt/hoodie, sweatshirt/hoodie, sweatshirt/hoodie, sweatshirt/hoodie, sweatshirt/hoodie, sweatshirt",
            "loop",
            hit_limit=True,
        ),
        Q.color("green"),
        Q.pattern("solid"),
        Q.description("a person wearing a teal hoodie and black pants"),
        Q.details("the details of the garment are shown in the picture", "non_answer"),
        Q.material("cotton"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Teal Hooded Sweatshirt",
        category="Sweatshirts",
        color="Teal",
    ),
    # 021 Photo: model; white Dri-FIT polo, collar and two-button placket, small black swoosh on the left chest,
    # untucked over navy chinos. All answers: VQA adapter.
    case(
        "X1223-021",
        Q.wearing("polo shirt and pants"),
        Q.garment_type("polo shirt"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description(
            "a white polo shirt with a collar and two buttons on the front and a small black nike logo on the left "
            "chest. the shirt is worn with a pair of navy",
            "cut",
            hit_limit=True,
        ),
        Q.details("the shirt has a collar and buttons on the front"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Nike Men White Dri-FIT Polo T-shirt",
        category="Tshirts",
        color="White",
    ),
    # 022 Photo: model; red track jacket zipped up, black-and-white logo tape down the sleeves, black track pants.
    # All answers: VQA adapter.
    case(
        "X1223-022",
        Q.wearing("jacket/coat"),
        Q.garment_type("jacket"),
        Q.color("red"),
        Q.pattern("striped"),
        Q.sleeve_length("long"),
        Q.description("a red jacket with black stripes on the sleeves"),
        Q.details(
            "the jacket has a zipper and a collar. the sleeves are black and white. the jacket has a zipper and a "
            "collar. the sleeves are black and white.",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Kappa Men Red Track Jacket",
        category="Jackets",
        color="Red",
    ),
    # 023 Photo: model, side view; black football shorts with three white stripes down the sides; white tee, boots.
    # All answers: VQA adapter.
    case(
        "X1223-023",
        Q.wearing("tee/tank and shorts Question: What is the color of the shorts? Answer: black", "leak"),
        Q.garment_type("shorts"),
        Q.color("white", "other_garment_color"),
        Q.pattern("striped"),
        Q.description("a pair of black shorts with white stripes"),
        Q.details(
            "the shorts are black with white stripes on the sides and a black waistband with a white logo on the "
            "front and a white",
            "cut",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="Adidas Men Black Football Shorts",
        category="Shorts",
        color="Black",
    ),
    # 024 Photo: model; royal blue home jersey, white collar, crest, sponsor print; white shorts. All answers: VQA
    # adapter.
    case(
        "X1223-024",
        Q.wearing("he is wearing a blue and white jersey"),
        Q.garment_type("jersey"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length(
            "short short short short short short short short short short short short short short short short short "
            "short short short short short short short short short short short short short",
            "loop",
            hit_limit=True,
        ),
        Q.description(
            "a blue jersey with a white collar. the jersey has a white collar and a blue body. the jersey has a "
            "white collar and a blue body. the",
            "loop",
            hit_limit=True,
        ),
        Q.details("it has a white collar and a logo on the chest"),
        gender="Men",
        title="Adidas Men Blue Chelsea Home Jersey",
        category="Jerseys",
        color="Blue",
    ),
    # 025 Photo: model; grey melange joggers with ribbed ankle cuffs and a drawcord, front view; black crew tee. All
    # answers: VQA adapter.
    case(
        "X1223-025",
        Q.wearing("a grey t-shirt and grey pants", "contradiction"),
        Q.garment_type("pants"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.description("grey sweatpants with a drawstring"),
        Q.details(
            "the pants have an elastic waistband with a drawstring and ribbed cuffs at the ankles. the pants have "
            "two side pockets and a back pocket with a",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        title="Jockey Men Grey Melange Track Pants",
        category="Track Pants",
        color="Grey Melange",
    ),
    # 026 Photo: model; black pullover hoodie with a large white Puma cat print on the chest, blue jeans. All answers:
    # VQA adapter.
    case(
        "X1223-026",
        Q.wearing("sweatshirt/hoodie and denim"),
        Q.garment_type("hoodie"),
        Q.color("black and white"),
        Q.pattern("graphic"),
        Q.description("a black hoodie with a white puma logo on the front"),
        Q.details(
            "the hoodie has a large white logo on the front and a hood with a drawstring. the sleeves are long and "
            "the cuffs are ribbed. the",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        title="Puma Men Black Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
    ),
    # 027 Photo: model (a man); orange running tee with a reflective swoosh, black running tights, black-and-white
    # shoes. All answers: VQA adapter.
    case(
        "X1223-027",
        Q.wearing("she is wearing an orange shirt and black leggings", "pronoun"),
        Q.garment_type("t-shirt"),
        Q.color("orange"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description(
            "an orange t-shirt with a reflective nike logo Question: Describe the shoes. Answer: black and white "
            "nike running shoes",
            "leak",
            hit_limit=True,
        ),
        Q.details("the shirt has a reflective logo on the chest"),
        Q.material("polyester"),
        gender="Men",
        title="Nike Men Orange Running T-shirt",
        category="Tshirts",
        color="Orange",
    ),
    # 028 Photo: model; navy crew-neck sweatshirt (no hood, no pocket), three white stripes down the sleeves; grey
    # track pants. All answers: VQA adapter.
    case(
        "X1223-028",
        Q.wearing("sweatshirt/hoodie and pants"),
        Q.garment_type("hoodie", "contradiction"),
        Q.color("blue"),
        Q.pattern("striped"),
        Q.sleeve_length("long"),
        Q.description("the sweatshirt is a sweatshirt", "restated"),
        Q.details("the sweatshirt has a hood and a kangaroo pocket", "unsupported"),
        gender="Men",
        title="Adidas Men Navy Blue Essentials 3-Stripes Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
    ),
    # 029 Photo: model; blue and garnet vertical-striped home jersey, yellow crest; navy shorts. All answers: VQA
    # adapter.
    case(
        "X1223-029",
        Q.wearing("tee/tank and shorts"),
        Q.garment_type("tee/tank"),
        Q.color("red"),
        Q.pattern("striped"),
        Q.description("a red and blue striped shirt"),
        Q.details("the shirt has red and blue stripes Question: Is this a tee? Answer: yes", "leak"),
        Q.material("polyester"),
        gender="Men",
        title="Nike Men Barcelona Home Jersey",
        category="Jerseys",
        color="Blue",
    ),
    # 030 Photo: model, grey backdrop; black tracksuit with red side panels on the jacket, black pants, a red tee
    # showing at the open collar. All answers: VQA adapter.
    case(
        "X1223-030",
        Q.wearing("jacket/coat and pants"),
        Q.garment_type("jacket"),
        Q.color("red", "other_garment_color"),
        Q.pattern("color block"),
        Q.description("a black jacket with a red stripe on the side and black pants"),
        Q.details("jacket/coat", "non_answer"),
        Q.material("polyester"),
        gender="Men",
        title="Reebok Men Black Tracksuit",
        category="Tracksuits",
        color="Black",
    ),
    # 031 Photo: model (a man); black full-length running tights, reflective logo at the ankle; royal blue tee. All
    # answers: VQA adapter.
    case(
        "X1223-031",
        Q.wearing("she is wearing leggings and a blue top", "pronoun"),
        Q.garment_type("leggings"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("solid"),
        Q.description("a pair of black leggings"),
        Q.details("leggings", "non_answer"),
        Q.material("spandex"),
        gender="Men",
        title="ASICS Men Black Running Tights",
        category="Tights",
        color="Black",
    ),
    # 032 Photo: flat lay on white; grey full-zip track jacket, black zip, stand collar, two zip side pockets. All
    # answers: VQA adapter.
    case(
        "X1223-032",
        Q.wearing("jacket/coat"),
        Q.garment_type("jacket"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a grey jacket with a black zipper"),
        Q.details(
            "the jacket has a zipper on the front and two pockets on the front. the jacket has a zipper on the "
            "front and two pockets on the front. the",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="Nike Men Grey Track Jacket",
        category="Jackets",
        color="Grey",
    ),
    # 033 Photo: model; white running shorts with a black logo, black tee. All answers: VQA adapter.
    case(
        "X1223-033",
        Q.wearing("black shirt and white shorts"),
        Q.garment_type("shorts"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.description("the garment is a garment worn by the person in the picture", "restated"),
        Q.details("shorts", "non_answer"),
        Q.material("nylon"),
        gender="Men",
        title="Puma Men White Running Shorts",
        category="Shorts",
        color="White",
    ),
    # 034 Photo: back view; black zip hoodie, hood down, large white HRX print across the back; grey joggers. All
    # answers: VQA adapter.
    case(
        "X1223-034",
        Q.wearing("sweatshirt/hoodie"),
        Q.garment_type("hoodie"),
        Q.color("black"),
        Q.pattern("graphic"),
        Q.description("a black hoodie with white writing on the back"),
        Q.details("the hoodie has a zipper on the front"),
        Q.material("cotton"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Zip Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
    ),
    # 035 Photo: model; red tracksuit, three white stripes on the sleeves and legs, jacket half open over a white tee.
    # All answers: VQA adapter.
    case(
        "X1223-035",
        Q.wearing("a red and white track suit"),
        Q.garment_type("tracksuit"),
        Q.color("white", "other_garment_color"),
        Q.pattern("striped"),
        Q.sleeve_length("long"),
        Q.description(
            "a man wearing a red track suit with white stripes Question: What is the man wearing? Answer: a red "
            "track suit with white stripes Question",
            "leak",
            hit_limit=True,
        ),
        Q.material(
            "polyester, polyester, polyester, polyester, polyester, polyester, polyester, polyester, polyester, "
            "polyester",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Adidas Men Red Tracksuit",
        category="Tracksuits",
        color="Red",
    ),
    # 036 Photo: model; black-and-white vertical-striped home jersey, black shorts. Feed row without base colour and
    # gender. All answers: VQA adapter.
    case(
        "X1223-036",
        Q.wearing("tee/tank and shorts"),
        Q.garment_type("tee/tank"),
        Q.color("black"),
        Q.pattern("striped"),
        Q.sleeve_length("short"),
        Q.description("a black and white striped shirt"),
        Q.details(
            "black and white black and white black and white black and white black and white black and white black "
            "and white black and white black and white black and",
            "loop",
            hit_limit=True,
        ),
        title="Adidas Men Juventus Home Jersey",
        category="Jerseys",
    ),
    # 037 Photo: model holding a clear water bottle; blue running shorts (no bottle pocket), white singlet. All
    # answers: VQA adapter.
    case(
        "X1223-037",
        Q.wearing("a white tank top and blue shorts"),
        Q.garment_type("shorts"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.description("a pair of blue shorts and a water bottle"),
        Q.details("the shorts have a pocket for a water bottle", "unsupported"),
        Q.material("plastic", "unsupported"),
        gender="Men",
        title="Puma Men Blue Running Shorts",
        category="Shorts",
        color="Blue",
    ),
    # 038 Photo: back view; grey track pants with a white side stripe, a back pocket with a small logo; white tee.
    # All answers: VQA adapter.
    case(
        "X1223-038",
        Q.wearing("tee/tank and pants"),
        Q.garment_type("pants"),
        Q.color(
            "grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey "
            "grey grey grey grey grey grey grey grey grey grey",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        Q.description("tee/tank", "contradiction"),
        Q.details("there is a pocket on the back"),
        gender="Men",
        title="FILA Men Grey Track Pants",
        category="Track Pants",
        color="Grey",
    ),
    # 039 Photo: model; navy (clearly blue in the shot) pullover hoodie with a white linear adidas logo, hood down;
    # black track pants. All answers: VQA adapter.
    case(
        "X1223-039",
        Q.wearing("a blue sweatshirt"),
        Q.garment_type("sweatshirt/hoodie"),
        Q.color("black", "contradiction"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description(
            "the person is wearing a blue sweatshirt with a white logo on the front. the person is wearing a blue "
            "sweatshirt with a white logo on the front. the",
            "loop",
            hit_limit=True,
        ),
        Q.details("sweatshirt/hoodie", "non_answer"),
        gender="Men",
        title="Adidas Men Navy Blue Hooded Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
    ),
    # 040 Photo: model; fluorescent green (volt) Dri-FIT running tee, round neck, black swoosh; black shorts. All
    # answers: VQA adapter.
    case(
        "X1223-040",
        Q.wearing("tee/tank Question: Is this a tee? Answer: yes", "leak"),
        Q.garment_type("t-shirt"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a neon green t-shirt with a black nike logo"),
        Q.details(
            "the t-shirt has a round neck and short sleeves and a small nike logo on the chest. the fabric is "
            "breathable and has small holes for ventilation and a",
            "cut",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="Nike Men Fluorescent Green Dri-FIT Running T-shirt",
        category="Tshirts",
        color="Fluorescent Green",
    ),
    # 041 Photo: model; plain maroon track jacket worn open over a white tee, black track pants. All answers: VQA
    # adapter.
    case(
        "X1223-041",
        Q.wearing("jacket/coat"),
        Q.garment_type("jacket"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a maroon jacket over a white t-shirt"),
        Q.details(
            "the jacket has a zip and two pockets Question: What is the color of the jacket? Answer: maroon", "leak"
        ),
        gender="Men",
        title="Puma Men Maroon Track Jacket",
        category="Jackets",
        color="Maroon",
    ),
    # 042 Photo: model (a man); navy tracksuit with neon green piping on the sleeves and pant legs. Feed row without
    # gender. All answers: VQA adapter.
    case(
        "X1223-042",
        Q.wearing("jacket/coat and pants"),
        Q.garment_type("jacket"),
        Q.color("navy"),
        Q.pattern("solid"),
        Q.description("a woman wearing a navy blue track suit", "pronoun"),
        Q.details(
            "the jacket has a green stripe on the sleeves and the pants have a green stripe on the sides. the "
            "jacket has a green stripe on the sleeves and",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        title="Reebok Men Navy Blue Track Suit",
        category="Tracksuits",
        color="Navy Blue",
    ),
    # 043 Photo: model; red sleeveless basketball jersey (tank), white number 23 on the front; black shorts. All
    # answers: VQA adapter.
    case(
        "X1223-043",
        Q.wearing("tee/tank and shorts"),
        Q.garment_type("tank top"),
        Q.color("red"),
        Q.pattern("graphic"),
        Q.sleeve_length("short", "contradiction"),
        Q.description("a red basketball jersey with the number 23 on it"),
        Q.details(
            "the jersey has the number 23 on the front and the number 23 on the back and the number 23 on the front "
            "and the number 23 on the",
            "loop",
            hit_limit=True,
        ),
        Q.material("mesh"),
        gender="Men",
        title="Nike Men Red Basketball Jersey",
        category="Jerseys",
        color="Red",
    ),
    # 044 Photo: model; black running shorts with a drawcord and a small reflective logo on the left leg; grey tee.
    # Feed row without category. All answers: VQA adapter.
    case(
        "X1223-044",
        Q.wearing("tee/tank and shorts"),
        Q.garment_type("shorts"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.description("the garment is a pair of black shorts"),
        Q.details(
            "the shorts have a drawstring at the waist and a small logo on the left leg. the shorts have a "
            "drawstring at the waist and a small logo on the left",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="Adidas Men Black Running Shorts",
        color="Black",
    ),
    # 045 Photo: model, hood up; charcoal pullover hoodie with a white Puma logo on the chest, kangaroo pocket; black
    # joggers. All answers: VQA adapter.
    case(
        "X1223-045",
        Q.wearing("a grey hoodie and black pants"),
        Q.garment_type("hoodie"),
        Q.color("grey"),
        Q.pattern("the pattern of the garment is a pattern of the garment", "restated"),
        Q.sleeve_length("long"),
        Q.description(
            "a grey hooded sweatshirt with a white puma logo on the chest and a kangaroo pocket on the front. the "
            "hood is up and the drawstrings are",
            "cut",
            hit_limit=True,
        ),
        Q.material("wool", "unsupported"),
        gender="Men",
        title="Puma Men Charcoal Hooded Sweatshirt",
        category="Sweatshirts",
        color="Charcoal",
    ),
]
