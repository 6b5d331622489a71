"""BLIND_1245 (45 products; Myntra women's tops, shirts and co-ords, default questionnaire, VQA adapter free
generation): written blind in the sixty-second session. Measured blind at bdc3a30 (the session's fourth rules):
96/110 failures found (87.3%) and 19/192 correct texts flagged (9.9%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's tops, shirts and co-ord sets (article types Tops, Shirts, Co-Ords; base colours as
Myntra spells them; gender "Women"). enrich asked its default questionnaire (garment type, color, pattern, sleeve
length, description, details, material) with free generation: every answer, closed questions included, is the raw
greedy text of the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA on blip2-opt-2.7b), 30 new tokens at most. No caption
was asked, so no product has one. Not every product got every question (5 to 7 each). Photos are Myntra's usual:
a model on a plain backdrop with jeans, trousers or shorts, sometimes a bag or a chair, one flat lay, one back view.
Who wrote what: every text is the VQA adapter's. It was trained without an end-of-answer token, so it runs on: short
answers repeat themselves ("black-black-black", "long long long") or run into the prompt again ("solid Question:
What is the pattern of the garment? Answer: solid ..."), and descriptions go on until they are cut at 30 tokens.
When it does stop early the answer is usually short and In-shop flavoured ("tee tank", "blouse shirt", "denim").
Its training taught it color, garment class and yes/no; pattern, sleeve length and material are guesses from the
base model, and "cotton" is its default material.
Labeling conventions and judgement calls: judged against the photo I imagined (comment above each case) and the title.
Co-ords: naming either piece ("pants", "shorts", "blouse shirt") is correct; "romper jumpsuit" or "dress" is a
contradiction. Near colors a shopper would accept count as correct (maroon/burgundy, lavender/purple, peach/pink,
rust/orange, off white or cream/white, teal/blue, the dominant hue of a Multi print). A color that belongs to the jeans,
joggers or bag is other_garment_color; a color from the garment's own print or trim that is not its base colour is
contradiction. A pattern or sleeve length the photo contradicts is contradiction. A color or a fabric ("denim") given to
the pattern question, "yes"/"no", "i don't know" or an empty string is non_answer; the question's own words back is
restated. Material: contradiction when the title names another fabric, unsupported when the title is silent and the
product's real fabric differs. Invented details (pocket, scarf, woman in a flat lay) are unsupported. A text that
repeats the "Question: ... Answer:" prompt is leak even though it also repeats; a plain repetition is loop; a text
truncated mid-phrase without repeating is cut (even if it also invents something). One kind per text, the most visible.
"man"/"he" for these women's products is pronoun, also where the feed left the gender column out. hit_limit is set on
every text that ran to 30 tokens (all loops, leaks and cuts here), counted roughly as GPT-2 BPE tokens. Terse but true
answers ("lace", "a hawaiian shirt", "tee tank") are correct. Self-design and eyelet embroidery read as "solid" and
"floral" were accepted. About a third of the texts are wrong, mostly the open questions (over half the descriptions run
on); the closed ones are right more often than not.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import case

BLIND_1245 = [
    # Photo: model on grey backdrop, black short-sleeve boxy crop top (cotton jersey), light blue high-waist mom jeans,
    # white sneakers. All texts: VQA adapter, free generation.
    case(
        "X1245-001",
        Q.garment_type("tee tank"),
        Q.color(
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        Q.sleeve_length(
            "short sleeves short sleeves short sleeves short sleeves short sleeves short sleeves short sleeves short "
            "sleeves short sleeves short sleeves short sleeves short sleeves short sleeves short sleeves short",
            "loop",
            hit_limit=True,
        ),
        Q.description(
            "a black crop top and blue jeans and white sneakers and a white background and a woman standing in front "
            "of a white background with her",
            "cut",
            hit_limit=True,
        ),
        Q.details(
            "the sleeves, the neckline, the hem, the sleeves, the neckline, the hem, the sleeves, the neckline, the "
            "hem, the sleeves, the",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Women",
        title="Roadster Women Black Solid Boxy Crop Top",
        category="Tops",
        color="Black",
    ),
    # Photo: pink top with small white flowers, short puff sleeves, square neck, tucked into white wide-leg trousers,
    # white backdrop. Fabric (product page): polyester crepe. All texts: VQA adapter.
    case(
        "X1245-002",
        Q.garment_type("blouse"),
        Q.color("pink"),
        Q.pattern(
            "floral print floral print floral print floral print floral print floral print floral print floral print "
            "floral print floral print floral print floral print floral print floral print floral print",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("short"),
        Q.description(
            "a pink floral blouse with puff sleeves and white pants Question: Describe the garment. Answer: a pink "
            "floral blouse with puff sleeves and",
            "leak",
            hit_limit=True,
        ),
        Q.details("puff sleeves"),
        Q.material("cotton", "unsupported"),
        gender="Women",
        title="SASSAFRAS Women Pink Floral Print Puff Sleeve Top",
        category="Tops",
        color="Pink",
    ),
    # Photo: white full-sleeve button-down shirt, sleeves rolled to the forearm, half-tucked into black trousers;
    # plain white backdrop. Fabric: cotton. All texts: VQA adapter.
    case(
        "X1245-003",
        Q.garment_type("shirt"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.sleeve_length(
            "long Question: How long are the sleeves? Answer: long Question: How long are the sleeves? Answer: long "
            "Question: How",
            "leak",
            hit_limit=True,
        ),
        Q.description(
            "a white shirt with a collar and buttons down the front and black pants and a white shirt with a collar "
            "and buttons down the front and",
            "loop",
            hit_limit=True,
        ),
        Q.details("buttons"),
        Q.material("cotton"),
        gender="Women",
        title="HERE&NOW Women White Regular Fit Solid Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: navy top with tiny self-coloured textured dots (reads solid), short flutter sleeves, round neck, white
    # jeans, a red sling bag across the body. Fabric: polyester. All texts: VQA adapter.
    case(
        "X1245-004",
        Q.garment_type("blouse shirt"),
        Q.color("red", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a navy blue top with a red bag"),
        Q.details(
            "ruffled sleeves and a ruffled hem and a ruffled hem and a ruffled hem and a ruffled hem and a ruffled "
            "hem and a ruffled",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Women",
        title="Tokyo Talkies Women Navy Blue Self Design Top",
        category="Tops",
        color="Navy Blue",
    ),
    # Photo: co-ord set, mustard short-sleeve camp-collar shirt and matching shorts with a small white floral print,
    # no pockets; beige backdrop. Fabric: viscose rayon. All texts: VQA adapter.
    case(
        "X1245-005",
        Q.garment_type("romper jumpsuit", "contradiction"),
        Q.color("mustard"),
        Q.pattern("floral"),
        Q.sleeve_length("short"),
        Q.description(
            "a yellow shirt and shorts with a white floral print and a pair of white sneakers and a white bag and a "
            "pair of white sneakers and a",
            "cut",
            hit_limit=True,
        ),
        Q.details("buttons down the front and a pocket on the chest", "unsupported"),
        Q.material("cotton", "unsupported"),
        gender="Women",
        title="StyleCast Women Mustard Yellow Printed Shirt with Shorts Co-Ords",
        category="Co-Ords",
        color="Mustard",
    ),
    # Photo: green shirt-style top with small white polka dots, long sleeves, collar, tucked into a blue denim skirt.
    # Fabric: polyester. All texts: VQA adapter.
    case(
        "X1245-006",
        Q.garment_type("shirt"),
        Q.color("green"),
        Q.pattern("white", "non_answer"),
        Q.sleeve_length(
            "long long long long long long long long long long long long long long long long long long long long long "
            "long long long long long long long long long",
            "loop",
            hit_limit=True,
        ),
        Q.description(
            "a green shirt with white polka dots and a blue denim skirt and a pair of white sneakers and a white bag "
            "and a green",
            "cut",
            hit_limit=True,
        ),
        Q.details(
            "collar, buttons, collar, buttons, collar, buttons, collar, buttons, collar, buttons, collar, buttons, "
            "collar, buttons, collar",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Women",
        title="Vero Moda Women Green Printed Shirt Style Top",
        category="Tops",
        color="Green",
    ),
    # Photo: maroon satin-finish wrap top, long sleeves, V-neck, tie at the waist, black trousers, black heels, grey
    # backdrop; no belt, no bag. Fabric: polyester satin. All texts: VQA adapter.
    case(
        "X1245-007",
        Q.garment_type("blouse"),
        Q.color("burgundy"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description(
            "a burgundy wrap top with a tie at the waist and black pants and a pair of black heels and a black belt "
            "and a black",
            "cut",
            hit_limit=True,
        ),
        Q.details(
            "a tie at the waist and a tie at the waist and a tie at the waist and a tie at the waist and a tie at the",
            "loop",
            hit_limit=True,
        ),
        Q.material("silk", "unsupported"),
        gender="Women",
        title="Mast & Harbour Women Maroon Solid Wrap Top",
        category="Tops",
        color="Maroon",
    ),
    # Photo: off-white ribbed-knit sleeveless top with a square neck, beige linen trousers, thin gold necklace.
    # Fabric: cotton-blend rib. The feed has no gender for this one. All texts: VQA adapter.
    case(
        "X1245-008",
        Q.garment_type("tee tank"),
        Q.color("white"),
        Q.pattern("striped", "contradiction"),
        Q.sleeve_length("sleeveless"),
        Q.description(
            "a white tank top and beige pants and a gold necklace and a white tank top and beige pants and a gold "
            "necklace and a",
            "loop",
            hit_limit=True,
        ),
        Q.details(
            "ribbed ribbed ribbed ribbed ribbed ribbed ribbed ribbed ribbed ribbed ribbed ribbed ribbed ribbed ribbed",
            "loop",
            hit_limit=True,
        ),
        title="DressBerry Women Off White Solid Ribbed Top",
        category="Tops",
        color="Off White",
    ),
    # Photo: beige top with black horizontal stripes, three-quarter sleeves, boat neck, black skinny trousers.
    # Fabric: cotton. All texts: VQA adapter.
    case(
        "X1245-009",
        Q.garment_type("tee"),
        Q.color("beige"),
        Q.pattern("striped"),
        Q.sleeve_length("long", "contradiction"),
        Q.description("a beige and black striped top with three quarter sleeves and black pants"),
        Q.details("stripes"),
        Q.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="AND Women Beige & Black Striped Boat Neck Top",
        category="Tops",
        color="Beige",
    ),
    # Photo: co-ord, lavender sleeveless top with a tie-up neck and matching straight trousers, white sneakers, white
    # backdrop, full length. Fabric: polyester crepe. All texts: VQA adapter.
    case(
        "X1245-010",
        Q.garment_type("pants"),
        Q.color("purple"),
        Q.pattern("solid"),
        Q.sleeve_length("short", "contradiction"),
        Q.description(
            "a purple top and purple pants and a purple top and purple pants and a purple top and purple pants and a "
            "purple top and",
            "loop",
            hit_limit=True,
        ),
        Q.details("a bow at the neck"),
        Q.material("polyester"),
        gender="Women",
        title="SIRIKIT Women Lavender Solid Top with Trousers",
        category="Co-Ords",
        color="Lavender",
    ),
    # Photo: black-and-white gingham peplum top, short puff sleeves, round neck, blue jeans. Fabric: polyester.
    # All texts: VQA adapter.
    case(
        "X1245-011",
        Q.garment_type("blouse shirt"),
        Q.color("black and white"),
        Q.pattern("plaid"),
        Q.sleeve_length(
            "short puff sleeves short puff sleeves short puff sleeves short puff sleeves short puff sleeves short "
            "puff sleeves short puff sleeves short",
            "loop",
            hit_limit=True,
        ),
        Q.description(
            "a black and white checkered top with a ruffled hem and blue jeans Question: Describe the garment. "
            "Answer: a black and white checkered top with",
            "leak",
            hit_limit=True,
        ),
        Q.details("ruffles"),
        Q.material("cotton", "unsupported"),
        gender="Women",
        title="Berrylush Women Black & White Checked Peplum Top",
        category="Tops",
        color="Black",
    ),
    # Photo: the feed's image is the back view: red long-sleeve shirt-style top from behind, back yoke, the model's
    # hair, denim shorts. Fabric: polyester crepe. All texts: VQA adapter.
    case(
        "X1245-012",
        Q.garment_type("shirt"),
        Q.color("red"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("the back of a red shirt"),
        Q.details("no", "non_answer"),
        Q.material("cotton", "unsupported"),
        gender="Women",
        title="Harpa Women Red Solid Shirt Style Top",
        category="Tops",
        color="Red",
    ),
    # Photo: blue-and-white checked flannel shirt, long sleeves, worn open over a white tee, black jeans.
    # Fabric: cotton flannel. All texts: VQA adapter.
    case(
        "X1245-013",
        Q.garment_type("jacket coat", "contradiction"),
        Q.color("white", "other_garment_color"),
        Q.pattern("plaid"),
        Q.sleeve_length("long"),
        Q.description(
            "a blue and white plaid shirt over a white t - shirt and black jeans and a blue and white plaid shirt "
            "over a white t -",
            "loop",
            hit_limit=True,
        ),
        Q.details("he is wearing the shirt open over a white t - shirt", "pronoun"),
        Q.material("flannel"),
        gender="Women",
        title="Roadster Women Blue & White Regular Fit Checked Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: flat lay on white, no person: yellow knit crop top, short sleeves, square neck. Fabric: cotton.
    # All texts: VQA adapter.
    case(
        "X1245-014",
        Q.garment_type("tee"),
        Q.color("yellow"),
        Q.pattern("yellow", "non_answer"),
        Q.sleeve_length("short"),
        Q.description("a yellow t - shirt"),
        Q.details("a woman wearing a yellow shirt", "unsupported"),
        Q.material("cotton"),
        gender="Women",
        title="Tokyo Talkies Women Yellow Solid Crop Top",
        category="Tops",
        color="Yellow",
    ),
    # Photo: co-ord, blue-and-white tie-dye short-sleeve shirt and matching shorts, model sitting on a wooden stool.
    # Fabric: rayon. All texts: VQA adapter.
    case(
        "X1245-015",
        Q.garment_type("shorts"),
        Q.color(
            "blue and white blue and white blue and white blue and white blue and white blue and white blue and "
            "white blue and white",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("tie dye"),
        Q.sleeve_length("short"),
        Q.description(
            "a woman sitting on a stool wearing a blue and white tie dye shirt and shorts with her legs crossed and "
            "her hands on her knees and her",
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
        Q.material("denim", "unsupported"),
        gender="Women",
        title="Sera Women Blue Tie and Dye Shirt with Shorts",
        category="Co-Ords",
        color="Blue",
    ),
    # Photo: black sheer chiffon blouse with long balloon sleeves over a black camisole, black mini skirt.
    # Fabric: polyester chiffon. All texts: VQA adapter.
    case(
        "X1245-016",
        Q.garment_type("blouse"),
        Q.color(
            "black Question: What is the color of the garment? Answer: black Question: What is the color of the "
            "garment? Answer: black",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        Q.description(
            "a black blouse with sheer sleeves and a black skirt and a black belt and a black bag and a black purse "
            "and a black",
            "cut",
            hit_limit=True,
        ),
        Q.details("sheer sleeves"),
        Q.material("chiffon"),
        gender="Women",
        title="Vero Moda Women Black Sheer Balloon Sleeve Top",
        category="Tops",
        color="Black",
    ),
    # Photo: pink-and-white pinstripe shirt, long sleeves rolled above the elbow, tucked into beige chinos.
    # Fabric: cotton (title). All texts: VQA adapter.
    case(
        "X1245-017",
        Q.garment_type("shirt"),
        Q.color("pink"),
        Q.pattern("striped"),
        Q.sleeve_length("short", "contradiction"),
        Q.description("a pink and white striped shirt with the sleeves rolled up"),
        Q.details("the sleeves are rolled up"),
        Q.material("linen", "contradiction"),
        gender="Women",
        title="Marks & Spencer Women Pink Pure Cotton Striped Shirt",
        category="Shirts",
        color="Pink",
    ),
    # Photo: white broderie anglaise blouse (eyelet embroidery in flower shapes), short puff sleeves, V-neck, light
    # wash jeans; no lace anywhere. Fabric: cotton. All texts: VQA adapter.
    case(
        "X1245-018",
        Q.garment_type("blouse"),
        Q.color("white"),
        Q.pattern("white", "non_answer"),
        Q.sleeve_length("short"),
        Q.description("a white blouse with puff sleeves"),
        Q.details(
            "lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace "
            "lace lace lace lace lace lace lace lace lace",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Women",
        title="H&M Women White Broderie Anglaise Blouse",
        category="Tops",
        color="White",
    ),
    # Photo: co-ord, black short-sleeve crop top and black wide-leg trousers (the two read as one piece), white
    # sneakers, sunglasses in hand, pink backdrop. All texts: VQA adapter.
    case(
        "X1245-019",
        Q.garment_type("romper jumpsuit", "contradiction"),
        Q.color(
            "black Question: What is the color of the garment? Answer: black Question: What is the color of the "
            "garment? Answer: black",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        Q.sleeve_length(
            "short-short-short-short-short-short-short-short-short-short-short-short-short-short-short",
            "loop",
            hit_limit=True,
        ),
        Q.description("a black top and black pants"),
        gender="Women",
        title="KASSUALLY Women Black Solid Top with Trousers",
        category="Co-Ords",
        color="Black",
    ),
    # Photo: rust satin shirt, long sleeves buttoned at the cuff (not rolled), collar, tucked into cream trousers.
    # Fabric: polyester satin (title says satin). All texts: VQA adapter.
    case(
        "X1245-020",
        Q.garment_type("shirt"),
        Q.color("orange"),
        Q.pattern("solid"),
        Q.sleeve_length(
            "long sleeves long sleeves long sleeves long sleeves long sleeves long sleeves long sleeves long sleeves "
            "long sleeves long sleeves long sleeves long sleeves long sleeves long sleeves long sleeves",
            "loop",
            hit_limit=True,
        ),
        Q.description("a brown satin shirt"),
        Q.details(
            "the shirt has a collar and buttons down the front and the sleeves are rolled up to the elbows and the "
            "shirt is tucked into the pants and",
            "cut",
            hit_limit=True,
        ),
        Q.material("satin"),
        gender="Women",
        title="MANGO Women Rust Solid Satin Shirt",
        category="Shirts",
        color="Rust",
    ),
    # Photo: navy top with small white and pink flowers, short flutter sleeves, V-neck with a tie, white denim shorts.
    # Fabric: viscose rayon. All texts: VQA adapter.
    case(
        "X1245-021",
        Q.garment_type("blouse shirt"),
        Q.color("navy"),
        Q.pattern("floral"),
        Q.sleeve_length(
            "short Question: How long are the sleeves? Answer: short Question: How long are the sleeves? Answer: "
            "short Question: How",
            "leak",
            hit_limit=True,
        ),
        Q.description(
            "a navy blue floral blouse with a v neck and a tie at the front and white shorts and a pair of white "
            "sandals and a",
            "cut",
            hit_limit=True,
        ),
        Q.details("the details of the garment", "restated"),
        Q.material("rayon"),
        gender="Women",
        title="ONLY Women Navy Blue Floral Print Top",
        category="Tops",
        color="Navy Blue",
    ),
    # Photo: peach sleeveless peplum top with a ruffled hem, blue jeans, hand on hip. Fabric: polyester crepe.
    # The feed has no gender for this one. All texts: VQA adapter.
    case(
        "X1245-022",
        Q.garment_type("tee tank"),
        Q.color("pink"),
        Q.pattern("pink", "non_answer"),
        Q.sleeve_length("sleeveless"),
        Q.description(
            "a pink top with a ruffle at the bottom and blue jeans and a pink top with a ruffle at the bottom and "
            "blue jeans and a",
            "loop",
            hit_limit=True,
        ),
        Q.details("ruffles on the bottom"),
        Q.material("cotton", "unsupported"),
        title="Style Quotient Women Peach Solid Peplum Top",
        category="Tops",
        color="Peach",
    ),
    # Photo: white short-sleeve tee-style top with "WEEKEND" printed in black on the chest, black shorts.
    # Fabric: cotton. All texts: VQA adapter; all of them right.
    case(
        "X1245-023",
        Q.garment_type("graphic tee"),
        Q.color("white"),
        Q.pattern("graphic"),
        Q.sleeve_length("short"),
        Q.description("a white t - shirt with the word weekend on it"),
        Q.details("the word weekend"),
        Q.material("cotton"),
        gender="Women",
        title="Roadster Women White Typography Printed Top",
        category="Tops",
        color="White",
    ),
    # Photo: fuchsia fitted jersey top, ruched sides, long sleeves, square neck, black faux-leather skirt.
    # Fabric: polyester-spandex. All texts: VQA adapter.
    case(
        "X1245-024",
        Q.garment_type("sweater", "contradiction"),
        Q.color("pink"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description(
            "a pink top with long sleeves and a black skirt and a black skirt and a black skirt and a black skirt and "
            "a black skirt and",
            "loop",
            hit_limit=True,
        ),
        Q.details("gathered on the sides"),
        Q.material("spandex"),
        gender="Women",
        title="Athena Women Fuchsia Solid Ruched Fitted Top",
        category="Tops",
        color="Fuchsia",
    ),
    # Photo: teal top with a white paisley block print, three-quarter sleeves, keyhole neck with tassels, white
    # palazzos; no scarf. Fabric: cotton. All texts: VQA adapter.
    case(
        "X1245-025",
        Q.garment_type("blouse"),
        Q.color("white", "other_garment_color"),
        Q.pattern("paisley"),
        Q.sleeve_length("3/4"),
        Q.description("a blue paisley print top with white pants and a white scarf", "unsupported"),
        Q.details(
            "tassels tassels tassels tassels tassels tassels tassels tassels tassels tassels tassels tassels tassels "
            "tassels tassels",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Women",
        title="Global Desi Women Teal Printed Top",
        category="Tops",
        color="Teal",
    ),
    # Photo: woman with a short pixie cut in an oversized black shirt, long sleeves, black trousers, black loafers.
    # All texts: VQA adapter.
    case(
        "X1245-026",
        Q.garment_type("shirt"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a man wearing a black shirt and black pants", "pronoun"),
        Q.details(
            "he is wearing a black shirt and black pants and black shoes and black shoes and black shoes and black "
            "shoes and black shoes and",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="FabAlley Women Black Solid Oversized Shirt",
        category="Shirts",
        color="Black",
    ),
    # Photo: co-ord, green-and-white floral short-sleeve crop shirt and matching midi skirt, model sitting on a cane
    # chair. Fabric: polyester. All texts: VQA adapter.
    case(
        "X1245-027",
        Q.garment_type("dress", "contradiction"),
        Q.color("green"),
        Q.pattern("floral"),
        Q.sleeve_length("short"),
        Q.description("a green and white floral print dress", "contradiction"),
        Q.details("buttons on the front"),
        Q.material("polyester"),
        gender="Women",
        title="SASSAFRAS Women Green Floral Printed Shirt with Skirt Co-Ord Set",
        category="Co-Ords",
        color="Green",
    ),
    # Photo: beige linen shirt-style top, long sleeves, collar, tucked into white jeans. Fabric: linen blend (title).
    # All texts: VQA adapter.
    case(
        "X1245-028",
        Q.garment_type(
            "shirt Question: What type of garment is this? Answer: shirt Question: What type of garment is this? "
            "Answer: shirt Question:",
            "leak",
            hit_limit=True,
        ),
        Q.color("beige"),
        Q.sleeve_length(
            "long Question: How long are the sleeves? Answer: long Question: How long are the sleeves? Answer: long "
            "Question: How",
            "leak",
            hit_limit=True,
        ),
        Q.description("a beige shirt and white pants"),
        Q.material("linen"),
        gender="Women",
        title="Chemistry Women Beige Solid Linen Shirt Style Top",
        category="Tops",
        color="Beige",
    ),
    # Photo: mustard top with long balloon sleeves and smocked cuffs, round neck, black jeans, white backdrop; no bag,
    # no shoes in frame. All texts: VQA adapter.
    case(
        "X1245-029",
        Q.garment_type("blouse"),
        Q.color("yellow"),
        Q.pattern(
            "solid solid solid solid solid solid solid solid solid solid solid solid solid solid solid solid solid "
            "solid solid solid solid solid solid solid solid solid solid solid solid solid",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        Q.description(
            "a yellow top with long sleeves and a black pair of jeans and a pair of black shoes and a black bag and a "
            "black purse and a",
            "cut",
            hit_limit=True,
        ),
        Q.details("the sleeves are puffed"),
        gender="Women",
        title="Zink London Women Mustard Yellow Solid Balloon Sleeve Top",
        category="Tops",
        color="Mustard",
    ),
    # Photo: olive utility shirt, two flap chest pockets, epaulettes, long sleeves, black leggings. Plain olive, no
    # print. Fabric: cotton (title). All texts: VQA adapter.
    case(
        "X1245-030",
        Q.garment_type("jacket coat", "contradiction"),
        Q.color("green"),
        Q.pattern("camouflage", "contradiction"),
        Q.sleeve_length("long"),
        Q.description(
            "an army green shirt with two pockets and black leggings and an army green shirt with two pockets and "
            "black leggings and an",
            "loop",
            hit_limit=True,
        ),
        Q.details("two pockets on the chest"),
        Q.material("cotton"),
        gender="Women",
        title="Mast & Harbour Women Olive Green Pure Cotton Utility Shirt",
        category="Shirts",
        color="Olive",
    ),
    # Photo: red blouse with white polka dots, long bishop sleeves, tie-neck bow, black trousers. Fabric: polyester.
    # All texts: VQA adapter.
    case(
        "X1245-031",
        Q.garment_type("blouse"),
        Q.color("red"),
        Q.pattern(
            "polka dots polka dots polka dots polka dots polka dots polka dots polka dots polka dots polka dots polka "
            "dots polka dots polka dots polka",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        Q.description("a red and white polka dot blouse with a bow at the neck"),
        Q.details(
            "a bow at the neck and a bow at the neck and a bow at the neck and a bow at the neck and a bow at the",
            "loop",
            hit_limit=True,
        ),
        Q.material(
            "polyester polyester polyester polyester polyester polyester polyester polyester polyester polyester "
            "polyester polyester polyester polyester polyester",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="AND Women Red & White Polka Dot Print Tie-Up Neck Top",
        category="Tops",
        color="Red",
    ),
    # Photo: white slim-fit formal shirt, long sleeves, grey formal trousers, grey backdrop. Fabric: cotton blend.
    # All texts: VQA adapter.
    case(
        "X1245-032",
        Q.garment_type("shirt"),
        Q.color(
            "white white white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description(
            "a white shirt and grey pants Question: Describe the garment. Answer: a white shirt and grey pants "
            "Question: Describe the garment. Answer:",
            "leak",
            hit_limit=True,
        ),
        Q.details("collar"),
        Q.material("cotton"),
        gender="Women",
        title="Van Heusen Woman White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: grey melange short-sleeve crop top, black high-waist joggers, black cap. Fabric: cotton.
    # All texts: VQA adapter.
    case(
        "X1245-033",
        Q.garment_type("tee"),
        Q.color("black", "other_garment_color"),
        Q.sleeve_length("short"),
        Q.description("a grey crop top and black pants"),
        Q.details("", "non_answer"),
        Q.material("cotton"),
        gender="Women",
        title="Roadster Women Grey Melange Solid Cropped Top",
        category="Tops",
        color="Grey Melange",
    ),
    # Photo: maroon top with gold thread embroidery on the yoke, three-quarter sleeves, white cigarette pants.
    # Fabric: rayon. All texts: VQA adapter.
    case(
        "X1245-034",
        Q.garment_type("blouse"),
        Q.color("maroon"),
        Q.pattern("embroidered"),
        Q.sleeve_length("3/4 3/4 3/4 3/4 3/4 3/4 3/4 3/4 3/4 3/4", "loop", hit_limit=True),
        Q.description("a maroon top with gold embroidery on the neck"),
        Q.details("gold embroidery"),
        Q.material("silk", "unsupported"),
        gender="Women",
        title="Kalini Women Maroon Embroidered Top",
        category="Tops",
        color="Maroon",
    ),
    # Photo: black top with lace panels on the yoke and short sleeves, blue jeans. All texts: VQA adapter.
    case(
        "X1245-035",
        Q.garment_type("blouse"),
        Q.color("black"),
        Q.pattern("lace"),
        Q.sleeve_length("short"),
        Q.description("yes", "non_answer"),
        Q.details("lace"),
        Q.material("lace"),
        gender="Women",
        title="Tokyo Talkies Women Black Lace Panelled Top",
        category="Tops",
        color="Black",
    ),
    # Photo: co-ord, pink short-sleeve shirt with a green leaf print and matching palazzos. Fabric: cotton.
    # All texts: VQA adapter.
    case(
        "X1245-036",
        Q.garment_type("blouse shirt"),
        Q.color("green", "contradiction"),
        Q.pattern("floral"),
        Q.sleeve_length("short"),
        Q.description(
            "a pink and green printed shirt and pants and a pink and green printed shirt and pants and a pink and "
            "green",
            "loop",
            hit_limit=True,
        ),
        Q.details("no", "non_answer"),
        Q.material("cotton"),
        gender="Women",
        title="Jaipur Kurti Women Pink & Green Printed Shirt with Palazzos",
        category="Co-Ords",
        color="Pink",
    ),
    # Photo: mid-blue denim shirt, long sleeves, two chest pockets, tucked into white shorts. All texts: VQA adapter.
    case(
        "X1245-037",
        Q.garment_type("denim"),
        Q.color("blue"),
        Q.pattern("denim", "non_answer"),
        Q.sleeve_length(
            "long sleeves Question: How long are the sleeves? Answer: long sleeves Question: How long are the "
            "sleeves? Answer: long sleeves",
            "leak",
            hit_limit=True,
        ),
        Q.description("a blue denim shirt with two pockets and white shorts"),
        Q.details(
            "two pockets on the chest and buttons down the front and two pockets on the chest and buttons down the "
            "front and two",
            "loop",
            hit_limit=True,
        ),
        Q.material("denim"),
        gender="Women",
        title="Roadster Women Blue Pure Cotton Denim Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: white top with a black abstract brushstroke print, short sleeves, black trousers. All texts: VQA adapter.
    case(
        "X1245-038",
        Q.garment_type("blouse"),
        Q.color("black", "other_garment_color"),
        Q.pattern("abstract"),
        Q.sleeve_length("short"),
        Q.description("a black and white top with black pants"),
        Q.details(
            "black and white black and white black and white black and white black and white black and white black "
            "and white black and white",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Harpa Women White & Black Abstract Print Top",
        category="Tops",
        color="White",
    ),
    # Photo: cream fine-knit short-sleeve top, round neck, tucked into brown trousers. Fabric: viscose-nylon blend.
    # All texts: VQA adapter.
    case(
        "X1245-039",
        Q.garment_type("sweater"),
        Q.color("white"),
        Q.pattern("the pattern of the garment", "restated"),
        Q.sleeve_length("short"),
        Q.description("the garment is a sweater"),
        Q.material("wool", "unsupported"),
        gender="Women",
        title="MANGO Women Cream-Coloured Knitted Top",
        category="Tops",
        color="Cream",
    ),
    # Photo: resort shirt with a tropical floral print (orange hibiscus, blue and green leaves), short sleeves,
    # white shorts. Fabric: viscose rayon. The feed has no base colour for this one. All texts: VQA adapter.
    case(
        "X1245-040",
        Q.garment_type("shirt"),
        Q.color("orange"),
        Q.pattern("floral"),
        Q.sleeve_length(
            "short short short short short short short short short short short short short short short short short "
            "short short short short short short short short short short short short short",
            "loop",
            hit_limit=True,
        ),
        Q.description("a hawaiian shirt"),
        Q.details(
            "the shirt has a collar and buttons and the shirt has a collar and buttons and the shirt has a collar and "
            "buttons and the shirt",
            "loop",
            hit_limit=True,
        ),
        Q.material("i don't know", "non_answer"),
        gender="Women",
        title="Sztori Women Multicoloured Tropical Printed Resort Shirt",
        category="Shirts",
    ),
    # Photo: black one-shoulder top with a single long sleeve, white trousers. Fabric: polyester.
    # All texts: VQA adapter; all of them right.
    case(
        "X1245-041",
        Q.garment_type("blouse"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a black one shoulder top and white pants"),
        gender="Women",
        title="Trendyol Women Black Solid One Shoulder Top",
        category="Tops",
        color="Black",
    ),
    # Photo: mauve georgette kaftan top, batwing sleeves to the elbow, V-neck with thread embroidery, white jeans.
    # All texts: VQA adapter.
    case(
        "X1245-042",
        Q.garment_type("dress", "contradiction"),
        Q.color("purple"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a purple kaftan"),
        Q.details("the details of the garment are the details of the garment", "restated"),
        Q.material("cotton", "contradiction"),
        gender="Women",
        title="FIORRA Women Mauve Solid Georgette Kaftan Top",
        category="Tops",
        color="Mauve",
    ),
    # Photo: woman with short cropped hair, charcoal oversized shirt with one chest pocket, long sleeves, black shorts.
    # The feed has no gender for this one. All texts: VQA adapter.
    case(
        "X1245-043",
        Q.garment_type("shirt"),
        Q.color("grey"),
        Q.pattern(
            "solid Question: What is the pattern of the garment? Answer: solid Question: What is the pattern of the "
            "garment? Answer: solid",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        Q.description("a man in a grey shirt and black shorts", "pronoun"),
        Q.details("pocket on the chest"),
        title="Roadster Women Charcoal Grey Oversized Casual Shirt",
        category="Shirts",
        color="Charcoal",
    ),
    # Photo: sea green short-sleeve top with a knot at the front hem, white jeans, white backdrop. Fabric: cotton.
    # All texts: VQA adapter.
    case(
        "X1245-044",
        Q.garment_type("tee tank"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description(
            "a green top with a knot at the front and white jeans and white shoes and a white wall behind her and a "
            "white floor and a",
            "cut",
            hit_limit=True,
        ),
        Q.details("knot"),
        Q.material("cotton"),
        gender="Women",
        title="Mast & Harbour Women Sea Green Solid Knot Front Top",
        category="Tops",
        color="Sea Green",
    ),
    # Photo: ivory sleeveless top with gold sequins around the neckline, model holding a gold clutch. Fabric:
    # polyester georgette. All texts: VQA adapter.
    case(
        "X1245-045",
        Q.garment_type("blouse"),
        Q.color("gold", "contradiction"),
        Q.pattern("sequin"),
        Q.sleeve_length("sleeveless"),
        Q.description(
            "a white top with gold sequins on the neck and a gold clutch in her hand and gold earrings and a gold "
            "necklace and a gold bracelet and a",
            "cut",
            hit_limit=True,
        ),
        Q.details("sequins"),
        Q.material("silk", "unsupported"),
        gender="Women",
        title="Label Ritu Kumar Women Ivory & Gold-Toned Embellished Top",
        category="Tops",
        color="Off White",
    ),
]
