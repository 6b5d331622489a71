"""BLIND_1666 (45 products; Myntra kids' wear, VQA adapter, yes/no garment questions): written blind in the sixty-
seventh session. Measured blind at c7905fe (the session's first rules): 58/71 failures found (81.7%) and 5/212
correct texts flagged (2.4%). The writer's notes, verbatim:

Scenario: a Myntra kids' wear feed: boys' and girls' t-shirts, shorts, frocks and ethnic sets (kurta sets, one
lehenga choli), plus a few neighbours (a jumpsuit, a top, a pinafore dress, a t-shirt dress, a clothing set). Catalog
shots: a child on a plain backdrop wearing the product with styling pieces from other products, a few flat lays (the
multi-packs, one pair of shorts), two back views, and props (a teddy bear, a football, a straw hat, sunglasses, a toy
car). Columns as the feed has them: title, category (Myntra article type), color (base colour), gender (Boys, Girls,
one Unisex); the feed leaves a column out now and then (a category, a colour, a gender).
Who wrote what: every text comes from BLIP-2 OPT-2.7b with the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA), greedy, 30
new tokens, prompt "Question: ... Answer:". The job does not caption with this adapter (it breaks captions), so there is
no caption. Most yes/no and closed answers are short and right, so the failure rate (about a quarter of the texts) is
below that of a free-form set; the open answers fail far more often than the closed ones. Every product gets "What is
the child wearing?", the closed colour question and the yes/no questions "Is this a dress?", "Is this a t-shirt?" (left
out on some) and "Is this a pair of shorts?"; extras by category: sleeve length and pattern for tops and frocks, "Is
this a kurta?" and the garment type for ethnic sets, material when the job asked it, and now and then a "Describe the
..." or "What are the ... details?". Answers usually stop after a few words; without a trained end token some run on to
the 30-token limit (loops, a prompt echoed back, a sentence cut short).
Labeling conventions and judgement calls: the yes/no questions are about the product, not the photo: "yes" to "Is this a
pair of shorts?" for a t-shirt shot with styling shorts is a contradiction, and so is "yes" to "Is this a t-shirt?" on a
shorts product. "dress" for a knee-length kurta, a lehenga or a jumpsuit is a contradiction; "shirt" or "top" for a
boys' kurta is a coarser name and counts as right; the floor-length anarkali reads as a gown, so "dress" and "yes" to
"Is this a dress?" stay correct there. Near colours count as right (mustard -> yellow, maroon -> red, coral -> orange,
lavender -> purple, teal -> green, cream -> white); the colour of the styling piece given for the product is
other_garment_color; the product's colour given to the styling piece in the wearing answer ("a black shirt and a black
skirt" for a pink skirt) is a contradiction. For a multi-pack, one colour of three is a contradiction; naming all the
colours is right. A child where the photo is a flat lay is unsupported, so is a material the title contradicts or an
invented detail. A text that loops or echoes the prompt is labeled by that (loop, leak) even when it also ran to the
limit; hit_limit marks every text that used all 30 tokens. "yes"/"no" or an empty answer to an open or non-yes/no
question is a non_answer.
"""

from tests.audit_corpus import BLIND_QUESTIONS, case, describe, details, is_a, wearing

Q = BLIND_QUESTIONS


def child(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="the child", hit_limit=hit_limit)


def dress(text, failure=None, hit_limit=False):
    return is_a("dress", text, failure, hit_limit)


def tee(text, failure=None, hit_limit=False):
    return is_a("t-shirt", text, failure, hit_limit)


def shorts(text, failure=None, hit_limit=False):
    return is_a("shorts", text, failure, hit_limit, article="a pair of")


def kurta(text, failure=None, hit_limit=False):
    return is_a("kurta", text, failure, hit_limit)


BLIND_1666 = [
    # Photo: boy on a white backdrop in the navy tee with a green dinosaur print, beige chino shorts (styling), white
    # sneakers. All texts: VQA adapter. The shorts "yes" is about the styling shorts; the wearing answer runs on.
    case(
        "X1666-001",
        child(
            "a blue t-shirt with a picture of a green dinosaur on it and a pair of khaki shorts and a pair of white "
            "sneakers and a",
            "cut",
            hit_limit=True,
        ),
        Q.color("navy blue"),
        dress("no"),
        tee("yes"),
        shorts("yes", "contradiction"),
        Q.sleeve_length("short sleeve"),
        gender="Boys",
        title="Gini and Jony Boys Navy Blue Dinosaur Printed Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: girl standing, pink fit-and-flare frock with small white flowers, short flutter sleeves, white sandals.
    # All texts: VQA adapter; all right.
    case(
        "X1666-002",
        child("a pink dress with flowers on it"),
        Q.color("pink"),
        dress("yes"),
        tee("no"),
        shorts("no"),
        Q.pattern("floral"),
        gender="Girls",
        title="YK Girls Pink Floral Print Fit and Flare Dress",
        category="Dresses",
        color="Pink",
    ),
    # Photo: boy in a white polo (styling) and the grey shorts, full length, plain backdrop. All texts: VQA adapter.
    # Colour answered for the polo; the shorts details loop to the limit.
    case(
        "X1666-003",
        child("a white shirt and grey shorts"),
        Q.color("white", "other_garment_color"),
        dress("no"),
        tee("yes", "contradiction"),
        shorts("yes"),
        details(
            "shorts",
            "the shorts are grey and the shorts are grey and the shorts are grey and the shorts are grey and the "
            "shorts are grey and the shorts are grey and",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="Allen Solly Junior Boys Grey Solid Regular Shorts",
        category="Shorts",
        color="Grey",
    ),
    # Photo: toddler girl sitting on the floor in the sleeveless yellow-and-white striped frock, a stuffed rabbit
    # beside her. All texts: VQA adapter. The wearing answer loops; the rest is right.
    case(
        "X1666-004",
        child(
            "a yellow and white striped dress and a yellow and white striped dress and a yellow and white striped "
            "dress and a yellow and",
            "loop",
            hit_limit=True,
        ),
        Q.color("yellow"),
        dress("yes"),
        shorts("no"),
        Q.pattern("striped"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        gender="Girls",
        title="Babyhug Girls Yellow & White Striped Cotton A-Line Frock",
        category="Dresses",
        color="Yellow",
    ),
    # Photo: girl in the knee-length mustard kurta with a small white block print and the white palazzos, plain
    # backdrop. All texts: VQA adapter. The kurta taken for a dress twice.
    case(
        "X1666-005",
        child("a yellow and white outfit"),
        Q.color("yellow"),
        dress("yes", "contradiction"),
        tee("no"),
        kurta("yes"),
        Q.garment_type("dress", "contradiction"),
        gender="Girls",
        title="Biba Girls Mustard Yellow Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Photo: flat lay of the three tees side by side: white, grey melange, navy with a small car print. No child.
    # All texts: VQA adapter. "grey" names one tee of three.
    case(
        "X1666-006",
        child("a white t-shirt, a grey t-shirt and a blue t-shirt"),
        Q.color("grey", "contradiction"),
        dress("no"),
        tee("yes"),
        shorts("no"),
        Q.material("cotton"),
        gender="Boys",
        title="H&M Boys Pack of 3 Cotton T-shirts",
        category="Tshirts",
        color="Multi",
    ),
    # Photo: boy in a running pose, black tee with a large white cat logo, black track pants (no shorts anywhere).
    # All texts: VQA adapter. Dry Cell is polyester; "cotton" is made up.
    case(
        "X1666-007",
        child("a black t-shirt and black pants"),
        Q.color("black"),
        tee("yes"),
        dress("no"),
        shorts("yes", "contradiction"),
        Q.material("cotton", "unsupported"),
        Q.sleeve_length("short sleeve"),
        gender="Boys",
        title="Puma Boys Black Brand Logo Printed dryCELL Slim Fit T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: girl in a white tee with a rainbow print (styling) and the lavender shorts with an elastic waist.
    # All texts: VQA adapter. Wrong pronoun for the girl.
    case(
        "X1666-008",
        child("he is wearing a white t-shirt and purple shorts", "pronoun"),
        Q.color("purple"),
        dress("no"),
        tee("no"),
        shorts("yes"),
        gender="Girls",
        title="Peppermint Girls Lavender Solid Regular Shorts",
        category="Shorts",
        color="Lavender",
    ),
    # Photo: back view, girl in the red frock with white polka dots and a big bow tied at the back. All texts: VQA
    # adapter. The dress question loops "yes"; the description loops on the bow (the bow itself is there).
    case(
        "X1666-009",
        child("a red dress with white polka dots"),
        Q.color("red"),
        dress(
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        tee("no"),
        shorts("no"),
        Q.pattern("polka dot"),
        describe(
            "dress",
            "the dress has a bow on the back and a bow on the back and a bow on the back and a bow on the back and "
            "a bow on",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Hopscotch Girls Red Polka Dot Print Cotton Fit and Flare Dress",
        category="Dresses",
        color="Red",
    ),
    # Photo: boy in the cream kurta and maroon pyjamas, plain backdrop. All texts: VQA adapter; "shirt" for the kurta
    # is taken as right (see notes); the pyjamas given the kurta's white.
    case(
        "X1666-010",
        child("a white shirt and white pants", "contradiction"),
        Q.color("white"),
        dress("no"),
        kurta("yes"),
        tee("no"),
        Q.garment_type("shirt"),
        gender="Boys",
        title="KALINI Boys Cream-Coloured & Maroon Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Cream",
    ),
    # Photo: boy in the white polo with a small embroidered logo, navy shorts (styling). All texts: VQA adapter.
    # Details loop.
    case(
        "X1666-011",
        child("a white shirt and blue shorts"),
        Q.color("white"),
        tee("yes"),
        dress("no"),
        shorts("no"),
        Q.sleeve_length("short sleeve"),
        details(
            "t-shirt",
            "the t-shirt has a collar and buttons and a logo on the chest and the t-shirt has a collar and buttons "
            "and a logo on the",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="U.S. Polo Assn. Kids Boys White Solid Polo Collar T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: girl on a grey backdrop holding a white teddy bear, blue-and-white gingham frock with short puff sleeves
    # and a Peter Pan collar. All texts: VQA adapter. Sleeves are short; the wearing answer loops on the bear.
    case(
        "X1666-012",
        child(
            "a blue and white checkered dress and a teddy bear and a teddy bear and a teddy bear and a teddy bear "
            "and a teddy bear and a",
            "loop",
            hit_limit=True,
        ),
        Q.color("blue"),
        dress("yes"),
        tee("yes", "contradiction"),
        shorts("no"),
        Q.pattern("plaid"),
        Q.sleeve_length("long sleeve", "contradiction"),
        gender="Girls",
        title="Cherry Crumble Girls Blue & White Checked Fit and Flare Dress",
        category="Dresses",
        color="Blue",
    ),
    # Photo: boy in a black graphic tee (styling), the olive cargo shorts with flap pockets on the sides, sneakers.
    # All texts: VQA adapter. Colour of the tee given for the shorts; the details echo the prompt.
    case(
        "X1666-013",
        child("a black t-shirt and green shorts"),
        Q.color("black", "other_garment_color"),
        shorts("yes"),
        tee("yes", "contradiction"),
        dress("no"),
        details(
            "shorts",
            "the shorts have pockets on the sides Question: What is the color of the shorts? Answer: green "
            "Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        gender="Boys",
        title="max Boys Olive Green Solid Cargo Shorts",
        category="Shorts",
        color="Olive",
    ),
    # Photo: boy in the white kurta and white pyjama under the orange printed Nehru jacket (all three are the
    # product), brown kolhapuri sandals. All texts: VQA adapter. "white" is the kurta's colour, right; "vest" names
    # one piece of the set. The wearing answer runs to the limit.
    case(
        "X1666-014",
        child(
            "a white kurta and an orange vest with a pattern of flowers and leaves on it and white pants and a pair "
            "of brown sandals and the",
            "cut",
            hit_limit=True,
        ),
        Q.color("white"),
        dress("no"),
        kurta("yes"),
        Q.garment_type("vest", "contradiction"),
        tee("no"),
        gender="Boys",
        title="Aj DEZInES Boys White & Orange Kurta with Pyjamas and Printed Nehru Jacket",
        category="Kurta Sets",
        color="Orange",
    ),
    # Photo: boy facing the camera, red tee with a large Spider-Man face, blue jeans. All texts: VQA adapter. The
    # description is right as far as it goes and is cut at the limit; "yes" to shorts over jeans.
    case(
        "X1666-015",
        child("a red t-shirt with spiderman on it and blue jeans"),
        Q.color("red"),
        tee("yes"),
        dress("no"),
        shorts("yes", "contradiction"),
        Q.pattern("graphic"),
        describe(
            "t-shirt",
            "a red t-shirt with a large picture of spider man's face on the front, the sleeves are red and the "
            "neckline is round and the t-shirt is",
            "cut",
            hit_limit=True,
        ),
        gender="Boys",
        title="Kids Ville Boys Red Spider-Man Printed Round Neck T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # Photo: toddler girl in the sleeveless peach jumpsuit with a tie belt, white backdrop. All texts: VQA adapter.
    # Called a dress in the open answer and the yes/no one, a jumpsuit in the closed one.
    case(
        "X1666-016",
        child("a pink dress", "contradiction"),
        Q.color("pink"),
        dress("yes", "contradiction"),
        shorts("no"),
        tee("no"),
        Q.garment_type("jumpsuit"),
        gender="Girls",
        title="mothercare Girls Peach Solid Basic Jumpsuit",
        category="Jumpsuit",
        color="Peach",
    ),
    # Photo: crop from waist to knees, the washed denim shorts with a button, fly and front pockets, the hem of a grey
    # tee visible. All texts: VQA adapter; all right.
    case(
        "X1666-017",
        child("blue jean shorts"),
        Q.color("blue"),
        shorts("yes"),
        dress("no"),
        tee("no"),
        Q.material("denim"),
        details("shorts", "the shorts have a button and a zipper and two pockets on the front"),
        gender="Boys",
        title="Pepe Jeans Boys Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Photo: flat lay of the two tees, a pink one with a unicorn print and a white one with "hello sunshine" text.
    # No child. All texts: VQA adapter. The wearing answer sees one tee; the shorts "no" is right but echoes the prompt.
    case(
        "X1666-018",
        child("a pink t-shirt with a unicorn on it", "contradiction"),
        Q.color("pink and white"),
        tee("yes"),
        dress("no"),
        shorts(
            "no Question: Is this a pair of shorts? Answer: no Question: Is this a pair of shorts? Answer: no "
            "Question: Is this",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("graphic"),
        gender="Girls",
        title="Bodycare Kids Girls Pack of 2 Printed Pure Cotton T-shirts",
        category="Tshirts",
        color="Multi",
    ),
    # Photo: boy in the green-and-white horizontally striped tee, white shorts (styling). All texts: VQA adapter.
    # The shorts answer is right but never stops.
    case(
        "X1666-019",
        child("a green and white striped shirt and white shorts"),
        Q.color("green"),
        dress("no"),
        tee("yes"),
        shorts(
            "no no no no no no no no no no no no no no no no no no no no no no no no no no no no no no",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("striped"),
        Q.sleeve_length("short sleeve"),
        gender="Boys",
        title="Campana Boys Green & White Striped Round Neck T-shirt",
        category="Tshirts",
        color="Green",
    ),
    # Photo: girl in the pink lehenga with gold embroidery at the hem, pink blouse, net dupatta over one shoulder.
    # All texts: VQA adapter. Lehenga choli taken for a dress; "skirt" for the lehenga is right.
    case(
        "X1666-020",
        child("a pink dress with gold embroidery", "contradiction"),
        Q.color("pink"),
        dress("yes", "contradiction"),
        tee("no"),
        shorts("no"),
        Q.garment_type("skirt"),
        gender="Girls",
        title="Sanwara Girls Pink & Gold-Toned Embroidered Ready to Wear Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Pink",
    ),
    # Photo: boy in the navy tee with a red anchor print and the red shorts, both part of the set. All texts: VQA
    # adapter; all right ("yes" to both the t-shirt and the shorts question fits a set).
    case(
        "X1666-021",
        child("a blue t-shirt and red shorts"),
        Q.color("navy blue"),
        tee("yes"),
        shorts("yes"),
        dress("no"),
        Q.sleeve_length("short sleeve"),
        gender="Boys",
        title="Nauti Nati Boys Navy Blue & Red Printed T-shirt with Shorts",
        category="Clothing Set",
        color="Navy Blue",
    ),
    # Photo: girl in the sleeveless yellow A-line dress with a sunflower print, holding a straw hat. All texts: VQA
    # adapter. The dress question echoes the prompt to the limit.
    case(
        "X1666-022",
        child("a yellow dress with sunflowers and a hat"),
        Q.color("yellow"),
        dress(
            "yes Question: Is this a dress? Answer: yes Question: Is this a dress? Answer: yes Question: Is this a "
            "dress? Answer:",
            "leak",
            hit_limit=True,
        ),
        tee("no"),
        shorts("no"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("floral"),
        gender="Girls",
        title="Lil Tomatoes Girls Yellow Sunflower Print Sleeveless A-Line Dress",
        category="Dresses",
        color="Yellow",
    ),
    # Photo: flat lay of the grey melange shorts alone, drawstring showing. No child, no tee. All texts: VQA adapter.
    # The wearing answer invents a boy and a t-shirt.
    case(
        "X1666-023",
        child("a boy wearing grey shorts and a white t-shirt", "unsupported"),
        Q.color("grey"),
        shorts("yes"),
        dress("no"),
        tee("no"),
        Q.material("cotton"),
        gender="Boys",
        title="Marks & Spencer Boys Grey Melange Pure Cotton Shorts",
        category="Shorts",
        color="Grey Melange",
    ),
    # Photo: girl in the white jersey top with ruffled short sleeves, blue denim skirt (styling). All texts: VQA
    # adapter, front view only. "yes" to the dress question; the pattern answer came back empty; the buttons on the
    # back are invented (the top is a pullover).
    case(
        "X1666-024",
        child("a white shirt and a blue skirt"),
        Q.color("white"),
        dress("yes", "contradiction"),
        tee("yes"),
        shorts("no"),
        Q.sleeve_length("short sleeve"),
        Q.pattern("", "non_answer"),
        describe("top", "a white top with ruffles on the sleeves and buttons on the back", "unsupported"),
        gender="Girls",
        title="Allen Solly Junior Girls White Solid Ruffled Top",
        category="Tops",
        color="White",
    ),
    # Photo: toddler boy in the sky-blue tee with a bear print, white shorts, holding a toy car. All texts: VQA
    # adapter. Wrong pronoun for the boy.
    case(
        "X1666-025",
        child("she is wearing a blue t-shirt and white shorts", "pronoun"),
        Q.color("blue"),
        tee("yes"),
        dress("no"),
        shorts("no"),
        Q.material("cotton"),
        gender="Boys",
        title="Cub McPaws Boys Blue Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="Blue",
    ),
    # Photo: girl in the short green kurta, green sharara and gold dupatta, plain backdrop. All texts: VQA adapter.
    # The wearing answer loops; "no" to the kurta question is wrong.
    case(
        "X1666-026",
        child(
            "a green and gold outfit with a scarf and a pair of pants and a scarf and a pair of pants and a scarf and "
            "a pair of",
            "loop",
            hit_limit=True,
        ),
        Q.color("green"),
        dress("no"),
        kurta("no", "contradiction"),
        tee("no"),
        gender="Girls",
        title="Jashvi Girls Green & Gold-Toned Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Green",
    ),
    # Photo: boy in the maroon full-sleeve henley, black joggers. All texts: VQA adapter. The wearing answer echoes
    # the prompt format; the sleeves are long.
    case(
        "X1666-027",
        child(
            "a red shirt and black pants Question: What is the color of the shirt? Answer: red Question: What is the "
            "color of the pants? Answer:",
            "leak",
            hit_limit=True,
        ),
        Q.color("red"),
        tee("yes"),
        dress("no"),
        Q.sleeve_length("short sleeve", "contradiction"),
        shorts("no"),
        gender="Boys",
        title="YK Boys Maroon Solid Henley Neck Full Sleeves T-shirt",
        category="Tshirts",
        color="Maroon",
    ),
    # Photo: girl in a pink tee (styling) and the navy shorts with a small white star print. All texts: VQA adapter.
    # Colour of the tee; the stars are not flowers; the details say nothing.
    case(
        "X1666-028",
        child("a pink shirt and blue shorts"),
        Q.color("pink", "other_garment_color"),
        shorts("yes"),
        dress("no"),
        Q.pattern("floral", "contradiction"),
        details("shorts", "they are shorts", "non_answer"),
        gender="Girls",
        title="Hopscotch Girls Navy Blue Star Printed Cotton Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
    # Photo: back view, boy in the plain yellow tee and blue denim shorts (styling). All texts: VQA adapter. Nothing
    # is printed on the back, so "no details" is right.
    case(
        "X1666-029",
        child("a yellow t-shirt and blue shorts"),
        Q.color("yellow"),
        tee("yes"),
        dress("no"),
        shorts("yes", "contradiction"),
        details("t-shirt", "there are no details on the t-shirt"),
        gender="Boys",
        title="United Colors of Benetton Boys Yellow Solid Round Neck T-shirt",
        category="Tshirts",
        color="Yellow",
    ),
    # Photo: girl mid-twirl in the lavender tiered dress with flutter sleeves and white schiffli embroidery. Category
    # column missing in the feed. All texts: VQA adapter. The description says nothing but "dress"; "yes" to the
    # t-shirt question is the yes-bias.
    case(
        "X1666-030",
        child("a purple dress"),
        Q.color("purple"),
        dress("yes"),
        tee("yes", "contradiction"),
        shorts("no"),
        describe("dress", "the dress is a dress", "restated"),
        Q.sleeve_length("short sleeve"),
        gender="Girls",
        title="Peppermint Girls Lavender Self Design Tiered Fit and Flare Dress",
        color="Lavender",
    ),
    # Photo: girl in a white tank top (styling) and the coral shorts with a tropical leaf print, sunglasses on her
    # head, white sandals. All texts: VQA adapter. The wearing answer is cut at the limit.
    case(
        "X1666-031",
        child(
            "a white tank top and orange shorts with a pattern of green leaves and a pair of sunglasses on her head "
            "and a pair of white sandals and a",
            "cut",
            hit_limit=True,
        ),
        Q.color("orange"),
        shorts("yes"),
        tee("no"),
        dress("yes", "contradiction"),
        Q.pattern("floral"),
        gender="Girls",
        title="Gini and Jony Girls Coral Tropical Printed Shorts",
        category="Shorts",
        color="Coral",
    ),
    # Photo: toddler boy in the mustard kurta and white pyjama, plain backdrop. All texts: VQA adapter. The title
    # says cotton; "silk" is made up from the sheen. The colour loops (kept raw: no candidate matched).
    case(
        "X1666-032",
        child("a yellow shirt and white pants"),
        Q.color(
            "yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow",
            "loop",
            hit_limit=True,
        ),
        kurta("yes"),
        dress("no"),
        Q.material("silk", "unsupported"),
        tee("no"),
        gender="Boys",
        title="Babyhug Boys Mustard Yellow & White Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Photo: girl in the black tee with glitter "girl power" text, tucked into a pink skirt (styling). All texts: VQA
    # adapter. The tucked tee over a skirt read as a dress; the pink skirt given the tee's black.
    case(
        "X1666-033",
        child("a black shirt and a black skirt", "contradiction"),
        Q.color("black"),
        tee("yes"),
        dress("yes", "contradiction"),
        shorts("no"),
        Q.pattern("graphic"),
        Q.sleeve_length("short sleeve"),
        gender="Girls",
        title="Pantaloons Junior Girls Black Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: flat lay of the two pairs of shorts, navy and olive. No child. Colour column missing in the feed. All
    # texts: VQA adapter; all right.
    case(
        "X1666-034",
        child("a pair of blue shorts and a pair of green shorts"),
        Q.color("blue and green"),
        shorts("yes"),
        dress("no"),
        tee("no"),
        Q.material("cotton"),
        gender="Boys",
        title="Mini Klub Boys Pack of 2 Solid Cotton Shorts",
        category="Shorts",
    ),
    # Photo: girl in the sleeveless denim pinafore dress over a white long-sleeved striped tee (styling). All texts:
    # VQA adapter. The t-shirt "yes" and the long sleeves both belong to the tee underneath.
    case(
        "X1666-035",
        child("a blue denim dress and a white shirt"),
        Q.color("blue"),
        dress("yes"),
        tee("yes", "contradiction"),
        shorts("no"),
        Q.material("denim"),
        Q.sleeve_length("long sleeve", "contradiction"),
        gender="Girls",
        title="Naughty Ninos Girls Blue Solid Denim Pinafore Dress",
        category="Dresses",
        color="Blue",
    ),
    # Photo: girl in a white logo tee (styling) and the pink sports shorts. All texts: VQA adapter. Colour of the tee;
    # "no" to the pattern question.
    case(
        "X1666-036",
        child("a white t-shirt and pink shorts"),
        Q.color("white", "other_garment_color"),
        shorts("yes"),
        tee("no"),
        dress("no"),
        Q.pattern("no", "non_answer"),
        gender="Girls",
        title="Puma Girls Pink Printed Regular Fit Sports Shorts",
        category="Shorts",
        color="Pink",
    ),
    # Photo: girl in the floor-length red anarkali kurta with gold motifs, churidar barely showing, dupatta. All
    # texts: VQA adapter; all right (the anarkali reads as a gown, see notes).
    case(
        "X1666-037",
        child("a red dress"),
        Q.color("red"),
        dress("yes"),
        kurta("yes"),
        tee("no"),
        Q.pattern("floral"),
        gender="Girls",
        title="KALINI Girls Red & Gold-Toned Printed Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Red",
    ),
    # Photo: boy in the teal tee with white "BORN TO PLAY" text, grey shorts (styling), white sneakers, a football
    # under his arm. All texts: VQA adapter. The wearing answer is cut at the limit.
    case(
        "X1666-038",
        child(
            "a blue t-shirt with the words born to play on it and grey shorts and white sneakers and a soccer ball "
            "in his hands and a",
            "cut",
            hit_limit=True,
        ),
        Q.color("green"),
        tee("yes"),
        shorts("no"),
        dress("no"),
        Q.pattern("graphic"),
        gender="Boys",
        title="Hopscotch Boys Teal Blue Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="Teal",
    ),
    # Photo: toddler girl in the off-white smocked frock with pink flowers embroidered on the yoke; no belt, no
    # ribbon. All texts: VQA adapter. The ribbon in the description is invented.
    case(
        "X1666-039",
        child("a white dress with pink flowers"),
        Q.color("white"),
        dress("yes"),
        tee("no"),
        Q.pattern("floral"),
        Q.material("cotton"),
        describe(
            "dress", "the dress is white with pink flowers on the top and a pink ribbon around the waist", "unsupported"
        ),
        gender="Girls",
        title="Cherry Crumble by Nitt Hyman Girls Off-White Floral Embroidered Smocked Cotton Dress",
        category="Dresses",
        color="Off White",
    ),
    # Photo: boy in a white half-sleeve shirt tucked into the navy chino shorts, brown belt. All texts: VQA adapter.
    # The details loop; "yes" to the t-shirt question is for the styling shirt.
    case(
        "X1666-040",
        child("a white shirt and blue shorts and a brown belt"),
        Q.color("blue"),
        shorts("yes"),
        dress("no"),
        tee("yes", "contradiction"),
        details(
            "shorts",
            "the shorts are navy blue and have a brown belt and the shorts are navy blue and have a brown belt and "
            "the shorts are navy blue and have a",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="Allen Solly Junior Boys Navy Blue Solid Chino Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
    # Photo: girl in the yellow tee and denim shorts (styling), holding a watering can. Unisex listing. All texts:
    # VQA adapter; all right.
    case(
        "X1666-041",
        child("a yellow t-shirt and blue shorts"),
        Q.color("yellow"),
        tee("yes"),
        dress("no"),
        shorts("no"),
        Q.material("cotton"),
        gender="Unisex",
        title="Ed-a-Mamma Kids Yellow Solid Organic Cotton T-shirt",
        category="Tshirts",
        color="Yellow",
    ),
    # Photo: girl in a red tee (styling) and the wide-leg black-and-white checked shorts. All texts: VQA adapter.
    # The shorts read as a skirt; colour of the tee.
    case(
        "X1666-042",
        child("a red shirt and a black and white plaid skirt", "contradiction"),
        Q.color("red", "other_garment_color"),
        shorts("no", "contradiction"),
        dress("no"),
        Q.pattern("plaid"),
        gender="Girls",
        title="StyleStone Girls Black & White Checked Regular Shorts",
        category="Shorts",
        color="Black",
    ),
    # Photo: boy in the indigo block-printed kurta with small flower buttis and a white pyjama. All texts: VQA
    # adapter. "yes" to the garment type question; the white pyjama given the kurta's blue.
    case(
        "X1666-043",
        child("he is wearing a blue shirt and blue pants", "contradiction"),
        Q.color("blue"),
        kurta("yes"),
        dress("no"),
        Q.material("cotton"),
        Q.pattern("floral"),
        Q.garment_type("yes", "non_answer"),
        gender="Boys",
        title="Fabindia Boys Blue Printed Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Blue",
    ),
    # Photo: girl in the pink jersey t-shirt dress (knee length) with a kitten print, white sneakers. All texts: VQA
    # adapter. Taken for a t-shirt in the open answer and the yes/no one.
    case(
        "X1666-044",
        child("a pink t-shirt with a cat on it", "contradiction"),
        Q.color("pink"),
        dress("yes"),
        tee("yes", "contradiction"),
        shorts("no"),
        Q.pattern("graphic"),
        gender="Girls",
        title="H&M Girls Pink Printed Cotton Jersey T-shirt Dress",
        category="Dresses",
        color="Pink",
    ),
    # Photo: boy in the lime green tee with black "GAME ON" text, black shorts (styling). Gender column missing in
    # the feed. All texts: VQA adapter. The description invents a second, black tee and runs to the limit.
    case(
        "X1666-045",
        child("a green t-shirt and black shorts"),
        Q.color("green"),
        tee("yes"),
        dress("no"),
        shorts("no"),
        describe(
            "t-shirt",
            'a green t-shirt with black letters on the front that say "game on" and a black t-shirt with green '
            'letters on the front that say "game on" and a',
            "unsupported",
            hit_limit=True,
        ),
        title="YK Boys Lime Green Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="Lime Green",
    ),
]
