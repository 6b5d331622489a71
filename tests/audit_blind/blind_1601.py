"""BLIND_1601 (46 products; Myntra kids' ethnic wear, VQA adapter, one color question per piece): written blind in the
sixty-sixth session. Measured blind at 5d4d43a (the session's fifth rules): 50/65 failures found (76.9%) and 6/185
correct texts flagged (3.2%). The writer's notes, verbatim:

Scenario: a Myntra feed of children's ethnic wear (kurta sets with pyjamas, churidars, dhoti pants, shararas,
ghararas and palazzos; lehenga cholis; sherwanis; anarkalis and ethnic dresses; a few Nehru jackets and three-piece
kurta-pyjama-jacket sets; one pattu pavadai). Columns as the feed has them: `title` (brand first, Myntra style),
`category` (Myntra article type: Kurta Sets, Lehenga Choli, Sherwani, Ethnic Dresses, Kurtas, Nehru Jackets, Clothing
Set), `color` (base colour, which for a set is the main piece's colour) and `gender` (Boys / Girls); a few rows lack
gender or color, as feeds do. Photos are the usual catalog shots: a child on a plain light backdrop, a few flat lays
on white, two back views, and props now and then (a flower basket, a flute, a diya plate, a safa the set includes).
Who wrote what: every text is from the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA on blip2-opt-2.7b), greedy, 30 new
tokens, prompt `Question: ... Answer:`. The job does not caption (that adapter's captions are broken), so no case has
a caption. Each product gets "What is the person wearing?", one "What is the color of the <piece>?" per piece the
title names (stored open, free generation), "Is this a <main piece>?", and one or two of details / pattern / sleeve
length / material / garment type.
Labeling conventions and judgement calls: a color counts as right when it names the hue family of the piece as the
photo shows it (maroon "red", mustard "yellow", magenta "pink", teal or turquoise "blue", rust "orange", cream or
beige or off white "white"); it is wrong when it names another hue (navy "black", maroon "brown"): contradiction.
A piece given the color of another piece or of a styling item worn with it (the jacket's color for the kurta, the
mojaris' gold for the churidar, the t-shirt under a Nehru jacket) is other_garment_color; a color taken from a prop
that is not worn (the flower basket) is contradiction. A kurta called "shirt" or a kurta set called "dress" is a
contradiction of the title; "top and skirt" for a lehenga choli, "vest" for a Nehru jacket and "dress" for an
anarkali or ethnic dress are fair. A girl called a boy or a boy called a girl ("she", "a little girl") is pronoun,
even where the garment is also named loosely. "Is this a lehenga?" answered "no" for a lehenga is contradiction;
answered with the garment's name instead of yes/no is non_answer. An answer that only gives the question's words back
("blouse", "pattern", "the details of the kurta") or nothing at all is non_answer; one that echoes the whole question
as its answer is restated. Text after the answer that starts a new `Question: ... Answer:` is leak even when it also
repeats. Answers that run to 30 tokens are marked hit_limit: a repeating one is loop, one that ends mid-phrase
without repeating is cut. Details, material or a person the photo does not show (mirror work on chikankari, a pocket
that is not there, a girl in a flat lay, "silk" with nothing to say so) are unsupported. The back-view shots are
judged by what the back shows ("solid" for a kurta embroidered only on the front is kept as correct).
"""

from tests.audit_corpus import BLIND_QUESTIONS, case, color_of, details, is_a, wearing

Q = BLIND_QUESTIONS

BLIND_1601 = [
    # Photo: boy (about 6) front, cream straight kurta with small maroon woven buttis and mandarin collar, maroon
    # pyjamas, plain grey backdrop. All texts: VQA adapter.
    case(
        "X1601-001",
        wearing("a kurta and pajama"),
        color_of("kurta", "cream", kind="open"),
        color_of("pyjamas", "maroon", kind="open"),
        is_a("kurta", "yes"),
        details(
            "kurta",
            "the kurta has a mandarin collar and a button placket and the pyjama has a drawstring and the kurta has"
            " a mandarin collar and a",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="YK Boys Cream-Coloured & Maroon Woven Design Kurta with Pyjamas",
        category="Kurta Sets",
        color="Cream",
    ),
    # Photo: girl front, pink lehenga with a wide gold zari border, pink blouse, pink net dupatta over one shoulder.
    # All texts: VQA adapter.
    case(
        "X1601-002",
        wearing("a pink lehenga"),
        color_of("lehenga", "pink", kind="open"),
        color_of("blouse", "pink", kind="open"),
        color_of(
            "dupatta",
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink"
            " pink pink pink pink pink pink pink pink pink",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        is_a("lehenga", "yes"),
        details("lehenga", "gold embroidery on the border"),
        gender="Girls",
        title="Bitiya by Bhama Girls Pink & Gold-Toned Embroidered Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Pink",
    ),
    # Photo: boy front, knee-length navy blue sherwani (reads very dark under the studio light) with mandarin collar
    # and one chest pocket, white churidar. All texts: VQA adapter.
    case(
        "X1601-003",
        wearing("a sherwani"),
        color_of("sherwani", "black", "contradiction", kind="open"),
        color_of("churidar", "white", kind="open"),
        is_a("sherwani", "yes"),
        details(
            "sherwani",
            "the sherwani has a mandarin collar and buttons on the front and a pocket on the chest and a pocket on the"
            " chest and a pocket on the",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="Aj DEZInES Boys Navy Blue & White Sherwani Set",
        category="Sherwani",
        color="Navy Blue",
    ),
    # Photo: girl front, yellow kurta with small pink flowers, yellow sharara, white dupatta with a thin yellow
    # border draped over both arms. All texts: VQA adapter.
    case(
        "X1601-004",
        wearing("a yellow kurta with a dupatta"),
        color_of("kurta", "yellow", kind="open"),
        color_of("sharara", "yellow", kind="open"),
        color_of("dupatta", "yellow", "other_garment_color", kind="open"),
        Q.pattern("floral"),
        is_a("kurta", "yes"),
        gender="Girls",
        title="Jashvi Girls Yellow Floral Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Photo: boy front, white full-sleeve kurta and white pyjamas, open mustard Nehru jacket with small block print
    # over the kurta. All texts: VQA adapter.
    case(
        "X1601-005",
        wearing("a white kurta and a yellow jacket"),
        color_of("kurta", "yellow", "other_garment_color", kind="open"),
        color_of("pyjamas", "white", kind="open"),
        color_of("nehru jacket", "yellow", kind="open"),
        is_a("nehru jacket", "yes"),
        Q.sleeve_length("long"),
        gender="Boys",
        title="VASTRAMAY Boys White Kurta & Pyjamas With Mustard Printed Nehru Jacket",
        category="Clothing Set",
        color="Mustard",
    ),
    # Photo: girl mid-twirl, sleeveless teal anarkali with a sequinned yoke and a flared net skirt.
    # Title says nothing of the fabric. All texts: VQA adapter.
    case(
        "X1601-006",
        wearing("a blue dress"),
        color_of("dress", "blue", kind="open"),
        Q.sleeve_length("sleeveless"),
        is_a("dress", "yes"),
        details("dress", "the dress has a lot of sequins on the top and the bottom is flared"),
        Q.material("silk", "unsupported"),
        gender="Girls",
        title="Aarika Girls Teal Embellished Anarkali Ethnic Dress",
        category="Ethnic Dresses",
        color="Teal",
    ),
    # Photo: toddler boy (soft curls) front, peach kurta with mandarin collar and button placket, cream dhoti pants.
    # All texts: VQA adapter.
    case(
        "X1601-007",
        wearing("a girl in a peach kurta and white pants", "pronoun"),
        color_of("kurta", "peach", kind="open"),
        color_of("dhoti pants", "white", kind="open"),
        is_a("dhoti", "no", "contradiction"),
        details("kurta", "button placket and mandarin collar"),
        gender="Boys",
        title="Pro-Ethic Style Developer Boys Peach-Coloured Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Peach",
    ),
    # Photo: girl front, red lehenga with floral print and green border, green choli, red dupatta on the shoulder.
    # All texts: VQA adapter.
    case(
        "X1601-008",
        wearing("a red lehenga"),
        color_of("lehenga", "red", kind="open"),
        color_of("choli", "red", "other_garment_color", kind="open"),
        color_of("dupatta", "red", kind="open"),
        is_a("lehenga", "yes"),
        Q.pattern("floral"),
        gender="Girls",
        title="BownBee Girls Red & Green Floral Printed Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Red",
    ),
    # Photo: boy front, sea green tone-on-tone self-design kurta, cream churidar gathered at the ankle, golden
    # mojaris catching the light. All texts: VQA adapter.
    case(
        "X1601-009",
        wearing("a green kurta and white pants"),
        color_of("kurta", "green", kind="open"),
        color_of("churidar", "gold", "other_garment_color", kind="open"),
        is_a(
            "kurta",
            "yes Question: Is this a kurta? Answer: yes Question: Is this a kurta? Answer: yes Question: Is this a",
            "leak",
            hit_limit=True,
        ),
        details("kurta", "the kurta has a pattern all over it"),
        gender="Boys",
        title="Manyavar Boys Sea Green Self Design Kurta with Churidar",
        category="Kurta Sets",
        color="Sea Green",
    ),
    # Photo: flat lay on white: mustard kurta with white block print, white palazzos with a mustard print, mustard
    # dupatta folded beside them. No person. All texts: VQA adapter.
    case(
        "X1601-010",
        wearing("a yellow kurta and white pants"),
        color_of("kurta", "yellow", kind="open"),
        color_of("palazzos", "white", kind="open"),
        color_of("dupatta", "white", "other_garment_color", kind="open"),
        is_a("kurta", "yes"),
        details("kurta", "the details of the kurta", "non_answer"),
        gender="Girls",
        title="Biba Girls Mustard Yellow Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Photo: boy front, gold brocade sherwani, maroon churidar, maroon velvet stole over the shoulder.
    # All texts: VQA adapter.
    case(
        "X1601-011",
        wearing("a gold sherwani with a red scarf"),
        color_of("sherwani", "gold", kind="open"),
        color_of("churidar", "gold", "other_garment_color", kind="open"),
        color_of("stole", "maroon", kind="open"),
        is_a(
            "sherwani",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes"
            " yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="Jeetethnics Boys Gold-Toned & Maroon Self Design Sherwani Set",
        category="Sherwani",
        color="Gold",
    ),
    # Photo: BACK view of a girl: plain pink back of the kurta with a keyhole and tie-up dori with tassels, pink
    # sharara. The front embroidery (per the title) is not visible. All texts: VQA adapter.
    case(
        "X1601-012",
        wearing("a pink kurta and pink pants"),
        color_of("kurta", "pink", kind="open"),
        color_of(
            "sharara",
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink"
            " pink pink pink pink pink pink pink pink pink",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details("kurta", "the kurta has a keyhole on the back with tassels"),
        Q.pattern("solid"),
        is_a("kurta", "yes"),
        gender="Girls",
        title="YK Girls Pink Embroidered Kurta with Sharara",
        category="Kurta Sets",
        color="Pink",
    ),
    # Photo: boy front, sleeveless navy Nehru jacket with small white floral print, worn open over a white crew-neck
    # t-shirt and beige chinos (styling). All texts: VQA adapter.
    case(
        "X1601-013",
        wearing("a blue vest and white shirt"),
        color_of("nehru jacket", "white", "other_garment_color", kind="open"),
        is_a("nehru jacket", "yes"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        gender="Boys",
        title="Hopscotch Boys Navy Blue Floral Printed Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
    ),
    # Photo: girl front holding a big orange marigold basket at her waist; lavender lehenga, lavender choli with
    # silver sequins, lehenga with a silver border. No dupatta. All texts: VQA adapter.
    case(
        "X1601-014",
        wearing("a purple lehenga"),
        color_of("lehenga", "orange", "contradiction", kind="open"),
        color_of("choli", "purple", kind="open"),
        is_a("lehenga", "yes"),
        details("lehenga", "silver sequins on the blouse and the lehenga has a silver border"),
        gender="Girls",
        title="Kid1 Girls Lavender & Silver-Toned Embellished Lehenga Choli",
        category="Lehenga Choli",
        color="Lavender",
    ),
    # Photo: boy front, knee-length blue-and-white pinstripe kurta, white pyjamas. All texts: VQA adapter.
    case(
        "X1601-015",
        wearing("a blue striped shirt and white pants", "contradiction"),
        color_of("kurta", "blue and white", kind="open"),
        color_of("pyjamas", "white", kind="open"),
        Q.pattern("striped"),
        Q.material("cotton"),
        is_a("kurta", "yes"),
        gender="Boys",
        title="Fabindia Boys Blue Striped Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Blue",
    ),
    # Photo: girl front, green full-sleeve maxi with pink flowers, round neck, ruffle at the hem.
    # All texts: VQA adapter.
    case(
        "X1601-016",
        wearing("a green dress with pink flowers"),
        color_of("dress", "green", kind="open"),
        Q.sleeve_length("long"),
        Q.pattern("floral"),
        is_a("dress", "yes"),
        details(
            "dress",
            "the dress has a round neck and a flared bottom with a ruffle at the hem and a ruffle at the hem and a"
            " ruffle at the hem and a",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Aks Kids Girls Green & Pink Floral Printed Ethnic Maxi Dress",
        category="Ethnic Dresses",
        color="Green",
    ),
    # Photo: toddler boy front, shiny red kurta, white dhoti with a thin gold border. All texts: VQA adapter.
    case(
        "X1601-017",
        wearing("a red kurta and white dhoti"),
        color_of("kurta", "red", kind="open"),
        color_of(
            "dhoti",
            "white Question: What is the color of the pants? Answer: white Question: What is the color of the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Boys",
        title="Little Bansi Boys Red Kurta with Dhoti",
        category="Kurta Sets",
        color="Red",
    ),
    # Photo: girl front, off white kurta with blue chikankari thread embroidery on the front, blue pyjamas, blue
    # dupatta. No mirrors anywhere. All texts: VQA adapter.
    case(
        "X1601-018",
        wearing("a white kurta and blue pants"),
        color_of(
            "kurta",
            "white and blue white and blue white and blue white and blue white and blue white and blue white and blue"
            " white and blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("pyjamas", "blue", kind="open"),
        color_of("dupatta", "blue", kind="open"),
        details("kurta", "the kurta has mirror work on the yoke", "unsupported"),
        is_a("kurta", "yes"),
        gender="Girls",
        title="Cutiekins Girls Off White & Blue Chikankari Embroidered Kurta with Pyjamas & Dupatta",
        category="Kurta Sets",
        color="Off White",
    ),
    # Photo: boy (about 5, longish hair) front, cream sherwani, cream churidar, red velvet stole.
    # All texts: VQA adapter.
    case(
        "X1601-019",
        wearing("she is wearing a white dress and a red scarf", "pronoun"),
        color_of("sherwani", "white", kind="open"),
        color_of("churidar", "white", kind="open"),
        color_of("stole", "red", kind="open"),
        is_a("sherwani", "yes"),
        gender="Boys",
        title="Kisah Boys Cream-Coloured Sherwani Set with Stole",
        category="Sherwani",
        color="Cream",
    ),
    # Photo: girl front, royal blue lehenga with gold foil print, gold choli, blue dupatta with a gold border.
    # All texts: VQA adapter.
    case(
        "X1601-020",
        wearing(
            "a blue and gold lehenga with a blue dupatta and a gold blouse with a gold border and a gold border on the",
            "cut",
            hit_limit=True,
        ),
        color_of("lehenga", "blue", kind="open"),
        color_of("choli", "gold", kind="open"),
        color_of("dupatta", "blue", kind="open"),
        is_a("lehenga", "lehenga", "non_answer"),
        gender="Girls",
        title="Aarika Girls Blue & Gold-Toned Foil Printed Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Blue",
    ),
    # Photo: boy front, deep maroon solid kurta, white pyjamas. All texts: VQA adapter.
    case(
        "X1601-021",
        wearing("a red kurta and white pants"),
        color_of("kurta", "brown", "contradiction", kind="open"),
        color_of(
            "pyjamas",
            "white Question: What is the color of the pants? Answer: white Question: What is the color of the shirt?",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        is_a("kurta", "yes"),
        gender="Boys",
        title="Aj DEZInES Boys Maroon Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Photo: girl front, short lime green kurta with gota patti lace at the neck and hem, pink gharara, pink dupatta.
    # All texts: VQA adapter.
    case(
        "X1601-022",
        wearing("a green top and pink skirt"),
        color_of("kurta", "green", kind="open"),
        color_of("gharara", "green", "other_garment_color", kind="open"),
        color_of("dupatta", "pink", kind="open"),
        details("kurta", "gold lace on the neckline and the hem"),
        is_a("kurta", "yes"),
        gender="Girls",
        title="Bitiya by Bhama Girls Lime Green & Pink Gota Patti Kurta with Gharara & Dupatta",
        category="Kurta Sets",
        color="Lime Green",
    ),
    # Photo: boy front, black kurta with gold thread embroidery on the collar and placket, white churidar.
    # All texts: VQA adapter.
    case(
        "X1601-023",
        wearing("a black kurta and white churidar"),
        color_of(
            "kurta",
            "black and gold black and gold black and gold black and gold black and gold black and gold black and gold"
            " black and gold",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("churidar", "white", kind="open"),
        details("kurta", "gold embroidery on the collar and the placket"),
        is_a("kurta", "yes"),
        gender="Boys",
        title="YK Boys Black & Gold-Toned Embroidered Kurta with Churidar",
        category="Kurta Sets",
        color="Black",
    ),
    # Photo: flat lay on white: orange cotton A-line dress with cap sleeves and a white block-printed floral border.
    # No person. All texts: VQA adapter.
    case(
        "X1601-024",
        wearing("a girl wearing an orange dress", "unsupported"),
        color_of("dress", "orange", kind="open"),
        Q.pattern("floral"),
        Q.sleeve_length("short"),
        Q.material("cotton"),
        details(
            "dress",
            "the dress has a round neck and short sleeves and a flared skirt with a printed border at the hem and a"
            " white",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        title="Hopscotch Girls Orange Floral Printed Pure Cotton A-Line Ethnic Dress",
        category="Ethnic Dresses",
        color="Orange",
    ),
    # Photo: boy front, beige kurta (only its lower half shows below the jacket), beige pyjamas, bottle green
    # printed Nehru jacket buttoned up, mandarin collar, welt pocket on the chest. All texts: VQA adapter.
    case(
        "X1601-025",
        wearing("a green jacket and white pants"),
        color_of("kurta", "green", "other_garment_color", kind="open"),
        color_of("pyjamas", "beige", kind="open"),
        color_of("nehru jacket", "green", kind="open"),
        is_a("kurta", "yes"),
        details("nehru jacket", "the jacket has a mandarin collar and a pocket on the chest"),
        gender="Boys",
        title="Manyavar Boys Beige Kurta & Pyjamas with Green Printed Nehru Jacket",
        category="Clothing Set",
        color="Beige",
    ),
    # Photo: girl front, peach lehenga with mirror work on the border, peach blouse, cream net dupatta.
    # All texts: VQA adapter.
    case(
        "X1601-026",
        wearing("lehenga"),
        color_of("lehenga", "peach", kind="open"),
        color_of("blouse", "blouse", "non_answer", kind="open"),
        color_of("dupatta", "white", kind="open"),
        details("lehenga", "mirror work"),
        is_a("lehenga", "no", "contradiction"),
        gender="Girls",
        title="Pspeaches Girls Peach-Coloured Mirror Work Embroidered Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Peach",
    ),
    # Photo: boy front, turquoise kurta with a white leaf print, white pyjamas. All texts: VQA adapter.
    case(
        "X1601-027",
        wearing(
            "a blue kurta with white leaves printed on it and a white pajama with a blue kurta with white leaves"
            " printed on it and",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "blue", kind="open"),
        color_of("pyjamas", "white", kind="open"),
        Q.pattern("floral"),
        is_a("kurta", "yes"),
        gender="Boys",
        title="Pro-Ethic Style Developer Boys Turquoise Blue Leaf Printed Kurta with Pyjamas",
        category="Kurta Sets",
        color="Turquoise Blue",
    ),
    # Photo: girl front, magenta straight kurta with small white buti print, round neck, side slits, worn with white
    # leggings (styling). Feed row has no gender. All texts: VQA adapter.
    case(
        "X1601-028",
        wearing("a pink kurta and white leggings"),
        color_of(
            "kurta",
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink"
            " pink pink pink pink pink pink pink pink pink",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        Q.pattern("printed"),
        is_a("kurta", "yes"),
        details("kurta", "the kurta has a round neck and a slit on the side"),
        title="Biba Girls Magenta Ethnic Motifs Printed Straight Kurta",
        category="Kurtas",
        color="Magenta",
    ),
    # Photo: boy front holding a wooden flute, peacock feather in his hair; plain yellow kurta (no embroidery, no
    # border), white dhoti pants. All texts: VQA adapter.
    case(
        "X1601-029",
        wearing("a yellow kurta and a white dhoti"),
        color_of("kurta", "yellow", kind="open"),
        color_of("dhoti pants", "white", kind="open"),
        is_a("dhoti", "yes"),
        details("kurta", "the kurta has golden embroidery on the neck and the sleeves", "unsupported"),
        gender="Boys",
        title="Jashvi Boys Yellow & White Solid Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Photo: girl front, maroon lehenga with gold embroidery, gold choli, maroon dupatta. All texts: VQA adapter.
    case(
        "X1601-030",
        wearing("a red lehenga"),
        color_of(
            "lehenga",
            "maroon Question: What is the color of the blouse? Answer: gold Question: What is the color of the dup",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        color_of("choli", "gold", kind="open"),
        color_of("dupatta", "maroon", kind="open"),
        is_a("lehenga", "yes"),
        gender="Girls",
        title="Kinder Kids Girls Maroon & Gold-Toned Embroidered Lehenga Choli With Dupatta",
        category="Lehenga Choli",
        color="Maroon",
    ),
    # Photo: boy front, long lavender solid kurta, white patiala salwar. All texts: VQA adapter.
    case(
        "X1601-031",
        wearing("a purple shirt and white pants", "contradiction"),
        color_of("kurta", "purple", kind="open"),
        color_of("patiala", "white", kind="open"),
        is_a("kurta", "yes"),
        Q.garment_type("kurta"),
        gender="Boys",
        title="VASTRAMAY Boys Lavender Solid Kurta with Patiala",
        category="Kurta Sets",
        color="Lavender",
    ),
    # Photo: girl front, red anarkali kurta with gold embroidery on the yoke and sleeves and a gold hem border, red
    # churidar, red net dupatta with gold border. All texts: VQA adapter.
    case(
        "X1601-032",
        wearing("a red anarkali dress"),
        color_of("kurta", "red", kind="open"),
        color_of("churidar", "red", kind="open"),
        color_of("dupatta", "red", kind="open"),
        details(
            "kurta",
            "the kurta has gold embroidery on the yoke and the sleeves and the hem of the kurta has a gold border with"
            " a gold",
            "cut",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Girls",
        title="Aarika Girls Red Embroidered Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Red",
    ),
    # Photo: boy front, bottle green kurta with gold foil print, cream pyjamas. All texts: VQA adapter.
    case(
        "X1601-033",
        wearing("", "non_answer"),
        color_of("kurta", "green", kind="open"),
        color_of("pyjamas", "green", "other_garment_color", kind="open"),
        Q.pattern("printed"),
        is_a("kurta", "yes"),
        gender="Boys",
        title="YK Boys Green & Gold-Toned Foil Printed Kurta with Pyjamas",
        category="Kurta Sets",
        color="Green",
    ),
    # Photo: girl front, knee-length sea green short-sleeve kurta over matching sea green palazzos; from a distance
    # the set reads as one long garment. Feed row has no color. All texts: VQA adapter.
    case(
        "X1601-034",
        wearing("a green dress", "contradiction"),
        color_of("kurta", "green", kind="open"),
        color_of("palazzos", "green", kind="open"),
        is_a("kurta", "yes"),
        Q.sleeve_length("short"),
        gender="Girls",
        title="Jaipur Kurti Girls Sea Green Solid Kurta with Palazzos",
        category="Kurta Sets",
    ),
    # Photo: boy front, peach indo-western sherwani with an asymmetric hem (looks like a long jacket), golden dhoti
    # pants. No brooch, no pocket square. All texts: VQA adapter.
    case(
        "X1601-035",
        wearing("a peach sherwani and gold pants"),
        color_of("sherwani", "peach", kind="open"),
        color_of("dhoti pants", "gold", kind="open"),
        details("sherwani", "the sherwani has a brooch on the chest and a pocket square", "unsupported"),
        is_a("sherwani", "no", "contradiction"),
        gender="Boys",
        title="Aj DEZInES Boys Peach-Coloured & Gold-Toned Indowestern Sherwani with Dhoti Pants",
        category="Sherwani",
        color="Peach",
    ),
    # Photo: girl front, multicolour floral patchwork lehenga, solid pink choli, yellow net dupatta.
    # All texts: VQA adapter.
    case(
        "X1601-036",
        wearing(
            "a colorful lehenga with a colorful dupatta and a colorful blouse and a colorful lehenga with a colorful"
            " dupatta and a colorful",
            "loop",
            hit_limit=True,
        ),
        color_of("lehenga", "multicolor", kind="open"),
        color_of("choli", "pink", kind="open"),
        color_of("dupatta", "multicolor", "other_garment_color", kind="open"),
        is_a("lehenga", "yes"),
        Q.pattern("floral"),
        gender="Girls",
        title="Fashion Dream Girls Multicoloured Floral Printed Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Multi",
    ),
    # Photo: boy front, plain white kurta and white pyjamas. All texts: VQA adapter.
    case(
        "X1601-037",
        wearing("a white kurta pajama"),
        color_of("kurta", "white", kind="open"),
        color_of("pyjamas", "white", kind="open"),
        details("kurta", "what are the kurta details?", "restated"),
        Q.material("cotton"),
        is_a("kurta", "yes"),
        gender="Boys",
        title="Fabindia Boys White Solid Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
    ),
    # Photo: toddler girl with short bobbed hair, sleeveless pink kurta, white dhoti pants. All texts: VQA adapter.
    case(
        "X1601-038",
        wearing("a little boy in a pink kurta and white dhoti", "pronoun"),
        color_of("kurta", "pink", kind="open"),
        color_of("dhoti pants", "white", kind="open"),
        is_a("dhoti", "yes"),
        Q.sleeve_length("sleeveless"),
        gender="Girls",
        title="BownBee Girls Pink Solid Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Pink",
    ),
    # Photo: boy front, navy Nehru jacket with mandarin collar buttoned over a cream kurta, cream pyjamas.
    # All texts: VQA adapter.
    case(
        "X1601-039",
        wearing("a blue jacket and white kurta"),
        color_of("kurta", "white", kind="open"),
        color_of("pyjamas", "white", kind="open"),
        color_of(
            "jacket",
            "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue"
            " blue blue blue blue blue blue blue blue blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        details("jacket", "the jacket has a mandarin collar and buttons down the front"),
        gender="Boys",
        title="Hopscotch Boys Navy Blue & Cream Kurta with Pyjamas & Jacket",
        category="Clothing Set",
        color="Navy Blue",
    ),
    # Photo: BACK view of a girl: mustard lehenga, pink choli with a tie-up dori and tassels at the back, pink
    # dupatta over one arm. All texts: VQA adapter.
    case(
        "X1601-040",
        wearing("a yellow skirt and a pink top"),
        color_of("lehenga", "yellow", kind="open"),
        color_of("choli", "pink", kind="open"),
        color_of("dupatta", "pink", kind="open"),
        details("choli", "the choli has a tie up at the back with tassels"),
        is_a("lehenga", "yes"),
        gender="Girls",
        title="Kid1 Girls Mustard & Pink Solid Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Mustard",
    ),
    # Photo: boy front, off white sherwani with gold embroidery, off white churidar, red safa (turban) that comes
    # with the set. All texts: VQA adapter.
    case(
        "X1601-041",
        wearing(
            "a white sherwani with gold embroidery and a red turban on his head and a white churidar with a red",
            "cut",
            hit_limit=True,
        ),
        color_of("sherwani", "white", kind="open"),
        color_of("churidar", "red", "other_garment_color", kind="open"),
        color_of("safa", "red", kind="open"),
        is_a("sherwani", "yes"),
        gender="Boys",
        title="Manyavar Boys Off White & Gold-Toned Embroidered Sherwani Set with Safa",
        category="Sherwani",
        color="Off White",
    ),
    # Photo: girl front, navy fit-and-flare dress with short sleeves and small white ethnic motifs.
    # All texts: VQA adapter.
    case(
        "X1601-042",
        wearing("a dress"),
        color_of("dress", "blue", kind="open"),
        Q.pattern("pattern", "non_answer"),
        Q.sleeve_length("short"),
        is_a("dress", "yes"),
        details("dress", "a white dress with a blue print on it", "contradiction"),
        gender="Girls",
        title="Aks Kids Girls Navy Blue Ethnic Motifs Printed Fit & Flare Ethnic Dress",
        category="Ethnic Dresses",
        color="Navy Blue",
    ),
    # Photo: boy front, solid mustard kurta, cream pyjamas. All texts: VQA adapter.
    case(
        "X1601-043",
        wearing(
            "a yellow kurta and white pajamas Question: What is the color of the kurta? Answer: yellow Question:",
            "leak",
            hit_limit=True,
        ),
        color_of("kurta", "yellow", kind="open"),
        color_of("pyjamas", "yellow", "other_garment_color", kind="open"),
        is_a("kurta", "yes"),
        Q.pattern("solid"),
        gender="Boys",
        title="YK Boys Mustard Yellow Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Photo: girl front holding a brass diya plate at chest height; purple kurta with gold foil print, purple
    # sharara, gold tissue dupatta. All texts: VQA adapter.
    case(
        "X1601-044",
        wearing("what is the person wearing?", "restated"),
        color_of("kurta", "purple", kind="open"),
        color_of("sharara", "gold", "other_garment_color", kind="open"),
        color_of("dupatta", "gold", kind="open"),
        details(
            "kurta",
            "gold print on the kurta and the dupatta has a gold border and the sharara has a gold border and the"
            " dupatta has a gold",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Girls",
        title="Jashvi Girls Purple & Gold-Toned Foil Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Purple",
    ),
    # Photo: boy front, rust kurta with mandarin collar and button placket, no pocket, white pyjamas.
    # All texts: VQA adapter.
    case(
        "X1601-045",
        wearing("an orange kurta and white pajama"),
        color_of("kurta", "orange", kind="open"),
        color_of("pyjamas", "orange", "other_garment_color", kind="open"),
        details(
            "kurta",
            "the kurta has a mandarin collar and a button placket and a pocket on the chest",
            "unsupported",
        ),
        is_a("kurta", "yes"),
        gender="Boys",
        title="Little Bansi Boys Rust Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Rust",
    ),
    # Photo: girl front, green silk pattu pavadai (long skirt) with a broad gold zari border, gold silk blouse.
    # All texts: VQA adapter.
    case(
        "X1601-046",
        wearing("a green skirt and gold blouse"),
        color_of("pavadai", "gold", "other_garment_color", kind="open"),
        color_of("blouse", "gold", kind="open"),
        is_a("pavadai", "no", "contradiction"),
        Q.material("silk"),
        gender="Girls",
        title="Kinder Kids Girls Green & Gold-Toned Pattu Pavadai with Blouse",
        category="Lehenga Choli",
        color="Green",
    ),
]
