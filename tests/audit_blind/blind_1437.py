"""BLIND_1437 (45 products; Myntra women's tops, shirts and co-ords, default questionnaire, VQA adapter free
generation): written blind in the sixty-fourth session. Measured blind at 9207eb7 (the session's fifth and final
rules): 85/100 failures found (85.0%) and 20/215 correct texts flagged (9.3%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's tops, shirts and co-ord sets (article types Tops, Shirts, Co-Ords; base colours as
Myntra spells them; gender "Women"; one product lacks its colour column and two lack the gender column). Photos are
the usual Myntra shots: a model on a plain white, grey or beige backdrop wearing the product with jeans, trousers,
shorts or a skirt, one flat lay, one back view, props now and then (sunglasses, a bag, a coffee cup). enrich ran its
default questionnaire (garment type, color, pattern, sleeve length, description, details, material) with free
generation, no candidate ranking, no caption.
Who wrote what: every text is the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA on Salesforce/blip2-opt-2.7b), greedy,
30 new tokens, prompt `Question: ... Answer:`. No end-of-answer token was trained, so the short closed answers
mostly come out as one or two words (the In-shop vocabulary: blouse, shirt, tee, tank, dress, romper, jacket,
denim; vendor-style colours like "navy-white"), though now and then one of them runs on too ("black-black-black...",
"long sleeve long sleeve..."); the open questions (description, details) often run on to the limit, loop, or
continue with the training format ("Question: What is the color of the pants? Answer: ...").
Labeling conventions and judgement calls: judged against the photo I imagined (the comment above each case) and the
title. A co-ord's garment type that names one of its pieces (blouse, shirt, shorts, denim) is right; "dress" or "romper"
for a top and bottom is a contradiction, as is "jacket" or "sweater" or "denim" for a shirt or top the title names. Near
colour names are right (maroon as red, lavender as purple, rust or coral as orange, off white as white, a mostly pink
tie-dye "Multi" as pink); navy answered black is a contradiction. The colour of the jeans, trousers or the layer
underneath given for the product is other_garment_color. Texture words (ribbed, lace) are accepted as a pattern, and
"solid" for a self-design top; a colour or "yes" answered to the pattern, details or garment type question is a
non_answer, and so is "fabric" for the material; an answer that only says the question back at length ("the sleeves are
the sleeves of the garment") is restated. A pattern misread (solid for a striped top, striped for corduroy or an ikat,
polka dots for a ditsy floral) is a contradiction. Rolled-up long sleeves answered "short" is a contradiction. Material
is right when the title states it or the fabric in the photo fits; "silk" for polyester satin, "cotton" for sheer
georgette, "wool" for a synthetic rib knit, "lace" for pure-cotton broderie, "denim" for chambray and "chiffon" for an
opaque crepe are unsupported. A text that ran to the limit and stops mid-phrase is cut even when everything it said is
true; one that repeats a phrase is loop even when the first phrase is true; one that carries "Question:"/"Answer:" is
leak even when it also repeats. A flat lay described as "a woman wearing", a zipper on a back the photo does not show,
rolled sleeves that are not rolled, a bag nobody carries are unsupported. "a man"/"he" for the women's models is
pronoun.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS, case

Q = DEFAULT_QUESTIONS

BLIND_1437 = [
    # Photo: model in a black ribbed sleeveless square-neck crop top (cotton-blend rib) with light-blue high-waist mom
    # jeans, white backdrop. All seven answers: VQA adapter, free generation.
    case(
        "X1437-001",
        Q.garment_type("tank"),
        Q.color(
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        Q.description("a black crop top with a square neckline and high waisted jeans"),
        Q.details(
            "the neckline, the sleeves, the neckline, the sleeves, the neckline, the sleeves, the neckline, the "
            "sleeves, the neckline, the",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Women",
        title="SASSAFRAS Women Black Solid Fitted Crop Top",
        category="Tops",
        color="Black",
    ),
    # Photo: navy-and-white vertical striped full-sleeve shirt with one chest patch pocket, buttoned and tucked into
    # black trousers, grey backdrop. All answers: VQA adapter.
    case(
        "X1437-002",
        Q.garment_type("shirt"),
        Q.color("navy-white"),
        Q.pattern("striped"),
        Q.sleeve_length(
            "long sleeve long sleeve long sleeve long sleeve long sleeve long sleeve long sleeve long sleeve long "
            "sleeve long sleeve",
            "loop",
            hit_limit=True,
        ),
        Q.description(
            "a navy blue and white striped shirt with a collar and buttons down the front and a pocket on the chest "
            "and a pocket on the",
            "cut",
            hit_limit=True,
        ),
        Q.details("buttons"),
        Q.material("cotton"),
        gender="Women",
        title="Roadster Women Navy Blue & White Regular Fit Striped Casual Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Photo: mustard top with a small white floral print, square neck, short puff sleeves (sheer polyester georgette),
    # tucked into white wide-leg trousers, beige backdrop. All answers: VQA adapter.
    case(
        "X1437-003",
        Q.garment_type(
            "blouse Question: Is this a blouse? Answer: yes Question: Is this a blouse? Answer: yes Question:",
            "leak",
            hit_limit=True,
        ),
        Q.color("yellow"),
        Q.pattern("floral"),
        Q.sleeve_length("short"),
        Q.description("a yellow blouse with white flowers"),
        Q.details(
            "puff sleeves, puff sleeves, puff sleeves, puff sleeves, puff sleeves, puff sleeves, puff sleeves, puff "
            "sleeves, puff sleeves, puff",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton", "unsupported"),
        gender="Women",
        title="HERE&NOW Women Mustard Yellow Floral Print Puff Sleeve Top",
        category="Tops",
        color="Mustard",
    ),
    # Photo: lavender short-sleeve shirt-style top with matching straight trousers (elasticated waist, no drawstring),
    # white sneakers, beige backdrop. All answers: VQA adapter.
    case(
        "X1437-004",
        Q.garment_type("blouse"),
        Q.color("purple"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a purple blouse and purple pants and white shoes and a white bag", "unsupported"),
        Q.details(
            "buttons down the front of the blouse and the pants have a drawstring waist and the pants have a "
            "drawstring waist and the pants have a",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Women",
        title="Berrylush Women Lavender Solid Top with Trousers Co-Ords",
        category="Co-Ords",
        color="Lavender",
    ),
    # Photo: white short-sleeve round-neck boxy cotton top tucked into blue denim jeans, sleeves plain (not rolled),
    # model holding sunglasses, white backdrop. All answers: VQA adapter.
    case(
        "X1437-005",
        Q.garment_type("tee"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description(
            "a white t-shirt and blue jeans and a pair of sunglasses in her hand and a pair of sunglasses in her hand "
            "and a",
            "loop",
            hit_limit=True,
        ),
        Q.details("the sleeves are rolled up", "unsupported"),
        Q.material("cotton"),
        gender="Women",
        title="Tokyo Talkies Women White Solid Top",
        category="Tops",
        color="White",
    ),
    # Photo: white long-sleeve formal shirt, buttoned, tucked into black formal trousers; the model has short hair
    # tied back, grey backdrop. All answers: VQA adapter.
    case(
        "X1437-006",
        Q.garment_type("shirt"),
        Q.color(
            "white-black-white-black-white-black-white-black-white-black-white-black-white-black-white",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a man in a white shirt and black pants", "pronoun"),
        Q.details("collar, buttons"),
        Q.material("cotton"),
        gender="Women",
        title="Van Heusen Woman White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: red off-shoulder bardot top with full-length sleeves and a ruched front, black skinny jeans, white
    # backdrop. All answers: VQA adapter.
    case(
        "X1437-007",
        Q.garment_type("blouse"),
        Q.color("red"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description(
            "a red off the shoulder top with long sleeves and black jeans and a pair of black shoes and a black bag "
            "and a black",
            "cut",
            hit_limit=True,
        ),
        Q.details(
            "off the shoulder off the shoulder off the shoulder off the shoulder off the shoulder off the shoulder "
            "off the shoulder off the",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Women",
        title="Athena Women Red Off-Shoulder Bardot Top",
        category="Tops",
        color="Red",
    ),
    # Photo: beige short-sleeve rayon shirt with a black abstract print and matching wide trousers, front view,
    # white backdrop. All answers: VQA adapter.
    case(
        "X1437-008",
        Q.garment_type("romper", "contradiction"),
        Q.color("beige-black"),
        Q.pattern("abstract"),
        Q.sleeve_length("short"),
        Q.description(
            "a beige and black printed shirt and matching pants and a pair of white shoes and a pair of white shoes "
            "and a pair",
            "loop",
            hit_limit=True,
        ),
        Q.details(
            "Question: What is the color of the pants? Answer: beige-black Question: What is the color of the shirt? "
            "Answer: beige-",
            "leak",
            hit_limit=True,
        ),
        Q.material("rayon"),
        gender="Women",
        title="AASK Women Beige & Black Printed Co-Ords",
        category="Co-Ords",
        color="Beige",
    ),
    # Photo: pink sleeveless georgette top with a ruffled neckline, white jeans, white sandals, a white handbag in
    # her hand, white backdrop. All answers: VQA adapter.
    case(
        "X1437-009",
        Q.garment_type("tank"),
        Q.color("pink"),
        Q.pattern("pink", "non_answer"),
        Q.sleeve_length("sleeveless"),
        Q.description(
            "a pink top with ruffles on the neckline and white jeans and a pair of white shoes and a white bag and a",
            "cut",
            hit_limit=True,
        ),
        Q.details("ruffles"),
        Q.material("chiffon"),
        gender="Women",
        title="DressBerry Women Pink Solid Ruffled Top",
        category="Tops",
        color="Pink",
    ),
    # Photo: olive long-sleeve cotton utility shirt with two flap chest pockets and button cuffs, worn open over a
    # white tank top, blue jeans, grey backdrop. All answers: VQA adapter.
    case(
        "X1437-010",
        Q.garment_type("jacket", "contradiction"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("an olive green shirt with two pockets on the chest"),
        Q.details(
            "two pockets on the chest and buttons on the front and buttons on the pockets and buttons on the sleeves "
            "and buttons on the",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Women",
        title="Mast & Harbour Women Olive Green Solid Casual Shirt",
        category="Shirts",
        color="Olive",
    ),
    # Photo: black fine-rib long-sleeve high-neck fitted top (cotton-elastane), tucked into a beige midi skirt,
    # white backdrop. All answers: VQA adapter.
    case(
        "X1437-011",
        Q.garment_type("sweater", "contradiction"),
        Q.color("black"),
        Q.pattern("ribbed"),
        Q.sleeve_length("long"),
        Q.description("a black turtleneck top and a beige skirt"),
        Q.details(
            "ribbed ribbed ribbed ribbed ribbed ribbed ribbed ribbed ribbed ribbed ribbed ribbed ribbed ribbed "
            "ribbed ribbed ribbed",
            "loop",
            hit_limit=True,
        ),
        Q.material("wool", "unsupported"),
        gender="Women",
        title="ONLY Women Black Ribbed Fitted Top",
        category="Tops",
        color="Black",
    ),
    # Photo: green long-sleeve shirt with a white leaf print and matching wide trousers, model holding a straw bag,
    # beige backdrop. All answers: VQA adapter.
    case(
        "X1437-012",
        Q.garment_type("shirt"),
        Q.color("green"),
        Q.pattern("floral"),
        Q.sleeve_length(
            "long sleeve Question: What is the color of the shirt? Answer: green Question: What is the color of the "
            "pants? Answer:",
            "leak",
            hit_limit=True,
        ),
        Q.description(
            "a green and white shirt with a leaf print and matching pants and a straw bag and a straw bag and a straw "
            "bag and a straw",
            "loop",
            hit_limit=True,
        ),
        Q.details("leaf print"),
        Q.material("the garment is made of material", "restated"),
        gender="Women",
        title="Sera Women Green Printed Shirt with Trousers",
        category="Co-Ords",
        color="Green",
    ),
    # Photo: maroon sheer georgette top with long balloon sleeves over a black camisole, black trousers, white
    # backdrop. Feed row without gender. All answers: VQA adapter.
    case(
        "X1437-013",
        Q.garment_type("blouse"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description(
            "a maroon blouse with long sleeves and black pants and black shoes and a black bag and a black bag and a "
            "black bag",
            "loop",
            hit_limit=True,
        ),
        Q.details("sheer sleeves"),
        Q.material("cotton", "unsupported"),
        title="Harpa Women Maroon Sheer Top",
        category="Tops",
        color="Maroon",
    ),
    # Photo: white linen long-sleeve shirt with the sleeves rolled to the elbow, knotted at the waist, beige linen
    # shorts, beige backdrop. All answers: VQA adapter.
    case(
        "X1437-014",
        Q.garment_type("shirt"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.sleeve_length("short", "contradiction"),
        Q.description(
            "a white shirt with rolled up sleeves tied at the waist and beige shorts and a pair of white shoes and a "
            "pair of",
            "cut",
            hit_limit=True,
        ),
        Q.details("a knot at the waist"),
        Q.material("linen"),
        gender="Women",
        title="Mango Women White Linen Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: teal polyester-satin strappy cowl-neck camisole top, black trousers, a gold chain necklace, grey
    # backdrop. All answers: VQA adapter.
    case(
        "X1437-015",
        Q.garment_type(
            "tank top tank top tank top tank top tank top tank top tank top tank top tank top tank top tank top "
            "tank top tank top",
            "loop",
            hit_limit=True,
        ),
        Q.color("teal"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        Q.description("a teal satin top with a cowl neck"),
        Q.details(
            "a cowl neck and a gold necklace and a gold necklace and a gold necklace and a gold necklace and a gold "
            "necklace and a",
            "loop",
            hit_limit=True,
        ),
        Q.material("silk", "unsupported"),
        gender="Women",
        title="FabAlley Women Teal Blue Satin Cowl Neck Top",
        category="Tops",
        color="Teal",
    ),
    # Photo: black-and-white horizontal striped cotton-jersey short-sleeve crop top with a matching striped midi
    # skirt, a strip of midriff showing, white backdrop. All answers: VQA adapter.
    case(
        "X1437-016",
        Q.garment_type("dress", "contradiction"),
        Q.color("black-white"),
        Q.pattern("striped"),
        Q.sleeve_length("short"),
        Q.description("a black and white striped dress", "contradiction"),
        Q.details(
            "stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes "
            "stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes "
            "stripes stripes stripes",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Women",
        title="Style Quotient Women Black & White Striped Co-Ords",
        category="Co-Ords",
        color="Black",
    ),
    # Photo: white cotton top with a shirt collar, half button placket and short sleeves, blue denim shorts, white
    # backdrop. All answers: VQA adapter.
    case(
        "X1437-017",
        Q.garment_type("shirt"),
        Q.color(
            "white-white-white-white-white-white-white-white-white-white-white-white-white-white-white",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description(
            "a white shirt with a collar and buttons on the front of the shirt and buttons on the front of the shirt "
            "and buttons on the",
            "loop",
            hit_limit=True,
        ),
        Q.details("collar"),
        Q.material("cotton"),
        gender="Women",
        title="StyleStone Women White Cotton Shirt Collar Top",
        category="Tops",
        color="White",
    ),
    # Photo: rust polyester-crepe wrap top, V neck, long sleeves, tie at the side of the waist, cream trousers,
    # white backdrop. All answers: VQA adapter.
    case(
        "X1437-018",
        Q.garment_type("blouse"),
        Q.color("orange"),
        Q.pattern("solid"),
        Q.sleeve_length(
            "long Question: What is the color of the blouse? Answer: orange Question: What is the color of the pants? "
            "Answer",
            "leak",
            hit_limit=True,
        ),
        Q.description("an orange wrap top with a tie at the waist"),
        Q.details(
            "a tie at the waist and a v neckline and long sleeves and a tie at the waist and a v neckline and long "
            "sleeves and a",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Women",
        title="Kassually Women Rust Orange Solid Wrap Top",
        category="Tops",
        color="Rust",
    ),
    # Photo: light-blue cotton chambray long-sleeve shirt with two chest pockets, worn open over a white tee, black
    # jeans, grey backdrop. All answers: VQA adapter.
    case(
        "X1437-019",
        Q.garment_type("denim", "contradiction"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description(
            "a blue denim shirt with two pockets on the chest and a white t-shirt underneath and black jeans and "
            "black jeans and black jeans",
            "loop",
            hit_limit=True,
        ),
        Q.details("two pockets on the chest"),
        Q.material("denim", "unsupported"),
        gender="Women",
        title="Roadster Women Blue Solid Chambray Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: flat lay, no model: beige rib-knit short-sleeve round-neck top laid on a white surface. All answers:
    # VQA adapter.
    case(
        "X1437-020",
        Q.garment_type("tee"),
        Q.color(
            "beige Question: What is the color of the tee? Answer: beige Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a woman wearing a beige t-shirt", "unsupported"),
        Q.details("ribbed"),
        Q.material("cotton"),
        gender="Women",
        title="H&M Women Beige Rib-Knit Top",
        category="Tops",
        color="Beige",
    ),
    # Photo: pink satin short-sleeve shirt with white polka dots and matching shorts, model sitting on a white stool,
    # white backdrop. All answers: VQA adapter.
    case(
        "X1437-021",
        Q.garment_type("shorts"),
        Q.color("pink-white"),
        Q.pattern("polka dot"),
        Q.sleeve_length("short"),
        Q.description("a pink and white polka dot shirt and shorts"),
        Q.details(
            "polka dots polka dots polka dots polka dots polka dots polka dots polka dots polka dots polka dots "
            "polka dots",
            "loop",
            hit_limit=True,
        ),
        Q.material("satin"),
        gender="Women",
        title="Zima Leto Women Pink Printed Shirt & Shorts Co-Ord Set",
        category="Co-Ords",
        color="Pink",
    ),
    # Photo: white pure-cotton broderie anglaise (eyelet) top with short flutter sleeves, light-blue jeans, white
    # backdrop. All answers: VQA adapter.
    case(
        "X1437-022",
        Q.garment_type("blouse"),
        Q.color("white"),
        Q.pattern("floral"),
        Q.sleeve_length("short"),
        Q.description("a white blouse with lace"),
        Q.details(
            "embroidery on the front of the blouse and embroidery on the sleeves and embroidery on the front of the "
            "blouse and embroidery on the",
            "loop",
            hit_limit=True,
        ),
        Q.material("lace", "unsupported"),
        gender="Women",
        title="Marks & Spencer Women White Pure Cotton Broderie Top",
        category="Tops",
        color="White",
    ),
    # Photo: pink-and-white gingham long-sleeve cotton shirt with white trousers, grey backdrop. All answers: VQA
    # adapter.
    case(
        "X1437-023",
        Q.garment_type("shirt"),
        Q.color(
            "pink Question: What is the color of the pants? Answer: white Question: What is the color of the shirt? "
            "Answer: pink Question",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("plaid"),
        Q.sleeve_length("long"),
        Q.description(
            "a pink and white checkered shirt with long sleeves and white pants and white pants and white pants and "
            "white pants and white",
            "loop",
            hit_limit=True,
        ),
        Q.details("buttons"),
        Q.material("cotton"),
        gender="Women",
        title="Allen Solly Woman Pink Checked Casual Shirt",
        category="Shirts",
        color="Pink",
    ),
    # Photo: blue-and-white vertical striped short-sleeve top with a square neck, white jeans, white backdrop. All
    # answers: VQA adapter.
    case(
        "X1437-024",
        Q.garment_type("blouse"),
        Q.color("blue-white"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("short"),
        Q.description(
            "a blue and white striped blouse and white jeans and white shoes and a white bag and a white bag and a "
            "white bag and",
            "loop",
            hit_limit=True,
        ),
        Q.details("the stripes are vertical"),
        Q.material("the material of the garment is the material of the garment", "restated"),
        gender="Women",
        title="Trendyol Women Blue & White Striped Regular Top",
        category="Tops",
        color="Blue",
    ),
    # Photo: black polyester crop top with short puff sleeves and a square neck, matching black flared trousers, white
    # backdrop. Feed row without the colour column. All answers: VQA adapter.
    case(
        "X1437-025",
        Q.garment_type("blouse"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("short puff sleeves"),
        Q.description(
            "a black crop top with puff sleeves and black pants and a pair of black shoes and a pair of black shoes "
            "and a pair of",
            "loop",
            hit_limit=True,
        ),
        Q.details(
            "puff sleeves and a square neckline and a square neckline and a square neckline and a square neckline "
            "and a square neckline and a",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Women",
        title="Tokyo Talkies Women Black Solid Top & Trousers Co-Ord Set",
        category="Co-Ords",
    ),
    # Photo: bright yellow short-sleeve round-neck cotton crop top, white wide-leg jeans, hand in pocket, white
    # backdrop. All answers: VQA adapter.
    case(
        "X1437-026",
        Q.garment_type("tee"),
        Q.color("yellow"),
        Q.pattern("yes", "non_answer"),
        Q.sleeve_length(
            "short sleeve short sleeve short sleeve short sleeve short sleeve short sleeve short sleeve short sleeve "
            "short sleeve short",
            "loop",
            hit_limit=True,
        ),
        Q.description("a yellow crop top and white jeans"),
        Q.details("yes", "non_answer"),
        Q.material("cotton"),
        gender="Women",
        title="Kotty Women Yellow Solid Crop Top",
        category="Tops",
        color="Yellow",
    ),
    # Photo: black polyester-satin long-sleeve shirt, collar, buttoned, black trousers, gold hoop earrings, grey
    # backdrop. All answers: VQA adapter.
    case(
        "X1437-027",
        Q.garment_type("shirt"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description(
            "a black satin shirt with long sleeves and a collar and buttons down the front and black pants and gold "
            "earrings and a",
            "cut",
            hit_limit=True,
        ),
        Q.details(
            "buttons down the front buttons down the front buttons down the front buttons down the front buttons "
            "down the front buttons",
            "loop",
            hit_limit=True,
        ),
        Q.material("silk", "unsupported"),
        gender="Women",
        title="Chemistry Women Black Satin Shirt",
        category="Shirts",
        color="Black",
    ),
    # Photo: dark green opaque viscose-crepe top with a small white-and-pink floral print, V neck, long sleeves with
    # elasticated cuffs, blue jeans, white backdrop. All answers: VQA adapter.
    case(
        "X1437-028",
        Q.garment_type("blouse"),
        Q.color(
            "green-white-green-white-green-white-green-white-green-white-green-white-green-white-green",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("green", "non_answer"),
        Q.sleeve_length("long"),
        Q.description("a green floral blouse with long sleeves"),
        Q.details("elastic cuffs"),
        Q.material("chiffon", "unsupported"),
        gender="Women",
        title="Vero Moda Women Green Floral Print Top",
        category="Tops",
        color="Green",
    ),
    # Photo: blue cotton shirt with a white ikat print (streaky, like broken stripes), three-quarter sleeves, matching
    # palazzos, beige backdrop. All answers: VQA adapter.
    case(
        "X1437-029",
        Q.garment_type("blouse"),
        Q.color("blue"),
        Q.pattern("striped", "contradiction"),
        Q.sleeve_length("the sleeves are the sleeves of the garment", "restated"),
        Q.description("a blue and white printed shirt and palazzo pants"),
        Q.details(
            "Question: What is the color of the palazzo? Answer: blue Question: What is the color of the shirt? "
            "Answer: blue",
            "leak",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Women",
        title="Slenor Women Blue & White Printed Shirt with Palazzos",
        category="Co-Ords",
        color="Blue",
    ),
    # Photo: lavender satin-finish sleeveless corset top with a sweetheart neckline and boning seams, front view only,
    # black trousers, white backdrop. All answers: VQA adapter.
    case(
        "X1437-030",
        Q.garment_type("yes", "non_answer"),
        Q.color("purple"),
        Q.pattern("solid"),
        Q.sleeve_length("long", "contradiction"),
        Q.description("a purple corset top"),
        Q.details("a zipper on the back", "unsupported"),
        Q.material("satin"),
        gender="Women",
        title="SASSAFRAS Women Lavender Solid Corset Top",
        category="Tops",
        color="Lavender",
    ),
    # Photo: light-blue cotton oxford shirt, button-down collar, long sleeves, small embroidered logo on the chest,
    # untucked over white jeans, grey backdrop. All answers: VQA adapter.
    case(
        "X1437-031",
        Q.garment_type("shirt"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a man wearing a light blue shirt and white jeans", "pronoun"),
        Q.details("a logo on the chest"),
        Q.material(
            "100% cotton 100% cotton 100% cotton 100% cotton 100% cotton 100% cotton 100% cotton 100% cotton 100% "
            "cotton 100% cotton",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="U.S. Polo Assn. Women Sky Blue Solid Oxford Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: pink-purple-blue tie-dye short-sleeve cotton top (mostly pink), knotted at the front, denim shorts,
    # white backdrop. All answers: VQA adapter.
    case(
        "X1437-032",
        Q.garment_type("tee"),
        Q.color("pink"),
        Q.pattern("tie dye"),
        Q.sleeve_length("short"),
        Q.description("a woman wearing a tie dye t-shirt and denim shorts"),
        Q.details("a knot at the front"),
        Q.material("cotton"),
        gender="Women",
        title="Street 9 Women Multicoloured Tie-Dye Top",
        category="Tops",
        color="Multi",
    ),
    # Photo: off-white cotton-linen long-sleeve shirt with matching straight trousers (flat front, no pleats), brown
    # sandals, beige backdrop. All answers: VQA adapter.
    case(
        "X1437-033",
        Q.garment_type("blouse"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a white shirt and white pants"),
        Q.details(
            "the shirt has a collar and buttons down the front and the pants have a pleated front and a pleated "
            "front and a pleated front and",
            "loop",
            hit_limit=True,
        ),
        Q.material("linen"),
        gender="Women",
        title="Mayra Women Off White Solid Shirt & Trousers Co-Ords",
        category="Co-Ords",
        color="Off White",
    ),
    # Photo: red smocked self-design sleeveless halter-neck top, blue jeans; the model's hair is cropped short,
    # white backdrop. Feed row without gender. All answers: VQA adapter.
    case(
        "X1437-034",
        Q.garment_type("tank"),
        Q.color("red"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        Q.description("he is wearing a red tank top and blue jeans", "pronoun"),
        Q.details("smocking"),
        Q.material(
            "the garment is made of a lightweight fabric that is soft to the touch and is perfect for the summer "
            "season and is",
            "cut",
            hit_limit=True,
        ),
        title="Selvia Women Red Self Design Top",
        category="Tops",
        color="Red",
    ),
    # Photo: black oversized viscose shirt with a white graffiti-style print, short drop sleeves, buttoned, black
    # shorts, black sneakers, a black sling bag, white backdrop. All answers: VQA adapter.
    case(
        "X1437-035",
        Q.garment_type("shirt"),
        Q.color("black-white"),
        Q.pattern("graphic"),
        Q.sleeve_length("short"),
        Q.description(
            "a black and white shirt with a graphic print on it and black shorts and a pair of black shoes and a "
            "black bag and a",
            "cut",
            hit_limit=True,
        ),
        Q.details(
            "the print is a print of the print of the print of the print of the print of the print of the print of "
            "the print",
            "loop",
            hit_limit=True,
        ),
        Q.material("rayon"),
        gender="Women",
        title="HERE&NOW Women Black & White Printed Oversized Casual Shirt",
        category="Shirts",
        color="Black",
    ),
    # Photo: peach peplum top with short flutter sleeves (no ruffles anywhere else), round neck, white trousers,
    # white backdrop. All answers: VQA adapter.
    case(
        "X1437-036",
        Q.garment_type("blouse"),
        Q.color("peach"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description(
            "a peach colored top with a peplum and short sleeves and a round neckline and white pants and a pair of "
            "white",
            "cut",
            hit_limit=True,
        ),
        Q.details(
            "ruffles on the sleeves ruffles on the sleeves ruffles on the sleeves ruffles on the sleeves ruffles on "
            "the sleeves ruffles on the sleeves ruffles",
            "loop",
            hit_limit=True,
        ),
        Q.material("fabric", "non_answer"),
        gender="Women",
        title="Mast & Harbour Women Peach Solid Peplum Top",
        category="Tops",
        color="Peach",
    ),
    # Photo: sage green crop top with a white floral print and short puff sleeves, matching midi skirt with a side
    # slit, midriff showing, beige backdrop. All answers: VQA adapter.
    case(
        "X1437-037",
        Q.garment_type("dress", "contradiction"),
        Q.color("green"),
        Q.pattern("floral"),
        Q.sleeve_length(
            "short sleeves and a crop top and a midi skirt and a slit on the skirt and a slit on the skirt and a",
            "loop",
            hit_limit=True,
        ),
        Q.description("a green floral crop top and matching skirt"),
        Q.details("a slit on the skirt"),
        Q.material("polyester"),
        gender="Women",
        title="Berrylush Women Green Floral Printed Top & Skirt Co-Ords",
        category="Co-Ords",
        color="Green",
    ),
    # Photo: navy cotton formal shirt, long sleeves, tucked into grey trousers, grey backdrop; in the photo the navy
    # reads very dark. All answers: VQA adapter.
    case(
        "X1437-038",
        Q.garment_type("shirt"),
        Q.color("black", "contradiction"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a navy blue shirt and grey pants"),
        Q.details(
            "the collar, the cuffs, the buttons, the collar, the cuffs, the buttons, the collar, the cuffs, the "
            "buttons, the collar",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Women",
        title="Van Heusen Woman Navy Blue Solid Formal Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Photo: chocolate-brown long-sleeve scoop-neck fitted cotton top, cream trousers, white backdrop. All answers:
    # VQA adapter.
    case(
        "X1437-039",
        Q.garment_type("tee"),
        Q.color("brown"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a brown long sleeve top"),
        Q.details("long sleeves"),
        Q.material("cotton"),
        gender="Women",
        title="Tokyo Talkies Women Brown Solid Fitted Top",
        category="Tops",
        color="Brown",
    ),
    # Photo: mustard polyester-spandex rib-knit sleeveless crop top with matching ribbed wide-leg pants, white
    # backdrop. All answers: VQA adapter.
    case(
        "X1437-040",
        Q.garment_type("tank"),
        Q.color("yellow"),
        Q.pattern("ribbed"),
        Q.sleeve_length("sleeveless"),
        Q.description("a yellow crop top and yellow pants"),
        Q.details(
            "Question: Is this a tank? Answer: yes Question: Is this a tank? Answer: yes Question: Is this a",
            "leak",
            hit_limit=True,
        ),
        Q.material("wool", "unsupported"),
        gender="Women",
        title="AASK Women Mustard Yellow Solid Co-Ords",
        category="Co-Ords",
        color="Mustard",
    ),
    # Photo: olive cotton top with a white ditsy floral print (tiny flowers that read as dots), V neck, short
    # sleeves, black jeans, white backdrop. All answers: VQA adapter.
    case(
        "X1437-041",
        Q.garment_type("blouse"),
        Q.color("black", "other_garment_color"),
        Q.pattern("polka dot", "contradiction"),
        Q.sleeve_length("short"),
        Q.description("a green floral blouse with a v neck"),
        Q.details("v neck"),
        Q.material("cotton"),
        gender="Women",
        title="Roadster Women Olive Green Printed Top",
        category="Tops",
        color="Olive",
    ),
    # Photo: maroon corduroy long-sleeve shirt with two flap pockets, worn open over a black tee, black jeans, grey
    # backdrop. All answers: VQA adapter.
    case(
        "X1437-042",
        Q.garment_type("jacket", "contradiction"),
        Q.color("red"),
        Q.pattern("striped", "contradiction"),
        Q.sleeve_length("long"),
        Q.description("a red jacket and a black shirt", "contradiction"),
        Q.details("two pockets on the chest"),
        Q.material("corduroy"),
        gender="Women",
        title="Roadster Women Maroon Corduroy Casual Shirt",
        category="Shirts",
        color="Maroon",
    ),
    # Photo: black lace top with long sheer lace sleeves and a lined body, round neck, white trousers, white
    # backdrop. All answers: VQA adapter.
    case(
        "X1437-043",
        Q.garment_type("blouse"),
        Q.color("black"),
        Q.pattern("lace"),
        Q.sleeve_length("long"),
        Q.description("a black lace top with long sleeves and white pants"),
        Q.details("lace sleeves"),
        Q.material("lace"),
        gender="Women",
        title="DressBerry Women Black Lace Top",
        category="Tops",
        color="Black",
    ),
    # Photo: light-wash denim short-sleeve shirt with one chest pocket and matching denim shorts, white sneakers,
    # white backdrop. All answers: VQA adapter.
    case(
        "X1437-044",
        Q.garment_type("denim"),
        Q.color("blue"),
        Q.pattern("blue", "non_answer"),
        Q.sleeve_length("short"),
        Q.description("a blue denim shirt and denim shorts"),
        Q.details(
            "buttons down the front and a pocket on the chest and a pocket on the chest and a pocket on the chest "
            "and a pocket on the",
            "loop",
            hit_limit=True,
        ),
        Q.material("denim"),
        gender="Women",
        title="KASSUALLY Women Blue Denim Shirt & Shorts Co-Ords",
        category="Co-Ords",
        color="Blue",
    ),
    # Photo: back view: coral short-sleeve cotton top with a tie-up bow at the back, the model holding a coffee cup,
    # beige trousers, beige backdrop. All answers: VQA adapter.
    case(
        "X1437-045",
        Q.garment_type("blouse"),
        Q.color("beige", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("the back of a woman wearing an orange top with a bow"),
        Q.details("a bow on the back"),
        Q.material("cotton"),
        gender="Women",
        title="Mast & Harbour Women Coral Solid Top with Tie-Up Back",
        category="Tops",
        color="Coral",
    ),
]
