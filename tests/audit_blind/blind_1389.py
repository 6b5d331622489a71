"""BLIND_1389 (45 products; Myntra women's tops, shirts, co-ords, free VQA): written blind in the sixty-fourth session.
Measured blind at bfeca02 (the session's second rules): 84/99 failures found (84.8%) and 11/211 correct texts flagged
(5.2%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's tops, shirts and co-ord sets (article types Tops, Shirts, Co-Ords; base colours as
Myntra spells them; a column left out now and then). Photos are the usual catalog shots: a model on a plain studio
backdrop wearing the product with jeans, trousers or shorts, now and then a back view, two flat lays (024, 034), a
handbag or a stool as a prop. enrich ran its default questionnaire (garment type, color, pattern, sleeve length,
description, details, material; "What is the person wearing?" was switched off) with free generation, no caption.
Who wrote what: every text is the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA on blip2-opt-2.7b), greedy, 30 new
tokens, stopping on the newline. Because its labels were unmasked and never had a terminator, it stops only when the
base model's newline habit survives: the short closed answers mostly stop, the description and details often run on
to the limit (loops, cuts, a new "Question: ... Answer:" turn). It only ever learned color and garment-class answers,
so it now and then gives a color to the pattern or sleeve question, and it names garments with In-shop classes
(blouse, tee, tank, shirt, jacket, dress, jumpsuit, romper...), so co-ord sets get one piece or a one-piece name.
Colors come out vendor-style (navy-white, heather grey, wine, cream) and often belong to the jeans or trousers.
A few products have six answers: the material or details question was off for part of the feed.
Labeling conventions and judgement calls: judged against the photo I imagined and the title. A co-ord set called
by one piece ("shirt", "tank", "sweater") or by a one-piece name ("jumpsuit", "dress", "romper") is a
contradiction; a description naming both pieces is correct. A color answered with the jeans', trousers', inner
tee's or handbag's color is other_garment_color; a color that is only the print's (white dots on a black top) or one
hue of a multicolour print is contradiction. A color word answered to the pattern or sleeve question, "yes", an
empty answer, a garment class to the material question and "it is a garment" are non_answer; "the details of the
garment are the details" is restated. Ribs read as "striped" and a tie-dye read as "floral" are contradiction, as
is "short" for sleeveless or for long sleeves rolled up in the shot. Material contradicting a fabric the title
names (Linen, Georgette) is contradiction; a fabric or a feature the photo cannot show and the title does not give
(silk for satin, wool for a knit, a belt, a logo, a pocket that is not there) is unsupported, and so is a person in
a flat lay. A loop or a cut ran to the 30-token limit (hit_limit); a run-on that starts a new "Question:" turn is
leak even where it is also cut. Vendor near-synonyms (wine and burgundy for maroon, heather grey for grey
melange, plaid for checks and houndstooth, purple for lavender) count as right. Short but true answers ("ruffles",
"ribbed", "black tank top") are correct.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import case

BLIND_1389 = [
    # Photo: model on grey backdrop in a black crepe top, short puff sleeves, round neck, with blue jeans.
    # All texts: VQA adapter, free generation. All right.
    case(
        "X1389-001",
        Q.garment_type("blouse"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a black blouse with puff sleeves"),
        Q.details("puff sleeves and a round neck"),
        Q.material("polyester"),
        gender="Women",
        title="SASSAFRAS Women Black Solid Puff Sleeve Top",
        category="Tops",
        color="Black",
    ),
    # Photo: white cotton crop top with a small red-and-green floral print, flutter sleeves, square neck, worn with
    # light blue high-waist jeans, white backdrop. VQA adapter: color is the jeans'; the description loops.
    case(
        "X1389-002",
        Q.garment_type("blouse"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("floral"),
        Q.sleeve_length("short"),
        Q.description(
            "a white floral blouse with a square neckline and a square neckline and a square neckline and a square"
            " neckline and a square neckline and a",
            "loop",
            hit_limit=True,
        ),
        Q.details("flutter sleeves and a square neck"),
        Q.material("cotton"),
        gender="Women",
        title="Tokyo Talkies Women White Floral Print Crop Top",
        category="Tops",
        color="White",
    ),
    # Photo: white cotton shirt, long sleeves rolled up to the elbow with tabs, chest pocket, black trousers.
    # VQA adapter: a color for the pattern; "short" from the rolled sleeves; the description runs on and is cut.
    case(
        "X1389-003",
        Q.garment_type("shirt"),
        Q.color("white"),
        Q.pattern("white", "non_answer"),
        Q.sleeve_length("short", "contradiction"),
        Q.description(
            "a white shirt with a collar and buttons down the front and a pocket on the chest, she is wearing it"
            " with black pants and the sleeves are rolled up to the",
            "cut",
            hit_limit=True,
        ),
        Q.details("button-down front, a chest pocket and roll-up sleeves"),
        Q.material("cotton"),
        gender="Women",
        title="HERE&NOW Women White Regular Fit Solid Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: beige cotton-linen shirt (long sleeves) and matching wide-leg trousers, shirt tucked in, beige backdrop,
    # white sneakers. VQA adapter: one-piece name for the set; details cut at the limit.
    case(
        "X1389-004",
        Q.garment_type("jumpsuit", "contradiction"),
        Q.color("beige"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a beige shirt and pants"),
        Q.details(
            "the shirt has a collar and buttons down the front, the pants have a wide leg and an elastic waistband"
            " with two side pockets and a",
            "cut",
            hit_limit=True,
        ),
        Q.material("linen"),
        gender="Women",
        title="SASSAFRAS Women Beige Solid Shirt with Trousers Co-Ords",
        category="Co-Ords",
        color="Beige",
    ),
    # Photo: navy top with thin white vertical stripes, collar, button placket, three-quarter sleeves, no pocket;
    # white trousers. VQA adapter: the description loops on the color; details invent a chest pocket.
    case(
        "X1389-005",
        Q.garment_type("shirt"),
        Q.color("navy-white"),
        Q.pattern("striped"),
        Q.sleeve_length("three-quarter"),
        Q.description(
            "navy-white navy-white navy-white navy-white navy-white navy-white navy-white navy-white navy-white"
            " navy-white",
            "loop",
            hit_limit=True,
        ),
        Q.details("buttons down the front, a collar and a chest pocket", "unsupported"),
        Q.material("cotton"),
        gender="Women",
        title="Mast & Harbour Women Navy Blue & White Striped Shirt Style Top",
        category="Tops",
        color="Navy Blue",
    ),
    # Photo: mustard knit top, short sleeves, round neck, with black skinny jeans; details question off.
    # VQA adapter: color of the jeans; a garment class for the material.
    case(
        "X1389-006",
        Q.garment_type("tee"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("she is wearing a yellow t-shirt and black pants"),
        Q.material("tee", "non_answer"),
        gender="Women",
        title="Roadster Women Mustard Yellow Solid Round Neck Top",
        category="Tops",
        color="Mustard",
    ),
    # Photo: mid-blue denim shirt, long sleeves, two flap chest pockets, worn with white jeans.
    # VQA adapter: called a jacket; a color for the pattern; the description loops.
    case(
        "X1389-007",
        Q.garment_type("jacket", "contradiction"),
        Q.color("blue"),
        Q.pattern("blue", "non_answer"),
        Q.sleeve_length("long"),
        Q.description(
            "a blue denim shirt with two pockets on the chest and two pockets on the chest and two pockets on the"
            " chest and two pockets on the",
            "loop",
            hit_limit=True,
        ),
        Q.details("two flap pockets on the chest, a button-down front and buttoned cuffs"),
        Q.material("denim"),
        gender="Women",
        title="Roadster Women Blue Regular Fit Denim Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: green crop top with white floral print and puff sleeves, matching midi skirt, white studio; the crop
    # top meets the skirt so it reads as a dress. VQA adapter: dress twice; details loop on "a tie front".
    case(
        "X1389-008",
        Q.garment_type("dress", "contradiction"),
        Q.color("green"),
        Q.pattern("floral"),
        Q.sleeve_length("short"),
        Q.description("a green floral dress with puff sleeves", "contradiction"),
        Q.details(
            "puff sleeves, a smocked back, a tie front and a tie front and a tie front and a tie front and a tie"
            " front and a tie front and a",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Women",
        title="Berrylush Women Green Floral Printed Top & Skirt Co-Ord Set",
        category="Co-Ords",
        color="Green",
    ),
    # Photo: maroon satin wrap top, long sleeves, V-neck, tie at the side, black trousers.
    # VQA adapter: a color for the pattern; details run on and are cut (the pleats are invented too, cut wins).
    case(
        "X1389-009",
        Q.garment_type("blouse"),
        Q.color("wine"),
        Q.pattern("wine", "non_answer"),
        Q.sleeve_length("long"),
        Q.description("a wine blouse with a v-neck and a tie at the waist"),
        Q.details(
            "a wrap front with a tie at the side, long sleeves with a slit at the cuff, a v-neck and a pleated"
            " detail at the shoulders, the",
            "cut",
            hit_limit=True,
        ),
        Q.material("satin"),
        gender="Women",
        title="DressBerry Women Maroon Solid Wrap Top",
        category="Tops",
        color="Maroon",
    ),
    # Photo: white-and-blue gingham shirt, long sleeves, worn with blue jeans.
    # VQA adapter: the description opens a new Question turn; details loop.
    case(
        "X1389-010",
        Q.garment_type("shirt"),
        Q.color("blue-white"),
        Q.pattern("plaid"),
        Q.sleeve_length("long"),
        Q.description(
            "blue-white checked shirt Question: What is the color of the shirt? Answer: blue-white Question: What"
            " is the color of the",
            "leak",
            hit_limit=True,
        ),
        Q.details(
            "a collar, buttons, a collar, buttons, a collar, buttons, a collar, buttons, a collar, buttons, a"
            " collar, buttons, a collar",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Women",
        title="Tommy Hilfiger Women White & Blue Checked Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: black sleeveless rib-knit tank, square neck, beige trousers.
    # VQA adapter: "short" for a sleeveless top; the description leaks a new turn.
    case(
        "X1389-011",
        Q.garment_type("tank"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("short", "contradiction"),
        Q.description(
            "black tank top Question: How long are the sleeves? Answer: short Question: What is the color of the"
            " pants? Answer: beige",
            "leak",
            hit_limit=True,
        ),
        Q.details("ribbed with a square neck"),
        Q.material("cotton"),
        gender="Women",
        title="Vero Moda Women Black Solid Sleeveless Top",
        category="Tops",
        color="Black",
    ),
    # Photo: pink-and-white striped camp-collar shirt (short sleeves) and matching shorts, model sitting on a stool;
    # the shirt is worn out and hides the waist. VQA adapter: one piece for the set; details loop.
    case(
        "X1389-012",
        Q.garment_type("shirt", "contradiction"),
        Q.color("pink"),
        Q.pattern("striped"),
        Q.sleeve_length("short"),
        Q.description("pink and white striped shirt and shorts"),
        Q.details(
            "a collar and buttons down the front, the shorts have a drawstring waist and two side pockets and the"
            " shorts have a drawstring waist and two side",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Women",
        title="Athena Women Pink & White Striped Shirt with Shorts Co-Ords",
        category="Co-Ords",
        color="Pink",
    ),
    # Photo: peach georgette top, ruffled neckline and short ruffled sleeves, white jeans.
    # VQA adapter: color of the jeans; the description loops; cotton against the title's georgette.
    case(
        "X1389-013",
        Q.garment_type("blouse"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description(
            "a peach blouse with ruffles on the neckline and sleeves and a ruffled hem and a ruffled hem and a"
            " ruffled hem and a ruffled hem and a",
            "loop",
            hit_limit=True,
        ),
        Q.details("ruffles"),
        Q.material("cotton", "contradiction"),
        gender="Women",
        title="Harpa Women Peach-Coloured Georgette Ruffled Top",
        category="Tops",
        color="Peach",
    ),
    # Photo: black formal shirt, long sleeves, tucked into grey trousers; no logo anywhere.
    # VQA adapter: color of the trousers; a color for the pattern; details invent a logo.
    case(
        "X1389-014",
        Q.garment_type("shirt"),
        Q.color("grey", "other_garment_color"),
        Q.pattern("black", "non_answer"),
        Q.sleeve_length("long"),
        Q.description("a black shirt tucked into grey pants"),
        Q.details("a pointed collar, button front, buttoned cuffs and a logo embroidered on the chest", "unsupported"),
        Q.material("polyester"),
        gender="Women",
        title="Van Heusen Woman Black Solid Formal Shirt",
        category="Shirts",
        color="Black",
    ),
    # Photo: olive utility top with two flap pockets and roll-up long sleeves, no belt, black jeans; material off.
    # VQA adapter: a jacket; details invent a belt.
    case(
        "X1389-015",
        Q.garment_type("jacket", "contradiction"),
        Q.color("olive"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("olive green shirt with pockets"),
        Q.details("two flap pockets on the chest, buttons down the front and a belt at the waist", "unsupported"),
        gender="Women",
        title="AND Women Olive Green Solid Utility Top",
        category="Tops",
        color="Olive",
    ),
    # Photo: navy top with white block-printed flowers, three-quarter sleeves, matching palazzos, white backdrop.
    # VQA adapter: only the bottom named; "yes" to the pattern; details cut.
    case(
        "X1389-016",
        Q.garment_type("pants", "contradiction"),
        Q.color("navy"),
        Q.pattern("yes", "non_answer"),
        Q.sleeve_length("three-quarter"),
        Q.description("a navy blue and white floral top and pants"),
        Q.details(
            "the top has a round neck and three-quarter sleeves and the pants are wide-legged with a drawstring at"
            " the waist and tassels at the end of the",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Women",
        title="Sangria Women Navy Blue & White Printed Top with Palazzos Co-Ords",
        category="Co-Ords",
        color="Navy Blue",
    ),
    # Photo: white cotton broderie anglaise blouse, short puff sleeves, light blue jeans.
    # VQA adapter: "yes" to the sleeve question; the rest right.
    case(
        "X1389-017",
        Q.garment_type("blouse"),
        Q.color("white"),
        Q.pattern("embroidered"),
        Q.sleeve_length("yes", "non_answer"),
        Q.description("a white blouse with embroidered eyelets and puff sleeves"),
        Q.details("eyelet embroidery and puff sleeves"),
        Q.material("cotton"),
        gender="Women",
        title="H&M Women White Broderie Anglaise Blouse",
        category="Tops",
        color="White",
    ),
    # Photo: emerald green polyester satin shirt, long sleeves, woman model, black trousers.
    # VQA adapter: "he"; silk, which neither the photo nor the title gives.
    case(
        "X1389-018",
        Q.garment_type("blouse"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("he is wearing a green satin shirt", "pronoun"),
        Q.details("collar, button front"),
        Q.material("silk", "unsupported"),
        gender="Women",
        title="Style Quotient Women Emerald Green Satin Casual Shirt",
        category="Shirts",
        color="Green",
    ),
    # Photo: back view, lavender long-sleeve rib-knit crop top, white cargo pants.
    # VQA adapter: color of the pants; the ribs read as stripes.
    case(
        "X1389-019",
        Q.garment_type("tee"),
        Q.color("white", "other_garment_color"),
        Q.pattern("striped", "contradiction"),
        Q.sleeve_length("long"),
        Q.description("the back of a woman wearing a purple top and white pants"),
        Q.details("ribbed"),
        Q.material("cotton"),
        gender="Women",
        title="Tokyo Talkies Women Lavender Ribbed Fitted Crop Top",
        category="Tops",
        color="Lavender",
    ),
    # Photo: black-and-white houndstooth sleeveless top and straight trousers, black heels, white studio; feed has no
    # colour column here; material off. VQA adapter: one piece for the set; details loop on the color.
    case(
        "X1389-020",
        Q.garment_type("tank", "contradiction"),
        Q.color("black-white"),
        Q.pattern("plaid"),
        Q.sleeve_length("sleeveless"),
        Q.description("a black and white checkered top and pants"),
        Q.details(
            "black-white black-white black-white black-white black-white black-white black-white black-white"
            " black-white black-white",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="KASSUALLY Women White & Black Houndstooth Top with Trousers Co-Ords",
        category="Co-Ords",
    ),
    # Photo: red off-shoulder smocked top with tiny white flowers, short puff sleeves, blue denim skirt.
    # VQA adapter: the description runs on and is cut; the material is the skirt's.
    case(
        "X1389-021",
        Q.garment_type("blouse"),
        Q.color("red"),
        Q.pattern("floral"),
        Q.sleeve_length("short"),
        Q.description(
            "a red floral off the shoulder blouse with a smocked bodice and short puff sleeves, she is wearing it"
            " with a blue denim skirt and",
            "cut",
            hit_limit=True,
        ),
        Q.details("smocked, off the shoulder"),
        Q.material("denim", "contradiction"),
        gender="Women",
        title="Sera Women Red Floral Print Smocked Off-Shoulder Top",
        category="Tops",
        color="Red",
    ),
    # Photo: pastel pink oversized shirt, long drop-shoulder sleeves, chest pocket, half-tucked into blue jeans.
    # VQA adapter: a color for the sleeves; the description leaks.
    case(
        "X1389-022",
        Q.garment_type("shirt"),
        Q.color("pink"),
        Q.pattern("solid"),
        Q.sleeve_length("pink", "non_answer"),
        Q.description(
            "pink shirt Question: What is the color of the shirt? Answer: pink Question: What is the color of the"
            " pants? Answer: blue",
            "leak",
            hit_limit=True,
        ),
        Q.details("oversized, drop shoulders, a chest pocket"),
        Q.material("cotton"),
        gender="Women",
        title="Mast & Harbour Women Pink Oversized Casual Shirt",
        category="Shirts",
        color="Pink",
    ),
    # Photo: black top with white polka dots, flutter sleeves, V-neck, blue jeans.
    # VQA adapter: the dots' color; details loop.
    case(
        "X1389-023",
        Q.garment_type("blouse"),
        Q.color("white", "contradiction"),
        Q.pattern("polka dot"),
        Q.sleeve_length("short"),
        Q.description("a black and white polka dot blouse"),
        Q.details(
            "v-neck, flutter sleeves and white polka dots on a black background and white polka dots on a black"
            " background and white polka dots on a",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Women",
        title="Berrylush Women Black & White Polka Dot Print Top",
        category="Tops",
        color="Black",
    ),
    # Photo: flat lay on white, lime green rib-knit short-sleeve crop top and knit midi skirt (acrylic-viscose).
    # VQA adapter: "sweater" for the set; a woman who is not there; wool.
    case(
        "X1389-024",
        Q.garment_type("sweater", "contradiction"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a woman wearing a green sweater and a green skirt", "unsupported"),
        Q.details("ribbed knit"),
        Q.material("wool", "unsupported"),
        gender="Women",
        title="SASSAFRAS Women Lime Green Knitted Top & Skirt Co-Ords",
        category="Co-Ords",
        color="Lime Green",
    ),
    # Photo: off-white sleeveless peplum top, square neck, black jeans; material off.
    # VQA adapter: color of the jeans; the description is cut; the details say nothing.
    case(
        "X1389-025",
        Q.garment_type("blouse"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        Q.description(
            "a white peplum top with a square neckline and no sleeves, she is wearing it with black jeans and black"
            " heels and a gold necklace and",
            "cut",
            hit_limit=True,
        ),
        Q.details("the details of the garment are the details", "restated"),
        gender="Women",
        title="ONLY Women Off-White Solid Peplum Top",
        category="Tops",
        color="Off White",
    ),
    # Photo: red-and-black buffalo check flannel shirt worn open over a white tee, black jeans.
    # VQA adapter: color of the tee; details cut.
    case(
        "X1389-026",
        Q.garment_type("shirt"),
        Q.color("white", "other_garment_color"),
        Q.pattern("plaid"),
        Q.sleeve_length("long"),
        Q.description("a red and black plaid shirt over a white t-shirt"),
        Q.details(
            "buttons down the front, two chest pockets with flaps, a curved hem, and it is worn open over a white"
            " t-shirt with black jeans and",
            "cut",
            hit_limit=True,
        ),
        Q.material("flannel"),
        gender="Women",
        title="Roadster Women Red & Black Checked Flannel Casual Shirt",
        category="Shirts",
        color="Red",
    ),
    # Photo: mauve tie-up-neck top, long balloon sleeves, white jeans, a tan handbag on the arm.
    # VQA adapter: the handbag's color; the description loops.
    case(
        "X1389-027",
        Q.garment_type("blouse"),
        Q.color("brown", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description(
            "a mauve blouse with a bow at the neck and a bow at the neck and a bow at the neck and a bow at the"
            " neck and a bow",
            "loop",
            hit_limit=True,
        ),
        Q.details("tie-up neck, balloon sleeves with elastic cuffs"),
        Q.material("polyester"),
        gender="Women",
        title="Athena Women Mauve Solid Tie-Up Neck Top",
        category="Tops",
        color="Mauve",
    ),
    # Photo: light blue denim shirt with short sleeves and a buttoned denim mini skirt, white sneakers.
    # VQA adapter: a romper; details loop between the two pieces.
    case(
        "X1389-028",
        Q.garment_type("romper", "contradiction"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a blue denim shirt and a blue denim skirt"),
        Q.details(
            "the shirt has buttons down the front and the skirt has buttons down the front and the shirt has"
            " buttons down the front and the skirt has buttons",
            "loop",
            hit_limit=True,
        ),
        Q.material("denim"),
        gender="Women",
        title="FOREVER 21 Women Blue Denim Shirt & Skirt Co-Ord Set",
        category="Co-Ords",
        color="Blue",
    ),
    # Photo: teal cold-shoulder top, three-quarter sleeves, beige trousers.
    # VQA adapter: color of the trousers; description cut; details loop.
    case(
        "X1389-029",
        Q.garment_type("blouse"),
        Q.color("beige", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("three-quarter"),
        Q.description(
            "teal blouse with cold shoulder sleeves and a round neck, she is standing against a white wall with"
            " her hands in the pockets of her beige",
            "cut",
            hit_limit=True,
        ),
        Q.details(
            "cold shoulder, cold shoulder, cold shoulder, cold shoulder, cold shoulder, cold shoulder, cold"
            " shoulder, cold shoulder, cold shoulder, cold shoulder,",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Women",
        title="Harpa Women Teal Solid Cold-Shoulder Top",
        category="Tops",
        color="Teal",
    ),
    # Photo: white boxy shirt with black pinstripes, short sleeves, blue denim shorts.
    # VQA adapter: the garment type loops; the description is cut.
    case(
        "X1389-030",
        Q.garment_type(
            "shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt"
            " shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt",
            "loop",
            hit_limit=True,
        ),
        Q.color("white-black"),
        Q.pattern("striped"),
        Q.sleeve_length("short"),
        Q.description(
            "a white and black striped shirt with short sleeves and a collar, she is wearing it with blue denim"
            " shorts and white sneakers, the shirt is",
            "cut",
            hit_limit=True,
        ),
        Q.details("pinstripes, short sleeves, boxy fit"),
        Q.material("cotton"),
        gender="Women",
        title="FabAlley Women White & Black Pinstriped Boxy Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: black sheer lace top, long sleeves, scalloped hem, over a black bralette, black trousers.
    # VQA adapter. All right.
    case(
        "X1389-031",
        Q.garment_type("blouse"),
        Q.color("black"),
        Q.pattern("lace"),
        Q.sleeve_length("long"),
        Q.description("black lace top with long sleeves"),
        Q.details("lace, sheer sleeves, scalloped hem"),
        Q.material("lace"),
        gender="Women",
        title="SASSAFRAS Women Black Sheer Lace Top",
        category="Tops",
        color="Black",
    ),
    # Photo: rust satin shirt (long sleeves) tucked into matching rust trousers, beige wall.
    # VQA adapter: jumpsuit twice; an empty details answer (newline at once).
    case(
        "X1389-032",
        Q.garment_type("jumpsuit", "contradiction"),
        Q.color("orange"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a woman in an orange jumpsuit", "contradiction"),
        Q.details("", "non_answer"),
        Q.material("satin"),
        gender="Women",
        title="RARE Women Rust Satin Shirt & Trousers Co-Ords",
        category="Co-Ords",
        color="Rust",
    ),
    # Photo: grey melange knit top, short drop-shoulder sleeves, round neck, blue jeans; the feed has no category
    # here. VQA adapter: a sweatshirt; the description loops; the details say nothing.
    case(
        "X1389-033",
        Q.garment_type("sweatshirt", "contradiction"),
        Q.color("heather grey"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description(
            "a grey t-shirt and blue jeans and a grey t-shirt and blue jeans and a grey t-shirt and blue jeans and a"
            " grey t-shirt",
            "loop",
            hit_limit=True,
        ),
        Q.details("it is a garment", "non_answer"),
        Q.material("cotton"),
        gender="Women",
        title="Roadster Women Grey Melange Solid Drop-Shoulder Sleeves Top",
        color="Grey Melange",
    ),
    # Photo: flat lay on white, yellow linen shirt, long sleeves, chest pocket; nobody in the shot.
    # VQA adapter: a wearer who is not there; cotton against the title's linen.
    case(
        "X1389-034",
        Q.garment_type("shirt"),
        Q.color("yellow"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("she is wearing a yellow shirt", "unsupported"),
        Q.details("collar, buttons, a chest pocket"),
        Q.material("cotton", "contradiction"),
        gender="Women",
        title="Style Quotient Women Yellow Solid Linen Casual Shirt",
        category="Shirts",
        color="Yellow",
    ),
    # Photo: blue-and-white tie-dye oversized top, short sleeves, white shorts.
    # VQA adapter: the color loops; tie-dye read as floral; details cut.
    case(
        "X1389-035",
        Q.garment_type("tee"),
        Q.color(
            "blue-white-blue-white-blue-white-blue-white-blue-white-blue-white-blue-white-blue-",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("floral", "contradiction"),
        Q.sleeve_length("short"),
        Q.description("a blue and white tie dye t-shirt"),
        Q.details(
            "tie dye print, a round neck, short sleeves, a relaxed fit and she is wearing it with white shorts and"
            " white sneakers and a white",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Women",
        title="Tokyo Talkies Women Blue & White Tie and Dye Print Top",
        category="Tops",
        color="Blue",
    ),
    # Photo: white shirt with blue floral print, short sleeves, matching trousers, white backdrop.
    # VQA adapter: one piece for the set; a color for the sleeves; the description loops.
    case(
        "X1389-036",
        Q.garment_type("shirt", "contradiction"),
        Q.color("white"),
        Q.pattern("floral"),
        Q.sleeve_length("white", "non_answer"),
        Q.description(
            "a white shirt with blue flowers and white pants with blue flowers and a white shirt with blue flowers"
            " and white pants with blue",
            "loop",
            hit_limit=True,
        ),
        Q.details("floral print"),
        Q.material("cotton"),
        gender="Women",
        title="Anouk Women White & Blue Floral Printed Shirt with Trousers Co-Ords",
        category="Co-Ords",
        color="White",
    ),
    # Photo: black cropped tee-style top with a white "NYC" print, short sleeves, high-waist blue jeans.
    # VQA adapter: the color answer leaks a new turn; details loop on the print.
    case(
        "X1389-037",
        Q.garment_type("graphic tee"),
        Q.color(
            "black Question: What is the color of the jeans? Answer: blue Question: What is the color of the shirt?"
            " Answer: black Question:",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("graphic"),
        Q.sleeve_length("short"),
        Q.description("a black t-shirt with the word nyc on it"),
        Q.details("nyc nyc nyc nyc nyc nyc nyc nyc nyc nyc nyc nyc nyc nyc nyc", "loop", hit_limit=True),
        Q.material("cotton"),
        gender="Women",
        title="Roadster Women Black Graphic Print Crop Top",
        category="Tops",
        color="Black",
    ),
    # Photo: navy shirt with small white dots, long sleeves, tucked into beige trousers.
    # VQA adapter: color of the trousers; the description gives the trousers the shirt's navy; details cut.
    case(
        "X1389-038",
        Q.garment_type("blouse"),
        Q.color("beige", "other_garment_color"),
        Q.pattern("polka dot"),
        Q.sleeve_length("long"),
        Q.description("a navy blue polka dot shirt and navy blue pants", "contradiction"),
        Q.details(
            "a collar, buttons down the front, long sleeves with buttoned cuffs, a curved hem at the back and a"
            " small pocket on the left side of the",
            "cut",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Women",
        title="Mango Women Navy Blue Polka Dot Print Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Photo: white off-shoulder (bardot) top, long sleeves, elasticated neckline, blue jeans.
    # VQA adapter: a color for the pattern; the description leaks.
    case(
        "X1389-039",
        Q.garment_type("blouse"),
        Q.color("white"),
        Q.pattern("white", "non_answer"),
        Q.sleeve_length("long"),
        Q.description(
            "a white off the shoulder blouse Question: What is the color of the jeans? Answer: blue Question: What"
            " is the",
            "leak",
            hit_limit=True,
        ),
        Q.details("off the shoulder, elasticated neckline"),
        Q.material("cotton"),
        gender="Women",
        title="Mast & Harbour Women White Solid Bardot Top",
        category="Tops",
        color="White",
    ),
    # Photo: chocolate brown rib-knit tank and matching shorts, model sitting on a wooden chair.
    # VQA adapter: one piece for the set; description cut; details leak.
    case(
        "X1389-040",
        Q.garment_type("tank", "contradiction"),
        Q.color("brown"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        Q.description(
            "a brown tank top and brown shorts, she is sitting on a wooden chair with her legs crossed and her hands"
            " on her knees and",
            "cut",
            hit_limit=True,
        ),
        Q.details(
            "ribbed Question: What is the color of the shorts? Answer: brown Question: What is the color of the"
            " tank? Answer: brown",
            "leak",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Women",
        title="Tokyo Talkies Women Brown Ribbed Tank Top with Shorts Co-Ords",
        category="Co-Ords",
        color="Brown",
    ),
    # Photo: white top with a large orange, blue and green abstract print, three-quarter sleeves, white trousers; the
    # feed has no gender here. VQA adapter: one hue of the print for the color; details leak.
    case(
        "X1389-041",
        Q.garment_type("blouse"),
        Q.color("orange", "contradiction"),
        Q.pattern("abstract"),
        Q.sleeve_length("three-quarter"),
        Q.description("a white blouse with an orange, blue and green abstract print"),
        Q.details(
            "Question: What are the details of the garment? Answer: the details of the garment are the details of"
            " the garment Question: What",
            "leak",
            hit_limit=True,
        ),
        Q.material("polyester"),
        title="Berrylush Women Multicoloured Abstract Print Top",
        category="Tops",
        color="Multi",
    ),
    # Photo: black shirt, long sleeves, worn open over a white tank, blue jeans; woman model; material off.
    # VQA adapter: a jacket; "a man".
    case(
        "X1389-042",
        Q.garment_type("jacket", "contradiction"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a man wearing a black shirt over a white tank top", "pronoun"),
        Q.details("worn open, buttons down the front, a chest pocket"),
        gender="Women",
        title="Campus Sutra Women Black Solid Casual Shirt",
        category="Shirts",
        color="Black",
    ),
    # Photo: back view, lemon yellow crepe top, short sleeves, keyhole with a button at the back neck, white jeans.
    # VQA adapter. All right.
    case(
        "X1389-043",
        Q.garment_type("blouse"),
        Q.color("yellow"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a yellow blouse with a keyhole at the back"),
        Q.details("keyhole with a button at the back"),
        Q.material("polyester"),
        gender="Women",
        title="RARE Women Yellow Solid Crepe Top",
        category="Tops",
        color="Yellow",
    ),
    # Photo: maroon kaftan-style top with gold paisley foil print, three-quarter sleeves, matching palazzos; the long
    # top over wide palazzos reads as a dress. VQA adapter: dress twice; details loop on "gold".
    case(
        "X1389-044",
        Q.garment_type("dress", "contradiction"),
        Q.color("burgundy"),
        Q.pattern("paisley"),
        Q.sleeve_length("three-quarter"),
        Q.description("a burgundy dress with gold print", "contradiction"),
        Q.details(
            "gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold"
            " gold gold gold gold gold gold gold gold gold",
            "loop",
            hit_limit=True,
        ),
        Q.material("rayon"),
        gender="Women",
        title="Fabnest Women Maroon & Gold Printed Top with Palazzos Co-Ords",
        category="Co-Ords",
        color="Maroon",
    ),
    # Photo: sky blue top with faux-pearl embellishment on the round neckline, short sleeves, white jeans.
    # VQA adapter: color of the jeans; the description loops.
    case(
        "X1389-045",
        Q.garment_type("blouse"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description(
            "a blue blouse with pearls on the neckline and pearls on the neckline and pearls on the neckline and"
            " pearls on the neckline and pearls",
            "loop",
            hit_limit=True,
        ),
        Q.details("pearl embellishments on the neckline"),
        Q.material("polyester"),
        gender="Women",
        title="DressBerry Women Sky Blue Embellished Top",
        category="Tops",
        color="Blue",
    ),
]
