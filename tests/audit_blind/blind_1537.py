"""BLIND_1537 (45 products; Myntra men's innerwear, nightwear and lounge, base BLIP-2 zero-shot): written blind in the
sixty-sixth session. Measured blind at 71dbb3c (the session's first rules): 58/68 failures found (85.3%) and 18/218
correct texts flagged (8.3%). The writer's notes, verbatim:

Scenario: a Myntra men's innerwear / nightwear / lounge feed: innerwear vests (singles, packs, gym vests), boxers
(woven and knit), briefs and trunks, night suits and pyjamas, lounge pants, shorts and tees, thermals, a bath robe and
track pants / joggers. Photos are the usual catalog shots: a model on a plain light backdrop wearing the product with
other clothes (a vest with jeans, boxers with a vest or tee, track pants with a tee or hoodie), a few flat lays for
packs and printed underwear, a few back views and lower-body crops, and props (a mug, a laptop, a dumbbell, a bed).
Catalog columns are as Myntra exports them: title, category (article type), color (base colour), gender; a few rows
lack one of them.
Who wrote what: every text is from the untuned base model, Salesforce/blip2-opt-2.7b, zero-shot, greedy. The caption
is the empty-prompt caption (max 50 new tokens); answers use "Question: ... Answer:" (max 30 new tokens). No adapter,
no extractive QA. The base model usually stops on its own after a short phrase, so loops, cuts and prompt leaks are
rare here; its failures are mostly about which garment it looks at (the vest or tee the model wears over or with the
product), one color reused for two garments, invented details and materials, and the occasional "woman"/"she" on
headless or lower-body crops.
Labeling conventions and judgement calls: judged against the imagined photo and the title. A color answer to "the
garment" that gives the co-worn garment's color is other_garment_color; a color answer to a named other garment
(pants, shorts, jeans) that repeats the product's color is contradiction (one color for two garments). A garment type
or sleeve length that belongs to the co-worn garment, or a yes/no garment answer that is wrong, is contradiction.
Materials and details the photo cannot show or the title contradicts (silk for satin, polyester for pure cotton, a
chest pocket that is not there) are unsupported. "tank top", "undershirt", "shorts" for boxers, "underwear" for
briefs/trunks, "pajamas" for night suits, "red" for maroon, "blue" for navy, "green" for teal/olive, "floral" for a
tropical leaf print are accepted as correct. Listing all colors of an assorted pack is correct. A text that ran to the
limit while looping is loop (hit_limit), while cut mid-sentence is cut (hit_limit). An answer that only gives back the
question's garment ("the boxers", "it is a vest") is restated; "yes" or "clothing" to an open/type question is
non_answer. Pronoun: every product is men's; "she"/"a woman" is pronoun. An empty answer is non_answer. About a
quarter of the texts are wrong, fewer than the usual four in ten: the base model's short color/type answers on a
single plain garment are mostly right, and most errors come from the second garment in the shot.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1537 = [
    # Truth: model front, white ribbed sleeveless vest tucked into dark-blue jeans, grey backdrop.
    # All texts: base BLIP-2 OPT-2.7b zero-shot. All correct.
    case(
        "X1537-001",
        caption("a man in a white tank top and jeans"),
        wearing("a white tank top"),
        Q.garment_type("tank top"),
        Q.color("white"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        gender="Men",
        title="Jockey Men White Solid Super Combed Cotton Rib Innerwear Vest 8820",
        category="Innerwear Vests",
        color="White",
    ),
    # Truth: model in a black sleeveless vest and grey melange track pants, white backdrop.
    # Base zero-shot. The pants' color repeats the vest's black; "no" to the vest question (it sees a tank top).
    case(
        "X1537-002",
        caption("a man in a black tank top and grey sweatpants"),
        wearing("black tank top and grey sweatpants"),
        Q.color("black"),
        color_of("pants", "black", "contradiction"),
        Q.sleeve_length("sleeveless"),
        is_a("vest", "no", "contradiction"),
        gender="Men",
        title="Van Heusen Men Black Solid Innerwear Vest",
        category="Innerwear Vests",
        color="Black",
    ),
    # Truth: model (cropped at the chin) in a white half-sleeve undershirt and navy-and-green checked woven boxers with
    # an elastic waistband and one fly button; woven boxers have no pockets.
    # Base zero-shot. "white" is the undershirt's color; the side pockets are invented.
    case(
        "X1537-003",
        caption("a man in a white t-shirt and plaid shorts"),
        wearing("a white shirt and plaid shorts"),
        Q.color("white", "other_garment_color"),
        Q.pattern("plaid"),
        Q.garment_type("shorts"),
        details("boxers", "the boxers have two pockets on the side", "unsupported"),
        gender="Men",
        title="Dollar Bigboss Men Navy Blue Checked Woven Boxers",
        category="Boxers",
        color="Navy Blue",
    ),
    # Truth: model in grey melange knit boxers with a black waistband and a black crew-neck tee.
    # Base zero-shot. The garment color is the tee's black.
    case(
        "X1537-004",
        caption("a man in a black t-shirt and grey shorts"),
        wearing("a black t-shirt and grey shorts"),
        Q.color("black", "other_garment_color"),
        Q.garment_type("shorts"),
        describe("boxers", "grey boxers with a black waistband"),
        Q.material("cotton"),
        gender="Men",
        title="Jockey Men Grey Melange Solid Boxer Shorts 1223",
        category="Boxers",
        color="Grey Melange",
    ),
    # Truth: flat lay, a stack of five folded white sleeveless vests on a white background (armholes hidden by folding).
    # Base zero-shot. The caption calls them t-shirts (the title says vests); the answers are right.
    case(
        "X1537-005",
        caption("a stack of white t-shirts on a white background", "contradiction"),
        Q.garment_type("undershirt"),
        Q.color("white"),
        Q.pattern("solid"),
        is_a("vest", "yes"),
        Q.material("cotton"),
        gender="Men",
        title="Rupa Frontline Men Pack of 5 White Solid Innerwear Vests",
        category="Innerwear Vests",
        color="White",
    ),
    # Truth: flat lay of three sleeveless vests side by side: white, grey melange, navy.
    # Base zero-shot. "white" for an assorted pack of three; "no" to the vest question.
    case(
        "X1537-006",
        caption("three tank tops in different colors"),
        Q.color("white", "contradiction"),
        Q.garment_type("tank top"),
        is_a("vest", "no", "contradiction"),
        details("vests", "the vests are white, grey and blue"),
        Q.sleeve_length("sleeveless"),
        gender="Men",
        title="Dollar Bigboss Men Pack of 3 Assorted Solid Innerwear Vests",
        category="Innerwear Vests",
        color="Multi",
    ),
    # Truth: model walking, black track pants with a small reflective logo on the thigh and cuffed ankles (no zips),
    # white t-shirt, white sneakers.
    # Base zero-shot. The ankle zipper is invented.
    case(
        "X1537-007",
        caption("a man in a white t-shirt and black pants"),
        wearing("white t-shirt and black pants"),
        Q.garment_type("pants"),
        Q.color("black"),
        color_of("pants", "black"),
        Q.material("polyester"),
        details("track pants", "the track pants have a zipper on the bottom", "unsupported"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Solid Rapid-Dry Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Truth: model holding a coffee mug, navy round-neck short-sleeve tee with a small white anchor print, grey melange
    # pyjama bottoms.
    # Base zero-shot. The pants get the top's blue; "striped" for an anchor print.
    case(
        "X1537-008",
        caption("a man in a blue t-shirt and grey pants holding a cup of coffee"),
        wearing("pajamas"),
        Q.color("blue"),
        color_of("pants", "blue", "contradiction"),
        Q.pattern("striped", "contradiction"),
        Q.sleeve_length("short"),
        gender="Men",
        title="Sweet Dreams Men Navy Blue & Grey Printed Night Suit",
        category="Night suits",
        color="Navy Blue",
    ),
    # Truth: model, bare torso cropped at the chest, black trunks with a black waistband printed with white "JOCKEY".
    # Base zero-shot. All correct.
    case(
        "X1537-009",
        caption("a man in black underwear"),
        wearing("underwear"),
        Q.garment_type("underwear"),
        Q.color("black"),
        details("trunks", "the trunks have a wide elastic waistband with the jockey logo"),
        Q.material("cotton"),
        gender="Men",
        title="Jockey Men Black Solid Trunks 1015",
        category="Trunk",
        color="Black",
    ),
    # Truth: back view, model facing away in olive lounge shorts (elastic waist, one back patch pocket with a small
    # logo) and a white tee.
    # Base zero-shot. The garment color is the tee's white.
    case(
        "X1537-010",
        caption("the back of a man wearing a white t-shirt and green shorts"),
        wearing("a white t-shirt and green shorts"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("shorts"),
        describe("shorts", "olive green shorts with an elastic waistband"),
        details("shorts", "the shorts have a pocket on the back"),
        is_a("pair of shorts", "yes"),
        gender="Men",
        title="XYXX Men Olive Green Solid Lounge Shorts",
        category="Lounge Shorts",
        color="Olive",
    ),
    # Truth: flat lay, blue micro modal trunks with a yellow banana print.
    # Base zero-shot. "silk" against a micro modal title.
    case(
        "X1537-011",
        caption("a pair of blue underwear with bananas on it"),
        Q.color("blue"),
        Q.pattern("bananas"),
        Q.material("silk", "unsupported"),
        Q.garment_type("underwear"),
        gender="Men",
        title="Bummer Men Blue Printed Micro Modal Trunks",
        category="Trunk",
        color="Blue",
    ),
    # Truth: model side-on in grey melange cotton joggers with ribbed ankle cuffs and an untucked navy polo shirt.
    # Base zero-shot, no gender in the feed. "polyester" for a cotton title; the sleeve length is the polo's.
    case(
        "X1537-012",
        caption("a man wearing a blue polo shirt and grey sweatpants"),
        wearing("a polo shirt and sweatpants"),
        Q.color("grey"),
        color_of("track pants", "grey"),
        details("track pants", "the track pants have an elastic waistband and cuffs at the ankles"),
        Q.material("polyester", "unsupported"),
        Q.sleeve_length("short", "contradiction"),
        title="U.S. Polo Assn. Men Grey Melange Solid Cotton Track Pants",
        category="Track Pants",
        color="Grey Melange",
    ),
    # Truth: model sitting on a bed, head cropped, navy lounge pants with a visible white drawstring, white tee.
    # Base zero-shot. "she" for a men's product; "black" for navy (its own description says navy).
    case(
        "X1537-013",
        caption("a man sitting on a bed in a white t-shirt and blue pants"),
        wearing("she is wearing a white t-shirt and blue pants", "pronoun"),
        Q.color("black", "contradiction"),
        describe("pants", "navy blue pajama pants"),
        details("pants", "the pants have a drawstring"),
        is_a("pair of jeans", "no"),
        gender="Men",
        title="Van Heusen Men Navy Blue Solid Lounge Pants",
        category="Lounge Pants",
        color="Navy Blue",
    ),
    # Truth: model in a maroon-and-navy checked flannel pyjama set: collared full-sleeve button shirt with one chest
    # pocket, matching drawstring pants (no back pocket).
    # Base zero-shot. The details answer ran on and was cut at 30 tokens.
    case(
        "X1537-014",
        caption("a man in a red plaid pajama set"),
        wearing("pajamas"),
        Q.color("red"),
        Q.pattern("plaid"),
        Q.sleeve_length("long"),
        Q.material("flannel"),
        details(
            "pyjamas",
            "the pajamas have a button down shirt and a pair of pants with a drawstring waist and a pocket on the "
            "chest and a pocket on the back of the pants and a",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Sweet Dreams Men Maroon & Navy Checked Flannel Night Suit",
        category="Night suits",
        color="Maroon",
    ),
    # Truth: model in a white round-neck vest worn under an open light-blue denim shirt (full sleeves), chinos.
    # Base zero-shot. Color, type and sleeves all come from the denim shirt.
    case(
        "X1537-015",
        caption("a man in a blue shirt and white tank top"),
        wearing("a blue shirt and a white tank top"),
        Q.color("blue", "other_garment_color"),
        Q.garment_type("shirt", "contradiction"),
        Q.sleeve_length("long", "contradiction"),
        is_a("vest", "yes"),
        gender="Men",
        title="Dixcy Scott Men White Solid Sleeveless Innerwear Vest",
        category="Innerwear Vests",
        color="White",
    ),
    # Truth: flat lay, three briefs (red, royal blue, grey) in an open retail box. No color in the feed.
    # Base zero-shot. Briefs are not shorts.
    case(
        "X1537-016",
        caption("three pairs of men's underwear in a box"),
        Q.garment_type("underwear"),
        Q.color("red, blue and grey"),
        is_a("pair of shorts", "yes", "contradiction"),
        Q.material("cotton"),
        details("briefs", "the briefs are red, blue and grey"),
        gender="Men",
        title="Amul Macho Men Pack of 3 Assorted Briefs",
        category="Briefs",
    ),
    # Truth: model in navy slim joggers with a drawstring hanging below an olive hoodie, white sneakers.
    # Base zero-shot. Color and type from the hoodie.
    case(
        "X1537-017",
        caption("a man in a green hoodie and blue pants"),
        wearing("a green hoodie and blue pants"),
        Q.color("green", "other_garment_color"),
        color_of("joggers", "blue"),
        Q.garment_type("hoodie", "contradiction"),
        describe("joggers", "the joggers are blue and have a drawstring waist"),
        Q.pattern("solid"),
        gender="Men",
        title="Roadster Men Navy Blue Solid Slim Fit Joggers",
        category="Track Pants",
        color="Navy Blue",
    ),
    # Truth: model in a grey round-neck short-sleeve lounge tee and black lounge shorts, holding a pillow.
    # Base zero-shot. "v-neck" against a round-neck tee; the black shorts get the tee's grey.
    case(
        "X1537-018",
        caption("a man in a grey t-shirt and black shorts"),
        wearing("a grey t-shirt"),
        Q.color("grey"),
        Q.sleeve_length("short"),
        Q.pattern("solid"),
        Q.material("cotton"),
        details("t-shirt", "the t-shirt has a v-neck", "contradiction"),
        color_of("shorts", "grey", "contradiction"),
        gender="Men",
        title="Hanes Men Grey Solid Round Neck Pure Cotton Lounge T-shirt",
        category="Lounge Tshirts",
        color="Grey",
    ),
    # Truth: back view, navy racer-back gym vest, grey shorts; the front (and any logo) is not visible.
    # Base zero-shot. The shorts get the vest's blue; a front logo it cannot see.
    case(
        "X1537-019",
        caption("a man in a blue tank top and grey shorts"),
        wearing("tank top and shorts"),
        Q.color("blue"),
        color_of("shorts", "blue", "contradiction"),
        describe("vest", "the vest is a racerback tank top"),
        Q.sleeve_length("sleeveless"),
        details("vest", "the vest has a logo on the front", "unsupported"),
        gender="Men",
        title="Jockey Men Navy Blue Solid Racer Back Gym Vest",
        category="Innerwear Vests",
        color="Navy Blue",
    ),
    # Truth: crop from the chest down, blue-and-white striped cotton pyjama bottoms, white tee, bare feet.
    # Base zero-shot. "a woman" on a headless crop of a men's product.
    case(
        "X1537-020",
        caption("a woman in blue and white striped pajama pants", "pronoun"),
        wearing("pajama pants"),
        Q.color("blue"),
        Q.pattern("striped"),
        Q.material("cotton"),
        details("pyjamas", "the pajamas are blue and white striped"),
        gender="Men",
        title="Marks & Spencer Men Blue Striped Pure Cotton Pyjamas",
        category="Pyjamas",
        color="Blue",
    ),
    # Truth: model in a black satin night suit with white piping: full-sleeve collared shirt and matching pants.
    # Base zero-shot. "silk" for satin; "clothing" names no type.
    case(
        "X1537-021",
        caption("a man in black pajamas with white trim"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.material("silk", "unsupported"),
        Q.garment_type("clothing", "non_answer"),
        describe("night suit", "a black pajama set with white piping"),
        gender="Men",
        title="Sweet Dreams Men Black Solid Satin Night Suit",
        category="Night suits",
        color="Black",
    ),
    # Truth: model in black track pants with a white side stripe, red t-shirt.
    # Base zero-shot. The garment color is the tee's red; the logo on the thigh is Puma's cat, not a Nike swoosh.
    case(
        "X1537-022",
        caption("a man in a red t-shirt and black pants"),
        wearing("a red shirt and black pants"),
        Q.color("red", "other_garment_color"),
        Q.pattern("solid"),
        color_of("pants", "black"),
        Q.garment_type("pants"),
        details("track pants", "the pants have a white stripe down the side"),
        describe("track pants", "black track pants with a white stripe and a white nike logo", "unsupported"),
        gender="Men",
        title="Puma Men Black Solid Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Truth: model with arms crossed, white round-neck vest tucked into khaki chinos.
    # Base zero-shot. "polyester" against a pure cotton title; "no" to the vest question.
    case(
        "X1537-023",
        caption("a man in a white tank top with his arms crossed"),
        wearing("a white tank top and khaki pants"),
        Q.color("white"),
        Q.garment_type("tank top"),
        describe("vest", "a white tank top with a scoop neck"),
        Q.material("polyester", "unsupported"),
        is_a("vest", "no", "contradiction"),
        gender="Men",
        title="Lux Cozi Men White Solid Pure Cotton Innerwear Vest",
        category="Innerwear Vests",
        color="White",
    ),
    # Truth: model in a grey melange waffle-knit full-sleeve thermal crew top and blue jeans.
    # Base zero-shot. "sweater" for a thermal base layer; "wool" is not in the photo or title.
    case(
        "X1537-024",
        caption("a man wearing a grey long sleeve shirt and jeans"),
        wearing("a grey sweater and jeans", "contradiction"),
        Q.color("grey"),
        Q.sleeve_length("long"),
        Q.material("wool", "unsupported"),
        Q.pattern("solid"),
        gender="Men",
        title="Jockey Men Grey Melange Solid Thermal Top 2401",
        category="Thermal Tops",
        color="Grey Melange",
    ),
    # Truth: model in blue woven boxers with a small white dot print and one fly button, white sleeveless vest.
    # Base zero-shot. The wearing answer did not stop and went on into a new question; the garment color is the vest's.
    case(
        "X1537-025",
        caption("a man in a white tank top and blue shorts"),
        wearing("a white tank top and blue shorts Question: What is the color of the shorts? Answer: blue", "leak"),
        Q.color("white", "other_garment_color"),
        Q.pattern("polka dots"),
        Q.garment_type("shorts"),
        details("boxers", "the boxers have a button on the front"),
        gender="Men",
        title="Van Heusen Men Blue Printed Woven Boxers",
        category="Boxers",
        color="Blue",
    ),
    # Truth: model sitting on a sofa with a laptop, charcoal lounge pants with side pockets and a drawstring, black tee.
    # Base zero-shot. The garment color is the tee's black.
    case(
        "X1537-026",
        caption("a man sitting on a couch with a laptop"),
        wearing("a black t-shirt and grey pants"),
        Q.color("black", "other_garment_color"),
        color_of("pants", "grey"),
        describe("pants", "the pants are grey"),
        details("pants", "the pants have a drawstring and two pockets"),
        gender="Men",
        title="Damensch Men Charcoal Grey Solid Lounge Pants",
        category="Lounge Pants",
        color="Charcoal",
    ),
    # Truth: model in a white round-neck vest and black shorts, white backdrop.
    # Base zero-shot. The description looped to the limit; the shorts get the vest's white.
    case(
        "X1537-027",
        caption("a man in a white tank top and black shorts"),
        describe(
            "vest",
            "a white tank top with a round neck and a round neck and a round neck and a round neck and a round neck "
            "and a round neck and a",
            "loop",
            hit_limit=True,
        ),
        Q.color("white"),
        color_of("shorts", "white", "contradiction"),
        Q.sleeve_length("sleeveless"),
        gender="Men",
        title="Jockey Men White Solid Round Neck Innerwear Vest US26",
        category="Innerwear Vests",
        color="White",
    ),
    # Truth: model lying on a bed, teal short-sleeve tee with a tropical leaf print and solid teal shorts.
    # Base zero-shot. "rayon" against a pure cotton title.
    case(
        "X1537-028",
        caption("a man laying on a bed in a green shirt and shorts"),
        wearing("a green shirt and shorts"),
        Q.color("green"),
        Q.pattern("floral"),
        Q.sleeve_length("short"),
        details("night suit", "the night suit has a green shirt and green shorts"),
        Q.material("rayon", "unsupported"),
        gender="Men",
        title="XYXX Men Teal Printed Pure Cotton Night Suit",
        category="Night suits",
        color="Teal",
    ),
    # Truth: waist-down crop, black slim track pants with two zip pockets, white sneakers.
    # Base zero-shot. "a woman" on a lower-body crop of a men's product.
    case(
        "X1537-029",
        caption("a woman in black pants and white sneakers", "pronoun"),
        wearing("black pants and white sneakers"),
        Q.color("black"),
        Q.garment_type("pants"),
        details("track pants", "the track pants have zippered pockets"),
        Q.material("polyester"),
        gender="Men",
        title="Alcis Men Black Solid Slim Fit Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Truth: model in a navy gym vest with deep armholes and white joggers.
    # Base zero-shot. "yes" to an open question; "it is a vest" only names the garment.
    case(
        "X1537-030",
        caption("a man in a blue tank top and white pants"),
        wearing("tank top"),
        details("vest", "yes", "non_answer"),
        Q.color("blue"),
        Q.garment_type("tank top"),
        describe("vest", "it is a vest", "restated"),
        gender="Men",
        title="Dollar Bigboss Men Navy Blue Solid Gym Vest",
        category="Innerwear Vests",
        color="Navy Blue",
    ),
    # Truth: flat lay, blue knit boxers with a small white anchor print, on a white background.
    # Base zero-shot. All correct.
    case(
        "X1537-031",
        caption("a pair of blue boxer shorts with anchors on them"),
        Q.garment_type("boxer shorts"),
        Q.color("blue"),
        Q.pattern("anchors"),
        Q.material("cotton"),
        gender="Men",
        title="Hanes Men Blue Printed Cotton Boxers",
        category="Boxers",
        color="Blue",
    ),
    # Truth: model in black knit boxers with a grey logo waistband and a grey crew-neck tee.
    # Base zero-shot. The garment color is the tee's grey; "the boxers" says nothing.
    case(
        "X1537-032",
        caption("a man in a grey t-shirt and black shorts"),
        wearing("a grey shirt and black shorts"),
        Q.color("grey", "other_garment_color"),
        color_of("boxers", "black"),
        details("boxers", "the boxers", "restated"),
        is_a("pair of boxers", "yes"),
        Q.material("cotton"),
        gender="Men",
        title="U.S. Polo Assn. Men Black Solid Cotton Boxers",
        category="Boxers",
        color="Black",
    ),
    # Truth: side view, black-and-grey checked brushed cotton pyjama bottoms (drawstring, two side pockets, no fly),
    # black tee.
    # Base zero-shot. The description ran to the limit and was cut; it also adds a button fly.
    case(
        "X1537-033",
        caption("a man in a black t-shirt and plaid pajama pants"),
        wearing("a black shirt and plaid pants"),
        Q.color("black"),
        Q.pattern("checkered"),
        details("pyjamas", "the pajamas are made of flannel"),
        describe(
            "pyjamas",
            "the pajamas are black and grey plaid pajamas with a drawstring waist and two side pockets and a button "
            "fly and a",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Van Heusen Men Black & Grey Checked Cotton Pyjamas",
        category="Pyjamas",
        color="Black",
    ),
    # Truth: model in plain navy track pants (no side stripe) and a white tee with a small chest logo.
    # Base zero-shot. The type answer ran on through invented questions to the limit; the color is the tee's; the side
    # stripe is invented.
    case(
        "X1537-034",
        caption("a man in a white t-shirt and blue pants"),
        wearing("a white t-shirt and blue pants"),
        Q.color("white", "other_garment_color"),
        color_of("track pants", "navy blue"),
        details("track pants", "the pants have a white stripe on the side", "unsupported"),
        Q.garment_type(
            "pants Question: What is the color of the pants? Answer: blue Question: What is the material of the "
            "pants? Answer: polyester Question:",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        title="Reebok Men Navy Blue Solid Track Pants",
        category="Track Pants",
        color="Navy Blue",
    ),
    # Truth: model in blue tropical-print lounge shorts (elastic waist with drawstring) and a white sleeveless vest.
    # Base zero-shot. The sleeve length is the vest's, the product is shorts.
    case(
        "X1537-035",
        caption("a man in a white tank top and blue shorts"),
        wearing("a white tank top and blue shorts"),
        Q.color("blue"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless", "contradiction"),
        details("shorts", "the shorts have an elastic waistband with a drawstring"),
        gender="Men",
        title="Chromozome Men Blue Printed Lounge Shorts",
        category="Lounge Shorts",
        color="Blue",
    ),
    # Truth: bearded model in a blue-and-white striped collared full-sleeve pyjama shirt and solid navy pants.
    # Base zero-shot. "she" for a visibly male model.
    case(
        "X1537-036",
        caption("a man in blue striped pajamas"),
        wearing("she is wearing pajamas", "pronoun"),
        Q.color("blue"),
        Q.pattern("striped"),
        color_of("pants", "blue"),
        Q.sleeve_length("long"),
        describe("night suit", "a blue and white striped button up shirt and blue pants"),
        gender="Men",
        title="Sweet Dreams Men Blue Striped Night suit",
        category="Night suits",
        color="Blue",
    ),
    # Truth: model in black thermal bottoms (leggings cut) under a grey tee.
    # Base zero-shot. "wool" is not shown and not in the title.
    case(
        "X1537-037",
        caption("a man in a grey t-shirt and black leggings"),
        wearing("leggings"),
        Q.garment_type("leggings"),
        Q.color("black"),
        Q.material("wool", "unsupported"),
        is_a("pair of pants", "yes"),
        gender="Men",
        title="Lux Inferno Men Black Solid Thermal Bottoms",
        category="Thermal Bottoms",
        color="Black",
    ),
    # Truth: model holding a dumbbell, black muscle vest with deep armholes and no pocket, grey track pants.
    # Base zero-shot. The chest pocket is invented; the grey pants get the vest's black.
    case(
        "X1537-038",
        caption("a man holding a dumbbell in a black tank top"),
        wearing("a black tank top and grey sweatpants"),
        Q.color("black"),
        details("vest", "the vest has a pocket on the chest", "unsupported"),
        color_of("pants", "black", "contradiction"),
        Q.garment_type("tank top"),
        Q.material("cotton"),
        gender="Men",
        title="Jockey Men Black Solid Muscle Vest",
        category="Innerwear Vests",
        color="Black",
    ),
    # Truth: model in a mustard short-sleeve tee with a cartoon sloth graphic and the text "NAP MODE", mustard printed
    # shorts. No gender in the feed.
    # Base zero-shot. The quoted text is invented.
    case(
        "X1537-039",
        caption("a man in a yellow t-shirt and yellow shorts"),
        wearing("a yellow t-shirt and shorts"),
        Q.color("yellow"),
        Q.pattern("graphic"),
        Q.sleeve_length("short"),
        describe("night suit", "a yellow shirt with a cartoon on it"),
        details("night suit", "the shirt says i love you", "unsupported"),
        title="Huetrap Men Mustard Yellow Printed Lounge T-shirt & Shorts Set",
        category="Night suits",
        color="Mustard",
    ),
    # Truth: model in olive joggers and a black zip-up bomber jacket, white tee underneath.
    # Base zero-shot. Color and type from the jacket; "joggers" gives the question's word back.
    case(
        "X1537-040",
        caption("a man in olive green pants and a black jacket"),
        wearing("a jacket"),
        Q.color("black", "other_garment_color"),
        Q.garment_type("jacket", "contradiction"),
        color_of("joggers", "green"),
        details("joggers", "joggers", "restated"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Olive Solid Joggers",
        category="Track Pants",
        color="Olive",
    ),
    # Truth: back view, red knit boxers with a small logo on the back of the leg, white tee.
    # Base zero-shot. "cotton" against a micro modal title.
    case(
        "X1537-041",
        caption("the back of a man in red shorts"),
        wearing("red shorts and a white shirt"),
        Q.color("red"),
        Q.garment_type("shorts"),
        details("boxers", "the boxers have a logo on the back"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="XYXX Men Red Solid Micro Modal Boxers",
        category="Boxers",
        color="Red",
    ),
    # Truth: model in a grey melange sleeveless vest and black jeans.
    # Base zero-shot. The jeans get the vest's grey, twice (the caption has them black).
    case(
        "X1537-042",
        caption("a man in a grey tank top and black jeans"),
        wearing("a grey tank top and grey jeans", "contradiction"),
        Q.color("grey"),
        color_of("jeans", "grey", "contradiction"),
        is_a("vest", "yes"),
        Q.sleeve_length("sleeveless"),
        describe("vest", "a grey tank top"),
        gender="Men",
        title="Rupa Frontline Men Grey Melange Solid Innerwear Vest",
        category="Innerwear Vests",
        color="Grey Melange",
    ),
    # Truth: model in a white terry shawl-collar bath robe with a tie belt and two patch pockets.
    # Base zero-shot. The material answer came back empty (it stopped on the newline at once); the rest are right.
    case(
        "X1537-043",
        caption("a man in a white bathrobe"),
        wearing("a bathrobe"),
        Q.color("white"),
        Q.material("", "non_answer"),
        Q.sleeve_length("long"),
        details("bath robe", "the robe has a belt and two pockets"),
        gender="Men",
        title="Sweet Dreams Men White Solid Cotton Terry Bath Robe",
        category="Bath Robe",
        color="White",
    ),
    # Truth: model in a navy night suit with a small white star print on both the full-sleeve tee and the pants.
    # Base zero-shot. The caption looped to the 50-token limit; "100% cotton" is in neither the photo nor the title.
    case(
        "X1537-044",
        caption(
            "a man in a blue pajama set with stars on it and a blue pajama set with stars on it and a blue pajama "
            "set with stars on it and a blue pajama set with stars on it and a blue",
            "loop",
            hit_limit=True,
        ),
        wearing("pajamas"),
        Q.color("blue"),
        Q.pattern("stars"),
        Q.sleeve_length("long"),
        details(
            "night suit", "the night suit is made of 100% cotton and has a round neck and long sleeves", "unsupported"
        ),
        gender="Men",
        title="Sweet Dreams Men Navy Blue Star Printed Night Suit",
        category="Night suits",
        color="Navy Blue",
    ),
    # Truth: model, bare torso, black matte cotton-jersey briefs with a grey waistband, white wall.
    # Base zero-shot. "nylon" for a matte jersey brief the photo and title give no reason to call nylon.
    case(
        "X1537-045",
        caption("a man in black underwear standing against a white wall"),
        Q.garment_type("underwear"),
        Q.color("black"),
        describe("briefs", "black briefs with a grey waistband"),
        wearing("underwear"),
        is_a("pair of shorts", "no"),
        Q.material("nylon", "unsupported"),
        gender="Men",
        title="Jockey Men Pack of 2 Black Solid Briefs",
        category="Briefs",
        color="Black",
    ),
]
