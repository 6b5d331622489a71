"""BLIND_1584 (45 products; Myntra men's tops, base BLIP-2 zero-shot): written blind in the sixty-sixth session.
Measured blind at 9074ceb (the session's fourth rules): 62/85 failures found (72.9%) and 26/296 correct texts flagged
(8.8%). The writer's notes, verbatim:

Scenario: a Myntra feed of men's t-shirts, polo t-shirts and shirts. Columns as the feed has them: title
(productDisplayName), category (the article type, "Tshirts" or "Shirts"; polos are "Tshirts" on Myntra), color (the base
colour, "Navy Blue", "Grey Melange", "Mustard"...), gender ("Men"); a few rows lack one of them, as feeds do. The photos
are the catalog's usual shots: a model on a plain light backdrop wearing the product with jeans, chinos, shorts or
joggers, now and then a layer over or under it (a bomber, a blazer, a tee under an open shirt), a flat lay, a back view,
a torso crop without the face, a prop (dumbbell, water bottle, coffee cup, stool).
Who wrote what: every text is the untuned Salesforce/blip2-opt-2.7b, no adapter. The caption is generated with no
prompt (50 new tokens at most); then enrich's default questionnaire is asked one prompt at a time as
"Question: ... Answer:", greedy free generation, 30 new tokens at most. Some rows have fewer than eight answers: the
run's answers file lacks them for those items, and I kept the rows as the file has them.
Labeling conventions and judgement calls:
- A little over a fifth of the texts are wrong, fewer than the usual four in ten: the untuned base on clean catalog
  shots answers the short questions (type, sleeves, pattern) mostly right; its errors gather in colors, details,
  material and the long answers.
- Near colors count as right: navy/blue, maroon/red, teal/green or blue, lavender/purple, rust/orange or brown,
  peach/pink, charcoal/grey, khaki/tan, grey melange/grey. A pale pink shirt called "white", a navy shirt called
  "black" or a light blue shirt called "white" is wrong: contradiction.
- A product color that belongs to another garment in the photo (the jeans, shorts, chinos, the jacket or blazer over
  the product, the tee under it) is other_garment_color. A text that gives the bottom the product's color ("a red
  shirt and red pants" when the pants are black) is contradiction.
- Wrong garment kind (jacket for a denim shirt, suit for a shirt under a blazer, sweater for a long-sleeved tee, blouse
  for a men's shirt), pattern against the title (stripes for checks or colour-block, solid for a big logo print), wrong
  sleeve length: contradiction, also where only the photo shows it (rolled-up sleeves, sleeves folded in a flat lay).
- Material: a wrong fiber where the title names one (Pure Cotton, Linen) is contradiction; where the title names none
  (Dri-FIT, Rapid-Dry, viscose, a cotton tee called wool or fleece) it is unsupported.
- Things the photo does not have (a tie, a hat, a pocket, French cuffs, a kangaroo pocket, a print on the unseen back,
  a cell phone, misread print text, a third button, a length in inches for "How long are the sleeves?"): unsupported.
- "nothing", "no", "yes", an empty answer, a color for the pattern, "men's" or "casual" for the type: non_answer.
  Echoes of the question ("made of a material", "the details are very detailed"): restated.
- An answer about the outer layer in place of the product is wrong (the product is the listed article); a correct but
  partial answer (the wearing answer naming only the top, "a suit" for what the person wears over the shirt, "hoodie"
  for a hooded tee) stays unmarked.
- "she" or "a woman" for a men's product is pronoun, on torso crops and flat lays too.
- A text that repeats until the limit is loop, not cut; a text stopped mid-sentence at the limit without repeating is
  cut; an answer that runs on into "Question: ... Answer:" or starts with "Answer:" is leak. hit_limit=True wherever
  the text used all its tokens.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case

BLIND_1584 = [
    # 001 | photo: model, front, plain black crew-neck tee, no print; light blue jeans; grey backdrop.
    # caption: base OPT-2.7b zero-shot; answers: base, free generation.
    case(
        "X1584-001",
        caption("a man wearing a black t-shirt and jeans"),
        D.wearing("a black t-shirt and jeans"),
        D.garment_type("t-shirt"),
        D.color("black"),
        D.pattern("solid"),
        D.sleeve_length("about 3 inches", "unsupported"),
        D.description("a black t-shirt with a white logo on the chest", "unsupported"),
        D.details("it has a round neck"),
        D.material("cotton"),
        gender="Men",
        title="Roadster Men Black Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # 002 | photo: model in a running pose, navy tee with a small reflective logo on the chest, black running shorts.
    # caption: base zero-shot; answers: base, free generation.
    case(
        "X1584-002",
        caption("a man in a blue shirt and black shorts running"),
        D.wearing("a blue t-shirt and black shorts"),
        D.garment_type("t-shirt"),
        D.color("black", "other_garment_color"),
        D.pattern("solid"),
        D.sleeve_length("short"),
        D.details("the logo on the chest"),
        D.material("cotton", "unsupported"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Navy Blue Rapid-Dry Running T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # 003 | photo: model, white pique polo with a small embroidered logo and a two-button placket, navy chinos.
    # caption: base zero-shot; answers: base, free generation (the type answer ran on into the next question).
    case(
        "X1584-003",
        caption("a man wearing a white polo shirt and blue pants"),
        D.wearing("a white polo shirt and blue pants"),
        D.garment_type("polo shirt Question: What is the color of the polo shirt? Answer: white", "leak"),
        D.color("white"),
        D.sleeve_length("short sleeves"),
        D.description("a white polo shirt with a logo on the chest"),
        D.details("the polo shirt has a logo on the chest and two buttons"),
        D.material("cotton and polyester", "contradiction"),
        gender="Men",
        title="U.S. Polo Assn. Men White Solid Polo Collar Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
    ),
    # 004 | photo: model, red tee with a large white PUMA wordmark and cat logo, black track pants.
    # caption: base zero-shot; answers: base, free generation.
    case(
        "X1584-004",
        caption("a man wearing a red puma t-shirt and black pants"),
        D.wearing("a red shirt and red pants", "contradiction"),
        D.garment_type("t-shirt"),
        D.color("red"),
        D.pattern("solid", "contradiction"),
        D.sleeve_length("short"),
        D.description("a red t-shirt with a white puma logo"),
        D.details("puma logo on the front"),
        gender="Men",
        title="Puma Men Red Brand Logo Printed Regular Fit T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # 005 | photo: model, navy shirt with thin white vertical stripes, long sleeves, spread collar, no pocket; beige
    # chinos. caption: base zero-shot; answers: base, free generation.
    case(
        "X1584-005",
        caption("a man in a blue and white striped shirt"),
        D.wearing("a blue and white striped shirt and khaki pants"),
        D.garment_type("shirt"),
        D.color("black", "contradiction"),
        D.pattern("stripes"),
        D.sleeve_length("long"),
        D.description("a blue and white striped shirt"),
        D.details("the shirt has a button down collar and a pocket on the chest", "unsupported"),
        gender="Men",
        title="Allen Solly Men Navy Blue Slim Fit Striped Casual Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # 006 | photo: model holding a dumbbell, black training tee with a small white swoosh, grey shorts.
    # caption: base zero-shot; answers: base, free generation.
    case(
        "X1584-006",
        caption("a man holding a dumbbell in a black nike shirt"),
        D.wearing("a black nike shirt and grey shorts"),
        D.garment_type("t-shirt"),
        D.color("black"),
        D.sleeve_length("short"),
        D.description("black nike t-shirt"),
        D.details(
            "nike nike nike nike nike nike nike nike nike nike nike nike nike nike nike nike nike nike nike nike",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton", "unsupported"),
        gender="Men",
        title="Nike Men Black Dri-FIT Training T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # 007 | photo: model, black-and-grey checked shirt worn open over a plain white tee, black jeans.
    # caption: base zero-shot; answers: base, free generation.
    case(
        "X1584-007",
        caption("a man wearing a black and white plaid shirt over a white t-shirt"),
        D.wearing("a plaid shirt and black jeans"),
        D.garment_type("shirt"),
        D.color("white", "other_garment_color"),
        D.pattern("plaid"),
        D.sleeve_length("long"),
        D.description("the shirt is black and white"),
        D.details("the shirt has buttons"),
        gender="Men",
        title="WROGN Men Black & Grey Slim Fit Checked Casual Shirt",
        category="Shirts",
        color="Black",
    ),
    # 008 | photo: model, olive shirt with long sleeves rolled up to the elbows, beige chinos.
    # caption: base zero-shot; answers: base, free generation.
    case(
        "X1584-008",
        caption("a man in a green shirt and khaki pants"),
        D.wearing("green shirt and khaki pants"),
        D.garment_type("shirt"),
        D.color("green"),
        D.pattern("solid"),
        D.sleeve_length("short", "contradiction"),
        D.description("a green button up shirt with rolled up sleeves"),
        D.details("rolled up sleeves"),
        D.material("linen", "unsupported"),
        gender="Men",
        title="HIGHLANDER Men Olive Green Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Olive",
    ),
    # 009 | photo: model, black oversized tee with a yellow bat emblem on the front (back plain), olive cargo pants.
    # caption: base zero-shot; answers: base, free generation.
    case(
        "X1584-009",
        caption("a man wearing a black t-shirt with a batman logo on it"),
        D.wearing("a black t-shirt with a batman logo and black pants", "contradiction"),
        D.garment_type("t-shirt"),
        D.color("black"),
        D.pattern("batman"),
        D.sleeve_length("short"),
        D.description("black t-shirt with batman logo"),
        D.details(
            "the batman logo is on the front of the shirt and the back of the shirt has the batman logo on it",
            "unsupported",
        ),
        D.material("cotton"),
        gender="Men",
        title="The Souled Store Men Black Batman Printed Oversized T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # 010 | photo: model, yellow tee printed "STAY WEIRD" in black letters, blue jeans.
    # caption: base zero-shot; answers: base, free generation.
    case(
        "X1584-010",
        caption("a man wearing a yellow t-shirt with black writing on it"),
        D.wearing("a yellow t-shirt and jeans"),
        D.garment_type("men's", "non_answer"),
        D.color("yellow"),
        D.pattern("text"),
        D.sleeve_length("short sleeves"),
        D.description("a yellow t-shirt with the words stay wild on it", "unsupported"),
        D.details("black letters"),
        gender="Men",
        title="Bewakoof Men Yellow Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="Yellow",
    ),
    # 011 | photo: model, white formal shirt, no tie, button cuffs, navy trousers.
    # caption: base zero-shot; answers: base, free generation.
    case(
        "X1584-011",
        caption("a man in a white shirt and blue pants"),
        D.wearing("a white shirt and tie", "unsupported"),
        D.garment_type("dress shirt"),
        D.color("white"),
        D.pattern("solid"),
        D.sleeve_length("long"),
        D.description("a white dress shirt"),
        D.details("the shirt has a spread collar and french cuffs", "unsupported"),
        D.material("cotton"),
        gender="Men",
        title="Louis Philippe Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # 012 | photo: model, navy polo with a small flag logo on the chest only, white chinos.
    # caption: base zero-shot; answers: base, free generation.
    case(
        "X1584-012",
        caption("a man wearing a navy blue polo shirt and white pants"),
        D.wearing("a blue polo shirt and white pants"),
        D.garment_type("polo shirt"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("short"),
        D.description("a navy blue polo shirt with a tommy hilfiger logo"),
        D.details(
            "a collar, buttons and a logo on the chest and a logo on the sleeve and a logo on the back and a logo"
            " on the",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        gender="Men",
        title="Tommy Hilfiger Men Navy Blue Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # 013 | photo: model, mid-blue denim shirt buttoned up, two flap chest pockets, black jeans.
    # caption: base zero-shot; answers: base, free generation.
    case(
        "X1584-013",
        caption("a man in a denim shirt and black jeans"),
        D.wearing("a denim jacket and black jeans", "contradiction"),
        D.garment_type("jacket", "contradiction"),
        D.color("blue"),
        D.pattern("denim"),
        D.sleeve_length("long sleeves"),
        D.description("a blue denim shirt with two pockets"),
        D.details("two pockets on the front"),
        D.material("denim"),
        gender="Men",
        title="Levis Men Blue Opaque Denim Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # 014 | photo: model, grey melange long-sleeved henley with three buttons, dark jeans.
    # caption: base zero-shot; answers: base, free generation.
    case(
        "X1584-014",
        caption("a man wearing a grey henley shirt and jeans"),
        D.wearing("a grey shirt and jeans"),
        D.garment_type("henley"),
        D.color("grey"),
        D.pattern("heather"),
        D.sleeve_length("long"),
        D.description("a grey henley shirt with buttons"),
        D.details("the details of the garment are very detailed", "restated"),
        gender="Men",
        title="Jack & Jones Men Grey Melange Solid Henley Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # 015 | photo: model, beige linen shirt with a mandarin collar, long sleeves, white trousers.
    # caption: base zero-shot; answers: base, free generation.
    case(
        "X1584-015",
        caption("a man wearing a beige shirt and white pants"),
        D.wearing("a beige shirt and white pants"),
        D.garment_type("shirt"),
        D.color("white", "other_garment_color"),
        D.pattern("solid"),
        D.sleeve_length("long"),
        D.description("a beige shirt with a mandarin collar"),
        D.details("the shirt has a collar"),
        D.material("cotton", "contradiction"),
        gender="Men",
        title="Mast & Harbour Men Beige Solid Mandarin Collar Linen Casual Shirt",
        category="Shirts",
        color="Beige",
    ),
    # 016 | photo: model, black viscose shirt with green leaves and orange flowers, Cuban collar, short sleeves, no
    # pocket; beige trousers. caption: base zero-shot; answers: base, free generation.
    case(
        "X1584-016",
        caption("a man in a black shirt with palm leaves on it"),
        D.wearing("a hawaiian shirt"),
        D.garment_type("hawaiian shirt"),
        D.color("black"),
        D.pattern("floral"),
        D.sleeve_length("short"),
        D.description(
            "a black shirt with green leaves and orange flowers on it. the shirt has a cuban collar and short sleeves."
            " the shirt is made of a lightweight",
            "cut",
            hit_limit=True,
        ),
        D.details("the shirt has a tropical print and a pocket on the chest", "unsupported"),
        D.material("silk", "unsupported"),
        gender="Men",
        title="Snitch Men Black Tropical Printed Cuban Collar Casual Shirt",
        category="Shirts",
        color="Black",
    ),
    # 017 | photo: model, light blue formal shirt with a small check, chest pocket, grey trousers.
    # caption: base zero-shot; answers: base, free generation.
    case(
        "X1584-017",
        caption("a man in a blue shirt and grey pants"),
        D.wearing("a blue shirt and grey pants"),
        D.garment_type("shirt"),
        D.color("white", "contradiction"),
        D.pattern("stripes", "contradiction"),
        D.sleeve_length("long"),
        D.description("a light blue dress shirt"),
        D.details("the shirt has a pocket on the left side"),
        gender="Men",
        title="Van Heusen Men Blue Regular Fit Checked Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # 018 | photo: model, maroon shirt with a button-down collar, black jeans. Description came back empty.
    # caption: base zero-shot; answers: base, free generation.
    case(
        "X1584-018",
        caption("a man wearing a maroon shirt and black jeans"),
        D.wearing("a red shirt and black jeans"),
        D.garment_type("shirt"),
        D.color("red"),
        D.pattern("plain"),
        D.sleeve_length("long"),
        D.description("", "non_answer"),
        D.details("the shirt has a button down collar"),
        D.material("the garment is made of cotton"),
        gender="Men",
        title="Dennis Lingo Men Maroon Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Maroon",
    ),
    # 019 | photo: flat lay, plain white crew-neck tee on a white background, no person.
    # caption: base zero-shot; answers: base, free generation.
    case(
        "X1584-019",
        caption("a white t-shirt on a white background"),
        D.wearing("a woman wearing a white t-shirt", "pronoun"),
        D.garment_type("t-shirt"),
        D.color("white"),
        D.pattern("plain"),
        D.sleeve_length("short"),
        D.description("plain white t-shirt"),
        D.details("nothing", "non_answer"),
        D.material("100% cotton"),
        gender="Men",
        title="H&M Men Regular Fit Round-neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # 020 | photo: torso crop, face out of frame, lavender shirt with long sleeves, white jeans.
    # caption: base zero-shot; answers: base, free generation.
    case(
        "X1584-020",
        caption("a woman wearing a purple shirt and white jeans", "pronoun"),
        D.wearing("purple shirt and white pants"),
        D.garment_type("blouse", "contradiction"),
        D.color("purple"),
        D.pattern("solid"),
        D.sleeve_length("long"),
        D.description("a purple button down shirt"),
        D.details("buttons down the front"),
        gender="Men",
        title="HERE&NOW Men Lavender Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Lavender",
    ),
    # 021 | photo: model, tee in three horizontal colour-block panels (teal, white, navy), black jeans.
    # caption: base zero-shot; answers: base, free generation (material answer opens with "Answer:").
    case(
        "X1584-021",
        caption("a man wearing a blue and white t-shirt"),
        D.wearing("a blue and white shirt"),
        D.garment_type("t-shirt"),
        D.color("blue"),
        D.pattern("striped", "contradiction"),
        D.sleeve_length("short"),
        D.description("a blue white and navy t-shirt"),
        D.details("the shirt has three colors"),
        D.material("Answer: cotton", "leak"),
        gender="Men",
        title="Campus Sutra Men Teal Blue Colourblocked Round Neck T-shirt",
        category="Tshirts",
        color="Teal",
    ),
    # 022 | photo: model, black tee with white three stripes over the shoulders, black track pants with white stripes.
    # caption: base zero-shot; answers: base, free generation.
    case(
        "X1584-022",
        caption("a man in a black adidas t-shirt and black pants"),
        D.wearing("an adidas shirt and pants"),
        D.garment_type("t-shirt"),
        D.color("black and white"),
        D.pattern("yes", "non_answer"),
        D.sleeve_length("short"),
        D.description("black and white adidas t-shirt"),
        D.details(
            "three stripes on the sleeves, three stripes on the sleeves, three stripes on the sleeves, three stripes"
            " on the sleeves, three stripes on the",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="ADIDAS Men Black Essentials 3-Stripes Solid T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # 023 | photo: model, white formal shirt with thin blue stripes, navy trousers.
    # caption: base zero-shot; answers: base, free generation.
    case(
        "X1584-023",
        caption("a man in a white and blue striped shirt"),
        D.wearing("a striped shirt and blue pants"),
        D.garment_type("shirt"),
        D.color("white"),
        D.pattern("stripes"),
        D.sleeve_length("long"),
        D.description(
            "a white shirt with blue stripes and a white collar and white cuffs and white buttons and white buttons"
            " and white buttons and white buttons and",
            "loop",
            hit_limit=True,
        ),
        D.details("pinstripes"),
        D.material("cotton"),
        gender="Men",
        title="Peter England Men White & Blue Slim Fit Striped Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # 024 | photo: model, mustard short-sleeved henley with a two-button placket, olive chinos.
    # caption: base zero-shot; answers: base, free generation.
    case(
        "X1584-024",
        caption("a man in a yellow shirt and green pants"),
        D.wearing("yellow shirt and green pants"),
        D.garment_type("t-shirt"),
        D.color("green", "other_garment_color"),
        D.pattern("solid"),
        D.sleeve_length("short"),
        D.description("it's a yellow t-shirt with buttons"),
        D.details("it has three buttons", "unsupported"),
        gender="Men",
        title="Roadster Men Mustard Yellow Solid Henley Neck T-shirt",
        category="Tshirts",
        color="Mustard",
    ),
    # 025 | photo: back view, model facing away, grey tee with a large tiger graphic on the back, black jeans.
    # caption: base zero-shot; answers: base, free generation.
    case(
        "X1584-025",
        caption("the back of a man wearing a grey t-shirt with a skull on it", "unsupported"),
        D.wearing("a grey t-shirt and black pants"),
        D.garment_type("t-shirt"),
        D.color("grey"),
        D.pattern("graphic"),
        D.sleeve_length("short"),
        D.description("a grey t-shirt with a picture on the back"),
        D.details("the back of the shirt has a picture of a tiger"),
        gender="Men",
        title="Kook N Keech Men Grey Printed Round Neck T-shirt",
        category="Tshirts",
        color="Grey",
    ),
    # 026 | photo: model, face visible, pale pink formal shirt, grey trousers.
    # caption: base zero-shot; answers: base, free generation.
    case(
        "X1584-026",
        caption("a man in a pink shirt and grey pants"),
        D.wearing("she is wearing a pink shirt and grey pants", "pronoun"),
        D.garment_type("shirt"),
        D.color("white", "contradiction"),
        D.pattern("solid"),
        D.sleeve_length("long"),
        D.description("pink dress shirt"),
        D.details("the collar and the cuffs"),
        D.material("cotton"),
        gender="Men",
        title="Arrow Men Pink Regular Fit Solid Formal Shirt",
        category="Shirts",
        color="Pink",
    ),
    # 027 | photo: model, navy tee with "BEING HUMAN" in white across the chest and a small logo on the left sleeve,
    # grey joggers. caption: base zero-shot; answers: base, free generation.
    case(
        "X1584-027",
        caption("a man wearing a navy blue t-shirt with the words being human on it"),
        D.wearing("a blue shirt"),
        D.garment_type("t-shirt"),
        D.color("grey", "other_garment_color"),
        D.pattern("words"),
        D.sleeve_length("short"),
        D.description(
            "a navy blue t-shirt with the words being human in white letters across the chest and a small logo on"
            " the left sleeve and the",
            "cut",
            hit_limit=True,
        ),
        D.details("being human"),
        D.material("cotton"),
        gender="Men",
        title="Being Human Men Navy Blue Brand Logo Printed Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # 028 | photo: model, olive polo with white tipping on the collar, khaki shorts.
    # caption: base zero-shot; answers: base, free generation.
    case(
        "X1584-028",
        caption("a man in a green polo shirt"),
        D.wearing("a green polo shirt and green shorts", "contradiction"),
        D.garment_type("polo"),
        D.color("olive green"),
        D.pattern("solid"),
        D.sleeve_length("short sleeves"),
        D.description("the garment is a green polo shirt"),
        D.details("the collar has white stripes"),
        D.material("the garment is made of a material", "restated"),
        gender="Men",
        title="Indian Terrain Men Olive Green Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Olive",
    ),
    # 029 | photo: model, white short-sleeved tee with a red batwing logo, worn under an open black bomber jacket, black
    # jeans. caption: base zero-shot; answers: base, free generation (three answers are about the jacket).
    case(
        "X1584-029",
        caption("a man wearing a black jacket and a white t-shirt"),
        D.wearing("a black jacket, white shirt and black jeans"),
        D.garment_type("jacket", "contradiction"),
        D.color("black", "other_garment_color"),
        D.pattern("logo"),
        D.sleeve_length("long", "contradiction"),
        D.description("a white t-shirt with a red levi's logo"),
        D.material("cotton"),
        gender="Men",
        title="Levis Men White Brand Logo Printed Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
    ),
    # 030 | photo: model, all black: black shirt without pockets, black jeans.
    # caption: base zero-shot; answers: base, free generation.
    case(
        "X1584-030",
        caption("a man in a black shirt and black pants"),
        D.wearing("black shirt and black pants"),
        D.garment_type("shirt"),
        D.color("black"),
        D.pattern("black", "non_answer"),
        D.sleeve_length("long"),
        D.description("black button down shirt"),
        D.details("the shirt has a button down collar and a pocket on the left side of the chest", "unsupported"),
        D.material("cotton"),
        gender="Men",
        title="Calvin Klein Jeans Men Black Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Black",
    ),
    # 031 | photo: model seated on a wooden stool, white oversized tee with a colour anime-girl print on the front
    # (back not shown), black pants. caption: base zero-shot; answers: base, free generation.
    case(
        "X1584-031",
        caption("a man sitting on a stool wearing a white t-shirt"),
        D.wearing("a white t-shirt and black pants"),
        D.garment_type("t-shirt"),
        D.color("white"),
        D.pattern("graphic"),
        D.description("a white t-shirt with a graphic design on the front"),
        D.details(
            "the design on the front is a picture of a girl with pink hair and a pink dress and the back of the"
            " shirt has a",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        gender="Men",
        title="Difference of Opinion Men White Graphic Printed Oversized T-shirt",
        category="Tshirts",
        color="White",
    ),
    # 032 | photo: flat lay, charcoal shirt folded as packed, sleeves folded behind, no person.
    # caption: base zero-shot; answers: base, free generation.
    case(
        "X1584-032",
        caption("a grey shirt folded on a white background"),
        D.wearing("nothing", "non_answer"),
        D.garment_type("shirt"),
        D.color("grey"),
        D.pattern("solid"),
        D.sleeve_length("short", "contradiction"),
        D.description("a gray shirt"),
        D.details("buttons"),
        gender="Men",
        title="Urbano Fashion Men Charcoal Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Charcoal",
    ),
    # 033 | photo: model holding a water bottle, teal training tee with a small Puma logo, black shorts.
    # caption: base zero-shot; answers: base, free generation (the sleeve answer ran on into the questionnaire).
    case(
        "X1584-033",
        caption("a man holding a water bottle wearing a green shirt"),
        D.wearing("a green shirt and black shorts"),
        D.garment_type("t-shirt"),
        D.color("green"),
        D.sleeve_length(
            "short Question: What is the color of the garment? Answer: green Question: What is the pattern of the"
            " garment? Answer: solid Question: How",
            "leak",
            hit_limit=True,
        ),
        D.description("a green t-shirt"),
        D.details("it has a puma logo"),
        D.material("polyester"),
        gender="Men",
        title="Puma Men Teal Green Slim Fit dryCELL Training T-shirt",
        category="Tshirts",
        color="Teal",
    ),
    # 034 | photo: model, rust shirt, long sleeves, blue jeans.
    # caption: base zero-shot; answers: base, free generation.
    case(
        "X1584-034",
        caption("a man in an orange shirt and jeans"),
        D.wearing("a brown shirt and jeans"),
        D.garment_type("casual", "non_answer"),
        D.color("orange"),
        D.sleeve_length("long sleeve"),
        D.description("an orange shirt with buttons"),
        D.details(
            "the shirt is orange and the buttons are orange and the collar is orange and the sleeves are orange and"
            " the buttons are orange and the",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        gender="Men",
        title="Mufti Men Rust Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Rust",
    ),
    # 035 | photo: model, navy tee with white horizontal (Breton) stripes, white jeans.
    # caption: base zero-shot; answers: base, free generation. No color column in this row.
    case(
        "X1584-035",
        caption("a man in a blue and white striped shirt"),
        D.wearing("a white shirt and white pants", "other_garment_color"),
        D.garment_type("t-shirt"),
        D.color("blue and white"),
        D.pattern("stripes"),
        D.sleeve_length("short"),
        D.description("a navy and white striped t-shirt"),
        D.details("stripes"),
        gender="Men",
        title="Jack & Jones Men Navy Blue Striped Round Neck T-shirt",
        category="Tshirts",
    ),
    # 036 | photo: model, navy formal shirt under an open grey blazer, grey trousers (a suit over the product).
    # caption: base zero-shot; answers: base, free generation (type, color, material are about the blazer).
    case(
        "X1584-036",
        caption("a man in a grey suit and a blue shirt"),
        D.wearing("a suit"),
        D.garment_type("suit", "contradiction"),
        D.color("grey", "other_garment_color"),
        D.pattern("solid"),
        D.sleeve_length("long"),
        D.description("a grey suit with a blue shirt"),
        D.material("wool", "unsupported"),
        gender="Men",
        title="Blackberrys Men Navy Blue Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # 037 | photo: model, khaki utility shirt with two flap chest pockets and epaulettes, black chinos.
    # caption: base zero-shot; answers: base, free generation.
    case(
        "X1584-037",
        caption("a man wearing a khaki shirt and black pants"),
        D.wearing("a khaki shirt"),
        D.garment_type("shirt"),
        D.color("tan"),
        D.pattern("solid"),
        D.sleeve_length("long"),
        D.description("a khaki button up shirt with two pockets"),
        D.details("the shirt has two pockets on the front and epaulettes on the shoulders"),
        D.material("canvas", "unsupported"),
        gender="Men",
        title="ColorPlus Men Khaki Regular Fit Solid Casual Shirt",
        category="Shirts",
        color="Khaki",
    ),
    # 038 | photo: model, red-and-black buffalo check shirt worn open over a black tee, blue jeans.
    # caption: base zero-shot, looped to the 50-token limit; answers: base, free generation.
    case(
        "X1584-038",
        caption(
            "a man in a red and black plaid shirt and jeans and a black t-shirt and a red and black plaid shirt and"
            " jeans and a black t-shirt and a red and black plaid shirt and jeans and a black",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red and black plaid shirt and a black t-shirt"),
        D.garment_type("flannel shirt"),
        D.color("red and black"),
        D.pattern("plaid"),
        D.sleeve_length("long"),
        D.description("a red and black plaid shirt"),
        D.details("the shirt is unbuttoned"),
        gender="Men",
        title="Flying Machine Men Red & Black Slim Fit Checked Casual Shirt",
        category="Shirts",
        color="Red",
    ),
    # 039 | photo: model in sunglasses, grey polo, navy shorts.
    # caption: base zero-shot; answers: base, free generation.
    case(
        "X1584-039",
        caption("a man in a blue polo shirt and sunglasses", "other_garment_color"),
        D.wearing("a polo shirt and sunglasses"),
        D.garment_type("polo shirt"),
        D.color("gray"),
        D.pattern("solid"),
        D.sleeve_length("short"),
        D.description("gray polo shirt"),
        D.details("no", "non_answer"),
        D.material("cotton"),
        gender="Men",
        title="Pepe Jeans Men Grey Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Grey",
    ),
    # 040 | photo: model bareheaded, white linen shirt with long sleeves, beige shorts.
    # caption: base zero-shot; answers: base, free generation.
    case(
        "X1584-040",
        caption("a man in a white shirt and beige shorts"),
        D.wearing("a white shirt and a straw hat", "unsupported"),
        D.garment_type("shirt"),
        D.color("white"),
        D.sleeve_length("long"),
        D.description("a white linen shirt"),
        D.details("the shirt is made of linen"),
        D.material("linen"),
        gender="Men",
        title="RARE RABBIT Men White Slim Fit Linen Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # 041 | photo: model, maroon-and-black colour-block hooded tee, long sleeves, no pocket, black joggers.
    # caption: base zero-shot; answers: base, free generation.
    case(
        "X1584-041",
        caption("a man wearing a maroon and black hoodie"),
        D.wearing("a hoodie and black pants"),
        D.garment_type("hoodie"),
        D.color(
            "maroon and black and maroon and black and maroon and black and maroon and black and maroon and black"
            " and maroon and black and",
            "loop",
            hit_limit=True,
        ),
        D.pattern("color block"),
        D.sleeve_length("long"),
        D.description("a maroon and black hooded sweatshirt with a kangaroo pocket", "unsupported"),
        D.details("hood"),
        D.material("fleece", "unsupported"),
        gender="Men",
        title="Moda Rapido Men Maroon & Black Colourblocked Hooded T-shirt",
        category="Tshirts",
        color="Maroon",
    ),
    # 042 | photo: back view, model facing away, white-and-navy checked shirt, khaki trousers, brown belt.
    # caption: base zero-shot; answers: base, free generation.
    case(
        "X1584-042",
        caption("the back of a man in a blue and white checkered shirt"),
        D.wearing("a blue and white checkered shirt and khaki pants"),
        D.garment_type("shirt"),
        D.color("blue and white"),
        D.pattern("checkered"),
        D.sleeve_length("long"),
        D.description(
            "the back of a man wearing a blue and white checkered shirt with a pair of khaki pants and a brown belt"
            " and a pair of brown",
            "cut",
            hit_limit=True,
        ),
        D.details("the back of the shirt", "non_answer"),
        D.material("cotton"),
        gender="Men",
        title="Roadster Men White & Navy Blue Regular Fit Checked Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # 043 | photo: torso crop, face out of frame, peach polo, white shorts.
    # caption: base zero-shot; answers: base, free generation. No gender column in this row.
    case(
        "X1584-043",
        caption("a woman wearing a peach polo shirt", "pronoun"),
        D.wearing("a pink shirt and white shorts"),
        D.garment_type("polo shirt"),
        D.color("pink"),
        D.sleeve_length("short"),
        D.description("it is a polo shirt"),
        D.details("collar"),
        D.material("the garment is made of a soft material", "restated"),
        title="HERE&NOW Men Peach-Coloured Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Peach",
    ),
    # 044 | photo: model, navy crew-neck long-sleeved cotton jersey tee, beige chinos.
    # caption: base zero-shot; answers: base, free generation.
    case(
        "X1584-044",
        caption("a man in a navy blue long sleeve shirt"),
        D.wearing("a blue sweater and khaki pants", "contradiction"),
        D.garment_type("sweater", "contradiction"),
        D.color("black", "contradiction"),
        D.pattern("solid"),
        D.sleeve_length("long"),
        D.description("a navy blue long sleeve t-shirt"),
        D.details("crew neck"),
        D.material("cotton"),
        gender="Men",
        title="Celio Men Navy Blue Solid Round Neck Long Sleeves T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # 045 | photo: model holding a coffee cup (nothing else in hand), purple formal shirt with a self-colour collar,
    # black trousers. caption: base zero-shot; answers: base, free generation. No category column in this row.
    case(
        "X1584-045",
        caption("a man in a purple shirt holding a cup of coffee and a cell phone", "unsupported"),
        D.wearing("purple shirt and black pants"),
        D.garment_type("dress shirt"),
        D.color("purple"),
        D.pattern("solid"),
        D.sleeve_length("long"),
        D.description("a purple dress shirt with a white collar", "unsupported"),
        D.details("the collar"),
        D.material(
            "cotton Question: What is the pattern of the garment? Answer: solid Question: How long are the sleeves?"
            " Answer: long Question: What are the details",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        title="Raymond Men Purple Slim Fit Solid Formal Shirt",
        color="Purple",
    ),
]
