"""BLIND_941 (46 products; Myntra men's shirts & trousers, base zero-shot): written blind in the fifty-seventh session.
Measured blind at eed7db2 (the session's seventh rules): 110/136 failures found (80.9%) and 3/195 correct texts flagged
(1.5%). The writer's notes, verbatim:

Scenario: a Myntra-like men's feed of formal and casual shirts (article_type Shirts) and of formal trousers and
chinos (article_type Trousers). Every photo but one is a catalog shot on a white or light grey studio backdrop: a
male model wearing the product with the other half of the outfit (a shirt tucked or untucked over trousers or chinos,
sometimes a belt, a tie, a blazer, an open shirt over a tee, rolled sleeves); one product is a pack of two folded
shirts with nobody in the photo. Catalog columns are title (product_name), category (article_type), color
(base_colour) and gender; a few rows lack color or category, as real feeds do.

Who wrote what: everything comes from the untuned base model Salesforce/blip2-opt-2.7b, zero-shot, no adapter.
Captions are free generation with no prompt (max 50 new tokens); open answers are free generation after
`Question: ... Answer:` (max 30 new tokens); closed answers come from enrich's `--engine reference`, which picks one
candidate value and so never loops or stops short. The base model stops on its own most of the time, so loops and
cuts are rarer here than in the adapters' output: they appear when it starts a list ("a collar, a collar, ...") or a
long description. Its habits: short answers, one color spread over shirt and trousers, the trousers' color given
for the shirt (and the reverse on trouser products), invented pockets, logos, ties and fabrics, "a woman" or "she"
for models in pink or lavender, a yes/no or a single word for an open question, and now and then it keeps writing
the prompt format ("Question: ... Answer: ...") after its answer.

Labeling conventions and judgement calls:
- Colors are judged by the photo as I describe it; shades in one family are correct (navy, dark blue and blue; cream,
  off white and white; khaki, beige and tan; charcoal and dark grey; burgundy, maroon and wine).
- other_garment_color: a text that gives one visible garment the color of another visible item (shirt given the
  trousers', blazer's, tie's or belt's color, trousers given the shirt's), whichever is the product. A pattern
  borrowed from the other garment (chinos called "printed") is a contradiction, not other_garment_color.
  contradiction: a wrong color that is no other garment's in the photo, a wrong garment type, a wrong pattern or
  sleeve length, or a caption that disagrees with the answers; a yes to "Is this a t-shirt?" for a shirt.
- One seller color is off (X941-025, a "Brown" shirt that looks rust): answers that say rust or orange are correct,
  because they are right for the photo.
- unsupported: a detail the photo does not show (chest pocket on a shirt without one, a logo, a tie or watch that is
  not there, cufflinks, a button-down collar on a spread collar) or a fabric neither the photo nor the title
  supports (silk, denim, leather, wool on a cotton shirt). "cotton" for a plain woven shirt whose title names no
  fabric is counted correct; "linen" is correct only where the title says linen.
- non_answer: yes/no, "none", "i don't know" or a single word (even a color) given to an open question.
  restated: a sentence that only gives the question back ("the shirt details are the details of the shirt").
- pronoun: "she", "her" or "a woman" for a male model; every row is gender Men unless the column is absent.
- leak: an answer that goes on with "Question:"/"Answer:" text; labeled leak even when the part before it is right.
- loop and cut: hit_limit=True on every loop and every cut text; a loop that also repeats a wrong color is labeled
  loop. A long correct description that ended naturally is not hit_limit.
- A black shirt with white stripes answered "white" is a contradiction (the stripes' color, not the shirt's); a pack
  of two shirts captioned as one white shirt is a contradiction of the title's count.
- Trousers or chinos called "jeans" or "shorts", a mandarin collar called "no collar", and "yes" to "Is this a
  t-shirt?" where a shirt is worn open over a tee (the product is the shirt) are contradictions.
- "Is this a pair of trousers?" answered yes for chinos is correct (chinos are trousers in this catalog).
- One failure kind per text: the one a reviewer would name first.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

Q = BLIND_QUESTIONS

BLIND_941 = [
    # photo: plain white long-sleeve formal shirt tucked into charcoal grey formal trousers, black belt, white
    # backdrop, front view, arms at sides; no chest pocket. All texts by base blip2-opt-2.7b zero-shot.
    case(
        "X941-001",
        caption("a man in a white shirt and grey pants standing in front of a white background"),
        wearing("a white shirt and grey pants"),
        color_of("shirt", "white"),
        Q.pattern("solid"),
        describe("shirt", "a white shirt with a pocket on the chest", "unsupported"),
        Q.material("cotton"),
        details("shirt", "the shirt has french cuffs with silver cufflinks", "unsupported"),
        title="Peter England Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: navy blue shirt with thin white checks, tucked into light grey trousers, one hand in trouser pocket,
    # white backdrop, front view. Base model zero-shot.
    case(
        "X941-002",
        caption("a man wearing a blue plaid shirt and grey pants"),
        wearing("a blue and white checkered shirt", who="he"),
        color_of("shirt", "grey", "other_garment_color"),
        Q.pattern("checked"),
        Q.sleeve_length("long sleeve"),
        details("shirt", "the shirt details are the details of the shirt", "restated"),
        Q.material("denim", "unsupported"),
        title="Louis Philippe Men Navy Blue Slim Fit Checked Formal Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: light blue solid formal shirt, navy tie, black formal trousers, white backdrop, three-quarter view.
    # Base model zero-shot.
    case(
        "X941-003",
        caption("a man in a blue shirt and tie posing for a photo"),
        wearing("a blue shirt, a tie and black pants", who="he"),
        color_of("shirt", "navy", "other_garment_color"),
        Q.color("light blue"),
        Q.garment_type("shirt"),
        describe("shirt", "a light blue dress shirt with a navy blue tie"),
        details(
            "shirt",
            "the collar, the buttons, the cuffs, the collar, the buttons, the cuffs, the collar, the",
            "loop",
            hit_limit=True,
        ),
        title="Arrow Men Blue Regular Fit Solid Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: khaki slim chinos (the product), white long-sleeve shirt tucked in, brown belt, tan loafers, white
    # backdrop, full-length front view. Base model zero-shot.
    case(
        "X941-004",
        caption("a man in a white shirt and khaki pants"),
        wearing("white shirt and khaki pants"),
        color_of("pants", "khaki"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("trousers"),
        describe("pants", "they are khaki chinos with a brown belt"),
        Q.material("denim", "unsupported"),
        details("pants", "belt loops and side pockets Question: What is the color of the belt? Answer: brown", "leak"),
        title="Dockers Men Khaki Slim Fit Chinos",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: pink solid formal shirt, navy formal trousers, short-haired bearded model, white backdrop, front view.
    # Base model zero-shot.
    case(
        "X941-005",
        caption("a woman in a pink shirt and blue pants", "pronoun"),
        wearing("she is wearing a pink shirt and navy pants", "pronoun"),
        color_of("shirt", "pink"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeve"),
        describe("shirt", "pink", "non_answer"),
        title="Van Heusen Men Pink Regular Fit Solid Formal Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: lavender and white vertical-striped formal shirt, grey trousers, white backdrop, front view, left hand
    # in pocket. Base model zero-shot.
    case(
        "X941-006",
        caption("a man wearing a purple striped shirt and grey pants"),
        wearing("a striped shirt and a tie", "unsupported"),
        color_of("shirt", "lavender"),
        Q.pattern("solid", "contradiction"),
        describe("shirt", "a purple and white striped shirt with long sleeves"),
        details("shirt", "stripes and a collar with buttons"),
        Q.material("silk", "unsupported"),
        title="Arrow Men Lavender Striped Slim Fit Formal Shirt",
        category="Shirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: charcoal grey formal trousers (the product), light blue shirt tucked in, black belt, black shoes, white
    # backdrop, full-length. Base model zero-shot.
    case(
        "X941-007",
        caption("a man in a blue shirt and black pants standing", "contradiction"),
        wearing("a blue shirt and dark grey pants", who="the man"),
        color_of("trousers", "blue", "other_garment_color"),
        Q.color("charcoal"),
        Q.garment_type("trousers"),
        describe("trousers", "grey", "non_answer"),
        details("trousers", "belt loops Question: what is the color of the shirt? Answer: blue", "leak"),
        title="Park Avenue Men Charcoal Grey Regular Fit Formal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: olive green casual shirt worn open over a white crew-neck t-shirt, sleeves rolled to the elbow, beige
    # chinos, white backdrop, front view. Base model zero-shot.
    case(
        "X941-008",
        caption("a man wearing a green shirt over a white t-shirt and beige pants"),
        wearing("a green shirt and a white t-shirt", who="he"),
        color_of("shirt", "white", "other_garment_color"),
        Q.color("olive"),
        is_a("t-shirt", "yes", "contradiction"),
        describe("shirt", "an olive green button up shirt with rolled up sleeves"),
        details(
            "shirt", "Question: What are the shirt details? Answer: the shirt has a collar and two pockets", "leak"
        ),
        title="Roadster Men Olive Green Solid Casual Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: maroon solid casual shirt, untucked, sleeves down, black chinos, white backdrop, front view.
    # Base model zero-shot.
    case(
        "X941-009",
        caption("a man in a red shirt and black pants"),
        wearing("a maroon shirt and black pants"),
        color_of("shirt", "black", "other_garment_color"),
        color_of("pants", "black"),
        Q.pattern("solid"),
        describe("shirt", "a maroon shirt with a logo on the chest", "unsupported"),
        details("shirt", "the details of the shirt are the shirt", "restated"),
        title="Highlander Men Maroon Slim Fit Casual Shirt",
        category="Shirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: white formal shirt with thin blue pinstripes, navy trousers, brown belt, white backdrop, front view.
    # Base model zero-shot.
    case(
        "X941-010",
        caption("a man in a striped shirt and jeans", "contradiction"),
        wearing("a striped shirt and navy blue pants", who="he"),
        color_of("shirt", "blue", "other_garment_color"),
        Q.color("white"),
        Q.pattern("striped"),
        describe("shirt", "a white shirt with thin blue pinstripes and a spread collar"),
        details("shirt", "the shirt has a pocket and cufflinks", "unsupported"),
        Q.material("cotton"),
        title="Arrow Men White & Blue Striped Slim Fit Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: navy blue slim chinos (the product), white shirt with a small navy bird print, untucked, white sneakers,
    # white backdrop, full-length. Base model zero-shot.
    case(
        "X941-011",
        caption("a man in a white shirt and blue pants"),
        wearing("a white printed shirt and navy chinos"),
        color_of("chinos", "navy blue"),
        Q.color("navy"),
        Q.pattern("printed", "contradiction"),
        describe(
            "chinos",
            "blue pants blue pants blue pants blue pants blue pants blue pants blue pants blue pants",
            "loop",
            hit_limit=True,
        ),
        title="United Colors of Benetton Men Navy Blue Slim Fit Chinos",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black solid slim casual shirt, long sleeves, untucked, khaki chinos, light grey studio backdrop,
    # front view.
    # Base model zero-shot.
    case(
        "X941-012",
        caption("a man in a black shirt and khaki pants standing in front of a gray wall"),
        wearing("a black shirt and khaki pants"),
        color_of("shirt", "black"),
        color_of("pants", "black", "other_garment_color"),
        Q.garment_type("shirt"),
        describe("shirt", "the shirt is a black shirt", "restated"),
        Q.sleeve_length("short sleeve", "contradiction"),
        Q.material("leather", "unsupported"),
        title="Mast & Harbour Men Black Slim Fit Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: mustard yellow and white checked casual shirt, sleeves rolled, white chinos, white backdrop,
    # three-quarter view. Base model zero-shot.
    case(
        "X941-013",
        caption("a man in a yellow plaid shirt and white pants"),
        wearing("a yellow checkered shirt and white pants", who="he"),
        color_of("shirt", "yellow"),
        Q.pattern("checked"),
        Q.sleeve_length("short sleeve", "contradiction"),
        describe("shirt", "a mustard and white plaid shirt with the sleeves rolled up"),
        Q.material("flannel", "unsupported"),
        details(
            "shirt",
            "the shirt is checked and the sleeves are rolled up to the elbow and the collar is a spread collar with a",
            "cut",
            hit_limit=True,
        ),
        title="U.S. Polo Assn. Men Mustard Checked Casual Shirt",
        category="Shirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: red and navy tartan-check casual shirt, untucked, beige chinos, white backdrop, front view.
    # Base model zero-shot.
    case(
        "X941-014",
        caption("a man wearing a red and blue plaid shirt and khaki pants"),
        wearing("a red plaid shirt Question: What is the color of the pants? Answer: khaki", "leak"),
        color_of("shirt", "red"),
        color_of("pants", "red", "other_garment_color"),
        Q.pattern("checked"),
        describe("shirt", "a red and navy blue checked shirt with a collar and buttons down the front"),
        details("shirt", "yes", "non_answer"),
        title="Wrangler Men Red Checked Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: beige casual trousers (the product), navy blue shirt with sleeves rolled, untucked, brown loafers,
    # white backdrop, full-length. Base model zero-shot.
    case(
        "X941-015",
        caption("a man in a blue shirt and beige pants"),
        wearing("a navy blue shirt and beige pants", who="the man"),
        color_of("trousers", "navy blue", "other_garment_color"),
        Q.color("beige"),
        Q.garment_type("shirt", "contradiction"),
        describe("trousers", "beige trousers with pockets on the side"),
        details("trousers", "the trousers are made of wool and have a crease down the front", "unsupported"),
        title="Allen Solly Men Beige Regular Fit Casual Trousers",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: cream linen casual shirt, relaxed, top button open, olive chinos, white backdrop, front view.
    # Base model zero-shot.
    case(
        "X941-016",
        caption("a man in a white shirt and green pants"),
        wearing("a white linen shirt and olive pants", who="he"),
        color_of("shirt", "olive", "other_garment_color"),
        Q.color("cream"),
        Q.material("linen"),
        describe("shirt", "a cream colored linen shirt with the top button open"),
        details("shirt", "i don't know", "non_answer"),
        Q.pattern("striped", "contradiction"),
        title="Indian Terrain Men Cream Linen Relaxed Fit Casual Shirt",
        category="Shirts",
        color="Cream",
        gender="Men",
    ),
    # photo: mid-blue denim casual shirt with two flap chest pockets, khaki chinos, white backdrop, front view.
    # Base model zero-shot.
    case(
        "X941-017",
        caption("a man wearing a denim jacket and khaki pants", "contradiction"),
        wearing("a denim shirt and khaki pants"),
        color_of("shirt", "blue"),
        Q.material("denim"),
        Q.garment_type("jacket", "contradiction"),
        describe("shirt", "a blue denim shirt with two pockets on the chest"),
        details("shirt", "the shirt has two pockets with flaps and snap buttons", "unsupported"),
        title="Levis Men Blue Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: grey solid slim formal shirt, black formal trousers, black belt, white backdrop, front view.
    # Base model zero-shot.
    case(
        "X941-018",
        caption("a man in a grey shirt and black pants"),
        wearing("a gray shirt and black pants", who="he"),
        color_of("shirt", "grey"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        describe("shirt", "a gray dress shirt with a black tie", "unsupported"),
        details("shirt", "the details are the shirt's details", "restated"),
        title="Blackberrys Men Grey Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Grey",
        gender="Men",
    ),
    # photo: black slim formal trousers (the product), white shirt, thin black tie, black shoes, white backdrop,
    # full-length. Base model zero-shot.
    case(
        "X941-019",
        caption("a man in a white shirt and black tie and black pants"),
        wearing("a white shirt, black tie and black pants"),
        color_of("trousers", "black"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("trousers"),
        describe("trousers", "black formal trousers. Question: What is the color of the shirt? Answer: white", "leak"),
        Q.material("polyester"),
        title="Van Heusen Men Black Slim Fit Polyester Viscose Formal Trousers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: navy short-sleeve casual shirt with a white floral print, untucked, white chinos, white backdrop,
    # front view. Base model zero-shot.
    case(
        "X941-020",
        caption("a man in a hawaiian shirt and white shorts", "contradiction"),
        wearing("a floral shirt and white pants", who="he"),
        color_of("shirt", "white", "other_garment_color"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeve"),
        describe("shirt", "a navy blue shirt with white flowers and short sleeves"),
        Q.material("cotton"),
        details("shirt", "a hawaiian shirt with a chest pocket and coconut buttons", "unsupported"),
        title="Highlander Men Navy Blue Printed Slim Fit Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: green and white gingham slim shirt, navy chinos, white backdrop, front view, hands in pockets.
    # Base model zero-shot.
    case(
        "X941-021",
        caption("a man wearing a green and white checkered shirt and blue pants"),
        wearing("a green and white checkered shirt"),
        color_of("shirt", "green"),
        color_of("pants", "green", "other_garment_color"),
        Q.pattern("checked"),
        details(
            "shirt",
            "a green and white gingham shirt with a collar, a green and white gingham shirt with a collar, a green and",
            "loop",
            hit_limit=True,
        ),
        describe("shirt", "she is wearing a green and white gingham shirt", "pronoun"),
        title="Basics Men Green Slim Fit Checked Casual Shirt",
        category="Shirts",
        color="Green",
        gender="Men",
    ),
    # photo: peach solid formal shirt, mid-grey trousers, white backdrop, front view; model with short hair.
    # Base model zero-shot.
    case(
        "X941-022",
        caption("a man in a peach shirt and gray pants"),
        wearing("she is wearing a pink shirt", "pronoun", who="the model"),
        color_of("shirt", "orange", "contradiction"),
        Q.color("peach"),
        Q.sleeve_length("long sleeve"),
        describe("shirt", "a peach shirt with long sleeves and a pointed collar"),
        details(
            "shirt",
            "the shirt has a collar and buttons and long sleeves and a pocket on the chest and the "
            "cuffs have two buttons and the",
            "cut",
            hit_limit=True,
        ),
        title="Park Avenue Men Peach Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Peach",
        gender="Men",
    ),
    # photo: olive chinos (the product), white shirt untucked with rolled sleeves, white sneakers, white backdrop,
    # full-length. Base model zero-shot.
    case(
        "X941-023",
        caption("a man in a white shirt and olive green pants"),
        wearing("a white shirt and green pants", who="he"),
        color_of("chinos", "white", "other_garment_color"),
        Q.color("olive"),
        is_a("pair of trousers", "yes"),
        describe("chinos", "olive green chinos with a slim fit"),
        details(
            "chinos", "the chinos have a zip fly and a button closure and a leather patch on the back", "unsupported"
        ),
        title="Roadster Men Olive Slim Fit Chinos",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: white solid formal shirt under an open navy blazer, beige trousers, white backdrop, front view; the
    # product is the shirt. Base model zero-shot.
    case(
        "X941-024",
        caption("a man in a blue blazer and white shirt and khaki pants"),
        wearing("a navy blazer, a white shirt and beige pants", who="he"),
        color_of("shirt", "navy", "other_garment_color"),
        Q.color("white"),
        Q.garment_type("blazer", "contradiction"),
        describe("shirt", "a white shirt under a blue jacket"),
        Q.material("wool", "unsupported"),
        details("shirt", "the shirt has a red pocket square", "unsupported"),
        title="Raymond Men White Solid Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: solid shirt with one chest pocket that looks rust orange (seller says Brown), black trousers, white
    # backdrop, front view.
    # Base model zero-shot.
    case(
        "X941-025",
        caption("a man in an orange shirt and black pants"),
        wearing("an orange shirt and black pants"),
        color_of("shirt", "rust"),
        Q.pattern("solid"),
        describe("shirt", "a rust colored shirt with a pocket"),
        details(
            "shirt",
            "the shirt has a collar and buttons down the front and a pocket on the left chest and "
            "long sleeves with buttoned cuffs and a",
            "cut",
            hit_limit=True,
        ),
        Q.material("yes", "non_answer"),
        title="John Miller Men Solid Brown Shirts",
        category="Shirts",
        color="Brown",
        gender="Men",
    ),
    # photo: teal short-sleeve casual shirt, untucked, beige chinos, white backdrop, front view.
    # Base model zero-shot.
    case(
        "X941-026",
        caption("a man wearing a blue shirt and beige pants"),
        wearing("a teal shirt and khaki pants"),
        color_of("shirt", "blue"),
        Q.color("teal"),
        Q.sleeve_length("long sleeve", "contradiction"),
        describe("shirt", "Answer: a teal short sleeve shirt", "leak"),
        details(
            "shirt", "Question: Describe the shirt. Answer: a teal shirt Question: What are the shirt details?", "leak"
        ),
        title="Turtle Men Teal Short Sleeves Casual Shirt",
        category="Shirts",
        color="Teal",
        gender="Men",
    ),
    # photo: grey slim trousers (the product), black shirt tucked in, black belt, white backdrop, full-length.
    # Base model zero-shot.
    case(
        "X941-027",
        caption("a man in a black shirt and gray pants"),
        wearing("a black shirt and gray pants", who="he"),
        color_of("trousers", "grey"),
        Q.color("black", "other_garment_color"),
        Q.garment_type("trousers"),
        describe("trousers", "they are trousers", "non_answer"),
        Q.material("cotton", "unsupported"),
        details("trousers", "she is wearing grey pants with a black belt", "pronoun"),
        title="Jack & Jones Men Grey Slim Fit Poly Viscose Trousers",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: multicolor check shirt (blue dominant, white and thin red lines), one chest pocket, khaki chinos,
    # white backdrop.
    # Base model zero-shot.
    case(
        "X941-028",
        caption("a man in a blue plaid shirt and khaki pants"),
        wearing("a blue plaid shirt and blue jeans", "contradiction"),
        color_of("shirt", "blue"),
        Q.pattern("striped", "contradiction"),
        describe("shirt", "a blue, white and red checked shirt with a pocket on the chest"),
        details("shirt", "plaid", "non_answer"),
        title="Wrangler Men Blue Checked Slim Fit Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: charcoal solid casual shirt, beige chinos, white backdrop, front view; no pocket.
    # Base model zero-shot.
    case(
        "X941-029",
        caption("a man in a dark gray shirt and beige pants"),
        wearing("a gray shirt and tan pants", who="he"),
        color_of("shirt", "beige", "other_garment_color"),
        Q.color("charcoal"),
        Q.pattern("solid"),
        describe("shirt", "a charcoal shirt with a button down collar and a chest pocket", "unsupported"),
        details("shirt", "the shirt has details", "restated"),
        title="United Colors of Benetton Men Charcoal Solid Casual Shirt",
        category="Shirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: off-white mandarin-collar casual shirt, navy chinos, white backdrop, front view.
    # Base model zero-shot.
    case(
        "X941-030",
        caption("a man wearing a white shirt with a mandarin collar and blue pants"),
        wearing("white shirt and blue pants"),
        color_of("shirt", "off white"),
        Q.garment_type("kurta", "contradiction"),
        describe("shirt", "a white shirt with no collar", "contradiction"),
        details(
            "shirt",
            "the shirt is white and the pants are blue and the shirt is white and the pants are blue "
            "and the shirt is white",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Mast & Harbour Men Off-White Mandarin Collar Casual Shirt",
        category="Shirts",
        color="Off White",
        gender="Men",
    ),
    # photo: khaki tailored chinos (the product), maroon shirt tucked in, brown belt, white backdrop, full-length.
    # Base model zero-shot.
    case(
        "X941-031",
        caption("a man in a maroon shirt and khaki pants"),
        wearing("a red shirt and beige pants"),
        color_of("chinos", "khaki"),
        Q.color("maroon", "other_garment_color"),
        is_a("pair of trousers", "yes"),
        describe("chinos", "the chinos are chinos", "restated"),
        is_a("pair of jeans", "yes", "contradiction"),
        title="ColorPlus Men Khaki Tailored Fit Chinos",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: purple solid formal shirt, black trousers, white backdrop, front view; no watch, no tie.
    # Base model zero-shot.
    case(
        "X941-032",
        caption("a man in a purple shirt and black pants with a watch on his wrist", "unsupported"),
        wearing("a purple shirt and black pants", who="he"),
        color_of("shirt", "purple"),
        color_of("pants", "purple", "other_garment_color"),
        Q.sleeve_length("long sleeve"),
        describe("shirt", "purple shirt", "non_answer"),
        Q.pattern("striped", "contradiction"),
        title="Arrow Men Solid Purple Slim Fit Formal Shirt",
        category="Shirts",
        color="Purple",
        gender="Men",
    ),
    # photo: bright yellow solid slim shirt, navy trousers, white backdrop, front view.
    # Base model zero-shot.
    case(
        "X941-033",
        caption("a man in a yellow shirt and blue pants"),
        wearing("a yellow shirt and blue jeans", "contradiction", who="he"),
        color_of("shirt", "yellow"),
        Q.color("yellow"),
        Q.pattern("solid"),
        describe("shirt", "a bright yellow shirt with long sleeves"),
        details("shirt", "what are the shirt details", "restated"),
        Q.sleeve_length("short sleeve", "contradiction"),
        title="Basics Men Yellow Slim Fit Shirt",
        category="Shirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: white shirt with small navy polka dots, grey chinos, white backdrop, front view.
    # Base model zero-shot.
    case(
        "X941-034",
        caption("a man in a white polka dot shirt and gray pants"),
        wearing("a white shirt with dots and grey pants"),
        color_of("shirt", "grey", "other_garment_color"),
        Q.pattern("polka dot"),
        describe("shirt", "a white shirt with small navy blue dots all over it"),
        details("shirt", "the shirt has a polka dot print"),
        Q.material("silk", "unsupported"),
        is_a("t-shirt", "yes", "contradiction"),
        title="Turtle Men White Printed Slim Fit Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: coffee brown chinos (the product), light blue shirt tucked in, brown belt, white backdrop, full-length.
    # Base model zero-shot.
    case(
        "X941-035",
        caption("a man in a light blue shirt and brown pants"),
        wearing("a blue shirt and brown pants", who="he"),
        color_of("chinos", "brown"),
        Q.color("light blue", "other_garment_color"),
        Q.garment_type("trousers"),
        describe("chinos", "dark brown chinos with a belt and a tie", "unsupported"),
        Q.pattern("checked", "contradiction"),
        title="Dockers Men Coffee Brown Slim Fit Chinos",
        category="Trousers",
        color="Coffee Brown",
        gender="Men",
    ),
    # photo: light blue chambray casual shirt, white trousers, white backdrop, front view; row lacks the color column.
    # Base model zero-shot.
    case(
        "X941-036",
        caption("a man in a light blue shirt and white pants"),
        wearing("a light blue shirt and white pants"),
        color_of("shirt", "white", "other_garment_color"),
        Q.material("cotton"),
        describe("shirt", "a light blue chambray shirt with a spread collar"),
        details("shirt", "Question: what are the pants details? Answer: white pants", "leak"),
        Q.pattern("checked", "contradiction"),
        title="Indian Terrain Men Blue Chambray Casual Shirt",
        category="Shirts",
        gender="Men",
    ),
    # photo: black shirt with white vertical stripes, black trousers, white backdrop, front view.
    # Base model zero-shot.
    case(
        "X941-037",
        caption("a man in a black and white striped shirt and black pants"),
        wearing("a black and white striped shirt", who="he"),
        color_of("shirt", "black"),
        Q.pattern("striped"),
        Q.color("white", "contradiction"),
        describe("shirt", "a black shirt with white stripes and long sleeves"),
        details("shirt", "black and white stripes with a pocket and a logo on the pocket", "unsupported"),
        title="Jack & Jones Men Black Striped Slim Fit Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: pink and white small-check casual shirt, navy chinos, white backdrop; model with medium-length hair.
    # Base model zero-shot.
    case(
        "X941-038",
        caption("a man in a pink checkered shirt and blue pants"),
        wearing("she is wearing a pink and white checkered shirt and blue pants", "pronoun"),
        color_of("shirt", "pink"),
        Q.pattern("checked"),
        describe("shirt", "her shirt is pink and white with checks", "pronoun"),
        Q.material("cotton"),
        title="Allen Solly Men Pink Checked Casual Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: navy slim formal trousers (the product), white shirt tucked in, black belt, white backdrop,
    # full-length. Base model zero-shot.
    case(
        "X941-039",
        caption("a man in a white shirt and navy blue pants"),
        wearing("a white shirt and blue pants"),
        color_of("trousers", "navy"),
        Q.color("navy blue"),
        Q.garment_type("shirt", "contradiction"),
        describe("trousers", "the trousers are navy blue with a pleated front and cuffs", "unsupported"),
        Q.material("polyester"),
        details(
            "trousers",
            "slim fit trousers with a flat front and a zip fly and two side pockets and two back "
            "pockets with buttons and a",
            "cut",
            hit_limit=True,
        ),
        title="Louis Philippe Men Navy Blue Slim Fit Polyester Formal Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: maroon casual shirt with a small white paisley print, untucked, beige chinos, white backdrop.
    # Base model zero-shot.
    case(
        "X941-040",
        caption("a man wearing a red paisley shirt and beige pants"),
        wearing("a red printed shirt and a black hat", "unsupported"),
        color_of("shirt", "maroon"),
        color_of("pants", "maroon", "other_garment_color"),
        Q.pattern("solid", "contradiction"),
        describe("shirt", "a maroon shirt with a white paisley print"),
        details(
            "shirt",
            "paisley print, paisley print, paisley print, paisley print, paisley print, paisley",
            "loop",
            hit_limit=True,
        ),
        Q.material("velvet", "unsupported"),
        title="Roadster Men Maroon Printed Casual Shirt",
        category="Shirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: light green (mint) solid formal shirt with one chest pocket, grey trousers, white backdrop, front view.
    # Base model zero-shot.
    case(
        "X941-041",
        caption("a man in a light green shirt and gray pants"),
        wearing("a green shirt and gray pants", who="he"),
        color_of("shirt", "blue", "contradiction"),
        Q.color("green"),
        Q.sleeve_length("long sleeve"),
        describe(
            "shirt",
            "a pale green shirt with a collar and long sleeves and a pocket on the left side of the chest with a",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("striped", "contradiction"),
        title="Peter England Men Green Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Green",
        gender="Men",
    ),
    # photo: white slim chinos (the product), light blue linen shirt untucked, sleeves rolled, tan loafers, white
    # backdrop, full-length. Base model zero-shot.
    case(
        "X941-042",
        caption("a man in a blue shirt and white pants"),
        wearing("a blue shirt and white pants", who="he"),
        color_of("chinos", "white"),
        Q.color("blue", "other_garment_color"),
        is_a("shirt", "yes", "contradiction"),
        describe("chinos", "white"),
        details("chinos", "Answer: white chinos Question: What is the color of the shirt? Answer: blue", "leak"),
        title="Celio Men White Slim Fit Chinos",
        category="Trousers",
        color="White",
        gender="Men",
    ),
    # photo: turquoise blue casual shirt, white chinos, white backdrop, front view; the row lacks the category column.
    # Base model zero-shot.
    case(
        "X941-043",
        caption("a man in a turquoise shirt and white pants"),
        wearing("a turquoise shirt and white pants"),
        color_of("shirt", "turquoise"),
        Q.garment_type("shirt"),
        describe("shirt", "a blue green shirt with long sleeves"),
        details(
            "shirt",
            "the shirt has a collar and a button placket and a curved hem and a pocket and a collar "
            "and a button placket",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("short sleeve", "contradiction"),
        title="Parx Men Turquoise Blue Slim Fit Casual Shirt",
        color="Turquoise Blue",
        gender="Men",
    ),
    # photo: burgundy solid formal shirt, grey trousers, brown belt, white backdrop, front view.
    # Base model zero-shot.
    case(
        "X941-044",
        caption("a man in a burgundy shirt and gray pants with a brown belt"),
        wearing("a dark red shirt, gray pants and a brown belt"),
        color_of("shirt", "brown", "other_garment_color"),
        Q.color("burgundy"),
        Q.pattern("solid"),
        describe("shirt", "a shirt", "non_answer"),
        Q.material("satin", "unsupported"),
        details("shirt", "describe the shirt details", "restated"),
        title="Genesis Men Burgundy Solid Slim Fit Formal Shirt",
        category="Shirts",
        color="Burgundy",
        gender="Men",
    ),
    # photo: grey formal trousers with a faint windowpane check (the product), white shirt tucked in, black belt,
    # white backdrop, full-length. Base model zero-shot.
    case(
        "X941-045",
        caption("a man wearing a white shirt and gray plaid pants"),
        wearing("a white shirt and grey checked trousers", who="he"),
        color_of("trousers", "white", "other_garment_color"),
        Q.color("grey"),
        Q.pattern("solid", "contradiction"),
        describe("trousers", "grey trousers with a subtle check pattern"),
        details("trousers", "the trousers have belt loops and side pockets"),
        Q.material("denim", "unsupported"),
        title="Raymond Men Grey Checked Slim Fit Formal Trousers",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: two folded shirts side by side, one white and one light blue, on a white backdrop, no person, top view.
    # Base model zero-shot.
    case(
        "X941-046",
        caption("a white shirt on a white background", "contradiction"),
        wearing("a shirt", "non_answer"),
        Q.garment_type("shirt"),
        Q.pattern("solid"),
        describe("shirt", "two folded shirts, one white and one light blue"),
        Q.material("cotton"),
        title="Van Heusen Men Pack of 2 Solid Formal Shirts",
        category="Shirts",
        color="Multi",
        gender="Men",
    ),
]
