"""BLIND_208 (46 products; Myntra-like men's casual tees, polos, shirts, shorts, cargos and joggers): written blind in
the thirty-ninth session. Measured blind at a6385dc (the session's rules as they stood): 94/109 failures found (86.2%)
and 2/145 correct texts flagged (1.4%). The writer's notes, verbatim:

Scenario: an English, Myntra-like men's casual catalog feed: round-neck and graphic t-shirts, polos, henleys, casual
shirts (solid, striped, checked, printed, denim, linen, flannel), denim/chino/cargo/sweat shorts, cargo trousers and
joggers. Many products are printed or striped. 38 are shot on a model (three of them torso crops with no face), most
with a second garment in view (jeans or chinos under a tee, a tee under an open shirt or above shorts); 8 are flat lays
on a white background, one of them a pack of two tees, and one model shot is a shirt-and-shorts co-ord set. Catalog
columns: title, category (Myntra article types: Tshirts, Shirts, Shorts, Trousers, Track Pants, Clothing Set), seller
color (Myntra base colour, shade words such as Navy Blue, Grey Melange, Olive, Charcoal, Off White, Mustard, Rust,
Peach, Multi) and gender; a few rows have no gender, as real feeds do.

Who wrote what: every caption comes from the untuned base Salesforce/blip2-opt-2.7b (greedy, newline stop, so it is
short and never hits the limit), as do the short open answers (wearing, material, short details and descriptions, "What
is printed on the t-shirt?", collar, fit, shorts details, open color_of answers without hit_limit), including its empty,
"nothing" and "i don't know" answers. The long open answers, and a few short ones, come from the VQA LoRA adapter
trained with padding (and the prompt) in its loss and no end-of-answer token: it never stops by itself, so every one of
its texts has hit_limit=True; it loops, runs on until it is cut mid-phrase, or continues the "Question: ... Answer:"
training format. When it learned to emit pad tokens after a short answer, the pads decode to nothing and the text is a
clean short answer ("light blue", "a denim shirt") that still hit the limit. The closed answers (garment_type, color,
pattern, sleeve_length, "Is this a ...?") are enrich's --engine reference: one candidate out of a closed set, never cut;
its errors are picking the second garment's color, the print's color, the second garment's type, or the wrong
pattern/sleeve option.

Labeling conventions and judgement calls: a shade or family word for the seller's color is correct (dark blue / navy for
Navy Blue, heather grey for Grey Melange, green for Olive and Mint Green, burgundy or red for Maroon, cream or white for
Off White, yellow for Mustard, orange for Rust, dark grey for Charcoal, beige for Khaki, purple for Lavender, blue for
Teal Blue, pink for Peach). On a two-color striped or colorblocked product, a color the title names for the body or the
stripes is correct (blue for "White & Navy Blue Striped"); a color that only the print or logo has (red for a black
Spider-Man tee) is a contradiction. A closed or open answer that gives the product the other visible garment's color
("white" for black joggers worn with a white tee, "white t-shirt and white pants" for charcoal cargos) is
other_garment_color. An answer that gets the product right but gives the second garment the product's color (the base's
one-color-for-everything "green shirt and green pants" over white trousers), a color nobody in the photo wears, and
every caption color error (captions are not answers; "grey t-shirt and grey pants" for navy joggers) are contradiction;
so is a wrong garment in a caption ("denim jacket" for a denim shirt). Garment synonyms are correct: "t-shirt" for a
polo T-shirt or a henley, "pants"/"sweatpants" for joggers and cargos, "long sleeve shirt" for a henley, "plaid" for
checked; "floral" for a tropical leaf print is accepted. A garment_type naming the second garment (shorts for a henley
worn with shorts, jeans for cotton cargos) is a contradiction. For a pack or co-ord set, naming the pieces in their own
colors is correct, and a closed answer that gives one piece's color or type is accepted as correct (incomplete, not
wrong). A material the title names is correct; one the title contradicts is a contradiction; one the photo cannot show
and the title does not name (cotton for a plain shirt, polyester, nylon, silk, wool, linen) is unsupported, as is an
invented pocket, logo or part; the photo alone cannot support a fiber, so a plausible guess counts as invented. A
looping text is labelled loop even when the loop also carries a wrong color; a text that runs on without repeating and
stops mid-phrase is cut; a text that continues into "Question: ... Answer:" is leak even when it also repeats. "she" or
"a woman" for the men's models is pronoun, whatever else the text says. An empty text, or an answer of the wrong type
("purple" or "no" for the details or the wearing question, "they are shorts"), is non_answer; an answer that only
restates the question ("the details of the garment") is restated. A correct short answer from the adapter that hit the
limit only because pad tokens followed it is correct.
"""

from __future__ import annotations

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, is_a, question

PRINT = question("print", "What is printed on the t-shirt?", "open")
COLLAR = question("collar", "What kind of collar does the shirt have?", "open")
FIT = question("fit", "What is the fit of the garment?", "open")
SHORTS_DETAILS = question("shorts_details", "What are the shorts details?", "open")

BLIND_208 = [
    # model, front: navy crew-neck tee, plain, light-blue jeans
    case(
        "M208-001",
        caption("a man wearing a dark blue t-shirt and blue jeans"),
        D.color("navy blue"),
        D.material("cotton"),
        D.details(
            "the t-shirt has a round neck and short sleeves, the t-shirt is made of cotton and the t-shirt has a round"
            " neck and short sleeves, the t-shirt is",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "a navy blue t-shirt and blue jeans Question: What is the color of the jeans? Answer: blue Question: What"
            " is the",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        title="Roadster Men Navy Blue Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # model: white tee with black mountain graphic and "STAY WILD" text, black joggers
    case(
        "M208-002",
        caption("a man wearing a white t-shirt with a black graphic print"),
        D.color("black", "other_garment_color"),
        D.pattern("graphic"),
        PRINT("a mountain and the words stay wild"),
        D.wearing("a white t-shirt and black pants"),
        D.description(
            "a white t-shirt with a black print of mountains and the words stay wild on the front and the t-shirt has a"
            " round neck and short sleeves and is",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="HERE&NOW Men White Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # model: olive full-sleeve shirt, sleeves rolled to the elbow, one chest pocket, beige chinos
    case(
        "M208-003",
        caption("a man in a green shirt and khaki pants"),
        D.sleeve_length("long"),
        D.color("olive"),
        D.details(
            "the shirt has a collar, buttons down the front, a pocket on the chest, the sleeves are rolled up, the"
            " shirt has a collar, buttons down the front, a pocket on",
            "loop",
            hit_limit=True,
        ),
        D.material("the material of the shirt", "restated"),
        D.wearing("a green shirt and green pants", "contradiction"),
        gender="Men",
        title="Highlander Men Olive Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Olive",
    ),
    # model: maroon pique polo, small white embroidered logo, navy chinos
    case(
        "M208-004",
        caption("a man wearing a burgundy polo shirt"),
        D.garment_type("t-shirt"),
        D.wearing("a red polo shirt and blue pants"),
        D.details(
            "the polo shirt has a collar and two buttons and a logo on the left side of the chest and the polo shirt"
            " has a collar and two buttons and a logo on the",
            "loop",
            hit_limit=True,
        ),
        D.material("polyester", "unsupported"),
        D.description(
            "a maroon polo shirt with a white logo Question: What is the color of the logo? Answer: white Question:"
            " What is the color of the",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        title="U.S. Polo Assn. Men Maroon Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Maroon",
    ),
    # torso crop, no face: black tee with thin white horizontal stripes, grey melange joggers
    case(
        "M208-005",
        caption("a woman wearing a black and white striped shirt", "pronoun"),
        D.pattern("striped"),
        D.wearing("a black and white striped t-shirt and grey pants"),
        D.description(
            "black black black black black black black black black black black black black black black black black"
            " black black black black black black black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("pants", "contradiction"),
        gender="Men",
        title="WROGN Men Black Striped Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # flat lay: mustard oversized tee, large Tom and Jerry print on the chest
    case(
        "M208-006",
        caption("a yellow t-shirt with a cartoon character on it"),
        D.color("mustard"),
        D.garment_type("t-shirt"),
        PRINT("a cartoon cat and mouse"),
        D.details(
            "the t-shirt has a print of a cartoon character on the front and the t-shirt is oversized and the t-shirt"
            " has a print of a cartoon character on the front and",
            "loop",
            hit_limit=True,
        ),
        D.material("polyester", "unsupported"),
        gender="Men",
        title="Bewakoof Men Mustard Yellow Tom & Jerry Printed Oversized T-shirt",
        category="Tshirts",
        color="Mustard",
    ),
    # model: grey melange long-sleeve henley, three-button placket, dark blue jeans
    case(
        "M208-007",
        caption("a man wearing a grey long sleeve shirt and jeans"),
        D.garment_type("t-shirt"),
        D.color("grey"),
        D.sleeve_length("short", "contradiction"),
        D.details("it has a button placket"),
        D.description("it is a shirt", "non_answer"),
        gender="Men",
        title="Mast & Harbour Men Grey Melange Solid Henley Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # model: blue-and-white checked shirt worn open over a white tee, black jeans
    case(
        "M208-008",
        caption("a man wearing a blue and white plaid shirt over a white t-shirt"),
        D.pattern("checked"),
        D.color("blue"),
        D.wearing("a plaid shirt and a white t-shirt"),
        D.description(
            "the shirt is blue and white checkered with a collar and buttons down the front and two pockets on the"
            " chest and the sleeves are rolled up to the elbows and",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("t-shirt", "contradiction"),
        gender="Men",
        title="Jack & Jones Men Blue & White Slim Fit Checked Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # model: black joggers with a white side stripe and drawstring, white Puma tee
    case(
        "M208-009",
        caption("a man wearing a white t-shirt and black sweatpants"),
        D.color("white", "other_garment_color"),
        color_of(
            "pants",
            "black black black black black black black black black black black black black black black black black"
            " black black black black black black black black black black black black black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.details("the pants have a white stripe on the side and a drawstring at the waist"),
        D.wearing("a white t-shirt and white pants", "other_garment_color"),
        gender="Men",
        title="Puma Men Black Solid Regular Fit Joggers",
        category="Track Pants",
        color="Black",
    ),
    # flat lay: teal blue pique polo, three buttons, small embroidered logo on the left chest
    case(
        "M208-010",
        caption("a blue polo shirt on a white background"),
        D.color("teal"),
        D.details("the polo shirt has a collar and three buttons"),
        D.description(
            "a teal polo shirt with a collar and three buttons on the placket and short sleeves with ribbed cuffs and"
            " a small logo embroidered on the left side of the chest in",
            "cut",
            hit_limit=True,
        ),
        title="Campus Sutra Men Teal Blue Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Teal Blue",
    ),
    # model: light-wash denim shorts, white tee, front
    case(
        "M208-011",
        caption("a man wearing a white t-shirt and denim shorts"),
        color_of("shorts", "light blue", kind="open", hit_limit=True),
        D.material("denim"),
        D.details("they are shorts", "non_answer"),
        D.wearing("a white t-shirt and white shorts", "other_garment_color"),
        gender="Men",
        title="Flying Machine Men Light Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # model: black tee with a red-and-blue Spider-Man print on the chest, blue jeans
    case(
        "M208-012",
        caption("a man wearing a black t-shirt with spiderman on it"),
        D.color("red", "contradiction"),
        D.pattern("graphic"),
        PRINT("spiderman"),
        D.wearing("a black spiderman t-shirt and jeans"),
        D.description(
            "a black t-shirt with a spiderman print on the front and the spiderman is red and blue and the t-shirt has"
            " a round neck and short sleeves and the",
            "cut",
            hit_limit=True,
        ),
        D.details("the details of the t-shirt", "restated"),
        gender="Men",
        title="The Souled Store Men Black Spider-Man Printed Cotton T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # model: white polo with navy tipping on the collar and cuffs, small logo, navy chinos
    case(
        "M208-013",
        caption("a man in a white polo shirt and blue pants"),
        D.material("cotton"),
        D.details(
            "a white polo shirt with a navy blue collar and navy blue stripes on the sleeves and a small embroidered"
            " logo on the left side of the chest and the buttons are",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "he is wearing a white polo shirt and navy blue pants Question: What is the color of the pants? Answer:"
            " navy blue Question: What",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        title="Louis Philippe Sport Men White Pure Cotton Polo T-shirt with Tipping",
        category="Tshirts",
        color="White",
    ),
    # model: khaki cargo trousers with flap side pockets, black tee
    case(
        "M208-014",
        caption("a man wearing a black t-shirt and beige cargo pants"),
        D.garment_type("pants"),
        D.color("beige"),
        D.wearing("black shirt and black pants", "other_garment_color"),
        D.details(
            "the pants have pockets on the sides and a zipper on the front and a belt loop on the waist and a zipper"
            " on the side of the pants and a zipper on the side of the pants",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Roadster Men Khaki Relaxed Fit Cargo Trousers",
        category="Trousers",
        color="Khaki",
    ),
    # model, studio: plain charcoal training tee (no print), black shorts
    case(
        "M208-015",
        caption("a man wearing a dark grey t-shirt and black shorts"),
        D.material("cotton", "contradiction"),
        D.color("charcoal"),
        D.description("a dark grey t-shirt with a round neck and a logo on the chest", "unsupported"),
        D.wearing("a grey t-shirt and grey shorts", "contradiction"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Charcoal Rapid-Dry Polyester Training T-shirt",
        category="Tshirts",
        color="Charcoal",
    ),
    # model: mint green full-sleeve shirt, white trousers
    case(
        "M208-016",
        caption("a man wearing a light green shirt and white pants"),
        D.color("green"),
        D.wearing("a green shirt and green pants", "contradiction"),
        D.details("the shirt has a collar and buttons down the front"),
        D.material("cotton", "unsupported"),
        gender="Men",
        title="Dennis Lingo Men Mint Green Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Green",
    ),
    # model: navy-and-white breton striped short-sleeve henley, beige shorts
    case(
        "M208-017",
        caption("a man wearing a blue and white striped shirt and khaki shorts"),
        D.garment_type("shorts", "contradiction"),
        D.color("navy"),
        D.description("a blue and white striped t-shirt with buttons"),
        D.details(
            "the sleeves, the neckline, the collar, the sleeves, the neckline, the collar, the sleeves, the neckline,"
            " the collar, the sleeves, the",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Mast & Harbour Men Navy Blue & White Striped Henley T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # torso crop, no face: red tee with white "BEING HUMAN" chest print, black jeans
    case(
        "M208-018",
        caption("a red t-shirt with the words being human on it"),
        D.color("red"),
        D.pattern("printed"),
        PRINT("being human"),
        D.wearing("she is wearing a red t-shirt and black jeans", "pronoun"),
        D.details(
            "the t-shirt has the words being human printed on the front in white letters and the t-shirt has a round"
            " neck and short sleeves and ribbed cuffs on the",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Being Human Men Red Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # flat lay: white polo with navy horizontal stripes, white collar
    case(
        "M208-019",
        caption("a white and blue striped polo shirt"),
        D.color("blue"),
        D.details(
            "the polo shirt is white with blue stripes and has a white collar and a white collar and a white collar"
            " and a white collar and a white collar and a",
            "loop",
            hit_limit=True,
        ),
        D.description(
            "a white polo shirt with blue stripes Question: Describe the shirt. Answer: a white polo shirt with blue"
            " stripes Question: Describe",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        title="Nautica Men White & Navy Blue Striped Polo Collar T-shirt",
        category="Tshirts",
        color="White",
    ),
    # model: olive cargo joggers, cuffed ankles, white tee, white sneakers
    case(
        "M208-020",
        caption("a man wearing a white shirt and green pants"),
        D.wearing("a white t-shirt and green cargo pants"),
        D.details(
            "the pants have a drawstring waist and elastic cuffs and cargo pockets on the sides and a drawstring waist"
            " and elastic cuffs and cargo pockets on the sides",
            "loop",
            hit_limit=True,
        ),
        D.material("nylon", "unsupported"),
        is_a("pair of cargo pants", "yes"),
        gender="Men",
        title="Highlander Men Olive Green Solid Cargo Joggers",
        category="Track Pants",
        color="Olive",
    ),
    # model: black short-sleeve camp-collar shirt, green and orange tropical leaf print, beige shorts; no pocket
    case(
        "M208-021",
        caption("a man wearing a black shirt with green leaves on it"),
        D.pattern("floral"),
        D.color("black"),
        D.sleeve_length("short"),
        D.description(
            "a black shirt with a tropical print and short sleeves and a collar and buttons down the front and a"
            " pocket on the left side of the chest and a",
            "cut",
            hit_limit=True,
        ),
        D.material("silk", "unsupported"),
        D.wearing(
            "black shirt Question: What cloth is the person wearing? Answer: shirt Question: What cloth is the person"
            " wearing? Answer: shirt",
            "leak",
            hit_limit=True,
        ),
        COLLAR("a cuban collar"),
        gender="Men",
        title="HERE&NOW Men Black Tropical Printed Casual Shirt",
        category="Shirts",
        color="Black",
    ),
    # flat lay: lavender cotton joggers, drawstring, two side pockets
    case(
        "M208-022",
        caption("a pair of purple sweatpants on a white background"),
        D.color("purple"),
        D.material("cotton"),
        D.description("the sweatpants have an elastic waistband and a drawstring and two side pockets"),
        D.details("purple", "non_answer", hit_limit=True),
        D.wearing(
            "a pair of purple pants Question: What is the person wearing? Answer: a pair of purple pants Question: What"
            " is",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        title="Bewakoof Men Lavender Solid Cotton Joggers",
        category="Track Pants",
        color="Lavender",
    ),
    # model: grey melange sweat shorts with a small logo on the left leg, black tee
    case(
        "M208-023",
        caption("a man wearing a black t-shirt and grey shorts"),
        D.color("black", "other_garment_color"),
        color_of("shorts", "heather grey", kind="open"),
        D.details("the shorts have a drawstring waist and pockets on the sides and a logo on the left leg"),
        D.wearing(
            "a black t-shirt and grey shorts and white sneakers and white socks and a black watch on his left wrist"
            " and he is standing in front of a white",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Jack & Jones Men Grey Melange Solid Sweat Shorts",
        category="Shorts",
        color="Grey Melange",
    ),
    # model with long hair, face turned away: rust long-sleeve henley, blue jeans
    case(
        "M208-024",
        caption("a woman with long hair wearing an orange shirt and jeans", "pronoun"),
        D.color("orange"),
        D.wearing("a long sleeve orange shirt and blue jeans"),
        D.description(
            "the shirt is orange and the jeans are blue and the shirt is orange and the jeans are blue and the shirt"
            " is orange and the jeans are blue and the",
            "loop",
            hit_limit=True,
        ),
        D.details("the shirt has a button placket and a logo on the sleeve", "unsupported"),
        gender="Men",
        title="WROGN Men Rust Solid Henley Neck Long Sleeves T-shirt",
        category="Tshirts",
        color="Rust",
    ),
    # model: mid-blue washed denim shirt, two flap chest pockets, black chinos
    case(
        "M208-025",
        caption("a man in a blue denim jacket and black pants", "contradiction"),
        D.material("denim"),
        D.wearing("a denim shirt", hit_limit=True),
        color_of(
            "shirt",
            "blue Question: What is the color of the pants? Answer: black Question: What is the color of the shoes?"
            " Answer: white Question:",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        D.details("the shirt has two chest pockets with flaps"),
        gender="Men",
        title="U.S. Polo Assn. Denim Co. Men Blue Washed Denim Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # model: colourblocked tee, black body with white sleeves and yoke, no pocket, blue jeans
    case(
        "M208-026",
        caption("a man wearing a black and white t-shirt"),
        D.pattern("color block"),
        D.color("black"),
        D.wearing("a black and white shirt and blue jeans"),
        D.details("the t-shirt has a pocket on the chest", "unsupported"),
        D.description(
            "a black and white t-shirt with a round neck and short sleeves and the t-shirt is black and white and the"
            " t-shirt is black and white and the t-shirt is",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Roadster Men Black & White Colourblocked Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # model: navy running shorts with a small reflective logo and side slits, neon green tee
    case(
        "M208-027",
        caption("a man wearing a green t-shirt and blue shorts"),
        D.color("green", "other_garment_color"),
        color_of("shorts", "navy blue", kind="open", hit_limit=True),
        D.material("polyester"),
        D.details("the shorts have a reflective logo and side slits"),
        D.wearing("a green shirt and green shorts", "other_garment_color"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Navy Blue Polyester Running Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
    # flat lay: pack of two plain crew-neck tees side by side, one black, one white
    case(
        "M208-028",
        caption("two t-shirts, one black and one white"),
        D.color("black"),
        D.description("a black t-shirt and a white t-shirt"),
        D.details(
            "the t-shirts have a round neck and short sleeves and the t-shirts have a round neck and short sleeves and"
            " the t-shirts have a round neck and short",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton"
            " cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Roadster Men Pack of 2 Solid Round Neck Pure Cotton T-shirts",
        category="Tshirts",
        color="Multi",
    ),
    # model: co-ord set, blue camp-collar shirt and matching shorts in the same white geometric print
    case(
        "M208-029",
        caption("a man wearing a blue printed shirt and matching shorts"),
        D.wearing("a blue shirt and blue shorts"),
        D.garment_type("shirt"),
        D.pattern("printed"),
        D.material("linen", "unsupported"),
        D.description(
            "a blue and white printed shirt with a cuban collar and short sleeves and matching shorts with an elastic"
            " waistband and a drawstring and two side pockets and the",
            "cut",
            hit_limit=True,
        ),
        D.color("white", "contradiction"),
        SHORTS_DETAILS("the shorts have an elastic waistband and a drawstring"),
        gender="Men",
        title="HERE&NOW Men Blue Geometric Printed Shirt with Shorts Co-ord Set",
        category="Clothing Set",
        color="Blue",
    ),
    # model on a beach backdrop: white linen-blend shirt with mandarin collar, sleeves rolled, light blue jeans
    case(
        "M208-030",
        caption("a man wearing a white shirt standing on the beach"),
        D.material("linen"),
        D.wearing("a white shirt and white pants", "contradiction"),
        D.details("the shirt has a mandarin collar"),
        D.description("the garment is a shirt", "restated"),
        gender="Men",
        title="Peter England Casuals Men White Linen Blend Mandarin Collar Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # model: peach polo with white-tipped collar and cuffs, no pocket, white shorts
    case(
        "M208-031",
        caption("a man in a pink polo shirt and white shorts"),
        D.color("peach"),
        D.wearing("a pink polo shirt and white shorts"),
        D.details("the polo shirt has a collar and buttons and a pocket on the chest", "unsupported"),
        D.description(
            "a peach polo shirt with a white collar and white tipping on the sleeves and the polo shirt has two"
            " buttons on the placket and a small logo on the",
            "cut",
            hit_limit=True,
        ),
        D.material("the garment is made of fabric", "restated"),
        gender="Men",
        title="Mast & Harbour Men Peach-Coloured Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Peach",
    ),
    # model: charcoal cotton cargo trousers, white tee tucked in
    case(
        "M208-032",
        caption("a man wearing a white t-shirt tucked into grey cargo pants"),
        D.garment_type("jeans", "contradiction"),
        D.color("charcoal"),
        D.wearing("a white t-shirt and white pants", "other_garment_color"),
        D.details("the pants have two cargo pockets on the sides and belt loops"),
        color_of(
            "pants",
            "the pants are grey and the pants are grey and the pants are grey and the pants are grey and the pants are"
            " grey and the pants are grey",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        FIT("loose"),
        gender="Men",
        title="Flying Machine Men Charcoal Grey Relaxed Fit Cotton Cargo Trousers",
        category="Trousers",
        color="Charcoal",
    ),
    # model: cream oversized tee with black "NOT TODAY" typography on the chest, black cargos
    case(
        "M208-033",
        caption("a man wearing a cream colored t-shirt with the words not today on it"),
        D.color("white"),
        PRINT("not today"),
        D.pattern("solid", "contradiction"),
        D.wearing("a white shirt with writing on it and black pants"),
        D.description("the t-shirt is oversized"),
        D.details(
            "the t-shirt has the words not today printed on the front in black and the t-shirt has the words not today"
            " printed on the front in black and",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Difference of Opinion Men Off White Typography Printed Oversized T-shirt",
        category="Tshirts",
        color="Off White",
    ),
    # flat lay: navy cotton chino shorts, button and zip fly, slant side pockets
    case(
        "M208-034",
        caption("a pair of black shorts on a white background", "contradiction"),
        D.color("navy"),
        D.details("the shorts have a button and zip fly and two side pockets"),
        D.material("denim", "contradiction"),
        D.wearing("no", "non_answer", hit_limit=True),
        gender="Men",
        title="Levis Men Navy Blue Solid Cotton Chino Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
    # model: navy joggers with zip pockets, grey melange tee
    case(
        "M208-035",
        caption("a man wearing a grey t-shirt and grey pants", "contradiction"),
        D.color("navy"),
        D.wearing("a grey t-shirt and blue sweatpants"),
        D.details(
            "the joggers have a drawstring waistband and zip pockets, the joggers have a drawstring waistband and zip"
            " pockets, the joggers have a drawstring waistband and zip",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Jack & Jones Men Navy Blue Solid Slim Fit Joggers",
        category="Track Pants",
        color="Navy Blue",
    ),
    # torso crop, no face, cut at the waist: sea green shirt with thin white vertical stripes, short sleeves
    case(
        "M208-036",
        caption("a woman in a green and white striped shirt", "pronoun"),
        D.color("green"),
        D.description("a green and white striped shirt with short sleeves"),
        D.details(
            "green Question: What is the pattern of the shirt? Answer: striped Question: What is the pattern of the"
            " shirt? Answer: striped Question",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        title="HERE&NOW Men Sea Green & White Striped Casual Shirt",
        category="Shirts",
        color="Green",
    ),
    # model: coffee brown half-sleeve henley, black jeans, no watch or jewellery visible
    case(
        "M208-037",
        caption("a man wearing a brown shirt and black jeans"),
        D.garment_type("t-shirt"),
        D.material("cotton"),
        D.color("black", "other_garment_color"),
        D.wearing(
            "a brown henley t-shirt and black jeans and black shoes and a watch on his left wrist and a bracelet on"
            " his right wrist and a ring on his",
            "cut",
            hit_limit=True,
        ),
        D.details("nothing", "non_answer"),
        gender="Men",
        title="Roadster Men Coffee Brown Solid Henley Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Coffee Brown",
    ),
    # flat lay: white tee with a red Puma cat logo on the chest
    case(
        "M208-038",
        caption("a white t-shirt with a red puma logo"),
        D.color("white"),
        D.details("the t-shirt has a puma logo on the chest"),
        D.material("cotton"),
        D.description(
            "white white white white white white white white white white white white white white white white white"
            " white white white white white white white white white white white white white",
            "loop",
            hit_limit=True,
        ),
        PRINT(
            "puma puma puma puma puma puma puma puma puma puma puma puma puma puma puma puma puma puma puma puma puma"
            " puma puma puma puma puma puma puma puma puma",
            "loop",
            hit_limit=True,
        ),
        title="Puma Men White ESS Logo Printed Cotton T-shirt",
        category="Tshirts",
        color="White",
    ),
    # model: olive cargo shorts with flap side pockets, white tee
    case(
        "M208-039",
        caption("a man wearing a white t-shirt and white shorts", "contradiction"),
        D.color("olive"),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        D.details("the shorts have cargo pockets on the sides"),
        D.wearing(
            "a white t-shirt and green shorts Question: What is the color of the t-shirt? Answer: white Question:"
            " What is the color of the t-shirt? Answer",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        title="Roadster Men Olive Green Solid Cotton Cargo Shorts",
        category="Shorts",
        color="Olive",
    ),
    # model: maroon-and-navy checked flannel shirt worn open over a black tee, blue jeans
    case(
        "M208-040",
        caption("a man wearing a red plaid shirt over a black t-shirt and blue jeans"),
        D.color("maroon"),
        D.material("flannel"),
        D.description("a black shirt", "other_garment_color"),
        D.wearing(
            "a plaid shirt and a black t-shirt and a black t-shirt and a black t-shirt and a black t-shirt and a black"
            " t-shirt and a black",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Roadster Men Maroon & Navy Blue Checked Flannel Casual Shirt",
        category="Shirts",
        color="Maroon",
    ),
    # flat lay: navy full-sleeve henley, three-button placket
    case(
        "M208-041",
        caption("a blue shirt with buttons on a white background"),
        D.garment_type("t-shirt"),
        D.color("navy"),
        D.sleeve_length("long"),
        D.details("the shirt has a henley neckline with three buttons"),
        D.material("wool", "unsupported"),
        D.wearing("", "non_answer"),
        title="Nautica Men Navy Blue Solid Henley Neck Long Sleeves T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # model with shoulder-length hair: pink full-sleeve shirt, grey trousers
    case(
        "M208-042",
        caption("a woman wearing a pink shirt and grey pants", "pronoun"),
        D.wearing("a pink shirt and grey pants"),
        D.details(
            "the shirt has a collar and buttons down the front and the sleeves are long and the shirt has a collar and"
            " buttons down the front and the sleeves are long and",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Dennis Lingo Men Pink Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Pink",
    ),
    # model: blue-and-white tie-dye oversized tee, dropped shoulders, white shorts
    case(
        "M208-043",
        caption("a man wearing a blue and white tie dye t-shirt and white shorts"),
        D.material("cotton"),
        D.description("a tie dye t-shirt"),
        D.details(
            "the t-shirt is blue and white with a tie dye pattern and has a round neck and dropped shoulders and it is"
            " loose fitting and it is made of soft cotton fabric that",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue t-shirt and blue shorts", "contradiction"),
        gender="Men",
        title="Bewakoof Men Blue & White Tie-Dyed Oversized Pure Cotton T-shirt",
        category="Tshirts",
        color="Blue",
    ),
    # model: navy short-sleeve shirt with small white polka dots, worn untucked over blue jeans
    case(
        "M208-044",
        caption("a man wearing a navy blue shirt with white polka dots"),
        D.pattern("printed"),
        D.color("blue"),
        D.wearing("a blue shirt and blue jeans"),
        D.sleeve_length("long", "contradiction"),
        D.description(
            "a navy blue shirt with small white polka dots all over and a spread collar and short sleeves and a curved"
            " hem and buttons down the front and a",
            "cut",
            hit_limit=True,
        ),
        D.details("the shirt has white polka dots and a pocket on the chest", "unsupported"),
        is_a("t-shirt", "yes", "contradiction"),
        gender="Men",
        title="WROGN Men Navy Blue Polka Dot Printed Slim Fit Casual Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # model: grey melange polo with two white chest stripes and an embroidered logo, navy shorts
    case(
        "M208-045",
        caption("a man in a grey and white striped polo shirt and blue shorts"),
        D.color("grey"),
        D.pattern("solid", "contradiction"),
        D.details("the polo shirt has a logo on the chest"),
        D.wearing(
            "he is wearing a grey polo shirt with white stripes and blue shorts Question: What is the color of the"
            " shorts? Answer: blue Question: What is the color",
            "leak",
            hit_limit=True,
        ),
        D.material("i don't know", "non_answer"),
        gender="Men",
        title="U.S. Polo Assn. Men Grey Melange & White Chest Striped Polo T-shirt",
        category="Tshirts",
        color="Grey",
    ),
    # model: plain yellow crew-neck tee, beige chinos
    case(
        "M208-046",
        caption("a man wearing a yellow t-shirt and beige pants"),
        D.color("yellow"),
        D.wearing("a beige t-shirt and beige pants", "other_garment_color"),
        D.details("the details of the garment", "restated"),
        D.description(
            "the t-shirt is yellow and has a round neck and short sleeves and the t-shirt is yellow and has a round"
            " neck and short sleeves and the t-shirt is yellow",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Campus Sutra Men Yellow Solid Round Neck T-shirt",
        category="Tshirts",
        color="Yellow",
    ),
]
