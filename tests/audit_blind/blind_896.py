"""BLIND_896 (46 products; Myntra women's tops/shirts/co-ords, VQA adapter): written blind in the fifty-seventh session.
Measured blind at 5c6e95a (the session's third rules): 101/125 failures found (80.8%) and 18/179 correct texts flagged
(10.1%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's Tops, Shirts and Co-Ords (seller columns: title, category, color, gender;
two rows lack a column). Studio photos on a white or light backdrop, a few on a colored wall or outdoors; the model
wears other clothes (jeans, trousers, skirts, shorts, a tank under an open shirt), sometimes holds a bag or a hat.

Who wrote what: every caption and every open answer comes from Salesforce/blip2-opt-2.7b with the VQA adapter
(leoreigoto/Data3_V3_BLIP2_VQA), greedy, 30 new tokens for answers and 50 for captions. The adapter was trained on
In-shop VQA pairs only, so its captions are short answer-like lines and sometimes continue the
`Question: ... Answer:` format; it has no trained end token, so answers that miss the newline loop or run to the
limit; it says "blouse"/"tee" where the seller says top; it gives the top the color of the jeans or trousers; it
invents pockets, zips and fabrics. Closed answers (garment_type, color, pattern, sleeve length, the color of a named
garment, "Is this a ...?") come from enrich's --engine reference: one candidate value, never looped or cut, but
sometimes the wrong candidate.

Labeling conventions and judgement calls:
- A color given to the product that is visibly another garment's (jeans, trousers, the tank underneath, shoes) is
  other_garment_color, whether the text is open or closed; a wrong color, type, pattern or sleeve length that no
  garment in the photo has is contradiction. The backdrop's color given to the top is contradiction.
- Co-ords: the top and the bottom share the seller's color and print, so one color for both garments is correct.
- Material is correct only where the title names it (cotton, linen, satin, lace, denim, velvet...) or it is plainly
  visible (denim); a fabric the title does not name is unsupported.
- An invented detail (pocket, zip, hood, lace, print text, embroidery where there is none) is unsupported, even if
  the rest of the answer is right; an invented detail in a text cut at the limit is labelled cut.
- A text that repeats a phrase until the limit is loop (hit_limit=True); a text stopped at the limit mid-phrase
  without repeating is cut (hit_limit=True). A text that continues the Question/Answer format is leak, looped or not.
- An open answer of one bare word or yes/no, or a caption of "yes", is non_answer; an answer that only gives the
  question's own words back ("the garment is made of material") is restated.
- he/his for a Women row is pronoun, even when the garments and colors named are right; the row without gender
  gets no pronoun label.
- Shades count as right: lavender as purple, rust as orange, cream as white, coral as pink, magenta as pink; "blouse"
  and "tee" for a top, "sweater" for a cable-knit top, "jacket" for a co-ord blazer are accepted.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    caption,
    case,
    color_of,
    describe,
    details,
    garment_type,
    is_a,
    wearing,
)

Q = BLIND_QUESTIONS

BLIND_896 = [
    # photo: white cotton shirt, sleeves rolled, tucked into blue mom jeans; white backdrop, front view. Caption and
    # open answers by the VQA adapter, closed by the reference engine.
    case(
        "X896-001",
        caption("a woman wearing a white shirt and blue jeans standing in front of a white wall"),
        wearing("a white shirt and blue jeans"),
        Q.color("white"),
        color_of("shirt", "blue", "other_garment_color", kind="open"),
        details("shirt", "the shirt has a collar and buttons down the front and the sleeves are rolled up"),
        Q.material("cotton"),
        Q.pattern("checked", "contradiction"),
        title="Roadster Women White Solid Pure Cotton Casual Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: black ribbed square-neck crop top, high-waist beige trousers; white backdrop, front view. Caption and
    # open answers by the VQA adapter, closed by the reference engine.
    case(
        "X896-002",
        caption("a woman in a black crop top and beige pants"),
        garment_type("crop top"),
        color_of("top", "beige", "other_garment_color"),
        Q.pattern("solid"),
        describe(
            "top",
            "the top is black and the top is black and the top is black and the top is black and the top is black "
            "and the",
            "loop",
            hit_limit=True,
        ),
        wearing("she is wearing a black crop top and beige trousers", who="she"),
        Q.material("the top is made of leather", "unsupported"),
        title="SASSAFRAS Women Black Solid Ribbed Crop Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: navy shirt-style top with small white and pink flowers, collar, button front, three-quarter sleeves,
    # white jeans; white backdrop. Caption and open answers by the VQA adapter, closed by the reference engine.
    case(
        "X896-003",
        caption(
            "Question: what is the color of the shirt? Answer: blue Question: what is the pattern of the shirt? "
            "Answer: floral Question:",
            "leak",
            hit_limit=True,
        ),
        Q.color("navy blue"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeves", "contradiction"),
        details("top", "the top has a floral print and a collar and buttons on the front"),
        color_of("top", "white", "other_garment_color", kind="open"),
        title="HERE&NOW Women Navy Blue Floral Print Shirt Style Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: pink co-ord set, cropped short-sleeve shirt with no pocket and matching wide-leg trousers, white
    # sneakers; white backdrop. Caption and open answers by the VQA adapter, closed by the reference engine.
    case(
        "X896-004",
        caption("a woman in a pink shirt and pink pants"),
        garment_type("co-ord set"),
        wearing("a pink shirt and pink pants"),
        color_of("pants", "pink"),
        Q.sleeve_length("sleeveless", "contradiction"),
        describe(
            "set",
            "the set is pink and has a collar and a pocket on the chest and the pants have pockets on the side",
            "unsupported",
        ),
        Q.material("yes", "non_answer"),
        title="Tokyo Talkies Women Pink Solid Co-Ords",
        category="Co-Ords",
        color="Pink",
        gender="Women",
    ),
    # photo: mustard ribbed sleeveless tank top, light blue jeans, sunglasses held in one hand; white backdrop, side
    # pose. Caption and open answers by the VQA adapter, closed by the reference engine.
    case(
        "X896-005",
        caption("a woman in a yellow tank top and jeans holding sunglasses"),
        Q.color("mustard"),
        Q.sleeve_length("sleeveless"),
        wearing("he is wearing a yellow tank top and blue jeans", "pronoun", who="she"),
        details("tank top", "the tank top details are the tank top details", "restated"),
        Q.material("cotton", "unsupported"),
        title="Vero Moda Women Mustard Yellow Ribbed Tank Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: black-and-white vertical striped oversized shirt, chest pocket, buttoned cuffs, black shorts; white
    # backdrop. Caption and open answers by the VQA adapter, closed by the reference engine.
    case(
        "X896-006",
        caption("a woman wearing a black and white striped shirt and black shorts"),
        Q.pattern("striped"),
        Q.color("white"),
        color_of("shirt", "black and white", kind="open"),
        details(
            "shirt",
            "the shirt has vertical stripes, a collar, a chest pocket and long sleeves with buttoned cuffs the shirt "
            "has vertical stripes, a collar,",
            "loop",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        describe(
            "shirt",
            "the shirt is a black and white striped oversized shirt with a collar and long sleeves and a pocket on the "
            "chest and buttons down the",
            "cut",
            hit_limit=True,
        ),
        title="ONLY Women White & Black Striped Oversized Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: red wrap top with a small white floral print, V-neck, tie at the waist, short puff sleeves, blue jeans;
    # white backdrop. Caption and open answers by the VQA adapter, closed by the reference engine.
    case(
        "X896-007",
        caption("a woman in a red floral top and blue jeans posing"),
        garment_type("dress", "contradiction"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeves"),
        describe(
            "top",
            "the top is a red wrap top with a v-neck and a tie at the waist and short puff sleeves and a white floral "
            "print all over the",
            "cut",
            hit_limit=True,
        ),
        wearing("a red top and blue jeans"),
        title="Berrylush Women Red Floral Print Wrap Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: off-white linen shirt worn open over a white tank top, beige linen trousers, a potted plant beside her;
    # white backdrop. Caption and open answers by the VQA adapter, closed by the reference engine.
    case(
        "X896-008",
        caption("a woman wearing a white shirt and white tank top and beige pants next to a plant"),
        Q.color("off white"),
        Q.material("linen"),
        color_of("shirt", "beige", "other_garment_color", kind="open"),
        details("shirt", "the shirt is open and has a collar and long sleeves and buttons"),
        describe("shirt", "the shirt is a denim shirt with a collar", "contradiction"),
        title="Mango Women Off White Solid Linen Shirt",
        category="Shirts",
        color="Off White",
        gender="Women",
    ),
    # photo: teal satin cowl-neck cami top with thin straps, black trousers; white backdrop. Caption and open answers
    # by the VQA adapter, closed by the reference engine.
    case(
        "X896-009",
        caption("a woman wearing a teal satin top and black pants"),
        Q.color("black", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        details("top", "the top has a cowl neck and thin straps"),
        Q.material("satin"),
        describe("top", "the top is a silk camisole with lace trim and adjustable straps", "unsupported"),
        wearing(
            "top and pants top and pants top and pants top and pants top and pants top and pants top and pants top and",
            "loop",
            hit_limit=True,
        ),
        title="FabAlley Women Teal Satin Cowl Neck Top",
        category="Tops",
        color="Teal",
        gender="Women",
    ),
    # photo: peach peplum top, round neck, short flutter sleeves, white jeans, back not visible; white backdrop.
    # Caption and open answers by the VQA adapter, closed by the reference engine.
    case(
        "X896-010",
        caption("yes", "non_answer"),
        garment_type("top"),
        Q.color("peach"),
        describe("top", "the top is peach with a peplum hem and short flutter sleeves"),
        color_of("jeans", "white"),
        wearing(
            "Question: What is she wearing? Answer: a peach top and white jeans Question: What is the color of the "
            "jeans? Answer: white",
            "leak",
            who="she",
            hit_limit=True,
        ),
        details("top", "the top has a zipper on the back and a lace trim on the hem", "unsupported"),
        title="Harpa Women Peach Solid Peplum Top",
        category="Tops",
        color="Peach",
        gender="Women",
    ),
    # photo: lavender smocked crop top, square neck, short puff sleeves, white denim shorts; white backdrop. Caption
    # and open answers by the VQA adapter, closed by the reference engine.
    case(
        "X896-011",
        caption("a woman wearing a purple top and white shorts"),
        Q.color("lavender"),
        Q.sleeve_length("long sleeves", "contradiction"),
        wearing("Question: What is the person wearing? Answer: a purple top and white shorts", "leak"),
        Q.pattern("solid"),
        details("top", "the top has smocking on the bodice and puff sleeves"),
        title="StyleStone Women Lavender Smocked Puff Sleeve Crop Top",
        category="Tops",
        color="Lavender",
        gender="Women",
    ),
    # photo: blue-and-white gingham check shirt, long sleeves, one chest pocket, navy trousers; white backdrop.
    # Caption and open answers by the VQA adapter, closed by the reference engine.
    case(
        "X896-012",
        caption("a woman in a blue and white checkered shirt and navy pants"),
        Q.pattern("checked"),
        Q.color("blue"),
        color_of("shirt", "navy", "other_garment_color", kind="open"),
        describe(
            "shirt",
            "the shirt is a blue and white checkered shirt with a collar and buttons and long sleeves and a pocket on "
            "the chest and the shirt is",
            "cut",
            hit_limit=True,
        ),
        Q.material("the shirt is made of the material", "restated"),
        title="Marks & Spencer Women Blue & White Gingham Checked Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: maroon long-sleeve top with a tie-up bow at the neck, cuffed sleeves, black midi skirt; white backdrop.
    # Caption and open answers by the VQA adapter, closed by the reference engine.
    case(
        "X896-013",
        caption("a woman in a maroon blouse and black skirt"),
        is_a("blouse", "yes"),
        Q.color("maroon"),
        wearing("a black top and a black skirt", "other_garment_color"),
        details("top", "the top has a bow at the neck and long sleeves with cuffs"),
        Q.sleeve_length("long sleeves"),
        Q.pattern("polka dots", "contradiction"),
        title="AND Women Maroon Solid Top with Tie-Up Neck",
        category="Tops",
        color="Maroon",
        gender="Women",
    ),
    # photo: olive utility shirt with two flap chest pockets, sleeves rolled up, cream trousers; white backdrop.
    # Caption and open answers by the VQA adapter, closed by the reference engine.
    case(
        "X896-014",
        caption("a woman in a green shirt and white pants"),
        Q.color("olive"),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        details("shirt", "the shirt has two pockets on the chest with flaps and buttons and the sleeves are rolled up"),
        Q.material("denim", "unsupported"),
        is_a("jacket", "yes", "contradiction"),
        wearing(
            "she is wearing a green shirt and white pants and a white shirt and white pants and a white shirt and "
            "white pants and a",
            "loop",
            who="she",
            hit_limit=True,
        ),
        title="Trendyol Women Olive Green Solid Utility Shirt",
        category="Shirts",
        color="Olive",
        gender="Women",
    ),
    # photo: black lace top, scalloped hem, sheer lace sleeves, lined body, blue jeans; white backdrop. Caption and
    # open answers by the VQA adapter, closed by the reference engine.
    case(
        "X896-015",
        caption("a woman wearing a black lace top and blue jeans"),
        Q.material("lace"),
        Q.pattern("self design"),
        describe("top", "the top is black with lace and sheer sleeves and a scalloped hem"),
        Q.color("blue", "other_garment_color"),
        details(
            "top",
            "the top has lace on the sleeves and lace on the neckline and lace on the hem and lace on the sleeves and "
            "lace on the",
            "loop",
            hit_limit=True,
        ),
        title="Athena Women Black Lace Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: white co-ord set with a pink tropical leaf print, short-sleeve camp-collar shirt and matching shorts with
    # an elastic waist, no pockets visible, tan sandals; white backdrop. Caption and open answers by the VQA adapter,
    # closed by the reference engine.
    case(
        "X896-016",
        caption("a woman in a white and blue printed shirt and matching shorts", "contradiction"),
        garment_type("co-ord set"),
        Q.pattern("tropical"),
        color_of("shorts", "white"),
        wearing("he is wearing a white shirt and white shorts", "pronoun"),
        describe(
            "set",
            "the set has a shirt with a collar and short sleeves and matching shorts with an elastic waist and a "
            "drawstring and pockets on the side and",
            "cut",
            hit_limit=True,
        ),
        title="DressBerry Women White & Pink Tropical Printed Co-Ords",
        category="Co-Ords",
        color="White",
        gender="Women",
    ),
    # photo: grey melange long-sleeve round-neck top with thumb holes, no hood, black joggers; white backdrop.
    # Caption and open answers by the VQA adapter, closed by the reference engine.
    case(
        "X896-017",
        caption("a woman in a grey top and black pants"),
        Q.color("grey"),
        color_of("top", "black", "other_garment_color", kind="open"),
        Q.sleeve_length("long sleeves"),
        wearing("he is wearing a grey top and black pants", "pronoun", who="she"),
        details("top", "the top has a hood and a kangaroo pocket", "unsupported"),
        Q.material("cotton"),
        title="Roadster Women Grey Melange Solid Cotton Top",
        category="Tops",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: beige oversized shirt worn open over a white t-shirt, blue straight jeans, a brown handbag on the arm;
    # white backdrop. Caption and open answers by the VQA adapter, closed by the reference engine.
    case(
        "X896-018",
        caption("a woman wearing a beige shirt over a white t-shirt and jeans holding a brown bag"),
        Q.color("beige"),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        is_a("t-shirt", "yes", "contradiction"),
        details("shirt", "the shirt is oversized with a collar and long sleeves and is worn open over a white t-shirt"),
        describe("shirt", "shirt", "non_answer"),
        title="H&M Women Beige Solid Oversized Shirt",
        category="Shirts",
        color="Beige",
        gender="Women",
    ),
    # photo: rust co-ord set, sleeveless top with a knot at the front and wide palazzo trousers, tan sandals; white
    # backdrop. Caption and open answers by the VQA adapter, closed by the reference engine.
    case(
        "X896-019",
        caption("a woman wearing an orange top and orange pants"),
        Q.color("rust"),
        garment_type("co-ord set"),
        Q.sleeve_length("short sleeves", "contradiction"),
        details("top", "the top has a knot at the front and the pants are wide"),
        describe(
            "top",
            "the top is a rust colored halter neck top with a keyhole at the back and a tie at the",
            "cut",
            hit_limit=True,
        ),
        Q.material("silk", "unsupported"),
        title="Tokyo Talkies Women Rust Solid Co-Ords",
        category="Co-Ords",
        color="Rust",
        gender="Women",
    ),
    # photo: white broderie anglaise (eyelet) top, square neck, short puff sleeves, light-wash denim skirt; white
    # backdrop. Caption and open answers by the VQA adapter, closed by the reference engine.
    case(
        "X896-020",
        caption("a woman in a white top and a denim skirt"),
        Q.pattern("self design"),
        Q.material("cotton"),
        describe("top", "the top is white with eyelet embroidery and short puff sleeves and a square neck"),
        color_of("top", "blue", "other_garment_color"),
        wearing(
            "she is wearing a white top and a blue skirt she is wearing a white top and a blue skirt she is wearing a "
            "white top and",
            "loop",
            who="she",
            hit_limit=True,
        ),
        title="Mango Women White Broderie Anglaise Cotton Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: navy shirt with thin white pinstripes, small embroidered logo on the chest, white trousers; white
    # backdrop. Caption and open answers by the VQA adapter, closed by the reference engine.
    case(
        "X896-021",
        caption("a woman wearing a blue striped shirt and white pants"),
        Q.color("navy blue"),
        Q.pattern("striped"),
        garment_type("t-shirt", "contradiction"),
        details("shirt", "the shirt has a small logo on the chest and a collar and buttons"),
        wearing("a white shirt and white pants", "other_garment_color"),
        Q.material("the garment is made of material", "restated"),
        title="U.S. Polo Assn. Women Navy Blue Pinstriped Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black off-shoulder bardot top, long plain sleeves, ruffle along the neckline, blue ripped jeans; white
    # backdrop. Caption and open answers by the VQA adapter, closed by the reference engine.
    case(
        "X896-022",
        caption(
            "a woman in a black off the shoulder top and ripped jeans and a black off the shoulder top and ripped "
            "jeans and a black off the shoulder top and ripped jeans and a black off the",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves"),
        describe(
            "top",
            "Question: Describe the top. Answer: the top is black and off the shoulder Question: Describe the jeans. "
            "Answer: the jeans are",
            "leak",
            hit_limit=True,
        ),
        Q.color("black"),
        is_a("dress", "no"),
        details("top", "the top has a ruffle on the neckline and buttons on the sleeves", "unsupported"),
        title="SASSAFRAS Women Black Solid Off-Shoulder Bardot Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: coral-pink satin shirt tucked into white wide-leg trousers; white backdrop. Caption and open answers by
    # the VQA adapter, closed by the reference engine.
    case(
        "X896-023",
        caption("a woman wearing a pink shirt and white pants"),
        Q.color("pink"),
        Q.material("satin"),
        Q.sleeve_length("sleeveless", "contradiction"),
        describe("shirt", "the shirt is white with a collar and buttons", "other_garment_color"),
        details("shirt", "collar", "non_answer"),
        title="Vero Moda Women Coral Solid Satin Shirt",
        category="Shirts",
        color="Coral",
        gender="Women",
    ),
    # photo: tie-dye top in blue, pink and yellow swirls, short sleeves, knotted at the hem, black cycling shorts;
    # white backdrop. Caption and open answers by the VQA adapter, closed by the reference engine.
    case(
        "X896-024",
        caption("a woman wearing a tie dye t-shirt and blue shorts", "contradiction"),
        Q.pattern("tie and dye"),
        Q.color("multi"),
        color_of("top", "black", "other_garment_color", kind="open"),
        describe("top", "the top is a tie dye top with a knot at the hem and short sleeves"),
        Q.sleeve_length("short sleeves"),
        Q.material("the top is made of the top", "restated"),
        title="HERE&NOW Women Multicoloured Tie-Dye Knotted Top",
        category="Tops",
        color="Multi",
        gender="Women",
    ),
    # photo: green co-ord set with a white floral print, button-front short-sleeve top without pockets and matching
    # straight trousers, a straw hat held at her side; white backdrop. Caption and open answers by the VQA adapter,
    # closed by the reference engine.
    case(
        "X896-025",
        caption("a woman in a green floral shirt and pants holding a straw hat"),
        garment_type("co-ord set"),
        color_of("pants", "green"),
        wearing("a green and white floral print top and pants"),
        details("top", "the top has buttons down the front and a pocket on the chest", "unsupported"),
        Q.material("rayon"),
        title="Harpa Women Green Floral Print Rayon Co-Ords",
        category="Co-Ords",
        color="Green",
        gender="Women",
    ),
    # photo: yellow V-neck top with ruffled flutter sleeves over the shoulders, white jeans; grey wall behind.
    # Caption and open answers by the VQA adapter, closed by the reference engine.
    case(
        "X896-026",
        caption("a woman in a yellow ruffled top and white jeans standing in front of a grey wall"),
        Q.color("yellow"),
        Q.sleeve_length("short sleeves"),
        Q.material("chiffon", "unsupported"),
        wearing("yellow", "non_answer"),
        describe("top", "the top is white with ruffles", "other_garment_color"),
        details(
            "top",
            "the top has ruffles on the shoulders and a v neck and ruffles on the shoulders and a v neck and ruffles "
            "on the shoulders and",
            "loop",
            hit_limit=True,
        ),
        title="FabAlley Women Yellow Solid Ruffled Top",
        category="Tops",
        color="Yellow",
        gender="Women",
    ),
    # photo: mid-blue denim shirt with two flap chest pockets and snap buttons, sleeves rolled, over a white tee,
    # black jeans; white backdrop. Caption and open answers by the VQA adapter, closed by the reference engine.
    case(
        "X896-027",
        caption("a woman in a denim shirt and black jeans"),
        Q.material("denim"),
        Q.color("blue"),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        is_a("jacket", "yes", "contradiction"),
        wearing("a denim shirt with a white collar and a zip on the front", "unsupported"),
        details("shirt", "the shirt has two pockets on the chest and snap buttons and the sleeves are rolled up"),
        title="Roadster Women Blue Solid Denim Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: sheer pink georgette top, pleated front, long sleeves, a pink camisole underneath, white trousers;
    # white backdrop. Caption and open answers by the VQA adapter, closed by the reference engine.
    case(
        "X896-028",
        caption(
            "Question: what is the woman wearing? Answer: a pink blouse Question: what is the color of the blouse? "
            "Answer:",
            "leak",
            hit_limit=True,
        ),
        Q.color("pink"),
        Q.material("georgette"),
        describe("top", "the top is sheer with pleats on the front and long sleeves and a pink camisole underneath"),
        wearing("she is wearing a pink blouse and white pants", who="she"),
        Q.pattern("striped", "contradiction"),
        title="Athena Women Pink Georgette Sheer Top with Camisole",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: black-and-white polka dot co-ord set, crop top with short sleeves and matching mini skirt; white
    # backdrop. Caption and open answers by the VQA adapter, closed by the reference engine.
    case(
        "X896-029",
        caption("a woman wearing a black and white polka dot top and skirt"),
        Q.pattern("polka dots"),
        garment_type("dress", "contradiction"),
        color_of("skirt", "black"),
        wearing(
            "a black and white polka dot top and a black and white polka dot skirt and a black and white polka dot top "
            "and a black",
            "loop",
            hit_limit=True,
        ),
        Q.material("chiffon", "unsupported"),
        title="Tokyo Talkies Women Black & White Polka Dot Printed Co-Ords",
        category="Co-Ords",
        color="Black",
        gender="Women",
    ),
    # photo: cream cable-knit top, short sleeves, round neck, camel trousers; white backdrop. Caption and open
    # answers by the VQA adapter, closed by the reference engine.
    case(
        "X896-030",
        caption("a woman in a white sweater and brown pants"),
        Q.color("cream"),
        is_a("sweater", "yes"),
        details("top", "the top has a cable knit pattern and short sleeves and a round neck"),
        describe(
            "top",
            "the top is a cream knit sweater with short sleeves and a round neck and cable knit on the front and the "
            "back and the sleeves and the",
            "cut",
            hit_limit=True,
        ),
        color_of("top", "brown", "other_garment_color", kind="open"),
        Q.material("wool", "unsupported"),
        title="Marks & Spencer Women Cream Cable Knit Top",
        category="Tops",
        color="Cream",
        gender="Women",
    ),
    # photo: white t-shirt-style top, short sleeves, black "PARIS" lettering on the chest, blue jeans; white
    # backdrop, front view.
    # Caption and open answers by the VQA adapter, closed by the reference engine.
    case(
        "X896-031",
        caption("a woman wearing a white t-shirt with the word paris on it and blue jeans"),
        Q.pattern("graphic"),
        Q.color("white"),
        details("top", "the top has a black print on the front that says new york", "unsupported"),
        wearing("a white t-shirt and jeans"),
        garment_type("top"),
        Q.sleeve_length("long sleeves", "contradiction"),
        title="ONLY Women White Typography Printed Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: navy shirt with small white polka dots, long sleeves, buttoned cuffs, red pleated midi skirt; white
    # backdrop. Caption and open answers by the VQA adapter, closed by the reference engine.
    case(
        "X896-032",
        caption("a woman wearing a navy blue polka dot shirt and a red skirt"),
        Q.color("red", "other_garment_color"),
        Q.pattern("polka dots"),
        describe(
            "shirt",
            "the shirt is navy with white polka dots and a collar and long sleeves and buttons down the front and the "
            "cuffs are",
            "cut",
            hit_limit=True,
        ),
        wearing("he is wearing a blue shirt and a red skirt", "pronoun", who="she"),
        Q.sleeve_length("long sleeves"),
        title="Berrylush Women Navy Blue Polka Dot Print Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black ribbed long-sleeve turtleneck top, fitted, grey plaid trousers; white backdrop. Caption and open
    # answers by the VQA adapter, closed by the reference engine.
    case(
        "X896-033",
        caption("a woman in a black turtleneck and grey plaid pants"),
        Q.color("grey", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        details("top", "the top has a high neck and long sleeves and ribbed fabric"),
        Q.material(
            "the top is made of a soft ribbed knit fabric that is stretchy and comfortable to wear and it has a high "
            "neck and long sleeves and the",
            "cut",
            hit_limit=True,
        ),
        title="StyleStone Women Black Solid Ribbed Turtleneck Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: red satin co-ord set, long-sleeve shirt and matching wide trousers, black heels; white backdrop. Caption
    # and open answers by the VQA adapter, closed by the reference engine.
    case(
        "X896-034",
        caption("a woman in a red satin shirt and red pants"),
        color_of("pants", "black", "other_garment_color"),
        Q.material("satin"),
        garment_type("co-ord set"),
        describe(
            "set",
            "red red red red red red red red red red red red red red red red red red red red red red red red red "
            "red red red red red",
            "loop",
            hit_limit=True,
        ),
        details("shirt", "the shirt has a collar and buttons and the pants have a wide leg"),
        title="Mango Women Red Satin Shirt & Trousers Co-Ords",
        category="Co-Ords",
        color="Red",
        gender="Women",
    ),
    # photo: mustard top with a black geometric print, round neck, three-quarter sleeves, black jeans; white backdrop.
    # Caption and open answers by the VQA adapter, closed by the reference engine.
    case(
        "X896-035",
        caption("a woman wearing a yellow printed top and black jeans"),
        Q.pattern("geometric"),
        Q.sleeve_length("three-quarter sleeves"),
        color_of("top", "black", "other_garment_color", kind="open"),
        details("top", "the top has details", "restated"),
        describe(
            "top", "the top is yellow with a black print and a pocket on the chest and a zip at the back", "unsupported"
        ),
        wearing("Answer: a yellow top and black jeans", "leak"),
        title="HERE&NOW Women Mustard Yellow Geometric Print Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: brown-and-beige checked flannel shirt with two chest pockets, worn open over a black tank top, blue
    # jeans; white backdrop. Caption and open answers by the VQA adapter, closed by the reference engine.
    case(
        "X896-036",
        caption("a woman wearing a brown plaid shirt over a black tank top and blue jeans"),
        Q.color("brown"),
        Q.pattern("checked"),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        is_a("shirt", "yes"),
        details(
            "shirt",
            "the shirt has a collar and two pockets on the chest and buttons down the front and long sleeves and the "
            "shirt is open over a black tank",
            "cut",
            hit_limit=True,
        ),
        Q.material("flannel"),
        title="Vero Moda Women Brown Checked Flannel Shirt",
        category="Shirts",
        color="Brown",
        gender="Women",
    ),
    # photo: sea-green crop shirt tied at the front, short sleeves, collar, white high-waist shorts; outdoors on a
    # beach with the sea behind. Caption and open answers by the VQA adapter, closed by the reference engine.
    case(
        "X896-037",
        caption("a woman standing on the beach wearing a green top and white shorts"),
        Q.color("sea green"),
        wearing("a green crop top and white shorts"),
        details("top", "the top ties at the front and has short sleeves and a collar"),
        Q.sleeve_length("short sleeves"),
        Q.material("linen", "unsupported"),
        describe("top", "the top is blue and white striped", "contradiction"),
        title="DressBerry Women Sea Green Solid Tie-Up Crop Shirt Style Top",
        category="Tops",
        color="Sea Green",
        gender="Women",
    ),
    # photo: black co-ord set with a white abstract print, long-sleeve round-neck top and matching straight trousers;
    # white backdrop. The feed row has no gender. Caption and open answers by the VQA adapter, closed by the
    # reference engine.
    case(
        "X896-038",
        caption("a woman wearing a black and white printed top and pants"),
        garment_type("co-ord set"),
        Q.pattern("abstract"),
        Q.color("white", "contradiction"),
        wearing(
            "she is wearing a black and white printed top and black and white printed pants and she is wearing a black "
            "and white printed top and",
            "loop",
            who="she",
            hit_limit=True,
        ),
        Q.material("polyester", "unsupported"),
        details("top", "the top has long sleeves and a round neck"),
        title="AND Black & White Abstract Printed Co-Ords",
        category="Co-Ords",
        color="Black",
    ),
    # photo: white shirt with small blue floral embroidery on the collar tips only, long sleeves, tucked into khaki
    # trousers; she stands, white backdrop. Caption and open answers by the VQA adapter, closed by the reference
    # engine.
    case(
        "X896-039",
        caption("a woman in a white shirt and khaki pants sitting on a chair", "unsupported"),
        Q.color("khaki", "other_garment_color"),
        describe("shirt", "the shirt is white with blue embroidery on the collar"),
        details(
            "shirt",
            "the shirt has embroidery on the collar and the sleeves and the pockets and the back",
            "unsupported",
        ),
        Q.pattern("embroidered"),
        wearing("he is wearing a white shirt and khaki pants", "pronoun"),
        title="Trendyol Women White Solid Shirt with Embroidered Collar",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: olive co-ord set, sleeveless crop top and cargo trousers with side pockets, white sneakers; white
    # backdrop. Caption and open answers by the VQA adapter, closed by the reference engine.
    case(
        "X896-040",
        caption("a woman in an olive green crop top and cargo pants"),
        color_of("pants", "olive"),
        Q.sleeve_length("sleeveless"),
        details("pants", "the pants have pockets on the side"),
        describe("top", "Question: Describe the top. Answer: the top is green", "leak"),
        Q.color("white", "other_garment_color"),
        Q.material("cotton"),
        title="Roadster Women Olive Green Solid Pure Cotton Co-Ords",
        category="Co-Ords",
        color="Olive",
        gender="Women",
    ),
    # photo: royal blue tunic with white thread embroidery on the yoke, three-quarter sleeves, white leggings; white
    # backdrop. Caption and open answers by the VQA adapter, closed by the reference engine.
    case(
        "X896-041",
        caption("a woman wearing a blue tunic with white embroidery and white leggings"),
        garment_type("tunic"),
        Q.color("blue"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.material("cotton", "unsupported"),
        color_of("tunic", "white", "other_garment_color", kind="open"),
        details(
            "tunic",
            "the tunic has embroidery on the yoke and on the yoke and on the yoke and on the yoke and on the yoke and "
            "on the",
            "loop",
            hit_limit=True,
        ),
        wearing("tunic", "non_answer"),
        title="Harpa Women Blue Yoke Design Embroidered Tunic",
        category="Tops",
        color="Blue",
        gender="Women",
    ),
    # photo: magenta wrap top, long balloon sleeves, tie at the side, black trousers; white backdrop. The feed row has
    # no color. Caption and open answers by the VQA adapter, closed by the reference engine.
    case(
        "X896-042",
        caption("a woman in a pink wrap top and black pants"),
        Q.color("magenta"),
        wearing("a pink top and black pants"),
        describe("top", "the top is a wrap top with long balloon sleeves and a tie at the side"),
        details(
            "top",
            "the top has a tie at the side and long sleeves and a tie at the side and long sleeves and a tie at the "
            "side and",
            "loop",
            hit_limit=True,
        ),
        Q.material("velvet", "unsupported"),
        is_a("dress", "yes", "contradiction"),
        title="FabAlley Women Magenta Solid Wrap Top",
        category="Tops",
        gender="Women",
    ),
    # photo: light blue and white striped oversized poplin shirt knotted at the waist, long sleeves, denim shorts;
    # white backdrop. Caption and open answers by the VQA adapter, closed by the reference engine.
    case(
        "X896-043",
        caption("a woman wearing a blue and white striped shirt and denim shorts"),
        Q.pattern("striped"),
        Q.color("blue"),
        describe("shirt", "the shirt is black and white striped", "contradiction"),
        details("shirt", "the shirt is knotted at the front and has long sleeves and a collar"),
        Q.material("cotton"),
        wearing("the person is wearing what the person is wearing", "restated"),
        title="H&M Women Light Blue Striped Cotton Poplin Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: lime green co-ord set, cropped blazer with notch collar, one button and flap pockets, matching shorts,
    # a white crop tank underneath, beige heels; white backdrop. Caption and open answers by the VQA adapter, closed
    # by the reference engine.
    case(
        "X896-044",
        caption("a woman in a green blazer and green shorts and a white top"),
        garment_type("co-ord set"),
        Q.color("white", "other_garment_color"),
        wearing("a green jacket and green shorts"),
        details("blazer", "the blazer has a notch collar and one button and pockets with flaps"),
        describe(
            "blazer",
            "Question: Describe the blazer. Answer: the blazer is green Question: Describe the shorts. Answer: the "
            "shorts are green Question:",
            "leak",
            hit_limit=True,
        ),
        Q.material("leather", "unsupported"),
        title="SASSAFRAS Women Lime Green Blazer & Shorts Co-Ords",
        category="Co-Ords",
        color="Lime Green",
        gender="Women",
    ),
    # photo: black sleeveless button-down top with a collar, light grey trousers; white backdrop. Caption and open
    # answers by the VQA adapter, closed by the reference engine.
    case(
        "X896-045",
        caption("a woman wearing a black sleeveless shirt and grey pants"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("striped", "contradiction"),
        color_of("top", "grey", "other_garment_color", kind="open"),
        wearing("she is wearing a black top and grey pants", who="she"),
        details("top", "the top has a collar and buttons down the front and no sleeves"),
        describe("top", "the top is black and he is wearing it with grey pants", "pronoun"),
        title="Mango Women Black Solid Sleeveless Shirt Style Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: burgundy velvet top, square neck, long sleeves with puffed shoulders, black jeans; pink wall behind.
    # Caption and open answers by the VQA adapter, closed by the reference engine.
    case(
        "X896-046",
        caption("a woman in a burgundy velvet top and black jeans standing in front of a pink wall"),
        Q.color("burgundy"),
        Q.material("velvet"),
        wearing("he is wearing a burgundy top and black jeans", "pronoun", who="she"),
        color_of("top", "pink", "contradiction", kind="open"),
        details("top", "the top has a square neck and long sleeves with puff shoulders"),
        describe(
            "top",
            "the top is a burgundy velvet top with a square neck and long sleeves and the top is a burgundy velvet top "
            "with a square neck and",
            "loop",
            hit_limit=True,
        ),
        title="Tokyo Talkies Women Burgundy Velvet Square Neck Top",
        category="Tops",
        color="Burgundy",
        gender="Women",
    ),
]
