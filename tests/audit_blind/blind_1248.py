"""BLIND_1248 (45 products; Myntra men's topwear, base BLIP-2 free-gen): written blind in the sixty-second session.
Measured blind at bdc3a30 (the session's fourth rules): 64/79 failures found (81.0%) and 34/320 correct texts flagged
(10.6%). The writer's notes, verbatim:

Scenario: a Myntra feed of men's topwear (article types Tshirts and Shirts; polos sit under Tshirts as Myntra files
them). The photos are the catalog's usual studio shots: a model on a plain backdrop wearing the product with trousers,
jeans or shorts, sometimes layered (a shirt worn open over a tee, a tee under a bomber, a shirt under a suit and tie),
now and then a flat lay, a back view or a prop (tennis racket, skateboard, dumbbell, football, golf club, bicycle).
Columns as the feed has them: title, category (Myntra's articleType), color (baseColour), gender; a few rows lack one.
Who wrote what: every text is from the untuned Salesforce/blip2-opt-2.7b. The caption is its zero-shot caption (no
prompt, greedy, 50 new tokens); the answers are enrich's default questionnaire asked one prompt at a time in the
"Question: ... Answer:" format with free generation (greedy, 30 new tokens, stopping on the newline), the closed
questions included, so their raw generated text is what is stored. I kept seven or eight of the eight answers per
product, dropping some unremarkable ones (mostly material) to keep the file short.
Labeling conventions and judgement calls: judged against the photo I imagined (described above each case) and the
title. The base model is the best of the experiments' systems on short questions, so most answers are right; its
failures are colors taken from the trousers, jeans, inner tee, tie or jacket (other_garment_color), the layer on top
answered as the garment (contradiction), rolled-up or covered sleeves read wrong (contradiction), "solid" for a
printed tee whose title says Printed (contradiction), numeric answers to "How long are the sleeves?" ("about 3
inches": unsupported), invented fabrics, stripes, pockets and logos (unsupported), a material that the title
contradicts (Linen, Pure Cotton: contradiction), a few long descriptions cut at 30 tokens (cut) or running in
circles (loop), a few answers that run on into a new "Question: ... Answer:" (leak), and "she"/"woman" for male
models with long hair (pronoun). Non_answer: "nothing" for a flat lay with no person, a brand, a color or a prop
where the question wants something else, and a details answer that only names the garment back ("it is a t-shirt").
Restated: the question's own words echoed as the answer. Left unmarked on purpose: "cotton" (and "polyester" for
sports tees) where the title names no fabric, since it is the likely truth; near shades ("red" and "burgundy" for
Maroon, "yellow" for Mustard, "purple" for Lavender, "tan" for Beige, "gray" for Charcoal or Grey Melange); teal
called "green" in one answer and "blue" in another; the same color for two garments where both really are black;
a "shirt" answer for a flat lay with nobody wearing it; verbose but right answers ("the pattern of the garment is
solid"); "stripes" for the adidas tee whose 3-Stripes are in the title; a description that names the bomber over the
tee but gets the tee right. Every text that ran to the token limit is a failure (cut or loop).
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import caption, case

BLIND_1248 = [
    # Photo: model front on grey backdrop, navy round-neck tee, light blue jeans, white sneakers. Caption and answers:
    # base OPT-2.7b (caption zero-shot, answers free generation).
    case(
        "X1248-001",
        caption("a man wearing a navy blue t-shirt and jeans"),
        Q.wearing("a blue t-shirt and jeans"),
        Q.garment_type("t-shirt"),
        Q.color("navy blue"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a navy blue t-shirt"),
        Q.details("it is a t-shirt", "non_answer"),
        gender="Men",
        title="Roadster Men Navy Blue Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: model front, black training tee with white "HRX" and "RUN THE WORLD" typography on the chest, black track
    # pants; the fabric is polyester (Rapid-Dry). Caption and answers: base OPT-2.7b.
    case(
        "X1248-002",
        caption("a man in a black t-shirt and black pants"),
        Q.wearing("a black t-shirt and black track pants"),
        Q.garment_type("t-shirt"),
        Q.color("black"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("short"),
        Q.description("a black t-shirt with the words run the world on it"),
        Q.details("the logo on the front Question: What is the material of the garment? Answer: cotton", "leak"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Typography Printed Rapid-Dry Running T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: model in a white polo with a small navy embroidered horse logo and a two-button placket, navy chinos,
    # sunglasses in his hand. Caption and answers: base OPT-2.7b.
    case(
        "X1248-003",
        caption("a man in a white polo shirt holding a pair of sunglasses"),
        Q.wearing("a white polo shirt and blue pants"),
        Q.garment_type("polo shirt"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves"),
        Q.description("white polo shirt with a blue logo"),
        Q.details("polo shirt", "non_answer"),
        Q.material("cotton"),
        gender="Men",
        title="U.S. Polo Assn. Men White Solid Polo Collar Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: model in a full-sleeve blue-and-white checked shirt, buttoned, sleeves rolled up to the elbows, black
    # jeans. Caption and answers: base OPT-2.7b; the description ran to the 30-token limit.
    case(
        "X1248-004",
        caption("a man wearing a blue and white checkered shirt"),
        Q.wearing("a plaid shirt and black jeans"),
        Q.garment_type("shirt"),
        Q.color("blue"),
        Q.pattern("plaid"),
        Q.sleeve_length("short", "contradiction"),
        Q.description(
            "a blue and white checkered shirt with a collar and buttons down the front, the sleeves are rolled up to"
            " the elbows and the",
            "cut",
            hit_limit=True,
        ),
        Q.details("checkered"),
        Q.material("cotton"),
        gender="Men",
        title="Highlander Men Blue & White Slim Fit Checked Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: olive shirt worn open over a white crew-neck tee, beige chinos. Caption and answers: base OPT-2.7b.
    case(
        "X1248-005",
        caption("a man wearing an olive green shirt and a white t-shirt"),
        Q.wearing("a green shirt and a white t-shirt"),
        Q.garment_type("jacket", "contradiction"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("it is a green shirt"),
        Q.details("buttons"),
        gender="Men",
        title="WROGN Men Olive Green Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Olive",
    ),
    # Photo: flat lay on a wooden floor, grey melange tee with a small black Puma cat logo on the chest; no person.
    # Caption and answers: base OPT-2.7b.
    case(
        "X1248-006",
        caption("a grey t-shirt with a puma logo on it"),
        Q.wearing("a grey t-shirt"),
        Q.garment_type("t-shirt"),
        Q.color("gray"),
        Q.pattern("gray", "non_answer"),
        Q.sleeve_length("short"),
        Q.description("a gray t-shirt with a puma logo"),
        Q.details("the nike logo on the front", "unsupported"),
        Q.material("cotton"),
        gender="Men",
        title="Puma Men Grey Melange Solid ESS Logo Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # Photo: male model with shoulder-length hair, maroon polo, mid-blue jeans. Caption and answers: base OPT-2.7b.
    case(
        "X1248-007",
        caption("a woman in a maroon polo shirt", "pronoun"),
        Q.wearing("a red polo shirt and jeans"),
        Q.garment_type("polo shirt"),
        Q.color("maroon"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("she is wearing a maroon polo shirt", "pronoun"),
        Q.details("the shirt has a collar and buttons"),
        gender="Men",
        title="Mast & Harbour Men Maroon Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Maroon",
    ),
    # Photo: white formal shirt tucked into grey trousers, brown leather belt, wrist watch. Caption and answers: base
    # OPT-2.7b.
    case(
        "X1248-008",
        caption("a man in a white shirt and gray pants"),
        Q.wearing("a white shirt and grey pants"),
        Q.garment_type("dress shirt"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a white dress shirt with a collar and buttons"),
        Q.details("the shirt is tucked into the pants"),
        Q.material("cotton"),
        gender="Men",
        title="Louis Philippe Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: back view, black tee with a large samurai-and-red-sun graphic with Japanese letters on the back, black
    # joggers. Caption and answers: base OPT-2.7b; description and details ran to the 30-token limit.
    case(
        "X1248-009",
        caption("the back of a black t-shirt with a samurai on it"),
        Q.wearing("a black t-shirt"),
        Q.garment_type("t-shirt"),
        Q.color("black"),
        Q.pattern("samurai"),
        Q.sleeve_length("short"),
        Q.description(
            "the back of the shirt has a picture of a samurai warrior holding a sword with a red sun behind him and"
            " japanese writing on the side of the",
            "cut",
            hit_limit=True,
        ),
        Q.details(
            "the samurai warrior is holding a sword and the samurai warrior is holding a sword and the samurai warrior"
            " is holding a sword and the",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        title="Bewakoof Men Black Samurai Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: navy polo with a plain self collar, white shorts, model holding a tennis racket. Caption and answers: base
    # OPT-2.7b.
    case(
        "X1248-010",
        caption("a man holding a tennis racket"),
        Q.wearing("a polo shirt and white shorts"),
        Q.garment_type("polo shirt"),
        Q.color("black", "contradiction"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a man holding a tennis racket", "non_answer"),
        Q.details("the shirt has a white stripe on the collar", "unsupported"),
        Q.material("the garment is made of the material of the garment", "restated"),
        gender="Men",
        title="Allen Solly Men Navy Blue Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: white tee with a small red batwing logo print on the chest, mid-blue jeans. Caption and answers: base
    # OPT-2.7b.
    case(
        "X1248-011",
        caption("a man wearing a white levi's t-shirt and jeans"),
        Q.wearing("a white t-shirt and blue jeans"),
        Q.garment_type("t-shirt"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("logo"),
        Q.sleeve_length("short"),
        Q.description("a white t-shirt with a red levi's logo"),
        Q.details("levi's"),
        Q.material("denim", "contradiction"),
        gender="Men",
        title="Levis Men White Brand Logo Printed Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: light blue shirt with white pinstripes under a navy two-piece suit, no tie, hands in the pockets.
    # Caption and answers: base OPT-2.7b.
    case(
        "X1248-012",
        caption("a man in a suit and tie", "unsupported"),
        Q.wearing("a blue suit"),
        Q.garment_type("suit", "contradiction"),
        Q.color("blue"),
        Q.pattern("striped"),
        Q.sleeve_length("long"),
        Q.description("a navy blue suit jacket", "contradiction"),
        Q.details("pinstripes"),
        Q.material("wool", "unsupported"),
        gender="Men",
        title="Van Heusen Men Blue Slim Fit Striped Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: yellow tee with the black Batman logo on the chest, black jeans. Caption and answers: base OPT-2.7b; the
    # details ran to the 30-token limit.
    case(
        "X1248-013",
        caption("a man wearing a yellow batman t-shirt"),
        Q.wearing("a batman t-shirt"),
        Q.garment_type("t-shirt"),
        Q.color("yellow"),
        Q.pattern("batman logo"),
        Q.sleeve_length("about 3 inches", "unsupported"),
        Q.description("a yellow t-shirt with a batman logo on it"),
        Q.details(
            "the batman logo is on the front of the shirt and the batman logo is on the front of the shirt and the"
            " batman logo is on the",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        title="The Souled Store Men Yellow Batman Logo Printed Round Neck T-shirt",
        category="Tshirts",
        color="Yellow",
    ),
    # Photo: model mid-stride on a studio floor, royal blue training tee with a small white swoosh, black shorts.
    # Caption and answers: base OPT-2.7b.
    case(
        "X1248-014",
        caption("a man in a blue nike shirt running"),
        Q.wearing("a blue nike shirt and black shorts"),
        Q.garment_type("t-shirt"),
        Q.color("blue"),
        Q.pattern("nike", "non_answer"),
        Q.sleeve_length("short"),
        Q.description("blue nike dri-fit t-shirt"),
        Q.details("nike swoosh"),
        Q.material("polyester"),
        gender="Men",
        title="Nike Men Blue Dri-FIT Legend Training T-shirt",
        category="Tshirts",
        color="Blue",
    ),
    # Photo: flat lay, a folded grey-and-white micro-checked formal shirt, collar and placket showing; no person.
    # Caption and answers: base OPT-2.7b.
    case(
        "X1248-015",
        caption("a gray and white checkered shirt folded on a white background"),
        Q.wearing("a shirt"),
        Q.garment_type("shirt"),
        Q.color("gray"),
        Q.pattern("checkered"),
        Q.sleeve_length("long"),
        Q.description("the shirt is gray and white checkered"),
        Q.details("the shirt", "non_answer"),
        Q.material("cotton"),
        gender="Men",
        title="Peter England Men Grey Slim Fit Checked Formal Shirt",
        category="Shirts",
        color="Grey",
    ),
    # Photo: mustard full-sleeve henley tee (three-button placket), grey joggers. Caption and answers: base OPT-2.7b.
    case(
        "X1248-016",
        caption("a man wearing a yellow long sleeve shirt"),
        Q.wearing("a yellow shirt and gray pants"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("yellow"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("yellow"),
        Q.details("buttons"),
        Q.material("wool", "unsupported"),
        gender="Men",
        title="Campus Sutra Men Mustard Yellow Solid Henley Neck T-shirt",
        category="Tshirts",
        color="Mustard",
    ),
    # Photo: white tee with navy horizontal stripes, khaki shorts, model holding a skateboard. Caption and answers:
    # base OPT-2.7b. The feed row has no gender.
    case(
        "X1248-017",
        caption("a man holding a skateboard wearing a striped shirt"),
        Q.wearing("a striped shirt and khaki shorts"),
        Q.garment_type("t-shirt"),
        Q.color("blue and white"),
        Q.pattern("striped"),
        Q.sleeve_length("4 inches", "unsupported"),
        Q.description("blue and white striped shirt"),
        Q.details("the details of the garment are stripes"),
        title="Jack & Jones Men White & Navy Blue Striped Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: maroon full-sleeve cotton shirt, buttoned, black jeans. Caption and answers: base OPT-2.7b.
    case(
        "X1248-018",
        caption("a man in a red shirt and black jeans"),
        Q.wearing("a red shirt and black jeans"),
        Q.garment_type("shirt"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("the shirt is red and the jeans are black"),
        Q.details("a button down shirt with a collar"),
        Q.material("silk", "unsupported"),
        gender="Men",
        title="Dennis Lingo Men Maroon Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Maroon",
    ),
    # Photo: back view, model facing away in a plain navy polo (no stripes anywhere), white chinos. Caption and
    # answers: base OPT-2.7b.
    case(
        "X1248-019",
        caption("the back of a man wearing a navy polo shirt"),
        Q.wearing("a blue shirt and white pants"),
        Q.garment_type("polo shirt"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a navy blue polo shirt with white stripes on the sleeves", "unsupported"),
        Q.details("it has a collar"),
        Q.material("cotton"),
        gender="Men",
        title="Tommy Hilfiger Men Navy Blue Solid Polo Collar Slim Fit T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: black short-sleeve shirt with a white tropical leaf print, blue jeans, sunglasses pushed up on the head.
    # Caption and answers: base OPT-2.7b; the description ran to the 30-token limit.
    case(
        "X1248-020",
        caption("a man wearing a black and white floral shirt and sunglasses"),
        Q.wearing("a floral shirt"),
        Q.garment_type("hawaiian shirt"),
        Q.color("black and white"),
        Q.pattern("floral"),
        Q.sleeve_length("short"),
        Q.description(
            "a black and white hawaiian shirt with white palm leaves and white flowers on a black background with"
            " short sleeves and a collar and buttons down the front of",
            "cut",
            hit_limit=True,
        ),
        Q.details("palm leaves"),
        Q.material("rayon"),
        gender="Men",
        title="HERE&NOW Men Black & White Tropical Printed Viscose Rayon Casual Shirt",
        category="Shirts",
        color="Black",
    ),
    # Photo: olive camouflage shirt with two flap pockets on the chest, buttoned, black jeans, boots. Caption and
    # answers: base OPT-2.7b; the details ran to the 30-token limit.
    case(
        "X1248-021",
        caption("a man in a camouflage shirt and black jeans"),
        Q.wearing("camo shirt"),
        Q.garment_type("shirt"),
        Q.color("green"),
        Q.pattern("camouflage"),
        Q.sleeve_length("long. Question: What is the pattern of the garment? Answer: camouflage", "leak"),
        Q.description("a camouflage shirt with two pockets on the chest"),
        Q.details(
            "the pockets on the chest and the buttons on the front of the shirt and the pockets on the chest and the"
            " buttons on the front of",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        title="Urbano Fashion Men Olive Slim Fit Camouflage Printed Casual Shirt",
        category="Shirts",
        color="Olive",
    ),
    # Photo: white tee with red "BEING HUMAN" lettering, blue jeans, model leaning on a bicycle. Caption and answers:
    # base OPT-2.7b.
    case(
        "X1248-022",
        caption("a man wearing a white t-shirt standing next to a bicycle"),
        Q.wearing("a white shirt and jeans"),
        Q.garment_type("t-shirt"),
        Q.color("white"),
        Q.pattern("printed"),
        Q.sleeve_length("12 inches", "unsupported"),
        Q.description("white t-shirt with red writing"),
        Q.details("being human"),
        Q.material("what material is the garment made of", "restated"),
        gender="Men",
        title="Being Human Men White Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: charcoal grey polo (clearly dark grey, not black), mid-blue jeans. Caption and answers: base OPT-2.7b.
    case(
        "X1248-023",
        caption("a man wearing a black polo shirt and jeans", "contradiction"),
        Q.wearing("a gray polo shirt and jeans"),
        Q.garment_type("polo"),
        Q.color("dark gray"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("the polo shirt is gray"),
        Q.details("the collar and the buttons"),
        Q.material("cotton"),
        gender="Men",
        title="Red Tape Men Charcoal Grey Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Charcoal",
    ),
    # Photo: washed blue denim shirt worn open over a white tee, black jeans. Caption and answers: base OPT-2.7b; the
    # details ran to the 30-token limit.
    case(
        "X1248-024",
        caption("a man wearing a denim shirt and black jeans"),
        Q.wearing("a jean jacket and a white t-shirt", "contradiction"),
        Q.garment_type("denim"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a blue denim shirt with a white t-shirt underneath"),
        Q.details(
            "the buttons on the front and the pockets on the front and the buttons on the front and the pockets on"
            " the front and the buttons",
            "loop",
            hit_limit=True,
        ),
        Q.material("denim"),
        gender="Men",
        title="Roadster Men Blue Washed Denim Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: black tee with the three white stripes over the shoulders, black track pants with white side stripes.
    # Caption and answers: base OPT-2.7b.
    case(
        "X1248-025",
        caption("a man wearing a black adidas shirt and black pants"),
        Q.wearing("adidas", "non_answer"),
        Q.garment_type("t-shirt"),
        Q.color("black and white"),
        Q.pattern("stripes"),
        Q.sleeve_length("short"),
        Q.description("a black adidas t-shirt with three white stripes on the shoulders"),
        Q.details("three stripes"),
        Q.material("polyester"),
        gender="Men",
        title="ADIDAS Men Black Essentials 3-Stripes Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: red-and-black buffalo check flannel shirt worn open over a black tee, blue jeans, grey beanie. Caption and
    # answers: base OPT-2.7b.
    case(
        "X1248-026",
        caption("a man in a red and black plaid shirt and a beanie"),
        Q.wearing("a red and black plaid shirt, a black t-shirt, and blue jeans"),
        Q.garment_type("flannel"),
        Q.color("red"),
        Q.pattern("plaid"),
        Q.sleeve_length("long"),
        Q.description("a red and black plaid flannel shirt"),
        Q.details("it is a shirt", "non_answer"),
        Q.material("flannel"),
        gender="Men",
        title="Highlander Men Red & Black Slim Fit Buffalo Checked Flannel Casual Shirt",
        category="Shirts",
        color="Red",
    ),
    # Photo: pink polo, white jeans, white backdrop. Caption and answers: base OPT-2.7b.
    case(
        "X1248-027",
        caption("a man in a pink polo shirt and white pants"),
        Q.wearing("pink polo shirt and white pants"),
        Q.garment_type("polo shirt"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("2 inches", "unsupported"),
        Q.description("pink"),
        Q.details("the details of the garment are the details of the garment", "restated"),
        Q.material("cotton"),
        gender="Men",
        title="Mast & Harbour Men Pink Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Pink",
    ),
    # Photo: flat lay of two plain crew-neck tees side by side, one black, one grey; no person. Caption and answers:
    # base OPT-2.7b.
    case(
        "X1248-028",
        caption("two t-shirts, one black and one gray"),
        Q.wearing("nothing", "non_answer"),
        Q.garment_type("t-shirt"),
        Q.color("black and gray"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a black t-shirt and a gray t-shirt"),
        Q.details("there are two t-shirts"),
        Q.material("cotton"),
        gender="Men",
        title="Jockey Men Pack of 2 Solid Round Neck Cotton T-shirts",
        category="Tshirts",
        color="Multi",
    ),
    # Photo: male model with shoulder-length hair, sitting on a stool, light blue oxford button-down shirt, beige
    # chinos, white sneakers. Caption and answers: base OPT-2.7b.
    case(
        "X1248-029",
        caption("a young man sitting on a stool wearing a blue shirt and khaki pants"),
        Q.wearing("she is wearing a blue shirt and khaki pants", "pronoun"),
        Q.garment_type("shirt"),
        Q.color("light blue"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a light blue button down shirt"),
        Q.details("button down collar"),
        Q.material("oxford"),
        gender="Men",
        title="Allen Solly Men Blue Slim Fit Solid Oxford Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: red tee with a large white PUMA logo print, black shorts, model holding a football. Caption and answers:
    # base OPT-2.7b.
    case(
        "X1248-030",
        caption("a man holding a soccer ball wearing a red puma t-shirt"),
        Q.wearing("red shirt and black shorts"),
        Q.garment_type("t-shirt"),
        Q.color("red Question: What is the color of the shorts? Answer: black", "leak"),
        Q.pattern("logo"),
        Q.sleeve_length("short"),
        Q.description("a red t-shirt with the puma logo on the front"),
        Q.details("it is a t-shirt", "non_answer"),
        Q.material("cotton"),
        gender="Men",
        title="Puma Men Red Brand Logo Printed Round Neck T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # Photo: black cotton mandarin-collar shirt, full sleeves, black jeans, grey backdrop. Caption and answers: base
    # OPT-2.7b.
    case(
        "X1248-031",
        caption("a man in a black shirt and black jeans"),
        Q.wearing("a black shirt and black pants"),
        Q.garment_type("shirt"),
        Q.color("black"),
        Q.pattern("black", "non_answer"),
        Q.sleeve_length("long"),
        Q.description("a black shirt with a mandarin collar"),
        Q.details("it has a collar"),
        Q.material("linen", "unsupported"),
        gender="Men",
        title="WROGN Men Black Slim Fit Solid Mandarin Collar Casual Shirt",
        category="Shirts",
        color="Black",
    ),
    # Photo: teal slim-fit tee, black shorts, model holding a dumbbell in his right hand, white-and-black sneakers.
    # Caption and answers: base OPT-2.7b; the description ran to the 30-token limit.
    case(
        "X1248-032",
        caption("a man holding a dumbbell"),
        Q.wearing("a green shirt and black shorts"),
        Q.garment_type("t-shirt"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description(
            "a man holding a dumbbell in his right hand and wearing a green shirt and black shorts and a pair of",
            "cut",
            hit_limit=True,
        ),
        Q.details("a dumbbell", "non_answer"),
        Q.material("cotton"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Teal Solid Slim Fit Round Neck T-shirt",
        category="Tshirts",
        color="Teal",
    ),
    # Photo: lavender polo with white buttons, white trousers, model holding a golf club. Caption and answers: base
    # OPT-2.7b.
    case(
        "X1248-033",
        caption("a man holding a golf club wearing a purple polo shirt"),
        Q.wearing("a purple shirt and white pants"),
        Q.garment_type("golf shirt"),
        Q.color("purple"),
        Q.pattern("the pattern of the garment is solid"),
        Q.sleeve_length("short"),
        Q.description("purple polo shirt with white buttons"),
        Q.details("it is a polo shirt", "non_answer"),
        Q.material("cotton"),
        gender="Men",
        title="Louis Philippe Sport Men Lavender Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Lavender",
    ),
    # Photo: white short-sleeve tee with a small black swoosh, worn under an open black nylon bomber jacket that hides
    # the sleeves, grey joggers. Caption and answers: base OPT-2.7b.
    case(
        "X1248-034",
        caption("a man wearing a black jacket and a white shirt"),
        Q.wearing("a black jacket, white shirt, and gray pants"),
        Q.garment_type("jacket", "contradiction"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long", "contradiction"),
        Q.description("a black bomber jacket with a white t-shirt underneath"),
        Q.details("nike"),
        Q.material("leather", "unsupported"),
        gender="Men",
        title="Nike Men White Sportswear Club Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: beige linen shirt with a chest pocket, sleeves rolled to the elbows, tucked into navy shorts, model in a
    # wicker chair. Caption and answers: base OPT-2.7b; the details ran to the 30-token limit.
    case(
        "X1248-035",
        caption("a man sitting in a wicker chair wearing a beige shirt"),
        Q.wearing("a tan shirt and blue shorts"),
        Q.garment_type("shirt"),
        Q.color("beige"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a beige linen shirt"),
        Q.details(
            "the shirt has a pocket on the left side of the chest and the sleeves are rolled up to the elbows and the"
            " shirt is tucked into the",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton", "contradiction"),
        gender="Men",
        title="Indian Terrain Men Beige Solid Pure Linen Casual Shirt",
        category="Shirts",
        color="Beige",
    ),
    # Photo: colour-blocked tee, black body with a white chest panel, grey jeans. Caption and answers: base OPT-2.7b.
    case(
        "X1248-036",
        caption("a man wearing a black and white t-shirt and gray jeans"),
        Q.wearing("a gray shirt and gray jeans", "contradiction"),
        Q.garment_type("t-shirt"),
        Q.color("black and white"),
        Q.pattern("color block"),
        Q.sleeve_length("short"),
        Q.description("a black and white t shirt"),
        Q.details("the top half is white and the bottom half is black"),
        gender="Men",
        title="Roadster Men Black & White Colourblocked Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: navy polo with thin white horizontal stripes and a navy collar, grey chinos. Caption and answers: base
    # OPT-2.7b.
    case(
        "X1248-037",
        caption("a man in a blue and white striped polo shirt"),
        Q.wearing("a striped shirt and gray pants"),
        Q.garment_type("polo shirt"),
        Q.color("gray", "other_garment_color"),
        Q.pattern("striped"),
        Q.sleeve_length("short"),
        Q.description("a blue and white striped polo shirt"),
        Q.details("it's a polo shirt", "non_answer"),
        gender="Men",
        title="Van Heusen Men Navy Blue & White Striped Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: grey tee with an astronaut graphic and "I NEED MY SPACE" in white letters, black joggers, male model with
    # long hair tied back. Caption and answers: base OPT-2.7b; the description ran to the 30-token limit.
    case(
        "X1248-038",
        caption("a man wearing a gray t-shirt with an astronaut on it"),
        Q.wearing("she is wearing a gray t-shirt", "pronoun"),
        Q.garment_type("t-shirt"),
        Q.color("gray"),
        Q.pattern("astronaut"),
        Q.sleeve_length("short"),
        Q.description(
            "the t-shirt is gray and has a picture of an astronaut on it with the words i need my space written in",
            "cut",
            hit_limit=True,
        ),
        Q.details("i need my space"),
        Q.material("cotton"),
        gender="Men",
        title="Bewakoof Men Grey Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="Grey",
    ),
    # Photo: white formal shirt with a navy polka-dot tie, grey trousers. Caption and answers: base OPT-2.7b. The feed
    # row has no color.
    case(
        "X1248-039",
        caption("a man in a white shirt and blue tie"),
        Q.wearing("a white shirt and a tie"),
        Q.garment_type("tie", "contradiction"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a white shirt and a blue tie"),
        Q.details("a collar and cuffs"),
        Q.material("cotton"),
        gender="Men",
        title="Peter England Men White Regular Fit Solid Formal Shirt",
        category="Shirts",
    ),
    # Photo: black short-sleeve Cuban-collar shirt, beige trousers, gold chain necklace. Caption and answers: base
    # OPT-2.7b.
    case(
        "X1248-040",
        caption("a man in a black shirt with a gold chain"),
        Q.wearing("a black shirt and beige pants"),
        Q.garment_type("shirt"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("long", "contradiction"),
        Q.description("black short sleeve shirt"),
        Q.details("gold chain", "contradiction"),
        Q.material("cotton"),
        gender="Men",
        title="Snitch Men Black Boxy Fit Solid Cuban Collar Casual Shirt",
        category="Shirts",
        color="Black",
    ),
    # Photo: green tee with thin white horizontal stripes, denim shorts. Caption and answers: base OPT-2.7b; the color
    # answer ran to the 30-token limit.
    case(
        "X1248-041",
        caption("a man wearing a green and white striped shirt"),
        Q.wearing("a green and white striped shirt and jean shorts"),
        Q.garment_type("t-shirt"),
        Q.color(
            "green and white striped shirt with white stripes and green stripes and white stripes and green stripes"
            " and white stripes and green stripes and white",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("stripes"),
        Q.sleeve_length("short"),
        Q.description("green and white striped t-shirt"),
        Q.details("the stripes are green and white"),
        Q.material("cotton"),
        gender="Men",
        title="Kook N Keech Men Green & White Striped Round Neck T-shirt",
        category="Tshirts",
        color="Green",
    ),
    # Photo: mustard full-sleeve shirt without a pocket, navy chinos, model sitting on steps. Caption and answers:
    # base OPT-2.7b; the description ran to the 30-token limit. The feed row has no category.
    case(
        "X1248-042",
        caption("a man sitting on steps wearing a yellow shirt and blue pants"),
        Q.wearing("a yellow shirt and blue pants"),
        Q.garment_type("casual", "non_answer"),
        Q.color("mustard"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description(
            "a yellow shirt with a collar and buttons and a collar and buttons and a collar and buttons and a collar"
            " and buttons and a collar",
            "loop",
            hit_limit=True,
        ),
        Q.details("there is a pocket on the left side of the shirt", "unsupported"),
        Q.material("cotton"),
        gender="Men",
        title="Mufti Men Mustard Slim Fit Solid Casual Shirt",
        color="Mustard",
    ),
    # Photo: flat lay, plain navy crew-neck tee with a small white logo on the chest; no person. Caption and answers:
    # base OPT-2.7b. The feed row has no gender.
    case(
        "X1248-043",
        caption("a navy blue t-shirt on a white background"),
        Q.wearing("a navy blue t-shirt"),
        Q.garment_type("t-shirt"),
        Q.color("navy"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a navy blue t-shirt with a small white logo"),
        Q.details("round neck"),
        Q.material("cotton"),
        title="United Colors of Benetton Men Navy Blue Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: royal blue tee with a white arched "HARVARD" print, black jeans. Caption and answers: base OPT-2.7b.
    case(
        "X1248-044",
        caption("a man wearing a blue harvard t-shirt"),
        Q.wearing("a blue harvard shirt and black jeans"),
        Q.garment_type("t-shirt"),
        Q.color("blue"),
        Q.pattern("text"),
        Q.sleeve_length("short"),
        Q.description(
            "blue t-shirt with harvard written on it. Question: what is the man wearing? Answer: a blue t-shirt", "leak"
        ),
        Q.details("harvard"),
        Q.material("cotton"),
        gender="Men",
        title="Harvard Men Blue Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="Blue",
    ),
    # Photo: pink-and-white gingham formal shirt tucked into navy trousers, brown belt. Caption and answers: base
    # OPT-2.7b.
    case(
        "X1248-045",
        caption("a man in a pink and white checkered shirt and blue pants"),
        Q.wearing("a pink shirt and pink pants", "contradiction"),
        Q.garment_type("shirt"),
        Q.color("pink"),
        Q.pattern("gingham"),
        Q.sleeve_length("they are long"),
        Q.description("pink and white gingham dress shirt"),
        Q.details("the shirt is tucked in"),
        Q.material("cotton"),
        gender="Men",
        title="Arrow Men Pink Slim Fit Checked Formal Shirt",
        category="Shirts",
        color="Pink",
    ),
]
