"""BLIND_594 (46 products; older Myntra feed, zero-shot base + reference): written blind in the fifty-second session.
Measured blind at 2b2b7dc (the session's seventh rules): 125/139 failures found (89.9%) and 5/192 correct texts flagged
(2.6%). The writer's notes, verbatim:

Scenario: the older Myntra feed of the shared photos' kind: short free-form seller titles ("Arrow Men Stripes Navy
Blue Shirts"), the seller's article type and base colour, men's and women's t-shirts, shirts, jeans, kurtas, tops
and dresses. Product shots on a white backdrop, almost all worn by a model who also wears other clothes (jeans under
a tee, white churidar under a kurta, a tee under an open shirt, a denim jacket over a dress). Three rows lack a
column, as real feeds do: one has no colour, one no article type, one no gender.

Who wrote what: the untuned base model (Salesforce/blip2-opt-2.7b, zero-shot, greedy, 50 new tokens for captions,
30 for answers) wrote every caption and every open answer (wearing, describe, details, material, and the open
"What is the color of the X?" where it is marked open). Enrich's --engine reference wrote the closed ones
(garment type, colour, pattern, sleeve length, the closed colour question, "Is this a ...?"): it picks one candidate
value, so those never loop or stop short, but it picks the jeans' or the dupatta's colour, or a wrong sleeve length.
The base model's habits: short lowercase answers that usually stop; one colour spread over every garment; kurtas
called dresses or shirts; brand names and details invented (pockets, zips at the back, fabric blends); now and
then a loop or a run to the token limit on describe/details, a `Question: ... Answer:` leak, a yes/no or one word
for an open question, and "she" for a man or "he" for a woman.

Labeling conventions and judgement calls:
- One label per text. A text that ran to the token limit is labeled loop when it repeats a phrase, cut when it
  just stops mid-phrase; hit_limit=True on both. A leak is labeled leak even when the answer inside it is right.
- other_garment_color: the product (the garment the seller sells) is given the colour of another garment or prop in
  the photo (jeans, churidar, open jacket, dupatta, the clutch she holds), in a closed or open text.
- contradiction: a wrong colour that is no other item's colour, a secondary garment given the product's colour
  (the "one colour for every garment" habit), a wrong garment kind (a kurta called a dress or shirt, a t-shirt
  picked for a shirt worn over a tee, "trousers" for jeans), a wrong pattern or sleeve length, a "yes"/"no" that
  is wrong for the photo.
- unsupported: a detail the photo does not show or contradicts by absence (pockets, tie, belt, zip or keyhole at the
  hidden back, brand names not on the garment, a matching set). Material: a fabric plainly visible (denim) or named
  in the title counts as correct; any other fibre or blend claim is unsupported, plain "cotton" for a tee included.
- non_answer: yes/no, "i don't know", a tautology ("the kurta is a kurta", "they are jeans"), or one bare word to
  describe/details. A bare colour to an open colour question is an answer, not a non_answer.
- restated: the question's own words given back ("the top details are the top details", "describe the top").
- pronoun: he/she wrong for the row's gender; the rest of such a text is right. No pronoun failures on the row
  without gender.
- Photo over seller: the "Brown" kurta that is plainly rust is answered orange/rust and counted correct; "white"
  for a cream or off-white garment, "red" for maroon, "green" for teal and "blue" for turquoise count as correct.
- A long-sleeve shirt worn with sleeves rolled up is still "long sleeve"; a polo counts as a t-shirt.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS as Q,
)
from tests.audit_corpus import (
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    wearing,
)

BLIND_594 = [
    # photo: man, yellow crew-neck tee with a small black Puma cat logo on the chest, blue jeans, white backdrop,
    # front view; caption and open answers by the base model, closed by the reference engine
    case(
        "X594-001",
        caption("a man wearing a yellow t-shirt and blue jeans"),
        wearing("a yellow t-shirt and jeans", who="he"),
        Q.garment_type("t-shirt"),
        color_of("t-shirt", "yellow"),
        describe("t-shirt", "it is a yellow t-shirt with a black puma logo on the chest"),
        details("t-shirt", "the t-shirt has a v-neck and two pockets on the front", "unsupported"),
        color_of("jeans", "yellow", "contradiction", kind="open"),
        Q.material("the t-shirt is made of 100% cotton", "unsupported"),
        title="Puma Men Spine Tee Yellow Tshirts",
        category="Tshirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: woman, peach short-sleeve tee, light-blue jeans, hand on hip, white backdrop, front view; base model
    # caption and open answers, reference engine closed
    case(
        "X594-002",
        caption("a woman wearing a pink t-shirt and jeans"),
        wearing("a pink shirt and blue jeans", who="she"),
        Q.color("blue", "other_garment_color"),
        describe("t-shirt", "the t-shirt is blue", "other_garment_color"),
        details("t-shirt", "yes", "non_answer"),
        Q.pattern("solid"),
        title="United Colors Of Benetton Women Peach T-Shirt",
        category="Tshirts",
        color="Peach",
        gender="Women",
    ),
    # photo: man, plain maroon round-neck tee, black track pants, white backdrop, front view; base model caption and
    # open answers, reference engine closed
    case(
        "X594-003",
        caption("a man in a maroon t-shirt and black pants standing in front of a white background"),
        wearing("he is wearing a red t-shirt and black pants", who="he"),
        color_of("t-shirt", "maroon"),
        describe("t-shirt", "the t-shirt is black", "other_garment_color"),
        details(
            "t-shirt",
            "the t-shirt has a round neck and short sleeves, and the t-shirt has a round neck and short sleeves, and"
            " the t-shirt has a round",
            "loop",
            hit_limit=True,
        ),
        Q.material("it is made of cotton", "unsupported"),
        title="Probase Men Solid Maroon Tshirts",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: man, white full-sleeve shirt with big black and grey checks, dark blue jeans, white backdrop, front
    # view; base model caption and open answers, reference engine closed
    case(
        "X594-004",
        caption("a man wearing a white and black checkered shirt"),
        wearing("a white shirt and blue jeans"),
        Q.pattern("checked"),
        Q.color("white"),
        describe("shirt", "a white shirt with black and grey checks and long sleeves"),
        details("shirt", "Question: What are the shirt details? Answer: the shirt has a collar and buttons", "leak"),
        Q.sleeve_length("long sleeve"),
        color_of("jeans", "white", "contradiction", kind="open"),
        title="Wrangler Men Urban Big Check White Shirts",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: man, blue shirt with thin white stripe-look checks, one chest pocket, sleeves rolled to the elbow,
    # beige chinos, white backdrop; base model caption and open answers, reference engine closed
    case(
        "X594-005",
        caption("a man in a blue shirt and khaki pants"),
        wearing("she is wearing a blue shirt and khaki pants", "pronoun", who="he"),
        Q.pattern("checked"),
        color_of("shirt", "beige", "other_garment_color"),
        details("shirt", "the shirt has a button down collar, a chest pocket and rolled up sleeves"),
        Q.sleeve_length("long sleeve"),
        Q.material("linen", "unsupported"),
        title="Wrangler Men August Stripe Look Checks Blue Shirts",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: woman, green straight kurta with a small white floral print, round neck, three-quarter sleeves, white
    # churidar, no dupatta, white backdrop; base model caption and open answers, reference engine closed
    case(
        "X594-006",
        caption("a woman in a green kurta and white pants"),
        wearing("a green and white dress", "contradiction", who="she"),
        Q.garment_type("kurta"),
        Q.pattern("floral"),
        Q.color("white", "other_garment_color"),
        describe("kurta", "the kurta is green with white flowers and three quarter sleeves"),
        details(
            "kurta", "the kurta has a mandarin collar, a zip at the back and gold embroidery on the yoke", "unsupported"
        ),
        is_a("kurta", "yes"),
        title="Biba Women Printed Green Kurta",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: woman, black sleeveless top with a lace trim at the neckline, blue skinny jeans, white backdrop; base
    # model caption and open answers, reference engine closed
    case(
        "X594-007",
        caption("a woman wearing a black top and blue jeans"),
        wearing("black top and jeans"),
        Q.sleeve_length("sleeveless"),
        color_of("top", "blue", "other_garment_color"),
        describe("top", "a black tank top with lace at the neckline"),
        details("top", "the top details are the top details", "restated"),
        Q.material("silk", "unsupported"),
        title="Vero Moda Women Black Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: lower half of a man, mid-blue washed slim jeans faded on the thighs, hem of a white tee over the
    # waistband, brown shoes, white backdrop, cropped at the chest; base model open texts, reference engine closed
    case(
        "X594-008",
        caption("a pair of blue jeans with a white t-shirt"),
        wearing("she is wearing blue jeans and a white t-shirt", "pronoun", who="he"),
        color_of("jeans", "blue"),
        details("jeans", "the jeans are faded at the thighs with a button and zip fly"),
        describe("jeans", "the jeans are white", "other_garment_color"),
        Q.garment_type("jeans"),
        is_a("pair of jeans", "yes"),
        title="Flying Machine Men Washed Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: man, cream full-sleeve kurta with a mandarin collar and button placket, white pyjama, brown sandals,
    # white backdrop; base model caption and open answers, reference engine closed
    case(
        "X594-009",
        caption("a man in a white kurta and white pants"),
        wearing("a white kurta and pyjama", who="he"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("white"),
        describe("kurta", "a long white kurta with a mandarin collar and a button placket"),
        details(
            "kurta",
            "the kurta has a mandarin collar, a button placket, long sleeves and side slits, and the kurta has a"
            " mandarin collar, a button placket",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeve"),
        Q.material("khadi cotton", "unsupported"),
        title="Fabindia Men Cream Kurta",
        category="Kurtas",
        color="Cream",
        gender="Men",
    ),
    # photo: woman, navy sleeveless knee-length A-line dress with small white polka dots, tan belt at the waist,
    # white backdrop; base model caption and open answers, reference engine closed
    case(
        "X594-010",
        caption("a woman in a blue polka dot dress"),
        wearing("he is wearing a blue dress with white polka dots", "pronoun", who="she"),
        Q.pattern("printed"),
        color_of("dress", "navy blue"),
        describe("dress", "a navy blue sleeveless dress with white dots and a brown belt"),
        details("dress", "the dress is made of 100% polyester and is machine washable", "unsupported"),
        Q.sleeve_length("short sleeve", "contradiction"),
        title="Mango Women Navy Printed Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man, black tee with a large white and red motorbike graphic on the front (no brand text), grey jeans,
    # white backdrop; base model caption and open answers, reference engine closed
    case(
        "X594-011",
        caption("a man wearing a black harley davidson t-shirt with a motorcycle on it", "unsupported"),
        wearing("a black t-shirt and grey jeans"),
        Q.pattern("graphic"),
        color_of("t-shirt", "black", kind="open"),
        color_of("jeans", "black", "contradiction", kind="open"),
        details(
            "t-shirt",
            'the t-shirt has a graphic print of a motorcycle on the front and the words "ride free" on the back',
            "unsupported",
        ),
        Q.sleeve_length("short sleeve"),
        title="Flying Machine Men Printed Black Tshirts",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: woman, magenta-pink kurta with a gold printed border at the hem, three-quarter sleeves, white leggings,
    # white backdrop; base model caption and open answers, reference engine closed
    case(
        "X594-012",
        caption("a woman in a pink dress with gold trim", "contradiction"),
        wearing("a pink kurta and white leggings", who="she"),
        Q.garment_type("kurta"),
        Q.color("pink"),
        details("kurta", "the kurta has a gold printed border at the hem and three quarter sleeves"),
        describe("kurta", "pink", "non_answer"),
        is_a("kurta", "yes"),
        Q.sleeve_length("long sleeve", "contradiction"),
        title="Global Desi Women Pink Kurta",
        category="Kurtas",
        color="Magenta",
        gender="Women",
    ),
    # photo: man, navy full-sleeve shirt with thin white vertical stripes, tucked into grey trousers, no tie, white
    # backdrop; base model caption and open answers, reference engine closed
    case(
        "X594-013",
        caption("a man wearing a blue and white striped shirt and grey pants"),
        wearing("a blue shirt and a black tie", "unsupported", who="he"),
        Q.pattern("solid", "contradiction"),
        color_of("shirt", "navy blue"),
        describe(
            "shirt",
            "a navy blue shirt with white stripes and a pocket on the left chest, the shirt is a slim fit shirt with a",
            "cut",
            hit_limit=True,
        ),
        details("shirt", "the shirt has a spread collar and long sleeves with buttoned cuffs"),
        is_a("shirt", "no", "contradiction"),
        title="Arrow Men Stripes Navy Blue Shirts",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman, dark blue skinny jeans, loose light-pink top worn untucked, white sneakers, white backdrop; base
    # model caption and open answers, reference engine closed
    case(
        "X594-014",
        caption("a woman wearing a pink top and blue jeans"),
        wearing("a pink shirt and jeans", who="she"),
        color_of("jeans", "pink", "other_garment_color"),
        Q.garment_type("jeans"),
        describe("jeans", "the jeans are skinny and dark blue"),
        details(
            "jeans",
            "the jeans have a zipper on the front and a button on the front and a zipper on the front and a button"
            " on the front and a",
            "loop",
            hit_limit=True,
        ),
        Q.material("denim"),
        title="Levis Women Blue Skinny Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: man, grey melange polo with navy tipping on the collar and a small navy logo, dark blue jeans, white
    # backdrop; base model caption and open answers, reference engine closed
    case(
        "X594-015",
        caption("a man in a grey polo shirt"),
        wearing("he is wearing a grey polo and jeans", who="he"),
        Q.garment_type("t-shirt"),
        Q.color("navy blue", "other_garment_color"),
        details("t-shirt", "the shirt has a collar with blue stripes, two buttons and a logo on the chest"),
        describe(
            "t-shirt",
            "a grey polo shirt with a navy collar and a horse logo\nQuestion: what is the color of the"
            " t-shirt? Answer: grey",
            "leak",
        ),
        Q.sleeve_length("short sleeve"),
        color_of("jeans", "grey", "contradiction", kind="open"),
        title="U.S. Polo Assn. Men Grey Melange Polo Tshirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman, white peasant top with blue embroidery at the neckline and short puff sleeves, blue denim
    # shorts, white backdrop; base model caption and open answers, reference engine closed
    case(
        "X594-016",
        caption("a woman in a white blouse and denim shorts"),
        wearing("a white top and blue shorts", who="she"),
        Q.color("white"),
        color_of("top", "blue", "other_garment_color", kind="open"),
        details("top", "the top has blue embroidery around the neck and short puff sleeves"),
        describe("top", "describe the top", "restated"),
        Q.sleeve_length("short sleeve"),
        color_of("shorts", "white", "contradiction", kind="open"),
        title="Only Women White Embroidered Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: man, black slim jeans, white shirt worn untucked over them, black shoes, white backdrop, cropped at the
    # chest; base model caption and open answers, reference engine closed
    case(
        "X594-017",
        caption("a man wearing black jeans and a white shirt"),
        wearing("a white shirt and black pants"),
        color_of("jeans", "black"),
        color_of("shirt", "black", "contradiction", kind="open"),
        describe("jeans", "the jeans are white", "other_garment_color"),
        details("jeans", "they are jeans", "non_answer"),
        Q.garment_type("trousers", "contradiction"),
        title="Locomotive Men Black Slim Fit Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: woman, indigo kurta with small white block-printed motifs, keyhole neck, three-quarter sleeves, white
    # palazzo pants, white backdrop; base model caption and open answers, reference engine closed
    case(
        "X594-018",
        caption("a woman in a blue and white printed kurta"),
        wearing("she is wearing a blue kurta and white pants", who="she"),
        Q.pattern("printed"),
        color_of("kurta", "white", "other_garment_color"),
        describe(
            "kurta",
            "a dark blue cotton kurta with small white block printed motifs all over, a round neck with a keyhole"
            " opening, three quarter sleeves and a straight hem that falls just below",
            "cut",
            hit_limit=True,
        ),
        details("kurta", "the kurta has a keyhole neck and three quarter sleeves"),
        Q.material("cotton"),
        Q.sleeve_length("long sleeve", "contradiction"),
        title="Fabindia Women Indigo Cotton Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man, plain light-pink formal shirt, full sleeves with plain button cuffs, one chest pocket, tucked into
    # navy trousers, black belt, no tie, white backdrop; base model open texts, reference engine closed
    case(
        "X594-019",
        caption("a man in a pink shirt and blue pants"),
        wearing("a pink shirt and a tie", "unsupported", who="he"),
        Q.color("pink"),
        Q.pattern("solid"),
        describe("shirt", "yes", "non_answer"),
        details(
            "shirt", "the shirt has a pocket on the left chest and french cuffs with gold cufflinks", "unsupported"
        ),
        Q.sleeve_length("long sleeve"),
        title="Reid & Taylor Men Solid Pink Shirts",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: woman, lavender fitted tee with a white Nike swoosh on the chest, black track pants, white backdrop;
    # base model caption and open answers, reference engine closed
    case(
        "X594-020",
        caption("a woman wearing a purple nike t-shirt and black pants"),
        wearing("a purple shirt and black pants", who="she"),
        color_of("t-shirt", "black", "other_garment_color"),
        describe("t-shirt", "a purple t-shirt with a white nike logo on the chest"),
        details(
            "t-shirt",
            "the t-shirt has a nike logo on the chest\nQuestion: What are the t-shirt details? Answer:"
            " the t-shirt has a nike logo",
            "leak",
        ),
        Q.material("dri-fit polyester with mesh panels under the arms", "unsupported"),
        title="Nike Women Training Lavender T-shirt",
        category="Tshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: man, maroon kurta with a slight sheen and gold buttons, beige churidar, mojris, white backdrop; base
    # model caption and open answers, reference engine closed
    case(
        "X594-021",
        caption("a man in a maroon kurta and maroon pants", "contradiction"),
        wearing("a red shirt and white pants", "contradiction", who="he"),
        Q.garment_type("kurta"),
        color_of("kurta", "beige", "other_garment_color"),
        details("kurta", "the kurta has gold buttons down the front and a mandarin collar"),
        Q.material(
            "it is made of silk and cotton and silk and cotton and silk and cotton and silk and cotton and silk and",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        title="Manyavar Men Maroon Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Men",
    ),
    # photo: woman, plain red short-sleeve fitted knee-length dress, black heels, white backdrop, front view; base
    # model caption and open answers, reference engine closed
    case(
        "X594-022",
        caption("a woman in a red dress and red shoes posing for a photo", "contradiction"),
        wearing("a red dress and black shoes", who="she"),
        Q.garment_type("dress"),
        Q.color("red"),
        describe("dress", "a fitted red dress with short sleeves that comes to the knee"),
        details("dress", "the dress has a zipper on the back", "unsupported"),
        Q.sleeve_length("short sleeve"),
        Q.material("polyester", "unsupported"),
        title="Remanika Women Red Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: man, navy polo tee with a small red polo-player logo, khaki shorts, white backdrop; base model caption
    # and open answers, reference engine closed
    case(
        "X594-023",
        caption("a man wearing a blue ralph lauren polo shirt and khaki shorts", "unsupported"),
        wearing("a t-shirt and shorts"),
        color_of("t-shirt", "khaki", "other_garment_color", kind="open"),
        Q.color("navy blue"),
        details("t-shirt", "the t-shirt has a collar with two buttons and a small red logo on the chest"),
        describe("t-shirt", "Answer: a blue polo shirt", "leak"),
        Q.sleeve_length("short sleeve"),
        title="U.S. Polo Assn. Men Solid Navy Blue Tshirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman, loose top with an orange, teal and yellow paisley print, three-quarter sleeves, white jeans,
    # white backdrop; base model caption and open answers, reference engine closed
    case(
        "X594-024",
        caption("a woman in a colorful top and white pants"),
        wearing("he is wearing a multicolored blouse and white jeans", "pronoun", who="she"),
        Q.pattern("printed"),
        Q.color("white", "other_garment_color"),
        describe("top", "a loose orange and blue paisley top with three quarter sleeves"),
        details(
            "top",
            "the top has a paisley print and three quarter sleeves and a paisley print and three quarter sleeves and"
            " a paisley print and",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("three-quarter sleeve"),
        title="Sepia Women Printed Multicoloured Top",
        category="Tops",
        color="Multi",
        gender="Women",
    ),
    # photo: man, light-wash blue straight jeans with whiskering at the hips, grey tee, white sneakers, white
    # backdrop; the feed row has no colour; base model caption and open answers, reference engine closed
    case(
        "X594-025",
        caption("a man wearing blue jeans and a grey t-shirt"),
        wearing("the person is wearing what the person is wearing", "restated"),
        color_of("jeans", "grey", "other_garment_color"),
        describe(
            "jeans",
            "the jeans are blue and have a straight leg and a straight leg and a straight leg and a straight leg and"
            " a straight leg",
            "loop",
            hit_limit=True,
        ),
        details("jeans", "light wash with whiskers at the hips"),
        is_a("pair of jeans", "yes"),
        title="Wrangler Men Regular Fit Jeans",
        category="Jeans",
        gender="Men",
    ),
    # photo: woman, sleeveless mustard kurta with a small red and green floral print, plain round neck, red
    # leggings, white backdrop; base model caption and open answers, reference engine closed
    case(
        "X594-026",
        caption("a woman in a yellow kurta with red leggings"),
        wearing("he is wearing a yellow kurta and red leggings", "pronoun", who="she"),
        Q.color("red", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        describe("kurta", "the kurta is mustard yellow with a small red and green flower print"),
        details("kurta", "the kurta has a v-neck with mirror work and tassels at the neck", "unsupported"),
        Q.pattern("floral"),
        title="Shree Women Mustard Printed Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Women",
    ),
    # photo: man, plain olive casual shirt with two flap chest pockets, full sleeves, beige chinos, white backdrop;
    # base model caption and open answers, reference engine closed
    case(
        "X594-027",
        caption("a man in a green army shirt with a camouflage pattern", "unsupported"),
        wearing("a green military shirt", who="he"),
        Q.color("olive"),
        color_of("shirt", "khaki", "other_garment_color", kind="open"),
        details("shirt", "the shirt has two flap pockets on the chest and button cuffs"),
        describe(
            "shirt",
            "The shirt is a slim fit shirt with a button down collar and long sleeves. It is made of 100% cotton and"
            " is machine washable. It is a",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("shirt"),
        title="Basics Men Olive Slim Fit Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: woman, plain black full-sleeve shirt with the sleeves rolled, blue jeans, white backdrop; base model
    # caption and open answers, reference engine closed
    case(
        "X594-028",
        caption("a woman in a black shirt and black jeans", "contradiction"),
        wearing("black shirt and blue jeans"),
        Q.color("black"),
        describe("shirt", "he is wearing a black shirt with rolled up sleeves", "pronoun"),
        details("shirt", "Question: What are the shirt details? Answer:", "leak"),
        Q.sleeve_length("long sleeve"),
        is_a("shirt", "yes"),
        title="United Colors of Benetton Women Solid Black Shirts",
        category="Shirts",
        color="Black",
        gender="Women",
    ),
    # photo: man, charcoal tee with a large faded white skull-and-lettering print, blue jeans, white backdrop; base
    # model caption and open answers, reference engine closed
    case(
        "X594-029",
        caption("a man wearing a grey t-shirt with a skull on it"),
        wearing("a grey shirt and blue jeans", who="he"),
        Q.color("grey"),
        color_of("t-shirt", "blue", "other_garment_color", kind="open"),
        details("t-shirt", "the t-shirt details", "restated"),
        describe("t-shirt", "a dark grey t-shirt with a big white skull print and some writing"),
        Q.pattern("graphic"),
        Q.material("cotton", "unsupported"),
        title="Status Quo Men Printed Charcoal Tshirts",
        category="Tshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: woman, black and white horizontal-stripe sleeveless shift dress above the knee, no belt, red clutch in
    # her hand, black heels, white backdrop; base model caption and open answers, reference engine closed
    case(
        "X594-030",
        caption("a woman in a black and white striped dress holding a red purse"),
        wearing("a striped dress", who="she"),
        Q.pattern("striped"),
        Q.color("red", "other_garment_color"),
        describe(
            "dress",
            "the dress is a sleeveless black and white striped shift dress with a round neckline and a straight"
            " hem, it is paired with a red clutch and black heels and the",
            "cut",
            hit_limit=True,
        ),
        details("dress", "the dress has a round neck, no sleeves, and a red belt", "unsupported"),
        Q.sleeve_length("sleeveless"),
        title="Sera Women Black & White Striped Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: man, navy and green checked short-sleeve shirt worn open over a white crew-neck tee, khaki shorts, white
    # backdrop; base model caption and open answers, reference engine closed
    case(
        "X594-031",
        caption("a man wearing a plaid shirt over a white t-shirt"),
        wearing("a white t-shirt and a blue plaid shirt", who="he"),
        Q.color("white", "other_garment_color"),
        Q.pattern("checked"),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        describe("shirt", "a blue and green checked short sleeve shirt worn open"),
        Q.sleeve_length("long sleeve", "contradiction"),
        is_a("t-shirt", "yes", "contradiction"),
        title="Quiksilver Men Navy Blue Check Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman, grey skinny jeans with a slight fade, black short-sleeve top, black ankle boots, white backdrop;
    # base model caption and open answers, reference engine closed
    case(
        "X594-032",
        caption("a woman wearing a black top and grey jeans"),
        wearing("a black t-shirt and grey jeans", who="she"),
        color_of("jeans", "black", "other_garment_color"),
        describe("jeans", "grey skinny jeans with a slight fade"),
        details(
            "jeans",
            "the jeans are skinny jeans and the jeans are skinny jeans and the jeans are skinny jeans and the jeans"
            " are",
            "loop",
            hit_limit=True,
        ),
        Q.material("Question: What material is the garment made of? Answer: denim", "leak"),
        Q.garment_type("jeans"),
        title="Lee Women Grey Skinny Jeans",
        category="Jeans",
        color="Grey",
        gender="Women",
    ),
    # photo: man, beige full-sleeve kurta with brown thread embroidery along the placket, white churidar, white
    # backdrop; base model caption and open answers, reference engine closed
    case(
        "X594-033",
        caption("a man in a beige kurta with brown embroidery"),
        wearing("a beige kurta and white pants"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("kurta"),
        describe("kurta", "she is wearing a long beige kurta with brown embroidery down the front", "pronoun"),
        details("kurta", "i don't know", "non_answer"),
        Q.sleeve_length("long sleeve"),
        title="See Designs Men Beige Embroidered Kurta",
        category="Kurtas",
        color="Beige",
        gender="Men",
    ),
    # photo: woman, white polo tee, blue denim knee-length skirt, white backdrop (white on white); base model caption
    # and open answers, reference engine closed
    case(
        "X594-034",
        caption("a woman in a white polo shirt and a blue skirt"),
        wearing("a white shirt and a denim skirt", who="she"),
        Q.color("blue", "other_garment_color"),
        details(
            "t-shirt",
            "the t-shirt has a collar and buttons\nQuestion: What is the color of the t-shirt? Answer: white\n"
            "Question: What",
            "leak",
            hit_limit=True,
        ),
        describe("t-shirt", "white", "non_answer"),
        Q.garment_type("t-shirt"),
        Q.sleeve_length("short sleeve"),
        title="Flying Machine Women Solid White Polo Tshirts",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: man, dark indigo jeans, red and black checked shirt tucked in, brown leather belt, white backdrop,
    # cropped at the chest; the feed row has no article type; base model open texts, reference engine closed
    case(
        "X594-035",
        caption("a man in a red and black plaid shirt and jeans"),
        wearing("a red shirt and blue jeans", who="he"),
        color_of("jeans", "red", "other_garment_color"),
        color_of("shirt", "blue", "contradiction", kind="open"),
        describe("jeans", "dark blue jeans with a brown leather belt"),
        details("jeans", "the jeans are made of stretch denim with 2% elastane", "unsupported"),
        is_a("pair of jeans", "yes"),
        title="Spykar Men Dark Blue Jeans",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman, plain rust-orange kurta with white thread embroidery at the neck, three-quarter sleeves, white
    # churidar, no jewellery visible, white backdrop; the seller says Brown; base model open texts, reference closed
    case(
        "X594-036",
        caption("a woman in an orange kurta and white leggings"),
        wearing("an orange kurta with white leggings and gold jhumkas", "unsupported", who="she"),
        Q.color("orange"),
        describe("kurta", "a rust colored kurta with white embroidery around the neck"),
        details("kurta", "the kurta is a kurta", "non_answer"),
        Q.pattern("solid"),
        Q.material("the kurta is made of cotton silk with a chanderi weave", "unsupported"),
        title="Biba Women Rust Kurta",
        category="Kurtas",
        color="Brown",
        gender="Women",
    ),
    # photo: man, teal short-sleeve tee with a yellow cartoon character print on the front, blue jeans, white
    # backdrop; base model caption and open answers, reference engine closed
    case(
        "X594-037",
        caption("a man wearing a green t-shirt with a cartoon character on it"),
        wearing("a green t-shirt"),
        Q.color("green"),
        color_of("t-shirt", "yellow", "contradiction", kind="open"),
        details("t-shirt", "the t-shirt has a cartoon print on the front and short sleeves"),
        describe("t-shirt", "Question: Describe the t-shirt. Answer: a green t-shirt with a cartoon on it", "leak"),
        Q.pattern("graphic"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Mr. Men Men Nonsense Green Tshirts",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: woman, turquoise sleeveless top with a ruffled neckline, white shorts, white backdrop; base model
    # caption and open answers, reference engine closed
    case(
        "X594-038",
        caption("a woman in a blue top and white shorts"),
        wearing("she is wearing a blue tank top and white shorts", who="she"),
        Q.sleeve_length("short sleeve", "contradiction"),
        Q.color("blue"),
        describe("top", "a turquoise sleeveless top with ruffles at the neckline"),
        details(
            "top",
            "the top has ruffles on the neckline and ruffles on the neckline and ruffles on the neckline and ruffles"
            " on the neckline and",
            "loop",
            hit_limit=True,
        ),
        color_of("shorts", "blue", "contradiction", kind="open"),
        title="Kraus Women Turquoise Blue Top",
        category="Tops",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: man, plain red western shirt with snap buttons and two flap chest pockets, long sleeves, blue jeans,
    # white backdrop; base model caption and open answers, reference engine closed
    case(
        "X594-039",
        caption("a man in a red shirt and blue jeans"),
        wearing("she is wearing a red shirt and blue jeans", "pronoun", who="he"),
        Q.pattern("solid"),
        Q.color("red"),
        describe("shirt", "the shirt is blue", "other_garment_color"),
        details(
            "shirt",
            "the shirt has two pockets with flaps on the chest and snap buttons down the front and on the cuffs and"
            " the pockets and the collar and the",
            "cut",
            hit_limit=True,
        ),
        Q.material("it is made of leather", "unsupported"),
        title="Levis Men Work Western Red Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: woman, olive button-up shirt with roll-up tab sleeves and one chest pocket, black trousers, white
    # backdrop; base model caption and open answers, reference engine closed
    case(
        "X594-040",
        caption("a woman in a green shirt and black pants"),
        wearing("a green shirt", who="she"),
        Q.color("black", "other_garment_color"),
        Q.garment_type("shirt"),
        describe("shirt", "an olive green button up shirt with roll up sleeves and a chest pocket"),
        details("shirt", "what are the shirt details", "restated"),
        is_a("shirt", "no", "contradiction"),
        title="Arrow Woman Hallie Olive Shirt",
        category="Shirts",
        color="Olive",
        gender="Women",
    ),
    # photo: man, white kurta with white chikan embroidery over the front and sleeves, white pyjama, white backdrop;
    # the feed row has no gender; base model caption and open answers, reference engine closed
    case(
        "X594-041",
        caption("a man in a white shirt and white pants", "contradiction"),
        wearing("a white kurta with embroidery", who="he"),
        Q.color("white"),
        describe("kurta", "a white kurta with white chikan embroidery on the front and sleeves"),
        details("kurta", "the kurta has embroidery"),
        Q.garment_type("kurta"),
        Q.material("the garment is made of material", "restated"),
        title="Fabindia Men White Chikan Kurta",
        category="Kurtas",
        color="White",
    ),
    # photo: woman, pink knee-length dress with a white and green floral print and flutter sleeves, light-blue denim
    # jacket worn open over it, white backdrop; base model caption and open answers, reference engine closed
    case(
        "X594-042",
        caption("a woman wearing a denim jacket over a pink floral dress"),
        wearing("a blue jacket and a pink dress", who="she"),
        Q.color("blue", "other_garment_color"),
        Q.garment_type("jacket", "contradiction"),
        describe("dress", "a pink dress with flowers on it"),
        details(
            "dress",
            "the dress has a floral print and a denim jacket and a floral print and a denim jacket and a floral"
            " print and a denim",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("floral"),
        title="Mango Women Pink Floral Dress",
        category="Dresses",
        color="Pink",
        gender="Women",
    ),
    # photo: man, red polo with white horizontal stripes, red collar, small green Benetton logo on the chest, blue
    # jeans, white backdrop; base model caption and open answers, reference engine closed
    case(
        "X594-043",
        caption("a man in a red and white striped polo shirt"),
        wearing("she is wearing a striped shirt and jeans", "pronoun", who="he"),
        Q.pattern("striped"),
        color_of("t-shirt", "red"),
        describe("t-shirt", "a solid red polo shirt with a red collar", "contradiction"),
        details("t-shirt", "the shirt has white stripes and a benetton logo on the chest"),
        Q.sleeve_length("short sleeve"),
        Q.color("white", "contradiction"),
        title="United Colors of Benetton Men Stripes Red Polo T-shirts",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: woman, black top with a white geometric print and cap sleeves, round neck, red trousers, white backdrop,
    # front view; base model caption and open answers, reference engine closed
    case(
        "X594-044",
        caption("a woman in a black and white top and red pants"),
        wearing(
            "she is wearing a black and white shirt and red pants and a black and white shirt and red pants and a"
            " black and",
            "loop",
            who="she",
            hit_limit=True,
        ),
        Q.color("red", "other_garment_color"),
        Q.pattern("printed"),
        describe("top", "a black top with a white geometric print and short cap sleeves"),
        details("top", "the top has a v-neck and a keyhole button at the back", "unsupported"),
        Q.sleeve_length("short sleeve"),
        title="Only Women Black & White Printed Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: man, orange and white small-check shirt, full sleeves, navy chinos, white backdrop; base model caption
    # and open answers, reference engine closed
    case(
        "X594-045",
        caption("a man wearing an orange and white checked shirt and blue pants"),
        wearing("an orange plaid shirt", who="he"),
        Q.color("orange"),
        Q.pattern("checked"),
        color_of("pants", "orange", "contradiction", kind="open"),
        describe("shirt", "no", "non_answer"),
        details(
            "shirt",
            "The shirt has a button down collar, a chest pocket, and long sleeves with button cuffs. The fabric is"
            " soft and breathable and the fit is slim through the",
            "cut",
            hit_limit=True,
        ),
        title="Basics Men Orange Slim Fit Checked Shirt",
        category="Shirts",
        color="Orange",
        gender="Men",
    ),
    # photo: woman, purple A-line kurta with a silver foil print, three-quarter sleeves, white leggings, a silver-grey
    # dupatta over one shoulder, white backdrop; base model caption and open answers, reference engine closed
    case(
        "X594-046",
        caption("a woman in a purple kurta with a silver scarf"),
        wearing("a purple dress and a scarf", "contradiction", who="she"),
        Q.color("grey", "other_garment_color"),
        Q.pattern("printed"),
        describe("kurta", "the kurta is purple with a silver print and three quarter sleeves"),
        details("kurta", "the kurta has a silver print and comes with a matching dupatta and churidar", "unsupported"),
        is_a("kurta", "yes"),
        title="W Women Purple Printed Kurta",
        category="Kurtas",
        color="Purple",
        gender="Women",
    ),
]
