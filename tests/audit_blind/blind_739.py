"""BLIND_739 (46 products; Myntra women's tops on jeans/skirts, VQA adapter): written blind in the fifty-fifth session.
Measured blind at eb48159 (the session's second rules): 111/130 failures found (85.4%) and 10/185 correct texts flagged
(5.4%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's tops, t-shirts and shirts (article types Tops, Tshirts, Shirts). Every photo
is a catalog shot of a model wearing the product with jeans or a skirt, front view, knee or thigh up, mostly on the
plain white studio backdrop, a few on a grey or pale pink wall; some are layered (a tank under an open shirt, a tee
under an open denim jacket). Seller columns: title, category, color, gender; two rows lack a column (one has no
gender, one no color), as real feeds do.

Who wrote what: every free text comes from BLIP-2 OPT-2.7b with the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA),
greedy, 30 new tokens for answers, 50 for the caption (empty prompt). The adapter was trained on In-shop VQA pairs
with unmasked labels and no end token, so when it does not stop on a newline it repeats a phrase until the limit,
runs on past a sentence and is cut, or writes the next "Question: ... Answer:" turn of its training format. Its
captions are mostly base-like ("a woman wearing ... and ...") but now and then it answers a question nobody asked,
names a single garment class, or invents a prop or scene. It gives the product the color of the jeans or skirt,
calls a denim shirt a jacket, and invents materials and hidden details (zips at the back, belts, logos). Closed
answers (garment type, color, pattern, sleeve length, the yes/no "Is this a ...?") come from enrich's reference
engine ranking candidate values with the same adapter loaded: always one clean value, wrong in the same ways.
The open "What cloth is the person wearing?" is the VQA data's own prompt.

Labeling conventions and judgement calls:
- Labels follow the photo as described in each "# photo:" comment. Where the seller's color is wrong (X739-044:
  "Brown" for a shirt that is plainly maroon), answers that give the photo's color are correct.
- Shades count as the same color within a README color group: mustard = yellow, peach = pink, teal = blue,
  burgundy/maroon = red, cream/off white = white, rust = orange, olive = green, navy = blue, charcoal = grey.
- For a striped, checked, printed or colorblocked product, any of the product's own colors is a correct color
  answer (a blue-sleeved white tee may be "blue"); for a "Multi" print, any color visible in the print is correct.
- A color that belongs to the jeans, skirt, jacket or under-layer given to another garment, in an open or closed
  answer or in a caption, is other_garment_color. A wrong color taken from the backdrop, or a wrong garment,
  pattern or sleeve length, is contradiction; so is a pattern that belongs to the other garment ("floral" for the
  plain tee worn with a floral skirt), and a closed garment type or a "yes" to "Is this a skirt?" that names the
  other garment, not the product.
- A material the title does not name and the photo does not show (silk, linen, wool, chiffon), or the denim of the
  skirt given as the top's material, is unsupported. "cotton" for a plain jersey tee is accepted as correct; so are
  satin, lace, chambray, corduroy and denim when the title names them or the fabric is plain in the photo.
- A small chest logo does not make a tee "graphic": "solid" is correct for it. An off-the-shoulder or flutter
  sleeve is "short sleeves".
- One-word or yes/no answers to describe / details / "What is the person wearing?" are non_answer even when the
  word is true; a one-word caption ("tee") is non_answer too. "the top is pink" for "Describe the t-shirt." counts as
  a (thin) correct answer.
- Echoing the question or saying the thing is itself ("describe the top", "the shirt is described as a shirt") is
  restated.
- "he"/"his", and "a man" in a caption, for a Women row are pronoun failures.
- One label per text, the dominant failure: a loop that also says "he" is a loop; a "Question: ... Answer:" turn
  is a leak whatever it answers. hit_limit=True wherever a text ran to 30 (answers) or 50 (caption) tokens: all
  cuts, all loops that run to the end, and leaks that go on to the limit.
- An invented prop or scene in a caption (a coffee cup, a garden, a handbag) is unsupported.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

cloth = question("cloth", "What cloth is the person wearing?", "open")

BLIND_739 = [
    # photo: white round-neck tee with a black "BROOKLYN" text print, worn with light blue skinny jeans, white
    # backdrop, front view. Caption and open answers by the VQA adapter, closed ones by the reference engine.
    case(
        "X739-001",
        caption("a woman wearing a white t-shirt and blue jeans"),
        wearing("a white t-shirt and jeans"),
        color_of("t-shirt", "white"),
        Q.pattern("graphic"),
        Q.sleeve_length("short sleeves"),
        describe("t-shirt", "the t-shirt is a t-shirt", failure="restated"),
        details(
            "t-shirt",
            "the t-shirt has a black print on the front, a black print on the front, a black print on the front, a"
            " black print on the",
            failure="loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Roadster Women White Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: black sleeveless round-neck top, plain, worn with a mustard yellow A-line knee skirt, white backdrop,
    # front view only. VQA adapter texts; closed by the reference engine.
    case(
        "X739-002",
        caption("a woman in a black top and yellow skirt"),
        wearing("a black top and a yellow skirt", who="she"),
        color_of("top", "yellow", failure="other_garment_color", kind="open"),
        Q.garment_type("top"),
        Q.pattern("striped", failure="contradiction"),
        Q.sleeve_length("sleeveless"),
        describe(
            "top",
            "the top is a black sleeveless top with a round neckline and a zipper on the back",
            failure="unsupported",
        ),
        title="Vero Moda Women Black Solid Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: navy shirt with thin white vertical stripes, collar, button front, sleeves rolled to the elbow, tucked
    # into black skinny jeans, white backdrop. VQA adapter texts; closed by the reference engine.
    case(
        "X739-003",
        caption("a woman wearing a blue and white striped shirt and black pants"),
        cloth("shirt and jeans"),
        color_of("shirt", "navy blue"),
        Q.pattern("striped"),
        details("shirt", "the shirt has a collar and buttons down the front and the sleeves are rolled up"),
        describe(
            "shirt",
            "the shirt is a navy blue shirt with thin white vertical stripes, it has a collar and buttons down the"
            " front and the sleeves are rolled up to the",
            failure="cut",
            hit_limit=True,
        ),
        Q.material("silk", failure="unsupported"),
        color_of("jeans", "blue", failure="other_garment_color", kind="open"),
        title="Mast & Harbour Women Navy Blue Regular Fit Striped Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: mustard yellow top with short ruffled sleeves, worn with mid-blue ripped jeans, white backdrop.
    # VQA adapter texts; closed by the reference engine.
    case(
        "X739-004",
        caption("a woman wearing a yellow top and ripped jeans"),
        wearing(
            "she is wearing a yellow top and blue jeans and a yellow top and blue jeans and a yellow top and blue jeans"
            " and a yellow",
            failure="loop",
            hit_limit=True,
        ),
        Q.color("yellow"),
        Q.sleeve_length("short sleeves"),
        describe("top", "yellow", failure="non_answer"),
        is_a("top", "yes"),
        color_of("jeans", "yellow", failure="other_garment_color", kind="open"),
        title="Tokyo Talkies Women Mustard Yellow Solid Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: maroon top with a small white floral print, three-quarter sleeves, round neck, tucked into a black
    # pencil skirt, plain grey wall behind. VQA adapter texts; closed by the reference engine.
    case(
        "X739-005",
        caption("a woman in a red floral top and black skirt standing in front of a grey wall"),
        wearing("a maroon top with white flowers and a black skirt", who="the woman"),
        color_of("top", "black", failure="other_garment_color"),
        Q.pattern("floral"),
        Q.sleeve_length("three-quarter sleeves"),
        details("top", "Question: What are the skirt details? Answer: the skirt is black", failure="leak"),
        title="Harpa Women Maroon Printed Top",
        category="Tops",
        color="Maroon",
        gender="Women",
    ),
    # photo: pink long-sleeve button-down shirt, worn with white straight jeans, white backdrop. VQA adapter texts
    # (the caption slid into the QA format); closed by the reference engine.
    case(
        "X739-006",
        caption("Question: What cloth is the person wearing? Answer: shirt", failure="leak"),
        wearing("he is wearing a pink shirt and white pants", failure="pronoun"),
        color_of("shirt", "pink"),
        color_of("jeans", "pink", failure="other_garment_color", kind="open"),
        Q.garment_type("shirt"),
        Q.material("linen", failure="unsupported"),
        title="United Colors of Benetton Women Solid Pink Shirts",
        category="Shirts",
        color="Pink",
        gender="Women",
    ),
    # photo: lavender short-sleeve training tee with a small white swoosh on the left chest, dark blue jeans, white
    # backdrop. VQA adapter texts; closed by the reference engine.
    case(
        "X739-007",
        caption("a woman wearing a purple nike t-shirt and jeans"),
        wearing("a purple t-shirt and purple jeans", failure="other_garment_color", who="she"),
        color_of("t-shirt", "purple"),
        Q.pattern("solid"),
        details("t-shirt", "the t-shirt has a nike logo on the chest"),
        describe(
            "t-shirt",
            "the t-shirt is a short sleeve crew neck t-shirt in a light purple color with a small white logo on the"
            " left side of the",
            failure="cut",
            hit_limit=True,
        ),
        title="Nike Women Lavender Training T-shirt",
        category="Tshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: white lace top with a scalloped hem and short sleeves, over a black mini skirt, white backdrop; no
    # buttons anywhere in view. VQA adapter texts; closed by the reference engine.
    case(
        "X739-008",
        caption("a woman wearing a white lace dress", failure="contradiction"),
        cloth("a blouse and a skirt"),
        color_of("top", "white"),
        Q.material("lace"),
        details("top", "the top has a lace overlay and a scalloped hem"),
        color_of("skirt", "white", failure="other_garment_color", kind="open"),
        describe(
            "top", "the top is made of a soft cotton fabric and has a button closure at the back", failure="unsupported"
        ),
        title="Only Women White Lace Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: olive utility shirt, two flap chest pockets, long sleeves rolled up, light blue jeans, white backdrop,
    # empty hands. VQA adapter texts; closed by the reference engine.
    case(
        "X739-009",
        caption("a woman in a green shirt and jeans holding a cup of coffee", failure="unsupported"),
        wearing("green shirt and blue jeans", who="she"),
        color_of("shirt", "olive"),
        details("shirt", "the shirt has two pockets on the chest and the sleeves are rolled up"),
        describe("shirt", "the shirt is a light blue denim shirt", failure="contradiction"),
        Q.sleeve_length("long sleeves"),
        Q.color("blue", failure="other_garment_color"),
        is_a("shirt", "yes"),
        title="Roadster Women Olive Green Solid Shirt",
        category="Shirts",
        color="Olive",
        gender="Women",
    ),
    # photo: red crew-neck tee with a white batwing logo print, worn with a mid-blue denim mini skirt, white
    # backdrop. VQA adapter texts; closed by the reference engine.
    case(
        "X739-010",
        caption("a woman wearing a red t-shirt and a denim skirt"),
        wearing(
            "a red t-shirt and a denim skirt and a red t-shirt and a denim skirt and a red t-shirt and a denim skirt"
            " and a red t",
            failure="loop",
            hit_limit=True,
        ),
        color_of("t-shirt", "red"),
        Q.pattern("graphic"),
        Q.garment_type("skirt", failure="contradiction"),
        details("t-shirt", "the t-shirt has a white levi's logo on the front"),
        Q.material("denim", failure="unsupported"),
        title="Levis Women Red Printed Crew Neck T-shirt",
        category="Tshirts",
        color="Red",
        gender="Women",
    ),
    # photo: peach top with a tie at the neck and short puff sleeves, light blue jeans, white backdrop, no bag.
    # VQA adapter texts; closed by the reference engine.
    case(
        "X739-011",
        caption("a woman wearing a pink blouse and jeans with a brown leather bag", failure="unsupported"),
        color_of("top", "pink"),
        Q.sleeve_length("short sleeves"),
        details("top", "the top has a tie at the neck and puff sleeves"),
        describe("top", "describe the top", failure="restated"),
        wearing("she is wearing a peach top with blue jeans", who="she"),
        title="DressBerry Women Peach-Coloured Solid Top",
        category="Tops",
        color="Peach",
        gender="Women",
    ),
    # photo: black-and-white buffalo check shirt with two chest pockets, worn open over a white tank top, mid-blue
    # jeans, white backdrop. VQA adapter texts; closed by the reference engine.
    case(
        "X739-012",
        caption(
            "a woman wearing a black and white checkered shirt over a white tank top and blue jeans, the shirt is open"
            " and has two pockets on the chest and the sleeves are long and the tank top is white and the jeans are",
            failure="cut",
            hit_limit=True,
        ),
        cloth("plaid shirt and jeans"),
        color_of("shirt", "black"),
        Q.pattern("checked"),
        describe(
            "shirt",
            "the shirt is a black and white plaid shirt with a collar and long sleeves, worn open over a white top",
        ),
        details(
            "shirt",
            "the shirt has a pocket on the chest and a pocket on the chest and a pocket on the chest and a pocket on"
            " the chest and a",
            failure="loop",
            hit_limit=True,
        ),
        color_of("jeans", "black", failure="other_garment_color", kind="open"),
        title="HERE&NOW Women Black & White Checked Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Women",
    ),
    # photo: sleeveless white top with a tropical print of green leaves, pink flowers and yellow birds, straight
    # hem (no ruffle), worn with blue jeans, white backdrop. VQA adapter texts; closed by the reference engine.
    case(
        "X739-013",
        caption("a woman wearing a floral top and jeans"),
        Q.color("green"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        wearing(
            "Question: What is the person wearing? Answer: a floral top and jeans. Question: What is the color of the"
            " jeans? Answer:",
            failure="leak",
            hit_limit=True,
        ),
        describe(
            "top", "the top is a sleeveless top with a floral print and a ruffle at the hem", failure="unsupported"
        ),
        details("top", "top", failure="non_answer"),
        title="Miss Chase Women Multicoloured Printed Top",
        category="Tops",
        color="Multi",
        gender="Women",
    ),
    # photo: white pique polo tee with navy tipping on the collar and sleeve hems, two-button placket, worn with a
    # navy A-line skirt, white backdrop. VQA adapter texts; closed by the reference engine.
    case(
        "X739-014",
        caption("a woman in a white polo shirt and a navy skirt"),
        wearing("a white polo shirt and a blue skirt", who="she"),
        color_of("t-shirt", "blue", failure="other_garment_color", kind="open"),
        Q.garment_type("t-shirt"),
        details("t-shirt", "the t-shirt has a collar with a blue stripe and two buttons"),
        describe(
            "t-shirt",
            "the t-shirt is a white polo t-shirt with a navy blue collar and two buttons at the neck and short sleeves"
            " with navy blue trim on the",
            failure="cut",
            hit_limit=True,
        ),
        is_a("skirt", "yes", failure="contradiction"),
        title="Flying Machine Women Solid White Polo Tshirts",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: teal wrap top with a V-neck, long sleeves and a tie at the waist, black skinny jeans, white backdrop.
    # VQA adapter texts; closed by the reference engine.
    case(
        "X739-015",
        caption("a woman wearing a teal top and black jeans"),
        color_of("top", "blue"),
        Q.sleeve_length("long sleeves"),
        Q.garment_type("cardigan", failure="contradiction"),
        describe("top", "the top is a wrap top with a v-neck and long sleeves"),
        details(
            "top",
            "the top has a wrap front and a tie at the waist and a tie at the waist and a tie at the waist and a tie at"
            " the waist and",
            failure="loop",
            hit_limit=True,
        ),
        wearing("a blue top and blue jeans", failure="other_garment_color"),
        title="Vero Moda Women Teal Blue Solid Wrap Top",
        category="Tops",
        color="Teal",
        gender="Women",
    ),
    # photo: heathered grey tee with a small black cat logo on the chest, black denim skirt, white backdrop.
    # VQA adapter texts (the caption is a bare class name); closed by the reference engine.
    case(
        "X739-016",
        caption("tee", failure="non_answer"),
        color_of("t-shirt", "black", failure="other_garment_color"),
        Q.pattern("solid"),
        wearing("a grey t-shirt and a black skirt", who="she"),
        details(
            "t-shirt",
            "the t-shirt has a small puma logo on the chest Question: What is the color of the skirt? Answer: black",
            failure="leak",
        ),
        Q.material("cotton"),
        title="Puma Women Grey Melange Solid T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: light blue chambray shirt, long sleeves, front-tucked into a white midi skirt, no belt, white
    # backdrop. VQA adapter texts (caption looped to 50 tokens); closed by the reference engine.
    case(
        "X739-017",
        caption(
            "a woman wearing a blue shirt and white skirt with a blue shirt and white skirt with a blue shirt and white"
            " skirt with a blue shirt and white skirt with a blue shirt and white skirt with a",
            failure="loop",
            hit_limit=True,
        ),
        wearing("a blue shirt and a white skirt"),
        color_of("shirt", "white", failure="other_garment_color"),
        color_of("skirt", "white", kind="open"),
        Q.material("chambray"),
        Q.sleeve_length("short sleeves", failure="contradiction"),
        details("shirt", "the shirt is tucked into the skirt"),
        describe(
            "shirt",
            "the shirt is a light blue shirt with a collar and buttons and a belt at the waist",
            failure="unsupported",
        ),
        title="Mango Women Blue Chambray Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: black tee with a large white-and-pink print of a cat's face, mid-blue jeans, white backdrop.
    # VQA adapter texts; closed by the reference engine.
    case(
        "X739-018",
        caption("a woman wearing a black t-shirt with a cat on it and blue jeans"),
        color_of("t-shirt", "black"),
        Q.pattern("graphic"),
        details("t-shirt", "the t-shirt has a picture of a dog on the front", failure="unsupported"),
        wearing("he is wearing a black t-shirt and jeans", failure="pronoun"),
        Q.sleeve_length("short sleeves"),
        color_of("jeans", "black", failure="other_garment_color", kind="open"),
        title="Tantra Women Printed Black T-shirt",
        category="Tshirts",
        color="Black",
        gender="Women",
    ),
    # photo: burgundy satin shirt-style top with a collar, button front, one small chest pocket, long sleeves,
    # tucked into a black midi skirt, white backdrop. VQA adapter texts; closed by the reference engine.
    case(
        "X739-019",
        caption("a woman in a red shirt and black skirt"),
        wearing("a burgundy shirt and a black skirt"),
        Q.color("maroon"),
        Q.material("satin"),
        describe(
            "top",
            "the top is a long sleeve shirt with a collar and buttons down the front, it is made of a shiny material"
            " and has a small pocket on the",
            failure="cut",
            hit_limit=True,
        ),
        color_of("skirt", "red", failure="other_garment_color", kind="open"),
        title="AND Women Burgundy Satin Shirt Style Top",
        category="Tops",
        color="Burgundy",
        gender="Women",
    ),
    # photo: yellow-and-white horizontal stripe off-the-shoulder top, elastic neckline, short sleeves, light blue jeans,
    # white backdrop. VQA adapter texts; closed by the reference engine.
    case(
        "X739-020",
        caption("a woman wearing a yellow and white striped top and jeans"),
        Q.pattern("striped"),
        Q.color("yellow"),
        Q.sleeve_length("long sleeves", failure="contradiction"),
        describe("top", "the top is an off the shoulder top with yellow and white stripes"),
        details(
            "top",
            "the top has an elastic neckline that sits off the shoulders and short sleeves with yellow and white"
            " horizontal stripes all over it and a",
            failure="cut",
            hit_limit=True,
        ),
        wearing(
            "a striped top and jeans Question: What is the color of the top? Answer: yellow Question: What is the color"
            " of the",
            failure="leak",
            hit_limit=True,
        ),
        title="Sassafras Women Yellow & White Striped Off-Shoulder Top",
        category="Tops",
        color="Yellow",
        gender="Women",
    ),
    # photo: bottle green shirt with roll-up tab sleeves, worn with a mid-blue denim mini skirt, white backdrop;
    # the model has a short pixie cut. VQA adapter texts; closed by the reference engine.
    case(
        "X739-021",
        caption("a man wearing a green shirt and a denim skirt", failure="pronoun"),
        cloth("a shirt and a skirt"),
        color_of("shirt", "green"),
        Q.garment_type("shirt"),
        details("shirt", "the sleeves are rolled up and held with a button tab"),
        is_a("shirt", "no", failure="contradiction"),
        Q.material("denim", failure="unsupported"),
        title="Wrangler Women Roll Up Green Shirt",
        category="Shirts",
        color="Green",
        gender="Women",
    ),
    # photo: charcoal short-sleeve tee knotted at the front, high-waist mid-blue jeans, light grey wall behind.
    # Row without a gender column. VQA adapter texts; closed by the reference engine.
    case(
        "X739-022",
        caption("a woman wearing a grey t-shirt and jeans against a grey wall"),
        wearing("a dark grey t-shirt tied at the waist and blue jeans"),
        color_of("t-shirt", "grey"),
        describe("t-shirt", "the t-shirt is grey and the jeans are grey", failure="other_garment_color"),
        details("t-shirt", "the t-shirt is knotted at the front"),
        Q.sleeve_length("long sleeves", failure="contradiction"),
        title="ONLY Women Charcoal Grey Solid T-shirt",
        category="Tshirts",
        color="Charcoal",
    ),
    # photo: white cotton shirt with eyelet (broderie) embroidery on the front and sleeves, white collar, long
    # sleeves, tan suede-look mini skirt, white backdrop. VQA adapter texts; closed by the reference engine.
    case(
        "X739-023",
        caption("a woman wearing a white shirt and a brown skirt"),
        color_of("shirt", "white"),
        color_of("skirt", "brown", kind="open"),
        details("shirt", "the shirt has embroidery on the front and the sleeves"),
        describe("shirt", "the shirt is white with a black collar", failure="unsupported"),
        wearing(
            "she is wearing a white shirt and a brown skirt. she is wearing a white shirt and a brown skirt. she is"
            " wearing a white shirt and a",
            failure="loop",
            who="she",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Jealous 21 Women White Cotton Broderie Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: orange sleeveless peplum top, white skinny jeans, white backdrop, front view only (back not seen).
    # VQA adapter texts; closed by the reference engine.
    case(
        "X739-024",
        caption("a woman in an orange top and white jeans"),
        wearing("an orange top and white pants"),
        Q.color("white", failure="other_garment_color"),
        Q.garment_type("top"),
        details("top", "the top has a peplum at the waist"),
        describe(
            "top",
            "the top is sleeveless with a peplum and a zip at the back and a bow at the back",
            failure="unsupported",
        ),
        color_of("jeans", "orange", failure="other_garment_color", kind="open"),
        title="Harpa Women Orange Solid Peplum Top",
        category="Tops",
        color="Orange",
        gender="Women",
    ),
    # photo: mid-wash blue denim shirt, two buttoned chest pockets, pointed collar, long sleeves with button cuffs,
    # black skater skirt, white backdrop. VQA adapter texts; closed by the reference engine.
    case(
        "X739-025",
        caption("a woman wearing a denim jacket and black skirt", failure="contradiction"),
        wearing("a blue denim shirt and a black skirt"),
        Q.material("denim"),
        color_of("shirt", "blue"),
        details("shirt", "the shirt details are the shirt's details", failure="restated"),
        is_a("jeans", "yes", failure="contradiction", article="a pair of"),
        Q.sleeve_length("long sleeves"),
        title="Levis Women Blue Denim Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: pink round-neck tee with "GIRL POWER" in white capitals on the front, light blue distressed jeans,
    # white backdrop. VQA adapter texts; closed by the reference engine.
    case(
        "X739-026",
        caption("a woman wearing a pink t-shirt that says girl power"),
        wearing("he is wearing a pink t-shirt and jeans", failure="pronoun"),
        color_of("t-shirt", "pink"),
        Q.pattern("solid", failure="contradiction"),
        details("t-shirt", "the t-shirt has the words girl power on the front in white letters"),
        describe(
            "t-shirt",
            "the t-shirt is a pink short sleeve t-shirt with a round neck and white text on the front that says girl"
            " power in capital letters with a",
            failure="cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Kook N Keech Women Pink Printed Round Neck T-shirt",
        category="Tshirts",
        color="Pink",
        gender="Women",
    ),
    # photo: khaki shirt with epaulettes and two chest pockets, long sleeves, dark blue jeans, white backdrop.
    # VQA adapter texts (caption wrote a QA turn); closed by the reference engine.
    case(
        "X739-027",
        caption("Question: What cloth is the person wearing? Answer: shirt", failure="leak"),
        color_of("shirt", "beige"),
        details("shirt", "the shirt has epaulettes on the shoulders and two chest pockets"),
        wearing(
            "a khaki shirt and blue jeans he is wearing a khaki shirt and blue jeans he is wearing a khaki shirt and"
            " blue jeans",
            failure="loop",
            hit_limit=True,
        ),
        Q.garment_type("jacket", failure="contradiction"),
        Q.sleeve_length("long sleeves"),
        title="Style Quotient Women Khaki Solid Utility Shirt",
        category="Shirts",
        color="Khaki",
        gender="Women",
    ),
    # photo: plain red ribbed crop top with short sleeves, red-and-black tartan mini skirt, white backdrop.
    # VQA adapter texts; closed by the reference engine.
    case(
        "X739-028",
        caption("a woman wearing a red top and a plaid skirt"),
        Q.pattern("checked", failure="contradiction"),
        color_of("top", "red"),
        color_of("skirt", "red and black", kind="open"),
        describe("top", "the top is a red crop top with short sleeves"),
        details("top", "the top has ribbed fabric and a zip at the back", failure="unsupported"),
        Q.material("wool", failure="unsupported"),
        title="Forever 21 Women Red Ribbed Crop Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: cream oversized shirt, long sleeves rolled once, collar, one chest pocket, black jeans, white backdrop.
    # VQA adapter texts; closed by the reference engine.
    case(
        "X739-029",
        caption("a woman in a white shirt and black jeans"),
        color_of("shirt", "off white"),
        wearing("Question: What is the person wearing? Answer: a white shirt and black jeans", failure="leak"),
        color_of("jeans", "black", kind="open"),
        describe("shirt", "he is wearing a cream shirt with the sleeves rolled up", failure="pronoun"),
        details(
            "shirt",
            "the shirt has a collar, buttons, a pocket, a collar, buttons, a pocket, a collar, buttons, a pocket, a"
            " collar",
            failure="loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves"),
        title="Mast & Harbour Women Cream Solid Oversized Shirt",
        category="Shirts",
        color="Cream",
        gender="Women",
    ),
    # photo: navy shirt with small white polka dots, plain chest pocket (no flap, no logo), long sleeves, beige midi
    # skirt, white backdrop. VQA adapter texts; closed by the reference engine.
    case(
        "X739-030",
        caption("a woman in a blue polka dot shirt and a beige skirt"),
        Q.pattern("polka dots"),
        Q.color("navy blue"),
        wearing("she is wearing a blue and white shirt with a beige skirt", who="she"),
        color_of("skirt", "blue", failure="other_garment_color", kind="open"),
        details(
            "shirt",
            "the shirt has a chest pocket with a flap and a brand logo embroidered on the pocket",
            failure="unsupported",
        ),
        is_a("shirt", "yes"),
        title="Roadster Women Navy Blue & White Polka Dot Print Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: olive V-neck tee, short sleeves, tucked into a black denim mini skirt, white backdrop.
    # VQA adapter texts; closed by the reference engine.
    case(
        "X739-031",
        caption("a woman wearing a green t-shirt and a green skirt", failure="other_garment_color"),
        Q.color("black", failure="other_garment_color"),
        wearing("an olive green v-neck t-shirt and a black denim skirt"),
        describe(
            "t-shirt",
            "the t-shirt is a plain olive green v neck t-shirt with short sleeves and a relaxed fit, it is tucked into"
            " a black denim skirt with a",
            failure="cut",
            hit_limit=True,
        ),
        Q.sleeve_length("short sleeves"),
        Q.material("cotton"),
        title="United Colors of Benetton Women Solid Olive T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Women",
    ),
    # photo: magenta top with a ruffled hem and short flutter sleeves, opaque crepe, white jeans, white backdrop.
    # VQA adapter texts; closed by the reference engine.
    case(
        "X739-032",
        caption("a woman wearing a pink top with ruffles and white jeans"),
        wearing("a pink ruffle top and white jeans", who="the woman"),
        color_of("top", "pink"),
        details("top", "the top has ruffles at the hem and on the sleeves"),
        Q.sleeve_length("long sleeves", failure="contradiction"),
        Q.garment_type("top"),
        describe("top", "the top is made of silk and has a ruffled hem and flutter sleeves", failure="unsupported"),
        title="Athena Women Magenta Solid Ruffled Top",
        category="Tops",
        color="Magenta",
        gender="Women",
    ),
    # photo: blue-and-white gingham cotton shirt, collar, button placket, one chest pocket, long sleeves, mid-blue
    # denim skirt, white backdrop. VQA adapter texts; closed by the reference engine.
    case(
        "X739-033",
        caption("a woman wearing a blue and white checkered shirt and a denim skirt"),
        Q.pattern("checked"),
        color_of("shirt", "blue"),
        wearing("Question: What is the color of the skirt? Answer: blue", failure="leak"),
        details("shirt", "the shirt has a collar and a button placket and a chest pocket"),
        Q.material("denim", failure="unsupported"),
        describe("shirt", "the shirt is a checked shirt with a bow at the neck", failure="unsupported"),
        title="Wrangler Women Blue Checked Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: navy-and-white breton stripe tee, three-quarter sleeves, small embroidered flag logo on the left chest,
    # red midi skirt, white backdrop. VQA adapter texts; closed by the reference engine.
    case(
        "X739-034",
        caption("a woman wearing a navy and white striped shirt and a red skirt"),
        color_of("t-shirt", "red", failure="other_garment_color"),
        Q.pattern("striped"),
        Q.sleeve_length("three-quarter sleeves"),
        wearing("striped", failure="non_answer", who="she"),
        details("t-shirt", "the t-shirt has horizontal stripes and a round neck"),
        describe("t-shirt", "the t-shirt has a small embroidered flag logo on the chest"),
        title="Tommy Hilfiger Women Striped Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: emerald green satin camisole with thin straps and a plain neckline (no lace), mid-blue jeans, white
    # backdrop. VQA adapter texts (caption wrote a QA turn); closed by the reference engine.
    case(
        "X739-035",
        caption("Question: What is the color of the top? Answer: green", failure="leak"),
        wearing("a green cami top and blue jeans"),
        Q.sleeve_length("sleeveless"),
        Q.garment_type("top"),
        color_of("top", "blue", failure="other_garment_color", kind="open"),
        describe(
            "top",
            "the top is a green satin camisole with thin straps and lace trim on the neckline",
            failure="unsupported",
        ),
        details("top", "what are the top details", failure="restated"),
        Q.material("satin"),
        title="Vero Moda Women Green Satin Camisole Top",
        category="Tops",
        color="Green",
        gender="Women",
    ),
    # photo: white shirt with a black abstract brush-stroke print, collar, long sleeves, black knee-length skirt,
    # white backdrop, cropped at the knee (no shoes, bag or belt in view). VQA adapter texts; closed by the
    # reference engine.
    case(
        "X739-036",
        caption("a woman wearing a white and black shirt and a black skirt"),
        Q.color("white"),
        Q.pattern("printed"),
        color_of("skirt", "black", kind="open"),
        wearing(
            "a black and white printed shirt and a black skirt with a black belt and black shoes and a black bag and a"
            " black",
            failure="unsupported",
            hit_limit=True,
        ),
        details("shirt", "the shirt has a collar and long sleeves"),
        Q.sleeve_length("short sleeves", failure="contradiction"),
        describe("shirt", "yes", failure="non_answer"),
        title="Harpa Women White & Black Printed Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: rust peasant top with a white block print, three-quarter sleeves, tassel tie at the neck, mid-blue
    # jeans, white backdrop. VQA adapter texts; closed by the reference engine.
    case(
        "X739-037",
        caption("a woman wearing an orange top and jeans"),
        color_of("top", "orange"),
        Q.pattern("striped", failure="contradiction"),
        wearing("a rust printed top and blue jeans"),
        describe(
            "top",
            "the top is a printed top with a printed top with a printed top with a printed top with a printed top with"
            " a printed",
            failure="loop",
            hit_limit=True,
        ),
        details("top", "the top has a tassel tie at the neck"),
        Q.garment_type("kurta", failure="contradiction"),
        title="Global Desi Women Rust Printed Top",
        category="Tops",
        color="Rust",
        gender="Women",
    ),
    # photo: plain black round-neck tee tucked into a white midi skirt with blue flowers, white studio backdrop.
    # VQA adapter texts; closed by the reference engine.
    case(
        "X739-038",
        caption("a woman wearing a black t-shirt and a floral skirt in a garden", failure="unsupported"),
        wearing("he is wearing a black shirt and a floral skirt", failure="pronoun"),
        color_of("t-shirt", "black"),
        Q.pattern("floral", failure="contradiction"),
        details(
            "t-shirt", "the t-shirt is tucked into the skirt and has a small pocket on the chest", failure="unsupported"
        ),
        color_of("skirt", "white", kind="open"),
        title="Roadster Women Black Solid Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Women",
    ),
    # photo: purple V-neck top in opaque crepe, three-quarter sleeves, grey pencil skirt, pale pink wall behind.
    # VQA adapter texts; closed by the reference engine.
    case(
        "X739-039",
        caption("a woman in a purple top and grey skirt standing in front of a pink wall"),
        color_of("top", "pink", failure="contradiction"),
        wearing("a purple top and a grey skirt", who="she"),
        Q.sleeve_length("three-quarter sleeves"),
        describe("top", "the top is purple with a v neck"),
        details("top", "yes", failure="non_answer"),
        Q.material("chiffon", failure="unsupported"),
        title="Mast & Harbour Women Purple Solid Top",
        category="Tops",
        color="Purple",
        gender="Women",
    ),
    # photo: cobalt blue cold-shoulder top, long sleeves with cut-outs at the shoulders, white jeans, white
    # backdrop. Row without a color column. VQA adapter texts; closed by the reference engine.
    case(
        "X739-040",
        caption("a woman wearing a blue top with cut out shoulders and white pants"),
        Q.color("blue"),
        wearing(
            "a blue top and white jeans and a blue top and white jeans and a blue top and white jeans and a blue top"
            " and white",
            failure="loop",
            hit_limit=True,
        ),
        details("top", "the top has cut outs on the shoulders"),
        color_of("jeans", "blue", failure="other_garment_color", kind="open"),
        Q.sleeve_length("long sleeves"),
        Q.garment_type("sweater", failure="contradiction"),
        title="Only Women Blue Solid Cold-Shoulder Top",
        category="Tops",
        gender="Women",
    ),
    # photo: dusty mauve shirt, long sleeves, tied in a knot at the waist, black skinny jeans, white backdrop.
    # VQA adapter texts; closed by the reference engine.
    case(
        "X739-041",
        caption("a woman wearing a purple shirt tied at the waist and black jeans"),
        color_of("shirt", "purple"),
        wearing(
            "Question: What is the person wearing? Answer: a purple shirt and black jeans Question: What is the color"
            " of the shirt? Answer: purple Question: What",
            failure="leak",
            hit_limit=True,
        ),
        details("shirt", "the shirt is tied in a knot at the waist"),
        describe("shirt", "the shirt is described as a shirt", failure="restated"),
        Q.garment_type("shirt"),
        title="FabAlley Women Mauve Solid Shirt",
        category="Shirts",
        color="Mauve",
        gender="Women",
    ),
    # photo: white raglan tee with short royal blue sleeves and a blue neck rib, no pocket, dark blue jeans, white
    # backdrop, hands by her sides, hair tied back. VQA adapter texts (caption ran to 50 tokens); closed by the
    # reference engine.
    case(
        "X739-042",
        caption(
            "a woman wearing a white t-shirt with blue raglan sleeves and a blue round neck and dark blue jeans"
            " standing against a white background with her hands by her sides and her hair tied back in a",
            failure="cut",
            hit_limit=True,
        ),
        Q.pattern("color block"),
        color_of("t-shirt", "blue"),
        wearing("a white and blue t-shirt and jeans"),
        describe("t-shirt", "the t-shirt is white with blue sleeves and a blue collar"),
        details("t-shirt", "the t-shirt has a pocket on the chest", failure="unsupported"),
        Q.sleeve_length("sleeveless", failure="contradiction"),
        title="Hypernation Women White & Blue Colourblocked Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: beige top with a black-and-brown leopard print, short sleeves, black jeans, no belt, white backdrop.
    # VQA adapter texts; closed by the reference engine.
    case(
        "X739-043",
        caption("a woman wearing a leopard print top and black pants"),
        Q.pattern("printed"),
        Q.color("beige"),
        wearing(
            "she is wearing a leopard print shirt and black pants and a black belt", failure="unsupported", who="she"
        ),
        describe("top", "the top has a leopard print all over and short sleeves"),
        is_a("dress", "yes", failure="contradiction"),
        color_of("jeans", "beige", failure="other_garment_color", kind="open"),
        title="Chemistry Women Beige Leopard Print Top",
        category="Tops",
        color="Beige",
        gender="Women",
    ),
    # photo: maroon corduroy shirt (the seller says Brown; it is plainly dark red), two flap chest pockets, long
    # sleeves, mid-blue jeans, white backdrop. VQA adapter texts; closed by the reference engine.
    case(
        "X739-044",
        caption("a woman wearing a red shirt and blue jeans"),
        color_of("shirt", "maroon"),
        Q.material("corduroy"),
        wearing("a maroon corduroy shirt and blue jeans"),
        details(
            "shirt",
            "the shirt has two flap pockets on the chest and a pocket on the chest and a pocket on the chest and a"
            " pocket on the chest",
            failure="loop",
            hit_limit=True,
        ),
        color_of("jeans", "maroon", failure="other_garment_color", kind="open"),
        title="Roadster Women Brown Solid Corduroy Shirt",
        category="Shirts",
        color="Brown",
        gender="Women",
    ),
    # photo: white round-neck tee worn under an open light blue denim jacket (sleeves rolled, two chest pockets with
    # silver buttons), black mini skirt, white backdrop; the tee's sleeves are hidden by the jacket. VQA adapter texts;
    # closed by the reference engine.
    case(
        "X739-045",
        caption("a woman wearing a denim jacket over a white t-shirt and a black skirt"),
        Q.garment_type("jacket", failure="contradiction"),
        color_of("t-shirt", "white"),
        wearing("a white t-shirt, a denim jacket and a black skirt"),
        describe("t-shirt", "the t-shirt is blue", failure="other_garment_color"),
        details(
            "t-shirt",
            "the t-shirt is worn under a light blue denim jacket with the sleeves rolled up and the jacket has two"
            " chest pockets with silver buttons and",
            failure="cut",
            hit_limit=True,
        ),
        title="Roadster Women White Solid Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: black shirt with small red and white flowers, collar, long sleeves with button cuffs, red pleated midi
    # skirt, white backdrop. VQA adapter texts; closed by the reference engine.
    case(
        "X739-046",
        caption("a woman wearing a black floral shirt and red skirt"),
        color_of("shirt", "black"),
        Q.pattern("floral"),
        wearing("a black floral blouse and a black skirt", failure="other_garment_color"),
        details(
            "shirt",
            "the shirt has a floral print and the skirt is pleated and the skirt is pleated and the skirt is pleated"
            " and the skirt is",
            failure="loop",
            hit_limit=True,
        ),
        describe(
            "shirt",
            "the shirt has a floral print with red and white flowers on a black background, it has a collar and long"
            " sleeves with button cuffs and a",
            failure="cut",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves"),
        title="Dorothy Perkins Women Black Floral Print Shirt",
        category="Shirts",
        color="Black",
        gender="Women",
    ),
]
