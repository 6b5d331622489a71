"""BLIND_889 (46 products; Myntra women's tops, tees and shirts worn with jeans or skirts, VQA adapter): written blind
in the fifty-seventh session. Measured blind at c1acb3c (the session's second rules): 127/141 failures found (90.1%) and
4/194 correct texts flagged (2.1%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's Tops, Tshirts and Shirts (seller columns title, category, color, gender; a few
rows lack one). Catalog photos: one model on a white (once a grey) backdrop, front view, the labelled upper garment
worn with jeans or a skirt, sometimes a belt, watch, handbag or sunglasses, once a shirt open over a tank top,
once a shirt knotted at the waist.

Who wrote what: every text comes from Salesforce/blip2-opt-2.7b with the VQA adapter leoreigoto/Data3_V3_BLIP2_VQA.
Closed answers (kind "closed": the colour, garment type, pattern, sleeve length and yes/no questions) come from
enrich's --engine reference, which ranks candidate values with the adapter, so they never loop or stop short; their
errors are wrong picks (the jeans' or skirt's colour, the skirt's pattern, "yes" to the wrong garment). Captions and
open answers are greedy free generation (30 new tokens for answers, 50 for captions). The adapter was trained on
short VQA answers without an end token: most of its answers are short and stop on the padding it learned, the
longer ones loop or run to the limit and are cut, and its captions are broken by VQA-only training: some are fine,
some come back in the "Question: ... Answer:" format, some loop. It answers "What cloth is the person wearing?" with
its In-shop class names (tee, blouse, denim, graphic tee, sweater). Like the untuned base it gives one garment's
colour to the other, and it invents details (zips, pockets, bows, prints on the back) it cannot see.

Labeling conventions and judgement calls:
- other_garment_color: an open answer (free generation) that gives the labelled product the colour of the jeans,
  skirt, inner tank or another worn garment. A closed pick of that colour, or any text giving the jeans or skirt the
  product's colour, is labelled contradiction.
- contradiction also covers a wrong closed pick of pattern, sleeve length or garment type, "yes" to "Is this a
  skirt?" for a top (the skirt is in the photo, but the question is about the product), a print's colour given as
  the garment's colour, and a garment kind the seller's category rules out (a "kurta" for a Top).
- unsupported: a detail the photo does not show (zip, pocket, bow, lace, something "on the back" in a front view) or
  a material the garment plainly is not (leather, denim or silk for a cotton top).
- non_answer: a one-word answer to "Describe ..." or "What are the ... details?" that only gives a colour, the
  pattern or the garment's own name; "yes" to "What is she wearing?"; and "pure color" (the training data's pattern
  word) as the open answer to a colour question.
  A one-word garment class ("blouse", "tee") to "What cloth is the person wearing?" answers that question: correct.
- restated: the answer only turns the question back ("the top is a top", "the shirt details are the shirt details").
- pronoun: "he" or "a man" in any text for a women's product; also for the row that lacks the gender column, whose
  title and photo say Women.
- Colours judged against the photo, not the seller: the rust-looking "Brown" top answered orange is correct; shades
  and coarse names are correct (magenta->pink, cream->white, navy->blue, burgundy->red, silver->grey, teal->blue);
  the dominant hue of a Multi check counts as correct; a stripe's second colour named with the first is correct.
- A fine-knit turtleneck Top called a "sweater" is counted correct (it is what the photo shows).
- hit_limit=True on every loop and cut and on the leaks that ran to the token limit; no correct text hit the limit.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, question, wearing

cloth = question("cloth", "What cloth is the person wearing?", "open")
gtype = BLIND_QUESTIONS.garment_type
colour = BLIND_QUESTIONS.color
pattern = BLIND_QUESTIONS.pattern
sleeves = BLIND_QUESTIONS.sleeve_length
material = BLIND_QUESTIONS.material

BLIND_889 = [
    # photo: white sleeveless round-neck top tucked into mid-blue skinny jeans, white backdrop, front view; VQA adapter
    # wrote all texts (closed ones through the reference engine)
    case(
        "X889-001",
        caption("a woman in a blue top and blue jeans", "other_garment_color"),
        wearing("a white tank top and blue jeans", who="she"),
        color_of("top", "white"),
        color_of("jeans", "blue"),
        sleeves("sleeveless"),
        describe(
            "top",
            "a white sleeveless top with a round neck and a round neck and a round neck and a round neck and a round",
            "loop",
            hit_limit=True,
        ),
        details("top", "the top has buttons on the back", "unsupported"),
        title="United Colors of Benetton Women Solid White Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: navy blue short-sleeved knit top with a scoop neck, black knee-length pencil skirt, white backdrop, front
    # view; VQA adapter wrote all texts
    case(
        "X889-002",
        caption(
            "Question: What is the color of the top? Answer: blue Question: What is the color of the skirt? Answer: "
            "black Question: What is the",
            "leak",
            hit_limit=True,
        ),
        wearing("a blue top and a black skirt", who="she"),
        color_of("top", "black", "other_garment_color", kind="open"),
        color_of("skirt", "black"),
        gtype("top"),
        pattern("solid"),
        is_a("skirt", "yes", "contradiction"),
        title="Flying Machine Women Solid Navy Blue Tops",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: blue-and-white checked long-sleeved cotton shirt with one chest pocket, sleeves rolled to the elbow,
    # worn untucked over black jeans, white backdrop; VQA adapter wrote all texts
    case(
        "X889-003",
        caption("a woman wearing a blue and white checkered shirt and black jeans"),
        wearing("a plaid shirt and black pants", who="she"),
        color_of("shirt", "blue"),
        color_of("jeans", "blue", "contradiction"),
        pattern("checked"),
        details(
            "shirt",
            "the shirt has a collar, buttons down the front, a pocket on the left chest and the sleeves are rolled "
            "up to the",
            "cut",
            hit_limit=True,
        ),
        material("cotton"),
        title="Roadster Women Blue & White Checked Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: magenta V-neck top with three-quarter sleeves, white jeans, tan handbag on her arm, white backdrop;
    # VQA adapter wrote all texts
    case(
        "X889-004",
        caption("a man in a pink shirt and white pants holding a brown bag", "pronoun"),
        wearing("pink top and white jeans"),
        color_of("top", "pink"),
        color_of("jeans", "pink", "contradiction", kind="open"),
        sleeves("three-quarter sleeves"),
        describe("top", "a pink top with a v neck and short sleeves", "contradiction"),
        details("top", "the top has a bow on the front", "unsupported"),
        title="s.Oliver Women Solid Magenta Top",
        category="Tops",
        color="Magenta",
        gender="Women",
    ),
    # photo: maroon and cream horizontal striped boat-neck top, short sleeves, knee-length blue denim skirt, white
    # backdrop; VQA adapter wrote all texts
    case(
        "X889-005",
        caption("a woman wearing a red and white striped shirt and a denim skirt"),
        wearing("a blue top and a blue skirt", "other_garment_color", who="she"),
        color_of("top", "red"),
        color_of("skirt", "blue"),
        pattern("striped"),
        is_a("blouse", "no"),
        describe(
            "top",
            "a red and white striped top with a red and white striped top with a red and white striped top with a",
            "loop",
            hit_limit=True,
        ),
        material("denim", "unsupported"),
        title="Mother Earth Women Stripes Maroon Tops",
        category="Tops",
        color="Maroon",
        gender="Women",
    ),
    # photo: purple polo t-shirt with white collar tipping and a small white swoosh on the chest, light-wash jeans,
    # white backdrop; VQA adapter wrote all texts
    case(
        "X889-006",
        caption("a woman in a purple polo shirt and jeans"),
        cloth("polo shirt"),
        color_of("t-shirt", "purple"),
        color_of("jeans", "purple", "contradiction"),
        describe("t-shirt", "a blue polo shirt with a white collar", "other_garment_color"),
        details("t-shirt", "the t-shirt has a nike logo on the chest"),
        material("polyester"),
        sleeves("short sleeves"),
        title="Nike Women Purple Polo Tshirt",
        category="Tshirts",
        color="Purple",
        gender="Women",
    ),
    # photo: olive green long-sleeved shirt with two flap chest pockets, sleeves rolled up, loosely tucked into a black
    # mini skirt, white backdrop; VQA adapter wrote all texts
    case(
        "X889-007",
        caption(
            "an olive green shirt and black skirt and black skirt and black skirt and black skirt and black skirt and "
            "black skirt and black skirt and black skirt and black skirt and black skirt and",
            "loop",
            hit_limit=True,
        ),
        wearing("she is wearing a green shirt and a black skirt", who="she"),
        color_of("shirt", "green"),
        color_of("skirt", "green", "contradiction"),
        details("shirt", "the shirt has two pockets on the chest"),
        describe(
            "shirt",
            "a khaki green shirt with a collar, long sleeves rolled up to the elbows, two flap pockets on the chest "
            "and the shirt is tucked into a black",
            "cut",
            hit_limit=True,
        ),
        gtype("shirt"),
        title="Arrow Woman Hallie Olive Shirt",
        category="Shirts",
        color="Olive",
        gender="Women",
    ),
    # photo: royal blue top with a small white floral print, short flutter sleeves, white skinny jeans, white backdrop;
    # VQA adapter wrote all texts
    case(
        "X889-008",
        caption("a woman wearing a blue floral top and white jeans"),
        wearing("a blue and white top and white pants", who="she"),
        color_of("top", "blue"),
        color_of("jeans", "white", kind="open"),
        pattern("solid", "contradiction"),
        describe("top", "a blue top with white flowers on it and ruffled sleeves"),
        details("top", "the top is made of silk and has a zipper on the back", "unsupported"),
        title="Tokyo Talkies Women Printed Blue Top",
        category="Tops",
        color="Blue",
        gender="Women",
    ),
    # photo: yellow sleeveless tank top with a small palm-tree graphic, blue ripped jeans, sunglasses pushed up on her
    # head, white backdrop; VQA adapter wrote all texts
    case(
        "X889-009",
        caption("Question: What is she wearing? Answer: a yellow tank top and jeans", "leak"),
        wearing("a yellow tank top and blue jeans", who="she"),
        color_of("top", "yellow"),
        color_of("jeans", "yellow", "contradiction", kind="open"),
        sleeves("sleeveless"),
        details("top", "the top has a palm tree print on the front"),
        describe("top", "yellow", "non_answer"),
        title="Roxy Women Yellow Top",
        category="Tops",
        color="Yellow",
        gender="Women",
    ),
    # photo: black long-sleeved button-down shirt tucked into a red pleated midi skirt, white backdrop, three-quarter
    # view; VQA adapter wrote all texts
    case(
        "X889-010",
        caption("a woman in a black shirt and a red skirt"),
        wearing("black shirt and red skirt"),
        color_of("shirt", "red", "other_garment_color", kind="open"),
        color_of("skirt", "red"),
        sleeves("long sleeves"),
        describe("shirt", "the shirt is a shirt", "restated"),
        is_a("shirt", "yes"),
        details("shirt", "the shirt has a pocket on the chest and the sleeves are rolled up", "unsupported"),
        title="United Colors of Benetton Women Solid Black Shirts",
        category="Shirts",
        color="Black",
        gender="Women",
    ),
    # photo: white polo t-shirt with navy collar tipping and a small embroidered logo, dark indigo jeans, white
    # backdrop; VQA adapter wrote all texts
    case(
        "X889-011",
        caption("a woman in a white polo shirt with a blue collar and blue jeans"),
        wearing("a blue polo shirt and blue jeans", "other_garment_color"),
        color_of("t-shirt", "blue", "contradiction"),
        color_of("jeans", "blue"),
        gtype("t-shirt"),
        details(
            "t-shirt",
            "the t-shirt has a collar and a collar and a collar and a collar and a collar and a collar and a collar "
            "and",
            "loop",
            hit_limit=True,
        ),
        material("cotton"),
        title="Flying Machine Women Solid White Polo Tshirts",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: lilac short-sleeved top with a large white abstract graphic across the front, black skirt, grey backdrop;
    # VQA adapter wrote all texts
    case(
        "X889-012",
        caption("a woman wearing a purple top with a white print and a black skirt standing in front of a grey wall"),
        wearing("he is wearing a purple shirt and black skirt", "pronoun"),
        color_of("top", "purple"),
        color_of("skirt", "grey", "contradiction"),
        pattern("printed"),
        material("polyester with sequins on the print", "unsupported"),
        details(
            "top",
            "the top has a graphic print on the front and the print is white and the print is white and the print is "
            "white and the print",
            "loop",
            hit_limit=True,
        ),
        title="United Colors of Benetton Women Light Purple Printed Top",
        category="Tops",
        color="Purple",
        gender="Women",
    ),
    # photo: light blue chambray denim shirt with snap buttons and two chest pockets, long sleeves, black skater
    # skirt, white backdrop; VQA adapter wrote all texts
    case(
        "X889-013",
        caption("a woman wearing a denim shirt and a black skirt"),
        cloth("denim"),
        color_of("shirt", "blue"),
        color_of("skirt", "black"),
        material("denim"),
        details("shirt", "the shirt has two pockets on the chest and a zipper on the front", "unsupported"),
        describe(
            "shirt",
            "a light blue denim shirt with long sleeves and snap buttons on the front and two pockets on the chest "
            "and a black skirt with a",
            "cut",
            hit_limit=True,
        ),
        title="Levis Women Chambray Denim Blue Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: the seller says Brown, the top looks rust orange with a small black paisley print, three-quarter sleeves,
    # dark blue jeans, white backdrop; VQA adapter wrote all texts
    case(
        "X889-014",
        caption("a woman in an orange top and blue jeans"),
        wearing("a blue shirt and blue jeans", "other_garment_color"),
        colour("orange"),
        color_of("jeans", "blue"),
        pattern("printed"),
        describe("top", "an orange top with a paisley print and three quarter sleeves"),
        details("top", "the top has a tie at the waist", "unsupported"),
        title="s.Oliver Women Printed Brown Top",
        category="Tops",
        color="Brown",
        gender="Women",
    ),
    # photo: lavender crew-neck t-shirt with white "NIKE" text on the chest, short sleeves, medium blue jeans, white
    # backdrop; VQA adapter wrote all texts
    case(
        "X889-015",
        caption("a woman wearing a purple t-shirt with the word nike on it"),
        wearing("a purple shirt and blue jeans", who="she"),
        color_of("t-shirt", "purple"),
        details("t-shirt", "the t-shirt details are the details of the t-shirt", "restated"),
        pattern("graphic"),
        is_a("tee", "yes"),
        describe("t-shirt", "a white t-shirt with the word nike on it", "contradiction"),
        title="Nike Women Trainng Lavender T-shirt",
        category="Tshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: sleeveless top in a red, navy and white check (mostly red) with a frill at the neckline, white jeans,
    # white backdrop; VQA adapter wrote all texts
    case(
        "X889-016",
        caption("a woman wearing a red and blue plaid shirt with white pants"),
        wearing("a plaid top and white jeans", who="she"),
        colour("red"),
        pattern("checked"),
        describe("top", "plaid", "non_answer"),
        sleeves("short sleeves", "contradiction"),
        details(
            "top",
            "the top has a ruffle around the neck and a red, navy and white check pattern all over, it has no "
            "sleeves and the ruffle is",
            "cut",
            hit_limit=True,
        ),
        material("denim", "unsupported"),
        title="Wrangler Women Frill Check Multi Tops",
        category="Tops",
        color="Multi",
        gender="Women",
    ),
    # photo: cream top with a black zebra-stripe print, short sleeves, black jeans, hand on hip, white backdrop;
    # VQA adapter wrote all texts
    case(
        "X889-017",
        caption("a woman wearing a zebra print top and black pants"),
        wearing("zebra print shirt and black jeans"),
        color_of("top", "black", "contradiction"),
        color_of("jeans", "black"),
        pattern("animal print"),
        describe("top", "a black and white zebra print top with short sleeves"),
        details(
            "top",
            "the top has a zebra print and a zebra print and a zebra print and a zebra print and a zebra print and a "
            "zebra",
            "loop",
            hit_limit=True,
        ),
        title="Arrow Women Zebra Cream Top",
        category="Tops",
        color="Cream",
        gender="Women",
    ),
    # photo: baby pink long-sleeved cotton shirt worn untucked over light blue jeans, white backdrop; VQA adapter
    # wrote all texts
    case(
        "X889-018",
        caption("a woman wearing a pink shirt and blue jeans"),
        wearing(
            "a pink shirt and blue jeans and a pink shirt and blue jeans and a pink shirt and blue jeans and a pink",
            "loop",
            who="she",
            hit_limit=True,
        ),
        color_of("shirt", "pink"),
        color_of("jeans", "blue"),
        gtype("shirt"),
        describe("shirt", "a light blue shirt with long sleeves", "other_garment_color"),
        details("shirt", "shirt", "non_answer"),
        title="United Colors of Benetton Women Solid Pink Shirts",
        category="Shirts",
        color="Pink",
        gender="Women",
    ),
    # photo: black top with small white polka dots and cap sleeves, mustard yellow A-line skirt, white backdrop;
    # VQA adapter wrote all texts
    case(
        "X889-019",
        caption("a woman in a black polka dot top and yellow skirt"),
        wearing("a black and white polka dot top and a mustard skirt", who="she"),
        color_of("top", "black"),
        color_of("skirt", "yellow"),
        pattern("polka dots"),
        describe("top", "a yellow top with black polka dots", "other_garment_color"),
        details(
            "top",
            "the top has polka dots and polka dots and polka dots and polka dots and polka dots and polka dots and "
            "polka",
            "loop",
            hit_limit=True,
        ),
        sleeves("long sleeves", "contradiction"),
        title="Vero Moda Women Black Polka Dot Print Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: grey melange crew-neck tee with a small black Puma cat logo on the chest, black jeans, white backdrop;
    # VQA adapter wrote all texts
    case(
        "X889-020",
        caption("a woman wearing a black t-shirt and black jeans", "other_garment_color"),
        cloth("tee"),
        color_of("t-shirt", "grey"),
        color_of("jeans", "grey", "contradiction"),
        details(
            "t-shirt",
            "the t-shirt has a puma logo on the chest Question: What is the color of the logo? Answer: black",
            "leak",
        ),
        material("cotton"),
        describe("t-shirt", "a grey t-shirt with a v-neck and a pocket on the chest", "unsupported"),
        title="Puma Women Grey Melange Logo T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: sea green sleeveless top with a white leaf print, white knee-length skirt, white backdrop; VQA adapter
    # wrote all texts
    case(
        "X889-021",
        caption("Question: What is the color of the top? Answer: green", "leak"),
        wearing("green top and white skirt"),
        color_of("top", "green"),
        color_of("skirt", "white"),
        pattern("floral"),
        sleeves("sleeveless"),
        is_a("dress", "yes", "contradiction"),
        describe(
            "top",
            "a green top with white leaves on it Question: What is the color of the skirt? Answer: white Question:",
            "leak",
            hit_limit=True,
        ),
        title="Harpa Women Sea Green Printed Top",
        category="Tops",
        color="Sea Green",
        gender="Women",
    ),
    # photo: charcoal grey short-sleeved top with a pink rose print, blue jeans, white sneakers in view, white
    # backdrop; VQA adapter wrote all texts
    case(
        "X889-022",
        caption("a woman in a grey top with pink flowers and blue jeans"),
        wearing("he is wearing a gray floral shirt and jeans", "pronoun", who="she"),
        color_of("top", "blue", "other_garment_color", kind="open"),
        color_of("jeans", "blue"),
        pattern("floral"),
        details("top", "the top has pink roses on the front and back", "unsupported"),
        is_a("blouse", "no"),
        describe("top", "a pink top with flowers", "contradiction"),
        title="Tokyo Talkies Women Printed Grey Top",
        category="Tops",
        color="Grey",
        gender="Women",
    ),
    # photo: bottle green long-sleeved shirt with roll-up tabs and two chest pockets, worn open over a white tank top,
    # blue jeans, white backdrop; VQA adapter wrote all texts
    case(
        "X889-023",
        caption("a woman wearing a green shirt over a white tank top and blue jeans"),
        wearing("a green shirt, a white tank top and blue jeans", who="she"),
        color_of("shirt", "white", "contradiction"),
        color_of("jeans", "blue"),
        describe("shirt", "a green button down shirt with the sleeves rolled up and a hood", "unsupported"),
        details(
            "shirt",
            "the shirt has roll up tabs on the sleeves and two pockets on the chest and it is worn open over a white "
            "tank top and the",
            "cut",
            hit_limit=True,
        ),
        sleeves("long sleeves"),
        title="Wrangler Women Roll Up Green Shirt",
        category="Shirts",
        color="Green",
        gender="Women",
    ),
    # photo: maroon long-sleeved wrap top with a tie at the side, black skinny jeans, white backdrop; VQA adapter wrote
    # all texts
    case(
        "X889-024",
        caption("a woman in a maroon top and black jeans"),
        wearing("she is wearing a red top and black pants", who="she"),
        color_of("top", "red"),
        color_of("jeans", "black"),
        describe("top", "a black top with long sleeves", "other_garment_color"),
        details(
            "top",
            "the top has a wrap front that crosses over the chest, long sleeves and a long tie at the left side of "
            "the waist that hangs down to the",
            "cut",
            hit_limit=True,
        ),
        material("leather", "unsupported"),
        title="Roadster Women Maroon Solid Wrap Top",
        category="Tops",
        color="Maroon",
        gender="Women",
    ),
    # photo: white long-sleeved cotton shirt with blue flowers embroidered on the collar, light blue denim mini skirt,
    # white backdrop; VQA adapter wrote all texts
    case(
        "X889-025",
        caption("a woman wearing a white shirt and a blue skirt"),
        cloth("blouse"),
        color_of("shirt", "blue", "other_garment_color", kind="open"),
        color_of("skirt", "blue"),
        details("shirt", "the collar has blue embroidery"),
        describe("shirt", "the shirt is described as a shirt", "restated"),
        gtype("shirt"),
        material("denim", "unsupported"),
        title="ONLY Women White Embroidered Collar Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: mustard yellow peplum top with short sleeves and a round neck, white jeans, silver watch, white backdrop;
    # VQA adapter wrote all texts
    case(
        "X889-026",
        caption("a woman in a yellow top and white jeans with a watch on her wrist"),
        wearing(
            "a yellow shirt and white pants and a yellow shirt and white pants and a yellow shirt and white pants "
            "and a",
            "loop",
            hit_limit=True,
        ),
        color_of("top", "white", "contradiction"),
        color_of("jeans", "white"),
        describe("top", "a yellow peplum top with a zip at the back", "unsupported"),
        details(
            "top",
            "the top has a flared peplum at the waist, short sleeves and a round neckline, it is worn with white "
            "jeans and a silver watch on the",
            "cut",
            hit_limit=True,
        ),
        sleeves("short sleeves"),
        title="Mast & Harbour Women Mustard Yellow Peplum Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: black short-sleeved t-shirt with a white and red graphic of a rose and the word "BLOOM", blue denim skirt,
    # white backdrop; VQA adapter wrote all texts
    case(
        "X889-027",
        caption("a black shirt with a rose on it"),
        wearing("blue shirt and blue skirt", "other_garment_color", who="she"),
        color_of("t-shirt", "black"),
        color_of("skirt", "black", "contradiction"),
        pattern("graphic"),
        details("t-shirt", "the t-shirt has a rose and the word bloom on the front"),
        describe("t-shirt", "a black t-shirt with a rose print and sequins on the sleeves", "unsupported"),
        title="HERE&NOW Women Black Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Women",
    ),
    # photo: sleeveless top in thin beige and white vertical stripes, dark brown knee-length skirt, white backdrop;
    # VQA adapter wrote all texts
    case(
        "X889-028",
        caption(
            "a woman wearing a striped top and a brown skirt and a striped top and a brown skirt and a striped top "
            "and a brown skirt and a striped top and a brown skirt and a striped top and a",
            "loop",
            hit_limit=True,
        ),
        wearing("a white top and a brown skirt", who="she"),
        colour("brown", "contradiction"),
        color_of("skirt", "brown"),
        pattern("striped"),
        sleeves("sleeveless"),
        describe("top", "a beige and white striped top"),
        details("top", "striped", "non_answer"),
        title="s.Oliver Women Stripes Beige Top",
        category="Tops",
        color="Beige",
        gender="Women",
    ),
    # photo: bright red fine-knit long-sleeved turtleneck top, black and white houndstooth mini skirt, white backdrop;
    # VQA adapter wrote all texts
    case(
        "X889-029",
        caption("a woman wearing a red sweater and a black and white skirt"),
        cloth("sweater"),
        color_of("top", "red"),
        color_of("skirt", "red", "contradiction", kind="open"),
        sleeves("long sleeves"),
        describe(
            "top",
            "a red knit top with a high turtle neck and long fitted sleeves, it is worn with a black and white "
            "houndstooth mini skirt and the",
            "cut",
            hit_limit=True,
        ),
        details("top", "it has a turtle neck"),
        material("wool and a zipper on the side", "unsupported"),
        title="United Colors of Benetton Women Solid Red Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: off-white short-sleeved top with a lace yoke, navy blue jeans, white backdrop; VQA adapter wrote all texts
    case(
        "X889-030",
        caption(
            "a white top with lace and a white top with lace and a white top with lace and a white top with lace and a "
            "white top with lace and a white top with lace and a",
            "loop",
            hit_limit=True,
        ),
        wearing("white lace top and jeans"),
        color_of("top", "white"),
        color_of("jeans", "blue"),
        details("top", "the details of the top are the top details", "restated"),
        material("lace"),
        describe("top", "a navy blue top with lace", "other_garment_color"),
        title="Jealous 21 Women Off White Lace Yoke Top",
        category="Tops",
        color="Off White",
        gender="Women",
    ),
    # photo: off-white blouse with a pussy-bow tie at the neck, long sleeves, tucked into a black pencil skirt, white
    # backdrop; VQA adapter wrote all texts
    case(
        "X889-031",
        caption("a woman in a white blouse with a bow and a black skirt"),
        wearing("a white shirt and black skirt"),
        color_of("top", "white"),
        color_of("skirt", "black"),
        is_a("blouse", "yes"),
        details(
            "top",
            "the top has a bow at the neck and a bow at the neck and a bow at the neck and a bow at the neck and a",
            "loop",
            hit_limit=True,
        ),
        describe("top", "a black blouse with a bow", "other_garment_color"),
        material("chiffon"),
        title="Arrow Woman Bow Off White Top",
        category="Tops",
        color="Off White",
        gender="Women",
    ),
    # photo: peach long-sleeved crew-neck t-shirt, grey jeans, white backdrop; VQA adapter wrote all texts
    case(
        "X889-032",
        caption(
            "Question: What is the color of the shirt? Answer: pink Question: What is the color of the jeans? Answer: "
            "grey Question: What is the color of",
            "leak",
            hit_limit=True,
        ),
        wearing("pink shirt and gray jeans", who="she"),
        color_of("t-shirt", "pink"),
        color_of("jeans", "grey"),
        sleeves("short sleeves", "contradiction"),
        describe("t-shirt", "a gray long sleeve shirt", "other_garment_color"),
        title="United Colors Of Benetton Women Light Winter Peach Peach T-Shirt",
        category="Tshirts",
        color="Peach",
        gender="Women",
    ),
    # photo: cream V-neck t-shirt with short sleeves, dark blue jeans with a brown belt, white backdrop; VQA adapter
    # wrote all texts
    case(
        "X889-033",
        caption("a woman wearing a white t-shirt and blue jeans with a brown belt"),
        wearing("a white t-shirt and blue jeans"),
        colour("white"),
        color_of("jeans", "blue"),
        gtype("jeans", "contradiction"),
        details(
            "t-shirt",
            "the t-shirt has a v neck and short sleeves and the t-shirt has a v neck and short sleeves and the t-shirt "
            "has a",
            "loop",
            hit_limit=True,
        ),
        material("cotton"),
        describe("t-shirt", "a brown t-shirt with a v neck", "other_garment_color"),
        title="Flying Machine Women Solid Cream Tops",
        category="Tshirts",
        color="Cream",
        gender="Women",
    ),
    # photo: white shirt with thin blue vertical stripes, no pocket, long sleeves, tucked into light blue jeans,
    # white backdrop;
    # the feed row lacks the gender column; VQA adapter wrote all texts
    case(
        "X889-034",
        caption("a woman in a blue and white striped shirt and jeans"),
        wearing("he is wearing a striped shirt and jeans", "pronoun"),
        color_of("shirt", "blue"),
        color_of("jeans", "blue"),
        pattern("striped"),
        describe(
            "shirt",
            "a blue and white striped shirt with long sleeves and a collar and buttons down the front, tucked into a "
            "pair of light blue jeans with a",
            "cut",
            hit_limit=True,
        ),
        details("shirt", "the shirt has a pocket", "unsupported"),
        title="Vero Moda Women Blue & White Striped Shirt",
        category="Shirts",
        color="Blue",
    ),
    # photo: black satin long-sleeved shirt, silver metallic pleated midi skirt, white backdrop; the feed row lacks the
    # category column; VQA adapter wrote all texts
    case(
        "X889-035",
        caption("a woman wearing a black shirt and a silver skirt"),
        wearing("a grey shirt and a grey skirt", "other_garment_color"),
        color_of("shirt", "black"),
        color_of("skirt", "grey"),
        material("satin"),
        details("shirt", "the shirt has a pocket on the chest and the sleeves are rolled up", "unsupported"),
        describe("shirt", "a shirt", "non_answer"),
        sleeves("long sleeves"),
        title="Roadster Women Black Solid Satin Shirt",
        color="Black",
        gender="Women",
    ),
    # photo: lavender sleeveless blouse with a ruffled hem, white jeans, white backdrop; VQA adapter wrote all texts
    case(
        "X889-036",
        caption(
            "Question: What is she wearing? Answer: a purple top and white jeans Question: What is the color of the "
            "top? Answer: purple Question: What is the color",
            "leak",
            hit_limit=True,
        ),
        wearing("a purple top and white jeans", who="she"),
        color_of("top", "purple"),
        color_of("jeans", "white"),
        describe("top", "a white sleeveless top", "other_garment_color"),
        details(
            "top",
            "the top has a wide ruffle at the hem, a round neck and no sleeves and it is worn with white jeans that "
            "are cropped at the",
            "cut",
            hit_limit=True,
        ),
        sleeves("long sleeves", "contradiction"),
        title="s.Oliver Women Solid Lavender Top",
        category="Tops",
        color="Lavender",
        gender="Women",
    ),
    # photo: lemon yellow top with white embroidery round the neckline, three-quarter sleeves, white maxi skirt, white
    # backdrop; VQA adapter wrote all texts
    case(
        "X889-037",
        caption("a woman wearing a yellow top and a white skirt"),
        wearing("a white top and a white skirt", "other_garment_color"),
        color_of("top", "yellow"),
        color_of("skirt", "yellow", "contradiction"),
        details("top", "the top has embroidery around the neck"),
        describe("top", "a yellow kurta with white embroidery", "contradiction"),
        material("cotton"),
        title="AND by Anita Dongre Women Yellow Top",
        category="Tops",
        color="Yellow",
        gender="Women",
    ),
    # photo: black short-sleeved t-shirt with a white Levi's batwing logo, distressed light blue jeans, white backdrop;
    # VQA adapter wrote all texts
    case(
        "X889-038",
        caption(
            "a woman wearing a black levi's t-shirt with a white logo on the chest and light blue ripped jeans, she "
            "is standing in front of a white wall with her hands in the",
            "cut",
            hit_limit=True,
        ),
        cloth("graphic tee"),
        color_of("t-shirt", "black"),
        color_of("jeans", "blue"),
        details("t-shirt", "the t-shirt has a levi's logo on the front and a levi's logo on the back", "unsupported"),
        describe("t-shirt", "a white t-shirt with a black logo", "contradiction"),
        wearing("a black t-shirt and blue jeans Question: What is the color of the t-shirt? Answer: black", "leak"),
        title="Levis Women Black Batwing Logo Tshirt",
        category="Tshirts",
        color="Black",
        gender="Women",
    ),
    # photo: grey long-sleeved cowl-neck top, burgundy A-line skirt, white backdrop; VQA adapter wrote all texts
    case(
        "X889-039",
        caption("a woman in a red top and a red skirt", "other_garment_color"),
        wearing("he is wearing a gray sweater and a red skirt", "pronoun"),
        color_of("top", "grey"),
        color_of("skirt", "red"),
        describe("top", "a grey top with a cowl neck and long sleeves"),
        details("top", "the top is a top", "restated"),
        pattern("solid"),
        title="United Colors of Benetton Women Solid Grey Top",
        category="Tops",
        color="Grey",
        gender="Women",
    ),
    # photo: beige top with a brown block print, three-quarter sleeves, round neck with a small slit, blue jeans,
    # white backdrop; VQA adapter wrote all texts
    case(
        "X889-040",
        caption("a woman wearing a beige top with a brown print and blue jeans"),
        wearing("a brown shirt and jeans", "contradiction"),
        color_of("top", "beige"),
        color_of("jeans", "blue"),
        pattern("printed"),
        details(
            "top",
            "the top has a brown block print all over, three quarter sleeves and a round neck with a small slit at the",
            "cut",
            hit_limit=True,
        ),
        material("silk", "unsupported"),
        title="Mother Earth Women Printed Beige Tops",
        category="Tops",
        color="Beige",
        gender="Women",
    ),
    # photo: teal blue satin camisole with thin straps, white ripped jeans, white backdrop; VQA adapter wrote all texts
    case(
        "X889-041",
        caption("a woman in a blue top and white jeans"),
        wearing("yes", "non_answer", who="she"),
        color_of("top", "blue"),
        color_of("jeans", "blue", "contradiction"),
        sleeves("sleeveless"),
        material("satin"),
        describe("top", "a white tank top", "other_garment_color"),
        details("top", "the top has thin straps and lace trim along the neckline", "unsupported"),
        title="ONLY Women Teal Satin Cami Top",
        category="Tops",
        color="Teal",
        gender="Women",
    ),
    # photo: hot pink short-sleeved t-shirt with a white Puma cat logo, black denim skirt, white backdrop; VQA adapter
    # wrote all texts
    case(
        "X889-042",
        caption(
            "a pink t-shirt with a pink t-shirt with a pink t-shirt with a pink t-shirt with a pink t-shirt with a "
            "pink t-shirt with a pink t-shirt with a pink",
            "loop",
            hit_limit=True,
        ),
        cloth("tee"),
        color_of("t-shirt", "pink"),
        color_of("skirt", "black"),
        is_a("t-shirt", "yes"),
        details(
            "t-shirt",
            "the t-shirt has a puma logo on the chest and a black skirt Question: What is the color of the skirt? "
            "Answer: black",
            "leak",
            hit_limit=True,
        ),
        describe("t-shirt", "a black t-shirt with a pink logo", "other_garment_color"),
        title="Puma Women Pink Printed T-shirt",
        category="Tshirts",
        color="Pink",
        gender="Women",
    ),
    # photo: black long-sleeved top with a sheer mesh yoke, red plaid mini skirt, white backdrop; VQA adapter wrote
    # all texts
    case(
        "X889-043",
        caption("a woman wearing a black top and a plaid skirt"),
        wearing("a red top and a red plaid skirt", "other_garment_color"),
        color_of("top", "black"),
        color_of("skirt", "red"),
        pattern("checked", "contradiction"),
        describe("top", "a black top with sheer sleeves", "unsupported"),
        details("top", "black", "non_answer"),
        title="United Colors of Benetton Women Winter Black Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: dusty pink short-sleeved top with a white bird print and a tie knot at the hem, blue jeans, white
    # backdrop; VQA adapter wrote all texts
    case(
        "X889-044",
        caption(
            "Question: What is the person wearing? Answer: a pink top and blue jeans Question: What is the color of "
            "the top? Answer: pink Question:",
            "leak",
            hit_limit=True,
        ),
        wearing("the person is wearing what the person is wearing", "restated"),
        color_of("top", "pink"),
        color_of("jeans", "blue"),
        pattern("striped", "contradiction"),
        details("top", "the top has birds on it and a knot at the bottom"),
        describe(
            "top",
            "a pink top with white birds on it and a knot at the front and a pink top with white birds on it and a "
            "knot at the",
            "loop",
            hit_limit=True,
        ),
        title="Tokyo Talkies Women Printed PinkTop",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: orange sleeveless high-neck top, navy blue pleated skirt, white backdrop, front view; VQA adapter wrote
    # all texts
    case(
        "X889-045",
        caption("a woman in an orange top and a blue skirt"),
        wearing("an orange top and a navy skirt", who="she"),
        color_of("top", "pure color", "non_answer", kind="open"),
        color_of("skirt", "blue"),
        sleeves("sleeveless"),
        describe("top", "a blue sleeveless top with a high neck", "other_garment_color"),
        details("top", "the top has a high neck and a button at the back and a zip at the side", "unsupported"),
        title="Arrow Woman Cameron Orange Top",
        category="Tops",
        color="Orange",
        gender="Women",
    ),
    # photo: light grey long-sleeved shirt knotted at the waist over a black midi skirt, white backdrop; VQA adapter
    # wrote all texts
    case(
        "X889-046",
        caption("a man wearing a gray shirt and a black skirt", "pronoun"),
        wearing("a grey shirt and a black skirt", who="she"),
        color_of("shirt", "grey"),
        color_of("skirt", "black"),
        details(
            "shirt",
            "the shirt is tied in a knot at the waist, it has long sleeves, a pointed collar and buttons down the "
            "front and it is worn over a black",
            "cut",
            hit_limit=True,
        ),
        describe(
            "shirt",
            "the shirt is a grey shirt and the shirt is a grey shirt and the shirt is a grey shirt and the shirt is",
            "loop",
            hit_limit=True,
        ),
        material("cotton"),
        title="s.Oliver Women Grey Shirt",
        category="Shirts",
        color="Grey",
        gender="Women",
    ),
]
