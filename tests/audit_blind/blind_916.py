"""BLIND_916 (46 products; Myntra women's winterwear & layers, VQA adapter): written blind in the fifty-seventh session.
Measured blind at e30524e (the session's fifth rules): 113/127 failures found (89.0%) and 13/187 correct texts flagged
(7.0%). The writer's notes, verbatim:

Scenario: a Myntra-like women's winterwear feed (Sweaters, Sweatshirts, Jackets, Shrug, Rain Jacket, Blazers).
Studio catalog photos on a white backdrop, mostly worn by a model who also wears other clothes (a tee under an open
cardigan, jeans, leggings, joggers, a skirt, a shirt collar under a sweater vest); one flat product shot (no model).

Who wrote what: the captions and every open answer come from blip2-opt-2.7b with the VQA LoRA adapter
(leoreigoto/Data3_V3_BLIP2_VQA), greedy, 50 new tokens for captions and 30 for answers. The adapter was trained
without an end token, so it often runs on: loops on a word or clause, cuts at the limit, or writes the next
"Question: ... Answer:" turn of its training format. Its captions are short and answer-like (one ended as a single
color word). It tends to give the garment the color of the jeans, tee or trousers worn with it, and invents small
details (fur trims, gold buttons, studs, pockets, hoods) and fibers (wool, cashmere, silk) no title states. It says
"he" now and then. Closed answers (garment type, color, pattern, sleeve length, "Is this a ...?") come from
enrich's --engine reference ranking the candidate values under the same adapter: they never loop or stop short, but
pick the wrong candidate (the inner tee's color, the trousers' pattern, the dress under a shrug).

Labeling conventions and judgement calls:
- The photo is the truth. Where the seller is wrong (X916-021: "Brown" bomber that is plainly olive green), a text
  that matches the photo is correct, even though it disagrees with the seller's color.
- other_garment_color: the asked-about garment gets the color of another garment visible in the photo (the tee,
  jeans, skirt, trousers, a shirt under a vest), whichever garment was asked about, closed or open. A wrong color
  that no garment in the photo has, or the color of a print or logo on the garment itself, is a contradiction.
- contradiction also covers a wrong garment type (the dress under the shrug picked as the type), a wrong pattern
  (cable knit or puffer channels read as stripes, the trousers' checks), wrong sleeve length (the sleeves of the top
  under a sleeveless vest), "no" to a true "Is this a ...?" and "yes" to a false one, and a caption with a wrong hue.
- Synonyms counted correct: cardigan for a shrug, shirt for a shacket, coat for a long jacket, parka, trench or
  overcoat, denim for a denim jacket, vest for a gilet or sweater vest, crop top for a cropped sweatshirt, red or
  burgundy for maroon, pink for peach, yellow for mustard, white or off white for cream, grey for charcoal or
  melange, blue for teal or navy, tan or brown for camel. "leather" for faux leather is correct (it is what shows).
- Material: a fiber the title states (acrylic, wool blend, fleece, faux fur, faux suede) or a construction that
  shows (knit, ribbed knit, quilted, denim, waterproof on a rain jacket) is correct; a fiber named with no support
  in the title or photo (wool, cashmere, silk, satin, velvet, polyester, cotton) is unsupported.
- A loop that runs to the token limit is labeled loop (hit_limit=True), not cut. A text cut at the limit with
  correct content so far is cut. A leak is labeled leak whether or not it also reached the limit; a leak that
  repeats its own turn is still leak.
- non_answer: a yes, a single color or the garment's name back as the whole answer to an open question (describe,
  details, wearing) or as a caption. A one-word garment answer to "What is the person wearing?" that names the right
  garment would have counted correct, but none occurs here.
- restated: the answer echoes the question's words ("the shrug details are the shrug details", "the coat is a
  coat"), possibly after repeating the question itself.
- pronoun: "he"/"his" or "a man" for a Women row; "she" is correct throughout.
- An answer that leaves out the product but is true of the photo ("a red top and black pants" for a shrug over a
  red top) would be correct; the wearing answers here all mention the product except where labeled.
- Catalog columns missing on purpose: X916-044 has no color, X916-045 no category.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    caption,
    case,
    color,
    color_of,
    describe,
    details,
    garment_type,
    is_a,
    material,
    question,
    wearing,
)

# the VQA training data's own wording of the wearing question
cloth = question("wearing", "What cloth is the person wearing?", "open")
pattern = BLIND_QUESTIONS.pattern
sleeves = BLIND_QUESTIONS.sleeve_length

BLIND_916 = [
    # photo: navy rib-knit crew-neck pullover, light blue jeans, white backdrop, front view. VQA adapter: caption and
    # open answers; reference engine: closed.
    case(
        "X916-001",
        caption("a woman wearing a navy blue sweater and blue jeans"),
        cloth("a navy blue sweater and jeans"),
        color("blue"),
        garment_type("sweater"),
        is_a("cardigan", "yes", "contradiction"),
        color_of("sweater", "light blue", "other_garment_color", kind="open"),
        details(
            "sweater",
            "the sweater has a ribbed hem and cuffs and a ribbed hem and cuffs and a ribbed hem and cuffs and a ribbed",
            "loop",
            hit_limit=True,
        ),
        title="Roadster Women Navy Blue Solid Pullover Sweater",
        category="Sweaters",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: grey melange open-front longline cardigan over a white tee, black skinny jeans, black ankle boots, front.
    # VQA adapter: caption, open answers; reference engine: closed.
    case(
        "X916-002",
        caption("a woman in a grey cardigan, white t-shirt and black jeans"),
        wearing("she is wearing a grey cardigan over a white t-shirt"),
        color("white", "other_garment_color"),
        garment_type("cardigan"),
        is_a("cardigan", "yes"),
        material("wool", "unsupported"),
        describe(
            "cardigan",
            "the cardigan is grey and long and open at the front with long sleeves and it is worn over a white t-shirt "
            "with black jeans and black ankle boots and the",
            "cut",
            hit_limit=True,
        ),
        title="ONLY Women Grey Melange Solid Longline Cardigan",
        category="Sweaters",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: black pullover hoodie (no zip) with a small white Puma cat logo on the chest, kangaroo pocket, black track
    # pants, front. VQA adapter: caption, open; reference: closed.
    case(
        "X916-003",
        caption("a woman wearing a black hoodie with a white logo"),
        wearing("black hoodie and black pants"),
        color_of("hoodie", "black"),
        details(
            "hoodie",
            "the hoodie has a kangaroo pocket and a drawstring hood with a zipper on the front",
            "unsupported",
        ),
        describe("hoodie", "a grey hoodie with a white logo on the chest", "contradiction"),
        pattern("solid"),
        sleeves("long"),
        title="Puma Women Black Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Women",
    ),
    # photo: maroon cable-knit crew sweater, black leggings, model with one hand on the hip, white backdrop.
    # VQA adapter: caption, open; reference: closed.
    case(
        "X916-004",
        caption("a woman wearing a red sweater and black pants"),
        cloth(
            "sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater "
            "sweater sweater",
            "loop",
            hit_limit=True,
        ),
        color("maroon"),
        pattern("striped", "contradiction"),
        describe("sweater", "a maroon cable knit sweater with a crew neck and long sleeves"),
        color_of("pants", "black", kind="open"),
        title="Vero Moda Women Maroon Cable Knit Pullover",
        category="Sweaters",
        color="Maroon",
        gender="Women",
    ),
    # photo: olive quilted hooded puffer jacket, zipped, two zip side pockets, black top at the neck, blue jeans.
    # VQA adapter: caption, open; reference: closed.
    case(
        "X916-005",
        caption("a woman in a green puffer jacket and blue jeans"),
        wearing(
            "a green jacket with a hood Question: What is the color of the jacket? Answer: green Question: What is the",
            "leak",
            hit_limit=True,
        ),
        color_of("jacket", "green"),
        color_of("jacket", "the jacket is brown", "contradiction", kind="open"),
        garment_type("jacket"),
        details("jacket", "the jacket is quilted with a hood and a zip front and two pockets on the front"),
        material("quilted"),
        title="Fort Collins Women Olive Solid Padded Jacket",
        category="Jackets",
        color="Olive",
        gender="Women",
    ),
    # photo: light pink crew sweatshirt with white "HRX" lettering across the chest, grey joggers, white sneakers.
    # VQA adapter: caption, open; reference: closed.
    case(
        "X916-006",
        caption("a woman wearing a pink sweatshirt with white lettering and grey sweatpants"),
        cloth("he is wearing a pink sweatshirt and grey pants", "pronoun"),
        color("grey", "other_garment_color"),
        pattern("graphic"),
        is_a("sweatshirt", "yes"),
        details("sweatshirt", "the sweatshirt has a print on the front"),
        title="HRX by Hrithik Roshan Women Pink Printed Sweatshirt",
        category="Sweatshirts",
        color="Pink",
        gender="Women",
    ),
    # photo: mustard open-front cropped knit shrug, three-quarter sleeves, over a black sleeveless midi dress, front.
    # VQA adapter: caption, open; reference: closed.
    case(
        "X916-007",
        caption("a woman wearing a yellow cardigan over a black dress"),
        wearing("a black dress and a yellow shrug"),
        color_of("shrug", "black", "other_garment_color"),
        sleeves("three-quarter"),
        garment_type("dress", "contradiction"),
        describe("shrug", "yes", "non_answer"),
        title="Mast & Harbour Women Mustard Yellow Solid Open Front Shrug",
        category="Shrug",
        color="Mustard",
        gender="Women",
    ),
    # photo: red lightweight hooded rain jacket, zipped, small white logo on the chest, black track pants.
    # VQA adapter: caption, open; reference: closed.
    case(
        "X916-008",
        caption(
            "a woman in a red jacket with a hood and a red jacket with a hood and a red jacket with a hood and a red "
            "jacket with a hood and a red jacket with a hood and a",
            "loop",
            hit_limit=True,
        ),
        cloth("red jacket"),
        color_of(
            "jacket",
            "red red red red red red red red red red red red red red red red red red red red red red red red red red "
            "red red red red",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details("jacket", "the jacket has a hood and a zipper and a logo on the chest"),
        describe("jacket", "a red rain jacket with a hood and reflective strips on the sleeves", "unsupported"),
        material("waterproof fabric"),
        is_a("jacket", "yes"),
        title="Wildcraft Women Red Hooded Rain Jacket",
        category="Rain Jacket",
        color="Red",
        gender="Women",
    ),
    # photo: cream V-neck button cardigan, buttoned up and tucked into light-wash jeans, brown belt, front.
    # VQA adapter: caption, open; reference: closed.
    case(
        "X916-009",
        caption("a woman wearing a white cardigan and jeans"),
        wearing("a white sweater and blue jeans"),
        color("white"),
        color_of("cardigan", "blue", "other_garment_color", kind="open"),
        details(
            "cardigan",
            "the cardigan has buttons down the front and a v neck and a pocket on the left chest",
            "unsupported",
        ),
        describe(
            "cardigan",
            "a cream colored cardigan with a v neck and buttons down the front and long sleeves with ribbed cuffs "
            "and it is buttoned up and tucked into",
            "cut",
            hit_limit=True,
        ),
        garment_type("cardigan"),
        pattern("solid"),
        title="United Colors of Benetton Women Cream-Coloured Solid Cardigan",
        category="Sweaters",
        color="Cream",
        gender="Women",
    ),
    # photo: heather grey full-zip fleece hoodie, half unzipped over a black tee, black leggings, front.
    # VQA adapter: caption, open; reference: closed.
    case(
        "X916-010",
        caption("a woman in a grey hoodie and black leggings"),
        cloth("a grey zip up hoodie and black leggings"),
        color("black", "other_garment_color"),
        describe(
            "hoodie",
            "the hoodie is grey with a hood and a zipper the hoodie is grey with a hood and a zipper the hoodie is "
            "grey with a hood",
            "loop",
            hit_limit=True,
        ),
        sleeves("long"),
        material("fleece"),
        title="Nike Women Grey Sportswear Essential Full-Zip Fleece Hoodie",
        category="Sweatshirts",
        color="Grey",
        gender="Women",
    ),
    # photo: mid-blue washed denim jacket, full-length sleeves, two flap chest pockets, button front, worn open over a
    # white crop top, black jeans. VQA adapter: caption, open; reference: closed.
    case(
        "X916-011",
        caption("a woman wearing a denim jacket and black jeans"),
        wearing("she is wearing a blue denim jacket"),
        color_of("jacket", "blue"),
        garment_type("denim"),
        details("jacket", "the jacket has two chest pockets with flaps and buttons down the front"),
        color_of("top", "blue", "other_garment_color", kind="open"),
        sleeves("short", "contradiction"),
        material("denim"),
        title="Roadster Women Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: peach lightweight open-front shrug with a lace trim at the hem, over a white top, blue skinny jeans.
    # VQA adapter: caption, open; reference: closed.
    case(
        "X916-012",
        caption("the person is wearing a pink shrug over a white top and jeans"),
        cloth(
            "a peach colored shrug with a lace trim at the hem worn over a white top with a round neck and blue skinny "
            "jeans with a",
            "cut",
            hit_limit=True,
        ),
        color("pink"),
        garment_type("cardigan"),
        details("shrug", "the shrug details are the shrug details", "restated"),
        is_a("shrug", "no", "contradiction"),
        title="Harpa Women Peach-Coloured Open Front Shrug",
        category="Shrug",
        color="Peach",
        gender="Women",
    ),
    # photo: teal fine-gauge crew sweater, black tapered trousers, front, white backdrop.
    # VQA adapter: caption, open; reference: closed.
    case(
        "X916-013",
        caption("a woman wearing a teal sweater and black pants"),
        wearing("a blue sweater and black pants"),
        color_of("sweater", "blue"),
        describe("sweater", "the sweater is black with long sleeves", "other_garment_color"),
        details(
            "sweater",
            "the sweater has a round neck and ribbed cuffs and a ribbed hem and it is a fine knit and the sleeves are "
            "long and the body is",
            "cut",
            hit_limit=True,
        ),
        material("cotton", "unsupported"),
        sleeves("long"),
        title="Monte Carlo Women Teal Blue Solid Sweater",
        category="Sweaters",
        color="Teal",
        gender="Women",
    ),
    # photo: navy track jacket with three white stripes down the sleeves, stand collar, full zip, over a white tee,
    # navy track pants. VQA adapter: caption, open; reference: closed.
    case(
        "X916-014",
        caption("a woman in a blue and white jacket and blue pants"),
        cloth(
            "jacket Question: What is the color of the jacket? Answer: blue Question: What is the color of the pants? "
            "Answer:",
            "leak",
            hit_limit=True,
        ),
        color("navy blue"),
        pattern("striped"),
        details("jacket", "the jacket has three white stripes on the sleeves and a zip front"),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        material("polyester", "unsupported"),
        title="ADIDAS Women Navy Blue Essentials 3-Stripes Track Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black faux-leather biker jacket, asymmetric zip, worn open over a grey tee, blue ripped jeans.
    # VQA adapter: caption, open; reference: closed.
    case(
        "X916-015",
        caption("a woman wearing a black leather jacket and ripped jeans"),
        wearing("a black leather jacket, a grey t-shirt and ripped blue jeans"),
        color_of("jacket", "black"),
        material("leather"),
        garment_type("jacket"),
        details(
            "jacket",
            "the jacket has a zipper on the front and a zipper on the sleeves and a zipper on the pockets and a zipper "
            "on the collar and a zipper on the",
            "loop",
            hit_limit=True,
        ),
        color_of("t-shirt", "black", "other_garment_color", kind="open"),
        title="Tokyo Talkies Women Black Solid Faux Leather Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: purple pullover hoodie with white drawcords and a kangaroo pocket, grey marl joggers, front.
    # VQA adapter: caption, open; reference: closed.
    case(
        "X916-016",
        caption("purple", "non_answer"),
        cloth("a purple hoodie and grey sweatpants"),
        color("purple"),
        is_a("hoodie", "yes"),
        details("hoodie", "the hoodie has a hood with white drawstrings and a pocket on the front"),
        sleeves("short", "contradiction"),
        material("cotton fleece"),
        title="Sports52 wear Women Purple Cotton Fleece Hooded Sweatshirt",
        category="Sweatshirts",
        color="Purple",
        gender="Women",
    ),
    # photo: beige double-breasted belted trench coat, knee length, over a black turtleneck, black trousers.
    # VQA adapter: caption, open; reference: closed.
    case(
        "X916-017",
        caption("a woman wearing a beige trench coat and black pants"),
        wearing("a beige coat with a belt"),
        color_of("coat", "black", "other_garment_color"),
        garment_type("coat"),
        details(
            "coat",
            "the coat has a belt and buttons and a belt and buttons and a belt and buttons and a belt and buttons "
            "and a belt and",
            "loop",
            hit_limit=True,
        ),
        material("wool", "unsupported"),
        describe("coat", "he is wearing a long beige coat with a belt", "pronoun"),
        title="MANGO Women Beige Solid Double-Breasted Trench Coat",
        category="Jackets",
        color="Beige",
        gender="Women",
    ),
    # photo: off-white chunky popcorn-knit pullover, blue mom jeans, front. VQA adapter: caption, open; reference:
    # closed.
    case(
        "X916-018",
        caption("a woman wearing a white sweater and blue jeans"),
        cloth("a white knit sweater"),
        color("off white"),
        pattern("solid"),
        garment_type("cardigan", "contradiction"),
        color_of("sweater", "blue", "other_garment_color", kind="open"),
        details("sweater", "the sweater details are the details of the sweater", "restated"),
        title="Roadster Women Off-White Self Design Pullover",
        category="Sweaters",
        color="Off White",
        gender="Women",
    ),
    # photo: colourblocked crew sweatshirt (red body, white chest panel with a small FILA logo, navy sleeves), white
    # joggers. VQA adapter: caption, open; reference: closed.
    case(
        "X916-019",
        caption("a woman in a red, white and blue sweatshirt and white pants"),
        wearing("a red white and blue sweatshirt"),
        color("red"),
        pattern("color block"),
        color_of(
            "sweatshirt",
            "red and white and blue and red and white and blue and red and white and blue and red and white and blue "
            "and",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("pants", "red", "other_garment_color", kind="open"),
        details("sweatshirt", "the sweatshirt has a fila logo on the chest and a hood", "unsupported"),
        title="FILA Women Red Colourblocked Sweatshirt",
        category="Sweatshirts",
        color="Red",
        gender="Women",
    ),
    # photo: black sheer longline open shrug with long sleeves, over a red camisole top, black jeans.
    # VQA adapter: caption, open; reference: closed.
    case(
        "X916-020",
        caption("a woman wearing a black cardigan over a red top"),
        cloth(
            "a black shrug and a red top Question: Is this a shrug? Answer: yes Question: Is this a",
            "leak",
            hit_limit=True,
        ),
        color("red", "other_garment_color"),
        garment_type("shrug"),
        sleeves("long"),
        describe(
            "shrug",
            "the shrug is long and black and open at the front and has long sleeves and the shrug is long and black "
            "and open at the front and",
            "loop",
            hit_limit=True,
        ),
        title="Vero Moda Women Black Solid Longline Shrug",
        category="Shrug",
        color="Black",
        gender="Women",
    ),
    # photo: bomber jacket the seller calls Brown but plainly olive/khaki green, ribbed cuffs and hem, zip front, over
    # a white tee, black jeans. VQA adapter: caption, open; reference: closed.
    case(
        "X916-021",
        caption("a woman in a green bomber jacket and black jeans"),
        wearing("a green jacket and a white t-shirt"),
        color_of("jacket", "green"),
        details("jacket", "ribbed cuffs and hem and a zip front"),
        describe("jacket", "jacket", "non_answer"),
        garment_type("jacket"),
        material("the jacket is made of satin", "unsupported"),
        title="Duke Women Brown Solid Bomber Jacket",
        category="Jackets",
        color="Brown",
        gender="Women",
    ),
    # photo: grey melange crew sweatshirt with a pink Puma logo on the chest, black leggings, front.
    # VQA adapter: caption, open; reference: closed.
    case(
        "X916-022",
        caption("a woman wearing a grey sweatshirt with a pink logo and black leggings"),
        cloth("a grey sweatshirt Question: What is the color of the sweatshirt? Answer: grey", "leak"),
        color("pink", "contradiction"),
        sleeves("long"),
        is_a("sweatshirt", "yes"),
        details("sweatshirt", "the sweatshirt has a small logo on the chest and ribbed cuffs"),
        title="Puma Women Grey Melange Essential Logo Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: navy-and-white horizontal striped button cardigan with white buttons, open over a white tee, beige chinos.
    # VQA adapter: caption, open; reference: closed.
    case(
        "X916-023",
        caption("a woman in a blue and white striped cardigan and beige pants"),
        wearing("a striped cardigan, a white t-shirt and khaki pants"),
        color_of("cardigan", "beige", "other_garment_color", kind="open"),
        pattern("striped"),
        garment_type("t-shirt", "contradiction"),
        describe("cardigan", "blue and white stripes with buttons"),
        details("cardigan", "the cardigan has gold buttons and elbow patches", "unsupported"),
        title="ONLY Women Navy Blue & White Striped Cardigan",
        category="Sweaters",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: flat product shot, no model: black glossy hooded puffer jacket with horizontal quilting channels, front
    # view, white backdrop. VQA adapter: caption, open; reference: closed.
    case(
        "X916-024",
        caption("a black puffer jacket with a hood on a white background"),
        cloth("a black jacket"),
        color("black"),
        pattern("striped", "contradiction"),
        details("jacket", "the jacket has a hood and a zip and a fur trim", "unsupported"),
        sleeves("long"),
        material("padded"),
        title="Kappa Women Black Solid Hooded Puffer Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: long kimono-style shrug with a multicolour floral print (pink, green, blue on white), over a navy tank
    # top, white jeans. VQA adapter: caption, open; reference: closed.
    case(
        "X916-025",
        caption("a woman wearing a floral kimono and white pants"),
        wearing("a floral print shrug over a blue top"),
        color("navy blue", "other_garment_color"),
        pattern("floral"),
        describe(
            "shrug",
            "floral floral floral floral floral floral floral floral floral floral floral floral floral floral floral "
            "floral floral floral floral floral",
            "loop",
            hit_limit=True,
        ),
        is_a("dress", "yes", "contradiction"),
        title="Global Desi Women Multicoloured Floral Print Kimono Shrug",
        category="Shrug",
        color="Multi",
        gender="Women",
    ),
    # photo: lavender fine-knit crew sweater with the collar of a white shirt showing at the neck, grey trousers,
    # black belt with a silver buckle. VQA adapter: caption, open; reference: closed.
    case(
        "X916-026",
        caption("a woman in a purple sweater with a white collar and grey pants"),
        cloth(
            "a lavender sweater over a white shirt with the collar out and grey trousers with a crease down the front "
            "and a black belt with a silver buckle and",
            "cut",
            hit_limit=True,
        ),
        color("lavender"),
        color_of("sweater", "white", "other_garment_color", kind="open"),
        garment_type("shirt", "contradiction"),
        details("sweater", "the sweater has ribbed cuffs and a ribbed hem with a shirt collar showing at the neck"),
        material("cashmere", "unsupported"),
        title="Marks & Spencer Women Lavender Solid Pullover",
        category="Sweaters",
        color="Lavender",
        gender="Women",
    ),
    # photo: charcoal grey hooded parka, zipped, faux-fur trim on the hood, two flap pockets, black jeans, black boots.
    # VQA adapter: caption, open; reference: closed.
    case(
        "X916-027",
        caption("a woman in a grey jacket with a fur hood"),
        wearing("a dark grey parka with a fur hood and black jeans"),
        color_of("jacket", "grey"),
        details("jacket", "the jacket has a hood with fur and two pockets on the front and a zipper and snap buttons"),
        describe(
            "jacket",
            "she is wearing a dark grey parka with a fur trimmed hood and the jacket is zipped up to the neck and "
            "has two pockets with flaps and a",
            "cut",
            hit_limit=True,
        ),
        is_a("jacket", "yes"),
        material("fur", "unsupported"),
        title="Fort Collins Women Charcoal Grey Solid Hooded Parka Jacket",
        category="Jackets",
        color="Charcoal",
        gender="Women",
    ),
    # photo: light blue denim trucker jacket with a cream sherpa collar, open over a black turtleneck, black mini
    # skirt, black tights; cropped at the knee (no shoes, no bag). VQA adapter: caption, open; reference: closed.
    case(
        "X916-028",
        caption(
            "a woman wearing a blue denim jacket with a white fur collar and a black skirt and black tights and black "
            "boots and a black bag",
            "unsupported",
        ),
        cloth("a denim jacket, a black sweater and a black skirt"),
        color("blue"),
        color_of("jacket", "black", "other_garment_color", kind="open"),
        details("jacket", "the jacket has a fur collar and buttons and two pockets on the chest"),
        garment_type("denim"),
        pattern("solid"),
        title="Levis Women Blue Sherpa Collar Trucker Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: rust plain-knit turtleneck pullover (no cables), cream wide-leg trousers, front. VQA adapter: caption,
    # open; reference: closed.
    case(
        "X916-029",
        caption("a woman in an orange turtleneck sweater and white pants"),
        wearing(
            "an orange sweater and white pants Question: What is the color of the sweater? Answer: orange Question: "
            "What is",
            "leak",
            hit_limit=True,
        ),
        color("brown", "contradiction"),
        describe("sweater", "orange", "non_answer"),
        sleeves("long"),
        is_a("sweater", "yes"),
        details("sweater", "the sweater has a turtleneck and a cable knit front", "unsupported"),
        title="Mast & Harbour Women Rust Solid Turtleneck Pullover",
        category="Sweaters",
        color="Rust",
        gender="Women",
    ),
    # photo: tan/camel longline open cardigan with two patch pockets, white tee, blue jeans, white sneakers, hands in
    # the cardigan's pockets. VQA adapter: caption, open; reference: closed.
    case(
        "X916-030",
        caption(
            "a woman wearing a long brown cardigan with two pockets over a white t-shirt and blue jeans and white "
            "sneakers standing with her hands in the pockets of the cardigan against a white background with her hair "
            "down and a",
            "cut",
            hit_limit=True,
        ),
        cloth("she is wearing a brown cardigan and a white shirt and blue jeans and white shoes"),
        color("tan"),
        color_of(
            "cardigan",
            "brown brown brown brown brown brown brown brown brown brown brown brown brown brown brown brown brown "
            "brown brown brown brown brown brown brown brown brown brown brown brown brown",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details("cardigan", "the cardigan has two pockets at the front and a long length"),
        garment_type("coat", "contradiction"),
        is_a("cardigan", "yes"),
        title="AND Women Tan Brown Solid Longline Cardigan",
        category="Sweaters",
        color="Tan",
        gender="Women",
    ),
    # photo: hot pink cropped sweatshirt with balloon sleeves, high-waist black jeans, a strip of midriff showing.
    # VQA adapter: caption, open; reference: closed.
    case(
        "X916-031",
        caption("a woman wearing a pink crop top and black jeans"),
        wearing("he is wearing a pink sweatshirt and black jeans", "pronoun"),
        color_of("sweatshirt", "pink"),
        sleeves("long"),
        garment_type("t-shirt", "contradiction"),
        details(
            "sweatshirt",
            "cropped Question: What are the sweatshirt details? Answer: cropped Question: What are the sweatshirt "
            "details? Answer:",
            "leak",
            hit_limit=True,
        ),
        material("velvet", "unsupported"),
        title="Tokyo Talkies Women Pink Solid Cropped Sweatshirt",
        category="Sweatshirts",
        color="Pink",
        gender="Women",
    ),
    # photo: green-and-black buffalo check flannel shacket, open over a black tee, blue jeans.
    # VQA adapter: caption, open; reference: closed.
    case(
        "X916-032",
        caption("a woman wearing a green and black plaid shirt and jeans"),
        cloth("a plaid shirt and jeans"),
        color("green"),
        pattern("checked"),
        garment_type("shirt"),
        describe(
            "shirt",
            "the shirt is green and black checked with buttons down the front and two chest pockets with buttons and "
            "the shirt is green and black checked with buttons down",
            "loop",
            hit_limit=True,
        ),
        material("denim", "unsupported"),
        title="Roadster Women Green & Black Buffalo Checked Shacket",
        category="Jackets",
        color="Green",
        gender="Women",
    ),
    # photo: navy quilted sleeveless puffer gilet with a stand collar, small logo on the chest, zipped, over a red
    # long-sleeve knit top, blue jeans. VQA adapter: caption, open; reference: closed.
    case(
        "X916-033",
        caption("a woman wearing a blue vest over a red sweater"),
        wearing("a navy vest and a red sweater"),
        sleeves("long", "contradiction"),
        color("red", "other_garment_color"),
        garment_type("vest"),
        details(
            "vest",
            "the vest is quilted with a zip front and a stand collar and two zip pockets on the sides and a small logo "
            "on the chest and the",
            "cut",
            hit_limit=True,
        ),
        title="U.S. Polo Assn. Women Navy Blue Sleeveless Padded Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: white crew sweatshirt with a large black cartoon cat graphic and the word "MEOW", light blue jeans.
    # VQA adapter: caption, open; reference: closed.
    case(
        "X916-034",
        caption("a woman wearing a white sweatshirt with a cat on it"),
        cloth("a white sweatshirt with a black cat print and blue jeans"),
        color("black", "contradiction"),
        pattern("graphic"),
        details("sweatshirt", "the sweatshirt has a cat and the word meow"),
        describe(
            "sweatshirt",
            "Question: Describe the sweatshirt. Answer: a white sweatshirt with a cat print Question: Describe the",
            "leak",
            hit_limit=True,
        ),
        is_a("t-shirt", "yes", "contradiction"),
        title="Kook N Keech Women White Printed Sweatshirt",
        category="Sweatshirts",
        color="White",
        gender="Women",
    ),
    # photo: black ribbed turtleneck sweater, grey check wide-leg trousers, front view (no zip or back detail
    # visible). VQA adapter: caption, open;
    # reference: closed.
    case(
        "X916-035",
        caption("a woman in a black turtleneck and grey plaid pants"),
        wearing("black", "non_answer"),
        color_of("sweater", "black"),
        pattern("checked", "contradiction"),
        describe("sweater", "a black ribbed turtleneck sweater with long sleeves"),
        material("ribbed knit"),
        details("sweater", "the sweater has a zipper at the back of the neck and a ribbed hem", "unsupported"),
        title="Vero Moda Women Black Ribbed Turtleneck Sweater",
        category="Sweaters",
        color="Black",
        gender="Women",
    ),
    # photo: bright yellow pullover hoodie, hood down, black joggers, front. VQA adapter: caption, open; reference:
    # closed.
    case(
        "X916-036",
        caption("a woman in a yellow hoodie"),
        cloth(
            "yellow hoodie and black pants yellow hoodie and black pants yellow hoodie and black pants yellow hoodie "
            "and black pants",
            "loop",
            hit_limit=True,
        ),
        color("yellow"),
        is_a("hoodie", "yes"),
        color_of("pants", "yellow", "other_garment_color", kind="open"),
        details(
            "hoodie",
            "the hoodie has a hood with a drawstring and a front pocket and the cuffs are ribbed and the hem is ribbed "
            "and there is a small",
            "cut",
            hit_limit=True,
        ),
        material("wool", "unsupported"),
        title="Campus Sutra Women Yellow Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Yellow",
        gender="Women",
    ),
    # photo: burgundy single-breasted wool-blend overcoat, notch lapels, two flap pockets, black turtleneck, black
    # trousers, black ankle boots. VQA adapter: caption, open; reference: closed.
    case(
        "X916-037",
        caption("a man wearing a maroon coat and black pants", "pronoun"),
        wearing("a red coat over a black top"),
        material("wool"),
        color_of("coat", "burgundy"),
        details("coat", "the coat has a notch lapel and two flap pockets and buttons"),
        sleeves("long"),
        describe("coat", "describe the coat. the coat is a coat", "restated"),
        title="ELLE Women Burgundy Solid Wool Blend Overcoat",
        category="Jackets",
        color="Burgundy",
        gender="Women",
    ),
    # photo: beige sleeveless V-neck sweater vest with a brown and cream argyle pattern, over a long-sleeve white
    # shirt, black trousers. VQA adapter: caption, open; reference: closed.
    case(
        "X916-038",
        caption("a woman wearing a beige sweater vest over a white shirt"),
        cloth("a sweater vest and a white shirt"),
        sleeves("long", "contradiction"),
        pattern("geometric"),
        color("white", "other_garment_color"),
        details("vest", "the vest has a v neck and a diamond pattern"),
        garment_type("vest"),
        title="MANGO Women Beige Argyle Patterned Sweater Vest",
        category="Sweaters",
        color="Beige",
        gender="Women",
    ),
    # photo: baby pink faux-fur teddy jacket, notch collar, two side pockets, open over a white top, black jeans,
    # black ankle boots. VQA adapter: caption, open; reference: closed.
    case(
        "X916-039",
        caption("a woman in a pink fur jacket and black jeans"),
        wearing("a pink fluffy jacket"),
        color("pink"),
        material("faux fur"),
        details("jacket", "the jacket is fluffy with a notch collar and two side pockets"),
        color_of("top", "pink", "other_garment_color", kind="open"),
        describe(
            "jacket",
            "a pink teddy jacket with a wide collar and long sleeves worn open over a white top with black jeans and "
            "black ankle boots and a",
            "cut",
            hit_limit=True,
        ),
        title="Sassafras Women Pink Solid Faux Fur Teddy Jacket",
        category="Jackets",
        color="Pink",
        gender="Women",
    ),
    # photo: olive V-neck button cardigan, buttoned, with a beige pleated midi skirt, front.
    # VQA adapter: caption, open; reference: closed.
    case(
        "X916-040",
        caption("a woman wearing a green cardigan and a beige skirt"),
        cloth("green sweater and a skirt"),
        color_of("cardigan", "olive"),
        color_of("skirt", "green", "other_garment_color", kind="open"),
        details(
            "cardigan",
            "the cardigan has buttons and a v neck and buttons and a v neck and buttons and a v neck and buttons and "
            "a v neck and buttons and",
            "loop",
            hit_limit=True,
        ),
        garment_type("cardigan"),
        material("acrylic"),
        title="Here&Now Women Olive Green Solid Acrylic Cardigan",
        category="Sweaters",
        color="Olive",
        gender="Women",
    ),
    # photo: royal blue polar fleece full-zip jacket, stand collar, no hood, grey-trimmed zip pockets, grey track
    # pants, front.
    # VQA adapter: caption, open; reference: closed.
    case(
        "X916-041",
        caption("Question: What is the person wearing? Answer: a blue jacket", "leak"),
        wearing("a blue jacket Question: What is the color of the pants? Answer: grey", "leak"),
        color("grey", "other_garment_color"),
        material("fleece"),
        details("jacket", "the jacket has a zip and two zip pockets with grey trim"),
        sleeves("long"),
        is_a("hoodie", "yes", "contradiction"),
        title="Wildcraft Women Blue Solid Polar Fleece Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: black boat-neck pullover with thin white horizontal stripes, blue jeans, front.
    # VQA adapter: caption, open; reference: closed.
    case(
        "X916-042",
        caption("a woman wearing a black and white striped sweater and jeans"),
        wearing("striped sweater and blue jeans"),
        color("white", "contradiction"),
        pattern("striped"),
        describe("sweater", "describe the sweater: the sweater is a sweater", "restated"),
        details(
            "sweater",
            "the sweater has a boat neck and the sleeves are striped and the sleeves are striped and the sleeves are "
            "striped and the sleeves are",
            "loop",
            hit_limit=True,
        ),
        color_of("jeans", "blue", kind="open"),
        title="DressBerry Women Black & White Striped Pullover",
        category="Sweaters",
        color="Black",
        gender="Women",
    ),
    # photo: coffee brown faux-suede biker jacket, asymmetric zip, plain collar (no studs), open over a cream sweater,
    # blue jeans. VQA adapter: caption, open; reference: closed.
    case(
        "X916-043",
        caption("a woman in a brown suede jacket and jeans"),
        cloth("a brown jacket and a white sweater and blue jeans"),
        color_of("jacket", "white", "other_garment_color"),
        material("suede"),
        details("jacket", "the jacket has an asymmetric zip and silver studs on the collar", "unsupported"),
        describe("jacket", "he is wearing a brown jacket with a zip", "pronoun"),
        garment_type("sweater", "contradiction"),
        title="Vero Moda Women Coffee Brown Faux Suede Biker Jacket",
        category="Jackets",
        color="Coffee Brown",
        gender="Women",
    ),
    # photo: sky blue crew sweatshirt, white track pants with a blue side stripe, front. The feed row has no color.
    # VQA adapter: caption, open; reference: closed.
    case(
        "X916-044",
        caption("a woman in a purple sweatshirt and white pants", "contradiction"),
        cloth("a light blue sweatshirt and white pants"),
        color("blue"),
        color_of("sweatshirt", "white", "other_garment_color", kind="open"),
        is_a("sweatshirt", "yes"),
        details("sweatshirt", "sweatshirt", "non_answer"),
        title="Puma Women Blue Solid Essential Crew Sweatshirt",
        category="Sweatshirts",
        gender="Women",
    ),
    # photo: grey fine-knit cropped open shrug with three-quarter sleeves, over a black tank top, blue jeans. The feed
    # row has no category. VQA adapter: caption, open; reference: closed.
    case(
        "X916-045",
        caption("a woman wearing a grey shrug over a black top and jeans"),
        wearing("he is wearing a grey shrug over a black top", "pronoun"),
        garment_type("shrug"),
        color_of("shrug", "grey"),
        describe("shrug", "what is the shrug? the shrug is a shrug", "restated"),
        sleeves("three-quarter"),
        material("silk", "unsupported"),
        title="Sera Women Grey Solid Open Front Crop Shrug",
        color="Grey",
        gender="Women",
    ),
    # photo: navy single-breasted blazer with black buttons, no pocket square, over a white blouse, grey trousers.
    # VQA adapter: caption, open; reference: closed.
    case(
        "X916-046",
        caption("a woman in a black blazer, white shirt and grey pants", "contradiction"),
        wearing("a blue suit jacket and a white shirt"),
        color("navy blue"),
        garment_type("jacket"),
        color_of(
            "blazer",
            "grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey "
            "grey grey grey grey grey grey grey grey grey grey",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details("blazer", "the blazer has gold buttons and a pocket square", "unsupported"),
        is_a("blazer", "yes"),
        title="Allen Solly Woman Navy Blue Single-Breasted Formal Blazer",
        category="Blazers",
        color="Navy Blue",
        gender="Women",
    ),
]
