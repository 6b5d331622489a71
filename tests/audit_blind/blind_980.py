"""BLIND_980 (46 products; Myntra men's jackets, blazers and coats over shirts or t-shirts, the VQA adapter): written
blind in the fifty-eighth session. Measured blind at fba231f (the session's second rules): 121/135 failures found
(89.6%) and 15/192 correct texts flagged (7.8%). The writer's notes, verbatim:

Scenario: a Myntra-like men's outerwear feed (article types Jackets, Blazers, Coats, Nehru Jackets, Waistcoat, Rain
Jacket): catalog photos on a white backdrop, a male model wearing the labelled jacket, blazer, coat or waistcoat open
or half-zipped over a shirt or t-shirt, usually with trousers or jeans, front view unless the comment says otherwise.

Who wrote what: every text comes from blip2-opt-2.7b with the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA). Captions
are free generation with the caption prompt (max 50 new tokens); open answers are free generation (max 30 new
tokens); closed answers (garment type, color of the garment, pattern, sleeve length, the color of a named garment,
"Is this a ...?") come from enrich's --engine reference, which ranks the candidate values and returns one, so they
never loop or stop short but often pick the inner shirt's color or pattern. The adapter's habits: In-shop class
words ("jacket/coat", "blouse/shirt", "denim"), "she" for anyone (its data is mostly women), no trained end token,
so open answers and captions run on into loops or stop at the token limit, and sometimes continue with the next
"Question: ... Answer:" of the prompt format. It names the inner t-shirt's color for the jacket, invents hoods,
elbow patches and pocket squares, and answers "details" with a bare yes or a color.

Labeling conventions and judgement calls:
- One label per text. When a text has several faults, the one that ends it wins: loop, then cut, then leak; a
  restated or one-word answer wins over a wrong color inside it.
- other_garment_color only for open (free) answers and captions that give the product the color of another garment
  in the photo (the inner shirt or t-shirt, the trousers). A closed answer that picks the inner garment's color or
  pattern, or the lining's color, is labelled contradiction (it contradicts the seller and the other texts).
- A color of a trim or part of the product (gold buttons, black satin lapels, an orange lining) given as the
  product's color is a contradiction; so are closed "no" to "Is this a jacket?" for the jacket, "solid" for a
  colour-blocked jacket and "striped" for the stitch lines of a quilted puffer.
- Giving the inner t-shirt the jacket's color ("a brown jacket and a brown t-shirt" when the t-shirt is navy) is a
  contradiction, not other_garment_color: the product's own color is right.
- Shades within one color group are correct: "red" for maroon or burgundy, "brown" for tan or coffee, "orange" for
  rust, "white" for a cream t-shirt, "grey" for charcoal or grey melange, "blue" for navy.
- A garment word that fits the photo is correct even where the seller uses another: "vest" or "waistcoat" for a
  Nehru jacket, "hoodie" for a hooded zip jacket, "suit jacket" for a blazer, "overshirt" or "plaid shirt" for a
  shacket, "denim" (the In-shop class) for a denim jacket, "jacket/coat" for any of them.
- "Is this a shirt?" answered yes for a jacket worn over a shirt is a contradiction: the question is about the
  product, and the product is the jacket.
- Closed "striped" for a plain corduroy jacket is a contradiction (the wales are texture, the seller says solid);
  "striped" for a pinstriped blazer is correct; "checked" for houndstooth is correct; "printed" for camouflage is
  correct.
- A material the photo shows plainly (denim, leather, suede, velvet, corduroy, quilted nylon, tweed) is correct; one
  the photo cannot show or that contradicts it (wool for a jersey knit blazer, down filling) is unsupported.
- Details invented for the photo (hood, fur trim, pocket square, elbow patches on a front view, a chain, a cap,
  satin trim) are unsupported, also where the invented list gets the lapels wrong on the way (X980-016); a plainly
  wrong attribute that the other texts or the seller state otherwise (long sleeves for a sleeveless jacket, stripes
  for checks, white with black stripes for black with white pinstripes) is a contradiction.
- A bare "yes", "no", a color or a garment word alone to "Describe ..." or "What are the ... details?" is a
  non_answer; the question's own words given back ("the jacket details are the jacket") are restated.
- pronoun only where the row's gender is Men and the text says she/her; rows without gender get no pronoun label.
- hit_limit is set on every loop and cut that ran to its token limit (30 for answers, 50 for captions).
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
    material,
    wearing,
)

BLIND_980 = [
    # photo: navy blue single-breasted blazer, two buttons, notch lapels, open over a white shirt, grey trousers,
    # white backdrop, front view; all texts by the VQA adapter
    case(
        "X980-001",
        caption("a man wearing a navy blue blazer and a white shirt"),
        wearing("a navy blazer over a white shirt and grey trousers"),
        Q.garment_type("blazer"),
        Q.color("navy blue"),
        color_of("blazer", "white", "other_garment_color", kind="open"),
        describe(
            "blazer",
            "a navy blue single breasted blazer with notch lapels and two buttons and a pocket square"
            " in the chest pocket",
            "unsupported",
        ),
        Q.sleeve_length("long sleeves"),
        title="Blackberrys Men Navy Blue Slim Fit Single-Breasted Blazer",
        category="Blazers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black nylon bomber jacket, half zipped over a grey crew-neck t-shirt, black jeans, left hand in the
    # pocket, right hand on the zip, white backdrop; VQA adapter
    case(
        "X980-002",
        caption(
            "a man wearing a black bomber jacket with a grey t - shirt underneath and black jeans standing in front"
            " of a white background with his left hand in his pocket and his right hand on the zip of his",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "jacket/coat jacket/coat jacket/coat jacket/coat jacket/coat jacket/coat jacket/coat jacket/coat",
            "loop",
            hit_limit=True,
        ),
        color_of("jacket", "black"),
        color_of("t-shirt", "grey"),
        details("jacket", "ribbed collar, ribbed cuffs and a zip front"),
        describe("jacket", "a black leather bomber jacket with a fur collar", "unsupported"),
        material("nylon"),
        title="Roadster Men Black Solid Bomber Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: khaki cotton utility jacket with four flap pockets and a drawstring waist, open over a white t-shirt,
    # blue jeans, hands in pockets, white backdrop; VQA adapter
    case(
        "X980-003",
        caption("a man in a khaki jacket and white t - shirt standing with his hands in his pockets"),
        Q.color("green", "contradiction"),
        wearing("she is wearing a khaki jacket and a white t - shirt", "pronoun"),
        details(
            "jacket",
            "four flap pockets on the front, buttoned cuffs, a drawstring waist and a detachable hood",
            "unsupported",
        ),
        is_a("jacket", "yes"),
        Q.pattern("solid"),
        title="HRX by Hrithik Roshan Men Khaki Solid Utility Jacket",
        category="Jackets",
        color="Khaki",
        gender="Men",
    ),
    # photo: charcoal grey knee-length overcoat, single-breasted, three buttons, two flap pockets, open over a light
    # blue shirt, charcoal trousers, white backdrop; VQA adapter
    case(
        "X980-004",
        caption("a man wearing a grey coat and a blue shirt"),
        wearing("a long grey coat with a blue shirt underneath"),
        Q.garment_type("coat"),
        color_of("coat", "blue", "other_garment_color", kind="open"),
        describe(
            "coat",
            "a charcoal grey knee length coat with notch lapels, three buttons, two flap pockets and a"
            " chest pocket on the left side of the coat and a",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves"),
        is_a("coat", "yes"),
        details("coat", "details of the coat", "restated"),
        title="Hangup Men Charcoal Grey Solid Overcoat",
        category="Coats",
        color="Charcoal",
        gender="Men",
    ),
    # photo: olive green quilted puffer jacket with a stand collar (no hood), zipped to the chest, a black t-shirt
    # showing at the neck, black joggers, white backdrop; VQA adapter
    case(
        "X980-005",
        caption("a man wearing an olive green puffer jacket"),
        Q.color("olive"),
        Q.pattern("striped", "contradiction"),
        wearing("jacket/coat"),
        details("jacket", "yes", "non_answer"),
        describe("jacket", "a green jacket with a hood and fur trim on the hood", "unsupported"),
        material("nylon"),
        title="Wildcraft Men Olive Green Padded Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: maroon sleeveless Nehru jacket, mandarin collar, five buttons, two welt pockets, over a white full-sleeve
    # shirt, beige trousers, white backdrop; VQA adapter
    case(
        "X980-006",
        caption("a man wearing a maroon vest and a white shirt"),
        Q.sleeve_length("sleeveless"),
        Q.garment_type("jacket"),
        color_of("vest", "white", "other_garment_color", kind="open"),
        wearing("a white shirt and a red vest"),
        details("jacket", "mandarin collar, five buttons and two welt pockets"),
        is_a("shirt", "yes", "contradiction"),
        title="Manyavar Men Maroon Nehru Jacket",
        category="Nehru Jackets",
        color="Maroon",
        gender="Men",
    ),
    # photo: light blue washed denim trucker jacket, open over a white t-shirt, black jeans, white backdrop; VQA
    # adapter
    case(
        "X980-007",
        caption("a man wearing a denim jacket and a white t - shirt"),
        wearing("denim"),
        color_of("jacket", "white", "contradiction"),
        color_of("t-shirt", "white"),
        details(
            "jacket",
            "two chest pockets with button flaps, button front, and the the the the the the the the the"
            " the the the the the the the",
            "loop",
            hit_limit=True,
        ),
        material("denim"),
        Q.pattern("solid"),
        describe("jacket", "a light blue denim jacket with a sherpa collar", "unsupported"),
        title="Levis Men Blue Denim Trucker Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: beige linen blazer, slubby texture, open over a navy polo t-shirt, white trousers, white backdrop; VQA
    # adapter
    case(
        "X980-008",
        caption("a man wearing a beige blazer and blue polo shirt"),
        Q.color("beige"),
        wearing("a beige blazer and a navy polo"),
        describe("blazer", "a blue blazer with two buttons", "other_garment_color"),
        material("linen"),
        is_a("blazer", "yes"),
        Q.sleeve_length("short sleeves", "contradiction"),
        title="Basics Men Beige Blazer Jacket",
        category="Blazers",
        color="Beige",
        gender="Men",
    ),
    # photo: black leather biker jacket, asymmetric zip, zipped pockets, belted waist, open over a white t-shirt with
    # a black graphic print, blue jeans, white backdrop; VQA adapter
    case(
        "X980-009",
        caption("a man wearing a black leather jacket and a white t - shirt with a graphic print"),
        wearing("Question: What is the person wearing? Answer: a black leather jacket", "leak"),
        color_of("jacket", "black"),
        details("jacket", "asymmetric zip, zipped pockets and a belt at the waist"),
        material("leather"),
        Q.pattern("graphic", "contradiction"),
        describe("jacket", "a white leather jacket with a zip", "other_garment_color"),
        title="Bareskin Men Black Leather Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: grey melange hooded zip jacket, zipped halfway over a black t-shirt, black track pants, white backdrop;
    # VQA adapter
    case(
        "X980-010",
        caption("a man wearing a grey hoodie and black pants"),
        Q.garment_type("hoodie"),
        color_of("jacket", "black", "contradiction"),
        wearing("he is wearing a grey hoodie", who="he"),
        describe(
            "jacket",
            "a grey hooded jacket with a zipper and a zipper and a zipper and a zipper and a zipper and"
            " a zipper and a zipper",
            "loop",
            hit_limit=True,
        ),
        details("jacket", "the jacket has details", "restated"),
        Q.sleeve_length("long sleeves"),
        title="Puma Men Grey Melange Hooded Jacket",
        category="Jackets",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: navy blazer with a thin white windowpane check, notch lapels, two buttons, flap pockets, no pocket
    # square, over a white shirt with the top button open, navy trousers, brown leather belt, white backdrop; VQA
    # adapter
    case(
        "X980-011",
        caption("a man in a blue plaid blazer and white shirt"),
        Q.pattern("checked"),
        Q.color("navy blue"),
        wearing(
            "a navy blue checked blazer with two buttons, a white shirt with the top button open, navy trousers and"
            " a brown leather belt with a",
            "cut",
            hit_limit=True,
        ),
        describe("blazer", "a striped blue blazer with a white shirt", "contradiction"),
        details("blazer", "notch lapel, two buttons, flap pockets and a pocket square", "unsupported"),
        is_a("blazer", "yes"),
        title="Louis Philippe Men Navy Checked Slim Fit Blazer",
        category="Blazers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: tan brown suede trucker jacket, open over a black t-shirt, blue jeans, white backdrop; VQA adapter
    case(
        "X980-012",
        caption("a man wearing a brown jacket and a black shirt"),
        Q.color("brown"),
        color_of("jacket", "black", "other_garment_color", kind="open"),
        wearing("a brown jacket over a black t - shirt"),
        material("suede"),
        is_a("jacket", "no", "contradiction"),
        details(
            "jacket",
            "two chest pockets, button closure, and the sleeves, the collar, the pockets, the sleeves,"
            " the collar, the pockets, the sleeves, the",
            "loop",
            hit_limit=True,
        ),
        title="Mast & Harbour Men Tan Brown Suede Jacket",
        category="Jackets",
        color="Tan",
        gender="Men",
    ),
    # photo: red hooded windrunner jacket, zipped, white chevron panel across the chest, a white t-shirt hem below,
    # black trousers, white backdrop; VQA adapter
    case(
        "X980-013",
        caption("a man wearing a red jacket with a hood"),
        Q.color("red"),
        wearing("she is wearing a red jacket", "pronoun"),
        describe("jacket", "a red hooded jacket with a zip front and a white chevron across the chest"),
        details("jacket", "red", "non_answer"),
        is_a("jacket", "yes"),
        material("polyester"),
        title="Nike Men Red Windrunner Jacket",
        category="Jackets",
        color="Red",
        gender="Men",
    ),
    # photo: white linen-blend blazer, open over a light pink shirt, beige chinos, white backdrop; VQA adapter
    case(
        "X980-014",
        caption("a man in a white blazer and pink shirt"),
        color_of("blazer", "pink", "contradiction"),
        color_of("shirt", "pink"),
        wearing("a white blazer, a pink shirt and beige pants"),
        describe("blazer", "a white blazer with black piping on the lapels", "unsupported"),
        details("blazer", "the blazer has blazer details", "restated"),
        material("linen"),
        title="Mr Button Men White Linen Blazer",
        category="Blazers",
        color="White",
        gender="Men",
    ),
    # photo: camel brown double-breasted trench coat, belted, epaulettes, over a white shirt, black trousers, black
    # shoes, hands in pockets, full body, white backdrop; VQA adapter
    case(
        "X980-015",
        caption(
            "a man wearing a brown trench coat with a belt and a white shirt and black pants and a pair of black"
            " shoes standing in front of a white background with his hands in his pockets and his",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("coat"),
        color_of("coat", "brown"),
        details("coat", "double breasted buttons, a belt at the waist, epaulettes on the shoulders"),
        wearing("a long coat with a fur collar", "unsupported"),
        is_a("dress", "yes", "contradiction"),
        title="Dennis Lingo Men Camel Brown Solid Trench Coat",
        category="Jackets",
        color="Brown",
        gender="Men",
    ),
    # photo: black single-breasted blazer, notch lapels, two buttons, over a black crew-neck t-shirt, black trousers,
    # white backdrop; VQA adapter
    case(
        "X980-016",
        caption("a man wearing a black blazer and a black t - shirt"),
        Q.color("black"),
        color_of("t-shirt", "black"),
        wearing("a black suit jacket over a black t - shirt"),
        describe("blazer", "a blazer", "non_answer"),
        details("blazer", "peak lapels, one button and a satin trim", "unsupported"),
        Q.pattern("solid"),
        title="Van Heusen Men Black Slim Fit Blazer",
        category="Blazers",
        color="Black",
        gender="Men",
    ),
    # photo: mustard yellow corduroy jacket, plain (no print), open over a white t-shirt, blue jeans, white backdrop;
    # VQA adapter
    case(
        "X980-017",
        caption("a man wearing a yellow jacket and a white t - shirt"),
        Q.color("mustard"),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        wearing("a yellow jacket Question: What is the color of the t - shirt? Answer: white", "leak"),
        material("corduroy"),
        details("jacket", "button front, two chest pockets and a sherpa lining", "unsupported"),
        Q.pattern("striped", "contradiction"),
        Q.sleeve_length("long sleeves"),
        title="Roadster Men Mustard Yellow Corduroy Jacket",
        category="Jackets",
        color="Mustard",
        gender="Men",
    ),
    # photo: teal hooded rain jacket with white three stripes on the sleeves, zipped, over a grey t-shirt (collar
    # visible), black track pants, white backdrop; VQA adapter
    case(
        "X980-018",
        caption("a man wearing a blue rain jacket"),
        Q.color("teal"),
        wearing("a grey jacket with white stripes on the sleeves", "other_garment_color"),
        color_of("t-shirt", "teal", "contradiction"),
        details("jacket", "hood, zip front, and three stripes on the sleeves"),
        Q.garment_type("jacket"),
        describe(
            "jacket",
            "a blue jacket with white stripes on the sleeves and a hood and a zip on the front and a"
            " logo on the chest and a logo on the chest and a",
            "loop",
            hit_limit=True,
        ),
        title="ADIDAS Men Ess 3s Rainjkt Teal Jackets",
        category="Rain Jacket",
        color="Teal",
        gender="Men",
    ),
    # photo: coffee brown leather jacket, zipped chest pocket, snap collar, zip cuffs, open over a navy t-shirt,
    # dark jeans, white backdrop; VQA adapter
    case(
        "X980-019",
        caption("a man wearing a brown leather jacket and a blue shirt"),
        color_of("jacket", "brown"),
        wearing("a brown leather jacket and a brown t - shirt", "contradiction"),
        details("jacket", "zipped chest pocket, snap collar and zip cuffs"),
        material("leather"),
        Q.pattern("solid"),
        describe(
            "jacket",
            "a dark brown leather jacket with a zipped chest pocket, a snap collar, zipped cuffs and a"
            " zip front that is open over a navy t - shirt with a round",
            "cut",
            hit_limit=True,
        ),
        color_of("jacket", "blue", "other_garment_color", kind="open"),
        title="Teakwood Leathers Men Coffee Brown Leather Jacket",
        category="Jackets",
        color="Coffee Brown",
        gender="Men",
    ),
    # photo: light grey herringbone tweed blazer, front view (elbows not visible), over a light blue denim shirt,
    # dark grey trousers, white backdrop; VQA adapter
    case(
        "X980-020",
        caption("a man wearing a grey blazer and a blue shirt"),
        wearing("a grey jacket"),
        Q.color("blue", "contradiction"),
        describe(
            "blazer",
            "a grey blazer with a blue shirt and a blue shirt and a blue shirt and a blue shirt and a"
            " blue shirt and a blue shirt and a",
            "loop",
            hit_limit=True,
        ),
        material("tweed"),
        details("blazer", "elbow patches", "unsupported"),
        Q.sleeve_length("long sleeves"),
        title="Peter England Men Grey Tweed Blazer",
        category="Blazers",
        color="Grey",
        gender="Men",
    ),
    # photo: navy quilted sleeveless gilet, zipped halfway, over a white-and-blue checked full-sleeve shirt, beige
    # chinos, white backdrop; VQA adapter
    case(
        "X980-021",
        caption("a man wearing a blue vest and a checkered shirt"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.garment_type("vest"),
        color_of("vest", "navy blue"),
        wearing("a white vest over a checked shirt", "other_garment_color"),
        Q.pattern("checked", "contradiction"),
        details("vest", "the vest is a vest", "restated"),
        title="U.S. Polo Assn. Men Navy Blue Quilted Sleeveless Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: olive green cotton field jacket with a point collar (no hood), open over a black henley t-shirt, beige
    # chinos, white backdrop; VQA adapter
    case(
        "X980-022",
        caption("a man wearing a green jacket and black shirt"),
        wearing("he is wearing a green jacket and a black shirt and beige pants", who="he"),
        color_of("jacket", "black", "other_garment_color", kind="open"),
        Q.color("olive"),
        describe(
            "jacket", "an olive green jacket with a hood that is attached to the jacket with a zipper", "unsupported"
        ),
        material("cotton"),
        title="Nike Men Casual Olive Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: black-and-white houndstooth blazer, two buttons, notch lapels, over a black t-shirt, black trousers with
    # a black belt and silver buckle, black shoes with white soles, full body, white backdrop; VQA adapter
    case(
        "X980-023",
        caption("a man wearing a black and white checkered jacket"),
        Q.pattern("checked"),
        Q.color("black"),
        color_of("t-shirt", "black"),
        describe("blazer", "a black and white houndstooth blazer with two buttons and notch lapels"),
        wearing(
            "a black and white jacket, a black t - shirt, black pants and black shoes with white soles and white"
            " laces and a black belt with a silver",
            "cut",
            hit_limit=True,
        ),
        is_a("blazer", "yes"),
        title="Hangup Men Black & White Houndstooth Blazer",
        category="Blazers",
        color="Black",
        gender="Men",
    ),
    # photo: cream bandhgala blazer with a mandarin collar and gold buttons, over a white shirt (collar tips visible),
    # cream trousers, white backdrop; VQA adapter
    case(
        "X980-024",
        caption("a man in a white jacket with gold buttons"),
        Q.color("cream"),
        Q.garment_type("blazer"),
        wearing(
            "a white suit and a white suit and a white suit and a white suit and a white suit and a white suit and"
            " a white suit and a",
            "loop",
            hit_limit=True,
        ),
        details("blazer", "mandarin collar with gold buttons on the front"),
        describe(
            "blazer", "a white blazer with gold buttons Question: Describe the shirt. Answer: a white shirt", "leak"
        ),
        color_of("blazer", "gold", "contradiction", kind="open"),
        title="Manyavar Men Cream Bandhgala Blazer",
        category="Blazers",
        color="Cream",
        gender="Men",
    ),
    # photo: indigo blue denim blazer, two buttons, two patch pockets, open over a white t-shirt, grey jeans, white
    # backdrop; VQA adapter; the feed row has no gender
    case(
        "X980-025",
        caption("a man wearing a blue blazer and white t - shirt"),
        wearing("blouse/shirt", "contradiction"),
        color_of("blazer", "blue"),
        color_of("t-shirt", "white"),
        describe("blazer", "a white blazer with two buttons", "other_garment_color"),
        material("denim"),
        details(
            "blazer",
            "two buttons and two patch pockets and two buttons and two patch pockets and two buttons and"
            " two patch pockets and two",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves"),
        title="Mast & Harbour Men Blue Denim Blazer",
        category="Blazers",
        color="Blue",
    ),
    # photo: burgundy velvet tuxedo blazer with black satin shawl lapels and a single button, over a white shirt with
    # a black bow tie, black trousers, white backdrop; VQA adapter
    case(
        "X980-026",
        caption("a man in a red velvet jacket and a bow tie"),
        Q.color("burgundy"),
        wearing("a red jacket and a white shirt and a black bow tie"),
        color_of("blazer", "black", "contradiction", kind="open"),
        material("velvet"),
        details(
            "blazer",
            "shawl collar with black satin lapels and a single gold button and gold buttons on the cuffs",
            "unsupported",
        ),
        Q.pattern("solid"),
        title="Raymond Men Burgundy Velvet Tuxedo Blazer",
        category="Blazers",
        color="Burgundy",
        gender="Men",
    ),
    # photo: light grey melange jersey-knit blazer, two buttons, patch pockets, over a white crew-neck t-shirt, blue
    # jeans, white backdrop; VQA adapter
    case(
        "X980-027",
        caption("a man wearing a grey blazer and a white t - shirt and blue jeans"),
        wearing("she is wearing a grey blazer and a white shirt", "pronoun"),
        Q.color("grey"),
        describe("blazer", "grey", "non_answer"),
        details(
            "blazer",
            "two buttons, two patch pockets and a chest pocket Question: What material is the blazer"
            " made of? Answer: cotton",
            "leak",
        ),
        material("wool", "unsupported"),
        is_a("jacket", "yes"),
        color_of("blazer", "white", "other_garment_color", kind="open"),
        title="Blackberrys Men Grey Melange Knit Blazer",
        category="Blazers",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: black hooded puffer jacket, open over a red t-shirt, black jeans, two zipped hip pockets, white
    # backdrop; VQA adapter
    case(
        "X980-028",
        caption("a man wearing a black puffer jacket with a hood and a red t - shirt"),
        color_of("jacket", "red", "other_garment_color", kind="open"),
        Q.color("black"),
        wearing("jacket/coat"),
        describe(
            "jacket",
            "a black puffer jacket with a hood and a red shirt and a red shirt and a red shirt and a"
            " red shirt and a red shirt and a red",
            "loop",
            hit_limit=True,
        ),
        details("jacket", "a hood, a zip, two zipped pockets at the hips and a detachable fur trim", "unsupported"),
        Q.sleeve_length("long sleeves"),
        is_a("jacket", "yes"),
        title="Puma Men Black Padded Hooded Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: blue and grey colour-blocked track jacket (blue body, grey shoulder panels, no stripes), zipped halfway
    # over a white t-shirt, navy track pants, white backdrop; VQA adapter
    case(
        "X980-029",
        caption("a man wearing a blue and grey jacket"),
        Q.pattern("solid", "contradiction"),
        color_of("jacket", "blue"),
        wearing("a blue and grey track jacket and a white t - shirt"),
        details("jacket", "white stripes on the sleeves", "unsupported"),
        describe("jacket", "Question: Describe the jacket. Answer: a blue jacket", "leak"),
        title="ADIDAS Men Blue & Grey Colourblocked Track Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: charcoal double-breasted wool blazer, six buttons, peak lapels, over a light blue shirt and a navy tie
    # with a silver tie clip, charcoal trousers, white backdrop; VQA adapter
    case(
        "X980-030",
        caption("a man in a grey suit jacket with a blue shirt and tie"),
        Q.color("charcoal"),
        color_of("shirt", "blue"),
        wearing(
            "a grey double breasted suit with six buttons, a light blue shirt, a navy tie with a tie clip and grey"
            " trousers with a crease down the",
            "cut",
            hit_limit=True,
        ),
        describe(
            "blazer",
            "a double breasted grey blazer with six buttons and peak lapels and a white pocket square",
            "unsupported",
        ),
        details("blazer", "a blue blazer", "other_garment_color"),
        Q.garment_type("shirt", "contradiction"),
        title="Arrow Men Charcoal Grey Double-Breasted Blazer",
        category="Blazers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: olive bomber jacket with an orange lining showing at the open front, a zip pocket on the left sleeve,
    # over a white t-shirt with black lettering, blue jeans, white sneakers, full body, white backdrop; VQA adapter
    case(
        "X980-031",
        caption("a man wearing a green bomber jacket with an orange lining and a white t - shirt"),
        Q.color("orange", "contradiction"),
        color_of("jacket", "green"),
        wearing("she is wearing a green jacket and a white shirt with a black print", "pronoun"),
        details("jacket", "ribbed collar and cuffs, a zip on the front and a zip pocket on the left sleeve"),
        describe(
            "jacket",
            "a green jacket with an orange lining and a white t - shirt with black writing on it and a"
            " pair of blue jeans and a pair of white",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves"),
        title="Flying Machine Men Olive Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: blue sleeveless Nehru jacket with a small white paisley print, mandarin collar, button front, over a
    # white shirt, white trousers, white backdrop; VQA adapter
    case(
        "X980-032",
        caption("a man wearing a blue vest with a pattern on it"),
        Q.pattern("printed"),
        Q.sleeve_length("sleeveless"),
        wearing("a white shirt and a blue printed waistcoat"),
        describe("jacket", "a blue jacket with long sleeves and a zip", "contradiction"),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        details(
            "jacket",
            "mandarin collar and a button front and a the the the the the the the the the the the the",
            "loop",
            hit_limit=True,
        ),
        title="Showoff Men Blue Printed Nehru Jacket",
        category="Nehru Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: grey wool longline overcoat, knee length, open over a black crew-neck t-shirt, black jeans, white
    # backdrop; VQA adapter; the feed row has no category
    case(
        "X980-033",
        caption("a man wearing a grey coat and black t - shirt"),
        wearing("a grey coat over a black t - shirt and black jeans"),
        color_of("coat", "grey"),
        describe("coat", "a black coat", "other_garment_color"),
        details("coat", "the coat details are the coat", "restated"),
        material("wool Question: What is the color of the coat? Answer: grey", "leak"),
        is_a("coat", "no", "contradiction"),
        title="Roadster Men Grey Solid Longline Overcoat",
        color="Grey",
        gender="Men",
    ),
    # photo: red-and-black buffalo check shacket with two flap chest pockets, open over a black t-shirt, blue jeans,
    # white backdrop; VQA adapter
    case(
        "X980-034",
        caption("a man wearing a red and black plaid shirt"),
        Q.pattern("checked"),
        Q.garment_type("jacket"),
        color_of("jacket", "red"),
        wearing("a red and black checked jacket Question: What is the color of the t - shirt? Answer: black", "leak"),
        describe("jacket", "a red and black checked overshirt with two chest pockets"),
        color_of("t-shirt", "red", "contradiction"),
        material("flannel"),
        title="Highlander Men Red & Black Checked Shacket",
        category="Jackets",
        color="Red",
        gender="Men",
    ),
    # photo: white track jacket with navy stripes down the sleeves, zipped halfway over a navy t-shirt, navy track
    # pants, white backdrop, front view; VQA adapter
    case(
        "X980-035",
        caption("a man wearing a white jacket with blue stripes"),
        Q.color("white"),
        Q.pattern("striped"),
        wearing("a white jacket and a blue shirt"),
        color_of("jacket", "blue", "other_garment_color", kind="open"),
        details(
            "jacket",
            "stripes on the sleeves, stripes on the sleeves, stripes on the sleeves, stripes on the"
            " sleeves, stripes on the",
            "loop",
            hit_limit=True,
        ),
        describe("jacket", "a white track jacket with a big logo on the back", "unsupported"),
        is_a("jacket", "yes"),
        title="ADIDAS Originals Men ST FB Track Top White Jacket",
        category="Jackets",
        color="White",
        gender="Men",
    ),
    # photo: khaki harrington jacket with a red tartan lining showing at the open front, stand collar with two
    # buttons, zip front, slanted pockets, over a navy t-shirt, dark blue jeans, hands by his sides, white
    # backdrop; VQA adapter
    case(
        "X980-036",
        caption(
            "a man wearing a beige jacket with a plaid lining and a navy blue t - shirt and dark blue jeans"
            " standing in front of a white background with his hands by his sides and the jacket open at the front"
            " and the",
            "cut",
            hit_limit=True,
        ),
        Q.color("khaki"),
        wearing("a blue jacket", "other_garment_color"),
        Q.pattern("checked", "contradiction"),
        describe("jacket", "beige", "non_answer"),
        details(
            "jacket",
            "a stand collar with two buttons, a zip front and slanted pockets and a fur lined collar",
            "unsupported",
        ),
        material("cotton"),
        title="Turtle Solid Men Khaki Jacket",
        category="Jackets",
        color="Khaki",
        gender="Men",
    ),
    # photo: black blazer with thin white pinstripes, notch lapels, over a white t-shirt, black trousers, white
    # backdrop; VQA adapter
    case(
        "X980-037",
        caption("a man in a black striped blazer and a white t - shirt"),
        Q.pattern("striped"),
        Q.color("black"),
        wearing("a black and white blazer and a white t - shirt"),
        describe("blazer", "a white blazer with black stripes", "contradiction"),
        details("blazer", "the details of the blazer are the details of the blazer", "restated"),
        Q.sleeve_length("long sleeves"),
        title="Hangup Men Black Pinstriped Blazer",
        category="Blazers",
        color="Black",
        gender="Men",
    ),
    # photo: sky blue cotton blazer, two buttons, flap pockets, front view, over a white shirt, white trousers, white
    # backdrop; VQA adapter
    case(
        "X980-038",
        caption("a man wearing a light blue blazer and white shirt"),
        Q.color("blue"),
        wearing("he is wearing a light blue blazer and a white shirt", who="he"),
        color_of("shirt", "white"),
        describe(
            "blazer",
            "a light blue blazer with two buttons Question: What is the color of the blazer? Answer: light blue",
            "leak",
        ),
        Q.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton"
            " cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton"
            " cotton cotton",
            "loop",
            hit_limit=True,
        ),
        details("blazer", "two buttons, flap pockets and a brown suede elbow patch", "unsupported"),
        title="Marks & Spencer Men Blue Cotton Blazer",
        category="Blazers",
        color="Blue",
        gender="Men",
    ),
    # photo: jet black denim jacket (not faded), silver buttons, flap chest pockets, open over a white t-shirt, black
    # jeans, white backdrop; VQA adapter
    case(
        "X980-039",
        caption("a man in a black denim jacket and white t - shirt"),
        Q.color("black"),
        wearing("denim"),
        color_of("jacket", "grey", "contradiction"),
        details("jacket", "silver buttons and chest pockets with flaps"),
        describe("jacket", "she is wearing a black denim jacket with a white t - shirt", "pronoun"),
        material("denim"),
        title="Wrangler Men Black Denim Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: brown glen-check blazer, notch lapels, over a cream crew-neck t-shirt, dark brown trousers, white
    # backdrop; VQA adapter
    case(
        "X980-040",
        caption("a man wearing a brown plaid jacket and a white t - shirt"),
        Q.pattern("checked"),
        Q.color("brown"),
        color_of("t-shirt", "white"),
        wearing("a brown jacket and a brown t - shirt", "contradiction"),
        describe(
            "blazer",
            "a brown checked blazer with notch lapels and a brown checked blazer with notch lapels and"
            " a brown checked blazer with",
            "loop",
            hit_limit=True,
        ),
        details("blazer", "no", "non_answer"),
        title="Blackberrys Men Brown Checked Blazer",
        category="Blazers",
        color="Brown",
        gender="Men",
    ),
    # photo: navy blue suit waistcoat, five buttons, two welt pockets and a chest welt pocket (no chain), over a
    # white shirt, grey trousers, white backdrop; VQA adapter
    case(
        "X980-041",
        caption("a man wearing a blue vest and a white shirt"),
        Q.garment_type("vest"),
        Q.sleeve_length("sleeveless"),
        wearing("a white shirt and a navy vest and grey pants"),
        color_of("vest", "white", "contradiction"),
        describe(
            "vest",
            "a white shirt with a blue vest and a white shirt with a blue vest and a white shirt with a"
            " blue vest and a white shirt",
            "loop",
            hit_limit=True,
        ),
        details("vest", "five buttons, two welt pockets and a chest pocket with a gold chain", "unsupported"),
        title="Park Avenue Men Navy Blue Waistcoat",
        category="Waistcoat",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: rust orange puffer jacket with a stand collar, zipped halfway over a black t-shirt, black jeans, white
    # backdrop; VQA adapter
    case(
        "X980-042",
        caption("a man wearing an orange puffer jacket"),
        Q.color("orange"),
        color_of("jacket", "black", "other_garment_color", kind="open"),
        wearing("jacket/coat Question: What is the color of the jacket/coat? Answer: orange", "leak"),
        details("jacket", "a zip front, a stand collar and a hidden hood in the collar", "unsupported"),
        material("down feathers", "unsupported"),
        Q.sleeve_length("long sleeves"),
        title="Fort Collins Men Rust Orange Solid Puffer Jacket",
        category="Jackets",
        color="Rust",
        gender="Men",
    ),
    # photo: light grey slim blazer, two buttons, notch lapels, over a navy polo t-shirt, white chinos, white
    # backdrop; VQA adapter; the feed row has no color column
    case(
        "X980-043",
        caption("a man in a grey suit jacket and a blue polo shirt"),
        Q.color("grey"),
        wearing("a blue blazer and a grey polo shirt", "other_garment_color"),
        color_of("blazer", "navy blue", "contradiction"),
        describe("blazer", "a light grey blazer with two buttons and notch lapels"),
        details("blazer", "yes", "non_answer"),
        is_a("blazer", "yes"),
        title="Theme Men Light Grey Slim Fit Blazer",
        category="Blazers",
        gender="Men",
    ),
    # photo: black nylon hooded windcheater, half zip, reflective logo on the chest, kangaroo pocket, elastic cuffs,
    # over a white t-shirt, black track pants, cropped at the thigh, no cap, white backdrop; VQA adapter
    case(
        "X980-044",
        caption("a man wearing a white jacket with a hood", "other_garment_color"),
        Q.color("black"),
        wearing("he is wearing a black jacket with a white t - shirt and a black cap", "unsupported", who="he"),
        describe("jacket", "a black hooded windcheater with a half zip and a reflective logo on the chest"),
        details("jacket", "yes", "non_answer"),
        color_of("t-shirt", "white"),
        material("nylon"),
        title="HRX by Hrithik Roshan Men Black Windcheater Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: maroon hooded zip fleece jacket with white three stripes on the sleeves and a white logo on the left
    # chest, open over a grey t-shirt, black track pants, white backdrop; VQA adapter
    case(
        "X980-045",
        caption("a man wearing a red jacket and grey t - shirt"),
        Q.color("maroon"),
        color_of("jacket", "grey", "other_garment_color", kind="open"),
        wearing("a maroon zip up jacket"),
        details(
            "jacket",
            "a zip and the zip and the zip and the zip and the zip and the zip and the zip and the zip and the",
            "loop",
            hit_limit=True,
        ),
        describe(
            "jacket",
            "a maroon jacket with a hood and a zip and two pockets at the front and white three stripes"
            " on the sleeves and a white logo on the left chest and a",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        title="ADIDAS Men Solid Maroon Jackets",
        category="Jackets",
        color="Maroon",
        gender="Men",
    ),
    # photo: olive green camouflage print bomber jacket (olive, khaki and black patches), ribbed collar, cuffs and
    # hem, open over a black t-shirt, black jeans, white backdrop; VQA adapter
    case(
        "X980-046",
        caption("a man wearing a camouflage jacket and a black t - shirt"),
        Q.pattern("printed"),
        Q.color("black", "contradiction"),
        color_of("jacket", "camouflage", kind="open"),
        wearing("she is wearing a camo jacket", "pronoun"),
        describe("jacket", "a camouflage bomber jacket with ribbed cuffs, collar and hem"),
        details(
            "jacket",
            "a camouflage print on the front and the back and the sleeves and the collar and the cuffs"
            " and the hem and the pockets and the",
            "cut",
            hit_limit=True,
        ),
        title="Roadster Men Olive Green Camouflage Print Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
]
