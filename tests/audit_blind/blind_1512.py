"""BLIND_1512 (45 products; Myntra men's tees, polos and shirts, base BLIP-2 zero-shot): written blind in the sixty-
fifth session. Measured blind at 71dbb3c (the session's sixth rules): 57/77 failures found (74.0%) and 26/280 correct
texts flagged (9.3%). The writer's notes, verbatim:

Scenario: a Myntra men's topwear feed (article types Tshirts and Shirts; polos are Tshirts on Myntra, titled "Polo
Collar T-shirt"), captioned by the base Salesforce/blip2-opt-2.7b with no adapter and no prompt, then asked enrich's
default questionnaire (wearing, garment type, color, pattern, sleeves, description, details, material) with free
generation, greedy, `Question: ... Answer:`, 50 new tokens for the caption and 30 for answers, stopping on the
newline. Not every product got every question (some rows of the run were missing answers, kept as they came). Photos
are the usual Myntra studio shots: a model on a white or light grey backdrop wearing the product with jeans, chinos,
trousers or shorts; a few flat lays, two back views, some props (sunglasses, a gym bag, a coffee cup, a stool, a tie,
a blazer worn over a formal shirt, an overshirt worn open over a tee). Columns as the feed has them: title, category
(the article type), color (the base colour), gender ("Men"); one row lacks the gender, one the category, one the
color.
Who wrote what: every caption and every answer is the base BLIP-2 OPT-2.7b zero-shot; no fine-tuned adapter and no
extractive QA model was used in this run.
Labeling conventions and judgement calls: judged against the photo I imagined (described in the comment above each
case) and the title. The base model answers short questions well on clean studio shots and mostly stops on its own, so
about one text in five is wrong rather than four in ten, and loops and cuts are rare: only in long descriptions
and details, one pattern answer and one caption of a tee with a photo print. Most failures are wrong colors (the
trousers', the shorts', the blazer's, the tie's, the inner tee's: other_garment_color), wrong garment classes, sleeves
or patterns against the title or the photo (contradiction), and invented details (pockets, logos, printed words, a
v-neck, collars or buttons in another color, "polka dots" for a tiny leaf print, a brick wall behind a studio
backdrop, "100% cotton") or materials that the photo cannot show and that are false (unsupported). A wearing answer
that gives the trousers the shirt's color ("a green shirt and green pants" over black jeans) is a contradiction, not
other_garment_color, since the product's own color is right. A material that the title states and the answer denies
("polyester" for "Pure Cotton", "cotton" for "Pure Linen") is a contradiction; a false material where the title says
none is unsupported, and "Dri-FIT" is not read as a stated material. Shades are accepted: navy called blue, olive or
teal called green, burgundy or maroon called red, cream called white, beige called tan, lavender called purple; navy or
charcoal called black, maroon called purple and lavender called pink are wrong (contradiction). "shirt" for a tee is
fine inside a caption or a wearing answer (loose speech) but wrong as the answer to the garment-type question (the
feed separates Tshirts from Shirts); so is "hawaiian shirt" for a leaf-print tee. For a flat lay, "a black polo shirt"
as what the person wears is accepted; "nothing" is a non_answer. A details answer that only repeats the type and color
("it's a yellow t-shirt"), one word of color, "the shirt", or "it's the back of the shirt", and "fabric" for the
material or "clothing" for the type, are non_answer; a bare description of type and color is accepted as a (thin)
description. "there are no details" for a plain black tee is true and left correct. An answer that only turns the
question back ("the pattern of the garment", "the garment is a garment...") is restated. A pattern or sleeve answer
that runs on into a made-up "Question: ... Answer: ..." and a details answer that starts with "Answer:" are leak. The
caption of a man with a bun called "a woman" and "she's wearing" for a long-haired man are pronoun. A text that ran to
the token limit is marked hit_limit=True; every one of them is a loop or a cut.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import caption, case

BLIND_1512 = [
    # Photo: model facing the camera on a white backdrop, navy round-neck tee (plain, no pocket), light blue jeans,
    # white sneakers. Truth: pure cotton. Who: base BLIP-2 OPT-2.7b zero-shot, caption and every answer.
    case(
        "X1512-001",
        caption("a man wearing a navy blue t-shirt and jeans"),
        Q.wearing("a blue t-shirt and jeans"),
        Q.garment_type("t-shirt"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a navy blue t-shirt with a pocket on the chest", "unsupported"),
        Q.material("polyester", "contradiction"),
        gender="Men",
        title="Roadster Men Navy Blue Solid Pure Cotton Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: model, white pique polo with a small navy embroidered logo on the left chest, two-button placket, navy
    # chinos. Truth: cotton. Who: base BLIP-2 OPT-2.7b zero-shot, caption and every answer.
    case(
        "X1512-002",
        caption("a man in a white polo shirt and blue pants"),
        Q.wearing("a white polo shirt and blue pants"),
        Q.garment_type("polo shirt"),
        Q.color("navy blue", "other_garment_color"),
        Q.pattern("solid"),
        Q.description("a white polo shirt with a logo on the chest"),
        Q.details("the shirt has a collar and two buttons"),
        Q.material("cotton"),
        gender="Men",
        title="U.S. Polo Assn. Men White Solid Polo Collar T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: model, black round-neck tee with "RUN THE CITY" in white block letters across the chest, grey joggers.
    # Truth: cotton, short sleeves. Who: base BLIP-2 OPT-2.7b zero-shot, caption and every answer.
    case(
        "X1512-003",
        caption("a man wearing a black t-shirt that says run the world", "unsupported"),
        Q.wearing("a black t-shirt with white writing on it"),
        Q.garment_type("t-shirt"),
        Q.color("black"),
        Q.pattern("letters"),
        Q.sleeve_length("short sleeves"),
        Q.details("the words run the world on the front", "unsupported"),
        Q.material("cotton"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: model, olive full-sleeve casual shirt with the sleeves rolled to the elbows, one chest pocket, black
    # jeans. Truth: cotton, long sleeves. Who: base BLIP-2 OPT-2.7b zero-shot, caption and every answer.
    case(
        "X1512-004",
        caption("a man in a green shirt and black jeans"),
        Q.wearing("a green shirt and green pants", "contradiction"),
        Q.garment_type("shirt"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("short", "contradiction"),
        Q.details("the sleeves are rolled up"),
        Q.material("cotton"),
        gender="Men",
        title="Highlander Men Olive Green Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Olive",
    ),
    # Photo: back view of the model, grey melange tee, black track pants; the small Puma cat logo is on the front
    # chest, so the back shows a plain grey tee. Truth: cotton. Who: base BLIP-2 OPT-2.7b zero-shot, all texts.
    case(
        "X1512-005",
        caption("the back of a man wearing a grey t-shirt"),
        Q.wearing("a gray t-shirt and black pants"),
        Q.garment_type("t-shirt"),
        Q.color("gray"),
        Q.pattern("solid"),
        Q.description("a gray t-shirt with a puma logo on the back", "unsupported"),
        Q.details("it's the back of the shirt", "non_answer"),
        Q.material("cotton"),
        gender="Men",
        title="Puma Men Grey Melange Solid Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # Photo: model, round-neck tee with horizontal navy and white stripes, beige chinos. Truth: round neck, short
    # sleeves. Who: base BLIP-2 OPT-2.7b zero-shot, caption and every answer.
    case(
        "X1512-006",
        caption("a man wearing a blue and white striped shirt"),
        Q.wearing("a striped shirt and khaki pants"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("blue and white"),
        Q.pattern("stripes"),
        Q.sleeve_length("short"),
        Q.description("a blue and white striped t-shirt with a v-neck", "unsupported"),
        gender="Men",
        title="Mast & Harbour Men Navy Blue & White Striped Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: model, pink long-sleeve formal shirt (pink collar, pink buttons) tucked into grey trousers, black belt.
    # Truth: cotton. Who: base BLIP-2 OPT-2.7b zero-shot, caption and every answer.
    case(
        "X1512-007",
        caption("a man in a pink shirt and grey pants"),
        Q.wearing("a pink shirt and gray pants"),
        Q.garment_type("dress shirt"),
        Q.color("pink"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a pink dress shirt with a white collar", "unsupported"),
        Q.details("the shirt has a collar, buttons and cuffs"),
        Q.material("cotton"),
        gender="Men",
        title="Allen Solly Men Pink Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Pink",
    ),
    # Photo: flat lay on white, no person: black polo with white tipping on the collar and the sleeve hems. Truth:
    # cotton pique. Who: base BLIP-2 OPT-2.7b zero-shot, caption and every answer.
    case(
        "X1512-008",
        caption("a black polo shirt with white trim on the collar"),
        Q.wearing("a black polo shirt"),
        Q.garment_type("polo shirt"),
        Q.color("black"),
        Q.details("white stripes on the collar and sleeves"),
        Q.material("cotton"),
        gender="Men",
        title="Jack & Jones Men Black Solid Polo Collar Slim Fit T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: model, blue and white gingham check shirt, full sleeves, worn open over a plain grey tee, black jeans.
    # The shirt has a button-down collar and one chest pocket. Who: base BLIP-2 OPT-2.7b zero-shot, all texts.
    case(
        "X1512-009",
        caption("a man wearing a blue and white checkered shirt"),
        Q.wearing("a plaid shirt and a gray t-shirt"),
        Q.garment_type("shirt"),
        Q.color("gray", "other_garment_color"),
        Q.pattern("plaid"),
        Q.sleeve_length("long"),
        Q.details("the shirt has two pockets on the chest", "unsupported"),
        Q.material("cotton"),
        gender="Men",
        title="WROGN Men Blue & White Slim Fit Checked Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: model mid-stride, red Dri-FIT training tee with a white swoosh on the chest, black shorts. Truth:
    # polyester (the title says Dri-FIT, not the fibre). Who: base BLIP-2 OPT-2.7b zero-shot, all texts.
    case(
        "X1512-010",
        caption("a man in a red nike shirt and black shorts"),
        Q.wearing("a red shirt and black shorts"),
        Q.garment_type("t-shirt"),
        Q.color("red"),
        Q.sleeve_length("short"),
        Q.description("a red nike t-shirt with a white swoosh"),
        Q.details("it is made of 100% cotton and it has a nike logo on the front", "unsupported"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Nike Men Red Dri-FIT Solid Training T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # Photo: model, white formal shirt worn under a navy blazer, grey trousers; only the collar, the placket and the
    # cuffs of the shirt show. Truth: cotton. Who: base BLIP-2 OPT-2.7b zero-shot, caption and every answer.
    case(
        "X1512-011",
        caption("a man in a navy blue blazer and white shirt"),
        Q.wearing("a blue blazer and a white shirt"),
        Q.garment_type("blazer", "contradiction"),
        Q.color("navy blue", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.material("wool", "unsupported"),
        gender="Men",
        title="Louis Philippe Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: model, mustard round-neck tee, white jeans. Truth: cotton, plain. Who: base BLIP-2 OPT-2.7b zero-shot.
    case(
        "X1512-012",
        caption("a man in a yellow t-shirt and white jeans"),
        Q.wearing("yellow t-shirt and white jeans"),
        Q.color("yellow"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("it's a yellow t-shirt"),
        Q.details("it's a yellow t-shirt", "non_answer"),
        Q.material("cotton"),
        gender="Men",
        title="Here&Now Men Mustard Yellow Solid Round Neck T-shirt",
        category="Tshirts",
        color="Mustard",
    ),
    # Photo: model holding sunglasses in one hand, navy polo with the flag logo on the chest, beige chinos. The navy
    # reads dark in the studio light. Who: base BLIP-2 OPT-2.7b zero-shot, caption and every answer.
    case(
        "X1512-013",
        caption("a man in a navy polo shirt holding sunglasses"),
        Q.wearing("a polo shirt and khaki pants"),
        Q.garment_type("polo"),
        Q.color("black", "contradiction"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.details("a tommy hilfiger logo on the chest"),
        Q.material("cotton"),
        gender="Men",
        title="Tommy Hilfiger Men Navy Blue Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: male model with shoulder-length hair tied in a bun, grey tee with the red batwing logo, blue jeans.
    # Truth: cotton. Who: base BLIP-2 OPT-2.7b zero-shot, caption and every answer.
    case(
        "X1512-014",
        caption("a woman wearing a grey levi's t-shirt and jeans", "pronoun"),
        Q.wearing("a grey t-shirt and grey pants", "contradiction"),
        Q.garment_type("t-shirt"),
        Q.color("grey"),
        Q.pattern("logo"),
        Q.sleeve_length("short"),
        Q.description("a grey t-shirt with a red and white levi's logo on the front"),
        Q.material("cotton"),
        gender="Men",
        title="Levis Men Grey Brand Logo Printed Round Neck T-shirt",
        category="Tshirts",
        color="Grey",
    ),
    # Photo: model, light blue long-sleeve formal shirt with one chest pocket, navy trousers. Truth: cotton. Who:
    # base BLIP-2 OPT-2.7b zero-shot, caption and every answer.
    case(
        "X1512-015",
        caption("a man in a light blue shirt and blue pants"),
        Q.wearing("a blue shirt and blue pants"),
        Q.garment_type("shirt"),
        Q.color("light blue"),
        Q.pattern("plain"),
        Q.sleeve_length("long sleeves"),
        Q.description(
            "the shirt is a light blue dress shirt with a collar and a pocket on the left side of the chest. it is"
            " made of a soft",
            "cut",
            hit_limit=True,
        ),
        Q.details("the shirt", "non_answer"),
        Q.material("cotton"),
        gender="Men",
        title="Peter England Men Light Blue Regular Fit Solid Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: model, maroon long-sleeve henley with a three-button placket, black jeans. Truth: cotton. Who: base
    # BLIP-2 OPT-2.7b zero-shot, caption and every answer.
    case(
        "X1512-016",
        caption("a man wearing a maroon henley shirt"),
        Q.wearing("a maroon shirt and black jeans"),
        Q.garment_type("henley"),
        Q.color("purple", "contradiction"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description(
            "a maroon henley t-shirt with buttons on the front and long sleeves. it is a maroon henley t-shirt with"
            " buttons on the front and long",
            "loop",
            hit_limit=True,
        ),
        Q.details("it has three buttons on the front"),
        Q.material("cotton"),
        gender="Men",
        title="The Indian Garage Co Men Maroon Solid Henley Neck T-shirt",
        category="Tshirts",
        color="Maroon",
    ),
    # Photo: model, teal tee colour-blocked with a wide white panel and a narrow navy panel across the chest, grey
    # joggers. Truth: cotton, short sleeves. Who: base BLIP-2 OPT-2.7b zero-shot, caption and every answer.
    case(
        "X1512-017",
        caption("a man wearing a blue and white t-shirt"),
        Q.wearing("a t-shirt and gray sweatpants"),
        Q.garment_type("clothing", "non_answer"),
        Q.color("green"),
        Q.pattern("stripes", "contradiction"),
        Q.sleeve_length("short"),
        Q.description("a blue and white t-shirt with a logo on the sleeve", "unsupported"),
        Q.material("cotton"),
        gender="Men",
        title="Campus Sutra Men Teal & White Colourblocked Round Neck T-shirt",
        category="Tshirts",
        color="Teal",
    ),
    # Photo: front view of the model, white oversized tee (drop shoulders, elbow-length sleeves) with a small black
    # word on the left chest; the large graphic is on the back and not shown. Black cargo pants. Who: base BLIP-2
    # OPT-2.7b zero-shot, caption and every answer.
    case(
        "X1512-018",
        caption("a man in a white t-shirt and black pants"),
        Q.wearing("a white t-shirt and black pants"),
        Q.garment_type("t-shirt"),
        Q.color("white"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("short"),
        Q.description("a white t-shirt with a small black logo on the chest"),
        Q.details("there is a small logo on the left chest"),
        Q.material("cotton"),
        gender="Men",
        title="Difference of Opinion Men White Graphic Printed Oversized T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: model, charcoal grey formal shirt with a faint self-design weave (reads solid), black trousers. Truth:
    # cotton. Who: base BLIP-2 OPT-2.7b zero-shot, caption and every answer.
    case(
        "X1512-019",
        caption("a man wearing a dark grey shirt and black pants"),
        Q.wearing("a gray shirt and gray pants", "contradiction"),
        Q.garment_type("shirt"),
        Q.color("black", "contradiction"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.details("buttons down the front and a collar"),
        Q.material("polyester", "unsupported"),
        gender="Men",
        title="Van Heusen Men Charcoal Grey Slim Fit Self Design Formal Shirt",
        category="Shirts",
        color="Charcoal",
    ),
    # Photo: model, black round-neck tee with an all-over white tropical leaf print, stone chinos. Truth: cotton.
    # Who: base BLIP-2 OPT-2.7b zero-shot, caption and every answer.
    case(
        "X1512-020",
        caption("a man wearing a black and white floral shirt"),
        Q.wearing("a black and white shirt"),
        Q.garment_type("hawaiian shirt", "contradiction"),
        Q.color("black and white"),
        Q.pattern("floral"),
        Q.sleeve_length("short"),
        Q.description("a black t-shirt with white leaves all over it"),
        Q.material("the garment is made of cotton"),
        gender="Men",
        title="Moda Rapido Men Black & White Tropical Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: model on a plain light grey backdrop, mid-blue denim shirt, two flap chest pockets, full sleeves, khaki
    # chinos. Who: base BLIP-2 OPT-2.7b zero-shot, caption and every answer.
    case(
        "X1512-021",
        caption("a man in a denim shirt and khaki pants standing in front of a brick wall", "unsupported"),
        Q.wearing("a denim shirt and khaki pants"),
        Q.garment_type("denim shirt"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.description("it's a blue denim shirt with two chest pockets"),
        Q.details("the shirt has two pockets on the front and a collar"),
        Q.material("denim"),
        gender="Men",
        title="Flying Machine Men Blue Slim Fit Denim Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: model holding a black gym duffel at his side, black polo with a small white Puma logo, white shorts.
    # Truth: polyester. Who: base BLIP-2 OPT-2.7b zero-shot, caption and every answer.
    case(
        "X1512-022",
        caption("a man in a black polo shirt holding a bag"),
        Q.wearing("a black shirt and white shorts"),
        Q.garment_type("a bag", "contradiction"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a black polo shirt with a white puma logo"),
        Q.material("polyester"),
        gender="Men",
        title="Puma Men Black Solid Polo Collar Training T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: model, red and black buffalo-check flannel shirt with two flap chest pockets, worn open over a black
    # tee, blue jeans. Truth: brushed cotton flannel. Who: base BLIP-2 OPT-2.7b zero-shot, caption and every answer.
    case(
        "X1512-023",
        caption("a man wearing a red and black plaid shirt and jeans"),
        Q.wearing("a red and black plaid shirt"),
        Q.garment_type("flannel shirt"),
        Q.color("red and black"),
        Q.pattern("plaid"),
        Q.details(
            "the shirt has two pockets on the front and a collar. the shirt has two pockets on the front and a"
            " collar. the shirt has two",
            "loop",
            hit_limit=True,
        ),
        Q.material("wool", "unsupported"),
        gender="Men",
        title="Roadster Men Red & Black Checked Flannel Casual Shirt",
        category="Shirts",
        color="Red",
    ),
    # Photo: model, plain white round-neck tee, grey lounge shorts. Truth: cotton. Who: base BLIP-2 OPT-2.7b
    # zero-shot, caption and every answer.
    case(
        "X1512-024",
        caption("a man wearing a white t-shirt and grey shorts"),
        Q.wearing("white t-shirt and gray shorts"),
        Q.color("gray", "other_garment_color"),
        Q.pattern("plain"),
        Q.sleeve_length("short"),
        Q.description("a white t-shirt"),
        Q.details("white", "non_answer"),
        Q.material("cotton"),
        gender="Men",
        title="Jockey Men White Solid Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: model, light blue formal shirt with fine white pinstripes (barely visible at this distance), a red
    # tie, navy trousers. Truth: cotton, long sleeves. Who: base BLIP-2 OPT-2.7b zero-shot, caption and every answer.
    case(
        "X1512-025",
        caption("a man in a blue shirt and tie"),
        Q.wearing("a shirt and tie"),
        Q.garment_type("dress shirt"),
        Q.color("red", "other_garment_color"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("long"),
        Q.description("a blue shirt with a red tie"),
        Q.material("cotton"),
        gender="Men",
        title="Arrow Men Blue & White Regular Fit Striped Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: male model with long hair falling to the shoulders, green polo with a small embroidered logo, jeans.
    # Truth: cotton. Who: base BLIP-2 OPT-2.7b zero-shot, caption and every answer.
    case(
        "X1512-026",
        caption("a man with long hair wearing a green polo shirt"),
        Q.wearing("she's wearing a green polo shirt and jeans", "pronoun"),
        Q.garment_type("polo shirt"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.details("Answer: the polo shirt has a collar and a logo on the chest", "leak"),
        Q.material("cotton"),
        gender="Men",
        title="Nautica Men Green Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Green",
    ),
    # Photo: model, lavender oversized tee, light-wash jeans, white sneakers. Truth: cotton. Who: base BLIP-2
    # OPT-2.7b zero-shot, caption and every answer.
    case(
        "X1512-027",
        caption("a man in a purple t-shirt and jeans"),
        Q.wearing("a purple shirt"),
        Q.color("pink", "contradiction"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("it is an oversized t-shirt"),
        Q.details("it's oversized"),
        Q.material("silk", "unsupported"),
        gender="Men",
        title="Dillinger Men Lavender Solid Oversized Round Neck T-shirt",
        category="Tshirts",
        color="Lavender",
    ),
    # Photo: model, yellow polo with a two-button placket, navy shorts. Truth: cotton. Who: base BLIP-2 OPT-2.7b
    # zero-shot, caption and every answer; the pattern answer ran on into a question of its own.
    case(
        "X1512-028",
        caption("a man in a yellow polo shirt and navy shorts"),
        Q.wearing("a yellow polo shirt and blue shorts"),
        Q.garment_type("polo shirt"),
        Q.color("yellow"),
        Q.pattern("solid Question: what is the material of the garment? Answer: cotton", "leak"),
        Q.sleeve_length("short"),
        Q.details("the polo shirt has a collar and three buttons", "unsupported"),
        Q.material("cotton"),
        gender="Men",
        title="Louis Philippe Sport Men Yellow Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Yellow",
    ),
    # Photo: model, olive and black camouflage print tee, black joggers. Truth: cotton. Who: base BLIP-2 OPT-2.7b
    # zero-shot, caption and every answer.
    case(
        "X1512-029",
        caption("a man wearing a camouflage t-shirt"),
        Q.wearing("camo t-shirt and black pants"),
        Q.garment_type("t-shirt"),
        Q.color("green"),
        Q.pattern("camouflage"),
        Q.sleeve_length("short"),
        Q.details("camouflage print"),
        Q.material("cotton"),
        gender="Men",
        title="Urbano Fashion Men Olive Green Camouflage Printed Round Neck T-shirt",
        category="Tshirts",
        color="Olive",
    ),
    # Photo: model, cream linen shirt, long sleeves, no pocket, half tucked into navy trousers. Who: base BLIP-2
    # OPT-2.7b zero-shot, caption and every answer.
    case(
        "X1512-030",
        caption("a man in a white shirt and blue pants"),
        Q.wearing("a white shirt and blue pants"),
        Q.garment_type("shirt"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a white linen shirt with a pocket", "unsupported"),
        Q.material("cotton", "contradiction"),
        gender="Men",
        title="Raymond Men Cream-Coloured Slim Fit Pure Linen Casual Shirt",
        category="Shirts",
        color="Cream",
    ),
    # Photo: model, black tee with a large Spider-Man photo print (the character crouching), blue jeans. Who: base
    # BLIP-2 OPT-2.7b zero-shot, caption and every answer; the caption loops on the print.
    case(
        "X1512-031",
        caption(
            "a man wearing a black t-shirt with a picture of spider-man on it and a man wearing a black t-shirt with"
            " a picture of spider-man on it and a man wearing a black t-shirt with a picture of",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a spiderman t-shirt"),
        Q.garment_type("t-shirt"),
        Q.color("black"),
        Q.pattern("spiderman"),
        Q.sleeve_length("short"),
        Q.description("a black t-shirt with spiderman on it"),
        gender="Men",
        title="Free Authority Men Black Spider-Man Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: model, navy mandarin-collar shirt, long sleeves, white trousers. Truth: cotton. Who: base BLIP-2
    # OPT-2.7b zero-shot, caption and every answer.
    case(
        "X1512-032",
        caption("a man in a blue shirt and white pants"),
        Q.wearing("a blue shirt and white pants"),
        Q.garment_type("shirt"),
        Q.color("blue"),
        Q.pattern("the pattern of the garment", "restated"),
        Q.sleeve_length("long"),
        Q.description("a navy blue shirt with a band collar"),
        Q.details("buttons"),
        Q.material("cotton"),
        gender="Men",
        title="WROGN Men Navy Blue Solid Mandarin Collar Slim Fit Casual Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Photo: model, white sports tee with the black Adidas badge-of-sport logo on the chest (no stripes anywhere),
    # black shorts. Truth: recycled polyester. Who: base BLIP-2 OPT-2.7b zero-shot, caption and every answer.
    case(
        "X1512-033",
        caption("a man in a white adidas t-shirt and black shorts"),
        Q.wearing("white t-shirt and black shorts"),
        Q.color("black", "other_garment_color"),
        Q.pattern("logo"),
        Q.sleeve_length("short sleeve"),
        Q.description("a white adidas t-shirt with three stripes on the shoulders", "unsupported"),
        Q.details("adidas logo on the front"),
        Q.material("polyester"),
        gender="Men",
        title="ADIDAS Men White Brand Logo Printed Round Neck Sports T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: model, beige half-sleeve shirt with a small navy leaf motif print, no pocket, dark jeans. Truth:
    # cotton. Who: base BLIP-2 OPT-2.7b zero-shot, caption and every answer.
    case(
        "X1512-034",
        caption("a man in a beige shirt and jeans"),
        Q.wearing("a beige shirt and blue jeans"),
        Q.garment_type("button up shirt"),
        Q.color("tan"),
        Q.pattern("polka dots", "unsupported"),
        Q.sleeve_length("short"),
        Q.details(
            "the shirt has a print on it and it has a collar and buttons down the front of the shirt and it has a"
            " pocket on the left side of",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        title="Mufti Men Beige Slim Fit Printed Casual Shirt",
        category="Shirts",
        color="Beige",
    ),
    # Photo: back view of the model, navy polo with white horizontal stripes, plain chest front (no logo), grey
    # shorts. The row has no gender. Who: base BLIP-2 OPT-2.7b zero-shot, caption and every answer.
    case(
        "X1512-035",
        caption("the back of a man in a striped polo shirt"),
        Q.wearing("striped shirt"),
        Q.garment_type("polo shirt"),
        Q.color("navy blue and white"),
        Q.pattern("striped"),
        Q.sleeve_length("short"),
        Q.details("it has a logo on the chest", "unsupported"),
        title="Lee Men Navy Blue & White Striped Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: model, khaki cotton utility overshirt with two flap chest pockets, worn open over a white tee, black
    # jeans. Who: base BLIP-2 OPT-2.7b zero-shot, caption and every answer.
    case(
        "X1512-036",
        caption("a man in a khaki shirt jacket and white t-shirt"),
        Q.wearing("a jacket and a white t-shirt", "contradiction"),
        Q.garment_type("jacket", "contradiction"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.details("two pockets on the chest"),
        Q.material("cotton"),
        gender="Men",
        title="Celio Men Khaki Solid Utility Overshirt",
        category="Shirts",
        color="Khaki",
    ),
    # Photo: model all in black: plain black round-neck tee, black jeans. Truth: cotton. Who: base BLIP-2 OPT-2.7b
    # zero-shot, caption and every answer.
    case(
        "X1512-037",
        caption("a man in a black t-shirt and black jeans"),
        Q.wearing("all black"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("about 3 inches", "unsupported"),
        Q.description("a black t-shirt"),
        Q.details("there are no details"),
        Q.material("cotton"),
        gender="Men",
        title="Kook N Keech Men Black Solid Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: model seated on a wooden stool, burgundy long-sleeve shirt (no pocket, no logo), grey chinos. Truth:
    # cotton. Who: base BLIP-2 OPT-2.7b zero-shot, caption and every answer.
    case(
        "X1512-038",
        caption("a man sitting on a stool wearing a red shirt"),
        Q.wearing("a red shirt and gray pants"),
        Q.garment_type("shirt"),
        Q.color("burgundy"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a burgundy slim fit shirt with a small logo on the pocket", "unsupported"),
        Q.material("linen", "unsupported"),
        gender="Men",
        title="Blackberrys Men Burgundy Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Burgundy",
    ),
    # Photo: model, grey melange polo, black chinos. Truth: cotton. Who: base BLIP-2 OPT-2.7b zero-shot, caption
    # and every answer.
    case(
        "X1512-039",
        caption("a man in a gray polo shirt and black pants"),
        Q.wearing("gray polo shirt"),
        Q.garment_type("polo"),
        Q.color("black", "other_garment_color"),
        Q.pattern("heather"),
        Q.sleeve_length("short sleeves"),
        Q.description("a grey polo shirt with a collar and buttons"),
        Q.material("fabric", "non_answer"),
        gender="Men",
        title="Highlander Men Grey Melange Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # Photo: model in sunglasses holding a paper coffee cup, white shirt with blue vertical stripes, short sleeves,
    # beige shorts. Truth: cotton. Who: base BLIP-2 OPT-2.7b zero-shot, caption and every answer.
    case(
        "X1512-040",
        caption("a man in a striped shirt holding a cup of coffee"),
        Q.wearing("a striped shirt and sunglasses"),
        Q.garment_type("shirt"),
        Q.color("blue and white"),
        Q.pattern("vertical stripes"),
        Q.sleeve_length("long", "contradiction"),
        Q.description("it's a shirt", "non_answer"),
        Q.material("cotton"),
        gender="Men",
        title="Wrangler Men White & Blue Regular Fit Striped Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: model, royal blue tee with a large white Puma logo on the chest (plain back), black shorts. Truth:
    # cotton. Who: base
    # BLIP-2 OPT-2.7b zero-shot, caption and every answer.
    case(
        "X1512-041",
        caption("a man in a blue puma t-shirt and black shorts"),
        Q.wearing("blue t-shirt and black shorts"),
        Q.garment_type("t-shirt"),
        Q.color("blue"),
        Q.pattern("logo"),
        Q.sleeve_length("short"),
        Q.description("the garment is a garment that is worn on the upper body", "restated"),
        Q.details("the shirt has a puma logo on the front and the back", "unsupported"),
        Q.material("cotton"),
        gender="Men",
        title="Puma Men Blue Brand Logo Printed Round Neck T-shirt",
        category="Tshirts",
        color="Blue",
    ),
    # Photo: model, rust Cuban-collar short-sleeve shirt with self-coloured rust buttons and no pocket, white
    # shorts. Truth: viscose rayon. The row has no category. Who: base BLIP-2 OPT-2.7b zero-shot, caption and every
    # answer.
    case(
        "X1512-042",
        caption("a man in an orange shirt and white shorts"),
        Q.wearing("an orange shirt and white shorts"),
        Q.garment_type("shirt"),
        Q.color("orange"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("an orange shirt with a collar"),
        Q.details("the shirt has a collar and white buttons", "unsupported"),
        Q.material("rayon"),
        gender="Men",
        title="Mast & Harbour Men Rust Orange Solid Cuban Collar Casual Shirt",
        color="Rust",
    ),
    # Photo: flat lay on white, no person: navy tee with "JACK & JONES" in white letters across the chest. Truth:
    # cotton. Who: base BLIP-2 OPT-2.7b zero-shot, caption and every answer.
    case(
        "X1512-043",
        caption("a navy blue t-shirt with the words jack and jones on it"),
        Q.wearing("nothing", "non_answer"),
        Q.garment_type("t-shirt"),
        Q.color("navy"),
        Q.pattern("lettering"),
        Q.description("a navy blue t-shirt with white letters that say jack & jones"),
        Q.material("cotton"),
        gender="Men",
        title="Jack & Jones Men Navy Blue Brand Logo Printed Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: model, green and navy tartan check shirt, spread collar, no pocket, long sleeves, khaki chinos. Truth:
    # cotton. Who: base BLIP-2
    # OPT-2.7b zero-shot, caption and every answer; the pattern answer never stopped.
    case(
        "X1512-044",
        caption("a man in a green plaid shirt and khaki pants"),
        Q.wearing("a plaid shirt and khaki pants"),
        Q.garment_type("shirt"),
        Q.color("khaki", "other_garment_color"),
        Q.pattern(
            "plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid"
            " plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        Q.description(
            "a green and blue plaid shirt with a collar. the shirt has a button down collar and a pocket on the chest."
            " the shirt is made of",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        title="Indian Terrain Men Green & Navy Blue Slim Fit Checked Casual Shirt",
        category="Shirts",
        color="Green",
    ),
    # Photo: model, raglan tee with a white body and black three-quarter sleeves, blue jeans. Truth: cotton. The row
    # has no color. Who: base BLIP-2 OPT-2.7b zero-shot, caption and every answer.
    case(
        "X1512-045",
        caption("a man in a white and black baseball shirt"),
        Q.wearing("a white t-shirt with black sleeves and jeans"),
        Q.garment_type("baseball shirt"),
        Q.color("white"),
        Q.pattern("color block"),
        Q.sleeve_length("3/4 Question: what is the material of the shirt? Answer: cotton", "leak"),
        Q.details("black sleeves"),
        Q.material("cotton"),
        gender="Men",
        title="Roadster Men White & Black Colourblocked Raglan Sleeves Round Neck T-shirt",
        category="Tshirts",
    ),
]
