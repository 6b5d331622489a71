"""BLIND_1450 (45 products; Myntra kids' wear, VQA adapter, yes/no garment questions): written blind in the sixty-fifth
session. Measured blind at 0c250e6 (the session's first rules): 106/112 failures found (94.6%) and 29/218 correct
texts flagged (13.3%). The writer's notes, verbatim:

Scenario: a Myntra kids' wear feed (boys' and girls' t-shirts, shorts, frocks, kurta / lehenga / sherwani sets, a
few tops, a jumpsuit, two multi-packs). Catalog columns as the feed has them: title, category (Myntra articleType:
Tshirts, Shorts, Dresses, Kurta Sets, Lehenga Choli, Sherwani, Clothing Set, Tops, Jumpsuit), color (baseColour) and
gender (Boys / Girls); a few rows lack the color or the gender, as the feed does. Photos are the usual catalog shots:
a child model on a white or light grey backdrop wearing the product with other clothes (a tee over the shorts,
tights under the dress, a jacket over the dress), some flat lays, one back view, a few props (football, toy truck,
toy flute).
Who wrote what: every text comes from Salesforce/blip2-opt-2.7b with the VQA adapter
leoreigoto/Data3_V3_BLIP2_VQA, greedy, batch size 1, the caption from an empty prompt (50 new tokens), each
question as "Question: <q> Answer:" (30 new tokens). The questionnaire: caption, "What is the person wearing?",
garment type, color, and two or three of "Is this a dress?", "Is this a tee?", "Is this a pair of shorts?", with the
pattern, sleeve, material, details or a garment's color question on some products. Closed answers are the raw
generated text (nothing ranked), so loops and leaks show up there too. Since the adapter was trained with
unmasked labels and no end-of-answer token, many texts run on: "yes yes yes ...", a phrase repeated, or a new
"Question: ... Answer:" block; with an empty prompt the adapter often writes a question block instead of a caption.
Labeling conventions and judgement calls: a text is judged by the imagined photo and the title. The yes/no and
garment-type questions ask about the listed product, so "yes" to "Is this a tee?" on a shorts product where the child
also wears a tee is marked contradiction, and so is a garment type that names the worn-with garment. A color answer that
gives the product the color of another garment in the photo is other_garment_color; any other wrong color, type, count,
sleeve or pattern is contradiction. The nearest In-shop class is accepted for garments the VQA data never had: shirt or
blouse for a kurta, jacket for a sherwani, vest for a Nehru jacket, skirt for a lehenga, leggings for cycling shorts,
denim for denim shorts, hoodie for a hooded tee; "dress" is accepted for a flared anarkali kurta (it reads as a dress in
the photo) but not for a straight kurta (boy's or girl's), a sherwani, a lehenga or a jumpsuit. A polo answered "no" to
"Is this a tee?" is left correct (the VQA classes keep polo shirt apart). Vendor-style colors (navy-white, magenta-gold)
and close hues (red for maroon, pink for coral, white for cream, blue for teal) are accepted; orange for mustard and
blue for sea green are not (contradiction). A prop named as what the child wears ("a soccer ball") is contradiction. For
a set, the color of either piece is accepted for "the garment" but not for the named piece. A loop or a leak that also
carries a wrong answer is labeled loop or leak (what it looks like first); hit_limit is set on every text I imagine
reached the 30 / 50 token limit. A material named by the title is judged against it (contradiction when it differs); a
material the title is silent on is left alone when plausible for a kids' cotton garment and marked unsupported when it
is a fancy guess (silk). Details the photo cannot show (a back zip on a front shot, a front print on a back view) are
unsupported. An answer about the person or the garment that is true but incomplete ("tee" for a child in tee and shorts)
is left correct. A one-word "yes" for a caption or an open question is non_answer, and so is "they are shorts" for the
shorts' details; an answer that only turns the question back on itself ("the details of the shorts are the shorts
details") is restated.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

_YES30 = " ".join(["yes"] * 30)
_NO30 = " ".join(["no"] * 30)

BLIND_1450 = [
    # Photo: boy, front view, white backdrop, navy round-neck tee with a white "USPA" chest print, beige chino
    # shorts, white sneakers. All texts: VQA adapter (caption from empty prompt).
    case(
        "X1450-001",
        caption("a young boy wearing a navy blue t - shirt and khaki shorts"),
        wearing(
            "tee and shorts Question: What is the color of the tee? Answer: navy Question: What is the color of the "
            "shorts? Answer: navy",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("tee"),
        Q.color("navy"),
        is_a("dress", "no"),
        is_a("tee", "yes"),
        is_a(
            "pair of shorts",
            "yes Question: Is this a pair of shorts? Answer: yes Question: Is this a pair of shorts? Answer: yes",
            "leak",
            hit_limit=True,
        ),
        gender="Boys",
        title="U.S. Polo Assn. Kids Boys Navy Blue Brand Logo Printed Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: girl, front, sleeveless pink A-line dress with small white and yellow flowers, white sandals, pink hair
    # band. All texts: VQA adapter.
    case(
        "X1450-002",
        caption("a little girl in a pink floral dress standing on a white background"),
        wearing(
            "she is wearing a pink floral dress with white and yellow flowers on it and white sandals and a pink "
            "headband and she is",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        Q.color("pink-white"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        is_a("dress", "yes"),
        is_a("tee", "yes", "contradiction"),
        gender="Girls",
        title="Gini and Jony Girls Pink Floral Print A-Line Dress",
        category="Dresses",
        color="Pink",
    ),
    # Photo: boy, front, plain white tee worn out over olive green cargo shorts with flap side pockets and an
    # elastic waist with a drawstring. Product: the shorts. All texts: VQA adapter.
    case(
        "X1450-003",
        caption(
            "a young boy wearing a white t - shirt and green shorts and a white t - shirt and green shorts and a "
            "white t - shirt and green shorts and a white t - shirt and green shorts and a white t",
            "loop",
            hit_limit=True,
        ),
        wearing("a white tee and olive shorts"),
        Q.garment_type("tee", "contradiction"),
        Q.color("white", "other_garment_color"),
        is_a("pair of shorts", "yes"),
        is_a("tee", "yes", "contradiction"),
        details(
            "shorts",
            "pockets on the sides and a drawstring at the waist and pockets on the sides and a drawstring at the "
            "waist and pockets on the",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="Pantaloons Junior Boys Olive Green Solid Cargo Shorts",
        category="Shorts",
        color="Olive",
    ),
    # Photo: girl, front, yellow cotton frock with a smocked bodice and puff sleeves, white shoes. All texts: VQA
    # adapter.
    case(
        "X1450-004",
        caption("a little girl in a yellow dress with puffy sleeves"),
        wearing(
            "dress Question: What is the color of the dress? Answer: yellow Question: Is this a dress? Answer: yes "
            "Question:",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        Q.color("yellow"),
        is_a("dress", _YES30, "loop", hit_limit=True),
        is_a("tee", "no"),
        Q.material("cotton"),
        gender="Girls",
        title="Cherry Crumble Girls Yellow Smocked Pure Cotton A-Line Dress",
        category="Dresses",
        color="Yellow",
    ),
    # Photo: boy, front, knee-length white chikankari kurta, white pyjama, tan mojaris, arms at his sides. All
    # texts: VQA adapter; the caption calls him a girl.
    case(
        "X1450-005",
        caption("a little girl wearing a white dress and white pants", "pronoun"),
        wearing("dress", "contradiction"),
        Q.garment_type("shirt"),
        Q.color("white"),
        is_a("dress", "yes", "contradiction"),
        is_a("tee", "no"),
        is_a("pair of shorts", "no"),
        gender="Boys",
        title="YK Boys White Chikankari Embroidered Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
    ),
    # Photo: girl, front, magenta flared lehenga with a gold gota border, matching short-sleeve choli, sheer magenta
    # dupatta over one shoulder. All texts: VQA adapter.
    case(
        "X1450-006",
        caption("a little girl in a pink and gold indian outfit"),
        wearing(
            "a pink dress with a gold border and a pink scarf and a pink dress with a gold border and a pink scarf "
            "and a pink dress",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("skirt"),
        Q.color("magenta-gold"),
        is_a("dress", "yes", "contradiction"),
        is_a(
            "tee",
            "no Question: Is this a tee? Answer: no Question: Is this a tee? Answer: no Question: Is this a tee? "
            "Answer: no",
            "leak",
            hit_limit=True,
        ),
        gender="Girls",
        title="Bitiya by Bhama Girls Magenta & Gold-Toned Gotta Patti Ready to Wear Lehenga & Choli with Dupatta",
        category="Lehenga Choli",
        color="Magenta",
    ),
    # Photo: boy, front, red pique polo with a white tipped collar, dark blue jeans. All texts: VQA adapter.
    case(
        "X1450-007",
        caption("a young boy in a red polo shirt and jeans"),
        wearing("polo shirt and denim"),
        Q.garment_type("polo shirt"),
        Q.color("red"),
        Q.sleeve_length("short-sleeve"),
        is_a("tee", "no"),
        is_a("dress", "yes", "contradiction"),
        details("shirt", "it has a collar and buttons on the front and a logo on the chest", "unsupported"),
        gender="Boys",
        title="Allen Solly Junior Boys Red Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # Photo: flat lay on white, white round-neck short-sleeve tee with navy horizontal stripes and a small navy bow
    # at the neck. No person. All texts: VQA adapter.
    case(
        "X1450-008",
        caption("a white and blue striped t - shirt on a white background"),
        wearing("a white and blue striped tee"),
        Q.garment_type("tee"),
        Q.color("white-navy"),
        Q.pattern("striped"),
        is_a("dress", "no"),
        is_a("tee", "yes"),
        is_a("pair of shorts", _NO30, "loop", hit_limit=True),
        gender="Girls",
        title="H&M Girls White & Navy Blue Striped Cotton T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: boy, front, black tee with a small skateboard graphic, grey melange knit shorts with a white
    # drawstring. Product: the shorts. All texts: VQA adapter.
    case(
        "X1450-009",
        caption("yes", "non_answer"),
        wearing("tee and shorts"),
        Q.garment_type("shorts"),
        Q.color("black", "other_garment_color"),
        is_a("pair of shorts", "yes"),
        is_a("tee", "yes", "contradiction"),
        is_a("dress", "no"),
        Q.material("cotton"),
        gender="Boys",
        title="Jockey Boys Grey Melange Solid Cotton Shorts",
        category="Shorts",
        color="Grey Melange",
    ),
    # Photo: girl, front, pink ruffled sleeveless top tucked into light-wash denim shorts with frayed hems. Product:
    # the shorts. All texts: VQA adapter.
    case(
        "X1450-010",
        caption("a little girl wearing a pink top and denim shorts"),
        wearing("a pink blouse and denim shorts"),
        Q.garment_type("denim"),
        Q.color("pink", "other_garment_color"),
        is_a("pair of shorts", "yes"),
        is_a("tee", "yes", "contradiction"),
        details("shorts", "the shorts details are the details of the shorts", "restated"),
        gender="Girls",
        title="KIDS ONLY Girls Blue Washed Denim Shorts with Frayed Hem",
        category="Shorts",
        color="Blue",
    ),
    # Photo: flat lay, black round-neck tee with a large green cartoon dinosaur print. No person. All texts: VQA
    # adapter; the empty-prompt caption writes question blocks.
    case(
        "X1450-011",
        caption(
            "Question: What is the color of the tee? Answer: black Question: Is this a tee? Answer: yes Question: "
            "Is this a tee? Answer: yes Question: Is this a tee? Answer: yes Question: Is this a",
            "leak",
            hit_limit=True,
        ),
        wearing("yes", "non_answer"),
        Q.garment_type("graphic tee"),
        Q.color("black"),
        is_a("tee", "yes"),
        is_a("dress", _NO30, "loop", hit_limit=True),
        gender="Boys",
        title="Gini and Jony Boys Black Dinosaur Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: girl, front, lavender sleeveless party frock with a sequinned bodice and a layered tulle skirt, silver
    # shoes, lavender bow headband. All texts: VQA adapter.
    case(
        "X1450-012",
        caption("a little girl in a purple tutu dress with a bow in her hair"),
        wearing(
            "a purple dress with a tutu skirt and a bow in her hair and a purple dress with a tutu skirt and a bow in "
            "her hair and a",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        Q.color("purple"),
        is_a("dress", "yes"),
        is_a("pair of shorts", "yes", "contradiction"),
        describe("garment", "yes", "non_answer"),
        gender="Girls",
        title="Toy Balloon Kids Girls Lavender Embellished Tiered Fit and Flare Party Dress",
        category="Dresses",
        color="Lavender",
    ),
    # Photo: boy, front, mustard yellow tee with a small rocket print and navy blue shorts (the set). All texts:
    # VQA adapter; the shorts' color question gets the tee's color.
    case(
        "X1450-013",
        caption("a young boy wearing a yellow t - shirt and blue shorts"),
        wearing(
            "a yellow tee and blue shorts and a yellow tee and blue shorts and a yellow tee and blue shorts and a "
            "yellow tee and",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("tee"),
        Q.color("yellow"),
        color_of("shorts", "yellow", "other_garment_color"),
        is_a("tee", "yes"),
        is_a("pair of shorts", "yes"),
        is_a(
            "dress",
            "no Question: Is this a dress? Answer: no Question: Is this a dress? Answer: no Question: Is this a "
            "dress? Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Boys",
        title="Babyhug Boys Mustard Yellow & Navy Blue Printed Pure Cotton T-shirt with Shorts",
        category="Clothing Set",
        color="Mustard",
    ),
    # Photo: girl, front, straight peach kurta with gold foil print, white palazzos, no dupatta. All texts: VQA
    # adapter.
    case(
        "X1450-014",
        caption("a young girl wearing a peach top and white pants"),
        wearing(
            "she is wearing a peach kurta with gold print and white palazzo pants and a peach kurta with gold print "
            "and white palazzo",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("dress", "contradiction"),
        Q.color("peach"),
        is_a("dress", "no"),
        is_a("tee", "no"),
        Q.material("silk", "contradiction"),
        gender="Girls",
        title="Biba Girls Peach-Coloured Foil Printed Pure Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Peach",
    ),
    # Photo: back view, boy in a green and white horizontally striped tee and blue jeans; the front is not visible.
    # All texts: VQA adapter.
    case(
        "X1450-015",
        caption("the back of a young boy wearing a green and white striped shirt"),
        wearing(
            "tee and denim Question: What is the color of the tee? Answer: green-white Question: Is this a tee? "
            "Answer:",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("tee"),
        Q.color("green-white"),
        Q.pattern("striped"),
        is_a("tee", "yes"),
        details("tee", "it has a print on the front", "unsupported"),
        gender="Boys",
        title="Gini and Jony Boys Green & White Striped Round Neck T-shirt",
        category="Tshirts",
        color="Green",
    ),
    # Photo: girl, front, maroon velvet long-sleeve dress with a thin gold belt, black tights, black shoes. All
    # texts: VQA adapter.
    case(
        "X1450-016",
        caption(
            "a little girl in a red velvet dress and black tights and black shoes and a gold belt and a red velvet "
            "dress and black tights and black shoes and a gold belt and a red velvet dress and black tights and",
            "loop",
            hit_limit=True,
        ),
        wearing("dress and leggings"),
        Q.garment_type("dress"),
        Q.color("black", "other_garment_color"),
        Q.sleeve_length("long-sleeve"),
        is_a("dress", "yes"),
        Q.material("velvet"),
        details(
            "dress",
            "a gold belt at the waist and long sleeves with a round neck and a flared skirt that falls just above "
            "the knee with a lining underneath and",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        title="Hola Bonita Girls Maroon Velvet Fit and Flare Dress with Belt",
        category="Dresses",
        color="Maroon",
    ),
    # Photo: boy, front, plain grey tee, mid-blue washed denim shorts with rolled hems. Product: the shorts. All
    # texts: VQA adapter.
    case(
        "X1450-017",
        caption(
            "Question: What is the color of the shorts? Answer: blue Question: What cloth is the person wearing? "
            "Answer: tee Question: What is the color of the tee? Answer: grey Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        wearing(
            "a grey tee and blue denim shorts and a grey tee and blue denim shorts and a grey tee and blue denim",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("shorts"),
        Q.color("grey", "other_garment_color"),
        is_a("pair of shorts", "yes"),
        is_a("tee", "no"),
        gender="Boys",
        title="United Colors of Benetton Boys Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Photo: girl, front, green top with a white leaf print and short puff sleeves, white jeans. All texts: VQA
    # adapter.
    case(
        "X1450-018",
        caption("a little girl in a green shirt and white pants"),
        wearing("blouse"),
        Q.garment_type("blouse"),
        Q.color("green"),
        Q.pattern("floral"),
        is_a("tee", "no"),
        is_a("dress", "no"),
        is_a(
            "pair of shorts",
            "no Question: Is this a pair of shorts? Answer: no Question: Is this a pair of shorts? Answer: no",
            "leak",
            hit_limit=True,
        ),
        describe(
            "top",
            "it is a green top with white leaves and puff sleeves and a round neck and it is a green top with "
            "white leaves and puff",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Pantaloons Junior Girls Green & White Leaf Printed Puff Sleeves Top",
        category="Tops",
        color="Green",
    ),
    # Photo: boy, front, knee-length cream brocade sherwani with covered buttons, cream churidar, gold mojaris. All
    # texts: VQA adapter.
    case(
        "X1450-019",
        caption("a young boy in a white suit standing in front of a white wall"),
        wearing("jacket and pants"),
        Q.garment_type("dress", "contradiction"),
        Q.color("cream"),
        is_a("dress", "yes", "contradiction"),
        is_a("tee", "no"),
        details(
            "garment",
            "buttons on the front and a collar and buttons on the front and a collar and buttons on the front and "
            "a collar and buttons on",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="VASTRAMAY Boys Cream-Coloured Self Design Sherwani Set",
        category="Sherwani",
        color="Cream",
    ),
    # Photo: girl, front, mustard sleeveless jumpsuit with a tiny white dot print, culotte legs, fabric tie belt.
    # All texts: VQA adapter.
    case(
        "X1450-020",
        caption("a little girl wearing a yellow jumpsuit"),
        wearing("romper"),
        Q.garment_type("jumpsuit"),
        Q.color("orange", "contradiction"),
        is_a("dress", "yes", "contradiction"),
        is_a("pair of shorts", "no"),
        details(
            "jumpsuit",
            "it has a tie belt at the waist and pockets on the sides and a tie belt at the waist and pockets on the "
            "sides and a",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="YK Girls Mustard Yellow Printed Basic Jumpsuit with Tie-Up Belt",
        category="Jumpsuit",
        color="Mustard",
    ),
    # Photo: boy, front, teal short-sleeve hooded tee, black track shorts, hood down. Product: the tee. All texts:
    # VQA adapter.
    case(
        "X1450-021",
        caption(
            "a young boy wearing a blue hoodie and black shorts and a blue hoodie and black shorts and a blue hoodie "
            "and black shorts and a blue hoodie and black shorts and a blue hoodie and black shorts and a",
            "loop",
            hit_limit=True,
        ),
        wearing("hoodie and shorts"),
        Q.garment_type("hoodie"),
        Q.color("teal"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        is_a("tee", "yes"),
        is_a("dress", "no"),
        is_a("pair of shorts", "yes", "contradiction"),
        gender="Boys",
        title="HRX by Hrithik Roshan Boys Teal Solid Hooded T-shirt",
        category="Tshirts",
        color="Teal",
    ),
    # Photo: girl, front, pink tee with a unicorn print, white cotton shorts with a lace trim at the hem. Product:
    # the shorts. All texts: VQA adapter.
    case(
        "X1450-022",
        caption("a little girl wearing a pink t - shirt with a unicorn on it and white shorts"),
        wearing("tee and shorts"),
        Q.garment_type("graphic tee", "contradiction"),
        Q.color("white"),
        is_a("pair of shorts", "yes"),
        is_a("tee", "yes", "contradiction"),
        details("shorts", "lace trim on the hem"),
        gender="Girls",
        title="Marks & Spencer Girls White Pure Cotton Shorts with Lace Detail",
        category="Shorts",
        color="White",
    ),
    # Photo: boy, front, yellow kurta, white dhoti pants, holding a toy flute at his chest. All texts: VQA adapter;
    # the caption calls him a girl.
    case(
        "X1450-023",
        caption("a little girl in a yellow dress holding a flute", "pronoun"),
        wearing("a yellow shirt and white pants"),
        Q.garment_type("shirt"),
        Q.color("yellow"),
        is_a("dress", "yes", "contradiction"),
        is_a("pair of shorts", "no"),
        gender="Boys",
        title="Jeetethnics Boys Yellow & White Solid Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Photo: girl, front, red and white gingham shirt dress with a collar, buttons to the waist and a self tie. All
    # texts: VQA adapter.
    case(
        "X1450-024",
        caption("a little girl in a red and white checkered dress"),
        wearing("dress"),
        Q.garment_type("dress"),
        Q.color("red-white"),
        Q.pattern("lattice"),
        is_a("dress", "yes"),
        is_a("tee", "no"),
        details(
            "dress",
            "it has a collar and buttons down the front and a belt at the waist and a collar and buttons down the "
            "front and a belt at",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Naughty Ninos Girls Red & White Checked Shirt Dress with Tie-Up",
        category="Dresses",
        color="Red",
    ),
    # Photo: boy, front, orange tee with a white PUMA logo, black shorts, a football held under one arm. All texts:
    # VQA adapter.
    case(
        "X1450-025",
        caption(
            "Question: What cloth is the person wearing? Answer: tee Question: What is the color of the tee? Answer: "
            "orange Question: Is this a tee? Answer: yes Question: Is this a tee? Answer: yes",
            "leak",
            hit_limit=True,
        ),
        wearing("a soccer ball", "contradiction"),
        Q.garment_type("tee"),
        Q.color("orange"),
        is_a("tee", "yes"),
        is_a("dress", _NO30, "loop", hit_limit=True),
        gender="Boys",
        title="Puma Boys Orange Brand Logo Printed Round Neck T-shirt",
        category="Tshirts",
        color="Orange",
    ),
    # Photo: girl, front, navy fit-and-flare frock with white polka dots, short sleeves, white Peter Pan collar, red
    # shoes. All texts: VQA adapter.
    case(
        "X1450-026",
        caption("a little girl in a blue polka dot dress with a white collar"),
        wearing(" ".join(["dress"] * 30), "loop", hit_limit=True),
        Q.garment_type("dress"),
        Q.color("navy-white"),
        Q.pattern("striped", "contradiction"),
        is_a("dress", "yes"),
        is_a("tee", "no"),
        is_a("pair of shorts", "no"),
        details("dress", "white collar and short sleeves"),
        gender="Girls",
        title="Peppermint Girls Navy Blue Polka Dot Print Fit and Flare Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: flat lay, black knit sports shorts with a white swoosh and an elastic waist. No person. All texts: VQA
    # adapter.
    case(
        "X1450-027",
        caption("a pair of black shorts with a white nike logo"),
        wearing("shorts"),
        Q.garment_type("shorts"),
        Q.color("black"),
        is_a("pair of shorts", "yes"),
        is_a("tee", "no"),
        Q.material("cotton", "contradiction"),
        details("shorts", "they are shorts", "non_answer"),
        gender="Boys",
        title="Nike Boys Black Dri-FIT Polyester Sports Shorts",
        category="Shorts",
        color="Black",
    ),
    # Photo: girl, front, pink tee with a Barbie print, light denim shorts. Product: the tee. All texts: VQA
    # adapter.
    case(
        "X1450-028",
        caption("yes", "non_answer"),
        wearing("graphic tee and denim shorts"),
        Q.garment_type("graphic tee"),
        Q.color("pink"),
        is_a("tee", "yes"),
        is_a("pair of shorts", "yes", "contradiction"),
        is_a("dress", "no"),
        describe("tee", "pink tee with a picture of a girl with blonde hair on the front"),
        gender="Girls",
        title="Kids Ville Girls Pink Barbie Printed Round Neck T-shirt",
        category="Tshirts",
        color="Pink",
    ),
    # Photo: boy, front, green long-sleeve henley tee with a three-button placket, beige trousers. All texts: VQA
    # adapter.
    case(
        "X1450-029",
        caption("a young boy in a green shirt and khaki pants"),
        wearing("she is wearing a green shirt and khaki pants", "pronoun"),
        Q.garment_type("tee"),
        Q.color("green"),
        Q.sleeve_length("long-sleeve"),
        is_a("tee", "yes"),
        is_a("dress", "yes", "contradiction"),
        gender="Boys",
        title="Allen Solly Junior Boys Green Solid Henley Neck Full Sleeves T-shirt",
        category="Tshirts",
        color="Green",
    ),
    # Photo: girl, front, sea green flared anarkali kurta to mid-calf with a white motif print, white leggings,
    # dupatta over one arm. All texts: VQA adapter.
    case(
        "X1450-030",
        caption("a young girl in a green dress and white leggings"),
        wearing("dress and leggings"),
        Q.garment_type("dress"),
        Q.color("blue", "contradiction"),
        is_a("dress", "yes"),
        is_a("tee", "no"),
        Q.material("silk", "unsupported"),
        gender="Girls",
        title="Aks Kids Girls Sea Green Ethnic Motifs Printed Anarkali Kurta with Leggings & Dupatta",
        category="Kurta Sets",
        color="Sea Green",
    ),
    # Photo: boy, front, colour-blocked tee (red chest panel, white middle band, navy lower half), navy shorts.
    # Product: the tee. All texts: VQA adapter.
    case(
        "X1450-031",
        caption(
            "Question: What is the color of the tee? Answer: red-white-navy Question: Is this a tee? Answer: yes "
            "Question: Is this a tee? Answer: yes Question: Is this a tee? Answer: yes Question:",
            "leak",
            hit_limit=True,
        ),
        wearing("tee and shorts"),
        Q.garment_type("tee"),
        Q.color("red-white-navy"),
        Q.pattern("color block"),
        is_a("tee", _YES30, "loop", hit_limit=True),
        is_a("dress", "no"),
        describe(
            "tee",
            "a red white and navy color block tee with short sleeves and a round neck and a red white and navy "
            "color block tee with short sleeves and a",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="Mothercare Boys Multicoloured Colourblocked Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Multi",
    ),
    # Photo: girl, front, coral sleeveless jersey skater dress under an open light-blue denim jacket, white
    # sneakers. Product: the dress. All texts: VQA adapter.
    case(
        "X1450-032",
        caption("a little girl wearing a denim jacket and a pink dress"),
        wearing("jacket and dress"),
        Q.garment_type("jacket", "contradiction"),
        Q.color("blue", "other_garment_color"),
        is_a("dress", "yes"),
        is_a("tee", "no"),
        Q.material("cotton jersey"),
        gender="Girls",
        title="H&M Girls Coral Solid Cotton Jersey Skater Dress",
        category="Dresses",
        color="Coral",
    ),
    # Photo: boy, front, light blue half-sleeve shirt worn untucked over beige chino shorts with belt loops and a
    # brown belt. Product: the shorts. All texts: VQA adapter.
    case(
        "X1450-033",
        caption("a young boy wearing a blue shirt and tan shorts"),
        wearing("shirt and shorts"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("beige"),
        is_a("pair of shorts", "yes"),
        is_a("tee", "no"),
        details("shorts", "belt loops and a button closure"),
        gender="Boys",
        title="Marks & Spencer Boys Beige Solid Chino Shorts",
        category="Shorts",
        color="Beige",
    ),
    # Photo: girl, front, pastel pink and blue tie-dye tee, white cycling shorts. Product: the tee. The feed row has
    # no color. All texts: VQA adapter.
    case(
        "X1450-034",
        caption("a little girl wearing a tie dye t - shirt and white shorts"),
        wearing(
            "she is wearing a tie dye tee and white shorts and white sneakers and she is holding her hands behind "
            "her back and",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("tee"),
        Q.color("pink-blue"),
        Q.pattern("pure color", "contradiction"),
        is_a("tee", "yes"),
        is_a("pair of shorts", "yes", "contradiction"),
        Q.material("cotton"),
        gender="Girls",
        title="Cherry Crumble Girls Pink & Blue Tie and Dye Pure Cotton T-shirt",
        category="Tshirts",
    ),
    # Photo: boy, front, white kurta and pyjama under a navy brocade Nehru jacket. Product: the three-piece set.
    # All texts: VQA adapter; the jacket's color question gets the kurta's white.
    case(
        "X1450-035",
        caption("a young boy wearing a blue vest and white pants"),
        wearing(
            "he is wearing a blue vest over a white shirt and white pants and a blue vest over a white shirt and "
            "white pants and",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("vest"),
        Q.color("white"),
        color_of("jacket", "white", "other_garment_color"),
        is_a("dress", "no"),
        is_a("tee", "no"),
        gender="Boys",
        title="Manyavar Boys White Kurta with Pyjamas & Navy Blue Nehru Jacket",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # Photo: girl, front, short pink kurta with gold embroidery at the yoke, flared pink sharara, pink dupatta over
    # the arms. All texts: VQA adapter.
    case(
        "X1450-036",
        caption(
            "a little girl in a pink outfit with a pink scarf and a pink outfit with a pink scarf and a pink outfit "
            "with a pink scarf and a pink outfit with a pink scarf and a pink outfit with a pink scarf",
            "loop",
            hit_limit=True,
        ),
        wearing("blouse and pants"),
        Q.garment_type("pants"),
        Q.color("pink"),
        is_a(
            "dress",
            "yes Question: Is this a dress? Answer: yes Question: Is this a dress? Answer: yes Question: Is this a "
            "dress? Answer:",
            "leak",
            hit_limit=True,
        ),
        is_a("pair of shorts", "no"),
        describe("kurta", "pink with gold embroidery on the neck"),
        gender="Girls",
        title="Biba Girls Pink Yoke Design Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Pink",
    ),
    # Photo: flat lay, two tees side by side: a red one with a car print and a grey one with a truck print. No
    # person. All texts: VQA adapter; the caption sees one tee.
    case(
        "X1450-037",
        caption("a red t - shirt with a car on it", "contradiction"),
        wearing("yes", "non_answer"),
        Q.garment_type("tee"),
        Q.color("red-grey"),
        is_a("tee", "yes"),
        is_a("dress", "no"),
        is_a("pair of shorts", "no"),
        gender="Boys",
        title="Gini and Jony Boys Pack of 2 Printed Round Neck Pure Cotton T-shirts",
        category="Tshirts",
        color="Multi",
    ),
    # Photo: flat lay, two A-line frocks: a yellow one with white flowers and a plain blue one. No person. All
    # texts: VQA adapter; the color question gets a pattern word.
    case(
        "X1450-038",
        caption(
            "Question: Is this a dress? Answer: yes Question: What is the color of the dress? Answer: floral "
            "Question: Is this a dress? Answer: yes Question: Is this a dress? Answer: yes Question:",
            "leak",
            hit_limit=True,
        ),
        wearing("dress"),
        Q.garment_type("dress"),
        Q.color("floral", "non_answer"),
        is_a("dress", "yes"),
        is_a("tee", "no"),
        gender="Girls",
        title="Hopscotch Girls Pack of 2 Cotton A-Line Dresses",
        category="Dresses",
        color="Multi",
    ),
    # Photo: girl, front, oversized white tee with a red heart print hanging over the waist, black knee-length
    # cycling shorts, white sneakers. Product: the cycling shorts. All texts: VQA adapter.
    case(
        "X1450-039",
        caption("a little girl wearing a white t - shirt and black leggings"),
        wearing("tee and leggings"),
        Q.garment_type("leggings"),
        Q.color("white", "other_garment_color"),
        is_a("pair of shorts", "no", "contradiction"),
        is_a("tee", "yes", "contradiction"),
        is_a("dress", "no"),
        details("shorts", "the details of the shorts are the shorts details", "restated"),
        gender="Girls",
        title="KIDS ONLY Girls Black Solid Cycling Shorts",
        category="Shorts",
        color="Black",
    ),
    # Photo: boy, front, black tee, olive and brown camouflage print shorts. Product: the shorts. The feed row has
    # no gender. All texts: VQA adapter.
    case(
        "X1450-040",
        caption("yes", "non_answer"),
        wearing("tee and shorts"),
        Q.garment_type("shorts"),
        Q.color("green"),
        Q.pattern("graphic"),
        is_a("pair of shorts", "yes"),
        is_a("tee", "no"),
        details("shorts", "pockets on the sides"),
        title="YK Boys Olive Green & Brown Camouflage Printed Shorts",
        category="Shorts",
        color="Olive",
    ),
    # Photo: girl, front, off-white cotton frock with multicolour thread embroidery at the yoke, three-quarter
    # sleeves, juttis. The back of the dress is not shown. All texts: VQA adapter.
    case(
        "X1450-041",
        caption("a little girl in a white dress with colorful embroidery"),
        wearing(
            "dress Question: What is the color of the dress? Answer: white Question: Is this a dress? Answer: yes "
            "Question:",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        Q.color("cream"),
        Q.sleeve_length("medium-sleeve"),
        is_a("dress", "yes"),
        details("dress", "there is a zipper on the back", "unsupported"),
        gender="Girls",
        title="Bitiya by Bhama Girls Off-White Embroidered Ethnic A-Line Dress",
        category="Dresses",
        color="Off White",
    ),
    # Photo: toddler boy sitting on the floor, yellow tee, blue denim shorts, pushing a red toy truck. Product: the
    # tee. All texts: VQA adapter.
    case(
        "X1450-042",
        caption(
            "Question: What is the color of the tee? Answer: yellow Question: Is this a tee? Answer: yes Question: "
            "Is this a pair of shorts? Answer: yes Question: Is this a pair of shorts? Answer: yes",
            "leak",
            hit_limit=True,
        ),
        wearing("she is wearing a yellow shirt and blue shorts", "pronoun"),
        Q.garment_type("tee"),
        Q.color("yellow"),
        is_a("tee", "yes"),
        is_a("pair of shorts", "yes", "contradiction"),
        is_a("dress", "no"),
        details("tee", "it has a pocket on the chest", "unsupported"),
        gender="Boys",
        title="Babyhug Boys Yellow Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Yellow",
    ),
    # Photo: girl, front, white long-sleeve tee under a sleeveless blue denim pinafore dress, white sneakers.
    # Product: the pinafore. All texts: VQA adapter.
    case(
        "X1450-043",
        caption("a little girl wearing a denim overall dress and a white shirt"),
        wearing("denim and tee"),
        Q.garment_type("dress"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        is_a("dress", "yes"),
        is_a("tee", "yes", "contradiction"),
        gender="Girls",
        title="Allen Solly Junior Girls Blue Solid Denim Pinafore Dress",
        category="Dresses",
        color="Blue",
    ),
    # Photo: boy, front, grey pathani kurta with a shirt collar and a chest flap pocket, matching grey salwar,
    # black juttis. All texts: VQA adapter.
    case(
        "X1450-044",
        caption("a young boy in a grey shirt and grey pants"),
        wearing("she is wearing a grey shirt and grey pants", "pronoun"),
        Q.garment_type("shirt"),
        Q.color("-".join(["grey"] * 15), "loop", hit_limit=True),
        is_a("dress", "yes", "contradiction"),
        is_a("tee", "no"),
        Q.material("cotton"),
        details(
            "kurta",
            "it has a collar and a pocket on the chest and buttons down the front and the sleeves are rolled up and "
            "there is a slit on the side and the",
            "cut",
            hit_limit=True,
        ),
        gender="Boys",
        title="Sanwara Boys Grey Solid Pathani Kurta with Salwar",
        category="Kurta Sets",
        color="Grey",
    ),
    # Photo: girl, front, purple tee with a butterfly print and purple-and-white striped shorts (the set). All
    # texts: VQA adapter; the caption runs to the limit and stops mid-phrase.
    case(
        "X1450-045",
        caption(
            "a little girl wearing a purple t - shirt with a butterfly on it and purple and white striped shorts "
            "standing on a white background with her hands on her hips and a smile on her face and her hair in a",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "she is wearing a purple tee with a butterfly on it and purple and white striped shorts and she is "
            "wearing a purple tee with",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("tee"),
        Q.color("purple"),
        Q.pattern("graphic"),
        is_a("tee", "yes"),
        is_a("pair of shorts", "yes"),
        is_a("dress", "no"),
        gender="Girls",
        title="Hopscotch Girls Purple Printed T-shirt with Striped Shorts",
        category="Clothing Set",
        color="Purple",
    ),
]
