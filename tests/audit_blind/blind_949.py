"""BLIND_949 (46 products; Myntra men's shirts/tees/polos, base zero-shot): written blind in the fifty-seventh session.
Measured blind at eed7db2 (the session's seventh rules): 122/136 failures found (89.7%) and 7/200 correct texts flagged
(3.5%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's casual wear (article types Shirts and Tshirts; polos and henleys are filed
under Tshirts, as Myntra does). Catalog photos on a white or light grey studio backdrop, 3:4 stretched to square,
mostly worn by a male model who also wears jeans, chinos, shorts, track pants, and sometimes an open shirt, a denim
jacket or a blazer over the product; one flat lay with no person. Some rows lack the color, gender or category column.

Who wrote what: every caption and every open answer (wearing, description, details, material) is the untuned base
model Salesforce/blip2-opt-2.7b, zero-shot, greedy, 50 new tokens for captions and 30 for answers, stopping on the
newline. Its habits: short lowercase answers, one color reused for every garment in the photo, the color of the jeans
or the inner t-shirt given to the product, invented pockets, logos and collars, "she" for a man in a pink or lavender
shirt, now and then a one-word or yes/no reply to an open question, a restatement of the question, a continuation in
the `Question: ... Answer:` format on the same line, and rare greedy loops or long answers that run to the limit.
The closed answers (garment_type, color, pattern, sleeve_length) come from enrich's `--engine reference`, which
picks one candidate value: they are never cut and never loop, but they pick the wrong candidate often.

Labeling conventions and judgement calls:
- A closed or open color that is the color of another visible garment (jeans, chinos, shorts, an inner t-shirt, a
  jacket or blazer worn over the product) is other_garment_color, even when the seller's color also disagrees.
  A wrong color that no other garment in the photo has is contradiction.
- "a white shirt and white pants" where the pants are another color (one color reused for the second garment) is
  contradiction; "a blue shirt and blue jeans" for a brown shirt with blue jeans is other_garment_color.
- A polo or henley answered "t-shirt" is correct (Myntra files them under Tshirts); a t-shirt answered "shirt",
  "tank top", "sweatshirt", "sweater", "jacket" or "blazer", or a shirt answered "blouse" or "jacket", is
  contradiction. Answering the jacket or blazer worn over the product is contradiction, not other_garment_color.
- Teal answered "blue", charcoal answered "grey", maroon and burgundy answered "red", lavender answered "purple",
  mustard answered "yellow", khaki answered "beige" or "tan" are correct shades. Charcoal answered "black" is
  contradiction. A seller color that looks slightly off in the photo is left alone; the answer is judged on the photo.
- Long sleeves rolled up to the elbow answered "short sleeves" is contradiction. Sleeves of the jacket or the inner
  t-shirt given to the product are contradiction.
- A pattern answer read from collar tipping ("striped" for a solid polo with a tipped collar) is contradiction.
- Invented parts (pockets, zippers, logos, hats on a print, a mandarin collar that is a spread collar) and material
  claims the photo cannot carry (wool, silk, satin, leather, denim on a twill shirt, "100% organic") are unsupported.
  A plain fiber name that fits the visible fabric and the title (cotton for a jersey tee, linen for a linen-titled
  shirt, flannel for a flannel-titled shirt, pique for a visibly pique polo) is correct.
- A one-word answer, or "yes"/"no", to an open description/details/material question is non_answer, including a
  single color or pattern word ("black", "striped"), and a garment name given as the material ("t-shirt").
  "a shirt" to "What is the person wearing?" is correct: it names what is worn.
- Only the question's words given back ("the details of the garment", "the shirt is a shirt") is restated.
- "she"/"her"/"a woman" for a man is pronoun; rows without a gender column get no pronoun failures.
- A text that continues with "Question: ..." on the same line is leak, whatever its first words; if it also ran to
  the token limit it is hit_limit=True but still labeled leak. Loops and cuts ran to the 30-token limit.
- Describing the whole outfit (jacket over the product) is correct when every color and garment in it is right.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS, caption, case

W = DEFAULT_QUESTIONS.wearing
GT = DEFAULT_QUESTIONS.garment_type
COL = DEFAULT_QUESTIONS.color
PAT = DEFAULT_QUESTIONS.pattern
SLV = DEFAULT_QUESTIONS.sleeve_length
DESC = DEFAULT_QUESTIONS.description
DET = DEFAULT_QUESTIONS.details
MAT = DEFAULT_QUESTIONS.material

BLIND_949 = [
    # photo: man in a navy-and-white checked full-sleeve shirt, sleeves rolled once, spread collar, no pocket, light
    # blue jeans, white backdrop, front view. Base model wrote caption and open answers; reference engine the closed.
    case(
        "X949-001",
        caption("a man wearing a blue and white checkered shirt and jeans"),
        W("a plaid shirt and jeans"),
        GT("shirt"),
        COL("light blue", "other_garment_color"),
        PAT("checked"),
        SLV("long sleeves"),
        DESC("a plaid shirt Question: What is the color of the shirt? Answer: blue", "leak"),
        DET("the shirt has a button down collar and a chest pocket with a flap", "unsupported"),
        title="Roadster Men Navy Blue & White Regular Fit Checked Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a plain black crew-neck t-shirt with a small white HRX logo on the chest, light grey track pants,
    # white backdrop. Base model wrote caption and open answers; reference engine the closed ones.
    case(
        "X949-002",
        caption("a man in a black t-shirt and grey pants"),
        W("a black t-shirt and black pants", "contradiction"),
        GT("t-shirt"),
        COL("black"),
        SLV("short sleeves"),
        DESC("black", "non_answer"),
        DET("the details of the garment are the details of the garment", "restated"),
        MAT("cotton"),
        title="HRX by Hrithik Roshan Men Black Solid Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in a grey melange polo, navy tipping on collar and sleeve hems, small navy logo on the left chest,
    # navy chinos, white backdrop. Base model wrote caption and open answers; reference engine the closed ones.
    case(
        "X949-003",
        caption("a man wearing a grey polo shirt and blue pants"),
        W("she is wearing a grey polo shirt", "pronoun"),
        GT("polo shirt"),
        COL("grey"),
        PAT("striped", "contradiction"),
        DESC(
            "a gray polo shirt with navy blue tipping on the collar and the sleeves and a small navy blue logo "
            "embroidered on the left side of the",
            "cut",
            hit_limit=True,
        ),
        DET("the collar has navy blue stripes and there is a logo on the chest"),
        title="U.S. Polo Assn. Men Grey Melange Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: man in an olive round-neck t-shirt with a large white-and-orange skull graphic and the word WROGN on
    # the chest, black slim jeans, white backdrop. Base model: caption and open answers; reference engine: closed.
    case(
        "X949-004",
        caption("a man wearing a green t-shirt with a skull on it"),
        GT("t-shirt"),
        COL("black", "other_garment_color"),
        PAT("graphic"),
        DESC("a black t-shirt with a skull on it", "other_garment_color"),
        DET("the skull is wearing a hat and sunglasses", "unsupported"),
        title="WROGN Men Olive Green Printed Round Neck T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: man in a solid maroon full-sleeve shirt, untucked, maroon collar, beige chinos, white backdrop.
    # Base model wrote caption and open answers; reference engine the closed ones.
    case(
        "X949-005",
        caption("a man in a red shirt and khaki pants"),
        W("a red shirt and red pants", "contradiction"),
        GT("shirt"),
        COL("brown", "contradiction"),
        PAT("solid"),
        SLV("long sleeves"),
        DESC("a red shirt with a white collar", "unsupported"),
        MAT("cotton"),
        title="Highlander Men Maroon Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: man in a yellow t-shirt with a black PUMA cat logo and wordmark on the chest, black shorts, white
    # backdrop. Base model wrote caption and open answers; reference engine the closed ones.
    case(
        "X949-006",
        caption("a man wearing a yellow puma t-shirt and black shorts"),
        W("she is wearing a yellow t-shirt and black shorts", "pronoun"),
        COL("yellow"),
        PAT("printed"),
        SLV("short sleeves"),
        DESC(
            "yellow t-shirt with black puma logo Question: What are the details of the garment? Answer: the puma "
            "logo is",
            "leak",
            hit_limit=True,
        ),
        DET(
            "the puma logo is black and the t-shirt is yellow and the puma logo is black and the t-shirt is yellow and "
            "the puma logo",
            "loop",
            hit_limit=True,
        ),
        MAT("cotton"),
        title="Puma Men Yellow Printed Round Neck T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: man in a white full-sleeve shirt worn open over a navy crew-neck t-shirt (short sleeves hidden), blue
    # jeans, white backdrop. Base model wrote caption and open answers; reference engine the closed ones.
    case(
        "X949-007",
        caption("a man wearing a white shirt over a blue t-shirt"),
        W("a white shirt, a blue t-shirt and jeans"),
        GT("shirt"),
        COL("navy blue", "other_garment_color"),
        SLV("short sleeves", "contradiction"),
        DESC("a white button up shirt worn open over a navy t-shirt"),
        DET(
            "the shirt is white and the t-shirt is blue and the jeans are blue and the shirt is white and the "
            "t-shirt is "
            "blue and the",
            "loop",
            hit_limit=True,
        ),
        title="Mast & Harbour Men White Regular Fit Solid Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: man in a royal blue polo with a white Nike swoosh on the left chest, no zip, grey shorts, white
    # backdrop. Base model wrote caption and open answers; reference engine the closed ones.
    case(
        "X949-008",
        caption("a man in a blue polo shirt with a nike logo"),
        W("a blue polo shirt and blue shorts", "contradiction"),
        GT("polo shirt"),
        COL("blue"),
        PAT("solid"),
        SLV("short sleeves"),
        DET("it has a nike logo on the chest and a zipper on the side", "unsupported"),
        MAT("the material of the garment is the material of the garment", "restated"),
        title="Nike Men Blue Solid Polo T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a navy polo with thin white horizontal stripes, white collar, small red-white-blue flag logo,
    # white trousers, sunglasses in his hand, white backdrop. Base model: caption and open; reference engine: closed.
    case(
        "X949-009",
        caption("a man wearing a navy blue and white striped polo shirt"),
        W("a striped polo shirt and white pants"),
        COL("navy blue"),
        PAT("solid", "contradiction"),
        SLV("long sleeves", "contradiction"),
        DESC("a navy blue polo shirt with thin white stripes and a white collar"),
        DET("the polo has a white collar and a red white and blue flag logo on the chest"),
        MAT("cotton and it is made in india", "unsupported"),
        title="Tommy Hilfiger Men Navy Blue Striped Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a plain grey melange crew-neck t-shirt without pocket, black jogger pants, white sneakers, white
    # backdrop, three-quarter view. Base model wrote caption and open answers; reference engine the closed ones.
    # No color column.
    case(
        "X949-010",
        caption("a man in a gray t-shirt and black pants"),
        W("a gray t-shirt and black pants"),
        GT("t-shirt"),
        COL("black", "other_garment_color"),
        DESC(
            "a gray t-shirt with a round neck and short sleeves, worn with black jogger pants and white sneakers, the "
            "t-shirt is plain with no",
            "cut",
            hit_limit=True,
        ),
        DET("the t-shirt has a pocket on the left side", "unsupported"),
        MAT("wool", "unsupported"),
        title="Roadster Men Grey Melange Solid Round Neck T-shirt",
        category="Tshirts",
        gender="Men",
    ),
    # photo: man in a mid-blue denim shirt with two flap chest pockets and snap buttons, full sleeves, beige chinos,
    # white backdrop. Base model wrote caption and open answers; reference engine the closed ones.
    case(
        "X949-011",
        caption("a man wearing a denim shirt and khaki pants"),
        GT("jacket", "contradiction"),
        COL("blue"),
        SLV("long sleeves"),
        DESC("a blue denim jacket with two pockets and a collar", "contradiction"),
        DET("the shirt has two chest pockets with flaps and snap buttons"),
        MAT("denim"),
        title="Levis Men Blue Denim Western Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a black short-sleeve shirt with a small white floral print (matte viscose), grey shorts, white
    # backdrop. Base model wrote caption and open answers; reference engine the closed ones.
    case(
        "X949-012",
        caption("a man wearing a black shirt with white flowers on it"),
        W("a black floral shirt and gray shorts"),
        COL("white", "contradiction"),
        PAT("floral"),
        SLV("short sleeves"),
        DESC(
            "black shirt with white flowers Question: What are the details of the garment? Answer: black shirt "
            "with white",
            "leak",
            hit_limit=True,
        ),
        MAT("silk", "unsupported"),
        title="Jack & Jones Men Black Slim Fit Printed Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in a red crew-neck t-shirt with a small white FM print on the chest, worn under an open blue denim
    # jacket with long sleeves, blue jeans, white backdrop. Base model: caption and open; reference engine: closed.
    case(
        "X949-013",
        caption("a man in a denim jacket and a red t-shirt"),
        W("a denim jacket, a red t-shirt and jeans"),
        GT("jacket", "contradiction"),
        COL("blue", "other_garment_color"),
        SLV("long sleeves", "contradiction"),
        DESC("a blue denim jacket with a red t-shirt underneath"),
        DET(
            "the t-shirt has a small fm logo on the chest Question: What is the color of the jacket? Answer: blue",
            "leak",
        ),
        title="Flying Machine Men Red Slim Fit Solid Round Neck T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: man in a light pink full-sleeve cotton shirt, navy trousers, a steel watch, white backdrop.
    # Base model wrote caption and open answers; reference engine the closed ones.
    case(
        "X949-014",
        caption("a man in a pink shirt and blue pants"),
        W("she is wearing a pink shirt and blue pants", "pronoun"),
        GT("blouse", "contradiction"),
        COL("pink"),
        PAT("solid"),
        DESC("a pink shirt"),
        MAT("silk", "unsupported"),
        title="Allen Solly Men Pink Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: man in a mustard-yellow shirt with a brown and white check, full sleeves, one chest pocket, dark blue
    # jeans, white backdrop. Base model wrote caption and open answers; reference engine the closed ones.
    case(
        "X949-015",
        caption("a man wearing a yellow plaid shirt and blue jeans"),
        GT("shirt"),
        COL("yellow"),
        PAT("checked"),
        SLV("short sleeves", "contradiction"),
        DESC("a mustard yellow and brown checked shirt"),
        DET(
            "the shirt has a collar, buttons, and a pocket on the left side of the shirt. the shirt has a collar, "
            "buttons, and a pocket on the",
            "loop",
            hit_limit=True,
        ),
        title="Wrangler Men Mustard Yellow & Brown Regular Fit Checked Casual Shirt",
        category="Shirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: man in a white t-shirt with a large black-and-red PUMA graphic, ribbed crew neck, red track pants with
    # white side stripes, white backdrop. Base model wrote caption and open answers; reference engine the closed ones.
    case(
        "X949-016",
        caption("a man in a white t-shirt and red pants"),
        W("a red t-shirt and red pants", "other_garment_color"),
        COL("red", "other_garment_color"),
        PAT("graphic"),
        SLV("short sleeves"),
        DESC("white t-shirt with a red and black puma logo on the front"),
        DET(
            "the logo is printed in red and black and the t-shirt has a crew neck and short sleeves and a ribbed "
            "collar "
            "and the sleeves are",
            "cut",
            hit_limit=True,
        ),
        title="Puma Men White Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: man in a bottle-green polo with white tipping on the collar, white shorts, hand in pocket, white
    # backdrop. Base model wrote caption and open answers; reference engine the closed ones.
    case(
        "X949-017",
        caption("a man in a green polo shirt and white shorts"),
        W("a green shirt and white shorts"),
        GT("t-shirt"),
        COL("white", "other_garment_color"),
        PAT("striped", "contradiction"),
        SLV("short sleeves"),
        DESC("a green polo shirt with a zipper at the neck", "unsupported"),
        MAT("wool", "unsupported"),
        title="Nautica Men Green Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Green",
        gender="Men",
    ),
    # photo: man in a charcoal grey full-sleeve henley with a three-button placket, mid-blue jeans, light grey
    # backdrop. Base model wrote caption and open answers; reference engine the closed ones.
    case(
        "X949-018",
        caption("a man wearing a grey henley shirt and blue jeans"),
        W("a grey shirt and grey jeans", "contradiction"),
        GT("t-shirt"),
        COL("black", "contradiction"),
        SLV("long sleeves"),
        DESC("a dark grey long sleeve henley with three buttons"),
        DET("yes", "non_answer"),
        title="Roadster Men Charcoal Grey Solid Henley Neck T-shirt",
        category="Tshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: man in a light blue shirt with white vertical stripes, regular spread collar, long sleeves rolled up to
    # the elbows, dark grey trousers, white backdrop. Base model: caption and open answers; reference engine: closed.
    case(
        "X949-019",
        caption("a man in a blue and white striped shirt and gray pants"),
        W("a blue striped shirt and grey pants"),
        COL("grey", "other_garment_color"),
        PAT("striped"),
        SLV("short sleeves", "contradiction"),
        DESC("a light blue shirt with white vertical stripes and the sleeves rolled up"),
        DET("the shirt has a mandarin collar", "unsupported"),
        title="Peter England Casuals Men Blue & White Striped Slim Fit Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: man in an oversized black t-shirt with NOT TODAY in big white letters, no sleeve print, light blue
    # ripped jeans, white sneakers, white backdrop. Base model: caption and open answers; reference engine: closed.
    case(
        "X949-020",
        caption("a man wearing a black t-shirt that says not today"),
        W("a black t-shirt and ripped jeans"),
        GT("sweatshirt", "contradiction"),
        COL("black"),
        PAT("printed"),
        DESC("a black t-shirt with the words not today written on it in white"),
        DET("the text says not today and there is a small logo on the sleeve", "unsupported"),
        MAT("t-shirt", "non_answer"),
        title="Difference of Opinion Men Black Typography Printed Oversized T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in a bright red polo with three buttons, no pocket, small green logo on the left chest, navy
    # shorts, hands on hips, white backdrop. Base model: caption and open answers; reference engine: closed.
    case(
        "X949-021",
        caption("a man in a red polo shirt and blue shorts standing with his hands on his hips"),
        W("he is wearing a red polo shirt and red shorts", "contradiction"),
        GT("polo shirt"),
        COL("red"),
        SLV("short sleeves"),
        DESC("a red polo shirt with a green logo on the left chest"),
        DET("the polo shirt has two buttons and a pocket", "unsupported"),
        MAT("the material of the garment is made of the garment", "restated"),
        title="United Colors of Benetton Men Red Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: man in a beige linen full-sleeve shirt, spread collar, white trousers, white backdrop.
    # Base model wrote caption and open answers; reference engine the closed ones.
    case(
        "X949-022",
        caption("a man wearing a beige shirt and white pants"),
        W("a white shirt and white pants", "other_garment_color"),
        GT("shirt"),
        COL("white", "other_garment_color"),
        PAT("solid"),
        DESC("a beige linen shirt with long sleeves"),
        DET(
            "the shirt has a collar and buttons. the shirt has a collar and buttons. the shirt has a collar and "
            "buttons. "
            "the shirt",
            "loop",
            hit_limit=True,
        ),
        MAT("linen"),
        title="Celio Men Beige Regular Fit Solid Linen Casual Shirt",
        category="Shirts",
        color="Beige",
        gender="Men",
    ),
    # photo: man in a navy t-shirt with an all-over small white anchor print, khaki shorts, white backdrop.
    # Base model wrote caption and open answers; reference engine the closed ones.
    case(
        "X949-023",
        caption("a man in a blue shirt with white anchors on it"),
        W("a khaki t-shirt and khaki shorts", "other_garment_color"),
        GT("t-shirt"),
        COL("navy blue"),
        PAT("solid", "contradiction"),
        DESC("a navy blue t-shirt with a white anchor print all over it"),
        MAT("cotton. Question: What is the pattern of the garment? Answer: anchors", "leak"),
        title="Huetrap Men Navy Blue Conversational Printed Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in an olive cotton-twill utility shirt with epaulettes and two flap chest pockets, worn open over a
    # white crew-neck t-shirt, beige cargo shorts, white backdrop. Base model: caption, open; reference engine: closed.
    case(
        "X949-024",
        caption("a man wearing a green shirt over a white t-shirt"),
        W("a green shirt and white shirt and beige shorts"),
        GT("shirt"),
        COL("white", "other_garment_color"),
        DESC("an olive green shirt with two pockets"),
        DET("the shirt has epaulettes on the shoulders and two flap pockets on the chest"),
        MAT("denim", "unsupported"),
        title="Mufti Men Olive Green Slim Fit Solid Utility Casual Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: man in a white t-shirt with a black Adidas trefoil logo in the center, black track pants with three
    # white stripes, white backdrop. Base model wrote caption and open answers; reference engine the closed ones.
    case(
        "X949-025",
        caption("a man in a white adidas t-shirt and black pants"),
        GT("t-shirt"),
        COL("black", "other_garment_color"),
        PAT("graphic"),
        DESC("a white t-shirt with a black adidas logo"),
        DET(
            "the adidas logo is in the middle of the shirt and the shirt is white and the adidas logo is in the middle "
            "of the shirt and the",
            "loop",
            hit_limit=True,
        ),
        MAT("100% organic cotton jersey", "unsupported"),
        title="ADIDAS Originals Men White Trefoil Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: man in a lavender full-sleeve shirt, dark grey trousers, white backdrop.
    # Base model wrote caption and open answers; reference engine the closed ones.
    case(
        "X949-026",
        caption("a man in a purple shirt and gray pants"),
        W("a lavender shirt and grey trousers"),
        COL("grey", "other_garment_color"),
        PAT("solid"),
        SLV("long sleeves"),
        DESC("she is wearing a light purple shirt with long sleeves", "pronoun"),
        DET("the details of the garment", "restated"),
        MAT(
            "cotton. Question: What is the color of the garment? Answer: purple Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        title="Allen Solly Men Lavender Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: man in a colourblocked t-shirt, yellow top half and navy bottom half split by a thin white stripe,
    # yellow sleeves with navy cuffs, black jeans, white backdrop. Base model: caption and open; reference: closed.
    case(
        "X949-027",
        caption("a man wearing a yellow and blue shirt and black jeans"),
        W("a yellow and blue t-shirt and black jeans"),
        GT("sweatshirt", "contradiction"),
        COL("yellow"),
        PAT("color block"),
        DESC("a yellow and navy blue t-shirt with a white stripe across the chest"),
        DET(
            "the t-shirt is yellow on the top and navy blue on the bottom with a thin white stripe in the middle "
            "and the "
            "sleeves are yellow with navy",
            "cut",
            hit_limit=True,
        ),
        title="Campus Sutra Men Yellow & Navy Blue Colourblocked Round Neck T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: flat lay, no person: a teal t-shirt with a cartoon print of a cat wearing sunglasses (no hat), white
    # backdrop. Base model wrote caption and open answers; reference engine the closed ones. No category column.
    case(
        "X949-028",
        caption("a blue t-shirt with a picture of a cat wearing sunglasses"),
        W("a teal t-shirt with a cat on it"),
        COL("teal"),
        PAT("printed"),
        DESC("a teal t-shirt with a cat wearing sunglasses and a hat", "unsupported"),
        DET("the cat is wearing sunglasses"),
        MAT(
            "it is made of cotton Question: What is the pattern of the garment? Answer: cat Question: What is "
            "the sleeve "
            "length",
            "leak",
            hit_limit=True,
        ),
        title="Bewakoof Men Teal Blue Cool Cat Graphic Printed Round Neck T-shirt",
        color="Teal",
        gender="Men",
    ),
    # photo: man in a rust-brown shirt checked with thin cream lines, button-down collar, one chest pocket, full
    # sleeves, dark navy jeans, white backdrop. Base model wrote caption and open answers; reference engine the closed.
    case(
        "X949-029",
        caption("a man wearing a brown plaid shirt and jeans"),
        W("a blue shirt and blue jeans", "other_garment_color"),
        GT("shirt"),
        COL("brown"),
        PAT("checked"),
        SLV("short sleeves", "contradiction"),
        DESC("a brown checked shirt with a button down collar and a pocket"),
        DET(
            "the shirt has a button down collar, a pocket, and buttons on the cuffs and the shirt has a button down "
            "collar, a pocket, and",
            "loop",
            hit_limit=True,
        ),
        title="Indian Terrain Men Brown Checked Casual Shirt",
        category="Shirts",
        color="Brown",
        gender="Men",
    ),
    # photo: man in a white pique polo with a small navy logo, navy chinos, white backdrop.
    # Base model wrote caption and open answers; reference engine the closed ones.
    case(
        "X949-030",
        caption("a man in a white polo shirt and blue pants"),
        W("a white shirt and white pants", "contradiction"),
        GT("polo shirt"),
        COL("navy blue", "other_garment_color"),
        SLV("short sleeves"),
        DET("no", "non_answer"),
        MAT("cotton pique"),
        title="Louis Philippe Sport Men White Solid Polo Collar T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: man in a maroon t-shirt with a faded white bicycle graphic and BEING HUMAN lettering, grey joggers,
    # white backdrop. Base model wrote caption and open answers; reference engine the closed ones.
    case(
        "X949-031",
        caption("a man in a maroon t-shirt with the words being human on it"),
        W("she is wearing a maroon t-shirt and grey sweatpants", "pronoun"),
        GT("t-shirt"),
        COL("grey", "other_garment_color"),
        PAT("printed"),
        SLV("long sleeves", "contradiction"),
        DESC("a maroon t-shirt with a white bicycle and the words being human"),
        DET("the bicycle is printed in white"),
        title="Being Human Men Maroon Printed Round Neck T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: man in a navy short-sleeve shirt with a micro print of small white dots, beige chinos, white backdrop.
    # Base model wrote caption and open answers; reference engine the closed ones.
    case(
        "X949-032",
        caption("a man in a blue shirt with white polka dots"),
        W("he is wearing a blue shirt and blue pants", "contradiction"),
        COL("beige", "other_garment_color"),
        PAT("polka dot"),
        SLV("short sleeves"),
        DESC("a navy blue short sleeve shirt with small white dots"),
        DET("the shirt is a shirt", "restated"),
        title="Arrow Sport Men Navy Blue Slim Fit Printed Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a red-and-black buffalo-check flannel shirt, no hood, worn open over a grey crew-neck t-shirt,
    # black jeans, white backdrop. Base model wrote caption and open answers; reference engine the closed ones.
    case(
        "X949-033",
        caption("a man wearing a red and black plaid shirt over a grey t-shirt"),
        W("a plaid shirt, grey t-shirt, and black jeans"),
        GT("shirt"),
        COL("grey", "other_garment_color"),
        PAT("checked"),
        DESC(
            "a red and black flannel shirt worn open over a grey t-shirt and black jeans and a red and black flannel "
            "shirt worn open over",
            "loop",
            hit_limit=True,
        ),
        DET("there is a hood on the shirt", "unsupported"),
        MAT("flannel"),
        title="Roadster Men Red & Black Buffalo Checked Flannel Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: man in a white mandarin-collar full-sleeve shirt without pockets, blue jeans, white backdrop.
    # Base model wrote caption and open answers; reference engine the closed ones.
    case(
        "X949-034",
        caption("a man in a white shirt and blue jeans"),
        W("a blue shirt and blue jeans", "other_garment_color"),
        GT("shirt"),
        COL("blue", "other_garment_color"),
        SLV("long sleeves"),
        DESC("a white shirt with a spread collar and two pockets on the chest", "unsupported"),
        DET("the shirt has a mandarin collar and buttons down the front"),
        title="SELECTED Men White Solid Mandarin Collar Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: man in a grey t-shirt with JUST DO IT and a swoosh in white on the chest, black shorts, white
    # backdrop. Base model wrote caption and open answers; reference engine the closed ones. No gender column.
    case(
        "X949-035",
        caption("a man wearing a grey nike t-shirt with just do it written on it"),
        W("a grey t-shirt and grey shorts", "contradiction"),
        GT("t-shirt"),
        COL("black", "other_garment_color"),
        PAT("printed"),
        DESC("gray", "non_answer"),
        DET("the text says just do it"),
        title="Nike Men Grey Just Do It Printed Round Neck T-shirt",
        category="Tshirts",
        color="Grey",
    ),
    # photo: man in an orange polo with navy tipping on the collar, beige chinos, white backdrop.
    # Base model wrote caption and open answers; reference engine the closed ones.
    case(
        "X949-036",
        caption("a man in an orange polo shirt and khaki pants"),
        W("an orange shirt and orange pants", "contradiction"),
        GT("sweater", "contradiction"),
        COL("orange"),
        SLV("short sleeves"),
        DESC(
            "an orange polo shirt with a navy blue collar Question: What are the details of the garment? Answer: the "
            "collar is navy",
            "leak",
            hit_limit=True,
        ),
        DET("collar", "non_answer"),
        MAT("cotton"),
        title="Jack & Jones Men Orange Slim Fit Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Orange",
        gender="Men",
    ),
    # photo: man in a teal full-sleeve shirt with one chest pocket and a curved hem, black trousers, a watch on the
    # left wrist, white backdrop. Base model wrote caption and open answers; reference engine the closed ones.
    case(
        "X949-037",
        caption("a man in a blue shirt and black pants"),
        W("he is wearing a black shirt and black pants", "other_garment_color"),
        COL("black", "other_garment_color"),
        PAT("solid"),
        DESC("a teal shirt with long sleeves and a watch"),
        DET("the shirt has a pocket on the chest"),
        MAT(
            "it is made of cotton and has a slim fit with a curved hem and the shirt is made of cotton and has a slim "
            "fit with a curved hem",
            "loop",
            hit_limit=True,
        ),
        title="HIGHLANDER Men Teal Blue Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Teal",
        gender="Men",
    ),
    # photo: man in a navy-and-white horizontally striped (breton) short-sleeve round-neck t-shirt, light grey
    # chinos, white backdrop. Base model wrote caption and open answers; reference engine the closed ones.
    case(
        "X949-038",
        caption("a man in a blue and white striped t-shirt"),
        COL("grey", "other_garment_color"),
        PAT("striped"),
        SLV("long sleeves", "contradiction"),
        DESC("a navy blue and white striped t-shirt with a round neck"),
        DET("the stripes are horizontal"),
        MAT(
            "the material of the garment is cotton and the material of the garment is cotton and the material of the "
            "garment is cotton",
            "loop",
            hit_limit=True,
        ),
        title="Levis Men Navy Blue & White Striped Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a plain khaki full-sleeve shirt, one chest pocket with a button flap, buttoned cuffs, black
    # jeans, white backdrop. Base model wrote caption and open answers; reference engine the closed ones.
    case(
        "X949-039",
        caption("a man in a tan shirt and black jeans"),
        W("he is wearing a khaki shirt and black jeans"),
        GT("shirt"),
        COL("beige"),
        PAT("checked", "contradiction"),
        DESC("a khaki colored shirt"),
        DET(
            "the shirt has a collar, a button placket and a chest pocket with a button flap, and the sleeves "
            "have button "
            "cuffs with a",
            "cut",
            hit_limit=True,
        ),
        title="Dennis Lingo Men Khaki Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Khaki",
        gender="Men",
    ),
    # photo: man in a navy polo with a small white Puma cat logo on the chest, blue jeans, white backdrop.
    # Base model wrote caption and open answers; reference engine the closed ones.
    case(
        "X949-040",
        caption("a woman wearing a blue polo shirt and jeans", "pronoun"),
        GT("polo shirt"),
        COL("navy blue"),
        PAT("solid"),
        DESC("a navy polo shirt"),
        DET("the polo has a white puma logo on the chest"),
        MAT("leather", "unsupported"),
        title="Puma Men Navy Blue Solid Polo T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a dark green short-sleeve camp-collar shirt with a large light-green and yellow tropical leaf
    # print (no fruit), white shorts, white backdrop. Base model: caption and open answers; reference engine: closed.
    case(
        "X949-041",
        caption("a man wearing a green shirt with leaves on it and white shorts"),
        W("a white shirt and white shorts", "other_garment_color"),
        COL("green"),
        PAT("floral"),
        SLV("short sleeves"),
        DESC("a green hawaiian shirt with yellow leaves and pineapples", "unsupported"),
        DET("the shirt has a camp collar and short sleeves"),
        title="The Indian Garage Co Men Green Tropical Printed Casual Shirt",
        category="Shirts",
        color="Green",
        gender="Men",
    ),
    # photo: man in a plain burgundy round-neck short-sleeve t-shirt, black jeans, white backdrop.
    # Base model wrote caption and open answers; reference engine the closed ones.
    case(
        "X949-042",
        caption("a man in a burgundy t-shirt and black jeans"),
        W("a red shirt and a black pants Question: What is the color of the pants? Answer: black", "leak"),
        GT("tank top", "contradiction"),
        COL("black", "other_garment_color"),
        SLV("short sleeves"),
        DESC("a plain burgundy t-shirt with a round neck"),
        MAT("yes", "non_answer"),
        title="Moda Rapido Men Burgundy Solid Round Neck T-shirt",
        category="Tshirts",
        color="Burgundy",
        gender="Men",
    ),
    # photo: man in a matte black cotton full-sleeve shirt with sunglasses hooked in the placket, khaki chinos,
    # white backdrop. Base model wrote caption and open answers; reference engine the closed ones.
    case(
        "X949-043",
        caption("a man wearing a black shirt and khaki pants with sunglasses"),
        W("a khaki shirt and khaki pants", "other_garment_color"),
        COL("black"),
        PAT("solid"),
        DESC("a black button down shirt with sunglasses hanging from the front"),
        DET("she has sunglasses on her shirt", "pronoun"),
        MAT("satin", "unsupported"),
        title="WROGN Men Black Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in a pink-and-white vertically striped full-sleeve shirt, navy chinos, white backdrop.
    # Base model wrote caption and open answers; reference engine the closed ones.
    case(
        "X949-044",
        caption("a man in a pink and white striped shirt and blue pants"),
        W("she is wearing a pink and white shirt and navy pants", "pronoun"),
        COL("pink"),
        PAT("checked", "contradiction"),
        DESC("a pink and white striped shirt with long sleeves"),
        DET("striped", "non_answer"),
        title="U.S. Polo Assn. Men Pink & White Striped Casual Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: man in a grey crew-neck t-shirt under an open navy two-button notch-lapel blazer (no pocket square),
    # beige chinos, brown loafers, white backdrop. Base model wrote caption and open answers; reference engine the
    # closed ones.
    case(
        "X949-045",
        caption("a man wearing a blue blazer and a grey t-shirt"),
        W("a blue jacket, a gray shirt and khaki pants"),
        GT("blazer", "contradiction"),
        COL("navy blue", "other_garment_color"),
        SLV("short sleeves"),
        DESC(
            "a grey crew neck t-shirt under a navy blazer with two buttons and notch lapels, worn with beige "
            "chinos and "
            "brown loafers and a",
            "cut",
            hit_limit=True,
        ),
        DET("the blazer has two buttons"),
        MAT("wool", "unsupported"),
        title="Tommy Hilfiger Men Grey Solid Round Neck T-shirt",
        category="Tshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: man in a white t-shirt with a black geometric print of triangles and lines on the front, black shorts,
    # white backdrop. Base model wrote caption and open answers; reference engine the closed ones.
    case(
        "X949-046",
        caption("a man in a white and black t-shirt and black shorts"),
        GT("shirt", "contradiction"),
        COL("white"),
        PAT("printed"),
        SLV("short sleeves"),
        DESC(
            "a white t-shirt with black triangles and lines printed on the front Question: What are the details of the "
            "garment?",
            "leak",
        ),
        DET("the print is black and white"),
        title="Roadster Men White & Black Geometric Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
]
