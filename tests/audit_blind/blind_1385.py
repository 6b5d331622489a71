"""BLIND_1385 (45 products; Myntra kids' ethnic wear, VQA adapter, each piece's color): written blind in the sixty-
fourth session. Measured blind at bfeca02 (the session's second rules): 54/71 failures found (76.1%) and 8/164
correct texts flagged (4.9%). The writer's notes, verbatim:

Scenario: a Myntra feed of kids' ethnic wear (kurta sets with pyjamas, dhoti pants, churidars, shararas, palazzos,
patialas; lehenga cholis and pattu pavadai; sherwanis; anarkalis; ethnic dresses; Nehru jackets). Catalog columns as
Myntra exports them: the product display name as title (brand first, "Boys"/"Girls", the colors, the pieces),
category as Myntra's article type, color as the base colour (one hue, even for two-tone sets), gender Boys/Girls.
A column is missing now and then. Photos are the catalog's usual shots: a child on a plain backdrop, now and then a
flat lay of the pieces, a back view, a prop (a toy flute, a potli bag, a gift box, a brass urli, a marigold garland),
and clothes that are not sold (the white kurta under a Nehru jacket, sneakers, a safa).
Who wrote what: every text is the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA on blip2-opt-2.7b), greedy, free
generation with `Question: ... Answer:`, 30 new tokens; the job does not caption with this adapter. The questions: the
person's clothes, then the color of each piece the title names (kurta, pyjama, jacket, lehenga, choli/blouse,
dupatta...), asked by the piece's own name and stored open since nothing maps them to a closed set; sometimes the
yes/no garment question, a description, the pattern, the sleeves or the material. The adapter never learned to stop:
most answers end on a newline after a word or two, but some run on to the limit, repeat, or go on into the next
`Question:`; a few come back empty.
Labeling conventions and judgement calls: a piece's color is judged against the photo, not against the base colour
(a white pyjama under a yellow kurta is white). Near hues are right: cream or off-white answered "white", maroon
"red", mustard "yellow", teal or turquoise "blue", magenta "purple" or "pink", peach "orange". Two pieces that really
share a color may get the same answer and are right; when a piece gets the color of another piece of the outfit it is
other_garment_color; when it gets the color of a prop, the backdrop, or the embroidery instead of the cloth, or the
yes/no question says "no" to the garment in the title, it is contradiction. The adapter only knows In-shop garment
words: "shirt and pants" for a kurta pyjama, "jacket" or "suit" for a sherwani, "vest" for a Nehru jacket, "dress" for
a lehenga or an anarkali are accepted; "shorts" for ankle-length dhoti pants is not. A loop is labeled loop even
when its color is also wrong; an answer that runs into the next prompt is leak; a text that stops mid-phrase at the
limit without repeating is cut. "nothing" for a flat lay (no one is wearing anything) is marked non_answer because it
tells nothing about the product. Invented details (a collar that is embroidery, a stripe, denim for cotton, cotton
for sequined georgette) are unsupported. Materials are judged by the title when it names one, else by the photo.
"""

from tests.audit_corpus import BLIND_QUESTIONS, case, color_of, describe, details, is_a, wearing


def piece(garment, text, failure=None, hit_limit=False):
    """The color of one piece, free generation, stored open."""
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


BLIND_1385 = [
    # Photo: boy on a white backdrop, cream kurta with a mandarin collar, maroon pyjama, brown mojaris.
    # Texts: VQA adapter, all of them; no caption. The short answers are right; the details answer loops.
    case(
        "X1385-001",
        wearing("a white shirt and red pants", who="the boy"),
        piece("kurta", "cream"),
        piece("pyjama", "maroon"),
        is_a("kurta", "yes"),
        details(
            "kurta",
            "the sleeves, the neckline, the collar, the sleeves, the neckline, the collar, the sleeves, the neckline, "
            "the collar, the sleeves",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="Jashvi Boys Cream-Coloured & Maroon Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Cream",
    ),
    # Photo: boy in a white kurta and white pyjama under a navy Nehru jacket with a white pocket square.
    # Texts: VQA adapter; the jacket gets the kurta's white; the description starts over.
    case(
        "X1385-002",
        wearing("a blue jacket and white pants", who="the boy"),
        piece("kurta", "white"),
        piece("pyjama", "white"),
        piece("jacket", "white", "other_garment_color"),
        describe(
            "jacket",
            "a blue vest with buttons and a white handkerchief in the pocket and a blue vest with buttons and a white "
            "handkerchief in the",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="VASTRAMAY Boys White Kurta with Pyjamas & Navy Blue Nehru Jacket",
        category="Kurta Sets",
        color="White",
    ),
    # Photo: girl on a grey backdrop, pink lehenga with a wide gold embroidered border, pink blouse, gold net dupatta
    # draped over one shoulder. Texts: VQA adapter; the blouse and details answers repeat to the limit.
    case(
        "X1385-003",
        wearing("a pink dress", who="the girl"),
        piece("lehenga", "pink"),
        piece(
            "blouse",
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink "
            "pink pink pink pink pink pink pink pink pink",
            "loop",
            hit_limit=True,
        ),
        piece("dupatta", "gold"),
        is_a("lehenga", "yes"),
        details(
            "lehenga",
            "the lehenga has a gold border at the bottom and the blouse has a gold border at the bottom and the "
            "dupatta has a gold border at the",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="BITIYA by Bhama Girls Pink & Gold-Toned Embroidered Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Pink",
    ),
    # Photo: boy in a cream sherwani with gold buttons, cream churidar, a maroon stole over the left shoulder.
    # Texts: VQA adapter; the stole gets the sherwani's white, and "sherwani" is a word it answers "no" to.
    case(
        "X1385-004",
        wearing("a white jacket and pants", who="the boy"),
        piece("sherwani", "white"),
        piece("churidar", "white"),
        piece("stole", "white", "other_garment_color"),
        is_a("sherwani", "no", "contradiction"),
        gender="Boys",
        title="Aj DEZInES Boys Cream-Coloured & Maroon Embroidered Sherwani with Churidar & Stole",
        category="Sherwani",
        color="Cream",
    ),
    # Photo: boy holding a toy flute (prop), yellow kurta, white ankle-length dhoti pants, bare feet.
    # Texts: VQA adapter; "shorts" for the dhoti pants; the dhoti answer runs into the next prompts.
    case(
        "X1385-005",
        wearing("a yellow shirt and white shorts", "contradiction", who="the boy"),
        piece("kurta", "yellow"),
        piece(
            "dhoti",
            "white\nQuestion: Is this a kurta? Answer: yes\nQuestion: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        BLIND_QUESTIONS.pattern("solid"),
        gender="Boys",
        title="Sethukrishna Boys Yellow & White Solid Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Photo: girl mid-twirl, mustard anarkali with a red and green block print, red churidar, green dupatta.
    # Texts: VQA adapter; churidar gets the kurta's color, the dupatta answer loops.
    case(
        "X1385-006",
        wearing("a yellow dress", who="the girl"),
        piece("kurta", "yellow"),
        piece("churidar", "yellow", "other_garment_color"),
        piece(
            "dupatta",
            "green green green green green green green green green green green green green green green green green "
            "green green green green green green green green green green green green green",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        describe("kurta", "a yellow dress with red and green flowers"),
        gender="Girls",
        title="Biba Girls Mustard Yellow Ethnic Motifs Printed Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Photo: girl in a teal fit-and-flare dress with a pink floral print and gold gota at the hem, elbow sleeves.
    # Texts: VQA adapter; the clothes answer loops, the rest is right.
    case(
        "X1385-007",
        wearing(
            "a blue dress with flowers on it and a blue dress with flowers on it and a blue dress with flowers on it "
            "and a",
            "loop",
            who="the girl",
            hit_limit=True,
        ),
        piece("dress", "teal"),
        is_a("dress", "yes"),
        BLIND_QUESTIONS.pattern("floral"),
        gender="Girls",
        title="KISAH Girls Teal Floral Printed Fit & Flare Ethnic Dress",
        category="Ethnic Dresses",
        color="Teal",
    ),
    # Photo: flat lay on white: gold-toned silk kurta, cream pyjama, maroon printed Nehru jacket, no child.
    # Texts: VQA adapter; "nothing" for the flat lay, and the jacket answer runs into the next prompt.
    case(
        "X1385-008",
        wearing("nothing", "non_answer"),
        piece("kurta", "gold"),
        is_a("kurta", "yes"),
        piece("pyjama", "white"),
        piece(
            "jacket",
            "maroon Question: What is the color of the pyjama? Answer: white Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        describe("jacket", "a red vest with a floral print"),
        gender="Boys",
        title="YK Boys Gold-Toned Kurta with Pyjamas & Maroon Printed Nehru Jacket",
        category="Kurta Sets",
        color="Gold",
    ),
    # Photo: girl in a green lehenga with a pink border, pink choli, pink dupatta, holding a gold potli bag (prop).
    # Texts: VQA adapter; the dupatta gets the potli's gold, the clothes answer gives the choli the lehenga's green.
    case(
        "X1385-009",
        wearing("a green skirt and a green top", "other_garment_color", who="the girl"),
        piece("lehenga", "green"),
        piece("choli", "pink"),
        piece("dupatta", "gold", "contradiction"),
        is_a("lehenga", "yes"),
        gender="Girls",
        title="Aj DEZInES Girls Green & Pink Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Green",
    ),
    # Photo: boy on a beige backdrop, navy sherwani with gold embroidery on the collar and placket, off-white churidar.
    # Texts: VQA adapter; the sherwani answer starts right and then repeats "and gold" to the limit.
    case(
        "X1385-010",
        wearing("a blue suit", who="the boy"),
        piece(
            "sherwani",
            "navy blue and gold and gold and gold and gold and gold and gold and gold and gold and gold and gold and "
            "gold and gold and gold and gold",
            "loop",
            hit_limit=True,
        ),
        piece("churidar", "white"),
        is_a("sherwani", "yes"),
        describe("sherwani", "a blue jacket with gold embroidery on the collar and the front"),
        gender="Boys",
        title="Jashvi Boys Navy Blue & Gold-Toned Embroidered Sherwani Set",
        category="Sherwani",
        color="Navy Blue",
    ),
    # Photo: girl seated on a wooden stool (prop), peach kurta with mirror work, peach sharara, off-white dupatta.
    # Texts: VQA adapter; the dupatta gets the kurta's peach; "no" to kurta.
    case(
        "X1385-011",
        wearing("a pink top and pants", who="the girl"),
        piece("kurta", "peach"),
        piece("sharara", "peach"),
        piece("dupatta", "peach", "other_garment_color"),
        is_a("kurta", "no", "contradiction"),
        describe("kurta", "a pink top with small mirrors on it"),
        gender="Girls",
        title="Pspeaches Girls Peach-Coloured Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Peach",
    ),
    # Photo: boy in a blue cotton straight kurta with long sleeves, over white jeans and white sneakers (not sold).
    # Texts: VQA adapter; the description loops on a collar the kurta does not have.
    case(
        "X1385-012",
        wearing("a blue shirt and white pants", who="the boy"),
        piece("kurta", "blue"),
        describe(
            "kurta",
            "a blue shirt with long sleeves and a white collar and a white collar and a white collar and a white "
            "collar and a",
            "loop",
            hit_limit=True,
        ),
        BLIND_QUESTIONS.material("cotton"),
        is_a("kurta", "yes"),
        gender="Boys",
        title="Fabindia Boys Blue Solid Cotton Straight Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Photo: back view of a girl, red lehenga, red choli with a gold tasselled tie at the back, no dupatta.
    # Texts: VQA adapter; the choli answer runs into the next prompt; "no" to lehenga.
    case(
        "X1385-013",
        wearing("a red dress", who="the girl"),
        piece("lehenga", "red"),
        piece(
            "choli",
            "red\nQuestion: What is the color of the lehenga? Answer: red\nQuestion: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        is_a("lehenga", "no", "contradiction"),
        describe("choli", "a red top with a gold tassel"),
        gender="Girls",
        title="Little Bansi Girls Red & Gold-Toned Embroidered Lehenga Choli",
        category="Lehenga Choli",
        color="Red",
    ),
    # Photo: boy in an off-white silk kurta with a visible sheen and an off-white dhoti with a gold zari border.
    # Texts: VQA adapter; the clothes answer loops; the rest is right (kurta and dhoti really share the color).
    case(
        "X1385-014",
        wearing(
            "a white shirt and white pants and a white shirt and white pants and a white shirt and white pants and a "
            "white",
            "loop",
            who="the boy",
            hit_limit=True,
        ),
        piece("kurta", "white"),
        piece("dhoti", "white"),
        is_a("dhoti", "yes"),
        describe("dhoti", "a white skirt with a gold border"),
        BLIND_QUESTIONS.material("silk"),
        gender="Boys",
        title="Sethukrishna Boys Off-White & Gold-Toned Solid Kurta with Dhoti",
        category="Kurta Sets",
        color="Off White",
    ),
    # Photo: girl in a floor-length navy anarkali with silver thread embroidery on the yoke; round neck, no collar.
    # Texts: VQA adapter; the description invents a white collar.
    case(
        "X1385-015",
        wearing("a blue dress", who="the girl"),
        piece("kurta", "blue"),
        describe("kurta", "a long blue dress with a white collar", "unsupported"),
        is_a("kurta", "yes"),
        gender="Girls",
        title="VASTRAMAY Girls Navy Blue Ethnic Motifs Embroidered Anarkali Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Photo: boy in a mustard kurta, white pyjama, blue ikat-printed Nehru jacket.
    # Texts: VQA adapter; the pyjama answer loops on the kurta's yellow, and the clothes answer loops.
    case(
        "X1385-016",
        wearing(
            "a yellow shirt and a blue vest and a yellow shirt and a blue vest and a yellow shirt and a blue vest and "
            "a yellow",
            "loop",
            who="the boy",
            hit_limit=True,
        ),
        piece("kurta", "yellow"),
        piece(
            "pyjama",
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow "
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow",
            "loop",
            hit_limit=True,
        ),
        piece("jacket", "blue"),
        is_a("jacket", "yes"),
        describe("jacket", "a blue vest with a white and blue pattern"),
        gender="Boys",
        title="Aj DEZInES Boys Mustard Yellow Kurta with Pyjamas & Printed Nehru Jacket",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Photo: girl with jasmine in her hair, magenta silk pavadai (skirt) with a green and gold zari border, green
    # blouse. Texts: VQA adapter; the blouse gets the skirt's pink.
    case(
        "X1385-017",
        wearing("a purple dress", who="the girl"),
        piece("skirt", "pink"),
        piece("blouse", "pink", "other_garment_color"),
        is_a("skirt", "yes"),
        describe("skirt", "a pink skirt with a green border"),
        BLIND_QUESTIONS.material("silk"),
        gender="Girls",
        title="Ethnovog Girls Magenta & Green Woven Design Pattu Pavadai",
        category="Lehenga Choli",
        color="Magenta",
    ),
    # Photo: boy sitting on a white cube (prop), sea green kurta, white pyjama.
    # Texts: VQA adapter; the short answers are right, the description loops.
    case(
        "X1385-018",
        wearing("a green shirt and white pants", who="the boy"),
        piece("kurta", "green"),
        piece("pyjama", "white"),
        is_a("kurta", "yes"),
        describe(
            "kurta",
            "a green shirt with a green shirt with a green shirt with a green shirt with a green shirt with a green "
            "shirt with a",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="Jashvi Boys Sea Green Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Sea Green",
    ),
    # Photo: girl beside a potted plant, yellow kurta with a white floral print, white palazzos.
    # Texts: VQA adapter; the palazzos get the plant's green; the details answer only says what the garment is.
    case(
        "X1385-019",
        wearing("a yellow shirt and white pants", who="the girl"),
        piece("kurta", "yellow and white"),
        piece("palazzos", "green", "contradiction"),
        BLIND_QUESTIONS.pattern("floral"),
        is_a("kurta", "yes"),
        details("kurta", "it is a kurta", "restated"),
        gender="Girls",
        title="Cutiekins Girls Yellow Floral Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Photo: boy in a maroon brocade sherwani, gold churidar, cream safa with a brooch (not sold). No gender column.
    # Texts: VQA adapter; the churidar gets the sherwani's red; the description is right until the limit cuts it.
    case(
        "X1385-020",
        wearing("a red jacket and a white hat"),
        piece("sherwani", "red"),
        piece("churidar", "red", "other_garment_color"),
        is_a("sherwani", "yes"),
        describe(
            "sherwani",
            "a red jacket with a gold pattern and gold buttons down the front and a high collar and long sleeves "
            "with gold",
            "cut",
            hit_limit=True,
        ),
        title="SAKA DESIGNS Boys Maroon Woven Design Sherwani Set",
        category="Sherwani",
        color="Maroon",
    ),
    # Photo: toddler girl, patchwork-print lehenga (orange, blue, pink, green), orange blouse, pink dupatta.
    # Texts: VQA adapter; the blouse gets the dupatta's pink; the dupatta answer cycles through the lehenga's colors.
    case(
        "X1385-021",
        wearing("a colorful dress", who="the girl"),
        piece("lehenga", "multicolor"),
        piece("blouse", "pink", "other_garment_color"),
        piece(
            "dupatta",
            "pink and orange and blue and green and yellow and pink and orange and blue and green and yellow and pink "
            "and orange and blue and green and yellow and",
            "loop",
            hit_limit=True,
        ),
        is_a("lehenga", "yes"),
        gender="Girls",
        title="Babyhug Girls Multicoloured Printed Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Multi",
    ),
    # Photo: boy in a black kurta with white thread embroidery around the neck, white pyjama.
    # Texts: VQA adapter; the pyjama gets the kurta's black.
    case(
        "X1385-022",
        wearing("he is wearing a black shirt and white pants", who="the child"),
        piece("kurta", "black"),
        piece("pyjama", "black", "other_garment_color"),
        describe("kurta", "a black shirt with white embroidery on the collar"),
        is_a("kurta", "yes"),
        gender="Boys",
        title="YK Boys Black Embroidered Kurta with Pyjamas",
        category="Kurta Sets",
        color="Black",
    ),
    # Photo: girl with a short bob, lavender printed kurta, lavender salwar, white dupatta.
    # Texts: VQA adapter; calls her a boy; the dupatta gets the kurta's purple.
    case(
        "X1385-023",
        wearing("a boy in a purple kurta", "pronoun", who="the child"),
        piece("kurta", "purple"),
        piece("salwar", "purple"),
        piece("dupatta", "purple", "other_garment_color"),
        is_a("kurta", "yes"),
        BLIND_QUESTIONS.pattern("floral"),
        gender="Girls",
        title="Biba Girls Lavender Printed Kurta with Salwar & Dupatta",
        category="Kurta Sets",
        color="Lavender",
    ),
    # Photo: boy in a navy Nehru jacket (the product) over a white kurta and white pyjama (not sold).
    # Texts: VQA adapter; the jacket question gets the kurta's white, the garment question is right.
    case(
        "X1385-024",
        wearing("a blue vest and white pants", who="the boy"),
        piece("jacket", "white", "other_garment_color"),
        BLIND_QUESTIONS.color("blue"),
        is_a("jacket", "yes"),
        describe("jacket", "a blue vest with a white shirt underneath"),
        gender="Boys",
        title="Aj DEZInES Boys Navy Blue Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
    ),
    # Photo: flat lay, lime green lehenga spread out, pink choli folded above it, pink net dupatta beside.
    # Texts: VQA adapter; the choli gets the lehenga's green; the description loops.
    case(
        "X1385-025",
        wearing("a green skirt and a pink top"),
        piece("lehenga", "green"),
        piece("choli", "green", "other_garment_color"),
        piece("dupatta", "pink"),
        is_a("lehenga", "yes"),
        describe(
            "lehenga",
            "a green skirt with pink embroidery and a pink skirt with pink embroidery and a pink skirt with pink "
            "embroidery and a pink",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Pspeaches Girls Lime Green & Pink Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Lime Green",
    ),
    # Photo: boy holding a white gift box with a red ribbon (prop), peach kurta, white pyjama.
    # Texts: VQA adapter; the clothes answer drifts onto the prop and repeats it.
    case(
        "X1385-026",
        wearing(
            "a peach shirt and white pants and a white box with a red ribbon and a white box with a red ribbon and a",
            "loop",
            who="the boy",
            hit_limit=True,
        ),
        piece("kurta", "orange"),
        piece("pyjama", "white"),
        is_a("kurta", "yes"),
        describe("kurta", "an orange shirt"),
        gender="Boys",
        title="VASTRAMAY Boys Peach-Coloured & White Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Peach",
    ),
    # Photo: girl in a pink sequinned georgette kurti, pink sharara, pink dupatta, all one shade.
    # Texts: VQA adapter; "cotton" for shiny sequinned georgette.
    case(
        "X1385-027",
        wearing("a pink dress", who="the girl"),
        piece("kurti", "pink"),
        is_a("kurti", "yes"),
        piece("sharara", "pink"),
        piece("dupatta", "pink"),
        BLIND_QUESTIONS.material("cotton", "unsupported"),
        gender="Girls",
        title="KISAH Girls Pink Embroidered Kurti with Sharara & Dupatta",
        category="Kurta Sets",
        color="Pink",
    ),
    # Photo: boy in a white sherwani with gold embroidery, white churidar, gold mojaris.
    # Texts: VQA adapter; the churidar answer begins with the prompt's "Answer:"; the description loops.
    case(
        "X1385-028",
        wearing("a white suit", who="the boy"),
        piece("sherwani", "white"),
        piece("churidar", "Answer: white", "leak"),
        is_a("sherwani", "yes"),
        describe(
            "sherwani",
            "a white jacket with gold embroidery on the collar and the cuffs and the front and the collar and the "
            "cuffs and the front and the collar and",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="Jashvi Boys White & Gold-Toned Embroidered Sherwani with Churidar",
        category="Sherwani",
        color="White",
    ),
    # Photo: girl in a red maxi dress with a green printed border at the hem, three-quarter sleeves, no belt.
    # Texts: VQA adapter; the clothes answer loops (and invents a belt); "short" for three-quarter sleeves.
    case(
        "X1385-029",
        wearing(
            "a red dress with a green border and a green belt and a red dress with a green border and a green belt and",
            "loop",
            who="the girl",
            hit_limit=True,
        ),
        piece("dress", "red"),
        is_a("dress", "yes"),
        BLIND_QUESTIONS.sleeve_length("short", "contradiction"),
        gender="Girls",
        title="BITIYA by Bhama Girls Red & Green Ethnic Motifs Printed Maxi Ethnic Dress",
        category="Ethnic Dresses",
        color="Red",
    ),
    # Photo: boy in a mustard kurta and white pyjama, hands in the kurta's side pockets.
    # Texts: VQA adapter; the kurta color answer says the question back.
    case(
        "X1385-030",
        wearing("a kurta", who="the boy"),
        piece("kurta", "the color of the kurta is the color of the kurta", "restated"),
        piece("pyjama", "white"),
        describe("kurta", "a yellow shirt"),
        is_a("kurta", "yes"),
        gender="Boys",
        title="Sethukrishna Boys Mustard Yellow Kurta with Pyjamas",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Photo: girl in a royal blue lehenga with silver sequins, blue choli, silver net dupatta.
    # Texts: VQA adapter; the choli answer runs into the next prompts; the dupatta gets the lehenga's blue.
    case(
        "X1385-031",
        wearing("a blue dress", who="the girl"),
        piece("lehenga", "blue"),
        piece(
            "choli",
            "blue Question: What is the color of the dupatta? Answer: blue Question: What is the color of the lehenga? "
            "Answer",
            "leak",
            hit_limit=True,
        ),
        piece("dupatta", "blue", "other_garment_color"),
        describe("lehenga", "a blue skirt with silver sequins"),
        is_a("lehenga", "yes"),
        gender="Girls",
        title="Aj DEZInES Girls Blue & Silver-Toned Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Blue",
    ),
    # Photo: flat lay, green kurta above cream dhoti pants.
    # Texts: VQA adapter; the dhoti color came back empty, its description only names it.
    case(
        "X1385-032",
        wearing("a green shirt and a white pants"),
        piece("kurta", "green"),
        piece("dhoti", "", "non_answer"),
        is_a("kurta", "yes"),
        describe("dhoti", "dhoti pants", "restated"),
        gender="Boys",
        title="Little Bansi Boys Green & Cream-Coloured Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Green",
    ),
    # Photo: girl in a maroon anarkali with a gold border, maroon churidar, gold dupatta. No category column.
    # Texts: VQA adapter; "he" for the girl.
    case(
        "X1385-033",
        wearing("he is wearing a red dress", "pronoun", who="the girl"),
        piece("kurta", "red"),
        piece("churidar", "red"),
        piece("dupatta", "gold"),
        describe("dupatta", "a gold scarf"),
        gender="Girls",
        title="Ethnovog Girls Maroon Embroidered Anarkali Kurta with Churidar & Dupatta",
        color="Maroon",
    ),
    # Photo: boy in a white kurta and white pyjama under a pink floral-print Nehru jacket.
    # Texts: VQA adapter; the clothes answer starts over and runs to the limit.
    case(
        "X1385-034",
        wearing(
            "a white shirt, white pants, and a pink vest with a floral print on it and a white shirt, white pants, "
            "and a",
            "loop",
            who="the boy",
            hit_limit=True,
        ),
        piece("kurta", "white"),
        piece("pyjama", "white"),
        piece("jacket", "pink"),
        BLIND_QUESTIONS.pattern("floral"),
        gender="Boys",
        title="YK Boys White Kurta with Pyjamas & Pink Printed Nehru Jacket",
        category="Kurta Sets",
        color="White",
    ),
    # Photo: girl in an orange kurta, green patiala salwar, orange and green bandhani dupatta.
    # Texts: VQA adapter; the patiala gets the kurta's orange; the dupatta description is cut at the limit.
    case(
        "X1385-035",
        wearing("an orange top and green pants", who="the girl"),
        piece("kurta", "orange"),
        piece("patiala", "orange", "other_garment_color"),
        piece("dupatta", "orange and green"),
        is_a("kurta", "yes"),
        describe(
            "dupatta",
            "an orange and green scarf with white dots all over it and a green border on one side and an orange "
            "border on the",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        title="Jashvi Girls Orange & Green Kurta with Patiala & Dupatta",
        category="Kurta Sets",
        color="Orange",
    ),
    # Photo: boy in a gold brocade sherwani with a mandarin collar, gold buttons, a welt pocket on the left chest,
    # white churidar. Texts: VQA adapter; the churidar gets the sherwani's gold; the description is right as far as
    # it goes and stops at the limit.
    case(
        "X1385-036",
        wearing("a gold jacket and white pants", who="the boy"),
        piece("sherwani", "gold"),
        piece("churidar", "gold", "other_garment_color"),
        is_a("sherwani", "yes"),
        describe(
            "sherwani",
            "a gold jacket with a mandarin collar and gold buttons down the front, long sleeves and a pocket on the "
            "left side of the chest and",
            "cut",
            hit_limit=True,
        ),
        gender="Boys",
        title="Aj DEZInES Boys Gold-Toned Woven Design Sherwani Set",
        category="Sherwani",
        color="Gold",
    ),
    # Photo: girl in front of a marigold garland (prop), yellow lehenga, yellow choli with mirror work, orange dupatta.
    # Texts: VQA adapter; the details answer only lists the pieces of the title.
    case(
        "X1385-037",
        wearing("a yellow dress", who="the girl"),
        piece("lehenga", "yellow"),
        piece("choli", "yellow"),
        piece("dupatta", "orange"),
        details("lehenga", "it has a lehenga and a choli and a dupatta", "restated"),
        gender="Girls",
        title="Babyhug Girls Yellow Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Yellow",
    ),
    # Photo: back view of a boy, pink kurta, plain white pyjama mostly hidden under the kurta's hem.
    # Texts: VQA adapter; stripes invented on the pyjama; the description loops.
    case(
        "X1385-038",
        wearing("a pink shirt", who="the boy"),
        piece("kurta", "pink"),
        piece("pyjama", "pink and white striped", "unsupported"),
        is_a("kurta", "yes"),
        describe(
            "kurta",
            "a pink shirt with long sleeves and a pink shirt with long sleeves and a pink shirt with long sleeves and "
            "a",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="Cutiekins Boys Pink & White Kurta with Pyjamas",
        category="Kurta Sets",
        color="Pink",
    ),
    # Photo: girl in a green silk A-line dress with a gold gota yoke, holding a pink potli (prop).
    # Texts: VQA adapter. All correct.
    case(
        "X1385-039",
        wearing("a green dress and a pink bag", who="the girl"),
        piece("dress", "green"),
        is_a("dress", "yes"),
        BLIND_QUESTIONS.material("silk"),
        gender="Girls",
        title="LIL PITAARA Girls Green Solid Ethnic A-Line Dress",
        category="Ethnic Dresses",
        color="Green",
    ),
    # Photo: boy in a navy cotton kurta, white pyjama, white sneakers.
    # Texts: VQA adapter; "denim" for a cotton kurta; the pyjama gets the kurta's navy.
    case(
        "X1385-040",
        wearing("a blue shirt and white pants", who="the boy"),
        piece("kurta", "navy"),
        piece("pyjama", "navy", "other_garment_color"),
        BLIND_QUESTIONS.material("denim", "unsupported"),
        is_a("kurta", "yes"),
        gender="Boys",
        title="Fabindia Boys Navy Blue Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # Photo: girl in a peach lehenga, green choli, peach dupatta.
    # Texts: VQA adapter; the lehenga answer goes on into the next two prompts; the dupatta gets the choli's green.
    case(
        "X1385-041",
        wearing("a peach skirt and green top", who="the girl"),
        piece(
            "lehenga",
            "peach Question: What is the color of the choli? Answer: green Question: What is the color of the dupatta? "
            "Answer:",
            "leak",
            hit_limit=True,
        ),
        piece("choli", "green"),
        piece("dupatta", "green", "other_garment_color"),
        is_a("lehenga", "yes"),
        gender="Girls",
        title="KISAH Girls Peach & Green Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Peach",
    ),
    # Photo: boy in a turquoise kurta and white pyjama, standing next to a large brass urli (prop).
    # Texts: VQA adapter; the pyjama gets the urli's gold; the description loops.
    case(
        "X1385-042",
        wearing("a blue shirt and white pants", who="the boy"),
        piece("kurta", "blue"),
        piece("pyjama", "gold", "contradiction"),
        is_a("kurta", "yes"),
        describe(
            "kurta",
            "a blue shirt with a blue shirt and a blue shirt and a blue shirt and a blue shirt and a blue shirt and a "
            "blue shirt and",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="Readiprint Fashions Boys Turquoise Blue Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Turquoise Blue",
    ),
    # Photo: girl in a purple lehenga with gold bands, purple choli, gold dupatta with a thin purple edge.
    # Texts: VQA adapter; the clothes answer is right but stops mid-phrase at the limit.
    case(
        "X1385-043",
        wearing(
            "a purple lehenga with gold embroidery and a purple blouse with gold embroidery and a gold dupatta with a "
            "purple border and",
            "cut",
            who="the girl",
            hit_limit=True,
        ),
        piece("lehenga", "purple"),
        piece("choli", "purple"),
        piece("dupatta", "gold"),
        is_a("lehenga", "yes"),
        gender="Girls",
        title="Little Bansi Girls Purple & Gold-Toned Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Purple",
    ),
    # Photo: boy in an off-white kurta and red dhoti pants. No base colour column.
    # Texts: VQA adapter; the kurta answer loops; "no" to dhoti.
    case(
        "X1385-044",
        wearing("a white shirt and red pants", who="the boy"),
        piece(
            "kurta",
            "white white white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white",
            "loop",
            hit_limit=True,
        ),
        piece("dhoti", "red"),
        describe("dhoti", "red pants"),
        is_a("dhoti", "no", "contradiction"),
        gender="Boys",
        title="Ethnovog Boys Off-White & Red Kurta with Dhoti Pants",
        category="Kurta Sets",
    ),
    # Photo: toddler girl in a white kurta with a small pink floral print, pink pyjama, no dupatta.
    # Texts: VQA adapter; calls her a little boy; the description loops.
    case(
        "X1385-045",
        wearing("a little boy in a white shirt and pink pants", "pronoun", who="the child"),
        piece("kurta", "white"),
        piece("pyjama", "pink"),
        BLIND_QUESTIONS.pattern("floral"),
        is_a("kurta", "yes"),
        describe(
            "kurta",
            "a white shirt with pink flowers on it and pink flowers on the sleeves and pink flowers on the collar and "
            "pink flowers on the",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Babyhug Girls White & Pink Printed Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
    ),
]
