"""BLIND_1653 (45 products; Myntra women's tops, shirts and co-ords, default questionnaire, VQA adapter free
generation): written blind in the sixty-seventh session. Measured blind at 96772b2 (the session's first rules):
93/109 failures found (85.3%) and 23/205 correct texts flagged (11.2%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's tops, shirts and co-ord sets (article types Tops, Shirts, Co-Ords; base colours
as Myntra writes them; a column left out here and there). Catalog shots: a model on a plain backdrop wearing the
product with jeans, trousers, skirts or shorts, a few flat lays, one back view, a prop now and then (a tote, a
coffee cup, a laptop bag). enrich's default questionnaire without the wearing question: garment type, color,
pattern, sleeve length, description, details, material; 5 to 7 texts a product, no caption.
Who wrote what: every text is free generation by the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA on
Salesforce/blip2-opt-2.7b), greedy, 30 new tokens, stopping on newline when the model emits one. The closed
questions are answered free-form too (no candidate ranking), so the adapter's In-shop vocabulary shows: "tee",
"tank", "blouse", vendor colours such as "heather grey" or "navy-white". Since it was trained without an
end-of-answer token, short answers often stop cleanly but the longer ones loop, run to the limit, or go on into a
new "Question: ... Answer:" turn.
Labeling conventions and judgement calls: judged by the imagined photo and the title. Near hues count as right
(rust/orange, maroon/burgundy, off-white/white, coral/pink, teal/blue, olive/green). A co-ord set's garment type
is right only when it names the set or both pieces ("suit", "a shirt and shorts"); one piece alone, a jumpsuit,
a romper or pajamas is a contradiction. A color that belongs to the jeans, skirt, trousers or an under-layer is
other_garment_color; a hue mistaken on the product itself (navy read as black) is contradiction. Material: a
guess the photo allows (cotton for a casual shirt) is left unmarked; one that the title names otherwise is
contradiction, one the photo rules out with no material in the title (wool for a ribbed jersey top, silk for
polyester satin) is unsupported. A pattern or sleeve answer that is only a color, "yes"/"no", "the sleeves",
"fabric" or empty is non_answer; "the details of the garment are the details..." is restated. A text that goes on
into another "Question:"/"Answer:" turn is leak even when it also repeats; a text that repeats a phrase to the limit
is loop; prose that runs to the limit and stops mid-phrase is cut (also when it adds an invented item on the way).
Rolled-up long sleeves answered "short sleeves" and corduroy wales answered "striped" are marked contradiction
though only the photo shows it. "a man wearing..." for a woman model is pronoun. A short answer that names a thing
the photo does not have (a logo, a straw hat, a zipper, a chest pocket) is unsupported. Terse but true answers
("buttons", "sequins", "a grey t-shirt") are correct. About a third of the texts are wrong: the open questions fail
far more often than the closed ones, and most co-ord sets lose their garment type.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import case

gt, col, pat, sl = Q.garment_type, Q.color, Q.pattern, Q.sleeve_length
desc, det, mat = Q.description, Q.details, Q.material

BLIND_1653 = [
    # Photo: model in a white long-sleeved cotton shirt, untucked, with blue jeans, grey backdrop, front view.
    # All texts: VQA adapter, free generation.
    case(
        "X1653-001",
        gt("shirt"),
        col("white"),
        pat("solid"),
        sl("long sleeves"),
        desc(
            "a white shirt with a collar and buttons down the front and a pair of blue jeans and a pair of white"
            " sneakers and a white shirt with a",
            "cut",
            hit_limit=True,
        ),
        det(
            "the collar, the buttons, the sleeves, the collar, the buttons, the sleeves, the collar, the buttons, the"
            " sleeves, the collar",
            "loop",
            hit_limit=True,
        ),
        mat("cotton"),
        gender="Women",
        title="Roadster Women White Solid Pure Cotton Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: model in a mustard ribbed fitted short-sleeved top with light blue jeans, white backdrop.
    # All texts: VQA adapter, free generation.
    case(
        "X1653-002",
        gt("tee"),
        col("blue", "other_garment_color"),
        pat("solid"),
        sl("short"),
        desc("a yellow ribbed top"),
        det("ribbed"),
        mat("cotton"),
        gender="Women",
        title="Tokyo Talkies Women Mustard Yellow Ribbed Fitted Top",
        category="Tops",
        color="Mustard",
    ),
    # Photo: full-length shot, lavender boxy short-sleeved top and matching wide-leg trousers, white sneakers, a
    # white tote on her shoulder. All texts: VQA adapter, free generation.
    case(
        "X1653-003",
        gt("romper", "contradiction"),
        col("lavender"),
        pat("solid"),
        sl("short sleeves"),
        desc(
            "a purple top and a pair of purple pants with a wide leg and a pair of white sneakers and a white bag on"
            " her shoulder and a",
            "cut",
            hit_limit=True,
        ),
        det(
            "the top is a short sleeve top and the pants are wide leg pants. the top is a short sleeve top and the"
            " pants are wide leg",
            "loop",
            hit_limit=True,
        ),
        mat("polyester"),
        gender="Women",
        title="SASSAFRAS Women Lavender Solid Top & Trousers Co-Ord Set",
        category="Co-Ords",
        color="Lavender",
    ),
    # Photo: red top with small white flowers, square neck, puff short sleeves, smocked bodice, white jeans.
    # All texts: VQA adapter, free generation.
    case(
        "X1653-004",
        gt("blouse"),
        col("white", "other_garment_color"),
        pat("floral"),
        sl("short"),
        desc("a red floral print top with puff sleeves"),
        det(
            "puff sleeves, smocked waist, square neckline, puff sleeves, smocked waist, square neckline, puff sleeves,"
            " smocked waist, square",
            "loop",
            hit_limit=True,
        ),
        mat("rayon"),
        gender="Women",
        title="Berrylush Women Red Floral Print Puff Sleeve Smocked Top",
        category="Tops",
        color="Red",
    ),
    # Photo: navy and white vertical-stripe shirt, long sleeves rolled to the elbow, one patch pocket, tucked into
    # beige trousers. All texts: VQA adapter, free generation.
    case(
        "X1653-005",
        gt("shirt"),
        col("navy-white"),
        pat("striped"),
        sl("short sleeves", "contradiction"),
        desc(
            "a woman wearing a navy and white striped shirt tucked into beige pants with a brown belt and a pair of"
            " white sneakers and a brown bag and",
            "cut",
            hit_limit=True,
        ),
        det("buttons down the front and a pocket on the chest"),
        mat("cotton"),
        gender="Women",
        title="HERE&NOW Women Navy Blue & White Striped Regular Fit Casual Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Photo: black georgette top, sequin embellishment round the neckline, 3/4 sleeves, black trousers, a clutch
    # in her hand. All texts: VQA adapter, free generation.
    case(
        "X1653-006",
        gt("blouse"),
        col("black"),
        pat("solid"),
        sl("3/4 sleeves"),
        desc(
            "a black top with sequins on the neckline and a black clutch and black pants and black heels and a black"
            " clutch and black pants and black",
            "loop",
            hit_limit=True,
        ),
        det("sequins"),
        mat("cotton", "contradiction"),
        gender="Women",
        title="DressBerry Women Black Georgette Embellished Top",
        category="Tops",
        color="Black",
    ),
    # Photo: olive utility shirt with two flap chest pockets, long sleeves, and matching olive trousers, front view.
    # All texts: VQA adapter, free generation.
    case(
        "X1653-007",
        gt("jacket", "contradiction"),
        col("olive"),
        pat("green", "non_answer"),
        sl("long"),
        desc("a green shirt and green pants"),
        det(
            "two pockets on the chest and two pockets on the pants and two pockets on the chest and two pockets on"
            " the pants and two",
            "loop",
            hit_limit=True,
        ),
        mat("cotton"),
        gender="Women",
        title="Mast & Harbour Women Olive Green Solid Shirt with Trousers Co-Ords",
        category="Co-Ords",
        color="Olive",
    ),
    # Photo: peach sleeveless round-neck woven top with a ruffle hem, white jeans, white backdrop.
    # All texts: VQA adapter, free generation.
    case(
        "X1653-008",
        gt("tank"),
        col("white", "other_garment_color"),
        pat("solid"),
        sl("short sleeves", "contradiction"),
        desc("a peach top with ruffles at the bottom"),
        det(
            "ruffle hem Question: What are the details of the garment? Answer: ruffle hem Question: What are the"
            " details of the garment? Answer:",
            "leak",
            hit_limit=True,
        ),
        mat("cotton"),
        gender="Women",
        title="Harpa Women Peach-Coloured Solid Top",
        category="Tops",
        color="Peach",
    ),
    # Photo: light-wash denim shirt, long sleeves, worn open over a white tank top, black jeans.
    # All texts: VQA adapter, free generation.
    case(
        "X1653-009",
        gt("denim jacket", "contradiction"),
        col("white", "other_garment_color"),
        pat("solid"),
        sl("long sleeves"),
        desc("a blue denim shirt over a white tank top"),
        det(
            "buttons and two pockets on the chest and two pockets on the chest and two pockets on the chest and two"
            " pockets on the chest and two",
            "loop",
            hit_limit=True,
        ),
        mat("denim"),
        gender="Women",
        title="Roadster Women Blue Washed Denim Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: black short-sleeved crop top with a white "PARIS" text print, high-waist light jeans.
    # All texts: VQA adapter, free generation.
    case(
        "X1653-010",
        gt("graphic tee"),
        col("black"),
        pat("graphic"),
        sl("short"),
        desc("a black t-shirt with a white print on the front"),
        det('the word "paris" printed on the front'),
        mat("cotton"),
        gender="Women",
        title="Tokyo Talkies Women Black Typography Printed Crop Top",
        category="Tops",
        color="Black",
    ),
    # Photo: emerald green wrap top with small pink and white flowers, V-neck, long balloon sleeves, tie at the
    # waist, white trousers, white heels. All texts: VQA adapter, free generation.
    case(
        "X1653-011",
        gt("cardigan", "contradiction"),
        col("green"),
        pat(
            "floral floral floral floral floral floral floral floral floral floral floral floral floral floral floral"
            " floral floral floral floral floral floral floral floral floral floral floral floral floral floral"
            " floral",
            "loop",
            hit_limit=True,
        ),
        sl("long"),
        desc(
            "a green floral wrap top with long sleeves and a tie at the waist and a pair of white pants and a pair of"
            " white shoes and a pair of",
            "cut",
            hit_limit=True,
        ),
        det("wrap front, tie at the waist"),
        mat("cotton"),
        gender="Women",
        title="ONLY Women Green Floral Print Wrap Top",
        category="Tops",
        color="Green",
    ),
    # Photo: off-white lace-panel top with cap sleeves, navy pencil skirt, grey backdrop.
    # All texts: VQA adapter, free generation.
    case(
        "X1653-012",
        gt("blouse"),
        col("navy", "other_garment_color"),
        pat("lace"),
        sl(
            "cap sleeves Answer: cap sleeves Answer: cap sleeves Answer: cap sleeves Answer: cap sleeves Answer: cap"
            " sleeves Answer: cap",
            "leak",
            hit_limit=True,
        ),
        desc("a white lace top and a navy skirt"),
        det("lace"),
        mat("lace"),
        gender="Women",
        title="AND Women Off-White Lace Panel Top",
        category="Tops",
        color="Off White",
    ),
    # Photo: beige linen-blend long-sleeved shirt and matching drawstring shorts, brown sandals, a potted plant by
    # a white wall. All texts: VQA adapter, free generation.
    case(
        "X1653-013",
        gt("shorts", "contradiction"),
        col("white", "contradiction"),
        pat("solid"),
        sl("long"),
        desc(
            "a beige linen shirt and matching shorts with a drawstring waist and two pockets on the front and a pair"
            " of brown sandals and a",
            "cut",
            hit_limit=True,
        ),
        det("buttons on the shirt and a drawstring on the shorts"),
        mat("linen"),
        gender="Women",
        title="MANGO Women Beige Linen-Blend Shirt & Shorts Co-Ord Set",
        category="Co-Ords",
        color="Beige",
    ),
    # Photo: teal satin sleeveless cowl-neck top (polyester satin), black trousers, gold earrings.
    # All texts: VQA adapter, free generation.
    case(
        "X1653-014",
        gt("tank"),
        col("teal"),
        pat("solid"),
        sl("sleeveless"),
        desc(
            "a teal blue satin top with a cowl neck and a pair of black pants and a pair of gold earrings and a gold"
            " necklace and a gold bracelet and",
            "cut",
            hit_limit=True,
        ),
        det("the garment", "non_answer"),
        mat("silk", "unsupported"),
        gender="Women",
        title="Kassually Women Teal Satin Cowl Neck Top",
        category="Tops",
        color="Teal",
    ),
    # Photo: red and black buffalo-check flannel shirt, long sleeves, worn open over a black tee with black jeans;
    # the model has a short bob. All texts: VQA adapter, free generation.
    case(
        "X1653-015",
        gt("shirt"),
        col("red-black"),
        pat("striped", "contradiction"),
        sl("long sleeves"),
        desc("a man wearing a red and black plaid shirt", "pronoun"),
        det("buttons"),
        mat("flannel"),
        gender="Women",
        title="Roadster Women Red & Black Checked Flannel Casual Shirt",
        category="Shirts",
        color="Red",
    ),
    # Photo: rust satin long-sleeved shirt and matching wide trousers, front view, beige backdrop.
    # All texts: VQA adapter, free generation.
    case(
        "X1653-016",
        gt("suit"),
        col("orange"),
        pat("satin", "non_answer"),
        sl("long"),
        desc("a woman in an orange satin shirt and pants"),
        det(
            "buttons down the front, buttons down the front, buttons down the front, buttons down the front, buttons"
            " down the front, buttons",
            "loop",
            hit_limit=True,
        ),
        mat("satin"),
        gender="Women",
        title="Styli Women Rust Satin Shirt & Trousers Co-Ord Set",
        category="Co-Ords",
        color="Rust",
    ),
    # Photo: black off-shoulder top with long sleeves, white jeans, white backdrop.
    # All texts: VQA adapter, free generation.
    case(
        "X1653-017",
        gt("blouse"),
        col("white", "other_garment_color"),
        pat("solid"),
        sl("long sleeves"),
        desc(
            "an off the shoulder black top with long sleeves and white jeans and a pair of black heels and a black"
            " clutch and a pair of black sunglasses and",
            "cut",
            hit_limit=True,
        ),
        det("", "non_answer"),
        mat("polyester"),
        gender="Women",
        title="Athena Women Black Solid Bardot Top",
        category="Tops",
        color="Black",
    ),
    # Photo: light blue formal shirt with no pocket, long sleeves, tucked into black trousers, a laptop bag over
    # her shoulder. All texts: VQA adapter, free generation.
    case(
        "X1653-018",
        gt("shirt"),
        col("light blue"),
        pat("solid"),
        sl("long"),
        desc(
            "a light blue shirt with a collar and a collar and a collar and a collar and a collar and a collar and a"
            " collar and a collar and",
            "loop",
            hit_limit=True,
        ),
        det("a pocket on the chest", "unsupported"),
        mat("the garment is made of the material of the garment", "restated"),
        gender="Women",
        title="Van Heusen Woman Blue Solid Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: white cotton schiffli top with floral eyelet embroidery, tie-up neck, short flutter sleeves, light
    # blue jeans. All texts: VQA adapter, free generation.
    case(
        "X1653-019",
        gt("blouse"),
        col(
            "white-white-white-white-white-white-white-white-white-white-white-white-white-white-white-white",
            "loop",
            hit_limit=True,
        ),
        pat("floral"),
        sl("short"),
        desc("Answer: a white top with a tie at the neck", "leak"),
        det("tie neck"),
        mat("cotton"),
        gender="Women",
        title="Berrylush Women White Schiffli Embroidered Pure Cotton Top",
        category="Tops",
        color="White",
    ),
    # Photo: maroon ribbed jersey high-neck top with long sleeves, black midi skirt.
    # All texts: VQA adapter, free generation.
    case(
        "X1653-020",
        gt("sweater", "contradiction"),
        col("burgundy"),
        pat("ribbed"),
        sl("long"),
        desc("a maroon turtleneck top and a black skirt"),
        det("high neck"),
        mat("wool", "unsupported"),
        gender="Women",
        title="Tokyo Talkies Women Maroon Ribbed Fitted High Neck Top",
        category="Tops",
        color="Maroon",
    ),
    # Photo: flat lay of a yellow and white gingham shirt with a left chest pocket, long sleeves folded, on white.
    # All texts: VQA adapter, free generation.
    case(
        "X1653-021",
        gt("shirt"),
        col("yellow"),
        pat("plaid"),
        sl("long Question: How long are the sleeves? Answer: long", "leak"),
        desc("a yellow and white checkered shirt"),
        det(
            "the shirt has a collar and buttons down the front and a pocket on the left side of the chest and the"
            " sleeves are long and the cuffs are",
            "cut",
            hit_limit=True,
        ),
        mat("cotton"),
        title="HERE&NOW Women Yellow & White Gingham Checked Casual Shirt",
        category="Shirts",
        color="Yellow",
    ),
    # Photo: black camp-collar short-sleeved shirt with a white abstract brush-stroke print and matching
    # drawstring trousers. All texts: VQA adapter, free generation.
    case(
        "X1653-022",
        gt("pajamas", "contradiction"),
        col("black-white"),
        pat("floral", "contradiction"),
        sl("the sleeves", "non_answer"),
        desc(
            "a black and white print shirt with a camp collar and short sleeves and matching pants with a drawstring"
            " waist and two pockets on the sides and",
            "cut",
            hit_limit=True,
        ),
        det("the shirt has a collar and the pants have a drawstring waist"),
        mat("rayon"),
        gender="Women",
        title="Tokyo Talkies Women Black & White Abstract Printed Shirt with Trousers Co-Ords",
        category="Co-Ords",
        color="Black",
    ),
    # Photo: back view of a baby pink long-sleeved shirt with a box pleat at the back yoke, white trousers.
    # All texts: VQA adapter, free generation.
    case(
        "X1653-023",
        gt("shirt"),
        col("pink"),
        pat("solid"),
        sl("long"),
        desc("the back of a pink shirt"),
        det("pleat on the back"),
        mat(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton"
            " cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton"
            " cotton",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Vero Moda Women Pink Solid Casual Shirt",
        category="Shirts",
        color="Pink",
    ),
    # Photo: navy peplum top with white and yellow flowers, short sleeves, round neck, white jeans, framed to
    # mid-thigh. All texts: VQA adapter, free generation.
    case(
        "X1653-024",
        gt("dress", "contradiction"),
        col("navy"),
        pat("floral"),
        sl("short sleeves"),
        desc("a navy blue floral print top with a peplum"),
        det(
            "peplum hem and a round neck with a keyhole at the back and short sleeves with a frill at the end and a"
            " bow at the",
            "cut",
            hit_limit=True,
        ),
        mat(
            "polyester Question: What is the color of the garment? Answer: navy Question: What is the pattern of the"
            " garment? Answer: floral",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Harpa Women Navy Blue Floral Print Peplum Top",
        category="Tops",
        color="Navy Blue",
    ),
    # Photo: beige and black houndstooth sleeveless button-front top and matching mini skirt, black boots.
    # All texts: VQA adapter, free generation.
    case(
        "X1653-025",
        gt("jacket", "contradiction"),
        col("beige-black"),
        pat("checked"),
        sl("sleeveless"),
        desc(
            "a beige and black checkered top and skirt with buttons down the front and black boots and a black bag"
            " and a black belt and a",
            "cut",
            hit_limit=True,
        ),
        det(
            "the top has buttons down the front and the skirt has buttons down the front and the top has buttons down"
            " the front and the skirt has",
            "loop",
            hit_limit=True,
        ),
        mat("polyester"),
        gender="Women",
        title="DressBerry Women Beige & Black Houndstooth Top & Skirt Co-Ord Set",
        category="Co-Ords",
        color="Beige",
    ),
    # Photo: charcoal grey oversized drop-shoulder top with short sleeves, black cycling shorts, grey backdrop;
    # the model has cropped hair. All texts: VQA adapter, free generation.
    case(
        "X1653-026",
        gt("tee"),
        col("grey"),
        pat("grey", "non_answer"),
        sl("short"),
        desc("he is wearing a grey t-shirt", "pronoun"),
        det("the details of the garment are the details of the garment", "restated"),
        mat("cotton"),
        gender="Women",
        title="Roadster Women Charcoal Grey Drop-Shoulder Sleeves Boxy Top",
        category="Tops",
        color="Charcoal",
    ),
    # Photo: blue and white tie-dye tee-style top with short sleeves and no logo, white denim shorts.
    # All texts: VQA adapter, free generation.
    case(
        "X1653-027",
        gt("tee"),
        col("blue"),
        pat("tie-dye"),
        sl("short"),
        desc("a blue and white tie dye t-shirt with a logo on the chest", "unsupported"),
        det("tie dye"),
        gender="Women",
        title="ONLY Women Blue Tie-Dye Pure Cotton Top",
        category="Tops",
        color="Blue",
    ),
    # Photo: white sleeveless crochet crop top with a scalloped hem, denim shorts, beige backdrop.
    # All texts: VQA adapter, free generation.
    case(
        "X1653-028",
        gt("tank"),
        col("blue", "other_garment_color"),
        pat("crochet"),
        sl("sleeveless"),
        desc("a white crochet top and denim shorts and a straw hat", "unsupported"),
        det("scalloped hem"),
        mat("fabric", "non_answer"),
        gender="Women",
        title="SASSAFRAS Women White Crochet Crop Top",
        category="Tops",
        color="White",
    ),
    # Photo: black satin long-sleeved shirt with black trousers, all black, front view, no bag.
    # All texts: VQA adapter, free generation.
    case(
        "X1653-029",
        gt("shirt"),
        col("black"),
        pat("black", "non_answer"),
        sl("long sleeves"),
        desc(
            "a black satin shirt with buttons down the front and a pair of black pants and a pair of black shoes and"
            " a black bag and a black",
            "cut",
            hit_limit=True,
        ),
        det("buttons"),
        mat("satin"),
        gender="Women",
        title="Mango Women Black Satin Finish Casual Shirt",
        category="Shirts",
        color="Black",
    ),
    # Photo: pink-dominant multicolour paisley print V-neck top with 3/4 sleeves and matching wide palazzos.
    # No colour column in the feed row. All texts: VQA adapter, free generation.
    case(
        "X1653-030",
        gt("pants", "contradiction"),
        col("pink"),
        pat("paisley"),
        sl("three quarter"),
        desc("a pink and blue paisley print top and pants"),
        det(
            "the top has a v neck and the pants are wide legged and the top has a v neck and the pants are wide"
            " legged and the top has",
            "loop",
            hit_limit=True,
        ),
        mat(
            "rayon Question: What is the color of the top? Answer: pink Question: What is the color of the pants?"
            " Answer: pink",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Globus Women Multicoloured Paisley Printed Top & Palazzos Co-Ord Set",
        category="Co-Ords",
    ),
    # Photo: lime green square-neck top with long puff sleeves, beige trousers, white backdrop.
    # All texts: VQA adapter, free generation.
    case(
        "X1653-031",
        gt("blouse"),
        col("beige", "other_garment_color"),
        pat("green", "non_answer"),
        sl("long puff sleeves"),
        desc("a green top with puff sleeves"),
        det(
            "puff sleeves, puff sleeves, puff sleeves, puff sleeves, puff sleeves, puff sleeves, puff sleeves, puff"
            " sleeves, puff sleeves, puff sleeves",
            "loop",
            hit_limit=True,
        ),
        mat("cotton"),
        gender="Women",
        title="Trendyol Women Green Puff Sleeve Square Neck Top",
        category="Tops",
        color="Green",
    ),
    # Photo: khaki utility shirt with two flap pockets, long sleeves, worn open over a white tee, blue jeans; the
    # model has short hair. All texts: VQA adapter, free generation.
    case(
        "X1653-032",
        gt("shirt"),
        col("khaki"),
        pat("solid"),
        sl(
            "long sleeves Answer: long sleeves Answer: long sleeves Answer: long sleeves Answer: long sleeves Answer:"
            " long sleeves Answer: long",
            "leak",
            hit_limit=True,
        ),
        desc("a man wearing a khaki shirt over a white t-shirt", "pronoun"),
        det("two flap pockets on the chest"),
        mat("cotton"),
        gender="Women",
        title="Roadster Women Khaki Solid Utility Casual Shirt",
        category="Shirts",
        color="Khaki",
    ),
    # Photo: pink shirt with white flowers, notch collar with white piping, short sleeves, and matching shorts.
    # All texts: VQA adapter, free generation.
    case(
        "X1653-033",
        gt("a shirt and shorts"),
        col("pink"),
        pat("floral"),
        sl("short sleeves"),
        desc("a pink floral shirt and shorts set"),
        det(
            "piping on the collar and the pockets and the hem of the shorts and the hem of the sleeves and the hem of"
            " the shorts and the hem of",
            "loop",
            hit_limit=True,
        ),
        mat("", "non_answer"),
        gender="Women",
        title="Zima Leto Women Pink & White Floral Printed Shirt & Shorts Co-Ord Set",
        category="Co-Ords",
        color="Pink",
    ),
    # Photo: navy jersey round-neck top with 3/4 sleeves, black trousers, studio light a little dim.
    # All texts: VQA adapter, free generation.
    case(
        "X1653-034",
        gt("tee"),
        col("black", "contradiction"),
        pat("solid"),
        sl("three quarter sleeves"),
        desc("a navy blue top with three quarter sleeves"),
        det("round neck Question: Describe the garment. Answer: a navy blue top", "leak"),
        mat("cotton"),
        gender="Women",
        title="Marks & Spencer Women Navy Blue Solid Round Neck Top",
        category="Tops",
        color="Navy Blue",
    ),
    # Photo: coral one-shoulder top with a ruffle along the shoulder, white trousers.
    # All texts: VQA adapter, free generation.
    case(
        "X1653-035",
        gt("blouse"),
        col("white", "other_garment_color"),
        pat("solid"),
        sl("sleeveless"),
        desc("a coral one shoulder top with a ruffle"),
        det(
            "ruffle on the shoulder, ruffle on the shoulder, ruffle on the shoulder, ruffle on the shoulder, ruffle"
            " on the shoulder, ruffle on",
            "loop",
            hit_limit=True,
        ),
        mat("the material of the garment", "restated"),
        title="Kassually Women Coral One-Shoulder Ruffled Top",
        category="Tops",
        color="Coral",
    ),
    # Photo: black ribbed crop top with long sleeves and matching flared trousers, all black, white backdrop.
    # All texts: VQA adapter, free generation.
    case(
        "X1653-036",
        gt("jumpsuit", "contradiction"),
        col("black"),
        pat("ribbed"),
        sl("long"),
        desc("a black jumpsuit with long sleeves", "contradiction"),
        det("the sleeves are long and the pants are flared"),
        mat(
            "a ribbed knit fabric that is soft and stretchy and has a lot of stretch to it so it is comfortable to"
            " wear all day and it is also",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="SASSAFRAS Women Black Ribbed Top & Flared Trousers Co-Ord Set",
        category="Co-Ords",
        color="Black",
    ),
    # Photo: white cotton short-sleeved crop shirt with a tie-up hem, high-waist blue jeans.
    # All texts: VQA adapter, free generation.
    case(
        "X1653-037",
        gt("shirt"),
        col("blue", "other_garment_color"),
        pat("solid"),
        sl("short sleeves"),
        desc(
            "a white shirt tied at the waist and a pair of high waisted blue jeans with a button fly and rolled up"
            " hems and a pair of white",
            "cut",
            hit_limit=True,
        ),
        det("tie-up hem"),
        mat("denim", "contradiction"),
        gender="Women",
        title="HERE&NOW Women White Pure Cotton Tie-Up Crop Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: blue and white geometric print V-neck top with short flutter sleeves, white trousers.
    # All texts: VQA adapter, free generation.
    case(
        "X1653-038",
        gt("blouse"),
        col("blue"),
        pat("floral", "contradiction"),
        sl("short"),
        desc("a blue and white print top"),
        det(
            "v neck, ruffle sleeves, v neck, ruffle sleeves, v neck, ruffle sleeves, v neck, ruffle sleeves, v neck,"
            " ruffle",
            "loop",
            hit_limit=True,
        ),
        mat("silk", "unsupported"),
        gender="Women",
        title="StyleStone Women Blue & White Geometric Print Top",
        category="Tops",
        color="Blue",
    ),
    # Photo: red oversized long-sleeved shirt, black trousers, the model holding a coffee cup.
    # All texts: VQA adapter, free generation.
    case(
        "X1653-039",
        gt("shirt"),
        col("red"),
        pat("solid"),
        sl("yes", "non_answer"),
        desc("a red shirt"),
        det(
            "buttons, collar, buttons, collar, buttons, collar, buttons, collar, buttons, collar, buttons, collar,"
            " buttons, collar, buttons, collar",
            "loop",
            hit_limit=True,
        ),
        mat("cotton"),
        gender="Women",
        title="Vero Moda Women Red Solid Oversized Casual Shirt",
        category="Shirts",
        color="Red",
    ),
    # Photo: grey melange sweatshirt-style top with ribbed cuffs, long sleeves, and matching drawstring joggers.
    # All texts: VQA adapter, free generation.
    case(
        "X1653-040",
        gt("sweatshirt", "contradiction"),
        col("heather grey"),
        pat("solid Question: What is the pattern of the pants? Answer: solid", "leak"),
        sl("long"),
        desc(
            "a grey sweatshirt and grey sweatpants and a pair of white sneakers and a pair of white sneakers and a"
            " pair of white sneakers and a pair",
            "loop",
            hit_limit=True,
        ),
        det("ribbed cuffs and a drawstring waist"),
        mat("cotton"),
        gender="Women",
        title="AND Women Grey Melange Knitted Top & Joggers Co-Ord Set",
        category="Co-Ords",
        color="Grey Melange",
    ),
    # Photo: black sheer mesh top with long sleeves over a black bralette, black trousers.
    # All texts: VQA adapter, free generation.
    case(
        "X1653-041",
        gt("blouse"),
        col("black"),
        pat("no", "non_answer"),
        sl("long sleeves"),
        desc(
            "a black sheer top with long sleeves and a black bra underneath and black pants and a black bra"
            " underneath and black pants and a black bra",
            "loop",
            hit_limit=True,
        ),
        det("sheer"),
        mat("cotton", "contradiction"),
        gender="Women",
        title="Tokyo Talkies Women Black Sheer Mesh Top",
        category="Tops",
        color="Black",
    ),
    # Photo: flat lay of a beige linen-blend shirt with a chest pocket, long sleeves, on a white surface.
    # All texts: VQA adapter, free generation.
    case(
        "X1653-042",
        gt("shirt"),
        col(
            "beige-beige-beige-beige-beige-beige-beige-beige-beige-beige-beige-beige-beige-beige-beige-beige",
            "loop",
            hit_limit=True,
        ),
        pat("solid"),
        sl("long"),
        desc(
            "a beige linen shirt with buttons down the front and a pocket on the chest and long sleeves with buttoned"
            " cuffs and a curved hem and a",
            "cut",
            hit_limit=True,
        ),
        det("a pocket on the chest"),
        mat("linen"),
        title="Van Heusen Woman Beige Linen Blend Casual Shirt",
        category="Shirts",
        color="Beige",
    ),
    # Photo: flat lay of a pink blouse with white polka dots, a bow at the neck, long sleeves.
    # All texts: VQA adapter, free generation.
    case(
        "X1653-043",
        gt("blouse Question: Is this a blouse? Answer: yes", "leak"),
        col("pink"),
        pat("polka dot"),
        sl("long sleeves"),
        desc("a pink and white polka dot blouse with a bow at the neck"),
        det("bow at the neck and a zipper at the back", "unsupported"),
        mat("cotton"),
        gender="Women",
        title="DressBerry Women Pink Polka Dot Print Tie-Up Neck Top",
        category="Tops",
        color="Pink",
    ),
    # Photo: black and white horizontal-stripe short-sleeved tee-style top with matching straight trousers with an
    # elastic waist (no zip), white sneakers. All texts: VQA adapter, free generation.
    case(
        "X1653-044",
        gt("t-shirt and pants"),
        col("black-white"),
        pat("striped"),
        sl("short sleeves Question: What is the color of the pants? Answer: black-white", "leak"),
        desc("a black and white striped shirt and pants"),
        det("a zipper on the side of the pants", "unsupported"),
        mat("cotton"),
        gender="Women",
        title="Harpa Women Black & White Striped Top & Trousers Co-Ord Set",
        category="Co-Ords",
        color="Black",
    ),
    # Photo: teal corduroy long-sleeved shirt with visible wales and buttons, cream trousers.
    # All texts: VQA adapter, free generation.
    case(
        "X1653-045",
        gt("jacket", "contradiction"),
        col("teal"),
        pat("striped", "contradiction"),
        sl("long"),
        desc("a teal corduroy jacket with buttons", "contradiction"),
        det("buttons"),
        mat("corduroy"),
        gender="Women",
        title="Roadster Women Teal Blue Corduroy Casual Shirt",
        category="Shirts",
        color="Teal",
    ),
]
