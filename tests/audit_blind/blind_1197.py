"""BLIND_1197 (45 products; Myntra women's tops and co-ords, VQA adapter): written blind in the sixty-first session.
Measured blind at e097e3a (the session's fifth rules): 103/119 failures found (86.6%) and 27/196 correct texts
flagged (13.8%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's tops, shirts and co-ord sets (article types Tops, Shirts, Co-Ords; base colours as
Myntra spells them; a column missing here and there). Photos are the catalog's usual shots: a model on a plain grey or
white backdrop wearing the product with jeans, trousers, shorts or a skirt, the co-ords worn as a set; one flat lay,
one back view, a few props (a straw hat, a coffee cup, a sling bag, a tote, a belt). enrich ran its default
questionnaire (garment type, color, pattern, sleeve length, description, details, material) with no caption step.
Who wrote what: every text is the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA on blip2-opt-2.7b), greedy free
generation for the closed questions too, 30 new tokens, raw text kept. Short closed answers mostly stop on their own
(the base model's habit survives the one-epoch q/k LoRA); the open ones often do not: loops, run-ons cut at the limit,
and the training template ("Question: ... Answer: ...") coming back. Its In-shop vocabulary shows through ("blouses
shirts", vendor colors like "white-blue", "jeans" for anything denim, "pajamas" for printed sets).
Labeling conventions and judgement calls: judged against the imagined photo and the title. Near hues count as right
(lavender/purple, rust/brown, teal/blue, coral/orange, maroon/burgundy, olive/green, off white/white). A color that
names the print's accent instead of the ground is a contradiction; one that names the bottoms or an inner layer is
other_garment_color. For co-ords, naming one piece ("shorts", "pants") or both is right; "pajamas", "jumpsuit",
"dress" are contradictions. A prop or bag given as the garment's details is a contradiction. Material: a fibre that
the title contradicts is a contradiction; one the title does not state and the photo does not support (silk for
satin, wool, leather, flannel, denim for twill) is unsupported. An answer that gives something other than what was
asked (a pattern for the color, a material for the pattern, a style for the sleeve length, "yes", empty) is a
non_answer; the question's own words back is restated. A text that repeats until the limit is a loop, a run-on that
stops mid-phrase at the limit without repeating is cut, one that carries the prompt template is a leak (all three
marked hit_limit when they ran to 30 tokens). Descriptions that also name the bottoms or props correctly are right;
"the woman" is right, "the man"/"he" is a pronoun failure.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import case

gt, col, pat, sl = Q.garment_type, Q.color, Q.pattern, Q.sleeve_length
desc, det, mat = Q.description, Q.details, Q.material

BLIND_1197 = [
    # Photo: black ribbed crop top, round neck, short sleeves, with light-blue mom jeans, grey backdrop.
    # Texts: all by the VQA adapter.
    case(
        "X1197-001",
        gt("crop top"),
        col(
            "black Question: What is the pattern of the garment? Answer: solid Question: How long are the sleeves? "
            "Answer: short Question: Describe",
            "leak",
            hit_limit=True,
        ),
        pat("solid"),
        sl("short"),
        desc(
            "a black crop top and blue jeans and a black crop top and blue jeans and a black crop top and blue jeans "
            "and a black crop top",
            "loop",
            hit_limit=True,
        ),
        det(
            "ribbed knit, round neck, short sleeves, ribbed knit, round neck, short sleeves, ribbed knit, round neck, "
            "short sleeves, ribbed",
            "loop",
            hit_limit=True,
        ),
        mat("cotton"),
        gender="Women",
        title="Roadster Women Black Solid Ribbed Boxy Crop Top",
        category="Tops",
        color="Black",
    ),
    # Photo: white top with small pink flowers, square neck, short puff sleeves, front view, with light-blue jeans.
    # Texts: all by the VQA adapter.
    case(
        "X1197-002",
        gt("blouse"),
        col("pink", "contradiction"),
        pat("floral"),
        sl("short"),
        desc(
            "a white blouse with pink flowers on it and puff sleeves on the shoulders and a square neckline on the "
            "front and a smocked panel on the back of the",
            "cut",
            hit_limit=True,
        ),
        det(
            "puff sleeves, square neckline, puff sleeves, square neckline, puff sleeves, square neckline, puff "
            "sleeves, square neckline, puff sleeves,",
            "loop",
            hit_limit=True,
        ),
        mat("cotton"),
        gender="Women",
        title="HERE&NOW Women White Floral Print Puff Sleeve Top",
        category="Tops",
        color="White",
    ),
    # Photo: navy and white vertical-striped shirt-style top, collar, button front, long sleeves rolled to the
    # elbow, tucked into white trousers, grey backdrop. Texts: all by the VQA adapter.
    case(
        "X1197-003",
        gt("shirt"),
        col("blue and white"),
        pat("stripes"),
        sl("long"),
        desc("the man is wearing a blue and white striped shirt and white pants", "pronoun"),
        det(
            "buttons Question: What material is the garment made of? Answer: cotton Question: What is the color of "
            "the pants? Answer: white Question:",
            "leak",
            hit_limit=True,
        ),
        mat("cotton"),
        gender="Women",
        title="SASSAFRAS Women Navy Blue & White Striped Shirt Style Top",
        category="Tops",
        color="Navy Blue",
    ),
    # Photo: mustard short-sleeved shirt and straight trousers with a small white floral print, one chest patch
    # pocket, white sneakers. Texts: all by the VQA adapter.
    case(
        "X1197-004",
        gt("pajamas", "contradiction"),
        col("yellow"),
        pat("floral"),
        sl("long", "contradiction"),
        desc(
            "a yellow shirt and pants with white flowers on it and a yellow shirt and pants with white flowers on it "
            "and a yellow shirt and",
            "loop",
            hit_limit=True,
        ),
        det("a collar, buttons and a pocket on the chest"),
        mat("rayon"),
        gender="Women",
        title="Tokyo Talkies Women Mustard Yellow Floral Printed Shirt with Trousers",
        category="Co-Ords",
        color="Mustard",
    ),
    # Photo: maroon satin wrap top, V-neck, long sleeves, tie at the waist, black trousers, grey backdrop.
    # Texts: all by the VQA adapter.
    case(
        "X1197-005",
        gt("blouse"),
        col("burgundy"),
        pat("solid"),
        sl("long"),
        desc(
            "a burgundy satin blouse with a v-neck and long sleeves and a tie at the waist. the blouse is made of "
            "satin and has a wrap",
            "cut",
            hit_limit=True,
        ),
        det("the details of the garment are the details of the garment", "restated"),
        mat("silk", "unsupported"),
        gender="Women",
        title="DressBerry Women Maroon Satin Wrap Top",
        category="Tops",
        color="Maroon",
    ),
    # Photo: white cotton shirt, collar, long sleeves, half tucked into mid-blue jeans, white sneakers.
    # Texts: all by the VQA adapter.
    case(
        "X1197-006",
        gt("shirt"),
        col("blue", "other_garment_color"),
        pat("solid"),
        sl("long"),
        desc(
            "a white shirt and blue jeans and white sneakers and a white shirt and blue jeans and white sneakers and "
            "a white shirt and blue jeans and",
            "loop",
            hit_limit=True,
        ),
        det(
            "buttons buttons buttons buttons buttons buttons buttons buttons buttons buttons buttons buttons buttons "
            "buttons buttons buttons buttons buttons buttons buttons buttons buttons buttons buttons buttons buttons "
            "buttons buttons buttons buttons",
            "loop",
            hit_limit=True,
        ),
        mat("cotton"),
        gender="Women",
        title="Mast & Harbour Women White Solid Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: black sleeveless fitted top with a square neck, with beige trousers, white backdrop.
    # Texts: all by the VQA adapter.
    case(
        "X1197-007",
        gt("tank top"),
        col("black"),
        pat("solid"),
        sl("short", "contradiction"),
        desc("a black tank top with a square neckline and beige pants"),
        det(
            "square neckline square neckline square neckline square neckline square neckline square neckline square "
            "neckline square neckline square neckline square neckline",
            "loop",
            hit_limit=True,
        ),
        mat(
            "the garment is made of cotton and the garment is made of cotton and the garment is made of cotton and "
            "the garment is made of",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Vero Moda Women Black Solid Sleeveless Square Neck Top",
        category="Tops",
        color="Black",
    ),
    # Photo: mid-blue denim shirt, two flap chest pockets, long sleeves, buttoned, with black jeans.
    # Texts: all by the VQA adapter.
    case(
        "X1197-008",
        gt("jeans", "contradiction"),
        col("blue"),
        pat("solid"),
        sl("long"),
        desc(
            "the woman is wearing a blue denim shirt with two pockets on the chest and black jeans. the shirt has a "
            "collar and buttons down the front and",
            "cut",
            hit_limit=True,
        ),
        det(
            "two pockets on the chest and buttons on the front and a collar on the neck and buttons on the cuffs and "
            "a flap on the pocket on the",
            "cut",
            hit_limit=True,
        ),
        mat("denim"),
        gender="Women",
        title="ONLY Women Blue Solid Denim Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: peach georgette top, round neck, short flutter sleeves, ruffled tiered hem, with white jeans.
    # Texts: all by the VQA adapter.
    case(
        "X1197-009",
        gt("blouse"),
        col("peach"),
        pat("solid"),
        sl("short sleeves"),
        desc(
            "the woman is wearing a peach blouse with ruffles on the bottom and white jeans. the woman is wearing a "
            "peach blouse with ruffles on the",
            "loop",
            hit_limit=True,
        ),
        det(
            "ruffles on the bottom of the blouse and ruffles on the sleeves and ruffles on the bottom of the blouse "
            "and ruffles on the sleeves and",
            "loop",
            hit_limit=True,
        ),
        mat("cotton", "contradiction"),
        gender="Women",
        title="Harpa Women Peach-Coloured Georgette Ruffled Top",
        category="Tops",
        color="Peach",
    ),
    # Photo: lavender crepe top (round neck, three-quarter sleeves) and matching wide palazzos; the model holds a
    # small white sling bag. Texts: all by the VQA adapter.
    case(
        "X1197-010",
        gt("a top and pants"),
        col("purple"),
        pat("plain"),
        sl("long", "contradiction"),
        desc("a purple top and pants with a white purse"),
        det("a white purse", "contradiction"),
        mat("polyester"),
        gender="Women",
        title="StyleStone Women Lavender Solid Top with Palazzos",
        category="Co-Ords",
        color="Lavender",
    ),
    # Photo: black top with white polka dots, V-neck, long puff sleeves, tucked into white jeans.
    # Texts: all by the VQA adapter.
    case(
        "X1197-011",
        gt("blouse"),
        col("black and white"),
        pat("polka dots"),
        sl(
            "long long long long long long long long long long long long long long long long long long long long "
            "long long long long long long long long long long",
            "loop",
            hit_limit=True,
        ),
        desc(
            "a black and white polka dot blouse Question: What is the color of the pants? Answer: white Question: "
            "What is the color of the",
            "leak",
            hit_limit=True,
        ),
        det(
            "polka dots polka dots polka dots polka dots polka dots polka dots polka dots polka dots polka dots polka "
            "dots polka dots polka dots",
            "loop",
            hit_limit=True,
        ),
        mat("polyester"),
        gender="Women",
        title="Berrylush Women Black & White Polka Dot Print Puff Sleeve Top",
        category="Tops",
        color="Black",
    ),
    # Photo: light pink formal shirt, pointed collar, long sleeves with cuffs, no pocket, tucked into navy trousers,
    # one hand in a pocket. Texts: all by the VQA adapter.
    case(
        "X1197-012",
        gt("shirt"),
        col("pink"),
        pat("stripes", "contradiction"),
        sl("long"),
        desc("he is wearing a pink shirt and blue pants", "pronoun"),
        det(
            "a collar and buttons and a pocket on the chest and buttons on the cuffs and a collar and buttons and a "
            "pocket on the chest and",
            "loop",
            hit_limit=True,
        ),
        mat("cotton"),
        gender="Women",
        title="Allen Solly Woman Women Pink Regular Fit Solid Formal Shirt",
        category="Shirts",
        color="Pink",
    ),
    # Photo: bottle-green wrap crop top with small white flowers, long balloon sleeves, side tie, with black jeans.
    # Texts: all by the VQA adapter.
    case(
        "X1197-013",
        gt("crop top"),
        col("black", "other_garment_color"),
        pat("floral"),
        sl("long"),
        desc(
            "a green floral crop top with long sleeves and a tie at the waist and black jeans and black shoes and a "
            "black belt and a black bag and a",
            "cut",
            hit_limit=True,
        ),
        det("tie at the waist"),
        mat(
            "cotton and polyester and spandex and rayon and nylon and silk and wool and linen and acrylic and cotton "
            "and polyester and spandex and rayon",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Tokyo Talkies Women Green Floral Print Wrap Crop Top",
        category="Tops",
        color="Green",
    ),
    # Photo: white shirt with thin blue checks, collar, long sleeves, one chest pocket, with beige chinos.
    # Texts: all by the VQA adapter.
    case(
        "X1197-014",
        gt("blouses shirts"),
        col("white-blue"),
        pat("plaid"),
        sl("long"),
        desc("a plaid shirt"),
        det(
            "the shirt has a collar and buttons on the front and a pocket on the chest and a pocket on the chest and "
            "a pocket on the chest and a",
            "loop",
            hit_limit=True,
        ),
        mat("wool", "unsupported"),
        gender="Women",
        title="Van Heusen Woman Women White & Blue Checked Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: rust ribbed fitted top, high neck, sleeveless, with cream trousers, plain backdrop; no bag, no watch.
    # Texts: all by the VQA adapter.
    case(
        "X1197-015",
        gt("sweater", "contradiction"),
        col("brown"),
        pat("solid"),
        sl("sleeveless"),
        desc(
            "the woman is wearing a brown tank top and white pants and white shoes and a white bag and a white watch "
            "and a white bracelet and a",
            "cut",
            hit_limit=True,
        ),
        det("yes", "non_answer"),
        mat("", "non_answer"),
        gender="Women",
        title="KASSUALLY Women Rust Solid Ribbed High Neck Fitted Top",
        category="Tops",
        color="Rust",
    ),
    # Photo: flat lay of an off-white linen shirt, long sleeves folded, on a white backdrop.
    # Texts: all by the VQA adapter.
    case(
        "X1197-016",
        gt("shirt"),
        col("white"),
        pat("white", "non_answer"),
        sl("long"),
        desc("a white shirt laying on a white background"),
        det(
            "the shirt is made of linen and the shirt is made of linen and the shirt is made of linen and the shirt "
            "is made of linen and",
            "loop",
            hit_limit=True,
        ),
        mat("linen"),
        gender="Women",
        title="Mango Women Off-White Pure Linen Relaxed Shirt",
        category="Shirts",
        color="Off White",
    ),
    # Photo: fitted long-sleeved round-neck top in a beige, brown and black leopard print, with black trousers.
    # Texts: all by the VQA adapter.
    case(
        "X1197-017",
        gt("t-shirt"),
        col("leopard", "non_answer"),
        pat("animal print"),
        sl("long"),
        desc("he is wearing a leopard print top and black pants", "pronoun"),
        det(
            "leopard print leopard print leopard print leopard print leopard print leopard print leopard print "
            "leopard print leopard print leopard print",
            "loop",
            hit_limit=True,
        ),
        mat("polyester"),
        gender="Women",
        title="Trendyol Women Beige & Black Leopard Print Fitted Top",
        category="Tops",
        color="Beige",
    ),
    # Photo: blue and white striped short-sleeved resort shirt and matching shorts, straw hat, sunglasses.
    # Texts: all by the VQA adapter.
    case(
        "X1197-018",
        gt("shorts"),
        col("blue and white"),
        pat(
            "stripes Question: How long are the sleeves? Answer: short Question: Describe the garment. Answer: a "
            "blue and white striped shirt and",
            "leak",
            hit_limit=True,
        ),
        sl("short"),
        desc("a blue and white striped shirt and shorts with a straw hat"),
        det("buttons on the front and a collar"),
        mat("cotton"),
        gender="Women",
        title="SASSAFRAS Women Blue & White Striped Shirt with Shorts",
        category="Co-Ords",
        color="Blue",
    ),
    # Photo: olive cotton twill utility shirt with two flap pockets, long sleeves, worn open over a white tank top,
    # with blue jeans. Texts: all by the VQA adapter.
    case(
        "X1197-019",
        gt("jacket", "contradiction"),
        col("white", "other_garment_color"),
        pat("solid"),
        sl("long"),
        desc("a woman wearing a green shirt over a white tank top and jeans"),
        det("pockets on the chest"),
        mat("denim", "unsupported"),
        gender="Women",
        title="Roadster Women Olive Green Solid Cotton Twill Utility Shirt",
        category="Shirts",
        color="Olive",
    ),
    # Photo: navy jersey top, boat neck, three-quarter sleeves, with white trousers; the navy reads very dark.
    # Texts: all by the VQA adapter.
    case(
        "X1197-020",
        gt("t-shirt"),
        col("black", "contradiction"),
        pat("solid"),
        sl("three quarter"),
        desc("a black t - shirt with white pants", "contradiction"),
        det(
            "the top has a boat neck and three quarter sleeves and is made of soft cotton jersey fabric that is "
            "comfortable to wear and easy to",
            "cut",
            hit_limit=True,
        ),
        mat("cotton"),
        gender="Women",
        title="Marks & Spencer Women Navy Blue Solid Boat Neck Top",
        category="Tops",
        color="Navy Blue",
    ),
    # Photo: hot-pink sleeveless top and straight trousers with a white abstract print, two pieces, heels.
    # Texts: all by the VQA adapter.
    case(
        "X1197-021",
        gt("rompers jumpsuits", "contradiction"),
        col("pink"),
        pat("abstract"),
        sl("sleeveless"),
        desc("a pink jumpsuit with white print", "contradiction"),
        det("Question: What are the details of the garment? Answer: white print", "leak"),
        mat(
            "polyester Question: What is the pattern of the garment? Answer: abstract Question: How long are the "
            "sleeves? Answer: sleeveless Question:",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Zima Leto Women Pink Abstract Printed Top with Trousers",
        category="Co-Ords",
        color="Pink",
    ),
    # Photo: red crepe peplum top, round neck, short flutter sleeves, with black skinny jeans.
    # Texts: all by the VQA adapter.
    case(
        "X1197-022",
        gt("blouse"),
        col(
            "red red red red red red red red red red red red red red red red red red red red red red red red red red "
            "red red red red",
            "loop",
            hit_limit=True,
        ),
        pat("solid"),
        sl("short"),
        desc(
            "the woman is wearing a red top and black jeans. the woman is wearing a red top and black jeans. the "
            "woman is wearing a red",
            "loop",
            hit_limit=True,
        ),
        det("peplum hem"),
        mat("crepe"),
        gender="Women",
        title="Athena Women Red Solid Crepe Peplum Top",
        category="Tops",
        color="Red",
    ),
    # Photo: sea-green and white tie-dye top, round neck, drop-shoulder short sleeves, with grey joggers.
    # Texts: all by the VQA adapter.
    case(
        "X1197-023",
        gt("tees tanks"),
        col("green"),
        pat("tie dye"),
        sl("short"),
        desc(
            "a green and white tie dye t - shirt with a green and white tie dye t - shirt with a green and white tie "
            "dye",
            "loop",
            hit_limit=True,
        ),
        det(
            "tie dye tie dye tie dye tie dye tie dye tie dye tie dye tie dye tie dye tie dye tie dye tie dye tie dye "
            "tie dye tie dye",
            "loop",
            hit_limit=True,
        ),
        mat("cotton"),
        gender="Women",
        title="Rareism Women Sea Green Tie-Dye Drop Shoulder Top",
        category="Tops",
        color="Sea Green",
    ),
    # Photo: back view: white lace crop top on thin criss-cross straps, with denim shorts; nothing of the front.
    # Texts: all by the VQA adapter.
    case(
        "X1197-024",
        gt("bra", "contradiction"),
        col("white"),
        pat("lace"),
        sl("no sleeves"),
        desc("the back of a woman wearing a white lace top and denim shorts"),
        det("a bow on the front", "unsupported"),
        mat("lace"),
        gender="Women",
        title="FOREVER 21 Women White Lace Strappy Crop Top",
        category="Tops",
        color="White",
    ),
    # Photo: navy and white vertical-striped cotton shirt, collar, long sleeves, with white jeans.
    # Texts: all by the VQA adapter.
    case(
        "X1197-025",
        gt("shirt"),
        col("blue"),
        pat("stripes"),
        sl("long"),
        desc(
            "the shirt is a navy blue and white striped shirt with a collar and buttons down the front. the shirt is "
            "made of cotton and has a",
            "cut",
            hit_limit=True,
        ),
        det(
            "the collar the buttons the cuffs the collar the buttons the cuffs the collar the buttons the cuffs the "
            "collar the buttons the cuffs the",
            "loop",
            hit_limit=True,
        ),
        mat("polyester", "contradiction"),
        gender="Women",
        title="Tommy Hilfiger Women Navy Blue & White Striped Pure Cotton Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Photo: beige fine-knit long-sleeved crop top and wide-leg trousers, the model holding a takeaway coffee cup.
    # Texts: all by the VQA adapter.
    case(
        "X1197-026",
        gt("sweater", "contradiction"),
        col("beige"),
        pat("solid"),
        sl("long"),
        desc("a woman wearing a beige top and pants holding a cup of coffee"),
        det("a cup of coffee", "contradiction"),
        mat("wool", "unsupported"),
        gender="Women",
        title="Style Quotient Women Beige Self-Design Top with Trousers",
        category="Co-Ords",
        color="Beige",
    ),
    # Photo: black top with a sequinned yoke and sheer mesh long sleeves, with black trousers.
    # Texts: all by the VQA adapter.
    case(
        "X1197-027",
        gt("blouse"),
        col(
            "black black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        pat("sequins"),
        sl("long"),
        desc(
            "a black blouse with sequins on the front and sheer sleeves and a black blouse with sequins on the front "
            "and sheer sleeves and a black",
            "loop",
            hit_limit=True,
        ),
        det(
            "sequins sequins sequins sequins sequins sequins sequins sequins sequins sequins sequins sequins sequins "
            "sequins sequins",
            "loop",
            hit_limit=True,
        ),
        mat("mesh"),
        gender="Women",
        title="Globus Women Black Embellished Sheer Sleeve Top",
        category="Tops",
    ),
    # Photo: yellow short-sleeved cotton shirt knotted at the waist, with denim shorts.
    # Texts: all by the VQA adapter.
    case(
        "X1197-028",
        gt("shirt"),
        col("yellow"),
        pat("solid"),
        sl("short"),
        desc("yes", "non_answer"),
        det("knot in the front"),
        mat("denim", "contradiction"),
        gender="Women",
        title="Popnetic Women Yellow Solid Cotton Casual Shirt",
        category="Shirts",
        color="Yellow",
    ),
    # Photo: black and white gingham long-sleeved shirt and matching straight trousers, plain woven cotton.
    # Texts: all by the VQA adapter.
    case(
        "X1197-029",
        gt("pajamas", "contradiction"),
        col("black and white"),
        pat("checkered"),
        sl("long"),
        desc("black and white checkered pajamas", "contradiction"),
        det(
            "buttons on the front of the shirt and buttons on the front of the shirt and buttons on the front of the "
            "shirt and buttons on",
            "loop",
            hit_limit=True,
        ),
        mat("flannel", "unsupported"),
        gender="Women",
        title="Tokyo Talkies Women Black & White Checked Shirt with Trousers",
        category="Co-Ords",
        color="Black",
    ),
    # Photo: blue off-shoulder (Bardot) top with white and yellow flowers, elbow-length sleeves, with white jeans.
    # Texts: all by the VQA adapter.
    case(
        "X1197-030",
        gt("blouse"),
        col("blue"),
        pat("floral"),
        sl("short"),
        desc("a blue off the shoulder top with flowers"),
        det("off the shoulder"),
        mat("the garment is made of cotton"),
        gender="Women",
        title="Sera Women Blue Floral Printed Bardot Top",
        category="Tops",
        color="Blue",
    ),
    # Photo: lime-green satin shirt, collar, long cuffed sleeves, buttoned, with black high-waisted trousers.
    # Texts: all by the VQA adapter.
    case(
        "X1197-031",
        gt("shirt"),
        col("lime"),
        pat("solid"),
        sl("long sleeves with cuffs"),
        desc(
            "a woman wearing a green satin shirt and black pants. the shirt has a collar and buttons down the front "
            "and the pants are high waisted with a",
            "cut",
            hit_limit=True,
        ),
        det(
            "the shirt has a collar and buttons down the front. the shirt has a collar and buttons down the front. "
            "the shirt has a collar and",
            "loop",
            hit_limit=True,
        ),
        mat("satin"),
        gender="Women",
        title="Mast & Harbour Women Lime Green Solid Satin Shirt",
        category="Shirts",
        color="Lime Green",
    ),
    # Photo: brown ribbed short-sleeved fitted top and matching bodycon midi skirt (two pieces), white sneakers.
    # Texts: all by the VQA adapter.
    case(
        "X1197-032",
        gt("dress", "contradiction"),
        col("brown"),
        pat("solid"),
        sl("short"),
        desc("a brown dress with short sleeves", "contradiction"),
        det("ribbed"),
        mat("Answer: cotton", "leak"),
        gender="Women",
        title="KASSUALLY Women Brown Ribbed Top with Skirt",
        category="Co-Ords",
        color="Brown",
    ),
    # Photo: white cotton schiffli-embroidered top, V-neck, short sleeves, with blue jeans, sunglasses in hand;
    # front view, no zip anywhere. Texts: all by the VQA adapter.
    case(
        "X1197-033",
        gt("blouse"),
        col("blue", "other_garment_color"),
        pat("embroidered"),
        sl("short"),
        desc(
            "a white blouse with a v-neck and short sleeves with a white blouse with a v-neck and short sleeves with "
            "a white blouse with a v",
            "loop",
            hit_limit=True,
        ),
        det("embroidery on the front and a zipper on the back", "unsupported"),
        mat("cotton"),
        gender="Women",
        title="DressBerry Women White Schiffli Embroidered Pure Cotton Top",
        category="Tops",
        color="White",
    ),
    # Photo: white oversized shirt with one chest pocket (left), long sleeves, tucked into black trousers with a
    # black belt. Gender column missing in the feed. Texts: all by the VQA adapter.
    case(
        "X1197-034",
        gt("shirt"),
        col("black", "other_garment_color"),
        pat("solid"),
        sl("long"),
        desc("a woman wearing a white shirt and black pants and a black belt"),
        det("a pocket on the left side of the chest and a pocket on the right side of the chest", "unsupported"),
        mat("cotton"),
        title="Levis Women White Solid Oversized Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: teal halter-neck sleeveless top, with white wide-leg trousers.
    # Texts: all by the VQA adapter.
    case(
        "X1197-035",
        gt("halter top"),
        col("blue"),
        pat("solid"),
        sl("long", "contradiction"),
        desc("a blue halter top and white pants"),
        det("the halter neck"),
        mat(
            "polyester polyester polyester polyester polyester polyester polyester polyester polyester polyester "
            "polyester polyester polyester polyester polyester",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Athena Women Teal Blue Solid Halter Neck Top",
        category="Tops",
        color="Teal",
    ),
    # Photo: black short-sleeved camp-collar shirt with white brush-stroke abstract print (mostly black), with black
    # trousers. Texts: all by the VQA adapter.
    case(
        "X1197-036",
        gt("shirt"),
        col("white", "contradiction"),
        pat("abstract"),
        sl("short"),
        desc("the shirt", "non_answer"),
        det(
            "the shirt is black and white and has a collar and buttons down the front and the shirt is black and "
            "white and has a collar and buttons",
            "loop",
            hit_limit=True,
        ),
        mat("i don't know", "non_answer"),
        gender="Women",
        title="HERE&NOW Women Black & White Abstract Printed Casual Shirt",
        category="Shirts",
        color="Black",
    ),
    # Photo: charcoal-grey long-sleeved henley top, three-button placket, with blue jeans.
    # Texts: all by the VQA adapter.
    case(
        "X1197-037",
        gt("t-shirt"),
        col("grey"),
        pat("solid"),
        sl(
            "long long long long long long long long long long long long long long long long long long long long "
            "long long long long long long long long long long",
            "loop",
            hit_limit=True,
        ),
        desc("a grey shirt with buttons on the front"),
        det("buttons"),
        mat("cotton"),
        gender="Women",
        title="Roadster Women Charcoal Grey Solid Henley Top",
        category="Tops",
        color="Charcoal",
    ),
    # Photo: lavender tie-front crop top with small white flowers, short puff sleeves, with white wide-leg pants.
    # Texts: all by the VQA adapter.
    case(
        "X1197-038",
        gt("crop top"),
        col("white", "other_garment_color"),
        pat("floral"),
        sl("short"),
        desc(
            "a purple floral crop top with a tie front and white pants and white sandals. the top has puff sleeves "
            "and a tie in the front and the",
            "cut",
            hit_limit=True,
        ),
        det(
            "tie front and puff sleeves and tie front and puff sleeves and tie front and puff sleeves and tie front "
            "and puff sleeves and tie front",
            "loop",
            hit_limit=True,
        ),
        mat("cotton"),
        gender="Women",
        title="Tokyo Talkies Women Lavender Floral Print Tie-Up Crop Top",
        category="Tops",
        color="Lavender",
    ),
    # Photo: olive linen-blend short-sleeved shirt and drawstring trousers with side pockets, tote bag on the
    # shoulder. Category column missing in the feed. Texts: all by the VQA adapter.
    case(
        "X1197-039",
        gt("a shirt and pants"),
        col("green"),
        pat("linen", "non_answer"),
        sl("short"),
        desc("a green shirt and pants with a bag"),
        det(
            "the shirt has a collar and buttons on the front and the pants have a drawstring waist and pockets on "
            "the side and the pants have a",
            "cut",
            hit_limit=True,
        ),
        mat("linen"),
        gender="Women",
        title="StyleStone Women Olive Green Linen Blend Shirt with Trousers Co-Ord Set",
        color="Olive",
    ),
    # Photo: white cropped shirt, collar, long puff sleeves, no pocket, with a black mini skirt.
    # Texts: all by the VQA adapter.
    case(
        "X1197-040",
        gt("shirt"),
        col("white"),
        pat("solid"),
        sl("short", "contradiction"),
        desc("the man is wearing a white shirt and a black skirt", "pronoun"),
        det("puff sleeves and a pocket on the chest", "unsupported"),
        mat("polyester"),
        gender="Women",
        title="Berrylush Women White Solid Shirt Style Crop Top",
        category="Tops",
        color="White",
    ),
    # Photo: coral smocked off-shoulder top with a ruffle edge, short sleeves, with denim shorts.
    # Texts: all by the VQA adapter.
    case(
        "X1197-041",
        gt("blouse"),
        col("orange"),
        pat("solid"),
        sl("off the shoulder", "non_answer"),
        desc(
            "an orange off the shoulder top with ruffles and denim shorts and an orange off the shoulder top with "
            "ruffles and denim shorts and an",
            "loop",
            hit_limit=True,
        ),
        det("smocked"),
        mat(
            "the garment is made of a material that is made of a material that is made of a material that is made of "
            "a material that",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="DressBerry Women Coral Solid Smocked Off-Shoulder Top",
        category="Tops",
        color="Coral",
    ),
    # Photo: green round-neck three-quarter-sleeve top and palazzos with a white leaf print (two pieces).
    # Texts: all by the VQA adapter.
    case(
        "X1197-042",
        gt("pants"),
        col("green and white"),
        pat("leaves"),
        sl("3/4 length"),
        desc("the woman is wearing a green and white floral dress", "contradiction"),
        det("the details of the garment are the details", "restated"),
        mat(
            "rayon rayon rayon rayon rayon rayon rayon rayon rayon rayon rayon rayon rayon rayon rayon rayon rayon "
            "rayon rayon rayon rayon rayon rayon rayon rayon rayon rayon rayon rayon rayon",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Harpa Women Green Leaf Printed Top with Palazzos",
        category="Co-Ords",
        color="Green",
    ),
    # Photo: black matte poplin corset-style top, sweetheart neck, thin straps, front view, with beige cargo pants.
    # Texts: all by the VQA adapter.
    case(
        "X1197-043",
        gt("tank top"),
        col("beige", "other_garment_color"),
        pat("solid"),
        sl("short", "contradiction"),
        desc("a black corset top with beige pants"),
        det("a zipper on the back", "unsupported"),
        mat("leather", "unsupported"),
        gender="Women",
        title="ONLY Women Black Solid Corset Style Top",
        category="Tops",
        color="Black",
    ),
    # Photo: pink and white candy-striped woven shirt, long sleeves, small embroidered logo on the chest, with blue
    # jeans. Texts: all by the VQA adapter.
    case(
        "X1197-044",
        gt("polo shirt", "contradiction"),
        col("pink and white"),
        pat("striped"),
        sl("long"),
        desc("the man is wearing a pink and white striped shirt with a logo on the chest", "pronoun"),
        det("logo on the chest"),
        mat("cotton"),
        gender="Women",
        title="U.S. Polo Assn. Women Pink & White Striped Casual Shirt",
        category="Shirts",
        color="Pink",
    ),
    # Photo: red and black buffalo-check shirt-style top, long sleeves, with black jeans.
    # Texts: all by the VQA adapter.
    case(
        "X1197-045",
        gt("flannel shirt"),
        col("red and black"),
        pat("plaid"),
        sl("long"),
        desc(
            "a red and black plaid shirt with black jeans and a red and black plaid shirt with black jeans and a red "
            "and black plaid",
            "loop",
            hit_limit=True,
        ),
        det(
            "buttons Question: What material is the garment made of? Answer: cotton Question: What is the color of "
            "the jeans? Answer: black",
            "leak",
            hit_limit=True,
        ),
        mat("cotton"),
        gender="Women",
        title="Cover Story Women Red & Black Checked Shirt Style Top",
        category="Tops",
        color="Red",
    ),
]
