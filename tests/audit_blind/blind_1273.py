"""BLIND_1273 (45 products; Myntra men's innerwear, nightwear and lounge, base BLIP-2 zero-shot): written blind in the
sixty-second session. Measured blind at c5d464a (the session's eighth rules): 26/43 failures found (60.5%) and 24/240
correct texts flagged (10.0%). The writer's notes, verbatim:

Scenario: a Myntra men's feed of innerwear vests, boxers, trunks and briefs, night suits, pyjamas, lounge pants,
shorts and tees, track pants, thermals and a bath robe. Usual catalog shots: a model on a plain grey or white backdrop
wearing the product with other clothes (a tee over boxers or track pants, jeans under a vest), a few flat lays of
multi-packs, two back views, a dumbbell and a coffee mug as props. Columns as the feed has them: title, category (the
article type), color (base colour), gender; a few rows lack one of them.
Who wrote what: every text is Salesforce/blip2-opt-2.7b with no adapter, zero-shot, greedy, one generate per prompt,
50 new tokens for the caption (no prompt) and 30 for each answer, `Question: ... Answer:` prompts, stopping on the
newline. The closed questions (type, color, pattern, sleeve length, the yes/no garment question) are the model's
free answer mapped to the closed set, raw text kept when it did not map. The job asked type, color and pattern of
every product, sleeve length only of tops, and a few open questions (wearing, describe, details, material) or a
yes/no on the title's garment per category.
Labeling conventions and judgement calls: boxers are "shorts", trunks and briefs "underwear", a robe "robe"; a vest
called a tank top is right, called a t-shirt is wrong. Near hues are right (teal as blue, olive as green, maroon as
red, off-white as white, charcoal and grey melange as grey). In a night suit or lounge set every piece is the product,
so a text true of one piece (the top's sleeves, "t-shirt" as its type) is right. In a multi-pack of different colors
one single color is wrong (contradiction); naming the colors of the pack is right. A color or pattern that belongs to
the tee, hoodie or overshirt worn with the product is other_garment_color (color) or contradiction (pattern, type).
A material is right only when the title gives it; a fibre the photo cannot show and the title does not name is
unsupported, one the title contradicts is unsupported too. Details the photo does not show (logos, pockets, zips, a
cat print) are unsupported. An answer about the prop, or "nothing" for a flat lay, is non_answer. Loops and answers
cut mid-sentence ran to the 30-token limit and carry hit_limit. One text, one label: a cut answer that also says
something doubtful is labeled cut. Fewer than four in ten texts are wrong here: the untuned base stops on the newline
and answers short, and most shots are one plain product, so its failures are the outfit's other garment, yes-bias,
guessed fibres and invented details rather than loops.
"""

from tests.audit_corpus import BLIND_QUESTIONS, DEFAULT_QUESTIONS, caption, case, color_of, is_a, wearing

gt = BLIND_QUESTIONS.garment_type
col = BLIND_QUESTIONS.color
pat = BLIND_QUESTIONS.pattern
sl = BLIND_QUESTIONS.sleeve_length
mat = BLIND_QUESTIONS.material
desc = DEFAULT_QUESTIONS.description
det = DEFAULT_QUESTIONS.details

BLIND_1273 = [
    # Photo: model front, white ribbed sleeveless vest, grey melange lounge shorts, grey backdrop. All texts: base
    # BLIP-2 zero-shot.
    case(
        "X1273-001",
        caption("a man in a white tank top and grey shorts"),
        wearing("a white tank top"),
        gt("tank top"),
        col("white"),
        pat("solid"),
        sl("sleeveless"),
        gender="Men",
        title="Jockey Men White Solid Innerwear Vest 8820",
        category="Innerwear Vests",
        color="White",
    ),
    # Photo: model in a white crew tee and navy-and-white checked woven boxers. Base BLIP-2; the color answer is the
    # tee's.
    case(
        "X1273-002",
        caption("a man wearing a white t-shirt and blue plaid shorts"),
        wearing("a white shirt and blue shorts"),
        gt("shorts"),
        col("white", "other_garment_color"),
        pat("plaid"),
        is_a("pair of shorts", "yes"),
        gender="Men",
        title="Van Heusen Men Navy Blue Checked Pure Cotton Woven Boxers",
        category="Boxers",
        color="Navy Blue",
    ),
    # Photo: flat lay, three folded white vests fanned out on white. Base BLIP-2; the caption counts two.
    case(
        "X1273-003",
        caption("two white tank tops on a white background", "contradiction"),
        wearing("a white tank top"),
        gt("tank top"),
        col("white"),
        pat("solid"),
        mat("cotton"),
        gender="Men",
        title="Dixcy Scott Men Pack of 3 White Solid Cotton Innerwear Vests",
        category="Innerwear Vests",
        color="White",
    ),
    # Photo: model in an olive tee, plain black track pants (small logo on the thigh, no stripes), white sneakers.
    # Base BLIP-2; color answer is the tee's, the description invents side stripes.
    case(
        "X1273-004",
        caption("a man in a green t-shirt and black pants"),
        wearing("a green shirt and black pants"),
        gt("pants"),
        col("green", "other_garment_color"),
        pat("solid"),
        desc("black track pants with white stripes on the side", "unsupported"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Solid Rapid-Dry Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Photo: model in a full-sleeve blue-and-white checked night shirt (collar, buttons, chest pocket) and matching
    # pyjama pants. Base BLIP-2, all right.
    case(
        "X1273-005",
        caption("a man in blue and white plaid pajamas"),
        wearing("pajamas"),
        gt("pajamas"),
        col("blue"),
        pat("plaid"),
        sl("long"),
        det("button down shirt with a collar and a pocket"),
        gender="Men",
        title="Sweet Dreams Men Blue & White Checked Night Suit",
        category="Night suits",
        color="Blue",
    ),
    # Photo: model in a navy tee and grey melange knit lounge shorts with a white drawstring. Base BLIP-2; the
    # garment color question answered the tee, the shorts' color question is right.
    case(
        "X1273-006",
        caption("a man in a navy t-shirt and grey shorts"),
        wearing("shorts"),
        gt("shorts"),
        col("blue", "other_garment_color"),
        color_of("shorts", "grey"),
        is_a("pair of shorts", "yes"),
        gender="Men",
        title="Jockey Men Grey Melange Solid Lounge Shorts 9411",
        category="Lounge Shorts",
        color="Grey Melange",
    ),
    # Photo: shirtless model in teal knit boxers with a small white leaf print. Base BLIP-2; describe calls them swim
    # trunks.
    case(
        "X1273-007",
        caption("a shirtless man in a pair of blue shorts"),
        wearing("boxers"),
        gt("shorts"),
        col("blue"),
        pat("floral"),
        desc("a pair of blue swim trunks with white flowers", "contradiction"),
        gender="Men",
        title="XYXX Men Teal Printed Intellisoft Antimicrobial Micro Modal Boxers",
        category="Boxers",
        color="Teal",
    ),
    # Photo: model in a white tee and navy pyjama pants, front. Base BLIP-2; color answered the tee, details says only
    # what they are.
    case(
        "X1273-008",
        caption("a man in a white t-shirt and blue pants"),
        wearing("white t-shirt and blue pants"),
        gt("pants"),
        col("white", "other_garment_color"),
        pat("solid"),
        color_of("pants", "blue"),
        det("they are pajama pants", "non_answer"),
        gender="Men",
        title="U.S. Polo Assn. Men Navy Blue Solid Pyjamas",
        category="Pyjamas",
        color="Navy Blue",
    ),
    # Photo: cropped model (waist to thigh, no face) in black trunks, white Jockey wordmark on the waistband. Base
    # BLIP-2; cotton is a guess the title does not back.
    case(
        "X1273-009",
        caption("a man in black underwear"),
        wearing("underwear"),
        gt("underwear"),
        col("black"),
        pat("solid"),
        det("the waistband says jockey"),
        mat("cotton", "unsupported"),
        gender="Men",
        title="Jockey Men Black Solid Trunks US21",
        category="Trunk",
        color="Black",
    ),
    # Photo: model in a charcoal crew-neck lounge tee and black joggers. Base BLIP-2, all right.
    case(
        "X1273-010",
        caption("a man in a grey t-shirt and black pants"),
        wearing("a grey t-shirt"),
        gt("t-shirt"),
        col("grey"),
        sl("short"),
        pat("solid"),
        mat("cotton"),
        gender="Men",
        title="Roadster Men Charcoal Grey Solid Pure Cotton Lounge T-shirt",
        category="Lounge Tshirts",
        color="Charcoal",
    ),
    # Photo: model in red-and-navy tartan pyjama bottoms and the set's navy long-sleeve jersey top. Base BLIP-2; the
    # material answer says flannel (the title says pure cotton, nothing about brushed flannel). No gender column.
    case(
        "X1273-011",
        caption("a man in a blue sweater and red plaid pants"),
        wearing("pajamas"),
        gt("pajamas"),
        col("red"),
        pat("plaid"),
        sl("long"),
        mat("flannel", "unsupported"),
        title="Marks & Spencer Men Red Checked Pure Cotton Pyjama Set",
        category="Night suits",
        color="Red",
    ),
    # Photo: model in a white short-sleeve round-neck vest under an unbuttoned light blue shirt, with jeans. Base
    # BLIP-2; type, color and the yes/no all went to the overshirt.
    case(
        "X1273-012",
        caption("a man wearing a blue shirt and a white t-shirt"),
        wearing("a blue shirt and white t-shirt"),
        gt("shirt", "contradiction"),
        col("blue", "other_garment_color"),
        sl("short"),
        is_a("vest", "no", "contradiction"),
        gender="Men",
        title="Chromozome Men White Solid Round Neck Sleeved Innerwear Vest",
        category="Innerwear Vests",
        color="White",
    ),
    # Photo: model in a navy terry bath robe, shawl collar, belt, two patch pockets. Base BLIP-2, all right.
    case(
        "X1273-013",
        caption("a man in a blue bathrobe"),
        wearing("a robe"),
        gt("robe"),
        col("blue"),
        sl("long"),
        det("it has a belt and two pockets"),
        mat("terry cloth"),
        gender="Men",
        title="Nautica Men Navy Blue Solid Cotton Terry Bath Robe",
        category="Bath Robe",
        color="Navy Blue",
    ),
    # Photo: back view, model in a white tee and olive joggers with one back patch pocket, no zip. Base BLIP-2; the
    # description invents a zipper.
    case(
        "X1273-014",
        caption("the back of a man in a white t-shirt and green pants"),
        wearing("a white t-shirt and green pants"),
        gt("pants"),
        col("green"),
        pat("solid"),
        det("the pants have a pocket on the back"),
        desc("green pants with a zipper on the back", "unsupported"),
        gender="Men",
        title="Damensch Men Olive Green Solid Deo-Soft Lounge Joggers",
        category="Lounge Pants",
        color="Olive",
    ),
    # Photo: flat lay, three folded boxers (navy solid, grey check, maroon stripe). Base BLIP-2; one color for a
    # mixed pack.
    case(
        "X1273-015",
        caption("three pairs of boxer shorts in different colors"),
        wearing("boxer shorts"),
        gt("shorts"),
        col("blue", "contradiction"),
        is_a("pair of shorts", "yes"),
        gender="Men",
        title="Van Heusen Men Pack of 3 Assorted Woven Boxers",
        category="Boxers",
        color="Multi",
    ),
    # Photo: model in a black tee and black track pants with a white stripe down each side. Base BLIP-2; describe
    # loops to the limit.
    case(
        "X1273-016",
        caption("a man in a black t-shirt and black pants with white stripes"),
        wearing("a black shirt and black pants"),
        gt("pants"),
        col("black"),
        pat("striped"),
        desc(
            "black pants with white stripes on the side and white stripes on the side and white stripes on the side"
            " and white stripes on the",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Puma Men Black Solid Track Pants with Side Stripes",
        category="Track Pants",
        color="Black",
    ),
    # Photo: model in a maroon lounge tee and grey track pants. Base BLIP-2, all right.
    case(
        "X1273-017",
        caption("a man in a red t-shirt and grey pants"),
        wearing("a maroon shirt"),
        gt("t-shirt"),
        col("red"),
        sl("short"),
        pat("solid"),
        gender="Men",
        title="Chromozome Men Maroon Solid Round Neck Lounge T-shirt",
        category="Lounge Tshirts",
        color="Maroon",
    ),
    # Photo: long-haired slim male model in a white tee and lavender lounge shorts. Base BLIP-2; caption says a woman.
    case(
        "X1273-018",
        caption("a woman in a white t-shirt and purple shorts", "pronoun"),
        wearing("a white t-shirt and purple shorts"),
        gt("shorts"),
        col("purple"),
        pat("solid"),
        is_a("pair of shorts", "yes"),
        gender="Men",
        title="Bewakoof Men Lavender Solid Lounge Shorts",
        category="Lounge Shorts",
        color="Lavender",
    ),
    # Photo: model in a white ribbed vest and blue jeans. Base BLIP-2; the color answer ran on into a new question.
    case(
        "X1273-019",
        caption("a man in a white tank top and jeans"),
        wearing("white tank top and blue jeans"),
        gt("tank top"),
        col("white Question: what is the color of the jeans? Answer: blue", "leak"),
        pat("solid"),
        sl("sleeveless"),
        gender="Men",
        title="Dollar Bigboss Men White Solid Cotton Innerwear Vest",
        category="Innerwear Vests",
        color="White",
    ),
    # Photo: model in the set's grey melange tee printed "SLEEP MODE ON" and navy pyjama pants. Base BLIP-2, all right.
    case(
        "X1273-020",
        caption("a man in a grey t-shirt and blue pants"),
        wearing("pajamas"),
        gt("t-shirt"),
        col("grey"),
        pat("graphic"),
        sl("short"),
        det("it says sleep mode on"),
        gender="Men",
        title="Sweet Dreams Men Grey Melange & Navy Blue Printed Night Suit",
        category="Night suits",
        color="Grey Melange",
    ),
    # Photo: model in a white tee and navy-and-white striped lounge pants with a visible drawstring. Base BLIP-2;
    # describe rambled and was cut at the limit.
    case(
        "X1273-021",
        caption("a man in a white shirt and blue striped pants"),
        wearing("a white shirt and blue and white striped pants"),
        gt("pants"),
        col("blue"),
        pat("striped"),
        desc(
            "the pants are made of a soft cotton material and have a drawstring waist. they are perfect for lounging"
            " around the house or for sleeping in. they are",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Tommy Hilfiger Men Navy Blue & White Striped Pure Cotton Lounge Pants",
        category="Lounge Pants",
        color="Navy Blue",
    ),
    # Photo: model in an off-white long-sleeve thermal crew with ribbed collar and cuffs, and jeans. Base BLIP-2, all
    # right.
    case(
        "X1273-022",
        caption("a man in a white long sleeved shirt and jeans"),
        wearing("a white long sleeve shirt"),
        gt("shirt"),
        col("white"),
        sl("long"),
        mat("cotton"),
        det("it has a ribbed collar and cuffs"),
        gender="Men",
        title="Lux Cottswool Men Off-White Solid Cotton Wool Thermal Top",
        category="Thermal Tops",
        color="Off White",
    ),
    # Photo: model in a grey tee and navy knit boxer shorts. Base BLIP-2; details says only that they are shorts.
    case(
        "X1273-023",
        caption("a man in a grey t-shirt and blue shorts"),
        wearing("a grey shirt and blue shorts"),
        gt("shorts"),
        col("blue"),
        det("they are shorts", "non_answer"),
        color_of("shorts", "blue"),
        gender="Men",
        title="Jockey Men Navy Blue Solid Knit Boxer Shorts 1223",
        category="Boxers",
        color="Navy Blue",
    ),
    # Photo: model holding a dumbbell, plain black gym vest (no print, no logo on the front), grey joggers. Base
    # BLIP-2; details invents a logo.
    case(
        "X1273-024",
        caption("a man holding a dumbbell in a black tank top"),
        wearing("a black tank top and grey sweatpants"),
        gt("tank top"),
        col("black"),
        sl("sleeveless"),
        det("the tank top has a white logo on the front", "unsupported"),
        gender="Men",
        title="Lux Venus Men Black Solid Gym Vest",
        category="Innerwear Vests",
        color="Black",
    ),
    # Photo: model in a plain black tee and black-and-white striped boxers. Base BLIP-2; pattern answered the tee.
    case(
        "X1273-025",
        caption("a man in a black t-shirt and black and white striped shorts"),
        wearing("a black shirt and striped shorts"),
        gt("shorts"),
        col("black"),
        pat("solid", "contradiction"),
        is_a("pair of shorts", "yes"),
        gender="Men",
        title="FCUK Men Black & White Striped Boxers",
        category="Boxers",
        color="Black",
    ),
    # Photo: model in a white tee and beige cotton lounge pants with elastic waist and drawstring. Base BLIP-2; the
    # material answer says linen against the title's cotton.
    case(
        "X1273-026",
        caption("a man in a white t-shirt and beige pants"),
        wearing("a white t-shirt and khaki pants"),
        gt("pants"),
        col("beige"),
        mat("linen", "unsupported"),
        det("the pants have an elastic waistband and a drawstring"),
        gender="Men",
        title="Mast & Harbour Men Beige Solid Cotton Lounge Pants",
        category="Lounge Pants",
        color="Beige",
    ),
    # Photo: flat lay, two briefs (navy and grey) side by side. Base BLIP-2; says yes to shorts.
    case(
        "X1273-027",
        caption("two pairs of men's underwear on a white background"),
        wearing("underwear"),
        gt("underwear"),
        col("blue and grey"),
        pat("solid"),
        is_a("pair of shorts", "yes", "contradiction"),
        gender="Men",
        title="Jockey Men Pack of 2 Assorted Solid Briefs",
        category="Briefs",
        color="Multi",
    ),
    # Photo: model in a black tee and red-and-black buffalo check pyjama pants. Base BLIP-2; details loops.
    case(
        "X1273-028",
        caption("a man in a black t-shirt and red and black plaid pants"),
        wearing("a black shirt and red and black plaid pants"),
        gt("pants"),
        col("red"),
        pat("plaid"),
        det(
            "red and black plaid, red and black plaid, red and black plaid, red and black plaid, red and black plaid,"
            " red",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Status Quo Men Red & Black Checked Cotton Pyjamas",
        category="Pyjamas",
        color="Red",
    ),
    # Photo: model in a grey melange lounge tee with a small CK logo on the chest, black shorts. Base BLIP-2, all
    # right. No gender column.
    case(
        "X1273-029",
        caption("a man in a grey t-shirt with a calvin klein logo"),
        wearing("a grey t-shirt"),
        gt("t-shirt"),
        col("grey"),
        sl("short"),
        mat("cotton"),
        title="Calvin Klein Underwear Men Grey Melange Solid Cotton Lounge T-Shirt",
        category="Lounge Tshirts",
        color="Grey Melange",
    ),
    # Photo: model in a white tee and navy track pants with zip side pockets, slight sheen. Base BLIP-2; cotton is a
    # guess the title does not back.
    case(
        "X1273-030",
        caption("a man in a white shirt and blue pants"),
        wearing("white t-shirt and blue track pants"),
        gt("pants"),
        col("blue"),
        pat("solid"),
        det("the pants have zipper pockets on the side"),
        mat("cotton", "unsupported"),
        gender="Men",
        title="Alcis Men Navy Blue Solid Slim Fit Track Pants",
        category="Track Pants",
        color="Navy Blue",
    ),
    # Photo: bare-torso model in bright yellow trunks with a pineapple print. Base BLIP-2; pattern says floral though
    # the caption saw pineapples.
    case(
        "X1273-031",
        caption("a man in yellow underwear with pineapples on it"),
        wearing("underwear"),
        gt("underwear"),
        col("yellow"),
        pat("floral", "contradiction"),
        desc("yellow boxer briefs with pineapples on them"),
        gender="Men",
        title="Bummer Men Yellow Pineapple Printed Micro Modal Trunks",
        category="Trunk",
        color="Yellow",
    ),
    # Photo: model in a short-sleeve camp-collar night shirt with a green leaf print (no pocket) and matching shorts.
    # Base BLIP-2; details invents a chest pocket.
    case(
        "X1273-032",
        caption("a man in a green and white hawaiian shirt and shorts"),
        wearing("a green shirt and shorts"),
        gt("shirt"),
        col("green"),
        pat("floral"),
        sl("short"),
        det("the shirt has a pocket on the chest", "unsupported"),
        gender="Men",
        title="Dreamz by Pantaloons Men Green & White Printed Shirt with Shorts Night Suit",
        category="Night suits",
        color="Green",
    ),
    # Photo: model in a white vest, black shorts. Base BLIP-2; details says back the question's words.
    case(
        "X1273-033",
        caption("a man in a white tank top"),
        wearing("tank top"),
        gt("vest"),
        col("white"),
        sl("sleeveless"),
        det("the details of the garment are the details of the vest", "restated"),
        gender="Men",
        title="Van Heusen Men White Solid Athleisure Innerwear Vest",
        category="Innerwear Vests",
        color="White",
    ),
    # Photo: back view, model in the set's navy tee with a small white star print all over and navy pants. Base
    # BLIP-2; pattern says solid, the stars are small but plain in the photo.
    case(
        "X1273-034",
        caption("the back of a man in a blue t-shirt and blue pants"),
        wearing("pajamas"),
        gt("pajamas"),
        col("blue"),
        pat("solid", "contradiction"),
        sl("short"),
        gender="Men",
        title="Sweet Dreams Men Navy Blue Printed Night Suit",
        category="Night suits",
        color="Navy Blue",
    ),
    # Photo: model in a black tee and grey melange thermal leggings. Base BLIP-2; wool is a guess the title does not
    # back. No color column.
    case(
        "X1273-035",
        caption("a man in a black t-shirt and grey leggings"),
        wearing("a black shirt and grey leggings"),
        gt("leggings"),
        col("grey"),
        is_a("pair of pants", "yes"),
        mat("wool", "unsupported"),
        gender="Men",
        title="Lux Inferno Men Grey Melange Solid Thermal Bottoms",
        category="Thermal Bottoms",
    ),
    # Photo: model in a white sleeveless gym vest with deep armholes and black shorts. Base BLIP-2; yes to t-shirt.
    case(
        "X1273-036",
        caption("a man in a white tank top and black shorts"),
        wearing("a white tank top and black shorts"),
        gt("tank top"),
        col("white"),
        sl("sleeveless"),
        is_a("t-shirt", "yes", "contradiction"),
        gender="Men",
        title="Jockey Men White Solid Sleeveless Gym Vest US27",
        category="Innerwear Vests",
        color="White",
    ),
    # Photo: model in a white tee and navy lounge shorts with a small red anchor print, drawstring, side pockets. Base
    # BLIP-2; describe cut at the limit.
    case(
        "X1273-037",
        caption("a man in a white t-shirt and blue shorts"),
        wearing("white t-shirt and navy shorts"),
        gt("shorts"),
        col("blue"),
        pat("printed"),
        desc(
            "a pair of blue shorts with small red anchors printed all over them and an elastic waistband with a"
            " drawstring at the front and two pockets on the",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Jockey Men Navy Blue & Red Printed Lounge Shorts",
        category="Lounge Shorts",
        color="Navy Blue",
    ),
    # Photo: flat lay, two trunks (grey and black) on white. Base BLIP-2; "nothing" for what the person wears.
    case(
        "X1273-038",
        caption("two pairs of underwear on a white background"),
        wearing("nothing", "non_answer"),
        gt("underwear"),
        col("grey and black"),
        is_a("pair of shorts", "no"),
        gender="Men",
        title="Levi's Men Pack of 2 Grey & Black Solid Trunks",
        category="Trunk",
        color="Multi",
    ),
    # Photo: model in a black hoodie and grey joggers. Base BLIP-2; color answered the hoodie, describe ran on into a
    # new question.
    case(
        "X1273-039",
        caption("a man in a black hoodie and grey sweatpants"),
        wearing("a black hoodie and grey sweatpants"),
        gt("pants"),
        col("black", "other_garment_color"),
        pat("solid"),
        desc("grey sweatpants Question: what color is the hoodie? Answer: black", "leak"),
        gender="Men",
        title="Roadster Men Grey Solid Joggers",
        category="Track Pants",
        color="Grey",
    ),
    # Photo: model in a blue melange lounge tee and grey shorts. Base BLIP-2; yes to vest for a crew-neck tee.
    case(
        "X1273-040",
        caption("a man in a blue t-shirt and grey shorts"),
        wearing("a blue t-shirt"),
        gt("t-shirt"),
        col("blue"),
        sl("short"),
        pat("solid"),
        is_a("vest", "yes", "contradiction"),
        gender="Men",
        title="Jockey Men Blue Melange Solid Round Neck Lounge T-Shirt",
        category="Lounge Tshirts",
        color="Blue",
    ),
    # Photo: single navy-and-white striped boxers laid flat, waistband at the top. Base BLIP-2, all right.
    case(
        "X1273-041",
        caption("a pair of blue and white striped shorts"),
        wearing("shorts"),
        gt("shorts"),
        col("blue"),
        pat("striped"),
        mat("cotton"),
        is_a("pair of boxer shorts", "yes"),
        gender="Men",
        title="Marks & Spencer Men Navy & White Striped Pure Cotton Boxers",
        category="Boxers",
        color="Navy Blue",
    ),
    # Photo: model in a light grey melange vest (reads pale under the studio light) and white chinos. Base BLIP-2; the
    # caption calls the vest white, the color answer has grey; sleeve length says short for a sleeveless vest.
    case(
        "X1273-042",
        caption("a man in a white tank top and white pants", "contradiction"),
        wearing("a tank top and white pants"),
        gt("tank top"),
        col("grey"),
        sl("short", "contradiction"),
        gender="Men",
        title="Jockey Men Grey Melange Solid Innerwear Vest 9926",
        category="Innerwear Vests",
        color="Grey Melange",
    ),
    # Photo: model in a black lounge set, tee with a small astronaut graphic on the chest, black joggers. Base BLIP-2;
    # details turns the astronaut into a cat. No category column.
    case(
        "X1273-043",
        caption("a man in a black t-shirt and black sweatpants"),
        wearing("black t-shirt and black pants"),
        gt("t-shirt"),
        col("black"),
        pat("graphic"),
        sl("short"),
        det("the t-shirt has a picture of a cat on it", "unsupported"),
        gender="Men",
        title="Bewakoof Men Black Printed T-shirt with Joggers Lounge Set",
        color="Black",
    ),
    # Photo: cropped model in maroon trunks, maroon waistband with white lettering. Base BLIP-2; describe gives the
    # waistband a color it does not have; cotton against the title's micro modal.
    case(
        "X1273-044",
        caption("a man in maroon underwear"),
        wearing("maroon boxer briefs"),
        gt("underwear"),
        col("maroon"),
        pat("solid"),
        desc("maroon underwear with a black waistband", "unsupported"),
        mat("cotton", "unsupported"),
        gender="Men",
        title="XYXX Men Maroon Solid Micro Modal Trunks",
        category="Trunk",
        color="Maroon",
    ),
    # Photo: folded blue-and-white checked pyjama pants on a wooden table next to a coffee mug. Base BLIP-2; details
    # answered about the mug.
    case(
        "X1273-045",
        caption("a pair of blue and white plaid pajama pants next to a cup of coffee"),
        wearing("pajamas"),
        gt("pajamas"),
        col("blue"),
        pat("plaid"),
        mat("cotton"),
        det("there is a cup of coffee", "non_answer"),
        gender="Men",
        title="Fabindia Men Blue & White Checked Cotton Pyjamas",
        category="Pyjamas",
        color="Blue",
    ),
]
