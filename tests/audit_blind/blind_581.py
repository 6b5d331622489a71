"""BLIND_581 (46 products; old Myntra feed, untuned blip2-opt-2.7b answers): written blind in the fifty-first session.
Measured blind at b5c78a9 (the session's final rules): 114/137 failures found (83.2%) and 5/196 correct texts flagged
(2.6%). The writer's notes, verbatim:

Scenario: the older Myntra "Fashion Product Images" feed (short free-form seller titles; Men, Women, Boys, Girls;
tees, shirts, tops, kurtas, jeans, trousers, shorts, track pants, sweaters, sweatshirts, jackets). Photos are catalog
shots on a white backdrop, the product worn by a model who also wears other clothes (jeans under a tee, a tee under a
jacket, a churidar under a kurta); a few are cropped at the chest or the waist.

Who wrote what: the untuned base Salesforce/blip2-opt-2.7b wrote every caption (greedy, 50 new tokens) and every open
answer (greedy, 30 new tokens): What is the person wearing? Describe the garment. What are the <garment> details?
What is the color of the <garment>? What material is it made of? The base usually stops on a newline after a short
answer, but now and then it runs on: it repeats a clause until the limit, writes a long list that is cut at the limit,
or carries on into a new "Question: ... Answer:" turn. Its usual faults are the color of the wrong garment (the jeans'
blue for the tee), one color for every garment, "dress" for a kurta, fabrics and features it cannot see, the wrong
he/she, and a bare "yes" or the question's own words for an open question. Closed questions (garment_type, color,
pattern, sleeve_length, "Is this a t-shirt/jacket/kurta?") come from enrich's --engine reference, which picks one
candidate value: never a loop or a cut, but sometimes the wrong candidate.

Labeling conventions and judgement calls:
- Colors are judged against the photo; a shade in the seller's coarse group counts as right (maroon as "red", khaki
  as "beige", cream as "white", teal as "green", coral as "pink", charcoal as "gray").
- An open answer that gives the labelled product the color of another visible garment is other_garment_color; a
  question about the other garment (the pants of a top's photo) answered with the product's color is a contradiction
  (one color for two garments); a print's or a stripe's color given as the garment's color is a contradiction.
- A closed answer is never other_garment_color: a wrong candidate (even another garment's color) is a contradiction.
- "Is this a X?" is about the labelled product: "yes, a t-shirt" on a jeans photo where a tee is also worn is a
  contradiction.
- "dress" for a kurta and "shirt" or "jeans" for another seller category are contradictions; "polo" for a polo tee
  filed as Tshirts, "hoodie" for a hooded sweatshirt, "joggers"/"sweatpants" for track pants are right.
- Material: "cotton" for a knit tee, polo or kurta, "denim" for jeans and denim jackets, "wool" for a knit sweater
  are taken as visible and right; a material in the seller's title is right; any other fibre, a blend, a percentage,
  or a performance claim (wicking, water resistant, down filled) is unsupported. So are features that cannot be seen
  (the back of the garment, cufflinks at hidden cuffs) and a backdrop other than the white one.
- A bare "yes", "white" or a single garment word for an open question is non_answer; an answer that only hands the
  question's words back ("the shorts details are the shorts", "describe the garment") is restated.
- A text with several faults carries one label, first match of: leak, loop, cut, then the content fault. A loop that
  ran to the limit is loop with hit_limit=True; cut is a text stopped mid-phrase at the limit without repeating.
- pronoun covers he/she/his/her and man/woman nouns that are wrong for the row's gender; "young boy" for Boys is
  right. A row without a gender column gets no pronoun label.
- Sleeves rolled up on a long-sleeve shirt are still "long"; a melange or cable knit in one color is "solid".
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

what_material = question("material", "What material is it made of?", "open")


def describe_it(text, failure=None, hit_limit=False):
    return describe("garment", text, failure, hit_limit)


def color_open(garment, text, failure=None, hit_limit=False):
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


BLIND_581 = [
    # photo: man, navy crew-neck tee with white "ROADSTER 1985" chest print, mid-blue jeans, white backdrop, front;
    # caption and open answers: base blip2-opt-2.7b; closed: reference engine
    case(
        "X581-001",
        caption("a man wearing a navy blue t-shirt with a white print on the front and back", "unsupported"),
        wearing("a blue t-shirt and jeans"),
        color_open("shirt", "navy"),
        describe_it("it is a t-shirt with a logo on the front"),
        Q.garment_type("t-shirt"),
        Q.pattern("printed"),
        what_material("100% combed cotton with a soft hand feel", "unsupported"),
        title="Roadster Men Navy Blue Printed T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman, plain pink sleeveless top, white skinny jeans, white backdrop, front;
    # caption and open answers: base model; closed: reference engine
    case(
        "X581-002",
        caption("a woman in a pink top and white pants posing for a photo"),
        wearing("a pink top"),
        color_open("pants", "pink", "contradiction"),
        describe_it("he is wearing a pink sleeveless top", "pronoun"),
        Q.sleeve_length("sleeveless"),
        Q.color("pink"),
        details("top", "the top is a top", "restated"),
        title="Vero Moda Women Pink Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: man, white long-sleeve shirt with thin blue checks, dark grey trousers, white backdrop, front;
    # caption and open answers: base model (details ran on to the limit); closed: reference engine
    case(
        "X581-003",
        caption("a man in a white and blue checkered shirt"),
        wearing("a shirt and tie", "unsupported"),
        color_open("shirt", "white and blue"),
        Q.pattern("checked"),
        Q.sleeve_length("long"),
        details(
            "shirt",
            "the shirt has a pocket on the left side and a pocket on the left side and a pocket on the left side and a",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("shirt"),
        title="Peter England Men Checked White Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: boy, red tee with a cartoon racing-car print, navy shorts, white backdrop, front;
    # caption and open answers: base model; closed: reference engine
    case(
        "X581-004",
        caption("a young boy wearing a red shirt with a car on it"),
        wearing("a red shirt and blue shorts"),
        color_open("shorts", "red", "contradiction"),
        describe_it("she is wearing a red t-shirt with a car print", "pronoun"),
        Q.garment_type("t-shirt"),
        is_a("t-shirt", "yes"),
        what_material("cotton"),
        title="Gini and Jony Boys Red Printed T-shirt",
        category="Tshirts",
        color="Red",
        gender="Boys",
    ),
    # photo: woman, knee-length maroon kurta with gold block print at neck and hem, white churidar, white backdrop;
    # caption and open answers: base model; closed: reference engine
    case(
        "X581-005",
        caption("a woman in a red and gold dress", "contradiction"),
        wearing("a maroon kurta with white leggings"),
        Q.garment_type("kurta"),
        Q.color("maroon"),
        Q.pattern("printed"),
        details("kurta", "gold print on the neckline and the hem"),
        what_material("silk", "unsupported"),
        title="Biba Women Maroon Printed Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: man cropped at the chest, mid-blue slim jeans with faded thighs, white tee hem showing, white sneakers,
    # white backdrop; caption and open answers: base model; closed: reference engine
    case(
        "X581-006",
        caption("a man wearing white jeans and a white shirt", "other_garment_color"),
        wearing("jeans"),
        color_open("jeans", "white", "other_garment_color"),
        details("jeans", "the jeans are faded on the thighs"),
        Q.garment_type("jeans"),
        is_a("t-shirt", "yes", "contradiction"),
        what_material("denim"),
        title="Levis Men Blue Slim Fit Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: woman, black skinny jeans, grey short-sleeve top, black flats, white backdrop, front;
    # caption and open answers: base model (details ran into a new turn); closed: reference engine
    case(
        "X581-007",
        caption("a woman wearing black jeans and a grey top"),
        wearing("black pants and a grey shirt"),
        color_open("pants", "grey", "other_garment_color"),
        describe_it("jeans", "non_answer"),
        Q.color("black"),
        Q.garment_type("jeans"),
        details("jeans", "black skinny jeans Question: What is the color of the top? Answer: grey", "leak"),
        title="Kraus Jeans Women Black Skinny Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: man cropped at the chest, khaki chinos, navy polo tee tucked in, brown belt, white backdrop;
    # caption and open answers: base model; closed: reference engine
    case(
        "X581-008",
        caption("a man in a blue shirt and khaki pants"),
        wearing("a blue shirt and khaki pants"),
        color_open("pants", "blue", "other_garment_color"),
        Q.color("beige"),
        Q.garment_type("trousers"),
        details("pants", "they are pants", "non_answer"),
        what_material("cotton blend with stretch", "unsupported"),
        title="Basics Men Khaki Chinos Trousers",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: man, grey melange crew-neck sweatshirt with ribbed cuffs and hem, black track pants, white backdrop;
    # caption and open answers: base model; closed: reference engine
    case(
        "X581-009",
        caption("a man in a gray sweatshirt and black pants"),
        wearing("a grey sweatshirt"),
        color_open("shirt", "black", "other_garment_color"),
        describe_it("it is a hooded sweatshirt with a kangaroo pocket", "unsupported"),
        Q.sleeve_length("long"),
        Q.pattern("solid"),
        what_material("wool", "unsupported"),
        title="Proline Men Grey Melange Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman, lavender crew-neck tee with a small white swoosh on the left chest, black leggings, white
    # backdrop; caption and open answers: base model (description cut at the limit); closed: reference engine
    case(
        "X581-010",
        caption("a woman wearing a purple nike t-shirt and black leggings"),
        wearing("she is wearing a black shirt", "other_garment_color"),
        color_open("shirt", "purple"),
        details("shirt", "the nike logo on the chest"),
        describe_it(
            "a lavender crew neck t-shirt with short sleeves, a small white swoosh on the left chest, a straight hem"
            " and a slim fit through the body and the",
            "cut",
            hit_limit=True,
        ),
        Q.color("lavender"),
        Q.sleeve_length("short"),
        what_material("dri-fit polyester that wicks away sweat", "unsupported"),
        title="Nike Women Lavender Training T-shirt",
        category="Tshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: man, black quilted nylon puffer jacket open over a white tee, blue jeans, white backdrop, front;
    # caption and open answers: base model (details looped to the limit); closed: reference engine
    case(
        "X581-011",
        caption("a man wearing a black jacket over a white t-shirt"),
        wearing("a black jacket, white t-shirt and jeans"),
        color_open("jacket", "white", "other_garment_color"),
        Q.garment_type("jacket"),
        is_a("jacket", "yes"),
        describe_it("it is a leather jacket with a zipper", "unsupported"),
        details(
            "jacket",
            "the jacket has a zipper and two pockets and a zipper and two pockets and a zipper and two pockets and a",
            "loop",
            hit_limit=True,
        ),
        title="Fort Collins Men Black Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: girl, yellow top with ruffled short sleeves, light denim shorts, white backdrop, front;
    # caption and open answers: base model; closed: reference engine
    case(
        "X581-012",
        caption("a little girl in a yellow top and denim shorts"),
        wearing("a yellow shirt and shorts"),
        color_open("shorts", "yellow", "contradiction"),
        describe_it("he is wearing a yellow top with ruffles", "pronoun"),
        Q.garment_type("top"),
        Q.sleeve_length("short"),
        details("top", "ruffled sleeves"),
        what_material("cotton Question: Is the girl wearing shorts? Answer: yes", "leak"),
        title="Tiny Girl Girls Yellow Top",
        category="Tops",
        color="Yellow",
        gender="Girls",
    ),
    # photo: man, long white cotton kurta with mandarin collar and button placket, white pyjama, white backdrop;
    # caption and open answers: base model (description cut at the limit); closed: reference engine
    case(
        "X581-013",
        caption("a man in a white kurta standing in front of a white wall"),
        wearing("white", "non_answer"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("white"),
        is_a("kurta", "yes"),
        what_material("cotton"),
        describe_it(
            "a long white kurta with a mandarin collar, a button placket down the front, long sleeves with buttoned"
            " cuffs and side slits at the hem and a",
            "cut",
            hit_limit=True,
        ),
        title="Fabindia Men White Kurta",
        category="Kurtas",
        color="White",
        gender="Men",
    ),
    # photo: woman, black formal trousers, white blouse tucked in, black heels, white backdrop, front;
    # caption and open answers: base model (details ran into a new turn); closed: reference engine
    case(
        "X581-014",
        caption("a woman wearing a white shirt and black pants"),
        wearing("a white blouse and black trousers"),
        color_open("pants", "white", "other_garment_color"),
        Q.garment_type("trousers"),
        Q.color("black"),
        describe_it("he is wearing black trousers", "pronoun"),
        details(
            "pants",
            "the pants are black Question: What are the shirt details? Answer: the shirt is white",
            "leak",
        ),
        what_material("polyester", "unsupported"),
        title="Van Heusen Women Black Formal Trousers",
        category="Trousers",
        color="Black",
        gender="Women",
    ),
    # photo: man cropped at the chest, olive cargo shorts with flap side pockets, white tee, white backdrop;
    # caption and open answers: base model; closed: reference engine
    case(
        "X581-015",
        caption("a man in a white shirt and green shorts"),
        wearing("a white t-shirt and green shorts"),
        color_open("shorts", "white", "other_garment_color"),
        details("shorts", "the shorts details are the shorts", "restated"),
        Q.pattern("solid"),
        Q.garment_type("shorts"),
        describe_it("cargo shorts with two flap pockets on the sides"),
        title="Wrangler Men Olive Green Cargo Shorts",
        category="Shorts",
        color="Olive",
        gender="Men",
    ),
    # photo: woman, cream cable-knit crew-neck sweater, blue jeans, white backdrop, front;
    # caption and open answers: base model; closed: reference engine
    case(
        "X581-016",
        caption("a woman wearing a white sweater and white jeans", "contradiction"),
        wearing("a sweater and jeans"),
        color_open("sweater", "blue", "other_garment_color"),
        Q.color("cream"),
        Q.pattern("solid"),
        describe_it("a cable knit sweater"),
        what_material("cashmere", "unsupported"),
        title="Vero Moda Women Cream Sweater",
        category="Sweaters",
        color="Cream",
        gender="Women",
    ),
    # photo: man, navy track pants with white side stripes, grey tee, white backdrop, front;
    # caption and open answers: base model; closed: reference engine
    case(
        "X581-017",
        caption("a man wearing a gray t-shirt and blue track pants in a gym", "unsupported"),
        wearing("gray track pants", "other_garment_color"),
        color_open("pants", "gray", "other_garment_color"),
        details("pants", "white stripes down the sides"),
        Q.garment_type("track pants"),
        Q.color("navy blue"),
        is_a("t-shirt", "no"),
        title="Puma Men Navy Blue Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man, navy long-sleeve shirt with thin white vertical stripes, beige chinos, white backdrop, front;
    # caption and open answers: base model; closed: reference engine
    case(
        "X581-018",
        caption("a man wearing a blue striped shirt and khaki pants"),
        wearing("a blue and white striped shirt"),
        color_open("pants", "blue", "contradiction"),
        Q.pattern("solid", "contradiction"),
        Q.garment_type("shirt"),
        describe_it("she is wearing a button up shirt", "pronoun"),
        what_material("linen", "unsupported"),
        title="Arrow Men Navy Blue Striped Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman, green straight kurta with small white floral print, three-quarter sleeves, white palazzo,
    # white backdrop; caption and open answers: base model (details looped); closed: reference engine
    case(
        "X581-019",
        caption("a woman wearing a green dress with white flowers", "contradiction"),
        wearing("a green and white kurta"),
        Q.sleeve_length("three-quarter"),
        Q.pattern("floral"),
        color_open("pants", "green", "contradiction"),
        details(
            "kurta",
            "the kurta has a floral print and a round neck and a floral print and a round neck and a floral print and",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("kurta"),
        title="W Women Green Printed Kurta",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: boy, blue denim shorts with rolled hems, orange tee, white backdrop, front;
    # caption and open answers: base model; closed: reference engine
    case(
        "X581-020",
        caption("a boy wearing an orange shirt and orange shorts", "contradiction"),
        wearing("orange shirt"),
        color_open("shorts", "orange", "other_garment_color"),
        Q.garment_type("shorts"),
        Q.color("blue"),
        what_material("denim"),
        describe_it("denim shorts with rolled up hems"),
        title="Palm Tree Boys Blue Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Boys",
    ),
    # photo: man, black tee with a large orange-and-white tiger graphic on the front, grey jeans, white backdrop,
    # front only; caption and open answers: base model; closed: reference engine
    case(
        "X581-021",
        caption("a man in a black shirt with a tiger on it"),
        wearing("a black t-shirt with a tiger on it"),
        color_open("shirt", "orange", "contradiction"),
        Q.pattern("graphic"),
        Q.color("black"),
        details("shirt", "the shirt has a tiger print on the front and the back", "unsupported"),
        what_material("yes", "non_answer"),
        title="Status Quo Men Black Printed T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: woman, white long-sleeve shirt with pointed collar, navy trousers, white backdrop, front;
    # caption and open answers: base model (details ran into a new turn); closed: reference engine
    case(
        "X581-022",
        caption("a woman in a white shirt and blue pants"),
        wearing("a white shirt and navy pants"),
        color_open("shirt", "white"),
        color_open("pants", "white", "contradiction"),
        Q.sleeve_length("short", "contradiction"),
        describe_it("white button down shirt with a pointed collar"),
        details("shirt", "The shirt is white. Question: What is the color of the pants? Answer: blue", "leak"),
        title="Allen Solly Woman White Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: man, maroon v-neck sweater over a white collared shirt, dark jeans, white backdrop, front;
    # caption and open answers: base model (material ran into a new turn); closed: reference engine
    case(
        "X581-023",
        caption("a man wearing a white sweater over a white shirt", "other_garment_color"),
        wearing("a sweater"),
        color_open("sweater", "white", "other_garment_color"),
        Q.garment_type("sweater"),
        Q.color("maroon"),
        describe_it("a v-neck pullover sweater"),
        what_material("it is made of wool Question: What is the color of the sweater? Answer: red", "leak"),
        title="Numero Uno Men Maroon Sweater",
        category="Sweaters",
        color="Maroon",
        gender="Men",
    ),
    # photo: woman, light-wash blue denim jacket with two flap chest pockets over a black top, black jeans,
    # white backdrop; caption and open answers: base model; closed: reference engine
    case(
        "X581-024",
        caption("a woman wearing a black denim jacket and black pants", "other_garment_color"),
        wearing("a denim jacket"),
        color_open("jacket", "black", "other_garment_color"),
        Q.garment_type("jacket"),
        is_a("jacket", "yes"),
        details("jacket", "he is wearing a denim jacket with buttons", "pronoun"),
        what_material("denim"),
        describe_it("a light wash denim jacket with two chest pockets"),
        title="Roadster Women Blue Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: man, black track pants with three white side stripes, red tee, white backdrop, front;
    # caption and open answers: base model; closed: reference engine
    case(
        "X581-025",
        caption("a woman in a red shirt and black pants", "pronoun"),
        wearing("a red shirt"),
        color_open("pants", "red", "other_garment_color"),
        Q.color("black"),
        Q.garment_type("jeans", "contradiction"),
        describe_it("adidas track pants with three stripes"),
        what_material("nylon", "unsupported"),
        title="Adidas Men Black Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: girl, pink tee with a glitter butterfly print on the front, white leggings, white backdrop;
    # caption and open answers: base model (details cut at the limit); closed: reference engine
    case(
        "X581-026",
        caption("a little girl in a pink shirt with a butterfly on it"),
        wearing("a pink shirt and white leggings"),
        color_open("shirt", "white", "other_garment_color"),
        describe_it("a pink t-shirt with a butterfly"),
        Q.pattern("printed"),
        is_a("t-shirt", "yes"),
        what_material("cotton and spandex", "unsupported"),
        details(
            "shirt",
            "a pink glitter butterfly print on the front with silver outlines around the wings and small stars around"
            " the butterfly and a ribbed crew neck and short",
            "cut",
            hit_limit=True,
        ),
        title="Doodle Girls Pink Printed T-shirt",
        category="Tshirts",
        color="Pink",
        gender="Girls",
    ),
    # photo: man, green and navy checked shirt, long sleeves rolled to the elbow, blue jeans, white backdrop;
    # caption and open answers: base model (details looped); closed: reference engine
    case(
        "X581-027",
        caption("a man in a green plaid shirt and jeans standing on a street", "unsupported"),
        wearing("a plaid shirt"),
        color_open("shirt", "green"),
        color_open("jeans", "green", "contradiction"),
        Q.pattern("checked"),
        Q.sleeve_length("long"),
        details(
            "shirt",
            "the shirt has a button down collar and a chest pocket with a flap and a chest pocket with a flap and a"
            " chest pocket with",
            "loop",
            hit_limit=True,
        ),
        title="Basics Men Green Checked Slim Fit Shirt",
        category="Shirts",
        color="Green",
        gender="Men",
    ),
    # photo: woman, black short-sleeve top with white polka dots, blue jeans, white backdrop, front;
    # caption and open answers: base model; closed: reference engine
    case(
        "X581-028",
        caption("a woman wearing a black and white polka dot top"),
        wearing("a polka dot shirt and jeans"),
        Q.pattern("polka dots"),
        Q.color("white", "contradiction"),
        describe_it("it is a black top"),
        details("top", "yes", "non_answer"),
        what_material("chiffon", "unsupported"),
        title="Mango Women Black Polka Dot Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: man cropped at the chest, dark indigo jeans, black tee, white backdrop;
    # caption and open answers: base model; closed: reference engine
    case(
        "X581-029",
        caption("a man wearing a black shirt and blue jeans"),
        wearing("jeans and a black t-shirt"),
        color_open("jeans", "black", "other_garment_color"),
        details("jeans", "the jeans have a slight fade and a button fly", "unsupported"),
        Q.color("navy blue"),
        Q.garment_type("jeans"),
        what_material("the material is made of material", "restated"),
        title="Flying Machine Men Dark Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: woman, pink hooded sweatshirt with a white Puma logo, drawstring hood, kangaroo pocket, grey joggers,
    # white backdrop; caption and open answers: base model; closed: reference engine
    case(
        "X581-030",
        caption("a woman in a pink hoodie and gray sweatpants"),
        wearing("a pink hoodie"),
        color_open("pants", "pink", "contradiction"),
        Q.garment_type("sweatshirt"),
        Q.sleeve_length("long"),
        describe_it("he is wearing a pink hoodie with a puma logo", "pronoun"),
        details("hoodie", "drawstring hood and a kangaroo pocket"),
        what_material("polyester fleece with a brushed inside", "unsupported"),
        title="Puma Women Pink Hooded Sweatshirt",
        category="Sweatshirts",
        color="Pink",
        gender="Women",
    ),
    # photo: man, plain white polo tee, navy shorts, white backdrop, front;
    # caption: base model (looped to the limit); open answers: base model; closed: reference engine
    case(
        "X581-031",
        caption(
            "a man in a white polo shirt and blue shorts with a white polo shirt and blue shorts with a white polo"
            " shirt and blue shorts with a white polo shirt and blue shorts with a white",
            "loop",
            hit_limit=True,
        ),
        wearing("a polo shirt"),
        color_open("shirt", "blue", "other_garment_color"),
        Q.color("white"),
        is_a("t-shirt", "yes"),
        details("shirt", "it has a collar and buttons"),
        what_material("pique cotton with moisture wicking", "unsupported"),
        title="Jack & Jones Men White Polo T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: man, olive bomber jacket zipped up, ribbed collar and cuffs, black jeans, white backdrop, front;
    # caption and open answers: base model; closed: reference engine
    case(
        "X581-032",
        caption("a man wearing a green bomber jacket"),
        wearing("a green jacket and green jeans", "contradiction"),
        color_open("jacket", "green"),
        Q.color("black", "contradiction"),
        describe_it("a bomber jacket with ribbed cuffs and a zipper"),
        details("jacket", "the jacket is made of 100% polyester and has a water resistant finish", "unsupported"),
        Q.garment_type("jacket"),
        title="Roadster Men Olive Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: boy, grey sweatshirt with a red "NYC" print, blue jeans, white backdrop, front;
    # caption and open answers: base model; closed: reference engine
    case(
        "X581-033",
        caption("a young boy wearing a gray sweatshirt with the word nyc on it"),
        wearing("a red sweatshirt", "contradiction"),
        color_open("shirt", "blue", "other_garment_color"),
        Q.garment_type("sweatshirt"),
        Q.pattern("graphic"),
        describe_it("she is wearing a gray sweatshirt", "pronoun"),
        what_material("fleece", "unsupported"),
        title="YK Boys Grey Printed Sweatshirt",
        category="Sweatshirts",
        color="Grey",
        gender="Boys",
    ),
    # photo: woman, mid-blue bootcut jeans, white top, tan boots, white backdrop, front;
    # caption and open answers: base model; closed: reference engine
    case(
        "X581-034",
        caption("a woman in a white shirt and blue jeans"),
        wearing("a white top and jeans"),
        color_open("jeans", "blue"),
        color_open("shirt", "blue", "contradiction"),
        details("jeans", "bootcut with a five pocket styling"),
        Q.garment_type("jeans"),
        is_a("t-shirt", "no"),
        describe_it("no", "non_answer"),
        what_material("what material is it made of", "restated"),
        title="Levis Women Blue Bootcut Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: man, royal blue silk kurta with tone-on-tone embroidery at the mandarin collar, white churidar,
    # white backdrop; caption and open answers: base model; closed: reference engine
    case(
        "X581-035",
        caption("a man in a blue kurta and white pants"),
        wearing("blue kurta"),
        what_material("silk"),
        Q.garment_type("kurta"),
        Q.color("white", "contradiction"),
        details("kurta", "embroidery on the collar and the buttons"),
        describe_it("a blue kurta with a mandarin collar"),
        color_open("pants", "blue", "contradiction"),
        title="Manyavar Men Blue Silk Kurta",
        category="Kurtas",
        color="Blue",
        gender="Men",
    ),
    # photo: woman, mustard yellow tee with black "COFFEE FIRST" lettering, blue denim shorts, white backdrop;
    # caption and open answers: base model (description looped); closed: reference engine
    case(
        "X581-036",
        caption("a woman wearing a yellow t-shirt that says coffee first"),
        wearing("a yellow t-shirt and shorts"),
        color_open("shirt", "black", "contradiction"),
        Q.color("mustard"),
        Q.pattern("printed"),
        details("shirt", "the shirt says coffee first"),
        describe_it(
            "a yellow t-shirt with black letters that read coffee first and a yellow t-shirt with black letters that"
            " read coffee first and a",
            "loop",
            hit_limit=True,
        ),
        title="Tantra Women Yellow Printed T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Women",
    ),
    # photo: man, light pink formal shirt with buttoned cuffs, grey trousers, white backdrop, front (the feed row
    # has no color); caption and open answers: base model (details ran into new turns); closed: reference engine
    case(
        "X581-037",
        caption("a man in a pink shirt and gray pants"),
        wearing("a pink dress shirt"),
        color_open("pants", "pink", "contradiction"),
        Q.garment_type("shirt"),
        Q.sleeve_length("long"),
        describe_it("a pink button up shirt with french cuffs and cufflinks", "unsupported"),
        details(
            "shirt",
            "pink Question: What is the material of the shirt? Answer: cotton Question: What is the",
            "leak",
            hit_limit=True,
        ),
        title="Louis Philippe Men Pink Formal Shirt",
        category="Shirts",
        gender="Men",
    ),
    # photo: woman, white denim shorts with frayed hem, coral sleeveless top, white backdrop, front;
    # caption and open answers: base model; closed: reference engine
    case(
        "X581-038",
        caption("a woman in a pink top and white shorts"),
        wearing("a pink top and pink shorts", "other_garment_color"),
        color_open("shorts", "pink", "other_garment_color"),
        Q.color("white"),
        Q.garment_type("shorts"),
        details("shorts", "frayed hem"),
        describe_it("shorts", "non_answer"),
        title="Forever 21 Women White Shorts",
        category="Shorts",
        color="White",
        gender="Women",
    ),
    # photo: man, navy crew-neck knit sweater with a red and white stripe band across the chest, beige chinos,
    # white backdrop; caption and open answers: base model; closed: reference engine
    case(
        "X581-039",
        caption("a man in a blue sweater with a red stripe"),
        wearing("a blue sweater and blue pants", "contradiction"),
        color_open("sweater", "red", "contradiction"),
        Q.pattern("striped"),
        Q.sleeve_length("long"),
        what_material("wool"),
        describe_it("describe the garment", "restated"),
        title="United Colors of Benetton Men Navy Blue Sweater",
        category="Sweaters",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: girl, purple tee with a Barbie print, denim skirt, white backdrop, front (the feed row has no gender);
    # caption and open answers: base model; closed: reference engine
    case(
        "X581-040",
        caption("a little girl wearing a purple barbie shirt"),
        wearing("a purple shirt and a denim skirt"),
        color_open("skirt", "purple", "contradiction"),
        Q.garment_type("t-shirt"),
        Q.pattern("solid", "contradiction"),
        details("shirt", "a barbie print on the front"),
        what_material("plastic", "unsupported"),
        title="Barbie Girls Purple T-shirt",
        category="Tshirts",
        color="Purple",
    ),
    # photo: man, charcoal grey athletic shorts with drawstring and a small white swoosh on the left leg, black tee,
    # white backdrop; caption: base model (cut at the limit); open answers: base model; closed: reference engine
    case(
        "X581-041",
        caption(
            "a man wearing a black t-shirt and gray shorts with a drawstring waist and two side pockets and a small"
            " white logo on the left leg standing against a plain white background with his hands at his sides and"
            " his feet slightly apart on the",
            "cut",
            hit_limit=True,
        ),
        wearing("shorts"),
        color_open("shorts", "black", "other_garment_color"),
        Q.color("charcoal"),
        details("shorts", "they are short shorts", "non_answer"),
        what_material("mesh", "unsupported"),
        Q.garment_type("shorts"),
        title="Nike Men Grey Shorts",
        category="Shorts",
        color="Grey",
        gender="Men",
    ),
    # photo: woman, rust kurta with mirror work at the yoke, keyhole neck with tie, three-quarter sleeves, beige
    # leggings, white backdrop; caption and open answers: base model (details cut); closed: reference engine
    case(
        "X581-042",
        caption("a woman in an orange kurta with mirror work"),
        wearing("a orange dress", "contradiction"),
        Q.color("rust"),
        Q.garment_type("kurta"),
        color_open("pants", "orange", "contradiction"),
        details(
            "kurta",
            "mirror work on the yoke, a keyhole neckline with a tie up, three quarter sleeves and a straight hem with"
            " side slits and",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("three-quarter"),
        title="Global Desi Women Rust Kurta",
        category="Kurtas",
        color="Rust",
        gender="Women",
    ),
    # photo: man, teal tee with a cartoon character print, khaki shorts, white backdrop, front;
    # caption and open answers: base model; closed: reference engine
    case(
        "X581-043",
        caption("a man in a green t-shirt with a cartoon character"),
        wearing("a green shirt and shorts"),
        color_open("shirt", "beige", "other_garment_color"),
        Q.color("teal"),
        describe_it("she is wearing a green t-shirt with a cartoon", "pronoun"),
        is_a("t-shirt", "yes"),
        details("shirt", "a cartoon Question: What is the cartoon? Answer: mr. men", "leak"),
        what_material("100% cotton", "unsupported"),
        title="Mr. Men Men Nonsense Green Tshirts",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: boy, red hooded quilted jacket zipped up, blue jeans, white backdrop, front;
    # caption and open answers: base model (details looped); closed: reference engine
    case(
        "X581-044",
        caption("a young boy wearing a red jacket with a hood"),
        wearing("a red jacket and red jeans", "contradiction"),
        color_open("jacket", "red"),
        Q.garment_type("jacket"),
        is_a("jacket", "yes"),
        details(
            "jacket",
            "the jacket has a hood and the jacket has a hood and the jacket has a hood and the jacket has a hood and",
            "loop",
            hit_limit=True,
        ),
        describe_it("a puffer jacket filled with duck down", "unsupported"),
        title="Gini and Jony Boys Red Hooded Jacket",
        category="Jackets",
        color="Red",
        gender="Boys",
    ),
    # photo: woman, grey melange joggers with elastic waist and cuffed ankles, white tee, white sneakers, white
    # backdrop; caption and open answers: base model (material echoed the prompt); closed: reference engine
    case(
        "X581-045",
        caption("a woman in a white t-shirt and gray sweatpants"),
        wearing("a white shirt and white pants", "other_garment_color"),
        color_open("pants", "white", "other_garment_color"),
        Q.garment_type("track pants"),
        Q.color("grey"),
        details("pants", "the pants have an elastic waistband and cuffed ankles"),
        what_material("Question: What material is it made of? Answer: cotton", "leak"),
        title="Adidas Women Grey Track Pants",
        category="Track Pants",
        color="Grey",
        gender="Women",
    ),
    # photo: man, black long-sleeve shirt with sleeves rolled up, blue ripped jeans, white backdrop, front;
    # caption and open answers: base model; closed: reference engine
    case(
        "X581-046",
        caption("a man in a black shirt and ripped jeans"),
        wearing("a black shirt and jeans"),
        color_open("shirt", "black"),
        color_open("jeans", "black", "contradiction"),
        Q.pattern("solid"),
        describe_it("black", "non_answer"),
        details("shirt", "the shirt details are the details of the shirt", "restated"),
        what_material("rayon", "unsupported"),
        title="Highlander Men Black Slim Fit Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
]
