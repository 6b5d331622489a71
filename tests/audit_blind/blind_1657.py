"""BLIND_1657 (45 products; Myntra men's innerwear, nightwear and lounge, base BLIP-2 zero-shot): written blind in the
sixty-seventh session. Measured blind at 96772b2 (the session's first rules): 46/57 failures found (80.7%) and 15/193
correct texts flagged (7.8%). The writer's notes, verbatim:

Scenario: a Myntra feed of men's innerwear, nightwear and loungewear (innerwear vests, boxers, trunks, briefs, night
suits, pyjamas, lounge pants, lounge shorts, lounge t-shirts, track pants, one sweatshirt, one thermal top). Columns as
the feed has them: title (brand first, Myntra style), category (Myntra article type), color (base colour), gender;
a few rows miss one column. Photos are the catalog's usual shots: a model on a plain white or grey backdrop wearing
the product with other clothes (a tee over boxers, a vest over track pants), some flat lays, a few back views, props
(a mug, a phone, a sofa).
Who wrote what: every text is base Salesforce/blip2-opt-2.7b, zero-shot, no adapter, 8-bit, greedy. Captions were
generated with no prompt (50 new tokens); questions used "Question: <q> Answer:" (30 new tokens). Closed questions
(garment type, color, pattern, sleeve length, "Is this a ...?") were answered by ranking candidate labels with the
same base model, so they never loop or get cut; they fail by picking the wrong label, often the color of the other
garment in the shot. Open answers are mostly short; the base model does not always stop at the newline, so a few
run on into the next "Question: ... Answer:" or loop until the limit.
Labeling conventions and judgement calls: judged against the photo I imagined (described above each case) and the
title. An open or closed color that belongs to the other garment in the shot is other_garment_color; a wrong color or
garment that nothing else in the shot explains, a wrong pattern or sleeve length, a wrong yes to "Is this a ...?",
a wrong count and a material the title contradicts are contradiction. Material answers are judged against the title:
where the title names the fabric and the answer agrees, correct; where the title names none, a fabric name is
unsupported (the camera cannot see fibre). An invented brand or invented logo is unsupported. Near colors were
accepted: maroon as red, olive as green, navy as blue, beige as khaki, teal as blue, and a charcoal that reads
near-black in the photo (X1657-020) as black; navy answered black by the closed color question was marked. A
flat lay answered "nothing" to "What is the person wearing?" is non_answer; one answered with the garment is
correct. "black" for an assorted pack of trunks (black, navy, grey) was left unmarked: it is one of the pack's
colors. "t-shirt" as the type of a half-sleeve crew-neck undershirt was left unmarked (the shape is a tee), but "no"
to "Is this a vest?" for it was marked, as title and category say vest. Trunks and briefs answered "yes" to "Is this a
pair of boxers?" were marked contradiction. Shorts for boxers, pants for track pants and pyjamas, tank top for a
vest, underwear for trunks were taken as correct. A describe answer about a prop (the mug) is contradiction. Echoes
of the question ("the joggers are green joggers", "vest details") are restated; a looping or cut answer gets loop or
cut even when it also says something wrong, and hit_limit where it ran to the limit.
About a quarter of the texts are wrong, fewer than the usual four in ten: the base model answers short questions
well and most of these products are one plain color; most failures sit in open answers and in shots with two garments.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1657 = [
    # Model in a white sleeveless vest and grey melange track pants, grey backdrop. All base BLIP-2.
    case(
        "X1657-001",
        caption("a man in a white tank top and grey pants"),
        wearing("a white tank top", who="the man"),
        color_of("vest", "white"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        is_a("vest", "yes"),
        gender="Men",
        title="Jockey Men White Solid Pure Cotton Innerwear Vest 8820",
        category="Innerwear Vests",
        color="White",
    ),
    # Model, three-quarter view, in a black racerback gym vest and black shorts, white backdrop. Base BLIP-2; the
    # details answer loops to the limit.
    case(
        "X1657-002",
        caption("a man in a black tank top and black shorts posing for a photo"),
        color_of("vest", "black", kind="open"),
        describe("vest", "it is a black tank top with a racer back"),
        details(
            "vest",
            "the vest has a round neck and a round neck and a round neck and a round neck and a round neck and a round",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("tank top"),
        gender="Men",
        title="Van Heusen Men Black Solid Racerback Gym Vest",
        category="Innerwear Vests",
        color="Black",
    ),
    # Model in a white crew-neck t-shirt over navy boxers with a small all-over logo print. Base BLIP-2: the open
    # color gives the tee's white; the closed pattern calls the printed boxers solid.
    case(
        "X1657-003",
        caption("a man in a white t - shirt and blue shorts"),
        wearing("a white t - shirt and blue shorts"),
        color_of("boxers", "white", "other_garment_color", kind="open"),
        Q.pattern("solid", "contradiction"),
        Q.garment_type("shorts"),
        is_a("pair of boxers", "yes"),
        gender="Men",
        title="U.S. Polo Assn. Men Navy Blue Printed Pure Cotton Boxers",
        category="Boxers",
        color="Navy Blue",
    ),
    # Flat lay: three trunks (black, navy, grey) side by side on white, XYXX waistbands visible. Base BLIP-2.
    case(
        "X1657-004",
        caption("three pairs of men's underwear on a white background"),
        wearing("underwear"),
        Q.color("black"),
        describe("trunks", "three pairs of boxer briefs in black, blue and grey"),
        details("trunks", "the waistband has the brand name on it"),
        is_a("pair of boxers", "yes", "contradiction"),
        gender="Men",
        title="XYXX Men Pack of 3 Solid Cotton Trunks",
        category="Trunk",
        color="Assorted",
    ),
    # Model in a black t-shirt and grey melange track pants, white sneakers, white backdrop. Base BLIP-2: the open
    # color question gives the tee's black.
    case(
        "X1657-005",
        caption("a man in a black t - shirt and grey sweatpants"),
        color_of("pants", "black", "other_garment_color", kind="open"),
        Q.color("grey"),
        Q.garment_type("pants"),
        details("pants", "the pants have a drawstring waist and two side pockets"),
        Q.material("cotton"),
        gender="Men",
        title="Jockey Men Grey Melange Solid Cotton Blend Track Pants 9500",
        category="Track Pants",
        color="Grey Melange",
    ),
    # Model in a blue-and-white checked short-sleeve night suit (shirt and pyjama), holding a white mug. Base BLIP-2:
    # asked to describe the pajamas, it describes the mug.
    case(
        "X1657-006",
        caption("a man in a blue and white plaid pajama set holding a cup of coffee"),
        wearing("pajamas", who="he"),
        describe("pajamas", "a white coffee mug", "contradiction"),
        Q.pattern("plaid"),
        Q.sleeve_length("short sleeves"),
        Q.color("blue"),
        gender="Men",
        title="Sweet Dreams Men Blue & White Checked Night Suit",
        category="Night suits",
        color="Blue",
    ),
    # Back view: model in a white t-shirt and black lounge shorts with an elastic waistband. Base BLIP-2.
    case(
        "X1657-007",
        caption("the back of a man in a white shirt and black shorts"),
        color_of("shorts", "black"),
        details("shorts", "they are short", "non_answer"),
        describe("shorts", "a pair of black shorts with an elastic waistband"),
        is_a("pair of shorts", "yes"),
        gender="Men",
        title="Damensch Men Black Solid Lounge Shorts",
        category="Lounge Shorts",
        color="Black",
    ),
    # Model in a white sleeveless vest and blue jeans. Base BLIP-2: open color gives the jeans' blue; details loops.
    case(
        "X1657-008",
        caption("a man in a white tank top and jeans"),
        wearing("a white tank top and blue jeans"),
        color_of("vest", "blue", "other_garment_color", kind="open"),
        Q.sleeve_length("sleeveless"),
        Q.material("100% cotton"),
        details(
            "vest",
            "white vest with a white vest and a white vest and a white vest and a white vest and a white vest and",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Rupa Jon Men White Solid Cotton Innerwear Vest",
        category="Innerwear Vests",
        color="White",
    ),
    # Model in a maroon crew-neck lounge tee and grey joggers. Base BLIP-2; the title names no fabric.
    case(
        "X1657-009",
        caption("a man in a red t - shirt and grey sweatpants"),
        color_of("t-shirt", "maroon", kind="open"),
        Q.color("red"),
        Q.sleeve_length("short sleeves"),
        Q.material("cotton", "unsupported"),
        describe("t-shirt", "a maroon t - shirt with a crew neck and short sleeves"),
        gender="Men",
        title="Hanes Men Maroon Solid Lounge T-shirt",
        category="Lounge Tshirts",
        color="Maroon",
    ),
    # Flat lay on a wooden floor: blue-and-white striped woven boxers with a button fly. Base BLIP-2; details runs
    # to the limit.
    case(
        "X1657-010",
        caption("a pair of blue and white striped shorts on a wooden floor"),
        wearing("a pair of shorts"),
        Q.pattern("striped"),
        color_of("boxers", "blue and white", kind="open"),
        details(
            "boxers",
            "the boxers have an elastic waistband with a button fly and the fabric is blue and white striped with a "
            "thin white stripe running down the",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        title="Lux Cozi Men Blue Striped Cotton Boxers",
        category="Boxers",
        color="Blue",
    ),
    # Model in a plain white tee and navy pyjama bottoms (clearly navy). Base BLIP-2: the closed color picks black.
    case(
        "X1657-011",
        caption("a man in a white shirt and blue pajama pants"),
        wearing("a white shirt and blue pants", who="the man"),
        color_of("pants", "blue", kind="open"),
        Q.color("black", "contradiction"),
        Q.garment_type("pants"),
        is_a("pair of pajamas", "yes"),
        gender="Men",
        title="Ajile by Pantaloons Men Navy Blue Solid Pyjamas",
        category="Pyjamas",
        color="Navy Blue",
    ),
    # Model cropped at the neck in a pink-and-white checked full-sleeve pyjama set. Base BLIP-2: the caption makes
    # the model a woman.
    case(
        "X1657-012",
        caption("a woman in a pink and white plaid pajama set", "pronoun"),
        wearing("a pink and white plaid pajama set"),
        Q.pattern("plaid"),
        Q.color("pink"),
        Q.sleeve_length("long sleeves"),
        Q.garment_type("pajamas"),
        gender="Men",
        title="Kryptic Men Pink & White Checked Pyjama Set",
        category="Night suits",
        color="Pink",
    ),
    # Model in a white Puma t-shirt and black track pants with white side taping. Base BLIP-2: the caption gives the
    # white tee the pants' black; fabric invented (title names none).
    case(
        "X1657-013",
        caption("a man in a black shirt and black pants", "contradiction"),
        color_of("pants", "black", kind="open"),
        details("pants", "white stripes down the side"),
        Q.material("cotton", "unsupported"),
        Q.garment_type("pants"),
        gender="Men",
        title="Puma Men Black Track Pants with Side Taping",
        category="Track Pants",
        color="Black",
    ),
    # Torso shot: model in grey melange trunks with a white Calvin Klein waistband, grey backdrop. Base BLIP-2.
    case(
        "X1657-014",
        caption("a man in grey underwear with calvin klein on the waistband"),
        color_of("underwear", "grey", kind="open"),
        wearing("underwear"),
        describe("underwear", "a pair of grey boxer briefs with a white waistband"),
        details("underwear", "the waistband is white with the calvin klein logo"),
        is_a("vest", "no"),
        gender="Men",
        title="Calvin Klein Underwear Men Grey Melange Solid Trunks",
        category="Trunk",
        color="Grey Melange",
    ),
    # Model in a white t-shirt and olive lounge shorts. Base BLIP-2: the color answer runs on into the next prompt.
    case(
        "X1657-015",
        caption("a man in a white t - shirt and green shorts"),
        color_of("shorts", "green Question: What is the color of the shirt? Answer: white", "leak", kind="open"),
        wearing("shorts"),
        details("shorts", "the shorts have pockets"),
        Q.color("green"),
        gender="Men",
        title="Almo Men Olive Green Solid Lounge Shorts",
        category="Lounge Shorts",
        color="Olive",
    ),
    # Side view: model in a grey sweatshirt and navy lounge pants with a drawstring. Base BLIP-2: open color gives
    # the sweatshirt's grey; fabric invented.
    case(
        "X1657-016",
        caption("a man in a grey sweatshirt and blue pants"),
        color_of("pants", "grey", "other_garment_color", kind="open"),
        Q.garment_type("pants"),
        describe("pants", "a pair of navy blue sweatpants with a drawstring waist"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Tommy Hilfiger Men Navy Blue Solid Lounge Pants",
        category="Lounge Pants",
        color="Navy Blue",
    ),
    # Pack shot: three folded white briefs in front of a Jockey box, no model. Base BLIP-2; gender column missing.
    case(
        "X1657-017",
        caption("jockey men's briefs, pack of 3"),
        Q.color("white"),
        wearing("nothing", "non_answer"),
        Q.garment_type("underwear"),
        is_a("pair of boxers", "yes", "contradiction"),
        title="Jockey Men Pack of 3 White Solid Briefs",
        category="Briefs",
        color="White",
    ),
    # Flat lay: five vests (white, grey, black, navy, maroon) fanned out on white. Base BLIP-2: the caption counts four.
    case(
        "X1657-018",
        caption("four tank tops in different colors on a white background", "contradiction"),
        Q.garment_type("tank top"),
        Q.color("multicolor"),
        Q.sleeve_length("sleeveless"),
        describe("vests", "five vests in white, grey, black, blue and red"),
        gender="Men",
        title="Dixcy Scott Men Pack of 5 Assorted Solid Innerwear Vests",
        category="Innerwear Vests",
        color="Assorted",
    ),
    # Model sitting on a sofa in a blue-and-white striped full-sleeve cotton pyjama set. Base BLIP-2: the caption
    # loops to the limit.
    case(
        "X1657-019",
        caption(
            "a man sitting on a couch in a blue and white striped pajama set with a blue and white striped pajama set "
            "with a blue and white striped pajama set with a blue and",
            "loop",
            hit_limit=True,
        ),
        wearing("pajamas", who="the man"),
        Q.pattern("striped"),
        Q.material("cotton"),
        Q.sleeve_length("long sleeves"),
        color_of("pajamas", "blue and white", kind="open"),
        gender="Men",
        title="Marks & Spencer Men Blue & White Striped Pure Cotton Pyjama Set",
        category="Night suits",
        color="Blue",
    ),
    # Model in a white tank and charcoal joggers that read near-black, zip pocket on the thigh. Base BLIP-2; "black"
    # accepted (see notes); fabric invented for a rapid-dry pant.
    case(
        "X1657-020",
        caption("a man in a white tank top and black pants"),
        wearing("a white tank top and black pants"),
        color_of("pants", "black", kind="open"),
        Q.material("cotton", "unsupported"),
        details("pants", "the pants have a zippered pocket on the side"),
        is_a("pair of jeans", "no"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Charcoal Grey Solid Rapid-Dry Track Pants",
        category="Track Pants",
        color="Charcoal",
    ),
    # Back view: model in blue boxers with a yellow banana print. Base BLIP-2: pattern picks floral; fabric
    # answer contradicts the title's micro modal.
    case(
        "X1657-021",
        caption("the back of a man in a pair of shorts with bananas on them"),
        Q.pattern("floral", "contradiction"),
        Q.color("blue"),
        Q.material("cotton", "contradiction"),
        wearing("a pair of shorts", who="he"),
        details("shorts", "bananas"),
        gender="Men",
        title="Bummer Men Multicoloured Banana Print Micro Modal Boxers",
        category="Boxers",
        color="Multi",
    ),
    # Model in a white lounge tee with navy horizontal stripes and navy shorts. Base BLIP-2: describe runs to the
    # limit; "polo shirt" gets a yes for a crew neck.
    case(
        "X1657-022",
        caption("a man in a striped shirt and blue shorts"),
        describe(
            "t-shirt",
            "the t - shirt is white with navy blue stripes and a round neck and short sleeves and it is made of a soft "
            "cotton fabric that is",
            "cut",
            hit_limit=True,
        ),
        Q.color("white"),
        Q.pattern("striped"),
        Q.sleeve_length("short sleeves"),
        is_a("polo shirt", "yes", "contradiction"),
        gender="Men",
        title="Van Heusen Men White & Navy Blue Striped Lounge T-shirt",
        category="Lounge Tshirts",
        color="White",
    ),
    # Model in black Jockey trunks, front view, white backdrop. Base BLIP-2: the caption names another brand.
    case(
        "X1657-023",
        caption("hanes men's boxer briefs - black", "unsupported"),
        Q.color("black"),
        color_of("trunks", "black", kind="open"),
        wearing("underwear"),
        Q.garment_type("underwear"),
        gender="Men",
        title="Jockey Men Pack of 2 Black Solid Trunks",
        category="Trunk",
        color="Black",
    ),
    # Model in a grey t-shirt and red-and-navy checked boxers. Base BLIP-2: open color gives the tee's grey.
    case(
        "X1657-024",
        caption("a man in a grey t - shirt and red plaid shorts"),
        color_of("boxers", "grey", "other_garment_color", kind="open"),
        Q.pattern("plaid"),
        details("boxers", "red plaid boxers with an elastic waistband"),
        Q.material("cotton"),
        is_a("pair of boxers", "yes"),
        wearing("a grey t - shirt and red plaid shorts", who="the man"),
        gender="Men",
        title="XYXX Men Red & Navy Checked Pure Cotton Boxers",
        category="Boxers",
        color="Red",
    ),
    # Flat lay of olive joggers with a drawstring, white background. Base BLIP-2; gender column missing.
    case(
        "X1657-025",
        caption("a pair of green sweatpants on a white background"),
        wearing("a pair of sweatpants"),
        Q.color("green"),
        details("joggers", "drawstring"),
        Q.material("cotton", "unsupported"),
        describe("joggers", "the joggers are green joggers", "restated"),
        title="Roadster Men Olive Green Solid Joggers",
        category="Track Pants",
        color="Olive",
    ),
    # Model in a white sleeveless vest and black shorts. Base BLIP-2: describe runs on into the next prompt; a wrong
    # yes to "t-shirt".
    case(
        "X1657-026",
        caption("a man in a white tank top and black shorts"),
        describe("vest", "a white vest Question: What is the color of the shorts? Answer: black", "leak"),
        color_of("vest", "white"),
        Q.sleeve_length("sleeveless"),
        is_a("t-shirt", "yes", "contradiction"),
        gender="Men",
        title="Lux Cozi Men White Solid Sleeveless Innerwear Vest",
        category="Innerwear Vests",
        color="White",
    ),
    # Model in a grey t-shirt and navy lounge shorts with side pockets. Base BLIP-2: the closed color picks the tee.
    case(
        "X1657-027",
        caption("a man in a grey shirt and blue shorts"),
        color_of("shorts", "blue", kind="open"),
        Q.color("grey", "other_garment_color"),
        details("shorts", "two side pockets and a drawstring"),
        Q.garment_type("shorts"),
        gender="Men",
        title="Jockey Men Navy Blue Solid Lounge Shorts",
        category="Lounge Shorts",
        color="Navy Blue",
    ),
    # Back view: model in a black t-shirt and blue slim track pants. Base BLIP-2: details says nothing; fabric
    # invented.
    case(
        "X1657-028",
        caption("the back of a man in a black shirt and blue pants"),
        wearing("a black shirt and blue pants"),
        color_of("pants", "blue", kind="open"),
        details("pants", "the back of the pants", "non_answer"),
        Q.material("polyester", "unsupported"),
        gender="Men",
        title="Alcis Men Blue Solid Slim Fit Track Pants",
        category="Track Pants",
        color="Blue",
    ),
    # Model in a black cotton vest in front of a white wall. Base BLIP-2: describe loops to the limit.
    case(
        "X1657-029",
        caption("a man in a black tank top standing in front of a white wall"),
        describe(
            "vest",
            "a black tank top, black tank top, black tank top, black tank top, black tank top, black tank top, black",
            "loop",
            hit_limit=True,
        ),
        Q.color("black"),
        Q.material("cotton"),
        Q.garment_type("tank top"),
        gender="Men",
        title="Hanes Men Black Solid Cotton Innerwear Vest",
        category="Innerwear Vests",
        color="Black",
    ),
    # Model in a white tee and grey melange lounge pants with a small white all-over print, looking at a phone.
    # Base BLIP-2: pattern calls it solid; details runs to the limit.
    case(
        "X1657-030",
        caption("a man in a white t - shirt and grey pants looking at his phone"),
        wearing("a white t - shirt and grey pants", who="the man"),
        Q.pattern("solid", "contradiction"),
        color_of("pants", "grey", kind="open"),
        describe("pants", "grey pajama pants with a small print"),
        details(
            "pants",
            "the pants have a small white print all over them and an elastic waistband with a drawstring and two side "
            "pockets and a back",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Sweet Dreams Men Grey Melange Printed Lounge Pants",
        category="Lounge Pants",
        color="Grey",
    ),
    # Model in a navy crew-neck sweatshirt with a small chest logo and grey joggers. Base BLIP-2: the closed type
    # picks sweater for a sweatshirt. Color column missing.
    case(
        "X1657-031",
        caption("a man in a navy blue sweatshirt and grey sweatpants"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("blue"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        details("sweatshirt", "tommy hilfiger logo on the chest"),
        gender="Men",
        title="Tommy Hilfiger Men Navy Blue Solid Cotton Lounge Sweatshirt",
        category="Sweatshirts",
    ),
    # Model with long hair tied back in a lavender lounge tee and black shorts. Base BLIP-2: the answer says "she".
    case(
        "X1657-032",
        caption("a man with long hair wearing a purple t - shirt"),
        wearing("she is wearing a purple t - shirt and black shorts", "pronoun"),
        Q.color("purple"),
        Q.sleeve_length("short sleeves"),
        Q.garment_type("t-shirt"),
        gender="Men",
        title="Damensch Men Lavender Solid Lounge T-shirt",
        category="Lounge Tshirts",
        color="Lavender",
    ),
    # Model, hands on hips, in a plain white round-neck vest with no logo. Base BLIP-2: details invents a logo.
    case(
        "X1657-033",
        caption("a man in a white tank top with his hands on his hips"),
        details("vest", "the vest has a small logo on the left side of the chest", "unsupported"),
        Q.color("white"),
        Q.sleeve_length("sleeveless"),
        is_a("tank top", "yes"),
        gender="Men",
        title="Rupa Frontline Men White Solid Round Neck Vest",
        category="Innerwear Vests",
        color="White",
    ),
    # Model in a navy short-sleeve shirt with a yellow lemon print and solid navy shorts (night suit). Base BLIP-2;
    # all correct.
    case(
        "X1657-034",
        caption("a man in a blue shirt and shorts with yellow lemons on it"),
        color_of("shirt", "blue", kind="open"),
        color_of("shorts", "blue", kind="open"),
        Q.pattern("printed"),
        wearing("a blue shirt with yellow lemons and blue shorts", who="the man"),
        details("shirt", "yellow lemons"),
        Q.sleeve_length("short sleeves"),
        gender="Men",
        title="Kryptic Men Navy Blue & Yellow Printed Night Suit",
        category="Night suits",
        color="Navy Blue",
    ),
    # Model in a beige long-sleeve thermal top and matching beige thermal bottoms. Base BLIP-2: closed color picks
    # white for the beige.
    case(
        "X1657-035",
        caption("a man in a beige long sleeve shirt and beige pants"),
        Q.material("wool"),
        Q.color("white", "contradiction"),
        Q.sleeve_length("long sleeves"),
        describe("top", "a long sleeve thermal shirt"),
        gender="Men",
        title="Lux Cottswool Men Beige Solid Thermal Top",
        category="Thermal Tops",
        color="Beige",
    ),
    # Two models side by side, each in a white vest and jeans. Base BLIP-2: details echoes the question.
    case(
        "X1657-036",
        caption("two men in white tank tops standing next to each other"),
        wearing("a white tank top", who="the man"),
        Q.color("white"),
        Q.garment_type("tank top"),
        details("vest", "the vest details are the details of the vest", "restated"),
        gender="Men",
        title="Dixcy Scott Men Pack of 2 White Solid Innerwear Vests",
        category="Innerwear Vests",
        color="White",
    ),
    # Model in a white Calvin Klein tee and black joggers with a small logo on the left leg. Base BLIP-2: "jeans"
    # gets a yes (the brand name says jeans, the photo does not).
    case(
        "X1657-037",
        caption("a man in a white t - shirt and black jogger pants"),
        color_of("joggers", "black", kind="open"),
        is_a("pair of jeans", "yes", "contradiction"),
        Q.garment_type("pants"),
        details("joggers", "calvin klein logo on the left leg"),
        gender="Men",
        title="Calvin Klein Jeans Men Black Solid Lounge Joggers",
        category="Lounge Pants",
        color="Black",
    ),
    # Flat lay on a bed: grey checked full-sleeve pyjama set. Base BLIP-2: the caption calls it a woman's set.
    case(
        "X1657-038",
        caption("a woman's pajama set laid out on a bed", "pronoun"),
        wearing("pajamas"),
        Q.pattern("plaid"),
        Q.color("grey"),
        Q.material("cotton"),
        Q.sleeve_length("long sleeves"),
        gender="Men",
        title="Marks & Spencer Men Grey Checked Pure Cotton Pyjama Set",
        category="Night suits",
        color="Grey",
    ),
    # Model in a black hoodie, black cap, white sneakers and grey melange track pants with white side stripes. Base
    # BLIP-2: the caption runs to the limit (everything it says is true).
    case(
        "X1657-039",
        caption(
            "a man in a black hoodie and grey track pants with white stripes down the side of the pants and white "
            "sneakers on his feet and a black baseball cap on his head and a",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "grey", kind="open"),
        Q.garment_type("pants"),
        Q.material("cotton"),
        details("pants", "white stripes"),
        gender="Men",
        title="Reebok Men Grey Melange Solid Cotton Track Pants with Side Stripes",
        category="Track Pants",
        color="Grey Melange",
    ),
    # Model in a navy vest and grey shorts. Base BLIP-2: open color right, closed color picks black.
    case(
        "X1657-040",
        caption("a man in a blue tank top"),
        wearing("a blue tank top and grey shorts"),
        color_of("vest", "blue", kind="open"),
        Q.color("black", "contradiction"),
        details("vest", "it has a round neck"),
        gender="Men",
        title="Jockey Men Navy Blue Solid Innerwear Vest",
        category="Innerwear Vests",
        color="Navy Blue",
    ),
    # Model in a navy polo shirt and beige lounge pants. Base BLIP-2: "wearing" runs on through the next prompts to
    # the limit; closed color picks the polo's blue.
    case(
        "X1657-041",
        caption("a man in a blue polo shirt and khaki pants"),
        wearing(
            "a blue polo shirt and khaki pants Question: What is the color of the pants? Answer: khaki Question: What",
            "leak",
            hit_limit=True,
        ),
        Q.color("blue", "other_garment_color"),
        color_of("pants", "khaki", kind="open"),
        Q.garment_type("pants"),
        gender="Men",
        title="U.S. Polo Assn. Men Beige Solid Lounge Pants",
        category="Lounge Pants",
        color="Beige",
    ),
    # Side view: model in teal trunks, white backdrop. Base BLIP-2: describe echoes itself; fabric not in the title.
    case(
        "X1657-042",
        caption("a man in blue underwear"),
        Q.color("blue"),
        Q.material("cotton", "unsupported"),
        describe("underwear", "the underwear is a pair of underwear", "restated"),
        is_a("pair of briefs", "no"),
        gender="Men",
        title="XYXX Men Teal Blue Solid IntelliSoft Trunks",
        category="Trunk",
        color="Teal",
    ),
    # Model in a white half-sleeve crew-neck undershirt and blue jeans. Base BLIP-2: "no" to vest (see notes).
    # Category column missing.
    case(
        "X1657-043",
        caption("a man in a white t - shirt and blue jeans"),
        Q.garment_type("t-shirt"),
        Q.sleeve_length("short sleeves"),
        is_a("vest", "no", "contradiction"),
        color_of("vest", "white", kind="open"),
        gender="Men",
        title="Jockey Men White Solid Crew Neck Half Sleeve Undershirt Vest",
        color="White",
    ),
    # Model in a night suit: white short-sleeve tee with a black graphic and black pyjama pants. Base BLIP-2: the
    # caption is right; the open answers give grey to both garments.
    case(
        "X1657-044",
        caption("a man in a white t - shirt and black pajama pants"),
        wearing("a grey shirt and grey pants", "contradiction", who="the man"),
        color_of("shirt", "grey", "contradiction", kind="open"),
        color_of("pants", "grey", "contradiction", kind="open"),
        Q.pattern("graphic"),
        Q.sleeve_length("short sleeves"),
        gender="Men",
        title="Sweet Dreams Men White & Black Printed Night Suit",
        category="Night suits",
        color="White",
    ),
    # Model in a white vest and navy printed cotton boxer shorts. Base BLIP-2: details loops to the limit.
    case(
        "X1657-045",
        caption("a man in a white tank top and blue shorts"),
        details(
            "boxers",
            "the waistband, the pockets, the waistband, the pockets, the waistband, the pockets, the waistband, "
            "the pockets",
            "loop",
            hit_limit=True,
        ),
        color_of("boxers", "blue", kind="open"),
        Q.pattern("printed"),
        Q.material("cotton"),
        is_a("pair of boxers", "yes"),
        gender="Men",
        title="Jockey Men Navy Blue Printed Cotton Boxer Shorts 1222",
        category="Boxers",
        color="Navy Blue",
    ),
]
