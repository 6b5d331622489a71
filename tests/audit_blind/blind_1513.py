"""BLIND_1513 (45 products; Myntra men's innerwear and lounge, base BLIP-2): written blind in the sixty-fifth session.
Measured blind at 71dbb3c (the session's sixth rules): 54/63 failures found (85.7%) and 25/241 correct texts flagged
(10.4%). The writer's notes, verbatim:

Scenario: a Myntra feed of men's innerwear, nightwear and loungewear (innerwear vests, boxers, briefs, trunks, night
suits, pyjamas, lounge pants and shorts, track pants, a few thermals), with the feed's own columns: title, category
(Myntra's article type), color (its base colour) and gender, one of them missing now and then. The photos are the
catalog's usual shots: a model on a plain backdrop wearing the product with other clothes (a vest with jeans, boxers
or track pants with a t-shirt), waist-down crops with no face for briefs and trunks, flat lays for packs, a back view,
a stool or a mug as a prop.
Who wrote what: every text is the untuned Salesforce/blip2-opt-2.7b, zero-shot, greedy. The caption is the
unprompted caption (no text prompt, 50 new tokens at most); the answers come from `Question: ... Answer:` prompts,
30 new tokens at most, one generate per prompt. No adapter anywhere. Closed questions keep the model's raw text.
Mostly the base model answers short and stops on its own; the long open questions (describe, details) are where it
runs on, loops, gets cut at 30 tokens, or carries on into a new `Question: ... Answer:` turn.
Labeling conventions and judgement calls: judged by the photo I imagined (the comment above each case) and the
title. Near hues count as right (navy -> blue, grey melange -> grey, maroon -> red, teal -> blue). Boxers called
"shorts" and trunks or briefs called "underwear" count as right; a night suit or lounge set called "t-shirt" by the
garment-type question is wrong (contradiction): the product is the set. For a multi-colour pack, one colour or
pattern that is in the pack counts as right. The colour of the other garment in the photo (the t-shirt worn with
boxers, the jeans worn with a vest) given for the product is other_garment_color; a colour that is in no garment of
the photo, or a garment type, pattern or sleeve answer that the photo and title refute, is contradiction. "no" to
"Is this a vest?" for an undershirt is contradiction (the model reads vest as a waistcoat). A material the title
refutes (cotton for micro modal, polyester for pure cotton) and invented features (a chest pocket, a drawstring that
is not there, a tattoo) are unsupported; when the title does not say the material and the answer is the fabric the
product really is, it is left correct. "a woman"/"she" for a male model is pronoun. An answer that only says the
garment back ("a vest", "boxers", "it is a t-shirt") is non_answer; one that echoes the question's words ("the
pyjamas details") is restated. A text that runs to the limit is marked hit_limit and labelled by what is wrong with
it first: loop when it repeats, cut when it is stopped mid-phrase without repeating. "there is no details" for a
plain vest is true and left correct. About one text in five is wrong, fewer than the usual four in ten: the untuned
model's short answers on plain catalog shots are mostly right; its errors sit in the colour and type of bottoms worn
under a t-shirt, in invented features and in the long open answers.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1513 = [
    # Photo: front, model in a white ribbed sleeveless vest tucked into blue jeans, grey backdrop. All texts: base
    # BLIP-2 OPT-2.7b zero-shot (caption unprompted, answers to Question/Answer prompts).
    case(
        "X1513-001",
        caption("a man in a white tank top and blue jeans"),
        wearing("a white tank top and jeans"),
        Q.garment_type("tank top"),
        Q.color("white"),
        Q.sleeve_length("sleeveless"),
        is_a("vest", "no", "contradiction"),
        describe("vest", "it is a white tank top"),
        gender="Men",
        title="Jockey Men White Solid Innerwear Vest 8820-0105",
        category="Innerwear Vests",
        color="White",
    ),
    # Photo: model in navy woven boxers with a white crew-neck t-shirt, white backdrop. All texts: base BLIP-2.
    case(
        "X1513-002",
        caption("a man in a white t-shirt and blue shorts"),
        wearing("a white t-shirt and blue shorts"),
        Q.garment_type("t-shirt", "contradiction"),
        Q.color("white", "other_garment_color"),
        color_of("shorts", "blue"),
        details("shorts", "the shorts have an elastic waistband"),
        Q.pattern("solid"),
        gender="Men",
        title="Van Heusen Men Pack of 2 Navy Blue Solid Pure Cotton Boxers",
        category="Boxers",
        color="Navy Blue",
    ),
    # Photo: model in grey melange cotton joggers with a drawstring, black t-shirt, front view. All texts: base BLIP-2.
    case(
        "X1513-003",
        caption("a man in a black t-shirt and grey sweatpants"),
        wearing("sweatpants"),
        Q.garment_type("sweatpants"),
        Q.color("black", "other_garment_color"),
        color_of("pants", "grey"),
        Q.material("cotton"),
        details("pants", "the pants have a drawstring waist"),
        gender="Men",
        title="XYXX Men Grey Melange Solid Lounge Pants",
        category="Lounge Pants",
        color="Grey Melange",
    ),
    # Photo: model in a night suit: solid navy round-neck top with short sleeves, navy-and-grey checked pyjama
    # bottoms. All texts: base BLIP-2.
    case(
        "X1513-004",
        caption("a man in a blue t-shirt and plaid pajama pants"),
        wearing("pajamas"),
        Q.garment_type("t-shirt", "contradiction"),
        Q.pattern("plaid"),
        color_of("shirt", "blue"),
        color_of("pants", "blue"),
        Q.sleeve_length("short"),
        describe("pajamas", "the pajamas are blue and grey plaid"),
        gender="Men",
        title="Sweet Dreams Men Navy Blue & Grey Checked Night Suit",
        category="Night suits",
        color="Navy Blue",
    ),
    # Photo: flat lay, five vests fanned out (white, grey, black, navy, maroon), white background. All texts: base
    # BLIP-2.
    case(
        "X1513-005",
        caption("a stack of men's tank tops in different colors"),
        Q.garment_type("tank top"),
        Q.color("white"),
        is_a("vest", "yes"),
        describe("vests", "five tank tops in different colors"),
        Q.material("cotton"),
        gender="Men",
        title="Dollar Bigboss Men Pack of 5 Assorted Pure Cotton Innerwear Vests",
        category="Innerwear Vests",
        color="Multi",
    ),
    # Photo: model in black polyester track pants with zip pockets, olive green t-shirt, white sneakers. All texts:
    # base BLIP-2.
    case(
        "X1513-006",
        caption("a man in a green t-shirt and black pants"),
        wearing("a green t-shirt and black track pants"),
        Q.color("green", "other_garment_color"),
        color_of("pants", "black"),
        details("pants", "the pants have zippered pockets on the sides"),
        Q.material("polyester"),
        Q.pattern("solid"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Solid Rapid-Dry Slim Fit Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Photo: waist-down crop, no face, model in black trunks with a black waistband carrying a grey Jockey logo, white
    # backdrop. All texts: base BLIP-2.
    case(
        "X1513-007",
        caption("a man in black boxer briefs"),
        wearing("she is wearing black underwear", "pronoun"),
        Q.garment_type("boxer briefs"),
        Q.color("black"),
        details("trunks", "the trunks are black"),
        describe("trunks", "black trunks with a white waistband", "unsupported"),
        gender="Men",
        title="Jockey Men Pack of 2 Black Solid Trunks 8009",
        category="Trunk",
        color="Black",
    ),
    # Photo: back view, model in a white round-neck cotton vest and blue jeans, white backdrop. All texts: base
    # BLIP-2.
    case(
        "X1513-008",
        caption("the back of a man in a white tank top"),
        wearing("a white tank top"),
        Q.color("white"),
        describe("vest", "a vest", "non_answer"),
        details("vest", "there is no details"),
        Q.sleeve_length("sleeveless"),
        gender="Men",
        title="Rupa Macroman Men White Solid Cotton Innerwear Vest",
        category="Innerwear Vests",
        color="White",
    ),
    # Photo: flat lay, two cotton boxers, one navy and one light blue, both with a fine all-over print of tiny
    # horses that reads as plain at this size. All texts: base BLIP-2.
    case(
        "X1513-009",
        caption("two pairs of boxer shorts with a pattern"),
        Q.garment_type("shorts"),
        Q.pattern("solid", "contradiction"),
        Q.color("blue"),
        is_a("pair of boxers", "yes"),
        describe("boxers", "two pairs of blue boxers"),
        Q.material("cotton"),
        gender="Men",
        title="U.S. Polo Assn. Denim Co. Men Pack of 2 Printed Pure Cotton Boxers",
        category="Boxers",
        color="Blue",
    ),
    # Photo: model in a white vest with grey track pants, grey backdrop. All texts: base BLIP-2.
    case(
        "X1513-010",
        caption("a man in a white tank top and grey pants standing in front of a grey wall"),
        wearing("a white tank top and grey sweatpants"),
        Q.color("grey", "other_garment_color"),
        color_of("vest", "white"),
        Q.garment_type("tank top"),
        Q.material("cotton"),
        is_a("vest", "yes"),
        details("vest", "the vest details are the vest details", "restated"),
        gender="Men",
        title="Lux Cozi Men Pack of 3 White Solid Cotton Vests",
        category="Innerwear Vests",
        color="White",
    ),
    # Photo: model in navy jersey lounge shorts with a white drawstring and a small flag logo on the left leg, white
    # t-shirt worn out. All texts: base BLIP-2.
    case(
        "X1513-011",
        caption("a man in a white shirt and blue shorts"),
        wearing("a white t-shirt and navy shorts"),
        color_of("shorts", "white", "other_garment_color"),
        details("shorts", "the shorts are short", "non_answer"),
        Q.garment_type("shorts"),
        describe("shorts", "the shorts are navy blue with a white drawstring"),
        gender="Men",
        title="Tommy Hilfiger Men Navy Blue Solid Lounge Shorts",
        category="Lounge Shorts",
        color="Navy Blue",
    ),
    # Photo: bare-chested model, face cropped, grey melange trunks with a black Calvin Klein waistband. All texts:
    # base BLIP-2.
    case(
        "X1513-012",
        caption("a man in grey underwear with a black waistband"),
        wearing("underwear"),
        Q.color("grey"),
        Q.garment_type("underwear"),
        details("trunks", "the trunks have a black waistband with the calvin klein logo"),
        Q.material("cotton"),
        describe(
            "trunks",
            "grey trunks with a black waistband and black waistband and black waistband and black waistband and "
            "black waistband and black",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Calvin Klein Underwear Men Grey Melange Solid Cotton Stretch Low-Rise Trunks",
        category="Trunk",
        color="Grey Melange",
    ),
    # Photo: model in charcoal (clearly dark grey) track pants with two zip pockets and a drawstring, black t-shirt.
    # All texts: base BLIP-2.
    case(
        "X1513-013",
        caption("a man in a black t-shirt and black pants", "other_garment_color"),
        wearing("a black t-shirt and grey sweatpants"),
        color_of("pants", "grey"),
        Q.color("black", "other_garment_color"),
        details("pants", "the pants have a drawstring waist and two zippered pockets"),
        Q.pattern("solid"),
        gender="Men",
        title="Jockey Men Charcoal Solid Track Pants 9500",
        category="Track Pants",
        color="Charcoal",
    ),
    # Photo: flat lay, three briefs (black, navy, grey) on white. All texts: base BLIP-2.
    case(
        "X1513-014",
        caption("three pairs of men's underwear on a white background"),
        Q.garment_type("underwear"),
        Q.material("cotton", "unsupported"),
        Q.color("black"),
        describe("briefs", "three pairs of black briefs", "contradiction"),
        is_a("pair of briefs", "yes"),
        gender="Men",
        title="XYXX Men Pack of 3 Assorted Intellisoft Antimicrobial Micro Modal Briefs",
        category="Briefs",
        color="Multi",
    ),
    # Photo: model in a plain maroon round-neck cotton lounge t-shirt with short sleeves and no pocket, grey lounge
    # pants. All texts: base BLIP-2.
    case(
        "X1513-015",
        caption("a man in a red t-shirt and grey pants"),
        wearing("a red shirt and grey pants"),
        Q.color("red"),
        Q.sleeve_length("short"),
        Q.garment_type("t-shirt"),
        describe("t-shirt", "it is a t-shirt", "non_answer"),
        details("t-shirt", "the t-shirt has a pocket on the left side of the chest", "unsupported"),
        Q.material("cotton"),
        gender="Men",
        title="Van Heusen Men Maroon Solid Pure Cotton Lounge T-shirt",
        category="Lounge Tshirts",
        color="Maroon",
    ),
    # Photo: model in a white round-neck vest with black trunks, white backdrop. All texts: base BLIP-2.
    case(
        "X1513-016",
        caption("a man in a white tank top and black underwear"),
        wearing("a white tank top and black boxer briefs"),
        Q.color("white"),
        color_of("vest", "black", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        is_a("vest", "yes"),
        Q.material("fabric", "non_answer"),
        gender="Men",
        title="Hanes Men White Solid Round Neck Innerwear Vest",
        category="Innerwear Vests",
        color="White",
    ),
    # Photo: model in a white t-shirt and blue-and-white checked pyjama bottoms with an elastic waist, a drawstring
    # and side pockets, no fly. All texts: base BLIP-2.
    case(
        "X1513-017",
        caption("a man in a white t-shirt and blue plaid pants"),
        wearing("pajama pants"),
        Q.garment_type("pants"),
        Q.pattern("plaid"),
        Q.color("blue"),
        details("pyjamas", "the pants have a drawstring waist and a button fly", "unsupported"),
        Q.material("cotton"),
        gender="Men",
        title="Urban Scottish Men Blue & White Checked Pure Cotton Pyjamas",
        category="Pyjamas",
        color="Blue",
    ),
    # Photo: model in plain black track pants (no side stripe) with a small white Puma logo on the left thigh, black
    # hoodie. The feed row has no colour. All texts: base BLIP-2.
    case(
        "X1513-018",
        caption("a man in a black hoodie and black pants"),
        wearing("black sweatpants"),
        Q.color("black"),
        details("pants", "the pants have a puma logo on the left leg"),
        Q.garment_type("sweatpants"),
        is_a("pair of track pants", "yes"),
        describe("pants", "black pants with a white stripe down the side", "unsupported"),
        gender="Men",
        title="Puma Men Black Solid Regular Fit Track Pants",
        category="Track Pants",
    ),
    # Photo: night suit: grey melange t-shirt with "CHILL MODE" printed on the chest, navy shorts with a white
    # drawstring and side pockets. All texts: base BLIP-2.
    case(
        "X1513-019",
        caption("a man in a grey t-shirt and blue shorts"),
        wearing("pajamas"),
        Q.color("grey"),
        color_of("shorts", "grey", "other_garment_color"),
        Q.pattern("graphic"),
        describe(
            "night suit",
            "a grey t-shirt with the words chill mode on it and a pair of blue shorts with a white drawstring and a "
            "pocket on the",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("short"),
        gender="Men",
        title="Sweet Dreams Men Grey & Navy Blue Printed Night Suit",
        category="Night suits",
        color="Grey",
    ),
    # Photo: waist-down crop, no face, model in navy long trunks (leg to mid-thigh), white backdrop. All texts: base
    # BLIP-2.
    case(
        "X1513-020",
        caption("a woman in blue underwear standing on a white background", "pronoun"),
        wearing("blue boxer briefs"),
        Q.garment_type("shorts"),
        Q.color("blue"),
        describe("trunks", "the trunks are blue"),
        is_a("pair of trunks", "no", "contradiction"),
        gender="Men",
        title="Macho Men Pack of 2 Assorted Solid Long Trunks",
        category="Trunk",
        color="Navy Blue",
    ),
    # Photo: side view, model in grey melange slim joggers with cuffed ankles and a drawstring, white t-shirt. All
    # texts: base BLIP-2.
    case(
        "X1513-021",
        caption("a man in a white t-shirt and grey sweatpants"),
        wearing("joggers"),
        Q.color("grey"),
        Q.material("cotton"),
        details("joggers", "the joggers have cuffed ankles and a drawstring waist"),
        describe(
            "joggers",
            "grey joggers with a white t-shirt with a white t-shirt with a white t-shirt with a white t-shirt with",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Jockey Men Grey Melange Super Combed Cotton Rich Slim Fit Joggers AM44",
        category="Track Pants",
        color="Grey Melange",
    ),
    # Photo: model in a white round-neck sleeveless vest and beige chinos. The feed row has no gender. All texts:
    # base BLIP-2.
    case(
        "X1513-022",
        caption("a man in a white tank top and khaki pants"),
        wearing("a white tank top"),
        Q.color("white"),
        Q.garment_type("undershirt"),
        Q.sleeve_length("short sleeve", "contradiction"),
        describe(
            "vest",
            "the vest is white and has a round neck Question: What is the color of the pants? Answer: khaki",
            "leak",
        ),
        title="Dixcy Scott Men White Solid Innerwear Vest",
        category="Innerwear Vests",
        color="White",
    ),
    # Photo: model barefoot in olive green lounge shorts with two side pockets and an elastic waist, white t-shirt.
    # All texts: base BLIP-2.
    case(
        "X1513-023",
        caption("a man in a white t-shirt and green shorts"),
        wearing("shorts"),
        color_of("shorts", "green"),
        Q.color("white", "other_garment_color"),
        details("shorts", "the shorts have two side pockets and an elastic waistband"),
        Q.material("cotton"),
        describe("shorts", "a pair of shorts", "non_answer"),
        gender="Men",
        title="DAMENSCH Men Olive Green Solid Deo-Cotton Lounge Shorts",
        category="Lounge Shorts",
        color="Olive",
    ),
    # Photo: flat lay, three woven boxers: blue check, plain navy, white with blue stripes; button fly on each. All
    # texts: base BLIP-2.
    case(
        "X1513-024",
        caption("three pairs of boxer shorts in different colors and patterns"),
        Q.garment_type("shorts"),
        Q.pattern("plaid"),
        describe("boxers", "boxers", "non_answer"),
        details("boxers", "the boxers have a button fly and an elastic waistband"),
        Q.material("cotton"),
        gender="Men",
        title="Marks & Spencer Men Pack of 3 Assorted Pure Cotton Woven Boxers",
        category="Boxers",
        color="Multi",
    ),
    # Photo: model in navy cotton lounge pants with a tiny white dot print and a drawstring, white t-shirt. All
    # texts: base BLIP-2.
    case(
        "X1513-025",
        caption("a man in a white t-shirt and blue pajama pants"),
        wearing("pajama pants"),
        Q.pattern("polka dots"),
        Q.color("blue"),
        color_of("pants", "blue"),
        details(
            "pants",
            "the pants have a drawstring waist and a drawstring waist and a drawstring waist and a drawstring waist "
            "and a",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        title="Roadster Men Navy Blue Printed Pure Cotton Lounge Pants",
        category="Lounge Pants",
        color="Navy Blue",
    ),
    # Photo: model in grey fleece joggers with a white swoosh on the thigh, black t-shirt, black sneakers. All texts:
    # base BLIP-2.
    case(
        "X1513-026",
        caption("a man in a black shirt and grey sweatpants"),
        wearing("sweatpants"),
        Q.material("fleece"),
        Q.color("grey"),
        describe("joggers", "grey sweatpants with a nike logo"),
        is_a("pair of joggers", "yes"),
        Q.garment_type("sweatpants"),
        gender="Men",
        title="Nike Men Grey Solid Club Fleece Joggers",
        category="Track Pants",
        color="Grey",
    ),
    # Photo: model in a plain navy vest (no pocket) with grey joggers. All texts: base BLIP-2.
    case(
        "X1513-027",
        caption("a man in a blue tank top and grey sweatpants"),
        wearing("a blue tank top and grey sweatpants"),
        Q.color("black", "contradiction"),
        Q.garment_type("tank top"),
        describe("vest", "the vest is a sleeveless shirt that is worn under a shirt"),
        details("vest", "the vest has a pocket on the chest", "unsupported"),
        Q.sleeve_length("sleeveless"),
        gender="Men",
        title="Jockey Men Navy Blue Solid Innerwear Vest US27",
        category="Innerwear Vests",
        color="Navy Blue",
    ),
    # Photo: model in red woven boxers with a white anchor print and a plain red elastic waistband, navy t-shirt.
    # All texts: base BLIP-2.
    case(
        "X1513-028",
        caption("a man in a blue shirt and red shorts with anchors on them"),
        wearing("shorts"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("anchors"),
        color_of("shorts", "red"),
        describe("shorts", "red shorts with white anchors"),
        Q.garment_type("t-shirt", "contradiction"),
        details(
            "shorts",
            "the shorts have a white anchor print all over them and an elastic waistband with the sweet dreams logo on "
            "the front of the",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Sweet Dreams Men Pack of 2 Red Printed Cotton Boxers",
        category="Boxers",
        color="Red",
    ),
    # Photo: bare-chested model, face cropped, black briefs with a wide waistband printed with the Hanes logo at the
    # front. All texts: base BLIP-2.
    case(
        "X1513-029",
        caption("a man in black briefs on a white background"),
        wearing("black underwear"),
        Q.garment_type("underwear"),
        Q.color("black"),
        details(
            "briefs",
            "the briefs have a wide waistband with a hanes logo on the front and a contoured pouch for added comfort "
            "and support and a",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        title="Hanes Men Pack of 3 Black Solid Cotton Briefs",
        category="Briefs",
        color="Black",
    ),
    # Photo: model in a white racerback gym vest and black shorts, front. All texts: base BLIP-2.
    case(
        "X1513-030",
        caption("a man in a white tank top and black shorts"),
        wearing("a tank top"),
        Q.garment_type("tank top"),
        Q.color("white"),
        is_a("vest", "yes"),
        Q.material("polyester", "unsupported"),
        details("vest", "the vest has a racerback"),
        gender="Men",
        title="Lux Nitro Men White Solid Pure Cotton Gym Vest",
        category="Innerwear Vests",
        color="White",
    ),
    # Photo: model in a maroon-and-navy checked pyjama set: long-sleeved collared button-front shirt, matching pants
    # with an elastic waist. All texts: base BLIP-2.
    case(
        "X1513-031",
        caption("a man in a red and blue plaid pajama set"),
        wearing("pajamas"),
        Q.pattern("plaid"),
        Q.sleeve_length("long"),
        Q.color("red"),
        color_of("shirt", "red"),
        describe(
            "pajama set",
            "a red and blue plaid pajama set with a collar and button down shirt and pants with an elastic waistband "
            "and a",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("pajamas"),
        gender="Men",
        title="Joven Men Maroon & Navy Blue Checked Pyjama Set",
        category="Night suits",
        color="Maroon",
    ),
    # Photo: model in a charcoal grey long-sleeved thermal top and black pants. All texts: base BLIP-2.
    case(
        "X1513-032",
        caption("a man in a grey long sleeve shirt and black pants"),
        wearing("a grey shirt"),
        Q.garment_type("long sleeve shirt"),
        Q.sleeve_length("long"),
        Q.color("black", "other_garment_color"),
        Q.material("wool"),
        details("thermal top", "it is a thermal top", "non_answer"),
        gender="Men",
        title="Lux Inferno Men Charcoal Grey Solid Cottswool Thermal Top",
        category="Thermal Tops",
        color="Charcoal",
    ),
    # Photo: flat lay, two micro modal trunks: teal with a palm-leaf print, black with a yellow palm print. All
    # texts: base BLIP-2.
    case(
        "X1513-033",
        caption("two pairs of men's underwear with tropical prints"),
        Q.garment_type("underwear"),
        Q.pattern("floral"),
        Q.material("cotton", "unsupported"),
        Q.color("blue"),
        describe("trunks", "two pairs of trunks with a palm tree print"),
        gender="Men",
        title="Bummer Men Pack of 2 Printed Micro Modal Trunks",
        category="Trunk",
        color="Multi",
    ),
    # Photo: model in navy polyester track pants with a single white taping down each side, grey t-shirt. All texts:
    # base BLIP-2.
    case(
        "X1513-034",
        caption("a man in a grey t-shirt and blue track pants with white stripes"),
        wearing("track pants"),
        Q.pattern("striped", "contradiction"),
        Q.color("blue"),
        details("pants", "the pants have white stripes down the sides"),
        Q.material("polyester"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Navy Blue Solid Track Pants",
        category="Track Pants",
        color="Navy Blue",
    ),
    # Photo: model in a black vest and blue jeans, white backdrop, bare arms with no tattoo. All texts: base BLIP-2.
    case(
        "X1513-035",
        caption("a man in a black tank top and blue jeans with a tattoo on his arm", "unsupported"),
        wearing("a black tank top and jeans"),
        Q.color("black"),
        color_of("vest", "blue", "other_garment_color"),
        is_a("vest", "yes"),
        describe("vest", "he is wearing a black tank top"),
        Q.sleeve_length("sleeveless"),
        gender="Men",
        title="Jockey Men Pack of 2 Black Solid Innerwear Vests US26",
        category="Innerwear Vests",
        color="Black",
    ),
    # Photo: model in a black lounge t-shirt with "SLEEP MORE" printed in white across the chest, grey shorts. All
    # texts: base BLIP-2.
    case(
        "X1513-036",
        caption("a man in a black t-shirt that says sleep more"),
        wearing("a black t-shirt with the words sleep more"),
        Q.garment_type("t-shirt"),
        Q.pattern("text"),
        Q.sleeve_length("short"),
        details(
            "t-shirt",
            "the t-shirt says sleep more on it and it says sleep more on it and it says sleep more on it and",
            "loop",
            hit_limit=True,
        ),
        Q.color("black"),
        gender="Men",
        title="Mast & Harbour Men Black Typography Printed Lounge T-shirt",
        category="Lounge Tshirts",
        color="Black",
    ),
    # Photo: model seated on a wooden stool (prop) in grey melange lounge shorts with a small all-over print, white
    # t-shirt. The feed row has no colour. All texts: base BLIP-2.
    case(
        "X1513-037",
        caption("a man sitting on a stool in a white shirt and grey shorts"),
        wearing("shorts"),
        color_of("shorts", "grey"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid", "contradiction"),
        details("shorts", "the shorts are grey with a small print"),
        describe("shorts", "a pair of grey shorts with a white shirt on a wooden stool"),
        gender="Men",
        title="Kook N Keech Men Grey Melange Printed Lounge Shorts",
        category="Lounge Shorts",
    ),
    # Photo: model in a matching olive lounge set: short-sleeved t-shirt and joggers. All texts: base BLIP-2.
    case(
        "X1513-038",
        caption("a man in a green t-shirt and green pants"),
        wearing("a green sweatsuit"),
        Q.color("green"),
        Q.garment_type("t-shirt", "contradiction"),
        Q.sleeve_length("short"),
        describe("lounge set", "a green t-shirt and green pants"),
        Q.material("cotton"),
        gender="Men",
        title="XYXX Men Olive Green Solid Pure Cotton Lounge Set",
        category="Night suits",
        color="Olive",
    ),
    # Photo: flat lay, a single plain white vest on a white background. All texts: base BLIP-2.
    case(
        "X1513-039",
        caption("a white tank top on a white background"),
        Q.garment_type("tank top"),
        Q.color("white"),
        Q.pattern("solid"),
        details("vest", "the vest", "non_answer"),
        is_a("vest", "yes"),
        gender="Men",
        title="Van Heusen Men White Solid Cotton Innerwear Vest",
        category="Innerwear Vests",
        color="White",
    ),
    # Photo: back view, short-haired male model in black lounge pants with one back patch pocket, grey t-shirt. All
    # texts: base BLIP-2.
    case(
        "X1513-040",
        caption("the back of a man in a grey t-shirt and black pants"),
        wearing("black pants"),
        Q.color("black"),
        details("pants", "the pants have a back pocket"),
        describe("pants", "she is wearing black pants and a grey t-shirt", "pronoun"),
        Q.garment_type("pants"),
        gender="Men",
        title="Jockey Men Black Solid Lounge Pants IM01",
        category="Lounge Pants",
        color="Black",
    ),
    # Photo: model holding a coffee mug (prop), in a night suit: long-sleeved blue-and-white striped shirt, solid blue
    # pants. All texts: base BLIP-2.
    case(
        "X1513-041",
        caption("a man in blue striped pajamas holding a cup of coffee"),
        wearing("pajamas"),
        Q.pattern("striped"),
        Q.color("blue"),
        color_of("pants", "white", "contradiction"),
        describe("pajamas", "blue and white striped pajamas"),
        Q.sleeve_length("long"),
        is_a("pair of pajamas", "yes"),
        gender="Men",
        title="Sweet Dreams Men Blue & White Striped Night Suit",
        category="Night suits",
        color="Blue",
    ),
    # Photo: model in grey melange knit boxer shorts with an exposed elastic waistband (no drawstring), navy
    # t-shirt. All texts: base BLIP-2.
    case(
        "X1513-042",
        caption("a man in a blue t-shirt and grey shorts"),
        wearing("a blue t-shirt and grey shorts"),
        Q.garment_type("shorts"),
        color_of("shorts", "blue", "other_garment_color"),
        Q.material("cotton"),
        details(
            "shorts", "the shorts are made of cotton and have an elastic waistband and a drawstring", "unsupported"
        ),
        describe("boxers", "it is a pair of boxers", "non_answer"),
        gender="Men",
        title="Jockey Men Pack of 2 Assorted Cotton Knit Boxer Shorts US57",
        category="Boxers",
        color="Grey Melange",
    ),
    # Photo: model in navy boxer shorts with a waistband woven with the brand name, and a navy t-shirt of the same
    # shade. All texts: base BLIP-2.
    case(
        "X1513-043",
        caption("a man in a blue t-shirt and blue shorts"),
        wearing("blue shorts and a blue shirt"),
        Q.color("blue"),
        Q.garment_type("boxer shorts"),
        details("shorts", "the shorts have an elastic waistband with the word chromozome on it"),
        describe("shorts", "the shorts are blue Question: what is the color of the t-shirt? Answer: blue", "leak"),
        gender="Men",
        title="Chromozome Men Navy Blue Solid Cotton Boxer Shorts",
        category="Boxers",
        color="Navy Blue",
    ),
    # Photo: model in black thermal bottoms (full length, ankle cuffs) with a white long-sleeved thermal top. All
    # texts: base BLIP-2.
    case(
        "X1513-044",
        caption("a man in a white long sleeve shirt and black leggings"),
        wearing("long underwear"),
        Q.garment_type("leggings"),
        Q.color("white", "other_garment_color"),
        color_of("leggings", "black"),
        Q.material("wool"),
        details("thermal bottoms", "the thermal bottoms are black and have ribbed cuffs at the ankles"),
        gender="Men",
        title="Lux Cottswool Men Black Solid Thermal Bottoms",
        category="Thermal Bottoms",
        color="Black",
    ),
    # Photo: flat lay, grey-and-white checked pyjama pants folded on a white background. All texts: base BLIP-2.
    case(
        "X1513-045",
        caption("a pair of grey plaid pajama pants folded on a white background"),
        Q.garment_type("pants"),
        Q.pattern("plaid"),
        Q.color("grey"),
        describe("pyjamas", "grey plaid pajama pants"),
        details("pyjamas", "the pyjamas details", "restated"),
        gender="Men",
        title="Urban Scottish Men Grey Checked Pure Cotton Pyjamas",
        category="Pyjamas",
        color="Grey",
    ),
]
