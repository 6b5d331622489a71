"""BLIND_1224 (46 products; Myntra men's tees, polos and shirts, base BLIP-2 zero-shot): written blind in the sixty-
second session. Measured blind at 189d17b (the session's first rules): 46/68 failures found (67.6%) and 27/239
correct texts flagged (11.3%). The writer's notes, verbatim:

Scenario: a Myntra men's topwear feed (article types Tshirts and Shirts; polos and henleys are Tshirts on Myntra),
captioned by the untuned Salesforce/blip2-opt-2.7b with no prompt and then asked the enrich default questionnaire
(wearing, garment_type, color, pattern, sleeve_length, description, details, material; four to eight of them per
product) with free generation, greedy, 50 new tokens for the caption and 30 for answers, stopping on the newline.
Photos are the catalog's usual: a model on a plain grey or white backdrop with chinos, jeans or shorts, now and then a
flat lay, a back view, a layered look (jacket or blazer over the product) or a prop (sunglasses, skateboard).
Catalog columns as Myntra exports them: title, category (article type), color (base colour), gender; one is left out
here and there.
Who wrote what: every caption and every answer is the base BLIP-2 OPT-2.7b zero-shot, no adapter. The base model
mostly stops on the newline, so its answers are short; loops, cut answers and prompt leaks are rare and the bulk of
its failures are wrong facts: the color of the trousers or the jacket given for the product, the garment type of a
layer or a prop, invented materials and details, thin "details" answers, now and then a "she" for a long-haired
male model.
Labeling conventions and judgement calls: judged against the photo I imagined (comment above each case) and the
title. A color close to the seller's base colour is right (maroon -> "red", teal -> "blue", peach -> "pink",
charcoal -> "dark grey", off white -> "white"); a different hue is a contradiction (olive -> "brown", charcoal ->
"black"). The color of another garment in the photo is other_garment_color. A garment type of another garment or a
prop, or a type the article type rules out (sweater for a tee, jacket for a denim shirt), is a contradiction. A wrong
pattern or sleeve length that the title or the product contradicts is a contradiction, even where the photo alone
would mislead (rolled sleeves on a full-sleeve shirt answered "short"); "rolled up" is right. Material: a fiber the
title gives is right, a fiber against the title is a contradiction, a fiber the title does not give is judged by the
truth in the comment (mostly cotton): the true one is right, another is unsupported; "fabric", "polo" or a pattern
word for the material is a non_answer. A bare type or color as "details" is a non_answer; a bare type as
"description" is right (thin but true). Invented details (pockets, collars, tags, brands, phones, backdrops) and a
measurement in inches or feet for the sleeves are unsupported. One color given to two garments (grey tee and "grey"
jeans that are black) is a contradiction. An open answer that repeats the wrong type or sleeve of a closed one is
marked too (each text on its own). The details/garment echo ("the details of the garment are the details of the
garment") is restated. A flat lay's "wearing" answer naming the product is right, "nothing" is a non_answer. For a
two-pack the color of one of the two tees is taken as right (incomplete, not wrong). "she" for a male model is a
pronoun failure even where the feed row has no gender. hit_limit only where the answer ran to the 30 new tokens.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import caption, case

BLIND_1224 = [
    # Model, front, navy pique polo, beige chinos, grey backdrop. All texts: base BLIP-2 OPT-2.7b zero-shot.
    case(
        "X1224-001",
        caption("a man wearing a navy blue polo shirt and khaki pants"),
        Q.wearing("a polo shirt"),
        Q.garment_type("polo shirt"),
        Q.color("navy blue"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.material("cotton"),
        gender="Men",
        title="Men Navy Blue Solid Polo Collar Pure Cotton T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Model, white round-neck tee with a black skull graphic on the chest, blue jeans. Base BLIP-2 zero-shot;
    # the color answer gives the jeans' color.
    case(
        "X1224-002",
        caption("a man wearing a white t-shirt with a skull on it"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("skull"),
        Q.description("a white t-shirt with a black skull on the front"),
        Q.details("skull"),
        Q.material("cotton"),
        gender="Men",
        title="Men White Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Model, black full-sleeve slim shirt, buttoned, all black (black buttons, black collar), grey trousers. Base
    # BLIP-2 zero-shot; it invents a white collar and a silk fabric (the shirt is cotton, slightly sheen in the light).
    case(
        "X1224-003",
        caption("a man in a black shirt and grey pants"),
        Q.garment_type("shirt"),
        Q.color("black"),
        Q.sleeve_length("long"),
        Q.description("a black shirt with a white collar", "unsupported"),
        Q.details("buttons"),
        Q.material("silk", "unsupported"),
        gender="Men",
        title="Men Black Slim Fit Casual Shirt",
        category="Shirts",
        color="Black",
    ),
    # Model, blue-and-white gingham shirt worn open over a white crew tee, black jeans, sleeves rolled to the elbow
    # (the shirt is full sleeve, cuff buttons visible). Base BLIP-2 zero-shot.
    case(
        "X1224-004",
        caption("a man wearing a blue and white checkered shirt"),
        Q.wearing("a plaid shirt and jeans"),
        Q.garment_type("shirt"),
        Q.color("blue and white"),
        Q.pattern("plaid"),
        Q.sleeve_length("short", "contradiction"),
        Q.material("flannel", "unsupported"),
        gender="Men",
        title="Men Blue & White Checked Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Model, grey melange plain crew tee, black jeans, white backdrop. Base BLIP-2 zero-shot; the caption gives the
    # jeans the tee's grey, "details" gives only color and type back.
    case(
        "X1224-005",
        caption("a man in a grey t-shirt and grey jeans", "contradiction"),
        Q.garment_type("t-shirt"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a grey t-shirt"),
        Q.details("a grey t-shirt", "non_answer"),
        Q.material("cotton"),
        gender="Men",
        title="Men Grey Melange Solid Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # Model, maroon full-sleeve henley tee, three-button placket, black jeans. Base BLIP-2 zero-shot; it takes the
    # long-sleeved jersey for a sweater, and wool follows.
    case(
        "X1224-006",
        caption("a man wearing a maroon long sleeve shirt"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("red"),
        Q.sleeve_length("long"),
        Q.description("a red sweater with buttons", "contradiction"),
        Q.details("buttons on the front"),
        Q.material("wool", "unsupported"),
        gender="Men",
        title="Men Maroon Solid Henley Neck T-shirt",
        category="Tshirts",
        color="Maroon",
    ),
    # Flat lay on white: olive polo, collar and placket visible, no person. Base BLIP-2 zero-shot.
    case(
        "X1224-007",
        caption("a green polo shirt on a white background"),
        Q.wearing("a green polo shirt"),
        Q.garment_type("polo shirt"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.details("a green polo shirt", "non_answer"),
        gender="Men",
        title="Men Olive Green Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Olive",
    ),
    # Model, mustard tee with "STAY WILD" in black letters across the chest, blue jeans. Base BLIP-2 zero-shot.
    case(
        "X1224-008",
        caption("a man wearing a yellow t-shirt that says stay wild"),
        Q.color("yellow"),
        Q.pattern("graphic"),
        Q.sleeve_length("short sleeves"),
        Q.description("a yellow t-shirt with the words stay wild on it"),
        Q.details("the words stay wild are written on the front of the shirt"),
        Q.material("cotton"),
        gender="Men",
        title="Men Mustard Yellow Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="Mustard",
    ),
    # Model, white formal shirt, full sleeves, black tie, black trousers. Base BLIP-2 zero-shot.
    case(
        "X1224-009",
        caption("a man in a white shirt and black tie"),
        Q.wearing("a white shirt and a black tie"),
        Q.garment_type("dress shirt"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.details("collar"),
        Q.material("cotton"),
        gender="Men",
        title="Men White Solid Pure Cotton Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Back view: oversized black tee, big red dragon print on the back, drop shoulders. Base BLIP-2 zero-shot;
    # cotton jersey, the model guesses polyester.
    case(
        "X1224-010",
        caption("the back of a black t-shirt with a red dragon on it"),
        Q.wearing("a black t-shirt"),
        Q.color("black"),
        Q.pattern("dragon"),
        Q.sleeve_length("short"),
        Q.description("black t-shirt with red dragon print"),
        Q.details("a red dragon on the back"),
        Q.material("polyester", "unsupported"),
        gender="Men",
        title="Men Black Graphic Printed Oversized T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Model, teal polo, white trousers. Base BLIP-2 zero-shot; the color answer gives the trousers' white.
    case(
        "X1224-011",
        caption("a man in a blue polo shirt and white pants"),
        Q.garment_type("polo"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        gender="Men",
        title="Men Teal Blue Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Teal",
    ),
    # Model, navy-and-white horizontal striped crew tee, beige shorts. Base BLIP-2 zero-shot.
    case(
        "X1224-012",
        caption("a man in a striped shirt and shorts"),
        Q.garment_type("t-shirt"),
        Q.color("blue and white"),
        Q.pattern("striped"),
        Q.description("a blue and white striped t-shirt"),
        Q.details("stripes"),
        Q.material("cotton"),
        gender="Men",
        title="Men Navy Blue & White Striped Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Model, light-blue denim shirt worn open over a white tee, two flap chest pockets, beige chinos. Base BLIP-2
    # zero-shot; it calls the shirt a jacket and answers the pattern with the fabric.
    case(
        "X1224-013",
        caption("a man wearing a denim shirt and khaki pants"),
        Q.wearing("a denim jacket", "contradiction"),
        Q.garment_type("jacket", "contradiction"),
        Q.color("blue"),
        Q.pattern("denim", "non_answer"),
        Q.description("a blue denim jacket with two pockets", "contradiction"),
        Q.details("buttons on the front and pockets on the chest"),
        Q.material("denim"),
        gender="Men",
        title="Men Light Blue Slim Fit Denim Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Model (a man, long hair in a bun), peach mandarin-collar shirt, full sleeves, white trousers. Base BLIP-2
    # zero-shot; the description says "she".
    case(
        "X1224-014",
        caption("a man wearing a pink shirt and white pants"),
        Q.garment_type("shirt"),
        Q.color("pink"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("she is wearing a pink shirt with white pants", "pronoun"),
        Q.details("it has a collar and buttons"),
        gender="Men",
        title="Men Peach-Coloured Solid Mandarin Collar Casual Shirt",
        category="Shirts",
        color="Peach",
    ),
    # Model, charcoal full-sleeve crew tee, plain, black jeans. Base BLIP-2 zero-shot; the color question says black
    # where the caption saw dark grey.
    case(
        "X1224-015",
        caption("a man in a dark grey long sleeve t-shirt"),
        Q.garment_type("long sleeve t-shirt"),
        Q.color("black", "contradiction"),
        Q.sleeve_length("long"),
        Q.details("it's a plain shirt"),
        Q.material("cotton"),
        gender="Men",
        title="Men Charcoal Grey Solid Round Neck Full Sleeves T-shirt",
        category="Tshirts",
        color="Charcoal",
    ),
    # Model, red polo, plain (no logo), blue jeans, right hand in the pocket, left arm down; no phone. Base BLIP-2
    # zero-shot; the caption invents a phone, the details a logo, the sleeves get a length in inches.
    case(
        "X1224-016",
        caption("a man in a red polo shirt talking on a cell phone", "unsupported"),
        Q.wearing("a red polo shirt and jeans"),
        Q.color("red"),
        Q.pattern("solid"),
        Q.sleeve_length("about 3 inches", "unsupported"),
        Q.details("a logo on the chest", "unsupported"),
        Q.material("cotton"),
        gender="Men",
        title="Men Red Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # Model, colourblocked tee: white body, black sleeves, no stripes; black joggers. Base BLIP-2 zero-shot.
    case(
        "X1224-017",
        caption("a man wearing a white and black t-shirt"),
        Q.garment_type("t-shirt"),
        Q.pattern("striped", "contradiction"),
        Q.sleeve_length("short"),
        Q.description("a white t-shirt with black sleeves"),
        gender="Men",
        title="Men White & Black Colourblocked Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Model, lavender cotton shirt, full sleeves, navy chinos, white sneakers. Base BLIP-2 zero-shot; linen is a
    # guess.
    case(
        "X1224-018",
        caption("a man in a purple shirt and blue pants"),
        Q.garment_type("shirt"),
        Q.color("purple"),
        Q.sleeve_length("long sleeves"),
        Q.details("the shirt has a collar and buttons down the front"),
        Q.material("linen", "unsupported"),
        gender="Men",
        title="Men Lavender Solid Regular Fit Casual Shirt",
        category="Shirts",
        color="Lavender",
    ),
    # Model, black short-sleeve crew tee under an open olive nylon bomber jacket, sunglasses in hand. Base BLIP-2
    # zero-shot; the closed questions answer for the jacket.
    case(
        "X1224-019",
        caption("a man in a black t-shirt and green jacket holding sunglasses"),
        Q.wearing("a jacket"),
        Q.garment_type("jacket", "contradiction"),
        Q.color("green", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long", "contradiction"),
        Q.material("leather", "unsupported"),
        gender="Men",
        title="Men Black Solid Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Model, blue half-sleeve cotton shirt with an all-over white floral print, beige shorts. Base BLIP-2 zero-shot; the
    # details answer runs on and is cut at the limit.
    case(
        "X1224-020",
        caption("a man wearing a blue floral shirt"),
        Q.garment_type("shirt"),
        Q.color("blue"),
        Q.pattern("floral"),
        Q.sleeve_length("short"),
        Q.description("a blue shirt with white flowers"),
        Q.details(
            "flowers and leaves on the front and the back of the shirt and on the sleeves and the collar and the "
            "pocket and the buttons and the",
            "cut",
            hit_limit=True,
        ),
        Q.material("silk", "unsupported"),
        gender="Men",
        title="Men Blue Floral Printed Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Model, off-white linen-blend shirt, spread collar (not button-down), full sleeves, light jeans. Base BLIP-2
    # zero-shot; cotton against the title, a button-down collar invented.
    case(
        "X1224-021",
        caption("a man in a white shirt and jeans"),
        Q.garment_type("shirt"),
        Q.color("white"),
        Q.sleeve_length("long"),
        Q.details("the shirt has a button down collar", "unsupported"),
        Q.material("cotton", "contradiction"),
        gender="Men",
        title="Men Off White Solid Linen Blend Casual Shirt",
        category="Shirts",
        color="Off White",
    ),
    # Model, green camouflage crew tee, black cargo pants. Base BLIP-2 zero-shot; the material gets the pattern.
    case(
        "X1224-022",
        caption("a man wearing a camouflage t-shirt"),
        Q.garment_type("t-shirt"),
        Q.color("green"),
        Q.pattern("camouflage"),
        Q.description("a camouflage t-shirt with a camouflage pattern"),
        Q.material("camouflage", "non_answer"),
        gender="Men",
        title="Men Green Camouflage Printed Round Neck T-shirt",
        category="Tshirts",
        color="Green",
    ),
    # Model, black polo with a small white embroidered logo on the chest, white trousers, a watch. Base BLIP-2
    # zero-shot.
    case(
        "X1224-023",
        caption("a man wearing a black polo shirt and white pants"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.details("a white logo on the chest"),
        Q.material("cotton"),
        gender="Men",
        title="Men Black Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Model, rust shirt with one chest pocket, full sleeves, blue jeans. Base BLIP-2 zero-shot.
    case(
        "X1224-024",
        caption("a man wearing an orange shirt and jeans"),
        Q.garment_type("shirt"),
        Q.color("orange"),
        Q.pattern("solid"),
        Q.sleeve_length("about 2 feet", "unsupported"),
        Q.description("an orange shirt with a pocket on the chest"),
        Q.material("fabric", "non_answer"),
        gender="Men",
        title="Men Rust Solid Casual Shirt",
        category="Shirts",
        color="Rust",
    ),
    # Model, white tee with the Avengers logo printed on the chest, black jeans. Base BLIP-2 zero-shot; the
    # description goes on to write the next question and its answer.
    case(
        "X1224-025",
        caption("a man wearing a white t-shirt with the avengers logo on it"),
        Q.color("white"),
        Q.pattern("logo"),
        Q.description(
            "a white t-shirt with the avengers logo on the front Question: What is the material of the t-shirt? "
            "Answer: cotton",
            "leak",
        ),
        Q.details("the avengers logo"),
        Q.material("cotton"),
        gender="Men",
        title="Men White Avengers Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Model, navy checked slim shirt buttoned up, no pocket, khaki chinos. Base BLIP-2 zero-shot; color of the
    # chinos, a pocket invented.
    case(
        "X1224-026",
        caption("a man in a blue plaid shirt and khaki pants"),
        Q.garment_type("shirt"),
        Q.color("khaki", "other_garment_color"),
        Q.pattern("plaid"),
        Q.sleeve_length("long"),
        Q.details("the shirt has a pocket on the left side", "unsupported"),
        gender="Men",
        title="Men Navy Blue Checked Slim Fit Casual Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Model, yellow plain crew tee, blue jeans. Feed row without a color. Base BLIP-2 zero-shot; "shirt" for a
    # round-neck tee, details echo the question.
    case(
        "X1224-027",
        caption("a man in a yellow t-shirt and blue jeans"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("yellow"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.details("the details of the garment are the details of the garment", "restated"),
        Q.material("cotton"),
        gender="Men",
        title="Men Yellow Solid Round Neck T-shirt",
        category="Tshirts",
    ),
    # Model, beige pique polo with navy tipping on the collar and sleeve hems, body plain; olive chinos. Base
    # BLIP-2 zero-shot; the tipping read as stripes.
    case(
        "X1224-028",
        caption("a man wearing a tan polo shirt"),
        Q.garment_type("polo shirt"),
        Q.color("tan"),
        Q.pattern("striped", "contradiction"),
        Q.sleeve_length("short"),
        Q.description("a beige polo shirt with a blue collar"),
        Q.details("the collar is blue"),
        gender="Men",
        title="Men Beige Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Beige",
    ),
    # Model, sea-green shirt with a small white geometric print, full sleeves buttoned at the cuff, grey
    # trousers. Base BLIP-2 zero-shot.
    case(
        "X1224-029",
        caption("a man wearing a green shirt with white dots"),
        Q.color("green"),
        Q.pattern("polka dots"),
        Q.sleeve_length("short", "contradiction"),
        Q.description("a green shirt with white polka dots and short sleeves", "contradiction"),
        Q.material("cotton"),
        gender="Men",
        title="Men Sea Green Slim Fit Printed Pure Cotton Casual Shirt",
        category="Shirts",
        color="Sea Green",
    ),
    # Model, black-and-grey striped cotton polo, solid black collar, black jeans. Base BLIP-2 zero-shot; details loop.
    case(
        "X1224-030",
        caption("a man wearing a black and grey striped polo shirt"),
        Q.garment_type("polo shirt"),
        Q.color("black and grey"),
        Q.pattern("striped"),
        Q.details(
            "stripes on the front and back, stripes on the sleeves, stripes on the collar, stripes on the sleeves, "
            "stripes on the collar, stripes",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester", "unsupported"),
        gender="Men",
        title="Men Black & Grey Striped Polo Collar T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Back view: white shirt, full sleeves, box pleat at the back yoke, navy trousers. Base BLIP-2 zero-shot.
    case(
        "X1224-031",
        caption("the back of a man wearing a white shirt"),
        Q.wearing("a white shirt"),
        Q.garment_type("shirt"),
        Q.color("white"),
        Q.description("a white shirt with a white collar"),
        Q.details("pleats on the back"),
        gender="Men",
        title="Men White Solid Regular Fit Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # Young man, royal-blue polo, grey shorts. Feed row without gender. Base BLIP-2 zero-shot; "she" for the
    # man, "polo" for the material.
    case(
        "X1224-032",
        caption("a young man in a blue polo shirt posing for a photo"),
        Q.wearing("a blue shirt"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("she is wearing a blue polo shirt", "pronoun"),
        Q.material("polo", "non_answer"),
        title="Men Blue Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Blue",
    ),
    # Model, pink oxford button-down shirt, full sleeves, grey trousers. Base BLIP-2 zero-shot; color of the
    # trousers.
    case(
        "X1224-033",
        caption("a man in a pink shirt and grey pants"),
        Q.garment_type("shirt"),
        Q.color("grey", "other_garment_color"),
        Q.sleeve_length("long"),
        Q.details("button down collar"),
        Q.material("oxford"),
        gender="Men",
        title="Men Pink Solid Button-Down Collar Oxford Casual Shirt",
        category="Shirts",
        color="Pink",
    ),
    # Model holding a skateboard under his arm, black tee with "NYC" in white letters, blue jeans. Base BLIP-2
    # zero-shot; the type question answers the prop.
    case(
        "X1224-034",
        caption("a man holding a skateboard wearing a black t-shirt"),
        Q.garment_type("skateboard", "contradiction"),
        Q.color("black"),
        Q.pattern("letters"),
        Q.description("a black t-shirt with the letters nyc on it"),
        Q.material("cotton"),
        gender="Men",
        title="Men Black Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Flat lay of a two-pack: a navy and a white plain crew tee side by side. Base BLIP-2 zero-shot; the sleeves
    # get inches.
    case(
        "X1224-035",
        caption("two t-shirts, one white and one blue"),
        Q.wearing("nothing", "non_answer"),
        Q.garment_type("t-shirt"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length("about 10 inches", "unsupported"),
        Q.description("a white t-shirt and a blue t-shirt"),
        gender="Men",
        title="Men Pack of 2 Solid Round Neck Pure Cotton T-shirts",
        category="Tshirts",
        color="Multi",
    ),
    # Model, olive utility shirt with two flap chest pockets, full sleeves, black jeans. Base BLIP-2 zero-shot;
    # brown for olive, canvas guessed (cotton twill).
    case(
        "X1224-036",
        caption("a man in a green shirt with pockets"),
        Q.garment_type("military shirt"),
        Q.color("brown", "contradiction"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.details("two pockets on the chest"),
        Q.material("canvas", "unsupported"),
        gender="Men",
        title="Men Olive Solid Utility Casual Shirt",
        category="Shirts",
        color="Olive",
    ),
    # Model, white polo, navy shorts, white backdrop. Base BLIP-2 zero-shot; the wearing answer gives the shorts
    # the polo's white.
    case(
        "X1224-037",
        caption("a man wearing a white polo shirt and blue shorts"),
        Q.wearing("a white shirt and white shorts", "contradiction"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a white polo shirt with blue shorts"),
        Q.details("buttons"),
        Q.material("cotton"),
        gender="Men",
        title="Men White Solid Polo Collar Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Model, grey-and-black checked flannel shirt, full sleeves, black jeans. Base BLIP-2 zero-shot; the
    # description repeats itself to the limit.
    case(
        "X1224-038",
        caption("a man wearing a gray and black plaid shirt"),
        Q.garment_type("flannel"),
        Q.color("grey"),
        Q.pattern("plaid"),
        Q.sleeve_length("long"),
        Q.description(
            "a gray and black plaid shirt with a gray and black plaid shirt with a gray and black plaid shirt with a "
            "gray",
            "loop",
            hit_limit=True,
        ),
        Q.material("flannel"),
        gender="Men",
        title="Men Grey & Black Checked Flannel Casual Shirt",
        category="Shirts",
        color="Grey",
    ),
    # Model (a man with shoulder-length curly hair), blue crew tee, white trousers. Base BLIP-2 zero-shot; the
    # caption calls him a woman.
    case(
        "X1224-039",
        caption("a woman wearing a blue t-shirt and white pants", "pronoun"),
        Q.wearing("a blue t-shirt and white pants"),
        Q.garment_type("t-shirt"),
        Q.color("blue"),
        Q.sleeve_length("short"),
        Q.details("blue", "non_answer"),
        Q.material("cotton"),
        gender="Men",
        title="Men Blue Solid Round Neck T-shirt",
        category="Tshirts",
        color="Blue",
    ),
    # Model, black cotton formal shirt (matte) under a grey two-button blazer, grey trousers. Base BLIP-2
    # zero-shot; type and color of the suit, satin guessed.
    case(
        "X1224-040",
        caption("a man in a grey suit and black shirt"),
        Q.wearing("a suit"),
        Q.garment_type("suit", "contradiction"),
        Q.color("grey", "other_garment_color"),
        Q.details("black buttons"),
        Q.material("satin", "unsupported"),
        gender="Men",
        title="Men Black Solid Slim Fit Formal Shirt",
        category="Shirts",
        color="Black",
    ),
    # Model, multicoloured tropical-print half-sleeve shirt (palm leaves, hibiscus, no birds), white shorts. Base
    # BLIP-2 zero-shot; birds invented in the details.
    case(
        "X1224-041",
        caption("a man in a colorful hawaiian shirt"),
        Q.garment_type("hawaiian shirt"),
        Q.color("multicolor"),
        Q.pattern("hawaiian"),
        Q.sleeve_length("short"),
        Q.description("a hawaiian shirt with palm trees and flowers"),
        Q.details("palm trees, flowers and birds", "unsupported"),
        Q.material("rayon"),
        gender="Men",
        title="Men Multicoloured Tropical Printed Viscose Rayon Casual Shirt",
        category="Shirts",
        color="Multi",
    ),
    # Model, black plain crew tee, blue jeans. Base BLIP-2 zero-shot; the color answer writes the next question.
    case(
        "X1224-042",
        caption("a man in a black t-shirt and blue jeans"),
        Q.color("black Question: What is the color of the pants? Answer: blue", "leak"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.details("black", "non_answer"),
        Q.material("cotton"),
        gender="Men",
        title="Men Black Solid Pure Cotton Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Model, navy polo with a small white all-over dot print on the body (plain navy collar and sleeves), beige
    # chinos. Base BLIP-2 zero-shot; the description runs to the limit.
    case(
        "X1224-043",
        caption("a man in a blue polo shirt with white polka dots"),
        Q.garment_type("polo shirt"),
        Q.color("blue"),
        Q.pattern("polka dots"),
        Q.description(
            "a blue polo shirt with white polka dots on the front and back of the shirt and on the sleeves and on "
            "the collar and on the",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Men Navy Blue Printed Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Model, khaki full-sleeve shirt with the sleeves rolled up, black jeans. Feed row without a category. Base
    # BLIP-2 zero-shot.
    case(
        "X1224-044",
        caption("a man wearing a beige shirt and black jeans"),
        Q.garment_type("shirt"),
        Q.color("beige"),
        Q.sleeve_length("rolled up"),
        Q.description("a man wearing a beige shirt"),
        Q.details("the sleeves are rolled up"),
        Q.material("cotton"),
        gender="Men",
        title="Men Khaki Solid Pure Cotton Casual Shirt",
        color="Khaki",
    ),
    # Flat lay on a plain white backdrop: purple crew tee, folded sleeves. Base BLIP-2 zero-shot; a wooden floor
    # invented, "no" for the details.
    case(
        "X1224-045",
        caption("a purple t-shirt laying on a wooden floor", "unsupported"),
        Q.garment_type("t-shirt"),
        Q.color("purple"),
        Q.pattern("plain"),
        Q.sleeve_length("short"),
        Q.details("no", "non_answer"),
        gender="Men",
        title="Men Purple Solid Round Neck T-shirt",
        category="Tshirts",
        color="Purple",
    ),
    # Model mid-stride, black polyester running tee with a small white brand logo (not Nike) on the chest, black
    # shorts. Base BLIP-2 zero-shot; a brand invented in the caption, cotton against the title.
    case(
        "X1224-046",
        caption("a man running in a black nike t-shirt and shorts", "unsupported"),
        Q.garment_type("t-shirt"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.details("a white logo on the chest"),
        Q.material("cotton", "contradiction"),
        gender="Men",
        title="Men Black Solid Rapid-Dry Polyester Running T-shirt",
        category="Tshirts",
        color="Black",
    ),
]
