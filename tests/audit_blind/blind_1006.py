"""BLIND_1006 (46 products; older Myntra topwear feed (M/W), VQA adapter): written blind in the fifty-eighth session.
Measured blind at fbe889a (the session's fifth rules): 129/141 failures found (91.5%) and 9/200 correct texts flagged
(4.5%). The writer's notes, verbatim:

Scenario: the older Myntra "Fashion Product Images" feed, the kind of rows in shared/realphotos: short seller titles
("Arrow Men Lavender Shirt"), gender Men/Women, article_type as category (Tshirts, Shirts, Tops, Kurtas, Sweaters,
Sweatshirts, Jackets), base_colour as color; a few rows lack the color or the gender column. Photos are 224x224
catalog shots on a white backdrop, front view, the model wearing the product with other clothes (jeans, trousers,
leggings, a tee under an open jacket or cardigan).

Who wrote what: everything comes from blip2-opt-2.7b with the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA).
Captions are its prompt-free generation (50 tokens): usually a short base-like "a man in a ... and ..." line, but the
adapter, trained on the Question/Answer format with no end token, sometimes runs on into a loop, a cut, or a leaked
"Question: ... Answer:" pair, and once returns one word. Open answers (wearing, describe, details, material, color
of the other garment) are greedy free generation at 30 tokens: mostly one short line that stops at the newline, a
share running on (loops of a phrase or a word, sentences cut at the limit, the next question leaked). It answers
"yes" or a single word to open prompts now and then (its yes/no training), gives the jeans' or the inner tee's color
to the product, says "he" for women, invents pockets, zips, hoods and fibers. Closed answers (color, pattern,
sleeve length, garment type, "Is this a ...?") come from enrich's --engine reference: one candidate, never a loop
or a cut, but wrong candidates happen (another garment's color, "dress" for a kurta, "striped" for checks).

Labeling conventions and judgement calls:
- The truth is the photo as described in each "# photo:" comment; where the seller's color is a shade of what the
  photo shows (Navy Blue, Maroon, Cream, Mustard, Lavender, Olive, Peach) the family name (blue, red, white,
  yellow, purple, green, pink) or the shade counts as right.
- other_garment_color: the product (the catalog row's garment) is given the color of another garment in the photo
  (jeans, trousers, the tee under a jacket, the shirt under a sweater). The reverse, another garment given the
  product's color (the jeans called white like the shirt) is one color for two garments and labelled contradiction.
- A print's or logo's color given as the garment's color (pink letters on a grey hoodie) is a contradiction.
- contradiction also covers a wrong garment type, pattern or sleeve length, and a wrong "yes"/"no"; rolled-up long
  sleeves are long. A kurta called "dress" is a contradiction (the photo shows trousers or leggings under it);
  "tunic" or "kurti" is right.
- unsupported: an invented detail (pocket, zip, hood, cufflinks, jewellery, a handbag, a back print on a front view)
  and any fiber claim the photo does not show and the title does not state (silk, satin, leather, cashmere).
  "cotton" for plain jersey or a matte kurta, "wool" for a visible chunky knit, "denim", "flannel" and "fleece" where
  visible, and "silk" where the title says silk are counted right.
- loop: the text repeats a phrase or word until the limit (hit_limit=True); a leak that also repeats is a leak.
- cut: otherwise correct text that stops mid-phrase at the limit (hit_limit=True).
- leak: any "Question:" or "Answer:" in the output, or the question echoed back before the answer.
- non_answer: one word or a bare yes/no to an open question, including a one-word caption; restated: the question's
  own words handed back ("the t-shirt details are the t-shirt details"). A short but informative answer such as
  "a green top" for "Describe the top." is counted right.
- pronoun: "he" for a woman or "she" for a man (gender column); one caption says "a man" for a women's product
  and is labelled pronoun too.
- Each text carries at most one label: the one a reviewer would name first.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

Q = BLIND_QUESTIONS

BLIND_1006 = [
    # photo: man in a plain navy crew-neck short-sleeve tee, light blue jeans, white backdrop, front view.
    #   All texts VQA adapter; closed answers by the reference engine.
    case(
        "X1006-001",
        caption("a man wearing a navy blue t-shirt and jeans"),
        wearing("a blue tee and jeans", who="he"),
        color_of("t-shirt", "navy blue"),
        describe("t-shirt", "a navy blue t-shirt with a round neck and short sleeves"),
        details("t-shirt", "the t-shirt has a pocket on the left chest and a small logo on the sleeve", "unsupported"),
        Q.pattern("solid"),
        is_a("polo shirt", "yes", "contradiction"),
        color_of("jeans", "light blue", kind="open"),
        title="Proline Men Navy Blue T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a sleeveless peach chiffon top with a gathered neckline, white skinny jeans, white backdrop,
    #   hands empty. VQA adapter; closed by the reference engine.
    case(
        "X1006-002",
        caption("a woman in a pink top and white pants holding a handbag", "unsupported"),
        wearing("she is wearing a peach blouse and white jeans", who="she"),
        color_of("top", "white", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        describe(
            "top",
            "a peach sleeveless top with a ruffled neckline and a ruffled neckline and a ruffled neckline and a"
            " ruffled neckline and a",
            "loop",
            hit_limit=True,
        ),
        Q.material("chiffon"),
        is_a("dress", "no"),
        title="Vero Moda Women Peach Top",
        category="Tops",
        color="Peach",
        gender="Women",
    ),
    # photo: man in a white full-sleeve shirt with thin blue checks, button-down collar, one chest pocket, worn
    #   untucked over dark navy chinos, white backdrop. VQA adapter; closed by the reference engine.
    case(
        "X1006-003",
        caption("a man in a white and blue checkered shirt and blue pants"),
        wearing("he is wearing a white checked shirt and navy pants", who="he"),
        color_of("shirt", "white"),
        Q.pattern("checked"),
        describe(
            "shirt",
            "the shirt is a white shirt with blue checks Answer: the shirt is a white shirt with blue checks",
            "leak",
        ),
        details(
            "shirt",
            "the shirt has a button down collar, a chest pocket and a button down collar, a chest pocket and a button"
            " down collar, a chest",
            "loop",
            hit_limit=True,
        ),
        color_of("pants", "white", "contradiction", kind="open"),
        Q.sleeve_length("long"),
        title="Wrangler Men Check White Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: woman in a maroon straight knee-length cotton kurta with a gold block print on the yoke, side slits,
    #   three-quarter sleeves, white leggings, white backdrop. VQA adapter; closed by the reference engine.
    case(
        "X1006-004",
        caption("a woman wearing a maroon kurta and white leggings"),
        wearing("a maroon tunic with gold print and white leggings", who="she"),
        Q.garment_type("dress", "contradiction"),
        Q.color("maroon"),
        Q.sleeve_length("three-quarter"),
        details("kurta", "the kurta has gold print on the yoke and side slits"),
        Q.material("silk", "unsupported"),
        describe(
            "kurta", "she is wearing a maroon kurta Question: What is the color of the leggings? Answer: white", "leak"
        ),
        title="Biba Women Maroon Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: man in a grey melange crew-neck sweatshirt, long sleeves, ribbed cuffs, small black cat logo on the
    #   chest, black track pants with a white side stripe, white backdrop. VQA adapter; closed by reference engine.
    case(
        "X1006-005",
        caption(
            "a man wearing a grey sweatshirt and black pants Question: What is the color of the sweatshirt? Answer:"
            " grey Question: What is the color of the pants? Answer:",
            "leak",
            hit_limit=True,
        ),
        wearing(
            "he is wearing a grey sweatshirt with a black logo on the chest and black track pants with a white stripe"
            " on the side of the",
            "cut",
            who="he",
            hit_limit=True,
        ),
        color_of("sweatshirt", "black", "other_garment_color"),
        is_a("hoodie", "no"),
        describe("sweatshirt", "grey", "non_answer"),
        Q.material("cotton"),
        title="Puma Men Grey Melange Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman in a lavender short-sleeve v-neck training tee with a white swoosh on the chest, black capri
    #   leggings, white backdrop. VQA adapter; closed by the reference engine.
    case(
        "X1006-006",
        caption("a woman in a purple shirt and black leggings"),
        wearing("he is wearing a purple tee and black leggings", "pronoun"),
        color_of("t-shirt", "purple"),
        describe("t-shirt", "a lavender v neck tee with a white nike logo on the chest"),
        details("t-shirt", "the t-shirt details are the t-shirt details", "restated"),
        Q.sleeve_length("short"),
        color_of("leggings", "purple", "contradiction", kind="open"),
        title="Nike Women Lavender T-shirt",
        category="Tshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: man in a black nylon bomber jacket with ribbed collar and cuffs, zipped open over a plain white crew
    #   tee, blue jeans, white backdrop. VQA adapter; closed by the reference engine.
    case(
        "X1006-007",
        caption("a man wearing a black jacket and a white t-shirt"),
        wearing("he is wearing a black jacket over a white t-shirt and blue jeans", who="he"),
        color_of("jacket", "white", "other_garment_color"),
        Q.garment_type("jacket"),
        details("jacket", "the jacket has a zipper and a ribbed collar and cuffs"),
        Q.material("leather", "unsupported"),
        is_a("jacket", "yes"),
        color_of("shirt", "black", "contradiction", kind="open"),
        title="Roadster Men Black Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: woman in an olive full-sleeve shirt with two flap chest pockets, sleeves rolled up with tabs, tucked
    #   into blue jeans, brown belt, white backdrop. VQA adapter; closed by the reference engine.
    case(
        "X1006-008",
        caption("a woman wearing a green shirt and jeans"),
        wearing("she is wearing a green shirt and blue jeans with a brown belt", who="she"),
        color_of("shirt", "green"),
        describe("shirt", "an olive green shirt with rolled up sleeves tucked into blue jeans"),
        details(
            "shirt",
            "the shirt has two flap pockets on the chest and roll up sleeves Question: What are the jeans details?"
            " Answer: the jeans have",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        color_of("jeans", "green", "contradiction", kind="open"),
        title="Arrow Woman Olive Shirt",
        category="Shirts",
        color="Olive",
        gender="Women",
    ),
    # photo: man in a long cream cotton kurta, mandarin collar, button placket with wooden buttons, full sleeves,
    #   white pyjama, white backdrop. VQA adapter; closed by the reference engine.
    case(
        "X1006-009",
        caption("a man in a white kurta and white pants standing in front of a white wall"),
        wearing("he is wearing a white kurta pajama", who="he"),
        Q.color("white"),
        Q.garment_type("kurta"),
        details(
            "kurta",
            "the kurta has a mandarin collar and a button placket with wooden buttons and a button placket with"
            " wooden buttons and a button placket with",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("short", "contradiction"),
        Q.material("cotton"),
        describe("kurta", "the kurta is a kurta", "restated"),
        title="Fabindia Men Cream Kurta",
        category="Kurtas",
        color="Cream",
        gender="Men",
    ),
    # photo: woman in a red cable-knit round-neck pullover, long sleeves, black jeans, ankle boots, full length,
    #   white backdrop. VQA adapter; closed by the reference engine.
    case(
        "X1006-010",
        caption(
            "a woman in a red sweater and black jeans and black boots and black boots and black boots and black boots"
            " and black boots and black boots and black boots and black boots",
            "loop",
            hit_limit=True,
        ),
        wearing("a red sweater", who="she"),
        color_of("sweater", "red"),
        Q.pattern("striped", "contradiction"),
        describe(
            "sweater",
            "a red cable knit sweater with a round neck and long sleeves and a round neck and long sleeves and a round"
            " neck and long sleeves and",
            "loop",
            hit_limit=True,
        ),
        Q.material("wool"),
        is_a("cardigan", "yes", "contradiction"),
        title="Vero Moda Women Red Sweater",
        category="Sweaters",
        color="Red",
        gender="Women",
    ),
    # photo: man in a black crew tee with a large white skull and red roses graphic on the chest, short sleeves,
    #   grey jeans, white backdrop, front view only. VQA adapter; closed by the reference engine.
    case(
        "X1006-011",
        caption("a man wearing a black t-shirt with a skull on it"),
        wearing("a black graphic tee", who="he"),
        color_of("t-shirt", "black"),
        Q.pattern("printed"),
        describe(
            "t-shirt", "a black t-shirt with a white skull and red roses print on the front and the back", "unsupported"
        ),
        details("t-shirt", "yes", "non_answer"),
        color_of("jeans", "black", "contradiction", kind="open"),
        title="Flying Machine Men Printed Black Tshirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a royal blue sleeveless A-line kurta with a white floral print, round neck, flared hem, white
    #   palazzo trousers, white backdrop. VQA adapter; closed by the reference engine.
    case(
        "X1006-012",
        caption("a woman in a blue and white floral dress", "contradiction"),
        wearing("she is wearing a blue printed kurta and white palazzo pants", who="she"),
        Q.color("blue"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        details(
            "kurta",
            "the kurta has a round neck and a flared hem and the kurta has a round neck and a flared hem and the kurta"
            " has a round neck and",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        color_of("pants", "white", kind="open"),
        title="Global Desi Women Blue Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a pale pink formal shirt, full sleeves with plain button cuffs, spread collar, tucked into
    #   charcoal trousers, black belt, white backdrop. VQA adapter; closed by the reference engine.
    case(
        "X1006-013",
        caption("a man in a pink shirt and grey pants"),
        wearing("she is wearing a pink shirt and grey trousers", "pronoun", who="he"),
        color_of("shirt", "pink"),
        describe("shirt", "a light pink formal shirt with a spread collar tucked into grey trousers"),
        details("shirt", "the shirt has french cuffs with silver cufflinks", "unsupported"),
        Q.sleeve_length("long"),
        color_of("pants", "grey", kind="open"),
        Q.material("silk", "unsupported"),
        title="Reid & Taylor Men Pink Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: woman in a black short-sleeve peplum top with a round neck, blue denim shorts, white backdrop, front
    #   view. VQA adapter; closed by the reference engine.
    case(
        "X1006-014",
        caption("a woman wearing a black top and denim shorts"),
        wearing("a black top and blue shorts", who="she"),
        color_of("top", "blue", "other_garment_color"),
        Q.garment_type("top"),
        describe("top", "a black peplum top with short sleeves and a round neck"),
        details("top", "the top has a zip at the back", "unsupported"),
        color_of(
            "shorts",
            "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue"
            " blue blue blue blue blue blue blue blue blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        title="Mango Women Black Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: man in a navy v-neck pullover over a white collared shirt (collar and cuffs showing), khaki chinos,
    #   white backdrop. VQA adapter; closed by the reference engine.
    case(
        "X1006-015",
        caption("a man wearing a blue sweater over a white shirt"),
        wearing("he is wearing a navy blue sweater over a white collared shirt and khaki pants", who="he"),
        color_of("sweater", "navy blue"),
        color_of("shirt", "white", kind="open"),
        Q.color("white", "other_garment_color"),
        describe(
            "sweater",
            "a navy blue v neck sweater worn over a white collared shirt with the collar out and the cuffs of the"
            " shirt showing at the",
            "cut",
            hit_limit=True,
        ),
        is_a("sweater", "yes"),
        Q.material("cashmere", "unsupported"),
        title="Allen Solly Men Navy Sweater",
        category="Sweaters",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a grey hooded sweatshirt with pink "BROOKLYN" lettering, kangaroo pocket, black leggings,
    #   white backdrop. VQA adapter; closed by the reference engine.
    case(
        "X1006-016",
        caption("a woman wearing a grey hoodie with pink letters"),
        wearing(
            "a grey hoodie Question: What is the color of the hoodie? Answer: grey Question: What is the color of the",
            "leak",
            who="she",
            hit_limit=True,
        ),
        color_of("hoodie", "pink", "contradiction"),
        Q.pattern("printed"),
        is_a("hoodie", "yes"),
        describe("hoodie", "a grey hoodie with a kangaroo pocket and pink brooklyn text on the front"),
        details("hoodie", "hoodie", "non_answer"),
        title="Roadster Women Grey Sweatshirt",
        category="Sweatshirts",
        color="Grey",
        gender="Women",
    ),
    # photo: man in a red short-sleeve polo with navy collar tipping and a small navy embroidered logo, khaki
    #   chinos, white backdrop. VQA adapter; closed by the reference engine.
    case(
        "X1006-017",
        caption(
            "a man in a red polo shirt and khaki pants with a red polo shirt and khaki pants with a red polo shirt and"
            " khaki pants with a red polo",
            "loop",
            hit_limit=True,
        ),
        wearing("a red polo shirt", who="he"),
        color_of("shirt", "red"),
        details(
            "shirt",
            "the shirt has a collar and a button placket and a logo on the chest and a collar and a button placket"
            " and a logo on the chest and a",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("polo shirt"),
        Q.sleeve_length("long", "contradiction"),
        color_of("pants", "khaki", kind="open"),
        title="U.S. Polo Assn. Men Red Polo Tshirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: woman in a white formal full-sleeve shirt of matte cotton, tucked into a black pencil skirt, white
    #   backdrop (white on white). VQA adapter; closed by the reference engine.
    case(
        "X1006-018",
        caption("a woman in a white shirt and a black skirt"),
        wearing("he is wearing a white shirt and black skirt", "pronoun", who="she"),
        color_of("shirt", "black", "other_garment_color"),
        describe("shirt", "a white button down shirt with long sleeves tucked into a black pencil skirt"),
        details("shirt", "the shirt details", "restated"),
        color_of("skirt", "black", kind="open"),
        Q.material("satin", "unsupported"),
        title="Van Heusen Women White Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: man in an olive padded nylon puffer jacket, zipped, with a hood, long sleeves, black trousers, white
    #   backdrop. VQA adapter; closed by the reference engine.
    case(
        "X1006-019",
        caption("a man wearing a green jacket with a hood"),
        wearing("he is wearing an olive green puffer jacket with a hood and black pants", who="he"),
        color_of("jacket", "black", "other_garment_color"),
        details(
            "jacket",
            "the jacket has a hood and a zipper and a zipper and a zipper and a zipper and a zipper and a zipper and a"
            " zipper and a zipper",
            "loop",
            hit_limit=True,
        ),
        is_a("jacket", "yes"),
        Q.material("denim", "unsupported"),
        Q.sleeve_length("long"),
        describe("jacket", "jacket", "non_answer"),
        title="Wildcraft Men Olive Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in a white top with a red, blue and yellow aztec print all over, round neck, short flutter
    #   sleeves, blue jeans, white backdrop. VQA adapter; closed by the reference engine. Row lacks the category.
    case(
        "X1006-020",
        caption("a woman wearing a colorful printed top and blue jeans"),
        wearing("she is wearing a white printed blouse and jeans", who="she"),
        Q.color("white"),
        Q.pattern("printed"),
        describe("top", "a white top with a red and blue aztec print and flutter sleeves"),
        details(
            "top",
            "the top has flutter sleeves and a round neck with a red and blue and yellow print all over the front and"
            " the sleeves and the hem of the",
            "cut",
            hit_limit=True,
        ),
        is_a("blouse", "yes"),
        Q.sleeve_length("long", "contradiction"),
        title="Femella Women Multi Top",
        color="Multi",
        gender="Women",
    ),
    # photo: man in a blue and white gingham short-sleeve shirt, untucked, beige shorts, hands in pockets, smiling,
    #   white backdrop. VQA adapter; closed by the reference engine. Row lacks the color.
    case(
        "X1006-021",
        caption(
            "a man in a blue and white checkered shirt and khaki shorts standing in front of a white background with"
            " his hands in his pockets and looking at the camera with a smile on his face and",
            "cut",
            hit_limit=True,
        ),
        wearing("a plaid shirt and shorts", who="he"),
        color_of("shirt", "blue"),
        Q.pattern("striped", "contradiction"),
        Q.sleeve_length("short"),
        describe("shirt", "the shirt is a shirt", "restated"),
        color_of("shorts", "blue", "contradiction", kind="open"),
        title="Peter England Men Check Shirt",
        category="Shirts",
        gender="Men",
    ),
    # photo: woman in a light-wash blue denim jacket, unbuttoned, two button-flap chest pockets, metal buttons,
    #   over a black tank top, black jeans, white backdrop. VQA adapter; closed by the reference engine.
    case(
        "X1006-022",
        caption("a woman in a denim jacket and black pants"),
        wearing("she is wearing a blue denim jacket over a black top and black jeans", who="she"),
        color_of("jacket", "black", "other_garment_color"),
        Q.material("denim"),
        details("jacket", "the jacket has two chest pockets with button flaps and metal buttons down the front"),
        Q.garment_type("jacket"),
        describe("jacket", "a blue denim jacket with a fur collar", "unsupported"),
        color_of("top", "blue", "contradiction", kind="open"),
        title="Only Women Blue Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a plain white crew tee with a black swoosh on the chest, black shorts, white backdrop, front
    #   view. VQA adapter; closed by the reference engine.
    case(
        "X1006-023",
        caption("a man in a white shirt and black shorts"),
        wearing("he is wearing a white nike t shirt and black shorts", who="he"),
        color_of("t-shirt", "white"),
        describe("t-shirt", "white", "non_answer"),
        details(
            "t-shirt",
            "the t-shirt has a black nike logo on the chest and a black nike logo on the back and a black nike logo"
            " on the sleeve and a black nike logo on",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        Q.material("polyester mesh", "unsupported"),
        title="Nike Men White Tshirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: woman in a bottle green straight kurta, mandarin collar, gold buttons, full plain sleeves, beige
    #   trousers, no jewellery, white backdrop. VQA adapter; closed by the reference engine.
    case(
        "X1006-024",
        caption("a woman wearing a green kurta with gold buttons and a gold necklace", "unsupported"),
        wearing(
            "she is wearing a green kurta and beige pants Question: What is she wearing? Answer: she is wearing a"
            " green kurta and beige pants Question",
            "leak",
            who="she",
            hit_limit=True,
        ),
        Q.color("green"),
        Q.garment_type("kurta"),
        Q.sleeve_length("long"),
        details("kurta", "the kurta has gold embroidery on the sleeves and the hem", "unsupported"),
        color_of("pants", "green", "contradiction", kind="open"),
        title="W Women Green Kurta",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: man in a navy crew-neck sweatshirt with a white "HRX" print on the chest, ribbed cuffs and hem, no
    #   hood, grey joggers, white backdrop. VQA adapter; closed by the reference engine.
    case(
        "X1006-025",
        caption("a man wearing a blue sweatshirt with the word hrx on it"),
        wearing("a blue sweatshirt and grey sweatpants", who="he"),
        color_of("sweatshirt", "grey", "other_garment_color"),
        is_a("sweatshirt", "yes"),
        describe("sweatshirt", "a navy blue sweatshirt with white hrx print on the chest and ribbed cuffs and hem"),
        details("sweatshirt", "the sweatshirt has a hood with drawstrings", "unsupported"),
        color_of("pants", "navy blue", "contradiction", kind="open"),
        title="HRX Men Navy Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a mustard-yellow tee with black "PUMA" text and cat print on the front, short rolled
    #   sleeves, blue denim shorts, white backdrop. VQA adapter; closed by the reference engine.
    case(
        "X1006-026",
        caption("a woman in a yellow t-shirt and denim shorts"),
        wearing("a yellow t shirt and blue shorts"),
        Q.color("yellow"),
        color_of(
            "t-shirt",
            "mustard yellow with black puma text on the front and a black puma cat on the front and a black puma cat"
            " on the front and a black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        Q.sleeve_length("short"),
        details("t-shirt", "the details of the t-shirt are", "restated"),
        describe("t-shirt", "he is wearing a yellow t-shirt with a black print", "pronoun"),
        Q.material("denim", "unsupported"),
        title="Puma Women Yellow Tshirt",
        category="Tshirts",
        color="Mustard",
        gender="Women",
    ),
    # photo: man in a black short-sleeve shirt with a mandarin collar and one chest pocket, white trousers, white
    #   backdrop. VQA adapter; closed by the reference engine.
    case(
        "X1006-027",
        caption("black", "non_answer"),
        wearing("he is wearing a black shirt and white pants", who="he"),
        color_of("shirt", "white", "other_garment_color"),
        color_of("pants", "white", kind="open"),
        describe("shirt", "a black short sleeve shirt with a mandarin collar"),
        details(
            "shirt",
            "a black shirt with a pocket on the left chest and a pocket on the right chest and a pocket on the left"
            " chest and a pocket on the right",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("shirt"),
        title="Mother Earth Men Black Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a beige chunky-knit open-front cardigan, long sleeves, over a white tee, blue jeans, white
    #   backdrop. VQA adapter; closed by the reference engine.
    case(
        "X1006-028",
        caption("a woman wearing a beige cardigan over a white shirt"),
        wearing("she is wearing a beige cardigan and a white t-shirt and blue jeans", who="she"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("cardigan"),
        is_a("cardigan", "yes"),
        describe("cardigan", "a cardigan", "non_answer"),
        Q.material("wool"),
        Q.sleeve_length("long"),
        title="Only Women Beige Sweater",
        category="Sweaters",
        color="Beige",
        gender="Women",
    ),
    # photo: man in a brown faux-leather biker jacket with an asymmetric zip and zipped pockets, no hood, open over
    #   a black tee, dark blue jeans, white backdrop. VQA adapter; closed by the reference engine. Row lacks gender.
    case(
        "X1006-029",
        caption("a man in a brown leather jacket and jeans"),
        wearing("he is wearing a brown leather jacket and a black shirt and blue jeans"),
        color_of("jacket", "brown"),
        details(
            "jacket",
            "the jacket has a zipper on the front and a zipper on the sleeves and a zipper on the pockets and a"
            " zipper on the front and a zipper on the",
            "loop",
            hit_limit=True,
        ),
        is_a("coat", "no"),
        color_of("shirt", "brown", "contradiction", kind="open"),
        describe("jacket", "a brown biker jacket with quilted shoulders and a removable hood", "unsupported"),
        Q.garment_type("jacket"),
        title="Fort Collins Men Brown Jacket",
        category="Jackets",
        color="Brown",
    ),
    # photo: woman in a white sleeveless top with black polka dots, round neck, navy trousers, white backdrop.
    #   VQA adapter; closed by the reference engine.
    case(
        "X1006-030",
        caption("a woman in a white and black polka dot top and blue pants"),
        wearing("she is wearing a white polka dot top and navy blue pants", who="she"),
        Q.color("white"),
        Q.pattern("striped", "contradiction"),
        Q.sleeve_length("sleeveless"),
        describe("top", "a white top with black polka dots and a round neck"),
        details("top", "yes", "non_answer"),
        color_of("pants", "white", "contradiction", kind="open"),
        title="Vero Moda Women White Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: man in a mid-grey heather v-neck short-sleeve tee, black jeans, white backdrop. VQA adapter; closed
    #   by the reference engine.
    case(
        "X1006-031",
        caption("a man wearing a black t-shirt and black jeans", "other_garment_color"),
        wearing(
            "he is wearing a grey v neck t shirt and black jeans Question: What is the color of the t shirt? Answer:"
            " grey",
            "leak",
            who="he",
        ),
        color_of("t-shirt", "grey"),
        describe("t-shirt", "a grey v-neck t-shirt with short sleeves"),
        Q.material("cotton"),
        is_a("polo shirt", "no"),
        details("t-shirt", "grey", "non_answer"),
        title="Proline Men Grey T-shirt",
        category="Tshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: woman in a pink straight kurta with white chikankari-style embroidery on the yoke, cuffs and hem,
    #   three-quarter sleeves, white leggings, white backdrop. VQA adapter; closed by the reference engine.
    case(
        "X1006-032",
        caption("a woman wearing a pink kurta with white embroidery"),
        wearing("a pink kurti", who="she"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("three-quarter"),
        details(
            "kurta",
            "the kurta has white embroidery on the yoke and the sleeves have white embroidery on the cuffs and the hem"
            " has white embroidery on the hem and the",
            "cut",
            hit_limit=True,
        ),
        describe("kurta", "pink", "non_answer"),
        Q.material("georgette", "unsupported"),
        title="Aurelia Women Pink Kurta",
        category="Kurtas",
        color="Pink",
        gender="Women",
    ),
    # photo: man in a maroon crew-neck sweater with a white and grey fair-isle band across the chest, ribbed
    #   collar, cuffs and hem, blue jeans, white backdrop. VQA adapter; closed by the reference engine.
    case(
        "X1006-033",
        caption("a man in a red sweater with a white pattern"),
        wearing("he is wearing a maroon sweater with a fair isle pattern on the chest and blue jeans", who="he"),
        color_of("sweater", "maroon"),
        Q.pattern("floral", "contradiction"),
        details(
            "sweater",
            "the sweater has a white and grey pattern on the chest and ribbed cuffs and a ribbed hem and a ribbed"
            " collar and ribbed cuffs and a ribbed hem",
            "loop",
            hit_limit=True,
        ),
        is_a("sweater", "yes"),
        describe(
            "sweater",
            "the sweater is a maroon sweater Question: Describe the jeans. Answer: the jeans are blue jeans",
            "leak",
        ),
        title="Monte Carlo Men Maroon Sweater",
        category="Sweaters",
        color="Maroon",
        gender="Men",
    ),
    # photo: woman in a black tee with three white stripes over the shoulders and a white logo on the chest, grey
    #   track pants, white backdrop. VQA adapter; closed by the reference engine.
    case(
        "X1006-034",
        caption("a woman in a black adidas shirt and grey pants"),
        wearing("he is wearing a black adidas t-shirt and grey track pants", "pronoun"),
        color_of("t-shirt", "grey", "other_garment_color"),
        Q.pattern("solid"),
        describe("t-shirt", "a black t-shirt with white stripes on the shoulders and a white adidas logo on the chest"),
        details("t-shirt", "stripes", "non_answer"),
        color_of("pants", "grey", kind="open"),
        title="Adidas Women Black Tshirt",
        category="Tshirts",
        color="Black",
        gender="Women",
    ),
    # photo: man in a lavender formal full-sleeve shirt with a cutaway collar and one chest pocket, plain weave,
    #   navy trousers, white backdrop. VQA adapter; closed by the reference engine.
    case(
        "X1006-035",
        caption("a man wearing a purple shirt and blue pants"),
        wearing("a lavender shirt and navy trousers", who="he"),
        color_of("shirt", "blue", "other_garment_color"),
        Q.sleeve_length("long"),
        describe("shirt", "a lavender formal shirt with a cutaway collar and a single chest pocket"),
        details(
            "shirt",
            "the shirt has a slim fit and is made of egyptian cotton with mother of pearl buttons",
            "unsupported",
        ),
        is_a("shirt", "yes"),
        Q.pattern("checked", "contradiction"),
        title="Arrow Men Lavender Shirt",
        category="Shirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: woman in a black cropped single-button jacket with notched lapels, three-quarter sleeves, over a red
    #   top, black trousers, black shoes, no belt, white backdrop. VQA adapter; closed by the reference engine.
    case(
        "X1006-036",
        caption("a woman in a black jacket and a red top with a gold chain belt", "unsupported"),
        wearing(
            "she is wearing a black blazer over a red top and black pants and black shoes and black shoes and black"
            " shoes and black shoes and black",
            "loop",
            who="she",
            hit_limit=True,
        ),
        color_of("jacket", "red", "other_garment_color"),
        Q.garment_type("jacket"),
        Q.sleeve_length("three-quarter"),
        color_of("top", "red", kind="open"),
        details("jacket", "the jacket has notched lapels and a single button"),
        title="Madame Women Black Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: man in an indigo blue silk kurta with a self jacquard pattern, mandarin collar, plain placket, white
    #   churidar, white backdrop. VQA adapter; closed by the reference engine.
    case(
        "X1006-037",
        caption("a man wearing a blue kurta and white pants"),
        wearing(
            "he is wearing a blue kurta Question: What is he wearing? Answer: he is wearing a blue kurta Question:"
            " What is he wearing? Answer: he",
            "leak",
            who="he",
            hit_limit=True,
        ),
        Q.color("blue"),
        Q.material("silk"),
        Q.garment_type("shirt", "contradiction"),
        details("kurta", "the kurta has a mandarin collar and a self pattern all over"),
        describe("kurta", "a blue kurta with gold embroidery on the collar and the placket", "unsupported"),
        title="Manyavar Men Blue Silk Kurta",
        category="Kurtas",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a red and black buffalo-check flannel shirt, worn open with sleeves rolled to the elbows,
    #   over a black tee, blue jeans, white backdrop. VQA adapter; closed by the reference engine. Row lacks color.
    case(
        "X1006-038",
        caption("a woman wearing a red and black plaid shirt over a black top"),
        wearing("a plaid shirt, black top and jeans", who="she"),
        Q.color("red"),
        Q.pattern("checked"),
        describe(
            "shirt",
            "a red and black plaid flannel shirt worn open over a black t-shirt with the sleeves rolled up to the"
            " elbows and the",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "blue", "other_garment_color", kind="open"),
        Q.material("flannel"),
        Q.sleeve_length("short", "contradiction"),
        title="Wrangler Women Red Check Shirt",
        category="Shirts",
        gender="Women",
    ),
    # photo: man in an olive green long-sleeve henley tee with a three-button placket and ribbed cuffs, black
    #   jeans, white backdrop. VQA adapter; closed by the reference engine.
    case(
        "X1006-039",
        caption("a man wearing a green long sleeve shirt Answer: green", "leak"),
        wearing("he is wearing a green henley and black jeans", who="he"),
        color_of("t-shirt", "green"),
        Q.sleeve_length("short", "contradiction"),
        describe("t-shirt", "the t-shirt", "restated"),
        details("t-shirt", "the t-shirt has a three button placket and ribbed cuffs"),
        is_a("t-shirt", "yes"),
        title="Roadster Men Green Tshirt",
        category="Tshirts",
        color="Green",
        gender="Men",
    ),
    # photo: woman in a light pink crew sweatshirt with a white cat logo, no hood, no pockets, black jogger pants
    #   with drawstring and ribbed ankle cuffs, white sneakers, full length, white backdrop. VQA adapter; closed by
    #   the reference engine.
    case(
        "X1006-040",
        caption("a woman wearing a pink sweatshirt and black pants"),
        wearing(
            "a pink sweatshirt with a white puma logo and black jogger pants with a drawstring waist and ribbed cuffs"
            " at the ankles and white",
            "cut",
            who="she",
            hit_limit=True,
        ),
        color_of("sweatshirt", "pink"),
        describe("sweatshirt", "a pink pullover with a white puma logo on the chest"),
        details("sweatshirt", "the sweatshirt has a side zip pocket and thumb holes in the cuffs", "unsupported"),
        Q.garment_type("sweatshirt"),
        is_a("hoodie", "yes", "contradiction"),
        title="Puma Women Pink Sweatshirt",
        category="Sweatshirts",
        color="Pink",
        gender="Women",
    ),
    # photo: man in a grey melange zip-through hooded sweat jacket of jersey, zipped halfway over a navy tee, blue
    #   jeans, white backdrop. VQA adapter; closed by the reference engine.
    case(
        "X1006-041",
        caption(
            "a man in a grey hoodie and blue jeans in front of a white background in front of a white background in"
            " front of a white background in front of a",
            "loop",
            hit_limit=True,
        ),
        wearing("he is wearing a grey zip up hoodie over a blue t-shirt and jeans", who="he"),
        color_of("jacket", "navy blue", "other_garment_color"),
        is_a("hoodie", "yes"),
        details(
            "jacket",
            "the jacket has a hood and a zipper Question: What are the jeans details? Answer: the jeans are blue",
            "leak",
        ),
        Q.material("leather", "unsupported"),
        title="Duke Men Grey Jacket",
        category="Jackets",
        color="Grey",
        gender="Men",
    ),
    # photo: woman in a mint green sleeveless crop top with a lace trim at the hem, white jeans, white backdrop.
    #   VQA adapter; closed by the reference engine.
    case(
        "X1006-042",
        caption("a woman in a green top and white jeans"),
        wearing("she is wearing a mint green top with lace trim and white jeans", who="she"),
        Q.color("white", "other_garment_color"),
        describe("top", "a green top"),
        details(
            "top",
            "the top has lace on the hem and lace on the hem and lace on the hem and lace on the hem and lace on the"
            " hem and lace on the",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless"),
        color_of("jeans", "green", "contradiction", kind="open"),
        title="Harpa Women Green Top",
        category="Tops",
        color="Sea Green",
        gender="Women",
    ),
    # photo: man in a white tee with a large auto-rickshaw print in orange, green and blue, Hindi lettering above
    #   and below it, short sleeves, blue jeans, white backdrop, front view. VQA adapter; closed by the reference
    #   engine. Row lacks the color.
    case(
        "X1006-043",
        caption("a man wearing a white t-shirt with a colorful print"),
        wearing("a white graphic tee and jeans", who="he"),
        color_of("t-shirt", "white"),
        Q.pattern("printed"),
        describe("t-shirt", "a white t-shirt with a colorful print of a tiger on the back", "unsupported"),
        details(
            "t-shirt",
            "the t-shirt has a large print of an auto rickshaw in orange and green and blue on the front with some"
            " hindi text written above it and below it in",
            "cut",
            hit_limit=True,
        ),
        color_of("jeans", "white", "contradiction", kind="open"),
        Q.garment_type("t-shirt"),
        title="Tantra Men Printed Tshirt",
        category="Tshirts",
        gender="Men",
    ),
    # photo: woman in a sky blue full-sleeve shirt, pointed button-down collar, one flap chest pocket, buttoned
    #   two-button cuffs, white trousers, white backdrop. VQA adapter; closed by the reference engine.
    case(
        "X1006-044",
        caption("a man wearing a light blue shirt and white pants", "pronoun"),
        wearing("she is wearing a blue shirt and white pants", who="she"),
        color_of("shirt", "blue"),
        describe("shirt", "a light blue button down shirt with long sleeves and a pointed collar"),
        details(
            "shirt",
            "the shirt has a button down collar and a chest pocket with a flap and a button on the flap and buttoned"
            " cuffs with two buttons on each cuff and a",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        is_a("dress", "yes", "contradiction"),
        title="Park Avenue Women Blue Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a black fleece hoodie with a white swoosh on the chest and a kangaroo pocket, grey joggers
    #   with a small black logo on the left leg, white socks, sneakers, full length, white backdrop. VQA adapter;
    #   closed by the reference engine.
    case(
        "X1006-045",
        caption("a man in a black hoodie with a white nike logo"),
        wearing("a black hoodie and grey sweatpants", who="he"),
        color_of("hoodie", "black"),
        describe(
            "hoodie",
            "he is wearing a black hoodie with a white nike logo on the chest and grey sweatpants with a black nike"
            " logo on the left leg and white socks and",
            "cut",
            hit_limit=True,
        ),
        is_a("hoodie", "yes"),
        Q.sleeve_length("long"),
        details("hoodie", "the hoodie has a kangaroo pocket and drawstrings"),
        Q.material("fleece"),
        color_of("pants", "black", "contradiction", kind="open"),
        title="Nike Men Black Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a navy top with white horizontal stripes, boat neck, three-quarter sleeves, red trousers,
    #   white backdrop. VQA adapter; closed by the reference engine.
    case(
        "X1006-046",
        caption("a woman in a blue and white striped shirt and red pants"),
        wearing("she is wearing a striped top and red pants", who="she"),
        Q.color("red", "other_garment_color"),
        Q.pattern("striped"),
        Q.sleeve_length("three-quarter"),
        describe("top", "a navy blue and white striped boat neck top"),
        details("top", "the top details are a top", "restated"),
        Q.material("silk", "unsupported"),
        title="Tokyo Talkies Women Navy Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
]
