"""BLIND_1177 (45 products; Myntra men's innerwear, nightwear and lounge, base BLIP-2 zero-shot): written blind in the
sixty-first session. Measured blind at dcde687 (the session's third rules): 45/57 failures found (78.9%) and 28/230
correct texts flagged (12.2%). The writer's notes, verbatim:

Scenario: a Myntra men's feed of innerwear vests, boxers, trunks and briefs, night suits, pyjamas, lounge pants,
lounge shorts, lounge t-shirts, track pants, one thermal top and one bath robe. The photos are the catalog's usual
shots: a male model on a plain light-grey backdrop wearing the product with other clothes (jeans, a white or grey tee
over boxers, a t-shirt over track pants), cropped torso or waist-down shots for underwear, a few back views, flat
lays for multipacks, and now and then a prop (a dumbbell, a coffee mug, a stool). Catalog columns as the feed has
them: title, category (Myntra article type), color (base colour), gender ("Men"); one row lacks gender, one category,
one color.
Who wrote what: every text comes from the untuned base model, Salesforce/blip2-opt-2.7b loaded 8-bit, no adapter.
Captions with an empty prompt (50 new tokens), answers with "Question: ... Answer:" (30 new tokens), greedy, one
generate per prompt. The closed questions (type, color, pattern, sleeve length, "Is this a ...?") are stored as the
raw generated text, as the reference engine keeps it when unmapped. The base model mostly answers in a few words and
stops; its failures here are mostly wrong colors (the other garment's color, navy read as black, one color for a
multipack), wrong garment kinds and yes to the wrong garment, invented details, a few restated or empty answers, two
loops, one cut, two prompt leaks. On these clean single-product shots most short answers are right: about a fifth of
the texts are wrong, fewer than the usual four in ten.
Labeling conventions and judgement calls: judged against the imagined photo and the title. Close hue names are
correct (maroon/burgundy as "red", olive and teal as "green", charcoal as "gray" but not as "black", navy as "blue"
but not as "black"). Boxers called "shorts", trunks called "underwear" or "boxer briefs", a vest called a "tank
top", track pants called "pants" or "sweatpants" are correct. A single color for a pack whose colors differ (seller
color Multi) is a contradiction when the photo shows the other colors too. A wrong pattern, neck or sleeve that the
title or another text gives right is a contradiction; a detail that is simply not in the photo (a logo, a pocket,
a print that is not there, a fabric the photo does not show) is unsupported. An answer that only names the garment
again ("they are trunks", "it is a tank top", "they are black shorts" for details) is restated; an empty answer or
one about the prop or only a feeling ("they are very comfortable") is a non-answer, while a thin but true details
answer ("black", "piping", "five pairs") is correct. "she" or "woman" for the male model is pronoun. A sleeved
undershirt that the seller files as an innerwear vest answered "t-shirt" and "no" to "Is this a vest?" is left
correct: it is what the photo shows. Material answers that match what the garment plainly is (cotton for a knit
vest, polyester for rapid-dry track pants, terry for a terry robe) are correct; material the title contradicts is a
contradiction.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, material, wearing

BLIND_1177 = [
    # photo: model front, white sleeveless round-neck vest, dark blue jeans, grey backdrop | all texts: base zero-shot
    case(
        "X1177-001",
        caption("a man wearing a white tank top and blue jeans"),
        wearing("a white tank top"),
        color_of("vest", "white", kind="open"),
        Q.garment_type("tank top"),
        Q.sleeve_length("sleeveless"),
        details("vest", "it has a round neck"),
        describe("vest", "a white vest"),
        material("cotton"),
        gender="Men",
        title="Jockey Men White Solid Round Neck Innerwear Vest 8820",
        category="Innerwear Vests",
        color="White",
    ),
    # photo: model wearing one plain white vest with grey track pants, an inset of the two folded vests; no pocket
    # | all texts: base zero-shot
    case(
        "X1177-002",
        caption("a man in a white tank top and grey pants"),
        is_a("vest", "yes"),
        Q.color("white"),
        describe("vest", "a white tank top with a scoop neck"),
        details("vest", "the vest has a pocket on the front", "unsupported"),
        Q.pattern("solid"),
        gender="Men",
        title="Dixcy Scott Men Pack of 2 White Solid Innerwear Vests",
        category="Innerwear Vests",
        color="White",
    ),
    # photo: flat lay, three folded sleeveless vests (navy, grey, black) on white | all texts: base zero-shot
    case(
        "X1177-003",
        caption("three tank tops folded on a white background"),
        Q.color("black", "contradiction"),
        Q.garment_type("tank top"),
        wearing("tank tops"),
        describe("vest", "three tank tops in different colors"),
        Q.sleeve_length("sleeveless"),
        gender="Men",
        title="Rupa Jon Men Pack of 3 Assorted Sleeveless Innerwear Vests",
        category="Innerwear Vests",
        color="Multi",
    ),
    # photo: model front, navy-and-white checked woven boxers with a button fly, plain white crew-neck tee
    # | all texts: base zero-shot
    case(
        "X1177-004",
        caption("a man in a white t-shirt and plaid shorts"),
        color_of("boxers", "white", "other_garment_color", kind="open"),
        Q.pattern("plaid"),
        is_a("pair of boxers", "yes"),
        details("boxers", "they have a button fly and an elastic waistband"),
        describe("boxers", "plaid boxers"),
        wearing("a white t-shirt and plaid shorts", who="the man"),
        gender="Men",
        title="U.S. Polo Assn. Men Navy Blue Checked Cotton Boxers",
        category="Boxers",
        color="Navy Blue",
    ),
    # photo: model front, grey melange lounge pants with drawstring and side pockets, black tee
    # | all texts: base zero-shot
    case(
        "X1177-005",
        caption("a man in a black t-shirt and grey sweatpants"),
        color_of("pants", "grey", kind="open"),
        details("pants", "the pants have a drawstring waist and two side pockets"),
        Q.garment_type("sweatpants"),
        Q.color("black", "other_garment_color"),
        material("cotton"),
        gender="Men",
        title="Jockey Men Grey Melange Solid Cotton Lounge Pants",
        category="Lounge Pants",
        color="Grey Melange",
    ),
    # photo: model front, blue-and-white striped full-sleeve night shirt with collar, buttons and a chest pocket,
    # matching striped pyjama | all texts: base zero-shot
    case(
        "X1177-006",
        caption("a man in blue and white striped pajamas"),
        wearing("pajamas", who="he"),
        color_of("shirt", "blue", kind="open"),
        Q.pattern("striped"),
        Q.garment_type("pajamas"),
        Q.sleeve_length("long"),
        details("shirt", "the shirt has a pocket on the chest and buttons down the front"),
        describe("pants", "blue and white striped pajama pants"),
        gender="Men",
        title="Sweet Dreams Men Blue & White Striped Night Suit",
        category="Night suits",
        color="Blue",
    ),
    # photo: model front, black track pants with two white side stripes, white tee, white sneakers
    # | all texts: base zero-shot
    case(
        "X1177-007",
        caption("a man in a white t-shirt and black track pants"),
        color_of("pants", "black", kind="open"),
        details("pants", "the pants have white stripes on the side"),
        Q.garment_type("track pants"),
        is_a("pair of jeans", "no"),
        material("polyester"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Solid Rapid-Dry Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # photo: cropped torso-to-thigh, navy trunks with a navy waistband lettered VAN HEUSEN in white, no other garment
    # | all texts: base zero-shot
    case(
        "X1177-008",
        caption("a man in blue boxer briefs"),
        Q.color("black", "contradiction"),
        Q.garment_type("underwear"),
        wearing("underwear"),
        details("trunks", "they have a waistband with the brand name on it"),
        describe("trunks", "they are trunks", "restated"),
        gender="Men",
        title="Van Heusen Men Navy Blue Solid Trunks",
        category="Trunk",
        color="Navy Blue",
    ),
    # photo: flat lay, a stack of five folded white sleeveless vests | all texts: base zero-shot
    case(
        "X1177-009",
        caption("a stack of white t-shirts on a white background", "contradiction"),
        Q.color("white"),
        Q.sleeve_length("short", "contradiction"),
        is_a("vest", "yes"),
        wearing("white t-shirts", "contradiction"),
        gender="Men",
        title="Lux Cozi Men Pack of 5 White Solid Innerwear Vests",
        category="Innerwear Vests",
        color="White",
    ),
    # photo: model front, maroon-and-navy checked full-sleeve collared night shirt with one chest pocket, solid navy
    # pyjama bottoms | all texts: base zero-shot
    case(
        "X1177-010",
        caption("a man in a red plaid shirt and blue pajama pants"),
        color_of("shirt", "red", kind="open"),
        color_of("pants", "red", "other_garment_color", kind="open"),
        Q.pattern("plaid"),
        wearing("he is wearing a red plaid shirt and blue pants", who="he"),
        details(
            "shirt",
            "the shirt has a collar and a pocket on the left side of the chest and a button on the left side of the"
            " chest and a button on the left side",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Marks & Spencer Men Maroon & Navy Blue Checked Night Suit",
        category="Night suits",
        color="Maroon",
    ),
    # photo: model front, black knit boxer shorts, plain grey tee | all texts: base zero-shot
    case(
        "X1177-011",
        caption("a man in a grey t-shirt and black shorts"),
        Q.garment_type("shorts"),
        color_of("shorts", "grey", "other_garment_color", kind="open"),
        details("shorts", "they are black shorts", "restated"),
        material("cotton"),
        is_a("pair of shorts", "yes"),
        gender="Men",
        title="Jockey Men Black Solid Cotton Boxer Shorts",
        category="Boxers",
        color="Black",
    ),
    # photo: back view, short-haired model, olive lounge shorts with one back patch pocket, black tee
    # | all texts: base zero-shot
    case(
        "X1177-012",
        caption("the back of a man in a black t-shirt and green shorts"),
        color_of("shorts", "black", "other_garment_color", kind="open"),
        details("shorts", "there is a pocket on the back"),
        describe("shorts", "green shorts with a pocket on the back"),
        material("cotton"),
        Q.pattern("solid"),
        wearing("she is wearing a black shirt and green shorts", "pronoun"),
        gender="Men",
        title="Roadster Men Olive Green Solid Lounge Shorts",
        category="Lounge Shorts",
        color="Olive",
    ),
    # photo: muscular model front, plain white vest with no print or logo, black track pants
    # | all texts: base zero-shot
    case(
        "X1177-013",
        caption("a man with a muscular body in a white tank top"),
        color_of("vest", "white", kind="open"),
        Q.garment_type("tank top"),
        describe("vest", "a white tank top with a logo on the chest", "unsupported"),
        Q.sleeve_length("sleeveless"),
        material("cotton"),
        gender="Men",
        title="Dollar Bigboss Men White Solid Cotton Innerwear Vest",
        category="Innerwear Vests",
        color="White",
    ),
    # photo: three briefs (black, grey, navy that reads almost black) laid in their open retail box, HANES on the
    # waistbands | all texts: base zero-shot
    case(
        "X1177-014",
        caption("three pairs of men's underwear in a box"),
        Q.color("black and grey"),
        Q.garment_type("underwear"),
        is_a("pair of briefs", "yes"),
        wearing("underwear"),
        details("briefs", "the waistband says hanes"),
        gender="Men",
        title="Hanes Men Pack of 3 Assorted Solid Briefs",
        category="Briefs",
        color="Multi",
    ),
    # photo: waist-down crop, navy pyjama bottoms printed with small white stars, drawstring, white tee hem visible
    # | all texts: base zero-shot
    case(
        "X1177-015",
        caption("a man wearing blue pajama pants with white stars"),
        color_of("pants", "blue", kind="open"),
        Q.pattern("floral", "contradiction"),
        Q.garment_type("pajamas"),
        details("pants", "they have a drawstring waist"),
        describe("pants", "blue pajama pants with white stars on them"),
        gender="Men",
        title="Sweet Dreams Men Navy Blue Printed Pyjamas",
        category="Pyjamas",
        color="Navy Blue",
    ),
    # photo: model front, black knit track pants with a small white Puma cat logo on the left thigh, white tee
    # | all texts: base zero-shot
    case(
        "X1177-016",
        caption("a man in a white shirt and black pants"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("pants"),
        details("pants", "they have a puma logo on the left leg"),
        is_a("pair of track pants", "yes"),
        describe("pants", "pants", "restated"),
        gender="Men",
        title="Puma Men Black Solid Regular Fit Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # photo: model front, charcoal round-neck short-sleeve lounge tee, black lounge pants | all texts: base zero-shot
    case(
        "X1177-017",
        caption("a man in a gray t-shirt and black pants"),
        color_of("t-shirt", "black", "contradiction", kind="open"),
        Q.sleeve_length("short"),
        Q.garment_type("t-shirt"),
        details("t-shirt", "it has a round neck and short sleeves"),
        wearing("a grey t-shirt and black pants", who="the man"),
        gender="Men",
        title="Jockey Men Charcoal Grey Solid Round Neck Lounge T-shirt",
        category="Lounge Tshirts",
        color="Charcoal",
    ),
    # photo: model front, navy terry bath robe, belt tied, two patch pockets, long sleeves | all texts: base zero-shot
    case(
        "X1177-018",
        caption("a man in a blue bathrobe standing in front of a white wall"),
        wearing("a bathrobe"),
        color_of("robe", "blue", kind="open"),
        details("robe", "it has a belt and two pockets"),
        describe("robe", "a blue bathrobe with a hood", "unsupported"),
        Q.pattern("solid"),
        material("terry cloth"),
        Q.sleeve_length("long"),
        gender="Men",
        title="Spaces Men Navy Blue Solid Cotton Terry Bath Robe",
        category="Bath Robe",
        color="Navy Blue",
    ),
    # photo: model front, blue boxers printed with green and white tropical leaves, plain elastic waistband without a
    # drawstring, white tee | all texts: base zero-shot
    case(
        "X1177-019",
        caption("a man in a white t-shirt and blue floral shorts"),
        Q.pattern("floral"),
        color_of("boxers", "blue", kind="open"),
        is_a("pair of boxers", "no", "contradiction"),
        details("boxers", "they have a drawstring", "unsupported"),
        wearing("a white t-shirt and blue shorts"),
        gender="Men",
        title="XYXX Men Pack of 2 Printed Pure Cotton Boxers",
        category="Boxers",
        color="Blue",
    ),
    # photo: model front holding a dumbbell, plain white gym vest with deep armholes, black shorts
    # | all texts: base zero-shot
    case(
        "X1177-020",
        caption("a man in a white tank top holding a dumbbell"),
        wearing("a tank top"),
        Q.color("white"),
        describe("vest", "a white tank top"),
        details("vest", "dumbbell", "non_answer"),
        is_a("t-shirt", "yes", "contradiction"),
        gender="Men",
        title="Rupa Frontline Men White Solid Gym Vest",
        category="Innerwear Vests",
        color="White",
    ),
    # photo: model front, grey melange short-sleeve tee with a black text print, black pyjama bottoms
    # | all texts: base zero-shot
    case(
        "X1177-021",
        caption("a man in a grey t-shirt and black pajama pants"),
        color_of("t-shirt", "grey", kind="open"),
        color_of("pants", "grey", "other_garment_color", kind="open"),
        details("t-shirt", "it has a graphic print on the front"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("short"),
        wearing("a grey t-shirt and black pants", who="he"),
        gender="Men",
        title="Hypernation Men Grey Melange & Black Printed Night Suit",
        category="Night suits",
        color="Grey Melange",
    ),
    # photo: model front, navy fleece joggers with drawstring, ribbed ankle cuffs, small Nike swoosh on the left
    # thigh, side pockets; grey tee, white sneakers | all texts: base zero-shot
    case(
        "X1177-022",
        caption("a man wearing a grey t-shirt and blue sweatpants"),
        color_of("joggers", "grey", "other_garment_color", kind="open"),
        Q.garment_type("sweatpants"),
        details(
            "joggers",
            "the joggers have an elastic waistband with a drawstring, ribbed cuffs at the ankles, a small nike logo"
            " on the left thigh and two side pockets with",
            "cut",
            hit_limit=True,
        ),
        material("fleece"),
        Q.pattern("solid"),
        gender="Men",
        title="Nike Men Navy Blue Solid Club Fleece Joggers",
        category="Track Pants",
        color="Navy Blue",
    ),
    # photo: model front, black sleeveless muscle vest, grey shorts | all texts: base zero-shot
    case(
        "X1177-023",
        caption("a man in a black tank top and grey shorts"),
        Q.color("black"),
        Q.garment_type("tank top"),
        details("vest", "black"),
        Q.sleeve_length("short", "contradiction"),
        gender="Men",
        title="Jockey Men Black Solid Muscle Vest",
        category="Innerwear Vests",
        color="Black",
    ),
    # photo: flat lay, grey melange lounge shorts with a drawstring and a small flag logo on the left leg
    # | all texts: base zero-shot
    case(
        "X1177-024",
        caption("a pair of gray shorts on a white background"),
        wearing("shorts"),
        color_of("shorts", "gray", kind="open"),
        details("shorts", "the shorts have a drawstring waist and a logo on the left leg"),
        describe("shorts", "a pair of grey shorts with a white drawstring"),
        material("cotton"),
        is_a("pair of shorts", "yes"),
        gender="Men",
        title="Tommy Hilfiger Men Grey Melange Solid Cotton Lounge Shorts",
        category="Lounge Shorts",
        color="Grey Melange",
    ),
    # photo: long-haired male model (hair tied back), maroon waffle-knit long-sleeve thermal top, blue jeans
    # | all texts: base zero-shot
    case(
        "X1177-025",
        caption("a woman wearing a red long sleeve shirt and jeans", "pronoun"),
        Q.garment_type("long sleeve shirt"),
        color_of("shirt", "red", kind="open"),
        Q.sleeve_length("long"),
        material("wool", "unsupported"),
        is_a("sweater", "yes", "contradiction"),
        gender="Men",
        title="Dixcy Scott Men Maroon Solid Thermal Top",
        category="Thermal Tops",
        color="Maroon",
    ),
    # photo: cropped torso-to-thigh, black trunks, white CALVIN KLEIN lettering on the waistband
    # | all texts: base zero-shot
    case(
        "X1177-026",
        caption("a man in black underwear with calvin klein written on the waistband"),
        Q.color("black"),
        details("trunks", "the waistband says calvin klein"),
        Q.garment_type("boxer briefs"),
        wearing("calvin klein underwear", who="the man"),
        describe("trunks", "black underwear Question: What brand is the underwear? Answer: calvin klein", "leak"),
        gender="Men",
        title="Calvin Klein Underwear Men Black Solid Trunks",
        category="Trunk",
        color="Black",
    ),
    # photo: model front, blue-and-white checked pyjama bottoms with drawstring and two side pockets, white tee
    # | all texts: base zero-shot
    case(
        "X1177-027",
        caption("a man in a white t-shirt and blue plaid pants"),
        color_of("pyjamas", "blue", kind="open"),
        Q.pattern("plaid"),
        describe("pyjamas", "blue and white plaid pajama pants"),
        details("pyjamas", "they have a drawstring waist and two pockets"),
        is_a("pair of jeans", "yes", "contradiction"),
        gender="Men",
        title="Van Heusen Men Blue Checked Cotton Pyjamas",
        category="Pyjamas",
        color="Blue",
    ),
    # photo: back view, navy track pants with a zip pocket on the back right, white tee | all texts: base zero-shot
    case(
        "X1177-028",
        caption("a man in a white shirt and blue pants from behind"),
        color_of("pants", "blue", kind="open"),
        details("pants", "the pants have a zipper pocket on the back"),
        wearing("a white shirt and blue pants", who="he"),
        Q.garment_type("pants"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        describe("pants", "they are very comfortable", "non_answer"),
        gender="Men",
        title="Jockey Men Navy Blue Solid Track Pants 9500",
        category="Track Pants",
        color="Navy Blue",
    ),
    # photo: flat lay, two trunks: yellow with a pineapple print, blue camouflage print | all texts: base zero-shot
    case(
        "X1177-029",
        caption("two pairs of underwear with pineapples on them"),
        Q.pattern("pineapple"),
        Q.color("yellow", "contradiction"),
        material("cotton", "contradiction"),
        is_a("pair of briefs", "yes"),
        wearing("underwear"),
        gender="Men",
        title="Bummer Men Pack of 2 Printed Micro Modal Trunks",
        category="Trunk",
        color="Multi",
    ),
    # photo: model front, white vest under an open light-blue shirt, jeans | all texts: base zero-shot
    case(
        "X1177-030",
        caption("a man in a blue shirt and a white tank top"),
        color_of("vest", "blue", "other_garment_color", kind="open"),
        wearing("a blue shirt and white tank top", who="the man"),
        Q.garment_type("shirt", "contradiction"),
        material("cotton"),
        describe("vest", "a white tank top under a blue shirt"),
        gender="Men",
        title="Marks & Spencer Men White Solid Pure Cotton Innerwear Vest",
        category="Innerwear Vests",
        color="White",
    ),
    # photo: model front, black short-sleeve tee printed "SLEEP MODE ON" in grey, grey pyjama shorts
    # | all texts: base zero-shot
    case(
        "X1177-031",
        caption("a man in a black shirt and gray shorts"),
        color_of("shorts", "black", "other_garment_color", kind="open"),
        color_of("shirt", "black", kind="open"),
        Q.garment_type("t-shirt"),
        details("shirt", "it says sweet dreams on the front", "unsupported"),
        Q.sleeve_length("short"),
        wearing("he is wearing a black shirt and gray shorts"),
        gender="Men",
        title="Sweet Dreams Men Black & Grey Printed Night Suit with Shorts",
        category="Night suits",
        color="Black",
    ),
    # photo: model front wearing the grey vest of the pack; the navy one is not shown; jeans | all texts: base
    # zero-shot (feed row without a color)
    case(
        "X1177-032",
        caption("a man in a gray tank top"),
        Q.color("gray"),
        Q.garment_type("tank top"),
        Q.sleeve_length("sleeveless"),
        details("vest", "it is a tank top", "restated"),
        is_a("vest", "yes"),
        gender="Men",
        title="Chromozome Men Pack of 2 Solid Innerwear Vests",
        category="Innerwear Vests",
    ),
    # photo: model front, red-and-white checked woven boxers with a button fly, white tee | all texts: base zero-shot
    case(
        "X1177-033",
        caption("a man in a white t-shirt and red plaid shorts"),
        color_of("boxers", "red", kind="open"),
        Q.pattern("plaid"),
        details("boxers", "the boxers have a button on the front"),
        Q.garment_type("shorts"),
        wearing("red plaid shorts and a white t-shirt", who="he"),
        gender="Men",
        title="U.S. Polo Assn. Men Red Checked Woven Boxers",
        category="Boxers",
        color="Red",
    ),
    # photo: model sitting on a wooden stool, black track pants, grey sweatshirt | all texts: base zero-shot
    case(
        "X1177-034",
        caption("a man sitting on a stool in a grey sweatshirt and black pants"),
        color_of("track pants", "black", kind="open"),
        wearing("a grey sweatshirt and black pants"),
        details("track pants", "", "non_answer"),
        Q.garment_type("sweatshirt", "contradiction"),
        is_a("pair of track pants", "yes"),
        gender="Men",
        title="Ajile by Pantaloons Men Black Solid Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # photo: model front, white round-neck half-sleeve undershirt (filed as a vest), jeans | all texts: base zero-shot
    case(
        "X1177-035",
        caption("a man in a white t-shirt and jeans"),
        Q.garment_type("t-shirt"),
        Q.sleeve_length("short"),
        color_of("t-shirt", "white", kind="open"),
        is_a("vest", "no"),
        details("t-shirt", "it has a v neck", "contradiction"),
        describe("t-shirt", "it's a t-shirt", "restated"),
        gender="Men",
        title="Hanes Men White Solid Round Neck Half Sleeve Innerwear Vest",
        category="Innerwear Vests",
        color="White",
    ),
    # photo: model front, blue lounge shorts with small white polka dots, white vest | all texts: base zero-shot
    case(
        "X1177-036",
        caption("a man in a white tank top and blue shorts"),
        color_of("shorts", "blue", kind="open"),
        Q.pattern("solid", "contradiction"),
        details("shorts", "they have white polka dots"),
        describe("shorts", "blue shorts with white dots"),
        wearing("a white tank top and blue shorts"),
        is_a("pair of shorts", "yes"),
        gender="Men",
        title="Jockey Men Blue Printed Cotton Lounge Shorts",
        category="Lounge Shorts",
        color="Blue",
    ),
    # photo: model front, olive matte-cotton night suit, long-sleeve collared shirt with white piping on collar,
    # cuffs and pocket, matching olive pyjama | all texts: base zero-shot
    case(
        "X1177-037",
        caption("a man in green pajamas with white piping"),
        wearing("pajamas"),
        color_of("shirt", "green", kind="open"),
        color_of("pants", "green", kind="open"),
        details("shirt", "piping"),
        Q.sleeve_length("long"),
        material("silk", "unsupported"),
        gender="Men",
        title="Sweet Dreams Men Olive Green Solid Night Suit",
        category="Night suits",
        color="Olive",
    ),
    # photo: model front holding a coffee mug, plain white round-neck vest, blue jeans | all texts: base zero-shot
    case(
        "X1177-038",
        caption("a man in a white tank top holding a cup of coffee"),
        Q.color("white"),
        wearing("a white tank top and blue jeans"),
        details(
            "vest",
            "it is a white vest with a round neck and it is very comfortable and it is very comfortable and it is"
            " very comfortable and it is very",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("tank top"),
        gender="Men",
        title="Lux Venus Men White Solid Round Neck Innerwear Vest",
        category="Innerwear Vests",
        color="White",
    ),
    # photo: cropped, model in grey trunks with a JOCKEY waistband; an inset shows the navy pair of the pack
    # | all texts: base zero-shot
    case(
        "X1177-039",
        caption("a man in gray boxer briefs"),
        Q.color("gray", "contradiction"),
        Q.garment_type("underwear"),
        is_a("pair of trunks", "yes"),
        details("trunks", "the trunks have a jockey logo on the waistband"),
        wearing("gray underwear"),
        gender="Men",
        title="Jockey Men Pack of 2 Assorted Solid Trunks",
        category="Trunk",
        color="Multi",
    ),
    # photo: model side pose, teal rapid-dry joggers with a zip pocket on the side, black tee
    # | all texts: base zero-shot
    case(
        "X1177-040",
        caption("a man in a black t-shirt and green pants"),
        color_of("pants", "green", kind="open"),
        Q.color("blue"),
        details("pants", "the pants have a zipper pocket on the side"),
        material("polyester"),
        Q.garment_type("joggers"),
        is_a("pair of jeans", "no"),
        describe("pants", "green pants"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Teal Blue Solid Rapid-Dry Joggers",
        category="Track Pants",
        color="Teal",
    ),
    # photo: flat lay, five briefs in five colors fanned out | all texts: base zero-shot (feed row without gender)
    case(
        "X1177-041",
        caption("five pairs of underwear in different colors"),
        Q.color("multicolored"),
        Q.garment_type("underwear"),
        wearing("underwear"),
        is_a("pair of briefs", "yes"),
        details("briefs", "five pairs"),
        title="Dixcy Scott Men Pack of 5 Assorted Briefs",
        category="Briefs",
        color="Multi",
    ),
    # photo: model front, black short-sleeve lounge tee with a large white tiger-face print, jeans
    # | all texts: base zero-shot
    case(
        "X1177-042",
        caption("a man wearing a black t-shirt with a skull on it", "unsupported"),
        Q.pattern("graphic"),
        color_of("t-shirt", "black", kind="open"),
        Q.sleeve_length("short"),
        details("t-shirt", "it has a tiger on the front"),
        wearing("a black t-shirt and jeans"),
        material("cotton"),
        gender="Men",
        title="Roadster Men Black Printed Lounge T-shirt",
        category="Lounge Tshirts",
        color="Black",
    ),
    # photo: waist-down crop, no face, burgundy lounge pants, plain elastic waist, white tee hem, white slippers
    # | all texts: base zero-shot
    case(
        "X1177-043",
        caption("a person wearing red pants and white shoes"),
        Q.color("purple", "contradiction"),
        material("cotton"),
        details("pants", "they have a drawstring waist", "unsupported"),
        Q.garment_type("pants"),
        wearing("she is wearing red pants", "pronoun"),
        gender="Men",
        title="Marks & Spencer Men Burgundy Solid Pure Cotton Lounge Pants",
        category="Lounge Pants",
        color="Maroon",
    ),
    # photo: model front, navy knit boxer shorts with a JOCKEY waistband, grey tee | all texts: base zero-shot
    case(
        "X1177-044",
        caption("a man in a gray t-shirt and blue shorts"),
        color_of(
            "shorts",
            "blue Question: What is the color of the shirt? Answer: gray Question: What is the color of the shorts?"
            " Answer: blue Question:",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        Q.garment_type("shorts"),
        details("shorts", "they have a jockey logo on the waistband"),
        is_a("pair of boxers", "yes"),
        wearing("a gray t-shirt and blue shorts"),
        gender="Men",
        title="Jockey Men Navy Blue Solid Boxer Shorts",
        category="Boxers",
        color="Navy Blue",
    ),
    # photo: model front, blue-and-white striped lounge pants with drawstring, navy tee | all texts: base zero-shot
    # (feed row without a category)
    case(
        "X1177-045",
        caption("a man in a blue shirt and blue and white striped pants"),
        color_of("pants", "blue and white", kind="open"),
        Q.pattern("striped"),
        describe("pants", "blue and white striped pants with a drawstring waist"),
        Q.garment_type("pajamas"),
        details("pants", "the pants have stripes"),
        wearing("he is wearing a blue shirt and striped pants"),
        gender="Men",
        title="Tommy Hilfiger Men Blue & White Striped Lounge Pants",
        color="Blue",
    ),
]
