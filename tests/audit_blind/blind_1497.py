"""BLIND_1497 (45 products; Myntra women's winterwear over layers, base): written blind in the sixty-fifth session.
Measured blind at eb96f22 (the session's fourth rules): 39/55 failures found (70.9%) and 19/207 correct texts flagged
(9.2%). The writer's notes, verbatim:

Scenario: a Myntra women's winterwear feed (sweaters, cardigans, shrugs, coats, jackets), photographed the usual
catalog way: a model on a plain studio backdrop wearing the product over other clothes (a tee, a turtleneck, a dress,
a hoodie, a collared shirt) with jeans, trousers, skirts or leggings; now and then a back view, a flat lay, or a prop
(coffee cup, umbrella, handbag, phone, mug). Catalog columns as Myntra ships them: title, category (articleType:
Sweaters, Shrug, Coats, Jackets; Myntra files cardigans under Sweaters), color (baseColour), gender; a column is
missing on a few rows, as in real feeds.
Who wrote what: every text comes from the untuned base Salesforce/blip2-opt-2.7b, zero-shot, 8-bit, greedy. The
caption is the unprompted generation (50 new tokens max); the answers use the experiments' questionnaire in the
`Question: ... Answer:` format (30 new tokens max), with the garment word adapted to the product: What is she
wearing? What is the color of the <garment>? (and of the jeans / pants / skirt / leggings when they show) Describe
the <garment>. What are the <garment> details? plus, on some products, the VQA data's yes/no "Is this a <garment>?".
Color answers are free generation, so they are stored open. The base model stops on the newline, so answers are
mostly short; loops and cuts are rare here (three products), unlike the adapters. About a fifth of the texts are
wrong, fewer than with the adapters: the base model's short answers are mostly right, and its errors gather on the
layer under the product, on "details" and on the yes/no question.
Labeling conventions and judgement calls: judged against the photo I imagined (comment above each case) and the
title. Near hues count as right (navy -> blue, maroon/burgundy/rust -> red or brown, cream/off white -> white,
peach -> pink, lavender -> purple, khaki/olive -> green, camel -> tan/brown). The dominant failure of this scenario
is the layer underneath: a color question about the sweater/shrug answered with the inner top's or dress's color is
other_garment_color; a description or detail that turns the product into the dress/top underneath (its kind, its
print, its sleeves) is contradiction; the product's color given to the jeans/pants is contradiction (one color for
two garments). A detail that exists only on the layer underneath (the hoodie's hood, the shirt's collar, the cami's
lace) or nowhere in the photo is unsupported. "yes" to "Is this a cardigan / jacket?" for a pullover or a shrug is
contradiction. "What is she wearing?" answered with only the dress or top underneath is true and left correct. A
details answer that only gives the garment back ("it is a shrug") is non_answer; one that gives back only the
color, or echoes the question in a sentence, is restated/non_answer as marked. A shacket called a "plaid shirt" is
left correct (it is a shirt-jacket), but "no" to "Is this a jacket?" for it is contradiction. "a man" / "he" for the
woman model is pronoun. The flat lay's "nothing" to "What is she wearing?" is non_answer, its "a sweater" elsewhere
is left correct.
"""

from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

SHE = "she"
W = "Women"

BLIND_1497 = [
    # Photo: model in a mustard crew-neck pullover, blue jeans, white backdrop. Base zero-shot wrote all texts.
    case(
        "X1497-001",
        caption("a woman wearing a yellow sweater and jeans"),
        wearing("a yellow sweater", who=SHE),
        color_of("sweater", "yellow", kind="open"),
        color_of("jeans", "blue", kind="open"),
        describe("sweater", "it is a yellow sweater"),
        details("sweater", "ribbed"),
        gender=W,
        title="Roadster Women Mustard Yellow Solid Pullover Sweater",
        category="Sweaters",
        color="Mustard",
    ),
    # Photo: beige longline open-front shrug over a black tank top, black jeggings. Base zero-shot wrote all texts.
    case(
        "X1497-002",
        caption("a woman wearing a black top and a beige cardigan"),
        wearing("a black top and a cardigan", who=SHE),
        color_of("shrug", "black", "other_garment_color", kind="open"),
        describe("shrug", "it is a long cardigan"),
        details("shrug", "it is a shrug", "non_answer"),
        is_a("jacket", "yes", "contradiction"),
        gender=W,
        title="Mast & Harbour Women Beige Solid Longline Open Front Shrug",
        category="Shrug",
        color="Beige",
    ),
    # Photo: camel belted double-breasted overcoat, knee length, over a white turtleneck, black trousers, tan
    # handbag on the arm. Base zero-shot wrote all texts.
    case(
        "X1497-003",
        caption("a woman in a tan coat holding a handbag"),
        wearing("a coat", who=SHE),
        color_of("coat", "tan", kind="open"),
        color_of("pants", "black", kind="open"),
        describe("coat", "it is a long coat with a belt"),
        details("coat", "the coat has a belt and buttons"),
        gender=W,
        title="DressBerry Women Camel Brown Solid Double-Breasted Overcoat with Belt",
        category="Coats",
        color="Brown",
    ),
    # Photo: olive padded puffer jacket, hood down (no fur trim anywhere), black leggings. Base zero-shot, all texts.
    case(
        "X1497-004",
        caption("a woman wearing a green puffer jacket"),
        wearing("a green jacket", who=SHE),
        color_of("jacket", "green", kind="open"),
        color_of("leggings", "green", "contradiction", kind="open"),
        describe("jacket", "it is a puffer jacket"),
        details("jacket", "it has a hood and a fur trim", "unsupported"),
        gender=W,
        title="HERE&NOW Women Olive Green Solid Hooded Padded Puffer Jacket",
        category="Jackets",
        color="Olive",
    ),
    # Photo: flat lay of an off-white cable-knit sweater on a wooden floor, no person. Base zero-shot, all texts.
    case(
        "X1497-005",
        caption("a white knit sweater on a wooden floor"),
        wearing("a sweater", who=SHE),
        color_of("sweater", "white", kind="open"),
        describe("sweater", "cable knit"),
        details("sweater", "cable knit"),
        is_a("sweater", "yes"),
        gender=W,
        title="Vero Moda Women Off White Cable Knit Pullover",
        category="Sweaters",
        color="Off White",
    ),
    # Photo: solid black longline shrug worn open over a red floral midi dress. Base zero-shot wrote all texts.
    case(
        "X1497-006",
        caption("a woman wearing a red floral dress and a black cardigan"),
        wearing("a red dress", who=SHE),
        color_of("shrug", "red", "other_garment_color", kind="open"),
        describe("shrug", "it is a red floral dress", "contradiction"),
        details("shrug", "floral", "contradiction"),
        gender=W,
        title="ONLY Women Black Solid Longline Shrug",
        category="Shrug",
        color="Black",
    ),
    # Photo: pink self-design cropped sweater, white wide-leg trousers. Base zero-shot wrote all texts.
    case(
        "X1497-007",
        caption("a woman in a pink sweater and white pants"),
        wearing("a pink sweater and white pants", who=SHE),
        color_of("sweater", "pink", kind="open"),
        color_of("pants", "pink", "contradiction", kind="open"),
        describe("sweater", "a pink sweater"),
        details("sweater", "the sweater is made of cashmere", "unsupported"),
        gender=W,
        title="Tokyo Talkies Women Pink Self Design Crop Sweater",
        category="Sweaters",
        color="Pink",
    ),
    # Photo: back view of a woman with her hair tied up in a navy double-breasted peacoat, grey backdrop. Base
    # zero-shot wrote all texts.
    case(
        "X1497-008",
        caption("the back of a man in a navy coat", "pronoun"),
        wearing("a coat", who=SHE),
        color_of("coat", "blue", kind="open"),
        describe("coat", "it is a navy blue coat"),
        details("coat", "buttons"),
        gender=W,
        title="SASSAFRAS Women Navy Blue Solid Double-Breasted Peacoat",
        category="Coats",
        color="Navy Blue",
    ),
    # Photo: maroon open-front cardigan (no buttons) over a white tee, blue jeans. Base zero-shot wrote all texts.
    case(
        "X1497-009",
        caption("a woman wearing a maroon cardigan and jeans"),
        wearing("a white shirt and a red cardigan", who=SHE),
        color_of("cardigan", "maroon", kind="open"),
        color_of("jeans", "blue", kind="open"),
        describe("cardigan", "it is a red cardigan"),
        details("cardigan", "the cardigan has buttons", "unsupported"),
        gender=W,
        title="Harpa Women Maroon Solid Open Front Cardigan",
        category="Sweaters",
        color="Maroon",
    ),
    # Photo: black faux-leather biker jacket over a white graphic tee, light blue jeans. Base zero-shot, all texts.
    case(
        "X1497-010",
        caption("a woman wearing a black leather jacket and jeans"),
        wearing("a leather jacket", who=SHE),
        color_of("jacket", "black", kind="open"),
        color_of("jeans", "black", "contradiction", kind="open"),
        describe("jacket", "it is a black leather jacket"),
        details("jacket", "zippers"),
        gender=W,
        title="FabAlley Women Black Solid Faux Leather Biker Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: grey melange turtleneck pullover, black A-line skirt. Base zero-shot wrote all texts.
    case(
        "X1497-011",
        caption("a woman wearing a grey turtle neck sweater"),
        wearing("a sweater and a skirt", who=SHE),
        color_of("sweater", "grey", kind="open"),
        describe("sweater", "the sweater is grey"),
        details("sweater", "turtle neck"),
        is_a("cardigan", "yes", "contradiction"),
        gender=W,
        title="Marks & Spencer Women Grey Melange Turtle Neck Pullover",
        category="Sweaters",
        color="Grey Melange",
    ),
    # Photo: rust teddy (sherpa) jacket, no hood, open over a black hoodie whose hood shows; a coffee cup in hand.
    # Base zero-shot wrote all texts.
    case(
        "X1497-012",
        caption("a woman in a brown jacket holding a cup of coffee"),
        wearing("a black hoodie and a brown jacket", who=SHE),
        color_of("jacket", "black", "other_garment_color", kind="open"),
        describe("jacket", "a fluffy jacket"),
        details("jacket", "the jacket has a hood", "unsupported"),
        gender=W,
        title="Trendyol Women Rust Solid Teddy Jacket",
        category="Jackets",
        color="Rust",
    ),
    # Photo: red wool-blend longline coat over a black turtleneck, black trousers; bare head, no hat. Feed row has
    # no gender. Base zero-shot wrote all texts.
    case(
        "X1497-013",
        caption("a woman in a red coat and black hat", "unsupported"),
        wearing("a red coat", who=SHE),
        color_of("coat", "red", kind="open"),
        color_of("pants", "black", kind="open"),
        describe("coat", "it is a red coat"),
        details("coat", "red", "non_answer"),
        title="Monte Carlo Women Red Solid Wool Blend Longline Coat",
        category="Coats",
        color="Red",
    ),
    # Photo: navy-and-white horizontally striped pullover, white jeans. Base zero-shot wrote all texts.
    case(
        "X1497-014",
        caption("a woman wearing a striped sweater and white jeans"),
        wearing("a striped shirt", "contradiction", who=SHE),
        color_of("sweater", "blue and white", kind="open"),
        color_of("jeans", "white", kind="open"),
        describe("sweater", "striped"),
        details("sweater", "stripes"),
        gender=W,
        title="U.S. Polo Assn. Women Navy Blue Striped Pullover",
        category="Sweaters",
        color="Navy Blue",
    ),
    # Photo: lavender lightweight open-front shrug with 3/4 sleeves over a white bodycon dress. Base zero-shot.
    case(
        "X1497-015",
        caption("a woman wearing a white dress and a purple cardigan"),
        wearing("a white dress", who=SHE),
        color_of("shrug", "purple", kind="open"),
        describe("shrug", "it is a white dress", "contradiction"),
        details("shrug", "the sleeves", "non_answer"),
        gender=W,
        title="Madame Women Lavender Solid Open Front Shrug",
        category="Shrug",
        color="Lavender",
    ),
    # Photo: black quilted bomber-style padded jacket over a grey sweatshirt, black jeans. Base zero-shot.
    case(
        "X1497-016",
        caption("a woman wearing a black jacket and black pants"),
        wearing("a black jacket", who=SHE),
        color_of("jacket", "black", kind="open"),
        color_of("jeans", "black", kind="open"),
        describe("jacket", "it is a black bomber jacket"),
        details("jacket", "quilted"),
        gender=W,
        title="Fort Collins Women Black Solid Quilted Padded Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: peach fuzzy button-up cardigan worn buttoned as a top, tucked into blue mom jeans. Base zero-shot.
    case(
        "X1497-017",
        caption("a woman wearing a pink sweater and jeans"),
        wearing("a pink sweater and blue jeans", who=SHE),
        color_of("cardigan", "pink", kind="open"),
        color_of("jeans", "blue", kind="open"),
        describe("cardigan", "it is a fluffy pink cardigan with buttons"),
        details("cardigan", "buttons"),
        is_a("sweater", "yes"),
        gender=W,
        title="DressBerry Women Peach Solid Fuzzy Button-Up Cardigan",
        category="Sweaters",
        color="Peach",
    ),
    # Photo: charcoal longline hooded cardigan with patch pockets over a white top and black leggings; model sits on
    # a wooden stool. Base zero-shot wrote all texts.
    case(
        "X1497-018",
        caption("a woman sitting on a stool wearing a grey cardigan"),
        wearing("a grey cardigan and white shirt", who=SHE),
        color_of("cardigan", "white", "other_garment_color", kind="open"),
        describe("cardigan", "it is a long grey cardigan with a hood"),
        details("cardigan", "it has a hood and pockets"),
        gender=W,
        title="Roadster Women Charcoal Grey Solid Hooded Longline Cardigan",
        category="Sweaters",
        color="Charcoal",
    ),
    # Photo: beige belted trench coat (single belt, double-breasted front) over a white tee and blue jeans; a closed
    # black umbrella as prop. Base zero-shot wrote all texts; the details answer looped to the token limit.
    case(
        "X1497-019",
        caption("a woman in a trench coat holding an umbrella"),
        wearing("a trench coat", who=SHE),
        color_of("coat", "beige", kind="open"),
        color_of("jeans", "beige", "contradiction", kind="open"),
        describe("coat", "it is a beige trench coat"),
        details(
            "coat",
            "the trench coat has a belt and a double breasted front and a double breasted back and a double breasted"
            " back and a double breasted back",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Vero Moda Women Beige Solid Belted Trench Coat",
        category="Coats",
        color="Beige",
    ),
    # Photo: teal V-neck pullover with a white collared shirt under it (collar out), grey trousers. Base zero-shot.
    case(
        "X1497-020",
        caption("a woman wearing a blue sweater over a white shirt"),
        wearing("a sweater and a white shirt", who=SHE),
        color_of("sweater", "blue", kind="open"),
        color_of("pants", "grey", kind="open"),
        describe("sweater", "it is a blue v neck sweater"),
        details("sweater", "the collar", "unsupported"),
        gender=W,
        title="HERE&NOW Women Teal Blue Solid V-Neck Pullover",
        category="Sweaters",
        color="Teal",
    ),
    # Photo: black-and-white checked longline coat over a black turtleneck, black trousers. Feed row has no
    # category. Base zero-shot wrote all texts.
    case(
        "X1497-021",
        caption("a woman wearing a black and white plaid coat"),
        wearing("she is wearing a plaid coat", who=SHE),
        color_of("coat", "black", kind="open"),
        describe("coat", "it is a plaid coat"),
        details("coat", "the coat details are the details of the coat", "restated"),
        is_a("jacket", "no"),
        gender=W,
        title="Tokyo Talkies Women Black & White Checked Longline Coat",
        color="Black",
    ),
    # Photo: olive self-design cardigan, half buttoned, over a cream lace-trim camisole, cream trousers. Base
    # zero-shot wrote all texts.
    case(
        "X1497-022",
        caption("a woman wearing a green cardigan and white pants"),
        wearing("a green sweater", who=SHE),
        color_of("cardigan", "green", kind="open"),
        color_of("pants", "white", kind="open"),
        describe("cardigan", "the cardigan is green"),
        details("cardigan", "lace", "unsupported"),
        is_a("sweater", "yes"),
        gender=W,
        title="Mast & Harbour Women Olive Green Self Design Cardigan",
        category="Sweaters",
        color="Olive",
    ),
    # Photo: white faux-fur short jacket over a black slip dress, black boots. Base zero-shot wrote all texts.
    case(
        "X1497-023",
        caption("a woman in a white fur coat and black dress"),
        wearing("a fur coat", who=SHE),
        color_of("jacket", "white", kind="open"),
        describe("jacket", "it is a white fur jacket"),
        details("jacket", "it is made of mink fur", "unsupported"),
        gender=W,
        title="ONLY Women White Solid Faux Fur Jacket",
        category="Jackets",
        color="White",
    ),
    # Photo: burgundy ribbed cropped long-sleeve shrug (bolero) over a white satin slip dress. Base zero-shot.
    case(
        "X1497-024",
        caption("a woman wearing a white dress and a red cropped sweater"),
        wearing("a white dress", who=SHE),
        color_of("shrug", "white", "other_garment_color", kind="open"),
        describe("shrug", "it is a shrug", "non_answer"),
        details("shrug", "ribbed"),
        gender=W,
        title="Harpa Women Burgundy Ribbed Cropped Shrug",
        category="Shrug",
        color="Burgundy",
    ),
    # Photo: mid-blue washed denim jacket with a white sherpa collar over a grey hoodie, black jeans. Base zero-shot.
    case(
        "X1497-025",
        caption("a woman wearing a denim jacket and a grey hoodie"),
        wearing("a denim jacket", who=SHE),
        color_of("jacket", "blue", kind="open"),
        color_of("jeans", "blue", "contradiction", kind="open"),
        describe("jacket", "it is a denim jacket with a fur collar"),
        details("jacket", "the collar"),
        gender=W,
        title="Roadster Women Blue Washed Denim Jacket with Sherpa Collar",
        category="Jackets",
        color="Blue",
    ),
    # Photo: cream cable-knit sleeveless sweater vest over a white long-sleeve shirt, black trousers. Base zero-shot.
    case(
        "X1497-026",
        caption("a woman wearing a white shirt and a sweater vest"),
        wearing("a sweater vest and a white shirt", who=SHE),
        color_of("sweater", "white", kind="open"),
        describe("sweater", "it is a white sweater with long sleeves", "contradiction"),
        details("sweater", "cable knit"),
        is_a("vest", "yes"),
        gender=W,
        title="SASSAFRAS Women Cream Cable Knit Sweater Vest",
        category="Sweaters",
        color="Cream",
    ),
    # Photo: black longline puffer coat with a faux-fur-trimmed hood, black leggings, plain grey backdrop. Base
    # zero-shot wrote all texts.
    case(
        "X1497-027",
        caption("a woman wearing a black puffer coat with a fur hood"),
        wearing("a black coat with a fur hood", who=SHE),
        color_of("coat", "black", kind="open"),
        color_of("pants", "black", kind="open"),
        describe("coat", "it is a long black puffer coat"),
        details("coat", "fur hood"),
        gender=W,
        title="DressBerry Women Black Longline Hooded Puffer Coat",
        category="Coats",
        color="Black",
    ),
    # Photo: grey oversized chunky-knit pullover, white midi skirt, canvas tote on the shoulder. Base zero-shot.
    case(
        "X1497-028",
        caption("a woman in a grey sweater and a white skirt"),
        wearing("a sweater and a skirt", who=SHE),
        color_of("sweater", "grey", kind="open"),
        color_of("skirt", "grey", "contradiction", kind="open"),
        describe("sweater", "it is a chunky knit sweater"),
        details("sweater", "oversized"),
        is_a("sweater", "yes"),
        gender=W,
        title="Trendyol Women Grey Oversized Chunky Knit Pullover",
        category="Sweaters",
        color="Grey",
    ),
    # Photo: woman with a short pixie cut in a khaki bomber jacket over a black turtleneck, black jeans. Base
    # zero-shot wrote all texts.
    case(
        "X1497-029",
        caption("a man wearing a green bomber jacket and black pants", "pronoun"),
        wearing("he is wearing a green jacket", "pronoun", who=SHE),
        color_of("jacket", "khaki", kind="open"),
        describe("jacket", "a bomber jacket"),
        details("jacket", "zipper"),
        gender=W,
        title="Pepe Jeans Women Khaki Solid Bomber Jacket",
        category="Jackets",
        color="Khaki",
    ),
    # Photo: back view, red button-down cardigan, black jeans. Base zero-shot wrote all texts.
    case(
        "X1497-030",
        caption("the back of a woman wearing a red sweater"),
        wearing("a red sweater", who=SHE),
        color_of("cardigan", "red", kind="open"),
        color_of("jeans", "red", "contradiction", kind="open"),
        describe("cardigan", "a red cardigan with buttons"),
        details("cardigan", "it is a red cardigan", "non_answer"),
        gender=W,
        title="Vero Moda Women Red Solid Button-Down Cardigan",
        category="Sweaters",
        color="Red",
    ),
    # Photo: pink-and-white checked shacket worn open over a white tee, blue jeans; two chest flap pockets. Base
    # zero-shot wrote all texts.
    case(
        "X1497-031",
        caption("a woman wearing a pink plaid shirt and jeans"),
        wearing("a plaid shirt", who=SHE),
        color_of("jacket", "pink", kind="open"),
        color_of("jeans", "blue", kind="open"),
        describe("jacket", "it is a plaid shirt"),
        details("jacket", "pockets"),
        is_a("jacket", "no", "contradiction"),
        gender=W,
        title="Qurvii Women Pink & White Checked Shacket",
        category="Jackets",
        color="Pink",
    ),
    # Photo: flat lay of a white self-design pullover on a bed, a coffee mug and a book beside it; no person. Base
    # zero-shot wrote all texts.
    case(
        "X1497-032",
        caption("a white sweater on a bed with a cup of coffee"),
        wearing("nothing", "non_answer", who=SHE),
        color_of("sweater", "white", kind="open"),
        describe("sweater", "it is a white sweater"),
        details("sweater", "a cup of coffee", "non_answer"),
        gender=W,
        title="Harpa Women White Self Design Pullover",
        category="Sweaters",
        color="White",
    ),
    # Photo: black hooded parka worn open over a red crew-neck sweater, blue jeans. Feed row has no gender. Base
    # zero-shot wrote all texts.
    case(
        "X1497-033",
        caption("a woman in a black jacket and a red sweater"),
        wearing("a red sweater and a black jacket", who=SHE),
        color_of("jacket", "red", "other_garment_color", kind="open"),
        color_of("jeans", "blue", kind="open"),
        describe("jacket", "it is a black parka with a hood"),
        details("jacket", "hood"),
        title="Tokyo Talkies Women Black Solid Hooded Parka Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: lavender fuzzy pullover, white jeans. Base zero-shot wrote all texts; the description looped to the
    # token limit.
    case(
        "X1497-034",
        caption("a woman wearing a purple sweater and white jeans"),
        wearing("a purple sweater", who=SHE),
        color_of("sweater", "purple", kind="open"),
        color_of("jeans", "white", kind="open"),
        describe(
            "sweater",
            "it is a purple sweater with a pink purple purple purple purple purple purple purple purple purple purple"
            " purple purple purple purple purple purple purple purple purple",
            "loop",
            hit_limit=True,
        ),
        details("sweater", "fuzzy"),
        gender=W,
        title="DressBerry Women Lavender Solid Fuzzy Pullover",
        category="Sweaters",
        color="Lavender",
    ),
    # Photo: coffee-brown suede trucker jacket (two chest flap pockets, side pockets, button front) over a white tee,
    # beige trousers. Base zero-shot wrote all texts; the details answer ran to the token limit mid-list.
    case(
        "X1497-035",
        caption("a woman wearing a brown suede jacket"),
        wearing("a brown jacket and white shirt", who=SHE),
        color_of("jacket", "brown", kind="open"),
        color_of("pants", "beige", kind="open"),
        describe("jacket", "it is a brown suede jacket"),
        details(
            "jacket",
            "the jacket is made of suede and has a button front closure, two chest pockets, two side pockets, and a",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        title="Mast & Harbour Women Coffee Brown Solid Suede Trucker Jacket",
        category="Jackets",
        color="Coffee Brown",
    ),
    # Photo: grey herringbone overcoat over a black sweater, black trousers, white sneakers. Base zero-shot wrote all
    # texts; the description opened with the prompt's "Answer:".
    case(
        "X1497-036",
        caption("a woman in a grey coat and white sneakers"),
        wearing("she is wearing a grey coat", who=SHE),
        color_of("coat", "grey", kind="open"),
        describe("coat", "Answer: it is a grey coat", "leak"),
        details("coat", "herringbone"),
        gender=W,
        title="ONLY Women Grey Herringbone Longline Overcoat",
        category="Coats",
        color="Grey",
    ),
    # Photo: pink cropped puffer jacket over a grey hoodie, grey joggers. Base zero-shot wrote all texts.
    case(
        "X1497-037",
        caption("a woman in a pink puffer jacket and grey sweatpants"),
        wearing("a pink jacket", who=SHE),
        color_of("jacket", "pink", kind="open"),
        color_of("pants", "pink", "contradiction", kind="open"),
        describe("jacket", "it is a pink puffer jacket"),
        details("jacket", "it is a puffer jacket", "non_answer"),
        gender=W,
        title="Roadster Women Pink Solid Cropped Puffer Jacket",
        category="Jackets",
        color="Pink",
    ),
    # Photo: solid navy V-neck cardigan over a navy-and-white striped Breton tee, white jeans. Base zero-shot.
    case(
        "X1497-038",
        caption("a woman wearing a navy cardigan over a striped shirt"),
        wearing("a striped shirt and a blue cardigan", who=SHE),
        color_of("cardigan", "blue", kind="open"),
        describe("cardigan", "it is a striped cardigan", "contradiction"),
        details("cardigan", "stripes", "contradiction"),
        is_a("cardigan", "yes"),
        gender=W,
        title="Marks & Spencer Women Navy Blue Solid V-Neck Cardigan",
        category="Sweaters",
        color="Navy Blue",
    ),
    # Photo: black cropped shrug with puff sleeves over a white crop top, black jeans. Base zero-shot wrote all texts.
    case(
        "X1497-039",
        caption("a woman wearing a white crop top and a black cardigan"),
        wearing("a white top and black jeans", who=SHE),
        color_of("shrug", "white", "other_garment_color", kind="open"),
        describe("shrug", "it is a white crop top", "contradiction"),
        details("shrug", "puff sleeves"),
        gender=W,
        title="FabAlley Women Black Solid Cropped Shrug with Puff Sleeves",
        category="Shrug",
        color="Black",
    ),
    # Photo: camel teddy coat (collar, no hood) over a white knit, blue jeans; model takes a mirror selfie with a
    # phone. Feed row has no color. Base zero-shot wrote all texts.
    case(
        "X1497-040",
        caption("a woman in a teddy bear coat taking a selfie"),
        wearing("a teddy bear coat", who=SHE),
        color_of("coat", "brown", kind="open"),
        color_of("jeans", "blue", kind="open"),
        describe("coat", "it is a fluffy coat"),
        details("coat", "the coat has a hood", "unsupported"),
        gender=W,
        title="Vero Moda Women Camel Brown Solid Teddy Coat",
        category="Coats",
    ),
    # Photo: solid green ribbed cropped cardigan, buttoned and worn as a top, white pleated skirt. Base zero-shot.
    case(
        "X1497-041",
        caption("a woman wearing a green sweater and a white skirt"),
        wearing("a green sweater", who=SHE),
        color_of("cardigan", "green", kind="open"),
        color_of("skirt", "white", kind="open"),
        describe("cardigan", "the cardigan is green and white", "other_garment_color"),
        details("cardigan", "buttons"),
        is_a("cardigan", "yes"),
        gender=W,
        title="Tokyo Talkies Women Green Ribbed Crop Cardigan",
        category="Sweaters",
        color="Green",
    ),
    # Photo: maroon quilted jacket with a faux-fur-trimmed hood, over a black top, blue jeans. Base zero-shot.
    case(
        "X1497-042",
        caption("a woman wearing a red jacket with a fur hood"),
        wearing("a red jacket and blue jeans", who=SHE),
        color_of("jacket", "red", kind="open"),
        describe("jacket", "it is a red quilted jacket with a fur hood"),
        details("jacket", "fur hood"),
        gender=W,
        title="Fort Collins Women Maroon Quilted Jacket with Faux Fur Trim Hood",
        category="Jackets",
        color="Maroon",
    ),
    # Photo: off-white longline open-front cardigan over a blue denim shirt dress; model mid-stride. Base zero-shot.
    case(
        "X1497-043",
        caption("a woman walking in a white cardigan and a blue denim dress"),
        wearing("a denim dress", who=SHE),
        color_of("cardigan", "blue", "other_garment_color", kind="open"),
        describe("cardigan", "it is a long white cardigan"),
        details("cardigan", "the cardigan is long"),
        gender=W,
        title="SASSAFRAS Women Off White Longline Open Front Cardigan",
        category="Sweaters",
        color="Off White",
    ),
    # Photo: black wool coat over a black turtleneck and black trousers, all black, white backdrop. Base zero-shot.
    case(
        "X1497-044",
        caption("a woman in a black coat and black pants"),
        wearing("all black", who=SHE),
        color_of("coat", "black", kind="open"),
        color_of("pants", "black", kind="open"),
        describe("coat", "a black coat"),
        details("coat", "the coat is black", "restated"),
        gender=W,
        title="ONLY Women Black Solid Wool Blend Coat",
        category="Coats",
        color="Black",
    ),
    # Photo: cream Fair Isle pullover (snowflake yoke, no reindeer), blue jeans, a mug in both hands. Feed row has no
    # category. Base zero-shot wrote all texts.
    case(
        "X1497-045",
        caption("a woman in a christmas sweater holding a mug"),
        wearing("a christmas sweater", who=SHE),
        color_of("sweater", "white", kind="open"),
        describe("sweater", "it is a white sweater with a snowflake pattern"),
        details("sweater", "reindeer", "unsupported"),
        is_a("sweater", "yes"),
        gender=W,
        title="Roadster Women Cream Fair Isle Pullover Sweater",
        color="Cream",
    ),
]
