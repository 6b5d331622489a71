"""BLIND_1464 (45 products; Myntra men's tees, polos and shirts, base OPT-2.7b zero-shot): written blind in the sixty-
fifth session. Measured blind at 81d2e84 (the session's second rules): 43/54 failures found (79.6%) and 18/235
correct texts flagged (7.7%). The writer's notes, verbatim:

Scenario: a Myntra men's topwear feed (article types Tshirts, which on Myntra includes polos, and Shirts), the
marketplace's own columns (title, category = article type, color = base colour, gender), one of them missing now and
then as in a real export. The photos are the catalog's usual shots: a model on a plain grey or white backdrop wearing
the product with jeans, chinos, shorts or trousers, sometimes a blazer or an open overshirt on top; now and then a
flat lay, a folded shirt, a back view, a prop (water bottle, sunglasses, stool).
Who wrote what: every text comes from the untuned Salesforce/blip2-opt-2.7b. The caption is its zero-shot caption
(no prompt, greedy, 50 new tokens); the answers are enrich's default questionnaire asked with free generation
(`Question: ... Answer:`, greedy, 30 new tokens, stopping on the newline), so the closed questions hold the raw
generated text. Not every product got every question: 4 to 8 per product, as the job's retries left them.
Labeling conventions and judgement calls: judged by the imagined photo and the title. The base model answers short
questions well; most failures sit in the open questions (description, details, material) and in the color question
when a second garment dominates the frame. A color answer that is the color of the other garment in the photo (jeans,
chinos, blazer, inner tee) is other_garment_color; a color or garment type that is simply wrong for the product
(navy read as black, a henley called a sweater, a suit for a shirt) is contradiction, and so is a wrong color for
the non-product garment when the text repeats one color for both. A close reading of the seller's colour (teal as
green, maroon as red, lavender as purple, mustard as yellow) is left correct. "cotton" for a knit tee or a plain
casual shirt whose title names no material is left correct (a fair reading of the photo, and what most of the feed
is); a material the title contradicts is contradiction; a material neither the title nor the photo supports is
unsupported. Invented details (a pocket, tie, reflective strips or white collar the photo does not show, a brand
that is not the product's) are unsupported. An answer that only returns the question's words ("the details of the
garment are the details of the garment") is restated; one that says nothing (empty, "i don't know", "it's a
shirt" to the details question) is non_answer. Answers that run on into a new "Question:" or repeat "Answer:"
are leak. Loops and cut answers ran to the token limit and carry hit_limit. "What is the person wearing?" on a flat
lay answered with the product is left correct; "i don't know" for sleeves a folded shirt hides is still non_answer.
A pack of three answered with one of its colors is contradiction; "none" as the pattern of a solid shirt is correct.
About one text in five is wrong: fewer than the fine-tuned adapters would give, since the untuned model stops on the
newline and answers the short closed questions well.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import caption, case

BLIND_1464 = [
    # Photo: model, front, navy round-neck tee, light-wash blue jeans, grey backdrop.
    # Caption: base zero-shot; answers: base, free generation. The white logo is invented on a plain tee.
    case(
        "X1464-001",
        caption("a man wearing a navy blue t-shirt and jeans"),
        Q.wearing("a blue t-shirt and jeans"),
        Q.garment_type("t-shirt"),
        Q.color("navy blue"),
        Q.sleeve_length("short"),
        Q.description("a blue t-shirt with a white logo on the chest", "unsupported"),
        Q.material("cotton"),
        gender="Men",
        title="Roadster Men Navy Blue Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: model, front, black tee with a large white "HRX" print on the chest, black joggers.
    # Caption: base zero-shot; answers: base, free generation.
    case(
        "X1464-002",
        caption("a man wearing a black t-shirt with the word hrx on it"),
        Q.wearing("a black t-shirt with hrx written on it"),
        Q.color("black"),
        Q.pattern("graphic"),
        Q.description("a black t-shirt with a white logo on the front"),
        Q.details("the logo is on the front of the shirt"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: model, front, white polo with the small embroidered USPA logo, navy chinos, light grey backdrop.
    # Caption: base zero-shot; answers: base, free generation. The color answer is the chinos'.
    case(
        "X1464-003",
        caption("a man in a white polo shirt and blue pants"),
        Q.wearing("a white polo shirt and blue pants"),
        Q.garment_type("polo shirt"),
        Q.color("blue", "other_garment_color"),
        Q.sleeve_length("short"),
        Q.details("the logo on the chest"),
        Q.material("cotton"),
        gender="Men",
        title="U.S. Polo Assn. Men White Solid Polo Collar Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: model, front, white formal shirt tucked into black trousers, no chest pocket, white backdrop.
    # Caption: base zero-shot; answers: base, free generation. The pocket is invented.
    case(
        "X1464-004",
        caption("a man in a white shirt and black pants"),
        Q.wearing("a white shirt and black pants"),
        Q.garment_type("dress shirt"),
        Q.color("white"),
        Q.sleeve_length("long"),
        Q.description("a white dress shirt with a collar and buttons"),
        Q.details("the shirt has a pocket on the left side of the chest", "unsupported"),
        gender="Men",
        title="Louis Philippe Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: model, front, blue-and-white checked casual shirt, full sleeves, dark jeans, one chest pocket.
    # Caption: base zero-shot; answers: base, free generation. The details answer ran to the limit.
    case(
        "X1464-005",
        caption("a man wearing a blue and white checkered shirt"),
        Q.color("blue"),
        Q.pattern("plaid"),
        Q.sleeve_length("long"),
        Q.description("a blue and white checkered shirt with a collar"),
        Q.details(
            "the shirt is made of cotton and has a button down collar and a pocket on the left side of the chest and a",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="HIGHLANDER Men Blue & White Slim Fit Checked Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: model, front, olive casual shirt worn open over a white crew-neck tee, black jeans.
    # Caption: base zero-shot; answers: base, free generation. The color answer is the inner tee's.
    case(
        "X1464-006",
        caption("a man wearing a green shirt and black jeans"),
        Q.wearing("a green shirt and a white t-shirt"),
        Q.garment_type("shirt"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.material("cotton"),
        gender="Men",
        title="WROGN Men Olive Green Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Olive",
    ),
    # Photo: model, front, black polo with the small white Puma cat on the chest, grey shorts.
    # Caption: base zero-shot; answers: base, free generation. The title says polyester.
    case(
        "X1464-007",
        caption("a man wearing a black polo shirt with a puma logo"),
        Q.wearing("a black shirt and grey shorts"),
        Q.garment_type("polo shirt"),
        Q.color("black"),
        Q.sleeve_length("short"),
        Q.details("the puma logo on the chest"),
        Q.material("cotton", "contradiction"),
        gender="Men",
        title="Puma Men Black Solid dryCELL Polyester Polo T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: model, front, mustard round-neck tee, mid-blue jeans, white wall behind.
    # Caption: base zero-shot; answers: base, free generation. All correct.
    case(
        "X1464-008",
        caption("a man in a yellow t-shirt standing in front of a white wall"),
        Q.wearing("a yellow t-shirt and jeans"),
        Q.color("yellow"),
        Q.sleeve_length("short"),
        Q.description("a yellow t-shirt with a round neck"),
        Q.details("it has a round neck and short sleeves"),
        gender="Men",
        title="Mast & Harbour Men Mustard Yellow Solid Round Neck T-shirt",
        category="Tshirts",
        color="Mustard",
    ),
    # Photo: flat lay, white oversized tee with "NOT YOUR AVERAGE" in black across the chest; drop shoulders,
    # sleeves to the elbow. Caption: base zero-shot; answers: base, free generation. "long" is wrong for the photo.
    case(
        "X1464-009",
        caption("a white t-shirt with the words not your average on it"),
        Q.wearing("a white t-shirt with black text"),
        Q.color("white"),
        Q.pattern("text"),
        Q.sleeve_length("long", "contradiction"),
        Q.description("a white t-shirt with the words not your average printed on it"),
        Q.details("the words not your average"),
        gender="Men",
        title="Difference of Opinion Men White Typography Printed Oversized T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: model, front, grey melange crew-neck tee, black jeans.
    # Caption: base zero-shot; answers: base, free generation. A v-neck against the round neck; the details only echo.
    case(
        "X1464-010",
        caption("a man in a grey t-shirt and black jeans"),
        Q.wearing("a grey t-shirt and black jeans"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.description("a grey t-shirt with a v-neck", "contradiction"),
        Q.details("the details of the garment are the details of the garment", "restated"),
        Q.material("cotton"),
        gender="Men",
        title="Jack & Jones Men Grey Melange Solid Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # Photo: model, front, royal blue training tee with a white Nike swoosh, black shorts.
    # Caption: base zero-shot; answers: base, free generation. All correct.
    case(
        "X1464-011",
        caption("a man wearing a blue nike t-shirt and black shorts"),
        Q.garment_type("t-shirt"),
        Q.color("blue"),
        Q.sleeve_length("short"),
        Q.description("a blue t-shirt with a nike logo on the chest"),
        Q.details("nike dri fit"),
        Q.material("polyester"),
        gender="Men",
        title="Nike Men Blue Dri-FIT Training T-shirt",
        category="Tshirts",
        color="Blue",
    ),
    # Photo: model, front, navy shirt with a small white leaf print all over, beige chinos.
    # Caption: base zero-shot; answers: base, free generation. The pattern answer contradicts the description.
    case(
        "X1464-012",
        caption("a man wearing a navy blue shirt and khaki pants"),
        Q.color("blue"),
        Q.pattern("polka dots", "contradiction"),
        Q.sleeve_length("long"),
        Q.description("a navy blue shirt with a white floral print"),
        Q.details("it's a shirt", "non_answer"),
        gender="Men",
        title="Peter England Men Navy Blue Slim Fit Printed Casual Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Photo: model (short hair, stubble), front, pink formal shirt, grey trousers.
    # Caption: base zero-shot; answers: base, free generation. "she" for the male model; silk is a guess.
    case(
        "X1464-013",
        caption("a man wearing a pink shirt and grey pants"),
        Q.wearing("she is wearing a pink shirt and grey pants", "pronoun"),
        Q.garment_type("dress shirt"),
        Q.color("pink"),
        Q.sleeve_length("long"),
        Q.material("silk", "unsupported"),
        gender="Men",
        title="Allen Solly Men Pink Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Pink",
    ),
    # Photo: back view, model in a black tee with a large colourful tiger printed across the back.
    # Caption: base zero-shot; answers: base, free generation. All correct.
    case(
        "X1464-014",
        caption("the back of a man wearing a black t-shirt with a tiger on it"),
        Q.wearing("a black t-shirt"),
        Q.color("black"),
        Q.pattern("tiger"),
        Q.description("a black t-shirt with a tiger on the back"),
        Q.details("the tiger is on the back of the shirt"),
        title="Kook N Keech Men Black Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: model, front, light blue formal shirt with thin white stripes, navy trousers, no tie.
    # Caption: base zero-shot; answers: base, free generation. The tie is invented.
    case(
        "X1464-015",
        caption("a man wearing a blue striped shirt and tie", "unsupported"),
        Q.color("light blue"),
        Q.pattern("striped"),
        Q.sleeve_length("long"),
        Q.description("the shirt is light blue with white stripes"),
        Q.details("the shirt has a collar and buttons"),
        gender="Men",
        title="Van Heusen Men Blue Regular Fit Striped Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: model, front, red polo with a plain red collar and the small flag logo, white shorts.
    # Caption: base zero-shot; answers: base, free generation. The white collar is invented.
    case(
        "X1464-016",
        caption("a man in a red polo shirt and white shorts"),
        Q.wearing("a red polo shirt and white shorts"),
        Q.garment_type("polo"),
        Q.color("red"),
        Q.description("a red polo shirt with a white collar", "unsupported"),
        Q.details("a tommy hilfiger logo on the chest"),
        gender="Men",
        title="Tommy Hilfiger Men Red Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # Photo: model, front, maroon full-sleeve henley (three buttons), blue jeans.
    # Caption: base zero-shot; answers: base, free generation. A henley tee is not a sweater; no pocket.
    case(
        "X1464-017",
        caption("a man in a maroon long sleeve shirt and jeans"),
        Q.wearing("a maroon shirt and blue jeans"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("maroon"),
        Q.sleeve_length("long"),
        Q.description("a maroon henley shirt with three buttons"),
        Q.details("the shirt has three buttons and a pocket", "unsupported"),
        gender="Men",
        title="Urbano Fashion Men Maroon Solid Henley Neck Full Sleeve T-shirt",
        category="Tshirts",
        color="Maroon",
    ),
    # Photo: model, front, teal crew-neck tee, black jeans.
    # Caption: base zero-shot; answers: base, free generation. "green" for teal left correct; the jeans get blue.
    case(
        "X1464-018",
        caption("a man wearing a turquoise t-shirt"),
        Q.wearing("a blue t-shirt and blue jeans", "contradiction"),
        Q.color("green"),
        Q.sleeve_length("short"),
        Q.details("the shirt is short sleeved and has a round neck"),
        Q.material("cotton"),
        gender="Men",
        title="Campus Sutra Men Teal Blue Solid Round Neck T-shirt",
        category="Tshirts",
        color="Teal",
    ),
    # Photo: model, front, red-and-black buffalo-check flannel shirt buttoned up, two chest pockets, black jeans.
    # Caption: base zero-shot; answers: base, free generation. The details answer loops to the limit.
    case(
        "X1464-019",
        caption("a man wearing a red and black plaid shirt"),
        Q.color("red and black"),
        Q.pattern("plaid"),
        Q.description("a red and black plaid shirt with a button down collar and a pocket on the front"),
        Q.details(
            "buttons, buttons, buttons, buttons, buttons, buttons, buttons, buttons, buttons, buttons, buttons,"
            " buttons, buttons, buttons, buttons",
            "loop",
            hit_limit=True,
        ),
        Q.material("flannel"),
        gender="Men",
        title="Roadster Men Red & Black Buffalo Checked Flannel Casual Shirt",
        category="Shirts",
        color="Red",
    ),
    # Photo: model, front, white tee with navy horizontal stripes, khaki chinos.
    # Caption: base zero-shot; answers: base, free generation. The wearing answer runs on into a new question.
    case(
        "X1464-020",
        caption("a man in a striped shirt and khaki pants"),
        Q.wearing("a striped shirt Question: What is the color of the shirt? Answer: blue and white", "leak"),
        Q.color("white"),
        Q.pattern("stripes"),
        Q.sleeve_length("short"),
        gender="Men",
        title="HERE&NOW Men White & Navy Blue Striped Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: model, front, mid-blue denim shirt with two flap chest pockets and a red tab, black jeans.
    # Caption: base zero-shot; answers: base, free generation. All correct.
    case(
        "X1464-021",
        caption("a man in a denim shirt and black jeans"),
        Q.wearing("a denim shirt and jeans"),
        Q.garment_type("denim shirt"),
        Q.color("blue"),
        Q.description("a blue denim shirt with two pockets on the chest"),
        Q.details("the shirt has a red tab on the pocket"),
        Q.material("denim"),
        gender="Men",
        title="Levis Men Blue Slim Fit Denim Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: model, front, beige casual shirt, white trousers; a plain cotton poplin.
    # Caption: base zero-shot; answers: base, free generation. "white" is the trousers'; linen is a guess.
    case(
        "X1464-022",
        caption("a man in a beige shirt and white pants"),
        Q.wearing("a beige shirt and white pants"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("long"),
        Q.details("the details of the garment are beige", "restated"),
        Q.material("linen", "unsupported"),
        gender="Men",
        title="Dennis Lingo Men Beige Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Beige",
    ),
    # Photo: model, front, olive tee with a white mountain outline and "ADVENTURE" in white, blue jeans.
    # Caption: base zero-shot; answers: base, free generation. All correct.
    case(
        "X1464-023",
        caption("a man wearing an olive green t-shirt with mountains on it"),
        Q.wearing("a green t-shirt with a mountain on it"),
        Q.color("olive green"),
        Q.pattern("graphic"),
        Q.sleeve_length("short"),
        Q.description("a green t-shirt with a picture of mountains and the word adventure on it"),
        Q.details("the mountains are white and the word adventure is written in white"),
        gender="Men",
        title="Moda Rapido Men Olive Green Printed Round Neck T-shirt",
        category="Tshirts",
        color="Olive",
    ),
    # Photo: model, front, white formal shirt under an open navy blazer, grey trousers (styled shot).
    # Caption: base zero-shot; answers: base, free generation. The blazer takes over two answers.
    case(
        "X1464-024",
        caption("a man in a suit and white shirt"),
        Q.wearing("a suit"),
        Q.garment_type("suit", "contradiction"),
        Q.color("navy blue", "other_garment_color"),
        Q.sleeve_length("long"),
        Q.description("a white shirt with a navy blue blazer"),
        Q.details("the suit is navy blue and the shirt is white"),
        gender="Men",
        title="Arrow Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: model mid-stride, navy running tee, black shorts, holding a water bottle; front view.
    # Caption: base zero-shot; answers: base, free generation. No strips on the front, and the back is not shown.
    case(
        "X1464-025",
        caption("a man in a blue shirt holding a water bottle"),
        Q.wearing("a blue shirt and black shorts"),
        Q.garment_type("t-shirt"),
        Q.color("blue"),
        Q.details("the shirt has reflective strips on the back", "unsupported"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Navy Blue Rapid-Dry Running T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: model, front, navy polo with thin white horizontal stripes, stone chinos.
    # Caption: base zero-shot, looped to the 50-token limit; answers: base, free generation.
    case(
        "X1464-026",
        caption(
            "a man wearing a blue and white striped polo shirt with a blue and white striped polo shirt with a blue"
            " and white striped polo shirt with a blue and white striped polo shirt",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("polo shirt"),
        Q.color("navy blue and white"),
        Q.pattern("striped"),
        Q.sleeve_length("short"),
        Q.description("a blue and white striped polo shirt"),
        Q.details(
            "the collar is white and the sleeves are white and the collar is white and the sleeves are white and the"
            " collar is white",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="U.S. Polo Assn. Men Navy Blue Striped Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: model, front, grey polo, dark indigo jeans.
    # Caption: base zero-shot; answers: base, free generation. The jeans get the polo's grey.
    case(
        "X1464-027",
        caption("a man in a grey polo shirt"),
        Q.wearing("a grey shirt and grey pants", "contradiction"),
        Q.garment_type("polo shirt"),
        Q.color("grey"),
        Q.sleeve_length("short"),
        Q.material("cotton"),
        gender="Men",
        title="Louis Philippe Sport Men Grey Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Grey",
    ),
    # Photo: flat lay, three folded crew-neck tees side by side: black, white, grey.
    # Caption: base zero-shot; answers: base, free generation. One color for a pack of three.
    case(
        "X1464-028",
        caption("three t-shirts in black, white and grey"),
        Q.wearing("three t-shirts"),
        Q.garment_type("t-shirt"),
        Q.color("black", "contradiction"),
        Q.sleeve_length("short"),
        Q.description("three t-shirts, one black, one white and one grey"),
        gender="Men",
        title="Roadster Men Pack of 3 Solid Round Neck Pure Cotton T-shirts",
        category="Tshirts",
        color="Multi",
    ),
    # Photo: model, front, black casual shirt, black jeans (both genuinely black).
    # Caption: base zero-shot; answers: base, free generation. "none" for a solid shirt left correct.
    case(
        "X1464-029",
        caption("a man in a black shirt and black jeans"),
        Q.wearing("a black shirt and black pants"),
        Q.color("black"),
        Q.pattern("none"),
        Q.sleeve_length("long"),
        Q.details("the details of the garment are black", "restated"),
        Q.material("cotton"),
        gender="Men",
        title="WROGN Men Black Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Black",
    ),
    # Photo: model, front, navy mandarin-collar shirt with one chest pocket, light grey chinos.
    # Caption: base zero-shot; answers: base, free generation. Navy read as black, twice.
    case(
        "X1464-030",
        caption("a man wearing a dark blue shirt and grey pants"),
        Q.wearing("a black shirt and grey pants", "contradiction"),
        Q.garment_type("shirt"),
        Q.color("black", "contradiction"),
        Q.pattern("solid"),
        Q.description("a blue shirt with a mandarin collar"),
        Q.details("it has a mandarin collar and a pocket on the left side"),
        gender="Men",
        title="Mast & Harbour Men Navy Blue Solid Mandarin Collar Casual Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Photo: model, front, yellow tee with a black cartoon skull in a bandana, blue jeans.
    # Caption: base zero-shot; answers: base, free generation. The sunglasses are invented.
    case(
        "X1464-031",
        caption("a man wearing a yellow t-shirt with a skull on it"),
        Q.wearing("he is wearing a yellow t-shirt"),
        Q.color("yellow"),
        Q.pattern("skull"),
        Q.description("a yellow t-shirt with a black skull on it"),
        Q.details("the skull is wearing sunglasses", "unsupported"),
        gender="Men",
        title="Huetrap Men Yellow Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="Yellow",
    ),
    # Photo: model seated on a wooden stool, white tee with a red batwing logo, blue jeans.
    # Caption: base zero-shot; answers: base, free generation. The color answer is the logo's; a run-on.
    case(
        "X1464-032",
        caption("a man sitting on a stool wearing a white t-shirt"),
        Q.wearing("a white t-shirt and blue jeans"),
        Q.color("red", "contradiction"),
        Q.pattern("logo"),
        Q.description("a white t-shirt with a red levi's logo on the front"),
        Q.details("logo Question: What is the logo? Answer: levi's", "leak"),
        gender="Men",
        title="Levis Men White Brand Logo Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: model, front, lavender polo, white chinos.
    # Caption: base zero-shot; answers: base, free generation. The details answer came back empty.
    case(
        "X1464-033",
        caption("a man in a purple polo shirt and white pants"),
        Q.wearing("a purple polo shirt and white pants"),
        Q.garment_type("polo shirt"),
        Q.color("purple"),
        Q.sleeve_length("short"),
        Q.details("", "non_answer"),
        title="Allen Solly Men Lavender Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Lavender",
    ),
    # Photo: model, front, charcoal full-sleeve shirt with the sleeves rolled to the elbow, blue jeans.
    # Caption: base zero-shot; answers: base, free generation. "short" for rolled-up full sleeves.
    case(
        "X1464-034",
        caption("a man wearing a grey shirt with rolled up sleeves"),
        Q.wearing("a grey shirt and blue jeans"),
        Q.color("grey"),
        Q.sleeve_length("short", "contradiction"),
        Q.description("a grey shirt with rolled up sleeves"),
        Q.material("cotton"),
        gender="Men",
        title="HIGHLANDER Men Charcoal Grey Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Charcoal",
    ),
    # Photo: model, front, black oversized tee with an anime girl (long hair, school uniform, a katana) printed.
    # Caption: base zero-shot; answers: base, free generation. "she" from the print; details loop.
    case(
        "X1464-035",
        caption("a man in a black t-shirt with an anime character on it"),
        Q.wearing("she is wearing a black t-shirt with a girl on it", "pronoun"),
        Q.color("black"),
        Q.sleeve_length("short"),
        Q.description("a black t-shirt with a picture of a girl on it"),
        Q.details(
            "the girl has long hair and is wearing a school uniform and has a sword and a sword and a sword and a"
            " sword and",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Difference of Opinion Men Black Anime Printed Oversized T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: model, front, white oxford button-down shirt with a small flag logo, khaki chinos.
    # Caption: base zero-shot; answers: base, free generation. All correct.
    case(
        "X1464-036",
        caption("a man in a white shirt and khaki pants"),
        Q.wearing("a white shirt and khaki pants"),
        Q.garment_type("button down shirt"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.description("the shirt is white"),
        Q.details("it has a button down collar and a small logo on the chest"),
        Q.material("oxford"),
        gender="Men",
        title="Tommy Hilfiger Men White Regular Fit Solid Oxford Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: model, front, colour-blocked tee: orange chest, white band, navy lower half; grey shorts.
    # Caption: base zero-shot; answers: base, free generation. The details answer loops to the limit.
    case(
        "X1464-037",
        caption("a man wearing an orange, white and blue t-shirt"),
        Q.color("orange, white and blue"),
        Q.pattern("color block"),
        Q.sleeve_length("short"),
        Q.description("a t-shirt with orange, white and blue stripes"),
        Q.details(
            "the shirt is orange, white and blue and the sleeves are orange, white and blue and the collar is orange,"
            " white and blue and the",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Campus Sutra Men Orange & Navy Blue Colourblocked Round Neck T-shirt",
        category="Tshirts",
        color="Orange",
    ),
    # Photo: model, front, off-white short-sleeve Cuban-collar shirt, olive shorts, sunglasses in hand.
    # Caption: base zero-shot; answers: base, free generation. The pattern answer says nothing.
    case(
        "X1464-038",
        caption("a man wearing a white shirt and sunglasses"),
        Q.wearing("a white shirt and green shorts"),
        Q.garment_type("shirt"),
        Q.color("white"),
        Q.pattern("it is a pattern", "non_answer"),
        Q.sleeve_length("short"),
        Q.details("it is a short sleeve shirt with a collar"),
        Q.material("cotton"),
        gender="Men",
        title="Roadster Men Off White Solid Cuban Collar Casual Shirt",
        color="Off White",
    ),
    # Photo: model with long hair tied back and a beard, front, navy-and-red checked shirt, blue jeans.
    # Caption: base zero-shot; answers: base, free generation. "a woman" for the male model.
    case(
        "X1464-039",
        caption("a woman in a plaid shirt and jeans", "pronoun"),
        Q.wearing("a plaid shirt and jeans"),
        Q.color("blue and red"),
        Q.pattern("plaid"),
        Q.sleeve_length("long"),
        gender="Men",
        title="Louis Philippe Jeans Men Navy Blue & Red Slim Fit Checked Casual Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Photo: model, front, black tee with a white vintage-car print and "USPA DENIM CO." text, blue jeans.
    # Caption: base zero-shot; answers: base, free generation. Description cut; the car model invented.
    case(
        "X1464-040",
        caption("a man wearing a black t-shirt with a car on it"),
        Q.wearing("a black t-shirt and jeans"),
        Q.garment_type("t-shirt"),
        Q.color("black"),
        Q.description(
            "a black t-shirt with a white print of a car and the words us polo assn denim co on the front and a small"
            " logo on the left",
            "cut",
            hit_limit=True,
        ),
        Q.details("the car is a porsche", "unsupported"),
        gender="Men",
        title="U.S. Polo Assn. Denim Co. Men Black Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: model, front, maroon polo, beige chinos.
    # Caption: base zero-shot; answers: base, free generation. An "Answer:" echo, inches, a Nike logo.
    case(
        "X1464-041",
        caption("a man in a maroon polo shirt and khaki pants"),
        Q.wearing("a red polo shirt"),
        Q.garment_type("polo shirt Answer: polo shirt", "leak"),
        Q.color("maroon"),
        Q.sleeve_length("about 6 inches", "unsupported"),
        Q.description("a maroon polo shirt with a nike logo", "unsupported"),
        Q.material("cotton"),
        gender="Men",
        title="Van Heusen Men Maroon Solid Polo Collar Pure Cotton T-shirt",
        category="Tshirts",
        color="Maroon",
    ),
    # Photo: folded green-and-white checked shirt on white, collar, placket and one chest pocket showing, sleeves
    # tucked under. Caption: base zero-shot; answers: base, free generation. Sleeves hidden; details cut.
    case(
        "X1464-042",
        caption("a green and white plaid shirt folded on a white background"),
        Q.wearing("a shirt"),
        Q.color("green"),
        Q.pattern("plaid"),
        Q.sleeve_length("i don't know", "non_answer"),
        Q.description("a green and white plaid shirt with a collar"),
        Q.details(
            "the shirt is folded and has a collar and a pocket on the front and the buttons are white and the collar is"
            " folded over the",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Wrangler Men Green & White Regular Fit Checked Casual Shirt",
        category="Shirts",
        color="Green",
    ),
    # Photo: model, front, neon lime crew-neck tee, black shorts.
    # Caption: base zero-shot; answers: base, free generation. Neon lime read as yellow.
    case(
        "X1464-043",
        caption("a man in a neon green t-shirt and black shorts"),
        Q.wearing("a green shirt and black shorts"),
        Q.garment_type("t-shirt"),
        Q.color("yellow", "contradiction"),
        Q.sleeve_length("short"),
        Q.description("a bright green t-shirt"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Lime Green Solid Round Neck T-shirt",
        category="Tshirts",
        color="Lime Green",
    ),
    # Photo: model, front, blue shirt with a small paisley print, no chest pocket, white chinos.
    # Caption: base zero-shot; answers: base, free generation. Jeans-blue chinos; the pocket is invented.
    case(
        "X1464-044",
        caption("a man in a blue paisley shirt and white pants"),
        Q.wearing("a blue shirt and blue pants", "contradiction"),
        Q.color("blue"),
        Q.pattern("paisley"),
        Q.sleeve_length("long"),
        Q.description("a blue paisley shirt with long sleeves"),
        Q.details("the shirt has a paisley print, a collar, buttons and a pocket on the left chest", "unsupported"),
        gender="Men",
        title="Arrow Sport Men Blue Slim Fit Printed Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: model, front, white tee with a large black Batman logo, black jeans.
    # Caption: base zero-shot; answers: base, free generation. The material answer only turns the question round.
    case(
        "X1464-045",
        caption("a man wearing a batman t-shirt"),
        Q.wearing("a t-shirt with batman on it"),
        Q.color("white"),
        Q.pattern("batman"),
        Q.description("a white t-shirt with a batman logo on it"),
        Q.details("it is a batman t-shirt"),
        Q.material("the garment is made of material", "restated"),
        title="The Souled Store Men White Batman Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
]
