"""BLIND_924 (46 products; Myntra men's shirts, t-shirts, jeans and trousers, the VQA adapter): written blind in the
fifty-seventh session. Measured blind at 139f19f (the session's sixth rules): 116/125 failures found (92.8%) and 0/178
correct texts flagged (0.0%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's Shirts, Tshirts, Jeans and Trousers (seller columns title, category, color,
gender; two rows lack gender, one lacks color). Catalog photos on a white backdrop, the model wearing the product
with other clothes (a tee under an open shirt, a tucked shirt over trousers, a jacket over jeans); some jeans and
trousers shots are cropped to the lower body, one is a back view. A few props: a gym bag, sunglasses, a tie.

Who wrote what: every text comes from the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA on blip2-opt-2.7b), captions
included (empty prompt). Closed answers (garment type, color, pattern, sleeve length, "Is this a ...?") come from
enrich's --engine reference ranking the candidates with that adapter, so they are single candidate values that never
loop or stop short. Open answers and captions are greedy free generation, 30 new tokens for answers and 50 for
captions. The adapter's habits: In-shop vocabulary ("tee", "denim", "blouse"); OPT spacing ("t - shirt"); no trained
end of answer, so long answers loop or run to the limit, and since the loss covered the prompt it often writes the
next "Question: ... Answer:" itself, or starts its caption with one; one color spread over every garment; echoes of
the question; invented pockets, zips and fabrics; "she" for men now and then.

Labeling conventions and judgement calls:
- One label per text, the failure a reader would see first: a text that leaks a "Question: ... Answer:" and then runs
  on is a leak; a text that repeats a phrase to the limit is a loop; a cut is a text stopped at the limit without
  repeating itself, even where the last word happens to end a phrase. hit_limit=True on every text that ran to its
  token limit (all loops and cuts, the leaks that ran on).
- other_garment_color: the product's color given as the color of another garment in the photo (the tucked shirt's
  color for the trousers, the jeans' color for the tee), open or closed. A color that no garment in the photo has, or
  a print's color given for the garment, or the product's color given to the other garment, is a contradiction.
- Shades and near names are correct: navy for Navy Blue, burgundy for Maroon, mustard or yellow for Mustard, charcoal
  or dark grey for Charcoal, white for Cream, khaki or beige for Khaki, green or blue for Teal, dark blue for blue
  jeans. Black for Charcoal trousers and black for Navy Blue jeans are contradictions.
- For two-color stripes and checks the ground color is right; the stripe or check color alone is a contradiction.
- Rolled-up long sleeves are long sleeves. "Is this a pair of trousers/jeans?" answered "no" for the product is a
  contradiction; "jeans" as the garment type of a denim shirt is a contradiction.
- Material: the ordinary fabric for the article (cotton for shirts and tees, denim for jeans, polyester for formal
  trousers) counts as correct though a photo cannot prove it; a fabric the title or the article rules out (cotton for
  Dri-FIT, denim for linen, leather or silk where none is) is unsupported. Invented pockets, zips, pleats, rips or
  props are unsupported.
- non_answer: empty output, a yes/no, a single word, or only the question's words ("they are jeans") where a
  description, details or an outfit was asked. restated: a sentence that echoes the question back as its answer.
  A short but real answer ("a black shirt", "the trousers are khaki", "a t - shirt") is correct.
- pronoun: "she" or "woman" for a Men row; no pronoun label on rows without gender.
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


def he(text, failure=None, hit_limit=False):
    """The experiments' "What is he wearing?" for men's rows."""
    return wearing(text, failure, who="he", hit_limit=hit_limit)


BLIND_924 = [
    # photo: man in a white full-sleeve formal shirt tucked into charcoal grey trousers, black belt, white backdrop,
    # front view, arms by his sides. VQA adapter wrote every text; closed ones from the reference engine.
    case(
        "X924-001",
        caption("a man wearing a white shirt and grey pants"),
        he("a white shirt and grey pants"),
        color_of("shirt", "grey", "other_garment_color"),
        Q.sleeve_length("long"),
        Q.pattern("solid"),
        details(
            "shirt",
            "the collar, the buttons, the cuffs, the collar, the buttons, the cuffs, the collar, the buttons,"
            " the cuffs, the collar",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        is_a("t-shirt", "yes", "contradiction"),
        title="Peter England Men Solid White Slim Fit Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: man in a navy round-neck short-sleeve tee with a big white-and-orange "ROADSTER 1987" chest print, light
    # blue jeans, hands in pockets, white backdrop. VQA adapter for all texts.
    case(
        "X924-002",
        caption("Question: What is the color of the tee? Answer: navy", "leak"),
        he("tee and denim"),
        color_of("t-shirt", "navy blue with a white print", kind="open"),
        Q.pattern("printed"),
        describe("t-shirt", "she is wearing a navy blue tee with a white graphic on the front", "pronoun"),
        is_a("t-shirt", "yes"),
        title="Roadster Men Navy Blue Printed Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: lower-body crop: dark indigo slim jeans with whiskering at the thighs, brown leather boots, the hem of a
    # white tee at the top edge, white backdrop. VQA adapter for all texts.
    case(
        "X924-003",
        caption("a pair of dark blue jeans with brown shoes"),
        color_of("jeans", "dark blue", kind="open"),
        Q.garment_type("jeans"),
        details(
            "jeans",
            "five pockets, whiskering on the thighs, a zip fly and a button, five pockets, whiskering on the thighs,"
            " a zip fly and a",
            "loop",
            hit_limit=True,
        ),
        Q.material("leather", "unsupported"),
        describe("jeans", "dark blue jeans with a light wash and a zip on the back pocket", "unsupported"),
        is_a("pair of jeans", "yes"),
        title="Levis Men 511 Slim Fit Dark Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: man in khaki flat-front chinos, a navy polo tucked in, brown belt, white sneakers, side pose, white
    # backdrop. VQA adapter for all texts.
    case(
        "X924-004",
        caption("a man in a blue shirt and khaki pants"),
        he("a polo shirt and khaki pants"),
        color_of("trousers", "navy blue", "other_garment_color"),
        describe("trousers", "the trousers are the trousers", "restated"),
        details(
            "trousers",
            "belt loops, a slanted side pocket and a crease down the front of the leg, with a",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("trousers"),
        title="Arrow Sport Men Khaki Slim Fit Chinos",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: red-and-navy tartan check shirt with two flap chest pockets, sleeves rolled to the elbows, worn open over
    # a white crew-neck tee, black jeans, white backdrop. VQA adapter for all texts.
    case(
        "X924-005",
        caption("a man wearing a red and blue plaid shirt over a white t - shirt and black jeans"),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        Q.pattern("checked"),
        Q.sleeve_length("long"),
        describe("shirt", "a red and navy checked shirt with a button down collar and two flap pockets on the chest"),
        he(
            "plaid shirt and a white tee and black jeans plaid shirt and a white tee and black jeans plaid shirt and",
            "loop",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        title="Roadster Men Red & Navy Checked Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: man in an olive green slim round-neck tee and black track pants, a black gym bag over his shoulder,
    # white backdrop. VQA adapter for all texts.
    case(
        "X924-006",
        caption("a man in a green shirt holding a black bag"),
        he("he is wearing a green t - shirt and black pants"),
        Q.color("black", "other_garment_color"),
        color_of("t-shirt", "olive green", kind="open"),
        Q.material("cotton"),
        details("t-shirt", "", "non_answer"),
        describe(
            "t-shirt",
            "a green t - shirt with a round neck and short sleeves and a black bag on the shoulder and a black pants"
            " and a",
            "cut",
            hit_limit=True,
        ),
        title="HRX by Hrithik Roshan Men Olive Solid Round Neck T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: full length: black skinny jeans, grey melange henley, white sneakers, white backdrop. VQA adapter.
    case(
        "X924-007",
        caption("a man in a grey shirt and black jeans"),
        color_of("jeans", "grey", "other_garment_color", kind="open"),
        Q.color("black"),
        he(
            "a grey tee and black denim Question: What is the color of the denim? Answer: black Question: What is"
            " the color of the",
            "leak",
            hit_limit=True,
        ),
        details("jeans", "jeans", "non_answer"),
        Q.garment_type("jeans"),
        title="Roadster Men Black Skinny Fit Stretchable Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: charcoal grey flat-front formal trousers, light blue formal shirt tucked in, black belt, black formal
    # shoes, hands in pockets, white backdrop. VQA adapter for all texts.
    case(
        "X924-008",
        caption("a man wearing a blue shirt and black pants", "contradiction"),
        he("a light blue shirt and dark grey trousers"),
        color_of("trousers", "charcoal"),
        describe("trousers", "he is wearing a pair of dark grey formal trousers with a belt and black shoes"),
        details("trousers", "the trousers have a pleated front and turn-up hems with a button tab", "unsupported"),
        Q.material("polyester"),
        title="Louis Philippe Men Charcoal Grey Slim Fit Formal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: blue-and-white vertical pinstripe shirt, full sleeves, untucked, spread collar, curved hem, beige chinos,
    # white backdrop. VQA adapter for all texts.
    case(
        "X924-009",
        caption("a man wearing a blue and white striped shirt and beige pants"),
        Q.pattern("striped"),
        color_of("shirt", "blue"),
        describe(
            "shirt",
            "a blue and white striped shirt with a spread collar and a curved hem, a blue and white striped shirt"
            " with a spread",
            "loop",
            hit_limit=True,
        ),
        details("shirt", "the shirt details are the details of the shirt", "restated"),
        Q.sleeve_length("long"),
        he("a striped shirt and khaki pants"),
        title="Highlander Men Blue Striped Slim Fit Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: white pique polo, small navy embroidered logo on the chest, two-button placket, navy chinos, white
    # backdrop. VQA adapter for all texts.
    case(
        "X924-010",
        caption("a man wearing a white polo shirt and navy pants"),
        Q.garment_type("t-shirt"),
        Q.color("navy blue", "other_garment_color"),
        color_of("polo shirt", "white", kind="open"),
        details(
            "polo shirt",
            "a collar, two buttons and a small logo on the chest and a pocket on the sleeve",
            "unsupported",
        ),
        he("she is wearing a white polo shirt and blue pants", "pronoun"),
        Q.sleeve_length("short"),
        title="U.S. Polo Assn. Men White Solid Polo Collar T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: light blue faded jeans with ripped knees and a rolled hem, black graphic tee, white sneakers, side view,
    # white backdrop. VQA adapter for all texts.
    case(
        "X924-011",
        caption("a man in black t shirt and blue jeans with holes in the knees"),
        color_of("jeans", "light blue"),
        details(
            "jeans",
            "ripped knees and a rolled up hem, ripped knees and a rolled up hem, ripped knees and a rolled up hem,"
            " ripped",
            "loop",
            hit_limit=True,
        ),
        describe("jeans", "black jeans with rips at the knee", "other_garment_color"),
        he("tee and denim"),
        Q.garment_type("trousers", "contradiction"),
        is_a("pair of jeans", "yes"),
        title="WROGN Men Light Blue Slim Fit Mid-Rise Distressed Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: olive cargo trousers with flap side pockets and drawstring ankle cuffs, black round-neck tee, black
    # sneakers, white backdrop. VQA adapter for all texts.
    case(
        "X924-012",
        caption("a woman in a black top and green cargo pants", "pronoun"),
        color_of("pants", "olive", kind="open"),
        Q.garment_type("jeans", "contradiction"),
        details(
            "pants",
            "cargo pockets on the sides with flaps, belt loops and a drawstring at the ankle, and a zip fly with a"
            " button and",
            "cut",
            hit_limit=True,
        ),
        he("he is wearing a black t - shirt and olive cargo pants"),
        Q.material("cotton"),
        title="Highlander Men Olive Slim Fit Cargo Trousers",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: black full-sleeve shirt, top button open, worn untucked with light grey jeans, one hand in a pocket,
    # white backdrop. VQA adapter for all texts.
    case(
        "X924-013",
        caption("a man in a black shirt and grey jeans"),
        color_of("shirt", "black"),
        color_of("jeans", "black", "contradiction", kind="open"),
        describe("shirt", "a black shirt"),
        details(
            "shirt",
            "Question: What are the shirt details? Answer: the collar Question: What are the shirt details? Answer:"
            " the collar",
            "leak",
            hit_limit=True,
        ),
        he("black shirt and grey denim"),
        Q.sleeve_length("long"),
        title="WROGN Men Black Solid Slim Fit Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: red slim training tee with a white swoosh on the left chest, black shorts, white backdrop. VQA adapter.
    case(
        "X924-014",
        caption("a man wearing a red nike shirt and black shorts"),
        he("a red tee and black shorts"),
        Q.color("red"),
        Q.material("cotton", "unsupported"),
        describe("t-shirt", "a red t - shirt with a white logo on the chest and a zip at the neck", "unsupported"),
        Q.sleeve_length("short"),
        color_of("shorts", "red", "contradiction", kind="open"),
        title="Nike Men Red Dri-FIT Training T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: grey washed slim jeans with fading on the thighs, white shirt untucked, tan loafers, white backdrop.
    # VQA adapter for all texts.
    case(
        "X924-015",
        caption("a man in a white shirt and grey jeans standing on a white background"),
        color_of("jeans", "white", "other_garment_color"),
        Q.garment_type("jeans"),
        details("jeans", "the jeans have a zip fly and five pockets and a faded wash on the thighs"),
        he("a white shirt, grey jeans and brown shoes"),
        Q.material("denim"),
        describe(
            "jeans",
            "the jeans are grey and the shirt is white and the shoes are brown and the jeans are grey and the shirt is"
            " white and the",
            "loop",
            hit_limit=True,
        ),
        title="Mufti Men Grey Washed Slim Fit Jeans",
        category="Jeans",
        color="Grey",
        gender="Men",
    ),
    # photo: chest-down crop: navy formal trousers, white shirt tucked in, brown belt, white backdrop. VQA adapter.
    case(
        "X924-016",
        caption("a man wearing white shirt and blue pants"),
        Q.color("white", "other_garment_color"),
        color_of(
            "trousers",
            "navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        describe("trousers", "formal trousers in navy with a flat front, belt loops and side pockets"),
        details(
            "trousers",
            "formal trousers with a flat front, slanted side pockets, belt loops, a hook and bar closure above the zip"
            " and a sharp crease down the",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("trousers"),
        is_a("pair of jeans", "yes", "contradiction"),
        title="Park Avenue Men Navy Blue Regular Fit Formal Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: olive shirt with a mandarin collar, a flap patch pocket on the chest, sleeves rolled up with button tabs,
    # white jeans, white backdrop. VQA adapter for all texts.
    case(
        "X924-017",
        caption("a man in a green shirt and white pants"),
        he("a green shirt and white jeans"),
        color_of("shirt", "olive green", kind="open"),
        Q.pattern("solid"),
        Q.material("denim", "unsupported"),
        details(
            "shirt",
            "a mandarin collar, roll-up sleeves with button tabs and a chest pocket with a flap and a",
            "cut",
            hit_limit=True,
        ),
        describe(
            "shirt",
            "the shirt is green and the pants are white the shirt is green and the pants are white the shirt is green"
            " and",
            "loop",
            hit_limit=True,
        ),
        title="Mast & Harbour Men Olive Green Solid Casual Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: grey melange round-neck tee with thin white horizontal stripes, dark blue jeans, white backdrop. VQA
    # adapter for all texts.
    case(
        "X924-018",
        caption("a man wearing a grey striped t shirt and jeans"),
        Q.pattern("solid", "contradiction"),
        color_of("t-shirt", "blue", "other_garment_color"),
        he(
            "Question: What is he wearing? Answer: a grey t - shirt Question: What is the color of the t - shirt?"
            " Answer",
            "leak",
            hit_limit=True,
        ),
        describe("t-shirt", "grey melange tee with thin white stripes across the chest and the sleeves"),
        is_a("t-shirt", "yes"),
        title="Flying Machine Men Grey Melange Striped Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: mid-blue regular jeans, a maroon full-sleeve knit sweater, brown boots, white backdrop. Gender column
    # missing in the feed. VQA adapter for all texts.
    case(
        "X924-019",
        caption("a person wearing a red sweater and blue jeans"),
        color_of("jeans", "maroon", "other_garment_color"),
        details("jeans", "the details are the jeans", "restated"),
        wearing("a sweater and denim"),
        describe("jeans", "regular blue jeans with a leather belt and a chain on the side", "unsupported"),
        Q.material("denim"),
        Q.garment_type("jeans"),
        title="Spykar Men Blue Regular Fit Mid-Rise Jeans",
        category="Jeans",
        color="Blue",
    ),
    # photo: beige slim chinos with turned-up hems, white tee under an open light blue denim shirt, white sneakers,
    # white backdrop. VQA adapter for all texts.
    case(
        "X924-020",
        caption("a man wearing a denim shirt over a white t shirt and beige pants"),
        he("a white tee, a denim shirt and beige chinos"),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        describe("pants", "beige chinos with a slim leg and turned-up hems"),
        details("pants", "yes", "non_answer"),
        Q.color("beige"),
        is_a("pair of trousers", "no", "contradiction"),
        title="Jack & Jones Men Beige Slim Fit Chinos",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: light pink full-sleeve formal shirt tucked into navy trousers, navy tie, black belt, a steel watch on the
    # left wrist, white backdrop. VQA adapter for all texts.
    case(
        "X924-021",
        caption("a man wearing a pink shirt and a blue tie"),
        color_of("shirt", "pink"),
        he("she is wearing a pink blouse and navy pants", "pronoun"),
        describe(
            "shirt",
            "a pink shirt with a blue tie and blue pants and a black belt and black shoes and a watch on the left"
            " wrist and a",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        Q.material("silk", "unsupported"),
        title="Arrow Men Pink Solid Regular Fit Formal Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: black short-sleeve tee with a big yellow-and-white cartoon of a cat in sunglasses on the front, grey
    # joggers, white backdrop. VQA adapter for all texts.
    case(
        "X924-022",
        caption("a man wearing a black t - shirt with a cat on it"),
        Q.pattern("printed"),
        color_of("t-shirt", "yellow", "contradiction"),
        describe("t-shirt", "a black tee with a yellow cat wearing sunglasses printed on the front"),
        he("a black tee and grey joggers"),
        Q.sleeve_length("long", "contradiction"),
        details(
            "t-shirt",
            "the cat the cat the cat the cat the cat the cat the cat the cat the cat the cat the cat the cat the cat",
            "loop",
            hit_limit=True,
        ),
        title="Bewakoof Men Black Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: back view: very dark navy rinse jeans, two back pockets with arc stitching and a leather waistband patch,
    # white shirt tucked in, tan belt, white backdrop. VQA adapter for all texts.
    case(
        "X924-023",
        caption("the back of a man wearing white shirt and dark jeans"),
        color_of("jeans", "black", "contradiction", kind="open"),
        details("jeans", "two back pockets with stitching and a leather patch on the waistband"),
        Q.garment_type("jeans"),
        he("a white shirt and jeans"),
        Q.material(
            "denim and leather denim and leather denim and leather denim and leather denim and leather denim and",
            "loop",
            hit_limit=True,
        ),
        title="Pepe Jeans Men Navy Blue Slim Fit Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black formal trousers, white shirt tucked in, an open grey blazer, black shoes, white backdrop. VQA
    # adapter for all texts.
    case(
        "X924-024",
        caption("a man in a grey suit jacket and black pants"),
        color_of("trousers", "grey", "other_garment_color"),
        he("a blazer, a white shirt and black trousers"),
        describe("trousers", "black", "non_answer"),
        details(
            "trousers",
            "slim fit formal trousers with a flat front, belt loops and slant pockets, and the hem is",
            "cut",
            hit_limit=True,
        ),
        Q.color("black"),
        title="Blackberrys Men Black Slim Fit Formal Trousers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: mid-blue denim shirt, two chest pockets with snap buttons, curved hem, untucked over black jeans, white
    # sneakers, white backdrop. VQA adapter for all texts.
    case(
        "X924-025",
        caption("a man wearing a denim shirt and black jeans"),
        Q.garment_type("jeans", "contradiction"),
        color_of("shirt", "blue", kind="open"),
        details("shirt", "two chest pockets with snap buttons and a curved hem"),
        Q.material("denim"),
        he(
            "denim and denim and denim and denim and denim and denim and denim and denim and denim and denim and denim",
            "loop",
            hit_limit=True,
        ),
        title="Roadster Men Blue Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: navy pique polo with thin red and sky-blue horizontal stripes across the chest, small white embroidered
    # logo, white chinos, white backdrop. VQA adapter for all texts.
    case(
        "X924-026",
        caption("a man wearing a blue and white striped polo shirt and white pants"),
        Q.color("white", "other_garment_color"),
        Q.pattern("striped"),
        describe(
            "polo shirt", "a navy blue polo shirt with red and light blue stripes across the chest and a white logo"
        ),
        he("he is wearing a navy polo shirt with red stripes and white trousers"),
        Q.sleeve_length("short"),
        details("polo shirt", "the polo shirt has a collar"),
        Q.material("wool", "unsupported"),
        title="Tommy Hilfiger Men Navy Blue Striped Polo T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: washed-black faded slim jeans, olive bomber jacket over a white tee, black boots, white backdrop. The
    # feed row has no color. VQA adapter for all texts.
    case(
        "X924-027",
        caption("a man in a green jacket, white shirt and black jeans"),
        color_of("jeans", "green", "other_garment_color", kind="open"),
        he("a jacket and denim"),
        details(
            "jeans",
            "faded on the thighs and the knees with a zip fly, the jeans are slim fit and have a coin pocket, and a",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("jeans"),
        is_a("pair of jeans", "yes"),
        title="Flying Machine Men Black Faded Slim Fit Jeans",
        category="Jeans",
        gender="Men",
    ),
    # photo: mid-grey formal trousers, black shirt tucked in, black belt, white backdrop. VQA adapter for all texts.
    case(
        "X924-028",
        caption(
            "Question: What is the color of the pants? Answer: grey Question: What is the color of the shirt? Answer:"
            " black Question:",
            "leak",
            hit_limit=True,
        ),
        color_of("trousers", "grey"),
        he("a black shirt and grey trousers"),
        describe("trousers", "the trousers are black with a belt", "other_garment_color"),
        details("trousers", "What are the trousers details?", "restated"),
        Q.material("polyester"),
        title="Van Heusen Men Grey Slim Fit Formal Trousers",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: white full-sleeve formal shirt with fine sky-blue checks, spread collar, tucked into beige trousers,
    # white backdrop. VQA adapter for all texts.
    case(
        "X924-029",
        caption("a man wearing a blue shirt and beige pants", "contradiction"),
        Q.pattern("checked"),
        color_of("shirt", "white"),
        describe("shirt", "white formal shirt with small blue checks and a spread collar"),
        he("yes", "non_answer"),
        Q.sleeve_length("short", "contradiction"),
        title="Louis Philippe Men White & Blue Checked Slim Fit Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: maroon round-neck tee, black track pants with white side stripes, white backdrop. VQA adapter.
    case(
        "X924-030",
        caption("a man wearing a maroon t shirt and black track pants"),
        Q.color("maroon"),
        color_of("t-shirt", "burgundy", kind="open"),
        he("a maroon tee and black pants with white stripes on the side"),
        details("t-shirt", "a round neck and short sleeves and a chest pocket", "unsupported"),
        Q.material("cotton"),
        describe("t-shirt", "What is the color of the t - shirt? Answer: maroon", "leak"),
        title="Jockey Men Maroon Solid Round Neck T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: mid-blue tapered jeans, mustard-yellow tee, white sneakers, white backdrop, no props. VQA adapter.
    case(
        "X924-031",
        caption("a man wearing a yellow t shirt and blue jeans holding a skateboard", "unsupported"),
        color_of("jeans", "yellow", "other_garment_color"),
        he("a yellow tee and blue denim Question: What is the color of the denim? Answer: blue", "leak"),
        describe("jeans", "blue tapered jeans narrowing at the ankle with a mid wash"),
        details(
            "jeans",
            "the jeans have a button and zip fly and five pockets the jeans have a button and zip fly and five pockets"
            " the jeans",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("jeans"),
        title="HIGHLANDER Men Blue Tapered Fit Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: coffee-brown casual trousers with belt loops, cream shirt untucked, hands in pockets, white backdrop.
    # VQA adapter for all texts.
    case(
        "X924-032",
        caption("a man in a white shirt and brown pants"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        Q.color("brown"),
        describe("pants", "brown pants with a drawstring waist and a zip on each leg", "unsupported"),
        details(
            "pants",
            "brown brown brown brown brown brown brown brown brown brown brown brown brown brown brown brown brown"
            " brown brown",
            "loop",
            hit_limit=True,
        ),
        he("he is wearing a cream shirt and brown trousers"),
        Q.garment_type("jeans", "contradiction"),
        title="Roadster Men Coffee Brown Regular Fit Solid Trousers",
        category="Trousers",
        color="Coffee Brown",
        gender="Men",
    ),
    # photo: solid red western shirt, white pearl snap buttons, pointed yokes on the front, full sleeves, blue jeans,
    # front view, white backdrop. VQA adapter for all texts.
    case(
        "X924-033",
        caption("a man wearing a red shirt and blue jeans"),
        color_of("shirt", "red"),
        details("shirt", "pearl snap buttons and pointed yokes on the front"),
        describe("shirt", "a blue denim shirt with snap buttons", "other_garment_color"),
        he(
            "a red shirt and jeans and a red shirt and jeans and a red shirt and jeans and a red shirt and jeans and a"
            " red",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("shirt"),
        Q.pattern("checked", "contradiction"),
        Q.material("cotton"),
        title="Levis Men Work Western Red Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: mustard-yellow round-neck tee with a black PUMA logo print on the chest, black jeans, white backdrop. VQA
    # adapter for all texts.
    case(
        "X924-034",
        caption("a man wearing a yellow puma t shirt and black jeans"),
        Q.color("black", "other_garment_color"),
        color_of("t-shirt", "mustard", kind="open"),
        describe("t-shirt", "Describe the t-shirt. Answer: a yellow t - shirt with a black puma logo", "leak"),
        he("she is wearing a yellow shirt and black pants", "pronoun"),
        Q.pattern("printed"),
        title="Puma Men Yellow Printed Round Neck T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: waist-down crop: mid-blue clean-look slim jeans, no rips, white sneakers, the hem of a white tee at the
    # top, white backdrop. VQA adapter for all texts.
    case(
        "X924-035",
        caption("a pair of blue jeans with white shoes"),
        Q.garment_type("jeans"),
        color_of("jeans", "blue", kind="open"),
        details("jeans", "ripped knees and a distressed hem", "unsupported"),
        describe("jeans", "she is wearing blue jeans and white sneakers", "pronoun"),
        is_a("pair of jeans", "yes"),
        title="Jack & Jones Men Blue Slim Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: cream linen trousers with a drawstring waist and a relaxed leg, navy short-sleeve shirt untucked, brown
    # sandals, white backdrop. VQA adapter for all texts.
    case(
        "X924-036",
        caption("a man in a blue shirt and white pants"),
        color_of("trousers", "cream"),
        Q.material("denim", "unsupported"),
        describe("trousers", "cream linen trousers with a drawstring waist and a relaxed leg"),
        he("a navy shirt and white pants"),
        color_of("shirt", "white", "contradiction", kind="open"),
        title="Marks & Spencer Men Cream Coloured Linen Trousers",
        category="Trousers",
        color="Cream",
        gender="Men",
    ),
    # photo: mustard full-sleeve shirt, buttoned, button-down collar, curved hem, dark blue jeans, white backdrop.
    # VQA adapter for all texts.
    case(
        "X924-037",
        caption(
            "a man wearing a yellow shirt and blue jeans and a yellow shirt and blue jeans and a yellow shirt and blue"
            " jeans and a yellow shirt and blue jeans and a",
            "loop",
            hit_limit=True,
        ),
        Q.color("yellow"),
        color_of("jeans", "dark blue", kind="open"),
        describe("shirt", "a mustard yellow shirt with a button down collar and a curved hem"),
        details("shirt", "the shirt has a zip pocket and epaulettes on the shoulders", "unsupported"),
        he("a yellow shirt and jeans"),
        title="Dennis Lingo Men Mustard Yellow Solid Slim Fit Casual Shirt",
        category="Shirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: white round-neck tee with three black stripes on each shoulder and a small black logo on the chest,
    # black track pants, white backdrop. VQA adapter for all texts.
    case(
        "X924-038",
        caption("a man in a white shirt and black pants"),
        Q.color("white"),
        Q.pattern("solid"),
        color_of("t-shirt", "black", "other_garment_color", kind="open"),
        describe("t-shirt", "", "non_answer"),
        details("t-shirt", "three black stripes on the shoulders and a small logo on the chest"),
        he("he is wearing a white tee and black track pants"),
        title="Adidas Men White Solid Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: blue skinny jeans, black leather jacket over a grey tee, sunglasses held in one hand, white backdrop.
    # VQA adapter for all texts.
    case(
        "X924-039",
        caption("a man in a black leather jacket holding sunglasses"),
        he("a leather jacket, grey t - shirt and blue jeans"),
        color_of("jeans", "black", "other_garment_color"),
        Q.material("leather", "unsupported"),
        details("jeans", "they are jeans", "non_answer"),
        Q.garment_type("jeans"),
        title="Killer Men Blue Skinny Fit Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: navy slim trousers with a faint grey check, light grey polo tucked in, brown belt, brown shoes, hands in
    # pockets, white backdrop. VQA adapter for all texts.
    case(
        "X924-040",
        caption(
            "a man wearing a grey polo shirt tucked into navy blue checked trousers with a brown belt and brown shoes"
            " standing with his hands in his pockets in front of a white wall with a",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("checked"),
        color_of("trousers", "grey", "other_garment_color", kind="open"),
        describe("trousers", "navy trousers with a faint grey check and a slim tapered leg"),
        he("a grey polo and navy check trousers"),
        details(
            "trousers",
            "Question: What are the trousers details? Answer: belt loops and side pockets Question: What is the color"
            " of the trousers?",
            "leak",
            hit_limit=True,
        ),
        title="United Colors of Benetton Men Navy Blue Checked Slim Fit Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: white full-sleeve shirt with big black-and-grey checks and a chest pocket, untucked, dark grey jeans,
    # white backdrop. VQA adapter for all texts.
    case(
        "X924-041",
        caption("a man wearing a black and white checkered shirt and grey jeans"),
        Q.pattern("checked"),
        Q.color("white"),
        he("she is wearing a checkered shirt and jeans", "pronoun"),
        describe("shirt", "a white shirt with large black and grey checks and a pocket on the chest"),
        details(
            "shirt",
            "big checks, a chest pocket, a button-down collar, big checks, a chest pocket, a button-down collar, big"
            " checks",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        title="Wrangler Men Urban Big Check White Shirts",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: teal v-neck short-sleeve tee, beige chinos, white backdrop. VQA adapter for all texts.
    case(
        "X924-042",
        caption("a man in a green v neck t shirt and khaki pants"),
        Q.color("blue"),
        color_of("t-shirt", "beige", "other_garment_color", kind="open"),
        Q.garment_type("t-shirt"),
        describe(
            "t-shirt",
            "a teal t - shirt with a v neck and a slim fit. it is a teal t - shirt with a v neck and a slim fit. it",
            "loop",
            hit_limit=True,
        ),
        he("a t - shirt"),
        Q.sleeve_length("long", "contradiction"),
        title="Campus Sutra Men Teal Blue Solid V-Neck T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: olive green coloured slim jeans, white shirt untucked with sleeves rolled, brown boots, white backdrop.
    # VQA adapter for all texts.
    case(
        "X924-043",
        caption("a man wearing a white shirt and green pants"),
        color_of("jeans", "olive"),
        is_a("pair of jeans", "no", "contradiction"),
        he("a white shirt and olive pants with brown boots"),
        describe("jeans", "blue jeans", "contradiction"),
        details(
            "jeans",
            "five pockets, a zip fly and a copper button at the waist, slim fit with a slight taper, and the hem is"
            " rolled once at the",
            "cut",
            hit_limit=True,
        ),
        title="Mufti Men Olive Slim Fit Coloured Jeans",
        category="Jeans",
        color="Olive",
        gender="Men",
    ),
    # photo: khaki flat-front trousers, white-and-blue striped shirt tucked in, brown belt, white backdrop. Gender
    # column missing in the feed. VQA adapter for all texts.
    case(
        "X924-044",
        caption("a man wearing a striped shirt and khaki pants"),
        wearing("a striped shirt and beige trousers"),
        Q.color("blue", "other_garment_color"),
        describe("trousers", "the trousers are khaki"),
        details("trousers", "details of the trousers", "restated"),
        Q.garment_type("trousers"),
        color_of(
            "trousers",
            "beige beige beige beige beige beige beige beige beige beige beige beige beige beige beige beige beige",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        title="Blackberrys Men Khaki Flat-Front Casual Trousers",
        category="Trousers",
        color="Khaki",
    ),
    # photo: lavender full-sleeve shirt, buttoned, a chest pocket with a small embroidered logo, curved hem, grey
    # trousers, white backdrop.
    # VQA adapter for all texts.
    case(
        "X924-045",
        caption("a man in a purple shirt and grey pants"),
        Q.color("pink", "contradiction"),
        he("a purple shirt and grey pants"),
        describe("shirt", "the shirt is described as a shirt", "restated"),
        details(
            "shirt",
            "a button down collar, a single chest pocket and a curved hem with a small logo on the pocket and a",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        title="Nautica Men Lavender Solid Slim Fit Casual Shirt",
        category="Shirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: royal blue round-neck tee with a white batwing logo printed on the chest, light grey jeans, body half
    # turned, white backdrop. VQA adapter for all texts.
    case(
        "X924-046",
        caption("a man wearing a blue t - shirt with a white logo on it"),
        color_of("t-shirt", "blue"),
        details("t-shirt", "he has a white logo printed on the chest"),
        describe("t-shirt", "a grey t - shirt with a logo", "other_garment_color"),
        he("he is wearing what he is wearing in the picture", "restated"),
        Q.material("cotton"),
        Q.pattern("solid", "contradiction"),
        title="Levis Men Blue Printed Round Neck T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
]
