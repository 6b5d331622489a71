"""BLIND_823 (46 products; Myntra women's western wear, base model zero-shot): written blind in the fifty-sixth session.
Measured blind at 030e815 (the session's second rules): 121/134 failures found (90.3%) and 8/190 correct texts flagged
(4.2%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's western wear (dresses, tops, t-shirts, shirts, jeans, skirts, jumpsuits, one
playsuit and one pair of shorts). Catalog photos: mostly a model on a white or grey studio backdrop, a few outdoor
shots (balcony, garden, beach, a beige wall), full-length or three-quarter, one back view. The labelled product is
usually worn with other clothes (jeans under a top, a tee tucked into a skirt, a denim jacket over a dress) and
sometimes with props (bag, straw hat, belt, heels). Seller columns: title, category (article type), color (base
colour), gender; a few rows lack the category or the gender, as real feeds do.

Who wrote what: every text comes from the untuned base model Salesforce/blip2-opt-2.7b, no adapter. Captions and
open answers are free generation with greedy decoding (50 new tokens for captions, 30 for answers), stopping on the
newline; the closed answers (garment type, color, pattern, sleeve length, "What is the color of the X?" when stored
closed, "Is this a X?") come from enrich's --engine reference, which ranks the candidate values with the same base
model and picks one, so they never loop or stop short. The base model's habits: short, lowercase answers; captions
of the "a woman in a X and Y" kind; one color carried over to every garment (the top's white given to the jeans);
the color of the most salient other item (the jacket, the tee, the bag) picked for the product; invented fabric,
zips, slits and pockets it cannot see; on the longer open questions ("Describe", "details") it sometimes rambles
into a loop or runs to the 30-token limit mid-sentence, and now and then it continues the prompt format with a new
"Question: ... Answer:" or echoes "Answer:". It sometimes says "he" for a woman.

Labeling conventions and judgement calls:
- A text is judged against the photo described in its comment; the seller's columns are the second reference. Where
  the seller's label is a shade of what the model says (Navy Blue -> blue, Mustard -> yellow, Maroon/Burgundy ->
  red, Peach -> pink, Olive -> green, Cream -> white, Charcoal -> grey, Rust -> orange, camel Brown -> tan) the text
  is correct. Teal called "green" is counted correct (teal is blue-green, and the photo reads green).
- other_garment_color: a free-generated text (caption or open answer) gives the product the color of another thing
  worn or held in the photo (the tee under the dungarees, the jeans under the top, the bag, the heels). When a
  closed answer (reference engine) picks that other garment's color, or a closed garment type names the other
  garment, it is labelled contradiction, since the seller's columns and the other texts contradict it.
- contradiction: a color, garment, pattern, sleeve length or material that the photo, the other texts or the
  seller's columns contradict, including a wrong yes/no to "Is this a X?" and a closed pattern that belongs to the
  garment underneath. A color taken from the backdrop rather than from a garment is a contradiction.
  An accessory given as the garment's detail ("a straw hat" for the dress's details) is a contradiction too.
- unsupported: a claim the photo cannot show (fiber content such as "polyester" or "100% cotton" when the title does
  not say it, a back zip or slit in a front view, a built-in bra, "machine washable", pockets hidden under a tucked
  top, buttons that are not there). A material is correct when it is visible (denim, sequins, velvet, satin sheen,
  ribbed knit, leather look) or stated in the title; "leather" for a faux-leather skirt is counted correct.
- non_answer: a one-word or yes/no answer that does not answer an open question ("black" to "What is she
  wearing?", "yes", "white" to "Describe the top."), or only the obvious back ("they are short" for shorts' details).
  A bare garment name to "What is the person wearing?" ("overalls", "a t-shirt") is a valid, if short, answer.
- restated: the answer is the question's own words back ("it is a top" to "Describe the top.", "the jeans details").
- loop: a phrase repeated until the token limit (hit_limit=True); cut: the text stops mid-phrase, at the token limit
  (hit_limit=True) or, three times, where the model emitted the newline early (hit_limit=False).
- leak: the text contains the prompt format ("Question:", "Answer:"), whether or not the rest is right.
- pronoun: "he"/"his" for a woman model (gender Women); not used where the row has no gender.
- One label per text, the failure that a reviewer would name first: a loop that also invents a detail is a loop, a
  leak whose answer is right is a leak, a text that hits the limit but ends on a whole phrase keeps its own label.
- A tie-dye tee's pattern "printed", a one-color self-design (eyelet) top's pattern "solid", houndstooth as
  "checked" or "plaid", a playsuit's garment type "jumpsuit" and a t-shirt called a "shirt" are counted correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

Q = BLIND_QUESTIONS

BLIND_823 = [
    # photo: black sleeveless knee-length sheath dress, round neck, black heels, white backdrop, front view.
    # base model zero-shot wrote the caption and open answers; the reference engine picked the closed answers.
    case(
        "X823-001",
        caption("a woman in a black dress standing in front of a white wall"),
        wearing("a black dress"),
        Q.garment_type("dress"),
        Q.color("black"),
        Q.sleeve_length("sleeveless"),
        describe("dress", "the dress is a black sheath dress with a zipper on the back and a slit", "unsupported"),
        Q.material("polyester", "unsupported"),
        details("dress", "the dress details are the dress", "restated"),
        title="Vero Moda Women Black Solid Sheath Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: mid-blue skinny jeans, clean look, white crop t-shirt tucked in, white sneakers, white backdrop,
    # full length front view. Base model zero-shot for caption and open answers; reference engine for closed.
    case(
        "X823-002",
        caption("a woman wearing a white t - shirt and blue jeans"),
        wearing("a white shirt and jeans", who="she"),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        Q.garment_type("jeans"),
        details("jeans", "they have a high waist and ripped knees", "contradiction"),
        Q.material("denim"),
        title="Roadster Women Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: mustard short-sleeved top with a small white floral print, worn with black jeans, grey backdrop.
    # Base model zero-shot for caption and open answers; reference engine for closed answers.
    case(
        "X823-003",
        caption("a woman wearing a yellow floral top and black pants"),
        Q.color("yellow"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeves"),
        describe("top", "a yellow top with white flowers on it"),
        color_of("top", "black", "other_garment_color", kind="open"),
        wearing("a yellow shirt and black jeans Question: what is the color of the shirt? Answer: yellow", "leak"),
        title="Harpa Women Mustard Yellow Printed Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: maroon sleeveless jumpsuit with wide culotte legs and a self tie belt, nude heels, white backdrop.
    # Base model zero-shot for caption and open answers; reference engine for closed answers.
    case(
        "X823-004",
        caption("a woman in a red jumpsuit posing for the camera"),
        Q.garment_type("dress", "contradiction"),
        is_a("jumpsuit", "yes"),
        Q.color("maroon"),
        details("jumpsuit", "it has a belt at the waist and wide legs"),
        Q.material("cotton", "unsupported"),
        describe("jumpsuit", "yes", "non_answer"),
        title="SASSAFRAS Women Maroon Solid Basic Jumpsuit",
        category="Jumpsuit",
        color="Maroon",
        gender="Women",
    ),
    # photo: pink knife-pleated midi skirt, white short-sleeved blouse tucked in, white backdrop.
    # Base model zero-shot for caption and open answers; reference engine for closed answers.
    case(
        "X823-005",
        caption("a woman in a white blouse and pink pleated skirt"),
        Q.color("white", "contradiction"),
        color_of("skirt", "pink"),
        Q.pattern("solid"),
        describe("skirt", "the skirt is pleated and falls below the knee"),
        wearing("she is wearing a white blouse and a pink skirt"),
        details("skirt", "the skirt has pockets on both sides and an elastic waistband", "unsupported"),
        title="DressBerry Women Pink Pleated Flared Midi Skirt",
        category="Skirts",
        color="Pink",
        gender="Women",
    ),
    # photo: navy blue A-line dress with a white floral print and short flutter sleeves; the model holds a small tan
    # sling bag; white backdrop. Base model zero-shot for caption and open answers; reference engine for closed.
    case(
        "X823-006",
        caption("a woman in a blue floral dress holding a brown purse"),
        Q.color("blue"),
        Q.pattern("floral"),
        color_of("dress", "brown", "other_garment_color", kind="open"),
        details(
            "dress",
            "the dress has a floral print and a v neck and a floral print and a v neck and a floral print and a",
            "loop",
            hit_limit=True,
        ),
        is_a("dress", "yes"),
        title="Tokyo Talkies Women Navy Blue Floral Print A-Line Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: white round-neck t-shirt with black "PARIS" lettering across the chest, light blue denim shorts, white
    # backdrop. Base model zero-shot for caption and open answers; reference engine for closed answers.
    case(
        "X823-007",
        caption("a woman wearing a white t - shirt with the word paris on it"),
        Q.pattern("graphic"),
        Q.color("white"),
        wearing("a t-shirt", who="she"),
        describe("t-shirt", "it is a t-shirt", "restated"),
        Q.material("cotton"),
        details(
            "t-shirt",
            "the word paris is written in black letters on the front and the eiffel tower is on the back",
            "unsupported",
        ),
        title="FOREVER 21 Women White Pure Cotton Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: black and white vertically striped shirt dress, long sleeves, buttons down the front, self belt, white
    # backdrop. Base model zero-shot for caption and open answers; reference engine for closed answers.
    case(
        "X823-008",
        caption("a woman wearing a black and white striped shirt dress"),
        Q.garment_type("shirt", "contradiction"),
        Q.pattern("striped"),
        Q.sleeve_length("long sleeves"),
        Q.color("black"),
        describe("dress", "a black and white striped dress with a belt and buttons down the front"),
        wearing("he is wearing a black and white striped dress", "pronoun"),
        details("dress", "it has side pockets and a hidden zip at the back", "unsupported"),
        title="Mango Women Black & White Striped Shirt Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: light blue high-rise mom jeans, black long-sleeved bodysuit tucked in, grey backdrop, three-quarter
    # view. Base model zero-shot for caption and open answers; reference engine for closed answers.
    case(
        "X823-009",
        caption("a woman in a black top and light blue jeans"),
        wearing("black", "non_answer", who="she"),
        Q.color("black", "contradiction"),
        Q.garment_type("jeans"),
        color_of("jeans", "light blue", kind="open"),
        details("jeans", "they are high waisted and loose fitting"),
        describe("jeans", "black jeans with a high waist", "other_garment_color"),
        title="ONLY Women Blue Mom Fit High-Rise Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: red off-shoulder (bardot) top with short ruffled sleeves, white jeans, outdoor balcony with a railing
    # and plants. Base model zero-shot for caption and open answers; reference engine for closed answers.
    case(
        "X823-010",
        caption("a woman in a red off the shoulder top and white jeans standing on a balcony"),
        Q.sleeve_length("short sleeves"),
        Q.color("red"),
        describe("top", "the top is white", "other_garment_color"),
        details(
            "top",
            "the top is red and the jeans are white and the top is red and the jeans are white and the top is",
            "loop",
            hit_limit=True,
        ),
        Q.material("linen", "unsupported"),
        title="Athena Women Red Solid Bardot Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: olive green wrap dress with three-quarter sleeves, v-neck and a waist tie, white backdrop.
    # Base model zero-shot for caption and open answers; reference engine for closed answers.
    case(
        "X823-011",
        caption("a woman in a green wrap dress"),
        Q.color("green"),
        Q.sleeve_length("three-quarter sleeves"),
        describe("dress", "a green dress with a tie at the waist and a v - neck"),
        Q.material("silk", "unsupported"),
        wearing("Question: What is the person wearing? Answer: a green dress", "leak"),
        details(
            "dress",
            "the dress has a v neck, a tie at the waist, three quarter sleeves and a knee length skirt that flares "
            "out at the",
            "cut",
            hit_limit=True,
        ),
        title="AND Women Olive Green Solid Wrap Dress",
        category="Dresses",
        color="Olive",
        gender="Women",
    ),
    # photo: white sleeveless eyelet (broderie) top, mid-blue denim mini skirt, white backdrop.
    # Base model zero-shot for caption and open answers; reference engine for closed answers.
    case(
        "X823-012",
        caption("a woman wearing a white top and a denim skirt"),
        Q.pattern("solid"),
        color_of("top", "blue", "other_garment_color", kind="open"),
        details("top", "it has small holes in the fabric"),
        Q.garment_type("skirt", "contradiction"),
        Q.sleeve_length("sleeveless"),
        wearing(
            "she is wearing a white top and a denim skirt. she is wearing a white top and a denim skirt. she is "
            "wearing a",
            "loop",
            who="she",
            hit_limit=True,
        ),
        title="Street 9 Women White Self Design Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: black skinny jeans with mild rips at the knees, grey t-shirt, white backdrop, full length.
    # Base model zero-shot for caption and open answers; reference engine for closed answers.
    case(
        "X823-013",
        caption("a woman in a grey t - shirt and black ripped jeans"),
        Q.color("grey", "contradiction"),
        color_of("jeans", "black"),
        details("jeans", "ripped at the knees"),
        describe("jeans", "the jeans are", "cut"),
        Q.material("denim"),
        wearing("a gray shirt and gray jeans", "other_garment_color"),
        title="Kraus Jeans Women Black Skinny Fit Mid-Rise Mildly Distressed Stretchable Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: lavender tiered maxi dress with small pink and white flowers, thin straps (sleeveless), the model wears
    # a straw hat; white backdrop. Base model zero-shot for caption and open answers; reference engine for closed.
    case(
        "X823-014",
        caption("a woman in a purple floral dress wearing a straw hat"),
        Q.color("purple"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeves", "contradiction"),
        describe("dress", "a long purple dress with thin straps and ruffles"),
        is_a("skirt", "no"),
        details("dress", "a straw hat", "contradiction"),
        title="Berrylush Women Lavender Floral Print Tiered Maxi Dress",
        category="Dresses",
        color="Lavender",
        gender="Women",
    ),
    # photo: light blue denim dungarees over a red and white horizontally striped t-shirt, white backdrop.
    # Base model zero-shot for caption and open answers; reference engine for closed answers.
    case(
        "X823-015",
        caption("a woman in overalls and a red and white striped shirt"),
        Q.pattern("striped", "contradiction"),
        Q.color("blue"),
        wearing("overalls", who="she"),
        Q.material("denim"),
        details(
            "dungarees",
            "the dungarees have a pocket on the front and the straps are adjustable the straps are adjustable the "
            "straps are adjustable the",
            "loop",
            hit_limit=True,
        ),
        color_of("dungarees", "red and white", "other_garment_color", kind="open"),
        title="Mast & Harbour Women Blue Denim Dungarees",
        category="Jumpsuit",
        color="Blue",
        gender="Women",
    ),
    # photo: black ribbed long-sleeved crop top with a square neck, rust satin slip midi skirt, beige backdrop.
    # Base model zero-shot for caption and open answers; reference engine for closed answers.
    case(
        "X823-016",
        caption("a woman in a black top and an orange skirt"),
        Q.color("black"),
        Q.sleeve_length("long sleeves"),
        describe("top", "a black crop top with a square neckline"),
        color_of("top", "orange", "other_garment_color", kind="open"),
        Q.material("it is made of ribbed knit fabric"),
        wearing("a black top"),
        title="Tokyo Talkies Women Black Solid Fitted Crop Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: peach smocked top with short puff sleeves, white jeans, white backdrop.
    # Base model zero-shot for caption and open answers; reference engine for closed answers.
    case(
        "X823-017",
        caption("a woman wearing a pink top with puffy sleeves and white jeans"),
        Q.color("pink"),
        wearing("a pink top and white pants", who="she"),
        describe(
            "top",
            "the top has puff sleeves and elastic on the bodice and it is made of 100% cotton and is machine washable",
            "unsupported",
        ),
        Q.sleeve_length("short sleeves"),
        is_a("top", "yes"),
        Q.garment_type("top"),
        color_of("top", "white", "other_garment_color", kind="open"),
        title="FabAlley Women Peach-Coloured Solid Smocked Top",
        category="Tops",
        color="Peach",
        gender="Women",
    ),
    # photo: red and white gingham A-line mini skirt, black fitted t-shirt tucked in, white sneakers, white backdrop.
    # Base model zero-shot for caption and open answers; reference engine for closed answers.
    case(
        "X823-018",
        caption("a woman in a black shirt and a red and white checkered skirt"),
        Q.color("black", "contradiction"),
        Q.pattern("checked"),
        color_of("skirt", "red and white", kind="open"),
        wearing(
            "she is wearing a black shirt and a red and white skirt and a black shirt and a red and white skirt and "
            "a black",
            "loop",
            who="she",
            hit_limit=True,
        ),
        details("skirt", "the skirt is short"),
        describe(
            "skirt",
            "a red and white checked skirt Question: what is the color of the shirt? Answer: black",
            "leak",
        ),
        title="Vero Moda Women Red & White Checked A-Line Mini Skirt",
        category="Skirts",
        color="Red",
        gender="Women",
    ),
    # photo: olive cotton utility shirt with two flap chest pockets, sleeves rolled up, worn open over a white tank
    # top with blue jeans, white backdrop. Base model zero-shot for caption and open answers; reference engine closed.
    case(
        "X823-019",
        caption("a woman in a green shirt and jeans"),
        Q.color("white", "contradiction"),
        color_of("shirt", "green", kind="open"),
        details("shirt", "it has two pockets on the chest and the sleeves are rolled up"),
        describe("shirt", "a shirt", "restated"),
        wearing("he is wearing a green shirt and blue jeans", "pronoun"),
        title="Roadster Women Olive Green Solid Utility Shirt",
        category="Shirts",
        color="Olive",
        gender="Women",
    ),
    # photo: black jumpsuit with white polka dots, short sleeves, v-neck, tie belt, wide legs, grey backdrop.
    # Base model zero-shot for caption and open answers; reference engine for closed answers.
    case(
        "X823-020",
        caption("a woman wearing a black and white polka dot jumpsuit"),
        Q.pattern("polka dot"),
        Q.color("black"),
        wearing("a jumpsuit"),
        describe(
            "jumpsuit",
            "a black and white polka dot jumpsuit with short sleeves, a tie at the waist, a v neck, and wide legs. "
            "it is made of a lightweight",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless", "contradiction"),
        Q.material("cotton", "unsupported"),
        title="Harpa Women Black Printed Basic Jumpsuit",
        category="Jumpsuit",
        color="Black",
        gender="Women",
    ),
    # photo: teal long-sleeved bodycon midi dress, black heels, white backdrop.
    # Base model zero-shot for caption and open answers; reference engine for closed answers.
    case(
        "X823-021",
        caption("a woman in a green dress posing in front of a mirror", "unsupported"),
        Q.color("green"),
        Q.sleeve_length("long sleeves"),
        describe("dress", "a tight green dress with long sleeves"),
        Q.material("velvet", "unsupported"),
        wearing("yes", "non_answer", who="she"),
        details("dress", "the details of the dress", "restated"),
        title="Miss Chase Women Teal Blue Solid Bodycon Midi Dress",
        category="Dresses",
        color="Teal",
        gender="Women",
    ),
    # photo: grey slim-fit jeans, white blouse, white sneakers, the model holds a black handbag, white backdrop.
    # Base model zero-shot for caption and open answers; reference engine for closed answers.
    case(
        "X823-022",
        caption("a woman in a white shirt and gray jeans holding a black purse"),
        Q.color("grey"),
        describe("jeans", "the jeans are black and slim fitting", "other_garment_color"),
        Q.garment_type("jeans"),
        details("jeans", "the jeans details", "restated"),
        is_a("pair of shorts", "yes", "contradiction"),
        Q.material("denim"),
        wearing("a white shirt, gray jeans and white shoes", who="she"),
        title="Pepe Jeans Women Grey Slim Fit Mid-Rise Jeans",
        category="Jeans",
        color="Grey",
        gender="Women",
    ),
    # photo: wrap top with an abstract print in pink, green and navy, three-quarter sleeves, navy trousers, white
    # backdrop. Base model zero-shot for caption and open answers; reference engine for closed answers.
    case(
        "X823-023",
        caption("a woman in a colorful top and blue pants"),
        Q.color("multicolor"),
        Q.pattern("printed"),
        describe("top", "a wrap top with a pink and green print and three quarter sleeves"),
        wearing(
            "she is wearing a top and pants Question: what is the color of the pants? Answer: blue Question: what "
            "is the color of",
            "leak",
            who="she",
            hit_limit=True,
        ),
        Q.sleeve_length("three-quarter sleeves"),
        details("top", "the top is silk and has a hidden button at the neck", "unsupported"),
        title="Sera Women Multicoloured Printed Wrap Top",
        category="Tops",
        color="Multi",
        gender="Women",
    ),
    # photo: glossy black faux-leather A-line mini skirt, cream cable-knit sweater tucked in, white backdrop.
    # Base model zero-shot for caption and open answers; reference engine for closed answers.
    case(
        "X823-024",
        caption("a woman in a white sweater and black leather skirt"),
        Q.material("leather"),
        Q.color("white", "contradiction"),
        describe("skirt", "a short black skirt"),
        details("skirt", "it has a zipper on the side and two pockets", "unsupported"),
        wearing("he is wearing a white sweater and a black skirt", "pronoun", who="she"),
        is_a("skirt", "yes"),
        title="DressBerry Women Black Faux Leather A-Line Mini Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: beige linen sleeveless wide-leg jumpsuit with a brown leather belt with a gold buckle, photographed
    # outdoors against a beige wall. Base model zero-shot for caption and open answers; reference engine for closed.
    case(
        "X823-025",
        caption("a woman in a beige jumpsuit standing in front of a wall"),
        Q.material("linen"),
        Q.color("brown", "contradiction"),
        wearing("a jumpsuit and a brown belt"),
        color_of("jumpsuit", "brown", "other_garment_color", kind="open"),
        describe(
            "jumpsuit",
            "a beige jumpsuit with wide legs and a belt with a gold buckle and a gold buckle and a gold buckle and a "
            "gold buckle",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless"),
        title="Mango Women Beige Linen Wide-Leg Jumpsuit",
        category="Jumpsuit",
        color="Beige",
        gender="Women",
    ),
    # photo: coral red fit-and-flare knee-length dress with short sleeves, white backdrop.
    # Base model zero-shot for caption and open answers; reference engine for closed answers.
    case(
        "X823-026",
        caption("a woman in a red dress"),
        Q.color("red"),
        wearing("red", "non_answer", who="she"),
        describe(
            "dress",
            "a red dress with short sleeves and a flared skirt. the dress is made of a soft, stretchy fabric that is "
            "comfortable to wear",
            "unsupported",
        ),
        Q.garment_type("dress"),
        is_a("skirt", "yes", "contradiction"),
        title="U&F Women Coral Solid Fit and Flare Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: navy and white horizontally striped (breton) long-sleeved boat-neck top, beige trousers, white backdrop.
    # Base model zero-shot for caption and open answers; reference engine for closed answers.
    case(
        "X823-027",
        caption("a woman wearing a blue and white striped shirt and beige pants"),
        Q.pattern("striped"),
        Q.color("navy blue"),
        wearing("she is wearing a striped shirt", who="she"),
        details("top", "stripes"),
        Q.material("100% cotton", "unsupported"),
        Q.sleeve_length("short sleeves", "contradiction"),
        describe("top", "the top is beige and has long sleeves", "other_garment_color"),
        title="HERE&NOW Women Navy Blue & White Striped Boat Neck Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: back view of dark indigo skinny jeans with two back pockets and a red tab, mustard sweater, white
    # backdrop. Base model zero-shot for caption and open answers; reference engine for closed answers.
    case(
        "X823-028",
        caption("the back of a woman wearing blue jeans and a yellow sweater"),
        Q.color("yellow", "contradiction"),
        color_of("jeans", "dark blue", kind="open"),
        details("jeans", "two back pockets with a red tag"),
        wearing("a yellow sweater and yellow jeans", "other_garment_color"),
        Q.material("denim"),
        describe("jeans", "the jeans are a pair of jeans", "restated"),
        title="Levis Women Blue 711 Skinny Fit Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: green wrap midi skirt with a white and pink floral print, white t-shirt tucked in, white backdrop.
    # Base model zero-shot for caption and open answers; reference engine for closed answers.
    case(
        "X823-029",
        caption("a woman in a white shirt and green floral skirt"),
        Q.pattern("floral"),
        Q.color("green"),
        describe("skirt", "the skirt is white with green flowers", "contradiction"),
        wearing(
            "she is wearing a white shirt and a green skirt with flowers on it. she is wearing a white shirt and a "
            "green skirt with",
            "loop",
            who="she",
            hit_limit=True,
        ),
        details("skirt", "wrap style with a tie on the side"),
        Q.material("chiffon", "unsupported"),
        title="AND Women Green Floral Print Wrap Midi Skirt",
        category="Skirts",
        color="Green",
        gender="Women",
    ),
    # photo: rust satin wrap top with long balloon sleeves, black trousers, white backdrop.
    # Base model zero-shot for caption and open answers; reference engine for closed answers.
    case(
        "X823-030",
        caption("a woman in an orange satin blouse and black pants"),
        Q.color("orange"),
        Q.material("satin"),
        color_of("blouse", "black", "other_garment_color", kind="open"),
        wearing("an orange blouse"),
        describe("top", "it is a top", "restated"),
        is_a("dress", "yes", "contradiction"),
        Q.sleeve_length("long sleeves"),
        title="Tokyo Talkies Women Rust Solid Satin Wrap Top",
        category="Tops",
        color="Rust",
        gender="Women",
    ),
    # photo: yellow plain tank top, light-wash denim shorts, white backdrop, front view.
    # Base model zero-shot for caption and open answers; reference engine for closed answers.
    case(
        "X823-031",
        caption("a woman in a yellow tank top and denim shorts"),
        Q.sleeve_length("sleeveless"),
        Q.color("yellow"),
        wearing("he is wearing a yellow tank top and shorts", "pronoun", who="she"),
        describe("tank top", "a yellow tank top with a racerback and a built-in bra", "unsupported"),
        Q.pattern("striped", "contradiction"),
        details("tank top", "yellow", "non_answer"),
        title="Vero Moda Women Yellow Solid Tank Top",
        category="Tops",
        color="Yellow",
        gender="Women",
    ),
    # photo: black sequinned sleeveless bodycon mini dress, silver heels, dark grey backdrop, front view.
    # Base model zero-shot for caption and open answers; reference engine for closed answers.
    case(
        "X823-032",
        caption("a woman in a black sequin dress"),
        Q.material("sequins"),
        describe(
            "dress",
            "a black dress with sequins and a low back with a low back with a low back with a low back with a low",
            "loop",
            hit_limit=True,
        ),
        color_of("dress", "silver", "other_garment_color", kind="open"),
        Q.sleeve_length("sleeveless"),
        wearing("a black dress with silver shoes Answer: a black dress", "leak"),
        title="Athena Women Black Sequinned Bodycon Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: light blue chambray shirt, long sleeves rolled to the elbows, tucked into white jeans, white backdrop.
    # Base model zero-shot for caption and open answers; reference engine for closed answers.
    case(
        "X823-033",
        caption("a woman in a blue shirt and white jeans"),
        Q.garment_type("shirt"),
        Q.color("white", "contradiction"),
        details("shirt", "buttons down the front and a collar"),
        describe(
            "shirt",
            "the shirt is a blue shirt with a collar and buttons down the front, and the sleeves are rolled up to the "
            "elbows. the shirt is",
            "cut",
            hit_limit=True,
        ),
        wearing("she is wearing a blue shirt and white jeans", who="she"),
        Q.material("it is made of cotton and polyester", "unsupported"),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        title="Marks & Spencer Women Blue Chambray Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: olive long-sleeved utility boiler jumpsuit with a zip front, chest pockets and a self-tie belt, white
    # sneakers, white backdrop. Base model zero-shot for caption and open answers; reference engine for closed.
    case(
        "X823-034",
        caption("a woman in a green jumpsuit with pockets"),
        Q.color("olive"),
        is_a("jumpsuit", "no", "contradiction"),
        Q.garment_type("jumpsuit"),
        details("jumpsuit", "zip front, chest pockets, belt"),
        wearing("Answer: a green jumpsuit", "leak", who="she"),
        describe("jumpsuit", "a green jumpsuit with a hood", "unsupported"),
        title="StyleStone Women Olive Green Solid Utility Jumpsuit",
        category="Jumpsuit",
        color="Olive",
        gender="Women",
    ),
    # photo: plain white short-sleeved crew-neck top, black skinny jeans, white backdrop with a soft shadow.
    # Base model zero-shot for caption and open answers; reference engine for closed answers. Row has no gender.
    case(
        "X823-035",
        caption("a woman wearing a white shirt and black pants"),
        Q.color("black", "contradiction"),
        wearing("she is wearing a white shirt and black jeans"),
        color_of("top", "black", "other_garment_color", kind="open"),
        describe("top", "white", "non_answer"),
        Q.sleeve_length("short sleeves"),
        details("top", "Answer: round neck and short sleeves", "leak"),
        title="Mast & Harbour Women White Solid Regular Top",
        category="Tops",
        color="White",
    ),
    # photo: light blue wide-leg high-rise jeans, pink cropped cardigan, pink backdrop wall.
    # Base model zero-shot for caption and open answers; reference engine for closed answers.
    case(
        "X823-036",
        caption("a woman in a pink sweater and pink jeans against a pink wall", "other_garment_color"),
        color_of("jeans", "pink", "other_garment_color", kind="open"),
        Q.color("blue"),
        wearing("a pink sweater and jeans", who="she"),
        details(
            "jeans",
            "the jeans have wide legs and a high waist and they are made of 100% organic cotton denim",
            "unsupported",
        ),
        is_a("pair of jeans", "yes"),
        describe("jeans", "pink", "non_answer"),
        title="Kraus Jeans Women Blue Wide Leg High-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: burgundy velvet wrap dress with long sleeves, gold hoop earrings, white backdrop.
    # Base model zero-shot for caption and open answers; reference engine for closed answers.
    case(
        "X823-037",
        caption("a woman in a red velvet dress"),
        Q.material("velvet"),
        Q.color("maroon"),
        wearing("he is wearing a red dress", "pronoun"),
        describe("dress", "a red dress"),
        Q.sleeve_length("long sleeves"),
        details("dress", "gold buttons on the cuffs", "unsupported"),
        color_of("dress", "gold", "other_garment_color", kind="open"),
        title="Rare Women Burgundy Velvet Wrap Dress",
        category="Dresses",
        color="Burgundy",
        gender="Women",
    ),
    # photo: black and white houndstooth mini skirt, black turtleneck sweater, black ankle boots, grey backdrop.
    # Base model zero-shot for caption and open answers; reference engine for closed answers.
    case(
        "X823-038",
        caption("a woman in a black sweater and a black and white plaid skirt"),
        Q.pattern("checked"),
        Q.color("black"),
        details(
            "skirt",
            "a black and white skirt with a black and white pattern and a black and white pattern and a black and "
            "white",
            "loop",
            hit_limit=True,
        ),
        wearing("she is wearing a black sweater, black boots and a black and white skirt", who="she"),
        describe("skirt", "the skirt is a skirt", "restated"),
        title="Tokyo Talkies Women Black & White Houndstooth A-Line Mini Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: lavender and white tie-dye cropped t-shirt, grey jogger sweatpants, white backdrop.
    # Base model zero-shot for caption and open answers; reference engine for closed answers.
    case(
        "X823-039",
        caption("a woman in a purple tie dye t - shirt and gray sweatpants"),
        Q.pattern("printed"),
        Q.color("grey", "contradiction"),
        color_of("t-shirt", "purple", kind="open"),
        Q.garment_type("t-shirt"),
        describe("t-shirt", "a purple and white tie dye t-shirt that is cropped"),
        details("t-shirt", "the t-shirt has a small logo on the left chest", "unsupported"),
        wearing("his t-shirt is purple and his pants are gray", "pronoun", who="she"),
        title="FOREVER 21 Women Lavender Tie-Dye Crop T-shirt",
        category="Tshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: black skater dress worn under an open mid-blue denim jacket, white backdrop.
    # Base model zero-shot for caption and open answers; reference engine for closed answers.
    case(
        "X823-040",
        caption("a woman in a blue dress and a denim jacket", "other_garment_color"),
        Q.color("blue", "contradiction"),
        Q.garment_type("jacket", "contradiction"),
        wearing("a black dress and a denim jacket"),
        describe("dress", "the dress is blue denim with buttons", "other_garment_color"),
        is_a("dress", "yes"),
        details(
            "dress",
            "the dress has a fitted bodice and a flared skirt that falls just above the knee, and it is worn with a "
            "denim jacket that has",
            "cut",
            hit_limit=True,
        ),
        title="ONLY Women Black Solid Skater Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: white denim shorts with a frayed hem, light blue shirt knotted at the waist, white backdrop.
    # Base model zero-shot for caption and open answers; reference engine for closed answers.
    case(
        "X823-041",
        caption("a woman in a blue shirt and white shorts"),
        color_of("shorts", "blue", "other_garment_color", kind="open"),
        details("shorts", "they are short", "non_answer"),
        Q.color("white"),
        Q.material("denim"),
        wearing("a blue shirt and white shorts", who="she"),
        describe(
            "shorts",
            "white denim shorts with frayed edges Question: What are the shorts details? Answer: they are",
            "leak",
            hit_limit=True,
        ),
        title="Roadster Women White Frayed Hem Denim Shorts",
        category="Shorts",
        color="White",
        gender="Women",
    ),
    # photo: mustard sleeveless top with a ruffled neckline, white jeans, white backdrop, front view.
    # Base model zero-shot for caption and open answers; reference engine for closed answers. Row has no category.
    case(
        "X823-042",
        caption("a woman in a yellow top with ruffles"),
        Q.color("yellow"),
        Q.garment_type("top"),
        describe(
            "top",
            "a yellow top with ruffles around the neck and the armholes and a button at the back of the neck and a "
            "keyhole",
            "unsupported",
            hit_limit=True,
        ),
        wearing("she is wearing a yellow top and white jeans", who="she"),
        Q.sleeve_length("short sleeves", "contradiction"),
        details("top", "the top has ruffles and", "cut"),
        title="Femella Women Mustard Yellow Solid Ruffled Top",
        color="Mustard",
        gender="Women",
    ),
    # photo: red midi dress with a small white and yellow floral print, long puff sleeves, square neck, shot outdoors
    # in a garden with green foliage behind. Base model zero-shot for caption and open answers; reference engine closed.
    case(
        "X823-043",
        caption("a woman in a red floral dress standing in a garden"),
        Q.pattern("floral"),
        color_of("dress", "green", "contradiction", kind="open"),
        Q.sleeve_length("long sleeves"),
        describe("dress", "a red dress with white flowers and puffy sleeves"),
        wearing("i don't know", "non_answer", who="she"),
        details(
            "dress",
            "Question: What are the dress details? Answer: square neck, puff sleeves Question: What are the dress "
            "details? Answer: square neck",
            "leak",
            hit_limit=True,
        ),
        title="Zink London Women Red Floral Print Puff Sleeve Midi Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: white cotton broderie playsuit with short sleeves, tan sandals, on a beach with blue sky and sea behind.
    # Base model zero-shot for caption and open answers; reference engine for closed answers.
    case(
        "X823-044",
        caption("a woman in a white romper standing on the beach"),
        Q.garment_type("jumpsuit"),
        Q.color("white"),
        wearing("he is wearing a white romper", "pronoun", who="she"),
        details("playsuit", "short sleeves and shorts"),
        Q.sleeve_length("short sleeves"),
        describe("playsuit", "a white playsuit with a blue", "cut"),
        title="Vero Moda Women White Cotton Self Design Playsuit",
        category="Playsuit",
        color="White",
        gender="Women",
    ),
    # photo: camel knee-length pencil skirt, black blouse tucked in, white backdrop, front view.
    # Base model zero-shot for caption and open answers; reference engine for closed answers.
    case(
        "X823-045",
        caption("a woman in a black blouse and a tan skirt"),
        Q.color("brown"),
        color_of("skirt", "black", "other_garment_color", kind="open"),
        describe("skirt", "a pencil skirt that is knee length with a slit in the back", "unsupported"),
        wearing("black blouse", who="she"),
        is_a("skirt", "yes"),
        Q.material("wool", "unsupported"),
        title="Mango Women Camel Brown Solid Pencil Skirt",
        category="Skirts",
        color="Brown",
        gender="Women",
    ),
    # photo: charcoal grey washed straight-fit jeans, white t-shirt, black leather jacket worn open, white backdrop.
    # Base model zero-shot for caption and open answers; reference engine for closed answers.
    case(
        "X823-046",
        caption("a woman wearing a black leather jacket, white t - shirt and gray jeans"),
        Q.color("black", "contradiction"),
        color_of("jeans", "grey"),
        wearing("a leather jacket"),
        details(
            "jeans",
            "the jeans are faded and have a straight leg and the jeans are faded and have a straight leg and the jeans",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("jacket", "contradiction"),
        describe("jeans", "black jeans with a faded wash", "other_garment_color"),
        title="Roadster Women Charcoal Grey Washed Straight Fit Jeans",
        category="Jeans",
        color="Charcoal",
        gender="Women",
    ),
]
