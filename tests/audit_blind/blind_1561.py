"""BLIND_1561 (45 products; Myntra men's innerwear, nightwear and lounge, base BLIP-2 zero-shot): written blind in the
sixty-sixth session. Measured blind at d0844da (the session's third rules): 53/67 failures found (79.1%) and 23/248
correct texts flagged (9.3%). The writer's notes, verbatim:

Scenario: a Myntra men's innerwear, nightwear and lounge feed: innerwear vests, boxers, briefs, trunks, night suits,
lounge pants and shorts, lounge t-shirts, a thermal top and track pants / joggers. Catalog shots: a model on a plain
light backdrop wearing the product with other clothes (a vest with jeans or chinos, boxers or track pants under a
t-shirt or hoodie), innerwear often cropped at the neck or the thighs, now and then a back view, a flat lay of a pack,
a prop (mug, stool, dumbbell, sofa). Columns as the feed has them: title, category (the article type), color (the
base colour), gender; a few rows lack one of them.
Who wrote what: every text is base Salesforce/blip2-opt-2.7b, 8-bit, no adapter, zero-shot, greedy. Captions with
an empty prompt (50 new tokens); questions as "Question: ... Answer:" (30 new tokens), stopping at the newline. The
closed questions (color, pattern, sleeve length, garment type, "Is this a ...?") are the model's raw words, kept as
generated.
Labeling conventions and judgement calls: judged against the photo I imagined (the comment above each case) and the
title. The base model's typical errors here are the styling garment's color given for the product (a hoodie, a
t-shirt, jeans), navy or charcoal read as black, "yes" to almost any "Is this a ...?", "cotton" for everything, and
an invented detail; loops and cuts are rarer than with the adapters but happen on describe/details. Near shades are
right (charcoal "grey", maroon "red", teal "green", peach "pink"); navy called "blue" is right, navy called "black"
is wrong. For a multi-colour pack, a color or pattern naming the pair in the photo is right. Boxers called "shorts"
or "boxer shorts" are right; trunks or briefs called "shorts" or "boxers" are wrong (contradiction). A tank top for a
vest is right; a "shirt" or "t-shirt" for a sleeveless vest is wrong. The nearest clothing word for a thermal top
("sweater") is left unmarked. A material the title contradicts is a contradiction; a material the title does not
give and the product page contradicts is unsupported. A styling garment's color given for the product is
other_garment_color. An answer that only gives the garment's name back ("a pair of shorts", "they are boxers") is a
non_answer; one that builds a sentence out of the question's words ("the briefs are briefs") is restated. A "she"
or "woman" for the men's model (cropped at the neck) is pronoun. "arafed" in a caption is the model's usual
artefact; the caption is otherwise right and left unmarked. A loop or cut that ran to the limit is hit_limit; its
label is the loop or the cut even when it also invents something. About one text in five is wrong: the untuned base
answers short questions on clean catalog shots better than the adapters did, and most of its misses here come from
the layered styling and its yes-bias.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS as bq,
)
from tests.audit_corpus import (
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    material,
    wearing,
)

BLIND_1561 = [
    # Photo: model in a white round-neck sleeveless cotton vest with navy chinos, grey backdrop, front view.
    # All texts: base BLIP-2 OPT-2.7b zero-shot.
    case(
        "X1561-001",
        caption("a man in a white tank top and blue pants"),
        wearing("a white tank top", who="the man"),
        color_of("vest", "white"),
        bq.garment_type("tank top"),
        bq.sleeve_length("sleeveless"),
        material("cotton"),
        gender="Men",
        title="Jockey Men White Solid Pure Cotton Innerwear Vest 8820",
        category="Innerwear Vests",
        color="White",
    ),
    # Photo: cropped from chest to mid-thigh, bare torso, black trunks with a white waistband lettered VAN HEUSEN.
    # All texts: base BLIP-2 zero-shot. Trunks are not shorts: the "yes" is the base's yes-bias.
    case(
        "X1561-002",
        caption("a man in black underwear with a white waistband"),
        wearing("underwear"),
        color_of("trunks", "black"),
        details("trunks", "the waistband says van heusen"),
        bq.pattern("solid"),
        is_a("pair of shorts", "yes", "contradiction"),
        material("cotton"),
        gender="Men",
        title="Van Heusen Men Black Solid Cotton Stretch Trunks",
        category="Trunk",
        color="Black",
    ),
    # Photo: flat lay of three folded boxers: navy checked, grey solid, olive printed; no person.
    # All texts: base BLIP-2 zero-shot. "blue"/"checkered" name the navy pair (pack convention).
    case(
        "X1561-003",
        caption("three pairs of men's boxer shorts on a white background"),
        bq.color("blue"),
        bq.pattern("checkered"),
        bq.garment_type("boxer shorts"),
        describe("boxers", "three pairs of boxer shorts"),
        details("boxers", "they are boxers", "non_answer"),
        is_a("pair of boxers", "yes"),
        gender="Men",
        title="XYXX Men Pack of 3 Assorted Boxers",
        category="Boxers",
        color="Multi",
    ),
    # Photo: model in a white ribbed sleeveless vest with black jeans, inset of the pack of two; the vest is solid,
    # the rib is a texture. All texts: base BLIP-2 zero-shot; "striped" reads the rib as stripes.
    case(
        "X1561-004",
        caption("arafed man in a white tank top and black jeans"),
        wearing("a white tank top and black jeans", who="the man"),
        color_of("vest", "white"),
        details("vest", "it is ribbed"),
        bq.pattern("striped", "contradiction"),
        bq.sleeve_length("sleeveless"),
        material("cotton"),
        gender="Men",
        title="Dollar Bigboss Men Pack of 2 White Solid Ribbed Innerwear Vests",
        category="Innerwear Vests",
        color="White",
    ),
    # Photo: model in navy track pants with a drawstring, plain white crew-neck t-shirt, white sneakers.
    # All texts: base BLIP-2 zero-shot. The color answer is the t-shirt's; "yes" to jeans is the yes-bias.
    case(
        "X1561-005",
        caption("a man in a white t-shirt and blue sweatpants"),
        wearing("a white t-shirt and navy blue pants", who="he"),
        color_of("pants", "white", "other_garment_color"),
        describe("pants", "they are navy blue sweatpants with a drawstring"),
        bq.garment_type("sweatpants"),
        is_a("pair of jeans", "yes", "contradiction"),
        material("cotton"),
        gender="Men",
        title="Jockey Men Navy Blue Solid Cotton Track Pants 9500",
        category="Track Pants",
        color="Navy Blue",
    ),
    # Photo: model in a blue-and-white checked long-sleeve button-front pyjama shirt with one chest pocket and matching
    # checked pyjama bottoms. All texts: base BLIP-2 zero-shot; the second pocket is invented.
    case(
        "X1561-006",
        caption("a man in blue and white checkered pajamas"),
        wearing("pajamas"),
        color_of("shirt", "blue and white"),
        color_of("pants", "blue and white"),
        bq.pattern("plaid"),
        bq.sleeve_length("long sleeves"),
        details("shirt", "the shirt has two pockets on the front", "unsupported"),
        bq.material("cotton"),
        gender="Men",
        title="Marks & Spencer Men Blue & White Checked Pure Cotton Pyjama Set",
        category="Night suits",
        color="Blue",
    ),
    # Photo: side view, model in grey melange lounge pants with drawstring and side pockets, black crew-neck tee.
    # All texts: base BLIP-2 zero-shot; the closed color gives the tee's black.
    case(
        "X1561-007",
        caption("a man wearing a black t-shirt and grey sweatpants"),
        wearing("a black t-shirt and grey pants", who="the man"),
        color_of("pants", "grey"),
        bq.color("black", "other_garment_color"),
        describe("pants", "the pants are grey"),
        details("pants", "the pants have a drawstring waist and side pockets"),
        is_a("pair of jeans", "no"),
        material("cotton"),
        gender="Men",
        title="U.S. Polo Assn. Men Grey Melange Solid Cotton Lounge Pants",
        category="Lounge Pants",
        color="Grey Melange",
    ),
    # Photo: model cropped at the shoulders (no face), grey crew-neck tee, black boxers with small white polka dots.
    # All texts: base BLIP-2 zero-shot. "a woman" for the cropped men's model; polyester against "Pure Cotton".
    case(
        "X1561-008",
        caption("a woman in a grey t-shirt and black shorts", "pronoun"),
        wearing("a grey t-shirt and black shorts"),
        color_of("boxers", "black"),
        bq.pattern("polka dots"),
        describe("boxers", "black and white polka dot boxer shorts"),
        material("polyester", "contradiction"),
        gender="Men",
        title="Hanes Men Black Printed Pure Cotton Boxers",
        category="Boxers",
        color="Black",
    ),
    # Photo: back view of a model in a white sleeveless vest and grey trousers. All texts: base BLIP-2 zero-shot;
    # "shirt" for the sleeveless vest.
    case(
        "X1561-009",
        caption("the back of a man in a white tank top"),
        wearing("a white tank top and grey pants", who="he"),
        color_of("vest", "white"),
        bq.garment_type("shirt", "contradiction"),
        is_a("vest", "yes"),
        material("cotton"),
        gender="Men",
        title="Rupa Jon Men White Solid Cotton Innerwear Vest",
        category="Innerwear Vests",
        color="White",
    ),
    # Photo: five briefs fanned out on white (red, navy, black, grey, royal blue) with the printed box; no person.
    # All texts: base BLIP-2 zero-shot. The caption loops through the colors to the 50-token limit; briefs are
    # not shorts (yes-bias).
    case(
        "X1561-010",
        caption(
            "a bunch of different colored underwear on a white background, red, blue, black, grey, blue, black, "
            "grey, blue, black, grey, blue, black, grey, blue, black, grey, blue, black, grey, blue, black",
            "loop",
            hit_limit=True,
        ),
        bq.garment_type("underwear"),
        bq.color("multicolored"),
        describe("briefs", "a pack of five men's briefs in different colors"),
        details("briefs", "the briefs are briefs", "restated"),
        is_a("pair of shorts", "yes", "contradiction"),
        gender="Men",
        title="Lux Cozi Men Pack of 5 Assorted Solid Cotton Briefs",
        category="Briefs",
        color="Multi",
    ),
    # Photo: model in charcoal cotton lounge shorts with a drawstring, white sleeveless vest, barefoot.
    # All texts: base BLIP-2 zero-shot. The shorts' color is the vest's; polyester against the title's "Cotton".
    case(
        "X1561-011",
        caption("a man in a white tank top and grey shorts"),
        wearing("a white tank top and grey shorts"),
        color_of("shorts", "white", "other_garment_color"),
        details("shorts", "the shorts have a drawstring"),
        bq.garment_type("shorts"),
        material("polyester", "contradiction"),
        gender="Men",
        title="Chromozome Men Charcoal Solid Cotton Lounge Shorts",
        category="Lounge Shorts",
        color="Charcoal",
    ),
    # Photo: cropped model, bare torso, navy trunks with a red/white/navy TOMMY HILFIGER waistband tape.
    # All texts: base BLIP-2 zero-shot; trunks answered as shorts.
    case(
        "X1561-012",
        caption("a man in blue underwear with a red, white and blue waistband"),
        wearing("underwear", who="the man"),
        color_of("trunks", "blue"),
        bq.pattern("solid"),
        details("trunks", "the waistband says tommy hilfiger"),
        is_a("pair of shorts", "yes", "contradiction"),
        material("cotton"),
        gender="Men",
        title="Tommy Hilfiger Men Navy Blue Solid Cotton Stretch Trunks",
        category="Trunk",
        color="Navy Blue",
    ),
    # Photo: model in a maroon half-sleeve tee with a white "SLEEP MODE" chest print and grey melange pyjama bottoms.
    # All texts: base BLIP-2 zero-shot. One color for both pieces; "solid" misses the printed top of a printed set.
    case(
        "X1561-013",
        caption("a man in a red t-shirt and grey pajama pants"),
        wearing("a red shirt and grey pants"),
        color_of("shirt", "red"),
        color_of("pants", "red", "other_garment_color"),
        bq.sleeve_length("short sleeves"),
        bq.pattern("solid", "contradiction"),
        describe("shirt", "a red t-shirt with white text on the front"),
        gender="Men",
        title="Sweet Dreams Men Maroon & Grey Printed Night Suit",
        category="Night suits",
        color="Maroon",
    ),
    # Photo: model mid-stride in black polyester track pants with one white side stripe, black tee, black shoes.
    # All texts: base BLIP-2 zero-shot. The describe answer loops to the 30-token limit.
    case(
        "X1561-014",
        caption("a man in black sweatpants and a black t-shirt"),
        wearing("a black t-shirt and black pants", who="the man"),
        color_of("pants", "black"),
        bq.pattern("solid"),
        details("pants", "the pants have a white stripe on the side"),
        describe(
            "pants",
            "black pants with a white stripe down the side of the leg and a white stripe down the side of the leg "
            "and a white stripe down the",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of jeans", "no"),
        material("polyester"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Solid Rapid-Dry Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Photo: model in an olive crew-neck lounge tee with beige lounge pants. All texts: base BLIP-2 zero-shot;
    # "cotton" against the title's "Modal".
    case(
        "X1561-015",
        caption("a man in a green t-shirt and khaki pants"),
        wearing("a green shirt and khaki pants"),
        color_of("shirt", "green"),
        bq.garment_type("t-shirt"),
        bq.sleeve_length("short"),
        describe("shirt", "a green t-shirt with a round neck"),
        material("cotton", "contradiction"),
        gender="Men",
        title="Damensch Men Olive Green Solid Modal Lounge T-shirt",
        category="Lounge Tshirts",
        color="Olive",
    ),
    # Photo: model in a grey crew-neck tee and blue-and-white checked boxers; inset of the pack's second (maroon
    # checked) pair. All texts: base BLIP-2 zero-shot. The details answer runs on and is cut at 30 tokens. No color
    # column in the feed row.
    case(
        "X1561-016",
        caption("a man in a grey t-shirt and blue plaid shorts"),
        wearing("a grey t-shirt and plaid shorts", who="the man"),
        color_of("shorts", "grey", "other_garment_color"),
        bq.pattern("plaid"),
        describe("shorts", "the shorts are blue and white plaid"),
        details(
            "shorts",
            "the shorts are made of cotton and have an elastic waistband. they are available in a variety of colors "
            "and sizes. the shorts are",
            "cut",
            hit_limit=True,
        ),
        is_a("pair of boxers", "yes"),
        gender="Men",
        title="Jockey Men Pack of 2 Assorted Checked Boxer Shorts",
        category="Boxers",
    ),
    # Photo: model in a grey melange sleeveless vest with blue jeans; no pocket on the vest.
    # All texts: base BLIP-2 zero-shot. The closed color gives the jeans' blue; "short" sleeves for a sleeveless
    # vest; the chest pocket is invented.
    case(
        "X1561-017",
        caption("a man in a grey tank top and jeans"),
        wearing("a grey tank top and blue jeans"),
        bq.color("blue", "other_garment_color"),
        color_of("vest", "grey"),
        bq.sleeve_length("short", "contradiction"),
        details("vest", "the vest has a pocket on the chest", "unsupported"),
        bq.material("cotton"),
        gender="Men",
        title="Van Heusen Men Grey Melange Solid Cotton Innerwear Vest",
        category="Innerwear Vests",
        color="Grey Melange",
    ),
    # Photo: flat lay of one pair of light-blue boxers with a cartoon avocado print; no person.
    # All texts: base BLIP-2 zero-shot; "cotton" against the title's "Micro Modal". No gender in the row.
    case(
        "X1561-018",
        caption("a pair of boxer shorts with avocados on them"),
        bq.color("blue"),
        bq.pattern("printed"),
        describe("boxers", "a pair of blue boxer shorts with avocados on them"),
        details("boxers", "avocados"),
        is_a("pair of shorts", "yes"),
        material("cotton", "contradiction"),
        title="Bummer Men Multicoloured Printed Micro Modal Boxers",
        category="Boxers",
        color="Multi",
    ),
    # Photo: model in a solid navy crew-neck tee and red-and-black checked brushed-cotton pyjama bottoms.
    # All texts: base BLIP-2 zero-shot. The pants get the tee's blue; the material answer runs into a new question.
    case(
        "X1561-019",
        caption("a man in a blue t-shirt and plaid pajama pants"),
        wearing("pajamas", who="the man"),
        color_of("shirt", "blue"),
        color_of("pants", "blue", "other_garment_color"),
        bq.pattern("plaid"),
        bq.sleeve_length("short sleeves"),
        details("pants", "the pants are plaid"),
        material("cotton Question: what is the color of the pants? Answer: red", "leak"),
        gender="Men",
        title="Roadster Men Red & Black Checked Brushed Cotton Night Suit",
        category="Night suits",
        color="Red",
    ),
    # Photo: cropped model, bare torso, plain black briefs with a black waistband.
    # All texts: base BLIP-2 zero-shot. Briefs are not boxers (yes-bias); "nothing" for the details; "cotton"
    # against the title's "Micro Modal".
    case(
        "X1561-020",
        caption("a man in black underwear standing in front of a white wall"),
        wearing("black underwear"),
        color_of("briefs", "black"),
        is_a("pair of boxers", "yes", "contradiction"),
        details("briefs", "nothing", "non_answer"),
        bq.pattern("solid"),
        material("cotton", "contradiction"),
        gender="Men",
        title="XYXX Men Black Solid IntelliSoft Antimicrobial Micro Modal Briefs",
        category="Briefs",
        color="Black",
    ),
    # Photo: model sitting on a wooden stool in teal lounge shorts with side pockets and a white crew-neck tee.
    # All texts: base BLIP-2 zero-shot. The closed color gives the tee's white.
    case(
        "X1561-021",
        caption("a man sitting on a stool wearing a white shirt and green shorts"),
        wearing("a white shirt and green shorts", who="he"),
        color_of("shorts", "green"),
        bq.color("white", "other_garment_color"),
        describe("shorts", "green shorts with pockets"),
        details("shorts", "the shorts are short", "restated"),
        bq.garment_type("shorts"),
        material("cotton"),
        gender="Men",
        title="FREECULTR Men Teal Solid Cotton Lounge Shorts",
        category="Lounge Shorts",
        color="Teal",
    ),
    # Photo: model holding a coffee mug, white round-neck sleeveless vest, black track pants.
    # All texts: base BLIP-2 zero-shot; the describe answer goes on with a question and answer of its own.
    case(
        "X1561-022",
        caption("a man holding a coffee cup in a white tank top"),
        wearing("a white tank top and black pants", who="the man"),
        color_of("vest", "white"),
        details("vest", "it has a round neck"),
        bq.sleeve_length("sleeveless"),
        bq.garment_type("tank top"),
        describe("vest", "a white tank top. Question: what is the color of the pants? Answer: black", "leak"),
        gender="Men",
        title="Jockey Men White Solid Round Neck Innerwear Vest US26",
        category="Innerwear Vests",
        color="White",
    ),
    # Photo: cropped model in charcoal grey trunks with a black waistband, grey backdrop.
    # All texts: base BLIP-2 zero-shot; the color question answers the waistband's black, and the trunks are
    # called shorts.
    case(
        "X1561-023",
        caption("a man in grey boxer briefs"),
        wearing("grey shorts", "contradiction"),
        color_of("trunks", "black", "contradiction"),
        bq.garment_type("boxer briefs"),
        details("trunks", "the trunks have a black waistband"),
        is_a("pair of trunks", "yes"),
        material("cotton"),
        gender="Men",
        title="Almo Men Charcoal Grey Solid Cotton Stretch Trunks",
        category="Trunk",
        color="Charcoal",
    ),
    # Photo: model in navy pyjama bottoms with a two-button fly and a grey marl sweatshirt.
    # All texts: base BLIP-2 zero-shot; navy read as black by the color question (the caption had it blue).
    case(
        "X1561-024",
        caption("a man wearing a grey sweatshirt and blue pajama pants"),
        wearing("a grey sweater and blue pants"),
        color_of("pants", "black", "contradiction"),
        describe("pants", "the pants are blue"),
        details("pants", "the pants have a button fly"),
        is_a("pair of pajamas", "yes"),
        bq.material("cotton"),
        gender="Men",
        title="Marks & Spencer Men Navy Solid Pure Cotton Pyjama Bottoms",
        category="Lounge Pants",
        color="Navy Blue",
    ),
    # Photo: men's model cropped at the neck, peach half-sleeve tee with a small white print and peach pyjamas.
    # All texts: base BLIP-2 zero-shot. Caption and describe both make the model a woman.
    case(
        "X1561-025",
        caption("a woman in a pink pajama set", "pronoun"),
        wearing("pink pajamas"),
        color_of("shirt", "pink"),
        color_of("pants", "pink"),
        bq.pattern("printed"),
        describe("shirt", "she is wearing a pink t-shirt with a white print", "pronoun"),
        gender="Men",
        title="Sweet Dreams Men Peach-Coloured Printed Night Suit",
        category="Night suits",
        color="Peach",
    ),
    # Photo: model in a plain black sleeveless vest (no logo) with khaki chinos; inset of the pack's white vest.
    # All texts: base BLIP-2 zero-shot. The chest logo is invented; "yes" to "shirt" is the yes-bias.
    case(
        "X1561-026",
        caption("a man in a black tank top and khaki pants"),
        wearing("a black tank top and khaki pants", who="the man"),
        color_of("vest", "black"),
        bq.sleeve_length("sleeveless"),
        details("vest", "there is a logo on the chest", "unsupported"),
        is_a("shirt", "yes", "contradiction"),
        gender="Men",
        title="U.S. Polo Assn. Men Pack of 2 Solid Cotton Innerwear Vests",
        category="Innerwear Vests",
        color="Black",
    ),
    # Photo: back view, grey melange joggers with one back pocket, white tee covering the waist, white sneakers.
    # All texts: base BLIP-2 zero-shot; the color question gives the tee's white; polyester against "Cotton".
    case(
        "X1561-027",
        caption("the back of a man wearing grey sweatpants and a white t-shirt"),
        wearing("a white shirt and grey pants"),
        color_of("pants", "white", "other_garment_color"),
        details("pants", "the pants have a pocket on the back"),
        bq.garment_type("sweatpants"),
        describe("pants", "grey sweatpants with a white t-shirt and white sneakers"),
        is_a("pair of sweatpants", "yes"),
        material("polyester", "contradiction"),
        gender="Men",
        title="Hanes Men Grey Melange Solid Cotton Track Pants",
        category="Track Pants",
        color="Grey Melange",
    ),
    # Photo: cropped model in black low-rise briefs with a wide white CALVIN KLEIN waistband.
    # All texts: base BLIP-2 zero-shot. The details answer repeats the waistband's words to the limit.
    case(
        "X1561-028",
        caption("a man in black underwear with calvin klein written on the waistband"),
        color_of("briefs", "black and white"),
        bq.color("black"),
        details(
            "briefs",
            "calvin klein calvin klein calvin klein calvin klein calvin klein calvin klein calvin klein calvin klein "
            "calvin klein calvin",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of boxers", "yes", "contradiction"),
        wearing("black underwear", who="he"),
        material("cotton"),
        gender="Men",
        title="Calvin Klein Underwear Men Black Solid Low-Rise Cotton Stretch Briefs",
        category="Briefs",
        color="Black",
    ),
    # Photo: model in a white sleeveless vest and blue-and-white checked boxers with a button fly.
    # All texts: base BLIP-2 zero-shot; the describe answer only names the garment.
    case(
        "X1561-029",
        caption("a man in a white tank top and blue plaid shorts"),
        wearing("a white tank top and plaid shorts", who="the man"),
        color_of("shorts", "blue and white"),
        bq.pattern("plaid"),
        describe("shorts", "a pair of shorts", "non_answer"),
        details("shorts", "the shorts have an elastic waistband and a button fly"),
        is_a("pair of boxers", "yes"),
        gender="Men",
        title="Jockey Men Blue Checked Cotton Boxer Shorts 1223",
        category="Boxers",
        color="Blue",
    ),
    # Photo: flat lay, a stack of five folded white sleeveless vests in their pack; no person.
    # All texts: base BLIP-2 zero-shot; the caption and the wearing answer (no one in the photo) call the vests
    # t-shirts. No gender in the row.
    case(
        "X1561-030",
        caption("a stack of white t-shirts on a white background", "contradiction"),
        wearing("a white t-shirt", "contradiction"),
        bq.garment_type("tank top"),
        bq.color("white"),
        describe("vest", "white"),
        is_a("vest", "yes"),
        material("cotton"),
        title="Lux Cozi Men Pack of 5 White Solid Cotton Innerwear Vests",
        category="Innerwear Vests",
        color="White",
    ),
    # Photo: model in navy lounge pants with a small white geometric all-over print, light-blue tee.
    # All texts: base BLIP-2 zero-shot. "solid" misses the small print its own details answer saw; "yes" to jeans.
    case(
        "X1561-031",
        caption("a man in a blue t-shirt and blue pants"),
        wearing("a blue shirt and blue pants"),
        color_of("pants", "blue"),
        bq.pattern("solid", "contradiction"),
        details("pants", "the pants have a small white pattern on them"),
        is_a("pair of jeans", "yes", "contradiction"),
        material("cotton"),
        gender="Men",
        title="Chromozome Men Navy Blue Printed Cotton Lounge Pants",
        category="Lounge Pants",
        color="Navy Blue",
    ),
    # Photo: model in black joggers with elastic cuffs and a grey pullover hoodie.
    # All texts: base BLIP-2 zero-shot; the open color question gives the hoodie's grey, the closed one is right.
    case(
        "X1561-032",
        caption("a man in a grey hoodie and black sweatpants"),
        wearing("a grey hoodie and black pants", who="the man"),
        color_of("pants", "grey", "other_garment_color"),
        bq.color("black"),
        describe("pants", "black sweatpants with a drawstring waist and elastic cuffs"),
        is_a("pair of jeans", "no"),
        gender="Men",
        title="Roadster Men Black Solid Cotton Joggers",
        category="Track Pants",
        color="Black",
    ),
    # Photo: model holding a dumbbell, black polyester sports vest with a small Jockey logo on the chest, grey shorts.
    # All texts: base BLIP-2 zero-shot; all right.
    case(
        "X1561-033",
        caption("a man holding a dumbbell wearing a black tank top"),
        wearing("a black tank top and grey shorts"),
        color_of("vest", "black"),
        bq.garment_type("tank top"),
        details("vest", "the vest has a logo on the chest"),
        material("polyester"),
        gender="Men",
        title="Jockey Men Black Solid Sports Vest MV03",
        category="Innerwear Vests",
        color="Black",
    ),
    # Photo: model in a beige long-sleeve round-neck thermal top with dark blue jeans.
    # All texts: base BLIP-2 zero-shot; "sweater" is the nearest word the model has (left unmarked).
    case(
        "X1561-034",
        caption("a man in a beige sweater and jeans"),
        wearing("a beige sweater and blue jeans"),
        color_of("shirt", "beige"),
        bq.sleeve_length("long sleeves"),
        bq.garment_type("sweater"),
        describe("shirt", "a beige long sleeve shirt"),
        details("shirt", "the shirt has a round neck and long sleeves"),
        material("wool"),
        gender="Men",
        title="Lux Cottswool Men Beige Solid Thermal Top",
        category="Thermal Tops",
        color="Beige",
    ),
    # Photo: model in a blue-and-white striped long-sleeve collared pyjama shirt and matching striped pyjamas with a
    # drawstring. All texts: base BLIP-2 zero-shot. The describe answer runs on and is cut at the limit.
    case(
        "X1561-035",
        caption("a man in blue and white striped pajamas"),
        wearing("pajamas", who="the man"),
        color_of("shirt", "blue"),
        bq.pattern("striped"),
        details("shirt", "the shirt has a collar and buttons down the front"),
        bq.sleeve_length("long"),
        describe(
            "pants",
            "blue and white striped pajama pants with a drawstring waist and a button fly. they are made of 100% "
            "cotton and are machine washable. they",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Van Heusen Men Blue & White Striped Pure Cotton Night Suit",
        category="Night suits",
        color="Blue",
    ),
    # Photo: back view, model in plain black trunks with a black waistband, nothing on the sides.
    # All texts: base BLIP-2 zero-shot; the side stripe is invented.
    case(
        "X1561-036",
        caption("the back of a man in black underwear"),
        wearing("black underwear"),
        color_of("trunks", "black"),
        bq.garment_type("underwear"),
        bq.pattern("solid"),
        details("trunks", "the trunks have a white stripe on the side", "unsupported"),
        material("cotton"),
        gender="Men",
        title="Jockey Men Black Solid Cotton Trunks 1015",
        category="Trunk",
        color="Black",
    ),
    # Photo: model wearing the pack's royal-blue brief with a white waistband; inset of the blue, grey and black trio.
    # All texts: base BLIP-2 zero-shot; all right.
    case(
        "X1561-037",
        caption("a man in blue underwear"),
        wearing("blue underwear"),
        color_of("briefs", "blue"),
        describe("briefs", "blue briefs with a white waistband"),
        is_a("pair of briefs", "yes"),
        bq.material("cotton"),
        gender="Men",
        title="Rupa Frontline Men Pack of 3 Assorted Cotton Briefs",
        category="Briefs",
        color="Multi",
    ),
    # Photo: model in black cotton track pants with a small white PUMA logo on the left thigh, red crew-neck tee.
    # All texts: base BLIP-2 zero-shot; the color answer carries on with a question about the shirt.
    case(
        "X1561-038",
        caption("a man in a red t-shirt and black pants"),
        wearing("a red t-shirt and black pants", who="the man"),
        color_of("pants", "black Question: what is the color of the shirt? Answer: red", "leak"),
        details("pants", "there is a puma logo on the left leg"),
        bq.pattern("solid"),
        bq.garment_type("pants"),
        material("cotton"),
        gender="Men",
        title="Puma Men Black Solid Regular Fit Cotton Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Photo: flat lay of olive lounge shorts with a white drawstring; no person. All texts: base BLIP-2 zero-shot;
    # all right. No category in the row.
    case(
        "X1561-039",
        caption("a pair of green shorts on a white background"),
        bq.color("green"),
        bq.garment_type("shorts"),
        describe("shorts", "green"),
        details("shorts", "the shorts have a drawstring waist"),
        is_a("pair of shorts", "yes"),
        material("cotton"),
        gender="Men",
        title="Joven Men Olive Green Solid Cotton Lounge Shorts",
        color="Olive",
    ),
    # Photo: model in a navy half-sleeve tee with a big sleeping-bear print and "SLEEPY", navy-and-white checked
    # pyjama bottoms with a drawstring. All texts: base BLIP-2 zero-shot; the pants' details loop to the limit.
    # No color column in the row.
    case(
        "X1561-040",
        caption("a man wearing a blue t-shirt with a cartoon on it and plaid pants"),
        wearing("a blue shirt and plaid pants"),
        color_of("shirt", "blue"),
        color_of("pants", "blue and white"),
        bq.pattern("graphic"),
        describe("shirt", "the shirt has a cartoon of a sleeping bear on it and the word sleepy"),
        bq.sleeve_length("short sleeves"),
        details(
            "pants",
            "the pants have a drawstring waist and a drawstring waist and a drawstring waist and a drawstring waist "
            "and a drawstring waist and a drawstring",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Sweet Dreams Men Navy Blue Printed Night Suit",
        category="Night suits",
    ),
    # Photo: model in a white sleeveless vest under an open red-and-navy checked long-sleeve shirt, jeans.
    # All texts: base BLIP-2 zero-shot. The open shirt (styling) drives the vest color, garment type and sleeves.
    case(
        "X1561-041",
        caption("a man in a plaid shirt and a white tank top"),
        wearing("a plaid shirt", who="the man"),
        color_of("vest", "red", "other_garment_color"),
        bq.color("white"),
        bq.garment_type("shirt", "contradiction"),
        bq.sleeve_length("long sleeves", "contradiction"),
        material("cotton"),
        gender="Men",
        title="Dollar Bigboss Men White Solid Sleeveless Cotton Innerwear Vest",
        category="Innerwear Vests",
        color="White",
    ),
    # Photo: model sitting on a sofa with a laptop (props), grey melange lounge joggers, navy hoodie.
    # All texts: base BLIP-2 zero-shot; the closed color gives the hoodie's blue; "i don't know" for the details.
    case(
        "X1561-042",
        caption("a man sitting on a couch with a laptop"),
        wearing("a blue hoodie and grey sweatpants"),
        color_of("pants", "grey"),
        bq.color("blue", "other_garment_color"),
        describe("pants", "grey"),
        details("pants", "i don't know", "non_answer"),
        is_a("pair of jeans", "no"),
        material("cotton"),
        gender="Men",
        title="Marks & Spencer Men Grey Melange Solid Cotton Rich Lounge Joggers",
        category="Lounge Pants",
        color="Grey Melange",
    ),
    # Photo: model in a black crew-neck tee and red, white and navy striped boxers.
    # All texts: base BLIP-2 zero-shot. The boxers get the tee's black; describe loops on the tee to the limit.
    case(
        "X1561-043",
        caption("a man in a black t-shirt and striped shorts"),
        wearing("a black t-shirt and striped shorts", who="the man"),
        color_of("boxers", "black", "other_garment_color"),
        bq.pattern("striped"),
        details("boxers", "red, white and blue stripes"),
        describe(
            "boxers",
            "red, white and blue striped boxer shorts with a black t-shirt and a black t-shirt and a black t-shirt "
            "and a black t-shirt and a",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="XYXX Men Multicoloured Striped Cotton Boxers",
        category="Boxers",
        color="Multi",
    ),
    # Photo: model in a grey melange round-neck lounge tee and navy lounge shorts.
    # All texts: base BLIP-2 zero-shot. The closed color gives the shorts' blue; the v-neck is invented.
    case(
        "X1561-044",
        caption("a man in a grey t-shirt and blue shorts"),
        wearing("he is wearing a grey t-shirt and blue shorts", who="he"),
        color_of("shirt", "grey"),
        bq.color("blue", "other_garment_color"),
        bq.sleeve_length("short sleeves"),
        bq.garment_type("t-shirt"),
        describe("shirt", "a grey t-shirt with a v-neck", "unsupported"),
        material("cotton"),
        gender="Men",
        title="Jockey Men Grey Melange Solid Round Neck Cotton Lounge T-shirt",
        category="Lounge Tshirts",
        color="Grey Melange",
    ),
    # Photo: model walking, navy slim joggers with zip side pockets (polyester per the product page), white hoodie,
    # sneakers. All texts: base BLIP-2 zero-shot. Empty describe; "cotton" the title does not give and the page
    # contradicts. No gender in the row.
    case(
        "X1561-045",
        caption("a man in a white hoodie and blue sweatpants"),
        wearing("a white hoodie and blue pants"),
        color_of("pants", "blue"),
        bq.color("white", "other_garment_color"),
        describe("pants", "", "non_answer"),
        details("pants", "zip pockets"),
        is_a("pair of sweatpants", "yes"),
        material("cotton", "unsupported"),
        title="HRX by Hrithik Roshan Men Navy Blue Solid Rapid-Dry Slim Fit Joggers",
        category="Track Pants",
        color="Navy Blue",
    ),
]
