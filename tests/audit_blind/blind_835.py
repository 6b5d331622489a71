"""BLIND_835 (46 products; Myntra women's tops/shirts/co-ords, VQA adapter): written blind in the fifty-sixth session.
Measured blind at 4c2dc86 (the session's third rules): 111/127 failures found (87.4%) and 16/173 correct texts flagged
(9.2%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's tops, shirts, t-shirts and co-ord sets. Catalog photos on white, grey or
beige backdrops, the model mostly wearing other clothes too (jeans, trousers, shorts, a tee under an open shirt); the
co-ords show both matching pieces. A few rows lack the category or the color column, as real feeds do.

Who wrote what: every caption and every open answer is greedy free generation from the VQA adapter
(leoreigoto/Data3_V3_BLIP2_VQA on Salesforce/blip2-opt-2.7b): short "a woman wearing a X top and Y pants" answers,
one hue name picked from the whole outfit, no trained end token, so some answers run to the 30-token limit (50 for
captions) as loops, cuts or a new "Question: ... Answer:" turn. Closed answers (garment type, color, pattern, sleeve
length, neckline, "Is this a ...?", the closed color_of questions) are enrich's --engine reference picking one
candidate with the same adapter: they never loop or stop short, but they pick the jeans' color, a print's minor
color or a wrong yes.

Labeling conventions and judgement calls:
- One label per text. A text that repeats itself until the limit is a loop; one that ends mid-phrase at the limit
  without repeating is a cut; a text that starts a new "Question: ... Answer:" turn is a leak even when it also hits
  the limit or repeats. Cut texts were written with only true content, so the cut is their only failure.
- other_garment_color: the product's color question (open or closed) answered with the color of another garment in
  the photo (the jeans, trousers, shorts, the tee under an open shirt). A closed color answer that picks a print's
  minor color (white dots, black stripes, a red logo) or a wrong hue nobody wears is a contradiction, not this.
- contradiction: a color, garment or sleeve length that the seller's columns or another text of the same product
  contradict, including one color given to two garments ("red" jeans under a maroon top) and a wrong yes to
  "Is this a jumpsuit/dress/jacket?". A material answer the title contradicts (cotton for a satin cami) too.
- unsupported: invented details (pockets, zips, lace-up backs, a print slogan that is not there) and material answers
  neither the title nor the photo supports (cotton, silk, polyester, rayon, linen guessed). Materials visible in the
  photo (denim, satin sheen, crochet, rib knit, flannel) or named in the title count as correct.
- non_answer: a one-word or yes/no answer to an open question that says nothing new ("shirt", "yes", "gray" to
  describe), or only the question's words back ("the shorts are short"). A one-word answer that names a real detail
  ("ribbed", "puff sleeves") is correct. restated: the question turned back into a sentence ("the shirt details are
  the details of the shirt", "what are the shirt details").
- pronoun: "he"/"his" about the model of a women's product; "she" is always right here.
- Synonyms count as correct: shirt/blouse/top, pants/trousers/jeans where the photo has jeans, gray/grey,
  plaid/checkered/checked, kurta for a printed tunic, a knit top called a sweater; hue families count as correct
  (maroon as red, mustard as yellow, peach or coral as pink, navy or teal as blue, olive as green).
- hit_limit=True only where the text ran to the token limit; one cut stopped early on a newline.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

neck = question("neckline", "What is the neckline of the garment?", "closed")

BLIND_835 = [
    # photo: black short-sleeve boxy crew-neck top tucked into light-wash blue jeans, hand in pocket, white backdrop,
    # front view. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X835-001",
        caption("a woman in a black t-shirt and blue jeans standing in front of a white wall"),
        wearing("a black shirt and jeans", who="she"),
        Q.color("black"),
        Q.sleeve_length("short sleeves"),
        color_of("top", "blue", failure="other_garment_color", kind="open"),
        details(
            "top",
            "the top is black and the top is black and the top is black and the top is black and the top is",
            failure="loop",
            hit_limit=True,
        ),
        title="Roadster Women Black Solid Boxy Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: mustard long-sleeve button-down shirt, sleeves rolled to the elbows, buttoned, with white trousers, grey
    # backdrop, front view. VQA adapter (caption, open); reference engine (closed).
    case(
        "X835-002",
        caption("a woman wearing a yellow shirt and white pants"),
        wearing("yellow shirt and white pants"),
        Q.color("yellow"),
        describe("shirt", "a yellow shirt with long sleeves rolled up to the elbows and a pointed collar"),
        Q.pattern("checked", failure="contradiction"),
        Q.material("cotton", failure="unsupported"),
        title="SASSAFRAS Women Mustard Yellow Regular Fit Solid Casual Shirt",
        category="Shirts",
        color="Mustard",
        gender="Women",
    ),
    # photo: pink crop top with a small white floral print, short puff sleeves, square neck, high-waist black jeans,
    # white backdrop. VQA adapter (caption, open); reference engine (closed).
    case(
        "X835-003",
        caption("a woman wearing a pink floral top and black jeans"),
        wearing("she is wearing a pink top and black pants", who="she"),
        Q.pattern("floral"),
        color_of("top", "black", failure="other_garment_color", kind="open"),
        Q.garment_type("crop top"),
        details("top", "short puff sleeves"),
        Q.sleeve_length("long sleeves", failure="contradiction"),
        title="Tokyo Talkies Women Pink Floral Print Crop Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: co-ord set, navy and white horizontal striped short-sleeve shirt with matching striped shorts, white
    # sneakers, white backdrop. VQA adapter (caption, open); reference engine (closed).
    case(
        "X835-004",
        caption("a woman in a blue and white striped shirt and shorts"),
        wearing("a striped shirt and shorts"),
        Q.color("navy blue"),
        Q.pattern("striped"),
        is_a("jumpsuit", "yes", failure="contradiction"),
        details(
            "shirt",
            "Question: What is the color of the shorts? Answer: blue Question: What is the color of the shirt? Answer:",
            failure="leak",
            hit_limit=True,
        ),
        title="StyleStone Women Navy Blue & White Striped Shirt with Shorts Co-Ords",
        category="Co-Ords",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: white long-sleeve linen shirt worn open over a beige tank top, sleeves rolled to the elbows, beige wide
    # trousers, light grey backdrop. VQA adapter (caption, open); reference engine (closed).
    case(
        "X835-005",
        caption("a woman wearing a white shirt and beige pants"),
        wearing("white shirt, beige top and beige pants"),
        Q.color("beige", failure="other_garment_color"),
        Q.material("linen"),
        describe(
            "shirt",
            "the shirt is white and has a collar and buttons down the front and the sleeves are rolled up to the",
            failure="cut",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves"),
        title="Mango Women White Solid Linen Casual Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: olive shirt-style top with short sleeves and a tie knot at the waist, blue denim shorts, white backdrop.
    # VQA adapter (caption, open); reference engine (closed).
    case(
        "X835-006",
        caption("a woman in a green shirt and denim shorts posing for a picture"),
        wearing("shirt", failure="non_answer"),
        color_of("top", "green"),
        details("top", "the details of the top", failure="restated"),
        Q.pattern("solid"),
        Q.material("denim", failure="unsupported"),
        title="HERE&NOW Women Olive Green Solid Shirt Style Top",
        category="Tops",
        color="Olive",
        gender="Women",
    ),
    # photo: black top with white polka dots, flutter sleeves, V-neck, white trousers, white backdrop.
    # VQA adapter (caption, open); reference engine (closed).
    case(
        "X835-007",
        caption("a woman wearing a black and white polka dot top and white pants"),
        wearing("a black and white polka dot blouse and white pants", who="she"),
        Q.color("white", failure="contradiction"),
        Q.pattern("polka dot"),
        describe(
            "top",
            "the top is black with white polka dots and the top is black with white polka dots and the top is black",
            failure="loop",
            hit_limit=True,
        ),
        neck("v-neck"),
        title="Vero Moda Women Black & White Polka Dot Print Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: rust sleeveless peplum top with a round neck, black skinny jeans, beige wall behind, front view (no zip
    # visible). VQA adapter (caption, open); reference engine (closed).
    case(
        "X835-008",
        caption("a woman in an orange top and black jeans standing in front of a beige wall"),
        wearing("an orange top and black jeans"),
        color_of("top", "black", failure="other_garment_color", kind="open"),
        Q.sleeve_length("sleeveless"),
        Q.garment_type("top"),
        details("top", "the top has a peplum hem and a zip at the back", failure="unsupported"),
        title="FabAlley Women Rust Orange Solid Peplum Top",
        category="Tops",
        color="Rust",
        gender="Women",
    ),
    # photo: blue and white checked long-sleeve shirt tucked into black trousers with a black belt, black shoes, white
    # backdrop. VQA adapter (caption, open); reference engine (closed).
    case(
        "X835-009",
        caption("a woman wearing a blue and white plaid shirt and black pants"),
        wearing(
            "a blue checkered shirt tucked into black pants with a black belt and black shoes and the sleeves of the",
            failure="cut",
            hit_limit=True,
        ),
        Q.pattern("checked"),
        color_of("shirt", "blue"),
        color_of("pants", "blue", failure="other_garment_color", kind="open"),
        details("shirt", "he is wearing a blue checkered shirt with a collar and buttons", failure="pronoun"),
        Q.sleeve_length("long sleeves"),
        title="Allen Solly Woman Blue & White Checked Slim Fit Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: maroon wrap top with three-quarter sleeves, V neckline and a side tie, blue jeans, white backdrop.
    # VQA adapter (caption, open); reference engine (closed).
    case(
        "X835-010",
        caption("a woman in a red top and blue jeans"),
        wearing("red top and jeans"),
        Q.color("blue", failure="other_garment_color"),
        Q.sleeve_length("three-quarter sleeves"),
        describe("top", "a wrap top with a v neckline and a tie at the side"),
        color_of("jeans", "red", failure="contradiction", kind="open"),
        Q.material("silk", failure="unsupported"),
        title="Harpa Women Maroon Solid Wrap Top",
        category="Tops",
        color="Maroon",
        gender="Women",
    ),
    # photo: white broderie anglaise (eyelet) top, short puff sleeves, square neck, light blue denim mini skirt,
    # white backdrop. VQA adapter (caption, open); reference engine (closed).
    case(
        "X835-011",
        caption("a woman wearing a white top and a denim skirt"),
        wearing("white blouse and blue skirt", who="she"),
        Q.pattern("embroidered"),
        Q.material("cotton"),
        details(
            "top",
            "the top has a lace and a lace and a lace and a lace and a lace and a lace and a lace and a",
            failure="loop",
            hit_limit=True,
        ),
        color_of("top", "light blue", failure="other_garment_color", kind="open"),
        title="ONLY Women White Broderie Anglaise Pure Cotton Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: pink and white pinstriped long-sleeve formal shirt tucked into grey trousers, grey backdrop.
    # VQA adapter (caption, open); reference engine (closed).
    case(
        "X835-012",
        caption(
            "Question: what is the woman wearing? Answer: a pink shirt Question: what is the color of the pants? "
            "Answer: grey Question:",
            failure="leak",
            hit_limit=True,
        ),
        wearing("a pink shirt and grey pants"),
        Q.color("pink"),
        Q.pattern("solid", failure="contradiction"),
        describe("shirt", "a pink striped shirt with a collar and long sleeves"),
        details("shirt", "the details of the shirt", failure="restated"),
        Q.garment_type("shirt"),
        title="Van Heusen Woman Pink & White Striped Formal Shirt",
        category="Shirts",
        color="Pink",
        gender="Women",
    ),
    # photo: lavender ribbed sleeveless crop tank, white wide-leg trousers, white backdrop.
    # VQA adapter (caption, open); reference engine (closed).
    case(
        "X835-013",
        caption("a woman in a purple crop top and white pants"),
        wearing("a purple tank top and white pants"),
        Q.color("white", failure="other_garment_color"),
        Q.sleeve_length("sleeveless"),
        details("top", "ribbed"),
        Q.material("rib knit"),
        title="Berrylush Women Lavender Ribbed Fitted Crop Top",
        category="Tops",
        color="Lavender",
        gender="Women",
    ),
    # photo: co-ord set, green kurta-style top with a pink block print, mandarin collar, three-quarter sleeves, and
    # matching green printed palazzos, flat sandals, white backdrop. VQA adapter (caption, open); reference engine
    # (closed).
    case(
        "X835-014",
        caption("a woman wearing a green and pink printed top and pants"),
        wearing(
            "a green kurta with pink flowers printed all over it and matching green pants with the same print and a "
            "pair of",
            failure="cut",
            who="she",
            hit_limit=True,
        ),
        Q.color("green"),
        Q.pattern("printed"),
        is_a("dress", "yes", failure="contradiction"),
        details(
            "top",
            "the top has a mandarin collar and a keyhole on the front and a keyhole on the front and a keyhole on the",
            failure="loop",
            hit_limit=True,
        ),
        Q.material("rayon", failure="unsupported"),
        title="W Women Green & Pink Printed Top with Palazzos",
        category="Co-Ords",
        color="Green",
        gender="Women",
    ),
    # photo: mid-blue denim long-sleeve shirt with two chest pockets, worn open over a white t-shirt, black jeans,
    # white backdrop. VQA adapter (caption, open); reference engine (closed).
    case(
        "X835-015",
        caption("a woman wearing a denim shirt over a white t-shirt and black jeans"),
        wearing("a denim jacket and a white shirt", failure="contradiction"),
        Q.material("denim"),
        Q.color("white", failure="other_garment_color"),
        details("shirt", "two pockets on the chest"),
        color_of(
            "shirt",
            "the shirt is blue and the shirt is blue and the shirt is blue and the shirt is blue and the",
            failure="loop",
            kind="open",
            hit_limit=True,
        ),
        title="Roadster Women Blue Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: black sheer chiffon top with a ruffled neckline and long sleeves over a black camisole, beige trousers,
    # white backdrop. VQA adapter (caption, open); reference engine (closed).
    case(
        "X835-016",
        caption("a woman in a black blouse and beige pants"),
        wearing("a black blouse with a bow tie at the neck", failure="unsupported"),
        Q.material("chiffon"),
        Q.sleeve_length("long sleeves"),
        describe(
            "top",
            "the top is sheer and has ruffles around the neck and the top is sheer and has ruffles around the neck and",
            failure="loop",
            hit_limit=True,
        ),
        color_of("top", "beige", failure="other_garment_color", kind="open"),
        Q.pattern("solid"),
        title="Athena Women Black Solid Chiffon Ruffled Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: white short-sleeve polo t-shirt with a small navy logo on the chest, navy shorts, white backdrop.
    # VQA adapter (caption, open); reference engine (closed).
    case(
        "X835-017",
        caption("a woman wearing a white polo shirt and blue shorts"),
        wearing(
            "white polo shirt and navy shorts Question: What is the color of the shorts? Answer: navy blue Question:",
            failure="leak",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("white"),
        details("shirt", "the shirt has a logo on the chest and a collar"),
        describe(
            "shirt",
            "the shirt is white with a collar and two buttons and short sleeves with a navy blue stripe around the",
            failure="unsupported",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        Q.material("cotton pique", failure="unsupported"),
        title="U.S. Polo Assn. Women White Solid Polo Collar T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: red off-shoulder bardot top with short flared sleeves and a ruffled elastic neckline, white jeans, white
    # backdrop. VQA adapter (caption, open); reference engine (closed).
    case(
        "X835-018",
        caption("a woman in a red off the shoulder top and white jeans"),
        wearing("a red top and white jeans", who="she"),
        Q.color("white", failure="other_garment_color"),
        neck("off-shoulder"),
        details("top", "the details of the top are on the top", failure="restated"),
        color_of("jeans", "red", failure="contradiction", kind="open"),
        title="Kassually Women Red Solid Off-Shoulder Bardot Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: grey melange short-sleeve crew-neck t-shirt, black leggings, white backdrop.
    # VQA adapter (caption, open); reference engine (closed).
    case(
        "X835-019",
        caption("a woman wearing a grey t-shirt and black leggings"),
        wearing("a gray shirt"),
        Q.color("grey"),
        color_of("t-shirt", "black", failure="other_garment_color", kind="open"),
        describe("t-shirt", "it is a t-shirt", failure="non_answer"),
        Q.sleeve_length("short sleeves"),
        Q.material("polyester", failure="unsupported"),
        title="Mast & Harbour Women Grey Melange Solid Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: co-ord set, peach satin button-down shirt without pockets and matching peach satin trousers, nude heels,
    # beige backdrop. VQA adapter (caption, open); reference engine (closed).
    case(
        "X835-020",
        caption(
            "a woman in a pink satin shirt and pink pants and pink shoes and pink shoes and pink shoes and pink shoes "
            "and pink shoes and pink shoes and pink shoes and pink shoes and pink",
            failure="loop",
            hit_limit=True,
        ),
        wearing("he is wearing a peach shirt and peach pants", failure="pronoun"),
        Q.material("satin"),
        Q.garment_type("co-ord set"),
        details("shirt", "the shirt has a pocket on the chest and a belt at the waist", failure="unsupported"),
        color_of("pants", "white", failure="contradiction", kind="open"),
        Q.color("peach"),
        title="DressBerry Women Peach Satin Shirt with Trousers Co-Ord Set",
        category="Co-Ords",
        color="Peach",
        gender="Women",
    ),
    # photo: oversized tie-dye t-shirt in pink, blue and yellow swirls, short sleeves, blue denim shorts, white
    # backdrop. VQA adapter (caption, open); reference engine (closed).
    case(
        "X835-021",
        caption("a woman wearing a tie dye t-shirt and denim shorts"),
        wearing("a colorful shirt and shorts"),
        Q.pattern("tie-dye"),
        Q.color("multicolor"),
        Q.material("cotton", failure="unsupported"),
        color_of(
            "shirt",
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink",
            failure="loop",
            kind="open",
            hit_limit=True,
        ),
        details("shirt", "Question: What is the color of the shorts? Answer: blue", failure="leak"),
        title="Zima Leto Women Multicoloured Tie-Dye Oversized Top",
        category="Tops",
        color="Multi",
        gender="Women",
    ),
    # photo: white shirt with thin black vertical stripes, long sleeves, half tucked into black trousers, white
    # backdrop. VQA adapter (caption, open); reference engine (closed).
    case(
        "X835-022",
        caption("a woman in a black and white striped shirt and black pants"),
        wearing("a striped shirt and black pants", who="she"),
        Q.color("black", failure="contradiction"),
        Q.pattern("striped"),
        details("shirt", "the shirt details are the details of the shirt", failure="restated"),
        Q.sleeve_length("long sleeves"),
        title="Chemistry Women White & Black Striped Casual Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: navy shirt-style top with a small white ethnic motif print, three-quarter sleeves, mandarin collar, white
    # palazzos, white backdrop. VQA adapter (caption, open); reference engine (closed).
    case(
        "X835-023",
        caption("a woman wearing a blue printed top and white pants"),
        wearing("a blue shirt with white pants"),
        Q.pattern("printed"),
        neck("mandarin collar"),
        color_of("top", "white", failure="other_garment_color", kind="open"),
        describe("top", "he is wearing a blue shirt with a white print and white pants", failure="pronoun"),
        Q.material("cotton"),
        title="Global Desi Women Navy Blue Printed Pure Cotton Shirt Style Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: beige rib-knit fitted top, long sleeves, high round neck, dark brown trousers, white backdrop.
    # VQA adapter (caption, open); reference engine (closed).
    case(
        "X835-024",
        caption("a woman wearing a beige top and brown pants"),
        wearing("a sweater and pants"),
        Q.color("brown", failure="other_garment_color"),
        Q.material("knit"),
        details(
            "top",
            "the top is ribbed and has a high neck and long sleeves and the top is ribbed and has a high neck and",
            failure="loop",
            hit_limit=True,
        ),
        Q.sleeve_length("short sleeves", failure="contradiction"),
        title="H&M Women Beige Rib-Knit Fitted Top",
        category="Tops",
        color="Beige",
        gender="Women",
    ),
    # photo: black satin long-sleeve shirt with one chest pocket, black trousers (all black), grey backdrop.
    # VQA adapter (caption, open); reference engine (closed).
    case(
        "X835-025",
        caption("a woman wearing a black shirt and black pants standing against a gray background"),
        wearing("all black outfit"),
        Q.color("black"),
        Q.material("satin"),
        describe(
            "shirt",
            "Question: Describe the shirt. Answer: Question: Describe the shirt. Answer: Question: Describe the",
            failure="leak",
            hit_limit=True,
        ),
        details(
            "shirt",
            "the shirt has a collar and buttons down the front and long sleeves with cuffs and a pocket on the",
            failure="cut",
            hit_limit=True,
        ),
        title="Trendyol Women Black Satin Finish Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Women",
    ),
    # photo: cobalt blue blouse with a white and yellow floral print, long balloon sleeves, tie neck, white jeans,
    # white backdrop. VQA adapter (caption, open); reference engine (closed).
    case(
        "X835-026",
        caption("a woman in a blue floral blouse and white pants"),
        wearing("a blue floral top and white jeans"),
        Q.color("blue"),
        Q.pattern("floral"),
        details("blouse", "tie neck and a ruffled hem with a button at each cuff", failure="unsupported"),
        color_of("blouse", "yellow", failure="contradiction", kind="open"),
        Q.garment_type("dress", failure="contradiction"),
        title="Marks & Spencer Women Blue Floral Print Tie-Neck Blouse",
        category="Tops",
        color="Blue",
        gender="Women",
    ),
    # photo: black oversized t-shirt with white "BROOKLYN" lettering on the front, short sleeves, frayed blue denim
    # shorts, white sneakers, white backdrop. VQA adapter (caption, open); reference engine (closed).
    case(
        "X835-027",
        caption("a woman wearing a black t-shirt with the word brooklyn on it and blue shorts"),
        wearing(
            "a black t-shirt with white letters on the front and a pair of blue denim shorts with frayed hems and "
            "white",
            failure="cut",
            hit_limit=True,
        ),
        Q.pattern("graphic"),
        color_of("t-shirt", "blue", failure="other_garment_color", kind="open"),
        details(
            "t-shirt", "the t-shirt has a graphic print on the front that says new york city", failure="unsupported"
        ),
        Q.sleeve_length("short sleeves"),
        title="Tokyo Talkies Women Black Typography Printed Oversized T-shirt",
        category="Tshirts",
        color="Black",
        gender="Women",
    ),
    # photo: co-ord set, yellow short-sleeve crop top with matching yellow midi skirt with a side slit, white
    # sneakers, white backdrop. VQA adapter (caption, open); reference engine (closed).
    case(
        "X835-028",
        caption("a woman in a yellow top and skirt"),
        wearing("a yellow crop top and a yellow skirt"),
        Q.color("yellow"),
        is_a("dress", "no"),
        describe("skirt", "no", failure="non_answer"),
        Q.material("linen", failure="unsupported"),
        details("top", "the top has a", failure="cut"),
        title="Sera Women Yellow Solid Crop Top with Midi Skirt Co-Ord Set",
        category="Co-Ords",
        color="Yellow",
        gender="Women",
    ),
    # photo: teal sleeveless shirt-style top with a collar and button front, white trousers, white backdrop.
    # VQA adapter (caption, open); reference engine (closed).
    case(
        "X835-029",
        caption("a woman in a blue sleeveless top and white pants"),
        wearing("blue shirt and white pants"),
        Q.color("white", failure="other_garment_color"),
        Q.sleeve_length("short sleeves", failure="contradiction"),
        details("top", "collar and buttons down the front"),
        color_of("pants", "blue", failure="contradiction", kind="open"),
        title="AND Women Teal Solid Sleeveless Shirt Style Top",
        category="Tops",
        color="Teal",
        gender="Women",
    ),
    # photo: coral short-sleeve top with a smocked waist and round neck, light blue jeans, hands on hips, white
    # backdrop. VQA adapter (caption, open); reference engine (closed).
    case(
        "X835-030",
        caption(
            "a woman wearing a pink top with smocking at the waist and blue jeans standing in front of a white wall "
            "with her hands on her hips and looking at the camera with her hair pulled back in a",
            failure="cut",
            hit_limit=True,
        ),
        wearing("a pink top and jeans"),
        Q.color("coral"),
        describe("top", "the top is a top", failure="restated"),
        details("top", "smocking at the waist"),
        Q.pattern("solid"),
        Q.material("georgette", failure="unsupported"),
        title="Style Quotient Women Coral Solid Smocked Top",
        category="Tops",
        color="Coral",
        gender="Women",
    ),
    # photo: white short-sleeve t-shirt with a red batwing logo on the chest, tucked into black jeans, white backdrop.
    # VQA adapter (caption, open); reference engine (closed).
    case(
        "X835-031",
        caption("a woman in a white t-shirt with a red logo and black jeans"),
        wearing("a white shirt and black jeans", who="she"),
        Q.color("red", failure="contradiction"),
        details(
            "t-shirt",
            "the t-shirt has a red logo on the front and the t-shirt has a red logo on the front and the t-shirt",
            failure="loop",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.material("cotton"),
        title="Levis Women White Brand Logo Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: co-ord set, black and white checked short-sleeve shirt with matching checked shorts, black ankle boots,
    # grey backdrop. VQA adapter (caption, open); reference engine (closed).
    case(
        "X835-032",
        caption("a woman wearing a black and white checkered shirt and shorts standing in front of a grey wall"),
        wearing("a checkered shirt and shorts"),
        Q.pattern("checked"),
        Q.color("grey", failure="contradiction"),
        is_a("jacket", "yes", failure="contradiction"),
        details("shorts", "the shorts are short", failure="non_answer"),
        Q.garment_type("co-ord set"),
        title="Vero Moda Women Black & White Checked Shirt with Shorts Co-Ords",
        category="Co-Ords",
        color="Black",
        gender="Women",
    ),
    # photo: green shirt with a white floral print, long sleeves, white jeans, white backdrop.
    # VQA adapter (caption, open); reference engine (closed).
    case(
        "X835-033",
        caption(
            "Question: What is the color of the shirt? Answer: green Question: What is the color of the pants? "
            "Answer: white Question",
            failure="leak",
            hit_limit=True,
        ),
        wearing("a green floral shirt and white jeans", who="she"),
        Q.color("green"),
        Q.pattern("floral"),
        color_of("shirt", "white", failure="other_garment_color", kind="open"),
        describe("shirt", "she is wearing a green shirt with white flowers on it"),
        title="Harpa Women Green & White Floral Print Casual Shirt",
        category="Shirts",
        color="Green",
        gender="Women",
    ),
    # photo: maroon and navy checked flannel shirt with two flap chest pockets, sleeves down, worn open over a black
    # t-shirt, blue jeans, white backdrop. VQA adapter (caption, open); reference engine (closed).
    case(
        "X835-034",
        caption("a woman wearing a red plaid shirt over a black t-shirt and blue jeans"),
        wearing("Question: What is the person wearing? Answer: a red plaid shirt", failure="leak"),
        Q.color("black", failure="other_garment_color"),
        Q.pattern("checked"),
        details("shirt", "the shirt has two pockets on the front and the sleeves are rolled up", failure="unsupported"),
        Q.material("flannel"),
        is_a("jacket", "no"),
        title="Roadster Women Maroon & Navy Blue Checked Flannel Casual Shirt",
        category="Shirts",
        color="Maroon",
        gender="Women",
    ),
    # photo: lime green satin camisole with thin straps and a cowl neck, white wide-leg trousers, white backdrop.
    # VQA adapter (caption, open); reference engine (closed).
    case(
        "X835-035",
        caption("a woman in a green tank top and white pants"),
        wearing("he is wearing a green tank top and white pants", failure="pronoun"),
        describe("top", "yes", failure="non_answer"),
        Q.sleeve_length("sleeveless"),
        neck("cowl neck"),
        Q.material("cotton", failure="contradiction"),
        color_of(
            "top",
            "green green green green green green green green green green green green green green green green green",
            failure="loop",
            kind="open",
            hit_limit=True,
        ),
        title="FabAlley Women Lime Green Satin Cowl Neck Cami Top",
        category="Tops",
        color="Lime Green",
        gender="Women",
    ),
    # photo: navy long-sleeve formal shirt with a pocket on the left chest and plain cuffs, tucked into beige
    # trousers, grey backdrop. VQA adapter (caption, open); reference engine (closed).
    case(
        "X835-036",
        caption("a woman in a navy blue shirt and khaki pants"),
        wearing(
            "a blue shirt and tan pants and a blue shirt and tan pants and a blue shirt and tan pants and a blue shirt",
            failure="loop",
            hit_limit=True,
        ),
        Q.color("navy blue"),
        describe(
            "shirt",
            "the shirt is blue and has a collar and long sleeves and buttons down the front and a pocket on the left",
            failure="cut",
            hit_limit=True,
        ),
        details("shirt", "the shirt has french cuffs and a hidden button placket", failure="unsupported"),
        Q.garment_type("blouse"),
        is_a("shirt", "no", failure="contradiction"),
        title="Van Heusen Woman Navy Blue Solid Slim Fit Formal Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black sleeveless corset top with a sweetheart neck (front view, no lacing or zip visible), light blue mom
    # jeans, white backdrop. VQA adapter (caption, open); reference engine (closed).
    case(
        "X835-037",
        caption("a woman wearing a black corset top and blue jeans"),
        wearing("she is wearing a black top and blue jeans", who="she"),
        color_of("top", "blue", failure="other_garment_color"),
        Q.sleeve_length("sleeveless"),
        details("top", "the top has a lace up back and a zipper on the side", failure="unsupported"),
        Q.material("leather", failure="unsupported"),
        neck("sweetheart neck"),
        title="SASSAFRAS Women Black Solid Corset Style Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: baby pink polo t-shirt with a two-button placket, white jeans, white sneakers, white backdrop.
    # VQA adapter (caption, open); reference engine (closed).
    case(
        "X835-038",
        caption(
            "a woman in a pink polo shirt and white pants and white shoes and white shoes and white shoes and white "
            "shoes and white shoes and white shoes and white shoes and white shoes and",
            failure="loop",
            hit_limit=True,
        ),
        wearing("pink shirt and white pants", who="she"),
        Q.color("white", failure="other_garment_color"),
        details("shirt", "collar, two buttons"),
        Q.garment_type("t-shirt"),
        describe("shirt", "he is wearing a pink polo shirt", failure="pronoun"),
        title="Allen Solly Woman Pink Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Pink",
        gender="Women",
    ),
    # photo: indigo cotton tunic top with a white block print, three-quarter sleeves, white cigarette pants, white
    # backdrop. VQA adapter (caption, open); reference engine (closed).
    case(
        "X835-039",
        caption("a woman wearing a blue and white kurta and white pants"),
        wearing("blue printed top and white leggings"),
        Q.pattern("printed"),
        Q.color("white", failure="other_garment_color"),
        details("top", "Question: What are the top details? Answer: the top details are", failure="leak"),
        Q.material("cotton"),
        title="Biba Women Indigo Blue Printed Pure Cotton Tunic",
        category="Tops",
        color="Blue",
        gender="Women",
    ),
    # photo: co-ord set, grey and white fine-striped knit t-shirt with matching shorts with a drawstring waist,
    # barefoot, white backdrop. Row lacks the color column. VQA adapter (caption, open); reference engine (closed).
    case(
        "X835-040",
        caption("a woman wearing a gray striped shirt and shorts"),
        wearing("a grey and white striped t-shirt and shorts"),
        Q.pattern("striped"),
        Q.color("grey"),
        describe("t-shirt", "gray", failure="non_answer"),
        details(
            "shorts",
            "the shorts have a drawstring at the waist and pockets on the sides and a drawstring at the waist and",
            failure="loop",
            hit_limit=True,
        ),
        title="ONLY Women Grey Striped T-shirt with Shorts Co-Ords",
        category="Co-Ords",
        gender="Women",
    ),
    # photo: off-white crochet sleeveless top with a scalloped hem, tan linen trousers, straw bag in her left hand,
    # right hand on hip, hair down, beige backdrop. VQA adapter (caption, open); reference engine (closed).
    case(
        "X835-041",
        caption(
            "a woman in a white crochet top and brown pants holding a straw bag in her left hand and standing in front "
            "of a beige wall with her right hand on her hip and her hair down over her",
            failure="cut",
            hit_limit=True,
        ),
        wearing("a white top and brown pants"),
        Q.color("white"),
        Q.material("crochet"),
        color_of("top", "brown", failure="other_garment_color", kind="open"),
        details(
            "top",
            "the top is made of crochet and has a scalloped hem at the bottom and the top is made of crochet and has",
            failure="loop",
            hit_limit=True,
        ),
        title="Mango Women Off White Crochet Sleeveless Top",
        category="Tops",
        color="Off White",
        gender="Women",
    ),
    # photo: purple square-neck top with long puff sleeves gathered at the shoulders and cuffs, black trousers, white
    # backdrop. VQA adapter (caption, open); reference engine (closed).
    case(
        "X835-042",
        caption("a woman wearing a purple top with puffy sleeves and black pants"),
        wearing("purple", failure="non_answer"),
        Q.sleeve_length("long sleeves"),
        Q.color("black", failure="other_garment_color"),
        describe(
            "top",
            "the top is purple and has puff sleeves that are gathered at the shoulders and cuffs and a square neckline"
            " that",
            failure="cut",
            hit_limit=True,
        ),
        color_of("pants", "purple", failure="contradiction", kind="open"),
        Q.material("velvet", failure="unsupported"),
        title="Tokyo Talkies Women Purple Puff Sleeve Square Neck Top",
        category="Tops",
        color="Purple",
        gender="Women",
    ),
    # photo: co-ord set, rust short-sleeve button-down shirt and matching rust wide-leg trousers (linen-look weave),
    # brown sandals, white backdrop. VQA adapter (caption, open); reference engine (closed).
    case(
        "X835-043",
        caption("a woman in an orange jumpsuit", failure="contradiction"),
        wearing("an orange shirt and matching pants"),
        Q.color("rust"),
        is_a("shirt", "yes"),
        details("shirt", "the shirt has a collar"),
        Q.material("linen", failure="unsupported"),
        describe(
            "pants",
            "Question: Describe the pants. Answer: the pants are orange and wide. Question: Describe the shirt. "
            "Answer:",
            failure="leak",
            hit_limit=True,
        ),
        title="Mabish by Sonal Jain Women Rust Orange Solid Shirt with Trousers Co-Ord Set",
        category="Co-Ords",
        color="Rust",
        gender="Women",
    ),
    # photo: white oversized long-sleeve shirt with dropped shoulders and a curved hem, black bike shorts, white
    # backdrop (white on white). Row lacks the category column. VQA adapter (caption, open); reference engine (closed).
    case(
        "X835-044",
        caption("a woman wearing a white shirt dress", failure="contradiction"),
        wearing("white shirt"),
        Q.color("black", failure="other_garment_color"),
        details("shirt", "oversized fit with a curved hem and dropped shoulders"),
        Q.garment_type("shirt"),
        Q.sleeve_length("long sleeves"),
        describe(
            "shirt", "the shirt is white with a small embroidered logo on the chest pocket", failure="unsupported"
        ),
        title="Berrylush Women White Solid Oversized Casual Shirt",
        color="White",
        gender="Women",
    ),
    # photo: co-ord set, mustard ribbed sleeveless tank and matching mustard high-waist flared pants with an elastic
    # waistband, white backdrop. VQA adapter (caption, open); reference engine (closed).
    case(
        "X835-045",
        caption(
            "Question: what is the color of the pants? Answer: yellow Question: what is the color of the top? Answer: "
            "yellow Question: what",
            failure="leak",
            hit_limit=True,
        ),
        wearing("yellow top and pants", who="she"),
        Q.color("mustard"),
        Q.sleeve_length("sleeveless"),
        details(
            "pants",
            "the pants are flared at the bottom and have a high waist and an elastic waistband and the pants are made"
            " of a",
            failure="cut",
            hit_limit=True,
        ),
        Q.material("ribbed knit"),
        describe("top", "he is wearing a yellow tank top", failure="pronoun"),
        title="StyleStone Women Mustard Ribbed Tank Top with Flared Trousers Co-Ords",
        category="Co-Ords",
        color="Mustard",
        gender="Women",
    ),
    # photo: black short-sleeve shirt with a white abstract print, tied at the waist, blue denim shorts, white
    # backdrop. VQA adapter (caption, open); reference engine (closed).
    case(
        "X835-046",
        caption("a woman wearing a black and white shirt and blue shorts"),
        wearing("black printed shirt tied at the waist and denim shorts"),
        Q.pattern("printed"),
        Q.color("blue", failure="other_garment_color"),
        details("shirt", "what are the shirt details", failure="restated"),
        color_of("shorts", "black", failure="contradiction", kind="open"),
        title="Kassually Women Black & White Abstract Printed Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Women",
    ),
]
