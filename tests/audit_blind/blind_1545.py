"""BLIND_1545 (46 products; Myntra women's winterwear over other clothes, base model zero-shot): written blind in the
sixty-sixth session. Measured blind at b37ad1b (the session's second rules): 54/63 failures found (85.7%) and 14/209
correct texts flagged (6.7%). The writer's notes, verbatim:

Scenario: a Myntra women's winterwear feed (pullovers, cardigans sold under "Sweaters", shrugs, coats, jackets), shot
the catalog's usual way: a model on a plain white or grey backdrop wearing the product over or with other clothes
(tees, shirts, dresses, jeans, trousers, skirts), a few back views, two flat lays, now and then a prop (a handbag,
sunglasses, a scarf, a beanie). Catalog columns as the feed has them: title, category (Myntra article type), color
(base colour), gender; one product lacks the category, one the colour, two the gender.
Who wrote what: every text comes from the untuned Salesforce/blip2-opt-2.7b, zero-shot, 8-bit, greedy: the caption
unprompted (max 50 new tokens), the answers with the `Question: ... Answer:` prompt (max 30 new tokens), stopping on
the newline. The questionnaire is the experiments' own with the garment word taken from the category ("sweater" for
a cardigan filed under Sweaters, "cardigan" where the category is missing): What is she wearing? What is the color
of the <garment>? Describe the <garment>. What are the <garment> details? On products whose shot shows them, the
experiments' other-garment questions (color of the jeans / pants / shirt / skirt) were asked too, and on some the VQA
data's yes/no "Is this a <garment>?". No adapter, so no caption template and few runaway answers: the base model
mostly stops, and its failures are the layered outfit (the color of the top underneath, the dress, the scarf
given for the product), one color given to two garments, invented details, answers that say nothing, a wrong
pronoun, and a handful of loops, cut answers and prompt leaks. That puts this set nearer one text in four wrong than
four in ten: the base model's short answers are mostly right on the product itself and go wrong on the layers.
Labeling conventions and judgement calls: judged against the photo I imagined (the comment above each case) and the
title. Hue neighbours count as right (maroon/burgundy as red, teal as blue or green, taupe as grey, peach or mauve
as pink, mustard as yellow, khaki as tan, cream or off white as white); navy answered "black" is marked
contradiction (the seller says navy). A product color answer that gives the garment underneath (tee, dress, scarf)
is other_garment_color; the bottom or the shirt given the product's color when the photo shows another is
contradiction.
A "wearing" answer that names only the dress under a shrug is true of the photo and left unmarked; on a flat lay,
"wearing" answered with the product is left unmarked too. A shrug called cardigan, kimono or hoodie (a hooded
shrug) is not marked; "no" to "Is this a shrug?" is contradiction. Details that belong to another garment or a
prop (the shirt's collar, the scarf), or that the photo does not show (hood, belt, hat, ruffle, pockets, material the
title does not name) are unsupported; so is the color of jeans asked on a photo with a skirt. A description that
adds nothing to the question ("it is a sweater", "the shrug details are") is restated; a bare echo word, an empty
answer, "no" or an answer about the view is non_answer. Short answers that add one true fact ("cropped", "a pink
shrug") are left unmarked. Loops and answers cut at the limit carry hit_limit=True; a cut answer that also invents
something is marked cut. One label per text: the most visible failure.
"""

from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing


def she(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="she", hit_limit=hit_limit)


def color_q(garment, text, failure=None, hit_limit=False):
    # free generation: the base model answers the color question in its own words
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


BLIND_1545 = [
    # grey melange crew-neck pullover, blue jeans, white backdrop, front. All texts base BLIP-2 zero-shot.
    case(
        "X1545-001",
        caption("a woman wearing a grey sweater and jeans"),
        she("a sweater and jeans"),
        color_q("sweater", "grey"),
        describe("sweater", "it is a grey sweater"),
        details("sweater", "the sweater is made of wool", "unsupported"),
        color_q("jeans", "grey", "contradiction"),
        gender="Women",
        title="Roadster Women Grey Melange Solid Pullover",
        category="Sweaters",
        color="Grey Melange",
    ),
    # mustard cable-knit turtleneck, black skinny trousers, front. Base BLIP-2 zero-shot.
    case(
        "X1545-002",
        caption("a woman in a yellow sweater and black pants"),
        she("a yellow sweater"),
        color_q("sweater", "yellow"),
        describe("sweater", "it's a yellow sweater with a turtle neck"),
        details("sweater", "cable knit"),
        is_a("sweater", "yes"),
        gender="Women",
        title="HERE&NOW Women Mustard Yellow Cable Knit Sweater",
        category="Sweaters",
        color="Mustard",
    ),
    # black cropped open-front shrug over a white floral midi dress, front. Base BLIP-2 zero-shot.
    case(
        "X1545-003",
        caption("a woman wearing a white dress and a black cardigan"),
        she("a white dress"),
        color_q("shrug", "white", "other_garment_color"),
        describe("shrug", "it is a shrug", "restated"),
        details("shrug", "the shrug is black and has long sleeves"),
        is_a("shrug", "no", "contradiction"),
        gender="Women",
        title="DressBerry Women Black Solid Open-Front Crop Shrug",
        category="Shrug",
        color="Black",
    ),
    # long camel wool-blend overcoat worn open over a white turtleneck and black trousers; notched lapels, two flap
    # pockets, no belt; full length. Base BLIP-2 zero-shot.
    case(
        "X1545-004",
        caption("a woman in a long brown coat standing in front of a white wall"),
        she("a coat"),
        color_q("coat", "brown"),
        describe(
            "coat",
            "the coat is a long, camel colored coat with a notched lapel and two front pockets. it is made of wool"
            " and has a",
            "cut",
            hit_limit=True,
        ),
        details("coat", "the coat has a collar"),
        color_q("pants", "black"),
        gender="Women",
        title="Vero Moda Women Camel Brown Solid Wool Blend Overcoat",
        category="Coats",
        color="Camel Brown",
    ),
    # navy blue hooded puffer, zipped, black leggings; in the studio light the navy reads very dark. Base BLIP-2.
    case(
        "X1545-005",
        caption("a woman wearing a black puffer jacket and black leggings", "contradiction"),
        she("a puffer jacket"),
        color_q("jacket", "black", "contradiction"),
        describe("jacket", "it's a puffer jacket"),
        details("jacket", "it has a hood"),
        gender="Women",
        title="Mast & Harbour Women Navy Blue Solid Hooded Puffer Jacket",
        category="Jackets",
        color="Navy Blue",
    ),
    # beige self-striped button cardigan worn open over a white tee, blue jeans. Base BLIP-2 zero-shot ("sweater"
    # from the category).
    case(
        "X1545-006",
        caption("a woman wearing a beige cardigan and jeans"),
        she("a cardigan"),
        color_q("sweater", "white", "other_garment_color"),
        describe("sweater", "it's a cardigan"),
        details("sweater", "the sweater has buttons down the front"),
        color_q("shirt", "white"),
        gender="Women",
        title="ONLY Women Beige Self-Striped Cardigan",
        category="Sweaters",
        color="Beige",
    ),
    # back view: olive green padded bomber (rib collar, no hood), black jeans. Base BLIP-2 zero-shot.
    case(
        "X1545-007",
        caption("the back of a woman wearing a green jacket"),
        she("a green jacket"),
        color_q("jacket", "green"),
        describe("jacket", "a green jacket with a hood", "unsupported"),
        details("jacket", "the back of the jacket", "non_answer"),
        gender="Women",
        title="Roadster Women Olive Green Solid Padded Bomber Jacket",
        category="Jackets",
        color="Olive",
    ),
    # pink cropped knit shrug over a black crop top, blue jeans. Base BLIP-2 zero-shot.
    case(
        "X1545-008",
        caption("a woman wearing a pink cardigan and jeans"),
        she("a pink sweater and jeans"),
        color_q("shrug", "pink"),
        describe("shrug", "a pink shrug"),
        details("shrug", "shrug", "non_answer"),
        color_q("jeans", "blue"),
        gender="Women",
        title="Tokyo Talkies Women Pink Solid Crop Shrug",
        category="Shrug",
        color="Pink",
    ),
    # red and black buffalo-check double-breasted pea coat (no belt), black jeans, black ankle boots. Base BLIP-2.
    case(
        "X1545-009",
        caption("a woman in a red and black plaid coat"),
        she("a plaid coat"),
        color_q("coat", "red and black"),
        describe("coat", "it is a red and black plaid coat with buttons"),
        details("coat", "the coat has a belt", "unsupported"),
        color_q("jeans", "black"),
        gender="Women",
        title="FOREVER 21 Women Red & Black Checked Pea Coat",
        category="Coats",
        color="Red",
    ),
    # flat lay: off-white crochet shrug spread on a white sheet, no person. Base BLIP-2 zero-shot. No gender column.
    case(
        "X1545-010",
        caption("a white crocheted shawl on a white background"),
        she("a white sweater"),
        color_q("shrug", "white"),
        describe("shrug", "it is a crocheted shrug"),
        details("shrug", "crochet"),
        is_a("shrug", "yes"),
        title="Harpa Women Off-White Crochet Shrug",
        category="Shrug",
        color="Off White",
    ),
    # maroon V-neck wool sweater over a white collared shirt (collar out), grey trousers. Base BLIP-2 zero-shot.
    case(
        "X1545-011",
        caption("a woman wearing a maroon sweater over a white shirt"),
        she("a sweater and a shirt"),
        color_q("sweater", "red"),
        describe("sweater", "a red sweater with a white collar", "unsupported"),
        details("sweater", "v neck"),
        color_q("shirt", "white"),
        color_q("pants", "red", "contradiction"),
        gender="Women",
        title="Monte Carlo Women Maroon Solid Pure Wool Sweater",
        category="Sweaters",
        color="Maroon",
    ),
    # black faux-leather biker jacket with an asymmetric zip, open over a white tee, blue jeans. Base BLIP-2.
    case(
        "X1545-012",
        caption("a woman wearing a black leather jacket and jeans"),
        she("a leather jacket"),
        color_q("jacket", "black"),
        describe("jacket", "a black leather jacket with zippers"),
        details("jacket", "zippers"),
        color_q("shirt", "black", "contradiction"),
        gender="Women",
        title="Sassafras Women Black Solid Faux Leather Biker Jacket",
        category="Jackets",
        color="Black",
    ),
    # navy cable-knit cardigan, buttoned, small embroidered logo on the chest, beige chinos. Base BLIP-2 zero-shot.
    case(
        "X1545-013",
        caption("a woman wearing a blue cardigan and beige pants"),
        she("a blue sweater"),
        color_q("sweater", "blue"),
        describe("sweater", "the sweater is blue"),
        details("sweater", "the sweater has a logo on the chest"),
        color_q("pants", "blue", "contradiction"),
        gender="Women",
        title="U.S. Polo Assn. Women Navy Blue Cable Knit Cardigan",
        category="Sweaters",
        color="Navy Blue",
    ),
    # grey melange longline shrug worn open over a black tank top, black jeans. Base BLIP-2 zero-shot.
    case(
        "X1545-014",
        caption("a woman wearing a grey cardigan and black pants"),
        she("a black shirt and a grey cardigan"),
        color_q("shrug", "black", "other_garment_color"),
        describe("shrug", "it is a long grey cardigan"),
        details("shrug", "the shrug details are", "restated"),
        color_q("pants", "black"),
        gender="Women",
        title="Chemistry Women Grey Melange Longline Shrug",
        category="Shrug",
        color="Grey Melange",
    ),
    # rust ribbed turtleneck, tucked into blue jeans. Base BLIP-2 zero-shot. All right.
    case(
        "X1545-015",
        caption("a woman wearing an orange turtle neck sweater"),
        she("a turtleneck"),
        color_q("sweater", "orange"),
        describe("sweater", "it is a turtleneck sweater"),
        details("sweater", "ribbed"),
        color_q("jeans", "blue"),
        gender="Women",
        title="Roadster Women Rust Ribbed Turtle Neck Sweater",
        category="Sweaters",
        color="Rust",
    ),
    # black belted longline trench (no hood), black outfit underneath, white sneakers; model with short hair.
    # Base BLIP-2 zero-shot.
    case(
        "X1545-016",
        caption("a woman in a black trench coat"),
        she("he is wearing a black coat", "pronoun"),
        color_q("coat", "black"),
        describe("coat", "a long black coat with a belt and a hood", "unsupported"),
        details("coat", "belt"),
        gender="Women",
        title="Madame Women Black Solid Longline Trench Coat",
        category="Coats",
        color="Black",
    ),
    # lavender fuzzy (acrylic) pullover, white wide-leg trousers. Base BLIP-2 zero-shot.
    case(
        "X1545-017",
        caption("a woman wearing a purple sweater and white pants"),
        she("a purple sweater"),
        color_q("sweater", "purple"),
        describe("sweater", "a fuzzy purple sweater"),
        details("sweater", "the sweater is made of mohair", "unsupported"),
        color_q("pants", "purple", "contradiction"),
        gender="Women",
        title="KASSUALLY Women Lavender Fuzzy Knit Pullover",
        category="Sweaters",
        color="Lavender",
    ),
    # teal quilted jacket, high collar, zipped, black jeans. Base BLIP-2 zero-shot. Blue and green both fit teal.
    case(
        "X1545-018",
        caption("a woman wearing a blue jacket with a zipper"),
        she("a jacket"),
        color_q("jacket", "green"),
        describe("jacket", "the jacket is quilted and has a zipper"),
        details("jacket", "quilted"),
        is_a("jacket", "yes"),
        gender="Women",
        title="Fort Collins Women Teal Solid Quilted Jacket",
        category="Jackets",
        color="Teal",
    ),
    # peach knit open-front shrug (plain hem) over a white sleeveless top, blue jeans. Base BLIP-2 zero-shot.
    case(
        "X1545-019",
        caption("a woman wearing a pink cardigan over a white top"),
        she("a cardigan"),
        color_q("shrug", "white", "other_garment_color"),
        describe("shrug", "the shrug is a light pink color and has a ruffled hem", "unsupported"),
        details("shrug", "shrug details", "restated"),
        color_q("jeans", "blue"),
        gender="Women",
        title="Sera Women Peach-Coloured Solid Open Front Shrug",
        category="Shrug",
        color="Peach",
    ),
    # charcoal double-breasted overcoat, buttoned, flap pockets, black boots, grey backdrop, bare head. Base BLIP-2
    # zero-shot. No gender column.
    case(
        "X1545-020",
        caption("a woman in a grey coat standing in front of a grey wall"),
        she("a coat and a hat", "unsupported"),
        color_q("coat", "grey"),
        describe(
            "coat",
            "a grey double breasted coat. Question: Describe the coat. Answer: a grey double breasted coat",
            "leak",
        ),
        details("coat", "the coat has buttons on the front and pockets on the side"),
        is_a("coat", "yes"),
        title="MANGO Women Charcoal Grey Double-Breasted Overcoat",
        category="Coats",
        color="Charcoal",
    ),
    # off-white cable-knit crew neck over a light blue denim shirt (collar and cuffs out), black jeans. Base BLIP-2.
    case(
        "X1545-021",
        caption("a woman wearing a white sweater and a denim shirt"),
        she("a sweater and a shirt"),
        color_q("sweater", "blue", "other_garment_color"),
        describe("sweater", "it is a white cable knit sweater"),
        details("sweater", "cable knit"),
        color_q("shirt", "blue"),
        gender="Women",
        title="Roadster Women Off-White Cable Knit Pullover",
        category="Sweaters",
        color="Off White",
    ),
    # black puffer with a faux-fur trimmed hood, zipped, black jeans. Base BLIP-2 zero-shot. All right.
    case(
        "X1545-022",
        caption("a woman wearing a black jacket with a fur hood"),
        she("a black jacket"),
        color_q("jacket", "black"),
        describe("jacket", "it is a black jacket with a fur hood"),
        details("jacket", "the jacket has a fur hood and a zipper"),
        gender="Women",
        title="Columbia Women Black Solid Hooded Puffer Jacket",
        category="Jackets",
        color="Black",
    ),
    # burgundy button cardigan, open, over a black-and-white Breton striped tee, black jeans. Base BLIP-2; the feed
    # row has no category, so the questionnaire used "cardigan" from the title.
    case(
        "X1545-023",
        caption("a woman wearing a red cardigan and a striped shirt"),
        she("a striped shirt and a cardigan"),
        color_q("cardigan", "black and white", "other_garment_color"),
        describe("cardigan", "it is a red cardigan with buttons"),
        details("cardigan", "striped", "contradiction"),
        color_q("shirt", "black and white"),
        gender="Women",
        title="Vero Moda Women Burgundy Solid Cardigan",
        color="Burgundy",
    ),
    # khaki belted trench over a white shirt, blue jeans; she holds a tan handbag. Base BLIP-2 zero-shot.
    case(
        "X1545-024",
        caption("a woman in a trench coat holding a purse"),
        she("a trench coat"),
        color_q("coat", "tan"),
        describe("coat", "a tan trench coat with a belt"),
        details("coat", "", "non_answer"),
        color_q("jeans", "blue"),
        gender="Women",
        title="StyleStone Women Khaki Solid Belted Trench Coat",
        category="Coats",
        color="Khaki",
    ),
    # cream teddy (sherpa) jacket worn open over a black turtleneck, black trousers. Base BLIP-2 zero-shot.
    case(
        "X1545-025",
        caption("a woman wearing a white fur coat"),
        she("a fur coat"),
        color_q("jacket", "black", "other_garment_color"),
        describe("jacket", "it is a white fur jacket"),
        details(
            "jacket",
            "faux fur, faux fur, faux fur, faux fur, faux fur, faux fur, faux fur, faux fur, faux fur, faux",
            "loop",
            hit_limit=True,
        ),
        is_a("jacket", "yes"),
        gender="Women",
        title="Vero Moda Women Cream Solid Teddy Jacket",
        category="Jackets",
        color="Cream",
    ),
    # sheer black georgette kimono shrug over a red maxi dress. Base BLIP-2 zero-shot.
    case(
        "X1545-026",
        caption("a woman wearing a red dress and a black kimono"),
        she("a red dress"),
        color_q("shrug", "red", "other_garment_color"),
        describe("shrug", "it is a black kimono"),
        details("shrug", "the shrug is see through"),
        is_a("shrug", "yes"),
        gender="Women",
        title="SASSAFRAS Women Black Sheer Longline Kimono Shrug",
        category="Shrug",
        color="Black",
    ),
    # grey glen-check longline coat (no belt), black turtleneck, black trousers. Base BLIP-2 zero-shot.
    case(
        "X1545-027",
        caption("a woman in a grey plaid coat and black pants"),
        she("a coat"),
        color_q("coat", "grey"),
        describe("coat", "the coat is grey"),
        details("coat", "the coat is made of wool and has a belt", "unsupported"),
        color_q("pants", "grey", "contradiction"),
        is_a("coat", "yes"),
        gender="Women",
        title="Marks & Spencer Women Grey Checked Longline Coat",
        category="Coats",
        color="Grey",
    ),
    # sea green cropped cardigan buttoned up and worn as a top, high-waist white trousers. Base BLIP-2 zero-shot.
    case(
        "X1545-028",
        caption("a woman wearing a green cropped sweater and white pants"),
        she("a sweater"),
        color_q("sweater", "green"),
        describe("sweater", "cropped"),
        details(
            "sweater",
            "the sweater has a button down front and a button down front and a button down front and a button down"
            " front and a",
            "loop",
            hit_limit=True,
        ),
        color_q("pants", "white"),
        gender="Women",
        title="Tokyo Talkies Women Sea Green Solid Crop Cardigan",
        category="Sweaters",
        color="Sea Green",
    ),
    # mid-blue denim trucker jacket over a white tee, blue jeans (double denim). Base BLIP-2 zero-shot.
    case(
        "X1545-029",
        caption("a woman wearing a denim jacket and jeans"),
        she("a denim jacket"),
        color_q("jacket", "blue"),
        describe("jacket", "it is a denim jacket"),
        details("jacket", "the jacket has two pockets on the front and a button down front"),
        color_q("jeans", "blue"),
        color_q("shirt", "blue", "contradiction"),
        gender="Women",
        title="Roadster Women Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
    ),
    # black textured open cardigan (no pockets) over a mustard top, black trousers; model with a short crop.
    # Base BLIP-2 zero-shot.
    case(
        "X1545-030",
        caption("a man wearing a black cardigan and black pants", "pronoun"),
        she("a black sweater"),
        color_q("sweater", "yellow", "other_garment_color"),
        describe("sweater", "it is a sweater", "restated"),
        details("sweater", "the sweater has pockets", "unsupported"),
        color_q("pants", "black"),
        gender="Women",
        title="Mast & Harbour Women Black Self-Design Open Front Cardigan",
        category="Sweaters",
        color="Black",
    ),
    # coffee brown suede zip jacket, zipped, black jeans; she holds sunglasses in her hand. Base BLIP-2 zero-shot.
    case(
        "X1545-031",
        caption("a woman wearing a brown leather jacket and sunglasses", "unsupported"),
        she("a brown jacket"),
        color_q("jacket", "brown"),
        describe("jacket", "a brown suede jacket"),
        details("jacket", "no", "non_answer"),
        gender="Women",
        title="FOREVER 21 Women Coffee Brown Solid Suede Finish Jacket",
        category="Jackets",
        color="Coffee Brown",
    ),
    # taupe longline open cardigan with patch pockets over a white tee, blue jeans. Base BLIP-2 zero-shot.
    case(
        "X1545-032",
        caption("a woman wearing a long cardigan and jeans"),
        she("a cardigan"),
        color_q("sweater", "grey"),
        describe("sweater", "it's a long cardigan with pockets"),
        details(
            "sweater",
            "the sweater is a long cardigan that is made of a soft material and has pockets on the front. it is a"
            " great piece to wear over a",
            "cut",
            hit_limit=True,
        ),
        color_q("shirt", "white"),
        gender="Women",
        title="ONLY Women Taupe Solid Longline Cardigan",
        category="Sweaters",
        color="Taupe",
    ),
    # red puffer (stand collar, no hood), side pose, black beanie. Base BLIP-2 zero-shot.
    case(
        "X1545-033",
        caption("a woman wearing a red jacket and a black hat"),
        she("a red jacket and a black hat"),
        color_q("jacket", "red"),
        describe("jacket", "it is a jacket", "restated"),
        details("jacket", "it has a hood and a zipper", "unsupported"),
        gender="Women",
        title="HRX by Hrithik Roshan Women Red Solid Puffer Jacket",
        category="Jackets",
        color="Red",
    ),
    # maroon satin bomber over a black crop top, black jeans. Base BLIP-2 zero-shot.
    case(
        "X1545-034",
        caption("a woman wearing a red bomber jacket"),
        she("a bomber jacket"),
        color_q("jacket", "red"),
        describe(
            "jacket", "bomber jacket Question: What are the jacket details? Answer: the jacket has a zipper", "leak"
        ),
        details("jacket", "the jacket has a zipper"),
        color_q("jeans", "black"),
        gender="Women",
        title="Roadster Women Maroon Solid Bomber Jacket",
        category="Jackets",
        color="Maroon",
    ),
    # white fluffy bolero shrug over a black bodycon party dress. Base BLIP-2 zero-shot.
    case(
        "X1545-035",
        caption("a woman in a black dress and a white jacket"),
        she("a black dress and a white shrug"),
        color_q("shrug", "black", "other_garment_color"),
        describe("shrug", "the shrug is white and has long sleeves"),
        details("shrug", "the shrug is white. Answer: the shrug is white", "leak"),
        is_a("shrug", "yes"),
        gender="Women",
        title="Cation Women White Solid Faux Fur Bolero Shrug",
        category="Shrug",
        color="White",
    ),
    # yellow and navy horizontal striped pullover, blue jeans. Base BLIP-2 zero-shot. All right.
    case(
        "X1545-036",
        caption("a woman wearing a striped sweater and jeans"),
        she("a striped sweater"),
        color_q("sweater", "yellow and blue"),
        describe("sweater", "it is a striped sweater"),
        details("sweater", "stripes"),
        color_q("jeans", "blue"),
        gender="Women",
        title="Pepe Jeans Women Yellow & Navy Blue Striped Pullover",
        category="Sweaters",
        color="Yellow",
    ),
    # mauve V-neck button cardigan, buttoned and worn as a top, black A-line skirt. Base BLIP-2 zero-shot.
    case(
        "X1545-037",
        caption("a woman wearing a pink sweater and a black skirt"),
        she("a pink sweater"),
        color_q("sweater", "pink"),
        describe("sweater", "a pink sweater with buttons"),
        details("sweater", "buttons"),
        color_q("skirt", "pink", "contradiction"),
        gender="Women",
        title="DressBerry Women Mauve Solid V-Neck Cardigan",
        category="Sweaters",
        color="Mauve",
    ),
    # flat lay: grey cable-knit button cardigan on a white surface, no person. Base BLIP-2. No colour column.
    case(
        "X1545-038",
        caption("a grey sweater on a white background"),
        she("a sweater"),
        color_q("sweater", "grey"),
        describe("sweater", "it is a grey cable knit cardigan"),
        details("sweater", "the sweater has buttons down the front"),
        gender="Women",
        title="Allen Solly Woman Grey Cable Knit Cardigan",
        category="Sweaters",
    ),
    # navy pea coat, buttoned, grey knit scarf round the neck, blue jeans. Base BLIP-2 zero-shot.
    case(
        "X1545-039",
        caption("a woman wearing a navy coat and a grey scarf"),
        she("a coat and scarf"),
        color_q("coat", "grey", "other_garment_color"),
        describe("coat", "a blue pea coat with buttons"),
        details("coat", "the coat has a scarf", "unsupported"),
        color_q("jeans", "blue"),
        gender="Women",
        title="Harvard Women Navy Blue Solid Pea Coat",
        category="Coats",
        color="Navy Blue",
    ),
    # red, white and navy Fair Isle pullover (snowflake bands, no reindeer), black jeans. Base BLIP-2 zero-shot.
    case(
        "X1545-040",
        caption("a woman wearing a christmas sweater"),
        she("a sweater"),
        color_q("sweater", "red"),
        describe("sweater", "it is a red and white sweater with a snowflake pattern"),
        details(
            "sweater",
            "snowflakes, reindeer, snowflakes, reindeer, snowflakes, reindeer, snowflakes, reindeer, snowflakes,"
            " reindeer, snow",
            "loop",
            hit_limit=True,
        ),
        color_q("jeans", "black"),
        gender="Women",
        title="Mast & Harbour Women Multicoloured Fair Isle Pullover",
        category="Sweaters",
        color="Multi",
    ),
    # grey melange hooded open-front shrug over a white tee, black leggings. Base BLIP-2 zero-shot.
    case(
        "X1545-041",
        caption("a woman wearing a grey hoodie"),
        she("a hoodie"),
        color_q("shrug", "grey"),
        describe("shrug", "it is a grey hoodie with a white shirt underneath"),
        details("shrug", "the hoodie has a hood"),
        is_a("shrug", "no", "contradiction"),
        gender="Women",
        title="Kotty Women Grey Melange Hooded Open Front Shrug",
        category="Shrug",
        color="Grey Melange",
    ),
    # white quilted puffer, zipped, beige trousers. Base BLIP-2 zero-shot.
    case(
        "X1545-042",
        caption("a woman in a white puffer jacket"),
        she("a white jacket"),
        color_q("jacket", "white"),
        describe("jacket", "he is wearing a white puffer jacket", "pronoun"),
        details("jacket", "the jacket is padded"),
        color_q("pants", "white", "contradiction"),
        gender="Women",
        title="Roadster Women White Solid Quilted Puffer Jacket",
        category="Jackets",
        color="White",
    ),
    # pink fuzzy cardigan buttoned and tucked into a white pleated skirt (no jeans in the shot). Base BLIP-2.
    case(
        "X1545-043",
        caption("a woman wearing a pink sweater and a white skirt"),
        she("a pink sweater and a white skirt"),
        color_q("sweater", "pink"),
        describe("sweater", "pink fuzzy sweater"),
        details("sweater", "fuzzy"),
        color_q("jeans", "white", "unsupported"),
        gender="Women",
        title="SASSAFRAS Women Pink Fuzzy Button Cardigan",
        category="Sweaters",
        color="Pink",
    ),
    # black and white houndstooth coat, black trousers. Base BLIP-2 zero-shot.
    case(
        "X1545-044",
        caption("a woman wearing a black and white coat"),
        she("a black and white coat"),
        color_q("coat", "black and white"),
        describe("coat", "it's a houndstooth coat"),
        details("coat", "it's a coat", "restated"),
        color_q("pants", "black and white", "contradiction"),
        gender="Women",
        title="Mast & Harbour Women Black & White Houndstooth Overcoat",
        category="Coats",
        color="Black",
    ),
    # cream chunky-knit cardigan over a white tee, light blue jeans. Base BLIP-2 zero-shot; the caption ran away.
    case(
        "X1545-045",
        caption(
            "a woman wearing a white sweater and jeans with a white sweater and jeans with a white sweater and jeans"
            " with a white sweater and jeans with a white sweater and jeans with a white sweater and jeans with a"
            " white sweater and",
            "loop",
            hit_limit=True,
        ),
        she("a white sweater"),
        color_q("sweater", "white"),
        describe("sweater", "a white sweater"),
        details("sweater", "chunky knit"),
        color_q("jeans", "blue"),
        gender="Women",
        title="H&M Women Cream Chunky Knit Cardigan",
        category="Sweaters",
        color="Cream",
    ),
    # back view: bottle green longline overcoat with a centre back vent, black boots. Base BLIP-2 zero-shot.
    case(
        "X1545-046",
        caption("the back of a woman in a long green coat"),
        she("a long coat"),
        color_q("coat", "green"),
        describe(
            "coat",
            "the coat is long and green and it has a slit in the back. it is made of wool and has a collar. it is a",
            "cut",
            hit_limit=True,
        ),
        details("coat", "slit"),
        is_a("coat", "yes"),
        gender="Women",
        title="Vero Moda Women Green Solid Longline Overcoat",
        category="Coats",
        color="Green",
    ),
]
