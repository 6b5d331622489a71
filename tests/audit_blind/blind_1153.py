"""BLIND_1153 (46 products; Myntra men's shirts/tees/polos, BLIP-2 zero-shot): written blind in the sixtieth session.
Measured blind at 2135623 (the session's eighth rules): 108/134 failures found (80.6%) and 9/194 correct texts flagged
(4.6%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's casual shirts, t-shirts and polo t-shirts (article types Shirts and Tshirts,
polos filed under Tshirts as Myntra does). Photos are the usual catalog shots: a male model on a white or light grey
studio backdrop, front view, wearing the product with jeans, chinos, shorts or joggers, sometimes layered (an open
shirt over a tee, a jacket over a tee); a few are flat lays with no person. Each product went through enrich's
default attribute questionnaire with the untuned base model, zero-shot.

Who wrote what: every text comes from Salesforce/blip2-opt-2.7b with no adapter. Captions and the open questions
(wearing, description, details, material) are greedy free generation with the `Question: ... Answer:` prompt (50
new tokens for captions, 30 for answers). The closed questions (garment_type, color, pattern, sleeve_length) come
from `--engine reference`, which ranks the candidate values with the same base model and keeps one, so they never
loop or stop short; when they are wrong they are wrong by picking the jeans' color, the print's color, "jacket" for
a denim or corduroy shirt, and so on. The base model mostly stops on the newline and answers short and lowercase,
so loops and cuts are rarer than with the fine-tuned adapters: they show up in the longer "describe" and "details"
answers and once in a caption, where it keeps listing. Its common faults are the ones CONTEXT.md names: the jeans'
or the under-tee's color given to the product, "woman"/"she" for male models, invented pockets, logos and fabrics,
and now and then continuing the Question/Answer format on the same line.

Labeling conventions and judgement calls:
- A closed answer that is wrong is labeled contradiction even when the value it picked is another garment's color;
  other_garment_color is kept for open answers and captions that give the product the color of the jeans, shorts,
  under-tee or jacket worn with it (the other texts for that product have the right color).
- A color that is the print's or the stripes' color rather than the garment's (a "yellow" t-shirt for a charcoal
  tee with yellow lettering) is a contradiction, not other_garment_color: a print is not another garment.
- Shades in the seller's color group count as correct: maroon shirt called "red", cream called "white", mustard
  called "yellow", grey melange called "grey", off white called "white". Charcoal called "black" is a
  contradiction where the other texts and the seller say grey; rust called "brown" is a contradiction (Orange group).
- For a bicolor striped product, the closed color picking the minor stripe color (white for a navy polo with thin
  white stripes) is a contradiction; naming both colors in an open answer is correct.
- A material that is plausible for the garment and not contradicted by the title (cotton for a tee, polyester for a
  Dri-FIT or training tee, denim for a denim shirt) is correct; a fabric the photo cannot support and the garment
  would not plausibly be (silk, satin, wool, leather for a casual tee or cotton shirt) is unsupported; a fabric that
  the title contradicts (cotton for a shirt the title calls Linen) is a contradiction.
- Invented parts (a chest pocket, kangaroo pocket, v-neck, mandarin collar, rhinestones, reflective stripes on an
  unseen back) are unsupported. An accessory answered as the garment's detail (the belt) is a contradiction.
- A one-word answer to an open question (description "yellow", details "stripes", "camouflage") is a non_answer even
  when the word is true; a short phrase that carries a detail ("rolled up sleeves") is a correct answer.
- "nothing" to "What is the person wearing?" on a flat lay is a non_answer. Naming the garment on a flat lay ("a
  green t-shirt") is accepted as correct.
- Echoing the question ("the details of the garment", "the person is wearing") is restated.
- "woman", "she", "her" for the male model, in any text, is pronoun; "he" for the male model is correct.
- A text that continues with `Question: ... Answer:` is a leak even when both parts are true.
- Loops and cuts are set hit_limit=True; a loop is labeled loop even when it also ends mid-phrase. Each text
  carries one label; where I wrote a failure I kept the rest of that text right so the label is not in doubt.
- A closed garment_type that names another kind ("jacket" for a denim or corduroy shirt, "shirt" for a t-shirt,
  "polo shirt" for a round-neck tee, "sweatshirt" for a hooded tee, "t-shirt" for a shirt worn over a tee) is a
  contradiction; "polo shirt" for a polo filed as Tshirts and "t-shirt" for a henley tee are correct.
- A caption that invents a prop or backdrop (a brick wall, a coffee cup) is unsupported; a backdrop that is really
  there (white background, grey wall) is named correctly.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import caption, case

BLIND_1153 = [
    # photo: navy blue and white checked shirt, long sleeves rolled to the forearm, one chest pocket, worn by a man with
    # beige chinos, white backdrop, front view. All texts: base blip2-opt-2.7b zero-shot; closed ones by reference.
    case(
        "X1153-001",
        caption("a man wearing a blue and white checkered shirt and khaki pants"),
        Q.wearing("a beige shirt and beige pants", "other_garment_color"),
        Q.garment_type("shirt"),
        Q.color("navy blue"),
        Q.pattern("striped", "contradiction"),
        Q.description("it is a blue and white checkered shirt with long sleeves"),
        Q.details("the shirt has a pocket on the chest and buttons down the front"),
        Q.material("cotton"),
        title="Roadster Men Navy Blue & White Checked Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black round-neck tee with a large white "HRX" logo print, worn with black joggers, white backdrop, front.
    # Base model zero-shot for all texts.
    case(
        "X1153-002",
        caption("a man wearing a black t-shirt with the word hrx on it"),
        Q.wearing("a black t-shirt and black pants"),
        Q.garment_type("t-shirt"),
        Q.color("black"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("short sleeves"),
        Q.description("a black t-shirt with a white logo on the front"),
        Q.details("the t-shirt has a zipper on the front", "unsupported"),
        title="HRX by Hrithik Roshan Men Black Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: solid green polo, green collar, small white embroidered logo on the chest, worn with light blue jeans,
    # hands in pockets, head turned, white backdrop. Base model zero-shot; closed texts by the reference engine; the
    # caption ran to the 50-token limit.
    case(
        "X1153-003",
        caption(
            "a man in a green polo shirt and jeans standing in front of a white wall with his hands in his "
            "pockets and his head turned to the side, looking at the camera with a",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a blue polo shirt and blue jeans", "other_garment_color"),
        Q.garment_type("polo shirt"),
        Q.color("blue", "contradiction"),
        Q.description("a green polo shirt with a white collar", "unsupported"),
        Q.details("embroidered logo on the chest"),
        Q.material("cotton"),
        title="U.S. Polo Assn. Men Green Solid Polo T-shirt",
        category="Tshirts",
        color="Green",
        gender="Men",
    ),
    # photo: white solid shirt worn open over a grey crew-neck tee, navy chinos, white backdrop, front view.
    # Base model zero-shot for all texts.
    case(
        "X1153-004",
        caption("a man wearing a white shirt over a grey t-shirt holding a cup of coffee", "unsupported"),
        Q.wearing("a white shirt, a grey t-shirt and blue pants"),
        Q.garment_type("shirt"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        Q.description("a grey shirt with long sleeves", "other_garment_color"),
        Q.details("grey", "non_answer"),
        title="Mast & Harbour Men White Solid Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: flat lay, olive green round-neck tee with an all-over tropical leaf print in darker green, no pocket,
    # white backdrop, no person. Base model zero-shot.
    case(
        "X1153-005",
        caption("a green t-shirt with leaves on it hanging on a wooden hanger", "unsupported"),
        Q.wearing("a green t-shirt"),
        Q.color("olive"),
        Q.pattern("floral"),
        Q.description("describe the garment", "restated"),
        Q.details("the t-shirt has a pocket on the left chest", "unsupported"),
        Q.material("cotton"),
        title="WROGN Men Olive Green Tropical Printed Round Neck T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: maroon slim-fit solid shirt, spread collar, no pocket, full sleeves, worn with black jeans, white
    # backdrop. Base model zero-shot; the details answer ran to the 30-token limit.
    case(
        "X1153-006",
        caption("a man wearing a red shirt and black jeans"),
        Q.wearing("a red shirt and black pants"),
        Q.garment_type("shirt"),
        Q.color("maroon"),
        Q.description("a black shirt with long sleeves", "other_garment_color"),
        Q.details(
            "the shirt has a button down collar and a pocket on the chest and a pocket on the chest and a pocket "
            "on the chest and a pocket on",
            "loop",
            hit_limit=True,
        ),
        Q.material("silk", "unsupported"),
        title="Highlander Men Maroon Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: yellow round-neck tee with a black Puma cat logo and wordmark, black shorts, light grey backdrop.
    # Base model zero-shot.
    case(
        "X1153-007",
        caption("a man in a yellow puma t-shirt and black shorts"),
        Q.wearing("she is wearing a yellow t-shirt and black shorts", "pronoun"),
        Q.color("yellow"),
        Q.pattern("graphic"),
        Q.sleeve_length("short sleeves"),
        Q.description("yellow", "non_answer"),
        Q.material("cotton"),
        title="Puma Men Yellow Printed Logo T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: mid-blue washed denim shirt worn open over a white tee, light grey chinos, two flap chest pockets with
    # snap buttons, white backdrop. Base model zero-shot; closed texts by the reference engine.
    case(
        "X1153-008",
        caption("a man wearing a denim shirt and a white t-shirt"),
        Q.wearing("a blue denim shirt, a white t-shirt and grey pants"),
        Q.garment_type("jacket", "contradiction"),
        Q.color("blue"),
        Q.description("a white shirt with a denim jacket", "other_garment_color"),
        Q.details("the shirt has two chest pockets with flaps and snap buttons"),
        Q.material("denim"),
        title="Flying Machine Men Blue Washed Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: grey melange polo with a small white Nike swoosh on the chest, navy track pants, white backdrop.
    # Base model zero-shot; the details answer went on into a new Question/Answer pair.
    case(
        "X1153-009",
        caption("a man wearing a blue polo shirt and blue pants", "other_garment_color"),
        Q.wearing("clothes", "non_answer"),
        Q.garment_type("polo shirt"),
        Q.color("grey"),
        Q.pattern("striped", "contradiction"),
        Q.description("a grey polo shirt with a nike logo on the chest"),
        Q.details("Question: What is the material of the polo shirt? Answer: polyester", "leak"),
        Q.material("polyester"),
        title="Nike Men Grey Melange Dri-FIT Polo T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: flat lay, white tee with a black motorbike graphic and the words "ride free" under it, white backdrop, no
    # person. Base model zero-shot.
    case(
        "X1153-010",
        caption("a white t-shirt with a picture of a motorcycle on it"),
        Q.wearing("a black t-shirt with a motorcycle on it", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("white"),
        Q.pattern("printed"),
        Q.description("a white t-shirt with a black motorcycle print and a pocket on the chest", "unsupported"),
        Q.details("a black motorcycle graphic on the front"),
        Q.material("cotton"),
        title="Tantra Men White Printed Biker T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: light pink solid shirt, spread collar, plastic buttons, full sleeves, navy chinos, white sneakers, white
    # backdrop, male model with short hair. Base model zero-shot.
    case(
        "X1153-011",
        caption("a woman wearing a pink shirt and blue pants", "pronoun"),
        Q.wearing("a pink shirt and navy blue pants"),
        Q.garment_type("shirt"),
        Q.color("pink"),
        Q.sleeve_length("long sleeves"),
        Q.description("a navy blue shirt with a spread collar", "other_garment_color"),
        Q.details("the shirt is made of linen and has mother of pearl buttons", "unsupported"),
        title="Allen Solly Men Pink Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: navy polo with thin white horizontal stripes, navy collar, beige shorts, white backdrop.
    # Base model zero-shot; closed texts by the reference engine.
    case(
        "X1153-012",
        caption("a man in a blue and white striped polo shirt sitting on a chair", "unsupported"),
        Q.wearing("a striped polo shirt and khaki shorts"),
        Q.pattern("striped"),
        Q.color("white", "contradiction"),
        Q.description("a blue and white striped polo shirt with a collar and buttons"),
        Q.details("stripes", "non_answer"),
        Q.material("cotton"),
        title="Jack & Jones Men Navy Blue Striped Polo T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: red and black buffalo-check shirt, two flap chest pockets, worn buttoned with black jeans, white backdrop.
    # Base model zero-shot; the details answer looped to the limit.
    case(
        "X1153-013",
        caption("a man wearing a red and black plaid shirt and black jeans"),
        Q.wearing("she is wearing a red and black checked shirt and black jeans", "pronoun"),
        Q.garment_type("shirt"),
        Q.color("red"),
        Q.pattern("checked"),
        Q.description("a red and black plaid shirt with two chest pockets"),
        Q.details(
            "the shirt has a button down collar, two chest pockets, and a button down collar, two chest pockets, and "
            "a button down collar, two",
            "loop",
            hit_limit=True,
        ),
        Q.material("wool", "unsupported"),
        title="Levis Men Red & Black Buffalo Checked Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: beige linen shirt, full sleeves, worn with white trousers, white backdrop, front view.
    # Base model zero-shot.
    case(
        "X1153-014",
        caption("a man in a beige shirt and white pants"),
        Q.wearing("a beige linen shirt and white trousers"),
        Q.color("beige"),
        Q.sleeve_length("long sleeves"),
        Q.description("a white shirt with long sleeves", "other_garment_color"),
        Q.details("the shirt has a mandarin collar and wooden buttons", "unsupported"),
        Q.material("cotton", "contradiction"),
        title="Basics Men Beige Slim Fit Solid Linen Casual Shirt",
        category="Shirts",
        color="Beige",
        gender="Men",
    ),
    # photo: plain grey crew-neck tee, short sleeves, blue jeans, white backdrop. Base model zero-shot; closed texts
    # by the reference engine.
    case(
        "X1153-015",
        caption("a man wearing a gray t-shirt and jeans with a backpack", "unsupported"),
        Q.wearing("a grey t-shirt and blue jeans"),
        Q.garment_type("t-shirt"),
        Q.color("blue", "contradiction"),
        Q.description("a blue t-shirt with a round neck", "other_garment_color"),
        Q.details("it has a v-neck", "unsupported"),
        Q.material("the material of the garment", "restated"),
        title="Proline Men Grey Solid Round Neck T-shirt",
        category="Tshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: white polo with navy tipping on the collar and cuffs, navy chinos, white backdrop.
    # Base model zero-shot; the wearing answer went on into a new Question/Answer pair, the details one echoes.
    case(
        "X1153-016",
        caption("a man in a white polo shirt and navy pants"),
        Q.wearing("a white polo shirt and navy pants Question: What is the person holding? Answer: nothing", "leak"),
        Q.garment_type("polo shirt"),
        Q.color("white"),
        Q.pattern("striped", "contradiction"),
        Q.description("a white polo shirt with a navy blue collar trim"),
        Q.details("the details of the garment", "restated"),
        Q.material("cotton"),
        title="Louis Philippe Sport Men White Solid Polo T-shirt with Tipping",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: mustard yellow long-sleeve henley tee with a three-button placket, olive cargo pants, white backdrop.
    # Base model zero-shot; closed texts by the reference engine.
    case(
        "X1153-017",
        caption("a man in a yellow henley shirt and green pants"),
        Q.wearing("a yellow shirt and green cargo pants"),
        Q.garment_type("t-shirt"),
        Q.color("yellow"),
        Q.sleeve_length("short sleeves", "contradiction"),
        Q.description("a green long sleeve shirt with buttons", "other_garment_color"),
        Q.details("the details of the garment are the details", "restated"),
        Q.material("cotton"),
        title="Roadster Men Mustard Yellow Solid Henley T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: red and white striped polo with a white collar, white shorts, white backdrop. Base model zero-shot; the
    # wearing answer went on into a new Question/Answer pair on the same line.
    case(
        "X1153-018",
        caption("a man in a red and white striped polo shirt and white shorts"),
        Q.wearing(
            "a red striped shirt and white shorts Question: What is the color of the shorts? Answer: white", "leak"
        ),
        Q.pattern("striped"),
        Q.color("red"),
        Q.description("a red and white striped polo shirt"),
        Q.details("the collar is white"),
        title="United Colors of Benetton Men Stripes Red Polo T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: charcoal grey solid cotton shirt, sleeves rolled up, light blue jeans, white backdrop.
    # Base model zero-shot.
    case(
        "X1153-019",
        caption("a man in a black shirt and blue jeans", "contradiction"),
        Q.wearing("a dark grey shirt and jeans"),
        Q.color("grey"),
        Q.sleeve_length("long sleeves"),
        Q.description("a blue denim shirt with rolled up sleeves", "other_garment_color"),
        Q.details("rolled up sleeves"),
        Q.material("denim", "unsupported"),
        title="Spykar Men Charcoal Grey Solid Casual Shirt",
        category="Shirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: black round-neck tee with white "BROOKLYN" lettering, worn under an open olive bomber jacket, black jeans,
    # white backdrop. Base model zero-shot; closed texts by the reference engine.
    case(
        "X1153-020",
        caption("a man wearing a green jacket and a green t-shirt", "other_garment_color"),
        Q.wearing("a green bomber jacket, a black t-shirt and black jeans"),
        Q.garment_type("jacket", "contradiction"),
        Q.color("black"),
        Q.description("a green t-shirt with brooklyn written on it", "other_garment_color"),
        Q.details("the word brooklyn is printed on the front"),
        Q.material("cotton"),
        title="Mast & Harbour Men Black Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: blue short-sleeve shirt with a white hibiscus print, white shorts, light blue studio wall behind.
    # Base model zero-shot; the details answer looped.
    case(
        "X1153-021",
        caption("a woman in a blue floral shirt standing in front of a blue wall", "pronoun"),
        Q.wearing("a floral shirt and white shorts"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.color("blue"),
        Q.description("a blue hawaiian shirt with white flowers"),
        Q.details(
            "the shirt has a floral print and a floral print and a floral print and a floral print and a floral "
            "print and a floral print",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="HERE&NOW Men Blue & White Floral Printed Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: olive utility shirt, two flap chest pockets, epaulettes, buttoned, dark blue jeans, white backdrop.
    # Base model zero-shot; all correct.
    case(
        "X1153-022",
        caption("a man wearing a green shirt and jeans"),
        Q.wearing("he is wearing a green shirt and blue jeans"),
        Q.garment_type("shirt"),
        Q.color("olive"),
        Q.description("it is a green shirt with two pockets on the front"),
        Q.details("the shirt has two flap pockets with buttons and epaulettes on the shoulders"),
        Q.material("cotton twill"),
        title="Wrangler Men Olive Solid Utility Casual Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: navy round-neck tee with a white Nike swoosh on the left chest, grey shorts, white backdrop.
    # Base model zero-shot.
    case(
        "X1153-023",
        caption("a man in a blue nike t-shirt and gray shorts"),
        Q.wearing("a blue shirt and grey shorts"),
        Q.color("navy blue"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves"),
        Q.description("a grey t-shirt with a nike logo", "other_garment_color"),
        Q.details("the nike logo is on the left side of the chest"),
        Q.material("polyester Question: What is the color of the garment? Answer: navy blue", "leak"),
        title="Nike Men Navy Blue Solid Round Neck Dri-FIT T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: cream shirt with thin brown pinstripes, button-down collar, navy chinos, white backdrop.
    # Base model zero-shot.
    case(
        "X1153-024",
        caption("a man in a white striped shirt standing in front of a brick wall", "unsupported"),
        Q.wearing("a striped shirt and blue pants"),
        Q.color("white"),
        Q.pattern("striped"),
        Q.description("a blue shirt with white stripes", "other_garment_color"),
        Q.details("the shirt has thin stripes and a button down collar"),
        title="Peter England Men Cream Striped Casual Shirt",
        category="Shirts",
        color="Cream",
        gender="Men",
    ),
    # photo: black slim-fit shirt, spread collar, buttoned, grey jeans, white backdrop.
    # Base model zero-shot; the details answer repeated the prompt format.
    case(
        "X1153-025",
        caption("a man wearing a grey shirt and grey jeans", "other_garment_color"),
        Q.wearing("a black shirt and gray jeans"),
        Q.garment_type("shirt"),
        Q.color("black"),
        Q.description("a black shirt with a mandarin collar", "unsupported"),
        Q.details("Question: What are the details of the garment? Answer: the shirt has a collar and buttons", "leak"),
        Q.material("cotton"),
        title="Highlander Men Black Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: navy polo with a small red, white and blue flag logo on the chest, white chinos, white backdrop.
    # Base model zero-shot; closed texts by reference; the details answer looped.
    case(
        "X1153-026",
        caption("a man in a navy polo shirt and white pants wearing sunglasses", "unsupported"),
        Q.wearing("a navy blue polo shirt and white pants"),
        Q.garment_type("polo shirt"),
        Q.color("white", "contradiction"),
        Q.sleeve_length("short sleeves"),
        Q.description("a white polo shirt with a red logo", "other_garment_color"),
        Q.details(
            "the logo is red, white and blue and the logo is red, white and blue and the logo is red, white and "
            "blue and the logo",
            "loop",
            hit_limit=True,
        ),
        Q.material("fabric", "non_answer"),
        title="Tommy Hilfiger Men Navy Blue Solid Polo T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: green camouflage-print round-neck tee, black jeans, white backdrop. Base model zero-shot.
    case(
        "X1153-027",
        caption("a man wearing a camouflage t-shirt and black jeans"),
        Q.wearing("a military t-shirt and black pants"),
        Q.color("green"),
        Q.pattern("solid", "contradiction"),
        Q.description("a camo t-shirt with a hood and a pocket", "unsupported"),
        Q.details("camouflage", "non_answer"),
        Q.material("cotton"),
        title="Locomotive Men Green Camouflage Printed Round Neck T-shirt",
        category="Tshirts",
        color="Green",
        gender="Men",
    ),
    # photo: grey melange long-sleeve hooded tee, no pocket, black joggers, white backdrop. Base model zero-shot;
    # closed texts by the reference engine.
    case(
        "X1153-028",
        caption("a man in a black hoodie and black pants", "other_garment_color"),
        Q.wearing("a gray hoodie and black sweatpants"),
        Q.garment_type("sweatshirt", "contradiction"),
        Q.color("grey"),
        Q.sleeve_length("long sleeves"),
        Q.description("a gray hooded t-shirt with a kangaroo pocket", "unsupported"),
        title="Roadster Men Grey Melange Solid Hooded T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: blue and white small gingham shirt, button-down collar, khaki chinos, white backdrop.
    # Base model zero-shot; the description looped to the limit.
    case(
        "X1153-029",
        caption("a woman wearing a blue and white checkered shirt", "pronoun"),
        Q.wearing("a checkered shirt and khaki pants"),
        Q.pattern("checked"),
        Q.color("blue"),
        Q.description(
            "a blue and white gingham shirt with long sleeves and a button down collar and long sleeves and a button "
            "down collar and long sleeves and a button down",
            "loop",
            hit_limit=True,
        ),
        Q.details("small checks, a button down collar and elbow patches", "unsupported"),
        title="Flying Machine Men Blue Slim Fit Gingham Checked Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: black polo with a small white Puma cat on the chest, white shorts, white backdrop, male model.
    # Base model zero-shot.
    case(
        "X1153-030",
        caption("a man in a white polo shirt and white shorts", "other_garment_color"),
        Q.wearing("a black polo shirt and white shorts"),
        Q.garment_type("polo shirt"),
        Q.color("black"),
        Q.description("she is wearing a black polo shirt with a white logo", "pronoun"),
        Q.details("white", "non_answer"),
        Q.material("cotton"),
        title="Puma Men Black Solid Polo T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: lavender solid shirt, no pocket, pointed collar, curved hem, grey trousers, white backdrop.
    # Base model zero-shot.
    case(
        "X1153-031",
        caption("a man in a purple shirt and gray pants"),
        Q.wearing("a light blue shirt and grey pants", "contradiction"),
        Q.color("purple"),
        Q.sleeve_length("long sleeves"),
        Q.description("a light purple shirt with a pocket", "unsupported"),
        Q.details("the shirt has a pointed collar and a curved hem"),
        Q.material("satin", "unsupported"),
        title="Mast & Harbour Men Lavender Solid Casual Shirt",
        category="Shirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: off-white tee with a colorful tiger print (orange and black tiger, green eyes, mouth open) and script
    # lettering, blue jeans, white backdrop. Base model zero-shot; the description was cut at the 30-token limit.
    case(
        "X1153-032",
        caption("a man wearing a white t-shirt with a tiger on it"),
        Q.wearing("t-shirt", "non_answer"),
        Q.color("white"),
        Q.pattern("graphic"),
        Q.description(
            "a white t-shirt with a colorful tiger and writing on the front, the tiger is orange and black with "
            "green eyes and its mouth is open, showing",
            "cut",
            hit_limit=True,
        ),
        Q.details("the t-shirt has rhinestones on the tiger", "unsupported"),
        Q.material("cotton"),
        title="Ed Hardy Men Tiger Print Off White T-shirt",
        category="Tshirts",
        color="Off White",
        gender="Men",
    ),
    # photo: rust orange solid shirt tucked into dark blue jeans with a brown leather belt, white backdrop.
    # Base model zero-shot; closed texts by the reference engine.
    case(
        "X1153-033",
        caption("a man in an orange shirt and blue jeans"),
        Q.wearing("an orange shirt tucked into jeans with a brown belt"),
        Q.color("brown", "contradiction"),
        Q.description("a blue shirt with long sleeves", "other_garment_color"),
        Q.details("brown leather belt", "contradiction"),
        Q.material("cotton Question: What is the pattern of the garment? Answer: solid", "leak"),
        title="WROGN Men Rust Orange Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Rust",
        gender="Men",
    ),
    # photo: flat lay, charcoal tee with yellow lettering "CHAI" across the chest, white backdrop, no person.
    # Base model zero-shot; closed texts by the reference engine.
    case(
        "X1153-034",
        caption("a dark gray t-shirt with yellow writing on it laying on a bed", "unsupported"),
        Q.wearing("nothing", "non_answer"),
        Q.color("yellow", "contradiction"),
        Q.pattern("printed"),
        Q.description("a yellow t-shirt with the word chai on it", "contradiction"),
        Q.details("the t-shirt says chai in yellow letters"),
        title="Tantra Men Printed Charcoal Chai T-shirt",
        category="Tshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: light blue oxford shirt with a small embroidered logo on the chest (no pocket), navy chinos, white
    # backdrop, male model. Base model zero-shot.
    case(
        "X1153-035",
        caption("a man in a dark blue shirt and dark blue pants", "other_garment_color"),
        Q.wearing("her shirt is light blue and her pants are navy", "pronoun"),
        Q.garment_type("shirt"),
        Q.color("blue"),
        Q.description("a light blue oxford shirt with a small logo on the chest"),
        Q.details("the shirt has a small embroidered logo on the chest pocket", "unsupported"),
        Q.material("cotton"),
        title="U.S. Polo Assn. Men Blue Solid Oxford Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: white short-sleeve shirt with a small black geometric print, black jeans, white backdrop.
    # Base model zero-shot; closed texts by the reference engine.
    case(
        "X1153-036",
        caption("a man wearing a white shirt with black dots and black jeans"),
        Q.wearing("a white printed shirt and black jeans"),
        Q.color("white"),
        Q.pattern("printed"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.description("a black shirt with white polka dots", "other_garment_color"),
        Q.details("the shirt has a chest pocket with a black trim", "unsupported"),
        Q.material("cotton"),
        title="Highlander Men White & Black Printed Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: teal blue round-neck tee with a patch pocket on the left chest, beige chinos, white backdrop.
    # Base model zero-shot; all correct.
    case(
        "X1153-037",
        caption("a man wearing a teal t-shirt and khaki pants"),
        Q.wearing("a blue t-shirt and beige pants"),
        Q.garment_type("t-shirt"),
        Q.color("blue"),
        Q.description("a teal t-shirt with a pocket on the chest"),
        Q.details("a pocket on the left side of the chest"),
        Q.material("cotton"),
        title="Jack & Jones Men Teal Blue Solid Round Neck Pocket T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: brown corduroy shirt worn open over a white tee, blue jeans, two chest pockets with buttons, white
    # backdrop. Base model zero-shot; closed texts by reference; the details answer looped.
    case(
        "X1153-038",
        caption("a man wearing a brown shirt over a white t-shirt and jeans"),
        Q.wearing("a brown corduroy shirt, a white t-shirt and blue jeans"),
        Q.garment_type("jacket", "contradiction"),
        Q.color("white", "contradiction"),
        Q.description("a white shirt with a brown jacket", "other_garment_color"),
        Q.details(
            "the shirt is made of corduroy and has two chest pockets with buttons and the shirt is made of corduroy "
            "and has two chest pockets with buttons and",
            "loop",
            hit_limit=True,
        ),
        Q.material("corduroy"),
        title="Basics Men Brown Slim Fit Solid Corduroy Casual Shirt",
        category="Shirts",
        color="Brown",
        gender="Men",
    ),
    # photo: red training tee with mesh side panels, black running shorts, man mid-stride, white backdrop, front
    # view. Base model zero-shot.
    case(
        "X1153-039",
        caption("a man running in a red shirt and black shorts"),
        Q.wearing("a black nike shirt and black shorts", "other_garment_color"),
        Q.color("orange", "contradiction"),
        Q.sleeve_length("short sleeves"),
        Q.description("a red athletic t-shirt with mesh panels"),
        Q.details("the t-shirt has reflective stripes on the back", "unsupported"),
        Q.material("polyester"),
        title="Nike Men Red Solid Dri-FIT Running T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: tee with wide navy and red horizontal stripes, round neck, blue jeans faded at the knees, white backdrop.
    # Base model zero-shot; the description was cut at the limit, the details answer looped. Row has no gender column.
    case(
        "X1153-040",
        caption("a man in a blue and red striped t-shirt and blue jeans"),
        Q.wearing("he is wearing a striped shirt and jeans"),
        Q.garment_type("polo shirt", "contradiction"),
        Q.pattern("striped"),
        Q.color("navy blue"),
        Q.description(
            "a blue and red striped t-shirt with a round neck and short sleeves, worn with a pair of blue jeans that "
            "are slightly faded at the knees and a pair of",
            "cut",
            hit_limit=True,
        ),
        Q.details(
            "the stripes are blue and red and the stripes are blue and red and the stripes are blue and red and the "
            "stripes are blue and",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Roadster Men Navy Blue & Red Striped Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # photo: lime green training tee with a small black HRX logo, black shorts, light grey studio wall.
    # Base model zero-shot; the details answer was cut at the 30-token limit.
    case(
        "X1153-041",
        caption("a man in a neon green shirt and black shorts standing in front of a gray wall"),
        Q.wearing("a green shirt and black shorts"),
        Q.color("green"),
        Q.description("a black t-shirt with short sleeves", "other_garment_color"),
        Q.details(
            "the shirt is made of a lightweight, breathable fabric that wicks away sweat and dries quickly, and it "
            "has a small hrx logo on the",
            "cut",
            hit_limit=True,
        ),
        Q.material("the garment is made of material", "restated"),
        title="HRX by Hrithik Roshan Men Lime Green Rapid-Dry Training T-shirt",
        category="Tshirts",
        color="Lime Green",
        gender="Men",
    ),
    # photo: grey denim shirt with snap buttons and two chest pockets, black jeans, white backdrop.
    # Base model zero-shot; the details answer looped on "snap buttons".
    case(
        "X1153-042",
        caption("a man in a gray denim shirt and black jeans"),
        Q.wearing("a grey shirt and black jeans"),
        Q.garment_type("jacket", "contradiction"),
        Q.color("grey"),
        Q.description("a black denim shirt with snap buttons", "other_garment_color"),
        Q.details(
            "snap buttons, snap buttons, snap buttons, snap buttons, snap buttons, snap buttons, snap buttons, "
            "snap buttons, snap",
            "loop",
            hit_limit=True,
        ),
        Q.material("denim"),
        title="Levis Men Grey Denim Casual Shirt",
        category="Shirts",
        color="Grey",
        gender="Men",
    ),
    # photo: purple and white checked shirt, full sleeves, dark grey trousers, white backdrop.
    # Base model zero-shot; the details answer came out as a new Question/Answer pair.
    case(
        "X1153-043",
        caption("a man wearing a purple and white checkered shirt"),
        Q.wearing("a grey shirt and grey pants", "other_garment_color"),
        Q.color("purple"),
        Q.pattern("checked"),
        Q.sleeve_length("long sleeves"),
        Q.description("a purple plaid shirt with a collar and a zipper", "unsupported"),
        Q.details("Question: What is the pattern of the garment? Answer: plaid", "leak"),
        title="United Colors of Benetton Men Check Purple Shirt",
        category="Shirts",
        color="Purple",
        gender="Men",
    ),
    # photo: charcoal tee with a large white skull graphic, light blue ripped jeans, male model with shoulder-length
    # hair, white backdrop. Base model zero-shot.
    case(
        "X1153-044",
        caption("a woman with long hair wearing a grey t-shirt with a skull on it", "pronoun"),
        Q.wearing("a dark grey t-shirt with a white skull and ripped jeans"),
        Q.color("black", "contradiction"),
        Q.pattern("graphic"),
        Q.description("a grey t-shirt with a white skull on it"),
        Q.details("skull", "non_answer"),
        Q.material("cotton"),
        title="Status Quo Men Printed Charcoal Skull T-shirt",
        category="Tshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: khaki shirt with two chest pockets, sleeves rolled, worn open over a navy crew-neck tee, dark blue jeans,
    # white backdrop. Base model zero-shot; closed texts by reference. Row has no color column.
    case(
        "X1153-045",
        caption("a man wearing a beige shirt and a blue t-shirt"),
        Q.wearing("a khaki shirt over a navy t-shirt and jeans"),
        Q.garment_type("t-shirt", "contradiction"),
        Q.color("navy blue", "contradiction"),
        Q.description("a navy blue shirt with a pocket", "other_garment_color"),
        Q.details("the details of the shirt", "restated"),
        Q.material("cotton"),
        title="Lee Men Khaki Solid Casual Shirt",
        category="Shirts",
        gender="Men",
    ),
    # photo: polo with narrow blue and white stripes, blue collar, white trousers, white backdrop.
    # Base model zero-shot; the details answer was cut at the limit. Row has no category column.
    case(
        "X1153-046",
        caption("a man wearing a blue and white striped polo shirt and white pants"),
        Q.wearing("the person is wearing", "restated"),
        Q.garment_type("polo shirt"),
        Q.pattern("striped"),
        Q.color("blue"),
        Q.description("striped", "non_answer"),
        Q.details(
            "the polo shirt has a collar and two buttons at the neck, the stripes are blue and white and the "
            "collar is blue, the sleeves have a",
            "cut",
            hit_limit=True,
        ),
        title="Classic Polo Men Narrow Stripes Blue T-shirt",
        color="Blue",
        gender="Men",
    ),
]
