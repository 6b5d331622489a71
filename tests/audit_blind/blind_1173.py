"""BLIND_1173 (45 products; Myntra women's tops, shirts, co-ords by the VQA adapter): written blind in the sixty-first
session. Measured blind at b4dbcd1 (the session's second rules): 61/84 failures found (72.6%) and 24/229 correct
texts flagged (10.5%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's Tops, Shirts and Co-Ords (article type in `category`, base colour in `color`,
`gender` as Myntra writes it, one or two rows missing a column). Photos are the catalog's first image: a model on a
plain grey or white backdrop wearing the product with jeans, trousers, a skirt or shorts, sometimes a layer over or
under it; one flat lay, one back view, one prop (a straw hat). enrich ran its default questionnaire (garment type,
color, pattern, sleeve length, description, details, material) with free generation by the VQA adapter
(leoreigoto/Data3_V3_BLIP2_VQA on Salesforce/blip2-opt-2.7b), greedy, 30 new tokens, no caption. A few products have
only some of the seven answers stored (the run timed out on them).
Who wrote what: every text is the VQA adapter's free generation; there is no caption and no other engine. The adapter
was trained on short In-shop answers (a color, a garment class) with unmasked labels, so short closed answers usually
stop on a newline, while the open ones (description, details) often loop or run to the 30-token limit; it sometimes
echoes the `Question: ... Answer:` format, says "yes" to a non-yes/no question, or answers with the color of the
jeans or trousers in the picture.
Labeling conventions and judgement calls: judged against the photo I imagined (the comment above each case) and the
title. Near hues are accepted (navy -> blue, mustard -> yellow, maroon -> red, rust and coral -> orange, lavender ->
purple, teal and sea green -> green, off white -> white, peach -> pink); beige called white is wrong. Three-quarter
sleeves answered "long" are marked contradiction. Material is judged against the product page's fabric (given in the
comment): a fiber the page does not support is `unsupported` ("silk" for polyester satin, "linen" for viscose). For a
co-ord set, naming only one of its pieces ("shorts") is left correct; naming a one-piece garment ("dress", "romper",
"pajamas") is a contradiction, and so is the description that repeats it. A color that belongs to the bottom or layer
worn with the product is `other_garment_color`; a wrong garment class or wrong pattern/sleeves is `contradiction`.
A text that ran 30 tokens but happens to end on a whole phrase is marked hit_limit and left correct (one of them).
Loops are marked hit_limit (they always run to the limit). Empty answers and "yes" are `non_answer`; tautologies
("the shorts are shorts") are `restated`; a pattern answered with a color ("yellow") or sleeves answered "yes" is
`non_answer`. A cut description that also invents things (boots, a bag) is labeled `cut`, its first fault. About a
quarter of the texts are wrong, less than the usual four in ten: the closed answers are one or two words and mostly
right; the failures gather in description, details and material.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import case

W = "Women"

BLIND_1173 = [
    # Model in a white pure-cotton shirt, long sleeves, collar, buttons, no pocket, with blue jeans; grey backdrop.
    # All texts: VQA adapter, free generation.
    case(
        "X1173-001",
        Q.garment_type("shirt"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a white shirt with a collar and buttons"),
        Q.details(
            "the collar, the buttons, the sleeves, the collar, the buttons, the sleeves, the collar, the buttons, the"
            " sleeves, the collar",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender=W,
        title="Roadster Women White Solid Pure Cotton Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # Black ribbed crop top, short puff sleeves, square neck, with high-waist beige trousers. Fabric on the page:
    # polyester-elastane rib. VQA adapter.
    case(
        "X1173-002",
        Q.garment_type("top"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("black crop top with puff sleeves"),
        Q.details(
            "puff sleeves and a square neckline and a square neckline and a square neckline and a square neckline and"
            " a square neckline and a",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton", "unsupported"),
        gender=W,
        title="SASSAFRAS Women Black Puff Sleeves Crop Top",
        category="Tops",
        color="Black",
    ),
    # Mustard wrap top with a small white floral print, v-neck, short flared sleeves, tie at the waist, plain hem,
    # with blue jeans. Page: polyester georgette. VQA adapter.
    case(
        "X1173-003",
        Q.garment_type("blouse"),
        Q.color("yellow"),
        Q.pattern("floral"),
        Q.sleeve_length("short"),
        Q.description(
            "a yellow floral blouse with a v-neck and a tie at the waist and short sleeves and a pair of blue jeans and"
            " a pair of",
            "cut",
            hit_limit=True,
        ),
        Q.details("v-neck, tie at the waist, short sleeves"),
        Q.material("polyester"),
        gender=W,
        title="Tokyo Talkies Women Mustard Yellow Floral Print Wrap Top",
        category="Tops",
        color="Mustard",
    ),
    # Navy and white vertical stripes, long sleeves, collar, no pocket, half-tucked into white trousers. Page:
    # cotton. VQA adapter.
    case(
        "X1173-004",
        Q.garment_type("shirt"),
        Q.color("blue"),
        Q.pattern("striped"),
        Q.sleeve_length("long"),
        Q.description("he is wearing a blue and white striped shirt", "pronoun"),
        Q.details("the shirt has a collar and buttons down the front and a pocket on the chest", "unsupported"),
        Q.material("cotton"),
        gender=W,
        title="HERE&NOW Women Navy Blue & White Striped Regular Fit Casual Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Co-ord: olive short-sleeve shirt and matching wide-leg trousers (elastic waist with drawstring, side pockets),
    # white sneakers. Page: viscose rayon, linen look. VQA adapter.
    case(
        "X1173-005",
        Q.garment_type("shirt and pants"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a green shirt and green pants"),
        Q.details(
            "the shirt has a collar and buttons, the pants have a drawstring waist and pockets on the sides and the"
            " pants have a drawstring waist and pockets on",
            "loop",
            hit_limit=True,
        ),
        Q.material("linen", "unsupported"),
        gender=W,
        title="SASSAFRAS Women Olive Green Solid Shirt & Trousers Co-Ord Set",
        category="Co-Ords",
        color="Olive",
    ),
    # Pink georgette sleeveless top, ruffle at the neckline, with white jeans. Page: polyester. VQA adapter.
    case(
        "X1173-006",
        Q.garment_type("tank"),
        Q.color("pink"),
        Q.pattern("solid"),
        Q.sleeve_length("short", "contradiction"),
        Q.description("pink tank top with ruffles"),
        Q.details("ruffles"),
        Q.material("polyester"),
        gender=W,
        title="DressBerry Women Pink Ruffled Top",
        category="Tops",
        color="Pink",
    ),
    # Black and white gingham shirt, long sleeves, worn open over a white tank with black jeans. Page: cotton.
    # VQA adapter.
    case(
        "X1173-007",
        Q.garment_type("shirt"),
        Q.color(
            "black and white and black and white and black and white and black and white and black and white and black"
            " and white and black",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("checkered"),
        Q.sleeve_length("long"),
        Q.description("a black and white checkered shirt with a white tank top and black jeans"),
        Q.details("the shirt is checked"),
        Q.material("denim", "unsupported"),
        gender=W,
        title="Mast & Harbour Women Black & White Checked Casual Shirt",
        category="Shirts",
        color="Black",
    ),
    # Co-ord: indigo block-printed cotton top with small floral buttis, three-quarter sleeves, matching palazzos,
    # juttis. VQA adapter.
    case(
        "X1173-008",
        Q.garment_type("dress", "contradiction"),
        Q.color("blue"),
        Q.pattern("printed"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.description("a blue and white dress with a floral print", "contradiction"),
        Q.details("", "non_answer"),
        Q.material("cotton"),
        gender=W,
        title="Bitiya by Bhama Women Blue Printed Pure Cotton Top with Palazzos",
        category="Co-Ords",
        color="Blue",
    ),
    # White broderie anglaise (eyelet) top, short puff sleeves, square neck, with light-blue denim shorts. Page:
    # cotton. VQA adapter.
    case(
        "X1173-009",
        Q.garment_type("blouse"),
        Q.color("white"),
        Q.pattern("lace"),
        Q.sleeve_length("short"),
        Q.description("white blouse with eyelet details"),
        Q.details(
            "eyelet, eyelet, eyelet, eyelet, eyelet, eyelet, eyelet, eyelet, eyelet, eyelet, eyelet, eyelet, eyelet,"
            " eyelet, eyelet",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender=W,
        title="Vero Moda Women White Broderie Anglaise Top",
        category="Tops",
        color="White",
    ),
    # Maroon cotton-jersey top, round neck, long sleeves, with black jeans. VQA adapter.
    case(
        "X1173-010",
        Q.garment_type("tee"),
        Q.color("red"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("he is wearing a red long sleeve shirt", "pronoun"),
        Q.details("long sleeves"),
        Q.material("cotton"),
        gender=W,
        title="Roadster Women Maroon Solid Regular Top",
        category="Tops",
        color="Maroon",
    ),
    # Black satin shirt, long sleeves, collar, buttons, with beige trousers and black heels. Page: polyester satin.
    # VQA adapter.
    case(
        "X1173-011",
        Q.garment_type("blouse"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description(
            "black satin blouse with a collar and long sleeves and buttons down the front and a pair of beige pants"
            " and a pair of black heels and a",
            "cut",
            hit_limit=True,
        ),
        Q.details("buttons"),
        Q.material("silk", "unsupported"),
        gender=W,
        title="Tokyo Talkies Women Black Satin Shirt",
        category="Shirts",
        color="Black",
    ),
    # Mid-blue denim shirt, long sleeves, two flap chest pockets, worn open over a white tee, black jeans, white
    # sneakers. Page: cotton denim. VQA adapter.
    case(
        "X1173-012",
        Q.garment_type("denim"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description(
            "a denim shirt with two pockets on the chest, worn open over a white t-shirt with black jeans and white"
            " sneakers",
            hit_limit=True,
        ),
        Q.details("two pockets on the chest"),
        Q.material("denim"),
        gender=W,
        title="ONLY Women Blue Denim Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Co-ord: beige rib-knit sleeveless crop top and matching shorts, white sneakers. Material answer not stored.
    # VQA adapter.
    case(
        "X1173-013",
        Q.garment_type("shorts"),
        Q.color("white", "contradiction"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        Q.description("a white tank top and white shorts", "contradiction"),
        Q.details("the top is a tank top and the shorts are shorts", "restated"),
        gender=W,
        title="Tokyo Talkies Women Beige Crop Top & Shorts Co-Ords",
        category="Co-Ords",
        color="Beige",
    ),
    # Dark green top, small white and pink flowers, three-quarter bell sleeves, round neck with keyhole tie, white
    # jeans. Page: polyester crepe. VQA adapter.
    case(
        "X1173-014",
        Q.garment_type("blouse"),
        Q.color("green"),
        Q.pattern("floral"),
        Q.sleeve_length("3/4"),
        Q.description("green floral blouse"),
        Q.details(
            "floral print, 3/4 sleeves, keyhole neckline, floral print, 3/4 sleeves, keyhole neckline, floral print,"
            " 3/4 sleeves, keyhole",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender=W,
        title="Harpa Women Green Floral Print Top",
        category="Tops",
        color="Green",
    ),
    # Light pink formal shirt, long sleeves, tucked into navy trousers. Page: cotton blend. VQA adapter.
    case(
        "X1173-015",
        Q.garment_type("shirt"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("he is wearing a pink shirt and blue pants", "pronoun"),
        Q.details("collar, buttons, cuffs"),
        Q.material("cotton"),
        gender=W,
        title="Allen Solly Woman Pink Solid Formal Shirt",
        category="Shirts",
        color="Pink",
    ),
    # Red top, smocked bodice, short flutter sleeves, square neck, with a black skirt. Page: polyester. VQA adapter.
    case(
        "X1173-016",
        Q.garment_type("blouse"),
        Q.color("red"),
        Q.pattern("solid"),
        Q.sleeve_length("yes", "non_answer"),
        Q.description("red top with smocking"),
        Q.details(
            "smocking on the bodice and the sleeves are short and the neckline is square and the hem is",
            "cut",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender=W,
        title="Berrylush Women Red Self Design Top",
        category="Tops",
        color="Red",
    ),
    # Co-ord: lavender satin shirt, long sleeves, buttons, matching trousers, block heels (day wear, not sleepwear).
    # Page: polyester satin. VQA adapter.
    case(
        "X1173-017",
        Q.garment_type("pajamas", "contradiction"),
        Q.color("purple"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("purple satin pajamas", "contradiction"),
        Q.details("Question: What are the details of the garment? Answer: buttons down the front", "leak"),
        Q.material("satin"),
        gender=W,
        title="KASSUALLY Women Lavender Shirt & Trousers Co-Ord Set",
        category="Co-Ords",
        color="Lavender",
    ),
    # White top with black polka dots, short puff sleeves, v-neck, tucked into black trousers. Page: polyester.
    # VQA adapter.
    case(
        "X1173-018",
        Q.garment_type("blouse"),
        Q.color("white"),
        Q.pattern("polka dot"),
        Q.sleeve_length("short"),
        Q.description("white blouse with black polka dots"),
        Q.details("polka dots"),
        Q.material("polyester"),
        gender=W,
        title="Mango Women White & Black Polka Dot Print Top",
        category="Tops",
        color="White",
    ),
    # Light blue shirt with thin white stripes, long sleeves, with grey trousers. Page: cotton. VQA adapter.
    case(
        "X1173-019",
        Q.garment_type("shirt"),
        Q.color("grey", "other_garment_color"),
        Q.pattern("striped"),
        Q.sleeve_length("long"),
        Q.description("grey shirt with stripes", "other_garment_color"),
        Q.details(
            "the collar and the cuffs and the buttons and the collar and the cuffs and the buttons and the collar and"
            " the cuffs and the buttons and",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender=W,
        title="Van Heusen Woman Blue Striped Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Rust satin wrap crop top, long balloon sleeves, tie at the side, with black trousers. Page: polyester satin.
    # VQA adapter.
    case(
        "X1173-020",
        Q.garment_type("top"),
        Q.color("orange"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("orange satin wrap top with long sleeves"),
        Q.details("the details of the garment are the details of the garment", "restated"),
        Q.material("satin"),
        gender=W,
        title="FabAlley Women Rust Orange Wrap Crop Top",
        category="Tops",
        color="Rust",
    ),
    # Off-white cotton shirt, tone-on-tone embroidery on the yoke, long sleeves, with blue jeans. Page: cotton.
    # VQA adapter.
    case(
        "X1173-021",
        Q.garment_type("shirt"),
        Q.color("white"),
        Q.pattern("embroidered"),
        Q.sleeve_length("long"),
        Q.description("white shirt with blue jeans"),
        Q.details("embroidered Question: What are the details of the pants? Answer: blue jeans", "leak"),
        Q.material("linen", "unsupported"),
        gender=W,
        title="HERE&NOW Women Off White Embroidered Shirt",
        category="Shirts",
        color="Off White",
    ),
    # Black rib tank top (the product), styled under an open oversized beige shirt with long sleeves, blue jeans.
    # Page: cotton rib. VQA adapter.
    case(
        "X1173-022",
        Q.garment_type("jacket", "contradiction"),
        Q.color("beige", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long", "contradiction"),
        Q.description("a beige jacket over a black tank top"),
        Q.details("black tank top"),
        Q.material("cotton"),
        gender=W,
        title="Roadster Women Black Solid Tank Top",
        category="Tops",
        color="Black",
    ),
    # Co-ord: pink top with a green leaf print, short sleeves, round neck, matching straight trousers with an
    # elastic waist and no pockets, flat sandals. Page: viscose rayon. VQA adapter.
    case(
        "X1173-023",
        Q.garment_type("top and pants"),
        Q.color("pink"),
        Q.pattern("floral"),
        Q.sleeve_length("the sleeves", "non_answer"),
        Q.description("pink and green top and pants"),
        Q.details("the top has a round neck and short sleeves and the pants have pockets", "unsupported"),
        Q.material("rayon"),
        gender=W,
        title="Global Desi Women Pink & Green Printed Top & Trousers Co-Ords",
        category="Co-Ords",
        color="Pink",
    ),
    # Royal blue shirt with a white daisy print, long sleeves, collar, with white trousers; no bag, no shoes in frame.
    # Page: viscose. VQA adapter.
    case(
        "X1173-024",
        Q.garment_type("blouse"),
        Q.color("white", "other_garment_color"),
        Q.pattern("floral"),
        Q.sleeve_length("long"),
        Q.description(
            "blue floral shirt with long sleeves and a collar and white pants and white shoes and a white bag and a"
            " white",
            "cut",
            hit_limit=True,
        ),
        Q.details("floral"),
        Q.material("cotton", "unsupported"),
        gender=W,
        title="Trendyol Women Blue Floral Print Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Lemon-yellow sleeveless top, high neck, with white trousers. Page: polyester. VQA adapter.
    case(
        "X1173-025",
        Q.garment_type("tank"),
        Q.color("yellow"),
        Q.pattern("yellow", "non_answer"),
        Q.sleeve_length("sleeveless"),
        Q.description("yellow"),
        Q.details("high neck"),
        Q.material("yes", "non_answer"),
        gender=W,
        title="StyleStone Women Yellow Solid Sleeveless Top",
        category="Tops",
        color="Yellow",
    ),
    # Co-ord: white shirt with black pinstripes, camp collar, short sleeves, matching shorts. Page: cotton.
    # VQA adapter.
    case(
        "X1173-026",
        Q.garment_type("romper", "contradiction"),
        Q.color("black and white"),
        Q.pattern("striped"),
        Q.sleeve_length("short"),
        Q.description("a black and white striped romper", "contradiction"),
        Q.details(
            "stripes, stripes, stripes, stripes, stripes, stripes, stripes, stripes, stripes, stripes, stripes,"
            " stripes, stripes, stripes",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender=W,
        title="Tokyo Talkies Women White & Black Striped Shirt & Shorts Co-Ord Set",
        category="Co-Ords",
        color="White",
    ),
    # Peach crepe top, short ruffle sleeves, round neck, with blue jeans. Page: polyester crepe. VQA adapter.
    case(
        "X1173-027",
        Q.garment_type("blouse"),
        Q.color("pink"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("he is wearing a pink blouse and blue jeans", "pronoun"),
        Q.details("ruffles"),
        Q.material("crepe"),
        gender=W,
        title="DressBerry Women Peach-Coloured Solid Top",
        category="Tops",
        color="Peach",
    ),
    # Olive cotton-twill utility shirt, two flap chest pockets, roll-up sleeve tabs, long sleeves, with black jeans.
    # VQA adapter.
    case(
        "X1173-028",
        Q.garment_type("jacket", "contradiction"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("green jacket with pockets", "contradiction"),
        Q.details("pockets on the chest and the sleeves are rolled up"),
        Q.material("cotton"),
        gender=W,
        title="Mast & Harbour Women Olive Green Utility Shirt",
        category="Shirts",
        color="Olive",
    ),
    # Navy top with a white geometric print, short sleeves, v-neck, with white jeans. Page: polyester. VQA adapter.
    case(
        "X1173-029",
        Q.garment_type("blouse"),
        Q.color("white", "other_garment_color"),
        Q.pattern("printed"),
        Q.sleeve_length("short"),
        Q.description(
            "a blue and white blouse with a geometric print and a v-neck and short sleeves and a white pair of jeans"
            " and a white pair of",
            "cut",
            hit_limit=True,
        ),
        Q.details("v-neck"),
        Q.material("polyester"),
        gender=W,
        title="Harpa Women Navy Blue Printed Top",
        category="Tops",
        color="Navy Blue",
    ),
    # Black lace top, scalloped hem, sleeveless, lined, slips on (no zipper), with white trousers. Page: polyester
    # lace. VQA adapter.
    case(
        "X1173-030",
        Q.garment_type("blouse"),
        Q.color("black"),
        Q.pattern("lace"),
        Q.sleeve_length("sleeveless"),
        Q.description("black lace top with a zipper at the back", "unsupported"),
        Q.details(
            "lace, lace, lace, lace, lace, lace, lace, lace, lace, lace, lace, lace, lace, lace, lace",
            "loop",
            hit_limit=True,
        ),
        Q.material("lace"),
        gender=W,
        title="AND Women Black Lace Top",
        category="Tops",
        color="Black",
    ),
    # Co-ord: red and white gingham cropped shirt, short sleeves, matching mini skirt. Material answer not stored.
    # VQA adapter.
    case(
        "X1173-031",
        Q.garment_type("dress", "contradiction"),
        Q.color("red"),
        Q.pattern("plaid"),
        Q.sleeve_length("short"),
        Q.description("red and white checked dress", "contradiction"),
        Q.details("Question: What is the pattern of the garment? Answer: plaid", "leak"),
        gender=W,
        title="Rare Women Red Checked Shirt & Skirt Co-Ords",
        category="Co-Ords",
        color="Red",
    ),
    # Flat lay on a grey surface: white oxford shirt, small embroidered logo on the chest, long sleeves. Page: cotton.
    # VQA adapter.
    case(
        "X1173-032",
        Q.garment_type("shirt"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("white shirt with a logo on the chest"),
        Q.details("logo on the chest"),
        Q.material("cotton"),
        gender=W,
        title="U.S. Polo Assn. Women White Solid Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # Emerald green thin rib-knit top, long sleeves, square neck, with black trousers. Page: polyester-elastane.
    # VQA adapter.
    case(
        "X1173-033",
        Q.garment_type("sweater", "contradiction"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("green ribbed top with a square neck"),
        Q.details(
            "square neck, long sleeves, square neck, long sleeves, square neck, long sleeves, square neck, long"
            " sleeves, square neck, long sleeves",
            "loop",
            hit_limit=True,
        ),
        Q.material("wool", "unsupported"),
        gender=W,
        title="SASSAFRAS Women Green Ribbed Fitted Top",
        category="Tops",
        color="Green",
    ),
    # Beige linen-blend shirt with a chest pocket, sleeves rolled to the elbow, worn open over a white tank with white
    # trousers. VQA adapter.
    case(
        "X1173-034",
        Q.garment_type("shirt"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a beige shirt over a white tank top and white pants"),
        Q.details(
            "the shirt is a button down shirt with a collar and a pocket on the chest and the sleeves are rolled up to"
            " the elbows and the shirt is",
            "cut",
            hit_limit=True,
        ),
        Q.material("linen"),
        gender=W,
        title="ONLY Women Beige Solid Linen Shirt",
        category="Shirts",
        color="Beige",
    ),
    # Lavender opaque top, sweetheart neckline, long puff sleeves, with blue jeans. Page: polyester crepe.
    # VQA adapter.
    case(
        "X1173-035",
        Q.garment_type("blouse"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a purple blouse with puff sleeves"),
        Q.details("puff sleeves"),
        Q.material("chiffon", "unsupported"),
        gender=W,
        title="Tokyo Talkies Women Lavender Puff Sleeve Top",
        category="Tops",
        color="Lavender",
    ),
    # Co-ord: off-white cotton slub kurti-style top, white thread embroidery on the yoke, three-quarter sleeves,
    # matching straight pants, juttis. VQA adapter.
    case(
        "X1173-036",
        Q.garment_type("kurta"),
        Q.color("white"),
        Q.pattern("embroidered"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.description("white kurta with white pants"),
        Q.details("embroidery on the neckline and the sleeves", "unsupported"),
        Q.material("cotton"),
        gender=W,
        title="MABISH by Sonal Jain Women Off White Embroidered Top with Trousers",
        category="Co-Ords",
        color="Off White",
    ),
    # Teal rayon shirt, camp collar, short sleeves, with white trousers. No gender column in this row. VQA adapter.
    case(
        "X1173-037",
        Q.garment_type("shirt"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a green shirt with a collar"),
        Q.details("", "non_answer"),
        Q.material("rayon Question: What is the color of the pants? Answer: white", "leak"),
        title="Roadster Women Teal Blue Solid Casual Shirt",
        category="Shirts",
        color="Teal",
    ),
    # Coral off-shoulder smocked top, short ruffled sleeves, with white shorts; the model holds a straw hat.
    # Page: cotton. VQA adapter.
    case(
        "X1173-038",
        Q.garment_type("top"),
        Q.color("orange"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a woman in an orange top holding a straw hat"),
        Q.details(
            "off the shoulder, off the shoulder, off the shoulder, off the shoulder, off the shoulder, off the"
            " shoulder, off the shoulder, off the",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender=W,
        title="Style Quotient Women Coral Smocked Off-Shoulder Top",
        category="Tops",
        color="Coral",
    ),
    # Black shirt-style top with a white abstract brush-stroke print (no flowers), short sleeves, notch collar, with
    # black trousers. Page: polyester. VQA adapter.
    case(
        "X1173-039",
        Q.garment_type("shirt"),
        Q.color("black"),
        Q.pattern("floral", "contradiction"),
        Q.sleeve_length("short"),
        Q.description("a black and white floral shirt", "contradiction"),
        Q.details("collar"),
        Q.material("polyester"),
        gender=W,
        title="Moda Rapido Women Black & White Printed Shirt Style Top",
        category="Tops",
        color="Black",
    ),
    # Co-ord: brown rib-knit long-sleeve crop top and matching flared knit trousers. Page: polyester knit.
    # VQA adapter.
    case(
        "X1173-040",
        Q.garment_type("top and pants"),
        Q.color("brown"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("brown crop top and brown pants"),
        Q.details("ribbed"),
        Q.material("knit"),
        gender=W,
        title="AASK Women Brown Ribbed Crop Top & Flared Trousers Co-Ord Set",
        category="Co-Ords",
        color="Brown",
    ),
    # White off-shoulder bardot top, long sleeves, tucked into a black skirt. Page: polyester. VQA adapter.
    case(
        "X1173-041",
        Q.garment_type("blouse"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a black and white dress", "contradiction"),
        Q.details("off the shoulder neckline"),
        Q.material("polyester"),
        gender=W,
        title="Berrylush Women White Solid Bardot Top",
        category="Tops",
        color="White",
    ),
    # Red and navy tartan flannel shirt, two chest pockets, long sleeves, worn open over a black tee with blue jeans,
    # white sneakers, no belt.
    # VQA adapter.
    case(
        "X1173-042",
        Q.garment_type("jacket", "contradiction"),
        Q.color("red"),
        Q.pattern("plaid"),
        Q.sleeve_length("long"),
        Q.description(
            "red plaid shirt with a black t-shirt underneath and blue jeans and a pair of black boots and a black belt"
            " and a",
            "cut",
            hit_limit=True,
        ),
        Q.details("buttons down the front and a pocket on the chest"),
        Q.material("flannel"),
        gender=W,
        title="HERE&NOW Women Red & Navy Blue Checked Flannel Shirt",
        category="Shirts",
        color="Red",
    ),
    # Co-ord: blue and white floral tie-front crop top, short sleeves, matching midi skirt. Page: polyester.
    # VQA adapter.
    case(
        "X1173-043",
        Q.garment_type("dress", "contradiction"),
        Q.color("blue"),
        Q.pattern("floral"),
        Q.sleeve_length("short"),
        Q.description("a blue floral top and a blue floral skirt"),
        Q.details(
            "tie front, tie front, tie front, tie front, tie front, tie front, tie front, tie front, tie front, tie"
            " front",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender=W,
        title="SASSAFRAS Women Blue & White Floral Printed Top With Skirt",
        category="Co-Ords",
        color="Blue",
    ),
    # Sea-green satin camisole, thin straps, cowl neck, with white trousers. Page: polyester satin. VQA adapter.
    case(
        "X1173-044",
        Q.garment_type("tank"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("short", "contradiction"),
        Q.description("green satin camisole"),
        Q.details("cowl neck and thin straps"),
        Q.material("silk", "unsupported"),
        gender=W,
        title="Vero Moda Women Sea Green Solid Satin Top",
        category="Tops",
        color="Sea Green",
    ),
    # Back view only (the feed's first image): navy shirt with small white polka dots, long sleeves, tucked into
    # beige trousers. Page: viscose. No gender column in this row. VQA adapter.
    case(
        "X1173-045",
        Q.garment_type("shirt"),
        Q.color("blue"),
        Q.pattern("polka dot"),
        Q.sleeve_length("long"),
        Q.description("the back of a blue polka dot shirt"),
        Q.details(
            "the back of the shirt, the back of the shirt, the back of the shirt, the back of the shirt, the back of"
            " the shirt, the back",
            "loop",
            hit_limit=True,
        ),
        Q.material("silk", "unsupported"),
        title="Marks & Spencer Women Navy Polka Dot Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
]
