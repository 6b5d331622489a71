"""BLIND_668 (46 products; Myntra men's and women's winterwear, VQA adapter): written blind in the fifty-fourth session.
Measured blind at 66d12ac (the session's second rules): 114/130 failures found (87.7%) and 7/184 correct texts flagged
(3.8%). The writer's notes, verbatim:

Scenario: a Myntra winterwear feed (puffer, padded and bomber jackets, a leather and a denim jacket, an overcoat,
pullovers, sweater vests, cardigans, sweatshirts and hoodies) for men and women, plus two unisex hoodies. Photos are
catalog shots on a white backdrop, worn by a model who usually wears something else too: a t-shirt or shirt under an
open jacket or cardigan, jeans, joggers, leggings, trousers, a dress under a cardigan. Front or three-quarter views.

Who wrote what: one night's run with leoreigoto/Data3_V3_BLIP2_VQA on Salesforce/blip2-opt-2.7b for every prompt,
caption included (empty prompt, 50 new tokens; answers 30 new tokens). Closed answers (garment type, color, pattern,
sleeve length, "Is this a ...?") come from enrich's --engine reference, which picks one candidate value: they are
single values and never loop or stop short, but they can pick the wrong value, often the color of the t-shirt or
jeans worn with the product. Open answers and captions are the adapter's free generation. The adapter was trained
only on short VQA answers with unmasked labels and no end token: short answers mostly end on the pad/newline stop,
but once it starts listing it loops or runs into the token limit, and it sometimes carries on with the training
format ("Question: ... Answer: ..."), in captions as well. Its captions are short and terse (VQA-only training
broke them), it answers "describe"/"details" with a single word now and then, it uses the In-shop class names
("jacket/coat", "sweatshirt/hoodie") for the cloth question, once says "pure color" for a color, invents
hoods, pockets, fur and fibres, and puts the pants' or inner tee's color on the product.

Labeling conventions and judgement calls:
- One label per text, the main failure: a loop that also invents a detail is "loop"; an answer that runs on into
  "Question: ... Answer:" is "leak" even when it repeats; a text cut at the token limit is "cut" even if its
  finished part has a doubtful detail (I kept the finished parts of cuts true to the photo).
- hit_limit=True on every loop, cut and long leak (they ran to 30 or 50 tokens); short correct answers stopped.
- other_garment_color: an open answer (or an open color question) giving the product the color of another garment
  in the photo. A closed color answer that picked the other garment's color is labeled the same way. In a caption
  the same mistake is labeled "contradiction" (captions are not answers about the product).
- contradiction: a wrong color not taken from another garment (brown for burgundy, black for brown leather, yellow
  for rust), a wrong garment type or yes/no, a wrong pattern or sleeve length (including the sleeves or print of the
  garment worn with it, or the ribs of a plain knit read as stripes), the type of the shirt or tee worn with the
  product, a print color called the garment's color.
- unsupported: details the photo does not show (hood, fur lining, pockets, buttons, elbow patches, logos, a prop in
  the caption) and fibres the title does not name and the photo cannot show (wool, cashmere, acrylic, down, cotton).
  Fibres named in the title (woollen, lambswool, leather, denim, fleece, wool blend) and visible constructions
  (knit, ribbed knit) are correct.
- non_answer: a single word or "yes" to an open question (including a bare color to "Describe ..."), "fabric" to the
  material question, "pure color" to the open color question.
- restated: the question's own words back ("the details of the sweatshirt", "the material of the jacket").
- pronoun: "he"/"she" wrong for the feed's gender; a caption's "a man" for a Women row is labeled pronoun too.
  Unisex rows accept either pronoun.
- Shades in the same family count as right: cream = white, lavender = purple, peach = pink, maroon = red,
  rust = orange, khaki = beige/tan, charcoal = grey, teal = "blue green". A cardigan called a "sweater" is right.
  A one-color cable or textured knit is "solid". For multi-colored rows a closed color naming one of the garment's
  own main colors is right.
- Rows sometimes lack a color or category column, as the feed has them.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, material, question, wearing

# the VQA data's own garment question, asked in its words
cloth = question("cloth", "What cloth is the person wearing?", "open")
color_open = question("color_open", "What is the color of the garment?", "open")

BLIND_668 = [
    # photo: navy blue quilted puffer jacket zipped up, stand collar, no hood, grey jeans, white backdrop, front view;
    # all texts by the VQA adapter, closed ones by the reference engine
    case(
        "X668-001",
        caption("a man wearing a navy blue puffer jacket and grey jeans"),
        color_of("jacket", "navy blue"),
        Q.garment_type("sweater", "contradiction"),
        Q.pattern("solid"),
        wearing("he is wearing a blue puffer jacket", who="the man"),
        describe("jacket", "a navy blue quilted jacket with a high collar and a zip front"),
        details(
            "jacket",
            "the jacket has a hood, a hood, a hood, a hood, a hood, a hood, a hood, a hood, a hood, a hood, a",
            "loop",
            hit_limit=True,
        ),
        title="Roadster Men Navy Blue Solid Padded Puffer Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: olive green satin bomber with black-and-orange striped rib collar, cuffs and hem, worn open over a white
    # crop top, black skinny jeans, white backdrop; VQA adapter
    case(
        "X668-002",
        caption("a woman wearing a green bomber jacket over a white top"),
        color_of("jacket", "white", "other_garment_color"),
        Q.garment_type("jacket"),
        Q.sleeve_length("long sleeve"),
        wearing("she is wearing a green jacket and black jeans", who="the woman"),
        details("jacket", "ribbed collar and cuffs with stripes, front zip"),
        material("nylon with a leather collar", "unsupported"),
        title="Mast & Harbour Women Olive Green Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Women",
    ),
    # photo: maroon plain-knit crew-neck pullover, a white shirt collar showing at the neck, beige chinos, white
    # backdrop, front view; VQA adapter
    case(
        "X668-003",
        caption("a man in a brown sweater and khaki pants", "contradiction"),
        color_of("sweater", "maroon"),
        Q.pattern("solid"),
        is_a("sweater", "yes"),
        wearing("a maroon sweater over a white shirt", who="the man"),
        describe("sweater", "a maroon sweater with a v-neck and a collar", "unsupported"),
        details("sweater", "ribbed cuffs and hem"),
        material("wool"),
        title="Monte Carlo Men Maroon Solid Woollen Pullover",
        category="Sweaters",
        color="Maroon",
        gender="Men",
    ),
    # photo: pink pullover hoodie with white "BROOKLYN" lettering on the chest, drawstrings, kangaroo pocket, blue
    # jeans, white backdrop; VQA adapter
    case(
        "X668-004",
        caption("a woman wearing a pink hoodie with the word brooklyn on it"),
        color_of("hoodie", "blue", "other_garment_color"),
        Q.garment_type("sweatshirt"),
        Q.pattern("solid", "contradiction"),
        wearing("he is wearing a pink hoodie and jeans", "pronoun"),
        details("hoodie", "a hood with drawstrings, a front pocket and white letters on the chest"),
        describe("hoodie", "pink", "non_answer"),
        title="Tokyo Talkies Women Pink Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Pink",
        gender="Women",
    ),
    # photo: grey melange crew-neck sweatshirt, no hood, no pocket, black joggers, white sneakers, white backdrop;
    # VQA adapter
    case(
        "X668-005",
        caption("a man wearing a grey sweatshirt and black pants"),
        color_of("sweatshirt", "grey"),
        is_a("hoodie", "yes", "contradiction"),
        wearing("a grey sweatshirt and black jogger pants", who="the man"),
        describe("sweatshirt", "a grey sweatshirt with a hood and a kangaroo pocket", "unsupported"),
        details("sweatshirt", "crew neck, ribbed cuffs and ribbed hem"),
        cloth("jacket/coat", "contradiction"),
        title="HRX by Hrithik Roshan Men Grey Melange Solid Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: long mustard open-front cardigan without buttons or pockets, over a black top, blue jeans, white
    # backdrop; VQA adapter
    case(
        "X668-006",
        caption("a woman wearing a yellow cardigan over a black top"),
        color_of("cardigan", "black", "other_garment_color"),
        Q.garment_type("cardigan"),
        is_a("cardigan", "yes"),
        wearing("a mustard cardigan, a black top and blue jeans", who="the woman"),
        describe("cardigan", "a yellow cardigan with buttons down the front and a pocket", "unsupported"),
        details("cardigan", "the cardigan details are the cardigan details", "restated"),
        title="Vero Moda Women Mustard Yellow Solid Open Front Longline Cardigan",
        category="Sweaters",
        color="Mustard",
        gender="Women",
    ),
    # photo: black bomber jacket with rib collar, cuffs and hem, worn open over a grey t-shirt, blue jeans, white
    # backdrop; VQA adapter
    case(
        "X668-007",
        caption("a man in a black jacket and a grey shirt"),
        color_of("jacket", "black"),
        Q.sleeve_length("long sleeve"),
        wearing("a black bomber jacket with a fur collar over a grey t-shirt", "unsupported", who="the man"),
        describe("jacket", "a grey jacket with a zipper", "other_garment_color"),
        details(
            "jacket",
            "zip front, ribbed collar, ribbed cuffs, ribbed hem, ribbed cuffs, ribbed hem, ribbed cuffs, ribbed hem, "
            "ribbed cuffs, ribbed",
            "loop",
            hit_limit=True,
        ),
        title="Fort Collins Men Black Solid Bomber Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: long glossy black puffer coat, hood up with black faux-fur trim, zipped, two side pockets, black
    # leggings, black ankle boots, white backdrop; VQA adapter
    case(
        "X668-008",
        caption("a woman wearing a black puffer jacket with a fur hood"),
        color_of("jacket", "black"),
        Q.garment_type("jacket"),
        is_a("coat", "yes"),
        wearing(
            "she is wearing a long black puffer coat with a hood trimmed in black fur, black leggings and black ankle "
            "boots, and the coat is zipped up to the",
            "cut",
            who="the woman",
            hit_limit=True,
        ),
        details("jacket", "a detachable hood with faux fur trim, zip front and two side pockets"),
        title="ONLY Women Black Solid Longline Puffer Jacket with Detachable Hood",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: navy crew-neck pullover with thin white horizontal stripes across the chest, small white logo
    # embroidered on the left chest, blue jeans, white backdrop; VQA adapter
    case(
        "X668-009",
        caption("a man wearing a blue and white striped sweater"),
        color_of("sweater", "black", "contradiction"),
        Q.pattern("striped"),
        wearing("a navy and white striped sweater and blue jeans", who="the man"),
        describe(
            "sweater",
            "a blue sweater with white stripes Question: What is the pattern of the sweater? Answer: striped "
            "Question: What",
            "leak",
            hit_limit=True,
        ),
        details("sweater", "the sweater has a round neck, ribbed cuffs and a logo on the chest"),
        material("knitted"),
        title="U.S. Polo Assn. Men Navy Blue Striped Pullover",
        category="Sweaters",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: plain lavender crew-neck sweatshirt, no logo or pockets, white jeans, white backdrop; VQA adapter
    case(
        "X668-010",
        caption("a man wearing a purple sweatshirt and white pants", "pronoun"),
        color_of("sweatshirt", "white", "other_garment_color"),
        Q.garment_type("sweatshirt"),
        is_a("sweatshirt", "yes"),
        wearing("a purple sweatshirt and white jeans", who="the woman"),
        describe(
            "sweatshirt",
            "a light purple sweatshirt with a round neck and long sleeves and a round neck and long sleeves and a "
            "round neck and long sleeves and a round",
            "loop",
            hit_limit=True,
        ),
        details("sweatshirt", "a small embroidered logo on the chest and zip pockets", "unsupported"),
        title="Here&Now Women Lavender Solid Sweatshirt",
        category="Sweatshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: khaki padded jacket with attached hood, zip and snap placket, open over a black t-shirt, dark jeans,
    # white backdrop, three-quarter view; VQA adapter
    case(
        "X668-011",
        caption("a man wearing a tan jacket with a hood"),
        color_of("jacket", "beige"),
        Q.garment_type("jacket"),
        wearing("a khaki hooded jacket over a black t-shirt and dark jeans", who="the man"),
        describe(
            "jacket",
            "a beige jacket with a hood and a zipper and buttons and a hood and a zipper and buttons and a hood and a "
            "zipper and",
            "loop",
            hit_limit=True,
        ),
        details("jacket", "hood", "non_answer"),
        color_open("black", "other_garment_color"),
        title="Woodland Men Khaki Solid Padded Jacket",
        category="Jackets",
        color="Khaki",
        gender="Men",
    ),
    # photo: cream cable-knit crew-neck pullover, ribbed neckline, cuffs and hem, light blue jeans, white backdrop;
    # VQA adapter
    case(
        "X668-012",
        caption("a woman wearing a white sweater and blue jeans"),
        color_of("sweater", "white"),
        Q.pattern("striped", "contradiction"),
        wearing("she is wearing a cream sweater and blue jeans", who="the woman"),
        describe("sweater", "a cream colored cable knit sweater with a round neck"),
        details(
            "sweater",
            "cable knit pattern down the front and sleeves, a ribbed round neckline, ribbed cuffs and a ribbed hem, "
            "and the sleeves are slightly",
            "cut",
            hit_limit=True,
        ),
        material("wool", "unsupported"),
        title="DressBerry Women Cream-Coloured Cable Knit Pullover",
        category="Sweaters",
        color="Cream",
        gender="Women",
    ),
    # photo: black pullover hoodie with a large white Puma cat logo on the chest, drawstrings, kangaroo pocket, grey
    # track pants, white backdrop; VQA adapter
    case(
        "X668-013",
        caption("a man wearing a black hoodie with a white puma logo"),
        color_of("hoodie", "black"),
        Q.pattern("printed"),
        is_a("hoodie", "yes"),
        wearing("she is wearing a black hoodie", "pronoun"),
        describe("hoodie", "a grey hoodie with a puma logo", "other_garment_color"),
        details(
            "hoodie",
            "a hood with drawstrings, a kangaroo pocket, a large white puma logo printed on the chest, ribbed cuffs "
            "and a ribbed hem, and the hood is lined with",
            "cut",
            hit_limit=True,
        ),
        title="Puma Men Black Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: short maroon quilted puffer jacket, stand collar, zipped, black jeans, white backdrop; VQA adapter
    # (the caption ran into the training format from the empty prompt)
    case(
        "X668-014",
        caption(
            "Question: What is the color of the jacket? Answer: maroon Question: Is this a jacket? Answer: yes "
            "Question: What cloth is the person wearing? Answer: jacket/coat Question: What is",
            "leak",
            hit_limit=True,
        ),
        color_of("jacket", "maroon"),
        Q.garment_type("jacket"),
        Q.sleeve_length("short sleeve", "contradiction"),
        wearing("a maroon quilted jacket and black jeans", who="the woman"),
        describe(
            "jacket",
            "maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon "
            "maroon maroon maroon maroon maroon maroon",
            "loop",
            hit_limit=True,
        ),
        details("jacket", "quilted with a stand collar and zip"),
        title="Harpa Women Maroon Solid Quilted Jacket",
        category="Jackets",
        color="Maroon",
        gender="Women",
    ),
    # photo: charcoal V-neck cardigan with five buttons, no pockets or patches, over a white shirt, navy trousers,
    # white backdrop; VQA adapter
    case(
        "X668-015",
        caption("a man wearing a grey cardigan over a white shirt"),
        color_of("cardigan", "white", "other_garment_color"),
        Q.garment_type("sweater"),
        is_a("cardigan", "no", "contradiction"),
        wearing("she is wearing a charcoal cardigan, a white shirt and navy trousers", "pronoun", who="the man"),
        describe("cardigan", "a dark grey button-up cardigan with a v-neck"),
        details("cardigan", "buttons, v-neck, two pockets, elbow patches", "unsupported"),
        title="Van Heusen Men Charcoal Grey Solid Cardigan",
        category="Sweaters",
        color="Charcoal",
        gender="Men",
    ),
    # photo: black hoodie with a large pink-and-yellow cartoon graphic on the front, blue jeans, white backdrop;
    # VQA adapter
    case(
        "X668-016",
        caption("a woman wearing a black hoodie with a cartoon on it and holding a phone", "unsupported"),
        Q.color("black"),
        Q.pattern("printed"),
        wearing(
            "a black hoodie with a pink and yellow print and blue jeans Question: What is the color of the hoodie? "
            "Answer: black Question:",
            "leak",
            who="the woman",
            hit_limit=True,
        ),
        describe("hoodie", "a pink hoodie with a cartoon character on the front", "contradiction"),
        details("hoodie", "a hood, a front pocket and a large graphic print"),
        title="Kook N Keech Women Black Graphic Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Women",
    ),
    # photo: olive MA-1 bomber zipped up, zip pocket on the left sleeve, ribbed collar, cuffs and hem, black jeans,
    # white backdrop; VQA adapter (caption leaked the training format)
    case(
        "X668-017",
        caption(
            "a man wearing an olive green bomber jacket Question: What is the color of the jacket? Answer: olive "
            "green Question: What is the man wearing? Answer: a bomber jacket and black jeans Question: Is this a",
            "leak",
            hit_limit=True,
        ),
        color_of("jacket", "brown", "contradiction"),
        is_a("jacket", "yes"),
        Q.sleeve_length("long sleeve"),
        wearing("an olive bomber jacket and black jeans", who="the man"),
        details("jacket", "a zip pocket on the sleeve, ribbed collar, cuffs and hem"),
        title="Roadster Men Olive Green Solid Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: teal round-neck pullover in a textured self-design knit, black trousers, white backdrop; VQA adapter
    case(
        "X668-018",
        caption("a woman wearing a teal sweater and black pants"),
        color_of("sweater", "black", "other_garment_color"),
        Q.pattern("solid"),
        wearing("a teal sweater with black trousers", who="the woman"),
        describe("sweater", "sweater", "non_answer"),
        details(
            "sweater",
            "round neck, long sleeves, textured knit, ribbed hem, round neck, long sleeves, textured knit, ribbed "
            "hem, round neck, long sleeves",
            "loop",
            hit_limit=True,
        ),
        material("acrylic", "unsupported"),
        title="Mast & Harbour Women Teal Blue Self Design Pullover",
        category="Sweaters",
        color="Teal",
        gender="Women",
    ),
    # photo: colourblocked crew sweatshirt: red body, white chest panel, navy sleeves; blue jeans, white backdrop;
    # VQA adapter
    case(
        "X668-019",
        caption("a man wearing a red white and blue sweatshirt"),
        color_of("sweatshirt", "red"),
        Q.pattern("colour block"),
        is_a("sweatshirt", "yes"),
        wearing("he is wearing a red, white and blue sweatshirt and jeans", who="the man"),
        describe("sweatshirt", "a solid red sweatshirt", "contradiction"),
        details("sweatshirt", "the details of the sweatshirt", "restated"),
        title="Campus Sutra Men Red Colourblocked Sweatshirt",
        category="Sweatshirts",
        color="Red",
        gender="Men",
    ),
    # photo: white hooded puffer jacket, no fur, zipped, light blue jeans, white backdrop, front view; VQA adapter
    case(
        "X668-020",
        caption(
            "a woman wearing a white puffer jacket with a hood and blue jeans standing in front of a white wall with "
            "her hands in the pockets of the jacket and the hood down on her back and the zipper",
            "cut",
            hit_limit=True,
        ),
        color_of("jacket", "blue", "other_garment_color"),
        Q.garment_type("jacket"),
        wearing("she is wearing a white puffer jacket and jeans", who="the woman"),
        describe("jacket", "a white down jacket with a fur hood", "unsupported"),
        details("jacket", "the jacket details of the jacket", "restated"),
        cloth("jacket/coat"),
        title="Madame Women White Solid Puffer Jacket",
        category="Jackets",
        color="White",
        gender="Women",
    ),
    # photo: olive V-neck sleeveless sweater vest over a light blue full-sleeve shirt, beige chinos, white backdrop;
    # VQA adapter
    case(
        "X668-021",
        caption("a man wearing a green sweater vest over a blue shirt"),
        color_of("sweater", "blue", "other_garment_color"),
        Q.sleeve_length("long sleeve", "contradiction"),
        is_a("vest", "yes"),
        wearing("a green sweater vest, a light blue shirt and beige pants", who="the man"),
        describe("sweater", "an olive v-neck sleeveless sweater"),
        details("sweater", "v-neck, cable knit front and two pockets", "unsupported"),
        title="Allen Solly Men Olive Green Solid Sleeveless Sweater Vest",
        category="Sweaters",
        color="Olive",
        gender="Men",
    ),
    # photo: peach pullover hoodie with kangaroo pocket, white joggers, white sneakers, white backdrop; VQA adapter
    case(
        "X668-022",
        caption("a woman wearing a pink hoodie and white pants"),
        color_of("hoodie", "peach"),
        Q.garment_type("jacket", "contradiction"),
        wearing(
            "she is wearing a pink hoodie and white sweatpants and white sneakers and a pink hoodie and white "
            "sweatpants and white sneakers and a pink",
            "loop",
            who="the woman",
            hit_limit=True,
        ),
        describe("hoodie", "peach colored pullover hoodie with a kangaroo pocket"),
        details(
            "hoodie",
            "drawstring hood, kangaroo pocket, ribbed cuffs Question: What is the color of the hoodie? Answer: peach "
            "Question: Is this a",
            "leak",
            hit_limit=True,
        ),
        material("cotton", "unsupported"),
        title="Roadster Women Peach-Coloured Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Peach",
        gender="Women",
    ),
    # photo: mid-blue denim trucker jacket with a cream sherpa collar and lining, two flap chest pockets, worn open
    # over a grey hoodie, black jeans, white backdrop; VQA adapter
    case(
        "X668-023",
        caption("a man wearing a denim jacket with a fur collar over a grey hoodie"),
        color_of("jacket", "grey", "other_garment_color"),
        Q.garment_type("jacket"),
        Q.pattern("solid"),
        wearing("a blue denim jacket over a grey hoodie and black jeans", who="the man"),
        material("denim"),
        details("jacket", "a sherpa collar, button front, two chest pockets with flaps"),
        describe(
            "jacket",
            "a blue denim jacket with a white fur collar and a white fur lining and a white fur collar and a white "
            "fur lining and a",
            "loop",
            hit_limit=True,
        ),
        title="Levis Men Blue Solid Denim Trucker Jacket with Sherpa Collar",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: burgundy ribbed turtleneck pullover tucked into black high-waisted trousers, white backdrop; VQA adapter
    case(
        "X668-024",
        caption("a woman wearing a burgundy turtleneck sweater and black pants"),
        color_of("sweater", "brown", "contradiction"),
        Q.pattern("striped", "contradiction"),
        wearing("a dark red turtleneck tucked into black trousers", who="the woman"),
        describe("sweater", "a burgundy ribbed turtleneck sweater"),
        details("sweater", "yes", "non_answer"),
        material("ribbed knit"),
        title="ONLY Women Burgundy Solid Turtle Neck Pullover",
        category="Sweaters",
        color="Burgundy",
        gender="Women",
    ),
    # photo: navy crew sweatshirt with white "UCB 1965" lettering on the chest, no hood, khaki chinos, white
    # backdrop; VQA adapter
    case(
        "X668-025",
        caption("a man in a navy blue sweatshirt with white writing on it"),
        color_of("sweatshirt", "navy blue"),
        Q.pattern("printed"),
        wearing("she is wearing a blue sweatshirt and khaki pants", "pronoun"),
        describe("sweatshirt", "the sweatshirt is a sweatshirt", "restated"),
        details("sweatshirt", "white letters on the chest, ribbed collar, ribbed cuffs and a hood", "unsupported"),
        title="United Colors of Benetton Men Navy Blue Printed Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: dusty pink satin bomber, small logo patch on the left sleeve, worn open over a black t-shirt, black
    # jeans, white backdrop; VQA adapter
    case(
        "X668-026",
        caption("a woman wearing a pink jacket over a black t shirt"),
        color_of("jacket", "purple", "contradiction"),
        is_a("bomber jacket", "yes"),
        Q.sleeve_length("long sleeve"),
        wearing("a pink bomber jacket, a black t-shirt and black jeans", who="the woman"),
        describe("jacket", "a black bomber jacket with a zipper", "other_garment_color"),
        details(
            "jacket",
            "ribbed collar, ribbed cuffs and hem, a zip front, two slanted side pockets, a small logo patch on the "
            "left sleeve and a lining that is",
            "cut",
            hit_limit=True,
        ),
        title="Qube by Fort Collins Women Pink Solid Bomber Jacket",
        category="Jackets",
        color="Pink",
        gender="Women",
    ),
    # photo: grey hooded quilted puffer jacket, zipped, side pockets, no fur, black track pants, white backdrop;
    # VQA adapter
    case(
        "X668-027",
        caption("a man wearing a black puffer jacket with a hood", "contradiction"),
        color_of("jacket", "grey"),
        Q.garment_type("jacket"),
        wearing("he is wearing a grey jacket with a hood and black pants", who="the man"),
        describe("jacket", "puffer", "non_answer"),
        details("jacket", "a hood, zip, side pockets and a fur lining", "unsupported"),
        material("the material of the jacket", "restated"),
        title="Duke Men Grey Solid Hooded Puffer Jacket",
        category="Jackets",
        color="Grey",
        gender="Men",
    ),
    # photo: crew-neck cardigan with horizontal navy, red and cream stripes, buttoned, over a white t-shirt, blue
    # jeans, white backdrop, no pockets; VQA adapter
    case(
        "X668-028",
        caption("a woman wearing a striped cardigan"),
        Q.color("navy blue"),
        Q.pattern("striped"),
        is_a("cardigan", "yes"),
        wearing("a navy, red and cream striped cardigan over a white t-shirt", who="the woman"),
        describe(
            "cardigan",
            "a striped cardigan with buttons down the front and a striped cardigan with buttons down the front and a "
            "striped cardigan with buttons",
            "loop",
            hit_limit=True,
        ),
        details("cardigan", "buttons, striped, v neck, patch pockets", "unsupported"),
        title="Marks & Spencer Women Multicoloured Striped Cardigan",
        category="Sweaters",
        color="Multi",
        gender="Women",
    ),
    # photo: light grey V-neck lambswool pullover over a white collared shirt, dark blue jeans, white backdrop;
    # VQA adapter
    case(
        "X668-029",
        caption("a man wearing a grey sweater over a white shirt"),
        color_of("sweater", "grey"),
        Q.garment_type("shirt", "contradiction"),
        material("wool"),
        wearing("a grey v-neck sweater, a white shirt and jeans", who="the man"),
        describe("sweater", "a white v-neck sweater", "other_garment_color"),
        details(
            "sweater",
            "v neck, ribbed cuffs, ribbed hem Question: What are the sweater details? Answer: v neck, ribbed cuffs, "
            "ribbed hem Question: What",
            "leak",
            hit_limit=True,
        ),
        title="Marks & Spencer Men Grey Solid Pure Lambswool Pullover",
        category="Sweaters",
        color="Grey",
        gender="Men",
    ),
    # photo: unisex grey melange pullover hoodie worn by a man, drawstrings, front pocket, black joggers, white
    # backdrop; VQA adapter (the caption looped)
    case(
        "X668-030",
        caption(
            "a man wearing a grey hoodie and black joggers and a grey hoodie and black joggers and a grey hoodie and "
            "black joggers and a grey hoodie and black joggers and a grey hoodie and black joggers and a",
            "loop",
            hit_limit=True,
        ),
        color_of("hoodie", "grey"),
        Q.garment_type("sweatshirt"),
        wearing("he is wearing a grey hoodie"),
        describe("hoodie", "grey", "non_answer"),
        details("hoodie", "a hood with drawstrings and a front pocket"),
        title="Bewakoof Unisex Grey Melange Solid Hoodie",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Unisex",
    ),
    # photo: dark brown leather bomber with rib-knit collar, cuffs and hem, silver zips, two zip side pockets, open
    # over a white t-shirt, blue jeans, white backdrop; VQA adapter
    case(
        "X668-031",
        caption("a man wearing a brown leather jacket and a white shirt"),
        color_of("jacket", "brown"),
        material("leather"),
        Q.garment_type("jacket"),
        wearing("a brown leather jacket, a white t-shirt and blue jeans", who="the man"),
        describe("jacket", "a black leather jacket with a zipper", "contradiction"),
        details(
            "jacket",
            "zip front, ribbed collar, ribbed cuffs, a ribbed hem and two zip pockets at the sides, the zips are "
            "silver and the jacket is",
            "cut",
            hit_limit=True,
        ),
        title="Justanned Men Brown Solid Leather Bomber Jacket",
        category="Jackets",
        color="Brown",
        gender="Men",
    ),
    # photo: off-white pointelle-knit crop sweater with puff sleeves and round neck, high-waisted blue mom jeans,
    # white backdrop; VQA adapter
    case(
        "X668-032",
        caption("a woman wearing a white sweater and blue jeans"),
        color_of("sweater", "off white"),
        Q.sleeve_length("long sleeve"),
        wearing("she is wearing a white cropped sweater and high waisted jeans", who="the woman"),
        describe("sweater", "a blue sweater", "other_garment_color"),
        details(
            "sweater",
            "puff sleeves, cropped hem and a round neck Question: What is the sleeve length of the garment? Answer: "
            "long sleeve Question:",
            "leak",
            hit_limit=True,
        ),
        material("cashmere", "unsupported"),
        title="Tokyo Talkies Women Off-White Self Design Crop Sweater",
        category="Sweaters",
        color="Off White",
        gender="Women",
    ),
    # photo: olive full-zip hoodie worn open over a black t-shirt, two side pockets, black jeans, white backdrop;
    # VQA adapter
    case(
        "X668-033",
        caption("a man in a green hoodie and black t shirt"),
        color_of("hoodie", "black", "other_garment_color"),
        Q.garment_type("sweatshirt"),
        is_a("hoodie", "no", "contradiction"),
        wearing("an olive zip up hoodie over a black t-shirt", who="the man"),
        describe(
            "hoodie",
            "a green zip-up hoodie with a hood and a zipper and a hood and a zipper and a hood and a zipper and a "
            "hood and",
            "loop",
            hit_limit=True,
        ),
        details("hoodie", "full zip, drawstring hood and two side pockets"),
        title="Wrogn Men Olive Green Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: navy knee-length hooded puffer coat, zip and snap placket, side pockets, black leggings, white
    # backdrop; VQA adapter
    case(
        "X668-034",
        caption("a woman in a long navy blue puffer coat"),
        color_of("jacket", "black", "other_garment_color"),
        is_a("coat", "yes"),
        wearing("he is wearing a blue puffer coat and black leggings", "pronoun"),
        describe("jacket", "a long navy padded jacket with a hood"),
        details("jacket", "hood, zip front, snap buttons, side pockets, knee length"),
        material("fabric", "non_answer"),
        title="Here&Now Women Navy Blue Solid Longline Puffer Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: navy crew-neck pullover with a red, white and mustard fair isle band across chest and shoulders (no
    # figures), blue jeans, white backdrop; VQA adapter
    case(
        "X668-035",
        caption("a man wearing a christmas sweater with reindeer on it", "unsupported"),
        Q.color("navy blue"),
        Q.pattern("solid", "contradiction"),
        wearing("a navy fair isle sweater and jeans", who="the man"),
        describe("sweater", "a navy sweater with a red, white and yellow pattern across the chest and shoulders"),
        details(
            "sweater",
            "crew neck, fair isle yoke, ribbed cuffs, ribbed hem, crew neck, fair isle yoke, ribbed cuffs, ribbed "
            "hem, crew neck, fair isle yoke",
            "loop",
            hit_limit=True,
        ),
        material("wool", "unsupported"),
        title="Roadster Men Multicoloured Fair Isle Pullover",
        category="Sweaters",
        color="Multi",
        gender="Men",
    ),
    # photo: bright yellow crew sweatshirt with a black "STAY WEIRD" slogan print, black joggers, white socks and
    # sneakers, hair tied up, white backdrop; VQA adapter
    case(
        "X668-036",
        caption("a woman wearing a yellow sweatshirt with black writing"),
        color_of("sweatshirt", "yellow"),
        Q.pattern("printed"),
        wearing(
            "a yellow sweatshirt with black letters that say stay weird on the front, black jogger pants, white "
            "socks and white sneakers and her hair is tied up in a",
            "cut",
            who="the woman",
            hit_limit=True,
        ),
        describe("sweatshirt", "a black sweatshirt with yellow letters", "contradiction"),
        details("sweatshirt", "the words stay weird printed on the front"),
        cloth("graphic tee", "contradiction"),
        title="SASSAFRAS Women Yellow Printed Sweatshirt",
        category="Sweatshirts",
        color="Yellow",
        gender="Women",
    ),
    # photo: rust-orange quilted puffer jacket, stand collar, zipped, two side pockets, black jeans, white backdrop;
    # VQA adapter
    case(
        "X668-037",
        caption("a man wearing an orange puffer jacket"),
        color_of("jacket", "orange"),
        Q.garment_type("jacket"),
        wearing(
            "an orange puffer jacket and black jeans Question: What is the color of the jacket? Answer: orange "
            "Question: Is this a jacket? Answer: yes",
            "leak",
            who="the man",
            hit_limit=True,
        ),
        describe("jacket", "a yellow puffer jacket with a high collar", "contradiction"),
        details("jacket", "stand collar, zip front, two side pockets and a detachable hood", "unsupported"),
        title="Fort Collins Men Rust Solid Puffer Jacket",
        category="Jackets",
        color="Rust",
        gender="Men",
    ),
    # photo: red boat-neck pullover with thin white breton stripes, black jeans, white backdrop; VQA adapter
    case(
        "X668-038",
        caption(
            "a woman wearing a red and white striped sweater and black jeans with her hands on her hips standing on "
            "a white background with her hair down over her shoulders and a red and white striped",
            "cut",
            hit_limit=True,
        ),
        color_of("sweater", "red"),
        Q.pattern("striped"),
        is_a("sweater", "yes"),
        wearing("she is wearing a red striped sweater and black jeans", who="the woman"),
        describe("sweater", "a red and black striped sweater", "other_garment_color"),
        details("sweater", "boat neck, long sleeves, dropped shoulders and a ribbed hem"),
        title="Pepe Jeans Women Red Striped Pullover",
        category="Sweaters",
        color="Red",
        gender="Women",
    ),
    # photo: white crew sweatshirt with a small navy embroidered logo on the left chest, navy chinos, white
    # backdrop; VQA adapter
    case(
        "X668-039",
        caption("a man in a white sweatshirt and blue pants"),
        color_of("sweatshirt", "blue", "other_garment_color"),
        Q.garment_type("sweatshirt"),
        wearing("a white t-shirt and navy pants", "contradiction", who="the man"),
        describe("sweatshirt", "a plain white sweatshirt with a small logo on the chest"),
        details(
            "sweatshirt",
            "a small blue logo on the left chest, ribbed cuffs, ribbed hem and a ribbed round neck, and the sleeves "
            "are long and the sweatshirt is loose and the",
            "cut",
            hit_limit=True,
        ),
        title="Nautica Men White Solid Sweatshirt",
        category="Sweatshirts",
        color="White",
        gender="Men",
    ),
    # photo: beige teddy (borg) fleece jacket, zip front, stand collar, two pockets, over a black turtleneck, black
    # jeans, white backdrop; VQA adapter
    case(
        "X668-040",
        caption("a woman wearing a beige fuzzy jacket over a black top"),
        color_of("jacket", "beige"),
        material("fleece"),
        is_a("jacket", "yes"),
        wearing("she is wearing a beige fleece jacket and a black turtleneck", who="the woman"),
        describe("jacket", "a black teddy jacket", "other_garment_color"),
        details(
            "jacket",
            "zip front, stand collar, two pockets, two pockets, two pockets, two pockets, two pockets, two pockets, "
            "two pockets, two pockets",
            "loop",
            hit_limit=True,
        ),
        title="H&M Women Khaki Teddy Fleece Jacket",
        category="Jackets",
        color="Khaki",
        gender="Women",
    ),
    # photo: mustard crew-neck plain pullover, no pocket or buttons, blue jeans, white backdrop, no props; VQA adapter
    case(
        "X668-041",
        caption("a man wearing a yellow sweater and holding a cup of coffee", "unsupported"),
        color_of("sweater", "mustard"),
        Q.garment_type("sweater"),
        wearing("she is wearing a yellow sweater and blue jeans", "pronoun"),
        describe("sweater", "a mustard yellow crew neck sweater"),
        details("sweater", "a pocket on the chest and buttons on the shoulder", "unsupported"),
        title="Roadster Men Mustard Yellow Solid Pullover",
        category="Sweaters",
        color="Mustard",
        gender="Men",
    ),
    # photo: bottle-green cropped pullover hoodie with drawstring hood and a small white Puma logo on the chest,
    # black leggings, white backdrop; the feed row has no category; VQA adapter
    case(
        "X668-042",
        caption("a woman wearing a green crop top hoodie and black leggings"),
        color_of("hoodie", "green"),
        Q.garment_type("t-shirt", "contradiction"),
        wearing("a green cropped hoodie and black leggings", who="the woman"),
        describe("hoodie", "a short green hoodie with a drawstring hood and a small white puma logo on the chest"),
        details("hoodie", "the details of the hoodie are the hoodie", "restated"),
        color_open("pure color", "non_answer"),
        title="Puma Women Green Solid Cropped Hoodie",
        color="Green",
        gender="Women",
    ),
    # photo: navy hooded puffer jacket with a red and white horizontal chest band, zipped side pockets, logo on the
    # chest, elasticated cuffs, grey sweatpants, white backdrop; VQA adapter
    case(
        "X668-043",
        caption("a man wearing a blue red and white puffer jacket"),
        color_of("jacket", "navy blue"),
        Q.pattern("colour block"),
        wearing("a navy blue puffer jacket with a red and white stripe and grey sweatpants", who="the man"),
        describe("jacket", "a grey puffer jacket with a hood", "other_garment_color"),
        details(
            "jacket",
            "hood, zip front, red and white chest stripe, elasticated cuffs, zipped side pockets, a logo on the "
            "chest, a hood, zip front, red and white chest stripe",
            "loop",
            hit_limit=True,
        ),
        material("down", "unsupported"),
        title="Tommy Hilfiger Men Navy Blue Colourblocked Hooded Puffer Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: grey melange crew-neck button cardigan over a blue floral-print dress, white backdrop; the feed row has
    # no color; VQA adapter
    case(
        "X668-044",
        caption("a woman wearing a grey cardigan over a blue floral dress"),
        color_of("cardigan", "grey"),
        Q.pattern("floral", "contradiction"),
        wearing("a grey cardigan and a blue dress with flowers", who="the woman"),
        describe("cardigan", "a blue cardigan with flowers", "other_garment_color"),
        details(
            "cardigan",
            "buttons down the front, a round neck, ribbed cuffs and a ribbed hem, worn over a blue dress with a "
            "white floral print that comes down to the",
            "cut",
            hit_limit=True,
        ),
        material("knit"),
        title="Marks & Spencer Women Grey Melange Solid Cardigan",
        category="Sweaters",
        gender="Women",
    ),
    # photo: unisex black pullover hoodie with white typography on the front, worn by a woman, blue jeans, white
    # backdrop; VQA adapter
    case(
        "X668-045",
        caption("a woman wearing a black hoodie with white text"),
        color_of("hoodie", "black"),
        is_a("hoodie", "yes"),
        wearing("she is wearing a black hoodie and blue jeans"),
        describe(
            "hoodie",
            "a black hoodie with white letters on the front and a hood and a front pocket Question: What is the "
            "color of the hoodie? Answer: black Question:",
            "leak",
            hit_limit=True,
        ),
        details("hoodie", "yes", "non_answer"),
        title="Bewakoof Unisex Black Typography Printed Hoodie",
        category="Sweatshirts",
        color="Black",
        gender="Unisex",
    ),
    # photo: charcoal overcoat with a faint black windowpane check, notch lapels, two-button front, flap pockets,
    # chest welt pocket, worn open over a navy sweater and a white shirt, grey trousers, white backdrop; VQA adapter
    case(
        "X668-046",
        caption("a man in a grey coat with a white shirt"),
        color_of("coat", "grey"),
        Q.pattern("checked"),
        material("wool"),
        wearing("a grey checked overcoat, a navy sweater, a white shirt and grey trousers", who="the man"),
        describe("coat", "a navy blue coat", "other_garment_color"),
        details(
            "coat",
            "notch lapels, a two button front, two flap pockets at the hips, a welt pocket on the chest and a single "
            "vent at the",
            "cut",
            hit_limit=True,
        ),
        title="Arrow Men Charcoal Grey Checked Wool Blend Overcoat",
        category="Jackets",
        color="Charcoal",
        gender="Men",
    ),
]
