"""BLIND_1553 (45 products; Myntra kids' ethnic wear, VQA adapter, each piece's color): written blind in the sixty-sixth
session. Measured blind at b37ad1b (the session's second rules): 58/74 failures found (78.4%) and 5/146 correct texts
flagged (3.4%). The writer's notes, verbatim:

Scenario: a Myntra kids' ethnic wear feed (kurta sets, kurta with dhoti, lehenga cholis, sharara sets, anarkalis,
sherwanis, a Nehru jacket and a few single kurtas and ethnic dresses). Catalog columns as Myntra exports them: title,
category (the article type: Kurta Sets, Lehenga Choli, Sherwani, Kurtas, Ethnic Dresses, Nehru Jackets), color (the
base colour, which names the main piece only) and gender (Boys / Girls), the odd column missing. Photos are the
usual catalog shots: a child on a plain studio backdrop, a few back views, two flat lays, props now and then (a
turban, a diya thali, a balloon, a flute, marigolds, a handbag, sunglasses, a stool), and single pieces styled with
other clothes (a kurta over jeans, a Nehru jacket over a white kurta pyjama that is not sold with it).

Who wrote what: every text is the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA on Salesforce/blip2-opt-2.7b), free
generation, greedy, 30 new tokens, prompt "Question: ... Answer:". No caption step in this run (the VQA adapter
cannot caption). Questions per product: "What is the child wearing?", "What is the color of the <piece>?" for each
piece the title sells (kurta, pyjama, churidar, dhoti, sharara, palazzo, salwar, lehenga, choli, dupatta, stole,
jacket, sherwani), one yes/no "Is this a <garment>?", and for some products pattern, sleeve length, material, a
describe or a details question. Color answers are stored open (free text, not mapped).

Labeling conventions and judgement calls:
- Colors are judged against the photo I imagined, with the title as support. Near names count as right: cream or
  off-white -> "white", maroon -> "red", peach -> "pink" or "orange", mustard or gold -> "yellow", teal -> "blue",
  rust -> "brown", lavender -> "purple", fuchsia or magenta -> "pink". Navy answered "black" is wrong (contradiction).
- A piece answered with the color of another piece of the same outfit (the pyjama given the kurta's color, the
  dupatta given the lehenga's) is other_garment_color, also when the other garment is one the child wears but the
  listing does not sell (the white kurta under a Nehru jacket). A color that belongs to no garment (a prop, the
  buttons) or a plainly wrong hue is contradiction.
- Garment words: the adapter only knows the In-shop vocabulary, so "dress" for an anarkali, an ethnic gown or a
  child's lehenga choli, "shirt"/"top" for a kurta, "pants" for pyjama/churidar/palazzo/sharara, "vest" for a Nehru
  jacket, "coat"/"suit" for a sherwani are accepted as right. "skirt" for a dhoti and "no" to "Is this a kurta /
  sherwani / jacket / lehenga / dhoti?" when it is one are contradiction. A wrong sleeve length is contradiction.
- Pronouns: "she" for a boy (or "he" for a girl) is pronoun even when the rest of the answer is right.
- Props the model names that are really in the photo (balloon, flute, turban, sunglasses, bag, flowers) are right;
  jewelry, a belt, a collar color or a material the photo and title do not show are unsupported.
- A color question answered "yes", or with the piece's own name, is non_answer; "a kurta" to "Describe the kurta."
  is restated.
- Anything that ran to the 30-token limit is marked hit_limit. Repeats are loop; an answer that is still sensible
  but stops mid-phrase at the limit is cut; an answer that goes on with "Question: ... Answer: ..." is leak (marked
  hit_limit only where it reached 30 tokens).
- One label per text, the first thing wrong with it.
"""

from tests.audit_corpus import BLIND_QUESTIONS, case, color_of, describe, details, is_a, material, wearing

CHILD = "the child"


def col(garment, text, failure=None, hit_limit=False):
    """The color question, free generation (stored open)."""
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


def wear(text, failure=None, hit_limit=False):
    return wearing(text, failure, who=CHILD, hit_limit=hit_limit)


pattern = BLIND_QUESTIONS.pattern
sleeves = BLIND_QUESTIONS.sleeve_length

BLIND_1553 = [
    # Boy of about six on a white backdrop: cream kurta with gold thread embroidery on the placket, cream pyjama, tan
    # mojaris. All texts by the VQA adapter; the wearing answer ran on into the training format.
    case(
        "X1553-001",
        wear("a white kurta and white pants Question: What is the color of the pants? Answer: white", "leak"),
        col("kurta", "white"),
        col("pyjama", "white"),
        is_a("kurta", "yes"),
        gender="Boys",
        title="YK Boys Cream-Coloured Embroidered Kurta with Pyjamas",
        category="Kurta Sets",
        color="Cream",
    ),
    # Boy, hand on hip, grey backdrop: navy blue kurta with small white buti print, white pyjama. VQA adapter.
    case(
        "X1553-002",
        wear("she is wearing a blue shirt and white pants", "pronoun"),
        col("kurta", "blue"),
        col("pyjama", "blue", "other_garment_color"),
        is_a("kurta", "yes"),
        pattern("printed"),
        gender="Boys",
        title="Aj DEZInES Boys Navy Blue & White Printed Kurta with Pyjamas",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # Girl on a beige backdrop: peach sequinned choli, peach lehenga with a gold border, peach net dupatta over one
    # shoulder. VQA adapter; the dupatta color looped to the limit.
    case(
        "X1553-003",
        wear("a pink dress"),
        col("lehenga", "pink"),
        col("choli", "pink"),
        col(
            "dupatta",
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink "
            "pink pink pink pink pink pink pink pink pink",
            "loop",
            hit_limit=True,
        ),
        is_a("lehenga", "yes"),
        gender="Girls",
        title="Bitiya by Bhama Girls Peach-Coloured & Gold-Toned Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Peach",
    ),
    # Boy in a knee-length maroon brocade sherwani, off-white churidar, a gold safa (turban, a prop, not sold).
    # VQA adapter: churidar given the sherwani's color; "no" to the sherwani question.
    case(
        "X1553-004",
        wear("a red suit and white pants"),
        col("sherwani", "red"),
        col("churidar", "red", "other_garment_color"),
        is_a("sherwani", "no", "contradiction"),
        gender="Boys",
        title="VASTRAMAY Boys Maroon Self Design Sherwani with Churidar",
        category="Sherwani",
        color="Maroon",
    ),
    # Boy sitting on a wooden stool (prop): mustard kurta, white dhoti pants. VQA adapter; dhoti color looped.
    case(
        "X1553-005",
        wear("a yellow kurta and white pants"),
        col("kurta", "yellow"),
        col(
            "dhoti",
            "white white white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Boys",
        title="Jashvi Boys Mustard Yellow Solid Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Girl, full length: pink anarkali kurta with white and green floral print and three-quarter sleeves, white
    # churidar, pink dupatta with a lace border. VQA adapter: churidar given the kurta's pink; sleeves wrong.
    case(
        "X1553-006",
        wear("a pink dress with flowers on it"),
        col("kurta", "pink"),
        col("churidar", "pink", "other_garment_color"),
        col("dupatta", "pink"),
        pattern("floral"),
        sleeves("short sleeve", "contradiction"),
        gender="Girls",
        title="BIBA Girls Pink Floral Printed Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Pink",
    ),
    # Boy: bottle-green jacquard Nehru jacket over a cream kurta, cream pyjama. VQA adapter: the wearing answer looped,
    # the kurta given the jacket's green.
    case(
        "X1553-007",
        wear(
            "the child is wearing a green jacket and white pants and a white shirt and a green jacket and white pants "
            "and a white shirt and",
            "loop",
            hit_limit=True,
        ),
        col("jacket", "green"),
        col("kurta", "green", "other_garment_color"),
        col("pyjama", "white"),
        is_a("kurta", "yes"),
        gender="Boys",
        title="SOJANYA Boys Green Kurta with Pyjamas & Nehru Jacket",
        category="Kurta Sets",
        color="Green",
    ),
    # Back view of a girl: mustard choli with a tie-up dori and tassels, mustard lehenga with a pink gota patti
    # border, pink dupatta hanging from one shoulder. VQA adapter: dupatta given mustard; the yes/no looped.
    case(
        "X1553-008",
        wear("a yellow skirt and a yellow top"),
        col("lehenga", "yellow"),
        col("choli", "yellow"),
        col("dupatta", "yellow", "other_garment_color"),
        is_a(
            "lehenga",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="The Magic Wand Girls Mustard Yellow & Pink Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Mustard",
    ),
    # Boy in an off-white cotton kurta worn over blue jeans (styling, jeans not sold), long sleeves. VQA adapter.
    case(
        "X1553-009",
        wear("she is wearing a white shirt and blue jeans", "pronoun"),
        col("kurta", "white"),
        is_a("kurta", "no", "contradiction"),
        material("cotton"),
        sleeves("long sleeve"),
        gender="Boys",
        title="Fabindia Kids Boys Off-White Solid Pure Cotton Kurta",
        category="Kurtas",
        color="Off White",
    ),
    # Girl: short lavender kurta with mirror work, lavender sharara, white organza dupatta. VQA adapter: dupatta given
    # lavender; the describe answer looped.
    case(
        "X1553-010",
        wear("she is wearing a purple top and purple pants"),
        col("kurta", "purple"),
        col("sharara", "purple"),
        col("dupatta", "purple", "other_garment_color"),
        describe(
            "dupatta",
            "a white dupatta with a purple border and small mirrors on the edges and a purple border and small "
            "mirrors on the edges and a",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Girls",
        title="Pspeaches Girls Lavender Mirror Work Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Lavender",
    ),
    # Boy on grey: red silk kurta, gold dhoti. VQA adapter: the dhoti called a skirt.
    case(
        "X1553-011",
        wear("the child is wearing a red shirt and a gold skirt", "contradiction"),
        col("kurta", "red"),
        col("dhoti", "gold"),
        is_a("dhoti", "yes"),
        gender="Boys",
        title="YK Boys Red & Gold-Toned Solid Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Red",
    ),
    # Girl twirling: sleeveless teal anarkali ethnic dress with gold foil ethnic motifs. VQA adapter: the color
    # looped, the print called solid.
    case(
        "X1553-012",
        wear("a blue dress"),
        col(
            "dress",
            "the dress is blue and the dress is blue and the dress is blue and the dress is blue and the dress is "
            "blue and the",
            "loop",
            hit_limit=True,
        ),
        pattern("solid", "contradiction"),
        sleeves("sleeveless"),
        is_a("dress", "yes"),
        title="Cutiekins Girls Teal Ethnic Motifs Printed Anarkali Ethnic Dress",
        category="Ethnic Dresses",
        color="Teal",
        gender="Girls",
    ),
    # Boy (no gender column in this row): beige sherwani with brown buttons, cream churidar, maroon stole over one
    # shoulder. VQA adapter: stole color looped; describe cut at the limit.
    case(
        "X1553-013",
        wear("a tan coat and white pants and a red scarf"),
        col("sherwani", "beige"),
        col("churidar", "white"),
        col(
            "stole",
            "beige beige beige beige beige beige beige beige beige beige beige beige beige beige beige beige beige "
            "beige beige beige beige beige beige beige beige beige beige beige beige beige",
            "loop",
            hit_limit=True,
        ),
        describe(
            "sherwani",
            "a long coat with buttons down the front and a mandarin collar and a pair of white pants that are "
            "fitted at the bottom and a",
            "cut",
            hit_limit=True,
        ),
        is_a("sherwani", "yes"),
        title="KISAH Boys Beige Self Design Sherwani with Churidar & Stole",
        category="Sherwani",
        color="Beige",
    ),
    # Boy with sunglasses pushed up on his head (prop): black kurta with silver foil print and a black mandarin
    # collar, white pyjama. VQA adapter: a white collar that is not there; pyjama given the kurta's black.
    case(
        "X1553-014",
        wear("a black shirt with a white collar and white pants and sunglasses", "unsupported"),
        col("kurta", "black"),
        col("pyjama", "black", "other_garment_color"),
        is_a("kurta", "yes"),
        gender="Boys",
        title="Aj DEZInES Boys Black & Silver-Toned Foil Printed Kurta with Pyjamas",
        category="Kurta Sets",
        color="Black",
    ),
    # Girl holding a diya thali (prop), no jewelry: red lehenga with gold zari, red choli, red dupatta with a gold
    # border. VQA adapter: a necklace invented.
    case(
        "X1553-015",
        wear("a red dress and a gold necklace", "unsupported"),
        col("lehenga", "red"),
        col("choli", "red"),
        col("dupatta", "red and gold"),
        is_a("lehenga", "yes"),
        gender="Girls",
        title="Bitiya by Bhama Girls Red & Gold-Toned Zari Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Red",
    ),
    # Boy: royal blue printed Nehru jacket, white kurta, white pyjama. VQA adapter: one blue for all three pieces,
    # "she", and "no" to the jacket question.
    case(
        "X1553-016",
        wear("she is wearing a blue vest and white pants", "pronoun"),
        col("jacket", "blue"),
        col("kurta", "blue", "other_garment_color"),
        col("pyjama", "blue", "other_garment_color"),
        is_a("jacket", "no", "contradiction"),
        gender="Boys",
        title="VASTRAMAY Boys White Kurta with Pyjamas & Blue Printed Nehru Jacket",
        category="Kurta Sets",
        color="Blue",
    ),
    # Flat lay on a wooden floor: green kurta with white block-printed flowers, white palazzo. VQA adapter: the
    # palazzo given green.
    case(
        "X1553-017",
        wear("a green top and white pants"),
        col("kurta", "green and white"),
        col("palazzo", "green", "other_garment_color"),
        pattern("floral"),
        is_a("kurta", "yes"),
        gender="Girls",
        title="Jashvi Girls Green & White Floral Block Print Kurta with Palazzos",
        category="Kurta Sets",
        color="Green",
    ),
    # Girl: magenta kurta with gota patti, magenta sharara, gold tissue dupatta; the kurta has a back hook closure, no
    # zipper. VQA adapter: dupatta given magenta; the details answer looped on an invented zipper.
    case(
        "X1553-018",
        wear("a pink dress and pink pants"),
        col("kurta", "pink"),
        col("sharara", "pink"),
        col("dupatta", "pink", "other_garment_color"),
        details(
            "kurta",
            "the kurta has a round neck and a zipper on the back and a zipper on the back and a zipper on the back "
            "and a zipper",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="YK Girls Magenta Gotta Patti Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Magenta",
    ),
    # Boy sitting on floor cushions (prop): peach kurta, white pyjama, long sleeves. VQA adapter; all right.
    case(
        "X1553-019",
        wear("a pink shirt and white pants"),
        col("kurta", "orange"),
        col("pyjama", "white"),
        is_a("kurta", "yes"),
        sleeves("long sleeve"),
        gender="Boys",
        title="Pspeaches Boys Peach-Coloured Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Peach",
    ),
    # Girl: yellow cotton kurta with orange print, orange salwar, yellow-and-orange tie-dye dupatta. VQA adapter:
    # wearing leaked the next prompt; salwar given yellow.
    case(
        "X1553-020",
        wear("a yellow and orange dress Question: What is the color of the dress? Answer: yellow", "leak"),
        col("kurta", "yellow"),
        col("salwar", "yellow", "other_garment_color"),
        col("dupatta", "orange and yellow"),
        material("cotton"),
        gender="Girls",
        title="Fabindia Girls Yellow & Orange Printed Pure Cotton Kurta with Salwar & Dupatta",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Boy: maroon velvet Nehru jacket over a cream kurta, cream pyjama. VQA adapter: kurta given the jacket's color;
    # cotton for a velvet jacket.
    case(
        "X1553-021",
        wear("a red jacket and white pants"),
        col("jacket", "red"),
        col("kurta", "red", "other_garment_color"),
        col("pyjama", "white"),
        material("cotton", "unsupported"),
        gender="Boys",
        title="KISAH Boys Cream Kurta with Pyjamas & Maroon Velvet Nehru Jacket",
        category="Kurta Sets",
        color="Cream",
    ),
    # Girl on a dark grey backdrop: navy lehenga with silver embroidery, navy choli, silver net dupatta. VQA adapter:
    # lehenga "black"; "no" to the lehenga question.
    case(
        "X1553-022",
        wear("a blue and silver dress"),
        col("lehenga", "black", "contradiction"),
        col("choli", "blue"),
        col("dupatta", "silver"),
        is_a("lehenga", "no", "contradiction"),
        gender="Girls",
        title="BAESD Girls Navy Blue Embroidered Ready to Wear Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Navy Blue",
    ),
    # Boy: gold brocade sherwani, white churidar, maroon stole. VQA adapter; all right.
    case(
        "X1553-023",
        wear("he is wearing a gold jacket and white pants and a red scarf"),
        col("sherwani", "gold"),
        col("churidar", "white"),
        col("stole", "red"),
        is_a("sherwani", "yes"),
        gender="Boys",
        title="Aj DEZInES Boys Gold-Toned Woven Design Sherwani Set with Stole",
        category="Sherwani",
        color="Gold",
    ),
    # Back view of a girl: sea green anarkali with a floral back, full sleeves, white churidar. VQA adapter: "yes" to
    # the churidar color; pattern looped.
    case(
        "X1553-024",
        wear("a green dress"),
        col("kurta", "green"),
        col("churidar", "yes", "non_answer"),
        pattern(
            "floral floral floral floral floral floral floral floral floral floral floral floral floral floral "
            "floral floral floral floral floral floral floral floral floral floral floral floral floral floral",
            "loop",
            hit_limit=True,
        ),
        sleeves("long sleeve"),
        gender="Girls",
        title="BIBA Girls Sea Green Floral Printed Anarkali Kurta with Churidar",
        category="Kurta Sets",
        color="Sea Green",
    ),
    # Boy: lime green kurta, white churidar. VQA adapter: wearing looped; "a kurta" to describe.
    case(
        "X1553-025",
        wear(
            "the child is wearing a green kurta and white pants and a green kurta and white pants and a green kurta "
            "and white pants and",
            "loop",
            hit_limit=True,
        ),
        col("kurta", "green"),
        col("churidar", "white"),
        describe("kurta", "a kurta", "restated"),
        is_a("kurta", "yes"),
        gender="Boys",
        title="VASTRAMAY Boys Lime Green Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Lime Green",
    ),
    # Boy wearing the sold piece, a sleeveless navy printed Nehru jacket, over a white long-sleeved kurta and white
    # pyjama that are not sold with it. VQA adapter: jacket given the kurta's white; sleeves of the kurta.
    case(
        "X1553-026",
        wear("a blue vest and white pants"),
        col("jacket", "white", "other_garment_color"),
        is_a("vest", "yes"),
        BLIND_QUESTIONS.color("blue"),
        sleeves("long sleeve", "contradiction"),
        gender="Boys",
        title="Jashvi Boys Navy Blue Printed Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
    ),
    # Girl holding a pink balloon (prop): cream choli with pink embroidery, cream lehenga with pink floral print, pink
    # dupatta. VQA adapter; all right.
    case(
        "X1553-027",
        wear("a white dress and a pink balloon"),
        col("lehenga", "white"),
        col("choli", "white"),
        col("dupatta", "pink"),
        is_a("skirt", "yes"),
        gender="Girls",
        title="The Magic Wand Girls Cream-Coloured & Pink Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Cream",
    ),
    # Boy with short hair: black kurta with a mandarin collar, white pyjama. VQA adapter: "she".
    case(
        "X1553-028",
        wear("she is wearing a black top and white pants", "pronoun"),
        col("kurta", "black"),
        col("pyjama", "white"),
        is_a("kurta", "yes"),
        gender="Boys",
        title="YK Boys Black Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Black",
    ),
    # Girl: orange kurta with gota trim (solid fabric), green sharara, orange-and-green dupatta. VQA adapter: sharara
    # given orange; dupatta leaked the next prompt.
    case(
        "X1553-029",
        wear("a orange top and green pants"),
        col("kurta", "orange"),
        col("sharara", "orange", "other_garment_color"),
        col("dupatta", "green Question: What is the color of the kurta? Answer: orange", "leak"),
        pattern("solid"),
        gender="Girls",
        title="Bitiya by Bhama Girls Orange & Green Gotta Patti Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Orange",
    ),
    # Girl: rust A-line kurta with white thread embroidery at the neck and cuffs, white palazzo. VQA adapter: palazzo
    # given the kurta's color; "no" to the kurta question.
    case(
        "X1553-030",
        wear("a brown top and white pants"),
        col("kurta", "brown"),
        col("palazzo", "brown", "other_garment_color"),
        details("kurta", "white embroidery on the neckline and the sleeves"),
        is_a("kurta", "no", "contradiction"),
        gender="Girls",
        title="Cutiekins Girls Rust Embroidered A-Line Kurta with Palazzos",
        category="Kurta Sets",
        color="Rust",
    ),
    # Flat lay on white: sky blue long-sleeved kurta folded over a white pyjama. VQA adapter; all right.
    case(
        "X1553-031",
        wear("a blue shirt and white pants"),
        col("kurta", "blue"),
        col("pyjama", "white"),
        is_a("kurta", "yes"),
        sleeves("long sleeve"),
        gender="Boys",
        title="Aj DEZInES Boys Blue Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Blue",
    ),
    # Girl: fuchsia ethnic maxi dress with a gold embroidered yoke and short puff sleeves. VQA adapter: wearing looped;
    # "sleeveless" is wrong.
    case(
        "X1553-032",
        wear(
            "a pink dress with a gold collar and a pink dress with a gold collar and a pink dress with a gold collar "
            "and",
            "loop",
            hit_limit=True,
        ),
        col("dress", "pink"),
        describe("dress", "a long pink dress with gold embroidery on the top and a pleated skirt"),
        is_a("dress", "yes"),
        sleeves("sleeveless", "contradiction"),
        gender="Girls",
        title="Pspeaches Girls Fuchsia Embroidered Maxi Ethnic Dress",
        category="Ethnic Dresses",
        color="Fuchsia",
    ),
    # Boy holding a flute (prop): off-white kurta, off-white dhoti, maroon jacket with gold buttons. VQA adapter: the
    # jacket given the buttons' gold.
    case(
        "X1553-033",
        wear("a white shirt and a red vest and a flute"),
        col("kurta", "white"),
        col("dhoti", "white"),
        col("jacket", "gold", "contradiction"),
        is_a("dhoti", "yes"),
        gender="Boys",
        title="VASTRAMAY Boys Off-White Kurta with Dhoti & Maroon Jacket",
        category="Kurta Sets",
        color="Off White",
    ),
    # Girl holding marigolds (prop): yellow lehenga, yellow choli, white net dupatta with a yellow border. VQA adapter:
    # "yes" for the choli color; dupatta given yellow.
    case(
        "X1553-034",
        wear("she is wearing a yellow dress and holding flowers"),
        col("lehenga", "yellow"),
        col("choli", "yes", "non_answer"),
        col("dupatta", "yellow", "other_garment_color"),
        is_a("lehenga", "yes"),
        gender="Girls",
        title="YK Girls Yellow Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Yellow",
    ),
    # Boy: purple kurta, cream churidar. VQA adapter: kurta color looped; churidar given purple.
    case(
        "X1553-035",
        wear("a purple shirt and pants"),
        col(
            "kurta",
            "purple purple purple purple purple purple purple purple purple purple purple purple purple purple "
            "purple purple purple purple purple purple purple purple purple purple purple purple purple purple purple "
            "purple",
            "loop",
            hit_limit=True,
        ),
        col("churidar", "purple", "other_garment_color"),
        is_a("kurta", "yes"),
        gender="Boys",
        title="Jashvi Boys Purple Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Purple",
    ),
    # Girl: off-white kurta with blue floral print, blue sharara, blue dupatta; no shoes in view. VQA adapter: the
    # wearing answer cut at the limit.
    case(
        "X1553-036",
        wear(
            "the child is wearing a white top with blue flowers and blue pants with a blue scarf over her shoulder and "
            "a pair of blue",
            "cut",
            hit_limit=True,
        ),
        col("kurta", "white"),
        col("sharara", "blue"),
        col("dupatta", "blue"),
        pattern("floral"),
        gender="Girls",
        title="BIBA Girls Off White & Blue Floral Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Off White",
    ),
    # Boy: teal kurta, white churidar, cream jacket with teal motifs. VQA adapter: wearing leaked to the limit.
    case(
        "X1553-037",
        wear(
            "a blue kurta and a white vest and white pants Question: What is the color of the vest? Answer: white",
            "leak",
            hit_limit=True,
        ),
        col("kurta", "blue"),
        col("jacket", "white"),
        col("churidar", "white"),
        is_a("jacket", "yes"),
        gender="Boys",
        title="SOJANYA Boys Teal Kurta with Churidar & Printed Nehru Jacket",
        category="Kurta Sets",
        color="Teal",
    ),
    # Girl: maroon velvet anarkali, gold churidar, gold dupatta. VQA adapter: churidar given maroon; material leaked.
    case(
        "X1553-038",
        wear("a red dress"),
        col("kurta", "red"),
        col("churidar", "red", "other_garment_color"),
        col("dupatta", "gold"),
        material("velvet Question: What is the color of the dupatta? Answer: gold", "leak"),
        is_a("dress", "yes"),
        gender="Girls",
        title="Bitiya by Bhama Girls Maroon & Gold-Toned Velvet Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Boy with a gold safa (prop): navy sherwani, cream churidar. VQA adapter: navy as black; the churidar question
    # answered with its own name.
    case(
        "X1553-039",
        wear("a blue suit and a gold hat"),
        col("sherwani", "black", "contradiction"),
        col("churidar", "the churidar", "non_answer"),
        is_a("sherwani", "yes"),
        gender="Boys",
        title="VASTRAMAY Boys Navy Blue Self Design Sherwani with Churidar",
        category="Sherwani",
        color="Navy Blue",
    ),
    # Back view of a girl with a short bob: peach peplum kurta, gold dhoti pants. VQA adapter: "he", dhoti given the
    # kurta's color, "no" to the dhoti question.
    case(
        "X1553-040",
        wear("he is wearing a pink top and yellow pants", "pronoun"),
        col("kurta", "pink"),
        col("dhoti", "pink", "other_garment_color"),
        is_a("dhoti", "no", "contradiction"),
        gender="Girls",
        title="YK Girls Peach-Coloured Peplum Kurta with Gold-Toned Dhoti Pants",
        category="Kurta Sets",
        color="Peach",
    ),
    # Boy: indigo cotton kurta with white block print, worn with beige chinos (not sold). VQA adapter: silk for a
    # cotton kurta; describe cut at the limit.
    case(
        "X1553-041",
        wear("a blue shirt and khaki pants"),
        col("kurta", "blue"),
        pattern("floral"),
        material("silk", "unsupported"),
        describe(
            "kurta",
            "a blue kurta with white flowers printed all over it and a mandarin collar with a button placket and long "
            "sleeves with a",
            "cut",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Boys",
        title="Fabindia Kids Boys Indigo Block Print Pure Cotton Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Boy (no gender column in this row): bottle green sherwani, gold churidar, gold stole. VQA adapter: churidar given
    # green; the stole question answered with its name.
    case(
        "X1553-042",
        wear("a green coat and gold pants"),
        col("sherwani", "green"),
        col("churidar", "green", "other_garment_color"),
        col("stole", "the stole", "non_answer"),
        is_a("sherwani", "yes"),
        title="KISAH Boys Green & Gold-Toned Sherwani with Churidar & Stole",
        category="Sherwani",
        color="Green",
    ),
    # Girl: sky blue choli, pink lehenga, sky blue dupatta; no belt. VQA adapter: lehenga given the choli's blue; a
    # belt invented.
    case(
        "X1553-043",
        wear("a blue top and a pink skirt with a belt", "unsupported"),
        col("lehenga", "blue", "other_garment_color"),
        col("choli", "blue"),
        col("dupatta", "blue"),
        is_a("lehenga", "yes"),
        gender="Girls",
        title="Pspeaches Girls Blue & Pink Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Blue",
    ),
    # Girl holding a pink handbag (prop): white chikankari kurta, white palazzo. VQA adapter: the kurta given the
    # bag's pink.
    case(
        "X1553-044",
        wear("a white dress and a pink bag"),
        col("kurta", "pink", "contradiction"),
        col("palazzo", "white"),
        details("kurta", "the kurta has white embroidery all over it"),
        is_a("kurta", "yes"),
        gender="Girls",
        title="Cutiekins Girls White Chikankari Embroidered Pure Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="White",
    ),
    # Boy: grey kurta, white pyjama. VQA adapter: pyjama given grey; "no" to the kurta question.
    case(
        "X1553-045",
        wear("the child is wearing a grey kurta and white pyjama"),
        col("kurta", "grey"),
        col("pyjama", "grey", "other_garment_color"),
        is_a("kurta", "no", "contradiction"),
        gender="Boys",
        title="Aj DEZInES Boys Grey Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Grey",
    ),
]
