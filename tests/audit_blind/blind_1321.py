"""BLIND_1321 (45 products; Myntra men's innerwear and lounge, base BLIP-2 zero-shot): written blind in the sixty-third
session. Measured blind at d294d42 (the session's third rules): 46/62 failures found (74.2%) and 20/219 correct texts
flagged (9.1%). The writer's notes, verbatim:

Scenario: a Myntra feed of men's innerwear, nightwear and loungewear (vests, undershirts, boxers, trunks, briefs,
night suits, pyjamas, lounge pants and shorts, track pants, a thermal set, a bath robe). Most photos are a male model
on a plain light backdrop, wearing the product with other clothes (jeans, a tee, a hoodie); there are flat lays and
stacks of multi-packs, two back views and a few props (a mug, a dumbbell, a bed, a book, a sofa). Catalog columns as
Myntra has them: title, category (the article type: "Innerwear Vests", "Boxers", "Trunk", "Night suits"...), color
(base colour, "Multi" for assorted packs) and gender; a few rows lack one of them.
Who wrote what: every text comes from the untuned Salesforce/blip2-opt-2.7b, no adapter. Captions: no prompt, greedy,
50 new tokens. Open answers (wearing, describe, details, the color questions asked in the experiments' own words):
free greedy generation on `Question: ... Answer:`, 30 new tokens; it usually stops on the newline by itself, so
most answers are short. Closed questions (garment type, color, pattern, sleeve length, the yes/no "Is this a ...?")
are ranked over candidate answers by the reference engine on the same base model; an unmapped raw text is kept.
Labeling conventions and judgement calls: judged against the photo I imagined and the title. A color question answered
with the color of the other garment worn in the photo (tee, jeans, hoodie) is other_garment_color; one color repeated
for top and bottom of a set is other_garment_color on the wrong one. A closed answer that the title or category
contradicts (wrong garment type, "yes" to a wrong garment, "solid" for a printed item, one color for an assorted pack,
short sleeves for a sleeveless vest) is contradiction. Invented visible details (a pocket that is not there, a V
neck on a round-neck vest) and invented materials or blends are unsupported; a plain "cotton" for an obviously knit
cotton item, or "polyester" for sports track pants, I left unmarked as a fair reading of the photo. Answers that only
name the garment or say "short" for the details are non_answer; one that repeats the question's words is restated.
Loops and answers cut at the 30-token limit carry hit_limit; a loop that ran to the limit is labeled loop, not cut.
"she"/"a woman" for a male model is pronoun. Partial colors of two-color items ("blue" for blue-white checks) and
"red" for maroon count as correct. Base zero-shot does better than the adapters on these simple, mostly solid
products, so fewer than four in ten texts are wrong here.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    DEFAULT_QUESTIONS,
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    wearing,
)

Q = BLIND_QUESTIONS

BLIND_1321 = [
    # Photo: model in a white round-neck sleeveless vest and navy jeans, grey backdrop. All right.
    case(
        "X1321-001",
        caption("a man in a white tank top and jeans"),
        wearing("a white tank top"),
        color_of("vest", "white"),
        describe("vest", "a white tank top"),
        details("vest", "it has a round neck"),
        Q.sleeve_length("sleeveless"),
        gender="Men",
        title="Jockey Men White Solid Innerwear Vest 8820",
        category="Innerwear Vests",
        color="White",
    ),
    # Photo: model in a grey melange crew tee and navy boxers, white backdrop. The color answer takes the tee's grey;
    # the details answer only names the garment.
    case(
        "X1321-002",
        caption("a man in a grey t-shirt and blue shorts"),
        wearing("a grey t-shirt and blue shorts"),
        color_of("boxers", "grey", "other_garment_color", kind="open"),
        describe("boxers", "blue boxers"),
        details("boxers", "they are boxers", "non_answer"),
        is_a("pair of boxers", "yes"),
        gender="Men",
        title="XYXX Men Navy Blue Solid Boxers",
        category="Boxers",
        color="Navy Blue",
    ),
    # Photo: model in a blue-and-white checked night suit, short-sleeve collared shirt with a chest pocket and piping,
    # matching pyjama pants, barefoot. All right.
    case(
        "X1321-003",
        caption("a man in blue and white plaid pajamas"),
        wearing("pajamas"),
        color_of("shirt", "blue", kind="open"),
        describe("pajamas", "blue and white checkered pajamas with a collar and buttons down the front"),
        details("pajamas", "they have a pocket on the chest"),
        Q.pattern("plaid"),
        gender="Men",
        title="Van Heusen Men Blue & White Checked Night Suit",
        category="Night suits",
        color="Blue",
    ),
    # Photo: flat lay of three folded vests, white, grey and black. The closed color picks one of the three for an
    # assorted pack; the details answer invents the fabric.
    case(
        "X1321-004",
        caption("three different colored tank tops on a white background"),
        Q.color("white", "contradiction"),
        Q.garment_type("tank top"),
        describe("vests", "three tank tops in black, grey and white"),
        details("vests", "they are made of 100% cotton", "unsupported"),
        is_a("vest", "yes"),
        gender="Men",
        title="Dollar Bigboss Men Pack of 3 Assorted Innerwear Vests",
        category="Innerwear Vests",
        color="Multi",
    ),
    # Photo: model in a white tee, black solid track pants with drawstring and zip side pockets, white sneakers.
    # The color answer takes the tee's white; the yes/no says yes to jeans.
    case(
        "X1321-005",
        caption("a man in a white t-shirt and black pants"),
        wearing("black sweatpants and a white t-shirt"),
        color_of("track pants", "white", "other_garment_color", kind="open"),
        describe("track pants", "black sweatpants with a drawstring waist"),
        details("track pants", "they have a zipper on the side pockets"),
        is_a("pair of jeans", "yes", "contradiction"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Solid Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Photo: model in a navy tee and grey melange straight lounge pants, barefoot, holding a mug. The details answer
    # only names the garment.
    case(
        "X1321-006",
        caption("a man holding a cup of coffee"),
        wearing("grey sweatpants"),
        color_of("pants", "grey"),
        describe("pants", "they are grey"),
        details("pants", "pants", "non_answer"),
        Q.material("cotton"),
        is_a("pair of pajamas", "yes"),
        gender="Men",
        title="Jockey Men Grey Melange Solid Lounge Pants",
        category="Lounge Pants",
        color="Grey Melange",
    ),
    # Photo: torso crop, model in black trunks with a black waistband printed "DAMENSCH" in white. The details answer
    # makes the waistband white.
    case(
        "X1321-007",
        caption("a man in black underwear"),
        wearing("underwear"),
        color_of("trunks", "black"),
        describe("trunks", "black boxer briefs with a logo on the waistband"),
        details("trunks", "they have a white waistband", "unsupported"),
        Q.garment_type("underwear"),
        gender="Men",
        title="DAMENSCH Men Black Solid Deo-Soft Trunks",
        category="Trunk",
        color="Black",
    ),
    # Photo: model in a maroon tee with a small sleeping-bear print and grey melange pyjama pants with a maroon
    # all-over print. "red" for the maroon tee is fine; "red" again for the grey pants is the tee's color.
    case(
        "X1321-008",
        caption("a man in a red shirt and grey pants"),
        wearing("pajamas"),
        color_of("t-shirt", "red", kind="open"),
        color_of("pants", "red", "other_garment_color", kind="open"),
        Q.pattern("graphic"),
        describe("t-shirt", "it has a picture of a bear on it"),
        gender="Men",
        title="Sweet Dreams Men Maroon & Grey Printed Night Suit",
        category="Night suits",
        color="Maroon",
    ),
    # Photo: model in a white ribbed round-neck vest and beige chinos. The description invents a V neck.
    case(
        "X1321-009",
        caption("a man in a white tank top and khaki pants"),
        wearing("a white tank top and khaki pants"),
        color_of("vest", "white"),
        details("vest", "it is ribbed"),
        describe("vest", "white tank top with a v neck", "unsupported"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        gender="Men",
        title="Rupa Men Pack of 5 White Solid Innerwear Vests",
        category="Innerwear Vests",
        color="White",
    ),
    # Photo: model in a white tee and navy-and-red checked woven boxers with a visible button fly. The color answer
    # takes the tee's white.
    case(
        "X1321-010",
        caption("a man in a white shirt and plaid shorts"),
        wearing("a white t-shirt and plaid shorts"),
        color_of("boxers", "white", "other_garment_color", kind="open"),
        Q.pattern("plaid"),
        details("boxers", "plaid boxers with an elastic waistband and a button fly"),
        is_a("pair of boxers", "yes"),
        gender="Men",
        title="U.S. Polo Assn. Men Navy Blue Checked Boxers",
        category="Boxers",
        color="Navy Blue",
    ),
    # Photo: back view, model in a black hoodie and plain grey joggers with a back pocket; no stripe anywhere. The
    # color answer takes the hoodie's black; the description invents a side stripe.
    case(
        "X1321-011",
        caption("the back of a man in a black hoodie and grey sweatpants"),
        wearing("black hoodie and grey sweatpants"),
        color_of("track pants", "black", "other_garment_color", kind="open"),
        describe("track pants", "they are grey with a black stripe on the side", "unsupported"),
        details("track pants", "they have a pocket on the back"),
        is_a("pair of sweatpants", "yes"),
        gender="Men",
        title="Puma Men Grey Solid Regular Fit Track Pants",
        category="Track Pants",
        color="Grey",
    ),
    # Photo: model sitting on a wooden stool in a white polo and black lounge shorts with drawstring and side pockets.
    # "they are short" says nothing.
    case(
        "X1321-012",
        caption("a man sitting on a stool wearing black shorts"),
        wearing("a white shirt and black shorts"),
        color_of("shorts", "black"),
        details("shorts", "they are short", "non_answer"),
        describe("shorts", "black shorts with a drawstring waist and side pockets"),
        Q.garment_type("shorts"),
        gender="Men",
        title="Jockey Men Black Solid Lounge Shorts",
        category="Lounge Shorts",
        color="Black",
    ),
    # Photo: model in a long-sleeve blue-and-white striped pyjama set with white piping and a chest pocket. The
    # description loops on the pocket until the limit.
    case(
        "X1321-013",
        caption("a man in blue and white striped pajamas"),
        wearing("pajamas"),
        color_of("pajamas", "blue and white", kind="open"),
        Q.pattern("striped"),
        Q.sleeve_length("long sleeve"),
        describe(
            "pajamas",
            "blue and white striped pajamas with white piping on the collar and cuffs and a pocket on the chest and a "
            "pocket on the chest and a pocket on the",
            "loop",
            hit_limit=True,
        ),
        details("pajamas", "the pajamas are striped"),
        gender="Men",
        title="Marks & Spencer Men Blue & White Striped Pure Cotton Pyjama Set",
        category="Night suits",
        color="Blue",
    ),
    # Photo: flat lay of two trunks side by side, one olive, one navy. The closed type picks "shorts" for trunks; the
    # details answer invents the blend.
    case(
        "X1321-014",
        caption("two pairs of underwear on a white background"),
        Q.color("multicolor"),
        Q.garment_type("shorts", "contradiction"),
        is_a("pair of underwear", "yes"),
        describe("underwear", "two pairs of underwear, one green and one blue"),
        details("underwear", "they are made of cotton and spandex", "unsupported"),
        gender="Men",
        title="XYXX Men Pack of 2 Assorted Intellisoft Antimicrobial Micro Modal Trunks",
        category="Trunk",
        color="Multi",
    ),
    # Photo: model in a grey melange short-sleeve crew lounge tee (no pocket) and black joggers. The details answer
    # invents a chest pocket.
    case(
        "X1321-015",
        caption("a man in a grey t-shirt and black pants"),
        wearing("a grey t-shirt and black pants"),
        color_of("t-shirt", "grey"),
        Q.sleeve_length("short sleeve"),
        Q.garment_type("t-shirt"),
        details("t-shirt", "it has a pocket on the chest", "unsupported"),
        Q.material("cotton"),
        gender="Men",
        title="Van Heusen Men Grey Melange Solid Lounge T-shirt",
        category="Lounge Tshirts",
        color="Grey Melange",
    ),
    # Photo: model in a white ribbed tank top and navy boxers with a green-and-orange tropical leaf print. The color
    # answer takes the tank top's white.
    case(
        "X1321-016",
        caption("a man in a white tank top and colorful shorts"),
        wearing("a tank top and shorts"),
        color_of("boxers", "white", "other_garment_color", kind="open"),
        Q.pattern("floral"),
        describe("boxers", "they have a tropical print"),
        details("boxers", "they have an elastic waistband"),
        gender="Men",
        title="Bummer Men Navy Blue & Green Tropical Printed Boxers",
        category="Boxers",
        color="Navy Blue",
    ),
    # Photo: model in a white gym vest with deep armholes and black shorts, holding a dumbbell. The details answer only
    # names the garment; the description talks about the dumbbell, not the vest.
    case(
        "X1321-017",
        caption("a man holding a dumbbell in a white tank top"),
        wearing("a white tank top and black shorts"),
        color_of("vest", "white"),
        details("vest", "it is a vest", "non_answer"),
        is_a("tank top", "yes"),
        describe("vest", "a man is holding a dumbbell", "non_answer"),
        gender="Men",
        title="Lux Cozi Men White Solid Gym Vest",
        category="Innerwear Vests",
        color="White",
    ),
    # Photo: model in a charcoal long-sleeve thermal crew top and blue jeans. "sweater" for a thermal top, and an
    # invented wool.
    case(
        "X1321-018",
        caption("a man in a grey long sleeve shirt and jeans"),
        wearing("a grey long sleeve shirt"),
        Q.garment_type("sweater", "contradiction"),
        Q.sleeve_length("long sleeve"),
        Q.material("wool", "unsupported"),
        Q.color("grey"),
        gender="Men",
        title="Chromozome Men Charcoal Grey Solid Thermal Top",
        category="Thermal Tops",
        color="Charcoal",
    ),
    # Photo: model in a grey tee and navy track pants with white side taping, drawstring, side pockets, zips at the
    # ankles. The details answer runs to the limit and stops mid-phrase.
    case(
        "X1321-019",
        caption("a man in a grey shirt and blue pants"),
        wearing("a grey t-shirt and blue pants"),
        color_of("track pants", "blue", kind="open"),
        describe("track pants", "navy blue sweatpants with white stripes on the side"),
        details(
            "track pants",
            "the track pants have a white stripe down the side of the leg and a drawstring at the waist and two "
            "pockets on the sides and a zipper on the bottom of the",
            "cut",
            hit_limit=True,
        ),
        is_a("pair of shorts", "no"),
        gender="Men",
        title="Jockey Men Navy Blue Solid Track Pants",
        category="Track Pants",
        color="Navy Blue",
    ),
    # Photo: three folded briefs (black, blue, red) in an open retail box, no person. The closed color picks one of an
    # assorted pack; "they are briefs" says nothing. Feed row has no color column.
    case(
        "X1321-020",
        caption("three pairs of men's underwear in a box"),
        wearing("underwear"),
        Q.garment_type("underwear"),
        Q.color("blue", "contradiction"),
        is_a("pair of briefs", "yes"),
        describe("briefs", "they are black, blue and red"),
        details("briefs", "they are briefs", "non_answer"),
        gender="Men",
        title="Macho Men Pack of 3 Assorted Solid Briefs",
        category="Briefs",
    ),
    # Photo: model sitting on a bed against a pillow, white tee and navy pyjama pants with a small white star print.
    # The color answer takes the tee's white; the closed pattern says solid for a printed pyjama.
    case(
        "X1321-021",
        caption("a man sitting on a bed in pajamas"),
        wearing("a white t-shirt and pajama pants"),
        color_of("pyjamas", "white", "other_garment_color", kind="open"),
        Q.pattern("solid", "contradiction"),
        details("pyjamas", "they have an elastic waistband"),
        describe("pyjamas", "navy blue pajamas with white stars"),
        gender="Men",
        title="Sweet Dreams Men Navy Blue Printed Pyjamas",
        category="Pyjamas",
        color="Navy Blue",
    ),
    # Photo: model in a white tee and navy lounge shorts with a small flag logo on the hem. The description ran on into
    # the prompt format. Feed row has no gender.
    case(
        "X1321-022",
        caption("a man in a white t-shirt and navy shorts"),
        wearing("a white t-shirt and navy shorts"),
        color_of("shorts", "navy"),
        details("shorts", "they have a tommy hilfiger logo"),
        describe(
            "shorts",
            "navy blue shorts with a tommy hilfiger logo Question: What is the color of the shorts? Answer: navy",
            "leak",
        ),
        Q.garment_type("shorts"),
        title="Tommy Hilfiger Men Navy Blue Solid Lounge Shorts",
        category="Lounge Shorts",
        color="Navy Blue",
    ),
    # Photo: male model with shoulder-length hair in a black vest and blue jeans. Caption and description call him a
    # woman / "she".
    case(
        "X1321-023",
        caption("a woman in a black tank top and jeans", "pronoun"),
        wearing("a black tank top and jeans"),
        color_of("vest", "black"),
        describe("vest", "she is wearing a black tank top", "pronoun"),
        Q.sleeve_length("sleeveless"),
        gender="Men",
        title="Rupa Jon Men Black Solid Innerwear Vest",
        category="Innerwear Vests",
        color="Black",
    ),
    # Photo: model in a black tee and blue checked boxers (elastic waist, no button), inset of the second pair in red
    # checks. The color answer takes the tee's black; the details answer invents a button.
    case(
        "X1321-024",
        caption("a man in a black t-shirt and plaid shorts"),
        wearing("a black shirt and plaid shorts"),
        color_of("boxers", "black", "other_garment_color", kind="open"),
        Q.pattern("plaid"),
        is_a("pair of boxers", "yes"),
        details("boxers", "they have a button on the front", "unsupported"),
        gender="Men",
        title="Hanes Men Pack of 2 Checked Boxers",
        category="Boxers",
        color="Multi",
    ),
    # Photo: flat lay of black track pants with a white Puma cat logo on the left thigh. The details answer turns
    # into ad copy and is cut at the limit.
    case(
        "X1321-025",
        caption("a pair of black pants with a puma logo"),
        wearing("black pants"),
        color_of("track pants", "black"),
        describe("track pants", "black sweatpants with a white puma logo on the left leg"),
        details(
            "track pants",
            "the track pants are made of a lightweight, breathable fabric that wicks away sweat and keeps you cool "
            "and dry. The elastic waistband with drawstring",
            "cut",
            hit_limit=True,
        ),
        is_a("pair of track pants", "yes"),
        gender="Men",
        title="Puma Men Black Solid Regular Fit Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Photo: model in a grey short-sleeve tee and black pyjama pants (the night suit). "grey" repeated for the pants;
    # "i don't know" for the details.
    case(
        "X1321-026",
        caption("a man in a grey shirt and black pants"),
        wearing("a grey t-shirt and black pants"),
        color_of("shirt", "grey"),
        color_of("pants", "grey", "other_garment_color"),
        describe("night suit", "grey and black pajamas"),
        details("night suit", "i don't know", "non_answer"),
        Q.sleeve_length("short sleeve"),
        gender="Men",
        title="Van Heusen Men Grey & Black Solid Night Suit",
        category="Night suits",
        color="Grey",
    ),
    # Photo: model in a white tee, charcoal cuffed lounge joggers, white sneakers. The closed color takes the tee's
    # white; the details answer repeats the question.
    case(
        "X1321-027",
        caption("a man in a white shirt and grey jogger pants"),
        wearing("a white t-shirt and jogger pants"),
        Q.color("white", "other_garment_color"),
        Q.material("cotton"),
        DEFAULT_QUESTIONS.details("the details of the garment", "restated"),
        Q.garment_type("pants"),
        gender="Men",
        title="Jockey Men Charcoal Solid Straight Fit Lounge Joggers",
        category="Lounge Pants",
        color="Charcoal",
    ),
    # Photo: back view, model in a black racerback gym vest. "yes" to a t-shirt for a sleeveless vest.
    case(
        "X1321-028",
        caption("the back of a man in a black tank top"),
        wearing("a black tank top"),
        color_of("vest", "black"),
        details("vest", "it has a racer back"),
        describe("vest", "black"),
        is_a("t-shirt", "yes", "contradiction"),
        gender="Men",
        title="Macroman M-Series Men Black Solid Racerback Gym Vest",
        category="Innerwear Vests",
        color="Black",
    ),
    # Photo: model on a sofa with a cushion, olive long-sleeve henley (three buttons, no collar) and black jogger
    # pyjamas. "green" repeated for the pants; the details answer invents a collar.
    case(
        "X1321-029",
        caption("a man sitting on a couch"),
        wearing("a green shirt and black pants"),
        color_of("shirt", "green", kind="open"),
        color_of("pants", "green", "other_garment_color", kind="open"),
        Q.sleeve_length("long sleeve"),
        describe("shirt", "a green shirt with buttons"),
        details("shirt", "the shirt has a collar", "unsupported"),
        gender="Men",
        title="Sweet Dreams Men Olive Green & Black Solid Night Suit",
        category="Night suits",
        color="Olive",
    ),
    # Photo: torso crop, model in white trunks with a black "Calvin Klein" waistband. "black" is the waistband's color,
    # not the product's.
    case(
        "X1321-030",
        caption("a man in white underwear with a black waistband"),
        wearing("he is wearing underwear"),
        color_of("trunks", "black", "contradiction"),
        details("trunks", "they have calvin klein written on the waistband"),
        describe("trunks", "white boxer briefs with a black waistband that says calvin klein"),
        Q.garment_type("underwear"),
        gender="Men",
        title="Calvin Klein Underwear Men White Solid Trunks",
        category="Trunk",
        color="White",
    ),
    # Photo: model in a black tee and olive camouflage track pants with drawstring and cuffed ankles. The details
    # answer loops on one word.
    case(
        "X1321-031",
        caption("a man in a black t-shirt and camo pants"),
        wearing("a black t-shirt and camouflage pants"),
        color_of("track pants", "green", kind="open"),
        Q.pattern("camouflage"),
        describe("track pants", "camouflage pants with a drawstring waist and cuffs at the ankles"),
        details(
            "track pants",
            "camouflage camouflage camouflage camouflage camouflage camouflage camouflage camouflage camouflage "
            "camouflage camouflage camouflage camouflage camouflage camouflage",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of jeans", "no"),
        gender="Men",
        title="Roadster Men Olive Green Camouflage Print Track Pants",
        category="Track Pants",
        color="Olive",
    ),
    # Photo: model in a white short-sleeve round-neck undershirt worn under an open light-blue shirt. The color answer
    # takes the open shirt's blue.
    case(
        "X1321-032",
        caption("a man in a blue shirt and white t-shirt"),
        wearing("a blue shirt"),
        color_of("undershirt", "blue", "other_garment_color", kind="open"),
        Q.sleeve_length("short sleeve"),
        Q.garment_type("t-shirt"),
        describe("undershirt", "a white t-shirt under a blue shirt"),
        gender="Men",
        title="Jockey Men White Solid Round Neck Undershirt US26",
        category="Innerwear Vests",
        color="White",
    ),
    # Photo: model in a grey waffle-knit bath robe with a belt and two patch pockets. The closed type calls it a jacket;
    # "terry cloth" is wrong for the waffle weave. Feed row has no gender.
    case(
        "X1321-033",
        caption("a man in a grey robe"),
        wearing("a bathrobe"),
        color_of("robe", "grey"),
        Q.garment_type("jacket", "contradiction"),
        details("robe", "it has a belt and two pockets"),
        Q.material("terry cloth", "unsupported"),
        title="Story@home Men Grey Solid Waffle Bath Robe",
        category="Bath Robe",
        color="Grey",
    ),
    # Photo: flat lay of folded blue woven boxer shorts with small white dots, one button at the fly. All right.
    case(
        "X1321-034",
        caption("a pair of blue shorts with white dots"),
        wearing("shorts"),
        color_of("boxers", "blue"),
        Q.pattern("polka dot"),
        details("boxers", "they have a button fly and an elastic waistband"),
        describe("boxers", "blue boxers with white polka dots"),
        is_a("pair of shorts", "yes"),
        gender="Men",
        title="Jockey Men Blue Printed Boxer Shorts",
        category="Boxers",
        color="Blue",
    ),
    # Photo: model in a grey melange vest with a small chest logo and blue jeans, plain white backdrop. The caption
    # invents a window; the color answer takes the jeans' blue; the closed sleeve length is wrong for a vest.
    case(
        "X1321-035",
        caption("a man in a gray tank top and jeans standing in front of a window", "unsupported"),
        wearing("a grey tank top and blue jeans"),
        color_of("vest", "blue", "other_garment_color", kind="open"),
        details("vest", "it has a logo on the chest"),
        describe("vest", "a grey tank top with a logo on the chest"),
        Q.sleeve_length("short sleeve", "contradiction"),
        gender="Men",
        title="U.S. Polo Assn. Men Grey Melange Solid Innerwear Vest",
        category="Innerwear Vests",
        color="Grey Melange",
    ),
    # Photo: model in a grey hoodie and black lounge shorts. The color answer takes the hoodie's grey; the details
    # answer starts by echoing the prompt.
    case(
        "X1321-036",
        caption("a man in a grey hoodie and black shorts"),
        wearing("a hoodie and shorts"),
        color_of("shorts", "grey", "other_garment_color", kind="open"),
        is_a("pair of shorts", "yes"),
        describe("shorts", "black shorts"),
        details("shorts", "Question: What are the shorts details? Answer: black shorts", "leak"),
        gender="Men",
        title="Hanes Men Black Solid Lounge Shorts",
        category="Lounge Shorts",
        color="Black",
    ),
    # Photo: model in a grey tee and red-and-navy checked pyjama pants. The details answer repeats the question's
    # words.
    case(
        "X1321-037",
        caption("a man in a grey shirt and plaid pajama pants"),
        wearing("pajamas"),
        color_of("pyjamas", "red", kind="open"),
        Q.pattern("plaid"),
        details("pyjamas", "the pajamas details are the pajamas", "restated"),
        describe("pyjamas", "red and blue plaid pajama pants"),
        gender="Men",
        title="Sweet Dreams Men Red & Navy Blue Checked Pyjamas",
        category="Pyjamas",
        color="Red",
    ),
    # Photo: torso crop, model in teal trunks with a black "DAMENSCH" waistband. All right ("blue" for teal).
    case(
        "X1321-038",
        caption("a man in blue underwear"),
        wearing("underwear"),
        color_of("trunks", "blue"),
        details("trunks", "they have a black waistband with the word damensch on it"),
        describe("trunks", "a man in blue underwear"),
        is_a("pair of underwear", "yes"),
        gender="Men",
        title="DAMENSCH Men Teal Blue Solid Deo-Soft Trunks",
        category="Trunk",
        color="Teal",
    ),
    # Photo: model in a white tee and black lounge pants, inset of the second pair in grey. "yes" to jeans. Feed row
    # has no category.
    case(
        "X1321-039",
        caption("a man in a white shirt and black pants"),
        wearing("a white t-shirt and black pants"),
        color_of("lounge pants", "black", kind="open"),
        Q.garment_type("pants"),
        details("lounge pants", "they are black"),
        describe("lounge pants", "two pairs of pants, one black and one grey"),
        is_a("pair of jeans", "yes", "contradiction"),
        gender="Men",
        title="Kryptic Men Pack of 2 Black & Grey Solid Lounge Pants",
        color="Multi",
    ),
    # Photo: model in black thermal leggings and the matching black thermal top. The material is invented; the
    # description loops.
    case(
        "X1321-040",
        caption("a man in black leggings and a black shirt"),
        wearing("black leggings"),
        color_of("thermal bottoms", "black"),
        Q.garment_type("leggings"),
        Q.material("spandex", "unsupported"),
        describe(
            "thermal bottoms",
            "black leggings with black leggings with black leggings with black leggings with black leggings with "
            "black leggings with black",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Lux Inferno Men Black Solid Thermal Bottoms",
        category="Thermal Bottoms",
        color="Black",
    ),
    # Photo: model sitting on a bed reading a book, white-and-navy striped short-sleeve shirt and matching shorts
    # (drawstring, side pockets, small logo on the leg). The details answer is cut at the limit.
    case(
        "X1321-041",
        caption("a man sitting on a bed reading a book"),
        wearing("pajamas"),
        color_of("shirt", "white", kind="open"),
        Q.pattern("striped"),
        Q.sleeve_length("short sleeve"),
        describe("shirt", "white and blue striped shirt with a collar and buttons"),
        details(
            "shorts",
            "the shorts are blue and white striped and have a drawstring waist and two side pockets and a small "
            "logo on the left leg and a",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Tommy Hilfiger Men White & Navy Blue Striped Pyjama Set",
        category="Night suits",
        color="White",
    ),
    # Photo: model in a sky-blue sleeveless vest (no pocket) and grey track pants. The color answer takes the pants'
    # grey; the details answer invents a pocket.
    case(
        "X1321-042",
        caption("a man in a blue tank top and grey pants"),
        wearing("a blue tank top"),
        color_of("vest", "grey", "other_garment_color", kind="open"),
        describe("vest", "it is blue"),
        details("vest", "it has a pocket", "unsupported"),
        is_a("tank top", "yes"),
        gender="Men",
        title="Macho Men Blue Solid Sporto Innerwear Vest",
        category="Innerwear Vests",
        color="Blue",
    ),
    # Photo: flat lay of navy slim track pants with a white logo and zip pockets. "yes" to shorts. Feed row has no
    # gender.
    case(
        "X1321-043",
        caption("a pair of blue pants with a white logo"),
        wearing("a pair of pants"),
        Q.color("blue"),
        Q.garment_type("pants"),
        Q.material("polyester"),
        Q.pattern("solid"),
        DEFAULT_QUESTIONS.details("it has a zipper on the pocket"),
        is_a("pair of shorts", "yes", "contradiction"),
        title="Puma Men Navy Blue Solid Slim Fit Track Pants",
        category="Track Pants",
        color="Navy Blue",
    ),
    # Photo: model in a grey tee printed "SLEEP MODE ON" and black lounge shorts (the night suit). The questionnaire
    # asked "What is she wearing?" and the answer kept "she"; "grey" repeated for the shorts.
    case(
        "X1321-044",
        caption("a man in a grey t-shirt and shorts"),
        wearing("she is wearing a grey t-shirt and black shorts", "pronoun", who="she"),
        color_of("t-shirt", "grey"),
        color_of("shorts", "grey", "other_garment_color"),
        Q.pattern("graphic"),
        describe("t-shirt", "a grey t-shirt that says sleep mode on"),
        gender="Men",
        title="Sweet Dreams Men Grey & Black Printed Night Suit",
        category="Night suits",
        color="Grey",
    ),
    # Photo: a stack of five folded white sleeveless vests. The caption calls them t-shirts.
    case(
        "X1321-045",
        caption("a stack of white t-shirts", "contradiction"),
        Q.color("white"),
        Q.garment_type("tank top"),
        is_a("vest", "yes"),
        describe("vests", "a stack of white tank tops"),
        gender="Men",
        title="Rupa Frontline Men Pack of 5 White Solid Innerwear Vests",
        category="Innerwear Vests",
        color="White",
    ),
]
