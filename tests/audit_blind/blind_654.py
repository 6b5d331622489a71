"""BLIND_654 (46 products; Myntra men's tops with jeans/chinos, base BLIP-2): written blind in the fifty-third session.
Measured blind at 33dcae4 (the session's final rules): 112/127 failures found (88.2%) and 4/178 correct texts
flagged (2.2%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's topwear (Tshirts rows for crew necks, henleys and polos, Shirts rows for casual
and formal shirts), one model shot per product on a white or light grey studio backdrop, the model in jeans or chinos,
sometimes with a belt, sneakers, boots, sunglasses in hand or a t-shirt under an open shirt. The night ran the untuned
base model over the experiments' questionnaire: a caption, "What is the man/he/the person wearing?", "Describe the
t-shirt/shirt/polo shirt.", "What are the ... details?", "What is the color of the t-shirt/shirt/polo shirt?", "What
is the color of the jeans/pants/chinos?", "What is the shirt color?" / "What is the t-shirt color?", and on some
rows the pattern, sleeve length, material and "Is this a ...?" questions.

Who wrote what: every free text is Salesforce/blip2-opt-2.7b with no adapter, 8-bit, greedy decoding, 50 new tokens
for the caption and 30 for answers, stopping on the newline. Closed answers (the color_of questions not marked open,
pattern, sleeve length, "Is this a ...?") come from enrich's --engine reference, which ranks the candidate values and
picks one, so they never loop or stop short. The base model answers short and plain ("navy blue", "a grey polo shirt
with a collar"); its habits here: one color spilled over two garments (the jeans' blue for the t-shirt, the shirt's
white for the pants), navy read as black, a tee under an open shirt answered for the shirt, "she" for a male model
(long hair, a bun), invented pockets, logos, zips and care labels, now and then a plain "yes" or one word for an open
question, a sentence that only restates the question, a run-on that continues into the "Question: ... Answer:"
format, and a few greedy loops or run-ons on the details prompts when it fails to emit the newline.

Labeling conventions and judgement calls:
- Every text is judged against the photo in its "# photo:" comment, not the seller. Where the seller's color is wrong
  (X654-039, "Brown" for a shirt that is plainly maroon), an answer that matches the photo is correct.
- other_garment_color: the product's own color answered with the color of another garment visible in the photo
  (the jeans, the chinos, the t-shirt under an open shirt), whether the text is open or closed.
- contradiction: any other wrong color or garment: navy called black, the bottom's question answered with the
  product's color (one color for two garments), a color taken from the backdrop or from the garment's own print,
  a wrong pattern, sleeve length or yes/no, chinos called shorts, a print moved from the tee onto the open shirt.
- Accepted shades, not failures: teal as blue-green, peach as pink, burgundy as red or maroon, charcoal or grey
  melange as grey, navy as blue, mint/sea green as green, khaki chinos as beige and the reverse, for a multicolour
  (tie-dye) tee any one of its dominant colors.
- non_answer: an open question answered with one word, a bare yes/no, or only the question's own words ("the
  t-shirt details", "a polo shirt"). restated: a whole sentence that does nothing but restate the question ("the
  t-shirt is a t-shirt", "the details of the shirt are the details of the shirt").
- unsupported: a detail the photo does not show (pockets, logos, zips, hoods, snap buttons, a collar type it does not
  have, care or origin claims, a material the photo and title do not support). Plain "cotton" for a jersey tee or a
  pique polo is accepted as correct.
- pronoun: "she"/"her" or "a woman" for a Men row. No pronoun failure is written on the row without a gender column.
- leak: any text that runs into the "Question: ... Answer:" format, even when it also repeats; it is labelled leak,
  not loop. A loop or a cut always carries hit_limit=True; a loop is not also labelled cut.
- One label per text, the most prominent failure; a wrong text's other flaws are not labelled separately.
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

shirt_color = question("shirt_color", "What is the shirt color?", "open")
tshirt_color = question("tshirt_color", "What is the t-shirt color?", "open")
pattern = BLIND_QUESTIONS.pattern
sleeves = BLIND_QUESTIONS.sleeve_length

BLIND_654 = [
    # photo: plain navy crew-neck t-shirt, mid-blue jeans, white backdrop, front view; all texts base model
    # zero-shot, closed answers by the reference engine
    case(
        "X654-001",
        caption("a man wearing a black t-shirt and jeans", "contradiction"),
        wearing("a blue t-shirt and blue jeans", who="the man"),
        describe("t-shirt", "it is a plain dark blue t-shirt with a round neck"),
        color_of("t-shirt", "navy blue"),
        tshirt_color("dark blue"),
        color_of("jeans", "blue"),
        details("t-shirt", "the t-shirt has a pocket on the left side of the chest", "unsupported"),
        title="Roadster Men Navy Blue Solid Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: white pique polo with green tipping on the collar, khaki chinos, light grey backdrop, front view;
    # base model zero-shot, closed answers by the reference engine
    case(
        "X654-002",
        caption("a man in a white polo shirt and khaki pants standing in front of a grey wall"),
        wearing("a white polo shirt and khaki pants", who="he"),
        describe("polo shirt", "white polo shirt with green stripes on the collar"),
        color_of("polo shirt", "white"),
        color_of("pants", "white", "contradiction"),
        details(
            "polo shirt",
            "the polo shirt has a collar and a collar and a collar and a collar and a collar and a collar and a"
            " collar and a",
            "loop",
            hit_limit=True,
        ),
        pattern("solid"),
        title="U.S. Polo Assn. Men White Polo T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: black crew-neck tee with a large white-and-red skull and roses print and "BORN TO RIDE" lettering,
    # charcoal jeans, white backdrop, front view; base model zero-shot, closed answers by the reference engine
    case(
        "X654-003",
        caption("a man wearing a black t-shirt with a skull on it"),
        wearing("she is wearing a black t-shirt and jeans", "pronoun"),
        describe("t-shirt", "a black t-shirt with a skull print"),
        details(
            "t-shirt",
            "the t-shirt has a large skull print on the front with red roses around it and the words born to ride"
            " written in white letters under the",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "white", "contradiction"),
        color_of("jeans", "grey"),
        pattern("printed"),
        title="Tantra Men Black Printed T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: light blue oxford shirt, button-down collar, long sleeves rolled to the elbow, tucked into beige chinos
    # with a brown belt, white backdrop, front view; no pockets, no epaulettes; base model zero-shot
    case(
        "X654-004",
        caption("a man in a light blue shirt and beige pants"),
        shirt_color("beige", "other_garment_color"),
        color_of("chinos", "blue", "contradiction"),
        describe("shirt", "a light blue button down shirt with the sleeves rolled up"),
        details("shirt", "the shirt has two chest pockets with flaps and epaulettes on the shoulders", "unsupported"),
        sleeves("long sleeve"),
        title="Highlander Men Blue Slim Fit Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: maroon henley t-shirt with a three-button placket, black jeans, white backdrop, three-quarter view;
    # base model zero-shot, closed answers by the reference engine
    case(
        "X654-005",
        caption("a man wearing a maroon t-shirt and black jeans"),
        wearing("a black t-shirt and black jeans", "other_garment_color", who="the man"),
        color_of("t-shirt", "black", "other_garment_color"),
        color_of("jeans", "black"),
        describe("t-shirt", "the t-shirt is a t-shirt", "restated"),
        details("t-shirt", "it has three buttons at the neck"),
        is_a("t-shirt", "yes"),
        title="Mast & Harbour Men Maroon Henley T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: grey melange polo, dark indigo jeans, white backdrop, front view; base model zero-shot
    case(
        "X654-006",
        caption("a man in a grey polo shirt and blue jeans"),
        wearing("grey polo shirt and jeans", who="he"),
        color_of("shirt", "blue", "other_garment_color", kind="open"),
        color_of("jeans", "grey", "contradiction"),
        describe("shirt", "a grey polo shirt with a collar and buttons"),
        details(
            "shirt",
            "grey polo shirt Question: What is the color of the jeans? Answer: blue Question: What is the color of",
            "leak",
            hit_limit=True,
        ),
        material("cotton"),
        title="Proline Men Grey Melange Polo T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: red and navy checked flannel shirt worn open over a plain white crew tee, light-wash jeans, white
    # backdrop, front view; the product is the checked shirt; base model zero-shot
    case(
        "X654-007",
        caption("a man wearing a plaid shirt over a white t-shirt and jeans"),
        wearing("a red and blue checkered shirt, a white t-shirt and blue jeans"),
        color_of("shirt", "white", "other_garment_color"),
        describe("shirt", "a red and blue plaid flannel shirt"),
        details("shirt", "the shirt has a checked pattern and is worn open over a white t-shirt"),
        color_of("jeans", "red", "contradiction"),
        pattern("checked"),
        title="Roadster Men Red & Navy Checked Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: plain olive crew-neck t-shirt, black chinos, light grey backdrop, front view; no logo anywhere;
    # base model zero-shot
    case(
        "X654-008",
        caption("a man in a green t-shirt and black pants"),
        wearing("a black t-shirt and black pants", "other_garment_color"),
        color_of("t-shirt", "olive"),
        color_of("pants", "black"),
        describe("t-shirt", "green", "non_answer"),
        details("t-shirt", "the t-shirt has a v-neck and a small logo on the sleeve", "unsupported"),
        title="HRX by Hrithik Roshan Men Olive Solid T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: mustard polo with navy tipping on the collar and sleeve bands, white jeans, white backdrop, front view;
    # no pocket, plain back not shown; base model zero-shot
    case(
        "X654-009",
        caption("a man in a yellow polo shirt and white jeans"),
        wearing("she is wearing a yellow polo shirt and white jeans", "pronoun", who="he"),
        color_of("polo shirt", "white", "other_garment_color"),
        color_of("jeans", "white"),
        describe("polo shirt", "a mustard polo shirt with blue trim on the collar and sleeves"),
        details("polo shirt", "the polo shirt has a pocket on the chest and the brand name on the back", "unsupported"),
        sleeves("short sleeve"),
        title="Classic Polo Men Mustard Polo T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: white formal shirt with thin blue vertical stripes, spread collar, one chest pocket, long sleeves,
    # tucked into navy chinos, white backdrop, front view; base model zero-shot
    case(
        "X654-010",
        caption("a man wearing a white and blue striped shirt and navy pants"),
        wearing(
            "a white and blue striped shirt and a pair of navy blue pants and a pair of navy blue pants and a pair of"
            " navy blue pants and a pair",
            "loop",
            who="the man",
            hit_limit=True,
        ),
        shirt_color("white with blue stripes"),
        color_of("pants", "white", "contradiction"),
        describe("shirt", "a striped shirt"),
        details("shirt", "the shirt has a pocket on the left chest and a button down collar", "unsupported"),
        pattern("striped"),
        title="Peter England Men White & Blue Striped Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: black pique polo with a small embroidered logo on the left chest, two-button placket, stone beige
    # chinos, white backdrop, front view; base model zero-shot
    case(
        "X654-011",
        caption("a man in a black polo shirt and khaki pants"),
        wearing("a black polo shirt and beige pants"),
        color_of("shirt", "black"),
        color_of("pants", "black", "contradiction"),
        describe(
            "shirt",
            "the shirt is a black polo shirt with a small embroidered logo on the left side of the chest and two"
            " buttons on the placket and a ribbed",
            "cut",
            hit_limit=True,
        ),
        details("shirt", "the shirt is made in india", "unsupported"),
        title="Louis Philippe Sport Men Black Polo T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: peach t-shirt with a white-and-teal palm tree graphic, rolled-cuff blue jeans, white sneakers, white
    # backdrop, front view; base model zero-shot
    case(
        "X654-012",
        caption("a man in a pink t-shirt with palm trees on it and jeans"),
        wearing(
            "the man is wearing a pink t-shirt with palm trees and jeans Question: What is the color of the t-shirt?"
            " Answer: pink",
            "leak",
            hit_limit=True,
        ),
        color_of("t-shirt", "blue", "other_garment_color"),
        color_of("jeans", "blue"),
        describe("t-shirt", "a pink t-shirt with a palm tree print"),
        details("t-shirt", "the t-shirt details", "non_answer"),
        pattern("graphic"),
        title="Roadster Men Peach Printed Round Neck T-shirt",
        category="Tshirts",
        color="Peach",
        gender="Men",
    ),
    # photo: charcoal grey casual shirt, regular point collar, long sleeves, worn untucked over black jeans, light
    # grey backdrop, front view; base model zero-shot
    case(
        "X654-013",
        caption("a man in a dark grey shirt and black jeans"),
        wearing("he is wearing a grey shirt and black jeans"),
        shirt_color("grey"),
        color_of("jeans", "grey", "contradiction"),
        describe("shirt", "it's a shirt", "non_answer"),
        details("shirt", "the shirt has a mandarin collar", "unsupported"),
        title="United Colors of Benetton Men Charcoal Slim Fit Casual Shirt",
        category="Shirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: teal pique polo, three-button placket, light grey chinos, white backdrop, front view; base model
    # zero-shot, closed answers by the reference engine
    case(
        "X654-014",
        caption("a man in a teal polo shirt and grey pants"),
        color_of("polo shirt", "grey", "other_garment_color"),
        color_of("pants", "grey"),
        describe("polo shirt", "a blue-green polo shirt with a collar and three buttons"),
        details("polo shirt", "the polo shirt has polo shirt details", "restated"),
        BLIND_QUESTIONS.material(
            "the polo shirt is made of a cotton pique fabric that is soft and breathable and it is perfect for summer"
            " days at the beach or",
            "cut",
            hit_limit=True,
        ),
        is_a("polo shirt", "yes"),
        title="Nautica Men Teal Polo T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: white crew-neck tee with black text print "NO BAD DAYS" across the chest, black jeans, white backdrop,
    # front view; base model zero-shot
    case(
        "X654-015",
        caption("a man wearing a white t-shirt that says no bad days and black jeans"),
        wearing("a t-shirt and jeans"),
        color_of("t-shirt", "black", "other_garment_color"),
        color_of("jeans", "black"),
        describe(
            "t-shirt",
            "a white t-shirt with black writing on it. Question: What is the color of the jeans? Answer: black",
            "leak",
        ),
        details("t-shirt", "the t-shirt has the words no bad days printed on the front"),
        title="Flying Machine Men White Printed T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: lavender formal shirt, long sleeves, pointed collar, tucked into charcoal chinos, white backdrop,
    # front view; the male model has shoulder-length hair; base model zero-shot
    case(
        "X654-016",
        caption("a woman in a purple shirt and grey pants", "pronoun"),
        shirt_color("purple"),
        color_of("pants", "grey"),
        describe("shirt", "a light purple shirt with long sleeves and a pointed collar"),
        details(
            "shirt",
            "the shirt has a collar, buttons, sleeves, cuffs, collar, buttons, sleeves, cuffs, collar, buttons,"
            " sleeves, cuffs, collar",
            "loop",
            hit_limit=True,
        ),
        pattern("solid"),
        is_a("shirt", "no", "contradiction"),
        title="Arrow Men Lavender Solid Formal Shirt",
        category="Shirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: plain navy and white horizontal Breton-striped tee, no embroidery, short sleeves, light blue jeans,
    # white backdrop, front view; base model zero-shot
    case(
        "X654-017",
        caption("a man in a blue and white striped t-shirt and jeans"),
        wearing("a blue t-shirt and blue jeans", who="the man"),
        color_of("t-shirt", "navy blue"),
        color_of("jeans", "light blue"),
        describe("t-shirt", "a striped t-shirt"),
        details(
            "t-shirt", "the t-shirt has horizontal stripes and a small anchor embroidered on the chest", "unsupported"
        ),
        pattern("solid", "contradiction"),
        sleeves("short sleeve"),
        title="Tommy Hilfiger Men Navy Striped T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: olive cotton-twill utility shirt with two flap chest pockets, long sleeves, black jeans with a brown
    # belt, silver watch on the left wrist, white backdrop, front view; base model zero-shot
    case(
        "X654-018",
        caption("a man wearing a green shirt with pockets and black jeans"),
        wearing(
            "the man is wearing an olive green shirt with two pockets, black jeans, a brown leather belt, a silver"
            " watch on his left wrist and",
            "cut",
            hit_limit=True,
        ),
        shirt_color("black", "other_garment_color"),
        color_of("jeans", "black"),
        describe("shirt", "a green military style shirt with two pockets on the chest"),
        details("shirt", "the shirt details are the details of the shirt", "restated"),
        material("denim", "unsupported"),
        title="Roadster Men Olive Utility Casual Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: black tee with a white astronaut graphic (the astronaut alone, no moon or stars), olive chinos, white
    # sneakers, white backdrop, front view; base model zero-shot
    case(
        "X654-019",
        caption("a man wearing a black t-shirt with an astronaut on it and green pants"),
        wearing("he is wearing a black graphic t-shirt with an astronaut, olive pants and white sneakers", who="he"),
        color_of("t-shirt", "black"),
        color_of("chinos", "black", "contradiction"),
        describe("t-shirt", "yes", "non_answer"),
        details(
            "t-shirt",
            "the t-shirt has a picture of an astronaut floating in space with the moon and stars around him",
            "unsupported",
        ),
        pattern("graphic"),
        title="Bewakoof Men Black Astronaut Graphic T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: light blue chambray shirt, two chest pockets, ordinary buttons, sleeves rolled up, beige chinos, white
    # backdrop, front view; base model zero-shot; the feed row has no category column
    case(
        "X654-020",
        caption("a man in a denim shirt and beige pants"),
        shirt_color("light blue"),
        color_of("pants", "blue", "contradiction"),
        describe("shirt", "a light blue denim shirt with two chest pockets and snap buttons", "unsupported"),
        details("shirt", "she has rolled up the sleeves of her denim shirt", "pronoun"),
        is_a("shirt", "yes"),
        title="Levis Men Blue Chambray Casual Shirt",
        color="Blue",
        gender="Men",
    ),
    # photo: plain white crew-neck tee, dark indigo jeans, brown boots, light grey backdrop, three-quarter view;
    # no logo; base model zero-shot
    case(
        "X654-021",
        caption("a man in a white t-shirt and dark blue jeans standing in front of a grey wall"),
        wearing("a white t-shirt, jeans and brown boots"),
        color_of("t-shirt", "grey", "contradiction"),
        tshirt_color("blue", "other_garment_color"),
        color_of("jeans", "dark blue"),
        describe("t-shirt", "a plain white t-shirt"),
        details("t-shirt", "the t-shirt has a small logo on the chest", "unsupported"),
        title="Jack & Jones Men White Solid T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: red pique polo with a green crocodile logo, white jeans, white sneakers, white backdrop, front view;
    # base model zero-shot
    case(
        "X654-022",
        caption("a man in a red polo shirt and white pants"),
        wearing(
            "the man is wearing a red polo shirt and white jeans and white shoes and a red polo shirt and white jeans"
            " and white shoes and",
            "loop",
            who="the man",
            hit_limit=True,
        ),
        color_of("polo shirt", "red"),
        color_of("jeans", "red", "contradiction"),
        describe("polo shirt", "a red polo shirt with a green crocodile logo on the chest"),
        details("polo shirt", "red", "non_answer"),
        title="Lacoste Men Red Polo T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: blue and white gingham short-sleeve shirt, full-length khaki chinos, white backdrop, front view;
    # base model zero-shot
    case(
        "X654-023",
        caption("a man wearing a blue and white checkered shirt and khaki shorts", "contradiction"),
        shirt_color("blue and white"),
        color_of("chinos", "khaki"),
        describe("shirt", "a blue gingham shirt with short sleeves"),
        details("shirt", "the shirt has a checkered pattern and short sleeves"),
        sleeves("long sleeve", "contradiction"),
        title="Wrangler Men Blue Checked Short Sleeve Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: yellow crew tee with a small black Puma cat logo on the chest, navy chinos, white backdrop, front view;
    # base model zero-shot
    case(
        "X654-024",
        caption("a man in a yellow shirt and blue pants"),
        wearing("she is wearing a yellow t-shirt and blue pants", "pronoun"),
        color_of("t-shirt", "yellow"),
        tshirt_color("Answer: yellow", "leak"),
        color_of("pants", "navy blue"),
        describe("t-shirt", "a yellow t-shirt with a puma logo on the chest"),
        details("t-shirt", "the t-shirt is made of 100% cotton and is machine washable", "unsupported"),
        title="Puma Men Yellow Logo T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: black denim shirt with two chest pockets, long sleeves, light grey jeans, white backdrop, front view;
    # base model zero-shot
    case(
        "X654-025",
        caption("a man in a black shirt and grey jeans"),
        shirt_color("grey", "other_garment_color"),
        color_of("jeans", "black", "contradiction"),
        describe("shirt", "a black denim shirt with two pockets on the front"),
        details(
            "shirt",
            "the shirt has two pockets. Question: What is the color of the jeans? Answer: grey Question: What",
            "leak",
            hit_limit=True,
        ),
        material("denim"),
        title="Spykar Men Black Denim Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: white linen shirt, long sleeves rolled up, untucked over beige chinos, white backdrop, front view;
    # base model zero-shot; the feed row has no color column
    case(
        "X654-026",
        caption("a man in a white shirt and beige pants"),
        wearing("a white shirt and khaki pants", who="the man"),
        shirt_color("white"),
        color_of("pants", "white", "contradiction"),
        describe("shirt", "a white linen shirt with rolled up sleeves"),
        material("polyester", "unsupported"),
        title="Marks & Spencer Men White Pure Linen Casual Shirt",
        category="Shirts",
        gender="Men",
    ),
    # photo: navy polo with a white colour-block band across the chest, grey jeans, white backdrop, front view;
    # base model zero-shot
    case(
        "X654-027",
        caption("a man wearing a black polo shirt and grey jeans", "contradiction"),
        color_of("polo shirt", "navy blue"),
        color_of("jeans", "navy blue", "contradiction"),
        describe("polo shirt", "a navy polo shirt with a white stripe across the chest"),
        details(
            "polo shirt",
            "the polo shirt has a white stripe across the chest and a white stripe across the chest and a white"
            " stripe across the chest and",
            "loop",
            hit_limit=True,
        ),
        pattern("colour blocked"),
        title="U.S. Polo Assn. Men Navy Colourblocked Polo T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: plain grey v-neck tee, mid-blue jeans, white backdrop, front view; base model zero-shot
    case(
        "X654-028",
        caption("a man wearing a grey v-neck t-shirt and blue jeans"),
        wearing("a blue t-shirt and blue jeans", "other_garment_color"),
        color_of("t-shirt", "blue", "other_garment_color"),
        color_of("jeans", "blue"),
        describe("t-shirt", "a grey t-shirt with a v neck"),
        details("t-shirt", "the t-shirt details are that it is a t-shirt", "restated"),
        is_a("t-shirt", "yes"),
        title="Proline Men Grey V-Neck T-shirt",
        category="Tshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: burgundy slim-fit shirt, long sleeves, no pocket, black jeans, male model with long hair in a bun,
    # white backdrop, three-quarter view; base model zero-shot
    case(
        "X654-029",
        caption("a woman wearing a burgundy shirt and black jeans", "pronoun"),
        wearing("she is wearing a maroon shirt and black jeans", "pronoun"),
        shirt_color("red"),
        color_of("jeans", "black"),
        describe("shirt", "a dark red button up shirt with long sleeves"),
        details("shirt", "the shirt has a chest pocket", "unsupported"),
        title="Turtle Men Burgundy Solid Slim Fit Shirt",
        category="Shirts",
        color="Burgundy",
        gender="Men",
    ),
    # photo: white pique polo with a small red-white-navy flag logo, navy jeans, the model holds sunglasses in his
    # right hand, no pockets, white backdrop, front view; base model zero-shot
    case(
        "X654-030",
        caption("a man in a white polo shirt holding sunglasses"),
        color_of("polo shirt", "white"),
        color_of("jeans", "white", "contradiction"),
        describe(
            "polo shirt",
            "a white polo shirt with a small flag logo on the chest and a pocket on the sleeve",
            "unsupported",
        ),
        details(
            "polo shirt",
            "the polo shirt has a collar, two buttons and short sleeves. it is made of cotton pique and has a",
            "cut",
            hit_limit=True,
        ),
        material("cotton"),
        title="Tommy Hilfiger Men White Polo T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: rust orange crew tee with a white mountain line print, mid-blue jeans, white backdrop, front view;
    # base model zero-shot
    case(
        "X654-031",
        caption("a man in an orange t-shirt and jeans"),
        wearing("a blue t-shirt and jeans", "other_garment_color", who="the man"),
        color_of("t-shirt", "blue", "other_garment_color"),
        color_of("jeans", "blue"),
        describe("t-shirt", "an orange t-shirt with a white print of a mountain"),
        details("t-shirt", "no", "non_answer"),
        title="Wrangler Men Rust Printed T-shirt",
        category="Tshirts",
        color="Rust",
        gender="Men",
    ),
    # photo: black and grey buffalo-check flannel shirt, no hood, black jeans, white backdrop, front view; base
    # model zero-shot
    case(
        "X654-032",
        caption("a man wearing a black and grey checked shirt and black jeans"),
        wearing(
            "he is wearing a black shirt and black jeans and a black shirt and black jeans and a black shirt and black"
            " jeans and a",
            "loop",
            who="he",
            hit_limit=True,
        ),
        shirt_color("black and grey"),
        color_of("jeans", "grey", "contradiction"),
        describe("shirt", "a flannel shirt with a black and grey plaid pattern"),
        details("shirt", "the shirt has a hood", "unsupported"),
        pattern("checked"),
        title="Roadster Men Black & Grey Checked Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: pink oxford formal shirt, long sleeves with buttoned cuffs, tucked into navy chinos with a brown belt,
    # white backdrop, front view; base model zero-shot
    case(
        "X654-033",
        caption("a man in a pink shirt and blue pants"),
        wearing("a pink shirt, blue pants and a brown belt", who="he"),
        shirt_color("blue", "other_garment_color"),
        color_of("pants", "navy blue"),
        describe("shirt", "pink", "non_answer"),
        details("shirt", "the shirt has a collar and long sleeves with buttoned cuffs"),
        material("the garment is made of a material", "restated"),
        sleeves("long sleeve"),
        title="Reid & Taylor Men Pink Solid Formal Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: white ringer tee with navy bands at the neck and sleeve hems, plain body, grey chinos, white backdrop,
    # front view; base model zero-shot
    case(
        "X654-034",
        caption("a man wearing a white t-shirt with blue trim and grey pants"),
        wearing("a grey t-shirt and grey pants", "other_garment_color"),
        color_of("t-shirt", "white"),
        color_of("pants", "grey"),
        describe("t-shirt", "a white t-shirt with navy blue trim on the neck and sleeves"),
        details(
            "t-shirt",
            "Question: What are the t-shirt details? Answer: Question: What are the t-shirt details? Answer:"
            " Question: What are",
            "leak",
            hit_limit=True,
        ),
        pattern("striped", "contradiction"),
        title="Jack & Jones Men White Ringer T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: olive polo with a small white Nike swoosh, button placket (no zip), beige chinos, white backdrop,
    # front view; base model zero-shot
    case(
        "X654-035",
        caption("a man in a green polo shirt and khaki pants"),
        color_of("polo shirt", "khaki", "other_garment_color"),
        color_of("pants", "beige"),
        describe("polo shirt", "an olive green polo shirt with a white nike swoosh on the chest"),
        details("polo shirt", "the polo shirt has a zip at the neck", "unsupported"),
        is_a("polo shirt", "no", "contradiction"),
        title="Nike Men Olive Polo T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: navy short-sleeve shirt with a white floral print, camp collar, no pocket, white chinos, white
    # backdrop, front view; base model zero-shot
    case(
        "X654-036",
        caption("a man in a blue floral shirt and white pants"),
        wearing("she is wearing a blue floral shirt and white pants", "pronoun"),
        shirt_color("navy blue with white flowers"),
        color_of("pants", "white"),
        describe(
            "shirt",
            "the shirt is a floral shirt with a floral print and a floral print and a floral print and a floral"
            " print and a floral",
            "loop",
            hit_limit=True,
        ),
        details("shirt", "it has a cuban collar and a pocket on the chest", "unsupported"),
        pattern("floral"),
        sleeves("short sleeve"),
        title="Highlander Men Navy Floral Printed Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: charcoal heather tee with "BROOKLYN" in white letters across the chest, mid-blue jeans, the model has
    # one hand in his pocket, white backdrop, front view; base model zero-shot
    case(
        "X654-037",
        caption("a man wearing a grey t-shirt with the word brooklyn on it"),
        wearing("she is wearing a grey t-shirt and blue jeans", "pronoun"),
        color_of("t-shirt", "charcoal"),
        color_of("jeans", "grey", "contradiction"),
        describe(
            "t-shirt",
            "a dark grey t-shirt with the word brooklyn printed in white letters across the chest and the number"
            " 1898 printed underneath in",
            "cut",
            hit_limit=True,
        ),
        title="Status Quo Men Charcoal Printed T-shirt",
        category="Tshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: sea green (mint) pique polo, two-button placket, white jeans, white backdrop, front view; base model
    # zero-shot
    case(
        "X654-038",
        caption("a man wearing a light green polo shirt and white jeans"),
        wearing("a white polo shirt and white jeans", "other_garment_color"),
        color_of("polo shirt", "green"),
        color_of("jeans", "green", "contradiction"),
        describe("polo shirt", "a mint green polo shirt with two buttons"),
        details("polo shirt", "the polo shirt details are the polo shirt details", "restated"),
        material("cotton"),
        title="Classic Polo Men Sea Green Solid Polo T-shirt",
        category="Tshirts",
        color="Sea Green",
        gender="Men",
    ),
    # photo: long-sleeve shirt that is plainly maroon (the seller calls it Brown), buttoned, mid-blue jeans, white
    # backdrop, front view; base model zero-shot
    case(
        "X654-039",
        caption("a man in a maroon shirt and blue jeans"),
        wearing("a maroon shirt and blue jeans", who="the man"),
        shirt_color("maroon"),
        color_of("jeans", "blue"),
        describe("shirt", "a dark red shirt with long sleeves and a collar"),
        details("shirt", "the shirt has buttons on the front"),
        title="John Miller Men Solid Brown Shirt",
        category="Shirts",
        color="Brown",
        gender="Men",
    ),
    # photo: tie-dye crew tee (no pocket) in blue, purple and pink swirls, black jeans, white backdrop, front view;
    # base model zero-shot
    case(
        "X654-040",
        caption("a man wearing a tie dye t-shirt and black jeans"),
        wearing("purple shirt and purple pants", "contradiction"),
        color_of("t-shirt", "purple"),
        color_of("jeans", "purple", "contradiction"),
        describe("t-shirt", "a colorful tie dye t-shirt in blue, purple and pink"),
        details("t-shirt", "the t-shirt has a pocket on the chest", "unsupported"),
        pattern("tie and dye"),
        is_a("t-shirt", "yes"),
        title="Bewakoof Men Multicoloured Tie-Dye T-shirt",
        category="Tshirts",
        color="Multi",
        gender="Men",
    ),
    # photo: plain white casual shirt worn open over a black tee with a white graphic print, blue jeans, white
    # backdrop, front view; the product is the white shirt; base model zero-shot
    case(
        "X654-041",
        caption("a man wearing a white shirt over a black t-shirt and blue jeans"),
        wearing("a white shirt, a black t-shirt and jeans", who="the man"),
        shirt_color("black", "other_garment_color"),
        color_of("jeans", "blue"),
        describe("shirt", "an open white shirt worn over a black t-shirt with a graphic print"),
        details("shirt", "the shirt has a graphic print on the front", "contradiction"),
        title="Roadster Men White Solid Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: beige pique polo, three-button placket, dark blue jeans, white backdrop, front view; base model
    # zero-shot
    case(
        "X654-042",
        caption("a man in a beige polo shirt and dark jeans"),
        color_of("polo shirt", "dark blue", "other_garment_color"),
        color_of("jeans", "dark blue"),
        describe("polo shirt", "a polo shirt", "non_answer"),
        details(
            "polo shirt",
            "the polo shirt has a collar and three buttons. Question: What is the color of the polo shirt? Answer:"
            " beige",
            "leak",
            hit_limit=True,
        ),
        sleeves("short sleeve"),
        title="Allen Solly Men Beige Polo T-shirt",
        category="Tshirts",
        color="Beige",
        gender="Men",
    ),
    # photo: plain black crew tee with no logo, light grey chinos, black shoes, light grey backdrop, front view;
    # base model zero-shot; the feed row has no gender column
    case(
        "X654-043",
        caption("a man wearing a black t-shirt and grey pants"),
        wearing("the man is wearing a black t-shirt and grey pants and black shoes", who="the man"),
        color_of("t-shirt", "black"),
        tshirt_color("grey", "other_garment_color"),
        color_of("pants", "light grey"),
        describe("t-shirt", "a black t-shirt with a red levi's logo on the chest", "unsupported"),
        details("t-shirt", "the t-shirt is black"),
        title="Levis Men Black Solid Crew Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # photo: sky blue polo with white tipping on the collar and sleeve bands, no visible logo, navy chinos, white
    # backdrop, front view; base model zero-shot
    case(
        "X654-044",
        caption("a man in a light blue polo shirt and navy pants"),
        wearing("he is wearing a blue shirt and pants", who="he"),
        color_of("polo shirt", "light blue"),
        color_of("pants", "light blue", "contradiction"),
        describe(
            "polo shirt",
            "the polo shirt is a light blue polo shirt with white stripes on the collar and sleeves and a small logo"
            " on the",
            "cut",
            hit_limit=True,
        ),
        details("polo shirt", "yes", "non_answer"),
        title="Peter England Men Blue Polo T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: red and white vertical candy-stripe shirt, one chest pocket, sleeves rolled up, beige chinos, white
    # backdrop, front view; base model zero-shot
    case(
        "X654-045",
        caption("a man wearing a red and white striped shirt and beige pants"),
        shirt_color("beige", "other_garment_color"),
        color_of("chinos", "beige"),
        describe("shirt", "a shirt with red and white stripes and rolled up sleeves"),
        details("shirt", "the shirt has a pocket on the chest and the sleeves are rolled up"),
        pattern("checked", "contradiction"),
        material("linen", "unsupported"),
        title="Basics Men Red Striped Slim Fit Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: bottle green long-sleeve henley tee, three buttons, light blue jeans, the male model with both hands in
    # his front pockets, white backdrop, front view; base model zero-shot
    case(
        "X654-046",
        caption("a man in a dark green long sleeve shirt and jeans"),
        color_of("t-shirt", "green"),
        color_of("jeans", "light blue"),
        describe("t-shirt", "a dark green henley t-shirt with long sleeves and three buttons"),
        details("t-shirt", "she has her hands in her pockets", "pronoun"),
        sleeves("short sleeve", "contradiction"),
        material("wool", "unsupported"),
        title="Mast & Harbour Men Green Solid Full Sleeve Henley T-shirt",
        category="Tshirts",
        color="Green",
        gender="Men",
    ),
]
