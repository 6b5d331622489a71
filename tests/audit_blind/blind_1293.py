"""BLIND_1293 (45 products; Myntra women's tops, shirts and co-ords, VQA adapter, default questionnaire): written blind
in the sixty-third session. Measured blind at 5ce7a6b (the session's first rules): 84/93 failures found (90.3%) and
10/177 correct texts flagged (5.6%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's tops, shirts and co-ord sets (article types Tops, Shirts, Co-Ords; base colours as
Myntra spells them), run through enrich's default questionnaire (garment type, color, pattern, sleeve length,
description, details, material; five to seven of them per product) with free generation: no caption, no candidate
ranking, every answer is what the VQA adapter generated after `Question: ... Answer:`, greedy, 30 new tokens. Photos
are the catalog's usual shots: a model on a plain grey or white backdrop wearing the product with jeans, trousers,
shorts or a skirt; one flat lay (X1293-036), one back view (X1293-041), a straw bag (X1293-027) and a stool
(X1293-038) as props. The `color` column is left out on X1293-009 and the `gender` column on X1293-030.
Who wrote what: every text is from BLIP-2 OPT-2.7b with the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA) loaded on
top, free generation. The adapter learned short In-shop answers ("blouse", "tee", "tank", a color word), so most
answers are short and many are right; where it does not stop it loops or runs on into a new `Question: ...
Answer:` turn until the 30-token limit, and it sometimes answers an open question with a yes/no or a bare color.
Labeling conventions and judgement calls: judged by the photo I imagined (described above each case) and the title. For
a Top, "blouse", "tee", "tank" and "graphic tee" count as right when they fit the cut, and "denim" (the In-shop class)
for a denim shirt; a class the seller's article type rules out ("sweater", "jacket" for an overshirt or an open flannel
shirt, "polo shirt" for a collared button-down with a logo, "dress", "romper", "jumpsuit") is a contradiction. For a
co-ord set, naming one of its pieces ("shirt", "blouse", "tank") is counted right; calling the set a dress, romper or
jumpsuit is a contradiction. Near shades are right (purple for lavender, blue for navy or teal, red for maroon, orange
for rust, pink for fuchsia); a color that is another garment's in the photo (the jeans, the trousers, the skirt, even in
a details answer) is other_garment_color; a wrong color that is on no other garment (the print's color, black for navy,
the white backdrop of a flat lay, white for beige with only white sneakers around) is a contradiction. A pattern,
sleeve, detail, material or description answer that is only a color, "yes"/"no", a neckline ("off the shoulder" for the
sleeve length) or about a prop is a non_answer; "the garment is made of a fabric" and "the details of the garment are
the sleeves and the neckline" are restated. A pattern the title rules out (floral for a Solid top, striped for a plain
corduroy) is a contradiction, one the photo alone rules out (paisley for a geometric print) is unsupported. Invented
things the photo does not show (pockets, a zipper at the back, a drawstring under an untucked shirt, a cat graphic, a
tie at the waist, a woman in a flat lay) are unsupported, and so is a material the title or the look rules out (cotton
for a satin shirt, wool for a thin viscose rib, denim meaning the jeans). "he" or "a man" for the woman (a back view
included) is pronoun. A loop or a run-on into a new `Question: ... Answer:` turn that hit 30 tokens is marked loop or
leak with hit_limit, not cut; cut is for a sentence still going, without repeating, when the limit stops it, even where
it also lists things that are not there. Plausible material guesses for fabrics the photo cannot settle (cotton, rayon,
polyester, linen) are left unmarked. Each text is judged on its own, so the same mistake in two texts is marked twice.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import case

W = "Women"

BLIND_1293 = [
    # Black ribbed crop top, short sleeves, round neck, blue high-waist jeans, grey backdrop. All texts: VQA adapter.
    case(
        "X1293-001",
        Q.garment_type("tee"),
        Q.color("black"),
        Q.sleeve_length("short"),
        Q.description("a black crop top with a round neck and short sleeves"),
        Q.material("cotton"),
        gender=W,
        title="SASSAFRAS Women Black Solid Fitted Crop Top",
        category="Tops",
        color="Black",
    ),
    # Blue and white gingham checked shirt, long sleeves rolled to the elbows, no pockets, black trousers.
    # All texts: VQA adapter.
    case(
        "X1293-002",
        Q.garment_type("shirt"),
        Q.color("blue"),
        Q.pattern("plaid"),
        Q.sleeve_length(
            "long sleeves long sleeves long sleeves long sleeves long sleeves long sleeves long sleeves long sleeves"
            " long sleeves long sleeves long sleeves long sleeves long sleeves long sleeves long sleeves",
            "loop",
            hit_limit=True,
        ),
        Q.description("a blue and white checkered shirt with a collar and buttons down the front"),
        Q.details("the shirt has two pockets on the chest", "unsupported"),
        gender=W,
        title="Roadster Women Blue & White Regular Fit Checked Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Mustard top with a small white floral block print, v-neck, three-quarter sleeves, matching palazzos, white
    # sneakers. All texts: VQA adapter.
    case(
        "X1293-003",
        Q.garment_type("romper", "contradiction"),
        Q.color("yellow"),
        Q.pattern("floral"),
        Q.sleeve_length("three quarter"),
        Q.description("yellow", "non_answer"),
        Q.details("the top has a v neck and the pants are wide"),
        Q.material("yes", "non_answer"),
        gender=W,
        title="StyleStone Women Mustard Yellow Printed Top with Palazzos Co-Ords",
        category="Co-Ords",
        color="Mustard",
    ),
    # White cotton top, short puff sleeves, square neck, worn with blue jeans. All texts: VQA adapter.
    case(
        "X1293-004",
        Q.garment_type("blouse"),
        Q.color("blue", "other_garment_color"),
        Q.sleeve_length("short"),
        Q.description("a white blouse with puff sleeves and a square neckline"),
        Q.details("puff sleeves"),
        Q.material("denim", "unsupported"),
        gender=W,
        title="Tokyo Talkies Women White Puff Sleeve Top",
        category="Tops",
        color="White",
    ),
    # Maroon satin wrap top, v-neck, long sleeves, tie at the left waist, black trousers. All texts: VQA adapter.
    case(
        "X1293-005",
        Q.garment_type("blouse"),
        Q.color("maroon"),
        Q.pattern("red", "non_answer"),
        Q.sleeve_length("long"),
        Q.description("a red wrap top with a v neck and long sleeves"),
        Q.details(
            "the top has a tie at the waist and a tie at the waist and a tie at the waist and a tie at the waist and"
            " a tie at the",
            "loop",
            hit_limit=True,
        ),
        Q.material("satin"),
        gender=W,
        title="DressBerry Women Maroon Solid Wrap Top",
        category="Tops",
        color="Maroon",
    ),
    # White oversized shirt, collar, long sleeves, buttoned and tucked into black trousers. All texts: VQA adapter.
    case(
        "X1293-006",
        Q.garment_type("shirt"),
        Q.color("white"),
        Q.pattern("white", "non_answer"),
        Q.description("he is wearing a white shirt and black pants", "pronoun"),
        Q.details("the shirt has a collar and buttons down the front"),
        Q.material("cotton"),
        gender=W,
        title="HERE&NOW Women White Solid Oversized Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # Black shirt with long sleeves and matching black straight trousers, white backdrop. All texts: VQA adapter.
    case(
        "X1293-007",
        Q.garment_type("blouse"),
        Q.color(
            "black black black black black black black black black black black black black black black black black"
            " black black black black black black black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        Q.description("a black shirt and black pants"),
        Q.details(
            "Question: What are the details of the pants? Answer: the pants are black and have a pocket on the side"
            " Question",
            "leak",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender=W,
        title="SIRIKIT Women Black Solid Shirt with Trousers Co-Ords",
        category="Co-Ords",
        color="Black",
    ),
    # Navy top with a small white floral print, round neck, short flutter sleeves, light blue jeans.
    # All texts: VQA adapter.
    case(
        "X1293-008",
        Q.garment_type("blouse"),
        Q.color("white", "contradiction"),
        Q.pattern("floral"),
        Q.description("a navy blue top with white flowers"),
        Q.details("the top has ruffled sleeves and a round neck"),
        Q.material(
            "polyester Question: What is the color of the jeans? Answer: blue Question: What is the color of the top?"
            " Answer",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        title="Vero Moda Women Navy Blue Floral Print Top",
        category="Tops",
        color="Navy Blue",
    ),
    # Olive sleeveless top, round neck, beige trousers; the feed row has no color. All texts: VQA adapter.
    case(
        "X1293-009",
        Q.garment_type("tank"),
        Q.color("green"),
        Q.sleeve_length("long", "contradiction"),
        Q.description("a green sleeveless top with a round neck"),
        Q.details("the top is sleeveless and has a round neck"),
        Q.material(
            "the top is made of cotton and the pants are made of cotton and the top is made of cotton and the pants"
            " are made",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Harpa Women Olive Green Solid Top",
        category="Tops",
    ),
    # Pink and white vertical striped shirt, long sleeves, tucked into blue jeans with a brown belt, white sneakers.
    # All texts: VQA adapter.
    case(
        "X1293-010",
        Q.garment_type("shirt"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("stripes"),
        Q.description(
            "a pink and white striped shirt with a collar and long sleeves tucked into a pair of blue jeans with a"
            " brown belt and a pair of white",
            "cut",
            hit_limit=True,
        ),
        Q.details("the shirt is tucked into the jeans"),
        Q.material(
            "the shirt is made of cotton and the jeans are made of denim and the jeans are made of denim and the jeans"
            " are made of",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Mast & Harbour Women Pink & White Striped Casual Shirt",
        category="Shirts",
        color="Pink",
    ),
    # Black top with white polka dots, sleeveless, high neck with a tie bow, white trousers. All texts: VQA adapter.
    case(
        "X1293-011",
        Q.garment_type("blouse"),
        Q.color("black and white"),
        Q.sleeve_length("sleeveless"),
        Q.description("a black and white polka dot top with a bow at the neck"),
        Q.details(
            "the top has a bow at the neck and a bow at the neck and a bow at the neck and a bow at the neck and a bow",
            "loop",
            hit_limit=True,
        ),
        Q.material("chiffon"),
        gender=W,
        title="AND Women Black & White Polka Dot Print Tie-Up Neck Top",
        category="Tops",
        color="Black",
    ),
    # Lavender crop top with short puff sleeves and matching straight trousers, grey backdrop. All texts: VQA adapter.
    case(
        "X1293-012",
        Q.garment_type("dress", "contradiction"),
        Q.color("purple"),
        Q.pattern("purple", "non_answer"),
        Q.sleeve_length("short"),
        Q.description("a purple top and pants"),
        Q.details("the top has puff sleeves and the pants have a high waist"),
        Q.material(
            "the top is made of polyester and the pants are made of polyester and the top is made of polyester and"
            " the pants are made",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="KASSUALLY Women Lavender Solid Top & Trousers Co-Ord Set",
        category="Co-Ords",
        color="Lavender",
    ),
    # Rust top, long sleeves, ruffle trims at the shoulders and the hem, blue jeans. All texts: VQA adapter.
    case(
        "X1293-013",
        Q.garment_type("blouse"),
        Q.color("orange"),
        Q.pattern("floral", "contradiction"),
        Q.description("a orange top with ruffles on the shoulders and the hem"),
        Q.details("ruffles"),
        Q.material(
            "polyester Question: What is the color of the top? Answer: orange Question: What is the color of the"
            " jeans? Answer",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        title="Berrylush Women Rust Orange Solid Ruffled Top",
        category="Tops",
        color="Rust",
    ),
    # Dark navy shirt, full button placket and a pointed collar, long sleeves, small embroidered logo on the chest,
    # white trousers. All texts: VQA adapter.
    case(
        "X1293-014",
        Q.garment_type("polo shirt", "contradiction"),
        Q.color("black", "contradiction"),
        Q.description("a navy blue shirt with a collar and buttons"),
        Q.details("a small logo on the chest"),
        Q.material("cotton"),
        gender=W,
        title="U.S. Polo Assn. Women Navy Blue Solid Casual Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # White top with floral schiffli embroidery, peplum hem, three-quarter sleeves, light blue jeans.
    # All texts: VQA adapter.
    case(
        "X1293-015",
        Q.garment_type("blouse"),
        Q.color("white"),
        Q.sleeve_length("three quarter sleeves"),
        Q.description(
            "a white blouse with a peplum and embroidered details on the sleeves and the hem of the blouse and the"
            " sleeves and the hem of the blouse and",
            "loop",
            hit_limit=True,
        ),
        Q.details("the top has a peplum"),
        Q.material("white", "non_answer"),
        gender=W,
        title="Sera Women White Embroidered Peplum Top",
        category="Tops",
        color="White",
    ),
    # Red fitted off-shoulder top with long sleeves, black mini skirt. All texts: VQA adapter.
    case(
        "X1293-016",
        Q.garment_type("blouse"),
        Q.color("red"),
        Q.pattern("solid"),
        Q.sleeve_length("short", "contradiction"),
        Q.description("a red off the shoulder top with long sleeves"),
        Q.details("black", "other_garment_color"),
        Q.material(
            "polyester Question: What is the color of the skirt? Answer: black Question: What is the color of the top?"
            " Answer",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        title="Tokyo Talkies Women Red Solid Off-Shoulder Fitted Top",
        category="Tops",
        color="Red",
    ),
    # Pink floral print shirt, short sleeves, worn untucked over matching shorts (the waistband is hidden), white
    # sneakers. All texts: VQA adapter.
    case(
        "X1293-017",
        Q.garment_type("shirt"),
        Q.color(
            "pink Question: What is the color of the shorts? Answer: pink Question: What is the color of the shoes?"
            " Answer: white",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("floral"),
        Q.description("a pink floral shirt and shorts"),
        Q.details("the shirt has a collar and the shorts have a drawstring waist", "unsupported"),
        Q.material("rayon"),
        gender=W,
        title="Athena Women Pink Floral Printed Shirt & Shorts Co-Ords",
        category="Co-Ords",
        color="Pink",
    ),
    # Mid-blue washed denim shirt, long sleeves buttoned at the cuffs (not rolled up), two flap chest pockets, black
    # jeans. All texts: VQA adapter.
    case(
        "X1293-018",
        Q.garment_type("denim"),
        Q.color("blue"),
        Q.sleeve_length(
            "long sleeves with buttons at the cuffs and the sleeves are rolled up to the elbows and the sleeves are"
            " rolled up to the",
            "loop",
            hit_limit=True,
        ),
        Q.description("a blue denim shirt with two pockets on the chest"),
        Q.material("denim"),
        gender=W,
        title="Roadster Women Blue Washed Denim Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Beige thin ribbed knit top, high neck, long sleeves, tucked into white trousers. All texts: VQA adapter.
    case(
        "X1293-019",
        Q.garment_type("sweater", "contradiction"),
        Q.color("white", "other_garment_color"),
        Q.pattern("ribbed"),
        Q.sleeve_length("long"),
        Q.description("a beige top with a high neck and long sleeves"),
        Q.material("wool", "unsupported"),
        gender=W,
        title="Mango Women Beige Ribbed High Neck Top",
        category="Tops",
        color="Beige",
    ),
    # Green top with small white and yellow flowers, smocked bodice, square neck, short puff sleeves, denim shorts.
    # All texts: VQA adapter.
    case(
        "X1293-020",
        Q.garment_type("blouse"),
        Q.color("green"),
        Q.pattern("floral"),
        Q.description("a green floral top with a square neckline and puff sleeves"),
        Q.details(
            "the top has a square neck and puff sleeves and a square neck and puff sleeves and a square neck and puff"
            " sleeves and a",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="ONLY Women Green Floral Print Smocked Top",
        category="Tops",
        color="Green",
    ),
    # White formal shirt, long sleeves, collar, tucked into grey trousers. All texts: VQA adapter.
    case(
        "X1293-021",
        Q.garment_type("shirt"),
        Q.color("grey", "other_garment_color"),
        Q.description("a white shirt with a collar and a button down front"),
        Q.details("white", "non_answer"),
        Q.material("cotton"),
        gender=W,
        title="Van Heusen Woman White Solid Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Teal top with a small white geometric print, round neck, short sleeves, matching straight trousers.
    # All texts: VQA adapter.
    case(
        "X1293-022",
        Q.garment_type("jumpsuit", "contradiction"),
        Q.color("blue"),
        Q.pattern("paisley", "unsupported"),
        Q.sleeve_length("short"),
        Q.description("a blue top and pants with a white print"),
        Q.details(
            "the top has a round neck and short sleeves and the pants are straight fit with an elastic waist and two"
            " side pockets and a",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        title="Mabish by Sonal Jain Women Teal Printed Top & Trousers Co-Ord Set",
        category="Co-Ords",
        color="Teal",
    ),
    # Yellow cropped tee with a small sun graphic and the word SUNSHINE, short sleeves, light blue mom jeans.
    # All texts: VQA adapter.
    case(
        "X1293-023",
        Q.garment_type("graphic tee"),
        Q.color("yellow"),
        Q.pattern("yellow", "non_answer"),
        Q.description("a yellow t-shirt with the word sunshine on it"),
        Q.details("the t-shirt has a picture of a cat on it", "unsupported"),
        Q.material("cotton"),
        gender=W,
        title="Kook N Keech Women Yellow Printed Crop Top",
        category="Tops",
        color="Yellow",
    ),
    # Coral peplum top, sleeveless, v-neck, white jeans, hands in the jeans' pockets, white wall behind.
    # All texts: VQA adapter.
    case(
        "X1293-024",
        Q.garment_type("tank"),
        Q.color("coral"),
        Q.sleeve_length("sleeveless"),
        Q.description(
            "a woman in a coral top and white pants is standing in front of a white wall with her hands in her"
            " pockets and",
            "cut",
            hit_limit=True,
        ),
        Q.details("the top has a ruffled hem"),
        Q.material(
            "the garment is made of a material that is made of a material that is made of a material that is made of"
            " a material that",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="FabAlley Women Coral Solid Peplum Top",
        category="Tops",
        color="Coral",
    ),
    # Emerald green satin shirt, long sleeves, buttons, tucked into black trousers. All texts: VQA adapter.
    case(
        "X1293-025",
        Q.garment_type("blouse"),
        Q.color("green"),
        Q.pattern("green", "non_answer"),
        Q.description("a green satin shirt with long sleeves and buttons"),
        Q.details("the shirt is shiny"),
        Q.material("cotton", "unsupported"),
        gender=W,
        title="Style Quotient Women Green Solid Satin Casual Shirt",
        category="Shirts",
        color="Green",
    ),
    # Black and white horizontal striped top, boat neck, long sleeves, blue jeans. All texts: VQA adapter.
    case(
        "X1293-026",
        Q.garment_type("tee"),
        Q.color(
            "black and white striped black and white striped black and white striped black and white striped black"
            " and white striped black and white",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("striped"),
        Q.sleeve_length(
            "long sleeves Question: What is the color of the jeans? Answer: blue Question: What is the color of the"
            " top? Answer",
            "leak",
            hit_limit=True,
        ),
        Q.description("a black and white striped shirt with long sleeves"),
        Q.material("cotton"),
        gender=W,
        title="Roadster Women Black & White Striped Boat Neck Top",
        category="Tops",
        color="Black",
    ),
    # Off-white shirt with thin blue vertical stripes, long sleeves, matching wide trousers; the model holds a
    # straw bag. All texts: VQA adapter.
    case(
        "X1293-027",
        Q.garment_type("shirt"),
        Q.color("blue", "contradiction"),
        Q.pattern("striped"),
        Q.description("a white and blue striped shirt and pants with a straw bag"),
        Q.details("the bag is made of straw", "non_answer"),
        Q.material("linen"),
        gender=W,
        title="InWeave Women Off White & Blue Striped Shirt with Trousers Co-Ords",
        category="Co-Ords",
        color="Off White",
    ),
    # Black lace top with long sheer sleeves over a black camisole, black jeans, black ankle boots, no bag, belt or
    # necklace. All texts: VQA adapter.
    case(
        "X1293-028",
        Q.garment_type("blouse"),
        Q.color("black"),
        Q.sleeve_length("long"),
        Q.description(
            "a woman wearing a black lace top and black jeans and black shoes and a black bag and a black belt and a"
            " black necklace and a",
            "cut",
            hit_limit=True,
        ),
        Q.details(
            "lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace"
            " lace lace lace lace lace lace lace lace lace",
            "loop",
            hit_limit=True,
        ),
        Q.material("lace"),
        gender=W,
        title="Athena Women Black Lace Sheer Top",
        category="Tops",
        color="Black",
    ),
    # Mustard corduroy overshirt (plain, no print), long sleeves, two flap pockets, worn open over a white tee,
    # blue jeans. All texts: VQA adapter.
    case(
        "X1293-029",
        Q.garment_type("jacket", "contradiction"),
        Q.color("yellow"),
        Q.pattern("striped", "contradiction"),
        Q.description("a yellow shirt over a white t-shirt and blue jeans"),
        Q.details("the shirt has two pockets on the chest"),
        Q.material("corduroy"),
        gender=W,
        title="Mast & Harbour Women Mustard Yellow Solid Corduroy Casual Shirt",
        category="Shirts",
        color="Mustard",
    ),
    # Peach top, v-neck with a tie, short flutter sleeves, beige trousers; the feed row has no gender.
    # All texts: VQA adapter.
    case(
        "X1293-030",
        Q.garment_type("blouse"),
        Q.color("peach"),
        Q.sleeve_length("short"),
        Q.description("a peach blouse with a v neck and short sleeves"),
        Q.details(
            "the blouse has a tie at the neck and the blouse has a tie at the neck and the blouse has a tie at the"
            " neck and the",
            "loop",
            hit_limit=True,
        ),
        Q.material("yes", "non_answer"),
        title="Marie Claire Women Peach Solid Tie-Up Neck Top",
        category="Tops",
        color="Peach",
    ),
    # Blue top with white flowers, off-shoulder with an elastic neckline, short ruffled sleeves, white jeans.
    # All texts: VQA adapter.
    case(
        "X1293-031",
        Q.garment_type("yes", "non_answer"),
        Q.color("blue"),
        Q.pattern("floral"),
        Q.description("a blue and white floral off the shoulder top"),
        Q.details("the top has an elastic neckline and ruffled sleeves"),
        Q.material("the garment is made of a fabric", "restated"),
        gender=W,
        title="Harpa Women Blue & White Floral Print Off-Shoulder Top",
        category="Tops",
        color="Blue",
    ),
    # Black and white checked crop top with short sleeves and a matching mini skirt without a slit.
    # All texts: VQA adapter.
    case(
        "X1293-032",
        Q.garment_type("dress", "contradiction"),
        Q.color("black and white"),
        Q.pattern("plaid"),
        Q.sleeve_length("short"),
        Q.description("a black and white plaid dress", "contradiction"),
        Q.details("the skirt has a slit on the side", "unsupported"),
        gender=W,
        title="Berrylush Women Black & White Checked Top & Skirt Co-Ords",
        category="Co-Ords",
        color="Black",
    ),
    # Black shirt with a pink rose print, short sleeves, knotted at the front, blue denim shorts.
    # All texts: VQA adapter.
    case(
        "X1293-033",
        Q.garment_type("shirt"),
        Q.color("pink", "contradiction"),
        Q.pattern("floral"),
        Q.description("a black floral shirt tied at the waist"),
        Q.details(
            "the shirt is tied in a knot at the front and the shirt is tied in a knot at the front and the shirt is"
            " tied in",
            "loop",
            hit_limit=True,
        ),
        Q.material("rayon"),
        gender=W,
        title="DressBerry Women Black & Pink Floral Print Casual Shirt",
        category="Shirts",
        color="Black",
    ),
    # Grey melange knit top, short sleeves, twist knot at the front hem, black jeans. All texts: VQA adapter.
    case(
        "X1293-034",
        Q.garment_type("tee"),
        Q.color("grey"),
        Q.pattern("grey", "non_answer"),
        Q.sleeve_length("short sleeves"),
        Q.description("he is wearing a grey t-shirt and black jeans", "pronoun"),
        Q.details("the t-shirt has a knot at the front"),
        gender=W,
        title="Ether Women Grey Melange Solid Twisted Top",
        category="Tops",
        color="Grey Melange",
    ),
    # Maroon top with a gold foil print, mandarin collar with a keyhole, three-quarter sleeves, white palazzos.
    # All texts: VQA adapter.
    case(
        "X1293-035",
        Q.garment_type("blouse"),
        Q.color("red"),
        Q.sleeve_length("three quarter"),
        Q.description(
            "a woman wearing a red and gold blouse with a high collar and white pants Question: What is the woman"
            " wearing? Answer: a red and gold",
            "leak",
            hit_limit=True,
        ),
        Q.details(
            "gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold"
            " gold gold gold gold gold gold gold gold gold",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender=W,
        title="Vishudh Women Maroon & Gold-Toned Printed Mandarin Collar Top",
        category="Tops",
        color="Maroon",
    ),
    # Flat lay, no model: light blue linen shirt on a white surface, long sleeves, one chest pocket.
    # All texts: VQA adapter.
    case(
        "X1293-036",
        Q.garment_type("shirt"),
        Q.color("white", "contradiction"),
        Q.pattern("solid"),
        Q.description("a woman wearing a light blue shirt", "unsupported"),
        Q.details("the shirt has a collar and a pocket on the chest"),
        Q.material("linen"),
        gender=W,
        title="H&M Women Light Blue Linen-Blend Shirt",
        category="Shirts",
        color="Blue",
    ),
    # White sleeveless corset-style crop top with thin straps and a sweetheart neckline, front view only, blue jeans.
    # All texts: VQA adapter.
    case(
        "X1293-037",
        Q.garment_type("tank"),
        Q.color("white"),
        Q.pattern("white", "non_answer"),
        Q.sleeve_length("sleeveless"),
        Q.description("a white crop top with a sweetheart neckline and spaghetti straps"),
        Q.details("the top has a zipper at the back", "unsupported"),
        gender=W,
        title="FREAKINS Women White Solid Corset-Style Crop Top",
        category="Tops",
        color="White",
    ),
    # Green and white leaf print shirt with long sleeves and matching trousers; the model sits on a wooden stool.
    # All texts: VQA adapter.
    case(
        "X1293-038",
        Q.garment_type("jumpsuit", "contradiction"),
        Q.color("green"),
        Q.sleeve_length("long sleeves"),
        Q.description("a woman sitting on a stool wearing a green shirt and green pants"),
        Q.details(
            "the shirt has a collar and buttons down the front and the pants have an elastic waistband and a"
            " drawstring at the front and two pockets on",
            "cut",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender=W,
        title="Sangria Women Green & White Leaf Printed Shirt with Trousers Co-Ords",
        category="Co-Ords",
        color="Green",
    ),
    # Sea green top, long balloon sleeves, square neck, white trousers. All texts: VQA adapter.
    case(
        "X1293-039",
        Q.garment_type("blouse"),
        Q.color(
            "green green green green green green green green green green green green green green green green green"
            " green green green green green green green green green green green green green",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        Q.description("a green top with puffy sleeves and a square neckline"),
        Q.details("the details of the garment are the sleeves and the neckline", "restated"),
        Q.material("polyester"),
        gender=W,
        title="SASSAFRAS Women Sea Green Solid Top with Balloon Sleeves",
        category="Tops",
        color="Sea Green",
    ),
    # Red and black buffalo check flannel shirt, long sleeves, worn open over a black tee, black jeans.
    # All texts: VQA adapter.
    case(
        "X1293-040",
        Q.garment_type("jacket", "contradiction"),
        Q.color("red and black"),
        Q.pattern("plaid"),
        Q.sleeve_length(
            "long Question: How long are the pants? Answer: long Question: How long are the sleeves? Answer: long"
            " Question: How",
            "leak",
            hit_limit=True,
        ),
        Q.description("a red and black plaid shirt with a black t-shirt and black jeans"),
        Q.details("the shirt is unbuttoned"),
        Q.material("flannel"),
        gender=W,
        title="Roadster Women Red & Black Buffalo Checked Casual Shirt",
        category="Shirts",
        color="Red",
    ),
    # Back view: a woman with her hair in a low bun, black top with short sleeves (the front cut-out is not visible),
    # blue jeans.
    # All texts: VQA adapter.
    case(
        "X1293-041",
        Q.garment_type("tee"),
        Q.color("blue", "other_garment_color"),
        Q.sleeve_length("short"),
        Q.description("a man wearing a black t-shirt and blue jeans", "pronoun"),
        Q.details("short sleeves"),
        Q.material("black", "non_answer"),
        gender=W,
        title="Cation Women Black Solid Top with Cut-Out Detail",
        category="Tops",
        color="Black",
    ),
    # Beige ribbed knit sleeveless crop top and matching ribbed midi skirt, white sneakers. All texts: VQA adapter.
    case(
        "X1293-042",
        Q.garment_type("tank"),
        Q.color("white", "contradiction"),
        Q.pattern("ribbed"),
        Q.sleeve_length(
            "sleeveless sleeveless sleeveless sleeveless sleeveless sleeveless sleeveless sleeveless sleeveless"
            " sleeveless sleeveless sleeveless sleeveless sleeveless sleeveless",
            "loop",
            hit_limit=True,
        ),
        Q.description("a beige crop top and a matching skirt"),
        Q.material("knit"),
        gender=W,
        title="Tokyo Talkies Women Beige Ribbed Knitted Top & Skirt Co-Ords",
        category="Co-Ords",
        color="Beige",
    ),
    # Fuchsia off-shoulder (Bardot) top with long sleeves and an elastic neckline, white jeans.
    # All texts: VQA adapter.
    case(
        "X1293-043",
        Q.garment_type("blouse"),
        Q.color("pink"),
        Q.sleeve_length("off the shoulder", "non_answer"),
        Q.description("a pink off the shoulder top"),
        Q.details("the top has an elastic neckline"),
        Q.material(
            "Question: What material is the top made of? Answer: cotton Question: What material is the pants made of?"
            " Answer: denim",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        title="ZIMA LETO Women Fuchsia Solid Bardot Top",
        category="Tops",
        color="Fuchsia",
    ),
    # Khaki utility shirt, two flap chest pockets, epaulettes, long sleeves rolled up, black jeans.
    # All texts: VQA adapter.
    case(
        "X1293-044",
        Q.garment_type("jacket", "contradiction"),
        Q.color("black", "other_garment_color"),
        Q.pattern("khaki", "non_answer"),
        Q.sleeve_length("long sleeves rolled up to the elbows"),
        Q.description("a khaki shirt with two pockets and rolled up sleeves"),
        Q.details("the shirt has two pockets on the chest and epaulettes on the shoulders"),
        Q.material("cotton"),
        gender=W,
        title="Kotty Women Khaki Solid Utility Casual Shirt",
        category="Shirts",
        color="Khaki",
    ),
    # Plus-size model: navy top with a white abstract print, v-neck, three-quarter sleeves, no tie or belt, black
    # trousers.
    # All texts: VQA adapter.
    case(
        "X1293-045",
        Q.garment_type("blouse"),
        Q.color("blue"),
        Q.description("a woman wearing a blue and white blouse and black pants"),
        Q.details("the blouse has a v neck and 3/4 sleeves and a tie at the waist", "unsupported"),
        Q.material("polyester"),
        gender=W,
        title="Pluss Women Plus Size Navy Blue Printed Top",
        category="Tops",
        color="Navy Blue",
    ),
]
