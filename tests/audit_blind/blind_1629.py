"""BLIND_1629 (46 products; Myntra women's tops, shirts and co-ords, VQA adapter free generation): written blind in the
sixty-seventh session. Measured blind at 0f3a531 (the session's first rules): 101/112 failures found (90.2%) and
11/204 correct texts flagged (5.4%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's tops, shirts, a few tunics and co-ord sets (title, category as Myntra's article
type, color as its base colour, gender; a column missing now and then). Photos are the usual catalog shots: a model on
a plain white, grey or beige backdrop wearing the product with jeans, trousers, shorts or a skirt; one flat lay, one
back view, now and then a prop (bag, hat, sunglasses). enrich ran its default questionnaire (garment type, color,
pattern, sleeve length, description, details, material) with free generation on Salesforce/blip2-opt-2.7b plus the
VQA adapter leoreigoto/Data3_V3_BLIP2_VQA, greedy, 30 new tokens. No caption is stored: the job does not caption in
this configuration. A few products have fewer answers (the job dropped questions that errored for them).
Who wrote what: every text is the VQA adapter's free generation, decoded after the prompt and stripped. Lowercase, no
final period, as the adapter writes. Because the adapter was trained with unmasked labels and no end token, the long
questions (description, details) often run to the 30-token limit, looping or stopping mid-phrase, and sometimes go on
into a new "Question: ... Answer:" turn. Short questions usually come back as one or two words, but the adapter only
ever learned color, "what cloth" and yes/no questions: it answers "yes" or a color to pattern, sleeve and material
questions, and now and then a short answer loops ("purple purple ...") or leaks a new turn.
Labeling conventions and judgement calls: near hues of the seller's base colour count as right (peach -> pink, maroon ->
red, rust -> orange, teal -> blue, cream/off white -> white, lavender -> purple, mustard -> yellow, navy -> blue); navy
answered "black" is wrong (contradiction). A color that belongs to the jeans, trousers or inner layer is
other_garment_color; the trousers given the top's color in a description is contradiction. For a co-ord set, naming
either piece (shirt, pants, skirt, shorts) is a right garment type; naming a garment that is not in the set (jumpsuit)
is a contradiction, as is "dress" for a tunic top and "jacket" for a shirt worn open. A pattern answered with a color,
the garment's name or "denim", a material answered with a color or a pattern, "yes" to a question that is not yes/no,
"the sleeves" and an empty answer are non_answer; "made of a material" and "made of the material of the garment" are
restated. A wrong sleeve length or a "solid" for a printed product is contradiction, even where only the photo shows it
(3/4 sleeves answered "long"). Material answers that fit what the photo and title show (jersey -> cotton, sheer ->
chiffon) are right; a fabric the photo and title do not support (denim for a cotton twill shirt, silk for a catalog
"satin", the leather of the trousers for a jersey top) is unsupported, as are invented details (a pocket, a bow, a
zipper, ripped knees, buttons the back view cannot show). A text that ran to the limit gets hit_limit=True and one
label: loop when it repeats, cut when it stops mid-phrase, leak when it opened a new Question/Answer turn (a leak that
stopped short has no hit_limit). Run-on descriptions that list real accessories before stopping mid-phrase are cut.
"man"/"he" for the women's model is pronoun.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import case

gt, col, pat, slv = Q.garment_type, Q.color, Q.pattern, Q.sleeve_length
desc, det, mat = Q.description, Q.details, Q.material

BLIND_1629 = [
    # Photo: model in a black boxy crew-neck short-sleeve top, light blue jeans, white backdrop. All texts: VQA adapter.
    case(
        "X1629-001",
        gt("top"),
        col(
            "black Question: What is the color of the jeans? Answer: blue Question: What is the color of the top?"
            " Answer: black",
            "leak",
            hit_limit=True,
        ),
        pat("solid"),
        slv("short"),
        desc("a black top with a round neck and short sleeves"),
        det(
            "the sleeves, the neckline, the hem, the sleeves, the neckline, the hem, the sleeves, the neckline,"
            " the hem, the",
            "loop",
            hit_limit=True,
        ),
        mat("cotton"),
        gender="Women",
        title="Roadster Women Black Solid Boxy Top",
        category="Tops",
        color="Black",
    ),
    # Photo: white collared shirt, sleeves down, tucked into black trousers with a black belt, black loafers, beige
    # backdrop; one chest pocket. All texts: VQA adapter. Color answer is the trousers'; pattern answered with the
    # garment's name.
    case(
        "X1629-002",
        gt("shirt"),
        col("black", "other_garment_color"),
        pat("shirt", "non_answer"),
        slv("long"),
        desc(
            "a white shirt with a collar and a button down front and black pants and a black belt and a pair of"
            " black shoes and a black",
            "cut",
            hit_limit=True,
        ),
        det(
            "the shirt has a pocket on the chest and a pocket on the chest and a pocket on the chest and a pocket on"
            " the",
            "loop",
            hit_limit=True,
        ),
        mat("cotton"),
        gender="Women",
        title="HERE&NOW Women White Regular Fit Solid Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: navy georgette top with small white polka dots and flutter sleeves, white jeans. All texts: VQA adapter;
    # all right.
    case(
        "X1629-003",
        gt("blouse"),
        col("blue"),
        pat("polka dot"),
        slv("short"),
        desc("a blue blouse with white polka dots and white pants"),
        det("ruffled sleeves"),
        mat("polyester"),
        gender="Women",
        title="Tokyo Talkies Women Navy Blue Printed Top",
        category="Tops",
        color="Navy Blue",
    ),
    # Photo: pink sleeveless top with a smocked yoke, front view, grey trousers; no bow anywhere. All texts: VQA
    # adapter.
    case(
        "X1629-004",
        gt("tank top"),
        col("pink"),
        pat("solid"),
        slv("short", "contradiction"),
        desc("a pink top with a ruffle on the neck and a pink bow on the back", "unsupported"),
        det(
            "the top has a ruffle on the neck and a ruffle on the sleeves and a ruffle on the hem and a ruffle on the",
            "loop",
            hit_limit=True,
        ),
        mat("pink", "non_answer"),
        gender="Women",
        title="SASSAFRAS Women Pink Self Design Top",
        category="Tops",
        color="Pink",
    ),
    # Photo: olive cotton-twill utility shirt with two flap chest pockets and roll-up tabs, tucked into blue jeans.
    # All texts: VQA adapter.
    case(
        "X1629-005",
        gt("shirt"),
        col("green"),
        pat("solid"),
        slv(
            "long sleeves long sleeves long sleeves long sleeves long sleeves long sleeves long sleeves long"
            " sleeves long sleeves long sleeves long sleeves long sleeves long sleeves long sleeves long sleeves",
            "loop",
            hit_limit=True,
        ),
        desc(
            "the shirt is a green shirt with a pocket on the chest and a pocket on the chest and a pocket on the chest"
            " and a",
            "loop",
            hit_limit=True,
        ),
        det("pockets on the chest"),
        mat("denim", "unsupported"),
        gender="Women",
        title="Mast & Harbour Women Olive Green Solid Shirt Style Top",
        category="Tops",
        color="Olive",
    ),
    # Photo: mustard cotton top with white floral block print, 3/4 sleeves, matching mustard palazzos. All texts: VQA
    # adapter.
    case(
        "X1629-006",
        gt("blouse"),
        col("yellow"),
        pat("yes", "non_answer"),
        slv("3/4"),
        desc("a yellow blouse with a white floral print and yellow pants"),
        det(
            "the blouse is a yellow blouse with a white floral print and the pants are yellow with a white floral"
            " print and the",
            "cut",
            hit_limit=True,
        ),
        mat("cotton"),
        gender="Women",
        title="Anouk Women Mustard Yellow & White Printed Top with Palazzos",
        category="Co-Ords",
        color="Mustard",
    ),
    # Photo: red wrap top with small white flowers, short puff sleeves, tie at the waist, black jeans. All texts: VQA
    # adapter. Color answer is the jeans'.
    case(
        "X1629-007",
        gt("blouse"),
        col("black", "other_garment_color"),
        pat("floral"),
        slv(
            "short sleeves Question: What is the color of the jeans? Answer: black Question: What is the color of"
            " the top? Answer: red",
            "leak",
            hit_limit=True,
        ),
        desc("a woman in a red floral top and black jeans"),
        det("a tie at the waist"),
        mat("red", "non_answer"),
        gender="Women",
        title="Berrylush Women Red Floral Print Wrap Top",
        category="Tops",
        color="Red",
    ),
    # Photo: lavender square-neck top with long puff sleeves, white trousers. All texts: VQA adapter.
    case(
        "X1629-008",
        gt("blouse"),
        col("purple"),
        pat("purple", "non_answer"),
        slv("long"),
        desc(
            "a purple blouse with white pants and a purple blouse with white pants and a purple blouse with white"
            " pants and a purple",
            "loop",
            hit_limit=True,
        ),
        det("the blouse has a square neckline and puffy sleeves"),
        mat("the blouse is made of a material", "restated"),
        gender="Women",
        title="DressBerry Women Lavender Solid Top with Puff Sleeves",
        category="Tops",
        color="Lavender",
    ),
    # Photo: light-wash denim shirt with two chest pockets, worn open over a white tee, black jeans. All texts: VQA
    # adapter. "jacket" for the shirt worn open; the color answer is the tee's.
    case(
        "X1629-009",
        gt("jacket", "contradiction"),
        col("white", "other_garment_color"),
        pat("solid"),
        slv("long"),
        desc("a blue denim shirt over a white t-shirt and black jeans"),
        det("two pockets on the chest and buttons"),
        mat("denim"),
        gender="Women",
        title="Levis Women Blue Solid Denim Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: white boat-neck knit top with thin black horizontal stripes, 3/4 sleeves, red trousers, white sneakers,
    # a white tote on the shoulder, white backdrop. All texts: VQA adapter.
    case(
        "X1629-010",
        gt("t-shirt"),
        col("white"),
        pat("striped"),
        slv("three quarter"),
        desc(
            "a white and black striped shirt with red pants and a pair of white shoes and a white bag and the"
            " woman is standing in front of a white",
            "cut",
            hit_limit=True,
        ),
        det(
            "the shirt is a striped shirt with a striped shirt and a striped shirt and a striped shirt and a striped"
            " shirt and",
            "loop",
            hit_limit=True,
        ),
        mat("cotton"),
        gender="Women",
        title="Vero Moda Women White & Black Striped Top",
        category="Tops",
        color="White",
    ),
    # Photo: black satin shirt, long sleeves, white wide-leg trousers, model holds a black clutch. All texts: VQA
    # adapter. Color answer is the trousers'; details runs into a new Question/Answer turn.
    case(
        "X1629-011",
        gt("shirt"),
        col("white", "other_garment_color"),
        pat("black", "non_answer"),
        slv("long"),
        desc("a black shirt with a white pants and a black bag"),
        det("collar and buttons Question: What is the color of the pants? Answer: white", "leak"),
        mat("satin"),
        gender="Women",
        title="ONLY Women Black Solid Satin Casual Shirt",
        category="Shirts",
        color="Black",
    ),
    # Photo: BACK VIEW of a peach sleeveless peplum top with a keyhole and one button at the nape, blue jeans. All
    # texts: VQA adapter. Nothing of the front is visible, so "buttons on the front" is invented.
    case(
        "X1629-012",
        gt("blouse"),
        col("pink"),
        pat(
            "solid Question: What is the pattern of the jeans? Answer: solid Question: What is the pattern of the"
            " top? Answer: solid",
            "leak",
            hit_limit=True,
        ),
        slv("sleeveless"),
        desc("the back of a woman wearing a pink top and blue jeans"),
        det("buttons on the front", "unsupported"),
        mat("cotton"),
        gender="Women",
        title="Harpa Women Peach-Coloured Solid Peplum Top",
        category="Tops",
        color="Peach",
    ),
    # Photo: maroon and black checked flannel shirt worn open over a black tank, black jeans; long hair, clearly a
    # woman. All texts: VQA adapter.
    case(
        "X1629-013",
        gt("shirt"),
        col(
            "red and black and red and black and red and black and red and black and red and black and red and"
            " black and red and black and red and black",
            "loop",
            hit_limit=True,
        ),
        pat("plaid"),
        slv("long"),
        desc("a man in a red and black plaid shirt and black pants", "pronoun"),
        det(
            "the shirt is a red and black plaid shirt with a black shirt underneath and a black shirt underneath and a"
            " black",
            "loop",
            hit_limit=True,
        ),
        mat("flannel"),
        gender="Women",
        title="Roadster Women Maroon & Black Checked Flannel Casual Shirt",
        category="Shirts",
        color="Maroon",
    ),
    # Photo: green and white tropical leaf print camp-collar shirt with matching drawstring trousers. All texts: VQA
    # adapter.
    case(
        "X1629-014",
        gt("pants"),
        col("green"),
        pat("green", "non_answer"),
        slv("short"),
        desc("a woman wearing a green and white shirt and pants with a leaf print"),
        det(
            "the shirt has a collar and buttons and the pants have a drawstring and the pants have a drawstring and"
            " the pants have",
            "loop",
            hit_limit=True,
        ),
        mat(
            "the shirt is made of polyester and the pants are made of polyester and the shirt is made of"
            " polyester and the pants are",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Tokyo Talkies Women Green & White Tropical Printed Shirt with Trousers",
        category="Co-Ords",
        color="Green",
    ),
    # Photo: white ribbed sleeveless crop top, high-waist blue jeans. The feed row has no color column. All texts:
    # VQA adapter. Color answer is the jeans'.
    case(
        "X1629-015",
        gt("tank top"),
        col("blue", "other_garment_color"),
        pat("solid"),
        slv("sleeveless"),
        desc(
            "a white crop top with blue jeans and a white crop top with blue jeans and a white crop top with blue"
            " jeans and a",
            "loop",
            hit_limit=True,
        ),
        mat("cotton"),
        gender="Women",
        title="Styli Women White Ribbed Crop Top",
        category="Tops",
    ),
    # Photo: rust off-shoulder top with long sleeves and ruffled hem, white shorts, model holds a straw hat. All texts:
    # VQA adapter.
    case(
        "X1629-016",
        gt("yes", "non_answer"),
        col("orange"),
        pat("solid"),
        slv(
            "long sleeves and ruffles and long sleeves and ruffles and long sleeves and ruffles and long sleeves"
            " and ruffles and long sleeves",
            "loop",
            hit_limit=True,
        ),
        desc("a woman wearing an orange off the shoulder top and white shorts holding a hat"),
        det(
            "ruffles on the sleeves and the hem and the ruffles on the sleeves and the hem and the ruffles on the"
            " sleeves and",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="FabAlley Women Rust Solid Off-Shoulder Ruffled Top",
        category="Tops",
        color="Rust",
    ),
    # Photo: white shirt with thin black pinstripes, no pocket, blue jeans. All texts: VQA adapter. The pocket is
    # invented.
    case(
        "X1629-017",
        gt(
            "shirt Question: Is this a shirt? Answer: yes Question: Is this a blouse? Answer: no Question: Is this a",
            "leak",
            hit_limit=True,
        ),
        col("white and black"),
        pat("striped"),
        slv("long sleeve"),
        desc("a white and black striped shirt with a collar and buttons"),
        det("the shirt has a pocket on the left side", "unsupported"),
        mat("cotton"),
        gender="Women",
        title="MANGO Women White & Black Pinstriped Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: teal top with a keyhole neck and cap sleeves, black trousers. All texts: VQA adapter.
    case(
        "X1629-018",
        gt("yes", "non_answer"),
        col("blue"),
        pat("solid"),
        slv("short"),
        desc(
            "the blouse is blue and the pants are black and the blouse is blue and the pants are black and the blouse"
            " is",
            "loop",
            hit_limit=True,
        ),
        det("keyhole neckline"),
        mat("blue", "non_answer"),
        gender="Women",
        title="Kassually Women Teal Blue Solid Keyhole Neck Top",
        category="Tops",
        color="Teal",
    ),
    # Photo: off-white cotton top with white schiffli embroidery, 3/4 sleeves (below the elbow), no pockets, blue
    # jeans. All texts: VQA adapter.
    case(
        "X1629-019",
        gt("blouse"),
        col("white"),
        pat("white", "non_answer"),
        slv("long", "contradiction"),
        desc(
            "a white blouse with lace and blue jeans and a white blouse with lace and blue jeans and a white"
            " blouse with lace and",
            "loop",
            hit_limit=True,
        ),
        det("the blouse has lace on the sleeves and the neckline and the hem and the pockets", "unsupported"),
        mat("cotton"),
        gender="Women",
        title="Chemistry Women Off-White Schiffli Embroidered Top",
        category="Tops",
        color="Off White",
    ),
    # Photo: navy shirt with a mandarin collar, tucked into tan trousers. All texts: VQA adapter. Navy read as black
    # in the color answer, while the description has it right.
    case(
        "X1629-020",
        gt("shirt"),
        col("black", "contradiction"),
        pat("solid"),
        slv("long"),
        desc("a woman wearing a dark blue shirt and tan pants"),
        det("mandarin collar and buttons"),
        mat(
            "cotton and polyester and cotton and polyester and cotton and polyester and cotton and polyester and"
            " cotton and polyester and cotton and polyester",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="AND Women Navy Blue Solid Mandarin Collar Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Photo: black ribbed sleeveless crop top and matching black midi skirt with a side slit, white sneakers. All
    # texts: VQA adapter. Material answered with the sneakers' color.
    case(
        "X1629-021",
        gt("skirt"),
        col("black"),
        pat("solid"),
        slv("the sleeves", "non_answer"),
        desc(
            "a black crop top and a black skirt and white sneakers and a black crop top and a black skirt and"
            " white sneakers and a black",
            "loop",
            hit_limit=True,
        ),
        det("the skirt has a slit on the side"),
        mat("white", "non_answer"),
        gender="Women",
        title="SASSAFRAS Women Black Ribbed Crop Top with Midi Skirt",
        category="Co-Ords",
        color="Black",
    ),
    # Photo: FLAT LAY of a mustard short-sleeve jersey top on a white surface; no person, no jeans. All texts: VQA
    # adapter.
    case(
        "X1629-022",
        gt("yes", "non_answer"),
        col("yellow"),
        pat("solid"),
        slv("short"),
        desc("a yellow shirt on a white background"),
        det("a woman wearing a yellow shirt and a pair of jeans", "unsupported"),
        mat("cotton"),
        gender="Women",
        title="Ketch Women Mustard Yellow Solid Regular Top",
        category="Tops",
        color="Mustard",
    ),
    # Photo: blue and white tie-dye short-sleeve shirt with matching shorts. All texts: VQA adapter.
    case(
        "X1629-023",
        gt("shirt"),
        col(
            "blue and white and blue and white and blue and white and blue and white and blue and white and blue"
            " and white and blue and white and blue and white",
            "loop",
            hit_limit=True,
        ),
        pat("tie dye"),
        slv("yes", "non_answer"),
        desc("a blue and white tie dye shirt and shorts set"),
        det(
            "the shirt is a tie dye shirt and the shorts are tie dye shorts and the shirt is a tie dye shirt and the",
            "loop",
            hit_limit=True,
        ),
        mat("cotton"),
        gender="Women",
        title="Zima Leto Women Blue & White Tie-Dye Shirt with Shorts",
        category="Co-Ords",
        color="Multi",
    ),
    # Photo: cream linen shirt with one chest pocket, sleeves down, denim shorts. All texts: VQA adapter. Details opens
    # a new turn about the shorts and runs to the limit.
    case(
        "X1629-024",
        gt("blouse"),
        col("white"),
        pat("white", "non_answer"),
        slv("long"),
        desc("a white shirt with a collar and a pocket and a pair of denim shorts"),
        det(
            "a pocket on the chest Question: What are the details of the shorts? Answer: the shorts are denim shorts"
            " with a frayed",
            "leak",
            hit_limit=True,
        ),
        mat("linen"),
        gender="Women",
        title="Marks & Spencer Women Cream Pure Linen Casual Shirt",
        category="Shirts",
        color="Cream",
    ),
    # Photo: black sheer polka-dot top over a black camisole, long sleeves, blue jeans. All texts: VQA adapter; all
    # right.
    case(
        "X1629-025",
        gt("blouse"),
        col("black"),
        pat("polka dot"),
        slv("long"),
        desc("a woman wearing a black polka dot blouse and blue jeans"),
        det("sheer sleeves"),
        mat("chiffon"),
        gender="Women",
        title="Harpa Women Black Polka Dot Sheer Top",
        category="Tops",
        color="Black",
    ),
    # Photo: white short-sleeve shirt with a blue floral print, plain (not ripped) blue jeans. All texts: VQA adapter.
    case(
        "X1629-026",
        gt("shirt"),
        col("white"),
        pat("solid", "contradiction"),
        slv("short"),
        desc("a white shirt with blue flowers and blue jeans"),
        det("the shirt has a collar and a pocket and the jeans have a hole in the knee", "unsupported"),
        mat("cotton"),
        gender="Women",
        title="Roadster Women White & Blue Floral Printed Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: hot pink ruched jersey top, long sleeves, black leather trousers. All texts: VQA adapter. Material is the
    # trousers'.
    case(
        "X1629-027",
        gt("top"),
        col("pink"),
        pat("pink", "non_answer"),
        slv("long sleeve Question: How long are the pants? Answer: long", "leak"),
        desc("a pink top with black leather pants"),
        det(
            "the top is ruched on the sides and the pants are leather and the top is ruched on the sides and the pants"
            " are",
            "loop",
            hit_limit=True,
        ),
        mat("leather", "unsupported"),
        gender="Women",
        title="Athena Women Pink Solid Ruched Fitted Top",
        category="Tops",
        color="Pink",
    ),
    # Photo: beige single-breasted blazer and matching trousers over a white tee. All texts: VQA adapter. Color answer
    # is the inner tee's.
    case(
        "X1629-028",
        gt("jacket"),
        col("white", "other_garment_color"),
        pat("beige", "non_answer"),
        slv("long"),
        desc("a woman in a beige suit with a white shirt"),
        det(
            "the jacket has buttons and a pocket and the pants are beige and the pants are beige and the pants are"
            " beige and",
            "loop",
            hit_limit=True,
        ),
        mat("polyester"),
        gender="Women",
        title="Kazo Women Beige Solid Blazer with Trousers",
        category="Co-Ords",
        color="Beige",
    ),
    # Photo: blue and white vertical striped shirt, long sleeves buttoned at the wrist, knotted at the waist, white
    # shorts, sunglasses, white sneakers, a white bag. All texts: VQA adapter.
    case(
        "X1629-029",
        gt("shirt"),
        col("blue and white"),
        pat("striped"),
        slv("short", "contradiction"),
        desc(
            "a woman wearing a blue and white striped shirt and white shorts and sunglasses and a pair of white"
            " sneakers and a white bag and a pair of",
            "cut",
            hit_limit=True,
        ),
        det("the shirt is tied at the waist"),
        mat("cotton"),
        gender="Women",
        title="Mast & Harbour Women Blue & White Striped Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: black sleeveless top with small red and white flowers, blue jeans. All texts: VQA adapter.
    case(
        "X1629-030",
        gt("tank top"),
        col("blue", "other_garment_color"),
        pat("floral"),
        slv("sleeveless"),
        desc("she is wearing a black floral top and jeans"),
        det(
            "the flowers are red and white and the flowers are red and white and the flowers are red and white and the"
            " flowers",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Tokyo Talkies Women Black Floral Print Sleeveless Top",
        category="Tops",
        color="Black",
    ),
    # Photo: sea green top with a gathered neckline and 3/4 sleeves (ending below the elbow), white trousers. All
    # texts: VQA adapter. "long" is wrong only by the photo; the description gives the trousers the top's green,
    # the material answer is the trousers' white.
    case(
        "X1629-031",
        gt("blouse"),
        col("green"),
        pat("solid"),
        slv("long", "contradiction"),
        desc("a green blouse with green pants", "contradiction"),
        det("gathers at the neckline"),
        mat("white", "non_answer"),
        gender="Women",
        title="Vishudh Women Sea Green Solid Top",
        category="Tops",
        color="Sea Green",
    ),
    # Photo: white broderie anglaise blouse, short puff sleeves, blue jeans; cropped at the chin, so no face shows.
    # All texts: VQA adapter.
    case(
        "X1629-032",
        gt("blouse"),
        col("white Question: What is the color of the jeans? Answer: blue", "leak"),
        pat("lace"),
        slv("short"),
        desc("a man in a white shirt and blue jeans", "pronoun"),
        det("the blouse has holes in it"),
        mat("cotton"),
        gender="Women",
        title="H&M Women White Broderie Anglaise Blouse",
        category="Tops",
        color="White",
    ),
    # Photo: lilac satin long-sleeve shirt with matching straight trousers. All texts: VQA adapter. A two-piece
    # answered "jumpsuit"; "silk" for a catalog satin.
    case(
        "X1629-033",
        gt("jumpsuit", "contradiction"),
        col(
            "purple purple purple purple purple purple purple purple purple purple purple purple purple purple"
            " purple purple purple purple purple purple purple purple purple purple purple purple purple purple"
            " purple purple",
            "loop",
            hit_limit=True,
        ),
        pat("solid"),
        slv("long"),
        desc("a purple satin shirt and purple pants"),
        det("the shirt has a collar and buttons"),
        mat("silk", "unsupported"),
        gender="Women",
        title="Berrylush Women Lavender Satin Shirt with Trousers",
        category="Co-Ords",
        color="Lavender",
    ),
    # Photo: yellow top with a small black-and-white geometric print, round neck with no bow, short sleeves, black
    # trousers. All texts: VQA adapter. The color answer loops to the limit.
    case(
        "X1629-034",
        gt("blouse"),
        col(
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow"
            " yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow",
            "loop",
            hit_limit=True,
        ),
        pat("geometric"),
        slv("short"),
        desc("a yellow blouse with a black and white pattern and black pants"),
        det("a bow at the neck", "unsupported"),
        mat("yellow", "non_answer"),
        gender="Women",
        title="Marie Claire Women Yellow Geometric Printed Top",
        category="Tops",
        color="Yellow",
    ),
    # Photo: red shirt with a red collar and one chest pocket, untucked over black jeans. All texts: VQA adapter.
    case(
        "X1629-035",
        gt("shirt"),
        col("red"),
        pat("red", "non_answer"),
        slv("long"),
        desc("a red shirt with a white collar", "unsupported"),
        det("the shirt has buttons on the front and a pocket on the chest"),
        mat("cotton"),
        gender="Women",
        title="Campus Sutra Women Red Solid Casual Shirt",
        category="Shirts",
        color="Red",
    ),
    # Photo: front view of a black sleeveless top with a lace yoke, white trousers; the back is not shown. All texts:
    # VQA adapter.
    case(
        "X1629-036",
        gt("blouse Question: Is this a blouse? Answer: yes", "leak"),
        col("white", "other_garment_color"),
        pat("lace"),
        slv("sleeveless"),
        desc("a woman in a black top and white pants"),
        det("lace on the top and a zipper on the back", "unsupported"),
        mat("lace"),
        gender="Women",
        title="DressBerry Women Black Lace Yoke Sleeveless Top",
        category="Tops",
        color="Black",
    ),
    # Photo: pink and white gingham crop shirt with matching shorts, white sneakers, white handbag on the arm. All
    # texts: VQA adapter.
    case(
        "X1629-037",
        gt("shorts"),
        col("pink"),
        pat("checked"),
        slv("short"),
        desc(
            "a woman wearing a pink and white checkered shirt and matching shorts with a pair of white sneakers and a"
            " white handbag in her",
            "cut",
            hit_limit=True,
        ),
        det("the details of the garment", "non_answer"),
        gender="Women",
        title="Femella Women Pink & White Gingham Checked Shirt with Shorts",
        category="Co-Ords",
        color="Pink",
    ),
    # Photo: charcoal grey long-sleeve jersey top, black skirt. The feed row has no gender column. All texts: VQA
    # adapter.
    case(
        "X1629-038",
        gt("tee"),
        col("grey"),
        pat("solid"),
        slv("long"),
        desc("a grey shirt and a black skirt"),
        det("he is wearing a grey shirt and a black skirt", "pronoun"),
        mat("the garment is made of the material of the garment", "restated"),
        title="Roadster Women Charcoal Grey Solid Top",
        category="Tops",
        color="Grey",
    ),
    # Photo: off-white short-sleeve shirt with a blue floral print and matching palazzos. All texts: VQA adapter.
    case(
        "X1629-039",
        gt("shirt"),
        col("white"),
        pat(
            "floral floral floral floral floral floral floral floral floral floral floral floral floral floral"
            " floral floral floral floral floral floral floral floral floral floral floral floral floral floral"
            " floral floral",
            "loop",
            hit_limit=True,
        ),
        slv("short"),
        desc(
            "the shirt is white with blue flowers and the pants are white with blue flowers and the shirt is white with"
            " blue flowers and",
            "loop",
            hit_limit=True,
        ),
        det(
            "Question: What is the color of the pants? Answer: white Question: What is the color of the shirt? Answer:"
            " white",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="InWeave Women Off White & Blue Floral Printed Shirt with Palazzos",
        category="Co-Ords",
        color="Off White",
    ),
    # Photo: maroon velvet wrap top, long sleeves, black trousers. All texts: VQA adapter. Details came back empty.
    case(
        "X1629-040",
        gt("blouse"),
        col("black", "other_garment_color"),
        pat("solid"),
        slv("long"),
        desc("a red velvet top with black pants"),
        det("", "non_answer"),
        mat("velvet"),
        gender="Women",
        title="Ginger by Lifestyle Women Maroon Solid Velvet Wrap Top",
        category="Tops",
        color="Maroon",
    ),
    # Photo: white oversized shirt with one chest pocket, black shorts. All texts: VQA adapter; all right.
    case(
        "X1629-041",
        gt("shirt"),
        col("white"),
        pat("solid"),
        slv("long"),
        desc("a woman wearing a white shirt and black shorts"),
        det("the shirt has a collar and buttons and a pocket"),
        mat("cotton"),
        gender="Women",
        title="Tokyo Talkies Women White Solid Oversized Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: blue floral top with a tie-up neck and flared long sleeves, white jeans. All texts: VQA adapter. Color
    # answer is the jeans'.
    case(
        "X1629-042",
        gt("blouse"),
        col("white", "other_garment_color"),
        pat("floral"),
        slv("long"),
        desc("a blue floral blouse and white jeans"),
        det("tie at the neck and flared sleeves"),
        mat("floral", "non_answer"),
        gender="Women",
        title="Sera Women Blue Floral Print Tie-Up Neck Top",
        category="Tops",
        color="Blue",
    ),
    # Photo: black halter-neck top (no sleeves), beige trousers, cropped at the waist. All texts: VQA adapter.
    case(
        "X1629-043",
        gt("tank top"),
        col("black"),
        pat("black", "non_answer"),
        slv("short", "contradiction"),
        desc("a black halter top"),
        det(
            "the top has a halter neck and a halter neck and a halter neck and a halter neck and a halter neck and a",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="MANGO Women Black Solid Halter Neck Top",
        category="Tops",
        color="Black",
    ),
    # Photo: light-wash denim long-sleeve shirt with chest pockets and matching frayed denim shorts. All texts: VQA
    # adapter.
    case(
        "X1629-044",
        gt(
            "denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim"
            " denim denim denim denim denim denim denim denim denim denim denim denim denim denim",
            "loop",
            hit_limit=True,
        ),
        col("blue"),
        pat("denim", "non_answer"),
        slv("long"),
        desc("a woman in a denim shirt and denim shorts"),
        det(
            "the shirt has pockets and the shorts are frayed at the bottom of the shorts and the shorts are frayed at"
            " the bottom",
            "loop",
            hit_limit=True,
        ),
        mat("denim"),
        gender="Women",
        title="Roadster Women Blue Washed Denim Shirt with Shorts",
        category="Co-Ords",
        color="Blue",
    ),
    # Photo: full-length shot, white shirt-style top with a black abstract print, short sleeves, tucked into black
    # trousers, black heels. All texts: VQA adapter.
    case(
        "X1629-045",
        gt("shirt"),
        col("white and black"),
        pat("abstract"),
        slv("short"),
        desc(
            "a white shirt with black print and black pants and a pair of black heels and the shirt is tucked into the"
            " pants and the",
            "cut",
            hit_limit=True,
        ),
        mat("cotton"),
        det("the shirt is tucked into the pants"),
        gender="Women",
        title="FabAlley Women White & Black Abstract Printed Shirt Style Top",
        category="Tops",
        color="White",
    ),
    # Photo: navy printed longline tunic to mid-thigh, 3/4 sleeves, white leggings; Myntra files it under "Tunics".
    # All texts: VQA adapter. "dress" for the tunic, which the description calls a top.
    case(
        "X1629-046",
        gt("dress", "contradiction"),
        col("blue"),
        pat("blue", "non_answer"),
        slv("3/4"),
        desc("a blue printed top with white leggings"),
        det(
            "the sleeves the neckline the hem the sleeves the neckline the hem the sleeves the neckline the hem the"
            " sleeves the",
            "loop",
            hit_limit=True,
        ),
        mat("cotton"),
        gender="Women",
        title="Vishudh Women Navy Blue Printed Longline Tunic",
        category="Tunics",
        color="Navy Blue",
    ),
]
