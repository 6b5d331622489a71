"""BLIND_1257 (45 products; Myntra women's winterwear worn over other clothes, base model zero-shot): written blind in
the sixty-second session. Measured blind at 59066e5 (the session's fifth rules): 60/74 failures found (81.1%) and
15/241 correct texts flagged (6.2%). The writer's notes, verbatim:

Scenario: a Myntra women's winterwear feed (pullovers, cardigans, sweater vests, shrugs, coats, jackets), nearly all
shot on a model against a plain light backdrop with the product worn over or with other clothes (tees, shirts,
turtlenecks, dresses, kurtas, jeans, trousers, skirts); three flat lays or hanger shots, two back views, a few props
(coffee cup, shopping bag, stool, handbag, beret). The run is Salesforce/blip2-opt-2.7b with no adapter, greedy, 50
new tokens for the caption (unprompted) and 30 for each answer, prompts in the `Question: ... Answer:` format. The
questionnaire is the experiments' one adapted to the feed: "What is she wearing?", "What is the color of the
<garment>?", "Describe the <garment>.", "What are the <garment> details?", the VQA data's "Is this a <garment>?",
and the experiments' "What is the color of the pants?" kept for every product. <garment> is taken from the title's
last word: Pullover/Sweater/Sweater Vest -> sweater, Cardigan -> cardigan, Shrug -> shrug, Overcoat/Trench
Coat/Peacoat -> coat, every Jacket/Shacket/Puffer/Parka -> jacket. Catalog columns as Myntra has them (title,
article type as category, base colour, gender "Women"); a few rows lack one column.
Who wrote what: every text in this set is the untuned base model's, zero-shot (no LoRA adapter, no extractive QA).
It answers short and usually stops by itself, so only loops and prompt leaks run to the limit, plus two long
descriptions cut mid-phrase.
Labeling conventions and judgement calls: judged against the photo I imagined (the comment above each case) and the
title. A color answer for the product that gives the color of the top, dress or shirt under or beside it is
other_garment_color; "What is the color of the pants?" answered with the product's or the inner top's color while
the bottoms are another color is other_garment_color too (the one-color-for-everything failure). The pants question
answered with the color of a skirt, dress or leggings is accepted as correct (the bottoms shown); answered for a
flat lay or a hanger shot, where there are no bottoms, it is unsupported. "What is she wearing?" answered with the
inner garment alone ("a black dress") is true, only incomplete, so left correct; for a flat lay, naming the product
is left correct. Close hue words are accepted (maroon -> red, mustard -> yellow, camel -> tan/brown, cream or
off-white -> white, peach -> pink, teal -> blue, khaki -> khaki/green, mauve/lavender -> purple); navy called black
and beige called white are contradiction. Shrug or cropped cardigan called a cardigan, jacket or crop top in free
text is accepted when the text describes the garment itself; "no" to "Is this a <title garment>?" is contradiction,
and a description that turns the product into the dress or top under it is contradiction. Invented parts (pockets,
hood, belt, fringe, scarf, hat, sunglasses) and an unsupported material guess are unsupported; a hood or sleeves that
belong to the inner garment are unsupported (hood) or other_garment_color (white sleeves). A description that is
only "it's a sweater" / "it's a shrug" is non_answer or restated. "man" in a caption for a woman is pronoun. Loops
and leaks that reach 30 tokens carry hit_limit=True with their loop/leak label; cut is used only for answers cut
mid-phrase without repeating.
"""

from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1257 = [
    # X1257-001. Photo: model, front, white backdrop; mustard cable-knit crew-neck pullover loosely tucked into mid-blue
    # jeans, white sneakers. Base zero-shot wrote every text; all correct.
    case(
        "X1257-001",
        caption("a woman wearing a yellow sweater and jeans"),
        wearing("a yellow sweater and jeans", who="she"),
        color_of("sweater", "yellow", kind="open"),
        describe("sweater", "a yellow sweater with a cable knit pattern"),
        details("sweater", "cable knit"),
        is_a("sweater", "yes"),
        color_of("pants", "blue", kind="open"),
        gender="Women",
        title="Roadster Women Mustard Yellow Cable Knit Pullover",
        category="Sweaters",
        color="Mustard",
    ),
    # X1257-002. Photo: model, front; navy button-front cardigan worn open over a plain white tee, black straight
    # trousers. Base zero-shot wrote every text: navy read as black in the caption, the tee's white for the cardigan.
    case(
        "X1257-002",
        caption("a woman wearing a black cardigan and a white t - shirt", failure="contradiction"),
        wearing("a cardigan and a white t - shirt", who="she"),
        color_of("cardigan", "white", failure="other_garment_color", kind="open"),
        describe("cardigan", "it's a long sleeve cardigan"),
        details("cardigan", "buttons"),
        is_a("cardigan", "yes"),
        color_of("pants", "black", kind="open"),
        gender="Women",
        title="DressBerry Women Navy Blue Solid Cardigan",
        category="Sweaters",
        color="Navy Blue",
    ),
    # X1257-003. Photo: model, front; charcoal grey-melange longline open-front shrug, no buttons, over a black
    # sleeveless bodycon dress, black heels. Base zero-shot wrote every text.
    case(
        "X1257-003",
        caption("a woman in a black dress and a grey cardigan"),
        wearing("a black dress", who="she"),
        color_of("shrug", "black", failure="other_garment_color", kind="open"),
        describe("shrug", "a long cardigan"),
        details("shrug", "long sleeves"),
        is_a("shrug", "no", failure="contradiction"),
        color_of("pants", "black", kind="open"),
        gender="Women",
        title="HERE&NOW Women Charcoal Grey Solid Longline Shrug",
        category="Shrug",
        color="Charcoal",
    ),
    # X1257-004. Photo: model, front; olive green hooded puffer jacket, zipped, over mid-blue jeans, white sneakers.
    # Base zero-shot wrote every text: the jacket's green repeated for the jeans.
    case(
        "X1257-004",
        caption("a woman wearing a green puffer jacket and jeans"),
        wearing("a green jacket and jeans", who="she"),
        color_of("jacket", "green", kind="open"),
        describe("jacket", "it is a jacket", failure="non_answer"),
        details("jacket", "it has a hood and a zipper"),
        is_a("jacket", "yes"),
        color_of("pants", "green", failure="other_garment_color", kind="open"),
        gender="Women",
        title="Mast & Harbour Women Olive Green Solid Hooded Padded Jacket",
        category="Jackets",
        color="Olive",
    ),
    # X1257-005. Photo: model, front; beige knee-length double-breasted overcoat worn open, no belt, over a black
    # turtleneck and black trousers. Base zero-shot wrote every text: the belt is invented.
    case(
        "X1257-005",
        caption("a woman wearing a beige coat and black pants"),
        wearing("a coat", who="she"),
        color_of("coat", "beige", kind="open"),
        describe("coat", "a long coat"),
        details("coat", "buttons and a belt", failure="unsupported"),
        is_a("coat", "yes"),
        color_of("pants", "black", kind="open"),
        gender="Women",
        title="Tokyo Talkies Women Beige Solid Double-Breasted Overcoat",
        category="Coats",
        color="Beige",
    ),
    # X1257-006. Photo: model, front; maroon pointelle (open-work) round-neck pullover, white jeans. Base zero-shot
    # wrote every text.
    case(
        "X1257-006",
        caption("a woman in a red sweater and white jeans"),
        wearing("a red sweater and white pants", who="she"),
        color_of("sweater", "red", kind="open"),
        describe("sweater", "it is a sweater", failure="non_answer"),
        details("sweater", "it has a lace pattern on the front"),
        is_a("sweater", "yes"),
        color_of("pants", "white", kind="open"),
        gender="Women",
        title="Harpa Women Maroon Self Design Pointelle Pullover",
        category="Sweaters",
        color="Maroon",
    ),
    # X1257-007. Photo: back view, hair in a low bun; black longline coat with a back vent, black trousers, black
    # ankle boots. Base zero-shot wrote every text: "man" in the caption.
    case(
        "X1257-007",
        caption("the back of a man in a long black coat", failure="pronoun"),
        wearing("a black coat", who="she"),
        color_of("coat", "black", kind="open"),
        describe("coat", "a long black coat"),
        details("coat", "a slit in the back"),
        is_a("coat", "yes"),
        color_of("pants", "black", kind="open"),
        gender="Women",
        title="Vero Moda Women Black Solid Longline Coat",
        category="Coats",
        color="Black",
    ),
    # X1257-008. Photo: flat lay on white; off-white cable-knit cardigan, buttoned, no pockets. Base zero-shot wrote
    # every text: pockets invented, and a color given for pants that are not there.
    case(
        "X1257-008",
        caption("a white sweater with buttons on a white background"),
        wearing("a white sweater", who="she"),
        color_of("cardigan", "white", kind="open"),
        describe("cardigan", "it's a white cardigan with buttons"),
        details("cardigan", "cable knit, buttons, pockets", failure="unsupported"),
        is_a("cardigan", "yes"),
        color_of("pants", "white", failure="unsupported", kind="open"),
        gender="Women",
        title="ONLY Women Off-White Cable Knit Cardigan",
        category="Sweaters",
        color="Off White",
    ),
    # X1257-009. Photo: model, front; pink cropped open-front shrug over a white crop top and light-blue jeans. Base
    # zero-shot wrote every text: the description makes the product the crop top; the details loop.
    case(
        "X1257-009",
        caption("a woman wearing a pink cardigan and jeans"),
        wearing("a pink sweater and jeans", who="she"),
        color_of("shrug", "pink", kind="open"),
        describe("shrug", "a pink crop top", failure="contradiction"),
        details(
            "shrug",
            "the sleeves are long and the sleeves are long and the sleeves are long and the sleeves are long and the"
            " sleeves are long and the",
            failure="loop",
            hit_limit=True,
        ),
        is_a("shrug", "yes"),
        color_of("pants", "blue", kind="open"),
        gender="Women",
        title="SASSAFRAS Women Pink Solid Cropped Shrug",
        category="Shrug",
        color="Pink",
    ),
    # X1257-010. Photo: model, front, holding a coffee cup; grey-melange oversized crew-neck pullover, black leggings.
    # Base zero-shot wrote every text.
    case(
        "X1257-010",
        caption("a woman holding a cup of coffee wearing a grey sweater"),
        wearing("a grey sweater and black leggings", who="she"),
        color_of("sweater", "grey", kind="open"),
        describe("sweater", "it's a sweater", failure="non_answer"),
        details("sweater", "nothing", failure="non_answer"),
        is_a("sweater", "yes"),
        color_of("pants", "black", kind="open"),
        gender="Women",
        title="FOREVER 21 Women Grey Melange Solid Oversized Pullover",
        category="Sweaters",
        color="Grey Melange",
    ),
    # X1257-011. Photo: model, three-quarter walking pose; camel trench coat belted and closed, mid-blue jeans below
    # the hem, white sneakers, no scarf. Base zero-shot wrote every text: scarf invented, tan given to the jeans.
    case(
        "X1257-011",
        caption("a woman in a trench coat and white sneakers"),
        wearing("a trench coat and a scarf", failure="unsupported", who="she"),
        color_of("coat", "tan", kind="open"),
        describe("coat", "a tan trench coat with a belt"),
        details("coat", "belt and buttons"),
        is_a("coat", "yes"),
        color_of("pants", "tan", failure="other_garment_color", kind="open"),
        gender="Women",
        title="Marks & Spencer Women Camel Brown Solid Belted Trench Coat",
        category="Coats",
        color="Camel Brown",
    ),
    # X1257-012. Photo: model, front; mid-blue washed denim jacket (no hood) open over a white hoodie, hood out over
    # the collar; black jeans. Base zero-shot wrote every text: the hoodie's hood given to the jacket.
    case(
        "X1257-012",
        caption("a woman wearing a denim jacket and a white hoodie"),
        wearing("a denim jacket and a hoodie", who="she"),
        color_of("jacket", "blue", kind="open"),
        describe("jacket", "it is a denim jacket"),
        details("jacket", "it has a hood", failure="unsupported"),
        is_a("jacket", "yes"),
        color_of("pants", "black", kind="open"),
        gender="Women",
        title="Roadster Women Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
    ),
    # X1257-013. Photo: model, front; lavender V-neck cardigan buttoned all the way and worn as a top, white
    # trousers. Base zero-shot wrote every text: says it is not a cardigan.
    case(
        "X1257-013",
        caption("a woman in a purple sweater and white pants"),
        wearing("a purple sweater", who="she"),
        color_of("cardigan", "purple", kind="open"),
        describe("cardigan", "it's a purple sweater with buttons"),
        details("cardigan", "buttons"),
        is_a("cardigan", "no", failure="contradiction"),
        color_of("pants", "white", kind="open"),
        gender="Women",
        title="DressBerry Women Lavender Solid V-Neck Cardigan",
        category="Sweaters",
        color="Lavender",
    ),
    # X1257-014. Photo: model, front; navy puffer jacket, zipped, stand collar, no hood; grey joggers. Base zero-shot
    # wrote every text: navy read as black in the caption; hood invented.
    case(
        "X1257-014",
        caption("a woman wearing a black puffer jacket", failure="contradiction"),
        wearing("a puffer jacket and grey sweatpants", who="she"),
        color_of("jacket", "blue", kind="open"),
        describe("jacket", "a puffer jacket"),
        details("jacket", "it has a zipper and a hood", failure="unsupported"),
        is_a("jacket", "yes"),
        color_of("pants", "grey", kind="open"),
        gender="Women",
        title="U.S. Polo Assn. Women Navy Blue Solid Puffer Jacket",
        category="Jackets",
        color="Navy Blue",
    ),
    # X1257-015. Photo: model, front; teal long-sleeved knee-length open shrug with an embroidered border at the hem,
    # over a white printed straight kurta and white palazzos. Base zero-shot wrote every text.
    case(
        "X1257-015",
        caption("a woman wearing a green jacket over a white dress"),
        wearing("a white dress and a green jacket", who="she"),
        color_of("shrug", "white", failure="other_garment_color", kind="open"),
        describe("shrug", "it is a long jacket"),
        details("shrug", "the embroidery on the bottom"),
        is_a("shrug", "no", failure="contradiction"),
        color_of("pants", "white", kind="open"),
        gender="Women",
        title="W Women Teal Solid Longline Shrug with Embroidered Border",
        category="Shrug",
        color="Teal",
    ),
    # X1257-016. Photo: model, front; black satin bomber jacket with ribbed cuffs and hem, zipped halfway over a
    # white tee, mid-blue jeans. Base zero-shot wrote every text: details leaks the prompt format to the limit; the
    # jacket's black given to the jeans.
    case(
        "X1257-016",
        caption("a woman wearing a black bomber jacket and jeans"),
        wearing("a black jacket, white t - shirt and jeans", who="she"),
        color_of("jacket", "black", kind="open"),
        describe("jacket", "it's a bomber jacket"),
        details(
            "jacket",
            "the zipper Question: What is the color of the jacket? Answer: black Question: What is the color of the"
            " pants? Answer:",
            failure="leak",
            hit_limit=True,
        ),
        is_a("jacket", "yes"),
        color_of("pants", "black", failure="other_garment_color", kind="open"),
        gender="Women",
        title="Kook N Keech Women Black Solid Bomber Jacket",
        category="Jackets",
        color="Black",
    ),
    # X1257-017. Photo: model, front; white pullover with black horizontal stripes, round neck, long sleeves, black
    # mini skirt, black tights. Base zero-shot wrote every text: the description runs on and is cut at the limit.
    case(
        "X1257-017",
        caption("a woman wearing a striped sweater and a black skirt"),
        wearing("a striped sweater and a black skirt", who="she"),
        color_of("sweater", "black and white", kind="open"),
        describe(
            "sweater",
            "a white sweater with black stripes on the front and back, and black stripes on the sleeves. the sweater"
            " has a round neck and long sleeves and is made of",
            failure="cut",
            hit_limit=True,
        ),
        details("sweater", "stripes"),
        is_a("sweater", "yes"),
        color_of("pants", "black", kind="open"),
        gender="Women",
        title="Tokyo Talkies Women White & Black Striped Pullover",
        category="Sweaters",
        color="White",
    ),
    # X1257-018. Photo: model, front; cream sherpa fleece jacket worn open over a chocolate-brown turtleneck, brown
    # trousers. Base zero-shot wrote every text: the turtleneck's brown for the jacket; the details loop.
    case(
        "X1257-018",
        caption("a woman wearing a white fur jacket and brown pants"),
        wearing("a white coat", who="she"),
        color_of("jacket", "brown", failure="other_garment_color", kind="open"),
        describe("jacket", "a white fluffy jacket"),
        details(
            "jacket",
            "the jacket is fluffy and the jacket is fluffy and the jacket is fluffy and the jacket is fluffy and the"
            " jacket is",
            failure="loop",
            hit_limit=True,
        ),
        is_a("jacket", "yes"),
        color_of("pants", "brown", kind="open"),
        gender="Women",
        title="HERE&NOW Women Cream Solid Sherpa Jacket",
        category="Jackets",
        color="Cream",
    ),
    # X1257-019. Photo: model, front, holding a brown paper shopping bag; red turtleneck pullover, mid-blue jeans.
    # Base zero-shot wrote every text: details leaks a next question; red given to the jeans.
    case(
        "X1257-019",
        caption("a woman in a red sweater holding a shopping bag"),
        wearing("a red turtleneck sweater", who="she"),
        color_of("sweater", "red", kind="open"),
        describe("sweater", "red"),
        details("sweater", "turtleneck question: what is the color of the pants? answer: blue", failure="leak"),
        is_a("sweater", "yes"),
        color_of("pants", "red", failure="other_garment_color", kind="open"),
        gender="Women",
        title="Vero Moda Women Red Solid Turtle Neck Pullover",
        category="Sweaters",
        color="Red",
    ),
    # X1257-020. Photo: model, front, hood up with faux-fur trim framing the face; grey parka, black jeans. Base
    # zero-shot wrote every text: "man" in the caption; grey given to the jeans.
    case(
        "X1257-020",
        caption("a man wearing a grey parka with a fur hood", failure="pronoun"),
        wearing("a parka", who="she"),
        color_of("jacket", "grey", kind="open"),
        describe("jacket", "a grey parka with a fur hood"),
        details("jacket", "it's a parka", failure="non_answer"),
        is_a("jacket", "yes"),
        color_of("pants", "grey", failure="other_garment_color", kind="open"),
        gender="Women",
        title="Fort Collins Women Grey Solid Hooded Parka Jacket",
        category="Jackets",
        color="Grey",
    ),
    # X1257-021. Photo: model, front; sheer black sequinned shrug, elbow sleeves, over a red midi dress. Base
    # zero-shot wrote every text: the dress's red for the shrug, and the description turns it into the dress.
    case(
        "X1257-021",
        caption("a woman in a red dress with a black shawl"),
        wearing("a red dress", who="she"),
        color_of("shrug", "red", failure="other_garment_color", kind="open"),
        describe("shrug", "it's a red dress with a black lace top", failure="contradiction"),
        details("shrug", "sequins"),
        is_a("shrug", "yes"),
        color_of("pants", "red", kind="open"),
        title="Madame Women Black Embellished Sheer Shrug",
        category="Shrug",
        color="Black",
    ),
    # X1257-022. Photo: model, front; navy wool-blend cardigan buttoned over a white collared shirt (collar out),
    # khaki chinos. Base zero-shot wrote every text: the shirt's white given to the chinos.
    case(
        "X1257-022",
        caption("a woman wearing a blue sweater and a white shirt"),
        wearing("a blue sweater and a white shirt", who="she"),
        color_of("cardigan", "navy", kind="open"),
        describe("cardigan", "a blue sweater with buttons"),
        details("cardigan", "the sweater is made of wool"),
        is_a("cardigan", "yes"),
        color_of("pants", "white", failure="other_garment_color", kind="open"),
        gender="Women",
        title="Monte Carlo Women Navy Blue Self Design Wool Blend Cardigan",
        category="Sweaters",
        color="Navy Blue",
    ),
    # X1257-023. Photo: model, front, slight tilt; bottle-green cropped cardigan buttoned and worn as a top, black
    # high-waist trousers. Base zero-shot wrote every text.
    case(
        "X1257-023",
        caption("a woman wearing a green crop top and black pants"),
        wearing("a green top and black pants", who="she"),
        color_of("cardigan", "green", kind="open"),
        describe("cardigan", "a green knit crop top with buttons"),
        details("cardigan", "buttons"),
        is_a("cardigan", "no", failure="contradiction"),
        color_of("pants", "black", kind="open"),
        gender="Women",
        title="Qurvii Women Green Solid Crop Cardigan",
        category="Sweaters",
        color="Green",
    ),
    # X1257-024. Photo: model, front; oatmeal-beige longline coat, notched lapels, flap pockets, open over a white
    # tee and white trousers. Base zero-shot wrote every text: the caption calls the coat white.
    case(
        "X1257-024",
        caption("a woman wearing a white coat and white pants", failure="contradiction"),
        wearing("a coat", who="she"),
        color_of("coat", "beige", kind="open"),
        describe("coat", "a long coat with a collar"),
        details("coat", "the coat has a collar and pockets"),
        is_a("coat", "yes"),
        color_of("pants", "white", kind="open"),
        gender="Women",
        title="StyleStone Women Beige Solid Longline Coat",
        category="Coats",
        color="Beige",
    ),
    # X1257-025. Photo: model, front, no accessories; black faux-leather biker jacket with asymmetric zip over a grey
    # tee, mid-blue ripped jeans. Base zero-shot wrote every text: sunglasses invented; black given to the jeans.
    case(
        "X1257-025",
        caption("a woman wearing a black leather jacket and sunglasses", failure="unsupported"),
        wearing("leather jacket and jeans", who="she"),
        color_of("jacket", "black", kind="open"),
        describe("jacket", "a black leather jacket with zippers"),
        details("jacket", "zippers"),
        is_a("jacket", "yes"),
        color_of("pants", "black", failure="other_garment_color", kind="open"),
        gender="Women",
        title="Trend Arrest Women Black Solid Faux Leather Biker Jacket",
        category="Jackets",
        color="Black",
    ),
    # X1257-026. Photo: back view; grey-melange longline open-front cardigan without pockets, black jeans. Base
    # zero-shot wrote every text: pockets invented for a garment seen from the back.
    case(
        "X1257-026",
        caption("a woman in a grey cardigan with her back to the camera"),
        wearing("a grey sweater", who="she"),
        color_of("cardigan", "grey", kind="open"),
        describe("cardigan", "the cardigan is a cardigan", failure="restated"),
        details("cardigan", "pockets", failure="unsupported"),
        is_a("cardigan", "yes"),
        color_of("pants", "black", kind="open"),
        gender="Women",
        title="Roadster Women Grey Melange Longline Open Front Cardigan",
        category="Sweaters",
        color="Grey Melange",
    ),
    # X1257-027. Photo: model, front; white crochet open shrug over a black camisole top, mid-blue jeans. Base
    # zero-shot wrote every text: the top's black for the shrug.
    case(
        "X1257-027",
        caption("a woman wearing a white lace cardigan and a black top"),
        wearing("a black top and jeans", who="she"),
        color_of("shrug", "black", failure="other_garment_color", kind="open"),
        describe("shrug", "a white lace shrug"),
        details("shrug", "the shrug", failure="restated"),
        is_a("shrug", "yes"),
        color_of("pants", "blue", kind="open"),
        gender="Women",
        title="Harpa Women White Crochet Shrug",
        category="Shrug",
    ),
    # X1257-028. Photo: model, front; peach hooded puffer jacket, hood down, white leggings, white sneakers. Base
    # zero-shot wrote every text: details leaks a question; the jacket's color given to the leggings.
    case(
        "X1257-028",
        caption("a woman wearing a pink puffer jacket"),
        wearing("a pink jacket and white pants", who="she"),
        color_of("jacket", "pink", kind="open"),
        describe("jacket", "it is a pink jacket"),
        details("jacket", "the hood Question: What is the color of the hood? Answer: pink", failure="leak"),
        is_a("jacket", "yes"),
        color_of("pants", "pink", failure="other_garment_color", kind="open"),
        gender="Women",
        title="Sztori Women Peach-Coloured Solid Hooded Puffer Jacket",
        category="Jackets",
        color="Peach",
    ),
    # X1257-029. Photo: model, front, black handbag on the arm; brown-and-beige checked overcoat over a black
    # turtleneck, black trousers. Base zero-shot wrote every text: the details loop one word to the limit.
    case(
        "X1257-029",
        caption("a woman in a plaid coat holding a black purse"),
        wearing("a plaid coat", who="she"),
        color_of("coat", "brown", kind="open"),
        describe("coat", "a brown plaid coat"),
        details(
            "coat",
            "plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid"
            " plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid",
            failure="loop",
            hit_limit=True,
        ),
        is_a("coat", "yes"),
        color_of("pants", "black", kind="open"),
        gender="Women",
        title="Okane Women Brown Checked Overcoat",
        category="Coats",
        color="Brown",
    ),
    # X1257-030. Photo: model, front; rust sleeveless V-neck sweater vest over a white full-sleeve shirt, mid-blue
    # jeans. Base zero-shot wrote every text: the shirt's white sleeves given to the vest; "no" to sweater.
    case(
        "X1257-030",
        caption("a woman wearing a brown sweater vest and a white shirt"),
        wearing("a sweater vest", who="she"),
        color_of("sweater", "brown", kind="open"),
        describe("sweater", "a brown sweater vest over a white shirt"),
        details("sweater", "the sleeves are white", failure="other_garment_color"),
        is_a("sweater", "no", failure="contradiction"),
        color_of("pants", "blue", kind="open"),
        gender="Women",
        title="Cayman Women Rust Solid Sweater Vest",
        category="Sweaters",
        color="Rust",
    ),
    # X1257-031. Photo: model, front; burgundy wrap cardigan tied at the waist, worn as a top, black A-line skirt.
    # Base zero-shot wrote every text: the outfit read as a dress; the details only repeat the garment.
    case(
        "X1257-031",
        caption("a woman wearing a red sweater and a black skirt"),
        wearing("a red dress", failure="contradiction", who="she"),
        color_of("cardigan", "maroon", kind="open"),
        describe("cardigan", "a wrap sweater"),
        details("cardigan", "a sweater", failure="non_answer"),
        is_a("cardigan", "yes"),
        color_of("pants", "black", kind="open"),
        gender="Women",
        title="DressBerry Women Burgundy Solid Wrap Cardigan",
        category="Sweaters",
        color="Burgundy",
    ),
    # X1257-032. Photo: flat lay on white; navy pullover with a white-and-red fair isle snowflake yoke. Base zero-shot
    # wrote every text: a pants color for a photo with no pants.
    case(
        "X1257-032",
        caption("a blue sweater with a snowflake pattern"),
        wearing("a sweater", who="she"),
        color_of("sweater", "blue", kind="open"),
        describe("sweater", "a blue and white sweater with a fair isle pattern"),
        details("sweater", "snowflakes"),
        is_a("sweater", "yes"),
        color_of("pants", "blue", failure="unsupported", kind="open"),
        gender="Women",
        title="Marks & Spencer Women Navy Blue Fair Isle Pullover",
        category="Sweaters",
        color="Navy Blue",
    ),
    # X1257-033. Photo: camel wool-blend overcoat on a wooden hanger against a white wall, no person. Base zero-shot
    # wrote every text: the description loops; a pants color invented.
    case(
        "X1257-033",
        caption("a brown coat hanging on a white wall"),
        wearing("a coat", who="she"),
        color_of("coat", "brown", kind="open"),
        describe(
            "coat",
            "a coat that is hanging on a hanger and is hanging on a hanger and is hanging on a hanger and is",
            failure="loop",
            hit_limit=True,
        ),
        details("coat", "buttons"),
        is_a("coat", "yes"),
        color_of("pants", "brown", failure="unsupported", kind="open"),
        gender="Women",
        title="Vero Moda Women Camel Brown Wool Blend Overcoat",
        category="Coats",
    ),
    # X1257-034. Photo: model, front; black cropped puffer jacket, zipped, white wide-leg trousers. Base zero-shot
    # wrote every text: the details answer is empty; black given to the white trousers.
    case(
        "X1257-034",
        caption("a woman wearing a black jacket and white pants"),
        wearing("a black jacket and white pants", who="she"),
        color_of("jacket", "black", kind="open"),
        describe("jacket", "a black puffer jacket"),
        details("jacket", "", failure="non_answer"),
        is_a("jacket", "yes"),
        color_of("pants", "black", failure="other_garment_color", kind="open"),
        gender="Women",
        title="Tokyo Talkies Women Black Solid Cropped Puffer Jacket",
        category="Jackets",
        color="Black",
    ),
    # X1257-035. Photo: model, front; mauve open shrug with three-quarter sleeves over a grey tank top, grey joggers.
    # Base zero-shot wrote every text: the tank's grey for the shrug.
    case(
        "X1257-035",
        caption("a woman wearing a purple cardigan and grey pants"),
        wearing("a purple sweater and grey pants", who="she"),
        color_of("shrug", "grey", failure="other_garment_color", kind="open"),
        describe("shrug", "it's a shrug", failure="restated"),
        details("shrug", "three quarter sleeves"),
        is_a("shrug", "yes"),
        color_of("pants", "grey", kind="open"),
        gender="Women",
        title="HERE&NOW Women Mauve Solid Open Front Shrug",
        category="Shrug",
        color="Mauve",
    ),
    # X1257-036. Photo: model, front, bare head; khaki cotton utility jacket with four flap pockets, over a black
    # tee, black jeans. Base zero-shot wrote every text: a hat invented; the details loop.
    case(
        "X1257-036",
        caption("a woman wearing a green jacket and black jeans"),
        wearing("a jacket and a hat", failure="unsupported", who="she"),
        color_of("jacket", "khaki", kind="open"),
        describe("jacket", "a military jacket"),
        details(
            "jacket",
            "pockets on the front of the jacket, pockets on the back of the jacket, pockets on the sleeves of the"
            " jacket, pockets on the",
            failure="loop",
            hit_limit=True,
        ),
        is_a("jacket", "yes"),
        color_of("pants", "black", kind="open"),
        gender="Women",
        title="Mast & Harbour Women Khaki Solid Utility Jacket",
        category="Jackets",
        color="Khaki",
    ),
    # X1257-037. Photo: model seated on a wooden stool; cream cable-knit pullover (acrylic), brown corduroy trousers.
    # Base zero-shot wrote every text: wool guessed.
    case(
        "X1257-037",
        caption("a woman sitting on a stool wearing a white sweater"),
        wearing("a white sweater and brown pants", who="she"),
        color_of("sweater", "white", kind="open"),
        describe("sweater", "it's a knit sweater"),
        details("sweater", "the sweater is made of wool", failure="unsupported"),
        is_a("sweater", "yes"),
        color_of("pants", "brown", kind="open"),
        gender="Women",
        title="ONLY Women Cream Self Design Acrylic Pullover",
        category="Sweaters",
        color="Cream",
    ),
    # X1257-038. Photo: model, front, hood up and zipped to the chin; yellow hooded puffer jacket, black trousers.
    # Base zero-shot wrote every text: "man" in the caption; yellow given to the trousers.
    case(
        "X1257-038",
        caption("a man wearing a yellow jacket with a hood", failure="pronoun"),
        wearing("a yellow jacket", who="she"),
        color_of("jacket", "yellow", kind="open"),
        describe("jacket", "a yellow puffer jacket with a hood"),
        details("jacket", "the hood"),
        is_a("jacket", "yes"),
        color_of("pants", "yellow", failure="other_garment_color", kind="open"),
        gender="Women",
        title="Roadster Women Yellow Solid Hooded Puffer Jacket",
        category="Jackets",
        color="Yellow",
    ),
    # X1257-039. Photo: model, front; olive open-front cardigan with two patch pockets, no hood, over a white midi
    # dress with red flowers. Base zero-shot wrote every text: the dress's print given to the cardigan; hood invented.
    case(
        "X1257-039",
        caption("a woman wearing a green cardigan and a floral dress"),
        wearing("a floral dress and a green cardigan", who="she"),
        color_of("cardigan", "green", kind="open"),
        describe("cardigan", "a green cardigan with a floral print", failure="contradiction"),
        details("cardigan", "pockets and a hood", failure="unsupported"),
        is_a("cardigan", "yes"),
        color_of("pants", "white", kind="open"),
        gender="Women",
        title="Harpa Women Olive Green Solid Open Front Cardigan",
        category="Sweaters",
        color="Olive",
    ),
    # X1257-040. Photo: model, front, black beret; grey double-breasted peacoat, buttoned, black jeans. Base zero-shot
    # wrote every text: the coat's grey given to the jeans.
    case(
        "X1257-040",
        caption("a woman in a grey coat and a black hat"),
        wearing("a coat and hat", who="she"),
        color_of("coat", "grey", kind="open"),
        describe("coat", "a grey pea coat"),
        details("coat", "it's a coat", failure="non_answer"),
        is_a("coat", "yes"),
        color_of("pants", "grey", failure="other_garment_color", kind="open"),
        title="Madame Women Grey Solid Double-Breasted Peacoat",
        category="Coats",
        color="Grey",
    ),
    # X1257-041. Photo: model, front; pink fuzzy cropped cardigan with pearl buttons, worn open over a white cami,
    # mid-blue jeans. Base zero-shot wrote every text: a long description cut at the limit.
    case(
        "X1257-041",
        caption("a woman in a pink sweater and jeans"),
        wearing("pink sweater and jeans", who="she"),
        color_of("cardigan", "pink", kind="open"),
        describe(
            "cardigan",
            "it's a pink fuzzy cardigan with white buttons down the front and a cropped fit, worn over a white tank"
            " top with a pair of",
            failure="cut",
            hit_limit=True,
        ),
        details("cardigan", "the buttons are pearl"),
        is_a("cardigan", "yes"),
        color_of("pants", "blue", kind="open"),
        gender="Women",
        title="FOREVER 21 Women Pink Fuzzy Cropped Cardigan",
        category="Sweaters",
        color="Pink",
    ),
    # X1257-042. Photo: model, front; navy quilted jacket with snap buttons, open over a red-and-black check flannel
    # shirt, mid-blue jeans. Base zero-shot wrote every text: the shirt's red for the jacket; "wearing" loops.
    case(
        "X1257-042",
        caption("a woman wearing a blue quilted jacket and a plaid shirt"),
        wearing(
            "a jacket and a plaid shirt and a plaid shirt and a plaid shirt and a plaid shirt and a plaid shirt and a"
            " plaid",
            failure="loop",
            who="she",
            hit_limit=True,
        ),
        color_of("jacket", "red", failure="other_garment_color", kind="open"),
        describe("jacket", "a quilted jacket"),
        details("jacket", "quilted"),
        is_a("jacket", "yes"),
        color_of("pants", "blue", kind="open"),
        gender="Women",
        title="Fort Collins Women Navy Blue Solid Quilted Jacket",
        category="Jackets",
        color="Navy Blue",
    ),
    # X1257-043. Photo: model, front; off-white crew-neck pullover with "BONJOUR" in black letters across the chest,
    # black jeans. Base zero-shot wrote every text; all correct.
    case(
        "X1257-043",
        caption("a woman wearing a white sweater that says bonjour"),
        wearing("a white sweater", who="she"),
        color_of("sweater", "white", kind="open"),
        describe("sweater", "a white sweater with the word bonjour on it"),
        details("sweater", "bonjour"),
        is_a("sweater", "yes"),
        color_of("pants", "black", kind="open"),
        gender="Women",
        title="Tokyo Talkies Women Off-White Typography Printed Pullover",
        category="Sweaters",
        color="Off White",
    ),
    # X1257-044. Photo: model, front; teal V-neck pullover over a white collared shirt, grey trousers. Base zero-shot
    # wrote every text: the description loops; the shirt's white given to the grey trousers.
    case(
        "X1257-044",
        caption("a woman wearing a blue sweater and a white shirt"),
        wearing("a sweater and a white shirt", who="she"),
        color_of("sweater", "blue", kind="open"),
        describe(
            "sweater",
            "it is a v neck sweater with a white collar shirt underneath it and a white collar shirt underneath it and"
            " a white",
            failure="loop",
            hit_limit=True,
        ),
        details("sweater", "v neck"),
        is_a("sweater", "yes"),
        color_of("pants", "white", failure="other_garment_color", kind="open"),
        gender="Women",
        title="Mast & Harbour Women Teal Blue Solid V-Neck Pullover",
        color="Teal",
    ),
    # X1257-045. Photo: model, front; tan suede-look shacket (shirt-style jacket, button front, no fringe) over a
    # white tee, black jeans. Base zero-shot wrote every text: fringe invented; "no" to jacket.
    case(
        "X1257-045",
        caption("a woman wearing a brown suede jacket"),
        wearing("a brown jacket and black jeans", who="she"),
        color_of("jacket", "brown", kind="open"),
        describe("jacket", "a brown suede jacket with a fringe", failure="unsupported"),
        details("jacket", "buttons"),
        is_a("jacket", "no", failure="contradiction"),
        color_of("pants", "black", kind="open"),
        gender="Women",
        title="Trend Arrest Women Tan Brown Solid Suede Shacket",
        category="Jackets",
        color="Tan",
    ),
]
