"""BLIND_1461 (45 products; Myntra women's tops, shirts and co-ords, default questionnaire, VQA adapter): written blind
in the sixty-fifth session. Measured blind at 81d2e84 (the session's second rules): 84/94 failures found (89.4%) and
10/210 correct texts flagged (4.8%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's tops, shirts and co-ord sets (article types Tops, Shirts, Co-Ords), run through
enrich's default questionnaire without the wearing question (garment type, color, pattern, sleeve length,
description, details, material) with free generation by the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA on
Salesforce/blip2-opt-2.7b, greedy, 30 new tokens per answer). There are no captions: this job does not caption.
Photos are the catalog's usual shots: a model on a plain light backdrop wearing the product with jeans, trousers,
a blazer or shorts; now and then a flat lay, a back view, a prop (laptop bag, coffee cup, straw hat, sunglasses).
Some products hold fewer than seven answers: the export kept only the answers that were logged for them.
Who wrote what: every text is the VQA adapter's free generation. The closed answers (garment type, color, pattern,
sleeve length) are mostly short, because the reference engine keeps the model's first words when they map to a
candidate, and keeps the raw text when they don't (hence the odd loop in a closed answer). The open answers
(description, details, material) are where the adapter's missing end-of-answer shows: they run on to the 30-token
limit and are cut mid-phrase, fall into loops, or go on with a new "Question: ... Answer:" turn.
Labeling conventions and judgement calls: judged by the imagined photo and the title. A hue close to the base colour
(rust as orange or brown, teal as green, peach as pink, cream or ivory as white, maroon as red) is correct; navy called
black, or a visible check called solid, is a contradiction. A color that belongs to the bottom, the blazer or the tank
underneath is other_garment_color; "black and beige" for a black shirt worn with a beige skirt is other_garment_color
too. A co-ord set named by its top piece (shirt, blouse, jacket for a blazer set) is correct; named by its bottom
(pants, shorts) or as one piece (jumpsuit, dress) it is a contradiction. In-shop class names (tee, tank, blouse) are
correct when they fit the top. A material the title contradicts (cotton for a georgette top) is a contradiction; a
plausible material the photo supports (cotton for a shirting, linen for a linen-look weave) is correct even when the
title is silent; a composition ("100% cotton"), a fibre the photo argues against (silk for a satin-finish polyester
shirt, wool for a sweatshirt) or a detail that is out of frame (a back view's front pocket, a front view's back keyhole)
is unsupported. A material borrowed from another thing in the photo (denim from the jeans, straw from the hat) is a
contradiction. "he" / "a man" for a women's product is pronoun. A text that ran to the limit is hit_limit=True and
labeled by what it shows: loop when it repeats, leak when it starts a new Question/Answer turn, cut otherwise. Two texts
that ran to the limit but end on a clean list boundary with everything in them right are left unmarked (with
hit_limit=True). An empty answer, "yes" to a question that is not yes/no, or the garment's name alone for its details is
non_answer; "the details of the garment are the details of the garment" and "the garment is a shirt" for Describe are
restated. Pattern "lace" for eyelet/crochet, "plaid" for checks and "floral" for a leaf print are taken as correct.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import case

BLIND_1461 = [
    # Photo: model on white backdrop in a black ribbed boxy crop top, short sleeves, round neck, with light-blue mom
    # jeans and white sneakers. All texts: VQA adapter, free generation.
    case(
        "X1461-001",
        Q.garment_type("tee"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description(
            "a black crop top with short sleeves and a round neckline. the top is paired with a pair of light blue "
            "high waisted jeans and a pair of white",
            "cut",
            hit_limit=True,
        ),
        Q.details(
            "short sleeves, round neck, short sleeves, round neck, short sleeves, round neck, short sleeves, round "
            "neck, short sleeves, round neck, short",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Women",
        title="Roadster Women Black Solid Boxy Crop Top",
        category="Tops",
        color="Black",
    ),
    # Photo: model in a white full-sleeve shirt, sleeves rolled to the elbows, one patch pocket on the left chest,
    # tucked into mid-blue jeans. All texts: VQA adapter.
    case(
        "X1461-002",
        Q.garment_type("shirt"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a white button down shirt with a collar"),
        Q.details("collar, buttons down the front, a pocket on the left side of the chest"),
        Q.material(
            "cotton\nQuestion: What is the color of the shirt? Answer: white\nQuestion: What is the color of the "
            "jeans? Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="HERE&NOW Women White Regular Fit Solid Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: model on a beige backdrop in a rust linen shirt (long roll-up sleeves, collar) with matching wide-leg
    # trousers, white sneakers. All texts: VQA adapter.
    case(
        "X1461-003",
        Q.garment_type("shirt"),
        Q.color("orange"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("an orange shirt and orange pants"),
        Q.details(
            "buttons down the front, collar, pockets on the pants, pockets on the pants, pockets on the pants, "
            "pockets on the pants, pockets on the",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton", "contradiction"),
        gender="Women",
        title="SASSAFRAS Women Rust Linen Shirt with Trousers Co-Ords",
        category="Co-Ords",
        color="Rust",
    ),
    # Photo: front view, model in a maroon fitted top with a square neck and short puff sleeves (the smocked back is
    # not visible), tucked into black trousers. All texts: VQA adapter.
    case(
        "X1461-004",
        Q.garment_type("blouse"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a red blouse with puff sleeves and a square neck"),
        Q.details("puff sleeves, square neckline, smocked back", "unsupported"),
        Q.material(
            "the blouse is made of a stretchy material that is comfortable to wear. the blouse is made of a "
            "stretchy material that is comfortable to",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Tokyo Talkies Women Maroon Solid Fitted Top",
        category="Tops",
        color="Maroon",
    ),
    # Photo: model in a black-and-white gingham shirt-style top with a collar and long sleeves, white wide-leg
    # trousers. Fabric is a light crepe. All texts: VQA adapter.
    case(
        "X1461-005",
        Q.garment_type("shirt"),
        Q.color("black and white"),
        Q.pattern("plaid"),
        Q.sleeve_length("long"),
        Q.description(
            "black and white plaid shirt with black and white plaid shirt with black and white plaid shirt with "
            "black and white plaid shirt with",
            "loop",
            hit_limit=True,
        ),
        Q.details("collar, buttons down the front, long sleeves with buttoned cuffs"),
        Q.material("flannel", "unsupported"),
        gender="Women",
        title="Berrylush Women Black & White Checked Shirt Style Top",
        category="Tops",
        color="Black",
    ),
    # Photo: model in a light pink top with small white flowers, short puff sleeves, sweetheart neckline, blue jeans.
    # All texts: VQA adapter.
    case(
        "X1461-006",
        Q.garment_type("blouse"),
        Q.color("pink"),
        Q.pattern("floral"),
        Q.sleeve_length("short"),
        Q.description("a pink floral blouse with puff sleeves and a sweetheart neckline"),
        Q.details(
            "Question: What is the color of the blouse? Answer: pink\nQuestion: What is the pattern of the blouse? "
            "Answer: floral\nQuestion:",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="DressBerry Women Pink Floral Print Puff Sleeve Top",
        category="Tops",
        color="Pink",
    ),
    # Photo: model in a navy-and-white pinstripe shirt, long sleeves, worn open over a white tank with beige
    # trousers. All texts: VQA adapter.
    case(
        "X1461-007",
        Q.garment_type("shirt"),
        Q.color("beige", "other_garment_color"),
        Q.pattern("striped"),
        Q.sleeve_length("long"),
        Q.description("a blue striped shirt over a white tank top"),
        Q.details(
            "the shirt has a collar, buttons down the front, a pocket on the left side of the chest, and long "
            "sleeves with buttoned cuffs. the shirt is worn",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Women",
        title="Mast & Harbour Women Navy Blue Striped Casual Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Photo: model in a lavender sleeveless top with layered ruffles at the neckline, white jeans. Feed row has no
    # gender. All texts: VQA adapter.
    case(
        "X1461-008",
        Q.garment_type("tank"),
        Q.color("purple"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        Q.description(
            "a purple sleeveless top with ruffles on the neckline and a pair of white jeans. the top is made of a "
            "light weight fabric and has a",
            "cut",
            hit_limit=True,
        ),
        Q.details(
            "ruffles, ruffles, ruffles, ruffles, ruffles, ruffles, ruffles, ruffles, ruffles, ruffles, ruffles, "
            "ruffles, ruffles, ruffles, ruffles",
            "loop",
            hit_limit=True,
        ),
        title="Athena Women Lavender Ruffled Top",
        category="Tops",
        color="Lavender",
    ),
    # Photo: model with short hair in a white formal shirt, long sleeves, tucked into grey formal trousers, holding a
    # laptop bag. All texts: VQA adapter.
    case(
        "X1461-009",
        Q.garment_type("shirt"),
        Q.color("grey", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a man wearing a white shirt and grey pants", "pronoun"),
        Q.details(
            "collar, buttons, collar, buttons, collar, buttons, collar, buttons, collar, buttons, collar, buttons, "
            "collar, buttons, collar",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Women",
        title="Van Heusen Woman White Slim Fit Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: model in a mustard ribbed short-sleeve crop top with matching high-waisted shorts, white sneakers.
    # All texts: VQA adapter.
    case(
        "X1461-010",
        Q.garment_type("shorts", "contradiction"),
        Q.color("yellow"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("yellow top and yellow shorts"),
        Q.details("the top is cropped and the shorts are high waisted"),
        Q.material(
            "cotton, cotton, cotton, cotton, cotton, cotton, cotton, cotton, cotton, cotton, cotton, cotton, "
            "cotton, cotton, cotton",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="KASSUALLY Women Mustard Yellow Solid Top with Shorts",
        category="Co-Ords",
        color="Mustard",
    ),
    # Photo: model in a mid-blue denim shirt, long sleeves, two flap chest pockets, black jeans. All texts: VQA
    # adapter. All correct; the details ran to the limit but end on a clean list boundary.
    case(
        "X1461-011",
        Q.garment_type("shirt"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a blue denim shirt with two pockets on the chest"),
        Q.details(
            "two flap pockets on the chest, buttons down the front, a pointed collar, long sleeves with buttoned "
            "cuffs, a curved hem",
            hit_limit=True,
        ),
        Q.material("denim"),
        gender="Women",
        title="ONLY Women Blue Denim Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: model in a bottle-green top with white and pink flowers, three-quarter bell sleeves, V-neck with a tie,
    # black trousers. Fabric has a slight sheen. All texts: VQA adapter.
    case(
        "X1461-012",
        Q.garment_type("blouse"),
        Q.color("black", "other_garment_color"),
        Q.pattern("floral"),
        Q.sleeve_length("three-quarter"),
        Q.description("a green floral blouse with a v neck and bell sleeves"),
        Q.details(
            "v neck with a tie, bell sleeves, elastic at the hem, elastic at the hem, elastic at the hem, elastic "
            "at the hem, elastic",
            "loop",
            hit_limit=True,
        ),
        Q.material(
            "polyester\nQuestion: What is the color of the garment? Answer: green\nQuestion: What is the pattern "
            "of the",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Harpa Women Green Floral Printed Top",
        category="Tops",
        color="Green",
    ),
    # Photo: model in an off-white top with a lace yoke and short flutter sleeves, blue jeans. All texts: VQA
    # adapter.
    case(
        "X1461-013",
        Q.garment_type("blouse"),
        Q.color("white"),
        Q.pattern("lace"),
        Q.sleeve_length("sleeveless", "contradiction"),
        Q.description("a white blouse with lace on the neck and flutter sleeves"),
        Q.details(
            "lace, lace, lace, lace, lace, lace, lace, lace, lace, lace, lace, lace, lace, lace, lace",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="FabAlley Women Off White Lace Insert Top",
        category="Tops",
        color="Off White",
    ),
    # Photo: model in a pink-and-white candy-stripe shirt, long sleeves, small embroidered logo on the chest, white
    # jeans, white shoes. All texts: VQA adapter.
    case(
        "X1461-014",
        Q.garment_type("shirt"),
        Q.color("pink"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("long"),
        Q.description(
            "a pink and white striped shirt with a logo on the chest and a pair of white jeans and a pair of white "
            "shoes and a pair of white",
            "loop",
            hit_limit=True,
        ),
        Q.details("logo on the chest, buttons down the front, collar"),
        Q.material("cotton"),
        gender="Women",
        title="U.S. Polo Assn. Women Pink Striped Shirt",
        category="Shirts",
        color="Pink",
    ),
    # Photo: model in a black satin-finish shirt (glossy, polyester look), long sleeves, tucked into a beige pleated
    # midi skirt. All texts: VQA adapter.
    case(
        "X1461-015",
        Q.garment_type("blouse"),
        Q.color("black and beige", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description(
            "a black shirt with a black collar and black buttons and black cuffs and black buttons and black cuffs "
            "and black buttons and black cuffs and",
            "loop",
            hit_limit=True,
        ),
        Q.material("silk", "unsupported"),
        gender="Women",
        title="Trendyol Women Black Satin Finish Shirt",
        category="Shirts",
        color="Black",
    ),
    # Photo: model in a teal sleeveless top with matching flared palazzo trousers; top and bottom read as one piece.
    # Feed row has no gender. All texts: VQA adapter.
    case(
        "X1461-016",
        Q.garment_type("jumpsuit", "contradiction"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        Q.description("a green jumpsuit with wide legs", "contradiction"),
        Q.details("sleeveless, wide legs, elastic waist"),
        title="Style Quotient Women Teal Solid Top with Palazzos",
        category="Co-Ords",
        color="Teal",
    ),
    # Photo: model in a red wrap top with long balloon sleeves and a tie at the waist, black jeans. All texts: VQA
    # adapter.
    case(
        "X1461-017",
        Q.garment_type("blouse"),
        Q.color("red"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a woman in a red wrap top"),
        Q.details("wrap front, tie at the waist, balloon sleeves, v neck"),
        Q.material(
            "Question: What material is the garment made of? Answer: cotton\nQuestion: What material is the",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Marie Claire Women Red Solid Wrap Top",
        category="Tops",
        color="Red",
    ),
    # Photo: model with a low bun in a white shirt-style top with a blue abstract leaf print, short sleeves, collar,
    # blue jeans. All texts: VQA adapter.
    case(
        "X1461-018",
        Q.garment_type("shirt"),
        Q.color("white"),
        Q.pattern("floral"),
        Q.sleeve_length("short"),
        Q.description("a man wearing a white shirt with blue leaves", "pronoun"),
        Q.details(
            "short sleeves, collar, buttons down the front, short sleeves, collar, buttons down the front, short "
            "sleeves, collar, buttons down the",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="CHEMISTRY Women White & Blue Printed Shirt Style Top",
        category="Tops",
        color="White",
    ),
    # Photo: model in an olive utility overshirt (two flap chest pockets, epaulettes, roll-tab long sleeves) worn
    # open over a black tank, black jeans. All texts: VQA adapter; the details ran to the limit, all right.
    case(
        "X1461-019",
        Q.garment_type("jacket", "contradiction"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a green shirt with pockets over a black top"),
        Q.details(
            "two pockets on the chest, buttons down the front, epaulettes on the shoulders, roll up tabs on the "
            "sleeves, a pointed collar",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Women",
        title="Levis Women Olive Green Utility Shirt",
        category="Shirts",
        color="Olive",
    ),
    # Photo: model in a peach top with a square neck and short puff sleeves, cropped, white wide-leg trousers. All
    # texts: VQA adapter.
    case(
        "X1461-020",
        Q.garment_type("blouse"),
        Q.color("pink"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("he is wearing a pink top and white pants", "pronoun"),
        Q.details(
            "puff sleeves and a square neckline and a cropped hem and a square neckline and a cropped hem and a "
            "square neckline and a cropped",
            "loop",
            hit_limit=True,
        ),
        Q.material(
            "the top is made of cotton and the pants are made of cotton and the top is made of cotton and the pants "
            "are made of cotton and the",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Tokyo Talkies Women Peach Puff Sleeve Crop Top",
        category="Tops",
        color="Peach",
    ),
    # Photo: model in a dark navy formal shirt (clearly blue against the white trousers), long sleeves with button
    # cuffs. All texts: VQA adapter.
    case(
        "X1461-021",
        Q.garment_type("shirt"),
        Q.color("black", "contradiction"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("the garment is a shirt", "restated"),
        Q.details("collar, buttons down the front, long sleeves with button cuffs"),
        Q.material("polyester", "contradiction"),
        gender="Women",
        title="Allen Solly Woman Navy Blue Pure Cotton Formal Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Photo: model in a black set with small white polka dots: a boxy short-sleeve shirt with a chest pocket and
    # straight trousers with an elastic waist. All texts: VQA adapter.
    case(
        "X1461-022",
        Q.garment_type("shirt"),
        Q.color("black and white"),
        Q.pattern("polka dot"),
        Q.sleeve_length("short"),
        Q.description("a black and white polka dot shirt and black and white polka dot pants"),
        Q.details(
            "the shirt has a collar, buttons down the front, a pocket on the left side of the chest, and short "
            "sleeves. the pants have an elastic waist and",
            "cut",
            hit_limit=True,
        ),
        Q.material("rayon"),
        gender="Women",
        title="SASSAFRAS Women Black & White Polka Dot Print Shirt with Trousers",
        category="Co-Ords",
        color="Black",
    ),
    # Photo: model in a beige linen relaxed shirt, long sleeves, open over a white tank, white trousers. All texts:
    # VQA adapter.
    case(
        "X1461-023",
        Q.garment_type("shirt"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("beige shirt with a collar and buttons"),
        Q.details(
            "the shirt has a collar, buttons down the front, long sleeves with buttoned cuffs and a white tank top "
            "underneath it. the shirt is made of a",
            "cut",
            hit_limit=True,
        ),
        Q.material("linen"),
        gender="Women",
        title="MANGO Women Beige Linen Relaxed Fit Shirt",
        category="Shirts",
        color="Beige",
    ),
    # Photo: flat lay on a white surface, a blue-and-white buffalo-check shirt (brushed cotton, two chest pockets),
    # sunglasses beside it. All texts: VQA adapter.
    case(
        "X1461-024",
        Q.garment_type("shirt"),
        Q.color("blue"),
        Q.pattern("plaid"),
        Q.sleeve_length("yes", "non_answer"),
        Q.description(
            "a blue and white plaid shirt and a pair of sunglasses on a white table. the shirt has two pockets on "
            "the chest and a collar and",
            "cut",
            hit_limit=True,
        ),
        Q.details("two pockets on the chest, buttons, collar"),
        Q.material("flannel"),
        gender="Women",
        title="Roadster Women Blue & White Buffalo Checked Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: model in a white cotton top with schiffli eyelet embroidery, short sleeves, round neck, denim shorts.
    # All texts: VQA adapter.
    case(
        "X1461-025",
        Q.garment_type("yes", "non_answer"),
        Q.color("white"),
        Q.pattern("lace"),
        Q.sleeve_length("short"),
        Q.description("a white blouse with eyelet embroidery and short sleeves"),
        Q.details(
            "the blouse has eyelet embroidery on the front and the back and the sleeves and the hem and the "
            "neckline and the front and the back and",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Women",
        title="Vero Moda Women White Schiffli Embroidered Pure Cotton Top",
        category="Tops",
        color="White",
    ),
    # Photo: model in a mustard shirt, long sleeves, tucked into blue jeans with a brown belt. All texts: VQA
    # adapter.
    case(
        "X1461-026",
        Q.garment_type("shirt"),
        Q.color("yellow"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("yellow shirt tucked into blue jeans with a brown belt"),
        Q.details(
            "Question: What are the details of the shirt? Answer: buttons down the front\nQuestion: What are the "
            "details of the jeans? Answer:",
            "leak",
            hit_limit=True,
        ),
        Q.material("denim", "contradiction"),
        gender="Women",
        title="Qurvii Women Mustard Yellow Solid Casual Shirt",
        category="Shirts",
        color="Mustard",
    ),
    # Photo: model in a black satin cami with thin straps and lace trim at the neckline, under an open white blazer,
    # white trousers. The blazer takes most of the frame. All texts: VQA adapter.
    case(
        "X1461-027",
        Q.garment_type("jacket", "contradiction"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long", "contradiction"),
        Q.description("a woman in a white blazer and a black top"),
        Q.details("lace trim on the neckline"),
        gender="Women",
        title="Cover Story Women Black Solid Lace Trim Cami Top",
        category="Tops",
        color="Black",
    ),
    # Photo: model in a rust top with a cream ethnic block print, three-quarter sleeves, mandarin collar with a
    # keyhole and button, white jeans. All texts: VQA adapter.
    case(
        "X1461-028",
        Q.garment_type("blouse"),
        Q.color("orange"),
        Q.pattern("printed"),
        Q.sleeve_length("three-quarter"),
        Q.description(
            "orange blouse with a white print\nQuestion: What is the pattern of the blouse? Answer: floral\n"
            "Question: What is the",
            "leak",
            hit_limit=True,
        ),
        Q.details(
            "keyhole neckline with a button, mandarin collar, three-quarter sleeves, keyhole neckline with a "
            "button, mandarin collar, three-quarter sleeves,",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Women",
        title="GLOBUS Women Rust Orange Ethnic Motifs Print Top",
        category="Tops",
        color="Rust",
    ),
    # Photo: back view only, model with short hair in a light-blue oxford shirt with a box pleat at the yoke, long
    # sleeves, dark jeans. Nothing of the front is visible. All texts: VQA adapter.
    case(
        "X1461-029",
        Q.garment_type("shirt"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a man in a blue shirt from the back", "pronoun"),
        Q.details("buttons down the front and a pocket on the chest", "unsupported"),
        Q.material("cotton"),
        gender="Women",
        title="H&M Women Light Blue Oxford Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: model in a black single-breasted blazer (two buttons, flap pockets) with matching trousers, worn over a
    # white tee. All texts: VQA adapter.
    case(
        "X1461-030",
        Q.garment_type("jacket"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a woman in a black suit with a white shirt"),
        Q.details(
            "the jacket has two buttons and two pockets and the pants have two pockets and the jacket has two "
            "buttons and two pockets and the pants",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Athena Women Black Solid Blazer with Trousers",
        category="Co-Ords",
        color="Black",
    ),
    # Photo: model in a yellow top with small white daisies, smocked bodice, off-shoulder short puff sleeves, denim
    # shorts. Feed row has no gender. All texts: VQA adapter.
    case(
        "X1461-031",
        Q.garment_type("blouse"),
        Q.color("yellow"),
        Q.pattern("floral"),
        Q.sleeve_length("short"),
        Q.description("the garment is a yellow floral blouse with off the shoulder sleeves"),
        Q.details("the details of the garment are the details of the garment", "restated"),
        Q.material("cotton\nQuestion: What is the color of the garment? Answer: yellow", "leak"),
        title="Dodo & Moa Women Yellow Floral Print Smocked Off-Shoulder Top",
        category="Tops",
        color="Yellow",
    ),
    # Photo: model in a grey melange hooded top (kangaroo pocket, drawstring hood, ribbed cuffs), black joggers.
    # All texts: VQA adapter.
    case(
        "X1461-032",
        Q.garment_type("sweatshirt"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description(
            "a grey hoodie with a kangaroo pocket and a hood with drawstrings. the hoodie is paired with a pair of "
            "black joggers and a pair of white",
            "cut",
            hit_limit=True,
        ),
        Q.details("hood with drawstrings, kangaroo pocket, ribbed cuffs"),
        Q.material("wool", "unsupported"),
        gender="Women",
        title="Campus Sutra Women Grey Melange Solid Hooded Top",
        category="Tops",
        color="Grey Melange",
    ),
    # Photo: model with a pixie cut in an oversized white shirt, long sleeves, knotted at the waist, black cycling
    # shorts. All texts: VQA adapter.
    case(
        "X1461-033",
        Q.garment_type("shirt"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a man in a white shirt and black shorts", "pronoun"),
        Q.details("tied at the waist"),
        Q.material("100% cotton", "unsupported"),
        gender="Women",
        title="Zink London Women White Oversized Solid Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: model in a sea-green set with a small white geometric print: short-sleeve camp-collar shirt and shorts
    # with an elastic waist and side pockets. All texts: VQA adapter.
    case(
        "X1461-034",
        Q.garment_type("shirt"),
        Q.color("green"),
        Q.pattern("geometric"),
        Q.sleeve_length("short"),
        Q.description(
            "a green and white shirt and shorts with a green and white shirt and shorts with a green and white "
            "shirt and shorts with",
            "loop",
            hit_limit=True,
        ),
        Q.details(
            "the shirt has a camp collar, buttons down the front and short sleeves. the shorts have an elastic "
            "waistband and two pockets on the side and a",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Oxolloxo Women Sea Green Geometric Printed Shirt with Shorts",
        category="Co-Ords",
        color="Sea Green",
    ),
    # Photo: model in a navy-and-white Breton-stripe boat-neck top, long sleeves, white trousers. All texts: VQA
    # adapter.
    case(
        "X1461-035",
        Q.garment_type("tee"),
        Q.color("blue"),
        Q.pattern("striped"),
        Q.sleeve_length(
            "long sleeves with long sleeves with long sleeves with long sleeves with long sleeves with long sleeves "
            "with long sleeves with long",
            "loop",
            hit_limit=True,
        ),
        Q.description("a woman in a blue and white striped top"),
        Q.details("boat neck"),
        Q.material("cotton\nQuestion: What is the pattern of the garment? Answer: striped", "leak"),
        gender="Women",
        title="KETCH Women Navy Blue & White Striped Boat Neck Top",
        category="Tops",
        color="Navy Blue",
    ),
    # Photo: flat lay on a wooden floor, a cream crochet-knit sleeveless top with a straw hat placed above it. All
    # texts: VQA adapter.
    case(
        "X1461-036",
        Q.garment_type("tank"),
        Q.color("white"),
        Q.pattern("lace"),
        Q.sleeve_length("sleeveless"),
        Q.description("a white crochet top and a straw hat"),
        Q.details(
            "the top has a crochet pattern on the front and the back and a straw hat on the top of the top and a "
            "straw hat on the",
            "loop",
            hit_limit=True,
        ),
        Q.material("straw", "contradiction"),
        gender="Women",
        title="DressBerry Women Cream-Coloured Self Design Crochet Top",
        category="Tops",
        color="Cream",
    ),
    # Photo: front view, model in a black georgette top with white polka dots, round neck, short ruffled sleeves,
    # black trousers. The back is not visible. All texts: VQA adapter.
    case(
        "X1461-037",
        Q.garment_type("blouse"),
        Q.color(
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("polka dot"),
        Q.sleeve_length("short"),
        Q.description("black and white polka dot blouse with ruffle sleeves"),
        Q.details("ruffle sleeves, round neck, keyhole at the back", "unsupported"),
        Q.material("cotton", "contradiction"),
        gender="Women",
        title="StyleStone Women Black Polka Dot Print Georgette Top",
        category="Tops",
        color="Black",
    ),
    # Photo: model in a pink ribbed-knit set: short-sleeve crop top and a midi skirt with a side slit. All texts:
    # VQA adapter.
    case(
        "X1461-038",
        Q.garment_type("dress", "contradiction"),
        Q.color("pink"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless", "contradiction"),
        Q.description("pink knit top and pink skirt"),
        Q.details("ribbed knit, cropped top, midi skirt with a slit on the side"),
        Q.material("knit"),
        gender="Women",
        title="CHEMISTRY Women Pink Knitted Top with Skirt",
        category="Co-Ords",
        color="Pink",
    ),
    # Photo: model with tied-back hair in a blue-and-white fine-check formal shirt (checks small but visible), long
    # sleeves, navy trousers, holding a coffee cup. All texts: VQA adapter.
    case(
        "X1461-039",
        Q.garment_type("shirt"),
        Q.color("blue"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("long"),
        Q.description("a man in a blue shirt holding a cup of coffee", "pronoun"),
        Q.details(
            "the shirt has a collar and buttons down the front and a pocket on the left side of the chest and a "
            "pair of dark blue pants and a",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Women",
        title="Park Avenue Woman Blue Checked Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: model in an olive cropped shirt with short sleeves and a collar, beige cargo pants. Feed row has no
    # gender. All texts: VQA adapter.
    case(
        "X1461-040",
        Q.garment_type("shirt"),
        Q.color("beige", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("green crop shirt with short sleeves"),
        Q.details("", "non_answer"),
        title="Tokyo Talkies Women Olive Green Solid Shirt Style Crop Top",
        category="Tops",
        color="Olive",
    ),
    # Photo: model in a red top with a tiny white floral print, V-neck with a tie, long sleeves with smocked cuffs,
    # ruffled hem, blue jeans. All texts: VQA adapter.
    case(
        "X1461-041",
        Q.garment_type("blouse"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("floral"),
        Q.sleeve_length("long"),
        Q.description("red floral blouse with long sleeves and a v neck"),
        Q.details(
            "the blouse has a v neck with a tie at the front, long sleeves with elasticated cuffs, and a ruffle at "
            "the hem. the blouse is tucked into",
            "cut",
            hit_limit=True,
        ),
        Q.material(
            "the blouse is made of a lightweight fabric that is soft and breathable. it is perfect for the summer "
            "season and can be worn with a pair of",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Femella Women Red Floral Print Top",
        category="Tops",
        color="Red",
    ),
    # Photo: model in a beige seersucker set: short-sleeve shirt with a collar and matching shorts. All texts: VQA
    # adapter.
    case(
        "X1461-042",
        Q.garment_type("shirt"),
        Q.color("beige"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description(
            "a beige shirt with short sleeves and a pair of matching shorts. the shirt has a collar and buttons "
            "down the front and the shorts have a",
            "cut",
            hit_limit=True,
        ),
        Q.details("yes", "non_answer"),
        Q.material("cotton"),
        gender="Women",
        title="Trendyol Women Beige Textured Shirt with Shorts",
        category="Co-Ords",
        color="Beige",
    ),
    # Photo: model in a blue-and-white tie-dye tee-style top, short sleeves, white shorts. All texts: VQA adapter.
    case(
        "X1461-043",
        Q.garment_type("tee"),
        Q.color("blue"),
        Q.pattern("tie dye"),
        Q.sleeve_length("short"),
        Q.description("blue and white tie dye t shirt"),
        Q.details(
            "tie dye, tie dye, tie dye, tie dye, tie dye, tie dye, tie dye, tie dye, tie dye, tie dye",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="KASSUALLY Women Blue Tie and Dye Top",
        category="Tops",
        color="Blue",
    ),
    # Photo: model in an ivory pure-cotton shirt, long sleeves, curved hem, black trousers. All texts: VQA adapter.
    case(
        "X1461-044",
        Q.garment_type("shirt"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a woman wearing a white shirt and black pants"),
        Q.details("white shirt", "non_answer"),
        Q.material("silk", "contradiction"),
        gender="Women",
        title="Marks & Spencer Women Ivory Pure Cotton Regular Fit Shirt",
        category="Shirts",
        color="Off White",
    ),
    # Photo: model in a lime-green set: cropped short-sleeve shirt with buttons and straight trousers. All texts:
    # VQA adapter.
    case(
        "X1461-045",
        Q.garment_type("pants", "contradiction"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a green shirt and green pants"),
        Q.details("buttons down the front"),
        Q.material(
            "Question: What material is the garment made of? Answer: polyester\nQuestion: What material is the "
            "garment made of? Answer: polyester\nQuestion:",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="SASSAFRAS Women Lime Green Cropped Shirt with Trousers",
        category="Co-Ords",
        color="Lime Green",
    ),
]
