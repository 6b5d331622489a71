"""BLIND_1489 (45 products; Myntra men's innerwear, nightwear and lounge, base BLIP-2 zero-shot): written blind in the
sixty-fifth session. Measured blind at eb96f22 (the session's fourth rules): 40/52 failures found (76.9%) and 22/227
correct texts flagged (9.7%). The writer's notes, verbatim:

Scenario: a Myntra feed of men's innerwear, nightwear and lounge wear: innerwear vests (sleeveless and sleeved),
boxers, briefs and trunks, night suits and pyjamas, lounge pants, lounge shorts and lounge t-shirts, track pants and
joggers, thermal tops and bottoms. The photos are the catalog's usual shots: a model on a plain light backdrop wearing
the product with other clothes (a t-shirt over boxers, jeans under a vest, a hoodie over track pants), torso crops for
briefs and trunks, a few back views, flat lays for the multi-packs, now and then a prop (a mug, a dumbbell, a book, a
bed or a sofa). Catalog columns as the feed has them: title, category (Myntra article type), color (base colour),
gender; a few rows miss one column.
Who wrote what: every text is Salesforce/blip2-opt-2.7b zero-shot, no adapter, 8-bit, greedy decoding. The caption is
unprompted (50 new tokens at most); the answers use the `Question: ... Answer:` prompt (30 new tokens at most). The
base model stops on the newline, so most answers are short and complete; the ones that ran to the limit are marked
hit_limit. Closed questions are stored as the raw text the model gave.
Labeling conventions and judgement calls: judged against the imagined photo and the title. The garment is the one
the title sells, not what the model is wearing with it: "What is the color of the garment?" answered with the t-shirt's
color on a boxers or track-pants product is other_garment_color (the commonest failure in this feed, since every
bottom is shot with a top). A single hue for a "Pack of N assorted" (Multi) product is a contradiction (it disagrees
with the seller's Multi); "multicolored" or "blue and grey" for such a pack is correct. Charcoal called grey, maroon
called red, navy called blue, off white called white are accepted. "Tank top" for a sleeveless vest, "underwear" for
briefs and trunks, "shorts" for boxers, "pants" or "sweatpants" for track pants and lounge pants are accepted; "no" to
"Is this a vest?" on a vest product, "short" sleeves on a sleeveless vest, "sweater" or "shirt" for a vest or thermal
and "t-shirt" for a night suit (t-shirt and shorts) are contradictions. A sleeved round-neck undershirt sold as an
innerwear vest and called "t-shirt" is accepted (that is what it looks like). A wrong count of the pieces in a pack is
a contradiction. A detail not visible in the photo (racerback seen from the front, a back pocket that isn't there, a
chest pocket, a button fly on a folded flat lay, a basketball nobody holds) is unsupported. Material: "cotton" where
the title says modal or a cotton-rich blend is called wool is unsupported; where the title is silent, a common fabric
for the article is accepted. A details answer that only names the garment ("they are shorts", "it's a tank top") is
non_answer, as are the empty answer and "unknown"; "the vest is a vest" is restated. "she" or "a woman" for the men's
model (long-haired in one shot) is pronoun. A print pattern named loosely (palm leaves as "floral", small dots as
"polka dots") is accepted. About one text in five is wrong, fewer than the usual four in ten: the base model stops
on the newline, so its answers are short, and short answers on plain tops are mostly right; the color questions on
bottoms shot with a top are where it goes wrong.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    wearing,
)

Q = BLIND_QUESTIONS

BLIND_1489 = [
    # Photo: model, front, plain grey backdrop, white sleeveless scoop-neck vest tucked into blue jeans.
    # All texts: base BLIP-2 zero-shot. "no" to the vest question: the model reads "vest" as a waistcoat.
    case(
        "X1489-001",
        caption("a man in a white tank top and jeans"),
        wearing("a white tank top and jeans"),
        Q.garment_type("tank top"),
        Q.color("white"),
        Q.sleeve_length("sleeveless"),
        is_a("vest", "no", "contradiction"),
        Q.material("cotton"),
        gender="Men",
        title="Jockey Men White Solid Cotton Innerwear Vest 8820",
        category="Innerwear Vests",
        color="White",
    ),
    # Photo: flat lay, two folded white sleeveless vests side by side on white. All texts: base BLIP-2 zero-shot.
    case(
        "X1489-002",
        caption("two white tank tops on a white background"),
        Q.garment_type("tank top"),
        Q.color("white"),
        details("vest", "it's a tank top", "non_answer"),
        Q.pattern("solid"),
        Q.sleeve_length("short", "contradiction"),
        gender="Men",
        title="Dollar Bigboss Men Pack of 2 White Solid Innerwear Vests",
        category="Innerwear Vests",
        color="White",
    ),
    # Photo: flat lay, three sleeveless vests fanned out: white, grey melange, navy (the navy one half under the grey).
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1489-003",
        caption("three tank tops in different colors"),
        wearing("tank tops"),
        Q.color("white", "contradiction"),
        Q.garment_type("tank top"),
        Q.pattern("solid"),
        describe("vests", "there are two tank tops, one white and one grey", "contradiction"),
        gender="Men",
        title="Rupa Jon Men Pack of 3 Assorted Solid Cotton Vests",
        category="Innerwear Vests",
        color="Multi",
    ),
    # Photo: model, front, grey melange sleeveless vest with a scoop neck, black track pants, one hand in a pocket.
    # Back not visible. All texts: base BLIP-2 zero-shot.
    case(
        "X1489-004",
        caption("a man wearing a grey tank top and black pants"),
        wearing("a grey tank top and black pants"),
        Q.color("grey"),
        color_of("vest", "grey"),
        Q.garment_type("tank top"),
        Q.material("cotton", "unsupported"),
        details("vest", "it has a round neck and a racerback", "unsupported"),
        gender="Men",
        title="XYXX Men Grey Melange Solid Micro Modal Innerwear Vest",
        category="Innerwear Vests",
        color="Grey Melange",
    ),
    # Photo: model, front, black gym vest with deep armholes and a small white logo on the chest, grey shorts, a
    # dumbbell in his right hand. All texts: base BLIP-2 zero-shot.
    case(
        "X1489-005",
        caption("a man holding a dumbbell in a black tank top"),
        wearing("a black tank top and grey shorts"),
        Q.color("black"),
        Q.garment_type("tank top"),
        is_a("vest", "yes"),
        details("vest", "it has a logo on the chest"),
        Q.sleeve_length("sleeveless"),
        gender="Men",
        title="Jockey Men Black Solid Gym Vest",
        category="Innerwear Vests",
        color="Black",
    ),
    # Photo: model, front, navy boxers with small white dots and a plain white crew-neck t-shirt, barefoot.
    # All texts: base BLIP-2 zero-shot. The closed color answer is the t-shirt's.
    case(
        "X1489-006",
        caption("a man in a white t-shirt and blue shorts"),
        wearing("a white t-shirt and blue shorts"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("shorts"),
        color_of("boxers", "blue"),
        Q.pattern("polka dots"),
        describe("boxers", "the boxers are navy blue with white polka dots and have an elastic waistband"),
        gender="Men",
        title="Van Heusen Men Navy Blue Printed Boxers",
        category="Boxers",
        color="Navy Blue",
    ),
    # Photo: flat lay, two folded woven boxers, one red-and-navy check, one green-and-navy check; the fly is folded
    # under and not visible. All texts: base BLIP-2 zero-shot.
    case(
        "X1489-007",
        caption("two pairs of plaid shorts on a white background"),
        Q.color("red", "contradiction"),
        Q.pattern("plaid"),
        Q.garment_type("shorts"),
        wearing("shorts"),
        details("boxers", "they have a button fly", "unsupported"),
        gender="Men",
        title="U.S. Polo Assn. Men Pack of 2 Checked Pure Cotton Boxers",
        category="Boxers",
        color="Multi",
    ),
    # Photo: torso crop, front, charcoal trunks with a black waistband printed with the brand name in white.
    # All texts: base BLIP-2 zero-shot. The trunks' color answer gives the waistband's black.
    case(
        "X1489-008",
        caption("a man in grey underwear"),
        wearing("underwear"),
        Q.garment_type("underwear"),
        Q.color("grey"),
        color_of("trunks", "black", "contradiction"),
        details("trunks", "the waistband has the brand name on it"),
        gender="Men",
        title="Damensch Men Charcoal Solid Deo-Soft Trunks",
        category="Trunk",
        color="Charcoal",
    ),
    # Photo: torso crop, front, black briefs, plain white backdrop. All texts: base BLIP-2 zero-shot.
    case(
        "X1489-009",
        caption("a man in black briefs"),
        wearing("black underwear"),
        Q.garment_type("underwear"),
        Q.color("black"),
        is_a("pair of briefs", "yes"),
        Q.material("cotton"),
        gender="Men",
        title="Jockey Men Black Solid Cotton Briefs 8035",
        category="Briefs",
        color="Black",
    ),
    # Photo: flat lay, three trunks: one navy with a tropical leaf print, one solid navy, one solid bottle green.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1489-010",
        caption("three pairs of underwear with different designs"),
        Q.garment_type("underwear"),
        Q.color("multicolored"),
        Q.pattern("floral"),
        describe("trunks", "boxer briefs with a floral print"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Bummer Men Pack of 3 Printed Micro Modal Trunks",
        category="Trunk",
        color="Multi",
    ),
    # Photo: model sitting on the edge of a bed, navy crew-neck t-shirt with "DREAM" printed in white, grey-and-white
    # checked pyjama pants. All texts: base BLIP-2 zero-shot. The pants' color answer is the t-shirt's.
    case(
        "X1489-011",
        caption("a man sitting on a bed in pajamas"),
        wearing("pajamas"),
        Q.garment_type("pajamas"),
        Q.color("blue"),
        Q.pattern("plaid"),
        color_of("pants", "blue", "other_garment_color"),
        describe("night suit", "a blue t-shirt and plaid pajama pants"),
        gender="Men",
        title="Sweet Dreams Men Navy Blue & Grey Printed Night Suit",
        category="Night suits",
        color="Navy Blue",
    ),
    # Photo: model, front, maroon lounge pants with a drawstring and side pockets, plain white t-shirt, barefoot.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1489-012",
        caption("a man in a white t-shirt and red pants"),
        wearing("a white t-shirt and maroon pants"),
        Q.color("white", "other_garment_color"),
        color_of("pants", "red"),
        Q.garment_type("pants"),
        details("pants", "they have a drawstring waist and pockets"),
        Q.material("cotton"),
        gender="Men",
        title="Van Heusen Men Maroon Solid Cotton Lounge Pants",
        category="Lounge Pants",
        color="Maroon",
    ),
    # Photo: model walking, side view, black track pants with plain slant side pockets (no zips), grey t-shirt, white
    # sneakers. All texts: base BLIP-2 zero-shot.
    case(
        "X1489-013",
        caption("a man in a grey shirt and black pants walking"),
        wearing("a grey t-shirt and black pants"),
        Q.color("black"),
        Q.garment_type("pants"),
        color_of("track pants", "black"),
        details("track pants", "they have a zipper on the side", "unsupported"),
        Q.material("polyester"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Solid Rapid-Dry Polyester Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Photo: model, front, navy track pants with white side stripes, black hoodie, hood down. All texts: base BLIP-2
    # zero-shot. The open answer and the closed color both give the pants the hoodie's black.
    case(
        "X1489-014",
        caption("a man in a black hoodie and blue pants"),
        wearing("a black hoodie and black pants", "other_garment_color"),
        Q.color("black", "other_garment_color"),
        Q.pattern("striped"),
        color_of("track pants", "blue"),
        is_a("pair of track pants", "yes"),
        gender="Men",
        title="Puma Men Navy Blue Striped Track Pants",
        category="Track Pants",
        color="Navy Blue",
    ),
    # Photo: model on a sofa holding a mug, grey melange lounge shorts, navy t-shirt. All texts: base BLIP-2 zero-shot.
    case(
        "X1489-015",
        caption("a man sitting on a couch with a cup of coffee"),
        wearing("a blue shirt and grey shorts"),
        Q.color("blue", "other_garment_color"),
        color_of("shorts", "grey"),
        Q.garment_type("shorts"),
        details("shorts", "they are shorts", "non_answer"),
        gender="Men",
        title="Jockey Men Grey Melange Solid Lounge Shorts",
        category="Lounge Shorts",
        color="Grey Melange",
    ),
    # Photo: back view, olive joggers with cuffed hems and no back pockets, black t-shirt. All texts: base BLIP-2
    # zero-shot.
    case(
        "X1489-016",
        caption("the back of a man in a black shirt and green pants"),
        wearing("a black t-shirt and green pants"),
        Q.color("green"),
        Q.garment_type("pants"),
        color_of("joggers", "green"),
        details("joggers", "they have pockets on the back and an elastic waist", "unsupported"),
        gender="Men",
        title="Roadster Men Olive Solid Slim Fit Joggers",
        category="Track Pants",
        color="Olive",
    ),
    # Photo: model, front, white sleeveless vest under an open light-blue shirt, beige chinos. No category column in
    # this row. All texts: base BLIP-2 zero-shot. The closed questions answer for the open shirt.
    case(
        "X1489-017",
        caption("a man in a blue shirt and white tank top"),
        wearing("a blue shirt and a white tank top"),
        Q.color("blue", "other_garment_color"),
        Q.garment_type("shirt", "contradiction"),
        color_of("vest", "white"),
        is_a("vest", "yes"),
        gender="Men",
        title="Lux Cozi Men White Solid Sleeveless Cotton Vest",
        color="White",
    ),
    # Photo: torso crop, back view, black trunks with a red-white-navy striped waistband. All texts: base BLIP-2
    # zero-shot. The pattern answer reads the waistband.
    case(
        "X1489-018",
        caption("the back of a man in black underwear"),
        Q.color("black"),
        Q.garment_type("underwear"),
        Q.pattern("striped", "contradiction"),
        details("boxer briefs", "the waistband has red, white and blue stripes"),
        wearing("underwear"),
        gender="Men",
        title="Tommy Hilfiger Men Black Solid Boxer Briefs",
        category="Trunk",
        color="Black",
    ),
    # Photo: model, front, navy long-sleeve crew-neck thermal top, black track pants. All texts: base BLIP-2
    # zero-shot. The closed color is the pants' black.
    case(
        "X1489-019",
        caption("a man in a long sleeve shirt and black pants"),
        wearing("a blue long sleeve shirt and black pants"),
        Q.color("black", "other_garment_color"),
        Q.sleeve_length("long"),
        Q.garment_type("shirt"),
        Q.material("wool", "unsupported"),
        gender="Men",
        title="Jockey Men Navy Blue Solid Cotton Rich Thermal Top",
        category="Thermal Tops",
        color="Navy Blue",
    ),
    # Photo: model, front, white thermal top and black thermal bottoms (the product), barefoot. All texts: base BLIP-2
    # zero-shot.
    case(
        "X1489-020",
        caption("a man in a white shirt and black leggings"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("leggings"),
        color_of("pants", "black"),
        is_a("pair of leggings", "yes"),
        describe("thermal bottoms", "they are tight fitting and have an elastic waistband"),
        gender="Men",
        title="Jockey Men Black Solid Thermal Bottoms",
        category="Thermal Bottoms",
        color="Black",
    ),
    # Photo: flat lay, five sleeveless vests fanned out: white, grey, black, navy, maroon. All texts: base BLIP-2
    # zero-shot.
    case(
        "X1489-021",
        caption("a stack of colorful tank tops"),
        Q.garment_type("tank top"),
        Q.color("multicolored"),
        describe("vests", "four tank tops in different colors", "contradiction"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        gender="Men",
        title="Dollar Bigboss Men Pack of 5 Assorted Cotton Vests",
        category="Innerwear Vests",
        color="Multi",
    ),
    # Photo: model with shoulder-length hair, front, pink lounge shorts with a palm-leaf print and drawstring, white
    # t-shirt. All texts: base BLIP-2 zero-shot. The caption makes him a woman.
    case(
        "X1489-022",
        caption("a woman in a white shirt and pink shorts", "pronoun"),
        wearing("a white shirt and pink shorts"),
        Q.color("pink"),
        Q.pattern("floral"),
        Q.garment_type("shorts"),
        details("shorts", "they have a floral print and a drawstring waist"),
        gender="Men",
        title="Bummer Men Pink Printed Lounge Shorts",
        category="Lounge Shorts",
        color="Pink",
    ),
    # Photo: model, front, grey melange crew-neck lounge t-shirt without a pocket, black lounge pants. All texts: base
    # BLIP-2 zero-shot.
    case(
        "X1489-023",
        caption("a man in a grey t-shirt and black pants"),
        wearing("a grey t-shirt and black pants"),
        Q.color("grey"),
        Q.sleeve_length("short"),
        Q.garment_type("t-shirt"),
        details("t-shirt", "it has a round neck and a pocket on the chest", "unsupported"),
        Q.material("cotton"),
        gender="Men",
        title="Van Heusen Men Grey Melange Solid Lounge T-shirt",
        category="Lounge Tshirts",
        color="Grey Melange",
    ),
    # Photo: model, front, holding a book, blue-and-white checked long-sleeve collared pyjama shirt buttoned down the
    # front and matching pyjama pants. All texts: base BLIP-2 zero-shot; the description ran to 30 tokens.
    case(
        "X1489-024",
        caption("a man in plaid pajamas holding a book"),
        wearing("plaid pajamas"),
        Q.color("blue"),
        Q.pattern("plaid"),
        Q.sleeve_length("long"),
        describe(
            "pyjama set",
            "a blue and white plaid shirt and pants, the shirt has a collar and buttons down the front and the pants "
            "have an elastic waist and a",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Marks & Spencer Men Blue & White Checked Pure Cotton Pyjama Set",
        category="Night suits",
        color="Blue",
    ),
    # Photo: model, front, black t-shirt with a yellow owl graphic and "NIGHT OWL", black shorts with a yellow side
    # print. All texts: base BLIP-2 zero-shot.
    case(
        "X1489-025",
        caption("a man in a black t-shirt with a yellow design on it"),
        wearing("a black t-shirt and black shorts"),
        Q.color("black"),
        Q.pattern("graphic"),
        Q.garment_type("t-shirt", "contradiction"),
        details("t-shirt", "it has a picture of an owl on the front"),
        gender="Men",
        title="Kryptic Men Black Printed Pure Cotton Night Suit",
        category="Night suits",
        color="Black",
    ),
    # Photo: model, front, red-and-navy checked boxers, grey t-shirt over the waistband. All texts: base BLIP-2
    # zero-shot.
    case(
        "X1489-026",
        caption("a man in a grey t-shirt and plaid shorts"),
        wearing("a grey t-shirt and plaid shorts"),
        Q.color("grey", "other_garment_color"),
        color_of("boxers", "red and blue"),
        Q.pattern("plaid"),
        Q.garment_type("shorts"),
        details("boxers", "they have an elastic waistband"),
        gender="Men",
        title="Jockey Men Red & Navy Checked Boxers",
        category="Boxers",
        color="Red",
    ),
    # Photo: model, front, black track pants with a single white tape down each side, white t-shirt. All texts: base
    # BLIP-2 zero-shot; the description looped to the limit.
    case(
        "X1489-027",
        caption("a man in a white t-shirt and black pants"),
        wearing("a white t-shirt and black track pants"),
        Q.color("black"),
        Q.pattern("striped"),
        Q.garment_type("pants"),
        describe(
            "track pants",
            "the pants are black with a white stripe on the side and a white stripe on the side and a white stripe "
            "on the side and a white",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="XYXX Men Black Solid Track Pants with Side Taping",
        category="Track Pants",
        color="Black",
    ),
    # Photo: model, front, navy-and-green checked lounge pants with a drawstring, plain white t-shirt, flip-flops.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1489-028",
        caption("a man in a white t-shirt and plaid pants"),
        Q.color("white", "other_garment_color"),
        color_of("pants", "blue"),
        Q.pattern("plaid"),
        Q.material("cotton"),
        details("pants", "they have a drawstring waist"),
        gender="Men",
        title="Marks & Spencer Men Navy Blue & Green Checked Pure Cotton Lounge Pants",
        category="Lounge Pants",
        color="Navy Blue",
    ),
    # Photo: model, front, blue lounge shorts with an elastic waist and white drawcord, white sleeveless vest.
    # All texts: base BLIP-2 zero-shot; the shorts' color answer runs on into a question of its own.
    case(
        "X1489-029",
        caption("a man in a white tank top and blue shorts"),
        wearing("a white tank top and blue shorts"),
        color_of("shorts", "blue question: what is the color of the tank top? answer: white", "leak"),
        Q.color("blue"),
        Q.garment_type("shorts"),
        details("shorts", "they have an elastic waistband and a drawstring"),
        gender="Men",
        title="Jockey Men Blue Solid Cotton Lounge Shorts",
        category="Lounge Shorts",
        color="Blue",
    ),
    # Photo: model, front, grey melange track pants with a drawstring, black t-shirt, black sneakers. No color column in
    # this row. All texts: base BLIP-2 zero-shot.
    case(
        "X1489-030",
        caption("a man in a black t-shirt and grey sweatpants"),
        wearing("a black t-shirt and grey sweatpants"),
        Q.color("black", "other_garment_color"),
        Q.garment_type("sweatpants"),
        color_of("track pants", "grey"),
        is_a("pair of track pants", "yes"),
        gender="Men",
        title="Proline Men Grey Melange Solid Track Pants",
        category="Track Pants",
    ),
    # Photo: model, front, white sleeveless vest, black shorts. All texts: base BLIP-2 zero-shot.
    case(
        "X1489-031",
        caption("a man in a white tank top and black shorts"),
        wearing("a white tank top and black shorts"),
        Q.color("white"),
        describe("vest", "the vest is a vest", "restated"),
        Q.garment_type("tank top"),
        Q.sleeve_length("sleeveless"),
        gender="Men",
        title="Rupa Frontline Men White Solid Innerwear Vest",
        category="Innerwear Vests",
        color="White",
    ),
    # Photo: model, front, grey pyjama pants with thin white vertical stripes, plain white t-shirt. All texts: base
    # BLIP-2 zero-shot.
    case(
        "X1489-032",
        caption("a man in a white t-shirt and striped pants"),
        wearing("she is wearing a white t-shirt and striped pajama pants", "pronoun"),
        Q.color("white", "other_garment_color"),
        Q.pattern("striped"),
        color_of("pyjamas", "grey"),
        Q.garment_type("pajamas"),
        gender="Men",
        title="Sweet Dreams Men Grey Striped Cotton Pyjamas",
        category="Pyjamas",
        color="Grey",
    ),
    # Photo: torso crop, front, black trunks with a black waistband, white backdrop. All texts: base BLIP-2 zero-shot;
    # the details answer came back empty (the model emitted the newline first).
    case(
        "X1489-033",
        caption("a man in black underwear standing in front of a white background"),
        Q.garment_type("underwear"),
        Q.color("black"),
        details("trunks", "", "non_answer"),
        Q.material("cotton"),
        Q.pattern("solid"),
        gender="Men",
        title="Jockey Men Black Solid Cotton Stretch Trunks 1015",
        category="Trunk",
        color="Black",
    ),
    # Photo: model, front, olive crew-neck t-shirt and matching olive shorts with a drawstring (a lounge set).
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1489-034",
        caption("a man in a green t-shirt and green shorts"),
        wearing("a green t-shirt and shorts"),
        Q.color("green"),
        Q.garment_type("t-shirt and shorts"),
        Q.sleeve_length("short"),
        describe("lounge set", "a green t-shirt and green shorts with a drawstring"),
        Q.material("cotton"),
        gender="Men",
        title="Huetrap Men Olive Solid T-shirt with Shorts Lounge Set",
        category="Night suits",
        color="Olive",
    ),
    # Photo: back view, black fleece joggers with one back pocket and a small logo on the left thigh, grey hoodie.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1489-035",
        caption("a man in a grey hoodie and black pants"),
        Q.color("grey", "other_garment_color"),
        color_of("joggers", "black"),
        Q.garment_type("sweatpants"),
        details("joggers", "they have a pocket on the back and a logo on the left leg"),
        Q.material("fleece"),
        gender="Men",
        title="Nike Men Black Solid Club Fleece Joggers",
        category="Track Pants",
        color="Black",
    ),
    # Photo: model, front, hands in pockets, all black: black t-shirt, black lounge pants, black slides, white wall.
    # All texts: base BLIP-2 zero-shot; the caption looped to the 50-token limit.
    case(
        "X1489-036",
        caption(
            "a man in a black shirt and black pants standing in front of a white wall with his hands in his pockets "
            "and his hands in his pockets and his hands in his pockets and his hands in his pockets and his hands in "
            "his pockets and his",
            "loop",
            hit_limit=True,
        ),
        wearing("a black t-shirt and black pants"),
        Q.color("black"),
        color_of("pants", "black"),
        Q.garment_type("pants"),
        gender="Men",
        title="Van Heusen Men Black Solid Lounge Pants",
        category="Lounge Pants",
        color="Black",
    ),
    # Photo: model, front, white round-neck short-sleeve undershirt (sold as an innerwear vest), blue jeans.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1489-037",
        caption("a man in a white t-shirt and jeans"),
        Q.garment_type("t-shirt"),
        Q.sleeve_length("short"),
        Q.color("white"),
        is_a("vest", "no", "contradiction"),
        Q.material("cotton"),
        gender="Men",
        title="Jockey Men White Solid Round Neck Cotton Innerwear Vest 2726",
        category="Innerwear Vests",
        color="White",
    ),
    # Photo: model, front, navy boxers with a small white anchor print, white t-shirt over the waistband (waistband not
    # visible). All texts: base BLIP-2 zero-shot; the details answer ran to 30 tokens.
    case(
        "X1489-038",
        caption("a man in a white t-shirt and navy blue shorts"),
        wearing("a t-shirt and shorts"),
        Q.color("blue"),
        Q.pattern("anchors"),
        Q.garment_type("shorts"),
        details(
            "boxers",
            "the boxers are navy blue with a white print of small anchors and the waistband is elastic with the brand "
            "name written in white letters on the front of the",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Lux Cozi Men Navy Blue Printed Boxers",
        category="Boxers",
        color="Navy Blue",
    ),
    # Photo: model, front, off-white long-sleeve crew-neck thermal top with ribbed cuffs, grey track pants.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1489-039",
        caption("a man in a white long sleeve shirt"),
        Q.color("white"),
        Q.sleeve_length("long"),
        Q.garment_type("sweater", "contradiction"),
        details("thermal top", "it has a round neck and ribbed cuffs"),
        Q.material("cotton"),
        gender="Men",
        title="Dollar Thermals Men Off White Solid Thermal Top",
        category="Thermal Tops",
        color="Off White",
    ),
    # Photo: model, front, grey melange lounge pants with a drawstring, white t-shirt. All texts: base BLIP-2
    # zero-shot; the closed color answer begins with the prompt's "answer:".
    case(
        "X1489-040",
        caption("a man in a white t-shirt and grey pants"),
        wearing("a white t-shirt and grey pants"),
        Q.color("answer: grey", "leak"),
        color_of("pants", "grey"),
        Q.garment_type("pants"),
        details("pants", "they have an elastic waist and a drawstring"),
        gender="Men",
        title="Jockey Men Grey Melange Solid Lounge Pants",
        category="Lounge Pants",
        color="Grey Melange",
    ),
    # Photo: back view, black racer-back vest, grey shorts. All texts: base BLIP-2 zero-shot.
    case(
        "X1489-041",
        caption("the back of a man in a black tank top"),
        wearing("a black tank top and grey shorts"),
        Q.color("black"),
        Q.garment_type("tank top"),
        details("vest", "it has a racerback"),
        Q.sleeve_length("short", "contradiction"),
        gender="Men",
        title="Jockey Men Black Racer Back Gym Vest",
        category="Innerwear Vests",
        color="Black",
    ),
    # Photo: model, front, navy pyjama pants with a small white star print and a drawstring, grey t-shirt. All texts:
    # base BLIP-2 zero-shot; the details answer looped to the limit.
    case(
        "X1489-042",
        caption("a man in a grey t-shirt and blue pajama pants"),
        Q.color("grey", "other_garment_color"),
        color_of("pyjamas", "blue"),
        Q.pattern("stars"),
        Q.garment_type("pajamas"),
        details(
            "pyjamas",
            "they have a drawstring waist and a drawstring waist and a drawstring waist and a drawstring waist and a "
            "drawstring waist and a",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Sweet Dreams Men Navy Blue Printed Pyjamas",
        category="Pyjamas",
        color="Navy Blue",
    ),
    # Photo: flat lay, two lounge shorts, one navy and one grey melange, side pockets visible. All texts: base BLIP-2
    # zero-shot.
    case(
        "X1489-043",
        caption("two pairs of shorts on a white background"),
        wearing("shorts"),
        Q.color("blue and grey"),
        Q.garment_type("shorts"),
        Q.material("unknown", "non_answer"),
        details("shorts", "they have pockets"),
        gender="Men",
        title="XYXX Men Pack of 2 Solid Lounge Shorts",
        category="Lounge Shorts",
        color="Multi",
    ),
    # Photo: model, front, charcoal track pants with zip side pockets, white t-shirt, white sneakers, empty hands.
    # All texts: base BLIP-2 zero-shot; the caption invents a basketball.
    case(
        "X1489-044",
        caption("a man in a white t-shirt and grey pants with a basketball", "unsupported"),
        wearing("a white t-shirt, grey pants and white sneakers"),
        Q.color("grey"),
        Q.garment_type("pants"),
        color_of("track pants", "grey"),
        details("track pants", "they have a drawstring and zip pockets"),
        gender="Men",
        title="Roadster Men Charcoal Grey Solid Track Pants with Zip Pockets",
        category="Track Pants",
        color="Charcoal",
    ),
    # Photo: model, front, white sleeveless vest with blue jeans; two insets show the grey and black vests of the pack.
    # No gender column in this row. All texts: base BLIP-2 zero-shot.
    case(
        "X1489-045",
        caption("a man in a white tank top with three different colors"),
        Q.color("white", "contradiction"),
        Q.garment_type("tank top"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        describe("vests", "a white tank top"),
        title="Dixcy Scott Men Pack of 3 Solid Cotton Vests",
        category="Innerwear Vests",
        color="Multi",
    ),
]
