"""BLIND_1607 (45 products; Myntra men's sportswear, VQA adapter): written blind in the sixty-sixth session. Measured
blind at 5d4d43a (the session's fifth rules): 77/85 failures found (90.6%) and 24/253 correct texts flagged (9.5%).
The writer's notes, verbatim:

Scenario: a Myntra men's sportswear feed (track suits, track pants, jerseys, running shorts, hoodies, sweatshirts,
training tees, jackets), the catalog's usual shots: a model on a plain white or light grey backdrop wearing the product
with other clothes (a tee under a jacket, shorts or track pants under a top), now and then a flat lay, a back view or a
prop (basketball, dumbbell, kettlebell). The job ran enrich's default questionnaire (no caption step) with the VQA
adapter: wearing, garment type, color, pattern, sleeve length (asked for tops and track suits only), describe, details,
material; a few products lack one or two answers where the run dropped them. Columns as Myntra has them: title, category
(article type: Tshirts, Track Pants, Shorts, Sweatshirts, Jackets, Tracksuits, Tights), color (base colour), gender
(Men); one or the other is missing on a few rows.
Who wrote what: every text is the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA on Salesforce/blip2-opt-2.7b), greedy, 30
new tokens per answer, `Question: ... Answer:` prompts. Closed answers (garment type, color, pattern, sleeve length) are
the questionnaire's label where the generation matched one, and the raw generation otherwise ("tee/tank",
"sweatshirt/hoodie", "jacket/coat" from the adapter's In-shop training classes, "light blue", loops). Open answers are
the raw generation. The adapter never learned to stop, so the long open answers (describe, details, material) loop or
run to the limit far more often than the short trained ones (wearing, color).
Labeling conventions and judgement calls: a color counts as right when it names the hue family the photo shows (maroon
as red, teal as blue or green, charcoal or grey melange as grey), but navy answered "black" is wrong: the photos I
imagined show a plainly navy garment. A color that belongs to the other clothes in the shot (the tee under the jacket,
the shirt above the shorts) is other_garment_color. The adapter's In-shop class names ("tee/tank" for a jersey or a
tank, "jacket/coat" for a track jacket or a track suit shown with its jacket on top, "sweatshirt/hoodie") are right
answers kept raw; "sweater" for a fleece sweatshirt and "leggings" for track pants are contradictions. A flat lay
answered with the garment's name to "What is the person wearing?" is right. Minimal but true answers ("zip", "the shorts
are black") are right; answers that only give the question back ("the shorts are short", "the details of the garment")
are non_answer or restated; a color or garment class given to the pattern or details question, "yes" to the type
question and an answer about the prop or the pose instead of the garment are non_answer. Material is right when it is
what such a garment is made of and the title does not say otherwise, unsupported when it is not (cotton for a Dri-FIT or
woven running piece, wool, leather). Things the photo cannot show (the back of a garment seen from the front, a hood on
a collared jacket) are unsupported. Each wrong text carries one label, the most visible: a loop that also invents is a
loop, an answer cut at the limit is cut. An empty answer that spent its 30 tokens on padding is a non_answer that hit
the limit. A wearing answer that gives one color to both garments ("a teal shirt and teal pants" over a black tee) is a
contradiction. About a quarter of the texts are wrong, not four in ten: the closed answers mostly mapped to a right
label, the open ones are where the adapter fails.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import case

BLIND_1607 = [
    # Photo: model in a black crew-neck tee with a small white swoosh on the chest, grey running shorts, white backdrop.
    # All texts: VQA adapter; closed answers mapped.
    case(
        "X1607-001",
        Q.wearing("a black tee and grey shorts"),
        Q.garment_type("t-shirt"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a black tee with a white nike logo on the chest"),
        Q.details(
            "the shirt has a white nike logo on the chest and the shirt has a white nike logo on the chest and the"
            " shirt has a",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Nike Men Black Dri-FIT Running T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: model in navy track pants with three white stripes down each side, a white tee and white sneakers.
    # All texts: VQA adapter; closed answers mapped.
    case(
        "X1607-002",
        Q.wearing("a white tee and navy pants"),
        Q.garment_type("pants"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.description("the pants are navy with white stripes on the side"),
        Q.details(
            "the pants have a white stripe on the side and a white stripe on the side and a white stripe on the side"
            " and a white stripe on the",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="ADIDAS Men Navy Blue Tiro Track Pants",
        category="Track Pants",
        color="Navy Blue",
    ),
    # Photo: model in a grey melange pullover hoodie with a large black PUMA print on the chest, black joggers.
    # All texts: VQA adapter; "sweatshirt/hoodie" is the raw generation, the other closed answers mapped.
    case(
        "X1607-003",
        Q.wearing("sweatshirt/hoodie"),
        Q.garment_type("hoodie"),
        Q.color("grey"),
        Q.pattern("graphic"),
        Q.sleeve_length("long"),
        Q.description("she is wearing a grey hoodie with a black puma logo on the front", "pronoun"),
        Q.details(
            "the hoodie has a kangaroo pocket and a drawstring hood and a kangaroo pocket and a drawstring hood and a"
            " kangaroo pocket and a drawstring",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        title="Puma Men Grey Melange Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # Photo: model in black running shorts with a small reflective logo, a fluorescent green tee on top.
    # All texts: VQA adapter; closed answers mapped.
    case(
        "X1607-004",
        Q.wearing("a green tee and black shorts"),
        Q.garment_type("shorts"),
        Q.color("green", "other_garment_color"),
        Q.pattern("solid"),
        Q.description("the shorts are black"),
        Q.details("the shorts are short", "non_answer"),
        Q.material("polyester"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Rapid-Dry Running Shorts",
        category="Shorts",
        color="Black",
    ),
    # Photo: model in the red club jersey (white ribbed crew collar, sponsor print, crest and three-stripe logo on
    # the chest) with white shorts. All texts: VQA adapter; "tee/tank" raw, other closed answers mapped.
    case(
        "X1607-005",
        Q.wearing("a red soccer jersey"),
        Q.garment_type("tee/tank"),
        Q.color("red"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description(
            "a red manchester united jersey with the adidas logo on the chest and the manchester united logo on the"
            " chest and the adidas logo on",
            "loop",
            hit_limit=True,
        ),
        Q.details("the jersey has a v-neck collar", "unsupported"),
        Q.material("polyester"),
        gender="Men",
        title="ADIDAS Men Red Manchester United Home Jersey",
        category="Tshirts",
        color="Red",
    ),
    # Photo: model in an olive sleeveless training tank with a small black logo on the chest, black shorts; front
    # view only. All texts: VQA adapter; closed answers mapped.
    case(
        "X1607-006",
        Q.wearing("tee/tank and shorts"),
        Q.garment_type("tank top"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("short", "contradiction"),
        Q.description(
            "a green tank top with a black reebok logo on the chest and the word reebok on the back", "unsupported"
        ),
        Q.material("cotton"),
        gender="Men",
        title="Reebok Men Olive Green Solid Training Tank Top",
        category="Tshirts",
        color="Olive",
    ),
    # Photo: model in a black track suit, jacket zipped halfway over a white tee, three white stripes on the sleeves
    # and down the legs. All texts: VQA adapter; "jacket/coat" raw, other closed answers mapped.
    case(
        "X1607-007",
        Q.wearing("a black and white track suit"),
        Q.garment_type("jacket/coat"),
        Q.color("black"),
        Q.pattern("striped"),
        Q.sleeve_length("long"),
        Q.description(
            "the jacket is black with three white stripes on the sleeves and the pants are black with three white"
            " stripes on the legs and the jacket has a",
            "cut",
            hit_limit=True,
        ),
        Q.details("zip front, stand collar, two side pockets"),
        Q.material("polyester"),
        gender="Men",
        title="ADIDAS Men Black Essentials 3-Stripes Tracksuit",
        category="Tracksuits",
        color="Black",
    ),
    # Photo: model in charcoal fleece joggers with cuffed ankles and a white swoosh on the thigh, a black hoodie on
    # top. All texts: VQA adapter; closed answers mapped.
    case(
        "X1607-008",
        Q.wearing("black hoodie and grey pants"),
        Q.garment_type("pants"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.description("Question: Describe the garment. Answer: grey pants with a white nike logo", "leak"),
        Q.details("elastic cuffs at the ankle and a drawstring waist"),
        Q.material("fleece"),
        gender="Men",
        title="Nike Men Charcoal Grey Club Fleece Joggers",
        category="Track Pants",
        color="Charcoal",
    ),
    # Photo: model in a light blue running jacket with black side panels and black sleeves, stand collar, no hood,
    # black shorts. All texts: VQA adapter; closed answers mapped.
    case(
        "X1607-009",
        Q.wearing("a blue jacket and black shorts"),
        Q.garment_type("jacket"),
        Q.color("blue"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("long"),
        Q.description("a blue and black jacket with a zipper"),
        Q.details("the jacket has a hood", "unsupported"),
        Q.material("nylon"),
        gender="Men",
        title="Puma Men Blue & Black Colourblocked Running Jacket",
        category="Jackets",
        color="Blue",
    ),
    # Photo: model in a white sports polo (three-button placket, flat-knit collar), navy shorts.
    # All texts: VQA adapter; closed answers mapped.
    case(
        "X1607-010",
        Q.wearing("a white polo shirt and blue shorts"),
        Q.garment_type("polo shirt"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description(
            "white polo shirt with a collar and buttons and a collar and buttons and a collar and buttons and a collar"
            " and buttons and a collar and",
            "loop",
            hit_limit=True,
        ),
        Q.details("the details of the garment", "restated"),
        Q.material(
            "the garment is made of a blend of polyester and cotton with a small percentage of spandex for stretch and"
            " a mesh lining in the",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="FILA Men White Solid Sports Polo T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: flat lay of a black hooded windcheater on white, hood spread out, small reflective logo on the chest.
    # All texts: VQA adapter; "jacket/coat" raw, other closed answers mapped.
    case(
        "X1607-011",
        Q.wearing("jacket/coat"),
        Q.garment_type("jacket/coat"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a black jacket with a hood"),
        Q.details(
            "the jacket has a zip front and a hood and a zip front and a hood and a zip front and a hood and a zip"
            " front and",
            "loop",
            hit_limit=True,
        ),
        Q.material("leather", "unsupported"),
        gender="Men",
        title="Wildcraft Men Black Hooded Windcheater",
        category="Jackets",
        color="Black",
    ),
    # Photo: model in the blue cricket jersey with orange shoulder panels and INDIA across the chest, white
    # trousers. All texts: VQA adapter; closed answers mapped.
    case(
        "X1607-012",
        Q.wearing(
            "a blue jersey and white pants and a blue jersey and white pants and a blue jersey and white pants and a"
            " blue jersey",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("blue"),
        Q.pattern("graphic"),
        Q.sleeve_length("short"),
        Q.description("blue and orange cricket jersey with the word india on the front"),
        Q.details(
            "the jersey has the word india on the front and the word india on the front and the word india on the"
            " front and the word",
            "loop",
            hit_limit=True,
        ),
        Q.material("100% cotton", "unsupported"),
        gender="Men",
        title="Nike Men Blue India ODI Cricket Jersey",
        category="Tshirts",
        color="Blue",
    ),
    # Photo: back view of a model in black slim track pants with a zip back pocket and a small white logo above it,
    # a white tee. All texts: VQA adapter; closed answers mapped.
    case(
        "X1607-013",
        Q.wearing("a white shirt and black pants"),
        Q.garment_type("pants"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.description(
            "a pair of black track pants with a white puma logo on the back pocket and a white puma logo on the back"
            " pocket and a",
            "loop",
            hit_limit=True,
        ),
        Q.details("zip pocket"),
        Q.material("polyester"),
        gender="Men",
        title="Puma Men Black Solid Slim Fit Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Photo: model in a red running tee with a reflective logo on the chest, black tights. All texts: VQA adapter;
    # closed answers mapped, "yes" kept raw.
    case(
        "X1607-014",
        Q.wearing("a red tee and black leggings"),
        Q.garment_type("yes", "non_answer"),
        Q.color("red"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("red t-shirt"),
        Q.details("reflective logo on the chest"),
        Q.material("the material of the garment is", "restated"),
        gender="Men",
        title="ADIDAS Men Red Own The Run T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # Photo: model holding a basketball against his hip, grey melange pullover hoodie, black shorts.
    # All texts: VQA adapter; the color loop is the raw generation (unmapped), other closed answers mapped or raw.
    case(
        "X1607-015",
        Q.wearing("a grey hoodie"),
        Q.garment_type("sweatshirt/hoodie"),
        Q.color(
            "grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey"
            " grey grey grey grey grey grey grey grey grey",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a man holding a basketball", "non_answer"),
        Q.details("drawstring hood"),
        gender="Men",
        title="Nike Men Grey Melange Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # Photo: model in a fluorescent (lime) green running tee with a small black logo on the chest, black shorts;
    # front view. All texts: VQA adapter; closed answers mapped.
    case(
        "X1607-016",
        Q.wearing("a green tee and black shorts"),
        Q.garment_type("t-shirt"),
        Q.color("yellow", "contradiction"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description(
            "a bright green t-shirt with a black hrx logo on the chest and a black hrx logo on the back and a black"
            " hrx logo on the sleeve and",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Fluorescent Green Rapid-Dry Running T-shirt",
        category="Tshirts",
        color="Fluorescent Green",
    ),
    # Photo: model in plainly navy woven running shorts with a small white logo on the left leg, a grey tee.
    # All texts: VQA adapter; closed answers mapped.
    case(
        "X1607-017",
        Q.wearing("he is wearing a grey shirt and navy shorts"),
        Q.garment_type("shorts"),
        Q.color("black", "contradiction"),
        Q.pattern("solid"),
        Q.description(
            "navy blue shorts with a white reebok logo on the left leg and a white reebok logo on the right leg and a"
            " white reebok logo on",
            "loop",
            hit_limit=True,
        ),
        Q.details("elastic waistband with drawstring"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Reebok Men Navy Blue Woven Running Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
    # Photo: model in a white track jacket with black sleeves and logo tape down the arms, black track pants.
    # All texts: VQA adapter; "white and black" raw, other closed answers mapped.
    case(
        "X1607-018",
        Q.wearing("a white jacket and black pants"),
        Q.garment_type("jacket"),
        Q.color("white and black"),
        Q.pattern("color block"),
        Q.sleeve_length("long"),
        Q.description("the jacket is white with black sleeves"),
        Q.details(
            "the jacket has a zipper on the front and the jacket has a zipper on the front and the jacket has a zipper"
            " on the front and the jacket",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="Kappa Men White & Black Colourblocked Track Jacket",
        category="Jackets",
        color="White",
    ),
    # Photo: model in black full-length compression tights with a small white logo at the hip, a grey tee.
    # All texts: VQA adapter; "leggings" raw (both times), other closed answers mapped.
    case(
        "X1607-019",
        Q.wearing("leggings"),
        Q.garment_type("leggings"),
        Q.color("black"),
        Q.pattern("leggings", "non_answer"),
        Q.description("black leggings with a white adidas logo"),
        Q.details("the leggings are long", "non_answer"),
        Q.material("nylon and spandex"),
        gender="Men",
        title="ADIDAS Men Black Techfit Training Tights",
        category="Tights",
        color="Black",
    ),
    # Photo: model in a maroon track suit with white piping on the sleeves and legs, a white tee under the jacket,
    # white sneakers. All texts: VQA adapter; closed answers mapped.
    case(
        "X1607-020",
        Q.wearing(
            "a maroon track suit with white piping on the sleeves and the legs and a white t-shirt underneath and"
            " white sneakers with maroon laces and a",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("tracksuit"),
        Q.color("red"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a maroon jacket with white piping on the sleeves and matching pants"),
        Q.details("Question: What are the details of the garment? Answer: zip", "leak"),
        Q.material("polyester"),
        gender="Men",
        title="Proline Active Men Maroon Solid Tracksuit",
        category="Tracksuits",
        color="Maroon",
    ),
    # Photo: model in a black full-sleeve compression tee, black shorts. All texts: VQA adapter; closed answers
    # mapped.
    case(
        "X1607-021",
        Q.wearing("a black shirt and black shorts"),
        Q.garment_type("t-shirt"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("short", "contradiction"),
        Q.description("a black long sleeve shirt"),
        Q.details("the details of the shirt are the details of the shirt", "restated"),
        Q.material("spandex"),
        gender="Men",
        title="UNDER ARMOUR Men Black HeatGear Full Sleeve Compression T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: model in black running shorts with an all-over grey abstract print, a white tee. All texts: VQA
    # adapter; closed answers mapped.
    case(
        "X1607-022",
        Q.wearing("a white shirt and black shorts"),
        Q.garment_type("shorts"),
        Q.color("black"),
        Q.pattern("solid", "contradiction"),
        Q.description("the shorts are black with a grey pattern"),
        Q.details("she is wearing black shorts with a grey print", "pronoun"),
        Q.material("polyester"),
        gender="Men",
        title="Puma Men Black Printed Running Shorts",
        category="Shorts",
        color="Black",
    ),
    # Photo: flat lay of the black-and-white vertically striped club jersey, front up, sponsor logo on the chest.
    # All texts: VQA adapter; "tee/tank" and "black and white" raw, other closed answers mapped. No gender column.
    case(
        "X1607-023",
        Q.wearing("tee/tank"),
        Q.garment_type("t-shirt"),
        Q.color("black and white"),
        Q.pattern("striped"),
        Q.sleeve_length("short"),
        Q.description("black and white striped jersey with the jeep logo on the front"),
        Q.details(
            "the jersey has a black and white stripe on the front and a black and white stripe on the back and a black"
            " and white stripe on the",
            "loop",
            hit_limit=True,
        ),
        title="ADIDAS Juventus Men Black & White Striped Home Jersey",
        category="Tshirts",
        color="Black",
    ),
    # Photo: model in a running pose, orange tee with a small reflective logo on the chest, black tights; front
    # view. All texts: VQA adapter; closed answers mapped, "orange" to the pattern question kept raw.
    case(
        "X1607-024",
        Q.wearing("an orange shirt and black pants"),
        Q.garment_type("t-shirt"),
        Q.color("orange"),
        Q.pattern("orange", "non_answer"),
        Q.sleeve_length("short"),
        Q.description("a man running in an orange shirt and black leggings"),
        Q.details(
            "the shirt has a reflective asics logo on the chest and a reflective stripe on the back", "unsupported"
        ),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="ASICS Men Orange Solid Running T-shirt",
        category="Tshirts",
        color="Orange",
    ),
    # Photo: model in a black full-zip hoodie worn open over a white tee, grey joggers. All texts: VQA adapter;
    # closed answers mapped.
    case(
        "X1607-025",
        Q.wearing("a black jacket over a white shirt and grey pants"),
        Q.garment_type("hoodie"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("black zip up hoodie"),
        Q.details("full zip front, two pockets, drawstring hood"),
        Q.material("cotton"),
        gender="Men",
        title="Nike Men Black Sportswear Club Full-Zip Hoodie",
        category="Sweatshirts",
        color="Black",
    ),
    # Photo: model in a grey melange crew-neck sweatshirt with ADIDAS across the chest in black, black track pants.
    # All texts: VQA adapter; "sweatshirt/hoodie" raw, closed answers mapped.
    case(
        "X1607-026",
        Q.wearing("sweatshirt/hoodie"),
        Q.garment_type("sweatshirt"),
        Q.color("grey"),
        Q.pattern("graphic"),
        Q.sleeve_length("long"),
        Q.description("grey sweatshirt with the word adidas on the front"),
        Q.details("ribbed cuffs and hem"),
        Q.material("wool", "unsupported"),
        gender="Men",
        title="ADIDAS Men Grey Melange Essentials Linear Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # Photo: model in the yellow sleeveless basketball jersey, LAKERS and 23 in purple, purple shorts.
    # All texts: VQA adapter; "tee/tank" raw, other closed answers mapped; the material answer decoded empty after
    # 30 padding tokens.
    case(
        "X1607-027",
        Q.wearing("a yellow jersey and purple shorts"),
        Q.garment_type("tee/tank"),
        Q.color("purple", "other_garment_color"),
        Q.pattern("graphic"),
        Q.sleeve_length("sleeveless"),
        Q.description("a yellow basketball jersey with the number 23 on it"),
        Q.details(
            "lakers 23 lakers 23 lakers 23 lakers 23 lakers 23 lakers 23 lakers 23 lakers 23 lakers 23 lakers 23",
            "loop",
            hit_limit=True,
        ),
        Q.material("", "non_answer", hit_limit=True),
        gender="Men",
        title="Nike Men Yellow Los Angeles Lakers Icon Edition Basketball Jersey",
        category="Tshirts",
        color="Yellow",
    ),
    # Photo: model in blue 2-in-1 running shorts with black inner tights showing below the hem, a white tee; one
    # small zip pocket at the back of the waistband. All texts: VQA adapter; "shorts and leggings" raw.
    case(
        "X1607-028",
        Q.wearing("a white tee and blue shorts"),
        Q.garment_type("shorts and leggings"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.description("blue shorts with black leggings underneath"),
        Q.details(
            "the shorts have a zipper pocket on the back and a zipper pocket on the side and a zipper pocket on the"
            " front and a zipper pocket on",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="Nike Men Blue Solid 2-in-1 Running Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Photo: model in teal track pants with white side piping, a black tee. All texts: VQA adapter; closed answers
    # mapped, "yes" kept raw.
    case(
        "X1607-029",
        Q.wearing("a teal shirt and teal pants", "contradiction"),
        Q.garment_type("yes", "non_answer"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.description("a pair of teal track pants with white piping"),
        Q.details(
            "the pants have a drawstring waist and two side pockets and an elasticated hem at the bottom of the leg"
            " and a zip pocket on the back of the",
            "cut",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="Proline Active Men Teal Blue Solid Track Pants",
        category="Track Pants",
        color="Teal",
    ),
    # Photo: model holding a black dumbbell, white training tee with three black stripes on the shoulders, black
    # shorts. All texts: VQA adapter; closed answers mapped.
    case(
        "X1607-030",
        Q.wearing("a white shirt and black shorts"),
        Q.garment_type("t-shirt"),
        Q.color("black", "other_garment_color"),
        Q.pattern("striped"),
        Q.sleeve_length("short"),
        Q.description("he is holding a dumbbell", "non_answer"),
        Q.details("three black stripes on the shoulders"),
        gender="Men",
        title="ADIDAS Men White Designed 2 Move 3-Stripes Training T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: flat lay of grey training joggers with elastic cuffs and a drawstring. All texts: VQA adapter; closed
    # answers mapped. No color column.
    case(
        "X1607-031",
        Q.wearing("pants"),
        Q.garment_type("pants"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.description("a pair of grey sweatpants"),
        Q.details("Answer: the pants have elastic cuffs", "leak"),
        Q.material("the material of the garment is cotton"),
        gender="Men",
        title="Reebok Men Grey Training Essentials Joggers",
        category="Track Pants",
    ),
    # Photo: model in the blue club home jersey with a white collar trim and white cuffs, blue shorts.
    # All texts: VQA adapter; closed answers mapped.
    case(
        "X1607-032",
        Q.wearing("she is wearing a blue jersey", "pronoun"),
        Q.garment_type("t-shirt"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a blue chelsea jersey with the chelsea logo on the chest"),
        Q.details(
            "the jersey has a white collar and white cuffs and a white collar and white cuffs and a white collar and"
            " white cuffs and a white",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="Nike Men Blue Chelsea FC Stadium Home Jersey",
        category="Tshirts",
        color="Blue",
    ),
    # Photo: model in a black sleeveless gym tank with deep armholes and a small white logo, grey shorts.
    # All texts: VQA adapter; "tee/tank" raw, the sleeve loop raw (unmapped), other closed answers mapped.
    case(
        "X1607-033",
        Q.wearing("a black tank top and grey shorts"),
        Q.garment_type("tee/tank"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length(
            "sleeveless sleeveless sleeveless sleeveless sleeveless sleeveless sleeveless sleeveless sleeveless"
            " sleeveless",
            "loop",
            hit_limit=True,
        ),
        Q.description("black tank top with a white hrx logo on the chest"),
        Q.material("the material of the garment is the material of the garment", "restated"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Solid Training Tank",
        category="Tshirts",
        color="Black",
    ),
    # Photo: back view of a model in a red hooded windbreaker, PUMA in large white letters across the shoulders,
    # hood down, black pants. All texts: VQA adapter; closed answers mapped.
    case(
        "X1607-034",
        Q.wearing("a red jacket and black pants"),
        Q.garment_type("jacket"),
        Q.color("red"),
        Q.pattern("graphic"),
        Q.sleeve_length("long"),
        Q.description("red jacket with the word puma on the back"),
        Q.details(
            "the jacket has a zip front and two side pockets and a drawstring hood and a drawstring hem and"
            " elasticated cuffs and a reflective logo on the front and",
            "cut",
            hit_limit=True,
        ),
        Q.material("nylon"),
        gender="Men",
        title="Puma Men Red Printed Hooded Windbreaker Jacket",
        category="Jackets",
        color="Red",
    ),
    # Photo: model in olive joggers with cuffed ankles, a black tee, white sneakers. All texts: VQA adapter; closed
    # answers mapped, "black" to the pattern question kept raw.
    case(
        "X1607-035",
        Q.wearing("she is wearing a black shirt and green pants", "pronoun"),
        Q.garment_type("pants"),
        Q.color("green"),
        Q.pattern("black", "non_answer"),
        Q.description(
            "the pants are olive green with a drawstring waist and two side pockets and elastic cuffs at the ankles"
            " and a small white fila logo on the left",
            "cut",
            hit_limit=True,
        ),
        Q.details("elastic waistband, drawstring, side pockets and cuffed ankles"),
        Q.material("cotton"),
        gender="Men",
        title="FILA Men Olive Green Solid Joggers",
        category="Track Pants",
        color="Olive",
    ),
    # Photo: model in a navy crew-neck fleece sweatshirt with a small white cat logo, light blue jeans.
    # All texts: VQA adapter; "sweater" mapped (the questionnaire has both sweater and sweatshirt).
    case(
        "X1607-036",
        Q.wearing("a blue sweater and blue jeans"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a navy blue sweatshirt with a small white puma logo"),
        Q.details(
            "the sweatshirt has ribbed cuffs, a ribbed hem and a ribbed neckline, and the puma logo is printed on the"
            " left side of the chest in white with a",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        title="Puma Men Navy Blue Solid Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
    ),
    # Photo: model in a white track jacket with a blue panel across the chest and shoulders, navy track pants.
    # All texts: VQA adapter; "jacket/coat" raw, other closed answers mapped. No category column.
    case(
        "X1607-037",
        Q.wearing("a white and blue jacket and blue pants"),
        Q.garment_type("jacket/coat"),
        Q.color("blue"),
        Q.pattern("color block"),
        Q.sleeve_length("long"),
        Q.description(
            "the jacket is white with a blue panel across the chest and the shoulders, a full zip, a stand collar and a"
            " white nike swoosh logo on the left",
            "cut",
            hit_limit=True,
        ),
        Q.details("zip"),
        Q.material("polyester"),
        gender="Men",
        title="Nike Men White & Blue Colourblocked Track Jacket",
        color="White",
    ),
    # Photo: model crouching with a kettlebell, black training shorts with a small white logo, a red tee.
    # All texts: VQA adapter; closed answers mapped.
    case(
        "X1607-038",
        Q.wearing("a red shirt and black shorts"),
        Q.garment_type("shorts"),
        Q.color("red", "other_garment_color"),
        Q.pattern("solid"),
        Q.description("black shorts with a white reebok logo"),
        Q.details("black", "non_answer"),
        Q.material("polyester and spandex"),
        gender="Men",
        title="Reebok Men Black CrossFit Training Shorts",
        category="Shorts",
        color="Black",
    ),
    # Photo: model in the sky blue club home jersey (sponsor across the chest, crest and logo on the chest), white
    # shorts. All texts: VQA adapter; "jersey" and "light blue" raw. No color column.
    case(
        "X1607-039",
        Q.wearing("a blue shirt and white shorts"),
        Q.garment_type("jersey"),
        Q.color("light blue"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description(
            "a light blue manchester city jersey with the etihad airways logo on the front and the puma logo on the"
            " right side of the chest and the club crest on the",
            "cut",
            hit_limit=True,
        ),
        Q.details("the crest on the chest Question: What is the material of the garment? Answer: polyester", "leak"),
        Q.material("polyester"),
        gender="Men",
        title="Puma Men Manchester City Home Replica Jersey",
        category="Tshirts",
    ),
    # Photo: model in black tapered track pants with zip ankles and a white logo on the left thigh, a white tee.
    # All texts: VQA adapter; closed answers mapped.
    case(
        "X1607-040",
        Q.wearing("a black shirt and black pants", "contradiction"),
        Q.garment_type("leggings", "contradiction"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.description("black track pants with a white puma logo on the left thigh"),
        Q.details(
            "zippered pockets and zippered ankles and zippered pockets and zippered ankles and zippered pockets and"
            " zippered ankles and zippered pockets and",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="Puma Men Black Solid Training Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Photo: model in a blue running tee with an all-over darker blue geometric print, black shorts.
    # All texts: VQA adapter; closed answers mapped.
    case(
        "X1607-041",
        Q.wearing("a blue shirt and black shorts"),
        Q.garment_type("t-shirt"),
        Q.color("blue"),
        Q.pattern("graphic"),
        Q.sleeve_length("short"),
        Q.description("blue t-shirt with a pattern"),
        Q.details("the details of the t-shirt are the details", "restated"),
        Q.material("polyester"),
        gender="Men",
        title="ADIDAS Men Blue Printed Own The Run T-shirt",
        category="Tshirts",
        color="Blue",
    ),
    # Photo: flat lay of a grey melange track suit, zip jacket above the folded pants, small black logo on the
    # jacket. All texts: VQA adapter; "jacket/coat and pants" raw, other closed answers mapped.
    case(
        "X1607-042",
        Q.wearing("a grey jacket and grey pants"),
        Q.garment_type("jacket/coat and pants"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("grey track suit with black puma logo"),
        Q.material("cotton"),
        gender="Men",
        title="Puma Men Grey Melange Solid Knitted Tracksuit",
        category="Tracksuits",
        color="Grey Melange",
    ),
    # Photo: model in black football shorts with three white stripes down the sides, a white football jersey and
    # white socks. All texts: VQA adapter; closed answers mapped.
    case(
        "X1607-043",
        Q.wearing("a white jersey and black shorts"),
        Q.garment_type("shorts"),
        Q.color("black"),
        Q.pattern("striped"),
        Q.description("she is wearing a pair of black shorts with white stripes on the side", "pronoun"),
        Q.details("three stripes"),
        Q.material("polyester"),
        gender="Men",
        title="ADIDAS Men Black Squadra 21 Football Shorts",
        category="Shorts",
        color="Black",
    ),
    # Photo: model in a blue hooded rain jacket, hood up, full zip with a storm flap, black pants, grey backdrop.
    # All texts: VQA adapter; closed answers mapped.
    case(
        "X1607-044",
        Q.wearing("a blue raincoat Question: What is the color of the raincoat? Answer: blue", "leak"),
        Q.garment_type("jacket"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description(
            "a blue jacket with a hood and a zipper on the front and a zipper on the front and a zipper on the front"
            " and a zipper on the front",
            "loop",
            hit_limit=True,
        ),
        Q.material("waterproof nylon"),
        gender="Men",
        title="Wildcraft Men Blue Hooded Rain Jacket",
        category="Jackets",
        color="Blue",
    ),
    # Photo: model in a charcoal round-neck training tee, black shorts. All texts: VQA adapter; the color answer is
    # the raw generation (it ran on into the next prompt, so it did not map), other closed answers mapped.
    case(
        "X1607-045",
        Q.wearing("a grey tee and grey shorts", "contradiction"),
        Q.garment_type("t-shirt"),
        Q.color("grey Question: What is the pattern of the garment? Answer: solid", "leak"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a dark grey t-shirt with a round neck"),
        Q.details("round neck, short sleeves"),
        Q.material("cotton"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Charcoal Grey Solid Round Neck T-shirt",
        category="Tshirts",
        color="Charcoal",
    ),
]
