"""BLIND_1289 (45 products; Myntra kids' ethnic wear, VQA adapter, each piece's color): written blind in the sixty-third
session. Measured blind at 5ce7a6b (the session's first rules): 48/66 failures found (72.7%) and 13/163 correct texts
flagged (8.0%). The writer's notes, verbatim:

Scenario: a Myntra kids' ethnic wear feed: kurta sets (kurta with pyjama, churidar, salwar, palazzo, sharara or dhoti
pants), lehenga cholis with dupattas, sherwani sets with churidar and stole, kurta sets with a Nehru or ethnic jacket,
single kurtas and ethnic dresses (anarkali gowns, frocks). Catalog columns as Myntra has them: title (brand first),
category (the article type: Kurta Sets, Lehenga Choli, Sherwani, Clothing Set, Ethnic Dresses, Kurtas), color (the
base colour, which for a set is the top's colour, or Multi) and gender (Boys, Girls); a few rows lack gender. The
photos are the catalog's usual shots: a child on a plain light backdrop wearing the product, often with mojaris or a
safa; a few flat lays, two back views, a few props (a wooden chair, a kite, a pooja thali, a potli bag, a stool).
Who wrote what: every text comes from the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA on blip2-opt-2.7b), greedy,
30 new tokens, stop on newline or eos. No caption: the job runs the VQA adapter only, because its captions are broken.
Questions: "What is the person wearing?", "Is this a <title's garment>?", "What is the color of the <piece>?" for every
piece in the title (free generation, stored open), and on some products the blind closed questions (pattern, sleeve
length, garment type, the garment's color) and material. The adapter answers in In-shop's words (dress, skirt, top,
vest, pants, shorts, romper, jacket, coat, blouse) and vendor-style colors (navy, coral, cream-maroon, multi). Most
short answers stop at the newline the base model still emits; when it does not, the answer runs on to 30 tokens as a
loop, a cut phrase, or the next "Question: ... Answer:" pair of its training format. Its typical error on these
multi-piece sets is one color for every piece: the kurta's or lehenga's color given to the pyjama, choli or dupatta.
Labeling conventions and judgement calls: judged by the imagined photo and the title. In-shop garment words are right
when they name what the photo shows in plain words (a sherwani as "a coat" or "a jacket", a Nehru jacket as "a vest", a
lehenga as "a skirt", a choli as "a top", an anarkali or a girl's long kurta as "a dress", a kurta as "a shirt"); they
are wrong (contradiction) when they name another kind of garment: "a dress" for a boy's kurta with pyjamas, "a romper"
for a kurta with churidar, "shorts" for ankle-length dhoti pants. Near hues count as right: maroon as red, peach as pink
or coral, teal as green or blue, lavender as purple, magenta as pink, cream or off white as white, a beige brocade that
photographs golden as gold, mustard as yellow. A color that belongs to another piece of the same photo (including a
styling piece or a safa) is other_garment_color; a wrong color that is nobody's (a chair's, or simply wrong) is
contradiction, as is "no" to "Is this a <title's garment>?" and a sleeve or pattern answer the photo denies. A run-on
that repeats is loop, one that ends mid-phrase without repeating is cut, one that goes on with "Question: ... Answer:"
is leak, even when its first word was right; all three marked hit_limit when they reached 30 tokens. A person invented
for a flat lay, invented jewellery or a zipper, and a material the title contradicts are unsupported. The piece's own
name, "cloth", or a bare noun phrase from the question ("the color of the dupatta") instead of an answer is non_answer;
a sentence that restates the question and stops before the value is restated. A boy called a girl (or the reverse) is
pronoun. A verbose answer that does carry the right value is left unmarked. The rate of failures (about three in ten) is
under the usual four because most of these answers are one or two words that stopped at the newline.
"""

from tests.audit_corpus import BLIND_QUESTIONS, case, color_of, is_a, wearing

pattern = BLIND_QUESTIONS.pattern
sleeves = BLIND_QUESTIONS.sleeve_length
garment_type = BLIND_QUESTIONS.garment_type
material = BLIND_QUESTIONS.material
garment_color = BLIND_QUESTIONS.color


def piece(garment: str, text: str, failure: str | None = None, hit_limit: bool = False):
    """The color of one piece of the set, free generation (stored open)."""
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


BLIND_1289 = [
    # Photo: boy on a light grey backdrop, mustard yellow self-design kurta, white pyjama, tan mojaris.
    # All answers: VQA adapter. The pyjama gets the kurta's color.
    case(
        "X1289-001",
        wearing("a kurta and pajamas"),
        is_a("kurta", "yes"),
        piece("kurta", "mustard"),
        piece("pyjama", "yellow", "other_garment_color"),
        sleeves("long sleeves"),
        gender="Boys",
        title="VASTRAMAY Boys Mustard Yellow & White Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Photo: girl in a pink lehenga with gold gota border, pink choli, cream net dupatta over one shoulder.
    # All answers: VQA adapter. The dupatta gets the lehenga's pink.
    case(
        "X1289-002",
        wearing("a skirt and a blouse"),
        is_a("lehenga", "yes"),
        piece("lehenga", "pink"),
        piece("choli", "pink"),
        piece("dupatta", "pink", "other_garment_color"),
        gender="Girls",
        title="Aj DEZInES Girls Pink & Gold-Toned Embellished Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Pink",
    ),
    # Photo: boy in a cream sherwani with maroon embroidery at collar and placket, cream churidar, maroon stole draped
    # on the shoulder. All answers: VQA adapter. The stole's answer loops.
    case(
        "X1289-003",
        wearing("a jacket and pants"),
        is_a("sherwani", "yes"),
        piece("sherwani", "cream-maroon"),
        piece("churidar", "cream"),
        piece("stole", " ".join(["maroon"] * 15), "loop", hit_limit=True),
        gender="Boys",
        title="Aj DEZInES Boys Cream-Coloured & Maroon Embroidered Sherwani Set",
        category="Sherwani",
        color="Cream",
    ),
    # Photo: girl in a teal floral printed anarkali kurta, white churidar, teal dupatta with gold border.
    # All answers: VQA adapter. Churidar given the kurta's color; "no" to the kurta.
    case(
        "X1289-004",
        wearing("a dress"),
        is_a("kurta", "no", "contradiction"),
        piece("kurta", "green"),
        piece("churidar", "green", "other_garment_color"),
        piece("dupatta", "green"),
        pattern("floral"),
        gender="Girls",
        title="Jashvi Girls Teal Floral Printed Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Teal",
    ),
    # Photo: boy in a white kurta and white pyjama under a navy blue printed Nehru jacket.
    # All answers: VQA adapter. The pyjama gets the jacket's navy.
    case(
        "X1289-005",
        wearing("a vest and a white shirt"),
        is_a("nehru jacket", "yes"),
        piece("jacket", "navy"),
        piece("kurta", "white"),
        piece("pyjama", "navy", "other_garment_color"),
        pattern("printed"),
        gender="Boys",
        title="Sojanya Boys White Kurta with Pyjama & Navy Blue Printed Nehru Jacket",
        category="Clothing Set",
        color="Navy Blue",
    ),
    # Photo: girl in a yellow mirror-work kurti and yellow sharara, pink-and-green leheriya dupatta held in both hands.
    # All answers: VQA adapter. "What is the person wearing?" loops; the dupatta gets the yellow.
    case(
        "X1289-006",
        wearing(
            "a yellow dress and a yellow skirt and a yellow dress and a yellow skirt and a yellow dress and a yellow "
            "skirt and a yellow dress and",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        piece("kurta", "yellow"),
        piece("sharara", "yellow"),
        piece("dupatta", "yellow", "other_garment_color"),
        gender="Girls",
        title="Bitiya by Bhama Girls Yellow Mirror Work Kurti with Sharara & Dupatta",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Photo: boy in a matte peach cotton kurta and cream dhoti pants to the ankle, on a white backdrop.
    # All answers: VQA adapter. "shorts" for the dhoti; "silk" against the title's cotton.
    case(
        "X1289-007",
        wearing("a pink shirt and white shorts", "contradiction"),
        is_a("kurta", "yes"),
        piece("kurta", "pink"),
        piece("dhoti", "white"),
        material("silk", "unsupported"),
        gender="Boys",
        title="KISAH Boys Peach-Coloured Pure Cotton Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Peach",
    ),
    # Photo: girl in a magenta maxi ethnic dress with a gold embroidered yoke, three-quarter sleeves, no jewellery.
    # All answers: VQA adapter. The necklace is invented.
    case(
        "X1289-008",
        wearing("a pink dress with a gold necklace", "unsupported"),
        is_a("dress", "yes"),
        piece("dress", "pink"),
        sleeves("long sleeve"),
        pattern("solid"),
        gender="Girls",
        title="Biba Girls Magenta Ethnic Motifs Yoke Design Ethnic Maxi Dress",
        category="Ethnic Dresses",
        color="Magenta",
    ),
    # Photo: boy in a maroon kurta with gold buttons, cream pyjama, on a beige backdrop.
    # All answers: VQA adapter. The kurta's answer goes on into the next question; the pyjama gets maroon.
    case(
        "X1289-009",
        wearing("a red kurta and white pants"),
        is_a("kurta", "yes"),
        piece("kurta", "maroon Question: What is the color of the pyjama? Answer: white", "leak"),
        piece("pyjama", "maroon", "other_garment_color"),
        gender="Boys",
        title="Aj DEZInES Boys Maroon & Cream-Coloured Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Photo: flat lay on white: green floral printed lehenga, pink choli, pink dupatta with a gold border folded beside.
    # All answers: VQA adapter. The dupatta's answer loops; "clothing" says nothing.
    case(
        "X1289-010",
        wearing("a green skirt and a pink top"),
        is_a("lehenga", "yes"),
        piece("lehenga", "green"),
        piece("choli", "pink"),
        piece(
            "dupatta",
            "pink with a gold border and a pink with a gold border and a pink with a gold border and a pink with a "
            "gold border and a pink",
            "loop",
            hit_limit=True,
        ),
        pattern("floral"),
        garment_type("clothing", "non_answer"),
        gender="Girls",
        title="Global Desi Girl Green & Pink Printed Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Green",
    ),
    # Photo: boy in a navy blue sherwani with gold embroidery, white churidar, red safa on his head.
    # All answers: VQA adapter. The churidar gets the safa's red; the yes/no loops.
    case(
        "X1289-011",
        wearing("a blue coat and a red hat"),
        is_a("sherwani", " ".join(["yes"] * 30), "loop", hit_limit=True),
        piece("sherwani", "blue"),
        piece("churidar", "red", "other_garment_color"),
        gender="Boys",
        title="Jeetethnics Boys Navy Blue Embroidered Sherwani with Churidar",
        category="Sherwani",
        color="Navy Blue",
    ),
    # Photo: girl seated on a white stool in a lavender kurta with white chikankari embroidery and lavender palazzos.
    # All answers: VQA adapter. The pattern answer is cut at the limit.
    case(
        "X1289-012",
        wearing("a purple dress and pants"),
        piece("kurta", "purple"),
        piece("palazzo", "purple"),
        material("cotton"),
        pattern(
            "embroidered with white thread on the neckline and the sleeves and the hem of the kurta and the hem of "
            "the pants and the hem of the",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        title="YK Girls Lavender Chikankari Embroidered Pure Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Lavender",
    ),
    # Photo: back view of a boy: multicoloured printed Nehru jacket over a sea green kurta (hem shows below the
    # jacket), white pyjama. All answers: VQA adapter. The kurta gets the jacket's colors.
    case(
        "X1289-013",
        wearing("a jacket"),
        is_a("kurta", "yes"),
        piece("jacket", "multi"),
        piece("kurta", "multi", "other_garment_color"),
        piece("pyjama", "white"),
        gender="Boys",
        title="Pro-Ethic Style Developer Boys Sea Green Kurta with Pyjamas & Printed Nehru Jacket",
        category="Clothing Set",
        color="Sea Green",
    ),
    # Photo: girl holding a brass pooja thali, red anarkali gown with gold ethnic print and three-quarter sleeves,
    # red dupatta with a gold border. All answers: VQA adapter. Wearing loops; "sleeveless" is wrong.
    case(
        "X1289-014",
        wearing(
            "a red dress with gold and a red dress with gold and a red dress with gold and a red dress with gold and "
            "a red dress",
            "loop",
            hit_limit=True,
        ),
        is_a("dress", "yes"),
        piece("dress", "red"),
        piece("dupatta", "red"),
        sleeves("sleeveless", "contradiction"),
        gender="Girls",
        title="Aarika Girls Red Ethnic Motifs Printed Anarkali Gown with Dupatta",
        category="Ethnic Dresses",
        color="Red",
    ),
    # Photo: boy in a white chikankari kurta and white pyjama, white backdrop.
    # All answers: VQA adapter. "linen" against the title's pure cotton.
    case(
        "X1289-015",
        wearing("a white shirt and white pants"),
        piece("kurta", "white"),
        piece("pyjama", "white"),
        material("linen", "unsupported"),
        pattern("embroidered"),
        gender="Boys",
        title="Fabindia Boys White Chikankari Embroidered Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
    ),
    # Photo: girl twirling in a mustard embroidered lehenga, maroon choli, maroon dupatta around the neck.
    # All answers: VQA adapter. Choli and dupatta both get the lehenga's yellow.
    case(
        "X1289-016",
        wearing("a yellow skirt and a red top"),
        is_a("lehenga", "yes"),
        piece("lehenga", "yellow"),
        piece("choli", "yellow", "other_garment_color"),
        piece("dupatta", "yellow", "other_garment_color"),
        gender="Girls",
        title="Kid1 Girls Mustard & Maroon Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Mustard",
    ),
    # Photo: boy in a black straight kurta (the product) styled with white pyjamas that are not sold with it.
    # All answers: VQA adapter. The garment's color is the styling pyjama's white.
    case(
        "X1289-017",
        wearing("a black shirt and white pants"),
        is_a("kurta", "yes"),
        piece("kurta", "black"),
        garment_color("white", "other_garment_color"),
        garment_type("shirt"),
        gender="Boys",
        title="Kinder Kids Boys Black Solid Straight Kurta",
        category="Kurtas",
        color="Black",
    ),
    # Photo: girl in a peach floral printed kurta and peach salwar, white chiffon dupatta over both shoulders.
    # All answers: VQA adapter. The dupatta's answer is the question's own words. No gender in the feed row.
    case(
        "X1289-018",
        wearing("a pink dress and a white scarf"),
        piece("kurta", "coral"),
        piece("salwar", "pink"),
        piece("dupatta", "the color of the dupatta", "non_answer"),
        pattern("floral"),
        title="Readiprint Fashions Girls Peach-Coloured Floral Printed Kurta with Salwar & Dupatta",
        category="Kurta Sets",
        color="Peach",
    ),
    # Photo: boy in a beige brocade sherwani that photographs golden, white churidar, maroon stole, gold mojaris.
    # All answers: VQA adapter. The churidar gets the sherwani's gold; the yes/no runs on in the training format.
    case(
        "X1289-019",
        wearing("a gold jacket with a red scarf"),
        is_a(
            "sherwani",
            "yes Question: Is this a sherwani? Answer: yes Question: Is this a sherwani? Answer: yes Question: Is "
            "this a",
            "leak",
            hit_limit=True,
        ),
        piece("sherwani", "gold"),
        piece("churidar", "gold", "other_garment_color"),
        piece("stole", "red"),
        gender="Boys",
        title="TAHVO Boys Beige & Maroon Woven Design Sherwani with Churidar & Stole",
        category="Sherwani",
        color="Beige",
    ),
    # Photo: girl in a sleeveless rust orange foil printed fit and flare ethnic dress.
    # All answers: VQA adapter. The sleeve answer is right, then runs on in the training format.
    case(
        "X1289-020",
        wearing("an orange dress"),
        is_a("dress", "yes"),
        piece("dress", "orange"),
        sleeves(
            "sleeveless Question: What is the sleeve length of the dress? Answer: sleeveless Question: What is the "
            "sleeve length of the",
            "leak",
            hit_limit=True,
        ),
        pattern("printed"),
        gender="Girls",
        title="Cutiekins Girls Rust Orange Foil Printed Fit & Flare Ethnic Dress",
        category="Ethnic Dresses",
        color="Rust",
    ),
    # Photo: a toddler boy with longish hair in a yellow kurta, white pyjama and a blue printed jacket.
    # All answers: VQA adapter. The boy is called a girl; the pyjama gets the kurta's yellow.
    case(
        "X1289-021",
        wearing("a little girl in a yellow dress and a blue vest", "pronoun"),
        piece("jacket", "blue"),
        piece("kurta", "yellow"),
        piece("pyjama", "yellow", "other_garment_color"),
        gender="Boys",
        title="BownBee Boys Yellow Kurta with White Pyjama & Blue Printed Jacket",
        category="Clothing Set",
        color="Yellow",
    ),
    # Photo: back view of a girl: navy blue velvet lehenga with gold embroidery, pink choli, pink dupatta draped down
    # the back. All answers: VQA adapter. "no" to the lehenga.
    case(
        "X1289-022",
        wearing("a blue skirt and a pink scarf"),
        is_a("lehenga", "no", "contradiction"),
        piece("lehenga", "navy blue"),
        piece("choli", "pink"),
        piece("dupatta", "pink"),
        material("velvet"),
        gender="Girls",
        title="Ahalyaa Girls Navy Blue & Pink Embroidered Velvet Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Navy Blue",
    ),
    # Photo: flat lay on white: yellow kurta and red dhoti pants, no child in the shot.
    # All answers: VQA adapter. The boy is invented for a flat lay.
    case(
        "X1289-023",
        wearing("a boy wearing a yellow shirt and red shorts", "unsupported"),
        is_a("kurta", "yes"),
        piece("kurta", "yellow"),
        piece("dhoti", "red"),
        pattern("solid"),
        gender="Boys",
        title="Ka-mee Boys Yellow & Red Solid Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Photo: girl in a white kurta with multicoloured yoke embroidery, pink-and-blue printed palazzos.
    # All answers: VQA adapter. The palazzo gets the kurta's white; the pattern answer loops.
    case(
        "X1289-024",
        wearing("a white top and pink pants"),
        piece("kurta", "white"),
        piece("palazzo", "white", "other_garment_color"),
        pattern(" ".join(["floral"] * 15), "loop", hit_limit=True),
        gender="Girls",
        title="Sangria Girls White Yoke Design Kurta with Printed Palazzos",
        category="Kurta Sets",
        color="White",
    ),
    # Photo: boy holding a toy sword, white sherwani with silver thread work, white churidar, pink stole.
    # All answers: VQA adapter. The churidar loops; the stole gets the sherwani's white.
    case(
        "X1289-025",
        wearing("a white coat and white pants with a pink scarf"),
        is_a("sherwani", "yes"),
        piece("sherwani", "white"),
        piece("churidar", "-".join(["white"] * 15), "loop", hit_limit=True),
        piece("stole", "white", "other_garment_color"),
        gender="Boys",
        title="JBN Creation Boys White Embroidered Sherwani Set",
        category="Sherwani",
        color="White",
    ),
    # Photo: girl in a multicoloured patchwork printed lehenga, yellow choli, green dupatta with yellow tassels.
    # All answers: VQA adapter. The dupatta's answer loops.
    case(
        "X1289-026",
        wearing("a skirt"),
        is_a("lehenga", "yes"),
        piece("lehenga", "multi"),
        piece("choli", "yellow"),
        piece("dupatta", "green and yellow and " * 7 + "green and", "loop", hit_limit=True),
        pattern("patchwork"),
        gender="Girls",
        title="Bitiya by Bhama Girls Multicoloured Printed Ready to Wear Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Multi",
    ),
    # Photo: boy sitting on a brown wooden chair, blue kurta with small white prints, white pyjama.
    # All answers: VQA adapter. "a dress" for a boy's kurta set; the pyjama gets the chair's brown.
    case(
        "X1289-027",
        wearing("a dress", "contradiction"),
        is_a("kurta", "yes"),
        piece("kurta", "blue"),
        piece("pyjama", "brown", "contradiction"),
        pattern("printed"),
        gender="Boys",
        title="Vastramay Boys Blue & White Printed Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Blue",
    ),
    # Photo: girl in a green anarkali with gotta patti, green churidar, gold tissue dupatta, no jewellery.
    # All answers: VQA adapter. Wearing is cut at the limit; the churidar gets the dupatta's gold.
    case(
        "X1289-028",
        wearing(
            "a green dress with a gold border and a gold scarf around her neck and a pair of green pants and a gold "
            "necklace and a pair of gold",
            "cut",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        piece("kurta", "green"),
        piece("churidar", "gold", "other_garment_color"),
        piece("dupatta", "gold"),
        gender="Girls",
        title="Aj DEZInES Girls Green Gotta Patti Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Green",
    ),
    # Photo: boy in a full-sleeved cream kurta, cream pyjama and a pastel pink sleeveless Nehru jacket.
    # All answers: VQA adapter. The kurta gets the jacket's pink; "sleeveless" is the jacket's. No gender in the row.
    case(
        "X1289-029",
        wearing("a pink vest and white shirt and pants"),
        piece("jacket", "pink"),
        piece("kurta", "pink", "other_garment_color"),
        piece("pyjama", "white"),
        sleeves("sleeveless", "contradiction"),
        title="Hangup Boys Cream-Coloured Kurta & Pyjama with Pink Nehru Jacket",
        category="Clothing Set",
        color="Pink",
    ),
    # Photo: girl in a blue kurta with mirror work, blue sharara and a blue dupatta.
    # All answers: VQA adapter. The yes/no starts with the format's "Answer:"; the dupatta's answer is its name.
    case(
        "X1289-030",
        wearing("a blue dress"),
        is_a("kurta", "Answer: yes", "leak"),
        piece("kurta", "blue"),
        piece("sharara", "blue"),
        piece("dupatta", "dupatta", "non_answer"),
        pattern("embellished"),
        gender="Girls",
        title="KISAH Girls Blue Mirror Work Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Blue",
    ),
    # Photo: boy in an orange knee-length kurta over orange churidar (same fabric), brown mojaris.
    # All answers: VQA adapter. "a romper" for a two-piece kurta set.
    case(
        "X1289-031",
        wearing("a romper", "contradiction"),
        is_a("kurta", "yes"),
        piece("kurta", "orange"),
        piece("churidar", "orange"),
        garment_type("kurta"),
        gender="Boys",
        title="Sojanya Boys Orange Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Orange",
    ),
    # Photo: girl in a peach sequinned lehenga, peach choli, peach net dupatta, gold juttis.
    # All answers: VQA adapter. The dupatta's answer goes on into a question about the shoes.
    case(
        "X1289-032",
        wearing("a pink dress"),
        is_a("lehenga", "yes"),
        piece("lehenga", "pink"),
        piece("choli", "pink"),
        piece("dupatta", "pink Question: What is the color of the shoes? Answer: gold", "leak"),
        pattern("embellished"),
        gender="Girls",
        title="Pspeaches Girls Peach-Coloured Sequinned Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Peach",
    ),
    # Photo: boy in a maroon velvet sherwani with gold embroidery, cream churidar.
    # All answers: VQA adapter. The churidar gets the sherwani's red; "no" to the sherwani.
    case(
        "X1289-033",
        wearing("a red jacket and white pants"),
        is_a("sherwani", "no", "contradiction"),
        piece("sherwani", "red"),
        piece("churidar", "red", "other_garment_color"),
        material("velvet"),
        gender="Boys",
        title="Jeetethnics Boys Maroon Velvet Embroidered Sherwani with Churidar",
        category="Sherwani",
        color="Maroon",
    ),
    # Photo: flat lay: pink banarasi A-line frock with a green woven border at the hem and waist, puff sleeves.
    # All answers: VQA adapter. Wearing loops.
    case(
        "X1289-034",
        wearing(
            "a pink dress with a green belt and a pink dress with a green belt and a pink dress with a green belt and "
            "a pink",
            "loop",
            hit_limit=True,
        ),
        is_a("dress", "yes"),
        piece("dress", "pink and green"),
        pattern("woven"),
        sleeves("short sleeves"),
        gender="Girls",
        title="Fabindia Girls Pink & Green Woven Design Ethnic A-Line Dress",
        category="Ethnic Dresses",
        color="Pink",
    ),
    # Photo: back view of a boy in a green full-sleeved kurta and white pyjama, mojaris.
    # All answers: VQA adapter. The sleeve answer gives the question back and stops.
    case(
        "X1289-035",
        wearing("a green shirt"),
        is_a("kurta", "yes"),
        piece("kurta", "green"),
        piece("pyjama", "white"),
        sleeves("the sleeve length of the garment is", "restated"),
        gender="Boys",
        title="Aj DEZInES Boys Green Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Green",
    ),
    # Photo: girl in a white kurta, white trousers and a blue printed open-front ethnic jacket with fabric buttons.
    # All answers: VQA adapter. The zipper is invented; the kurta gets the jacket's blue.
    case(
        "X1289-036",
        wearing("a blue jacket with a zipper and white pants", "unsupported"),
        is_a("jacket", "yes"),
        piece("jacket", "blue"),
        piece("kurta", "blue", "other_garment_color"),
        piece("trousers", "white"),
        gender="Girls",
        title="YK Girls White Kurta with Trousers & Blue Printed Ethnic Jacket",
        category="Clothing Set",
        color="Blue",
    ),
    # Photo: boy holding a red kite, lavender kurta with a mandarin collar and no pockets, white pyjama.
    # All answers: VQA adapter. The sleeve answer is cut at the limit; the pyjama gets the kurta's purple.
    case(
        "X1289-037",
        wearing("a purple shirt and white pants"),
        is_a("kurta", "yes"),
        piece("kurta", "purple"),
        piece("pyjama", "purple", "other_garment_color"),
        sleeves(
            "long sleeves with a mandarin collar and buttons on the front and a pocket on the chest and a pocket on "
            "the side and a pocket on the",
            "cut",
            hit_limit=True,
        ),
        gender="Boys",
        title="Ka-mee Boys Lavender Kurta with Pyjamas",
        category="Kurta Sets",
        color="Lavender",
    ),
    # Photo: girl in a red embroidered lehenga, red choli, red net dupatta with gold border.
    # All answers: VQA adapter. Wearing loops.
    case(
        "X1289-038",
        wearing("a red dress and " * 7 + "a red", "loop", hit_limit=True),
        is_a("lehenga", "yes"),
        piece("lehenga", "red"),
        piece("choli", "red"),
        piece("dupatta", "red"),
        gender="Girls",
        title="Aarika Girls Red Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Red",
    ),
    # Photo: boy in a plain teal sherwani with an embroidered collar, white churidar, brown mojaris.
    # All answers: VQA adapter. "striped" is wrong; the churidar's answer runs on in the training format.
    # No gender in the row.
    case(
        "X1289-039",
        wearing("a blue jacket and white pants"),
        is_a("sherwani", "yes"),
        piece("sherwani", "blue"),
        piece(
            "churidar",
            "white Question: What is the color of the shoes? Answer: brown Question: What is the color of the "
            "sherwani? Answer: blue Question:",
            "leak",
            hit_limit=True,
        ),
        garment_type("jacket"),
        pattern("striped", "contradiction"),
        title="Pro-Ethic Style Developer Boys Teal Embroidered Sherwani Set",
        category="Sherwani",
        color="Teal",
    ),
    # Photo: girl in a maroon kurta with gold ethnic motifs, gold-cream printed palazzos, maroon dupatta with gold
    # border. All answers: VQA adapter. The kurta's answer runs on through the other pieces.
    case(
        "X1289-040",
        wearing("a red dress"),
        piece(
            "kurta",
            "maroon Question: What is the color of the palazzo? Answer: gold Question: What is the color of the "
            "dupatta? Answer:",
            "leak",
            hit_limit=True,
        ),
        piece("palazzo", "gold"),
        piece("dupatta", "maroon-gold"),
        pattern("printed"),
        gender="Girls",
        title="Jashvi Girls Maroon Ethnic Motifs Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Photo: boy in an off-white kurta and churidar with a gold-toned brocade Nehru jacket.
    # All answers: VQA adapter. The churidar loops.
    case(
        "X1289-041",
        wearing("a gold vest and a white shirt and white pants"),
        is_a("nehru jacket", "yes"),
        piece("jacket", "gold"),
        piece("kurta", "white"),
        piece("churidar", " ".join(["white"] * 30), "loop", hit_limit=True),
        gender="Boys",
        title="Sojanya Boys Off-White Kurta with Churidar & Gold-Toned Nehru Jacket",
        category="Clothing Set",
        color="Off White",
    ),
    # Photo: girl with a short bob haircut in a yellow floral printed anarkali dress with short sleeves.
    # All answers: VQA adapter. The girl is called "he".
    case(
        "X1289-042",
        wearing("he is wearing a yellow dress", "pronoun"),
        piece("dress", "yellow"),
        pattern("floral"),
        sleeves("short"),
        gender="Girls",
        title="Cutiekins Girls Yellow Floral Printed Anarkali Ethnic Dress",
        category="Ethnic Dresses",
        color="Yellow",
    ),
    # Photo: boy in a white kurta, gold-toned dhoti pants and a maroon printed jacket.
    # All answers: VQA adapter. The dhoti gets the kurta's white.
    case(
        "X1289-043",
        wearing("a red vest and a white shirt and gold pants"),
        is_a("dhoti", "yes"),
        piece("jacket", "red"),
        piece("kurta", "white"),
        piece("dhoti", "white", "other_garment_color"),
        gender="Boys",
        title="BownBee Boys White Kurta with Gold-Toned Dhoti Pants & Maroon Jacket",
        category="Clothing Set",
        color="Maroon",
    ),
    # Photo: girl holding a pink potli bag, lime green lehenga, pink choli, pink dupatta; no scarf, no jewellery.
    # All answers: VQA adapter. Wearing is cut at the limit; the dupatta gets the lehenga's green.
    case(
        "X1289-044",
        wearing(
            "a green skirt and a pink top with a pink bag and a pink scarf and a pink bracelet and a pink necklace "
            "and a pink headband and a",
            "cut",
            hit_limit=True,
        ),
        is_a("lehenga", "yes"),
        piece("lehenga", "green"),
        piece("choli", "pink"),
        piece("dupatta", "green", "other_garment_color"),
        gender="Girls",
        title="Kid1 Girls Lime Green & Pink Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Lime Green",
    ),
    # Photo: boy in a navy blue kurta with small white block prints, white pyjama.
    # All answers: VQA adapter. "cloth" is the training prompt's word, not an answer.
    case(
        "X1289-045",
        wearing("cloth", "non_answer"),
        is_a("kurta", "yes"),
        piece("kurta", "navy"),
        piece("pyjama", "white"),
        material("cotton"),
        gender="Boys",
        title="Fabindia Boys Navy Blue Printed Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Navy Blue",
    ),
]
