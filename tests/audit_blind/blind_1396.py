"""BLIND_1396 (45 products; Myntra kurtas and kurta sets, VQA adapter): written blind in the sixty-fourth session.
Measured blind at 7897fa2 (the session's third rules): 64/74 failures found (86.5%) and 5/186 correct texts flagged
(2.7%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's ethnic wear: kurtas sold alone (worn in the photo with leggings, palazzos, jeans or
trousers that are not part of the product), kurtis, and kurta sets (kurta with palazzos or trousers, often with a
dupatta). Catalog columns as the feed has them: title, category (Myntra article type: Kurtas, Kurta Sets, Kurtis),
color (base colour) and gender; a few rows lack one of them. Photos are the usual catalog shots: a model on a plain
backdrop, now and then a flat lay, a back view, or a prop (a basket, a jute bag, a stool, a pooja thali, juttis).
Who wrote what: every text comes from the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA on Salesforce/blip2-opt-2.7b),
free generation, greedy, 30 new tokens, the original experiments' questionnaire: "What is she wearing?", "What is the
color of the <piece>?" asked once per piece of the product (kurta, palazzos, trousers, dupatta), "Describe the kurta.",
"What are the kurta details?", and the VQA data's "Is this a kurta?". No captions: this system does not caption.
The adapter learned short In-shop answers ("white", "dress", "yes"), so most answers are short and stop; the unmasked
labels show as loops and answers cut at 30 tokens, mostly on the describe/details questions it never saw in training,
and now and then as the Question/Answer template continued inside the answer.
Labeling conventions and judgement calls: judged against the imagined photo and the title. "dress", "blouse" or "shirt"
for a kurta or kurti is a contradiction (the title says kurta), even for an anarkali that looks like a dress; "top" for
a short kurti I left correct. Near hues are correct (rust answered orange or brown, magenta answered pink, teal answered
green); a hue that is plainly another (lavender answered grey, lime answered yellow) is a contradiction. A piece given
the color of another piece of the outfit (palazzos given the kurta's color, a dupatta given the kurta's color) is
other_garment_color; the same color for two pieces that really share it is correct. For a piece with a print I count the
ground color as its color. A loop that also ran to the limit is labeled loop (hit_limit set); an answer that ran to the
limit mid-phrase without repeating is cut. An answer that only says the question back ("the kurta is a kurta", "a kurta"
to describe it) is restated; one that says nothing about the garment is non_answer. Invented details (a pocket, a zip,
silk for a cotton kurta) are unsupported. A prop named as what she wears is contradiction.
About three in ten texts are wrong: the yes/no question and the kurta's own color are mostly right here; the
describe/details questions and the colors of the second and third pieces carry most of the failures.
"""

from tests.audit_corpus import case, color_of, describe, details, is_a, wearing

BLIND_1396 = [
    # Model on a grey backdrop in a navy kurta with gold yoke embroidery, navy palazzos, a navy dupatta with gold
    # border over the shoulders. All texts by the VQA adapter; the description and the dupatta's color loop.
    case(
        "X1396-001",
        wearing("a blue kurta and palazzo pants", who="she"),
        color_of("kurta", "navy", kind="open"),
        color_of("palazzos", "navy", kind="open"),
        color_of(
            "dupatta",
            "navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        describe(
            "kurta",
            "the kurta is a navy kurta with a gold yoke and a navy kurta with a gold yoke and a navy kurta with a gold"
            " yoke and a navy",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "gold embroidery on the yoke"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Libas Women Navy Blue Yoke Design Straight Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # Mustard kurta with small white and maroon motifs, plain white straight trousers; the model holds a cane basket.
    # VQA adapter; the trousers are given the kurta's mustard, the details loop.
    case(
        "X1396-002",
        wearing("a yellow kurta and white pants", who="she"),
        color_of("kurta", "mustard", kind="open"),
        color_of("trousers", "mustard", "other_garment_color", kind="open"),
        describe("kurta", "the kurta is a straight kurta with a round neck and three-quarter sleeves"),
        details(
            "kurta",
            "the kurta has a round neck and three-quarter sleeves and a round neck and three-quarter sleeves and a"
            " round neck and",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Women",
        title="Anouk Women Mustard Yellow Ethnic Motifs Printed Kurta with Trousers",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Bottle-green solid kurta, mandarin collar with a short button placket, full sleeves, no pockets; worn with
    # white cigarette pants (not sold). VQA adapter; the details invent a chest pocket.
    case(
        "X1396-003",
        wearing("a green kurta and white pants", who="she"),
        color_of("kurta", "green", kind="open"),
        describe("kurta", "a green kurta with a mandarin collar and long sleeves"),
        details("kurta", "the kurta has a collar, buttons on the front, and a pocket on the chest", "unsupported"),
        is_a("kurta", "yes"),
        gender="Women",
        title="W Women Green Solid Straight Kurta",
        category="Kurtas",
        color="Green",
    ),
    # Off-white kurta with indigo block print, solid indigo palazzos. VQA adapter: "dress" for the set, and the
    # palazzos given the kurta's white.
    case(
        "X1396-004",
        wearing("dress", "contradiction", who="she"),
        color_of("kurta", "white", kind="open"),
        color_of("palazzos", "white", "other_garment_color", kind="open"),
        describe("kurta", "a white kurta with blue print"),
        details("kurta", "blue print"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Biba Women Off-White & Blue Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Off White",
    ),
    # Flared maroon anarkali kurta with gold foil print at the hem, maroon leggings, the model mid-twirl.
    # VQA adapter: "a red dress", and the details loop to the limit.
    case(
        "X1396-005",
        wearing("a red dress", "contradiction", who="she"),
        color_of("kurta", "maroon", kind="open"),
        describe("kurta", "the kurta is a long anarkali kurta with gold print on the bottom"),
        details(
            "kurta",
            "gold print on the hem, gold print on the sleeves, gold print on the hem, gold print on the sleeves, gold"
            " print on the",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Women",
        title="Sangria Women Maroon Ethnic Motifs Foil Printed Anarkali Kurta",
        category="Kurtas",
        color="Maroon",
    ),
    # Pink kurta with white floral print, plain white trousers, a white dupatta with a thin pink border. VQA adapter;
    # the dupatta is answered pink, the details run to the limit.
    case(
        "X1396-006",
        wearing("a pink kurta, white pants and a white dupatta", who="she"),
        color_of("kurta", "pink", kind="open"),
        color_of("trousers", "white", kind="open"),
        color_of("dupatta", "pink", "other_garment_color", kind="open"),
        describe("kurta", "a pink floral kurta"),
        details(
            "kurta",
            "the kurta has a floral print and a white dupatta with a pink border and white pants with a pink border"
            " and a pink",
            "cut",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Women",
        title="AKS Women Pink Floral Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Pink",
    ),
    # Rust cotton kurta with white bagru print and matching rust printed palazzos. VQA adapter; "describe" only says
    # the kurta back.
    case(
        "X1396-007",
        wearing("a brown kurta and palazzo pants", who="she"),
        color_of("kurta", "orange", kind="open"),
        color_of("palazzos", "orange", kind="open"),
        describe("kurta", "the kurta is a kurta", "restated"),
        details("kurta", "printed"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Jaipur Kurti Women Rust Printed Pure Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Rust",
    ),
    # Teal kurta with white geometric print, round neck, side slits; beige palazzos (not sold) and a tan sling bag.
    # VQA adapter; the kurta's color is the palazzos' beige.
    case(
        "X1396-008",
        wearing("a blue kurta and a beige pants", who="she"),
        color_of("kurta", "beige", "other_garment_color", kind="open"),
        describe("kurta", "the kurta is a straight kurta with a geometric print"),
        details("kurta", "the kurta has a round neck and three-quarter sleeves and side slits"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Vishudh Women Teal Blue Geometric Printed Straight Kurta",
        category="Kurtas",
        color="Teal",
    ),
    # White chikankari kurta and white trousers, all white; a potted plant beside the model. VQA adapter: a bare
    # color for what she wears; the details run to the limit mid-phrase.
    case(
        "X1396-009",
        wearing("white", "non_answer", who="she"),
        color_of("kurta", "white", kind="open"),
        color_of("trousers", "white", kind="open"),
        describe("kurta", "a white kurta with white embroidery"),
        details(
            "kurta",
            "the kurta has a white embroidery on the neckline, the sleeves and the hem, and a pair of white trousers"
            " with a scalloped",
            "cut",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Women",
        title="GERUA Women White Chikankari Embroidered Kurta with Trousers",
        category="Kurta Sets",
        color="White",
    ),
    # Black kurta with gold foil print, black palazzos, a sheer black dupatta with gold border. VQA adapter; the
    # dupatta answer goes on with the template.
    case(
        "X1396-010",
        wearing("a black and gold kurta with black pants and a black scarf", who="she"),
        color_of("kurta", "black", kind="open"),
        color_of("palazzos", "black", kind="open"),
        color_of("dupatta", "black Question: What is the color of the pants? Answer: black", "leak", kind="open"),
        describe("kurta", "a black kurta with gold print"),
        details("kurta", "the kurta has gold print on the front and the sleeves"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Khushal K Women Black & Gold-Toned Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Black",
    ),
    # Lavender kurta with white thread embroidery on the yoke, white leggings. No gender column in this row. VQA
    # adapter: lavender answered grey; the details say nothing.
    case(
        "X1396-011",
        wearing("a purple kurta and white leggings", who="she"),
        color_of("kurta", "grey", "contradiction", kind="open"),
        describe("kurta", "a long kurta with embroidery on the neck"),
        details("kurta", "the kurta has a lot of details", "non_answer"),
        is_a("kurta", "yes"),
        title="Indo Era Women Lavender Yoke Design Embroidered Straight Kurta",
        category="Kurtas",
        color="Lavender",
    ),
    # Flat lay on white: a peach A-line kurta with a small floral print, no person, no belt. VQA adapter: "a pink
    # dress" for what she wears, and a belt invented in the details.
    case(
        "X1396-012",
        wearing("a pink dress", "contradiction", who="she"),
        color_of("kurta", "peach", kind="open"),
        describe("kurta", "a peach colored kurta with a floral print"),
        details("kurta", "the kurta has a floral print and a belt", "unsupported"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Nayo Women Peach-Coloured Floral Printed A-Line Kurta",
        category="Kurtas",
        color="Peach",
    ),
    # Solid yellow v-neck kurta, white palazzos with a yellow floral print. VQA adapter: palazzos answered yellow,
    # "no" for the details, and "no" to the kurta question.
    case(
        "X1396-013",
        wearing("a yellow kurta and white palazzo pants", who="she"),
        color_of("kurta", "yellow", kind="open"),
        color_of("palazzos", "yellow", "other_garment_color", kind="open"),
        describe("kurta", "a yellow kurta with a v-neck"),
        details("kurta", "no", "non_answer"),
        is_a("kurta", "no", "contradiction"),
        gender="Women",
        title="Rangriti Women Yellow Solid Kurta with Floral Printed Palazzos",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Royal blue kurta with white ethnic motifs, blue trousers, a white dupatta with blue print. VQA adapter: the
    # wearing answer gives the trousers the dupatta's white; the description loops.
    case(
        "X1396-014",
        wearing("a blue kurta with white pants and a white dupatta", "other_garment_color", who="she"),
        color_of("kurta", "blue", kind="open"),
        color_of("trousers", "blue", kind="open"),
        color_of("dupatta", "white", kind="open"),
        describe(
            "kurta",
            "a blue kurta with a white print and a white dupatta with a blue print and a blue kurta with a white print"
            " and a white",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "white print"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Anubhutee Women Blue Ethnic Motifs Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Blue",
    ),
    # Sea-green kurta with small white floral buttis, styled with blue jeans and white sneakers, no bag. VQA adapter;
    # what she wears loops, the details run to the limit.
    case(
        "X1396-015",
        wearing(
            "a green kurta and blue jeans and white sneakers and a white bag and a pair of white sneakers and a white"
            " bag and a pair of",
            "loop",
            who="she",
            hit_limit=True,
        ),
        color_of("kurta", "green", kind="open"),
        describe("kurta", "a green kurta with white flowers"),
        details(
            "kurta",
            "the kurta has a v-neck, three-quarter sleeves, a straight hem, side slits, and a printed design on the"
            " front and the back of the kurta with",
            "cut",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Women",
        title="HERE&NOW Women Sea Green Floral Printed Straight Kurta",
        category="Kurtas",
        color="Sea Green",
    ),
    # Magenta kurta with gota patti, magenta palazzos, magenta dupatta with gold border: one color for all three
    # pieces, truly. VQA adapter; the yes/no question loops.
    case(
        "X1396-016",
        wearing("a pink kurta and palazzo pants with a pink dupatta", who="she"),
        color_of("kurta", "pink", kind="open"),
        color_of("palazzos", "pink", kind="open"),
        color_of("dupatta", "pink", kind="open"),
        describe("kurta", "she is wearing a pink kurta with a pink dupatta"),
        details("kurta", "gota work on the neckline and sleeves"),
        is_a(
            "kurta",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes"
            " yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Kalini Women Magenta Gotta Patti Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Magenta",
    ),
    # Back view: the model (hair in a long braid) from behind in a black kurta with a tie-up dori at the back neck.
    # VQA adapter: "a man" in the description.
    case(
        "X1396-017",
        wearing("a black kurta", who="she"),
        color_of("kurta", "black", kind="open"),
        describe("kurta", "a man in a black kurta", "pronoun"),
        details("kurta", "the back of the kurta has a tie up"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Janasya Women Black Solid Straight Kurta with Tie-Up Back",
        category="Kurtas",
        color="Black",
    ),
    # Teal kurta with mirror work on the yoke and sleeves, a keyhole neck with tassel tie; teal trousers; a cream
    # dupatta with a teal border. VQA adapter; the dupatta gets the kurta's teal, the details run to the limit.
    case(
        "X1396-018",
        wearing("a green kurta with green pants and a cream dupatta", who="she"),
        color_of("kurta", "teal", kind="open"),
        color_of("trousers", "teal", kind="open"),
        color_of("dupatta", "teal", "other_garment_color", kind="open"),
        describe("kurta", "the kurta is a teal kurta with mirror work on the yoke and the sleeves"),
        details(
            "kurta",
            "mirror work, embroidery, and a keyhole neck with a tassel tie-up at the back of the neck and a pair of"
            " teal trousers with mirror",
            "cut",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Women",
        title="Varanga Women Teal Mirror Work Embroidered Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Teal",
    ),
    # Red A-line kurta with black print, black leggings. VQA adapter: "a red dress"; the details come back empty.
    case(
        "X1396-019",
        wearing("a red dress and black leggings", "contradiction", who="she"),
        color_of("kurta", "red", kind="open"),
        describe("kurta", "a red kurta with black print"),
        details("kurta", "", "non_answer"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Global Desi Women Red Printed A-Line Kurta",
        category="Kurtas",
        color="Red",
    ),
    # Beige kurta with brown thread embroidery on the front only, beige palazzos, side-slit kurta with no zip.
    # VQA adapter: the description runs to the limit; the details invent a back zip.
    case(
        "X1396-020",
        wearing("kurta", who="she"),
        color_of("kurta", "beige", kind="open"),
        color_of("palazzos", "beige", kind="open"),
        describe(
            "kurta",
            "the kurta is beige and has a round neck and long sleeves and is embroidered on the front and the back"
            " and the sleeves and the",
            "cut",
            hit_limit=True,
        ),
        details("kurta", "the kurta has a zip on the back", "unsupported"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Mokshi Women Beige Thread Work Embroidered Kurta with Palazzos",
        category="Kurta Sets",
        color="Beige",
    ),
    # Olive kurta, off-white palazzos (not sold), the model carries a jute bag. VQA adapter: the kurta's color is
    # the palazzos'; "describe" gives only "a kurta".
    case(
        "X1396-021",
        wearing("an olive kurta and white palazzo pants", who="she"),
        color_of("kurta", "white", "other_garment_color", kind="open"),
        describe("kurta", "a kurta", "restated"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Ishin Women Olive Green Solid Straight Kurta",
        category="Kurtas",
        color="Olive",
    ),
    # Coral kurta with white floral print, round neck, white palazzos. VQA adapter; the palazzos get the kurta's
    # coral, the details loop over the parts of the kurta.
    case(
        "X1396-022",
        wearing("a pink kurta and white pants", who="she"),
        color_of("kurta", "coral", kind="open"),
        color_of("palazzos", "coral", "other_garment_color", kind="open"),
        describe("kurta", "a coral kurta with white floral print and white palazzos"),
        details(
            "kurta",
            "the kurta has a floral print on the front and the back and the sleeves and the hem and the front and the"
            " back and the sleeves and the",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Women",
        title="Sangria Women Coral Floral Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Coral",
    ),
    # Navy kurta with white print, mandarin collar, white tights. VQA adapter; the details begin with the template's
    # "Answer:", the yes/no answer goes on with a question of its own.
    case(
        "X1396-023",
        wearing("a blue kurta and white leggings", who="she"),
        color_of("kurta", "navy-white", kind="open"),
        describe("kurta", "the kurta is navy blue with white print and a mandarin collar"),
        details("kurta", "Answer: the kurta has a mandarin collar", "leak"),
        is_a("kurta", "yes Question: Is this a dress? Answer: no", "leak"),
        gender="Women",
        title="Aurelia Women Navy Blue Printed Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Green kurta with gold print, green printed palazzos, a pink chanderi dupatta; the model wears jhumkas. VQA
    # adapter; the dupatta is given the kurta's green, what she wears runs to the limit (no bangles in the shot).
    case(
        "X1396-024",
        wearing(
            "a green kurta, green palazzo pants and a pink dupatta with gold border and a pair of gold earrings and a"
            " pair of gold bangles and a",
            "cut",
            who="she",
            hit_limit=True,
        ),
        color_of("kurta", "green", kind="open"),
        color_of("palazzos", "green", kind="open"),
        color_of("dupatta", "green", "other_garment_color", kind="open"),
        describe("kurta", "a green kurta with gold print"),
        details("kurta", "the kurta has gold print and a pink dupatta"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Libas Women Green Ethnic Motifs Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Green",
    ),
    # Grey melange cotton kurta with side slits and a side seam pocket, black leggings. VQA adapter, all correct.
    case(
        "X1396-025",
        wearing("a grey kurta and black leggings", who="she"),
        color_of("kurta", "grey", kind="open"),
        describe("kurta", "a grey kurta with a slit on the side"),
        details("kurta", "the kurta has a side slit and a pocket"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Stylum Women Grey Melange Solid Pure Cotton Kurta with Pockets",
        category="Kurtas",
        color="Grey Melange",
    ),
    # Off-white kurta with gold zari at neckline, sleeves and hem; off-white palazzos with a plain hem; an orange-red
    # bandhani dupatta. VQA adapter: the dupatta given the kurta's white; the description runs to the limit.
    case(
        "X1396-026",
        wearing("a white kurta and white pants with an orange dupatta", who="she"),
        color_of("kurta", "white", kind="open"),
        color_of("palazzos", "white", kind="open"),
        color_of("dupatta", "white", "other_garment_color", kind="open"),
        describe(
            "kurta",
            "the kurta is white with gold embroidery on the neckline and the hem and the sleeves and the white palazzo"
            " pants with gold embroidery on the hem and",
            "cut",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Women",
        title="Bhama Couture Women Off-White Zari Kurta with Palazzos & Bandhani Dupatta",
        category="Kurta Sets",
        color="Off White",
    ),
    # Purple kurta with a printed yoke, white churidar; the model sits on a wooden stool. Fabric buttons at the
    # neck only, plain sleeves. VQA adapter: "blouse" for the kurta; the details invent gold buttons on the sleeves.
    case(
        "X1396-027",
        wearing("a purple blouse and white pants", "contradiction", who="she"),
        color_of("kurta", "purple", kind="open"),
        describe("kurta", "a purple kurta with a yoke design"),
        details("kurta", "the kurta has gold buttons on the sleeves", "unsupported"),
        is_a("kurta", "yes"),
        gender="Women",
        title="KALINI Women Purple Ethnic Motifs Yoke Design Kurta",
        category="Kurtas",
        color="Purple",
    ),
    # Mustard kurta with green printed panels, solid green palazzos. VQA adapter: palazzos given the kurta's yellow;
    # the details say the question back.
    case(
        "X1396-028",
        wearing("a yellow and green kurta and green palazzo pants", who="she"),
        color_of("kurta", "yellow", kind="open"),
        color_of("palazzos", "yellow", "other_garment_color", kind="open"),
        describe("kurta", "a yellow kurta with green print"),
        details("kurta", "the kurta details", "restated"),
        is_a("kurta", "yes"),
        gender="Women",
        title="AKS Couture Women Mustard Yellow & Green Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Cream kurta with red florals, red trousers, red dupatta. VQA adapter; the kurta is given the trousers' and
    # dupatta's red (the wearing answer has it right), the details loop.
    case(
        "X1396-029",
        wearing("she is wearing a white kurta and red pants and a red dupatta", who="she"),
        color_of("kurta", "red", "other_garment_color", kind="open"),
        color_of("trousers", "red", kind="open"),
        color_of("dupatta", "red", kind="open"),
        describe("kurta", "a white kurta with red flowers"),
        details(
            "kurta",
            "the kurta has red flowers on it and red pants and a red dupatta and red flowers on it and red pants and a"
            " red dupatta",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Women",
        title="Anouk Women Cream-Coloured & Red Floral Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Cream",
    ),
    # Short pink A-line kurti, round neck, short sleeves, blue jeans. VQA adapter: the color answer repeats the
    # template's "Answer:", and "no" to the kurta question.
    case(
        "X1396-030",
        wearing("a pink top and jeans", who="she"),
        color_of("kurta", "pink Answer: pink", "leak", kind="open"),
        describe("kurta", "the kurta is short and pink"),
        details("kurta", "the kurta has a round neck and short sleeves"),
        is_a("kurta", "no", "contradiction"),
        gender="Women",
        title="W Women Pink Solid A-Line Kurti",
        category="Kurtis",
        color="Pink",
    ),
    # Maroon printed kurta and maroon palazzos, a potted plant behind the model. No gender column. VQA adapter; the
    # description continues with a question of its own.
    case(
        "X1396-031",
        wearing("a red kurta and red pants", who="she"),
        color_of("kurta", "maroon", kind="open"),
        color_of("palazzos", "maroon", kind="open"),
        describe("kurta", "maroon Question: Describe the palazzos. Answer: maroon", "leak"),
        is_a("kurta", "yes"),
        title="Libas Women Maroon Floral Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Black and white vertical-stripe kurta, black palazzos (not sold). VQA adapter: described as a striped shirt.
    case(
        "X1396-032",
        wearing("a black and white striped kurta and black pants", who="she"),
        color_of("kurta", "black-white", kind="open"),
        describe("kurta", "a black and white striped shirt", "contradiction"),
        details("kurta", "the kurta has stripes"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Vishudh Women Black & White Striped Straight Kurta",
        category="Kurtas",
        color="Black",
    ),
    # Powder-blue anarkali kurta with pink florals, white trousers mostly hidden under the flare, a pink dupatta.
    # VQA adapter: "a blue dress", and the trousers given the kurta's blue.
    case(
        "X1396-033",
        wearing("a blue dress and a pink scarf", "contradiction", who="she"),
        color_of("kurta", "blue", kind="open"),
        color_of("trousers", "blue", "other_garment_color", kind="open"),
        color_of("dupatta", "pink", kind="open"),
        describe("kurta", "the kurta is a long blue anarkali with pink flowers"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Indo Era Women Blue Floral Printed Anarkali Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Blue",
    ),
    # Flat lay: a rust solid kurta folded on a wooden floor, a pair of embroidered juttis and jhumkas beside it.
    # VQA adapter: the juttis answered as what she wears.
    case(
        "X1396-034",
        wearing("a pair of shoes", "contradiction", who="she"),
        color_of("kurta", "orange", kind="open"),
        describe("kurta", "an orange kurta with a round neck"),
        details("kurta", "the kurta has a round neck and three quarter sleeves"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Nayo Women Rust Orange Solid Straight Kurta",
        category="Kurtas",
        color="Rust",
    ),
    # Indigo kurta with white dabu print, indigo palazzos, a white mulmul dupatta with an indigo print. VQA adapter;
    # the dupatta given the kurta's blue, the details loop.
    case(
        "X1396-035",
        wearing("a blue kurta and blue palazzo pants and a white dupatta", who="she"),
        color_of("kurta", "blue", kind="open"),
        color_of("palazzos", "blue", kind="open"),
        color_of("dupatta", "blue", "other_garment_color", kind="open"),
        describe("kurta", "a blue kurta with white print and a white dupatta with blue print"),
        details(
            "kurta",
            "the kurta has a white print and a white print and a white print and a white print and a white print and"
            " a white print and",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Women",
        title="Jaipur Kurti Women Indigo Dabu Printed Pure Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # Lime-green solid kurta, round neck, no pockets; white palazzos (not sold). VQA adapter: lime answered yellow;
    # the details invent a collar and pocket.
    case(
        "X1396-036",
        wearing("a green kurta and white palazzos", who="she"),
        color_of("kurta", "yellow", "contradiction", kind="open"),
        describe("kurta", "a lime green kurta"),
        details("kurta", "the kurta has a collar and a pocket on the chest", "unsupported"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Sangria Women Lime Green Solid Straight Kurta",
        category="Kurtas",
        color="Lime Green",
    ),
    # Pink cotton kurta with gold block print, pink trousers. VQA adapter: "a pink dress"; the details call the
    # cotton silk.
    case(
        "X1396-037",
        wearing("a pink dress", "contradiction", who="she"),
        color_of("kurta", "pink", kind="open"),
        color_of("trousers", "pink", kind="open"),
        describe("kurta", "the kurta is pink with gold print"),
        details("kurta", "the kurta is made of silk", "unsupported"),
        is_a("kurta", "yes"),
        gender="Women",
        title="GERUA Women Pink & Gold Block Printed Pure Cotton Kurta with Trousers",
        category="Kurta Sets",
        color="Pink",
    ),
    # White kurta with black print, black palazzos, a black-and-white printed dupatta. VQA adapter; the palazzos
    # get the kurta's white, and "no" to the kurta question.
    case(
        "X1396-038",
        wearing("a white kurta and black pants", who="she"),
        color_of("kurta", "white", kind="open"),
        color_of("palazzos", "white", "other_garment_color", kind="open"),
        color_of("dupatta", "black and white", kind="open"),
        describe("kurta", "white kurta with black print"),
        details("kurta", "black print"),
        is_a("kurta", "no", "contradiction"),
        gender="Women",
        title="Khushal K Women White & Black Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="White",
    ),
    # Mustard kurta with embroidery at the neck, white trousers (not sold). VQA adapter, all correct.
    case(
        "X1396-039",
        wearing("a yellow kurta and white pants", who="she"),
        color_of("kurta", "yellow", kind="open"),
        describe("kurta", "she is wearing a yellow kurta and white pants"),
        details("kurta", "embroidery on the neck"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Anubhutee Women Mustard Yellow Embroidered Straight Kurta",
        category="Kurtas",
        color="Mustard",
    ),
    # Peach kurta with a v-neck, peach trousers, a peach organza dupatta: one color for all pieces, truly. VQA
    # adapter; the details loop on the neckline.
    case(
        "X1396-040",
        wearing("a peach kurta and pants with a dupatta", who="she"),
        color_of("kurta", "peach", kind="open"),
        color_of("trousers", "peach", kind="open"),
        color_of("dupatta", "peach", kind="open"),
        describe("kurta", "a peach kurta"),
        details(
            "kurta",
            "the kurta has a v-neck and a v-neck and a v-neck and a v-neck and a v-neck and a v-neck and a",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Women",
        title="Biba Women Peach-Coloured Solid Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Peach",
    ),
    # Short navy kurti with white print and a button placket, blue jeans. No category column. VQA adapter: "a blue
    # shirt" for the kurti; the details go on into a question about the jeans.
    case(
        "X1396-041",
        wearing("a blue shirt and jeans", "contradiction", who="she"),
        color_of("kurta", "navy", kind="open"),
        describe("kurta", "the kurta is navy with white print"),
        details("kurta", "the kurta has a white print Question: What is the color of the jeans? Answer: blue", "leak"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Tissu Women Navy Blue Printed Kurti",
        color="Navy Blue",
    ),
    # Red kurta with gold embroidery at the neck, red palazzos, a red net dupatta with gold lace; the model holds a
    # pooja thali. VQA adapter, all correct.
    case(
        "X1396-042",
        wearing("a red kurta with red palazzo pants and a red dupatta", who="she"),
        color_of("kurta", "red", kind="open"),
        color_of("palazzos", "red", kind="open"),
        color_of("dupatta", "red", kind="open"),
        describe("kurta", "a red kurta with gold embroidery"),
        details("kurta", "the kurta has gold embroidery on the neck and a pair of red palazzo pants"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Varanga Women Red Embroidered Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Red",
    ),
    # Turquoise kurta with white print, plain hem, white trousers. VQA adapter; the trousers' color loops to the
    # limit, the description invents lace on the hem.
    case(
        "X1396-043",
        wearing("a blue kurta and white pants", who="she"),
        color_of("kurta", "turquoise", kind="open"),
        color_of(
            "trousers",
            "turquoise turquoise turquoise turquoise turquoise turquoise turquoise turquoise turquoise turquoise"
            " turquoise turquoise turquoise turquoise turquoise",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        describe("kurta", "a blue kurta with a white print and a white lace on the hem", "unsupported"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Ishin Women Turquoise Blue Printed Kurta with Trousers",
        category="Kurta Sets",
        color="Turquoise Blue",
    ),
    # Brown solid kurta, mandarin collar with a button placket, cream palazzos (not sold), a woman model. No gender
    # column (the title says Women). VQA adapter: "he" in the description.
    case(
        "X1396-044",
        wearing("a brown kurta and white pants", who="she"),
        color_of("kurta", "brown", kind="open"),
        describe("kurta", "he is wearing a brown kurta", "pronoun"),
        details("kurta", "the kurta has a collar and buttons"),
        is_a("kurta", "yes"),
        title="Janasya Women Brown Solid Mandarin Collar Kurta",
        category="Kurtas",
        color="Brown",
    ),
    # Blue kurta with white print, white palazzos with a blue print at the hem. VQA adapter; the palazzos get the
    # kurta's blue, the details run to the limit mid-phrase.
    case(
        "X1396-045",
        wearing("a blue and white kurta and palazzo pants", who="she"),
        color_of("kurta", "blue", kind="open"),
        color_of("palazzos", "blue", "other_garment_color", kind="open"),
        describe("kurta", "a blue kurta with a white print and a pair of white palazzos"),
        details(
            "kurta",
            "the kurta has a round neck, three-quarter sleeves, and a pair of white palazzos with a blue print on the"
            " hem and a blue",
            "cut",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Women",
        title="Global Desi Women Blue & White Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Blue",
    ),
]
