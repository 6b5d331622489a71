"""BLIND_891 (46 products; older Myntra topwear feed (M/W), VQA adapter): written blind in the fifty-seventh session.
Measured blind at c1acb3c (the session's second rules): 120/127 failures found (94.5%) and 10/185 correct texts flagged
(5.4%). The writer's notes, verbatim:

Scenario: the older Myntra catalog feed of the kind the shared photos come from: short seller titles in the
"Brand Men/Women Solid|Printed|Stripes <Colour> <Type>s" style, article_type and base_colour as the seller set them,
men's and women's topwear only (Tshirts, Shirts, Tops, Sweaters, Sweatshirts, Jackets, Kurtas). Photos are catalog
shots on a white or light grey backdrop, mostly worn by a model who also wears bottoms (jeans, chinos, leggings,
palazzos, skirts) and sometimes a layer (a tee under a jacket, a shirt under a sweater or a blazer); one is a flat
lay of a pack of three with no person.

Who wrote what: every caption and every open answer comes from Salesforce/blip2-opt-2.7b with the VQA adapter
(leoreigoto/Data3_V3_BLIP2_VQA), greedy, 50 new tokens for captions and 30 for answers. The adapter was trained
on In-shop VQA pairs with unmasked labels and no end token, so it answers in the In-shop vocabulary ("tee",
"blouse", "denim"), runs on into loops or to the token limit, and sometimes carries on with the next
"Question: ... Answer:" turn of its training format. Its captions are broken in the way VQA-only training broke
them: some are fine, some are a bare color word or an answer-shaped fragment, some loop. It copies the color of
the bottoms or of a layer onto the product, invents hoods, pockets, belts and jewellery, and mixes up he/she.
The closed answers (garment type, color, pattern, sleeve length, the yes/no "Is this a ...?") come from enrich's
reference engine, which ranks the candidate values with the same adapter and stores one value: they never loop
or stop short, but they can pick the bottoms' color, a print's color or the wrong type.

Labeling conventions and judgement calls:
- The photo note is the truth. Where the seller's color and the photo disagree (X891-019, sold as Brown, reads
  maroon), an answer that matches the photo is correct.
- A color that belongs to another visible garment (the jeans, the leggings, the tee under a jacket, the shirt
  under a sweater, the blazer over a shirt) given to the product is other_garment_color, closed or open. A color
  seen nowhere, or only in the product's own print, stripes, lining or trim (the red rose on a white tee, the white
  stripes of a navy shirt, the orange hood lining), is contradiction.
- A wrong garment type, a wrong sleeve length or pattern, and a wrong yes/no to "Is this a ...?" are
  contradiction. A kurta called a "dress" is contradiction (the seller's category says kurta); "tunic" and "top"
  for a kurta, "blouse" for a woman's top or shirt, "tee" for a t-shirt, "plaid" for checks are accepted.
- Details the photo does not show or that are plainly not there (a hood on a crew sweatshirt, a belt, a watch, a
  necklace, a fur collar, the back of a garment seen from the front, a person in a flat lay) are unsupported, and
  so is a material that the photo note contradicts (leather for faux suede, denim for cotton twill, silk for
  georgette). A common fabric that matches the photo note (cotton jersey tee, knit sweater, denim jacket) is correct.
- A text with several faults gets the first one a reader meets: a prompt leak is leak even when it then runs to
  the limit; a repeating phrase is loop (hit_limit=True) even when what it repeats is also invented; a sentence
  that stops mid-phrase at the limit without repeating is cut (hit_limit=True).
- non_answer: a bare color or one word where a description or an outfit was asked, "yes" to an open question, or
  "it is a t-shirt". restated: a sentence that only turns the question's words back ("the polo shirt details are
  the details of the polo shirt").
- pronoun: he/she (or man/woman in a caption) that is wrong for the row's gender.
- For a Multi row (a multicolor print, a pack of three), any one of the colors that is clearly there is correct.
- Terse answers that are right ("the top is red", "a black tee") are correct, even when they leave things out.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_891 = [
    # photo: man in a plain navy crew-neck cotton tee with a small embroidered logo on the chest, light blue jeans,
    # white backdrop, front view. VQA adapter: caption and open answers; reference engine: closed answers.
    case(
        "X891-001",
        caption("a man wearing a navy blue t-shirt and jeans"),
        wearing("a navy tee and light blue jeans", who="the man"),
        color_of("t-shirt", "navy blue"),
        Q.pattern("solid"),
        details("t-shirt", "the t-shirt has a round neck and a small logo on the chest"),
        Q.material("cotton"),
        title="U.S. Polo Assn. Men Solid Navy Blue Tshirts",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a sleeveless pink top with a ruffled neckline, white skinny jeans, white backdrop, front view.
    # VQA adapter: caption and open answers; reference engine: closed answers.
    case(
        "X891-002",
        caption("a woman in a pink top and white pants"),
        wearing("a pink blouse and white jeans", who="the woman"),
        color_of("top", "white", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        describe("top", "the top is pink with ruffles around the neck and it has no sleeves"),
        details(
            "top",
            "ruffles ruffles ruffles ruffles ruffles ruffles ruffles ruffles ruffles ruffles ruffles ruffles ruffles "
            "ruffles ruffles ruffles ruffles",
            "loop",
            hit_limit=True,
        ),
        title="Vero Moda Women Solid Pink Tops",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: man in a white cotton shirt with thin blue checks, one chest pocket, sleeves rolled to the elbow, worn
    # untucked over dark navy chinos, white backdrop. VQA adapter: caption and open answers; reference: closed.
    case(
        "X891-003",
        caption("a man wearing a white and blue checkered shirt"),
        color_of("shirt", "white"),
        Q.pattern("checked"),
        wearing("she is wearing a checkered shirt and pants", "pronoun", who="the person"),
        details("shirt", "the shirt has a button down collar, a chest pocket and the sleeves are rolled up"),
        Q.material("denim", "unsupported"),
        describe(
            "shirt",
            "the shirt is white with blue checks, a button down collar, a chest pocket and the sleeves rolled up to "
            "the elbows over dark navy chinos that",
            "cut",
            hit_limit=True,
        ),
        title="Wrangler Men Check White Shirts",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: woman in a straight maroon cotton kurta with a gold block-printed yoke, round neck, three-quarter
    # sleeves, side slits, white churidar leggings, white backdrop. VQA adapter: caption, open; reference: closed.
    case(
        "X891-004",
        caption("a woman in a maroon kurta and white leggings"),
        Q.garment_type("dress", "contradiction"),
        Q.color("maroon"),
        is_a("kurta", "yes"),
        Q.sleeve_length("three-quarter sleeves"),
        describe("kurta", "the kurta is maroon with a gold print on the neckline and three quarter sleeves"),
        details(
            "kurta",
            "the kurta has a round neck with a gold printed yoke, three quarter sleeves and side slits at the",
            "cut",
            hit_limit=True,
        ),
        title="Biba Women Maroon Kurtas",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: man in a grey melange crew-neck sweatshirt (no hood, no pocket) with a black PUMA logo printed on the
    # chest, black track pants, white backdrop. VQA adapter: caption and open answers; reference: closed answers.
    case(
        "X891-005",
        caption("a man wearing a grey sweatshirt with a black logo"),
        color_of("sweatshirt", "grey", kind="open"),
        wearing("a grey sweatshirt and black pants", who="the man"),
        Q.color("black", "other_garment_color"),
        describe("sweatshirt", "the sweatshirt is grey with a hood and a kangaroo pocket", "unsupported"),
        details(
            "sweatshirt",
            "Question: What are the sweatshirt details? Answer: the sweatshirt details are",
            "leak",
        ),
        title="Puma Men Grey Melange Sweatshirts",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman in a white cotton tee with a large black-and-red print of a rose and a line of text, blue denim
    # shorts, white backdrop. VQA adapter: caption and open answers; reference engine: closed answers.
    case(
        "X891-006",
        caption("a woman wearing a white t-shirt with a rose print and denim shorts"),
        wearing("a graphic tee and denim shorts", who="the woman"),
        color_of("t-shirt", "red", "contradiction"),
        Q.pattern("graphic"),
        describe("t-shirt", "yes", "non_answer"),
        details("t-shirt", "the t-shirt has a rose print on the front"),
        Q.material("cotton"),
        title="Roadster Women Printed White Tshirts",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: man in a black quilted polyester puffer jacket, zipped half open over a grey tee, blue jeans, hands in
    # the jacket's pockets, no hood, white backdrop. VQA adapter: caption and open answers; reference: closed.
    case(
        "X891-007",
        caption("a man in a black puffer jacket with his hands in his pockets"),
        color_of("jacket", "black"),
        wearing("a black jacket a grey t-shirt and blue jeans", who="the man"),
        describe("jacket", "the jacket is black leather with silver zippers", "unsupported"),
        Q.material("polyester"),
        is_a("jacket", "yes"),
        details(
            "jacket",
            "the jacket has a hood, a zipper, a hood, a zipper, a hood, a zipper, a hood, a zipper, a hood, a",
            "loop",
            hit_limit=True,
        ),
        title="Fort Collins Men Black Jackets",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a solid lavender shirt with full sleeves, tucked into black trousers, white backdrop.
    # VQA adapter: caption and open answers; reference engine: closed answers.
    case(
        "X891-008",
        caption("a woman wearing a purple shirt and black pants"),
        Q.color("lavender"),
        wearing("he is wearing a purple shirt and black pants", "pronoun", who="the person"),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        Q.sleeve_length("long sleeves"),
        details("shirt", "the shirt has buttons"),
        describe("shirt", "the shirt is described as a shirt", "restated"),
        title="Arrow Woman Solid Lavender Shirts",
        category="Shirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: man in a red pique polo with white tipping on the collar and the sleeve cuffs, khaki chinos, white
    # backdrop. VQA adapter: caption and open answers; reference engine: closed answers.
    case(
        "X891-009",
        caption(
            "a man wearing a red polo shirt and khaki pants and a red polo shirt and khaki pants and a red polo shirt "
            "and khaki pants and a red polo shirt and khaki pants and a red polo shirt and",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("polo shirt"),
        Q.color("red"),
        describe("polo shirt", "the polo shirt is red with white stripes on the collar and the sleeves"),
        details("polo shirt", "the polo shirt details are the details of the polo shirt", "restated"),
        color_of("polo shirt", "beige", "other_garment_color", kind="open"),
        wearing("she is wearing a red polo shirt and khaki pants", "pronoun", who="the person"),
        title="Nike Men Red Polo Tshirts",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: woman in a cream cable-knit pullover (round neck, long sleeves, no buttons), light blue jeans, white
    # backdrop. VQA adapter: caption and open answers; reference engine: closed answers.
    case(
        "X891-010",
        caption("a woman wearing a white sweater and blue jeans"),
        wearing("a white knit sweater and jeans", who="the woman"),
        Q.garment_type("cardigan", "contradiction"),
        Q.material("knit"),
        color_of("sweater", "blue", "other_garment_color"),
        describe("sweater", "the sweater is cream with a cable knit pattern and a round neck"),
        details(
            "sweater",
            "the sweater has a cable knit pattern on the front and the back and the sleeves and the cuffs and the",
            "cut",
            hit_limit=True,
        ),
        title="Only Women Knit Cream Sweaters",
        category="Sweaters",
        color="Cream",
        gender="Women",
    ),
    # photo: man in a long white cotton kurta with a mandarin collar and a button placket, white pyjama, light grey
    # backdrop. VQA adapter: caption and open answers; reference engine: closed answers.
    case(
        "X891-011",
        caption("a man in a white kurta and white pants"),
        Q.garment_type("kurta"),
        color_of("kurta", "white"),
        wearing("a white dress", "contradiction", who="the man"),
        details("kurta", "the kurta has a mandarin collar and a button placket"),
        describe("kurta", "white", "non_answer"),
        is_a("shirt", "yes", "contradiction"),
        title="Fabindia Men White Kurtas",
        category="Kurtas",
        color="White",
        gender="Men",
    ),
    # photo: woman in a black off-shoulder top with long sleeves, a mustard pleated midi skirt, no belt, feet out of
    # frame, white backdrop. VQA adapter: caption and open answers; reference engine: closed answers.
    case(
        "X891-012",
        caption("a woman wearing a black off the shoulder top and a yellow skirt"),
        color_of("top", "black"),
        Q.sleeve_length("long sleeves"),
        wearing("a black top and a yellow skirt with a black belt and black shoes", "unsupported", who="the woman"),
        describe("top", "black", "non_answer"),
        details(
            "top",
            "Question: What are the top details? Answer: off the shoulder Question: What are the skirt details? "
            "Answer:",
            "leak",
            hit_limit=True,
        ),
        title="Mango Women Black Tops",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: man in a solid light blue cotton poplin formal shirt, spread collar, tucked into grey trousers with a
    # black belt, white backdrop. VQA adapter: caption and open answers; reference engine: closed answers.
    case(
        "X891-013",
        caption("a man wearing a light blue shirt and light blue pants", "contradiction"),
        Q.color("grey", "other_garment_color"),
        Q.pattern("solid"),
        describe(
            "shirt",
            "the shirt is light blue with a spread collar and long sleeves and it is tucked into grey trousers",
        ),
        Q.material("linen", "unsupported"),
        wearing("a blue shirt, grey pants and a black belt", who="the man"),
        details(
            "shirt",
            "the shirt has a spread collar, long sleeves with single button cuffs and a curved hem that is tucked "
            "into grey trousers with a black",
            "cut",
            hit_limit=True,
        ),
        title="Peter England Men Solid Blue Shirts",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a yellow tee with a white cat logo on the chest, black leggings, three-quarter view, white
    # backdrop. VQA adapter: caption and open answers; reference engine: closed answers.
    case(
        "X891-014",
        caption("yellow", "non_answer"),
        color_of("t-shirt", "yellow"),
        wearing("a yellow tee and black leggings", who="she"),
        details("t-shirt", "the t-shirt has a white logo on the chest"),
        describe(
            "t-shirt",
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow "
            "yellow yellow yellow yellow yellow yellow yellow yellow",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        title="Puma Women Yellow Tshirts",
        category="Tshirts",
        color="Yellow",
        gender="Women",
    ),
    # photo: man in an olive v-neck cotton-knit sweater (no zip, no pockets) over a white collared shirt whose collar
    # shows, dark blue jeans, white backdrop. VQA adapter: caption and open answers; reference: closed answers.
    case(
        "X891-015",
        caption("a man wearing a green sweater over a white shirt"),
        color_of("sweater", "white", "other_garment_color"),
        wearing("a green v-neck sweater, a white shirt and jeans", who="the man"),
        is_a("sweater", "yes"),
        describe("sweater", "the sweater is olive green with a v neck and ribbed cuffs"),
        details("sweater", "the sweater has a zipper on the front and two pockets", "unsupported"),
        Q.material("Question: What material is the garment made of? Answer: cotton", "leak"),
        title="United Colors of Benetton Men Solid Olive Sweaters",
        category="Sweaters",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in an indigo cotton kurta with an all-over white floral print, round neck, three-quarter sleeves,
    # white palazzo pants, white backdrop. VQA adapter: caption and open answers; reference engine: closed answers.
    case(
        "X891-016",
        caption("a woman wearing a blue floral tunic and white pants"),
        Q.pattern("floral"),
        Q.color("blue"),
        wearing("a blue and white floral kurta with white palazzos", who="the woman"),
        details(
            "kurta",
            "the kurta has a floral print all over, a round neck, three quarter sleeves, a floral print all over, a "
            "round neck",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "white", "other_garment_color", kind="open"),
        Q.material("the kurta is made of the material of the kurta", "restated"),
        title="W Women Printed Blue Kurtas",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a black tee with a white print of a motorcycle and the words "BORN TO RIDE", grey jogger pants,
    # white backdrop. VQA adapter: caption and open answers; reference engine: closed answers.
    case(
        "X891-017",
        caption("a man wearing a black t-shirt with a motorcycle on it"),
        wearing("a black graphic tee and grey joggers", who="the person"),
        details("t-shirt", "the t-shirt has a print of a motorcycle and the words born to ride"),
        color_of("t-shirt", "grey", "other_garment_color"),
        Q.pattern("graphic"),
        describe("t-shirt", "a t-shirt", "non_answer"),
        Q.material("cotton Question: What is the color of the t-shirt? Answer: black Question:", "leak"),
        title="Roadster Men Printed Black Tshirts",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: woman in an olive cotton-twill utility jacket with four flap pockets and buttons, worn open over a white
    # tee, black jeans, white backdrop. VQA adapter: caption and open answers; reference engine: closed answers.
    case(
        "X891-018",
        caption("a woman wearing a green jacket over a white t-shirt"),
        color_of("jacket", "olive"),
        Q.garment_type("jacket"),
        wearing("a green jacket, a white tee and black jeans", who="the woman"),
        describe("jacket", "the jacket is white with pockets on the front", "other_garment_color"),
        details("jacket", "the jacket has four pockets with flaps, buttons and a collar"),
        Q.material("denim", "unsupported"),
        title="Roadster Women Olive Jackets",
        category="Jackets",
        color="Olive",
        gender="Women",
    ),
    # photo: man in a solid shirt that reads maroon (sold as Brown), long sleeves rolled to the elbows, white buttons,
    # one chest pocket, beige chinos with a brown belt, white backdrop. VQA adapter: caption, open; reference: closed.
    case(
        "X891-019",
        caption("a man wearing a maroon shirt and beige pants"),
        Q.color("maroon"),
        describe("shirt", "the shirt is maroon with long sleeves and a pocket on the left chest"),
        details("shirt", "the shirt has white buttons and a button down collar"),
        Q.sleeve_length("short sleeves", "contradiction"),
        wearing(
            "a maroon shirt with the sleeves rolled up to the elbows and beige chinos with a brown belt and a brown",
            "cut",
            who="the man",
            hit_limit=True,
        ),
        title="John Miller Men Solid Brown Shirts",
        category="Shirts",
        color="Brown",
        gender="Men",
    ),
    # photo: woman in a multicolor ikat-print top (orange, teal and white), short flared sleeves, a tie at the
    # waist, blue jeans, front view only, white backdrop. VQA adapter: caption and open answers; reference: closed.
    case(
        "X891-020",
        caption(
            "a woman wearing a printed top Question: What is the color of the top? Answer: multicolor Question: What "
            "is the color of the pants? Answer: blue",
            "leak",
            hit_limit=True,
        ),
        Q.color("orange"),
        Q.pattern("printed"),
        wearing("a printed blouse and blue jeans", who="the woman"),
        describe("top", "a top", "non_answer"),
        details("top", "the top has a tie at the waist and a zip at the back", "unsupported"),
        Q.sleeve_length("long sleeves", "contradiction"),
        title="Global Desi Women Printed Multi Tops",
        category="Tops",
        color="Multi",
        gender="Women",
    ),
    # photo: man in a navy hooded nylon windcheater, full zip, orange lining visible inside the hood, plain black
    # track pants, white backdrop. VQA adapter: caption and open answers; reference engine: closed answers.
    case(
        "X891-021",
        caption("a man wearing a blue jacket with a hood"),
        color_of("jacket", "orange", "contradiction", kind="open"),
        is_a("jacket", "yes"),
        details("jacket", "the jacket has a hood, a full zip and orange lining inside the hood"),
        wearing("a navy blue hooded jacket and black pants with white stripes", "unsupported", who="the man"),
        Q.material("the material of the jacket is the material", "restated"),
        Q.sleeve_length("long sleeves"),
        title="Wildcraft Men Navy Blue Jackets",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a solid peach v-neck tee, short sleeves, white jeans, white backdrop.
    # VQA adapter: caption and open answers; reference engine: closed answers.
    case(
        "X891-022",
        caption("a woman wearing a pink t-shirt and white pants"),
        Q.color("white", "other_garment_color"),
        wearing("he is wearing a peach t-shirt and white jeans", "pronoun", who="the person"),
        details("t-shirt", "the t-shirt has a v neck"),
        describe(
            "t-shirt",
            "the t-shirt is peach colored with a v neck and short sleeves and it is made of a soft and stretchy",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        title="United Colors of Benetton Women Solid Peach Tshirts",
        category="Tshirts",
        color="Peach",
        gender="Women",
    ),
    # photo: man in a black hooded sweatshirt with three white stripes down each sleeve, white drawstrings and a
    # kangaroo pocket, grey track pants, white backdrop. VQA adapter: caption and open answers; reference: closed.
    case(
        "X891-023",
        caption("a man wearing a black hoodie with white stripes on the sleeves"),
        Q.garment_type("sweatshirt"),
        color_of("sweatshirt", "black"),
        describe("sweatshirt", "the sweatshirt is grey with a hood and a front pocket", "other_garment_color"),
        details(
            "sweatshirt",
            "the sweatshirt has a hood with white drawstrings, a kangaroo pocket and three white stripes on the "
            "sleeves",
        ),
        wearing("black", "non_answer", who="the man"),
        title="ADIDAS Men Black Hooded Sweatshirts",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a sheer white georgette shirt, long sleeves with buttoned cuffs, pointed collar, tucked into a
    # blue denim skirt, white backdrop. VQA adapter: caption and open answers; reference engine: closed answers.
    case(
        "X891-024",
        caption("a woman wearing a white shirt and a denim skirt"),
        color_of("shirt", "white"),
        wearing("a white blouse and a blue denim skirt", who="the woman"),
        describe(
            "shirt",
            "the shirt is white with a pointed collar, long sleeves and buttoned cuffs, it is tucked into a blue "
            "denim skirt with",
            "cut",
            hit_limit=True,
        ),
        is_a("shirt", "no", "contradiction"),
        Q.material("silk", "unsupported"),
        details("shirt", "the shirt has a bow at the neck and pearl buttons", "unsupported"),
        title="Vero Moda Women Solid White Shirts",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: man in a charcoal long-sleeve henley tee with a three-button placket, black jeans, no watch or other
    # accessories, white backdrop. VQA adapter: caption and open answers; reference engine: closed answers.
    case(
        "X891-025",
        caption("a man wearing a grey long sleeve shirt and black jeans"),
        Q.sleeve_length("long sleeves"),
        Q.color("black", "other_garment_color"),
        Q.garment_type("t-shirt"),
        details("t-shirt", "the t-shirt has a henley neck with three buttons"),
        describe(
            "t-shirt",
            "the t-shirt is dark grey with a button placket and long sleeves, the t-shirt is dark grey with a button "
            "placket and long sleeves, the",
            "loop",
            hit_limit=True,
        ),
        wearing("a grey henley, black jeans and a silver watch", "unsupported", who="the man"),
        title="Proline Men Solid Charcoal Tshirts",
        category="Tshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: woman in a lavender crew-neck sweatshirt (no hood) with a small white swoosh on the chest, ribbed cuffs
    # and hem, black leggings, arms at her sides, white backdrop. VQA adapter: caption, open; reference: closed.
    case(
        "X891-026",
        caption(
            "a woman wearing a lavender crew neck sweatshirt with a small white logo on the chest and black leggings, "
            "standing in front of a white wall with her arms at her",
            "cut",
            hit_limit=True,
        ),
        color_of("sweatshirt", "purple", kind="open"),
        wearing("a lavender sweatshirt and black leggings", who="she"),
        details("sweatshirt", "the sweatshirt has a white nike logo on the chest and ribbed cuffs and hem"),
        is_a("hoodie", "yes", "contradiction"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        title="Nike Women Lavender Sweatshirts",
        category="Sweatshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: man in a navy shirt with thin white vertical stripes, button-down collar, one chest pocket, beige
    # trousers, white backdrop. VQA adapter: caption and open answers; reference engine: closed answers.
    case(
        "X891-027",
        caption("a man wearing a blue and white striped shirt"),
        Q.pattern("striped"),
        Q.color("navy blue"),
        wearing("she is wearing a striped shirt and beige pants", "pronoun", who="the person"),
        color_of("shirt", "white", "contradiction", kind="open"),
        details(
            "shirt",
            "the shirt has a button down collar and a chest pocket and a pocket and a pocket and a pocket and a pocket "
            "and a pocket",
            "loop",
            hit_limit=True,
        ),
        describe("shirt", "the shirt is a shirt that is a striped shirt", "restated"),
        title="Arrow Men Stripes Navy Blue Shirts",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a white crochet-lace top with short sleeves, light blue denim shorts, white backdrop.
    # VQA adapter: caption and open answers; reference engine: closed answers.
    case(
        "X891-028",
        caption("a woman in a white lace top and denim shorts"),
        describe("top", "the top is white with lace details and short sleeves"),
        Q.color("white"),
        color_of("top", "blue", "other_garment_color", kind="open"),
        details(
            "top",
            "Question: What are the top details? Answer: lace Question: What are the shorts details? Answer: denim",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless", "contradiction"),
        wearing("a white lace top, denim shorts and a straw hat", "unsupported", who="the woman"),
        title="FOREVER 21 Women White Tops",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: man in a beige art-silk kurta with tone-on-tone (beige) thread embroidery along the placket, mandarin
    # collar, long sleeves, white churidar, white backdrop. VQA adapter: caption and open answers; reference: closed.
    case(
        "X891-029",
        caption("a man wearing a beige kurta and white pants"),
        color_of("kurta", "beige"),
        wearing("a beige embroidered kurta and white churidar", who="the man"),
        describe("kurta", "the kurta is beige with gold embroidery on the front and a mandarin collar", "unsupported"),
        details("kurta", "the kurta has embroidery on the placket and a mandarin collar"),
        Q.material("silk"),
        is_a("kurta", "yes"),
        title="Manyavar Men Beige Kurtas",
        category="Kurtas",
        color="Beige",
        gender="Men",
    ),
    # photo: woman in a bright green short-sleeve polyester training tee with mesh side panels and a small logo,
    # black running shorts, white backdrop. VQA adapter: caption and open answers; reference engine: closed answers.
    case(
        "X891-030",
        caption("a woman wearing a green shirt and black shorts"),
        color_of("t-shirt", "black", "other_garment_color"),
        wearing("a green t-shirt and black shorts", who="the woman"),
        details("t-shirt", "the t-shirt has a nike logo and mesh panels on the sides"),
        describe(
            "t-shirt",
            "the t-shirt is green and black and white and green and black and white and green and black and white and",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Nike Women Green Tshirts",
        category="Tshirts",
        color="Green",
        gender="Women",
    ),
    # photo: man in a tan-brown faux-suede (polyester) bomber jacket, ribbed collar, cuffs and hem, full zip, two
    # welt pockets, a small patch on the left sleeve, over a white tee, blue jeans. VQA adapter: caption, open;
    # reference engine: closed answers.
    case(
        "X891-031",
        caption("a man wearing a brown leather jacket and a white t-shirt", "unsupported"),
        color_of("jacket", "brown"),
        wearing("a brown bomber jacket, a white t-shirt and blue jeans", who="the man"),
        describe("jacket", "the jacket is brown suede with ribbed cuffs and a zip front"),
        Q.garment_type("jacket"),
        details(
            "jacket",
            "the jacket has a full zip front, ribbed collar, ribbed cuffs and hem, two welt pockets on the sides and a "
            "small patch on the left sleeve with",
            "cut",
            hit_limit=True,
        ),
        title="Roadster Men Brown Jackets",
        category="Jackets",
        color="Brown",
        gender="Men",
    ),
    # photo: woman in a flared mustard-yellow kurta with a small white polka-dot print, three-quarter sleeves, white
    # leggings, white backdrop. VQA adapter: caption and open answers; reference engine: closed answers.
    case(
        "X891-032",
        caption("a woman wearing a yellow kurta with white dots"),
        Q.pattern("polka dot"),
        Q.color("white", "other_garment_color"),
        describe("kurta", "the kurta is mustard yellow with white polka dots and a flared hem"),
        wearing("a yellow dress", "contradiction", who="the woman"),
        details("kurta", "Question: What are the kurta details? Answer: polka dots", "leak"),
        title="Aurelia Women Printed Mustard Kurtas",
        category="Kurtas",
        color="Mustard",
        gender="Women",
    ),
    # photo: man in a charcoal crew-neck wool-blend sweater with a red and white Fair Isle band across the chest,
    # blue jeans, white backdrop. VQA adapter: caption and open answers; reference engine: closed answers.
    case(
        "X891-033",
        caption("a man wearing a grey sweater with a red and white pattern on the chest"),
        color_of("sweater", "red", "contradiction", kind="open"),
        wearing("a grey sweater and blue jeans", who="the man"),
        details("sweater", "the sweater has a fair isle pattern on the chest, ribbed cuffs and a ribbed hem"),
        describe(
            "sweater",
            "the sweater is grey with a red and white pattern and it is made of wool and cashmere",
            "unsupported",
        ),
        Q.material("wool"),
        title="Jack & Jones Men Charcoal Sweaters",
        category="Sweaters",
        color="Charcoal",
        gender="Men",
    ),
    # photo: woman in a solid black shirt with roll-up sleeve tabs, sleeves rolled and buttoned, black buttons, white
    # trousers, white backdrop. VQA adapter: caption and open answers; reference engine: closed answers.
    case(
        "X891-034",
        caption("a woman wearing a black shirt and white pants"),
        Q.color("black"),
        wearing("he is wearing a black shirt and white pants", "pronoun", who="the person"),
        describe("shirt", "the shirt is white with black buttons", "other_garment_color"),
        details("shirt", "the shirt has roll up sleeves with button tabs"),
        Q.sleeve_length("long sleeves"),
        title="United Colors of Benetton Women Solid Black Shirts",
        category="Shirts",
        color="Black",
        gender="Women",
    ),
    # photo: man in a plain orange cotton crew tee with a large white FILA logo printed across the chest, navy shorts,
    # white backdrop; the feed row has no base_colour. VQA adapter: caption and open answers; reference: closed.
    case(
        "X891-035",
        caption("a man wearing an orange t-shirt with a white logo"),
        color_of("t-shirt", "orange"),
        wearing("an orange graphic tee and navy shorts", who="the man"),
        details("t-shirt", "the t-shirt has a large fila logo printed on the front in white"),
        describe(
            "t-shirt",
            "the t-shirt is orange with a white logo and a white logo and a white logo and a white logo and a white "
            "logo and a",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        Q.pattern("striped", "contradiction"),
        title="Fila Men Orange Tshirts",
        category="Tshirts",
        gender="Men",
    ),
    # photo: woman in a red wrap-front top with a v neck, a tie at the waist and long sleeves, black trousers, no
    # jewellery, white backdrop. VQA adapter: caption and open answers; reference engine: closed answers.
    case(
        "X891-036",
        caption("a woman wearing a red blouse with a tie at the waist"),
        Q.garment_type("top"),
        color_of("top", "red", kind="open"),
        wearing("a red wrap top and black pants and a gold necklace", "unsupported", who="the woman"),
        details("top", "the top has a v neck, a tie at the waist and long sleeves"),
        describe("top", "the top is red"),
        is_a("dress", "yes", "contradiction"),
        title="Mango Women Red Tops",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: man in a green-and-navy tartan-check brushed-cotton flannel shirt worn open over a white tee, khaki
    # chinos, white backdrop. VQA adapter: caption and open answers; reference engine: closed answers.
    case(
        "X891-037",
        caption("a man wearing a green plaid shirt over a white t-shirt"),
        Q.pattern("checked"),
        Q.color("white", "other_garment_color"),
        wearing("a green checkered shirt, a white t-shirt and khaki pants", who="the man"),
        details(
            "shirt",
            "the shirt has a button down collar, a chest pocket, the sleeves, the collar, the buttons, the sleeves, "
            "the collar, the buttons",
            "loop",
            hit_limit=True,
        ),
        describe("shirt", "the shirt is a green and navy checked shirt with long sleeves"),
        Q.material("flannel"),
        is_a("jacket", "yes", "contradiction"),
        title="Basics Men Checked Green Shirts",
        category="Shirts",
        color="Green",
        gender="Men",
    ),
    # photo: woman in a pink acrylic-knit cardigan with buttons down the front, worn open over a white camisole, blue
    # jeans, white backdrop. VQA adapter: caption and open answers; reference engine: closed answers.
    case(
        "X891-038",
        caption("a woman wearing a pink cardigan over a white top"),
        Q.garment_type("cardigan"),
        color_of("cardigan", "white", "other_garment_color"),
        wearing("a pink cardigan, a white top and blue jeans", who="the woman"),
        describe("cardigan", "the cardigan is pink with buttons down the front and long sleeves"),
        details(
            "cardigan",
            "Question: What are the cardigan details? Answer: Question: What are the cardigan details? Answer:",
            "leak",
            hit_limit=True,
        ),
        Q.material("cashmere", "unsupported"),
        title="Vero Moda Women Pink Sweaters",
        category="Sweaters",
        color="Pink",
        gender="Women",
    ),
    # photo: man in a white pique polo with navy tipping on the collar and a small navy logo, short sleeves, navy
    # shorts, white backdrop. VQA adapter: caption and open answers; reference engine: closed answers.
    case(
        "X891-039",
        caption("a man wearing a white polo shirt and blue shorts"),
        color_of("polo shirt", "navy blue", "other_garment_color", kind="open"),
        Q.garment_type("polo shirt"),
        is_a("polo shirt", "yes"),
        details("polo shirt", "the polo shirt has a collar with blue stripes and a two button placket"),
        wearing("she is wearing a white polo shirt and blue shorts", "pronoun", who="the person"),
        describe(
            "polo shirt",
            "the polo shirt is white with a navy blue collar and a navy blue logo on the chest and it has short "
            "sleeves and a",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves", "contradiction"),
        title="Flying Machine Men Solid White Polo Tshirts",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: woman in a mid-blue denim jacket (no collar lining, no fur), buttoned, two flap chest pockets with silver
    # buttons, over a black tee, black skinny jeans, white backdrop. VQA adapter: caption, open; reference: closed.
    case(
        "X891-040",
        caption("a woman wearing a denim jacket and black pants"),
        Q.material("denim"),
        Q.color("blue"),
        wearing(
            "a blue jean jacket over a black t-shirt, black skinny jeans and the jacket is buttoned up to the",
            "cut",
            who="the woman",
            hit_limit=True,
        ),
        describe("jacket", "the jacket is black denim", "other_garment_color"),
        details(
            "jacket", "the jacket has silver buttons, two chest pockets with flaps and a fur collar", "unsupported"
        ),
        Q.sleeve_length("long sleeves"),
        title="Levis Women Blue Denim Jackets",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a navy zip-up sweatshirt with a stand collar (no hood) and a white contrast zip, grey chinos,
    # white backdrop. VQA adapter: caption and open answers; reference engine: closed answers.
    case(
        "X891-041",
        caption("a woman wearing a navy zip up sweatshirt", "pronoun"),
        color_of("sweatshirt", "navy blue"),
        wearing("a navy zip sweatshirt and grey chinos", who="the man"),
        details("sweatshirt", "the sweatshirt has a hood", "unsupported"),
        describe("sweatshirt", "the sweatshirt is grey with a white zipper", "other_garment_color"),
        Q.pattern("solid"),
        title="U.S. Polo Assn. Men Solid Navy Blue Sweatshirts",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a black cotton tee with a colorful cartoon cat printed on the front (pink and yellow), blue
    # jeans, front view only, white backdrop. VQA adapter: caption and open answers; reference: closed answers.
    case(
        "X891-042",
        caption("a woman wearing a black t-shirt with a cat on it"),
        Q.pattern("graphic"),
        Q.color("pink", "contradiction"),
        details("t-shirt", "the t-shirt has a cartoon cat printed on the front"),
        wearing("a black tee", who="the person"),
        describe(
            "t-shirt",
            "the t-shirt is black with a cat print on the front and a cat print on the back",
            "unsupported",
        ),
        Q.material("Question: What material is the t-shirt made of? Answer: cotton Question: What", "leak"),
        title="Tantra Women Printed Black Tshirts",
        category="Tshirts",
        color="Black",
        gender="Women",
    ),
    # photo: man in a pale pink formal shirt under an open navy blazer, navy trousers, the shirt's cuffs hidden by the
    # blazer sleeves, white backdrop. VQA adapter: caption and open answers; reference engine: closed answers.
    case(
        "X891-043",
        caption("a man wearing a blue blazer and a pink shirt"),
        color_of("shirt", "navy blue", "other_garment_color"),
        Q.garment_type("blazer", "contradiction"),
        wearing("a navy blazer over a pink shirt and navy trousers", who="the man"),
        describe("shirt", "the shirt is light pink with a spread collar"),
        details("shirt", "the shirt has french cuffs and gold cufflinks", "unsupported"),
        Q.material(
            "Question: What material is the shirt made of? Answer: Question: What material is the shirt made of?",
            "leak",
            hit_limit=True,
        ),
        title="Reid & Taylor Men Solid Pink Shirts",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: woman in a sea-green straight kurta with a silver foil print at the neckline only, long sleeves, beige
    # palazzos, white backdrop; the feed row has no article_type. VQA adapter: caption, open; reference: closed.
    case(
        "X891-044",
        caption("a woman wearing a green kurta with a silver print on the neck"),
        Q.color("green"),
        wearing("a green kurta and beige pants", who="the woman"),
        describe("kurta", "the kurta is green"),
        details(
            "kurta",
            "the kurta has a silver print on the neckline and the sleeves and the hem and the neckline and the sleeves "
            "and the hem and the neckline",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves"),
        color_of("kurta", "beige", "other_garment_color", kind="open"),
        is_a("kurta", "no", "contradiction"),
        title="Rangmanch Women Sea Green Kurta",
        color="Sea Green",
        gender="Women",
    ),
    # photo: flat lay of three folded crew-neck cotton tees (navy, grey, white) on a white background, no person.
    # VQA adapter: caption and open answers; reference engine: closed answers.
    case(
        "X891-045",
        caption("three t-shirts folded on a white background"),
        wearing("a man wearing a blue t-shirt", "unsupported", who="the person"),
        Q.color("navy blue"),
        Q.garment_type("t-shirt"),
        details("t-shirts", "the t-shirts are navy, grey and white with round necks"),
        describe("t-shirt", "it is a t-shirt", "non_answer"),
        title="Classic Polo Men Pack of 3 Tshirts",
        category="Tshirts",
        color="Multi",
        gender="Men",
    ),
    # photo: woman in a light-wash chambray (denim) shirt, long sleeves rolled to the elbows, two snap-flap chest
    # pockets, knotted at the waist, white shorts, white backdrop. VQA adapter: caption, open; reference: closed.
    case(
        "X891-046",
        caption("a woman wearing a blue denim shirt tied at the waist and white shorts"),
        Q.material("denim"),
        color_of("shirt", "white", "other_garment_color"),
        wearing("a denim shirt and white shorts", who="the woman"),
        details("shirt", "the shirt has two chest pockets with snap buttons and it is knotted at the waist"),
        describe(
            "shirt",
            "the shirt is light blue denim with long sleeves and the sleeves are rolled up and the sleeves are rolled "
            "up and the sleeves are",
            "loop",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        Q.pattern("checked", "contradiction"),
        title="Wrangler Women Blue Denim Shirts",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
]
