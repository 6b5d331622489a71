"""BLIND_1228 (45 products; Myntra kurtas and kurta sets, VQA adapter): written blind in the sixty-second session.
Measured blind at 189d17b (the session's first rules): 71/89 failures found (79.8%) and 6/182 correct texts flagged
(3.3%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's kurtas, kurtis and kurta sets (kurta with palazzos or trousers, some with a
dupatta). Catalog columns as the feed has them: title, category (Myntra article type: Kurtas, Kurta Sets, Kurtis),
color (Myntra base colour), gender; a few rows lack one of them. Photos are the usual catalog shots: a model on a
plain light backdrop wearing the product (single kurtas worn with leggings, jeans or palazzos that are not for sale),
now and then a flat lay, a back view, or a prop (potli bag, clutch, jhola bag, a stool, a dupatta held open).
Who wrote what: every text comes from the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA on Salesforce/blip2-opt-2.7b),
greedy, 30 new tokens at most, one generate per prompt, no caption (the VQA adapter is not asked for one). The
questionnaire is the original experiments': "What is she wearing?", "What is the color of the <piece>?" asked once
per piece of the product (kurta, palazzos or trousers, dupatta), "Describe the kurta.", "What are the kurta details?"
(now and then the palazzos' details instead or as well) and "Is this a kurta?". Free generation, so the color
answers are stored open. Not every product got every question (5 to 7 each).
Labeling conventions and judgement calls: judged against the imagined photo and the title. Near hues are counted
right: maroon or burgundy as "red", peach or magenta as "pink", lavender or mauve as "purple", mustard as "yellow",
teal or sea green as "green", coral or rust as "orange", cream as "white". "top" for a kurta and "pants" for palazzos
or trousers are counted right; "shirt", "blouse" or "dress" for a kurta (the In-shop classes the adapter learned) is
marked contradiction, and so is "no" to "Is this a kurta?" for a kurta or kurti. A color that belongs to another
piece of the outfit (the kurta's color given to white palazzos, one color for all three pieces) is
other_garment_color. A text that repeats a phrase until the limit is loop; one that runs forward with new content
and stops mid-phrase at the limit is cut; a text that goes on with "Question: ... Answer:" is leak even when the
answer before it is right. Invented details (pockets, buttons at the back of a front shot, sleeves a sleeveless
kurta does not have, embroidery where there is none) are unsupported. "it is a kurta" or "kurta" for "Describe the
kurta.", "the kurta" for its details, "they are palazzos" for the palazzos' details and an empty answer are
non_answer; "the details are the details" is restated. "he" for the woman in the photo is pronoun. On a flat lay,
"What is she wearing?" answered with the garments is counted right. A bare color for "Describe the kurta." is thin
but true, and left unmarked.
"""

from tests.audit_corpus import case, color_of, describe, details, is_a, wearing

W = "Women"


def she(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="she", hit_limit=hit_limit)


def col(garment, text, failure=None, hit_limit=False):
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


BLIND_1228 = [
    # Truth: model on white backdrop; navy straight kurta with white ethnic motifs, round neck, 3/4 sleeves; navy
    # palazzos with a white printed hem; white dupatta with a navy border over both shoulders.
    # All texts: VQA adapter.
    case(
        "X1228-001",
        she("a blue kurta and pants"),
        col("kurta", "navy blue"),
        col("palazzos", "navy blue"),
        col("dupatta", "navy blue", "other_garment_color"),
        describe("kurta", "a blue kurta with white print"),
        details(
            "kurta",
            "the kurta has a round neck and three quarter sleeves and a white print on the front and the palazzos have"
            " a white print on the bottom and the",
            "cut",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender=W,
        title="Anouk Women Navy Blue Ethnic Motifs Printed Kurta with Palazzos & With Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # Truth: knee-length pink A-line kurta with a small green and white floral print, V-neck, 3/4 sleeves; pink
    # trousers; green chiffon dupatta held in one hand. All texts: VQA adapter.
    case(
        "X1228-002",
        she("a pink dress", "contradiction"),
        col("kurta", "pink"),
        col("trousers", "pink"),
        col("dupatta", "green"),
        describe("kurta", "pink floral print"),
        details(
            "kurta",
            "v neck, three quarter sleeves, floral print, v neck, three quarter sleeves, floral print, v neck, three"
            " quarter sleeves",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender=W,
        title="Libas Women Pink Floral Printed Pure Cotton Kurta with Trousers & With Dupatta",
        category="Kurta Sets",
        color="Pink",
    ),
    # Truth: mustard straight kurta with a gold embroidered yoke, mandarin collar, 3/4 sleeves; worn with white
    # leggings and gold juttis (not for sale). All texts: VQA adapter.
    case(
        "X1228-003",
        she("a yellow kurta and white leggings"),
        col("kurta", "yellow"),
        describe(
            "kurta",
            "yellow Question: Describe the kurta. Answer: yellow Question: Describe the kurta. Answer: yellow Question:"
            " Describe the kurta. Answer:",
            "leak",
            hit_limit=True,
        ),
        details("kurta", "the kurta has a mandarin collar and three quarter sleeves"),
        is_a("kurta", "yes"),
        gender=W,
        title="Sangria Women Mustard Yellow Yoke Design Straight Kurta",
        category="Kurtas",
        color="Mustard",
    ),
    # Truth: bottle-green A-line kurta with small white booti print, round neck, full sleeves, knee length; beige
    # palazzos (not for sale). All texts: VQA adapter.
    case(
        "X1228-004",
        she("a green dress", "contradiction"),
        col("kurta", "green"),
        describe("kurta", "green and white"),
        details(
            "kurta",
            "the sleeves, the neckline, the hem, the sleeves, the neckline, the hem, the sleeves, the neckline, the"
            " hem, the sleeves",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "no", "contradiction"),
        gender=W,
        title="W Women Green Printed A-Line Kurta",
        category="Kurtas",
        color="Green",
    ),
    # Truth: black straight kurta with a white geometric print, round neck with a keyhole cut, 3/4 sleeves, side
    # slits, front view only; blue jeans (not for sale). All texts: VQA adapter.
    case(
        "X1228-005",
        she("a black and white shirt and blue jeans", "contradiction"),
        col(
            "kurta",
            "black and white and black and white and black and white and black and white and black and white and black"
            " and white and black",
            "loop",
            hit_limit=True,
        ),
        describe("kurta", "black and white print"),
        details("kurta", "the kurta has a keyhole neckline and a button at the back", "unsupported"),
        is_a("kurta", "yes"),
        gender=W,
        title="AHIKA Women Black & White Printed Straight Kurta",
        category="Kurtas",
        color="Black",
    ),
    # Truth: maroon straight kurta with gold zari embroidery on the yoke, the sleeve hems and the kurta hem; maroon
    # palazzos; maroon net dupatta with a gold border. All texts: VQA adapter.
    case(
        "X1228-006",
        she("a red kurta and a red scarf"),
        col("kurta", "red"),
        col(
            "palazzos",
            "red red red red red red red red red red red red red red red red red red red red red red red"
            " red red red red red red red",
            "loop",
            hit_limit=True,
        ),
        col("dupatta", "red"),
        describe("kurta", "red with gold embroidery"),
        details(
            "kurta",
            "gold embroidery on the neck, gold embroidery on the sleeves, gold embroidery on the hem, gold embroidery"
            " on the neck, gold",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender=W,
        title="Varanga Women Maroon Embroidered Kurta with Palazzos & With Dupatta",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Truth: off-white straight chikankari kurta (white thread embroidery), round neck, 3/4 sleeves, no pockets;
    # off-white trousers; the model holds a small gold potli bag. All texts: VQA adapter.
    case(
        "X1228-007",
        she("a white kurta and white pants"),
        col("kurta", "white"),
        col("trousers", "white"),
        describe(
            "kurta",
            "white with embroidery on the neck and the sleeves and the hem and the neck and the sleeves and the hem and"
            " the neck and the",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "the kurta has a pocket on the side", "unsupported"),
        is_a("kurta", "yes"),
        gender=W,
        title="GERUA Women Off White Chikankari Embroidered Kurta with Trousers",
        category="Kurta Sets",
        color="Off White",
    ),
    # Truth: indigo kurta with white dabu floral print; white palazzos with small indigo buttis; no dupatta.
    # All texts: VQA adapter.
    case(
        "X1228-008",
        she("a blue and white kurta and white pants"),
        col("kurta", "blue"),
        col("palazzos", "blue", "other_garment_color"),
        describe("kurta", "blue and white floral print"),
        details("palazzos", "they are palazzos", "non_answer"),
        is_a("kurta", "yes"),
        gender=W,
        title="Jaipur Kurti Women Blue & White Printed Straight Kurta with Palazzos",
        category="Kurta Sets",
        color="Blue",
    ),
    # Truth: rust ankle-length flared anarkali kurta with gold foil print, full sleeves, round neck; matching
    # churidar (not for sale). All texts: VQA adapter.
    case(
        "X1228-009",
        she("a long orange dress", "contradiction"),
        col("kurta", "orange"),
        describe("kurta", "a long orange kurta with gold print and long sleeves"),
        details(
            "kurta",
            "gold print, long sleeves, flared hem, gold print, long sleeves, flared hem, gold print, long"
            " sleeves, flared hem, gold print",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "no", "contradiction"),
        gender=W,
        title="Biba Women Rust Orange Ethnic Motifs Foil Printed Anarkali Kurta",
        category="Kurtas",
        color="Rust",
    ),
    # Truth: teal straight kurta with a silver sequinned yoke; teal trousers; teal organza dupatta with a silver
    # border draped on one shoulder. All texts: VQA adapter.
    case(
        "X1228-010",
        she("a green kurta and green pants and a green scarf"),
        col("kurta", "teal"),
        col("trousers", "teal"),
        col(
            "dupatta",
            "teal Question: What is the color of the dupatta? Answer: teal Question: What is the color of the"
            " dupatta? Answer:",
            "leak",
            hit_limit=True,
        ),
        describe("kurta", "teal"),
        details("kurta", "sequins on the neck and sequins on the sleeves", "unsupported"),
        is_a("kurta", "yes"),
        gender=W,
        title="Indo Era Women Teal Green Yoke Design Kurta with Trousers & With Dupatta",
        category="Kurta Sets",
        color="Teal",
    ),
    # Truth: lavender straight kurta with white thread floral embroidery at the neckline only, plain 3/4 sleeves;
    # lavender palazzos; model with a hand on her hip. All texts: VQA adapter.
    case(
        "X1228-011",
        she("a purple top and purple pants"),
        col("kurta", "purple Question: What is the color of the palazzos? Answer: purple", "leak"),
        col("palazzos", "purple"),
        describe("kurta", "a light purple kurta with white embroidery"),
        details("kurta", "white embroidery on the neck and the sleeves", "unsupported"),
        is_a("kurta", "yes"),
        gender=W,
        title="KALINI Women Lavender Floral Embroidered Kurta with Palazzos",
        category="Kurta Sets",
        color="Lavender",
    ),
    # Truth: black solid sleeveless straight kurta, round neck, ankle length; black palazzos; silver oxidised
    # earrings. The feed row has no gender. All texts: VQA adapter.
    case(
        "X1228-012",
        she("a black dress", "contradiction"),
        col("kurta", "black"),
        col("palazzos", "black"),
        describe("kurta", "black"),
        details("kurta", "the kurta has a round neck and long sleeves", "unsupported"),
        is_a("kurta", "yes"),
        title="Vishudh Women Black Solid Sleeveless Kurta with Palazzos",
        category="Kurta Sets",
        color="Black",
    ),
    # Truth: peach kurta with a multicolour floral print, 3/4 sleeves; white trousers; peach printed dupatta.
    # All texts: VQA adapter.
    case(
        "X1228-013",
        she("a pink top and white pants"),
        col("kurta", "pink"),
        col("trousers", "pink", "other_garment_color"),
        col("dupatta", "pink"),
        describe(
            "kurta",
            "she is wearing a pink kurta with flowers and white pants and a pink dupatta with flowers and white pants"
            " and a pink dupatta with",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "floral print"),
        is_a("kurta", "yes"),
        gender=W,
        title="Nayo Women Peach-Coloured Floral Printed Kurta with Trousers & With Dupatta",
        category="Kurta Sets",
        color="Peach",
    ),
    # Truth: back view: red straight kurta with gold bandhani dots, tie-up dori with tassels at the back of the
    # neck; gold leggings (not for sale). All texts: VQA adapter.
    case(
        "X1228-014",
        she("a red kurta"),
        col("kurta", "red and gold"),
        describe("kurta", "red with gold dots"),
        details("kurta", "tassels on the back"),
        is_a("kurta", "yes"),
        gender=W,
        title="Ishin Women Red & Gold-Toned Bandhani Printed Straight Kurta",
        category="Kurtas",
        color="Red",
    ),
    # Truth: olive solid straight kurta, V-neck with pintucks, 3/4 sleeves; white cotton pants (not for sale).
    # All texts: VQA adapter.
    case(
        "X1228-015",
        she("a green kurta and white pants"),
        col("kurta", "green"),
        describe(
            "kurta",
            "green green green green green green green green green green green green green green green green green"
            " green green green green green green green green green green green green green",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "pintucks on the front"),
        is_a("kurta", "yes"),
        gender=W,
        title="Mokshi Women Olive Green Solid Straight Kurta",
        category="Kurtas",
        color="Olive",
    ),
    # Truth: mustard kurta with a blue floral print, round neck, 3/4 sleeves; solid blue palazzos; no dupatta.
    # All texts: VQA adapter.
    case(
        "X1228-016",
        she("a yellow top and blue pants Question: What is the color of the kurta? Answer: yellow", "leak"),
        col("kurta", "yellow"),
        col("palazzos", "yellow", "other_garment_color"),
        describe("kurta", "yellow and blue floral print"),
        details("kurta", "the kurta details are the kurta details", "restated"),
        is_a("kurta", "yes"),
        gender=W,
        title="Janasya Women Mustard Yellow & Blue Floral Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Truth: green kurta with a gold ethnic print; green palazzos; green dupatta with gold lace; the model holds a
    # gold clutch. All texts: VQA adapter.
    case(
        "X1228-017",
        she(
            "a green kurta with a green scarf and green pants and a green scarf and green pants and a green scarf and"
            " green pants and a",
            "loop",
            hit_limit=True,
        ),
        col("kurta", "green"),
        col("palazzos", "green"),
        col("dupatta", "green"),
        describe("kurta", "green and gold"),
        details(
            "kurta",
            "gold print on the kurta, gold print on the palazzos, gold print on the dupatta, gold print on the kurta,"
            " gold print on the",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender=W,
        title="Khushal K Women Green Ethnic Motifs Printed Kurta with Palazzos & With Dupatta",
        category="Kurta Sets",
        color="Green",
    ),
    # Truth: flat lay on a white surface, no person: sky-blue solid kurta and white palazzos with a lace hem.
    # All texts: VQA adapter.
    case(
        "X1228-018",
        she("a blue kurta and white pants"),
        col("kurta", "blue"),
        col("palazzos", "blue", "other_garment_color"),
        describe("kurta", "blue"),
        details("palazzos", "lace at the bottom"),
        is_a("kurta", "yes"),
        gender=W,
        title="Aurelia Women Blue Solid Kurta with Palazzos",
        category="Kurta Sets",
        color="Blue",
    ),
    # Truth: magenta straight kurta with a white floral print, notched round neck, 3/4 sleeves; white leggings (not
    # for sale); a tan handbag on her arm. All texts: VQA adapter.
    case(
        "X1228-019",
        she("a pink blouse and white leggings", "contradiction"),
        col("kurta", "pink"),
        describe("kurta", "pink with white flowers"),
        details(
            "kurta",
            "Question: What are the kurta details? Answer: the kurta has a round neck and three quarter sleeves"
            " Question: What are the",
            "leak",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender=W,
        title="Sangria Women Magenta & White Floral Printed Straight Kurta",
        category="Kurtas",
        color="Magenta",
    ),
    # Truth: navy kurta with pink ethnic motifs, V-neck, 3/4 sleeves, straight hem with side slits; solid pink
    # trousers. All texts: VQA adapter.
    case(
        "X1228-020",
        she("a blue kurta and pink pants"),
        col("kurta", "blue"),
        col("trousers", "blue", "other_garment_color"),
        describe("kurta", "blue with pink print"),
        details(
            "kurta",
            "the kurta has a v neck, three quarter sleeves, a straight hem, side slits and a pink print all over the"
            " front with a",
            "cut",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender=W,
        title="Anubhutee Women Navy Blue & Pink Ethnic Motifs Printed Kurta with Trousers",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # Truth: yellow kurta with a white floral print; white palazzos; yellow dupatta with white pompoms along the
    # border. All texts: VQA adapter.
    case(
        "X1228-021",
        she(
            "a yellow kurta with a white floral print, white palazzos and a yellow dupatta with white pom poms on the"
            " border and a pair of gold",
            "cut",
            hit_limit=True,
        ),
        col("kurta", "yellow"),
        col("palazzos", "white"),
        col(
            "dupatta",
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow"
            " yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow"
            " yellow yellow",
            "loop",
            hit_limit=True,
        ),
        describe("kurta", "yellow with white flowers"),
        details("kurta", "pom poms on the dupatta"),
        is_a("kurta", "yes"),
        gender=W,
        title="Libas Women Yellow Floral Printed Kurta with Palazzos & With Dupatta",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Truth: off-white straight kurta with navy vertical stripes, mandarin collar, button placket, roll-up sleeves;
    # blue jeans (not for sale); sunglasses pushed up on her head. All texts: VQA adapter.
    case(
        "X1228-022",
        she("a white and blue striped shirt and jeans", "contradiction"),
        col("kurta", "white and blue"),
        describe("kurta", "striped"),
        details("kurta", "buttons on the front and a collar"),
        is_a("kurta", "no", "contradiction"),
        gender=W,
        title="W Women Off-White & Navy Blue Striped Straight Kurta",
        category="Kurtas",
        color="Off White",
    ),
    # Truth: burgundy kurta with gold floral embroidery; burgundy trousers; gold tissue dupatta over both arms.
    # All texts: VQA adapter.
    case(
        "X1228-023",
        she("a red kurta and a gold scarf"),
        col("kurta", "red"),
        col("trousers", "red"),
        col("dupatta", "red", "other_garment_color"),
        describe("kurta", "red with gold embroidery"),
        details("kurta", "she is wearing a red kurta with gold embroidery"),
        is_a("kurta", "yes"),
        gender=W,
        title="Indo Era Women Burgundy Floral Embroidered Kurta with Trousers & With Dupatta",
        category="Kurta Sets",
        color="Burgundy",
    ),
    # Truth: royal-blue kurta with a white leheriya print; solid white palazzos. The feed row has no category.
    # All texts: VQA adapter.
    case(
        "X1228-024",
        she("a blue top and white pants"),
        col(
            "kurta",
            "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue"
            " blue blue blue blue blue blue blue blue blue blue blue blue",
            "loop",
            hit_limit=True,
        ),
        col("palazzos", "white"),
        describe("kurta", "", "non_answer"),
        details("kurta", "white print"),
        is_a("kurta", "yes"),
        gender=W,
        title="AKS Women Blue Leheriya Printed Kurta with Palazzos",
        color="Blue",
    ),
    # Truth: pink kurta with a green leaf print; solid green trousers; green dupatta with a thin pink border.
    # All texts: VQA adapter.
    case(
        "X1228-025",
        she("he is wearing a pink kurta and green pants", "pronoun"),
        col("kurta", "pink"),
        col("trousers", "green"),
        col("dupatta", "pink", "other_garment_color"),
        describe("kurta", "pink and green"),
        details("kurta", "green leaf print"),
        is_a("kurta", "yes"),
        gender=W,
        title="Biba Women Pink & Green Leaf Printed Kurta with Trousers & With Dupatta",
        category="Kurta Sets",
        color="Pink",
    ),
    # Truth: sea-green kurta with white thread embroidery; white palazzos; sea-green dupatta. All texts: VQA adapter.
    case(
        "X1228-026",
        she("a green kurta and white pants"),
        col("kurta", "green"),
        col("palazzos", "green", "other_garment_color"),
        col("dupatta", "green"),
        describe("kurta", "green with white embroidery"),
        details("kurta", "the embroidery is white and there are two pockets on the front", "unsupported"),
        is_a(
            "kurta",
            "yes Question: Is this a kurta? Answer: yes Question: Is this a kurta? Answer: yes Question: Is this a"
            " kurta? Answer:",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        title="Varanga Women Sea Green Embroidered Kurta with Palazzos & With Dupatta",
        category="Kurta Sets",
        color="Sea Green",
    ),
    # Truth: indigo A-line cotton kurta with a small white block print, round neck with three wooden buttons at the
    # placket, 3/4 sleeves, no pockets; white churidar (not for sale). All texts: VQA adapter.
    case(
        "X1228-027",
        she("a blue kurta"),
        col("kurta", "blue"),
        describe("kurta", "kurta", "non_answer"),
        details("kurta", "the kurta has buttons on the front and a pocket on the side", "unsupported"),
        is_a("kurta", "yes"),
        gender=W,
        title="Fabindia Women Indigo Cotton Block Printed A-Line Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Truth: black kurta with gold foil print; black palazzos with a gold printed hem; red dupatta with gold dots.
    # All texts: VQA adapter.
    case(
        "X1228-028",
        she("a black kurta and a red scarf"),
        col("kurta", "black"),
        col("palazzos", "black"),
        col("dupatta", "black", "other_garment_color"),
        describe("kurta", "black and gold"),
        details(
            "kurta",
            "gold print, gold print, gold print, gold print, gold print, gold print, gold print, gold print, gold"
            " print, gold print",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender=W,
        title="Ahalyaa Women Black & Gold-Toned Foil Printed Kurta with Palazzos & With Dupatta",
        category="Kurta Sets",
        color="Black",
    ),
    # Truth: cream solid kurta with a lace trim at the hem; cream trousers; beige backdrop; a cotton jhola bag on her
    # shoulder. All texts: VQA adapter.
    case(
        "X1228-029",
        she("a white kurta and white pants"),
        col("kurta", "white"),
        col("trousers", "white"),
        describe("kurta", "white with lace on the bottom and lace on the sleeves", "unsupported"),
        details("kurta", "lace on the bottom"),
        is_a("kurta", "yes"),
        gender=W,
        title="Aurelia Women Cream-Coloured Solid Kurta with Trousers",
        category="Kurta Sets",
        color="Cream",
    ),
    # Truth: coral solid straight kurta, boat neck, 3/4 bell sleeves; white pants (not for sale). All texts: VQA
    # adapter.
    case(
        "X1228-030",
        she("he is wearing an orange kurta and white pants", "pronoun"),
        col("kurta", "orange"),
        describe(
            "kurta",
            "orange orange orange orange orange orange orange orange orange orange orange orange orange orange orange"
            " orange orange orange orange orange orange orange orange orange orange orange orange orange orange orange",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "the sleeves are bell sleeves"),
        is_a("kurta", "yes"),
        gender=W,
        title="Rangriti Women Coral Solid Straight Kurta",
        category="Kurtas",
        color="Coral",
    ),
    # Truth: turquoise kurta with a white tribal print; white palazzos. The feed row has no gender.
    # All texts: VQA adapter.
    case(
        "X1228-031",
        she("a blue kurta with white pants"),
        col("kurta", "blue"),
        col("palazzos", "white Question: What is the color of the dupatta? Answer: white", "leak"),
        describe("kurta", "Describe the kurta. Answer: blue", "leak"),
        details("kurta", "blue and white print"),
        is_a("kurta", "yes"),
        title="Global Desi Women Turquoise Blue Tribal Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Turquoise Blue",
    ),
    # Truth: hip-length purple kurti with a small white print, round neck, short sleeves; blue jeans (not for sale).
    # All texts: VQA adapter.
    case(
        "X1228-032",
        she("a purple top and blue jeans"),
        col("kurta", "purple"),
        describe("kurta", "a purple top with white print"),
        details("kurta", "the kurta has a collar and buttons on the front", "unsupported"),
        is_a("kurta", "no", "contradiction"),
        gender=W,
        title="Shree Women Purple Printed Kurti",
        category="Kurtis",
        color="Purple",
    ),
    # Truth: grey kurta with a black floral print; black trousers; grey and black printed dupatta. All texts: VQA
    # adapter.
    case(
        "X1228-033",
        she("a grey kurta and black pants and a grey scarf"),
        col("kurta", "grey"),
        col("trousers", "grey", "other_garment_color"),
        col("dupatta", "grey"),
        describe("kurta", "grey and black print"),
        details(
            "kurta",
            "the kurta has a round neck and a round neck and a round neck and a round neck and a round neck and a"
            " round neck",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender=W,
        title="Ishin Women Grey & Black Floral Printed Kurta with Trousers & With Dupatta",
        category="Kurta Sets",
        color="Grey",
    ),
    # Truth: beige kurta with a maroon block print; solid maroon palazzos. All texts: VQA adapter.
    case(
        "X1228-034",
        she("a white and red top and red pants"),
        col("kurta", "white and red"),
        col("palazzos", "white and red", "other_garment_color"),
        describe("kurta", "it is a kurta", "non_answer"),
        details("kurta", "red print on the front"),
        is_a("kurta", "yes"),
        gender=W,
        title="Vishudh Women Beige & Maroon Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Beige",
    ),
    # Truth: mauve kurta with a silver gota yoke, 3/4 sleeves; mauve palazzos; the model holds the mauve dupatta
    # (silver gota border) open behind her. All texts: VQA adapter.
    case(
        "X1228-035",
        she("a purple kurta and a purple dupatta"),
        col("kurta", "purple"),
        col("palazzos", "", "non_answer"),
        col("dupatta", "purple"),
        describe("kurta", "purple with silver embroidery"),
        details(
            "kurta",
            "the kurta has a silver yoke and three quarter sleeves, the kurta has a silver yoke and three quarter"
            " sleeves, the kurta has a",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender=W,
        title="Anouk Women Mauve Yoke Design Gotta Patti Kurta with Palazzos & With Dupatta",
        category="Kurta Sets",
        color="Mauve",
    ),
    # Truth: white kurta with a green floral print; solid green palazzos. All texts: VQA adapter.
    case(
        "X1228-036",
        she("a white top and green pants"),
        col("kurta", "green", "other_garment_color"),
        col("palazzos", "green"),
        describe("kurta", "white with green flowers"),
        details(
            "kurta",
            "the kurta details are the kurta details are the kurta details are the kurta details are the"
            " kurta details are the kurta",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender=W,
        title="Jaipur Kurti Women White & Green Floral Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="White",
    ),
    # Truth: navy A-line kurta with multicolour thread embroidery on the yoke, full sleeves; white palazzos (not for
    # sale); the model sits on a wooden stool. All texts: VQA adapter.
    case(
        "X1228-037",
        she("a blue dress and white pants", "contradiction"),
        col("kurta", "blue"),
        describe("kurta", "a blue kurta with colorful embroidery on the neck"),
        details("kurta", "the kurta", "non_answer"),
        is_a("kurta", "yes"),
        gender=W,
        title="Sangria Women Navy Blue Embroidered A-Line Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Truth: pink kurta with a gold print; pink palazzos with a gold printed hem; pink dupatta. All texts: VQA
    # adapter.
    case(
        "X1228-038",
        she(
            "a pink kurta and a pink dupatta and a pink dupatta and a pink dupatta and a pink dupatta and a pink"
            " dupatta and",
            "loop",
            hit_limit=True,
        ),
        col("kurta", "pink"),
        col("palazzos", "pink"),
        col(
            "dupatta",
            "pink Question: What is the color of the dupatta? Answer: pink Question: What is the color of"
            " the dupatta? Answer: pink",
            "leak",
            hit_limit=True,
        ),
        describe("kurta", "pink and gold"),
        details("palazzos", "gold print at the bottom"),
        is_a("kurta", "yes"),
        gender=W,
        title="KALINI Women Pink & Gold-Toned Printed Kurta with Palazzos & With Dupatta",
        category="Kurta Sets",
        color="Pink",
    ),
    # Truth: lime-green straight kurta with a white print, round neck with white piping, 3/4 sleeves, side slits;
    # white leggings (not for sale). All texts: VQA adapter.
    case(
        "X1228-039",
        she("a green shirt and white pants", "contradiction"),
        col("kurta", "green"),
        describe("kurta", "green with white print"),
        details(
            "kurta",
            "the kurta has a round neck with a white piping, three quarter sleeves with white print on the cuffs and"
            " two side slits at the",
            "cut",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender=W,
        title="Libas Women Lime Green & White Printed Straight Kurta",
        category="Kurtas",
        color="Lime Green",
    ),
    # Truth: orange kurta with pink yoke embroidery; solid pink palazzos; pink dupatta. The feed row has no color.
    # All texts: VQA adapter.
    case(
        "X1228-040",
        she("an orange kurta and pink pants Question: What is the color of the dupatta? Answer: orange", "leak"),
        col("kurta", "orange"),
        col("palazzos", "orange", "other_garment_color"),
        col("dupatta", "orange", "other_garment_color"),
        describe("kurta", "orange with pink embroidery"),
        details("kurta", "pink embroidery on the yoke"),
        is_a("kurta", "yes"),
        gender=W,
        title="Indo Era Women Orange & Pink Yoke Design Kurta with Palazzos & With Dupatta",
        category="Kurta Sets",
    ),
    # Truth: white chikankari straight kurta, calf length, round neck, short sleeves; white palazzos (not for sale);
    # white backdrop. All texts: VQA adapter.
    case(
        "X1228-041",
        she("a white dress", "contradiction"),
        col("kurta", "white"),
        describe("kurta", "a white kurta with white embroidery and white buttons on the front", "unsupported"),
        details("kurta", "the kurta has a round neck and short sleeves"),
        is_a("kurta", "yes"),
        gender=W,
        title="Biba Women White Chikankari Embroidered Straight Kurta",
        category="Kurtas",
        color="White",
    ),
    # Truth: blue kurta with a yellow floral print; solid yellow trousers. All texts: VQA adapter.
    case(
        "X1228-042",
        she("a blue kurta and yellow pants"),
        col("kurta", "blue"),
        col("trousers", "blue", "other_garment_color"),
        describe("kurta", "he is wearing a blue kurta with yellow flowers", "pronoun"),
        details("kurta", "yellow flowers"),
        is_a("kurta", "yes"),
        gender=W,
        title="Nayo Women Blue & Yellow Floral Printed Kurta with Trousers",
        category="Kurta Sets",
        color="Blue",
    ),
    # Truth: green kurta with pink thread embroidery; green palazzos; solid pink dupatta. All texts: VQA adapter.
    case(
        "X1228-043",
        she("a green blouse and a pink scarf", "contradiction"),
        col("kurta", "green"),
        col("palazzos", "green"),
        col("dupatta", "green", "other_garment_color"),
        describe("kurta", "green and pink"),
        details("kurta", "the details are the details", "restated"),
        is_a("kurta", "yes"),
        gender=W,
        title="Varanga Women Green & Pink Embroidered Kurta with Palazzos & With Dupatta",
        category="Kurta Sets",
        color="Green",
    ),
    # Truth: red solid kurta with a gold gota lace at the hem; red palazzos. The feed row has no gender.
    # All texts: VQA adapter.
    case(
        "X1228-044",
        she("a red kurta and red pants"),
        col("kurta", "red"),
        col("palazzos", "red"),
        describe("kurta", "red with gold lace on the bottom"),
        details("kurta", "gold lace on the bottom and gold buttons on the front", "unsupported"),
        is_a(
            "kurta",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes"
            " yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        title="Janasya Women Red Solid Kurta with Palazzos",
        category="Kurta Sets",
        color="Red",
    ),
    # Truth: flat lay, no person: peach straight kurta with a green leaf print and green piping on the sleeve hems.
    # All texts: VQA adapter.
    case(
        "X1228-045",
        she("a pink kurta"),
        col("kurta", "pink"),
        describe("kurta", "pink and green"),
        details(
            "kurta",
            "green leaves on the front and a green border on the sleeves and a green border on the"
            " sleeves and a green border on the sleeves and a",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender=W,
        title="Aurelia Women Peach-Coloured & Green Leaf Printed Straight Kurta",
        category="Kurtas",
        color="Peach",
    ),
]
