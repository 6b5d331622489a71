"""BLIND_1509 (45 products; Myntra tops, shirts, co-ords; VQA adapter): written blind in the sixty-fifth session.
Measured blind at 71dbb3c (the session's sixth rules): 99/115 failures found (86.1%) and 30/200 correct texts flagged
(15.0%). The writer's notes, verbatim:

Scenario: a Myntra women's western-wear feed (article types Tops, Shirts and Co-Ords; base colour; gender Women; a
row now and then without its colour or gender), run through enrich's default questionnaire: garment type, color,
pattern, sleeve length, description, details and material, seven questions per product. Every answer was generated
freely by BLIP-2 OPT-2.7b with the VQA LoRA adapter (leoreigoto/Data3_V3_BLIP2_VQA), greedy, 30 new tokens at most,
`Question: ... Answer:` prompts, no caption. The photos are the catalog's usual ones: a model on a plain studio
backdrop wearing the product with jeans, trousers, skirts or a layer over it, now and then a flat lay, a back view or
a prop (a handbag).
Who wrote what: every text in this set is the VQA adapter's; there is no caption and no other engine. The adapter
learned short In-shop answers (a vendor colour such as "navy-white", a garment class such as "blouse" or "tee") and
never learned to stop, so the open questions (description, details) and now and then a closed one run on to the
limit: loops, sentences cut at 30 tokens, or the `Question: ... Answer:` format continued into the answer. The
closed questions are stored as the raw generated text (free generation, not ranked candidates), so a closed answer
can loop or leak too. Short answers are mostly right; the adapter knows colours and garment classes, not patterns,
sleeves or fabrics, and it names the colour of whatever fills the frame.
Labeling conventions and judgement calls: judged against the photo I imagined (the comment above each product) and
the title. A short answer that is true is correct even when thin ("buttons" for the details, "white print").
Colour synonyms count as right (wine for Maroon, cream for Off White, turquoise for Teal, taupe for Brown, a
two-tone vendor colour such as "black-white" for a print or a stripe). A plausible fabric the photo does not
contradict (cotton for a poplin shirt, polyester for a crepe top) is correct. A loop, a run-on cut at the limit and
a continued `Question: ... Answer:` are labeled loop, cut and leak even when the words before are true; hit_limit
marks every text that ran to the 30-token limit (a short leak that stopped by itself is not marked). The colour of a
garment worn with the product (jeans, trousers, shorts, a skirt, a blazer, the tank under an open shirt) given as
the product's colour is other_garment_color; a colour, garment type, pattern or sleeve length that the title or the
photo contradicts is contradiction (a co-ord set or a tunic called "dress", "romper", "jumpsuit" or "pajamas"; a
ribbed knit called striped; pinstripes called solid; a blazer's long sleeves for a short-sleeved top; one colour
given to the top and the jeans). A material the title states differently is contradiction; a material, a trim or
a detail that nothing shows (lace, a belt, a pocket, a zip or print on a back not shown, leather from the model's
handbag, silk for a satin-finish shirt) is unsupported. "yes", "no", an empty answer, and a colour or fabric given
for the pattern are non_answer; the question's own words back ("the details of the garment") are restated. For a
co-ord set, naming the top piece or both pieces is a correct garment type. "he" or "a man" for a women's product is
pronoun.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS, case

Q = DEFAULT_QUESTIONS

BLIND_1509 = [
    # Photo: model in a white cotton poplin shirt, long sleeves, one chest pocket, tucked into mid-blue jeans, grey
    # backdrop. All seven answers: VQA adapter, free generation.
    case(
        "X1509-001",
        Q.garment_type("shirt"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a white shirt with a collar and buttons down the front"),
        Q.details("buttons, collar, pocket"),
        Q.material("cotton"),
        gender="Women",
        title="Roadster Women White Solid Regular Fit Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: black ribbed sleeveless crop top with a square neck, worn with beige wide-leg trousers, white backdrop.
    # All answers: VQA adapter.
    case(
        "X1509-002",
        Q.garment_type("tank"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("no", "non_answer"),
        Q.description(
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            hit_limit=True,
        ),
        Q.details(
            "the neckline, the sleeves, the neckline, the sleeves, the neckline, the sleeves, the neckline, the "
            "sleeves, the",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Women",
        title="SASSAFRAS Women Black Solid Fitted Crop Top",
        category="Tops",
        color="Black",
    ),
    # Photo: pink crepe top with small white flowers, short puff sleeves, sweetheart neck, tucked into white jeans.
    # No lace anywhere; the fabric is opaque. All answers: VQA adapter.
    case(
        "X1509-003",
        Q.garment_type("blouse"),
        Q.color("white", "other_garment_color"),
        Q.pattern("floral"),
        Q.sleeve_length("short"),
        Q.description(
            "a pink blouse with white flowers and puff sleeves and white jeans and a white belt and white"
            " shoes and a white bag and a white",
            "cut",
            hit_limit=True,
        ),
        Q.details("lace trim on the neckline", "unsupported"),
        Q.material("chiffon", "unsupported"),
        gender="Women",
        title="Tokyo Talkies Women Pink Floral Print Top",
        category="Tops",
        color="Pink",
    ),
    # Photo: navy and white vertical stripe shirt, long sleeves, one chest pocket, buttoned, white trousers.
    # All answers: VQA adapter.
    case(
        "X1509-004",
        Q.garment_type("shirt"),
        Q.color("navy-white"),
        Q.pattern("plaid", "contradiction"),
        Q.sleeve_length("long sleeve"),
        Q.description(
            "a navy and white striped shirt with a collar and buttons down the front and a pocket on the chest and "
            "long sleeves with cuffs and a curved",
            "cut",
            hit_limit=True,
        ),
        Q.details(
            "buttons on the front and a pocket on the chest and a pocket on the chest and a pocket on the chest and a "
            "pocket on the",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Women",
        title="HERE&NOW Women Navy Blue & White Striped Casual Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Photo: co-ord set, mustard top with white block print and 3/4 sleeves over matching mustard palazzos, model
    # standing, studio. All answers: VQA adapter.
    case(
        "X1509-005",
        Q.garment_type("romper", "contradiction"),
        Q.color("mustard Question: What is the color of the palazzos? Answer: mustard", "leak"),
        Q.pattern("printed"),
        Q.sleeve_length("3/4"),
        Q.description("a yellow dress with white print", "contradiction"),
        Q.details("white print"),
        Q.material("cotton"),
        gender="Women",
        title="Libas Women Mustard Yellow Printed Pure Cotton Top with Palazzos",
        category="Co-Ords",
        color="Mustard",
    ),
    # Photo: beige satin-finish shirt with a visible sheen, long sleeves, tucked into black trousers.
    # All answers: VQA adapter.
    case(
        "X1509-006",
        Q.garment_type("blouse"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a beige blouse with a collar and buttons"),
        Q.details(
            "buttons buttons buttons buttons buttons buttons buttons buttons buttons buttons buttons buttons"
            " buttons buttons buttons",
            "loop",
            hit_limit=True,
        ),
        Q.material("silk", "unsupported"),
        gender="Women",
        title="Mango Women Beige Satin Finish Shirt",
        category="Shirts",
        color="Beige",
    ),
    # Photo: maroon wrap top, V neck, full sleeves, tie at the left waist, black jeans. All answers: VQA adapter.
    case(
        "X1509-007",
        Q.garment_type("blouse"),
        Q.color("wine"),
        Q.pattern("wine", "non_answer"),
        Q.sleeve_length(
            "long sleeves with a tie at the waist and a v-neck and a tie at the waist and a v-neck and a tie at the",
            "loop",
            hit_limit=True,
        ),
        Q.description(
            "a wine blouse with a v-neck and a tie at the waist Question: What is the color of the jeans? Answer: "
            "black Question:",
            "leak",
            hit_limit=True,
        ),
        Q.details("tie at the waist"),
        Q.material("polyester"),
        gender="Women",
        title="DressBerry Women Maroon Solid Wrap Top",
        category="Tops",
        color="Maroon",
    ),
    # Photo: light-blue denim shirt worn open over a white tank top, long sleeves, two flap pockets, black jeans,
    # white sneakers, no belt or bag.
    # All answers: VQA adapter.
    case(
        "X1509-008",
        Q.garment_type("denim shirt"),
        Q.color("white", "other_garment_color"),
        Q.pattern("denim", "non_answer"),
        Q.sleeve_length("long"),
        Q.description(
            "a blue denim shirt with a white tank top underneath and black jeans and black boots and a black belt and "
            "a black bag and a",
            "cut",
            hit_limit=True,
        ),
        Q.details("buttons and pockets"),
        Q.material("denim"),
        gender="Women",
        title="ONLY Women Blue Denim Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: black georgette top with white polka dots, short flutter sleeves, ruffled hem, plain round neck, blue
    # jeans. All answers: VQA adapter.
    case(
        "X1509-009",
        Q.garment_type("blouse"),
        Q.color("black-white"),
        Q.pattern("polka dots"),
        Q.sleeve_length("short"),
        Q.description(
            "black and white polka dot blouse with ruffles on the bottom and ruffles on the sleeves and ruffles on the "
            "neckline and ruffles on the",
            "loop",
            hit_limit=True,
        ),
        Q.details("ruffles"),
        Q.material("georgette"),
        gender="Women",
        title="Berrylush Women Black & White Polka Dot Print Ruffled Top",
        category="Tops",
        color="Black",
    ),
    # Photo: co-ord set (two pieces), sage-green ribbed knit crop top with short sleeves and matching flared pants,
    # white sneakers, white backdrop. All answers: VQA adapter.
    case(
        "X1509-010",
        Q.garment_type("jumpsuit", "contradiction"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves"),
        Q.description("a green top and pants"),
        Q.details(
            "the top is a crop top and the pants are flared and the top is a crop top and the pants are flared"
            " and the top is",
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
        title="Tokyo Talkies Women Green Ribbed Top with Trousers Co-Ords",
        category="Co-Ords",
        color="Green",
    ),
    # Photo: red top with small yellow flowers, smocked bodice, square neck, short puff sleeves, denim shorts.
    # All answers: VQA adapter.
    case(
        "X1509-011",
        Q.garment_type("blouse"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("floral"),
        Q.sleeve_length("short"),
        Q.description("he is wearing a red floral blouse", "pronoun"),
        Q.details(
            "smocking on the front and smocking on the back and smocking on the sleeves and smocking on the front and "
            "smocking on the",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Women",
        title="Harpa Women Red Floral Print Smocked Top",
        category="Tops",
        color="Red",
    ),
    # Photo: flat lay of a folded white formal shirt on a grey surface, collar and placket visible, no chest pocket.
    # All answers: VQA adapter.
    case(
        "X1509-012",
        Q.garment_type("shirt"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description(
            "white shirt Question: What is the color of the shirt? Answer: white Question: What is the color of the "
            "shirt? Answer:",
            "leak",
            hit_limit=True,
        ),
        Q.details("collar and buttons and a pocket on the chest", "unsupported"),
        Q.material("cotton"),
        gender="Women",
        title="Van Heusen Woman White Pure Cotton Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: lavender top with long puff sleeves gathered at the cuff, round neck, white midi skirt.
    # All answers: VQA adapter.
    case(
        "X1509-013",
        Q.garment_type("blouse"),
        Q.color("purple"),
        Q.pattern("solid"),
        Q.sleeve_length("short", "contradiction"),
        Q.description(
            "a purple blouse with puff sleeves Question: Is this a blouse? Answer: yes Question: Is this a blouse? "
            "Answer: yes Question:",
            "leak",
            hit_limit=True,
        ),
        Q.details(
            "the sleeves are puffed and the sleeves are puffed and the sleeves are puffed and the sleeves are puffed "
            "and the sleeves are",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Women",
        title="SHOWOFF Women Lavender Solid Puff Sleeve Top",
        category="Tops",
        color="Lavender",
    ),
    # Photo: black sleeveless peplum top, round neck, white straight trousers; front view only. Feed row without a
    # colour.
    # All answers: VQA adapter.
    case(
        "X1509-014",
        Q.garment_type("top"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        Q.description(
            "a black peplum top with white pants and a black peplum top with white pants and a black peplum top with "
            "white pants and",
            "loop",
            hit_limit=True,
        ),
        Q.details("peplum and a zip at the back", "unsupported"),
        Q.material("polyester"),
        gender="Women",
        title="AND Women Black Solid Peplum Top",
        category="Tops",
    ),
    # Photo: co-ord set, indigo top with white dabu print, 3/4 sleeves, straight matching trousers, studio.
    # All answers: VQA adapter.
    case(
        "X1509-015",
        Q.garment_type("dress", "contradiction"),
        Q.color("navy"),
        Q.pattern("printed"),
        Q.sleeve_length("3/4 sleeves"),
        Q.description(
            "a navy blue dress with white print and a white print on the sleeves and a white print on the bottom of "
            "the dress and a",
            "cut",
            hit_limit=True,
        ),
        Q.details("the print"),
        Q.material("rayon", "contradiction"),
        gender="Women",
        title="Anouk Women Indigo Printed Pure Cotton Top with Trousers",
        category="Co-Ords",
        color="Blue",
    ),
    # Photo: white cotton top with a lace yoke, short sleeves, blue jeans. All answers: VQA adapter.
    case(
        "X1509-016",
        Q.garment_type("blouse"),
        Q.color("white"),
        Q.pattern("lace"),
        Q.sleeve_length("short"),
        Q.description(
            "she is wearing a white blouse with lace on the front and blue jeans and she is wearing a white blouse "
            "with lace on the front and",
            "loop",
            hit_limit=True,
        ),
        Q.details("lace"),
        Q.material(
            "cotton and polyester and spandex and cotton and polyester and spandex and cotton and polyester and "
            "spandex and cotton and polyester",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Vero Moda Women White Lace Detail Top",
        category="Tops",
        color="White",
    ),
    # Photo: olive cotton-twill utility shirt with two flap chest pockets and roll-up tabs, worn open over a black
    # tee, black jeans. All answers: VQA adapter.
    case(
        "X1509-017",
        Q.garment_type("jacket", "contradiction"),
        Q.color("olive"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("an olive shirt with pockets over a black t-shirt"),
        Q.details(
            "pockets on the chest and roll-up sleeves and pockets on the chest and roll-up sleeves and pockets on the "
            "chest and roll-up",
            "loop",
            hit_limit=True,
        ),
        Q.material("denim", "unsupported"),
        gender="Women",
        title="Mast & Harbour Women Olive Green Solid Utility Shirt",
        category="Shirts",
        color="Olive",
    ),
    # Photo: blue and white gingham crop shirt, short sleeves, knotted at the front, white shorts.
    # All answers: VQA adapter.
    case(
        "X1509-018",
        Q.garment_type("shirt"),
        Q.color("blue-white"),
        Q.pattern("plaid"),
        Q.sleeve_length("short"),
        Q.description("a blue and white checkered shirt tied at the waist"),
        Q.details("tie at the front"),
        Q.material("cotton"),
        gender="Women",
        title="Urbanic Women Blue & White Checked Crop Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: rust satin cowl-neck cami with thin straps, black trousers, no belt. All answers: VQA adapter.
    case(
        "X1509-019",
        Q.garment_type("tank"),
        Q.color(
            "orange-orange-orange-orange-orange-orange-orange-orange-orange-orange-orange-orange-orange-orange-orange",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        Q.description("a orange tank top with a cowl neck and black pants and a black belt", "unsupported"),
        Q.details("spaghetti straps"),
        Q.material("silk", "contradiction"),
        gender="Women",
        title="FabAlley Women Rust Orange Solid Satin Cowl Neck Top",
        category="Tops",
        color="Rust",
    ),
    # Photo: off-white top with white thread embroidery on the yoke, 3/4 sleeves, blue jeans.
    # All answers: VQA adapter.
    case(
        "X1509-020",
        Q.garment_type("blouse"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("embroidered"),
        Q.sleeve_length("long", "contradiction"),
        Q.description("a white blouse with blue jeans"),
        Q.details("the details of the garment are the details of the garment", "restated"),
        Q.material("cotton"),
        gender="Women",
        title="Global Desi Women Off White Embroidered Top",
        category="Tops",
        color="Off White",
    ),
    # Photo: black ribbed high-neck jersey top (thin, not a sweater), long sleeves, tucked into light-blue jeans.
    # All answers: VQA adapter.
    case(
        "X1509-021",
        Q.garment_type("sweater", "contradiction"),
        Q.color(
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description(
            "a black turtleneck top and blue jeans and a black turtleneck top and blue jeans and a black turtleneck "
            "top and blue jeans",
            "loop",
            hit_limit=True,
        ),
        Q.details("ribbed"),
        Q.material("cotton"),
        gender="Women",
        title="H&M Women Black Ribbed High Neck Top",
        category="Tops",
        color="Black",
    ),
    # Photo: co-ord set, peach linen-blend camp-collar shirt with short sleeves and one chest pocket, matching
    # shorts with no visible pockets. All answers: VQA adapter.
    case(
        "X1509-022",
        Q.garment_type("shirt and shorts"),
        Q.color("peach"),
        Q.pattern("solid"),
        Q.sleeve_length(
            "short sleeves and a collar and buttons and a pocket on the chest and short sleeves and a collar and "
            "buttons and a pocket on",
            "loop",
            hit_limit=True,
        ),
        Q.description(
            "a peach shirt and shorts with a collar and buttons on the front and a pocket on the chest and a pocket "
            "on the shorts and a",
            "cut",
            hit_limit=True,
        ),
        Q.details("yes", "non_answer"),
        Q.material("linen"),
        gender="Women",
        title="StyleStone Women Peach Linen Blend Shirt with Shorts",
        category="Co-Ords",
        color="Peach",
    ),
    # Photo: navy top with a white leaf print, short sleeves, round neck, white linen trousers.
    # All answers: VQA adapter.
    case(
        "X1509-023",
        Q.garment_type("blouse"),
        Q.color("white", "other_garment_color"),
        Q.pattern("printed"),
        Q.sleeve_length("short"),
        Q.description("navy blouse with white leaves"),
        Q.details(
            "Question: What are the details of the garment? Answer: leaves Question: What are the details of the "
            "garment? Answer: leaves",
            "leak",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Women",
        title="Marks & Spencer Women Navy Blue Printed Top",
        category="Tops",
        color="Navy Blue",
    ),
    # Photo: bright-yellow shirt-style top, short sleeves, collar, tucked into a blue denim skirt.
    # All answers: VQA adapter.
    case(
        "X1509-024",
        Q.garment_type("blouse"),
        Q.color("yellow"),
        Q.pattern("yellow", "non_answer"),
        Q.sleeve_length("short"),
        Q.description(
            "a yellow shirt with a blue skirt and a yellow shirt with a blue skirt and a yellow shirt with a blue "
            "skirt and a yellow",
            "loop",
            hit_limit=True,
        ),
        Q.details("buttons"),
        Q.material("", "non_answer"),
        gender="Women",
        title="Sera Women Yellow Solid Shirt Style Top",
        category="Tops",
        color="Yellow",
    ),
    # Photo: pink and white fine pinstripe formal shirt, long sleeves, no logo, grey formal trousers.
    # All answers: VQA adapter.
    case(
        "X1509-025",
        Q.garment_type("shirt"),
        Q.color("pink"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("long"),
        Q.description("a pink shirt"),
        Q.details(
            "a collar with a button down placket and buttoned cuffs and a curved hem and a pleat at the back yoke and "
            "a small logo on the",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Women",
        title="Allen Solly Woman Pink Striped Formal Shirt",
        category="Shirts",
        color="Pink",
    ),
    # Photo: teal top, V neck with a keyhole, 3/4 bell sleeves, black jeans. All answers: VQA adapter.
    case(
        "X1509-026",
        Q.garment_type("blouse"),
        Q.color(
            "turquoise Question: What is the color of the jeans? Answer: black Question: What is the color of the "
            "jeans? Answer: black",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        Q.sleeve_length("long", "contradiction"),
        Q.description("a turquoise blouse with bell sleeves and a v-neck"),
        Q.details(
            "the sleeves, the neckline, the sleeves, the neckline, the sleeves, the neckline, the sleeves, the "
            "neckline, the sleeves",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Women",
        title="KASSUALLY Women Teal Solid Bell Sleeve Top",
        category="Tops",
        color="Teal",
    ),
    # Photo: colourblocked shirt, left half black and right half white, long sleeves, black trousers.
    # All answers: VQA adapter.
    case(
        "X1509-027",
        Q.garment_type("shirt"),
        Q.color("black-white"),
        Q.pattern("color block"),
        Q.sleeve_length(
            "long sleeves with buttoned cuffs and a collar and buttons down the front and a black half and a white "
            "half and a",
            "cut",
            hit_limit=True,
        ),
        Q.description(
            "a black and white shirt Question: What is the color of the pants? Answer: black Question: What is the "
            "color of the pants?",
            "leak",
            hit_limit=True,
        ),
        Q.details("the left side is black and the right side is white"),
        Q.material("cotton"),
        gender="Women",
        title="Trendyol Women Black & White Colourblocked Shirt",
        category="Shirts",
        color="Black",
    ),
    # Photo: back view of a plain grey melange round-neck top, short sleeves, model in blue jeans; nothing printed
    # on the back. All answers: VQA adapter.
    case(
        "X1509-028",
        Q.garment_type("tee"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a man wearing a grey t-shirt and jeans", "pronoun"),
        Q.details("the back of the shirt has a print", "unsupported"),
        Q.material("cotton"),
        gender="Women",
        title="Roadster Women Grey Melange Solid Round Neck Top",
        category="Tops",
        color="Grey Melange",
    ),
    # Photo: coral off-shoulder top with a ruffle band across the neckline, white jeans, white sneakers.
    # All answers: VQA adapter.
    case(
        "X1509-029",
        Q.garment_type("blouse"),
        Q.color("coral"),
        Q.pattern("solid"),
        Q.sleeve_length("off the shoulder"),
        Q.description(
            "a coral off the shoulder top with ruffles on the sleeves and a ruffle on the neckline worn with white "
            "jeans and white sneakers and a",
            "cut",
            hit_limit=True,
        ),
        Q.details("ruffles"),
        Q.material("yes", "non_answer"),
        gender="Women",
        title="Athena Women Coral Solid Off-Shoulder Ruffled Top",
        category="Tops",
        color="Coral",
    ),
    # Photo: co-ord set, navy rayon top with pink flowers, long sleeves, solid navy trousers; no dupatta, no bag.
    # All answers: VQA adapter.
    case(
        "X1509-030",
        Q.garment_type("blouse and pants"),
        Q.color("pink", "contradiction"),
        Q.pattern("floral"),
        Q.sleeve_length("long"),
        Q.description(
            "a navy blue top with pink flowers and navy pants and a pink dupatta and pink shoes and a pink bag and "
            "pink earrings and a",
            "cut",
            hit_limit=True,
        ),
        Q.details(
            "Question: What is the color of the pants? Answer: navy Question: What is the color of the pants? "
            "Answer: navy Question:",
            "leak",
            hit_limit=True,
        ),
        Q.material("cotton", "contradiction"),
        gender="Women",
        title="Libas Women Navy Blue & Pink Floral Printed Rayon Top with Trousers",
        category="Co-Ords",
        color="Navy Blue",
    ),
    # Photo: sheer white organza shirt, long sleeves, worn over a black bralette with black trousers.
    # All answers: VQA adapter.
    case(
        "X1509-031",
        Q.garment_type("shirt"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a white sheer shirt over a black top"),
        Q.details("sheer"),
        Q.material("chiffon"),
        gender="Women",
        title="Tokyo Talkies Women White Sheer Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: magenta crepe top with a bow-tie neck, long sleeves, black trousers; the model holds a tan leather
    # handbag. All answers: VQA adapter.
    case(
        "X1509-032",
        Q.garment_type("blouse"),
        Q.color("pink"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description(
            "a pink blouse with a bow at the neck and a brown bag and a pink blouse with a bow at the neck"
            " and a brown bag and",
            "loop",
            hit_limit=True,
        ),
        Q.details("bow"),
        Q.material("leather", "unsupported"),
        gender="Women",
        title="DressBerry Women Magenta Solid Tie-Up Neck Top",
        category="Tops",
        color="Magenta",
    ),
    # Photo: co-ord set, black satin button-down shirt with long sleeves and matching wide trousers.
    # All answers: VQA adapter.
    case(
        "X1509-033",
        Q.garment_type("pajamas", "contradiction"),
        Q.color(
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description(
            "a black shirt and black pants with buttons on the front and a collar and a pocket on the chest and a "
            "pocket on the pants and a",
            "cut",
            hit_limit=True,
        ),
        Q.details("buttons"),
        Q.material("satin"),
        gender="Women",
        title="ONLY Women Black Satin Shirt with Trousers Co-Ord Set",
        category="Co-Ords",
        color="Black",
    ),
    # Photo: mustard ribbed crop top, short sleeves, black high-waist jeans, the model's arm raised.
    # All answers: VQA adapter.
    case(
        "X1509-034",
        Q.garment_type("tee"),
        Q.color("yellow"),
        Q.pattern("striped", "contradiction"),
        Q.sleeve_length("short"),
        Q.description(
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow "
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow",
            "loop",
            hit_limit=True,
        ),
        Q.details("ribbed"),
        Q.material("cotton"),
        gender="Women",
        title="HERE&NOW Women Mustard Yellow Ribbed Crop Top",
        category="Tops",
        color="Mustard",
    ),
    # Photo: green shirt with a multicolour floral print, long sleeves, white jeans. All answers: VQA adapter.
    case(
        "X1509-035",
        Q.garment_type("shirt"),
        Q.color("white", "other_garment_color"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeve"),
        Q.description(
            "a green floral shirt with a collar and buttons and white jeans and white shoes and a white bag and white "
            "sunglasses and a",
            "cut",
            hit_limit=True,
        ),
        Q.details(
            "collar, buttons, cuffs, collar, buttons, cuffs, collar, buttons, cuffs, collar, buttons, cuffs, collar, "
            "buttons",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Women",
        title="Mango Women Green Floral Print Casual Shirt",
        category="Shirts",
        color="Green",
    ),
    # Photo: co-ord set, white and black gingham sleeveless crop top and matching mini skirt, cotton.
    # All answers: VQA adapter.
    case(
        "X1509-036",
        Q.garment_type("top and skirt"),
        Q.color("white-black"),
        Q.pattern("plaid"),
        Q.sleeve_length("sleeveless"),
        Q.description("a black and white checkered top and skirt"),
        Q.details(
            "the top is a crop top and the skirt is a mini skirt and the top is a crop top and the skirt is a mini "
            "skirt and the",
            "loop",
            hit_limit=True,
        ),
        Q.material("tweed", "unsupported"),
        gender="Women",
        title="Berrylush Women White & Black Checked Crop Top with Skirt",
        category="Co-Ords",
        color="White",
    ),
    # Photo: red fitted top, square neck, long sleeves, black skirt. Feed row without a gender.
    # All answers: VQA adapter.
    case(
        "X1509-037",
        Q.garment_type("blouse"),
        Q.color("red"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description(
            "red top Question: What is the color of the skirt? Answer: black Question: What is the color"
            " of the skirt? Answer: black",
            "leak",
            hit_limit=True,
        ),
        Q.details("square neckline"),
        Q.material(
            "polyester polyester polyester polyester polyester polyester polyester polyester polyester polyester "
            "polyester polyester polyester polyester polyester",
            "loop",
            hit_limit=True,
        ),
        title="Vero Moda Women Red Solid Square Neck Top",
        category="Tops",
        color="Red",
    ),
    # Photo: mid-thigh blue tunic with a white geometric print, 3/4 sleeves, white leggings.
    # All answers: VQA adapter.
    case(
        "X1509-038",
        Q.garment_type("dress", "contradiction"),
        Q.color("blue"),
        Q.pattern("geometric"),
        Q.sleeve_length("3/4"),
        Q.description("a blue dress with white print and white leggings", "contradiction"),
        Q.details(
            "white print on the front and white print on the back and white print on the sleeves and white print on "
            "the front and",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Women",
        title="W Women Blue Geometric Printed Longline Top",
        category="Tops",
        color="Blue",
    ),
    # Photo: black oversized shirt worn open, long sleeves, one chest pocket, mid-blue jeans.
    # All answers: VQA adapter.
    case(
        "X1509-039",
        Q.garment_type("shirt"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a black shirt and black jeans", "contradiction"),
        Q.details(
            "buttons and pocket and buttons and pocket and buttons and pocket and buttons and pocket and buttons and "
            "pocket and buttons and",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Women",
        title="Harpa Women Black Solid Oversized Casual Shirt",
        category="Shirts",
        color="Black",
    ),
    # Photo: brown PU corset-style top, sleeveless, sweetheart neck, front seams, cream trousers; front view only,
    # the back is not shown. All answers: VQA adapter.
    case(
        "X1509-040",
        Q.garment_type("tank top"),
        Q.color("cream", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        Q.description("he is wearing a brown corset top", "pronoun"),
        Q.details("lace up in the back", "unsupported"),
        Q.material("leather"),
        gender="Women",
        title="SASSAFRAS Women Brown PU Corset Style Top",
        category="Tops",
        color="Brown",
    ),
    # Photo: co-ord set, blue and white tie-dye crew-neck sweatshirt (no hood), long sleeves, matching joggers.
    # All answers: VQA adapter.
    case(
        "X1509-041",
        Q.garment_type("hoodie", "contradiction"),
        Q.color("blue-white"),
        Q.pattern("tie dye"),
        Q.sleeve_length("long"),
        Q.description("a blue and white tie dye sweatshirt and pants"),
        Q.details(
            "Question: What is the color of the sweatshirt? Answer: blue Question: What is the color of the pants? "
            "Answer: blue",
            "leak",
            hit_limit=True,
        ),
        Q.material(
            "fleece fleece fleece fleece fleece fleece fleece fleece fleece fleece fleece fleece fleece fleece fleece",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Tokyo Talkies Women Blue Tie-Dye Sweatshirt with Joggers",
        category="Co-Ords",
        color="Blue",
    ),
    # Photo: cream textured short-sleeve top worn under an open brown blazer, black trousers; the top's sleeves are
    # hidden by the blazer; the blazer's buttons are the only buttons in the frame. Feed row without a colour.
    # All answers: VQA adapter.
    case(
        "X1509-042",
        Q.garment_type("jacket", "contradiction"),
        Q.color("brown", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long", "contradiction"),
        Q.description("a brown jacket over a white top"),
        Q.details("buttons", "unsupported"),
        Q.material("wool", "unsupported"),
        gender="Women",
        title="AND Women Cream Textured Top",
        category="Tops",
    ),
    # Photo: navy pique polo-collar top, short sleeves, small embroidered logo on the chest, white shorts.
    # All answers: VQA adapter.
    case(
        "X1509-043",
        Q.garment_type("polo shirt"),
        Q.color("navy"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a navy polo shirt with a logo on the chest"),
        Q.details("logo"),
        Q.material("cotton"),
        gender="Women",
        title="U.S. Polo Assn. Women Navy Blue Polo Collar Top",
        category="Tops",
        color="Navy Blue",
    ),
    # Photo: flat lay on white of a hip-length purple floral shirred top, square neck, long balloon sleeves.
    # All answers: VQA adapter.
    case(
        "X1509-044",
        Q.garment_type("dress", "contradiction"),
        Q.color("purple"),
        Q.pattern("floral"),
        Q.sleeve_length("long"),
        Q.description(
            "a purple floral blouse with long sleeves and a square neckline and ruffles on the sleeves and ruffles on "
            "the neckline and ruffles on the",
            "loop",
            hit_limit=True,
        ),
        Q.details("the details of the garment", "restated"),
        Q.material("polyester"),
        gender="Women",
        title="Urbanic Women Purple Floral Print Shirred Top",
        category="Tops",
        color="Purple",
    ),
    # Photo: khaki casual shirt, long sleeves rolled up, two chest pockets, tucked into a black skirt.
    # All answers: VQA adapter.
    case(
        "X1509-045",
        Q.garment_type("shirt"),
        Q.color("khaki"),
        Q.pattern("khaki", "non_answer"),
        Q.sleeve_length("long sleeves rolled up"),
        Q.description(
            "a khaki shirt with a black skirt Question: What is the color of the skirt? Answer: black",
            "leak",
        ),
        Q.details(
            "pockets on the chest and buttons on the front and pockets on the chest and buttons on the front and "
            "pockets on the",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Women",
        title="Roadster Women Khaki Solid Casual Shirt",
        category="Shirts",
        color="Khaki",
    ),
]
