"""BLIND_1317 (45 products; Myntra tops, shirts and co-ords, VQA adapter): written blind in the sixty-third session.
Measured blind at d294d42 (the session's third rules): 99/106 failures found (93.4%) and 16/201 correct texts flagged
(8.0%). The writer's notes, verbatim:

Scenario: a Myntra women's feed of tops, shirts and co-ord sets (article types Tops, Shirts, Co-Ords; base colour;
gender Women, left blank on a few rows as the feed has it). Photos are the catalog's usual shots: a model on a plain
grey or white backdrop wearing the product with jeans, trousers, skirts or shorts, now and then a flat lay, a back
view, a blazer thrown over, a handbag or sunglasses as props. The job ran enrich's default questionnaire (garment
type, color, pattern, sleeve length, description, details, material) with free generation by the VQA adapter
(leoreigoto/Data3_V3_BLIP2_VQA on Salesforce/blip2-opt-2.7b), greedy, 30 new tokens, stopping on a newline when the
model emits one. No caption step. The job crashed once and was resumed; six items kept only the answers written
before the crash (material, and on two of them details too, are missing).
Who wrote what: every text is the VQA adapter's free generation; nothing else wrote any text. Short closed answers
mostly stop by themselves after one or two words; the open questions (description, details) and a few closed ones
run on, into loops of one word or phrase, into the next `Question: ... Answer:` turn, or to the 30-token limit.
Labeling conventions and judgement calls: judged against the photo I imagined and the title. Adjacent hues are
accepted for the base colour (peach as pink, maroon as red, teal and olive as green, lavender as purple, mustard as
yellow, off white and cream as white); navy answered as black is wrong. For a co-ord set, naming both pieces or the
top alone ("blouse") is accepted; "dress", "romper" for a two-piece set is a contradiction. The In-shop class names
the adapter uses (tee, tank, blouse, denim, sweatshirt) are accepted when they fit the product. A wrong sleeve length
or pattern that the title or the item's own description contradicts is `contradiction`; a material the title names
otherwise is `contradiction`, a material or detail that only the photo shows to be false (denim for a jersey top, a
pocket that is not there, a woman on a flat lay) is `unsupported`. A color taken from the jeans, trousers, inner tank,
blazer or handbag is `other_garment_color`. Plain "cotton"/"polyester" for a fabric the photo cannot settle is
accepted. Loops that ran to the limit carry hit_limit and `loop`; run-ons without repetition that stop mid-phrase at
the limit are `cut`. An answer that answers another question (a pattern for the material, "yes" for describe) or
nothing is `non_answer`; one that only restates the question at length is `restated`. A text that runs into a new
`Question: ... Answer:` turn (or starts with the prompt echoed) is `leak`, even when it also ran to the limit. One
label per text, the most specific one.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import case

W = "Women"

BLIND_1317 = [
    # Photo: model in a white round-neck short-sleeve jersey top tucked into blue jeans, grey backdrop. All texts: VQA
    # adapter, free generation. Pattern loops; description runs on to the limit.
    case(
        "X1317-001",
        Q.garment_type("tee"),
        Q.color("white"),
        Q.pattern(
            "solid solid solid solid solid solid solid solid solid solid solid solid solid solid solid solid solid "
            "solid solid solid solid solid solid solid solid solid solid solid solid solid",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("short"),
        Q.description(
            "a white t-shirt with a round neck and short sleeves and a pair of blue jeans and a pair of white sneakers "
            "and a grey background and a",
            "cut",
            hit_limit=True,
        ),
        Q.details("round neck, short sleeves"),
        Q.material("cotton"),
        gender=W,
        title="Roadster Women White Solid Regular Top",
        category="Tops",
        color="White",
    ),
    # Photo: navy top with small white flowers, V-neck, sleeves ending below the elbow, white trousers. All texts: VQA
    # adapter, free generation. Sleeve "long" against its own three-quarter description; details loop.
    case(
        "X1317-002",
        Q.garment_type("blouse"),
        Q.color("blue"),
        Q.pattern("floral"),
        Q.sleeve_length("long", "contradiction"),
        Q.description("a navy blue floral top with a v-neck and three quarter sleeves"),
        Q.details(
            "v-neck, three quarter sleeves, floral print, v-neck, three quarter sleeves, floral print, v-neck, three "
            "quarter sleeves, floral",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender=W,
        title="Tokyo Talkies Women Navy Blue Floral Print Top",
        category="Tops",
        color="Navy Blue",
    ),
    # Photo: white cotton shirt, long sleeves rolled to the forearm, buttoned, tucked into black trousers. All texts:
    # VQA adapter, free generation. Color is the trousers'; description and details run to the limit.
    case(
        "X1317-003",
        Q.garment_type("shirt"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description(
            "a white shirt with a collar and buttons down the front and the sleeves rolled up to the elbows and a "
            "pair of black pants and a black belt and",
            "cut",
            hit_limit=True,
        ),
        Q.details(
            "the shirt has a collar and buttons down the front and the sleeves are rolled up and the shirt is tucked "
            "into the pants and the pants are",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender=W,
        title="Mast & Harbour Women White Regular Fit Solid Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: peach square-neck crop top with short puff sleeves, high-waist white jeans. All texts: VQA adapter, free
    # generation. Type and sleeve answers loop to the limit.
    case(
        "X1317-004",
        Q.garment_type(
            "crop top crop top crop top crop top crop top crop top crop top crop top crop top crop top crop top crop "
            "top crop top crop top crop top",
            "loop",
            hit_limit=True,
        ),
        Q.color("pink"),
        Q.pattern("solid"),
        Q.sleeve_length(
            "puff sleeves puff sleeves puff sleeves puff sleeves puff sleeves puff sleeves puff sleeves puff sleeves "
            "puff sleeves puff sleeves puff sleeves puff sleeves puff sleeves puff sleeves puff",
            "loop",
            hit_limit=True,
        ),
        Q.description("a pink crop top with puff sleeves and a square neck"),
        Q.details("square neck, puff sleeves"),
        Q.material("cotton"),
        gender=W,
        title="SASSAFRAS Women Peach-Coloured Puff Sleeves Crop Top",
        category="Tops",
        color="Peach",
    ),
    # Photo: mustard and black horizontal stripes, shirt collar, short sleeves, no pocket, black jeans. All texts: VQA
    # adapter, free generation. Color loops; description runs out of tokens; details loop.
    case(
        "X1317-005",
        Q.garment_type("shirt"),
        Q.color(
            "yellow and black and yellow and black and yellow and black and yellow and black and yellow and black "
            "and yellow and black and yellow and black and yellow",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("striped"),
        Q.sleeve_length("short"),
        Q.description(
            "a yellow and black striped shirt with a collar and a button down the front and short sleeves and a "
            "pair of black jeans and a pair of black",
            "cut",
            hit_limit=True,
        ),
        Q.details(
            "buttons buttons buttons buttons buttons buttons buttons buttons buttons buttons buttons buttons buttons "
            "buttons buttons buttons buttons buttons buttons buttons buttons buttons buttons buttons buttons buttons "
            "buttons buttons buttons buttons",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender=W,
        title="HERE&NOW Women Mustard Yellow & Black Striped Shirt Style Top",
        category="Tops",
        color="Mustard",
    ),
    # Photo: green ethnic-print straight top, three-quarter sleeves, matching green palazzos; two pieces clearly. All
    # texts: VQA adapter, free generation. "dress" for a two-piece set; details run to the limit (the drawstring is not
    # there either).
    case(
        "X1317-006",
        Q.garment_type("dress", "contradiction"),
        Q.color("green"),
        Q.pattern("printed"),
        Q.sleeve_length("three quarter"),
        Q.description("a green printed top and pants"),
        Q.details(
            "the top has a round neck and three quarter sleeves and the pants are wide leg pants with an elastic "
            "waistband and a drawstring at the",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender=W,
        title="Libas Women Green Printed Top with Palazzos Co-Ords",
        category="Co-Ords",
        color="Green",
    ),
    # Photo: black sleeveless high-neck top, beige trousers, brown handbag on the arm. All texts: VQA adapter, free
    # generation. Color is the handbag's; sleeve "long" against its own "sleeveless" description.
    case(
        "X1317-007",
        Q.garment_type("tank"),
        Q.color("brown", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long", "contradiction"),
        Q.description("a black sleeveless top with a high neck"),
        Q.details("high neck, sleeveless"),
        Q.material("polyester"),
        gender=W,
        title="Vero Moda Women Black Solid Top",
        category="Tops",
        color="Black",
    ),
    # Photo: pink textured (self-design) short-sleeve top and matching straight trousers. All texts: VQA adapter, free
    # generation. Details came back empty (newline first); no material (resumed item).
    case(
        "X1317-008",
        Q.garment_type("shirt and pants"),
        Q.color("pink"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a pink top and pink pants"),
        Q.details("", "non_answer"),
        gender=W,
        title="DressBerry Women Pink Self Design Top & Trousers Co-Ord Set",
        category="Co-Ords",
        color="Pink",
    ),
    # Photo: maroon long-sleeve wrap top tied at the waist, blue jeans. All texts: VQA adapter, free generation. Color
    # and material are the jeans'; description loops.
    case(
        "X1317-009",
        Q.garment_type("blouse"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description(
            "a red wrap top with long sleeves and a tie at the waist and a tie at the waist and a tie at the waist and "
            "a tie at the",
            "loop",
            hit_limit=True,
        ),
        Q.details("tie at the waist"),
        Q.material("denim", "unsupported"),
        gender=W,
        title="Harpa Women Maroon Solid Wrap Top",
        category="Tops",
        color="Maroon",
    ),
    # Photo: white top with black polka dots, short ruffled sleeves, black skirt. All texts: VQA adapter, free
    # generation. Sleeve answer leaks the next turn; description cut; invented zip; material answered with the pattern.
    case(
        "X1317-010",
        Q.garment_type("blouse"),
        Q.color("white"),
        Q.pattern("polka dot"),
        Q.sleeve_length("short Question: What is the color of the skirt? Answer: black", "leak"),
        Q.description(
            "a white polka dot top with ruffle sleeves and a round neck and a black skirt and a pair of black shoes "
            "and a black bag and a black",
            "cut",
            hit_limit=True,
        ),
        Q.details("ruffle sleeves, round neck, a zipper at the back", "unsupported"),
        Q.material("polka dot", "non_answer"),
        gender=W,
        title="FabAlley Women White & Black Polka Dot Print Top",
        category="Tops",
        color="White",
    ),
    # Photo: olive utility shirt with two flap chest pockets, long sleeves, worn open over a white tank, blue jeans. All
    # texts: VQA adapter, free generation. "jacket" for the open shirt; color is the inner tank's; description cut;
    # details loop.
    case(
        "X1317-011",
        Q.garment_type("jacket", "contradiction"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description(
            "a green shirt with two pockets on the chest and a white tank top underneath and a pair of blue jeans "
            "and a pair of white sneakers and",
            "cut",
            hit_limit=True,
        ),
        Q.details(
            "two pockets on the chest, two pockets on the chest, two pockets on the chest, two pockets on the chest, "
            "two pockets on the",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender=W,
        title="Tokyo Talkies Women Olive Green Solid Utility Shirt",
        category="Shirts",
        color="Olive",
    ),
    # Photo: beige oversized linen shirt, long sleeves, half tucked into white trousers. All texts: VQA adapter, free
    # generation. Description loops; invented pocket; "cotton" against the title's linen.
    case(
        "X1317-012",
        Q.garment_type("shirt"),
        Q.color("beige"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description(
            "a beige shirt with a collar and long sleeves and a collar and long sleeves and a collar and long "
            "sleeves and a collar and long sleeves and a",
            "loop",
            hit_limit=True,
        ),
        Q.details("collar, buttons down the front, long sleeves, a pocket on the chest", "unsupported"),
        Q.material("cotton", "contradiction"),
        gender=W,
        title="MANGO Women Beige Linen Relaxed Fit Shirt",
        category="Shirts",
        color="Beige",
    ),
    # Photo: black-and-white gingham top, sweetheart neck, short puff sleeves, blue jeans; front view only. All texts:
    # VQA adapter, free generation. Sleeve answer loops; description cut; the smocked back is neither in the photo nor
    # in the title.
    case(
        "X1317-013",
        Q.garment_type("blouse"),
        Q.color("black and white"),
        Q.pattern("plaid"),
        Q.sleeve_length(
            "short sleeves short sleeves short sleeves short sleeves short sleeves short sleeves short sleeves short "
            "sleeves short sleeves short sleeves short sleeves short sleeves short sleeves short sleeves short "
            "sleeves",
            "loop",
            hit_limit=True,
        ),
        Q.description(
            "a black and white checkered top with puff sleeves and a sweetheart neckline and a pair of blue jeans and "
            "a pair of white sneakers and a",
            "cut",
            hit_limit=True,
        ),
        Q.details("puff sleeves, sweetheart neckline, smocked back", "unsupported"),
        Q.material("cotton"),
        gender=W,
        title="AND Women Black & White Checked Top",
        category="Tops",
        color="Black",
    ),
    # Photo: lavender sleeveless top with ruffles over the shoulders, square neck, white jeans. All texts: VQA adapter,
    # free generation. Color loops; description only restates; details loop.
    case(
        "X1317-014",
        Q.garment_type("tank"),
        Q.color(
            "purple purple purple purple purple purple purple purple purple purple purple purple purple purple "
            "purple purple purple purple purple purple purple purple purple purple purple purple purple purple "
            "purple purple",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        Q.description(
            "the garment is a top that is worn on the upper body of the person wearing the garment", "restated"
        ),
        Q.details(
            "ruffles on the shoulders, ruffles on the shoulders, ruffles on the shoulders, ruffles on the shoulders, "
            "ruffles on the shoulders, ruffles on the",
            "loop",
            hit_limit=True,
        ),
        Q.material("chiffon"),
        gender=W,
        title="Athena Women Lavender Solid Ruffled Top",
        category="Tops",
        color="Lavender",
    ),
    # Photo: mid-blue denim shirt, long sleeves, two chest pockets, open over a white tee, black jeans. All texts: VQA
    # adapter, free generation. Description calls her a man; details loop on "buttons on the".
    case(
        "X1317-015",
        Q.garment_type("denim"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a man wearing a blue denim shirt over a white t-shirt", "pronoun"),
        Q.details(
            "buttons on the front, two pockets on the chest, buttons on the cuffs, buttons on the pockets, buttons on "
            "the collar, buttons on the",
            "loop",
            hit_limit=True,
        ),
        Q.material("denim"),
        gender=W,
        title="ONLY Women Blue Denim Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: rust satin cowl-neck cami with thin straps, black trousers. All texts: VQA adapter, free generation.
    # Pattern answer leaks the next turn; details loop; "cotton" against the title's satin.
    case(
        "X1317-016",
        Q.garment_type("tank"),
        Q.color("orange"),
        Q.pattern("solid Question: What is the color of the pants? Answer: black", "leak"),
        Q.sleeve_length("sleeveless"),
        Q.description("an orange satin top with a cowl neck and spaghetti straps"),
        Q.details(
            "cowl neck, spaghetti straps, cowl neck, spaghetti straps, cowl neck, spaghetti straps, cowl neck, "
            "spaghetti straps, cowl neck",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton", "contradiction"),
        gender=W,
        title="Sera Women Rust Orange Solid Satin Cowl Neck Top",
        category="Tops",
        color="Rust",
    ),
    # Photo: black shirt with a white floral print, short sleeves, matching shorts with an elastic waist, no drawstring.
    # All texts: VQA adapter, free generation. "romper" for the two pieces; description and details run to the limit.
    case(
        "X1317-017",
        Q.garment_type("romper", "contradiction"),
        Q.color("black and white"),
        Q.pattern("floral"),
        Q.sleeve_length("short"),
        Q.description(
            "a black and white floral print shirt and shorts with a collar and short sleeves and a pair of black "
            "sandals and a black bag and a pair of",
            "cut",
            hit_limit=True,
        ),
        Q.details(
            "the shirt has a collar and buttons down the front and the shorts have an elastic waistband and the "
            "shorts have a drawstring at the waist and the",
            "cut",
            hit_limit=True,
        ),
        Q.material("rayon"),
        gender=W,
        title="Berrylush Women Black & White Floral Print Shirt with Shorts Co-Ord Set",
        category="Co-Ords",
        color="Black",
    ),
    # Photo: white poplin blouse, long puff sleeves, tie at the neck, light blue jeans. Feed row has no gender. All
    # texts: VQA adapter, free generation. Color is the jeans'; description leaks the next turn; details loop.
    case(
        "X1317-018",
        Q.garment_type("blouse"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description(
            "a white blouse with long puff sleeves and a tie at the neck Question: What is the color of the jeans? "
            "Answer: blue",
            "leak",
            hit_limit=True,
        ),
        Q.details(
            "puff sleeves, tie neck, puff sleeves, tie neck, puff sleeves, tie neck, puff sleeves, tie neck, puff "
            "sleeves, tie neck, puff sleeves",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="H&M Women White Puff-Sleeved Blouse",
        category="Tops",
        color="White",
    ),
    # Photo: red and navy tartan flannel shirt, two chest pockets, long sleeves, open over a black tee; model has a
    # short crop. All texts: VQA adapter, free generation. "jacket" for the open shirt; color loops; description calls
    # her a man.
    case(
        "X1317-019",
        Q.garment_type("jacket", "contradiction"),
        Q.color(
            "red and blue red and blue red and blue red and blue red and blue red and blue red and blue red and blue "
            "red and blue red and",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("plaid"),
        Q.sleeve_length("long"),
        Q.description("a man wearing a red and blue plaid shirt", "pronoun"),
        Q.details("buttons down the front, two pockets on the chest"),
        Q.material("flannel"),
        gender=W,
        title="Roadster Women Red & Navy Blue Checked Casual Shirt",
        category="Shirts",
        color="Red",
    ),
    # Photo: flat lay of a teal round-neck short-sleeve top on white; no person. All texts: VQA adapter, free
    # generation. A woman invented for the flat lay; invented pocket; material loops.
    case(
        "X1317-020",
        Q.garment_type("tee"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a woman wearing a green t-shirt", "unsupported"),
        Q.details("round neck, short sleeves, a pocket on the chest", "unsupported"),
        Q.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Mast & Harbour Women Teal Solid Round Neck Top",
        category="Tops",
        color="Teal",
    ),
    # Photo: black cropped tee with a white text graphic on the chest, short sleeves, grey joggers. All texts: VQA
    # adapter, free generation. Sleeve and material answers leak the next turn; description cut; details loop on "a
    # print of".
    case(
        "X1317-021",
        Q.garment_type("graphic tee"),
        Q.color("black"),
        Q.pattern("graphic"),
        Q.sleeve_length("short Question: What is the color of the pants? Answer: grey", "leak"),
        Q.description(
            "a black t-shirt with a white print on the front that says something in white letters and a pair of grey "
            "sweatpants and a pair of",
            "cut",
            hit_limit=True,
        ),
        Q.details(
            "the print on the front of the t-shirt is a print of a print of a print of a print of a print of a",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton Question: What is the color of the t-shirt? Answer: black", "leak"),
        gender=W,
        title="Trendyol Women Black Typography Printed Crop Top",
        category="Tops",
        color="Black",
    ),
    # Photo: off-white shirt-style top with thin blue vertical stripes, collar, long sleeves, tucked into blue jeans,
    # brown bag on the shoulder. All texts: VQA adapter, free generation. Description runs on to the limit; details only
    # restate the question.
    case(
        "X1317-022",
        Q.garment_type("shirt"),
        Q.color("white and blue"),
        Q.pattern("striped"),
        Q.sleeve_length("long"),
        Q.description(
            "a white and blue striped shirt with a collar and long sleeves and a pair of blue jeans and a brown bag "
            "and a pair of brown shoes and a",
            "cut",
            hit_limit=True,
        ),
        Q.details("the details of the garment are the details of the shirt", "restated"),
        Q.material("cotton"),
        gender=W,
        title="KASSUALLY Women Off White & Blue Striped Shirt Style Top",
        category="Tops",
        color="Off White",
    ),
    # Photo: olive ribbed knit short-sleeve top and matching wide-leg trousers. Feed row has no base colour. All texts:
    # VQA adapter, free generation. Sleeve answer loops; "yes" to describe.
    case(
        "X1317-023",
        Q.garment_type("shirt and pants"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length(
            "short short short short short short short short short short short short short short short short short "
            "short short short short short short short short short short short short short",
            "loop",
            hit_limit=True,
        ),
        Q.description("yes", "non_answer"),
        Q.details("ribbed"),
        Q.material("knit"),
        gender=W,
        title="SASSAFRAS Women Olive Green Ribbed Top & Trousers Co-Ord Set",
        category="Co-Ords",
    ),
    # Photo: white schiffli (eyelet) embroidered top, short flutter sleeves, pink trousers. All texts: VQA adapter, free
    # generation. Color is the trousers'; description cut; details loop.
    case(
        "X1317-024",
        Q.garment_type("blouse"),
        Q.color("pink", "other_garment_color"),
        Q.pattern("embroidered"),
        Q.sleeve_length("short"),
        Q.description(
            "a white top with a lace pattern on the front and short sleeves and a pair of pink pants and a pair of "
            "white shoes and a white",
            "cut",
            hit_limit=True,
        ),
        Q.details(
            "eyelet embroidery, eyelet embroidery, eyelet embroidery, eyelet embroidery, eyelet embroidery, eyelet "
            "embroidery, eyelet embroidery, eyelet",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender=W,
        title="Qurvii Women White Schiffli Embroidered Top",
        category="Tops",
        color="White",
    ),
    # Photo: back view of a yellow floral short-sleeve top, keyhole at the back neck closed by a fabric tie (no button),
    # white shorts. All texts: VQA adapter, free generation. The button is invented.
    case(
        "X1317-025",
        Q.garment_type("blouse"),
        Q.color("yellow"),
        Q.pattern("floral"),
        Q.sleeve_length("short"),
        Q.description("the back of a yellow floral top with a keyhole and a tie at the neck"),
        Q.details("keyhole back with a button closure at the neck", "unsupported"),
        Q.material("cotton"),
        gender=W,
        title="Popnetic Women Yellow Floral Print Top",
        category="Tops",
        color="Yellow",
    ),
    # Photo: all-black co-ord: long-sleeve button shirt and straight trousers, white sneakers. All texts: VQA adapter,
    # free generation. All correct (both pieces really are black).
    case(
        "X1317-026",
        Q.garment_type("shirt and pants"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a black shirt and black pants"),
        Q.details("buttons on the front of the shirt and the pants have belt loops"),
        Q.material("polyester"),
        gender=W,
        title="Chemistry Women Black Solid Shirt with Trousers Co-Ord Set",
        category="Co-Ords",
        color="Black",
    ),
    # Photo: green top with pink ethnic motifs, mandarin collar, three-quarter sleeves, side slits, white palazzos. All
    # texts: VQA adapter, free generation. Description leaks into the next turn; details run to the limit (no placket,
    # no cuff buttons either).
    case(
        "X1317-027",
        Q.garment_type("blouse"),
        Q.color("green"),
        Q.pattern("printed"),
        Q.sleeve_length("three quarter"),
        Q.description(
            "a green and pink printed top with a mandarin collar Question: What is the color of the pants? Answer: "
            "white",
            "leak",
        ),
        Q.details(
            "mandarin collar, three quarter sleeves, side slits, a button placket on the front and the sleeves have "
            "a button on the cuffs and the",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender=W,
        title="Anouk Women Green & Pink Ethnic Motifs Printed Top",
        category="Tops",
        color="Green",
    ),
    # Photo: black fitted square-neck long-sleeve top, denim skirt. All texts: VQA adapter, free generation. "sweater"
    # for a jersey top; details answered with the color.
    case(
        "X1317-028",
        Q.garment_type("sweater", "contradiction"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a black top with a square neck and long sleeves"),
        Q.details("black", "non_answer"),
        Q.material("cotton"),
        gender=W,
        title="StyleStone Women Black Solid Square Neck Fitted Top",
        category="Tops",
        color="Black",
    ),
    # Photo: cream oversized shirt, long sleeves with button cuffs, brown trousers. All texts: VQA adapter, free
    # generation. Color is the trousers'; description echoes the prompt; details cut; no material (resumed item).
    case(
        "X1317-029",
        Q.garment_type("shirt"),
        Q.color("brown", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("Question: Describe the garment. Answer: a white shirt with a collar and long sleeves", "leak"),
        Q.details(
            "the shirt has a collar and long sleeves with button cuffs and a button down the front and a curved hem "
            "at the bottom and the shirt is",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        title="RAREISM Women Cream-Coloured Oversized Solid Casual Shirt",
        category="Shirts",
        color="Cream",
    ),
    # Photo: sea green sleeveless round-neck top and matching shorts. All texts: VQA adapter, free generation. Details
    # say nothing; no material (resumed item).
    case(
        "X1317-030",
        Q.garment_type("tank and shorts"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        Q.description("a green tank top and shorts"),
        Q.details("the shorts are short and the top is a top", "non_answer"),
        gender=W,
        title="Tokyo Talkies Women Sea Green Solid Top with Shorts Co-Ords",
        category="Co-Ords",
        color="Sea Green",
    ),
    # Photo: blue floral top, tie-up neck, long balloon sleeves, white jeans; a potted plant at the side. All texts: VQA
    # adapter, free generation. Color is the jeans'; description leaks the next turn; details cut; material says
    # nothing.
    case(
        "X1317-031",
        Q.garment_type("blouse"),
        Q.color("white", "other_garment_color"),
        Q.pattern("floral"),
        Q.sleeve_length("long"),
        Q.description(
            "a blue floral blouse with a tie at the neck and long balloon sleeves and a pair of white jeans. Question: "
            "What is the color of the pants? Answer:",
            "leak",
            hit_limit=True,
        ),
        Q.details(
            "the blouse has a tie at the neck and long balloon sleeves with elastic cuffs and a floral print all "
            "over and the blouse is tucked into the",
            "cut",
            hit_limit=True,
        ),
        Q.material("the garment is made of a material", "non_answer"),
        gender=W,
        title="DODO & MOA Women Blue Floral Print Tie-Up Neck Top",
        category="Tops",
        color="Blue",
    ),
    # Photo: maroon shirt-style top, long sleeves rolled to the elbow and held by button tabs, black jeans. All texts:
    # VQA adapter, free generation. "short" against the title and its own description; details loop.
    case(
        "X1317-032",
        Q.garment_type("shirt"),
        Q.color("maroon"),
        Q.pattern("solid"),
        Q.sleeve_length("short", "contradiction"),
        Q.description("a maroon shirt with long sleeves rolled up to the elbows"),
        Q.details(
            "roll up sleeves with button tabs and a button on the sleeves and a button on the sleeves and a button on "
            "the sleeves and a button",
            "loop",
            hit_limit=True,
        ),
        Q.material("rayon"),
        gender=W,
        title="Mast & Harbour Women Maroon Solid Shirt Style Top with Roll-Up Sleeves",
        category="Tops",
        color="Maroon",
    ),
    # Photo: tie-dye tee (pink dominant, blue and yellow swirls), round neck, short sleeves, denim shorts. All texts:
    # VQA adapter, free generation. Details loop; no material (resumed item).
    case(
        "X1317-033",
        Q.garment_type("tee"),
        Q.color("pink"),
        Q.pattern("tie dye"),
        Q.sleeve_length("short"),
        Q.description("a tie dye t-shirt"),
        Q.details(
            "tie dye tie dye tie dye tie dye tie dye tie dye tie dye tie dye tie dye tie dye tie dye tie dye tie dye "
            "tie dye tie dye",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="HERE&NOW Women Multicoloured Tie & Dye Round Neck Top",
        category="Tops",
        color="Multi",
    ),
    # Photo: white shirt under a black blazer worn open, black trousers. Feed row has no gender. All texts: VQA adapter,
    # free generation. Type, color and material all come from the blazer.
    case(
        "X1317-034",
        Q.garment_type("jacket", "contradiction"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a black blazer over a white shirt"),
        Q.details("collar"),
        Q.material("wool", "unsupported"),
        title="Vero Moda Women White Solid Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: pink floral cotton top (round neck, three-quarter sleeves) and matching straight trousers with pockets. All
    # texts: VQA adapter, free generation. Sleeve "short" against the photo and its own description; description cut;
    # "silk" against pure cotton.
    case(
        "X1317-035",
        Q.garment_type("blouse"),
        Q.color("pink"),
        Q.pattern("floral"),
        Q.sleeve_length("short", "contradiction"),
        Q.description(
            "a pink floral top and pants with a round neck and three quarter sleeves and a pair of pink pants with "
            "pockets and a pair of gold",
            "cut",
            hit_limit=True,
        ),
        Q.details("round neck, three quarter sleeves, pockets on the pants"),
        Q.material("silk", "contradiction"),
        gender=W,
        title="Libas Women Pink Floral Printed Pure Cotton Top with Trousers Co-Ords",
        category="Co-Ords",
        color="Pink",
    ),
    # Photo: black lace long-sleeve top over a black cami, white jeans. All texts: VQA adapter, free generation. Color
    # is the jeans'; description cut; details loop.
    case(
        "X1317-036",
        Q.garment_type("blouse"),
        Q.color("white", "other_garment_color"),
        Q.pattern("lace"),
        Q.sleeve_length("long"),
        Q.description(
            "a black lace top with long sleeves and a black tank top underneath and a pair of white jeans and a pair "
            "of black heels and a black",
            "cut",
            hit_limit=True,
        ),
        Q.details(
            "lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace "
            "lace lace lace lace lace lace lace lace lace",
            "loop",
            hit_limit=True,
        ),
        Q.material("lace"),
        gender=W,
        title="ONLY Women Black Lace Top",
        category="Tops",
        color="Black",
    ),
    # Photo: royal blue peplum top, short flutter sleeves, round neck, no visible zip, white trousers. All texts: VQA
    # adapter, free generation. "dress" for the peplum top; color is the trousers'; description cut; the zip is
    # invented.
    case(
        "X1317-037",
        Q.garment_type("dress", "contradiction"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description(
            "a blue peplum top with short flutter sleeves and a round neck and a zipper on the back and a pair of "
            "white pants and a pair of white",
            "cut",
            hit_limit=True,
        ),
        Q.details("peplum hem, flutter sleeves, zip at the back", "unsupported"),
        Q.material("polyester"),
        gender=W,
        title="Harpa Women Blue Solid Peplum Top",
        category="Tops",
        color="Blue",
    ),
    # Photo: grey melange long-sleeve hooded top with drawstrings and a kangaroo pocket, black leggings. All texts: VQA
    # adapter, free generation. Sleeve answer leaks the next turn; the rest correct.
    case(
        "X1317-038",
        Q.garment_type("sweatshirt"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.sleeve_length("long Question: What is the color of the leggings? Answer: black", "leak"),
        Q.description("a grey hoodie with a kangaroo pocket"),
        Q.details("hood with drawstrings, kangaroo pocket"),
        Q.material("cotton"),
        gender=W,
        title="Roadster Women Grey Melange Solid Hooded Top",
        category="Tops",
        color="Grey Melange",
    ),
    # Photo: black and white vertical-stripe crop top with short sleeves and a matching midi skirt; midriff shows. All
    # texts: VQA adapter, free generation. Type and description make it a dress; details empty.
    case(
        "X1317-039",
        Q.garment_type("dress", "contradiction"),
        Q.color("black and white"),
        Q.pattern("striped"),
        Q.sleeve_length("short"),
        Q.description("a black and white striped dress", "contradiction"),
        Q.details("", "non_answer"),
        Q.material("cotton"),
        gender=W,
        title="FabAlley Women Black & White Striped Top with Skirt Co-Ord Set",
        category="Co-Ords",
        color="Black",
    ),
    # Photo: brown rib-knit fitted long-sleeve top, cream trousers. All texts: VQA adapter, free generation. The ribs
    # read as stripes; the title says solid.
    case(
        "X1317-040",
        Q.garment_type("tee"),
        Q.color("brown"),
        Q.pattern("striped", "contradiction"),
        Q.sleeve_length("long"),
        Q.description("a brown ribbed top with long sleeves"),
        Q.details("ribbed"),
        Q.material("cotton"),
        gender=W,
        title="MANGO Women Brown Solid Ribbed Fitted Top",
        category="Tops",
        color="Brown",
    ),
    # Photo: white short-sleeve shirt with one chest pocket, blue denim shorts; model has short hair. All texts: VQA
    # adapter, free generation. "he" for the woman.
    case(
        "X1317-041",
        Q.garment_type("shirt"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("he is wearing a white shirt with a pocket on the chest", "pronoun"),
        Q.details("pocket on the chest, buttons down the front"),
        Q.material("cotton"),
        gender=W,
        title="Tokyo Talkies Women White Solid Casual Shirt with Pocket",
        category="Shirts",
        color="White",
    ),
    # Photo: navy square-neck top with short puff sleeves, white skirt; the navy looks dark in the studio light. All
    # texts: VQA adapter, free generation. "black" for navy, against the seller and its own description; no details nor
    # material (resumed item).
    case(
        "X1317-042",
        Q.garment_type("blouse"),
        Q.color("black", "contradiction"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a blue top with puff sleeves and a square neck"),
        gender=W,
        title="DressBerry Women Navy Blue Solid Square Neck Top",
        category="Tops",
        color="Navy Blue",
    ),
    # Photo: mustard satin shirt, long sleeves, black trousers, sunglasses held in one hand. All texts: VQA adapter,
    # free generation. Color answer leaks the next turn; sleeve answer loops; description cut.
    case(
        "X1317-043",
        Q.garment_type("shirt"),
        Q.color("yellow Question: What is the color of the pants? Answer: black", "leak"),
        Q.pattern("solid"),
        Q.sleeve_length(
            "long long long long long long long long long long long long long long long long long long long long long "
            "long long long long long long long long long",
            "loop",
            hit_limit=True,
        ),
        Q.description(
            "a yellow satin shirt with a collar and long sleeves and a pair of black pants and a pair of sunglasses "
            "in her hand and a pair of black",
            "cut",
            hit_limit=True,
        ),
        Q.details("collar, buttons, long sleeves"),
        Q.material("satin"),
        gender=W,
        title="Athena Women Mustard Yellow Solid Satin Shirt",
        category="Shirts",
        color="Mustard",
    ),
    # Photo: peach sleeveless top with pearl embellishment along the neckline, white trousers. All texts: VQA adapter,
    # free generation. All correct; no details nor material (resumed item).
    case(
        "X1317-044",
        Q.garment_type("tank"),
        Q.color("peach"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        Q.description("a peach top with pearls on the neckline"),
        gender=W,
        title="SHOWOFF Women Peach Embellished Sleeveless Top",
        category="Tops",
        color="Peach",
    ),
    # Photo: black shirt with red roses, camp collar, short sleeves, no pocket, blue jeans. All texts: VQA adapter, free
    # generation. Description cut; the chest pocket is invented.
    case(
        "X1317-045",
        Q.garment_type("shirt"),
        Q.color("black and red"),
        Q.pattern("floral"),
        Q.sleeve_length("short"),
        Q.description(
            "a black shirt with red roses on it and a pair of blue jeans and a pair of white sneakers and a white "
            "background and a pair of",
            "cut",
            hit_limit=True,
        ),
        Q.details("collar, buttons down the front, a pocket on the chest", "unsupported"),
        Q.material("rayon"),
        gender=W,
        title="Sera Women Black & Red Floral Print Casual Shirt",
        category="Shirts",
        color="Black",
    ),
]
