"""BLIND_1127 (46 products; Myntra women's winterwear and layers, VQA adapter): written blind in the sixtieth session.
Measured blind at 5b9d700 (the session's fifth rules): 116/139 failures found (83.5%) and 2/200 correct texts flagged
(1.0%). The writer's notes, verbatim:

Scenario: a Myntra-like women's winterwear feed: sweaters, cardigans, shrugs, padded and denim jackets, coats filed
under Jackets, sweatshirts and hoodies. Catalog photos, mostly a model on a white (once light grey) backdrop, front
view, wearing the product over or with other clothes (a tee under an open cardigan, jeans, leggings, a skirt), a
few with a prop (a handbag, a water bottle) and one back view. Seller columns as the feed has them: title, category
(Sweaters, Sweatshirts, Jackets, Shrug), color (Myntra's base colour) and gender; one row lacks the category and one
lacks the color, as real rows sometimes do.

Who wrote what: captions come from the untuned base Salesforce/blip2-opt-2.7b (the job runs the caption step with
no adapter): short "a woman wearing ..." sentences that stop on their own, right about the garment most of the
time, wrong in the usual base-model ways (navy or charcoal called black, one color given to two garments, a street
or an accessory invented). Every answer comes from the VQA adapter leoreigoto/Data3_V3_BLIP2_VQA. Open answers are
its free greedy generation (30 new tokens, stopped on the newline when it emits one): short In-shop style answers
when it stops, and, as it was trained without an end token, loops, answers cut at the limit and the next
"Question: ... Answer:" of its training format when it does not. It often reads the color of the inner tee, the
jeans or the skirt for the product, answers "yes" or one word to open questions, says "he" now and then, and adds
hoods, belts, zip pockets and materials that are not there. Closed answers come from enrich's --engine reference,
which ranks candidate values with the same adapter: always one clean value, wrong when it ranks another garment's
color, pattern or sleeves first, or the wrong garment class.

Labeling conventions and judgement calls:
- A shrug called a cardigan, a sleeveless waterfall shrug called a vest, a parka called a coat, a hoodie called a
  sweatshirt and a cardigan called a sweater are right (synonyms or the In-shop class that holds it); a sweatshirt
  called a sweater or a t-shirt, a shrug called a jacket or a dress, a jacket called a shirt or a vest is a
  contradiction.
- Shades in the same family are right (cream or off white as white, teal as green or blue, burgundy or maroon as
  red, khaki as beige, rust as orange, charcoal as dark grey, silver as grey); a dark color named as another one
  (navy or charcoal as black) is a contradiction.
- A color of another visible garment or of a prop given to the product is other_garment_color; a color found only
  in the product's own print or trim but named as its main color is a contradiction. A pattern or sleeve length of
  another garment (the skirt's checks, the tee's stripes, the inner top's long sleeves) is a contradiction.
- A caption or wearing answer that lists every garment with its own color is right, even when the product is not
  named first; one that gives the product and another garment the same wrong color is other_garment_color.
- Materials: a generic material that fits the look (wool or knit for a sweater, fleece or cotton for a sweatshirt,
  polyester or nylon for a puffer, denim, corduroy, faux fur, chiffon) is right; a material the photo contradicts
  (leather for a knit or a quilted shell, silk for a sequinned knit) or a made-up specific (100% organic cotton) is
  unsupported. Invented hoods, belts, pockets, scarves, heels, brands, street backdrops and prints are unsupported.
- A "Question: ... Answer:" fragment is a leak whatever else the text holds; a repeated phrase that runs to the limit
  is a loop; a text that runs to the limit without repeating and stops mid-phrase is a cut. hit_limit=True marks
  every text that ran to the 30 new tokens.
- One word or a bare yes/no to an open question, or a text that stops before saying anything, is a non_answer; a
  sentence that only gives the question's words back ("the details of the sweater are the details of the sweater")
  is restated.
- "he" for a model in a Women row is a pronoun failure; "she" is right.
- Stripes only on the sleeves (three-stripe sweatshirt) answered "striped" are taken as right; a cable knit or
  fair isle yoke on a one-color body is "solid" or "printed", both right.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1127 = [
    # photo: olive green quilted puffer jacket, zipped, stand collar, no hood, black skinny jeans, white backdrop,
    # front view. Caption: base model; answers: VQA adapter (closed ones via the reference engine).
    case(
        "X1127-001",
        caption("a woman wearing an olive green puffer jacket and black jeans"),
        wearing("a green padded jacket and black jeans"),
        color_of("jacket", "green"),
        Q.color("olive"),
        Q.material(
            "the jacket is made of polyester and polyester and polyester and polyester and polyester and polyester"
            " and polyester and polyester",
            "loop",
            hit_limit=True,
        ),
        details("jacket", "the jacket has a hood and a zipper", "unsupported"),
        describe(
            "jacket",
            "an olive green quilted puffer jacket with a high stand collar, a zip front and snap buttons, two side"
            " pockets and elastic cuffs that",
            "cut",
            hit_limit=True,
        ),
        title="Roadster Women Olive Green Solid Padded Jacket",
        category="Jackets",
        color="Olive",
        gender="Women",
    ),
    # photo: navy V-neck cardigan, buttoned, white shirt collar showing at the neck, grey trousers, white backdrop.
    # Caption: base model (reads the navy as black); answers: VQA adapter.
    case(
        "X1127-002",
        caption("a woman wearing a black cardigan and grey pants", "contradiction"),
        color_of("cardigan", "navy blue"),
        describe("cardigan", "the cardigan is white with a v-neck and buttons", "other_garment_color"),
        Q.garment_type("cardigan"),
        Q.sleeve_length("long"),
        details(
            "cardigan",
            "buttons on the front, v-neck, ribbed cuffs Question: What is the color of the pants? Answer: grey"
            " Question: What",
            "leak",
            hit_limit=True,
        ),
        wearing("a navy cardigan, a white shirt and grey trousers"),
        title="United Colors of Benetton Women Navy Blue Cardigan",
        category="Sweaters",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black cropped open-front shrug, three-quarter sleeves, plain edges, over a red sleeveless dress, white
    # backdrop. Caption: base model; answers: VQA adapter (the reference engine has no "shrug" candidate).
    case(
        "X1127-003",
        caption("a woman in a red dress and a black shrug"),
        wearing("a black shrug over a red dress"),
        color_of("shrug", "red", "other_garment_color", kind="open"),
        Q.garment_type("jacket", "contradiction"),
        Q.sleeve_length("three-quarter"),
        Q.material("knit fabric"),
        describe(
            "shrug",
            "a black shrug with three quarter sleeves, open front, and a lace trim along the edges",
            "unsupported",
        ),
        details("shrug", "", "non_answer"),
        title="Sassafras Women Black Solid Shrug",
        category="Shrug",
        color="Black",
        gender="Women",
    ),
    # photo: grey melange crew-neck sweatshirt, small black cat logo on the left chest, no hood, black track pants,
    # white backdrop. Caption: base model; answers: VQA adapter ("What is she wearing?").
    case(
        "X1127-004",
        caption("a woman wearing a grey sweatshirt with a black logo"),
        wearing("he is wearing a grey sweatshirt and black pants", "pronoun", who="she"),
        color_of("sweatshirt", "grey"),
        details("sweatshirt", "a small black logo on the chest and ribbed cuffs and hem"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        describe("sweatshirt", "the sweatshirt is grey with a black logo on the front and a hood", "unsupported"),
        is_a("hoodie", "yes", "contradiction"),
        title="Puma Women Grey Melange Solid Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: maroon cable-knit high-neck pullover, blue jeans, no belt visible (the sweater covers the waist), white
    # backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X1127-005",
        caption("a woman in a maroon sweater and blue jeans"),
        color_of("sweater", "maroon", kind="open"),
        Q.pattern("solid"),
        describe("sweater", "the sweater is blue with a high neck and cable knit pattern", "other_garment_color"),
        details(
            "sweater",
            "cable knit pattern, high neck, long sleeves, cable knit pattern, high neck, long sleeves, cable knit"
            " pattern, high neck",
            "loop",
            hit_limit=True,
        ),
        Q.material("wool"),
        wearing("she is wearing a maroon sweater, blue jeans and a black leather belt", "unsupported", who="she"),
        title="Fort Collins Women Maroon Self-Design Sweater",
        category="Sweaters",
        color="Maroon",
        gender="Women",
    ),
    # photo: tan double-breasted long coat worn open over a black turtleneck, black trousers, black ankle boots,
    # no belt, no hood, plain notched collar, white backdrop. Caption: base model (invents a street); answers: VQA
    # adapter.
    case(
        "X1127-006",
        caption("a woman in a tan coat and black pants standing on a city street", "unsupported"),
        color_of("coat", "black", "other_garment_color"),
        wearing("a long brown coat, a black turtleneck and black trousers"),
        Q.garment_type("coat"),
        details("coat", "double breasted buttons, notched lapels, belt at the waist", "unsupported"),
        Q.sleeve_length("long"),
        describe("coat", "a tan coat with a hood and a fur collar", "unsupported"),
        title="Vero Moda Women Tan Solid Double-Breasted Longline Coat",
        category="Jackets",
        color="Tan",
        gender="Women",
    ),
    # photo: mustard open-front cardigan over a white tee with black text print, light blue jeans, white backdrop.
    # Caption: base model; answers: VQA adapter.
    case(
        "X1127-007",
        caption("a woman wearing a yellow cardigan over a white t-shirt"),
        color_of("cardigan", "white", "other_garment_color", kind="open"),
        wearing("a yellow cardigan, a white t-shirt and blue jeans"),
        describe("cardigan", "yellow knit cardigan with an open front and long sleeves"),
        is_a("cardigan", "yes"),
        Q.pattern("graphic", "contradiction"),
        details("cardigan", "the details of the cardigan are on the cardigan", "restated"),
        title="Mast & Harbour Women Mustard Yellow Solid Open Front Cardigan",
        category="Sweaters",
        color="Mustard",
        gender="Women",
    ),
    # photo: black pullover hoodie, white swoosh on the chest, white drawstrings, kangaroo pocket, black leggings,
    # white backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X1127-008",
        caption("a woman wearing a black hoodie with a white nike logo and black pants"),
        wearing("a black hoodie and black leggings"),
        color_of("hoodie", "black"),
        details("hoodie", "the hoodie has a white logo on the chest and white drawstrings and a kangaroo pocket"),
        Q.material("fleece"),
        Q.garment_type("sweatshirt"),
        is_a("jacket", "yes", "contradiction"),
        describe(
            "hoodie",
            "a black hoodie with a white logo a black hoodie with a white logo a black hoodie with a white logo a"
            " black",
            "loop",
            hit_limit=True,
        ),
        title="Nike Women Black Sportswear Hoodie",
        category="Sweatshirts",
        color="Black",
        gender="Women",
    ),
    # photo: pastel pink fine-knit open shrug with short puff sleeves over a white top, blue jeans, white backdrop.
    # Caption: base model; answers: VQA adapter.
    case(
        "X1127-009",
        caption("a woman in a white top and pink shrug"),
        color_of("shrug", "pink"),
        Q.sleeve_length("long", "contradiction"),
        details(
            "shrug",
            "short puff sleeves, open front and a ribbed hem that goes all the way around the back and the front of"
            " the shrug and the",
            "cut",
            hit_limit=True,
        ),
        wearing("she is wearing a pink shrug, a white top and blue jeans", who="she"),
        Q.material("cotton"),
        describe("shrug", "the shrug is white with short puff sleeves", "other_garment_color"),
        title="Harpa Women Pink Solid Puff Sleeve Shrug",
        category="Shrug",
        color="Pink",
        gender="Women",
    ),
    # photo: navy crew-neck sweater with white horizontal stripes, long sleeves, beige chinos, white backdrop.
    # Caption: base model; answers: VQA adapter.
    case(
        "X1127-010",
        caption("a woman wearing a blue and white striped sweater and beige pants"),
        color_of("sweater", "navy blue"),
        Q.pattern("striped"),
        describe("sweater", "the sweater is beige with navy stripes", "other_garment_color"),
        details("sweater", "Question: What are the sweater details? Answer: striped", "leak"),
        wearing("a striped sweater"),
        Q.sleeve_length("short", "contradiction"),
        title="Monte Carlo Women Navy Blue & White Striped Pullover",
        category="Sweaters",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: light blue washed denim jacket worn open over a black crop top, black jeans, two chest pockets with
    # button flaps, no hood, white backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X1127-011",
        caption("a woman wearing a denim jacket and black jeans"),
        Q.material("denim"),
        color_of("jacket", "black", "other_garment_color", kind="open"),
        Q.garment_type("jacket"),
        is_a("jacket", "yes"),
        details(
            "jacket", "the jacket has two chest pockets with button flaps, a collar and a fur lined hood", "unsupported"
        ),
        wearing("she is wearing a denim jacket over a black top and black jeans", who="she"),
        title="Roadster Women Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: red cropped crew-neck sweatshirt with dropped shoulders, high-waist blue mom jeans, white backdrop.
    # Caption: base model; answers: VQA adapter.
    case(
        "X1127-012",
        caption("a woman in a red sweatshirt and jeans"),
        color_of("sweatshirt", "red"),
        Q.garment_type("sweatshirt"),
        Q.sleeve_length("long"),
        describe(
            "sweatshirt",
            "the sweatshirt is red and the sweatshirt is red and the sweatshirt is red and the sweatshirt is red and"
            " the sweatshirt",
            "loop",
            hit_limit=True,
        ),
        details("sweatshirt", "sweatshirt", "non_answer"),
        Q.material("the material is the material of the sweatshirt", "restated"),
        title="Tokyo Talkies Women Red Solid Cropped Sweatshirt",
        category="Sweatshirts",
        color="Red",
        gender="Women",
    ),
    # photo: grey melange knee-length open-front shrug with side pockets, long sleeves, over a black top and black
    # jeans, the model holds a tan leather handbag, white backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X1127-013",
        caption("a woman wearing a long grey cardigan and holding a brown bag"),
        wearing("a grey cardigan, a black top, black pants and a brown bag"),
        color_of("shrug", "black", "other_garment_color", kind="open"),
        Q.garment_type("cardigan"),
        Q.material("leather", "unsupported"),
        details(
            "shrug",
            "long length, open front, two side pockets and long sleeves Question: What is the color of the bag?"
            " Answer: brown Question: What is",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        title="Vero Moda Women Grey Melange Solid Longline Shrug",
        category="Shrug",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: olive parka, hood with faux fur trim, zipped, drawstring waist, flap pockets, black leggings, white
    # backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X1127-014",
        caption("a woman wearing a green parka with a fur hood"),
        wearing("a green jacket with a fur hood"),
        color_of("jacket", "olive"),
        is_a("coat", "yes"),
        Q.pattern("solid"),
        details(
            "jacket",
            "fur trimmed hood, zip front, drawstring waist and two flap pockets Question: What is the color of the"
            " leggings? Answer: black",
            "leak",
            hit_limit=True,
        ),
        describe(
            "jacket", "the jacket is olive green and it has a fur hood and it is made of genuine leather", "unsupported"
        ),
        title="Kraus Women Olive Solid Hooded Parka Jacket",
        category="Jackets",
        color="Olive",
        gender="Women",
    ),
    # photo: cream cable-knit crew-neck pullover worn untucked over the waist (no belt in sight), tan trousers, white
    # backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X1127-015",
        caption("a woman in a white sweater and brown pants"),
        color_of("sweater", "brown", "other_garment_color", kind="open"),
        Q.color("white"),
        Q.pattern("solid"),
        describe("sweater", "a cream sweater with a cable knit pattern and a round neck"),
        details("sweater", "the details of the sweater are the details of the sweater", "restated"),
        is_a("cardigan", "yes", "contradiction"),
        wearing("a white sweater, brown pants and a brown leather belt with a gold buckle", "unsupported"),
        title="Allen Solly Woman Cream Cable Knit Pullover",
        category="Sweaters",
        color="Cream",
        gender="Women",
    ),
    # photo: teal zip-up hoodie zipped halfway over a white tee, hood down with a plain jersey inside, side pockets,
    # long sleeves, black joggers, white backdrop. Caption: base model; answers: VQA adapter ("What is she wearing?").
    case(
        "X1127-016",
        caption("a woman wearing a blue hoodie and black pants"),
        wearing("he is wearing a green hoodie and black joggers", "pronoun", who="she"),
        color_of("hoodie", "teal"),
        Q.garment_type("hoodie"),
        details(
            "hoodie",
            "a zipper down the front, a hood with drawstrings and two side pockets and a zipper down the front, a"
            " hood with drawstrings and two side",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("short", "contradiction"),
        describe(
            "hoodie",
            "a teal hoodie with a white t-shirt under it and a fleece lining inside the hood",
            "unsupported",
        ),
        title="HRX Women Teal Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Teal",
        gender="Women",
    ),
    # photo: black faux-leather biker jacket, silver zips, worn open over a white tee with a small black text print,
    # blue ripped jeans, white backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X1127-017",
        caption("a woman wearing a black leather jacket and ripped jeans"),
        Q.material("leather"),
        color_of("jacket", "white", "other_garment_color"),
        describe("jacket", "black leather jacket with silver zippers and a wide collar"),
        details(
            "jacket",
            "silver zippers on the sleeves and front, a notched collar, snap buttons on the collar and two zip"
            " pockets on the front of the",
            "cut",
            hit_limit=True,
        ),
        is_a("jacket", "yes"),
        wearing(
            "she is wearing a black leather jacket, a white t-shirt with a picture of a tiger on it and ripped jeans",
            "unsupported",
            who="she",
        ),
        title="Madame Women Black Solid Faux Leather Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: peach sheer chiffon kimono-style long shrug, short sleeves, over a navy sleeveless dress, white
    # backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X1127-018",
        caption("a woman in a navy blue dress with a peach shrug"),
        wearing("a navy blue dress"),
        color_of("shrug", "navy blue", "other_garment_color", kind="open"),
        Q.garment_type("dress", "contradiction"),
        Q.pattern("solid"),
        Q.material("chiffon"),
        details(
            "shrug",
            "short sleeves, open front, sheer fabric, short sleeves, open front, sheer fabric, short sleeves, open"
            " front, sheer fabric, short",
            "loop",
            hit_limit=True,
        ),
        title="AND Women Peach-Coloured Solid Open Front Shrug",
        category="Shrug",
        color="Peach",
        gender="Women",
    ),
    # photo: brown corduroy trucker jacket with a cream sherpa collar, buttoned, two chest pockets, over a white tee,
    # blue jeans, white backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X1127-019",
        caption("a woman wearing a brown jacket with a white fur collar"),
        color_of(
            "jacket",
            "brown brown brown brown brown brown brown brown brown brown brown brown brown brown brown brown brown"
            " brown brown brown brown brown brown brown brown brown brown brown brown brown",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        Q.material("corduroy"),
        details("jacket", "a white collar, buttons on the front and two chest pockets"),
        wearing("she is wearing a brown jacket and blue jeans", who="she"),
        Q.pattern("solid"),
        describe("jacket", "a brown corduroy jacket with a cream collar, made by levi's", "unsupported"),
        Q.garment_type("shirt", "contradiction"),
        title="Wrangler Women Brown Solid Sherpa Collar Corduroy Jacket",
        category="Jackets",
        color="Brown",
        gender="Women",
    ),
    # photo: purple pointelle cardigan, buttoned, worn alone with a black A-line skirt, white backdrop. Caption: base
    # model; answers: VQA adapter.
    case(
        "X1127-020",
        caption("a woman in a purple cardigan and a black skirt"),
        color_of("cardigan", "purple"),
        describe("cardigan", "the cardigan is purple with buttons down the front and a pointelle knit"),
        Q.garment_type("sweater"),
        is_a("skirt", "yes", "contradiction"),
        details(
            "cardigan",
            "Question: What are the cardigan details? Answer: Question: What are the cardigan details? Answer:"
            " Question: What are the",
            "leak",
            hit_limit=True,
        ),
        Q.color("black", "other_garment_color"),
        title="Chemistry Women Purple Self-Design Cardigan",
        category="Sweaters",
        color="Purple",
        gender="Women",
    ),
    # photo: navy crew-neck sweatshirt with three white stripes down each sleeve, grey leggings, white backdrop,
    # three-quarter angle. Caption: base model (one grey for both garments); answers: VQA adapter.
    case(
        "X1127-021",
        caption("a woman wearing a grey sweatshirt and grey leggings", "other_garment_color"),
        Q.pattern("striped"),
        color_of("sweatshirt", "grey", "other_garment_color", kind="open"),
        Q.sleeve_length("long"),
        describe(
            "sweatshirt",
            "a navy sweatshirt with three white stripes down each sleeve and a zip pocket on the chest",
            "unsupported",
        ),
        wearing("a sweatshirt and leggings"),
        details(
            "sweatshirt",
            "three stripes on the sleeves three stripes on the sleeves three stripes on the sleeves three"
            " stripes on the sleeves three stripes",
            "loop",
            hit_limit=True,
        ),
        title="Adidas Women Navy Blue Essentials 3-Stripes Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: off-white shaggy faux fur jacket, long sleeves, open front with no buttons, over a black top, black
    # jeans, white backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X1127-022",
        caption("a woman in a white fur coat"),
        Q.color("white"),
        Q.material("faux fur"),
        details("jacket", "fluffy texture, open front, no buttons"),
        describe("jacket", "it is a", "non_answer"),
        wearing("a white fur jacket and black pants"),
        Q.sleeve_length("short", "contradiction"),
        title="Globus Women Off-White Solid Faux Fur Jacket",
        category="Jackets",
        color="Off White",
        gender="Women",
    ),
    # photo: navy crew-neck sweater with a red and white fair isle snowflake band across the yoke, blue jeans, no
    # scarf, white backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X1127-023",
        caption("a woman wearing a blue sweater with a red and white pattern"),
        color_of("sweater", "red", "contradiction"),
        Q.pattern("printed"),
        describe("sweater", "a navy sweater with a red and white snowflake pattern across the chest"),
        details(
            "sweater",
            "snowflake pattern on the chest, ribbed cuffs, ribbed hem and a snowflake pattern on the chest, ribbed"
            " cuffs, ribbed hem and a",
            "loop",
            hit_limit=True,
        ),
        Q.material("wool"),
        wearing("a blue sweater with a snowflake pattern and blue jeans and a red scarf", "unsupported"),
        title="Pepe Jeans Women Navy Blue Fair Isle Patterned Sweater",
        category="Sweaters",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: white hooded puffer jacket, zipped, black leggings, white sneakers, light grey backdrop. Caption: base
    # model; answers: VQA adapter.
    case(
        "X1127-024",
        caption("a woman in a white puffer jacket and black leggings"),
        wearing("a white jacket and black leggings"),
        color_of("jacket", "white", kind="open"),
        Q.sleeve_length("long"),
        details("jacket", "the jacket details are the jacket", "restated"),
        describe("jacket", "a white puffer jacket with a hood and a zipper against a grey background"),
        is_a("vest", "no"),
        Q.material(
            "a shiny nylon shell with a quilted lining and a hood that is lined with the same nylon and has a"
            " drawstring at the front and the",
            "cut",
            hit_limit=True,
        ),
        title="Fila Women White Solid Hooded Puffer Jacket",
        category="Jackets",
        color="White",
        gender="Women",
    ),
    # photo: lavender fuzzy crew-neck pullover with balloon sleeves and ribbed cuffs, white jeans, white backdrop.
    # Caption: base model; answers: VQA adapter ("What is she wearing?").
    case(
        "X1127-025",
        caption("a woman wearing a purple sweater and white jeans"),
        color_of("sweater", "white", "other_garment_color"),
        Q.garment_type("sweater"),
        wearing("he is wearing a purple sweater and white jeans", "pronoun", who="she"),
        describe("sweater", "a light purple fuzzy sweater with a round neck and long sleeves"),
        Q.material("wool"),
        details(
            "sweater",
            "fluffy brushed texture, round neck, dropped shoulders, long balloon sleeves with ribbed cuffs, a ribbed"
            " hem and a small slit on each side of the",
            "cut",
            hit_limit=True,
        ),
        title="Vero Moda Women Lavender Solid Pullover",
        category="Sweaters",
        color="Lavender",
        gender="Women",
    ),
    # photo: rust ribbed cropped shrug, long sleeves, tie at the front, over a cream satin slip top, black trousers,
    # white backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X1127-026",
        caption("a woman wearing an orange cardigan and black pants"),
        color_of("shrug", "orange", kind="open"),
        Q.garment_type("cardigan"),
        details(
            "shrug",
            "tie front, ribbed knit, long sleeves and a tie front, ribbed knit, long sleeves and a tie front, ribbed"
            " knit",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        describe("shrug", "the shrug is cream with a tie at the front", "other_garment_color"),
        wearing("he is wearing an orange shrug, a cream top and black pants", "pronoun", who="she"),
        title="Sassafras Women Rust Orange Ribbed Tie-Up Shrug",
        category="Shrug",
        color="Rust",
        gender="Women",
    ),
    # photo: back view: grey crew-neck sweatshirt seen from behind, plain back, black track pants, white backdrop.
    # Caption: base model; answers: VQA adapter.
    case(
        "X1127-027",
        caption("the back of a woman wearing a grey sweatshirt and black pants"),
        details("sweatshirt", "a large graphic print on the front and ribbed cuffs", "unsupported"),
        color_of("sweatshirt", "grey"),
        wearing("a grey sweatshirt and black pants"),
        Q.pattern("solid"),
        describe("sweatshirt", "a grey sweatshirt"),
        Q.garment_type("sweater", "contradiction"),
        title="Proline Women Grey Solid Sweatshirt",
        category="Sweatshirts",
        color="Grey",
        gender="Women",
    ),
    # photo: maroon quilted padded bomber jacket, ribbed collar, zip front, worn open over a grey tee, black jeans,
    # white backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X1127-028",
        caption("a woman wearing a red jacket and black jeans"),
        color_of("jacket", "grey", "other_garment_color"),
        describe("jacket", "maroon quilted jacket with a ribbed collar and zip front"),
        details(
            "jacket",
            "Question: What are the jacket details? Answer: zipper Question: What is the color of the jacket? Answer:"
            " maroon Question:",
            "leak",
            hit_limit=True,
        ),
        wearing("she is wearing a maroon jacket over a grey t-shirt and black jeans", who="she"),
        Q.garment_type("jacket"),
        Q.material("leather", "unsupported"),
        title="Duke Women Maroon Solid Padded Bomber Jacket",
        category="Jackets",
        color="Maroon",
        gender="Women",
    ),
    # photo: charcoal grey pullover hoodie, kangaroo pocket, drawstrings, light blue jeans, white backdrop. Caption:
    # base model (reads charcoal as black); answers: VQA adapter.
    case(
        "X1127-029",
        caption("a woman wearing a black hoodie and blue jeans", "contradiction"),
        color_of("hoodie", "dark grey", kind="open"),
        describe("hoodie", "a dark grey hoodie with a kangaroo pocket and drawstrings"),
        Q.material("cotton"),
        details("hoodie", "yes", "non_answer"),
        Q.garment_type("hoodie"),
        wearing("a black hoodie and blue jeans", "contradiction"),
        title="Roadster Women Charcoal Grey Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Charcoal",
        gender="Women",
    ),
    # photo: bottle green V-neck pullover over a white collared shirt (collar and cuffs out), black trousers, white
    # backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X1127-030",
        caption("a woman wearing a green sweater over a white shirt"),
        wearing("a green sweater, a white collared shirt and black trousers"),
        color_of("sweater", "green"),
        Q.pattern("solid"),
        details(
            "sweater",
            "the v neck, the collar, the cuffs, the v neck, the collar, the cuffs, the v neck, the collar, the cuffs,"
            " the v",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        is_a("shirt", "yes", "contradiction"),
        describe(
            "sweater",
            "a dark green v neck sweater worn over a white collared shirt with the collar sticking out at the neck"
            " and the cuffs of the shirt showing at the",
            "cut",
            hit_limit=True,
        ),
        title="United Colors of Benetton Women Green Solid V-Neck Sweater",
        category="Sweaters",
        color="Green",
        gender="Women",
    ),
    # photo: black and white checked single-button jacket, notched lapels, two front pockets, worn open over a black
    # turtleneck, black trousers, no scarf, white backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X1127-031",
        caption("a woman in a black and white checked jacket"),
        Q.pattern("checked"),
        color_of("jacket", "black and white", kind="open"),
        describe(
            "jacket",
            "a black and white plaid jacket with a collar and pockets and a black and white plaid jacket with a"
            " collar and pockets and a black",
            "loop",
            hit_limit=True,
        ),
        details("jacket", "the details of the jacket are the jacket's details", "restated"),
        Q.garment_type("jacket"),
        wearing(
            "she is wearing a black and white checked jacket, a black turtleneck, black trousers and a red scarf",
            "unsupported",
            who="she",
        ),
        title="Mango Women Black & White Checked Single-Breasted Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: baby pink turtleneck sweater, long sleeves, tucked into a grey plaid mini skirt, white backdrop.
    # Caption: base model; answers: VQA adapter.
    case(
        "X1127-032",
        caption("a woman in a pink sweater and a grey plaid skirt"),
        color_of("sweater", "grey", "other_garment_color", kind="open"),
        Q.pattern("checked", "contradiction"),
        wearing("a pink turtleneck sweater and a plaid skirt"),
        Q.material("wool"),
        describe("sweater", "a pink turtleneck sweater with long sleeves"),
        details("sweater", "yes", "non_answer"),
        title="Fort Collins Women Pink Solid Turtle Neck Sweater",
        category="Sweaters",
        color="Pink",
        gender="Women",
    ),
    # photo: yellow lightweight bomber jacket, zipped, black ribbed collar, cuffs and hem, small black logo on the
    # left chest only, black leggings, white backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X1127-033",
        caption("a woman wearing a yellow jacket and black leggings"),
        color_of("jacket", "yellow"),
        details("jacket", "a black ribbed collar, black cuffs, a zipper and a puma logo on the sleeve", "unsupported"),
        wearing("Question: What is she wearing? Answer: yellow jacket", "leak", who="she"),
        Q.sleeve_length("long"),
        Q.material("polyester"),
        describe(
            "jacket",
            "a bright yellow bomber jacket with black ribbed collar, cuffs and hem, a zip front, a small black logo"
            " on the chest and two welt pockets at",
            "cut",
            hit_limit=True,
        ),
        title="Puma Women Yellow Solid Bomber Jacket",
        category="Jackets",
        color="Yellow",
        gender="Women",
    ),
    # photo: off-white crochet open shrug, short sleeves, scalloped edges, over a black tank top and blue jeans,
    # white backdrop. Caption: base model (calls the layers a dress); answers: VQA adapter.
    case(
        "X1127-034",
        caption("a woman wearing a white lace dress", "contradiction"),
        Q.pattern("lattice"),
        color_of("shrug", "black", "other_garment_color"),
        describe("shrug", "an off white crochet shrug with short sleeves and an open front"),
        Q.sleeve_length("short"),
        Q.garment_type("cardigan"),
        wearing("a white crochet shrug over a black tank top and blue jeans"),
        details(
            "shrug",
            "Question: What are the shrug details? Answer: crochet Question: What are the shrug details? Answer:"
            " crochet",
            "leak",
            hit_limit=True,
        ),
        title="Harpa Women Off-White Crochet Shrug",
        category="Shrug",
        color="Off White",
        gender="Women",
    ),
    # photo: grey melange full-zip hoodie, zipped, white swoosh, black leggings, the model holds a water bottle,
    # white backdrop. Caption: base model; answers: VQA adapter ("What is she wearing?").
    case(
        "X1127-035",
        caption("a woman in a grey hoodie holding a water bottle"),
        wearing("he is wearing a grey hoodie and black leggings and he is holding a bottle", "pronoun", who="she"),
        color_of("hoodie", "grey"),
        describe("hoodie", "grey zip up hoodie with a white nike logo on the chest and two front pockets"),
        details(
            "hoodie",
            "full zip front, drawstring hood, white logo Question: What is the color of the hoodie? Answer: grey"
            " Question: What is the",
            "leak",
            hit_limit=True,
        ),
        Q.material("fleece"),
        Q.color("black", "other_garment_color"),
        title="Nike Women Grey Melange Full-Zip Fleece Hoodie",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: black longline open cardigan, two patch pockets, no buttons, no belt, over a black and white Breton
    # striped tee, blue jeans, white backdrop. Caption: base model; answers: VQA adapter. The row has no category.
    case(
        "X1127-036",
        caption("a woman wearing a black cardigan over a striped shirt and jeans"),
        Q.pattern("striped", "contradiction"),
        color_of("cardigan", "black", kind="open"),
        describe("cardigan", "a long black cardigan with two pockets on the front"),
        details(
            "cardigan",
            "two patch pockets, open front, and a shawl collar and ribbed cuffs and a belt",
            "unsupported",
        ),
        wearing("a black cardigan, a striped t-shirt and blue jeans"),
        Q.sleeve_length("long"),
        title="Remanika Women Black Solid Longline Cardigan",
        color="Black",
        gender="Women",
    ),
    # photo: white crew-neck sweatshirt with "PARIS" printed in black letters and a small red heart, light blue
    # jeans, white backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X1127-037",
        caption("a woman wearing a white sweatshirt with the word paris on it"),
        color_of("sweatshirt", "white"),
        Q.pattern("graphic"),
        describe("sweatshirt", "white sweatshirt with black letters and a red heart on the front"),
        details(
            "sweatshirt",
            "the word paris printed on the front in black letters and a red heart on the front and the word paris"
            " printed on the",
            "loop",
            hit_limit=True,
        ),
        wearing("a white sweatshirt and jeans"),
        Q.garment_type("t-shirt", "contradiction"),
        Q.material("silk", "unsupported"),
        title="Jealous 21 Women White Printed Sweatshirt",
        category="Sweatshirts",
        color="White",
        gender="Women",
    ),
    # photo: burgundy chunky shawl-collar cardigan, large wooden buttons, patch pockets, black skinny jeans, brown
    # ankle boots, white backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X1127-038",
        caption("a woman wearing a red sweater and black jeans and brown boots"),
        color_of("cardigan", "brown", "other_garment_color", kind="open"),
        Q.garment_type("cardigan"),
        describe("cardigan", "a burgundy cardigan with a shawl collar and large brown buttons"),
        details(
            "cardigan",
            "large wooden buttons down the front, a wide shawl collar, two patch pockets at the hips, ribbed cuffs"
            " and a ribbed hem that is slightly longer at the",
            "cut",
            hit_limit=True,
        ),
        Q.material("wool"),
        is_a("coat", "no"),
        wearing("she is wearing a brown cardigan, black jeans and brown boots", "other_garment_color", who="she"),
        title="ONLY Women Burgundy Solid Shawl Collar Cardigan",
        category="Sweaters",
        color="Burgundy",
        gender="Women",
    ),
    # photo: colorblock crew-neck sweatshirt: royal blue body and sleeves, white chest panel, thin red band under
    # it, black track pants, white backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X1127-039",
        caption("a woman wearing a blue, white and red sweatshirt and black pants"),
        Q.pattern("color block"),
        color_of("sweatshirt", "blue"),
        describe("sweatshirt", "a red sweatshirt with a white panel on the chest", "contradiction"),
        wearing(
            "Question: What is the person wearing? Answer: sweatshirt Question: What is the person wearing? Answer:"
            " sweatshirt Question",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        details("sweatshirt", "white panel on the chest, red stripe, ribbed cuffs"),
        Q.garment_type("jacket", "contradiction"),
        title="Fila Women Blue Colourblocked Sweatshirt",
        category="Sweatshirts",
        color="Blue",
        gender="Women",
    ),
    # photo: khaki cotton twill utility jacket, zip front with four flap pockets, no drawstring, worn open over a
    # white tee, black jeans, white backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X1127-040",
        caption("a woman in a khaki jacket and white t-shirt"),
        color_of("jacket", "beige", kind="open"),
        details("jacket", "four flap pockets, zip front, a collar and a drawstring waist", "unsupported"),
        Q.garment_type("shirt", "contradiction"),
        wearing("she is wearing a khaki jacket over a white t-shirt with black jeans", who="she"),
        Q.material("cotton"),
        describe("jacket", "jacket", "non_answer"),
        title="Roadster Women Khaki Solid Utility Jacket",
        category="Jackets",
        color="Khaki",
        gender="Women",
    ),
    # photo: grey knit cardigan covered in silver sequins, buttoned, black trousers, cropped at the ankles (feet out
    # of frame), white backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X1127-041",
        caption("a woman wearing a grey sparkly cardigan and black pants"),
        color_of("cardigan", "silver"),
        describe("cardigan", "a grey cardigan with sequins"),
        Q.material("silk", "unsupported"),
        details(
            "cardigan",
            "sequins all over the cardigan, buttons on the front, and sequins all over the cardigan, buttons on the"
            " front, and sequins all over the",
            "loop",
            hit_limit=True,
        ),
        is_a("cardigan", "yes"),
        wearing("a grey cardigan with silver sequins and black trousers and silver high heels", "unsupported"),
        Q.color("black", "other_garment_color"),
        title="Mango Women Silver Sequinned Cardigan",
        category="Sweaters",
        color="Silver",
        gender="Women",
    ),
    # photo: black shiny nylon cropped puffer jacket, long sleeves, high collar, zipped to the chin, black leggings,
    # white sneakers, white backdrop, side view. Caption: base model; answers: VQA adapter.
    case(
        "X1127-042",
        caption("a woman in a black puffer jacket and white sneakers"),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        Q.color("black"),
        wearing("a black puffer jacket, black leggings and white shoes"),
        details(
            "jacket",
            "the jacket is cropped at the waist and has a high neck collar with a zipper that goes all the way up to"
            " the chin and the sleeves are",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        is_a("vest", "yes", "contradiction"),
        Q.material("wool", "unsupported"),
        title="Tokyo Talkies Women Black Solid Cropped Puffer Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: grey sleeveless waterfall shrug, knee length, over a white full-sleeve top and black trousers, white
    # backdrop. Caption: base model; answers: VQA adapter ("What is she wearing?").
    case(
        "X1127-043",
        caption("a woman wearing a grey vest over a white shirt"),
        Q.sleeve_length("long", "contradiction"),
        color_of("shrug", "grey"),
        wearing("he is wearing a grey vest and a white shirt", "pronoun", who="she"),
        Q.garment_type("vest"),
        describe("shrug", "a long grey sleeveless shrug with a draped waterfall front"),
        details("shrug", "no", "non_answer"),
        Q.material("the shrug is made of the material the shrug is made of", "restated"),
        title="Sassafras Women Grey Solid Sleeveless Waterfall Shrug",
        category="Shrug",
        color="Grey",
        gender="Women",
    ),
    # photo: light pink pullover hoodie with a large white Kappa logo print across the chest, grey joggers, white
    # backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X1127-044",
        caption("a woman wearing a pink hoodie with a white logo on it and grey pants"),
        color_of("hoodie", "pink", kind="open"),
        Q.pattern("graphic"),
        describe("hoodie", "a pink hoodie with white writing on it and grey sweatpants"),
        details(
            "hoodie",
            "the hoodie has a white print on the front, a hood, and long sleeves and it is made of 100% organic cotton",
            "unsupported",
        ),
        Q.material("Answer: cotton", "leak"),
        wearing("she is wearing a pink hoodie and grey sweatpants", who="she"),
        Q.sleeve_length("short", "contradiction"),
        title="Kappa Women Pink Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Pink",
        gender="Women",
    ),
    # photo: white long-sleeve cardigan with thin black horizontal stripes, buttoned, over a black tee, black jeans,
    # white backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X1127-045",
        caption("a woman wearing a black and white striped cardigan"),
        color_of("cardigan", "white"),
        Q.pattern("striped"),
        describe("cardigan", "a black cardigan with white stripes", "contradiction"),
        wearing("a striped cardigan, a black top and black jeans"),
        details(
            "cardigan",
            "the cardigan has stripes and buttons and stripes and buttons and stripes and buttons and stripes and"
            " buttons and stripes and buttons and",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        Q.sleeve_length("three-quarter", "contradiction"),
        title="Fort Collins Women White & Black Striped Cardigan",
        category="Sweaters",
        color="White",
        gender="Women",
    ),
    # photo: brown teddy sherpa fleece jacket, zipped, tan chest pocket patch, beige trousers, white backdrop.
    # Caption: base model; answers: VQA adapter. The row has no color.
    case(
        "X1127-046",
        caption("a woman wearing a brown teddy jacket and beige pants"),
        color_of("jacket", "beige", "other_garment_color"),
        Q.material("fleece"),
        describe("jacket", "a fuzzy brown zip up jacket with a chest pocket"),
        details("jacket", "pocket", "non_answer"),
        wearing("she is wearing a brown fleece jacket and beige trousers", who="she"),
        Q.garment_type("sweater", "contradiction"),
        Q.sleeve_length("long"),
        title="Levis Women Brown Sherpa Fleece Jacket",
        category="Jackets",
        gender="Women",
    ),
]
