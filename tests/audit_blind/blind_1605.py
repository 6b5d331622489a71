"""BLIND_1605 (45 products; Myntra women's tops, shirts, co-ords, VQA): written blind in the sixty-sixth session.
Measured blind at 5d4d43a (the session's fifth rules): 103/120 failures found (85.8%) and 20/195 correct texts
flagged (10.3%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's tops, shirts and co-ord sets (article types Tops, Shirts, Co-Ords; Myntra base
colours such as Navy Blue, Mustard, Off White, Multi). The photos are the catalog's usual shots: a model on a plain
grey or white backdrop wearing the product with jeans, trousers or a skirt, two back views, one flat lay, a stool and a
sun hat as props. enrich ran its default questionnaire without the "wearing" question: garment type, color, pattern,
sleeve length, description, details, material, seven answers per product, no caption step.
Who wrote what: every text is free generation by the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA on
Salesforce/blip2-opt-2.7b), greedy, 30 new tokens, decoded after slicing off the prompt; the closed questions are
stored with the raw generated text since free generation rarely lands on a candidate verbatim. Because the adapter was
trained with the prompt and padding in the loss and no end-of-answer token, many answers run on: loops, answers cut at
30 tokens, and continuations in the training data's own format ("Question: What is the color of the tee? Answer: ...",
"Is this a ...? Answer: yes"). Short answers that stop cleanly did end with a newline before the limit.
Labeling conventions and judgement calls: judged against the photo I imagined (written above each case) and the title.
Near hues count as right (red for maroon, yellow for mustard, orange or pink for coral, blue for navy or teal, white
for cream and off white, pink for peach). A color that belongs to the jeans, trousers or the tank worn underneath is
other_garment_color; a wrong hue or pattern that is nobody else's is contradiction. For a co-ord set, naming both
pieces or one of them ("shirt") is right; "jumpsuit", "dress" or "bikini" for a two-piece set is contradiction.
Ribbing read as "striped" and pinstripes read as "solid" are contradiction. Sleeve answers that contradict the photo
(short for a strappy or sleeveless top) are contradiction. A material that differs from the fabric (title or product
page) is unsupported, as is an invented zipper, bow, lacing, slit, pocket or rolled sleeve, and a woman and jeans in a
flat lay. A color given as the pattern, an empty answer, "none" and "no" are non_answer; "the material of the garment"
and "the details of the garment are the garment's details" are restated. A description that names another garment
(jeans, trousers) with the right colors is right. Every loop and every cut answer ran to 30 tokens (hit_limit); a leak
is labelled leak even when its first words are right, and marked hit_limit when it filled the 30 tokens. When one
text has two faults I labelled the one a reader would notice first.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import case

BLIND_1605 = [
    # Photo: model in a black sleeveless square-neck rib crop top (wide straps), high-waist light blue mom jeans, grey
    # backdrop. Cotton rib. Texts: VQA adapter, free generation.
    case(
        "X1605-001",
        Q.garment_type("tank top"),
        Q.color(
            "black Question: What is the color of the tank? Answer: black Question: Is this a tank? Answer: yes "
            "Question:",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        Q.description(
            "a black crop top with a square neckline and wide straps, the top is cropped and fitted and the model is "
            "wearing it with a pair of light blue",
            "cut",
            hit_limit=True,
        ),
        Q.details(
            "the top has a square neckline and a cropped hem, the top has a square neckline and a cropped hem, the "
            "top has",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Women",
        title="SASSAFRAS Women Black Solid Crop Top",
        category="Tops",
        color="Black",
    ),
    # Photo: blue and white gingham checked shirt, long sleeves, one chest pocket, white jeans, white backdrop. Cotton.
    # Texts: VQA adapter, free generation.
    case(
        "X1605-002",
        Q.garment_type("shirt"),
        Q.color("blue and white"),
        Q.pattern("plaid"),
        Q.sleeve_length("long"),
        Q.description(
            "a blue and white checkered shirt with a collar and buttons down the front, the shirt has a pocket on the "
            "left side of the chest and the sleeves",
            "cut",
            hit_limit=True,
        ),
        Q.details("collar, buttons, pocket"),
        Q.material(
            "cotton Question: What is the color of the shirt? Answer: blue Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Roadster Women Blue & White Regular Fit Checked Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: pink V-neck top with a small white and green floral print, short flutter sleeves, white trousers.
    # Polyester crepe. Texts: VQA adapter, free generation.
    case(
        "X1605-003",
        Q.garment_type("blouse"),
        Q.color("white", "other_garment_color"),
        Q.pattern("floral"),
        Q.sleeve_length(
            "the sleeves are short and ruffled and the sleeves are short and ruffled and the sleeves are short and "
            "ruffled and the sleeves",
            "loop",
            hit_limit=True,
        ),
        Q.description("a pink floral blouse with a v neck and ruffled sleeves"),
        Q.details(
            "v neck, ruffle sleeves, v neck, ruffle sleeves, v neck, ruffle sleeves, v neck, ruffle sleeves, v neck, "
            "ruffle",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Women",
        title="HERE&NOW Women Pink Floral Print Top",
        category="Tops",
        color="Pink",
    ),
    # Photo: fitted black top, sweetheart neckline, short puff sleeves, beige trousers, black heels; front view only, no
    # closure visible (the top pulls on). Polyester. Texts: VQA adapter, free generation.
    case(
        "X1605-004",
        Q.garment_type("blouse"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("short puff sleeves"),
        Q.description(
            "a black top with puff sleeves and a sweetheart neckline, worn with a pair of beige trousers and a pair of "
            "black heels, the model has her",
            "cut",
            hit_limit=True,
        ),
        Q.details("the top has puff sleeves and a sweetheart neckline and a zipper on the back", "unsupported"),
        Q.material("polyester"),
        gender="Women",
        title="Berrylush Women Black Puff Sleeves Sweetheart Neck Top",
        category="Tops",
        color="Black",
    ),
    # Photo: mustard round-neck relaxed top, short sleeves, tucked into black jeans. Cotton jersey.
    # Texts: VQA adapter, free generation.
    case(
        "X1605-005",
        Q.garment_type(
            "tee Question: What is the color of the tee? Answer: mustard Question: Is this a tee? Answer: yes "
            "Question:",
            "leak",
            hit_limit=True,
        ),
        Q.color("yellow"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a yellow t-shirt with black pants"),
        Q.details("the shirt is tucked in"),
        Q.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Tokyo Talkies Women Mustard Yellow Solid Top",
        category="Tops",
        color="Mustard",
    ),
    # Photo: white sleeveless round-neck top with tiered ruffles down the front, mid-blue skinny jeans. Cotton.
    # Texts: VQA adapter, free generation.
    case(
        "X1605-006",
        Q.garment_type("blouse"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("short", "contradiction"),
        Q.description("a white blouse with ruffles on the front"),
        Q.details("ruffles"),
        Q.material(
            "it is made of cotton and polyester and it is made of cotton and polyester and it is made of cotton and "
            "polyester and it",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="DressBerry Women White Ruffled Top",
        category="Tops",
        color="White",
    ),
    # Photo: oversized navy and white vertical striped shirt, long sleeves, beige trousers, hand in pocket. Cotton.
    # Texts: VQA adapter, free generation.
    case(
        "X1605-007",
        Q.garment_type("shirt"),
        Q.color("blue and white"),
        Q.pattern("striped"),
        Q.sleeve_length("long"),
        Q.description(
            "a blue and white striped shirt Question: What is the color of the shirt? Answer: blue and white "
            "Question: What is the",
            "leak",
            hit_limit=True,
        ),
        Q.details("the shirt has a collar and buttons down the front"),
        Q.material(
            "cotton, cotton, cotton, cotton, cotton, cotton, cotton, cotton, cotton, cotton, cotton, cotton, cotton, "
            "cotton, cotton",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Mango Women Navy Blue & White Striped Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Photo: co-ord set, green short-sleeve shirt and matching wide trousers with a white leaf print, elasticated waist
    # with drawstring. Viscose rayon. Texts: VQA adapter, free generation.
    case(
        "X1605-008",
        Q.garment_type("shirt and pants"),
        Q.color("green"),
        Q.pattern("print"),
        Q.sleeve_length("short"),
        Q.description(
            "a green and white leaf print shirt and pants set, the shirt has a collar and short sleeves and the pants "
            "are wide leg with a drawstring at the",
            "cut",
            hit_limit=True,
        ),
        Q.details(
            "the shirt has a collar and the pants have a drawstring waist and pockets on the sides and the pants have "
            "a drawstring waist and pockets on the",
            "loop",
            hit_limit=True,
        ),
        Q.material("rayon"),
        gender="Women",
        title="AAYU Women Green & White Printed Shirt with Trousers Co-Ords",
        category="Co-Ords",
        color="Green",
    ),
    # Photo: co-ord set, rust self-design (textured) top with three-quarter sleeves and round neck, matching palazzos.
    # Viscose. Texts: VQA adapter, free generation.
    case(
        "X1605-009",
        Q.garment_type("jumpsuit", "contradiction"),
        Q.color("orange"),
        Q.pattern("solid"),
        Q.sleeve_length("three quarter"),
        Q.description("a woman wearing an orange jumpsuit with a v neck and long sleeves", "contradiction"),
        Q.details("the sleeves are three quarter length"),
        Q.material("cotton", "unsupported"),
        gender="Women",
        title="Sangria Women Rust Self Design Top with Palazzos",
        category="Co-Ords",
        color="Rust",
    ),
    # Photo: red off-shoulder bardot top, long sleeves, black skinny jeans. Polyester knit.
    # Texts: VQA adapter, free generation.
    case(
        "X1605-010",
        Q.garment_type("blouse"),
        Q.color("red"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description(
            "a red off the shoulder top with long sleeves and a pair of black jeans Question: What is the color of "
            "the top? Answer: red Question:",
            "leak",
            hit_limit=True,
        ),
        Q.details("none", "non_answer"),
        Q.material("silk", "unsupported"),
        gender="Women",
        title="Athena Women Red Off-Shoulder Bardot Top",
        category="Tops",
        color="Red",
    ),
    # Photo: beige linen-blend relaxed shirt, long sleeves rolled to the elbow, front half-tucked into white wide-leg
    # trousers. Linen blend. Texts: VQA adapter, free generation.
    case(
        "X1605-011",
        Q.garment_type("shirt"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description(
            "a beige shirt with a collar and buttons, the shirt is tucked into a pair of white pants and the sleeves "
            "are rolled up to the elbows, the",
            "cut",
            hit_limit=True,
        ),
        Q.details("the sleeves are rolled up"),
        Q.material("linen"),
        gender="Women",
        title="H&M Women Linen-blend Shirt",
        category="Shirts",
        color="Beige",
    ),
    # Photo: white slim-fit formal shirt, long sleeves with buttoned cuffs, tucked into navy trousers; model with a
    # short bob. Cotton. Texts: VQA adapter, free generation.
    case(
        "X1605-012",
        Q.garment_type("shirt"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("he is wearing a white shirt and blue pants", "pronoun"),
        Q.details(
            "buttons down the front, collar, cuffs, buttons down the front, collar, cuffs, buttons down the front, "
            "collar, cuffs",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Women",
        title="Van Heusen Woman White Slim Fit Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: navy top with a small white floral print, mandarin collar and keyhole neck with a tie, three-quarter
    # sleeves (plain hems), blue jeans. Cotton. Texts: VQA adapter, free generation.
    case(
        "X1605-013",
        Q.garment_type("blouse"),
        Q.color("blue"),
        Q.pattern("polka dot", "contradiction"),
        Q.sleeve_length("three quarter"),
        Q.description("a blue and white floral top with a tie at the neck"),
        Q.details("a tie at the neck and buttons on the sleeves", "unsupported"),
        Q.material("cotton"),
        gender="Women",
        title="Global Desi Women Navy Blue & White Floral Print Top",
        category="Tops",
        color="Navy Blue",
    ),
    # Photo: black satin shirt with small white abstract motifs, long sleeves, black trousers. Polyester satin.
    # Texts: VQA adapter, free generation.
    case(
        "X1605-014",
        Q.garment_type("shirt"),
        Q.color("black"),
        Q.pattern("printed"),
        Q.sleeve_length("long"),
        Q.description(
            "a black shirt with a white print on it and a pair of black pants, the shirt has a collar and buttons down "
            "the front and the",
            "cut",
            hit_limit=True,
        ),
        Q.details("", "non_answer"),
        Q.material("cotton", "unsupported"),
        gender="Women",
        title="ONLY Women Black Printed Satin Shirt",
        category="Shirts",
        color="Black",
    ),
    # Photo: lavender top, square neck, short puff sleeves, white jeans. Polyester georgette.
    # Texts: VQA adapter, free generation.
    case(
        "X1605-015",
        Q.garment_type("blouse"),
        Q.color("purple"),
        Q.pattern("purple", "non_answer"),
        Q.sleeve_length("short"),
        Q.description(
            "a purple top with puffy sleeves and a square neckline, the top is worn with a pair of white jeans and the "
            "woman is standing with her",
            "cut",
            hit_limit=True,
        ),
        Q.details(
            "puffy sleeves, square neckline, puffy sleeves, square neckline, puffy sleeves, square neckline, puffy "
            "sleeves, square",
            "loop",
            hit_limit=True,
        ),
        Q.material("linen", "unsupported"),
        gender="Women",
        title="Vero Moda Women Lavender Solid Top",
        category="Tops",
        color="Lavender",
    ),
    # Photo: olive green rib-knit crop top, round neck, long sleeves, beige cargo trousers. Cotton-elastane rib.
    # Texts: VQA adapter, free generation.
    case(
        "X1605-016",
        Q.garment_type("sweater", "contradiction"),
        Q.color("green"),
        Q.pattern("striped", "contradiction"),
        Q.sleeve_length("long"),
        Q.description("a green crop top with long sleeves"),
        Q.details("ribbed"),
        Q.material(
            "cotton and spandex and cotton and spandex and cotton and spandex and cotton and spandex and cotton and "
            "spandex and cotton and",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Trendyol Women Green Ribbed Crop Top",
        category="Tops",
        color="Olive",
    ),
    # Photo: peach shirt, short sleeves, no pockets, grey trousers. Cotton. Texts: VQA adapter, free generation.
    case(
        "X1605-017",
        Q.garment_type("shirt"),
        Q.color("pink"),
        Q.pattern("solid"),
        Q.sleeve_length(
            "short short short short short short short short short short short short short short short short short "
            "short short short short short short short short short short short short short",
            "loop",
            hit_limit=True,
        ),
        Q.description(
            "a pink shirt with a collar Question: What is the color of the shirt? Answer: pink Question: Is this a "
            "shirt? Answer: yes",
            "leak",
            hit_limit=True,
        ),
        Q.details("the shirt has a pocket on the left side", "unsupported"),
        Q.material("cotton"),
        gender="Women",
        title="Allen Solly Woman Peach Solid Casual Shirt",
        category="Shirts",
        color="Peach",
    ),
    # Photo: co-ord set, sleeveless knit crop top and shorts in multicolour horizontal stripes (yellow, pink, blue,
    # white), plain sand-coloured backdrop, no props. Cotton knit. Texts: VQA adapter, free generation.
    case(
        "X1605-018",
        Q.garment_type("bikini", "contradiction"),
        Q.color("rainbow"),
        Q.pattern("striped"),
        Q.sleeve_length("sleeveless"),
        Q.description("a woman in a striped crop top and shorts standing on the beach", "unsupported"),
        Q.details(
            "the top is a crop top and the shorts are high waisted and the top is a crop top and the shorts are high "
            "waisted and the top",
            "loop",
            hit_limit=True,
        ),
        Q.material("knit"),
        gender="Women",
        title="SIRIKIT Women Multicoloured Striped Top with Shorts Co-Ord Set",
        category="Co-Ords",
        color="Multi",
    ),
    # Photo: maroon wrap top, V-neck, tie at the waist, long sleeves, black trousers, hand on hip. Polyester.
    # Texts: VQA adapter, free generation.
    case(
        "X1605-019",
        Q.garment_type("blouse"),
        Q.color("red"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description(
            "a red wrap top with a tie at the waist and long sleeves, worn with black trousers, the model is standing "
            "with one hand on her hip and the other",
            "cut",
            hit_limit=True,
        ),
        Q.details("v neck, tie waist"),
        Q.material("polyester Question: What is the color of the top? Answer: red", "leak"),
        gender="Women",
        title="Mast & Harbour Women Maroon Solid Wrap Top",
        category="Tops",
        color="Maroon",
    ),
    # Photo: white boxy crop top with black "NEW YORK" lettering, short sleeves, black cargo trousers. Cotton.
    # Texts: VQA adapter, free generation.
    case(
        "X1605-020",
        Q.garment_type("graphic tee"),
        Q.color("black", "other_garment_color"),
        Q.pattern("graphic"),
        Q.sleeve_length("short sleeves"),
        Q.description(
            "a white t-shirt with the words new york on it and a pair of black cargo pants with pockets on the sides, "
            "the t-shirt is cropped and",
            "cut",
            hit_limit=True,
        ),
        Q.details(
            "the words new york on the front of the shirt and the words new york on the front of the shirt and the "
            "words new york on",
            "loop",
            hit_limit=True,
        ),
        Q.material(
            "cotton and polyester and spandex and cotton and polyester and spandex and cotton and polyester and "
            "spandex and cotton and polyester",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="FOREVER 21 Women White & Black Typography Printed Boxy Crop Top",
        category="Tops",
        color="White",
    ),
    # Photo: teal tunic-length top (mid-thigh) with white ethnic motifs, three-quarter sleeves, side slits, white
    # leggings. Cotton. Texts: VQA adapter, free generation.
    case(
        "X1605-021",
        Q.garment_type("dress", "contradiction"),
        Q.color("blue"),
        Q.pattern("paisley"),
        Q.sleeve_length("long", "contradiction"),
        Q.description("a blue dress with white flowers on it", "contradiction"),
        Q.details("slits on the sides"),
        Q.material("cotton"),
        gender="Women",
        title="Anouk Women Teal Ethnic Motifs Printed Longline Top",
        category="Tops",
        color="Teal",
    ),
    # Photo: olive utility shirt-style top, two flap chest pockets, roll-up tab sleeves shown rolled to the elbow,
    # black jeans. Cotton twill. Texts: VQA adapter, free generation.
    case(
        "X1605-022",
        Q.garment_type("shirt"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("rolled up"),
        Q.description(
            "a green shirt with two pockets on the front and the sleeves rolled up, the shirt is worn with a pair of "
            "black jeans and a pair of",
            "cut",
            hit_limit=True,
        ),
        Q.details(
            "two pockets on the front, two pockets on the front, two pockets on the front, two pockets on the front, "
            "two pockets",
            "loop",
            hit_limit=True,
        ),
        Q.material("denim", "unsupported"),
        gender="Women",
        title="Harpa Women Olive Green Solid Utility Shirt Style Top",
        category="Tops",
        color="Olive",
    ),
    # Photo: co-ord set, black and white checked cropped shirt with long sleeves and matching straight trousers.
    # Polyester. Texts: VQA adapter, free generation.
    case(
        "X1605-023",
        Q.garment_type("shirt and pants"),
        Q.color("black and white"),
        Q.pattern("plaid"),
        Q.sleeve_length("long"),
        Q.description(
            "a black and white plaid shirt and pants Question: Describe the shirt. Answer: a black and white plaid "
            "shirt with a collar",
            "leak",
            hit_limit=True,
        ),
        Q.details("the pants have a wide leg"),
        Q.material("polyester"),
        gender="Women",
        title="StyleStone Women Black & White Checked Shirt with Trousers Co-Ord Set",
        category="Co-Ords",
        color="Black",
    ),
    # Photo: flat lay on white, cream linen-blend shirt, long sleeves folded in, collar, button front; no person.
    # Texts: VQA adapter, free generation.
    case(
        "X1605-024",
        Q.garment_type("shirt"),
        Q.color("white"),
        Q.pattern("white", "non_answer"),
        Q.sleeve_length("long"),
        Q.description("a woman wearing a white shirt and a pair of jeans", "unsupported"),
        Q.details("buttons"),
        Q.material("linen"),
        gender="Women",
        title="Marks & Spencer Women Cream Linen Blend Shirt",
        category="Shirts",
        color="Cream",
    ),
    # Photo: coral sleeveless peplum top, round neck, hip length, white trousers; front view. Polyester crepe.
    # Texts: VQA adapter, free generation.
    case(
        "X1605-025",
        Q.garment_type("dress", "contradiction"),
        Q.color("orange"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        Q.description("an orange top with a ruffle at the bottom"),
        Q.details("the top has a peplum hem and a bow on the back", "unsupported"),
        Q.material("the material of the garment is the material", "restated"),
        gender="Women",
        title="AND Women Coral Solid Peplum Top",
        category="Tops",
        color="Coral",
    ),
    # Photo: black satin cowl-neck camisole top with spaghetti straps, straight hem, white trousers. Satin.
    # Texts: VQA adapter, free generation.
    case(
        "X1605-026",
        Q.garment_type("tank"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("short", "contradiction"),
        Q.description("a black top with a cowl neck and spaghetti straps"),
        Q.details("spaghetti straps and a cowl neck and a slit on the side", "unsupported"),
        Q.material("satin"),
        gender="Women",
        title="Tokyo Talkies Women Black Satin Cowl Neck Top",
        category="Tops",
        color="Black",
    ),
    # Photo: mid-blue denim shirt, long sleeves, two flap chest pockets, worn open over a white tank top, black jeans.
    # Texts: VQA adapter, free generation.
    case(
        "X1605-027",
        Q.garment_type("jacket", "contradiction"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a woman wearing a blue denim shirt over a white tank top"),
        Q.details(
            "two pockets on the chest and buttons down the front and a collar and two pockets on the chest and "
            "buttons down the front and a collar and",
            "loop",
            hit_limit=True,
        ),
        Q.material("denim"),
        gender="Women",
        title="Roadster Women Blue Pure Cotton Denim Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: co-ord set, beige flat-knit short-sleeve top and straight trousers, white sneakers. Acrylic knit.
    # Texts: VQA adapter, free generation.
    case(
        "X1605-028",
        Q.garment_type("blouse and pants"),
        Q.color("beige"),
        Q.pattern(
            "solid solid solid solid solid solid solid solid solid solid solid solid solid solid solid solid solid "
            "solid solid solid solid solid solid solid solid solid solid solid solid solid",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("short"),
        Q.description("a woman wearing a beige top and pants and white sneakers"),
        Q.details(
            "the pants are wide leg and the top is a crop top and the pants are wide leg and the top is a crop top and "
            "the pants are wide",
            "loop",
            hit_limit=True,
        ),
        Q.material("wool", "unsupported"),
        gender="Women",
        title="DressBerry Women Beige Solid Knitted Top & Trousers Co-Ord Set",
        category="Co-Ords",
        color="Beige",
    ),
    # Photo: white broderie anglaise (eyelet) top, square neck, short puff sleeves, light blue jeans. Cotton.
    # Texts: VQA adapter, free generation.
    case(
        "X1605-029",
        Q.garment_type("blouse"),
        Q.color("white"),
        Q.pattern("lace"),
        Q.sleeve_length("short"),
        Q.description(
            "a white blouse with embroidered flowers and puff sleeves Question: What is the color of the blouse? "
            "Answer: white Question",
            "leak",
            hit_limit=True,
        ),
        Q.details("the blouse has a square neckline and puff sleeves and the fabric has small holes in it"),
        Q.material("cotton"),
        gender="Women",
        title="Mango Women White Broderie Anglaise Cotton Top",
        category="Tops",
        color="White",
    ),
    # Photo: co-ord set, blue shirt and shorts with a white and small yellow floral print, short sleeves; model sits on
    # a wooden stool. Rayon. Texts: VQA adapter, free generation.
    case(
        "X1605-030",
        Q.garment_type("shirt"),
        Q.color("yellow", "contradiction"),
        Q.pattern("floral"),
        Q.sleeve_length(
            "short short short short short short short short short short short short short short short short short "
            "short short short short short short short short short short short short short",
            "loop",
            hit_limit=True,
        ),
        Q.description("a woman sitting on a stool wearing a blue floral shirt and shorts"),
        Q.details(
            "the shirt has a collar and buttons down the front and the shorts have a drawstring at the waist and the "
            "shorts have a drawstring at the waist and",
            "loop",
            hit_limit=True,
        ),
        Q.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Berrylush Women Blue Floral Print Shirt with Shorts Co-Ord Set",
        category="Co-Ords",
        color="Blue",
    ),
    # Photo: navy shirt with small white polka dots, long sleeves, beige trousers. Polyester.
    # Texts: VQA adapter, free generation.
    case(
        "X1605-031",
        Q.garment_type("blouse"),
        Q.color("blue"),
        Q.pattern("polka dots"),
        Q.sleeve_length("long"),
        Q.description(
            "a blue shirt with white polka dots and a collar and buttons down the front, the shirt is worn with a pair "
            "of beige pants and the",
            "cut",
            hit_limit=True,
        ),
        Q.details(
            "white polka dots on a blue background, white polka dots on a blue background, white polka dots on a",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Women",
        title="Allen Solly Woman Navy Blue Polka Dot Print Shirt",
        color="Navy Blue",
    ),
    # Photo: back view, black halter-neck top with an open back and a tie at the neck, bare arms, blue jeans. Polyester.
    # Texts: VQA adapter, free generation.
    case(
        "X1605-032",
        Q.garment_type("tank"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("the sleeves are long", "contradiction"),
        Q.description("the back of a woman wearing a black top and blue jeans"),
        Q.details("the back of the top is open"),
        Q.material("the material of the garment", "restated"),
        gender="Women",
        title="ONLY Women Black Solid Halter Neck Top",
        category="Tops",
        color="Black",
    ),
    # Photo: co-ord set, baby pink single-button blazer with two flap pockets and matching straight trousers, worn over
    # a white crop top. Polyester. Texts: VQA adapter, free generation.
    case(
        "X1605-033",
        Q.garment_type("jacket"),
        Q.color("pink"),
        Q.pattern(
            "solid Question: What is the color of the jacket? Answer: pink Question: Is this a jacket? Answer: yes",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        Q.description("a pink suit with a white shirt"),
        Q.details(
            "the jacket has a single button closure and two flap pockets on the front, the pants are high waisted "
            "with a straight leg and a crease down the",
            "cut",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Women",
        title="SASSAFRAS Women Pink Solid Blazer with Trousers Co-Ord Set",
        category="Co-Ords",
        color="Pink",
    ),
    # Photo: yellow smocked crop top, square neck, short puff sleeves, white denim shorts; model holds a straw sun hat.
    # Cotton. Texts: VQA adapter, free generation.
    case(
        "X1605-034",
        Q.garment_type("blouse"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a woman holding a hat wearing a yellow top and white shorts"),
        Q.details("the details of the garment are the garment's details", "restated"),
        Q.material("the top is made of cotton and the shorts are made of denim"),
        gender="Women",
        title="SASSAFRAS Women Yellow Smocked Crop Top",
        category="Tops",
        color="Yellow",
    ),
    # Photo: grey melange round-neck top, long sleeves, lightweight jersey, tucked into black jeans. Cotton.
    # Texts: VQA adapter, free generation.
    case(
        "X1605-035",
        Q.garment_type("sweater", "contradiction"),
        Q.color(
            "grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey "
            "grey grey grey grey grey grey grey grey grey",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("heather"),
        Q.sleeve_length("long"),
        Q.description("a grey long sleeve top with black jeans"),
        Q.details("the shirt is tucked into the jeans"),
        Q.material("wool", "unsupported"),
        gender="Women",
        title="HERE&NOW Women Grey Melange Solid Long Sleeves Top",
        category="Tops",
        color="Grey Melange",
    ),
    # Photo: red and navy tartan flannel shirt, long sleeves, two chest pockets, worn open over a black tee, blue
    # jeans; model with short cropped hair. Cotton flannel. Texts: VQA adapter, free generation.
    case(
        "X1605-036",
        Q.garment_type("shirt"),
        Q.color("black", "other_garment_color"),
        Q.pattern("plaid"),
        Q.sleeve_length("long"),
        Q.description("a man wearing a red plaid shirt and blue jeans", "pronoun"),
        Q.details(
            "buttons down the front and a pocket on each side of the chest and the sleeves are long and the shirt is a "
            "plaid shirt and the",
            "cut",
            hit_limit=True,
        ),
        Q.material("flannel"),
        gender="Women",
        title="Mast & Harbour Women Red & Navy Tartan Checked Flannel Shirt",
        category="Shirts",
        color="Red",
    ),
    # Photo: white lace top with scalloped hem, three-quarter sleeves, black trousers. Lace over a lining.
    # Texts: VQA adapter, free generation.
    case(
        "X1605-037",
        Q.garment_type("blouse"),
        Q.color("white"),
        Q.pattern("lace"),
        Q.sleeve_length("3/4 sleeves Question: What is the color of the blouse? Answer: white", "leak"),
        Q.description(
            "a white lace top with a scalloped hem Question: What is the pattern of the garment? Answer: lace "
            "Question: What is the",
            "leak",
            hit_limit=True,
        ),
        Q.details(
            "lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace "
            "lace lace lace lace lace lace lace lace lace",
            "loop",
            hit_limit=True,
        ),
        Q.material("lace"),
        gender="Women",
        title="Athena Women White Lace Top",
        category="Tops",
    ),
    # Photo: co-ord set, mustard A-line short kurta-style top with white block-printed florals, three-quarter sleeves,
    # side slits, matching palazzos. Cotton. Texts: VQA adapter, free generation.
    case(
        "X1605-038",
        Q.garment_type("dress", "contradiction"),
        Q.color("yellow"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("three quarter"),
        Q.description("a yellow and white floral dress", "contradiction"),
        Q.details(
            "the sleeves are three quarter length and the pants are wide leg, the top has a round neck and slits on "
            "the sides and the pants have",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Women",
        title="Global Desi Women Mustard Printed Top with Palazzos Co-Ord Set",
        category="Co-Ords",
        color="Mustard",
    ),
    # Photo: black corset-style top, sweetheart neck, thin straps, visible boning, blue baggy jeans; front view, the
    # closure (a back zip) is not visible. Polyester satin. Texts: VQA adapter, free generation.
    case(
        "X1605-039",
        Q.garment_type("corset"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("no sleeves"),
        Q.description(
            "a black corset top and blue jeans, the corset has a sweetheart neckline and thin straps and the jeans are "
            "baggy and high waisted and the",
            "cut",
            hit_limit=True,
        ),
        Q.details("the corset has laces on the back", "unsupported"),
        Q.material("leather", "unsupported"),
        gender="Women",
        title="Trendyol Women Black Corset Style Top",
        category="Tops",
        color="Black",
    ),
    # Photo: light blue and white fine pinstripe formal shirt, long sleeves buttoned at the cuff, tucked into a black
    # pencil skirt. Cotton. Texts: VQA adapter, free generation.
    case(
        "X1605-040",
        Q.garment_type("shirt"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("long"),
        Q.description("a woman wearing a blue shirt and a black skirt"),
        Q.details("the shirt has a collar and buttons down the front and the sleeves are rolled up", "unsupported"),
        Q.material("cotton"),
        gender="Women",
        title="Van Heusen Woman Blue & White Pinstriped Slim Fit Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: sea green satin shirt, long sleeves with buttoned cuffs, white jeans, three-quarter side view. Polyester
    # satin. Texts: VQA adapter, free generation.
    case(
        "X1605-041",
        Q.garment_type("blouse"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length(
            "long long long long long long long long long long long long long long long long long long long long long "
            "long long long long long long long long long",
            "loop",
            hit_limit=True,
        ),
        Q.description("a green satin blouse"),
        Q.details(
            "the blouse has a collar and buttons down the front and the sleeves have buttons on the cuffs and the "
            "blouse is a little bit shiny and the",
            "cut",
            hit_limit=True,
        ),
        Q.material("silk", "unsupported"),
        gender="Women",
        title="Vero Moda Women Sea Green Satin Shirt",
        category="Shirts",
        color="Sea Green",
    ),
    # Photo: black round-neck top with a large red rose print, short flutter sleeves, black trousers; long hair.
    # Polyester. Texts: VQA adapter, free generation.
    case(
        "X1605-042",
        Q.garment_type("blouse"),
        Q.color("black"),
        Q.pattern("floral"),
        Q.sleeve_length("short"),
        Q.description("a man wearing a black shirt with red roses on it", "pronoun"),
        Q.details(
            "red roses red roses red roses red roses red roses red roses red roses red roses red roses red roses",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester Question: What is the color of the blouse? Answer: black", "leak"),
        gender="Women",
        title="Harpa Women Black & Red Floral Print Top",
        category="Tops",
        color="Black",
    ),
    # Photo: co-ord set, lime green sleeveless crop top (wide straps) and matching midi skirt with a front slit.
    # Polyester. Texts: VQA adapter, free generation.
    case(
        "X1605-043",
        Q.garment_type("tank top and skirt"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("short", "contradiction"),
        Q.description("a green crop top and a green skirt"),
        Q.details(
            "the skirt has a slit in the front and the top is cropped and the skirt is long and the top is cropped "
            "and the skirt is long and",
            "loop",
            hit_limit=True,
        ),
        Q.material("", "non_answer"),
        gender="Women",
        title="AAYU Women Lime Green Crop Top with Skirt Co-Ord Set",
        category="Co-Ords",
        color="Lime Green",
    ),
    # Photo: co-ord set, off-white shirt-style top with tonal chikankari-style embroidery, mandarin collar, button
    # placket, three-quarter sleeves, matching trousers embroidered at the hem. Cotton. Texts: VQA adapter, free
    # generation. The feed row has no gender.
    case(
        "X1605-044",
        Q.garment_type("shirt and pants"),
        Q.color("white"),
        Q.pattern("embroidered"),
        Q.sleeve_length("three quarter length"),
        Q.description("the person is wearing a white shirt and white pants"),
        Q.details(
            "embroidery on the front and the sleeves and the pants have embroidery on the bottom and the shirt has a "
            "collar and buttons on the front and",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Libas Women Off White Embroidered Shirt Style Top with Trousers",
        category="Co-Ords",
        color="Off White",
    ),
    # Photo: oversized black poplin shirt, long sleeves, dropped shoulders, light blue jeans, white sneakers. Cotton.
    # Texts: VQA adapter, free generation.
    case(
        "X1605-045",
        Q.garment_type(
            "shirt Question: What is the color of the shirt? Answer: black Question: What cloth is the person "
            "wearing? Answer: shirt",
            "leak",
            hit_limit=True,
        ),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description(
            "a black shirt and blue jeans and a black shirt and blue jeans and a black shirt and blue jeans and a "
            "black shirt and blue",
            "loop",
            hit_limit=True,
        ),
        Q.details("the shirt is oversized"),
        Q.material("no", "non_answer"),
        gender="Women",
        title="H&M Women Black Oversized Cotton Poplin Shirt",
        category="Shirts",
        color="Black",
    ),
]
