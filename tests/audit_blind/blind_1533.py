"""BLIND_1533 (45 products; Myntra women's tops, shirts and co-ords, VQA adapter free generation): written blind in the
sixty-sixth session. Measured blind at 71dbb3c (the session's first rules): 90/120 failures found (75.0%) and 21/195
correct texts flagged (10.8%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's tops, shirts and co-ord sets (article types Tops, Shirts, Co-Ords), run through the
enrich default questionnaire (garment type, color, pattern, sleeve length, description, details, material; no caption
step in this run) with every question answered by free generation from the published VQA adapter
(leoreigoto/Data3_V3_BLIP2_VQA on Salesforce/blip2-opt-2.7b), greedy, 30 new tokens. The photos are the catalog's usual
shots: a model on a plain studio backdrop wearing the product with jeans, trousers, shorts or a blazer, two flat lays,
two back views, a few props (straw bag, sunglasses, coffee cup, cap). The catalog columns are title, category (the
article type), color (the base colour) and gender; one row lacks its color, one its category and two their gender, as
feeds do.
Who wrote what: every text is the VQA adapter's own free generation; nothing was post-edited. The adapter knows the
In-shop vocabulary (blouse/shirt, tee/tank, polo shirt, graphic tee, vendor colors like "black-white"), answers the
short closed questions reasonably when it stops on the newline, and runs on to the 30-token limit when it does not:
loops, the `Question: ... Answer:` format leaking back, or a sentence cut off. It was never trained on pattern, sleeve,
description, details or material questions, so those lean on the base model and drift more, and they pull toward what it
was trained on: a color for the pattern, "yes" for the sleeves, the garment class for the material (the training's "What
cloth is the person wearing?").
Labeling conventions and judgement calls: judged against the imagined photo and the title. A color answer that gives the
jeans', trousers', blazer's or inner tee's color is other_garment_color; a wrong hue with no other garment behind it
(lavender as white, mint as blue, lime as yellow, dark brown as black, the grey backdrop) is contradiction, as is a
wrong garment type or a sleeve length the photo or another answer contradicts. For a co-ord set, a garment type naming
only one piece (pants, blouse/shirt, sweatshirt/hoodie) or a one-piece garment (dress, romper/jumpsuit) is
contradiction; one naming both pieces is correct. Material is judged against the product page's fabric (given in the
comment): a fabric the page does not give is unsupported, satin read as silk included; "satin", "lace", "crepe" and
"denim" count as right where the page says so. A bare garment type as the description ("a black tank top") counts as
correct, thin but true. An answer to another question than the one asked (a color for the pattern or the material, "yes"
for the sleeves, a garment class for the material) is non_answer, as is one that describes the prop instead of the
garment, or an empty answer. A description that gives one color to every garment in the outfit is contradiction. "white"
for an off-white base with a multicolour print (seller says Multi) and "solid" for a white eyelet top are left correct.
Loops, leaks and cut sentences carry hit_limit=True; a correct short answer never does.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS, case

T = DEFAULT_QUESTIONS.garment_type
C = DEFAULT_QUESTIONS.color
P = DEFAULT_QUESTIONS.pattern
S = DEFAULT_QUESTIONS.sleeve_length
D = DEFAULT_QUESTIONS.description
DT = DEFAULT_QUESTIONS.details
M = DEFAULT_QUESTIONS.material

BLIND_1533 = [
    # Photo: model on a grey backdrop, white boxy cotton top (round neck, short sleeves) with light blue jeans.
    # Fabric: 100% cotton. All texts: VQA adapter, free generation.
    case(
        "X1533-001",
        T("tee/tank"),
        C("white"),
        P("solid"),
        S("short sleeves"),
        D("a white t-shirt with a round neck"),
        DT("round neck and short sleeves"),
        M("cotton"),
        gender="Women",
        title="Roadster Women White Solid Boxy Top",
        category="Tops",
        color="White",
    ),
    # Photo: model in a navy shirt, half tucked into beige trousers, white sneakers, white backdrop.
    # Fabric: viscose rayon. All texts: VQA adapter, free generation.
    case(
        "X1533-002",
        T("blouse/shirt"),
        C("beige", "other_garment_color"),
        P("navy blue", "non_answer"),
        S("long sleeves"),
        D(
            "a navy blue shirt with a collar and buttons down the front and a pair of beige pants and a pair"
            " of white sneakers and a",
            "cut",
            hit_limit=True,
        ),
        DT(
            "collar, buttons, cuffs, collar, buttons, cuffs, collar, buttons, cuffs, collar, buttons, cuffs, collar,"
            " buttons",
            "loop",
            hit_limit=True,
        ),
        M("cotton", "unsupported"),
        gender="Women",
        title="HERE&NOW Women Navy Blue Regular Fit Solid Casual Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Photo: model in a maroon crop top, square neck, short puff sleeves, black high-waist jeans.
    # Fabric: polyester. All texts: VQA adapter, free generation.
    case(
        "X1533-003",
        T("top"),
        C(
            "maroon-maroon-maroon-maroon-maroon-maroon-maroon-maroon-maroon-maroon",
            "loop",
            hit_limit=True,
        ),
        P("solid"),
        S("long", "contradiction"),
        D("a maroon crop top with puff sleeves"),
        DT("short puff sleeves and a square neckline"),
        M("cotton", "unsupported"),
        gender="Women",
        title="Tokyo Talkies Women Maroon Puff Sleeves Crop Top",
        category="Tops",
        color="Maroon",
    ),
    # Photo: model in a black satin shirt and matching black wide-leg trousers, white backdrop.
    # Fabric: polyester satin. All texts: VQA adapter, free generation.
    case(
        "X1533-004",
        T("pants", "contradiction"),
        C(
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            hit_limit=True,
        ),
        P("solid"),
        S("long sleeves"),
        D("a black shirt and black pants"),
        DT(
            "the shirt has a collar and buttons down the front and the pants have a wide leg and the shirt has a"
            " collar and buttons down",
            "loop",
            hit_limit=True,
        ),
        M("satin"),
        gender="Women",
        title="SASSAFRAS Women Black Shirt & Trousers Co-Ords",
        category="Co-Ords",
        color="Black",
    ),
    # Photo: model in a sleeveless blue-and-white vertical striped peplum top, white trousers.
    # Fabric: cotton. All texts: VQA adapter, free generation.
    case(
        "X1533-005",
        T(
            "tee/tank Question: Is this a tee/tank? Answer: no Question: Is this a tee/tank? Answer: no",
            "leak",
            hit_limit=True,
        ),
        C("blue-white"),
        P("striped"),
        S("sleeveless"),
        D("a blue and white striped top with a ruffle at the bottom"),
        DT("ruffle at the bottom"),
        M("cotton"),
        gender="Women",
        title="FabAlley Women Blue Striped Peplum Top",
        category="Tops",
        color="Blue",
    ),
    # Photo: model in a black wrap top with small pink and white flowers, V-neck, tie at the waist, 3/4 sleeves,
    # white jeans. Fabric: viscose crepe. All texts: VQA adapter, free generation.
    case(
        "X1533-006",
        T("blouse/shirt"),
        C("black"),
        P("floral"),
        S("yes", "non_answer"),
        D("a black floral print blouse with a v-neck"),
        DT(
            "floral print, v-neck, tie at the waist, floral print, v-neck, tie at the waist, floral print,"
            " v-neck, tie at",
            "loop",
            hit_limit=True,
        ),
        M("chiffon", "unsupported"),
        gender="Women",
        title="Vero Moda Women Black Floral Print Wrap Top",
        category="Tops",
        color="Black",
    ),
    # Photo: model in an olive utility shirt, two flap chest pockets, long sleeves rolled to the elbow with tabs,
    # black jeans. Fabric: 100% cotton. All texts: VQA adapter, free generation.
    case(
        "X1533-007",
        T("jacket/coat", "contradiction"),
        C("olive"),
        P("solid"),
        S("short sleeves", "contradiction"),
        D("a green shirt with pockets"),
        DT("two flap pockets on the chest and roll-up sleeves"),
        M("cotton"),
        gender="Women",
        title="Mast & Harbour Women Olive Green Utility Shirt",
        category="Shirts",
        color="Olive",
    ),
    # Photo: model (face in frame) in a pink top with a white floral print, tie-up bow at the neck, long sleeves
    # with elastic cuffs, blue jeans. Fabric: polyester georgette. All texts: VQA adapter, free generation.
    case(
        "X1533-008",
        T(
            "blouse/shirt blouse/shirt blouse/shirt blouse/shirt blouse/shirt blouse/shirt blouse/shirt blouse/shirt",
            "loop",
            hit_limit=True,
        ),
        C("pink"),
        P("floral"),
        S("long sleeves"),
        D("he is wearing a pink floral blouse", "pronoun"),
        DT("tie at the neck"),
        M("polyester"),
        gender="Women",
        title="Harpa Women Pink Floral Print Tie-Up Neck Top",
        category="Tops",
        color="Pink",
    ),
    # Photo: model in a pale lavender satin shirt-style top under strong studio light, black trousers.
    # Fabric: polyester satin. All texts: VQA adapter, free generation.
    case(
        "X1533-009",
        T("blouse/shirt"),
        C("white", "contradiction"),
        P("solid"),
        S("long sleeves"),
        D("a light purple satin shirt"),
        DT("buttons down the front and a pocket on the chest", "unsupported"),
        M("silk", "unsupported"),
        gender="Women",
        title="StyleStone Women Lavender Satin Shirt Style Top",
        category="Tops",
        color="Lavender",
    ),
    # Photo: model (head cropped at the chin) in a red-and-white gingham shirt, long sleeves, denim shorts.
    # Fabric: cotton. All texts: VQA adapter, free generation.
    case(
        "X1533-010",
        T("blouse/shirt"),
        C(
            "red-white-red-white-red-white-red-white-red-white-red-white-red-white-red-white",
            "loop",
            hit_limit=True,
        ),
        P("plaid"),
        S("long sleeves"),
        D("a man wearing a red and white checkered shirt", "pronoun"),
        DT(
            "red and white red and white red and white red and white red and white red and white red and white red"
            " and white red",
            "loop",
            hit_limit=True,
        ),
        M("blouse/shirt", "non_answer"),
        gender="Women",
        title="Berrylush Women Red & White Checked Casual Shirt",
        category="Shirts",
        color="Red",
    ),
    # Photo: model in a green ribbed sleeveless crop top and matching green midi skirt with a side slit, beige heels.
    # Fabric: viscose blend rib knit. All texts: VQA adapter, free generation.
    case(
        "X1533-011",
        T("dress", "contradiction"),
        C("green"),
        P("solid"),
        S(
            "sleeveless sleeveless sleeveless sleeveless sleeveless sleeveless sleeveless sleeveless"
            " sleeveless sleeveless sleeveless sleeveless",
            "loop",
            hit_limit=True,
        ),
        D("a green crop top and skirt"),
        DT("a slit on the side"),
        M("cotton", "unsupported"),
        gender="Women",
        title="Tokyo Talkies Women Green Top & Skirt Co-Ords",
        category="Co-Ords",
        color="Green",
    ),
    # Photo: model in a mustard ribbed fitted top, scoop neck, long sleeves, black skirt.
    # Fabric: cotton blend rib. All texts: VQA adapter, free generation.
    case(
        "X1533-012",
        T("tee/tank"),
        C(
            "yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow",
            "loop",
            hit_limit=True,
        ),
        P("ribbed"),
        S("long sleeves"),
        D("a yellow long sleeve top"),
        DT("the details of the garment", "non_answer"),
        M("cotton"),
        gender="Women",
        title="DressBerry Women Mustard Yellow Ribbed Fitted Top",
        category="Tops",
        color="Mustard",
    ),
    # Photo: model on a white backdrop in a white cotton top with eyelet (broderie) embroidery, V-neck, short puff
    # sleeves, blue jeans, a straw bag on the arm. Fabric: cotton. All texts: VQA adapter, free generation.
    case(
        "X1533-013",
        T("blouse/shirt"),
        C("blue", "other_garment_color"),
        P("solid"),
        S("short sleeves"),
        D(
            "a white blouse with puff sleeves and a pair of blue jeans and a straw bag on her arm and a pair"
            " of white sandals and",
            "cut",
            hit_limit=True,
        ),
        DT("eyelet embroidery on the front"),
        M("linen", "unsupported"),
        gender="Women",
        title="ONLY Women White Puff Sleeve Top",
        category="Tops",
        color="White",
    ),
    # Photo: back view, model's back in a teal satin-finish blouse with a button and keyhole at the back neck,
    # long sleeves, black trousers. Fabric: polyester. All texts: VQA adapter, free generation.
    case(
        "X1533-014",
        T("blouse/shirt"),
        C("teal"),
        P("teal", "non_answer"),
        S(
            "the sleeves are long and the back of the blouse has a button and the sleeves are long and the"
            " back of the blouse has a",
            "loop",
            hit_limit=True,
        ),
        D("the back of a woman wearing a green blouse"),
        DT("a button at the back of the neck"),
        M("silk", "unsupported"),
        gender="Women",
        title="MANGO Women Teal Satin Finish Blouse",
        category="Tops",
        color="Teal",
    ),
    # Photo: model in a beige shirt under an open black blazer, black trousers, grey backdrop.
    # Fabric: polyester. All texts: VQA adapter, free generation.
    case(
        "X1533-015",
        T("jacket/coat", "contradiction"),
        C("black", "other_garment_color"),
        P("solid"),
        S("long sleeves"),
        D("a woman wearing a black blazer over a beige shirt"),
        DT(
            "a black blazer with a black blazer with a black blazer with a black blazer with a black blazer with a"
            " black blazer",
            "loop",
            hit_limit=True,
        ),
        M("polyester"),
        gender="Women",
        title="AND Women Beige Solid Formal Shirt",
        category="Shirts",
        color="Beige",
    ),
    # Photo: model in an indigo-and-white block print shirt with 3/4 sleeves and matching palazzos, white backdrop.
    # Fabric: pure cotton. All texts: VQA adapter, free generation.
    case(
        "X1533-016",
        T("blouse/shirt", "contradiction"),
        C("blue"),
        P("printed"),
        S("long sleeves", "contradiction"),
        D("a blue and white printed shirt and pants"),
        DT(
            "printed printed printed printed printed printed printed printed printed printed printed printed printed"
            " printed printed",
            "loop",
            hit_limit=True,
        ),
        M("cotton"),
        gender="Women",
        title="Stylum Women Blue Printed Pure Cotton Shirt with Palazzos Co-Ords",
        category="Co-Ords",
        color="Blue",
    ),
    # Photo: flat lay on white, a peach top with short flutter sleeves laid above matching peach trousers, no model.
    # Fabric: polyester crepe. All texts: VQA adapter, free generation.
    case(
        "X1533-017",
        T("top and pants"),
        C("peach"),
        P("solid"),
        S("sleeveless", "contradiction"),
        D("a peach top and pants on a white background"),
        DT(
            "Question: What are the details of the garment? Answer: the details of the garment are the details of the",
            "leak",
            hit_limit=True,
        ),
        M("cotton", "unsupported"),
        gender="Women",
        title="KASSUALLY Women Peach Top with Trousers",
        category="Co-Ords",
        color="Peach",
    ),
    # Photo: model in an off-white top with a multicolour geometric print, tie-up V-neck with tassels, 3/4 sleeves,
    # blue skinny jeans. Fabric: rayon. All texts: VQA adapter, free generation.
    case(
        "X1533-018",
        T("blouse/shirt"),
        C("white"),
        P("geometric"),
        S("long sleeves", "contradiction"),
        D("a white blouse with a colorful print"),
        DT(
            "tassels on the neck tassels on the neck tassels on the neck tassels on the neck tassels on the"
            " neck tassels on the",
            "loop",
            hit_limit=True,
        ),
        M("cotton", "unsupported"),
        gender="Women",
        title="Global Desi Women Multicoloured Printed Top",
        category="Tops",
        color="Multi",
    ),
    # Photo: flat lay on a grey surface, a black ribbed tank top. Fabric: cotton blend.
    # All texts: VQA adapter, free generation.
    case(
        "X1533-019",
        T("tee/tank"),
        C("black"),
        P("solid"),
        S("short sleeves", "contradiction"),
        D("a black tank top"),
        DT(
            "black black black black black black black black black black black black black black black black black"
            " black black black black black black black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        M("cotton"),
        gender="Women",
        title="H&M Women Black Ribbed Tank Top",
        category="Tops",
        color="Black",
    ),
    # Photo: model in a light blue chambray shirt worn open over a white t-shirt, long sleeves, white jeans, hands
    # in pockets. Fabric: pure cotton denim (chambray). All texts: VQA adapter, free generation.
    case(
        "X1533-020",
        T("denim"),
        C("white", "other_garment_color"),
        P("solid"),
        S("long sleeves"),
        D(
            "a woman wearing a light blue denim shirt over a white t-shirt and white jeans with her hands in her"
            " pockets and a",
            "cut",
            hit_limit=True,
        ),
        DT("two pockets on the chest"),
        M("denim"),
        gender="Women",
        title="Marks & Spencer Women Blue Pure Cotton Denim Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: model (face turned away, hair tied back) in a white shirt with thin blue vertical stripes, long sleeves,
    # small logo on the chest, navy trousers. Fabric: cotton. All texts: VQA adapter, free generation.
    case(
        "X1533-021",
        T("blouse/shirt"),
        C("navy", "other_garment_color"),
        P("striped"),
        S("long sleeves"),
        D("a man in a blue and white striped shirt", "pronoun"),
        DT("a logo on the chest"),
        M("blouse/shirt", "non_answer"),
        gender="Women",
        title="U.S. Polo Assn. Women White & Blue Striped Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: model in a grey melange tee-style top with a red-and-white batwing logo print, short sleeves, black
    # shorts. Fabric: cotton. No base colour in the feed. All texts: VQA adapter, free generation.
    case(
        "X1533-022",
        T(
            "graphic tee Question: Is this a graphic tee? Answer: yes Question: Is this a graphic tee? Answer: yes",
            "leak",
            hit_limit=True,
        ),
        C("grey"),
        P("graphic"),
        S(
            "short sleeves short sleeves short sleeves short sleeves short sleeves short sleeves short sleeves"
            " short sleeves short sleeves short sleeves",
            "loop",
            hit_limit=True,
        ),
        D("a grey t-shirt with a red and white logo on the front"),
        DT(
            "red and white logo on the front, red and white logo on the front, red and white logo on the front, red"
            " and",
            "loop",
            hit_limit=True,
        ),
        M("cotton"),
        gender="Women",
        title="Levis Women Grey Melange Brand Logo Printed Top",
        category="Tops",
    ),
    # Photo: model in a black top with white polka dots, short flutter sleeves, ruffled hem, beige trousers.
    # Fabric: polyester georgette. All texts: VQA adapter, free generation.
    case(
        "X1533-023",
        T("blouse/shirt"),
        C("black-white"),
        P("floral", "contradiction"),
        S(
            "short sleeves short sleeves short sleeves short sleeves short sleeves short sleeves short sleeves"
            " short sleeves short sleeves short sleeves",
            "loop",
            hit_limit=True,
        ),
        D("a black and white polka dot blouse"),
        DT("ruffles on the sleeves and the bottom"),
        M("chiffon", "unsupported"),
        gender="Women",
        title="Zink London Women Black Polka Dot Print Top",
        category="Tops",
        color="Black",
    ),
    # Photo: model in a navy knit polo top (navy collar, no tipping, small flag logo), short sleeves, white trousers.
    # Fabric: cotton pique. All texts: VQA adapter, free generation.
    case(
        "X1533-024",
        T("polo shirt"),
        C("white", "other_garment_color"),
        P("solid"),
        S("short sleeves"),
        D("a navy blue polo shirt with a white collar", "unsupported"),
        DT("buttons on the collar"),
        M("polo shirt", "non_answer"),
        gender="Women",
        title="Tommy Hilfiger Women Navy Blue Polo Collar Top",
        category="Tops",
        color="Navy Blue",
    ),
    # Photo: model in a bright yellow oversized shirt worn open over a black crop top, black biker shorts, sleeves
    # rolled once. Fabric: cotton. All texts: VQA adapter, free generation.
    case(
        "X1533-025",
        T("blouse/shirt"),
        C("yellow"),
        P("solid"),
        S("long sleeves"),
        D("a yellow shirt over a yellow top and yellow shorts", "contradiction"),
        DT(
            "the shirt is open and the sleeves are rolled up and the shirt is open and the sleeves are rolled up and"
            " the shirt is",
            "loop",
            hit_limit=True,
        ),
        M("", "non_answer"),
        gender="Women",
        title="Campus Sutra Women Yellow Oversized Casual Shirt",
        category="Shirts",
        color="Yellow",
    ),
    # Photo: model in a chocolate brown corset-style crop top with thin straps, sleeveless, beige wide-leg trousers.
    # Fabric: polyester. All texts: VQA adapter, free generation.
    case(
        "X1533-026",
        T("tee/tank"),
        C("black", "contradiction"),
        P("solid"),
        S("short sleeves", "contradiction"),
        D("a brown tank top"),
        DT("spaghetti straps"),
        M("leather", "unsupported"),
        gender="Women",
        title="Urbanic Women Brown Corset Style Crop Top",
        category="Tops",
        color="Brown",
    ),
    # Photo: model in a rust-orange cropped shirt-style top with short sleeves, knotted at the hem, blue jeans,
    # sunglasses in one hand. Fabric: polyester. All texts: VQA adapter, free generation.
    case(
        "X1533-027",
        T("blouse/shirt"),
        C("orange"),
        P("orange", "non_answer"),
        S("short sleeves"),
        D("an orange shirt tied at the waist"),
        DT(
            "Question: What are the details of the garment? Answer: the shirt is tied at the waist Question: What are"
            " the",
            "leak",
            hit_limit=True,
        ),
        M("linen", "unsupported"),
        gender="Women",
        title="SASSAFRAS Women Rust Orange Solid Shirt Style Crop Top",
        category="Tops",
        color="Rust",
    ),
    # Photo: model in an off-white lace top with a scalloped hem, 3/4 sleeves, black jeans. The feed row has no
    # category. Fabric: nylon lace, lined. All texts: VQA adapter, free generation.
    case(
        "X1533-028",
        T("blouse/shirt"),
        C("white"),
        P("lace"),
        S("long sleeves", "contradiction"),
        D("a white lace top with 3/4 sleeves"),
        DT(
            "lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace"
            " lace lace lace lace lace lace lace lace lace",
            "loop",
            hit_limit=True,
        ),
        M("lace"),
        gender="Women",
        title="Athena Women Off White Lace Top",
        color="Off White",
    ),
    # Photo: model in a sleeveless coral peplum top, round neck, white jeans, white sandals.
    # Fabric: polyester. All texts: VQA adapter, free generation.
    case(
        "X1533-029",
        T("dress", "contradiction"),
        C("coral"),
        P("coral", "non_answer"),
        S("sleeveless"),
        D("a coral peplum top"),
        DT(
            "a flared peplum at the waist, a round neckline and a pair of white jeans with a pair of white sandals and"
            " a",
            "cut",
            hit_limit=True,
        ),
        M("polyester"),
        gender="Women",
        title="Chemistry Women Coral Solid Peplum Top",
        category="Tops",
        color="Coral",
    ),
    # Photo: model in a yellow floral print tunic-style top with 3/4 sleeves and matching palazzos.
    # Fabric: cotton. All texts: VQA adapter, free generation.
    case(
        "X1533-030",
        T("romper/jumpsuit", "contradiction"),
        C("yellow"),
        P(
            "floral Question: What is the pattern of the garment? Answer: floral Question: What is the pattern"
            " of the garment? Answer:",
            "leak",
            hit_limit=True,
        ),
        S("3/4 sleeves"),
        D("a yellow floral print top and pants"),
        DT(
            "yellow floral print yellow floral print yellow floral print yellow floral print yellow floral print"
            " yellow floral print",
            "loop",
            hit_limit=True,
        ),
        M("cotton"),
        gender="Women",
        title="Libas Women Yellow & White Floral Printed Top with Palazzos",
        category="Co-Ords",
        color="Yellow",
    ),
    # Photo: model in a black-and-white gingham shirt with short sleeves and matching shorts.
    # Fabric: cotton. All texts: VQA adapter, free generation.
    case(
        "X1533-031",
        T("blouse/shirt and shorts"),
        C("black-white"),
        P("checked"),
        S("short sleeves"),
        D("a black and white checkered shirt and shorts"),
        DT("buttons on the front of the shirt"),
        M("cotton"),
        gender="Women",
        title="Cottinfab Women Black & White Checked Shirt with Shorts Co-Ords",
        category="Co-Ords",
        color="Black",
    ),
    # Photo: model in a red-and-black buffalo check flannel shirt worn open over a black tee, blue jeans, a cap.
    # Fabric: cotton flannel. All texts: VQA adapter, free generation.
    case(
        "X1533-032",
        T(
            "blouse/shirt blouse/shirt blouse/shirt blouse/shirt blouse/shirt blouse/shirt blouse/shirt blouse/shirt",
            "loop",
            hit_limit=True,
        ),
        C("black", "other_garment_color"),
        P("plaid"),
        S("long sleeves"),
        D("a man wearing a red and black plaid shirt over a black t-shirt", "pronoun"),
        DT(
            "red and black plaid red and black plaid red and black plaid red and black plaid red and black plaid",
            "loop",
            hit_limit=True,
        ),
        M("flannel"),
        gender="Women",
        title="Roadster Women Red & Black Buffalo Checked Flannel Casual Shirt",
        category="Shirts",
        color="Red",
    ),
    # Photo: model in a white formal shirt tucked into grey trousers, long sleeves. The feed row has no gender.
    # Fabric: cotton blend. All texts: VQA adapter, free generation.
    case(
        "X1533-033",
        T("blouse/shirt"),
        C("white"),
        P("solid"),
        S("long sleeves"),
        D("a white shirt with a collar"),
        DT(
            "buttons down the front buttons down the front buttons down the front buttons down the front"
            " buttons down the front buttons",
            "loop",
            hit_limit=True,
        ),
        M("white", "non_answer"),
        title="Van Heusen Woman White Solid Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: model in a navy top with a small white floral print, smocked bodice, square neck, short puff sleeves,
    # white shorts. Fabric: polyester. All texts: VQA adapter, free generation.
    case(
        "X1533-034",
        T("blouse/shirt"),
        C("navy"),
        P("floral"),
        S("short"),
        D(
            "navy blue Question: Describe the garment. Answer: navy blue Question: Describe the garment. Answer: navy",
            "leak",
            hit_limit=True,
        ),
        DT("elastic on the front"),
        M("cotton", "unsupported"),
        gender="Women",
        title="Harpa Women Navy Blue & White Floral Print Smocked Top",
        category="Tops",
        color="Navy Blue",
    ),
    # Photo: model in a pink off-shoulder (bardot) top with long sleeves, blue jeans, white sneakers.
    # Fabric: polyester. All texts: VQA adapter, free generation.
    case(
        "X1533-035",
        T("blouse/shirt"),
        C("pink"),
        P("solid"),
        S("sleeveless", "contradiction"),
        D(
            "a pink off the shoulder top with long sleeves and a pair of blue jeans with a pair of white sneakers and"
            " a white",
            "cut",
            hit_limit=True,
        ),
        DT("off the shoulder"),
        M("cotton", "unsupported"),
        gender="Women",
        title="Mast & Harbour Women Pink Off-Shoulder Bardot Top",
        category="Tops",
        color="Pink",
    ),
    # Photo: model in a mauve knit top with long sleeves and a keyhole neck, black trousers, holding a coffee cup.
    # Fabric: polyester knit. All texts: VQA adapter, free generation.
    case(
        "X1533-036",
        T("sweater", "contradiction"),
        C("purple"),
        P("solid"),
        S("long sleeves"),
        D("a woman holding a cup of coffee", "non_answer"),
        DT("a hole in the neck"),
        M("wool", "unsupported"),
        gender="Women",
        title="Marie Claire Women Mauve Solid Keyhole Neck Top",
        category="Tops",
        color="Mauve",
    ),
    # Photo: model in a black sweatshirt with a white slogan print and matching black joggers.
    # Fabric: cotton fleece. All texts: VQA adapter, free generation.
    case(
        "X1533-037",
        T("sweatshirt/hoodie", "contradiction"),
        C("black"),
        P("the pattern of the garment is a pattern", "restated"),
        S("long sleeves"),
        D("a man in a black sweatshirt with white letters on it and black pants", "pronoun"),
        DT("white letters on the front"),
        M("cotton"),
        gender="Women",
        title="Moda Rapido Women Black Printed Sweatshirt & Joggers Co-Ords",
        category="Co-Ords",
        color="Black",
    ),
    # Photo: model in a white cropped tee-style top with a Mickey Mouse print, short sleeves, black trousers.
    # Fabric: cotton. All texts: VQA adapter, free generation.
    case(
        "X1533-038",
        T("graphic tee"),
        C(
            "white Question: What is the color of the pants? Answer: black Question: What is the color of the pants?",
            "leak",
            hit_limit=True,
        ),
        P("graphic"),
        S("short sleeves"),
        D("a white t-shirt with a cartoon on it"),
        DT(
            "a cartoon of a mouse on the front of the t-shirt and a cartoon of a mouse on the front of the t-shirt"
            " and a",
            "loop",
            hit_limit=True,
        ),
        M("polyester", "unsupported"),
        gender="Women",
        title="Kook N Keech Disney Women White Mickey Mouse Printed Crop Top",
        category="Tops",
        color="White",
    ),
    # Photo: model in a pale sea-green (mint) shirt, no pocket, long sleeves, white trousers.
    # Fabric: cotton. All texts: VQA adapter, free generation.
    case(
        "X1533-039",
        T("blouse/shirt"),
        C("blue", "contradiction"),
        P("solid"),
        S("long sleeves"),
        D("a light green shirt"),
        DT("a pocket on the chest", "unsupported"),
        M("blouse/shirt", "non_answer"),
        gender="Women",
        title="Allen Solly Woman Sea Green Casual Shirt",
        category="Shirts",
        color="Sea Green",
    ),
    # Photo: back view, model from behind in a beige linen shirt with a box pleat under the back yoke, long sleeves,
    # white trousers. The feed row has no gender. Fabric: linen blend. All texts: VQA adapter, free generation.
    case(
        "X1533-040",
        T("blouse/shirt"),
        C("white", "other_garment_color"),
        P("solid"),
        S("yes", "non_answer"),
        D("the back of a beige shirt"),
        DT("a pleat on the back"),
        M("cotton", "unsupported"),
        title="FableStreet Women Beige Linen Blend Shirt",
        category="Shirts",
        color="Beige",
    ),
    # Photo: model in a red sleeveless top with a ruffled neckline and matching red wide-leg trousers (plain hems),
    # gold heels. Fabric: polyester crepe. All texts: VQA adapter, free generation.
    case(
        "X1533-041",
        T("a two piece outfit"),
        C("red"),
        P("", "non_answer"),
        S("sleeveless"),
        D("a woman in a red top and pants"),
        DT("the top has a ruffle on the neckline and the pants have a ruffle on the bottom", "unsupported"),
        M("crepe"),
        gender="Women",
        title="Antheaa Women Red Crepe Top with Trousers Co-Ords",
        category="Co-Ords",
        color="Red",
    ),
    # Photo: model in a bright lime green top ruched down the front, short sleeves, white skirt.
    # Fabric: polyester elastane. All texts: VQA adapter, free generation.
    case(
        "X1533-042",
        T("tee/tank"),
        C("yellow", "contradiction"),
        P("solid"),
        S(
            "short sleeves Question: How long are the sleeves? Answer: short sleeves Question: How long are"
            " the sleeves? Answer: short",
            "leak",
            hit_limit=True,
        ),
        D("a green top with ruching"),
        DT("ruching on the front"),
        M("nylon", "unsupported"),
        gender="Women",
        title="Cover Story Women Lime Green Ruched Top",
        category="Tops",
        color="Lime Green",
    ),
    # Photo: model in a blue-and-white bagru print top with short sleeves and matching straight trousers.
    # Fabric: cotton. All texts: VQA adapter, free generation.
    case(
        "X1533-043",
        T("blouse/shirt", "contradiction"),
        C("blue"),
        P("printed"),
        S("short sleeves"),
        D("a blue and white printed top and pants"),
        DT(
            "Question: What are the details of the garment? Answer: blue and white printed top and pants Question:"
            " What are the details",
            "leak",
            hit_limit=True,
        ),
        M("blouse/shirt", "non_answer"),
        gender="Women",
        title="Jaipur Kurti Women Blue & White Printed Top with Trousers",
        category="Co-Ords",
        color="Blue",
    ),
    # Photo: model on a grey backdrop in a white schiffli-embroidered top, V-neck, short flutter sleeves, ripped light
    # blue jeans. Fabric: cotton. All texts: VQA adapter, free generation.
    case(
        "X1533-044",
        T("blouse/shirt"),
        C("grey", "contradiction"),
        P("embroidered"),
        S("short sleeves"),
        D("a white blouse with embroidery"),
        DT(
            "embroidered embroidered embroidered embroidered embroidered embroidered embroidered embroidered"
            " embroidered embroidered embroidered embroidered embroidered embroidered embroidered",
            "loop",
            hit_limit=True,
        ),
        M("cotton"),
        gender="Women",
        title="ELLE Women White Schiffli Embroidered Pure Cotton Top",
        category="Tops",
        color="White",
    ),
    # Photo: model in a pink shirt with a small white floral print, short sleeves, white shorts.
    # Fabric: rayon. All texts: VQA adapter, free generation.
    case(
        "X1533-045",
        T("blouse/shirt"),
        C("pink"),
        P("floral"),
        S("short sleeves"),
        D(
            "she is wearing a pink floral print shirt with short sleeves and a pair of white shorts with a pink"
            " floral print shirt with short",
            "loop",
            hit_limit=True,
        ),
        DT("buttons on the front and a collar"),
        M("cotton", "unsupported"),
        gender="Women",
        title="Street 9 Women Pink Floral Printed Casual Shirt",
        category="Shirts",
        color="Pink",
    ),
]
