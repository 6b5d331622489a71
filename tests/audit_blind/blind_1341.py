"""BLIND_1341 (45 products; Myntra women's tops/shirts/co-ords, VQA free): written blind in the sixty-third session.
Measured blind at 97437fb (the session's sixth rules): 74/90 failures found (82.2%) and 16/220 correct texts flagged
(7.3%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's tops, shirts and co-ord sets (article types Tops, Shirts, Co-Ords), run through
enrich's default questionnaire (garment type, color, pattern, sleeve length, description, details, material), every
question answered by free generation with the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA on blip2-opt-2.7b), greedy, 30
new tokens. The system does not caption, so there is no caption text. Photos are the catalog's usual first shots: a
model on a plain light backdrop wearing the product with other clothes (jeans, trousers, shorts, skirts), a few with a
prop (bag, coffee cup, sunglasses), one flat lay and one back view. For a few products the run kept only six questions
(material or details dropped from that batch).
Who wrote what: every text is the VQA adapter's. Short closed answers (type, color, pattern, sleeves, material) mostly
stopped cleanly after a word or two and are mostly right, which keeps the overall failure rate under the usual four in
ten; their failures are the other garment's color, a color or "yes" given to a question that wants something else, and
wrong sleeves or one-piece garment words. The open questions (describe, details) ran on far more often: into loops, into
the `Question: ... Answer:` format the adapter was trained on (its loss covered the prompt), or to the 30-token limit
mid-phrase.
Labeling conventions and judgement calls: judged against the photo I imagined (the comment above each case) and the
title. Near hues count as right (maroon -> red, peach -> pink, mustard -> yellow, rust -> brown/orange, coral -> orange,
lavender -> purple, off white -> white, blue and white for a white shirt with blue pinstripes); navy answered black is
wrong. "lace" for an eyelet top passes. A color that belongs to the other clothes in the photo (the jeans, the trousers,
the leggings, the tee under the shirt, the top under the blazer) is other_garment_color. For a co-ord set, naming one of
its pieces (shirt, jacket, tank top) is right; naming a one-piece garment (dress, jumpsuit, romper) is a contradiction,
and so is a description that repeats it. "shirt" or "tee" in free text for a knit or woven top counts as right;
"sweater" for a thin rib top, "jacket" for a shirt worn open, "sweatshirt" for a tee and "dress" for a hip-length top
are contradictions. A wrong sleeve length or a wrong pattern (ribbing or smocking read as stripes) that the title or
photo contradicts is a contradiction. A color or a garment word given to the pattern or type question, "yes" to a
question that is not yes/no, an empty answer and "pure color" for the color question are non_answer (but "pure color"
for the pattern of a solid top is right), and so is an answer that only echoes the question ("the shorts are short"); an
answer that names the garment back as its own type, detail or material ("the shirt is a shirt", "the garment is a
garment", "made of fabric") is restated. Material: a guess the photo makes plausible and the title does not contradict
counts as right (cotton for a matte shirt, silk or satin for a sheen); a material the title contradicts (pure cotton,
linen-blend) is a contradiction; a material the photo does not support (denim for olive twill, leather taken from the
skirt) is unsupported. Invented visible details (a chest pocket that is not there, a waist tie, a bow, a zipper, a v
neck on a round neck, "the woman is wearing" on a flat lay) are unsupported. A text that repeats a phrase until the
limit is a loop even if it is also cut; a text cut at the limit without repeating is cut (even when it also carries a
small extra claim); a text that runs into "Question: ... Answer:" is a leak. hit_limit marks every text that ran to the
30 tokens, whatever its label.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS, case

Q = DEFAULT_QUESTIONS

BLIND_1341 = [
    # Photo: model in a navy-and-white checked full-sleeve shirt, cuffs rolled once, tucked into light blue jeans,
    # plain grey backdrop; one chest pocket. All answers: VQA adapter, free generation.
    case(
        "X1341-001",
        Q.garment_type("shirt"),
        Q.color("blue"),
        Q.pattern("checked"),
        Q.sleeve_length("long"),
        Q.description(
            "a blue and white checked shirt with a collar and buttons down the front and the sleeves rolled up and a"
            " pocket on the chest and",
            "cut",
            hit_limit=True,
        ),
        Q.details("the shirt has a collar, buttons down the front, and a pocket on the chest"),
        Q.material("cotton"),
        gender="Women",
        title="Roadster Women Navy Blue & White Regular Fit Checked Casual Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Photo: black sleeveless square-neck fitted crop top, white high-waist trousers, white backdrop.
    # All answers: VQA adapter.
    case(
        "X1341-002",
        Q.garment_type("tank top"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("short", "contradiction"),
        Q.description(
            "a black crop top and white pants and a black crop top and white pants and a black crop top and white"
            " pants and a",
            "loop",
            hit_limit=True,
        ),
        Q.details(
            "the top is a crop top with a square neckline and a square neckline and a square neckline and a square"
            " neckline and a",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Women",
        title="SASSAFRAS Women Black Solid Fitted Crop Top",
        category="Tops",
        color="Black",
    ),
    # Photo: mustard short-sleeve camp-collar shirt and matching wide-leg trousers (two pieces, shirt untucked),
    # white sneakers. All answers: VQA adapter.
    case(
        "X1341-003",
        Q.garment_type("jumpsuit", "contradiction"),
        Q.color("yellow"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves"),
        Q.description("a yellow jumpsuit with a collar and buttons", "contradiction"),
        Q.details("buttons"),
        Q.material("cotton"),
        gender="Women",
        title="Tokyo Talkies Women Mustard Yellow Solid Co-Ords",
        category="Co-Ords",
        color="Mustard",
    ),
    # Photo: pink top with a small white floral print, V-neck, flutter short sleeves, ruffled hem; blue denim shorts.
    # All answers: VQA adapter.
    case(
        "X1341-004",
        Q.garment_type("blouse"),
        Q.color("pink"),
        Q.pattern("floral"),
        Q.sleeve_length("short"),
        Q.description(
            "a pink floral blouse with ruffles Question: What is the color of the blouse? Answer: pink Question: What"
            " is the color of",
            "leak",
            hit_limit=True,
        ),
        Q.details(
            "the blouse has ruffles on the sleeves and ruffles on the hem and ruffles on the sleeves and ruffles on the"
            " hem and ruffles",
            "loop",
            hit_limit=True,
        ),
        Q.material("chiffon"),
        gender="Women",
        title="Berrylush Women Pink Floral Print Ruffled Top",
        category="Tops",
        color="Pink",
    ),
    # Photo: white poplin shirt-style top, mandarin collar, long balloon sleeves, no pockets; black trousers.
    # All answers: VQA adapter.
    case(
        "X1341-005",
        Q.garment_type("shirt"),
        Q.color("black", "other_garment_color"),
        Q.pattern("pure color"),
        Q.sleeve_length("long"),
        Q.description("a white shirt with a collar and long sleeves"),
        Q.details("the shirt has a pocket on the chest", "unsupported"),
        Q.material("cotton"),
        gender="Women",
        title="HERE&NOW Women White Solid Shirt Style Top",
        category="Tops",
        color="White",
    ),
    # Photo: olive cotton-twill utility shirt, two flap chest pockets, epaulettes, sleeves rolled up with tabs, worn
    # open over a white tank, black jeans, white sneakers. All answers: VQA adapter.
    case(
        "X1341-006",
        Q.garment_type("jacket", "contradiction"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        Q.description(
            "a green shirt with pockets on the chest and a white tank top underneath and black jeans and white"
            " sneakers and a",
            "cut",
            hit_limit=True,
        ),
        Q.details("pockets"),
        Q.material("denim", "unsupported"),
        gender="Women",
        title="Mast & Harbour Women Olive Green Solid Utility Casual Shirt",
        category="Shirts",
        color="Olive",
    ),
    # Photo: black-and-white horizontal-striped knit top, boat neck, three-quarter sleeves, white jeans.
    # All answers: VQA adapter (material dropped in this batch).
    case(
        "X1341-007",
        Q.garment_type("tee"),
        Q.color("black and white"),
        Q.pattern("striped"),
        Q.sleeve_length("three-quarter"),
        Q.description("a man in a black and white striped shirt and white jeans", "pronoun"),
        Q.details("stripes"),
        gender="Women",
        title="DressBerry Women Black & White Striped Boat Neck Top",
        category="Tops",
        color="Black",
    ),
    # Photo: mid-blue denim shirt, long sleeves, two chest pockets with flaps, black skinny jeans.
    # All answers: VQA adapter.
    case(
        "X1341-008",
        Q.garment_type("denim"),
        Q.color("blue"),
        Q.pattern("blue", "non_answer"),
        Q.sleeve_length("long"),
        Q.description(
            "a blue denim shirt with a collar and buttons down the front and a pocket on the chest and a pocket on the"
            " chest and a pocket on the",
            "loop",
            hit_limit=True,
        ),
        Q.details("the shirt has two pockets on the chest"),
        Q.material("denim"),
        gender="Women",
        title="Vero Moda Women Blue Solid Denim Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: maroon satin top, sweetheart neck, short puff sleeves, black jeans. All answers: VQA adapter.
    case(
        "X1341-009",
        Q.garment_type("blouse"),
        Q.color("red"),
        Q.pattern("solid"),
        Q.sleeve_length("long", "contradiction"),
        Q.description(
            "a red blouse with puffy sleeves and a red blouse with puffy sleeves and a red blouse with puffy sleeves"
            " and a red blouse",
            "loop",
            hit_limit=True,
        ),
        Q.details("puffy sleeves"),
        Q.material("silk"),
        gender="Women",
        title="FabAlley Women Maroon Solid Puff Sleeve Satin Top",
        category="Tops",
        color="Maroon",
    ),
    # Photo: teal top with a small white geometric print, V-neck with a tie-up at the neck, short sleeves, no waist
    # tie; white jeans. All answers: VQA adapter.
    case(
        "X1341-010",
        Q.garment_type("blouse"),
        Q.color("white", "other_garment_color"),
        Q.pattern("printed"),
        Q.sleeve_length("short"),
        Q.description(
            "a blue and white top with a tie at the neck and a tie at the neck and a tie at the neck and a tie at the",
            "loop",
            hit_limit=True,
        ),
        Q.details("the top has a tie at the neck and a tie at the waist", "unsupported"),
        Q.material("polyester"),
        gender="Women",
        title="Harpa Women Teal Blue Printed Tie-Up Neck Top",
        category="Tops",
        color="Teal",
    ),
    # Photo: full-length shot, beige shirt with a black abstract print, long sleeves, matching straight trousers with
    # a drawstring waist and side pockets; white backdrop. All answers: VQA adapter.
    case(
        "X1341-011",
        Q.garment_type("shirt"),
        Q.color("beige"),
        Q.pattern("printed"),
        Q.sleeve_length("long"),
        Q.description("a beige and black printed shirt and pants"),
        Q.details(
            "the shirt has a collar and buttons down the front and the pants have a drawstring waist and two pockets"
            " on the side and a",
            "cut",
            hit_limit=True,
        ),
        Q.material(
            "polyester Question: What is the color of the pants? Answer: beige Question: What is the color of the"
            " shirt? Answer: beige",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="KASSUALLY Women Beige & Black Printed Shirt with Trousers Co-Ords",
        category="Co-Ords",
        color="Beige",
    ),
    # Photo: oversized white linen-blend shirt, long sleeves, khaki trousers, woman with a short bob.
    # All answers: VQA adapter.
    case(
        "X1341-012",
        Q.garment_type("shirt"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("he is wearing a white shirt and khaki pants", "pronoun"),
        Q.details(
            "the shirt has a collar and buttons down the front and long sleeves with buttoned cuffs and a curved hem"
            " at the bottom of the",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton", "contradiction"),
        gender="Women",
        title="H&M Women White Linen-Blend Oversized Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: lavender thin rib-knit fitted top, long sleeves, high crew neck, tucked into black jeans.
    # All answers: VQA adapter (details dropped in this batch).
    case(
        "X1341-013",
        Q.garment_type("sweater", "contradiction"),
        Q.color("purple"),
        Q.pattern("striped", "contradiction"),
        Q.sleeve_length("long"),
        Q.description("a purple long sleeve top"),
        Q.material("knit"),
        gender="Women",
        title="ONLY Women Lavender Solid Ribbed Fitted Top",
        category="Tops",
        color="Lavender",
    ),
    # Photo: navy shirt with small white polka dots, long sleeves, collar, white trousers. All answers: VQA adapter.
    case(
        "X1341-014",
        Q.garment_type("shirt"),
        Q.color("black", "contradiction"),
        Q.pattern("polka dot"),
        Q.sleeve_length("long sleeves"),
        Q.description("a black and white polka dot shirt", "contradiction"),
        Q.details("polka dots"),
        Q.material("polyester"),
        gender="Women",
        title="Marks & Spencer Women Navy Blue Polka Dot Print Casual Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Photo: peach off-shoulder bardot top, elbow-length ruffled sleeves, blue jeans. All answers: VQA adapter.
    case(
        "X1341-015",
        Q.garment_type("blouse"),
        Q.color("pink"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a pink off the shoulder top"),
        Q.details("the top has a zipper on the back", "unsupported"),
        Q.material("yes", "non_answer"),
        gender="Women",
        title="StyleStone Women Peach-Coloured Solid Bardot Top",
        category="Tops",
        color="Peach",
    ),
    # Photo: black lace top, scalloped hem, sheer long lace sleeves, black camisole underneath, black trousers.
    # All answers: VQA adapter.
    case(
        "X1341-016",
        Q.garment_type("blouse"),
        Q.color("black"),
        Q.pattern("lace"),
        Q.sleeve_length("long"),
        Q.description(
            "a black lace blouse with long sleeves and a lace trim on the neckline and a lace trim on the sleeves and"
            " a lace trim on the",
            "loop",
            hit_limit=True,
        ),
        Q.details("lace"),
        Q.material("lace"),
        gender="Women",
        title="Athena Women Black Self Design Lace Top",
        category="Tops",
        color="Black",
    ),
    # Photo: white shirt with thin vertical blue pinstripes, long sleeves, one chest pocket, blue jeans.
    # All answers: VQA adapter.
    case(
        "X1341-017",
        Q.garment_type("shirt"),
        Q.color("blue and white"),
        Q.pattern("striped"),
        Q.sleeve_length("long"),
        Q.description(
            "a white striped shirt with a collar and buttons down the front and a pocket on the chest and the sleeves"
            " rolled up to the",
            "cut",
            hit_limit=True,
        ),
        Q.details("the shirt has two pockets on the chest", "unsupported"),
        Q.material("cotton"),
        gender="Women",
        title="Roadster Women White & Blue Pinstriped Regular Fit Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: rust satin short-sleeve shirt with a notch collar and matching satin shorts with a drawstring, white
    # sandals. All answers: VQA adapter.
    case(
        "X1341-018",
        Q.garment_type("romper", "contradiction"),
        Q.color("orange"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("an orange shirt and shorts"),
        Q.details(
            "the shirt has a collar and buttons and the shorts have a drawstring and the shirt has a collar and buttons"
            " and the shorts have a",
            "loop",
            hit_limit=True,
        ),
        Q.material("satin"),
        gender="Women",
        title="SHOWOFF Women Rust Orange Satin Shirt with Shorts Co-Ords",
        category="Co-Ords",
        color="Rust",
    ),
    # Photo: crisp white formal shirt, long sleeves, tucked into navy trousers. All answers: VQA adapter.
    case(
        "X1341-019",
        Q.garment_type("shirt"),
        Q.color("white"),
        Q.pattern("white", "non_answer"),
        Q.sleeve_length("long sleeves"),
        Q.description("a white shirt"),
        Q.details(
            "white shirt Question: What is the color of the shirt? Answer: white Question: What is the color of the"
            " pants? Answer: navy",
            "leak",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Women",
        title="Van Heusen Woman White Solid Slim Fit Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: yellow sleeveless peplum top with small white flowers, white jeans. Feed has no gender column here.
    # All answers: VQA adapter.
    case(
        "X1341-020",
        Q.garment_type("tank"),
        Q.color("yellow"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        Q.description(
            "a yellow floral tank top with a ruffled hem and white jeans and a white flower print on the front of the"
            " top and a white",
            "cut",
            hit_limit=True,
        ),
        Q.details("the top has a ruffled hem"),
        Q.material("cotton"),
        title="Sangria Women Yellow Floral Print Peplum Top",
        category="Tops",
        color="Yellow",
    ),
    # Photo: pink-and-white gingham shirt, long sleeves rolled up to the elbows, one chest pocket, white jeans.
    # All answers: VQA adapter.
    case(
        "X1341-021",
        Q.garment_type("shirt"),
        Q.color("pink"),
        Q.pattern("plaid"),
        Q.sleeve_length("short", "contradiction"),
        Q.description(
            "a pink and white checkered shirt with a collar and buttons down the front and the sleeves rolled up to"
            " the elbows and a pocket on",
            "cut",
            hit_limit=True,
        ),
        Q.details("the shirt has a collar and buttons"),
        Q.material("cotton"),
        gender="Women",
        title="Allen Solly Woman Pink Gingham Checked Pure Cotton Casual Shirt",
        category="Shirts",
        color="Pink",
    ),
    # Photo: black satin wrap top, long sleeves, V neck, tie at the waist, beige trousers. All answers: VQA adapter.
    case(
        "X1341-022",
        Q.garment_type("blouse"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a black wrap top with a v neck"),
        Q.details("a tie at the waist"),
        Q.material("satin"),
        gender="Women",
        title="Trendyol Women Black Satin Wrap Top",
        category="Tops",
        color="Black",
    ),
    # Photo: green tropical-leaf print sleeveless top and matching shorts, white backdrop. All answers: VQA adapter
    # (details dropped in this batch; the material answer came back empty).
    case(
        "X1341-023",
        Q.garment_type("the garment is a garment", "restated"),
        Q.color("green"),
        Q.pattern("printed"),
        Q.sleeve_length("sleeveless"),
        Q.description("a green and white floral top and shorts"),
        Q.material("", "non_answer"),
        gender="Women",
        title="Moda Rapido Women Green Tropical Printed Top with Shorts Co-Ords",
        category="Co-Ords",
        color="Green",
    ),
    # Photo: off-white cotton top, white thread embroidery at the yoke, three-quarter sleeves, blue jeans, model holds
    # a tan tote bag. All answers: VQA adapter.
    case(
        "X1341-024",
        Q.garment_type("blouse"),
        Q.color("white"),
        Q.pattern("embroidered"),
        Q.sleeve_length("long", "contradiction"),
        Q.description(
            "a white blouse with embroidery on the front and blue jeans and a brown bag and a white blouse with"
            " embroidery on the front and",
            "loop",
            hit_limit=True,
        ),
        Q.details(
            "embroidery Question: Is this a blouse? Answer: yes Question: Is this a blouse? Answer: yes Question: Is"
            " this a",
            "leak",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Women",
        title="AASK Women Off White Embroidered Pure Cotton Top",
        category="Tops",
        color="Off White",
    ),
    # Photo: red crepe top, round neck, short cap sleeves, black midi skirt. All answers: VQA adapter.
    case(
        "X1341-025",
        Q.garment_type("tee"),
        Q.color("red"),
        Q.pattern("red", "non_answer"),
        Q.sleeve_length("short"),
        Q.description("the woman is wearing a red shirt and a black skirt"),
        Q.details("the shirt has a v neck", "unsupported"),
        Q.material("polyester"),
        gender="Women",
        title="Cover Story Women Red Solid Round Neck Top",
        category="Tops",
        color="Red",
    ),
    # Photo: beige linen short-sleeve shirt worn open over a white tee, white shorts. All answers: VQA adapter.
    case(
        "X1341-026",
        Q.garment_type("shirt"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("yes", "non_answer"),
        Q.description("a beige shirt over a white t-shirt"),
        Q.details("the shirt is a shirt", "restated"),
        Q.material("linen"),
        gender="Women",
        title="MANGO Women Beige Solid Linen Casual Shirt",
        category="Shirts",
        color="Beige",
    ),
    # Photo: white boxy crop top with black "BE KIND" text print, short sleeves, blue high-waist jeans.
    # All answers: VQA adapter.
    case(
        "X1341-027",
        Q.garment_type("graphic tee"),
        Q.color("white"),
        Q.pattern("graphic"),
        Q.sleeve_length("short"),
        Q.description("a white t-shirt with the word be kind on it"),
        Q.details(
            "the t-shirt has the word be kind on it and the word be kind on it and the word be kind on it and the"
            " word be kind",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Women",
        title="Popnetic Women White Typography Printed Boxy Crop Top",
        category="Tops",
        color="White",
    ),
    # Photo: matte sea-green shirt, long sleeves, collar, white trousers, model holds sunglasses.
    # All answers: VQA adapter.
    case(
        "X1341-028",
        Q.garment_type("blouse"),
        Q.color("pure color", "non_answer"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description(
            "a green blouse with a collar and buttons down the front and a green blouse with a collar and buttons down"
            " the front and a green",
            "loop",
            hit_limit=True,
        ),
        Q.details("buttons down the front"),
        Q.material("cotton"),
        gender="Women",
        title="Ether Women Sea Green Solid Casual Shirt",
        category="Shirts",
        color="Sea Green",
    ),
    # Photo: indigo-and-white block-print hip-length top with mandarin collar and button placket, three-quarter
    # sleeves, matching palazzos, juttis. All answers: VQA adapter.
    case(
        "X1341-029",
        Q.garment_type("dress", "contradiction"),
        Q.color("blue"),
        Q.pattern("printed"),
        Q.sleeve_length("three quarter"),
        Q.description("a blue and white printed dress", "contradiction"),
        Q.details(
            "the dress has a mandarin collar and a button placket and a button placket and a button placket and a"
            " button placket",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester", "contradiction"),
        gender="Women",
        title="Libas Women Blue & White Printed Pure Cotton Top with Palazzos Co-Ords",
        category="Co-Ords",
        color="Blue",
    ),
    # Photo: flat lay on white: rust square-neck top with a smocked bodice and short puff sleeves; no person, no other
    # clothes. Feed has no color column here. All answers: VQA adapter (material dropped in this batch).
    case(
        "X1341-030",
        Q.garment_type("blouse"),
        Q.color("brown"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("the woman is wearing a brown top and white shorts", "unsupported"),
        Q.details("the top has a square neckline and puff sleeves"),
        gender="Women",
        title="Style Quotient Women Rust Solid Smocked Square Neck Top",
        category="Tops",
    ),
    # Photo: black single-breasted blazer and matching trousers, white crop top under the open blazer.
    # All answers: VQA adapter.
    case(
        "X1341-031",
        Q.garment_type("jacket"),
        Q.color("white", "other_garment_color"),
        Q.pattern("black", "non_answer"),
        Q.sleeve_length("long"),
        Q.description("a black blazer and black pants"),
        Q.details("the jacket has two buttons on the front and two pockets"),
        Q.material("polyester"),
        gender="Women",
        title="DressBerry Women Black Solid Blazer with Trousers Co-Ords",
        category="Co-Ords",
        color="Black",
    ),
    # Photo: white cotton sleeveless top with schiffli eyelet embroidery and ruffled straps, blue jeans.
    # All answers: VQA adapter.
    case(
        "X1341-032",
        Q.garment_type("white", "non_answer"),
        Q.color("white"),
        Q.pattern("lace"),
        Q.sleeve_length("sleeveless"),
        Q.description("a white lace tank top"),
        Q.details("the top has holes in it"),
        Q.material("cotton"),
        gender="Women",
        title="Mast & Harbour Women White Schiffli Embroidered Pure Cotton Top",
        category="Tops",
        color="White",
    ),
    # Photo: lavender oversized shirt, long sleeves, black cycling shorts, model holds a coffee cup.
    # All answers: VQA adapter.
    case(
        "X1341-033",
        Q.garment_type("shirt"),
        Q.color("purple"),
        Q.pattern("solid"),
        Q.sleeve_length(
            "long sleeve shirt with a collar and buttons down the front and a pocket on the chest and a pocket on the"
            " chest and a pocket",
            "loop",
            hit_limit=True,
        ),
        Q.description("a woman in a purple shirt holding a cup of coffee"),
        Q.details("yes", "non_answer"),
        Q.material("cotton"),
        gender="Women",
        title="Zima Leto Women Lavender Oversized Casual Shirt",
        category="Shirts",
        color="Lavender",
    ),
    # Photo: fuchsia one-shoulder top with ruched gathering at the shoulder (no bow), black trousers.
    # All answers: VQA adapter.
    case(
        "X1341-034",
        Q.garment_type("blouse"),
        Q.color("pink"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        Q.description(
            "the woman is wearing a pink top and black pants Question: What is the woman wearing? Answer: a pink top"
            " and black pants Question",
            "leak",
            hit_limit=True,
        ),
        Q.details("the top has a bow on the shoulder", "unsupported"),
        Q.material("polyester"),
        gender="Women",
        title="FabAlley Women Fuchsia Solid One Shoulder Ruched Top",
        category="Tops",
        color="Fuchsia",
    ),
    # Photo: pink-and-blue tie-dye short-sleeve tee and matching joggers, white sneakers. All answers: VQA adapter.
    case(
        "X1341-035",
        Q.garment_type("sweatshirt", "contradiction"),
        Q.color("pink"),
        Q.pattern("tie dye"),
        Q.sleeve_length("short"),
        Q.description("a pink and blue tie dye t-shirt and pants"),
        Q.details(
            "tie dye Question: What is the color of the pants? Answer: pink Question: What is the color of the shirt?"
            " Answer:",
            "leak",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Women",
        title="HERE&NOW Women Pink & Blue Tie-Dye T-shirt with Joggers Co-Ords",
        category="Co-Ords",
        color="Multi",
    ),
    # Photo: back view: black short-sleeve top with criss-cross tie straps across the open back, light blue jeans,
    # model's face turned away. All answers: VQA adapter.
    case(
        "X1341-036",
        Q.garment_type("yes", "non_answer"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("the back of a black top with straps"),
        Q.details("the top has a tie on the back"),
        Q.material("polyester"),
        gender="Women",
        title="Harpa Women Black Solid Tie-Up Back Top",
        category="Tops",
        color="Black",
    ),
    # Photo: red-and-black buffalo-check flannel shirt, long sleeves, worn open over a black tee, black jeans. Feed
    # has no gender column here. All answers: VQA adapter.
    case(
        "X1341-037",
        Q.garment_type("shirt"),
        Q.color("red and black"),
        Q.pattern("plaid"),
        Q.sleeve_length("long"),
        Q.description("a red and black plaid shirt over a black t-shirt"),
        Q.details(
            "plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid",
            "loop",
            hit_limit=True,
        ),
        Q.material("flannel"),
        title="Levis Women Red & Black Checked Flannel Casual Shirt",
        category="Shirts",
        color="Red",
    ),
    # Photo: plus-size model, navy top with pink-and-white flowers, V neck, three-quarter sleeves, black leggings,
    # hair pulled back tight. All answers: VQA adapter.
    case(
        "X1341-038",
        Q.garment_type("blouse"),
        Q.color("black", "other_garment_color"),
        Q.pattern("floral"),
        Q.sleeve_length("long", "contradiction"),
        Q.description("a man wearing a blue floral shirt", "pronoun"),
        Q.details("the shirt has a v neck"),
        Q.material("polyester"),
        gender="Women",
        title="Pink Fort Plus Size Women Navy Blue Floral Print Top",
        category="Tops",
        color="Navy Blue",
    ),
    # Photo: coral sleeveless smocked crop top, square neck, ruffled straps, white wide-leg trousers.
    # All answers: VQA adapter (material dropped in this batch).
    case(
        "X1341-039",
        Q.garment_type("tank top"),
        Q.color("orange"),
        Q.pattern("striped", "contradiction"),
        Q.sleeve_length("short", "contradiction"),
        Q.description("an orange tank top"),
        Q.details("the top has ruffles on the shoulders"),
        gender="Women",
        title="Oxolloxo Women Coral Solid Smocked Crop Top",
        category="Tops",
        color="Coral",
    ),
    # Photo: black-and-white gingham crop top with short puff sleeves and a matching mini skirt (midriff showing),
    # white sneakers. All answers: VQA adapter.
    case(
        "X1341-040",
        Q.garment_type("dress", "contradiction"),
        Q.color("black and white"),
        Q.pattern("plaid"),
        Q.sleeve_length("short"),
        Q.description(
            "a black and white checkered dress with puffy sleeves and a black and white checkered dress with puffy"
            " sleeves and a black and",
            "loop",
            hit_limit=True,
        ),
        Q.details("puffy sleeves"),
        Q.material("cotton"),
        gender="Women",
        title="SASSAFRAS Women Black & White Checked Crop Top with Skirt Co-Ords",
        category="Co-Ords",
        color="Black",
    ),
    # Photo: white shirt with black colourblocked sleeves and black collar, black trousers. All answers: VQA adapter.
    case(
        "X1341-041",
        Q.garment_type("shirt"),
        Q.color("white and black"),
        Q.pattern("color block"),
        Q.sleeve_length("long"),
        Q.description("a black and white shirt"),
        Q.details("the shirt has black sleeves"),
        Q.material("cotton"),
        gender="Women",
        title="Campus Sutra Women White & Black Colourblocked Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: cream satin shirt, long sleeves, collar, buttons, brown wide-leg trousers. All answers: VQA adapter.
    case(
        "X1341-042",
        Q.garment_type("blouse"),
        Q.color("brown", "other_garment_color"),
        Q.pattern("pure color"),
        Q.sleeve_length("long"),
        Q.description("a cream colored blouse and brown pants"),
        Q.details(
            "the shirt has a collar and buttons down the front and a collar and buttons down the front and a collar"
            " and buttons down the",
            "loop",
            hit_limit=True,
        ),
        Q.material("satin"),
        gender="Women",
        title="Femella Women Cream-Coloured Solid Satin Casual Shirt",
        category="Shirts",
        color="Cream",
    ),
    # Photo: blue-and-white vertical-striped short-sleeve camp-collar shirt and matching shorts. All answers: VQA
    # adapter.
    case(
        "X1341-043",
        Q.garment_type("shirt"),
        Q.color("blue"),
        Q.pattern("stripes"),
        Q.sleeve_length("short"),
        Q.description("a blue and white striped shirt and shorts"),
        Q.details("the shorts are short", "non_answer"),
        Q.material("linen", "contradiction"),
        gender="Women",
        title="Roadster Women Blue & White Striped Pure Cotton Shirt with Shorts Co-Ords",
        category="Co-Ords",
        color="Blue",
    ),
    # Photo: grey melange thin knit top, long sleeves, high neck, tucked into a black faux-leather skirt. Feed has no
    # category column here. All answers: VQA adapter.
    case(
        "X1341-044",
        Q.garment_type("tee"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a gray long sleeve top and a black skirt"),
        Q.details(
            "the top has a turtle neck and long sleeves and a turtle neck and long sleeves and a turtle neck and long"
            " sleeves and a turtle",
            "loop",
            hit_limit=True,
        ),
        Q.material("leather", "unsupported"),
        gender="Women",
        title="Chemistry Women Grey Melange Solid High Neck Fitted Top",
        color="Grey Melange",
    ),
    # Photo: maroon hip-length cotton top with gold foil print, mandarin collar, three-quarter sleeves, white
    # palazzos. All answers: VQA adapter.
    case(
        "X1341-045",
        Q.garment_type("dress", "contradiction"),
        Q.color("red"),
        Q.pattern("printed"),
        Q.sleeve_length("three quarter"),
        Q.description("a red and gold printed dress", "contradiction"),
        Q.details("the top has a mandarin collar"),
        Q.material("the garment is made of fabric", "restated"),
        gender="Women",
        title="Global Desi Women Maroon & Gold-Toned Foil Printed Mandarin Collar Top",
        category="Tops",
        color="Maroon",
    ),
]
