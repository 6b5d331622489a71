"""BLIND_565 (46 products; Myntra men's casual night, models in full outfits): written blind in the fifty-first session.
Measured blind at 300f50e (the session's rules as they stood): 118/131 failures found (90.1%) and 5/186 correct texts
flagged (2.7%). The writer's notes, verbatim:

Scenario: a Myntra men's casual feed (t-shirts: round neck, polo, henley, oversized, graphic; casual and formal
shirts; jeans, chinos, cargo trousers, shorts, joggers, track pants; sweatshirts, hoodies, denim and bomber jackets).
Catalog photos on a white or light grey studio backdrop, a male model in a full outfit (the product plus other
garments, shoes, sometimes a belt, a watch or sunglasses in hand), mostly front views, one back view. Seller columns
are title, category (Myntra article_type), color (base_colour) and gender; one row lacks color, one lacks gender, one
lacks category.

Who wrote what: the captions are the untuned blip2-opt-2.7b base (short, lowercase, one clause, stops on its own;
pale colors drift to white, charcoal to black). The open questions (What is the man wearing? Describe the X. What
are the X details? What is the color of the pants/shorts/jacket? What material is it made of?) are the VQA LoRA
adapter (Data3_V3_BLIP2_VQA) with greedy decoding and 30 new tokens: trained without an end token, it often runs to
the limit, looping a phrase or a word, stopping mid-phrase, or writing the next `Question: ... Answer:` pair; it
also gives the pants the shirt's color, invents pockets, hoods, patches and fabrics, answers in one word, and says
"she". Closed questions (garment type, color, pattern, sleeve length, "Is this a ...?") come from enrich's reference
engine, which picks one candidate value: never loops or cuts, but sometimes picks the wrong one.

Labeling conventions and judgement calls:
- One label per text, the most visible failure: a loop that also invents a detail is "loop"; a leak that repeats
  a correct answer is still "leak"; a leak or loop that ran to 30 tokens also has hit_limit=True.
- "cut": ran to the 30-token limit and stops mid-phrase without repeating itself; the words before the cut are right.
- "other_garment_color": a color question (open or closed) answered with the color of another garment in the same
  photo (the tee's color for the pants, the inner tee's color for an open jacket). A wrong color that no garment in
  the photo has, a print's color, or a lining's color is "contradiction".
- "contradiction": a wrong color, garment type, pattern or sleeve length against the photo and the seller columns,
  including base-model captions that call light pink "white", charcoal "black", black jeans "blue", or an open
  overshirt a "jacket"; a closed "yes" to "Is this a hoodie?" when the hoodie is worn under the product.
- "unsupported": details the photo does not show (a hood, zipper, chest pocket, cufflinks, patch, text on a print,
  rips on clean jeans, the front of a garment seen from the back, a button fly hidden by an untucked shirt), and
  fabrics that neither the title nor the photo supports (silk, wool, rayon, nylon, leather on a satin bomber).
  Material answers count as correct only where the title names the fabric or it is plainly visible (denim, corduroy).
- "non_answer": a one-word or yes/no reply to an open describe/details question ("grey", "shirt", "stripes",
  "yes"), or the question's own words back with nothing added ("the shorts are short", "the pants are pants").
- "restated": a sentence built from the question that names no property ("the shirt details are the details on
  the shirt", "it is made of the material").
- "pronoun": "she"/"her" or "a woman" for a male model (gender Men); the row without gender has no pronoun text.
- Colors within a shade family count as right (lavender/purple, teal/blue, maroon/red, beige/khaki/tan, olive/green,
  charcoal/dark grey); a vague but true answer ("a t-shirt and shorts") is correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, question, wearing

GT = BLIND_QUESTIONS.garment_type
COL = BLIND_QUESTIONS.color
PAT = BLIND_QUESTIONS.pattern
SLV = BLIND_QUESTIONS.sleeve_length
MAT = question("material", "What material is it made of?", "open")


def W(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="the man", hit_limit=hit_limit)


def pants(text, failure=None, hit_limit=False):
    return color_of("pants", text, failure, kind="open", hit_limit=hit_limit)


def shorts(text, failure=None, hit_limit=False):
    return color_of("shorts", text, failure, kind="open", hit_limit=hit_limit)


BLIND_565 = [
    # photo: navy blue round-neck short-sleeve tee, plain, on a model in light blue jeans and white sneakers, white
    # backdrop, front view. Caption: base model; open answers: VQA LoRA; closed: reference engine.
    case(
        "X565-001",
        caption("a man wearing a navy blue t-shirt and jeans"),
        W("a navy blue t-shirt and light blue jeans"),
        describe("shirt", "navy blue round neck t-shirt with short sleeves"),
        details(
            "shirt",
            "the t-shirt has a round neck, short sleeves, a chest pocket on the left side, a chest pocket on the left"
            " side, a chest pocket on",
            "loop",
            hit_limit=True,
        ),
        pants("light blue"),
        COL("navy blue"),
        GT("polo shirt", "contradiction"),
        MAT("nylon", "unsupported"),
        title="Roadster Men Navy Blue Solid Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: white pique polo tee with a green-tipped collar and two-button placket, tucked into khaki chinos, brown
    # loafers, light grey backdrop. Caption: base; open: VQA LoRA; closed: reference engine.
    case(
        "X565-002",
        caption("a man in a white polo shirt and khaki pants"),
        W("a white polo shirt and beige chinos"),
        describe("shirt", "white polo t-shirt with a green tipped collar and two buttons at the placket"),
        details(
            "shirt",
            "the shirt has a collar, a collar, a collar, a collar, a collar, a collar, a collar, a collar, a collar,"
            " a collar",
            "loop",
            hit_limit=True,
        ),
        pants("white", "other_garment_color"),
        COL("white"),
        SLV("short sleeves"),
        title="U.S. Polo Assn. Men White Solid Polo Collar T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: black round-neck tee with a white-and-orange tiger head print on the chest (no lettering), black slim
    # ripped jeans, black boots, white backdrop. Caption: base; open: VQA LoRA; closed: reference engine.
    case(
        "X565-003",
        caption("a man wearing a black t-shirt with a tiger on it"),
        W("a black graphic t-shirt and black jeans"),
        describe("shirt", "black t-shirt with a white and orange tiger print on the front"),
        details("shirt", "the print on the front says wild in red letters", "unsupported"),
        pants("blue", "contradiction"),
        PAT("printed"),
        MAT("it is made of the material", "restated"),
        title="HRX by Hrithik Roshan Men Black Printed Round Neck T-Shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: olive green long-sleeve henley tee with a three-button placket and ribbed cuffs, dark indigo jeans, tan
    # boots, white backdrop. Caption: base; open: VQA LoRA; closed: reference engine.
    case(
        "X565-004",
        caption("a man in an olive green shirt and jeans posing for a photo"),
        W("he is wearing an olive henley t-shirt with long sleeves and dark blue jeans"),
        describe("shirt", "olive green henley with a button placket and long sleeves"),
        details(
            "shirt",
            "three buttons on the placket, long sleeves, ribbed cuffs, a round neck with a placket, three buttons on"
            " the placket, long sleeves, ribbed cuffs,",
            "loop",
            hit_limit=True,
        ),
        SLV("short sleeves", "contradiction"),
        COL("olive"),
        GT("t-shirt"),
        title="WROGN Men Olive Green Solid Henley Neck T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: oversized lavender drop-shoulder tee with small white "MONDAY" text on the chest, black cargo joggers,
    # white sneakers, white backdrop, front view. Caption: base; open: VQA LoRA; closed: reference engine.
    case(
        "X565-005",
        caption("a man wearing a purple t-shirt and black pants"),
        W("she is wearing a purple t-shirt and black pants", "pronoun"),
        describe("shirt", "oversized lavender t-shirt with dropped shoulders and small white text on the chest"),
        details(
            "shirt",
            "the shirt has a small white text on the chest, dropped shoulders, and a small white text on the chest,"
            " dropped shoulders, and a small white",
            "loop",
            hit_limit=True,
        ),
        pants("black"),
        COL("pink", "contradiction"),
        title="Bewakoof Men Lavender Typography Printed Oversized T-shirt",
        category="Tshirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: blue-and-white vertical striped casual shirt, long sleeves rolled to the elbows, one plain chest pocket,
    # white chinos, white backdrop. Caption: base; open: VQA LoRA; closed: reference engine.
    case(
        "X565-006",
        caption("a man in a blue and white striped shirt and white pants"),
        W("she is wearing a blue and white striped shirt and white pants", "pronoun"),
        describe("shirt", "blue and white striped shirt with long sleeves rolled up to the elbows"),
        details(
            "shirt",
            "the shirt has a button down collar, a chest pocket, and a chest pocket with a flap, and a chest pocket"
            " with a flap, and a",
            "loop",
            hit_limit=True,
        ),
        pants("white"),
        PAT("solid", "contradiction"),
        SLV("long sleeves"),
        title="Highlander Men Blue & White Slim Fit Striped Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: plain white full-sleeve formal shirt with a spread collar, tucked into charcoal formal trousers, black
    # belt, hands in pockets, white backdrop. Caption: base; open: VQA LoRA; closed: reference engine.
    case(
        "X565-007",
        caption("a man in a white shirt and grey pants standing with his hands in his pockets"),
        W("a white formal shirt tucked into grey trousers with a black belt"),
        describe("shirt", "white shirt with a spread collar and long sleeves"),
        details(
            "shirt",
            "Question: What are the shirt details? Answer: white shirt with a collar Question: What are the shirt"
            " details? Answer: white shirt",
            "leak",
            hit_limit=True,
        ),
        pants("grey"),
        GT("shirt"),
        PAT("striped", "contradiction"),
        MAT("silk", "unsupported"),
        title="Peter England Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: light-wash blue skinny jeans, clean (no rips), light fading on the thighs, white crew tee, grey
    # sneakers, white backdrop. Caption: base; open: VQA LoRA; closed: reference engine.
    case(
        "X565-008",
        caption("a man wearing a white t-shirt and blue jeans"),
        W("a white t-shirt and blue jeans"),
        describe("jeans", "light blue skinny jeans with a mid rise and light fading on the thighs"),
        details("jeans", "the jeans are ripped at the knees and have a distressed hem", "unsupported"),
        pants("white", "other_garment_color"),
        GT("jeans"),
        COL("black", "contradiction"),
        MAT("denim"),
        title="Roadster Men Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: beige slim chinos, navy blue full-sleeve shirt half tucked, brown loafers, white backdrop. Caption: base;
    # open: VQA LoRA; closed: reference engine.
    case(
        "X565-009",
        caption("a man in a blue shirt and tan pants"),
        W("a navy blue shirt and beige chinos"),
        describe(
            "pants",
            "beige chino trousers with a slim fit, slanted pockets at the front, belt loops and a button closure at"
            " the waist, the hem is",
            "cut",
            hit_limit=True,
        ),
        details("pants", "the pants are pants", "non_answer"),
        pants("navy blue", "other_garment_color"),
        COL("beige"),
        is_a("pair of jeans", "no"),
        title="Mast & Harbour Men Beige Slim Fit Solid Chinos",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: olive loose-fit cargo trousers with flap pockets on both legs, belt loops, open hems (no ankle cuffs),
    # black crew tee, black sneakers, white backdrop. Caption: base; open: VQA LoRA; closed: reference engine.
    case(
        "X565-010",
        caption("a man wearing a black shirt and green cargo pants"),
        W("a black t-shirt and olive cargo pants with side pockets"),
        describe(
            "pants",
            "olive green cargo pants with large flap pockets on the sides of both legs, belt loops at the waist and a"
            " slightly tapered leg with",
            "cut",
            hit_limit=True,
        ),
        details(
            "pants",
            "flap pockets on both legs, belt loops, a button and zip fly and elastic cuffs at the ankles",
            "unsupported",
        ),
        pants("black", "other_garment_color"),
        GT("trousers"),
        is_a("pair of jeans", "yes", "contradiction"),
        title="HIGHLANDER Men Olive Green Loose Fit Cargos Trousers",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: grey melange crew-neck sweatshirt with a small Puma cat logo on the chest, ribbed cuffs and hem, dark
    # blue jeans, white backdrop. Caption: base; open: VQA LoRA; closed: reference engine.
    case(
        "X565-011",
        caption("a man in a grey sweatshirt and jeans"),
        W("a grey sweatshirt and blue jeans"),
        describe("sweatshirt", "grey", "non_answer"),
        details("sweatshirt", "ribbed cuffs and hem, a round neck and a small puma logo on the chest"),
        pants("grey", "other_garment_color"),
        MAT("wool", "unsupported"),
        SLV("long sleeves"),
        title="Puma Men Grey Melange Solid Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: black pullover hoodie (no zipper) with white "NYC" print on the chest, kangaroo pocket, drawstring hood,
    # grey joggers, white backdrop. Caption: base; open: VQA LoRA; closed: reference engine.
    case(
        "X565-012",
        caption("a man wearing a black hoodie with the word nyc on it"),
        W("he is wearing a black hoodie and grey sweatpants"),
        describe("hoodie", "a black hooded sweatshirt with white letters on the front and a kangaroo pocket"),
        details(
            "hoodie",
            "the hoodie has a hood with drawstrings, a kangaroo pocket, and a zipper down the front",
            "unsupported",
        ),
        pants("black", "other_garment_color"),
        GT("sweatshirt"),
        is_a("jacket", "yes", "contradiction"),
        MAT("the material is the material of the hoodie", "restated"),
        title="Campus Sutra Men Black Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: medium blue denim jacket, button front, two chest flap pockets, worn open over a white tee, black jeans,
    # white backdrop. Caption: base; open: VQA LoRA; closed: reference engine.
    case(
        "X565-013",
        caption("a man wearing a denim jacket and blue jeans", "contradiction"),
        W("a blue denim jacket over a white t-shirt and black jeans"),
        describe("jacket", "blue denim jacket with button front, two chest flap pockets and long sleeves"),
        details(
            "jacket",
            "the jacket has a collar, chest pockets, buttons, the collar, the chest pockets, the buttons, the collar,"
            " the chest pockets, the buttons, the",
            "loop",
            hit_limit=True,
        ),
        COL("white", "other_garment_color"),
        MAT("leather", "contradiction"),
        title="Levis Men Blue Solid Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: olive bomber jacket, zipped half open showing orange lining, ribbed collar, cuffs and hem, zip pocket on
    # the left sleeve, no hood; black tee, beige chinos, white sneakers, white backdrop. Caption: base; open: VQA
    # LoRA; closed: reference engine.
    case(
        "X565-014",
        caption("a man in a green jacket and khaki pants"),
        W(
            "a green bomber jacket with an orange lining over a black t-shirt, beige pants and white sneakers with"
            " white laces and a white",
            "cut",
            hit_limit=True,
        ),
        describe("jacket", "olive green bomber jacket with a ribbed collar, ribbed cuffs and hem, and a front zip"),
        details("jacket", "the jacket has an orange lining, a zip pocket on the sleeve, and a hood", "unsupported"),
        color_of("jacket", "orange", "contradiction", kind="open"),
        pants("beige"),
        SLV("long sleeves"),
        title="Roadster Men Olive Green Solid Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: navy washed denim shorts, knee length, five pockets, worn with a red-and-white hibiscus print short-
    # sleeve shirt, white sneakers, white backdrop. Caption: base; open: VQA LoRA; closed: reference engine.
    case(
        "X565-015",
        caption("a man in a floral shirt and shorts"),
        W("a red and white floral shirt and navy denim shorts"),
        describe("shorts", "they are shorts", "non_answer"),
        details(
            "shorts",
            "washed navy blue denim shorts with five pockets, belt loops, and a button fly, and a zip fly, and a"
            " button fly, and a zip fly, and",
            "loop",
            hit_limit=True,
        ),
        shorts("red", "other_garment_color"),
        GT("shorts"),
        MAT("denim"),
        title="Mast & Harbour Men Navy Blue Washed Denim Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: plain grey joggers with a drawstring waist and cuffed ankles, maroon crew tee, white sneakers, white
    # backdrop. Caption: base; open: VQA LoRA; closed: reference engine.
    case(
        "X565-016",
        caption("a man wearing a red shirt and grey sweatpants"),
        W("a maroon t-shirt and black joggers", "contradiction"),
        describe("pants", "grey joggers with an elastic waistband with a drawstring and elastic cuffs at the ankles"),
        details("pants", "the pants details are the details of the pants", "restated"),
        pants("grey"),
        COL("maroon", "other_garment_color"),
        title="HRX by Hrithik Roshan Men Grey Solid Joggers",
        category="Track Pants",
        color="Grey",
        gender="Men",
    ),
    # photo: red polo tee with a navy chest band (colour block), embroidered flag logo, ribbed armbands, white
    # shorts, white backdrop. Caption: base; open: VQA LoRA; closed: reference engine.
    case(
        "X565-017",
        caption("a man in a red and blue polo shirt and white shorts"),
        W("a red polo shirt with a blue stripe and white shorts"),
        describe(
            "shirt",
            "red and navy polo shirt Question: What are the shirt details? Answer: short sleeves, a collar and",
            "leak",
            hit_limit=True,
        ),
        details(
            "shirt",
            "two buttons on the placket, a small embroidered flag logo on the chest, short sleeves with"
            " ribbed armbands",
        ),
        PAT("colour block"),
        shorts("white"),
        is_a("polo shirt", "yes"),
        MAT("linen", "unsupported"),
        title="Tommy Hilfiger Men Red & Navy Colourblocked Polo Collar T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: black-and-white checked flannel shirt with two chest pockets, worn open over a grey tee, blue jeans,
    # white backdrop. Caption: base; open: VQA LoRA; closed: reference engine.
    case(
        "X565-018",
        caption("a man wearing a black and white plaid shirt over a grey t-shirt"),
        W("a black and white checked shirt over a grey t-shirt and blue jeans"),
        describe("shirt", "black and white plaid shirt, worn open, with long sleeves and two chest pockets"),
        details(
            "shirt",
            "the shirt has a button down collar and a curved hem, and a button down collar and a curved hem, and a"
            " button down collar and a curved",
            "loop",
            hit_limit=True,
        ),
        COL("grey", "other_garment_color"),
        PAT("checked"),
        pants("blue"),
        MAT("it is made of the shirt", "restated"),
        title="Roadster Men Black & White Checked Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: plain mustard round-neck tee, no pocket, white jeans, white sneakers, white backdrop. Caption: base;
    # open: VQA LoRA; closed: reference engine.
    case(
        "X565-019",
        caption("a man in a yellow t-shirt and white jeans"),
        W("a mustard t-shirt and white jeans"),
        describe(
            "shirt",
            "a mustard yellow t-shirt Question: Describe the pants. Answer: white jeans Question: Describe the"
            " shoes. Answer:",
            "leak",
            hit_limit=True,
        ),
        details("shirt", "round neck, short sleeves, no pockets"),
        pants("yellow", "other_garment_color"),
        MAT("polyester", "unsupported"),
        title="Urbano Fashion Men Mustard Yellow Solid Round Neck T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: light pink full-sleeve formal shirt, plain buttoned cuffs, navy tie with small white dots, navy formal
    # trousers, white backdrop. Caption: base; open: VQA LoRA; closed: reference engine.
    case(
        "X565-020",
        caption("a man wearing a white shirt and a blue tie", "contradiction"),
        W("a pink shirt, a blue tie and navy blue trousers"),
        describe("shirt", "light pink formal shirt with a collar, long sleeves and buttoned cuffs"),
        details("shirt", "the shirt has a pocket on the chest and french cuffs with cufflinks", "unsupported"),
        pants("pink", "other_garment_color"),
        COL("pink"),
        GT("shirt"),
        title="Arrow Men Pink Regular Fit Solid Formal Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: white round-neck tee with a red-and-blue Spider-Man graphic on the front, blue jeans, white backdrop,
    # front view only. Caption: base; open: VQA LoRA; closed: reference engine.
    case(
        "X565-021",
        caption("a man wearing a white t-shirt with spiderman on it"),
        W(
            "a white t-shirt with a picture of spider-man in red and blue on the front of it and a pair of blue jeans"
            " that are",
            "cut",
            hit_limit=True,
        ),
        describe("shirt", "white t-shirt with a red and blue spider-man graphic on the front"),
        details(
            "shirt",
            "the shirt has a spider man on the front, and a spider man on the back, and a spider man on the sleeves,"
            " and a spider man on",
            "loop",
            hit_limit=True,
        ),
        COL("red", "contradiction"),
        PAT("graphic"),
        title="Free Authority Men White Spider-Man Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: black slim tapered jeans, white linen shirt worn untucked with sleeves rolled (waistband and fly
    # hidden), brown chelsea boots, white backdrop. Caption: base; open: VQA LoRA; closed: reference engine.
    case(
        "X565-022",
        caption("a man in a white shirt and black jeans"),
        W("a white shirt and black jeans"),
        describe("jeans", "black", "non_answer"),
        details("jeans", "five pocket jeans with a button fly", "unsupported"),
        pants("black"),
        is_a("pair of jeans", "no", "contradiction"),
        MAT("denim"),
        title="Flying Machine Men Black Slim Tapered Fit Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: khaki chino shorts above the knee with slanted pockets and folded hems, navy crew tee, white sneakers,
    # white backdrop. Caption: base; open: VQA LoRA; closed: reference engine.
    case(
        "X565-023",
        caption("a man in a blue shirt and khaki shorts"),
        W(
            "a navy t-shirt and khaki shorts Question: What is the man wearing? Answer: a navy t-shirt and khaki"
            " shorts Question:",
            "leak",
            hit_limit=True,
        ),
        describe("shorts", "khaki chino shorts above the knee with a folded hem"),
        details("shorts", "slanted side pockets, belt loops, a button closure and rolled hems"),
        shorts("khaki"),
        COL("beige"),
        GT("trousers", "contradiction"),
        title="Celio Men Khaki Solid Chino Shorts",
        category="Shorts",
        color="Khaki",
        gender="Men",
    ),
    # photo: navy crew sweatshirt (no pockets) with "ATHLETIC DEPT" printed in white across the chest, beige chinos,
    # white sneakers, a steel watch on the left wrist, white backdrop. Caption: base; open: VQA LoRA; closed: reference.
    case(
        "X565-024",
        caption("a man wearing a blue sweatshirt and khaki pants"),
        W(
            "a navy blue sweatshirt with white writing on the front, beige chinos, white sneakers, and a watch on his"
            " left wrist and a",
            "cut",
            hit_limit=True,
        ),
        describe("sweatshirt", "navy blue sweatshirt with athletic dept printed in white across the chest"),
        details("sweatshirt", "ribbed collar, cuffs and hem, and a zip pocket on the side", "unsupported"),
        pants("beige"),
        MAT("cotton"),
        title="Roadster Men Navy Blue Printed Pure Cotton Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: BACK view of an oversized white tee with a large black astronaut graphic across the back, black cargo
    # joggers, white backdrop; the front is not visible. Caption: base; open: VQA LoRA; closed: reference engine.
    case(
        "X565-025",
        caption("the back of a man wearing a white t-shirt with an astronaut on it"),
        W("a white t-shirt and black pants"),
        describe("shirt", "white oversized t-shirt with a large black astronaut print on the back"),
        details("shirt", "the front of the shirt has a small pocket and a logo", "unsupported"),
        pants("white", "other_garment_color"),
        PAT("solid", "contradiction"),
        SLV("short sleeves"),
        title="Bewakoof Men White Graphic Printed Oversized T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: maroon short-sleeve henley tee, three-button placket, no pocket, blue jeans, white backdrop. Caption:
    # base; open: VQA LoRA; closed: reference engine.
    case(
        "X565-026",
        caption("a woman in a red shirt and jeans", "pronoun"),
        W("a maroon henley t-shirt and blue jeans"),
        describe("shirt", "maroon t-shirt with a henley neck and three buttons"),
        details("shirt", "short sleeves, three buttons, and a chest pocket", "unsupported"),
        COL("maroon"),
        pants("maroon", "other_garment_color"),
        title="Difference of Opinion Men Maroon Henley Neck T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: light blue denim shirt, full sleeves, two flap chest pockets, pearl snap buttons, beige chinos, brown
    # shoes, white backdrop. Caption: base; open: VQA LoRA; closed: reference engine.
    case(
        "X565-027",
        caption("a man wearing a light blue denim shirt and tan pants"),
        W("a blue denim shirt and beige chinos"),
        describe("shirt", "a light blue denim shirt with two flap pockets on the chest and snap buttons"),
        details("shirt", "Question: What are the shirt details? Answer: the shirt has two pockets", "leak"),
        pants("khaki"),
        MAT("denim"),
        GT("jacket", "contradiction"),
        title="Mufti Men Blue Slim Fit Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: grey zip-up hoodie worn open over a white tee, black joggers, white backdrop. Caption: base; open: VQA
    # LoRA; closed: reference engine.
    case(
        "X565-028",
        caption("a man wearing a grey hoodie and black pants"),
        W("she is wearing a grey hoodie and black sweatpants", "pronoun"),
        describe("hoodie", "grey zip-up hoodie with a hood and long sleeves"),
        details(
            "hoodie",
            "grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey"
            " grey grey grey grey grey grey grey grey grey",
            "loop",
            hit_limit=True,
        ),
        COL("white", "other_garment_color"),
        is_a("hoodie", "yes"),
        title="Puma Men Grey Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: navy polo tee with white collar tipping and a small embroidered logo, tucked into grey chinos, brown
    # belt, white backdrop. Caption: base; open: VQA LoRA; closed: reference engine.
    case(
        "X565-029",
        caption("a man in a blue polo shirt and grey pants"),
        W("a navy blue polo shirt tucked into grey trousers"),
        describe("shirt", "shirt", "non_answer"),
        details("shirt", "a ribbed collar with white tipping, a two button placket and a small logo on the chest"),
        pants("grey"),
        SLV("long sleeves", "contradiction"),
        title="Allen Solly Men Navy Blue Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: brown corduroy shirt with one flap chest pocket, worn open over a white tee, black jeans, white
    # backdrop; no patches. Caption: base; open: VQA LoRA; closed: reference engine.
    case(
        "X565-030",
        caption("a man wearing a brown jacket over a white t-shirt", "contradiction"),
        W("a brown corduroy shirt over a white t-shirt and black jeans"),
        describe(
            "shirt",
            "a brown corduroy shirt with long sleeves, a chest pocket with a flap, a pointed collar, buttons down the"
            " front and it is worn open over a",
            "cut",
            hit_limit=True,
        ),
        details("shirt", "a ribbed texture, buttons down the front, a pointed collar and elbow patches", "unsupported"),
        MAT("corduroy"),
        COL("brown"),
        title="Highlander Men Brown Solid Corduroy Casual Shirt",
        category="Shirts",
        color="Brown",
        gender="Men",
    ),
    # photo: light sage green linen shirt, short sleeves, cuban collar, white shorts, white backdrop. Caption: base;
    # open: VQA LoRA; closed: reference engine.
    case(
        "X565-031",
        caption("a man in a green shirt and white shorts"),
        W("a light green short sleeve shirt and white shorts"),
        describe("shirt", "a light green linen shirt with short sleeves and a cuban collar"),
        details(
            "shirt",
            "the shirt has a cuban collar, short sleeves, a cuban collar, short sleeves, a cuban collar, short"
            " sleeves, a cuban collar, short sleeves, a",
            "loop",
            hit_limit=True,
        ),
        MAT("linen"),
        SLV("long sleeves", "contradiction"),
        shorts("white"),
        title="Mast & Harbour Men Green Linen Casual Shirt",
        category="Shirts",
        color="Green",
        gender="Men",
    ),
    # photo: dark blue slim jeans with rips at both knees and light whiskering, black crew tee, white sneakers,
    # white backdrop. Caption: base; open: VQA LoRA; closed: reference engine.
    case(
        "X565-032",
        caption("a man wearing a black t-shirt and ripped jeans"),
        W("she is wearing a black t-shirt and blue ripped jeans", "pronoun"),
        describe(
            "jeans",
            "dark blue slim jeans with rips at the knees and light whiskering at the thighs, with a mid rise waist and"
            " a five pocket design with",
            "cut",
            hit_limit=True,
        ),
        details("jeans", "rips at the knees, five pockets and whiskers"),
        pants("black", "other_garment_color"),
        GT("jeans"),
        title="Roadster Men Blue Slim Fit Mid-Rise Mildly Distressed Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: black bomber jacket with a satin sheen, zip front, ribbed collar and cuffs, two welt pockets, no
    # patches, open over a white tee, olive cargo pants, white backdrop. Caption: base; open: VQA LoRA; closed: ref.
    case(
        "X565-033",
        caption("a man in a black jacket and green pants"),
        W("a black bomber jacket, a white t-shirt and olive cargo pants"),
        describe("jacket", "black bomber jacket with ribbed cuffs"),
        details(
            "jacket",
            "a zip front, ribbed collar and cuffs, two welt pockets and an eagle patch on the sleeve",
            "unsupported",
        ),
        pants("olive green"),
        COL("black"),
        MAT("leather", "unsupported"),
        title="Roadster Men Black Solid Bomber Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: teal round-neck tee with a yellow-and-pink pixel "GAME OVER" print, grey shorts, white backdrop.
    # Caption: base; open: VQA LoRA; closed: reference engine.
    case(
        "X565-034",
        caption("a man wearing a blue t-shirt with the words game over on it"),
        W("a t-shirt and shorts"),
        describe("shirt", "teal t-shirt with a pixel game over print in yellow and pink"),
        details("shirt", "the shirt details are the details on the shirt", "restated"),
        shorts("teal", "other_garment_color"),
        PAT("graphic"),
        is_a("polo shirt", "yes", "contradiction"),
        title="The Souled Store Men Teal Game Over Graphic Printed T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: charcoal flat-front formal trousers with a crease, light blue formal shirt tucked in, black belt, black
    # oxfords, white backdrop. Caption: base; open: VQA LoRA; closed: reference engine.
    case(
        "X565-035",
        caption("a man in a blue shirt and black pants", "contradiction"),
        W("a light blue shirt and dark grey trousers"),
        describe("pants", "dark grey formal trousers with a flat front and a crease"),
        details(
            "pants",
            "belt loops, slant pockets, a hook and bar closure and a button at the back pocket, and a button at the"
            " back pocket, and a button",
            "loop",
            hit_limit=True,
        ),
        pants("blue", "other_garment_color"),
        MAT("wool", "unsupported"),
        COL("grey"),
        title="Raymond Men Charcoal Grey Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: off-white crew-neck tee, olive chinos, model holding sunglasses in his right hand, white backdrop.
    # Caption: base; open: VQA LoRA; closed: reference engine. The feed row has no category.
    case(
        "X565-036",
        caption("a man in a white t-shirt holding sunglasses"),
        W("a white t-shirt and olive green pants"),
        describe("shirt", "off white crew neck t-shirt with short sleeves"),
        details("shirt", "a round neck, short sleeves, and sunglasses in the pocket", "unsupported"),
        pants("olive"),
        COL("white"),
        MAT(
            "Question: What material is it made of? Answer: cotton Question: What material is it made of? Answer:"
            " cotton Question:",
            "leak",
            hit_limit=True,
        ),
        title="Jack & Jones Men Off-White Solid Round Neck T-shirt",
        color="Off White",
        gender="Men",
    ),
    # photo: navy-and-white horizontal striped crew tee (breton), beige shorts, white backdrop. Caption: base; open:
    # VQA LoRA; closed: reference engine.
    case(
        "X565-037",
        caption("a man wearing a blue and white striped shirt and khaki shorts"),
        W("a navy and white striped t-shirt and beige shorts"),
        describe(
            "shirt",
            "navy blue and white horizontal striped t-shirt with a crew neck, short sleeves, a straight hem and the"
            " stripes are evenly spaced from the shoulders down to",
            "cut",
            hit_limit=True,
        ),
        details("shirt", "stripes", "non_answer"),
        PAT("striped"),
        MAT("cotton"),
        shorts("beige"),
        title="Marks & Spencer Men Navy Blue & White Striped Pure Cotton T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: mustard pullover hoodie with kangaroo pocket and drawstring hood, black joggers, white backdrop.
    # Caption: base; open: VQA LoRA; closed: reference engine.
    case(
        "X565-038",
        caption("a man in a yellow hoodie and black pants"),
        W("a yellow hoodie and black joggers"),
        describe(
            "hoodie",
            "a mustard yellow hoodie with a drawstring hood, a kangaroo pocket at the front, ribbed cuffs and a"
            " ribbed hem, and the sleeves are",
            "cut",
            hit_limit=True,
        ),
        details("hoodie", "yes", "non_answer"),
        pants("yellow", "other_garment_color"),
        COL("yellow"),
        SLV("long sleeves"),
        title="HRX by Hrithik Roshan Men Mustard Yellow Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: blue short-sleeve shirt with red and white checks, one chest pocket, worn untucked (no belt visible),
    # grey jeans, white backdrop. Caption: base; open: VQA LoRA; closed: reference engine.
    case(
        "X565-039",
        caption("a man wearing a blue and red plaid shirt and grey jeans"),
        W("he is wearing a blue checked shirt, grey jeans and a brown leather belt", "unsupported"),
        describe(
            "shirt",
            "a blue shirt with red and white checks, a spread collar, short sleeves, a single chest pocket and a"
            " button placket down the front with",
            "cut",
            hit_limit=True,
        ),
        details("shirt", "checked pattern, a pocket, short sleeves"),
        PAT("checked"),
        pants("blue", "other_garment_color"),
        SLV("long sleeves", "contradiction"),
        MAT("the material it is made of", "restated"),
        title="Wrangler Men Blue & Red Checked Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: black track pants with three white side stripes, zip side pockets, elastic cuffs, white crew tee,
    # white backdrop. Caption: base; open: VQA LoRA; closed: reference engine.
    case(
        "X565-040",
        caption("a man in a white shirt and black track pants"),
        W("a white t-shirt and black track pants with white stripes"),
        describe("pants", "Answer: black track pants with three white stripes down the sides", "leak"),
        details(
            "pants",
            "elastic waist, side pockets, three stripes, zip pockets, elastic waist, side pockets, three stripes, zip"
            " pockets, elastic waist, side pockets",
            "loop",
            hit_limit=True,
        ),
        pants("black"),
        GT("track pants"),
        MAT("wool", "unsupported"),
        title="Adidas Men Black Solid 3-Stripes Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: olive camouflage cargo shorts with side flap pockets, black crew tee, white backdrop. Caption: base;
    # open: VQA LoRA; closed: reference engine.
    case(
        "X565-041",
        caption("a man in a black shirt and camouflage shorts"),
        W("a black t-shirt and camo shorts"),
        describe("shorts", "olive green camouflage cargo shorts with side pockets"),
        details("shorts", "the shorts are short", "non_answer"),
        PAT("solid", "contradiction"),
        shorts("black", "other_garment_color"),
        GT("shorts"),
        title="Roadster Men Olive Camouflage Printed Cargo Shorts",
        category="Shorts",
        color="Olive",
        gender="Men",
    ),
    # photo: light blue formal shirt with thin white stripes, spread collar, tucked into navy trousers, brown belt,
    # white backdrop. Caption: base; open: VQA LoRA; closed: reference engine.
    case(
        "X565-042",
        caption("a man in a blue shirt and blue pants"),
        W(
            "a light blue striped shirt and navy trousers Question: What is the color of the shirt? Answer: light"
            " blue Question:",
            "leak",
            hit_limit=True,
        ),
        describe("shirt", "light blue formal shirt with thin white stripes and a spread collar"),
        details(
            "shirt",
            "the shirt has a spread collar, the shirt has long sleeves, the shirt has a spread collar, the shirt has"
            " long sleeves, the shirt has",
            "loop",
            hit_limit=True,
        ),
        pants("navy blue"),
        PAT("striped"),
        is_a("shirt", "yes"),
        title="Louis Philippe Men Blue Slim Fit Striped Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: colour-block crew sweatshirt, white body with a navy chest panel and a red band across the middle, no
    # hood, blue jeans, white backdrop. Caption: base; open: VQA LoRA; closed: reference. The row has no color.
    case(
        "X565-043",
        caption("a man wearing a red, white and blue sweatshirt"),
        W("a colorblock sweatshirt and blue jeans"),
        describe("sweatshirt", "a white sweatshirt with a navy chest panel and red stripe across the middle"),
        details("sweatshirt", "the sweatshirt has a hood", "unsupported"),
        PAT("colour block"),
        pants("white", "other_garment_color"),
        MAT("it is made of the fabric", "restated"),
        title="Tommy Hilfiger Men Colourblocked Sweatshirt",
        category="Sweatshirts",
        gender="Men",
    ),
    # photo: black washed denim jacket, button front, worn open over a grey hoodie with the hood out over the
    # collar, blue jeans, white backdrop. Caption: base; open: VQA LoRA; closed: reference engine.
    case(
        "X565-044",
        caption("a man wearing a black denim jacket and a grey hoodie"),
        W("a black denim jacket over a grey hoodie and blue jeans"),
        describe("jacket", "black washed denim jacket with button front"),
        details(
            "jacket",
            "What are the jacket details? Answer: buttons Question: What is the color of the jacket? Answer: black"
            " Question:",
            "leak",
            hit_limit=True,
        ),
        COL("grey", "other_garment_color"),
        pants("blue"),
        is_a("hoodie", "yes", "contradiction"),
        title="Roadster Men Black Washed Denim Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: black short-sleeve camp-collar shirt with a white floral print all over, beige chinos, white backdrop.
    # Caption: base; open: VQA LoRA; closed: reference engine.
    case(
        "X565-045",
        caption("a man in a black and white floral shirt and beige pants"),
        W("a black floral shirt and khaki pants"),
        describe("shirt", "a black short sleeve shirt with white flowers printed all over"),
        details(
            "shirt",
            "floral print, short sleeves, a camp collar, a floral print, short sleeves, a camp collar, a floral print,"
            " short sleeves, a camp",
            "loop",
            hit_limit=True,
        ),
        PAT("floral"),
        pants("black", "other_garment_color"),
        MAT("rayon", "unsupported"),
        title="Mast & Harbour Men Black & White Floral Printed Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: navy slim chinos with slant front pockets, hems rolled once, white oxford shirt untucked, tan loafers,
    # white backdrop; back pockets not visible. Caption: base; open: VQA LoRA; closed: reference. Row lacks gender.
    case(
        "X565-046",
        caption("a man in a white shirt and blue pants"),
        W("a white oxford shirt and navy blue chinos"),
        describe("pants", "navy blue slim fit chinos"),
        details(
            "pants",
            "slant pockets at the front, belt loops, a button and zip closure, and the hems are rolled up once at the"
            " ankles with a",
            "cut",
            hit_limit=True,
        ),
        pants("navy blue"),
        GT("jeans", "contradiction"),
        title="Louis Philippe Sport Men Navy Blue Slim Fit Chinos",
        category="Trousers",
        color="Navy Blue",
    ),
]
