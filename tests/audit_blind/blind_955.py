"""BLIND_955 (46 products; Myntra men's tees, polos, henleys; VQA adapter): written blind in the fifty-seventh session.
Measured blind at 5a92fc7 (the session's final rules): 111/120 failures found (92.5%) and 7/154 correct texts flagged
(4.5%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's t-shirts, polo shirts and henleys (solid, striped, colour-blocked, printed:
typography, logos, cartoons, camouflage, a back print). Catalog photos: mostly a male model on a white or light
grey backdrop, front view, cropped at mid-thigh or knee, wearing jeans, chinos, shorts, track pants or joggers;
a few layered looks (open denim jacket, checked overshirt, leather jacket, zip hoodie), two back views, one flat lay
with no person, one shot with a potted plant beside the model, one model holding sunglasses.

Who wrote what: every text is from `leoreigoto/Data3_V3_BLIP2_VQA` on `Salesforce/blip2-opt-2.7b`. Captions are its
free generation with no question (max 50 new tokens): short DeepFashion-like sentences that sometimes run on into a
`Question: ... Answer:` block or repeat themselves, since no end token was trained. Open answers are free generation
(max 30 new tokens): often right and short, but the adapter loops ("blue blue blue"), runs to the limit mid-phrase,
echoes the prompt format, restates the question, or answers an open question with "yes" or one word. Closed answers
are enrich's `--engine reference` picking one candidate value with this adapter, so they never loop or stop short,
but they often pick the color of the print, of the trousers or of the layer on top, or the wrong garment type.

Labeling conventions and judgement calls:
- A color that belongs to another worn garment (trousers, shorts, jacket, overshirt, hoodie) given as the product's
  color is other_garment_color, in closed and open answers and captions alike.
- The product's color given to the other garment ("maroon" for the chinos under a maroon polo) is contradiction.
- The color of the product's own print or logo given as the product's color (white for a navy tee with a white
  print) is contradiction, not other_garment_color; so is the backdrop's or a prop's color, and a plain wrong hue
  (pink for lavender, blue for green).
- Shades inside one family count as correct: red or maroon for Maroon/Burgundy, purple for Lavender, yellow for
  Mustard, orange for Rust, grey or dark grey for Charcoal and Grey Melange, green for Olive/Sea Green, blue for
  Teal, white for Off White. "navy blue" for a light blue striped henley would not be, so I avoided it.
- A polo or a henley answered "t-shirt" is correct (Myntra files both under Tshirts). A henley answered or
  confirmed as "polo shirt", a tee as "jacket" or "sweatshirt" because of the layer over it, is contradiction.
- A pattern taken from another garment (checked for a solid tee under a checked overshirt) is contradiction.
- "cotton" for a plain jersey tee or pique polo whose title does not name the fiber is counted correct (what the
  photo shows); denim, wool, leather or a made-up blend are unsupported.
- Claims about parts the photo does not show (a chest logo on a back view, boots or sneakers below the crop, a
  print on the back in a front view) and details that are not there (pockets, zippers, hoods, a cap, wooden
  buttons) are unsupported.
- In the flat lay (no person) "a man is wearing ..." is unsupported.
- A text that loops is loop (hit_limit) even when the looping words are also wrong; a text that carries
  "Question:"/"Answer:" is leak even when it also repeats; a text cut at the token limit whose content is right is
  cut (hit_limit).
- A one-word or yes/no answer to an open describe/details/wearing question is non_answer; a garment name alone to
  "What are the ... details?" is non_answer. A one-word color to an open color question is a correct answer.
- Echoing the question's words ("the henley is a henley", "describe the henley", "the t-shirt has details") is
  restated.
- she/her or "a woman" for a male model is pronoun, judged by the person in the photo, also where the feed's gender
  column is missing (the title says Men) or says Unisex.
- Rows lack a column where the feed did: one without gender, one without article type, one without base colour.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import (
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    question,
    wearing,
)

neckline = question("neckline", "What type of neckline does the t-shirt have?", "closed")
printed = question("print", "What is printed on the t-shirt?", "open")

BLIND_955 = [
    # photo: navy round-neck tee with a white "ROADSTER 1996" chest print, light-blue jeans, white backdrop, front
    # view. VQA adapter throughout; closed answers by the reference engine.
    case(
        "X955-001",
        caption("a man wearing a navy blue t-shirt with a white print and blue jeans"),
        wearing("a navy blue t-shirt and jeans"),
        color_of("t-shirt", "white", failure="contradiction"),
        Q.pattern("printed"),
        details(
            "t-shirt",
            "the t-shirt has a round neck and short sleeves with a white print on the chest and the word roadster on"
            " the front of the t-shirt and the",
            failure="cut",
            hit_limit=True,
        ),
        describe("t-shirt", "a navy blue t-shirt with a white print on the front"),
        title="Roadster Men Navy Blue Printed Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black pique polo, two-button placket, small white chest logo, grey track pants, white backdrop, front.
    # VQA adapter; the caption invents a racket.
    case(
        "X955-002",
        caption("a man in a black polo shirt and grey pants holding a tennis racket", failure="unsupported"),
        is_a("polo shirt", "yes"),
        color_of("polo shirt", "grey", failure="other_garment_color"),
        wearing("a black polo shirt and grey track pants"),
        Q.sleeve_length("short sleeves"),
        details(
            "polo shirt", "the polo shirt has a collar and a button placket with two buttons and a small white logo"
        ),
        title="HRX by Hrithik Roshan Men Black Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: white henley tee with thin navy horizontal stripes, three-button placket, short sleeves, black jeans,
    # white backdrop, front view. VQA adapter.
    case(
        "X955-003",
        caption("a man wearing a white and blue striped t-shirt and black jeans"),
        Q.pattern("striped"),
        color_of("t-shirt", "black", failure="other_garment_color"),
        describe("t-shirt", " ".join(["striped"] * 28), failure="loop", hit_limit=True),
        is_a("henley", "no", failure="contradiction"),
        wearing("he is wearing a white striped henley t-shirt with black jeans", who="he"),
        title="WROGN Men White & Navy Blue Striped Henley Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: heathered grey round-neck tee with a small black Puma cat logo at the left chest, black shorts, white
    # backdrop, slight three-quarter angle. VQA adapter.
    case(
        "X955-004",
        caption("a man wearing a grey t-shirt and black shorts"),
        Q.color("grey"),
        Q.material("cotton"),
        details("t-shirt", "yes", failure="non_answer"),
        wearing("she is wearing a grey t-shirt and black shorts", failure="pronoun"),
        is_a("t-shirt", "yes"),
        title="Puma Men Grey Melange Solid Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: maroon pique polo with white tipping on the collar and sleeve hems, small embroidered logo, beige
    # chinos, white backdrop, front view. VQA adapter.
    case(
        "X955-005",
        caption("a man wearing a red polo shirt and khaki pants"),
        color_of("polo shirt", "maroon"),
        describe(
            "polo shirt",
            "the polo shirt is a polo shirt with a polo shirt collar and a polo shirt collar and a polo shirt collar"
            " and a polo shirt",
            failure="loop",
            hit_limit=True,
        ),
        details("polo shirt", "the collar and the sleeves have white stripes and there is a small logo on the chest"),
        color_of("pants", "maroon", failure="contradiction", kind="open"),
        title="U.S. Polo Assn. Men Maroon Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: black round-neck tee with a large orange-and-yellow tiger-face graphic, olive cargo shorts, white
    # backdrop, front view. VQA adapter.
    case(
        "X955-006",
        caption("a man wearing a black t-shirt with a tiger on it"),
        Q.pattern("graphic"),
        color_of("t-shirt", "orange", failure="contradiction"),
        printed("a tiger"),
        wearing("a black t-shirt with a tiger print and green shorts"),
        details(
            "t-shirt",
            "the t-shirt has a tiger print on the front and a pocket on the left side of the chest",
            failure="unsupported",
        ),
        describe(
            "t-shirt",
            "the t-shirt is black with a tiger on the front Question: What is the color of the shorts? Answer: green",
            failure="leak",
            hit_limit=True,
        ),
        title="Difference of Opinion Men Black Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: BACK view of a navy polo shirt (collar seen from behind, no logo visible), white chinos, white
    # backdrop. VQA adapter.
    case(
        "X955-007",
        caption("the back of a man wearing a navy blue polo shirt and white pants"),
        color_of("polo shirt", "white", failure="other_garment_color"),
        wearing("a polo shirt"),
        details("polo shirt", "the polo shirt has a logo on the chest and two buttons", failure="unsupported"),
        Q.sleeve_length("short sleeves"),
        title="Tommy Hilfiger Men Navy Blue Solid Polo T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: olive long-sleeved henley, three buttons, sleeves pushed up to the elbow, dark-blue jeans, white
    # backdrop, cropped at mid-thigh. VQA adapter.
    case(
        "X955-008",
        caption("a man in a green long sleeve shirt and blue jeans"),
        Q.garment_type("henley"),
        color_of("henley", "olive green", kind="open"),
        describe("henley", "the henley is a henley", failure="restated"),
        wearing("a green henley t-shirt and blue jeans and brown boots", failure="unsupported"),
        details("henley", "three buttons on the placket and the sleeves are rolled up to the elbow"),
        Q.sleeve_length("long sleeves"),
        title="Mast & Harbour Men Olive Solid Henley Neck T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: white tee with black "ORIGINALS" lettering, worn under an open mid-blue denim jacket (button front, two
    # flap chest pockets, sleeves rolled), black jeans, white backdrop. VQA adapter.
    case(
        "X955-009",
        caption("a man wearing a blue denim jacket over a white t-shirt and black jeans"),
        color_of("t-shirt", "blue", failure="other_garment_color"),
        Q.garment_type("jacket", failure="contradiction"),
        wearing("a denim jacket, a white t-shirt and black jeans"),
        printed("the word originals in black letters"),
        details(
            "t-shirt",
            "the t-shirt has a denim jacket over it with a collar and buttons and two chest pockets with flaps and"
            " the sleeves are rolled up and the jacket",
            failure="cut",
            hit_limit=True,
        ),
        title="Jack & Jones Men White Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: royal-blue polo with wide white horizontal stripes and a white collar, navy shorts, white backdrop.
    # VQA adapter.
    case(
        "X955-010",
        caption("a man wearing a blue and white striped polo shirt and blue shorts"),
        Q.pattern("solid", failure="contradiction"),
        color_of("polo shirt", "blue"),
        wearing("a blue and white striped polo shirt and shorts"),
        details("polo shirt", " ".join(["blue"] * 30), failure="loop", hit_limit=True),
        describe(
            "polo shirt",
            "Answer: a blue and white striped polo shirt Answer: a blue and white striped polo shirt Answer:",
            failure="leak",
            hit_limit=True,
        ),
        title="Nautica Men Blue & White Striped Polo T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: red round-neck tee with a white Levi's batwing logo on the chest, mid-blue jeans, white backdrop.
    # VQA adapter.
    case(
        "X955-011",
        caption("a man in a red t-shirt and blue jeans"),
        Q.color("red"),
        color_of("jeans", "red", failure="contradiction"),
        wearing("she is wearing a red t-shirt with a logo and jeans", failure="pronoun"),
        printed("a white logo"),
        Q.material("the t-shirt is made of denim", failure="unsupported"),
        title="Levis Men Red Printed Round Neck T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: plain mustard round-neck tee, navy chinos, hands in pockets, white backdrop. VQA adapter; the caption
    # runs to the 50-token limit repeating itself.
    case(
        "X955-012",
        caption(
            "a man wearing a yellow t-shirt and blue pants and a yellow t-shirt and blue pants and a yellow t-shirt"
            " and blue pants and a yellow t-shirt and blue pants and a yellow",
            failure="loop",
            hit_limit=True,
        ),
        color_of("t-shirt", "mustard"),
        describe("t-shirt", "a yellow t-shirt with a round neck and short sleeves"),
        details(
            "t-shirt",
            "the t-shirt has a round neck and short sleeves and a yellow color and a round neck and short sleeves and"
            " a yellow color and a round",
            failure="loop",
            hit_limit=True,
        ),
        wearing("yellow", failure="non_answer"),
        Q.pattern("solid"),
        title="Highlander Men Mustard Yellow Solid Round Neck T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: charcoal short-sleeved henley, two buttons open, khaki shorts, white backdrop, side view. VQA adapter.
    case(
        "X955-013",
        caption("a man in a dark grey henley shirt and beige shorts"),
        is_a("henley", "yes"),
        Q.garment_type("polo shirt", failure="contradiction"),
        color_of("henley", "beige", failure="other_garment_color", kind="open"),
        details("henley", "the henley has a button placket with two buttons and short sleeves"),
        wearing(
            "a man is wearing a grey shirt and shorts. he is standing in front of a white wall. he is wearing a grey"
            " shirt and shorts. he is",
            failure="loop",
            hit_limit=True,
        ),
        title="Campus Sutra Men Charcoal Grey Solid Henley T-shirt",
        category="Tshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: teal round-neck tee with a yellow-and-orange surfboard print, white shorts, light grey backdrop.
    # VQA adapter.
    case(
        "X955-014",
        caption("a man wearing a blue t-shirt with a surfboard print and white shorts"),
        Q.color("teal"),
        printed("surfboards"),
        details(
            "t-shirt",
            "Question: What are the t-shirt details? Answer: the t-shirt has a print of surfboards",
            failure="leak",
        ),
        color_of("shorts", "white", kind="open"),
        describe("t-shirt", "the t-shirt is white with a blue print", failure="other_garment_color"),
        title="Flying Machine Men Teal Printed Round Neck T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: black v-neck tee under an unbuttoned grey-and-white checked overshirt, grey jeans, white backdrop.
    # VQA adapter.
    case(
        "X955-015",
        caption("a man wearing a grey plaid shirt over a black t-shirt and grey jeans"),
        color_of("t-shirt", "grey", failure="other_garment_color"),
        neckline("v-neck"),
        wearing("a black t-shirt, a plaid shirt and grey jeans"),
        Q.pattern("checked", failure="contradiction"),
        describe("t-shirt", "the t-shirt is black and has a v-neck and a pocket", failure="unsupported"),
        title="Calvin Klein Jeans Men Black Solid V-Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: colour-blocked tee, grey body with black sleeves and a wide black chest panel, black ribbed neck, black
    # joggers, white backdrop. VQA adapter.
    case(
        "X955-016",
        caption("a man in a grey and black t-shirt and black pants"),
        Q.pattern("color block"),
        color_of("t-shirt", "grey"),
        details(
            "t-shirt",
            "the t-shirt has a round neck with black ribbing, black sleeves and a wide black panel across the chest,"
            " the rest of the t-shirt is grey and the hem is",
            failure="cut",
            hit_limit=True,
        ),
        wearing("a grey t-shirt and black pants", who="he"),
        color_of("pants", "grey", failure="contradiction", kind="open"),
        title="Roadster Men Grey & Black Colourblocked Round Neck T-shirt",
        category="Tshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: rust-brown tee with a cream typographic print "CHAI", blue jeans, white backdrop. VQA adapter.
    case(
        "X955-017",
        caption("a man wearing a brown t-shirt with the word chai on it"),
        color_of("t-shirt", "brown"),
        printed("the word chai"),
        details("t-shirt", "the details of the t-shirt are the t-shirt details", failure="restated"),
        wearing("a brown t-shirt with a hood and jeans", failure="unsupported"),
        title="Tantra Men Brown Printed T-shirt",
        category="Tshirts",
        color="Brown",
        gender="Men",
    ),
    # photo: white tee with an all-over comic print (red, yellow and blue panels, speech bubbles) on the front,
    # plain white sleeves, black jeans, white backdrop. VQA adapter.
    case(
        "X955-018",
        caption("a man wearing a t-shirt with a colorful comic print and black jeans"),
        Q.color("multi"),
        color_of("t-shirt", "black", failure="other_garment_color", kind="open"),
        Q.pattern("printed"),
        describe(
            "t-shirt",
            "the t-shirt is white with a print of red and yellow and blue comic book pages and speech bubbles all"
            " over the front and the sleeves are white and the",
            failure="cut",
            hit_limit=True,
        ),
        is_a("graphic tee", "yes"),
        title="Kook N Keech Men Multicoloured Comic Printed Round Neck T-shirt",
        category="Tshirts",
        color="Multi",
        gender="Men",
    ),
    # photo: sea-green polo shirt, white trousers, white backdrop, male model; the feed row has no gender column.
    # VQA adapter.
    case(
        "X955-019",
        caption("a man wearing a green polo shirt and white pants"),
        color_of("polo shirt", "white", failure="other_garment_color"),
        wearing("she is wearing a green polo shirt and white pants", failure="pronoun"),
        Q.sleeve_length("short sleeves"),
        details("polo shirt", "polo shirt", failure="non_answer"),
        title="Louis Philippe Sport Men Sea Green Solid Polo T-shirt",
        category="Tshirts",
        color="Sea Green",
    ),
    # photo: navy round-neck tee with a small white logo on the left chest, khaki chinos, white backdrop. VQA
    # adapter; the caption runs on into the prompt format.
    case(
        "X955-020",
        caption(
            "a man in a navy blue t-shirt and khaki pants Question: What is the color of the t-shirt? Answer: navy"
            " blue Question: What is the color of the pants? Answer: khaki Question: What is the",
            failure="leak",
            hit_limit=True,
        ),
        color_of("t-shirt", "navy blue"),
        color_of("pants", "navy blue", failure="contradiction"),
        describe("t-shirt", "the t-shirt is navy blue with a small white logo on the left side of the chest"),
        Q.material("cotton and polyester blend with a soft feel and a slim fit", failure="unsupported"),
        wearing("a navy blue t-shirt and khaki pants"),
        title="Being Human Men Navy Blue Solid Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: white polo with navy tipping on the collar, three-button placket, mid-blue jeans, white backdrop.
    # VQA adapter.
    case(
        "X955-021",
        caption("a man wearing a white polo shirt and blue jeans"),
        color_of("polo shirt", "blue", failure="other_garment_color"),
        Q.garment_type("polo shirt"),
        details("polo shirt", "the collar has navy blue tipping and there are three buttons on the placket"),
        describe(
            "polo shirt",
            "a white polo shirt with a white collar and a white placket and white buttons and white sleeves and a"
            " white hem and a white collar and",
            failure="loop",
            hit_limit=True,
        ),
        title="Allen Solly Men White Solid Polo Collar T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: black training tee with a white Nike swoosh and "JUST DO IT" across the chest, black shorts, white
    # backdrop, cropped at the knee. VQA adapter; the caption loops to its limit.
    case(
        "X955-022",
        caption(
            "a black nike t-shirt with the nike logo and the words just do it on the front of the t-shirt and the"
            " nike logo and the words just do it on the front of the t-shirt and the nike logo",
            failure="loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        printed("just do it"),
        color_of("t-shirt", "white", failure="contradiction"),
        wearing("he is wearing a black t-shirt and black shorts and white sneakers", who="he", failure="unsupported"),
        title="Nike Men Black Printed Round Neck Dri-FIT Training T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: olive round-neck tee with thin white and navy horizontal stripes, beige shorts, white backdrop.
    # VQA adapter.
    case(
        "X955-023",
        caption("a man wearing a green striped t-shirt and beige shorts"),
        Q.pattern("striped"),
        color_of("t-shirt", "olive"),
        describe("t-shirt", "striped", failure="non_answer"),
        details(
            "t-shirt",
            "the t-shirt has thin white and navy stripes Question: What is the color of the shorts? Answer: beige"
            " Question: What is the color",
            failure="leak",
            hit_limit=True,
        ),
        color_of("shorts", "olive", failure="contradiction", kind="open"),
        title="Harvard Men Olive Striped Round Neck T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: light grey long-sleeved henley under an open brown leather jacket (zip front, two pockets, collar),
    # dark jeans, white backdrop. VQA adapter.
    case(
        "X955-024",
        caption("a man wearing a brown leather jacket over a grey shirt and jeans"),
        color_of("henley", "brown", failure="other_garment_color"),
        Q.sleeve_length("long sleeves"),
        wearing("a brown leather jacket, a grey henley and dark blue jeans"),
        Q.garment_type("jacket", failure="contradiction"),
        details(
            "henley",
            "the henley has a button placket and the jacket has a zipper and two pockets and a collar and the jacket"
            " is brown leather and the henley is grey and the",
            failure="cut",
            hit_limit=True,
        ),
        title="Peter England Men Grey Solid Henley Neck T-shirt",
        category="Tshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: flat lay, no person: a plain white crew-neck tee laid on a light grey surface. VQA adapter.
    case(
        "X955-025",
        caption("a white t-shirt on a grey background"),
        wearing("a man is wearing a white t-shirt and blue jeans", failure="unsupported"),
        Q.color("white"),
        color_of("t-shirt", "grey", failure="contradiction", kind="open"),
        describe("t-shirt", "a plain white t-shirt with a round neck and short sleeves"),
        Q.material("cotton"),
        title="Jockey Men White Solid Pure Cotton Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: red polo with black shoulder panels and a black collar, button placket, grey track pants, white
    # backdrop. VQA adapter.
    case(
        "X955-026",
        caption("a man in a red and white polo shirt and grey pants", failure="contradiction"),
        Q.pattern("color block"),
        color_of("polo shirt", "red and black", kind="open"),
        wearing("a red and black polo shirt and grey pants", who="the man"),
        details(
            "polo shirt",
            "the polo shirt has black shoulders and a black collar and a zipper on the front",
            failure="unsupported",
        ),
        color_of("pants", "red", failure="contradiction", kind="open"),
        title="Wildcraft Men Red & Black Colourblocked Polo Collar T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: bright yellow tee with a black-and-yellow cartoon-character graphic, blue ripped jeans, white backdrop.
    # VQA adapter.
    case(
        "X955-027",
        caption("a man wearing a yellow t-shirt with a cartoon on it and ripped jeans"),
        printed("a cartoon character"),
        color_of("t-shirt", "yellow"),
        describe(
            "t-shirt",
            "the t-shirt is yellow and has a cartoon on it and the cartoon is yellow and has a cartoon on it and the"
            " cartoon is yellow and has a",
            failure="loop",
            hit_limit=True,
        ),
        wearing("she is wearing a yellow t-shirt and blue jeans", failure="pronoun"),
        Q.garment_type("t-shirt"),
        title="Bewakoof Men Yellow Minion Printed Round Neck T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: navy polo with grey horizontal stripes, beige chinos, white backdrop. VQA adapter.
    case(
        "X955-028",
        caption("a man in a blue and grey striped polo shirt and beige pants"),
        color_of("polo shirt", "beige", failure="other_garment_color"),
        Q.pattern("striped"),
        details("polo shirt", "the polo shirt details are the details of the polo shirt", failure="restated"),
        describe("polo shirt", "a navy blue polo shirt with grey stripes and a collar"),
        is_a("polo shirt", "yes"),
        wearing("a man wearing a navy blue polo shirt and beige pants"),
        title="Arrow Sport Men Navy & Grey Striped Polo T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black long-sleeved round-neck tee, no pocket, olive cargo pants, white backdrop. VQA adapter.
    case(
        "X955-029",
        caption("a man wearing a black long sleeve t-shirt and green cargo pants"),
        Q.sleeve_length("short sleeves", failure="contradiction"),
        color_of("t-shirt", "green", failure="other_garment_color", kind="open"),
        wearing("a black shirt and green pants"),
        details(
            "t-shirt",
            "the t-shirt has a round neck and long sleeves and a chest pocket with a button",
            failure="unsupported",
        ),
        describe(
            "t-shirt", "Question: Describe the t-shirt. Answer: a black t-shirt with long sleeves", failure="leak"
        ),
        title="Urbano Fashion Men Black Solid Round Neck Full Sleeve T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: pale lavender round-neck tee, white jeans, white backdrop; slim long-haired male model. VQA adapter.
    case(
        "X955-030",
        caption("a woman in a purple t-shirt and white jeans", failure="pronoun"),
        Q.color("lavender"),
        color_of("t-shirt", "pink", failure="contradiction", kind="open"),
        details("t-shirt", "round neck, short sleeves"),
        wearing("yes", failure="non_answer"),
        title="Ether Men Lavender Solid Round Neck T-shirt",
        category="Tshirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: long-sleeved henley in narrow light-blue and white horizontal stripes, three buttons, black chinos,
    # white backdrop. VQA adapter.
    case(
        "X955-031",
        caption("a man in a blue and white striped long sleeve shirt and black pants"),
        Q.garment_type("henley"),
        Q.pattern("striped"),
        color_of("henley", "black", failure="other_garment_color"),
        details("henley", "the henley has three buttons and long sleeves and thin blue and white stripes all over"),
        describe(
            "henley",
            "the henley is a long sleeve henley with stripes and a button placket and stripes and a button placket"
            " and stripes and a button placket and",
            failure="loop",
            hit_limit=True,
        ),
        title="Mufti Men Blue Slim Fit Striped Henley T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: rust-orange tee with a faded white "MOTO CLUB 78" motorcycle graphic on the front, black jeans,
    # white backdrop, front view. VQA adapter.
    case(
        "X955-032",
        caption("a man wearing an orange t-shirt with a motorcycle print and black jeans"),
        color_of("t-shirt", "orange"),
        printed("a motorcycle and the words moto club"),
        color_of("jeans", "orange", failure="contradiction", kind="open"),
        describe(
            "t-shirt",
            "the t-shirt is a t-shirt with a print on the front and a print on the back",
            failure="unsupported",
        ),
        wearing("a t-shirt and jeans"),
        title="SPYKAR Men Rust Printed Round Neck T-shirt",
        category="Tshirts",
        color="Rust",
        gender="Men",
    ),
    # photo: off-white short-sleeved henley with three white plastic buttons, mid-blue jeans, white backdrop; the
    # feed row has no base colour. VQA adapter.
    case(
        "X955-033",
        caption("a man wearing a white henley t-shirt and blue jeans"),
        Q.color("white"),
        color_of("henley", "blue", failure="other_garment_color", kind="open"),
        details("henley", "the henley has a button placket with three wooden buttons", failure="unsupported"),
        wearing(
            "the person is wearing a white henley t-shirt and blue jeans and the person is wearing a white henley"
            " t-shirt and blue jeans and the person",
            failure="loop",
            hit_limit=True,
        ),
        is_a("polo shirt", "yes", failure="contradiction"),
        title="Highlander Men Off-White Solid Henley Neck T-shirt",
        category="Tshirts",
        gender="Men",
    ),
    # photo: charcoal tee with a grey skull graphic with red eyes, black jeans, white backdrop, front view.
    # VQA adapter.
    case(
        "X955-034",
        caption("a man in a dark grey t-shirt with a skull on it and black jeans"),
        Q.pattern("graphic"),
        color_of("t-shirt", "red", failure="contradiction"),
        printed("a skull with red eyes"),
        wearing("he is wearing a grey t-shirt with a skull and black jeans", who="he"),
        details(
            "t-shirt",
            "the t-shirt has a skull print on the front and a skull print on the back and a skull print on the"
            " sleeves and a skull print on the",
            failure="loop",
            hit_limit=True,
        ),
        title="Status Quo Men Charcoal Printed Round Neck T-shirt",
        category="Tshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: light pink polo, two buttons, small embroidered chest logo, ribbed sleeve cuffs, side slits at the hem,
    # navy shorts, white backdrop. VQA adapter; the caption gives the polo the shorts' color.
    case(
        "X955-035",
        caption("a man wearing a blue polo shirt and blue shorts", failure="other_garment_color"),
        color_of("polo shirt", "pink"),
        color_of("shorts", "pink", failure="contradiction", kind="open"),
        describe("polo shirt", "a pink polo shirt with a collar and two buttons"),
        details(
            "polo shirt",
            "the polo shirt has a collar and two buttons and a small logo on the chest and short sleeves with ribbed"
            " cuffs and a side slit at the hem and the",
            failure="cut",
            hit_limit=True,
        ),
        Q.material("the polo shirt is made of wool", failure="unsupported"),
        title="Duke Men Pink Solid Polo T-shirt",
        category="Tshirts",
        color="Pink",
        gender="Men",
    ),
    # photo: BACK view: black tee with a large white typographic print "NO PLAN B" across the back, grey shorts,
    # white backdrop. VQA adapter.
    case(
        "X955-036",
        caption("the back of a man wearing a black t-shirt with white writing on the back"),
        printed("the words no plan b"),
        color_of("t-shirt", "white", failure="contradiction"),
        wearing("a black t-shirt and grey shorts"),
        describe("t-shirt", "a black t-shirt with a white print on the front", failure="unsupported"),
        Q.garment_type("t-shirt"),
        title="Bewakoof Men Black Back Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: camouflage tee in olive, brown and black, round neck, black joggers, no headwear, white backdrop.
    # VQA adapter.
    case(
        "X955-037",
        caption("a man in a camouflage t-shirt and black pants"),
        Q.pattern("printed"),
        color_of("t-shirt", "green and brown", kind="open"),
        Q.color("green"),
        wearing("a camouflage t-shirt and black pants and a cap", failure="unsupported"),
        details("t-shirt", " ".join(["camouflage"] * 15), failure="loop", hit_limit=True),
        describe("t-shirt", "a camouflage print t-shirt with a round neck"),
        title="Roadster Men Green Camouflage Printed Round Neck T-shirt",
        category="Tshirts",
        color="Green",
        gender="Men",
    ),
    # photo: royal-blue round-neck tee under an open grey zip hoodie (hood down, two side pockets), black jeans,
    # white backdrop. VQA adapter.
    case(
        "X955-038",
        caption("a man wearing a grey hoodie over a blue t-shirt and black jeans"),
        color_of("t-shirt", "grey", failure="other_garment_color"),
        Q.garment_type("sweatshirt", failure="contradiction"),
        wearing("a grey hoodie, a blue t-shirt and black jeans", who="he"),
        color_of("hoodie", "grey", kind="open"),
        details("t-shirt", "the hoodie has a zipper and a hood and two pockets and the t-shirt is blue"),
        title="Lee Men Blue Solid Round Neck T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: burgundy polo, grey trousers, silver watch on the left wrist, hands in pockets, white backdrop.
    # VQA adapter; the caption runs on to the 50-token limit.
    case(
        "X955-039",
        caption(
            "a man in a maroon polo shirt and grey pants standing in front of a white wall with his hands in his"
            " pockets and looking at the camera and he is wearing a silver watch on his left wrist and the polo shirt"
            " has a",
            failure="cut",
            hit_limit=True,
        ),
        color_of("polo shirt", "burgundy"),
        describe("polo shirt", "the polo shirt is red"),
        wearing("she is wearing a maroon polo shirt and grey trousers", failure="pronoun"),
        details(
            "polo shirt",
            "the polo shirt has a collar and buttons and the collar and buttons and the collar and buttons and the"
            " collar and buttons and the collar",
            failure="loop",
            hit_limit=True,
        ),
        color_of("trousers", "grey", kind="open"),
        title="Van Heusen Men Burgundy Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Burgundy",
        gender="Men",
    ),
    # photo: black round-neck tee with a yellow bat logo on the chest, mid-blue jeans, white backdrop; the feed row
    # has no article type. VQA adapter.
    case(
        "X955-040",
        caption("a man wearing a black t-shirt with a batman logo and blue jeans"),
        printed("the batman logo"),
        color_of("t-shirt", "yellow", failure="contradiction", kind="open"),
        Q.pattern("graphic"),
        wearing("Answer: a black t-shirt with a batman logo and jeans", failure="leak"),
        is_a("t-shirt", "yes"),
        title="Free Authority Men Black Batman Printed Round Neck T-shirt",
        color="Black",
        gender="Men",
    ),
    # photo: kelly-green pique polo, three buttons, small embroidered logo on the left chest, ribbed sleeve hems,
    # white jeans, white backdrop. VQA adapter.
    case(
        "X955-041",
        caption("a man wearing a blue polo shirt and white jeans", failure="contradiction"),
        color_of("polo shirt", "green"),
        details("polo shirt", "green", failure="non_answer"),
        describe(
            "polo shirt",
            "the polo shirt is green with a collar and three buttons and a small embroidered logo on the left side"
            " of the chest and short sleeves with ribbed",
            failure="cut",
            hit_limit=True,
        ),
        color_of("jeans", "green", failure="contradiction"),
        Q.material("cotton pique"),
        title="United Colors of Benetton Men Green Solid Polo T-shirt",
        category="Tshirts",
        color="Green",
        gender="Men",
    ),
    # photo: grey-and-white horizontally striped round-neck tee, navy chino shorts, model holding sunglasses in one
    # hand, white backdrop. VQA adapter.
    case(
        "X955-042",
        caption("a man in a grey and white striped t-shirt holding sunglasses"),
        color_of("t-shirt", "navy blue", failure="other_garment_color"),
        Q.pattern("striped"),
        wearing("a grey and white striped t-shirt and navy shorts"),
        describe(
            "t-shirt",
            "the t-shirt is grey and white striped and has a pocket on the chest and a zipper",
            failure="unsupported",
        ),
        details("t-shirt", "the t-shirt has details", failure="restated"),
        title="Jack & Jones Men Grey Striped Round Neck T-shirt",
        category="Tshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: white tee with a small black-and-green palm-leaf print on the chest, beige chinos, a potted plant
    # beside the model, white backdrop. VQA adapter.
    case(
        "X955-043",
        caption("a man standing next to a plant wearing a white t-shirt and beige pants"),
        color_of("t-shirt", "green", failure="contradiction"),
        printed("palm leaves"),
        wearing("a white t-shirt with a leaf print and beige chinos"),
        Q.pattern("printed"),
        describe(
            "t-shirt",
            "Question: Describe the t-shirt. Answer: a white t-shirt with a print Question: Describe the pants."
            " Answer: beige pants Question:",
            failure="leak",
            hit_limit=True,
        ),
        title="HERE&NOW Men White Tropical Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: maroon long-sleeved henley, three-button placket, ribbed cuffs, curved hem, black jeans, black strap
    # watch, white backdrop. VQA adapter.
    case(
        "X955-044",
        caption("a man in a maroon henley shirt and black jeans"),
        Q.sleeve_length("long sleeves"),
        color_of("henley", "black", failure="other_garment_color"),
        wearing("a maroon henley, black jeans and a watch"),
        details(
            "henley",
            "the henley has a three button placket and ribbed cuffs on the long sleeves and a curved hem and the"
            " fabric looks soft and the hem is",
            failure="cut",
            hit_limit=True,
        ),
        describe("henley", "describe the henley", failure="restated"),
        title="Ecko Unltd Men Maroon Solid Henley Neck Full Sleeve T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: male model in a navy round-neck tee with a thin orange stripe across the chest, grey track pants,
    # white backdrop; the feed says Unisex. VQA adapter.
    case(
        "X955-045",
        caption("a man wearing a blue t-shirt and grey track pants"),
        wearing("she is wearing a navy blue t-shirt and grey pants", failure="pronoun"),
        color_of("t-shirt", "grey", failure="other_garment_color", kind="open"),
        Q.color("navy blue"),
        details("t-shirt", "the t-shirt has an orange stripe across the chest and a round neck"),
        is_a("polo shirt", "no"),
        title="Proline Unisex Navy Blue Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Unisex",
    ),
    # photo: white tee with red horizontal stripes, short sleeves, blue denim shorts, no headwear, white backdrop.
    # VQA adapter.
    case(
        "X955-046",
        caption("a man wearing a red and white striped t-shirt and denim shorts"),
        Q.color("white"),
        color_of("shorts", "red", failure="contradiction", kind="open"),
        describe("t-shirt", "a red and white striped t-shirt with a round neck"),
        wearing("a striped t-shirt and blue denim shorts and a red cap", failure="unsupported"),
        details(
            "t-shirt",
            "red and white stripes, red and white stripes, red and white stripes, red and white stripes, red and"
            " white stripes, red and",
            failure="loop",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless", failure="contradiction"),
        title="Levis Men White & Red Striped Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
]
