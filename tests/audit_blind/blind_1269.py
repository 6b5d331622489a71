"""BLIND_1269 (45 products; Myntra women's tops and co-ords, VQA adapter): written blind in the sixty-second session.
Measured blind at 75d2b57 (the session's seventh rules): 90/104 failures found (86.5%) and 18/196 correct texts
flagged (9.2%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's western wear, article types Tops, Shirts and Co-Ords, base colours as Myntra
spells them (Navy Blue, Mustard, Rust, Multi...). Photos are the catalog's usual first image: a model on a plain
grey, white or beige backdrop wearing the product with jeans, trousers, shorts or a skirt; one flat lay, two back
views, a few props (sunglasses, a straw bag, a tote, a coffee cup, a stool). Every product got enrich's default
questionnaire: garment type, color, pattern, sleeve length (the closed ones stored closed, raw text kept because the
answers were free generation, not ranked candidates), description, details and material. Some products lack some
answers (the job dropped texts that came back empty), and a few rows lack a catalog column (gender, category or
color), as Myntra exports do.
Who wrote what: every text is leoreigoto/Data3_V3_BLIP2_VQA (one epoch of VQA pairs, unmasked labels, no terminator
learned) on Salesforce/blip2-opt-2.7b, 8-bit, greedy, `Question: ... Answer:` prompts, 30 new tokens, stopping on
newline or eos when the model emits one. No caption: this run did not caption. The adapter answers the In-shop
vocabulary it was trained on (blouse, tee, tank, shirt, denim, romper, sweater, "black and white"...), so it is at
its best on garment type and color and worst on the questions it never saw (pattern, details, material): there it
answers a color, runs on until the limit, loops, or starts writing the next `Question:` itself.
Labeling conventions and judgement calls: a text is wrong when the imagined photo or the title says otherwise.
Shade families count as right: "red" for Maroon, "purple" for Lavender, "white" for Cream, "orange" for Rust,
"blue" for Navy Blue. A color that belongs to the bottoms, the layer underneath or a prop is other_garment_color.
For a co-ord set, naming both pieces ("shirt and shorts", "top and skirt") is right; "dress", "romper" or one piece
alone ("pants") is contradiction, as is any other wrong garment class (sweater for a velvet top, jacket for a
shirt worn open). A wrong pattern or sleeve length is contradiction even when only the photo shows it (rolled-up long
sleeves answered "short", 3/4 sleeves answered "long", a ribbed knit answered "striped"). A color given to the
pattern or details question, a word that is no answer to its question ("satin" for the pattern, "no" for the sleeve
length, "fabric" for the material), or the question's own words back, is non_answer (restated when it echoes the
question). Material: a plausible reading of what is seen (cotton for a jersey tee, chiffon for georgette, satin for a
glossy shirt) is right; a fabric the title names otherwise is contradiction; a fabric the photo does not support
(silk for a matte crepe, denim for twill, wool for a viscose rib) is unsupported, as are invented details (a slit, a
lace-up back nobody can see, a ruffled hem on a plain hem). Every text that ran to the 30-token limit is marked
hit_limit and labelled loop when it repeats, leak when it writes a new `Question:`/`Answer:`, cut otherwise; when a
run-on text also holds a wrong fact, the run-on kind is the label. "he"/"a man" for the model is pronoun even if the
rest is right. Answers that mention the bottoms or a prop besides the product ("and blue jeans") are not wrong.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import case

BLIND_1269 = [
    # Photo: model in a black round-neck short-sleeve fitted jersey top tucked into light-blue jeans, white sneakers,
    # grey backdrop. All texts: VQA adapter.
    case(
        "X1269-001",
        Q.garment_type("tee"),
        Q.color("black"),
        Q.pattern("black", "non_answer"),
        Q.sleeve_length("short sleeves"),
        Q.description(
            "black tee with short sleeves and a round neck and blue jeans and white sneakers and a black tee with "
            "short sleeves and a round neck and blue jeans",
            "loop",
            hit_limit=True,
        ),
        Q.details("the tee is tucked into the jeans"),
        Q.material("cotton"),
        gender="Women",
        title="Roadster Women Black Solid Regular Top",
        category="Tops",
        color="Black",
    ),
    # Photo: pink square-neck crop top with tiny white flowers, short puff sleeves, plain straight hem, white
    # wide-leg trousers, white backdrop. All texts: VQA adapter.
    case(
        "X1269-002",
        Q.garment_type("blouse"),
        Q.color("pink"),
        Q.pattern("pink and white", "non_answer"),
        Q.sleeve_length("short puff sleeves"),
        Q.description(
            "pink floral blouse with puff sleeves and a square neckline Question: Describe the pants. Answer: white "
            "wide leg pants Question: Describe the",
            "leak",
            hit_limit=True,
        ),
        Q.details("the blouse has a square neckline and puff sleeves and a ruffle at the hem", "unsupported"),
        gender="Women",
        title="SASSAFRAS Women Pink Floral Print Puff Sleeve Crop Top",
        category="Tops",
        color="Pink",
    ),
    # Photo: model with a short crop haircut in a crisp white long-sleeve cotton shirt, buttoned up, tucked into
    # black trousers, grey backdrop. All texts: VQA adapter.
    case(
        "X1269-003",
        Q.garment_type("shirt"),
        Q.color("white"),
        Q.pattern(
            "white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white white white",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        Q.description("a man wearing a white shirt and black pants", "pronoun"),
        Q.details(
            "the shirt has a collar and buttons down the front and the shirt is tucked into the pants and the shirt "
            "is tucked into the pants and the",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Women",
        title="HERE&NOW Women White Regular Fit Solid Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: green-and-white tropical leaf print boxy short-sleeve shirt with matching shorts (drawstring waist),
    # model barefoot on a beige backdrop. All texts: VQA adapter.
    case(
        "X1269-004",
        Q.garment_type("shirt and shorts"),
        Q.color(
            "green and white and green and white and green and white and green and white and green and white and "
            "green and white and green and white and green",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("floral"),
        Q.sleeve_length("short"),
        Q.description("green and white shirt and shorts with a leaf print"),
        Q.details(
            "the shirt has a collar and buttons and the shorts have a drawstring at the waist and the shirt has a "
            "leaf print and the shorts have a leaf",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Tokyo Talkies Women Green Printed Co-Ords",
        category="Co-Ords",
        color="Green",
    ),
    # Photo: navy blue wrap top with small white-and-red flowers, V neck, tie at the side of the waist, 3/4 flared
    # sleeves, worn with white jeans and white sandals, white backdrop. All texts: VQA adapter.
    case(
        "X1269-005",
        Q.garment_type("blouse"),
        Q.color("white", "other_garment_color"),
        Q.pattern("floral"),
        Q.sleeve_length("three quarter"),
        Q.description(
            "navy blue floral wrap top with a tie at the waist and three quarter sleeves and white jeans and white "
            "sandals and she is standing in front of a white wall with her",
            "cut",
            hit_limit=True,
        ),
        Q.details(
            "the blouse has a v neckline and a tie at the waist and the sleeves are three quarter length and the "
            "sleeves are three quarter length and the sleeves",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Women",
        title="Berrylush Women Navy Blue Floral Print Wrap Top",
        category="Tops",
        color="Navy Blue",
    ),
    # Photo: mustard ribbed-knit sleeveless square-neck crop top, high-waist black jeans, grey backdrop.
    # All texts: VQA adapter.
    case(
        "X1269-006",
        Q.garment_type("tank"),
        Q.color("yellow"),
        Q.pattern("striped", "contradiction"),
        Q.sleeve_length("sleeveless"),
        Q.description(
            "yellow tank top and black jeans and yellow tank top and black jeans and yellow tank top and black jeans "
            "and yellow tank top and black",
            "loop",
            hit_limit=True,
        ),
        Q.details("yellow", "non_answer"),
        gender="Women",
        title="DressBerry Women Mustard Yellow Solid Ribbed Fitted Crop Top",
        category="Tops",
        color="Mustard",
    ),
    # Photo: blue-and-white vertical striped shirt, collar, one chest pocket, long sleeves rolled up to the elbow,
    # tucked into white trousers. All texts: VQA adapter.
    case(
        "X1269-007",
        Q.garment_type("shirt"),
        Q.color("blue and white"),
        Q.pattern("striped"),
        Q.sleeve_length("short", "contradiction"),
        Q.description("blue and white striped shirt with the sleeves rolled up"),
        Q.details(
            "the shirt has a collar and a pocket on the chest and buttons down the front and the sleeves are rolled "
            "up to the elbows and the shirt is tucked into",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Women",
        title="Mast & Harbour Women Blue & White Striped Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: glossy black satin shirt, long sleeves, collar, tucked into beige trousers, white backdrop.
    # All texts: VQA adapter.
    case(
        "X1269-008",
        Q.garment_type("shirt"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length(
            "long sleeve shirt long sleeve shirt long sleeve shirt long sleeve shirt long sleeve shirt long sleeve "
            "shirt long sleeve shirt long sleeve shirt long sleeve shirt long sleeve",
            "loop",
            hit_limit=True,
        ),
        Q.description("black shirt"),
        Q.details(
            "Question: What are the details of the garment? Answer: the shirt is black Question: What are the "
            "details of the garment? Answer: the shirt",
            "leak",
            hit_limit=True,
        ),
        Q.material("cotton", "contradiction"),
        gender="Women",
        title="Vero Moda Women Black Satin Shirt",
        category="Shirts",
        color="Black",
    ),
    # Photo: white cotton top with eyelet (schiffli) embroidery all over, round neck, short flutter sleeves, denim
    # shorts, white backdrop. All texts: VQA adapter.
    case(
        "X1269-009",
        Q.garment_type("blouse"),
        Q.color("white"),
        Q.pattern("white", "non_answer"),
        Q.sleeve_length("short"),
        Q.description("white blouse with lace on the front"),
        Q.details(
            "the blouse has a round neckline and short sleeves and lace on the sleeves and lace on the hem and lace "
            "on the sleeves and lace on the hem and lace on the",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="ONLY Women White Schiffli Embroidered Top",
        category="Tops",
        color="White",
    ),
    # Photo: maroon velvet long-sleeve top, square neck, puffed shoulders, black mini skirt, grey backdrop.
    # All texts: VQA adapter.
    case(
        "X1269-010",
        Q.garment_type("sweater", "contradiction"),
        Q.color("red"),
        Q.pattern("maroon", "non_answer"),
        Q.sleeve_length(
            "long sleeves long sleeves long sleeves long sleeves long sleeves long sleeves long sleeves long sleeves "
            "long sleeves long sleeves long sleeves long sleeves long sleeves long sleeves long sleeves",
            "loop",
            hit_limit=True,
        ),
        Q.description("maroon top with long sleeves and a square neck"),
        Q.material("velvet"),
        gender="Women",
        title="StyleStone Women Maroon Velvet Top",
        category="Tops",
        color="Maroon",
    ),
    # Photo: peach georgette top, keyhole neck with a button, long sheer sleeves with elasticated cuffs, mid-blue
    # jeans, white backdrop. All texts: VQA adapter.
    case(
        "X1269-011",
        Q.garment_type("blouse"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("peach blouse with long sleeves"),
        Q.details(
            "the blouse has a keyhole neckline with a button and the sleeves are sheer and the sleeves have elastic "
            "at the cuffs and the blouse is tucked into the",
            "cut",
            hit_limit=True,
        ),
        Q.material("chiffon"),
        gender="Women",
        title="Harpa Women Peach-Coloured Georgette Top",
        category="Tops",
        color="Peach",
    ),
    # Photo: beige linen-look boxy short-sleeve shirt with matching wide-leg trousers (elastic drawstring waist),
    # brown sandals, a straw bag on the model's arm, beige backdrop. All texts: VQA adapter.
    case(
        "X1269-012",
        Q.garment_type("pants", "contradiction"),
        Q.color("beige"),
        Q.pattern("beige", "non_answer"),
        Q.sleeve_length("short"),
        Q.description("beige shirt and pants and a straw bag"),
        Q.details(
            "the shirt has a collar and buttons down the front and short sleeves and the pants have an elastic waist "
            "with a drawstring and wide legs and she is holding a",
            "cut",
            hit_limit=True,
        ),
        Q.material("linen"),
        gender="Women",
        title="SASSAFRAS Women Beige Solid Linen Co-Ords",
        category="Co-Ords",
        color="Beige",
    ),
    # Photo: olive cotton-twill utility shirt with two flap chest pockets and roll-up sleeve tabs, worn open over a
    # white tank, blue jeans, grey backdrop. All texts: VQA adapter.
    case(
        "X1269-013",
        Q.garment_type("jacket", "contradiction"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description(
            "green jacket with two pockets on the chest and a white tank top and blue jeans and a green jacket with "
            "two pockets on the chest and a white",
            "loop",
            hit_limit=True,
        ),
        Q.details("the shirt has two pockets on the chest with flaps"),
        Q.material("denim", "unsupported"),
        gender="Women",
        title="Roadster Women Olive Green Utility Shirt",
        category="Shirts",
        color="Olive",
    ),
    # Photo: flat lay on light grey: a white long-sleeve linen-blend shirt, collar, buttons, no model.
    # All texts: VQA adapter.
    case(
        "X1269-014",
        Q.garment_type("shirt"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.sleeve_length(
            "long sleeves Question: How long is the shirt? Answer: long Question: How long are the sleeves? Answer: "
            "long sleeves Question:",
            "leak",
            hit_limit=True,
        ),
        Q.description("a white shirt laid out on a table"),
        Q.details("white", "non_answer"),
        Q.material("linen"),
        gender="Women",
        title="H&M Women White Linen-Blend Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: red sleeveless halter-neck top with a tiered ruffle front, black jeans, the model holds sunglasses,
    # white backdrop. All texts: VQA adapter.
    case(
        "X1269-015",
        Q.garment_type("tank"),
        Q.color("red"),
        Q.pattern("red", "non_answer"),
        Q.sleeve_length("sleeveless"),
        Q.description(
            "red top with ruffles Question: What is the color of the jeans? Answer: black Question: What is the color "
            "of the sunglasses? Answer: black",
            "leak",
            hit_limit=True,
        ),
        Q.details(
            "the top has ruffles on the front and the top has ruffles on the front and the top has ruffles on the "
            "front and the top has",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Athena Women Red Ruffled Top",
        category="Tops",
        color="Red",
    ),
    # Photo: lavender matte crepe top, round neck, short sleeves tied with bows, white midi skirt, grey backdrop.
    # All texts: VQA adapter.
    case(
        "X1269-016",
        Q.garment_type("blouse"),
        Q.color("purple"),
        Q.pattern("purple", "non_answer"),
        Q.sleeve_length(
            "short sleeves with bows short sleeves with bows short sleeves with bows short sleeves with bows short "
            "sleeves with bows short sleeves with",
            "loop",
            hit_limit=True,
        ),
        Q.description("purple blouse with bows on the sleeves"),
        Q.details("the blouse has a bow on each sleeve"),
        Q.material("silk", "unsupported"),
        gender="Women",
        title="Kassually Women Lavender Solid Top",
        category="Tops",
        color="Lavender",
    ),
    # Photo: black-and-white check sleeveless fitted top with a matching A-line mini skirt, worn together so the set
    # reads as a dress, black heels, white backdrop. All texts: VQA adapter.
    case(
        "X1269-017",
        Q.garment_type("dress", "contradiction"),
        Q.color("black and white"),
        Q.pattern("plaid"),
        Q.sleeve_length("sleeveless"),
        Q.description("black and white checkered dress", "contradiction"),
        gender="Women",
        title="AND Women Black & White Checked Co-Ords",
        category="Co-Ords",
        color="Black",
    ),
    # Photo: navy shirt with white polka dots, long sleeves, collar, tucked into camel trousers, white backdrop.
    # All texts: VQA adapter.
    case(
        "X1269-018",
        Q.garment_type("shirt"),
        Q.color("blue"),
        Q.pattern("polka dot"),
        Q.sleeve_length("long"),
        Q.description(
            "blue and white polka dot shirt and brown pants Question: What are the details of the garment? Answer: "
            "the shirt has a collar and buttons down",
            "leak",
            hit_limit=True,
        ),
        Q.details("the shirt has a collar and buttons down the front"),
        Q.material(
            "polyester Question: What is the color of the pants? Answer: brown Question: What is the color of the "
            "shirt? Answer: blue Question:",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Marks & Spencer Women Navy Blue Polka Dot Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Photo: black long-sleeve fitted crop top with a keyhole cut-out at the chest, high-waist blue jeans, grey
    # backdrop. All texts: VQA adapter.
    case(
        "X1269-019",
        Q.garment_type(
            "tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee "
            "tee tee tee tee",
            "loop",
            hit_limit=True,
        ),
        Q.color("black"),
        Q.pattern("black", "non_answer"),
        Q.sleeve_length("long"),
        Q.description("black crop top with long sleeves and a cut out on the front"),
        Q.details(
            "the top has a cut out on the chest and the jeans are high waisted and the jeans are high waisted and the "
            "jeans are high waisted and the",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Women",
        title="FOREVER 21 Women Black Cut-Out Crop Top",
        category="Tops",
        color="Black",
    ),
    # Photo: rust satin long-sleeve shirt with matching rust satin trousers (tie belt), model seated on a wooden
    # stool, beige backdrop. All texts: VQA adapter.
    case(
        "X1269-020",
        Q.garment_type("blouse and pants"),
        Q.color("orange"),
        Q.pattern("orange", "non_answer"),
        Q.sleeve_length(
            "long sleeves and long pants and long sleeves and long pants and long sleeves and long pants and long "
            "sleeves and long pants and long",
            "loop",
            hit_limit=True,
        ),
        Q.description("orange blouse and pants sitting on a stool"),
        Q.details(
            "the blouse has a collar and buttons down the front and the pants have a tie at the waist and the pants "
            "have a tie at the waist and the",
            "loop",
            hit_limit=True,
        ),
        Q.material("satin"),
        gender="Women",
        title="Qurvii Women Rust Orange Solid Satin Shirt with Trousers Co-Ords",
        category="Co-Ords",
        color="Rust",
    ),
    # Photo: teal sleeveless high-neck top with a pleated front, black trousers, white backdrop.
    # All texts: VQA adapter.
    case(
        "X1269-021",
        Q.garment_type("tank"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length(
            "sleeveless sleeveless sleeveless sleeveless sleeveless sleeveless sleeveless sleeveless sleeveless "
            "sleeveless sleeveless sleeveless sleeveless sleeveless sleeveless",
            "loop",
            hit_limit=True,
        ),
        Q.description("a woman wearing a teal top and black pants"),
        Q.details("the top has pleats on the front"),
        gender="Women",
        title="Zink London Women Teal Pleated Top",
        category="Tops",
        color="Teal",
    ),
    # Photo: top in an orange, blue and white abstract print (brush strokes, no flowers), V neck, short sleeves,
    # blue jeans, white backdrop. All texts: VQA adapter.
    case(
        "X1269-022",
        Q.garment_type("blouse"),
        Q.color("orange and blue"),
        Q.pattern("floral", "contradiction"),
        Q.sleeve_length("short"),
        Q.description(
            "orange and blue blouse with a v neck and blue jeans and orange and blue blouse with a v neck and blue "
            "jeans and orange and blue",
            "loop",
            hit_limit=True,
        ),
        Q.details(
            "the blouse has a v neckline and short sleeves and the blouse has a v neckline and short sleeves and the "
            "blouse has a v neckline and short",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Sera Women Multicoloured Abstract Print Top",
        category="Tops",
        color="Multi",
    ),
    # Photo: light pink long-sleeve formal shirt, collar, no pocket, grey trousers, grey backdrop.
    # All texts: VQA adapter.
    case(
        "X1269-023",
        Q.garment_type("shirt"),
        Q.color("pink"),
        Q.pattern("pink", "non_answer"),
        Q.sleeve_length("long"),
        Q.description(
            "pink shirt with long sleeves and a collar and buttons down the front and a pocket on the chest and a "
            "pocket on the chest and a pocket",
            "loop",
            hit_limit=True,
        ),
        Q.details("the shirt has a collar and buttons down the front"),
        Q.material("the material of the garment", "restated"),
        gender="Women",
        title="Allen Solly Woman Pink Solid Formal Shirt",
        category="Shirts",
        color="Pink",
    ),
    # Photo: back view (the catalog's first image): black-and-white pinstripe shirt, long sleeves, back yoke with a
    # box pleat, grey trousers. All texts: VQA adapter.
    case(
        "X1269-024",
        Q.garment_type("shirt"),
        Q.color("black and white"),
        Q.pattern("striped"),
        Q.sleeve_length("long"),
        Q.description(
            "black and white striped shirt from the back and grey pants and the back of the shirt has a pleat and the "
            "back of the shirt has a pleat",
            "loop",
            hit_limit=True,
        ),
        Q.details("the shirt has a pleat on the back"),
        Q.material("cotton"),
        gender="Women",
        title="Van Heusen Woman Black & White Striped Shirt",
        category="Shirts",
        color="Black",
    ),
    # Photo: green floral top with short puff sleeves and matching wide-leg palazzo pants, white backdrop.
    # All texts: VQA adapter.
    case(
        "X1269-025",
        Q.garment_type("romper", "contradiction"),
        Q.color("green"),
        Q.pattern("floral"),
        Q.sleeve_length("short"),
        Q.description("green floral top and pants"),
        Q.details("the top has puff sleeves and the pants are wide leg"),
        Q.material("fabric", "non_answer"),
        gender="Women",
        title="Style Quotient Women Green Floral Printed Co-Ords",
        category="Co-Ords",
        color="Green",
    ),
    # Photo: light-wash denim shirt with two flap pockets, long sleeves, worn open over a white tee, black jeans,
    # white sneakers, grey backdrop. All texts: VQA adapter.
    case(
        "X1269-026",
        Q.garment_type("denim jacket", "contradiction"),
        Q.color("blue"),
        Q.pattern("blue", "non_answer"),
        Q.sleeve_length("long"),
        Q.description(
            "blue denim jacket and white tee and black jeans and white sneakers Question: What are the details of "
            "the garment? Answer: the jacket has two",
            "leak",
            hit_limit=True,
        ),
        Q.details("the shirt has two pockets on the chest"),
        Q.material("denim"),
        gender="Women",
        title="Roadster Women Blue Denim Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: black halter-neck crop top, bare shoulders and arms, white linen trousers, white backdrop.
    # All texts: VQA adapter.
    case(
        "X1269-027",
        Q.garment_type("tank"),
        Q.color(
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        Q.sleeve_length("short", "contradiction"),
        Q.description("black halter top"),
        Q.details(
            "the top has a halter neck and the top has a halter neck and the top has a halter neck and the top has a "
            "halter neck",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Trendyol Women Black Halter Neck Crop Top",
        category="Tops",
        color="Black",
    ),
    # Photo: yellow top with small blue flowers, smocked bodice, round neck, 3/4 balloon sleeves, white shorts,
    # white backdrop (the feed row has no gender). All texts: VQA adapter.
    case(
        "X1269-028",
        Q.garment_type("blouse"),
        Q.color("yellow"),
        Q.pattern("floral"),
        Q.sleeve_length("three quarter"),
        Q.description("yellow floral blouse with smocking"),
        Q.details(
            "Question: What are the details of the garment? Answer: floral Question: What is the pattern of the "
            "garment? Answer: floral Question: What",
            "leak",
            hit_limit=True,
        ),
        Q.material(
            "cotton Question: What is the color of the garment? Answer: yellow Question: What is the pattern of the "
            "garment? Answer: floral",
            "leak",
            hit_limit=True,
        ),
        title="Chemistry Women Yellow Floral Print Top",
        category="Tops",
        color="Yellow",
    ),
    # Photo: black short-sleeve peplum top, round neck, blue skinny jeans, grey backdrop. All texts: VQA adapter.
    case(
        "X1269-029",
        Q.garment_type("blouse"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description(
            "black peplum top with short sleeves and blue jeans and black heels and a black peplum top with short "
            "sleeves and blue jeans and black",
            "loop",
            hit_limit=True,
        ),
        Q.details("the top has a peplum"),
        Q.material("polyester"),
        gender="Women",
        title="Miss Chase Women Black Solid Peplum Top",
        category="Tops",
        color="Black",
    ),
    # Photo: cream crochet sleeveless top over a nude lining, denim shorts, beige backdrop. All texts: VQA adapter.
    case(
        "X1269-030",
        Q.garment_type("tank"),
        Q.color("white"),
        Q.pattern("lace"),
        Q.sleeve_length("no", "non_answer"),
        Q.description("white lace tank top and denim shorts"),
        Q.details("the top is white", "non_answer"),
        Q.material("cotton"),
        gender="Women",
        title="Mish Women Cream Crochet Top",
        category="Tops",
        color="Cream",
    ),
    # Photo: purple satin camisole with a cowl neck and thin straps, straight hem, no slit, black trousers, white
    # backdrop. All texts: VQA adapter.
    case(
        "X1269-031",
        Q.garment_type("tank"),
        Q.color("purple"),
        Q.pattern("satin", "non_answer"),
        Q.sleeve_length("sleeveless"),
        Q.description("purple satin top"),
        Q.details("the top has a cowl neckline and thin straps and a slit on the side", "unsupported"),
        Q.material("satin"),
        gender="Women",
        title="Tokyo Talkies Women Purple Satin Cowl Neck Top",
        category="Tops",
        color="Purple",
    ),
    # Photo: white short-sleeve boxy shirt with black polka dots and matching shorts (elastic waist), white
    # backdrop. All texts: VQA adapter.
    case(
        "X1269-032",
        Q.garment_type("shirt and shorts"),
        Q.color(
            "black and white black and white black and white black and white black and white black and white black "
            "and white black and white black and white black",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("polka dot"),
        Q.sleeve_length("short"),
        Q.description(
            "white shirt with black polka dots and white shorts with black polka dots and white shirt with black "
            "polka dots and white shorts with black",
            "loop",
            hit_limit=True,
        ),
        Q.details("the shirt has a collar and buttons down the front and the shorts have an elastic waist"),
        gender="Women",
        title="HERE&NOW Women Black & White Printed Co-Ords",
        category="Co-Ords",
        color="White",
    ),
    # Photo: brown satin sleeveless corset top, sweetheart neck, visible boning, front view only (the back is not
    # shown; it closes with a zip), cream trousers, the model holds a coffee cup, white backdrop.
    # All texts: VQA adapter.
    case(
        "X1269-033",
        Q.garment_type("tank"),
        Q.color("brown"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        Q.description(
            "brown corset top with a sweetheart neckline and cream pants and a cup of coffee in her hand and she is "
            "standing in front of a white",
            "cut",
            hit_limit=True,
        ),
        Q.details("the top has a sweetheart neckline and a lace up back", "unsupported"),
        Q.material("polyester"),
        gender="Women",
        title="Lulu & Sky Women Brown Solid Corset Top",
        category="Tops",
        color="Brown",
    ),
    # Photo: grey melange long-sleeve round-neck fitted jersey top, black jeans, white backdrop (the feed row has no
    # category). All texts: VQA adapter.
    case(
        "X1269-034",
        Q.garment_type("tee"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("grey tee with long sleeves"),
        Q.details("the tee has a round neck and long sleeves"),
        Q.material("cotton"),
        gender="Women",
        title="Mast & Harbour Women Grey Melange Solid Top",
        color="Grey",
    ),
    # Photo: white shirt with a blue floral print, short sleeves, hem tied in a knot at the front, denim shorts,
    # long-haired model, white backdrop. All texts: VQA adapter.
    case(
        "X1269-035",
        Q.garment_type("blouse"),
        Q.color(
            "white and blue and white and blue and white and blue and white and blue and white and blue and white and "
            "blue and white and blue and",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("floral"),
        Q.sleeve_length("short"),
        Q.description("he is wearing a white shirt with blue flowers and denim shorts", "pronoun"),
        Q.details("the shirt is tied in a knot at the front"),
        Q.material("cotton"),
        gender="Women",
        title="Femella Women White Floral Print Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: black sheer mesh long-sleeve top over a black bralette, black trousers, grey backdrop.
    # All texts: VQA adapter.
    case(
        "X1269-036",
        Q.garment_type("blouse"),
        Q.color("black"),
        Q.pattern("black", "non_answer"),
        Q.sleeve_length("long"),
        Q.description("black sheer top with long sleeves"),
        Q.details(
            "the top is sheer and you can see the bra underneath the top is sheer and you can see the bra underneath "
            "the top is sheer and",
            "loop",
            hit_limit=True,
        ),
        Q.material("mesh"),
        gender="Women",
        title="Cation Women Black Sheer Mesh Top",
        category="Tops",
        color="Black",
    ),
    # Photo: blue-and-white tie-dye long-sleeve sweatshirt with matching joggers (drawstring, side pockets, ribbed
    # cuffs), white backdrop. All texts: VQA adapter.
    case(
        "X1269-037",
        Q.garment_type("sweatshirt and pants"),
        Q.color("blue"),
        Q.pattern("graphic", "contradiction"),
        Q.sleeve_length("long"),
        Q.description("blue and white tie dye sweatshirt and pants"),
        Q.details(
            "the sweatshirt has a round neck and long sleeves and ribbed cuffs and the pants have an elastic waist "
            "with a drawstring and two side pockets and ribbed",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Women",
        title="Street 9 Women Blue & White Tie-Dye Co-Ords",
        category="Co-Ords",
        color="Blue",
    ),
    # Photo: red off-shoulder top, elasticated neckline, short ruffle sleeves, blue jeans, white backdrop.
    # All texts: VQA adapter.
    case(
        "X1269-038",
        Q.garment_type("blouse"),
        Q.color(
            "red red red red red red red red red red red red red red red red red red red red red red red red red red "
            "red red red red",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless", "contradiction"),
        Q.description("red off the shoulder blouse"),
        Q.details("the blouse is off the shoulder"),
        gender="Women",
        title="Rare Women Red Off-Shoulder Top",
        category="Tops",
        color="Red",
    ),
    # Photo: green-and-white gingham shirt, long sleeves, collar, blue jeans, a brown leather tote on the model's
    # shoulder, beige backdrop. All texts: VQA adapter.
    case(
        "X1269-039",
        Q.garment_type("shirt"),
        Q.color("brown", "other_garment_color"),
        Q.pattern("plaid"),
        Q.sleeve_length("long"),
        Q.description(
            "green and white checkered shirt and blue jeans and a brown leather bag on her shoulder and she is "
            "standing in front of a beige wall and she",
            "cut",
            hit_limit=True,
        ),
        Q.details("the shirt has a collar and buttons down the front"),
        Q.material("fabric", "non_answer"),
        gender="Women",
        title="Harpa Women Green & White Checked Shirt",
        category="Shirts",
        color="Green",
    ),
    # Photo: black set with red roses: crop top with short puff sleeves and a midi skirt with a front slit, white
    # backdrop. All texts: VQA adapter.
    case(
        "X1269-040",
        Q.garment_type("top and skirt"),
        Q.color("black"),
        Q.pattern("floral"),
        Q.sleeve_length("short"),
        Q.description("black floral crop top and skirt"),
        Q.details("the top has puff sleeves and the skirt has a slit"),
        gender="Women",
        title="Athena Women Black Floral Print Co-Ords",
        category="Co-Ords",
        color="Black",
    ),
    # Photo: beige ribbed-knit (viscose look) long-sleeve mock-neck top, dark chocolate-brown trousers, white
    # backdrop. All texts: VQA adapter.
    case(
        "X1269-041",
        Q.garment_type("tee"),
        Q.color("brown", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("beige sweater with a high neck"),
        Q.details("the sweater has a high neck and long sleeves"),
        Q.material("wool", "unsupported"),
        gender="Women",
        title="Vero Moda Women Beige Ribbed Top",
        category="Tops",
        color="Beige",
    ),
    # Photo: white mandarin-collar shirt-style top with pink floral embroidery on the yoke, 3/4 sleeves with button
    # tabs, blue jeans, grey backdrop (the feed row has no color). All texts: VQA adapter.
    case(
        "X1269-042",
        Q.garment_type("blouse"),
        Q.color("white"),
        Q.pattern("embroidered"),
        Q.sleeve_length("long", "contradiction"),
        Q.description("white blouse with pink flowers embroidered on the front"),
        Q.details(
            "the blouse has a mandarin collar and buttons down the front and pink floral embroidery on the yoke and "
            "the sleeves have buttoned tabs with a small",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Women",
        title="DressBerry Women White Embroidered Shirt Style Top",
        category="Tops",
    ),
    # Photo: back view (first image): black oversized shirt, dropped shoulders, long sleeves, beige shorts, white
    # backdrop. All texts: VQA adapter.
    case(
        "X1269-043",
        Q.garment_type(
            "shirt Answer: shirt Answer: shirt Answer: shirt Answer: shirt Answer: shirt Answer: shirt Answer: "
            "shirt Answer: shirt Answer: shirt",
            "leak",
            hit_limit=True,
        ),
        Q.color("black"),
        Q.pattern("black", "non_answer"),
        Q.sleeve_length("long"),
        Q.description("black shirt"),
        Q.details("the details of the garment", "restated"),
        gender="Women",
        title="Tokyo Talkies Women Black Solid Oversized Shirt",
        category="Shirts",
        color="Black",
    ),
    # Photo: blue-and-white striped short-sleeve shirt with matching drawstring shorts (two side pockets), white
    # backdrop.
    # All texts: VQA adapter.
    case(
        "X1269-044",
        Q.garment_type("shirt and shorts"),
        Q.color("blue and white"),
        Q.pattern("striped"),
        Q.sleeve_length("short"),
        Q.description(
            "blue and white striped shirt and shorts and the shirt has a collar and buttons down the front and short "
            "sleeves and the shorts have a drawstring waist and two",
            "cut",
            hit_limit=True,
        ),
        Q.details("the shirt has a collar and buttons down the front and the shorts have a drawstring waist"),
        Q.material("linen"),
        gender="Women",
        title="MANGO Women Blue & White Striped Shirt with Shorts Co-Ords",
        category="Co-Ords",
        color="Blue",
    ),
    # Photo: short-haired model in a white oversized long-sleeve shirt with one chest pocket, sleeves rolled up, front
    # tucked into khaki chinos, grey backdrop. All texts: VQA adapter.
    case(
        "X1269-045",
        Q.garment_type("shirt"),
        Q.color("white"),
        Q.pattern("white", "non_answer"),
        Q.sleeve_length("long"),
        Q.description("a man in a white shirt and khaki pants", "pronoun"),
        Q.details(
            "the shirt has a collar and buttons down the front and a pocket on the chest and the sleeves are rolled "
            "up and the shirt is tucked into the khaki",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Women",
        title="Roadster Women White Solid Casual Shirt",
        category="Shirts",
        color="White",
    ),
]
