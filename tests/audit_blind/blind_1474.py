"""BLIND_1474 (45 products; Myntra kids' wear, VQA adapter yes/no): written blind in the sixty-fifth session. Measured
blind at af418ff (the session's third rules): 76/89 failures found (85.4%) and 12/180 correct texts flagged (6.7%).
The writer's notes, verbatim:

Scenario: a Myntra kids' wear feed (boys' and girls' t-shirts, shorts, frocks, clothing sets, kurta sets, lehenga
cholis, one sherwani). Catalog columns as the feed has them: title (brand first, Myntra style), category (Myntra
article type: Tshirts, Shorts, Dresses, Clothing Set, Kurta Sets, Lehenga Choli, Sherwani), color (Myntra base
colour: Navy Blue, Grey Melange, Off White, Multi...), gender (Boys, Girls). A few rows lack color or category, one
lacks gender (a unisex toddler set). Photos are the usual kids' catalog shots: a child on a plain backdrop wearing the
product with other clothes, a few flat lays, two back views, props (teddy bear, straw hat, ball, stool, toy flute).
No caption step: the job ran only questions through the VQA adapter, 4 to 7 per product, picked per article type.
Who wrote what: every text is from BLIP-2 OPT-2.7b with leoreigoto/Data3_V3_BLIP2_VQA (1 epoch), greedy, 30 new
tokens, prompt "Question: ... Answer:", decoding stopped on newline or eos. The adapter often emits a newline after a
one- or two-word answer (yes/no, a color, a class name), but just as often runs on: a loop, a new "Question: ...
Answer:" block, or a long description cut at the limit. Its vocabulary is the In-shop one (tee, dress, shorts, denim,
polo shirt, vest, blouse...): no kurta, lehenga or frock of its own, though the base model still knows "kurta". It
says "yes" to most "Is this a ...?" questions (the VQA pairs it was trained on were built from each item's own
class), so wrong "yes" answers are the commonest yes/no failure.
Labeling conventions and judgement calls: judged by the imagined photo and the title. A yes/no answer about the
product is wrong when the title says otherwise, even if the child also wears that garment ("Is this a pair of
jeans?" "yes" on a t-shirt worn with jeans: contradiction). A color answer that is another worn garment's color is
other_garment_color; a print's color or a colourblock's minor color given as the product's color is contradiction.
Near hues count as right (lavender/purple, mustard/yellow, teal/green, peach/orange, coral/pink, maroon/red). A
"What is the child wearing?" answer that names only another visible garment, or a class name close to the product
(vest for a Nehru jacket set, hoodie for a hooded tee, skirt for a lehenga), is left correct; "dress" for a boy's
knee-length kurta, "blouse" for a girl's tee, "costume" for a printed tee are contradictions. An anarkali kurta set
answered "yes" to "Is this a dress?" is marked contradiction (the set is a kurta set), the closest call in the set.
Material: correct when the title or the photo shows it (denim, net, velvet); a material neither shows is
unsupported; one the title contradicts is contradiction. Run-ons are labeled by what went wrong first and most:
a new "Question:" block is leak even when the answer before it is right; a repeated word or phrase is loop; a long
description stopped mid-phrase at the limit is cut. Every text that ran to 30 tokens has hit_limit=True. An empty
answer or a bare "garment" is non_answer; the question's own words back is restated. A flat lay answered as if a
child wore it with other things is unsupported.
"""

from tests.audit_corpus import BLIND_QUESTIONS, case, color_of, describe, details, is_a, wearing

Q = BLIND_QUESTIONS

BLIND_1474 = [
    # Photo: boy on a white backdrop, navy round-neck tee with a white dinosaur print on the chest, grey track pants,
    # front view. All texts: VQA adapter.
    case(
        "X1474-001",
        wearing(
            "graphic tee Question: What is the color of the graphic tee? Answer: navy Question: Is this a graphic "
            "tee? Answer: yes Question",
            "leak",
            who="the child",
            hit_limit=True,
        ),
        is_a("tee", "yes"),
        is_a("dress", "no"),
        Q.color("navy"),
        Q.pattern("graphic"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Boys",
        title="YK Boys Navy Blue Printed Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: girl standing, pink sleeveless fit-and-flare frock with small white flowers, white sandals.
    # All texts: VQA adapter.
    case(
        "X1474-002",
        wearing("dress", who="the child"),
        is_a("dress", "yes"),
        is_a(
            "skirt",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        Q.color("pink"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        gender="Girls",
        title="Hopscotch Girls Pink Floral Printed Fit and Flare Dress",
        category="Dresses",
        color="Pink",
    ),
    # Photo: boy in a white tee worn out over olive chino shorts, white sneakers; the shot is cropped at the chest.
    # All texts: VQA adapter.
    case(
        "X1474-003",
        wearing("tee and shorts", who="the child"),
        is_a("pair of shorts", "yes"),
        is_a("tee", "yes", "contradiction"),
        Q.color("white", "other_garment_color"),
        color_of("shorts", "olive"),
        Q.garment_type("shorts"),
        gender="Boys",
        title="Allen Solly Junior Boys Olive Green Solid Regular Fit Shorts",
        category="Shorts",
        color="Olive",
    ),
    # Photo: flat lay, yellow cotton frock with a white peter pan collar and short puff sleeves, no model.
    # All texts: VQA adapter.
    case(
        "X1474-004",
        wearing(
            "dress Question: What is the color of the dress? Answer: yellow Question: Is this a dress? Answer: yes "
            "Question:",
            "leak",
            who="the child",
            hit_limit=True,
        ),
        is_a("dress", "yes"),
        Q.color("yellow"),
        Q.sleeve_length("short-sleeve"),
        Q.pattern("solid"),
        gender="Girls",
        title="Cherry Crumble Girls Yellow Solid A-Line Cotton Dress with Peter Pan Collar",
        category="Dresses",
        color="Yellow",
    ),
    # Photo: boy in a red-and-white horizontally striped polo t-shirt, navy shorts, three-quarter pose.
    # All texts: VQA adapter.
    case(
        "X1474-005",
        wearing(
            "polo shirt with red and white stripes and a white collar and two buttons on the placket and a pair of "
            "navy blue shorts with a belt",
            "cut",
            who="the child",
            hit_limit=True,
        ),
        is_a("polo shirt", "yes"),
        is_a("tee", "yes"),
        Q.color("red"),
        Q.pattern("striped"),
        Q.garment_type(
            "polo shirt polo shirt polo shirt polo shirt polo shirt polo shirt polo shirt polo shirt polo shirt polo "
            "shirt polo shirt polo shirt polo shirt polo shirt polo shirt",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="Gini and Jony Boys Red & White Striped Polo Collar T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # Photo: boy in a cream straight kurta to the knee, maroon churidar pyjama, maroon mojaris.
    # All texts: VQA adapter.
    case(
        "X1474-006",
        wearing("kurta and pants", who="the child"),
        is_a("dress", "yes", "contradiction"),
        is_a("kurta", "yes"),
        Q.color("cream"),
        Q.material("silk", "contradiction"),
        gender="Boys",
        title="Vastramay Boys Cream-Coloured & Maroon Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Cream",
    ),
    # Photo: girl in a lavender net party frock, sequinned sleeveless bodice, layered tulle skirt to mid-calf.
    # All texts: VQA adapter.
    case(
        "X1474-007",
        wearing(
            "dress with a sequin bodice and a tulle skirt with a sequin bodice and a tulle skirt with a sequin bodice "
            "and a",
            "loop",
            who="the child",
            hit_limit=True,
        ),
        is_a("dress", "yes"),
        is_a("skirt", "no"),
        Q.color("purple"),
        Q.material("cotton", "contradiction"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("solid"),
        gender="Girls",
        title="Toy Balloon Kids Girls Lavender Embellished Net Fit & Flare Party Dress",
        category="Dresses",
        color="Lavender",
    ),
    # Photo: back view, boy in a grey melange tee (the print is on the front, so the back is plain), black shorts.
    # All texts: VQA adapter.
    case(
        "X1474-008",
        wearing("tee", who="the child"),
        is_a("tee", "yes"),
        is_a("dress", "yes", "contradiction"),
        Q.color("grey"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("short-sleeve"),
        gender="Boys",
        title="H&M Boys Grey Melange Printed Cotton T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # Photo: girl in a red lehenga with a gold zari border, red short-sleeve blouse, gold net dupatta over one
    # shoulder. All texts: VQA adapter.
    case(
        "X1474-009",
        wearing(
            "skirt and blouse with a dupatta on the shoulder and a gold border on the skirt and a gold border on the "
            "blouse and a",
            "cut",
            who="the child",
            hit_limit=True,
        ),
        is_a("dress", "yes", "contradiction"),
        is_a("skirt", "yes"),
        Q.color("red"),
        Q.garment_type("skirt"),
        Q.material("silk", "unsupported"),
        gender="Girls",
        title="Jashvi Girls Red & Gold-Toned Ready to Wear Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Red",
    ),
    # Photo: boy in mid-blue washed denim shorts with rolled hems, yellow round-neck tee, sneakers.
    # All texts: VQA adapter.
    case(
        "X1474-010",
        wearing("denim shorts", who="the child"),
        is_a("pair of shorts", "yes"),
        is_a("pair of jeans", "yes", "contradiction"),
        color_of("shorts", "blue"),
        Q.color("yellow", "other_garment_color"),
        Q.material("denim"),
        gender="Boys",
        title="Pepe Jeans Boys Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Photo: girl in a white tee with a pink unicorn print and pink shorts, the set sold together.
    # All texts: VQA adapter.
    case(
        "X1474-011",
        wearing("tee and shorts", who="the child"),
        is_a("tee", "yes"),
        is_a("pair of shorts", "yes"),
        is_a("dress", "no"),
        Q.color("white"),
        Q.pattern("the pattern of the garment", "restated"),
        color_of("shorts", "white", "other_garment_color"),
        gender="Girls",
        title="Peppermint Girls White & Pink Printed T-shirt with Shorts",
        category="Clothing Set",
        color="White",
    ),
    # Photo: boy in a mustard yellow plain round-neck tee, mid-blue jeans, side pose. All texts: VQA adapter.
    case(
        "X1474-012",
        wearing("tee", who="the child"),
        is_a("tee", "yes"),
        is_a("pair of jeans", "yes", "contradiction"),
        Q.color(
            "yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        Q.sleeve_length("short-sleeve"),
        gender="Boys",
        title="max Boys Mustard Yellow Solid Round Neck T-shirt",
        category="Tshirts",
        color="Mustard",
    ),
    # Photo: girl in a navy frock with white polka dots, white collar, cap sleeves, white shoes.
    # All texts: VQA adapter.
    case(
        "X1474-013",
        wearing(
            "dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress "
            "dress dress dress dress dress dress dress dress dress dress dress dress dress",
            "loop",
            who="the child",
            hit_limit=True,
        ),
        is_a("dress", "yes"),
        Q.color("navy"),
        Q.pattern("dotted"),
        Q.sleeve_length("short-sleeve"),
        is_a("romper", "no"),
        gender="Girls",
        title="Bella Moda Girls Navy Blue & White Polka Dot Print Fit & Flare Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: boy with his hair in a small topknot, yellow short kurta, white dhoti pants, holding a toy flute.
    # All texts: VQA adapter.
    case(
        "X1474-014",
        wearing("she is wearing a yellow kurta and white pants", "pronoun", who="the child"),
        is_a("dress", "no"),
        Q.color("yellow"),
        Q.garment_type("blouse", "contradiction"),
        Q.pattern("solid"),
        is_a(
            "pair of pants",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="Sangria Boys Yellow & White Solid Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Photo: flat lay, pink cotton shorts with an elastic waist and a fabric bow at the front, no model.
    # All texts: VQA adapter.
    case(
        "X1474-015",
        wearing("shorts", who="the child"),
        is_a("pair of shorts", "yes"),
        is_a("skirt", "no"),
        Q.color("pink"),
        Q.material("cotton"),
        details(
            "shorts",
            "shorts with a bow Question: What is the color of the shorts? Answer: pink Question: Is this a pair of "
            "shorts?",
            "leak",
            hit_limit=True,
        ),
        gender="Girls",
        title="Marks & Spencer Girls Pink Solid Pure Cotton Shorts",
        category="Shorts",
        color="Pink",
    ),
    # Photo: boy in a teal tee with white "BORN TO PLAY" lettering across the chest, plain black shorts.
    # All texts: VQA adapter.
    case(
        "X1474-016",
        wearing(
            "graphic tee with a white text print on the front that says born to play and a pair of black shorts with "
            "a white stripe on the",
            "cut",
            who="the child",
            hit_limit=True,
        ),
        is_a("tee", "yes"),
        Q.color("teal"),
        Q.pattern("graphic"),
        Q.sleeve_length("short-sleeve"),
        is_a("dress", "yes", "contradiction"),
        gender="Boys",
        title="Kook N Keech Boys Teal Green Typography Printed T-shirt",
        category="Tshirts",
        color="Teal",
    ),
    # Photo: girl in an off-white tiered maxi frock with a blue floral print, full sleeves, holding a straw hat.
    # All texts: VQA adapter.
    case(
        "X1474-017",
        wearing(
            "dress with blue flowers and long sleeves and a straw hat in her hand and a pair of white sandals and a "
            "white headband with a",
            "cut",
            who="the child",
            hit_limit=True,
        ),
        is_a("dress", "yes"),
        Q.color("blue", "contradiction"),
        Q.pattern("floral"),
        Q.sleeve_length("long-sleeve"),
        is_a("skirt", "yes", "contradiction"),
        gender="Girls",
        title="Cherry Crumble Girls Off-White & Blue Floral Print Tiered Maxi Dress",
        category="Dresses",
        color="Off White",
    ),
    # Photo: boy mid-stride in black sports shorts and a neon green tee, running shoes. All texts: VQA adapter.
    case(
        "X1474-018",
        wearing("tee and shorts", who="the child"),
        is_a("pair of shorts", "yes"),
        color_of("shorts", "green", "other_garment_color"),
        Q.color("black"),
        Q.garment_type(
            "shorts Question: What is the color of the shorts? Answer: black Question: What is the color of the tee? "
            "Answer: green",
            "leak",
            hit_limit=True,
        ),
        gender="Boys",
        title="HRX by Hrithik Roshan Boys Black Solid Regular Fit Sports Shorts",
        category="Shorts",
        color="Black",
    ),
    # Photo: girl in a green hip-length kurta with small pink floral print and pink gota trim, pink sharara, pink
    # dupatta, three-quarter sleeves. All texts: VQA adapter.
    case(
        "X1474-019",
        wearing("she is wearing a green kurta and pink palazzo pants with a dupatta", who="the child"),
        is_a("dress", "yes", "contradiction"),
        is_a("kurta", "yes"),
        Q.color("green"),
        Q.pattern("floral"),
        Q.sleeve_length("three-quarter sleeve"),
        gender="Girls",
        title="Biba Girls Green & Pink Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Green",
    ),
    # Photo: boy in a white polo t-shirt with a small navy embroidered logo on the chest, navy chinos.
    # All texts: VQA adapter.
    case(
        "X1474-020",
        wearing("polo shirt and pants", who="the child"),
        is_a("polo shirt", "yes"),
        is_a("pair of pants", "yes", "contradiction"),
        Q.color("white-navy", "other_garment_color"),
        Q.pattern("solid"),
        describe(
            "polo shirt",
            "a white polo shirt with a red logo on the chest and a navy stripe on the collar",
            "unsupported",
        ),
        gender="Boys",
        title="U.S. Polo Assn. Kids Boys White Solid Polo Collar Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: girl in a red gingham pinafore frock over a white puff-sleeve top, white socks, red shoes.
    # All texts: VQA adapter.
    case(
        "X1474-021",
        wearing("dress and blouse", who="the child"),
        is_a("dress", "yes"),
        Q.color("red"),
        Q.pattern("plaid"),
        Q.sleeve_length("short-sleeve"),
        is_a("romper", "yes", "contradiction"),
        gender="Girls",
        title="Budding Bees Girls Red Checked Pinafore Dress with White Top",
        category="Dresses",
        color="Red",
    ),
    # Photo: boy in a charcoal short-sleeve hooded tee with a small chest print, olive camouflage-print shorts.
    # All texts: VQA adapter.
    case(
        "X1474-022",
        wearing("hoodie", who="the child"),
        is_a("tee", "no", "contradiction"),
        is_a("sweatshirt", "yes", "contradiction"),
        Q.color("grey"),
        Q.sleeve_length("short-sleeve"),
        Q.pattern("camouflage", "contradiction"),
        gender="Boys",
        title="Anthrilo Boys Charcoal Grey Printed Hooded Cotton T-shirt",
        category="Tshirts",
        color="Charcoal",
    ),
    # Photo: girl in a pink-and-white striped tee tucked into a blue denim skirt. All texts: VQA adapter.
    case(
        "X1474-023",
        wearing("tee and skirt", who="the child"),
        is_a("tee", "yes"),
        is_a("skirt", "no"),
        Q.color("pink"),
        Q.pattern("striped"),
        Q.sleeve_length(
            "short-sleeve short-sleeve short-sleeve short-sleeve short-sleeve short-sleeve short-sleeve short-sleeve "
            "short-",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="H&M Girls Pink & White Striped Round Neck Cotton T-shirt",
        category="Tshirts",
        color="Pink",
    ),
    # Photo: flat lay, blue tee with an orange racing-car print laid above orange shorts, sold as a set.
    # All texts: VQA adapter.
    case(
        "X1474-024",
        wearing(
            "tee and shorts with a red car on the front and the number 23 under the car and a pair of orange shorts "
            "with an elastic waist and a",
            "cut",
            who="the child",
            hit_limit=True,
        ),
        is_a("tee", "yes"),
        is_a("pair of shorts", "yes"),
        Q.color("blue"),
        color_of("shorts", "blue", "other_garment_color"),
        Q.material("cotton"),
        gender="Boys",
        title="Babyhug Boys Blue & Orange Printed Cotton T-shirt with Shorts",
        category="Clothing Set",
        color="Blue",
    ),
    # Photo: girl in a maroon velvet long-sleeve frock, white tights, black shoes. All texts: VQA adapter.
    case(
        "X1474-025",
        wearing(
            "dress Answer: dress Answer: dress Answer: dress Answer: dress Answer: dress Answer: dress Answer:",
            "leak",
            who="the child",
            hit_limit=True,
        ),
        is_a("dress", "yes"),
        Q.color("maroon"),
        Q.sleeve_length("long-sleeve"),
        Q.material("velvet"),
        Q.pattern("solid"),
        gender="Girls",
        title="A.T.U.N. Girls Maroon Solid Velvet Fit & Flare Party Dress",
        category="Dresses",
        color="Maroon",
    ),
    # Photo: boy in a colourblocked tee, white body with red sleeves and a red shoulder panel, mid-blue jeans.
    # All texts: VQA adapter.
    case(
        "X1474-026",
        wearing("tee and jeans", who="the child"),
        is_a("tee", "yes"),
        Q.color("red", "contradiction"),
        Q.pattern("color block"),
        Q.sleeve_length("short-sleeve"),
        is_a("pair of jeans", "yes", "contradiction"),
        gender="Boys",
        title="Mothercare Boys White & Red Colourblocked Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: girl in a black ankle-length flared anarkali kurta with gold embroidery at the yoke, black churidar,
    # black dupatta with a gold border. All texts: VQA adapter.
    case(
        "X1474-027",
        wearing(
            "black dress with gold embroidery and a pair of black leggings and a black dupatta with gold embroidery "
            "on the",
            "cut",
            who="the child",
            hit_limit=True,
        ),
        is_a("dress", "yes", "contradiction"),
        is_a("kurta", "yes"),
        Q.color("black"),
        Q.pattern("embroidered"),
        Q.sleeve_length("long-sleeve"),
        gender="Girls",
        title="Aarika Girls Black & Gold-Toned Embroidered Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Black",
    ),
    # Photo: boy side-on in khaki cargo shorts with flap side pockets, navy tee. All texts: VQA adapter.
    case(
        "X1474-028",
        wearing("shorts", who="the child"),
        is_a("pair of shorts", "yes"),
        color_of("shorts", "khaki"),
        details(
            "shorts",
            "the shorts have pockets on the sides and a pocket on the back and a pocket on the back and a pocket on "
            "the back and a pocket on",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("pants", "contradiction"),
        gender="Boys",
        title="Allen Solly Junior Boys Khaki Solid Cargo Shorts",
        category="Shorts",
        color="Khaki",
    ),
    # Photo: girl in a light-blue denim pinafore dress over a white-and-red striped tee, white sneakers.
    # All texts: VQA adapter.
    case(
        "X1474-029",
        wearing("denim", who="the child"),
        is_a("dress", "no", "contradiction"),
        is_a("tee", "yes", "contradiction"),
        Q.color("blue"),
        Q.pattern("striped", "contradiction"),
        Q.material("denim"),
        gender="Girls",
        title="UTH by Pepe Jeans Girls Blue Denim Pinafore Dress",
        category="Dresses",
        color="Blue",
    ),
    # Photo: boy in a maroon self-design sherwani with gold buttons to the knee, cream churidar, cream stole.
    # All texts: VQA adapter.
    case(
        "X1474-030",
        wearing("jacket and pants", who="the child"),
        is_a("dress", "yes", "contradiction"),
        is_a("kurta", "no"),
        Q.color("maroon"),
        Q.pattern("solid"),
        Q.garment_type(
            "coat Question: What is the color of the coat? Answer: maroon Question: What is the color of the pants? "
            "Answer",
            "leak",
            hit_limit=True,
        ),
        gender="Boys",
        title="Manyavar Boys Maroon Self Design Sherwani Set",
        category="Sherwani",
        color="Maroon",
    ),
    # Photo: back view, girl in a white schiffli-embroidered sleeveless frock with a tie-back bow.
    # All texts: VQA adapter.
    case(
        "X1474-031",
        wearing("", "non_answer", who="the child"),
        is_a("dress", "yes"),
        Q.color(
            "white white white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        gender="Girls",
        title="Hopscotch Girls White Schiffli Embroidered Pure Cotton A-Line Dress",
        category="Dresses",
        color="White",
    ),
    # Photo: toddler in a green tee with a cartoon dinosaur print and black shorts; the feed gives no gender.
    # All texts: VQA adapter.
    case(
        "X1474-032",
        wearing("tee and shorts", who="the child"),
        is_a("tee", "yes"),
        is_a("pair of shorts", "yes"),
        Q.color("green"),
        Q.pattern("graphic"),
        color_of("shorts", "green", "other_garment_color"),
        title="Kids Ville Kids Green & Black Dinosaur Printed T-shirt with Shorts",
        category="Clothing Set",
        color="Green",
    ),
    # Photo: girl in a lavender tee with ruffled short sleeves and a glitter butterfly print, white jeans.
    # All texts: VQA adapter.
    case(
        "X1474-033",
        wearing("blouse", "contradiction", who="the child"),
        is_a("tee", "yes"),
        is_a("dress", "no"),
        Q.color("purple"),
        Q.pattern("graphic"),
        Q.sleeve_length(
            "short-sleeve Question: What is the color of the tee? Answer: purple Question: Is this a tee? Answer: yes",
            "leak",
            hit_limit=True,
        ),
        gender="Girls",
        title="Gini and Jony Girls Lavender Graphic Printed Ruffled Sleeve T-shirt",
        category="Tshirts",
        color="Lavender",
    ),
    # Photo: boy in navy chino shorts and a white-and-grey striped tee, sneakers. All texts: VQA adapter.
    case(
        "X1474-034",
        wearing("tee", who="the child"),
        is_a("pair of shorts", "yes"),
        is_a("tee", "no"),
        color_of("shorts", "navy"),
        Q.color("grey", "other_garment_color"),
        Q.garment_type("garment", "non_answer"),
        gender="Boys",
        title="Pantaloons Junior Boys Navy Blue Solid Regular Fit Chino Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
    # Photo: girl seated on a wooden stool, mustard lehenga with a pink block print, pink choli, pink dupatta.
    # All texts: VQA adapter.
    case(
        "X1474-035",
        wearing("skirt and top", who="the child"),
        is_a("dress", "yes", "contradiction"),
        is_a("skirt", "yes"),
        Q.color("mustard"),
        Q.pattern(
            "floral floral floral floral floral floral floral floral floral floral floral floral floral floral floral "
            "floral floral floral floral floral floral floral floral floral floral floral floral floral floral floral",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("type of garment", "restated"),
        gender="Girls",
        title="Fabindia Girls Mustard & Pink Printed Ready to Wear Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Mustard",
    ),
    # Photo: boy in a red Spider-Man printed tee (the face mask across the chest), black shorts.
    # All texts: VQA adapter.
    case(
        "X1474-036",
        wearing("spiderman costume", "contradiction", who="the child"),
        is_a("tee", "yes"),
        Q.color("red-black", "other_garment_color"),
        Q.pattern("graphic"),
        Q.sleeve_length(
            "short-sleeve Question: What is the sleeve length of the tee? Answer: short-sleeve Question: What is the",
            "leak",
            hit_limit=True,
        ),
        is_a("dress", "no"),
        gender="Boys",
        title="Marvel by Wear Your Mind Boys Red Spider-Man Printed Round Neck T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # Photo: girl with a short bob, sea-green cotton shorts and a white tank top; the feed row lacks its color.
    # All texts: VQA adapter.
    case(
        "X1474-037",
        wearing("he is wearing a white tank top and green shorts", "pronoun", who="the child"),
        is_a("pair of shorts", "yes"),
        is_a("tee", "yes", "contradiction"),
        color_of("shorts", "green"),
        Q.color("white", "other_garment_color"),
        Q.material("linen", "contradiction"),
        gender="Girls",
        title="Marks & Spencer Girls Sea Green Solid Cotton Shorts",
        category="Shorts",
    ),
    # Photo: boy with shoulder-length hair, peach henley tee with a three-button placket and no pocket, olive shorts;
    # cropped at the waist. All texts: VQA adapter.
    case(
        "X1474-038",
        wearing("she is wearing a peach tee and green shorts", "pronoun", who="the child"),
        is_a("tee", "yes"),
        Q.color("peach"),
        Q.sleeve_length("short-sleeve"),
        Q.pattern("solid"),
        describe("tee", "a peach tee with buttons on the front and a pocket on the chest", "unsupported"),
        gender="Boys",
        title="Allen Solly Junior Boys Peach-Coloured Solid Henley Neck T-shirt",
        category="Tshirts",
        color="Peach",
    ),
    # Photo: flat lay, coral sleeveless tiered frock with shoulder ties, no model, no accessories.
    # All texts: VQA adapter.
    case(
        "X1474-039",
        wearing("a pink dress and white sandals", "unsupported", who="the child"),
        is_a("dress", "yes"),
        is_a("skirt", "yes", "contradiction"),
        Q.color("coral"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("solid"),
        gender="Girls",
        title="Pspeaches Girls Coral Solid Tiered Fit & Flare Dress",
        category="Dresses",
        color="Coral",
    ),
    # Photo: boy in a white kurta and white pyjama under a blue floral-printed Nehru jacket.
    # All texts: VQA adapter.
    case(
        "X1474-040",
        wearing("he is wearing a white kurta and a blue vest", who="the child"),
        is_a("kurta", "no", "contradiction"),
        is_a("vest", "yes"),
        Q.color("blue", "contradiction"),
        Q.sleeve_length("long-sleeve"),
        gender="Boys",
        title="Vastramay Boys White Kurta with Pyjamas & Blue Printed Nehru Jacket",
        category="Kurta Sets",
        color="White",
    ),
    # Photo: flat lay of two plain round-neck tees, one pink and one white, sold as a pack of two.
    # All texts: VQA adapter.
    case(
        "X1474-041",
        wearing("tee", who="the child"),
        is_a("tee", "yes"),
        Q.color("pink and white"),
        Q.pattern("solid"),
        Q.sleeve_length("short-sleeve"),
        Q.garment_type("", "non_answer"),
        gender="Girls",
        title="H&M Girls Pack of 2 Solid Round Neck Cotton T-shirts",
        category="Tshirts",
        color="Multi",
    ),
    # Photo: boy sitting cross-legged on the floor with a football, grey melange knit lounge shorts, black tee;
    # the feed row lacks its category. All texts: VQA adapter.
    case(
        "X1474-042",
        wearing("tee and shorts", who="the child"),
        is_a("pair of shorts", "yes"),
        color_of("shorts", "black", "other_garment_color"),
        Q.color("grey"),
        is_a("pair of pants", "yes", "contradiction"),
        details("shorts", "the shorts are shorts", "restated"),
        gender="Boys",
        title="Marks & Spencer Boys Grey Melange Solid Knitted Lounge Shorts",
        color="Grey Melange",
    ),
    # Photo: girl in a blue straight kurta with a white floral print, white palazzos, silver juttis.
    # All texts: VQA adapter.
    case(
        "X1474-043",
        wearing(
            "kurta and pants Question: What is the color of the kurta? Answer: blue Question: What is the color of "
            "the pants?",
            "leak",
            who="the child",
            hit_limit=True,
        ),
        is_a("dress", "yes", "contradiction"),
        is_a("kurta", "yes"),
        Q.color("blue"),
        Q.pattern("floral"),
        Q.material("cotton"),
        gender="Girls",
        title="Biba Girls Blue & White Floral Printed Pure Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Blue",
    ),
    # Photo: back view, boy in a black tee with a large white graphic print across the back, white shorts.
    # All texts: VQA adapter.
    case(
        "X1474-044",
        wearing("graphic tee", who="the child"),
        is_a("tee", "yes"),
        Q.color("black"),
        Q.pattern("graphic"),
        Q.sleeve_length(
            "short-sleeve round neck short-sleeve round neck short-sleeve round neck short-sleeve round neck short-",
            "loop",
            hit_limit=True,
        ),
        describe(
            "tee",
            "a black tee with a graphic print on the back Question: What is the color of the tee? Answer: black "
            "Question: Is",
            "leak",
            hit_limit=True,
        ),
        gender="Boys",
        title="Bewakoof Boys Black Graphic Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: girl holding a teddy bear, red frock with a small white floral print, smocked yoke, flutter sleeves.
    # All texts: VQA adapter.
    case(
        "X1474-045",
        wearing("dress and a teddy bear", "unsupported", who="the child"),
        is_a("dress", "yes"),
        is_a("tee", "no"),
        Q.color("red"),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Girls",
        title="Hopscotch Girls Red Floral Print Smocked Pure Cotton A-Line Dress",
        category="Dresses",
        color="Red",
    ),
]
