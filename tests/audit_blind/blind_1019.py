"""BLIND_1019 (46 products; Myntra women's western wear, untuned base model): written blind in the fifty-eighth session.
Measured blind at 955f328 (the session's final rules): 115/130 failures found (88.5%) and 5/186 correct texts flagged
(2.7%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's western wear (dresses, tops, t-shirts, jeans, skirts, jumpsuits), catalog
photos on a white studio backdrop, mostly worn by a model who also wears other clothes (a top over the jeans, a
cardigan over a slip dress, a jacket over a jumpsuit), sometimes with a bag, a hat or a necklace. Seller columns as
Myntra has them: title (product_name), category (article_type), color (base_colour), gender; a few rows lack one.

Who wrote what: every text comes from Salesforce/blip2-opt-2.7b zero-shot, no adapter. Captions and open answers are
greedy free generation (50 new tokens for captions, 30 for answers); closed answers (garment type, color, pattern,
sleeve length, "Is this a ...?") come from enrich's --engine reference, which picks one candidate value. The base
model answers short and lowercase, stops on the newline most of the time, names the most salient color in the frame
(often the other garment's, or a bag's), calls a jumpsuit a dress or pants, invents zips, pockets, logos and
fabrics, says "he" or "a man" on headless crops, sometimes echoes the question or continues the prompt format, and
on long "describe" answers now and then loops or runs into the 30-token limit.

Labeling conventions and judgement calls:
- A color is correct when it names the product's hue or a near shade (maroon/red, peach/pink, teal/blue, navy/blue,
  mustard/yellow, coral/orange, rust/orange, beige/tan, lavender/purple); "Multi" items are right with their
  dominant or ground color.
- An open answer that gives the product the color of another worn item (top, jeans, cardigan, sandals, bag) is
  other_garment_color; a closed answer doing the same is labelled contradiction (the reference engine picked a
  wrong candidate), as is a closed color taken from an accessory (belt, necklace).
- A print's color given as the product's color ("pink" for a green skirt with pink flowers) is contradiction.
- Wrong garment kind (jumpsuit called a dress or pants, shirt dress called a shirt, mini skirt called shorts,
  "yes" to "Is this a skirt?" for the top) and wrong pattern or sleeve length are contradiction.
- romper/jumpsuit and sweater/knit top are treated as acceptable synonyms, as the VQA data's classes merge them.
- Invented details the photo cannot show or does not have (back zips, logos, lace trims, pockets, slits) and
  fabrics the photo and title do not support (silk, velvet, leather on a cotton-look item, the material of a hat
  or jacket given for the product) are unsupported; a plausible fabric visible in the photo or named in the title
  (denim, satin, lace, faux leather, cotton) is correct.
- A bare color, a bare garment word ("jumpsuit", "they are jeans"), "yes"/"no"/"i don't know" or nothing at all
  to an open question is non_answer; an answer that only hands the question's words back ("the skirt is a
  skirt", "describe the top", "the dress details are the details") is restated.
- "he" or "a man" for a Women row is pronoun, also in captions; no pronoun label where the row lacks gender.
- A text that ends mid-phrase at the token limit is cut (hit_limit); a text that repeats a phrase to the limit is
  loop (hit_limit); any "Question:"/"Answer:" of the prompt format in the output is leak, even with a right answer.
- One label per text: the first failure a reader would notice.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

Q = BLIND_QUESTIONS

BLIND_1019 = [
    # photo: black sleeveless knee-length bodycon dress, black heels, white backdrop, front view; base model wrote all
    case(
        "X1019-001",
        caption("a woman in a black dress standing in front of a white wall"),
        wearing("a black dress"),
        color_of("dress", "black"),
        Q.sleeve_length("sleeveless"),
        describe("dress", "a black dress with a zipper on the front and two pockets", "unsupported"),
        Q.material("silk", "unsupported"),
        title="Vero Moda Women Black Solid Bodycon Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: mustard short-sleeve round-neck top tucked into light blue jeans, white backdrop, front view, hand on
    # hip; base model wrote all
    case(
        "X1019-002",
        caption("a woman wearing a yellow top and blue jeans"),
        wearing("a yellow shirt and jeans"),
        color_of("top", "blue", "other_garment_color", kind="open"),
        Q.color("mustard"),
        Q.sleeve_length("short sleeves"),
        describe("top", "a blue top with short sleeves", "other_garment_color"),
        details("top", "the top has a v neck and buttons down the front", "unsupported"),
        title="Harpa Women Mustard Yellow Solid Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: waist-down crop, medium blue skinny jeans, hem of a white crop top, white sneakers, white backdrop; base
    # model wrote all
    case(
        "X1019-003",
        caption("a woman in blue jeans and white sneakers"),
        color_of("jeans", "blue"),
        Q.garment_type("jeans"),
        details("jeans", "the jeans are the jeans", "restated"),
        describe("jeans", "white", "other_garment_color"),
        Q.material("denim"),
        title="ONLY Women Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: navy fit-and-flare knee dress with small white flowers, flutter short sleeves, brown sling bag on the
    # shoulder, white backdrop; base model wrote all
    case(
        "X1019-004",
        caption("a woman in a blue floral dress holding a brown purse"),
        wearing("she is wearing a blue and white floral dress", who="she"),
        Q.pattern("floral"),
        color_of("dress", "brown", "contradiction"),
        describe("dress", "a navy blue dress with white flowers and a belt at the waist", "unsupported"),
        Q.sleeve_length("short sleeves"),
        is_a("dress", "yes"),
        title="SASSAFRAS Women Navy Blue & White Floral Print Fit and Flare Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: olive long-sleeve utility jumpsuit with chest pockets and a waist tie, sleeves rolled, tan boots, white
    # backdrop; base model wrote all
    case(
        "X1019-005",
        caption("a woman wearing a green jumpsuit with pockets"),
        wearing("he is wearing a green jumpsuit", "pronoun"),
        Q.garment_type("jumpsuit"),
        color_of("jumpsuit", "olive"),
        details("jumpsuit", "it has pockets on the chest and a tie belt at the waist"),
        Q.material("cotton"),
        is_a("dress", "yes", "contradiction"),
        title="Roadster Women Olive Green Solid Utility Jumpsuit",
        category="Jumpsuit",
        color="Olive",
        gender="Women",
    ),
    # photo: red pleated midi skirt, black t-shirt tucked in, black ankle boots, white backdrop; base model wrote all
    case(
        "X1019-006",
        caption("a woman in a black shirt and a red skirt"),
        color_of("skirt", "black", "other_garment_color", kind="open"),
        Q.color("red"),
        Q.pattern("solid"),
        describe("skirt", "a red pleated skirt with a black top tucked in"),
        wearing("a black shirt and a black skirt", "other_garment_color"),
        details(
            "skirt",
            "pleated pleated pleated pleated pleated pleated pleated pleated pleated pleated pleated pleated pleated",
            "loop",
            hit_limit=True,
        ),
        title="DressBerry Women Red Solid Pleated A-Line Midi Skirt",
        category="Skirts",
        color="Red",
        gender="Women",
    ),
    # photo: white sleeveless peplum top, black skinny trousers, white backdrop, front view; base model wrote all
    case(
        "X1019-007",
        caption("a woman in a white top and black pants"),
        wearing("a white top"),
        Q.garment_type("top"),
        color_of("top", "white"),
        describe("top", "a white peplum top with ruffles"),
        details("top", "white", "non_answer"),
        Q.sleeve_length("long sleeves", "contradiction"),
        title="Tokyo Talkies Women White Solid Peplum Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: black wrap midi dress with white polka dots, three-quarter sleeves, model with red lipstick, white
    # backdrop; base model wrote all
    case(
        "X1019-008",
        caption("a woman in a black and white polka dot dress"),
        Q.color("black"),
        Q.pattern("polka dots"),
        Q.sleeve_length("three-quarter sleeves"),
        describe("dress", "a black and white polka dot dress with a v-neck and a tie at the waist"),
        details("dress", "the dress is made of 100% silk and has a hidden zipper in the back", "unsupported"),
        wearing("a red dress", "contradiction"),
        title="Berrylush Women Black & White Polka Dot Wrap Dress",
        category="Dresses",
        color="Multi",
        gender="Women",
    ),
    # photo: black wide-leg high-rise jeans, white shirt tucked in, full length, white backdrop; base model wrote all
    case(
        "X1019-009",
        caption("a woman in a white shirt and black pants"),
        wearing("a white shirt and black pants"),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        Q.garment_type("trousers", "contradiction"),
        details("jeans", "Question: What are the jeans details? Answer: the jeans are black", "leak"),
        Q.material("denim"),
        title="Mast & Harbour Women Black Wide Leg High-Rise Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: pink and white horizontal-stripe cropped t-shirt, short sleeves, high-waist blue mom jeans, white
    # backdrop; base model wrote all
    case(
        "X1019-010",
        caption("a woman wearing a pink and white striped shirt and jeans"),
        Q.pattern("striped"),
        color_of("t-shirt", "pink"),
        describe("t-shirt", "a pink and white striped crop top"),
        wearing("she is wearing a pink shirt and blue jeans", who="she"),
        details("t-shirt", "the t-shirt details are the details of the t-shirt", "restated"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="FOREVER 21 Women Pink Striped Crop T-shirt",
        category="Tshirts",
        color="Pink",
        gender="Women",
    ),
    # photo: maroon round-neck top with short ruffled flutter sleeves, black jeans, white backdrop; base model wrote
    # all
    case(
        "X1019-011",
        caption("a woman in a red top and black jeans"),
        wearing("a maroon blouse with ruffled sleeves"),
        color_of("top", "black", "other_garment_color", kind="open"),
        Q.color("maroon"),
        details(
            "top",
            "the top has ruffles on the sleeves and the neckline and the hem and the sleeves and the neckline and "
            "the hem and the",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("short sleeves"),
        title="Athena Women Maroon Solid Ruffled Top",
        category="Tops",
        color="Maroon",
        gender="Women",
    ),
    # photo: black satin sleeveless wide-leg jumpsuit with a thin gold belt, white backdrop, front view; base model
    # wrote all
    case(
        "X1019-012",
        caption("a woman in a black jumpsuit with a gold belt"),
        Q.garment_type("dress", "contradiction"),
        color_of("jumpsuit", "gold", "contradiction"),
        Q.material("satin"),
        describe("jumpsuit", "jumpsuit", "non_answer"),
        wearing("a black jumpsuit and gold belt"),
        title="StyleStone Women Black Satin Jumpsuit",
        category="Jumpsuit",
        color="Black",
        gender="Women",
    ),
    # photo: sleeveless v-neck green maxi dress with a white and yellow leaf print, model holding a straw hat, white
    # backdrop; base model wrote all
    case(
        "X1019-013",
        caption("a woman in a green dress holding a straw hat"),
        wearing("a green and white dress and a hat"),
        Q.pattern("printed"),
        Q.sleeve_length("sleeveless"),
        describe(
            "dress",
            "a long green maxi dress with white and yellow leaves printed all over it, a v neckline, no sleeves and "
            "a flowing skirt that falls down to the",
            "cut",
            hit_limit=True,
        ),
        color_of("dress", "green"),
        Q.material("straw", "unsupported"),
        details("dress", "the details of the dress are the dress", "restated"),
        title="Zink London Women Green Printed Maxi Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: light blue button-front denim mini skirt, white tank top, white sneakers, white backdrop; base model
    # wrote all
    case(
        "X1019-014",
        caption("a woman in a white tank top and a denim skirt"),
        color_of("skirt", "white", "contradiction"),
        Q.garment_type("skirt"),
        details("skirt", "buttons down the front and two front pockets"),
        Q.material("denim"),
        wearing("a white shirt and shorts", "contradiction"),
        describe("skirt", "a white skirt", "other_garment_color"),
        title="H&M Women Blue Denim Mini Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: black off-shoulder long-sleeve top, blue jeans, white backdrop; base model wrote all
    case(
        "X1019-015",
        caption("a woman wearing an off the shoulder black top and jeans"),
        wearing("she is wearing an off shoulder top"),
        Q.sleeve_length("long sleeves"),
        color_of("top", "blue", "other_garment_color", kind="open"),
        describe("top", "describe the top", "restated"),
        Q.pattern("solid"),
        title="Roadster Women Black Solid Off-Shoulder Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: peach A-line knee dress in a textured eyelet self-design, short sleeves, nude heels, white backdrop;
    # base model wrote all
    case(
        "X1019-016",
        caption("a woman in a pink dress posing for the camera"),
        Q.color("peach"),
        color_of("dress", "white", "contradiction", kind="open"),
        describe("dress", "a peach colored a-line dress with small cutout details"),
        details("dress", "the dress has a lace trim on the bottom and a bow on the back", "unsupported"),
        Q.sleeve_length("short sleeves"),
        wearing("a peach dress Question: What is the color of the dress? Answer: pink", "leak"),
        title="AND Women Peach-Coloured Self Design A-Line Dress",
        category="Dresses",
        color="Peach",
        gender="Women",
    ),
    # photo: dark navy slim-fit jeans, grey melange sweatshirt, three-quarter view, white backdrop; base model wrote
    # all
    case(
        "X1019-017",
        caption("a woman wearing a grey sweater and blue jeans"),
        wearing("a gray sweatshirt and jeans"),
        color_of("jeans", "grey", "other_garment_color", kind="open"),
        Q.color("navy blue"),
        details("jeans", "they are jeans", "non_answer"),
        is_a("pair of jeans", "yes"),
        title="Kraus Jeans Women Navy Blue Slim Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: lavender cropped top with short puff sleeves and a square neck, white high-waist trousers, white
    # backdrop; base model wrote all
    case(
        "X1019-018",
        caption("a woman in a purple top and white pants"),
        color_of("top", "purple"),
        Q.sleeve_length("short sleeves"),
        describe("top", "a lavender crop top with puffy sleeves and a square neckline"),
        wearing("he is wearing a purple shirt and white pants", "pronoun"),
        details(
            "top",
            "it has a square neck and puff sleeves Question: What is the color of the top? Answer: purple",
            "leak",
        ),
        Q.color("white", "contradiction"),
        title="SASSAFRAS Women Lavender Solid Puff Sleeve Crop Top",
        category="Tops",
        color="Lavender",
        gender="Women",
    ),
    # photo: maroon long-sleeve maxi dress with a smocked bodice, black sling bag, white backdrop; base model wrote
    # all; the feed row has no color column
    case(
        "X1019-019",
        caption("a woman in a long red dress with a black bag"),
        wearing("he is wearing a long maroon dress", "pronoun"),
        Q.color("maroon"),
        Q.pattern("solid"),
        describe("dress", "a black dress", "other_garment_color"),
        details("dress", "long sleeves, smocking on the chest, a flowing skirt"),
        Q.material("velvet", "unsupported"),
        Q.sleeve_length("short sleeves", "contradiction"),
        title="Athena Women Maroon Solid Maxi Dress",
        category="Dresses",
        gender="Women",
    ),
    # photo: navy sleeveless culotte jumpsuit with a small white geometric print and a tie waist, white sandals,
    # white backdrop; base model wrote all
    case(
        "X1019-020",
        caption("a woman in a blue and white printed jumpsuit"),
        Q.garment_type("jumpsuit"),
        Q.pattern("printed"),
        color_of("jumpsuit", "white", "contradiction"),
        wearing("a blue romper"),
        details(
            "jumpsuit",
            "the jumpsuit has a tie at the waist and the jumpsuit has a tie at the waist and the jumpsuit has a tie "
            "at the waist and",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless"),
        title="Harpa Women Navy Blue & White Printed Basic Jumpsuit",
        category="Jumpsuit",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: white long-sleeve wrap top with red and blue flowers, black trousers, white backdrop; base model wrote
    # all
    case(
        "X1019-021",
        caption("a woman in a white floral top and black pants"),
        Q.pattern("floral"),
        Q.color("white"),
        color_of("top", "black", "other_garment_color", kind="open"),
        describe("top", "a floral wrap top with long sleeves"),
        details("top", "the top has a floral print and a hidden side zip", "unsupported"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Vero Moda Women Multicoloured Floral Print Wrap Top",
        category="Tops",
        color="Multi",
        gender="Women",
    ),
    # photo: black faux leather knee pencil skirt, beige knit sweater tucked in, white backdrop, front view; base
    # model wrote all
    case(
        "X1019-022",
        caption("a woman in a beige sweater and a black leather skirt"),
        wearing("a beige sweater and a black skirt"),
        color_of("skirt", "beige", "other_garment_color", kind="open"),
        Q.material("leather"),
        describe("skirt", "a black pencil skirt with a slit in the back and a zipper", "unsupported"),
        Q.garment_type("skirt"),
        details("skirt", "no", "non_answer"),
        title="Vero Moda Women Black Faux Leather Pencil Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: bright yellow short shift dress with short sleeves, white sneakers, white backdrop; base model wrote all
    case(
        "X1019-023",
        caption("a woman in a yellow dress and white sneakers"),
        Q.color("yellow"),
        wearing("yellow", "non_answer"),
        describe("dress", "a short yellow dress with short sleeves"),
        details("dress", "it is a yellow dress that is a dress", "restated"),
        Q.sleeve_length("short sleeves"),
        title="FOREVER 21 Women Yellow Solid Shift Dress",
        category="Dresses",
        color="Yellow",
        gender="Women",
    ),
    # photo: light blue boyfriend jeans with ripped knees and rolled hems, black graphic t-shirt, white backdrop;
    # base model wrote all
    case(
        "X1019-024",
        caption("a woman wearing a black t-shirt and ripped jeans"),
        wearing("she is wearing ripped jeans and a black shirt", who="she"),
        color_of("jeans", "black", "contradiction"),
        details("jeans", "ripped knees and rolled up hems"),
        describe(
            "jeans",
            "the jeans are light blue with rips on the knees and they have a brand logo on the back pocket",
            "unsupported",
        ),
        Q.material("denim"),
        title="Roadster Women Blue Boyfriend Fit Mid-Rise Mildly Distressed Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: teal long-sleeve fitted high-neck knit top, black skirt, white backdrop; base model wrote all
    case(
        "X1019-025",
        caption("a woman in a blue turtleneck and black skirt"),
        color_of("top", "teal"),
        Q.sleeve_length("long sleeves"),
        describe("top", "a black top with long sleeves", "other_garment_color"),
        wearing("a blue sweater and a black skirt"),
        details(
            "top",
            "a high neck and long sleeves and a high neck and long sleeves and a high neck and long sleeves and a "
            "high neck",
            "loop",
            hit_limit=True,
        ),
        is_a("skirt", "yes", "contradiction"),
        title="AND Women Teal Solid High Neck Top",
        category="Tops",
        color="Teal",
        gender="Women",
    ),
    # photo: white tiered cotton maxi dress with white embroidery on the yoke, long sleeves, brown sandals, white
    # backdrop; base model wrote all
    case(
        "X1019-026",
        caption("a woman in a long white dress"),
        Q.material("cotton"),
        Q.pattern("embroidered"),
        Q.color("white"),
        describe(
            "dress",
            "a long white dress with white embroidery on the yoke, long sleeves, three tiers in the skirt and a "
            "pair of brown sandals on her feet and a",
            "cut",
            hit_limit=True,
        ),
        wearing("a white dress and brown sandals"),
        details("dress", "the dress has blue embroidery on the neckline", "unsupported"),
        Q.sleeve_length("short sleeves", "contradiction"),
        color_of("dress", "brown", "other_garment_color", kind="open"),
        title="Sera Women White Embroidered Tiered Cotton Maxi Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: black short-sleeve t-shirt with "BE BOLD" in white letters, grey joggers, white backdrop; base model
    # wrote all
    case(
        "X1019-027",
        caption("a woman in a black t-shirt that says be bold"),
        Q.pattern("printed"),
        color_of("t-shirt", "grey", "other_garment_color", kind="open"),
        wearing("a black shirt and grey sweatpants"),
        describe("t-shirt", "black", "non_answer"),
        details("t-shirt", "the t-shirt says be bold in white letters and has a pocket on the chest", "unsupported"),
        title="HRX by Hrithik Roshan Women Black Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Women",
    ),
    # photo: green A-line midi skirt with pink flowers, white t-shirt tucked in, white backdrop; base model wrote all
    case(
        "X1019-028",
        caption("a woman in a white shirt and a green floral skirt"),
        Q.color("green"),
        Q.pattern("floral"),
        color_of("skirt", "pink", "contradiction", kind="open"),
        wearing("he is wearing a white t-shirt and a skirt", "pronoun"),
        describe(
            "skirt",
            "a green midi skirt with pink and white flowers all over it, it has an elastic waistband and it is "
            "tucked into a white t-shirt with a",
            "cut",
            hit_limit=True,
        ),
        title="Zima Leto Women Green & Pink Floral Print A-Line Midi Skirt",
        category="Skirts",
        color="Green",
        gender="Women",
    ),
    # photo: white sleeveless v-neck wide-leg jumpsuit, blue denim jacket worn open over it, black heels, white
    # backdrop; base model wrote all
    case(
        "X1019-029",
        caption("a woman in a white jumpsuit and a denim jacket"),
        wearing("a jean jacket and white pants", "contradiction"),
        color_of("jumpsuit", "blue", "other_garment_color", kind="open"),
        Q.garment_type("jumpsuit"),
        Q.sleeve_length("long sleeves", "contradiction"),
        describe("jumpsuit", "a white jumpsuit with a v neck and wide legs"),
        title="Tokyo Talkies Women White Solid Basic Jumpsuit",
        category="Jumpsuit",
        color="White",
        gender="Women",
    ),
    # photo: black lace short-sleeve sheath dress with a nude lining, scalloped hem, black clutch, white backdrop;
    # base model wrote all
    case(
        "X1019-030",
        caption("a woman in a black lace dress"),
        Q.material("lace"),
        describe("dress", "a black lace dress with short sleeves and a nude lining"),
        wearing("Answer: a black lace dress", "leak"),
        color_of("dress", "black"),
        details("dress", "scalloped lace at the hem and a keyhole opening with a button at the back", "unsupported"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Mango Women Black Lace Sheath Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: off-white button-front shirt-style top with thin navy stripes, sleeves rolled to three-quarter, navy
    # trousers, white backdrop; base model wrote all
    case(
        "X1019-031",
        caption("a woman in a white and blue striped shirt and blue pants"),
        Q.garment_type("shirt"),
        Q.pattern("striped"),
        color_of("top", "navy blue", "contradiction"),
        describe("top", "a white striped button down shirt with rolled up sleeves"),
        wearing("a blue and white striped shirt and blue jeans"),
        Q.sleeve_length("three-quarter sleeves"),
        details("top", "the top is made of silk and has pearl buttons", "unsupported"),
        title="Marks & Spencer Women Off-White Striped Shirt Style Top",
        category="Tops",
        color="Off White",
        gender="Women",
    ),
    # photo: red one-shoulder bodycon mini dress, black heels, white backdrop; base model wrote all
    case(
        "X1019-032",
        caption("a woman in a red dress and black heels"),
        wearing("he is wearing a red one shoulder dress", "pronoun"),
        Q.sleeve_length("sleeveless"),
        color_of("dress", "red"),
        describe("dress", "a red dress with one shoulder and a cutout at the waist", "unsupported"),
        details("dress", "the dress details are the details", "restated"),
        Q.pattern("floral", "contradiction"),
        title="U&F Women Red Solid One Shoulder Bodycon Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: grey skinny jeans, white t-shirt under an open black leather jacket, black ankle boots, white backdrop;
    # base model wrote all
    case(
        "X1019-033",
        caption("a woman in a black leather jacket and gray jeans"),
        color_of("jeans", "black", "other_garment_color", kind="open"),
        Q.color("black", "contradiction"),
        wearing("a black jacket, white shirt and jeans"),
        Q.material("leather", "unsupported"),
        details("jeans", "skinny fit with a button and zip fly"),
        describe(
            "jeans",
            "grey skinny jeans worn with black ankle boots, a white t-shirt and a black leather jacket that is open "
            "at the front and has a zip and",
            "cut",
            hit_limit=True,
        ),
        title="Levis Women Grey 711 Skinny Fit Jeans",
        category="Jeans",
        color="Grey",
        gender="Women",
    ),
    # photo: emerald green satin camisole with thin straps, tucked into white wide-leg trousers, gold necklace, white
    # backdrop; base model wrote all
    case(
        "X1019-034",
        caption("a woman in a green satin top and white pants"),
        Q.sleeve_length("sleeveless"),
        Q.material("satin"),
        color_of("top", "green"),
        describe("top", "a white top", "other_garment_color"),
        details("top", "thin straps, a v neck and lace trim along the neckline", "unsupported"),
        wearing("she is wearing a green top and white pants"),
        Q.color("gold", "contradiction"),
        title="Mango Women Green Satin Camisole Top",
        category="Tops",
        color="Green",
        gender="Women",
    ),
    # photo: beige pleated satin-look midi skirt, black turtleneck tucked in, white backdrop; base model wrote all
    case(
        "X1019-035",
        caption("a woman in a black turtleneck and a tan skirt"),
        color_of("skirt", "black", "contradiction"),
        wearing("a black sweater and skirt"),
        describe("skirt", "a beige pleated skirt"),
        details("skirt", "the skirt is pleated and has a zipper on the side and pockets", "unsupported"),
        Q.pattern("solid"),
        Q.material("leather", "unsupported"),
        title="Trendyol Women Beige Solid Pleated Midi Skirt",
        category="Skirts",
        color="Beige",
        gender="Women",
    ),
    # photo: pink collared button-down shirt dress with sleeves rolled to the elbow and a self tie belt, white
    # sneakers, white backdrop; base model wrote all
    case(
        "X1019-036",
        caption("a woman wearing a pink shirt dress with a belt"),
        Q.garment_type("shirt", "contradiction"),
        color_of("dress", "pink"),
        wearing("a pink dress Answer: a pink shirt dress", "leak"),
        details("dress", "buttons down the front, a collar and a self tie belt"),
        describe(
            "dress",
            "a pink shirt dress with a collar and buttons down the front and a belt at the waist and a collar and "
            "buttons down the front and a belt at the",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("three-quarter sleeves"),
        title="Berrylush Women Pink Solid Shirt Dress",
        category="Dresses",
        color="Pink",
        gender="Women",
    ),
    # photo: plain white round-neck t-shirt tucked into a black denim skirt, white backdrop; base model wrote all
    case(
        "X1019-037",
        caption("a woman in a white t-shirt and black skirt"),
        color_of("t-shirt", "white"),
        describe("t-shirt", "a black t-shirt", "other_garment_color"),
        details("t-shirt", "it has a round neck and short sleeves and a logo on the chest", "unsupported"),
        wearing("white t-shirt Question: What is the color of the skirt? Answer: black", "leak"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves"),
        title="Roadster Women White Solid Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: rust short-sleeve belted culotte jumpsuit, tan sandals, white backdrop; base model wrote all
    case(
        "X1019-038",
        caption("a woman in an orange jumpsuit"),
        Q.color("rust"),
        describe("jumpsuit", "an orange jumpsuit with a belt and wide legs"),
        details("jumpsuit", "it is a jumpsuit with a jumpsuit", "restated"),
        Q.material("denim", "unsupported"),
        Q.sleeve_length("short sleeves"),
        wearing("he is wearing an orange jumpsuit", "pronoun"),
        title="SASSAFRAS Women Rust Solid Culotte Jumpsuit",
        category="Jumpsuit",
        color="Rust",
        gender="Women",
    ),
    # photo: mid-blue long-sleeve denim shirt dress with a collar, white sneakers, white backdrop; base model wrote
    # all; the feed row has no gender column
    case(
        "X1019-039",
        caption("a woman in a denim dress"),
        Q.material("denim"),
        Q.garment_type("dress"),
        color_of("dress", "blue"),
        wearing("a denim jacket", "contradiction"),
        details(
            "dress",
            "buttons buttons buttons buttons buttons buttons buttons buttons buttons buttons buttons buttons buttons "
            "buttons buttons",
            "loop",
            hit_limit=True,
        ),
        describe("dress", "a blue denim dress with long sleeves and a collar"),
        Q.pattern("striped", "contradiction"),
        title="Mast & Harbour Women Blue Denim Shirt Dress",
        category="Dresses",
        color="Blue",
    ),
    # photo: coral smocked off-shoulder top with short puff sleeves, white skinny jeans, white strappy sandals, white
    # backdrop; base model wrote all
    case(
        "X1019-040",
        caption("a woman in an orange top and white jeans"),
        color_of("top", "white", "other_garment_color", kind="open"),
        Q.color("coral"),
        describe("top", "an off the shoulder top with smocking"),
        details("top", "yes", "non_answer"),
        Q.sleeve_length("short sleeves"),
        wearing(
            "an orange off the shoulder top with smocking on the bodice and short puff sleeves, white skinny jeans "
            "and a pair of white strappy sandals with a",
            "cut",
            hit_limit=True,
        ),
        title="Vero Moda Women Coral Solid Smocked Off-Shoulder Top",
        category="Tops",
        color="Coral",
        gender="Women",
    ),
    # photo: navy wrap midi skirt with white polka dots and a side tie, red top tucked in, white backdrop; base model
    # wrote all
    case(
        "X1019-041",
        caption("a woman in a red top and a navy blue polka dot skirt"),
        Q.pattern("polka dots"),
        color_of("skirt", "red", "other_garment_color", kind="open"),
        wearing("a red shirt and a blue skirt with white dots"),
        describe("skirt", "the skirt is a skirt", "restated"),
        Q.color("navy blue"),
        details("skirt", "i don't know", "non_answer"),
        title="Marks & Spencer Women Navy Blue Polka Dot Wrap Midi Skirt",
        category="Skirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black high-rise mom jeans, light pink sweatshirt, white sneakers, headless crop, white backdrop; base
    # model wrote all; the feed row has no category column
    case(
        "X1019-042",
        caption("a man in a pink sweatshirt and black jeans", "pronoun"),
        wearing("she is wearing a pink sweater and black jeans"),
        color_of("jeans", "pink", "contradiction"),
        Q.garment_type("jeans"),
        details("jeans", "", "non_answer"),
        describe("jeans", "high waisted black jeans with a straight leg and a belt with a gold buckle", "unsupported"),
        title="Roadster Women Black Mom Fit High-Rise Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: lavender satin slip midi dress with spaghetti straps, white cropped cardigan over it, white backdrop;
    # base model wrote all
    case(
        "X1019-043",
        caption("a woman in a purple dress and a white sweater"),
        color_of("dress", "white", "other_garment_color", kind="open"),
        Q.garment_type("dress"),
        Q.sleeve_length("long sleeves", "contradiction"),
        describe("dress", "a purple satin slip dress with spaghetti straps"),
        Q.material("satin"),
        details("dress", "a slit on the left leg and a lace up back", "unsupported"),
        title="Tokyo Talkies Women Lavender Solid Satin Slip Dress",
        category="Dresses",
        color="Lavender",
        gender="Women",
    ),
    # photo: blue and white gingham checked short-sleeve collared top, black shorts, white backdrop; base model wrote
    # all
    case(
        "X1019-044",
        caption("a woman in a blue and white checkered shirt and black shorts"),
        Q.pattern("checked"),
        color_of("top", "blue"),
        describe(
            "top",
            "a blue and white gingham checked shirt with short sleeves, a collar and buttons down the front, tucked "
            "into a pair of black",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue and white checked shirt and black shorts"),
        Q.sleeve_length("short sleeves"),
        Q.material("silk", "unsupported"),
        Q.color("black", "contradiction"),
        title="HERE&NOW Women Blue & White Checked Shirt Style Top",
        category="Tops",
        color="Blue",
        gender="Women",
    ),
    # photo: olive knee-length short-sleeve t-shirt dress, white sneakers, headless crop, white backdrop; base model
    # wrote all
    case(
        "X1019-045",
        caption("a man in a green shirt", "pronoun"),
        wearing("a green t-shirt", "contradiction"),
        color_of("dress", "olive"),
        Q.garment_type("dress"),
        describe("dress", "green", "non_answer"),
        details("dress", "Question: What are the dress details? Answer: a green t-shirt dress", "leak"),
        title="Roadster Women Olive Green Solid T-shirt Dress",
        category="Dresses",
        color="Olive",
        gender="Women",
    ),
    # photo: white broderie anglaise tiered mini skirt, black tank top, straw bag on the arm, white backdrop; base
    # model wrote all
    case(
        "X1019-046",
        caption("a woman in a black tank top and a white skirt holding a straw bag"),
        color_of("skirt", "white"),
        wearing("a black top and a white skirt"),
        describe("skirt", "black", "other_garment_color"),
        details("skirt", "the skirt has eyelet embroidery and three tiers"),
        Q.material("straw", "unsupported"),
        Q.garment_type("shorts", "contradiction"),
        title="AND Women White Broderie Anglaise Tiered Mini Skirt",
        category="Skirts",
        color="White",
        gender="Women",
    ),
]
