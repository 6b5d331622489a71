"""BLIND_852 (46 products; Myntra men's tees, polos, henleys; VQA adapter): written blind in the fifty-sixth session.
Measured blind at 8225cec (the session's fifth rules): 116/125 failures found (92.8%) and 12/182 correct texts flagged
(6.6%). The writer's notes, verbatim:

Scenario: a Myntra men's topwear feed, article type Tshirts (round-neck tees, polo collars, henleys; printed,
striped, colourblocked and solid). Catalog photos on a white or light grey studio backdrop, the garment worn by a
male model with jeans, chinos, joggers or shorts, sometimes layered under an open jacket or shirt, sometimes with a
prop (dumbbell, golf club, sunglasses, a jacket slung over the shoulder). Mostly front views, a few three-quarter.

Who wrote what: every text comes from Salesforce/blip2-opt-2.7b with the VQA adapter
(leoreigoto/Data3_V3_BLIP2_VQA) loaded, greedy, 30 new tokens for answers and 50 for the caption. Closed answers
(garment type, color, pattern, sleeve length, neckline, the yes/no "Is this a ...?") come from enrich's reference
engine, which ranks the candidate values, so they are always one clean candidate. Open answers and captions are free
generation. The adapter talks in In-shop words ("tee", "denim", "graphic tee"), has no notion of a henley, grabs the
jeans' or the jacket's color when the tee is pale or covered, says "she" for pink and pastel tops, and having no
trained end token it either loops on a phrase, runs to the limit mid-sentence, or goes on into the next
"Question: ... Answer:" pair of its training format. Its captions are short and mostly fine.

Labeling conventions and judgement calls:
- A shade inside the seller's color group is correct (navy for Navy Blue, heather grey for Grey Melange, maroon or
  red for Burgundy, pink for Peach, green for Olive or Sea Green); a color in another group is a failure.
- The product's color answered with the color of the jeans, shorts, jacket, over-shirt or trousers worn with it is
  other_garment_color, closed or open; an open description of the layered garment instead of the product is
  other_garment_color too. The color of the product's own print, stripe or secondary colour block given as its
  color is contradiction (it contradicts the seller and the other texts, but it is the product's own color).
- The trousers' or shorts' color answered with the product's color (one color for two garments) is contradiction.
- A wrong closed pattern (solid for a striped tee, checked for a solid tee under a flannel), a wrong sleeve length,
  a wrong garment type (jacket, sweatshirt, polo shirt for a henley) and a wrong yes or no to "Is this a ...?" are
  contradiction. "t-shirt" for a henley T-shirt is correct: Myntra sells henleys as T-shirts.
- Materials: cotton for a cotton tee or polo and polyester for a sports tee are correct; a material the garment
  plainly is not (denim, leather, wool, silk, linen, nylon) is unsupported, and so is cotton for a Dri-FIT tee.
  Invented details (a pocket, a sleeve logo, a back print not in view, piping, a zip) are unsupported.
- "she" or "a woman" for the male model is pronoun.
- A bare color, "yes", "nothing" or the garment's name alone to an open description/details question is non_answer;
  an answer that only gives the question's words back ("the t-shirt details are on the t-shirt") is restated. A
  short answer that adds something true ("a red polo shirt", "a batman logo") is correct.
- Any text that goes on into "Question: ... Answer:" is leak even when what it says is true. A phrase repeated to the
  token limit is loop (hit_limit); a sentence stopped at the limit without repeating is cut (hit_limit).
- A leak that stopped by itself after the answered pair is not hit_limit; one that ran on to the limit is.
- "this is a polo shirt" to "Describe the polo shirt." is a sentence that only says the question back: restated;
  "a henley" or "t-shirt" alone is the garment's bare name: non_answer.
- One failure kind per text, the one that best names what went wrong; a closed answer is never loop, cut or leak.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    material,
    question,
    wearing,
)

Q = BLIND_QUESTIONS
NECK = question("neckline", "What is the neckline of the garment?", "closed")

BLIND_852 = [
    # photo: black round-neck tee with a white and red "ROADSTER 1989" chest print, mid-blue jeans, white backdrop,
    # front view; all texts by the VQA adapter
    case(
        "X852-001",
        caption("a man wearing a black t-shirt with a white print and blue jeans"),
        wearing("a black graphic tee and blue denim"),
        color_of("t-shirt", "black"),
        Q.pattern("graphic"),
        describe("t-shirt", "a black graphic tee with white and red text printed on the chest and short sleeves"),
        material("cotton"),
        details(
            "t-shirt",
            "the print, the sleeves, the neckline, the print, the sleeves, the neckline, the print, the sleeves, the",
            "loop",
            hit_limit=True,
        ),
        title="Roadster Men Black Printed Pure Cotton Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: navy pique polo with white tipping on the collar and a small red embroidered logo, beige chinos, one hand
    # in the pocket, white backdrop, front view; VQA adapter
    case(
        "X852-002",
        caption("a man wearing a blue polo shirt and khaki pants"),
        wearing("he is wearing a navy polo shirt and beige chinos", who="the man"),
        color_of("polo shirt", "beige", "other_garment_color"),
        Q.garment_type("polo shirt"),
        Q.sleeve_length("short sleeve"),
        describe(
            "polo shirt", "a navy blue polo shirt with white tipping on the collar and a small red logo on the chest"
        ),
        details("polo shirt", "two buttons, a ribbed collar and a chest pocket with a zip", "unsupported"),
        title="U.S. Polo Assn. Men Navy Blue Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: olive green full-sleeve henley with a three-button placket, black joggers, white backdrop, front view;
    # VQA adapter
    case(
        "X852-003",
        caption("a man wearing a green henley shirt and black pants"),
        Q.garment_type("polo shirt", "contradiction"),
        Q.sleeve_length("long sleeve"),
        Q.color("olive"),
        wearing(
            "a green tee and black pants Question: What is the color of the tee? Answer: green Question: What is the",
            "leak",
            hit_limit=True,
        ),
        describe("henley", "an olive green long sleeve henley with a three button placket"),
        material("cotton"),
        title="HRX by Hrithik Roshan Men Olive Solid Henley Neck T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: white tee with navy horizontal stripes, black slim jeans, white sneakers in view, white backdrop, full
    # length front view; VQA adapter
    case(
        "X852-004",
        caption("a man wearing a white and blue striped shirt and black jeans"),
        Q.pattern("solid", "contradiction"),
        Q.color("white"),
        color_of("jeans", "white", "contradiction"),
        describe(
            "t-shirt", "a striped tee with navy blue and white horizontal stripes, a round neck and short sleeves"
        ),
        details(
            "t-shirt",
            "the stripes are navy blue and white and the neckline is round and the sleeves are short and the hem is "
            "straight and the fit is regular and the",
            "cut",
            hit_limit=True,
        ),
        title="Moda Rapido Men White & Navy Blue Striped Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: red dryCELL running tee with a black Puma cat logo on the chest, black running shorts, white backdrop,
    # front view (the back is not shown); VQA adapter
    case(
        "X852-005",
        caption("a man in a red shirt and black shorts"),
        wearing("a black tee and black shorts", "other_garment_color"),
        Q.color("black", "other_garment_color"),
        material("polyester"),
        details("t-shirt", "a black puma logo on the chest and reflective strips on the back", "unsupported"),
        is_a("polo shirt", "no"),
        title="Puma Men Red dryCELL Solid Running T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: grey melange tee with a black skull-and-roses graphic, worn under an open olive bomber jacket, black
    # jeans, white backdrop, front view; VQA adapter
    case(
        "X852-006",
        caption("a man wearing a green jacket over a grey t-shirt"),
        Q.color("olive", "other_garment_color"),
        Q.garment_type("jacket", "contradiction"),
        wearing("a jacket, a graphic tee and denim"),
        describe("t-shirt", "a grey t-shirt with a black skull print on the front"),
        Q.pattern("graphic"),
        details("t-shirt", "a skull print on the front and a zip pocket on the sleeve", "unsupported"),
        title="WROGN Men Grey Melange Printed Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: mustard yellow polo, dark blue jeans, white backdrop, three-quarter view; VQA adapter
    case(
        "X852-007",
        caption("a man wearing a yellow polo shirt and jeans"),
        Q.color("mustard"),
        wearing("she is wearing a yellow polo shirt and blue jeans", "pronoun"),
        details(
            "polo shirt",
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow "
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("short sleeve"),
        material("wool", "unsupported"),
        title="Highlander Men Mustard Yellow Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: maroon short-sleeve henley with two wooden buttons, grey joggers, white backdrop, front view; VQA adapter
    case(
        "X852-008",
        caption("a man wearing a maroon shirt and grey pants"),
        Q.color("maroon"),
        Q.garment_type("henley"),
        describe("henley", "a henley", "non_answer"),
        details("henley", "two buttons on the placket, short sleeves and a curved hem"),
        color_of("pants", "maroon", "contradiction"),
        Q.sleeve_length("long sleeve", "contradiction"),
        title="Here&Now Men Maroon Solid Henley Neck T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: black Dri-FIT training tee with a white swoosh on the chest, black track pants, the model stretching one
    # arm across his chest, white backdrop; VQA adapter
    case(
        "X852-009",
        caption("a man in a black nike shirt stretching his arm"),
        Q.color("black"),
        Q.pattern("solid"),
        wearing("black tee and black pants"),
        material("cotton", "unsupported"),
        describe(
            "t-shirt",
            "a black t-shirt with a white nike logo on the chest and a white nike logo on the chest and a white nike "
            "logo on the",
            "loop",
            hit_limit=True,
        ),
        details("t-shirt", "the details of the t-shirt are the t-shirt details", "restated"),
        title="Nike Men Black Dri-FIT Legend Solid Training T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: yellow tee with a multicolour Tom & Jerry cartoon print, blue ripped jeans, white backdrop, front view;
    # VQA adapter
    case(
        "X852-010",
        caption("a man wearing a yellow t-shirt with a cartoon on it"),
        Q.color("yellow"),
        Q.pattern("graphic"),
        describe("t-shirt", "a yellow tee with a cartoon cat and mouse printed on the front"),
        details("t-shirt", "yes", "non_answer"),
        wearing("a blue tee and blue distressed denim", "other_garment_color"),
        title="Bewakoof Men Yellow Tom & Jerry Printed Round Neck T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: royal blue polo with thin white horizontal stripes, plain white collar, small logo on the chest, navy
    # shorts, white backdrop, front view; VQA adapter
    case(
        "X852-011",
        caption("a man wearing a blue and white striped polo shirt"),
        Q.pattern("striped"),
        Q.color("blue"),
        is_a("polo shirt", "yes"),
        describe(
            "polo shirt",
            "a blue striped polo shirt Question: Describe the polo shirt. Answer: a blue striped polo shirt Question:",
            "leak",
            hit_limit=True,
        ),
        material("cotton"),
        details("polo shirt", "a white collar, three buttons and a white logo on the sleeve", "unsupported"),
        title="Jack & Jones Men Blue & White Striped Polo Collar T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: charcoal round-neck tee under an unbuttoned red-and-black check flannel shirt, black jeans, white
    # backdrop, front view; VQA adapter
    case(
        "X852-012",
        caption("a man wearing a red and black plaid shirt over a grey t-shirt"),
        Q.color("red", "other_garment_color"),
        Q.pattern("checked", "contradiction"),
        Q.garment_type("t-shirt"),
        wearing("a plaid shirt and a grey tee and black denim"),
        describe("t-shirt", "a dark grey crew neck t-shirt worn under an open checked shirt"),
        details(
            "t-shirt",
            "a red and black checked shirt with buttons down the front, two chest pockets with flaps, long sleeves "
            "rolled up to the elbows and a",
            "cut",
            hit_limit=True,
        ),
        title="Roadster Men Charcoal Grey Solid Round Neck T-shirt",
        category="Tshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: white polo with a small navy flag logo, navy chinos, sunglasses hooked on the placket, white backdrop;
    # VQA adapter
    case(
        "X852-013",
        caption("a man wearing a white polo shirt and navy pants with sunglasses"),
        Q.color("white"),
        color_of("pants", "white", "contradiction"),
        wearing("white polo shirt and navy chinos"),
        details("polo shirt", "a small logo on the chest, two buttons and sunglasses hanging from the placket"),
        material("cotton"),
        Q.sleeve_length("short sleeve"),
        describe("polo shirt", "a navy polo shirt with a white collar and a small logo", "other_garment_color"),
        title="Tommy Hilfiger Men White Solid Polo T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: black oversized tee with "NOT YOUR AVERAGE" in big white letters, drop shoulders, light blue jeans, white
    # backdrop, front view; VQA adapter
    case(
        "X852-014",
        caption("a man wearing a black shirt that says not your average"),
        wearing("a black tee and light blue denim"),
        describe("t-shirt", "a black oversized tee with white text on the front and drop shoulder sleeves"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("graphic"),
        details(
            "t-shirt",
            "the text on the front is white and the sleeves are black and the text on the front is white and the "
            "sleeves are black and",
            "loop",
            hit_limit=True,
        ),
        title="Difference of Opinion Men Black Typography Printed Oversized T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: colourblocked tee, navy chest, white middle band, red lower panel, black joggers, white backdrop;
    # VQA adapter
    case(
        "X852-015",
        caption("a man wearing a red white and blue shirt with a zip at the neck", "unsupported"),
        Q.color("multi"),
        Q.pattern("color block"),
        describe("t-shirt", "a tee with blue white and red horizontal color blocks"),
        wearing("a blue and red tee and black joggers"),
        details("t-shirt", "the details of the t-shirt", "restated"),
        material("denim", "unsupported"),
        title="Campus Sutra Men Multicoloured Colourblocked Round Neck T-shirt",
        category="Tshirts",
        color="Multi",
        gender="Men",
    ),
    # photo: sky blue tee with a red and white Levi's batwing logo print, khaki shorts, white backdrop, front view;
    # VQA adapter
    case(
        "X852-016",
        caption("a man in a blue levi's t-shirt and khaki shorts"),
        Q.color("blue"),
        wearing("a blue tee with a red logo and beige shorts"),
        details("t-shirt", "a red and white logo print on the chest and a pocket on the left", "unsupported"),
        is_a("t-shirt", "yes"),
        describe(
            "t-shirt",
            "a light blue t-shirt with a red and white levi's logo on the chest, a round neck, short sleeves, and a "
            "pair of khaki",
            "cut",
            hit_limit=True,
        ),
        title="Levis Men Blue Batwing Logo Printed Round Neck T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: teal full-sleeve henley, sleeves pushed to the elbows, dark indigo jeans, brown leather belt, white
    # backdrop; VQA adapter
    case(
        "X852-017",
        caption("a man wearing a teal henley and dark jeans with a brown belt"),
        Q.color("teal"),
        Q.garment_type("henley"),
        Q.sleeve_length("short sleeve", "contradiction"),
        material("leather", "unsupported"),
        describe("henley", "a teal henley with long sleeves pushed up to the elbows and a button placket"),
        wearing("she is wearing a teal top and jeans", "pronoun"),
        details("henley", "buttons", "non_answer"),
        title="Mast & Harbour Men Teal Solid Henley Neck Full Sleeve T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: white sports tee with three black stripes over the shoulders, black track pants with white side
    # stripes, white backdrop, front view; VQA adapter (all texts right)
    case(
        "X852-018",
        caption("a man wearing a white adidas shirt and black pants"),
        Q.color("white"),
        color_of("t-shirt", "white with black stripes on the shoulders", kind="open"),
        details("t-shirt", "three black stripes on the shoulders, a round neck and a small logo on the chest"),
        material("polyester"),
        wearing("white tee and black track pants"),
        title="ADIDAS Men White 3-Stripes Solid Round Neck Sports T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: black tee with an astronaut print in white and orange, olive cargo pants, white backdrop, front view;
    # VQA adapter
    case(
        "X852-019",
        caption(
            "a man wearing a black t-shirt with an astronaut on it Question: What is the man wearing? Answer: a black "
            "tee and green pants Question: What is the",
            "leak",
            hit_limit=True,
        ),
        Q.color("black"),
        wearing("a green tee and olive cargo pants", "other_garment_color"),
        describe("t-shirt", "a black tee with an orange and white astronaut print on the front"),
        color_of("pants", "black", "contradiction"),
        details("t-shirt", "an astronaut print that glows in the dark", "unsupported"),
        title="Huetrap Men Black Astronaut Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: light pink pique polo, white trousers, steel wristwatch, white backdrop, front view; VQA adapter
    case(
        "X852-020",
        caption("a woman wearing a pink polo shirt and white pants", "pronoun"),
        Q.color("pink"),
        wearing("a pink polo shirt and white trousers", who="the man"),
        describe("polo shirt", "a light pink polo shirt with a ribbed collar and two buttons"),
        material("silk", "unsupported"),
        details("polo shirt", "pink", "non_answer"),
        title="Louis Philippe Sport Men Pink Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Pink",
        gender="Men",
    ),
    # photo: navy running tee with grey side panels and a small reflective logo, black shorts, running shoes, full
    # length running pose, white backdrop; VQA adapter
    case(
        "X852-021",
        caption("a man running in a blue and grey shirt and black shorts"),
        Q.color("navy blue"),
        Q.pattern("solid", "contradiction"),
        details(
            "t-shirt",
            "the grey panels on the sides of the t-shirt and the grey panels on the sides of the t-shirt and the grey "
            "panels on the sides",
            "loop",
            hit_limit=True,
        ),
        material("polyester"),
        wearing("a blue tee and black shorts and running shoes"),
        title="HRX by Hrithik Roshan Men Navy Blue & Grey Colourblocked Rapid-Dry Running T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: polo with green and white horizontal stripes and a solid green collar, beige shorts, white backdrop;
    # VQA adapter
    case(
        "X852-022",
        caption("a man wearing a green and white striped polo shirt and beige shorts"),
        Q.color("green"),
        color_of("shorts", "green", "contradiction"),
        Q.pattern("striped"),
        describe(
            "polo shirt",
            "a polo shirt with green and white horizontal stripes, a solid green collar, two white buttons on the "
            "placket, short sleeves with ribbed cuffs and a",
            "cut",
            hit_limit=True,
        ),
        wearing("he is wearing a striped polo and shorts"),
        title="United Colors of Benetton Men Green & White Striped Polo T-shirt",
        category="Tshirts",
        color="Green",
        gender="Men",
    ),
    # photo: lavender tee with a red and black Spider-Man graphic, white jeans, white backdrop, front view; VQA adapter
    case(
        "X852-023",
        caption("a man in a purple t-shirt with spiderman on it"),
        Q.color("red", "contradiction"),
        wearing("a purple graphic tee and white denim"),
        describe("t-shirt", "a lavender tee with a red and black spider-man print on the front"),
        is_a("graphic tee", "yes"),
        details(
            "t-shirt",
            "Question: What are the t-shirt details? Answer: spider-man print Question: What are the t-shirt details? "
            "Answer: spider-man",
            "leak",
            hit_limit=True,
        ),
        title="Kook N Keech Marvel Men Lavender Spider-Man Printed Round Neck T-shirt",
        category="Tshirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: beige polo with navy tipping on the collar and sleeve hems, navy trousers, white backdrop; the feed row
    # has no color column; VQA adapter
    case(
        "X852-024",
        caption("a man wearing a beige polo shirt and blue pants"),
        Q.color("beige"),
        color_of("pants", "beige", "contradiction"),
        Q.garment_type("polo shirt"),
        material("linen", "unsupported"),
        describe("polo shirt", "a beige polo with navy blue tipping on the collar and sleeves"),
        wearing("a blue polo shirt and blue pants", "other_garment_color"),
        title="Van Heusen Sport Men Beige Solid Polo Collar T-shirt",
        category="Tshirts",
        gender="Men",
    ),
    # photo: black full-sleeve henley with thin white horizontal pinstripes, grey jeans, white backdrop; VQA adapter
    case(
        "X852-025",
        caption("a man wearing a black and white striped shirt"),
        Q.garment_type("t-shirt"),
        Q.pattern("striped"),
        Q.sleeve_length("long sleeve"),
        wearing(
            "black and white striped tee and grey denim Question: What is the person wearing? Answer: black and white "
            "striped tee and grey",
            "leak",
            hit_limit=True,
        ),
        describe(
            "henley",
            "a black henley with white stripes and long sleeves and a black henley with white stripes and long sleeves "
            "and a black henley with",
            "loop",
            hit_limit=True,
        ),
        details("henley", "three buttons on the placket and a chest pocket with a flap", "unsupported"),
        title="Rigo Men Black & White Striped Slim Fit Henley Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: off-white oversized tee with a small "DLNGR" chest print (its big back print is not in view), beige
    # cargo trousers, white backdrop, front view; VQA adapter
    case(
        "X852-026",
        caption("a man in a white t-shirt and beige pants"),
        Q.color("beige", "other_garment_color"),
        details("t-shirt", "a large floral print on the back", "unsupported"),
        wearing("a white oversized tee and beige cargo pants"),
        Q.sleeve_length("short sleeve"),
        describe("t-shirt", "white", "non_answer"),
        is_a("t-shirt", "no", "contradiction"),
        title="DILLINGER Men Off White Printed Oversized Round Neck T-shirt",
        category="Tshirts",
        color="Off White",
        gender="Men",
    ),
    # photo: red polo with a white logo, blue jeans, a denim jacket slung over one shoulder, white backdrop;
    # VQA adapter
    case(
        "X852-027",
        caption("a man in a red polo shirt holding a denim jacket over his shoulder"),
        Q.color("red"),
        wearing(
            "a red polo shirt and denim Question: What is the color of the denim? Answer: blue Question: What is the "
            "color of the",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("jacket", "contradiction"),
        describe("polo shirt", "a red polo shirt"),
        material("cotton"),
        details(
            "polo shirt",
            "a white logo on the chest, a ribbed collar, a two button placket, short sleeves and a denim jacket over "
            "the left shoulder and a pair of",
            "cut",
            hit_limit=True,
        ),
        title="Allen Solly Sport Men Red Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: grey melange round-neck tee with a small black Puma logo, black shorts, white backdrop; VQA adapter
    case(
        "X852-028",
        caption("a man in a grey shirt and black shorts"),
        Q.color("grey"),
        color_of("shorts", "grey", "contradiction"),
        details(
            "t-shirt",
            "grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey "
            "grey grey grey grey grey grey grey grey grey",
            "loop",
            hit_limit=True,
        ),
        wearing("he is wearing a grey t-shirt and black shorts", who="the man"),
        is_a("henley", "yes", "contradiction"),
        title="Puma Men Grey Melange Solid Essential Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: olive camouflage tee (olive, brown and black patches), black jeans, white backdrop; VQA adapter
    case(
        "X852-029",
        caption("a man wearing a camouflage t-shirt and black jeans"),
        Q.pattern("printed"),
        Q.color("green"),
        describe("t-shirt", "a green camo tee with brown and black patches"),
        wearing("a camo tee and black jeans"),
        material("nylon", "unsupported"),
        details("t-shirt", "the t-shirt details are on the t-shirt", "restated"),
        title="WROGN Men Olive Green Camouflage Printed Round Neck T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: navy full-sleeve henley with a three-button placket and ribbed cuffs, khaki chinos, white backdrop;
    # VQA adapter
    case(
        "X852-030",
        caption("a man wearing a navy blue long sleeve shirt and khaki pants"),
        Q.garment_type("sweatshirt", "contradiction"),
        Q.color("khaki", "other_garment_color"),
        NECK("henley"),
        wearing("a blue polo shirt and khaki chinos", "contradiction"),
        describe("henley", "a navy henley with long sleeves, a three button placket and ribbed cuffs"),
        details("henley", "three wooden buttons and elbow patches on the sleeves", "unsupported"),
        title="Highlander Men Navy Blue Solid Henley Neck Full Sleeve T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: white tee with a small blue and red chest print, worn under an open light-blue denim shirt, dark jeans,
    # white backdrop; VQA adapter
    case(
        "X852-031",
        caption(
            "a man wearing a white t-shirt with a small print on the chest and a light blue denim shirt over it and "
            "dark blue jeans and a black belt and brown shoes and a watch on his left wrist and",
            "cut",
            hit_limit=True,
        ),
        Q.color("blue", "other_garment_color"),
        wearing("a white tee, a denim shirt and denim"),
        describe("t-shirt", "a light blue denim shirt with buttons and two chest pockets", "other_garment_color"),
        Q.pattern("printed"),
        material("denim", "unsupported"),
        is_a("t-shirt", "yes"),
        title="Flying Machine Men White Printed Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: plain black polo, black jeans, black sneakers, all-black look on a white backdrop; the feed row has no
    # category column; VQA adapter
    case(
        "X852-032",
        caption(
            "a man in a black shirt and black pants and black shoes and black shoes and black shoes and black shoes "
            "and black shoes and black shoes and black shoes and black shoes and black shoes",
            "loop",
            hit_limit=True,
        ),
        Q.color("black"),
        Q.garment_type("polo shirt"),
        color_of("jeans", "black"),
        describe("polo shirt", "a black polo shirt with a white stripe on the collar", "unsupported"),
        Q.sleeve_length("short sleeve"),
        wearing("black", "non_answer"),
        title="Bewakoof Men Black Solid Polo Collar T-shirt",
        color="Black",
        gender="Men",
    ),
    # photo: dark coffee-brown polo with a small white logo, light blue jeans, white backdrop; VQA adapter
    case(
        "X852-033",
        caption("a man in a brown polo shirt and blue jeans"),
        Q.color("brown"),
        wearing("a brown polo and light blue jeans"),
        details("polo shirt", "a small white logo on the chest, a two button placket and side slits at the hem"),
        color_of("polo shirt", "maroon", "contradiction", kind="open"),
        material("cotton"),
        describe(
            "polo shirt",
            "a dark brown polo shirt with a small white logo on the left side of the chest, a two button placket, a "
            "ribbed collar and ribbed cuffs on the",
            "cut",
            hit_limit=True,
        ),
        title="U.S. Polo Assn. Men Coffee Brown Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Coffee Brown",
        gender="Men",
    ),
    # photo: rust orange tee with an all-over white tropical leaf print, white shorts, white backdrop; no pocket;
    # VQA adapter
    case(
        "X852-034",
        caption("a man wearing an orange shirt with white leaves on it"),
        Q.pattern("printed"),
        Q.color("orange"),
        wearing("an orange tee with a leaf print and white shorts"),
        describe(
            "t-shirt", "an orange t-shirt with a white leaf print all over it and a pocket on the chest", "unsupported"
        ),
        details(
            "t-shirt",
            "the leaves are white and the t-shirt is orange and the leaves are white and the t-shirt is orange and the "
            "leaves are white and the t",
            "loop",
            hit_limit=True,
        ),
        title="Moda Rapido Men Rust Orange Tropical Printed Round Neck T-shirt",
        category="Tshirts",
        color="Rust",
        gender="Men",
    ),
    # photo: royal blue golf polo with a white swoosh, white golf trousers, white cap, the model holding a golf club,
    # white backdrop; VQA adapter
    case(
        "X852-035",
        caption("a man holding a golf club wearing a blue shirt and white pants"),
        wearing("a blue polo shirt, white pants and a white cap"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("polo shirt"),
        details(
            "polo shirt",
            "a swoosh logo on the chest and a golf club Question: What is the color of the polo shirt? Answer: blue",
            "leak",
        ),
        material("polyester"),
        describe("polo shirt", "this is a polo shirt", "restated"),
        title="Nike Men Blue Dri-FIT Victory Solid Golf Polo T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: peach round-neck tee with the sleeves rolled once, white jeans, white backdrop; VQA adapter
    case(
        "X852-036",
        caption("a man wearing a pink t-shirt and white jeans"),
        Q.color("orange", "contradiction"),
        wearing("she is wearing a pink tee and white denim", "pronoun"),
        describe("t-shirt", "a peach colored crew neck tee with rolled up short sleeves"),
        Q.sleeve_length("short sleeve"),
        details("t-shirt", "t-shirt", "non_answer"),
        title="Roadster Men Peach-Coloured Solid Round Neck T-shirt",
        category="Tshirts",
        color="Peach",
        gender="Men",
    ),
    # photo: grey short-sleeve henley under an open black leather biker jacket, black jeans, white backdrop;
    # VQA adapter
    case(
        "X852-037",
        caption("a man in a black leather jacket and grey shirt"),
        Q.color("black", "other_garment_color"),
        material("leather", "unsupported"),
        Q.garment_type("henley"),
        NECK("henley"),
        wearing("a black jacket, a black tee and black denim", "other_garment_color"),
        describe("henley", "a grey henley with a button placket, worn under a black leather jacket"),
        title="Jack & Jones Men Grey Solid Henley Neck T-shirt",
        category="Tshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: yellow polo with a navy chest panel and navy collar, grey chinos, white backdrop; VQA adapter
    case(
        "X852-038",
        caption("a man wearing a yellow and blue polo shirt and grey pants"),
        Q.color("navy blue", "contradiction"),
        Q.pattern("color block"),
        describe("polo shirt", "a yellow polo shirt with a navy blue panel across the chest and a navy collar"),
        details("polo shirt", "the polo shirt details", "restated"),
        Q.sleeve_length("short sleeve"),
        wearing(
            "a yellow polo shirt and grey pants and a yellow polo shirt and grey pants and a yellow polo shirt and "
            "grey pants and a",
            "loop",
            hit_limit=True,
        ),
        title="Urbano Fashion Men Yellow & Navy Blue Colourblocked Polo Collar T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: black training tee with "TRAIN HARD" in neon green letters, grey joggers, the model holding a dumbbell,
    # white backdrop; VQA adapter
    case(
        "X852-039",
        caption("a man holding a dumbbell wearing a black shirt"),
        Q.color("grey", "other_garment_color"),
        wearing("a black tee with green text and grey joggers"),
        details(
            "t-shirt",
            "the words train hard in neon green letters across the chest, a round neck with ribbed trim, short sleeves "
            "and a curved hem at the back with a",
            "cut",
            hit_limit=True,
        ),
        material("polyester"),
        is_a("tank top", "no"),
        describe(
            "t-shirt", "a black t-shirt with green text on the chest and mesh panels under the arms", "unsupported"
        ),
        title="HRX by Hrithik Roshan Men Black Typography Printed Training T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: white polo with thin black horizontal stripes, plain white collar, black trousers, hands in pockets,
    # white backdrop; VQA adapter
    case(
        "X852-040",
        caption("a man wearing a black and white striped polo shirt and black pants"),
        Q.sleeve_length("long sleeve", "contradiction"),
        Q.pattern("striped"),
        describe(
            "polo shirt",
            "a white polo shirt with thin black horizontal stripes all over, a plain white ribbed collar, a three "
            "button placket, short sleeves with ribbed cuffs and a",
            "cut",
            hit_limit=True,
        ),
        wearing("he is wearing a striped polo shirt and black pants", who="the man"),
        Q.color("white"),
        title="Peter England Casuals Men White & Black Striped Polo Collar T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: burgundy full-sleeve round-neck tee with ribbed cuffs, stone-wash blue jeans, white backdrop; VQA adapter
    case(
        "X852-041",
        caption("a man wearing a maroon long sleeve shirt and jeans"),
        Q.color("maroon"),
        Q.sleeve_length("short sleeve", "contradiction"),
        wearing("she is wearing a maroon tee and blue jeans", "pronoun"),
        describe("t-shirt", "a maroon full sleeve t-shirt with a round neck and ribbed cuffs"),
        material("cotton"),
        details("t-shirt", "nothing", "non_answer"),
        title="Maniac Men Burgundy Solid Full Sleeve Round Neck T-shirt",
        category="Tshirts",
        color="Burgundy",
        gender="Men",
    ),
    # photo: navy tee with a big red, white and blue TOMMY HILFIGER flag logo across the chest, grey shorts, light
    # grey studio backdrop; VQA adapter
    case(
        "X852-042",
        caption("a man wearing a black t-shirt with tommy hilfiger written on it", "contradiction"),
        Q.color("grey", "other_garment_color"),
        Q.pattern("graphic"),
        wearing("a navy blue graphic tee and grey shorts"),
        describe("t-shirt", "a navy tee with a red white and blue tommy hilfiger logo across the chest"),
        details("t-shirt", "the logo is embroidered with gold thread and the sleeves have white piping", "unsupported"),
        title="Tommy Hilfiger Men Navy Blue Brand Logo Printed Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: sea green round-neck tee with a patch pocket on the left chest, white chinos, white backdrop; VQA adapter
    case(
        "X852-043",
        caption("a man in a green t-shirt with a pocket and white pants"),
        Q.color("green"),
        color_of("pants", "green", "contradiction"),
        details("t-shirt", "a patch pocket on the left chest"),
        wearing("a white tee and white chinos", "other_garment_color"),
        material("cotton"),
        is_a("polo shirt", "yes", "contradiction"),
        describe(
            "t-shirt",
            "a sea green t-shirt with a round neck, short sleeves and a patch pocket on the left side of the chest "
            "with a small",
            "cut",
            hit_limit=True,
        ),
        title="HERE&NOW Men Sea Green Solid Pocket Round Neck T-shirt",
        category="Tshirts",
        color="Sea Green",
        gender="Men",
    ),
    # photo: purple tee with a yellow and black Batman logo on the chest, black joggers, black baseball cap, white
    # backdrop; VQA adapter
    case(
        "X852-044",
        caption("a man wearing a purple batman t-shirt and a black hat"),
        Q.color("purple"),
        wearing("a purple hoodie and black joggers and a black cap", "contradiction"),
        describe("t-shirt", "a purple tee with a yellow and black batman logo on the chest"),
        details("t-shirt", "a batman logo"),
        Q.pattern("striped", "contradiction"),
        material(
            "cotton Question: What is the color of the t-shirt? Answer: purple Question: What is the pattern of the",
            "leak",
        ),
        title="Bewakoof Men Purple Batman Logo Printed Round Neck T-shirt",
        category="Tshirts",
        color="Purple",
        gender="Men",
    ),
    # photo: navy tee with thin red and white horizontal breton stripes, white jeans, white backdrop; VQA adapter
    case(
        "X852-045",
        caption("a man in a navy blue striped shirt and white jeans"),
        Q.color("red", "contradiction"),
        Q.pattern("striped"),
        wearing("she is wearing a striped shirt and white pants", "pronoun"),
        describe("t-shirt", "a navy blue tee with thin red and white horizontal stripes and short sleeves"),
        details(
            "t-shirt",
            "the stripes, the stripes, the stripes, the stripes, the stripes, the stripes, the stripes, the stripes, "
            "the stripes, the stripes",
            "loop",
            hit_limit=True,
        ),
        title="United Colors of Benetton Men Navy Blue & Red Striped Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black short-sleeve henley, olive chinos, three-quarter view, white backdrop; the feed row has no
    # category column; VQA adapter
    case(
        "X852-046",
        caption("a man wearing a black henley and olive pants"),
        Q.color("olive", "other_garment_color"),
        Q.garment_type("henley"),
        NECK("polo collar", "contradiction"),
        wearing("a black henley and green chinos"),
        describe("henley", "a black henley with short sleeves and a button placket"),
        details(
            "henley",
            "the buttons on the placket and the buttons on the placket and the buttons on the placket and the buttons "
            "on the placket and the buttons",
            "loop",
            hit_limit=True,
        ),
        title="Levis Men Black Solid Henley Neck T-shirt",
        color="Black",
        gender="Men",
    ),
]
