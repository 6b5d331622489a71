"""BLIND_811 (46 products; Myntra women's tops, shirts, co-ords, VQA adapter): written blind in the fifty-fifth session.
Measured blind at 7bf5cc7 (the session's final rules): 113/131 failures found (86.3%) and 9/187 correct texts flagged
(4.8%). The writer's notes, verbatim:

Scenario: a Myntra-like women's western-wear feed (article types Tops, Shirts, Tunics and Co-Ords), one studio
photo per product: the model wears the product with other clothes (jeans, trousers, skirts, a blazer, a tee under
an open shirt), mostly on a white backdrop, a few on grey or beige; front view, full or three-quarter length.

Who wrote what: every text comes from BLIP-2 OPT-2.7b with the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA). Captions
and open answers are its free generation; closed answers (garment type, color, pattern, sleeve length, neckline,
"Is this a ...?") come from enrich's --engine reference, which ranks the candidate values with the same adapter
and keeps one, so they never loop or stop short. Habits of this adapter: short In-shop style noun phrases ("a
shirt and shorts"), the caption mostly fine but sometimes a single word; with no end token trained it often runs
on: the same phrase over and over, a sentence cut at the 30-token limit, or the next "Question: ... Answer:" turn
of its training format written out after its answer; like the untuned base it gives the color of the jeans or the
trousers to the top, and it invents details it cannot see (back zips, pockets, linings, a handbag).

Labeling conventions and judgement calls:
- One label per text, the most salient failure. A loop that runs to the limit is "loop" with hit_limit=True; a
  run-on that leaks the next "Question: ... Answer:" turn is "leak" (hit_limit=True when it ran to the limit); a
  sentence that stops mid-phrase at the limit with true content is "cut".
- Shades within one color group count as right: peach or coral top called pink or orange, cream called white,
  maroon called red, mauve and lavender called purple, teal called blue, charcoal called grey.
- "other_garment_color" only for open answers and captions that give the product the color of another garment
  in the photo (jeans, trousers, the tee under an open shirt, shoes). A closed color answer that picks another
  garment's color is labeled "contradiction" (the reference engine picked a candidate the seller contradicts).
- A wrong closed garment type, sleeve length, pattern or neckline, a yes to the wrong garment, or an open answer
  naming a color the photo and the other texts contradict, is "contradiction". A material that the title
  contradicts (title says satin, answer says denim) is "contradiction"; a material or detail nothing can support
  (100% wool with a silk lining, a zip at the back of a front view) is "unsupported".
- Plain material guesses a viewer would make (cotton for a jersey top, chiffon for a floaty ruffled top) are
  correct when the title names no material.
- Co-ord sets: "co-ord set" is the right garment type; "jumpsuit" or "dress" is a contradiction. Calling the co-ord
  tunic top a "kurta" and a shirt-style top a "shirt" is correct.
- A one-word or yes/no answer to an open question, an empty answer, or an answer that only repeats the question's
  garment ("it is a crop top" for its details) is "non_answer"; a sentence that restates the question as its
  answer ("the material of the garment is the material of the top") is "restated".
- "the details of the top are polka dots" restates part of the question but gives a real detail: correct.
- "he"/"his"/"a man" for these women's products is "pronoun", whatever else the text says right.
- Some rows lack a catalog column (a color, a gender), as real feeds do.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

neckline = question("neckline", "What is the neckline of the garment?", "closed")

BLIND_811 = [
    # photo: navy blue solid short-sleeve round-neck jersey top, untucked, with light blue skinny jeans and white
    # sneakers; plain white studio backdrop; front view, full length. VQA adapter; closed answers by the reference.
    case(
        "X811-001",
        caption("a woman in a navy blue top and light blue jeans standing in front of a white background"),
        wearing("he is wearing a navy blue t-shirt and blue jeans", "pronoun"),
        color_of("top", "navy blue"),
        Q.garment_type("top"),
        Q.sleeve_length("short sleeves"),
        details(
            "top",
            "the top has a round neck, short sleeves and a button placket with three white buttons",
            "unsupported",
        ),
        title="Roadster Women Navy Blue Solid Round Neck Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: plain white cotton shirt, long sleeves, pointed collar, tucked into black straight trousers, black
    # loafers; white backdrop; front view. VQA adapter; closed answers by the reference engine.
    case(
        "X811-002",
        caption("a woman wearing a white shirt and black pants"),
        wearing("a white shirt and black trousers", who="the woman"),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        Q.garment_type("shirt"),
        Q.pattern("solid"),
        describe(
            "shirt",
            "the shirt is white with long sleeves and a collar, the shirt is tucked into the pants, the shirt is "
            "white with long sleeves and a collar, the shirt is tucked",
            "loop",
            hit_limit=True,
        ),
        Q.material("silk", "unsupported"),
        title="HERE&NOW Women White Regular Fit Solid Casual Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: mustard yellow sleeveless round-neck top and matching wide-leg palazzos, white sneakers; white backdrop;
    # front view, full length. VQA adapter; closed answers by the reference engine.
    case(
        "X811-003",
        caption("a woman in a yellow top and yellow pants standing in front of a white wall"),
        wearing("a mustard top and matching wide leg pants"),
        color_of("top", "yellow"),
        color_of("pants", "yellow"),
        Q.sleeve_length("sleeveless"),
        details(
            "top", "the top has a round neck and a keyhole opening at the back with a button closure", "unsupported"
        ),
        describe("top", "the top is a top", "restated"),
        Q.garment_type("jumpsuit", "contradiction"),
        title="SASSAFRAS Women Mustard Yellow Solid Top with Palazzos Co-Ord Set",
        category="Co-Ords",
        color="Mustard",
        gender="Women",
    ),
    # photo: white cotton top with a small blue floral print, square neck, short puff sleeves, with mid-blue jeans;
    # white backdrop; front view, three-quarter length. VQA adapter; closed answers by the reference engine.
    case(
        "X811-004",
        caption("a woman wearing a white floral top and blue jeans"),
        wearing("she is wearing a white top with blue flowers and blue jeans", who="she"),
        Q.color("white"),
        Q.pattern("floral"),
        details("top", "the top has a square neckline, puff sleeves and a floral print all over"),
        describe(
            "top",
            "the top is a white top with a floral print and a floral print and a floral print and a floral print "
            "and a floral print and a floral",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester", "contradiction"),
        title="Mango Women White & Blue Floral Print Cotton Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: black ribbed sleeveless crop top with a square neck, high-rise light blue mom jeans, white sneakers;
    # white backdrop; front view, full length. VQA adapter; closed answers by the reference engine.
    case(
        "X811-005",
        caption("a woman wearing a black crop top and blue jeans"),
        wearing(
            "a crop top Question: What is the color of the crop top? Answer: black Question: What is the",
            "leak",
            hit_limit=True,
        ),
        color_of("crop top", "black"),
        is_a("crop top", "yes"),
        Q.sleeve_length("sleeveless"),
        details("crop top", "it is a crop top", "non_answer"),
        Q.material("ribbed cotton"),
        title="Tokyo Talkies Women Black Solid Fitted Crop Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: olive green cotton utility shirt with two flap chest pockets, sleeves rolled up, worn open over a
    # white crew-neck tee, black skinny jeans; white backdrop; front view. VQA adapter; closed answers by reference.
    case(
        "X811-006",
        caption("a woman wearing a green shirt over a white t-shirt and black jeans"),
        wearing("a green shirt, a white t-shirt and black jeans", who="the woman"),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        Q.garment_type("shirt"),
        Q.sleeve_length("long sleeves"),
        details(
            "shirt",
            "the shirt has a collar, long sleeves rolled up at the cuffs, two flap pockets on the chest and a button "
            "placket down the front that is worn open over a white",
            "cut",
            hit_limit=True,
        ),
        Q.material(
            "the material of the shirt is cotton, the material of the shirt is cotton, the material of the shirt is "
            "cotton, the material",
            "loop",
            hit_limit=True,
        ),
        title="StyleStone Women Olive Green Solid Casual Utility Shirt",
        category="Shirts",
        color="Olive",
        gender="Women",
    ),
    # photo: pink peplum top with short ruffled sleeves and a round neck, white skinny jeans, nude heels; white
    # backdrop; front view, full length. VQA adapter; closed answers by the reference engine.
    case(
        "X811-007",
        caption("a woman in a pink top and white pants"),
        wearing("a pink peplum top and white jeans"),
        color_of("top", "pink"),
        Q.garment_type("top"),
        describe(
            "top",
            "the top is pink with ruffles on the sleeves and a peplum hem, ruffles on the sleeves and a peplum hem, "
            "ruffles on the sleeves and a peplum hem, ruffles",
            "loop",
            hit_limit=True,
        ),
        is_a("dress", "yes", "contradiction"),
        Q.material("the top is made of cotton and has a zipper on the side", "unsupported"),
        title="Berrylush Women Pink Solid Peplum Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: blue and white vertically striped formal shirt, long sleeves, pointed collar, no pocket, tucked into
    # navy blue trousers; white backdrop; front view. VQA adapter; closed answers by the reference engine.
    case(
        "X811-008",
        caption("a woman in a blue and white striped shirt and navy blue pants"),
        wearing("she is wearing a striped shirt and pants", who="she"),
        color_of("shirt", "blue"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("long sleeves"),
        details(
            "shirt", "the shirt has a pointed collar, a patch pocket on the chest and buttoned cuffs", "unsupported"
        ),
        describe("shirt", "the shirt is a shirt", "restated"),
        title="Van Heusen Woman Blue & White Striped Slim Fit Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: maroon solid wrap top with a v-neck, three-quarter sleeves and a tie at the waist, black trousers;
    # light grey backdrop; front view, three-quarter length. VQA adapter; closed answers by the reference engine.
    case(
        "X811-009",
        caption("a woman wearing a maroon wrap top and black pants standing against a grey background"),
        wearing("a red top and black pants", who="the model"),
        color_of("top", "maroon"),
        describe("top", "the top is a black wrap top with a tie at the waist", "other_garment_color"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.pattern("striped", "contradiction"),
        neckline("round neck", "contradiction"),
        details("top", "the top has a v-neck, a tie-up detail at the waist and three-quarter sleeves"),
        title="Harpa Women Maroon Solid Wrap Top",
        category="Tops",
        color="Maroon",
        gender="Women",
    ),
    # photo: lavender short-sleeve resort-collar shirt worn untucked with matching lavender shorts, white slides;
    # white backdrop; front view, full length. VQA adapter; closed answers by the reference engine.
    case(
        "X811-010",
        caption("a woman wearing a purple shirt and purple shorts"),
        wearing("a shirt and shorts"),
        color_of("shirt", "purple"),
        color_of("shorts", "purple"),
        details("shorts", "shorts", "non_answer"),
        describe(
            "shirt",
            "the shirt is a lavender shirt with short sleeves and a collar and two pockets on the back",
            "unsupported",
        ),
        Q.garment_type("co-ord set"),
        is_a("shirt", "yes"),
        title="DressBerry Women Lavender Solid Shirt with Shorts Co-Ord Set",
        category="Co-Ords",
        color="Lavender",
        gender="Women",
    ),
    # photo: rust orange satin top with a cowl neck and thin straps, black A-line knee-length skirt, no jewellery;
    # white backdrop; front view. VQA adapter; closed answers by the reference engine.
    case(
        "X811-011",
        caption("a woman in an orange top and black skirt"),
        wearing("an orange satin top, a black skirt and a gold necklace", "unsupported"),
        color_of("top", "orange", kind="open"),
        Q.material("denim", "contradiction"),
        Q.sleeve_length("sleeveless"),
        details(
            "top",
            "the top has a cowl neck, thin straps, and a cowl neck, thin straps, and a cowl neck, thin straps, and "
            "a cowl neck, thin straps",
            "loop",
            hit_limit=True,
        ),
        title="ONLY Women Rust Solid Cowl Neck Satin Top",
        category="Tops",
        color="Rust",
        gender="Women",
    ),
    # photo: black and white gingham checked shirt, long sleeves, untucked, with mid-blue jeans; white backdrop;
    # front view, three-quarter length. VQA adapter; closed answers by the reference engine.
    case(
        "X811-012",
        caption("a woman wearing a black and white checkered shirt and blue jeans"),
        wearing("a plaid shirt and jeans"),
        color_of("shirt", "blue", "other_garment_color", kind="open"),
        Q.pattern("checked"),
        Q.garment_type("shirt"),
        details(
            "shirt",
            "the shirt has a spread collar, long sleeves with buttoned cuffs, a button placket and a curved hem that "
            "falls over the waistband of the",
            "cut",
            hit_limit=True,
        ),
        describe("shirt", "Question: Describe the shirt. Answer: a black and white checked shirt", "leak"),
        title="Allen Solly Woman Black & White Gingham Checked Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Women",
    ),
    # photo: teal blue top with a square neck and short puff sleeves, beige straight trousers; white backdrop;
    # front view, three-quarter length. VQA adapter; closed answers by the reference engine.
    case(
        "X811-013",
        caption("a woman in a blue top and beige pants"),
        wearing("he is wearing a teal top and beige pants", "pronoun"),
        Q.color("blue"),
        Q.sleeve_length("long sleeves", "contradiction"),
        neckline("square neck"),
        details("top", "the top has puff sleeves and a square neckline"),
        describe("top", "the top is beige with puff sleeves", "other_garment_color"),
        Q.material("the material of the garment is the material of the top", "restated"),
        title="AND Women Teal Blue Solid Puff Sleeve Top",
        category="Tops",
        color="Teal",
        gender="Women",
    ),
    # photo: cream tunic with a green leaf print, mandarin collar, three-quarter sleeves, side slits, worn with
    # maroon straight trousers; white backdrop; front view, full length. VQA adapter; closed answers by reference.
    case(
        "X811-014",
        caption("a woman wearing a white printed top and maroon pants"),
        wearing("a printed tunic and maroon pants"),
        color_of("tunic", "white"),
        Q.pattern("printed"),
        describe("tunic", "the tunic is maroon with a leaf print", "other_garment_color"),
        details("tunic", "the tunic has a mandarin collar, side slits and a pocket in the side seam", "unsupported"),
        Q.sleeve_length("three-quarter sleeves"),
        title="W Women Cream-Coloured & Green Leaf Print Tunic",
        category="Tunics",
        color="Cream",
        gender="Women",
    ),
    # photo: white top with black horizontal breton stripes, boat neck, long sleeves, tucked into a red midi skirt
    # with a front slit; white backdrop; front view, full length. VQA adapter; closed answers by reference engine.
    case(
        "X811-015",
        caption("a woman in a striped shirt and a red skirt"),
        wearing("a striped top and a red skirt"),
        color_of("top", "red", "other_garment_color", kind="open"),
        Q.pattern("striped"),
        Q.sleeve_length("long sleeves"),
        Q.garment_type("dress", "contradiction"),
        describe(
            "top",
            "the top is a white top with black horizontal stripes, a wide boat neck and long sleeves, it is tucked "
            "into a red midi skirt with a slit at the front and a",
            "cut",
            hit_limit=True,
        ),
        title="Mast & Harbour Women White & Black Striped Boat Neck Top",
        category="Tops",
        gender="Women",
    ),
    # photo: peach sleeveless top with tiered ruffles down the front, white trousers, hands at her sides, no bag;
    # white backdrop; front view, full length. VQA adapter; closed answers by the reference engine.
    case(
        "X811-016",
        caption("a woman wearing a pink top with ruffles and white pants holding a handbag", "unsupported"),
        wearing("a peach ruffle top and white pants"),
        color_of("top", "pink"),
        Q.sleeve_length("sleeveless"),
        details(
            "top",
            "ruffles ruffles ruffles ruffles ruffles ruffles ruffles ruffles ruffles ruffles ruffles ruffles "
            "ruffles ruffles ruffles ruffles ruffles ruffles ruffles ruffles ruffles ruffles ruffles ruffles",
            "loop",
            hit_limit=True,
        ),
        Q.material("chiffon Question: What is the pattern of the garment? Answer: solid", "leak"),
        title="Athena Women Peach-Coloured Solid Ruffled Top",
        category="Tops",
        color="Peach",
        gender="Women",
    ),
    # photo: mid-blue denim shirt with two buttoned flap chest pockets, sleeves rolled to the elbows, tucked into
    # white denim shorts; white backdrop; front view, full length. VQA adapter; closed answers by reference engine.
    case(
        "X811-017",
        caption("a woman wearing a denim shirt and white shorts"),
        wearing("a white shirt and white shorts", "other_garment_color"),
        color_of("shirt", "blue"),
        Q.material("denim"),
        is_a("jacket", "yes", "contradiction"),
        details(
            "shirt",
            "the shirt has two chest pockets with buttoned flaps and long sleeves rolled up to the elbows, the shirt "
            "has two chest pockets with buttoned flaps and long sleeves rolled",
            "loop",
            hit_limit=True,
        ),
        title="Roadster Women Blue Pure Cotton Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: emerald green satin shirt with long sleeves and matching wide-leg trousers, untucked, no belt, beige
    # heels, gold hoop earrings; beige backdrop; front view, full length. VQA adapter; closed answers by the
    # reference engine.
    case(
        "X811-018",
        caption(
            "a woman in a green satin shirt and green pants with a gold belt standing in front of a beige wall",
            "unsupported",
        ),
        wearing("a green shirt and green pants"),
        color_of("shirt", "green"),
        color_of("pants", "beige", "other_garment_color", kind="open"),
        Q.material("satin"),
        Q.garment_type("co-ord set"),
        describe(
            "shirt",
            "the shirt is a green satin shirt with a notched collar, long sleeves and a button front, it is worn "
            "with matching wide leg pants and beige",
            "cut",
            hit_limit=True,
        ),
        title="Trendyol Women Green Satin Shirt & Trousers Co-Ord Set",
        category="Co-Ords",
        color="Green",
        gender="Women",
    ),
    # photo: white linen-blend shirt with a plain chest pocket, long sleeves, worn open over a black tank top, with
    # beige trousers; white backdrop; front view. VQA adapter; closed answers by the reference engine.
    case(
        "X811-019",
        caption("a woman wearing a white shirt over a black tank top and beige pants"),
        wearing("a white shirt and a black top"),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        Q.material("wool", "contradiction"),
        Q.sleeve_length("long sleeves"),
        details("shirt", "the shirt has a collar and a chest pocket with an embroidered logo", "unsupported"),
        describe("shirt", "white", "non_answer"),
        is_a("shirt", "yes"),
        title="H&M Women White Linen-Blend Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: red and white gingham crop top with a tie front and short puff sleeves, blue denim mini skirt; white
    # backdrop; front view only. VQA adapter; closed answers by the reference engine.
    case(
        "X811-020",
        caption("a woman in a blue top and a denim skirt", "other_garment_color"),
        wearing("she is wearing a red and white top and a denim skirt", who="she"),
        Q.color("red"),
        Q.pattern("checked"),
        details("top", "the top has a tie front, puff sleeves and a smocked back", "unsupported"),
        describe(
            "top",
            "the top is a red and white checked crop top with a tie at the front and short puff sleeves, it is worn "
            "with a blue denim skirt that has a button",
            "cut",
            hit_limit=True,
        ),
        is_a("crop top", "yes"),
        title="FOREVER 21 Women Red & White Checked Tie-Up Crop Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: black top with white polka dots, v-neck, short flutter sleeves, white jeans; white backdrop; front
    # view, three-quarter length. The feed row has no gender. VQA adapter; closed answers by the reference engine.
    case(
        "X811-021",
        caption("a woman wearing a black polka dot top and white jeans"),
        wearing("a top and jeans"),
        color_of("top", "white", "contradiction"),
        Q.pattern("polka dots"),
        Q.sleeve_length("short sleeves"),
        details("top", "the details of the top are polka dots"),
        describe("top", "the top is white with black dots", "other_garment_color"),
        title="Sera Women Black & White Polka Dot Print Top",
        category="Tops",
        color="Black",
    ),
    # photo: lemon yellow shirt-style top with a collar, short sleeves and a button front, white trousers; white
    # backdrop; front view, full length. VQA adapter; closed answers by the reference engine.
    case(
        "X811-022",
        caption("a man wearing a yellow shirt and white pants", "pronoun"),
        wearing("a yellow shirt and white pants"),
        color_of("shirt", "yellow"),
        Q.garment_type("shirt"),
        Q.sleeve_length("long sleeves", "contradiction"),
        details("shirt", "yes", "non_answer"),
        Q.material("cotton Question: What is the color of the garment? Answer: yellow", "leak"),
        title="KASSUALLY Women Yellow Solid Shirt Style Top",
        category="Tops",
        color="Yellow",
        gender="Women",
    ),
    # photo: indigo top with a white floral block print, mandarin collar, three-quarter sleeves, side slits, and
    # matching printed palazzos, silver jhumkas, no dupatta; white backdrop; front view. VQA adapter; closed answers
    # by the reference engine.
    case(
        "X811-023",
        caption("a woman wearing a blue and white printed top and pants"),
        wearing("a blue printed kurta and palazzo pants with a dupatta", "unsupported"),
        color_of("top", "blue"),
        color_of("palazzos", "blue and white", kind="open"),
        Q.pattern("floral"),
        details(
            "top",
            "the top has a mandarin collar, three-quarter sleeves and a floral print Question: What are the palazzos "
            "details? Answer: the palazzos have a floral print and",
            "leak",
            hit_limit=True,
        ),
        title="Anouk Women Indigo Blue & White Block Print Top with Palazzos",
        category="Co-Ords",
        color="Blue",
        gender="Women",
    ),
    # photo: grey melange ribbed high-neck fitted top with long sleeves, tucked into camel brown trousers; white
    # backdrop; front view, three-quarter length. VQA adapter; closed answers by the reference engine.
    case(
        "X811-024",
        caption("a woman in a grey turtleneck and brown pants"),
        wearing("a grey top and brown pants"),
        color_of("top", "brown", "other_garment_color", kind="open"),
        Q.garment_type("sweater", "contradiction"),
        Q.material("ribbed knit"),
        details(
            "top",
            "the top has a high neck, long sleeves and a ribbed texture, a high neck, long sleeves and a ribbed "
            "texture, a high neck, long sleeves and a ribbed",
            "loop",
            hit_limit=True,
        ),
        title="Vero Moda Women Grey Melange Ribbed High Neck Top",
        category="Tops",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: black camp-collar short-sleeve shirt with a white abstract print and matching printed shorts, black
    # sandals; white backdrop; front view, full length. VQA adapter; closed answers by the reference engine.
    case(
        "X811-025",
        caption("a woman wearing a black and white printed shirt and shorts"),
        wearing(
            "a printed shirt and shorts Question: What is the color of the shirt? Answer: black Question: What is "
            "the color of the shorts? Answer:",
            "leak",
            who="the woman",
            hit_limit=True,
        ),
        color_of("shirt", "black"),
        color_of("shorts", "black"),
        Q.pattern("printed"),
        Q.garment_type("dress", "contradiction"),
        details(
            "shirt",
            "the shirt has a camp collar, short sleeves and a button placket, the shirt has a camp collar, short "
            "sleeves and a button placket, the shirt has a camp",
            "loop",
            hit_limit=True,
        ),
        title="Tokyo Talkies Women Black & White Printed Shirt with Shorts Co-Ord Set",
        category="Co-Ords",
        color="Black",
        gender="Women",
    ),
    # photo: off-white top with a lace yoke, cap sleeves, round neck, mid-blue jeans with rolled hems; white
    # backdrop; front view only. VQA adapter; closed answers by the reference engine.
    case(
        "X811-026",
        caption("a woman wearing a white lace top and blue jeans"),
        wearing("a white top and jeans"),
        color_of("top", "blue", "contradiction"),
        details(
            "top", "the top has lace on the yoke, short cap sleeves and pearl buttons down the back", "unsupported"
        ),
        Q.material("lace"),
        describe(
            "top",
            "the top is a white top with lace on the yoke, short cap sleeves and a round neck, worn with blue jeans "
            "that are rolled up at the",
            "cut",
            hit_limit=True,
        ),
        title="Style Quotient Women Off-White Lace Yoke Top",
        category="Tops",
        color="Off White",
        gender="Women",
    ),
    # photo: navy blue satin shirt with long sleeves and no pocket, white wide-leg trousers, thin gold chain; white
    # backdrop; front view, full length. VQA adapter; closed answers by the reference engine.
    case(
        "X811-027",
        caption("a woman in a blue shirt and white pants"),
        wearing("a navy blue shirt and white trousers", who="the person"),
        color_of("shirt", "navy blue"),
        Q.material("satin"),
        describe(
            "shirt",
            "the shirt is a navy blue satin shirt with long sleeves and a collar, it has a pocket on the left chest",
            "unsupported",
        ),
        details("shirt", "", "non_answer"),
        Q.sleeve_length("short sleeves", "contradiction"),
        title="Mango Women Navy Blue Satin Finish Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: dark green top with small white daisies, tie neck, long balloon sleeves with elastic cuffs, black jeans;
    # white backdrop; front view, three-quarter length. VQA adapter; closed answers by the reference engine.
    case(
        "X811-028",
        caption("a woman wearing a green floral top and black jeans"),
        wearing("a blue floral top and black jeans", "contradiction"),
        color_of("top", "green"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeves"),
        details(
            "top",
            "the top has a tie neck with a bow, long balloon sleeves gathered into elastic cuffs and a small white "
            "daisy print all over the dark",
            "cut",
            hit_limit=True,
        ),
        describe("top", "green", "non_answer"),
        title="Harpa Women Green & White Floral Print Tie-Up Neck Top",
        category="Tops",
        color="Green",
        gender="Women",
    ),
    # photo: red short-sleeve shirt knotted at the waist and a matching red mini skirt, white sneakers; white
    # backdrop; front view, full length. VQA adapter; closed answers by the reference engine.
    case(
        "X811-029",
        caption("a woman in a red shirt and red skirt"),
        wearing("red", "non_answer"),
        color_of("skirt", "white", "contradiction"),
        color_of("shirt", "red", kind="open"),
        details("skirt", "the skirt details are the details of the skirt", "restated"),
        Q.garment_type("co-ord set"),
        title="DressBerry Women Red Solid Shirt & Skirt Co-Ord Set",
        category="Co-Ords",
        color="Red",
        gender="Women",
    ),
    # photo: white broderie anglaise blouse with eyelet embroidery, flutter sleeves, v-neck with a tie, light blue
    # jeans; white backdrop; front view. VQA adapter; closed answers by the reference engine.
    case(
        "X811-030",
        caption("a woman wearing a white blouse and light blue jeans"),
        wearing("a white blouse with embroidery and jeans"),
        Q.color("white"),
        color_of("blouse", "light blue", "other_garment_color", kind="open"),
        Q.pattern("embroidered"),
        details(
            "blouse",
            "the blouse has eyelet embroidery, flutter sleeves, a v-neck with a tie and a cotton lining inside",
            "unsupported",
        ),
        is_a("blouse", "yes"),
        title="Marks & Spencer Women White Broderie Pure Cotton Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: charcoal grey oversized shirt with long sleeves and one chest pocket, untucked over mid-blue jeans,
    # sunglasses pushed up on her head; white backdrop; front view. VQA adapter; closed answers by the reference.
    case(
        "X811-031",
        caption("a woman wearing a grey shirt and blue jeans with sunglasses on her head"),
        wearing("he is wearing a grey shirt and jeans", "pronoun"),
        color_of("shirt", "blue", "other_garment_color", kind="open"),
        Q.sleeve_length("long sleeves"),
        Q.garment_type("shirt"),
        details(
            "shirt",
            "the shirt has a collar and a pocket and a collar and a pocket and a collar and a pocket and a collar "
            "and a pocket and a collar and a pocket",
            "loop",
            hit_limit=True,
        ),
        title="Roadster Women Charcoal Grey Solid Oversized Boxy Shirt",
        category="Shirts",
        color="Charcoal",
        gender="Women",
    ),
    # photo: lime green halter-neck crop top and matching wide-leg trousers, front view only, white heels; white
    # backdrop; full length. VQA adapter; closed answers by the reference engine.
    case(
        "X811-032",
        caption("a woman in a green crop top and green pants"),
        wearing("a green top and pants"),
        color_of("crop top", "green"),
        color_of("trousers", "green"),
        Q.sleeve_length("sleeveless"),
        is_a("jumpsuit", "yes", "contradiction"),
        details("crop top", "the crop top has a halter neck with a tie and a hidden zip on the side", "unsupported"),
        Q.material("polyester"),
        title="SASSAFRAS Women Lime Green Halter Neck Crop Top with Trousers Co-Ord Set",
        category="Co-Ords",
        color="Lime Green",
        gender="Women",
    ),
    # photo: black sheer georgette top with long sleeves and ruffled cuffs over a black camisole, grey jeans with
    # frayed hems; white backdrop; front view, full length. VQA adapter; closed answers by the reference engine.
    case(
        "X811-033",
        caption("a woman wearing a black sheer top and grey jeans"),
        wearing("a black top and grey jeans"),
        color_of("top", "grey", "other_garment_color", kind="open"),
        Q.material("georgette"),
        Q.sleeve_length("long sleeves"),
        Q.pattern("floral", "contradiction"),
        details(
            "top",
            "the top has sheer long sleeves with a ruffled cuff, a round neck, and it is worn with a black camisole "
            "underneath. the jeans are grey and have a frayed hem at the",
            "cut",
            hit_limit=True,
        ),
        title="Athena Women Black Solid Sheer Georgette Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: light pink formal shirt tucked into grey trousers under an open grey blazer whose sleeves cover the
    # cuffs; white backdrop; front view, full length. VQA adapter; closed answers by the reference engine.
    case(
        "X811-034",
        caption("a woman wearing a pink shirt, a grey blazer and grey pants"),
        wearing("a grey suit and a pink shirt"),
        color_of("shirt", "grey", "contradiction"),
        Q.garment_type("shirt"),
        describe(
            "shirt",
            "the shirt is pink with a pointed collar and it is tucked into grey trousers, she is wearing a grey "
            "blazer over the shirt with a single button and notched",
            "cut",
            hit_limit=True,
        ),
        details("shirt", "the shirt has a pointed collar and french cuffs with silver cufflinks", "unsupported"),
        title="Park Avenue Woman Pink Solid Slim Fit Formal Shirt",
        category="Shirts",
        color="Pink",
        gender="Women",
    ),
    # photo: mauve ribbed fitted top with a square neck and short sleeves, white jeans; white backdrop; front view,
    # three-quarter length. VQA adapter; closed answers by the reference engine.
    case(
        "X811-035",
        caption("top", "non_answer"),
        wearing("a purple top and white jeans"),
        color_of("top", "purple"),
        Q.sleeve_length("short sleeves"),
        Q.pattern("striped", "contradiction"),
        details("top", "the top has a square neck and short sleeves and is ribbed"),
        describe("top", "the top is a white top with a square neck", "other_garment_color"),
        title="ONLY Women Mauve Ribbed Square Neck Fitted Top",
        category="Tops",
        color="Mauve",
        gender="Women",
    ),
    # photo: beige single-button blazer with notched lapels and two flap pockets, matching beige trousers, white
    # cropped tee underneath; white backdrop; front view, full length. VQA adapter; closed answers by reference.
    case(
        "X811-036",
        caption("a woman in a beige blazer and beige pants with a white top"),
        wearing("he is wearing a beige suit", "pronoun"),
        color_of("blazer", "beige"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        Q.garment_type("co-ord set"),
        Q.sleeve_length("long sleeves"),
        describe("blazer", "the blazer has notched lapels, a single button and two flap pockets"),
        Q.material("the blazer is made of 100% wool with a silk lining", "unsupported"),
        title="KASSUALLY Women Beige Solid Blazer & Trousers Co-Ord Set",
        category="Co-Ords",
        color="Beige",
        gender="Women",
    ),
    # photo: mustard and black buffalo-check flannel shirt, long sleeves, worn open over a black tee, black jeans;
    # white backdrop; front view. VQA adapter; closed answers by the reference engine.
    case(
        "X811-037",
        caption("a woman wearing a yellow and black plaid shirt over a black t-shirt and black jeans"),
        wearing("a plaid shirt, a black t-shirt and black jeans"),
        color_of("shirt", "yellow"),
        Q.pattern("checked"),
        Q.material("flannel"),
        Q.sleeve_length("sleeveless", "contradiction"),
        details(
            "shirt",
            "the shirt has a collar, a collar, a collar, a collar, a collar, a collar, a collar, a collar, a collar, "
            "a collar, a collar, a collar",
            "loop",
            hit_limit=True,
        ),
        title="Mast & Harbour Women Mustard Yellow & Black Buffalo Checked Flannel Shirt",
        category="Shirts",
        color="Mustard",
        gender="Women",
    ),
    # photo: coral sleeveless v-neck top with a tie-up knot at the hem, white jeans; white backdrop; front view,
    # three-quarter length. VQA adapter; closed answers by the reference engine.
    case(
        "X811-038",
        caption("a woman in an orange top and white jeans"),
        wearing("Question: What is the person wearing? Answer: a top and jeans", "leak"),
        Q.color("orange"),
        color_of("top", "white", "other_garment_color", kind="open"),
        Q.sleeve_length("sleeveless"),
        details("top", "the top has a tie-up knot at the hem and a v-neck"),
        describe(
            "top",
            "the top is a coral top and the jeans are white and the top is a coral top and the jeans are white and "
            "the top is a coral top and",
            "loop",
            hit_limit=True,
        ),
        title="AND Women Coral Solid Tie-Up Hem Top",
        category="Tops",
        color="Coral",
        gender="Women",
    ),
    # photo: blue top with a white floral print, tie-up neck, three-quarter balloon sleeves, white trousers, no
    # belt; white backdrop; front view. The feed row has no color. VQA adapter; closed answers by the reference.
    case(
        "X811-039",
        caption("a woman wearing a blue floral top and white pants"),
        wearing("a blue floral top and white pants"),
        color_of("top", "the color of the top is the color of the top", "restated", kind="open"),
        Q.pattern("floral"),
        Q.sleeve_length("three-quarter sleeves"),
        details(
            "top",
            "the top has a tie-up neck, balloon sleeves and a floral print, she is wearing white pants with a brown "
            "belt",
            "unsupported",
        ),
        is_a("top", "yes"),
        title="Berrylush Women Blue & White Floral Print Tie-Up Neck Top",
        category="Tops",
        gender="Women",
    ),
    # photo: black satin sweetheart-neck corset-style top with thin straps, baggy mid-blue jeans; white backdrop;
    # front view only. VQA adapter; closed answers by the reference engine.
    case(
        "X811-040",
        caption("a woman wearing a black corset top and blue jeans"),
        wearing("a black top and blue jeans"),
        color_of("top", "black"),
        color_of("corset", "blue", "other_garment_color", kind="open"),
        details("top", "the top has boning, a sweetheart neckline and a zip at the back", "unsupported"),
        Q.garment_type("top"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.material("no", "non_answer"),
        title="HERE&NOW Women Black Solid Corset Style Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: blue and white vertical-stripe poplin shirt worn untucked over matching striped shorts, the shirt
    # covering the waistband; white backdrop; front view, full length. VQA adapter; closed answers by reference.
    case(
        "X811-041",
        caption("a woman wearing a blue and white striped shirt and shorts"),
        wearing(
            "she is wearing a striped shirt and shorts Question: What is the color of the shorts? Answer: blue",
            "leak",
            who="she",
        ),
        color_of("shorts", "blue"),
        Q.pattern("striped"),
        details("shorts", "the shorts have an elasticated waist, side pockets and a drawstring tie", "unsupported"),
        describe(
            "shirt",
            "striped shirt striped shirt striped shirt striped shirt striped shirt striped shirt striped shirt "
            "striped shirt striped shirt striped shirt striped",
            "loop",
            hit_limit=True,
        ),
        title="Mango Women Blue & White Striped Cotton Shirt & Shorts Co-Ord Set",
        category="Co-Ords",
        color="Blue",
        gender="Women",
    ),
    # photo: purple tunic-length top with a mandarin collar, concealed placket and long sleeves, white straight
    # trousers; white backdrop; front view, full length. VQA adapter; closed answers by the reference engine.
    case(
        "X811-042",
        caption("a woman in a purple top and white pants"),
        wearing("a purple kurta and white pants"),
        color_of("top", "purple"),
        describe("top", "the top is white with long sleeves and a mandarin collar", "other_garment_color"),
        details("top", "the top has a mandarin collar and a button placket with gold buttons", "unsupported"),
        Q.sleeve_length("long sleeves"),
        Q.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton",
            "loop",
            hit_limit=True,
        ),
        title="W Women Purple Solid Mandarin Collar Longline Top",
        category="Tops",
        color="Purple",
        gender="Women",
    ),
    # photo: beige ribbed long-sleeve round-neck crop top, black cargo pants with side pockets, a black belt with a
    # silver buckle, white sneakers; white backdrop; front view, full length. VQA adapter; closed answers by reference.
    case(
        "X811-043",
        caption("a woman wearing a beige crop top and black cargo pants"),
        wearing(
            "a crop top and cargo pants Question: What is the color of the crop top? Answer: beige Question: What",
            "leak",
            hit_limit=True,
        ),
        Q.color("black", "contradiction"),
        is_a("crop top", "yes"),
        details(
            "top",
            "the top is cropped and has long sleeves and a round neck. she is wearing black cargo pants with pockets "
            "on the sides and a belt with a silver buckle and white",
            "cut",
            hit_limit=True,
        ),
        Q.material("ribbed cotton"),
        title="FOREVER 21 Women Beige Ribbed Long Sleeve Crop Top",
        category="Tops",
        color="Beige",
        gender="Women",
    ),
    # photo: olive utility shirt-jacket with two flap chest pockets and matching olive trousers, white tank top
    # underneath; white backdrop; front view, full length. VQA adapter; closed answers by the reference engine.
    case(
        "X811-044",
        caption("a woman wearing a green shirt and green pants"),
        wearing(
            "a woman wearing an olive shirt and olive pants, a woman wearing an olive shirt and olive pants, a woman "
            "wearing an olive shirt and olive",
            "loop",
            hit_limit=True,
        ),
        color_of("shirt", "green"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        details("shirt", "the shirt has two flap pockets on the chest and a collar"),
        Q.garment_type("jumpsuit", "contradiction"),
        title="Vero Moda Women Olive Green Utility Shirt & Trousers Co-Ord Set",
        category="Co-Ords",
        color="Olive",
        gender="Women",
    ),
    # photo: chocolate brown one-shoulder sleeveless top, beige high-waist trousers; beige backdrop; front view,
    # three-quarter length. VQA adapter; closed answers by the reference engine.
    case(
        "X811-045",
        caption("a woman wearing a brown one shoulder top and beige pants"),
        wearing("a brown top and beige pants"),
        color_of("top", "brown"),
        Q.sleeve_length("sleeveless"),
        details("top", "one shoulder"),
        describe("top", "the top is beige with one shoulder", "other_garment_color"),
        is_a("dress", "yes", "contradiction"),
        Q.material("the top is made of a material", "restated"),
        title="Tokyo Talkies Women Brown Solid One Shoulder Top",
        category="Tops",
        color="Brown",
        gender="Women",
    ),
    # photo: plain white oversized shirt with long sleeves, a chest pocket and a curved hem, black midi skirt, a
    # black shoulder bag in her hand; white backdrop; front view. VQA adapter; closed answers by the reference.
    case(
        "X811-046",
        caption("a woman wearing a white shirt and a black skirt holding a black bag"),
        wearing("a white shirt and black skirt"),
        color_of("shirt", "white", kind="open"),
        Q.pattern("striped", "contradiction"),
        is_a("shirt", "yes"),
        details(
            "shirt",
            "the shirt has a pocket on the chest, long sleeves with buttoned cuffs and a curved hem that falls over "
            "the black midi skirt, she is holding a black shoulder bag in her right",
            "cut",
            hit_limit=True,
        ),
        describe("shirt", "he is wearing a white shirt with a pocket", "pronoun"),
        title="Harpa Women White Solid Oversized Casual Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
]
