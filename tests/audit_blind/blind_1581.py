"""BLIND_1581 (45 products; Myntra women's tops, shirts and co-ords, default questionnaire, VQA adapter): written blind
in the sixty-sixth session. Measured blind at 9074ceb (the session's fourth rules): 87/101 failures found (86.1%) and
24/211 correct texts flagged (11.4%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's tops, shirts and co-ord sets (article types Tops, Shirts, Co-Ords; Myntra base
colours such as Navy Blue, Off White, Mustard, Peach; gender "Women"; one row without gender and one without colour,
as feeds have). Photos are the usual catalog shots: a model on a plain backdrop wearing the product with jeans,
trousers or shorts, one back view, two flat lays, now and then a prop (a straw bag, sunglasses, a coffee cup). enrich
ran its default questionnaire (garment type, color, pattern, sleeve length, description, details, material) with
free generation for every question, closed ones included, on the VQA adapter alone.
Who wrote what: every text is leoreigoto/Data3_V3_BLIP2_VQA on Salesforce/blip2-opt-2.7b, greedy, 30 new tokens,
prompt `Question: ... Answer:`. No caption: this run does not caption. Three rows (004, 011, 028) lack one question
each: the job log shows those prompts failed and were not retried. The adapter never learned to stop, so a
long answer either ends on its own (the model emits a newline) or runs to 30 tokens as a loop, a cut sentence or a
continued `Question: ... Answer:` exchange; short closed answers mostly stop cleanly.
Labeling conventions and judgement calls: judged against the photo I imagined (the comment above each case) and the
title. Neighbouring hue names count as right (lavender/purple, teal/green, peach/pink, burgundy/red, rust/orange,
off white/white, navy blue/blue). A color that belongs to the jeans, trousers or the tee underneath is
other_garment_color; a wrong garment type or a wrong sleeve length is contradiction, and naming one piece of a
co-ord set as the garment type (blouse, skirt, jumpsuit, romper) is contradiction too, while "shirt and shorts" is
right. Materials are judged against the real fabric named in the comment: a wrong fabric (silk for polyester satin,
cotton for crepe) is unsupported, as is an invented detail (a drawstring, a zipper, a second pocket, a printed
statue). A color or a garment name given to the pattern or material question, "yes" to an open or closed question,
an empty answer and a bare "the neckline" are non_answer; a longer sentence that only echoes the question is
restated. A text that runs to 30 tokens repeating itself is loop, one that runs into a new `Question:` is leak
(even when it also repeats), one cut mid-sentence is cut; loops and cuts carry hit_limit, and so do the leaks but
one (045's details, which stopped by itself after echoing the prompt). "a man"/"he" for a woman model
is pronoun. Each wrong text gets one label, the one I judged first. A thin but true answer ("buttons", "stripes")
is left correct.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS, case

Q = DEFAULT_QUESTIONS

BLIND_1581 = [
    # Photo: model in a black sleeveless peplum top with a square neck, light blue jeans, white backdrop. Fabric:
    # polyester crepe. All texts: VQA adapter.
    case(
        "X1581-001",
        Q.garment_type("blouse"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        Q.description(
            "a black sleeveless top with a square neckline and a peplum hem, worn with a pair of light blue jeans. "
            "the top is fitted at the",
            "cut",
            hit_limit=True,
        ),
        Q.details(
            "the sleeves, the neckline, the hem, the sleeves, the neckline, the hem, the sleeves, the neckline, the",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton", "unsupported"),
        gender="Women",
        title="SASSAFRAS Women Black Solid Peplum Top",
        category="Tops",
        color="Black",
    ),
    # Photo: model in a navy-and-white vertical striped shirt, long sleeves, one chest patch pocket, white jeans.
    # Fabric: cotton. All texts: VQA adapter.
    case(
        "X1581-002",
        Q.garment_type("shirt"),
        Q.color("blue and white"),
        Q.pattern("striped"),
        Q.sleeve_length(
            "long sleeves long sleeves long sleeves long sleeves long sleeves long sleeves long sleeves long sleeves "
            "long sleeves long sleeves",
            "loop",
            hit_limit=True,
        ),
        Q.description(
            "a blue and white striped shirt with a collar and buttons down the front and a pocket on the chest, worn "
            "with white jeans and a pair of",
            "cut",
            hit_limit=True,
        ),
        Q.details("buttons down the front, a collar, a pocket on the chest"),
        Q.material("cotton"),
        gender="Women",
        title="Roadster Women Navy Blue & White Regular Fit Striped Casual Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Photo: model in a mustard top with a small white floral print, short flutter sleeves, V-neck, black trousers.
    # Fabric: polyester georgette. All texts: VQA adapter.
    case(
        "X1581-003",
        Q.garment_type("blouse"),
        Q.color("black", "other_garment_color"),
        Q.pattern("floral"),
        Q.sleeve_length("long", "contradiction"),
        Q.description("a yellow blouse with white flowers on it and black pants"),
        Q.details(
            "ruffled sleeves, v-neck, ruffled sleeves, v-neck, ruffled sleeves, v-neck, ruffled sleeves, v-neck, "
            "ruffled",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Women",
        title="HERE&NOW Women Mustard Yellow Floral Print Top",
        category="Tops",
        color="Mustard",
    ),
    # Photo: model in an oversized white shirt, long sleeves, over a white tank, blue denim shorts. The material
    # prompt failed in the job and has no answer. All texts: VQA adapter.
    case(
        "X1581-004",
        Q.garment_type("shirt"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        Q.description("he is wearing a white shirt and blue shorts", "pronoun"),
        Q.details(
            "the shirt has a collar and buttons down the front Question: What is the color of the shorts? Answer: "
            "blue Question: What",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Mast & Harbour Women White Solid Oversized Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: model in a pink ribbed crop top, short sleeves, round neck, high-waist blue mom jeans. Fabric: cotton
    # rib. All texts: VQA adapter.
    case(
        "X1581-005",
        Q.garment_type("tee"),
        Q.color("pink"),
        Q.pattern("pink", "non_answer"),
        Q.sleeve_length("short"),
        Q.description(
            "a pink crop top with a round neck and short sleeves, worn with a pair of blue jeans with a high waist. "
            "the top is made of a ribbed fabric and",
            "cut",
            hit_limit=True,
        ),
        Q.details("ribbed"),
        Q.material("cotton"),
        gender="Women",
        title="Tokyo Talkies Women Pink Solid Ribbed Crop Top",
        category="Tops",
        color="Pink",
    ),
    # Photo: model in a lavender square-neck top with short puff sleeves and a smocked bodice, white trousers.
    # Fabric: rayon crepe. All texts: VQA adapter.
    case(
        "X1581-006",
        Q.garment_type("blouse"),
        Q.color("purple"),
        Q.pattern("solid"),
        Q.sleeve_length("long", "contradiction"),
        Q.description("a purple top with puffy sleeves and a smocked waist"),
        Q.details(
            "puff sleeves, smocked bodice, square neckline, puff sleeves, smocked bodice, square neckline, puff "
            "sleeves, smocked",
            "loop",
            hit_limit=True,
        ),
        Q.material("chiffon", "unsupported"),
        gender="Women",
        title="DressBerry Women Lavender Puff Sleeves Smocked Top",
        category="Tops",
        color="Lavender",
    ),
    # Photo: model in a blue-and-white floral block-print top with 3/4 sleeves and matching straight trousers with an
    # elasticated drawstring waist, beige backdrop. Fabric: cotton. All texts: VQA adapter.
    case(
        "X1581-007",
        Q.garment_type("blouse and pants"),
        Q.color("blue"),
        Q.pattern("floral"),
        Q.sleeve_length("3/4 sleeves"),
        Q.description("a blue and white floral print top and matching pants"),
        Q.details("the top has a v-neck and the pants have a drawstring waist"),
        Q.material("cotton"),
        gender="Women",
        title="Anouk Women Blue & White Printed Pure Cotton Top with Trousers",
        category="Co-Ords",
        color="Blue",
    ),
    # Photo: model in a black-and-white gingham shirt, long sleeves, tucked into black trousers. Fabric: cotton
    # blend. All texts: VQA adapter.
    case(
        "X1581-008",
        Q.garment_type("shirt"),
        Q.color("black and white"),
        Q.pattern("plaid"),
        Q.sleeve_length("long"),
        Q.description(
            "a black and white plaid shirt with a black and white plaid shirt with a black and white plaid shirt "
            "with a black and",
            "loop",
            hit_limit=True,
        ),
        Q.details("buttons"),
        Q.material("cotton"),
        gender="Women",
        title="StyleStone Women Black & White Slim Fit Checked Casual Shirt",
        category="Shirts",
        color="Black",
    ),
    # Photo: model in a red satin wrap top, long sleeves, V-neck with a tie at the waist, black skinny jeans. Fabric:
    # polyester satin. All texts: VQA adapter.
    case(
        "X1581-009",
        Q.garment_type("blouse"),
        Q.color("red"),
        Q.pattern("solid"),
        Q.sleeve_length("the sleeves are long"),
        Q.description(
            "a red wrap top with a v-neck and long sleeves, tied at the waist with a bow on the side, worn with a "
            "pair of black skinny jeans and",
            "cut",
            hit_limit=True,
        ),
        Q.details(
            "the blouse has a v-neck and a tie at the waist. the blouse has a v-neck and a tie at the waist. the "
            "blouse",
            "loop",
            hit_limit=True,
        ),
        Q.material("silk", "unsupported"),
        gender="Women",
        title="FabAlley Women Red Satin Wrap Top",
        category="Tops",
        color="Red",
    ),
    # Photo: model in an off-white top with schiffli (eyelet) embroidery, short sleeves, round neck, beige trousers.
    # Fabric: cotton. All texts: VQA adapter.
    case(
        "X1581-010",
        Q.garment_type("blouse"),
        Q.color("white"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeves"),
        Q.description(
            "a white blouse with lace Question: What is the color of the pants? Answer: beige Question: What is the "
            "color of the",
            "leak",
            hit_limit=True,
        ),
        Q.details("", "non_answer"),
        Q.material("cotton"),
        gender="Women",
        title="Vero Moda Women Off White Schiffli Self Design Top",
        category="Tops",
        color="Off White",
    ),
    # Photo: model in a maroon velvet top, long sleeves, high neck, black trousers. Fabric: velvet. The details
    # prompt failed in the job. The feed row has no gender. All texts: VQA adapter.
    case(
        "X1581-011",
        Q.garment_type("sweater", "contradiction"),
        Q.color("maroon"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description(
            "a maroon long sleeve top with a high neck, worn with black pants. the top is made of a soft velvet "
            "fabric and has a fitted",
            "cut",
            hit_limit=True,
        ),
        Q.material("velvet"),
        title="Harpa Women Maroon Solid Velvet High Neck Top",
        category="Tops",
        color="Maroon",
    ),
    # Photo: model in a white cami top with a green floral print and front tie, matching shorts (two pieces).
    # Fabric: polyester. All texts: VQA adapter.
    case(
        "X1581-012",
        Q.garment_type("romper", "contradiction"),
        Q.color("white"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        Q.description("a white and green floral print romper", "contradiction"),
        Q.details(
            "spaghetti straps, a tie at the front, spaghetti straps, a tie at the front, spaghetti straps, a tie at "
            "the front, spaghetti",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Women",
        title="Berrylush Women White & Green Floral Print Top with Shorts Co-Ords",
        category="Co-Ords",
        color="White",
    ),
    # Photo: model in a navy polo-collar top with a white-tipped collar, short sleeves, small embroidered logo on the
    # chest, white jeans, white sneakers. Fabric: cotton pique. All texts: VQA adapter.
    case(
        "X1581-013",
        Q.garment_type("polo shirt"),
        Q.color("white", "other_garment_color"),
        Q.pattern("polo shirt", "non_answer"),
        Q.sleeve_length("short"),
        Q.description(
            "a navy blue polo shirt with a white collar and a logo on the chest, worn with a pair of white pants and "
            "white sneakers. the",
            "cut",
            hit_limit=True,
        ),
        Q.details("the logo on the chest"),
        Q.material("cotton"),
        gender="Women",
        title="U.S. Polo Assn. Women Navy Blue Solid Polo Collar Top",
        category="Tops",
        color="Navy Blue",
    ),
    # Photo: model in a peach shirt-style top with a mandarin collar and roll-up long sleeves, white trousers.
    # Fabric: viscose rayon. All texts: VQA adapter.
    case(
        "X1581-014",
        Q.garment_type("shirt"),
        Q.color("pink"),
        Q.pattern("the pattern of the garment is the pattern of the shirt", "restated"),
        Q.sleeve_length("long sleeves"),
        Q.description(
            "a pink shirt with a collar and buttons. Question: What is the color of the pants? Answer: white "
            "Question: What is the",
            "leak",
            hit_limit=True,
        ),
        Q.details("buttons"),
        Q.material("linen", "unsupported"),
        gender="Women",
        title="Chemistry Women Peach-Coloured Solid Shirt Style Top",
        category="Tops",
        color="Peach",
    ),
    # Photo: model in a black satin shirt, long sleeves, tucked into black trousers, all-black look. Fabric:
    # polyester satin. All texts: VQA adapter.
    case(
        "X1581-015",
        Q.garment_type("shirt"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a black silk shirt", "unsupported"),
        Q.details(
            "the shirt has a collar and buttons down the front, and the sleeves are long and the cuffs are buttoned. "
            "The shirt is tucked into the pants, and",
            "cut",
            hit_limit=True,
        ),
        Q.material("satin"),
        gender="Women",
        title="Mango Women Black Satin Finish Casual Shirt",
        category="Shirts",
        color="Black",
    ),
    # Photo: model in a green top with an abstract black-and-white print, 3/4 sleeves, keyhole neck with a button at
    # the back of the neck, black trousers. Fabric: polyester. All texts: VQA adapter.
    case(
        "X1581-016",
        Q.garment_type("blouse"),
        Q.color("green"),
        Q.pattern("abstract"),
        Q.sleeve_length("3/4"),
        Q.description(
            "a green blouse with a black and white abstract print, 3/4 sleeves and a keyhole neckline with a button "
            "at the back of the neck. the blouse is",
            "cut",
            hit_limit=True,
        ),
        Q.details("keyhole neckline with a button closure at the back"),
        Q.material("green", "non_answer"),
        gender="Women",
        title="AND Women Green Abstract Printed Keyhole Neck Top",
        category="Tops",
        color="Green",
    ),
    # Photo: flat lay on a white surface of a grey melange boxy top with short sleeves and a round neck. Fabric:
    # cotton. All texts: VQA adapter.
    case(
        "X1581-017",
        Q.garment_type("tee"),
        Q.color(
            "grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey "
            "grey grey grey grey grey grey grey grey grey",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a grey t-shirt"),
        Q.details("the t-shirt details", "non_answer"),
        Q.material("cotton"),
        gender="Women",
        title="ONLY Women Grey Melange Solid Boxy Top",
        category="Tops",
        color="Grey Melange",
    ),
    # Photo: model in a light blue linen shirt, long sleeves rolled to the elbows, one chest pocket, white jeans,
    # holding a straw bag. Fabric: linen. All texts: VQA adapter.
    case(
        "X1581-018",
        Q.garment_type("shirt"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description(
            "a woman in a blue shirt and white pants holding a straw bag. the shirt is a button down shirt with a "
            "collar and long sleeves that are rolled up to the",
            "cut",
            hit_limit=True,
        ),
        Q.details("the details of the garment are the details of the shirt and the details of the pants", "restated"),
        Q.material("linen"),
        gender="Women",
        title="Marks & Spencer Women Blue Pure Linen Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: model in a rust sleeveless V-neck top and matching wide-leg palazzo trousers (two pieces), barefoot.
    # Fabric: cotton linen. All texts: VQA adapter.
    case(
        "X1581-019",
        Q.garment_type("jumpsuit", "contradiction"),
        Q.color("orange"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        Q.description("she is wearing an orange jumpsuit with a v-neck and wide leg pants", "contradiction"),
        Q.details(
            "the neckline, the waist, the neckline, the waist, the neckline, the waist, the neckline, the waist, the "
            "neckline, the waist,",
            "loop",
            hit_limit=True,
        ),
        Q.material("linen"),
        gender="Women",
        title="SHAYE Women Rust Solid Top with Palazzos Co-Ord Set",
        category="Co-Ords",
        color="Rust",
    ),
    # Photo: model in a black top with white polka dots, short flutter sleeves, ruffled neckline, white trousers.
    # Fabric: polyester georgette. All texts: VQA adapter.
    case(
        "X1581-020",
        Q.garment_type("blouse"),
        Q.color("black and white"),
        Q.pattern("polka dot"),
        Q.sleeve_length("short"),
        Q.description(
            "a black blouse with white polka dots and ruffles on the sleeves and white pants. the blouse has a "
            "ruffled neckline and the sleeves are short and ruffled with a",
            "cut",
            hit_limit=True,
        ),
        Q.details("ruffles on the sleeves and neckline"),
        Q.material("cotton", "unsupported"),
        gender="Women",
        title="Kassually Women Black & White Polka Dot Print Ruffled Top",
        category="Tops",
        color="Black",
    ),
    # Photo: model in a pink-and-white pinstripe formal shirt, long sleeves, no pocket, tucked into grey trousers.
    # Fabric: cotton. All texts: VQA adapter.
    case(
        "X1581-021",
        Q.garment_type("shirt"),
        Q.color("grey", "other_garment_color"),
        Q.pattern("striped"),
        Q.sleeve_length("long"),
        Q.description("a man in a pink shirt and grey pants", "pronoun"),
        Q.details(
            "the shirt has a pointed collar and buttons down the front and the cuffs are buttoned, it is tucked into "
            "a pair of grey trousers with a",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Women",
        title="Van Heusen Woman Pink Striped Pure Cotton Formal Shirt",
        category="Shirts",
        color="Pink",
    ),
    # Photo: model in a hip-length yellow kurta-style top with a green floral print, V-neck, 3/4 sleeves, and green
    # straight trousers. Fabric: cotton. All texts: VQA adapter.
    case(
        "X1581-022",
        Q.garment_type("dress", "contradiction"),
        Q.color("yellow"),
        Q.pattern("floral"),
        Q.sleeve_length("3/4 sleeves"),
        Q.description(
            "a yellow and green floral print top and green pants. the top has a v-neck and 3/4 sleeves and the pants "
            "are straight with a",
            "cut",
            hit_limit=True,
        ),
        Q.details(
            "the neckline is a v-neck with a v-neck with a v-neck with a v-neck with a v-neck with a v-neck",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Women",
        title="Libas Women Yellow & Green Floral Printed Pure Cotton Top with Trousers",
        category="Co-Ords",
        color="Yellow",
    ),
    # Photo: model in a white broderie anglaise blouse with short puff sleeves and a square neck, blue jeans.
    # Fabric: cotton. All texts: VQA adapter.
    case(
        "X1581-023",
        Q.garment_type("blouse"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("lace"),
        Q.sleeve_length("short"),
        Q.description("a white blouse with puffy sleeves and blue jeans"),
        Q.details(
            "the sleeves are puffy and the neckline is a square neckline and the sleeves are puffy and the neckline "
            "is a square neckline and the",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Women",
        title="H&M Women White Broderie Anglaise Puff-Sleeved Blouse",
        category="Tops",
        color="White",
    ),
    # Photo: model in a khaki utility shirt with two flap chest pockets and buttoned epaulettes, long sleeves, worn
    # open over a white tee, black jeans. Fabric: cotton twill. All texts: VQA adapter.
    case(
        "X1581-024",
        Q.garment_type("jacket", "contradiction"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description(
            "a khaki shirt with two pockets on the chest, worn open over a white t-shirt and black jeans. the shirt "
            "has buttons on the shoulders and the",
            "cut",
            hit_limit=True,
        ),
        Q.details("two pockets on the chest and buttons on the shoulders"),
        Q.material("denim", "unsupported"),
        gender="Women",
        title="Trendyol Women Khaki Solid Utility Shirt",
        category="Shirts",
        color="Khaki",
    ),
    # Photo: model in a teal sleeveless high-neck ruched top, white jeans. Fabric: polyester spandex. All texts:
    # VQA adapter.
    case(
        "X1581-025",
        Q.garment_type(
            "tank top tank top tank top tank top tank top tank top tank top tank top tank top tank top",
            "loop",
            hit_limit=True,
        ),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("no sleeves"),
        Q.description("a green tank top with a high neck and white pants"),
        Q.details("the neckline", "non_answer"),
        Q.material("polyester"),
        gender="Women",
        title="Mast & Harbour Women Teal Blue Solid High Neck Ruched Top",
        category="Tops",
        color="Teal",
    ),
    # Photo: model in a black short-sleeve shirt with a white tropical leaf print and matching shorts with an
    # elastic waist. Fabric: viscose rayon. All texts: VQA adapter.
    case(
        "X1581-026",
        Q.garment_type("shirt and shorts"),
        Q.color("black"),
        Q.pattern("floral"),
        Q.sleeve_length("short"),
        Q.description("he is wearing a black and white shirt with palm leaves and matching shorts", "pronoun"),
        Q.details(
            "the shirt has a collar and buttons down the front and the shorts have an elastic waistband. The shirt "
            "has a collar and buttons down",
            "loop",
            hit_limit=True,
        ),
        Q.material("rayon"),
        gender="Women",
        title="Zima Leto Women Black Tropical Printed Shirt with Shorts",
        category="Co-Ords",
        color="Black",
    ),
    # Photo: model in a beige crop top with a front tie-up and short puff sleeves, dark brown trousers. Fabric:
    # cotton blend. All texts: VQA adapter.
    case(
        "X1581-027",
        Q.garment_type("blouse"),
        Q.color("brown", "other_garment_color"),
        Q.pattern("brown", "non_answer"),
        Q.sleeve_length("short"),
        Q.description(
            "a beige top with a knot at the front and puffy sleeves, worn with a pair of brown pants. the top is "
            "cropped and the pants are high",
            "cut",
            hit_limit=True,
        ),
        Q.details("tie at the front, puff sleeves"),
        Q.material(
            "cotton and polyester and cotton and polyester and cotton and polyester and cotton and polyester and "
            "cotton and polyester and",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Sera Women Beige Solid Tie-Up Crop Top",
        category="Tops",
        color="Beige",
    ),
    # Photo: back view of a model in a plain white formal shirt with a box pleat at the back yoke, long sleeves,
    # tucked into navy trousers, hair down. Fabric: cotton. The pattern prompt failed in the job. All texts: VQA
    # adapter.
    case(
        "X1581-028",
        Q.garment_type("shirt"),
        Q.color("white"),
        Q.sleeve_length("long"),
        Q.description("the back of a white shirt"),
        Q.details("a pleat at the back"),
        Q.material("cotton"),
        gender="Women",
        title="Allen Solly Woman White Solid Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: model in a fuchsia satin cami with a cowl neck and thin straps, black trousers. Fabric: polyester satin.
    # All texts: VQA adapter.
    case(
        "X1581-029",
        Q.garment_type("tank"),
        Q.color("pink"),
        Q.pattern("solid"),
        Q.sleeve_length(
            "sleeveless sleeveless sleeveless sleeveless sleeveless sleeveless sleeveless sleeveless sleeveless "
            "sleeveless",
            "loop",
            hit_limit=True,
        ),
        Q.description(
            "a pink satin top with a cowl neck and spaghetti straps. Question: What is the color of the pants? "
            "Answer: black Question:",
            "leak",
            hit_limit=True,
        ),
        Q.details("spaghetti straps"),
        Q.material("satin"),
        gender="Women",
        title="Styli Women Fuchsia Satin Cowl Neck Cami Top",
        category="Tops",
        color="Fuchsia",
    ),
    # Photo: model in an olive shirt, long sleeves, beige trousers, holding sunglasses. Fabric: cotton. All texts:
    # VQA adapter.
    case(
        "X1581-030",
        Q.garment_type("yes", "non_answer"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a man in a green shirt", "pronoun"),
        Q.details("yes", "non_answer"),
        Q.material("cotton"),
        gender="Women",
        title="Globus Women Olive Green Solid Casual Shirt",
        category="Shirts",
        color="Olive",
    ),
    # Photo: model in a boat-neck top with red, yellow, blue and white horizontal stripes, short sleeves, denim
    # shorts. Fabric: cotton. All texts: VQA adapter.
    case(
        "X1581-031",
        Q.garment_type("tee"),
        Q.color(
            "red, yellow, blue, white, red, yellow, blue, white, red, yellow, blue, white, red, yellow, blue, white, "
            "red",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("striped"),
        Q.sleeve_length("short"),
        Q.description("a striped shirt with red, yellow, blue and white stripes"),
        Q.details(
            "stripes Question: What is the color of the shorts? Answer: blue Question: What is the color of the "
            "shorts? Answer: blue",
            "leak",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Women",
        title="Cottinfab Women Multicoloured Striped Boat Neck Pure Cotton Top",
        category="Tops",
        color="Multi",
    ),
    # Photo: model in a pink top with gold foil paisley print, 3/4 sleeves, and matching pink palazzos, jhumka
    # earrings. Fabric: rayon. All texts: VQA adapter.
    case(
        "X1581-032",
        Q.garment_type("blouse", "contradiction"),
        Q.color("pink"),
        Q.pattern("paisley"),
        Q.sleeve_length("yes", "non_answer"),
        Q.description("she is wearing a pink top and pink pants with gold earrings"),
        Q.details("gold print on the top and pants"),
        Q.material("silk", "unsupported"),
        gender="Women",
        title="Jaipur Kurti Women Pink & Gold-Toned Printed Top with Palazzos",
        category="Co-Ords",
        color="Pink",
    ),
    # Photo: model in a black sleeveless corset-style crop top with a sweetheart neckline (side zip, not visible),
    # light blue jeans. Fabric: polyester. All texts: VQA adapter.
    case(
        "X1581-033",
        Q.garment_type("tank"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        Q.description(
            "a black crop top with a sweetheart neckline and thin straps, worn with a pair of light blue jeans with "
            "a high waist. the top has",
            "cut",
            hit_limit=True,
        ),
        Q.details("the top has a zipper on the back", "unsupported"),
        Q.material("leather", "unsupported"),
        gender="Women",
        title="Tokyo Talkies Women Black Solid Corset Style Crop Top",
        category="Tops",
        color="Black",
    ),
    # Photo: model in a sea green and white checked shirt, long sleeves, one chest pocket, black jeans. Fabric:
    # cotton. All texts: VQA adapter.
    case(
        "X1581-034",
        Q.garment_type("shirt"),
        Q.color(
            "green and white and green and white and green and white and green and white and green and white and "
            "green and white and green",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("checked"),
        Q.sleeve_length("long"),
        Q.description(
            "a green and white checkered shirt with a green and white checkered shirt with a green and white "
            "checkered shirt with a",
            "loop",
            hit_limit=True,
        ),
        Q.details("two pockets on the chest", "unsupported"),
        Q.material("cotton"),
        gender="Women",
        title="HERE&NOW Women Sea Green & White Checked Casual Shirt",
        category="Shirts",
        color="Sea Green",
    ),
    # Photo: model in a navy top with small white and red flowers, tie-up neck, long balloon sleeves, white jeans.
    # Fabric: polyester georgette, sheer. All texts: VQA adapter.
    case(
        "X1581-035",
        Q.garment_type("blouse"),
        Q.color("blue"),
        Q.pattern("floral"),
        Q.sleeve_length("long"),
        Q.description("a blue floral blouse with a tie at the neck and puffy sleeves"),
        Q.details("the tie at the neck"),
        Q.material("chiffon"),
        gender="Women",
        title="Athena Women Navy Blue Floral Print Tie-Up Neck Top",
        category="Tops",
        color="Navy Blue",
    ),
    # Photo: model in a lime green ribbed fitted top, long sleeves, square neck, white trousers. Fabric: cotton
    # spandex rib. All texts: VQA adapter.
    case(
        "X1581-036",
        Q.garment_type("sweater", "contradiction"),
        Q.color("green"),
        Q.pattern("ribbed"),
        Q.sleeve_length("long"),
        Q.description("a white long sleeve top with a square neck", "other_garment_color"),
        Q.details(
            "the neck is square and the sleeves are long and the top is tight and the top is tight and the top is "
            "tight and the",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Women",
        title="Popnetic Women Lime Green Ribbed Square Neck Fitted Top",
        category="Tops",
        color="Lime Green",
    ),
    # Photo: model in a mid-blue denim shirt with two flap chest pockets, long sleeves, black jeans. Fabric: denim.
    # All texts: VQA adapter.
    case(
        "X1581-037",
        Q.garment_type("denim"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a blue denim shirt with two pockets on the chest"),
        Q.details("two pockets on the chest"),
        Q.material("denim"),
        gender="Women",
        title="Mast & Harbour Women Blue Solid Denim Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: model in a lilac short-sleeve crop top and a matching midi skirt with a side slit (two pieces). Fabric:
    # polyester. All texts: VQA adapter.
    case(
        "X1581-038",
        Q.garment_type("skirt", "contradiction"),
        Q.color("purple"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description(
            "a purple crop top and skirt, the top has short sleeves and a round neck and the skirt is long with a "
            "slit on the side and a",
            "cut",
            hit_limit=True,
        ),
        Q.details("the skirt has a slit on the side"),
        Q.material("purple", "non_answer"),
        gender="Women",
        title="SASSAFRAS Women Lavender Solid Crop Top with Midi Skirt",
        category="Co-Ords",
        color="Lavender",
    ),
    # Photo: model in a white boxy top with a black "NEW YORK" text graphic (text only), short sleeves, denim shorts,
    # holding a coffee cup. Fabric: cotton. All texts: VQA adapter.
    case(
        "X1581-039",
        Q.garment_type("graphic tee"),
        Q.color("white"),
        Q.pattern("graphic"),
        Q.sleeve_length("short"),
        Q.description(
            "a white t-shirt with the words new york on it and a picture of the statue of liberty", "unsupported"
        ),
        Q.details(
            "the words new york new york new york new york new york new york new york new york new york new york "
            "new york new york new york",
            "loop",
            hit_limit=True,
        ),
        Q.material(
            "100% cotton 100% cotton 100% cotton 100% cotton 100% cotton 100% cotton 100% cotton 100% cotton",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="ONLY Women White Typography Printed Boxy Top",
        category="Tops",
        color="White",
    ),
    # Photo: model in a burgundy off-shoulder (bardot) top, long sleeves, black jeans. Fabric: polyester. The feed
    # row has no colour. All texts: VQA adapter.
    case(
        "X1581-040",
        Q.garment_type("blouse"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a red off the shoulder top with long sleeves and black jeans"),
        Q.details(
            "off the shoulder off the shoulder off the shoulder off the shoulder off the shoulder off the shoulder "
            "off the shoulder off the",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Women",
        title="Harpa Women Burgundy Solid Off-Shoulder Bardot Top",
        category="Tops",
    ),
    # Photo: model in a peach short-sleeve resort shirt and matching straight trousers with an elastic waist (no
    # drawstring). Fabric: linen blend. All texts: VQA adapter.
    case(
        "X1581-041",
        Q.garment_type("shirt and pants"),
        Q.color("peach"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a man in a peach shirt and pants", "pronoun"),
        Q.details("buttons down the front of the shirt and a drawstring on the pants", "unsupported"),
        Q.material("linen"),
        gender="Women",
        title="Kassually Women Peach Solid Shirt with Trousers Co-Ord Set",
        category="Co-Ords",
        color="Peach",
    ),
    # Photo: model in a black sheer mesh top with long sleeves over a black bralette, black trousers. Fabric: nylon
    # mesh. All texts: VQA adapter.
    case(
        "X1581-042",
        Q.garment_type("blouse"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a black sheer top with long sleeves"),
        Q.details("sheer"),
        Q.material("mesh"),
        gender="Women",
        title="DressBerry Women Black Sheer Mesh Top",
        category="Tops",
        color="Black",
    ),
    # Photo: model in a red-and-black buffalo check flannel shirt with two chest pockets, worn open over a black
    # tank, blue jeans. Fabric: brushed cotton flannel. All texts: VQA adapter.
    case(
        "X1581-043",
        Q.garment_type("shirt"),
        Q.color("red and black"),
        Q.pattern("plaid"),
        Q.sleeve_length("long"),
        Q.description("a man wearing a red and black plaid shirt", "pronoun"),
        Q.details(
            "the shirt has a collar and buttons down the front and two pockets on the chest. The shirt is a red and "
            "black plaid shirt with a",
            "cut",
            hit_limit=True,
        ),
        Q.material("flannel"),
        gender="Women",
        title="Roadster Women Red & Black Buffalo Checked Flannel Casual Shirt",
        category="Shirts",
        color="Red",
    ),
    # Photo: flat lay on a grey surface of a white sleeveless top with a ruffled hem; no model. Fabric: polyester
    # crepe. All texts: VQA adapter.
    case(
        "X1581-044",
        Q.garment_type("tank"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        Q.description("a white tank top on a grey background"),
        Q.details(
            "ruffles ruffles ruffles ruffles ruffles ruffles ruffles ruffles ruffles ruffles ruffles ruffles ruffles "
            "ruffles ruffles",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton", "unsupported"),
        gender="Women",
        title="Berrylush Women White Solid Ruffled Hem Top",
        category="Tops",
        color="White",
    ),
    # Photo: model in a loose orange-and-white tie-dye tee and matching shorts, white sneakers and white socks.
    # Fabric: cotton. All texts: VQA adapter.
    case(
        "X1581-045",
        Q.garment_type("tee and shorts"),
        Q.color("orange"),
        Q.pattern("tie dye"),
        Q.sleeve_length("short"),
        Q.description(
            "the person is wearing an orange and white tie dye t-shirt and shorts with white sneakers and white "
            "socks, the t-shirt is loose and the shorts",
            "cut",
            hit_limit=True,
        ),
        Q.details(
            "What are the details of the garment? Answer: the details of the garment are the details of the garment",
            "leak",
        ),
        Q.material("cotton"),
        gender="Women",
        title="Anouk Women Orange & White Tie-Dye T-shirt with Shorts",
        category="Co-Ords",
        color="Orange",
    ),
]
