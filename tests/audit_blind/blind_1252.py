"""BLIND_1252 (45 products; Myntra kurtas and kurta sets, VQA adapter): written blind in the sixty-second session.
Measured blind at bdc3a30 (the session's fourth rules): 55/66 failures found (83.3%) and 2/181 correct texts flagged
(1.1%). The writer's notes, verbatim:

Scenario: a Myntra women's ethnic-wear feed: kurtas sold alone (styled on the model with palazzos, trousers, jeans or
leggings that are not for sale) and kurta sets (kurta with palazzos, trousers, churidar or sharara, often a dupatta).
Columns as the feed has them: title, category (Myntra's article type: Kurtas, Kurta Sets, Kurtis), color (base
colour), gender; a few rows lack gender or color. Photos: a model on a plain grey or off-white backdrop, front view
mostly; one back view (014), two flat lays (008, 031), props now and then (handbag, potli bag, tote, plant).
Who wrote what: every text is the VQA adapter leoreigoto/Data3_V3_BLIP2_VQA on Salesforce/blip2-opt-2.7b, greedy,
30 new tokens, answer cut at the first newline. The run does not caption (the VQA adapter broke captions), so no
case has a caption. Questionnaire, the original experiments' own, with the garment names of this catalog: "What is
she wearing?", "What is the color of the kurta?" and the same for each further piece of a set (palazzos, trousers,
churidar, sharara, dupatta), "What is the kurta color?" on some rows, "Describe the kurta." or "What are the kurta
details?" (sometimes both), and the VQA data's "Is this a kurta?". Styling pieces of a kurta sold alone are not
asked about. The adapter never learned to stop: short color and yes/no answers mostly end at a newline, but the open
questions it was never trained on (describe, details) often loop or run into the 30-token limit, and now and then
it writes the training format back ("Question: ... Answer:"). Many sets are one color head to toe, so a good share of
the color answers are easy and right; the failure rate (about a quarter of the texts) is lower than on mixed outfits.
Labeling conventions and judgement calls: judged against the imagined photo and the title. A color given to a piece that
belongs to another piece in the photo (palazzos' white given to the kurta, the kurta's pink given to the dupatta) is
other_garment_color; a color no garment has, the color of an accessory (bag), "no" to "Is this a kurta?", a sheer
dupatta given the backdrop's white, and "dress" for a kurta worn with bottoms are contradiction, and so is the styled
jeans' "blue denim" given as the kurti's details. Near hues are accepted as correct: orange or brown for rust, green for
teal and olive, pink for peach, mauve and magenta, maroon for burgundy, white for cream and off white, blue for navy and
turquoise, "top" for a short kurti, "scarf" for a dupatta. Lime green answered "yellow" is counted wrong
(contradiction). A white kurta with blue stripes answered "blue and white" is correct. Invented construction details
(pockets, zips, collars, sequins, a front placket seen on a back view, silk for a cotton title) are unsupported. An
empty answer, "the kurta", "there are no details" or "the kurta has a lot of details" is non_answer; an answer that only
turns the question around ("the kurta details are the kurta details", "the kurta is a kurta") is restated. A loop at the
token limit is loop even if it is also cut; an answer that runs to the limit mid-phrase without repeating is cut; a text
that writes "Question:"/"Answer:" is leak whatever else is wrong with it. "he"/"a man" for the woman is pronoun.
"""

from tests.audit_corpus import case, color_of, describe, details, is_a, question, wearing

kurta_color = question("kurta_color", "What is the kurta color?", "open")


def she(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="she", hit_limit=hit_limit)


def col(garment, text, failure=None, hit_limit=False):
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


BLIND_1252 = [
    # Truth: front view, pink kurta with a small white floral print, white palazzos, white dupatta with a pink border
    # over one shoulder; grey backdrop. All texts: VQA adapter.
    case(
        "X1252-001",
        she("a pink kurta and white palazzos"),
        col("kurta", "pink"),
        col("palazzos", "pink", "other_garment_color"),
        col("dupatta", "white"),
        details("kurta", "floral print"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Libas Women Pink Floral Printed Kurta with Palazzos & With Dupatta",
        category="Kurta Sets",
        color="Pink",
    ),
    # Truth: mustard straight kurta with white and blue ethnic motifs, round neck, three-quarter sleeves; styled with
    # white trousers and white juttis. All texts: VQA adapter.
    case(
        "X1252-002",
        she("a yellow kurta and white pants"),
        col("kurta", "yellow"),
        kurta_color("mustard"),
        describe(
            "kurta",
            "the kurta is yellow with a white print and has three-quarter sleeves. the kurta is yellow with a white "
            "print and has three-quarter sleeves. the kurta is",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Women",
        title="Anouk Women Mustard Yellow Ethnic Motifs Printed Straight Kurta",
        category="Kurtas",
        color="Mustard",
    ),
    # Truth: navy kurta with a white print, plain navy trousers (same navy). All texts: VQA adapter.
    case(
        "X1252-003",
        she("a blue kurta and blue pants"),
        col("kurta", "navy"),
        col("trousers", "navy"),
        details(
            "kurta",
            "white print on the kurta, white print on the pants, white print on the sleeves, white print on the "
            "kurta, white print on the",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Women",
        title="Sangria Women Navy Blue & White Printed Kurta with Trousers",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # Truth: bottle-green solid straight kurta, mandarin collar, short button placket, no visible pockets; beige
    # trousers; she holds a tan handbag. All texts: VQA adapter.
    case(
        "X1252-004",
        she("a green kurta and beige pants"),
        col("kurta", "green"),
        describe("kurta", "the kurta is green with a mandarin collar and buttons on the front"),
        details("kurta", "it has a pocket on the left side", "unsupported"),
        is_a("kurta", "yes"),
        gender="Women",
        title="W Women Green Solid Straight Kurta",
        category="Kurtas",
        color="Green",
    ),
    # Truth: floor-length maroon anarkali with gold zari on the yoke and hem, maroon churidar showing at the ankles,
    # gold tissue dupatta draped over both arms. All texts: VQA adapter.
    case(
        "X1252-005",
        she("a red dress", "contradiction"),
        col("kurta", "maroon"),
        col("churidar", "maroon"),
        col("dupatta", "gold"),
        details("kurta", "gold embroidery on the yoke and the hem"),
        is_a("kurta", "no", "contradiction"),
        gender="Women",
        title="Biba Women Maroon Embroidered Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Truth: indigo kurta with white dabu floral print, matching indigo printed palazzos; barefoot, potted plant on the
    # side. All texts: VQA adapter.
    case(
        "X1252-006",
        she(
            "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue "
            "blue blue blue blue blue blue blue blue blue",
            "loop",
            hit_limit=True,
        ),
        col("kurta", "blue"),
        col("palazzos", "blue"),
        describe("kurta", "the kurta is blue and white with a floral pattern"),
        is_a(
            "kurta",
            "yes, it is a kurta. yes, it is a kurta. yes, it is a kurta. yes, it is a kurta. yes, it is a",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Jaipur Kurti Women Blue & White Dabu Printed Pure Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Blue",
    ),
    # Truth: rust kurta with self-colour thread embroidery at the neckline, rust trousers, cream dupatta with a rust
    # border. All texts: VQA adapter.
    case(
        "X1252-007",
        she("an orange kurta, orange pants and a white scarf"),
        col("kurta", "orange"),
        kurta_color("brown"),
        col("trousers", "orange"),
        col("dupatta", "orange", "other_garment_color"),
        details("kurta", "embroidery on the neckline"),
        gender="Women",
        title="GoSriKi Women Rust Embroidered Kurta with Trousers & With Dupatta",
        category="Kurta Sets",
        color="Rust",
    ),
    # Truth: flat lay, no person: black A-line kurta with a white geometric print on a white surface. All texts: VQA
    # adapter.
    case(
        "X1252-008",
        she("a black and white dress", "contradiction"),
        col("kurta", "black"),
        describe("kurta", "the kurta is black with a white geometric print"),
        details("kurta", "the kurta details are the kurta details", "restated"),
        is_a("kurta", "yes"),
        gender="Women",
        title="KALINI Women Black & White Geometric Printed A-Line Kurta",
        category="Kurtas",
        color="Black",
    ),
    # Truth: teal kurta with gold foil ethnic motifs, keyhole round neck, three-quarter sleeves, straight hem with side
    # slits; teal palazzos; hand on hip. All texts: VQA adapter.
    case(
        "X1252-009",
        she("she is wearing a green kurta and green palazzos"),
        col("kurta", "green"),
        col("palazzos", "teal"),
        details("kurta", "gold print"),
        describe(
            "kurta",
            "the kurta is teal with gold foil print in ethnic motifs, a round neck with a keyhole, three-quarter "
            "sleeves and a straight hem with side",
            "cut",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Women",
        title="Vishudh Women Teal Blue Ethnic Motifs Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Teal",
    ),
    # Truth: peach kurta with an embroidered yoke, peach trousers, sheer peach organza dupatta. All texts: VQA adapter.
    case(
        "X1252-010",
        she(
            "a pink kurta and pink pants Question: What is the color of the dupatta? Answer: pink Question: What is "
            "the color of the",
            "leak",
            hit_limit=True,
        ),
        col("kurta", "peach"),
        col("trousers", "peach"),
        col("dupatta", "peach"),
        describe("kurta", "the kurta is a kurta", "restated"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Indo Era Women Peach-Coloured Yoke Design Kurta with Trousers & With Dupatta",
        category="Kurta Sets",
        color="Peach",
    ),
    # Truth: lavender kurta with white thread embroidery on the front and sleeves, white palazzos, lavender dupatta.
    # All texts: VQA adapter.
    case(
        "X1252-011",
        she("a purple kurta and white pants"),
        col("kurta", "purple"),
        col("palazzos", "white"),
        col("dupatta", "white", "other_garment_color"),
        describe("kurta", "the kurta is purple with white embroidery on the front and the sleeves"),
        details(
            "kurta",
            "white embroidery, white embroidery, white embroidery, white embroidery, white embroidery, white "
            "embroidery, white embroidery, white embroidery, white embroidery, white",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Libas Women Lavender Floral Embroidered Kurta with Palazzos & With Dupatta",
        category="Kurta Sets",
        color="Lavender",
    ),
    # Truth: off-white straight kurta with small blue floral buttis; styled with blue palazzos. All texts: VQA
    # adapter.
    case(
        "X1252-012",
        she("a white kurta and blue pants"),
        col("kurta", "blue", "other_garment_color"),
        kurta_color("white"),
        describe("kurta", "white with blue flowers"),
        is_a("kurta", "yes"),
        gender="Women",
        title="AURELIA Women Off White & Blue Floral Printed Straight Kurta",
        category="Kurtas",
        color="Off White",
    ),
    # Truth: magenta solid kurta, V-neck, three-quarter sleeves, side slits; matching magenta palazzos; statement
    # earrings. The palazzo waist is hidden under the kurta. All texts: VQA adapter.
    case(
        "X1252-013",
        she("a pink dress", "contradiction"),
        col("kurta", "pink"),
        col("palazzos", "pink"),
        details(
            "kurta",
            "the kurta has a v-neck, three-quarter sleeves, side slits and a straight hem. the palazzos have an "
            "elasticated waist with a",
            "cut",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Women",
        title="Sangria Women Magenta Solid Kurta with Palazzos",
        category="Kurta Sets",
        color="Magenta",
    ),
    # Truth: back view: olive kurta with small printed motifs, olive trousers; neckline and front not visible. All
    # texts: VQA adapter.
    case(
        "X1252-014",
        she("a green kurta and green pants"),
        col("kurta", "green"),
        col("trousers", "green"),
        describe("kurta", "the kurta is green with a v-neck and buttons down the front", "unsupported"),
        is_a("kurta", "yes"),
        gender="Women",
        title="House of Pataudi Women Olive Green Ethnic Motifs Printed Kurta with Trousers",
        category="Kurta Sets",
        color="Olive",
    ),
    # Truth: red kurta with a white floral print, white churidar; no dupatta. All texts: VQA adapter. The row has no
    # gender.
    case(
        "X1252-015",
        she("a red kurta and white leggings"),
        col("kurta", "red"),
        kurta_color("red"),
        details("kurta", "white flowers"),
        is_a("kurta", "yes"),
        title="Soch Women Red & White Floral Printed Kurta",
        category="Kurtas",
        color="Red",
    ),
    # Truth: yellow kurta with a green print, green palazzos, yellow-and-green printed dupatta. All texts: VQA adapter.
    case(
        "X1252-016",
        she("a yellow kurta and yellow pants", "other_garment_color"),
        col("kurta", "yellow"),
        col("palazzos", "yellow", "other_garment_color"),
        col(
            "dupatta",
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow "
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow "
            "yellow",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Women",
        title="Varanga Women Yellow & Green Printed Kurta with Palazzos & With Dupatta",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Truth: coral A-line kurta with a small white print, round neck, three-quarter sleeves, flared hem; white
    # palazzos; long hair, clearly a woman. All texts: VQA adapter.
    case(
        "X1252-017",
        she("a man in an orange shirt and white pants", "pronoun"),
        col("kurta", "orange"),
        describe("kurta", "the kurta is orange with a white print"),
        details("kurta", "round neck, three-quarter sleeves, flared hem"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Global Desi Women Coral Printed A-Line Kurta",
        category="Kurtas",
        color="Coral",
    ),
    # Truth: indigo cotton kurta with a white block print; white pants; canvas tote on the shoulder. All texts: VQA
    # adapter.
    case(
        "X1252-018",
        she("a blue kurta"),
        col("kurta", "navy"),
        kurta_color("white", "other_garment_color"),
        describe("kurta", "the kurta is made of silk and has a floral print", "unsupported"),
        details("kurta", "", "non_answer"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Fabindia Women Indigo Cotton Block Printed Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Truth: short sea-green kurta with mirror work at the neckline and cuffs, sea-green sharara, pale sea-green sheer
    # net dupatta against an off-white backdrop. All texts: VQA adapter.
    case(
        "X1252-019",
        she("a green kurta and green pants"),
        col("kurta", "green"),
        col("sharara", "green"),
        col("dupatta", "white", "contradiction"),
        details("kurta", "mirror work on the neckline and sleeves"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Mokshi Women Sea Green Mirror Work Kurta with Sharara & With Dupatta",
        category="Kurta Sets",
        color="Sea Green",
    ),
    # Truth: black kurta with a white print, white palazzos with a small black print. All texts: VQA adapter.
    case(
        "X1252-020",
        she("a black and white kurta and white pants"),
        col("kurta", "black"),
        col("palazzos", "black", "other_garment_color"),
        describe(
            "kurta",
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Women",
        title="Janasya Women Black & White Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Black",
    ),
    # Truth: powder-blue solid straight kurta, round neck, three-quarter sleeves, side slits; white trousers. All
    # texts: VQA adapter.
    case(
        "X1252-021",
        she("a blue kurta and white pants"),
        col("kurta", "blue"),
        details("kurta", "there are no details", "non_answer"),
        describe(
            "kurta",
            "a blue kurta with a round neck and three-quarter sleeves, the kurta is straight and has side slits, it "
            "is made of",
            "cut",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Women",
        title="Rangmanch by Pantaloons Women Blue Solid Straight Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Truth: pink kurta with gotta patti at the neckline and hem, pink sharara, pink dupatta with a thin gold border;
    # she holds a white pearl potli bag in front of the dupatta. All texts: VQA adapter.
    case(
        "X1252-022",
        she("a pink kurta, pink pants and a pink dupatta"),
        col("kurta", "pink"),
        col("sharara", "pink"),
        col("dupatta", "white", "contradiction"),
        details("kurta", "gold gotta patti on the neckline and hem"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Ahalyaa Women Pink Gotta Patti Kurta with Sharara & With Dupatta",
        category="Kurta Sets",
        color="Pink",
    ),
    # Truth: grey kurta with a black print, black trousers. All texts: VQA adapter.
    case(
        "X1252-023",
        she("a grey kurta and black pants"),
        col("kurta", "grey"),
        col("trousers", "grey", "other_garment_color"),
        details(
            "kurta",
            "the kurta is grey and the pants are grey and the kurta is grey and the pants are grey and the kurta is "
            "grey and the",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "no", "contradiction"),
        gender="Women",
        title="AKS Women Grey & Black Printed Kurta with Trousers",
        category="Kurta Sets",
        color="Grey",
    ),
    # Truth: white chikankari kurta with white embroidery, white palazzos. All texts: VQA adapter.
    case(
        "X1252-024",
        she("a white kurta and white pants"),
        col("kurta", "white"),
        kurta_color("white"),
        col("palazzos", "white"),
        describe("kurta", "the kurta is white with white embroidery on the front"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Khushal K Women White Chikankari Embroidered Kurta with Palazzos",
        category="Kurta Sets",
        color="White",
    ),
    # Truth: purple rayon straight kurta with pink flowers, round neck (no collar); white leggings. All texts: VQA
    # adapter.
    case(
        "X1252-025",
        she("she is wearing a purple kurta with white leggings"),
        col("kurta", "pink", "contradiction"),
        kurta_color("purple"),
        describe("kurta", "the kurta is purple with pink flowers and a mandarin collar", "unsupported"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Juniper Women Purple & Pink Floral Printed Rayon Straight Kurta",
        category="Kurtas",
        color="Purple",
    ),
    # Truth: turquoise kurta with a white ikat print, keyhole neck with a tassel tie, three-quarter sleeves; white
    # flared pants. All texts: VQA adapter.
    case(
        "X1252-026",
        she("a blue kurta and white palazzos"),
        col("kurta", "blue"),
        describe(
            "kurta",
            "the kurta is turquoise with a white ikat print, a keyhole neckline with a tassel tie and three-quarter "
            "sleeves with a white",
            "cut",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Women",
        title="Indya Women Turquoise Blue Ikat Printed Tie-Up Neck Kurta",
        category="Kurtas",
        color="Turquoise Blue",
    ),
    # Truth: beige kurta with a maroon print, maroon trousers, beige dupatta with a maroon border. All texts: VQA
    # adapter.
    case(
        "X1252-027",
        she("a beige kurta, maroon pants and a beige dupatta"),
        col("kurta", "beige"),
        col("trousers", "beige", "other_garment_color"),
        col("dupatta", "beige"),
        details("kurta", "maroon print"),
        describe(
            "kurta",
            "the kurta is beige with maroon ethnic motifs all over, a round neck with maroon piping, three-quarter "
            "sleeves with maroon printed cuffs and a",
            "cut",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Women",
        title="Nayo Women Beige & Maroon Ethnic Motifs Printed Kurta with Trousers & With Dupatta",
        category="Kurta Sets",
        color="Beige",
    ),
    # Truth: black straight kurta with a gold print, black churidar; a woman with a bindi and long hair. All texts:
    # VQA adapter.
    case(
        "X1252-028",
        she("he is wearing a black kurta", "pronoun"),
        col("kurta", "black"),
        describe("kurta", "black and gold"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Biba Women Black & Gold-Toned Printed Straight Kurta",
        category="Kurtas",
        color="Black",
    ),
    # Truth: front view, navy kurta with a white floral print, round neck with a keyhole, no collar; white palazzos.
    # All texts: VQA adapter.
    case(
        "X1252-029",
        she("navy blue kurta and white palazzo pants"),
        col("kurta", "navy blue"),
        col("palazzos", "white"),
        details("kurta", "it has a collar and a zipper at the back", "unsupported"),
        is_a("kurta", "yes"),
        gender="Women",
        title="W Women Navy Blue & White Floral Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # Truth: pink kurta with green flowers, green trousers, pink dupatta. All texts: VQA adapter.
    case(
        "X1252-030",
        she("a pink kurta and green pants"),
        col("kurta", "pink"),
        col("trousers", "pink", "other_garment_color"),
        col("dupatta", "pink"),
        describe(
            "kurta",
            "pink kurta with green flowers, green pants, pink dupatta, pink kurta with green flowers, green pants, "
            "pink dupatta, pink",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Women",
        title="all about you Women Pink & Green Floral Printed Kurta with Trousers & With Dupatta",
        category="Kurta Sets",
        color="Pink",
    ),
    # Truth: flat lay: orange handloom cotton kurta with a visible weave, round neck, laid on a table with wooden
    # props. All texts: VQA adapter.
    case(
        "X1252-031",
        she("an orange kurta"),
        col("kurta", "orange"),
        describe("kurta", "the kurta", "non_answer"),
        details("kurta", "handwoven cotton with a round neck"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Taavi Women Orange Handloom Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Orange",
    ),
    # Truth: maroon kurta with a gold print, maroon palazzos, maroon-and-gold dupatta. All texts: VQA adapter.
    case(
        "X1252-032",
        she("a red kurta and red palazzos with a red and gold dupatta"),
        col("kurta", "maroon"),
        col("palazzos", "maroon"),
        col(
            "dupatta",
            "gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold "
            "gold gold gold gold gold gold gold gold gold gold",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "Answer: gold print on the kurta", "leak"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Kvsfab Women Maroon & Gold-Toned Printed Kurta with Palazzos & With Dupatta",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Truth: dark green kurta with a small white print, round neck, three-quarter sleeves; matching green palazzos;
    # side pose. All texts: VQA adapter.
    case(
        "X1252-033",
        she("a green kurta and green palazzos"),
        col("kurta", "green"),
        col("palazzos", "green"),
        describe("kurta", "the kurta is green with a white print and has a round neck and three-quarter sleeves"),
        is_a("kurta", "yes"),
        gender="Women",
        title="AURELIA Women Green Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Green",
    ),
    # Truth: red bandhani kurta (white dots), cream palazzos, red bandhani dupatta. All texts: VQA adapter.
    case(
        "X1252-034",
        she("a red kurta and a red and white scarf"),
        col("kurta", "red"),
        col("palazzos", "red", "other_garment_color"),
        col("dupatta", "red"),
        details("kurta", "red and white polka dots"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Anouk Women Red & Cream Bandhani Printed Kurta with Palazzos & With Dupatta",
        category="Kurta Sets",
        color="Red",
    ),
    # Truth: yellow kurta with a floral print; styled with white palazzos. All texts: VQA adapter.
    case(
        "X1252-035",
        she("a yellow kurta and white pants"),
        col("kurta", "white", "other_garment_color"),
        kurta_color("yellow"),
        details(
            "kurta",
            "floral print, floral print, floral print, floral print, floral print, floral print, floral print, "
            "floral print, floral print, floral",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Women",
        title="Libas Women Yellow Floral Printed Straight Kurta",
        category="Kurtas",
        color="Yellow",
    ),
    # Truth: blue kurta with a white print, no lace or sequins; blue trousers; white dupatta with a blue print. All
    # texts: VQA adapter. The row has no gender.
    case(
        "X1252-036",
        she("a blue kurta, blue pants and a white dupatta"),
        col("kurta", "blue"),
        col("trousers", "blue"),
        col("dupatta", "white"),
        describe("kurta", "the kurta is blue with a white print and gold sequins on the yoke", "unsupported"),
        details("kurta", "the kurta has a lot of details", "non_answer"),
        is_a("kurta", "yes"),
        title="GoSriKi Women Blue & White Printed Kurta with Trousers & With Dupatta",
        category="Kurta Sets",
        color="Blue",
    ),
    # Truth: short peach solid kurti, hip length; styled with blue jeans. All texts: VQA adapter.
    case(
        "X1252-037",
        she("a peach top and blue jeans"),
        col("kurta", "peach"),
        describe("kurta", "the kurta is peach"),
        details("kurta", "blue denim", "contradiction"),
        is_a("kurta", "no", "contradiction"),
        gender="Women",
        title="Vishudh Women Peach-Coloured Solid Short Kurti",
        category="Kurtis",
        color="Peach",
    ),
    # Truth: lime green kurta with a white print on the front, white palazzos. All texts: VQA adapter.
    case(
        "X1252-038",
        she("a green kurta and white palazzos"),
        col("kurta", "yellow", "contradiction"),
        col("palazzos", "white"),
        details("kurta", "white print on the front"),
        describe(
            "kurta",
            "the kurta is green with a white print on the front and it has a round neck and three-quarter sleeves "
            "and it has a",
            "cut",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Women",
        title="HERE&NOW Women Lime Green & White Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Lime Green",
    ),
    # Truth: burgundy velvet kurta with gold embroidery at the neckline, burgundy trousers, pink net dupatta. All
    # texts: VQA adapter.
    case(
        "X1252-039",
        she("a maroon kurta and maroon pants"),
        col("kurta", "maroon"),
        col("trousers", "maroon"),
        col("dupatta", "maroon", "other_garment_color"),
        describe("kurta", "the kurta is made of velvet and has gold embroidery on the neckline"),
        is_a("kurta", "yes Question: Is this a dupatta? Answer: no", "leak"),
        gender="Women",
        title="Sangria Women Burgundy Embroidered Velvet Kurta with Trousers & With Dupatta",
        category="Kurta Sets",
        color="Burgundy",
    ),
    # Truth: white kurta with thin blue vertical stripes; styled with blue palazzos. All texts: VQA adapter.
    case(
        "X1252-040",
        she("a blue and white striped kurta and blue pants"),
        col("kurta", "blue and white"),
        kurta_color("white"),
        details("kurta", "blue stripes"),
        describe(
            "kurta",
            "the kurta is white with blue stripes and it is a kurta with blue stripes and it is a kurta with blue "
            "stripes and it is",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Women",
        title="Global Desi Women White & Blue Striped Straight Kurta",
        category="Kurtas",
        color="White",
    ),
    # Truth: mauve kurta with tonal embroidery on the front and sleeves, mauve palazzos, mauve dupatta. All texts: VQA
    # adapter.
    case(
        "X1252-041",
        she("a pink kurta"),
        col("kurta", "pink"),
        col("palazzos", "pink"),
        col("dupatta", "pink"),
        details(
            "kurta",
            "the kurta has embroidery on the front and the sleeves have embroidery on the front and the sleeves have "
            "embroidery on the front and the",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Women",
        title="Ahalyaa Women Mauve Embroidered Kurta with Palazzos & With Dupatta",
        category="Kurta Sets",
        color="Mauve",
    ),
    # Truth: multicoloured patchwork-print kurta (red, yellow, green, a little black), black leggings. All texts: VQA
    # adapter.
    case(
        "X1252-042",
        she("a colorful kurta and black leggings"),
        col("kurta", "black", "other_garment_color"),
        describe("kurta", "multicolor print"),
        details(
            "kurta",
            "the kurta has a print of flowers, leaves, birds, elephants, peacocks, flowers, leaves, birds, "
            "elephants, peacocks, flowers, leaves, birds",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Women",
        title="Jaipur Kurti Women Multicoloured Patchwork Printed Straight Kurta",
        category="Kurtas",
        color="Multi",
    ),
    # Truth: cream kurta with pink flowers, pink palazzos, pink dupatta. All texts: VQA adapter.
    case(
        "X1252-043",
        she("a white kurta, pink pants and a pink scarf"),
        col("kurta", "white"),
        col("palazzos", "pink"),
        col("dupatta", "pink"),
        describe(
            "kurta",
            "the kurta is white with pink flowers and the pants are pink and the dupatta is pink and the kurta is "
            "white with pink flowers and the",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Women",
        title="Biba Women Cream-Coloured & Pink Floral Printed Kurta with Palazzos & With Dupatta",
        category="Kurta Sets",
        color="Cream",
    ),
    # Truth: navy kurta with a gold embroidered yoke, navy palazzos; face turned to the side. All texts: VQA adapter.
    case(
        "X1252-044",
        she("a blue kurta and blue palazzos"),
        col("kurta", "blue"),
        kurta_color("navy blue"),
        col("palazzos", "blue"),
        details("kurta", "gold yoke"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Libas Women Navy Blue Yoke Design Kurta with Palazzos",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # Truth: hot-pink kurta with sequin work on the yoke, hot-pink sharara, orange dupatta. All texts: VQA adapter.
    # The row has no color.
    case(
        "X1252-045",
        she("a pink kurta and orange scarf"),
        col("kurta", "pink"),
        col("sharara", "pink"),
        col("dupatta", "pink", "other_garment_color"),
        details(
            "kurta",
            "the kurta has a round neck Question: What are the sharara details? Answer: the sharara has a round neck "
            "Question:",
            "leak",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Women",
        title="KALINI Women Pink Sequinned Kurta with Sharara & With Dupatta",
        category="Kurta Sets",
    ),
]
