"""BLIND_1151 (46 products; Myntra men's tees, polos, henleys; the VQA adapter): written blind in the sixtieth session.
Measured blind at 2135623 (the session's eighth rules): 112/117 failures found (95.7%) and 9/163 correct texts flagged
(5.5%). The writer's notes, verbatim:

Scenario: a Myntra men's topwear feed (article_type Tshirts for tees, polos and henleys alike), seller title, category,
base colour and gender as the data set's styles.csv has them; a few rows lack a column. Photos are catalog shots on a
white backdrop, the model wearing the product with jeans, chinos, shorts or joggers, sometimes under an open denim
shirt, flannel or bomber jacket, a few with a cap, sunglasses, a watch or a chain; one back view.

Who wrote what: every caption and every open answer is free generation by leoreigoto/Data3_V3_BLIP2_VQA on
Salesforce/blip2-opt-2.7b (greedy, 50 new tokens for captions, 30 for answers). Trained on In-shop VQA pairs with the
loss over the prompt and no end token, it answers tersely in In-shop words ("tee", "graphic tee", "polo shirt",
"denim"), says "she" because its training photos are mostly women, repeats itself to the limit, runs on into the next
"Question: ... Answer:" of its training format, and gives the jeans' or the jacket's color to the top. Its captions
are broken (VQA-only training): short answer-like phrases, a bare "yes", a loop of one color word, or a leaked QA pair.
Closed answers (garment type, color, pattern, sleeve length, neckline, "Is this a ...?") are enrich's reference
engine ranking candidates with the same adapter: one candidate each, never a loop or a cut.

Labeling conventions and judgement calls:
- A henley or a polo called "t-shirt" or "tee" is right (Myntra files both under Tshirts); a henley called a polo, or
  given a polo collar, is a contradiction. "shirt" for a tee is accepted in free text; the closed garment type
  "shirt" for a tee, or "jacket" for the tee under the jacket, is a contradiction of the seller's category.
- Stripes and colour blocks: naming any colour that is really on the garment is right (white for a navy-and-white
  stripe). The colour of a print (the logo, the lettering) given as the garment's colour is a contradiction, not
  other_garment_color: the print is part of the same garment.
- other_garment_color: the product given the color of another garment in the photo (jeans, chinos, shorts, an
  overshirt or jacket), in a caption, an open answer, or once or twice a closed color that picked it.
- Shade words within the seller's colour family are right: maroon/burgundy/dark red/red for Maroon, mustard/yellow
  for Mustard, cream/off-white/white for Off White, dark grey for Charcoal, teal/blue-green/blue for Teal, khaki for
  Beige. Navy called black is a contradiction.
- Material cannot be seen: cotton, cotton blend, jersey or pique for a tee or polo is accepted; a material the title
  names (Dri-FIT, Rapid-Dry: polyester) is right; cotton against a Dri-FIT title is a contradiction; wool, leather,
  denim, linen or "organic" with nothing in the title or photo is unsupported.
- Details the photo does not show (a chest pocket, a zipper, a hood, a coffee cup, a chain) are unsupported, even
  inside an otherwise right answer; an overshirt described as the product is a contradiction.
- non_answer: empty, "yes" or "no", a bare color word, or only the question's garment word, to an open question or
  as a caption. A terse but real answer ("a yellow tee", "polo shirt" to what is worn) is correct.
- The Teal tee whose seller title says Green: the closed color "green" is counted right (teal is blue-green and the
  seller's own title says it); its caption's "blue" is right too.
- restated: the question's words given back as the answer ("the t-shirt is a t-shirt").
- A text that ran to its token limit has hit_limit=True: every loop, every cut, and leaks that ran on to the limit;
  each text carries one label, the first fault a reader meets (a leak that then loops is a leak).
- pronoun: "she" for a Men row; rows without a gender have no pronoun failures.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, material, question, wearing

neckline = question("neckline", "What is the neckline of the garment?", "closed")

BLIND_1151 = [
    # photo: navy pique polo, white tipping on the collar, small red embroidered logo; beige chinos; white backdrop;
    # front view. VQA adapter: caption and open answers; reference engine: closed answers
    case(
        "X1151-001",
        caption("a man wearing a navy blue polo shirt and khaki pants"),
        wearing("polo shirt"),
        color_of("polo shirt", "navy blue"),
        Q.pattern("solid"),
        details("polo shirt", "white stripes on the collar and a small red logo on the chest"),
        material("cotton"),
        title="U.S. Polo Assn. Men Navy Blue Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: white round-neck tee with a large black-and-red "ROADSTER 1978" print on the chest; mid-blue jeans;
    # white backdrop; front. VQA adapter: caption, open answers; reference engine: closed
    case(
        "X1151-002",
        caption("a man in a blue t-shirt and blue jeans", "other_garment_color"),
        wearing("a white graphic tee and jeans"),
        color_of("t-shirt", "white"),
        Q.pattern("graphic"),
        describe("t-shirt", "a white t-shirt with a black and red print on the front"),
        details(
            "t-shirt",
            "the print on the front, the print on the front, the print on the front, the print on the front, the print",
            "loop",
            hit_limit=True,
        ),
        title="Roadster Men White Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: black long-sleeve henley with a three-button placket, no pocket; grey joggers; white backdrop; front.
    # VQA adapter: caption, open answers; reference engine: closed
    case(
        "X1151-003",
        caption("a man wearing a black long sleeve shirt and grey sweatpants"),
        wearing("she is wearing a black top and grey pants", "pronoun"),
        Q.garment_type("t-shirt"),
        Q.sleeve_length("long"),
        neckline("henley"),
        describe("t-shirt", "a black henley with three buttons and a chest pocket", "unsupported"),
        title="HRX by Hrithik Roshan Men Black Solid Henley Neck Long Sleeves T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: tee in even horizontal navy and white stripes, short sleeves; black jeans; sunglasses hooked at the
    # neckline; white backdrop. VQA adapter: caption, open answers; reference engine: closed
    case(
        "X1151-004",
        caption("a man wearing a striped shirt and black jeans"),
        color_of("t-shirt", "white"),
        Q.pattern("solid", "contradiction"),
        wearing("a navy and white striped tee and black denim"),
        details(
            "t-shirt",
            "navy blue and white stripes all over, round neck, short sleeves, a slightly longer hem at the back and"
            " the stripes are evenly spaced from the neck to the",
            "cut",
            hit_limit=True,
        ),
        is_a("polo shirt", "no"),
        title="WROGN Men Navy Blue & White Striped Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: red tee with a white Puma cat logo and PUMA lettering on the chest, plain sleeves; black track pants;
    # white backdrop. VQA adapter: caption, open answers; reference engine: closed
    case(
        "X1151-005",
        caption("a man wearing a red puma t-shirt and black pants"),
        wearing(
            "Question: What is the person wearing? Answer: a red tee Question: What is the color of the pants? Answer:"
            " black Question",
            "leak",
            hit_limit=True,
        ),
        color_of("t-shirt", "red"),
        Q.pattern("printed"),
        describe(
            "t-shirt",
            "a red t-shirt with a white puma logo on the front and white stripes down the sleeves",
            "unsupported",
        ),
        title="Puma Men Red Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: black polo with a small white swoosh on the chest; grey shorts; white sneakers; white backdrop; front.
    # VQA adapter: caption, open answers (the color question asked open); reference engine: closed
    case(
        "X1151-006",
        caption("a man in a black polo shirt and grey shorts standing"),
        material("cotton", "contradiction"),
        color_of("polo shirt", "grey", "other_garment_color", kind="open"),
        Q.garment_type("polo shirt"),
        Q.sleeve_length("short"),
        wearing(
            "a black polo shirt and grey shorts and white shoes and a black polo shirt and grey shorts"
            " and white shoes and",
            "loop",
            hit_limit=True,
        ),
        title="Nike Men Black Dri-FIT Solid Polo T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: maroon short-sleeve henley, two-button placket, no collar; blue ripped jeans; white backdrop; front.
    # VQA adapter: caption, open answers; reference engine: closed
    case(
        "X1151-007",
        caption("a man wearing a maroon t-shirt and ripped jeans"),
        Q.color("maroon"),
        neckline("polo collar", "contradiction"),
        is_a("polo shirt", "yes", "contradiction"),
        describe("t-shirt", "a dark red henley t-shirt with two buttons at the neck"),
        wearing("a burgundy tee and blue denim"),
        title="Highlander Men Maroon Solid Henley Neck T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: polo in wide navy and red horizontal stripes (no white), navy collar, white buttons; white chinos; white
    # backdrop; front. VQA adapter: caption, open answers (color asked open); reference engine: closed
    case(
        "X1151-008",
        caption("a man in a striped polo shirt and white pants"),
        color_of("polo shirt", "white", "other_garment_color", kind="open"),
        Q.pattern("striped"),
        details(
            "polo shirt",
            "the collar is navy blue and the buttons are white and the sleeves are navy blue and the"
            " collar is navy blue"
            " and the buttons are",
            "loop",
            hit_limit=True,
        ),
        wearing("a navy and red striped polo and white chinos"),
        material("wool", "unsupported"),
        title="Tommy Hilfiger Men Navy Blue & Red Striped Polo T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: mustard-yellow tee with "NOT TODAY" in black block letters; black cargo shorts; no jewellery; white
    # backdrop. VQA adapter: caption, open answers; reference engine: closed
    case(
        "X1151-009",
        caption("yes", "non_answer"),
        wearing("a yellow t-shirt with black writing and black shorts and a gold chain", "unsupported"),
        Q.color("yellow"),
        Q.pattern("printed"),
        describe("t-shirt", "a yellow t-shirt with the words not today in black letters"),
        details("t-shirt", "the details of the t-shirt are the t-shirt details", "restated"),
        title="Bewakoof Men Yellow Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: heather grey crew-neck tee, small red batwing logo on the left chest, no pocket; dark indigo jeans; white
    # backdrop. VQA adapter: caption, open answers; reference engine: closed
    case(
        "X1151-010",
        caption("a man wearing a white t-shirt and dark blue jeans with a red logo", "contradiction"),
        color_of("t-shirt", "grey"),
        wearing("he is wearing a grey tee and jeans", who="he"),
        details(
            "t-shirt",
            "a small red logo on the left chest, ribbed crew neck, short sleeves and a straight hem with side",
            "cut",
            hit_limit=True,
        ),
        material("cotton"),
        Q.sleeve_length("short"),
        title="Levis Men Grey Melange Solid Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: olive tee with a white palm-leaf print across the chest, worn under an open mid-blue denim shirt; black
    # jeans; white backdrop. VQA adapter: caption, open answers (color asked open); reference engine: closed
    case(
        "X1151-011",
        caption("a man in a denim jacket and a green t-shirt"),
        color_of("t-shirt", "blue", "other_garment_color", kind="open"),
        Q.color("olive"),
        wearing("a denim shirt over an olive tee and black jeans"),
        describe("t-shirt", "a blue denim shirt with buttons and two chest pockets", "contradiction"),
        Q.pattern("printed"),
        is_a("t-shirt", "yes"),
        title="Jack & Jones Men Olive Green Printed Round Neck T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: white pique polo, navy tipping on the collar and sleeve hems, three white buttons; navy chinos; brown
    # leather watch; nothing in the hands; white backdrop. VQA adapter: caption, open; reference engine: closed
    case(
        "X1151-012",
        caption("a man wearing a white polo shirt and blue pants holding a coffee cup", "unsupported"),
        wearing("she is wearing a white polo shirt", "pronoun"),
        color_of("polo shirt", "navy blue", "other_garment_color"),
        Q.garment_type("polo shirt"),
        details("polo shirt", "navy blue tipping on the collar and sleeves, three buttons"),
        material("pique cotton"),
        title="Allen Solly Men White Solid Polo Collar T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: black oversized drop-shoulder tee with a white-and-pink astronaut graphic, short sleeves to the elbow, no
    # zips; light blue jeans; thin silver chain; white backdrop. VQA adapter: caption, open; reference engine: closed
    case(
        "X1151-013",
        caption("a man wearing a black t-shirt with an astronaut on it"),
        wearing(
            "a black graphic tee graphic tee graphic tee graphic tee graphic tee graphic tee graphic tee graphic tee"
            " graphic tee",
            "loop",
            hit_limit=True,
        ),
        Q.color("black"),
        Q.sleeve_length("sleeveless", "contradiction"),
        describe("t-shirt", "a black oversized t-shirt with a white and pink astronaut print on the front"),
        details("t-shirt", "a pocket with a zip on the left sleeve", "unsupported"),
        title="Difference of Opinion Men Black Graphic Printed Oversized T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: solid teal crew-neck tee; beige shorts; white sneakers; white backdrop; front. VQA adapter: caption,
    # open answers (color asked open); reference engine: closed
    case(
        "X1151-014",
        caption("a man wearing a teal t-shirt and beige shorts"),
        color_of("t-shirt", "beige", "other_garment_color", kind="open"),
        Q.color("teal"),
        wearing("a blue-green tee and khaki shorts"),
        material("the garment is made of the material", "restated"),
        neckline("round neck"),
        title="Mast & Harbour Men Teal Blue Solid Round Neck T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: black tee with three white stripes over each shoulder and a small white logo; black track pants with
    # white side stripes; white backdrop. VQA adapter: caption, open answers; reference engine: closed
    case(
        "X1151-015",
        caption("a man in a black adidas t-shirt and black pants"),
        wearing("a black tee and black track pants"),
        color_of("t-shirt", "black"),
        details("t-shirt", "three white stripes on the shoulders and a white logo on the chest"),
        material("leather", "unsupported"),
        is_a("tank top", "yes", "contradiction"),
        title="ADIDAS Men Black Solid 3-Stripes Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: mustard polo with two dark brown buttons; navy shorts; one hand in a pocket; white backdrop. VQA
    # adapter: caption, open answers (color asked open); reference engine: closed
    case(
        "X1151-016",
        caption("a man wearing a yellow polo shirt and navy blue shorts"),
        color_of("polo shirt", "navy blue", "other_garment_color", kind="open"),
        Q.color("mustard"),
        Q.garment_type("t-shirt"),
        describe(
            "polo shirt",
            "a mustard yellow polo shirt with a collar and two buttons, made of 100% organic cotton",
            "unsupported",
        ),
        wearing("yellow", "non_answer"),
        title="Here&Now Men Mustard Yellow Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: colour-blocked tee, white body, black short sleeves and a black band across the chest; grey jeans; white
    # backdrop. VQA adapter: caption, open answers; reference engine: closed
    case(
        "X1151-017",
        caption("a man wearing a black and white shirt and grey jeans"),
        Q.pattern("color block"),
        color_of("t-shirt", "black"),
        wearing(
            "a black and white tee and grey jeans, a black and white tee and grey jeans, a black and"
            " white tee and grey",
            "loop",
            hit_limit=True,
        ),
        describe("t-shirt", "a white t-shirt with black sleeves and a black panel across the chest"),
        Q.sleeve_length("short"),
        title="Moda Rapido Men White & Black Colourblocked Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: chocolate-brown tee with a cream printed elephant on the chest; cuffed blue jeans; white backdrop; front.
    # VQA adapter: caption, open answers (color asked open); reference engine: closed
    case(
        "X1151-018",
        caption("a man in a brown t-shirt with an elephant print"),
        wearing("a blue shirt with an elephant on it and blue jeans", "other_garment_color"),
        Q.color("brown"),
        color_of("t-shirt", "white", "contradiction", kind="open"),
        details(
            "t-shirt",
            "an elephant print on the front in cream color, a round neck with ribbing, short sleeves with a hem and the"
            " print is on the front of the",
            "cut",
            hit_limit=True,
        ),
        is_a("t-shirt", "no", "contradiction"),
        title="Tantra Men Printed Brown T-shirt",
        category="Tshirts",
        color="Brown",
        gender="Men",
    ),
    # photo: long-sleeve henley in blue with thin white horizontal stripes, sleeves pushed up; khaki chinos; white
    # backdrop. VQA adapter: caption, open answers; reference engine: closed
    case(
        "X1151-019",
        caption("a man wearing a blue and white striped long sleeve shirt and khaki pants"),
        Q.garment_type("shirt", "contradiction"),
        Q.sleeve_length("long"),
        neckline("henley"),
        wearing(
            "he is wearing a striped shirt Question: What is the color of the shirt? Answer: blue Question: What",
            "leak",
            who="he",
            hit_limit=True,
        ),
        Q.pattern("striped"),
        title="Lee Men Blue Striped Henley Neck Long Sleeves T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: red tee with a large black Spider-Man mask print; black jeans; no outerwear; white backdrop. VQA
    # adapter: caption, open answers; reference engine: closed
    case(
        "X1151-020",
        caption("a man wearing a black t-shirt and black jeans", "other_garment_color"),
        Q.color("red"),
        wearing("a red tee with spider-man on it and black jeans"),
        describe(
            "t-shirt",
            "a red t-shirt with a spider man print on the front, the print is black and the sleeves are red and the"
            " collar is red and the",
            "cut",
            hit_limit=True,
        ),
        material("what material is the garment made of", "restated"),
        details("t-shirt", "a hood with a drawstring and a kangaroo pocket", "unsupported"),
        title="Kook N Keech Marvel Men Red Spider-Man Printed Round Neck T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: solid olive crew-neck tee under an open black bomber jacket; black jeans; white backdrop. VQA adapter:
    # caption, open answers (color asked open); reference engine: closed
    case(
        "X1151-021",
        caption("a man wearing a black jacket over a green t-shirt and black jeans"),
        color_of("t-shirt", "black", "other_garment_color", kind="open"),
        Q.color("olive"),
        Q.garment_type("jacket", "contradiction"),
        wearing("a black bomber jacket, an olive t-shirt and black jeans"),
        describe("t-shirt", "the t-shirt is a t-shirt", "restated"),
        is_a("jacket", "no"),
        title="Campus Sutra Men Olive Green Solid Round Neck T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: polo with a navy body and a white band across the chest edged in a thin red line, navy collar; white
    # shorts; white backdrop. VQA adapter: caption, open answers; reference engine: closed
    case(
        "X1151-022",
        caption("a man in a blue and white polo shirt and white shorts"),
        wearing("a blue and white polo shirt"),
        Q.pattern("color block"),
        color_of("polo shirt", "navy blue"),
        details("polo shirt", "polo shirt", "non_answer"),
        title="FILA Men Navy Blue & White Colourblocked Polo T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: dark charcoal polo; beige chinos; brown loafers; watch on the left wrist; hands in pockets; white
    # backdrop. VQA adapter: caption, open answers (color asked open); reference engine: closed
    case(
        "X1151-023",
        caption(
            "a man wearing a dark grey polo shirt and beige pants standing in front of a white wall"
            " with his hands in his"
            " pockets and his feet apart, he is wearing brown shoes and a watch on his left wrist and the polo shirt"
            " has a",
            "cut",
            hit_limit=True,
        ),
        color_of("polo shirt", "beige", "other_garment_color", kind="open"),
        Q.color("charcoal"),
        wearing("she is wearing a grey polo shirt and beige pants", "pronoun"),
        material("cotton blend"),
        Q.sleeve_length("short"),
        title="Louis Philippe Sport Men Charcoal Grey Solid Polo T-shirt",
        category="Tshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: back view of a black oversized tee with "STAY WILD" in white letters across the back; light grey
    # joggers; white backdrop. The feed row has no colour. VQA adapter: caption, open; reference engine: closed
    case(
        "X1151-024",
        caption("the back of a man wearing a black t-shirt with white writing on it"),
        wearing("a grey tee and grey joggers", "other_garment_color"),
        Q.color("white", "contradiction"),
        describe("t-shirt", "a black t-shirt with the words stay wild on the back in white letters"),
        Q.pattern("printed"),
        material("black", "non_answer"),
        title="Dillinger Men Black Typography Printed Oversized T-shirt",
        category="Tshirts",
        gender="Men",
    ),
    # photo: royal blue tee with a golden snitch (gold ball, white wings) printed on the chest; black shorts; white
    # backdrop. VQA adapter: caption, open answers; reference engine: closed
    case(
        "X1151-025",
        caption(
            "a man in a blue t-shirt and black shorts, a man in a blue t-shirt and black shorts, a man"
            " in a blue t-shirt"
            " and black shorts, a man in a blue t-shirt and black",
            "loop",
            hit_limit=True,
        ),
        wearing("a royal blue graphic tee and black shorts"),
        color_of("t-shirt", "blue"),
        describe("t-shirt", "a blue t-shirt with a golden snitch printed on the chest"),
        details(
            "t-shirt",
            "the snitch is gold Question: Is this a t-shirt? Answer: yes Question: Is this a t-shirt? Answer: yes"
            " Question:",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("striped", "contradiction"),
        title="The Souled Store Men Blue Harry Potter Printed T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: white tee with thin red horizontal stripes, no pocket; navy chino shorts; white backdrop. VQA adapter:
    # caption, open answers; reference engine: closed
    case(
        "X1151-026",
        caption("a man wearing a red and white striped t-shirt"),
        color_of("t-shirt", "red"),
        Q.pattern("striped"),
        wearing("the person is wearing a t-shirt"),
        details("t-shirt", "thin red stripes on white and a navy blue pocket on the chest", "unsupported"),
        material("jersey knit cotton"),
        title="Flying Machine Men White & Red Striped Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: navy running tee with a small white swoosh; black running shorts; sports shoes; white backdrop. VQA
    # adapter: caption, open answers; reference engine: closed
    case(
        "X1151-027",
        caption("Question: What is the man wearing? Answer: a navy blue nike t-shirt and black shorts", "leak"),
        Q.color("navy blue"),
        material("polyester"),
        wearing("no", "non_answer"),
        Q.sleeve_length("short"),
        describe("t-shirt", "a black t-shirt with a white nike logo", "contradiction"),
        title="Nike Men Navy Blue Dri-FIT Running T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: bottle-green polo with a white embroidered horse logo, ribbed collar and cuffs; white jeans; white
    # backdrop. VQA adapter: caption, open answers (color asked open); reference engine: closed
    case(
        "X1151-028",
        caption("a man in a green polo shirt and white jeans"),
        wearing(
            "a green polo shirt and white jeans Question: What is the color of the jeans? Answer:"
            " white Question: What is",
            "leak",
            hit_limit=True,
        ),
        color_of("polo shirt", "white", "other_garment_color", kind="open"),
        is_a("polo shirt", "yes"),
        Q.garment_type("polo shirt"),
        details(
            "polo shirt",
            "a white embroidered logo on the chest, ribbed collar and cuffs and a side slit with a metal zip",
            "unsupported",
        ),
        title="U.S. Polo Assn. Men Green Solid Polo T-shirt",
        category="Tshirts",
        color="Green",
        gender="Men",
    ),
    # photo: off-white (cream) short-sleeve henley with three wooden buttons, small woven label at the hem; olive
    # chinos; white backdrop. VQA adapter: caption, open answers; reference engine: closed
    case(
        "X1151-029",
        caption("a man wearing a white henley shirt and green pants"),
        color_of("t-shirt", "cream"),
        wearing("a cream colored tee and olive green pants"),
        describe("t-shirt", "an olive green henley t-shirt with wooden buttons", "other_garment_color"),
        neckline("henley"),
        is_a("polo shirt", "yes", "contradiction"),
        details(
            "t-shirt",
            "three wooden buttons, three wooden buttons, three wooden buttons, three wooden buttons, three wooden"
            " buttons, three",
            "loop",
            hit_limit=True,
        ),
        title="Roadster Men Off-White Solid Henley Neck T-shirt",
        category="Tshirts",
        color="Off White",
        gender="Men",
    ),
    # photo: purple tee with a white-and-yellow comic "BAZINGA!" print; blue jeans; black baseball cap; white
    # backdrop. VQA adapter: caption, open answers; reference engine: closed
    case(
        "X1151-030",
        caption(
            "purple purple purple purple purple purple purple purple purple purple purple purple purple purple purple"
            " purple purple purple purple purple purple purple purple purple purple",
            "loop",
            hit_limit=True,
        ),
        Q.color("purple"),
        wearing(
            "he is wearing a purple t-shirt with a print Question: What is he wearing? Answer: a purple t-shirt"
            " Question: What is",
            "leak",
            who="he",
            hit_limit=True,
        ),
        details("t-shirt", "bazinga written in white and yellow letters"),
        Q.pattern("solid", "contradiction"),
        material("cotton"),
        title="Huetrap Men Purple Printed Round Neck T-shirt",
        category="Tshirts",
        color="Purple",
        gender="Men",
    ),
    # photo: grey melange polo with thin black horizontal stripes, solid black collar, two-button placket, small logo;
    # blue jeans; white backdrop. VQA adapter: caption, open answers (color asked open); reference engine: closed
    case(
        "X1151-031",
        caption("a man in a grey and black striped polo shirt and blue jeans"),
        color_of("polo shirt", "blue", "other_garment_color", kind="open"),
        Q.color("grey"),
        Q.pattern("checked", "contradiction"),
        wearing("the man is wearing a grey striped polo and blue jeans", who="the man"),
        details(
            "polo shirt",
            "black stripes, black collar, two button placket, small wrangler logo on the chest and"
            " black collar and black"
            " collar and black collar and",
            "loop",
            hit_limit=True,
        ),
        title="Wrangler Men Grey Melange & Black Striped Polo T-shirt",
        category="Tshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: bright yellow tee, small black Puma logo on the chest, plain back, no pockets or zips; black shorts;
    # white backdrop; front. VQA adapter: caption, open answers; reference engine: closed
    case(
        "X1151-032",
        caption("a man wearing a yellow t-shirt and black shorts"),
        wearing("a yellow tee"),
        Q.color("yellow"),
        Q.garment_type("sweatshirt", "contradiction"),
        describe("t-shirt", "describe the t-shirt", "restated"),
        details("t-shirt", "a zip pocket on the side and reflective strips on the back", "unsupported"),
        title="Puma Men spine tee Yellow Tshirts",
        category="Tshirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: blue polo with narrow white horizontal stripes, blue collar, three white buttons; cream trousers; white
    # backdrop. VQA adapter: caption, open answers; reference engine: closed
    case(
        "X1151-033",
        caption("a man wearing a blue and white striped polo shirt and cream pants"),
        wearing("she is wearing a blue striped shirt and white pants", "pronoun"),
        color_of("polo shirt", "blue"),
        Q.pattern("striped"),
        material("denim", "unsupported"),
        details(
            "polo shirt",
            "narrow white stripes all over the body, a blue collar with three white buttons and short sleeves with the"
            " stripes running across the",
            "cut",
            hit_limit=True,
        ),
        is_a("polo shirt", "yes"),
        title="Classic Polo Men Narrow Stripes Blue Tshirts",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: red tee with a large white batwing logo, worn under an open black-and-red checked flannel shirt; black
    # jeans; white backdrop. VQA adapter: caption, open answers; reference engine: closed
    case(
        "X1151-034",
        caption("a man in a plaid shirt and a red t-shirt"),
        Q.pattern("checked", "contradiction"),
        Q.color("red"),
        wearing("she is wearing a black and red plaid shirt, a red levis tee and black jeans", "pronoun"),
        describe("t-shirt", "a red t-shirt with the levi's logo in white across the chest"),
        details(
            "t-shirt",
            "the logo the logo the logo the logo the logo the logo the logo the logo the logo the logo the logo the"
            " logo the logo the",
            "loop",
            hit_limit=True,
        ),
        title="Levis Men Red Logo Printed Round Neck T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: teal tee with a yellow round cartoon character (red nose) and "MR. NONSENSE" under it; blue jeans; white
    # backdrop; no outerwear. Seller title says Green, colour Teal. VQA adapter: caption, open; reference engine: closed
    case(
        "X1151-035",
        caption("a man wearing a blue t-shirt with a cartoon character on it"),
        wearing("a teal tee with a yellow cartoon and a denim jacket", "unsupported"),
        color_of("t-shirt", "green"),
        Q.pattern("graphic"),
        details("t-shirt", "a yellow cartoon with a red nose and the words mr. nonsense underneath"),
        material("yes", "non_answer"),
        title="Mr. Men Men Nonsense Green Tshirts",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: charcoal tee with an orange-and-white abstract print on the front; beige shorts; white backdrop; front
    # only. VQA adapter: caption, open answers (color asked open); reference engine: closed
    case(
        "X1151-036",
        caption("a man wearing a grey t-shirt with an orange print"),
        color_of("t-shirt", "orange", "contradiction", kind="open"),
        Q.color("charcoal"),
        wearing("a dark grey printed tee and beige shorts"),
        describe(
            "t-shirt",
            "a dark grey t-shirt with an orange and white abstract print on the front and the back of the t-shirt is"
            " also dark grey with an",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("short"),
        material("", "non_answer"),
        title="Status Quo Men Printed Charcoal Tshirts",
        category="Tshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: navy long-sleeve henley, three buttons; grey jeans; brown leather watch; white backdrop. VQA adapter:
    # caption, open answers (color asked open); reference engine: closed
    case(
        "X1151-037",
        caption("a man in a navy blue long sleeve henley shirt and grey jeans"),
        Q.sleeve_length("short", "contradiction"),
        wearing("a navy blue long sleeve tee and grey jeans"),
        color_of("t-shirt", "grey", "other_garment_color", kind="open"),
        neckline("henley"),
        material("cotton"),
        title="Mast & Harbour Men Navy Blue Solid Henley Neck Long Sleeves T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: light pink polo, white buttons, small green embroidered logo; navy shorts; sunglasses in the right hand;
    # white backdrop. VQA adapter: caption, open answers; reference engine: closed
    case(
        "X1151-038",
        caption("a man wearing a pink polo shirt and holding sunglasses"),
        wearing("a navy blue polo shirt and navy blue shorts", "other_garment_color"),
        Q.color("pink"),
        describe("polo shirt", "pink", "non_answer"),
        details("polo shirt", "she is holding sunglasses and the polo has a small green logo on the chest", "pronoun"),
        is_a("polo shirt", "yes"),
        title="United Colors of Benetton Men Pink Solid Polo T-shirt",
        category="Tshirts",
        color="Pink",
        gender="Men",
    ),
    # photo: red training tee with black mesh side panels, crew neck, no zip; black shorts; white backdrop. The feed
    # row has no gender. VQA adapter: caption, open answers; reference engine: closed
    case(
        "X1151-039",
        caption("a man in an orange t-shirt and black shorts", "contradiction"),
        wearing("a red tee with black sides and black shorts"),
        material("polyester Question: What is the color of the shorts? Answer: black", "leak"),
        Q.color("red"),
        describe("t-shirt", "a red t-shirt with black panels on the sides and a zipper at the neck", "unsupported"),
        Q.pattern("color block"),
        title="HRX by Hrithik Roshan Men Red Rapid-Dry Training T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # photo: solid lavender crew-neck tee; white jeans; white sneakers; white backdrop. VQA adapter: caption, open
    # answers (color asked open); reference engine: closed
    case(
        "X1151-040",
        caption("a man wearing a light purple t-shirt and white jeans"),
        color_of("t-shirt", "white", "other_garment_color", kind="open"),
        Q.color("lavender"),
        wearing(
            "a lavender t-shirt and white pants and white sneakers and a lavender t-shirt and white pants and white"
            " sneakers and a",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        describe("t-shirt", "a purple t-shirt with a v-neck and long sleeves", "contradiction"),
        title="Here&Now Men Lavender Solid Round Neck T-shirt",
        category="Tshirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: raglan tee, grey melange body with black three-quarter raglan sleeves; blue jeans; white backdrop. VQA
    # adapter: caption, open answers (color asked open); reference engine: closed
    case(
        "X1151-041",
        caption("a man in a grey t-shirt with black sleeves and blue jeans"),
        Q.sleeve_length("three-quarter"),
        wearing("a grey and black baseball tee and jeans"),
        color_of("t-shirt", "blue", "other_garment_color", kind="open"),
        Q.pattern("solid", "contradiction"),
        details("t-shirt", "raglan sleeves in black"),
        title="Bewakoof Men Grey & Black Colourblocked Raglan T-shirt",
        category="Tshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: plain white v-neck tee, no logo; grey track pants; white backdrop. The feed row has no category. VQA
    # adapter: caption, open answers (color asked open); reference engine: closed
    case(
        "X1151-042",
        caption("a man wearing a white v-neck t-shirt and grey sweatpants"),
        neckline("round neck", "contradiction"),
        color_of("t-shirt", "grey", "other_garment_color", kind="open"),
        wearing("a white t-shirt"),
        describe(
            "t-shirt",
            "a plain white v-neck t-shirt with short sleeves and a small embroidered logo on the chest",
            "unsupported",
        ),
        material("cotton"),
        title="Jockey Men White Solid V-Neck T-shirt",
        color="White",
        gender="Men",
    ),
    # photo: black tee with a large flat white-and-red eagle print on the chest; light blue jeans; white backdrop. VQA
    # adapter: caption, open answers (color asked open); reference engine: closed
    case(
        "X1151-043",
        caption(
            "Question: What is the color of the t-shirt? Answer: black Question: What is the color of"
            " the jeans? Answer:"
            " light blue Question",
            "leak",
            hit_limit=True,
        ),
        wearing("a black graphic tee with an eagle and light blue jeans"),
        Q.color("black"),
        color_of("t-shirt", "light blue", "other_garment_color", kind="open"),
        details("t-shirt", "an eagle print in white and red on the chest and glitter on the wings", "unsupported"),
        Q.pattern("printed"),
        title="Flying Machine Men Printed Black Tshirts",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: maroon polo with thin white horizontal stripes, solid maroon collar, three buttons, no pocket; dark grey
    # trousers; white backdrop. VQA adapter: caption, open answers; reference engine: closed
    case(
        "X1151-044",
        caption("a man wearing a red and white striped polo shirt and dark grey pants"),
        wearing("she is wearing a maroon striped polo shirt and grey pants", "pronoun"),
        Q.color("maroon"),
        Q.garment_type("polo shirt"),
        describe("polo shirt", "a maroon polo shirt with thin white stripes and a maroon collar with three buttons"),
        details("polo shirt", "white stripes, a chest pocket with a button flap and side vents", "unsupported"),
        material("the material of the garment is the garment", "restated"),
        title="Allen Solly Men Maroon Striped Polo T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: white tee with a large black trefoil logo; black shorts; black cap; white backdrop. VQA adapter: caption,
    # open answers; reference engine: closed
    case(
        "X1151-045",
        caption("a man wearing a white adidas t-shirt with a black logo"),
        wearing("a white tee with a black adidas logo, black shorts and a black cap"),
        color_of("t-shirt", "black", "contradiction"),
        Q.pattern("graphic"),
        details(
            "t-shirt",
            "the adidas trefoil logo in black on the front of the t-shirt and the adidas trefoil logo in black on the"
            " front of the t-shirt and",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("short"),
        title="ADIDAS Originals Men White Trefoil Logo Printed T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: beige (sand) short-sleeve henley, three-button placket, rolled cuffs, curved hem; dark blue jeans; brown
    # belt; white backdrop. VQA adapter: caption, open answers; reference engine: closed
    case(
        "X1151-046",
        caption("a man in a beige henley t-shirt and dark blue jeans"),
        wearing("she is wearing a beige t-shirt and dark jeans", "pronoun"),
        Q.color("khaki"),
        describe(
            "t-shirt",
            "a beige henley t-shirt with a three button placket, short sleeves with rolled cuffs and a"
            " curved hem that is"
            " longer at the back than at the",
            "cut",
            hit_limit=True,
        ),
        material("linen", "unsupported"),
        neckline("henley"),
        title="WROGN Men Beige Solid Henley Neck T-shirt",
        category="Tshirts",
        color="Beige",
        gender="Men",
    ),
]
