"""BLIND_1168 (45 products; Myntra men's bottoms worn with tops, base BLIP-2 zero-shot): written blind in the sixty-
first session. Measured blind at f95d293 (the session's first rules): 36/49 failures found (73.5%) and 10/182 correct
texts flagged (5.5%). The writer's notes, verbatim:

Scenario: a Myntra men's bottomwear feed (Jeans, Trousers, Track Pants, Shorts as the article type), each product
photographed on a model wearing it with a top (t-shirt, shirt, polo, hoodie, sweater, jacket) on a plain studio
backdrop; now and then a back view, a crop from the chest or waist down with no face, a flat lay, or a prop (stool,
skateboard, crate, water bottle, hat). Catalog columns as the feed has them: title, category (article type), color
(base colour), gender; a few rows miss one column.
Who wrote what: every text is the untuned base model Salesforce/blip2-opt-2.7b, zero-shot. The caption is generated
with no prompt (50 new tokens at most); the questions use the experiments' questionnaire in the
"Question: ... Answer:" format (30 new tokens at most), greedy, with the garment word chosen from the article type
(jeans for Jeans, pants for Trousers and Track Pants, shorts for Shorts) and "he" for the wearing question. The
base model's generation config stops on the newline, so most answers are short and complete; loops, cuts and prompt
leaks happen only where it starts a list or a second question before emitting the newline. Its weak points are the
colors (the top's color given to the bottom, or one color for both), pronouns in captions of headless crops, thin
"details" answers and details it invents.
Labeling conventions and judgement calls: judged against the photo I imagined (described above each case) and the
title. A color close enough to the base colour (maroon said "red", navy said "blue", beige said "khaki") is
correct; a color that belongs to the top or a print stripe is other_garment_color when it is another garment's
color, contradiction when it contradicts the seller's colour or another text without coming from another garment.
The shirt question about a shirt that is not in the photo (flat lays) answered with a color is unsupported. A
"details" answer that only repeats the garment word or its color ("they are shorts", "green") says nothing about
details: non_answer; one that restates garment and color in a sentence ("the pants are black pants") is restated.
"nothing" to "What is he wearing?" for a flat lay is a non_answer. A wearing answer that names only some of the
clothes is incomplete but correct. Invented details (rips on clean-look jeans, a button fly hidden under a t-shirt,
side stripes on solid track pants, pockets or logos not in view) are unsupported; a pattern or accessory answered
as the product's detail (stripes of the polo, the prop belt of a flat lay) is contradiction. Captions of crops with
no face that say "a woman" are pronoun. Texts that ran to the token limit are marked hit_limit (loops, cut lists,
one leak). About a quarter of the texts are wrong: the base model answers short questions well, so fewer failures
than a tuned adapter would give.
"""

from tests.audit_corpus import caption, case, color_of, describe, details, wearing

MEN = "Men"

BLIND_1168 = [
    # photo: front, full length, white crew-neck t-shirt untucked, mid-blue clean jeans, white sneakers, grey backdrop.
    # all texts: base BLIP-2 OPT-2.7b zero-shot (caption unprompted). All correct.
    case(
        "X1168-001",
        caption("a man in a white t - shirt and blue jeans"),
        wearing("a white t - shirt and blue jeans", who="he"),
        color_of("jeans", "blue", kind="open"),
        details("jeans", "they are slim fit"),
        color_of("shirt", "white", kind="open"),
        gender=MEN,
        title="Roadster Men Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # photo: front, black graphic-print t-shirt, very dark navy jeans with rips at both knees, black sneakers.
    # base zero-shot; the jeans' color answer takes the t-shirt's black.
    case(
        "X1168-002",
        caption("a man wearing a black t - shirt and ripped jeans"),
        wearing("black t - shirt and jeans", who="he"),
        color_of("jeans", "black", "other_garment_color", kind="open"),
        details("jeans", "ripped"),
        color_of("shirt", "black", kind="open"),
        gender=MEN,
        title="WROGN Men Navy Blue Skinny Fit Mid-Rise Highly Distressed Jeans",
        category="Jeans",
        color="Navy Blue",
    ),
    # photo: crop from the chest down (no face), grey melange t-shirt ending above the waistband, black solid track
    # pants with a white drawstring hanging, black slides. base zero-shot; caption calls him a woman, the
    # description invents side stripes.
    case(
        "X1168-003",
        caption("a woman in black pants and a grey shirt", "pronoun"),
        wearing("black sweatpants", who="he"),
        color_of("pants", "black", kind="open"),
        details("pants", "they have a drawstring"),
        describe("pants", "black track pants with white stripes on the side", "unsupported"),
        gender=MEN,
        title="HRX by Hrithik Roshan Men Black Solid Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # photo: front, white shirt with sleeves rolled, olive green chinos, brown loafers. base zero-shot; the details
    # answer is only the color again.
    case(
        "X1168-004",
        caption("a man in a white shirt and green pants"),
        wearing("white shirt and green pants", who="he"),
        color_of("pants", "green", kind="open"),
        details("pants", "green", "non_answer"),
        color_of("shirt", "white", kind="open"),
        gender=MEN,
        title="Highlander Men Olive Green Slim Fit Solid Chinos",
        category="Trousers",
        color="Olive",
    ),
    # photo: side view, black hoodie, black track pants with a small white Puma cat logo on the left thigh.
    # base zero-shot, all correct (black everywhere is the truth here).
    case(
        "X1168-005",
        caption("a man in a black hoodie and black pants"),
        wearing("a black hoodie and black pants", who="he"),
        color_of("pants", "black", kind="open"),
        details("pants", "the puma logo"),
        color_of("shirt", "black", kind="open"),
        gender=MEN,
        title="Puma Men Black ESS Logo Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # photo: front, navy polo t-shirt, light blue washed denim shorts with rolled hems, white sneakers.
    # base zero-shot; details says nothing.
    case(
        "X1168-006",
        caption("a man in a blue shirt and blue shorts"),
        wearing("a blue polo shirt and shorts", who="he"),
        color_of("shorts", "light blue", kind="open"),
        details("shorts", "they are shorts", "non_answer"),
        color_of("shirt", "blue", kind="open"),
        gender=MEN,
        title="Jack & Jones Men Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # photo: front, black t-shirt, grey light-fade jeans, black boots. base zero-shot; the shirt gets the jeans' grey.
    case(
        "X1168-007",
        caption("a man in a black t - shirt and grey jeans"),
        wearing("black t - shirt and jeans", who="he"),
        color_of("jeans", "grey", kind="open"),
        details("jeans", "faded"),
        color_of("shirt", "grey", "other_garment_color", kind="open"),
        gender=MEN,
        title="Mast & Harbour Men Grey Slim Fit Light Fade Stretchable Jeans",
        category="Jeans",
        color="Grey",
    ),
    # photo: back view, light blue shirt tucked in, blue jeans with the red tab on the back pocket and the leather
    # patch on the waistband. base zero-shot; the description runs to the limit and is cut.
    case(
        "X1168-008",
        caption("the back of a man's jeans"),
        wearing("jeans", who="he"),
        color_of("jeans", "blue", kind="open"),
        details("jeans", "the levi's logo on the back pocket"),
        describe(
            "jeans",
            "a pair of levi's 511 slim fit jeans with a red tag on the back pocket and a brown leather patch on the"
            " waistband and a",
            "cut",
            hit_limit=True,
        ),
        gender=MEN,
        title="Levis Men Blue 511 Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # photo: model seated on a wooden stool, white oxford shirt, black jeans, tan boots. base zero-shot; details
    # answers about the pose, not the jeans.
    case(
        "X1168-009",
        caption("a man sitting on a stool wearing a white shirt and black jeans"),
        wearing("a white shirt and black jeans", who="he"),
        color_of("jeans", "black", kind="open"),
        details("jeans", "he is sitting on a stool", "non_answer"),
        color_of("shirt", "white", kind="open"),
        gender=MEN,
        title="Flying Machine Men Black Michael Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Black",
    ),
    # photo: front, grey sweatshirt over dark blue clean jeans, white sneakers (feed row has no color column).
    # base zero-shot; the description runs on into a second question it makes up.
    case(
        "X1168-010",
        caption("a man in a grey sweatshirt and blue jeans"),
        wearing("a grey sweater and blue jeans", who="he"),
        color_of("jeans", "dark blue", kind="open"),
        details("jeans", "slim fit"),
        describe("jeans", "the jeans are dark blue. question: what is the color of the shirt? answer: grey", "leak"),
        gender=MEN,
        title="Pepe Jeans Men Blue Vapour Slim Fit Low-Rise Clean Look Jeans",
        category="Jeans",
    ),
    # photo: front, black leather jacket open over a white t-shirt, mid-blue super skinny jeans ripped at knees and
    # thighs. base zero-shot; details loops, the shirt gets the jacket's black.
    case(
        "X1168-011",
        caption("a man in a black leather jacket and ripped jeans"),
        wearing("a leather jacket", who="he"),
        color_of("jeans", "blue", kind="open"),
        details(
            "jeans",
            "ripped, ripped, ripped, ripped, ripped, ripped, ripped, ripped, ripped, ripped, ripped, ripped, ripped,"
            " ripped, ripped",
            "loop",
            hit_limit=True,
        ),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        gender=MEN,
        title="SPYKAR Men Blue Super Skinny Fit Mid-Rise Highly Distressed Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # photo: front, white t-shirt untucked over the fly, light grey jeans, white sneakers. base zero-shot; the caption
    # gives the jeans the t-shirt's white; details claims a button fly that the t-shirt hides (they zip).
    case(
        "X1168-012",
        caption("a man in a white shirt and white jeans", "other_garment_color"),
        wearing("a white t - shirt and grey jeans", who="he"),
        color_of("jeans", "grey", kind="open"),
        details("jeans", "the jeans are slim fit and have a button fly", "unsupported"),
        color_of("shirt", "white", kind="open"),
        gender=MEN,
        title="Urbano Fashion Men Grey Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Grey",
    ),
    # photo: model holding a skateboard, black t-shirt, olive cargo shorts with flap side pockets, sneakers.
    # base zero-shot; the shirt gets the shorts' green.
    case(
        "X1168-013",
        caption("a man holding a skateboard wearing a black shirt and green shorts"),
        wearing("shorts and a t - shirt", who="he"),
        color_of("shorts", "green", kind="open"),
        details("shorts", "cargo pockets"),
        color_of("shirt", "green", "other_garment_color", kind="open"),
        gender=MEN,
        title="Roadster Men Olive Green Cargo Shorts",
        category="Shorts",
        color="Olive",
    ),
    # photo: front, white hoodie, charcoal joggers with ribbed ankle cuffs and two side pockets; no back in view.
    # base zero-shot; the description adds a back pocket it cannot see.
    case(
        "X1168-014",
        caption("a man in a white hoodie and grey sweatpants"),
        wearing("a white hoodie and sweatpants", who="he"),
        color_of("pants", "grey", kind="open"),
        details("pants", "elastic cuffs at the ankles"),
        color_of("shirt", "white", kind="open"),
        describe(
            "pants", "grey sweatpants with a drawstring waist and two side pockets and a back pocket", "unsupported"
        ),
        gender=MEN,
        title="Sztori Men Charcoal Grey Solid Regular Fit Joggers",
        category="Track Pants",
        color="Charcoal",
    ),
    # photo: front, light blue formal shirt tucked in, brown belt, navy trousers with a faint grey windowpane check.
    # base zero-shot; details calls the checked trousers plain.
    case(
        "X1168-015",
        caption("a man in a blue shirt and blue pants"),
        wearing("a blue shirt and blue pants", who="he"),
        color_of("pants", "blue", kind="open"),
        details("pants", "the pants are plain", "contradiction"),
        color_of("shirt", "light blue", kind="open"),
        gender=MEN,
        title="Invictus Men Navy Blue Slim Fit Checked Formal Trousers",
        category="Trousers",
        color="Navy Blue",
    ),
    # photo: front, white formal shirt tucked in, black belt, grey trousers, black shoes (feed row has no gender).
    # base zero-shot; details is only the color.
    case(
        "X1168-016",
        caption("a man in a white shirt and grey pants"),
        wearing("white shirt and grey pants", who="he"),
        color_of("pants", "grey", kind="open"),
        details("pants", "grey", "non_answer"),
        color_of("shirt", "white", kind="open"),
        title="Park Avenue Men Grey Solid Slim Fit Formal Trousers",
        category="Trousers",
        color="Grey",
    ),
    # photo: front, pale pink shirt tucked in, mid charcoal self-design trousers, clearly grey under the studio light.
    # base zero-shot; caption and wearing say black against the color answer's grey; wool is invented.
    case(
        "X1168-017",
        caption("a man in a pink shirt and black pants", "contradiction"),
        wearing("a pink shirt and black pants", "contradiction", who="he"),
        color_of("pants", "grey", kind="open"),
        details("pants", "the pants are made of wool", "unsupported"),
        color_of("shirt", "pink", kind="open"),
        gender=MEN,
        title="Van Heusen Men Charcoal Slim Fit Self-Design Formal Trousers",
        category="Trousers",
        color="Charcoal",
    ),
    # photo: side view mid-stride, grey training t-shirt, black shorts with a white swoosh on the left leg.
    # base zero-shot, all correct.
    case(
        "X1168-018",
        caption("a man in a grey shirt and black shorts running"),
        wearing("shorts", who="he"),
        color_of("shorts", "black", kind="open"),
        details("shorts", "nike logo"),
        color_of("shirt", "grey", kind="open"),
        describe("shorts", "black nike shorts with a white logo on the left leg"),
        gender=MEN,
        title="Nike Men Black Dri-FIT Training Shorts",
        category="Shorts",
        color="Black",
    ),
    # photo: front, white adidas t-shirt, navy track pants with three white side stripes. base zero-shot; the pants'
    # color answer takes the white of the t-shirt and stripes.
    case(
        "X1168-019",
        caption("a man in a white shirt and blue pants with white stripes"),
        wearing("adidas pants and a white t - shirt", who="he"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        details("pants", "three stripes"),
        color_of("shirt", "white", kind="open"),
        gender=MEN,
        title="Adidas Men Navy Blue Essentials 3-Stripes Track Pants",
        category="Track Pants",
        color="Navy Blue",
    ),
    # photo: close crop waist to knee, hem of a maroon printed t-shirt at the top, mid-blue jeans with whiskering and
    # small abrasions on the thighs. base zero-shot, all correct (maroon said red).
    case(
        "X1168-020",
        caption("a close up of a person's jeans"),
        wearing("jeans", who="he"),
        color_of("jeans", "blue", kind="open"),
        details("jeans", "the jeans are distressed and faded on the thighs"),
        color_of("shirt", "red", kind="open"),
        gender=MEN,
        title="Mufti Men Blue Slim Fit Low-Rise Mildly Distressed Jeans",
        category="Jeans",
        color="Blue",
    ),
    # photo: front, red and black flannel check shirt open over a white t-shirt, light blue jeans ripped at the knees.
    # base zero-shot, all correct.
    case(
        "X1168-021",
        caption("a man in a red plaid shirt and ripped jeans"),
        wearing("plaid shirt and jeans", who="he"),
        color_of("jeans", "light blue", kind="open"),
        details("jeans", "ripped knees"),
        color_of("shirt", "red", kind="open"),
        describe("shirt", "red and black plaid"),
        gender=MEN,
        title="DOOR74 Men Blue Skinny Fit Mid-Rise Highly Distressed Jeans",
        category="Jeans",
        color="Blue",
    ),
    # photo: front, white t-shirt, black shorts with a small white palm-tree print all over, no side stripe.
    # base zero-shot; the caption loops to the limit, the description invents a side stripe.
    case(
        "X1168-022",
        caption(
            "a man in a white shirt and black shorts with white palm trees on them and white palm trees on them and"
            " white palm trees on them and white palm trees on them and white palm trees on them and white palm",
            "loop",
            hit_limit=True,
        ),
        wearing("a white t - shirt and shorts", who="he"),
        color_of("shorts", "black and white", kind="open"),
        details("shorts", "palm trees"),
        color_of("shirt", "white", kind="open"),
        describe("shorts", "black shorts with a white stripe on the side", "unsupported"),
        gender=MEN,
        title="Kook N Keech Men Black Printed Shorts",
        category="Shorts",
        color="Black",
    ),
    # photo: flat lay, grey melange knit lounge shorts with a white drawstring, alone on white; no person, no shirt.
    # base zero-shot; the shirt question invents a shirt in the shorts' grey.
    case(
        "X1168-023",
        caption("a pair of grey shorts on a white background"),
        wearing("shorts", who="he"),
        color_of("shorts", "grey", kind="open"),
        details("shorts", "drawstring"),
        color_of("shirt", "grey", "unsupported", kind="open"),
        gender=MEN,
        title="Max Men Grey Melange Solid Lounge Shorts",
        category="Shorts",
        color="Grey Melange",
    ),
    # photo: crop from mid-chest down, neon green t-shirt, black tapered track pants with zipped side pockets, black
    # running shoes. base zero-shot, all correct.
    case(
        "X1168-024",
        caption("a person wearing black pants and a green shirt"),
        wearing("black pants and a green shirt", who="he"),
        color_of("pants", "black", kind="open"),
        details("pants", "zip pockets"),
        color_of("shirt", "green", kind="open"),
        gender=MEN,
        title="Alcis Men Black Solid Slim Fit Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # photo: crop at the shoulders (no face), white polo t-shirt, navy track pants with two side pockets, gym ball
    # beside him. base zero-shot; caption says a woman, details loops over pockets.
    case(
        "X1168-025",
        caption("a woman in a white shirt and blue pants", "pronoun"),
        wearing("a white shirt and blue pants", who="he"),
        color_of("pants", "navy blue", kind="open"),
        details(
            "pants",
            "the pants have a pocket on the side and a pocket on the back and a pocket on the side and a pocket on"
            " the back and a",
            "loop",
            hit_limit=True,
        ),
        color_of("shirt", "white", kind="open"),
        gender=MEN,
        title="Proline Active Men Navy Blue Solid Track Pants",
        category="Track Pants",
        color="Navy Blue",
    ),
    # photo: front, black t-shirt, black track pants with a red side panel from hip to ankle. base zero-shot; the
    # color answer names only the panel's red.
    case(
        "X1168-026",
        caption("a man in a black shirt and black pants with red stripes"),
        wearing("a black t - shirt and black pants", who="he"),
        color_of("pants", "red", "contradiction", kind="open"),
        details("pants", "red stripes on the side"),
        color_of("shirt", "black", kind="open"),
        gender=MEN,
        title="Campus Sutra Men Black & Red Colourblocked Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # photo: front, navy and white striped polo, brown belt, beige chino shorts. base zero-shot; details gives the
    # shorts the polo's stripes.
    case(
        "X1168-027",
        caption("a man in a blue and white striped shirt and khaki shorts"),
        wearing("shorts and a striped polo shirt", who="he"),
        color_of("shorts", "khaki", kind="open"),
        details("shorts", "the shorts are striped", "contradiction"),
        color_of("shirt", "blue and white", kind="open"),
        gender=MEN,
        title="Nautica Men Beige Solid Regular Fit Chino Shorts",
        category="Shorts",
        color="Beige",
    ),
    # photo: front, white linen shirt untucked, blue shorts with a green tropical leaf print, sandals. base zero-shot;
    # the shirt gets the shorts' blue.
    case(
        "X1168-028",
        caption("a man in a white shirt and blue shorts with leaves on them"),
        wearing("a white shirt and shorts", who="he"),
        color_of("shorts", "blue", kind="open"),
        details("shorts", "tropical print"),
        color_of("shirt", "blue", "other_garment_color", kind="open"),
        describe("shorts", "blue shorts with a floral print"),
        gender=MEN,
        title="Bene Kleed Men Blue Regular Fit Tropical Printed Shorts",
        category="Shorts",
        color="Blue",
    ),
    # photo: front, black t-shirt, deep maroon joggers with an elastic waistband, white sneakers. base zero-shot;
    # the color answer says brown.
    case(
        "X1168-029",
        caption("a man in a black shirt and maroon pants"),
        wearing("a black shirt and red pants", who="he"),
        color_of("pants", "brown", "contradiction", kind="open"),
        details("pants", "elastic waistband"),
        color_of("shirt", "black", kind="open"),
        gender=MEN,
        title="Hubberholme Men Maroon Solid Joggers",
        category="Track Pants",
        color="Maroon",
    ),
    # photo: three-quarter view, mustard yellow crew-neck sweater, blue skinny jeans, brown boots. base zero-shot; the
    # jeans' color answer takes the sweater's yellow.
    case(
        "X1168-030",
        caption("a man in a yellow sweater and blue jeans"),
        wearing("yellow sweater", who="he"),
        color_of("jeans", "yellow", "other_garment_color", kind="open"),
        details("jeans", "the jeans are skinny"),
        color_of("shirt", "yellow", kind="open"),
        gender=MEN,
        title="ether Men Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # photo: front, white shirt with rolled sleeves tucked in, tan belt, navy chinos. base zero-shot; the color answer
    # goes on to ask and answer its own questions until the limit.
    case(
        "X1168-031",
        caption("a man in a white shirt and navy blue pants"),
        wearing("a white shirt and blue pants", who="he"),
        color_of(
            "pants",
            "navy blue question: what is the color of the shirt? answer: white question: what is the color of the"
            " belt? answer: brown question",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        details("pants", "slim fit"),
        color_of("shirt", "white", kind="open"),
        gender=MEN,
        title="Celio Men Navy Blue Slim Fit Solid Chinos",
        category="Trousers",
        color="Navy Blue",
    ),
    # photo: model leaning on a wooden crate, black t-shirt, olive cargo trousers with flap pockets on the thighs,
    # black boots. base zero-shot; the description loops.
    case(
        "X1168-032",
        caption("a man in a black shirt and green cargo pants"),
        wearing("a black t - shirt and cargo pants", who="he"),
        color_of("pants", "olive green", kind="open"),
        details("pants", "cargo pockets on the sides"),
        describe(
            "pants",
            "green cargo pants with pockets on the sides and on the back and on the front and on the sides and on the"
            " back and on the",
            "loop",
            hit_limit=True,
        ),
        gender=MEN,
        title="Dennis Lingo Men Olive Green Slim Fit Cargo Trousers",
        category="Trousers",
        color="Olive",
    ),
    # photo: crop from the neck down, navy t-shirt, grey melange track pants with a small Jockey logo on the left
    # thigh, holding a water bottle (feed row has no category). base zero-shot; caption says a woman.
    case(
        "X1168-033",
        caption("a woman holding a water bottle", "pronoun"),
        wearing("grey sweatpants and a blue shirt", who="he"),
        color_of("pants", "grey", kind="open"),
        details("pants", "jockey logo on the side"),
        color_of("shirt", "blue", kind="open"),
        gender=MEN,
        title="Jockey Men Grey Melange Track Pants 9500",
        color="Grey Melange",
    ),
    # photo: front, white shirt with black vertical stripes, black clean-look skinny jeans, no rips. base zero-shot;
    # details invents ripped knees.
    case(
        "X1168-034",
        caption("a man in a black and white striped shirt and black jeans"),
        wearing("a striped shirt and black jeans", who="he"),
        color_of("jeans", "black", kind="open"),
        details("jeans", "the jeans are ripped at the knees", "unsupported"),
        color_of("shirt", "white", kind="open"),
        gender=MEN,
        title="Lee Men Black Bruce Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Black",
    ),
    # photo: front, bearded model, rust orange sweatshirt, dark blue tapered jeans. base zero-shot, all correct.
    case(
        "X1168-035",
        caption("a man with a beard wearing an orange sweatshirt and jeans"),
        wearing("an orange sweater and blue jeans", who="he"),
        color_of("jeans", "blue", kind="open"),
        details("jeans", "the jeans are tapered at the bottom"),
        color_of("shirt", "orange", kind="open"),
        gender=MEN,
        title="HIGHLANDER Men Blue Tapered Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # photo: front, light blue denim shirt, white jeans, tan loafers, light grey backdrop. base zero-shot; the jeans'
    # color answer takes the denim shirt's blue.
    case(
        "X1168-036",
        caption("a man in a blue shirt and white pants"),
        wearing("a blue shirt and white pants", who="he"),
        color_of("jeans", "blue", "other_garment_color", kind="open"),
        details("jeans", "slim fit"),
        color_of("shirt", "blue", kind="open"),
        gender=MEN,
        title="Here&Now Men White Slim Fit Clean Look Stretchable Jeans",
        category="Jeans",
        color="White",
    ),
    # photo: model seated on a stool, white t-shirt, black washed denim shorts with frayed hems. base zero-shot; the
    # shirt gets the shorts' black.
    case(
        "X1168-037",
        caption("a man sitting on a stool wearing a white shirt and black shorts"),
        wearing("a white t - shirt and black shorts", who="he"),
        color_of("shorts", "black", kind="open"),
        details("shorts", "frayed"),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        gender=MEN,
        title="Roadster Men Black Denim Shorts",
        category="Shorts",
        color="Black",
    ),
    # photo: crop from the waist down plus the hem of a grey t-shirt (no face), mid-blue denim shorts, white slides.
    # base zero-shot; caption says a woman.
    case(
        "X1168-038",
        caption("a woman in a grey shirt and blue shorts", "pronoun"),
        wearing("a grey t - shirt and blue shorts", who="he"),
        color_of("shorts", "blue", kind="open"),
        details("shorts", "denim"),
        color_of("shirt", "grey", kind="open"),
        gender=MEN,
        title="The Indian Garage Co Men Blue Slim Fit Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # photo: front, navy polo t-shirt, khaki chinos, white sneakers. base zero-shot; details says nothing.
    case(
        "X1168-039",
        caption("a man in a blue polo shirt and khaki pants"),
        wearing("a blue polo shirt and khaki pants", who="he"),
        color_of("pants", "khaki", kind="open"),
        details("pants", "they are pants", "non_answer"),
        color_of("shirt", "navy", kind="open"),
        gender=MEN,
        title="Louis Philippe Sport Men Khaki Slim Fit Solid Chinos",
        category="Trousers",
        color="Khaki",
    ),
    # photo: front, hands in pockets, black blazer over a white shirt, black formal trousers, black shoes.
    # base zero-shot; details restates color and garment.
    case(
        "X1168-040",
        caption("a man in a black suit and white shirt"),
        wearing("a black suit", who="he"),
        color_of("pants", "black", kind="open"),
        details("pants", "the pants are black pants", "restated"),
        color_of("shirt", "white", kind="open"),
        gender=MEN,
        title="Arrow Men Black Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Black",
    ),
    # photo: back view, white sleeveless tank top, navy sweat shorts; the Puma logo is on the front left leg, out of
    # view. base zero-shot; the shorts get the tank's white, details puts a logo on the back.
    case(
        "X1168-041",
        caption("a man in a white tank top and blue shorts"),
        wearing("white tank top and blue shorts", who="he"),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        details("shorts", "puma logo on the back", "unsupported"),
        color_of("shirt", "white", kind="open"),
        gender=MEN,
        title="Puma Men Navy Blue ESS Sweat Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
    # photo: flat lay, folded blue relaxed-fit jeans on a wooden floor with a brown leather belt (prop) coiled beside
    # them; no person, no shirt. base zero-shot; wearing says nothing, details and the shirt answer use the belt.
    case(
        "X1168-042",
        caption("a pair of blue jeans and a brown belt on a wooden floor"),
        wearing("nothing", "non_answer", who="he"),
        color_of("jeans", "blue", kind="open"),
        details("jeans", "a brown belt", "contradiction"),
        color_of("shirt", "brown", "unsupported", kind="open"),
        gender=MEN,
        title="Killer Men Blue Relaxed Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
    ),
    # photo: model jumping, black t-shirt, grey melange joggers with elastic cuffs, sneakers (feed row has no gender).
    # base zero-shot; details loops.
    case(
        "X1168-043",
        caption("a man jumping in the air wearing grey sweatpants"),
        wearing("sweatpants", who="he"),
        color_of("pants", "grey", kind="open"),
        details(
            "pants",
            "elastic cuffs elastic cuffs elastic cuffs elastic cuffs elastic cuffs elastic cuffs elastic cuffs"
            " elastic cuffs elastic cuffs elastic cuffs",
            "loop",
            hit_limit=True,
        ),
        color_of("shirt", "black", kind="open"),
        title="HRX by Hrithik Roshan Men Grey Melange Solid Rapid-Dry Joggers",
        category="Track Pants",
        color="Grey Melange",
    ),
    # photo: front, white shirt half tucked, blue low-distress jeans with rolled hems, tan chelsea boots.
    # base zero-shot; details runs to the limit and is cut mid-phrase.
    case(
        "X1168-044",
        caption("a man in a white shirt and blue jeans with brown boots"),
        wearing("white shirt and jeans", who="he"),
        color_of("jeans", "blue", kind="open"),
        details(
            "jeans",
            "the jeans are rolled up at the bottom and have a slight distressing on the thighs and the shirt is half"
            " tucked in at the front so you can see the",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "white", kind="open"),
        gender=MEN,
        title="Jack & Jones Men Blue Slim Fit Mid-Rise Low Distress Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # photo: front, white linen shirt untucked, beige flat-front linen-blend trousers, holding a straw hat (prop).
    # base zero-shot; the caption gives the trousers the shirt's white, the description adds pleats.
    case(
        "X1168-045",
        caption("a man in a white shirt and white pants holding a hat", "other_garment_color"),
        wearing("a white shirt and beige pants", who="he"),
        color_of("pants", "beige", kind="open"),
        details("pants", "the pants are made of linen"),
        color_of("shirt", "white", kind="open"),
        describe("pants", "beige pants with pleats in the front", "unsupported"),
        gender=MEN,
        title="Marks & Spencer Men Beige Linen Blend Regular Fit Trousers",
        category="Trousers",
        color="Beige",
    ),
]
