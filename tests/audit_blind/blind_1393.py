"""BLIND_1393 (45 products; Myntra men's innerwear, nightwear and lounge, base BLIP-2 zero-shot): written blind in the
sixty-fourth session. Measured blind at 7897fa2 (the session's third rules): 49/71 failures found (69.0%) and 27/226
correct texts flagged (11.9%). The writer's notes, verbatim:

Scenario: a Myntra feed of men's innerwear, nightwear and lounge wear (innerwear vests, trunks, briefs, boxers, thermal
tops and bottoms, pyjamas, night suits, lounge pants and shorts, lounge T-shirts, track pants). Most photos show a male
model on a plain grey or white backdrop wearing the product with other clothes (a T-shirt over boxers, jeans under a
vest, a hoodie over joggers); some are flat lays or multi-pack shots, a few are back views, and a few have a prop (a
mug, a dumbbell, a laptop, a bed). Catalog columns as the feed gives them: title, category (Myntra article type),
color (base colour), gender; a column is missing now and then.
Who wrote what: every text is from the untuned Salesforce/blip2-opt-2.7b, zero-shot, no adapter. The caption is its
unprompted caption (greedy, 50 new tokens); every answer is from the prompt "Question: <question> Answer:" (greedy, 30
new tokens, generation stops at a newline). Closed questions are stored closed with the model's raw text kept.
Labeling conventions and judgement calls: I judged each text against the photo I imagined and the title. A near garment
name counts as correct (shorts for boxers, tank top or undershirt for a vest, underwear or boxer briefs for trunks,
sweater or long sleeve shirt for a thermal top, long johns or leggings for thermal bottoms), but briefs for trunks is
marked wrong (the photo clearly shows legs), and shirt for a thermal top is wrong where it names the flannel worn over
it. Near hues count as correct (red for maroon, blue or green for teal, grey for grey melange or charcoal); black for a
clearly navy garment is a contradiction. A color that belongs to the other garment in the photo (the T-shirt over the
boxers, the flannel over the thermal) given to the product is other_garment_color; the product's color given to the
other garment (grey T-shirt and grey shorts when the T-shirt is navy) is a contradiction, and so is a pattern or sleeve
length taken from the other garment, a wrong yes/no, and one color for a multi-colour pack. A material the title
contradicts is a contradiction; a material or detail that neither photo nor title shows and that is false (a zipper, a
v-neck, a logo, a hood that is on the jacket) is unsupported. An answer that only echoes the garment's name, gives no
material (fabric), talks about the prop, or is empty is non_answer; a dictionary definition instead of a
description is restated. A female pronoun for the male model is pronoun. Answers that run to the token limit
mid-sentence are cut, unless they repeat (loop). A true but thin answer (the shorts are blue) is left correct. About a
quarter of the texts are wrong, fewer than the usual four in ten: the base model's short answers are mostly right on
single-colour solid innerwear, and its errors gather in two-garment shots, details, materials and packs.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1393 = [
    # Model front, white ribbed vest tucked into blue jeans, grey backdrop. All texts: base BLIP-2 zero-shot.
    case(
        "X1393-001",
        caption("a man in a white tank top and blue jeans"),
        wearing("a white tank top and jeans"),
        Q.garment_type("tank top"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        gender="Men",
        title="Jockey Men White Solid Pure Cotton Innerwear Vest",
        category="Innerwear Vests",
        color="White",
    ),
    # Torso-to-thigh crop, black trunks with a white "VAN HEUSEN" waistband, white backdrop. Fabric is cotton stretch.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1393-002",
        caption("a man in black underwear standing in front of a white wall"),
        wearing("underwear"),
        Q.garment_type("underwear"),
        Q.color("black"),
        details("trunks", "the waistband has a logo on it"),
        is_a("pair of trunks", "no", "contradiction"),
        Q.material("cotton"),
        gender="Men",
        title="Van Heusen Men Black Solid Trunks",
        category="Trunk",
        color="Black",
    ),
    # Flat lay: three vests fanned out, white, grey melange and black. All texts: base BLIP-2 zero-shot.
    case(
        "X1393-003",
        caption("three different colored tank tops on a white background"),
        wearing("tank tops"),
        Q.garment_type("tank top"),
        Q.color("white", "contradiction"),
        Q.pattern("solid"),
        details("vests", "white, grey and black"),
        is_a("vest", "yes"),
        gender="Men",
        title="Dollar Bigboss Men Pack of 3 Assorted Solid Cotton Vests",
        category="Innerwear Vests",
        color="Multi",
    ),
    # Model in a white crew-neck T-shirt and navy boxers with a small white anchor print; covered elastic waistband,
    # no drawstring. All texts: base BLIP-2 zero-shot.
    case(
        "X1393-004",
        caption("a man in a white t - shirt and blue shorts"),
        wearing("a white t - shirt and blue shorts"),
        Q.garment_type("shorts"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid", "contradiction"),
        details("shorts", "the shorts have a drawstring waist", "unsupported"),
        gender="Men",
        title="XYXX Men Navy Blue Printed Pure Cotton Boxers",
        category="Boxers",
        color="Navy Blue",
    ),
    # Side view, model in a black T-shirt and grey melange joggers, hand in the side pocket. All texts: base BLIP-2.
    case(
        "X1393-005",
        caption("a man in a black t - shirt and grey sweatpants"),
        wearing("a black t - shirt and black sweatpants", "other_garment_color", who="he"),
        Q.garment_type("pants"),
        Q.color("black", "other_garment_color"),
        color_of("pants", "grey", kind="open"),
        describe("pants", "grey sweatpants with pockets"),
        Q.material("cotton"),
        gender="Men",
        title="Jockey Men Grey Melange Solid Cotton Lounge Pants",
        category="Lounge Pants",
        color="Grey Melange",
    ),
    # Model in a blue-and-white checked long-sleeve button-front pyjama shirt and matching pants, holding a mug.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1393-006",
        caption("a man in blue plaid pajamas holding a cup of coffee"),
        wearing("pajamas"),
        Q.garment_type("pajamas"),
        Q.color("blue"),
        Q.pattern("plaid"),
        Q.sleeve_length("long sleeves"),
        details("pajamas", "a cup of coffee", "non_answer"),
        gender="Men",
        title="Sweet Dreams Men Blue Checked Night Suit",
        category="Night suits",
        color="Blue",
    ),
    # Model in a grey melange long-sleeve crew-neck thermal top and black track pants. All texts: base BLIP-2.
    case(
        "X1393-007",
        caption("a man wearing a grey long sleeve shirt and black pants"),
        wearing("a grey sweater and black pants"),
        Q.garment_type("sweater"),
        Q.color("grey"),
        Q.sleeve_length("long"),
        Q.material("wool", "contradiction"),
        details("thermal top", "it has a zipper on the front", "unsupported"),
        gender="Men",
        title="Hanes Men Grey Melange Solid Cotton Thermal Top",
        category="Thermal Tops",
        color="Grey Melange",
    ),
    # Back view: model in an olive T-shirt and black track pants with a thin white piping down each side.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1393-008",
        caption("the back of a man in a green shirt and black pants"),
        wearing("a green shirt and black pants"),
        Q.garment_type("pants"),
        Q.color("black"),
        Q.pattern("solid"),
        details("pants", "the pants have a white stripe on the side"),
        color_of("pants", "green", "other_garment_color", kind="open"),
        is_a("pair of pants", "yes"),
        gender="Men",
        title="Damensch Men Black Solid Slim Fit Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Long-haired male model in a maroon crew-neck lounge T-shirt and black lounge shorts. All texts: base BLIP-2.
    case(
        "X1393-009",
        caption("a woman in a red t - shirt and black shorts", "pronoun"),
        wearing("a red shirt and black shorts"),
        Q.garment_type("t - shirt"),
        Q.color("red"),
        Q.sleeve_length("short"),
        describe("t-shirt", "she is wearing a red t - shirt", "pronoun"),
        gender="Men",
        title="Bummer Men Maroon Solid Lounge T-shirt",
        category="Lounge Tshirts",
        color="Maroon",
    ),
    # Model front in a white sleeveless vest and khaki chinos. All texts: base BLIP-2 zero-shot.
    case(
        "X1393-010",
        caption("a man in a white tank top and khaki pants"),
        wearing("a white tank top"),
        Q.garment_type("tank top"),
        Q.color("white"),
        Q.sleeve_length("short", "contradiction"),
        Q.material("cotton"),
        details(
            "vest",
            "white white white white white white white white white white white white white white white white white"
            " white white white white white white white white white white white white white",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Lux Cozi Men Pack of 2 White 100% Cotton Vests",
        category="Innerwear Vests",
        color="White",
    ),
    # Torso crop, grey trunks with a black "Calvin Klein" waistband; cotton stretch. All texts: base BLIP-2.
    case(
        "X1393-011",
        caption("a man in grey underwear with calvin klein on the waistband"),
        wearing("underwear"),
        Q.color("grey"),
        color_of("underwear", "black", "contradiction", kind="open"),
        Q.garment_type("boxer briefs"),
        describe("underwear", "grey boxer briefs with a black waistband"),
        Q.material("cotton"),
        gender="Men",
        title="Calvin Klein Underwear Men Grey Solid Trunks",
        category="Trunk",
        color="Grey",
    ),
    # Model sitting on a sofa in a white T-shirt and navy-and-green checked pyjama pants with a drawstring.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1393-012",
        caption("a man sitting on a couch wearing a white t - shirt and plaid pants"),
        wearing("a white t - shirt and plaid pajama pants"),
        Q.garment_type("pajamas"),
        Q.color("white", "other_garment_color"),
        Q.pattern("plaid"),
        describe("pajama pants", "plaid pajama pants with a drawstring waist"),
        details("pajama pants", "pajama pants are pants worn for sleeping", "restated"),
        gender="Men",
        title="Mast & Harbour Men Navy Blue & Green Checked Pyjamas",
        category="Pyjamas",
        color="Navy Blue",
    ),
    # Flat lay of charcoal grey cotton-terry lounge shorts, two side pockets and a drawstring. All texts: base BLIP-2.
    case(
        "X1393-013",
        caption("a pair of grey shorts on a white background"),
        wearing("shorts"),
        Q.garment_type("shorts"),
        Q.color("grey"),
        details("shorts", "the shorts have two pockets on the side and a drawstring at the waist"),
        Q.material("polyester", "unsupported"),
        gender="Men",
        title="Roadster Men Charcoal Grey Solid Lounge Shorts",
        category="Lounge Shorts",
        color="Charcoal",
    ),
    # Model holding a dumbbell, plain black round-neck vest (no logo) and grey track pants. All texts: base BLIP-2.
    case(
        "X1393-014",
        caption("a man holding a dumbbell in a black tank top"),
        wearing("a black tank top and grey pants"),
        Q.garment_type("tank top"),
        Q.color("grey", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        is_a("vest", "yes"),
        details("vest", "the vest has a logo on the chest", "unsupported"),
        gender="Men",
        title="Jockey Men Black Solid Round Neck Gym Vest",
        category="Innerwear Vests",
        color="Black",
    ),
    # Pack shot: three folded briefs, navy, red and grey, side by side. All texts: base BLIP-2 zero-shot.
    case(
        "X1393-015",
        caption("three pairs of men's underwear in different colors"),
        wearing("underwear"),
        Q.garment_type("underwear"),
        Q.color("blue", "contradiction"),
        is_a("pair of briefs", "yes"),
        describe("briefs", "blue underwear", "contradiction"),
        Q.material("cotton"),
        gender="Men",
        title="Hanes Men Pack of 3 Assorted Cotton Briefs",
        category="Briefs",
        color="Multi",
    ),
    # Model in a white T-shirt and olive polyester joggers: zip pockets, elastic cuffs, drawstring. All texts: base
    # BLIP-2 zero-shot.
    case(
        "X1393-016",
        caption("a man in a white t - shirt and green pants"),
        wearing("white t - shirt and green pants"),
        Q.color("green"),
        Q.pattern("solid"),
        describe(
            "pants",
            "green jogger pants with zippered pockets on the sides and elastic cuffs at the bottom of the legs, and a"
            " drawstring at the waist and a",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Van Heusen Men Olive Green Solid Slim Fit Track Pants",
        category="Track Pants",
        color="Olive",
    ),
    # Model in a grey T-shirt and blue-and-white striped boxers. All texts: base BLIP-2 zero-shot.
    case(
        "X1393-017",
        caption("a man in a grey t - shirt and blue striped shorts"),
        wearing("a grey t - shirt and striped shorts"),
        Q.color("blue"),
        Q.pattern("striped"),
        color_of("shorts", "grey", "other_garment_color", kind="open"),
        Q.sleeve_length("short", "contradiction"),
        details("shorts", "the shorts are striped"),
        gender="Men",
        title="XYXX Men Blue Striped Cotton Boxers",
        category="Boxers",
        color="Blue",
    ),
    # Model front in a light blue collared button-front long-sleeve pyjama set, white wall. All texts: base BLIP-2.
    case(
        "X1393-018",
        caption("a man in blue pajamas standing in front of a white wall"),
        wearing("pajamas", who="he"),
        Q.garment_type("pajamas"),
        Q.color("blue"),
        Q.sleeve_length("long"),
        details("pajamas", "the pajamas have a collar and buttons down the front"),
        describe("pajamas", "pajamas", "non_answer"),
        Q.material("silk", "contradiction"),
        gender="Men",
        title="Marks & Spencer Men Blue Pure Cotton Pyjama Set",
        category="Night suits",
        color="Blue",
    ),
    # Model in a navy T-shirt and grey melange lounge shorts. All texts: base BLIP-2 zero-shot.
    case(
        "X1393-019",
        caption("a man in a grey t - shirt and grey shorts", "contradiction"),
        wearing("a blue shirt and grey shorts"),
        Q.garment_type("shorts"),
        Q.color("blue", "other_garment_color"),
        details("shorts", "they are shorts", "non_answer"),
        Q.material("cotton"),
        gender="Men",
        title="Jockey Men Grey Melange Solid Cotton Lounge Shorts",
        category="Lounge Shorts",
        color="Grey Melange",
    ),
    # Back view: model in a white round-neck vest and blue jeans. All texts: base BLIP-2 zero-shot.
    case(
        "X1393-020",
        caption("the back of a man wearing a white tank top"),
        wearing("a white tank top and blue jeans"),
        Q.garment_type("tank top"),
        Q.color("white"),
        Q.pattern("solid"),
        describe("vest", "a white tank top with a v - neck", "unsupported"),
        gender="Men",
        title="Rupa Frontline Men White Solid Cotton Vest",
        category="Innerwear Vests",
        color="White",
    ),
    # Model in a clearly navy crew-neck lounge T-shirt with a small flag logo on the chest, grey lounge pants.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1393-021",
        caption("a man in a black t - shirt and grey pants", "contradiction"),
        wearing("a blue t - shirt and grey pants"),
        Q.color("black", "contradiction"),
        Q.sleeve_length("short"),
        details("t-shirt", "a small logo on the chest"),
        is_a("t-shirt", "yes"),
        gender="Men",
        title="Tommy Hilfiger Men Navy Blue Solid Lounge T-shirt",
        category="Lounge Tshirts",
        color="Navy Blue",
    ),
    # Model in a white full-sleeve thermal top and beige thermal bottoms (cotton-polyester). All texts: base BLIP-2.
    case(
        "X1393-022",
        caption("a man in a white long sleeve shirt and tan leggings"),
        wearing("long johns"),
        Q.garment_type("leggings"),
        Q.color("white", "other_garment_color"),
        Q.material("wool", "unsupported"),
        is_a("pair of leggings", "yes"),
        details("leggings", "the leggings are white", "other_garment_color"),
        gender="Men",
        title="Lux Cozi Men Beige Solid Thermal Bottoms",
        category="Thermal Bottoms",
        color="Beige",
    ),
    # Model in a grey hoodie and black cotton joggers. All texts: base BLIP-2 zero-shot.
    case(
        "X1393-023",
        caption("a man in a grey hoodie and black pants"),
        wearing("a grey hoodie and black sweatpants"),
        Q.color("black Question: What is the color of the hoodie? Answer: grey", "leak"),
        Q.garment_type("sweatpants"),
        Q.pattern("solid"),
        Q.material("cotton"),
        gender="Men",
        title="Damensch Men Black Solid Cotton Joggers",
        category="Lounge Pants",
        color="Black",
    ),
    # Model in a white vest and multicolour tropical-leaf print boxers. All texts: base BLIP-2 zero-shot.
    case(
        "X1393-024",
        caption("a man in a white tank top and colorful shorts"),
        wearing("a tank top and shorts"),
        Q.garment_type("shorts"),
        Q.color("white", "other_garment_color"),
        Q.pattern("floral"),
        details("shorts", "the shorts have a floral print"),
        gender="Men",
        title="Bummer Men Multicoloured Tropical Printed Boxers",
        category="Boxers",
        color="Multi",
    ),
    # Torso crop, one black trunk (short legs) from a pack of two. All texts: base BLIP-2 zero-shot.
    case(
        "X1393-025",
        caption("a man in black underwear"),
        wearing("he is wearing black underwear"),
        Q.color("black"),
        Q.garment_type("briefs", "contradiction"),
        is_a("pair of trunks", "yes"),
        Q.material("cotton"),
        gender="Men",
        title="Jockey Men Pack of 2 Black Solid Cotton Trunks",
        category="Trunk",
        color="Black",
    ),
    # Model lying on a bed, grey T-shirt with black "DO NOT DISTURB" text, black drawstring pyjama pants.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1393-026",
        caption("a man laying on a bed in a grey t - shirt and black pants"),
        wearing("a grey t - shirt and black pajama pants"),
        Q.garment_type("pajamas"),
        Q.color("grey"),
        Q.pattern("graphic"),
        Q.sleeve_length("short"),
        Q.material("fabric", "non_answer"),
        describe("t-shirt", "a grey t - shirt with the words do not disturb on it"),
        details(
            "pajama pants",
            "the pajama pants are black and have a drawstring waist and the t - shirt is grey and has a do not disturb"
            " on it and the pajama",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Sweet Dreams Men Grey & Black Printed Night Suit",
        category="Night suits",
        color="Grey",
    ),
    # Model in a grey melange vest and blue jeans. All texts: base BLIP-2 zero-shot.
    case(
        "X1393-027",
        caption("a man in a grey tank top and blue jeans"),
        wearing(
            "a grey tank top and jeans Question: what is the person wearing? Answer: a grey tank top and jeans"
            " Question: what is the person",
            "leak",
            hit_limit=True,
        ),
        Q.color("grey"),
        Q.garment_type("t - shirt", "contradiction"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        gender="Men",
        title="U.S. Polo Assn. Innerwear Men Grey Melange Cotton Vest",
        category="Innerwear Vests",
        color="Grey Melange",
    ),
    # Flat lay of a white crew-neck long-sleeve thermal top, no collar, no buttons. No gender column in the feed.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1393-028",
        caption("a white long sleeve shirt on a white background"),
        wearing("a white shirt"),
        Q.garment_type("shirt"),
        Q.color("white"),
        Q.sleeve_length("long"),
        describe("shirt", "a white long sleeve shirt with a button down collar", "unsupported"),
        title="Hanes Men White Solid Thermal Top",
        category="Thermal Tops",
        color="White",
    ),
    # Long-haired male model, open black hooded zip jacket over navy track pants. All texts: base BLIP-2 zero-shot.
    case(
        "X1393-029",
        caption("a man in a black jacket and blue pants"),
        wearing("she is wearing a black jacket and blue pants", "pronoun"),
        Q.color("black", "other_garment_color"),
        Q.garment_type("pants"),
        Q.pattern("solid"),
        is_a("pair of pants", "yes"),
        details("pants", "the pants have a hood", "unsupported"),
        gender="Men",
        title="Jockey Men Navy Blue Solid Track Pants",
        category="Track Pants",
        color="Navy Blue",
    ),
    # Model sitting on a stool, white T-shirt and teal cotton-knit lounge shorts. All texts: base BLIP-2 zero-shot.
    case(
        "X1393-030",
        caption("a man sitting on a stool wearing a white shirt and blue shorts"),
        wearing("a white shirt and blue shorts"),
        Q.color("blue"),
        color_of("shorts", "green", kind="open"),
        details("shorts", "the shorts are blue"),
        Q.material("denim", "unsupported"),
        gender="Men",
        title="XYXX Men Teal Solid Lounge Shorts",
        category="Lounge Shorts",
        color="Teal",
    ),
    # Pack shot: five white briefs in a box, white waistbands with blue logo text. No color column in the feed.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1393-031",
        caption("a box of white underwear"),
        wearing("underwear"),
        Q.color("white"),
        Q.garment_type("underwear"),
        is_a("pair of briefs", "yes"),
        details("briefs", "the briefs are white and have a white waistband"),
        Q.material("polyester", "contradiction"),
        gender="Men",
        title="Dollar Bigboss Men Pack of 5 Solid Cotton Briefs",
        category="Briefs",
    ),
    # Back view: model in a white T-shirt and grey melange lounge pants with one back patch pocket.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1393-032",
        caption("the back of a man in a white shirt and grey pants"),
        wearing("a white shirt and grey pants"),
        Q.color("white", "other_garment_color"),
        color_of("pants", "grey", kind="open"),
        details("pants", "the pants have a pocket on the back"),
        Q.garment_type("pants"),
        gender="Men",
        title="Van Heusen Men Grey Melange Solid Lounge Pants",
        category="Lounge Pants",
        color="Grey Melange",
    ),
    # Model in a red muscle vest and black shorts. All texts: base BLIP-2 zero-shot.
    case(
        "X1393-033",
        caption(
            "a man in a red tank top and black shorts and a red tank top and black shorts and a red tank top and black"
            " shorts and a red tank top and black shorts and a red tank top and black",
            "loop",
            hit_limit=True,
        ),
        wearing("a red tank top and black shorts"),
        Q.color("red"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("solid"),
        details("vest", "it is a tank top", "non_answer"),
        gender="Men",
        title="Jockey Men Red Solid Muscle Vest",
        category="Innerwear Vests",
        color="Red",
    ),
    # Model in a black-and-white striped long-sleeve pyjama top and black pyjama pants. All texts: base BLIP-2.
    case(
        "X1393-034",
        caption("a man in a black and white striped shirt and black pants"),
        wearing("striped pajamas"),
        Q.garment_type("pajamas"),
        Q.color("black and white"),
        Q.pattern("striped"),
        Q.sleeve_length("long"),
        describe("pajamas", "black and white striped pajamas"),
        Q.material("cotton"),
        gender="Men",
        title="Mast & Harbour Men Black & White Striped Pure Cotton Pyjama Set",
        category="Night suits",
        color="Black",
    ),
    # Model in a navy thermal set (polyester-viscose): round-neck ribbed-cuff top and ribbed-waist bottoms.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1393-035",
        caption("a man in a blue long sleeve shirt and blue leggings"),
        wearing("thermal underwear"),
        Q.color("blue"),
        Q.garment_type("long johns"),
        Q.material("cotton", "unsupported"),
        describe(
            "thermal set",
            "a navy blue long sleeve thermal top and matching thermal bottoms, the top has a round neck and ribbed"
            " cuffs and the bottoms have a ribbed waist band and",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Rupa Men Navy Blue Solid Thermal Set",
        category="Thermal Set",
        color="Navy Blue",
    ),
    # Model in a black vest and grey checked woven boxers with a button fly. All texts: base BLIP-2 zero-shot.
    case(
        "X1393-036",
        caption("a man in a black tank top and plaid shorts"),
        wearing("a black tank top and black shorts", "other_garment_color"),
        Q.color("black", "other_garment_color"),
        Q.pattern("plaid"),
        color_of("shorts", "grey", kind="open"),
        details("shorts", "the shorts have a button fly"),
        is_a("pair of boxers", "no", "contradiction"),
        gender="Men",
        title="Jockey Men Grey Checked Woven Boxer Shorts",
        category="Boxers",
        color="Grey",
    ),
    # Model front in a charcoal T-shirt-and-shorts lounge set. All texts: base BLIP-2 zero-shot.
    case(
        "X1393-037",
        caption("a man in a dark grey t - shirt and shorts"),
        wearing("a grey t - shirt and shorts"),
        Q.color("gray"),
        Q.sleeve_length("short"),
        describe("t-shirt", "it's a grey t - shirt"),
        details("t-shirt", "the t - shirt", "non_answer"),
        gender="Men",
        title="Damensch Men Charcoal Solid T-shirt & Shorts Lounge Set",
        category="Night suits",
        color="Charcoal",
    ),
    # Model in a running pose, white T-shirt and black polyester track pants with ankle zips and a small reflective
    # logo. All texts: base BLIP-2 zero-shot.
    case(
        "X1393-038",
        caption("a man in a white shirt and black pants is running"),
        wearing("a white t - shirt and black pants"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.material("polyester"),
        details("pants", "the pants have a zipper on the bottom of the leg"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Rapid-Dry Running Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Model in a plain white vest and grey sweatpants. All texts: base BLIP-2 zero-shot.
    case(
        "X1393-039",
        caption("a man in a white tank top and grey sweatpants"),
        wearing("a white tank top and grey sweatpants"),
        Q.color("white"),
        describe("vest", "a vest is a sleeveless garment worn over a shirt", "restated"),
        Q.garment_type("vest"),
        is_a("vest", "yes"),
        gender="Men",
        title="Calvin Klein Underwear Men White Solid Innerwear Vest",
        category="Innerwear Vests",
        color="White",
    ),
    # Flat lay of maroon-and-black checked pyjama pants with a drawstring and two side pockets. No category column.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1393-040",
        caption("a pair of red and black plaid pajama pants"),
        wearing("pajamas"),
        Q.color("red"),
        Q.pattern("plaid"),
        Q.garment_type("pants"),
        details(
            "pajamas",
            "the pajamas have a drawstring waist and a drawstring waist and a drawstring waist and a drawstring waist"
            " and a drawstring",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Lux Cozi Men Maroon Checked Cotton Pyjamas",
        color="Maroon",
    ),
    # Model in a navy short-sleeve pyjama shirt and shorts with an all-over white polka-dot print.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1393-041",
        caption("a man in a blue shirt and shorts"),
        wearing("a blue shirt and shorts"),
        Q.color("blue"),
        Q.pattern("polka dot"),
        Q.sleeve_length("long", "contradiction"),
        Q.garment_type("shirt"),
        describe("shirt", "a blue shirt with white polka dots"),
        gender="Men",
        title="Sweet Dreams Men Navy Blue Polka Dot Print Shirt & Shorts Night Suit",
        category="Night suits",
        color="Navy Blue",
    ),
    # Close crop, model in a white vest, no other garment visible. All texts: base BLIP-2 zero-shot.
    case(
        "X1393-042",
        caption("a man in a white undershirt"),
        wearing("an undershirt"),
        Q.color("white"),
        Q.sleeve_length("sleeveless"),
        details("vest", "", "non_answer"),
        Q.material("cotton"),
        gender="Men",
        title="Jockey Men White Solid Cotton Vest",
        category="Innerwear Vests",
        color="White",
    ),
    # Model in a black T-shirt and olive camouflage boxers, olive waistband. All texts: base BLIP-2 zero-shot.
    case(
        "X1393-043",
        caption("a man in a black t - shirt and camouflage shorts"),
        wearing("black shirt and camo shorts"),
        Q.color("black", "other_garment_color"),
        Q.pattern("camouflage"),
        color_of("shorts", "green", kind="open"),
        is_a("pair of shorts", "yes"),
        details("shorts", "the shorts are camouflage and have a black waistband", "unsupported"),
        gender="Men",
        title="XYXX Men Olive Green Camouflage Printed Boxers",
        category="Boxers",
        color="Olive",
    ),
    # Layered shot: black thermal top (cotton-polyester) worn under an open red plaid flannel shirt, blue jeans.
    # No gender column in the feed. All texts: base BLIP-2 zero-shot.
    case(
        "X1393-044",
        caption("a man wearing a red plaid shirt and jeans"),
        wearing("a red plaid shirt and jeans"),
        Q.color("red", "other_garment_color"),
        Q.pattern("plaid", "contradiction"),
        Q.sleeve_length("long"),
        Q.material("flannel", "unsupported"),
        Q.garment_type("shirt", "contradiction"),
        title="Van Heusen Men Black Solid Thermal Top",
        category="Thermal Tops",
        color="Black",
    ),
    # Model sitting on the floor with a laptop on his knees, white T-shirt and olive lounge shorts.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1393-045",
        caption("a man sitting on the floor with a laptop"),
        wearing("a white shirt and green shorts"),
        Q.color("green"),
        Q.garment_type("shorts"),
        details("shorts", "the shorts have a laptop on them", "unsupported"),
        gender="Men",
        title="Roadster Men Olive Solid Lounge Shorts",
        category="Lounge Shorts",
        color="Olive",
    ),
]
