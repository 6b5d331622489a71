"""BLIND_1017 (46 products; women's tops with jeans or skirts, VQA adapter): written blind in the fifty-eighth session.
Measured blind at f4651f6 (the session's sixth rules): 128/135 failures found (94.8%) and 7/195 correct texts flagged
(3.6%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's Tops, Tshirts and Shirts. Every photo is a catalog shot of a model wearing
the product with jeans (blue, light wash, black, white, ripped, flared) or a skirt (denim, pleated midi, pencil,
plaid, floral), mostly on a white or light grey studio backdrop, front view; a few hold a bag or wear a necklace,
sneakers or a shirt open over a tank. The seller's columns are title, category (article_type), color (base_colour)
and gender; a few rows lack one of them, and one seller color is wrong (a maroon shirt sold as "Brown").

Who wrote what: blip2-opt-2.7b with the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA) wrote the captions (empty
prompt, 50 new tokens) and every open answer (`Question: ... Answer:`, greedy, 30 new tokens). Trained on
In-shop VQA pairs without an end token, it often answers with the training data's short class names ("tee",
"denim", "graphic tee"), runs on into the next `Question: ... Answer:` pair, loops on a word or a phrase, or is
cut at the limit; the base model's habits make it invent pockets, zips, belts and fabrics, give the top the
jeans' or skirt's color, and now and then say "he" of a woman. Closed answers (garment type, color, pattern,
sleeve length, the yes/no "Is this a ...?") come from enrich's `--engine reference`, which ranks candidate values
with the same adapter: one value each, never looped or cut, but sometimes the wrong value.

Labeling conventions and judgement calls:
- other_garment_color only for an open answer that gives the product the color of another garment in the photo
  (the jeans, the skirt, the tank underneath); a wrong closed color, even when it is the jeans' color, is a
  contradiction, and so is an open answer that gives the jeans or skirt the product's color (one color for two).
- The color of a print (red roses on a black top) given as the garment's color is a contradiction.
- Shades and near synonyms are correct: purple for lavender, pink for peach, magenta or rose, maroon for burgundy,
  grey for charcoal or grey melange, white for off white, light blue for a pastel or chambray blue.
- The maroon shirt the seller calls "Brown" is answered "maroon": correct for the photo, not a failure.
- A one- or two-word garment name for "What is she wearing?" or "What cloth is the person wearing?" is a correct
  (VQA-style) answer; a single word, a yes/no or a bare color for "Describe ..." or "What are the ... details?" is
  a non_answer. An answer that names the garment but omits the jeans or skirt is still correct.
- restated: the answer is the question's own words back ("the top details are the details of the top").
- unsupported: details not visible in the photo or stated in the title (pockets, zips, belts, a hood, lace, mirror
  work, back details in a front view) and fabrics nobody can tell (silk, wool, rayon, leather, denim). A fabric the
  title names (linen, satin, chiffon, flannel, pure cotton, denim for a denim shirt) is correct; a fabric that
  contradicts the title's ("cotton" for a satin camisole) is a contradiction.
- A text that runs on to the limit and also ends mid-phrase takes its main kind: loop for repetition, leak for a
  `Question:`/`Answer:` run-on, cut only for an otherwise correct answer stopped mid-sentence; all have hit_limit.
- Short leaks that stop on their own (an answer, then one leaked pair) are leaks without hit_limit.
- A caption that calls the woman "a man" is a pronoun failure, as is "he" in an answer; one product lacks the
  gender column and is never labelled pronoun.
- "long sleeves" for sleeves rolled to the elbow is correct; a henley with buttons is a t-shirt.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

# the VQA training data's own open question
cloth = question("cloth", "What cloth is the person wearing?", "open")

BLIND_1017 = [
    # photo: white button-down shirt, sleeves rolled to the elbow, tucked into light blue straight jeans; white
    # backdrop, front view. VQA adapter: caption and open answers; reference engine: closed answers.
    case(
        "X1017-001",
        caption("a woman wearing a white shirt and blue jeans"),
        wearing("a white shirt and light blue jeans", who="she"),
        color_of("shirt", "blue", "other_garment_color", kind="open"),
        Q.garment_type("shirt"),
        Q.sleeve_length("long sleeves"),
        details(
            "shirt",
            "buttons, collar, sleeves, buttons, collar, sleeves, buttons, collar, sleeves, buttons, collar, sleeves, "
            "buttons, collar,",
            "loop",
            hit_limit=True,
        ),
        Q.material("pure cotton"),
        title="Roadster Women White Solid Pure Cotton Casual Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: black round-neck tee with "BROOKLYN" printed in white across the chest, black skinny jeans ripped at
    # the knees; light grey backdrop. VQA adapter: caption, open answers; reference engine: closed.
    case(
        "X1017-002",
        caption("a woman in a black t-shirt with white text and black ripped jeans"),
        wearing("black tee"),
        Q.color("black"),
        Q.pattern("printed"),
        describe(
            "t-shirt",
            "a black t-shirt with the word brooklyn printed in white across the chest, short sleeves and a round "
            "neck. She is wearing it with black ripped jeans and a",
            "cut",
            hit_limit=True,
        ),
        details(
            "t-shirt",
            "brooklyn printed in white Question: What are the jeans details? Answer: ripped knees Question: What",
            "leak",
            hit_limit=True,
        ),
        is_a("t-shirt", "yes"),
        Q.material("it is made of leather", "unsupported"),
        title="Roadster Women Black Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Women",
    ),
    # photo: mustard yellow sleeveless square-neck crop top, high-waist mid-blue mom jeans, model holds a tan sling
    # bag; white backdrop. VQA adapter: caption, open; reference engine: closed.
    case(
        "X1017-003",
        caption("a woman wearing a yellow crop top and jeans holding a brown bag"),
        wearing("he is wearing a yellow top and blue jeans", "pronoun", who="she"),
        Q.color("mustard"),
        Q.sleeve_length("short sleeves", "contradiction"),
        Q.garment_type("crop top"),
        details("top", "square neck, sleeveless, cropped at the waist"),
        describe("top", "yellow", "non_answer"),
        title="Tokyo Talkies Women Mustard Yellow Solid Crop Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: navy-and-white horizontal striped long-sleeve boat-neck top tucked into a red pleated midi skirt with a
    # thin black belt; white backdrop. VQA adapter: caption, open; reference engine: closed.
    case(
        "X1017-004",
        caption("a woman in a striped shirt and red skirt"),
        wearing("a navy and white striped top and a red pleated skirt"),
        color_of("top", "red", "other_garment_color", kind="open"),
        Q.pattern("striped"),
        Q.color("navy blue"),
        details(
            "top",
            "stripes Question: What are the skirt details? Answer: pleats Question: What is the color of the skirt? "
            "Answer: red Question:",
            "leak",
            hit_limit=True,
        ),
        describe(
            "top",
            "a navy and white striped top with long sleeves and a boat neck, tucked into a red pleated midi skirt "
            "with a thin black belt and",
            "cut",
            hit_limit=True,
        ),
        title="FOREVER 21 Women Navy Blue & White Striped Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: olive green utility shirt, two flap chest pockets, long sleeves, with black skinny jeans; white
    # backdrop. VQA adapter: caption, open; reference engine: closed.
    case(
        "X1017-005",
        caption("a woman wearing a green shirt and black jeans"),
        wearing("an olive shirt with pockets and black jeans"),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        color_of("jeans", "black", kind="open"),
        details("shirt", "two chest pockets with flaps, buttons down the front, a collar and long sleeves"),
        Q.material("denim", "unsupported"),
        Q.garment_type("jacket", "contradiction"),
        describe(
            "shirt",
            "an olive shirt with two flap pockets Question: Describe the jeans. Answer: black skinny jeans",
            "leak",
        ),
        title="Levis Women Olive Solid Utility Shirt",
        category="Shirts",
        color="Olive",
        gender="Women",
    ),
    # photo: light pink peplum top with short ruffled sleeves, white pencil skirt; white backdrop, front view, no
    # belt. VQA adapter: caption, open; reference engine: closed.
    case(
        "X1017-006",
        caption("a woman in a pink top and white skirt"),
        wearing("a pink top and a white skirt", who="she"),
        describe("top", "a pink peplum top with ruffled sleeves and a gold belt at the waist", "unsupported"),
        color_of("skirt", "white", kind="open"),
        Q.color("pink"),
        Q.sleeve_length("short sleeves"),
        details("top", "the top details are the details of the top", "restated"),
        title="DressBerry Women Pink Solid Peplum Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: plain grey melange v-neck tee (no pocket, no logo), dark indigo bootcut jeans, white sneakers; white
    # backdrop. VQA adapter: caption, open; reference engine: closed.
    case(
        "X1017-007",
        caption("a woman wearing a grey t-shirt and blue jeans and white sneakers"),
        wearing(
            "grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey "
            "grey grey grey grey grey grey grey grey grey",
            "loop",
            hit_limit=True,
        ),
        color_of("t-shirt", "grey"),
        color_of("jeans", "grey", "contradiction", kind="open"),
        Q.garment_type("t-shirt"),
        is_a("t-shirt", "yes"),
        describe("t-shirt", "a grey v-neck t-shirt with a chest pocket and an embroidered logo", "unsupported"),
        title="Roadster Women Grey Melange Solid V-Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: red and black buffalo-check flannel shirt, long sleeves, worn open over a black tank, light blue
    # ripped jeans; white backdrop. VQA adapter: caption, open; reference engine: closed.
    case(
        "X1017-008",
        caption("a woman wearing a red and black plaid shirt over a black top and ripped jeans"),
        wearing("a red checked shirt over a black tank top and light blue jeans", who="she"),
        color_of("shirt", "blue", "other_garment_color", kind="open"),
        Q.pattern("checked"),
        describe(
            "shirt",
            "a red and black plaid flannel shirt with a pocket on the chest and long sleeves, worn open over a black",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves"),
        Q.material("flannel"),
        cloth("he is wearing a checked shirt over a tank top", "pronoun"),
        title="HERE&NOW Women Red & Black Checked Flannel Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Women",
    ),
    # photo: white off-shoulder broderie (eyelet) top with three-quarter bell sleeves, blue denim mini skirt; white
    # backdrop. VQA adapter: caption, open; reference engine: closed.
    case(
        "X1017-009",
        caption("a woman wearing a white off the shoulder top and a denim skirt"),
        wearing("a white top and a blue denim skirt"),
        describe(
            "top",
            "white off the shoulder top with bell sleeves Question: Describe the skirt. Answer: denim mini skirt "
            "Question: Describe",
            "leak",
            hit_limit=True,
        ),
        Q.color("blue", "contradiction"),
        Q.sleeve_length("three-quarter sleeves"),
        is_a("dress", "no"),
        details("top", "eyelet embroidery, elasticated off-shoulder neckline, flared sleeves"),
        title="Sassafras Women White Off-Shoulder Bardot Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: black ribbed sleeveless tank top tucked into white jeans, thin gold pendant necklace; white backdrop,
    # front view only. VQA adapter: caption, open; reference engine: closed.
    case(
        "X1017-010",
        caption("a woman in a black tank top and white jeans wearing a gold necklace"),
        wearing("a black tank top and white pants"),
        color_of("top", "white", "other_garment_color", kind="open"),
        Q.sleeve_length("sleeveless"),
        Q.garment_type("tank top"),
        details("top", "no", "non_answer"),
        Q.material("ribbed cotton knit"),
        describe("top", "a black ribbed tank top with a lace-up back and a side slit", "unsupported"),
        title="ONLY Women Black Solid Ribbed Cotton Tank Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: sky blue chambray shirt, long sleeves, knotted at the waist, with a white midi skirt printed with blue
    # flowers, white sandals; white backdrop. VQA adapter: caption, open; reference engine: closed.
    case(
        "X1017-011",
        caption("a woman wearing a blue shirt and a white floral skirt"),
        wearing("a light blue shirt tied at the waist and a white skirt with blue flowers", who="she"),
        Q.pattern("floral", "contradiction"),
        Q.color("blue"),
        describe(
            "shirt",
            "a light blue shirt with a front tie, long sleeves and a collar. she is wearing a white skirt with blue "
            "flowers and white sandals, the skirt is a midi",
            "cut",
            hit_limit=True,
        ),
        details("shirt", "front knot, button placket, pointed collar, cuffs"),
        color_of("skirt", "white", kind="open"),
        title="Mast & Harbour Women Blue Chambray Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: maroon crepe top with a tie-up neck and long buttoned-cuff sleeves, black straight jeans; white
    # backdrop. VQA adapter: caption, open; reference engine: closed.
    case(
        "X1017-012",
        caption("a woman wearing a maroon blouse and black pants"),
        wearing(
            "maroon top black jeans maroon top black jeans maroon top black jeans maroon top black jeans maroon top "
            "black jeans maroon top",
            "loop",
            hit_limit=True,
        ),
        Q.color("maroon"),
        Q.garment_type("blouse"),
        color_of("top", "black", "other_garment_color", kind="open"),
        details("top", "tie at the neck and long sleeves with buttoned cuffs"),
        Q.material("the top is made of wool and has a fleece lining", "unsupported"),
        title="AND Women Burgundy Solid Tie-Up Neck Top",
        category="Tops",
        color="Burgundy",
        gender="Women",
    ),
    # photo: lavender ribbed crop tee with short sleeves, plain hem, black A-line mini skirt; white backdrop, front
    # view. VQA adapter: caption, open; reference engine: closed.
    case(
        "X1017-013",
        caption("a woman wearing a purple t-shirt and a black skirt"),
        wearing("a lavender crop top and a black mini skirt", who="she"),
        color_of("t-shirt", "purple"),
        color_of("skirt", "purple", "contradiction", kind="open"),
        Q.sleeve_length("short sleeves"),
        describe("t-shirt", "t-shirt", "non_answer"),
        details("t-shirt", "a ribbed crop t-shirt with a zip at the back and a drawstring at the hem", "unsupported"),
        title="Tokyo Talkies Women Lavender Solid Crop T-shirt",
        category="Tshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: white tee with a multicolor flower graphic on the front (no pockets), light wash boyfriend jeans,
    # white sneakers; white backdrop. VQA adapter: caption, open; reference engine: closed.
    case(
        "X1017-014",
        caption(
            "Question: What is the color of the tee? Answer: white Question: What cloth is the person wearing? "
            "Answer: graphic tee Question: What is the color of the denim? Answer: blue Question: What",
            "leak",
            hit_limit=True,
        ),
        cloth("graphic tee"),
        Q.color("white"),
        Q.pattern("printed"),
        describe(
            "t-shirt",
            "a white t-shirt with a colorful flower print on the front and a pocket on the sleeve",
            "unsupported",
        ),
        color_of("jeans", "light blue", kind="open"),
        is_a("t-shirt", "yes"),
        title="HERE&NOW Women White Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: emerald green satin button-up shirt, long sleeves, no pockets, tucked into a black leather-look pencil
    # skirt; white backdrop. VQA adapter: caption, open; reference engine: closed.
    case(
        "X1017-015",
        caption("a woman wearing a green shirt and a black skirt"),
        wearing("a green satin shirt and a black pencil skirt"),
        color_of("shirt", "black", "contradiction"),
        Q.material("satin"),
        details("shirt", "it has a collar and buttons and pockets on the chest and a belt and a zipper", "unsupported"),
        describe(
            "shirt",
            "she is wearing a green shirt she is wearing a green shirt she is wearing a green shirt she is wearing a "
            "green shirt she is wearing",
            "loop",
            hit_limit=True,
        ),
        title="Marie Claire Women Green Solid Satin Shirt",
        category="Shirts",
        color="Green",
        gender="Women",
    ),
    # photo: oversized peach-and-white tie-dye tee with dropped shoulders, white denim skirt; white backdrop.
    # VQA adapter: caption, open; reference engine: closed.
    case(
        "X1017-016",
        caption("a woman wearing a tie dye t-shirt and a white skirt"),
        wearing("a pink tie dye t-shirt and a white skirt", who="she"),
        Q.color("peach"),
        Q.pattern("striped", "contradiction"),
        describe("t-shirt", "an oversized peach and white tie dye tee with dropped shoulders and short sleeves"),
        details("t-shirt", "the t-shirt has t-shirt details", "restated"),
        Q.garment_type("t-shirt"),
        color_of("skirt", "peach", "contradiction", kind="open"),
        title="Bewakoof Women Peach Tie & Dye Oversized T-shirt",
        category="Tshirts",
        color="Peach",
        gender="Women",
    ),
    # photo: navy polo t-shirt with white tipping on collar and sleeve bands, small embroidered logo on the chest,
    # white jeans; light grey backdrop. VQA adapter: caption, open; reference engine: closed.
    case(
        "X1017-017",
        caption("a woman wearing a navy blue polo shirt and white jeans"),
        wearing("he is wearing a blue polo shirt and white pants", "pronoun"),
        color_of("t-shirt", "white", "other_garment_color", kind="open"),
        Q.garment_type("t-shirt"),
        details("t-shirt", "white tipping on the collar and sleeves, two buttons, a small logo on the chest"),
        Q.sleeve_length("short sleeves"),
        describe(
            "t-shirt",
            "a navy blue polo t-shirt with white tipping on the collar and sleeves, two buttons and a small logo "
            "on the",
            "cut",
            hit_limit=True,
        ),
        title="U.S. Polo Assn. Women Navy Blue Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black v-neck short-sleeve top printed with red roses, tucked into mid-blue jeans; white backdrop.
    # VQA adapter: caption, open; reference engine: closed.
    case(
        "X1017-018",
        caption("a woman in a black floral top and blue jeans"),
        wearing("black floral top and jeans"),
        Q.color("red", "contradiction"),
        Q.pattern("floral"),
        describe("top", "a black top with red roses, a v-neck and short sleeves, tucked into blue jeans"),
        details(
            "top",
            "roses roses roses roses roses roses roses roses roses roses roses roses roses roses roses roses roses "
            "roses roses roses roses roses roses roses roses roses roses roses roses roses",
            "loop",
            hit_limit=True,
        ),
        color_of("jeans", "blue", kind="open"),
        title="Harpa Women Black Floral Print Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: classic white formal shirt, long sleeves, tucked into a black pencil skirt, office look; grey
    # backdrop. VQA adapter: caption, open; reference engine: closed.
    case(
        "X1017-019",
        caption("a woman wearing a white shirt and a black skirt"),
        wearing("she is wearing a white shirt and a black skirt", who="she"),
        describe("shirt", "a black shirt with a collar and buttons down the front", "other_garment_color"),
        Q.color("white"),
        Q.sleeve_length("long sleeves"),
        details(
            "shirt",
            "it has a pointed collar, a button placket and buttoned cuffs, with a curved hem tucked into the",
            "cut",
            hit_limit=True,
        ),
        Q.material("silk blend with a satin finish", "unsupported"),
        color_of("skirt", "white", "contradiction", kind="open"),
        title="Van Heusen Woman White Solid Formal Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: rust orange wrap top with three-quarter sleeves and a side tie, dark blue skinny jeans; white
    # backdrop. VQA adapter: caption, open; reference engine: closed.
    case(
        "X1017-020",
        caption("a man wearing an orange shirt and blue jeans", "pronoun"),
        wearing("a rust wrap top and dark blue skinny jeans"),
        Q.color("orange"),
        Q.garment_type("top"),
        describe("top", "Answer: an orange wrap top with three quarter sleeves", "leak"),
        Q.sleeve_length("sleeveless", "contradiction"),
        details("top", "wrap front, tie at the side, three quarter sleeves"),
        title="ONLY Women Rust Orange Solid Wrap Top",
        category="Tops",
        color="Rust",
        gender="Women",
    ),
    # photo: mid-blue denim shirt, two buttoned chest pockets, metal buttons, long sleeves, black mini skirt;
    # white backdrop. VQA adapter: caption, open; reference engine: closed.
    case(
        "X1017-021",
        caption("a woman wearing a denim shirt and a black skirt"),
        wearing("denim", who="she"),
        color_of("shirt", "blue"),
        Q.material("denim"),
        is_a("pair of jeans", "yes", "contradiction"),
        details("shirt", "two chest pockets with buttons, metal buttons down the front, long sleeves with cuffs"),
        describe(
            "shirt",
            "a blue denim shirt with two pockets and a black skirt with a black skirt with a black skirt with a black "
            "skirt with a black skirt with a",
            "loop",
            hit_limit=True,
        ),
        color_of("skirt", "blue", "contradiction", kind="open"),
        title="Roadster Women Blue Solid Denim Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: yellow round-neck tee with "SUNSHINE" in black letters, short sleeves, light blue ripped jeans; white
    # backdrop. VQA adapter: caption, open; reference engine: closed.
    case(
        "X1017-022",
        caption("a woman wearing a yellow t-shirt with the word sunshine on it"),
        wearing("a yellow t-shirt and ripped blue jeans"),
        color_of("t-shirt", "blue", "other_garment_color", kind="open"),
        Q.pattern("printed"),
        describe(
            "t-shirt",
            "a yellow t-shirt with black letters that say sunshine, round neck, short sleeves and a",
            "cut",
            hit_limit=True,
        ),
        Q.color("yellow"),
        Q.sleeve_length("long sleeves", "contradiction"),
        is_a("crop top", "yes", "contradiction"),
        title="Bewakoof Women Yellow Typography Printed T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Women",
    ),
    # photo: black top with white polka dots, short puff sleeves, red midi skirt; white backdrop.
    # VQA adapter: caption, open; reference engine: closed.
    case(
        "X1017-023",
        caption("a woman in a polka dot top and a red skirt"),
        wearing("a black and white polka dot top and a red midi skirt", who="she"),
        color_of("top", "red", "other_garment_color", kind="open"),
        Q.pattern("polka dots"),
        Q.sleeve_length("short sleeves"),
        describe("top", "the top is a top", "restated"),
        details(
            "top",
            "dots, dots, dots, dots, dots, dots, dots, dots, dots, dots, dots, dots, dots, dots, dots,",
            "loop",
            hit_limit=True,
        ),
        title="Zink London Women Black & White Polka Dot Print Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: teal peasant top with white embroidery around the neckline and tasseled neck tie, three-quarter
    # sleeves, no mirror work or sequins, blue jeans; white backdrop. VQA adapter: caption, open; reference: closed.
    case(
        "X1017-024",
        caption("a woman wearing a teal top and blue jeans"),
        wearing("a teal embroidered top and jeans"),
        Q.color("teal"),
        details("top", "embroidery around the neckline and tassels at the tie"),
        describe(
            "top",
            "a teal top with white embroidery at the neck and mirror work and sequins on the sleeves",
            "unsupported",
        ),
        Q.material("rayon", "unsupported"),
        is_a("blouse", "yes"),
        color_of("jeans", "teal", "contradiction", kind="open"),
        title="Global Desi Women Teal Embroidered Top",
        category="Tops",
        color="Teal",
        gender="Women",
    ),
    # photo: white sleeveless round-neck top with thin black horizontal stripes, tucked into a black denim skirt;
    # white backdrop. Feed row lacks the color. VQA adapter: caption, open; reference engine: closed.
    case(
        "X1017-025",
        caption("a woman in a black and white striped top and black skirt"),
        wearing("he is wearing a striped top and a black denim skirt", "pronoun", who="she"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("solid", "contradiction"),
        color_of("skirt", "black", kind="open"),
        describe(
            "top",
            "a white sleeveless top with thin black stripes and a round neck, tucked into a black denim skirt with",
            "cut",
            hit_limit=True,
        ),
        title="Vero Moda Women White & Black Striped Top",
        category="Tops",
        gender="Women",
    ),
    # photo: pastel blue oversized button-down shirt with one chest pocket, half-tucked into black ripped jeans;
    # white backdrop. Feed row lacks the gender. VQA adapter: caption, open; reference engine: closed.
    case(
        "X1017-026",
        caption("a person wearing a light blue shirt and black jeans"),
        wearing(
            "light blue shirt black jeans Question: What is the color of the shirt? Answer: light blue Question: "
            "What is the color of the jeans? Answer: black",
            "leak",
            hit_limit=True,
        ),
        color_of("shirt", "light blue", kind="open"),
        color_of("jeans", "blue", "contradiction", kind="open"),
        Q.garment_type("shirt"),
        details("shirt", "oversized fit, dropped shoulders, button-down collar, one chest pocket"),
        describe("shirt", "oversized", "non_answer"),
        title="Mango Women Blue Oversized Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # photo: olive green long-sleeve henley tee with three buttons at the neck, light blue jeans, white sneakers;
    # white backdrop. VQA adapter: caption, open; reference engine: closed.
    case(
        "X1017-027",
        caption("a man wearing a green shirt and jeans", "pronoun"),
        wearing("an olive green henley t-shirt with long sleeves and light blue jeans", who="she"),
        color_of("t-shirt", "olive"),
        Q.sleeve_length("long sleeves"),
        describe(
            "t-shirt",
            "a green t-shirt with buttons at the neck and long sleeves, made of wool with a hood",
            "unsupported",
        ),
        details("t-shirt", "three buttons at the neck"),
        cloth(
            "henley henley henley henley henley henley henley henley henley henley henley henley henley henley henley",
            "loop",
            hit_limit=True,
        ),
        title="Roadster Women Olive Green Solid Henley T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Women",
    ),
    # photo: black-and-white gingham shirt, short sleeves, no pocket, blue denim mini skirt; white backdrop.
    # VQA adapter: caption, open; reference engine: closed.
    case(
        "X1017-028",
        caption("a woman wearing a checkered shirt and a denim skirt"),
        wearing("checked shirt and blue denim skirt"),
        Q.pattern("checked"),
        Q.color("blue", "contradiction"),
        describe("shirt", "yes", "non_answer"),
        details(
            "shirt",
            "a collar, buttons and short sleeves with a pocket on the left and a zip on the side and lace trim",
            "unsupported",
        ),
        is_a("shirt", "yes"),
        title="People Women Black & White Gingham Checked Shirt",
        category="Shirts",
        color="Black",
        gender="Women",
    ),
    # photo: pink sleeveless top with ruffles at the shoulders and neckline, white skinny jeans; white backdrop,
    # front view only. VQA adapter: caption, open; reference engine: closed.
    case(
        "X1017-029",
        caption("a woman in a pink ruffled top and white jeans"),
        wearing(
            "pink top white jeans pink top white jeans pink top white jeans pink top white jeans pink top white jeans "
            "pink",
            "loop",
            who="she",
            hit_limit=True,
        ),
        color_of("top", "pink"),
        color_of("jeans", "pink", "contradiction", kind="open"),
        details("top", "ruffles at the shoulders and neckline, sleeveless, a keyhole at the back", "unsupported"),
        Q.garment_type("top"),
        title="SASSAFRAS Women Pink Ruffled Sleeveless Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: off-white linen shirt with mandarin collar and roll-up sleeves, beige (khaki) midi skirt; white
    # backdrop. VQA adapter: caption, open; reference engine: closed.
    case(
        "X1017-030",
        caption("a woman wearing a white shirt and a beige skirt"),
        wearing("a white linen shirt and a beige midi skirt"),
        Q.material("linen"),
        Q.color("off white"),
        describe("shirt", "a beige shirt with a mandarin collar and rolled up sleeves", "other_garment_color"),
        details("shirt", "mandarin collar"),
        Q.sleeve_length("long sleeves"),
        is_a("kurta", "yes", "contradiction"),
        title="Fabindia Women Off-White Linen Mandarin Collar Shirt",
        category="Shirts",
        color="Off White",
        gender="Women",
    ),
    # photo: magenta round-neck tee with a white Puma cat logo on the chest, black jeans; white backdrop.
    # VQA adapter: caption, open; reference engine: closed.
    case(
        "X1017-031",
        caption("a woman wearing a pink t-shirt and black jeans"),
        wearing("pink puma t-shirt black jeans"),
        color_of("t-shirt", "pink"),
        describe("t-shirt", "pink", "non_answer"),
        details("t-shirt", "white puma logo on the chest"),
        Q.material("polyester dri-fit with mesh panels on the back", "unsupported"),
        is_a("t-shirt", "no", "contradiction"),
        title="Puma Women Magenta Printed Round Neck T-shirt",
        category="Tshirts",
        color="Magenta",
        gender="Women",
    ),
    # photo: black sheer chiffon long-sleeve blouse over a black camisole, mid-blue jeans; white backdrop.
    # VQA adapter: caption, open; reference engine: closed.
    case(
        "X1017-032",
        caption("a woman in a sheer black blouse and blue jeans"),
        wearing("a black see-through blouse over a black camisole and blue jeans", who="she"),
        color_of("top", "blue", "other_garment_color", kind="open"),
        Q.material("chiffon"),
        Q.sleeve_length("long sleeves"),
        describe(
            "top",
            "the top is black and the top is black and the top is black and the top is black and the top is black "
            "and the top",
            "loop",
            hit_limit=True,
        ),
        title="Vero Moda Women Black Sheer Chiffon Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: red v-neck tee knotted at the front hem, plain sleeves, button-front denim midi skirt; white backdrop.
    # VQA adapter: caption, open; reference engine: closed.
    case(
        "X1017-033",
        caption("a woman wearing a red top and a blue denim skirt with buttons"),
        wearing("a red knotted t-shirt and a button-front denim skirt"),
        Q.color("red"),
        color_of("skirt", "red", "contradiction", kind="open"),
        details("t-shirt", "knot at the front hem Question: What are the skirt details? Answer: buttons", "leak"),
        Q.garment_type("t-shirt"),
        describe(
            "t-shirt",
            "a red v-neck t-shirt with a knot at the front and lace trim on the sleeves and a silver brooch",
            "unsupported",
        ),
        title="Miss Chase Women Red Solid V-Neck Knotted T-shirt",
        category="Tshirts",
        color="Red",
        gender="Women",
    ),
    # photo: dusty rose satin camisole top with lace trim and thin straps, black skinny jeans; white backdrop.
    # VQA adapter: caption, open; reference engine: closed.
    case(
        "X1017-034",
        caption("a woman wearing a pink camisole and black jeans"),
        wearing("she is wearing a pink top", who="she"),
        Q.color("pink"),
        Q.sleeve_length("sleeveless"),
        details(
            "top",
            "lace trim at the neckline, thin straps, satin, lace trim at the neckline, thin straps, satin, lace trim "
            "at the neckline, thin straps,",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton", "contradiction"),
        is_a("dress", "yes", "contradiction"),
        title="Marie Claire Women Rose Satin Lace Trim Camisole Top",
        category="Tops",
        color="Rose",
        gender="Women",
    ),
    # photo: grey-and-white vertical pinstripe formal shirt, long sleeves, navy pencil skirt; light grey backdrop.
    # VQA adapter: caption, open; reference engine: closed.
    case(
        "X1017-035",
        caption("a woman in a grey striped shirt and a navy blue skirt"),
        wearing("a striped shirt and a dark blue skirt"),
        Q.pattern("striped"),
        color_of("shirt", "navy blue", "contradiction"),
        describe("shirt", "describe the shirt", "restated"),
        details("shirt", "vertical stripes, a spread collar, buttoned cuffs and a curved hem"),
        Q.sleeve_length("long sleeves"),
        Q.material("pure silk", "unsupported"),
        title="Arrow Woman Grey Striped Formal Shirt",
        category="Shirts",
        color="Grey",
        gender="Women",
    ),
    # photo: white cropped tee with a small black embroidered heart on the left chest, raw hem, high-waist black
    # flared jeans, black handbag; white backdrop. VQA adapter: caption, open; reference engine: closed.
    case(
        "X1017-036",
        caption("a woman wearing a white crop top and black jeans holding a black bag"),
        wearing(
            "a white t-shirt and black jeans and a black bag and a black bag and a black bag and a black bag and a "
            "black bag",
            "loop",
            who="she",
            hit_limit=True,
        ),
        color_of("t-shirt", "black", "other_garment_color", kind="open"),
        Q.color("white"),
        details("t-shirt", "a small black heart on the chest"),
        Q.garment_type("crop top"),
        describe(
            "t-shirt",
            "a white crop t-shirt with a black heart embroidered on the left side of the chest, short sleeves, a "
            "round neck and a raw hem, worn with high",
            "cut",
            hit_limit=True,
        ),
        title="Tokyo Talkies Women White Solid Crop T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: solid maroon shirt (the seller's "Brown" is wrong), long sleeves rolled up with button tabs, no
    # pockets, black jeans with a black belt; white backdrop. VQA adapter: caption, open; reference engine: closed.
    case(
        "X1017-037",
        caption("a woman wearing a maroon shirt and black jeans"),
        wearing("a maroon shirt and black jeans"),
        Q.color("maroon"),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        describe(
            "shirt",
            "a maroon shirt with a collar, buttons and long sleeves rolled up and fastened with tabs, tucked into "
            "black jeans with a black belt and a silver",
            "cut",
            hit_limit=True,
        ),
        details("shirt", "epaulettes on the shoulders, roll-up tabs, two flap pockets and a hood", "unsupported"),
        is_a("shirt", "yes"),
        title="Roadster Women Brown Solid Casual Shirt",
        category="Shirts",
        color="Brown",
        gender="Women",
    ),
    # photo: short-sleeve round-neck top with an all-over blue and orange paisley print, white jeans, tan flat
    # sandals; white backdrop. VQA adapter: caption, open; reference engine: closed.
    case(
        "X1017-038",
        caption("a woman wearing a colorful printed top and white jeans"),
        wearing("a blue and orange printed top and white jeans", who="she"),
        Q.color("white", "contradiction"),
        Q.pattern("paisley"),
        describe(
            "top",
            "a printed top with short sleeves and a round neck, with a blue and orange paisley print all over. she "
            "is wearing white jeans and brown sandals and a",
            "cut",
            hit_limit=True,
        ),
        details("top", "top", "non_answer"),
        title="Global Desi Women Multicoloured Printed Top",
        category="Tops",
        color="Multi",
        gender="Women",
    ),
    # photo: charcoal grey tee with "NYC 1987" varsity print in white, no patch, blue mom jeans; white backdrop.
    # VQA adapter: caption, open; reference engine: closed.
    case(
        "X1017-039",
        caption("a woman in a dark grey nyc t-shirt and blue jeans"),
        wearing("grey t-shirt with white print and mom jeans"),
        color_of("t-shirt", "grey"),
        describe(
            "t-shirt",
            "a dark grey t-shirt with nyc 1987 in white letters and a leather patch on the sleeve",
            "unsupported",
        ),
        details("t-shirt", "Question: What are the t-shirt details? Answer: nyc print", "leak"),
        Q.pattern("graphic"),
        Q.material("100% organic cotton with a soft peach finish", "unsupported"),
        title="Roadster Women Charcoal Grey Printed T-shirt",
        category="Tshirts",
        color="Charcoal",
        gender="Women",
    ),
    # photo: sea green puff-sleeve top with a smocked bodice, square neck and ruffled hem, light blue jeans, white
    # sneakers; white backdrop. VQA adapter: caption, open; reference engine: closed.
    case(
        "X1017-040",
        caption("a woman wearing a green top with puffy sleeves and jeans"),
        wearing("he is wearing a green top and blue jeans", "pronoun", who="she"),
        Q.color("green"),
        Q.sleeve_length("short sleeves"),
        details("top", "smocked bodice, puff sleeves, square neck"),
        describe("top", "a light blue top with puff sleeves", "other_garment_color"),
        is_a("blouse", "yes"),
        cloth(
            "a sea green top with puff sleeves, smocked bodice, square neckline and a ruffled hem, paired with light "
            "blue jeans and white",
            "cut",
            hit_limit=True,
        ),
        title="Berrylush Women Sea Green Puff Sleeve Smocked Top",
        category="Tops",
        color="Sea Green",
        gender="Women",
    ),
    # photo: white shirt with blue vertical stripes tucked into a tan A-line skirt; white backdrop. Feed row lacks
    # the category. VQA adapter: caption, open; reference engine: closed.
    case(
        "X1017-041",
        caption("a woman wearing a blue and white striped shirt and a tan skirt"),
        wearing(
            "striped shirt, tan skirt, striped shirt, tan skirt, striped shirt, tan skirt, striped shirt, tan skirt, "
            "striped shirt, tan skirt",
            "loop",
            hit_limit=True,
        ),
        Q.color("white"),
        Q.pattern("striped"),
        color_of("shirt", "tan", "other_garment_color", kind="open"),
        details("shirt", "stripes, collar, buttons, cuffs"),
        describe("shirt", "the shirt that the person is wearing", "restated"),
        title="Mast & Harbour Women White & Blue Striped Shirt",
        color="White",
        gender="Women",
    ),
    # photo: fitted black turtleneck top, long sleeves, grey-and-white plaid mini skirt, black tights, black ankle
    # boots; white backdrop. VQA adapter: caption, open; reference engine: closed.
    case(
        "X1017-042",
        caption("a woman wearing a black turtleneck and a grey plaid skirt"),
        wearing("black top and checked skirt"),
        Q.pattern("checked", "contradiction"),
        Q.color("black"),
        describe(
            "top",
            "a fitted black top with a high turtleneck and long sleeves, tucked into a grey and white checked mini "
            "skirt, black tights and black ankle",
            "cut",
            hit_limit=True,
        ),
        details("top", "what are the top details", "restated"),
        Q.sleeve_length("long sleeves"),
        title="Marks & Spencer Women Black Solid Turtle Neck Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: royal blue sleeveless shell top with a keyhole neckline and a button at the nape, plain front, white
    # midi skirt; white backdrop. VQA adapter: caption, open; reference engine: closed.
    case(
        "X1017-043",
        caption("a woman wearing a blue top and a white skirt"),
        wearing("a royal blue sleeveless top and a white skirt", who="she"),
        color_of("top", "white", "other_garment_color", kind="open"),
        Q.garment_type("dress", "contradiction"),
        details("top", "a keyhole at the neck with a button"),
        describe(
            "top",
            "a royal blue sleeveless top with a keyhole neckline, pleated front and a gold chain belt",
            "unsupported",
        ),
        Q.sleeve_length("sleeveless"),
        title="AND Women Blue Solid Keyhole Neck Top",
        category="Tops",
        color="Blue",
        gender="Women",
    ),
    # photo: lavender button-down shirt with a chest pocket, sleeves rolled up, white jeans; white backdrop.
    # VQA adapter: caption, open; reference engine: closed.
    case(
        "X1017-044",
        caption("a woman wearing a purple shirt and white jeans"),
        wearing("lavender shirt and white jeans Question: What is the color of the shirt? Answer: lavender", "leak"),
        color_of("shirt", "purple"),
        color_of("jeans", "purple", "contradiction", kind="open"),
        details("shirt", "button down collar, long sleeves rolled up, a chest pocket"),
        is_a("shirt", "yes"),
        Q.material("denim", "unsupported"),
        describe("shirt", "a white shirt with a chest pocket and rolled up sleeves", "other_garment_color"),
        title="United Colors of Benetton Women Solid Lavender Shirt",
        category="Shirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: black tee with a white skull graphic, knotted at the waist, red tartan mini skirt; white backdrop.
    # VQA adapter: caption, open; reference engine: closed.
    case(
        "X1017-045",
        caption("a woman wearing a black t-shirt with a white skull on it and a red plaid skirt"),
        wearing("a black t-shirt and a red checked skirt", who="she"),
        color_of("t-shirt", "red", "other_garment_color", kind="open"),
        Q.pattern("graphic"),
        describe(
            "t-shirt",
            "a black t-shirt with a skull print Question: Describe the skirt. Answer: red plaid mini skirt Question: "
            "Describe the",
            "leak",
            hit_limit=True,
        ),
        Q.material("cotton"),
        details("t-shirt", "the details of the t-shirt", "restated"),
        title="Bewakoof Women Black Graphic Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="Black",
        gender="Women",
    ),
    # photo: navy shirt printed with small white flowers, short sleeves, light blue jeans; white backdrop.
    # VQA adapter: caption, open; reference engine: closed.
    case(
        "X1017-046",
        caption("a woman in a blue floral shirt and light blue jeans"),
        wearing("a light blue shirt and light blue jeans", "other_garment_color"),
        Q.color("white", "contradiction"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeves"),
        details(
            "shirt",
            "flowers flowers flowers flowers flowers flowers flowers flowers flowers flowers flowers flowers flowers "
            "flowers flowers flowers flowers flowers flowers flowers flowers flowers flowers flowers flowers",
            "loop",
            hit_limit=True,
        ),
        describe("shirt", "the shirt is a shirt that is a shirt", "restated"),
        title="Harpa Women Navy Blue Floral Print Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Women",
    ),
]
