"""BLIND_1066 (46 products; Myntra men's shirts, tees, polos; base zero-shot): written blind in the fifty-ninth session.
Measured blind at d16324b (the session's sixth rules): 117/140 failures found (83.6%) and 6/201 correct texts flagged
(3.0%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's casual tops (Shirts and Tshirts categories: button-down casual shirts, round-neck
and henley tees, polo tees). Catalog photos on a white backdrop, a model wearing the product with other clothes
(jeans, chinos, shorts, track pants), sometimes layered (a shirt worn open over a tee, a tee under a bomber jacket),
front or three-quarter view, now and then a prop (sunglasses). Columns as the feed has them: title, category
(Shirts / Tshirts, polos are Tshirts as on Myntra), color (Myntra base colour) and gender; a few rows lack one.

Who wrote what: every text comes from the untuned base Salesforce/blip2-opt-2.7b (8-bit), zero-shot, no adapter,
with enrich's default attribute questionnaire. The caption is free generation with an empty prompt (max 50 new
tokens); wearing, description, details and material are free generation after `Question: ... Answer:` (greedy,
max 30 new tokens); garment_type, color, pattern and sleeve_length are closed answers from `--engine reference`,
which picks one candidate value. Habits of the base model: short lowercase answers, often a bare word; a strong pull
to the color of the largest other garment (jeans, chinos, a jacket, the tee under an open shirt); "she"/"woman" for
pastel or pink tops; "jacket" for overshirts, flannels and utility shirts; invented pockets, logos, fabrics; echoing
the question for "details"/"material"; now and then it runs on into a new `Question: ... Answer:` pair, or (rarely,
greedy without a stop) repeats a phrase or rambles to the 30-token limit.

Labeling conventions and judgement calls:
- One label per text, the most specific failure; hit_limit=True only where the text ran to its 30-token limit.
- other_garment_color: the product is given the color of another garment really in the photo (jeans, chinos,
  shorts, track pants, jacket, inner tee), including "a blue shirt and blue jeans" for a white shirt. A wrong color
  that no garment in the photo has (black for charcoal, brown for maroon, green for turquoise) is a contradiction.
- contradiction: wrong color, garment type, pattern or sleeve length, contradicted by the photo and by the seller's
  row or other texts. Rolled-up long sleeves are still long sleeve. For polos both "polo shirt" and "t-shirt" are
  correct (Myntra files polos under Tshirts); "shirt" for a tee or "t-shirt" for a button-down shirt is wrong.
- Shade words of the same family are correct: navy / dark blue / blue for Navy Blue, grey for Charcoal or Grey
  Melange, red for Maroon, pink for Peach, purple for Lavender, light blue for Turquoise Blue, teal for Teal,
  beige / khaki for Khaki. For a Multi print the body color of the shirt is accepted.
- material: a fabric one can see (denim, flannel, linen where the title says linen, cotton for a plain knit tee or
  a plain woven shirt when the title names no fabric) is correct; a fabric the title contradicts (cotton for a
  linen or Dri-FIT product) or nothing in the photo supports (silk, wool, leather, nylon, denim for a washed tee)
  is unsupported.
- unsupported: an invented object or detail (pocket, logo, tie, belt, tag, cufflinks, epaulettes, a beach, a cup of
  coffee, the wrong characters on a print).
- non_answer: an empty answer, "yes"/"no"/"none"/"nothing"/"i don't know", or a bare color word for "Describe the
  garment."; a short real answer ("cotton" to the material question) is not a non-answer.
- restated: the question or its words handed back ("the details of the garment", "the garment has details").
- pronoun: he/she/her or "a woman" for a product whose gender is Men; a row with no gender gets no pronoun label.
- leak: any answer that runs into `Question:` or `Answer:` text, even when the part before it is right.
- Seller labels are taken as right here except where the note on the product says otherwise.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS, caption, case

Q = DEFAULT_QUESTIONS
wear, kind_, col, pat, sleeve = Q.wearing, Q.garment_type, Q.color, Q.pattern, Q.sleeve_length
desc, det, mat = Q.description, Q.details, Q.material

BLIND_1066 = [
    # photo: navy-and-white small-check full-sleeve shirt with button-down collar and one chest pocket, untucked over
    #   light grey jeans, white backdrop, front view; all texts base model, closed ones reference engine
    case(
        "X1066-001",
        caption("a man wearing a blue plaid shirt and grey jeans"),
        wear("a blue checkered shirt"),
        col("navy blue"),
        pat("checked"),
        desc("a blue and white plaid shirt with a button down collar"),
        det("the shirt has a pocket on the chest"),
        title="Roadster Men Navy Blue & White Checked Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: plain white crew-neck short-sleeve tee, no logo, worn with mid-blue jeans, white backdrop, front view;
    #   all texts base model
    case(
        "X1066-002",
        caption("a man in a white t-shirt and blue jeans"),
        wear("white t-shirt and jeans"),
        col("blue", "other_garment_color"),
        sleeve("short sleeve"),
        desc("a white t-shirt with a logo on the chest", "unsupported"),
        mat("cotton"),
        title="HRX by Hrithik Roshan Men White Solid Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: grey melange pique polo, navy tipping on the collar, small embroidered logo on the left chest, no
    #   pocket, worn with navy chinos, three-quarter view, white backdrop; all texts base model
    case(
        "X1066-003",
        caption("a man wearing a grey polo shirt and blue pants"),
        wear("she is wearing a grey polo shirt", "pronoun"),
        col("grey"),
        pat("striped", "contradiction"),
        desc("a grey polo shirt with navy blue trim on the collar"),
        det("a small logo on the left chest and a pocket", "unsupported"),
        title="U.S. Polo Assn. Men Grey Melange Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: olive green full-sleeve shirt worn open over a white crew-neck tee, sleeves rolled up, black jeans,
    #   white backdrop, front view; all texts base model
    case(
        "X1066-004",
        caption("a man wearing a green shirt and black jeans"),
        wear("a white t-shirt and a green shirt"),
        kind_("shirt"),
        col("white", "other_garment_color"),
        pat("solid"),
        sleeve("long sleeve"),
        desc("the shirt is white", "other_garment_color"),
        mat("denim", "unsupported"),
        title="Highlander Men Olive Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: black round-neck tee with a large white-and-orange motorcycle graphic and the words "RIDE FREE" on the
    #   chest, blue jeans, white backdrop; all texts base model (details ran to the token limit repeating itself)
    case(
        "X1066-005",
        caption("a man wearing a black t-shirt with a motorcycle on it"),
        wear("a black t-shirt with a motorcycle"),
        col("black"),
        pat("solid", "contradiction"),
        desc("a black t-shirt with a picture of a motorcycle and the words ride free"),
        det(
            "the t-shirt has a motorcycle on it and the words ride free on it and the words ride free on it and the"
            " words ride",
            "loop",
            hit_limit=True,
        ),
        mat("cotton"),
        title="Roadster Men Black Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: white linen full-sleeve shirt with a mandarin collar and no pockets, beige chinos, white backdrop,
    #   front view; all texts base model
    case(
        "X1066-006",
        caption("a man in a white shirt and khaki pants"),
        wear("a white shirt and beige pants"),
        col("beige", "other_garment_color"),
        desc("a white shirt with a collar and two pockets", "unsupported"),
        det("the details of the garment are the details of the garment", "restated"),
        mat("cotton", "unsupported"),
        title="Peter England Casuals Men White Pure Linen Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: red pique polo with a white Puma cat logo on the chest, two-button placket, no pocket, white shorts,
    #   standing, white backdrop; all texts base model
    case(
        "X1066-007",
        caption("a man wearing a red polo shirt and white shorts"),
        wear("a white shirt and white shorts", "other_garment_color"),
        kind_("t-shirt"),
        col("red"),
        desc("he is wearing a red polo shirt with a white puma logo"),
        det("it has three buttons on the placket and a pocket on the chest", "unsupported"),
        mat("i don't know", "non_answer"),
        title="Puma Men Red Solid Polo T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: mid-blue denim full-sleeve shirt with two flap chest pockets and snap buttons, worn untucked (no belt
    #   visible) over black jeans, white backdrop; all texts base model
    case(
        "X1066-008",
        caption("a man wearing a denim shirt and black jeans with a brown belt", "unsupported"),
        wear("a denim shirt"),
        kind_("jacket", "contradiction"),
        col("blue"),
        sleeve("long sleeve"),
        det("it has two pockets on the front"),
        mat("denim"),
        title="Wrangler Men Blue Solid Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: navy short-sleeve round-neck tee with thin white horizontal stripes, grey shorts, white studio
    #   backdrop, front view; all texts base model
    case(
        "X1066-009",
        caption("a man in a blue and white striped shirt standing on a beach", "unsupported"),
        wear("a striped shirt"),
        kind_("t-shirt"),
        col("navy blue"),
        pat("solid", "contradiction"),
        sleeve("long sleeve", "contradiction"),
        desc("a blue and white striped t-shirt"),
        mat("the garment is made of a material", "restated"),
        title="Jack & Jones Men Navy Blue Striped Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: maroon full-sleeve solid shirt with one chest pocket, light blue jeans, white sneakers, white backdrop;
    #   all texts base model
    case(
        "X1066-010",
        caption("a man wearing a red shirt and jeans"),
        wear("a red shirt and blue jeans"),
        kind_("t-shirt", "contradiction"),
        col("maroon"),
        desc("the shirt is blue", "other_garment_color"),
        det("it has buttons on the front and a pocket on the chest"),
        mat("silk", "unsupported"),
        title="Dennis Lingo Men Maroon Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: mustard-yellow round-neck tee with a black PUMA wordmark and cat graphic across the chest, black track
    #   pants, white backdrop; all texts base model
    case(
        "X1066-011",
        caption("a man wearing a yellow puma t-shirt"),
        wear("a yellow shirt with a puma logo"),
        kind_("t-shirt"),
        col("black", "other_garment_color"),
        pat("graphic"),
        sleeve("long sleeve", "contradiction"),
        desc("yes", "non_answer"),
        det("the puma logo on the front of the shirt"),
        title="Puma Men Yellow Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: short-sleeve camp-collar shirt, navy ground with a large red, pink and green tropical floral print, one
    #   chest pocket, white chinos, white backdrop; all texts base model (details looped to the token limit)
    case(
        "X1066-012",
        caption("a man wearing a floral shirt and white pants"),
        wear("a hawaiian shirt"),
        kind_("shirt"),
        col("white", "other_garment_color"),
        pat("floral"),
        desc("a blue shirt with red flowers on it"),
        det(
            "the shirt has a floral print and a pocket and a collar and a pocket and a collar and a pocket and a"
            " collar and",
            "loop",
            hit_limit=True,
        ),
        mat("none", "non_answer"),
        title="Mufti Men Multicoloured Tropical Floral Print Casual Shirt",
        category="Shirts",
        color="Multi",
        gender="Men",
    ),
    # photo: bottle-green full-sleeve henley tee, three-button placket, ribbed cuffs, beige chinos, white backdrop;
    #   all texts base model (details ran to the token limit)
    case(
        "X1066-013",
        caption("a man in a green shirt and khaki pants"),
        wear("a green long sleeve shirt"),
        kind_("sweater", "contradiction"),
        col("green"),
        sleeve("long sleeve"),
        desc("a green henley shirt with buttons"),
        det(
            "the shirt has three buttons at the neck and the sleeves are long and the cuffs are ribbed and the"
            " fabric is soft and the",
            "cut",
            hit_limit=True,
        ),
        mat("wool", "unsupported"),
        title="HRX by Hrithik Roshan Men Green Solid Henley T-shirt",
        category="Tshirts",
        color="Green",
        gender="Men",
    ),
    # photo: black full-sleeve solid shirt, sleeves rolled to the elbows, stone-grey chinos, white backdrop, front
    #   view; all texts base model (details ran on into a new question)
    case(
        "X1066-014",
        caption("a man in a black shirt and grey pants"),
        wear("he is wearing a grey shirt and grey pants", "other_garment_color"),
        kind_("shirt"),
        col("grey", "other_garment_color"),
        pat("solid"),
        desc("the shirt is black"),
        det("black Question: What is the color of the pants? Answer: grey", "leak"),
        title="Roadster Men Black Solid Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: royal blue polo with white tipping on the collar and sleeve hems, small red logo on the chest, white
    #   trousers, white backdrop; all texts base model
    case(
        "X1066-015",
        caption("a man in a blue polo shirt and white pants"),
        wear("a blue polo shirt and white pants"),
        kind_("polo shirt"),
        col("white", "other_garment_color"),
        desc("a blue polo shirt with white stripes on the collar"),
        det("she has a logo on her shirt", "pronoun"),
        mat("the shirt is made of cotton Answer: cotton", "leak"),
        title="Nautica Men Blue Solid Polo T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: light blue solid oxford full-sleeve button-down shirt, navy chinos, brown belt, white backdrop;
    #   all texts base model
    case(
        "X1066-016",
        caption("a man wearing a light blue shirt and navy pants"),
        wear("a blue shirt and dark blue pants"),
        kind_("shirt"),
        col("navy blue", "other_garment_color"),
        pat("striped", "contradiction"),
        desc("a light blue button down shirt"),
        det("nothing", "non_answer"),
        mat("oxford cotton"),
        title="Arrow Sport Men Blue Solid Oxford Slim Fit Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: charcoal round-neck tee with a small red-and-white Levi's batwing print on the chest, blue jeans,
    #   white backdrop; all texts base model
    case(
        "X1066-017",
        caption("a man wearing a gray t-shirt with a levi's logo"),
        wear("a black shirt and blue jeans", "contradiction"),
        kind_("t-shirt"),
        col("black", "contradiction"),
        pat("printed"),
        desc("a gray t-shirt with a red and white logo on it"),
        det("the t shirt has a red logo on the front"),
        mat("Answer: cotton", "leak"),
        title="Levis Men Charcoal Grey Printed Round Neck T-shirt",
        category="Tshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: pastel pink full-sleeve solid shirt, cutaway collar, tonal pink buttons, white jeans, white backdrop;
    #   all texts base model
    case(
        "X1066-018",
        caption("a woman wearing a pink shirt and white pants", "pronoun"),
        wear("a pink shirt"),
        col("pink"),
        desc("she is wearing a pink shirt", "pronoun"),
        det("the shirt has a bow on the collar", "unsupported"),
        mat("cotton"),
        title="Louis Philippe Sport Men Pink Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: white pique polo with a navy-and-red stripe band across the chest, navy shorts, white backdrop;
    #   all texts base model (details looped to the token limit)
    case(
        "X1066-019",
        caption("a man wearing a white polo shirt with red and blue stripes"),
        wear("a white shirt and blue shorts"),
        kind_("polo shirt"),
        col("white"),
        pat("solid", "contradiction"),
        sleeve("short sleeve"),
        desc("a white polo shirt with a blue and red stripe"),
        det(
            "the shirt has a stripe on the chest and a stripe on the chest and a stripe on the chest and a stripe"
            " on the",
            "loop",
            hit_limit=True,
        ),
        mat("the material of the garment", "restated"),
        title="Tommy Hilfiger Men White Chest Striped Polo T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: mustard full-sleeve solid shirt with button-down collar and one chest pocket, dark blue jeans, model
    #   holding sunglasses in one hand, white backdrop; all texts base model (description ran to the token limit)
    case(
        "X1066-020",
        caption("a man in a yellow shirt holding a pair of sunglasses"),
        wear("she is wearing a yellow shirt and blue jeans", "pronoun"),
        kind_("t-shirt", "contradiction"),
        col("yellow"),
        pat("solid"),
        desc(
            "the shirt is a mustard yellow color and has a button down collar and a pocket on the chest and the"
            " sleeves are long and",
            "cut",
            hit_limit=True,
        ),
        mat("linen", "unsupported"),
        title="Mast & Harbour Men Mustard Yellow Solid Casual Shirt",
        category="Shirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: olive green plain round-neck tee worn under an open black bomber jacket, black jeans, white backdrop,
    #   front view; all texts base model
    case(
        "X1066-021",
        caption("a man wearing a black jacket and a green t-shirt"),
        wear("a jacket and a green shirt"),
        kind_("jacket", "contradiction"),
        col("black", "other_garment_color"),
        sleeve("long sleeve", "contradiction"),
        desc("a green t-shirt under a black jacket"),
        mat("cotton"),
        title="WROGN Men Olive Green Solid Round Neck T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: blue-and-white gingham short-sleeve shirt, no logo anywhere, one plain chest pocket, khaki shorts,
    #   white backdrop; all texts base model
    case(
        "X1066-022",
        caption("a man in a blue and white checkered shirt and khaki shorts"),
        wear("a shirt and shorts"),
        col("khaki", "other_garment_color"),
        pat("checked"),
        sleeve("long sleeve", "contradiction"),
        desc("describe the garment", "restated"),
        det("the shirt has a pocket with a logo on it", "unsupported"),
        mat("cotton"),
        title="Levis Men Blue & White Gingham Checked Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: plain teal oversized drop-shoulder round-neck tee, black joggers, white backdrop; row has no gender
    #   column; all texts base model
    case(
        "X1066-023",
        caption("a man wearing a teal t-shirt and black pants"),
        wear("a blue t-shirt"),
        kind_("sweatshirt", "contradiction"),
        col("teal"),
        pat("solid"),
        desc("a loose fitting t-shirt with short sleeves"),
        det("no", "non_answer"),
        title="Bewakoof Men Teal Oversized Round Neck T-shirt",
        category="Tshirts",
        color="Teal",
    ),
    # photo: light grey linen-blend full-sleeve shirt with a band collar and no pockets, white trousers, white
    #   backdrop; all texts base model
    case(
        "X1066-024",
        caption("a man in a gray shirt and white pants standing in front of a white wall"),
        wear("a gray jacket and white pants", "contradiction"),
        col("white", "other_garment_color"),
        pat("solid"),
        desc("a grey shirt with a mandarin collar"),
        det("the shirt has a pocket on the left chest", "unsupported"),
        mat("linen"),
        title="Celio Men Grey Solid Linen Blend Casual Shirt",
        category="Shirts",
        color="Grey",
        gender="Men",
    ),
    # photo: maroon pique polo, two-button placket, mid-blue jeans, white backdrop; all texts base model
    case(
        "X1066-025",
        caption("a man wearing a maroon polo shirt and jeans"),
        wear("a blue shirt and jeans", "other_garment_color"),
        kind_("polo shirt"),
        col("brown", "contradiction"),
        sleeve("short sleeve"),
        desc("the shirt is a polo"),
        det("the shirt has a collar and two buttons Question: what is the color of the shirt? Answer: red", "leak"),
        mat("it is made of cotton"),
        title="Roadster Men Maroon Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: off-white full-sleeve shirt with a small navy leaf motif printed all over, white buttons, navy chinos,
    #   white backdrop; seller calls it White; all texts base model
    case(
        "X1066-026",
        caption("a man wearing a white shirt with a pattern on it"),
        wear("a blue shirt with white leaves", "contradiction"),
        col("white"),
        pat("striped", "contradiction"),
        sleeve("long sleeve"),
        desc("a white shirt with a blue print"),
        det("the shirt has a leaf pattern and silver buttons", "unsupported"),
        mat("the garment is made of the material of the garment", "restated"),
        title="Indian Terrain Men Off-White Leaf Printed Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: plain peach round-neck tee, mid-blue jeans, white backdrop; all texts base model
    case(
        "X1066-027",
        caption("a man in an orange shirt and blue jeans", "contradiction"),
        wear("he is wearing a pink shirt"),
        kind_("t-shirt"),
        col("pink"),
        sleeve("short sleeve"),
        desc("pink", "non_answer"),
        det("pink Question: What material is the garment made of? Answer: cotton", "leak"),
        title="United Colors of Benetton Men Peach Solid Round Neck T-shirt",
        category="Tshirts",
        color="Peach",
        gender="Men",
    ),
    # photo: navy short-sleeve shirt with a white micro polka-dot print, one chest pocket, open collar and no tie,
    #   beige shorts, front view (back not visible), white backdrop; all texts base model
    case(
        "X1066-028",
        caption("a man wearing a blue shirt with white polka dots and a tie", "unsupported"),
        wear("a blue shirt with white dots and khaki shorts"),
        col("navy blue"),
        pat("printed"),
        sleeve("long sleeve", "contradiction"),
        desc("a dark blue shirt with small white dots"),
        det("the shirt has a pocket on the chest and a tag on the back", "unsupported"),
        mat("", "non_answer"),
        title="Tommy Hilfiger Men Navy Blue Polka Dot Print Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black Dri-FIT training tee with a small white swoosh on the chest, black running shorts, running pose,
    #   white backdrop; all texts base model (details looped to the token limit)
    case(
        "X1066-029",
        caption("a man in a black nike shirt and black shorts running"),
        wear("a black nike shirt and black shorts"),
        kind_("t-shirt"),
        col("black"),
        desc("a black shirt with a white nike logo"),
        det(
            "the shirt has a nike logo on it and the nike logo on it and the nike logo on it and the nike logo on it",
            "loop",
            hit_limit=True,
        ),
        mat("cotton", "unsupported"),
        title="Nike Men Black Dri-FIT Training T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: khaki full-sleeve utility shirt with two flap chest pockets, no epaulettes, black jeans, white
    #   backdrop; all texts base model
    case(
        "X1066-030",
        caption("a man wearing a khaki shirt and black jeans"),
        wear("a beige shirt and black jeans"),
        kind_("jacket", "contradiction"),
        col("black", "other_garment_color"),
        pat("solid"),
        sleeve("long sleeve"),
        desc("a khaki shirt with two pockets on the front"),
        det("he is wearing a shirt with epaulettes", "unsupported"),
        mat("i'm not sure", "non_answer"),
        title="Dockers Men Khaki Solid Utility Casual Shirt",
        category="Shirts",
        color="Khaki",
        gender="Men",
    ),
    # photo: navy pique polo with a large red embroidered USPA logo on the chest, light grey chinos, white
    #   backdrop; all texts base model
    case(
        "X1066-031",
        caption("a man wearing a dark blue polo shirt with a red logo"),
        wear("she is wearing a navy blue polo shirt", "pronoun"),
        kind_("polo shirt"),
        col("grey", "other_garment_color"),
        pat("solid"),
        desc("a black polo shirt with a red logo on the chest", "contradiction"),
        mat("the material is cotton"),
        title="U.S. Polo Assn. Men Navy Blue Solid Polo T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: red-and-black buffalo-check flannel full-sleeve shirt with two chest pockets, worn open over a black
    #   tee, blue jeans, white backdrop; all texts base model
    case(
        "X1066-032",
        caption("a man wearing a red and black plaid shirt over a black t-shirt"),
        wear("a plaid shirt and a black t-shirt"),
        kind_("jacket", "contradiction"),
        col("red"),
        pat("checked"),
        sleeve("short sleeve", "contradiction"),
        desc("a red and black flannel shirt"),
        det("the shirt has a hood and two pockets", "unsupported"),
        mat("flannel"),
        title="Flying Machine Men Red & Black Buffalo Checked Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: colour-block polo, white body with a navy yoke over the chest and shoulders, navy collar, beige chinos,
    #   white backdrop; all texts base model
    case(
        "X1066-033",
        caption("a man in a blue and white polo shirt"),
        wear("a blue and white shirt and beige pants"),
        kind_("polo shirt"),
        col("white"),
        pat("striped", "contradiction"),
        desc("a white polo with blue on the shoulders"),
        det("the details of the garment", "restated"),
        mat("nylon", "unsupported"),
        title="Wrangler Men White & Navy Colourblocked Polo T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: lavender full-sleeve solid shirt, plain button cuffs, grey trousers, white backdrop; all texts base
    #   model
    case(
        "X1066-034",
        caption("a woman in a purple shirt and grey pants", "pronoun"),
        wear("a purple shirt and gray pants"),
        kind_("blouse", "contradiction"),
        col("purple"),
        desc("a light purple shirt with buttons"),
        det("it has cufflinks", "unsupported"),
        mat("cotton"),
        title="Van Heusen Sport Men Lavender Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: heather grey round-neck tee with three black stripes on the shoulders and a black adidas logo on the
    #   chest, black track pants, white backdrop; all texts base model
    case(
        "X1066-035",
        caption("a man wearing a black adidas t-shirt and black pants", "other_garment_color"),
        wear("a gray shirt with black stripes and black pants"),
        col("grey"),
        pat("striped"),
        sleeve("short sleeve"),
        desc("black", "non_answer"),
        det("adidas logo and three stripes on the shoulders"),
        title="Adidas Men Grey 3-Stripes Round Neck T-shirt",
        category="Tshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: green-and-white vertical-stripe short-sleeve shirt with one chest pocket, blue denim shorts, white
    #   backdrop; all texts base model (description ran to the token limit)
    case(
        "X1066-036",
        caption("a man wearing a green and white striped shirt and denim shorts"),
        wear("he is wearing a striped shirt and jean shorts"),
        col("blue", "other_garment_color"),
        pat("striped"),
        sleeve("short sleeve"),
        desc(
            "a green and white striped shirt with short sleeves and a collar and buttons on the front and a pocket"
            " on the chest and a pocket",
            "cut",
            hit_limit=True,
        ),
        mat("it's made of cotton"),
        title="Roadster Men Green & White Striped Casual Shirt",
        category="Shirts",
        color="Green",
        gender="Men",
    ),
    # photo: dark coffee-brown short-sleeve henley tee, three-button placket, beige chinos, white backdrop;
    #   all texts base model
    case(
        "X1066-037",
        caption("a man in a brown t-shirt and khaki pants"),
        wear("a black shirt and khaki pants", "contradiction"),
        kind_("t-shirt"),
        col("beige", "other_garment_color"),
        sleeve("short sleeve"),
        desc("he is wearing a brown shirt with buttons"),
        det("yes", "non_answer"),
        mat("leather", "unsupported"),
        title="Roadster Men Coffee Brown Solid Henley T-shirt",
        category="Tshirts",
        color="Coffee Brown",
        gender="Men",
    ),
    # photo: turquoise short-sleeve linen shirt, white shorts, sunglasses pushed up on the head, white backdrop;
    #   all texts base model
    case(
        "X1066-038",
        caption("a man wearing a blue shirt and white shorts with sunglasses on his head"),
        wear("a blue shirt and white shorts"),
        kind_("shirt"),
        col("green", "contradiction"),
        sleeve("short sleeve"),
        desc("a light blue shirt with short sleeves and a collar"),
        det("no", "non_answer"),
        mat("it is made of cotton", "unsupported"),
        title="Nautica Men Turquoise Blue Solid Pure Linen Casual Shirt",
        category="Shirts",
        color="Turquoise Blue",
        gender="Men",
    ),
    # photo: white round-neck tee with a large multicolour comic-panel print of Iron Man, Hulk and Captain America,
    #   black jeans, white backdrop; all texts base model (details ran on into a new question)
    case(
        "X1066-039",
        caption("a man wearing a t-shirt with a picture of superheroes on it"),
        wear("a white t-shirt with a comic book print"),
        kind_("t-shirt"),
        col("black", "other_garment_color"),
        pat("graphic"),
        desc("the t-shirt has a comic book design with spiderman and batman", "unsupported"),
        det("Question: what is the person wearing? Answer: a t-shirt", "leak"),
        title="Kook N Keech Marvel Men Multicoloured Avengers Printed T-shirt",
        category="Tshirts",
        color="Multi",
        gender="Men",
    ),
    # photo: beige full-sleeve pure linen shirt with one plain patch pocket, dark brown trousers, nothing in the
    #   hands, white backdrop; all texts base model (details looped to the token limit)
    case(
        "X1066-040",
        caption("a man in a beige shirt and brown pants holding a cup of coffee", "unsupported"),
        wear("a beige shirt and dark brown pants"),
        col("brown", "other_garment_color"),
        pat("solid"),
        desc("the shirt is made of linen and has a collar"),
        det(
            "the shirt has a pocket and the pocket has a flap and the pocket has a button and the pocket has a flap"
            " and the pocket has",
            "loop",
            hit_limit=True,
        ),
        mat("linen"),
        title="Linen Club Men Beige Solid Pure Linen Casual Shirt",
        category="Shirts",
        color="Beige",
        gender="Men",
    ),
    # photo: purple pique polo with a small white Puma cat logo on the left chest, mid-blue jeans, white backdrop;
    #   all texts base model (details ran on into a new question)
    case(
        "X1066-041",
        caption("a man wearing a purple polo shirt and blue jeans"),
        wear("a purple shirt"),
        kind_("polo shirt"),
        col("blue", "other_garment_color"),
        sleeve("sleeveless", "contradiction"),
        desc("she is wearing a purple polo shirt", "pronoun"),
        det("the logo is on the left side of the chest Question: what color is the logo? Answer: white", "leak"),
        title="Puma Men Purple Solid Polo T-shirt",
        category="Tshirts",
        color="Purple",
        gender="Men",
    ),
    # photo: charcoal grey full-sleeve solid shirt with one chest pocket, black jeans, black boots, white backdrop;
    #   all texts base model (description ran to the token limit)
    case(
        "X1066-042",
        caption("a man in a black shirt and black jeans", "contradiction"),
        wear("she is wearing a grey shirt and black jeans", "pronoun"),
        kind_("shirt"),
        col("grey"),
        desc(
            "a dark gray button up shirt with long sleeves and a collar and a pocket on the left side of the chest"
            " and a button on the",
            "cut",
            hit_limit=True,
        ),
        det("it has a pocket on the chest"),
        mat("what material is the garment made of", "restated"),
        title="Jack & Jones Men Charcoal Grey Solid Casual Shirt",
        category="Shirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: faded mid-blue acid-washed cotton jersey round-neck tee, white jeans, white backdrop; the feed row has
    #   no category column; all texts base model
    case(
        "X1066-043",
        caption("a man wearing a blue t-shirt and white jeans"),
        wear("a white t-shirt and white jeans", "other_garment_color"),
        kind_("shirt", "contradiction"),
        col("blue"),
        sleeve("short sleeve"),
        desc("the t-shirt is a faded blue color"),
        det("the garment has details", "restated"),
        mat("denim", "unsupported"),
        title="Jack & Jones Men Blue Washed Round Neck T-shirt",
        color="Blue",
        gender="Men",
    ),
    # photo: white short-sleeve shirt with a black abstract geometric print, black jeans, model with hands in his
    #   jeans pockets, white backdrop; all texts base model
    case(
        "X1066-044",
        caption("a man wearing a black and white shirt and black jeans"),
        wear("a shirt with a black and white pattern"),
        col("white"),
        pat("printed"),
        sleeve("long sleeve", "contradiction"),
        desc("a white shirt with black designs on it"),
        det("she is wearing a shirt with a print", "pronoun"),
        mat("silk", "unsupported"),
        title="Mufti Men White & Black Geometric Printed Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: plain rust-orange round-neck tee, olive chinos, white sneakers, white backdrop; all texts base model
    #   (description ran to the token limit)
    case(
        "X1066-045",
        caption("a man in a red t-shirt and green pants", "contradiction"),
        wear("an orange shirt and olive pants"),
        kind_("t-shirt"),
        col("green", "other_garment_color"),
        sleeve("short sleeve"),
        desc(
            "he is wearing an orange shirt and he is wearing green pants and he is wearing white shoes and he is"
            " wearing a",
            "cut",
            hit_limit=True,
        ),
        det("what are the details of the garment", "restated"),
        mat("cotton"),
        title="Roadster Men Rust Solid Round Neck T-shirt",
        category="Tshirts",
        color="Rust",
        gender="Men",
    ),
    # photo: navy full-sleeve shirt with a small white bird motif printed all over, no pocket, beige chinos, white
    #   backdrop; the feed row has no color column; all texts base model
    case(
        "X1066-046",
        caption("a man wearing a blue shirt with birds on it and khaki pants"),
        wear("a navy blue shirt and khaki pants"),
        col("beige", "other_garment_color"),
        pat("printed"),
        sleeve("long sleeve"),
        desc("a blue shirt with white birds printed on it"),
        det("the shirt has embroidered birds on the pocket", "unsupported"),
        mat("cotton Question: What is the pattern of the garment? Answer: printed", "leak"),
        title="Being Human Men Navy Blue Bird Printed Casual Shirt",
        category="Shirts",
        gender="Men",
    ),
]
