"""BLIND_1457 (45 products; Myntra kids' ethnic wear, VQA color per piece): written blind in the sixty-fifth session.
Measured blind at 81d2e84 (the session's second rules): 65/79 failures found (82.3%) and 8/152 correct texts flagged
(5.3%). The writer's notes, verbatim:

Scenario: a Myntra kids' ethnic wear feed (kurta sets, lehenga cholis, sherwanis, anarkalis, sharara and dhoti sets,
a Nehru jacket and two single kurtas), catalog columns title, category (Myntra article type), color (base colour) and
gender (Boys / Girls; left out on a few rows as the feed does). Photos are the catalog's usual first shots: a child on
a plain light backdrop wearing the set, sometimes with clothes the listing does not sell (leggings or jeans under a
single kurta, a kurta under a Nehru jacket), two flat lays, two back views, a few props (diya, flute, potli bag,
stool, turban).
Who wrote what: every text is an answer from the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA on blip2-opt-2.7b),
greedy, 30 new tokens, prompt "Question: ... Answer:". The job does not caption (the VQA adapter breaks captions),
so no product has a caption. Each product gets "What is the person wearing?", "What is the color of the <piece>?"
for every piece the title names (kurta, pyjamas, churidar, dhoti, sharara, palazzos, patiala, leggings, nehru
jacket, lehenga, blouse, dupatta, sherwani, stole, dress), the yes/no question for the title's garment, and on
some products the sleeve, pattern, material or garment-type question. Color answers are free generation, stored
open. Most answers come back short because the adapter usually stops after one or two words; the rest run on into
the training format (a new "Question: ... Answer:"), into a loop, or to the 30-token limit.
Labeling conventions and judgement calls: judged against the photo I imagined and the title. A near hue counts
as right (white for cream or off white, pink for peach, mauve or magenta, blue for navy or turquoise, green for
teal, yellow for mustard, red for maroon, purple for lavender). The In-shop vocabulary counts as right when it
fits the look: "dress" for a lehenga choli or an anarkali, "shirt and pants" for a kurta pyjama, "vest" or
"jacket" for a Nehru jacket or sherwani, "skirt and top" for a lehenga and blouse, "hat" for a turban. A piece
given the color of another piece in the same photo (pyjamas given the kurta's color, a kurta given the jacket's
over it) is other_garment_color, even when the answer names a color the seller also lists. A color that belongs to
no garment (a stool, a bag, a motif or border read as the whole piece, navy read as black) and a wrong yes/no or a
wrong sleeve length are contradiction. Material answers are contradiction when the title states another material,
unsupported when the title says nothing and the guess is wrong; a person invented on a flat lay and jewellery or a
belt that is not there are unsupported. Answers that run on into "Question: ... Answer:" are leak even when the
part before is right; loops are loop; an answer stopped mid-phrase at the limit is cut. An empty answer, a color
given to the pattern question and the question's own words back are non_answer or restated. Pronouns are judged
against the child in the photo. hit_limit marks the texts that ran to 30 new tokens.
"""

from tests.audit_corpus import BLIND_QUESTIONS, case, color_of, is_a, wearing

B = BLIND_QUESTIONS


def col(garment: str, text: str, failure: str | None = None, hit_limit: bool = False):
    """The per-piece color question, free generation (stored open)."""
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


BLIND_1457 = [
    # Photo: boy on a grey-white backdrop, maroon silk-blend kurta with gold thread on the placket, cream pyjamas,
    # brown mojaris. VQA adapter: all answers.
    case(
        "X1457-001",
        wearing("a red kurta and white pants"),
        col("kurta", "maroon"),
        col("pyjamas", "maroon", "other_garment_color"),
        is_a("kurta", "yes"),
        B.sleeve_length("long sleeve"),
        gender="Boys",
        title="VASTRAMAY Boys Maroon Embroidered Kurta with Pyjamas",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Photo: girl, pink flared lehenga with a gold gota border, pink sleeveless blouse with light gold work, pink net
    # dupatta over one shoulder. VQA adapter: all answers.
    case(
        "X1457-002",
        wearing("a pink dress"),
        col("lehenga", "pink"),
        col(
            "blouse",
            "gold-gold-gold-gold-gold-gold-gold-gold-gold-gold-gold-gold-gold-gold-gold-",
            "loop",
            hit_limit=True,
        ),
        col("dupatta", "pink"),
        is_a("lehenga", "yes"),
        gender="Girls",
        title="Aj DEZInES Girls Pink & Gold-Toned Embroidered Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Pink",
    ),
    # Photo: boy, navy Nehru jacket buttoned over a white kurta, white churidar, light grey backdrop. Only the kurta's
    # hem and sleeves show. VQA adapter: all answers.
    case(
        "X1457-003",
        wearing(
            "a blue vest, a white shirt, and white pants, and a blue vest, a white shirt, and white pants, and a",
            "loop",
            hit_limit=True,
        ),
        col("kurta", "blue", "other_garment_color"),
        col("churidar", "white"),
        col("nehru jacket", "blue"),
        is_a("kurta", "yes"),
        gender="Boys",
        title="Boys White & Navy Blue Kurta with Churidar & Nehru Jacket",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # Photo: girl, yellow flared anarkali kurta with small pink and green flowers, white leggings. VQA adapter.
    case(
        "X1457-004",
        wearing("a yellow dress"),
        col("kurta", "yellow"),
        col(
            "leggings",
            "yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow",
            "loop",
            hit_limit=True,
        ),
        B.pattern("floral"),
        is_a("kurta", "no", "contradiction"),
        gender="Girls",
        title="Jaipur Kurti Girls Yellow Floral Printed Anarkali Kurta with Leggings",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Photo: boy on a beige backdrop, cream brocade knee-length sherwani with gold buttons, cream churidar, maroon stole
    # over one shoulder. VQA adapter.
    case(
        "X1457-005",
        wearing("a white suit"),
        col("sherwani", "white"),
        col(
            "churidar",
            "white Question: What is the color of the stole? Answer: red Question: What is the color of the shoes?"
            " Answer: brown Question:",
            "leak",
            hit_limit=True,
        ),
        col("stole", "red"),
        is_a("sherwani", "yes"),
        gender="Boys",
        title="Boys Cream-Coloured & Gold-Toned Self Design Sherwani Set",
        category="Sherwani",
        color="Cream",
    ),
    # Photo: girl, bottle-green lehenga, green blouse mostly hidden under an orange bandhani dupatta draped across the
    # front. VQA adapter.
    case(
        "X1457-006",
        wearing("a green and orange dress"),
        col("lehenga", "green"),
        col("blouse", "orange", "other_garment_color"),
        col(
            "dupatta",
            "orange Question: What is the color of the skirt? Answer: green Question: What is the color of the top?"
            " Answer: green",
            "leak",
            hit_limit=True,
        ),
        is_a("lehenga", "yes"),
        gender="Girls",
        title="Girls Green & Orange Embellished Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Green",
    ),
    # Photo: boy, mustard-yellow full-sleeve cotton kurta, white dhoti pants to mid-calf. VQA adapter.
    case(
        "X1457-007",
        wearing("a yellow shirt and white pants"),
        col("kurta", "yellow"),
        col("dhoti", "yellow", "other_garment_color"),
        is_a("kurta", "no", "contradiction"),
        B.sleeve_length("long sleeve"),
        gender="Boys",
        title="Boys Yellow Solid Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Photo: flat lay on white: short peach kurta with mirror work, peach sharara, off-white dupatta folded beside
    # them. No person. VQA adapter.
    case(
        "X1457-008",
        wearing("a pink shirt and pants"),
        col("kurta", "pink"),
        col("sharara", "white", "other_garment_color"),
        col("dupatta", "white"),
        is_a("kurta", "yes"),
        gender="Girls",
        title="KID1 Girls Peach-Coloured Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Peach",
    ),
    # Photo: boy holding a small brass diya, navy cotton kurta, white pyjamas, no jewellery. VQA adapter.
    case(
        "X1457-009",
        wearing("a blue kurta and white pants and a gold necklace", "unsupported"),
        col("kurta", "blue"),
        col("pyjamas", "blue", "other_garment_color"),
        B.material("the garment is made of cotton"),
        is_a("kurta", "yes"),
        gender="Boys",
        title="Sanwara Boys Navy Blue Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # Photo: girl, red full-sleeve anarkali gown with gold printed floral buti. VQA adapter.
    case(
        "X1457-010",
        wearing(
            "a red dress with gold flowers on it and a red dress with gold flowers on it and a red dress with gold",
            "loop",
            hit_limit=True,
        ),
        col("dress", "red"),
        is_a("dress", "yes"),
        B.garment_type("dress"),
        B.pattern("floral"),
        B.sleeve_length("long sleeve"),
        gender="Girls",
        title="Girls Red & Gold-Toned Ethnic Motifs Printed Anarkali Ethnic Dress",
        category="Ethnic Dresses",
        color="Red",
    ),
    # Photo: boy, open mustard printed Nehru jacket over a white kurta, white pyjamas. VQA adapter.
    case(
        "X1457-011",
        wearing("a yellow vest and white pants"),
        col("kurta", "white"),
        col("pyjamas", "yellow", "other_garment_color"),
        col("nehru jacket", "white", "other_garment_color"),
        is_a("kurta", "yes"),
        gender="Boys",
        title="Boys White Kurta with Pyjamas & Mustard Printed Nehru Jacket",
        category="Kurta Sets",
        color="White",
    ),
    # Photo: back view, girl in a royal-blue lehenga with silver sequins and a blue blouse tied with a dori at the
    # back; the dupatta (off-white net, silver border) is not worn in this shot. VQA adapter.
    case(
        "X1457-012",
        wearing("a blue dress"),
        col("lehenga", "blue"),
        col("blouse", "blue"),
        col("dupatta", "blue", "other_garment_color"),
        is_a("lehenga", "a lehenga", "restated"),
        gender="Girls",
        title="Girls Blue & Silver-Toned Sequinned Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Blue",
    ),
    # Photo: boy with chin-length hair, sea-green kurta, white pyjamas. VQA adapter.
    case(
        "X1457-013",
        wearing("she is wearing a green kurta and white pants", "pronoun"),
        col("kurta", "green"),
        col("pyjamas", "green", "other_garment_color"),
        is_a("kurta", "yes"),
        gender="Boys",
        title="YK Boys Green Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Green",
    ),
    # Photo: girl, mustard straight kurta with pink floral block print, plain pink palazzos. VQA adapter.
    case(
        "X1457-014",
        wearing("a yellow and pink kurta with pink pants"),
        col("kurta", "yellow"),
        col("palazzos", "yellow", "other_garment_color"),
        B.pattern("floral"),
        B.material("cotton"),
        is_a("kurta", "yes"),
        gender="Girls",
        title="BIBA Girls Mustard Yellow & Pink Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Photo: boy, maroon velvet sherwani with gold buttons, off-white churidar. VQA adapter.
    case(
        "X1457-015",
        wearing("a maroon jacket and white pants"),
        col("sherwani", "maroon"),
        col(
            "churidar",
            "maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon",
            "loop",
            hit_limit=True,
        ),
        B.material("velvet"),
        is_a("sherwani", "no", "contradiction"),
        gender="Boys",
        title="Boys Maroon Velvet Sherwani with Churidar",
        category="Sherwani",
        color="Maroon",
    ),
    # Photo: girl, lehenga in a multicoloured patchwork print (pink, green, yellow), plain pink blouse, no dupatta.
    # VQA adapter.
    case(
        "X1457-016",
        wearing(
            "a multicolored skirt and a pink top and a multicolored skirt and a pink top and a multicolored skirt"
            " and a",
            "loop",
            hit_limit=True,
        ),
        col("lehenga", "multicolor"),
        col("blouse", "the blouse", "non_answer"),
        is_a("lehenga", "yes"),
        gender="Girls",
        title="Girls Multicoloured Printed Ready to Wear Lehenga & Blouse",
        category="Lehenga Choli",
        color="Multi",
    ),
    # Photo: boy, gold brocade Nehru jacket over a cream kurta, cream pyjama. VQA adapter.
    case(
        "X1457-017",
        wearing(
            "a gold jacket and white pants Question: What is the color of the jacket? Answer: gold Question: What is"
            " the color of",
            "leak",
            hit_limit=True,
        ),
        col("kurta", "gold", "other_garment_color"),
        col("pyjama", "white"),
        col("nehru jacket", "gold"),
        is_a("kurta", "yes"),
        gender="Boys",
        title="Boys Cream-Coloured Kurta with Pyjama & Gold-Toned Brocade Nehru Jacket",
        category="Kurta Sets",
        color="Cream",
    ),
    # Photo: girl, teal kurta with gold embroidery at the hem, teal sharara, teal dupatta with a gold border over one
    # shoulder. VQA adapter.
    case(
        "X1457-018",
        wearing(
            "a green dress with a gold border on the bottom and a green scarf on the shoulder and a pair of green pants"
            " with a gold border on the",
            "cut",
            hit_limit=True,
        ),
        col("kurta", "green"),
        col("sharara", "green"),
        col("dupatta", "green"),
        B.pattern("solid"),
        is_a("kurta", "yes"),
        gender="Girls",
        title="Girls Teal Green Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Teal",
    ),
    # Photo: boy on a white backdrop, white chikankari kurta with white floral embroidery, white pyjamas. VQA adapter.
    case(
        "X1457-019",
        wearing("a white shirt and white pants"),
        col("kurta", "white"),
        col("pyjamas", "white"),
        B.material("silk", "contradiction"),
        B.pattern("floral"),
        is_a("kurta", "yes"),
        title="Boys White Chikankari Embroidered Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
    ),
    # Photo: girl holding a gold potli bag, lavender lehenga, lavender blouse with zari sleeves, sheer lavender
    # dupatta. VQA adapter.
    case(
        "X1457-020",
        wearing(
            "a purple dress with a purple top and a purple skirt and a purple scarf and a gold bag in her hand and a"
            " pair of gold",
            "cut",
            hit_limit=True,
        ),
        col("lehenga", "purple"),
        col("blouse", "purple"),
        col("dupatta", "gold", "contradiction"),
        is_a("lehenga", "yes"),
        gender="Girls",
        title="Girls Lavender Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Lavender",
    ),
    # Photo: back view, boy in a royal-blue silk-blend kurta and cream dhoti pants. VQA adapter.
    case(
        "X1457-021",
        wearing("a blue shirt and white pants"),
        col("kurta", "blue"),
        col(
            "dhoti",
            "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue"
            " blue blue blue blue blue blue blue blue blue",
            "loop",
            hit_limit=True,
        ),
        is_a(
            "kurta",
            "yes Question: Is this a dress? Answer: no Question: Is this a dress? Answer: no Question: Is this a dress?"
            " Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Boys",
        title="Boys Blue Silk Blend Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Blue",
    ),
    # Photo: girl, green embroidered anarkali kurta with three-quarter sleeves, green churidar, pink dupatta around the
    # neck. VQA adapter.
    case(
        "X1457-022",
        wearing("he is wearing a green dress", "pronoun"),
        col("kurta", "green"),
        col("churidar", "green"),
        col(
            "dupatta",
            "pink Question: What is the color of the pants? Answer: green Question: What is the color of the shoes?"
            " Answer: gold",
            "leak",
            hit_limit=True,
        ),
        B.sleeve_length("three-quarter sleeve"),
        is_a("kurta", "yes"),
        gender="Girls",
        title="Girls Green Ethnic Motifs Embroidered Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Green",
    ),
    # Photo: boy, navy self-design Nehru jacket over a white kurta and white pyjama the listing does not sell.
    # VQA adapter.
    case(
        "X1457-023",
        wearing("a blue vest and white pants"),
        col("nehru jacket", "white", "other_garment_color"),
        is_a("nehru jacket", "no", "contradiction"),
        B.garment_type("vest"),
        B.sleeve_length("sleeveless"),
        gender="Boys",
        title="Boys Navy Blue Self Design Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
    ),
    # Photo: girl with a short bob, pink short-sleeve straight kurta with white flowers, white leggings not sold.
    # VQA adapter.
    case(
        "X1457-024",
        wearing("a little boy in a pink kurta and white pants", "pronoun"),
        col("kurta", "pink"),
        B.pattern("floral"),
        B.material("cotton"),
        B.sleeve_length("long sleeve", "contradiction"),
        is_a("kurta", "yes"),
        gender="Girls",
        title="Girls Pink Floral Printed Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Pink",
    ),
    # Photo: boy holding a wooden flute, orange kurta with white bandhani dots, white pyjamas. VQA adapter.
    case(
        "X1457-025",
        wearing("a orange shirt and white pants and a flute"),
        col("kurta", "orange"),
        col("pyjamas", "orange", "other_garment_color"),
        B.pattern("polka dot"),
        is_a("kurta", "yes"),
        gender="Boys",
        title="Boys Orange & White Printed Kurta with Pyjamas",
        category="Kurta Sets",
        color="Orange",
    ),
    # Photo: girl, red lehenga with heavy gold embroidery, gold tissue-brocade blouse, red dupatta over the head.
    # VQA adapter.
    case(
        "X1457-026",
        wearing(
            "a red and gold dress with a red dress with a red dress with a red dress with a red dress with a red dress"
            " with",
            "loop",
            hit_limit=True,
        ),
        col("lehenga", "red"),
        col("blouse", "gold"),
        col("dupatta", "red"),
        is_a("lehenga", "yes"),
        gender="Girls",
        title="Girls Red & Gold-Toned Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Red",
    ),
    # Photo: boy, gold polyester-jacquard sherwani, off-white churidar, red dupatta over the shoulder. VQA adapter.
    case(
        "X1457-027",
        wearing("a gold jacket and a red scarf"),
        col("sherwani", "gold"),
        col("churidar", "gold", "other_garment_color"),
        col("dupatta", "red"),
        B.material("silk", "unsupported"),
        is_a("sherwani", "yes"),
        gender="Boys",
        title="Boys Gold-Toned & Off White Embroidered Sherwani Set with Dupatta",
        category="Sherwani",
        color="Gold",
    ),
    # Photo: girl, white kurta with white thread work, white sharara, pink-and-green phulkari dupatta. VQA adapter.
    case(
        "X1457-028",
        wearing("a white dress"),
        col("kurta", "white"),
        col("sharara", "white"),
        col("dupatta", "white", "other_garment_color"),
        is_a("kurta", "", "non_answer"),
        title="Girls White Thread Work Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="White",
    ),
    # Photo: boy, black kurta, white pyjamas, grey printed Nehru jacket open over the kurta. VQA adapter.
    case(
        "X1457-029",
        wearing(
            "a black kurta and white pajamas and a grey jacket Question: What is the color of the kurta? Answer: black",
            "leak",
        ),
        col("kurta", "black"),
        col("pyjamas", "black", "other_garment_color"),
        col("nehru jacket", "grey"),
        is_a("kurta", "yes"),
        gender="Boys",
        title="Boys Black Kurta with Pyjamas & Printed Nehru Jacket",
        category="Kurta Sets",
        color="Black",
    ),
    # Photo: girl, sleeveless mauve fit-and-flare ethnic dress with sequins at the yoke. VQA adapter.
    case(
        "X1457-030",
        wearing("a pink dress"),
        col("dress", "pink"),
        B.pattern("pink", "non_answer"),
        B.sleeve_length("sleeveless"),
        is_a("dress", "no", "contradiction"),
        gender="Girls",
        title="Girls Mauve Embellished Fit & Flare Ethnic Dress",
        category="Ethnic Dresses",
        color="Mauve",
    ),
    # Photo: boy seated on a brown wooden stool, lime-green kurta, white pyjamas. VQA adapter.
    case(
        "X1457-031",
        wearing("a green shirt and white pants sitting on a stool"),
        col("kurta", "yellow", "contradiction"),
        col("pyjamas", "brown", "contradiction"),
        is_a("kurta", "yes"),
        gender="Boys",
        title="Boys Lime Green Self Design Kurta with Pyjamas",
        category="Kurta Sets",
        color="Lime Green",
    ),
    # Photo: girl, mustard lehenga with a green printed border, green blouse, green dupatta. VQA adapter.
    case(
        "X1457-032",
        wearing("a yellow skirt and a green top"),
        col("lehenga", "yellow"),
        col("blouse", "green"),
        col(
            "dupatta",
            "green Question: What is the color of the dupatta? Answer: green Question: What is the color of the"
            " dupatta? Answer:",
            "leak",
            hit_limit=True,
        ),
        is_a("lehenga", "no", "contradiction"),
        gender="Girls",
        title="Girls Mustard Yellow & Green Printed Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Mustard",
    ),
    # Photo: boy, short blue-and-white striped cotton kurta over denim jeans the listing does not sell. VQA adapter.
    case(
        "X1457-033",
        wearing("a blue and white striped shirt and jeans"),
        col("kurta", "blue and white"),
        B.pattern("striped"),
        B.material("cotton"),
        B.sleeve_length("long sleeve"),
        is_a("kurta", "no", "contradiction"),
        gender="Boys",
        title="Boys Blue & White Striped Pure Cotton Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Photo: girl, magenta embroidered kurta, magenta patiala, yellow dupatta across both shoulders. VQA adapter.
    case(
        "X1457-034",
        wearing("a pink dress and a yellow scarf"),
        col("kurta", "pink"),
        col("patiala", "pink"),
        col("dupatta", "pink", "other_garment_color"),
        is_a(
            "kurta",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes"
            " yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Girls Magenta Embroidered Kurta with Patiala & Dupatta",
        category="Kurta Sets",
        color="Magenta",
    ),
    # Photo: boy in a dim studio shot, dark navy embroidered sherwani that reads almost black, white churidar.
    # VQA adapter.
    case(
        "X1457-035",
        wearing("a black jacket and white pants", "contradiction"),
        col("sherwani", "black", "contradiction"),
        col("churidar", "white"),
        B.material("silk", "unsupported"),
        is_a("sherwani", "yes"),
        title="Boys Navy Blue Embroidered Sherwani with Churidar",
        category="Sherwani",
        color="Navy Blue",
    ),
    # Photo: girl, off-white lehenga with green floral embroidery, green blouse with gold zari on the sleeves,
    # off-white net dupatta with a green border. VQA adapter.
    case(
        "X1457-036",
        wearing(
            "a white and green lehenga choli with a green blouse with gold embroidery on the sleeves and a white net"
            " dupatta with a green border on the",
            "cut",
            hit_limit=True,
        ),
        col("lehenga", "green", "other_garment_color"),
        col("blouse", "green"),
        col("dupatta", "white"),
        B.pattern("floral"),
        is_a("lehenga", "yes"),
        gender="Girls",
        title="Girls Off White & Green Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Off White",
    ),
    # Photo: boy, turquoise kurta, white churidar bunched at the ankle, brown mojaris, no socks. VQA adapter.
    case(
        "X1457-037",
        wearing(
            "a blue kurta, white pants, white shoes, white socks, white shoes, white socks, white shoes, white socks,",
            "loop",
            hit_limit=True,
        ),
        col("kurta", "blue"),
        col("churidar", "blue", "other_garment_color"),
        B.sleeve_length("long sleeve"),
        is_a("kurta", "yes"),
        gender="Boys",
        title="Boys Turquoise Blue Kurta with Churidar",
        category="Kurta Sets",
        color="Turquoise Blue",
    ),
    # Photo: flat lay on grey: black kurta with gold foil print, black sharara. No person. VQA adapter.
    case(
        "X1457-038",
        wearing("a black dress with gold print and black pants"),
        col("kurta", "black"),
        col(
            "sharara",
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black-",
            "loop",
            hit_limit=True,
        ),
        B.pattern("the pattern of the garment", "restated"),
        B.garment_type("kurta"),
        is_a("kurta", "yes"),
        gender="Girls",
        title="Girls Black & Gold-Toned Printed Kurta with Sharara",
        category="Kurta Sets",
        color="Black",
    ),
    # Photo: boy, off-white kurta, off-white dhoti pants with a narrow gold border. VQA adapter.
    case(
        "X1457-039",
        wearing(
            "a white shirt and white pants and a white shirt and white pants and a white shirt and white pants and a"
            " white",
            "loop",
            hit_limit=True,
        ),
        col("kurta", "white"),
        col("dhoti", "gold", "contradiction"),
        B.material("cotton"),
        is_a("kurta", "yes"),
        title="Boys Off White Solid Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Off White",
    ),
    # Photo: flat lay on white: pink lehenga with a green border, pink blouse, green dupatta folded beside them.
    # No person. VQA adapter.
    case(
        "X1457-040",
        wearing("a woman wearing a pink dress", "unsupported"),
        col("lehenga", "pink"),
        col("blouse", "pink"),
        col("dupatta", "pink", "other_garment_color"),
        is_a("lehenga", "yes"),
        gender="Girls",
        title="Girls Pink Printed Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Pink",
    ),
    # Photo: boy in a peach turban, peach embroidered sherwani, cream churidar. VQA adapter.
    case(
        "X1457-041",
        wearing("a pink jacket and a pink hat"),
        col("sherwani", "pink"),
        col("churidar", "pink", "other_garment_color"),
        B.material(
            "silk Question: What is the color of the garment? Answer: pink Question: What is the color of the hat?"
            " Answer: pink",
            "leak",
            hit_limit=True,
        ),
        is_a("sherwani", "yes"),
        gender="Boys",
        title="Boys Peach-Coloured Embroidered Sherwani Set",
        category="Sherwani",
        color="Peach",
    ),
    # Photo: girl in a side pose, navy anarkali kurta with pink flowers, navy palazzos, plain pink dupatta round the
    # neck. VQA adapter.
    case(
        "X1457-042",
        wearing(
            "a blue dress with pink flowers on it and a pink scarf around her neck and a pair of blue pants with pink"
            " flowers on",
            "cut",
            hit_limit=True,
        ),
        col("kurta", "blue"),
        col("palazzos", "blue"),
        col("dupatta", "blue", "other_garment_color"),
        is_a("kurta", "yes"),
        gender="Girls",
        title="Girls Navy Blue & Pink Printed Anarkali Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # Photo: boy, beige kurta with small brown woven motifs, off-white pyjamas, no belt. VQA adapter.
    case(
        "X1457-043",
        wearing("a boy in a brown and white kurta pajama set with a brown belt", "unsupported"),
        col("kurta", "brown", "contradiction"),
        col("pyjamas", "white"),
        B.sleeve_length("long sleeve"),
        is_a("kurta", "yes"),
        gender="Boys",
        title="Boys Beige & Brown Woven Design Kurta with Pyjamas",
        category="Kurta Sets",
        color="Beige",
    ),
    # Photo: girl, yellow lehenga with gota patti, pink blouse, pink net dupatta over the head. VQA adapter.
    case(
        "X1457-044",
        wearing("a yellow skirt, a pink blouse and a pink scarf"),
        col("lehenga", "yellow"),
        col("blouse", "yellow", "other_garment_color"),
        col("dupatta", "pink"),
        is_a(
            "lehenga",
            "yes Question: Is this a dress? Answer: yes Question: Is this a skirt? Answer: yes Question: Is this a",
            "leak",
            hit_limit=True,
        ),
        gender="Girls",
        title="Girls Yellow & Pink Gota Patti Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Yellow",
    ),
    # Photo: boy holding a rakhi thali, red cotton-blend kurta, white pyjamas. VQA adapter.
    case(
        "X1457-045",
        wearing("the person is wearing a red kurta and white pajamas"),
        col("kurta", "red"),
        col("pyjamas", "white Question: What is the color of the kurta? Answer: red", "leak"),
        B.material("cotton"),
        is_a("kurta", "yes"),
        gender="Boys",
        title="Boys Red Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Red",
    ),
]
