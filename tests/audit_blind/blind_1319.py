"""BLIND_1319 (45 products; Myntra men's sportswear, VQA adapter, default questionnaire): written blind in the sixty-
third session. Measured blind at d294d42 (the session's third rules): 97/117 failures found (82.9%) and 18/233
correct texts flagged (7.7%). The writer's notes, verbatim:

Scenario: a Myntra men's sportswear feed (track suits, football jerseys, running shorts and tees, hoodies and
sweatshirts, track pants, a few jackets). Catalog photos: a model on a plain grey or white backdrop wearing the product
with other clothes (a tee under a track jacket, shorts with a jersey, a hoodie over joggers), now and then a flat lay,
a back view, or a prop (a football, a dumbbell, a kettlebell, a gym bag, a stool, a backpack). Feed columns as Myntra
has them: title, category (the article type: Tracksuits, Tshirts, Jerseys, Shorts, Sweatshirts, Track Pants,
Jackets, Tights, Rain Jacket), color (the base colour: Navy Blue, Grey Melange, Charcoal, Multi...), gender ("Men");
a few rows lack gender, color or category, as the feed has them.
Who wrote what: every text comes from BLIP-2 OPT-2.7b with the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA), one
greedy generate per prompt, 30 new tokens at most, through enrich's default questionnaire (wearing, garment_type,
color, pattern, sleeve_length, description, details, material). The job ran no caption step, so there are no
captions. Closed answers (garment_type, color, pattern, sleeve_length) are stored as the mapped option when the
mapper found one ("tee" -> "t-shirt", "Navy" -> "navy") and as the raw generation when it did not ("Heather grey",
"tees tanks", "Black-red", a loop, a leaked prompt). Bottoms were not asked the sleeve question. The adapter was
trained on In-shop VQA pairs with unmasked labels, so it answers in In-shop's vocabulary (vendor colors like
"Heather grey", classes like "tee", "sweatshirt hoodie", "romper"), tends to answer every "What is the X of the
garment?" with a color, answers yes/no out of habit, drifts into the "Question: ... Answer:" format, and loops or
runs to the limit on the open questions.
Labeling conventions and judgement calls: judged against the photo I imagined (the comment above each case) and the
title. A color that belongs to the other clothes in the photo (the tee worn with the shorts, the joggers under the
hoodie) is other_garment_color, also when it turns up in an open answer. A garment type, description or detail that
names another item (the tee instead of the shorts, the football, the bag, the kettlebell) or the wrong kind of garment
for the title (jacket or romper for a track suit, sweater for a sweatshirt) is contradiction; a wrong sleeve length or
pattern is contradiction too, and so is a wearing answer that gives the other clothes the product's color ("a white
shirt and white shorts" when the shorts are black). Materials: a material the product is not made of (cotton for a
Dri-FIT or polyester running piece, wool for a fleece sweatshirt, leather for a rain jacket) is unsupported, whether or
not the title names the fabric; a plausible material for the article (polyester for a jersey, fleece for a Therma
hoodie) is correct. Details invented or not visible in the photo (a chest logo on a back view, a number that is not
there) are unsupported. A color given to the pattern or material question, "yes" to a question that is not a yes/no one,
"none", "they are short", or a scene description instead of the garment's ("a man sitting on a stool") is non_answer; a
text that only says the garment is the garment ("the details of the garment", "the garment is made of fabric") is
restated. Loops and cuts that ran to 30 tokens carry hit_limit=True; a loop is labeled loop even when its first items
are true; a text that switches into "Question: ... Answer:" is leak, whatever came before it. Terse but true answers
("black" to describe a black jacket, "the hood" for details, "tees tanks" for a jersey's type, "red" for a maroon track
suit) are left unmarked: thin, not wrong.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import case

W = Q.wearing
GT = Q.garment_type
C = Q.color
P = Q.pattern
S = Q.sleeve_length
D = Q.description
DT = Q.details
M = Q.material

BLIND_1319 = [
    # Photo: model front, grey backdrop; navy zip track jacket with white piping down the sleeves, matching navy pants,
    # white sneakers. All texts: VQA adapter.
    case(
        "X1319-001",
        W(
            "a navy blue track suit Question: What is the color of the track suit? Answer: navy blue Question: What"
            " is the",
            "leak",
            hit_limit=True,
        ),
        GT("jacket", "contradiction"),
        C("navy"),
        P("solid"),
        S("long"),
        D("a navy blue jacket with white stripes on the sleeves"),
        DT(
            "white piping on the sleeves, a zip front and a high collar with a puma logo on the chest and two zip"
            " pockets on the front and a white",
            "cut",
            hit_limit=True,
        ),
        M("polyester"),
        gender="Men",
        title="Puma Men Navy Blue Solid Track Suit",
        category="Tracksuits",
        color="Navy Blue",
    ),
    # Photo: model cropped at the chest; grey melange tee worn out over black running shorts with a small reflective
    # swoosh on the left leg. All texts: VQA adapter.
    case(
        "X1319-002",
        W(
            "a grey tee and black shorts and white shoes and a grey tee and black shorts and white shoes and a grey"
            " tee and black",
            "loop",
            hit_limit=True,
        ),
        GT("shorts"),
        C("Heather grey", "other_garment_color"),
        P("solid"),
        D("a grey t-shirt", "contradiction"),
        DT("shorts", "non_answer"),
        M("polyester"),
        gender="Men",
        title="Nike Men Black Dri-FIT Running Shorts",
        category="Shorts",
        color="Black",
    ),
    # Photo: model front holding a white football at his hip; white jersey with a blue graphic print on the chest and
    # three blue stripes on the shoulders, black shorts. All texts: VQA adapter.
    case(
        "X1319-003",
        W("a white jersey and black shorts"),
        GT("ball", "contradiction"),
        C("white"),
        P("printed"),
        S("short"),
        D("a white soccer jersey with blue stripes on the shoulders"),
        DT(
            "three stripes on the shoulders three stripes on the shoulders three stripes on the shoulders three"
            " stripes on the shoulders three stripes on the shoulders three",
            "loop",
            hit_limit=True,
        ),
        M("cotton", "unsupported"),
        gender="Men",
        title="ADIDAS Men White & Blue Printed Football Jersey",
        category="Jerseys",
        color="White",
    ),
    # Photo: model front, hood down; grey melange pullover hoodie with kangaroo pocket and white drawstrings, black
    # joggers. All texts: VQA adapter.
    case(
        "X1319-004",
        W("sweatshirt hoodie"),
        GT("yes", "non_answer"),
        C("Heather grey"),
        P("solid"),
        S("long"),
        D("she is wearing a grey hoodie", "pronoun"),
        DT("kangaroo pocket and drawstring hood"),
        M("cotton"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Grey Melange Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # Photo: back view; red home jersey with "RASHFORD 10" printed in white across the back, black shorts.
    # All texts: VQA adapter.
    case(
        "X1319-005",
        W("a red jersey"),
        GT("tees tanks"),
        C("red"),
        P("yes", "non_answer"),
        S("short"),
        D(
            "a red jersey with the number 10 on the back and the name rashford above it, the jersey has a v neck"
            " and short sleeves and a",
            "cut",
            hit_limit=True,
        ),
        DT("the name and number on the back"),
        M("yes", "non_answer"),
        gender="Men",
        title="Nike Men Red Manchester United Home Jersey",
        category="Jerseys",
        color="Red",
    ),
    # Photo: model front; plain white tee, black track pants with a white stripe down each side and zipped ankles.
    # All texts: VQA adapter.
    case(
        "X1319-006",
        W("tee"),
        GT("pants"),
        C("white", "other_garment_color"),
        P("White", "non_answer"),
        D(
            "black pants with a white stripe down the side and a white t-shirt and white shoes and black pants with"
            " a white stripe down the side and",
            "loop",
            hit_limit=True,
        ),
        DT("white stripe down the side"),
        M("cotton", "unsupported"),
        gender="Men",
        title="Reebok Men Black Training Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Photo: model front; yellow running tee with black panels on the shoulders and sides, black shorts.
    # All texts: VQA adapter.
    case(
        "X1319-007",
        W("a yellow and black shirt"),
        GT("t-shirt"),
        C("yellow"),
        P("Yellow-black", "non_answer"),
        S("yes", "non_answer"),
        D("yellow and black"),
        DT(
            "yellow and black yellow and black yellow and black yellow and black yellow and black yellow and black"
            " yellow and black yellow and black yellow and black",
            "loop",
            hit_limit=True,
        ),
        M("polyester"),
        gender="Men",
        title="Puma Men Yellow & Black Colourblocked Running T-shirt",
        category="Tshirts",
        color="Yellow",
    ),
    # Photo: model front; black track jacket unzipped over a white tee, three white stripes on the sleeves, grey track
    # pants. All texts: VQA adapter.
    case(
        "X1319-008",
        W("a black jacket and a white shirt"),
        GT("jacket"),
        C(
            "Black Question: What is the color of the shirt? Answer: White Question: What is the color of the"
            " pants? Answer: Grey",
            "leak",
            hit_limit=True,
        ),
        P("solid"),
        S("long"),
        D("a black jacket with white stripes on the sleeves"),
        DT(
            "Question: What is the color of the jacket? Answer: black Question: What is the color of the shirt?"
            " Answer: white Question",
            "leak",
            hit_limit=True,
        ),
        M("polyester"),
        gender="Men",
        title="ADIDAS Men Black Essentials 3-Stripes Track Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: model in a running pose on a white backdrop; neon green tee, black shorts. All texts: VQA adapter.
    case(
        "X1319-009",
        W(
            "tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee"
            " tee tee tee tee tee",
            "loop",
            hit_limit=True,
        ),
        GT("t-shirt"),
        C("Lime green"),
        P("solid"),
        S("yes", "non_answer"),
        D("a neon green t-shirt"),
        DT("the t-shirt is green", "non_answer"),
        M("polyester"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Fluorescent Green Rapid-Dry Running T-shirt",
        category="Tshirts",
        color="Fluorescent Green",
    ),
    # Photo: model front; royal blue track suit, jacket zipped with a white zip and a small white logo on the chest,
    # matching pants. No gender column in the feed. All texts: VQA adapter.
    case(
        "X1319-010",
        W("a blue jacket and blue pants"),
        GT("jacket and pants"),
        C("blue"),
        P("Blue", "non_answer"),
        S("long"),
        D(
            "a blue track suit with a white zipper and a white logo on the chest, the jacket has a high collar and"
            " the pants have an elastic waistband and",
            "cut",
            hit_limit=True,
        ),
        DT("the zipper"),
        M("nylon", "unsupported"),
        title="Puma Men Blue Solid Track Suit",
        category="Tracksuits",
        color="Blue",
    ),
    # Photo: flat lay on white; charcoal pullover hoodie, white swoosh on the chest, hood laid flat above the collar.
    # All texts: VQA adapter.
    case(
        "X1319-011",
        W("a hoodie"),
        GT("sweatshirt"),
        C("charcoal"),
        P("Charcoal", "non_answer"),
        S("long"),
        D(
            "a grey hoodie with a white nike logo on the chest and a hood and a kangaroo pocket and ribbed cuffs"
            " and a ribbed hem and a",
            "cut",
            hit_limit=True,
        ),
        DT(
            "a hood, a kangaroo pocket, ribbed cuffs, a hood, a kangaroo pocket, ribbed cuffs, a hood, a kangaroo"
            " pocket, ribbed cuffs",
            "loop",
            hit_limit=True,
        ),
        M("fleece"),
        gender="Men",
        title="Nike Men Charcoal Grey Therma Pullover Hoodie",
        category="Sweatshirts",
        color="Charcoal",
    ),
    # Photo: model front; white pique polo with a three-button placket, navy track pants. All texts: VQA adapter.
    case(
        "X1319-012",
        W("a white polo shirt and navy pants"),
        GT("polo shirt"),
        C("white"),
        P("solid"),
        S(
            "short sleeve short sleeve short sleeve short sleeve short sleeve short sleeve short sleeve short"
            " sleeve short sleeve short sleeve short sleeve short sleeve short sleeve short sleeve short",
            "loop",
            hit_limit=True,
        ),
        D(
            "a white polo shirt Question: Describe the pants. Answer: navy blue pants Question: Describe the shoes."
            " Answer: white shoes Question: Describe the",
            "leak",
            hit_limit=True,
        ),
        DT(
            "collar, buttons, collar, buttons, collar, buttons, collar, buttons, collar, buttons, collar, buttons,"
            " collar, buttons, collar",
            "loop",
            hit_limit=True,
        ),
        M("cotton"),
        gender="Men",
        title="Proline Active Men White Solid Polo T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: model from the waist down; navy running shorts with a thin printed white pattern near the hem, a white
    # swoosh on the left leg, orange running shoes. All texts: VQA adapter.
    case(
        "X1319-013",
        W(
            "shorts Question: What is the color of the shorts? Answer: navy Question: What is the color of the"
            " shoes? Answer: orange",
            "leak",
            hit_limit=True,
        ),
        GT("shorts"),
        C("navy"),
        P("printed"),
        D("navy blue shorts with a white nike logo on the left leg"),
        DT("they are short", "non_answer"),
        M("cotton", "unsupported"),
        gender="Men",
        title="Nike Men Navy Blue Printed Dri-FIT Running Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
    # Photo: model front; black track jacket with a red panel across the chest, black pants with a red stripe down the
    # side. All texts: VQA adapter.
    case(
        "X1319-014",
        W("a black and red jacket and black pants"),
        GT("romper", "contradiction"),
        C("Black-red"),
        P("colorblock"),
        S("long"),
        D(
            "a black and red track suit with a puma logo on the chest and a red stripe down the side of the pants,"
            " the jacket has a zipper and a",
            "cut",
            hit_limit=True,
        ),
        DT("red panel on the chest"),
        M("black", "non_answer"),
        gender="Men",
        title="Puma Men Black & Red Colourblocked Track Suit",
        category="Tracksuits",
        color="Black",
    ),
    # Photo: model front holding a dumbbell in his right hand; teal training tee with a small white swoosh, black
    # shorts. All texts: VQA adapter.
    case(
        "X1319-015",
        W(
            "a blue shirt and black shorts and a dumbbell and a blue shirt and black shorts and a dumbbell and a"
            " blue shirt and black",
            "loop",
            hit_limit=True,
        ),
        GT("t-shirt"),
        C("Teal"),
        P("Teal", "non_answer"),
        S("short"),
        D("a man holding a dumbbell", "non_answer"),
        DT("nike logo on the chest"),
        M("cotton", "unsupported"),
        gender="Men",
        title="Nike Men Teal Blue Solid Dri-FIT Training T-shirt",
        category="Tshirts",
        color="Teal",
    ),
    # Photo: model front; plain black running shorts with a small white logo, bright orange tee. The feed has no color
    # for this row. All texts: VQA adapter.
    case(
        "X1319-016",
        W("an orange shirt and black shorts"),
        GT("yes", "non_answer"),
        C("orange", "other_garment_color"),
        P("solid"),
        D("she is wearing black shorts and an orange shirt", "pronoun"),
        DT(
            "orange and black orange and black orange and black orange and black orange and black orange and black"
            " orange and black orange and black orange and black",
            "loop",
            hit_limit=True,
        ),
        M("polyester"),
        gender="Men",
        title="Puma Men Black Solid Running Shorts",
        category="Shorts",
    ),
    # Photo: model front; olive windcheater zipped to the chin, hood folded down, black track pants.
    # All texts: VQA adapter.
    case(
        "X1319-017",
        W("a green jacket"),
        GT("jacket"),
        C("green"),
        P("solid"),
        S("long"),
        D("a green jacket with a hood"),
        DT("a hood and a zipper"),
        M("nylon"),
        gender="Men",
        title="Wildcraft Men Olive Green Solid Hooded Windcheater",
        category="Jackets",
        color="Olive",
    ),
    # Photo: model front; white crew-neck tee with thin navy horizontal stripes, navy shorts. All texts: VQA adapter.
    case(
        "X1319-018",
        W("a white and blue striped shirt"),
        GT("t-shirt"),
        C("white"),
        P("striped"),
        S("short"),
        D("a striped shirt"),
        DT("stripes"),
        M("navy", "non_answer"),
        gender="Men",
        title="ADIDAS Men White Striped Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: back view; navy pullover hoodie with the hood showing, grey joggers; nothing on the back of the hoodie.
    # All texts: VQA adapter.
    case(
        "X1319-019",
        W("she is wearing a blue hoodie and grey pants", "pronoun"),
        GT("sweatshirt hoodie"),
        C("grey", "other_garment_color"),
        P("solid"),
        S("long"),
        D("a navy blue hoodie"),
        DT("a puma logo on the chest", "unsupported"),
        M("cotton"),
        gender="Men",
        title="Puma Men Navy Blue Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
    ),
    # Photo: model front; black short-sleeve compression tee, small white swoosh on the chest, black shorts.
    # All texts: VQA adapter.
    case(
        "X1319-020",
        W("tee"),
        GT("t-shirt"),
        C("black"),
        P("solid"),
        S("short"),
        D(
            "a black t-shirt Question: What is the color of the t-shirt? Answer: black Question: What is the color"
            " of the shorts? Answer",
            "leak",
            hit_limit=True,
        ),
        DT(
            "a small white swoosh on the chest Question: What is the color of the swoosh? Answer: white Question:"
            " What is the color of",
            "leak",
            hit_limit=True,
        ),
        M("spandex"),
        gender="Men",
        title="Nike Men Black Pro Dri-FIT Compression T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: model front; red sleeveless running top with wide armholes, plain front, black shorts.
    # All texts: VQA adapter.
    case(
        "X1319-021",
        W("a red tank top and black shorts"),
        GT("tees tanks"),
        C("red"),
        P("Red", "non_answer"),
        S("short", "contradiction"),
        D("a red sleeveless shirt"),
        DT("mesh panel on the back", "unsupported"),
        M("polyester"),
        gender="Men",
        title="Nike Men Red Dri-FIT Sleeveless Running Top",
        category="Tshirts",
        color="Red",
    ),
    # Photo: model front; black tee, grey melange track pants with elastic cuffs at the ankle, white sneakers.
    # All texts: VQA adapter.
    case(
        "X1319-022",
        W("a black shirt and grey pants"),
        GT("pants"),
        C("Heather grey"),
        P("solid"),
        D(
            "grey sweatpants with a drawstring waist and elastic cuffs and a black t-shirt and white shoes and grey"
            " sweatpants with a drawstring waist and elastic",
            "loop",
            hit_limit=True,
        ),
        DT("black", "other_garment_color"),
        M("cotton"),
        gender="Men",
        title="Puma Men Grey Melange Solid Track Pants",
        category="Track Pants",
        color="Grey Melange",
    ),
    # Photo: model front; home jersey in vertical blue and garnet stripes with a crest on the chest, navy shorts.
    # All texts: VQA adapter.
    case(
        "X1319-023",
        W("a blue and red striped jersey"),
        GT("jersey"),
        C("Blue-red"),
        P("striped"),
        S("yes", "non_answer"),
        D("a blue and red striped soccer jersey with a logo on the chest"),
        DT(
            "the stripes, the logo, the collar, the stripes, the logo, the collar, the stripes, the logo, the"
            " collar, the stripes, the",
            "loop",
            hit_limit=True,
        ),
        M("cotton", "unsupported"),
        gender="Men",
        title="Nike Men Blue FC Barcelona Stadium Home Jersey",
        category="Jerseys",
        color="Blue",
    ),
    # Photo: model front; navy crew-neck fleece sweatshirt (no hood) with ribbed cuffs and hem, grey track pants.
    # All texts: VQA adapter.
    case(
        "X1319-024",
        W(
            "a blue sweater and grey pants and a blue sweater and grey pants and a blue sweater and grey pants and"
            " a blue sweater and",
            "loop",
            hit_limit=True,
        ),
        GT("sweater", "contradiction"),
        C("navy"),
        P("solid"),
        S("long"),
        D("a navy blue sweatshirt with a round neck"),
        DT("ribbed cuffs and hem"),
        M("wool", "unsupported"),
        gender="Men",
        title="Slazenger Men Navy Blue Solid Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
    ),
    # Photo: model front; full-length black running tights worn under black shorts, white tee.
    # All texts: VQA adapter.
    case(
        "X1319-025",
        W("a white shirt, black shorts and black leggings"),
        GT("leggings"),
        C(
            "Black Question: What is the color of the leggings? Answer: Black Question: What is the color of the"
            " shorts? Answer: Black",
            "leak",
            hit_limit=True,
        ),
        P("solid"),
        D("black leggings"),
        DT(
            "black leggings with a white shirt and black shorts and white shoes and black leggings with a white shirt"
            " and black shorts and white shoes and black",
            "loop",
            hit_limit=True,
        ),
        M("spandex"),
        gender="Men",
        title="ASICS Men Black Solid Running Tights",
        category="Tights",
        color="Black",
    ),
    # Photo: model front; running tee with an all-over abstract print in blue, orange and white, black shorts.
    # All texts: VQA adapter.
    case(
        "X1319-026",
        W("a colorful shirt and black shorts"),
        GT("t-shirt"),
        C("multicolor"),
        P("floral", "contradiction"),
        S("short"),
        D("a shirt with a colorful print"),
        DT(
            "printed printed printed printed printed printed printed printed printed printed printed printed printed"
            " printed printed printed printed printed printed printed printed printed printed printed printed printed"
            " printed printed printed printed",
            "loop",
            hit_limit=True,
        ),
        M("cotton", "unsupported"),
        gender="Men",
        title="Puma Men Multicoloured Printed Running T-shirt",
        category="Tshirts",
        color="Multi",
    ),
    # Photo: model front; black lightweight running jacket zipped up, hood down, reflective strips on the sleeves,
    # a zip pocket on the chest, black track pants. All texts: VQA adapter.
    case(
        "X1319-027",
        W("a black jacket and black pants"),
        GT("jacket"),
        C("black"),
        P("solid"),
        S("long"),
        D("black"),
        DT(
            "reflective strips on the sleeves, a hood, a zip pocket on the chest, a zip pocket on the chest, a zip"
            " pocket on the chest, a zip",
            "loop",
            hit_limit=True,
        ),
        M("polyester"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Solid Running Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: model front; track suit, grey jacket body with black sleeves, black pants. All texts: VQA adapter.
    case(
        "X1319-028",
        W("a grey and black jacket and black pants"),
        GT("track suit"),
        C("grey"),
        P("color block"),
        S("long"),
        D("she is wearing a grey and black track suit", "pronoun"),
        DT(
            "the jacket has black sleeves and the pants are black, the jacket has black sleeves and the pants are"
            " black, the jacket has",
            "loop",
            hit_limit=True,
        ),
        M("cotton", "unsupported"),
        gender="Men",
        title="ADIDAS Men Grey & Black Colourblocked Track Suit",
        category="Tracksuits",
        color="Grey",
    ),
    # Photo: model front; white running shorts with a drawstring and side pockets, navy tee. All texts: VQA adapter.
    case(
        "X1319-029",
        W("a blue shirt and white shorts"),
        GT("pants", "contradiction"),
        C("white"),
        P("White", "non_answer"),
        D("white shorts"),
        DT("drawstring waist and side pockets"),
        M("cotton", "unsupported"),
        gender="Men",
        title="Puma Men White Solid Running Shorts",
        category="Shorts",
        color="White",
    ),
    # Photo: flat lay on white; yellow home jersey with a black collar and cuffs, black sponsor lettering on the front.
    # No category in the feed for this row. All texts: VQA adapter.
    case(
        "X1319-030",
        W("a yellow jersey"),
        GT("jersey"),
        C("yellow"),
        P("solid"),
        S("short"),
        D("a yellow and black soccer jersey"),
        DT("black collar and sleeves cuffs, puma logo and the word evonik on the front"),
        M("polyester"),
        gender="Men",
        title="Puma Men Yellow Borussia Dortmund Home Jersey",
        color="Yellow",
    ),
    # Photo: model front; black long-sleeve half-zip running top (a pullover, not a jacket), reflective swoosh on the
    # chest, black shorts. All texts: VQA adapter.
    case(
        "X1319-031",
        W("a black shirt"),
        GT("jacket", "contradiction"),
        C("black"),
        P("solid"),
        S("long"),
        D(
            "a black long sleeve shirt with a zipper at the neck and a reflective nike logo on the chest and thumb"
            " holes in the cuffs and a",
            "cut",
            hit_limit=True,
        ),
        DT("a half zip and reflective swoosh on the chest"),
        M("cotton", "unsupported"),
        gender="Men",
        title="Nike Men Black Solid Dri-FIT Element Half-Zip Running Top",
        category="Tshirts",
        color="Black",
    ),
    # Photo: model front with a black gym bag over his shoulder; grey melange shorts, white tee. No gender column.
    # All texts: VQA adapter.
    case(
        "X1319-032",
        W("a white shirt and grey shorts"),
        GT("shorts"),
        C("white", "other_garment_color"),
        P("solid"),
        D("a white shirt and grey shorts with a black bag"),
        DT("a bag", "contradiction"),
        M("cotton"),
        title="Proline Active Men Grey Melange Solid Shorts",
        category="Shorts",
        color="Grey Melange",
    ),
    # Photo: model front; black zip-up hoodie worn open over a grey tee, black joggers, white shoes.
    # All texts: VQA adapter.
    case(
        "X1319-033",
        W("a black hoodie and a grey shirt"),
        GT("hoodie"),
        C("grey", "other_garment_color"),
        P("solid"),
        S("long"),
        D(
            "a black hoodie with a zipper and a grey shirt under it and black pants and white shoes and a black"
            " hoodie with a zipper and a grey",
            "loop",
            hit_limit=True,
        ),
        DT("zipper, hood, pockets"),
        M("black", "non_answer"),
        gender="Men",
        title="Puma Men Black Solid Hooded Zip-Up Sweatshirt",
        category="Sweatshirts",
        color="Black",
    ),
    # Photo: model front; maroon track suit with white stripes down the sleeves and the legs. All texts: VQA adapter.
    case(
        "X1319-034",
        W("a red track suit"),
        GT("track suit"),
        C("red"),
        P("solid"),
        S("long"),
        D("a maroon track suit with white stripes"),
        DT(
            "white stripes on the sleeves and legs, a zip front, a high collar, white stripes on the sleeves and"
            " legs, a zip front, a high collar",
            "loop",
            hit_limit=True,
        ),
        M("cotton", "unsupported"),
        gender="Men",
        title="Performax Men Maroon Solid Track Suit",
        category="Tracksuits",
        color="Maroon",
    ),
    # Photo: model front; blue tee with a large white "JUST DO IT" print across the chest, black shorts.
    # All texts: VQA adapter.
    case(
        "X1319-035",
        W(
            "a blue shirt with white writing on it and black shorts and white shoes and a blue shirt with white"
            " writing on it and black shorts and",
            "loop",
            hit_limit=True,
        ),
        GT("graphic tee"),
        C("blue"),
        P("graphic"),
        S("yes", "non_answer"),
        D("a blue t-shirt with the words just do it on the front"),
        DT("the words just do it"),
        M("cotton", "unsupported"),
        gender="Men",
        title="Nike Men Blue Dri-FIT Printed Training T-shirt",
        category="Tshirts",
        color="Blue",
    ),
    # Photo: model front with a grey backpack on one shoulder; glossy red rain jacket, hood down, zipped, black track
    # pants. All texts: VQA adapter.
    case(
        "X1319-036",
        W("a red jacket and a backpack"),
        GT("jacket"),
        C("red"),
        P("solid"),
        S("long"),
        D("she is wearing a red jacket with a hood", "pronoun"),
        DT("the hood"),
        M("leather", "unsupported"),
        gender="Men",
        title="Wildcraft Men Red Solid Rain Jacket",
        category="Rain Jacket",
        color="Red",
    ),
    # Photo: model from the chest down; grey fleece joggers with cuffed ankles and a drawstring, black hoodie on top.
    # All texts: VQA adapter.
    case(
        "X1319-037",
        W("a black hoodie and grey sweatpants"),
        GT("sweatshirt", "contradiction"),
        C("black", "other_garment_color"),
        P("solid"),
        D("grey sweatpants"),
        DT("cuffed ankles and a drawstring waist"),
        M("fleece"),
        gender="Men",
        title="Nike Men Grey Solid Fleece Joggers",
        category="Track Pants",
        color="Grey",
    ),
    # Photo: model front with one foot on a football; black jersey with white sleeves, no number, white shorts.
    # All texts: VQA adapter.
    case(
        "X1319-038",
        W(
            "a black and white jersey and white shorts and a soccer ball and a black and white jersey and white"
            " shorts and a soccer ball and a black",
            "loop",
            hit_limit=True,
        ),
        GT("jersey"),
        C("white", "other_garment_color"),
        P("colorblock"),
        S("short"),
        D("a black and white soccer uniform"),
        DT("the number 7 on the front", "unsupported"),
        M("polyester"),
        gender="Men",
        title="Kappa Men Black & White Colourblocked Football Jersey",
        category="Jerseys",
        color="Black",
    ),
    # Photo: model seated on a white stool; navy track suit, zip jacket and pants with white piping.
    # All texts: VQA adapter.
    case(
        "X1319-039",
        W("a blue jacket and blue pants"),
        GT("pants", "contradiction"),
        C(
            "Navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue"
            " navy blue navy blue navy blue navy blue navy blue",
            "loop",
            hit_limit=True,
        ),
        P("solid"),
        S("long"),
        D("a man sitting on a stool", "non_answer"),
        DT("piping on the sleeves"),
        M("Navy", "non_answer"),
        gender="Men",
        title="Sports52 Wear Men Navy Blue Solid Tracksuit",
        category="Tracksuits",
        color="Navy Blue",
    ),
    # Photo: model front; plain white running tee with a small black swoosh on the chest, black shorts, white shoes.
    # All texts: VQA adapter.
    case(
        "X1319-040",
        W("a white shirt and white shorts", "contradiction"),
        GT("t-shirt"),
        C("white"),
        P("solid"),
        S("short"),
        D("a white t-shirt with a black nike logo"),
        DT(
            "a black nike logo on the chest and black shorts and white shoes and a black nike logo on the chest and"
            " black shorts and white",
            "loop",
            hit_limit=True,
        ),
        M("cotton", "unsupported"),
        gender="Men",
        title="Nike Men White Solid Dri-FIT Running T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: back view; navy training shorts with three white stripes down each side, elastic waist, white tee.
    # The shorts have side pockets only. All texts: VQA adapter.
    case(
        "X1319-041",
        W("shorts"),
        GT("shorts"),
        C("navy"),
        P("solid"),
        D(
            "navy blue shorts with white stripes on the side Question: Describe the t-shirt. Answer: white t-shirt"
            " Question: Describe the",
            "leak",
            hit_limit=True,
        ),
        DT(
            "the shorts have three white stripes on the side and an elastic waistband with a drawstring and two side"
            " pockets with a zipper on the back and a",
            "cut",
            hit_limit=True,
        ),
        M("the garment is made of fabric", "restated"),
        gender="Men",
        title="ADIDAS Men Navy Blue Solid Training Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
    # Photo: model front holding a kettlebell; black sleeveless training tee with deep armholes, grey shorts.
    # All texts: VQA adapter.
    case(
        "X1319-042",
        W("a black tank top"),
        GT("tank top"),
        C("black"),
        P("solid"),
        S("sleeveless"),
        D("she is wearing a black tank top", "pronoun"),
        DT("kettlebell", "contradiction"),
        M("cotton"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Solid Sleeveless Training T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: model front; white pullover hoodie with a large black PUMA logo printed on the chest, black joggers.
    # All texts: VQA adapter.
    case(
        "X1319-043",
        W("a white hoodie with a black puma logo"),
        GT("sweatshirt"),
        C("Black", "other_garment_color"),
        P("printed"),
        S("long"),
        D("a white hoodie with a black puma logo on the front and black pants"),
        DT("the puma logo"),
        M("cotton"),
        gender="Men",
        title="Puma Men White Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="White",
    ),
    # Photo: model front; grey training tee with a small black logo on the chest, black shorts.
    # All texts: VQA adapter.
    case(
        "X1319-044",
        W("a grey shirt and grey shorts", "contradiction"),
        GT("t-shirt"),
        C("grey"),
        P("solid"),
        S("short"),
        D(
            "a grey t-shirt with a black under armour logo on the chest Question: Describe the shorts. Answer: black"
            " shorts with a white under",
            "leak",
            hit_limit=True,
        ),
        DT("none", "non_answer"),
        M("polyester"),
        gender="Men",
        title="Under Armour Men Grey Solid Tech Training T-shirt",
        category="Tshirts",
        color="Grey",
    ),
    # Photo: back view; red track jacket with navy shoulder panels, navy pants. All texts: VQA adapter.
    case(
        "X1319-045",
        W("a red and blue jacket"),
        GT("jacket"),
        C("red"),
        P("colorblock"),
        S("long"),
        D("a red and blue jacket"),
        DT("the details of the garment", "restated"),
        M("cotton", "unsupported"),
        gender="Men",
        title="Puma Men Red & Navy Blue Colourblocked Track Jacket",
        category="Jackets",
        color="Red",
    ),
]
