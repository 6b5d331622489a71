"""BLIND_1233 (45 products; Myntra women's winterwear, base zero-shot): written blind in the sixty-second session.
Measured blind at 4e431dc (the session's second rules): 62/77 failures found (80.5%) and 24/233 correct texts flagged
(10.3%). The writer's notes, verbatim:

Scenario: a Myntra women's winterwear feed (sweaters, cardigans, pullovers, sweater vests, shrugs, coats, jackets),
almost always worn over other clothes (tees, shirts, dresses, kurtas, turtlenecks, jeans, trousers, skirts). The
photos are the catalog's usual shots: a model on a plain backdrop, now and then a back view, a flat lay, a prop (a
mug, a handbag, sunglasses, a beret). Catalog columns as the feed has them: title, category (Myntra's article type:
Sweaters, Jackets, Coats, Shrug), color (base colour), gender ("Women"); one product has no color, one no gender.
Who wrote what: every text is Salesforce/blip2-opt-2.7b, untuned, zero-shot, greedy. The caption comes from an empty
prompt (50 new tokens at most); the answers come from the experiments' questionnaire in the `Question: ... Answer:`
format (30 new tokens at most), with the garment word taken from the title's product noun (cardigan, sweater for
pullover and sweater vest, shrug, coat for overcoat/trench/peacoat, jacket for bomber/puffer/parka): What is she
wearing? What is the color of the <garment>? What is the <garment> color? Describe the <garment>. What are the
<garment> details? What is the color of the jeans / pants / skirt? (asked only where the photo shows them), plus, on
some products, the yes/no garment question and the sleeve, pattern and material questions. Color answers are free
generation (stored open). The untuned model mostly stops on its newline, so answers are short; the long ones are the
few that ran on (loops, two descriptions cut at the limit, one caption that looped to 50 tokens).
Labeling conventions and judgement calls: judged against the photo I imagined and the title. The usual failure here is
the layering: the color question answered with the tee, dress, kurta or jeans underneath (other_garment_color), and the
jeans/pants question answered with the product's color (also other_garment_color). A wrong answer about an attribute the
title states (is_a "no" for the titled garment, "long" sleeves on a sweater vest, a pattern of the dress underneath) is
contradiction; an accessory given as what she is wearing is contradiction. Invented details (fur collar, belt, hood,
pockets, reindeer, a hole) and things of another garment attributed to the product (the shirt's collar, the kurta's
embroidery, the hoodie's hood) are unsupported; "leather" for a title that says faux leather and "leather" for a nylon
puffer and "down" for one with no stated fill are unsupported too. "it's a <garment>" / "yes" / "nothing" / "the back" /
"she is shrugging" (the model reading shrug as the gesture) are non_answer; answers that only give the question's phrase
back ("the details of the sweater") are restated. Accepted as correct: red for maroon and burgundy, pink for peach,
purple for lavender, blue for teal, orange for rust, white for cream and off-white, yellow for mustard, shirt for
sweater in "What is she wearing?", dress for a kurta, true but incomplete answers ("a white dress" when a shrug is worn
over it), the same color for two garments when both really have it (tonal beige, double denim). Navy answered "black" is
marked contradiction (the title says navy and the photo shows it). A loop or cut is labeled loop/cut even if it also
invents.
About a quarter of the texts are wrong: the untuned model answers short questions best, and most of its errors here
are the layers underneath.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    question,
    wearing,
)


def short_color(garment: str, text: str, failure: str | None = None, hit_limit: bool = False):
    """The questionnaire's second color prompt: "What is the shirt color?" with the product's garment word."""
    return question(f"{garment}_color", f"What is the {garment} color?", "open")(text, failure, hit_limit)


def she(text: str, failure: str | None = None, hit_limit: bool = False):
    return wearing(text, failure, who="she", hit_limit=hit_limit)


def col(garment: str, text: str, failure: str | None = None, hit_limit: bool = False):
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


W = "Women"

BLIND_1233 = [
    # Photo: black padded puffer jacket with a stand collar (no hood), half zipped over a white tee, blue jeans,
    # white sneakers, grey backdrop. All texts: base OPT-2.7b zero-shot.
    case(
        "X1233-001",
        caption("a woman wearing a black puffer jacket and jeans"),
        she("a black jacket"),
        col("jacket", "black"),
        describe("jacket", "it is a black puffer jacket"),
        details("jacket", "it has a hood", "unsupported"),
        col("jeans", "blue"),
        BLIND_QUESTIONS.material("leather", "unsupported"),
        gender=W,
        title="Roadster Women Black Solid Padded Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: mustard cable-knit pullover, front half tucked into white wide-leg trousers, beige backdrop.
    # All texts: base zero-shot. The pants question got the sweater's color.
    case(
        "X1233-002",
        caption("a woman in a yellow sweater and white pants"),
        she("a yellow sweater"),
        col("sweater", "yellow"),
        short_color("sweater", "mustard"),
        describe("sweater", "a yellow knit sweater"),
        details("sweater", "cable knit"),
        BLIND_QUESTIONS.pattern("cable knit"),
        col("pants", "yellow", "other_garment_color"),
        gender=W,
        title="HERE&NOW Women Mustard Yellow Cable Knit Pullover",
        category="Sweaters",
        color="Mustard",
    ),
    # Photo: navy open-front cardigan (no buttons) worn open over a white crew-neck tee, blue jeans, cropped at the
    # knees, white backdrop. All texts: base zero-shot. The long color prompt answered the tee.
    case(
        "X1233-003",
        caption("a woman in a blue cardigan and white shirt"),
        she("a cardigan"),
        col("cardigan", "white", "other_garment_color"),
        short_color("cardigan", "blue"),
        describe("cardigan", "the cardigan is a long sleeve cardigan with a v neck"),
        details("cardigan", "buttons", "unsupported"),
        is_a("cardigan", "yes"),
        gender=W,
        title="Mast & Harbour Women Navy Blue Solid Open Front Cardigan",
        category="Sweaters",
        color="Navy Blue",
    ),
    # Photo: belted double-breasted beige trench over a black turtleneck and black trousers, ankle boots, a brown
    # handbag on her arm, grey backdrop. All texts: base zero-shot. All correct.
    case(
        "X1233-004",
        caption("a woman in a trench coat holding a handbag"),
        she("a trench coat"),
        col("coat", "beige"),
        describe("coat", "it's a trench coat"),
        details("coat", "the coat has a belt and buttons"),
        col("pants", "black"),
        gender=W,
        title="Vero Moda Women Beige Solid Trench Coat",
        category="Coats",
        color="Beige",
    ),
    # Photo: back view, long hair, plain grey melange pullover, black jeans, white backdrop. All texts: base
    # zero-shot. No stripe anywhere on the back; the jeans are black.
    case(
        "X1233-005",
        caption("the back of a woman in a grey sweater"),
        she("a grey sweater and black jeans"),
        col("sweater", "grey"),
        describe("sweater", "a grey sweater with a black stripe on the back", "unsupported"),
        details("sweater", "the back", "non_answer"),
        col("jeans", "grey", "other_garment_color"),
        gender=W,
        title="ONLY Women Grey Melange Solid Pullover",
        category="Sweaters",
        color="Grey Melange",
    ),
    # Photo: short pink long-sleeved bolero shrug over a white slip dress, beige backdrop. All texts: base zero-shot.
    # The model does not know "shrug" as a garment.
    case(
        "X1233-006",
        caption("a woman wearing a white dress and pink sweater"),
        she("a white dress"),
        col("shrug", "white", "other_garment_color"),
        short_color("shrug", "pink"),
        describe("shrug", "she is shrugging", "non_answer"),
        details("shrug", "the shrug", "non_answer"),
        is_a("shrug", "no", "contradiction"),
        gender=W,
        title="FOREVER 21 Women Pink Solid Crop Shrug",
        category="Shrug",
        color="Pink",
    ),
    # Photo: maroon ribbed crop cardigan, buttoned and worn as a top, light blue mom jeans, pink backdrop.
    # All texts: base zero-shot. All correct ("red" for maroon accepted).
    case(
        "X1233-007",
        caption("a woman in a red sweater and jeans"),
        she("a red cardigan and jeans"),
        col("cardigan", "maroon"),
        describe("cardigan", "a red cardigan with buttons"),
        details("cardigan", "ribbed"),
        col("jeans", "blue"),
        BLIND_QUESTIONS.sleeve_length("long"),
        gender=W,
        title="Sassafras Women Maroon Ribbed Crop Cardigan",
        category="Sweaters",
        color="Maroon",
    ),
    # Photo: peach longline open shrug with three-quarter sleeves over a black top and black jeggings, white
    # backdrop. All texts: base zero-shot. The color question answered the top.
    case(
        "X1233-008",
        caption("a woman in a black top and a pink cardigan"),
        she("a black top and a pink cardigan"),
        col("shrug", "black", "other_garment_color"),
        describe("shrug", "a long pink cardigan"),
        short_color("shrug", "peach"),
        details("shrug", "the shrug is long"),
        BLIND_QUESTIONS.sleeve_length("3/4"),
        gender=W,
        title="DressBerry Women Peach-Coloured Solid Longline Shrug",
        category="Shrug",
        color="Peach",
    ),
    # Photo: olive bomber jacket worn open over a white graphic tee, black skinny jeans, white sneakers, grey
    # backdrop. All texts: base zero-shot. The jeans question got the jacket's green.
    case(
        "X1233-009",
        caption("a woman wearing a green jacket and black jeans"),
        she("a green jacket, white t - shirt and black jeans"),
        col("jacket", "green"),
        short_color("jacket", "olive green"),
        describe("jacket", "a green bomber jacket"),
        details("jacket", "the jacket has a zipper and pockets"),
        col("jeans", "green", "other_garment_color"),
        gender=W,
        title="Roadster Women Olive Green Solid Bomber Jacket",
        category="Jackets",
        color="Olive",
    ),
    # Photo: camel longline wool overcoat worn open (no belt, two flap pockets) over a cream turtleneck and white
    # jeans, light grey backdrop. All texts: base zero-shot. The long color prompt answered the jeans/turtleneck.
    case(
        "X1233-010",
        caption("a woman in a brown coat and white pants"),
        she("she is wearing a coat"),
        col("coat", "white", "other_garment_color"),
        short_color("coat", "brown"),
        describe("coat", "a long brown coat with a belt", "unsupported"),
        details("coat", "two pockets"),
        BLIND_QUESTIONS.material("wool"),
        col("jeans", "white"),
        gender=W,
        title="Mango Women Camel Brown Solid Longline Overcoat",
        category="Coats",
        color="Camel Brown",
    ),
    # Photo: black faux-leather biker jacket with an asymmetric zip over a red floral midi dress, ankle boots, white
    # backdrop. All texts: base zero-shot. Color and pattern answered from the dress.
    case(
        "X1233-011",
        caption("a woman in a leather jacket and a red floral dress"),
        she("a leather jacket and a dress"),
        col("jacket", "red", "other_garment_color"),
        describe("jacket", "a black leather jacket"),
        details("jacket", "zipper"),
        BLIND_QUESTIONS.material("leather", "unsupported"),
        BLIND_QUESTIONS.pattern("floral", "contradiction"),
        gender=W,
        title="Vero Moda Women Black Faux Leather Biker Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: flat lay, cream cable-knit jumper on a white surface, no person. All texts: base zero-shot. All
    # correct ("white" for cream accepted; "What is she wearing?" answered with the garment).
    case(
        "X1233-012",
        caption("a white sweater on a white background"),
        she("a white sweater"),
        col("sweater", "white"),
        describe("sweater", "a white knit sweater with a cable knit pattern"),
        details("sweater", "cable knit, ribbed cuffs, ribbed hem"),
        is_a("sweater", "yes"),
        gender=W,
        title="Marks & Spencer Women Cream-Coloured Cable Knit Jumper",
        category="Sweaters",
        color="Cream",
    ),
    # Photo: black V-neck sleeveless sweater vest over a white long-sleeved shirt (collar out), grey plaid mini skirt,
    # white backdrop. All texts: base zero-shot. The shirt's collar and sleeves were given to the vest.
    case(
        "X1233-013",
        caption("a woman wearing a white shirt and black vest"),
        she("a white shirt and a black sweater"),
        col("sweater", "black"),
        describe("sweater", "a black sweater with a white collar", "unsupported"),
        details("sweater", "v - neck"),
        BLIND_QUESTIONS.sleeve_length("long", "contradiction"),
        col("skirt", "grey"),
        gender=W,
        title="Tokyo Talkies Women Black Solid Sweater Vest",
        category="Sweaters",
        color="Black",
    ),
    # Photo: sheer lavender open-front shrug over a white camisole, blue jeans, long hair, white backdrop.
    # All texts: base zero-shot.
    case(
        "X1233-014",
        caption("a woman in a purple cardigan and jeans"),
        she("he is wearing a purple shirt", "pronoun"),
        col("shrug", "purple"),
        short_color("shrug", "white", "other_garment_color"),
        describe("shrug", "it's a shrug", "non_answer"),
        details("shrug", "sheer"),
        col("jeans", "blue"),
        gender=W,
        title="Harpa Women Lavender Solid Open Front Shrug",
        category="Shrug",
        color="Lavender",
    ),
    # Photo: red double-breasted peacoat with black buttons, buttoned, black skirt and black tights, black beret,
    # grey backdrop. All texts: base zero-shot. The short color prompt answered the beret/tights.
    case(
        "X1233-015",
        caption("a woman in a red coat and black hat"),
        she("a red coat and a black hat"),
        col("coat", "red"),
        short_color("coat", "black", "other_garment_color"),
        describe("coat", "a red coat with black buttons"),
        details("coat", "double breasted"),
        is_a("coat", "yes"),
        col("skirt", "black"),
        gender=W,
        title="Madame Women Red Solid Double-Breasted Peacoat",
        category="Coats",
        color="Red",
    ),
    # Photo: mid-blue washed denim trucker jacket over a white tee, blue jeans of about the same shade (double
    # denim), white backdrop. All texts: base zero-shot. All correct: blue really is both garments' color.
    case(
        "X1233-016",
        caption("a woman wearing a denim jacket and jeans"),
        she("a denim jacket and jeans"),
        col("jacket", "blue"),
        col("jeans", "blue"),
        describe("jacket", "a blue denim jacket"),
        details("jacket", "buttons, pockets, and a collar"),
        is_a("jacket", "yes"),
        gender=W,
        title="Levis Women Blue Washed Denim Trucker Jacket",
        category="Jackets",
        color="Blue",
    ),
    # Photo: teal hooded puffer jacket, zipped, black leggings, grey backdrop. All texts: base zero-shot. The
    # details answer looped to the limit.
    case(
        "X1233-017",
        caption("a woman in a blue puffer jacket"),
        she("a blue jacket"),
        col("jacket", "teal"),
        describe("jacket", "a blue puffer jacket with a hood"),
        details(
            "jacket",
            "the jacket has a hood, a zipper, a zipper, a zipper, a zipper, a zipper, a zipper, a zipper, a zipper,",
            "loop",
            hit_limit=True,
        ),
        col("pants", "black"),
        is_a("jacket", "yes"),
        gender=W,
        title="Kraus Women Teal Blue Solid Hooded Puffer Jacket",
        category="Jackets",
        color="Teal",
    ),
    # Photo: navy-and-white Breton-striped pullover, white jeans, white backdrop. All texts: base zero-shot. The
    # jeans are white; "blue" is the sweater's.
    case(
        "X1233-018",
        caption("a woman wearing a striped sweater and white jeans"),
        she("a striped shirt"),
        col("sweater", "blue and white"),
        BLIND_QUESTIONS.pattern("striped"),
        describe("sweater", "a blue and white striped sweater"),
        col("jeans", "blue", "other_garment_color"),
        gender=W,
        title="Pepe Jeans Women Navy Blue & White Striped Pullover",
        category="Sweaters",
        color="Navy Blue",
    ),
    # Photo: short-haired model in a charcoal quilted jacket over a black turtleneck, black trousers, grey backdrop.
    # All texts: base zero-shot. Taken for a man in the caption and in the describe answer; the trousers are black.
    case(
        "X1233-019",
        caption("a man in a black jacket standing in front of a grey wall", "pronoun"),
        she("a grey jacket and black pants"),
        col("jacket", "grey"),
        describe("jacket", "he is wearing a grey jacket", "pronoun"),
        details("jacket", "quilted"),
        is_a("jacket", "yes"),
        col("pants", "grey", "other_garment_color"),
        gender=W,
        title="U.S. Polo Assn. Women Charcoal Grey Solid Quilted Jacket",
        category="Jackets",
        color="Charcoal",
    ),
    # Photo: cream Fair Isle pullover with a navy and red snowflake yoke, navy jeans, holding a mug, white backdrop.
    # All texts: base zero-shot. There is no reindeer on it.
    case(
        "X1233-020",
        caption("a woman in a sweater holding a cup of coffee"),
        she("a sweater"),
        col("sweater", "white"),
        BLIND_QUESTIONS.pattern("fair isle"),
        describe("sweater", "a white sweater with a snowflake pattern"),
        details("sweater", "the sweater has a reindeer on it", "unsupported"),
        col("jeans", "blue"),
        is_a("sweater", "yes"),
        gender=W,
        title="Global Desi Women Cream-Coloured & Navy Blue Fair Isle Sweater",
        category="Sweaters",
        color="Cream",
    ),
    # Photo: black longline shrug over a mustard yellow midi dress, white backdrop. The feed has no color for it.
    # All texts: base zero-shot.
    case(
        "X1233-021",
        caption("a woman wearing a yellow dress and a black cardigan"),
        she("a yellow dress"),
        col("shrug", "yellow", "other_garment_color"),
        short_color("shrug", "black"),
        describe("shrug", "the shrug is a long black shrug"),
        details("shrug", "the shrug details", "restated"),
        gender=W,
        title="Mast & Harbour Women Black Solid Longline Shrug",
        category="Shrug",
    ),
    # Photo: maroon turtleneck sweater tucked into black trousers, thin gold necklace, white backdrop. All texts:
    # base zero-shot. The pants question got the sweater's color.
    case(
        "X1233-022",
        caption("a woman in a maroon turtleneck sweater"),
        she("a turtleneck sweater and black pants"),
        col("sweater", "maroon"),
        describe("sweater", "turtleneck"),
        details("sweater", "the details of the sweater", "restated"),
        BLIND_QUESTIONS.sleeve_length("long"),
        col("pants", "maroon", "other_garment_color"),
        gender=W,
        title="Allen Solly Woman Maroon Solid Turtleneck Sweater",
        category="Sweaters",
        color="Maroon",
    ),
    # Photo: khaki utility jacket with four flap pockets over a black tee, blue jeans, grey backdrop. All texts: base
    # zero-shot. The wearing answer ran on into a new question in the prompt format.
    case(
        "X1233-023",
        caption("a woman wearing a khaki jacket and jeans"),
        she("a jacket Question: What is the color of the jacket? Answer: khaki", "leak"),
        col("jacket", "khaki"),
        describe("jacket", "a khaki jacket with four pockets"),
        details("jacket", "pockets"),
        BLIND_QUESTIONS.sleeve_length("long"),
        col("jeans", "blue"),
        gender=W,
        title="Roadster Women Khaki Solid Utility Jacket",
        category="Jackets",
        color="Khaki",
    ),
    # Photo: grey-and-black checked single-breasted overcoat (notched lapels, no fur), black jeans, black ankle
    # boots, white backdrop. All texts: base zero-shot. The details answer was cut at 30 tokens.
    case(
        "X1233-024",
        caption("a woman in a plaid coat and black jeans"),
        she("a plaid coat"),
        col("coat", "grey and black"),
        BLIND_QUESTIONS.pattern("plaid"),
        describe("coat", "a grey plaid coat with a fur collar", "unsupported"),
        details(
            "coat",
            "the coat is a long grey plaid coat with notched lapels and two flap pockets on the front, it is single"
            " breasted and has three buttons on the",
            "cut",
            hit_limit=True,
        ),
        col("jeans", "grey", "other_garment_color"),
        gender=W,
        title="Mango Women Grey & Black Checked Single-Breasted Overcoat",
        category="Coats",
        color="Grey",
    ),
    # Photo: white crochet-lace short-sleeved bolero shrug over a black slip dress, white backdrop. All texts: base
    # zero-shot. The color question answered the dress.
    case(
        "X1233-025",
        caption("a woman in a black dress and white lace cardigan"),
        she("a black dress"),
        col("shrug", "black", "other_garment_color"),
        describe("shrug", "white lace"),
        details("shrug", "crochet"),
        BLIND_QUESTIONS.pattern("lace"),
        BLIND_QUESTIONS.sleeve_length("short"),
        gender=W,
        title="DressBerry Women White Lace Shrug",
        category="Shrug",
        color="White",
    ),
    # Photo: colourblocked puffer jacket, pink body, blue sleeves, a white band across the chest, white jeans, grey
    # backdrop. All texts: base zero-shot. The color answer looped to the limit.
    case(
        "X1233-026",
        caption("a woman wearing a pink and blue jacket"),
        she("a pink and blue jacket"),
        col(
            "jacket",
            "pink and blue and white and pink and blue and white and pink and blue and white and pink and blue and"
            " white and pink and blue",
            "loop",
            hit_limit=True,
        ),
        describe("jacket", "a colorful puffer jacket"),
        details("jacket", "yes", "non_answer"),
        col("jeans", "white"),
        gender=W,
        title="Roadster Women Pink & Blue Colourblocked Puffer Jacket",
        category="Jackets",
        color="Pink",
    ),
    # Photo: oatmeal ribbed cardigan, half buttoned over a white shirt, beige trousers (tonal outfit), white
    # backdrop. All texts: base zero-shot. All correct: beige really is both garments' color.
    case(
        "X1233-027",
        caption("a woman in a beige sweater and beige pants"),
        she("a beige cardigan and pants"),
        col("cardigan", "beige"),
        col("pants", "beige"),
        describe("cardigan", "a beige cardigan with white buttons"),
        details("cardigan", "ribbed"),
        gender=W,
        title="Marks & Spencer Women Oatmeal Solid Ribbed Cardigan",
        category="Sweaters",
        color="Beige",
    ),
    # Photo: black wool-blend coat worn open over a red sweater, black trousers, a red handbag in her hand, white
    # backdrop. All texts: base zero-shot. The coat is lined in black; the red is the sweater.
    case(
        "X1233-028",
        caption("a woman in a black coat with a red bag"),
        she("a red purse", "contradiction"),
        col("coat", "black"),
        BLIND_QUESTIONS.material("wool"),
        describe("coat", "a long black coat"),
        details("coat", "the coat has red lining", "unsupported"),
        col("pants", "red", "other_garment_color"),
        gender=W,
        title="H&M Women Black Wool-Blend Coat",
        category="Coats",
        color="Black",
    ),
    # Photo: fuzzy pink crop cardigan with pearl buttons, buttoned, high-waisted black skirt, white backdrop.
    # All texts: base zero-shot.
    case(
        "X1233-029",
        caption("a woman in a pink sweater and black skirt"),
        she("a pink fuzzy sweater"),
        col("cardigan", "pink"),
        describe("cardigan", "fuzzy"),
        details("cardigan", "pearl buttons"),
        is_a("cardigan", "no", "contradiction"),
        col("skirt", "pink", "other_garment_color"),
        gender=W,
        title="Sera Women Pink Fuzzy Crop Cardigan",
        category="Sweaters",
        color="Pink",
    ),
    # Photo: grey longline overcoat worn open over a white hoodie (hood out over the coat's collar), blue jeans,
    # white backdrop. All texts: base zero-shot. The caption looped to 50 tokens; the hood is the hoodie's.
    case(
        "X1233-030",
        caption(
            "a woman wearing a grey coat and a white hoodie and a grey coat and a white hoodie and a grey coat and a"
            " white hoodie and a grey coat and a white hoodie and a grey coat and a white hoodie and a grey coat and"
            " a white",
            "loop",
            hit_limit=True,
        ),
        she("a grey coat and a white hoodie"),
        col("coat", "grey"),
        short_color("coat", "white", "other_garment_color"),
        describe("coat", "a long grey coat"),
        details("coat", "hood", "unsupported"),
        col("jeans", "blue"),
        gender=W,
        title="Mast & Harbour Women Grey Solid Longline Overcoat",
        category="Coats",
        color="Grey",
    ),
    # Photo: olive parka with a faux-fur-trimmed hood and a drawstring waist, black jeans, white backdrop.
    # All texts: base zero-shot. The fur is really there; "no" to the jacket question, the model taking it for a coat.
    case(
        "X1233-031",
        caption("a woman wearing a green jacket with a fur hood"),
        she("a parka"),
        col("jacket", "green"),
        describe("jacket", "a green parka with a fur hood"),
        details("jacket", "fur hood, drawstring waist"),
        is_a("jacket", "no", "contradiction"),
        col("jeans", "black"),
        gender=W,
        title="Fort Collins Women Olive Green Solid Parka Jacket",
        category="Jackets",
        color="Olive",
    ),
    # Photo: rust oversized pullover, blue jeans, brown ankle boots, white backdrop. All texts: base zero-shot.
    # The sweater is intact; the jeans are blue.
    case(
        "X1233-032",
        caption("a woman in an orange sweater and jeans"),
        she("orange sweater"),
        col("sweater", "orange"),
        describe("sweater", "the sweater is orange"),
        details("sweater", "the sweater has a hole in it", "unsupported"),
        BLIND_QUESTIONS.sleeve_length("long"),
        col("jeans", "orange", "other_garment_color"),
        gender=W,
        title="Roadster Women Rust Solid Pullover",
        category="Sweaters",
        color="Rust",
    ),
    # Photo: cropped black-and-white boucle tweed jacket with gold buttons over a white top, black trousers, white
    # backdrop. All texts: base zero-shot. The trousers are black; the model gives them the top's white twice.
    case(
        "X1233-033",
        caption("a woman in a black and white tweed jacket"),
        she("a black jacket and white pants", "other_garment_color"),
        col("jacket", "black and white"),
        describe("jacket", "a black and white tweed jacket with gold buttons"),
        details("jacket", "gold buttons"),
        BLIND_QUESTIONS.pattern("tweed"),
        col("pants", "white", "other_garment_color"),
        gender=W,
        title="Kazo Women Black Cropped Tweed Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: burgundy belted wrap coat over a black turtleneck, black boots, grey backdrop. All texts: base
    # zero-shot. The describe answer ran to the limit; the short color answer echoed the prompt's "Answer:".
    case(
        "X1233-034",
        caption("a woman in a burgundy coat"),
        she("a red coat"),
        col("coat", "red"),
        short_color("coat", "Answer: burgundy", "leak"),
        describe(
            "coat",
            "The coat is a long, burgundy coat with a belt. It has a collar and two pockets. The coat is made of wool"
            " and has a",
            "cut",
            hit_limit=True,
        ),
        details("coat", "belt"),
        gender=W,
        title="AND Women Burgundy Solid Wrap Coat",
        category="Coats",
        color="Burgundy",
    ),
    # Photo: back view, hood up, black padded jacket with a small logo printed across the upper back, grey joggers,
    # white backdrop; the face is not visible. All texts: base zero-shot.
    case(
        "X1233-035",
        caption("a person wearing a black jacket with a hood"),
        she("a man in a black jacket", "pronoun"),
        col("jacket", "black"),
        describe("jacket", "a black jacket with a logo on the back"),
        details("jacket", "hood"),
        col("pants", "grey"),
        short_color("jacket", "grey", "other_garment_color"),
        gender=W,
        title="Puma Women Black Solid Padded Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: off-white sherpa teddy jacket over a black top, brown trousers, beige backdrop. All texts: base
    # zero-shot. Nothing says sheepskin; it is a polyester sherpa look.
    case(
        "X1233-036",
        caption("a woman in a white fluffy jacket"),
        she("a white jacket"),
        col("jacket", "white"),
        describe("jacket", "it's a jacket", "non_answer"),
        details("jacket", "the jacket is made of sheepskin", "unsupported"),
        col("pants", "brown"),
        gender=W,
        title="Chemistry Women Off-White Solid Teddy Jacket",
        category="Jackets",
        color="Off White",
    ),
    # Photo: dark navy crew-neck sweater (clearly navy beside the black belt), blue jeans, white backdrop. All texts:
    # base zero-shot. Caption and long color prompt say black.
    case(
        "X1233-037",
        caption("a woman wearing a black sweater and blue jeans", "contradiction"),
        she("a blue sweater and jeans"),
        col("sweater", "black", "contradiction"),
        short_color("sweater", "navy"),
        describe("sweater", "a blue sweater"),
        details("sweater", "the sweater is a crew neck sweater"),
        gender=W,
        title="Vero Moda Women Navy Blue Solid Sweater",
        category="Sweaters",
        color="Navy Blue",
    ),
    # Photo: grey open knitted shrug over a white embroidered straight kurta, white leggings, white backdrop.
    # All texts: base zero-shot. The embroidery is the kurta's.
    case(
        "X1233-038",
        caption("a woman in a white dress and grey sweater"),
        she("a white dress"),
        col("shrug", "white", "other_garment_color"),
        describe("shrug", "a grey cardigan"),
        details("shrug", "embroidery", "unsupported"),
        is_a("shrug", "yes"),
        gender=W,
        title="W Women Grey Solid Knitted Shrug",
        category="Shrug",
        color="Grey",
    ),
    # Photo: plain white crew-neck pullover, light blue jeans, white backdrop. All texts: base zero-shot.
    case(
        "X1233-039",
        caption("a woman in a white sweater and jeans"),
        she("a white sweater and jeans"),
        col("sweater", "white"),
        describe("sweater", "plain white sweater"),
        details("sweater", "nothing", "non_answer"),
        BLIND_QUESTIONS.pattern("solid"),
        col("jeans", "white", "other_garment_color"),
        gender=W,
        title="Roadster Women White Solid Pullover",
        category="Sweaters",
        color="White",
    ),
    # Photo: coffee-brown woollen coat over a beige sweater, blue jeans, white backdrop. The feed has no gender for
    # it. All texts: base zero-shot.
    case(
        "X1233-040",
        caption("a woman in a brown coat"),
        she("a brown coat and jeans"),
        col("coat", "brown"),
        short_color("coat", "beige", "other_garment_color"),
        describe("coat", "a brown wool coat"),
        details("coat", "the coat is a coat", "non_answer"),
        BLIND_QUESTIONS.material("wool"),
        col("jeans", "blue"),
        title="Monte Carlo Women Coffee Brown Solid Woollen Coat",
        category="Coats",
        color="Coffee Brown",
    ),
    # Photo: small-scale black-and-white houndstooth crop cardigan, buttoned, over a white tee, black mini skirt,
    # white backdrop. All texts: base zero-shot. The small houndstooth read as dots.
    case(
        "X1233-041",
        caption("a woman in a black and white sweater"),
        she("a black and white sweater and a black skirt"),
        col("cardigan", "black and white"),
        BLIND_QUESTIONS.pattern("polka dot", "contradiction"),
        col("skirt", "black"),
        describe("cardigan", "a black and white houndstooth sweater"),
        details("cardigan", "buttons"),
        gender=W,
        title="Tokyo Talkies Women Black & White Houndstooth Cardigan",
        category="Sweaters",
        color="Black",
    ),
    # Photo: mustard open shrug (no pockets) over a white top, blue jeans, sunglasses held in one hand, white
    # backdrop. All texts: base zero-shot.
    case(
        "X1233-042",
        caption("a woman in a yellow cardigan holding sunglasses"),
        she("sunglasses", "contradiction"),
        col("shrug", "yellow"),
        short_color("shrug", "white", "other_garment_color"),
        describe("shrug", "a yellow shrug with a pocket", "unsupported"),
        details("shrug", "the shrug is yellow"),
        col("jeans", "blue"),
        gender=W,
        title="DressBerry Women Mustard Yellow Solid Shrug",
        category="Shrug",
        color="Mustard",
    ),
    # Photo: peach buttoned cardigan (no pockets) with a white shirt collar showing at the neck, grey trousers, white
    # backdrop. All texts: base zero-shot. "pink" for peach accepted.
    case(
        "X1233-043",
        caption("a woman wearing a pink cardigan and grey pants"),
        she("a pink sweater"),
        col("cardigan", "pink"),
        short_color("cardigan", "peach"),
        describe("cardigan", "a pink cardigan with buttons"),
        details("cardigan", "pockets", "unsupported"),
        col("pants", "grey"),
        gender=W,
        title="Allen Solly Women Peach Solid Cardigan",
        category="Sweaters",
        color="Peach",
    ),
    # Photo: grey melange longline cardigan with two patch pockets, open over a black tee, black jeans, white
    # backdrop. All texts: base zero-shot. The describe answer looped.
    case(
        "X1233-044",
        caption("a woman wearing a long grey cardigan and black jeans"),
        she("a grey cardigan, black t - shirt and black jeans"),
        col("cardigan", "grey"),
        short_color("cardigan", "black", "other_garment_color"),
        describe(
            "cardigan",
            "the cardigan is long, the cardigan is long, the cardigan is long, the cardigan is long, the cardigan is"
            " long, the cardigan",
            "loop",
            hit_limit=True,
        ),
        details("cardigan", "pockets"),
        col("jeans", "black"),
        gender=W,
        title="Roadster Women Grey Melange Longline Cardigan",
        category="Sweaters",
        color="Grey Melange",
    ),
    # Photo: white cropped puffer jacket, cream beanie, black leggings, grey backdrop. The title states no fill.
    # All texts: base zero-shot.
    case(
        "X1233-045",
        caption("a woman in a white jacket and a white hat"),
        she("a white jacket, a hat and black pants"),
        col("jacket", "white"),
        describe("jacket", "a white puffer jacket"),
        details("jacket", "the jacket is cropped"),
        BLIND_QUESTIONS.sleeve_length("long"),
        is_a("jacket", "yes"),
        BLIND_QUESTIONS.material("down", "unsupported"),
        gender=W,
        title="Vero Moda Women White Cropped Puffer Jacket",
        category="Jackets",
        color="White",
    ),
]
