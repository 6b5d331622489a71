"""BLIND_616 (46 products; Myntra women's tops and tees with jeans/skirts): written blind in the fifty-second session.
Measured blind at 94ddb22 (the session's final rules): 112/141 failures found (79.4%) and 10/202 correct texts flagged
(5.0%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's tops, t-shirts and shirts (crop tops, peplum tops, wrap tops, casual and
formal shirts, plain, striped, checked, floral and graphic tees), photographed the Myntra way: one model, mostly on a
white studio backdrop (two on light grey), front view unless noted, the top worn with jeans or a skirt, sometimes
over a camisole, under a denim jacket, or with a bag or sunglasses. The labelled product is always the top.

Who wrote what: every caption and every open answer is the untuned Salesforce/blip2-opt-2.7b (greedy, 50 new tokens
for captions, 30 for answers, `Question: ... Answer:` prompts). It answers short, gets the garment right more often
than its color, gives the jeans or skirt the top's color (or the top the jeans' color), invents small details
(pockets, zips, logos, lace trims, words on prints), names a fabric it cannot see, calls the model "he" now and then,
sometimes runs on into a second `Question:` or repeats a phrase until the limit. Closed answers are enrich's
`--engine reference`, one candidate value each, so they never loop or stop short; their failures are a wrong pick.

Labeling conventions and judgement calls:
- One label per text: the failure that best explains it. A loop that ran to the limit is "loop" (hit_limit=True),
  not "cut"; "cut" is a text that stops mid-phrase at the limit without repeating itself.
- A color is right when it sits in the seller color's group or names what the photo shows: "red" for a maroon top,
  "purple" for lavender, "pink" for peach, "orange" for rust, "tan" or "brown" for a beige skirt are correct.
- "other_garment_color": any text (open or closed) that gives a garment the color of another garment worn in the same
  photo (the jeans said to be the top's yellow, the tee said to be the jacket's blue). A wrong color that belongs to
  nothing in the photo, a wrong garment type, pattern, sleeve length or neckline, or a print read wrong (a dog for
  the cat) is "contradiction", open or closed; a "no" to "Is this a shirt?" for a shirt is one too.
- For a two-color top (stripes, checks, prints) naming either of its own colors is not a failure; I avoided such
  picks as failures.
- Material: correct when the title names that fabric or the photo plainly shows it (denim, lace, sequins, satin
  sheen); a fabric the title does not name and the photo cannot show is "unsupported"; a fabric other than the one
  the title names is "contradiction".
- A small chest logo on a plain tee is still "solid"; words printed on a tee are read off the photo as written.
- "pronoun": he/his, or "a man", for a woman model. The row without a gender column has no pronoun labels.
- "non_answer": nothing of substance to an open question ("none", "no", "yes", "it is a shirt").
  "restated": the question's words turned back ("the top is the top", "the details of the t-shirt are the details").
  An echo of the question followed by an answer ("what is the woman wearing? a black shirt ...") is "restated".
- "leak": the answer carries the prompt format ("Question:", "Answer:"), even when the answer inside it is right.
- Invented words on a print, a pocket, zip, hood or trim that the photo does not show is "unsupported", also when the
  rest of the answer is right; a detail on the back of the garment in a front view is "unsupported".
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

print_on = question("print", "What is printed on the t-shirt?", "open")
neckline = question("neckline", "What is the neckline of the top?", "closed")

BLIND_616 = [
    # photo: white solid crop top, short sleeves, round neck, light-blue high-waist jeans; white backdrop, front.
    # base blip2-opt-2.7b wrote caption and open answers, reference engine the closed ones (same for every product).
    case(
        "X616-001",
        caption("a woman wearing a white crop top and blue jeans"),
        wearing("a white crop top and high waisted jeans", who="she"),
        B.garment_type("crop top"),
        color_of("top", "white"),
        B.sleeve_length("short sleeves"),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        describe("top", "a white crop top with a lace trim at the hem", "unsupported"),
        neckline("v-neck", "contradiction"),
        title="Roadster Women White Solid Crop Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: black sleeveless peplum top, square neck, blue skinny jeans, model holds a tan sling bag; white backdrop.
    case(
        "X616-002",
        caption("a woman in a black top and jeans holding a brown purse"),
        wearing("a black peplum top and jeans"),
        B.color("black"),
        B.sleeve_length("short sleeves", "contradiction"),
        details("top", "the top has a ruffled hem and a zipper on the back", "unsupported"),
        B.material("polyester", "unsupported"),
        title="SASSAFRAS Women Black Solid Peplum Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: blue and white vertical striped shirt, collar, chest pocket, sleeves rolled to the elbow, black skinny
    # jeans; white backdrop, front view.
    case(
        "X616-003",
        caption("a woman wearing a blue and white striped shirt and black jeans"),
        wearing("a striped shirt and black pants"),
        B.pattern("striped"),
        color_of("shirt", "blue"),
        color_of("jeans", "blue", "other_garment_color", kind="open"),
        B.sleeve_length("long sleeves"),
        details(
            "shirt",
            "the shirt has a collar, buttons down the front and a pocket on the chest, the sleeves are rolled up to "
            "the elbow and the",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("t-shirt", "contradiction"),
        B.material("cotton", "unsupported"),
        title="HERE&NOW Women Blue & White Striped Regular Fit Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: plain olive green round-neck t-shirt tucked into a black A-line mini skirt, white sneakers; white
    # backdrop, full length.
    case(
        "X616-004",
        caption("a woman in a green t-shirt and black skirt"),
        wearing("he is wearing a green t-shirt and a black skirt", "pronoun", who="she"),
        B.garment_type("t-shirt"),
        B.color("green"),
        describe("t-shirt", "a green t-shirt with a white logo on the front", "unsupported"),
        color_of("skirt", "green", "other_garment_color", kind="open"),
        title="Mast & Harbour Women Olive Green Solid Round Neck T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Women",
    ),
    # photo: navy blue wrap top with small white and pink flowers, three-quarter sleeves, tie at the left waist, white
    # jeans; white backdrop, front view.
    case(
        "X616-005",
        caption("a woman wearing a blue floral top and white pants"),
        B.pattern("floral"),
        B.color("navy blue"),
        color_of("top", "white", "other_garment_color", kind="open"),
        B.sleeve_length("three-quarter sleeves"),
        describe("top", "a wrap top with a tie at the waist and a v neck"),
        details(
            "top",
            "the top has a floral print, a floral print, a floral print, a floral print, a floral print, a floral "
            "print, a",
            "loop",
            hit_limit=True,
        ),
        wearing("a floral top, white jeans and a gold necklace", "unsupported"),
        title="Vero Moda Women Navy Blue Floral Print Wrap Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: white solid formal shirt, long sleeves, pointed collar, tucked into a grey pencil skirt; white backdrop.
    case(
        "X616-006",
        caption("a woman in a white shirt and grey skirt standing in front of a white wall"),
        wearing("white shirt and grey skirt"),
        color_of("shirt", "grey", "other_garment_color"),
        B.garment_type("shirt"),
        color_of("skirt", "grey", kind="open"),
        details("shirt", "the shirt has a collar and buttons"),
        B.material("silk", "unsupported"),
        B.sleeve_length("short sleeves", "contradiction"),
        title="Van Heusen Woman White Solid Formal Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: red ribbed sleeveless crop tank, blue ripped jeans with torn knees; white backdrop, three-quarter side
    # view.
    case(
        "X616-007",
        caption("a woman in a red crop top and ripped jeans"),
        wearing("red top and jeans"),
        B.color("red"),
        B.sleeve_length("sleeveless"),
        is_a("crop top", "yes"),
        describe("top", "Question: Describe the top. Answer: a red crop top", "leak"),
        details("jeans", "the jeans have rips on the knees"),
        B.material("cotton", "unsupported"),
        title="FOREVER 21 Women Red Ribbed Crop Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: mustard yellow peplum top, short flutter sleeves, round neck, mid-blue jeans; white backdrop, front.
    case(
        "X616-008",
        caption("a woman wearing a yellow top and blue jeans"),
        wearing("yellow top and jeans"),
        color_of("top", "yellow"),
        B.garment_type("dress", "contradiction"),
        describe("top", "a yellow top with ruffles"),
        color_of("jeans", "yellow", "other_garment_color", kind="open"),
        is_a("peplum top", "no", "contradiction"),
        details(
            "top",
            "the top has short flutter sleeves, a round neckline, a fitted bodice and a flared peplum hem that falls "
            "over the top of the",
            "cut",
            hit_limit=True,
        ),
        title="Harpa Women Mustard Yellow Solid Peplum Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: white t-shirt with a black "BROOKLYN" text print across the chest, tucked into a blue denim mini skirt;
    # white backdrop, front view.
    case(
        "X616-009",
        caption("a woman wearing a white t-shirt with the word brooklyn on it and a denim skirt"),
        B.pattern("graphic"),
        B.color("white"),
        print_on("brooklyn"),
        wearing("a white t-shirt and a jean skirt"),
        color_of("skirt", "white", "other_garment_color", kind="open"),
        describe("t-shirt", "it is a white t-shirt with a v neck", "contradiction"),
        B.sleeve_length("sleeveless", "contradiction"),
        title="Roadster Women White Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: pink and white gingham shirt worn open over a white camisole, long sleeves, no pockets, blue jeans;
    # white backdrop, front view.
    case(
        "X616-010",
        caption("a woman in a pink and white plaid shirt and jeans"),
        wearing("a white tank top and a pink shirt"),
        color_of("shirt", "pink"),
        color_of("jeans", "pink", "other_garment_color", kind="open"),
        B.pattern("checked"),
        describe("shirt", "a pink gingham shirt with a pocket on the chest", "unsupported"),
        B.material("linen", "contradiction"),
        details("shirt", "the shirt details are the details of the shirt", "restated"),
        title="Tokyo Talkies Women Pink & White Checked Cotton Shirt",
        category="Shirts",
        color="Pink",
        gender="Women",
    ),
    # photo: blue and white horizontal striped off-shoulder crop top with short sleeves, white flared skirt; white
    # backdrop, front view. The feed row has no gender column.
    case(
        "X616-011",
        caption("a woman in a blue and white striped top and white skirt"),
        B.pattern("striped"),
        B.sleeve_length("short sleeves"),
        B.garment_type("crop top"),
        describe("top", "the top is off the shoulder with stripes"),
        color_of("skirt", "blue", "other_garment_color", kind="open"),
        details("top", "the top has an elastic neckline and a bow at the back", "unsupported"),
        title="Berrylush Women Blue & White Striped Off-Shoulder Bardot Crop Top",
        category="Tops",
        color="Blue",
    ),
    # photo: back view: charcoal grey melange t-shirt (plain back), black jeans, hair tied up; white backdrop.
    case(
        "X616-012",
        caption("the back of a woman wearing a grey t-shirt and black jeans"),
        wearing("he is wearing a grey shirt and black pants", "pronoun", who="she"),
        B.color("grey"),
        details("t-shirt", "the t-shirt has a print on the front", "unsupported"),
        describe("t-shirt", "a grey t-shirt"),
        B.pattern("printed", "contradiction"),
        title="Roadster Women Charcoal Grey Melange Solid V-Neck T-shirt",
        category="Tshirts",
        color="Charcoal",
        gender="Women",
    ),
    # photo: maroon satin wrap top, long sleeves, deep v neck, tie at the waist, black pencil skirt; white backdrop.
    case(
        "X616-013",
        caption("a woman wearing a red top and black skirt"),
        B.material("satin"),
        B.color("maroon"),
        color_of("skirt", "black", kind="open"),
        details("top", "the top has a v neck, a tie at the waist and gold buttons on the cuffs", "unsupported"),
        B.sleeve_length("long sleeves"),
        describe(
            "top",
            "a red satin wrap top with long sleeves and a long sleeves and a long sleeves and a long sleeves and a "
            "long sleeves",
            "loop",
            hit_limit=True,
        ),
        title="AND Women Maroon Satin Wrap Top",
        category="Tops",
        color="Maroon",
        gender="Women",
    ),
    # photo: light blue denim shirt, long sleeves, two chest pockets, tucked into a black skirt; white backdrop.
    case(
        "X616-014",
        caption("a woman in a denim shirt and black skirt"),
        B.material("denim"),
        wearing("a blue jean shirt and a black skirt"),
        color_of("skirt", "blue", "other_garment_color", kind="open"),
        B.garment_type("jacket", "contradiction"),
        B.sleeve_length("long sleeves"),
        details("shirt", "no", "non_answer"),
        title="Roadster Women Blue Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: lavender round-neck t-shirt with a small white Nike swoosh on the left chest, light blue jeans; white
    # backdrop, front view. The feed row has no category column.
    case(
        "X616-015",
        caption("a woman wearing a purple nike shirt and jeans"),
        B.color("purple"),
        is_a("t-shirt", "yes"),
        describe("t-shirt", "the shirt is purple with a white nike logo on the chest"),
        B.material("cotton", "unsupported"),
        wearing("a purple shirt and blue jeans Question: What is the color of the shirt? Answer: purple", "leak"),
        title="Nike Women Lavender Training T-shirt",
        color="Lavender",
        gender="Women",
    ),
    # photo: black crop top with white polka dots, short puff sleeves, high-waist blue jeans; white backdrop.
    case(
        "X616-016",
        caption("a woman in a polka dot top and jeans"),
        B.pattern("polka dot"),
        B.color("black"),
        B.sleeve_length("short sleeves"),
        describe("top", "a black and white polka dot top with puff sleeves"),
        details("top", "none", "non_answer"),
        color_of("jeans", "black and white", "other_garment_color", kind="open"),
        wearing("a black and white striped top and jeans", "contradiction"),
        title="SASSAFRAS Women Black & White Polka Dot Print Puff Sleeve Crop Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: white sleeveless peplum top with all-over schiffli (eyelet) embroidery, blue jeans; white backdrop.
    case(
        "X616-017",
        caption("a woman wearing a white top and jeans"),
        describe("top", "a white top with a lace pattern"),
        B.garment_type("top"),
        B.sleeve_length("sleeveless"),
        color_of("top", "blue", "other_garment_color", kind="open"),
        details(
            "top",
            "it has a peplum and it has a peplum and it has a peplum and it has a peplum and it has a peplum and it",
            "loop",
            hit_limit=True,
        ),
        wearing("what is the person wearing", "restated"),
        title="Harpa Women White Schiffli Peplum Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: black sheer georgette shirt, long sleeves, over a black camisole, blue jeans; white backdrop, front.
    case(
        "X616-018",
        caption("a woman in a black shirt and jeans"),
        B.color("black"),
        color_of("jeans", "blue", kind="open"),
        wearing("a black blouse and blue jeans"),
        B.sleeve_length("long sleeves"),
        describe("shirt", "the shirt is the shirt she is wearing", "restated"),
        B.material("cotton", "contradiction"),
        is_a("shirt", "no", "contradiction"),
        title="Vero Moda Women Black Sheer Georgette Shirt",
        category="Shirts",
        color="Black",
        gender="Women",
    ),
    # photo: red long-sleeve t-shirt with white horizontal (Breton) stripes, tucked into a black denim skirt; white
    # backdrop, front view.
    case(
        "X616-019",
        caption("a woman in a red striped shirt and black skirt"),
        B.pattern("striped"),
        B.color("black", "other_garment_color"),
        B.sleeve_length("long sleeves"),
        color_of("skirt", "black", kind="open"),
        wearing("she is wearing a red and white striped shirt and a black skirt", who="she"),
        describe("t-shirt", "a red and white striped t-shirt with a pocket on the chest", "unsupported"),
        details("t-shirt", "yes", "non_answer"),
        title="Mast & Harbour Women Red & White Striped Round Neck T-shirt",
        category="Tshirts",
        color="Red",
        gender="Women",
    ),
    # photo: hot pink short-sleeve crop top knotted at the front, round neck, light blue denim mini skirt; white
    # backdrop, front view.
    case(
        "X616-020",
        caption("a woman in a pink crop top and denim skirt"),
        details("top", "the top has a knot in the front"),
        wearing("a pink top and a jean skirt"),
        B.color("pink"),
        B.garment_type("skirt", "contradiction"),
        color_of("skirt", "light blue", kind="open"),
        describe(
            "top",
            "a pink crop top with a knot at the front and short sleeves and a round neckline and a cropped hem that "
            "sits just above the waist of the",
            "cut",
            hit_limit=True,
        ),
        title="Tokyo Talkies Women Pink Solid Knotted Crop Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: olive utility shirt, two flap chest pockets, long sleeves, black jeans; light grey backdrop, front view.
    case(
        "X616-021",
        caption("a woman wearing a grey shirt and black jeans", "contradiction"),
        details("shirt", "the shirt has two pockets on the front"),
        color_of("shirt", "olive"),
        color_of("jeans", "green", "other_garment_color", kind="open"),
        is_a("shirt", "yes"),
        wearing(
            "a green shirt and black pants and a green shirt and black pants and a green shirt and black pants and a",
            "loop",
            hit_limit=True,
        ),
        title="Arrow Woman Hallie Olive Shirt",
        category="Shirts",
        color="Olive",
        gender="Women",
    ),
    # photo: white wrap top with a black abstract brush-stroke print, short sleeves, tie at the waist, black jeans;
    # white backdrop, front view.
    case(
        "X616-022",
        caption("a man wearing a black and white top and black jeans", "pronoun"),
        B.pattern("printed"),
        B.color("white"),
        describe("top", "a black and white wrap top with a belt"),
        B.material("silk", "unsupported"),
        color_of("jeans", "black", kind="open"),
        details(
            "top",
            "the top has a black and white abstract print, short sleeves, a wrap front with a tie at the waist and a "
            "v neckline that",
            "cut",
            hit_limit=True,
        ),
        title="Mango Women White & Black Printed Wrap Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: navy blue t-shirt with a white cartoon cat print (no words), black skater skirt; white backdrop, front.
    case(
        "X616-023",
        caption("a woman wearing a blue t-shirt with a dog on it", "contradiction"),
        print_on("a cat"),
        B.color("navy blue"),
        B.garment_type("t-shirt"),
        color_of("skirt", "navy blue", "other_garment_color", kind="open"),
        details("t-shirt", "the t-shirt has a cat on it with the words meow", "unsupported"),
        B.sleeve_length("long sleeves", "contradiction"),
        title="Tantra Women Navy Blue Printed T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: silver sequinned sleeveless crop top, black jeans, model holds a black clutch; white backdrop, front.
    case(
        "X616-024",
        caption("a woman in a silver top and black pants holding a black purse"),
        B.color("silver"),
        describe("top", "a sparkly silver crop top"),
        B.material("sequins"),
        wearing(
            "a silver top, black pants and a black purse, a silver top, black pants and a black purse, a silver top, "
            "black",
            "loop",
            hit_limit=True,
        ),
        color_of("jeans", "black", kind="open"),
        details("top", "the top has sequins and a zipper on the back", "unsupported"),
        title="Forever New Women Silver Sequinned Crop Top",
        category="Tops",
        color="Silver",
        gender="Women",
    ),
    # photo: white peplum top with a pink rose print, cap sleeves, white jeans; white backdrop, front view.
    case(
        "X616-025",
        caption("a woman in a floral top and white jeans"),
        B.pattern("floral"),
        color_of("top", "pink"),
        color_of("jeans", "pink", "other_garment_color", kind="open"),
        details("top", "the top has a floral print and ruffles at the waist"),
        B.sleeve_length("long sleeves", "contradiction"),
        describe("top", "Answer: a floral top", "leak"),
        wearing("i don't know", "non_answer"),
        title="Sera Women Pink & White Floral Print Peplum Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: white shirt with thin black vertical pinstripes, long sleeves, front knotted at the waist, blue jeans;
    # white backdrop, front view.
    case(
        "X616-026",
        caption("a woman in a white striped shirt and jeans"),
        B.pattern("striped"),
        B.color("white"),
        details("shirt", "the shirt is tied at the waist and has a collar"),
        wearing("his shirt is white and his jeans are blue", "pronoun"),
        B.material("cotton", "unsupported"),
        color_of("jeans", "blue"),
        B.garment_type("t-shirt", "contradiction"),
        describe("shirt", "a white shirt with blue stripes", "other_garment_color"),
        title="Roadster Women White & Black Striped Casual Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: mustard yellow oversized t-shirt with black "GOOD VIBES" lettering, black ripped jeans; white backdrop.
    case(
        "X616-027",
        caption("a woman in a yellow shirt that says good vibes"),
        wearing("a yellow t - shirt and black ripped jeans"),
        B.color("mustard"),
        print_on("good vibes only", "unsupported"),
        color_of("jeans", "yellow", "other_garment_color", kind="open"),
        B.sleeve_length("short sleeves"),
        describe("t-shirt", "a t-shirt", "non_answer"),
        title="Bewakoof Women Mustard Yellow Typography Printed Oversized T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Women",
    ),
    # photo: black halter-neck crop top, white jeans, sunglasses pushed up on the head; white backdrop, front view.
    case(
        "X616-028",
        caption("a woman in a black top and white jeans with sunglasses on her head"),
        B.sleeve_length("sleeveless"),
        color_of("top", "black"),
        color_of("jeans", "black", "other_garment_color", kind="open"),
        describe("top", "a black halter top"),
        details(
            "top", "the top has a halter neck and a keyhole cut out in the back and a zip on the side", "unsupported"
        ),
        wearing("a black crop top, white jeans and sunglasses", who="she"),
        title="SASSAFRAS Women Black Solid Halter Neck Crop Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: navy blue shirt with small white polka dots, long sleeves, tucked into a beige pencil skirt; white
    # backdrop, front view.
    case(
        "X616-029",
        caption("a woman in a blue and white polka dot shirt and a tan skirt"),
        B.pattern("polka dot"),
        color_of("shirt", "navy blue"),
        color_of("skirt", "blue", "other_garment_color", kind="open"),
        wearing("she is wearing a polka dot shirt and a skirt"),
        B.material("polyester", "unsupported"),
        describe("shirt", "it is a shirt", "non_answer"),
        B.sleeve_length("short sleeves", "contradiction"),
        title="Zink London Women Navy Blue Polka Dot Print Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: sea green wrap top, long bell sleeves, tie at the side, blue jeans; white backdrop, front view.
    case(
        "X616-030",
        caption("a woman wearing a green top and jeans"),
        B.color("green"),
        B.garment_type("blouse"),
        B.sleeve_length("long sleeves"),
        describe("top", "a green wrap top with bell sleeves"),
        color_of("jeans", "green", "other_garment_color"),
        details("top", "the top has a wrap front and bell sleeves and a tie at the side"),
        B.pattern("floral", "contradiction"),
        wearing(
            "a green wrap top with long bell sleeves and blue skinny jeans with a high waist and a pair of",
            "cut",
            hit_limit=True,
        ),
        title="Berrylush Women Sea Green Solid Wrap Top",
        category="Tops",
        color="Sea Green",
        gender="Women",
    ),
    # photo: plain white round-neck t-shirt under an open mid-blue denim jacket, black mini skirt; white backdrop.
    case(
        "X616-031",
        caption("a woman wearing a denim jacket and a white t-shirt"),
        B.color("blue", "other_garment_color"),
        B.garment_type("jacket", "contradiction"),
        wearing("a jean jacket, a white shirt and a black skirt"),
        color_of("t-shirt", "white", kind="open"),
        describe("t-shirt", "a white t-shirt with a round neck"),
        details("t-shirt", "the t-shirt has a small pocket on the chest", "unsupported"),
        title="ONLY Women White Solid Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: pink and blue tie-dye short-sleeve crop top, blue jeans; white backdrop, front view. No color column.
    case(
        "X616-032",
        caption("a woman wearing a tie dye shirt and jeans"),
        B.pattern("printed"),
        wearing("a tie dye crop top and blue jeans"),
        describe("top", "a pink and blue tie dye crop top"),
        color_of("top", "pink and blue", kind="open"),
        color_of("jeans", "Question: What is the color of the jeans? Answer: blue", "leak", kind="open"),
        details(
            "top",
            "the top is tie dye, tie dye, tie dye, tie dye, tie dye, tie dye, tie dye, tie dye, tie dye, tie",
            "loop",
            hit_limit=True,
        ),
        title="Kraus Jeans Women Pink & Blue Tie and Dye Crop Top",
        category="Tops",
        gender="Women",
    ),
    # photo: black long-sleeve shirt with a small embroidered logo on the chest, white denim skirt; white backdrop.
    case(
        "X616-033",
        caption("a woman wearing a black shirt and a white skirt"),
        wearing("what is the woman wearing? a black shirt and white skirt", "restated"),
        B.color("black"),
        details("shirt", "the shirt has a logo on the chest"),
        B.sleeve_length("long sleeves"),
        color_of("skirt", "black", "other_garment_color", kind="open"),
        describe(
            "shirt",
            "a black shirt with long sleeves, a collar, a button placket and a small logo embroidered on the left "
            "side of the",
            "cut",
            hit_limit=True,
        ),
        title="U.S. Polo Assn. Women Black Solid Shirt",
        category="Shirts",
        color="Black",
        gender="Women",
    ),
    # photo: navy blue peplum top, short sleeves, round neck, white midi skirt; white backdrop, front view.
    case(
        "X616-034",
        caption("a woman in a blue top and white skirt"),
        B.garment_type("top"),
        B.color("blue"),
        describe("top", "a navy blue top with a flared hem and short sleeves"),
        color_of("skirt", "white", kind="open"),
        B.material("cotton", "unsupported"),
        wearing("he is wearing a blue top and a white skirt", "pronoun", who="she"),
        B.sleeve_length("long sleeves", "contradiction"),
        title="Harpa Women Navy Blue Solid Peplum Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: grey melange t-shirt with a red "NYC 1990" print, blue denim mini skirt; white backdrop, front view.
    case(
        "X616-035",
        caption("a woman in a grey t-shirt and a denim skirt"),
        print_on("nyc"),
        B.color("grey"),
        B.pattern("striped", "contradiction"),
        color_of("skirt", "grey", "other_garment_color", kind="open"),
        details(
            "t-shirt",
            "the t-shirt has the letters nyc 1990 in red and the letters nyc 1990 in red and the letters nyc 1990 in",
            "loop",
            hit_limit=True,
        ),
        wearing("clothes", "non_answer"),
        title="Roadster Women Grey Melange Printed Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: white sleeveless lace crop top, blue denim mini skirt; white backdrop, front view framed from the head
    # to mid-thigh (no shoes in the picture).
    case(
        "X616-036",
        caption("a woman wearing a white lace top and a denim skirt"),
        B.material("lace"),
        B.sleeve_length("short sleeves", "contradiction"),
        color_of("skirt", "blue", kind="open"),
        color_of("top", "white", kind="open"),
        describe(
            "top",
            "Question: Describe the top. Answer: a white lace top Question: Describe the skirt. Answer: a blue denim",
            "leak",
            hit_limit=True,
        ),
        wearing("a white lace top, a denim skirt and white sneakers", "unsupported"),
        title="Bitz Women White Lace Crop Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: lavender shirt, long sleeves, one chest pocket, tucked into blue mom jeans; white backdrop, front view.
    case(
        "X616-037",
        caption("a woman in a purple shirt and jeans"),
        B.color("lavender"),
        color_of("jeans", "purple", "other_garment_color", kind="open"),
        details("shirt", "the shirt has buttons and a belt at the waist", "unsupported"),
        describe(
            "shirt",
            "a light purple button down shirt with long sleeves, a collar and a pocket on the left side of the "
            "chest, the shirt is tucked into",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("shirt"),
        B.pattern("checked", "contradiction"),
        title="United Colors of Benetton Women Solid Lavender Shirt",
        category="Shirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: rust orange wrap crop top with short puff sleeves, ruched front, black mini skirt; white backdrop.
    case(
        "X616-038",
        caption("a woman in an orange top and black skirt"),
        B.color("orange"),
        B.garment_type("crop top"),
        describe("top", "an orange top with puffy sleeves"),
        wearing(
            "she is wearing an orange top and a black skirt and she is wearing an orange top and a black skirt and "
            "she is",
            "loop",
            who="she",
            hit_limit=True,
        ),
        color_of("skirt", "orange", "other_garment_color", kind="open"),
        details("top", "the details of the top", "restated"),
        title="Athena Women Rust Orange Solid Wrap Crop Top",
        category="Tops",
        color="Rust",
        gender="Women",
    ),
    # photo: plain peach t-shirt, round neck, short sleeves, white jeans; white backdrop, front view.
    case(
        "X616-039",
        caption("a woman in a pink shirt and white pants"),
        B.color("peach"),
        wearing("a red t-shirt and white jeans", "contradiction"),
        B.material("cotton", "unsupported"),
        describe("t-shirt", "a peach colored t-shirt with a round neck and short sleeves"),
        color_of("jeans", "white", kind="open"),
        details("t-shirt", "the details of the t-shirt are the details", "restated"),
        title="United Colors Of Benetton Women Peach Solid T-Shirt",
        category="Tshirts",
        color="Peach",
        gender="Women",
    ),
    # photo: black and white horizontal striped long-sleeve crop top, black high-waist skirt; white backdrop.
    case(
        "X616-040",
        caption("a woman wearing a black and white striped shirt and a black skirt"),
        B.pattern("striped"),
        B.sleeve_length("long sleeves"),
        color_of("skirt", "black", kind="open"),
        describe("top", "a black and white striped crop top"),
        is_a("crop top", "yes"),
        details("top", "the top has stripes and long sleeves"),
        wearing("a striped top and a black skirt. Question: What is the color of the", "leak", hit_limit=True),
        title="Tokyo Talkies Women Black & White Striped Crop Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: red and black buffalo check flannel shirt, two flap chest pockets, no hood, worn open over a black
    # t-shirt, blue jeans; white backdrop, front view.
    case(
        "X616-041",
        caption("a man in a red and black plaid shirt and jeans", "pronoun"),
        B.material("flannel"),
        B.color("red"),
        wearing("a plaid shirt, a black t-shirt and blue jeans"),
        B.pattern("checked"),
        color_of("jeans", "red", "other_garment_color", kind="open"),
        describe("shirt", "a red plaid shirt with a hood", "unsupported"),
        B.garment_type("shirt"),
        details(
            "shirt",
            "the shirt is a red and black buffalo check with two chest pockets, long sleeves and it is worn open over "
            "a black",
            "cut",
            hit_limit=True,
        ),
        title="Roadster Women Red & Black Checked Flannel Shirt",
        category="Shirts",
        color="Red",
        gender="Women",
    ),
    # photo: emerald green peplum top, short sleeves, black jeans, hand on hip; light grey backdrop, front view.
    case(
        "X616-042",
        caption("a woman wearing a blue top and black jeans", "contradiction"),
        B.color("black", "other_garment_color"),
        B.garment_type("top"),
        describe("top", "a green top"),
        details("top", "the top has a peplum waist and short sleeves"),
        B.material("velvet", "unsupported"),
        is_a("peplum top", "yes"),
        title="SASSAFRAS Women Green Solid Peplum Top",
        category="Tops",
        color="Green",
        gender="Women",
    ),
    # photo: black t-shirt with the white "F.R.I.E.N.D.S" logo print, red and black checked mini skirt; white backdrop.
    case(
        "X616-043",
        caption("a woman wearing a black t-shirt with the word friends on it and a red plaid skirt"),
        wearing("a friends t-shirt and a plaid skirt", who="she"),
        B.color("red", "other_garment_color"),
        print_on("friends"),
        color_of("skirt", "red and black", kind="open"),
        details("skirt", "the skirt is plaid"),
        B.pattern("checked", "contradiction"),
        describe(
            "t-shirt",
            "a black t-shirt with the friends logo printed in white across the chest, short sleeves and a round neck, "
            "tucked into a",
            "cut",
            hit_limit=True,
        ),
        title="Free Authority Women Black Friends Printed T-shirt",
        category="Tshirts",
        color="Black",
        gender="Women",
    ),
    # photo: beige wrap top, long balloon sleeves, v neck, tie at the waist, light blue jeans; white backdrop.
    case(
        "X616-044",
        caption("a woman in a beige top and jeans posing in front of a brick wall", "unsupported"),
        B.color("white", "contradiction"),
        wearing("a tan blouse and blue jeans"),
        describe("top", "the top is the top", "restated"),
        details("top", "the top has long sleeves, a v neck and a tie at the waist"),
        color_of("jeans", "blue", kind="open"),
        B.sleeve_length("short sleeves", "contradiction"),
        color_of("jeans", "blue Question: What is the color of the top? Answer: beige", "leak", kind="open"),
        title="Mango Women Beige Solid Wrap Top",
        category="Tops",
        color="Beige",
        gender="Women",
    ),
    # photo: white linen shirt, long sleeves rolled once, collar, one chest pocket, tucked into a tan button-front
    # mini skirt; white backdrop, front view.
    case(
        "X616-045",
        caption("a woman wearing a white shirt and a black skirt", "contradiction"),
        B.material("linen"),
        B.sleeve_length("long sleeves"),
        color_of("skirt", "tan", kind="open"),
        color_of("shirt", "white"),
        wearing("he is wearing a white shirt and a brown skirt", "pronoun", who="she"),
        details(
            "shirt",
            "the shirt has sleeves rolled up and a collar and buttons and a pocket and a collar and buttons and a "
            "pocket and a collar",
            "loop",
            hit_limit=True,
        ),
        title="Marks & Spencer Women White Pure Linen Casual Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: light blue denim sleeveless button-front crop top, white jeans; white backdrop, front view.
    case(
        "X616-046",
        caption("a woman in a denim top and white jeans"),
        B.material("denim"),
        B.sleeve_length("sleeveless"),
        color_of("jeans", "white", kind="open"),
        B.garment_type("jeans", "contradiction"),
        wearing("a blue denim shirt, white jeans"),
        details("top", "nothing", "non_answer"),
        describe("top", "Answer: a blue denim crop top with buttons", "leak"),
        B.color("white", "other_garment_color"),
        title="Kraus Jeans Women Blue Denim Sleeveless Crop Top",
        category="Tops",
        color="Blue",
        gender="Women",
    ),
]
