"""BLIND_1485 (45 products; Myntra women's tops, shirts and co-ords, VQA adapter): written blind in the sixty-fifth
session. Measured blind at eb96f22 (the session's fourth rules): 99/115 failures found (86.1%) and 23/194 correct
texts flagged (11.9%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's tops, shirts and co-ord sets (article types Tops, Shirts, Co-Ords), run through
enrich's default questionnaire (garment type, color, pattern, sleeve length, description, details, material) with
free generation by the VQA adapter. Photos are the catalog's usual ones: a model on a plain backdrop wearing the
product with jeans, trousers, shorts or a skirt, a blazer or a tee layered with it now and then, two back views, one
flat lay, a few props (a straw bag, a coffee cup, sunglasses). No caption: the questionnaire asks none. Six products
have six answers (the export had no material answer for them); the rest have seven. The feed's columns are title,
category (Myntra article type), color (base colour) and gender; one product lacks gender, one lacks color.
Who wrote what: every answer is from leoreigoto/Data3_V3_BLIP2_VQA on Salesforce/blip2-opt-2.7b (8-bit), prompt
"Question: ... Answer:", greedy, max 30 new tokens, stopping on newline or eos. The adapter was trained on color,
"what cloth" and yes/no questions only, so it answers garment type and color well, reaches for a color or a garment
class when asked about pattern, sleeves or material, and often runs on in the open answers (loops, cuts, and the
"Question: ... Answer:" format leaking back because the prompt was in the loss).
Labeling conventions and judgement calls: judged against the photo I imagined (the comment above each case) and the
title. A color word or a garment class given to the pattern, sleeve or material question is a non_answer; a bare
"yes"/"no" or an empty string too. The color of the jeans, skirt, trousers, blazer or layered tee given as the
product's color is other_garment_color; a wrong hue with no other garment to blame, or one the seller's base colour
contradicts, is contradiction (lime green called yellow). Near hues count as right: peach as pink, rust as brown or
orange, teal as blue, coral as orange, lavender as purple, off white as white.
For co-ord sets, naming one of the set's two pieces (blouse, pants, shorts) as the garment type is counted right;
naming a garment that is not in the set (dress, romper, sweater) is a contradiction. The In-shop pattern names
("lattice" for checks, "pure color" for solid) count as right. Materials: right when it is the fabric I imagined and
the photo or title bears it out; another item's material (the jeans' denim, the bag's straw) or an invented fabric
is unsupported; one the title contradicts ("polyester" for Pure Cotton) is contradiction. A "she" in a flat lay with
no person is unsupported, "he"/"a man" for the women's model is pronoun. Texts that ran to 30 tokens carry
hit_limit; a loop, a leak or an invented list that ran there is labeled by that, a sentence that was going fine and
stopped mid-phrase is cut. One complete, correct description happened to end exactly at the limit and is unmarked.
Layered outfits described correctly ("a black tank top and a beige blazer") are left unmarked.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import case

BLIND_1485 = [
    # Photo: model in a white cotton shirt, long sleeves rolled to the elbow, one chest pocket, half-tucked into
    # blue jeans, grey backdrop. Answers: VQA adapter. The details ran on and stopped mid-phrase.
    case(
        "X1485-001",
        Q.garment_type("shirt"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a white shirt with blue jeans"),
        Q.details(
            "the shirt has a collar and buttons down the front and a pocket on the chest and the sleeves are rolled "
            "up to the elbows and the shirt is tucked into the",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Women",
        title="Roadster Women White Solid Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: black square-neck crop top with short puff sleeves, light blue high-waist mom jeans, white backdrop.
    # Answers: VQA adapter. Type and material come from the jeans.
    case(
        "X1485-002",
        Q.garment_type("denim", "contradiction"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a black top and blue jeans"),
        Q.details(
            "puff sleeves, square neckline, puff sleeves, square neckline, puff sleeves, square neckline, puff "
            "sleeves, square neckline, puff sleeves",
            "loop",
            hit_limit=True,
        ),
        Q.material("denim", "unsupported"),
        gender="Women",
        title="SASSAFRAS Women Black Puff Sleeve Crop Top",
        category="Tops",
        color="Black",
    ),
    # Photo: maroon georgette top with small white and yellow flowers, V-neck, long bell sleeves, black trousers.
    # Answers: VQA adapter. Sleeves are long (to the wrist); details and material collapse to the color.
    case(
        "X1485-003",
        Q.garment_type("blouse"),
        Q.color("maroon"),
        Q.pattern("floral"),
        Q.sleeve_length("short", "contradiction"),
        Q.description("a maroon floral blouse with a v-neck"),
        Q.details("maroon", "non_answer"),
        Q.material("maroon", "non_answer"),
        gender="Women",
        title="Tokyo Talkies Women Maroon Floral Print Top",
        category="Tops",
        color="Maroon",
    ),
    # Photo: navy and white vertical stripe shirt, long sleeves, worn untucked over white shorts, white backdrop.
    # Answers: VQA adapter. "blouses shirts" is its In-shop class name, right for a shirt.
    case(
        "X1485-004",
        Q.garment_type("blouses shirts"),
        Q.color("navy-white"),
        Q.pattern("striped"),
        Q.sleeve_length("long sleeve"),
        Q.description(
            "a navy and white striped shirt with white shorts and a navy and white striped shirt with white shorts "
            "and a navy and white striped",
            "loop",
            hit_limit=True,
        ),
        Q.details(
            "Answer: the shirt has a collar and buttons down the front Question: What are the details of the "
            "garment? Answer: the shirt has",
            "leak",
            hit_limit=True,
        ),
        Q.material("shirt", "non_answer"),
        gender="Women",
        title="HERE&NOW Women Navy Blue & White Striped Regular Fit Casual Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Photo: dusty pink satin wrap top with a tie at the waist, long sleeves, white wide-leg trousers.
    # Answers: VQA adapter. Color is the trousers'.
    case(
        "X1485-005",
        Q.garment_type("blouse"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a pink wrap top with a tie at the waist"),
        Q.details("the details of the garment", "restated"),
        Q.material("satin"),
        gender="Women",
        title="Berrylush Women Pink Solid Satin Wrap Top",
        category="Tops",
        color="Pink",
    ),
    # Photo: olive cotton shirt-style top, two flap chest pockets, roll-up sleeve tabs, beige chinos, grey backdrop.
    # Answers: VQA adapter. The details were right until the limit (no drawstring on the top, but it stops there).
    case(
        "X1485-006",
        Q.garment_type("shirt"),
        Q.color("olive-olive-olive-olive-olive-olive-olive-olive-olive-olive-olive-olive", "loop"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("an olive green shirt with two pockets on the chest and beige pants"),
        Q.details(
            "two flap pockets on the chest, roll up sleeves with button tabs, a collar, buttons down the front, a "
            "curved hem and a",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Women",
        title="Mast & Harbour Women Olive Green Solid Shirt Style Top",
        category="Tops",
        color="Olive",
    ),
    # Photo: co-ord set, blue and white abstract print camp-collar shirt with short sleeves and matching wide
    # trousers with a drawstring, white backdrop. Answers: VQA adapter. Viscose; material answered with the color.
    case(
        "X1485-007",
        Q.garment_type("romper", "contradiction"),
        Q.color("blue"),
        Q.pattern("blue", "non_answer"),
        Q.sleeve_length("short"),
        Q.description("a blue and white printed shirt and pants"),
        Q.details("the shirt has a collar and the pants have a drawstring"),
        Q.material("blue", "non_answer"),
        gender="Women",
        title="SHOWOFF Women Blue & White Printed Shirt with Trousers Co-Ords",
        category="Co-Ords",
        color="Blue",
    ),
    # Photo: black ribbed sleeveless tank top under an open beige blazer, black trousers. Answers: VQA adapter.
    # Type and sleeves describe the blazer.
    case(
        "X1485-008",
        Q.garment_type("jacket", "contradiction"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("long", "contradiction"),
        Q.description("a black tank top and a beige blazer"),
        Q.details("ribbed"),
        Q.material("cotton"),
        gender="Women",
        title="Vero Moda Women Black Ribbed Tank Top",
        category="Tops",
        color="Black",
    ),
    # Photo: mustard peplum top, short flutter sleeves, round neck, white jeans, white backdrop.
    # Answers: VQA adapter. Took the flared peplum for a dress.
    case(
        "X1485-009",
        Q.garment_type("dress", "contradiction"),
        Q.color("yellow"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("he is wearing a yellow top and white jeans", "pronoun"),
        Q.details(
            "peplum peplum peplum peplum peplum peplum peplum peplum peplum peplum peplum peplum peplum peplum peplum",
            "loop",
            hit_limit=True,
        ),
        Q.material("yellow", "non_answer"),
        gender="Women",
        title="FabAlley Women Mustard Yellow Solid Peplum Top",
        category="Tops",
        color="Mustard",
    ),
    # Photo: back view, lavender top with a keyhole button at the back neck, short sleeves, grey jeggings.
    # Answers: VQA adapter (no material answer exported).
    case(
        "X1485-010",
        Q.garment_type("blouse"),
        Q.color("purple"),
        Q.pattern("solid"),
        Q.sleeve_length("yes", "non_answer"),
        Q.description("the back of a purple top"),
        Q.details(
            "a button at the back of the neck and a button at the back of the neck and a button at the back of the",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Harpa Women Lavender Solid Regular Top",
        category="Tops",
        color="Lavender",
    ),
    # Photo: white and black gingham check shirt, long sleeves, tucked into black trousers, grey backdrop.
    # Answers: VQA adapter. "lattice" is the training data's word for checks.
    case(
        "X1485-011",
        Q.garment_type("shirt"),
        Q.color("black-white"),
        Q.pattern("lattice"),
        Q.sleeve_length("no", "non_answer"),
        Q.description("a black and white checkered shirt tucked into black pants"),
        Q.details(
            "the shirt is tucked into the pants and the shirt is tucked into the pants and the shirt is tucked into "
            "the pants and the",
            "loop",
            hit_limit=True,
        ),
        Q.material("black", "non_answer"),
        gender="Women",
        title="Style Quotient Women White & Black Gingham Checked Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: red off-shoulder bardot top, long sleeves, blue jeans, white backdrop. Answers: VQA adapter.
    case(
        "X1485-012",
        Q.garment_type("blouse"),
        Q.color("red"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("he is wearing a red off the shoulder top and blue jeans", "pronoun"),
        Q.details(
            "the top is off the shoulder and the sleeves are long and the top is off the shoulder and the sleeves "
            "are long and the",
            "loop",
            hit_limit=True,
        ),
        Q.material("red", "non_answer"),
        gender="Women",
        title="AND Women Red Solid Bardot Top",
        category="Tops",
        color="Red",
    ),
    # Photo: teal square-neck top with a smocked bodice and short puff sleeves, white midi skirt. Polyester crepe.
    # Answers: VQA adapter. "cotton" is invented.
    case(
        "X1485-013",
        Q.garment_type("blouse"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description(
            "a blue top with a white skirt and a blue top with a white skirt and a blue top with a white skirt and a "
            "blue top with",
            "loop",
            hit_limit=True,
        ),
        Q.details(
            "the sleeves, the neckline, the sleeves, the neckline, the sleeves, the neckline, the sleeves, the "
            "neckline, the sleeves, the",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton", "unsupported"),
        gender="Women",
        title="Kassually Women Teal Blue Solid Smocked Top",
        category="Tops",
        color="Teal",
    ),
    # Photo: mid-blue denim shirt, long sleeves, two chest pockets, white jeans, white backdrop.
    # Answers: VQA adapter. "denim" as the type is right here (a denim shirt).
    case(
        "X1485-014",
        Q.garment_type("denim"),
        Q.color("blue"),
        Q.pattern("blue", "non_answer"),
        Q.sleeve_length("long"),
        Q.description("a blue denim shirt with white jeans"),
        Q.details(
            "two pockets on the chest and two pockets on the chest and two pockets on the chest and two pockets on "
            "the chest and two",
            "loop",
            hit_limit=True,
        ),
        Q.material("denim"),
        gender="Women",
        title="Allen Solly Woman Blue Denim Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: co-ord set, white base with a green leaf print, short-sleeve shirt and shorts with an elastic waist.
    # Answers: VQA adapter. Title says pure cotton.
    case(
        "X1485-015",
        Q.garment_type("shorts"),
        Q.color("green-white"),
        Q.pattern("floral"),
        Q.sleeve_length("short"),
        Q.description(
            "Answer: a green and white printed shirt and shorts Question: Describe the garment. Answer: a green and "
            "white printed shirt and shorts Question:",
            "leak",
            hit_limit=True,
        ),
        Q.details(
            "the shirt has a collar and buttons down the front and the shorts have an elastic waistband and the "
            "shirt has a collar and buttons down the",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester", "contradiction"),
        gender="Women",
        title="Stylum Women Green & White Printed Pure Cotton Shirt With Shorts",
        category="Co-Ords",
        color="Green",
    ),
    # Photo: white boxy crop tee with a black slogan print, short sleeves, black cargo pants. Answers: VQA adapter.
    case(
        "X1485-016",
        Q.garment_type("graphic tee"),
        Q.color("white"),
        Q.pattern("graphic"),
        Q.sleeve_length("graphic tee", "non_answer"),
        Q.description("a white t-shirt with black writing on it and black pants"),
        Q.details("black writing on the front"),
        Q.material("black", "non_answer"),
        gender="Women",
        title="Kook N Keech Women White Typography Printed Boxy Crop Top",
        category="Tops",
        color="White",
    ),
    # Photo: beige linen relaxed shirt, long sleeves, no pocket, white shorts, white backdrop. Answers: VQA adapter.
    # Color and description give the shirt the shorts' white; the sleeves are long.
    case(
        "X1485-017",
        Q.garment_type("shirt"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("short", "contradiction"),
        Q.description("a white shirt and white shorts", "other_garment_color"),
        Q.details("buttons down the front and a pocket on the chest", "unsupported"),
        Q.material("linen"),
        gender="Women",
        title="Mango Women Beige Linen Blend Relaxed Shirt",
        category="Shirts",
        color="Beige",
    ),
    # Photo: rust satin cowl-neck sleeveless top, black trousers. Answers: VQA adapter.
    case(
        "X1485-018",
        Q.garment_type("tank"),
        Q.color("orange"),
        Q.pattern("orange", "non_answer"),
        Q.sleeve_length("sleeveless"),
        Q.description(
            "Question: Describe the garment. Answer: a orange top with a cowl neck Question: Describe the garment. "
            "Answer: a orange top",
            "leak",
            hit_limit=True,
        ),
        Q.details("cowl neck"),
        Q.material("satin"),
        gender="Women",
        title="Mast & Harbour Women Rust Orange Satin Cowl Neck Top",
        category="Tops",
        color="Rust",
    ),
    # Photo: off-white top with a lace yoke and short cap sleeves, light blue jeans, hands in pockets, white wall.
    # Answers: VQA adapter. Color and material come from the jeans.
    case(
        "X1485-019",
        Q.garment_type("blouse"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("lace"),
        Q.sleeve_length("the sleeves are short"),
        Q.description(
            "a woman in a white top and blue jeans standing in front of a white wall with her hands in her pockets "
            "and her hair in a",
            "cut",
            hit_limit=True,
        ),
        Q.details("lace"),
        Q.material("denim", "unsupported"),
        gender="Women",
        title="Sera Women Off White Lace Yoke Regular Top",
        category="Tops",
        color="Off White",
    ),
    # Photo: orange, navy and white geometric print top, long sleeves, navy jeans. Answers: VQA adapter (no
    # material answer exported). Not floral.
    case(
        "X1485-020",
        Q.garment_type("blouse"),
        Q.color("orange-navy"),
        Q.pattern("floral", "contradiction"),
        Q.sleeve_length("long sleeve"),
        Q.description("a woman wearing a multicolored top and blue jeans"),
        Q.details("the sleeves", "non_answer"),
        gender="Women",
        title="Zink London Women Multicoloured Geometric Print Top",
        category="Tops",
        color="Multi",
    ),
    # Photo: co-ord set, pink floral sleeveless top and matching palazzos in one print, reading almost as one
    # piece; rayon. Answers: VQA adapter. Not a dress; not chiffon.
    case(
        "X1485-021",
        Q.garment_type("dress", "contradiction"),
        Q.color("pink"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        Q.description("a pink floral dress", "contradiction"),
        Q.details("floral print"),
        Q.material("chiffon", "unsupported"),
        gender="Women",
        title="Sangria Women Pink Floral Printed Top with Palazzos Co-Ords",
        category="Co-Ords",
        color="Pink",
    ),
    # Photo: light blue formal shirt, long sleeves, tucked into grey trousers, bright studio light.
    # Answers: VQA adapter. The shirt reads pale in the light but is blue; the trousers are grey.
    case(
        "X1485-022",
        Q.garment_type("shirt"),
        Q.color("white", "contradiction"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a light blue shirt and light blue pants", "contradiction"),
        Q.details(
            "the collar, the cuffs, the buttons, the collar, the cuffs, the buttons, the collar, the cuffs, the "
            "buttons, the collar",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Women",
        title="Van Heusen Woman Light Blue Solid Slim Fit Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: black sheer mesh long-sleeve top over a black bralette, black faux-leather mini skirt, cropped at the
    # knee: no boots, bag or belt in the shot. Answers: VQA adapter. The description invents the rest of the outfit.
    case(
        "X1485-023",
        Q.garment_type("blouse"),
        Q.color("black"),
        Q.pattern("black", "non_answer"),
        Q.sleeve_length("long"),
        Q.description(
            "a black sheer top with a black bra, a black leather skirt, black boots, a black bag, a black belt and "
            "a black hat",
            "unsupported",
            hit_limit=True,
        ),
        Q.details("sheer"),
        Q.material("mesh"),
        gender="Women",
        title="ONLY Women Black Sheer Mesh Top",
        category="Tops",
        color="Black",
    ),
    # Photo: peach top with a ruffled round neck and short ruffle sleeves, white jeans, white sneakers.
    # Answers: VQA adapter (no material answer exported). "pink" for peach counted right.
    case(
        "X1485-024",
        Q.garment_type("blouse"),
        Q.color("pink"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description(
            "a woman wearing a pink top with ruffles on the neck and sleeves and white jeans and white shoes "
            "standing in front of a white wall with",
            "cut",
            hit_limit=True,
        ),
        Q.details(
            "ruffles, ruffles, ruffles, ruffles, ruffles, ruffles, ruffles, ruffles, ruffles, ruffles, ruffles, "
            "ruffles, ruffles, ruffles, ruffles",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Athena Women Peach Solid Ruffle Neck Top",
        category="Tops",
        color="Peach",
    ),
    # Photo: blue and black buffalo check flannel shirt worn open over a white tee, black jeans.
    # Answers: VQA adapter. Color is the tee's; the checks are not stripes.
    case(
        "X1485-025",
        Q.garment_type("shirt"),
        Q.color("white", "other_garment_color"),
        Q.pattern("striped", "contradiction"),
        Q.sleeve_length("long"),
        Q.description("a blue and black plaid shirt over a white t-shirt"),
        Q.details(
            "the shirt is open and the shirt is open and the shirt is open and the shirt is open and the shirt is "
            "open and the",
            "loop",
            hit_limit=True,
        ),
        Q.material("flannel"),
        gender="Women",
        title="Roadster Women Blue & Black Buffalo Checked Flannel Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: white cotton schiffli top with embroidered flowers, short puff sleeves, denim shorts, a straw bag in
    # her hand. Answers: VQA adapter. Material is the bag's.
    case(
        "X1485-026",
        Q.garment_type("blouse"),
        Q.color("white"),
        Q.pattern("white", "non_answer"),
        Q.sleeve_length("short"),
        Q.description("a white blouse and denim shorts with a straw bag"),
        Q.details("embroidered"),
        Q.material("straw", "unsupported"),
        gender="Women",
        title="DressBerry Women White Schiffli Embroidered Pure Cotton Top",
        category="Tops",
        color="White",
    ),
    # Photo: emerald satin-finish polyester shirt, long sleeves, half-tucked into black trousers, black heels.
    # Answers: VQA adapter. No chest pocket; not silk.
    case(
        "X1485-027",
        Q.garment_type("blouse"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        Q.description(
            "a green shirt and black pants and a green shirt and black pants and a green shirt and black pants and "
            "a green shirt and",
            "loop",
            hit_limit=True,
        ),
        Q.details(
            "a green satin shirt with a collar and buttons down the front and a pocket on the chest and a pair of "
            "black pants and a pair of",
            "cut",
            hit_limit=True,
        ),
        Q.material("silk", "unsupported"),
        gender="Women",
        title="Trendyol Women Green Satin Finish Regular Fit Casual Shirt",
        category="Shirts",
        color="Green",
    ),
    # Photo: co-ord set, black oversized shirt with thin white pinstripes and matching trousers, long sleeves.
    # Answers: VQA adapter. The color is right but the prompt format leaked after it.
    case(
        "X1485-028",
        Q.garment_type("blouse"),
        Q.color(
            "black Question: What is the color of the pants? Answer: black Question: What is the color of the "
            "pants? Answer: black",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("striped"),
        Q.sleeve_length(
            "long sleeves long sleeves long sleeves long sleeves long sleeves long sleeves long sleeves long "
            "sleeves long sleeves long sleeves long sleeves long sleeves",
            "loop",
            hit_limit=True,
        ),
        Q.description("a black and white striped shirt and pants"),
        Q.details("stripes"),
        Q.material("black", "non_answer"),
        gender="Women",
        title="Athena Women Black & White Pinstriped Shirt with Trousers",
        category="Co-Ords",
        color="Black",
    ),
    # Photo: navy top with white polka dots, short sleeves, tie-up bow at the neck, white trousers, white backdrop.
    # Answers: VQA adapter. Sleeves are short.
    case(
        "X1485-029",
        Q.garment_type("blouse"),
        Q.color("navy"),
        Q.pattern("polka dot"),
        Q.sleeve_length("long", "contradiction"),
        Q.description(
            "a navy blue top with white polka dots and a bow at the neck and white pants and a white bag and a pair "
            "of white shoes and a",
            "cut",
            hit_limit=True,
        ),
        Q.details("a bow at the neck"),
        Q.material("navy", "non_answer"),
        gender="Women",
        title="Qurvii Women Navy Blue Polka Dot Print Tie-Up Neck Top",
        category="Tops",
        color="Navy Blue",
    ),
    # Photo: grey melange thin knit top (cotton-polyester jersey), long sleeves, round neck, black skirt.
    # Answers: VQA adapter. Not a sweater, not wool. The feed has no gender for this row.
    case(
        "X1485-030",
        Q.garment_type("sweater", "contradiction"),
        Q.color("grey"),
        Q.pattern("grey", "non_answer"),
        Q.sleeve_length("long"),
        Q.description("a grey top with a black skirt"),
        Q.details("round neck"),
        Q.material("wool", "unsupported"),
        title="Chemistry Women Grey Melange Solid Regular Top",
        category="Tops",
        color="Grey",
    ),
    # Photo: cream blouse with a pleated front and a tie neck, long sleeves, tucked into camel trousers.
    # Answers: VQA adapter. The details leak the training questions; "pure color" is right for solid.
    case(
        "X1485-031",
        Q.garment_type("blouse"),
        Q.color("cream"),
        Q.pattern("pure color"),
        Q.sleeve_length("long"),
        Q.description("a cream blouse with a tie neck"),
        Q.details(
            "Answer: tie neck Question: What is the color of the blouse? Answer: cream Question: Is this a blouse? "
            "Answer: yes Question:",
            "leak",
            hit_limit=True,
        ),
        Q.material("the garment is made of the garment", "restated"),
        gender="Women",
        title="Marks & Spencer Women Cream-Coloured Solid Tie-Neck Blouse",
        category="Tops",
        color="Cream",
    ),
    # Photo: yellow and white horizontal stripe halter crop top (sleeveless), white shorts.
    # Answers: VQA adapter (no material answer exported).
    case(
        "X1485-032",
        Q.garment_type("tank"),
        Q.color("yellow"),
        Q.pattern("striped"),
        Q.sleeve_length("short", "contradiction"),
        Q.description(
            "a yellow and white striped tank top and white shorts and a yellow and white striped tank top and white "
            "shorts and a yellow and",
            "loop",
            hit_limit=True,
        ),
        Q.details("halter neck"),
        gender="Women",
        title="StyleStone Women Yellow & White Striped Halter Neck Crop Top",
        category="Tops",
        color="Yellow",
    ),
    # Photo: co-ord set, rust linen-blend top with short sleeves and matching straight trousers, sunglasses pushed
    # up on her head, beige backdrop. Answers: VQA adapter. "pants" names one piece of the set: counted right.
    case(
        "X1485-033",
        Q.garment_type("pants"),
        Q.color("brown"),
        Q.pattern("the pattern of the garment", "restated"),
        Q.sleeve_length("short sleeve"),
        Q.description("a man in a brown shirt and brown pants with sunglasses on his head", "pronoun"),
        Q.details(
            "Question: What are the details of the garment? Answer: Question: What are the details of the garment? "
            "Answer: Question:",
            "leak",
            hit_limit=True,
        ),
        Q.material("linen"),
        gender="Women",
        title="Kassually Women Rust Solid Top with Trousers",
        category="Co-Ords",
        color="Rust",
    ),
    # Photo: flat lay, black oversized cotton shirt laid on a white surface, no model. Answers: VQA adapter.
    # The details invent a wearer; material answered with the color.
    case(
        "X1485-034",
        Q.garment_type("shirt"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a black shirt laying on a white surface"),
        Q.details("she is wearing a black shirt", "unsupported"),
        Q.material("black", "non_answer"),
        gender="Women",
        title="HERE&NOW Women Black Solid Oversized Casual Shirt",
        category="Shirts",
        color="Black",
    ),
    # Photo: sea green ribbed top with a sweetheart neckline and short sleeves, black jeans. Answers: VQA adapter.
    # Color is the jeans'.
    case(
        "X1485-035",
        Q.garment_type("tee"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("blouse", "non_answer"),
        Q.description("a green top with black jeans"),
        Q.details("the details of the garment are the details of the garment", "restated"),
        Q.material("cotton"),
        gender="Women",
        title="Tokyo Talkies Women Sea Green Ribbed Sweetheart Neck Top",
        category="Tops",
        color="Sea Green",
    ),
    # Photo: indigo shirt-style top with a white floral block print, long sleeves rolled up, white palazzos.
    # Answers: VQA adapter. Color is the palazzos'; "solid" is wrong for a print; material looped.
    case(
        "X1485-036",
        Q.garment_type("shirt"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("long"),
        Q.description("a blue and white floral shirt with white pants"),
        Q.details("the shirt has a collar and buttons down the front"),
        Q.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Cottinfab Women Blue Printed Pure Cotton Shirt Style Top",
        category="Tops",
        color="Blue",
    ),
    # Photo: neon lime green ruched crop top, long sleeves, white wide-leg pants. Answers: VQA adapter (no material
    # answer exported). The lime reads yellowish but the seller and the description say green; it is no tank.
    case(
        "X1485-037",
        Q.garment_type("tank", "contradiction"),
        Q.color("yellow", "contradiction"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a green crop top with white pants"),
        Q.details("ruched"),
        gender="Women",
        title="Rare Women Lime Green Ruched Crop Top",
        category="Tops",
        color="Lime Green",
    ),
    # Photo: maroon velvet top with long puff sleeves gathered at the cuff, round neck, black jeans.
    # Answers: VQA adapter. The description was right until it stopped.
    case(
        "X1485-038",
        Q.garment_type("blouse"),
        Q.color("burgundy"),
        Q.pattern("burgundy", "non_answer"),
        Q.sleeve_length("long"),
        Q.description(
            "a burgundy velvet top with long puff sleeves and a round neckline, the sleeves are gathered at the "
            "cuffs and the top is",
            "cut",
            hit_limit=True,
        ),
        Q.details("puff sleeves"),
        Q.material("velvet"),
        gender="Women",
        title="Selvia Women Maroon Velvet Puff Sleeve Top",
        category="Tops",
        color="Maroon",
    ),
    # Photo: co-ord set, navy and white horizontal stripe knit crop top with short sleeves and a matching midi
    # skirt, white backdrop. Answers: VQA adapter. Not a dress.
    case(
        "X1485-039",
        Q.garment_type("dress", "contradiction"),
        Q.color("navy-white"),
        Q.pattern("striped"),
        Q.sleeve_length("short"),
        Q.description("a navy and white striped top and skirt"),
        Q.details(
            "the top is cropped and the skirt is a midi skirt and the top is cropped and the skirt is a midi skirt "
            "and the top is",
            "loop",
            hit_limit=True,
        ),
        Q.material("knit"),
        gender="Women",
        title="SHOWOFF Women Navy Blue & White Striped Top with Skirt",
        category="Co-Ords",
        color="Navy Blue",
    ),
    # Photo: brown and black leopard print satin shirt, long sleeves, buttons down the front, black jeans.
    # Answers: VQA adapter. No zipper; not floral.
    case(
        "X1485-040",
        Q.garment_type("shirt"),
        Q.color("brown-black"),
        Q.pattern("floral", "contradiction"),
        Q.sleeve_length("long"),
        Q.description("he is wearing a leopard print shirt and black pants", "pronoun"),
        Q.details("a zipper on the back", "unsupported"),
        Q.material("satin"),
        gender="Women",
        title="Vero Moda Women Brown & Black Animal Print Satin Shirt",
        category="Shirts",
        color="Brown",
    ),
    # Photo: coral top with a V-neck and short tie sleeves, white jeans. The feed has no base colour for this row.
    # Answers: VQA adapter (no material answer exported). Type and color are the jeans'.
    case(
        "X1485-041",
        Q.garment_type("pants", "contradiction"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a orange top with white jeans"),
        Q.details(
            "v-neck and tie sleeves and v-neck and tie sleeves and v-neck and tie sleeves and v-neck and tie "
            "sleeves and v-",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Harpa Women Coral Solid V-Neck Tie Sleeve Top",
        category="Tops",
    ),
    # Photo: lavender and white tie-dye oversized top, drop shoulders, short sleeves, white shorts.
    # Answers: VQA adapter.
    case(
        "X1485-042",
        Q.garment_type("tee"),
        Q.color("purple"),
        Q.pattern("tie dye"),
        Q.sleeve_length("tee", "non_answer"),
        Q.description("the garment is a garment", "restated"),
        Q.details(
            "tie dye tie dye tie dye tie dye tie dye tie dye tie dye tie dye tie dye tie dye tie dye tie dye tie "
            "dye tie dye tie dye",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Women",
        title="Style Quotient Women Lavender Tie-Dye Oversized Pure Cotton Top",
        category="Tops",
        color="Lavender",
    ),
    # Photo: co-ord set, beige cotton crochet sleeveless crop top and matching knit shorts, on a white backdrop.
    # Answers: VQA adapter. Not a sweater, not wool; the beige is clear next to the white wall.
    case(
        "X1485-043",
        Q.garment_type("sweater", "contradiction"),
        Q.color("white", "contradiction"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        Q.description("she is wearing a beige knit top and shorts"),
        Q.details("crochet"),
        Q.material("wool", "unsupported"),
        gender="Women",
        title="Kook N Keech Women Beige Crochet Top with Shorts",
        category="Co-Ords",
        color="Beige",
    ),
    # Photo: back view, black top with criss-cross straps over an open back, long sleeves, red mini skirt.
    # Answers: VQA adapter. Color is the skirt's; the material answer came back empty.
    case(
        "X1485-044",
        Q.garment_type("blouse"),
        Q.color("red", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("short", "contradiction"),
        Q.description("the back of a black top with a red skirt"),
        Q.details("criss cross straps on the back"),
        Q.material("", "non_answer"),
        gender="Women",
        title="AND Women Black Solid Criss-Cross Back Top",
        category="Tops",
        color="Black",
    ),
    # Photo: pink and white stripe cotton shirt, sleeves rolled up, blue jeans, white sneakers, a coffee cup in her
    # hand. Answers: VQA adapter. The description is complete and right, and ended exactly at the 30-token limit.
    case(
        "X1485-045",
        Q.garment_type("shirt"),
        Q.color("pink"),
        Q.pattern("striped"),
        Q.sleeve_length("long"),
        Q.description(
            "she is wearing a pink and white striped shirt with the sleeves rolled up, blue jeans and white "
            "sneakers, and she is holding a cup of coffee",
            hit_limit=True,
        ),
        Q.details("the shirt has a collar and buttons down the front"),
        Q.material("cotton"),
        gender="Women",
        title="Roadster Women Pink & White Striped Casual Shirt",
        category="Shirts",
        color="Pink",
    ),
]
