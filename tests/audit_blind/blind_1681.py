"""BLIND_1681 (45 products; Myntra men's innerwear, nightwear and lounge, base BLIP-2 zero-shot): written blind in the
sixty-seventh session. Measured blind at c32e5e8 (the session's third and final rules): 49/68 failures found (72.1%)
and 11/206 correct texts flagged (5.3%). The writer's notes, verbatim:

Scenario: a Myntra feed of men's innerwear, nightwear and loungewear (innerwear vests, trunks, boxers, pyjamas,
night suits, track pants, lounge pants, shorts and t-shirts), run through the untuned Salesforce/blip2-opt-2.7b,
zero-shot. Columns as the feed has them: title (brand first, Myntra style), category (Myntra's article type), color
(Myntra's base colour: Navy Blue, Grey Melange, Olive, Multi...), gender; one of them is missing now and then. The
photos are the catalog's usual: a male model on a plain light backdrop wearing the product with other clothes (the
boxers, pyjamas and track pants are nearly always shot with a t-shirt or vest on top, the vests with jeans or
trousers below), a few flat lays of packs, some back or side views, a stool, a mug or a pillow as props.
Who wrote what: every text is the base model's, greedy decoding, `Question: ... Answer:` prompts, 50 new tokens for
the caption, 30 for the answers, stopping on newline. No adapter, no extractive QA, no candidate ranking: the closed
questions (garment type, color, pattern, sleeve length, "Is this ...?") were generated freely too and stored as
closed with the raw text. Each product got the caption and four to seven questions.
Labeling conventions and judgement calls: judged against the photo I imagined (comment above each case) and the
title. The dominant failure here is the product being the second garment in the photo: "What is the color of the
garment?" on boxers or track pants answers the t-shirt's color (other_garment_color), "What type of garment is
this?" names the top (contradiction), and the sleeve question on a bottom answers the t-shirt's or vest's sleeves
(contradiction: the product has none). A vest answered "tank top", boxers answered "shorts", track pants answered
"sweatpants" are right. A half-sleeve innerwear vest called "t-shirt" I left correct (it is what it looks like). A
shade close to the seller's (red for Maroon, blue for Navy Blue, green for Olive, grey for Grey Melange) is right; a
beige vest called white is a contradiction. A pack whose photo shows all its colors answered with one color is a
contradiction; a pack whose photo shows only one piece answered with that piece's color is right. A material that
contradicts the title (cotton for micro modal, polyester for pure cotton) is a contradiction; a guess the photo and
title cannot support (linen, a brand on a waistband that is not there, a fly or pocket not in the photo) is
unsupported. "she" or "a woman" for the male models is pronoun. Answers that only hand back the question's garment
("they are pants", "the vest") are non_answer for details and restated for describe; an empty answer, or a color
given for the material, is non_answer too. Loops, cuts and one leak ran to 30 tokens and are marked hit_limit; a
stray "arafed" in a caption is left unmarked when the rest is right.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1681 = [
    # 001 truth: model front, white ribbed vest over blue jeans, grey backdrop. All texts: base BLIP-2 zero-shot.
    case(
        "X1681-001",
        caption("a man in a white tank top and blue jeans"),
        wearing("a white tank top and jeans"),
        Q.garment_type("tank top"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        details("vest", "it has a logo on the chest", "unsupported"),
        gender="Men",
        title="Jockey Men White Solid Innerwear Vest 8820",
        category="Innerwear Vests",
        color="White",
    ),
    # 002 truth: flat lay of three vests side by side (white, grey melange, black). Base BLIP-2 zero-shot.
    case(
        "X1681-002",
        caption("three tank tops in different colors on a white background"),
        Q.garment_type("tank top"),
        Q.color("white", "contradiction"),
        is_a("pack of vests", "yes"),
        describe("vests", "they are vests", "restated"),
        Q.material("cotton"),
        gender="Men",
        title="Dollar Bigboss Men Pack of 3 Solid Innerwear Vests",
        category="Innerwear Vests",
        color="Multi",
    ),
    # 003 truth: model front, white half-sleeve round-neck innerwear vest with khaki trousers. Base BLIP-2 zero-shot.
    case(
        "X1681-003",
        caption("arafed man in a white t-shirt and khaki pants"),
        Q.garment_type("t-shirt"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        details("vest", "it has a round neck"),
        Q.material("cotton"),
        gender="Men",
        title="Rupa Frontline Men White Solid Half Sleeve Innerwear Vest",
        category="Innerwear Vests",
        color="White",
    ),
    # 004 truth: model front, blue checked woven boxers with a plain white crew-neck t-shirt. Base BLIP-2 zero-shot.
    case(
        "X1681-004",
        caption("a man in a white t-shirt and blue plaid shorts"),
        wearing("a white t-shirt and blue plaid shorts"),
        Q.garment_type("shorts"),
        Q.color("white", "other_garment_color"),
        Q.pattern("plaid"),
        Q.sleeve_length("short sleeves", "contradiction"),
        is_a("boxer shorts", "yes", article="a pair of"),
        gender="Men",
        title="U.S. Polo Assn. Men Blue Checked Pure Cotton Boxers",
        category="Boxers",
        color="Blue",
    ),
    # 005 truth: flat lay, navy boxers with a small white anchor print, covered elastic waistband, no fly, no buttons.
    # Base BLIP-2 zero-shot.
    case(
        "X1681-005",
        caption("a pair of blue shorts with white anchors on them"),
        Q.garment_type("shorts"),
        Q.color("blue"),
        Q.pattern("printed"),
        details("boxers", "they have an elastic waistband and a button fly", "unsupported"),
        Q.material("cotton"),
        title="Marks & Spencer Men Navy Blue Printed Pure Cotton Boxers",
        category="Boxers",
        color="Navy Blue",
    ),
    # 006 truth: model barefoot at a white wall, navy and green checked full-sleeve collared pyjama shirt with
    # matching pants. Base BLIP-2 zero-shot.
    case(
        "X1681-006",
        caption("a man in a plaid pajama set standing in front of a white wall"),
        wearing("pajamas"),
        Q.color("blue"),
        Q.pattern("plaid"),
        Q.sleeve_length("long"),
        describe("pajamas", "the pajamas are plaid with a collar and buttons down the front"),
        details("pajamas", "they have a pocket on the chest and a drawstring on the pants", "unsupported"),
        gender="Men",
        title="Marks & Spencer Men Navy Blue & Green Checked Pure Cotton Night suit",
        category="Night suits",
        color="Navy Blue",
    ),
    # 007 truth: short-haired male model, grey melange t-shirt with a small chest print, navy checked pyjama pants.
    # Base BLIP-2 zero-shot.
    case(
        "X1681-007",
        caption("a man in a grey t-shirt and plaid pants"),
        wearing("she is wearing a grey t-shirt and plaid pajama pants", "pronoun"),
        color_of("t-shirt", "grey"),
        color_of("pants", "grey", "other_garment_color"),
        Q.pattern("plaid"),
        is_a("pajama set", "yes"),
        gender="Men",
        title="Sweet Dreams Men Grey Melange & Navy Blue Printed Night suit",
        category="Night suits",
        color="Grey Melange",
    ),
    # 008 truth: model front, black track pants with white side taping, grey t-shirt, white sneakers.
    # Base BLIP-2 zero-shot.
    case(
        "X1681-008",
        caption("a man in a grey t-shirt and black track pants"),
        wearing("a grey shirt and black pants"),
        Q.garment_type("t-shirt", "contradiction"),
        Q.color("black"),
        Q.pattern("striped"),
        is_a("track pants", "yes", article="a pair of"),
        details("pants", "they have white stripes on the side and are made of moisture wicking fabric", "unsupported"),
        Q.material("polyester"),
        gender="Men",
        title="Puma Men Black Track Pants with Side Taping",
        category="Track Pants",
        color="Black",
    ),
    # 009 truth: model front, navy joggers with rib cuffs and a drawstring, white t-shirt. Base BLIP-2 zero-shot.
    case(
        "X1681-009",
        caption("a man in a white t-shirt and blue sweatpants"),
        Q.garment_type("sweatpants"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("short", "contradiction"),
        wearing("a white t-shirt and blue pants"),
        details("pants", "they have a drawstring waist and cuffed ankles"),
        Q.material("cotton"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Navy Blue Solid Joggers",
        category="Track Pants",
        color="Navy Blue",
    ),
    # 010 truth: back view, grey melange lounge pants, black t-shirt. Base BLIP-2 zero-shot.
    case(
        "X1681-010",
        caption("the back of a man wearing a black t-shirt and grey sweatpants"),
        wearing("a black t-shirt and grey sweatpants"),
        Q.garment_type("sweatpants"),
        Q.color("grey"),
        details("pants", "they are pants", "non_answer"),
        describe("pants", "the pants are grey and black", "contradiction"),
        gender="Men",
        title="Jockey Men Grey Melange Solid Lounge Pants 9500",
        category="Lounge Pants",
        color="Grey Melange",
    ),
    # 011 truth: model front, black square-neck gym vest, mid-grey knit shorts. Base BLIP-2 zero-shot.
    case(
        "X1681-011",
        caption("a man in a black tank top and black shorts", "contradiction"),
        wearing("a black tank top and black shorts", "contradiction"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        describe("vest", "it is a black tank top with a round neck", "contradiction"),
        gender="Men",
        title="Jockey Men Black Solid Square Neck Gym Vest US27",
        category="Innerwear Vests",
        color="Black",
    ),
    # 012 truth: shirtless model in black trunks, black waistband printed "XYXX" in grey. Base BLIP-2 zero-shot.
    case(
        "X1681-012",
        caption("a shirtless man in black underwear"),
        Q.garment_type("underwear"),
        Q.color("black"),
        describe("underwear", "black boxer briefs with a white waistband that says calvin klein", "unsupported"),
        Q.material("cotton", "contradiction"),
        gender="Men",
        title="XYXX Men Black Solid IntelliSoft Antimicrobial Micro Modal Trunks",
        category="Trunk",
        color="Black",
    ),
    # 013 truth: model front, grey checked pyjama pants, plain white t-shirt. Base BLIP-2 zero-shot.
    case(
        "X1681-013",
        caption("a man in a white shirt and plaid pajama pants"),
        wearing("a white t-shirt and pajama pants"),
        Q.garment_type("pajamas"),
        Q.color("white", "other_garment_color"),
        Q.pattern("plaid"),
        details(
            "pajamas",
            "the pajamas have a drawstring waist and a drawstring waist and a drawstring waist and a drawstring"
            " waist and a drawstring",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Jockey Men Grey Checked Pyjamas IM01",
        category="Pyjamas",
        color="Grey",
    ),
    # 014 truth: model seated on a wooden stool, olive short-sleeve shirt and shorts with a white leaf print.
    # Base BLIP-2 zero-shot.
    case(
        "X1681-014",
        caption("a man in a green shirt and shorts sitting on a stool"),
        Q.color("green"),
        Q.sleeve_length("short"),
        describe("shirt", "the shirt is green with white leaves on it"),
        details("shorts", "they have an elastic waist"),
        Q.material("linen", "unsupported"),
        gender="Men",
        title="Bewakoof Men Olive Green Printed Cotton Night suit",
        category="Night suits",
        color="Olive",
    ),
    # 015 truth: model front, maroon crew-neck lounge t-shirt, black track pants. Base BLIP-2 zero-shot.
    case(
        "X1681-015",
        caption("a man in a red t-shirt and black pants"),
        wearing("a red t-shirt and black pants"),
        Q.garment_type("t-shirt"),
        Q.color("red"),
        Q.sleeve_length("short"),
        details("t-shirt", "it has a round neck and short sleeves"),
        Q.material("cotton"),
        gender="Men",
        title="Jockey Men Maroon Solid Round Neck Lounge T-shirt",
        category="Lounge Tshirts",
        color="Maroon",
    ),
    # 016 truth: model front, one grey melange sleeveless vest of the pack, with jeans. Base BLIP-2 zero-shot.
    case(
        "X1681-016",
        caption("a man in a grey tank top and jeans"),
        Q.garment_type("tank top"),
        Q.color("grey"),
        Q.sleeve_length("short", "contradiction"),
        describe("vest", "it is a grey vest"),
        Q.material("100% cotton"),
        gender="Men",
        title="Van Heusen Men Pack of 2 Grey Melange Pure Cotton Innerwear Vests",
        category="Innerwear Vests",
        color="Grey Melange",
    ),
    # 017 truth: flat lay on a wooden floor, red and white checked boxers, no person. Base BLIP-2 zero-shot.
    case(
        "X1681-017",
        caption("a pair of red and white checkered shorts on a wooden floor"),
        wearing("a pair of shorts"),
        Q.color("red"),
        Q.pattern("checkered"),
        details("shorts", "no", "non_answer"),
        title="Dollar Men Red & White Checked Boxers",
        category="Boxers",
        color="Red",
    ),
    # 018 truth: model front, olive cargo joggers with side pockets and drawstring, black t-shirt.
    # Base BLIP-2 zero-shot.
    case(
        "X1681-018",
        caption("a man in a black t-shirt and green cargo pants"),
        Q.garment_type("cargo pants"),
        Q.color("green"),
        details("pants", "they have pockets on the side and a drawstring waist"),
        is_a("track pants", "no", "contradiction", article="a pair of"),
        Q.sleeve_length("short", "contradiction"),
        gender="Men",
        title="Roadster Men Olive Green Solid Cargo Joggers",
        category="Track Pants",
        color="Olive",
    ),
    # 019 truth: model front, grey melange drawstring lounge shorts, navy t-shirt. Base BLIP-2 zero-shot.
    case(
        "X1681-019",
        caption("a man in a blue t-shirt and grey shorts"),
        Q.garment_type("shorts"),
        Q.color("blue", "other_garment_color"),
        describe("shorts", "the shorts are grey with a drawstring waist"),
        Q.material("cotton"),
        gender="Men",
        title="Jockey Men Grey Melange Solid Lounge Shorts SP26",
        category="Lounge Shorts",
        color="Grey Melange",
    ),
    # 020 truth: back view, white ribbed vest, jeans. Base BLIP-2 zero-shot.
    case(
        "X1681-020",
        caption("the back of a man in a white tank top"),
        Q.garment_type("tank top"),
        Q.color("white"),
        Q.sleeve_length("sleeveless"),
        describe(
            "vest",
            "the vest is a white tank top with a ribbed texture and a round neck. it is made of cotton and is very"
            " comfortable to wear. it is",
            "cut",
            hit_limit=True,
        ),
        title="Lux Cozi Men White Solid Ribbed Innerwear Vest",
        category="Innerwear Vests",
        color="White",
    ),
    # 021 truth: male model with shoulder-length hair, blue and white striped full-sleeve pyjama set, hands in the
    # pants' pockets. Base BLIP-2 zero-shot.
    case(
        "X1681-021",
        caption("a woman in blue and white striped pajamas", "pronoun"),
        wearing("pajamas"),
        Q.color("blue"),
        Q.pattern("striped"),
        Q.sleeve_length("long"),
        details("pajamas", "they have a collar and buttons down the front and pockets on the pants"),
        Q.material("cotton"),
        gender="Men",
        title="Marks & Spencer Men Blue & White Striped Pure Cotton Pyjama Set",
        category="Night suits",
        color="Blue",
    ),
    # 022 truth: model front, charcoal grey track pants, mustard yellow t-shirt. Base BLIP-2 zero-shot.
    case(
        "X1681-022",
        caption("a man in a yellow t-shirt and grey sweatpants"),
        Q.garment_type("sweatpants"),
        Q.color("yellow", "other_garment_color"),
        Q.pattern("solid"),
        describe("track pants", "the track pants are track pants", "restated"),
        is_a("track pants", "yes", article="a pair of"),
        gender="Men",
        title="Jockey Men Charcoal Grey Solid Track Pants AM44",
        category="Track Pants",
        color="Charcoal",
    ),
    # 023 truth: side view, black knit boxers, grey t-shirt. Base BLIP-2 zero-shot.
    case(
        "X1681-023",
        caption("a man in a grey t-shirt and black shorts"),
        Q.garment_type("shorts"),
        Q.color("black"),
        details("shorts", "black shorts Question: what is the color of the shirt? Answer: grey", "leak"),
        Q.sleeve_length("short", "contradiction"),
        Q.material("cotton"),
        title="Jockey Men Black Solid Knit Boxers 9008",
        category="Boxers",
        color="Black",
    ),
    # 024 truth: model front, navy lounge t-shirt with "BROOKLYN" printed across the chest, grey joggers.
    # Base BLIP-2 zero-shot.
    case(
        "X1681-024",
        caption("a man in a navy blue t-shirt with the word brooklyn on it"),
        wearing("he is wearing a blue t-shirt and grey pants", who="he"),
        Q.color("navy"),
        Q.pattern("graphic"),
        describe("t-shirt", "it is a blue t-shirt with the word brooklyn on it"),
        Q.material("cotton"),
        gender="Men",
        title="Bewakoof Men Navy Blue Typography Printed Lounge T-shirt",
        category="Lounge Tshirts",
        color="Navy Blue",
    ),
    # 025 truth: flat lay of three trunks (black, grey, navy), logo waistbands. Base BLIP-2 zero-shot.
    case(
        "X1681-025",
        caption("three pairs of underwear on a white background"),
        Q.garment_type("underwear"),
        Q.color("black, grey and blue"),
        is_a("pack of trunks", "yes"),
        describe("underwear", "they are boxer briefs with an elastic waistband"),
        details("underwear", "the underwear is underwear", "non_answer"),
        gender="Men",
        title="Jockey Men Pack of 3 Assorted Solid Trunks 1015",
        category="Trunk",
        color="Multi",
    ),
    # 026 truth: model front, maroon cotton fleece sweatshirt with kangaroo pocket and matching joggers.
    # Base BLIP-2 zero-shot.
    case(
        "X1681-026",
        caption("a man in a maroon sweatshirt and sweatpants"),
        wearing("a maroon sweatshirt and sweatpants"),
        Q.garment_type("sweatshirt"),
        Q.color("maroon"),
        Q.sleeve_length("long"),
        describe(
            "lounge set",
            "the lounge set is a maroon sweatshirt and sweatpants with a kangaroo pocket on the front and ribbed"
            " cuffs on the sleeves and the ankles and a",
            "cut",
            hit_limit=True,
        ),
        Q.material("fleece"),
        gender="Men",
        title="Roadster Men Maroon Solid Cotton Fleece Lounge Set",
        category="Night suits",
        color="Maroon",
    ),
    # 027 truth: side view at a white wall, navy solid lounge pyjamas, grey t-shirt. Base BLIP-2 zero-shot.
    case(
        "X1681-027",
        caption("a man in a grey shirt and blue pants standing in front of a white wall"),
        Q.garment_type("pants"),
        Q.color("blue"),
        describe(
            "pants",
            "the pants are blue and the shirt is grey and the pants are blue and the shirt is grey and the pants are"
            " blue and",
            "loop",
            hit_limit=True,
        ),
        is_a("pajamas", "no", "contradiction", article="a pair of"),
        Q.sleeve_length("short", "contradiction"),
        gender="Men",
        title="Jockey Men Navy Blue Solid Pyjamas 9011",
        category="Pyjamas",
        color="Navy Blue",
    ),
    # 028 truth: model front, open long-sleeve blue denim shirt worn over the white vest, jeans. Base BLIP-2
    # zero-shot.
    case(
        "X1681-028",
        caption("a man in a blue shirt and white tank top"),
        wearing("a blue shirt and a white tank top"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long", "contradiction"),
        gender="Men",
        title="Hanes Men White Solid Innerwear Vest",
        category="Innerwear Vests",
        color="White",
    ),
    # 029 truth: model front, grey slim track pants with black piping and zip pockets, black hoodie.
    # Base BLIP-2 zero-shot.
    case(
        "X1681-029",
        caption("a man in a black hoodie and grey sweatpants"),
        Q.garment_type("hoodie", "contradiction"),
        Q.color("grey"),
        details("pants", "they have black stripes on the sides and zip pockets"),
        describe("track pants", "", "non_answer"),
        Q.material("cotton"),
        gender="Men",
        title="Alcis Men Grey Solid Slim Fit Track Pants",
        category="Track Pants",
        color="Grey",
    ),
    # 030 truth: model front, multicoloured tropical-leaf printed boxers, black t-shirt. Base BLIP-2 zero-shot.
    case(
        "X1681-030",
        caption("a man in a black t-shirt and colorful shorts"),
        Q.garment_type("shorts"),
        Q.color("black", "other_garment_color"),
        Q.pattern("floral"),
        describe("shorts", "the shorts are colorful with a floral pattern"),
        Q.sleeve_length("short", "contradiction"),
        gender="Men",
        title="Bewakoof Men Multicoloured Tropical Printed Boxers",
        category="Boxers",
        color="Multi",
    ),
    # 031 truth: model holding a coffee mug, sky blue short-sleeve pyjama shirt with white piping, chest pocket and
    # buttons, matching long pants. Base BLIP-2 zero-shot.
    case(
        "X1681-031",
        caption("a man in blue pajamas holding a cup of coffee"),
        wearing("pajamas"),
        Q.color("blue"),
        Q.sleeve_length("short"),
        describe("pajamas", "the pajamas are blue with white piping"),
        details("shirt", "the shirt has a pocket on the chest and buttons down the front"),
        title="Marks & Spencer Men Blue Solid Cool Comfort Pyjama Set",
        category="Night suits",
        color="Blue",
    ),
    # 032 truth: model front, navy sleeveless vest, grey track pants. Base BLIP-2 zero-shot.
    case(
        "X1681-032",
        caption("a man in a blue tank top and grey pants"),
        Q.garment_type("tank top"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.material("polyester", "contradiction"),
        describe("vest", "it is a blue tank top with a v neck", "contradiction"),
        gender="Men",
        title="Jockey Men Navy Blue Pure Cotton Solid Round Neck Innerwear Vest US26",
        category="Innerwear Vests",
        color="Navy Blue",
    ),
    # 033 truth: flat lay, olive camouflage lounge shorts with drawstring and two side pockets. Base BLIP-2 zero-shot.
    case(
        "X1681-033",
        caption("a pair of camouflage shorts on a white background"),
        wearing("camouflage shorts"),
        Q.garment_type("shorts"),
        Q.color("green"),
        Q.pattern("camouflage"),
        details("shorts", "the shorts have a drawstring waist and two side pockets"),
        gender="Men",
        title="Roadster Men Olive Green Camouflage Printed Lounge Shorts",
        category="Lounge Shorts",
        color="Olive",
    ),
    # 034 truth: waist-down crop, black track pants with a small white logo on the left thigh, hem of a white
    # t-shirt, white sneakers. Base BLIP-2 zero-shot.
    case(
        "X1681-034",
        caption("a man wearing black sweatpants and white sneakers"),
        Q.garment_type("sweatpants"),
        Q.color("black"),
        describe("pants", "the pants are black with a white logo on the left leg"),
        details("pants", "they have a zipper on the side", "unsupported"),
        is_a("track pants", "yes", article="a pair of"),
        gender="Men",
        title="Puma Men Black Solid dryCELL Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # 035 truth: model holding a pillow, plain white t-shirt, red checked shorts. Base BLIP-2 zero-shot.
    case(
        "X1681-035",
        caption("a man in a white t-shirt and red plaid shorts holding a pillow"),
        wearing("a white t-shirt and red plaid shorts"),
        color_of("t-shirt", "white"),
        color_of("shorts", "white", "other_garment_color"),
        Q.pattern("plaid"),
        describe("t-shirt", "the t-shirt is white with a red and white plaid pattern", "contradiction"),
        gender="Men",
        title="Sweet Dreams Men White T-shirt with Red Checked Shorts Night suit",
        category="Night suits",
        color="White",
    ),
    # 036 truth: model front, beige (skin-coloured) vest, blue jeans, warm-white backdrop. Base BLIP-2 zero-shot.
    case(
        "X1681-036",
        caption("a man in a white tank top and blue jeans", "contradiction"),
        Q.garment_type("tank top"),
        Q.color("white", "contradiction"),
        Q.sleeve_length("sleeveless"),
        describe("vest", "it is a white vest with a round neck", "contradiction"),
        Q.material("cotton"),
        gender="Men",
        title="Jockey Men Skin-Coloured Solid Innerwear Vest 8823",
        category="Innerwear Vests",
        color="Beige",
    ),
    # 037 truth: model front, black pyjama pants with a small white dot print, grey t-shirt. Base BLIP-2 zero-shot.
    case(
        "X1681-037",
        caption("a man in a grey t-shirt and black polka dot pants"),
        Q.color("grey", "other_garment_color"),
        Q.pattern("polka dot"),
        details("pants", "they have an elastic waist and a drawstring"),
        is_a("pajamas", "yes", article="a pair of"),
        Q.material("cotton"),
        title="Tommy Hilfiger Men Black Printed Lounge Pyjamas",
        category="Pyjamas",
        color="Black",
    ),
    # 038 truth: three-quarter view, light blue checked boxers, white vest; seat of the boxers not visible.
    # Base BLIP-2 zero-shot.
    case(
        "X1681-038",
        caption("a man in a white tank top and light blue shorts"),
        wearing("a white tank top and blue shorts"),
        Q.color("blue"),
        Q.pattern("checkered"),
        Q.sleeve_length("sleeveless", "contradiction"),
        details("boxers", "they have a button fly and a back pocket", "unsupported"),
        gender="Men",
        title="Jockey Men Light Blue Checked Woven Boxers 1222",
        category="Boxers",
        color="Blue",
    ),
    # 039 truth: model seated on a white cube, navy track pants with a red side stripe, red t-shirt.
    # Base BLIP-2 zero-shot.
    case(
        "X1681-039",
        caption("a man sitting on a white cube wearing a red shirt and blue pants"),
        Q.garment_type("pants"),
        Q.color("red", "other_garment_color"),
        Q.pattern("striped"),
        details("pants", "the pants are blue with a red stripe down the side"),
        Q.material("red", "non_answer"),
        gender="Men",
        title="Sports52 Wear Men Navy Blue Solid Track Pants with Contrast Stripe",
        category="Track Pants",
        color="Navy Blue",
    ),
    # 040 truth: model front, olive lounge t-shirt with a left chest pocket, black shorts. Base BLIP-2 zero-shot.
    case(
        "X1681-040",
        caption("a man in a green t-shirt and black shorts"),
        Q.color("green"),
        Q.sleeve_length("short"),
        describe("t-shirt", "the t-shirt is a green t-shirt", "restated"),
        details("t-shirt", "it has a pocket on the left side of the chest"),
        Q.material("cotton"),
        gender="Men",
        title="Jockey Men Olive Green Solid Round Neck Lounge T-shirt with Pocket",
        category="Lounge Tshirts",
        color="Olive",
    ),
    # 041 truth: model front in the black gym vest of a black-and-white pack (the white one is not in this photo),
    # grey shorts. Base BLIP-2 zero-shot.
    case(
        "X1681-041",
        caption("a man in a black tank top"),
        wearing("a black tank top and grey shorts"),
        Q.garment_type("tank top"),
        Q.color("black"),
        Q.sleeve_length("sleeveless"),
        details("vest", "the vest", "non_answer"),
        gender="Men",
        title="Dollar Bigboss Men Pack of 2 Black & White Solid Gym Vests",
        category="Innerwear Vests",
        color="Multi",
    ),
    # 042 truth: male model, red and black buffalo-check brushed flannel pyjama set, long sleeves, collar, chest
    # pocket. Base BLIP-2 zero-shot.
    case(
        "X1681-042",
        caption("a man in a red and black plaid shirt and pants"),
        wearing("she is wearing red and black plaid pajamas", "pronoun"),
        Q.color("red"),
        Q.pattern("plaid"),
        describe(
            "shirt",
            "the shirt is red and black plaid with a collar and buttons down the front and a pocket on the left side"
            " of the chest. it has long sleeves and a",
            "cut",
            hit_limit=True,
        ),
        Q.material("flannel"),
        gender="Men",
        title="Marks & Spencer Men Red & Black Checked Brushed Cotton Flannel Pyjama Set",
        category="Night suits",
        color="Red",
    ),
    # 043 truth: model front, teal track pants with drawstring, white t-shirt. Base BLIP-2 zero-shot.
    case(
        "X1681-043",
        caption("a man in a white t-shirt and teal sweatpants"),
        wearing("a white t-shirt and teal sweatpants"),
        Q.garment_type("sweatpants"),
        Q.color("teal"),
        details(
            "pants",
            "the pants have a drawstring waist, a drawstring waist, a drawstring waist, a drawstring waist, a"
            " drawstring waist,",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="Alcis Men Teal Solid Track Pants",
        category="Track Pants",
        color="Teal",
    ),
    # 044 truth: flat lay of two boxers (grey check, navy solid), waistbands printed "UCB". Base BLIP-2 zero-shot.
    case(
        "X1681-044",
        caption("two pairs of shorts on a white background"),
        Q.garment_type("shorts"),
        Q.color("grey and blue"),
        details("shorts", "they have an elastic waistband with the word jockey on it", "unsupported"),
        is_a("boxer shorts", "yes", article="a pair of"),
        title="United Colors of Benetton Men Pack of 2 Boxers",
        category="Boxers",
        color="Multi",
    ),
    # 045 truth: model front, blue checked flannel lounge pants with drawstring and side pockets, white vest.
    # Base BLIP-2 zero-shot.
    case(
        "X1681-045",
        caption("a man in a white tank top and blue plaid pants"),
        Q.garment_type("pants"),
        Q.color("white", "other_garment_color"),
        Q.pattern("plaid"),
        details(
            "pants",
            "the pants have a drawstring waist and pockets on the sides Question: what is the color of the tank top?"
            " Answer: white",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        title="Jack & Jones Men Blue Checked Lounge Pants",
        category="Lounge Pants",
        color="Blue",
    ),
]
