"""BLIND_1176 (46 products; Myntra men's tees, polos and shirts, base OPT-2.7b zero-shot): written blind in the sixty-
first session. Measured blind at dcde687 (the session's third rules): 64/84 failures found (76.2%) and 36/290 correct
texts flagged (12.4%). The writer's notes, verbatim:

Scenario: a Myntra feed of men's topwear (article types Tshirts and Shirts; polos are Tshirts on Myntra), with the
marketplace's title, article type, base colour and gender. The photos are the catalog's usual ones: a male model on a
plain grey or white backdrop wearing the product with jeans, chinos, joggers or shorts, sometimes layered under a
blazer or over a tee, a few back views, two flat lays, a prop now and then (sunglasses, a cup, a backpack). Every
text was written by the untuned Salesforce/blip2-opt-2.7b, zero-shot: one caption with no prompt (50 new tokens
max) and the enrich default questionnaire (wearing, garment type, color, pattern, sleeves, description, details,
material) as `Question: ... Answer:` prompts with free generation, greedy, 30 new tokens max. Not every product got
every question (a few were skipped by the run), so a case holds six to eight answers.
Who wrote what: the base model wrote everything; no adapter, no extractive QA. The base model mostly stops early on
its own, so most answers are a few words; runs to the token limit are rare and are loops, the odd long description
cut mid-phrase, and a couple of answers that run on into a new `Question: ... Answer:` turn.
Labeling conventions and judgement calls: judged against the photo I imagined (the comment above each case) and
the title. 84 of 374 texts are wrong (about 22%): fewer than the usual four in ten, because these are simple
single-garment catalog shots and the untuned model answers short questions best; most of its errors are in
sleeves, details, material and colour on layered or two-tone photos. A color answer that names the pants', the
blazer's or the under-tee's color instead of the product's is other_garment_color. A wrong color or garment kind that
belongs to nothing in the photo, a caption and answer that disagree, or a wearing or caption text that gives the
shirt's color to the pants too ("a grey polo shirt and grey jeans" over navy jeans) is contradiction (the wrong text
carries the label); so is a garment kind that names the layer on top (blazer, jacket) for the product, or a
long-sleeve knit polo called a sweater, and a details answer that names a prop (sunglasses, coffee cup, backpack).
Near shades are right: red or burgundy for maroon, blue for navy, grey for charcoal or melange, purple for lavender,
pink for peach, green for olive, white for off white, orange for rust, turquoise for teal. A colour answer that
matches the photo but not the feed's base colour (a white shirt with navy pinstripes filed as Navy Blue, a black
floral shirt filed as Multi, "blue" for a white tee with a navy chest band and navy sleeves) is right. "shirt" for a
t-shirt in a wearing answer or description is right (plain usage); the three shoulder stripes of an adidas tee
answered as "stripes" is right; "striped" for a single colourblock chest panel is wrong. Material: "cotton" is right
when the title or the product is cotton; a material the title contradicts ("polyester" for a Pure Cotton shirt,
"denim" for a cotton tee worn under a denim jacket) is contradiction; a material the title does not give and the
product is not (cotton for a polyester training tee, linen for a cotton shirt, silk for viscose, wool for the shirt
under a blazer) is unsupported, as are invented measurements for "How long are the sleeves?" ("about 5 inches"),
invented wash care, collars, cuffs or pockets the photo does not show. A wearing or caption text that calls the male
model "she"/"a woman" is pronoun. Answers that only say the question back ("the details of the garment are the
details of the garment") are restated; "yes" to the color question, "polo" to the pattern question, "i don't know",
"the back of the shirt", "it is a t-shirt" or "the garment is a shirt" for details or description are non_answer.
Rolled-up or pushed-up full sleeves answered "short" or "3/4", and the jacket's sleeves answered for a short-sleeve
tee, are contradiction: the product's sleeves are otherwise. A loop that runs to the limit is loop, not cut; a text
that stops at the limit mid-phrase without repeating is cut; a run-on into a new Question turn, or an answer that
opens by echoing the question, is leak (only the leak label, even where the leaked answer is right).
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import caption, case

BLIND_1176 = [
    # Photo: model front, navy crew-neck tee, light blue jeans, white sneakers, grey backdrop.
    # All texts: base OPT-2.7b zero-shot (caption unprompted, answers free generation).
    case(
        "X1176-001",
        caption("a man wearing a navy blue t-shirt and jeans"),
        Q.wearing("a navy blue t-shirt and jeans"),
        Q.garment_type("t-shirt"),
        Q.color("navy blue"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.material("cotton"),
        gender="Men",
        title="Roadster Men Navy Blue Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: black polyester training tee with a big grey HRX logo across the chest, black track pants, arms crossed.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1176-002",
        caption("a man in a black t-shirt with his arms crossed"),
        Q.garment_type("t-shirt"),
        Q.color("black"),
        Q.pattern("solid", failure="contradiction"),
        Q.sleeve_length("short"),
        Q.description("a black t-shirt with a logo on the front"),
        Q.details("the logo"),
        Q.material("cotton", failure="unsupported"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Printed Rapid-Dry Training T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: white pique polo, small navy embroidered logo, navy chinos, one hand in pocket.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1176-003",
        caption("a man wearing a white polo shirt and blue pants"),
        Q.wearing("a white polo shirt"),
        Q.garment_type("polo shirt"),
        Q.color("blue", failure="other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a white polo shirt with a blue logo on the left chest"),
        Q.details("it has a collar and buttons"),
        Q.material("cotton"),
        gender="Men",
        title="U.S. Polo Assn. Men White Solid Polo Collar Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: olive full-sleeve shirt worn open over a white crew tee, sleeves rolled to mid-forearm, black jeans.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1176-004",
        caption("a man in an olive shirt and black jeans"),
        Q.wearing("a green shirt, white t-shirt and black jeans"),
        Q.garment_type("shirt"),
        Q.color("white", failure="other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("short", failure="contradiction"),
        Q.description("a green button up shirt"),
        Q.details("the buttons"),
        gender="Men",
        title="WROGN Men Olive Green Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Olive",
    ),
    # Photo: red tee with a big white PUMA wordmark and cat logo, black shorts, white backdrop.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1176-005",
        caption("a man wearing a red puma t-shirt"),
        Q.wearing("a red t-shirt and black shorts"),
        Q.garment_type("t-shirt"),
        Q.color("red"),
        Q.pattern("logo"),
        Q.description("a red t-shirt with the puma logo on it"),
        Q.details(
            "puma logo on the chest, puma logo on the sleeve, puma logo on the back, puma logo on the chest, puma"
            " logo on",
            failure="loop",
            hit_limit=True,
        ),
        Q.material("polyester", failure="contradiction"),
        gender="Men",
        title="Puma Men Red Brand Logo Printed Slim Fit Pure Cotton T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # Photo: white formal shirt, spread collar (no collar buttons), navy tie, charcoal trousers.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1176-006",
        caption("a man wearing a white shirt and tie"),
        Q.wearing("a white shirt and a blue tie"),
        Q.garment_type("dress shirt"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a white dress shirt with a blue tie"),
        Q.details("button down collar", failure="unsupported"),
        gender="Men",
        title="Louis Philippe Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: mustard-yellow tee with a big Tom and Jerry print, mid-blue jeans.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1176-007",
        caption("a man wearing a yellow t-shirt with tom and jerry on it"),
        Q.wearing("a yellow t-shirt"),
        Q.garment_type("t-shirt"),
        Q.color("yellow"),
        Q.pattern("cartoon"),
        Q.sleeve_length("about 10 inches", failure="unsupported"),
        Q.description("a yellow t-shirt with a cartoon of tom and jerry"),
        Q.details("it is a t-shirt", failure="non_answer"),
        Q.material("cotton"),
        gender="Men",
        title="Bewakoof Men Yellow Tom & Jerry Printed Round Neck Cotton T-shirt",
        category="Tshirts",
        color="Yellow",
    ),
    # Photo: flat lay on white, grey marl crew-neck tee, small black woven label at the hem. No person.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1176-008",
        caption("a grey t-shirt on a white background"),
        Q.wearing("a grey t-shirt"),
        Q.garment_type("t-shirt"),
        Q.color("gray"),
        Q.pattern("solid"),
        Q.details("the details of the garment are the details of the garment", failure="restated"),
        Q.material("cotton"),
        gender="Men",
        title="Jack & Jones Men Grey Melange Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # Photo: navy polo with thin white horizontal stripes, navy collar, small flag logo, beige chinos.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1176-009",
        caption("a man wearing a blue and white striped polo shirt"),
        Q.wearing("a blue and white striped shirt and khaki pants"),
        Q.garment_type("polo"),
        Q.color("blue and white"),
        Q.pattern("stripes"),
        Q.sleeve_length("short"),
        Q.description("a navy blue and white striped polo shirt with a red, white and blue logo on the chest"),
        Q.details("the collar is white", failure="unsupported"),
        gender="Men",
        title="Tommy Hilfiger Men Navy Blue Striped Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: maroon henley, three-button placket, short sleeves, black jeans; the model has shoulder-length hair tied.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1176-010",
        caption("a woman in a maroon t-shirt and black jeans", failure="pronoun"),
        Q.wearing("a red shirt"),
        Q.garment_type("henley"),
        Q.color("burgundy"),
        Q.pattern("solid"),
        Q.description(
            "a maroon t-shirt with buttons on the front and a maroon t-shirt with buttons on the front and a maroon"
            " t-shirt with",
            failure="loop",
            hit_limit=True,
        ),
        Q.details("buttons"),
        Q.material("cotton"),
        gender="Men",
        title="Mast & Harbour Men Maroon Solid Henley Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Maroon",
    ),
    # Photo: blue and white small gingham checks, full sleeves buttoned, one chest pocket, stone chinos.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1176-011",
        caption("a man in a blue and white checkered shirt"),
        Q.wearing("a blue and white checkered shirt and khaki pants"),
        Q.garment_type("shirt"),
        Q.color("blue"),
        Q.pattern("checkered"),
        Q.sleeve_length("long"),
        Q.description(
            "blue and white checkered shirt with a collar and buttons down the front and a pocket on the left side of"
            " the chest and a",
            failure="cut",
            hit_limit=True,
        ),
        Q.details("checkered"),
        Q.material("cotton"),
        gender="Men",
        title="Peter England Men Blue Slim Fit Checked Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: back view, black running tee with a small white swoosh at the back neck, black shorts.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1176-012",
        caption("the back of a man wearing a black nike shirt"),
        Q.wearing("a black shirt and shorts"),
        Q.garment_type("athletic shirt"),
        Q.color("black"),
        Q.sleeve_length("short"),
        Q.description("a black shirt with a white nike logo on the back"),
        Q.details("the back of the shirt", failure="non_answer"),
        Q.material("polyester"),
        gender="Men",
        title="Nike Men Black Dri-FIT Miler Running T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: light pink formal shirt under an open navy blazer, navy trousers, no tie.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1176-013",
        caption("a man in a navy blazer and pink shirt"),
        Q.wearing("a blue suit and pink shirt"),
        Q.garment_type("blazer", failure="contradiction"),
        Q.color("navy blue", failure="other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a man in a navy blue suit with a pink shirt"),
        Q.material("wool", failure="unsupported"),
        gender="Men",
        title="Van Heusen Men Pink Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Pink",
    ),
    # Photo: oversized black tee, large red-box white-letter MARVEL logo on the chest, drop shoulders, grey joggers.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1176-014",
        caption("a man wearing a black t-shirt with the marvel logo"),
        Q.wearing("a black t-shirt and grey pants"),
        Q.color("black"),
        Q.pattern("graphic"),
        Q.sleeve_length("short"),
        Q.description("a black t-shirt with the word marvel in white letters"),
        Q.details("marvel"),
        Q.material("100% cotton"),
        gender="Men",
        title="The Souled Store Men Black Marvel Logo Printed Oversized Cotton T-shirt",
        category="Tshirts",
    ),
    # Photo: pale lavender polo, white chinos, white backdrop; the polo reads almost white under the lights.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1176-015",
        caption("a man in a purple polo shirt and white pants"),
        Q.wearing("a purple shirt and white pants"),
        Q.color("white", failure="other_garment_color"),
        Q.pattern("plain"),
        Q.sleeve_length("short"),
        Q.details("the polo shirt has a collar and two buttons"),
        Q.material("cotton"),
        gender="Men",
        title="Allen Solly Men Lavender Solid Polo Collar Pure Cotton T-shirt",
        category="Tshirts",
        color="Lavender",
    ),
    # Photo: black casual shirt fully buttoned, long sleeves, one chest pocket, light blue jeans, white sneakers.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1176-016",
        caption("a man wearing a black shirt and black jeans", failure="contradiction"),
        Q.garment_type("button down shirt"),
        Q.color("blue", failure="other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeve"),
        Q.description("the garment is black"),
        Q.details("the garment has a collar, buttons, and a pocket"),
        gender="Men",
        title="HIGHLANDER Men Black Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Black",
    ),
    # Photo: colourblocked tee, white body, wide navy band across the chest, navy sleeves; dark jeans.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1176-017",
        caption("a man in a white and blue t-shirt"),
        Q.wearing("a t-shirt and jeans"),
        Q.color("blue"),
        Q.pattern("color block"),
        Q.sleeve_length("short"),
        Q.description("a white t-shirt with blue sleeves"),
        Q.details(
            "a white t-shirt with blue sleeves Question: What is the material of the garment? Answer: cotton",
            failure="leak",
        ),
        gender="Men",
        title="Campus Sutra Men White & Navy Blue Colourblocked Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: indigo denim shirt, two flap chest pockets, long sleeves buttoned, beige chinos.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1176-018",
        caption("a man wearing a denim shirt and khaki pants"),
        Q.wearing("jeans", failure="contradiction"),
        Q.garment_type("denim shirt"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description(
            "a denim shirt with two pockets and a collar and buttons on the front and two pockets on the front and a"
            " collar and buttons",
            failure="loop",
            hit_limit=True,
        ),
        Q.details("it has two pockets on the front and a collar"),
        Q.material("denim"),
        gender="Men",
        title="Levis Men Indigo Blue Slim Fit Solid Denim Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: mustard cotton shirt, regular spread collar, long sleeves, dark blue jeans, hands in pockets.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1176-019",
        caption("a man in a yellow shirt posing for a photo"),
        Q.wearing("a yellow shirt and yellow pants", failure="contradiction"),
        Q.color("mustard"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        Q.description("the shirt is yellow and the pants are blue"),
        Q.details("the shirt is a slim fit shirt with a mandarin collar", failure="unsupported"),
        Q.material("linen", failure="unsupported"),
        gender="Men",
        title="Dennis Lingo Men Mustard Yellow Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Mustard",
    ),
    # Photo: bottle-green polo, white embroidered logo, white shorts; he holds a pair of sunglasses by the temple.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1176-020",
        caption("a man in a green polo shirt holding sunglasses"),
        Q.wearing("a green polo shirt and white shorts"),
        Q.garment_type("polo shirt"),
        Q.color("green"),
        Q.pattern("polo", failure="non_answer"),
        Q.sleeve_length("short"),
        Q.description("a green polo shirt with a white logo on the chest"),
        Q.details("sunglasses", failure="contradiction"),
        gender="Men",
        title="U.S. Polo Assn. Men Green Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Green",
    ),
    # Photo: teal crew-neck tee, black jeans, hands in the front pockets, pale grey backdrop.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1176-021",
        caption("a man wearing a teal t-shirt and black jeans"),
        Q.wearing("a blue t-shirt and black jeans"),
        Q.garment_type("crew neck t-shirt"),
        Q.color("turquoise"),
        Q.pattern("solid"),
        Q.sleeve_length("about 5 inches", failure="unsupported"),
        Q.description("a man in a teal t-shirt and black jeans is standing with his hands in his pockets"),
        Q.details("the t-shirt is made of 100% cotton and is machine washable", failure="unsupported"),
        Q.material("cotton"),
        gender="Men",
        title="Roadster Men Teal Blue Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Teal",
    ),
    # Photo: white formal shirt with thin navy pinstripes, long sleeves, grey trousers, short beard.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1176-022",
        caption("a man wearing a blue and white striped shirt"),
        Q.wearing("she is wearing a blue and white striped shirt", failure="pronoun"),
        Q.garment_type("shirt"),
        Q.color("white"),
        Q.pattern("pinstripe"),
        Q.sleeve_length("long"),
        Q.description("a striped shirt"),
        Q.details("the shirt has french cuffs", failure="unsupported"),
        Q.material("cotton"),
        gender="Men",
        title="Arrow Men Navy Blue & White Slim Fit Striped Formal Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Photo: off-white tee, black "STAY WILD" text print on the chest, black cargo pants.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1176-023",
        caption("a man wearing a white t-shirt with the words stay wild"),
        Q.wearing("a white t-shirt and black pants"),
        Q.color("white"),
        Q.pattern("text"),
        Q.sleeve_length("short"),
        Q.description("a white t-shirt with the words stay wild on it"),
        Q.details(
            "stay wild stay wild stay wild stay wild stay wild stay wild stay wild stay wild stay wild stay wild",
            failure="loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        title="Kook N Keech Men Off White Typography Printed Round Neck Cotton T-shirt",
        category="Tshirts",
        color="Off White",
    ),
    # Photo: grey melange tee with three black stripes over the shoulders, black joggers.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1176-024",
        caption("a man in a grey adidas t-shirt and black pants"),
        Q.wearing("a grey t-shirt and black pants"),
        Q.garment_type("sweatshirt", failure="contradiction"),
        Q.color("grey"),
        Q.pattern("stripes"),
        Q.sleeve_length("short"),
        Q.description("a grey t-shirt with three black stripes on the shoulders"),
        Q.details("the three stripes on the shoulders"),
        Q.material("cotton"),
        gender="Men",
        title="ADIDAS Men Grey Melange Essentials 3-Stripes Cotton T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # Photo: rust mandarin-collar cotton slub shirt, long sleeves, white trousers.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1176-025",
        caption("a man wearing an orange shirt and white pants"),
        Q.wearing("an orange shirt and white pants"),
        Q.garment_type("shirt Question: What is the color of the shirt? Answer: orange", failure="leak"),
        Q.color("orange"),
        Q.pattern("plain"),
        Q.sleeve_length("long"),
        Q.details("it has a mandarin collar"),
        Q.material("linen", failure="unsupported"),
        gender="Men",
        title="Here&Now Men Rust Orange Solid Mandarin Collar Casual Shirt",
        category="Shirts",
        color="Rust",
    ),
    # Photo: black viscose shirt with big red and white flowers, short sleeves, beige shorts.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1176-026",
        caption("a man wearing a floral shirt and shorts"),
        Q.wearing("a hawaiian shirt and khaki shorts"),
        Q.garment_type("hawaiian shirt"),
        Q.color("black"),
        Q.pattern("floral"),
        Q.sleeve_length("short"),
        Q.description("a black shirt with red and white flowers on it"),
        Q.details("the shirt has a pocket on the left side of the chest", failure="unsupported"),
        Q.material("silk", failure="unsupported"),
        gender="Men",
        title="Bene Kleed Men Black & Red Floral Printed Casual Shirt",
        category="Shirts",
        color="Multi",
    ),
    # Photo: back view, black tee with a big white skull print across the back, blue jeans.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1176-027",
        caption("the back of a man wearing a black t-shirt with a skull on it"),
        Q.wearing("a black t-shirt"),
        Q.garment_type("tank top", failure="contradiction"),
        Q.color("black and white"),
        Q.pattern("skull"),
        Q.sleeve_length("about 6 inches", failure="unsupported"),
        Q.description("black t-shirt with a skull on the back"),
        Q.details("the skull"),
        gender="Men",
        title="Huetrap Men Black Skull Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: charcoal grey polo with a contrast yellow tipped collar, navy jeans, holding a coffee cup.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1176-028",
        caption("a man in a grey polo shirt holding a cup of coffee"),
        Q.wearing("he is wearing a grey polo shirt and grey jeans", failure="contradiction"),
        Q.garment_type("polo shirt"),
        Q.color("gray"),
        Q.pattern("no pattern"),
        Q.sleeve_length("short"),
        Q.description("a grey polo shirt with a yellow collar"),
        Q.details("coffee cup", failure="contradiction"),
        gender="Men",
        title="Louis Philippe Sport Men Charcoal Grey Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Charcoal",
    ),
    # Photo: white linen-blend full-sleeve shirt, open collar, sleeves pushed up, beige linen trousers, beach-ish
    # plain sand backdrop.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1176-029",
        caption("a man in a white shirt and beige pants"),
        Q.wearing("a white shirt and khaki pants"),
        Q.garment_type("shirt"),
        Q.color("beige", failure="other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("3/4", failure="contradiction"),
        Q.description("a white shirt with rolled up sleeves"),
        Q.material("linen"),
        gender="Men",
        title="Mast & Harbour Men White Solid Linen Cotton Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: navy tee with small chest print "BROOKLYN NY", olive chinos, plain white backdrop.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1176-030",
        caption("a man wearing a navy t-shirt that says brooklyn"),
        Q.wearing("a blue t-shirt and blue pants", failure="contradiction"),
        Q.garment_type("t-shirt"),
        Q.color("blue"),
        Q.pattern("letters"),
        Q.sleeve_length("about 4 inches", failure="unsupported"),
        Q.description(
            "a navy blue t-shirt with the word brooklyn on the front Question: What are the details of the garment?"
            " Answer: the",
            failure="leak",
            hit_limit=True,
        ),
        gender="Men",
        title="Roadster Men Navy Blue Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: red and black buffalo-check flannel shirt, long sleeves buttoned at the cuff, worn open over a black tee,
    # black jeans.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1176-031",
        caption("a man wearing a red and black plaid shirt"),
        Q.wearing("a red and black flannel shirt"),
        Q.garment_type("jacket", failure="contradiction"),
        Q.color("red and black"),
        Q.pattern("plaid"),
        Q.sleeve_length("long"),
        Q.description("it is a flannel shirt"),
        Q.details(
            "plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid",
            failure="loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Urbano Fashion Men Red & Black Buffalo Checked Slim Fit Casual Shirt",
        category="Shirts",
        color="Red",
    ),
    # Photo: flat lay, sky-blue oxford shirt folded with a white collar stay card, on a white surface. No person.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1176-032",
        caption("a blue shirt on a white background"),
        Q.wearing("a blue shirt"),
        Q.garment_type("dress shirt"),
        Q.color("light blue"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a light blue shirt folded on a white background"),
        Q.details("the collar"),
        Q.material("cotton"),
        title="Park Avenue Men Blue Slim Fit Solid Oxford Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: white tee with a small black chest pocket, under an open light-wash denim jacket, black jeans.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1176-033",
        caption("a man wearing a denim jacket and a white t-shirt"),
        Q.wearing("a denim jacket"),
        Q.garment_type("jacket", failure="contradiction"),
        Q.color("blue", failure="other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long", failure="contradiction"),
        Q.description("a man in a denim jacket and white t-shirt"),
        Q.material("denim", failure="contradiction"),
        gender="Men",
        title="Here&Now Men White Solid Pure Cotton Pocket T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: peach polo with white tipping on collar and cuffs, grey chinos, bearded model.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1176-034",
        caption("a man wearing a pink polo shirt"),
        Q.wearing("a pink polo shirt and grey pants"),
        Q.garment_type("polo"),
        Q.color("yes", failure="non_answer"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.details("white stripes on the collar and sleeves"),
        Q.material("cotton"),
        gender="Men",
        title="Harvard Men Peach-Coloured Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Peach",
    ),
    # Photo: black shirt with small white polka dots, long sleeves, beige chinos, leaning on a stool (prop).
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1176-035",
        caption("a man in a black and white polka dot shirt sitting on a stool"),
        Q.wearing("a polka dot shirt and khaki pants"),
        Q.color("black"),
        Q.pattern("polka dots"),
        Q.sleeve_length("24 inches", failure="unsupported"),
        Q.description("a black shirt with white polka dots"),
        Q.details("polka dots"),
        Q.material("polyester", failure="contradiction"),
        gender="Men",
        title="Locomotive Men Black Slim Fit Polka Dot Printed Pure Cotton Casual Shirt",
        category="Shirts",
        color="Black",
    ),
    # Photo: white tee with a large multicolour abstract brush-stroke print on the front, light grey joggers; slim
    # model with his hair in a bun.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1176-036",
        caption("a man wearing a white t-shirt with a colorful design"),
        Q.wearing("she is wearing a t-shirt", failure="pronoun"),
        Q.garment_type("t-shirt"),
        Q.color("white"),
        Q.pattern("abstract"),
        Q.sleeve_length("short"),
        Q.description("a white t-shirt with a colorful abstract design"),
        Q.details("the design is a painting by a famous artist", failure="unsupported"),
        gender="Men",
        title="Difference of Opinion Men White Abstract Printed Oversized T-shirt",
        color="White",
    ),
    # Photo: navy full-sleeve shirt with tiny white micro-print, buttoned, cream chinos; the print reads as solid at
    # catalog size.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1176-037",
        caption("a man wearing a navy shirt and white pants"),
        Q.wearing("a blue shirt and white pants"),
        Q.garment_type("shirt"),
        Q.color("navy"),
        Q.pattern("solid", failure="contradiction"),
        Q.sleeve_length("long"),
        Q.description("the garment is a shirt", failure="non_answer"),
        Q.details("the shirt is navy blue"),
        gender="Men",
        title="Indian Terrain Men Navy Blue Slim Fit Micro Printed Casual Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Photo: fluorescent-green polyester sports tee, black shorts, black backpack on one shoulder.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1176-038",
        caption("a man with a backpack wearing a green shirt"),
        Q.wearing("a green shirt and black shorts"),
        Q.garment_type("t-shirt"),
        Q.color("neon green"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.details("the backpack", failure="contradiction"),
        Q.material("cotton", failure="unsupported"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Fluorescent Green Rapid-Dry Running T-shirt",
        category="Tshirts",
        color="Fluorescent Green",
    ),
    # Photo: beige/khaki half-sleeve Cuban-collar shirt, white tee under, dark brown trousers.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1176-039",
        caption("a man in a beige shirt and brown pants"),
        Q.wearing("a beige shirt and brown pants"),
        Q.garment_type("shirt"),
        Q.color("brown", failure="other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a beige shirt with a collar"),
        Q.details("What are the details of the garment? Answer: buttons", failure="leak"),
        gender="Men",
        title="Snitch Men Beige Cuban Collar Solid Casual Shirt",
        category="Shirts",
        color="Beige",
    ),
    # Photo: black tee, white "I NEED COFFEE" print, model with long curly hair, blue jeans.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1176-040",
        caption("a woman wearing a black t-shirt that says i need coffee", failure="pronoun"),
        Q.wearing("she is wearing a black t-shirt", failure="pronoun"),
        Q.garment_type("t-shirt"),
        Q.color("black"),
        Q.pattern("text"),
        Q.sleeve_length("3 inches", failure="unsupported"),
        Q.description("a black t-shirt with the words i need coffee"),
        Q.details("the details of the garment", failure="restated"),
        Q.material("cotton"),
        gender="Men",
        title="Bewakoof Men Black Typography Printed Cotton T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: white full-sleeve tee (long sleeves to the wrist), navy joggers, plain grey backdrop.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1176-041",
        caption("a man in a white long sleeve shirt and blue pants"),
        Q.wearing("a white shirt and white pants", failure="contradiction"),
        Q.garment_type("long sleeve shirt"),
        Q.color("white"),
        Q.pattern("plain"),
        Q.sleeve_length("long"),
        Q.details("the details of the garment are white", failure="restated"),
        gender="Men",
        title="Roadster Men White Solid Round Neck Full Sleeves Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: royal blue polo with a big contrast white panel across the chest and a navy collar, white sneakers, blue
    # jeans.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1176-042",
        caption("a man wearing a blue and white polo shirt"),
        Q.wearing("a blue and white shirt and jeans"),
        Q.garment_type("polo shirt"),
        Q.color("blue and white"),
        Q.pattern("striped", failure="contradiction"),
        Q.sleeve_length("short"),
        Q.description("a blue polo shirt with a white stripe across the chest"),
        Q.details("the collar is navy blue and the sleeves are navy blue", failure="unsupported"),
        gender="Men",
        title="Spykar Men Blue & White Colourblocked Polo Collar T-shirt",
        category="Tshirts",
    ),
    # Photo: sea-green full-sleeve shirt, buttoned, black chinos; the green reads bluish under the lights.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1176-043",
        caption("a man in a green shirt and black pants"),
        Q.wearing("a green shirt and black pants"),
        Q.garment_type("shirt"),
        Q.color("light blue", failure="contradiction"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("it is a button down shirt with a collar"),
        Q.details("it's a shirt", failure="non_answer"),
        Q.material("cotton"),
        gender="Men",
        title="Powerlook Men Sea Green Solid Casual Shirt",
        category="Shirts",
        color="Sea Green",
    ),
    # Photo: black and grey tie-dye tee, black jeans, model looking sideways.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1176-044",
        caption("a man wearing a tie dye t-shirt"),
        Q.wearing("a tie dye shirt and black jeans"),
        Q.garment_type("t-shirt"),
        Q.color("gray and black"),
        Q.pattern("tie dye"),
        Q.sleeve_length("short"),
        Q.description(
            "a tie dye t-shirt with a black and gray tie dye pattern on the front and back of the shirt and a black"
            " and gray tie",
            failure="cut",
            hit_limit=True,
        ),
        Q.details("i don't know", failure="non_answer"),
        Q.material("cotton"),
        gender="Men",
        title="Moda Rapido Men Black & Grey Tie-Dye Round Neck T-shirt",
        category="Tshirts",
        color="Grey",
    ),
    # Photo: burgundy knit polo with zip placket, long sleeves, cream chinos, brown belt.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1176-045",
        caption("a man wearing a maroon polo shirt and white pants"),
        Q.wearing("a red sweater and white pants", failure="contradiction"),
        Q.garment_type("sweater", failure="contradiction"),
        Q.color("maroon"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description(
            "a maroon polo shirt with a zipper on the front and a collar on the neck and long sleeves with ribbed cuffs"
            " and a ribbed hem at the",
            failure="cut",
            hit_limit=True,
        ),
        Q.details("zipper"),
        Q.material("wool", failure="unsupported"),
        title="Rare Rabbit Men Burgundy Solid Zip Polo Collar Full Sleeves T-shirt",
        category="Tshirts",
        color="Burgundy",
    ),
    # Photo: white tee with black horizontal breton stripes, navy shorts, white canvas shoes, white backdrop.
    # All texts: base OPT-2.7b zero-shot.
    case(
        "X1176-046",
        caption("a man wearing a black and white striped shirt"),
        Q.wearing("a striped shirt and blue shorts"),
        Q.garment_type("t-shirt"),
        Q.color("blue", failure="other_garment_color"),
        Q.pattern("striped"),
        Q.sleeve_length("about 3 inches", failure="unsupported"),
        Q.description("a black and white striped shirt"),
        Q.details("stripes"),
        gender="Men",
        title="Roadster Men White & Black Striped Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
    ),
]
