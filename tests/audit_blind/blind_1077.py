"""BLIND_1077 (46 products; old Myntra topwear feed, men/women, VQA adapter): written blind in the fifty-ninth session.
Measured blind at 247287f (the session's seventh rules): 117/132 failures found (88.6%) and 6/193 correct texts flagged
(3.1%). The writer's notes, verbatim:

Scenario: the older Myntra catalog feed of the shared photos' kind: short seller titles ("Proline Men Grey T-shirt"),
the seller's article type and base colour, gender Men or Women. Only topwear: t-shirts, polos, shirts, tops, kurtas,
sweaters, cardigans, sweatshirts, hoodies and jackets. Photos are 224x224 catalog shots on a white backdrop, front
view, the model cropped at the knee or thigh and wearing other clothes with the product (jeans, trousers, churidars,
a tee under an open jacket or cardigan, a shirt collar under a sweater).

Who wrote what: every free text (captions and open answers) comes from BLIP-2 OPT-2.7b with the VQA adapter
(leoreigoto/Data3_V3_BLIP2_VQA), greedy, 50 new tokens for captions and 30 for answers. The adapter was trained on
In-shop VQA pairs with no end-of-answer token, so it often does not stop: it repeats a phrase or its class label
("sweatshirt/hoodie", "tee/tank") until the limit, is cut at the limit mid-phrase, or writes the next
"Question: ... Answer:" turn of its training format. It also likes one-word class answers to open questions, reuses
the jeans' or the under-layer's color for the product, reads a print's color as the garment's color and invents
hoods, pockets and fabrics. Closed answers (garment type, color, pattern, sleeve length, "Is this a ...?") come from
enrich's --engine reference picking one candidate; they never loop or stop short but can pick the wrong candidate.

Labeling conventions and judgement calls:
- One failure kind per text, the one a reviewer would name first: a text that writes "Question: ... Answer:" is a
  leak even when it then repeats itself or is cut; a text that repeats a phrase to the token limit is a loop
  (hit_limit=True), not a cut; a cut is a text stopped mid-phrase at the limit with no repetition (hit_limit=True).
- other_garment_color: the product given the color of another garment in the photo (jeans, trousers, churidar, the
  tee under a jacket, the shirt under a sweater, a dupatta), whether the text is open or a closed pick.
- contradiction: a wrong garment type, sleeve length, pattern or yes/no for the product, a color no garment in the
  photo has, and a print's or logo's color given as the garment's color.
- unsupported: details the photo does not show (hoods, pockets, fur collars, embroidery, reflective tape, footwear
  cropped out of the frame) and a specific fibre (silk, linen, wool, satin, polyester) that neither the title nor
  the photo shows. "cotton" for a jersey tee or plain kurta, "denim" for a denim jacket, "knit" for a sweater,
  "flannel" for a brushed check shirt and "leather" for a leather-look jacket count as correct.
- Shades and near names count as correct: purple for lavender, red for maroon, white for cream or off white, pink
  for peach, tan for khaki, yellow for mustard, dark grey for charcoal, green for olive, blue for navy or turquoise.
- Where the seller's colour is wrong for the photo (a "Brown" shirt that is plainly maroon) the text that matches the
  photo is correct.
- Full sleeves rolled to the elbow are still long sleeves; a kurta is not a dress; a top may be called a blouse.
- A one-word or class-label answer ("shirt", "tee/tank", "jacket/coat") or "yes" to an open question is a
  non_answer; a text that gives the question back ("the details of the top are the top", "the person is wearing")
  is restated, also when it goes on to answer after repeating the question.
- pronoun: he/his/she for the wrong catalog gender, and one caption that calls a woman a man.
- Rows missing a catalog column (no gender, no category, no colour) are kept as the feed has them.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

gtype = BLIND_QUESTIONS.garment_type
col = BLIND_QUESTIONS.color
pat = BLIND_QUESTIONS.pattern
sleeve = BLIND_QUESTIONS.sleeve_length
mat = BLIND_QUESTIONS.material

BLIND_1077 = [
    # photo: plain grey crew-neck short-sleeve t-shirt, solid, worn with mid-blue jeans, white backdrop, front view;
    # caption and open answers by the VQA adapter, closed answers by the reference engine
    case(
        "X1077-001",
        caption("a man wearing a grey t-shirt and blue jeans"),
        wearing("a grey tee and jeans", who="he"),
        gtype("t-shirt"),
        col("grey"),
        pat("striped", "contradiction"),
        color_of("t-shirt", "blue", "other_garment_color", kind="open"),
        details(
            "t-shirt",
            "round neck, short sleeves, round neck, short sleeves, round neck, short sleeves, round neck, short",
            "loop",
            hit_limit=True,
        ),
        title="Proline Men Grey T-shirt",
        category="Tshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: pink sleeveless georgette top with a ruffle at the neckline, white skinny jeans, white backdrop, front;
    # free texts by the VQA adapter, closed answers by the reference engine
    case(
        "X1077-002",
        caption("a woman wearing a pink top and white pants"),
        wearing("a pink sleeveless top and white jeans", who="she"),
        gtype("top"),
        col("pink"),
        sleeve("long sleeves", "contradiction"),
        describe(
            "top",
            "the top is pink with ruffles at the neckline and it is sleeveless and it is sleeveless and it is"
            " sleeveless and it is",
            "loop",
            hit_limit=True,
        ),
        mat("silk", "unsupported"),
        title="Vero Moda Women Pink Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: navy full-sleeve shirt with thin white vertical stripes, point collar, buttoned cuffs, no pocket,
    # tucked into grey trousers with a black belt, white backdrop; free texts by the VQA adapter, closed by the
    # reference engine
    case(
        "X1077-003",
        caption(
            "a man in a blue striped shirt and grey pants Question: What is the color of the shirt? Answer: blue",
            "leak",
        ),
        wearing(
            "he is wearing a navy blue striped shirt tucked into grey trousers with a black belt and the sleeves are"
            " buttoned at the cuffs and the collar is",
            "cut",
            who="he",
            hit_limit=True,
        ),
        pat("striped"),
        col("navy blue"),
        color_of("shirt", "grey", "other_garment_color", kind="open"),
        details("shirt", "the shirt has a button down collar and a chest pocket with a logo on it", "unsupported"),
        sleeve("long sleeves"),
        title="Arrow Men Stripes Navy Blue Shirts",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: green A-line kurta with small gold block prints, three-quarter sleeves, white churidar, white backdrop;
    # free texts by the VQA adapter, closed by the reference engine
    case(
        "X1077-004",
        caption("a woman wearing a green and gold printed kurta with white leggings"),
        wearing("he is wearing a green kurta", "pronoun", who="she"),
        gtype("kurta"),
        pat("printed"),
        sleeve("three-quarter sleeves"),
        color_of("kurta", "white", "other_garment_color", kind="open"),
        is_a("dress", "no"),
        title="Biba Women Printed Green Kurta",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: black crew-neck sweatshirt, no hood, small white Puma logo on the chest, ribbed cuffs and hem, black
    # track pants, white backdrop; free texts by the VQA adapter, closed by the reference engine
    case(
        "X1077-005",
        caption("a man in a black sweatshirt with a white logo on the chest"),
        wearing(
            "sweatshirt/hoodie sweatshirt/hoodie sweatshirt/hoodie sweatshirt/hoodie sweatshirt/hoodie"
            " sweatshirt/hoodie",
            "loop",
            who="he",
            hit_limit=True,
        ),
        gtype("sweatshirt"),
        col("black"),
        is_a("hoodie", "yes", "contradiction"),
        details("sweatshirt", "ribbed cuffs and hem and a small logo printed on the left chest"),
        mat("cotton"),
        title="Puma Men Black Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: lavender short-sleeve training tee with a small white swoosh, black tights, white backdrop, front view;
    # free texts by the VQA adapter, closed by the reference engine
    case(
        "X1077-006",
        caption("a woman wearing a purple t-shirt and black leggings"),
        color_of("t-shirt", "black", "other_garment_color", kind="open"),
        col("lavender"),
        wearing("a purple tee with a nike logo and black leggings", who="she"),
        sleeve("short sleeves"),
        describe("t-shirt", "the t-shirt", "non_answer"),
        title="Nike Women Lavender T-shirt",
        category="Tshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: mid-blue denim jacket worn open over a white crew-neck tee, dark jeans, two flap chest pockets, metal
    # buttons, white backdrop; free texts by the VQA adapter, closed by the reference engine
    case(
        "X1077-007",
        caption("a man wearing a denim jacket over a white t-shirt and jeans"),
        gtype("jacket"),
        col("white", "other_garment_color"),
        color_of("jacket", "blue", kind="open"),
        mat("denim"),
        details(
            "jacket",
            "the jacket has two chest pockets with button flaps and metal buttons down the front and the sleeves have"
            " buttoned cuffs and the",
            "cut",
            hit_limit=True,
        ),
        wearing("she is wearing a denim jacket and a white tee", "pronoun", who="he"),
        title="Wrangler Men Blue Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: white full-sleeve shirt, sleeves rolled to the elbow, navy trousers, cropped above the knee, white
    # backdrop, front view;
    # free texts by the VQA adapter, closed by the reference engine
    case(
        "X1077-008",
        caption("a woman in a white shirt and blue pants"),
        col("white"),
        pat("solid"),
        color_of("shirt", "blue", "other_garment_color", kind="open"),
        sleeve("long sleeves"),
        describe("shirt", "a white shirt Question: What is the color of the shirt? Answer: white", "leak"),
        wearing("a white shirt, blue pants and white sneakers", "unsupported", who="she"),
        title="United Colors of Benetton Women Solid White Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: black tee with a large white and yellow skull graphic on the front, blue jeans, white backdrop;
    # free texts by the VQA adapter, closed by the reference engine
    case(
        "X1077-009",
        caption("a man wearing a black t-shirt with a skull print on it"),
        pat("graphic"),
        col("black"),
        color_of("t-shirt", "yellow", "contradiction", kind="open"),
        details(
            "t-shirt",
            "graphic tee graphic tee graphic tee graphic tee graphic tee graphic tee graphic tee graphic tee graphic",
            "loop",
            hit_limit=True,
        ),
        is_a("graphic tee", "yes"),
        title="Inkfruit Men Printed Black Tshirts",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: maroon cable-knit crew-neck pullover, long sleeves, blue jeans, white backdrop, front view;
    # free texts by the VQA adapter, closed by the reference engine
    case(
        "X1077-010",
        caption("a woman wearing a red sweater and jeans"),
        gtype("sweater"),
        col("maroon"),
        pat("striped", "contradiction"),
        mat("knit"),
        describe(
            "sweater",
            "the sweater is a cable knit sweater with a round neck and long sleeves. It is a cable knit sweater with a"
            " round neck and",
            "loop",
            hit_limit=True,
        ),
        wearing("sweater", "non_answer", who="she"),
        title="Only Women Maroon Sweater",
        category="Sweaters",
        color="Maroon",
        gender="Women",
    ),
    # photo: orange and white checked full-sleeve shirt with a button-down collar, beige chinos, white backdrop;
    # free texts by the VQA adapter, closed by the reference engine
    case(
        "X1077-011",
        caption("a man in an orange and white checkered shirt and khaki pants"),
        pat("checked"),
        col("orange"),
        color_of("shirt", "orange and white", kind="open"),
        wearing("shirt", "non_answer", who="he"),
        details("shirt", "button down collar, full sleeves, curved hem"),
        gtype("jacket", "contradiction"),
        title="Basics Men Orange Slim Fit Checked Shirt",
        category="Shirts",
        color="Orange",
        gender="Men",
    ),
    # photo: off-white short-sleeve woven top with a small navy polka-dot print, round neck, blue denim shorts,
    # white backdrop; free texts by the VQA adapter, closed by the reference engine
    case(
        "X1077-012",
        caption("a woman wearing a white polka dot top and denim shorts"),
        pat("polka dots"),
        col("blue", "other_garment_color"),
        color_of("top", "white with blue polka dots", kind="open"),
        describe(
            "top",
            "the top is a white top with blue polka dots and a round neck. The top has short sleeves and the hem is"
            " straight and the",
            "cut",
            hit_limit=True,
        ),
        mat("linen", "unsupported"),
        wearing("Question: What is she wearing? Answer: a white top and denim shorts", "leak", who="she"),
        title="Mango Women Printed Off White Top",
        category="Tops",
        color="Off White",
        gender="Women",
    ),
    # photo: navy v-neck sweater over a light blue collared shirt (collar and cuffs show), grey trousers, white
    # backdrop; free texts by the VQA adapter, closed by the reference engine
    case(
        "X1077-013",
        caption("a man wearing a navy sweater over a blue shirt"),
        gtype("shirt", "contradiction"),
        col("navy blue"),
        color_of("sweater", "light blue", "other_garment_color", kind="open"),
        is_a("sweater", "yes"),
        details("sweater", "v neck, ribbed cuffs and hem, shirt collar showing at the neck"),
        wearing(
            "a sweater Question: What is he wearing? Answer: a sweater Question: What is he wearing? Answer: a sweater",
            "leak",
            who="he",
            hit_limit=True,
        ),
        title="Van Heusen Men Navy Sweater",
        category="Sweaters",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: turquoise-blue straight kurta with white thread embroidery at the neckline, three-quarter sleeves,
    # side slits, white palazzo pants, white backdrop; free texts by the VQA adapter, closed by the reference engine
    case(
        "X1077-014",
        caption("a woman in a blue kurta with white embroidery on the neck and white pants"),
        col("turquoise blue"),
        sleeve("sleeveless", "contradiction"),
        wearing("a blue kurti and white palazzo", who="she"),
        describe(
            "kurta",
            "the kurta is blue with white embroidery on the neckline and has a slit on the side and the kurta is blue"
            " with white embroidery on the",
            "loop",
            hit_limit=True,
        ),
        mat("cotton"),
        color_of("kurta", "white", "other_garment_color", kind="open"),
        title="W Women Blue Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: red pique polo with white tipping on the collar, two-button placket, small navy logo, blue jeans, white
    # backdrop; free texts by the VQA adapter, closed by the reference engine
    case(
        "X1077-015",
        caption("a man wearing a red polo shirt"),
        gtype("polo t-shirt"),
        col("red"),
        pat("striped", "contradiction"),
        color_of("polo shirt", "red", kind="open"),
        details(
            "polo shirt",
            "the polo shirt has a collar with white tipping, a two button placket and a small logo embroidered on the",
            "cut",
            hit_limit=True,
        ),
        is_a("polo shirt", "yes"),
        mat("pique cotton"),
        title="U.S. Polo Assn. Men Red Polo T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: black leather-look biker jacket worn open over a grey tee, asymmetric zip, zip pockets, black jeans,
    # white backdrop; free texts by the VQA adapter, closed by the reference engine
    case(
        "X1077-016",
        caption("a woman wearing a black leather jacket and black pants"),
        gtype("jacket"),
        col("black"),
        color_of("jacket", "grey", "other_garment_color", kind="open"),
        mat("leather"),
        details("jacket", "asymmetric zip, zip pockets, notched collar with snaps"),
        wearing("jacket/coat", "non_answer", who="she"),
        describe(
            "jacket",
            "the jacket is a black leather jacket with a zip and the jacket is a black leather jacket with a zip and"
            " the jacket is",
            "loop",
            hit_limit=True,
        ),
        title="Fort Collins Women Black Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: plain cream full-sleeve cotton kurta with a mandarin collar and self buttons, no embroidery, white
    # pyjama, white backdrop; free texts by the VQA adapter, closed by the reference engine
    case(
        "X1077-017",
        caption("a man in a white kurta and white pants"),
        gtype("kurta"),
        col("cream"),
        color_of("kurta", "white", kind="open"),
        wearing("she is wearing a white kurta and white pants", "pronoun", who="he"),
        describe(
            "kurta",
            "the kurta is white and has a collar and buttons. The kurta is white and has a collar and buttons. The"
            " kurta",
            "loop",
            hit_limit=True,
        ),
        mat("cotton"),
        details("kurta", "it has embroidery on the collar and gold buttons", "unsupported"),
        title="Fabindia Men Cream Kurta",
        category="Kurtas",
        color="Cream",
        gender="Men",
    ),
    # photo: yellow short-sleeve tee with black text print "CHAI" on the front, blue jeans, white backdrop;
    # free texts by the VQA adapter, closed by the reference engine
    case(
        "X1077-018",
        caption("a woman wearing a yellow t-shirt with black writing on it"),
        pat("printed"),
        col("yellow"),
        color_of("t-shirt", "blue", "other_garment_color", kind="open"),
        wearing("tee", "non_answer", who="she"),
        details("t-shirt", "the t-shirt has a print that says chai on the front"),
        sleeve("long sleeves", "contradiction"),
        title="Tantra Women Printed Yellow T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Women",
    ),
    # photo: olive green bomber jacket, zipped, ribbed collar, cuffs and hem, black jeans, white backdrop;
    # free texts by the VQA adapter, closed by the reference engine
    case(
        "X1077-019",
        caption("a man in a green bomber jacket and black jeans"),
        col("olive"),
        gtype("jacket"),
        color_of("jacket", "black", "other_garment_color", kind="open"),
        describe("jacket", "Question: Describe the jacket. Answer: a green bomber jacket", "leak"),
        mat("wool", "unsupported"),
        sleeve("long sleeves"),
        wearing(
            "a green jacket and black jeans with a black belt and the jacket is zipped up to the neck and the sleeves"
            " have ribbed cuffs and the",
            "cut",
            who="he",
            hit_limit=True,
        ),
        title="Lee Men Olive Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: black sleeveless top with a lace panel at the yoke, white jeans, cropped above the knee, white
    # backdrop; free texts by the VQA adapter, closed by the reference engine
    case(
        "X1077-020",
        caption("a woman wearing a black top with lace and white jeans"),
        col("white", "other_garment_color"),
        sleeve("sleeveless"),
        is_a("top", "yes"),
        describe(
            "top", "she is wearing a black top with lace on the top and white jeans and black sandals", "unsupported"
        ),
        wearing("a black lace top and white pants", who="she"),
        title="Jealous 21 Women Black Top",
        category="Tops",
        gender="Women",
    ),
    # photo: blue and white gingham full-sleeve shirt, one chest pocket, untucked, navy chinos, white backdrop;
    # free texts by the VQA adapter, closed by the reference engine
    case(
        "X1077-021",
        caption("a man wearing a blue and white checkered shirt and blue pants"),
        pat("checked"),
        col("blue"),
        describe(
            "shirt",
            "the shirt is a blue and white checkered shirt with a collar and buttons down the front and a pocket on the"
            " left side of the",
            "cut",
            hit_limit=True,
        ),
        details(
            "shirt",
            "checked checked checked checked checked checked checked checked checked checked checked checked checked"
            " checked checked",
            "loop",
            hit_limit=True,
        ),
        wearing("a red and white checkered shirt and blue pants", "contradiction", who="he"),
        title="Peter England Men Checks Blue Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: grey melange crew-neck sweatshirt with a pink Adidas logo print on the chest, no hood, no pockets,
    # black track pants, white backdrop; free texts by the VQA adapter, closed by the reference engine
    case(
        "X1077-022",
        caption("a woman in a grey sweatshirt with a pink logo and black pants"),
        col("pink", "contradiction"),
        gtype("sweatshirt"),
        color_of("sweatshirt", "grey", kind="open"),
        is_a("hoodie", "no"),
        wearing("he is wearing a grey sweatshirt and black pants", "pronoun", who="she"),
        details("sweatshirt", "the sweatshirt has a zip at the front and two side pockets", "unsupported"),
        mat("cotton"),
        title="Adidas Women Grey Melange Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: royal blue tee with a round yellow cartoon character print, blue jeans, white backdrop;
    # free texts by the VQA adapter, closed by the reference engine
    case(
        "X1077-023",
        caption("a man wearing a blue t-shirt with a cartoon character on it"),
        gtype("t-shirt"),
        pat("printed"),
        col("yellow", "contradiction"),
        color_of(
            "t-shirt",
            "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue"
            " blue blue blue blue blue blue blue blue blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        describe("t-shirt", "a blue t-shirt with a yellow cartoon on the front"),
        wearing("yes", "non_answer", who="he"),
        title="Mr. Men Men Printed Blue Tshirts",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: olive full-sleeve utility shirt with two flap chest pockets and roll-up tabs, no epaulettes, black
    # jeans, hands in the jeans pockets, hair in a ponytail, white backdrop; free texts by the VQA adapter, closed
    # by the reference engine
    case(
        "X1077-024",
        caption(
            "a woman wearing a green shirt with two pockets on the front and black jeans standing in front of a white"
            " wall with her hands in the pockets of her jeans and her hair in a ponytail and a",
            "cut",
            hit_limit=True,
        ),
        col("olive"),
        gtype("shirt"),
        details(
            "shirt",
            "two flap pockets on the chest, epaulettes on the shoulders and roll up sleeves with button tabs",
            "unsupported",
        ),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        wearing("a green shirt and black jeans", who="she"),
        sleeve("long sleeves"),
        title="Arrow Woman Olive Shirt",
        category="Shirts",
        color="Olive",
        gender="Women",
    ),
    # photo: charcoal button-front cardigan with two patch pockets, worn open over a white tee, blue jeans, white
    # backdrop; free texts by the VQA adapter, closed by the reference engine
    case(
        "X1077-025",
        caption("a man wearing a grey cardigan over a white t-shirt and jeans"),
        gtype("cardigan"),
        col("white", "other_garment_color"),
        color_of("cardigan", "dark grey", kind="open"),
        describe(
            "cardigan",
            "the cardigan is grey and has buttons down the front and two pockets and it is grey and has buttons down"
            " the front and two",
            "loop",
            hit_limit=True,
        ),
        wearing("cardigan", "non_answer", who="he"),
        title="Numero Uno Men Charcoal Sweater",
        category="Sweaters",
        color="Charcoal",
        gender="Men",
    ),
    # photo: red straight kurta with a small white floral print all over, round neck, no mirror work, three-quarter
    # sleeves, white leggings, white backdrop; free texts by the VQA adapter, closed by the reference engine
    case(
        "X1077-026",
        caption(
            "a woman in a red floral kurta and white leggings Question: What is the color of the kurta? Answer: red"
            " Question: What is the pattern of the kurta? Answer: floral Question:",
            "leak",
            hit_limit=True,
        ),
        pat("floral"),
        col("red"),
        sleeve("three-quarter sleeves"),
        color_of("kurta", "red and white", kind="open"),
        details(
            "kurta", "the kurta has a mandarin collar and a front slit with mirror work on the yoke", "unsupported"
        ),
        is_a("kurta", "yes"),
        title="Aurelia Women Red Kurta",
        category="Kurtas",
        color="Red",
        gender="Women",
    ),
    # photo: navy track jacket with two white stripes down each sleeve, zipped to the chest over a grey tee, black
    # track pants, white backdrop; free texts by the VQA adapter, closed by the reference engine
    case(
        "X1077-027",
        caption("a man in a black track jacket with white stripes on the sleeves", "contradiction"),
        col("navy blue"),
        gtype("jacket"),
        color_of("jacket", "grey", "other_garment_color", kind="open"),
        wearing(
            "a jacket a jacket a jacket a jacket a jacket a jacket a jacket a jacket a jacket a jacket a jacket a",
            "loop",
            who="he",
            hit_limit=True,
        ),
        is_a("sweatshirt", "no"),
        title="Puma Men Navy Blue Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: navy and white horizontal-striped boat-neck top, three-quarter sleeves, white trousers, white backdrop;
    # free texts by the VQA adapter, closed by the reference engine
    case(
        "X1077-028",
        caption("a woman wearing a blue and white striped top and white pants"),
        pat("striped"),
        col("navy blue"),
        sleeve("short sleeves", "contradiction"),
        describe("top", "a navy and white striped boat neck top"),
        details("top", "the details of the top are the top", "restated"),
        wearing("a striped top and white pants", who="she"),
        mat("silk", "unsupported"),
        title="Vero Moda Women Striped Navy Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: green short-sleeve training tee with a white Reebok logo on the chest, no reflective trim, black
    # shorts, white backdrop; free texts by the VQA adapter, closed by the reference engine
    case(
        "X1077-029",
        caption("a man wearing a green t-shirt and black shorts"),
        gtype("t-shirt"),
        col("green"),
        color_of("t-shirt", "green Question: What is the color of the shorts? Answer: black", "leak", kind="open"),
        details(
            "t-shirt", "round neck, short sleeves, reflective logo on the chest and reflective tape", "unsupported"
        ),
        sleeve("short sleeves"),
        describe("t-shirt", "the t-shirt is a t-shirt", "restated"),
        title="Reebok Men Green Tshirt",
        category="Tshirts",
        color="Green",
        gender="Men",
    ),
    # photo: cream turtleneck rib-knit sweater, long sleeves, brown trousers, white backdrop, front view;
    # free texts by the VQA adapter, closed by the reference engine
    case(
        "X1077-030",
        caption("a woman wearing a white turtleneck sweater and brown pants"),
        col("brown", "other_garment_color"),
        gtype("sweater"),
        color_of("sweater", "white", kind="open"),
        describe(
            "sweater",
            "the sweater is white and has a turtle neck and long sleeves and it has a turtle neck and long sleeves"
            " and it"
            " has a turtle",
            "loop",
            hit_limit=True,
        ),
        mat("wool", "unsupported"),
        title="United Colors of Benetton Women Cream Sweater",
        category="Sweaters",
        color="Cream",
        gender="Women",
    ),
    # photo: solid full-sleeve shirt that looks dark maroon (seller says Brown), black trousers, white backdrop;
    # free texts by the VQA adapter, closed by the reference engine
    case(
        "X1077-031",
        caption("a man in a maroon shirt and black pants"),
        col("maroon"),
        pat("solid"),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        wearing(
            "he is wearing a shirt and he is wearing a shirt and he is wearing a shirt and he is wearing a shirt and"
            " he",
            "loop",
            who="he",
            hit_limit=True,
        ),
        is_a("shirt", "no", "contradiction"),
        describe(
            "shirt",
            "the shirt is a maroon shirt with a collar and buttons down the front and full sleeves with buttoned cuffs"
            " and a curved hem at the",
            "cut",
            hit_limit=True,
        ),
        title="John Miller Men Solid Brown Shirts",
        category="Shirts",
        color="Brown",
        gender="Men",
    ),
    # photo: white short-sleeve polo with ribbed cuffs and a small red logo, blue jeans, white backdrop;
    # free texts by the VQA adapter, closed by the reference engine
    case(
        "X1077-032",
        caption("a woman wearing a white polo shirt and blue jeans"),
        gtype("polo t-shirt"),
        col("blue", "other_garment_color"),
        color_of("polo shirt", "white", kind="open"),
        details("polo shirt", "collar, two buttons, short sleeves with ribbed cuffs, small logo on the chest"),
        wearing("the person is wearing", "restated", who="she"),
        is_a("polo shirt", "no", "contradiction"),
        title="Flying Machine Women White Polo Tshirts",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: maroon kurta with a soft sheen and gold embroidery at the collar and placket, cream churidar, white
    # backdrop; free texts by the VQA adapter, closed by the reference engine
    case(
        "X1077-033",
        caption("a man wearing a maroon kurta with gold embroidery and white pants"),
        col("maroon"),
        gtype("kurta"),
        color_of("kurta", "cream", "other_garment_color", kind="open"),
        describe("kurta", "a long maroon kurta with gold embroidery on the collar and down the front placket"),
        is_a("dress", "yes", "contradiction"),
        mat("silk", "unsupported"),
        title="Manyavar Men Maroon Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Men",
    ),
    # photo: khaki cropped cotton utility jacket, no hood, worn open over a black top, blue jeans, white backdrop;
    # free texts by the VQA adapter, closed by the reference engine
    case(
        "X1077-034",
        caption("a woman wearing a tan jacket over a black top"),
        col("black", "other_garment_color"),
        color_of("jacket", "khaki", kind="open"),
        gtype("jacket"),
        details("jacket", "jacket/coat", "non_answer"),
        wearing("a khaki jacket, a black top and blue jeans", who="she"),
        describe("jacket", "a tan jacket with a hood and a drawstring waist", "unsupported"),
        mat("cotton"),
        title="Mango Women Khaki Jacket",
        category="Jackets",
        color="Khaki",
        gender="Women",
    ),
    # photo: red pullover hoodie with a white Nike swoosh, hood down, kangaroo pocket, grey joggers, white backdrop;
    # free texts by the VQA adapter, closed by the reference engine
    case(
        "X1077-035",
        caption("a man in a red hoodie with a white nike logo"),
        is_a("hoodie", "yes"),
        gtype("sweatshirt"),
        col("red"),
        color_of("hoodie", "grey", "other_garment_color", kind="open"),
        describe(
            "hoodie",
            "the hoodie has a hood and a kangaroo pocket and the hoodie has a hood and a kangaroo pocket and the hoodie"
            " has a",
            "loop",
            hit_limit=True,
        ),
        wearing("red hoodie and grey joggers", who="he"),
        title="Nike Men Red Hooded Sweatshirt",
        category="Sweatshirts",
        color="Red",
        gender="Men",
    ),
    # photo: sleeveless top with a blue, orange and pink ikat print, round neck, curved hem, white jeans, white
    # backdrop; the feed row has no gender; free texts by the VQA adapter, closed by the reference engine
    case(
        "X1077-036",
        caption("a woman wearing a colorful printed top and white pants"),
        col("multi"),
        pat("printed"),
        sleeve("sleeveless"),
        color_of("top", "white", "other_garment_color", kind="open"),
        describe(
            "top",
            "the top is a sleeveless top with a blue, orange and pink ikat print all over, a round neck and a curved"
            " hem and the",
            "cut",
            hit_limit=True,
        ),
        wearing("a printed top and white jeans"),
        details("top", "the details of the top", "restated"),
        title="Global Desi Women Printed Multi Top",
        category="Tops",
        color="Multi",
    ),
    # photo: white v-neck short-sleeve tee, olive cargo pants, white backdrop, front view;
    # free texts by the VQA adapter, closed by the reference engine
    case(
        "X1077-037",
        caption("a man wearing a white v-neck t-shirt and green pants"),
        col("olive", "other_garment_color"),
        gtype("t-shirt"),
        color_of("t-shirt", "white", kind="open"),
        details("t-shirt", "v neck"),
        pat("graphic", "contradiction"),
        wearing("What is he wearing? a white t-shirt and green cargo pants", "restated", who="he"),
        sleeve("short sleeves"),
        title="Spykar Men White Tshirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: indigo block-printed cotton kurta with small white motifs, long sleeves, white churidar, white dupatta
    # over one shoulder, white backdrop; free texts by the VQA adapter, closed by the reference engine
    case(
        "X1077-038",
        caption("a woman in a blue and white printed kurta with a white scarf"),
        col("navy blue"),
        pat("printed"),
        color_of("kurta", "white", "other_garment_color", kind="open"),
        mat("cotton"),
        wearing(
            "kurta kurta kurta kurta kurta kurta kurta kurta kurta kurta kurta kurta kurta kurta kurta kurta kurta"
            " kurta kurta kurta kurta kurta kurta kurta kurta kurta kurta kurta kurta kurta",
            "loop",
            who="she",
            hit_limit=True,
        ),
        sleeve("long sleeves"),
        gtype("dress", "contradiction"),
        title="Fabindia Women Indigo Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: brown suede-look zipped jacket with a plain shirt collar, no fur, no belt, blue jeans, white backdrop;
    # free texts by the VQA adapter, closed by the reference engine
    case(
        "X1077-039",
        caption("a man wearing a brown leather jacket and jeans"),
        col("brown"),
        gtype("jacket"),
        color_of("jacket", "blue", "other_garment_color", kind="open"),
        details("jacket", "the jacket has a fur collar and a belt at the waist", "unsupported"),
        wearing(
            "a brown jacket and blue jeans Question: What is the color of the jacket? Answer: brown Question: What"
            " is the"
            " color of the",
            "leak",
            who="he",
            hit_limit=True,
        ),
        title="Duke Men Brown Jacket",
        category="Jackets",
        color="Brown",
        gender="Men",
    ),
    # photo: red and black buffalo-check brushed flannel shirt, full sleeves, worn open over a black tank, black
    # jeans, white backdrop; free texts by the VQA adapter, closed by the reference engine
    case(
        "X1077-040",
        caption("a woman wearing a red and black plaid shirt over a black top"),
        pat("checked"),
        col("red"),
        color_of("shirt", "red and black", kind="open"),
        describe(
            "shirt",
            "plaid shirt plaid shirt plaid shirt plaid shirt plaid shirt plaid shirt plaid shirt plaid shirt plaid"
            " shirt plaid shirt",
            "loop",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        wearing("a red plaid shirt, a black tank top and black jeans", who="she"),
        mat("flannel"),
        title="Wrangler Women Checks Red Shirt",
        category="Shirts",
        color="Red",
        gender="Women",
    ),
    # photo: light pink solid formal full-sleeve shirt, spread collar, tucked into charcoal trousers with a black
    # belt, white backdrop; free texts by the VQA adapter, closed by the reference engine
    case(
        "X1077-041",
        caption("a man in a pink shirt and grey pants with a black belt"),
        col("pink"),
        gtype("shirt"),
        pat("striped", "contradiction"),
        wearing("she is wearing a pink shirt and grey pants", "pronoun", who="he"),
        details("shirt", "spread collar, full sleeves, tucked into grey trousers"),
        color_of("shirt", "grey", "other_garment_color", kind="open"),
        title="Reid & Taylor Men Solid Pink Shirts",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: turquoise blue short-sleeve tee with a white Puma cat logo, plain back not shown, black track pants,
    # white backdrop; free texts by the VQA adapter, closed by the reference engine
    case(
        "X1077-042",
        caption("a man in a blue t-shirt and black pants", "pronoun"),
        col("turquoise blue"),
        wearing("tee/tank", "non_answer", who="she"),
        color_of("t-shirt", "the color of the t-shirt is the color of the t-shirt", "restated", kind="open"),
        sleeve("short sleeves"),
        is_a("tank top", "yes", "contradiction"),
        details("t-shirt", "a puma logo on the chest and reflective tape on the back", "unsupported"),
        title="Puma Women Blue Tshirt",
        category="Tshirts",
        color="Blue",
        gender="Women",
    ),
    # photo: olive crew-neck sweater with thin cream horizontal stripes across the chest and sleeves, ribbed cuffs
    # and hem, dark jeans, white backdrop; free texts by the VQA adapter, closed by the reference engine
    case(
        "X1077-043",
        caption("a man wearing a green and white striped sweater"),
        pat("striped"),
        col("olive"),
        gtype("sweatshirt", "contradiction"),
        color_of("sweater", "green and white", kind="open"),
        details(
            "sweater",
            "the sweater has a crew neck with ribbed cuffs and hem and thin horizontal stripes across the chest and the"
            " sleeves and the",
            "cut",
            hit_limit=True,
        ),
        title="Lee Men Stripes Olive Sweater",
        category="Sweaters",
        color="Olive",
        gender="Men",
    ),
    # photo: mustard crew-neck sweatshirt with white "BROOKLYN" lettering, no hood, blue jeans, white backdrop;
    # free texts by the VQA adapter, closed by the reference engine
    case(
        "X1077-044",
        caption("a woman wearing a yellow sweatshirt with white letters and blue jeans"),
        col("mustard"),
        pat("printed"),
        wearing("a yellow sweatshirt and jeans", who="she"),
        describe(
            "sweatshirt",
            "the sweatshirt is yellow with white writing on the front that says brooklyn and it has a hood",
            "unsupported",
        ),
        color_of("sweatshirt", "yes", "non_answer", kind="open"),
        gtype("sweatshirt"),
        sleeve("short sleeves", "contradiction"),
        title="Roadster Women Mustard Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
        gender="Women",
    ),
    # photo: navy short-sleeve tee with a white and red horizontal band across the chest, white shorts, white
    # backdrop; the feed row has no category; free texts by the VQA adapter, closed by the reference engine
    case(
        "X1077-045",
        caption("a man wearing a blue t-shirt with red and white stripes across the chest"),
        col("navy blue"),
        color_of("t-shirt", "white", "other_garment_color", kind="open"),
        wearing("a navy blue t-shirt with a red and white band and white shorts", who="he"),
        details(
            "t-shirt",
            "Describe the t-shirt. Answer: a navy blue t-shirt with a red and white stripe Question: What",
            "leak",
        ),
        gtype("t-shirt"),
        mat("dri-fit polyester", "unsupported"),
        title="Fila Men Navy Blue Tshirt",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: peach short-sleeve peplum top with a tie at the waist knotted in a bow, white jeans, front view;
    # free texts by the VQA adapter, closed by the reference engine
    case(
        "X1077-046",
        caption("a woman wearing a pink top with a bow and white jeans"),
        col("peach"),
        gtype("dress", "contradiction"),
        describe(
            "top",
            "the top is a peach top with a peplum hem and a tie at the waist and short sleeves and a peplum hem and"
            " a tie"
            " at the waist and short",
            "loop",
            hit_limit=True,
        ),
        is_a("blouse", "yes"),
        wearing("pink top, white jeans", who="she"),
        mat("satin", "unsupported"),
        title="Vero Moda Women Peach Top",
        category="Tops",
        color="Peach",
        gender="Women",
    ),
]
