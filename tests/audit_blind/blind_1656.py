"""BLIND_1656 (45 products; Myntra men's tees, polos and shirts, base BLIP-2 zero-shot): written blind in the sixty-
seventh session. Measured blind at 96772b2 (the session's first rules): 66/77 failures found (85.7%) and 33/315
correct texts flagged (10.5%). The writer's notes, verbatim:

Scenario: a Myntra men's topwear feed (article types Tshirts and Shirts; polos sit under Tshirts as Myntra files them),
mostly studio shots of a model on a plain white or light grey backdrop wearing the product with jeans, chinos, trousers
or shorts, plus two flat lays, one back view, and props (a tie, a blazer, a football, a straw hat, a coffee cup,
sunglasses hooked in a pocket). The caption is the base Salesforce/blip2-opt-2.7b with no prompt and no adapter (greedy,
50 new tokens); the answers are the same base model, zero-shot, asked enrich's default questionnaire with free
generation (`Question: ... Answer:`, greedy, 30 new tokens, stopping on the newline). Catalog columns are the feed's
own: title, category (Myntra article type), color (base colour), gender; a few rows lack one of them.
Who wrote what: every caption is base BLIP-2 captioning; every answer is base BLIP-2 zero-shot VQA. No adapter, no
extractive QA model, no closed-set ranking: the closed questions (garment type, color, pattern, sleeves) were
generated freely and the raw text kept.
Labeling conventions and judgement calls: judged against the photo I imagined (the comment above each case) and the
title. The base model answers short questions well, so most one-word answers are right; its failures are colors
(navy read as black, olive as brown, beige as white, the trousers' or the blazer's color given for the product),
the inner tee or the blazer answered instead of the shirt, invented materials and details, "she"/"a woman" for
long-haired or slim male models, and now and then a run-on: a loop, a continuation cut at the limit, or the model
writing the next "Question: ... Answer:" itself (leak, all at the 30-token limit). Conventions: "shirt" for a
t-shirt and "t-shirt" or "polo" for a polo are correct (generic, not wrong); near hues are correct (teal "green",
maroon "red", mustard "yellow", peach "pink", off white "white", charcoal "black" since it reads black in the
photo); "none"/"plain" for the pattern of a solid garment is correct, "plain" for a printed one is a contradiction;
a material the title names is checked against it (wrong = contradiction); with no material in the title, "cotton"
for a cotton tee or shirt is left correct, while an exotic or wrong material (silk, linen, denim, polyester for a
cotton garment) is unsupported; a material answer that is wrong for a technical fabric the title implies
(rapid-dry) is unsupported too. A color that belongs to another visible garment is other_garment_color; a wrong hue
of the product itself is contradiction; a prop or another garment answered as the garment type is contradiction.
"there are no details" and "nothing" (flat lay, no person) are non_answer; "the details of the garment" style echoes
are restated; a details answer that only names the garment type ("t-shirt", "it's a shirt") is non_answer. A run-on
that loops is loop even when it is also cut; a run-on that writes a new Question is leak. One label per text, the
first thing a reviewer would object to. Terse but true answers ("buttons", "batman", "the shirt is pink" for
details, "tie dye" for the description) are left correct. Wrong texts come to about one in five, fewer than the
usual four in ten: this is the untuned base on clean studio shots, asked short questions it answers well, with
stopping on the newline, so loops, cuts and leaks are rare and the errors sit in colors, layers, props and details.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import caption, case

BLIND_1656 = [
    # Model, white backdrop: navy solid crew-neck tee, light blue jeans. Caption and answers: base BLIP-2.
    case(
        "X1656-001",
        caption("a man wearing a navy blue t-shirt and jeans"),
        Q.wearing("a blue t-shirt and jeans"),
        Q.garment_type("t-shirt"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a navy blue t-shirt"),
        Q.details("it's a t-shirt with a crew neck"),
        Q.material("cotton"),
        gender="Men",
        title="Roadster Men Navy Blue Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Model: white polo with a small navy geometric all-over print, black chinos. Base BLIP-2 throughout; the color
    # answer takes the chinos' black, the pattern answer misses the small print.
    case(
        "X1656-002",
        caption("a man in a white polo shirt and black pants"),
        Q.wearing("a white shirt and black pants"),
        Q.garment_type("polo shirt"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("short"),
        Q.description("a white polo shirt with a collar"),
        Q.details("buttons on the collar"),
        gender="Men",
        title="HERE&NOW Men White Printed Polo Collar T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Model, grey backdrop: olive full-sleeve casual shirt, sleeves rolled to the elbow, beige chinos. Base BLIP-2;
    # the rolled sleeves read as short; linen is invented (cotton twill).
    case(
        "X1656-003",
        caption("a man in a green shirt and khaki pants"),
        Q.wearing("a green shirt and khaki pants"),
        Q.garment_type("shirt"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("short", "contradiction"),
        Q.description("a green button down shirt"),
        Q.details("the sleeves are rolled up"),
        Q.material("linen", "unsupported"),
        gender="Men",
        title="HIGHLANDER Men Olive Green Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Olive",
    ),
    # Model: black short-sleeve shirt with a white tropical leaf print, buttoned, black jeans. Base BLIP-2, all right
    # (leaves called flowers: close enough for a print) but the chest pocket the details answer gives it does not exist.
    case(
        "X1656-004",
        caption("a man wearing a black shirt with white flowers on it"),
        Q.wearing("a black shirt with white flowers"),
        Q.garment_type("shirt"),
        Q.color("black and white"),
        Q.pattern("floral"),
        Q.sleeve_length("short"),
        Q.description("a black shirt with white flowers on it"),
        Q.details("the shirt has a pocket on the left side with a flower on it", "unsupported"),
        gender="Men",
        title="WROGN Men Black Slim Fit Printed Casual Shirt",
        category="Shirts",
        color="Black",
    ),
    # Model: mustard tee, black "STAY WILD" text on the chest, blue jeans. Base BLIP-2; the color answer calls the
    # mustard orange (the caption has it yellow).
    case(
        "X1656-005",
        caption("a man wearing a yellow t-shirt that says stay wild"),
        Q.wearing("a yellow t-shirt"),
        Q.garment_type("t-shirt"),
        Q.color("orange", "contradiction"),
        Q.pattern("graphic"),
        Q.sleeve_length("short"),
        Q.description("it's a yellow t-shirt with the words stay wild on it"),
        Q.details("stay wild"),
        Q.material("cotton"),
        gender="Men",
        title="Campus Sutra Men Mustard Yellow Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="Mustard",
    ),
    # Model: blue and white horizontal-striped polo, small logo on the left chest, white trousers. Base BLIP-2; the
    # title says pure cotton, the material answer says polyester.
    case(
        "X1656-006",
        caption("a man in a blue and white striped polo shirt"),
        Q.wearing("a striped shirt and white pants"),
        Q.garment_type("polo"),
        Q.color("blue and white"),
        Q.pattern("stripes"),
        Q.sleeve_length("short"),
        Q.description("blue and white stripes"),
        Q.details("the logo is on the left chest"),
        Q.material("polyester", "contradiction"),
        gender="Men",
        title="U.S. Polo Assn. Men Blue & White Striped Polo Collar Pure Cotton T-shirt",
        category="Tshirts",
        color="Blue",
    ),
    # Model: grey melange solid polo, navy chinos, a paper coffee cup in one hand. Base BLIP-2; the details answer
    # just echoes the question.
    case(
        "X1656-007",
        caption("a man in a grey polo shirt holding a cup of coffee"),
        Q.wearing("a grey polo shirt"),
        Q.garment_type("polo shirt"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("the shirt is grey and has a collar"),
        Q.details("the details of the garment are the details of the garment", "restated"),
        gender="Men",
        title="Louis Philippe Sport Men Grey Melange Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # Model: maroon full-sleeve henley tee, three-button placket, black jeans. Base BLIP-2; a long-sleeve henley
    # taken for a sweater.
    case(
        "X1656-008",
        caption("a man wearing a maroon long sleeve shirt"),
        Q.wearing("a red shirt and black jeans"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("red"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a maroon henley shirt with buttons"),
        Q.details("three buttons on the front"),
        Q.material("cotton"),
        gender="Men",
        title="Roadster Men Maroon Solid Henley Neck Full Sleeve T-shirt",
        category="Tshirts",
        color="Maroon",
    ),
    # Model: white solid formal shirt with a navy tie (prop), grey trousers. Base BLIP-2; the garment type answer
    # names the tie; the details answer only names the garment.
    case(
        "X1656-009",
        caption("a man in a white shirt and tie"),
        Q.wearing("a white shirt and a blue tie"),
        Q.garment_type("tie", "contradiction"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a white dress shirt"),
        Q.details("it's a shirt", "non_answer"),
        Q.material("cotton"),
        gender="Men",
        title="Van Heusen Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Model: small blue-and-white checked formal shirt, no chest pocket, black trousers. Base BLIP-2; the pocket is
    # invented.
    case(
        "X1656-010",
        caption("a man in a blue plaid shirt and black pants"),
        Q.wearing("a blue shirt"),
        Q.garment_type("shirt"),
        Q.color("blue"),
        Q.pattern("plaid"),
        Q.sleeve_length("long"),
        Q.description("blue and white checkered shirt"),
        Q.details("the shirt has a pocket on the front", "unsupported"),
        Q.material("cotton"),
        gender="Men",
        title="Peter England Men Blue Checked Slim Fit Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Flat lay on white: black tee with a large astronaut print (the astronaut floats, hands empty). Base BLIP-2;
    # "a t-shirt" for the person question on a flat lay names the product, right; the flag is invented.
    case(
        "X1656-011",
        caption("a black t-shirt with an astronaut on it"),
        Q.wearing("a t-shirt"),
        Q.garment_type("t-shirt"),
        Q.color("black"),
        Q.pattern("astronaut"),
        Q.sleeve_length("short"),
        Q.description("a black t-shirt with an astronaut on it"),
        Q.details("the astronaut is holding a flag", "unsupported"),
        Q.material("cotton"),
        gender="Men",
        title="Bewakoof Men Black Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Model: teal solid crew-neck tee, beige chinos. Base BLIP-2; "there are no details" says nothing.
    case(
        "X1656-012",
        caption("a man in a green t-shirt and khaki pants"),
        Q.wearing("a green shirt"),
        Q.garment_type("t-shirt"),
        Q.color("green"),
        Q.pattern("none"),
        Q.sleeve_length("short"),
        Q.description("a green t-shirt"),
        Q.details("there are no details", "non_answer"),
        Q.material("cotton"),
        gender="Men",
        title="Mast & Harbour Men Teal Solid Round Neck T-shirt",
        category="Tshirts",
        color="Teal",
    ),
    # Model, gym-style shot: charcoal grey training tee (polyester, reads near-black), black joggers. Base BLIP-2;
    # "black" left correct for charcoal; cotton is wrong for a rapid-dry tee.
    case(
        "X1656-013",
        caption("a man in a black t-shirt and black pants"),
        Q.wearing("a black shirt and black pants"),
        Q.garment_type("t-shirt"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a black athletic shirt"),
        Q.details("it is made of a breathable material"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Charcoal Grey Solid Rapid-Dry Training T-shirt",
        category="Tshirts",
        color="Charcoal",
    ),
    # Model: beige full-sleeve casual shirt, buttoned, blue jeans; bright studio light washes the beige out. Base
    # BLIP-2; caption and color call it white.
    case(
        "X1656-014",
        caption("a man in a white shirt and blue jeans", "contradiction"),
        Q.wearing("a tan shirt and jeans"),
        Q.garment_type("shirt"),
        Q.color("white", "contradiction"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a beige button down shirt"),
        Q.details("buttons"),
        Q.material("i don't know", "non_answer"),
        gender="Men",
        title="Dennis Lingo Men Beige Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Beige",
    ),
    # Model with shoulder-length hair: pink solid crew-neck tee, white jeans. Base BLIP-2; "a woman" and "she".
    case(
        "X1656-015",
        caption("a woman in a pink t-shirt and white jeans", "pronoun"),
        Q.wearing("a pink shirt and white pants"),
        Q.garment_type("t-shirt"),
        Q.color("pink"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("she is wearing a pink t-shirt", "pronoun"),
        Q.details("the shirt is pink"),
        gender="Men",
        title="Roadster Men Pink Solid Round Neck T-shirt",
        category="Tshirts",
        color="Pink",
    ),
    # Back view: black oversized tee with a large Naruto print on the back, black cargo pants; the dropped short
    # sleeves reach the elbow. Base BLIP-2; sleeves called long.
    case(
        "X1656-016",
        caption("the back of a man wearing a black t-shirt with an anime character on it"),
        Q.wearing("a black t-shirt"),
        Q.garment_type("t-shirt"),
        Q.color("black"),
        Q.pattern("anime"),
        Q.sleeve_length("long", "contradiction"),
        Q.description("a black t-shirt with naruto on the back"),
        Q.details("naruto"),
        Q.material("cotton"),
        gender="Men",
        title="The Souled Store Men Black Naruto Printed Oversized T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Model, slightly dark exposure: navy solid polo with a small white logo, khaki shorts. Base BLIP-2 reads the
    # navy as black everywhere it names a color.
    case(
        "X1656-017",
        caption("a man in a black polo shirt and khaki shorts", "contradiction"),
        Q.wearing("a black polo shirt and shorts", "contradiction"),
        Q.garment_type("polo shirt"),
        Q.color("black", "contradiction"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a black polo shirt with a white logo", "contradiction"),
        Q.details("the logo is on the left side of the chest"),
        gender="Men",
        title="Allen Solly Men Navy Blue Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Model, front view only: red tee with a black Batman logo, blue jeans. Base BLIP-2; the caption loops to the
    # 50-token limit; a back print is invented.
    case(
        "X1656-018",
        caption(
            "a man wearing a red t-shirt with a batman logo on it and a batman logo on it and a batman logo on it and"
            " a batman logo on it and a batman logo on it and a batman logo on it and a",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a batman t-shirt"),
        Q.garment_type("t-shirt"),
        Q.color("red"),
        Q.pattern("batman"),
        Q.sleeve_length("short"),
        Q.description("batman"),
        Q.details("batman logo on the front and back", "unsupported"),
        gender="Men",
        title="Free Authority Men Red Batman Printed Round Neck T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # Model: white solid button-down casual shirt, olive chinos, white sneakers. Base BLIP-2; the color answer runs
    # on into questions of its own.
    case(
        "X1656-019",
        caption("a man in a white shirt and green pants"),
        Q.wearing("a white shirt and green pants"),
        Q.garment_type("shirt"),
        Q.color(
            "white Question: What is the color of the pants? Answer: green Question: What is the color of the shoes?"
            " Answer: white Question:",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("white shirt"),
        Q.details("it has a button down collar"),
        Q.material("cotton"),
        gender="Men",
        title="Jack & Jones Men White Solid Pure Cotton Slim Fit Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # Model: grey melange crew-neck tee with the small red batwing logo, mid-blue jeans. Base BLIP-2; the color
    # answer gives the jeans' blue; the details answer only names the garment.
    case(
        "X1656-020",
        caption("a man in a grey levi's t-shirt"),
        Q.wearing("a grey shirt and jeans"),
        Q.garment_type("t-shirt"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("heather"),
        Q.sleeve_length("short"),
        Q.description("a grey t-shirt with a red levi's logo"),
        Q.details("t-shirt", "non_answer"),
        Q.material("cotton"),
        gender="Men",
        title="Levis Men Grey Melange Solid Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # Model: light blue / white thin vertical-striped formal shirt under an open navy blazer (prop), no tie, grey
    # trousers; the cuffs are hidden in the blazer sleeves. Base BLIP-2; type and color answer the blazer; cufflinks
    # invented. No color column in this row.
    case(
        "X1656-021",
        caption("a man wearing a navy blazer over a striped shirt"),
        Q.wearing("a blazer"),
        Q.garment_type("jacket", "contradiction"),
        Q.color("navy", "other_garment_color"),
        Q.pattern("stripes"),
        Q.sleeve_length("long"),
        Q.description("a striped dress shirt"),
        Q.details("the shirt has cufflinks", "unsupported"),
        gender="Men",
        title="Arrow Men Blue Regular Fit Striped Formal Shirt",
        category="Shirts",
    ),
    # Model: khaki utility shirt with two flap chest pockets, black jeans. Base BLIP-2; typed as a jacket; the
    # description runs to the 30-token limit.
    case(
        "X1656-022",
        caption("a man in a khaki shirt with two pockets"),
        Q.wearing("a khaki shirt and black jeans"),
        Q.garment_type("jacket", "contradiction"),
        Q.color("khaki"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description(
            "the shirt is a khaki color with two pockets on the front and two buttons on each pocket and a button"
            " on the collar and a button on the",
            "cut",
            hit_limit=True,
        ),
        Q.details("two pockets"),
        Q.material("cotton"),
        gender="Men",
        title="Mufti Men Khaki Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Khaki",
    ),
    # Model: white polo with navy colourblocked shoulders and a navy chest band, grey trousers. Base BLIP-2;
    # polyester invented (cotton pique).
    case(
        "X1656-023",
        caption("a man wearing a white and blue polo shirt"),
        Q.wearing("a polo shirt"),
        Q.garment_type("polo"),
        Q.color("blue and white"),
        Q.pattern("color block"),
        Q.sleeve_length("short"),
        Q.description("white and navy polo shirt"),
        Q.details("navy blue stripe across the chest"),
        Q.material("polyester", "unsupported"),
        gender="Men",
        title="Nautica Men White & Navy Colourblocked Polo Collar T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Flat lay: a pack of three solid crew-neck tees, black, white and grey, side by side. Base BLIP-2; no person,
    # "nothing"; one color and one tee for a pack of three.
    case(
        "X1656-024",
        caption("three t-shirts in different colors"),
        Q.wearing("nothing", "non_answer"),
        Q.garment_type("t-shirt"),
        Q.color("black", "contradiction"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a black t-shirt", "contradiction"),
        Q.details("3 t-shirts"),
        gender="Men",
        title="ADRO Men Pack of 3 Solid Round Neck Pure Cotton T-shirts",
        category="Tshirts",
        color="Multi",
    ),
    # Model with curly shoulder-length hair: lavender oversized drop-shoulder tee, black shorts. Base BLIP-2; "a woman";
    # a made-up measurement for the sleeves; "fabric" for the material.
    case(
        "X1656-025",
        caption("a woman in a purple t-shirt and black shorts", "pronoun"),
        Q.wearing("a purple shirt and black shorts"),
        Q.garment_type("t-shirt"),
        Q.color("purple"),
        Q.pattern("plain"),
        Q.sleeve_length("about 2 inches", "unsupported"),
        Q.description("it's a purple t-shirt"),
        Q.details("the t-shirt is oversized"),
        Q.material("fabric", "non_answer"),
        gender="Men",
        title="Dillinger Men Lavender Solid Oversized Drop-Shoulder T-shirt",
        category="Tshirts",
        color="Lavender",
    ),
    # Model: red and black buffalo-check flannel shirt worn open over a black tee, blue jeans. Base BLIP-2; the open
    # shirt typed as a jacket; "red and black" is the check itself, right.
    case(
        "X1656-026",
        caption("a man in a red and black plaid shirt"),
        Q.wearing("a plaid shirt and jeans"),
        Q.garment_type("jacket", "contradiction"),
        Q.color("red and black"),
        Q.pattern("plaid"),
        Q.sleeve_length("long"),
        Q.description("a red and black flannel shirt"),
        Q.details("the shirt is open"),
        Q.material("flannel"),
        gender="Men",
        title="Roadster Men Red & Black Checked Flannel Casual Shirt",
        category="Shirts",
        color="Red",
    ),
    # Model: light blue solid formal shirt, full sleeves buttoned at the cuff, no pocket, grey trousers. Base BLIP-2;
    # sleeves called short; the details answer loops; the material answer echoes the question.
    case(
        "X1656-027",
        caption("a man in a light blue shirt and grey pants"),
        Q.wearing("a blue shirt and grey pants"),
        Q.garment_type("dress shirt"),
        Q.color("light blue"),
        Q.pattern("solid"),
        Q.sleeve_length("short", "contradiction"),
        Q.description("a light blue dress shirt"),
        Q.details(
            "the collar, the buttons, the cuffs, the pocket, the collar, the buttons, the cuffs, the pocket, the"
            " collar, the buttons",
            "loop",
            hit_limit=True,
        ),
        Q.material("the garment is made of a material", "restated"),
        gender="Men",
        title="Hancock Men Light Blue Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Model: off-white textured cuban-collar short-sleeve shirt, beige trousers. Base BLIP-2; the color answer gives the
    # trousers' beige; linen invented (the texture is a cotton dobby).
    case(
        "X1656-028",
        caption("a man wearing a white shirt and beige pants"),
        Q.wearing("white shirt"),
        Q.garment_type("shirt"),
        Q.color("beige", "other_garment_color"),
        Q.pattern("plain"),
        Q.sleeve_length("short"),
        Q.description("it's a white shirt"),
        Q.details("the collar is open"),
        Q.material("linen", "unsupported"),
        gender="Men",
        title="Snitch Men Off White Textured Cuban Collar Casual Shirt",
        category="Shirts",
        color="Off White",
    ),
    # Model holding a football (prop): black cotton tee with a big white PUMA logo, black shorts. Base BLIP-2;
    # polyester invented. No gender column in this row.
    case(
        "X1656-029",
        caption("a man holding a soccer ball wearing a black puma shirt"),
        Q.wearing("a puma shirt"),
        Q.garment_type("t-shirt"),
        Q.color("black and white"),
        Q.pattern("logo"),
        Q.sleeve_length("short"),
        Q.description("a black t-shirt with a puma logo"),
        Q.details("puma logo"),
        Q.material("polyester", "unsupported"),
        title="Puma Men Black Brand Logo Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Model with long hair tied back: peach solid polo (no pocket), white trousers. Base BLIP-2; "a woman" and "she";
    # a chest pocket invented.
    case(
        "X1656-030",
        caption("a woman in a peach shirt and white pants", "pronoun"),
        Q.wearing("she is wearing a pink shirt and white pants", "pronoun"),
        Q.garment_type("polo shirt"),
        Q.color("pink"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a peach colored polo shirt"),
        Q.details("it has a pocket on the chest and two buttons", "unsupported"),
        gender="Men",
        title="Mast & Harbour Men Peach-Coloured Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Peach",
    ),
    # Model: navy full-sleeve shirt with a small white floral print, white trousers. Base BLIP-2; the color answer
    # takes the trousers' white; the description runs to the 30-token limit.
    case(
        "X1656-031",
        caption("a man in a blue shirt and white pants"),
        Q.wearing("a blue shirt and white pants"),
        Q.garment_type("shirt"),
        Q.color("white", "other_garment_color"),
        Q.pattern("print"),
        Q.sleeve_length("long"),
        Q.description(
            "the shirt is a navy blue shirt with a white floral print on it. it has a collar and buttons down the"
            " front. the sleeves are long and the",
            "cut",
            hit_limit=True,
        ),
        Q.details("the shirt has a small floral print"),
        Q.material("cotton"),
        gender="Men",
        title="Blackberrys Men Navy Blue Printed Slim Fit Casual Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Model: green solid polo, blue jeans, hands in pockets. Base BLIP-2; the wearing answer runs on into questions of
    # its own; the details answer echoes the question.
    case(
        "X1656-032",
        caption("a man wearing a green polo shirt and jeans"),
        Q.wearing(
            "a green polo shirt and jeans Question: What is the person holding? Answer: nothing Question: What is"
            " the person",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("polo"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("it's a polo shirt"),
        Q.details("the details of the garment", "restated"),
        Q.material("cotton"),
        gender="Men",
        title="Harvard Men Green Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Green",
    ),
    # Model: mid-blue denim shirt, two chest pockets, black jeans. Base BLIP-2; called a denim jacket.
    case(
        "X1656-033",
        caption("a man in a denim shirt and black jeans"),
        Q.wearing("a denim shirt and jeans"),
        Q.garment_type("jean jacket", "contradiction"),
        Q.color("blue"),
        Q.pattern("denim"),
        Q.sleeve_length("long"),
        Q.description("a blue denim jacket", "contradiction"),
        Q.details("the shirt has two chest pockets"),
        Q.material("denim"),
        gender="Men",
        title="Roadster Men Blue Pure Cotton Denim Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Model: white solid polo with the small flag logo on the chest only, navy chinos. Base BLIP-2; a sleeve logo is
    # invented.
    case(
        "X1656-034",
        caption("a man in a white polo shirt and blue pants"),
        Q.wearing("white shirt, blue pants"),
        Q.garment_type("polo shirt"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("the shirt is white"),
        Q.details("tommy hilfiger logo on the chest and a tommy hilfiger logo on the sleeve", "unsupported"),
        Q.material("cotton"),
        gender="Men",
        title="Tommy Hilfiger Men White Solid Polo Collar T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Model: beige and brown checked casual shirt worn open over a white crew-neck tee, blue jeans. Base BLIP-2; type
    # and color answer the inner tee.
    case(
        "X1656-035",
        caption("a man wearing a plaid shirt over a white t-shirt"),
        Q.wearing("a plaid shirt and a white t-shirt"),
        Q.garment_type("t-shirt", "contradiction"),
        Q.color("white", "other_garment_color"),
        Q.pattern("plaid"),
        Q.sleeve_length("long"),
        Q.description("a plaid shirt with a white t-shirt underneath"),
        Q.details("brown and beige plaid"),
        gender="Men",
        title="WROGN Men Beige & Brown Checked Casual Shirt",
        category="Shirts",
        color="Beige",
    ),
    # Model: yellow solid linen full-sleeve shirt, sunglasses hooked in the chest pocket (prop), white trousers. Base
    # BLIP-2; the description runs to the limit; the details answer names the sunglasses.
    case(
        "X1656-036",
        caption("a man in a yellow shirt with sunglasses in his pocket"),
        Q.wearing("yellow shirt"),
        Q.garment_type("shirt"),
        Q.color("yellow"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description(
            "it is a yellow linen shirt with a pair of sunglasses hanging from the pocket. the shirt is made of a"
            " lightweight linen fabric and is perfect for the",
            "cut",
            hit_limit=True,
        ),
        Q.details("sunglasses", "contradiction"),
        Q.material("linen"),
        gender="Men",
        title="Rare Rabbit Men Yellow Solid Pure Linen Casual Shirt",
        category="Shirts",
        color="Yellow",
    ),
    # Model: olive tee with a small white "JACK & JONES" chest print, black jeans. Base BLIP-2 reads the olive as
    # brown.
    case(
        "X1656-037",
        caption("a man in an olive green t-shirt"),
        Q.wearing("a green shirt and black jeans"),
        Q.garment_type("t-shirt"),
        Q.color("brown", "contradiction"),
        Q.pattern("print"),
        Q.sleeve_length("short"),
        Q.description("a brown t-shirt with a white print on the chest", "contradiction"),
        Q.details("jack and jones"),
        Q.material("cotton"),
        gender="Men",
        title="Jack & Jones Men Olive Green Printed Round Neck T-shirt",
        category="Tshirts",
        color="Olive",
    ),
    # Model: pink solid formal shirt with a left chest pocket, grey trousers. Base BLIP-2; the pattern answer names the
    # garment; silk invented. No category column in this row.
    case(
        "X1656-038",
        caption("a man in a pink shirt and grey pants"),
        Q.wearing("a pink shirt"),
        Q.garment_type("shirt"),
        Q.color("pink"),
        Q.pattern("shirt", "non_answer"),
        Q.sleeve_length("long sleeves"),
        Q.description("pink shirt"),
        Q.details("the shirt has a pocket on the left side"),
        Q.material("silk", "unsupported"),
        gender="Men",
        title="Raymond Men Pink Slim Fit Solid Formal Shirt",
        color="Pink",
    ),
    # Model: white tee with black horizontal stripes, black jeans. Base BLIP-2, all right.
    case(
        "X1656-039",
        caption("a man wearing a black and white striped t-shirt"),
        Q.wearing("a black and white striped shirt and black jeans"),
        Q.garment_type("t-shirt"),
        Q.color("black and white"),
        Q.pattern("striped"),
        Q.sleeve_length("short"),
        Q.description("black and white striped t-shirt"),
        Q.details("stripes"),
        Q.material("cotton"),
        gender="Men",
        title="Roadster Men White & Black Striped Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Model: blue tie-dye crew-neck tee, white shorts. Base BLIP-2; the details answer loops to the limit.
    case(
        "X1656-040",
        caption("a man wearing a tie dye shirt"),
        Q.wearing("a tie dye shirt"),
        Q.garment_type("t-shirt"),
        Q.color("blue"),
        Q.pattern("tie dye"),
        Q.sleeve_length("short"),
        Q.description("tie dye"),
        Q.details(
            "tie dye tie dye tie dye tie dye tie dye tie dye tie dye tie dye tie dye tie dye tie dye tie dye tie dye"
            " tie dye tie dye",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Kook N Keech Men Blue Tie-Dye Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Blue",
    ),
    # Slim young model: white tee with small black text on the chest, ripped light blue jeans. Base BLIP-2; "a young
    # woman"; the pattern answer misses the print.
    case(
        "X1656-041",
        caption("a young woman wearing a white t-shirt and ripped jeans", "pronoun"),
        Q.wearing("a white t-shirt and ripped jeans"),
        Q.garment_type("t-shirt"),
        Q.color("white"),
        Q.pattern("plain", "contradiction"),
        Q.sleeve_length("short"),
        Q.description("a white t-shirt with black writing"),
        Q.details("black writing on the chest"),
        gender="Men",
        title="Bewakoof Men White Minimal Typography Printed T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Model: maroon solid polo with a small white logo, beige chinos. Base BLIP-2; maroon read as purple; the sleeve
    # answer runs on into questions of its own.
    case(
        "X1656-042",
        caption("a man in a maroon polo shirt and khaki pants"),
        Q.wearing("maroon polo shirt and khaki pants"),
        Q.garment_type("polo shirt"),
        Q.color("purple", "contradiction"),
        Q.pattern("solid"),
        Q.sleeve_length(
            "short Question: How long is the shirt? Answer: long Question: How long are the pants? Answer: long"
            " Question:",
            "leak",
            hit_limit=True,
        ),
        Q.description("a maroon polo shirt with a white logo"),
        Q.details("us polo logo"),
        Q.material("cotton"),
        gender="Men",
        title="U.S. Polo Assn. Men Maroon Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Maroon",
    ),
    # Model holding a straw hat at his side (prop): blue and white small-checked short-sleeve shirt, beige shorts.
    # Base BLIP-2; the wearing answer names the hat he holds.
    case(
        "X1656-043",
        caption("a man holding a straw hat"),
        Q.wearing("a hat", "contradiction"),
        Q.garment_type("shirt"),
        Q.color("blue"),
        Q.pattern("checkered"),
        Q.sleeve_length("short"),
        Q.description("a blue and white checkered shirt"),
        Q.details("short sleeves, button down"),
        Q.material("cotton"),
        gender="Men",
        title="Indian Terrain Men Blue Slim Fit Checked Half Sleeve Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Model: black solid cotton casual shirt, black jeans (all black: "black" is right for both). Base BLIP-2; denim
    # invented for the shirt.
    case(
        "X1656-044",
        caption("a man in a black shirt and black jeans"),
        Q.wearing("all black"),
        Q.garment_type("shirt"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("black button down shirt"),
        Q.details("the buttons are black"),
        Q.material("denim", "unsupported"),
        gender="Men",
        title="Levis Men Black Solid Slim Fit Casual Shirt",
        category="Shirts",
        color="Black",
    ),
    # Model, dim grey backdrop: white solid casual shirt, grey trousers. Base BLIP-2 gives the trousers' grey to the
    # shirt in the caption, the wearing answer and the color answer.
    case(
        "X1656-045",
        caption("a man in a grey shirt and grey pants", "other_garment_color"),
        Q.wearing("a grey shirt and grey pants", "other_garment_color"),
        Q.garment_type("shirt"),
        Q.color("grey", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("white shirt with a collar"),
        Q.details("buttons"),
        gender="Men",
        title="HIGHLANDER Men White Solid Slim Fit Casual Shirt",
        category="Shirts",
        color="White",
    ),
]
