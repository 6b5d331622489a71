"""BLIND_805 (46 products; Myntra women's western wear, untuned BLIP-2): written blind in the fifty-fifth session.
Measured blind at 7bf5cc7 (the session's final rules): 108/136 failures found (79.4%) and 8/179 correct texts flagged
(4.5%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's western wear (dresses, tops, t-shirts, shirts, jeans, jeggings, trousers,
skirts, jumpsuits). Catalog photos, mostly front views of a model on a white or light grey studio backdrop, the
product worn with other clothes (a tee tucked into the jeans, a shirt over a camisole, a sweater over a skirt); one
lifestyle shot against a brick wall. Seller columns: title, category (article type), color (base colour), gender;
a few rows lack the color, the category or the gender, as real feeds do.

Who wrote what: every caption and open answer is free generation by the untuned Salesforce/blip2-opt-2.7b (8-bit,
greedy, 50 new tokens for captions, 30 for answers, prompt `Question: ... Answer:`). Closed answers (garment type,
color, pattern, sleeve length, "Is this a ...?") come from enrich's `--engine reference`, which scores the same base
model over the candidate values and keeps one, so they never loop or stop short, but they pick wrong values. The
base model mostly answers short and lowercase and stops on its own; its habits: one color for every garment in the
photo (the tee's white given to the jeans), "he" for a woman, invented details (pockets, zips, slits, bows, a
material guessed with no support), the question echoed back, a bare "yes"/"no" or a garment word to an open
question, now and then a continuation of the `Question: ... Answer:` format, and a few long answers that repeat a
phrase or run on to the token limit.

Labeling conventions and judgement calls:
- Shades count as the seller's color when they fall in the same coarse group of the realphotos README (peach, coral
  and blush as pink; navy as blue; cream as white; burgundy and maroon as red; mint as green; mustard as yellow; tan
  as beige). A shade outside the group is a failure: teal called green, mint called blue, olive called khaki,
  mustard called orange, navy called black, beige called white, bottle green called black.
- other_garment_color: a text that gives the product the color of another thing worn in the photo (the top, the
  jeans, the camisole, the sneakers, the sandals), captions included. A wrong color that matches nothing worn (or
  matches the wall or backdrop) is a contradiction.
- contradiction also covers a wrong garment type (a jumpsuit called a dress, jeans called trousers, "yes" to "Is
  this a jumpsuit?" for a pinafore dress) and a wrong sleeve length. A caption whose only error is the product's
  color is labelled by the rule above.
- "a blue shirt" for a shirt dress is a contradiction (the product is a dress); "shirt" for a shirt-style top,
  "jeans" for jeggings, "overalls" for a dungaree jumpsuit and "a jean skirt" for a denim skirt are correct.
- unsupported: a detail the photo does not show (pockets, zips, slits, bows, a leather patch on a back the front
  view cannot show, text on a tee that differs from the print), and a material the title does not name and the
  photo cannot show (silk, satin, chiffon, cotton for a bodycon dress), or the material of another garment in the
  photo (wool from the sweater, leather from the jacket, straw from the bag). A material the title names, or that
  the look makes evident (denim jeans, velvet, lace, satin sheen), is correct. "denim" for a chambray dress whose
  title says chambray is unsupported.
- non_answer: a bare yes/no, "none", "no", or only the garment word back ("jeans", "it is a skirt", "dress") to an
  open question. restated: the question turned back into a statement or repeated ("the details of the dress",
  "what is she wearing", "the skirt is a skirt"). A restatement that goes on to give a real answer ("the details of
  the top are lace and a scalloped hem") is correct.
- leak: any text with "Question:" or "Answer:" in it, even when the answer part is right; a leak that runs on to the
  token limit keeps the leak label and hit_limit=True.
- loop: a phrase repeated until the token limit (hit_limit=True); cut: a text that stops mid-phrase at the token
  limit without repeating (hit_limit=True). A looping text that also ends mid-word is labelled loop.
- pronoun: "he", "his" or "a man" for a Women product, labelled pronoun when the rest of the text is right.
- Each text carries one label; where a text has two faults the more visible one is kept (a leak over a right
  answer, a loop over an invented detail inside it).
- Backdrops and props named correctly (white background, brick wall, straw bag, sneakers) are correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_805 = [
    # photo: front view, model in navy blue skinny jeans, a white crew-neck t-shirt tucked in, white sneakers, plain
    # white backdrop; base blip2-opt-2.7b zero-shot wrote the caption and open answers, the reference engine the
    # closed ones
    case(
        "X805-001",
        caption("a woman in a white t-shirt and blue jeans standing in front of a white background"),
        wearing("a white t-shirt and blue jeans"),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        B.garment_type("jeans"),
        B.color("navy blue"),
        details("jeans", "Question: What are the jeans details? Answer: they are skinny jeans", "leak"),
        describe("jeans", "high waisted skinny jeans with a brown leather patch on the back", "unsupported"),
        B.material("denim"),
        title="Roadster Women Navy Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black sleeveless knee-length A-line dress with a round neck, black heels, light grey backdrop, front
    # view; base model zero-shot, closed answers by the reference engine
    case(
        "X805-002",
        caption("a woman in a black dress posing for a photo"),
        wearing("a black dress Question: what is the color of the dress? Answer: black", "leak"),
        describe("dress", "it is a black dress with a white collar", "unsupported"),
        B.sleeve_length("sleeveless"),
        B.pattern("solid"),
        B.material("silk", "unsupported"),
        details("dress", "the details of the dress are the details of the dress", "restated"),
        title="SASSAFRAS Women Black Solid A-Line Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: mustard yellow top with a small white and pink floral print, short flutter sleeves, tucked into black
    # skinny jeans, white backdrop; base model zero-shot, closed answers by the reference engine
    case(
        "X805-003",
        caption("a woman wearing a yellow floral top and black jeans"),
        wearing("a yellow shirt and black pants"),
        color_of("top", "black", "other_garment_color", kind="open"),
        B.pattern("floral"),
        B.garment_type("top"),
        describe(
            "top",
            "a yellow top with small white and pink flowers, short ruffled sleeves and a round neck, tucked into a pair"
            " of black skinny jeans with",
            "cut",
            hit_limit=True,
        ),
        B.sleeve_length("long sleeves", "contradiction"),
        details("top", "none", "non_answer"),
        title="Tokyo Talkies Women Mustard Yellow Floral Print Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: black accordion-pleated midi skirt, white button-down shirt tucked in, black heels, white backdrop,
    # three-quarter view; base model zero-shot, closed answers by the reference engine
    case(
        "X805-004",
        caption("a woman in a white shirt and black skirt"),
        wearing("he is wearing a white shirt and a black skirt", "pronoun"),
        color_of("skirt", "black"),
        details("skirt", "pleated"),
        B.garment_type("skirt"),
        is_a("skirt", "yes"),
        B.material("leather", "unsupported"),
        title="Vero Moda Women Black Pleated Midi Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: maroon sleeveless V-neck culotte jumpsuit with wide legs and a self-tie belt, nude heels, white
    # backdrop, front view; base model zero-shot, closed answers by the reference engine
    case(
        "X805-005",
        caption("a woman in a red jumpsuit with a belt"),
        wearing("a maroon jumpsuit"),
        B.garment_type("dress", "contradiction"),
        B.color("maroon"),
        describe("jumpsuit", "it is a jumpsuit", "non_answer"),
        is_a("jumpsuit", "no", "contradiction"),
        details(
            "jumpsuit",
            "the jumpsuit has a belt and the jumpsuit has a belt and the jumpsuit has a belt and the jumpsuit has a"
            " belt and the",
            "loop",
            hit_limit=True,
        ),
        title="Harpa Women Maroon Solid Culotte Jumpsuit",
        category="Jumpsuit",
        color="Maroon",
        gender="Women",
    ),
    # photo: red wrap dress with small white polka dots, three-quarter sleeves, knee length, tie at the waist, white
    # backdrop, front view; base model zero-shot, closed answers by the reference engine
    case(
        "X805-006",
        caption("a woman in a red and white polka dot dress"),
        wearing("a red dress with white polka dots"),
        B.pattern("polka dots"),
        B.sleeve_length("short sleeves", "contradiction"),
        details("dress", "the dress has a v-neck and a tie waist"),
        color_of("dress", "red"),
        B.material("chiffon", "unsupported"),
        title="AND Women Red Polka Dot Print Wrap Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: navy and white horizontal-striped boat-neck top with long sleeves, light blue jeans, white backdrop,
    # front view; base model zero-shot, closed answers by the reference engine
    case(
        "X805-007",
        caption("a woman in a black and white striped shirt and jeans", "contradiction"),
        wearing("a blue and white striped shirt and jeans"),
        B.color("navy blue"),
        B.pattern("striped"),
        details("top", "the top has a boat neck and long sleeves"),
        describe("top", "a blue and white striped shirt with a black collar", "unsupported"),
        B.sleeve_length("short sleeves", "contradiction"),
        title="ONLY Women Navy Blue & White Striped Boat Neck Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: white cotton shirt-style top with roll-up sleeves, light blue jeans, white backdrop, front view; base
    # model zero-shot, closed answers by the reference engine
    case(
        "X805-008",
        caption("a woman in a blue shirt and jeans", "other_garment_color"),
        wearing("a white shirt and blue jeans"),
        color_of("shirt", "white"),
        B.garment_type("shirt"),
        B.material("cotton"),
        details("shirt", "Question: What are the shirt details? Answer: the shirt has a collar and buttons", "leak"),
        describe(
            "shirt",
            "a white shirt with the sleeves rolled up to the elbows and the collar open, worn with light blue jeans and"
            " a pair of white",
            "cut",
            hit_limit=True,
        ),
        title="Mast & Harbour Women White Solid Cotton Shirt Style Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: peach maxi dress with a green and white floral print, sleeveless, smocked bodice, white backdrop, front
    # view; base model zero-shot, closed answers by the reference engine
    case(
        "X805-009",
        caption("a woman in a white floral dress standing on a white background", "contradiction"),
        wearing("he is wearing a long pink dress", "pronoun", who="she"),
        B.color("peach"),
        B.pattern("floral"),
        describe("dress", "a pink dress with flowers on it and a slit on the side", "unsupported"),
        B.sleeve_length("sleeveless"),
        details(
            "dress",
            "the dress is long and flowy and has a floral print and a smocked top and the dress is long and flowy and"
            " has a floral print and",
            "loop",
            hit_limit=True,
        ),
        title="Berrylush Women Peach-Coloured Floral Print Maxi Dress",
        category="Dresses",
        color="Peach",
        gender="Women",
    ),
    # photo: light blue washed boyfriend jeans with rolled cuffs, black tank top tucked in, white backdrop, front
    # view, no rips; base model zero-shot, closed answers by the reference engine
    case(
        "X805-010",
        caption("a woman in black top and jeans posing for a picture"),
        wearing("black top and blue jeans"),
        color_of("jeans", "black", "other_garment_color", kind="open"),
        B.garment_type("jeans"),
        details("jeans", "the jeans have rips on the knees", "unsupported"),
        B.material("denim"),
        is_a("pair of jeans", "yes"),
        title="Levis Women Light Blue Boyfriend Fit Mid-Rise Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: olive green utility jumpsuit, shirt collar, button placket, flap chest pockets, roll-up sleeves,
    # drawstring waist, tapered legs, white backdrop; base model zero-shot, closed answers by the reference engine
    case(
        "X805-011",
        caption("a woman in a green jumpsuit with pockets"),
        wearing("a green jumpsuit"),
        B.color("khaki", "contradiction"),
        describe("jumpsuit", "it has a collar, buttons down the front and pockets on the chest"),
        details("jumpsuit", "Answer: pockets", "leak"),
        B.material("silk", "unsupported"),
        title="FabAlley Women Olive Green Solid Cotton Utility Jumpsuit",
        category="Jumpsuit",
        color="Olive",
        gender="Women",
    ),
    # photo: lavender top with short ruffled sleeves and a round neck, white skinny jeans, white backdrop; base
    # model zero-shot, closed answers by the reference engine (the feed row has no gender)
    case(
        "X805-012",
        caption("a woman in a purple top and white jeans"),
        wearing("she is wearing a purple top and white pants", who="she"),
        color_of("top", "white", "other_garment_color"),
        B.pattern("solid"),
        details("top", "ruffles"),
        describe("top", "a purple top with ruffled sleeves and pearl buttons on the back", "unsupported"),
        B.sleeve_length("long sleeves", "contradiction"),
        title="DressBerry Women Lavender Solid Ruffled Top",
        category="Tops",
        color="Lavender",
    ),
    # photo: black and white gingham check A-line mini skirt, fitted black top tucked in, white backdrop, front
    # view; base model zero-shot, closed answers by the reference engine
    case(
        "X805-013",
        caption("a woman in a black top and a black and white checkered skirt"),
        wearing("black shirt and plaid skirt"),
        color_of("skirt", "the color of the skirt is", "restated", kind="open"),
        B.pattern("checked"),
        B.garment_type("shorts", "contradiction"),
        details("skirt", "it is a skirt", "non_answer"),
        is_a("skirt", "yes"),
        title="Zima Leto Women Black & White Checked A-Line Mini Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: medium blue high-rise flared jeans, white off-shoulder top, tan heels, white backdrop, front view; base
    # model zero-shot, closed answers by the reference engine
    case(
        "X805-014",
        caption("a woman in a white top and blue jeans with flared legs"),
        wearing("a white off the shoulder top and flared jeans"),
        color_of("jeans", "what is the color of the jeans", "restated", kind="open"),
        details(
            "jeans",
            "they are flared jeans with a high waist and a button fly and a zipper fly and a button fly and a zipper"
            " fly and a button",
            "loop",
            hit_limit=True,
        ),
        B.material("denim"),
        B.garment_type("trousers", "contradiction"),
        title="Kraus Jeans Women Blue Flared High-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: bright yellow fit-and-flare sundress with a white daisy print, spaghetti straps, knee length, model
    # holding a straw bag, white backdrop; base model zero-shot, closed answers by the reference engine
    case(
        "X805-015",
        caption("a woman in a yellow dress holding a straw bag"),
        wearing("a yellow dress"),
        B.pattern("floral"),
        B.sleeve_length("sleeveless"),
        describe(
            "dress", "the dress is yellow with white flowers and a ruffled hem and a bow on the back", "unsupported"
        ),
        B.material("straw", "unsupported"),
        details("dress", "spaghetti straps"),
        title="Sera Women Yellow Floral Print Fit and Flare Dress",
        category="Dresses",
        color="Yellow",
        gender="Women",
    ),
    # photo: teal blue long-sleeved bodycon midi dress, round neck, white backdrop, side view; base model zero-shot,
    # closed answers by the reference engine
    case(
        "X805-016",
        caption("a woman in a green dress posing for the camera", "contradiction"),
        wearing("a blue dress"),
        B.garment_type("dress"),
        B.sleeve_length("long sleeves"),
        details("dress", "it is a bodycon dress"),
        describe("dress", "dress", "non_answer"),
        B.material("cotton", "unsupported"),
        title="Athena Women Teal Blue Solid Bodycon Dress",
        category="Dresses",
        color="Teal",
        gender="Women",
    ),
    # photo: grey melange short-sleeved round-neck t-shirt tucked into a black pleated mini skirt, white sneakers,
    # white backdrop; base model zero-shot, closed answers by the reference engine
    case(
        "X805-017",
        caption("a woman in a grey t-shirt and a black skirt"),
        wearing("he is wearing a gray shirt and a black skirt", "pronoun"),
        color_of("t-shirt", "black", "other_garment_color", kind="open"),
        B.garment_type("t-shirt"),
        B.material("cotton"),
        B.sleeve_length("short sleeves"),
        title="U&F Women Grey Melange Solid Round Neck Cotton T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: black skinny jeans, red short-sleeved top worn untucked, black ankle boots, white backdrop, front view;
    # base model zero-shot, closed answers by the reference engine
    case(
        "X805-018",
        caption("a woman in a red shirt and black pants"),
        wearing("red top and black jeans"),
        color_of("jeans", "red", "other_garment_color"),
        B.garment_type("jeans"),
        details("jeans", "the jeans are black and have a zipper on the side", "unsupported"),
        describe("jeans", "black skinny jeans"),
        title="Pepe Jeans Women Black Skinny Fit Mid-Rise Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: coral off-shoulder bardot top with elbow-length sleeves, light blue denim shorts, white backdrop, front
    # view; base model zero-shot, closed answers by the reference engine (the feed row has no gender)
    case(
        "X805-019",
        caption("a woman in an orange top and denim shorts"),
        wearing("an off the shoulder top and shorts"),
        color_of("top", "pink", kind="open"),
        B.sleeve_length("sleeveless", "contradiction"),
        describe("top", "an orange top with the shoulders out"),
        details("top", "yes", "non_answer"),
        B.garment_type("top"),
        title="Miss Chase Women Coral Solid Bardot Top",
        category="Tops",
        color="Coral",
    ),
    # photo: cream lace top with a scalloped hem and short sleeves, lined, worn over blue jeans, white backdrop,
    # front view; base model zero-shot, closed answers by the reference engine
    case(
        "X805-020",
        caption("a woman in a white lace top and jeans"),
        wearing("a white lace dress", "contradiction"),
        B.color("cream"),
        B.material("lace"),
        color_of("top", "blue", "other_garment_color", kind="open"),
        details("top", "the details of the top are lace and a scalloped hem"),
        describe("top", "a white lace top with black buttons down the back", "unsupported"),
        title="People Women Cream-Coloured Lace Top",
        category="Tops",
        color="Cream",
        gender="Women",
    ),
    # photo: navy blue flared midi skirt with white polka dots, white t-shirt tucked in, white backdrop, front view;
    # base model zero-shot, closed answers by the reference engine
    case(
        "X805-021",
        caption("a woman in a white shirt and a blue polka dot skirt"),
        wearing("he is wearing a white t-shirt and a polka dot skirt", "pronoun"),
        color_of("skirt", "white", "other_garment_color", kind="open"),
        B.pattern("polka dots"),
        details("skirt", "what are the skirt details", "restated"),
        is_a("skirt", "yes"),
        title="Marie Claire Women Navy Blue Polka Dot Print Flared Midi Skirt",
        category="Skirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: bottle green satin slip midi dress, thin straps, cowl neck, model with a hand on her hip, white
    # backdrop, front view; base model zero-shot, closed answers by the reference engine
    case(
        "X805-022",
        caption("a man in a green satin dress", "pronoun"),
        wearing("a green dress"),
        B.material("satin"),
        B.sleeve_length("sleeveless"),
        describe("dress", "it is a dress", "non_answer"),
        details(
            "dress",
            "the dress is made of a shiny satin fabric and has a cowl neck, thin adjustable straps and a hem that falls"
            " just below the",
            "cut",
            hit_limit=True,
        ),
        B.color("black", "contradiction"),
        title="Rare Women Bottle Green Satin Slip Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: mid-blue denim pinafore dress with a front pocket and buttoned straps over a white t-shirt, white
    # backdrop, front view; base model zero-shot, closed answers by the reference engine
    case(
        "X805-023",
        caption("a woman in a denim overall dress and a white shirt"),
        wearing("a denim dress and a white t-shirt"),
        color_of("dress", "white", "other_garment_color", kind="open"),
        B.garment_type("dress"),
        B.material("denim"),
        details("dress", "it has a pocket on the front and buttons on the straps"),
        is_a("jumpsuit", "yes", "contradiction"),
        title="StyleStone Women Blue Denim Pinafore Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: burgundy velvet top with long sleeves and a square neck, black jeans, white backdrop, front view; base
    # model zero-shot, closed answers by the reference engine
    case(
        "X805-024",
        caption("a woman in a red velvet top and black jeans"),
        wearing("a burgundy top and black pants"),
        color_of("top", "black", "other_garment_color", kind="open"),
        B.material("velvet"),
        B.sleeve_length("long sleeves"),
        describe("top", "Question: Describe the top. Answer: a red velvet top with long sleeves", "leak"),
        details(
            "top",
            "the top is made of velvet and has a square neck and long sleeves with a slightly puffed shoulder and a"
            " fitted waist that ends at the",
            "cut",
            hit_limit=True,
        ),
        title="Femella Women Burgundy Solid Velvet Top",
        category="Tops",
        color="Burgundy",
        gender="Women",
    ),
    # photo: beige high-waist straight trousers with front pleats, black bodysuit tucked in, white backdrop, front
    # view; base model zero-shot, closed answers by the reference engine
    case(
        "X805-025",
        caption("a woman in a black top and white pants", "contradiction"),
        wearing("black top and beige pants"),
        color_of("trousers", "black", "other_garment_color"),
        B.garment_type("trousers"),
        details(
            "trousers",
            "the pants have pleats in the front and pleats in the back and pleats in the front and pleats in the back"
            " and pleats in the front and",
            "loop",
            hit_limit=True,
        ),
        B.material("linen", "unsupported"),
        title="SASSAFRAS Women Beige Regular Fit Solid Trousers",
        category="Trousers",
        color="Beige",
        gender="Women",
    ),
    # photo: white tiered maxi skirt, pink cropped t-shirt, flat sandals, white backdrop, front view; base model
    # zero-shot, closed answers by the reference engine
    case(
        "X805-026",
        caption("a woman in a pink shirt and a white skirt"),
        wearing("she is wearing a pink crop top and a long white skirt", who="she"),
        color_of("skirt", "pink", "other_garment_color", kind="open"),
        B.garment_type("dress", "contradiction"),
        details("skirt", "the skirt has ruffles and layers"),
        is_a("skirt", "yes"),
        B.material("chiffon", "unsupported"),
        title="Tokyo Talkies Women White Tiered Maxi Skirt",
        category="Skirts",
        color="White",
        gender="Women",
    ),
    # photo: light blue chambray shirt dress, pointed collar, button placket, two flap chest pockets, rolled
    # sleeves, brown belt, white backdrop; base model zero-shot, closed answers by the reference engine
    case(
        "X805-027",
        caption("a woman in a blue shirt dress with a brown belt"),
        wearing("a blue shirt", "contradiction"),
        B.garment_type("dress"),
        B.color("blue"),
        details(
            "dress",
            "the dress has a pointed collar, a button placket that runs down the front, two chest pockets with flaps,"
            " a brown belt at the waist and",
            "cut",
            hit_limit=True,
        ),
        B.material("denim", "unsupported"),
        describe("dress", "a light blue dress with a collar and buttons down the front"),
        title="Harpa Women Blue Chambray Shirt Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: grey washed high-rise mom jeans, white t-shirt tucked in, white backdrop, front view; base model
    # zero-shot, closed answers by the reference engine (the feed row has no category)
    case(
        "X805-028",
        caption("a woman wearing a white t-shirt and gray jeans"),
        wearing("white t-shirt and grey jeans"),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        details("jeans", "jeans", "non_answer"),
        B.garment_type("jeans"),
        describe(
            "jeans",
            "they are high waisted jeans and they are high waisted jeans and they are high waisted jeans and they are"
            " high",
            "loop",
            hit_limit=True,
        ),
        title="Roadster Women Grey Mom Fit High-Rise Clean Look Jeans",
        color="Grey",
        gender="Women",
    ),
    # photo: multicolored tropical print jumpsuit (green leaves and pink flowers on a white ground), sleeveless, wide
    # legs, no belt or pockets visible, white backdrop; base model zero-shot, closed answers by the reference engine
    case(
        "X805-029",
        caption("a woman in a jumpsuit with tropical print"),
        wearing("a white dress with flowers", "contradiction"),
        B.color("multi"),
        B.pattern("floral"),
        B.garment_type("jumpsuit"),
        describe("jumpsuit", "it is a white jumpsuit with green leaves and pink flowers"),
        details("jumpsuit", "the jumpsuit has a belt and pockets on the side", "unsupported"),
        title="ONLY Women Multicoloured Tropical Print Jumpsuit",
        category="Jumpsuit",
        color="Multi",
        gender="Women",
    ),
    # photo: rust crop top with a front tie knot and puff sleeves, white high-waist jeans, white backdrop, front view;
    # base model zero-shot, closed answers by the reference engine
    case(
        "X805-030",
        caption("a woman in an orange top and white jeans"),
        wearing("an orange crop top and white pants"),
        color_of("top", "white", "other_garment_color", kind="open"),
        B.sleeve_length("short sleeves"),
        details("top", "it has a tie in the front and puff sleeves"),
        describe("top", "Describe the top.", "restated"),
        B.pattern("solid"),
        B.material("satin", "unsupported"),
        title="Berrylush Women Rust Solid Tie-Up Crop Top",
        category="Tops",
        color="Rust",
        gender="Women",
    ),
    # photo: white broderie anglaise (eyelet embroidered) cotton A-line dress, short sleeves, knee length, brown
    # sandals, white backdrop, front view; base model zero-shot, closed answers by the reference engine
    case(
        "X805-031",
        caption("a woman in a white dress"),
        wearing("he is wearing a white dress", "pronoun"),
        B.material("cotton"),
        describe("dress", "Answer: a white dress with lace", "leak"),
        B.sleeve_length("sleeveless", "contradiction"),
        details("dress", "the details of the dress", "restated"),
        color_of("dress", "white"),
        title="Vero Moda Women White Schiffli Embroidered Cotton A-Line Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: black sleeveless round-neck culotte jumpsuit, no belt, white sneakers, model holding sunglasses, light
    # grey backdrop; base model zero-shot, closed answers by the reference engine
    case(
        "X805-032",
        caption("a woman in a black jumpsuit and white sneakers"),
        wearing("black jumpsuit"),
        B.color("black"),
        B.garment_type("jumpsuit"),
        color_of("jumpsuit", "white", "other_garment_color", kind="open"),
        details("jumpsuit", "no", "non_answer"),
        B.sleeve_length("sleeveless"),
        describe("jumpsuit", "a black jumpsuit with a halter neck and a belt", "unsupported"),
        title="Mast & Harbour Women Black Solid Culotte Jumpsuit",
        category="Jumpsuit",
        color="Black",
        gender="Women",
    ),
    # photo: green and white vertical-striped long-sleeved button-down shirt, no pocket, half-tucked into blue jeans,
    # white backdrop; base model zero-shot, closed answers by the reference engine
    case(
        "X805-033",
        caption("a woman in a green and white striped shirt and jeans"),
        wearing("he is wearing a green striped shirt and blue jeans", "pronoun"),
        color_of("shirt", "blue", "other_garment_color"),
        B.pattern("striped"),
        B.sleeve_length("long sleeves"),
        details("shirt", "the shirt has a pocket on the chest and the sleeves are rolled up", "unsupported"),
        describe("shirt", "no", "non_answer"),
        title="AND Women Green & White Regular Fit Striped Casual Shirt",
        category="Shirts",
        color="Green",
        gender="Women",
    ),
    # photo: purple wrap top with a small white floral print, three-quarter sleeves, V-neck, tucked into blue jeans,
    # white backdrop; base model zero-shot, closed answers by the reference engine
    case(
        "X805-034",
        caption("a woman in a blue floral top and blue jeans", "other_garment_color"),
        wearing("a purple shirt and jeans"),
        B.color("purple"),
        B.pattern("floral"),
        describe("top", "a purple top with white flowers and a v neck"),
        B.sleeve_length("three-quarter sleeves"),
        details(
            "top",
            "the top has a v neck and the top has a v neck and the top has a v neck and the top has a v neck and the",
            "loop",
            hit_limit=True,
        ),
        title="DressBerry Women Purple Floral Print Wrap Top",
        category="Tops",
        color="Purple",
        gender="Women",
    ),
    # photo: navy skinny jeggings, long white shirt worn untucked over them, white backdrop, front view; base model
    # zero-shot, closed answers by the reference engine
    case(
        "X805-035",
        caption("a woman in a white shirt and black leggings", "contradiction"),
        wearing("the person is wearing", "restated"),
        color_of("jeggings", "white", "other_garment_color", kind="open"),
        B.garment_type("jeans"),
        details("jeggings", "they are tight and have a zipper on the side", "unsupported"),
        B.material("denim"),
        title="Kraus Jeans Women Navy Blue Skinny Fit Jeggings",
        category="Jeggings",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: red off-shoulder bodycon mini dress with long sleeves, no slit, black heels, gold earrings, white
    # backdrop, model with her hands on her hips; base model zero-shot, closed answers by the reference engine
    case(
        "X805-036",
        caption(
            "a woman in a red off the shoulder dress with long sleeves and black high heels standing in front of a"
            " white background with her hands on her hips and her",
            "cut",
            hit_limit=True,
        ),
        wearing("she is wearing a red dress and black shoes", who="she"),
        B.color("red"),
        B.garment_type("dress"),
        describe("dress", "a tight red dress with a slit on the front", "unsupported"),
        B.sleeve_length("long sleeves"),
        details(
            "dress",
            "Answer: the dress is red and tight Question: What is the color of the shoes? Answer: black",
            "leak",
        ),
        title="FabAlley Women Red Solid Bardot Bodycon Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: brown faux-leather mini skirt with a front zip, cream knit sweater tucked in, white backdrop, front
    # view; base model zero-shot, closed answers by the reference engine
    case(
        "X805-037",
        caption("a woman in a white sweater and black leather skirt", "contradiction"),
        wearing("a white sweater and a brown skirt"),
        color_of("skirt", "brown"),
        B.material("wool", "unsupported"),
        details("skirt", "the skirt has a zipper on the front"),
        is_a("skirt", "yes"),
        describe("skirt", "skirt", "non_answer"),
        title="Sera Women Brown Solid Faux Leather Mini Skirt",
        category="Skirts",
        color="Brown",
        gender="Women",
    ),
    # photo: beige sleeveless V-neck linen-blend jumpsuit with wide legs and a tie belt, brown sandals, white
    # backdrop; base model zero-shot, closed answers by the reference engine
    case(
        "X805-038",
        caption("a woman in a beige jumpsuit and sandals"),
        wearing("a tan jumpsuit"),
        B.color("brown", "other_garment_color"),
        B.garment_type("trousers", "contradiction"),
        B.material("linen"),
        describe("jumpsuit", "a long sleeve jumpsuit with a v neck", "contradiction"),
        details("jumpsuit", "the jumpsuit has a tie belt"),
        title="Zima Leto Women Beige Solid Sleeveless Linen Blend Jumpsuit",
        category="Jumpsuit",
        color="Beige",
        gender="Women",
    ),
    # photo: medium-blue skinny jeans ripped at the knees, black leather jacket over a grey t-shirt, white backdrop,
    # front view; base model zero-shot, closed answers by the reference engine
    case(
        "X805-039",
        caption("a woman in a black leather jacket and ripped jeans"),
        wearing("a leather jacket and jeans"),
        color_of("jeans", "black", "other_garment_color", kind="open"),
        details("jeans", "they are ripped at the knees"),
        B.material("leather", "unsupported"),
        B.garment_type("jacket", "contradiction"),
        describe("jeans", "jeans", "non_answer"),
        title="Levis Women Blue 711 Skinny Fit Mid-Rise Low Distress Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: blush pink sunray-pleated midi skirt with a metallic sheen, grey t-shirt tucked in, white backdrop; base
    # model zero-shot, closed answers by the reference engine (the feed row has no color)
    case(
        "X805-040",
        caption("a woman in a gray shirt and a pink skirt"),
        wearing("a grey t-shirt and pink skirt"),
        color_of("skirt", "grey", "other_garment_color"),
        B.pattern("solid"),
        details("skirt", "the skirt is pleated and has a metallic sheen"),
        describe("skirt", "he is wearing a pink skirt", "pronoun"),
        title="U&F Women Pink Sunray Pleated Midi Skirt",
        category="Skirts",
        gender="Women",
    ),
    # photo: mint green sleeveless peplum top with a square neck, white trousers, white backdrop, front view; base
    # model zero-shot, closed answers by the reference engine
    case(
        "X805-041",
        caption("a woman in a green top and white pants"),
        wearing(
            "a green top and white pants Question: What is the person wearing? Answer: a green top and white pants"
            " Question:",
            "leak",
            hit_limit=True,
        ),
        B.garment_type("top"),
        B.sleeve_length("sleeveless"),
        B.color("blue", "contradiction"),
        describe("top", "a mint green peplum top"),
        details(
            "top",
            "the top has a peplum at the waist and a square neck, it is sleeveless and the fabric looks like it is made"
            " of a light cotton or",
            "cut",
            hit_limit=True,
        ),
        title="Athena Women Mint Green Solid Peplum Top",
        category="Tops",
        color="Green",
        gender="Women",
    ),
    # photo: black round-neck t-shirt with white "PARIS" text and an Eiffel tower graphic, knotted at the waist, blue
    # denim mini skirt, white backdrop; base model zero-shot, closed answers by the reference engine
    case(
        "X805-042",
        caption("a woman in a black t-shirt that says paris and a denim skirt"),
        wearing("a black shirt and a jean skirt"),
        B.pattern("graphic"),
        color_of("t-shirt", "black"),
        details("t-shirt", "it has the eiffel tower on it"),
        B.garment_type("skirt", "contradiction"),
        describe("t-shirt", "a black t-shirt with the word london on it", "unsupported"),
        title="Tokyo Talkies Women Black Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Women",
    ),
    # photo: lifestyle shot, navy full-sleeved round-neck maxi dress with small white flowers, no tie, model standing
    # in front of a red brick wall outdoors; base model zero-shot, closed answers by the reference engine
    case(
        "X805-043",
        caption("a woman in a blue floral dress standing in front of a brick wall"),
        wearing(
            "a long blue dress Question: What is the color of the dress? Answer: blue Question: What is the color of"
            " the wall",
            "leak",
            hit_limit=True,
        ),
        color_of("dress", "red", "contradiction", kind="open"),
        B.pattern("floral"),
        B.sleeve_length("long sleeves"),
        details("dress", "the dress has a v neck and a tie at the waist", "unsupported"),
        title="People Women Navy Blue Floral Print Maxi Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: mid-blue denim dungaree jumpsuit with wide legs, a bib pocket and metal buttons on the straps, plain white
    # t-shirt under it, white sneakers, white backdrop; base model zero-shot, closed answers by the reference engine
    case(
        "X805-044",
        caption("a woman in white overalls and a white shirt", "other_garment_color"),
        wearing("denim overalls and a white t-shirt"),
        color_of("jumpsuit", "white", "other_garment_color", kind="open"),
        B.garment_type("jeans", "contradiction"),
        B.material("denim"),
        details("jumpsuit", "it has a bib pocket and metal buttons on the straps"),
        describe("jumpsuit", "the jumpsuit is described as a jumpsuit", "restated"),
        title="Miss Chase Women Blue Denim Dungaree Jumpsuit",
        category="Jumpsuit",
        color="Blue",
        gender="Women",
    ),
    # photo: sheer white button-down chiffon shirt worn open over a black camisole, black trousers, white backdrop,
    # front view; base model zero-shot, closed answers by the reference engine
    case(
        "X805-045",
        caption("a woman in a black top and a white shirt"),
        wearing("a white shirt over a black top and black pants"),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        B.garment_type("shirt"),
        B.material("chiffon"),
        details("shirt", "the shirt is see through"),
        describe(
            "shirt",
            "Question: Describe the shirt. Answer: a white shirt Question: Describe the pants. Answer: black pants"
            " Question:",
            "leak",
            hit_limit=True,
        ),
        title="Rare Women White Sheer Chiffon Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: mustard yellow flared midi skirt, black top tucked in, thin black belt, white backdrop, front view; base
    # model zero-shot, closed answers by the reference engine (the feed row has no color)
    case(
        "X805-046",
        caption("a woman in a black top and an orange skirt", "contradiction"),
        wearing("a black top and a yellow skirt"),
        color_of("skirt", "black", "other_garment_color", kind="open"),
        B.garment_type("skirt"),
        details("skirt", "the skirt is a midi skirt worn with a black belt"),
        describe("skirt", "the skirt is a skirt", "restated"),
        title="Harpa Women Mustard Yellow Solid Flared Midi Skirt",
        category="Skirts",
        gender="Women",
    ),
]
