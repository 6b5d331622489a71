"""BLIND_1106 (46 products; old Myntra feed, men's bottoms/tees, base zero-shot): written blind in the sixtieth session.
Measured blind at afb9012 (the session's second rules): 113/128 failures found (88.3%) and 6/175 correct texts flagged
(3.4%). The writer's notes, verbatim:

Scenario: the older Myntra feed of the shared photos' kind, with short seller titles ("Proline Men Grey T-shirt"):
23 men's t-shirts (crew necks, polos, a henley, prints, stripes, one flat-lay) and 23 men's bottoms (jeans,
trousers, shorts, track pants). Product shots on a white backdrop; every product but one is worn by a male model who
also wears another garment (a t-shirt over the jeans, a shirt tucked into the trousers, jeans under the t-shirt).
Two bottoms are lower-body crops. Two rows have no color column.

Who wrote what: the untuned base model Salesforce/blip2-opt-2.7b, zero-shot, no adapter, wrote every caption and
every open answer (greedy, 30 new tokens for answers, 50 for captions); the closed answers (garment type, color,
pattern, sleeve length, "Is this a pair of ...?") come from enrich's --engine reference, which picks one candidate.
Its habits: short lowercase answers that usually stop; it names the top first and often gives the bottom the top's
color (or the top the bottom's); it reads a print's or stripe's color as the garment's; it calls the male model
"she" now and then; it invents pockets, zippers, logos and lettering it cannot see; a few answers run on to the
token limit (a repeated phrase, or a long description cut mid-sentence), and a few continue the prompt format with
a new "Question: ... Answer:" turn or echo the question back.

Labeling conventions and judgement calls:
- When a wrong color is the color of another garment in the photo (the t-shirt's white given to the jeans, the
  jeans' black given to a charcoal t-shirt), the label is other_garment_color, even if it is also a shade slip.
  A wrong color that no garment has (navy read as black with beige chinos, a print's orange for a black t-shirt,
  the stripes' white for a navy t-shirt) is a contradiction.
- A closed garment type that names the other garment (t-shirt for the jeans, shorts for the t-shirt) or the wrong
  kind of bottom (jeans for chinos, track pants for cargo trousers, jeans for denim shorts) is a contradiction, and
  so is a wrong yes/no to "Is this a pair of ...?", a wrong pattern and a wrong sleeve length.
- Shades in the same family are correct: navy, dark blue or blue for Navy Blue; grey or dark grey for Charcoal;
  tan, beige or khaki for Khaki/Beige; red or maroon for Maroon; teal or green for Teal; light blue for a light wash.
- Material: a fabric the garment type implies (denim for jeans, cotton for a plain tee or chinos, polyester for a
  sports tee or athletic shorts) is correct; a fabric it cannot be (silk, leather, denim for chinos) is unsupported.
- Details the front view cannot show (back pockets, tabs, a back print), or that are not there (a chest pocket on a
  plain tee, a hood, a watch, a phone, a basketball, printed words that are not on the print) are unsupported.
- A one-word or yes/no answer to an open wearing/describe/details question, and "they are shorts"-style answers
  that only give the question's garment back, are non_answer; one-word answers to the color and material questions
  are natural and correct when right. An answer that echoes the question ("describe the jeans") is restated.
- A text that repeats a phrase three or more times to the token limit is a loop; one that runs to the limit
  without repeating and stops mid-phrase is cut (even when it also invents a detail on the way). Both have
  hit_limit=True; leaks that run on to the limit too.
- "she", "her" or "a woman" for the male model is pronoun, whatever else the text says.
- A belt or shoes next to the product count as another item: their color given to the product is
  other_garment_color.
- Each failing text carries one label, the one a reviewer would name first.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color, color_of, describe, details, is_a, material, wearing

BLIND_1106 = [
    # photo: heather-grey plain crew-neck t-shirt, short sleeves, worn with dark blue jeans; white backdrop, front
    # view, arms at the sides. Base model wrote the caption and open answers; closed answers by the reference engine.
    case(
        "X1106-001",
        caption("a man in a grey t-shirt and blue jeans standing in front of a white wall"),
        wearing("a grey t-shirt and jeans Question: what is the color of the jeans? Answer: blue", "leak", who="he"),
        color_of("t-shirt", "grey"),
        describe("t-shirt", "a plain grey t-shirt with a round neck"),
        details("t-shirt", "the t-shirt has a pocket on the chest", "unsupported"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        title="Proline Men Grey T-shirt",
        category="Tshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: black crew-neck t-shirt with a white Puma cat logo and PUMA wordmark across the chest, worn with grey
    # melange track pants; white backdrop, front view. Base model (open), reference engine (closed).
    case(
        "X1106-002",
        caption("a man wearing a black puma t-shirt and grey sweatpants"),
        wearing("black t-shirt and grey pants", who="he"),
        color_of("t-shirt", "grey", "other_garment_color"),
        describe("t-shirt", "a black t-shirt with the puma logo on the front"),
        details(
            "t-shirt",
            "puma logo puma logo puma logo puma logo puma logo puma logo puma logo puma logo puma logo puma logo",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("graphic"),
        Q.sleeve_length("long", "contradiction"),
        title="Puma Men Black Tshirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: navy blue pique polo t-shirt, white Nike swoosh on the left chest, two-button placket, worn with beige
    # chinos, one hand in the pocket; white backdrop. Base model (open), reference engine (closed).
    case(
        "X1106-003",
        caption("a man wearing a navy polo shirt and khaki pants"),
        wearing("she is wearing a blue polo shirt and tan pants", "pronoun", who="he"),
        color_of("t-shirt", "black", "contradiction"),
        describe("t-shirt", "a blue polo shirt with a white nike logo"),
        details("t-shirt", "it has a collar and two buttons"),
        Q.garment_type("polo shirt"),
        Q.sleeve_length("short"),
        title="Nike Men Navy Blue Polo Tshirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: white crew-neck t-shirt with a large black-and-red motorbike graphic and small "FM" lettering, worn
    # with mid-blue jeans; white backdrop, front view, no jacket. Base model (open), reference engine (closed).
    case(
        "X1106-004",
        caption("a man wearing a white t-shirt with a motorcycle on it"),
        wearing("a white t-shirt with a motorcycle print, blue jeans and a leather jacket", "unsupported", who="he"),
        color_of("t-shirt", "white"),
        describe(
            "t-shirt", "a white t-shirt with a red motorcycle on the front and the words born to ride", "unsupported"
        ),
        details("t-shirt", "yes", "non_answer"),
        Q.pattern("graphic"),
        material("cotton"),
        title="Flying Machine Men Printed White Tshirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: polo t-shirt in red and white horizontal stripes, plain white collar, worn with navy trousers; white
    # backdrop, front view. Base model (open), reference engine (closed).
    case(
        "X1106-005",
        caption("a man in a red and white striped polo shirt"),
        wearing(
            "a red and white striped shirt Question: what is the color of the pants? Answer: blue", "leak", who="he"
        ),
        color_of("t-shirt", "red"),
        Q.pattern("solid", "contradiction"),
        describe("t-shirt", "a red shirt with white stripes and a white collar"),
        details(
            "t-shirt",
            "the stripes are horizontal and the collar is white and the buttons are white and the buttons are white"
            " and the buttons are white and the buttons",
            "loop",
            hit_limit=True,
        ),
        title="United Colors of Benetton Men Stripes Red Polo T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: charcoal-grey crew-neck t-shirt with a mustard-yellow "STATUS QUO" text print and two small stars,
    # worn with black jeans; white backdrop, front view. Base model (open), reference engine (closed).
    case(
        "X1106-006",
        caption("a man wearing a black t-shirt with yellow writing and black jeans", "other_garment_color"),
        wearing("a dark grey t-shirt with yellow print and black jeans", who="he"),
        color_of("t-shirt", "grey"),
        describe(
            "t-shirt",
            "a charcoal grey t-shirt with the words status quo printed in yellow on the front and two stars on each"
            " side of the letters and a small",
            "cut",
            hit_limit=True,
        ),
        details("t-shirt", "the t-shirt has yellow letters on the front"),
        Q.garment_type("jeans", "contradiction"),
        material("cotton"),
        title="Status Quo Men Printed Charcoal Tshirts",
        category="Tshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: black t-shirt with a multicolor tiger graphic (orange, green, red) and gold script lettering, worn with
    # dark indigo jeans; white backdrop, front view, plain sleeves. Base model (open), reference engine (closed).
    case(
        "X1106-007",
        caption("a man wearing a black t-shirt with a tiger on it"),
        wearing("black t-shirt with a tiger print and dark jeans", who="he"),
        color_of("t-shirt", "orange", "contradiction"),
        describe(
            "t-shirt",
            "a black t-shirt with a tiger and the words ed hardy written in gold letters across the chest and the"
            " sleeves have a red rose on them with the",
            "cut",
            hit_limit=True,
        ),
        details("t-shirt", "tiger", "non_answer"),
        Q.sleeve_length("short"),
        title="Ed Hardy Men Tiger Print Black Tshirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: olive green v-neck t-shirt, short sleeves, worn with khaki chino shorts and white sneakers; white
    # backdrop, full body. Base model (open), reference engine (closed).
    case(
        "X1106-008",
        caption("a man in an olive green t-shirt and khaki shorts"),
        wearing("she is wearing a green t-shirt and khaki shorts", "pronoun", who="he"),
        color_of("t-shirt", "khaki", "other_garment_color"),
        describe("t-shirt", "a green v-neck t-shirt"),
        details("t-shirt", "the t-shirt has a v-neck and short sleeves"),
        Q.garment_type("t-shirt"),
        Q.pattern("solid"),
        title="Classic Polo Men Olive Tshirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: bright yellow crew-neck t-shirt with the Mr. Happy cartoon face and "MR. HAPPY" in black, worn with blue
    # jeans; white backdrop, front view. Base model (open), reference engine (closed).
    case(
        "X1106-009",
        caption("a man wearing a yellow t-shirt with a smiley face on it"),
        wearing("a yellow t-shirt and jeans", who="he"),
        color_of("t-shirt", "yellow"),
        describe("t-shirt", "describe the t-shirt", "restated"),
        details("t-shirt", "the t-shirt has a cartoon character on the front and the words mr happy"),
        material("silk", "unsupported"),
        Q.sleeve_length("long", "contradiction"),
        title="Mr. Men Men Mr. Happy Yellow Tshirt",
        category="Tshirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: maroon full-sleeve henley t-shirt with a three-button placket, no pocket, worn with grey jeans; white
    # backdrop, front view. Base model (open), reference engine (closed).
    case(
        "X1106-010",
        caption("a man in a maroon long sleeve shirt and grey jeans"),
        wearing("a red shirt and jeans Question: what color are the jeans? Answer: grey", "leak", who="he"),
        color_of("t-shirt", "maroon"),
        Q.sleeve_length("short", "contradiction"),
        describe("t-shirt", "a long sleeved henley with buttons at the neck"),
        details(
            "t-shirt",
            "the shirt has buttons on the front and a pocket on the chest and a zipper on the sleeve",
            "unsupported",
        ),
        Q.garment_type("shirt", "contradiction"),
        title="Wrangler Men Maroon Henley Tshirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: white polo t-shirt, small navy embroidered logo on the left chest, navy tipping on the collar, worn with
    # blue jeans, left hand in the pocket; white backdrop. Base model (open), reference engine (closed).
    case(
        "X1106-011",
        caption("a man in a white polo shirt and blue jeans with his hand in his pocket"),
        wearing("he is wearing a white polo shirt and blue jeans", who="he"),
        color_of("t-shirt", "blue", "other_garment_color"),
        describe(
            "t-shirt",
            "a white polo shirt with a blue logo on the left side of the chest and a blue and white striped collar"
            " with two buttons and a small",
            "cut",
            hit_limit=True,
        ),
        details("t-shirt", "the polo shirt has a collar with blue stripes and a small logo on the chest"),
        Q.pattern("solid"),
        material("cotton"),
        title="U.S. Polo Assn. Men White Polo Tshirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: royal blue crew-neck t-shirt with three white stripes over the shoulders and a white adidas logo on the
    # chest, worn with black shorts; white backdrop, full body. Base model (open), reference engine (closed).
    case(
        "X1106-012",
        caption("a man in a black adidas shirt and black shorts", "other_garment_color"),
        wearing("a blue t-shirt with white stripes and black shorts", who="he"),
        color_of("t-shirt", "blue"),
        describe("t-shirt", "a blue t-shirt with three white stripes on the shoulders"),
        details("t-shirt", "Question: What are the t-shirt details? Answer: the t-shirt has three stripes", "leak"),
        Q.garment_type("shorts", "contradiction"),
        title="Adidas Men Blue Tshirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: orange crew-neck t-shirt with "FILA" in white letters on the chest, worn with grey track pants; white
    # backdrop, front view. Base model (open), reference engine (closed).
    case(
        "X1106-013",
        caption("a man in a grey t-shirt and grey pants", "other_garment_color"),
        wearing("an orange shirt and grey sweatpants", who="he"),
        color_of("t-shirt", "orange"),
        describe("t-shirt", "orange", "non_answer"),
        details("t-shirt", "the t-shirt has the fila logo on the front in white letters"),
        material("cotton"),
        Q.sleeve_length("short"),
        title="Fila Men Orange Tshirt",
        category="Tshirts",
        color="Orange",
        gender="Men",
    ),
    # photo: teal round-neck t-shirt with one patch pocket on the left chest, worn with beige chinos; white backdrop,
    # front view. Base model (open), reference engine (closed).
    case(
        "X1106-014",
        caption("a man wearing a teal t-shirt and beige pants"),
        wearing("a green t-shirt with a pocket and khaki pants", who="he"),
        color_of("t-shirt", "teal"),
        describe("t-shirt", "a teal t-shirt with a pocket on the chest"),
        details("t-shirt", "t-shirt details", "restated"),
        Q.garment_type("polo shirt", "contradiction"),
        material("denim", "unsupported"),
        title="Locomotive Men Teal Tshirt",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: navy t-shirt with thin white horizontal stripes, crew neck, worn with beige trousers; white backdrop,
    # front view. Base model (open), reference engine (closed).
    case(
        "X1106-015",
        caption("a man in a blue and white striped shirt and beige pants"),
        wearing("she is wearing a striped shirt and beige pants", "pronoun", who="he"),
        color_of("t-shirt", "white", "contradiction"),
        Q.pattern("striped"),
        describe("t-shirt", "a navy blue t-shirt with white stripes"),
        details("t-shirt", "the t-shirt has thin stripes and a zip at the neck", "unsupported"),
        title="Basics Men Stripes Navy Tshirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: bright green crew-neck t-shirt with "LEE" printed in white across the chest, plain sleeves, worn with
    # blue jeans and a black wristwatch; white backdrop, front view. Base model (open), reference engine (closed).
    case(
        "X1106-016",
        caption("a man wearing a green lee t-shirt and jeans"),
        wearing("she is wearing a green shirt", "pronoun", who="he"),
        color_of("t-shirt", "green"),
        describe(
            "t-shirt",
            "a green t-shirt with the word lee written in big white letters on the front and a small white logo on"
            " the left sleeve and a label",
            "cut",
            hit_limit=True,
        ),
        details("t-shirt", "the t-shirt has the lee logo on the front and a hood on the back", "unsupported"),
        Q.garment_type("t-shirt"),
        material("cotton"),
        title="Lee Men Green Tshirt",
        category="Tshirts",
        color="Green",
        gender="Men",
    ),
    # photo: purple sports t-shirt with black mesh side panels and a small white Reebok logo, worn with black track
    # pants; white backdrop, front view. Base model (open), reference engine (closed).
    case(
        "X1106-017",
        caption("a man in a purple shirt and black pants"),
        wearing(
            "a purple shirt and black pants purple shirt and black pants purple shirt and black pants purple shirt"
            " and black pants",
            "loop",
            who="he",
            hit_limit=True,
        ),
        color_of("t-shirt", "black", "other_garment_color"),
        describe("t-shirt", "a purple t-shirt with black side panels"),
        details("t-shirt", "the t-shirt has a reebok logo"),
        material("polyester"),
        title="Reebok Men Purple Tshirt",
        category="Tshirts",
        color="Purple",
        gender="Men",
    ),
    # photo: brown crew-neck t-shirt with a cream print of a vintage scooter and lettering under it, worn with blue
    # jeans; white backdrop, front view. Base model (open), reference engine (closed).
    case(
        "X1106-018",
        caption("a man wearing a brown t-shirt with a picture of a scooter"),
        wearing("a brown t-shirt and blue jeans Question: what is on the t-shirt? Answer: a scooter", "leak", who="he"),
        color_of("t-shirt", "brown"),
        describe("t-shirt", "a t-shirt with a scooter on it"),
        details("t-shirt", "what are the t-shirt details?", "restated"),
        Q.pattern("printed"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Tantra Men Printed Brown Tshirt",
        category="Tshirts",
        color="Brown",
        gender="Men",
    ),
    # photo: product only, no model: a white crew-neck t-shirt laid flat on a white backdrop, small black Puma cat
    # logo on the left chest. Base model (open), reference engine (closed).
    case(
        "X1106-019",
        caption("a white t-shirt with a black puma logo"),
        wearing("a man wearing a white t-shirt and black shorts", "unsupported"),
        color_of("t-shirt", "white"),
        describe("t-shirt", "a white t-shirt with a small black logo on the left side of the chest"),
        details("t-shirt", "it is a t-shirt", "non_answer"),
        Q.garment_type("t-shirt"),
        material("cotton"),
        title="Puma Men White Tshirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: red round-neck t-shirt with white tipping on the collar, plain body, worn with blue jeans; the model
    # holds a pair of sunglasses in his right hand, nothing else; white backdrop. Base model (open), reference
    # engine (closed).
    case(
        "X1106-020",
        caption("a man in a red t-shirt holding a pair of sunglasses and a cell phone", "unsupported"),
        wearing("a red t-shirt and blue jeans", who="he"),
        color_of("t-shirt", "red"),
        describe("t-shirt", "a red t-shirt with a white trim on the neck"),
        details("t-shirt", "red t-shirt Question: What is the color of the jeans? Answer: blue", "leak"),
        Q.pattern("striped", "contradiction"),
        material("cotton"),
        title="Numero Uno Men Red Tshirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: black v-neck t-shirt, short sleeves, worn with light grey trousers; white backdrop, front view.
    # Base model (open), reference engine (closed).
    case(
        "X1106-021",
        caption("a man wearing a black v neck t-shirt and grey pants"),
        wearing("a black shirt and gray pants", who="he"),
        color_of("t-shirt", "grey", "other_garment_color"),
        describe("t-shirt", "a black v-neck t-shirt"),
        details("t-shirt", "black", "non_answer"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        title="Indigo Nation Men Black V-neck Tshirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: plain light pink crew-neck t-shirt, no logo, worn with white jeans and a brown belt, no watch; white
    # backdrop, front view. Base model (open), reference engine (closed).
    case(
        "X1106-022",
        caption("a man in a pink shirt and white pants with a watch on his wrist", "unsupported"),
        wearing("a pink t-shirt and white jeans", who="he"),
        color_of("t-shirt", "white", "other_garment_color"),
        describe("t-shirt", "a light pink t-shirt with short sleeves"),
        details("t-shirt", "the t-shirt has a round neck and a small embroidered logo on the chest", "unsupported"),
        material("cotton"),
        title="Spykar Men Pink Tshirt",
        category="Tshirts",
        color="Pink",
        gender="Men",
    ),
    # photo: beige polo t-shirt with brown tipping on the collar, worn with dark blue jeans; white backdrop, front
    # view. Base model (open), reference engine (closed).
    case(
        "X1106-023",
        caption("a man wearing a beige polo shirt and jeans"),
        wearing("he is wearing a tan polo shirt", who="he"),
        color_of("t-shirt", "beige"),
        describe("t-shirt", "a white polo shirt with a brown collar", "contradiction"),
        details(
            "t-shirt",
            "the polo shirt has a collar and a button placket and the polo shirt has a collar and a button placket"
            " and the polo shirt has a",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("short"),
        title="Peter England Men Beige Polo Tshirt",
        category="Tshirts",
        color="Beige",
        gender="Men",
    ),
    # photo: mid-blue slim jeans with faded whiskers on the thighs, worn with an untucked white crew-neck t-shirt and
    # white sneakers; white backdrop, full body. Base model (open), reference engine (closed).
    case(
        "X1106-024",
        caption("a man wearing a white t-shirt and blue jeans"),
        wearing("a white shirt and jeans", who="he"),
        color_of("jeans", "white", "other_garment_color"),
        describe("jeans", "blue jeans"),
        details("jeans", "the jeans have a faded wash on the thighs"),
        Q.garment_type("t-shirt", "contradiction"),
        is_a("jeans", "yes", article="a pair of"),
        material("denim"),
        title="Locomotive Men Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: black slim jeans, worn with a grey marl crew-neck t-shirt and black sneakers; white backdrop, full body.
    # Base model (open), reference engine (closed).
    case(
        "X1106-025",
        caption("a man in a grey shirt and grey jeans", "other_garment_color"),
        wearing("a grey t-shirt and black jeans", who="he"),
        color_of("jeans", "black"),
        describe("jeans", "a pair of black jeans with a slim fit and a zipper on the back pocket", "unsupported"),
        details("jeans", "jeans", "non_answer"),
        material("denim"),
        title="Wrangler Men Black Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: dark indigo straight jeans, worn with an untucked red-and-navy checked flannel shirt, sleeves rolled,
    # and brown boots; white backdrop, front view. Base model (open), reference engine (closed).
    case(
        "X1106-026",
        caption("a man in a red plaid shirt and jeans"),
        wearing("a plaid shirt and dark blue jeans", who="he"),
        color_of("jeans", "red", "other_garment_color"),
        describe("jeans", "the jeans are dark blue and have a straight leg"),
        details(
            "jeans",
            "the jeans have a red tab on the back pocket and a leather patch on the waistband that says levis 501",
            "unsupported",
        ),
        Q.garment_type("shirt", "contradiction"),
        is_a("jeans", "yes", article="a pair of"),
        title="Levis Men Dark Blue Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: light-wash jeans with ripped knees and light distressing, worn with a black crew-neck t-shirt and white
    # sneakers, no belt or chain; white backdrop, full body. Base model (open), reference engine (closed).
    case(
        "X1106-027",
        caption("a man wearing a black t-shirt and ripped jeans with a chain on his belt", "unsupported"),
        wearing("she is wearing a black shirt and ripped jeans", "pronoun"),
        color_of("jeans", "light blue"),
        describe("jeans", "light blue jeans with holes in the knees"),
        details(
            "jeans",
            "the jeans are ripped at the knees and the jeans are ripped at the knees and the jeans are ripped at the"
            " knees and the",
            "loop",
            hit_limit=True,
        ),
        material("denim"),
        title="Flying Machine Men Light Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: grey-wash slim jeans, worn with a navy polo t-shirt and white sneakers; white backdrop, full body.
    # Base model (open), reference engine (closed).
    case(
        "X1106-028",
        caption("a man in a blue polo shirt and blue jeans", "other_garment_color"),
        wearing("a navy polo shirt and grey jeans", who="he"),
        color_of("jeans", "grey"),
        describe("jeans", "gray jeans with a slim fit"),
        details("jeans", "Answer: the jeans are grey Question: what are the shoes? Answer: white sneakers", "leak"),
        is_a("jeans", "no", "contradiction", article="a pair of"),
        title="Spykar Men Grey Jeans",
        category="Jeans",
        color="Grey",
        gender="Men",
    ),
    # photo: lower-body crop from the waist down: mid-blue jeans, the hem of a white t-shirt at the top, a brown
    # leather belt, brown loafers; white backdrop, no face. Base model (open), reference engine (closed).
    case(
        "X1106-029",
        caption("a close up of a person wearing blue jeans and brown shoes"),
        wearing("jeans and brown shoes"),
        color_of("jeans", "blue"),
        describe("jeans", "a pair of brown jeans with a belt", "other_garment_color"),
        details("jeans", "they are jeans", "non_answer"),
        Q.garment_type("jeans"),
        material("denim"),
        title="Pepe Jeans Men Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: dark indigo jeans with a button waistband and belt loops, worn with an olive green crew-neck t-shirt and
    # white sneakers; white backdrop, full body; the row has no color. Base model (open), reference engine (closed).
    case(
        "X1106-030",
        caption("a man in a green t-shirt and blue jeans"),
        wearing("a green shirt and jeans", who="he"),
        color_of("jeans", "green", "other_garment_color"),
        describe("jeans", "describe the jeans", "restated"),
        details("jeans", "the jeans have an elastic waistband and a drawstring", "unsupported"),
        is_a("jeans", "yes", article="a pair of"),
        title="Lee Men Jeans",
        category="Jeans",
        gender="Men",
    ),
    # photo: flat-front khaki chinos, worn with a white formal shirt tucked in, a brown belt and brown shoes; white
    # backdrop, full body. Base model (open), reference engine (closed).
    case(
        "X1106-031",
        caption("a man in a white shirt and khaki pants"),
        wearing("a white shirt and tan pants", who="he"),
        color_of("trousers", "white", "other_garment_color"),
        describe("trousers", "a pair of khaki pants with a brown belt"),
        details("trousers", "the trousers have pleats and cuffs at the bottom", "unsupported"),
        Q.garment_type("jeans", "contradiction"),
        is_a("trousers", "yes", article="a pair of"),
        title="Scullers Men Khaki Trousers",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: black formal trousers with a pressed crease, worn with a light blue formal shirt tucked in, a black belt
    # and black shoes; white backdrop, full body. Base model (open), reference engine (closed).
    case(
        "X1106-032",
        caption("a woman in a blue shirt and black pants", "pronoun"),
        wearing("he is wearing a blue shirt and black pants", who="he"),
        color_of("trousers", "black"),
        describe("trousers", "black formal pants"),
        details("trousers", "the pants are made of wool and have a crease down the front", "unsupported"),
        color("blue", "other_garment_color"),
        title="Arrow Men Black Formal Trousers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: navy cotton chinos, worn with a grey crew-neck t-shirt and white sneakers; white backdrop, full body.
    # Base model (open), reference engine (closed).
    case(
        "X1106-033",
        caption("a man wearing a grey t-shirt and navy blue pants"),
        wearing("a gray shirt and blue pants", who="he"),
        color_of("trousers", "grey", "other_garment_color"),
        describe("trousers", "navy chinos with a slim fit"),
        details("trousers", "no", "non_answer"),
        Q.garment_type("trousers"),
        material("denim", "unsupported"),
        title="Basics Men Navy Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: charcoal-grey formal trousers, worn with a white formal shirt tucked in, a brown belt and brown shoes;
    # nothing black in the photo; white backdrop, full body. Base model (open), reference engine (closed).
    case(
        "X1106-034",
        caption("a man in a white shirt and black pants", "contradiction"),
        wearing("a white shirt and grey pants", who="he"),
        color_of("trousers", "grey"),
        describe(
            "trousers",
            "Question: Describe the trousers. Answer: grey trousers Question: What is he wearing? Answer: a white"
            " shirt and grey",
            "leak",
            hit_limit=True,
        ),
        details("trousers", "the trousers have belt loops and a crease down the front"),
        is_a("trousers", "yes", article="a pair of"),
        title="Peter England Men Grey Trousers",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: olive cargo trousers with flap pockets on the thighs, worn with a black crew-neck t-shirt and black
    # sneakers; white backdrop, full body. Base model (open), reference engine (closed).
    case(
        "X1106-035",
        caption("a man wearing a black t-shirt and green cargo pants"),
        wearing("a black t-shirt and cargo pants", who="he"),
        color_of("trousers", "black", "other_garment_color"),
        describe("trousers", "the pants are green with pockets on the side"),
        details(
            "trousers",
            "cargo pockets on the sides with flaps and a drawstring at the bottom of the legs and a zipper on the back"
            " and a button on the pocket and",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("track pants", "contradiction"),
        material("cotton"),
        title="Indigo Nation Men Olive Trousers",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: beige slim trousers, worn with a maroon polo t-shirt and brown shoes; white backdrop, full body.
    # Base model (open), reference engine (closed).
    case(
        "X1106-036",
        caption("a man in a maroon polo shirt and beige pants"),
        wearing("she is wearing a red shirt and beige pants", "pronoun", who="he"),
        color_of("trousers", "maroon", "other_garment_color"),
        describe("trousers", "beige", "non_answer"),
        details("trousers", "the trousers have a slim fit and pockets on the side"),
        Q.garment_type("shorts", "contradiction"),
        title="John Players Men Beige Trousers",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: lower-body crop: brown trousers with a cream shirt tucked in, a brown belt and tan shoes; front view,
    # white backdrop, no face. Base model (open), reference engine (closed).
    case(
        "X1106-037",
        caption("a person wearing brown pants and brown shoes"),
        wearing("brown pants"),
        color_of("trousers", "brown"),
        describe("trousers", "a pair of brown trousers with a pocket on the back", "unsupported"),
        details("trousers", "the trousers details", "restated"),
        is_a("trousers", "no", "contradiction", article="a pair of"),
        title="Wills Lifestyle Men Brown Trousers",
        category="Trousers",
        color="Brown",
        gender="Men",
    ),
    # photo: black athletic shorts with a white swoosh on the left leg, worn with a grey t-shirt and black running
    # shoes; white backdrop, full body. Base model (open), reference engine (closed).
    case(
        "X1106-038",
        caption("a man in a gray shirt and black shorts"),
        wearing("a grey t-shirt and black shorts Question: what color are the shoes? Answer: black", "leak", who="he"),
        color_of("shorts", "grey", "other_garment_color"),
        describe("shorts", "black nike shorts with a white logo"),
        details(
            "shorts", "the shorts have a white nike logo on the left leg and a zipper pocket on the back", "unsupported"
        ),
        is_a("shorts", "yes", article="a pair of"),
        material("polyester"),
        title="Nike Men Black Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: navy sports shorts with a white stripe down each side, worn with a white crew-neck t-shirt and white
    # sneakers; white backdrop, full body. Base model (open), reference engine (closed).
    case(
        "X1106-039",
        caption("a man in a white t-shirt and blue shorts"),
        wearing("a white shirt and blue shorts", who="he"),
        color_of("shorts", "navy blue"),
        describe("shorts", "the shorts are white with a blue stripe", "other_garment_color"),
        details("shorts", "they are shorts", "non_answer"),
        Q.garment_type("t-shirt", "contradiction"),
        title="Puma Men Blue Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: khaki chino shorts, worn with a navy polo t-shirt, a brown belt and white sneakers; white backdrop, full
    # body. Base model (open), reference engine (closed).
    case(
        "X1106-040",
        caption("a man in a blue polo shirt and khaki shorts"),
        wearing("what is he wearing", "restated", who="he"),
        color_of("shorts", "beige"),
        describe(
            "shorts",
            "a pair of khaki shorts with a brown belt and a pair of khaki shorts with a brown belt and a pair of"
            " khaki shorts with a",
            "loop",
            hit_limit=True,
        ),
        details("shorts", "the shorts have a button and a zipper and two pockets"),
        material("leather", "unsupported"),
        title="United Colors of Benetton Men Khaki Shorts",
        category="Shorts",
        color="Khaki",
        gender="Men",
    ),
    # photo: board shorts with a tropical leaf print in blue, green and orange, worn with a white t-shirt, barefoot;
    # white backdrop, full body, no pocket or logo visible. Base model (open), reference engine (closed).
    case(
        "X1106-041",
        caption("a man in a white shirt and a pair of floral shorts"),
        wearing("shorts", "non_answer", who="he"),
        color_of("shorts", "white", "other_garment_color"),
        describe("shorts", "blue shorts with palm leaves and orange flowers"),
        details(
            "shorts",
            "the shorts have a drawstring and a velcro pocket on the side and the quiksilver logo on the left leg",
            "unsupported",
        ),
        Q.pattern("solid", "contradiction"),
        title="Quiksilver Men Printed Multi Shorts",
        category="Shorts",
        color="Multi",
        gender="Men",
    ),
    # photo: blue denim shorts with a frayed hem, worn with a black crew-neck t-shirt and black sneakers; white
    # backdrop, full body. Base model (open), reference engine (closed).
    case(
        "X1106-042",
        caption("a woman wearing a black t-shirt and denim shorts", "pronoun"),
        wearing("a black shirt and jean shorts"),
        color_of("shorts", "blue"),
        describe("shorts", "blue denim shorts with a frayed bottom"),
        details(
            "shorts",
            "the shorts have a frayed hem and two pockets on the front and the shorts are made of denim and have a"
            " button and a zipper on the",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("jeans", "contradiction"),
        title="Lee Men Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: black track pants with three white stripes down each side, worn with a white crew-neck t-shirt and black
    # sneakers, empty hands; white backdrop, full body. Base model (open), reference engine (closed).
    case(
        "X1106-043",
        caption("a man wearing a white t-shirt and black adidas pants holding a basketball", "unsupported"),
        wearing("a white shirt and black track pants", who="he"),
        color_of("track pants", "white", "other_garment_color"),
        describe("track pants", "black pants with white stripes down the side"),
        details(
            "track pants",
            "the track pants have three white stripes running down the side of each leg and an elastic waist with a"
            " drawstring and zip pockets on the",
            "cut",
            hit_limit=True,
        ),
        is_a("track pants", "yes", article="a pair of"),
        title="Adidas Men Black Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: grey melange joggers with ribbed cuffs at the ankles, worn with a navy crew-neck t-shirt and white
    # sneakers; white backdrop, full body. Base model (open), reference engine (closed).
    case(
        "X1106-044",
        caption("a man in a blue t-shirt and grey jeans", "contradiction"),
        wearing("a blue shirt and grey pants", who="he"),
        color_of("track pants", "navy blue", "other_garment_color"),
        describe("track pants", "grey", "non_answer"),
        details("track pants", "the pants are grey and have elastic at the ankles"),
        Q.garment_type("jeans", "contradiction"),
        material("cotton"),
        title="Puma Men Grey Track Pants",
        category="Track Pants",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: navy track pants with thin red piping down the sides, worn with a red crew-neck t-shirt and white
    # sneakers; white backdrop, full body. Base model (open), reference engine (closed).
    case(
        "X1106-045",
        caption("a man in a red shirt and red pants", "other_garment_color"),
        wearing("he is wearing a red shirt and blue pants", who="he"),
        color_of("track pants", "navy blue"),
        describe("track pants", "the track pants are navy with a red line on the side"),
        details("track pants", "Question: What are the track pants details? Answer:", "leak"),
        is_a("track pants", "yes", article="a pair of"),
        material("polyester"),
        title="Reebok Men Navy Blue Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: maroon track pants with a single white stripe down each side, worn with a grey t-shirt and grey
    # sneakers; white backdrop, full body; the row has no color. Base model (open), reference engine (closed).
    case(
        "X1106-046",
        caption("a man wearing a grey t-shirt and maroon track pants"),
        wearing("what is he wearing?", "restated", who="he"),
        color_of("track pants", "red"),
        describe("track pants", "a pair of maroon pants with a white stripe"),
        details("track pants", "the pants have a white stripe on the side and pockets"),
        Q.garment_type("track pants"),
        is_a("track pants", "no", "contradiction", article="a pair of"),
        title="Proline Men Maroon Track Pants",
        category="Track Pants",
        gender="Men",
    ),
]
