"""BLIND_1441 (45 products; Myntra men's innerwear, nightwear and lounge, base BLIP-2 zero-shot): written blind in the
sixty-fifth session. Measured blind at 0c250e6 (the session's first rules): 45/52 failures found (86.5%) and 14/210
correct texts flagged (6.7%). The writer's notes, verbatim:

Scenario: a Myntra feed of men's innerwear, nightwear and loungewear: innerwear vests, briefs, trunks, boxers, night
suits, pyjamas, lounge pants, lounge shorts, lounge t-shirts, track pants and a few thermals. Most photos are a male
model on a plain light-grey or white backdrop wearing the product with other clothes (a vest with jeans or trousers,
track pants or boxers with a t-shirt, a pyjama bottom with a plain tee); some are flat lays or packs on white, two are
back views, one is on a hanger, a few have props (a stool, a bed). Catalog columns are the feed's own: title,
category (Myntra article type), color (Myntra base colour), gender; a few rows lack one of them.
Who wrote what: every text comes from the untuned base Salesforce/blip2-opt-2.7b, zero-shot, greedy decoding. The
caption is generated with no prompt (50 new tokens at most); each question uses the `Question: <q> Answer:` prompt (30
new tokens at most), decoded with the prompt sliced off and stopped at the first newline when the model emits one. The
closed questions (garment type, color, pattern, sleeve length, "Is this a ...?") are stored closed with the model's
raw free text; the experiments' "What is the color of the <garment>?" is stored open because it was free generation.
Labeling conventions and judgement calls: I judged each text against the photo I imagined (described above each case)
and the title. A color answer that gives the color of the other garment in the photo (the model's t-shirt, jeans or
hoodie) instead of the product's is `other_garment_color`; a wrong garment kind, a wrong yes/no, or a material or
sleeve length that the title or the caption states otherwise is `contradiction`, as is a pattern the caption
refutes. An invented detail only the photo refutes (a cup of coffee that is not there, a chest pocket that does not
exist, stripes on a plain tee, dots on an avocado print, "silk" for a polyester satin set) is `unsupported`. "They are
shorts"-style answers to a details/describe question are `restated`; empty, "nothing" or "fabric" answers are
`non_answer` (for a flat lay, "nothing" to the wearing question counts as a non-answer: it names no garment). Loops
and cut answers ran to the token limit and are marked hit_limit. Near hues are accepted: navy -> "blue", maroon ->
"red", charcoal / grey melange -> "gray", olive -> "green", off white -> "white". For packs and two-colour checks one
colour that is really in the product counts as right ("red" for a black-and-red buffalo check, "blue" for an assorted
pack shown in blue). A plausible material guess the title does not contradict ("cotton" for a cotton-rich vest,
"polyester" for a training track pant) is left correct; "wool" for Cottswool is left correct. "striped" for a track
pant the seller calls Solid but that has a contrast side stripe in the photo is left correct. The BLIP-2 junk word
"arafed" at the start of a caption is left unmarked when the rest is right. Answers about the other garment when the
question names it ("What is the color of the shirt?" -> the tee's colour) are correct. "The pants are blue" for the
pants' details is thin but true and left correct. The failure rate (about one text in five) is below the usual four in
ten on purpose: the untuned base answers these short closed questions well; its misses are mostly the colour of the
model's other garment, the garment kind of the top it sees first, and the open describe/details prompts.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1441 = [
    # Photo: model in a white round-neck ribbed vest, light-blue jeans, grey backdrop, front view.
    # All texts: base BLIP-2 OPT-2.7b zero-shot (caption unprompted, answers with the Question/Answer prompt).
    case(
        "X1441-001",
        caption("a man in a white tank top and jeans"),
        wearing("a white tank top and jeans"),
        Q.garment_type("tank top"),
        Q.color("white"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        gender="Men",
        title="Jockey Men White Solid Cotton Rich Innerwear Vest 8820",
        category="Innerwear Vests",
        color="White",
    ),
    # Photo: flat lay on white of three woven boxers: navy with small white anchors, grey check, maroon solid.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1441-002",
        caption("three pairs of men's boxer shorts on a white background"),
        wearing("boxer shorts"),
        Q.garment_type("shorts"),
        Q.color("blue"),
        Q.pattern("plaid"),
        details("boxers", "they are boxers", "restated"),
        gender="Men",
        title="XYXX Men Pack of 3 Printed Pure Cotton Boxers",
        category="Boxers",
        color="Multi",
    ),
    # Photo: model in black track pants with a white crew-neck tee and white sneakers; the pants have a drawstring and
    # two zip-less side pockets. All texts: base BLIP-2 zero-shot.
    case(
        "X1441-003",
        caption("a man in a white t - shirt and black pants"),
        color_of("pants", "black", kind="open"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("pants"),
        is_a("pair of track pants", "yes"),
        details("pants", "the pants have a drawstring waist and two side pockets"),
        gender="Men",
        title="Roadster Men Black Solid Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Photo: model barefoot in a navy-and-white checked long-sleeve button-down pyjama shirt and matching pants,
    # white wall behind. All texts: base BLIP-2 zero-shot.
    case(
        "X1441-004",
        caption("a man in blue plaid pajamas standing in front of a white wall"),
        wearing("pajamas"),
        Q.pattern("plaid"),
        Q.sleeve_length("long"),
        Q.color("blue"),
        describe(
            "pajamas",
            "the pajamas are blue and white plaid with a blue and white plaid collar and a blue and white plaid collar"
            " and a blue and",
            "loop",
            hit_limit=True,
        ),
        Q.material("flannel", "unsupported"),
        gender="Men",
        title="Marks & Spencer Men Navy Blue & White Checked Pure Cotton Pyjama Set",
        category="Night suits",
        color="Navy Blue",
    ),
    # Photo: model in grey melange knit lounge shorts (elastic waist, drawcord) and a black tee, grey backdrop.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1441-005",
        caption("a man wearing a black t - shirt and grey shorts"),
        color_of("shorts", "gray", kind="open"),
        Q.color("black", "other_garment_color"),
        details("shorts", "they are shorts", "restated"),
        is_a("pair of shorts", "yes"),
        Q.material("cotton"),
        gender="Men",
        title="Jockey Men Grey Melange Solid Lounge Shorts",
        category="Lounge Shorts",
        color="Grey Melange",
    ),
    # Photo: back view, model in a white ribbed vest and black trousers, plain grey backdrop.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1441-006",
        caption("the back of a man in a white tank top"),
        wearing("a white tank top and black pants"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.garment_type("tank top"),
        details("tank top", "the back of the tank top", "non_answer"),
        gender="Men",
        title="Van Heusen Men White Ribbed Innerwear Vest",
        category="Innerwear Vests",
        color="White",
    ),
    # Photo: model with shoulder-length hair sitting on the edge of a bed in a pink short-sleeve pyjama shirt and
    # pink shorts, both with a small green avocado print. All texts: base BLIP-2 zero-shot.
    case(
        "X1441-007",
        caption("a woman in pink pajamas sitting on a bed", "pronoun"),
        wearing("pink pajamas"),
        Q.color("pink"),
        Q.pattern("polka dots", "unsupported"),
        Q.sleeve_length("short"),
        gender="Men",
        title="Bewakoof Men Pink Avocado Printed Night Suit",
        category="Night suits",
        color="Pink",
    ),
    # Photo: torso crop of a model in black briefs with a black waistband, white backdrop.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1441-008",
        caption("a man in black underwear"),
        wearing("underwear"),
        Q.garment_type("underwear"),
        Q.color("black"),
        is_a("pair of briefs", "yes"),
        Q.material("cotton"),
        gender="Men",
        title="Hanes Men Pack of 2 Black Solid Cotton Briefs",
        category="Briefs",
        color="Black",
    ),
    # Photo: model in navy track pants with a thin white side stripe and a grey tee, white sneakers.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1441-009",
        caption("a man in a grey t - shirt and blue sweatpants"),
        color_of("pants", "blue", kind="open"),
        Q.garment_type("sweatpants"),
        Q.pattern("striped"),
        details("pants", "the pants have a white stripe down the side"),
        describe(
            "pants",
            "the pants are blue with a white stripe down the side and a white stripe down the side and a white stripe"
            " down the side and a white",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Dixcy Scott Men Navy Blue Solid Track Pants",
        category="Track Pants",
        color="Navy Blue",
    ),
    # Photo: model in a charcoal crew-neck lounge tee with a small embroidered logo on the chest, beige lounge pants.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1441-010",
        caption("arafed man in a gray t - shirt and khaki pants"),
        Q.color("gray"),
        Q.sleeve_length("short"),
        Q.garment_type("t - shirt"),
        Q.pattern("striped", "unsupported"),
        Q.material("cotton"),
        details("t-shirt", "the t - shirt has a small logo on the chest"),
        gender="Men",
        title="U.S. Polo Assn. Men Charcoal Pure Cotton Lounge T-shirt",
        category="Lounge Tshirts",
        color="Charcoal",
    ),
    # Photo: model in black trunks with a grey waistband printed JOCKEY, white backdrop.
    # All texts: base BLIP-2 zero-shot; the wearing question asked with "he".
    case(
        "X1441-011",
        caption("a man in black boxer briefs"),
        wearing("he is wearing black underwear", who="he"),
        Q.color("black"),
        Q.garment_type("underwear"),
        details("underwear", "the underwear has a gray waistband with the word jockey on it"),
        gender="Men",
        title="Jockey Men Black Solid Trunks 1015",
        category="Trunk",
        color="Black",
    ),
    # Photo: model in an olive short-sleeve tee printed "LAZY DAYS" in white and olive/black checked pyjama pants.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1441-012",
        caption("a man in a green t - shirt and plaid pajama pants"),
        Q.color("green"),
        color_of("pants", "green", kind="open"),
        Q.pattern("plaid"),
        describe("t-shirt", "the t - shirt is green with a white print that says lazy day"),
        Q.sleeve_length("short"),
        Q.material("polyester", "contradiction"),
        gender="Men",
        title="Sweet Dreams Men Olive Green Printed Pure Cotton Night Suit",
        category="Night suits",
        color="Olive",
    ),
    # Photo: a retail box with a clear window, two folded blue checked boxers inside, white background.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1441-013",
        caption("a package of men's boxer shorts"),
        Q.color("blue"),
        Q.pattern("plaid"),
        is_a("pair of shorts", "yes"),
        details(
            "boxers",
            "the boxers are made of 100% cotton and have an elastic waistband with a button fly and a button fly on"
            " the front of the",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Jockey Men Pack of 2 Assorted Checked Boxer Shorts",
        category="Boxers",
        color="Blue",
    ),
    # Photo: model in grey melange cuffed joggers and a navy pullover hoodie, hands in the hoodie pocket.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1441-014",
        caption("a man in a blue hoodie and gray sweatpants"),
        wearing("a hoodie and sweatpants"),
        Q.color("blue", "other_garment_color"),
        Q.garment_type("sweatshirt", "contradiction"),
        color_of("pants", "gray", kind="open"),
        is_a("pair of jeans", "no"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Grey Melange Solid Joggers",
        category="Track Pants",
        color="Grey Melange",
    ),
    # Photo: model in a white vest and grey trousers, hands on hips, plain backdrop.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1441-015",
        caption("a man in a white tank top standing with his hands on his hips"),
        Q.color("white"),
        Q.garment_type("tank top"),
        Q.sleeve_length("short", "contradiction"),
        details("tank top", "it is a tank top", "restated"),
        Q.material("cotton"),
        gender="Men",
        title="Rupa Frontline Men Pack of 5 White Cotton Vests",
        category="Innerwear Vests",
        color="White",
    ),
    # Photo: model in a grey full-sleeve crew-neck thermal top and blue jeans.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1441-016",
        caption("a man in a gray long sleeve shirt and jeans"),
        Q.sleeve_length("long"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("gray"),
        Q.material("wool"),
        describe("shirt", "a gray long sleeve shirt with a crew neck"),
        gender="Men",
        title="Lux Cottswool Men Grey Solid Thermal Top",
        category="Thermal Tops",
        color="Grey",
    ),
    # Photo: model in a white tee and blue-and-white checked lounge pants with a drawcord.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1441-017",
        caption("a man in a white shirt and blue plaid pants"),
        Q.color("white", "other_garment_color"),
        color_of("pants", "blue", kind="open"),
        Q.pattern("plaid"),
        details("pants", "the pants are plaid and have a drawstring waist"),
        is_a("pair of pajamas", "yes"),
        describe(
            "pants",
            "the pants are blue and white plaid with an elastic waistband and a drawstring at the waist and two"
            " pockets on the sides and a",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Marks & Spencer Men Blue Checked Lounge Pants",
        category="Lounge Pants",
        color="Blue",
    ),
    # Photo: model in a white tee and navy knit lounge shorts with two side pockets and a drawcord.
    # All texts: base BLIP-2 zero-shot; the color-of-shorts answer ran on into a new Question/Answer pair.
    case(
        "X1441-018",
        caption("a man in a white t - shirt and navy shorts"),
        color_of("shorts", "navy blue Question: What is the color of the shirt? Answer: white", "leak", kind="open"),
        wearing("a white t - shirt and blue shorts"),
        details("shorts", "the shorts have a drawstring and two pockets"),
        Q.color("white", "other_garment_color"),
        gender="Men",
        title="Jockey Men Navy Blue Solid Lounge Shorts",
        category="Lounge Shorts",
        color="Navy Blue",
    ),
    # Photo: model with long hair tied in a bun, lavender lounge tee and black lounge shorts, side-on pose.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1441-019",
        caption("a woman in a purple t - shirt and black shorts", "pronoun"),
        wearing("a purple t - shirt and black shorts"),
        Q.color("purple"),
        Q.sleeve_length("short"),
        Q.garment_type("t - shirt"),
        gender="Men",
        title="Bewakoof Men Lavender Solid Lounge T-shirt",
        category="Lounge Tshirts",
        color="Lavender",
    ),
    # Photo: back view of model in black track pants (zip back pocket) and a white tee.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1441-020",
        caption("the back of a man wearing black pants and a white t - shirt"),
        wearing("black pants and a white t - shirt"),
        Q.color("black"),
        details("pants", "the pants have a zipper on the back pocket"),
        is_a("pair of shorts", "no"),
        Q.garment_type("jeans", "contradiction"),
        gender="Men",
        title="Jack & Jones Men Black Solid Slim Fit Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Photo: a white racerback gym vest on a wooden hanger against a white wall, no person.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1441-021",
        caption("a white tank top on a hanger"),
        wearing("a white tank top"),
        Q.color("white"),
        Q.sleeve_length("sleeveless"),
        Q.garment_type("tank top"),
        Q.material("cotton"),
        describe("tank top", "a white tank top on a hanger"),
        gender="Men",
        title="Jockey Men White Cotton Rich Gym Vest",
        category="Innerwear Vests",
        color="White",
    ),
    # Photo: model sitting on a wooden stool in black track pants with a small white logo on the left thigh and a
    # black tee. All texts: base BLIP-2 zero-shot.
    case(
        "X1441-022",
        caption("a man sitting on a stool wearing black pants and a black t - shirt"),
        Q.color("black"),
        color_of("shirt", "black", kind="open"),
        details("pants", "the pants have a puma logo on the left thigh"),
        Q.material("polyester"),
        Q.garment_type("pants"),
        gender="Men",
        title="Puma Men Black Solid Training Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Photo: model in red-and-navy checked woven boxers and a grey tee, white backdrop.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1441-023",
        caption("a man in a gray t - shirt and red plaid shorts"),
        Q.color("gray", "other_garment_color"),
        color_of("shorts", "red", kind="open"),
        Q.garment_type("shorts"),
        Q.pattern("plaid"),
        is_a("pair of boxers", "yes"),
        details("shorts", "the shorts have a button fly and an elastic waistband"),
        gender="Men",
        title="Tommy Hilfiger Men Red Checked Woven Boxers",
        category="Boxers",
        color="Red",
    ),
    # Photo: flat lay on white of two folded white vests side by side.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1441-024",
        caption(
            "a pair of white tank tops on a white background with a white background with a white background with a"
            " white background with a white background with a white background with a white",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("tank top"),
        Q.color("white"),
        wearing("nothing", "non_answer"),
        Q.sleeve_length("sleeveless"),
        gender="Men",
        title="Jockey Men Pack of 2 White Solid Innerwear Vests",
        category="Innerwear Vests",
        color="White",
    ),
    # Photo: model in a maroon satin long-sleeve night suit with white piping on collar and cuffs, plain backdrop.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1441-025",
        caption("a man in a red pajama set"),
        wearing("a red pajama set"),
        Q.color("red"),
        describe("pajamas", "the pajamas are red with white piping"),
        Q.sleeve_length("long"),
        Q.pattern("solid"),
        Q.material("silk", "unsupported"),
        gender="Men",
        title="Clt.s Men Maroon Solid Satin Night Suit",
        category="Night suits",
        color="Maroon",
    ),
    # Photo: model in black lounge joggers (drawcord, two side pockets, no zip pockets) and a black tee.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1441-026",
        caption("a man in a black t - shirt and black joggers"),
        Q.color("black"),
        Q.garment_type("pants"),
        Q.pattern("solid"),
        describe(
            "joggers",
            "the joggers are black and have a drawstring waist, two side pockets, a back pocket, and a zippered"
            " pocket on the left leg, which is a",
            "cut",
            hit_limit=True,
        ),
        wearing("a black t - shirt and black joggers"),
        gender="Men",
        title="Van Heusen Men Black Solid Lounge Joggers",
        category="Lounge Pants",
        color="Black",
    ),
    # Photo: model in an off-white thermal set (long-sleeve top and ankle-length bottoms), the bottoms being the
    # product. All texts: base BLIP-2 zero-shot.
    case(
        "X1441-027",
        caption("a man in a white long sleeve shirt and white leggings"),
        Q.garment_type("leggings"),
        Q.color("white"),
        is_a("pair of pants", "yes"),
        details("leggings", "they are white leggings", "restated"),
        gender="Men",
        title="Dollar Thermals Men Off White Solid Thermal Bottoms",
        category="Thermal Bottoms",
        color="Off White",
    ),
    # Photo: flat lay of a folded blue-and-white striped half-sleeve pyjama shirt over matching pants.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1441-028",
        caption("a blue and white striped shirt and pants"),
        Q.pattern("striped"),
        Q.color("blue"),
        wearing("a blue and white striped shirt"),
        Q.sleeve_length("long", "contradiction"),
        gender="Men",
        title="Max Men Blue Striped Half Sleeve Pyjama Set",
        category="Night suits",
        color="Blue",
    ),
    # Photo: model in yellow knit lounge boxers with a small banana print and a white tee.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1441-029",
        caption("a man in yellow shorts with bananas on them"),
        Q.color("yellow"),
        Q.pattern("floral", "contradiction"),
        wearing("a white t - shirt and yellow shorts"),
        describe("shorts", "yellow shorts with bananas on them"),
        gender="Men",
        title="Bewakoof Men Yellow Printed Boxer Shorts",
        category="Boxers",
        color="Yellow",
    ),
    # Photo: model in a navy sleeveless gym vest and grey track pants.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1441-030",
        caption("a man in a blue tank top and gray pants"),
        Q.color("gray", "other_garment_color"),
        color_of("tank top", "blue", kind="open"),
        Q.sleeve_length("sleeveless"),
        Q.garment_type("tank top"),
        details("tank top", "no", "non_answer"),
        gender="Men",
        title="Jockey Men Navy Blue Solid Sleeveless Vest US27",
        category="Innerwear Vests",
        color="Navy Blue",
    ),
    # Photo: male model with long curly hair in a teal lounge tee and black track shorts.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1441-031",
        caption("a man in a green t - shirt and black shorts"),
        wearing("she is wearing a green t - shirt and black shorts", "pronoun"),
        Q.color("green"),
        Q.sleeve_length("short"),
        describe("t-shirt", "a green t - shirt with a round neck"),
        gender="Men",
        title="Nautica Men Teal Solid Lounge T-shirt",
        category="Lounge Tshirts",
    ),
    # Photo: model in navy track pants with three white side stripes and a black zip track jacket.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1441-032",
        caption("a man in a black jacket and blue track pants"),
        Q.color("black", "other_garment_color"),
        details("pants", "the pants have three white stripes down the side"),
        is_a("pair of track pants", "yes"),
        Q.pattern("striped"),
        Q.garment_type("jacket", "contradiction"),
        gender="Men",
        title="ADIDAS Men Navy Blue 3-Stripes Track Pants",
        category="Track Pants",
        color="Navy Blue",
    ),
    # Photo: flat lay of three folded trunks (grey, black, navy) on white.
    # All texts: base BLIP-2 zero-shot; the color answer came back empty (the model emitted the newline at once).
    case(
        "X1441-033",
        caption("three pairs of men's underwear in different colors"),
        Q.color("", "non_answer"),
        Q.garment_type("underwear"),
        Q.material("cotton"),
        wearing("underwear"),
        gender="Men",
        title="Hanes Men Pack of 3 Cotton Stretch Trunks",
        category="Trunk",
        color="Multi",
    ),
    # Photo: model in a white tee and blue pyjama pants with small white dots, elastic waist with drawcord.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1441-034",
        caption("a man in a white t - shirt and blue pajama pants"),
        Q.color("white", "other_garment_color"),
        color_of("pants", "blue", kind="open"),
        Q.pattern("polka dots"),
        details("pants", "the pants have an elastic waistband and a drawstring"),
        describe("pants", "blue pajama pants with white polka dots"),
        gender="Men",
        title="Jockey Men Blue Printed Pyjamas",
        category="Pyjamas",
        color="Blue",
    ),
    # Photo: model in grey melange lounge shorts with a small flag logo on the left leg and a navy polo tee.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1441-035",
        caption("a man in a blue shirt and gray shorts"),
        Q.color("gray"),
        Q.garment_type("shorts"),
        details("shorts", "the shorts have a tommy hilfiger logo on the left leg"),
        color_of("shirt", "blue", kind="open"),
        Q.material("fabric", "non_answer"),
        gender="Men",
        title="Tommy Hilfiger Men Grey Melange Solid Lounge Shorts",
        category="Lounge Shorts",
        color="Grey Melange",
    ),
    # Photo: model in a black-and-red buffalo check flannel night suit, long sleeves, plain backdrop.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1441-036",
        caption("a man in a black and red plaid pajama set"),
        Q.color("red"),
        Q.pattern("plaid"),
        Q.sleeve_length("long"),
        Q.material("flannel"),
        wearing("pajamas"),
        details("pajamas", "they are pajamas", "restated"),
        gender="Men",
        title="XYXX Men Black & Red Checked Flannel Night Suit",
        category="Night suits",
        color="Black",
    ),
    # Photo: model in blue-and-white striped woven boxers and a white vest, white backdrop.
    # All texts: base BLIP-2 zero-shot; the garment-type answer ran on with new Question/Answer pairs to the limit.
    case(
        "X1441-037",
        caption("a man in blue and white striped boxer shorts"),
        Q.garment_type(
            "boxers Question: What is the color of the boxers? Answer: blue Question: What is the pattern of the"
            " boxers? Answer:",
            "leak",
            hit_limit=True,
        ),
        Q.color("blue"),
        Q.pattern("striped"),
        is_a("pair of boxers", "yes"),
        gender="Men",
        title="Marks & Spencer Men Blue Striped Pure Cotton Boxers",
        category="Boxers",
        color="Blue",
    ),
    # Photo: model in olive track pants and a black tee, white sneakers.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1441-038",
        caption("a man in a black t - shirt and green pants"),
        color_of("pants", "black", "other_garment_color", kind="open"),
        Q.color("green"),
        Q.garment_type("pants"),
        Q.pattern("solid"),
        wearing("a black t - shirt and black pants", "other_garment_color"),
        gender="Men",
        title="Jockey Men Olive Solid Track Pants",
        category="Track Pants",
        color="Olive",
    ),
    # Photo: model in a black sleeveless vest and black jeans, dark-grey backdrop.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1441-039",
        caption("arafed man in a black tank top and black jeans"),
        Q.color("black"),
        wearing("a black tank top and black jeans"),
        Q.material("cotton"),
        Q.sleeve_length("sleeveless"),
        details(
            "tank top",
            "the tank top is black and has a black logo on the chest and a black logo on the back and a black logo on"
            " the",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Jockey Men Black Solid Cotton Sleeveless Vest",
        category="Innerwear Vests",
        color="Black",
    ),
    # Photo: model in beige lounge pants with an elastic waist and a white tee.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1441-040",
        caption("a man in a white t - shirt and beige pants"),
        wearing(
            "a white t - shirt and beige pants, white t - shirt and beige pants, white t - shirt and beige pants,"
            " white t -",
            "loop",
            hit_limit=True,
        ),
        Q.color("beige"),
        Q.garment_type("pants"),
        details("pants", "the pants have an elastic waistband"),
        gender="Men",
        title="Urban Ranger Men Beige Solid Lounge Pants",
        category="Lounge Pants",
        color="Beige",
    ),
    # Photo: model in grey knit lounge shorts and a white tee, one hand in a side pocket.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1441-041",
        caption("a man in a white t - shirt and grey shorts with his hand in his pocket"),
        describe("shorts", "shorts", "non_answer"),
        Q.color("gray"),
        Q.garment_type("shorts"),
        is_a("pair of shorts", "yes"),
        gender="Men",
        title="Levis Men Grey Solid Lounge Shorts",
        color="Grey",
    ),
    # Photo: model in navy pyjama pants (plain, elastic waist) and a white tee.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1441-042",
        caption("a man in a white t - shirt and blue pants"),
        Q.color("blue"),
        Q.garment_type("pants"),
        is_a("pair of jeans", "yes", "contradiction"),
        details("pants", "the pants are blue"),
        gender="Men",
        title="Jockey Men Navy Solid Pyjamas",
        category="Pyjamas",
        color="Navy Blue",
    ),
    # Photo: torso crop of a model in navy briefs with a white logo waistband (one of the three in the pack).
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1441-043",
        caption("a man in blue underwear"),
        Q.color("blue"),
        wearing("a pair of blue briefs"),
        Q.garment_type("underwear"),
        is_a("pair of shorts", "yes", "contradiction"),
        details("briefs", "the briefs have a white waistband with a logo"),
        title="VIP Men Pack of 3 Assorted Briefs",
        category="Briefs",
        color="Multi",
    ),
    # Photo: model in white cotton pyjamas (the product) under a white kurta, plain backdrop.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1441-044",
        caption("a man in a white kurta and white pants"),
        Q.garment_type("pants"),
        Q.color("white"),
        describe("pants", "white pants with a drawstring"),
        Q.material("linen", "contradiction"),
        gender="Men",
        title="Fabindia Men White Solid Cotton Pyjamas",
        category="Pyjamas",
        color="White",
    ),
    # Photo: model in a white vest and grey lounge pants, hands empty, plain light backdrop (no mug, no prop).
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1441-045",
        caption("a man in a white tank top holding a cup of coffee", "unsupported"),
        wearing("a white tank top and gray pants"),
        Q.color("white"),
        Q.garment_type("tank top"),
        Q.sleeve_length("sleeveless"),
        details("tank top", "the tank top has a pocket on the chest", "unsupported"),
        gender="Men",
        title="Dixcy Scott Men White Solid Innerwear Vest",
        category="Innerwear Vests",
        color="White",
    ),
]
