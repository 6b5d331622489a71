"""BLIND_966 (46 products; old Myntra men's bottoms, tees; base zero-shot): written blind in the fifty-eighth session.
Measured blind at 041ab2e (the session's first rules): 120/135 failures found (88.9%) and 5/185 correct texts flagged
(2.7%). The writer's notes, verbatim:

Scenario: the older Myntra "Fashion Product Images" feed of the shared photos' kind, with short seller titles
("Nike Men Black T-shirt", "Spykar Men Black Jeans"): men's Tshirts, Jeans, Trousers, Shorts and Track Pants. Photos
are 224x224 catalog shots on a white backdrop, mostly a male model wearing the product with another garment (a tee
over the jeans, jeans under the tee), a few back views, waist-down crops and one flat product shot. A few rows lack
a column (no base colour, no article type, no gender), as the real feed does.

Who wrote what: every caption and every open answer is the base Salesforce/blip2-opt-2.7b, zero-shot, no adapter,
greedy, 50 new tokens for captions and 30 for answers. Its habits: short answers, "a man in a X shirt and Y pants"
captions, colors answered from whichever garment dominates the frame, the "t - shirt" tokenisation, invented
pockets/zippers/materials, now and then the wrong pronoun, an echo of the question, a run-on that continues the
"Question: ... Answer:" format, and on the longer describe/details prompts an occasional repetition loop or a list
that runs to the 30-token limit. Closed answers (garment type, color, pattern, sleeve length, "Is this a ...?") come
from enrich's --engine reference, which picks one candidate value: they never loop or stop short, but it can pick
the wrong candidate (often the other garment's color, or shorts for a t-shirt when shorts are in view).

Labeling conventions and judgement calls:
- One failure label per text, the most specific one: a text that runs to the limit is "cut" or "loop" even if it
  also invents something; a text that continues into "Question: ... Answer:" is "leak" whatever it said before.
- A color that belongs to another garment or item in the photo (the tee's color for the jeans, the shoes' white for
  the track pants), in a caption, an open or a closed answer, is "other_garment_color"; a color or garment type
  that nothing in the photo has, or a print/trim color given as the garment's color, is "contradiction".
- Shades and synonyms are correct: navy/dark blue for Navy Blue, grey for Charcoal or Grey Melange, beige/tan/khaki
  for Khaki or Beige, green for Olive, red for Maroon, blue or teal for Teal, gray/grey either spelling.
- A multi-color answer that names the garment's own colors ("blue and white" for blue-and-white checks, "black and
  white" for a black tee with a big white logo) is correct.
- A wrong sleeve length or pattern from a closed question, or "yes"/"no" wrong for "Is this a pair of ...?", is
  "contradiction" (the title or the other texts contradict it).
- Invented construction details (pockets, zippers, belts, hoods, pleats, rips, a logo on the unseen back) and
  materials the garment clearly is not (leather shorts, wool tee, denim track pants, linen chinos) are
  "unsupported". Common, visually plausible materials (cotton tee, denim jeans, polyester track pants or board
  shorts) are counted correct.
- "non_answer": a yes/no or single word to an open describe/details/wearing question, or only the garment's name.
  "restated": the answer echoes the question's own words ("the shirt details", "the t-shirt is a t-shirt", the
  question written back before the answer).
- "pronoun": she/her, or "a woman" in a caption, for a Men product. A partial but true answer to "What is he
  wearing?" (only the product, not the other garment) is correct.
- An answer describing what the model wears over the product (a denim shirt over the white tee) is correct when it
  says which is which; giving the tee the over-shirt's buttons is "unsupported".
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    wearing,
)

Q = BLIND_QUESTIONS

BLIND_966 = [
    # photo: solid black crew-neck tee, small white swoosh on the chest, mid-blue jeans, white backdrop, front view.
    # Base model wrote the caption and open answers; closed answers from the reference engine.
    case(
        "X966-001",
        caption("a man in a black nike t-shirt and jeans"),
        wearing("a black t-shirt and jeans", who="he"),
        Q.garment_type("t-shirt"),
        Q.color("black"),
        color_of("t-shirt", "black", kind="open"),
        details("t-shirt", "the t-shirt has a nike logo on the front"),
        Q.material("cotton"),
        title="Nike Men Black T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: mid-blue slim jeans with light whiskering, plain white crew-neck tee untucked, white sneakers, white
    # backdrop, front view. Base model: caption and open answers; reference engine: closed answers.
    case(
        "X966-002",
        caption("a man in a white t-shirt and blue jeans"),
        wearing("a white t-shirt and jeans"),
        Q.color("white", "other_garment_color"),
        color_of("jeans", "blue", kind="open"),
        describe("jeans", "the jeans are blue and have a slim fit"),
        details("jeans", "the jeans are made of denim and have a button fly", "unsupported"),
        is_a("pair of jeans", "yes"),
        title="Locomotive Men Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: black track pants with three white side stripes, grey melange tee, white backdrop, three-quarter view.
    # Base model: caption and open answers; reference engine: closed answers.
    case(
        "X966-003",
        caption("a man in a grey t-shirt and black pants"),
        wearing("grey t-shirt and black shorts", "contradiction"),
        Q.garment_type("track pants"),
        Q.color("grey", "other_garment_color"),
        color_of("pants", "black with white stripes", kind="open"),
        details("pants", "the pants have three stripes on the side and zip pockets on the back", "unsupported"),
        Q.material("polyester"),
        title="Adidas Men Black Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: red crew-neck tee with a white Puma cat logo print on the chest, dark blue jeans, white backdrop, front.
    # Base model: caption and open answers; reference engine: color, pattern, sleeve length.
    case(
        "X966-004",
        caption("a man wearing a red puma t - shirt"),
        wearing("she is wearing a red t-shirt and blue jeans", "pronoun", who="he"),
        Q.color("red"),
        Q.pattern("printed"),
        Q.sleeve_length("short sleeves"),
        describe(
            "t-shirt",
            "a red t-shirt with a white puma logo on the front and a white puma logo on the back and a white puma"
            " logo on the",
            "loop",
            hit_limit=True,
        ),
        title="Puma Men Red T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: grey knee-length sweat shorts with a drawstring, navy blue tee, white shoes, white backdrop, front view.
    # Base model: caption and open answers; reference engine: garment type and the yes/no question.
    case(
        "X966-005",
        caption("a man in a blue shirt and grey shorts"),
        wearing("a blue t-shirt and grey shorts"),
        color_of("shorts", "blue", "other_garment_color", kind="open"),
        Q.garment_type("track pants", "contradiction"),
        details("shorts", "shorts", "non_answer"),
        is_a("pair of shorts", "yes"),
        title="Nike Men Grey Shorts",
        category="Shorts",
        color="Grey",
        gender="Men",
    ),
    # photo: khaki flat-front chinos, white formal shirt tucked in, brown belt, brown shoes, white backdrop, front.
    # Base model: caption and open answers; reference engine: garment type and color.
    case(
        "X966-006",
        caption("a man in a white shirt and grey pants", "contradiction"),
        wearing("a white shirt and khaki pants", who="the man"),
        Q.garment_type("trousers"),
        Q.color("beige"),
        color_of("pants", "khaki", kind="open"),
        describe("pants", "the pants are khaki with a brown belt"),
        Q.material("linen", "unsupported"),
        title="Scullers Men Khaki Trousers",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: white tee with a large red and grey guitar graphic, black jeans, white backdrop, front view.
    # Base model: caption and open answers; reference engine: color and pattern.
    case(
        "X966-007",
        caption("a man wearing a white t-shirt with a guitar on it"),
        wearing("a white t-shirt and black jeans"),
        Q.color("white"),
        Q.pattern("graphic"),
        color_of("t-shirt", "black", "other_garment_color", kind="open"),
        details("t-shirt", "the t-shirt has a picture of a guitar on the front"),
        describe(
            "t-shirt",
            "it is a white t-shirt with a guitar on it Question: What is the color of the guitar? Answer: red",
            "leak",
        ),
        title="Inkfruit Men Printed White T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: waist-down crop of dark indigo straight jeans, brown belt, the hem of a grey tee at the top, white
    # backdrop. Base model: caption and open answers; reference engine: color and the yes/no question.
    case(
        "X966-008",
        caption("a pair of dark blue jeans"),
        wearing("a pair of black jeans", "contradiction"),
        Q.color("navy blue"),
        color_of("jeans", "grey", "other_garment_color", kind="open"),
        details("jeans", "the jeans are a pair of jeans", "restated"),
        Q.material("denim"),
        is_a("pair of jeans", "yes"),
        title="Wrangler Men Dark Blue Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: navy pique polo with a small red embroidered logo and white collar tipping, beige chinos, white backdrop.
    # Base model: caption and open answers; reference engine: garment type, color, sleeve length.
    case(
        "X966-009",
        caption("a man in a navy polo shirt and khaki pants"),
        wearing("a blue polo shirt and khaki pants", who="he"),
        Q.garment_type("polo shirt"),
        Q.color("beige", "other_garment_color"),
        Q.sleeve_length("short sleeves"),
        details(
            "shirt",
            "the shirt has a collar and a logo on the chest and two buttons and a pocket on the left side",
            "unsupported",
        ),
        Q.material("silk", "unsupported"),
        describe(
            "shirt",
            "a navy blue polo shirt with a white collar and a red logo on the chest, the shirt has two buttons on the"
            " placket and",
            "cut",
            hit_limit=True,
        ),
        title="U.S. Polo Assn. Men Navy Polo T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: navy track pants with white side piping and zip pockets, white Reebok tee, white backdrop, front view.
    # Base model: caption and open answers; reference engine: color and the yes/no question.
    case(
        "X966-010",
        caption("a man in a white shirt and blue pants"),
        wearing("a white shirt and blue pants"),
        Q.color("white", "other_garment_color"),
        color_of("pants", "blue", kind="open"),
        describe("pants", "the pants are blue and have a white stripe on the side"),
        details(
            "pants",
            "the pants have a drawstring waist and a zipper on the back and a zipper on the back and a zipper on the"
            " back and a",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of track pants", "no", "contradiction"),
        title="Reebok Men Navy Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: plain heathered grey crew-neck tee, navy track pants, white backdrop, front view.
    # Base model: caption and open answers; reference engine: color and pattern.
    case(
        "X966-011",
        caption("a man in a grey t-shirt and blue pants"),
        wearing("grey t-shirt"),
        Q.color("grey"),
        Q.pattern("solid"),
        describe("t-shirt", "grey", "non_answer"),
        details("t-shirt", "the t-shirt has a v-neck", "unsupported"),
        Q.material("wool", "unsupported"),
        title="Proline Men Grey Melange T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: black skinny jeans, white-and-navy horizontal striped tee, black boots, white backdrop, front view.
    # Base model: caption and open answers; reference engine: color and garment type.
    case(
        "X966-012",
        caption("a man in a striped shirt and black jeans"),
        wearing("a striped shirt and black jeans", who="he"),
        Q.color("black"),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        describe("jeans", "the jeans are black Question: What is the color of the shirt? Answer: white", "leak"),
        details("jeans", "the jeans have rips on the knees", "unsupported"),
        Q.garment_type("trousers", "contradiction"),
        title="Spykar Men Black Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: blue board shorts with a white and yellow hibiscus print, plain white tee, white backdrop, front view.
    # Base model: caption and open answers; reference engine: color and pattern.
    case(
        "X966-013",
        caption("a man in a white t-shirt and floral shorts"),
        wearing("a white shirt and blue shorts"),
        Q.color("blue"),
        Q.pattern("solid", "contradiction"),
        color_of("shorts", "blue and white", kind="open"),
        details("shorts", "they are shorts", "non_answer"),
        Q.material("polyester"),
        title="Quiksilver Men Printed Blue Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: mustard yellow tee with a black print of a cartoon tea cup and the word CHAI, blue jeans, white backdrop.
    # Base model: caption and open answers; reference engine: color and pattern.
    case(
        "X966-014",
        caption("a man wearing a yellow t-shirt with a cup of tea on it"),
        wearing("a yellow t - shirt and jeans"),
        Q.color("yellow"),
        color_of("t-shirt", "blue", "other_garment_color", kind="open"),
        Q.pattern("printed"),
        describe("t-shirt", "a yellow t-shirt with a cup of tea on it and the word chai on it"),
        details(
            "t-shirt",
            "the t-shirt has a cup of tea on the front and the word chai written in black letters under the",
            "cut",
            hit_limit=True,
        ),
        title="Tantra Men Chai Yellow T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: charcoal grey pleated formal trousers, light blue formal shirt tucked in, black belt and shoes, white
    # backdrop. Base model: caption and open answers; reference engine: garment type, color, yes/no.
    case(
        "X966-015",
        caption("a man in a blue shirt and grey pants"),
        wearing("a blue shirt and grey pants", who="he"),
        Q.garment_type("trousers"),
        Q.color("blue", "other_garment_color"),
        color_of("trousers", "grey", kind="open"),
        describe("trousers", "trousers", "non_answer"),
        is_a("pair of jeans", "yes", "contradiction"),
        Q.material("denim", "unsupported"),
        title="Peter England Men Grey Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: blue and white horizontal striped polo tee, khaki shorts, white backdrop, front view.
    # Base model: caption and open answers; reference engine: color, pattern, sleeve length.
    case(
        "X966-016",
        caption("a man in a blue and white striped polo shirt"),
        wearing("a striped shirt and shorts"),
        Q.color("blue"),
        Q.pattern("striped"),
        Q.sleeve_length("long sleeves", "contradiction"),
        details("shirt", "no", "non_answer"),
        describe(
            "shirt",
            "a blue and white striped shirt with a blue and white striped collar and blue and white striped sleeves"
            " and a blue and white",
            "loop",
            hit_limit=True,
        ),
        title="Classic Polo Men Stripes Blue Tshirts",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: back view, light-wash blue jeans with stitched arcs on the back pockets and a small red tab, black tee,
    # white backdrop. Base model: caption and open answers; reference engine: color.
    case(
        "X966-017",
        caption("the back of a man wearing jeans"),
        wearing("a black t-shirt and shorts", "contradiction"),
        Q.color("blue"),
        color_of("jeans", "black", "other_garment_color", kind="open"),
        details("jeans", "the jeans have a red tag on the back pocket"),
        Q.material("denim"),
        title="Levis Men Light Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: olive crew-neck tee with a small patch pocket on the chest, grey jeans, white backdrop, front view.
    # Base model: caption and open answers; reference engine: color.
    case(
        "X966-018",
        caption("a man in a green t-shirt and grey jeans"),
        wearing("he is wearing a green t-shirt and grey pants", who="he"),
        Q.color("olive"),
        color_of("t-shirt", "grey", "other_garment_color", kind="open"),
        details("t-shirt", "the t-shirt has a pocket on the chest and a zipper on the pocket", "unsupported"),
        describe("t-shirt", "the t-shirt is a t-shirt", "restated"),
        title="Flying Machine Men Olive T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: black athletic shorts with a small white Puma logo on the left leg, red Puma tee, white backdrop.
    # Base model: caption and open answers; reference engine: garment type, color, yes/no.
    case(
        "X966-019",
        caption("a man in a red shirt and black shorts"),
        wearing("she is wearing a red shirt and black shorts", "pronoun", who="he"),
        Q.garment_type("shorts"),
        Q.color("red", "other_garment_color"),
        color_of("shorts", "black", kind="open"),
        details("shorts", "the shorts have a puma logo on the left leg"),
        is_a("pair of shorts", "yes"),
        Q.material("leather", "unsupported"),
        title="Puma Men Black Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: black tee with a multicolor tattoo-style tiger print (orange, yellow, green), blue jeans, white
    # backdrop. Base model: caption and open answers; reference engine: color and pattern.
    case(
        "X966-020",
        caption("a man wearing a black t-shirt with a tiger on it"),
        wearing("a black t-shirt with a tiger on it", who="he"),
        Q.color("black"),
        Q.pattern("striped", "contradiction"),
        color_of("t-shirt", "orange", "contradiction", kind="open"),
        describe("t-shirt", "Answer: a black t-shirt with a tiger print", "leak"),
        Q.material("cotton"),
        title="Ed Hardy Men Printed Black T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: olive chino trousers with rolled hems, plain white tee, white sneakers, white backdrop, front view.
    # Base model: caption and open answers; reference engine: color, garment type, yes/no.
    case(
        "X966-021",
        caption("a man in a white t-shirt and green pants"),
        wearing("white t-shirt and green pants"),
        Q.color("olive"),
        color_of("pants", "brown", "contradiction", kind="open"),
        describe("pants", "the pants are green and have a zipper on the side", "unsupported"),
        is_a("pair of trousers", "yes"),
        Q.garment_type("jeans", "contradiction"),
        details(
            "pants",
            "the pants have a button and zipper fly, two slanted front pockets, two back pockets with buttons, belt"
            " loops and the hem is rolled up to the",
            "cut",
            hit_limit=True,
        ),
        title="Basics Men Olive Trousers",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: plain charcoal V-neck tee on a slim long-haired male model, black trousers, white backdrop, front view.
    # Base model: caption and open answers; reference engine: color and sleeve length.
    case(
        "X966-022",
        caption("a woman in a grey v - neck t - shirt", "pronoun"),
        wearing("a grey t-shirt and black pants", who="he"),
        Q.color("grey"),
        Q.sleeve_length("short sleeves"),
        details("t-shirt", "it has a v-neck"),
        describe(
            "t-shirt",
            "a grey t-shirt with a v-neck and a v-neck and a v-neck and a v-neck and a v-neck and a v-neck and a",
            "loop",
            hit_limit=True,
        ),
        title="Status Quo Men Charcoal T-shirt",
        category="Tshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: medium blue bootcut jeans, red-and-black checked shirt worn untucked, white backdrop, front view.
    # Base model: caption and open answers; reference engine: color and yes/no.
    case(
        "X966-023",
        caption("a man in a red plaid shirt and jeans"),
        wearing("a red plaid shirt and blue jeans"),
        Q.color("red", "other_garment_color"),
        color_of("jeans", "blue", kind="open"),
        describe("jeans", "the jeans are blue and have a red stripe on the side", "unsupported"),
        details("jeans", "she is wearing a pair of blue jeans", "pronoun"),
        is_a("pair of jeans", "yes"),
        title="Killer Men Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: royal blue dri-fit tee with a white swoosh, black running shorts, white backdrop, front view.
    # Base model: caption and open answers; reference engine: color and garment type.
    case(
        "X966-024",
        caption("a man in a blue nike shirt and black shorts"),
        wearing("he is wearing a blue shirt and black shorts", who="he"),
        Q.color("blue"),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        Q.material("polyester"),
        details("shirt", "the shirt details", "restated"),
        Q.garment_type("shorts", "contradiction"),
        title="Nike Men Blue T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: grey melange joggers with ribbed ankle cuffs and a drawstring, black Puma tee, white backdrop.
    # Base model: caption and open answers; reference engine: garment type and color.
    case(
        "X966-025",
        caption("a man in a black shirt and grey shorts", "contradiction"),
        wearing("a black t-shirt and grey sweatpants"),
        Q.garment_type("track pants"),
        Q.color("black", "other_garment_color"),
        color_of("pants", "grey Answer: grey", "leak", kind="open"),
        details("pants", "the pants have a drawstring and elastic cuffs"),
        Q.material("denim", "unsupported"),
        title="Puma Men Grey Track Pants",
        category="Track Pants",
        color="Grey",
        gender="Men",
    ),
    # photo: plain white crew-neck tee worn under an open light-blue denim shirt, black jeans, white backdrop.
    # Base model: caption and open answers; reference engine: color and pattern.
    case(
        "X966-026",
        caption("a man in a denim shirt and black pants"),
        wearing("a denim jacket, white t-shirt and black jeans", who="he"),
        Q.color("blue", "other_garment_color"),
        color_of("t-shirt", "white", kind="open"),
        describe("t-shirt", "a blue denim shirt with a white t-shirt underneath"),
        details("t-shirt", "the t-shirt has buttons on the front", "unsupported"),
        Q.pattern("solid"),
        title="Jack & Jones Men White T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: grey-wash slim jeans, navy crew-neck tee, side view, white backdrop.
    # Base model: caption and open answers; reference engine: color.
    case(
        "X966-027",
        caption("a man in a blue t-shirt and blue jeans", "other_garment_color"),
        wearing("blue t-shirt and gray jeans"),
        Q.color("blue", "other_garment_color"),
        color_of("jeans", "grey", kind="open"),
        describe("jeans", "grey slim fit jeans with a drawstring waist", "unsupported"),
        details(
            "jeans",
            "the jeans have a zipper on the front and a button on the waist, a pocket on the back, a pocket on the"
            " front, and the",
            "cut",
            hit_limit=True,
        ),
        Q.material("denim"),
        title="Lee Men Grey Jeans",
        category="Jeans",
        color="Grey",
        gender="Men",
    ),
    # photo: khaki cargo shorts with flap pockets on the thighs, olive green tee, brown sandals, white backdrop.
    # Base model: caption and open answers; reference engine: color and yes/no.
    case(
        "X966-028",
        caption("a man in a green t-shirt and khaki shorts"),
        wearing("green shirt and khaki pants", "contradiction", who="he"),
        Q.color("green", "other_garment_color"),
        color_of("shorts", "beige", kind="open"),
        details("shorts", "the shorts have pockets on the sides"),
        describe("shorts", "the shorts are knee length and have a belt", "unsupported"),
        is_a("pair of shorts", "yes"),
        title="Wrangler Men Khaki Shorts",
        category="Shorts",
        color="Khaki",
        gender="Men",
    ),
    # photo: maroon full-sleeve henley tee with a three-button placket, blue jeans, white backdrop, front view.
    # Base model: caption and open answers; reference engine: color and sleeve length.
    case(
        "X966-029",
        caption("a man in a red long sleeve shirt and jeans"),
        wearing("a red shirt and black jeans", "contradiction"),
        Q.color("maroon"),
        Q.sleeve_length("short sleeves", "contradiction"),
        details("shirt", "the shirt has three buttons on the front and a hood", "unsupported"),
        describe("shirt", "maroon", "non_answer"),
        Q.material("cotton"),
        title="Probase Men Maroon Henley T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: flat product shot, black formal trousers alone on a white backdrop, no model.
    # Base model: caption and open answers; reference engine: garment type, color, yes/no.
    case(
        "X966-030",
        caption("a pair of black pants on a white background"),
        wearing("a pair of black pants"),
        Q.garment_type("jeans", "contradiction"),
        Q.color("black"),
        color_of("pants", "black", kind="open"),
        details(
            "pants",
            "the pants have a crease down the front of the leg and a crease down the front of the leg and a crease",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of pants", "yes"),
        title="John Miller Men Black Trousers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: light pink polo tee with a small green embroidered logo, white chinos, white backdrop, front view.
    # Base model: caption and open answers; reference engine: color and garment type.
    case(
        "X966-031",
        caption("a man in a pink polo shirt and white pants"),
        wearing("she is wearing a pink shirt and white pants", "pronoun", who="he"),
        Q.color("white", "other_garment_color"),
        color_of("shirt", "pink. Question: What is the color of the pants? Answer: white", "leak", kind="open"),
        Q.garment_type("polo shirt"),
        details("shirt", "the shirt has a collar, two buttons and a pocket with a zip", "unsupported"),
        title="Benetton Men Pink Polo T-shirt",
        category="Tshirts",
        color="Pink",
        gender="Men",
    ),
    # photo: dark blue jeans, mustard yellow crew tee, brown belt, white backdrop, front view.
    # Base model: caption and open answers; reference engine: color and yes/no.
    case(
        "X966-032",
        caption("a man in a yellow shirt and blue jeans"),
        wearing("yellow shirt and jeans"),
        Q.color("yellow", "other_garment_color"),
        color_of("jeans", "dark blue", kind="open"),
        details("jeans", "What are the jeans details? The jeans are dark blue", "restated"),
        describe("jeans", "jeans", "non_answer"),
        is_a("pair of jeans", "no", "contradiction"),
        title="Numero Uno Men Blue Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black tee with a large white Adidas trefoil logo across the chest, grey track pants, white backdrop.
    # Base model: caption and open answers; reference engine: color and pattern.
    case(
        "X966-033",
        caption("a man wearing a black adidas t-shirt"),
        wearing("what is the person wearing? a black adidas t-shirt", "restated"),
        Q.color("white", "contradiction"),
        color_of("t-shirt", "black and white", kind="open"),
        Q.pattern("printed"),
        describe(
            "t-shirt", "a black t-shirt with a white adidas logo Question: What is the logo? Answer: adidas", "leak"
        ),
        details(
            "t-shirt",
            "the t-shirt has a white adidas logo on the chest and a white adidas logo on the back",
            "unsupported",
        ),
        title="Adidas Men Black T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: royal blue track pants with a white side panel edged in red piping, plain white tee, white backdrop.
    # Base model: caption and open answers; reference engine: color and garment type.
    case(
        "X966-034",
        caption("a man in a white t-shirt and blue track pants"),
        wearing("a white t-shirt and blue pants", who="he"),
        Q.color("blue"),
        color_of("pants", "red", "contradiction", kind="open"),
        details("pants", "yes", "non_answer"),
        describe("pants", "she is wearing blue track pants with white and red stripes", "pronoun"),
        Q.garment_type("track pants"),
        title="Fila Men Blue Track Pants",
        category="Track Pants",
        color="Blue",
        gender="Men",
    ),
    # photo: orange round-neck tee with a small black mountain logo on the chest, black track pants, white backdrop.
    # Base model: caption and open answers; reference engine: color and garment type.
    case(
        "X966-035",
        caption("a man in an orange t-shirt and black pants"),
        wearing("orange shirt"),
        Q.color("orange"),
        color_of("t-shirt", "black", "other_garment_color", kind="open"),
        details("t-shirt", "the details of the t-shirt are the t-shirt details", "restated"),
        Q.material("cotton"),
        Q.garment_type("track pants", "contradiction"),
        title="Wildcraft Men Orange T-shirt",
        category="Tshirts",
        color="Orange",
        gender="Men",
    ),
    # photo: medium blue distressed jeans, faded thighs, small rips at the knees, an open grey zip hoodie over a
    # white tee, white backdrop. Base model: caption and open answers; reference engine: color and yes/no.
    case(
        "X966-036",
        caption("a man in a gray hoodie and ripped jeans"),
        wearing("a grey hoodie, white t-shirt and blue jeans"),
        Q.color("grey", "other_garment_color"),
        color_of("jeans", "black", "contradiction", kind="open"),
        details("jeans", "the jeans are ripped at the knees"),
        describe(
            "jeans",
            "the jeans are a pair of jeans with a pair of jeans with a pair of jeans with a pair of jeans with a"
            " pair of",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of jeans", "yes"),
        title="Flying Machine Men Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: navy shorts with three white stripes down the sides, white Adidas tee, white backdrop, front view.
    # Base model: caption and open answers; reference engine: color and garment type.
    case(
        "X966-037",
        caption("a man in a white shirt and blue shorts"),
        wearing("he is wearing a white t-shirt and blue shorts", who="he"),
        Q.color("white", "other_garment_color"),
        color_of("shorts", "blue Question: What is the color of the shirt? Answer: white", "leak", kind="open"),
        details("shorts", "the shorts have three white stripes on the side"),
        Q.garment_type("shorts"),
        Q.material("wool", "unsupported"),
        title="Adidas Men Navy Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: teal tee with a yellow Mr. Men cartoon character and MR. HAPPY in white letters, blue jeans, white
    # backdrop. Base model: caption and open answers; reference engine: color.
    case(
        "X966-038",
        caption("a man in a blue t-shirt with a cartoon on it"),
        wearing("t-shirt", "non_answer"),
        Q.color("teal"),
        color_of("t-shirt", "yellow", "contradiction", kind="open"),
        details("t-shirt", "it has a cartoon character on the front"),
        describe(
            "t-shirt",
            "a blue t-shirt with a yellow cartoon character on the front and the words mr. happy written in white"
            " letters below the character and a",
            "cut",
            hit_limit=True,
        ),
        title="Mr. Men Men Happy Teal T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: navy flat-front formal trousers, white formal shirt tucked in, black belt, white backdrop, front view.
    # Base model: caption and open answers; reference engine: color and yes/no.
    case(
        "X966-039",
        caption("a man in a white shirt and blue pants"),
        wearing("white shirt and black pants", "contradiction"),
        Q.color("navy blue"),
        color_of("trousers", "white", "other_garment_color", kind="open"),
        details("trousers", "the trousers have a pleated front and a cuffed hem", "unsupported"),
        describe("trousers", "navy blue trousers"),
        is_a("pair of jeans", "no"),
        title="Arrow Men Navy Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: red and black horizontal striped crew tee, black jeans, white backdrop, front view.
    # Base model: caption and open answers; reference engine: color, pattern, sleeve length.
    case(
        "X966-040",
        caption("a man in a red and black striped shirt"),
        wearing("she is wearing a striped shirt and black jeans", "pronoun", who="he"),
        Q.color("red"),
        Q.pattern("striped"),
        color_of("t-shirt", "red and black", kind="open"),
        details("t-shirt", "the t-shirt details", "restated"),
        describe("t-shirt", "striped", "non_answer"),
        Q.sleeve_length("long sleeves", "contradiction"),
        title="Basics Men Red Striped T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: waist-down crop, black tapered track pants with a small white swoosh on the left thigh, white
    # sneakers, no top in frame, white backdrop. Base model: caption and open answers; reference engine: closed.
    case(
        "X966-041",
        caption("a man in black nike shorts", "contradiction"),
        wearing("black pants and white shoes"),
        Q.color("black"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        details("pants", "the pants have a nike logo on the left leg"),
        Q.material("polyester"),
        is_a("pair of track pants", "yes"),
        title="Nike Men Black Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: light grey tee with a red Reebok vector logo on the chest, navy shorts, white backdrop, front view.
    # Base model: caption and open answers; reference engine: color and garment type.
    case(
        "X966-042",
        caption("a man in a grey reebok shirt and blue shorts"),
        wearing("clothes", "non_answer"),
        Q.color("grey"),
        color_of("shirt", "blue", "other_garment_color", kind="open"),
        details("shirt", "the shirt has a red logo on the chest and a zipper on the front", "unsupported"),
        describe("shirt", "grey shirt with a red logo"),
        Q.garment_type("t-shirt"),
        title="Reebok Men Grey T-shirt",
        category="Tshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: mid-blue straight jeans with light whiskers, black round-neck tee, white backdrop, front view. The row
    # has no base colour. Base model: caption and open answers; reference engine: color and yes/no.
    case(
        "X966-043",
        caption("a man in a black shirt and blue jeans"),
        wearing("he is wearing", "restated", who="he"),
        Q.color("black", "other_garment_color"),
        color_of("jeans", "blue", kind="open"),
        details("jeans", "the jeans have a button and zipper fly and two front pockets"),
        describe(
            "jeans", "the jeans are blue and straight Question: what are the jeans details? Answer: pockets", "leak"
        ),
        is_a("pair of jeans", "yes"),
        title="Pepe Jeans Men Jeans",
        category="Jeans",
        gender="Men",
    ),
    # photo: blue and white checked cotton shorts with rolled hems, white polo tee, white backdrop, front view.
    # Base model: caption and open answers; reference engine: color and pattern.
    case(
        "X966-044",
        caption("a man in a white polo shirt and plaid shorts"),
        wearing("white shirt and checkered shorts"),
        Q.color("white", "other_garment_color"),
        Q.pattern("checked"),
        color_of("shorts", "blue and white", kind="open"),
        details(
            "shorts",
            "the shorts are plaid and have a drawstring and a zipper and a button and a pocket and a belt loop and a",
            "cut",
            hit_limit=True,
        ),
        describe("shorts", "she is wearing a pair of plaid shorts", "pronoun"),
        title="Jack & Jones Men Check Blue Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: beige chinos, navy blue polo tee, brown loafers, white backdrop, front view. The row has no article
    # type. Base model: caption and open answers; reference engine: color and garment type.
    case(
        "X966-045",
        caption("a man in a blue polo shirt and tan pants"),
        wearing("a blue shirt and beige pants", who="the man"),
        Q.color("navy blue", "other_garment_color"),
        color_of("pants", "tan", kind="open"),
        Q.garment_type("jeans", "contradiction"),
        details("pants", "the pants are made of leather", "unsupported"),
        describe("pants", "the pants are beige"),
        title="Indian Terrain Men Beige Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: sky blue tee with a black print of a bicycle and the word RIDE, khaki shorts, white backdrop, front
    # view. The row has no gender. Base model: caption and open answers; reference engine: color and pattern.
    case(
        "X966-046",
        caption("a man wearing a blue t-shirt with a bicycle on it"),
        wearing("a blue t-shirt and jeans", "contradiction"),
        Q.color("blue"),
        Q.pattern("printed"),
        color_of("t-shirt", "white", "contradiction", kind="open"),
        details("t-shirt", "a bicycle print"),
        describe("t-shirt", "a blue t-shirt with a bicycle on the front and a hood", "unsupported"),
        title="Tantra Men Printed Blue T-shirt",
        category="Tshirts",
        color="Blue",
    ),
]
