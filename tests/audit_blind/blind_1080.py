"""BLIND_1080 (46 products; Myntra women's tops with jeans or skirts, VQA): written blind in the fifty-ninth session.
Measured blind at b845312 (the session's eighth rules): 125/141 failures found (88.7%) and 12/181 correct texts flagged
(6.6%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's Tops, Tshirts and Shirts. Every photo is a catalog shot of a model wearing the
labelled top with jeans (blue, black, grey, white) or a skirt (denim, pleated, pencil, tartan, floral, leopard),
mostly on a white or light grey studio backdrop, some with a bag, hat, belt or sunglasses. The catalog columns are
title, category (Myntra's article_type), color (base_colour) and gender; a few rows lack color or gender.

Who wrote what: every text comes from Salesforce/blip2-opt-2.7b with the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA).
Captions are free generation with an empty prompt; open answers are free generation on `Question: ... Answer:`
(greedy, 30 new tokens, 50 for captions); closed answers (garment type, color, pattern, sleeve length, neckline,
"Is this a ...?", and the color questions asked closed) come from enrich's `--engine reference`, which ranks the
candidate values with the same adapter and returns one. The adapter was trained on In-shop VQA pairs with no end
token, so its open answers are short garment/color phrases that often run on: loops ("blue blue blue ..."), echoes
of the `Question: ... Answer:` format, cuts at 30 tokens. It gives the jeans' or skirt's color to the top, invents
pockets, zips and trims, and now and then says "he" or "a man" for the female models. Its captions are
answer-like and sometimes leak the VQA prompt.

Labeling conventions and judgement calls:
- Correctness is judged by the photo described in the comment; shade words in the same family are correct
  (peach/coral -> pink, burgundy -> red or maroon, teal and turquoise -> blue, cream/off white -> white or cream,
  charcoal -> grey, olive -> green), and "shirt" for a t-shirt or a top in the wearing answer is not a failure,
  nor is "kurta" for a short chikankari kurti sold as a Top.
- A closed color answer that picks the jeans' or skirt's color for the top is labelled contradiction (the brief keeps
  other_garment_color for open answers); an open answer doing the same is other_garment_color.
- A closed answer about the other garment (the color of the jeans/skirt) that is wrong is a contradiction, also when
  it repeats the top's color (one color for two garments). Two garments that really share a color (denim shirt
  with blue jeans) are correct.
- A pattern answer that names the skirt's pattern (floral, checked, printed) for a solid top is a contradiction, and
  so is "solid" for a top the title calls printed.
- A print's own color given as the garment's color (red roses on a white tee -> "red") is a contradiction, not
  other_garment_color.
- A material that the title names differently (satin, chiffon) is a contradiction; a material the photo cannot bear
  (leather for a ribbed knit tank, silk for a jersey tank) is unsupported; a plausible material (cotton for a tee,
  linen for a linen shirt, flannel for a flannel check) is correct.
- Invented parts (pockets, zips, hoods, lace, belts, bows, props that are not in the photo) are unsupported, even
  when the rest of the answer is right.
- A one-word or yes/no answer to an open question, or an answer that is only the garment's name ("top",
  "a t-shirt"), is non_answer even when the word is true ("buttons", "stripes", "brown"); a one-word caption
  ("shirt") is non_answer too. An answer that echoes the question ("what are the shirt details", "describe the
  shirt") or turns it back into a sentence ("the details of the top are the details of the top") is restated.
- A caption that names another garment (a striped dress, a grey hoodie) is a contradiction; a caption that adds a
  prop or accessory not in the photo (a clutch, a necklace, a belt) is unsupported.
- "he", "his" or "a man" for a model in a Women row is pronoun, whatever else the text says; a text that is both
  a loop and something else is labelled loop; a text that leaks the prompt format is labelled leak even when it
  also runs to the limit.
- hit_limit=True on every loop and cut and on the leaks that run to 30 (50) tokens; no correct text hits the limit.
- A text cut at the limit whose words are all right is labelled cut.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

neckline = question("neckline", "What is the neckline of the top?", "closed")

BLIND_1080 = [
    # photo: white solid round-neck short-sleeve tee, light blue ripped skinny jeans, white sneakers, white backdrop,
    # front view; all texts by the VQA adapter (closed ones ranked by the reference engine)
    case(
        "X1080-001",
        caption("a woman wearing a white t-shirt and ripped blue jeans standing against a white background"),
        wearing("a white t-shirt and blue jeans", who="the woman"),
        Q.color("white"),
        Q.garment_type("t-shirt"),
        color_of("t-shirt", "blue", failure="other_garment_color", kind="open"),
        details(
            "t-shirt",
            "the t-shirt has a round neck and short sleeves and a small pocket on the left chest",
            failure="unsupported",
        ),
        title="Roadster Women White Solid Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: navy and white Breton-striped boat-neck top, three-quarter sleeves, red A-line knee skirt, holding a
    # straw hat, light grey backdrop; VQA adapter
    case(
        "X1080-002",
        caption("a woman in a striped dress holding a straw hat", failure="contradiction"),
        wearing("a navy striped top and a red skirt"),
        Q.color("navy"),
        Q.pattern("striped"),
        Q.sleeve_length("three-quarter"),
        describe("top", "a red top with white stripes and long sleeves", failure="other_garment_color"),
        color_of("skirt", "red"),
        details(
            "top",
            "the top is striped the top is striped the top is striped the top is striped the top is striped the top",
            failure="loop",
            hit_limit=True,
        ),
        title="Vero Moda Women Navy Blue Striped Boat Neck Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: mustard yellow sleeveless top with a ruffled neckline, black skinny jeans, no belt, white backdrop;
    # VQA adapter
    case(
        "X1080-003",
        caption("a woman wearing a black top and black jeans", failure="other_garment_color"),
        wearing("she is wearing a yellow sleeveless top with black jeans", who="the woman"),
        Q.color("black", failure="contradiction"),
        Q.sleeve_length("sleeveless"),
        Q.garment_type("top"),
        describe("top", "a mustard yellow top with a ruffle neckline and a black belt", failure="unsupported"),
        title="DressBerry Women Mustard Solid Ruffled Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: blue and white gingham shirt, long sleeves rolled to the elbow, white skinny jeans, white backdrop;
    # VQA adapter
    case(
        "X1080-004",
        caption("a woman in a blue and white checkered shirt and white jeans"),
        wearing("he is wearing a blue checkered shirt and white pants", failure="pronoun", who="the woman"),
        Q.pattern("checked"),
        Q.color("blue"),
        color_of("jeans", "blue", failure="contradiction"),
        details(
            "shirt",
            "the shirt has a collar, buttons down the front and the sleeves are rolled up to the elbows "
            "with a small blue and white check all over and the",
            failure="cut",
            hit_limit=True,
        ),
        title="Mast & Harbour Women Blue & White Checked Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: black crew-neck tee with a white "BROOKLYN NYC" print, grey denim mini skirt, white backdrop;
    # VQA adapter
    case(
        "X1080-005",
        caption(
            "a woman wearing a black graphic t-shirt and a grey denim skirt with a black leather belt",
            failure="unsupported",
        ),
        wearing("a black t-shirt and a skirt"),
        Q.pattern("graphic"),
        Q.color("black"),
        describe(
            "t-shirt",
            "a black t-shirt with a white print on the front that says new york city new york city new "
            "york city new york city new",
            failure="loop",
            hit_limit=True,
        ),
        color_of("skirt", "black", failure="contradiction"),
        Q.material("cotton"),
        title="Kook N Keech Women Black Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Women",
    ),
    # photo: peach off-shoulder (bardot) top with short puff sleeves, white midi skirt with a pink floral print,
    # white backdrop; VQA adapter
    case(
        "X1080-006",
        caption("a woman in an off the shoulder top and a floral skirt"),
        wearing(
            "a pink off the shoulder top with short puff sleeves and a white midi skirt with pink flowers on it "
            "and a pair of white",
            failure="cut",
            hit_limit=True,
        ),
        Q.color("pink"),
        Q.pattern("floral", failure="contradiction"),
        neckline("off-shoulder"),
        details(
            "top",
            "Question: What are the top details? Answer: off shoulder Question: What is the color of the "
            "top? Answer: pink Question:",
            failure="leak",
            hit_limit=True,
        ),
        is_a("dress", "no"),
        title="Tokyo Talkies Women Peach Solid Bardot Top",
        category="Tops",
        color="Peach",
        gender="Women",
    ),
    # photo: light blue chambray shirt with two flap chest pockets, long sleeves, tucked into dark blue skinny
    # jeans (double denim), white backdrop; VQA adapter
    case(
        "X1080-007",
        caption("a woman wearing a denim shirt and jeans"),
        wearing("a blue denim shirt and blue jeans"),
        Q.color("blue"),
        color_of("jeans", "blue"),
        details("shirt", "two chest pockets with flaps, buttons down the front and long sleeves"),
        describe("shirt", "a light blue denim shirt with a collar and long sleeves, tucked into dark blue jeans"),
        Q.material("denim"),
        Q.garment_type("jeans", failure="contradiction"),
        title="Levis Women Blue Denim Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: white shirt with thin black vertical pinstripes, long sleeves, black pencil skirt, black tote bag in
    # hand, grey backdrop; plain collar and cuffs, no pocket; VQA adapter
    case(
        "X1080-008",
        caption("a woman wearing a white shirt and a black skirt holding a bag"),
        wearing("a black shirt and a black skirt", failure="other_garment_color", who="the woman"),
        Q.color("white"),
        Q.pattern("striped"),
        color_of("shirt", "white and black striped", kind="open"),
        details(
            "shirt",
            "the shirt has a pocket on the chest and a ruffled collar with lace trim on the cuffs",
            failure="unsupported",
        ),
        Q.sleeve_length("long"),
        title="Van Heusen Woman White Striped Formal Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: olive green utility shirt, roll-up tab sleeves, two chest pockets, black skinny jeans, white backdrop;
    # VQA adapter
    case(
        "X1080-009",
        caption(
            "a woman wearing a green shirt and black pants and a green shirt and black pants and a green shirt and "
            "black pants and a green shirt and black pants and a green shirt",
            failure="loop",
            hit_limit=True,
        ),
        wearing("what is the person wearing", failure="restated"),
        Q.color("green"),
        color_of("shirt", "black", failure="other_garment_color", kind="open"),
        details(
            "shirt",
            "the sleeves, the pockets, the collar, the sleeves, the pockets, the collar, the sleeves, the "
            "pockets, the collar, the",
            failure="loop",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        title="FOREVER 21 Women Olive Green Solid Utility Shirt",
        category="Shirts",
        color="Olive",
        gender="Women",
    ),
    # photo: red and black buffalo-check flannel shirt worn open, sleeves rolled, over a white tank top, light blue
    # ripped jeans, white backdrop; VQA adapter
    case(
        "X1080-010",
        caption("a woman wearing a red and black plaid shirt over a white tank top and ripped jeans"),
        wearing(
            "a plaid shirt Question: What is the color of the shirt? Answer: red Question: What is the color of "
            "the jeans? Answer",
            failure="leak",
            hit_limit=True,
        ),
        Q.color("red"),
        Q.garment_type("tank top", failure="contradiction"),
        Q.pattern("checked"),
        describe(
            "shirt",
            "a red and black plaid flannel shirt worn open over a white tank top with the sleeves rolled "
            "up to the elbows and a pair of light",
            failure="cut",
            hit_limit=True,
        ),
        Q.material("flannel"),
        title="Roadster Women Red & Black Checked Flannel Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Women",
    ),
    # photo: lavender tie-front crop top, short sleeves, high-waisted black skater skirt, white backdrop;
    # VQA adapter
    case(
        "X1080-011",
        caption("a woman in a purple crop top and black skirt"),
        wearing("a purple top and a black skirt", who="the woman"),
        Q.color("purple"),
        Q.garment_type("crop top"),
        describe("top", "top", failure="non_answer"),
        details("top", "the top has a knot at the front and a zip on the back and two pockets", failure="unsupported"),
        color_of("skirt", "black"),
        title="SASSAFRAS Women Lavender Solid Tie-Up Crop Top",
        category="Tops",
        color="Lavender",
        gender="Women",
    ),
    # photo: grey melange V-neck tee, short sleeves, dark indigo bootcut jeans, white backdrop; VQA adapter
    case(
        "X1080-012",
        caption("a woman wearing a grey v neck t-shirt and blue jeans"),
        wearing("grey t-shirt and jeans"),
        Q.color("grey"),
        neckline("round", failure="contradiction"),
        describe("t-shirt", "the t-shirt is a t-shirt", failure="restated"),
        color_of("jeans", "grey", failure="contradiction"),
        Q.material("cotton blend"),
        title="Puma Women Grey Melange Solid V-Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: blue camp-collar shirt with white and pink flowers, short sleeves, no pocket, white denim skirt,
    # white backdrop; VQA adapter
    case(
        "X1080-013",
        caption("shirt", failure="non_answer"),
        wearing("a blue floral shirt and a white denim skirt"),
        Q.color("white", failure="contradiction"),
        Q.pattern("floral"),
        details(
            "shirt",
            "the shirt has flowers on it and a pocket on the chest and a zipper on the back",
            failure="unsupported",
        ),
        color_of("shirt", "blue with pink and white flowers", kind="open"),
        Q.sleeve_length("short"),
        title="ONLY Women Blue Floral Print Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: maroon sleeveless peplum top with a square neck, light blue jeans, white backdrop; VQA adapter
    case(
        "X1080-014",
        caption("Question: What cloth is the person wearing? Answer: blouse", failure="leak"),
        wearing("she is wearing a red top and blue jeans", who="the woman"),
        Q.color("maroon"),
        Q.garment_type("top"),
        describe(
            "top",
            "a maroon top with a peplum top with a peplum top with a peplum top with a peplum top with a "
            "peplum top with",
            failure="loop",
            hit_limit=True,
        ),
        details(
            "top",
            "square neck Question: What is the color of the top? Answer: maroon Question: What is the color "
            "of the jeans? Answer: blue",
            failure="leak",
            hit_limit=True,
        ),
        Q.sleeve_length("short", failure="contradiction"),
        title="Harpa Women Maroon Solid Peplum Top",
        category="Tops",
        color="Maroon",
        gender="Women",
    ),
    # photo: off-white top with lace panels on the sleeves and a scalloped hem, three-quarter sleeves, navy pleated
    # midi skirt, white backdrop; VQA adapter
    case(
        "X1080-015",
        caption("a woman in a white lace top and navy pleated skirt"),
        wearing("a white lace top and a blue pleated skirt"),
        Q.color("navy", failure="contradiction"),
        describe("top", "a navy blue top with lace on the sleeves and a pleated hem", failure="other_garment_color"),
        details("top", "lace panels on the sleeves and a scalloped hem"),
        Q.sleeve_length("three-quarter"),
        title="Sera Women Off-White Lace Detail Top",
        category="Tops",
        color="Off White",
        gender="Women",
    ),
    # photo: yellow tee with a small black smiley-face print on the chest, tucked into a blue denim A-line mini
    # skirt, white sneakers, white backdrop; VQA adapter
    case(
        "X1080-016",
        caption("a woman wearing a yellow t-shirt and a denim skirt"),
        wearing("a yellow t-shirt", who="the woman"),
        Q.color("yellow"),
        Q.pattern("solid", failure="contradiction"),
        color_of("t-shirt", "blue", failure="other_garment_color", kind="open"),
        details(
            "t-shirt",
            "a smiley face print on the front of the t-shirt in black and the t-shirt is tucked into a "
            "blue denim skirt with a",
            failure="cut",
            hit_limit=True,
        ),
        color_of("skirt", "blue"),
        title="Tokyo Talkies Women Yellow Printed T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Women",
    ),
    # photo: black ribbed sleeveless tank top, red and black tartan mini skirt, black ankle boots, white backdrop;
    # VQA adapter
    case(
        "X1080-017",
        caption("a woman wearing a black tank top and a plaid skirt"),
        wearing("a black top, a red plaid skirt and a leather jacket", failure="unsupported"),
        Q.color("black"),
        Q.pattern("checked", failure="contradiction"),
        describe(
            "tank top",
            "a black tank top with a black tank top with a black tank top with a black tank top with a black",
            failure="loop",
            hit_limit=True,
        ),
        Q.material("leather", failure="unsupported"),
        Q.sleeve_length("sleeveless"),
        title="ONLY Women Black Solid Ribbed Tank Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: pink and white vertical-striped shirt, long sleeves, half-tucked into grey jeans, grey backdrop;
    # VQA adapter
    case(
        "X1080-018",
        caption("a woman wearing a pink and white striped shirt and grey jeans"),
        wearing("a grey striped shirt and grey jeans", failure="other_garment_color"),
        Q.color("pink"),
        Q.pattern("striped"),
        color_of("jeans", "grey"),
        describe("shirt", "a man wearing a pink shirt with white stripes and a pair of grey jeans", failure="pronoun"),
        details("shirt", "buttons", failure="non_answer"),
        title="United Colors of Benetton Women Pink Striped Shirt",
        category="Shirts",
        color="Pink",
        gender="Women",
    ),
    # photo: emerald green satin camisole with thin straps and a V neck, black faux-leather mini skirt with a
    # front zip, white backdrop; gender column empty in the feed; VQA adapter
    case(
        "X1080-019",
        caption("a woman wearing a green satin top and a black leather skirt"),
        wearing("a black tank top and a black skirt", failure="other_garment_color"),
        Q.color("green"),
        Q.material("cotton", failure="contradiction"),
        Q.garment_type("top"),
        describe(
            "top",
            "a green satin camisole with thin spaghetti straps and a v neckline tucked into a black "
            "leather mini skirt with a zip at the front and",
            failure="cut",
            hit_limit=True,
        ),
        is_a("skirt", "yes", failure="contradiction"),
        title="MANGO Women Green Satin Camisole Top",
        category="Tops",
        color="Green",
    ),
    # photo: white oversized shirt, long sleeves, front-tucked into high-waisted black ripped jeans, sunglasses
    # pushed up on the head, white backdrop; VQA adapter
    case(
        "X1080-020",
        caption("a woman wearing a white shirt and black ripped jeans with sunglasses on her head"),
        wearing("a white shirt, black jeans and sunglasses", who="the woman"),
        Q.color("white"),
        color_of("shirt", "black", failure="other_garment_color", kind="open"),
        details("shirt", "the shirt details are the details of the shirt", failure="restated"),
        Q.sleeve_length("long"),
        Q.garment_type("shirt"),
        title="Roadster Women White Solid Oversized Casual Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: navy polo tee with white tipping on the collar, two-button placket, small white swoosh logo on the
    # chest, white skinny jeans, white backdrop; VQA adapter
    case(
        "X1080-021",
        caption(
            "a woman in a navy blue polo shirt and white jeans and a navy blue polo shirt and white jeans and a "
            "navy blue polo shirt and white jeans and a navy blue polo shirt and white jeans and a navy blue",
            failure="loop",
            hit_limit=True,
        ),
        wearing("a blue polo shirt and white pants"),
        Q.color("navy"),
        Q.garment_type("t-shirt"),
        describe("t-shirt", "a white polo shirt with a navy collar", failure="other_garment_color"),
        details(
            "t-shirt", "the collar has white stripes and there are two buttons at the neck and a nike logo on the chest"
        ),
        color_of("jeans", "white"),
        title="Nike Women Navy Blue Polo T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black top with white polka dots, short flutter sleeves, plain round neck, red midi pencil skirt,
    # white backdrop, no jewellery; VQA adapter
    case(
        "X1080-022",
        caption("a woman in a polka dot top and a red skirt"),
        wearing("a black and white polka dot shirt and a red skirt"),
        Q.color("black"),
        Q.pattern("polka dot"),
        color_of("top", "red", failure="other_garment_color", kind="open"),
        details(
            "top",
            "Question: What are the top details? Answer: polka dots Question: What are the skirt details? "
            "Answer: red Question:",
            failure="leak",
            hit_limit=True,
        ),
        describe(
            "top",
            "a black top with white polka dots and a bow at the neck and gold buttons down the back",
            failure="unsupported",
        ),
        Q.sleeve_length("long", failure="contradiction"),
        title="Miss Chase Women Black Polka Dot Print Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: rust orange peasant top with white embroidery on the yoke, three-quarter sleeves, light blue jeans,
    # white backdrop; VQA adapter
    case(
        "X1080-023",
        caption("a woman wearing an orange top with white embroidery and blue jeans"),
        wearing("a orange top and jeans"),
        Q.color("orange"),
        describe(
            "top",
            "an orange top with white embroidery on the neck and tassels on the sleeves and a belt at the waist",
            failure="unsupported",
        ),
        details(
            "top",
            "embroidery embroidery embroidery embroidery embroidery embroidery embroidery embroidery "
            "embroidery embroidery embroidery embroidery",
            failure="loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        color_of("jeans", "orange", failure="contradiction"),
        title="W Women Rust Embroidered Peasant Top",
        category="Tops",
        color="Rust",
        gender="Women",
    ),
    # photo: beige linen button-down shirt, sleeves rolled up, dark-wash jeans, hands in the jeans pockets, white
    # backdrop; VQA adapter
    case(
        "X1080-024",
        caption("a woman in a beige shirt and jeans, standing with her hands in her pockets"),
        wearing("he is wearing a khaki shirt and jeans", failure="pronoun", who="the woman"),
        Q.color("beige"),
        Q.material("linen"),
        details("shirt", "what are the shirt details", failure="restated"),
        describe("shirt", "a blue shirt", failure="other_garment_color"),
        Q.garment_type("jacket", failure="contradiction"),
        title="Marks & Spencer Women Beige Pure Linen Shirt",
        category="Shirts",
        color="Beige",
        gender="Women",
    ),
    # photo: hot pink tee with a large white "LOVE" print, tucked into black skinny jeans, white backdrop;
    # VQA adapter
    case(
        "X1080-025",
        caption("a woman wearing a pink t-shirt that says love and black jeans"),
        wearing("black t-shirt and black jeans", failure="other_garment_color"),
        Q.color("pink"),
        Q.pattern("printed"),
        details("t-shirt", "love", failure="non_answer"),
        describe(
            "t-shirt",
            "a pink t-shirt with the word love printed in big white letters across the front and short "
            "sleeves tucked into black skinny jeans with a",
            failure="cut",
            hit_limit=True,
        ),
        color_of("jeans", "black"),
        title="Jealous 21 Women Pink Printed T-shirt",
        category="Tshirts",
        color="Pink",
        gender="Women",
    ),
    # photo: sky blue sleeveless top with a ruffled high neck and ruffled armholes, beige pleated midi skirt,
    # white backdrop; VQA adapter
    case(
        "X1080-026",
        caption(
            "a woman wearing a light blue ruffle top and a beige skirt and a pearl necklace", failure="unsupported"
        ),
        wearing("a blue top and a beige skirt"),
        Q.color("beige", failure="contradiction"),
        Q.sleeve_length("sleeveless"),
        describe(
            "top",
            "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue "
            "blue blue blue blue blue blue",
            failure="loop",
            hit_limit=True,
        ),
        details("top", "ruffles around the neck and the armholes"),
        title="Vero Moda Women Blue Solid Ruffled Top",
        category="Tops",
        color="Blue",
        gender="Women",
    ),
    # photo: charcoal grey long-sleeve henley tee with a three-button placket, no pocket, black denim skirt,
    # white backdrop; VQA adapter
    case(
        "X1080-027",
        caption("a woman in a dark grey henley shirt and a black skirt"),
        wearing("a black shirt and a black skirt", failure="other_garment_color", who="the woman"),
        Q.color("grey"),
        Q.sleeve_length("long"),
        describe("t-shirt", "a grey t-shirt with a v neck and a chest pocket", failure="unsupported"),
        details(
            "t-shirt",
            "three buttons at the neck Question: Is this a t-shirt? Answer: yes Question: Is this a "
            "t-shirt? Answer: yes",
            failure="leak",
            hit_limit=True,
        ),
        Q.garment_type("skirt", failure="contradiction"),
        Q.material("cotton"),
        title="Roadster Women Charcoal Grey Solid Henley T-shirt",
        category="Tshirts",
        color="Charcoal",
        gender="Women",
    ),
    # photo: white tee with a red rose graphic on the front, light blue cuffed mom jeans, brown crossbody bag,
    # white backdrop; VQA adapter
    case(
        "X1080-028",
        caption("a woman wearing a white t-shirt with a floral print and jeans, with a brown bag"),
        wearing("he is wearing a white t-shirt, blue jeans and a brown bag", failure="pronoun"),
        Q.color("white"),
        Q.pattern("floral"),
        color_of("t-shirt", "red", failure="contradiction", kind="open"),
        details("t-shirt", "a rose print on the front and the word paris under it", failure="unsupported"),
        describe(
            "t-shirt",
            "Question: Describe the t-shirt. Answer: a white t-shirt with a rose print Question: "
            "Describe the jeans. Answer: blue",
            failure="leak",
            hit_limit=True,
        ),
        title="ONLY Women White Graphic Print Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: burgundy V-neck wrap top with a side tie at the waist, long sleeves, plain hem, black pencil skirt,
    # white backdrop; VQA adapter
    case(
        "X1080-029",
        caption("a woman in a burgundy wrap top and black skirt"),
        wearing("a burgundy long sleeve top and a black pencil skirt"),
        Q.color("red"),
        neckline("v-neck"),
        describe("top", "a black wrap top with a tie at the waist and long sleeves", failure="other_garment_color"),
        details(
            "top",
            "the top has a tie on the side, a v neck, long sleeves and a lace trim on the hem and a zip on the back",
            failure="unsupported",
        ),
        color_of("skirt", "burgundy", failure="contradiction"),
        Q.garment_type("dress", failure="contradiction"),
        title="Harpa Women Burgundy Solid Wrap Top",
        category="Tops",
        color="Burgundy",
        gender="Women",
    ),
    # photo: mint green round-neck tee with a patch pocket on the left chest, white broderie lace midi skirt,
    # white backdrop; VQA adapter
    case(
        "X1080-030",
        caption("a woman wearing a mint green t-shirt and a white lace skirt"),
        wearing("a green t-shirt and a white skirt", who="the woman"),
        Q.color("green"),
        color_of("t-shirt", "white", failure="other_garment_color", kind="open"),
        details("t-shirt", "a pocket on the left side of the chest"),
        describe("t-shirt", "a t-shirt", failure="non_answer"),
        is_a("t-shirt", "yes"),
        title="ONLY Women Mint Green Solid Pocket T-shirt",
        category="Tshirts",
        color="Green",
        gender="Women",
    ),
    # photo: black and white horizontal-striped long-sleeve tee, yellow pleated midi skirt, white sneakers, white
    # backdrop; color column empty in the feed; VQA adapter
    case(
        "X1080-031",
        caption("a woman in a striped shirt and a yellow skirt"),
        wearing(
            "a black and white striped top with long sleeves tucked into a yellow pleated midi skirt with a pair "
            "of white sneakers and a",
            failure="cut",
            hit_limit=True,
        ),
        Q.color("yellow", failure="contradiction"),
        Q.pattern("striped"),
        describe("t-shirt", "a yellow and white striped t-shirt with long sleeves", failure="other_garment_color"),
        details("t-shirt", "stripes", failure="non_answer"),
        Q.sleeve_length("long"),
        color_of("skirt", "yellow"),
        title="United Colors of Benetton Women Striped Round Neck T-shirt",
        category="Tshirts",
        gender="Women",
    ),
    # photo: white sleeveless top with a crochet panel across the front and a scalloped hem, light blue ripped
    # boyfriend jeans, straw fedora, white backdrop; VQA adapter
    case(
        "X1080-032",
        caption("a woman in a white crochet top, jeans and a straw hat"),
        wearing(
            "a white top, a white top, a white top, a white top, a white top, a white top, a white top, a white",
            failure="loop",
            hit_limit=True,
        ),
        Q.color("white"),
        Q.sleeve_length("sleeveless"),
        describe(
            "top",
            "a white sleeveless top with a crochet panel across the front and a scalloped hem, worn with "
            "light blue ripped boyfriend jeans and a straw fedora with a black",
            failure="cut",
            hit_limit=True,
        ),
        details("top", "the top is white and the jeans are white and the hat is white", failure="contradiction"),
        Q.material("cotton crochet"),
        title="Remanika Women White Crochet Panel Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: coffee brown ribbed fitted turtleneck top, long sleeves, cream midi skirt, white backdrop;
    # VQA adapter
    case(
        "X1080-033",
        caption("a woman in a brown top and a white skirt"),
        wearing("brown", failure="non_answer", who="the woman"),
        Q.color("brown"),
        neckline("high neck"),
        describe(
            "top",
            "a brown top with long sleeves and a high neck and a high neck and a high neck and a high neck and a high",
            failure="loop",
            hit_limit=True,
        ),
        color_of("top", "cream", failure="other_garment_color", kind="open"),
        Q.pattern("striped", failure="contradiction"),
        title="MANGO Women Coffee Brown Ribbed Fitted Top",
        category="Tops",
        color="Coffee Brown",
        gender="Women",
    ),
    # photo: red crew-neck tee with a small white Puma logo on the chest, plain short sleeves, button-front denim
    # midi skirt, white backdrop; VQA adapter
    case(
        "X1080-034",
        caption("a woman wearing a red t-shirt and a denim skirt with buttons down the front"),
        wearing(
            "a red shirt and a blue skirt and a red shirt and a blue skirt and a red shirt and a blue skirt and a red",
            failure="loop",
            hit_limit=True,
        ),
        Q.color("red"),
        Q.garment_type("t-shirt"),
        details("t-shirt", "a small logo on the chest"),
        describe("t-shirt", "a red t-shirt with a zip pocket on the sleeve", failure="unsupported"),
        color_of("skirt", "red", failure="contradiction"),
        is_a("t-shirt", "no", failure="contradiction"),
        title="Puma Women Red Solid Round Neck T-shirt",
        category="Tshirts",
        color="Red",
        gender="Women",
    ),
    # photo: blue and white vertical-striped short-sleeve shirt knotted at the front hem, black satin midi slip
    # skirt, white backdrop; gender column empty in the feed; VQA adapter
    case(
        "X1080-035",
        caption("a woman in a blue and white striped shirt tied at the waist and a black skirt"),
        wearing("a striped shirt"),
        Q.pattern("striped"),
        Q.color("blue"),
        details(
            "shirt",
            "the shirt has a knot at the bottom, a collar, short sleeves and a pocket with embroidery on the chest",
            failure="unsupported",
        ),
        describe("shirt", "a black and white striped shirt", failure="other_garment_color"),
        color_of("skirt", "blue", failure="contradiction"),
        title="Mast & Harbour Women Blue Striped Tie-Up Shirt",
        category="Shirts",
        color="Blue",
    ),
    # photo: dusty rose chiffon shirt, long sleeves with buttoned cuffs, white skinny jeans, nude heels, white
    # backdrop; VQA adapter
    case(
        "X1080-036",
        caption("a woman wearing a pink shirt and white jeans"),
        wearing("he is wearing a pink shirt and white jeans", failure="pronoun", who="the woman"),
        Q.color("pink"),
        Q.material("denim", failure="contradiction"),
        details("shirt", "the shirt has a collar, buttons down the front and long sleeves with buttoned cuffs"),
        describe(
            "shirt",
            "Question: Describe the shirt. Answer: a pink shirt Question: Describe the shirt. Answer: a "
            "pink shirt Question: Describe",
            failure="leak",
            hit_limit=True,
        ),
        color_of("jeans", "white"),
        title="Kraus Women Rose Solid Chiffon Shirt",
        category="Shirts",
        color="Rose",
        gender="Women",
    ),
    # photo: olive green tee with a white "WANDERLUST" text print, black ribbed midi skirt, white backdrop;
    # VQA adapter
    case(
        "X1080-037",
        caption("a man wearing an olive green t-shirt with white text and a black skirt", failure="pronoun"),
        wearing("a green t-shirt with a picture of a mountain and a black skirt", failure="unsupported"),
        Q.color("green"),
        Q.pattern("graphic"),
        color_of("t-shirt", "green", kind="open"),
        details(
            "t-shirt",
            "the t-shirt has text on the front and the text says wanderlust wanderlust wanderlust "
            "wanderlust wanderlust wanderlust wanderlust",
            failure="loop",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        title="Roadster Women Olive Green Printed Round Neck T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Women",
    ),
    # photo: navy top with a small white floral print, short sleeves, keyhole neck, white skinny jeans, white
    # backdrop; VQA adapter
    case(
        "X1080-038",
        caption("a woman wearing a navy floral top and white jeans"),
        wearing("a white flowered top and white jeans", failure="other_garment_color", who="the woman"),
        Q.color("white", failure="contradiction"),
        Q.pattern("floral"),
        describe("top", "a navy blue top with small white flowers and short sleeves"),
        details("top", "the details of the top are the details of the top", failure="restated"),
        Q.sleeve_length("short"),
        title="Vero Moda Women Navy Blue Floral Print Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: white short-sleeve shirt with a rounded Peter Pan collar, red and white gingham A-line skirt, white
    # backdrop; VQA adapter
    case(
        "X1080-039",
        caption(
            "a woman wearing a white shirt with a round collar and short sleeves and a red and white checkered "
            "skirt standing in front of a white wall with her hands by her sides and her hair down over her "
            "shoulders and a pair of",
            failure="cut",
            hit_limit=True,
        ),
        wearing("a white shirt and a red checked skirt"),
        Q.color("white"),
        Q.pattern("checked", failure="contradiction"),
        details("shirt", "a round collar, buttons down the front and puff sleeves with lace", failure="unsupported"),
        describe("shirt", "a red and white checked shirt with short sleeves", failure="other_garment_color"),
        color_of("skirt", "red"),
        title="Sera Women White Solid Shirt with Peter Pan Collar",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: turquoise jersey tank top with lace trim at the neckline, tucked into light grey distressed jeans
    # with a brown belt and silver buckle, white backdrop; VQA adapter
    case(
        "X1080-040",
        caption("a woman wearing a turquoise tank top and grey jeans"),
        wearing("a grey tank top and grey jeans", failure="other_garment_color"),
        Q.color("blue"),
        Q.garment_type("tank top"),
        describe(
            "top",
            "a turquoise tank top with lace trim along the neckline and thin straps, tucked into light "
            "grey ripped jeans with a brown belt and a silver buckle and",
            failure="cut",
            hit_limit=True,
        ),
        details("top", "the top has a lace trim and the jeans have rips on the knees and a brown belt"),
        Q.material("silk", failure="unsupported"),
        title="FOREVER 21 Women Turquoise Blue Lace Trim Tank Top",
        category="Tops",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: white raglan tee with grey three-quarter sleeves, no hood, no pocket, dark blue skinny jeans, white
    # backdrop; VQA adapter
    case(
        "X1080-041",
        caption("a woman in a grey hoodie and jeans", failure="contradiction"),
        wearing("what is the woman wearing? the woman is wearing", failure="restated", who="the woman"),
        Q.color("white"),
        Q.sleeve_length("three-quarter"),
        color_of("t-shirt", "grey and white", kind="open"),
        describe(
            "t-shirt", "a white t-shirt with grey sleeves and a grey hood and a kangaroo pocket", failure="unsupported"
        ),
        details("t-shirt", "yes", failure="non_answer"),
        title="Nike Women White & Grey Raglan T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: coral orange sleeveless shell top with a gold button at the back of the neck, white pencil skirt,
    # white backdrop; VQA adapter
    case(
        "X1080-042",
        caption(
            "a woman wearing an orange top and white skirt with a gold necklace and earrings", failure="unsupported"
        ),
        wearing("she is wearing an orange sleeveless top and a white skirt"),
        Q.color("orange"),
        Q.sleeve_length("sleeveless"),
        color_of(
            "top",
            "orange orange orange orange orange orange orange orange orange orange orange orange orange "
            "orange orange orange orange",
            failure="loop",
            kind="open",
            hit_limit=True,
        ),
        describe("top", "a white top with no sleeves", failure="other_garment_color"),
        title="AND Women Coral Orange Solid Top",
        category="Tops",
        color="Orange",
        gender="Women",
    ),
    # photo: dark green and navy tartan shirt, long sleeves, light blue jeans, white wall behind; VQA adapter
    case(
        "X1080-043",
        caption("a woman wearing a green plaid shirt and jeans"),
        wearing("a plaid shirt and jeans"),
        Q.color("green"),
        Q.pattern("checked"),
        details(
            "shirt",
            "Question: What are the shirt details? Answer: Question: What are the shirt details? Answer: "
            "Question: What are the shirt",
            failure="leak",
            hit_limit=True,
        ),
        describe("shirt", "a man in a plaid shirt and jeans standing in front of a white wall", failure="pronoun"),
        Q.material("flannel"),
        title="Wrangler Women Green & Navy Checked Flannel Shirt",
        category="Shirts",
        color="Green",
        gender="Women",
    ),
    # photo: white chikankari-embroidered cotton kurti-style short top, mandarin collar with a slit, three-quarter
    # sleeves with embroidered cuffs, blue jeans, white backdrop; VQA adapter
    case(
        "X1080-044",
        caption("a woman in a white embroidered top and blue jeans"),
        wearing("a white kurta and blue jeans", who="the woman"),
        Q.color("white"),
        Q.material("cotton"),
        Q.garment_type("top"),
        describe("top", "a blue top with white embroidery", failure="other_garment_color"),
        details(
            "top",
            "white thread embroidery all over the front, a mandarin collar with a slit at the neck and "
            "three quarter sleeves with embroidered cuffs and a scalloped",
            failure="cut",
            hit_limit=True,
        ),
        title="Fabindia Women White Chikankari Cotton Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: black satin shirt, long sleeves, leopard print midi skirt, empty hands, white backdrop; VQA adapter
    case(
        "X1080-045",
        caption("a woman in a black shirt and a leopard print skirt holding a red clutch", failure="unsupported"),
        wearing("a black shirt and a leopard skirt"),
        Q.color("black"),
        Q.pattern("printed", failure="contradiction"),
        details(
            "shirt",
            "the shirt has a collar and buttons and the sleeves have buttons and the collar has buttons "
            "and the sleeves have buttons and the",
            failure="loop",
            hit_limit=True,
        ),
        describe("shirt", "describe the shirt", failure="restated"),
        Q.material("satin"),
        title="MANGO Women Black Solid Satin Shirt",
        category="Shirts",
        color="Black",
        gender="Women",
    ),
    # photo: teal short-sleeve top with a keyhole neck and a button at the back of the neck, black skinny jeans,
    # side pose, white backdrop; VQA adapter
    case(
        "X1080-046",
        caption("a woman in a teal top and black jeans"),
        wearing("a blue top and black jeans with a white handbag", failure="unsupported", who="the woman"),
        Q.color("blue"),
        Q.garment_type("top"),
        color_of("jeans", "black"),
        details("top", "the top", failure="non_answer"),
        describe("top", "a teal top with short sleeves, a keyhole neck and a button at the back of the neck"),
        title="Dorothy Perkins Women Teal Solid Keyhole Top",
        category="Tops",
        color="Teal",
        gender="Women",
    ),
]
