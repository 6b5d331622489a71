"""BLIND_203 (46 products; women's tops and bottoms layered on models, Myntra-like feed): written blind in the
thirty-ninth session. Measured blind at 613c74d (the session's rules as they stood): 93/103 failures found (90.3%) and
11/128 correct texts flagged (8.6%). The writer's notes, verbatim:

Scenario:
A Myntra-like women's apparel feed in English: shirts, blouses, tunics, t-shirts, tank tops, sweaters, cardigans,
jeans, trousers, palazzos, culottes, skirts and shorts, all shot on models. Every photo shows the product worn with
another garment (a blouse tucked into trousers, a cardigan over a tank top, jeans under a sweater), so a second
garment with its own color, pattern and sleeves is always in frame. Catalog columns are title, category and the
seller's color (Myntra-style shade names: Navy Blue, Mustard, Off White, Taupe, Rust, Grey Melange...) and gender;
a few rows lack gender and one lacks the seller color, as real feeds do.

Who wrote what:
- The base Salesforce/blip2-opt-2.7b (greedy, stops on the newline): the lowercase captions ("a woman in a white
  shirt and blue jeans", "t - shirt" spacing included) and the short answers. It never hits the token limit. Its
  failures are the untuned ones: the other garment's color or pattern for the product, the outer layer taken for
  the product, a wrong pronoun ("he", "his", "a man") for a woman model, invented details, empty or echoing answers.
- A caption-only LoRA adapter (DeepFashion-MultiModal template, no end token): captions and, where it was used for a
  question, the caption template again instead of an answer. It always runs to its limit (50 tokens for captions,
  30 for answers), so every text from it has hit_limit=True; the template names no hues ("pure color patterns").
- A VQA LoRA adapter trained with padding in its loss (In-shop vocabulary: tee, tank, blouse, denim, graphic tee,
  polo shirt; vendor color words): it never learned to stop. It loops, runs on into new "Question: ... Answer:"
  turns, or emits its answer and then only padding until the limit, which decodes to a clean short answer (or to
  nothing at all). Every text from it has hit_limit=True.

Labeling conventions and judgement calls:
- One kind per failure text: the one an auditor comparing text and photo notices first. A loop that repeats a wrong
  color ("black black black" for khaki chinos) is a loop; a run-on into a new "Question:" turn is a leak even when
  its first word is right.
- Adapter texts that hit the limit: when the text stops mid-sentence it is "cut", unless a glaring content error
  comes first (the template's "long pants" for shorts is a contradiction); a subtle template fabric guess (chiffon
  for satin) does not outrank the cut. Two caption-adapter captions happened to end on a full stop at the limit and
  are correct in content: labeled correct, with hit_limit=True. VQA answers that are a clean word followed by
  padding up to the limit ("pants", "olive", "short sleeve", "red") are correct with hit_limit=True; the one that
  decoded to an empty string is a non_answer.
- The caption template returned for a color question is a non_answer (it names no hue), even though it is also cut;
  returned for a wearing, description, sleeve or pattern question, it does answer, so it is labeled "cut".
- Shade words for the seller color are correct: navy/blue for Navy Blue, yellow for Mustard, orange for Rust,
  purple for Lavender, white for Cream and Off White, red and burgundy for Maroon, green for Olive, tan for Beige,
  brown for Taupe, grey for Charcoal, blue for Teal in a caption, pink for Peach in a caption.
- Garment synonyms are correct: pants for trousers, palazzos and culottes; top and blouse for a top or tunic;
  sweater for a pullover and for a cardigan (a cardigan is a sweater); tee/t - shirt; crop top for a crop tank;
  plaid/checkered for checked. "dress" for a knee-length tunic and "skirt" for wide palazzos are contradictions;
  "pajamas" for a printed top-and-palazzo set is a contradiction; "belt" as the garment type of belted shorts is a
  contradiction (an accessory answered as the garment).
- A set named piece by piece in its own colors ("a blue top and blue pants") is correct; naming the other garment
  in its own color in a caption or wearing answer is correct.
- "none" as the pattern of a solid garment is correct; "solid" for a tee with a small chest logo is correct; "it has
  a flag on the front" for a Tommy Hilfiger tee is correct (the logo is a flag).
- Sleeve answers contradicting the title ("short" for a sleeveless blouse or a tank top) are contradictions; the
  pattern of the other garment given for the product (striped for solid culottes) is a contradiction; the other
  garment's color given for the product is other_garment_color; a plainly wrong hue that is no garment's in frame
  is a contradiction.
- A material the title contradicts (cotton for linen shorts) or another garment's material (leather for a knit
  sweater) is "unsupported", like invented necklines, bows, slits, pockets and rips.
- "they are shorts", "the garment", "nothing", "clothes", "no" (to the pattern question) and the empty string are
  non_answer; sentences that only turn the question back ("the details of the garment are the details", "it is made
  of fabric", "the pattern of the garment is a pattern", "the garment is a garment that is worn", the wearing
  question echoed as its own answer, "a pair of trousers that is worn by a woman") are restated.
- Material is mostly asked where the title names it or the fabric is unmistakable (denim); "silk" for a plain rust
  top whose title names no material and which reads as cotton in the photo is unsupported.
- A VQA run that is mostly right but cut mid-phrase at the limit ("brown and white plaid pants with a high waist and
  ... and a") is cut.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, question

# the experiments' own questionnaire, asked as extra open questions where the garment fits
color_jeans = question("color_jeans", "What is the color of the jeans?", "open")
color_pants = question("color_pants", "What is the color of the pants?", "open")
color_shirt = question("color_shirt", "What is the color of the shirt?", "open")
shirt_color = question("shirt_color", "What is the shirt color?", "open")
color_skirt = question("color_skirt", "What is the color of the skirt?", "open")
shirt_details = question("shirt_details", "What are the shirt details?", "open")
jeans_details = question("jeans_details", "What are the jeans details?", "open")
shorts_details = question("shorts_details", "What are the shorts details?", "open")

W = "Women"

BLIND_203 = [
    # white cotton shirt, sleeves rolled to the elbow, tucked into mid-blue jeans; white wall
    case(
        "X203-001",
        caption("a woman wearing a white shirt and blue jeans"),
        D.color("white"),
        D.garment_type("shirt"),
        D.details(
            "the shirt has a collar and buttons down the front, the shirt has a collar and buttons down the front, "
            "the shirt has a collar and",
            "loop",
            hit_limit=True,
        ),
        shirt_color(
            "white-white-white-white-white-white-white-white-white-white-white-white-white-white-white",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Roadster Women White Solid Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # blue skinny jeans, white crew-neck t-shirt tucked in, white sneakers
    case(
        "X203-002",
        caption("a woman in a white t - shirt and jeans standing in front of a white wall"),
        D.color("white", "other_garment_color"),
        color_jeans("blue"),
        D.garment_type("jeans"),
        D.details(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long denim pants. The T-shirt is "
            "with cotton fabric and its neckline is round. The",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        title="Levis Women Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # mustard flared palazzos with a short white printed top; no slits, elastic waist
    case(
        "X203-003",
        caption("a woman in a white top and yellow pants"),
        D.color("yellow"),
        D.garment_type("pants"),
        D.wearing("a white shirt and yellow pants"),
        D.details("it has a slit on the side", "unsupported"),
        D.pattern("floral", "contradiction"),
        gender=W,
        title="W Women Mustard Yellow Solid Flared Palazzos",
        category="Palazzos",
        color="Mustard",
    ),
    # long beige open-front cardigan over a black tank top, black jeans
    case(
        "X203-004",
        caption("a woman wearing a black top and a beige cardigan"),
        D.color("black", "other_garment_color"),
        D.wearing("she is wearing a cardigan, black top and black pants"),
        D.sleeve_length(
            "long-long-long-long-long-long-long-long-long-long-long-long-long-long-long", "loop", hit_limit=True
        ),
        gender=W,
        title="Vero Moda Women Beige Solid Open Front Cardigan",
        category="Cardigan",
        color="Beige",
    ),
    # black ribbed tank top under an open grey cardigan, blue jeans
    case(
        "X203-005",
        caption(
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitting fabric and "
            "its neckline is v-shape. The lady wears a tank top inside. The tank top is with cotton fabric and its "
            "neckline is",
            "cut",
            hit_limit=True,
        ),
        D.color("grey", "other_garment_color"),
        D.garment_type("tank top"),
        D.sleeve_length("sleeveless"),
        gender=W,
        title="ONLY Women Black Solid Tank Top",
        category="Tops",
        color="Black",
    ),
    # navy slim formal trousers with a pressed crease, light pink blouse tucked in, nude heels
    case(
        "X203-006",
        caption("a woman in a pink blouse and navy pants"),
        D.color("navy"),
        color_pants(
            "navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("pants", hit_limit=True),
        D.details("the pants have a crease down the front"),
        D.material("it is made of fabric", "restated"),
        D.wearing("he is wearing a pink shirt and navy pants", "pronoun"),
        gender=W,
        title="Marks & Spencer Women Navy Blue Slim Fit Formal Trousers",
        category="Trousers",
        color="Navy Blue",
    ),
    # coral sleeveless blouse with a ruffled neckline, tucked into white trousers
    case(
        "X203-007",
        caption("a woman wearing an orange top and white pants"),
        D.color("orange"),
        D.details("ruffles on the neckline"),
        D.sleeve_length("short", "contradiction"),
        gender=W,
        title="AND Women Coral Solid Sleeveless Ruffled Blouse",
        category="Tops",
        color="Coral",
    ),
    # black-and-white checked A-line mini skirt, black turtleneck sweater tucked in, no buttons on the skirt
    case(
        "X203-008",
        caption("a woman wearing a black sweater and a plaid skirt"),
        D.pattern("plaid"),
        D.color("black and white"),
        D.details("it has buttons down the front", "unsupported"),
        D.description(
            "The lady wears a long-sleeve sweater with pure color patterns and a short skirt with lattice patterns. "
            "The sweater is with knitting fabric and it has a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("what is the person wearing", "restated"),
        gender=W,
        title="Tokyo Talkies Women Black & White Checked A-Line Mini Skirt",
        category="Skirts",
        color="Black",
    ),
    # lavender graphic t-shirt knotted at the waist, black track pants
    case(
        "X203-009",
        caption("a woman in a purple t - shirt and black pants"),
        D.color(
            "lavender-lavender-lavender-lavender-lavender-lavender-lavender-lavender-lavender-lavender",
            "loop",
            hit_limit=True,
        ),
        D.pattern("graphic"),
        D.wearing("he is wearing a purple t - shirt and black pants", "pronoun"),
        D.details(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        title="HRX by Hrithik Roshan Women Lavender Printed Round Neck T-shirt",
        category="Tshirts",
        color="Lavender",
    ),
    # cream cable-knit crew-neck pullover, half tucked into blue jeans
    case(
        "X203-010",
        caption("a woman wearing a white sweater and jeans"),
        D.color("white"),
        D.details("the sweater has a cable knit pattern and a turtle neck", "unsupported"),
        D.wearing(
            "sweater and denim and sweater and denim and sweater and denim and sweater and denim and sweater and",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Mango Women Cream-Coloured Cable Knit Pullover Sweater",
        category="Sweaters",
        color="Cream",
    ),
    # light-wash denim shorts with frayed hem, white tank top tucked in
    case(
        "X203-011",
        caption(
            "The female is wearing a sleeveless tank top with pure color patterns. The tank top is with cotton "
            "fabric. It has a round neckline. The shorts this female wears is of three-point length. The shorts "
            "are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        shorts_details("they are shorts", "non_answer"),
        D.color("blue"),
        D.material("denim"),
        D.wearing(
            "denim. Question: What is the color of the denim? Answer: blue. Question: Is this a denim? Answer",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        title="Roadster Women Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # knee-length teal tunic with a small white floral print, round neck, no pockets, over white leggings
    case(
        "X203-012",
        caption("a woman in a blue dress and white leggings", "contradiction"),
        D.color("teal"),
        D.pattern("floral"),
        D.garment_type(
            "dress dress dress dress dress dress dress dress dress dress dress dress", "loop", hit_limit=True
        ),
        D.wearing(
            "dress. Question: Is this a dress? Answer: yes. Question: What is the color of the dress? Answer: blue. "
            "Question:",
            "leak",
            hit_limit=True,
        ),
        D.details("it has a v neck and a pocket", "unsupported"),
        gender=W,
        title="Biba Women Teal Printed Straight Tunic",
        category="Tunics",
        color="Teal",
    ),
    # olive culottes with a white-and-navy striped shirt tucked in
    case(
        "X203-013",
        caption("a woman wearing a striped shirt and green pants"),
        D.color("green"),
        D.pattern("striped", "contradiction"),
        color_pants("olive", hit_limit=True),
        D.description("the garment", "non_answer"),
        gender=W,
        title="Kassually Women Olive Green Solid Culottes",
        category="Trousers",
        color="Olive",
    ),
    # blue-and-white vertical striped shirt, front-tucked into white wide-leg trousers
    case(
        "X203-014",
        caption("a woman in a blue and white striped shirt and white pants"),
        D.color("blue and white"),
        D.pattern("stripes"),
        D.sleeve_length(
            "long sleeve long sleeve long sleeve long sleeve long sleeve long sleeve long sleeve long sleeve long",
            "loop",
            hit_limit=True,
        ),
        shirt_color(
            "The lady wears a long-sleeve shirt with striped patterns and a long trousers. The shirt is with cotton "
            "fabric and its neckline is lapel. The",
            "non_answer",
            hit_limit=True,
        ),
        gender=W,
        title="Style Quotient Women Blue & White Striped Regular Fit Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # black high-rise wide-leg jeans, white cropped sweater
    case(
        "X203-015",
        caption("a woman wearing a white sweater and black jeans"),
        color_jeans("black"),
        jeans_details("the jeans have a high waist and wide legs"),
        D.wearing("she is wearing a white sweater and black jeans"),
        D.material(
            "denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="DOLCE CRUDO Women Black Wide Leg High-Rise Jeans",
        category="Jeans",
        color="Black",
    ),
    # rust puff-sleeve round-neck top tucked into beige trousers, thin gold watch on her wrist
    case(
        "X203-016",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric and its neckline is round. The trousers are with cotton fabric and pure color patterns. "
            "There is an accessory on her wrist.",
            hit_limit=True,
        ),
        D.color("orange"),
        D.details("puffed sleeves and a round neck"),
        D.garment_type(
            "blouse. Question: Is this a blouse? Answer: yes. Question: What is the color of the blouse? Answer: "
            "orange",
            "leak",
            hit_limit=True,
        ),
        D.material("silk", "unsupported"),
        gender=W,
        title="SASSAFRAS Women Rust Solid Puff Sleeve Top",
        category="Tops",
        color="Rust",
    ),
    # khaki cotton chinos, black t-shirt tucked in, white sneakers
    case(
        "X203-017",
        caption("a woman in a black shirt and khaki pants"),
        D.color(
            "black black black black black black black black black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("pants"),
        D.material("cotton"),
        D.pattern("none"),
        gender=W,
        title="Mast & Harbour Women Khaki Tapered Fit Cotton Chinos",
        category="Trousers",
        color="Khaki",
    ),
    # maroon textured-knit sweater, black jeans
    case(
        "X203-018",
        caption("a woman in a red sweater and black jeans"),
        D.color("burgundy"),
        D.pattern("solid"),
        D.description(
            "The lady wears a long-sleeve sweater with pure color patterns and a long denim pants. The sweater is "
            "with knitting fabric and its neckline",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a man wearing a red sweater and black jeans", "pronoun"),
        gender=W,
        title="Pepe Jeans Women Maroon Self Design Sweater",
        category="Sweaters",
        color="Maroon",
    ),
    # off-white ribbed tank top under an open light-blue denim shirt, tucked into blue jeans
    case(
        "X203-019",
        caption("a woman wearing a denim shirt and jeans"),
        D.color("blue", "other_garment_color"),
        D.garment_type("shirt", "contradiction"),
        D.sleeve_length("sleeveless"),
        D.pattern("ribbed"),
        gender=W,
        title="H&M Women Off-White Ribbed Tank Top",
        category="Tops",
        color="Off White",
    ),
    # co-ord set: blue top with white block-printed flowers and matching blue printed palazzos
    case(
        "X203-020",
        caption("a woman in a blue and white printed top and pants"),
        D.color("blue and white"),
        D.wearing("a blue top and blue pants"),
        D.garment_type("pajamas", "contradiction"),
        D.pattern(
            "floral floral floral floral floral floral floral floral floral floral floral floral floral floral",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Anouk Women Blue & White Printed Top with Palazzos",
        category="Clothing Set",
        color="Blue",
    ),
    # olive satin midi A-line skirt, plain black knit top tucked in, no slit or belt
    case(
        "X203-021",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long skirt. The T-shirt is with "
            "knitting fabric and its neckline is round. The skirt is with chiffon fabric and its",
            "cut",
            hit_limit=True,
        ),
        D.material("satin"),
        D.color("green"),
        color_skirt("black", "other_garment_color"),
        D.description("a green skirt with a slit and a belt", "unsupported"),
        gender=W,
        title="Berrylush Women Olive Green Satin Midi A-Line Skirt",
        category="Skirts",
        color="Olive",
    ),
    # pink-and-white checked formal shirt, grey trousers
    case(
        "X203-022",
        caption("a woman in a pink shirt and grey pants"),
        D.pattern("checkered"),
        shirt_details(
            "the collar, the buttons, the sleeves, the pocket, the collar, the buttons, the sleeves, the pocket, the "
            "collar, the",
            "loop",
            hit_limit=True,
        ),
        color_shirt("grey", "other_garment_color"),
        color_pants("grey"),
        D.wearing("he is wearing a pink shirt and grey pants", "pronoun"),
        gender=W,
        title="Van Heusen Woman Pink Checked Formal Shirt",
        category="Shirts",
        color="Pink",
    ),
    # navy tee with the small red-white-blue flag logo on the chest, tucked into white shorts
    case(
        "X203-023",
        caption("a woman in a blue shirt and white shorts"),
        D.material("cotton"),
        D.pattern("solid"),
        D.details("it has a flag on the front"),
        D.wearing(
            "tee. Question: What is the color of the tee? Answer: navy. Question: Is this a tee? Answer: yes. "
            "Question:",
            "leak",
            hit_limit=True,
        ),
        D.color("white", "other_garment_color"),
        title="Tommy Hilfiger Women Navy Blue Brand Logo Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # mustard ribbed cardigan buttoned over a white tee, blue jeans
    case(
        "X203-024",
        caption(
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitting fabric. "
            "The cardigan is with knitting fabric. The cardigan is with knitting fabric. The cardigan is with",
            "loop",
            hit_limit=True,
        ),
        D.color("yellow"),
        D.garment_type("sweater"),
        D.details("buttons down the front"),
        D.pattern("no", "non_answer"),
        gender=W,
        title="ONLY Women Mustard Yellow Ribbed Button-Up Cardigan",
        category="Cardigan",
        color="Mustard",
    ),
    # white wide-leg linen-blend trousers, black sleeveless top
    case(
        "X203-025",
        caption("a woman wearing a black top and white pants"),
        D.material("linen"),
        D.color("black", "other_garment_color"),
        color_pants(
            "white-white-white-white-white-white-white-white-white-white-white-white-white-white",
            "loop",
            hit_limit=True,
        ),
        D.description("white wide leg pants"),
        D.garment_type(
            "pants. Question: What is the color of the pants? Answer: white. Question: Is this a",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        title="FOREVER 21 Women White Solid Wide Leg Linen Blend Trousers",
        category="Trousers",
        color="White",
    ),
    # peach satin V-neck blouse, no bow, tucked into a black pencil skirt
    case(
        "X203-026",
        caption("a woman in a pink blouse and black skirt"),
        D.color(
            "peach Question: What is the color of the skirt? Answer: black Question: What is the color of",
            "leak",
            hit_limit=True,
        ),
        D.material("satin"),
        D.details("it has a bow at the neck", "unsupported"),
        D.garment_type("blouse"),
        gender=W,
        title="Zink London Women Peach-Coloured Solid Satin Blouse",
        category="Tops",
        color="Peach",
    ),
    # black cotton shorts, white shirt knotted at the front
    case(
        "X203-027",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns. There is a",
            "contradiction",
            hit_limit=True,
        ),
        D.color("black"),
        shorts_details("", "non_answer"),
        gender=W,
        title="Mast & Harbour Women Black Solid Regular Shorts",
        category="Shorts",
        color="Black",
    ),
    # grey melange crew-neck pullover, white shirt collar showing at the neck, black trousers
    case(
        "X203-028",
        caption("a woman in a grey sweater and black pants"),
        D.color("grey"),
        D.details("long sleeves and a round neck"),
        D.sleeve_length(
            "The lady wears a long-sleeve sweater with pure color patterns and a long trousers. The sweater is with "
            "knitting fabric and",
            "cut",
            hit_limit=True,
        ),
        D.pattern("the pattern of the garment is a pattern", "restated"),
        gender=W,
        title="Marks & Spencer Women Grey Melange Solid Pullover",
        category="Sweaters",
        color="Grey Melange",
    ),
    # light-fade straight high-rise jeans, clean knees, rust knit sweater front-tucked
    case(
        "X203-029",
        caption("a woman wearing an orange sweater and jeans"),
        color_jeans(
            "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue",
            "loop",
            hit_limit=True,
        ),
        D.color("orange", "other_garment_color"),
        jeans_details("they have ripped knees", "unsupported"),
        gender=W,
        title="Kraus Jeans Women Blue Straight Fit High-Rise Light Fade Jeans",
        category="Jeans",
        color="Blue",
    ),
    # off-white tunic with a navy paisley print, three-quarter sleeves, side slits, over blue jeans
    case(
        "X203-030",
        caption("a woman wearing a white top with blue print and jeans"),
        D.color("white"),
        D.garment_type("top"),
        D.pattern("paisley"),
        D.description(
            "the garment is a white and blue printed tunic with a round neck and three quarter sleeves and a slit on "
            "the sides and a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("clothes", "non_answer"),
        gender=W,
        title="Global Desi Women Off-White & Navy Blue Printed Tunic",
        category="Tunics",
        color="Off White",
    ),
    # olive utility shirt with two flap chest pockets, worn open over a white tank, black jeans
    case(
        "X203-031",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long denim pants. The shirt is with "
            "cotton fabric and its neckline is lapel. The pants are with denim fabric and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.color("green"),
        D.details("two pockets on the chest"),
        D.wearing("she is wearing a green shirt, a white tank top and black jeans"),
        D.garment_type("jacket", "contradiction"),
        gender=W,
        title="Campus Sutra Women Olive Green Utility Shirt",
        category="Shirts",
        color="Olive",
    ),
    # red flared midi skirt with small white flowers, white t-shirt tucked in
    case(
        "X203-032",
        caption("a woman in a white shirt and a red floral skirt"),
        D.pattern("floral"),
        D.description(
            "red floral skirt red floral skirt red floral skirt red floral skirt red floral skirt red floral skirt red",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red skirt and a white t - shirt"),
        gender=W,
        title="SASSAFRAS Women Red Floral Printed Flared Midi Skirt",
        category="Skirts",
        color="Red",
    ),
    # black wrap top with white polka dots and a waist tie, tucked into white jeans
    case(
        "X203-033",
        caption("a woman wearing a black and white polka dot top and white jeans"),
        D.pattern("polka dots"),
        D.color(
            "black Question: What is the pattern of the garment? Answer: polka dot Question: What is the",
            "leak",
            hit_limit=True,
        ),
        D.garment_type("blouse"),
        D.details("it has a tie at the waist"),
        gender=W,
        title="Harpa Women Black & White Polka Dot Print Wrap Top",
        category="Tops",
        color="Black",
    ),
    # very wide white cotton palazzos, short indigo printed kurti on top
    case(
        "X203-034",
        caption("a woman in a blue top and white pants"),
        D.color("blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue", "loop", hit_limit=True),
        D.material("cotton"),
        D.garment_type("skirt", "contradiction"),
        D.wearing(
            "The lady wears a short-sleeve shirt with graphic patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is v-shape. The",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        title="Libas Women White Solid Flared Cotton Palazzos",
        category="Palazzos",
        color="White",
    ),
    # pink sports tee with a small Puma cat logo on the chest, black track pants
    case(
        "X203-035",
        caption("a woman in a pink t - shirt and black leggings"),
        D.details("it has a puma logo on the chest"),
        D.sleeve_length("short sleeve", hit_limit=True),
        D.garment_type(
            "graphic tee graphic tee graphic tee graphic tee graphic tee graphic tee graphic tee graphic tee",
            "loop",
            hit_limit=True,
        ),
        D.pattern("", "non_answer", hit_limit=True),
        gender=W,
        title="Puma Women Pink Solid Regular Fit Sports T-shirt",
        category="Tshirts",
        color="Pink",
    ),
    # brown-and-beige checked straight trousers, cream turtleneck sweater tucked in
    case(
        "X203-036",
        caption("a woman wearing a white turtle neck sweater and plaid pants"),
        D.color("white", "other_garment_color"),
        D.pattern("plaid"),
        D.wearing("he is wearing a white sweater and plaid pants", "pronoun"),
        color_pants(
            "brown and white plaid pants with a high waist and a straight leg and a belt loop and a zipper and a",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        title="Tokyo Talkies Women Brown Checked Straight Fit Trousers",
        category="Trousers",
        color="Brown",
    ),
    # navy V-neck button cardigan over a white blouse, beige trousers
    case(
        "X203-037",
        caption(
            "The female is wearing a long-sleeve cardigan with pure color patterns. The cardigan is with knitting "
            "fabric. Its neckline is v-shape. The trousers this female wears is of long length. The trousers are "
            "with cotton fabric.",
            hit_limit=True,
        ),
        D.color("blue"),
        D.details(
            "buttons, v-neck, long sleeves, buttons, v-neck, long sleeves, buttons, v-neck, long sleeves, buttons, v",
            "loop",
            hit_limit=True,
        ),
        D.description("the garment is a garment that is worn", "restated"),
        title="Marks & Spencer Women Navy Blue Solid Cardigan",
        category="Cardigan",
        color="Navy Blue",
    ),
    # beige linen shorts with a self-fabric tie belt, white blouse tucked in
    case(
        "X203-038",
        caption("a woman wearing a white blouse and beige shorts"),
        D.material("cotton", "unsupported"),
        D.color("tan"),
        shorts_details(
            "the shorts have a belt and pockets and a zipper and buttons and a belt and pockets and a zipper and "
            "buttons and",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("belt", "contradiction"),
        gender=W,
        title="Chemistry Women Beige Solid Linen Shorts",
        category="Shorts",
        color="Beige",
    ),
    # sea-green floral blouse with three-quarter sleeves, white jeans
    case(
        "X203-039",
        caption("a woman in a green floral blouse and white pants"),
        D.description("the garment is a blouse with a floral print"),
        D.color("green"),
        D.details("the details of the garment are the details", "restated"),
        D.sleeve_length("3/4"),
        D.garment_type(
            "blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Mango Women Sea Green Floral Print Blouse",
        category="Tops",
        color="Sea Green",
    ),
    # charcoal turtleneck sweater tucked into a black faux-leather mini skirt, watch on the wrist
    case(
        "X203-040",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a short skirt. The sweater is with "
            "knitting fabric and it has a high neckline. The skirt is with leather fabric and pure color patterns. "
            "There is an accessory",
            "cut",
            hit_limit=True,
        ),
        D.color("grey"),
        D.material("leather", "unsupported"),
        D.details("it has a turtle neck"),
        D.wearing(
            "sweater. Question: What cloth is the person wearing? Answer: sweater. Question: What cloth is",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        title="Roadster Women Charcoal Grey Solid Turtle Neck Sweater",
        category="Sweaters",
        color="Charcoal",
    ),
    # red ribbed crop tank top, high-waist black trousers
    case(
        "X203-041",
        caption("a woman in a red crop top and black pants"),
        D.garment_type("crop top"),
        D.color("red", hit_limit=True),
        D.wearing(
            "tank Question: What is the color of the tank? Answer: red Question: What is", "leak", hit_limit=True
        ),
        D.sleeve_length("short", "contradiction"),
        gender=W,
        title="DressBerry Women Red Ribbed Crop Tank Top",
        category="Tops",
        color="Red",
    ),
    # black slim jeans, red-and-black plaid flannel shirt tucked in (seller color missing in the feed)
    case(
        "X203-042",
        caption("a woman wearing a red plaid shirt and black jeans"),
        color_jeans("red", "other_garment_color"),
        D.garment_type("jeans"),
        D.description("black jeans with a red shirt"),
        D.pattern("plaid", "contradiction"),
        gender=W,
        title="Bene Kleed Women Black Slim Fit Jeans",
        category="Jeans",
    ),
    # oversized white shirt with thin black stripes and a chest pocket, black shorts
    case(
        "X203-043",
        caption("a woman in a black and white striped shirt and black shorts"),
        D.color("black and white"),
        D.pattern(
            "The lady wears a long-sleeve shirt with striped patterns and a three-point shorts. The shirt is with "
            "cotton fabric and its neckline is lapel. The",
            "cut",
            hit_limit=True,
        ),
        D.details("it has a pocket on the chest and buttons"),
        D.sleeve_length("short", "contradiction"),
        gender=W,
        title="Bershka Women White & Black Striped Oversized Shirt",
        category="Shirts",
        color="White",
    ),
    # black wide-leg culottes, grey crew-neck sweater
    case(
        "X203-044",
        caption("a woman in a grey sweater and black pants"),
        D.color("grey", "other_garment_color"),
        D.garment_type("culottes"),
        D.wearing("she is wearing a grey sweater and black culottes"),
        D.description(
            "black wide leg pants with a high waist and a wide leg and a high waist and a wide leg and a high",
            "loop",
            hit_limit=True,
        ),
        D.details("nothing", "non_answer"),
        title="Marks & Spencer Women Black Wide Leg Culottes",
        category="Trousers",
        color="Black",
    ),
    # green polo-collar t-shirt with three buttons, tucked into a white skirt
    case(
        "X203-045",
        caption("a woman in a green polo shirt and a white skirt"),
        D.color("blue", "contradiction"),
        D.garment_type(
            "polo shirt polo shirt polo shirt polo shirt polo shirt polo shirt polo shirt polo shirt polo shirt",
            "loop",
            hit_limit=True,
        ),
        D.details("it has a collar and three buttons"),
        D.wearing("his shirt is green and his skirt is white", "pronoun"),
        gender=W,
        title="U.S. Polo Assn. Women Green Polo Collar T-shirt",
        category="Tshirts",
        color="Green",
    ),
    # taupe pleated trousers, black sleeveless top tucked in
    case(
        "X203-046",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "cotton fabric. The pants are with cotton fabric and pure color patterns. The pants are with cotton "
            "fabric and pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.color("brown"),
        D.details("pleats on the front"),
        D.description("the garment is a pair of trousers that is worn by a woman", "restated"),
        gender=W,
        title="Vero Moda Women Taupe Solid Pleated Trousers",
        category="Trousers",
        color="Taupe",
    ),
]
