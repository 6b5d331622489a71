"""BLIND_1677 (45 products; Myntra women's tops, shirts and co-ords, default questionnaire, VQA adapter): written blind
in the sixty-seventh session. Measured blind at c32e5e8 (the session's third and final rules): 95/111 failures found
(85.6%) and 24/225 correct texts flagged (10.7%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's tops, shirts and co-ord sets (article types Tops, Shirts, Co-Ords; base colour as
Myntra names it: Navy Blue, Off White, Mustard, Teal, Rust, Multi...). The photos are the catalog's usual shots: a
model on a plain backdrop wearing the product with jeans, trousers, shorts or a skirt, now and then a flat lay, a back
view, a blazer over the product, or a prop (handbag, coffee cup, straw hat, stool). enrich ran its default
questionnaire with free generation (greedy, 30 new tokens per answer, 50 for the caption, stop on newline or eos).
The first twelve products come from a trial batch run before pattern and sleeve length were added to the
questionnaire, so they have five answers; the other thirty-three have all seven.
Who wrote what: every text comes from Salesforce/blip2-opt-2.7b with the leoreigoto/Data3_V3_BLIP2_VQA adapter, the
caption included (the job loads one adapter per run and captions with no prompt). The adapter was trained with the
prompt and padding inside the loss and no end-of-answer token, so it often emits no newline: open answers loop or run
to the limit, and it sometimes goes on writing its own training pairs ("Question: What cloth is the person wearing?
Answer: ..."), in answers and, more often, in captions. It also speaks the In-shop vocabulary (tee/tank,
blouse/shirt, romper/jumpsuit, denim, graphic tee) and vendor compound colors (navy-white).
Labeling conventions and judgement calls:
- Judged against the imagined photo and the title; the comment above each case is the truth.
- Co-ord sets: a garment type that names one piece only (pants, shorts, skirt, blouse/shirt) or another garment
  (dress, romper/jumpsuit) is a contradiction; "suit" for a matching top-and-trousers set is accepted. A caption that
  calls a two-piece set a dress is a contradiction; "pink pajamas" for a satin shirt-and-trouser set that looks like
  sleepwear is left unmarked. For a set whose pieces differ in color, either piece's color is accepted.
- Colors: neighbouring names a shopper would accept are correct (mustard/yellow, teal/green, rust/orange, coral as
  pink or orange, maroon as red or burgundy, off white/white, lavender/purple). A color that belongs to the jeans,
  trousers or a layer is other_garment_color; a color of a bag, a floor or the embroidery thread is contradiction.
- Wrong closed answers (sleeve length, pattern, garment type) that only the photo shows are contradiction.
- Material: a fabric the title contradicts is contradiction; a wrong fabric the photo cannot support (title silent)
  is unsupported; a plausible fabric that matches the truth is correct. A hat's material is contradiction.
- Details that belong to another garment or are out of view (buttons of the blazer, a chest pocket on a back view)
  are unsupported; an accessory given as the detail is contradiction.
- A lone color given as the description or the details, "no", "i don't know" and an empty answer are non_answer;
  answers that only give back the question's words are restated. A caption that names no garment is non_answer;
  a one-word caption that names the right garment ("blouse") is left unmarked.
- "he" or "a man" for the woman model is pronoun, also where the feed left gender out.
- Every loop, every leak that runs on and every cut text is marked hit_limit.
- Where the product is hidden under a blazer, a caption or description that describes the visible outfit truthfully
  (and names the black top underneath) is left unmarked.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS, caption, case

gt = DEFAULT_QUESTIONS.garment_type
col = DEFAULT_QUESTIONS.color
pat = DEFAULT_QUESTIONS.pattern
sl = DEFAULT_QUESTIONS.sleeve_length
desc = DEFAULT_QUESTIONS.description
det = DEFAULT_QUESTIONS.details
mat = DEFAULT_QUESTIONS.material

W = "Women"

BLIND_1677 = [
    # --- trial batch: five questions ---
    # Photo: white cotton shirt, sleeves rolled to the elbow, tucked into blue jeans, grey backdrop.
    # All texts: VQA adapter. Description runs to the limit; details loop over the parts of the shirt.
    case(
        "X1677-001",
        caption("a woman wearing a white shirt and blue jeans"),
        gt("blouse/shirt"),
        col("white"),
        desc(
            "a white shirt with a collar and buttons down the front, the sleeves are rolled up to the elbows and "
            "the shirt is tucked into a pair of blue",
            "cut",
            hit_limit=True,
        ),
        det(
            "the sleeves, the collar, the buttons, the sleeves, the collar, the buttons, the sleeves, the collar, the "
            "buttons, the sleeves",
            "loop",
            hit_limit=True,
        ),
        mat("cotton"),
        gender=W,
        title="Roadster Women White Solid Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: black ribbed sleeveless crop top, high-waist beige trousers, white backdrop.
    # All texts: VQA adapter. Caption writes its own training pairs; color is the trousers'; material
    # loops.
    case(
        "X1677-002",
        caption(
            "Question: What cloth is the person wearing? Answer: tee/tank Question: What is the color of the "
            "tee/tank? Answer: black Question: Is this a tee/tank? Answer: yes Question: What cloth",
            "leak",
            hit_limit=True,
        ),
        gt("tee/tank"),
        col("beige", "other_garment_color"),
        desc("a black crop top"),
        det("black", "non_answer"),
        mat(
            "cotton spandex cotton spandex cotton spandex cotton spandex cotton spandex cotton spandex cotton "
            "spandex cotton spandex",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="SASSAFRAS Women Black Solid Ribbed Crop Top",
        category="Tops",
        color="Black",
    ),
    # Photo: pink georgette top with small white flowers, short puff sleeves, square neck, white jeans.
    # All texts: VQA adapter. Description writes a training pair; "silk" is a guess the photo does not
    # support (it is polyester georgette).
    case(
        "X1677-003",
        caption("a woman in a pink floral top and white jeans"),
        gt("blouse"),
        col("pink"),
        desc(
            "she is wearing a pink floral blouse with puff sleeves Question: What is the color of the jeans? "
            "Answer: white Question: Is this a",
            "leak",
            hit_limit=True,
        ),
        det("puff sleeves and a square neck"),
        mat("silk", "unsupported"),
        gender=W,
        title="Tokyo Talkies Women Pink Floral Print Top",
        category="Tops",
        color="Pink",
    ),
    # Photo: navy and white vertical stripe cotton shirt, long sleeves, one chest pocket, tucked into white trousers.
    # All texts: VQA adapter. Description runs to the limit; material writes training pairs.
    case(
        "X1677-004",
        caption("a woman wearing a blue and white striped shirt and white pants"),
        gt("shirt"),
        col("navy-white"),
        desc(
            "a blue and white striped shirt with a collar, long sleeves and a pocket on the chest, the shirt is "
            "tucked into white pants and the",
            "cut",
            hit_limit=True,
        ),
        det("stripes"),
        mat(
            "cotton Question: What is the color of the pants? Answer: white Question: What is the color of the "
            "shirt? Answer: blue",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        title="HERE&NOW Women Navy Blue Striped Casual Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Photo: mustard ribbed knit top, short sleeves, round neck, tucked into black jeans; model holds sunglasses.
    # All texts: VQA adapter. Caption loops on itself; description runs to the limit; details only give
    # back the question.
    case(
        "X1677-005",
        caption(
            "a woman wearing a yellow shirt and black pants a woman wearing a yellow shirt and black pants a woman "
            "wearing a yellow shirt and black pants a woman wearing a yellow",
            "loop",
            hit_limit=True,
        ),
        gt("tee"),
        col("yellow"),
        desc(
            "a yellow t-shirt with a round neckline and short sleeves, the t-shirt is tucked into a pair of black "
            "jeans and she is holding a pair of",
            "cut",
            hit_limit=True,
        ),
        det("the details of the garment", "restated"),
        mat("cotton"),
        gender=W,
        title="Mast & Harbour Women Mustard Yellow Solid Top",
        category="Tops",
        color="Mustard",
    ),
    # Photo: maroon satin wrap top, long sleeves, tie at the waist, tucked into black trousers.
    # All texts: VQA adapter. "red" accepted for maroon; description runs to the limit; "cotton"
    # contradicts the title's satin.
    case(
        "X1677-006",
        caption("a woman in a burgundy wrap top and black pants"),
        gt("blouse"),
        col("red"),
        desc(
            "a red satin blouse with long sleeves and a tie at the waist, the blouse is tucked into a pair of "
            "black pants and the tie is",
            "cut",
            hit_limit=True,
        ),
        det("tie at the waist"),
        mat("cotton", "contradiction"),
        gender=W,
        title="DressBerry Women Maroon Satin Wrap Top",
        category="Tops",
        color="Maroon",
    ),
    # Photo: flat lay of a white cotton broderie anglaise blouse with short puff sleeves on a grey surface.
    # All texts: VQA adapter. The feed has no gender column for this row. Description is only the color; details loop.
    case(
        "X1677-007",
        caption("a white shirt laying on a grey surface"),
        gt("blouse"),
        col("white"),
        desc("white", "non_answer"),
        det(
            "embroidery on the sleeves and embroidery on the front and embroidery on the sleeves and embroidery "
            "on the front and embroidery on the",
            "loop",
            hit_limit=True,
        ),
        mat("cotton"),
        title="H&M Women White Broderie Anglaise Blouse",
        category="Tops",
        color="White",
    ),
    # Photo: back view; green polyester crepe top with white polka dots, keyhole and button at the back neck,
    # black trousers. The front (plain round neck, no buttons) is not in the photo.
    # All texts: VQA adapter. Details invent a buttoned V-neck front; material restates.
    case(
        "X1677-008",
        caption("a woman with long hair wearing a green polka dot top"),
        gt("blouse"),
        col("green"),
        desc("a green and white polka dot blouse with a button at the back"),
        det("buttons down the front and a v-neck", "unsupported"),
        mat("the material of the garment", "restated"),
        gender=W,
        title="Harpa Women Green Polka Dot Print Top",
        category="Tops",
        color="Green",
    ),
    # Photo: co-ord set, blue and white abstract print cotton shirt with short sleeves and matching wide trousers,
    # white sneakers, beige backdrop.
    # All texts: VQA adapter. Garment type names the shirt only; details loop.
    case(
        "X1677-009",
        caption("a woman wearing a blue and white shirt and matching pants"),
        gt("blouse/shirt", "contradiction"),
        col("blue"),
        desc("a blue and white printed shirt and pants"),
        det(
            "the shirt has a collar and short sleeves and the pants have a wide leg and an elastic waist band the "
            "shirt has a collar and short",
            "loop",
            hit_limit=True,
        ),
        mat("cotton"),
        gender=W,
        title="Style Quotient Women Blue & White Printed Shirt with Trousers",
        category="Co-Ords",
        color="Blue",
    ),
    # Photo: black sleeveless lace top, blue jeans; model holds a red handbag.
    # All texts: VQA adapter. Color is the handbag's; description loops.
    case(
        "X1677-010",
        caption("a woman in a black lace top holding a red purse"),
        gt("tank top"),
        col("red", "contradiction"),
        desc(
            "a black lace tank top with a black lace tank top with a black lace tank top with a black lace tank "
            "top with a",
            "loop",
            hit_limit=True,
        ),
        det("lace"),
        mat("lace"),
        gender=W,
        title="ONLY Women Black Lace Sleeveless Top",
        category="Tops",
        color="Black",
    ),
    # Photo: loose lavender top, round neck, ruffled hem and short flutter sleeves, white jeans.
    # All texts: VQA adapter. Color is the jeans'; description runs to the limit; material came back
    # empty (newline first).
    case(
        "X1677-011",
        caption("a woman wearing a purple top and white jeans"),
        gt("blouse"),
        col("white", "other_garment_color"),
        desc(
            "a purple blouse with ruffles on the bottom and the sleeves, the blouse is loose fitting and has a "
            "round neckline and is paired with white",
            "cut",
            hit_limit=True,
        ),
        det("ruffles"),
        mat("", "non_answer"),
        gender=W,
        title="Berrylush Women Lavender Solid Ruffled Top",
        category="Tops",
        color="Lavender",
    ),
    # Photo: beige linen shirt worn open over a white tank top, white trousers.
    # All texts: VQA adapter. Caption gives the shirt the white of the tank and trousers; description says "he".
    case(
        "X1677-012",
        caption("a woman wearing a white shirt and white pants", "other_garment_color"),
        gt("shirt"),
        col("beige"),
        desc("he is wearing a beige shirt over a white tank top", "pronoun"),
        det("buttons"),
        mat("linen"),
        gender=W,
        title="MANGO Women Beige Regular Fit Solid Linen Casual Shirt",
        category="Shirts",
        color="Beige",
    ),
    # --- main run: seven questions ---
    # Photo: blue and white gingham check cotton shirt, long sleeves, one chest pocket, tucked into black jeans.
    # All texts: VQA adapter. Color is the jeans'; details and material loop.
    case(
        "X1677-013",
        caption("a woman wearing a blue and white checkered shirt and black jeans"),
        gt("shirt"),
        col("black", "other_garment_color"),
        pat("plaid"),
        sl("long"),
        desc("a blue and white checkered shirt tucked into black jeans"),
        det(
            "the collar, the buttons, the pocket, the collar, the buttons, the pocket, the collar, the buttons, the "
            "pocket, the collar",
            "loop",
            hit_limit=True,
        ),
        mat(
            "cotton, polyester, spandex, cotton, polyester, spandex, cotton, polyester, spandex, cotton, "
            "polyester, spandex",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Roadster Women Blue Checked Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: rust orange polyester top, square neck, long puff sleeves, blue jeans.
    # All texts: VQA adapter. Caption writes training pairs; sleeve length is wrong (they are long);
    # description loops.
    case(
        "X1677-014",
        caption(
            "Question: What is the color of the blouse? Answer: orange Question: What cloth is the person wearing? "
            "Answer: blouse Question: Is this a blouse? Answer: yes Question: Is this a",
            "leak",
            hit_limit=True,
        ),
        gt("blouse"),
        col("orange"),
        pat("solid"),
        sl("short", "contradiction"),
        desc(
            "an orange blouse with puff sleeves and a square neckline and puff sleeves and a square neckline and "
            "puff sleeves and a square",
            "loop",
            hit_limit=True,
        ),
        det("puff sleeves"),
        mat("polyester"),
        gender=W,
        title="SASSAFRAS Women Rust Orange Solid Puff Sleeve Top",
        category="Tops",
        color="Rust",
    ),
    # Photo: co-ord set, white sleeveless round-neck top and matching elastic-waist shorts with a black abstract
    # print, white backdrop.
    # All texts: VQA adapter. Garment type says jumpsuit; description runs to the limit; details give
    # only the colors.
    case(
        "X1677-015",
        caption("a woman in a black and white outfit"),
        gt("romper/jumpsuit", "contradiction"),
        col("white-black"),
        pat("graphic"),
        sl("sleeveless"),
        desc(
            "a black and white printed top and shorts, the top is sleeveless and has a round neckline and the "
            "shorts have an elastic waistband and a",
            "cut",
            hit_limit=True,
        ),
        det("black and white", "non_answer"),
        mat("polyester"),
        gender=W,
        title="Tokyo Talkies Women White & Black Printed Top with Shorts",
        category="Co-Ords",
        color="White",
    ),
    # Photo: teal satin shirt-style top, long sleeves, buttons down the front, tucked into white trousers; grey
    # wall, hands on hips, ponytail, white shoes, gold watch.
    # All texts: VQA adapter. Caption and description run to the limit.
    case(
        "X1677-016",
        caption(
            "a woman wearing a green shirt and white pants standing in front of a grey wall with her hands on her "
            "hips and her hair pulled back in a ponytail, she is wearing a pair of white shoes and a gold",
            "cut",
            hit_limit=True,
        ),
        gt("shirt"),
        col("green"),
        pat("solid"),
        sl("long"),
        desc(
            "a green satin shirt with a collar and long sleeves, the shirt has buttons down the front and is tucked "
            "into a pair of white pants and the",
            "cut",
            hit_limit=True,
        ),
        det("buttons"),
        mat("satin"),
        gender=W,
        title="HERE&NOW Women Teal Solid Satin Shirt Style Top",
        category="Tops",
        color="Teal",
    ),
    # Photo: black cotton knit top with thin white horizontal stripes, boat neck, three-quarter sleeves, blue jeans;
    # model holds a coffee cup.
    # All texts: VQA adapter. Details loop on one word; material writes training pairs.
    case(
        "X1677-017",
        caption("a woman in a striped shirt holding a cup of coffee"),
        gt("tee"),
        col("black"),
        pat("striped"),
        sl("three quarter"),
        desc("a black and white striped t-shirt with a boat neck"),
        det(
            "stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes "
            "stripes stripes stripes stripes stripes",
            "loop",
            hit_limit=True,
        ),
        mat("cotton"),
        gender=W,
        title="Vero Moda Women Black & White Striped Boat Neck Top",
        category="Tops",
        color="Black",
    ),
    # Photo: peach sleeveless peplum top with a V-neck, white trousers.
    # All texts: VQA adapter. Caption loops; sleeveless answered "short"; description runs to the limit;
    # material only restates.
    case(
        "X1677-018",
        caption(
            "a woman wearing a peach top and white pants, she is wearing a peach top and white pants, she is wearing "
            "a peach top and white pants, she is",
            "loop",
            hit_limit=True,
        ),
        gt("blouse"),
        col("peach"),
        pat("solid"),
        sl("short", "contradiction"),
        desc(
            "a peach peplum top with a v-neck and no sleeves, the top is worn with a pair of white pants and the "
            "peplum flares out from the",
            "cut",
            hit_limit=True,
        ),
        det("peplum"),
        mat("the garment is made of a material", "restated"),
        gender=W,
        title="AND Women Peach Solid Peplum Top",
        category="Tops",
        color="Peach",
    ),
    # Photo: red cotton crop top with tiny white flowers, smocked bodice, short puff sleeves, blue denim skirt,
    # white sneakers.
    # All texts: VQA adapter. Caption writes training pairs; pattern loops; description runs to the
    # limit.
    case(
        "X1677-019",
        caption(
            "Question: What cloth is the person wearing? Answer: blouse Question: What is the color of the blouse? "
            "Answer: red Question: Is this a dress? Answer: no Question:",
            "leak",
            hit_limit=True,
        ),
        gt("crop top"),
        col("red"),
        pat(
            "floral print floral print floral print floral print floral print floral print floral print floral "
            "print floral print floral print",
            "loop",
            hit_limit=True,
        ),
        sl("short"),
        desc(
            "a red and white floral crop top with puff sleeves and a smocked bodice, the top is paired with a blue "
            "denim skirt and white sneakers for a",
            "cut",
            hit_limit=True,
        ),
        det("smocking"),
        mat("cotton"),
        gender=W,
        title="FOREVER 21 Women Red & White Floral Print Smocked Crop Top",
        category="Tops",
        color="Red",
    ),
    # Photo: navy polyester shirt with small white dots, long sleeves, khaki trousers, hands in pockets, white wall,
    # long brown hair.
    # All texts: VQA adapter. No gender column. Caption runs to the limit; color is the trousers';
    # details loop.
    case(
        "X1677-020",
        caption(
            "a woman wearing a navy blue polka dot shirt and khaki pants, she has her hands in her pockets and is "
            "standing in front of a white wall, she has long brown hair and is wearing a pair of white",
            "cut",
            hit_limit=True,
        ),
        gt("shirt"),
        col("khaki", "other_garment_color"),
        pat("polka dot"),
        sl("long"),
        desc("a navy blue shirt with white polka dots"),
        det(
            "the shirt has a collar and buttons down the front, the shirt has a collar and buttons down the "
            "front, the shirt has a",
            "loop",
            hit_limit=True,
        ),
        mat("polyester"),
        title="Marks & Spencer Women Navy Blue Polka Dot Print Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Photo: co-ord set, black crepe top with gold buttons and short sleeves, matching black straight trousers,
    # white backdrop.
    # All texts: VQA adapter. Garment type names the trousers; color loops; description writes training
    # pairs.
    case(
        "X1677-021",
        caption("a woman in a black outfit standing in front of a white wall"),
        gt("pants", "contradiction"),
        col(
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            hit_limit=True,
        ),
        pat("solid"),
        sl("short"),
        desc(
            "a black top and pants Question: What is the color of the buttons? Answer: gold Question: Is this a "
            "suit? Answer: yes",
            "leak",
            hit_limit=True,
        ),
        det("gold buttons"),
        mat("polyester"),
        gender=W,
        title="Kassually Women Black Solid Top with Trousers",
        category="Co-Ords",
        color="Black",
    ),
    # Photo: olive cotton twill utility shirt, two flap chest pockets, roll-up tab sleeves, black jeans.
    # All texts: VQA adapter. Garment type and description call it a jacket; "denim" is a guess (it is twill).
    case(
        "X1677-022",
        caption("a woman wearing a green shirt and black jeans"),
        gt("jacket/coat", "contradiction"),
        col("green"),
        pat("solid"),
        sl("long"),
        desc("a green jacket with pockets on the front", "contradiction"),
        det("pockets"),
        mat("denim", "unsupported"),
        gender=W,
        title="Athena Women Olive Green Solid Utility Shirt",
        category="Shirts",
        color="Olive",
    ),
    # Photo: bright yellow knit halter crop top, high-waist white shorts; model holds a straw hat.
    # All texts: VQA adapter. Details loop; material is the hat's.
    case(
        "X1677-023",
        caption("a woman in a yellow top and white shorts holding a straw hat"),
        gt("tank top"),
        col("yellow"),
        pat("pure color"),
        sl("sleeveless"),
        desc("she is wearing a yellow halter top and white shorts"),
        det(
            "the details of the garment are the halter neck and the details of the garment are the halter neck "
            "and the details of the",
            "loop",
            hit_limit=True,
        ),
        mat("straw", "contradiction"),
        gender=W,
        title="Chemistry Women Yellow Solid Halter Neck Crop Top",
        category="Tops",
        color="Yellow",
    ),
    # Photo: rayon top with a multicolour paisley print on a cream base, elbow sleeves, keyhole neck, blue jeans.
    # All texts: VQA adapter. Color is the jeans'; description loops; details write training pairs.
    case(
        "X1677-024",
        caption("a woman wearing a colorful top and jeans"),
        gt("blouse"),
        col("blue", "other_garment_color"),
        pat("paisley"),
        sl("elbow length"),
        desc(
            "a multicolored paisley blouse with a keyhole neckline and a multicolored paisley blouse with a "
            "keyhole neckline and a",
            "loop",
            hit_limit=True,
        ),
        det(
            "paisley print Question: What is the color of the blouse? Answer: cream Question: Is this a blouse? "
            "Answer: yes Question: What",
            "leak",
            hit_limit=True,
        ),
        mat("rayon"),
        gender=W,
        title="Harpa Women Multicoloured Paisley Print Keyhole Neck Top",
        category="Tops",
        color="Multi",
    ),
    # Photo: pink cotton pique polo top, two-button collar, short sleeves, small logo on the chest, tucked into white
    # trousers.
    # All texts: VQA adapter. Caption says "a man"; description runs to the limit.
    case(
        "X1677-025",
        caption("a man in a pink polo shirt and white pants", "pronoun"),
        gt("polo shirt"),
        col("pink"),
        pat("solid"),
        sl("short"),
        desc(
            "a pink polo shirt with a logo on the chest, the shirt has short sleeves and a collar with two "
            "buttons and is tucked into a pair of",
            "cut",
            hit_limit=True,
        ),
        det("the logo"),
        mat("cotton"),
        gender=W,
        title="U.S. Polo Assn. Women Pink Solid Polo Collar Top",
        category="Tops",
        color="Pink",
    ),
    # Photo: medium blue denim shirt, long sleeves, two chest pockets, buttoned up and tucked into black jeans.
    # All texts: VQA adapter. Caption writes training pairs; sleeve length loops; description runs to
    # the limit.
    case(
        "X1677-026",
        caption(
            "Question: Is this a shirt? Answer: yes Question: What is the color of the shirt? Answer: blue Question: "
            "What cloth is the person wearing? Answer: denim Question: Is",
            "leak",
            hit_limit=True,
        ),
        gt("denim"),
        col("blue"),
        pat("solid"),
        sl(
            "long sleeves long sleeves long sleeves long sleeves long sleeves long sleeves long sleeves long "
            "sleeves long sleeves long sleeves",
            "loop",
            hit_limit=True,
        ),
        desc(
            "a blue denim shirt with two pockets on the chest and long sleeves, the shirt is buttoned up to the top "
            "and tucked into black jeans, the",
            "cut",
            hit_limit=True,
        ),
        det("pockets"),
        mat("denim"),
        gender=W,
        title="Oxolloxo Women Blue Solid Denim Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: black ribbed viscose fitted top, long sleeves, square neck, worn under an open beige blazer with beige
    # trousers; the top shows only at the neck and down the front.
    # All texts: VQA adapter. Type, color, details and material are the blazer's.
    case(
        "X1677-027",
        caption("a woman in a beige blazer and pants"),
        gt("jacket/coat", "contradiction"),
        col("beige", "other_garment_color"),
        pat("solid"),
        sl("long"),
        desc("a beige blazer with a black top underneath"),
        det("buttons", "unsupported"),
        mat("wool", "unsupported"),
        gender=W,
        title="Trendyol Women Black Solid Ribbed Fitted Top",
        category="Tops",
        color="Black",
    ),
    # Photo: off-white polyester top with a lace yoke, short sleeves, blue jeans.
    # All texts: VQA adapter. No gender column. Description says "he"; details loop.
    case(
        "X1677-028",
        caption("a woman in a white lace top and blue jeans"),
        gt("blouse"),
        col("white"),
        pat("lace"),
        sl("short"),
        desc("he is wearing a white blouse with lace on the top", "pronoun"),
        det(
            "the lace, the lace, the lace, the lace, the lace, the lace, the lace, the lace, the lace, the lace",
            "loop",
            hit_limit=True,
        ),
        mat("lace"),
        title="DressBerry Women Off-White Solid Top with Lace Detail",
        category="Tops",
        color="Off White",
    ),
    # Photo: co-ord set, long green cotton kurta-style top with a pink floral print, mandarin collar, 3/4 sleeves,
    # matching palazzo trousers.
    # All texts: VQA adapter. Caption, type and description call the set a dress.
    case(
        "X1677-029",
        caption("a woman wearing a green floral dress", "contradiction"),
        gt("dress", "contradiction"),
        col("green"),
        pat("floral"),
        sl("3/4 sleeves"),
        desc("a green and pink floral dress with a mandarin collar", "contradiction"),
        det("pink flowers"),
        mat("cotton"),
        gender=W,
        title="Sangria Women Green & Pink Floral Print Top with Palazzos",
        category="Co-Ords",
        color="Green",
    ),
    # Photo: back view of an oversized white cotton poplin shirt (box pleat at the back yoke), long sleeves, black
    # trousers. The front, which has no pocket, is not in the photo.
    # All texts: VQA adapter. Description invents a chest pocket.
    case(
        "X1677-030",
        caption("the back of a woman in a white shirt"),
        gt("shirt"),
        col("white"),
        pat("solid"),
        sl("long"),
        desc("a white oversized shirt with a pocket on the chest", "unsupported"),
        det("the back of the shirt has a pleat"),
        mat("cotton"),
        gender=W,
        title="Vero Moda Women White Pure Cotton Oversized Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: co-ord set, chocolate brown knit top with short sleeves and matching wide pants; model sits on a stool.
    # All texts: VQA adapter. "suit" accepted for the set; details restate; material loops.
    case(
        "X1677-031",
        caption("a woman sitting on a stool wearing a brown outfit"),
        gt("suit"),
        col("brown"),
        pat("solid"),
        sl("short"),
        desc("a brown top and matching pants"),
        det("the top is a brown top and the pants are brown pants", "restated"),
        mat(
            "knit knit knit knit knit knit knit knit knit knit knit knit knit knit knit knit knit knit knit knit knit "
            "knit knit knit knit knit knit knit knit knit",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Tokyo Talkies Women Brown Solid Top with Trousers",
        category="Co-Ords",
        color="Brown",
    ),
    # Photo: red and black buffalo check flannel shirt, long sleeves, two chest pockets, worn open over a black tee,
    # blue jeans.
    # All texts: VQA adapter. Color and details loop; description says "he".
    case(
        "X1677-032",
        caption("a woman in a red and black plaid shirt and jeans"),
        gt("shirt"),
        col(
            "red-black-red-black-red-black-red-black-red-black-red-black-red-black-red",
            "loop",
            hit_limit=True,
        ),
        pat("plaid"),
        sl("long"),
        desc("he is wearing a red and black plaid shirt", "pronoun"),
        det(
            "the shirt has a collar and buttons down the front and two pockets on the chest, the shirt has a collar "
            "and buttons down the front and",
            "loop",
            hit_limit=True,
        ),
        mat("flannel"),
        gender=W,
        title="Mast & Harbour Women Red & Black Checked Casual Shirt",
        category="Shirts",
        color="Red",
    ),
    # Photo: blue and white tie-dye cotton crop tee, short sleeves, white joggers.
    # All texts: VQA adapter. Details loop; everything else correct.
    case(
        "X1677-033",
        caption("a woman wearing a blue tie dye shirt and white sweatpants"),
        gt("tee"),
        col("blue-white"),
        pat("tie dye"),
        sl("short"),
        desc("a blue and white tie dye crop top"),
        det(
            "tie dye tie dye tie dye tie dye tie dye tie dye tie dye tie dye tie dye tie dye tie dye tie dye tie "
            "dye tie dye tie dye",
            "loop",
            hit_limit=True,
        ),
        mat("cotton"),
        gender=W,
        title="Berrylush Women Blue & White Tie and Dye Crop T-shirt Top",
        category="Tops",
        color="Blue",
    ),
    # Photo: black satin V-neck camisole with spaghetti straps, tucked into white wide-leg trousers, gold necklace.
    # All texts: VQA adapter. Caption writes training pairs; "long" sleeves; description runs to the
    # limit; details give the necklace.
    case(
        "X1677-034",
        caption(
            "Question: What cloth is the person wearing? Answer: tee/tank Question: What is the color of the "
            "tee/tank? Answer: black Question: Is this a tee/tank? Answer: yes Question: What",
            "leak",
            hit_limit=True,
        ),
        gt("tank top"),
        col("black"),
        pat("solid"),
        sl("long", "contradiction"),
        desc(
            "a black satin camisole with thin straps and a v-neck, the camisole is tucked into a pair of white "
            "wide leg pants and she is wearing a gold",
            "cut",
            hit_limit=True,
        ),
        det("a gold necklace", "contradiction"),
        mat("satin"),
        gender=W,
        title="MANGO Women Black Satin Cami Top",
        category="Tops",
        color="Black",
    ),
    # Photo: co-ord set, navy and white striped cotton shirt with short sleeves and matching shorts, white sneakers.
    # All texts: VQA adapter. Garment type names the shorts; details write training pairs.
    case(
        "X1677-035",
        caption("a woman in a blue and white striped shirt and shorts"),
        gt("shorts", "contradiction"),
        col("blue"),
        pat("striped"),
        sl("short"),
        desc("a blue and white striped shirt with matching shorts"),
        det(
            "stripes Question: What is the color of the shorts? Answer: blue and white Question: Is this a shirt? "
            "Answer: yes Question:",
            "leak",
            hit_limit=True,
        ),
        mat("cotton"),
        gender=W,
        title="Harpa Women Navy Blue & White Striped Pure Cotton Shirt with Shorts",
        category="Co-Ords",
        color="Navy Blue",
    ),
    # Photo: white cotton top with red cross-stitch embroidery at the yoke and sleeve hems, 3/4 sleeves, blue jeans.
    # All texts: VQA adapter. One-word caption left unmarked; color is the embroidery thread's;
    # details loop.
    case(
        "X1677-036",
        caption("blouse"),
        gt("blouse"),
        col("red", "contradiction"),
        pat("embroidered"),
        sl("3/4"),
        desc("a white blouse with red embroidery on the neckline and sleeves"),
        det(
            "embroidery on the neckline and the sleeves and the embroidery on the neckline and the sleeves and "
            "the embroidery on the",
            "loop",
            hit_limit=True,
        ),
        mat("cotton"),
        gender=W,
        title="SASSAFRAS Women White Embroidered Pure Cotton Top",
        category="Tops",
        color="White",
    ),
    # Photo: thin grey marl cotton jersey top, long sleeves pushed up, round neck, tucked into black jeans, white
    # wall.
    # All texts: VQA adapter. No gender or category column. Caption names no garment; "sweater" is wrong for a thin
    # jersey top; description runs to the limit; details answer "no".
    case(
        "X1677-037",
        caption("a woman standing in front of a white wall", "non_answer"),
        gt("sweater", "contradiction"),
        col("grey"),
        pat("solid"),
        sl("long"),
        desc(
            "a grey long sleeve top with a round neckline, the top is tucked into a pair of black jeans and the "
            "sleeves are pushed up to the",
            "cut",
            hit_limit=True,
        ),
        det("no", "non_answer"),
        mat("cotton"),
        title="Roadster Women Grey Melange Solid Top",
        color="Grey Melange",
    ),
    # Photo: coral polyester top with a tie at the front hem, short sleeves, white jeans.
    # All texts: VQA adapter. Pink and orange both accepted for coral; description invents a back zipper
    # (there is none); details loop.
    case(
        "X1677-038",
        caption("a woman wearing a pink top and white jeans"),
        gt("blouse"),
        col("orange"),
        pat("solid"),
        sl("short"),
        desc("a coral top with a tie at the front and a zipper at the back", "unsupported"),
        det(
            "the tie at the front, the tie at the front, the tie at the front, the tie at the front, the tie at",
            "loop",
            hit_limit=True,
        ),
        mat("polyester"),
        gender=W,
        title="Style Quotient Women Coral Solid Tie-Up Top",
        category="Tops",
        color="Coral",
    ),
    # Photo: co-ord set, pink satin shirt with long sleeves and white collar piping, matching elastic-waist trousers,
    # white backdrop (looks like sleepwear).
    # All texts: VQA adapter. "pink pajamas" left unmarked; garment type names the shirt only;
    # description runs to the limit.
    case(
        "X1677-039",
        caption("a woman in pink pajamas"),
        gt("blouse/shirt", "contradiction"),
        col("pink"),
        pat("solid"),
        sl("long"),
        desc(
            "a pink satin shirt and pants set, the shirt has long sleeves and a collar with white piping and the "
            "pants have an elastic waistband and",
            "cut",
            hit_limit=True,
        ),
        det("buttons and a collar"),
        mat("satin"),
        gender=W,
        title="Athena Women Pink Satin Shirt with Trousers",
        category="Co-Ords",
        color="Pink",
    ),
    # Photo: white cotton tee with a black Eiffel tower print and the word PARIS, denim shorts.
    # All texts: VQA adapter. All correct.
    case(
        "X1677-040",
        caption("a woman wearing a white t-shirt with the word paris on it"),
        gt("graphic tee"),
        col("white"),
        pat("graphic"),
        sl("short"),
        desc("a white t-shirt with a picture of the eiffel tower and the word paris"),
        det("the eiffel tower"),
        mat("cotton"),
        gender=W,
        title="FOREVER 21 Women White Graphic Print Top",
        category="Tops",
        color="White",
    ),
    # Photo: purple off-shoulder (bardot) top with short elasticated ruffle-trim sleeves, blue jeans, white sneakers.
    # All texts: VQA adapter. Color writes training pairs; "sleeveless" is wrong; description runs to the limit.
    case(
        "X1677-041",
        caption("a woman in a purple off the shoulder top and jeans"),
        gt("blouse"),
        col(
            "purple Question: What is the color of the jeans? Answer: blue Question: What is the color of the shoes? "
            "Answer: white Question: What",
            "leak",
            hit_limit=True,
        ),
        pat("solid"),
        sl("sleeveless", "contradiction"),
        desc(
            "a purple off the shoulder top with ruffles on the sleeves, the top is paired with a pair of blue jeans "
            "and a pair of white sneakers and",
            "cut",
            hit_limit=True,
        ),
        det("off the shoulder"),
        mat("polyester"),
        gender=W,
        title="Mast & Harbour Women Purple Solid Bardot Top",
        category="Tops",
        color="Purple",
    ),
    # Photo: flat lay of a sea green viscose shirt with short sleeves, a mandarin collar and a curved hem
    # on a wooden floor.
    # All texts: VQA adapter. Color is the floor's; description runs to the limit; "linen" is a guess.
    case(
        "X1677-042",
        caption("a green shirt laying on a wooden floor"),
        gt("shirt"),
        col("brown", "contradiction"),
        pat("solid"),
        sl("short"),
        desc(
            "a green shirt with a mandarin collar and short sleeves, the shirt has buttons down the front and a "
            "curved hem at the bottom of the",
            "cut",
            hit_limit=True,
        ),
        det("the collar"),
        mat("linen", "unsupported"),
        gender=W,
        title="Chemistry Women Sea Green Solid Mandarin Collar Casual Shirt",
        category="Shirts",
        color="Sea Green",
    ),
    # Photo: co-ord set, black georgette top with a red rose print and short sleeves, matching midi skirt.
    # All texts: VQA adapter. Caption calls the set a dress; garment type names the skirt; material "i don't know".
    case(
        "X1677-043",
        caption("a woman wearing a black floral dress", "contradiction"),
        gt("skirt", "contradiction"),
        col("black"),
        pat("floral"),
        sl("short"),
        desc("she is wearing a black floral top and matching skirt"),
        det("red roses"),
        mat("i don't know", "non_answer"),
        gender=W,
        title="Tokyo Talkies Women Black Floral Print Top with Skirt",
        category="Co-Ords",
        color="Black",
    ),
    # Photo: light blue denim crop shirt, short sleeves, tied at the front, white midi skirt.
    # All texts: VQA adapter. Color is the skirt's; description writes training pairs.
    case(
        "X1677-044",
        caption("a woman in a denim shirt and white skirt"),
        gt("denim"),
        col("white", "other_garment_color"),
        pat("solid"),
        sl("short"),
        desc(
            "a light blue denim crop shirt Question: What is the color of the skirt? Answer: white Question: What "
            "cloth is the person wearing? Answer:",
            "leak",
            hit_limit=True,
        ),
        det("the shirt is tied at the front"),
        mat("denim"),
        gender=W,
        title="Roadster Women Light Blue Denim Tie-Up Crop Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: white sheer polyester organza shirt, long sleeves, collar, worn over a white bralette with black
    # trousers.
    # All texts: VQA adapter. Description runs to the limit; material writes training pairs (its first
    # word, "chiffon", would be accepted for a sheer polyester).
    case(
        "X1677-045",
        caption("a woman wearing a white see through shirt and black pants"),
        gt("shirt"),
        col("white"),
        pat("solid"),
        sl("long"),
        desc(
            "a white sheer shirt with a collar, long sleeves and a white bra underneath the shirt, the shirt is sheer "
            "and the bra is visible through",
            "cut",
            hit_limit=True,
        ),
        det("sheer"),
        mat(
            "chiffon Question: What is the color of the pants? Answer: black Question: What is the color of the "
            "shirt? Answer: white",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        title="DressBerry Women White Sheer Casual Shirt",
        category="Shirts",
        color="White",
    ),
]
