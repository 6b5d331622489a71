"""BLIND_597 (46 products; Myntra printed women's tops/dresses, VQA adapter): written blind in the fifty-second session.
Measured blind at 902cbd0 (the session's ninth rules): 103/130 failures found (79.2%) and 8/185 correct texts flagged
(4.3%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's western tops, shirts, t-shirts and dresses, all printed (floral, checked,
gingham, striped, polka dot, graphic, leopard/zebra/snake print). Catalog photos: mostly a white or light grey studio
backdrop, one garden; the model usually wears other clothes (jeans, shorts, skirts, trousers,
an open denim jacket, a tank under an open shirt), shoes, sometimes a bag, hat or belt. Some shots crop the face.
Feed columns: title, category (the seller's article_type), color (the seller's base_colour), gender; a few rows lack
one column, as real feeds do.

Who wrote what: every caption is the untuned base model (Salesforce/blip2-opt-2.7b): short, lowercase, "a woman
in/wearing ...", it stops on its own, so captions are never cut or looped; its errors are a wrong hue or pattern,
a prop or garment that is not there, the color of the jeans or shoes for the product, and "a man" when the face is
cropped. Every answer is the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA) on the base model. Closed answers
(garment_type, color, pattern, sleeve length, "Is this a ...?", the closed color-of questions) come from enrich's
reference engine, one candidate each: never looped or cut, but often the jeans', belt's or shoes' color, "solid"
for a busy print, "striped" for checks, "polka dot" for ditsy flowers, or the layered garment's type. Open answers
(what is she/the person wearing, what cloth, describe, details, material, the print, open color-of) are free
generation with 30 new tokens: the adapter was trained without an end token, so it often runs on: it repeats a
phrase until the limit, is cut mid-phrase, or writes the next "Question: ... Answer:" turn of its training format.
It also answers an open question with one word ("wrap", "skull", "yes") and sometimes echoes the question.

Labeling conventions and judgement calls:
- One failure kind per text, the one that first makes it wrong. A looped or leaked answer that ran to 30 tokens is
  loop or leak (hit_limit=True); cut is kept for texts that are correct up to where the limit cut them mid-phrase.
  One leak stopped short of the limit (the print answer of X597-017), so it has no hit_limit.
- Colors of prints: the ground color or any color that covers a large share of the print (the navy of navy stripes,
  the white of black-and-white gingham, one band of a multicolor stripe) is a correct color for the product. I never
  used the color of small motifs (black dots, white flowers) as a failure, to keep the labels unarguable.
- other_garment_color: the product given the color of something else the model wears (jeans, shorts, trousers,
  skirt, tank, open jacket, belt, shoes, bag), in a caption, an open answer or a closed color answer. The reverse,
  another garment given the product's color ("What is the color of the jeans?" -> green), is contradiction, and so
  is one color given to both garments ("the top is green and the jeans are green" when the jeans are white).
- contradiction also covers a wrong pattern or sleeve length, a wrong garment type ("skirt" or "jacket" for the top
  or dress), "t-shirt" for a t-shirt dress in a Dresses row, and details of the open jacket given as the dress's.
- Shades are not failures: maroon as red, teal as blue, peach as pink, off-white as white, mustard as yellow, navy as
  blue. Zebra stripes called "striped" in a caption are correct; a palm-leaf print answered "floral" is correct.
- unsupported: a detail or item that is not in the photo (pockets, slit, zip or smocking on a back we cannot see,
  sunglasses, handbag, belt, boots below a crop, a leather jacket, text or dates on a graphic that are not there).
- Material: correct when the title names it or it is a plausible reading of the photo (cotton for a jersey tee,
  georgette for a flowy maxi); a fabric the title contradicts is contradiction; a specific claim the photo cannot
  show (lining, "100% silk") is unsupported.
- non_answer: a one-word or yes/no answer to an open question (wearing, describe, details, print), "she is wearing
  a top" to what is she wearing, and an open color answer that only names the pattern ("floral", "pure color").
- restated: the question, or its words, given back ("describe the shirt", "the top is a top").
- pronoun: "he"/"his" for a Women row, and "a man" in a base caption of a cropped Women photo. The one row without
  a gender column has no pronoun label.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

cloth = question("cloth", "What cloth is the person wearing?", "open")
print_of = question("print", "What is the print on the garment?", "open")
neckline = question("neckline", "What is the neckline of the garment?", "open")

BLIND_597 = [
    # photo: white wrap top with a navy floral print, three-quarter sleeves, tie at the waist, worn with mid-blue
    # skinny jeans; white backdrop, face visible, front view. Base caption; VQA adapter answers.
    case(
        "X597-001",
        caption("a woman wearing a white floral top and blue jeans"),
        wearing("a white floral wrap top with blue jeans"),
        Q.pattern("floral"),
        Q.color("white"),
        details(
            "top",
            "the top has a v-neckline and a tie at the waist the top has a v-neckline and a tie at the waist the"
            " top has",
            failure="loop",
            hit_limit=True,
        ),
        Q.material("chiffon with a satin lining", failure="unsupported"),
        title="Berrylush Women White & Navy Blue Floral Print Wrap Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: black-and-white gingham top, short puff sleeves, square neck, tucked into light blue denim shorts;
    # white backdrop, face visible. Base caption; VQA adapter answers.
    case(
        "X597-002",
        caption("a woman in a black and white checkered top and denim shorts"),
        Q.pattern("striped", failure="contradiction"),
        Q.color("black"),
        describe("top", "a black and white checked top with puff sleeves and a square neckline"),
        color_of("top", "blue", kind="open", failure="other_garment_color"),
        print_of("stripes", failure="contradiction"),
        title="Harpa Women Black & White Checked Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: mustard shirt dress with black leopard spots, long sleeves, collar, button placket, self tie belt,
    # black strappy heels, no bag; white backdrop, face visible. Base caption; VQA adapter answers.
    case(
        "X597-003",
        caption("a woman wearing a yellow leopard print dress and black heels"),
        Q.garment_type("dress"),
        Q.pattern("animal print"),
        Q.color("yellow"),
        details(
            "dress",
            "leopard print, collar, button placket, tie belt at the waist, leopard print, collar, button placket, tie"
            " belt at the",
            failure="loop",
            hit_limit=True,
        ),
        wearing(
            "a mustard yellow leopard print shirt dress with black heels and a black handbag", failure="unsupported"
        ),
        Q.sleeve_length("short", failure="contradiction"),
        title="SASSAFRAS Women Mustard Yellow Animal Print Shirt Dress",
        category="Dresses",
        color="Mustard",
        gender="Women",
    ),
    # photo: navy fit-and-flare midi dress with white polka dots, short flutter sleeves, white sneakers; plain white
    # wall behind, face visible. Base caption; VQA adapter answers.
    case(
        "X597-004",
        caption("a woman in a blue and white polka dot dress standing in front of a white wall"),
        Q.pattern("polka dot"),
        Q.color("navy blue"),
        Q.sleeve_length("sleeveless", failure="contradiction"),
        wearing("she is wearing a navy blue polka dot dress", who="she"),
        details(
            "dress",
            "the dress has white polka dots and a fitted waist with flared skirt and a zip at the back with a zip at"
            " the back with a zip at",
            failure="loop",
            hit_limit=True,
        ),
        title="Tokyo Talkies Women Navy Blue & White Polka Dot Print Fit and Flare Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: Breton top, white with red horizontal stripes, long sleeves, boat neck, worn with black straight
    # trousers; white backdrop, face visible. Base caption; VQA adapter answers.
    case(
        "X597-005",
        caption("a woman wearing a red and white striped shirt and black pants"),
        Q.pattern("striped"),
        Q.color("black", failure="other_garment_color"),
        color_of(
            "top",
            "red and white red and white red and white red and white red and white red and white red and white red"
            " and white",
            kind="open",
            failure="loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        describe("top", "striped", failure="non_answer"),
        neckline("boat neck"),
        title="Roadster Women Red & White Striped Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: white round-neck tee with a black cat-face graphic and the word "MEOW", short sleeves, light blue
    # jeans, no bag; face cropped at the chin, white backdrop. Base caption; VQA adapter answers.
    case(
        "X597-006",
        caption("a man wearing a white t-shirt with a cat on it", failure="pronoun"),
        Q.pattern("graphic"),
        Q.color("white"),
        wearing("a white cat print t-shirt, blue ripped jeans and a black sling bag", failure="unsupported"),
        details(
            "t-shirt",
            "the t-shirt has a black cat face print on the chest with the text meow written below it in black letters"
            " and a round neckline with short sleeves and a",
            failure="cut",
            hit_limit=True,
        ),
        Q.sleeve_length("short"),
        title="HERE&NOW Women White Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: blush pink sleeveless A-line midi dress, V-neck, small white and green floral print, no pockets
    # visible, nude sandals; light grey backdrop, face visible. Base caption; VQA adapter answers.
    case(
        "X597-007",
        caption("a woman in a pink floral dress posing for a picture"),
        Q.color("pink"),
        Q.pattern("floral"),
        cloth(
            "dress Question: What is the color of the dress? Answer: pink Question: What is the color of the dress?"
            " Answer: pink Question:",
            failure="leak",
            hit_limit=True,
        ),
        details("dress", "the dress has a v-neckline, a pleated skirt and two side pockets", failure="unsupported"),
        wearing("a pink dress with white flowers and green leaves"),
        title="Vero Moda Women Pink Floral Print A-Line Dress",
        category="Dresses",
        color="Pink",
        gender="Women",
    ),
    # photo: black-and-red buffalo check shirt, long sleeves, two flap chest pockets, buttoned, worn untucked over
    # blue jeans; face cropped at the mouth, white backdrop. Base caption; VQA adapter answers.
    case(
        "X597-008",
        caption("a woman wearing a red and black plaid shirt and jeans"),
        Q.pattern("checked"),
        Q.garment_type("shirt"),
        Q.color("blue", failure="other_garment_color"),
        wearing("he is wearing a red and black checkered shirt and blue jeans", failure="pronoun"),
        describe(
            "shirt",
            "a red and black checked shirt with a collar, buttons down the front, two chest pockets with flaps and long"
            " sleeves with button cuffs and a",
            failure="cut",
            hit_limit=True,
        ),
        title="DressBerry Women Black & Red Checked Shirt",
        category="Shirts",
        color="Black",
        gender="Women",
    ),
    # photo: beige long-sleeved wrap midi dress with a brown snakeskin print, brown ankle boots, no belt; white
    # backdrop, face visible. Base caption; VQA adapter answers.
    case(
        "X597-009",
        caption("a woman in a beige snake print dress"),
        Q.pattern("animal print"),
        Q.color("beige"),
        Q.sleeve_length("long"),
        wearing("a snake print dress and brown boots with a gold belt", failure="unsupported"),
        details("dress", "the details of the dress", failure="restated"),
        color_of(
            "dress",
            "brown brown brown brown brown brown brown brown brown brown brown brown brown brown brown brown brown"
            " brown brown brown brown brown brown brown brown brown brown brown brown brown",
            kind="open",
            failure="loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        title="ONLY Women Beige & Brown Snake Print Wrap Dress",
        category="Dresses",
        color="Beige",
        gender="Women",
    ),
    # photo: blue-and-white vertical pinstripe shirt, long sleeves rolled to the elbow, tucked into beige trousers;
    # white backdrop, face visible. Base caption; VQA adapter answers.
    case(
        "X597-010",
        caption("a woman wearing a blue and white striped shirt and beige pants"),
        Q.pattern("checked", failure="contradiction"),
        Q.color("beige", failure="other_garment_color"),
        wearing("a striped shirt and beige trousers"),
        details("shirt", "the shirt has vertical stripes, a collar and long sleeves rolled up to the elbow"),
        describe("shirt", "describe the shirt", failure="restated"),
        title="AND Women Blue & White Striped Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: maroon top with a small white and yellow floral print, short ruffled sleeves, round neck, worn with
    # black jeans; white backdrop, face visible, front view only. Base caption; VQA adapter answers.
    case(
        "X597-011",
        caption("a woman in a red floral top and black jeans"),
        Q.color("maroon"),
        Q.pattern("floral"),
        Q.sleeve_length("short"),
        wearing(
            "maroon floral top Question: What is the color of the jeans? Answer: black Question: What is the color of"
            " the",
            failure="leak",
            hit_limit=True,
        ),
        describe("top", "a black top with a floral print", failure="other_garment_color"),
        details("top", "ruffle sleeves, round neck, keyhole button at the back", failure="unsupported"),
        title="Athena Women Maroon Floral Print Top",
        category="Tops",
        color="Maroon",
        gender="Women",
    ),
    # photo: black bodycon mini dress with small white dots, cap sleeves, red stiletto heels; white backdrop, face
    # visible. Base caption; VQA adapter answers.
    case(
        "X597-012",
        caption("a woman wearing a red polka dot dress and red shoes", failure="other_garment_color"),
        Q.color("red", failure="other_garment_color"),
        Q.pattern("polka dot"),
        wearing("a black polka dot dress", who="she"),
        describe(
            "dress",
            "a black dress with white polka dots a black dress with white polka dots a black dress with white polka"
            " dots a black dress",
            failure="loop",
            hit_limit=True,
        ),
        title="FOREVER 21 Women Black & White Polka Dot Print Bodycon Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: sleeveless peplum top with a large orange, pink and green floral print on cream, round neck, worn with
    # light blue jeans; white backdrop, face visible. Base caption; VQA adapter answers.
    case(
        "X597-013",
        caption("a woman wearing a colorful floral top and blue jeans"),
        Q.color("orange"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        describe(
            "top",
            "a multicolor floral print peplum top with a round neck and a concealed zip on the side",
            failure="unsupported",
        ),
        details(
            "top",
            "peplum hem, round neck, sleeveless, concealed zip at the back, floral print, peplum hem, round neck,"
            " sleeveless, concealed zip at the back, floral",
            failure="loop",
            hit_limit=True,
        ),
        color_of("top", "floral", kind="open", failure="non_answer"),
        title="Sera Women Multicoloured Floral Print Peplum Top",
        category="Tops",
        color="Multi",
        gender="Women",
    ),
    # photo: green-and-white tartan check shirt, long sleeves, small embroidered logo on the chest, worn untucked over
    # navy jeans, no belt visible; face visible, white backdrop. Base caption; VQA adapter answers.
    case(
        "X597-014",
        caption("a woman wearing a green checked shirt and jeans"),
        Q.pattern("checked"),
        Q.color("green"),
        wearing("she is wearing a green plaid shirt and jeans with a brown belt", who="she", failure="unsupported"),
        details(
            "shirt",
            "the shirt has a button down collar, long sleeves with buttoned cuffs, a curved hem and a small logo"
            " embroidered on the left side of the",
            failure="cut",
            hit_limit=True,
        ),
        color_of("jeans", "green", failure="contradiction"),
        title="U.S. Polo Assn. Women Green & White Checked Shirt",
        category="Shirts",
        color="Green",
        gender="Women",
    ),
    # photo: off-white knit top with thin black horizontal stripes, short sleeves, tucked into a black midi skirt;
    # white backdrop, face visible. Base caption; VQA adapter answers.
    case(
        "X597-015",
        caption("a woman in a black and white striped top and black skirt"),
        Q.pattern("striped"),
        Q.color("white"),
        Q.garment_type("skirt", failure="contradiction"),
        wearing(
            "she is wearing a striped top and a black skirt she is wearing a striped top and a black skirt she is"
            " wearing a striped",
            failure="loop",
            hit_limit=True,
        ),
        describe("top", "a white and black striped t-shirt with a round neck and short sleeves"),
        cloth("t-shirt, skirt"),
        title="MANGO Women Off-White & Black Striped Top",
        category="Tops",
        color="Off White",
        gender="Women",
    ),
    # photo: yellow tiered maxi dress with a white floral print, flutter sleeves, V-neck, waist tie; outdoor garden
    # backdrop with green bushes, face visible. Base caption; VQA adapter answers.
    case(
        "X597-016",
        caption("a woman in a yellow dress standing in a garden"),
        Q.pattern("solid", failure="contradiction"),
        Q.color("yellow"),
        Q.sleeve_length("short"),
        wearing("a yellow floral maxi dress"),
        details(
            "dress",
            "tiered skirt, flutter sleeves, v-neck, waist tie Question: What is the color of the dress? Answer: yellow"
            " Question: What is the",
            failure="leak",
            hit_limit=True,
        ),
        Q.material("georgette"),
        print_of("pure color", failure="contradiction"),
        title="Besiva Women Yellow Floral Print Tiered Maxi Dress",
        category="Dresses",
        color="Yellow",
        gender="Women",
    ),
    # photo: navy round-neck tee with a white "BROOKLYN NYC" text graphic, short sleeves, grey melange shorts, no cap;
    # white backdrop, face visible. Base caption; VQA adapter answers.
    case(
        "X597-017",
        caption(
            "a woman wearing a blue t-shirt with the word brooklyn on it and a red baseball cap", failure="unsupported"
        ),
        Q.pattern("graphic"),
        Q.color("grey", failure="other_garment_color"),
        wearing("a blue t-shirt and grey shorts"),
        describe(
            "t-shirt",
            "a navy blue t-shirt with a white print that says brooklyn nyc 1986 and a small red star on the sleeve",
            failure="unsupported",
        ),
        Q.sleeve_length("short"),
        print_of("text print Question: What is the color of the t-shirt? Answer: navy", failure="leak"),
        title="Roadster Women Navy Blue Printed Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: red wrap mini dress with a small white floral print, long sleeves, V-neck, ruffle hem, white sneakers;
    # white backdrop, face visible. Base caption; VQA adapter answers.
    case(
        "X597-018",
        caption("a woman wearing a red floral dress and white sneakers"),
        Q.color("red"),
        Q.pattern("floral"),
        wearing("he is wearing a red dress with white flowers", failure="pronoun"),
        details("dress", "wrap", failure="non_answer"),
        describe(
            "dress",
            "a red floral wrap dress with long sleeves and a v-neck and a tie at the waist and a ruffle hem and white"
            " sneakers and a",
            failure="cut",
            hit_limit=True,
        ),
        title="Tokyo Talkies Women Red Floral Print Wrap Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: lavender-and-white gingham top, sleeveless, ruffled neckline, tucked into light blue denim shorts;
    # white backdrop, face visible. Base caption; VQA adapter answers.
    case(
        "X597-019",
        caption("a woman in a purple and white checkered top and denim shorts"),
        Q.pattern("checked"),
        Q.color("purple"),
        wearing("a purple checkered top with ruffles and blue denim shorts"),
        color_of("top", "blue", kind="open", failure="other_garment_color"),
        details(
            "top",
            "the top has ruffles at the neckline and the top has ruffles at the neckline and the top has ruffles at the"
            " neckline and the top",
            failure="loop",
            hit_limit=True,
        ),
        Q.sleeve_length("short", failure="contradiction"),
        title="Harpa Women Lavender & White Checked Top",
        category="Tops",
        color="Lavender",
        gender="Women",
    ),
    # photo: black-and-white zebra print top, three-quarter sleeves, round neck, black trousers; white backdrop,
    # face visible. Base caption; VQA adapter answers.
    case(
        "X597-020",
        caption("a woman in a black and white striped top"),
        Q.pattern("animal print"),
        Q.color("black"),
        Q.sleeve_length("three-quarter"),
        describe(
            "top",
            "a black and white zebra print top with three quarter sleeves, a round neckline and a relaxed fit, worn"
            " with black trousers and the sleeves are",
            failure="cut",
            hit_limit=True,
        ),
        wearing(
            "zebra top Question: What is the person wearing? Answer: zebra top Question: What is the person wearing?"
            " Answer: zebra top Question:",
            failure="leak",
            hit_limit=True,
        ),
        Q.material("silk", failure="contradiction"),
        title="StyleStone Women Black & White Zebra Print Knitted Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: white top with black polka dots, short puff sleeves, square neck, black jeans, carrying a tan tote bag;
    # white backdrop, face visible. Base caption; VQA adapter answers. All correct.
    case(
        "X597-021",
        caption("a woman wearing a white polka dot top and black jeans holding a brown bag"),
        Q.color("white"),
        Q.pattern("polka dot"),
        Q.sleeve_length("short"),
        details("top", "puff sleeves and square neck"),
        wearing("a white top with black dots, black jeans and a brown handbag"),
        describe("top", "a white top with black polka dots"),
        title="Berrylush Women White & Black Polka Dot Print Puff Sleeve Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: rust-and-cream windowpane check A-line midi dress, short sleeves, round neck, a light blue denim jacket
    # worn open over it, white sneakers; white backdrop, face visible. Base caption; VQA adapter answers.
    case(
        "X597-022",
        caption("a woman wearing a denim jacket over a plaid dress"),
        Q.color("blue", failure="other_garment_color"),
        Q.pattern("checked"),
        Q.garment_type("jacket", failure="contradiction"),
        wearing("a denim jacket and an orange checked dress"),
        color_of("dress", "orange", kind="open"),
        details("dress", "button front, two patch pockets on the chest, long sleeves", failure="contradiction"),
        Q.sleeve_length("long", failure="contradiction"),
        title="Mast & Harbour Women Rust Checked A-Line Dress",
        category="Dresses",
        color="Rust",
        gender="Women",
    ),
    # photo: white cropped tee with a pink "GOOD VIBES" slogan and a small daisy graphic, short sleeves, high-waist
    # black jeans; white backdrop, face visible. Base caption; VQA adapter answers.
    case(
        "X597-023",
        caption("a woman in a white t-shirt with the words good vibes on it"),
        Q.pattern("graphic"),
        Q.garment_type("top"),
        cloth("a black crop top with a good vibes print and black jeans", failure="other_garment_color"),
        Q.color("white"),
        wearing("yes", failure="non_answer"),
        describe("top", "a white crop top with good vibes printed in pink letters and a daisy"),
        Q.sleeve_length("long", failure="contradiction"),
        title="ONLY Women White Graphic Print Crop Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: white sleeveless A-line dress with a large green palm-leaf print, tan sandals, a straw hat, no
    # sunglasses; light grey backdrop, face visible. Base caption; VQA adapter answers.
    case(
        "X597-024",
        caption("a woman in a green and white dress wearing a straw hat and sunglasses", failure="unsupported"),
        Q.pattern("floral"),
        Q.color("green"),
        wearing("a white dress with green leaves and a hat and sunglasses", failure="unsupported"),
        details(
            "dress",
            "leaf print, sleeveless, round neck, flared hem, leaf print, sleeveless, round neck, flared hem, leaf"
            " print, sleeveless, round",
            failure="loop",
            hit_limit=True,
        ),
        Q.material("linen"),
        title="Vero Moda Women Green & White Tropical Printed A-Line Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: pink boat-neck top with navy horizontal stripes, three-quarter bell sleeves, white jeans; photo cropped
    # at mid-thigh (no shoes), no bag; white backdrop, face visible. Base caption; VQA adapter answers.
    case(
        "X597-025",
        caption("a woman wearing a pink and blue striped top and white jeans"),
        Q.color("pink"),
        Q.pattern("striped"),
        Q.sleeve_length("three-quarter"),
        wearing("a pink and blue striped top and white jeans"),
        details("top", "bell sleeves"),
        describe(
            "top",
            "a pink striped top with bell sleeves and a boat neckline she is wearing white jeans and white sneakers and"
            " a white handbag",
            failure="unsupported",
        ),
        color_of("jeans", "pink", failure="contradiction"),
        title="DressBerry Women Pink & Navy Blue Striped Bell Sleeve Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: tan-brown satin shirt with black leopard spots, long sleeves, collar, tucked into black trousers, no
    # jewellery; white backdrop, face visible. Base caption; VQA adapter answers.
    case(
        "X597-026",
        caption("a woman wearing a leopard print shirt and black pants with a gold necklace", failure="unsupported"),
        Q.pattern("animal print"),
        Q.color("brown"),
        Q.material("satin"),
        wearing("leopard print shirt and black trousers"),
        describe(
            "shirt",
            "Question: Describe the shirt. Answer: a leopard print shirt Question: Describe the shirt. Answer: a"
            " leopard print shirt Question:",
            failure="leak",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        title="SASSAFRAS Women Brown & Black Leopard Print Satin Shirt",
        category="Shirts",
        color="Brown",
        gender="Women",
    ),
    # photo: blue off-shoulder (Bardot) top with a white floral print, short ruffle sleeves, elastic neckline, no
    # buttons, white trousers; white backdrop, face visible. Base caption; VQA adapter answers.
    case(
        "X597-027",
        caption("a woman in a blue and white floral off the shoulder top"),
        Q.pattern("floral"),
        Q.color("blue"),
        Q.sleeve_length("long", failure="contradiction"),
        wearing("a blue floral top and white pants"),
        details(
            "top", "off the shoulder neckline with elastic, ruffle sleeves and a button placket", failure="unsupported"
        ),
        describe("top", "the top is a top", failure="restated"),
        neckline("the neckline of the garment", failure="restated"),
        title="AND Women Blue Floral Print Bardot Top",
        category="Tops",
        color="Blue",
        gender="Women",
    ),
    # photo: grey-and-white horizontal striped knee-length t-shirt dress, short sleeves, white sneakers, no bag; white
    # backdrop, face visible. Base caption; VQA adapter answers.
    case(
        "X597-028",
        caption("a woman in a grey and white striped dress"),
        Q.garment_type("t-shirt", failure="contradiction"),
        Q.pattern("striped"),
        Q.color("grey"),
        wearing("a striped t-shirt dress, white sneakers and a white sling bag", failure="unsupported"),
        Q.material("cotton"),
        is_a("dress", "no", failure="contradiction"),
        title="Tokyo Talkies Women Grey & White Striped T-shirt Dress",
        category="Dresses",
        color="Grey",
        gender="Women",
    ),
    # photo: black sleeveless halter maxi dress with large red and pink roses, no slit, black heels; white backdrop,
    # face visible, front view. Base caption; VQA adapter answers.
    case(
        "X597-029",
        caption("a woman wearing a black dress with red roses on it"),
        Q.color("black"),
        Q.pattern("floral"),
        wearing(
            "she is wearing a black floral maxi dress with a halter neck and red and pink roses all over the skirt"
            " and black heels and a",
            who="she",
            failure="cut",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless"),
        details("dress", "halter neck, floral print, thigh high slit, open back", failure="unsupported"),
        describe(
            "dress",
            "a black dress with red roses a black dress with red roses a black dress with red roses a black dress with"
            " red roses",
            failure="loop",
            hit_limit=True,
        ),
        title="Athena Women Black Floral Print Halter Neck Maxi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: white shirt with a navy grid check, long sleeves, worn open over a black tank top, light blue jeans;
    # white backdrop, face visible. Base caption; VQA adapter answers.
    case(
        "X597-030",
        caption("a woman wearing a white plaid shirt over a black tank top"),
        Q.color("black", failure="other_garment_color"),
        Q.pattern("checked"),
        wearing("a checked shirt, black tank top and jeans"),
        describe("shirt", "a white and blue checked shirt with long sleeves worn open over a black top"),
        Q.garment_type("shirt"),
        details("shirt", "the details of the shirt are the shirt details", failure="restated"),
        color_of("shirt", "black", kind="open", failure="other_garment_color"),
        title="Roadster Women White & Navy Blue Regular Fit Checked Casual Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: mustard top with small white polka dots, short flutter sleeves, V-neck with a front tie knot, hem tucked
    # into blue jeans at the front; face cropped at the mouth, white backdrop. Base caption; VQA adapter answers.
    case(
        "X597-031",
        caption("a man wearing a yellow shirt with white polka dots", failure="pronoun"),
        Q.pattern("polka dot"),
        Q.color("yellow"),
        wearing("a yellow polka dot top with blue jeans"),
        Q.sleeve_length("short"),
        details(
            "top",
            "v neck with a tie knot at the front, flutter sleeves, white polka dots on a mustard base, relaxed fit, the"
            " hem is tucked into the jeans at the front and the",
            failure="cut",
            hit_limit=True,
        ),
        cloth("his shirt is yellow with white dots", failure="pronoun"),
        title="FOREVER 21 Women Mustard Yellow Polka Dot Print Tie-Up Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: navy long-sleeved midi dress with a small pink and white ditsy floral print, shirred waist, round
    # neck, brown ankle boots; white backdrop, face visible. Base caption; VQA adapter answers.
    case(
        "X597-032",
        caption("a woman in a brown floral dress and boots", failure="other_garment_color"),
        Q.color("brown", failure="other_garment_color"),
        Q.pattern("floral"),
        Q.sleeve_length("long"),
        wearing("a navy blue floral dress and brown boots"),
        details("dress", "long sleeves, shirred waist and a round neck"),
        describe("dress", "dress", failure="non_answer"),
        title="MANGO Women Navy Blue Floral Print Midi Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: red-and-white horizontal striped polo t-shirt, short sleeves, small navy embroidered logo, white shorts;
    # white backdrop, face visible. Base caption; VQA adapter answers.
    case(
        "X597-033",
        caption("a woman in a red and white striped polo shirt"),
        Q.pattern("striped"),
        Q.color("red"),
        wearing("a red striped polo shirt and white shorts"),
        color_of("shorts", "red", failure="contradiction"),
        details(
            "t-shirt",
            "polo collar with two buttons, short sleeves, logo on the chest, ribbed cuffs, polo collar with two"
            " buttons, short sleeves, logo on the chest, ribbed",
            failure="loop",
            hit_limit=True,
        ),
        title="U.S. Polo Assn. Women Red & White Striped Polo Collar T-shirt",
        category="Tshirts",
        color="Red",
        gender="Women",
    ),
    # photo: beige-and-black houndstooth knit top, long sleeves, round neck, black trousers; white backdrop, face
    # visible. Base caption; VQA adapter answers.
    case(
        "X597-034",
        caption("a woman wearing a beige checkered top and black pants"),
        Q.pattern("checked"),
        Q.color("beige"),
        Q.sleeve_length("short", failure="contradiction"),
        wearing("she is wearing a top", who="she", failure="non_answer"),
        describe(
            "top",
            "a beige and black houndstooth top with long sleeves and a round neckline Question: What is the color of"
            " the top? Answer: beige Question",
            failure="leak",
            hit_limit=True,
        ),
        print_of("houndstooth"),
        title="Trendyol Women Beige & Black Houndstooth Checked Top",
        category="Tops",
        color="Beige",
        gender="Women",
    ),
    # photo: teal kaftan top with an orange and yellow floral print, wide short sleeves, V-neck with tassel ties,
    # white jeans; white backdrop, face visible. Base caption; VQA adapter answers.
    case(
        "X597-035",
        caption("a woman in a white floral top and white jeans", failure="other_garment_color"),
        Q.color("teal"),
        Q.pattern("floral"),
        wearing("a teal floral kaftan top with white jeans"),
        details("top", "v neck with tassels"),
        Q.sleeve_length("short"),
        describe("top", "the top is green and the jeans are green", failure="contradiction"),
        Q.material("silk chiffon, fully lined", failure="unsupported"),
        title="Sera Women Teal Blue Floral Print Kaftan Top",
        category="Tops",
        color="Teal",
        gender="Women",
    ),
    # photo: black round-neck tee with a white skull-and-roses graphic, short sleeves, ripped light blue jeans, no
    # jacket; white backdrop, face visible. Base caption; VQA adapter answers.
    case(
        "X597-036",
        caption("a woman wearing a black t-shirt with a skull on it"),
        Q.pattern("graphic"),
        Q.color("black"),
        Q.sleeve_length("short"),
        wearing("a black skull t-shirt and ripped jeans and a black leather jacket", failure="unsupported"),
        details("t-shirt", "skull", failure="non_answer"),
        print_of("the print on the garment", failure="restated"),
        title="Tokyo Talkies Women Black Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Women",
    ),
    # photo: peach smocked mini dress with small white flowers, short puff sleeves, square neck, white block heels;
    # white backdrop, face visible. Base caption; VQA adapter answers.
    case(
        "X597-037",
        caption("a woman in a pink floral dress"),
        Q.color("pink"),
        Q.pattern("polka dot", failure="contradiction"),
        Q.sleeve_length("short"),
        wearing("he is wearing a pink dress", failure="pronoun"),
        details(
            "dress",
            "smocked bodice, puff sleeves Question: What is the pattern of the dress? Answer: floral Question: What is"
            " the pattern",
            failure="leak",
            hit_limit=True,
        ),
        print_of("dots", failure="contradiction"),
        title="Harpa Women Peach-Coloured Floral Print Smocked Fit and Flare Dress",
        category="Dresses",
        color="Peach",
        gender="Women",
    ),
    # photo: navy-and-white vertical striped sleeveless A-line dress with a red belt, white sandals; white backdrop,
    # face visible. Base caption; VQA adapter answers.
    case(
        "X597-038",
        caption("a woman in a blue and white striped dress with a red belt"),
        Q.color("red", failure="other_garment_color"),
        Q.pattern("striped"),
        Q.sleeve_length("sleeveless"),
        wearing("a blue striped dress with a red belt and white sandals"),
        details("dress", "striped, sleeveless, red belt"),
        is_a("dress", "yes"),
        describe("dress", "a red dress with blue and white stripes", failure="other_garment_color"),
        title="FOREVER 21 Women Navy Blue & White Striped A-Line Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: emerald green wrap top with black leopard rosettes, long puff sleeves, V-neck, side tie, black skinny
    # jeans, no earrings; white backdrop, face visible. Base caption; VQA adapter answers.
    case(
        "X597-039",
        caption(
            "a woman wearing a green leopard print top and black jeans and gold hoop earrings", failure="unsupported"
        ),
        Q.pattern("solid", failure="contradiction"),
        Q.color("green"),
        Q.sleeve_length("long"),
        wearing(
            "a green animal print wrap top with long puff sleeves and a tie at the side, black skinny jeans and black"
            " pointed",
            failure="cut",
            hit_limit=True,
        ),
        details(
            "top",
            "wrap front with tie at the side, long puff sleeves, v neck and a Question: What is the color of the top?"
            " Answer: green Question: What is the",
            failure="leak",
            hit_limit=True,
        ),
        color_of("jeans", "black"),
        title="Berrylush Women Green & Black Animal Print Wrap Top",
        category="Tops",
        color="Green",
        gender="Women",
    ),
    # photo: white sleeveless top with a blue and yellow floral print, light blue denim shorts; white backdrop, face
    # visible. The feed row has no color. Base caption; VQA adapter answers.
    case(
        "X597-040",
        caption("a woman wearing a white floral top and denim shorts"),
        Q.color("white"),
        Q.pattern("floral"),
        wearing(
            "a white sleeveless top with a blue and yellow floral print and light blue denim shorts with frayed hems"
            " and a white",
            failure="cut",
            hit_limit=True,
        ),
        describe("top", "blue", failure="non_answer"),
        details(
            "top",
            "she is wearing a white top with blue flowers and yellow flowers and blue flowers and yellow flowers and"
            " blue flowers and yellow flowers and blue",
            failure="loop",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless"),
        title="Tokyo Talkies Women Printed Top",
        category="Tops",
        gender="Women",
    ),
    # photo: black-and-white gingham fit-and-flare dress, short puff sleeves, round neck, no collar, no buttons, no
    # belt, white sneakers; white backdrop, face visible. The feed row has no category. Base caption; VQA answers.
    case(
        "X597-041",
        caption("a woman in a black and white checkered dress"),
        Q.garment_type("dress"),
        Q.pattern("checked"),
        Q.color("white"),
        wearing("he is wearing a black and white gingham dress with white sneakers", failure="pronoun"),
        Q.sleeve_length("short"),
        describe(
            "dress",
            "a black and white checked dress with a collar, buttons down the front, and a belt",
            failure="unsupported",
        ),
        title="Mast & Harbour Women Black & White Gingham Checked Fit & Flare Dress",
        color="Black",
        gender="Women",
    ),
    # photo: white shirt with a small red rose print, long sleeves, no pocket, tucked into a navy blue midi skirt; white
    # backdrop, face visible. Base caption; VQA adapter answers.
    case(
        "X597-042",
        caption("a woman in a white floral shirt and blue skirt"),
        Q.color("blue", failure="other_garment_color"),
        Q.pattern("floral"),
        Q.garment_type("skirt", failure="contradiction"),
        wearing("a white shirt with red flowers and a navy skirt"),
        details(
            "shirt",
            "the shirt has a collar, buttons, long sleeves with cuffs and a chest pocket",
            failure="unsupported",
        ),
        title="ONLY Women White & Red Floral Print Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: pink round-neck tee with a Minnie Mouse graphic and "MINNIE" in white letters below it, short sleeves,
    # white shorts; white backdrop, face visible. Base caption; VQA adapter answers.
    case(
        "X597-043",
        caption("a woman wearing a pink shirt with minnie mouse on it"),
        Q.pattern("graphic"),
        Q.color("pink"),
        wearing("t-shirt", failure="non_answer"),
        describe(
            "t-shirt",
            "a pink t-shirt with a minnie mouse print on the front and the word minnie written in white letters below"
            " it, short sleeves and a round neck and",
            failure="cut",
            hit_limit=True,
        ),
        Q.sleeve_length("short"),
        details("t-shirt", "what are the t-shirt details", failure="restated"),
        title="Kook N Keech Disney Women Pink Minnie Mouse Printed T-shirt",
        category="Tshirts",
        color="Pink",
        gender="Women",
    ),
    # photo: sleeveless maxi dress with wide horizontal stripes in orange, yellow, pink, green and white, tan
    # sandals; white backdrop, face visible. Base caption; VQA adapter answers.
    case(
        "X597-044",
        caption("a woman in a colorful striped maxi dress"),
        Q.color("yellow"),
        Q.pattern("striped"),
        Q.sleeve_length("sleeveless"),
        wearing(
            "rainbow striped dress Question: Is this a dress? Answer: yes Question: Is this a dress? Answer: yes"
            " Question: Is this",
            failure="leak",
            hit_limit=True,
        ),
        details(
            "dress",
            "the dress has stripes of orange, yellow, pink, green and white and the dress has stripes of orange,"
            " yellow, pink, green and white and the",
            failure="loop",
            hit_limit=True,
        ),
        title="Sera Women Multicoloured Striped Maxi Dress",
        category="Dresses",
        color="Multi",
        gender="Women",
    ),
    # photo: olive green sleeveless top with a white daisy print, round neck with a front keyhole and button, beige
    # trousers; white backdrop, face visible. The feed row has no gender column. Base caption; VQA adapter answers.
    case(
        "X597-045",
        caption("a woman in a green top with white flowers"),
        Q.pattern("floral"),
        Q.color("green"),
        Q.sleeve_length("short", failure="contradiction"),
        wearing("she is wearing a green top and beige pants", who="she"),
        color_of("top", "beige", kind="open", failure="other_garment_color"),
        details(
            "top",
            "the top has a round neck with a keyhole opening and a button at the front, it is sleeveless and has a"
            " white daisy print all over and the hem is",
            failure="cut",
            hit_limit=True,
        ),
        title="Harpa Women Olive Printed Top",
        category="Tops",
        color="Olive",
    ),
    # photo: red short-sleeved wrap midi dress with white polka dots, ruffled hem, waist tie, black block heels, a
    # black clutch in hand; white backdrop, face visible. Base caption; VQA adapter answers.
    case(
        "X597-046",
        caption("a woman in a red and white polka dot dress holding a black purse"),
        Q.pattern("polka dot"),
        Q.color("black", failure="other_garment_color"),
        wearing("a red polka dot dress with black heels"),
        describe(
            "dress",
            "a red wrap dress with white polka dots and short sleeves, a v neckline, a ruffled hem and a tie at the"
            " waist with a long",
            failure="cut",
            hit_limit=True,
        ),
        details(
            "dress",
            "the dress has a wrap front, short sleeves and a tie at the waist. the dress has a wrap front, short"
            " sleeves and a tie at the waist",
            failure="loop",
            hit_limit=True,
        ),
        title="Berrylush Women Red & White Polka Dot Print Wrap Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
]
