"""BLIND_1354 (45 products; Myntra kids' wear, VQA adapter with yes/no garment questions): written blind in the sixty-
third session. Measured blind at a6e2e4e (the session's eighth and final rules): 84/95 failures found (88.4%) and
7/204 correct texts flagged (3.4%). The writer's notes, verbatim:

Scenario: a Myntra kids' wear feed (boys' and girls' t-shirts, shorts, frocks, kurta and lehenga sets, a few tops,
shirts, joggers and night suits). Catalog columns as Myntra exports them: title (productDisplayName style), category
(the article type: Tshirts, Shorts, Dresses, Kurta Sets, Lehenga Choli, Clothing Set...), color (the base colour) and
gender (Boys / Girls); a few rows lack the colour or the gender, as the feed does. Photos are the usual studio shots: a
child on a white or beige backdrop wearing the product with styling pieces (shorts under a t-shirt, a tee under a
pinafore), now and then a flat lay, a back view, a prop (teddy, balloons, football, basket, toy truck).
Who wrote what: every text comes from one system, BLIP-2 OPT-2.7b (8-bit) with the VQA LoRA adapter
leoreigoto/Data3_V3_BLIP2_VQA, greedy, `Question: ... Answer:` prompts, 30 new tokens. The run has no caption: the VQA
adapter breaks captions, so the questionnaire for this feed is questions only: what the child is wearing, the color of
the product garment (stored open, free generation), two or three "Is this a ...?" yes/no questions, and some of type /
pattern / sleeve length / material / describe / details. Decoding stops on a newline, so most short answers come back
clean; the adapter never learned an end of answer, so long answers loop or run to the 30-token limit, and a few yes/no
answers run on into another `Question: ... Answer:` turn. The adapter leans to "yes" on the garment questions. About a
third of the texts are wrong: the short color and wearing answers are mostly right, the yes/no answers and the long
texts are not.
Labeling conventions and judgement calls: judged against the photo I imagined and the title. "Is this a X?" is about the
product in the title, not the styling pieces: "yes" to "Is this a pair of pants?" for a polo shirt worn with chinos is
wrong (contradiction); for a clothing set or night suit every piece of the set counts. A kurta called a "dress" is wrong
(contradiction), but a kurta called a "shirt" / "top" and a pyjama, palazzo or dhoti pants called "pants" are right; a
nehru jacket answered as a "vest" is right; a lehenga answered yes to "skirt" is right. Near hues count as right (peach
-> pink, coral -> orange, navy -> blue, mustard -> yellow, teal -> blue); the color of a print, a sash or a styling
piece given as the product's color is wrong: other_garment_color when it is another garment's color (also the product's
color given to the styling piece), contradiction when it is the print's or trim's. A pack or a striped/checked garment
answered with one of its colors is right. Materials that match the title or are the plain default for the garment
(cotton tee, denim shorts, velvet for a velvet dress) are right; a material the title or the photo contradicts is
unsupported. A plainly wrong closed answer (a sleeve length, a garment type, "yes" for the prop hat) is a contradiction,
also when it comes from a styling piece. A looped text that also ran to the limit is a loop; a long text that runs to
the limit mid-phrase is cut unless it invents details, then unsupported. An answer that echoes the garment word
("shorts" for the shorts' color) and "yes" to an open question are non_answers; "they are shorts" for the details is
restated. A run-on into another `Question:` turn is a leak. "he"/"she" against the gender column is a pronoun failure.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import case, color_of, describe, details, is_a, wearing

BLIND_1354 = [
    # Photo: boy (~7) on white backdrop, navy round-neck tee with a white rocket print, grey melange knit shorts
    # (styling), white sneakers; front view. All texts: VQA adapter.
    case(
        "X1354-001",
        wearing("a blue shirt and blue shorts", failure="other_garment_color", who="the boy"),
        color_of("t-shirt", "navy blue", kind="open"),
        is_a("t-shirt", "yes"),
        is_a("dress", "no"),
        is_a("shorts", "no", article="a pair of"),
        Q.material("cotton"),
        gender="Boys",
        title="YK Boys Navy Blue Printed Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: girl (~5) in a pink short-sleeve jersey dress with small white hearts, holding a brown teddy bear (prop);
    # front view, white backdrop. All texts: VQA adapter.
    case(
        "X1354-002",
        wearing("pink dress", who="the girl"),
        color_of("dress", "pink", kind="open"),
        is_a("dress", "yes"),
        is_a("skirt", "yes", failure="contradiction"),
        Q.sleeve_length("short sleeve"),
        describe("dress", "a pink dress with white hearts"),
        Q.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton"
            " cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton",
            failure="loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="H&M Girls Pink Printed Cotton Jersey Dress",
        category="Dresses",
        color="Pink",
    ),
    # Photo: girl twirling in a yellow sleeveless tiered fit-and-flare frock with a white peter pan collar, white
    # sandals; white backdrop. All texts: VQA adapter.
    case(
        "X1354-003",
        wearing("yellow dress with white collar", who="she"),
        color_of("frock", "yellow", kind="open"),
        is_a("frock", "yes"),
        is_a("t-shirt", "no"),
        describe(
            "frock",
            "a yellow frock with a white collar and a white collar and a white collar and a white collar and a white"
            " collar and a",
            failure="loop",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless"),
        Q.garment_type("dress"),
        gender="Girls",
        title="Cherry Crumble by Nitt Hyman Girls Yellow Solid Fit and Flare Dress",
        category="Dresses",
        color="Yellow",
    ),
    # Photo: boy in a plain white tee (styling) and grey melange knit shorts with a white drawstring and side pockets;
    # full body, front. All texts: VQA adapter.
    case(
        "X1354-004",
        wearing("white t-shirt and grey shorts", who="the boy"),
        color_of("shorts", "white", failure="other_garment_color", kind="open"),
        is_a("shorts", "yes", article="a pair of"),
        is_a("pants", "no", article="a pair of"),
        is_a("t-shirt", "yes", failure="contradiction"),
        details("shorts", "drawstring waist, two side pockets"),
        Q.material("cotton"),
        gender="Boys",
        title="max Boys Grey Melange Solid Regular Fit Shorts",
        category="Shorts",
        color="Grey Melange",
    ),
    # Photo: girl in a pink straight kurta with gold gota embroidery on the yoke, flared pink sharara, gold net dupatta
    # over one shoulder; beige backdrop. All texts: VQA adapter.
    case(
        "X1354-005",
        wearing("dress", failure="contradiction", who="the girl"),
        color_of("kurta", "pink", kind="open"),
        is_a("dress", "yes", failure="contradiction"),
        is_a("kurta", "yes"),
        describe("kurta", "pink with gold embroidery"),
        Q.sleeve_length("sleeveless", failure="contradiction"),
        Q.material("silk"),
        gender="Girls",
        title="Bitiya by Bhama Girls Pink & Gold-Toned Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Pink",
    ),
    # Photo: girl in a white ruffled top (styling) and mid-blue washed denim shorts with frayed hems; front view.
    # All texts: VQA adapter.
    case(
        "X1354-006",
        wearing("he is wearing a white top and blue denim shorts", failure="pronoun", who="the child"),
        color_of("shorts", "blue", kind="open"),
        is_a("shorts", "yes", article="a pair of"),
        Q.material("denim"),
        details(
            "shorts",
            "frayed hem, frayed hem, frayed hem, frayed hem, frayed hem, frayed hem, frayed hem, frayed hem, frayed",
            failure="loop",
            hit_limit=True,
        ),
        Q.garment_type("shorts"),
        gender="Girls",
        title="Gini and Jony Girls Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Photo: boy in a white polo t-shirt with navy tipping on the collar, beige chinos (styling), one hand in pocket.
    # All texts: VQA adapter.
    case(
        "X1354-007",
        wearing("a white polo shirt and khaki pants", who="the boy"),
        color_of("t-shirt", "white", kind="open"),
        is_a("polo shirt", "yes"),
        is_a("pants", "yes", failure="contradiction", article="a pair of"),
        Q.sleeve_length("short sleeve"),
        Q.pattern("solid"),
        describe(
            "t-shirt",
            "a white polo shirt with a blue collar and blue buttons and a blue logo on the chest and a blue stripe on"
            " the sleeves and a",
            failure="cut",
            hit_limit=True,
        ),
        gender="Boys",
        title="Allen Solly Junior Boys White Solid Polo Collar T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: girl in a peach A-line dress with a small blue floral print and flutter sleeves, straw hat (prop).
    # All texts: VQA adapter.
    case(
        "X1354-008",
        wearing("a pink dress and a straw hat", who="the girl"),
        color_of("dress", "blue", failure="contradiction", kind="open"),
        is_a("dress", "yes"),
        is_a("hat", "yes", failure="contradiction"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeve"),
        describe(
            "dress",
            "a pink dress with a floral print and a straw hat, the dress has a ruffled hem and a ruffled sleeves and"
            " a ruffled",
            failure="cut",
            hit_limit=True,
        ),
        gender="Girls",
        title="Pantaloons Junior Girls Peach-Coloured Floral Print A-Line Dress",
        category="Dresses",
        color="Peach",
    ),
    # Photo: boy in a navy and white horizontally striped round-neck tee and plain mid-blue jeans; three-quarter
    # angle. All texts: VQA adapter.
    case(
        "X1354-009",
        wearing("a blue and white striped shirt and jeans", who="the boy"),
        color_of("t-shirt", "blue and white", kind="open"),
        color_of("jeans", "blue and white", failure="other_garment_color", kind="open"),
        is_a("t-shirt", "yes"),
        is_a("sweater", "yes", failure="contradiction"),
        Q.pattern("striped"),
        describe("t-shirt", "a navy and white striped t-shirt"),
        gender="Boys",
        title="U.S. Polo Assn. Kids Boys Navy Blue & White Striped Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: flat lay on white, no model: lavender sleeveless party frock, sequinned bodice, layered tulle skirt,
    # satin bow at the front waist. All texts: VQA adapter.
    case(
        "X1354-010",
        wearing("a purple dress"),
        color_of("frock", "purple", kind="open"),
        is_a("dress", "yes"),
        is_a("skirt", "yes", failure="contradiction"),
        describe("frock", "a purple dress with a bow on the front"),
        Q.sleeve_length("short sleeve", failure="contradiction"),
        Q.material("", failure="non_answer"),
        gender="Girls",
        title="Hopscotch Girls Lavender Embellished Tulle Party Frock",
        category="Dresses",
        color="Lavender",
    ),
    # Photo: boy in an off-white self-design kurta with maroon piping on the mandarin collar and maroon buttons,
    # off-white churidar pyjama, tan mojris; front. All texts: VQA adapter.
    case(
        "X1354-011",
        wearing("a white shirt and white pants", who="the boy"),
        color_of("kurta", "white", kind="open"),
        is_a("kurta", "yes"),
        is_a("shirt", "yes"),
        is_a("dress", "no"),
        Q.material("yes", failure="non_answer"),
        details(
            "kurta",
            "maroon collar, maroon buttons, maroon collar, maroon buttons, maroon collar, maroon buttons, maroon"
            " collar, maroon",
            failure="loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="YK Boys Off-White & Maroon Self Design Kurta with Pyjamas",
        category="Kurta Sets",
        color="Off White",
    ),
    # Photo: boy in a black graphic tee (styling) and olive cotton-twill cargo shorts with flap pockets; front.
    # All texts: VQA adapter.
    case(
        "X1354-012",
        wearing("black t-shirt and green shorts", who="the boy"),
        color_of("shorts", "black", failure="other_garment_color", kind="open"),
        is_a("shorts", "yes", article="a pair of"),
        is_a("t-shirt", "yes", failure="contradiction"),
        Q.garment_type("shorts"),
        Q.material("cotton"),
        details(
            "shorts",
            "two flap pockets on the sides and two flap pockets on the back and two flap pockets on the sides and two"
            " flap",
            failure="loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="UNDER FOURTEEN ONLY Boys Olive Green Solid Cargo Shorts",
        category="Shorts",
        color="Olive",
    ),
    # Photo: toddler girl sitting on a wooden stool (prop) in a red frock with white polka dots, puff sleeves and a
    # white collar. All texts: VQA adapter.
    case(
        "X1354-013",
        wearing("he is wearing a red and white polka dot dress", failure="pronoun", who="the baby"),
        color_of("frock", "red", kind="open"),
        is_a("frock", "yes"),
        is_a("romper", "yes", failure="contradiction"),
        Q.pattern("polka dot"),
        Q.sleeve_length("short sleeve"),
        details(
            "frock",
            "white collar, puff sleeves, white collar, puff sleeves, white collar, puff sleeves, white collar, puff"
            " sleeves, white",
            failure="loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Babyhug Girls Red & White Polka Dot Print Cotton Frock",
        category="Dresses",
        color="Red",
    ),
    # Photo: boy in a night suit: sky blue tee with a red car print and navy pyjama with small car prints; front.
    # All texts: VQA adapter.
    case(
        "X1354-014",
        wearing("a blue shirt and blue pants", who="the boy"),
        color_of("t-shirt", "blue", kind="open"),
        color_of("pyjamas", "blue", kind="open"),
        is_a("t-shirt", "yes"),
        is_a("pants", "yes", article="a pair of"),
        is_a("dress", "no"),
        describe("t-shirt", "a light blue t-shirt with cars printed on it"),
        details(
            "pyjamas",
            "elastic waist, car print, elastic waist, car print, elastic waist, car print, elastic waist, car print,"
            " elastic",
            failure="loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="Sweet Dreams Boys Blue Printed Night Suit",
        category="Night suits",
        color="Blue",
    ),
    # Photo: flat lay, three plain crew-neck tees fanned out: grey melange, navy, bottle green. All texts: VQA adapter.
    case(
        "X1354-015",
        wearing("t-shirts"),
        color_of(
            "t-shirts",
            "grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey"
            " grey grey grey grey grey grey grey grey grey",
            failure="loop",
            kind="open",
            hit_limit=True,
        ),
        is_a("t-shirt", "yes"),
        is_a("shorts", "yes", failure="contradiction", article="a pair of"),
        Q.garment_type("tee"),
        Q.material("cotton"),
        gender="Boys",
        title="Marks & Spencer Boys Pack of 3 Pure Cotton T-shirts",
        category="Tshirts",
        color="Multi",
    ),
    # Photo: girl in a white cotton top with pink floral embroidery on the yoke and puff sleeves, pink skirt (styling).
    # All texts: VQA adapter.
    case(
        "X1354-016",
        wearing("a white top and pink skirt", who="the girl"),
        color_of("top", "pink", failure="other_garment_color", kind="open"),
        is_a("blouse", "yes"),
        is_a("skirt", "no"),
        Q.sleeve_length("short sleeve"),
        details("top", "embroidery on the neckline"),
        describe("top", "yes", failure="non_answer"),
        gender="Girls",
        title="Hopscotch Girls White Embroidered Pure Cotton Top",
        category="Tops",
        color="White",
    ),
    # Photo: boy in a mustard pullover hoodie (no zip) with a kangaroo pocket, hood down, black joggers (styling).
    # All texts: VQA adapter.
    case(
        "X1354-017",
        wearing("a yellow hoodie and black pants", who="the boy"),
        color_of("hoodie", "yellow", kind="open"),
        is_a("sweatshirt", "yes"),
        is_a("jacket", "yes", failure="contradiction"),
        Q.material("cotton"),
        Q.garment_type("sweatshirt"),
        details("hoodie", "a kangaroo pocket on the front and a zipper on the front", failure="unsupported"),
        gender="Boys",
        title="Gini and Jony Boys Mustard Yellow Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
    ),
    # Photo: girl, hand on hip, in a green flared lehenga with gold foil print, a gold choli, sheer green net dupatta.
    # All texts: VQA adapter.
    case(
        "X1354-018",
        wearing("a green and gold dress", failure="contradiction", who="the girl"),
        color_of("skirt", "green", kind="open"),
        color_of("blouse", "green", failure="other_garment_color", kind="open"),
        is_a("skirt", "yes"),
        Q.material(
            "silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk"
            " silk silk silk silk silk silk silk silk silk",
            failure="loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Aks Kids Girls Green & Gold-Toned Printed Ready to Wear Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Green",
    ),
    # Photo: boy in a red tee with a large black-and-white Avengers "A" logo, denim shorts (styling); front.
    # All texts: VQA adapter.
    case(
        "X1354-019",
        wearing("a red t-shirt and denim shorts", who="he"),
        color_of("t-shirt", "black", failure="contradiction", kind="open"),
        is_a("t-shirt", "yes"),
        is_a("tank top", "no"),
        describe("t-shirt", "a red t-shirt with a spider-man logo on the front", failure="unsupported"),
        Q.pattern("graphic"),
        gender="Boys",
        title="Kids Ville Boys Red Avengers Printed Round Neck T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # Photo: girl in a navy and white striped cotton dungaree (short legs) over a white tee (styling); front.
    # All texts: VQA adapter.
    case(
        "X1354-020",
        wearing("a romper", who="the girl"),
        color_of("dungaree", "blue and white", kind="open"),
        is_a("romper", "yes"),
        is_a("dress", "no"),
        Q.pattern("striped"),
        Q.material("denim", failure="unsupported"),
        details(
            "dungaree",
            "Question: What are the dungaree details? Answer: the dungaree details are the dungaree details are the"
            " dungaree",
            failure="leak",
            hit_limit=True,
        ),
        gender="Girls",
        title="Cub McPaws Girls Navy Blue & White Striped Cotton Dungaree",
        category="Dungarees",
        color="Navy Blue",
    ),
    # Photo: boy in a sky blue full-sleeve button-down casual shirt, sleeves rolled to the elbow, navy chinos
    # (styling). All texts: VQA adapter.
    case(
        "X1354-021",
        wearing("a blue shirt and blue pants", who="the boy"),
        color_of("shirt", "blue", kind="open"),
        color_of("pants", "blue", kind="open"),
        is_a("shirt", "yes"),
        is_a("t-shirt", "yes", failure="contradiction"),
        Q.sleeve_length("long sleeve"),
        Q.material("denim", failure="unsupported"),
        gender="Boys",
        title="Pine Kids Boys Sky Blue Regular Fit Solid Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: flat lay, two pull-on shorts with elastic waists, one coral and one mint green. All texts: VQA adapter.
    case(
        "X1354-022",
        wearing("shorts"),
        color_of("shorts", "pink and green", kind="open"),
        is_a("shorts", "yes", article="a pair of"),
        is_a("skirt", "no"),
        Q.garment_type("shorts"),
        Q.material("cotton"),
        describe("shorts", "shorts", failure="restated"),
        gender="Girls",
        title="Mini Klub Girls Pack of 2 Solid Cotton Shorts",
        category="Shorts",
    ),
    # Photo: girl in a teal round-neck tee with a pink and silver glitter unicorn print, white shorts (styling).
    # All texts: VQA adapter.
    case(
        "X1354-023",
        wearing("a blue t-shirt with a unicorn on it and white shorts", who="the girl"),
        color_of("t-shirt", "pink", failure="contradiction", kind="open"),
        is_a("t-shirt", "yes"),
        Q.pattern("graphic"),
        describe(
            "t-shirt",
            "a blue t-shirt with a unicorn on it. the unicorn is pink and the unicorn is pink and the unicorn is pink"
            " and the",
            failure="loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Peppermint Girls Teal Blue Unicorn Printed Round Neck T-shirt",
        category="Tshirts",
        color="Teal",
    ),
    # Photo: girl, side angle, in a mustard straight kurta with white block print and three-quarter sleeves, white
    # palazzos. All texts: VQA adapter.
    case(
        "X1354-024",
        wearing("a yellow top and white pants", who="the girl"),
        color_of("kurta", "yellow", kind="open"),
        color_of("palazzos", "yellow", failure="other_garment_color", kind="open"),
        is_a("kurta", "yes"),
        is_a("pants", "yes", article="a pair of"),
        Q.sleeve_length("three-quarter sleeve"),
        describe(
            "kurta",
            "a yellow kurta with white print and three-quarter sleeves and white palazzos and a white dupatta with"
            " yellow print and",
            failure="unsupported",
            hit_limit=True,
        ),
        gender="Girls",
        title="YK Girls Mustard Yellow & White Printed Pure Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Photo: boy in an orange tee (styling) and charcoal grey joggers with cuffed ankles and a drawstring waist.
    # All texts: VQA adapter.
    case(
        "X1354-025",
        wearing("orange t-shirt and grey pants", who="the boy"),
        color_of("joggers", "orange", failure="other_garment_color", kind="open"),
        is_a("pants", "yes", article="a pair of"),
        is_a("leggings", "yes", failure="contradiction", article="a pair of"),
        details("joggers", "elastic waist and cuffs"),
        Q.material("cotton"),
        gender="Boys",
        title="Nauti Nati Boys Charcoal Grey Solid Joggers",
        category="Track Pants",
        color="Charcoal",
    ),
    # Photo: back view of a girl in a deep red velvet dress with long sleeves, a white lace collar, a back zip and a
    # bow at the back waist. All texts: VQA adapter.
    case(
        "X1354-026",
        wearing("a red dress", who="she"),
        color_of("dress", "red", kind="open"),
        is_a("dress", "yes"),
        Q.sleeve_length("short sleeve", failure="contradiction"),
        describe("dress", "a red velvet dress with long sleeves and a white lace collar"),
        Q.material("velvet"),
        details(
            "dress",
            "a zipper on the back and a bow on the back and a zipper on the back and a bow on the back and a zipper",
            failure="loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Tiny Girl Girls Red Solid Velvet Party Dress with Lace Collar",
        category="Dresses",
        color="Red",
    ),
    # Photo: boy in a white tee with a green football print (styling) and green pull-on cotton shorts, a football
    # under one arm (prop). All texts: VQA adapter.
    case(
        "X1354-027",
        wearing("a white t-shirt and green shorts", who="the boy"),
        color_of("shorts", "green", kind="open"),
        is_a("shorts", "yes", article="a pair of"),
        is_a("skirt", "no"),
        is_a("pants", "yes", failure="contradiction", article="a pair of"),
        Q.material("cotton"),
        Q.garment_type("tee", failure="contradiction"),
        describe("shorts", "yes", failure="non_answer"),
        gender="Boys",
        title="H&M Boys Green Cotton Jersey Shorts",
        category="Shorts",
        color="Green",
    ),
    # Photo: girl in a royal blue flared anarkali kurta with gold print, white churidar, blue dupatta with a gold
    # border. All texts: VQA adapter.
    case(
        "X1354-028",
        wearing("blue and gold", failure="non_answer", who="the girl"),
        color_of("kurta", "blue", kind="open"),
        is_a("kurta", "yes"),
        is_a("dress", "no"),
        describe("kurta", "a blue kurta with gold print and a white churidar"),
        details(
            "kurta",
            "gold print, gold print, gold print, gold print, gold print, gold print, gold print, gold print, gold"
            " print, gold",
            failure="loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Girls",
        title="Biba Girls Blue & Gold-Toned Printed Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Blue",
    ),
    # Photo: girl in a pink printed tunic top (styling) and black ankle-length leggings; front. All texts: VQA adapter.
    case(
        "X1354-029",
        wearing("a pink top and black leggings", who="the girl"),
        color_of("leggings", "pink", failure="other_garment_color", kind="open"),
        is_a("leggings", "yes", article="a pair of"),
        is_a("jeans", "yes", failure="contradiction", article="a pair of"),
        Q.material("cotton"),
        details("leggings", "they are leggings", failure="restated"),
        gender="Girls",
        title="Gini and Jony Girls Black Solid Ankle-Length Leggings",
        category="Leggings",
        color="Black",
    ),
    # Photo: boy mid-stride in a black dry-fit sports tee with a white Puma cat logo on the chest, black shorts
    # (styling). All texts: VQA adapter.
    case(
        "X1354-030",
        wearing("a black shirt and black shorts", who="he"),
        color_of("t-shirt", "black", kind="open"),
        color_of("shorts", "black", kind="open"),
        is_a("t-shirt", "yes"),
        Q.material("polyester"),
        describe("t-shirt", "a black t-shirt with a white puma logo on the chest"),
        gender="Boys",
        title="Puma Boys Black Brand Logo Printed Slim Fit dryCELL Sports T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: girl in a set: pink tee with a "little star" text and star print, pink and white striped shorts.
    # All texts: VQA adapter.
    case(
        "X1354-031",
        wearing("a pink t-shirt and pink and white striped shorts", who="the girl"),
        color_of("t-shirt", "pink", kind="open"),
        color_of("shorts", "pink", kind="open"),
        is_a("t-shirt", "yes"),
        is_a("shorts", "yes", article="a pair of"),
        details(
            "t-shirt",
            "a star on the front and the words 'little star' on the front and the words 'little star' on the front"
            " and the",
            failure="loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Cherry Crumble by Nitt Hyman Girls Pink Printed T-shirt with Shorts",
        category="Clothing Set",
        color="Pink",
    ),
    # Photo: boy in a cream silk-blend kurta and cream churidar under a maroon brocade nehru jacket with gold buttons.
    # All texts: VQA adapter.
    case(
        "X1354-032",
        wearing("a red vest and white pants", who="the boy"),
        color_of("kurta", "red", failure="other_garment_color", kind="open"),
        is_a("kurta", "yes"),
        is_a("vest", "yes"),
        Q.material("silk"),
        describe("jacket", "a red jacket with gold embroidery and gold buttons"),
        details("kurta", "the kurta details", failure="restated"),
        gender="Boys",
        title="Manyavar Boys Cream-Coloured Silk Blend Kurta with Churidar & Nehru Jacket",
        category="Kurta Sets",
        color="Cream",
    ),
    # Photo: girl in a sleeveless blue denim pinafore dress over a white short-sleeve tee (styling); front.
    # All texts: VQA adapter.
    case(
        "X1354-033",
        wearing("a blue denim dress and a white shirt", who="the girl"),
        color_of("dress", "white", failure="other_garment_color", kind="open"),
        is_a("dress", "yes"),
        is_a("jeans", "yes", failure="contradiction", article="a pair of"),
        Q.material("denim"),
        Q.sleeve_length("short sleeve", failure="contradiction"),
        gender="Girls",
        title="Gini and Jony Girls Blue Denim A-Line Pinafore Dress",
        category="Dresses",
        color="Blue",
    ),
    # Photo: back view, boy in a grey melange tee with a large "SKATE" back print, black shorts (styling).
    # All texts: VQA adapter.
    case(
        "X1354-034",
        wearing("he is wearing a grey shirt and black shorts", who="the child"),
        color_of("t-shirt", "grey", kind="open"),
        color_of("shorts", "grey", failure="other_garment_color", kind="open"),
        is_a("t-shirt", "yes"),
        is_a("shorts", "yes", failure="contradiction", article="a pair of"),
        describe("t-shirt", "a grey t-shirt with the word skate on the back"),
        Q.material("cotton"),
        gender="Boys",
        title="Kook N Keech Boys Grey Melange Typography Back Printed T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # Photo: girl holding a wicker basket (prop), sleeveless fit-and-flare dress, white base with big pink and orange
    # flowers and green leaves, a thin pink tie belt at the waist. All texts: VQA adapter.
    case(
        "X1354-035",
        wearing("a floral dress", who="the girl"),
        color_of("dress", "white", kind="open"),
        is_a("dress", "yes"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        is_a(
            "skirt",
            "no no no no no no no no no no no no no no no no no no no no no no no no no no no no no no",
            failure="loop",
            hit_limit=True,
        ),
        describe(
            "dress",
            "a white dress with pink and orange flowers and green leaves and a pink bow at the waist and a pink bow at"
            " the",
            failure="cut",
            hit_limit=True,
        ),
        gender="Girls",
        title="Naughty Ninos Girls Multicoloured Floral Printed Fit & Flare Dress",
        category="Dresses",
    ),
    # Photo: boy sitting on a wooden crate (prop) in a set: blue and white checked half-sleeve shirt, navy shorts.
    # All texts: VQA adapter.
    case(
        "X1354-036",
        wearing("a blue and white plaid shirt and blue shorts", who="the boy"),
        color_of("shirt", "blue and white", kind="open"),
        color_of("shorts", "blue and white", failure="other_garment_color", kind="open"),
        is_a("shirt", "yes"),
        is_a("shorts", "no", failure="contradiction", article="a pair of"),
        Q.pattern("plaid"),
        describe(
            "shirt",
            "a blue and white checked shirt with a collar and buttons down the front and a pocket on the chest and a"
            " pocket on the",
            failure="cut",
            hit_limit=True,
        ),
        gender="Boys",
        title="Little Kangaroos Boys Blue & White Checked Shirt with Shorts",
        category="Clothing Set",
        color="Blue",
    ),
    # Photo: small boy (3-4, longish curly hair) in a yellow tee with a lion face print, denim shorts (styling).
    # All texts: VQA adapter.
    case(
        "X1354-037",
        wearing("she is wearing a yellow t-shirt and blue shorts", failure="pronoun", who="the child"),
        color_of("t-shirt", "yellow", kind="open"),
        is_a("t-shirt", "yes"),
        is_a("dress", "no"),
        describe("t-shirt", "a yellow t-shirt with a lion on it"),
        details(
            "t-shirt",
            "a lion face printed on the front with a mane made of orange and brown and yellow and a black nose and a"
            " pink tongue and a",
            failure="cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Boys",
        title="Fame Forever by Lifestyle Boys Yellow Lion Printed Cotton T-shirt",
        category="Tshirts",
        color="Yellow",
    ),
    # Photo: girl in a white tee with a printed cat (styling) and pink cotton shorts with a small bow at the waist.
    # All texts: VQA adapter.
    case(
        "X1354-038",
        wearing("a white t-shirt and pink shorts", who="the girl"),
        color_of("shorts", "shorts", failure="non_answer", kind="open"),
        is_a("shorts", "yes", article="a pair of"),
        details("shorts", "they are shorts", failure="restated"),
        Q.garment_type("tee", failure="contradiction"),
        Q.material("cotton"),
        gender="Girls",
        title="Cub McPaws Girls Pink Solid Cotton Shorts",
        category="Shorts",
        color="Pink",
    ),
    # Photo: boy, hands folded, in a white kurta with a gold border at the placket and hem, white dhoti pants with a
    # gold border. All texts: VQA adapter.
    case(
        "X1354-039",
        wearing("a white shirt and white pants", who="the boy"),
        color_of("kurta", "white", kind="open"),
        color_of("dhoti", "white", kind="open"),
        is_a("kurta", "yes"),
        is_a("skirt", "yes", failure="contradiction"),
        Q.sleeve_length("short sleeve", failure="contradiction"),
        describe(
            "kurta",
            "a white kurta with gold border and a white dhoti with gold border and a white kurta with gold border and"
            " a white",
            failure="loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="Sethukrishna Boys White & Gold-Toned Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="White",
    ),
    # Photo: girl, hands on hips, in an olive green sleeveless top with a small white flower print, denim shorts
    # (styling). All texts: VQA adapter.
    case(
        "X1354-040",
        wearing("a green top and denim shorts", who="the girl"),
        color_of("top", "green", kind="open"),
        is_a(
            "blouse",
            "yes Question: Is this a blouse? Answer: yes Question: Is this a blouse? Answer: yes Question: Is",
            failure="leak",
            hit_limit=True,
        ),
        is_a("tank top", "yes"),
        Q.material("organic cotton"),
        Q.sleeve_length("sleeveless"),
        describe(
            "top",
            "a green sleeveless top with white flowers printed all over it and a round neckline with a button at the"
            " back of the",
            failure="cut",
            hit_limit=True,
        ),
        gender="Girls",
        title="Ed-a-Mamma Girls Green Floral Printed Organic Cotton Top",
        category="Tops",
        color="Green",
    ),
    # Photo: boy in a plain red round-neck tee and beige shorts (styling), holding a toy truck (prop).
    # All texts: VQA adapter.
    case(
        "X1354-041",
        wearing("a red t-shirt and khaki shorts", who="the boy"),
        color_of("t-shirt", "red", kind="open"),
        is_a("t-shirt", "yes"),
        is_a("polo shirt", "yes", failure="contradiction"),
        Q.pattern("solid"),
        Q.material("polyester", failure="unsupported"),
        details("t-shirt", "round neck, short sleeves, ribbed neckline"),
        gender="Boys",
        title="Gini and Jony Boys Red Solid Pure Cotton Round Neck T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # Photo: girl in a white lace frock with cap sleeves and a pink satin sash, holding three pink balloons (prop).
    # All texts: VQA adapter.
    case(
        "X1354-042",
        wearing("a white dress with a pink bow", who="the girl"),
        color_of("frock", "pink", failure="contradiction", kind="open"),
        is_a("frock", "yes"),
        is_a("skirt", "no"),
        describe(
            "frock",
            "white lace with a pink ribbon around the waist and pink balloons in her hand, the balloons are pink and"
            " the balloons",
            failure="cut",
            hit_limit=True,
        ),
        Q.material("lace"),
        gender="Girls",
        title="Pantaloons Junior Girls White Lace Self Design Fit and Flare Frock",
        category="Dresses",
        color="White",
    ),
    # Photo: girl in a long purple tee with a Frozen Elsa and Anna print, black leggings (styling).
    # All texts: VQA adapter.
    case(
        "X1354-043",
        wearing("a purple t-shirt and black pants", who="she"),
        color_of(
            "t-shirt",
            "purple Question: What is the color of the t-shirt? Answer: purple Question: What is the color of the",
            failure="leak",
            kind="open",
            hit_limit=True,
        ),
        is_a("dress", "yes", failure="contradiction"),
        is_a("t-shirt", "yes"),
        describe("t-shirt", "a purple t-shirt with a picture of two girls on it"),
        Q.garment_type("tee"),
        gender="Girls",
        title="Kids Ville Girls Purple Frozen Printed Round Neck T-shirt",
        category="Tshirts",
        color="Purple",
    ),
    # Photo: boy in a bottle green art-silk kurta with a mandarin collar and front buttons, cream pyjama.
    # The feed row has no colour and no gender. All texts: VQA adapter.
    case(
        "X1354-044",
        wearing("a green shirt and white pants", who="the boy"),
        color_of("pyjama", "green", failure="other_garment_color", kind="open"),
        is_a("kurta", "yes"),
        is_a("dress", "", failure="non_answer"),
        Q.material("silk"),
        details("kurta", "a mandarin collar and buttons on the front"),
        title="Aj Dezines Boys Green & Cream-Coloured Art Silk Kurta Pyjama Set",
        category="Kurta Sets",
    ),
    # Photo: girl in a coral and white striped sleeveless tiered dress (no collar, no belt, no buttons), sunglasses
    # pushed up on her head, white sneakers. All texts: VQA adapter.
    case(
        "X1354-045",
        wearing("a striped dress and sunglasses", who="the girl"),
        color_of("dress", "orange and white", kind="open"),
        is_a("dress", "yes"),
        Q.pattern("striped"),
        describe(
            "dress",
            "a orange and white striped dress with a white collar and a white belt and white buttons down the front,"
            " the dress is",
            failure="unsupported",
            hit_limit=True,
        ),
        Q.material("silk", failure="unsupported"),
        gender="Girls",
        title="Mothercare Girls Coral & White Striped Tiered Cotton Dress",
        category="Dresses",
        color="Coral",
    ),
]
