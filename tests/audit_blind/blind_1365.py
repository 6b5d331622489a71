"""BLIND_1365 (45 products; Myntra women's tops, shirts and co-ords, default questionnaire, VQA adapter, free
generation): written blind in the sixty-fourth session. Measured blind at d381b30 (the session's first rules): 78/93
failures found (83.9%) and 15/213 correct texts flagged (7.0%). The writer's notes, verbatim:

Scenario: a Myntra women's feed of Tops, Shirts and Co-Ords (article type in `category`, base colour in `color`,
the product display name in `title`, `gender` as the feed has it; one column left out now and then). The photo is
the listing's first image: mostly a model on a plain white or light grey backdrop wearing the product with jeans,
trousers, a skirt or shorts, now and then a flat lay, a back view, a prop (a bag, a cup, a stool, a hat). enrich ran
its default questionnaire (garment type, color, pattern, sleeve length, description, details, material) with free
generation, no candidate ranking, no caption, one generate per prompt, 30 new tokens, stop on newline.
Who wrote what: every answer is from the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA on blip2-opt-2.7b). It was
trained on short In-shop answers ("blouse", "white", "yes") with unmasked labels and no terminator, so short closed
answers usually come out clean (the newline often survives), while the open questions it never saw (describe,
details, material) loop, run to the 30-token limit, or continue into its training prompt ("Question: What is the
color of the pants? Answer: ..."). It names garments with In-shop classes (blouse, tee, tank, denim, graphic tee,
sweater, romper/jumpsuit, jacket) and says "lattice" for checks now and then. A few products were asked only part
of the questionnaire (the job skipped questions whose answers were dropped by a timeout), so 5 to 7 texts each.
Labeling conventions and judgement calls: judged by the imagined photo and the title. Near hues count as right (red for
maroon or burgundy, orange for rust or coral, blue for navy, white for off-white or cream, green for olive or teal,
purple for lavender, khaki for beige); a color answer that is the bottom's color is other_garment_color; a description
that gives the top's color to the bottom too ("a black crop top and black jeans" over light-blue jeans) is
contradiction. A wrong garment class, a wrong pattern or a wrong sleeve length that the photo or title contradicts is
contradiction (a jumpsuit, romper or dress for a two-piece co-ord set; "short" for a sleeveless top; "long" for
three-quarter sleeves; "solid" for a polka dot or pinstripe the title names); for a co-ord set, naming either piece
("shirt", "pants") or both counts as right. A details or material answer about a prop or jewellery (the bag, the hat,
the earrings) is contradiction (an accessory answered as the garment). Material: right when it matches the title or is
the plain reading of the photo (cotton for a matte woven or knit top, denim, satin, lace, linen for a slub weave); a
material the title contradicts is contradiction; a specific fiber the photo cannot show and the title does not give
(silk for a polyester satin look, wool for a ribbed cotton knit, chiffon for opaque crepe) is unsupported, as is a
detail that is not there (a pocket, a zip, a bow, a belt). "yes", "no", empty, "a material", or a color given to the
material or pattern question is non_answer; an answer made of the question's words is restated. A text that continues
into a "Question: ... Answer:" is leak even when its first words are right. A text that ran to the token limit is
hit_limit=True and labeled loop when it repeats, cut when it stops mid-phrase without repeating. A "white" color for a
white-ground print whose base colour is Blue is left unmarked (the photo supports it). About three in ten texts are
wrong: the short closed answers on clean catalog shots are mostly right, while the open questions the adapter never
trained on (description, details, material) fail about half the time or more.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import case

W = "Women"

BLIND_1365 = [
    # Photo: model on grey backdrop, plain white round-neck short-sleeve knit top tucked into mid-blue jeans.
    # All texts: VQA adapter, free generation.
    case(
        "X1365-001",
        Q.garment_type("blouse"),
        Q.color(
            "white Question: What is the color of the jeans? Answer: blue Question: What is the color of the jeans? "
            "Answer: blue Question: What",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description(
            "a white blouse and blue jeans and a white blouse and blue jeans and a white blouse and blue jeans and a "
            "white blouse and blue jeans and",
            "loop",
            hit_limit=True,
        ),
        Q.details(
            "white blouse white blouse white blouse white blouse white blouse white blouse white blouse white "
            "blouse white blouse white blouse white blouse white",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender=W,
        title="Roadster Women White Solid Regular Top",
        category="Tops",
        color="White",
    ),
    # Photo: navy and white vertical pinstripe shirt, long sleeves rolled to the elbow, worn untucked over white
    # trousers; white backdrop. VQA adapter.
    case(
        "X1365-002",
        Q.garment_type("shirt"),
        Q.color("blue"),
        Q.pattern("striped"),
        Q.sleeve_length("long"),
        Q.description(
            "a blue and white striped shirt with a collar and buttons down the front and long sleeves rolled up to "
            "the elbows and white pants and a",
            "cut",
            hit_limit=True,
        ),
        Q.details(
            "the collar, the buttons, the sleeves, the collar, the buttons, the sleeves, the collar, the buttons, "
            "the sleeves, the collar, the",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender=W,
        title="HERE&NOW Women Navy Blue & White Striped Regular Fit Casual Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Photo: matching pink floral printed short-sleeve shirt and wide-leg trousers (two pieces, shirt untucked),
    # model holding a straw bag; white backdrop. VQA adapter; material not asked (timeout).
    case(
        "X1365-003",
        Q.garment_type("jumpsuit", "contradiction"),
        Q.color("pink"),
        Q.pattern("floral"),
        Q.sleeve_length("short"),
        Q.description("a woman in a pink floral shirt and pants holding a straw bag"),
        Q.details(
            "floral print, buttons, collar, pockets, floral print, buttons, collar, pockets, floral print, buttons, "
            "collar, pockets, floral",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="SASSAFRAS Women Pink & Green Floral Printed Shirt with Trousers Co-Ords",
        category="Co-Ords",
        color="Pink",
    ),
    # Photo: black sleeveless ribbed crop top, light-blue high-waist mom jeans; white backdrop. VQA adapter.
    case(
        "X1365-004",
        Q.garment_type("tank"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("short", "contradiction"),
        Q.description("a black crop top and black jeans", "contradiction"),
        Q.details("ribbed"),
        Q.material("cotton"),
        gender=W,
        title="Tokyo Talkies Women Black Solid Ribbed Crop Top",
        category="Tops",
        color="Black",
    ),
    # Photo: cream satin shirt with long sleeves and buttoned cuffs, tucked into black trousers; no pockets.
    # VQA adapter.
    case(
        "X1365-005",
        Q.garment_type("shirt"),
        Q.color("white"),
        Q.pattern("plain"),
        Q.sleeve_length("long sleeves"),
        Q.description(
            "a white satin shirt and black pants and black shoes and a white satin shirt and black pants and black "
            "shoes and a white satin shirt and black",
            "loop",
            hit_limit=True,
        ),
        Q.details(
            "a white satin shirt with a collar and buttons down the front and long sleeves with buttoned cuffs and "
            "a curved hem at the",
            "cut",
            hit_limit=True,
        ),
        Q.material("silk", "unsupported"),
        gender=W,
        title="MANGO Women Off-White Satin Finish Casual Shirt",
        category="Shirts",
        color="Off White",
    ),
    # Photo: mustard top with a ruffled round neck and short flutter sleeves, white jeans; grey backdrop.
    # VQA adapter.
    case(
        "X1365-006",
        Q.garment_type("blouse"),
        Q.color("yellow"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description(
            "a yellow blouse with ruffles on the sleeves and ruffles on the neckline and ruffles on the sleeves and "
            "ruffles on the neckline and ruffles on",
            "loop",
            hit_limit=True,
        ),
        Q.details("ruffles on the sleeves and the neckline"),
        Q.material("a material", "non_answer"),
        gender=W,
        title="DressBerry Women Mustard Yellow Solid Top with Ruffles",
        category="Tops",
        color="Mustard",
    ),
    # Photo: maroon wrap top with a small white floral print, three-quarter sleeves, tie at the left waist, black
    # jeans. VQA adapter; material not asked.
    case(
        "X1365-007",
        Q.garment_type("blouse"),
        Q.color("red"),
        Q.pattern("floral"),
        Q.sleeve_length("long", "contradiction"),
        Q.description("a red floral blouse with a tie at the waist"),
        Q.details("the details of the garment are the details of the garment", "restated"),
        gender=W,
        title="Harpa Women Maroon Floral Print Wrap Top",
        category="Tops",
        color="Maroon",
    ),
    # Photo: short-haired model in a white long-sleeve formal shirt tucked into grey trousers; plain backdrop.
    # VQA adapter.
    case(
        "X1365-008",
        Q.garment_type("shirt"),
        Q.color("grey", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a man in a white shirt and grey pants", "pronoun"),
        Q.details("collar, buttons, cuffs"),
        Q.material("cotton"),
        gender=W,
        title="Van Heusen Woman White Pure Cotton Regular Fit Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: black and white gingham top with a square neck and short puff sleeves, denim shorts. VQA adapter.
    case(
        "X1365-009",
        Q.garment_type("blouse"),
        Q.color("black and white"),
        Q.pattern("checked"),
        Q.sleeve_length("short puff sleeves"),
        Q.description(
            "a black and white checkered blouse with puffy sleeves and a square neckline and blue denim shorts and a "
            "pair of white sneakers and a",
            "cut",
            hit_limit=True,
        ),
        Q.details(
            "puff sleeves, square neck, puff sleeves, square neck, puff sleeves, square neck, puff sleeves, square "
            "neck, puff sleeves,",
            "loop",
            hit_limit=True,
        ),
        Q.material("", "non_answer"),
        gender=W,
        title="Berrylush Women Black & White Checked Puff Sleeve Top",
        category="Tops",
        color="Black",
    ),
    # Photo: rust button-front shirt-style top with long balloon sleeves, beige trousers. VQA adapter.
    case(
        "X1365-010",
        Q.garment_type("shirt"),
        Q.color("orange"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description(
            "Question: Describe the garment. Answer: a orange shirt with long sleeves Question: What is the color "
            "of the pants? Answer: beige",
            "leak",
            hit_limit=True,
        ),
        Q.details(
            "buttons buttons buttons buttons buttons buttons buttons buttons buttons buttons buttons buttons buttons "
            "buttons buttons buttons buttons buttons buttons buttons buttons buttons buttons buttons buttons buttons "
            "buttons buttons buttons buttons",
            "loop",
            hit_limit=True,
        ),
        Q.material("orange", "non_answer"),
        gender=W,
        title="FabAlley Women Rust Solid Shirt Style Top",
        category="Tops",
        color="Rust",
    ),
    # Photo: mid-blue denim shirt with two flap chest pockets, long sleeves, worn open over a white tank with black
    # jeans. VQA adapter.
    case(
        "X1365-011",
        Q.garment_type("denim"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a blue denim shirt over a white tank top"),
        Q.details("pockets on the chest, buttons down the front"),
        Q.material("denim"),
        gender=W,
        title="ONLY Women Blue Solid Denim Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: lavender square-neck top with short puff sleeves, opaque crepe, white jeans. VQA adapter.
    case(
        "X1365-012",
        Q.garment_type("blouse"),
        Q.color("purple"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a purple blouse with puffy sleeves"),
        Q.details(
            "the sleeves are puffy and the neckline is square and the sleeves are puffy and the neckline is square "
            "and the sleeves are puffy and",
            "loop",
            hit_limit=True,
        ),
        Q.material("chiffon", "unsupported"),
        gender=W,
        title="Athena Women Lavender Solid Puff Sleeve Top",
        category="Tops",
        color="Lavender",
    ),
    # Photo: olive utility shirt, two flap pockets, sleeves rolled up with button tabs, black jeans. VQA adapter.
    case(
        "X1365-013",
        Q.garment_type("jacket", "contradiction"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a green jacket with pockets", "contradiction"),
        Q.details("pockets on the chest, buttons, roll-up sleeves"),
        Q.material("cotton"),
        gender=W,
        title="Roadster Women Olive Green Pure Cotton Casual Utility Shirt",
        category="Shirts",
        color="Olive",
    ),
    # Photo: blue and white abstract printed sleeveless top and matching shorts (two pieces, midriff visible).
    # VQA adapter; details and material not asked.
    case(
        "X1365-014",
        Q.garment_type("romper", "contradiction"),
        Q.color("blue"),
        Q.pattern("printed"),
        Q.sleeve_length("sleeveless"),
        Q.description("a blue and white printed romper", "contradiction"),
        gender=W,
        title="Tokyo Talkies Women Blue & White Printed Top with Shorts Co-Ords",
        category="Co-Ords",
        color="Blue",
    ),
    # Photo: sea-green boat-neck top with three-quarter bell sleeves, white jeans, sunglasses pushed up on her head.
    # VQA adapter.
    case(
        "X1365-015",
        Q.garment_type("blouse"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("3/4"),
        Q.description(
            "a green blouse with white pants and sunglasses and a green blouse with white pants and sunglasses and a "
            "green blouse with white pants",
            "loop",
            hit_limit=True,
        ),
        Q.details("bell sleeves"),
        Q.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Mast & Harbour Women Sea Green Solid Bell Sleeve Top",
        category="Tops",
        color="Sea Green",
    ),
    # Photo: peach short-sleeve button-front shirt-style top (no pocket), white trousers, model holding a coffee
    # cup. VQA adapter; material not asked.
    case(
        "X1365-016",
        Q.garment_type("shirt"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a peach shirt and white pants holding a cup of coffee"),
        Q.details("buttons down the front, a collar, a pocket on the chest", "unsupported"),
        gender=W,
        title="Style Quotient Women Peach-Coloured Solid Shirt Style Top",
        category="Tops",
        color="Peach",
    ),
    # Photo: black sheer georgette top with long sleeves over a black camisole, blue jeans. VQA adapter.
    case(
        "X1365-017",
        Q.garment_type("blouse"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a black sheer blouse and black jeans", "contradiction"),
        Q.details(
            "black black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton", "contradiction"),
        gender=W,
        title="Vero Moda Women Black Solid Sheer Georgette Top",
        category="Tops",
        color="Black",
    ),
    # Photo: white short-sleeve camp shirt and shorts with a blue floral print, model seated on a wooden stool.
    # VQA adapter.
    case(
        "X1365-018",
        Q.garment_type("blouse and shorts"),
        Q.color("white"),
        Q.pattern("floral"),
        Q.sleeve_length("short"),
        Q.description(
            "a woman sitting on a stool wearing a white shirt with blue flowers and matching shorts and a pair of "
            "white sneakers and a white",
            "cut",
            hit_limit=True,
        ),
        Q.details(
            "flowers on the shirt and flowers on the shorts and flowers on the shirt and flowers on the shorts and "
            "flowers on the shirt and",
            "loop",
            hit_limit=True,
        ),
        Q.material("yes", "non_answer"),
        gender=W,
        title="HERE&NOW Women White & Blue Floral Print Shirt with Shorts Co-Ords",
        category="Co-Ords",
        color="White",
    ),
    # Photo: flat lay on white, a grey melange round-neck short-sleeve top, no person. VQA adapter.
    case(
        "X1365-019",
        Q.garment_type("tee"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.sleeve_length("long", "contradiction"),
        Q.description("a grey t-shirt on a white background"),
        Q.details("he is wearing a grey t-shirt", "pronoun"),
        Q.material("cotton"),
        gender=W,
        title="Roadster Women Grey Melange Solid Round Neck Pure Cotton Top",
        category="Tops",
        color="Grey Melange",
    ),
    # Photo: emerald satin long-sleeve shirt and matching wide trousers, model mid-stride. VQA adapter.
    case(
        "X1365-020",
        Q.garment_type("shirt"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a green satin shirt and matching pants"),
        Q.details(
            "a green satin shirt and matching pants and a green satin shirt and matching pants and a green satin "
            "shirt and matching pants and a",
            "loop",
            hit_limit=True,
        ),
        Q.material("satin"),
        gender=W,
        title="Trendyol Women Emerald Green Satin Shirt with Trousers Co-Ords",
        category="Co-Ords",
        color="Green",
    ),
    # Photo: navy top with white polka dots, v-neck, short flutter sleeves, no bow, white trousers. VQA adapter.
    case(
        "X1365-021",
        Q.garment_type("blouse"),
        Q.color("blue"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("short"),
        Q.description("a blue blouse with white polka dots"),
        Q.details("v-neck, ruffled sleeves, a bow at the neck", "unsupported"),
        Q.material("polyester"),
        gender=W,
        title="AND Women Navy Blue & White Polka Dot Print Top",
        category="Tops",
        color="Navy Blue",
    ),
    # Photo: cream linen shirt, long sleeves, relaxed fit, beige trousers. VQA adapter.
    case(
        "X1365-022",
        Q.garment_type("shirt"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a white shirt with long sleeves and a collar"),
        Q.details(
            "Question: What are the details of the garment? Answer: Question: What are the details of the garment? "
            "Answer: Question: What",
            "leak",
            hit_limit=True,
        ),
        Q.material("cotton", "contradiction"),
        gender=W,
        title="Marks & Spencer Women Cream-Coloured Pure Linen Relaxed Shirt",
        category="Shirts",
        color="Cream",
    ),
    # Photo: back view, black halter top with an open back and a tie at the neck, black trousers. VQA adapter;
    # material not asked.
    case(
        "X1365-023",
        Q.garment_type("yes", "non_answer"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        Q.description("a woman with her back to the camera wearing a black top and black pants"),
        Q.details("the back is open with a tie"),
        gender=W,
        title="MANGO Women Black Solid Backless Halter Top",
        category="Tops",
    ),
    # Photo: oversized off-white shirt with black vertical stripes, long sleeves, tucked into a black mini skirt.
    # VQA adapter. The feed has no base colour for this row.
    case(
        "X1365-024",
        Q.garment_type("shirt"),
        Q.color(
            "white Question: What is the color of the skirt? Answer: black Question: What is the color of the skirt? "
            "Answer: black",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("striped"),
        Q.sleeve_length("long"),
        Q.description("a white and black striped shirt and a black skirt"),
        Q.details("stripes"),
        Q.material("cotton"),
        gender=W,
        title="SASSAFRAS Women Off-White & Black Striped Oversized Casual Shirt",
        category="Shirts",
    ),
    # Photo: front view, red sleeveless peplum top with a small floral print, blue jeans; no zip visible.
    # VQA adapter; material not asked.
    case(
        "X1365-025",
        Q.garment_type("blouse"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        Q.description("a red floral blouse with a ruffled hem and blue jeans"),
        Q.details("ruffle at the waist and a zipper at the back", "unsupported"),
        gender=W,
        title="Berrylush Women Red Floral Print Peplum Top",
        category="Tops",
        color="Red",
    ),
    # Photo: white cotton top with schiffli eyelet embroidery (floral motifs), three-quarter sleeves, light-blue
    # jeans. VQA adapter.
    case(
        "X1365-026",
        Q.garment_type("blouse"),
        Q.color("white"),
        Q.pattern("floral"),
        Q.sleeve_length("3/4 sleeves"),
        Q.description(
            "a white blouse with a white blouse with a white blouse with a white blouse with a white blouse with a "
            "white blouse with a white blouse",
            "loop",
            hit_limit=True,
        ),
        Q.details("embroidery on the sleeves and the hem"),
        Q.material("cotton"),
        gender=W,
        title="Chemistry Women White Schiffli Embroidered Pure Cotton Top",
        category="Tops",
        color="White",
    ),
    # Photo: black and white abstract printed cropped collared shirt (short sleeves) and matching trousers, model
    # leaning on a white cube. VQA adapter.
    case(
        "X1365-027",
        Q.garment_type("pants"),
        Q.color("black and white"),
        Q.pattern("printed"),
        Q.sleeve_length("short"),
        Q.description("a black and white printed shirt and pants on a white box"),
        Q.details(
            "black and white black and white black and white black and white black and white black and white black "
            "and white black and white black and",
            "loop",
            hit_limit=True,
        ),
        Q.material(
            "polyester Question: What material is the garment made of? Answer: polyester Question: What material is "
            "the garment made of? Answer:",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        title="Sera Women Black & White Printed Shirt with Trousers Co-Ords",
        category="Co-Ords",
        color="Black",
    ),
    # Photo: short-haired model, blue and white checked shirt, long sleeves, one chest pocket, white jeans. VQA adapter.
    case(
        "X1365-028",
        Q.garment_type("shirt"),
        Q.color("blue"),
        Q.pattern("lattice"),
        Q.sleeve_length("long"),
        Q.description("he is wearing a blue and white plaid shirt with a pocket on the chest", "pronoun"),
        Q.details(
            "a blue and white plaid shirt with a pocket on the chest and buttons down the front and a collar and "
            "long sleeves and a",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender=W,
        title="Allen Solly Woman Blue & White Checked Pure Cotton Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: baby pink ribbed fitted long-sleeve round-neck top (thin cotton-spandex rib), black skirt.
    # VQA adapter.
    case(
        "X1365-029",
        Q.garment_type("sweater", "contradiction"),
        Q.color("pink"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a pink top and a black skirt"),
        Q.details("ribbed"),
        Q.material("wool", "unsupported"),
        gender=W,
        title="Tokyo Talkies Women Pink Solid Ribbed Fitted Top",
        category="Tops",
        color="Pink",
    ),
    # Photo: coral top with short flutter sleeves and a tie-up front, white jeans. VQA adapter.
    case(
        "X1365-030",
        Q.garment_type("blouse"),
        Q.color("orange"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("she is wearing a orange blouse and white jeans"),
        Q.details(
            "tie at the front and buttons on the back and a tie at the front and buttons on the back and a tie at the "
            "front and",
            "loop",
            hit_limit=True,
        ),
        Q.material("the material of the garment", "restated"),
        gender=W,
        title="Harpa Women Coral Solid Tie-Up Top",
        category="Tops",
        color="Coral",
    ),
    # Photo: brown and black leopard print satin shirt, long sleeves, black jeans. VQA adapter.
    case(
        "X1365-031",
        Q.garment_type("shirt"),
        Q.color("brown"),
        Q.pattern("leopard"),
        Q.sleeve_length("long"),
        Q.description(
            "Question: Describe the garment. Answer: a brown leopard print shirt Question: Describe the garment. "
            "Answer: a brown leopard",
            "leak",
            hit_limit=True,
        ),
        Q.details(
            "leopard print leopard print leopard print leopard print leopard print leopard print leopard print "
            "leopard print leopard print leopard print leopard",
            "loop",
            hit_limit=True,
        ),
        Q.material("satin"),
        gender=W,
        title="MANGO Women Brown Animal Print Satin Finish Shirt",
        category="Shirts",
        color="Brown",
    ),
    # Photo: beige slub-texture short-sleeve shirt and matching shorts, model holding a black and white tote bag.
    # VQA adapter.
    case(
        "X1365-032",
        Q.garment_type("shirt and shorts"),
        Q.color("khaki"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a woman holding a bag wearing a khaki shirt and shorts"),
        Q.details("the bag is black and white", "contradiction"),
        Q.material("linen"),
        gender=W,
        title="Roadster Women Beige Solid Shirt with Shorts Co-Ords",
        category="Co-Ords",
        color="Beige",
    ),
    # Photo: long mustard A-line top with a green ethnic block print, mandarin collar, three-quarter sleeves, white
    # palazzos. VQA adapter.
    case(
        "X1365-033",
        Q.garment_type("dress", "contradiction"),
        Q.color("yellow"),
        Q.pattern("floral"),
        Q.sleeve_length("3/4"),
        Q.description("a yellow and green dress with white pants", "contradiction"),
        Q.details("mandarin collar, buttons on the front"),
        Q.material("cotton"),
        gender=W,
        title="Sangria Women Mustard Yellow & Green Printed Pure Cotton A-Line Top",
        category="Tops",
        color="Mustard",
    ),
    # Photo: black lace top with a scalloped hem, short sleeves, white jeans. VQA adapter.
    case(
        "X1365-034",
        Q.garment_type("blouse"),
        Q.color("white", "other_garment_color"),
        Q.pattern("lace"),
        Q.sleeve_length("short"),
        Q.description("a black lace top with white pants"),
        Q.details(
            "lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace "
            "lace lace lace lace lace lace lace lace lace",
            "loop",
            hit_limit=True,
        ),
        Q.material("lace"),
        gender=W,
        title="DressBerry Women Black Lace Scalloped Top",
        category="Tops",
        color="Black",
    ),
    # Photo: pink and white fine pinstripe formal shirt (reads almost solid at this distance), long sleeves, navy
    # trousers. VQA adapter.
    case(
        "X1365-035",
        Q.garment_type(
            "shirt Question: What is the color of the shirt? Answer: pink Question: What is the color of the pants? "
            "Answer: blue",
            "leak",
            hit_limit=True,
        ),
        Q.color("pink"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("long"),
        Q.description("a pink shirt with blue pants"),
        Q.details(
            "a pink shirt with blue pants and a pink shirt with blue pants and a pink shirt with blue pants and a "
            "pink shirt with",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender=W,
        title="Van Heusen Woman Pink & White Striped Slim Fit Formal Shirt",
        category="Shirts",
        color="Pink",
    ),
    # Photo: white ribbed tank top, denim shorts, sunglasses in hand. VQA adapter.
    case(
        "X1365-036",
        Q.garment_type("tank"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.sleeve_length("no", "non_answer"),
        Q.description("a white tank top and blue denim shorts and sunglasses"),
        Q.details("ribbed"),
        Q.material("white", "non_answer"),
        gender=W,
        title="ONLY Women White Solid Ribbed Tank Top",
        category="Tops",
        color="White",
    ),
    # Photo: green top with a white floral print, square neck, long puff sleeves, smocked bodice, white skirt.
    # VQA adapter; material not asked.
    case(
        "X1365-037",
        Q.garment_type("blouse"),
        Q.color("green"),
        Q.pattern("floral"),
        Q.sleeve_length("long"),
        Q.description(
            "Question: What is the color of the skirt? Answer: white Question: What is the color of the skirt? "
            "Answer: white Question:",
            "leak",
            hit_limit=True,
        ),
        Q.details("elastic on the waist"),
        gender=W,
        title="Athena Women Green & White Floral Print Smocked Top",
        category="Tops",
        color="Green",
    ),
    # Photo: light-blue denim shirt with long rolled sleeves and a matching denim mini skirt, white sneakers.
    # VQA adapter. The feed leaves gender empty for this row.
    case(
        "X1365-038",
        Q.garment_type("denim"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description(
            "a blue denim shirt and a blue denim skirt and a blue denim shirt and a blue denim skirt and a blue denim "
            "shirt and",
            "loop",
            hit_limit=True,
        ),
        Q.details(
            "buttons, pockets, buttons, pockets, buttons, pockets, buttons, pockets, buttons, pockets, buttons, "
            "pockets, buttons, pockets, buttons,",
            "loop",
            hit_limit=True,
        ),
        Q.material("denim"),
        title="StyleStone Women Blue Denim Shirt with Skirt Co-Ords",
        category="Co-Ords",
        color="Blue",
    ),
    # Photo: burgundy satin cowl-neck cami with thin straps, black trousers. VQA adapter.
    case(
        "X1365-039",
        Q.garment_type("tank"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        Q.description("a red satin top and red pants", "contradiction"),
        Q.details("cowl neck and thin straps"),
        Q.material("satin"),
        gender=W,
        title="FabAlley Women Burgundy Solid Cowl Neck Satin Top",
        category="Tops",
        color="Burgundy",
    ),
    # Photo: white boxy short-sleeve top with black "PARIS" lettering on the chest, black shorts. VQA adapter.
    case(
        "X1365-040",
        Q.garment_type("graphic tee"),
        Q.color("white"),
        Q.pattern("graphic"),
        Q.sleeve_length("short"),
        Q.description("a white t-shirt with the word paris"),
        Q.details(
            "paris paris paris paris paris paris paris paris paris paris paris paris paris paris paris paris paris "
            "paris paris paris paris paris paris paris paris paris paris paris paris paris",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender=W,
        title="Mast & Harbour Women White & Black Typography Printed Boxy Top",
        category="Tops",
        color="White",
    ),
    # Photo: short-haired model, teal oversized shirt (no pockets) with long sleeves worn open over a white tee,
    # blue jeans. VQA adapter; material not asked.
    case(
        "X1365-041",
        Q.garment_type("jacket", "contradiction"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a man wearing a green shirt over a white t-shirt", "pronoun"),
        Q.details("pockets on the chest", "unsupported"),
        gender=W,
        title="HERE&NOW Women Teal Blue Solid Oversized Casual Shirt",
        category="Shirts",
        color="Teal",
    ),
    # Photo: white-ground shirt-style top with blue flowers, short sleeves, button front, blue jeans. VQA adapter.
    case(
        "X1365-042",
        Q.garment_type("shirt"),
        Q.color("white"),
        Q.pattern("floral"),
        Q.sleeve_length("short"),
        Q.description(
            "a white blouse with blue flowers and buttons down the front and a collar and short sleeves and blue "
            "jeans and a pair of",
            "cut",
            hit_limit=True,
        ),
        Q.details("buttons on the front and a collar"),
        Q.material("blue", "non_answer"),
        gender=W,
        title="Vero Moda Women Blue & White Floral Print Shirt Style Top",
        category="Tops",
        color="Blue",
    ),
    # Photo: yellow sleeveless crop top and matching midi skirt (two pieces, a strip of waist showing), model in a
    # straw hat. VQA adapter.
    case(
        "X1365-043",
        Q.garment_type("dress", "contradiction"),
        Q.color("yellow"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        Q.description("a yellow dress and a straw hat", "contradiction"),
        Q.details(
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow "
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow "
            "yellow yellow",
            "loop",
            hit_limit=True,
        ),
        Q.material("straw", "contradiction"),
        gender=W,
        title="Miss Chase Women Yellow Solid Crop Top with Skirt Co-Ords",
        category="Co-Ords",
        color="Yellow",
    ),
    # Photo: white shirt with a lace yoke across the shoulders, long sleeves, black jeans. VQA adapter.
    case(
        "X1365-044",
        Q.garment_type("blouse"),
        Q.color("white"),
        Q.pattern("white", "non_answer"),
        Q.sleeve_length("long"),
        Q.description("a white blouse with lace on the shoulders"),
        Q.details(
            "lace on the shoulders and buttons down the front and a collar and long sleeves with buttoned cuffs and a "
            "curved hem and a",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender=W,
        title="Harpa Women White Solid Shirt with Lace Yoke",
        category="Shirts",
        color="White",
    ),
    # Photo: black collared crop shirt with short sleeves and black flared trousers, gold hoop earrings, no
    # belt. VQA adapter.
    case(
        "X1365-045",
        Q.garment_type("shirt and pants"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a black shirt and black pants with a gold belt", "unsupported"),
        Q.details("gold earrings", "contradiction"),
        Q.material("", "non_answer"),
        gender=W,
        title="SASSAFRAS Women Black Solid Crop Shirt with Trousers Co-Ords",
        category="Co-Ords",
        color="Black",
    ),
]
