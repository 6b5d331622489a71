"""BLIND_544 (46 products; Myntra men's night run: shirts to sherwanis, models in full outfits): written blind in the
fiftieth session. Measured blind at 230bbc4 (the session's rules as they stood): 95/120 failures found (79.2%) and
4/148 correct texts flagged (2.7%). The writer's notes, verbatim:

Scenario: one night's run of enrich over a Myntra-like English menswear feed: casual and formal shirts, t-shirts,
polos, sweaters and cardigans, jackets (bomber, denim, puffer, Nehru), blazers and a bandhgala, suits and a tuxedo,
jeans, chinos, trousers, shorts, kurtas and sherwanis. Every photo is a model in a full outfit, so each product
shares the frame with other garments (the shirt under the blazer, the tee under the jacket, the churidar under the
kurta, the turban and dupatta of a sherwani set), with studio backdrops, coloured walls, a brick wall, a palace, a
temple, a beach and props (a scooter, a bench, dumbbells, a christmas tree, a diya). Each row carries the seller's
title, category (Myntra's: Shirts, Tshirts, Sweaters, Jackets, Nehru Jackets, Blazers, Suits, Jeans, Trousers,
Shorts, Kurtas, Sherwani), color (Myntra's base colours: Navy Blue, Charcoal, Olive, Khaki, Maroon, Cream...) and
gender; a few rows miss the gender or the color, as real feeds do. Polos are filed under Tshirts and chinos under
Trousers, as Myntra does.

Who wrote what: the questionnaire is enrich's default (caption, garment_type, color, pattern, sleeve_length,
material, description, details, wearing) plus per-garment color questions and three open questions of the set's own
(neckline, fit, closure). Open answers come from the untuned base `Salesforce/blip2-opt-2.7b`: short, lowercase,
stopping on their own, never hit_limit. Closed answers (garment_type, color, pattern, sleeve_length, the per-garment
colors, "Is this a ...?") come from enrich's `--engine reference` through the VQA adapter: one value of a candidate
set, never a loop or a cut. Some captions, descriptions and details come from the caption adapter (epoch 1 or epoch
3, said in the comment above the case): the DeepFashion template ("The gentleman wears a long-sleeve shirt with pure
color patterns ..."), no hue names, no end token, so every adapter text runs to its limit (50 new tokens for a
caption, 30 for an answer) and carries hit_limit=True; asked for a description or details, it returns the template.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: blue for navy or indigo, grey for charcoal or grey melange, green
  for olive, red for maroon, beige or tan for khaki, white for cream or off white, yellow for mustard. Navy or charcoal
  answered black is contradiction.
- A color that another piece in the photo has (the tee under the jacket, the shirt above the chinos, the turban of
  the sherwani set), given to the product, or the product's color given to a piece that is not that color ("white
  shorts" under a white tee, "maroon pants" under a maroon kurta), is other_garment_color; this includes a
  per-garment question ("What is the color of the pants?") answered with the shirt's color. The color of
  a print, trim or buttons given as the garment's color (blue for a white shirt with a blue leaf print, gold for a
  maroon bandhgala with gold buttons) is contradiction.
- Garment synonyms are correct: shirt or tee for a t-shirt, t-shirt or polo shirt for a polo, pants for trousers,
  chinos or churidar, jean jacket for a denim jacket, vest or jacket for a Nehru jacket, suit for a blazer worn with
  a near-matching trouser, sweater for a knit polo worn as the top layer, hoodie for a hooded sweatshirt. A kurta or
  sherwani called a shirt (by the closed answer, the base caption or the adapter template) is contradiction, and so
  are jeans for cargo trousers or denim shorts, jacket for a cardigan, and a pair of jeans "yes" for chinos.
- Patterns: cable knit in one colour is solid (correct); a leaf print is floral (correct); pleats answered striped,
  a checked blazer answered solid and the stripes of the shirt given as the pattern of plain shorts are
  contradiction. Rolled-up long sleeves answered "short sleeves" and a sleeveless Nehru jacket answered "long
  sleeves" (the kurta's) are contradiction.
- Materials: one the title names or the photo plainly shows (linen, denim, velvet, wool for a sweater or a suit,
  cotton for jeans, polyester for a Dri-FIT tee or sports shorts or a puffer shell) is correct; silk on a cotton-look
  kurta or sherwani set whose title names no fabric, leather on a nylon bomber and wool on a cotton polo are
  unsupported. A material question answered with the garment's name, with or without its color ("jeans", "a yellow
  kurta", "the sweater is grey"), is restated; "it is made of fabric" and the empty answer are non_answer.
- Invented things not in the photo (a watch, a tie, a cap, a leather jacket, a belt, a fur trim, a skateboard, a chest
  pocket on a pocketless shirt, rips on clean-look jeans, a logo on a plain tee, pockets on a pocketless cardigan, a
  christmas tree on the sweater that stands beside it, "new york" for a tee printed "brooklyn") are unsupported.
  Props and walls named as props and walls ("in front of a blue wall", "next to a scooter") are correct.
- Adapter texts: one that repeats a sentence of the template is loop; one that stops mid-sentence without repeating
  is cut, even where it mentions an accessory or a fabric before the cut (one kind per text: the cut is what the
  auditor sees first); one whose template names the product as another garment (a kurta or a blazer as "shirt") is
  contradiction, hit_limit kept. The template answering "Describe the garment." or the details question is an answer,
  so those are cut or loop, never restated. The template's "outer clothing" for a sherwani is a vague name, not a
  wrong one: that text is labelled by its repetition (loop).
- A base answer that stops early mid-phrase ("it is made of", "the jeans have a", "... on the front and") is cut,
  without hit_limit. A base answer that says its clause twice and then stops ("it is made of cotton and it is made of
  cotton") is loop, though it stopped on its own.
- Wrong necklines and sleeves are contradiction: "round neck" for a v-neck tee, "v neck" for a closed bandhgala,
  "three-quarter sleeves" for a full-sleeve kurta. A base description that gives the white kurta's tonal embroidery
  a color it does not have ("blue embroidery") is contradiction.
- Base answers that run on into "Question: ... Answer: ..." are leak, even where the first words are right. "she"
  for a man is pronoun, even where the rest is right. "the details of the jeans" and "they are shorts" for the
  details question are non_answer.
- Where a base caption names no garment at all ("a man standing next to a scooter") it is still correct: nothing in
  it is wrong.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_shirt = question("color_shirt", "What is the color of the shirt?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_jeans = question("color_jeans", "What is the color of the jeans?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
color_jacket = question("color_jacket", "What is the color of the jacket?", "closed")
color_kurta = question("color_kurta", "What is the color of the kurta?", "closed")
neckline = question("neckline", "What is the neckline of the garment?", "open")
fit = question("fit", "What is the fit of the garment?", "open")
closure = question("closure", "How does the garment fasten?", "open")

BLIND_544 = [
    # photo: model in a navy-and-white checked long-sleeve shirt, sleeves rolled to the forearm, one chest pocket,
    # beige chinos, no watch, plain white studio backdrop, front view.
    # caption adapter: none
    case(
        "X544-001",
        caption("a man in a blue and white checkered shirt and khaki pants"),
        D.wearing("a black and white checkered shirt and khaki pants", "contradiction"),
        D.color("blue"),
        D.pattern("checked"),
        D.sleeve_length("long sleeves"),
        D.details("the sleeves are rolled up and he is wearing a watch", "unsupported"),
        title="Roadster Men Navy Blue & White Regular Fit Checked Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a white formal shirt tucked into charcoal grey trousers, navy tie, black belt, grey backdrop.
    # caption adapter: epoch 3 (caption)
    case(
        "X544-002",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns. "
            "There is an accessory",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and a blue tie"),
        D.color("white"),
        color_pants("white", "other_garment_color"),
        D.description("a white dress shirt with a tie"),
        D.material("a white shirt", "restated"),
        title="Louis Philippe Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: model in an olive green shirt worn open over a white crew-neck t-shirt, black jeans, two flap chest
    # pockets, red brick wall behind.
    # caption adapter: none
    case(
        "X544-003",
        caption("a man in a green shirt standing in front of a brick wall"),
        D.wearing("a green shirt over a white t-shirt and black jeans"),
        D.color("white", "other_garment_color"),
        D.description("a white shirt with two pockets", "other_garment_color"),
        D.details("the shirt has two pockets on the chest"),
        title="HIGHLANDER Men Olive Green Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: model in a white short-sleeve shirt with a blue tropical leaf print, navy shorts, beach-style backdrop
    # with a potted palm prop.
    # caption adapter: epoch 1 (caption)
    case(
        "X544-004",
        caption(
            "The gentleman wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a shorts. The shorts are with cotton fabric and pure color patterns. "
            "The gentleman wears a short-sleeve shirt",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white shirt with blue leaves and blue shorts"),
        D.pattern("floral"),
        D.color("blue", "contradiction"),
        D.description("a white shirt with a tropical print"),
        title="Mast & Harbour Men White & Blue Regular Fit Tropical Printed Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: model in a plain maroon slim-fit shirt without pockets, black trousers, black belt, grey backdrop.
    # caption adapter: none
    case(
        "X544-005",
        caption("a man in a red shirt and black pants"),
        D.wearing("a red shirt and black pants with a black tie", "unsupported"),
        D.color("red"),
        color_pants("black"),
        D.details("the shirt has a pocket on the chest", "unsupported"),
        D.material("silk", "unsupported"),
        title="Peter England Men Maroon Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: model in a beige linen shirt with a mandarin collar, sleeves rolled to the elbow, white trousers,
    # sunlit white wall with plant shadows.
    # caption adapter: none
    case(
        "X544-006",
        caption("a man in a beige shirt and white pants standing in the sun"),
        D.wearing("she is wearing a beige shirt and white pants", "pronoun"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("short sleeves", "contradiction"),
        neckline("mandarin collar"),
        D.material("linen"),
        title="Marks & Spencer Men Beige Pure Linen Mandarin Collar Casual Shirt",
        category="Shirts",
        color="Beige",
        gender="Men",
    ),
    # photo: model in a plain black round-neck t-shirt (no logo), grey joggers, white backdrop, slight side view.
    # caption adapter: epoch 3 (caption)
    case(
        "X544-007",
        caption(
            "The man is wearing a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. The "
            "man",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black t-shirt and grey sweatpants"),
        D.color("black"),
        neckline("round neck"),
        D.details("it has a logo on the chest", "unsupported"),
        D.material("it is a black t-shirt", "restated"),
        title="HRX by Hrithik Roshan Men Black Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: model in a mustard yellow t-shirt with "BROOKLYN" printed in white on the chest, blue jeans, standing
    # in front of a painted blue wall.
    # caption adapter: none
    case(
        "X544-008",
        caption("a man in a yellow t-shirt standing in front of a blue wall"),
        D.wearing("a yellow shirt and blue jeans"),
        D.color("yellow"),
        D.pattern("solid", "contradiction"),
        D.description("a yellow t-shirt with the word new york on it", "unsupported"),
        title="Roadster Men Mustard Yellow Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: model in a white Nike training t-shirt with a small black swoosh on the chest, black shorts, holding a
    # dumbbell, gym backdrop with a dumbbell rack.
    # caption adapter: none
    case(
        "X544-009",
        caption("a man in a white shirt holding a dumbbell in a gym"),
        D.wearing("a white t-shirt and white shorts", "other_garment_color"),
        D.color("black", "other_garment_color"),
        D.details(
            "it has a nike logo on the chest Question: what is the color of the shorts? Answer: black",
            "leak",
        ),
        D.material("polyester"),
        title="Nike Men White Dri-FIT Solid Training T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: model in a navy t-shirt with thin white horizontal stripes, khaki shorts, white backdrop.
    # caption adapter: epoch 1 (caption)
    case(
        "X544-010",
        caption(
            "The gentleman wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The gentleman wears a three-point shorts. The shorts are with cotton",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue and white striped shirt and khaki shorts"),
        D.color("blue"),
        D.pattern("striped"),
        color_shorts("blue", "other_garment_color"),
        D.material("it is made of", "cut"),
        title="Bewakoof Men Navy Blue & White Striped Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a red v-neck t-shirt, black track pants with white side stripes, grey backdrop. Row has no
    # gender.
    # caption adapter: none
    case(
        "X544-011",
        caption("a man in a red shirt and black pants"),
        D.wearing("a red shirt with a black collar and black track pants", "unsupported"),
        D.color("red"),
        neckline("round neck", "contradiction"),
        D.description("a red t-shirt with a v neck"),
        title="Puma Men Red Solid V-Neck Slim Fit T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # photo: model in a white polo t-shirt with a small embroidered logo on the chest, two buttons, navy chinos,
    # white backdrop.
    # caption adapter: none
    case(
        "X544-012",
        caption("a man in a white polo shirt and blue pants"),
        D.garment_type("polo shirt"),
        D.details("the shirt has a collar and two buttons and a logo on the chest"),
        D.material("cotton Question: what is the color of the shirt? Answer: white", "leak"),
        color_pants("white", "other_garment_color"),
        title="U.S. Polo Assn. Men White Solid Polo Collar Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: model in a navy polo with white tipping on the collar and cuffs, grey shorts, outdoor blurred greenery.
    # caption adapter: epoch 3 (caption)
    case(
        "X544-013",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The gentleman wears a shorts. The shorts are with cotton fabric and pure color "
            "patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue shirt and grey shorts"),
        D.garment_type("t-shirt"),
        D.color("black", "contradiction"),
        D.description("a blue polo shirt with white stripes on the collar"),
        D.material("it is made of fabric", "non_answer"),
        title="Tommy Hilfiger Men Navy Blue Solid Polo Collar T-shirt with Tipping Detail",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model sitting on a wooden bench in a green-and-white horizontally striped polo, beige chinos, white
    # sneakers, light grey backdrop.
    # caption adapter: none
    case(
        "X544-014",
        caption("a man sitting on a bench wearing a green striped shirt"),
        D.wearing("a green and white striped shirt and khaki pants"),
        D.color("green"),
        D.pattern("solid", "contradiction"),
        D.details("it has stripes and a collar"),
        D.material("wool", "unsupported"),
        title="Allen Solly Men Green & White Striped Polo Collar T-shirt",
        category="Tshirts",
        color="Green",
        gender="Men",
    ),
    # photo: model in a grey melange crew-neck sweater over a white collared shirt (collar and cuffs showing), navy
    # chinos, white backdrop.
    # caption adapter: none
    case(
        "X544-015",
        caption("a man in a grey sweater and blue pants"),
        D.wearing("a grey sweater over a white shirt and blue pants"),
        D.color("white", "other_garment_color"),
        D.description("a grey sweater with a round neck"),
        D.material("the sweater is grey", "restated"),
        title="Monte Carlo Men Grey Melange Solid Pullover Sweater",
        category="Sweaters",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: model in a maroon cable-knit crew-neck sweater, blue jeans, studio with a decorated christmas tree beside
    # him.
    # caption adapter: epoch 1 (caption)
    case(
        "X544-016",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with wool fabric and "
            "its neckline is round. The gentleman wears a long pants. The pants are with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red sweater and jeans"),
        D.color("red"),
        D.pattern("solid"),
        D.description("a red sweater with a christmas tree on it", "unsupported"),
        D.material("the sweater is made of", "cut"),
        title="Roadster Men Maroon Cable Knit Pullover Sweater",
        category="Sweaters",
        color="Maroon",
        gender="Men",
    ),
    # photo: model in a navy v-neck button-front cardigan worn open over a white t-shirt, grey trousers, no pockets
    # on the cardigan, beige backdrop.
    # caption adapter: none
    case(
        "X544-017",
        caption("a man in a blue cardigan and grey pants"),
        D.wearing("a blue cardigan and a white shirt"),
        D.garment_type("jacket", "contradiction"),
        D.color("blue"),
        closure("buttons"),
        D.details("the sweater has buttons on the front and two pockets", "unsupported"),
        color_pants("blue", "other_garment_color"),
        title="United Colors of Benetton Men Navy Blue Solid V-Neck Cardigan",
        category="Sweaters",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in an olive green nylon bomber jacket with black ribbed collar and cuffs, zipped half open over a
    # black t-shirt, black jeans, grey concrete wall.
    # caption adapter: none
    case(
        "X544-018",
        caption("a man in a green jacket and black pants"),
        D.wearing("a green jacket and a black shirt"),
        D.color("black", "other_garment_color"),
        color_jacket("green"),
        closure("zipper"),
        D.material("leather", "unsupported"),
        D.description("a black bomber jacket", "other_garment_color"),
        title="WROGN Men Olive Green Solid Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: model in a light blue denim trucker jacket over a white t-shirt, black jeans, white backdrop.
    # caption adapter: epoch 3 (caption, details)
    case(
        "X544-019",
        caption(
            "The gentleman wears a long-sleeve denim jacket with pure color patterns. The denim jacket is with denim "
            "fabric and its neckline is lapel. The gentleman wears a long pants. The pants are with denim fabric and "
            "pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a jean jacket and a white t-shirt and a red cap", "unsupported"),
        D.color("blue"),
        D.material("denim"),
        D.details(
            "The gentleman wears a long-sleeve denim jacket with pure color patterns. The denim jacket is with denim "
            "fabric. The gentleman wears a long-sleeve",
            "loop",
            hit_limit=True,
        ),
        color_jeans("blue", "other_garment_color"),
        title="Levis Men Blue Solid Denim Trucker Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: model in a black hooded puffer jacket, grey joggers, outdoor snowy backdrop.
    # caption adapter: none
    case(
        "X544-020",
        caption("a man in a black jacket standing in the snow"),
        D.wearing(
            "a black jacket with a hood Question: what is the color of the jacket? Answer: black",
            "leak",
        ),
        D.garment_type("jacket"),
        D.details("the jacket has a hood with a fur trim and a zipper", "unsupported"),
        D.material("polyester"),
        title="Puma Men Black Solid Hooded Padded Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: model in a sleeveless mustard Nehru jacket with a woven self design, over a white long-sleeve kurta and
    # white churidar, beige backdrop.
    # caption adapter: none
    case(
        "X544-021",
        caption("a man in a yellow vest and a white kurta"),
        D.color("yellow"),
        D.sleeve_length("long sleeves", "contradiction"),
        color_kurta("yellow", "other_garment_color"),
        D.description("a yellow nehru jacket with a white shirt"),
        D.material("it is made of cotton and it is made of cotton", "loop"),
        title="Hangup Men Mustard Yellow Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Mustard",
        gender="Men",
    ),
    # photo: model in a charcoal grey single-breasted two-button blazer with a welt chest pocket, white shirt, black
    # trousers, grey backdrop.
    # caption adapter: epoch 1 (caption)
    case(
        "X544-022",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns. "
            "The gentleman wears",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a grey suit and a white shirt"),
        D.color("black", "contradiction"),
        D.details("the blazer has two buttons and a pocket on the chest"),
        D.material("wool"),
        title="Louis Philippe Men Charcoal Grey Solid Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: model sitting on a wooden chair in a cafe setting, navy blazer with a faint light blue windowpane check,
    # white t-shirt, beige chinos.
    # caption adapter: epoch 3 (description)
    case(
        "X544-023",
        caption("a man in a blue blazer sitting on a chair"),
        D.wearing("a blue jacket and a white t-shirt"),
        D.color("blue"),
        D.pattern("solid", "contradiction"),
        color_pants("white", "other_garment_color"),
        D.description(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman",
            "contradiction",
            hit_limit=True,
        ),
        title="Mr Button Men Navy Blue Checked Slim Fit Casual Blazer",
        category="Blazers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a maroon velvet bandhgala with a mandarin collar and gold buttons, white trousers, gold
    # textured backdrop.
    # caption adapter: none
    case(
        "X544-024",
        caption("a man in a red jacket with gold buttons"),
        D.wearing("a maroon jacket and white pants"),
        D.color("gold", "contradiction"),
        neckline("v neck", "contradiction"),
        closure("gold buttons"),
        D.material("velvet"),
        title="Manyavar Men Maroon Velvet Bandhgala Blazer",
        category="Blazers",
        color="Maroon",
        gender="Men",
    ),
    # photo: model in a navy two-piece suit, white shirt, red tie, grey backdrop.
    # caption adapter: epoch 3 (caption)
    case(
        "X544-025",
        caption(
            "The gentleman wears a long-sleeve suit with pure color patterns. The suit is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black suit and a red tie", "contradiction"),
        D.garment_type("suit"),
        D.color("black", "contradiction"),
        color_shirt("white"),
        D.material("wool"),
        title="Raymond Men Navy Blue Solid Slim Fit Two-Piece Formal Suit",
        category="Suits",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a light grey glen-check three-piece suit with waistcoat, white shirt, navy tie, white pocket
    # square, no watch visible (cuffs cover the wrists), wood-panelled backdrop.
    # caption adapter: none
    case(
        "X544-026",
        caption("a man in a grey suit and tie standing in front of a wooden wall"),
        D.wearing("she is wearing a grey suit and a blue tie", "pronoun"),
        D.color("grey"),
        D.pattern("striped", "contradiction"),
        D.details("the suit has a vest and a pocket square"),
        D.description("a grey plaid suit with a vest and a gold watch", "unsupported"),
        title="Louis Philippe Men Grey Checked Slim Fit Three-Piece Suit",
        category="Suits",
        color="Grey",
        gender="Men",
    ),
    # photo: model in a black one-button tuxedo with satin peak lapels, white shirt, black bow tie, dark backdrop.
    # caption adapter: none
    case(
        "X544-027",
        caption("a man in a black tuxedo with a bow tie"),
        D.wearing("a tuxedo"),
        D.color("black"),
        color_shirt("black", "other_garment_color"),
        D.details("the jacket has satin lapels and one button"),
        D.material("", "non_answer"),
        title="Van Heusen Men Black Solid Slim Fit Tuxedo Suit",
        category="Suits",
        color="Black",
        gender="Men",
    ),
    # photo: cropped waist-down view: mid-blue clean-look skinny jeans (no rips), hem of a grey t-shirt, white
    # sneakers, white backdrop.
    # caption adapter: none
    case(
        "X544-028",
        caption(
            "a man in blue jeans and white sneakers standing on a skateboard",
            "unsupported",
        ),
        D.garment_type("jeans"),
        D.color("blue"),
        fit("skinny"),
        D.details("the jeans have rips on the knees", "unsupported"),
        D.material("denim"),
        title="Mast & Harbour Men Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: model in black distressed slim jeans with knee rips, white t-shirt, brown boots, white backdrop.
    # caption adapter: epoch 1 (caption)
    case(
        "X544-029",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with denim fabric and pure color patterns. The "
            "gentleman wears a short-sleeve T-shirt",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white shirt and black jeans and a black leather jacket", "unsupported"),
        D.color("black"),
        color_jeans("white", "other_garment_color"),
        D.details("they have holes in the knees"),
        is_a("pair of jeans", "yes"),
        title="Roadster Men Black Slim Fit Mid-Rise Highly Distressed Stretchable Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: model in dark indigo slim jeans, a light blue denim shirt tucked in, brown belt, white backdrop.
    # caption adapter: none
    case(
        "X544-030",
        caption("a man in a denim shirt and jeans"),
        D.wearing("a denim shirt and dark blue jeans with a brown belt"),
        D.color("blue"),
        D.material("cotton"),
        fit("the jeans are slim"),
        D.details("the jeans have a", "cut"),
        title="Levis Men Indigo 511 Slim Fit Mid-Rise Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: model in light grey regular-fit jeans, black polo t-shirt, grey backdrop. Row has no color.
    # caption adapter: none
    case(
        "X544-031",
        caption("a man in a black shirt and grey pants"),
        D.wearing("a black shirt and grey jeans"),
        D.color("black", "other_garment_color"),
        D.description("grey jeans"),
        D.details("the details of the jeans", "non_answer"),
        D.material("jeans", "restated"),
        title="Wrangler Men Grey Regular Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        gender="Men",
    ),
    # photo: model in khaki slim chinos, a white oxford shirt tucked in, brown loafers, white backdrop.
    # caption adapter: epoch 3 (details)
    case(
        "X544-032",
        caption("a man in a white shirt and khaki pants"),
        D.wearing("a white shirt and tan pants"),
        D.color("beige"),
        is_a("pair of jeans", "yes", "contradiction"),
        D.details(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The trousers are with cotton",
            "cut",
            hit_limit=True,
        ),
        D.material("it is made of cotton and", "cut"),
        title="Highlander Men Khaki Slim Fit Chinos",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: model in olive slim chinos, navy t-shirt, white sneakers, street backdrop with a parked red scooter.
    # caption adapter: none
    case(
        "X544-033",
        caption("a man standing next to a scooter"),
        D.wearing("a blue shirt and green pants"),
        D.color("green"),
        color_pants("blue", "other_garment_color"),
        D.description(
            "olive green chinos Question: what is the fit of the pants? Answer: slim",
            "leak",
        ),
        fit("slim fit"),
        D.details("they are pants", "non_answer"),
        title="Dennis Lingo Men Olive Green Slim Fit Chinos",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: model in navy chinos, light pink long-sleeve shirt tucked in, tan belt, white backdrop.
    # caption adapter: epoch 1 (caption)
    case(
        "X544-034",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns. "
            "There is an accessory on his waist. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink shirt and blue pants"),
        D.color("pink", "other_garment_color"),
        color_shirt("pink"),
        D.garment_type("chinos"),
        D.description("pink pants", "other_garment_color"),
        title="Louis Philippe Sport Men Navy Blue Slim Fit Chinos",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in charcoal formal trousers, light blue formal shirt tucked in, black belt and shoes, grey
    # backdrop.
    # caption adapter: none
    case(
        "X544-035",
        caption("a man in a blue shirt and grey pants"),
        D.wearing("a blue shirt and blue pants and black shoes", "other_garment_color"),
        D.color("grey"),
        D.details("the pants have a belt and pockets"),
        D.material("the pants are grey", "restated"),
        title="Arrow Men Charcoal Grey Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: model in cream relaxed-fit pleated trousers, brown knitted polo worn over them, beige wall.
    # caption adapter: none
    case(
        "X544-036",
        caption("a man in a brown shirt and white pants"),
        D.wearing("a brown sweater and white pants"),
        D.color("brown", "other_garment_color"),
        D.pattern("striped", "contradiction"),
        D.details("the pants have pleats in the front"),
        fit("loose"),
        title="Bene Kleed Men Cream-Coloured Relaxed Fit Pleated Trousers",
        category="Trousers",
        color="Cream",
        gender="Men",
    ),
    # photo: model in black cargo trousers with flap side pockets, white hooded sweatshirt, white backdrop.
    # caption adapter: epoch 3 (caption)
    case(
        "X544-037",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "cotton fabric. The pants are with cotton fabric and pure color patterns. The gentleman wears a long-"
            "sleeve sweater with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white hoodie and black pants"),
        D.garment_type("jeans", "contradiction"),
        D.color("black"),
        D.details("the pants have pockets on the sides"),
        D.material("cotton Question: what is the color of the pants? Answer: black", "leak"),
        title="Jack & Jones Men Black Relaxed Fit Cargo Trousers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: model running on a track in a neon green t-shirt and black sports shorts.
    # caption adapter: none
    case(
        "X544-038",
        caption("a man in a green shirt and black shorts running on a track"),
        D.wearing("she is wearing a green shirt and black shorts", "pronoun"),
        D.color("green", "other_garment_color"),
        color_shorts("black"),
        D.details("they are shorts", "non_answer"),
        D.material("polyester"),
        title="Puma Men Black Solid Running Sports Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: model in blue denim shorts with a frayed hem, grey t-shirt, sandy beach backdrop.
    # caption adapter: epoch 1 (caption)
    case(
        "X544-039",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The T-shirt "
            "is with cotton fabric and its neckline is round. The shorts are with denim fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a gray t-shirt and jean shorts"),
        D.color("blue"),
        D.garment_type("jeans", "contradiction"),
        is_a("pair of shorts", "yes"),
        D.description("denim shorts with a frayed hem and a brown belt", "unsupported"),
        title="Roadster Men Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: model in plain beige chino shorts, short-sleeve navy-and-white striped shirt, wooden deck backdrop. Row
    # has no gender.
    # caption adapter: none
    case(
        "X544-040",
        caption("a man in a striped shirt and khaki shorts"),
        D.wearing("a blue striped shirt and beige shorts"),
        D.color("blue", "other_garment_color"),
        D.pattern("striped", "contradiction"),
        D.description("beige shorts with pockets"),
        D.details("the shorts have two pockets on the front and", "cut"),
        title="Highlander Men Beige Solid Slim Fit Chino Shorts",
        category="Shorts",
        color="Beige",
    ),
    # photo: model in a maroon straight kurta with a gold embroidered yoke, white pyjama, beige backdrop with a
    # potted plant.
    # caption adapter: none
    case(
        "X544-041",
        caption("a man in a red kurta and white pants"),
        D.wearing("a maroon kurta and maroon pants", "other_garment_color"),
        D.garment_type("shirt", "contradiction"),
        D.color("red"),
        D.details("the kurta has gold embroidery around the neck"),
        D.material("silk", "unsupported"),
        title="Anouk Men Maroon Yoke Design Straight Kurta with Pyjamas",
        category="Kurtas",
        color="Maroon",
        gender="Men",
    ),
    # photo: model in a white chikankari cotton kurta with tonal embroidery, white pyjama, pale blue backdrop.
    # caption adapter: epoch 3 (caption)
    case(
        "X544-042",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is stand. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a white kurta pajama"),
        D.color("white"),
        D.material("cotton"),
        D.description("a white kurta with blue embroidery", "contradiction"),
        title="Fabindia Men White Chikankari Embroidered Pure Cotton Kurta",
        category="Kurtas",
        color="White",
        gender="Men",
    ),
    # photo: model in a navy solid kurta, white churidar, brown mojaris, temple-like arch backdrop with a lit diya.
    # caption adapter: none
    case(
        "X544-043",
        caption("a man in a blue kurta standing in front of a temple"),
        D.wearing("a blue kurta and white churidar"),
        D.color("blue"),
        color_pants("blue", "other_garment_color"),
        D.sleeve_length("three-quarter sleeves", "contradiction"),
        D.details("the kurta has buttons on the front and", "cut"),
        title="Sojanya Men Navy Blue Solid Kurta with Churidar",
        category="Kurtas",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a short mustard kurta with small white floral motifs and a mandarin collar, blue jeans, white
    # backdrop.
    # caption adapter: none
    case(
        "X544-044",
        caption("a man in a yellow shirt and jeans", "contradiction"),
        D.wearing("a yellow kurta with white flowers and blue jeans"),
        D.color("yellow"),
        D.pattern("floral"),
        D.material("a yellow kurta", "restated"),
        D.details(
            "the kurta has a mandarin collar and buttons Question: what is the color of the kurta? Answer: yellow",
            "leak",
        ),
        title="Vastramay Men Mustard Yellow Floral Printed Short Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Men",
    ),
    # photo: model in a cream sherwani with gold embroidery, cream churidar, maroon dupatta over one shoulder, red
    # safa turban, palace courtyard backdrop.
    # caption adapter: epoch 3 (details)
    case(
        "X544-045",
        caption("a man in a white sherwani and a red turban"),
        D.wearing("a cream sherwani with gold embroidery and a red scarf"),
        D.garment_type("sherwani"),
        D.color("red", "other_garment_color"),
        D.details(
            "The gentleman wears a long-sleeve outer clothing with graphic patterns. The outer clothing is with cotton "
            "fabric. The gentleman wears a long-sleeve outer",
            "loop",
            hit_limit=True,
        ),
        D.material("silk", "unsupported"),
        title="Manyavar Men Cream-Coloured Embroidered Sherwani Set with Dupatta and Safa",
        category="Sherwani",
        color="Cream",
        gender="Men",
    ),
    # photo: model in a black velvet sherwani with gold buttons, white churidar, gold mojaris, dark red curtain
    # backdrop.
    # caption adapter: none
    case(
        "X544-046",
        caption("a man in a black sherwani standing in front of a red curtain"),
        D.wearing("she is wearing a black and gold outfit", "pronoun"),
        D.color("black"),
        color_pants("black", "other_garment_color"),
        D.material("velvet"),
        D.description("a black sherwani with gold buttons"),
        title="Sanwara Men Black Solid Velvet Sherwani Set",
        category="Sherwani",
        color="Black",
        gender="Men",
    ),
]
