"""BLIND_1557 (45 products; Myntra women's tops, shirts, co-ords; VQA): written blind in the sixty-sixth session.
Measured blind at b37ad1b (the session's second rules): 89/106 failures found (84.0%) and 10/208 correct texts
flagged (4.8%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's tops, shirts and co-ord sets (article types Tops, Shirts, Co-Ords; base colours as
Myntra writes them: Navy Blue, Off White, Mustard, Lime Green, Multi...). Catalog shots: a model on a plain grey or
white backdrop wearing the product with jeans or trousers, sometimes a bag, a basket or a vase as a prop; one flat lay
(041) and one back view (042). enrich ran its default questionnaire (garment type, color, pattern, sleeve length,
description, details, material; no caption, no "wearing" question) with free generation, greedy, 30 new tokens.
Who wrote what: every text comes from the VQA adapter leoreigoto/Data3_V3_BLIP2_VQA on Salesforce/blip2-opt-2.7b.
It was trained on short In-shop answers (a color, a garment class, yes/no) without an end-of-answer token, so it
answers color and garment questions tersely and mostly well, but it often answers the pattern, sleeve and material
questions with a color or a garment name, and its longer answers (description, details) loop, run to the 30-token
limit, or continue with the next "Question: ... Answer:" of its training format.
Labeling conventions and judgement calls: judged against the imagined photo and the title. A color given to the
pattern, sleeve or material question ("white" for the pattern) is a non_answer, even when the top is solid. For a
co-ord set, naming one piece ("shirt", "blouse") or both is correct; naming a one-piece garment (dress, jumpsuit,
romper) is a contradiction. A color taken from the jeans, trousers or a camisole under the product is
other_garment_color; a wrong color not taken from another garment is contradiction. Near hues count as right (peach
as pink, maroon as red, teal as green, rust as brown, coral as orange, cream or off white as white). Leaf print as
"floral" and a textured self-design as "solid" are accepted. A material that the title contradicts (cotton for a
linen or satin shirt), that belongs to another garment (denim, leather from the trousers), or that the visible fabric
rules out (wool for a summer knit tank, silk for a printed rayon top) is unsupported; a plausible guess the title
does not state is left correct. Details that cannot be seen (a back zip on a front shot, a person in a flat lay) are
unsupported. A text that loops is labeled loop even when it also contains a wrong fact; a leaked next question is
labeled leak. Every loop and cut ran to the 30-token limit (hit_limit=True).
"""

from tests.audit_corpus import DEFAULT_QUESTIONS, case

Q = DEFAULT_QUESTIONS
gt, col, pat, sl, desc, det, mat = (
    Q.garment_type,
    Q.color,
    Q.pattern,
    Q.sleeve_length,
    Q.description,
    Q.details,
    Q.material,
)

BLIND_1557 = [
    # Photo: white round-neck short-sleeve jersey tee, half-tucked into blue mom jeans, grey backdrop.
    # All texts: VQA adapter, free generation.
    case(
        "X1557-001",
        gt("tee"),
        col("white"),
        pat("white", "non_answer"),
        sl("short sleeve"),
        desc("a white t-shirt and blue jeans"),
        det(
            "the t-shirt is tucked into the jeans and the jeans are rolled up at the bottom and the t-shirt is tucked"
            " into the jeans and the",
            "loop",
            hit_limit=True,
        ),
        mat("cotton"),
        gender="Women",
        title="Roadster Women White Solid Regular Top",
        category="Tops",
        color="White",
    ),
    # Photo: black square-neck crop top with short puff sleeves, beige high-waist trousers, black heels.
    # All texts: VQA adapter, free generation.
    case(
        "X1557-002",
        gt("blouse"),
        col(
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            hit_limit=True,
        ),
        pat("solid"),
        sl("short sleeve"),
        desc(
            "a black crop top with puff sleeves and a square neckline and a pair of beige high waisted pants and a"
            " pair of black heels and a black",
            "cut",
            hit_limit=True,
        ),
        det(
            "the sleeves, the neckline, the sleeves, the neckline, the sleeves, the neckline, the sleeves, the"
            " neckline, the sleeves, the neckline, the",
            "loop",
            hit_limit=True,
        ),
        mat("polyester"),
        gender="Women",
        title="SASSAFRAS Women Black Puff Sleeve Crop Top",
        category="Tops",
        color="Black",
    ),
    # Photo: navy shirt with white vertical stripes, long sleeves, one chest pocket, untucked over white trousers,
    # white sneakers. All texts: VQA adapter, free generation.
    case(
        "X1557-003",
        gt("shirt"),
        col("navy"),
        pat("striped"),
        sl("shirt", "non_answer"),
        desc(
            "a blue and white striped shirt Question: What is the color of the pants? Answer: white Question: What"
            " is the color of the shoes? Answer:",
            "leak",
            hit_limit=True,
        ),
        det("collar, buttons, a pocket on the chest"),
        mat("cotton"),
        gender="Women",
        title="HERE&NOW Women Navy Blue Striped Casual Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Photo: pink top with small white flowers, V-neck, short flutter sleeves, no buttons; blue jeans, a straw bag on
    # the shoulder, no shoes in frame. All texts: VQA adapter, free generation.
    case(
        "X1557-004",
        gt("blouse"),
        col("blue", "other_garment_color"),
        pat("floral"),
        sl("short"),
        desc(
            "a pink floral blouse with a v-neck and ruffled sleeves and a straw bag on her shoulder and a pair of"
            " blue jeans and a pair of white sneakers and",
            "cut",
            hit_limit=True,
        ),
        det("ruffled sleeves, v-neck, buttons down the front", "unsupported"),
        mat("cotton"),
        gender="Women",
        title="Tokyo Talkies Women Pink Floral Print Top",
        category="Tops",
        color="Pink",
    ),
    # Photo: mustard sleeveless round-neck peplum top, front view only, black skinny jeans.
    # All texts: VQA adapter, free generation.
    case(
        "X1557-005",
        gt("blouse"),
        col("yellow"),
        pat("yellow", "non_answer"),
        sl("long sleeve", "contradiction"),
        desc("a yellow sleeveless top with a peplum"),
        det("peplum, round neck, zip at the back", "unsupported"),
        mat("polyester"),
        gender="Women",
        title="DressBerry Women Mustard Yellow Solid Peplum Top",
        category="Tops",
        color="Mustard",
    ),
    # Photo: off-white relaxed linen shirt, long sleeves rolled to the elbow, front-tucked into blue wide-leg jeans.
    # All texts: VQA adapter, free generation.
    case(
        "X1557-006",
        gt("shirt"),
        col("white"),
        pat("white", "non_answer"),
        sl("long sleeve"),
        desc("a white shirt with a collar and buttons"),
        det(
            "the shirt has a collar and buttons down the front and the sleeves are rolled up to the elbows and the"
            " shirt is tucked into the",
            "cut",
            hit_limit=True,
        ),
        mat("cotton", "unsupported"),
        gender="Women",
        title="Mango Women Off-White Linen Shirt",
        category="Shirts",
        color="Off White",
    ),
    # Photo: maroon top with a ruffled neckline and long balloon sleeves, black trousers.
    # All texts: VQA adapter, free generation.
    case(
        "X1557-007",
        gt("blouse"),
        col("red"),
        pat("solid"),
        sl("blouse", "non_answer"),
        desc("a red blouse with ruffles on the neckline and black pants"),
        det(
            "ruffles ruffles ruffles ruffles ruffles ruffles ruffles ruffles ruffles ruffles ruffles ruffles ruffles"
            " ruffles ruffles",
            "loop",
            hit_limit=True,
        ),
        mat("chiffon"),
        gender="Women",
        title="Athena Women Maroon Ruffled Top",
        category="Tops",
        color="Maroon",
    ),
    # Photo: co-ord set, green shirt with a white tropical leaf print (camp collar, short sleeves) knotted at the
    # waist, matching shorts, white sneakers. All texts: VQA adapter, free generation; no material answer stored.
    case(
        "X1557-008",
        gt("romper", "contradiction"),
        col("green"),
        pat("floral"),
        sl("short sleeve"),
        desc(
            "a green and white printed romper with a collar and a knot at the waist and a pair of white sneakers and"
            " a pair of white sneakers and a",
            "loop",
            hit_limit=True,
        ),
        det("a knot at the waist, a collar"),
        gender="Women",
        title="FabAlley Women Green Tropical Print Shirt & Shorts Co-Ords",
        category="Co-Ords",
        color="Green",
    ),
    # Photo: solid black textured (dobby) wrap top, V-neck, three-quarter sleeves, tie at the waist; white trousers.
    # All texts: VQA adapter, free generation.
    case(
        "X1557-009",
        gt("blouse"),
        col("black-white", "other_garment_color"),
        pat("solid"),
        sl("three-quarter sleeve"),
        desc("he is wearing a black top and white pants", "pronoun"),
        det(
            "tie at the waist, v-neck, tie at the waist, v-neck, tie at the waist, v-neck, tie at the waist, v-neck,"
            " tie at the",
            "loop",
            hit_limit=True,
        ),
        mat("cotton"),
        gender="Women",
        title="Berrylush Women Black Self-Design Wrap Top",
        category="Tops",
        color="Black",
    ),
    # Photo: peach satin shirt, long sleeves, buttoned cuffs, black trousers.
    # All texts: VQA adapter, free generation.
    case(
        "X1557-010",
        gt("shirt"),
        col("pink"),
        pat("pink", "non_answer"),
        sl("long sleeve"),
        desc(
            "a pink satin shirt with a collar and buttons down the front and a pair of black pants Question: What is"
            " the color of the pants? Answer: black",
            "leak",
            hit_limit=True,
        ),
        det("collar, buttons, cuffs"),
        mat("cotton", "unsupported"),
        gender="Women",
        title="StyleStone Women Peach Satin Shirt",
        category="Shirts",
        color="Peach",
    ),
    # Photo: oversized white shirt with thin blue vertical stripes, long sleeves, a chest pocket, blue denim shorts.
    # All texts: VQA adapter, free generation.
    case(
        "X1557-011",
        gt("shirt"),
        col("white"),
        pat("striped"),
        sl("long"),
        desc(
            "a white and blue striped shirt with a collar and buttons down the front and a pocket on the chest and a"
            " pocket on the chest and a pocket on the",
            "loop",
            hit_limit=True,
        ),
        det("the details of the garment", "non_answer"),
        mat("cotton"),
        gender="Women",
        title="Vero Moda Women White Striped Oversized Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: black short-sleeve crop top knotted at the front, light-blue high-waist jeans. Feed has no gender here.
    # All texts: VQA adapter, free generation.
    case(
        "X1557-012",
        gt("tee"),
        col("blue", "other_garment_color"),
        pat("black", "non_answer"),
        sl("short sleeve"),
        desc("a black crop top with a tie front and blue jeans"),
        det(
            "a knot at the front of the shirt and a knot at the front of the shirt and a knot at the front of the"
            " shirt and a knot at the",
            "loop",
            hit_limit=True,
        ),
        mat("denim", "unsupported"),
        title="ONLY Women Black Tie-Up Crop Top",
        category="Tops",
        color="Black",
    ),
    # Photo: teal wrap top, V-neck, long sleeves, tie at the side, black trousers.
    # All texts: VQA adapter, free generation.
    case(
        "X1557-013",
        gt("blouse"),
        col("green"),
        pat("solid"),
        sl(
            "long sleeves long sleeves long sleeves long sleeves long sleeves long sleeves long sleeves long sleeves"
            " long sleeves long sleeves",
            "loop",
            hit_limit=True,
        ),
        desc(
            "a green blouse with a v-neck and a v-neck and a v-neck and a v-neck and a v-neck and a v-neck and a",
            "loop",
            hit_limit=True,
        ),
        det("v-neck, wrap front, tie at the side"),
        mat("polyester"),
        gender="Women",
        title="AND Women Teal Wrap Top",
        category="Tops",
        color="Teal",
    ),
    # Photo: blue and white gingham shirt, long sleeves, no pocket, white jeans, white sneakers.
    # All texts: VQA adapter, free generation.
    case(
        "X1557-014",
        gt("shirt"),
        col("blue"),
        pat("plaid"),
        sl("long sleeve"),
        desc(
            "a blue and white plaid shirt with a collar and buttons down the front and a pair of white jeans and a"
            " pair of white sneakers and a",
            "cut",
            hit_limit=True,
        ),
        det("buttons down the front, collar, a pocket on the chest", "unsupported"),
        mat("cotton"),
        gender="Women",
        title="Marks & Spencer Women Blue Gingham Checked Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: pink and white striped shirt with a small embroidered logo on the chest, long sleeves, navy trousers.
    # All texts: VQA adapter, free generation.
    case(
        "X1557-015",
        gt(
            "shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt"
            " shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt",
            "loop",
            hit_limit=True,
        ),
        col("pink"),
        pat("striped"),
        sl("long"),
        desc("a pink and white striped shirt with a logo on the chest"),
        det("logo, buttons, collar Question: What is the color of the pants? Answer: navy", "leak"),
        mat("cotton"),
        gender="Women",
        title="U.S. Polo Assn. Women Pink Striped Casual Shirt",
        category="Shirts",
        color="Pink",
    ),
    # Photo: olive utility shirt, two flap chest pockets, epaulettes, long sleeves rolled to the elbow, worn open over a
    # white tank top, black jeans. All texts: VQA adapter, free generation.
    case(
        "X1557-016",
        gt("jacket", "contradiction"),
        col("white", "other_garment_color"),
        pat("solid"),
        sl("short sleeve", "contradiction"),
        desc("a green shirt with two pockets on the chest over a white tank top"),
        det("pockets, buttons, epaulettes"),
        mat("denim", "unsupported"),
        gender="Women",
        title="Campus Sutra Women Olive Utility Shirt",
        category="Shirts",
        color="Olive",
    ),
    # Photo: co-ord set, lavender square-neck top with short puff sleeves and matching straight trousers, full length;
    # no zip visible. Feed has no base colour here. All texts: VQA adapter, free generation.
    case(
        "X1557-017",
        gt("blouse"),
        col("purple"),
        pat("purple", "non_answer"),
        sl("short"),
        desc("a purple top and pants"),
        det(
            "the top has a square neckline and puff sleeves and the pants have a straight leg and a zip at the side"
            " and a zip at the side and a",
            "loop",
            hit_limit=True,
        ),
        mat("polyester"),
        gender="Women",
        title="KASSUALLY Women Lavender Solid Top & Trousers Co-Ord Set",
        category="Co-Ords",
    ),
    # Photo: co-ord set, black ribbed knit sleeveless top and matching ribbed midi skirt, a small white bag in hand.
    # All texts: VQA adapter, free generation.
    case(
        "X1557-018",
        gt("dress", "contradiction"),
        col("black"),
        pat("solid"),
        sl("sleeveless"),
        desc("a black dress and a white bag", "contradiction"),
        det(
            "ribbed, ribbed, ribbed, ribbed, ribbed, ribbed, ribbed, ribbed, ribbed, ribbed, ribbed, ribbed, ribbed,"
            " ribbed, ribbed",
            "loop",
            hit_limit=True,
        ),
        mat("cotton"),
        gender="Women",
        title="Tokyo Talkies Women Black Ribbed Top & Skirt Co-Ords",
        category="Co-Ords",
        color="Black",
    ),
    # Photo: co-ord set, beige linen shirt (long sleeves rolled, no chest pocket) and matching shorts with side
    # pockets, brown sandals, a woven basket as a prop. All texts: VQA adapter, free generation.
    case(
        "X1557-019",
        gt("shirt"),
        col("beige"),
        pat("beige", "non_answer"),
        sl("long sleeve"),
        desc("a beige shirt and shorts and a basket"),
        det("a pocket on the chest", "unsupported"),
        mat("linen"),
        gender="Women",
        title="SHAYE Women Beige Linen Shirt & Shorts Co-Ords",
        category="Co-Ords",
        color="Beige",
    ),
    # Photo: coral off-shoulder top with a smocked bodice and short puff sleeves, white jeans.
    # All texts: VQA adapter, free generation.
    case(
        "X1557-020",
        gt("blouse"),
        col("white", "other_garment_color"),
        pat("solid"),
        sl("short sleeve"),
        desc("she is wearing an orange off the shoulder top and white jeans"),
        det(
            "smocking on the bodice, elastic on the sleeves, a ruffle at the hem, a ruffle at the neckline and a bow"
            " at the",
            "cut",
            hit_limit=True,
        ),
        mat("rayon"),
        gender="Women",
        title="Harpa Women Coral Smocked Off-Shoulder Top",
        category="Tops",
        color="Coral",
    ),
    # Photo: crisp white formal shirt, long sleeves, tucked into black trousers.
    # All texts: VQA adapter, free generation.
    case(
        "X1557-021",
        gt("shirt"),
        col("white"),
        pat("white", "non_answer"),
        sl(
            "long sleeves long sleeves long sleeves long sleeves long sleeves long sleeves long sleeves long sleeves"
            " long sleeves long sleeves",
            "loop",
            hit_limit=True,
        ),
        desc("a white shirt and white pants", "contradiction"),
        det("collar, buttons, cuffs"),
        mat("cotton"),
        gender="Women",
        title="Van Heusen Woman White Solid Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: rust fitted ribbed knit top, mock neck, long sleeves, blue jeans.
    # All texts: VQA adapter, free generation.
    case(
        "X1557-022",
        gt("sweater", "contradiction"),
        col("brown"),
        pat("striped", "contradiction"),
        sl("long sleeve"),
        desc("a brown ribbed top with a high neck"),
        det("ribbed"),
        mat("wool", "unsupported"),
        gender="Women",
        title="Mast & Harbour Women Rust Ribbed High Neck Fitted Top",
        category="Tops",
        color="Rust",
    ),
    # Photo: mid-blue denim shirt, long sleeves, two flap chest pockets, black jeans.
    # All texts: VQA adapter, free generation.
    case(
        "X1557-023",
        gt("denim"),
        col("blue"),
        pat("blue", "non_answer"),
        sl("long sleeve"),
        desc("a man wearing a blue denim shirt and black jeans", "pronoun"),
        det("pockets, buttons"),
        mat("denim"),
        gender="Women",
        title="Roadster Women Blue Denim Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: white top with an abstract orange, green and blue print, short flutter sleeves, round neck, white trousers.
    # All texts: VQA adapter, free generation.
    case(
        "X1557-024",
        gt("blouse"),
        col("white"),
        pat("graphic"),
        sl("blouse", "non_answer"),
        desc("a white blouse with a colorful print"),
        det(
            "the print is a print of a print of a print of a print of a print of a print of a print of a print of a",
            "loop",
            hit_limit=True,
        ),
        mat("white", "non_answer"),
        gender="Women",
        title="Sera Women Multicoloured Abstract Print Top",
        category="Tops",
        color="Multi",
    ),
    # Photo: cream sleeveless ribbed knit tank (thin summer knit), black trousers.
    # All texts: VQA adapter, free generation.
    case(
        "X1557-025",
        gt("tank"),
        col("black", "other_garment_color"),
        pat("solid"),
        sl("sleeveless"),
        desc("a white tank top and black pants"),
        det("ribbed"),
        mat("wool", "unsupported"),
        gender="Women",
        title="Mango Women Cream Sleeveless Knit Top",
        category="Tops",
        color="Cream",
    ),
    # Photo: red top with small white flowers, tie-up neck with tassels, three-quarter balloon sleeves, blue jeans.
    # All texts: VQA adapter, free generation.
    case(
        "X1557-026",
        gt("blouse"),
        col("red"),
        pat("floral"),
        sl("three-quarter sleeve"),
        desc("a red floral blouse Question: What is the color of the jeans? Answer: blue", "leak"),
        det(
            "tie-up neck with tassels, balloon sleeves, elasticated cuffs, a button at the back of the neck and a"
            " keyhole opening at the front of the",
            "cut",
            hit_limit=True,
        ),
        mat("polyester"),
        gender="Women",
        title="Globus Women Red Floral Print Tie-Up Neck Top",
        category="Tops",
        color="Red",
    ),
    # Photo: navy shirt with white polka dots, long sleeves, white trousers.
    # All texts: VQA adapter, free generation.
    case(
        "X1557-027",
        gt("shirt"),
        col("navy"),
        pat("floral", "contradiction"),
        sl("long sleeve"),
        desc("a blue and white polka dot shirt and white pants"),
        det("polka dots"),
        mat("blouse", "non_answer"),
        gender="Women",
        title="Chemistry Women Navy Blue Polka Dot Print Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Photo: emerald green satin shirt, long sleeves with buttoned cuffs, untucked over beige trousers.
    # All texts: VQA adapter, free generation.
    case(
        "X1557-028",
        gt("shirt"),
        col("green"),
        pat("solid"),
        sl("long"),
        desc("the garment is a shirt that is worn by a woman", "restated"),
        det(
            "the shirt has a collar and buttons down the front and the sleeves have buttoned cuffs and the shirt is"
            " tucked into the pants and the pants",
            "cut",
            hit_limit=True,
        ),
        mat("satin"),
        gender="Women",
        title="Trendyol Women Green Satin Shirt",
        category="Shirts",
        color="Green",
    ),
    # Photo: white cotton camisole with spaghetti straps (sliders visible) and lace trim at the neckline, blue jeans.
    # All texts: VQA adapter, free generation.
    case(
        "X1557-029",
        gt("tank"),
        col("white"),
        pat("lace"),
        sl("sleeveless"),
        desc(
            "a white tank top with lace and blue jeans Question: What is the color of the jeans? Answer: blue",
            "leak",
        ),
        det("lace trim at the neckline, adjustable straps"),
        mat("cotton"),
        gender="Women",
        title="Urbanic Women White Lace Trim Camisole Top",
        category="Tops",
        color="White",
    ),
    # Photo: yellow square-neck top with short puff sleeves, front view only, white jeans.
    # All texts: VQA adapter, free generation.
    case(
        "X1557-030",
        gt("blouse"),
        col("yellow"),
        pat("solid"),
        sl(
            "short sleeves, short sleeves, short sleeves, short sleeves, short sleeves, short sleeves, short sleeves,"
            " short sleeves, short sleeves, short",
            "loop",
            hit_limit=True,
        ),
        desc("a yellow blouse with a square neck and puff sleeves"),
        det("square neck, puff sleeves, smocked back", "unsupported"),
        mat("cotton"),
        gender="Women",
        title="Marie Claire Women Yellow Solid Puff Sleeve Top",
        category="Tops",
        color="Yellow",
    ),
    # Photo: co-ord set, blue shirt with a white geometric print, short sleeves, untucked, matching wide-leg trousers;
    # the waistband is hidden. Feed has no article type here. All texts: VQA adapter, free generation.
    case(
        "X1557-031",
        gt("shirt and pants"),
        col("blue"),
        pat("geometric"),
        sl("short sleeve"),
        desc("a blue and white shirt and pants with a geometric print"),
        det(
            "the shirt has a collar and buttons down the front and the pants have a drawstring at the waist and"
            " pockets on the sides and a",
            "cut",
            hit_limit=True,
        ),
        mat("cotton"),
        gender="Women",
        title="Zink London Women Blue & White Geometric Print Shirt with Trousers Co-Ords",
        color="Blue",
    ),
    # Photo: beige sleeveless corset-style top with a sweetheart neckline, black faux-leather trousers.
    # All texts: VQA adapter, free generation.
    case(
        "X1557-032",
        gt("tank"),
        col("beige"),
        pat("solid"),
        sl("sleeveless"),
        desc("a beige corset top and black leather pants"),
        det(
            "the neckline, the straps, the neckline, the straps, the neckline, the straps, the neckline, the straps,"
            " the neckline, the straps, the",
            "loop",
            hit_limit=True,
        ),
        mat("leather", "unsupported"),
        gender="Women",
        title="SASSAFRAS Women Beige Solid Corset Top",
        category="Tops",
        color="Beige",
    ),
    # Photo: mustard top with a white ethnic motif print, shirt collar, long roll-up sleeves, white jeans.
    # All texts: VQA adapter, free generation.
    case(
        "X1557-033",
        gt("blouse"),
        col("white", "other_garment_color"),
        pat("paisley"),
        sl("long sleeve"),
        desc("he is wearing a yellow shirt and white pants", "pronoun"),
        det("the sleeves are rolled up"),
        mat("silk", "unsupported"),
        gender="Women",
        title="Vishudh Women Mustard Ethnic Motifs Print Shirt Collar Top",
        category="Tops",
        color="Mustard",
    ),
    # Photo: light blue oxford shirt, button-down collar, long sleeves, beige chinos; no shoes in frame.
    # All texts: VQA adapter, free generation.
    case(
        "X1557-034",
        gt("shirt"),
        col("blue"),
        pat("striped", "contradiction"),
        sl("long sleeve"),
        desc(
            "a light blue shirt with a collar and buttons down the front and a pair of beige pants and a pair of"
            " white sneakers and a pair of",
            "cut",
            hit_limit=True,
        ),
        det("", "non_answer"),
        mat("cotton"),
        gender="Women",
        title="H&M Women Light Blue Oxford Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: pink satin cowl-neck camisole with thin straps, black trousers.
    # All texts: VQA adapter, free generation.
    case(
        "X1557-035",
        gt("tank"),
        col("pink"),
        pat("solid"),
        sl("short", "contradiction"),
        desc("a pink satin top with a cowl neck and thin straps"),
        det("cowl neck"),
        mat("silk", "unsupported"),
        gender="Women",
        title="FabAlley Women Pink Satin Cowl Neck Camisole Top",
        category="Tops",
        color="Pink",
    ),
    # Photo: co-ord set, black and white horizontal striped knit top with long sleeves and matching flared pants.
    # All texts: VQA adapter, free generation.
    case(
        "X1557-036",
        gt("jumpsuit", "contradiction"),
        col("black-white"),
        pat("striped"),
        sl("long sleeve"),
        desc("a black and white striped jumpsuit", "contradiction"),
        det(
            "stripes, stripes, stripes, stripes, stripes, stripes, stripes, stripes, stripes, stripes, stripes,"
            " stripes, stripes, stripes, stripes",
            "loop",
            hit_limit=True,
        ),
        mat("polyester"),
        gender="Women",
        title="Berrylush Women Black & White Striped Top & Trousers Co-Ords",
        category="Co-Ords",
        color="Black",
    ),
    # Photo: white shirt with a small navy anchor print, long sleeves, tucked into navy trousers.
    # All texts: VQA adapter, free generation.
    case(
        "X1557-037",
        gt("shirt"),
        col("white"),
        pat("print"),
        sl("long"),
        desc("a white shirt with a print of anchors"),
        det(
            "anchor print, collar, buttons, cuffs, anchor print, collar, buttons, cuffs, anchor print, collar,"
            " buttons, cuffs, anchor print",
            "loop",
            hit_limit=True,
        ),
        mat("cotton"),
        gender="Women",
        title="Allen Solly Woman White Conversational Print Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: lime green top with a ruched front, round neck, short sleeves, plain (unripped) blue jeans.
    # All texts: VQA adapter, free generation.
    case(
        "X1557-038",
        gt("blouse"),
        col("blue", "other_garment_color"),
        pat("solid"),
        sl("short"),
        desc("a green top with ruching on the front and blue jeans with rips on the knees", "unsupported"),
        det("ruched front, round neck"),
        mat("polyester"),
        gender="Women",
        title="RARE Women Lime Green Ruched Top",
        category="Tops",
        color="Lime Green",
    ),
    # Photo: boxy white tee with a red batwing logo print on the chest, short sleeves, blue denim shorts.
    # All texts: VQA adapter, free generation.
    case(
        "X1557-039",
        gt("graphic tee"),
        col("white"),
        pat("graphic"),
        sl("short sleeve"),
        desc("a white t-shirt with a red logo on the front and blue denim shorts"),
        det("logo"),
        mat("cotton"),
        gender="Women",
        title="Levis Women White Brand Logo Print Top",
        category="Tops",
        color="White",
    ),
    # Photo: co-ord set, brown and beige checked shirt (long sleeves) and matching trousers, a brown tote bag.
    # Feed has no gender here. All texts: VQA adapter, free generation.
    case(
        "X1557-040",
        gt("shirt"),
        col(
            "brown brown brown brown brown brown brown brown brown brown brown brown brown brown brown brown brown"
            " brown brown brown brown brown brown brown brown brown brown brown brown brown",
            "loop",
            hit_limit=True,
        ),
        pat("plaid"),
        sl("long sleeve"),
        desc("a brown and white checked shirt and pants with a bag"),
        det(
            "checks, buttons, collar, checks, buttons, collar, checks, buttons, collar, checks, buttons, collar,"
            " checks, buttons, collar",
            "loop",
            hit_limit=True,
        ),
        mat("polyester"),
        title="Kotty Women Brown Checked Shirt & Trousers Co-Ords",
        category="Co-Ords",
        color="Brown",
    ),
    # Photo: flat lay of a peach cropped shirt with short sleeves on a white surface; no person, nothing else.
    # All texts: VQA adapter, free generation.
    case(
        "X1557-041",
        gt("shirt"),
        col("white", "contradiction"),
        pat("solid"),
        sl("long sleeve", "contradiction"),
        desc("a woman wearing a peach shirt and white shorts", "unsupported"),
        det("buttons"),
        mat("cotton"),
        gender="Women",
        title="Mast & Harbour Women Peach Cropped Casual Shirt",
        category="Shirts",
        color="Peach",
    ),
    # Photo: back view of a plain navy tee with short sleeves, white jeans; nothing on the back.
    # All texts: VQA adapter, free generation.
    case(
        "X1557-042",
        gt(
            "tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee"
            " tee tee tee tee",
            "loop",
            hit_limit=True,
        ),
        col("navy"),
        pat("navy", "non_answer"),
        sl("short"),
        desc("a blue t-shirt and white jeans"),
        det("the back", "non_answer"),
        mat("cotton"),
        gender="Women",
        title="Tommy Hilfiger Women Navy Blue Solid Regular Top",
        category="Tops",
        color="Navy Blue",
    ),
    # Photo: co-ord set, pink floral crop top with short puff sleeves and a matching tiered midi skirt.
    # All texts: VQA adapter, free generation.
    case(
        "X1557-043",
        gt("dress", "contradiction"),
        col("pink"),
        pat("floral"),
        sl("sleeveless", "contradiction"),
        desc("a pink floral top and skirt"),
        det(
            "ruffles, tiers, puff sleeves, a zip at the back of the skirt and a slit at the side of the skirt and a"
            " bow at the back of the",
            "cut",
            hit_limit=True,
        ),
        mat("the garment is made of the material of the garment", "restated"),
        gender="Women",
        title="Athena Women Pink Floral Print Top & Tiered Skirt Co-Ords",
        category="Co-Ords",
        color="Pink",
    ),
    # Photo: black and white buffalo check flannel shirt, long sleeves, worn open over a black tee, blue jeans; the
    # frame ends at mid-thigh. All texts: VQA adapter, free generation.
    case(
        "X1557-044",
        gt("shirt"),
        col("black"),
        pat("plaid"),
        sl("long"),
        desc(
            "a black and white plaid shirt over a black t-shirt and blue jeans with a pair of black boots and a black"
            " belt and a",
            "cut",
            hit_limit=True,
        ),
        det("buttons, pockets, collar"),
        mat(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton"
            " cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Roadster Women Black & White Buffalo Checked Flannel Shirt",
        category="Shirts",
        color="Black",
    ),
    # Photo: off-white top with white eyelet (schiffli) embroidery and a scalloped hem, short sleeves, light blue jeans;
    # a vase of flowers on a stool beside the model. All texts: VQA adapter, free generation.
    case(
        "X1557-045",
        gt("blouse"),
        col("white"),
        pat("embroidered"),
        sl("short Question: What is the color of the jeans? Answer: blue", "leak"),
        desc("a white blouse with embroidery and a vase of flowers"),
        det(
            "eyelet embroidery, scalloped hem, scalloped sleeves, scalloped neckline, scalloped hem, scalloped"
            " sleeves, scalloped neckline, scalloped hem,",
            "loop",
            hit_limit=True,
        ),
        mat("cotton"),
        gender="Women",
        title="Kassually Women Off White Schiffli Embroidered Top",
        category="Tops",
        color="Off White",
    ),
]
