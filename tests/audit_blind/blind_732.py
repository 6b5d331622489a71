"""BLIND_732 (46 products; Myntra men's shirts, tees, polos; base zero-shot): written blind in the fifty-fifth session.
Measured blind at 28a922c (the session's first rules): 112/131 failures found (85.5%) and 12/174 correct texts flagged
(6.9%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's casual wear (article types Shirts and Tshirts; polos are filed as Tshirts),
one catalog photo per product, 224x224, mostly a male model on a white or light grey backdrop who also wears jeans,
chinos, shorts, track pants or a layer under or over the product; a few hold a prop (sunglasses, a blazer over the
shoulder, a tennis racket). Every product went through enrich's default attribute questionnaire (wearing, type,
color, pattern, sleeves, description, details, material), each product asked 4 to 8 of the questions.

Who wrote what: every caption and every open answer (wearing, description, details, material) is free generation
by the untuned base Salesforce/blip2-opt-2.7b, zero-shot, greedy, 50 new tokens for captions and 30 for answers. It
usually stops after a short phrase, but on "Describe"/"details" prompts it sometimes keeps listing until the limit
(a loop or a cut), or runs on into the next "Question: ... Answer:" turn. It tends to give the jeans' or the
underlayer's color to the product, calls navy black, invents logos, collars and materials, and now and then says
"she" for a male model. Closed answers (garment_type, color, pattern, sleeve_length) come from enrich's
`--engine reference`, which ranks the candidate values with the same base model, so they are always one clean value
but sometimes the wrong one (the underlayer's type, the trousers' color, "solid" for a print).

Labeling conventions and judgement calls:
- The product is the seller's article (title + category); any color that belongs to the trousers, the underlayer, a
  held prop (the blazer) or the print of another garment, given as the product's color, is other_garment_color.
  A wrong color that belongs to nothing else in the photo (backdrop grey, navy called black) is contradiction.
- Shades count as right: navy = dark blue = blue, maroon = red = burgundy, charcoal = dark grey = grey, mustard =
  yellow, khaki = beige, peach = pink, lavender = purple, teal and turquoise = blue or green, off white = white.
  Navy called "black" is a contradiction even though a dark navy can look black in a small photo.
- For a two-color check, gingham, tie-dye or even stripes, either of the two main colors is right; for a solid ground
  with thin stripes, a logo or a print, only the ground color is right (a stripe or logo color is contradiction).
- A seller color that disagrees with the photo (X732-041: "Brown" that is plainly maroon) is the seller's error; the
  model's photo-true answer is labelled correct.
- Polos answered "t-shirt" are correct (Myntra files them as Tshirts); a t-shirt answered "shirt", a shirt answered
  "t-shirt" (the underlayer), "jacket" or "kurta" is contradiction. Wrong pattern or sleeve length is contradiction.
  A wrong color or garment given to the other garment (black shorts called red) is contradiction too.
- Material: "cotton" for a casual shirt or jersey tee whose title names no material is counted correct (the photo
  shows a matte woven or knit fabric); a material the title contradicts or the photo gives no ground for (silk,
  wool, leather, linen, polyester, denim on an oxford) is unsupported. Invented logos, collars, pockets, hats, words
  or trims are unsupported.
- A one-word or yes/no answer to an open question that names nothing beyond the garment ("shirt", "black", "yes",
  "clothes", "no") is non_answer; answers that only echo the question's words ("the garment is made of material")
  are restated; a tautology ("the camouflage shirt is a camouflage shirt") is restated too.
- "she", "her" or "a woman" for a male model is pronoun, whatever else the text gets right.
- A text that ran to the token limit and repeats itself is loop; one that stops mid-phrase at the limit without
  repeating is cut, even when it also contains an extra detail; both have hit_limit=True. A text that carries on
  into "Question: ... Answer:" is leak (hit_limit=True only where it filled the 30 tokens).
- One label per text: the failure a reader would notice first.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS, caption, case

Q = DEFAULT_QUESTIONS

BLIND_732 = [
    # photo: navy-and-white checked full-sleeve shirt, one chest pocket, untucked over light blue jeans, white
    # backdrop, front view; base BLIP-2 zero-shot wrote caption and open answers, reference engine the closed ones
    case(
        "X732-001",
        caption("a man wearing a blue and white checkered shirt and jeans"),
        Q.wearing("she is wearing a checkered shirt and jeans", "pronoun"),
        Q.color("navy blue"),
        Q.pattern("checked"),
        Q.details(
            "the shirt has a pocket on the chest and a pocket on the chest and a pocket on the chest and a pocket on",
            "loop",
            hit_limit=True,
        ),
        Q.material("wool", "unsupported"),
        title="Roadster Men Navy Blue & White Checked Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: plain black crew-neck tee (no logo), grey track pants, hands in pockets, white backdrop; base BLIP-2
    # zero-shot for caption and open answers, reference engine for the closed ones
    case(
        "X732-002",
        caption("a man in a black t - shirt and grey pants"),
        Q.wearing("black t-shirt and grey track pants"),
        Q.garment_type("t-shirt"),
        Q.color("grey", "other_garment_color"),
        Q.sleeve_length("short"),
        Q.details("it has a logo on the chest", "unsupported"),
        Q.description("she is wearing a black t - shirt", "pronoun"),
        title="HRX by Hrithik Roshan Men Black Solid Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: white pique polo, small navy embroidered logo on the left chest, two-button placket, navy chinos, white
    # backdrop; base BLIP-2 zero-shot (caption, open), reference engine (closed)
    case(
        "X732-003",
        caption("a man wearing a white polo shirt and blue pants"),
        Q.garment_type("polo shirt"),
        Q.color("white"),
        Q.details("a logo on the chest and a zipper on the collar", "unsupported"),
        Q.material("cotton"),
        Q.description(
            "white polo shirt with a blue logo on the chest Question: What are the details of the garment? Answer:",
            "leak",
        ),
        title="U.S. Polo Assn. Men White Solid Pure Cotton Polo Collar T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: olive full-sleeve shirt worn open with sleeves rolled to the elbow, over a white crew-neck tee, black
    # jeans, white backdrop; base BLIP-2 zero-shot (caption, open), reference engine (closed)
    case(
        "X732-004",
        caption("a man wearing an olive green shirt over a white t - shirt"),
        Q.wearing("a green shirt and black jeans"),
        Q.garment_type("t-shirt", "contradiction"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("long"),
        Q.description("a green shirt with a white shirt underneath"),
        Q.details(
            "the shirt is open and the t - shirt is white and the shirt is green and the t - shirt is white and the",
            "loop",
            hit_limit=True,
        ),
        title="Mast & Harbour Men Olive Green Solid Casual Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: grey melange tee with a large orange-and-black typographic brand print on the chest, mid-blue jeans,
    # white backdrop; base BLIP-2 zero-shot (caption, open), reference engine (closed)
    case(
        "X732-005",
        caption("a man wearing a white t - shirt with an orange and black print", "contradiction"),
        Q.wearing("a grey t - shirt and jeans"),
        Q.color("grey"),
        Q.pattern("solid", "contradiction"),
        Q.description("a grey t - shirt with a graphic print on the front"),
        Q.details("the print is orange and black"),
        Q.material("polyester", "unsupported"),
        title="WROGN Men Grey Melange Printed Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: mid-blue denim shirt, full sleeves, two buttoned flap chest pockets, beige chinos, white backdrop, front
    # view; base BLIP-2 zero-shot (caption, open), reference engine (closed)
    case(
        "X732-006",
        caption("a man in a denim shirt and khaki pants"),
        Q.wearing("a blue jacket and khaki pants", "contradiction"),
        Q.garment_type("jacket", "contradiction"),
        Q.color("blue"),
        Q.details("two pockets on the front"),
        Q.material("denim"),
        Q.description(
            "a denim shirt with two pockets on the front and two pockets on the back and two pockets on the front and"
            " two",
            "loop",
            hit_limit=True,
        ),
        title="Levis Men Blue Slim Fit Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: maroon full-sleeve henley tee, three-button placket, black jeans, light grey backdrop; base BLIP-2
    # zero-shot (caption, open), reference engine (closed)
    case(
        "X732-007",
        caption("a man wearing a red long sleeve shirt and black jeans"),
        Q.wearing("a maroon henley and black jeans"),
        Q.color("black", "other_garment_color"),
        Q.pattern("striped", "contradiction"),
        Q.details("three buttons on the front"),
        Q.description("he is wearing a maroon shirt with buttons and a hood", "unsupported"),
        title="Roadster Men Maroon Solid Henley Neck T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: mustard full-sleeve shirt with button-down collar and two chest pockets, navy chinos, sunglasses held in
    # the right hand, white backdrop; base BLIP-2 zero-shot (caption, open), reference engine (closed)
    case(
        "X732-008",
        caption("a man in a yellow shirt holding a pair of sunglasses"),
        Q.wearing("yellow shirt and blue pants"),
        Q.color("yellow"),
        Q.pattern("striped", "contradiction"),
        Q.description("yes", "non_answer"),
        Q.details(
            "the shirt has a button down collar and a pocket on the left side of the chest and a pocket on the right"
            " side",
            "cut",
            hit_limit=True,
        ),
        Q.material("linen", "unsupported"),
        title="Highlander Men Mustard Yellow Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: red crew-neck tee with a big white Puma cat logo and "PUMA" across the chest, plain red sleeves, black
    # shorts, white backdrop; base BLIP-2 zero-shot (caption, open), reference engine (closed)
    case(
        "X732-009",
        caption("a man wearing a red puma t - shirt and black shorts"),
        Q.wearing("a red t - shirt and red shorts", "contradiction"),
        Q.color("red"),
        Q.pattern("graphic"),
        Q.description("a red shirt with a white puma logo and white stripes on the sleeves", "unsupported"),
        Q.details("a puma logo on the front"),
        Q.material("the garment is made of material", "restated"),
        title="Puma Men Red Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: white shirt with thin blue vertical stripes, full sleeves, tucked into dark blue jeans with a brown belt,
    # white backdrop; base BLIP-2 zero-shot (caption, open), reference engine (closed)
    case(
        "X732-010",
        caption("a man wearing a blue and white striped shirt and jeans"),
        Q.wearing("a striped shirt, jeans and a brown belt"),
        Q.garment_type("shirt"),
        Q.color("white"),
        Q.pattern("striped"),
        Q.description("she is wearing a white shirt with blue stripes", "pronoun"),
        Q.details(
            "the shirt has a collar and buttons down the front, the sleeves are long with buttoned cuffs and the shirt"
            " is tucked into",
            "cut",
            hit_limit=True,
        ),
        title="Allen Solly Men White & Blue Regular Fit Striped Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: waist-up crop, black polo with a white Nike swoosh on the left chest, two-button placket, nothing on the
    # head, white backdrop; base BLIP-2 zero-shot (caption, open), reference engine (closed)
    case(
        "X732-011",
        caption("a man wearing a black polo shirt with a nike logo and a black hat", "unsupported"),
        Q.wearing("a black shirt and black shorts", "unsupported"),
        Q.garment_type("polo shirt"),
        Q.color("black"),
        Q.material("polyester"),
        Q.description("black", "non_answer"),
        Q.details("a white nike logo on the chest and a collar with two buttons"),
        title="Nike Men Black Dri-FIT Solid Polo T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: navy crew-neck tee with a large yellow-and-black Batman logo, light grey jeans, white backdrop; base
    # BLIP-2 zero-shot (caption, open), reference engine (closed)
    case(
        "X732-012",
        caption("a man wearing a batman t - shirt"),
        Q.wearing(
            "he is wearing a navy blue t - shirt with a yellow and black batman logo on the front of the t - shirt and"
            " light grey jeans with",
            "cut",
            hit_limit=True,
        ),
        Q.color("black", "contradiction"),
        Q.pattern("printed"),
        Q.description("a blue t - shirt with a batman logo on it"),
        Q.details("batman logo Question: What is the material of the garment? Answer: cotton", "leak"),
        Q.material("cotton"),
        title="The Souled Store Men Navy Blue Batman Printed Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: olive polo with white tipping on the collar and sleeve hems, beige chinos, white backdrop; base BLIP-2
    # zero-shot (caption, open), reference engine (closed)
    case(
        "X732-013",
        caption("a man in a green polo shirt and khaki pants"),
        Q.wearing("she is wearing a green polo shirt and khaki pants", "pronoun"),
        Q.garment_type("polo shirt"),
        Q.color("beige", "other_garment_color"),
        Q.pattern("solid"),
        Q.details("white stripes on the collar and sleeves"),
        Q.description("a beige polo shirt with white stripes on the collar", "other_garment_color"),
        Q.material("polyester", "unsupported"),
        title="Jack & Jones Men Olive Green Solid Cotton Polo Collar T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: light pink full-sleeve shirt (pink collar, one chest pocket), white trousers, steel wristwatch, white
    # backdrop; base BLIP-2 zero-shot (caption, open), reference engine (closed)
    case(
        "X732-014",
        caption("a man in a pink shirt and white pants"),
        Q.wearing("she is wearing a pink shirt, white pants and a watch", "pronoun"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("long"),
        Q.description("a pink shirt with a white collar", "unsupported"),
        Q.details("a pocket on the chest"),
        title="Here&Now Men Pink Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: navy polo with thin white horizontal stripes and a small red-white-navy flag logo, blue jeans, white
    # backdrop; base BLIP-2 zero-shot (caption, open), reference engine (closed)
    case(
        "X732-015",
        caption("a man wearing a blue and white striped polo shirt"),
        Q.wearing("a striped polo shirt and jeans Question: What type of garment is this? Answer: polo", "leak"),
        Q.color("white", "contradiction"),
        Q.pattern("striped"),
        Q.description("a navy blue polo shirt with white stripes and a red logo on the chest"),
        Q.details(
            "a logo on the chest, a logo on the chest, a logo on the chest, a logo on the chest, a logo on the chest,",
            "loop",
            hit_limit=True,
        ),
        title="Tommy Hilfiger Men Navy Blue Striped Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: full length, charcoal full-sleeve shirt, black jeans, white sneakers, no bag, hat or watch, white
    # backdrop; base BLIP-2 zero-shot (caption, open), reference engine (closed)
    case(
        "X732-016",
        caption("a man in a dark grey shirt and black jeans standing in front of a white background"),
        Q.wearing("a grey shirt, black jeans and white sneakers"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.description(
            "a man wearing a grey shirt and black jeans and white shoes and a black belt and a black watch and a black"
            " bag",
            "unsupported",
        ),
        Q.details("a button down collar and a curved hem"),
        title="Flying Machine Men Charcoal Grey Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: bright yellow tee with black "GOOD VIBES ONLY" lettering, short sleeves, blue ripped jeans, white
    # backdrop; base BLIP-2 zero-shot (caption, open), reference engine (closed)
    case(
        "X732-017",
        caption("a man wearing a yellow t - shirt that says good vibes only"),
        Q.wearing("a yellow shirt and ripped jeans"),
        Q.color("yellow"),
        Q.pattern("printed"),
        Q.sleeve_length("long", "contradiction"),
        Q.description("the garment is a garment", "restated"),
        Q.material(
            "the garment is made of cotton and the garment is made of cotton and the garment is made of cotton and the",
            "loop",
            hit_limit=True,
        ),
        title="Bewakoof Men Yellow Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: blue-and-red tartan check shirt worn open over a plain grey crew-neck tee, dark jeans, white backdrop;
    # base BLIP-2 zero-shot (caption, open), reference engine (closed)
    case(
        "X732-018",
        caption("a man wearing a plaid shirt and a grey t - shirt"),
        Q.wearing("he is wearing a red and blue checkered shirt over a grey t - shirt with jeans"),
        Q.garment_type("t-shirt", "contradiction"),
        Q.color("grey", "other_garment_color"),
        Q.pattern("checked"),
        Q.description("a red and blue plaid shirt with a grey shirt underneath"),
        Q.details(
            "the shirt is open and has a grey t - shirt underneath it, the t - shirt is grey and the shirt is open and"
            " the",
            "loop",
            hit_limit=True,
        ),
        title="Wrangler Men Blue & Red Checked Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: white tee with three black stripes over the shoulders and a black trefoil on the chest, plain black
    # track pants (no side stripes), white backdrop; base BLIP-2 zero-shot (caption, open), reference engine (closed)
    case(
        "X732-019",
        caption("a man wearing a white adidas t - shirt and black pants"),
        Q.wearing("white", "non_answer"),
        Q.color("black", "other_garment_color"),
        Q.sleeve_length("short"),
        Q.details("three black stripes on the shoulders and a logo on the chest"),
        Q.description(
            "the person is wearing a white t - shirt with black stripes on the sleeves and black pants with white"
            " stripes",
            "unsupported",
        ),
        title="Adidas Originals Men White 3-Stripes Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: lavender full-sleeve shirt tucked into grey trousers, three-quarter view, white backdrop; base BLIP-2
    # zero-shot (caption, open), reference engine (closed)
    case(
        "X732-020",
        caption("a woman in a purple shirt and grey pants", "pronoun"),
        Q.wearing("a purple shirt and grey pants"),
        Q.color("grey", "other_garment_color"),
        Q.sleeve_length("long"),
        Q.description("grey shirt", "other_garment_color"),
        Q.details("the shirt is tucked in"),
        Q.material("silk", "unsupported"),
        title="Peter England Casuals Men Lavender Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: black-and-white gingham short-sleeve shirt, beige shorts, white backdrop; base BLIP-2 zero-shot
    # (caption, open), reference engine (closed)
    case(
        "X732-021",
        caption("a man wearing a black and white checkered shirt and khaki shorts"),
        Q.wearing("a black and white shirt and black shorts", "contradiction"),
        Q.color("white"),
        Q.pattern("checked"),
        Q.sleeve_length("long", "contradiction"),
        Q.description(
            "a black and white checkered shirt with short sleeves and a collar and buttons down the front and khaki"
            " shorts with",
            "cut",
            hit_limit=True,
        ),
        title="Highlander Men Black & White Gingham Checked Short Sleeves Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: plain teal crew-neck tee (no logo), black joggers, white backdrop; base BLIP-2 zero-shot (caption,
    # open), reference engine (closed)
    case(
        "X732-022",
        caption("a man in a green t - shirt and black pants"),
        Q.wearing("clothes", "non_answer"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.description("a green shirt with a white logo on the chest", "unsupported"),
        Q.details("plain Question: What is the material of the garment? Answer: cotton Question:", "leak"),
        title="Campus Sutra Men Teal Solid Round Neck T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: colourblocked polo, red body with a navy chest panel, white collar, short sleeves, blue jeans, white
    # backdrop; base BLIP-2 zero-shot (caption, open), reference engine (closed)
    case(
        "X732-023",
        caption("a man wearing a red and blue polo shirt"),
        Q.wearing("he is wearing a red and blue polo shirt and jeans"),
        Q.color("red"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("long", "contradiction"),
        Q.description("a red and blue shirt with a white collar"),
        Q.details("Question: What are the details of the garment? Answer: a white collar", "leak"),
        title="United Colors of Benetton Men Red & Navy Colourblocked Polo T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: dark green short-sleeve camp-collar shirt with an all-over print of lighter green and white leaves (no
    # flowers), white shorts, white backdrop; base BLIP-2 zero-shot (caption, open), reference engine (closed)
    case(
        "X732-024",
        caption("a man wearing a green shirt with leaves on it"),
        Q.wearing("she is wearing a green shirt and white shorts", "pronoun"),
        Q.color("green"),
        Q.pattern("floral"),
        Q.description("a hawaiian shirt"),
        Q.details("the shirt has a pattern of leaves and flowers", "unsupported"),
        Q.material("silk", "unsupported"),
        title="Roadster Men Green & White Tropical Printed Casual Shirt",
        category="Shirts",
        color="Green",
        gender="Men",
    ),
    # photo: heather grey polo with a small black Puma cat on the left chest, grey collar, navy shorts, white
    # backdrop; base BLIP-2 zero-shot (caption, open), reference engine (closed)
    case(
        "X732-025",
        caption("a man wearing a grey polo shirt and blue shorts"),
        Q.wearing("a grey shirt and grey shorts", "contradiction"),
        Q.garment_type("t-shirt"),
        Q.color("navy blue", "other_garment_color"),
        Q.sleeve_length("short"),
        Q.details("a puma logo on the left side of the chest"),
        Q.description("a grey polo shirt with a black collar", "unsupported"),
        title="Puma Men Grey Melange Solid Polo T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: white tee with a large black-and-grey motorcycle print on the front, black jeans, white backdrop; base
    # BLIP-2 zero-shot (caption, open), reference engine (closed)
    case(
        "X732-026",
        caption("a man wearing a white t - shirt with a motorcycle on it"),
        Q.wearing("a white t - shirt with a picture of a motorcycle and black jeans"),
        Q.color("black", "other_garment_color"),
        Q.pattern("graphic"),
        Q.description(
            "a white t - shirt with a black and white picture of a motorcycle on the front of the t - shirt and the",
            "cut",
            hit_limit=True,
        ),
        Q.material("leather", "unsupported"),
        title="Locomotive Men White Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: light sky-blue oxford shirt, button-down collar, full sleeves, white chinos, a navy blazer held over the
    # shoulder (not worn), white backdrop; base BLIP-2 zero-shot (caption, open), reference engine (closed)
    case(
        "X732-027",
        caption("a man in a blue shirt and white pants holding a jacket over his shoulder"),
        Q.wearing("a light blue shirt and white pants"),
        Q.garment_type("jacket", "contradiction"),
        Q.color("navy blue", "other_garment_color"),
        Q.sleeve_length("long"),
        Q.details("button down collar"),
        Q.material("denim", "unsupported"),
        title="Van Heusen Sport Men Blue Slim Fit Solid Oxford Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: rust orange full-sleeve shirt with sleeves rolled to the forearm, black jeans, white backdrop; base
    # BLIP-2 zero-shot (caption, open), reference engine (closed)
    case(
        "X732-028",
        caption("a man wearing an orange shirt and black jeans"),
        Q.wearing(
            "he's wearing an orange shirt and a pair of black jeans Question: What type of garment is this? Answer:"
            " shirt",
            "leak",
        ),
        Q.color("black", "other_garment_color"),
        Q.description("she is wearing an orange shirt with the sleeves rolled up", "pronoun"),
        Q.details("the sleeves are rolled up"),
        title="Spykar Men Rust Orange Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Rust",
        gender="Men",
    ),
    # photo: white v-neck tee, no pocket, olive cargo pants, white backdrop; base BLIP-2 zero-shot (caption, open),
    # reference engine (closed)
    case(
        "X732-029",
        caption("a man in a white shirt and green pants"),
        Q.wearing("she is wearing a white t - shirt and green cargo pants", "pronoun"),
        Q.color("olive", "other_garment_color"),
        Q.sleeve_length("short"),
        Q.description("a white v - neck t - shirt"),
        Q.details("a v neck and a pocket on the chest", "unsupported"),
        title="Jack & Jones Men White Solid V-Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: peach polo, short sleeves, white jeans, white backdrop; base BLIP-2 zero-shot (caption, open),
    # reference engine (closed)
    case(
        "X732-030",
        caption("a man wearing a pink polo shirt and white jeans"),
        Q.wearing("she is wearing a pink shirt and white pants", "pronoun"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a polo shirt"),
        Q.details("a collar with two buttons"),
        Q.material("wool", "unsupported"),
        title="Mast & Harbour Men Peach-Coloured Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Peach",
        gender="Men",
    ),
    # photo: blue-and-white spiral tie-dye crew-neck tee, beige shorts, bareheaded, white backdrop; base BLIP-2
    # zero-shot (caption, open), reference engine (closed)
    case(
        "X732-031",
        caption("a man wearing a tie dye t - shirt and khaki shorts"),
        Q.wearing("a tie dye shirt and khaki shorts and a hat", "unsupported"),
        Q.garment_type("t-shirt"),
        Q.color("white"),
        Q.pattern("printed"),
        Q.description("a blue and white tie dye shirt"),
        Q.details(
            "the shirt is a tie dye shirt with a tie dye pattern and a tie dye pattern and a tie dye pattern and a tie",
            "loop",
            hit_limit=True,
        ),
        Q.material("the material of the garment is a material", "restated"),
        title="Roadster Men Blue & White Tie-Dyed Round Neck T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: beige linen-blend shirt with a mandarin collar, full sleeves, white trousers, white backdrop; base BLIP-2
    # zero-shot (caption, open), reference engine (closed)
    case(
        "X732-032",
        caption("a man in a beige shirt and white pants"),
        Q.wearing("a kurta and white pants", "contradiction"),
        Q.garment_type("kurta", "contradiction"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("long"),
        Q.description("a beige shirt with a mandarin collar"),
        Q.details("no", "non_answer"),
        Q.material("linen"),
        title="Allen Solly Men Beige Regular Fit Linen Blend Mandarin Collar Casual Shirt",
        category="Shirts",
        color="Beige",
        gender="Men",
    ),
    # photo: royal blue tee with white "JUST DO IT" and swoosh on the front, black shorts, front view only, white
    # backdrop; feed row without a color column; base BLIP-2 zero-shot (caption, open), reference engine (closed)
    case(
        "X732-033",
        caption("a man wearing a blue nike t - shirt"),
        Q.wearing(
            "a blue shirt and black shorts Question: What is the color of the shirt? Answer: blue Question: What is"
            " the color",
            "leak",
            hit_limit=True,
        ),
        Q.color("blue"),
        Q.pattern("graphic"),
        Q.description("a blue t - shirt with a nike logo and the words just do it on the back", "unsupported"),
        Q.details("the words just do it on the front"),
        title="Nike Men Blue Sportswear Just Do It Printed T-shirt",
        category="Tshirts",
        gender="Men",
    ),
    # photo: navy polo with a small red embroidered logo, khaki chinos, brown belt, white backdrop; base BLIP-2
    # zero-shot (caption, open), reference engine (closed)
    case(
        "X732-034",
        caption("a man wearing a black polo shirt and khaki pants", "contradiction"),
        Q.wearing("a navy blue polo shirt and khaki pants"),
        Q.garment_type("polo shirt"),
        Q.color("navy blue"),
        Q.description("she is wearing a navy blue polo shirt with a red logo", "pronoun"),
        Q.details(
            "the shirt has a logo on the chest and the logo is red and the shirt is blue and the logo is red and the"
            " shirt",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="U.S. Polo Assn. Men Navy Blue Solid Polo Collar Pure Cotton T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: white full-sleeve shirt, one plain chest pocket (no logo), light blue jeans, light grey studio wall;
    # base BLIP-2 zero-shot (caption, open), reference engine (closed)
    case(
        "X732-035",
        caption("a man in a white shirt and jeans standing in front of a grey wall"),
        Q.wearing("a white shirt and blue jeans"),
        Q.color("grey", "contradiction"),
        Q.pattern("solid"),
        Q.description("shirt", "non_answer"),
        Q.details("the shirt has a pocket on the chest and a logo on the pocket", "unsupported"),
        title="Highlander Men White Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: chocolate brown crew-neck tee, light blue jeans, white backdrop; base BLIP-2 zero-shot (caption, open),
    # reference engine (closed)
    case(
        "X732-036",
        caption("a man wearing a brown t - shirt and jeans"),
        Q.wearing("a brown t - shirt and blue jeans"),
        Q.color("brown"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.material("cotton"),
        Q.description("a brown shirt with a round neck and short sleeves"),
        title="Roadster Men Brown Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Brown",
        gender="Men",
    ),
    # photo: grey-and-black camouflage print shirt, full sleeves, black jeans, white backdrop; base BLIP-2 zero-shot
    # (caption, open), reference engine (closed)
    case(
        "X732-037",
        caption("a man wearing a camouflage shirt and black jeans"),
        Q.garment_type("jacket", "contradiction"),
        Q.color("grey"),
        Q.pattern("floral", "contradiction"),
        Q.sleeve_length("long"),
        Q.description("the camouflage shirt is a camouflage shirt", "restated"),
        Q.material("cotton"),
        title="WROGN Men Grey & Black Camouflage Printed Casual Shirt",
        category="Shirts",
        color="Grey",
        gender="Men",
    ),
    # photo: plain sea green polo (no logo), white shorts, tennis racket in hand, white backdrop; base BLIP-2
    # zero-shot (caption, open), reference engine (closed)
    case(
        "X732-038",
        caption("a man in a green polo shirt holding a tennis racket"),
        Q.wearing("a green shirt and white shorts"),
        Q.color("white", "other_garment_color"),
        Q.description("a green polo shirt with a white logo on the chest", "unsupported"),
        Q.details("a collar and two buttons"),
        Q.material("polyester"),
        title="Proline Men Sea Green Solid Polyester Polo T-shirt",
        category="Tshirts",
        color="Sea Green",
        gender="Men",
    ),
    # photo: black mandarin-collar shirt, full sleeves, beige chinos, white backdrop; base BLIP-2 zero-shot (caption,
    # open), reference engine (closed)
    case(
        "X732-039",
        caption("a man in a black shirt and beige pants"),
        Q.wearing("black shirt and beige chinos"),
        Q.color("beige", "other_garment_color"),
        Q.description("a beige shirt with a band collar", "other_garment_color"),
        Q.details("the details of the garment are black", "restated"),
        Q.material("leather", "unsupported"),
        title="Mast & Harbour Men Black Solid Mandarin Collar Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: off-white tee with a multicolored (blue, pink, yellow) elephant illustration and no lettering, blue
    # jeans, white backdrop; base BLIP-2 zero-shot (caption, open), reference engine (closed)
    case(
        "X732-040",
        caption("a man wearing a white t - shirt with an elephant on it"),
        Q.wearing("a white shirt with an elephant print and jeans"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("white"),
        Q.pattern("floral", "contradiction"),
        Q.description('a t - shirt with a picture of an elephant and the words " save the elephants "', "unsupported"),
        Q.details("the elephant is blue, pink and yellow"),
        title="Tantra Men Off White Printed Round Neck T-shirt",
        category="Tshirts",
        color="Off White",
        gender="Men",
    ),
    # photo: wine/maroon full-sleeve shirt (the seller calls it Brown; it is plainly maroon), one chest pocket, dark
    # jeans, white backdrop; base BLIP-2 zero-shot (caption, open), reference engine (closed)
    case(
        "X732-041",
        caption("a man in a maroon shirt and jeans"),
        Q.wearing("he is wearing a red shirt and jeans"),
        Q.color("maroon"),
        Q.description("red shirt"),
        Q.details("a pocket on the chest Question: What is the person wearing?", "leak"),
        Q.material("velvet", "unsupported"),
        title="John Players Men Brown Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Brown",
        gender="Men",
    ),
    # photo: oversized lavender tee with drop shoulders, elbow-length short sleeves, large white lettering on the
    # front, black cargo pants, white backdrop; base BLIP-2 zero-shot (caption, open), reference engine (closed)
    case(
        "X732-042",
        caption("a man wearing a purple t - shirt and black pants"),
        Q.wearing(
            "a purple shirt and black pants Question: What is the color of the shirt? Answer: purple Question: What"
            " is the",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("black", "other_garment_color"),
        Q.sleeve_length("long", "contradiction"),
        Q.description("an oversized purple t - shirt with white letters"),
        Q.material("the garment is made of", "restated"),
        title="Difference of Opinion Men Lavender Typography Printed Oversized T-shirt",
        category="Tshirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: pale lemon yellow polo with a small red batwing logo, denim shorts, white backdrop; base BLIP-2
    # zero-shot (caption, open), reference engine (closed)
    case(
        "X732-043",
        caption("a man wearing a yellow polo shirt and denim shorts"),
        Q.garment_type("polo shirt"),
        Q.color("yellow"),
        Q.sleeve_length("short"),
        Q.details("a small red logo on the chest"),
        Q.description("yellow polo"),
        title="Levis Men Yellow Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: navy-and-red buffalo-check flannel shirt, buttoned, two flap chest pockets, black jeans, white backdrop;
    # base BLIP-2 zero-shot (caption, open), reference engine (closed)
    case(
        "X732-044",
        caption("a man wearing a red and black plaid shirt", "contradiction"),
        Q.wearing("a plaid shirt and black jeans"),
        Q.garment_type("jacket", "contradiction"),
        Q.color("red"),
        Q.details(
            "the shirt has a collar and buttons down the front and two pockets on the chest with flaps and buttons and"
            " the sleeves",
            "cut",
            hit_limit=True,
        ),
        Q.material("flannel"),
        title="Roadster Men Navy Blue & Red Buffalo Checked Flannel Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: turquoise polo, white chinos, sunglasses hooked on the placket, white backdrop; feed row without a
    # category column; base BLIP-2 zero-shot (caption, open), reference engine (closed)
    case(
        "X732-045",
        caption("a man wearing a blue polo shirt and white pants with sunglasses"),
        Q.wearing("a turquoise shirt, white pants and sunglasses"),
        Q.garment_type("polo shirt"),
        Q.color("white", "other_garment_color"),
        Q.description(
            "the garment is a polo shirt that is a polo shirt that is a polo shirt that is a polo shirt that is a",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Van Heusen Sport Men Turquoise Blue Solid Polo Collar T-shirt",
        color="Turquoise Blue",
        gender="Men",
    ),
    # photo: white tee with wide black horizontal stripes, black jeans, white backdrop; base BLIP-2 zero-shot
    # (caption, open), reference engine (closed)
    case(
        "X732-046",
        caption("a man wearing a black and white striped shirt and black jeans"),
        Q.wearing("yes", "non_answer"),
        Q.garment_type("t-shirt"),
        Q.color("white"),
        Q.pattern("checked", "contradiction"),
        Q.description("a striped shirt"),
        Q.details(
            "the stripes are black and white and the stripes are black and white and the stripes are black and white"
            " and",
            "loop",
            hit_limit=True,
        ),
        title="Roadster Men White & Black Striped Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
]
