"""BLIND_1633 (45 products; Myntra men's innerwear, nightwear and lounge, base BLIP-2 zero-shot): written blind in the
sixty-seventh session. Measured blind at 0f3a531 (the session's first rules): 40/54 failures found (74.1%) and 29/205
correct texts flagged (14.1%). The writer's notes, verbatim:

Scenario: a Myntra feed of men's innerwear, nightwear and loungewear (innerwear vests, boxers, briefs, trunks, night
suits, pyjamas, lounge shorts, lounge pants, lounge t-shirts, track pants, one thermal top). Columns as the feed has
them: title (the product display name), category (Myntra's article type), color (its base colour) and gender; a few
rows miss one of them. Photos are the catalog's usual shots: a model on a plain grey or white backdrop wearing the
product with other clothes (a tee over boxers, jeans under a vest, a hoodie over track pants), waist-to-thigh crops
for briefs and trunks, some flat lays of packs and sets, a few back views, one model on a stool, one set laid on a bed.
Who wrote what: every text comes from untuned Salesforce/blip2-opt-2.7b, no adapter. The caption is the unprompted
caption (greedy, 50 new tokens); every question was asked as "Question: <q> Answer:" (greedy, 30 new tokens), closed
questions included: their raw answers are stored as generated. The base model usually stops on the newline, so its
answers are short; it loops or runs to the limit only now and then, and twice it went on writing its own next
"Question: ... Answer:". The questionnaire varies by article type (sleeve length only for tops and sets, yes/no
garment questions for some bottoms, material for some).
Labeling conventions and judgement calls: the product is the garment (or set, or pack) of the title; every color answer
is judged against it, not against the tee, jeans or hoodie the model also wears. A color answer that names the co-worn
garment's color is other_garment_color; a garment type that names the co-worn garment, a set answered as one of its
pieces ("t-shirt", "shirt" for a night suit), tight trunks or boxer briefs called "shorts", vests called t-shirts or
given sleeves are contradiction; so is a wrong material where the title names the fabric, and "red" alone for a
two-colour pack sold as Multi. Near colours are accepted: grey for grey melange, blue for navy, red for maroon, black
for a charcoal that looks black in the photo. Loose boxers and lounge shorts called "shorts", lounge pants called
"pajamas", a thermal top called a "long sleeve shirt" and a vest called a "tank top" are accepted. A plain "cotton"
where the title is silent and the product is a cotton knit is left unmarked; a fabric, pocket, button, stripe or back
cut the photo does not show is unsupported. Details or descriptions that only give back the garment (with at most its
colour) are restated; "no", "nothing", "fabric" and "underwear" (for the material) are non_answer. A caption giving grey
shorts the white of the vest is contradiction, and so is a hue no garment in the photo has ("brown" for olive joggers).
"woman" for a man's product is pronoun, even in a flat lay. Texts run to the token limit are marked hit_limit and
labelled by what went wrong first (loop, leak, cut). About one text in five is wrong, fewer than the adapters' runs: on
clean catalog shots the untuned model's short answers are mostly right; it fails where a second garment steals the
answer (the tee over boxers or track pants), on fabric, sleeves and invented details, and where it names a set by its
top.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    caption,
    case,
    color,
    color_of,
    describe,
    details,
    garment_type,
    is_a,
    material,
    wearing,
)

Q = BLIND_QUESTIONS

BLIND_1633 = [
    # Model in a white ribbed sleeveless vest with blue jeans, grey backdrop, front view. All texts: base BLIP-2.
    case(
        "X1633-001",
        caption("a man in a white tank top and blue jeans"),
        wearing("a white tank top and jeans"),
        garment_type("tank top"),
        color("white"),
        Q.sleeve_length("sleeveless"),
        details("vest", "it has a round neck"),
        material("cotton"),
        gender="Men",
        title="Jockey Men White Solid Cotton Innerwear Vest 8820",
        category="Innerwear Vests",
        color="White",
    ),
    # Model in black woven boxers with a white crew-neck tee, cropped at the chin. All texts: base BLIP-2.
    case(
        "X1633-002",
        caption("a man in a white t-shirt and black shorts"),
        wearing("a white t-shirt and black shorts"),
        garment_type("t-shirt", "contradiction"),
        color_of("boxers", "white", "other_garment_color"),
        is_a("pair of boxers", "yes"),
        details("boxers", "they have an elastic waistband"),
        gender="Men",
        title="Van Heusen Men Black Solid Woven Boxers",
        category="Boxers",
        color="Black",
    ),
    # Model in grey melange jogger track pants, black tee, white sneakers, full length. All texts: base BLIP-2.
    case(
        "X1633-003",
        caption("a man in a black t-shirt and grey sweatpants"),
        wearing("a black t-shirt and grey sweatpants"),
        garment_type("pants"),
        color("black", "other_garment_color"),
        describe("track pants", "grey sweatpants with a drawstring waist"),
        material("cotton"),
        gender="Men",
        title="Hanes Men Grey Melange Solid Cotton Joggers Track Pants",
        category="Track Pants",
        color="Grey Melange",
    ),
    # Model in a navy solid tee and navy-and-white checked pyjama bottoms (the set), standing. All texts: base BLIP-2.
    case(
        "X1633-004",
        caption("a man in a blue t-shirt and plaid pajama pants"),
        wearing("pajamas"),
        garment_type("pajamas"),
        color("blue"),
        Q.pattern("plaid"),
        details("night suit", "the pajamas have a plaid pattern"),
        gender="Men",
        title="Sweet Dreams Men Navy Blue & White Checked Night Suit",
        category="Night suits",
        color="Navy Blue",
    ),
    # Waist-to-thigh crop: black micro modal trunks with a wide grey logo waistband, bare torso. All texts: base BLIP-2.
    case(
        "X1633-005",
        caption("a man in black underwear"),
        garment_type("underwear"),
        color("black"),
        material("cotton", "contradiction"),
        details("trunks", "the waistband has a logo on it"),
        is_a("pair of trunks", "no", "contradiction"),
        gender="Men",
        title="XYXX Men Black Solid Intellisoft Micro Modal Trunks",
        category="Trunk",
        color="Black",
    ),
    # Model in grey melange lounge shorts with side pockets and a navy polo tee. All texts: base BLIP-2.
    case(
        "X1633-006",
        caption("a man in a blue polo shirt and grey shorts"),
        wearing("a blue polo shirt and grey shorts"),
        garment_type("polo shirt", "contradiction"),
        color("grey"),
        describe("shorts", "grey shorts with a drawstring"),
        details("shorts", "they have pockets on the side"),
        gender="Men",
        title="Jockey Men Grey Melange Solid Lounge Shorts",
        category="Lounge Shorts",
        color="Grey Melange",
    ),
    # Back view: model in black slim track pants with thin white side taping, white tee. All texts: base BLIP-2.
    case(
        "X1633-007",
        caption("the back of a man in a white t-shirt and black pants"),
        wearing("a white shirt and black pants"),
        garment_type("jeans", "contradiction"),
        color_of("track pants", "black"),
        details("track pants", "the pants have a white stripe on the side"),
        is_a("pair of track pants", "yes"),
        gender="Men",
        title="Puma Men Black Solid Slim Fit Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Flat lay: three folded white sleeveless vests (straps visible) on white, no person. All texts: base BLIP-2.
    case(
        "X1633-008",
        caption("three white t-shirts folded on top of each other", "contradiction"),
        wearing("nothing", "non_answer"),
        garment_type("tank top"),
        color("white"),
        Q.sleeve_length("short", "contradiction"),
        material("cotton"),
        gender="Men",
        title="Rupa Frontline Men Pack of 3 White Solid Cotton Innerwear Vests",
        category="Innerwear Vests",
        color="White",
    ),
    # Model in an olive green crew-neck lounge tee (cotton jersey) with black joggers. All texts: base BLIP-2.
    case(
        "X1633-009",
        caption("a man in a green t-shirt and black pants"),
        wearing("a green shirt"),
        garment_type("t-shirt"),
        color("green"),
        Q.sleeve_length("short sleeve"),
        describe("t-shirt", "a green t-shirt with a round neck"),
        material("cotton"),
        gender="Men",
        title="Damensch Men Olive Green Solid Lounge T-shirt",
        category="Lounge Tshirts",
        color="Olive",
    ),
    # Crop: model in navy boxers with a white micro-dot print (no button fly), grey tee. All texts: base BLIP-2.
    case(
        "X1633-010",
        caption("a man in a grey t-shirt and blue shorts"),
        color("grey", "other_garment_color"),
        Q.pattern("dots"),
        describe("boxers", "blue boxer shorts with white polka dots"),
        is_a("pair of boxers", "yes"),
        details("boxers", "there is a button on the front", "unsupported"),
        gender="Men",
        title="Tommy Hilfiger Men Navy Blue Polka Dot Printed Boxers",
        category="Boxers",
        color="Navy Blue",
    ),
    # Flat lay: two briefs side by side, one red, one royal blue. All texts: base BLIP-2.
    case(
        "X1633-011",
        caption("two pairs of underwear, one red and one blue"),
        wearing("underwear"),
        garment_type("underwear"),
        color("red", "contradiction"),
        is_a("pair of briefs", "yes"),
        material("underwear", "non_answer"),
        gender="Men",
        title="Lux Cozi Men Pack of 2 Assorted Solid Briefs",
        category="Briefs",
        color="Multi",
    ),
    # Side view: charcoal polyester joggers (near black) with zipped side pockets, black hoodie, white sneakers.
    # All texts: base BLIP-2.
    case(
        "X1633-012",
        caption("a man in a black hoodie and black pants"),
        color("black"),
        garment_type("sweatpants"),
        details("track pants", "the pants have a zipper pocket on the side"),
        material("cotton", "unsupported"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Charcoal Grey Solid Rapid-Dry Track Pants",
        category="Track Pants",
        color="Charcoal",
    ),
    # Model in navy lounge pants with a matching navy tee, drawstring and two side pockets. All texts: base BLIP-2.
    case(
        "X1633-013",
        caption("a man in a blue shirt and blue pants"),
        wearing("blue pajamas"),
        garment_type("pajamas"),
        color("blue"),
        describe("lounge pants", "they are lounge pants", "restated"),
        details("lounge pants", "the pants have a drawstring waist and two pockets"),
        gender="Men",
        title="U.S. Polo Assn. Denim Co. Men Navy Blue Solid Lounge Pants",
        category="Lounge Pants",
        color="Navy Blue",
    ),
    # Waist-to-thigh crop: white trunks with a black "CALVIN KLEIN" waistband. All texts: base BLIP-2.
    case(
        "X1633-014",
        caption("a man in white underwear with a black waistband"),
        wearing("white underwear"),
        garment_type("underwear"),
        color("white"),
        details("trunks", "calvin klein"),
        gender="Men",
        title="Calvin Klein Underwear Men White Solid Cotton Stretch Trunks",
        category="Trunk",
        color="White",
    ),
    # Flat lay: yellow boxers with an all-over banana print. All texts: base BLIP-2; details ran to the limit.
    case(
        "X1633-015",
        caption("a pair of yellow shorts with bananas on them"),
        garment_type("shorts"),
        color("yellow"),
        Q.pattern("bananas"),
        details(
            "boxers",
            "bananas, bananas, bananas, bananas, bananas, bananas, bananas, bananas, bananas, bananas, bananas, "
            "bananas, bananas, bananas, bananas",
            "loop",
            hit_limit=True,
        ),
        describe("boxers", "a pair of yellow boxer shorts with bananas on them"),
        gender="Men",
        title="Bummer Men Yellow Banana Printed Boxers",
        category="Boxers",
        color="Yellow",
    ),
    # Model in maroon track pants with a white tee. All texts: base BLIP-2.
    case(
        "X1633-016",
        caption("a man in a white t-shirt and red pants"),
        wearing("a white shirt and red pants"),
        garment_type("pants"),
        color("white", "other_garment_color"),
        color_of("track pants", "red"),
        gender="Men",
        title="Dixcy Scott Men Maroon Solid Track Pants",
        category="Track Pants",
        color="Maroon",
    ),
    # Long-haired male model sitting on a bed in a short-sleeved pastel pink tee and pink pyjamas with a small star
    # print. All texts: base BLIP-2.
    case(
        "X1633-017",
        caption("a woman in pink pajamas sitting on a bed", "pronoun"),
        wearing("pink pajamas"),
        garment_type("pajamas"),
        color("pink"),
        Q.pattern("stars"),
        Q.sleeve_length("long", "contradiction"),
        describe("night suit", "a pink pajama set with stars"),
        gender="Men",
        title="Sweet Dreams Men Pink Star Printed Night Suit",
        category="Night suits",
        color="Pink",
    ),
    # Model in a black muscle vest with grey track pants. All texts: base BLIP-2.
    case(
        "X1633-018",
        caption("a man in a black tank top and grey pants"),
        wearing("a black tank top"),
        garment_type("tank top"),
        color("black"),
        Q.sleeve_length("sleeveless"),
        details("vest", "it is a black tank top", "restated"),
        gender="Men",
        title="Jockey Men Black Solid Muscle Vest",
        category="Innerwear Vests",
        color="Black",
    ),
    # Back view crop: model in royal blue trunks. All texts: base BLIP-2; "wearing" went on with its own question.
    case(
        "X1633-019",
        caption("the back of a man in blue underwear"),
        wearing("blue underwear Question: what color is the underwear? Answer: blue", "leak"),
        garment_type("underwear"),
        color("blue"),
        is_a("pair of trunks", "yes"),
        material("fabric", "non_answer"),
        gender="Men",
        title="Almo Men Blue Solid Trunks",
        category="Trunk",
        color="Blue",
    ),
    # Model in a grey melange tee printed "GOOD VIBES ONLY" with navy shorts. All texts: base BLIP-2; details looped.
    case(
        "X1633-020",
        caption("a man wearing a grey t-shirt that says good vibes"),
        garment_type("t-shirt"),
        color("grey"),
        Q.pattern("text"),
        Q.sleeve_length("short"),
        details(
            "t-shirt",
            "it says good vibes only good vibes only good vibes only good vibes only good vibes only good vibes only "
            "good vibes only good vibes only good vibes only good",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Chromozome Men Grey Melange Typography Printed Lounge T-shirt",
        category="Lounge Tshirts",
        color="Grey Melange",
    ),
    # Model in blue-and-white striped cotton pyjama bottoms (no pockets) with a white tee. All texts: base BLIP-2.
    case(
        "X1633-021",
        caption("a man in a white t-shirt and blue and white striped pants"),
        garment_type("pajamas"),
        color("blue"),
        Q.pattern("striped"),
        describe("pyjamas", "blue and white striped pajama pants with a drawstring"),
        details("pyjamas", "they have pockets on the sides", "unsupported"),
        material("silk", "contradiction"),
        gender="Men",
        title="Marks & Spencer Men Blue & White Striped Pure Cotton Pyjamas",
        category="Pyjamas",
        color="Blue",
    ),
    # Model in a white sleeveless vest with black shorts on a white backdrop. All texts: base BLIP-2.
    case(
        "X1633-022",
        caption("a man in a white tank top and black shorts"),
        color_of("vest", "black", "other_garment_color"),
        color("white"),
        garment_type("vest"),
        describe("vest", "a white vest with a low neckline"),
        gender="Men",
        title="Macho Men White Solid Sleeveless Innerwear Vest",
        category="Innerwear Vests",
        color="White",
    ),
    # Crop: black long-leg boxer briefs, black waistband with white "JOCKEY" lettering. All texts: base BLIP-2.
    case(
        "X1633-023",
        caption("a man in black boxer briefs"),
        garment_type("shorts", "contradiction"),
        color("black"),
        is_a("pair of boxers", "yes"),
        details("boxer briefs", "they have a white waistband with the word jockey on it", "unsupported"),
        gender="Men",
        title="Jockey Men Black Solid Boxer Briefs",
        category="Trunk",
        color="Black",
    ),
    # Model all in black: black fleece joggers with a small white swoosh on the left thigh, black tee.
    # All texts: base BLIP-2.
    case(
        "X1633-024",
        caption("a man in a black t-shirt and black pants"),
        wearing("all black"),
        garment_type("sweatpants"),
        color("black"),
        details("track pants", "there is a nike logo on the left leg"),
        material("fleece"),
        gender="Men",
        title="Nike Men Black Sportswear Club Fleece Joggers",
        category="Track Pants",
        color="Black",
    ),
    # Flat lay: grey melange lounge shorts with drawstring and side pockets; the feed's colour column is empty.
    # All texts: base BLIP-2.
    case(
        "X1633-025",
        caption("a pair of grey shorts on a white background"),
        wearing("shorts"),
        garment_type("shorts"),
        color("grey"),
        describe("shorts", "a pair of grey shorts with a drawstring waist and pockets"),
        details("shorts", "the shorts are grey", "restated"),
        gender="Men",
        title="Van Heusen Men Grey Melange Solid Lounge Shorts",
        category="Lounge Shorts",
    ),
    # Model in the set: navy tee with a small chest logo and grey melange pyjama pants. All texts: base BLIP-2.
    case(
        "X1633-026",
        caption("a man in a blue t-shirt and grey pants"),
        wearing("a blue shirt and grey pants"),
        garment_type("t-shirt", "contradiction"),
        color("blue"),
        Q.sleeve_length("short"),
        details("night suit", "there is a logo on the chest"),
        gender="Men",
        title="U.S. Polo Assn. Men Navy Blue & Grey Solid Night Suit",
        category="Night suits",
        color="Navy Blue",
    ),
    # Flat lay: three cotton trunks, black, grey and navy. All texts: base BLIP-2.
    case(
        "X1633-027",
        caption("three pairs of underwear in black, grey and blue"),
        garment_type("underwear"),
        color("black, grey and blue"),
        describe("trunks", "three pairs of underwear"),
        material("cotton"),
        gender="Men",
        title="Hanes Men Pack of 3 Solid Cotton Trunks",
        category="Trunk",
        color="Multi",
    ),
    # Front view: model in a navy gym vest (regular back, not shown) with grey shorts. All texts: base BLIP-2.
    case(
        "X1633-028",
        caption("a man in a blue tank top and grey shorts"),
        garment_type("tank top"),
        color("grey", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        describe("vest", "it is a blue tank top with a racerback", "unsupported"),
        gender="Men",
        title="Jockey Men Navy Blue Solid Gym Vest",
        category="Innerwear Vests",
        color="Navy Blue",
    ),
    # Model in navy track pants with three white side stripes, drawstring, zip pockets, no ankle zips; white tee.
    # All texts: base BLIP-2; details ran to the limit.
    case(
        "X1633-029",
        caption("a man in a white t-shirt and blue track pants with white stripes on the side"),
        garment_type("track pants"),
        color("blue"),
        Q.pattern("striped"),
        is_a("pair of track pants", "yes"),
        details(
            "track pants",
            "the pants have three white stripes on the side, a drawstring at the waist, zip pockets on the sides, "
            "ankle zips, and an adidas logo on the front of the",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Adidas Men Navy Blue Solid 3-Stripes Track Pants",
        category="Track Pants",
        color="Navy Blue",
    ),
    # Crop: model in white briefs and a grey vest. All texts: base BLIP-2.
    case(
        "X1633-030",
        caption("a man in a grey tank top and white underwear"),
        wearing("a tank top and underwear"),
        garment_type("underwear"),
        color("grey", "other_garment_color"),
        is_a("pair of briefs", "yes"),
        gender="Men",
        title="VIP Men White Solid Briefs",
        category="Briefs",
        color="White",
    ),
    # Model in a black cotton lounge tee and black shorts, hands in pockets, white wall. All texts: base BLIP-2;
    # the caption looped to the limit.
    case(
        "X1633-031",
        caption(
            "a man in a black t-shirt and black shorts is standing in front of a white wall with his hands in his "
            "pockets and a black t-shirt and black shorts and a black t-shirt and black shorts and a black t-shirt and",
            "loop",
            hit_limit=True,
        ),
        garment_type("t-shirt"),
        color("black"),
        Q.sleeve_length("short"),
        material("cotton"),
        gender="Men",
        title="Roadster Men Black Solid Pure Cotton Lounge T-shirt",
        category="Lounge Tshirts",
        color="Black",
    ),
    # Model in a red-and-navy checked pyjama set: long-sleeved button shirt with notch collar and chest pocket,
    # matching pants. All texts: base BLIP-2.
    case(
        "X1633-032",
        caption("a man in red and blue plaid pajamas"),
        wearing("plaid pajamas"),
        garment_type("shirt", "contradiction"),
        color("red"),
        Q.pattern("plaid"),
        Q.sleeve_length("long"),
        details("pyjama set", "the shirt has buttons and a collar and a pocket on the chest"),
        gender="Men",
        title="Marks & Spencer Men Red & Navy Checked Pure Cotton Pyjama Set",
        category="Night suits",
        color="Red",
    ),
    # Model in black lounge pants with a white tee. All texts: base BLIP-2.
    case(
        "X1633-033",
        caption("a man in a white t-shirt and black pants"),
        garment_type("t-shirt", "contradiction"),
        color_of("lounge pants", "black"),
        color("white", "other_garment_color"),
        describe("lounge pants", "black pants"),
        gender="Men",
        title="Jockey Men Black Solid Lounge Pants",
        category="Lounge Pants",
        color="Black",
    ),
    # Model in navy track pants with a grey hoodie. All texts: base BLIP-2.
    case(
        "X1633-034",
        caption("a man in a grey hoodie and blue pants"),
        wearing("a grey hoodie and blue pants"),
        garment_type("hoodie", "contradiction"),
        color("grey", "other_garment_color"),
        is_a("pair of track pants", "yes"),
        gender="Men",
        title="Chromozome Men Navy Blue Solid Track Pants",
        category="Track Pants",
        color="Navy Blue",
    ),
    # Model in a white vest with grey lounge shorts. All texts: base BLIP-2.
    case(
        "X1633-035",
        caption("a man in a white tank top and white shorts", "contradiction"),
        wearing("a tank top and shorts"),
        garment_type("tank top"),
        color("white"),
        Q.sleeve_length("sleeveless"),
        gender="Men",
        title="Dixcy Scott Men White Solid Innerwear Vest",
        category="Innerwear Vests",
        color="White",
    ),
    # Flat lay: blue-and-green checked woven poplin boxers. All texts: base BLIP-2.
    case(
        "X1633-036",
        caption("a pair of blue and green plaid boxer shorts"),
        color("blue"),
        Q.pattern("plaid"),
        is_a("pair of boxers", "yes"),
        details("boxers", "plaid"),
        material("flannel", "unsupported"),
        gender="Men",
        title="Joven Men Blue & Green Checked Pure Cotton Boxers",
        category="Boxers",
        color="Blue",
    ),
    # Model in a grey melange vest with black track pants. All texts: base BLIP-2.
    case(
        "X1633-037",
        caption("a man in a grey tank top and black pants"),
        garment_type("tank top"),
        color("black", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        details("vest", "no", "non_answer"),
        gender="Men",
        title="Bodyx Men Grey Melange Solid Innerwear Vest",
        category="Innerwear Vests",
        color="Grey Melange",
    ),
    # Model in navy lounge shorts with a white palm-tree print and white drawstring, white tee. All texts: base BLIP-2.
    case(
        "X1633-038",
        caption("a man in a white t-shirt and blue shorts with palm trees"),
        wearing("shorts and a t-shirt"),
        garment_type("shorts"),
        color("blue"),
        Q.pattern("palm trees"),
        describe("lounge shorts", "the shorts are blue with white palm trees and a white drawstring"),
        details("lounge shorts", "they are shorts", "restated"),
        gender="Men",
        title="Bummer Men Navy Blue Tropical Printed Lounge Shorts",
        category="Lounge Shorts",
        color="Navy Blue",
    ),
    # Back view: model in grey joggers (no back pockets; the logo is on the front thigh, not visible), white tee.
    # The feed's gender column is empty. All texts: base BLIP-2.
    case(
        "X1633-039",
        caption("the back of a man in grey sweatpants and a white t-shirt"),
        garment_type("sweatpants"),
        color("grey"),
        details("joggers", "the pants have a nike logo on the back pocket", "unsupported"),
        is_a("pair of jeans", "no"),
        title="Nike Men Grey Solid Sportswear Club Joggers",
        category="Track Pants",
        color="Grey",
    ),
    # Flat lay on a bed, no person: grey tee with a small chest print and grey-and-black checked pyjama pants.
    # All texts: base BLIP-2.
    case(
        "X1633-040",
        caption("a woman's pajamas laid out on a bed", "pronoun"),
        wearing("pajamas"),
        garment_type("pajamas"),
        color("grey"),
        Q.pattern("plaid"),
        Q.sleeve_length("short"),
        gender="Men",
        title="Sweet Dreams Men Grey Printed Night Suit",
        category="Night suits",
        color="Grey",
    ),
    # Model in grey melange knit boxer shorts with a navy tee. All texts: base BLIP-2; "describe" went on writing
    # questions and answers of its own to the limit.
    case(
        "X1633-041",
        caption("a man in a blue shirt and grey shorts"),
        garment_type("shorts"),
        color("grey"),
        describe(
            "boxer shorts",
            "grey shorts Question: what is the color of the shirt? Answer: blue Question: what is the color of",
            "leak",
            hit_limit=True,
        ),
        is_a("pair of boxers", "yes"),
        gender="Men",
        title="Jockey Men Grey Melange Solid Knit Boxer Shorts",
        category="Boxers",
        color="Grey Melange",
    ),
    # Model in a black long-sleeved thermal top (crew neck) with jeans. All texts: base BLIP-2.
    case(
        "X1633-042",
        caption("a man in a black long sleeve shirt and jeans"),
        garment_type("shirt"),
        color("black"),
        Q.sleeve_length("long"),
        material("cotton"),
        details("thermal top", "it is a black long sleeve shirt", "restated"),
        gender="Men",
        title="Lux Cottswool Men Black Solid Thermal Top",
        category="Thermal Tops",
        color="Black",
    ),
    # Model sitting on a wooden stool in plain olive joggers (no stripes) and a black tee. All texts: base BLIP-2.
    case(
        "X1633-043",
        caption("a man sitting on a stool in green pants and a black shirt"),
        wearing("a black shirt and green pants"),
        garment_type("pants"),
        color("brown", "contradiction"),
        describe("track pants", "green pants with black stripes on the side", "unsupported"),
        gender="Men",
        title="Puma Men Olive Green Solid Track Pants",
        category="Track Pants",
        color="Olive",
    ),
    # Crop: navy trunks with a small red-and-white geometric print, navy waistband with white lettering.
    # The feed's category column is empty. All texts: base BLIP-2.
    case(
        "X1633-044",
        caption("a man in blue underwear with a red and white pattern"),
        garment_type("underwear"),
        color("blue"),
        Q.pattern("geometric"),
        details("trunks", "the underwear has a red and white pattern and a blue waistband"),
        gender="Men",
        title="Damensch Men Navy Blue Geometric Printed Trunks",
        color="Navy Blue",
    ),
    # Model in grey checked pyjama pants with a black tee. All texts: base BLIP-2.
    case(
        "X1633-045",
        caption("a man in a black t-shirt and grey plaid pants"),
        wearing("pajamas"),
        garment_type("pajamas"),
        color("black", "other_garment_color"),
        Q.pattern("plaid"),
        describe("pyjamas", "pajamas", "restated"),
        gender="Men",
        title="Jockey Men Grey Checked Pyjamas",
        category="Pyjamas",
        color="Grey",
    ),
]
