"""BLIND_1221 (45 products; Myntra women's tops and co-ords, VQA adapter): written blind in the sixty-first session.
Measured blind at 1ef79ed (the session's sixth rules): 79/91 failures found (86.8%) and 12/214 correct texts flagged
(5.6%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's tops, shirts, t-shirts and co-ord sets (articleType Tops, Shirts, Tshirts, Co-Ords),
catalog photos as Myntra shoots them: a model on a grey or beige backdrop wearing the product with jeans, trousers,
shorts or a skirt, a few flat lays, one back view, one model seated on a stool. enrich ran its default questionnaire
with free generation (no candidate ranking) on the VQA adapter leoreigoto/Data3_V3_BLIP2_VQA over
Salesforce/blip2-opt-2.7b; no caption was written. Products 001-029 and 039-045 got the seven questions (garment type,
color, pattern, sleeve length, description, details, material); 030-038 came from a re-run batch where the details
question was switched off (and the material question too for 035).
Who wrote what: every text is the VQA adapter's free generation, greedy, 30 new tokens at most, stopping on newline.
The adapter was trained on short color and garment answers with unmasked labels and no end token, so short closed
answers are usually fine, the open questions (description, details) often loop or run to the limit, it sometimes
answers the In-shop yes/no question ("yes") instead of the one asked, gives a color where a pattern or a material
was asked (its training was mostly color questions), and now and then writes the next "Question: ... Answer:" turn
itself. About three texts in ten came out wrong: fewer than the usual four, because most closed answers are one or two
words and stop on the newline.
Labeling conventions and judgement calls: judged against the imagined photo and the title. Near-synonym colors are
accepted (burgundy for maroon, purple for lavender, orange for rust, white for off-white and cream, blue for navy).
A color answer that is the color of the jeans/trousers/undershirt is other_garment_color, even where the print also
has a bit of that color. For a co-ord set, naming either piece (shirt, top, pants, sweatshirt) is accepted; a
one-piece type (dress, jumpsuit, romper) is a contradiction, and so is "jacket" or "sweater" for a product sold as a
shirt or top. A wrong pattern or sleeve length is a contradiction even where only the photo shows it. A material
against the title (cotton for linen, leather for faux leather) is a contradiction; a material or detail the photo does
not show (a hood, smocking on an unseen back, flannel for poplin, wool for a viscose knit) is unsupported. "yes"/"no"
answers, a bare color for the pattern or material question, and details that only repeat the type and color are
non_answer; a sentence that turns the question back into an answer ("made of the material of the garment") is
restated. "bra" for a corset top is a contradiction. Loops and cut answers that ran to 30 tokens carry hit_limit;
a loop is labeled loop even when it also ran to the limit. "he"/"a man" for the women's models is pronoun.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS, case

Q = DEFAULT_QUESTIONS
gt, col, pat, sl = Q.garment_type, Q.color, Q.pattern, Q.sleeve_length
desc, det, mat = Q.description, Q.details, Q.material

BLIND_1221 = [
    # 001 photo: white round-neck short-sleeve cotton top tucked into blue mom jeans, grey backdrop. All: VQA adapter.
    case(
        "X1221-001",
        gt("tee"),
        col("white"),
        pat("white", "non_answer"),
        sl("short sleeves"),
        desc("a white top with a round neck and short sleeves"),
        det(
            "the sleeves, the neckline, the hem, the sleeves, the neckline, the hem, the sleeves, the neckline,"
            " the hem, the sleeves",
            "loop",
            hit_limit=True,
        ),
        mat("cotton"),
        gender="Women",
        title="Roadster Women White Solid Regular Top",
        category="Tops",
        color="White",
    ),
    # 002 photo: navy/white vertical striped shirt, long sleeves rolled to the elbow, white trousers, white sneakers.
    case(
        "X1221-002",
        gt("shirt"),
        col("navy-white"),
        pat("striped"),
        sl("long sleeves"),
        desc(
            "a blue and white striped shirt with a collar and long sleeves rolled up to the elbows and a pair of white"
            " pants and a pair of white shoes and a",
            "cut",
            hit_limit=True,
        ),
        det("collar, button front, chest pocket, rolled up sleeves"),
        mat("white", "non_answer"),
        gender="Women",
        title="HERE&NOW Women Navy Blue & White Striped Casual Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # 003 photo: black satin shirt-style top and matching wide-leg trousers, beige backdrop. All: VQA adapter.
    case(
        "X1221-003",
        gt("jumpsuit", "contradiction"),
        col("black"),
        pat("solid"),
        sl("long sleeves"),
        desc(
            "a black shirt and black pants and a black shirt and black pants and a black shirt and black pants and a "
            "black shirt and",
            "loop",
            hit_limit=True,
        ),
        det(
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            hit_limit=True,
        ),
        mat("satin"),
        gender="Women",
        title="SASSAFRAS Women Black Solid Shirt Style Top with Trousers",
        category="Co-Ords",
        color="Black",
    ),
    # 004 photo: pink top, tiny white flowers, square neck, short puff sleeves, cropped, white jeans; front shot only.
    case(
        "X1221-004",
        gt("blouse"),
        col("pink"),
        pat("floral"),
        sl("short"),
        desc(
            "a pink floral top with puff sleeves and a square neckline and a pair of white jeans and a pair of white "
            "shoes and a white handbag and a",
            "cut",
            hit_limit=True,
        ),
        det("puff sleeves, square neck, smocked back", "unsupported"),
        mat("cotton"),
        gender="Women",
        title="DressBerry Women Pink Floral Print Puff Sleeve Crop Top",
        category="Tops",
        color="Pink",
    ),
    # 005 photo: mustard ribbed sleeveless crop tank, black high-waist jeans. All: VQA adapter.
    case(
        "X1221-005",
        gt("tank top"),
        col("black", "other_garment_color"),
        pat("solid"),
        sl("sleeveless"),
        desc("a yellow crop top with a black pair of jeans"),
        det("ribbed"),
        mat("black", "non_answer"),
        gender="Women",
        title="Tokyo Talkies Women Mustard Yellow Ribbed Crop Top",
        category="Tops",
        color="Mustard",
    ),
    # 006 photo: off-white linen shirt worn open over a white tank, beige trousers. All: VQA adapter.
    case(
        "X1221-006",
        gt("shirt"),
        col("white"),
        pat("solid"),
        sl("long sleeve"),
        desc("a white shirt with a white tank top underneath"),
        det(
            "the shirt is a white shirt with a white shirt underneath and a white shirt underneath and a white shirt"
            " underneath and a white",
            "loop",
            hit_limit=True,
        ),
        mat("cotton", "contradiction"),
        gender="Women",
        title="MANGO Women Off White Pure Linen Relaxed Fit Casual Shirt",
        category="Shirts",
        color="Off White",
    ),
    # 007 photo: green top with white block print, 3/4 sleeves, matching green palazzos. All: VQA adapter.
    case(
        "X1221-007",
        gt("dress", "contradiction"),
        col("green"),
        pat("printed"),
        sl("3/4 sleeves"),
        desc("a green and white printed top and pants"),
        det("Question: What are the details of the garment? Answer: the sleeves are 3/4 sleeves", "leak"),
        mat("green", "non_answer"),
        gender="Women",
        title="AAYU Women Green & White Printed Top with Palazzos",
        category="Co-Ords",
        color="Green",
    ),
    # 008 photo: black ribbed high-neck long-sleeve fitted top tucked into a grey checked mini skirt. VQA adapter.
    case(
        "X1221-008",
        gt("sweater", "contradiction"),
        col("black"),
        pat("plaid", "contradiction"),
        sl("long"),
        desc("a black turtleneck top and a grey plaid skirt"),
        det("turtleneck, long sleeves"),
        mat("wool", "unsupported"),
        gender="Women",
        title="ONLY Women Black Solid High Neck Fitted Top",
        category="Tops",
        color="Black",
    ),
    # 009 photo: mid-blue denim shirt, long sleeves, two flap chest pockets, black jeans. Feed lacks the category.
    case(
        "X1221-009",
        gt("denim"),
        col("blue"),
        pat("blue", "non_answer"),
        sl("long sleeves"),
        desc("a blue denim shirt with two pockets on the chest"),
        det(
            "two flap pockets on the chest and a button down front and a collar and a collar and a collar and a collar"
            " and a collar and a",
            "loop",
            hit_limit=True,
        ),
        mat("denim"),
        gender="Women",
        title="Vero Moda Women Blue Denim Casual Shirt",
        color="Blue",
    ),
    # 010 photo: maroon wrap top with a waist tie, long balloon sleeves, black trousers. All: VQA adapter, all right.
    case(
        "X1221-010",
        gt("blouse"),
        col("burgundy"),
        pat("solid"),
        sl("long sleeves"),
        desc("a woman wearing a burgundy wrap top and black pants"),
        det("tie waist"),
        mat("polyester"),
        gender="Women",
        title="Harpa Women Maroon Solid Wrap Top",
        category="Tops",
        color="Maroon",
    ),
    # 011 photo: olive utility shirt with flap pockets worn open over a white tee, blue jeans. All: VQA adapter.
    case(
        "X1221-011",
        gt("jacket", "contradiction"),
        col("white", "other_garment_color"),
        pat("solid"),
        sl("long sleeve"),
        desc("a green shirt with a white t-shirt underneath"),
        det("pockets"),
        mat("cotton"),
        gender="Women",
        title="Roadster Women Olive Green Solid Utility Shirt",
        category="Shirts",
        color="Olive",
    ),
    # 012 photo: lavender sleeveless georgette top with a ruffled neckline, white trousers. All: VQA adapter.
    case(
        "X1221-012",
        gt("yes", "non_answer"),
        col("purple"),
        pat("solid"),
        sl("sleeveless"),
        desc("a purple top with ruffles"),
        det(
            "ruffles ruffles ruffles ruffles ruffles ruffles ruffles ruffles ruffles ruffles ruffles ruffles ruffles"
            " ruffles ruffles",
            "loop",
            hit_limit=True,
        ),
        mat("chiffon"),
        gender="Women",
        title="Athena Women Lavender Ruffled Sleeveless Top",
        category="Tops",
        color="Lavender",
    ),
    # 013 photo: peach peplum top with a small green leaf print, short flutter sleeves, denim shorts. VQA adapter.
    case(
        "X1221-013",
        gt("dress", "contradiction"),
        col("peach"),
        pat("floral"),
        sl("short sleeves"),
        desc("a peach floral top with a peplum and a pair of denim shorts"),
        det("the top has a peplum hem and short flutter sleeves"),
        mat("the garment is made of the material of the garment", "restated"),
        gender="Women",
        title="Berrylush Women Peach Floral Print Peplum Top",
        category="Tops",
        color="Peach",
    ),
    # 014 photo: grey melange crew-neck tee, short sleeves, black joggers. Feed lacks the gender. VQA adapter.
    case(
        "X1221-014",
        gt("tee"),
        col("grey"),
        pat("solid"),
        sl("short"),
        desc("Question: Describe the garment. Answer: a grey t-shirt", "leak"),
        det("the t-shirt is grey", "non_answer"),
        mat("cotton"),
        title="Mast & Harbour Women Grey Melange Solid Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # 015 photo: black/white gingham cotton poplin shirt, long sleeves, black jeans. All: VQA adapter.
    case(
        "X1221-015",
        gt("shirt"),
        col("black"),
        pat("plaid"),
        sl("long sleeves"),
        desc("a black and white checkered shirt with a pair of black jeans"),
        det(
            "collar, button down, button down, button down, button down, button down, button down, button down, button"
            " down, button down",
            "loop",
            hit_limit=True,
        ),
        mat("flannel", "unsupported"),
        gender="Women",
        title="Kassually Women Black & White Gingham Checked Casual Shirt",
        category="Shirts",
        color="Black",
    ),
    # 016 photo: flat lay on white: rust satin cami with thin straps and matching shorts. All: VQA adapter.
    case(
        "X1221-016",
        gt("romper", "contradiction"),
        col("orange"),
        pat("solid"),
        sl("sleeveless"),
        desc("a pair of orange satin shorts and a matching top"),
        det("spaghetti straps and lace trim", "unsupported"),
        mat("satin"),
        gender="Women",
        title="StyleStone Women Rust Satin Cami Top with Shorts",
        category="Co-Ords",
        color="Rust",
    ),
    # 017 photo: white broderie anglaise top, square neck, short puff sleeves, light blue jeans. VQA adapter.
    case(
        "X1221-017",
        gt("blouse"),
        col("blue", "other_garment_color"),
        pat("solid", "contradiction"),
        sl("short sleeves"),
        desc("a white blouse with a pair of blue jeans"),
        det("eyelet embroidery, puff sleeves"),
        mat("cotton"),
        gender="Women",
        title="FOREVER 21 Women White Schiffli Embroidered Puff Sleeve Top",
        category="Tops",
        color="White",
    ),
    # 018 photo: black shirt with a white abstract print, short sleeves, matching straight trousers. VQA adapter.
    case(
        "X1221-018",
        gt("shirt"),
        col("black and white"),
        pat("graphic Question: What is the sleeve length of the garment? Answer: short", "leak"),
        sl("short sleeves"),
        desc("a black and white shirt and pants"),
        det(
            "a black and white shirt with a black and white pants and a black and white shirt with a black and white"
            " pants and a black",
            "loop",
            hit_limit=True,
        ),
        mat("polyester"),
        gender="Women",
        title="Zima Leto Women Black & White Abstract Printed Shirt with Trousers",
        category="Co-Ords",
        color="Black",
    ),
    # 019 photo: navy boat-neck top, 3/4 sleeves, white trousers. All: VQA adapter.
    case(
        "X1221-019",
        gt("tee"),
        col("blue"),
        pat("solid"),
        sl("long sleeves", "contradiction"),
        desc("a navy blue top with a boat neck"),
        det("boat neck"),
        mat("polyester", "contradiction"),
        gender="Women",
        title="Marks & Spencer Women Navy Blue Solid Pure Cotton Boat Neck Top",
        category="Tops",
        color="Navy Blue",
    ),
    # 020 photo: red off-shoulder smocked crop top, short puff sleeves, denim mini skirt. All: VQA adapter.
    case(
        "X1221-020",
        gt("blouse"),
        col("red"),
        pat("solid"),
        sl("yes", "non_answer"),
        desc("a red off the shoulder top with a denim skirt"),
        det(
            "off the shoulder, off the shoulder, off the shoulder, off the shoulder, off the shoulder, off the "
            "shoulder, off the shoulder, off the",
            "loop",
            hit_limit=True,
        ),
        mat("cotton"),
        gender="Women",
        title="RARE Women Red Off-Shoulder Smocked Crop Top",
        category="Tops",
        color="Red",
    ),
    # 021 photo: back view: beige oversized shirt, long sleeves, back yoke visible, black cycling shorts. VQA adapter.
    case(
        "X1221-021",
        gt("shirt"),
        col(
            "beige-beige-beige-beige-beige-beige-beige-beige-beige-beige-beige-beige-beige-beige-beige",
            "loop",
            hit_limit=True,
        ),
        pat("solid"),
        sl("long"),
        desc("the back of a beige shirt"),
        det("the back of the shirt has a yoke"),
        mat("linen", "unsupported"),
        gender="Women",
        title="CHEMISTRY Women Beige Solid Oversized Casual Shirt",
        category="Shirts",
        color="Beige",
    ),
    # 022 photo: teal satin shirt-style top knotted at the front hem, short sleeves, white trousers. VQA adapter.
    case(
        "X1221-022",
        gt("shirt"),
        col("teal"),
        pat("teal", "non_answer"),
        sl("short sleeve"),
        desc("a teal shirt with a knot at the front"),
        det(
            "the shirt has a knot at the front and a knot at the front and a knot at the front and a knot at the front"
            " and",
            "loop",
            hit_limit=True,
        ),
        mat("satin"),
        gender="Women",
        title="SERA Women Teal Solid Satin Shirt Style Top with Tie-Up Hem",
        category="Tops",
        color="Teal",
    ),
    # 023 photo: tee with red, white and navy horizontal stripes, short sleeves, blue jeans. All: VQA adapter.
    case(
        "X1221-023",
        gt("tee"),
        col("red, white and blue"),
        pat("solid", "contradiction"),
        sl("short"),
        desc("a striped t-shirt"),
        det("he is wearing a striped shirt and jeans", "pronoun"),
        mat("cotton"),
        gender="Women",
        title="Tokyo Talkies Women Multicoloured Striped Round Neck T-shirt",
        category="Tshirts",
        color="Multi",
    ),
    # 024 photo: yellow sleeveless top with green ethnic floral motifs and matching flared palazzos. VQA adapter.
    case(
        "X1221-024",
        gt("top"),
        col("yellow"),
        pat("floral"),
        sl("short sleeves", "contradiction"),
        desc("a yellow and green printed top and pants set"),
        det("", "non_answer"),
        mat("rayon"),
        gender="Women",
        title="Vishudh Women Yellow & Green Ethnic Motifs Printed Top with Palazzos",
        category="Co-Ords",
        color="Yellow",
    ),
    # 025 photo: black tee with a white "BROOKLYN" print, short sleeves, denim shorts. All: VQA adapter.
    case(
        "X1221-025",
        gt("graphic tee"),
        col("black"),
        pat("graphic"),
        sl("short sleeves"),
        desc(
            "a black t-shirt with the word brooklyn on it and a pair of denim shorts and a pair of white sneakers and "
            "a pair of sunglasses and a",
            "cut",
            hit_limit=True,
        ),
        det(
            "the word brooklyn brooklyn brooklyn brooklyn brooklyn brooklyn brooklyn brooklyn brooklyn brooklyn"
            " brooklyn brooklyn brooklyn",
            "loop",
            hit_limit=True,
        ),
        mat("cotton"),
        gender="Women",
        title="Roadster Women Black Typography Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # 026 photo: cream lace top with a scalloped hem, long sleeves, camel trousers, brown belt. VQA adapter.
    case(
        "X1221-026",
        gt("blouse"),
        col("white"),
        pat("lace"),
        sl("long sleeves"),
        desc(
            "a white lace top with long sleeves and a pair of brown pants and a brown belt and a pair of brown shoes"
            " and a brown purse and a",
            "cut",
            hit_limit=True,
        ),
        det(
            "scalloped hem and a scalloped hem and a scalloped hem and a scalloped hem and a scalloped hem and a "
            "scalloped hem and a",
            "loop",
            hit_limit=True,
        ),
        mat("lace"),
        gender="Women",
        title="Pink Fort Women Cream Lace Long Sleeve Top",
        category="Tops",
        color="Cream",
    ),
    # 027 photo: side view: light blue oxford shirt, button-down collar, chest pocket, tucked into beige chinos.
    case(
        "X1221-027",
        gt("shirt"),
        col("beige", "other_garment_color"),
        pat("no", "non_answer"),
        sl("long sleeves"),
        desc("a light blue shirt tucked into beige pants"),
        det("button down collar, a pocket on the chest"),
        mat("cotton"),
        title="H&M Women Light Blue Oxford Shirt",
        category="Shirts",
        color="Blue",
    ),
    # 028 photo: lilac and white tie-dye crew-neck sweatshirt and matching joggers, no hood. All: VQA adapter.
    case(
        "X1221-028",
        gt("sweatshirt"),
        col("purple"),
        pat("tie dye"),
        sl("long sleeves"),
        desc("he is wearing a purple tie dye sweatshirt and sweatpants", "pronoun"),
        det("the sweatshirt has a hood", "unsupported"),
        mat("fleece"),
        gender="Women",
        title="SASSAFRAS Women Lavender Tie-Dye Sweatshirt with Joggers",
        category="Co-Ords",
        color="Lavender",
    ),
    # 029 photo: black ribbed tank with wide straps, light blue jeans. All: VQA adapter.
    case(
        "X1221-029",
        gt("tank"),
        col("black"),
        pat("solid"),
        sl("sleeveless"),
        desc(
            "a black tank top with a pair of blue jeans and a pair of white sneakers and a black bag and a pair of "
            "sunglasses and a black",
            "cut",
            hit_limit=True,
        ),
        det("a black tank top", "non_answer"),
        mat("cotton"),
        gender="Women",
        title="Ketch Women Black Solid Ribbed Tank Top",
        category="Tops",
        color="Black",
    ),
    # 030 photo: white top with black polka dots, V-neck, flutter sleeves, black trousers. Re-run batch, VQA adapter.
    case(
        "X1221-030",
        gt("blouse"),
        col("black", "other_garment_color"),
        pat("polka dot"),
        sl("short sleeves"),
        desc("he is wearing a white polka dot top", "pronoun"),
        mat("polyester"),
        gender="Women",
        title="Vero Moda Women White & Black Polka Dot Print Top",
        category="Tops",
        color="White",
    ),
    # 031 photo: brown faux leather shirt worn open over a black tee, long sleeves. Re-run batch, VQA adapter.
    case(
        "X1221-031",
        gt("jacket", "contradiction"),
        col("brown"),
        pat("solid"),
        sl("long sleeves"),
        desc("a brown leather jacket with a black t-shirt", "contradiction"),
        mat("leather", "contradiction"),
        gender="Women",
        title="MANGO Women Brown Faux Leather Overshirt",
        category="Shirts",
        color="Brown",
    ),
    # 032 photo: sage ribbed long-sleeve crop top and matching flared pants, white sneakers. Re-run batch.
    case(
        "X1221-032",
        gt("pants"),
        col("green"),
        pat("solid"),
        sl("short sleeves", "contradiction"),
        desc(
            "a woman wearing a green crop top and green pants and a green crop top and green pants and a green crop "
            "top and green",
            "loop",
            hit_limit=True,
        ),
        mat("cotton"),
        gender="Women",
        title="Styli Women Sage Green Ribbed Crop Top with Flared Trousers",
        category="Co-Ords",
        color="Green",
    ),
    # 033 photo: black sheer mesh long-sleeve top over a black bralette, black skirt, tights. Re-run batch.
    case(
        "X1221-033",
        gt("blouse"),
        col("black"),
        pat("the pattern of the garment is a pattern", "restated"),
        sl("sleeveless", "contradiction"),
        desc(
            "a black sheer top with a black bra underneath and a black skirt and black tights and black boots and a"
            " black purse and a black",
            "cut",
            hit_limit=True,
        ),
        mat("mesh"),
        gender="Women",
        title="Trendyol Women Black Sheer Mesh Top",
        category="Tops",
        color="Black",
    ),
    # 034 photo: indigo cotton top with white floral block print, mandarin collar, 3/4 sleeves, white palazzos.
    case(
        "X1221-034",
        gt("blouse"),
        col("blue"),
        pat(
            "floral floral floral floral floral floral floral floral floral floral floral floral floral floral floral"
            " floral floral floral",
            "loop",
            hit_limit=True,
        ),
        sl("3/4 sleeves"),
        desc("a blue and white printed top with white pants"),
        mat("silk", "contradiction"),
        gender="Women",
        title="Anouk Women Indigo Block Print Pure Cotton Mandarin Collar Top",
        category="Tops",
        color="Blue",
    ),
    # 035 photo: baby pink cropped button-front knitted cardigan top, long sleeves, white wide-leg jeans. Re-run batch,
    # neither details nor material asked.
    case(
        "X1221-035",
        gt("cardigan"),
        col("pink"),
        pat("solid"),
        sl("long sleeves"),
        desc(
            "a pink cardigan with white jeans and a pink cardigan with white jeans and a pink cardigan with white "
            "jeans and a pink",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="ONLY Women Pink Cropped Knitted Cardigan Top",
        category="Tops",
        color="Pink",
    ),
    # 036 photo: mustard top with a white mini floral print, tie-up neck, short sleeves, blue jeans. Re-run batch.
    case(
        "X1221-036",
        gt("blouse"),
        col("yellow"),
        pat("polka dot", "contradiction"),
        sl("short"),
        desc(
            "a yellow floral blouse with a bow at the neck and a pair of blue jeans and a pair of blue jeans and a pair"
            " of blue jeans and a",
            "loop",
            hit_limit=True,
        ),
        mat("rayon"),
        gender="Women",
        title="Global Desi Women Mustard Floral Print Tie-Up Neck Top",
        category="Tops",
        color="Mustard",
    ),
    # 037 photo: white polo with navy tipping on the collar, short sleeves, navy shorts. Feed lacks the gender.
    case(
        "X1221-037",
        gt("polo shirt"),
        col("navy", "other_garment_color"),
        pat("solid"),
        sl("yes", "non_answer"),
        desc("a white polo shirt with navy blue shorts"),
        mat("cotton"),
        title="Tommy Hilfiger Women White Solid Polo Collar T-shirt",
        category="Tshirts",
        color="White",
    ),
    # 038 photo: black satin corset top, thin straps, sweetheart neckline, blue jeans. Re-run batch, VQA adapter.
    case(
        "X1221-038",
        gt("bra", "contradiction"),
        col("black"),
        pat("solid"),
        sl("sleeveless"),
        desc("a black corset top with jeans"),
        mat(
            "satin Question: What material is the garment made of? Answer: satin Question: What material is the"
            " garment made of? Answer: satin Question",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Bershka Women Black Satin Corset Top",
        category="Tops",
        color="Black",
    ),
    # 039 photo: white poplin shirt, long puff sleeves, tucked into black trousers, grey backdrop. All right.
    case(
        "X1221-039",
        gt("blouse"),
        col("white"),
        pat("solid"),
        sl("long sleeves"),
        desc("a white blouse with puff sleeves and black pants"),
        det("puff sleeves, button cuffs, collar"),
        mat("cotton"),
        gender="Women",
        title="ZARA Women White Poplin Shirt with Puff Sleeves",
        category="Shirts",
        color="White",
    ),
    # 040 photo: red/black buffalo check brushed overshirt worn open over a black tee, black jeans. VQA adapter.
    case(
        "X1221-040",
        gt("shirt"),
        col("black", "other_garment_color"),
        pat("plaid"),
        sl("long sleeves"),
        desc("a red and black plaid shirt with a black t-shirt underneath"),
        det(
            "the shirt has a collar and a button down front and a pocket on the chest and a pocket on the chest and a"
            " pocket on the chest and",
            "loop",
            hit_limit=True,
        ),
        mat("flannel"),
        gender="Women",
        title="Kook N Keech Women Red & Black Buffalo Checked Flannel Casual Shirt",
        category="Shirts",
        color="Red",
    ),
    # 041 photo: off-white short kurta-style top with blue thread embroidery on the yoke, 3/4 sleeves, matching
    # palazzos. Feed lacks the base colour. VQA adapter.
    case(
        "X1221-041",
        gt("dress", "contradiction"),
        col("white"),
        pat("embroidered"),
        sl("3/4"),
        desc("a white dress with blue embroidery", "contradiction"),
        det("embroidery on the neckline"),
        mat("cotton"),
        gender="Women",
        title="Indo Era Women Off-White Embroidered Top with Palazzos",
        category="Co-Ords",
    ),
    # 042 photo: black cropped tee with three white stripes on the shoulders, short sleeves, black leggings.
    case(
        "X1221-042",
        gt("tee"),
        col("black"),
        pat("striped", "contradiction"),
        sl("short"),
        desc("a black crop top with white stripes on the sleeves"),
        det("three white stripes on the shoulders"),
        mat("polyester Question: What material is the garment made of? Answer: polyester", "leak"),
        gender="Women",
        title="ADIDAS Women Black Solid Cropped T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # 043 photo: burgundy velvet top, square neck, long sleeves, black skirt; the velvet sheen reads purple-ish.
    case(
        "X1221-043",
        gt("blouse"),
        col("purple", "contradiction"),
        pat("solid"),
        sl("long sleeves"),
        desc("a velvet top with long sleeves and a square neck"),
        det("square neck and a zipper on the back", "unsupported"),
        mat("velvet"),
        gender="Women",
        title="Berrylush Women Burgundy Velvet Square Neck Top",
        category="Tops",
        color="Burgundy",
    ),
    # 044 photo: model seated on a wooden stool in a blue shirt with white flowers, short sleeves, matching shorts.
    case(
        "X1221-044",
        gt("shirt"),
        col("blue"),
        pat("blue", "non_answer"),
        sl("short sleeves"),
        desc("a woman sitting on a stool wearing a blue floral shirt and shorts"),
        det(
            "the garment has a floral print and a collar and a button down front and a pair of shorts with a floral"
            " print and a pair of shorts with",
            "cut",
            hit_limit=True,
        ),
        mat("the garment is made of cotton"),
        gender="Women",
        title="FabAlley Women Blue Floral Print Shirt with Shorts",
        category="Co-Ords",
        color="Blue",
    ),
    # 045 photo: black oversized shirt, long sleeves, half-tucked into blue jeans, hands in pockets. VQA adapter.
    case(
        "X1221-045",
        gt("shirt"),
        col("blue", "other_garment_color"),
        pat("solid"),
        sl("long sleeves"),
        desc("a man wearing a black shirt and blue jeans", "pronoun"),
        det("a collar, a button down front and two chest pockets", "unsupported"),
        mat("cotton"),
        gender="Women",
        title="Roadster Women Black Solid Oversized Casual Shirt",
        category="Shirts",
        color="Black",
    ),
]
